"""A Spanish statement is read against the claim's Spanish wordings only, names included.

"El Senado autorizó el ingreso de 19 Navy SEALs en Campeche" is capped at 0.2 against the SEALs claim, whose
Spanish alias names no Campeche, though its English alias does ("The Senate authorized 19 Navy SEALs in Campeche"
is shown it).  A fix that counted every name of the claim's other wordings as the claim's own was reverted: it
showed denials and swapped names as confident TRUE matches (the cases below that must stay hidden).  A fix must
accept a name of another wording only when it adds to the closest same-language wording, never when it replaces
one of its names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.lexical import LexicalMatcher
from factcheck.store import load_knowledge_base

SEALS = "feb-2026-senate-approves-19-navy-seals"


@pytest.fixture(scope="module")
def starter() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(Path(__file__).parent.parent / "claims.yaml").claims, use_cache=False)


def _shown(matcher: LexicalMatcher, statement: str) -> list[str]:
    return [m.claim.id for m in matcher.search(statement) if m.score >= matcher.threshold]


@pytest.mark.xfail(
    strict=True, reason="Campeche is only in the claim's English wording; Spanish is read against Spanish only"
)
def test_a_spanish_statement_naming_a_place_of_the_claims_english_wording_finds_it(starter: LexicalMatcher) -> None:
    assert SEALS in _shown(starter, "El Senado autorizó el ingreso de 19 Navy SEALs en Campeche.")


@pytest.mark.parametrize(
    "statement",
    [
        # denials ("sin autorización" is not read as one): shown as TRUE 0.99 by the reverted fix
        "19 Navy SEALs llegaron a México sin autorización del Senado",
        "19 Navy SEALs llegaron a Campeche sin autorización del Senado",
        # a name in the place of the claim's own (Congreso de Campeche for the Senate, marines for SEALs)
        "El Congreso de Campeche autorizó el ingreso de 19 Navy SEALs",
        "El Senado autorizó el ingreso de 19 marines en Campeche",
        # another place, named in none of the claim's wordings
        "El Senado autorizó el ingreso de 19 Navy SEALs en Sonora.",
        "El Senado autorizó el ingreso de 19 Navy SEALs en Chihuahua.",
        "The Senate authorized 19 Navy SEALs in Sonora.",
    ],
)
def test_a_statement_that_says_another_thing_stays_hidden(starter: LexicalMatcher, statement: str) -> None:
    assert SEALS not in _shown(starter, statement)


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("The Senate authorized 19 Navy SEALs in Campeche.", SEALS),
        ("El Senado autorizó el ingreso de 19 Navy SEALs de EU", SEALS),
        ("Hay más de 10 mil soldados estadounidenses en México", "us-troops-in-mexico-10000"),
    ],
)
def test_the_statements_that_found_it_still_do(starter: LexicalMatcher, statement: str, claim: str) -> None:
    assert claim in _shown(starter, statement)
