"""The substitution check: a short statement that puts something else in one of the claim's places."""

from __future__ import annotations

import pytest
from owner_statements import US_TROOPS_DONE_TO, US_TROOPS_SET_AGAINST

from factcheck import substitution
from factcheck.substitution import (
    Kind,
    Vocabulary,
    Wording,
    analyse,
    another_actor,
    another_countrys_institution,
    another_owner,
    another_rate_than_a_multiple,
    closest_wording,
    denies_the_claims_actor,
    future_for_past,
    is_variant,
    one_of_joint_owners,
    roles_turned_round,
    sends_other_cargo,
    substitutes,
)
from factcheck.text import CAPITAL_CITIES, CAPITALS_OF_WORDS, COUNTRIES_OF_WORDS, COUNTRY_NAMES, name_pairs, terms

# a small knowledge base about US troops in Mexico, one claim a line
FILE = """Ten thousand American soldiers are stationed in Mexico.
US soldiers are deployed in Mexico.
Nobody knows how many American soldiers are in Mexico.
Part of the border is a military base.
Mexico's Senate approved 10 US special forces trainers in February 2025.
US spy planes are flying over Mexico.
A video shows a woman pushing a priest off a stage.""".splitlines()
KNOWN = frozenset(t for claim in FILE for t in terms(claim))
RECURRING = frozenset(t for t in KNOWN if sum(t in terms(claim) for claim in FILE) >= 2)


def _kinds(text: str) -> dict[str, Kind]:
    wording = analyse(text)
    return dict(zip(wording.terms, wording.kinds, strict=True))


def test_names_are_capitalised_words_inside_a_sentence() -> None:
    kinds = _kinds("Ten thousand American soldiers are stationed in Germany")
    assert kinds == {
        "10000": Kind.NUMBER,
        "usa": Kind.NAME,
        "troop": Kind.WORD,
        "station": Kind.WORD,
        "germani": Kind.NAME,
    }


def test_a_sentence_opening_may_be_a_name_or_a_word() -> None:
    kinds = _kinds("Chinese drones fly over Taiwan. Drones are cheap.")
    assert kinds["chines"] == Kind.OPENING and kinds["taiwan"] == Kind.NAME
    assert _kinds("The U.S. Army trains troops")["armi"] == Kind.NAME  # "U.S." ends no sentence


def test_a_title_or_an_initial_ends_no_sentence_and_is_no_name() -> None:
    # "Gen." and "J." were read as ends of sentences: "John" was taken for an ordinary opening word, and
    # "Gen" and "J" for names, shown against the claim's "US" and "Mexico"
    kinds = _kinds("In 1916 Gen. John J. Pershing chased Pancho Villa")
    assert kinds["john"] == kinds["persh"] == kinds["villa"] == Kind.NAME
    assert kinds["gen"] == kinds["j"] == Kind.WORD
    assert _kinds("Sen. Cruz said troops left")["cruz"] == Kind.NAME  # a name after an opening title
    assert _kinds("Lt. Col. Smith and Dr. Jones met Mrs. Brown")["jone"] == Kind.NAME
    assert _kinds("Troops left. Drones stayed.")["drone"] == Kind.OPENING  # a full stop still ends one


def test_a_name_that_is_a_spanish_word_is_a_name_in_an_english_sentence() -> None:
    # the capitalised words were read alone, "National Guard LA" as Spanish, and "LA" was dropped as the
    # Spanish article from the names while the sentence kept it as a term: an ordinary word, so a
    # statement about Los Angeles was the claim on Mexico's National Guard (0.59)
    assert _kinds("Trump sends National Guard to LA")["la"] == Kind.NAME
    assert _kinds("Troops were sent to El Paso")["el"] == Kind.NAME
    assert _substitutes("Trump sends National Guard to LA", "Mexico sent 10,000 National Guard troops to the US border")
    # in a Spanish sentence the article is still no name
    assert "la" not in _kinds("Trump envía la Guardia Nacional a la frontera")


def test_numbers_and_dates_are_one_kind() -> None:
    kinds = _kinds("In February 2024 the Senate approved ten marines")
    assert kinds["februari"] == kinds["2024"] == kinds["10"] == Kind.NUMBER


def test_a_months_abbreviation_is_a_date_and_the_month_spelt_out() -> None:
    # "Feb" was read as a name and could stand for "Senate": a paraphrase lost to the check
    assert _kinds("Trainers were let into Mexico in Feb 2025")["feb"] == Kind.NUMBER
    assert (
        is_variant("feb", ["februari", "2025"]) and is_variant("februari", ["feb"]) and is_variant("sept", ["septemb"])
    )
    assert not is_variant("feb", ["march"])


@pytest.mark.parametrize("headline", ["US Soldiers Are Stationed In Germany", "US SOLDIERS ARE STATIONED IN GERMANY"])
def test_capitals_say_nothing_in_a_headline_or_in_capitals(headline: str) -> None:
    assert set(_kinds(headline).values()) == {Kind.WORD}


def test_a_posts_handles_hashtags_links_and_attribution_are_not_its_words() -> None:
    post = "Troops stationed in #Germany @DoD https://t.co/x — Jo Doe (@jodoe) May 1, 2019"
    assert analyse(post) == Wording(("troop", "station"), (Kind.OPENING, Kind.WORD))


@pytest.mark.parametrize(
    ("term", "others"),
    [
        ("protestor", ["video", "protest"]),  # "protestors" / "protesters"
        ("womxn", ["women", "march"]),
        ("spend", ["congress", "spent"]),
        ("flavour", ["flavor"]),
        ("wh", ["press", "white", "hous", "secretari"]),  # initials of consecutive words
        ("knowledg", ["govern", "know"]),  # an ending the stemmer leaves: "knowledge" / "knows"
    ],
)
def test_spelling_variants(term: str, others: list[str]) -> None:
    assert is_variant(term, others)


@pytest.mark.parametrize(
    ("term", "others"),
    [("2024", ["2025"]), ("tourist", ["troop"]), ("iran", ["iraq"]), ("germani", ["mexico"]), ("arm", ["armor"])],
)
def test_not_spelling_variants(term: str, others: list[str]) -> None:
    assert not is_variant(term, others)


def _substitutes(
    statement: str, claim: str, known: frozenset[str] = KNOWN, *, names_and_numbers_only: bool = False
) -> bool:
    wording = analyse(claim)
    vocabulary = Vocabulary(known, RECURRING)
    return substitutes(
        analyse(statement),
        set(terms(statement)),
        wording,
        set(wording.terms),
        vocabulary,
        names_and_numbers_only=names_and_numbers_only,
    )


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # a name for a name, one neighbour in common ("stationed")
        ("US soldiers are stationed in Germany", "Ten thousand American soldiers are stationed in Mexico"),
        # a year for a year
        (
            "In February 2024 Mexico's Senate approved 10 US special forces trainers",
            "Mexico's Senate approved 10 US special forces trainers in February 2025",
        ),
        # a word the file never uses, in the place of one of the claim's: both neighbours in common
        ("There are many American tourists in Mexico", "Nobody knows how many American soldiers are in Mexico"),
        # a name the file never mentions, while the claim names what the statement does not: any order
        ("The US flies surveillance drones over Iran", "US spy planes are flying over Mexico"),
        # a decade that does not hold the claim's year
        (
            "Mexico's Senate approved 10 US special forces trainers in the 1990s",
            "Mexico's Senate approved 10 US special forces trainers in February 2025",
        ),
    ],
)
def test_substitutions(statement: str, claim: str) -> None:
    assert _substitutes(statement, claim)


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # another word the file knows: the claim in other words
        (
            "Ten thousand American soldiers are based in Mexico",
            "Ten thousand American soldiers are stationed in Mexico",
        ),
        # words added where the claim has nothing: more said, nothing replaced
        ("I read that over ten thousand US troops are deployed in Mexico", "US soldiers are deployed in Mexico"),
        (
            "In Brazil a priest says fat women cannot go to heaven",
            "A video shows a woman pushing a priest off a stage after he said fat women cannot go to heaven",
        ),
        # another spelling of a claim word
        ("Protestors in Hong Kong wear projectors", "A video shows protesters in Hong Kong wearing projectors"),
        # the claim's own words, fewer of them
        ("US soldiers are in Mexico", "Ten thousand American soldiers are stationed in Mexico"),
        # a word for a longer phrase is no substitution ("split" for "West announced ... divorcing")
        ("Kim and Kanye split", "Kim Kardashian and Kanye West announced that they were divorcing"),
        # a decade holding the claim's year is no other date (it was capped: "2020s" for "2025")
        (
            "Mexico's Senate approved 10 US special forces trainers in the 2020s",
            "Mexico's Senate approved 10 US special forces trainers in February 2025",
        ),
    ],
)
def test_not_substitutions(statement: str, claim: str) -> None:
    assert not _substitutes(statement, claim)


@pytest.mark.parametrize(
    ("statement", "substituted"),
    [
        # another name of the claim's country, for it and its parliament: it was capped (1.00 -> 0.20) in a file
        # whose claims say "UK" and "Parliament" more than once, contradicting docs/matching.md
        ("Britain approved the Rwanda asylum bill in April 2024", False),
        ("France approved the Rwanda asylum bill in April 2024", True),  # another country
    ],
)
def test_another_name_of_the_claims_country_for_its_institution(statement: str, substituted: bool) -> None:
    claim = "The UK Parliament approved the Rwanda asylum bill in April 2024"
    vocabulary = Vocabulary(frozenset(terms(claim)), frozenset({"uk", "parliament"}))
    wording = analyse(claim)
    assert (
        substitutes(analyse(statement), set(terms(statement)), wording, set(wording.terms), vocabulary) is substituted
    )


def test_an_unknown_word_replaces_only_a_subject_of_the_file() -> None:
    assert {"troop", "usa", "mexico"} <= RECURRING and "station" not in RECURRING
    # in a file that never says "based", it could be "stationed" in other words: one claim's wording
    claim = "Ten thousand American soldiers are stationed in Mexico"
    assert not _substitutes("Ten thousand American soldiers are based in Mexico", claim, known=KNOWN - {"base"})
    # "students" (never said) for the soldiers the file is about, in the same frame
    assert _substitutes("Ten thousand American students are in Mexico", claim)


def test_an_unknown_first_word_before_the_verb_of_a_claims_name_is_another_actor() -> None:
    claim = "Trump offered to send troops to Mexico and Sheinbaum refused"
    for check in (False, True):  # a name in a name's place: the names-and-numbers check too
        statement = "Bolsonaro refused Trump's offer to send troops to Mexico"
        assert _substitutes(statement, claim, names_and_numbers_only=check)
    # a name after the first word: it adds a word where the claim has none, it replaces no one
    assert not _substitutes("Allegedly Sheinbaum refused Trump's offer to send troops to Mexico", claim)
    # the claim's own opening may be an ordinary word: "Jabs" may reword it
    assert not _substitutes("Jabs cause autism", "Vaccines cause autism")
    # a word the file knows (the claim's own, in other words) is no one else
    assert not _substitutes("Mexico refused Trump's offer to send troops", claim)


