"""A Spanish statement in the perfect tense ("ha invadido", "han enviado") is read as Spanish.

Such a statement may hold none of the function words by which a Spanish text is told ("de", "en", "los"):
"Estados Unidos ha invadido México" was read as English, its "invadido" was no term of "invaded", its "EU" the
European Union, and it found nothing (0.17) where "Estados Unidos nunca ha invadido México" found its claim
(0.99).  An auxiliary of "haber" before a participle in lower case is Spanish's alone; English texts that write
"ha" or "han" stay English.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.lexical import LexicalMatcher
from factcheck.store import load_knowledge_base
from factcheck.text import Language, text_language


@pytest.fixture(scope="module")
def starter() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(Path(__file__).parent.parent / "claims.yaml").claims, use_cache=False)


@pytest.mark.parametrize(
    "statement",
    [
        "Estados Unidos ha invadido México",
        "EU ha enviado tropas a México",
        "Estados Unidos ha invadido a México",
        "Trump ha desplegado marines",
        "Ha llegado la Marina estadounidense",
        "Sheinbaum había rechazado tropas",
        "Hemos denunciado tropas extranjeras",
        "Trump ha dicho mentiras",
        "EU ha enviado tropas a Mexico",  # no accent: an ASCII text, read word by word all the same
    ],
)
def test_a_statement_in_the_spanish_perfect_tense_is_spanish(statement: str) -> None:
    assert text_language(statement) is Language.SPANISH


@pytest.mark.parametrize(
    "statement",
    [
        "Ha, avocado toast again",
        "Ha ha, tornado season is here",
        "Han Solo invaded the Death Star",
        "The Han dynasty ruled China",
        "Wang Ha and Li Han signed the deal",
        "HA HA desperado",
        "He ate an avocado",
        "Ha! Colorado voted",
        "Han, Colorado and Texas",
        # laughter: a "ha" after "ha" is no auxiliary
        "ha ha desperado",
        "Ha ha avocado toast",
        "ha ha tornados hit Mexico troops",
        # English words with a participle's ending
        "lol ha tornado",
        "ha libido",
        "Ha armada",
        "ha aficionados",
        "ha bravado",
        "ha cicadas",
    ],
)
def test_an_english_text_with_ha_or_han_stays_english(statement: str) -> None:
    assert text_language(statement) is Language.ENGLISH


@pytest.mark.parametrize(
    ("statement", "claim", "polarity"),
    [
        ("Estados Unidos ha invadido México", "us-troops-invaded-mexico-in-past", "same"),
        ("Estados Unidos no ha invadido México", "us-troops-invaded-mexico-in-past", "opposite"),
        ("EU ha enviado tropas a México", "there-are-us-troops-in-mexico", "same"),
    ],
)
def test_a_spanish_statement_in_the_perfect_tense_finds_its_claim(
    starter: LexicalMatcher, statement: str, claim: str, polarity: str
) -> None:
    shown = [(m.claim.id, m.polarity) for m in starter.search(statement) if m.score >= starter.threshold]
    assert (claim, polarity) in shown


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("The US has invaded Mexico", "us-troops-invaded-mexico-in-past"),
        ("Estados Unidos nunca ha invadido México", "us-troops-invaded-mexico-in-past"),
        ("EU envió tropas a México", "there-are-us-troops-in-mexico"),
    ],
)
def test_the_same_statements_in_english_or_another_tense_still_find_it(
    starter: LexicalMatcher, statement: str, claim: str
) -> None:
    assert claim in [m.claim.id for m in starter.search(statement) if m.score >= starter.threshold]


@pytest.mark.parametrize(
    "statement",
    [
        # Portuguese "Há" (there is) is no Spanish "ha": compared as written, not folded
        "Há soldados no México",
        "Há soldados mexicanos no Texas",
        "Há tropas mexicanas nos Estados Unidos",
        # Italian "ha" before "-ato", "-ito" or "visto": only "-ado", "-ido" count
        "Il Messico ha visto truppe americane",
        "Trump ha mandato truppe",
        "Il governo ha finito",
        "Trump ha inviato soldati",
    ],
)
def test_a_portuguese_or_italian_ha_is_no_spanish_auxiliary(statement: str) -> None:
    assert text_language(statement) is not Language.SPANISH


def test_a_spanish_auxiliary_without_its_accent_still_counts() -> None:
    assert text_language("Estados Unidos habia invadido Mexico") is Language.SPANISH
