"""The matcher on a local newsroom's knowledge base: one claim a topic (a city's police budget, its property
taxes, its fire stations...), each tagged, as a newcomer writes them with 'factcheck add'
(tests/fixtures/local_desk.yaml, invented test data), and the statements its readers send
(tests/fixtures/local_desk_statements.tsv: paraphrases, questions, negations, misspellings, and statements
putting another subject or number in a claim's place).

In such a file no word is the subject of several claims, so the substitution check (``substitution.py``)
takes none for one; only a subject replaced whole, between the owner the claim opens with and its verb, is
caught (``substitution.another_subject``): "Riverton's water rates doubled in the last ten years" is not
"Riverton property taxes doubled in the last ten years", but "Riverton's sales taxes doubled ..." is still shown
as it at 1.00 (a known miss, README "Limits").  The statements the matcher gets wrong are listed in
``KNOWN_FAILURES`` (strict xfails: a change that fixes one says so).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.lexical import LexicalMatcher
from factcheck.store import load_knowledge_base

FIXTURES = Path(__file__).parent / "fixtures"
LOCAL_DESK = FIXTURES / "local_desk.yaml"
STATEMENTS = FIXTURES / "local_desk_statements.tsv"
SILENT = "SILENT"


def _statements() -> list[tuple[str, str, str]]:
    """(expected claim id or SILENT, polarity, statement) of each line of the statements file."""
    rows = []
    for line in STATEMENTS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            expected, polarity, statement = line.split("\t")
            rows.append((expected, polarity, statement))
    return rows


#: statements the matcher gets wrong, with what it does
KNOWN_FAILURES = {
    "Cops in Riverton got 40% more money over five years": "silent",
    "Riverton's parks budget grew by 40 percent between 2020 and 2025": "the police budget's claim (8 terms: names "
    "and numbers checked only; 'parks' is a known word)",
    "Riverton's fire budget grew by 40 percent between 2020 and 2025": "the police budget's claim (8 terms)",
    "The mayor's salary grew by 40 percent between 2020 and 2025": "the police budget's claim",
    "Riverton's sales taxes doubled in the last ten years": "the property taxes' claim (1.00): 'sales' replaces "
    "'property', a word of its subject kept ('taxes'), which the check of another subject leaves alone",
    "Riverton is the most dangerous city in the state": "silent",
    "Riverton has the highest unemployment rate in the state": "the crime rate's claim ('unemployment' is known)",
    "Riverton closed three libraries since 2022": "known miss: the fire stations' claim (1.00): 'libraries' "
    "for 'fire' is not checked (no word is several claims' subject)",
    "Riverton closed three schools since 2022": "known miss: the fire stations' claim (1.00)",
    "Only one in five voters turned out in the last city election": "silent",
    "The city council approved the new stadium": "the pay raise's claim as a possible match (0.61)",
    "Bus ridership dropped 50% after the fare hike": "silent: '50%' is not read as 'by half'",
}


@pytest.fixture(scope="module")
def local_matcher() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(LOCAL_DESK).claims, use_cache=False)


@pytest.mark.parametrize(
    ("expected", "polarity", "statement"),
    [
        pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[row[2]]))
        if row[2] in KNOWN_FAILURES
        else row
        for row in _statements()
    ],
)
def test_a_local_desk_statement_finds_its_claim_or_none(
    local_matcher: LexicalMatcher, expected: str, polarity: str, statement: str
) -> None:
    found = local_matcher.search(statement, top=1)
    shown = found[0].claim.id if found and found[0].score >= local_matcher.threshold else SILENT
    assert shown == expected, (found[0].claim.id, found[0].score) if found else None
    if expected != SILENT:
        assert found[0].polarity == polarity