# a health desk's claims, each of its own topic: what they share is the verb of causing
CAUSES = [
    "Smoking causes lung cancer.",
    "The MMR vaccine causes autism.",
    "Obesity increases the risk of severe covid.",
]


def _causes_substitute(statement: str, claim: str) -> bool:
    known = frozenset(t for text in CAUSES for t in terms(text))
    recurring = frozenset(t for t in known if sum(t in terms(text) for text in CAUSES) >= 2)
    wording = analyse(claim)
    return substitutes(
        analyse(statement), set(terms(statement)), wording, set(wording.terms), Vocabulary(known, recurring)
    )


def test_a_verb_of_causing_several_claims_use_is_reworded_by_one_of_its_way() -> None:
    # "causes" is in two claims, no subject: "triggers" and "leads to" say it in other words
    assert not _causes_substitute("Smoking triggers lung cancer", CAUSES[0])
    assert not _causes_substitute("Smoking leads to lung cancer", CAUSES[0])
    # "stops" is no verb of causing, and "prevents" one of the other way: another claim
    assert _causes_substitute("Smoking stops lung cancer", CAUSES[0])
    assert _causes_substitute("Smoking prevents lung cancer", CAUSES[0])


# a desk's claims of troops sent somewhere, each of its own country: what they share is the verb of sending
SENDINGS = [
    "Mexico deployed 10,000 troops to its northern border.",
    "The US deployed 1,500 troops to the southern border.",
    "Guatemala sent soldiers to its border with Mexico.",
]


def _sending_substitutes(statement: str, claim: str) -> bool:
    known = frozenset(t for text in SENDINGS for t in terms(text))
    recurring = frozenset(t for t in known if sum(t in terms(text) for text in SENDINGS) >= 2)
    wording = analyse(claim)
    return substitutes(
        analyse(statement), set(terms(statement)), wording, set(wording.terms), Vocabulary(known, recurring)
    )


def test_a_verb_of_sending_several_claims_use_is_reworded_by_another() -> None:
    # "deployed" is in two claims, no subject: "moved" and "dispatched" (no claim's words) say it in other words
    assert not _sending_substitutes("Mexico moved 10,000 troops to its northern border", SENDINGS[0])
    assert not _sending_substitutes("Mexico dispatched 10,000 troops to its northern border", SENDINGS[0])
    # a verb of taking away is another thing, as is a word that sends no one
    assert _sending_substitutes("Mexico withdrew 10,000 troops from its northern border", SENDINGS[0])
    assert _sending_substitutes("Mexico paid 10,000 troops at its northern border", SENDINGS[0])


# the claim 8f12b7b let be reworded by another verb of sending ("moved" for "deployed"): what it sends is troops
BORDER_WORDINGS = [
    "Mexico deployed 10,000 of its own troops to the US border in February 2025.",
    "Mexico sent 10,000 National Guard troops to the US border",
    "Sheinbaum deployed 10,000 soldiers to Mexico's northern border in February 2025",
]


@pytest.mark.parametrize(
    "statement",
    [
        "Mexico moved 10,000 migrants to the border",  # was a possible match (0.70) once "moved" rewords "deployed"
        "Mexico deployed 10,000 migrants to the border",  # the claim's own verb: a match at 0.96
        "Mexico sent weapons to the US border",
        "Mexico dispatched humanitarian aid to the border",
        "10,000 migrants were moved to the border",  # passive: what is sent comes first
        "10,000 migrants have been sent to the US border",
        "mexico moved 10,000 migrants to the border",  # typed in lower case
    ],
)
def test_other_cargo_in_the_place_of_the_troops_a_claim_sends(statement: str) -> None:
    assert sends_other_cargo(statement, BORDER_WORDINGS)


@pytest.mark.parametrize(
    "statement",
    [
        "Mexico moved 10,000 soldiers to the border",
        "Mexico dispatched 10,000 troops to the US border",
        "Mexico deployed 10,000 National Guard members to the northern border",
        "Mexico sent its army to the border",
        "Mexico sent 10,000 armed personnel to the border",
        "Mexico sent 10,000 to the border",  # how many, not what: the claim's
        "Mexico moved to close the border",  # no verb of sending anything
        "Mexico sent 10,000 troops to stop migrants",  # migrants are not what is sent
        "Mexico deployed 10,000 troops and drones to the border",  # troops among what is sent
        "The border received 10,000 migrants",  # no verb of sending: left to the other rules
    ],
)
def test_troops_or_no_cargo_is_no_other_cargo(statement: str) -> None:
    assert not sends_other_cargo(statement, BORDER_WORDINGS)


@pytest.mark.parametrize(
    "statement",
    [
        # a count with a qualifier sends what the claim sends (037a19d read "nearly" as the cargo: 0.97 -> 0.20)
        "Mexico deployed nearly 10,000 to the border",
        "Mexico deployed another 10,000 to the border",
        "Mexico deployed an additional 10,000 to the border",
        "Mexico deployed roughly 10,000 to the border",
        "Mexico deployed up to 10,000 to the border",
        "Mexico deployed more than 10,000 troops to the border",  # "than" ended the cargo: "more"
        "Up to 10,000 troops were sent to the border",
        # forces by another name, and people of the sender's own
        "Mexico deployed 10,000 Guardia Nacional agents to the US border",
        "Mexico sent 10,000 of its own people to the border",
    ],
)
def test_a_qualified_count_or_forces_by_another_name_are_no_other_cargo(statement: str) -> None:
    assert not sends_other_cargo(statement, BORDER_WORDINGS)


@pytest.mark.parametrize(
    ("statement", "sent"),
    [
        # "over" and "under" before a count qualify it ("over" ended what was sent: nothing was read as sent)
        ("Trump has sent over 10,000 troops to the southern border", {"troop"}),
        ("Mexico deployed under 500 soldiers to the border", {"soldier"}),
        ("Mexico sent over ten thousand troops to the border", {"troop"}),
        # before a place they still end it
        ("Mexico sent migrants over the border", {"migrant"}),
        ("Mexico sent 500 migrants over the border", {"migrant"}),
    ],
)
def test_over_a_count_qualifies_it_and_over_a_place_ends_what_is_sent(statement: str, sent: set[str]) -> None:
    (sending,) = substitution._sendings(statement)
    assert sending.sent == {term for word in sent for term in terms(word)}


@pytest.mark.parametrize(
    "statement",
    [
        "The US government said it will send the 82nd Airborne into Mexico to fight cartels",
        "The US government said it will send Green Berets into Mexico to fight cartels",
        "The US government said it will send Army Rangers into Mexico to fight cartels",
    ],
)
def test_named_units_are_troops(statement: str) -> None:
    wordings = ["The US government has said it will send troops into Mexico to fight cartels"]
    assert not sends_other_cargo(statement, wordings)


@pytest.mark.parametrize(
    "statement",
    [
        "Mexico deployed nearly 10,000 migrants to the border",  # the qualifier read past, the migrants still read
        "More than 10,000 migrants were moved to the border",
        "Mexico moved 10,000 of its own migrants to the border",
    ],
)
def test_other_cargo_after_a_qualified_count_is_still_other_cargo(statement: str) -> None:
    assert sends_other_cargo(statement, BORDER_WORDINGS)


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        # agents, companies and specialists are no troops by themselves (3d3b82d counted them: 0.20 -> 0.99)
        ("Mexico deployed 10,000 customs agents to the US border in February 2025", BORDER_WORDINGS),
        ("Mexico deployed 10,000 specialists to the US border in February 2025", BORDER_WORDINGS),
        (
            "The US government has said it will send FBI agents into Mexico to fight cartels",
            ["The US government has said it will send troops into Mexico to fight cartels"],
        ),
        (
            "The US government has said it will send oil companies into Mexico to fight cartels",
            ["The US government has said it will send troops into Mexico to fight cartels"],
        ),
    ],
)
def test_agents_companies_and_specialists_are_other_cargo(statement: str, wordings: list[str]) -> None:
    assert sends_other_cargo(statement, wordings)


def test_other_cargo_is_only_read_against_a_claim_that_sends_troops() -> None:
    # a claim that sends something else, or nothing, is left to the word-by-word rules
    assert not sends_other_cargo("The US sent weapons to Mexico", ["The US sent $3 billion in aid to Mexico"])
    assert not sends_other_cargo("The US sent migrants to Mexico", ["There are US troops in Mexico"])


def test_the_effect_of_a_claims_verb_of_causing_is_its_subject() -> None:
    # "lung cancer" is one claim's words, yet what it says smoking causes
    assert _causes_substitute("Smoking causes heart disease", CAUSES[0])
    assert _causes_substitute("Smoking leads to heart disease", CAUSES[0])
    # the cause is no subject of the file by that: a word no claim uses for it may be its other name
    assert not _causes_substitute("Cigarettes cause lung cancer", CAUSES[0])
    # several words for one may say what it means
    assert not _causes_substitute("The MMR vaccine causes developmental disorders", CAUSES[1])


def test_a_claim_word_found_in_the_posts_hashtags_is_not_missing() -> None:
    claim = "Charmin had introduced a Pumpkin Spice variety of toilet paper"
    assert not _substitutes("You will not be seeing #PumpkinSpice Charmin on shelves", claim, known=frozenset())


def test_the_closest_wording_shares_the_largest_fraction_of_terms() -> None:
    statement = analyse("US spy planes over Mexico")
    long_claim = analyse("US military spy planes have been flying over Mexico to watch the cartels")
    alias = analyse("US spy planes are flying over Mexico")
    assert closest_wording(statement, [long_claim, alias]) == alias
    assert closest_wording(statement, [alias, alias]) is alias  # the first on ties


def test_names_and_numbers_only_keeps_a_name_or_number_in_a_names_or_numbers_place() -> None:
    # the check of longer typed statements: a year for a year, a name for a name
    february = "Mexico's Senate approved 10 US special forces trainers in February 2025"
    assert _substitutes(
        "In February 2024 Mexico's Senate approved 10 US special forces trainers", february, names_and_numbers_only=True
    )
    assert _substitutes(
        "US soldiers are stationed in Germany",
        "Ten thousand American soldiers are stationed in Mexico",
        names_and_numbers_only=True,
    )
    # but not an ordinary word in a word's place
    tourists = ("There are many American tourists in Mexico", "Nobody knows how many American soldiers are in Mexico")
    assert _substitutes(*tourists) and not _substitutes(*tourists, names_and_numbers_only=True)


