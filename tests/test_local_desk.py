"""The matcher on a local newsroom's knowledge base: one claim a topic (a city's police budget, its property
taxes, its fire stations...), each tagged, as a newcomer writes them with 'factcheck add'
(tests/fixtures/local_desk.yaml, invented test data), and the statements its readers send
(tests/fixtures/local_desk_statements.tsv: paraphrases, questions, negations, misspellings, and statements
putting another subject or number in a claim's place).

In such a file no word is the subject of several claims, so the substitution check (``substitution.py``)
takes none for one: "Riverton's water rates doubled in the last ten years" is shown as FALSE "Riverton property
taxes doubled in the last ten years" at 1.00 (a known miss, docs/limits.md).  The statements the matcher gets
wrong are listed in ``KNOWN_FAILURES`` (strict xfails: a change that fixes one says so).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.lexical import LexicalMatcher
from factcheck.store import load_knowledge_base

FIXTURES = Path(__file__).parent / "fixtures"
LOCAL_DESK = FIXTURES / "local_desk.yaml"
NEWSROOM_DESK = FIXTURES / "newsroom_desk.yaml"
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
    "Riverton's water rates doubled in the last ten years": "known miss: the property taxes' claim (1.00): no word "
    "is several claims' subject in a one-claim-a-topic file, so 'water' for 'property taxes' is not checked",
    "Riverton's water bills doubled in the last ten years": "known miss: the property taxes' claim (1.00)",
    "Riverton's sales taxes doubled in the last ten years": "'sales' replaces 'property', no tag",
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


#: true paraphrases naming a claim's subject by a synonym no claim of the file uses, with the claim and the score
#: they are found at: a one-claim-a-topic file's unknown word may be a synonym as well as another subject, so
#: another subject of the claim's owner is never capped (they were capped to 0.20 by a check that did)
SYNONYM_PARAPHRASES = [
    (LOCAL_DESK, "Riverton's levies doubled in the last ten years", "riverton-property-taxes-doubled", 1.0),
    (LOCAL_DESK, "Riverton's homeowner levies doubled in the last ten years", "riverton-property-taxes-doubled", 1.0),
    (LOCAL_DESK, "Riverton's millage doubled in the last ten years", "riverton-property-taxes-doubled", 1.0),
    (NEWSROOM_DESK, "China's defense spending doubled since 2015", "c9-chinas-military-budget", 0.99),
    (NEWSROOM_DESK, "China's defence outlays doubled since 2015", "c9-chinas-military-budget", 0.99),
    (NEWSROOM_DESK, "Canada's leader resigned in January 2025", "c10-canadas-prime-minister", 1.0),
    (NEWSROOM_DESK, "Canada's premier resigned in January 2025", "c10-canadas-prime-minister", 1.0),
    (NEWSROOM_DESK, "Springfield's murders doubled in 2024", "c0-springfields-homicides", 0.98),
    (NEWSROOM_DESK, "Springfield's killings doubled in 2024", "c0-springfields-homicides", 0.98),
    (NEWSROOM_DESK, "Springfield's cops arrested 40 protesters at the rally", "c2-springfields-police", 1.0),
    (NEWSROOM_DESK, "Springfield's officers arrested 40 protesters at the rally", "c2-springfields-police", 1.0),
    (NEWSROOM_DESK, "Germany's cabinet approved a ban on gas heating", "c11-germanys-government", 1.0),
    (NEWSROOM_DESK, "Ohio's legislators passed a six-week abortion ban", "c15-ohios-lawmakers", 1.0),
    (NEWSROOM_DESK, "Ohio's legislature passed a six-week abortion ban", "c15-ohios-lawmakers", 1.0),
    (NEWSROOM_DESK, "Springfield's firemen were laid off in 2023", "c7-springfields-firefighters", 1.0),
    (NEWSROOM_DESK, "Springfield's leaders approved a new downtown stadium", "c3-springfields-officials", 1.0),
    (NEWSROOM_DESK, "Springfield's council approved a new downtown stadium", "c3-springfields-officials", 1.0),
    (NEWSROOM_DESK, "Springfield's power rates tripled in two years", "c6-springfields-utility-bills", 1.0),
    (NEWSROOM_DESK, "Springfield's housing costs doubled since 2015", "c5-springfields-rents", 0.99),
]


@pytest.mark.parametrize(("kb", "statement", "claim_id", "score"), SYNONYM_PARAPHRASES)
def test_a_synonym_of_the_claims_subject_no_claim_uses_is_found_at_its_score(
    kb: Path, statement: str, claim_id: str, score: float
) -> None:
    matcher = LexicalMatcher(load_knowledge_base(kb).claims, use_cache=False)
    found = matcher.search(statement, top=1)
    assert found and found[0].claim.id.startswith(claim_id), [(m.claim.id, m.score) for m in found]
    assert round(found[0].score, 2) == score
    assert found[0].score >= matcher.threshold
