"""The matcher on a second knowledge base of mixed topics: a climate and energy desk's claims
(tests/fixtures/climate_desk.yaml, invented test data) and the statements its users type
(tests/fixtures/climate_desk_statements.tsv: paraphrases, statements with one distinctive word of another
fact in a claim's place, off-topic ones).

Written as a check on changes to the substitution check (``substitution.py``) made for the health desk's file
(tests/test_health_desk.py): a rule fitted to one file's words should hold on another's.  The statements were
written before they were tried; those the matcher gets wrong are listed in ``KNOWN_FAILURES`` (strict
xfails: a change that fixes one says so).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.lexical import LexicalMatcher
from factcheck.matching import find_matches
from factcheck.store import load_knowledge_base

FIXTURES = Path(__file__).parent / "fixtures"
CLIMATE_DESK = FIXTURES / "climate_desk.yaml"
STATEMENTS = FIXTURES / "climate_desk_statements.tsv"
SILENT = "SILENT"


def _statements() -> list[tuple[str, str]]:
    """(expected claim id or SILENT, statement) of each line of the statements file."""
    rows = []
    for line in STATEMENTS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            expected, _polarity, statement = line.split("\t")
            rows.append((expected, statement))
    return rows


#: statements the matcher gets wrong, with what it does
KNOWN_FAILURES = {
    "Volcanoes release more carbon dioxide than people do": "the CO2 claim first",
    "Nuclear energy kills fewer people than coal": "capped",
    "Wind energy raises electricity prices": "capped: 'raises' in the place of 'increases'",
    "Wind power makes electricity more expensive": "capped",
    "Gas cookers raise the risk of asthma in children": "capped: 'raise' is respelt 'rise', a word of the file",
    "EV batteries die after five years": "capped",
    "Solar panels kill more birds than cats": "shown as the wind turbines' claim",
    "Germany shut down its last coal plants in 2023": "shown as the nuclear plants' claim (coal is a known word)",
    "Electric car batteries only last two years": "the emissions claim shown",
    "Heat pumps don't work in hot weather": "shown as the cold weather's claim",
    "Aviation causes 15 percent of greenhouse gas emissions": "shown as the livestock claim",
    "Methane causes global warming": "shown as the CO2 claim",
}


@pytest.fixture(scope="module")
def climate_matcher() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(CLIMATE_DESK).claims, use_cache=False)


@pytest.mark.parametrize(
    ("expected", "statement"),
    [
        pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[row[1]]))
        if row[1] in KNOWN_FAILURES
        else row
        for row in _statements()
    ],
)
def test_a_climate_desk_statement_finds_its_claim_or_none(
    climate_matcher: LexicalMatcher, expected: str, statement: str
) -> None:
    found = climate_matcher.search(statement, top=1)
    shown = found[0].claim.id if found and found[0].score >= climate_matcher.threshold else SILENT
    assert shown == expected, (found[0].claim.id, found[0].score) if found else None


@pytest.mark.parametrize("statement", ["Fracking prevents earthquakes", "Fracking stops earthquakes"])
def test_a_verb_of_causing_of_the_other_way_is_no_rewording(climate_matcher: LexicalMatcher, statement: str) -> None:
    """ "prevents" for "causes" is no rewording of the relation: no polarity rule says it is the opposite, so it
    is capped as another claim, as any word no claim uses in the place of a subject of the file."""
    found = climate_matcher.search(statement, top=1)
    assert not found or found[0].score < climate_matcher.threshold, (found[0].claim.id, found[0].score)


@pytest.mark.parametrize(
    "statement",
    # in the words of the claim's summary ("The September 2012 minimum is still the lowest extent ..."), not of
    # its text: read as saying only when, they were capped (0.94, 0.98 before; 0.20)
    ["September 2012 was the all-time minimum", "The September 2012 minimum is still the lowest"],
)
def test_a_statement_in_the_summarys_words_finds_its_claim(climate_matcher: LexicalMatcher, statement: str) -> None:
    (match, *_) = find_matches(climate_matcher, statement, top=1)
    assert match.claim.id == "arctic-sea-ice-reached-a-record-low-in-september-2012"