def test_names_and_numbers_only_needs_a_claim_word_that_is_surely_a_name() -> None:
    # "US" opens the claim: a capitalised first word may be an ordinary word, so "Uncle Sam" (the US in
    # other words, a paraphrase the hybrid matcher finds) is not read as another name in its place
    statement = "Uncle Sam's drones patrol the skies over Mexico"
    claim = "US drones fly over Mexico with the consent of the Mexican government"
    assert not _substitutes(statement, claim, names_and_numbers_only=True)
    assert _substitutes(statement, "The US government says US drones fly over Mexico", names_and_numbers_only=True)


@pytest.mark.parametrize(
    "statement",
    ["The US will invade Mexico", "the us is going to invade mexico", "Trump wants to invade Mexico", "they'll invade"],
)
def test_a_future_statement_is_not_a_claim_about_the_past(statement: str) -> None:
    assert future_for_past(statement, ["US troops have invaded Mexico in the past."])
    assert future_for_past(statement, ["The last time US troops went into Mexico in force was 1916."])


def test_the_future_stands_against_the_past_only_where_the_claim_says_it_is_about_the_past() -> None:
    past = ["US troops have invaded Mexico in the past.", "The US has invaded Mexico before"]
    assert not future_for_past("The US invaded Mexico", past)
    assert not future_for_past("The US will invade Mexico", ["US troops invaded Mexico."])  # no "in the past"
    # a claim that speaks of the future itself: "has said it will send troops"
    assert not future_for_past("The US will send troops", [*past, "The US has said it will send troops"])
    assert not future_for_past("Mexico is going to the Gulf", past)  # "going to" a place


MEXICO_DEPLOYED = [
    "Mexico deployed 10,000 of its own troops to the US border in February 2025.",
    "Mexico sent 10,000 National Guard troops to the US border",
    "Sheinbaum deployed 10,000 soldiers to Mexico's northern border in February 2025",
]
MEXICO_NAMES = frozenset({"mexico", "usa", "nation", "guard"})


@pytest.mark.parametrize(
    "statement",
    ["the us sent 10000 troops to the border", "The US deployed 10,000 troops to the border", "USA sent troops"],
)
def test_a_statement_opening_with_a_name_the_claim_holds_further_on_names_another_actor(statement: str) -> None:
    # "the us sent 10000 troops to the border" was shown as TRUE "Mexico deployed 10,000 of its own troops to
    # the US border" at 0.98: the same words, but the US is where Mexico's troops went
    assert another_actor(statement, MEXICO_DEPLOYED, MEXICO_NAMES)


def test_an_alias_opening_with_a_name_gives_the_claim_its_actor() -> None:
    # the claim text opens with "The last time", naming no actor; "Mexican troops invaded Texas" was
    # shown as this claim (MOSTLY-TRUE, 0.92) through the alias opening with "US troops"
    pershing = [
        "The last time US troops went into Mexico in force was the 1916-17 hunt for Pancho Villa.",
        "US troops have not invaded Mexico in more than a century",
    ]
    names = frozenset({"usa", "mexico", "pancho", "villa", "texa"})
    assert another_actor("Mexican troops invaded Texas", pershing, names)
    assert not another_actor("Mexican troops invaded Texas", pershing[:1], names)
    assert not another_actor("US troops invaded Mexico in 1916", pershing, names)


@pytest.mark.parametrize(
    "statement", ["Mexico sent 5,000 soldiers to the border", "Mexico put 2,500 troops on the border in 2019"]
)
def test_a_number_an_alias_opens_with_is_no_actor(statement: str) -> None:
    # "Mexico deployed 10,000 troops to the border" was shown as FALSE "There are more than 10,000 US troops deployed
    # in Mexico" at 0.99: the alias "Over 10,000 US soldiers ..." opens with the statement's number, which was
    # read as the claim's actor being one of the statement's words
    wordings = ["Over 5,000 US soldiers are deployed in Mexico", "2,500 US troops are in Mexico", "The US sent troops"]
    assert another_actor(statement, wordings, frozenset({"usa", "mexico"}))


@pytest.mark.parametrize(
    ("statement", "wordings", "names"),
    [
        # the claim's actor is in the statement, or opens it
        ("Mexico sent 10,000 troops to the border", MEXICO_DEPLOYED, MEXICO_NAMES),
        ("The US says Mexico sent 10,000 troops", MEXICO_DEPLOYED, MEXICO_NAMES),
        # the statement's opening is no name of the claim, or not in it at all
        ("Troops were sent to the US border", MEXICO_DEPLOYED, MEXICO_NAMES),
        ("Trump sent troops to the US border", MEXICO_DEPLOYED, MEXICO_NAMES),
        # a passive statement opens with what was done to: "Mexico was invaded in 1846"
        ("Mexico was invaded in 1846", ["US troops invaded Mexico in 1846"], frozenset({"usa", "mexico"})),
        # a passive claim names its actor after "by"
        (
            "CBO has scored #AHCA twice",
            ["The American Health Care Act was scored twice by the CBO"],
            frozenset({"usa", "health", "care", "act", "cbo"}),
        ),
        # a claim text that does not open with its actor names none this rule can trust
        (
            "Soros was a Nazi collaborator",
            ["During World War II, George Soros was a Nazi collaborator"],
            frozenset({"world", "war", "ii", "georg", "soro", "nazi"}),
        ),
        ("Mexico has US troops", ["There are US troops in Mexico"], frozenset({"usa", "mexico"})),
        # a claim opening with someone's ("Mexico's Senate") has that one act for its owner
        (
            "The Senate approved 90 Marines",
            ["Mexico approved 90 US Marines", "Mexico's Senate approved 90 US Marines in May"],
            frozenset({"mexico", "senat", "usa", "marin"}),
        ),
        # ... also after a date it opens with: "In February 2026 Mexico's Senate approved ..." (0.20 for its claim's
        # own statement, read at the very start only)
        *(
            (
                statement,
                ["In February 2026 Mexico's Senate approved 19 US Navy SEALs", "Mexico approved 19 US Navy SEALs"],
                frozenset({"mexico", "senat", "usa", "navi", "seal"}),
            )
            for statement in [
                "The Senate approved 19 Navy SEALs in February 2026",
                "Senators approved 19 Navy SEALs in February 2026",
            ]
        ),
        (
            "The Senate approved 90 Marines",
            ["Mexico approved 90 US Marines", "On 11 May 2025, Mexico's Senate approved 90 US Marines"],
            frozenset({"mexico", "senat", "usa", "marin"}),
        ),
        # an alias opening with the statement's actor makes it the claim's actor too
        ("The US sent troops to the border", [MEXICO_DEPLOYED[0], "US troops went to the border"], MEXICO_NAMES),
        # a claim opening with a capitalised word that is no name (not written as one anywhere)
        ("the us is flying drones", ["Nobody knows whether US drones fly over Mexico"], frozenset({"usa", "mexico"})),
    ],
)
def test_no_other_actor(statement: str, wordings: list[str], names: frozenset[str]) -> None:
    assert not another_actor(statement, wordings, names)


INVADED = ["US troops have invaded Mexico in the past.", "The US invaded Mexico in 1846"]


@pytest.mark.parametrize(
    "statement",
    [
        "Mexico invaded the US",
        "mexican troops invaded the united states",
        "Mexican troops from Sonora invaded the US",  # "from" before another name than the claim's
        "Mexico invaded the US with 5,000 troops",  # "with" after the second name
    ],
)
def test_who_did_what_to_whom_turned_round(statement: str) -> None:
    # "Mexico invaded the US" was shown as TRUE "US troops have invaded Mexico in the past" at 1.00
    assert roles_turned_round(statement, INVADED, frozenset({"usa", "mexico"}))


@pytest.mark.parametrize(
    "statement",
    [
        "México invadió Estados Unidos en 1846",  # "invadi" for "invad": the same verb, spelled in Spanish
        "México invadió a EE. UU.",  # the personal "a" before the one done to
        "Las tropas mexicanas invadieron Estados Unidos",  # the forces' owner, written after them, is the actor
    ],
)
def test_who_did_what_to_whom_turned_round_in_spanish(statement: str) -> None:
    # "México invadió Estados Unidos en 1846" was shown as TRUE "US troops have invaded Mexico in the past" at 0.94
    assert roles_turned_round(statement, INVADED, frozenset({"usa", "mexico"}))


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        ("Estados Unidos invadió México", INVADED),  # the same way round
        ("Tropas de Estados Unidos invadieron México", INVADED),  # the claim's own actor's forces
        # passive: the same roles (capped before, as a Spanish passive was read as active)
        ("México fue invadido por Estados Unidos", INVADED),
        ("México fue invadida por Estados Unidos en 1846", INVADED),
        # the second name after "de", "desde", "con", "junto a": an owner, a source or a partner, no one done to
        ("México recibió entrenadores militares de Estados Unidos", ["The US keeps military trainers in Mexico"]),
        (
            "México deja volar drones de vigilancia desde Estados Unidos",
            ["The US flies surveillance drones over Mexico"],
        ),
        (
            "México coopera militarmente con Estados Unidos",
            ["US Northern Command handles military cooperation with Mexico"],
        ),
        ("México patrulla junto a Estados Unidos", ["American soldiers patrol together with the Mexican army"]),
        # the claim's own verb between the names: only "con", "junto a" make the second a partner (these
        # fail without them; the two above pass without them, by the claim's "with")
        ("México invadió Guatemala con Estados Unidos", INVADED),
        ("México invadió Guatemala junto a Estados Unidos", INVADED),
        ("México invadió Guatemala con los Estados Unidos", INVADED),  # fails without Spanish "los" a determiner
        ("México, invadido por Estados Unidos en 1846", INVADED),  # no "fue": only "por" makes it the agent
    ],
)
def test_roles_not_turned_round_in_spanish(statement: str, wordings: list[str]) -> None:
    assert not roles_turned_round(statement, wordings, frozenset({"usa", "mexico"}))


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        # a word one letter off the claim's verb is no spelling of it (``is_variant`` joins them)
        ("Mexico defends the US", ["The US depends on Mexico"]),
        ("Mexico reports US migrants", ["The US deports migrants to Mexico"]),
        # a noun of the verb, spelled otherwise: "invasion" is no "invaded"
        ("México sufrió la invasión de tropas estadounidenses en 1846", INVADED),
    ],
)
def test_only_an_ending_makes_the_same_verb(statement: str, wordings: list[str]) -> None:
    assert not roles_turned_round(statement, wordings, frozenset({"usa", "mexico"}))


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        # "train" (training) is "trainer" with the ending left off, but a noun before "of" and the second name
        (
            "Mexico depends on the training of US military trainers",
            ["The US keeps only small numbers of military trainers in Mexico, not combat units."],
        ),
        ("Mexico endured an invasion of US troops in the past", INVADED),
    ],
)
def test_a_noun_before_of_and_the_second_name_is_no_verb(statement: str, wordings: list[str]) -> None:
    assert not roles_turned_round(statement, wordings, frozenset({"usa", "mexico"}))


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        ("Britain's Parliament approved the Rwanda bill", ["The UK Parliament approved the Rwanda bill"]),
        ("The British Parliament approved the Rwanda bill", ["The UK Parliament approved the Rwanda bill"]),
        ("Burma's government rejected the offer", ["Myanmar's government rejected the offer"]),
        ("Holland's government rejected the offer", ["The Netherlands' government rejected the offer"]),
    ],
)
def test_one_countrys_institution_by_another_of_its_names(statement: str, wordings: list[str]) -> None:
    assert not another_countrys_institution(statement, wordings)


