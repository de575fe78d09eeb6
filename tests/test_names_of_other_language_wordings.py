"""A name the statement shares with a claim's wording in another language is no name in the place of the claim's.

The substitution check reads a statement against the claim's wordings in its own language: "El Senado autorizó el
ingreso de 19 Navy SEALs en Campeche" was capped at 0.2 against "In February 2026 Mexico's Senate approved 19 US Navy
SEALs ...", whose Spanish alias names no Campeche, though its English alias does ("... special forces in
Campeche"); "The Senate authorized 19 Navy SEALs in Campeche" was shown it (1.00).  A name the claim's other
wordings hold is the claim's own; a name none of them holds is still another place ("en Sonora").
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


@pytest.mark.parametrize(
    "statement",
    [
        "El Senado autorizó el ingreso de 19 Navy SEALs en Campeche.",
        "El Senado autorizó el ingreso de 19 Navy SEALs a Campeche en febrero.",
    ],
)
def test_a_spanish_statement_naming_a_place_of_the_claims_english_wording_finds_it(
    starter: LexicalMatcher, statement: str
) -> None:
    assert SEALS in _shown(starter, statement)


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # another place, named in none of the claim's wordings: still another fact
        ("El Senado autorizó el ingreso de 19 Navy SEALs en Sonora.", SEALS),
        ("El Senado autorizó el ingreso de 19 Navy SEALs en Chihuahua.", SEALS),
        # the English statements, as they were
        ("The Senate authorized 19 Navy SEALs in Sonora.", SEALS),
    ],
)
def test_a_name_no_wording_of_the_claim_holds_is_still_another(
    starter: LexicalMatcher, statement: str, claim: str
) -> None:
    assert claim not in _shown(starter, statement)


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
