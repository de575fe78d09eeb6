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


# french64: short French statements were read as English ("La France envoie 500 soldats au Niger": its "La" before a
# name, its "au" borrowed) where their claim was read as French, and missed it (0.20); French amounts in words were
# not read, so "cinq mille soldats" was shown the claim of 500 with no difference noted
@pytest.mark.parametrize(
    ("french", "number"),
    [
        ("La France a envoyé cinq cents soldats au Niger", "500"),
        ("Dix mille migrants sont arrivés à Lampedusa", "10000"),
        ("Les 10 000 migrants sont arrivés à Lampedusa", "10000"),  # a plain space, in a French text
        ("Il y a quatre-vingt-dix soldats au Niger", "90"),
        ("Il y a vingt et un soldats au Niger", "21"),
        ("La France a envoyé deux millions de doses", "2000000"),
        ("La France a envoyé 2 millions de doses", "2000000"),
        ("Le prix a augmenté de dix pour cent", "%"),
        ("Les loups ont tué trois cents moutons dans les Alpes", "300"),
        ("Le gouvernement a recruté vingt mille policiers", "20000"),
    ],
)
def test_a_french_amount_in_words_is_read_as_its_digits(french: str, number: str) -> None:
    assert number in terms(french)


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
        ("La France a envoyé cinq mille soldats au Niger", "france-500-soldats-niger"),
        ("Cent mille migrants sont arrivés à Lampedusa en une semaine", "dix-mille-migrants-lampedusa"),
    ],
)
def test_a_french_statement_of_another_amount_in_words_is_not_shown_the_claim(
    desk: LexicalMatcher, statement: str, claim_id: str
) -> None:
    shown = [match.claim.id for match in desk.search(statement) if match.score >= desk.threshold]
    assert claim_id not in shown


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