SEALS = [
    "In February 2026 Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces.",
    "Mexico approved 19 US Navy SEALs to enter the country in 2026",
]
OFFER = ["Mexico's president turned down Trump's offer to send the US Army into Mexico to fight cartels."]


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        ("Canada's Senate approved 19 US Navy SEALs to train Mexican naval special forces", SEALS),
        ("In February 2026 the US Senate approved 19 Mexican Navy SEALs", SEALS),
        ("Canada's Senate authorized 19 US Navy SEALs", SEALS),  # another verb of the same deed
        ("The Canadian Senate approved 19 US Navy SEALs", SEALS),  # a people's adjective for its country
        ("Canada's president rejected Trump's offer", OFFER),
        ("El Senado de Canadá aprobó el ingreso de 19 Navy SEALs", SEALS),  # a country's Spanish name
        ("Canada's lower house passed 19 US Navy SEALs", SEALS),  # a chamber's name, another verb of the deed
        ("Canada's House of Commons voted for 19 US Navy SEALs", SEALS),
    ],
)
def test_another_countrys_institution(statement: str, wordings: list[str]) -> None:
    # "Canada's Senate approved 19 US Navy SEALs to train Mexican naval special forces" was shown as TRUE "In
    # February 2026 Mexico's Senate approved 19 US Navy SEALs ..." at 1.00
    assert another_countrys_institution(statement, wordings)


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        ("The Mexican Senate approved 19 US Navy SEALs", SEALS),  # the same country, named otherwise
        ("In February 2026 the Senate of Mexico approved 19 US Navy SEALs", SEALS),
        ("El Senado de México aprobó el ingreso de 19 Navy SEALs", SEALS),
        ("The Senate approved 19 US Navy SEALs", SEALS),  # no country's
        # another verb: the US president is the one who offered, not the one who refused
        ("US President Trump offered to send troops to Mexico and Sheinbaum refused", OFFER),
        ("US troops were approved by Mexico's Senate", SEALS),  # no institution opening the statement
    ],
)
def test_no_other_countrys_institution(statement: str, wordings: list[str]) -> None:
    assert not another_countrys_institution(statement, wordings)


@pytest.mark.parametrize(
    ("statement", "denies"),
    [
        # the aside names the claim's actor (review of int, rint1): a denial of the claim, not another actor's deed
        ("The US Congress, not Mexico's Senate, approved 19 US Navy SEALs in February 2026", True),
        ("The US Senate, rather than the Mexican Senate, approved 19 US Navy SEALs", True),
        ("Canada, not Mexico, approved 19 US Navy SEALs", True),
        ("El Senado de Canadá, y no el Senado de México, aprobó 19 Navy SEALs", True),
        # another actor in the aside, no aside, or an aside having the claim's actor do it too
        ("Canada's Senate, not the US Senate, approved 19 US Navy SEALs", False),
        ("Canada's Senate approved 19 US Navy SEALs", False),
        ("Canada, not just Mexico, approved 19 US Navy SEALs", False),
        ("Canada's Senate, like Mexico's Senate, approved 19 US Navy SEALs", False),
    ],
)
def test_an_aside_denying_the_claims_actor(statement: str, denies: bool) -> None:
    assert denies_the_claims_actor(statement, SEALS) is denies


def test_an_aside_naming_another_institution_of_the_claims_country() -> None:
    # "Mexico's president" is not "Mexico's Senate"; with only the Senate's wording the aside denies nothing
    statement = "The US Senate, not Mexico's president, approved 19 US Navy SEALs"
    assert not denies_the_claims_actor(statement, SEALS[:1])
    assert denies_the_claims_actor(statement, SEALS)  # "Mexico approved ...": the country acting as a whole


MARRIAGE = ["The Netherlands legalised same-sex marriage in 2001"]
BREXIT = ["The UK left the European Union in 2020"]


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        # a country acting as a whole, by its capital, for an alias opening with another country's institution:
        # "Ottawa approved 19 US Navy SEALs to train Mexican naval special forces" was shown as the February 2025
        # claim (0.59), whose closest wording opens otherwise ("US special forces were authorized ...")
        ("Ottawa approved 19 US Navy SEALs", SEALS),
        ("On Tuesday, Ottawa approved 19 US Navy SEALs", SEALS),  # after a date it opens with
        ("OTTAWA APPROVED 19 US NAVY SEALS", SEALS),  # in capitals: no sentence opening to tell by its kind
        ("Canada approved 19 US Navy SEALs", SEALS[:1]),  # a country for another's institution
        # a country the file knows, before a verb of any deed: shown at 1.00 in a file naming Canada elsewhere
        ("Canada legalised same-sex marriage in 2001", MARRIAGE),
        ("Canada has legalised same-sex marriage in 2001", MARRIAGE),
        ("Canada left the European Union in 2020", BREXIT),  # a past tense of its own
        ("Canadá aprobó el ingreso de 19 Navy SEALs", SEALS),
        # a leader by another title: "Canada's prime minister turned down Trump's offer ..." was shown at 0.99
        ("Canada's prime minister turned down Trump's offer", OFFER),
        # the US Navy of a passive alias does nothing: "Ottawa approved ..." is no US Navy's doing
        ("Ottawa approved 19 US Navy SEALs", [*SEALS, "US Navy SEALs were authorized to train Mexican forces"]),
        ("Canada approves 19 US Navy SEALs", SEALS[:1]),  # a deed's present tense
        # another country's forces than the claim's: no sending of its own
        ("The US approved 19 Mexican Navy SEALs to enter the country", SEALS),
        ("The US rejected Mexico's offer", OFFER),  # refusing: no sending of its own forces ("US Army")
        # a later clause denying that the claim's actor did it
        ("Canada approved 19 US Navy SEALs, but Mexico never approved them", SEALS),
        ("Canada approved 19 US Navy SEALs, and Mexico's Senate rejected them", SEALS),
    ],
)
def test_another_country_acting(statement: str, wordings: list[str]) -> None:
    assert another_countrys_institution(statement, wordings)


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        ("Holland legalised same-sex marriage in 2001", MARRIAGE),  # another of its names
        ("Britain left the European Union in 2020", BREXIT),
        ("Mexico approved 19 US Navy SEALs to enter the country", SEALS),  # the country for its own Senate
        ("Mexico's president turned down Trump's offer", OFFER),
        # a passive: what was done to the country ("México fue invadido ..." TRUE at 1.00)
        ("Mexico was invaded by the United States in 1846", INVADED),
        ("México fue invadido por Estados Unidos en 1846", INVADED),
        # a noun after the country, no verb: the claim's "US border wall", "tariffs on Swiss goods" (review49b)
        ("Mexico border wall construction resumed in 2025", ["US border wall construction resumed in 2025."]),
        ("Switzerland tariffs rose to 39 percent", ["US tariffs on Swiss goods rose to 39 percent."]),
        ("Canada legalised same-sex marriage in 2001", ["Same-sex marriage was legalised in the Netherlands"]),
        ("Senate President Gerardo Fernández Noroña approved 155 US Marines", SEALS),  # no country's
        # the claim's actor doing the claim's deed in a later clause (review of actor60: each capped, 1.00 -> 0.20)
        ("Russia ratified New START in 2011 after the US Senate ratified it", ["The US Senate ratified New START"]),
        ("Poland sent Leopard 2 tanks to Ukraine before Germany sent its own", ["Germany sent Leopard 2 tanks"]),
        ("Pakistan banned TikTok in 2020, months after India banned it", ["India banned TikTok in June 2020"]),
        ("The US voted with Mexico's Senate, which approved 19 US Navy SEALs", SEALS),
        ("Washington rejected Mexico's request after its president turned down Trump's offer", OFFER),
        ("Estados Unidos aprobó enviar 19 Navy SEALs después de que el Senado mexicano autorizó su ingreso", SEALS),
        # a country approving the sending of forces of its own, whose entry the claim's country approved
        ("The US approved 155 armed Marines to go to Mexico", ["Mexico approved 155 armed US Marines entering"]),
        ("Washington approved 19 US Navy SEALs", [*SEALS, "US Navy SEALs were authorized to train Mexican forces"]),
        # no country acting: a noun of a deed after the country, one word with a country in it
        ("Canada vote approved the Rwanda asylum bill", ["The UK Parliament approved the Rwanda asylum bill"]),
        ("US-approved Navy SEALs will train Mexican naval special forces", SEALS),
    ],
)
def test_no_other_country_acting(statement: str, wordings: list[str]) -> None:
    assert not another_countrys_institution(statement, wordings)


TIKTOK = ["India banned TikTok in June 2020"]
SHEINBAUM = [*OFFER, "Sheinbaum rechazó la oferta de Trump de enviar tropas estadounidenses a México"]


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        # the claim's own country, named alone later on (review-actor2: each capped 1.00 -> 0.20)
        ("Pakistan banned TikTok in October 2020, India in June 2020", TIKTOK),
        ("Pakistan banned TikTok in October 2020, following India, which banned TikTok in June 2020", TIKTOK),
        ("Belgium banned full face veils in 2011, months after France did", ["France banned full face veils"]),
        (
            "Iran struck Israel in April 2024, and Israel retaliated by striking military targets in Iran in "
            "October 2024",
            ["Israel struck military targets in Iran in October 2024"],
        ),
        # a person a wording opens with, before the same deed
        ("Washington rejected Mexico's request after its president, Claudia Sheinbaum, turned down it", SHEINBAUM),
    ],
)
def test_the_claims_actor_later_lifts_a_new_cap(statement: str, wordings: list[str]) -> None:
    assert not another_countrys_institution(statement, wordings, long=True)


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        # a short statement's cap of one institution for another, which main had: never lifted
        ("Canada's Senate approved 19 US Navy SEALs after Mexico's Senate approved them", SEALS),
        ("Canada's Senate approved 19 US Navy SEALs after Mexico's Senate voted against them", SEALS),
    ],
)
def test_a_short_statements_institution_cap_is_never_lifted(statement: str, wordings: list[str]) -> None:
    assert another_countrys_institution(statement, wordings)


