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
# against its claim (1.00 on main, and again here).  French amounts in words are not read (docs/limits.md)
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


# fix-french64: the branch joined "10 000" with a plain space in a text read as Spanish or French only, so a claim and
# a statement read the same number otherwise when one of them was read as English ("10 000 soldats français au
# Niger", by its lone "au") or wrote a comma before it ("En 2023, 2 500 000 personnes ..."), and "Le 15 200
# manifestants" was 15200.  A plain space groups no number in any language (tests/test_german.py says why)
@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Les 10 000 migrants sont arrivés à Lampedusa", ["10", "000"]),
        ("El 15 200 manifestantes marcharon en Madrid", ["15", "200"]),
        ("Los números 5 100 y 200 son los del sorteo", ["5", "100", "200"]),
    ],
)
def test_a_number_grouped_by_a_plain_space_is_two_numbers_in_french_and_spanish(text: str, numbers: list[str]) -> None:
    assert [term for term in terms(text) if term.isdigit()] == numbers


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


def test_a_headline_read_as_english_reads_its_french_claims_number_alike(spaced: LexicalMatcher) -> None:
    # read as English by its lone "au", stemmed otherwise than its claim (0.20, as on main): its numbers 10 and 000
    # were no longer the claim's 10000, and "Trente soldats français sont morts au Tchad" came first
    assert spaced.search("10 000 soldats français au Niger", top=1)[0].claim.id == "c3"


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
