"""French statements against a French claims file: factcheck does not read French, but reads a French text as it
reads a Spanish one (its stemmer and stop words), so a French statement and a French claim are read alike.

tests/fixtures/french_desk.yaml is a French desk's small file of invented claims; the statements of
tests/fixtures/french_desk_statements.tsv are paraphrases that must find their claim and statements that must not
be shown any.  Before French function words and elisions counted, a French text with no accent nor Spanish-looking
word ("Les vaccins contre le Covid-19 contiennent une puce") was read as English and its claim, with an accent, as
Spanish: it found no claim at all (0.20).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from statement_sets import tsv_rows

from factcheck.lexical import LexicalMatcher
from factcheck.model import Claim, Verdict
from factcheck.polarity import negation_count
from factcheck.store import load_knowledge_base
from factcheck.text import is_spanish, terms, without_attribution, without_verdict_framing

FIXTURES = Path(__file__).parent / "fixtures"
ROWS = tsv_rows(FIXTURES / "french_desk_statements.tsv")
PARAPHRASES = [(claim_id, statement) for kind, claim_id, statement in ROWS if kind == "paraphrase"]
SILENT = [statement for kind, _, statement in ROWS if kind == "silent"]


@pytest.fixture(scope="module")
def desk() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(FIXTURES / "french_desk.yaml").claims, use_cache=False)


@pytest.mark.parametrize(("expected", "statement"), PARAPHRASES, ids=[s for _, s in PARAPHRASES])
def test_a_french_statement_finds_its_french_claim(desk: LexicalMatcher, expected: str, statement: str) -> None:
    shown = [match.claim.id for match in desk.search(statement) if match.score >= desk.threshold]
    assert expected in shown


@pytest.mark.parametrize("statement", SILENT)
def test_a_french_statement_of_nothing_in_the_file_is_shown_nothing(desk: LexicalMatcher, statement: str) -> None:
    assert [match for match in desk.search(statement) if match.score >= desk.threshold] == []


@pytest.mark.parametrize(
    "french",
    [
        "Les vaccins contre le Covid-19 contiennent une puce",  # no accent, no "de", "la", "que"
        "L'armee francaise quitte le Niger",  # an elision alone
        "Il y a des soldats au Niger",
        "Les Etats-Unis envoient des troupes",
        "La France envoie des troupes",  # one French word English does not borrow is enough
        "L'Europe interdit les voitures thermiques",
        "Le vaccin contient une puce",
        "Les troupes américaines ne sont plus au Mexique",
        "Les oiseaux chantent le matin",  # a capitalised "Les" counts beside another French word
        "La France envoie 500 soldats au Niger",  # "La" opening the text beside "au"
        "Emmanuel Macron veut interdire l'argent liquide.",  # an elision English does not borrow
        "Il n'a rien dit",
    ],
)
def test_a_french_text_is_read_as_a_spanish_one(french: str) -> None:
    assert is_spanish(french)


@pytest.mark.parametrize(
    "english",
    [
        "Des Moines is in Iowa",
        "I'd say the US Army is in Mexico",
        "L'Oréal raised its prices",
        "Les Misérables opens on Broadway",
        "Elle magazine says troops are in Mexico",
        "The ne plus ultra of border walls",
        "Qui tam lawsuits rise",
        "The troops arrive at 5 pm est",
        "It's a faux pas by the White House",
        "The Ministère des Armées said 500 troops left Niger",
        "Marine Le Pen says joie de vivre is gone",
        "Cirque du Soleil tours La Jolla",  # a name's "La" is no French word
        "Pas de deux at La Scala",
        "Dior's J'adore ad banned",  # an elision English borrows counts only beside a French word
        "The l'enfant terrible of US politics",
        # fix-french64: a lone elision before a name or beside an English word, and an opening "La" beside one
        # borrowed word, made these French (and stemmed "fined" as "fin")
        "L'oreal fined $100 million",
        "L'occitane shares fall 5%",
        "L'auberge",
        "Troops l'enfant terrible",
        "La Liga: Real Madrid's faux pas",
        "La Paz bans au pair visas",
        "La Jolla au pair agency sued",
        "La Guardia cafe au lait",
    ],
)
def test_an_english_text_with_a_french_word_is_not(english: str) -> None:
    assert not is_spanish(english)


def test_a_french_elision_is_a_word_of_its_own_in_a_text_read_as_spanish() -> None:
    # "l'armée" was the one term "larme", which "armée" alone is not
    assert terms("L'armée française est au Niger")[:1] == terms("Une armée française au Niger")[:1] == ["arme"]
    assert "oiseaux" in " ".join(terms("Les éoliennes tuent des millions d'oiseaux"))
    # in English, apostrophes go as before: "don't" is "dont" (a stop word), "O'Brien" one name
    assert terms("O'Brien didn't send troops") == ["obrien", "send", "troop"]


@pytest.mark.parametrize(
    ("framed", "said"),
    [
        ("Il est faux que les vaccins contiennent une puce", "les vaccins contiennent une puce"),
        ("C'est faux de dire qu'Emmanuel Macron a supprimé les retraites", "Emmanuel Macron a supprimé les retraites"),
        ("FAUX : les éoliennes tuent des oiseaux", "les éoliennes tuent des oiseaux"),
        ("Intox : les éoliennes tuent des oiseaux", "les éoliennes tuent des oiseaux"),
    ],
)
def test_a_french_verdict_opening_a_statement_is_not_part_of_it(framed: str, said: str) -> None:
    assert without_verdict_framing(framed).strip() == said


def test_a_french_verdict_framing_the_statement_is_read_past_and_noted(desk: LexicalMatcher) -> None:
    # it was looked up with "faux", "est", "il" and shown the FALSE claim with no note that it denies it
    best = desk.search("Il est faux que les vaccins contre le Covid-19 contiennent une puce électronique", top=1)[0]
    assert best.claim.id == "vaccin-ne-contient-pas-de-puce"
    assert best.polarity == "opposite"


@pytest.mark.parametrize(
    "reported",
    [
        "« Les vaccins contiennent une puce », a affirmé le Dr Martin.",
        "Les vaccins contiennent une puce, selon le Dr Martin.",
        "Les vaccins contiennent une puce, a indiqué Marie Dupont.",
        "Les vaccins contiennent une puce, a déclaré l’OMS.",
    ],
)
def test_who_reported_a_french_statement_is_no_part_of_it(desk: LexicalMatcher, reported: str) -> None:
    # read as Spanish, "Dr Martin" was a name said in the place of the claim's "Covid-19": no match (0.20); the first
    # was so on main too, the second a possible match (0.63) there
    best = desk.search(reported, top=1)[0]
    assert best.claim.id == "vaccin-ne-contient-pas-de-puce"
    assert best.score >= desk.threshold


def test_what_follows_a_french_verb_of_saying_is_a_source_only_when_it_looks_like_one() -> None:
    said = "Les vaccins contiennent une puce, a annoncé 50 morts."
    assert without_attribution(said) == said
    reported = "Les vaccins contiennent une puce, a déclaré l’OMS."
    assert without_attribution(reported) == "Les vaccins contiennent une puce"


# review of persona25's French rules: an English text holding a French-looking word in capitals ("NE", "AU") or one
# French word alone ("du", "au", an elision) stays English, and its "NE ... plus" is no French negation
@pytest.fixture(scope="module")
def starter() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(FIXTURES.parent.parent / "claims.yaml").claims, use_cache=False)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("10,000 US troops are in NE Mexico plus 500 in Texas", "us-troops-in-mexico-10000"),
        ("Mexico's Senate approved 155 US Marines for NE Mexico plus Baja", "mar-2025-155-us-marines-fenix-exercise"),
    ],
)
def test_an_english_ne_before_plus_says_no_opposite(starter: LexicalMatcher, statement: str, expected: str) -> None:
    # read as "ne ... plus" (no more), both were noted as saying the opposite of the claim they repeat
    best = starter.search(statement, top=1)[0]
    assert best.claim.id == expected
    assert best.polarity == "same"


@pytest.mark.parametrize(
    "english",
    [
        "10,000 US troops are in NE Mexico plus 500 in Texas",
        "Troops from NE plus 3 other states deployed to Mexico",
        "Troops from NE are not in Mexico plus more",  # the English "not" alone counts
    ],
)
def test_an_english_ne_is_no_french_negation(english: str) -> None:
    assert negation_count(english) == english.count(" not ")


def test_a_ne_in_capitals_is_no_french_negation_in_a_french_text_either() -> None:
    # "NE" is the north-east (nord-est) here, in a text read as French
    assert is_spanish("Les troupes américaines sont dans le NE du Mexique, plus 500 au Texas")
    assert negation_count("Les troupes américaines sont dans le NE du Mexique, plus 500 au Texas") == 0
    assert negation_count("Les troupes américaines ne sont plus au Mexique") == 1


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("US spy planes flying over Mexico, NE ranchers say", "us-spy-planes-flying-over-mexico"),
        ("US military drones flying over Mexico, AU says", "us-spy-planes-flying-over-mexico"),
        ("US spy planes flying NE border towns Mexico", "us-spy-planes-flying-over-mexico"),
    ],
)
def test_an_english_text_with_an_acronym_keeps_its_match(
    starter: LexicalMatcher, statement: str, expected: str
) -> None:
    # read as Spanish by "NE" or "AU" before a word in lower case, they lost their claim (0.9994 -> 0.23, ...)
    shown = [match.claim.id for match in starter.search(statement) if match.score >= starter.threshold]
    assert expected in shown


@pytest.mark.parametrize(
    "english",
    [
        "US spy planes flying over Mexico, NE ranchers say",
        "US military drones flying over Mexico, AU says",
        "IL lawmakers vote troops bill",
        "CES exhibitors flock Vegas",
        "LES residents protest shelter",
        "DU students march",
        "Cirque du Soleil tours Mexico",
        "Cafe au lait prices soar",
        "Chef serves hors d'oeuvres",
        "Troops aux frontieres, officials say",
        "Elle magazine names troops",  # a capitalised marker alone
        "Read it at thenightly.com.au (NYT)",
    ],
)
def test_an_acronym_or_one_french_word_leaves_a_text_english(english: str) -> None:
    assert not is_spanish(english)


def test_an_english_acronym_before_a_source_does_not_keep_the_source() -> None:
    assert without_attribution("Tornado hits NE corner, officials said") == "Tornado hits NE corner"


# french64 read French amounts in words ("dix mille" 10000), but a French claim writes "10 000" with a plain space,
# which no text reads as one number (the two numbers 10 and 000): the statement said in words was capped at 0.20
# against its claim (1.00 on main, and again here).  French amounts in words are not read (README, Limits)
AMOUNT_CLAIMS = [
    ("sahel", "Plus de 10 000 soldats français sont déployés au Sahel."),
    ("lampedusa", "La France a accueilli 5 000 migrants arrivés à Lampedusa en une semaine."),
    ("niger", "La France a retiré 1 500 soldats du Niger en 2023."),
    ("mali", "L'Allemagne a envoyé 10 000 soldats au Mali."),
]


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        ("Plus de dix mille soldats français sont déployés au Sahel", "sahel"),
        ("La France a accueilli cinq mille migrants arrivés à Lampedusa en une semaine", "lampedusa"),
        ("La France a retiré mille cinq cents soldats du Niger en 2023", "niger"),
        ("Berlin a envoyé dix mille soldats au Mali", "mali"),
    ],
)
def test_a_french_amount_in_words_does_not_hide_its_claim_in_digits(statement: str, claim_id: str) -> None:
    claims = [Claim(id=id_, claim=claim, verdict=Verdict.TRUE) for id_, claim in AMOUNT_CLAIMS]
    matcher = LexicalMatcher(claims, use_cache=False)
    best = matcher.search(statement, top=1)[0]
    assert best.claim.id == claim_id
    assert best.score >= 0.9


@pytest.mark.parametrize(
    "french",
    [
        "Les éoliennes tuent des millions d'oiseaux",  # no one counted them
        "Un homme et une femme ont un bâtiment neuf",  # articles, and "neuf" (new)
    ],
)
def test_a_french_word_that_counts_nothing_is_no_number(french: str) -> None:
    assert not any(term.isdigit() for term in terms(french))


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        ("Macron ne veut pas interdire l'argent liquide", "macron-interdit-argent-liquide"),
        ("Le masque ne réduit jamais l'oxygène dans le sang", "masque-oxygene"),
        ("Aucun vaccin contre le Covid-19 ne contient une puce électronique", "vaccin-ne-contient-pas-de-puce"),
        ("La France n'a jamais envoyé 500 soldats au Niger", "france-500-soldats-niger"),
    ],
)
def test_a_french_negation_finds_its_claim_noted_as_the_opposite(
    desk: LexicalMatcher, statement: str, claim_id: str
) -> None:
    # "jamais" was a term, the first claim read as English ("largent"): no match (0.20); "Aucun" five words before
    # "ne" was no negative subject
    best = desk.search(statement, top=1)[0]
    assert best.claim.id == claim_id
    assert best.score >= desk.threshold
    assert best.polarity == "opposite"


# french71: a number grouped by a plain space is one number in a text read as French or Spanish (two Romance
# function words besides "en", or French words), as "10000", "10.000" and "dix mille" are; not a day after "le"/"el"
# ("Le 15 200 manifestants": the 15th), a telephone's groups, nor after another short number; not in English read
# as Spanish by an "en" ("May 15 200 protesters march en masse") nor in a headline read as English
@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Les 10 000 migrants sont arrivés à Lampedusa", ["10000"]),
        ("En 2019, 10 000 soldats sont arrivés au Mali", ["2019", "10000"]),  # after a comma too
        ("En 2023 1 500 soldats sont arrivés au Mali", ["2023", "1500"]),  # after a year
        ("Entre 2 000 et 3 000 soldats sont morts au Mali", ["2000", "3000"]),
        ("En 2023, 2 500 000 personnes étaient au chômage en France", ["2023", "2500000"]),
        ("Según la ONU, 10 000 migrantes cruzaron el Darién en enero", ["10000"]),
        ("La guerre a fait 100 000 morts en Syrie", ["100000"]),  # two function words, none French only
        ("Le prix des chambres est de 1 200,50 € pour les touristes", ["1200", "50"]),
        ("Le 15 200 manifestants ont défilé à Paris", ["15", "200"]),
        ("L'arrivée des 15 200 migrants à Lampedusa", ["15200"]),
        ("Le 14 juillet 2024, 1 500 soldats ont défilé", ["14", "2024", "1500"]),
        ("El 15 200 manifestantes marcharon en Madrid", ["15", "200"]),
        ("Appelez le 06 123 456 pour les soldats", ["06", "123", "456"]),
        ("Les numéros 2, 3 et 4 sont gagnants à la loterie", ["2", "3", "4"]),
    ],
)
def test_a_number_grouped_by_a_plain_space_is_one_number_in_french_and_spanish(text: str, numbers: list[str]) -> None:
    assert [term for term in terms(text) if term.isdigit()] == numbers


@pytest.mark.parametrize(
    "english",
    [
        "On May 15 200 protesters gathered outside the embassy",
        "There are 10 000 US troops in Mexico",
        "10 000 US troops, northern Mexico",  # no French nor Spanish word
        # french71 review finding 5: read as Spanish by "en"; finding 4: headlines read as English
        "May 15 200 protesters march en masse",
        "Protesters en route: 15 200 arrested",
        "Route 66 200 cars stuck, traffic en route",
        "Cirque du Soleil cuts 3 500 jobs",
        "Golfer shoots 3 under par, wins 2 000 000 prize",
        "Dow closes above 30 000, de facto record",
        "10 000 soldats français au Niger",  # read as English by its lone "au": left as it was
    ],
)
def test_a_number_grouped_by_a_plain_space_is_two_numbers_in_english(english: str) -> None:
    numbers = [term for term in terms(english) if term.isdigit()]
    assert len(numbers) >= 2
    assert all(len(number) <= 3 for number in numbers)  # no spaced group joined


# French amounts in words and in digits read alike in a French text: "dix mille" was the words "dix", "mill" and
# "10 000" the numbers 10 and 000, so a claim of 10000 written any way found the others only by chance, and "cinq
# mille soldats" was shown the claim of 500 soldiers with no difference noted
@pytest.mark.parametrize(
    "written",
    ["dix mille", "10 000", "10\u202f000", "10\u00a0000", "10.000", "10000", "dix-mille"],
)
def test_a_french_amount_reads_alike_however_it_is_written(written: str) -> None:
    assert [term for term in terms(f"Plus de {written} soldats français sont déployés au Sahel") if term.isdigit()] == [
        "10000"
    ]


@pytest.mark.parametrize(
    ("french", "number"),
    [
        ("La France a envoyé cinq cents soldats au Niger", "500"),
        ("Dix mille migrants sont arrivés à Lampedusa", "10000"),
        ("Il y a quatre-vingt-dix soldats au Niger", "90"),
        ("Il y a soixante-dix soldats au Niger", "70"),
        ("Il y a vingt et un soldats au Niger", "21"),
        ("Soixante et onze soldats sont morts au Niger", "71"),
        ("Il y a cent soldats au Niger", "100"),
        ("Il y a mille soldats au Niger", "1000"),
        ("La France a envoyé deux millions de doses", "2000000"),
        ("La France a envoyé 2 millions de doses", "2000000"),
        ("La France compte 1,5 million de chômeurs", "1500000"),
        ("La France compte 2,5 millions de chômeurs selon l'Insee", "2500000"),
        ("Le gouvernement a dépensé trois milliards d'euros", "3000000000"),
        ("La France a retiré mille cinq cents soldats du Niger en 2023", "1500"),
        ("Il y a un million de chômeurs en France", "1000000"),
        ("Le prix a augmenté de dix pour cent", "%"),
    ],
)
def test_a_french_amount_in_words_is_read_as_its_digits(french: str, number: str) -> None:
    assert number in terms(french)


@pytest.mark.parametrize(
    "french",
    [
        "Napoléon et les Cent-Jours ont changé la France",
        "Les enfants jouent aux Mille Bornes dans le jardin",
        "Vivaldi a composé les Quatre Saisons à Venise",
        "Il était une fois un roi de France",
        "Il a vu trente-six chandelles après le coup",
        "Il a fait les cent pas devant la mairie",
        "Les Mille et Une Nuits sont un recueil de contes",
        "Trois quarts des Français sont contre la réforme",  # a fraction: 75 %
        "Deux tiers des électeurs ont voté à Paris",
        "Il a acheté un deux-pièces à Paris",
        "El museo de Otto Dix abre en Berlín",
        "Six Flags abre un parque en México",
        "La Mille Miglia pasa por Brescia",
        "Les éoliennes tuent des millions d'oiseaux",
    ],
)
def test_a_french_name_or_idiom_is_no_number(french: str) -> None:
    assert not any(term.isdigit() for term in terms(french))


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Entre dix et vingt soldats sont morts au Niger", ["10", "20"]),  # "et" joins a unit to a ten only
        ("Deux, trois soldats sont morts", ["2", "3"]),
        ("Le 11 sept. 2001, les tours jumelles se sont effondrées", ["11", "2001"]),  # September
        ("Un café coûte 10 cents au Québec", ["10"]),
        ("Otto Dix : cent tableaux exposés au musée d'Orsay", ["100"]),  # "Dix" a name, "cent" the count
        ("Le parc Six Flags a accueilli deux millions de visiteurs", ["2000000"]),
        # review french71 finding 1: "un", "une" after "cent" or "mille" are counted
        ("La motion a recueilli trois cent un votes à l'Assemblée", ["301"]),
        ("Il y avait deux mille un soldats au Mali", ["2001"]),
        ("Cent une victimes ont été recensées en France", ["101"]),
        ("Le livre a deux cent une pages et un index", ["201"]),
        # finding 3: "et demi" after a scale of millions
        ("Deux millions et demi de personnes sont au chômage en France", ["2500000"]),
        ("L'État a dépensé un milliard et demi d'euros pour les JO", ["1500000000"]),
        ("Il y a 2 millions et demi de chômeurs en France", ["2500000"]),
        # finding 2: a range's first count takes its second's scale, as "2 000 à 3 000" says it
        ("Deux à trois mille personnes ont manifesté à Nantes samedi", ["2000", "3000"]),
        ("Entre deux et trois millions de personnes ont manifesté en France", ["2000000", "3000000"]),
        ("Cinq ou six mille soldats sont au Mali selon la presse", ["5000", "6000"]),
        ("Il a vu deux et trois mille soldats en France", ["2", "3000"]),  # no "entre": not a range
        # finding 5: a spaced number after "le" is no day before a unit; a list of small numbers stays one
        ("Mo Farah a remporté le 10 000 mètres aux JO de Londres", ["10000"]),
        ("Mo Farah a remporté le dix mille mètres aux JO de Londres", ["10000"]),
        ("Les numéros 5 100 et 200 ont été tirés au loto", ["5", "100", "200"]),
    ],
)
def test_french_number_words_are_read_as_french_says_them(text: str, numbers: list[str]) -> None:
    assert [term for term in terms(text) if term.isdigit()] == numbers


@pytest.mark.parametrize(
    "english",
    [
        "I paid one cent for the mille-feuilles in Paris",
        "The Cent-Jours exhibition opened in Paris",
        "Un deux trois is a French song",
        "Sept 11 au memorial draws crowds",
    ],
)
def test_french_number_words_are_not_read_in_english(english: str) -> None:
    assert not any(term.isdigit() and term not in ("11",) for term in terms(english))


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        ("La France a envoyé cinq mille soldats au Niger", "france-500-soldats-niger"),
        ("Cent mille migrants sont arrivés à Lampedusa en une semaine", "dix-mille-migrants-lampedusa"),
    ],
)
def test_a_french_statement_of_another_amount_in_words_is_not_shown_the_claim(
    desk: LexicalMatcher, statement: str, claim_id: str
) -> None:
    shown = [match.claim.id for match in desk.search(statement) if match.score >= desk.threshold]
    assert claim_id not in shown


SPACED_CLAIMS = [
    "En 2023, 2 500 000 personnes étaient au chômage en France.",
    "Según la ONU, 10 000 migrantes cruzaron el Darién en enero.",
    "En une semaine, 12 000 migrants sont arrivés à Lampedusa.",
    "Plus de 10 000 soldats français sont déployés au Niger.",
    "Entre dix et vingt soldats français sont morts au Mali en 2022.",
    "Trente soldats français sont morts au Tchad en 2021.",
]


@pytest.fixture(scope="module")
def spaced() -> LexicalMatcher:
    claims = [Claim(id=f"c{i}", claim=claim, verdict=Verdict.TRUE) for i, claim in enumerate(SPACED_CLAIMS)]
    return LexicalMatcher(claims, use_cache=False)


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        ("2 500 000 personnes étaient au chômage en France en 2023", "c0"),
        ("10 000 migrantes cruzaron el Darién en enero, según la ONU", "c1"),
        ("12 000 migrants arrivés à Lampedusa", "c2"),
        ("Entre 10 et 20 soldats français sont morts au Mali en 2022", "c4"),  # "et" added dix and vingt: 30
    ],
)
def test_a_statement_reads_its_claims_number_alike(spaced: LexicalMatcher, statement: str, claim_id: str) -> None:
    best = spaced.search(statement, top=1)[0]
    assert best.claim.id == claim_id
    assert best.score >= spaced.threshold


# A negative subject ("Aucun", "Personne", "Rien") denies only opening its clause; "la personne", "chaque personne"
# are persons and "ne ... que" (only) denies nothing; French's "dont" (of which) is no "don't"
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("La personne la plus riche du monde ne paie que 3 % d'impôts", 0),
        ("Chaque personne vaccinée contre la grippe ne paie que 10 euros", 0),
        ("Sans aucun doute, le gouvernement français ne dépense que 2 % du PIB", 0),
        ("Cette personne âgée de 90 ans ne reçoit que 500 euros par mois", 0),
        ("Aucune étude publiée dans une revue scientifique ne montre que le vaccin provoque l'autisme", 1),
        ("Selon l'OMS, rien ne prouve que le vaccin provoque l'autisme", 1),
        ("Plus de 500 000 manifestants, dont mille à Paris, ont défilé contre la réforme", 0),
        ("La France a envoyé 5 000 soldats, dont 500 au Niger", 0),
        # review lang2: a clause that "que", "qu'", "si" open, and a subject before an aside, denied nothing
        ("La préfecture indique que personne n'a été blessé", 1),
        ("Macron assure que personne ne sera oublié", 1),
        ("Il affirme que rien ne prouve le lien", 1),
        ("Le ministre a dit que jamais la France n'enverra de soldats", 1),
        ("Le ministère dit qu'aucun soldat français n'est mort au Mali en 2022", 1),
        ("Si personne ne vote, la loi passe", 1),
        ("Rien, absolument rien, ne prouve que le vaccin provoque l'autisme", 1),
        ("Aucun vaccin, selon l'OMS, ne provoque l'autisme", 1),
        ("Personne, pas même le président, n'a vu le rapport", 1),
        ("Aucun doute, le gouvernement ne dépense que 2 % du PIB", 0),  # "le gouvernement" is the subject
        ("Il dit que la personne la plus riche ne paie que 3 % d'impôts", 0),
        # short, read as English: "dont" before a number is French's (of which) in any text
        ("500 manifestants, dont 300 à Paris", 0),
        ("Cinq cents manifestants, dont trois cents à Paris", 0),
        ("Deux morts, dont un enfant", 0),
        ("They dont send 300 troops", 1),
    ],
)
def test_a_french_negative_subject_denies_only_opening_its_clause(text: str, count: int) -> None:
    assert negation_count(text) == count