@pytest.mark.parametrize(
    "statement",
    [
        # no claim's deed in the later clause: a vote, a negation, a modal or future, "until", none
        "Ottawa approved 19 US Navy SEALs after Mexico's Senate voted against them",
        "Ottawa approved 19 US Navy SEALs after Mexico's Senate voted them down",
        "Ottawa approved 19 US Navy SEALs after Mexico's Senate voted on it",
        "Ottawa approved 19 US Navy SEALs before Mexico's Senate could approve them",
        "Ottawa approved 19 US Navy SEALs until Mexico's Senate approves them",
        "Ottawa approved 19 US Navy SEALs; Mexico's Senate will approve them later",
        "Ottawa approved 19 US Navy SEALs while Mexico's Senate approved none",
        # "its" of the statement's own country, or before no institution of the claim's
        "Canada approved the mission after its Senate approved 19 US Navy SEALs to train Mexican naval forces",
        "Canada approved the mission after its allies approved 19 US Navy SEALs to train Mexican naval forces",
    ],
)
def test_the_claims_actor_later_not_doing_it_keeps_a_new_cap(statement: str) -> None:
    assert another_countrys_institution(statement, SEALS, long=True)


def test_every_capital_of_the_table_is_read_as_its_country() -> None:
    # a pair whose country is no term of ``COUNTRY_NAMES`` (a typo, "Czech Republic") or whose city's term is a
    # country's was dropped without a word by ``_other_names``
    pairs = name_pairs(CAPITAL_CITIES)
    read = {city: substitution._country_term(terms(city)[0]) for city, _ in pairs}
    assert read == {city: substitution._same_country(terms(f"the {country}")[0]) for city, country in pairs}
    assert (read["Canberra"], read["Nairobi"], read["Ottawa"]) == ("australia", "kenya", "canada")


@pytest.mark.parametrize(
    "name",
    [
        "Victoria",
        "Kingston",
        "Santiago",
        "Georgetown",
        "Lima",
        "Sofia",
        "Male",
        "Nassau",
        "Brussels",
        "Sanaa",
        "Brazzaville",
        "Asuncion",
        "Asunción",
        "Athens",
    ],
)
def test_a_capital_standing_for_something_else_as_often_is_no_country(name: str) -> None:
    # Victoria is an Australian state, Santiago and Sofia first names, Lima a surname, Male an English word,
    # Brussels the EU's institutions, Brazzaville's "Congo" DR Congo's name too, Asunción a first name, Athens
    # towns in Georgia and Ohio: left out of ``text.CAPITAL_CITIES``
    assert substitution._country_term(terms(name)[0]) is None


def test_every_capital_of_words_is_read_as_its_country_at_a_texts_opening() -> None:
    # a pair of ``text.CAPITALS_OF_WORDS`` whose country is neither a country of one word nor one of
    # ``text.COUNTRIES_OF_WORDS`` (a typo) would name a country no statement's name is read as
    names = {name for pair in name_pairs(COUNTRIES_OF_WORDS) for name in pair}
    for pair in name_pairs(CAPITALS_OF_WORDS):
        city, country = pair
        assert country in names or country in COUNTRY_NAMES.split(), pair
        read = substitution._country_at(substitution.analyse(f"{city} signed a treaty with Chile"))
        named = substitution._country_at(substitution.analyse(f"{country} signed a treaty with Chile"))
        assert read is not None and named is not None and read[0] == named[0], pair
        assert read[1] == len(terms(city)), pair


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("UAE", "United Arab Emirates"),
        ("United Kingdom", "UK"),
        ("Great Britain", "Britain"),
        ("Czech Republic", "Czechia"),
    ],
)
def test_another_name_of_a_country_of_words_is_the_same_country(name: str, country: str) -> None:
    said = substitution._country_at(substitution.analyse(f"The {name} signed a treaty with Chile"))
    assert said is not None and said[0] == substitution._country_at(substitution.analyse(f"{country} signed"))[0]


@pytest.mark.parametrize(
    "text",
    [
        # a capital before another name makes a name of its own: a person, a paper, a team, a town of the name
        "Paris Hilton signed a deal with Chile",
        "London Breed approved the bill",
        "Washington Post sent reporters to Chile",
        "Ottawa Senators signed a deal with Chile",
        "Seoul Semiconductor signed a deal with Chile",
        "Moscow, Idaho approved a rent cap",
        "Wellington Phoenix signed a player from Chile",
    ],
)
def test_a_capital_before_another_name_names_no_country(text: str) -> None:
    assert substitution._country_at(substitution.analyse(text)) is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # but not before the name of a place it is in, a time, or as a title writes every word
        ("Washington DC imposed sanctions on Russia", "US"),
        ("Seoul, South Korea signed a treaty with Chile", "South Korea"),
        ("Ankara, Turkey approved Sweden's NATO membership", "Turkey"),
        ("Washington Monday imposed sanctions on Russia", "US"),
        ("Seoul Signs Free Trade Agreement With US", "South Korea"),
        ("Paris approved a pension reform", "France"),
    ],
)
def test_a_capital_before_its_country_or_a_time_is_still_its_country(text: str, country: str) -> None:
    said = substitution._country_at(substitution.analyse(text))
    assert said is not None and said[0] == substitution._country_at(substitution.analyse(f"{country} signed"))[0]


def test_the_kremlin_beside_the_capitals_table_is_russia() -> None:
    # a seat of government, no capital city: ``text.SEATS_OF_GOVERNMENT``, read as the table is
    assert "Kremlin" not in CAPITAL_CITIES
    assert substitution._country_term(terms("Kremlin")[0]) == substitution._country_term(terms("Moscow")[0])
    assert substitution._country_term(terms("Kremlin")[0]) == substitution._same_country(terms("Russia")[0])


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Manila signed a defence treaty with the US in 1951", "The US signed a defence treaty with the Philippines"),
        ("The Philippines signed a defence treaty with the US", "The US signed a defence treaty with the Philippines"),
        ("Washington signed a defence treaty with Manila", "The Philippines signed a defence treaty with the US"),
        ("Tripoli signed a migration deal with Italy in 2017", "Italy signed a migration deal with Libya in 2017"),
        ("Italy signed a migration deal with Libya in 2017", "Tripoli signed a migration deal with Italy in 2017"),
        ("Rome agreed a migration deal with Tripoli", "Libya agreed a migration deal with Italy"),
        ("Canada struck a trade deal with Mexico", "Mexico struck a trade deal with Canada"),
    ],
)
def test_a_deal_of_the_two_told_from_the_other_side_is_no_other_country_acting(statement: str, claim: str) -> None:
    # signing, agreeing, concluding, striking a deal: each side as much its maker, the claim's country "with" the
    # statement's and the statement's "with" the claim's
    assert not another_countrys_institution(statement, [claim])


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # a third country
        ("Tokyo signed a defence treaty with the US in 1951", "The US signed a defence treaty with the Philippines"),
        ("Japan signed a defence treaty with the US in 1951", "The US signed a defence treaty with the Philippines"),
        ("Canada struck a trade deal with Mexico", "Mexico struck a trade deal with Brazil"),
        # the claim's country not "with" the statement's
        ("Manila signed a defence treaty with Japan in 1951", "The US signed a defence treaty with the Philippines"),
        ("Manila signed a defence treaty, with the US watching", "The US signed a defence treaty with Japan"),
        # one side's deed to a deal, not the making of it by both
        ("Manila cancelled a defence treaty with the US", "The US cancelled a defence treaty with the Philippines"),
        ("Tripoli left a migration deal with Italy", "Italy left a migration deal with Libya"),
    ],
)
def test_another_deal_or_one_sides_deed_is_another_country_acting(statement: str, claim: str) -> None:
    assert another_countrys_institution(statement, [claim])


def test_a_spanish_country_name_only_in_spanish_text() -> None:
    # "franci" (Francia), "cub" (Cuba), "indi" (India), "chin" (China) are English words' terms too: "Pope Francis"
    # was read as France, "Cubs" as Cuba
    assert [substitution._country_term(term) for term in ("franci", "cub", "indi", "chin")] == [None] * 4
    in_spanish = [substitution._country_term(term, spanish=True) for term in ("franci", "cub", "indi")]
    assert in_spanish == ["franc", "cuba", "india"]


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        ("The US invaded Mexico", INVADED),  # the same way round
        ("Mexico was invaded by the US", INVADED),  # passive: the same roles
        ("Mexico received US military trainers", ["The US keeps military trainers in Mexico"]),  # no shared word
        # a wording that does not open with a name: its order says nothing of roles
        ("Pancho Villa hunt: last big US incursion", ["The last US incursion was the hunt for Pancho Villa"]),
        # a relation both take part in, or where something comes from: the second name is no one done to
        (
            "Mexican soldiers patrol together with US troops",
            ["American soldiers patrol together with the Mexican army"],
        ),
        ("Mexico cooperates militarily with the US", ["US Northern Command handles military cooperation with Mexico"]),
        ("Mexico lets surveillance drones from the US fly", ["The US flies surveillance drones over Mexico"]),
        # a number between the names is no verb
        ("The US border received 10,000 Mexican troops", ["Mexico sent 10,000 troops to the US border"]),
    ],
)
def test_roles_not_turned_round(statement: str, wordings: list[str]) -> None:
    assert not roles_turned_round(statement, wordings, frozenset({"usa", "mexico", "pancho", "villa"}))


DEPLOYED = ["There are more than 10,000 US troops deployed in Mexico.", "US troops are in Mexico"]


@pytest.mark.parametrize(
    "statement",
    [
        "Over 10,000 Mexican soldiers are deployed in the US",
        "Mexican troops are in the US!!! Invasion!!!",
        "there are mexican troops in the us",  # in lower case: the claim's names tell
        "Mexican troops went to the US border",  # the US's border: another place, and troops of another owner
    ],
)
def test_whose_they_are_and_where_turned_round(statement: str) -> None:
    # "Over 10,000 Mexican soldiers are deployed in the US" was shown as FALSE "There are more than 10,000 US
    # troops deployed in Mexico" at 1.00: the same words, the troops of the place the claim puts them in
    assert another_owner(statement, DEPLOYED, frozenset({"usa", "mexico"}))


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        ("Over 10,000 American soldiers are deployed in Mexico", DEPLOYED),  # the same way round
        ("Troops are in Mexico", DEPLOYED),  # whose, not said
        ("Hay soldados en México", ["Hay tropas de Estados Unidos en México"]),  # "en México" is where, not whose
        # both countries' troops, in one of them
        ("US and Mexican soldiers patrol together inside Mexico", ["American soldiers patrol inside Mexico"]),
        (
            "Mexican soldiers patrol the border together with US troops inside Mexico",
            ["American soldiers patrol together with the Mexican army inside Mexico"],
        ),
        ("Mexico received US military trainers", ["The US keeps military trainers in Mexico"]),  # no place said
    ],
)
def test_whose_they_are_and_where_not_turned_round(statement: str, wordings: list[str]) -> None:
    assert not another_owner(statement, wordings, frozenset({"usa", "mexico"}))


#: a claim's Spanish wording, which names no country for its border, and its English one, which does
SENT_NORTH = ["México desplegó 10 mil elementos de la Guardia Nacional en la frontera norte en febrero de 2025"]
SENT_TO_THE_US_BORDER = ["Mexico deployed 10,000 of its own troops to the US border in February 2025."]


def test_whose_they_are_and_where_read_in_another_language_when_the_statements_says_neither() -> None:
    # "EE. UU. envió 10.000 soldados a México" was shown the claim at 0.53 by its Spanish alias alone, while "The US
    # sent 10,000 soldiers to Mexico" was capped by the English wording
    statement = "EE. UU. envió 10.000 soldados a México"
    assert not another_owner(statement, SENT_NORTH, frozenset({"usa", "mexico"}))
    assert another_owner(statement, SENT_NORTH, frozenset({"usa", "mexico"}), other_languages=SENT_TO_THE_US_BORDER)


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        # a wording in the statement's language that says whose and where is the one read
        ("EE. UU. envió 10.000 soldados a México", ["Estados Unidos envió 10 mil soldados a México"]),
        # Mexico's own troops at the US border, as the English wording has them
        ("México envió 10 mil soldados a la frontera con Estados Unidos", SENT_NORTH),
        ("Tropas mexicanas en la frontera norte", SENT_NORTH),
    ],
)
def test_whose_they_are_and_where_in_another_language_not_turned_round(statement: str, wordings: list[str]) -> None:
    assert not another_owner(statement, wordings, frozenset({"usa", "mexico"}), other_languages=SENT_TO_THE_US_BORDER)


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        ("Mexican soldiers are stationed in Mexico", ["Ten thousand American soldiers are stationed in Mexico"]),
        ("Mexican troops are in Mexico", DEPLOYED),
        ("Mexican jets fly over Mexico", ["US jets fly over Mexico with the consent of Sheinbaum"]),
        ("mexican jets are flying over mexico", ["US jets fly over Mexico with the consent of Sheinbaum"]),
        ("Mexican jets fly above Mexico", ["US jets fly over Mexican airspace"]),  # a country's airspace is its own
    ],
)
def test_a_thing_of_the_place_the_claim_puts_anothers_in_is_another_owners_at_home(
    statement: str, wordings: list[str]
) -> None:
    # "Mexican drones fly over Mexico" was shown as TRUE "US drones fly over Mexican territory ..." at 0.999:
    # "over" put them nowhere, and a thing in its own owner's country was no other owner's
    assert another_owner(statement, wordings, frozenset({"usa", "mexico", "sheinbaum"}))


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        ("US and Mexican jets fly over Mexico", ["US jets fly over Mexico"]),  # both countries'
        ("Mexican jets fly over Mexico with US jets", ["US jets fly over Mexico"]),  # the claim's take part
        ("Mexican jets fly over Mexico", ["Mexican jets fly over Mexico"]),  # the claim's owner
        ("Jets fly over Mexico", ["US jets fly over Mexico"]),  # whose, not said
        ("Mexican jets fly over Mexico", ["US pilots fly over Mexico"]),  # another thing
    ],
)
def test_a_thing_at_home_is_another_owners_only_where_the_claim_gives_it_to_another_alone(
    statement: str, wordings: list[str]
) -> None:
    assert not another_owner(statement, wordings, frozenset({"usa", "mexico"}))


#: a claim of one country's army sent into another
SENT_INTO = ["Trump offered to send the US Army into Mexico to fight cartels."]
SENT_INTO_NAMES = frozenset({"usa", "mexico", "trump", "armi", "republican"})


@pytest.mark.parametrize(
    "statement",
    [
        "Mexico's army fights the cartels",
        "The Mexican Army is sent to fight cartels",
        "Mexico's army",
        "mexico's army fights the cartels",  # typed in lower case
        "the mexican army fights the cartels",  # a people's word in lower case, which the normaliser reads as Mexico
    ],
)
def test_the_army_of_the_place_the_claim_sends_an_army_into_is_another_owners(statement: str) -> None:
    # "Mexico's army is fighting the cartels" was shown as "Mexico's president turned down Trump's offer to send the
    # US Army into Mexico to fight cartels" at 0.83: it puts its army nowhere, but says whose it is
    assert another_owner(statement, SENT_INTO, SENT_INTO_NAMES)


@pytest.mark.parametrize(
    "statement",
    [
        "The US Army fights the cartels",  # the claim's owner
        "Mexico's army fights the cartels alongside the US Army",  # names the claim's owner too
        "Mexico turned down the US Army",  # a verb after the name: whose is not said
        "Mexico fights the cartels",
        "Trump's army fights the cartels",  # the claim's owner is not the place it sends the army into
        "the republican army fights the cartels",  # a word in lower case the normaliser keeps: no people's
    ],
)
def test_a_thing_put_nowhere_is_another_owners_only_when_said_to_be_the_places(statement: str) -> None:
    assert not another_owner(statement, SENT_INTO, SENT_INTO_NAMES)


SENT_TO_THE_BORDER = [
    "Mexico deployed 10,000 of its own troops to the US border in February 2025.",
    "Sheinbaum deployed 10,000 soldiers to Mexico's northern border in February 2025",
]


@pytest.mark.parametrize(
    "statement",
    [
        "10,000 US troops were sent to the Mexico border",
        "10,000 American soldiers were deployed to the Mexican border",
        "The US sent 10,000 of its own troops to the Mexican border",
    ],
)
def test_whose_they_are_and_which_border_turned_round(statement: str) -> None:
    # "10,000 US troops were sent to the Mexico border" was shown as TRUE "Mexico deployed 10,000 of its own
    # troops to the US border" at 0.95: "its own" troops are Mexico's, and a border is named by its country
    assert another_owner(statement, SENT_TO_THE_BORDER, frozenset({"usa", "mexico"}))


@pytest.mark.parametrize(
    "statement",
    [
        "10,000 Mexican troops were sent to the US border",  # the same way round
        "Mexico sent its own troops to the US border",
        "10,000 US troops were sent to the US-Mexico border",  # both countries' border
        "Mexican troops went to the US border",
    ],
)
def test_whose_they_are_and_which_border_not_turned_round(statement: str) -> None:
    assert not another_owner(statement, SENT_TO_THE_BORDER, frozenset({"usa", "mexico"}))


@pytest.mark.parametrize(
    "statement",
    [
        "There are 10,000 US troops at the border",
        "10,000 U.S. soldiers are at the border",
        "THERE ARE 10,000 U.S. TROOPS AT THE BORDER",  # a dotted initialism, also in capitals
        # a count before them, however said, leaves them the troops the text is about
        "There are more than 10,000 US troops at the border",
        "There are over 10,000 US troops at the border",
        "At least 10,000 US troops are at the border",
        "Thousands of US troops are at the border",
        "The deployment of 10,000 US troops to the border",
        "Up to 10,000 US troops are at the border",
        "There are ten thousand US troops at the border",
        "10,000 USA troops at the border",
        # questions, and troops opening a clause after another
        "Are there 10,000 US troops at the border?",
        "Is it true that 10,000 US troops are at the border?",
        "Did 10,000 US troops go to the border?",
        "In February 2025, 10,000 US troops went to the border",
        # a name sending them before their number ("Trump deployed 10,000 U.S. troops" was shown as TRUE "Mexico
        # deployed 10,000 of its own troops to the US border", tied first at 0.94)
        "Trump deployed 10,000 U.S. troops to the border",
        "Trump deployed 10,000 US troops to the border",
        "The Trump administration has sent 10,000 US troops to the border",
        "The Pentagon sent ten thousand U.S. soldiers to the border",
        "Trump deployed thousands of US troops to the border",
        "Did Trump deploy 10,000 US troops to the border?",
        # "us" after a number is no pronoun: the country, in lower case or in capitals (was TRUE Mexico's, 0.96)
        "there are 10,000 us troops at the border",
        "Trump sent 10,000 us troops to the border",
        "THERE ARE 10,000 US TROOPS AT THE BORDER",
        "there are ten thousand us troops at the border",
    ],
)
def test_a_countrys_initialism_before_troops_says_whose_they_are(statement: str) -> None:
    # "There are 10,000 US troops at the border" was shown as TRUE "Mexico deployed 10,000 of its own troops to the
    # US border" at 0.96, where "10,000 American soldiers are at the border" was another owner's
    assert another_owner(statement, SENT_TO_THE_BORDER, frozenset({"usa", "mexico"}))


@pytest.mark.parametrize(
    "statement",
    [
        "There are 10,000 troops at the border",  # whose, not said
        "US and Mexican troops are at the border",  # names the claim's owner too
        "Mexico sent 10,000 troops to the border, not US troops",
        "In the US, troops are at the border",  # a place before a comma, not whose
        "10,000 National Guard troops are at the border",  # a kind of troops, no country
        "The US border has 10,000 troops",  # a country's border, not its troops
        "US border agents are at the border",
        "US-Mexico troops are at the border",
        # "us" in lower case, or "US" in capitals, may be the pronoun but after a number
        "they sent us troops to the border",
        "They sent us troops to the border",
        "THEY SENT US TROOPS TO THE BORDER",
        "there are us troops at the border",
        "they sent us 10,000 troops to the border",
        # a name before a number only: no name ("Sheinbaum refused to let Trump"), no verb of sending, no number
        "Trump deployed US troops to the border",
        "Trump barred 10,000 US troops and deployed 10,000 soldiers to the border",
        "Sheinbaum said Trump deployed 10,000 US troops to the border",
    ],
)
def test_an_initialism_says_whose_troops_only_as_a_country_right_before_troops(statement: str) -> None:
    assert not another_owner(statement, SENT_TO_THE_BORDER, frozenset({"usa", "mexico"}))


@pytest.mark.parametrize("statement", US_TROOPS_SET_AGAINST)
def test_an_initialism_says_whose_only_the_troops_the_statement_is_about(statement: str) -> None:
    assert not another_owner(statement, SENT_TO_THE_BORDER, frozenset({"usa", "mexico"}))


@pytest.mark.parametrize("statement", US_TROOPS_DONE_TO)
def test_an_initialism_says_whose_only_troops_opening_their_clause(statement: str) -> None:
    assert not another_owner(statement, SENT_TO_THE_BORDER, frozenset({"usa", "mexico"}))


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        # a country's name written out before troops may be where they go: the reverted 2b82571 read these as
        # Mexico's own troops and capped the claims they are
        (
            "Sheinbaum rejects Trump's Mexico troops offer",
            ["Mexico's president turned down Trump's offer to send the US Army into Mexico to fight cartels."],
        ),
        ("Mexico troop numbers are secret", ["The exact number of US troops in Mexico is secret."]),
        # a claim's name merely before its troops says no owner the statement's initialism could contradict
        ("US troops are at the border", ["Mexico troops deployed at the US border"]),
    ],
)
def test_a_name_written_out_before_troops_says_no_owner(statement: str, wordings: list[str]) -> None:
    assert not another_owner(statement, wordings, frozenset({"usa", "mexico"}))


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        ("10,000 Mexican soldiers are at the US border", DEPLOYED),
    ],
)
def test_troops_of_another_owner_anywhere_are_another_fact(statement: str, wordings: list[str]) -> None:
    # "10,000 Mexican soldiers are at the US border" was shown first as FALSE "There are more than 10,000 US
    # troops deployed in Mexico" (0.86): a border is no country, but the troops are another country's
    assert another_owner(statement, wordings, frozenset({"usa", "mexico"}))


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        ("10,000 Mexican troops were sent to the US border", SENT_TO_THE_BORDER),  # "its own": Mexico's
        ("US Army troops are at the Mexico border", DEPLOYED),  # the Army is no name of the claim
    ],
)
def test_troops_of_the_same_owner_are_no_other_owner(statement: str, wordings: list[str]) -> None:
    assert not another_owner(statement, wordings, frozenset({"usa", "mexico"}))


def test_cause_and_effect_turned_round() -> None:
    from factcheck.substitution import cause_and_effect_turned_round

    assert cause_and_effect_turned_round("Lung cancer causes smoking", ["Smoking causes lung cancer."])
    assert cause_and_effect_turned_round(
        "Severe covid raises the risk of obesity", ["Obesity raises the risk of severe covid"]
    )
    assert not cause_and_effect_turned_round("Lung cancer is caused by smoking", ["Smoking causes lung cancer."])
    assert not cause_and_effect_turned_round("Cigarettes cause lung cancer", ["Smoking causes lung cancer."])
    # a Spanish text is stemmed in Spanish: "provoca" is a verb of causing there too
    assert cause_and_effect_turned_round("El autismo provoca la vacuna triple vírica", ["La vacuna provoca autismo"])
    # another verb may say it either way round: X needs Y's approval is Y must approve X
    assert not cause_and_effect_turned_round(
        "Mexico's Senate does not need to approve foreign troops entering the country",
        ["Foreign troops need the Mexican Senate's approval to enter Mexico"],
    )
    assert not cause_and_effect_turned_round(
        "Vaccine immunity is better than natural immunity", ["Natural immunity is better than vaccine immunity."]
    )


JOINT_PATROLS = [
    "US and Mexican soldiers patrol the border together inside Mexico.",
    "US and Mexican troops run joint border patrols on Mexican soil",
    "American soldiers patrol together with the Mexican army inside Mexico",
]


@pytest.mark.parametrize(
    "statement", ["Mexican soldiers patrol the US border", "US soldiers patrol the border", "mexican troops patrol"]
)
def test_one_of_two_owners_alone_is_another_fact(statement: str) -> None:
    # "Mexican soldiers patrol the US border" was shown as FALSE "US and Mexican soldiers patrol the border
    # together inside Mexico" at 0.98: the claim is of joint patrols, the statement of one country's
    assert one_of_joint_owners(statement, JOINT_PATROLS, frozenset({"usa", "mexico"}))


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        ("American and Mexican troops patrol the border", JOINT_PATROLS),  # both, as the claim
        ("Mexican army patrols the border with the US", JOINT_PATROLS),  # the other takes part
        ("Mexican soldiers patrol together at the border", JOINT_PATROLS),
        ("US troops patrol inside Mexico", JOINT_PATROLS),  # where the claim puts them: a part of it
        # two clauses, no joint owners: "Mexico and Sheinbaum" own no "refused"
        ("Mexico refused American soldiers", ["Trump offered to send troops to Mexico and Sheinbaum refused"]),
        ("Mexican soldiers patrol the border", ["US soldiers patrol the border"]),  # one owner in the claim too
    ],
)
def test_one_of_two_owners_alone_not_said(statement: str, wordings: list[str]) -> None:
    assert not one_of_joint_owners(statement, wordings, frozenset({"usa", "mexico", "sheinbaum"}))


@pytest.mark.parametrize(
    "statement",
    [
        "Hay soldados mexicanos en Estados Unidos",
        "Hay tropas mexicanas en EU",
        "hay tropas mexicanas en estados unidos",
    ],
)
def test_whose_they_are_and_where_turned_round_in_spanish(statement: str) -> None:
    # "Hay soldados mexicanos en Estados Unidos" was shown as "There are US troops in Mexico" (its Spanish alias) at
    # 0.999: Spanish names the owner after the thing, and puts it "en" a place
    assert another_owner(statement, ["Hay tropas de Estados Unidos en México"], frozenset({"usa", "mexico"}))


@pytest.mark.parametrize(
    "statement", ["Hay soldados estadounidenses en México", "Hay tropas de EU en México", "Hay soldados en México"]
)
def test_whose_they_are_and_where_the_same_in_spanish(statement: str) -> None:
    assert not another_owner(statement, ["Hay tropas de Estados Unidos en México"], frozenset({"usa", "mexico"}))


_US_TROOPS_IN_MEXICO = [
    "There are US troops in Mexico.",
    "US troops are in Mexico",
    "There are American soldiers in Mexico",
]


@pytest.mark.parametrize(
    "statement",
    [
        "Há tropas mexicanas nos Estados Unidos",
        "Há tropas mexicanas em Estados Unidos",
        "Tropas mexicanas estão nos Estados Unidos",
        "Há soldados mexicanos no Texas",
    ],
)
def test_whose_they_are_and_where_turned_round_in_portuguese(statement: str) -> None:
    # "Há tropas mexicanas nos Estados Unidos" was shown as "There are US troops in Mexico" at 0.95: read as English,
    # its "nos" was what the Mexican troops were, and it put them nowhere; Portuguese names the owner after the
    # thing, as Spanish does, and puts it "nos", "no", "na", "em" a place.  Portuguese is read as English (its "Há"
    # is no Spanish "ha"), so the claim's English wordings are the ones it is compared with (``in_its_language``)
    names = frozenset({"usa", "mexico", "texa"})
    assert another_owner(statement, _US_TROOPS_IN_MEXICO, names)


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        ("Há tropas americanas no México", _US_TROOPS_IN_MEXICO),
        ("Há tropas dos Estados Unidos no México", _US_TROOPS_IN_MEXICO),
        ("Há 10 mil soldados americanos no México", ["Hay más de 10 mil soldados estadounidenses en México"]),
        # Spanish "no" and "nos", and English, are read as before: no Portuguese place
        ("Hay tropas estadounidenses en México", ["Hay tropas de Estados Unidos en México"]),
        ("Nos dicen que no hay tropas estadounidenses en México", ["Hay tropas de Estados Unidos en México"]),
        ("US troops are in Mexico, no doubt", _US_TROOPS_IN_MEXICO),
    ],
)
def test_portuguese_places_keep_the_claims_owner(statement: str, wordings: list[str]) -> None:
    assert not another_owner(statement, wordings, frozenset({"usa", "mexico"}))


def test_portuguese_places_only_in_portuguese() -> None:
    # Spanish "no" denies and "nos" is "us": they put nothing anywhere in a Spanish or English text
    assert substitution._portuguese_places("Há tropas mexicanas nos Estados Unidos") == [("Estados Unidos", {"usa"})]
    assert substitution._portuguese_places("No Estados Unidos, no") == []
    assert substitution._portuguese_places("Trump says no Mexico deal") == []
    assert substitution._portuguese_places("Nos dijeron que no hay tropas") == []


def test_the_claims_place_troops_put_elsewhere_are_another_owners() -> None:
    # "Mexican soldiers are stationed in Texas" was shown as FALSE "Ten thousand American soldiers are stationed in
    # Mexico" at 0.99: the troops of the place the claim puts them in, in a place of their own (Texas, a name
    # the claim's summary gives)
    wordings = ["Ten thousand American soldiers are stationed in Mexico"]
    assert another_owner("Mexican soldiers are stationed in Texas", wordings, frozenset({"usa", "mexico", "texa"}))
    assert not another_owner("US soldiers are stationed in Texas", wordings, frozenset({"usa", "mexico", "texa"}))


@pytest.mark.parametrize("reading", ["_capitalised_terms", "_places", "_place_names", "_name_runs"])
def test_the_readings_kept_for_the_next_statement_cannot_be_changed_by_a_caller(reading: str) -> None:
    """Names and places are read once per text and kept (a statement is compared with each of its
    candidates, a claim with each statement it is a candidate for): what is kept must be immutable, or
    one caller's change would reach the next.  Hashable all the way down is immutable here."""
    import factcheck.substitution as substitution

    read = getattr(substitution, reading)
    found = read("The US Army sent 1,700 troops to Mexico City, Gen. John J. Pershing said in New Mexico.")
    assert found
    assert hash(found) == hash(
        read("The US Army sent 1,700 troops to Mexico City, Gen. John J. Pershing said in New Mexico.")
    )


def test_two_words_are_compared_once_and_a_wordings_name_words_folded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same statement and claim terms are compared for every candidate of every sentence of an article
    (210,650 pairs for 1 MB), and a claim's wordings folded again for every statement: both are kept."""
    import factcheck.substitution as substitution

    grams: list[str] = []
    folded: list[str] = []
    real_grams, real_fold_name = substitution._grams, substitution._fold_name
    monkeypatch.setattr(substitution, "_grams", lambda word: grams.append(word) or real_grams(word))
    monkeypatch.setattr(substitution, "_fold_name", lambda word: folded.append(word) or real_fold_name(word))
    substitution._spelled_alike.cache_clear()
    substitution._folded_words.cache_clear()
    for _ in range(2):
        assert is_variant("pershing", ["persing"]) and not is_variant("pershing", ["mexico"])
        assert substitution._folded_words("Nuevo México") == "new mexico"
    assert grams == ["pershing", "persing", "pershing", "mexico"]
    assert folded == ["Nuevo", "México"]


def test_a_person_named_with_a_title_may_act_for_the_country_the_claim_opens_with() -> None:
    # "President Trump sent 10,000 troops into Mexico" was capped (0.20) as another actor than the US, while "Trump
    # sent ..." found the claim: the title made "Trump" a name inside the sentence, certain to stand for "US"
    known = KNOWN | {"trump", "sent"}
    claim = "The US has sent 10,000 troops into Mexico"
    for statement in ("Trump sent 10,000 troops into Mexico", "President Trump sent 10,000 troops into Mexico"):
        assert not _substitutes(statement, claim, known)
    assert analyse("Fact: Former President Donald Trump sent troops").titled_opening == ("donald", "trump")
    assert analyse("In 2025 President Trump sent troops").titled_opening == ()
    # a titled person where the claim has another person, or a country where it has another, stays a substitution
    assert _substitutes(
        "Senator Cruz said US troops went into Mexico", "Senator Cornyn said US troops went into Mexico"
    )
    assert _substitutes("In 2025 President Trump sent 10,000 troops into Mexico", "In 2025 the US sent 10,000 troops")


def test_a_long_run_of_title_words_is_read_in_linear_time() -> None:
    # whether a run held a title was read again from the whole run at each of its tokens: "ex " x 3,300 before a
    # statement took 21 s to check (quadratic); the run of 30,000 here took many minutes
    run = ["ex"] * 30_000
    assert substitution._title_positions([*run, "President", "Trump", "sent"]) == frozenset(range(30_001))
    assert substitution._title_positions([*run, "Trump", "sent"]) == frozenset()  # no title in the run
    assert analyse(" ".join(["ex"] * 30_000) + " President Trump sent troops").titled_opening == ("trump",)


def test_the_effect_of_a_long_claims_verb_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # perf24: it was read again for each run of the claim's words the statement lacks, each time over all the
    # claim's words: time growing with the square of a long claim's length
    from factcheck import substitution

    calls: list[int] = []
    effect = substitution._effect

    def counted(claim: substitution.Wording, statement: substitution.Wording) -> range:
        calls.append(1)
        return effect(claim, statement)

    monkeypatch.setattr(substitution, "_effect", counted)
    long_claim = "Smoking causes lung cancer" + ", lung cancer and heart attacks in smokers" * 100
    assert not _causes_substitute("Smoking causes heart disease", long_claim)  # as before: it read it 100 times
    assert len(calls) == 1
    calls.clear()
    assert _causes_substitute("Smoking causes heart disease", CAUSES[0])  # as before, on a claim of a line
    assert len(calls) == 1


def test_the_words_after_a_run_are_a_frame_in_any_order_only_two_or_more() -> None:
    assert substitution._shared_after(("a", "b", "c", "d"), (False, True, False, False), (1, 1)) == ("c", "d")
    assert substitution._shared_after(("a", "b", "c", "d"), (False, True, False, True), (1, 1)) == ("c",)
    assert substitution._same_words(("togeth", "border"), ("border", "togeth"))
    assert not substitution._same_words(("togeth",), ("togeth",))  # one word is the neighbour, compared as it is
    assert not substitution._same_words(("togeth", "border"), ("border", "mexico"))
    assert not substitution._same_words((), ())


TAXES_DOUBLED = ["Riverton property taxes doubled in the last ten years"]
RIDERSHIP_HALVED = ["Bus ridership in Riverton fell by half after fares went up"]


@pytest.mark.parametrize(
    ("statement", "wordings", "expected"),
    [
        ("Riverton property taxes went up 38 percent in ten years", TAXES_DOUBLED, ("38 percent", "doubled")),
        ("Bus ridership dropped 20% after the fare hike", RIDERSHIP_HALVED, ("20%", "by half")),
        ("Taxes tripled: up 38 per cent", ["Taxes tripled"], None),  # the claim's multiple, said
        ("Riverton property taxes went up 100 percent", TAXES_DOUBLED, None),
        ("Riverton property taxes rose 95% in ten years", TAXES_DOUBLED, None),  # within a tenth of it
        ("Bus ridership dropped 50% after the fare hike", RIDERSHIP_HALVED, None),
        ("Did property taxes double in Riverton? 38% of us think so", TAXES_DOUBLED, None),
        ("Taxes went up 38 percent", ["Taxes more than doubled"], None),  # a bound
        ("Taxes went up 38 percent", ["Taxes doubled, up 100 percent"], None),  # the claim's own percent
        ("Taxes went up 38 percent", ["Taxes doubled", "Taxes rose 38 percent"], None),  # an alias's percent
        ("Taxes went up 38 percent, then 45 percent", TAXES_DOUBLED, None),  # which percent is its?
        ("Riverton property taxes went up in ten years", TAXES_DOUBLED, None),  # no percent
        ("Riverton property taxes went up 120% in ten years", TAXES_DOUBLED, ("120%", "doubled")),
        ("Bus ridership in Riverton fell 60% after fares went up", RIDERSHIP_HALVED, ("60%", "by half")),
        # a rate per period, not the change over the claim's
        ("Riverton property taxes rose 7% a year for ten years", TAXES_DOUBLED, None),
        ("China's military budget rose 7% a year since 2015", ["China's military budget doubled since 2015"], None),
        ("Riverton property taxes rose 7 percent annually", TAXES_DOUBLED, None),
        ("Riverton property taxes rose 7 percent per year", TAXES_DOUBLED, None),
        ("Riverton property taxes rose 3% a month", TAXES_DOUBLED, None),
        ("Argentina's monthly inflation fell 2.7% in 2024", ["Argentina's monthly inflation halved in 2024"], None),
        # a level, not a change
        ("Argentina's monthly inflation fell to 2.7% in 2024", ["Argentina's inflation halved in 2024"], None),
        ("Bus ridership in Riverton stood at 40 percent of its old level", RIDERSHIP_HALVED, None),
        # another clause's percent
        ("Bus ridership in Riverton fell after fares went up 25 percent", RIDERSHIP_HALVED, None),
        ("Bus ridership in Riverton dropped after a 25% fare hike", RIDERSHIP_HALVED, None),
        # "up 300%" said for "tripled" (three times), "up 200%" for "doubled"
        ("Springfield's utility bills went up 300% in two years", ["Springfield's utility bills tripled"], None),
        ("Riverton property taxes are up 200% in ten years", TAXES_DOUBLED, None),
    ],
)
def test_a_percent_far_from_the_claims_multiple_is_another_rate(
    statement: str, wordings: list[str], expected: tuple[str, str] | None
) -> None:
    assert another_rate_than_a_multiple(statement, wordings) == expected


_TREATY = "The US signed a defence treaty with the Philippines in 1951"
_CANNABIS = "Canada legalised recreational cannabis in 2018"
#: fixactor97: a year that is the statement's only word of its own is left to ``differences``' note (capping it showed a
#: neighbour claim instead: review of actor97, finding 3)
_YEAR_ALONE = "a year alone is no other date to the substitution check (shown at 1.00 with the note, as on main)"


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # actor97: a year of the statement's own where the claim's stands elsewhere, no neighbour in common, beside
        # another word of its own ("Manila"): each shown at 1.00 on main (``_another_year``)
        ("Manila signed a defence treaty with the US in 2019", _TREATY),
        pytest.param(
            "The Philippines signed a defence treaty with the US in 2019",
            _TREATY,
            marks=pytest.mark.xfail(strict=True, reason=_YEAR_ALONE),
        ),
        ("Manila signed a defence treaty with the US in the 2010s", _TREATY),
        pytest.param(
            "In 2019, Canada legalised recreational cannabis",
            _CANNABIS,
            marks=pytest.mark.xfail(strict=True, reason=_YEAR_ALONE),
        ),
        pytest.param(
            "In 2019 Canada legalised recreational cannabis",
            _CANNABIS,
            marks=pytest.mark.xfail(strict=True, reason=_YEAR_ALONE),
        ),
    ],
)
def test_a_year_of_its_own_anywhere_is_another_date(statement: str, claim: str) -> None:
    assert _substitutes(statement, claim)


@pytest.mark.parametrize(
    ("statement", "claim", "names_and_numbers_only"),
    [
        # the claim's year in other words or another place, or no year at all
        ("Manila signed a defence treaty with the US in 1951", _TREATY, False),
        ("Manila signed a defence treaty with the US in August 1951", _TREATY, False),
        ("Manila signed a defence treaty with the US in the 1950s", _TREATY, False),
        ("In 1951 the Philippines signed a defence treaty with the US", _TREATY, False),
        ("Manila signed a defence treaty with the US", _TREATY, False),
        ("In 2018, Canada legalised recreational cannabis", _CANNABIS, False),
        ("In October 2018, Canada legalised recreational cannabis", _CANNABIS, False),
        ("Canada legalised recreational cannabis in 2018, not in 2019", _CANNABIS, False),
        # a year the claim does not say, of a claim that says none
        ("In 2019, Canada legalised recreational cannabis", "Canada legalised recreational cannabis", False),
        # an amount written with separators of thousands is no year ("5,000"), nor a count out of a year's range
        (
            "Alongside 5,000 US troops, Mexico deployed 10,000 of its own troops to the US border in 2025",
            "Mexico deployed 10,000 of its own troops to the US border in February 2025",
            False,
        ),
        ("Alongside 1,900 police, Canada legalised recreational cannabis", _CANNABIS, False),
        # a longer statement's year may be another deed's (the names-and-numbers check)
        (
            "Russia ratified the New START treaty in January 2011 after the US Senate ratified the accord",
            "The US Senate ratified the New START treaty with Russia in December 2010",
            True,
        ),
    ],
)
def test_the_claims_year_anywhere_or_no_year_is_no_other_date(
    statement: str, claim: str, names_and_numbers_only: bool
) -> None:
    assert not _substitutes(statement, claim, names_and_numbers_only=names_and_numbers_only)


# fixactor97: the years a text gives as a time (``Wording.dated``), the only ones ``_another_year`` compares
@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("In 2019, Canada legalised recreational cannabis", {"2019"}),
        ("Turkey approved Sweden's NATO membership in January 2024", {"2024"}),
        ("WHO declared a pandemic on 11 March 2020", {"2020"}),
        ("Manila signed a defence treaty with the US in the 1950s", {"1950s"}),
        ("Prices rose in early 2026", {"2026"}),
        ("En 2025 el Senado aprobó 19 SEALs", {"2025"}),
        # a year naming a thing, a bound, a count, an age, an amount: no time of the deed
        ("The US left the 2015 Paris climate agreement", set()),
        ("Turkey approved Sweden's 2022 NATO application", set()),
        ("By 2027 Mexico's Senate had approved 19 Navy SEALs", set()),
        ("The Mérida Initiative was replaced after 2020", set()),
        ("The EU will ban sales of new petrol cars from 2035", set()),
        ("Kenya sent 2000 police officers to Haiti", set()),
        ("Kenya sent police officers in their 30s to Haiti", set()),
        ("Alongside 1,900 police, Canada legalised recreational cannabis", set()),
    ],
)
def test_a_year_given_as_a_time_is_dated(text: str, dated: set[str]) -> None:
    assert set(analyse(text).dated) == dated
