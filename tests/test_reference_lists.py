"""A story's or a memo's "Sources" line is no reference list to skip (fix48d): the review of teach47 found a
"**Sources:**" paragraph, a "Sources" line mid-story, a memo's "Sources:" above "Reuters, 4 March 2026" or a wrapped
sentence's last word "sources." hid every sentence below them (the FALSE 10,000-troops claim, the TRUE 155-Marines
one).  Each case is matched as on main before teach47: only a line that reads as a citation entry is skipped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.article import parse_article
from factcheck.model import KnowledgeBase
from factcheck.scan import scan_article
from factcheck.store import load_knowledge_base

STARTER = Path(__file__).resolve().parents[1] / "claims.yaml"
REFERENCE_ENTRY = "an entry of the reference list (a source cited), not a statement"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base(STARTER, use_cache=False)


CASES = [
    pytest.param(
        (
            "Research memo: US troops in Mexico\n"
            "\n"
            "Claim 1: Senate approval\n"
            "\n"
            "Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces in "
            "February 2026.\n"
            "\n"
            "Sources:\n"
            "Reuters, 4 March 2026\n"
            "Senado de la República, Gaceta 12\n"
            "\n"
            "Claim 2: Troop numbers\n"
            "\n"
            "There are more than 10,000 US troops deployed in Mexico, according to a viral post.\n"
            "In February 2025, the Mexican Senate allowed ten US special forces soldiers to train "
            "Mexican Navy units.\n"
            "\n"
            "Sources:\n"
            "AP, 5 March 2026\n"
            "\n"
            "Claim 3: Marines in Baja California\n"
            "\n"
            "Lawmakers approved 155 US Marines for a joint training exercise in Baja California.\n"
        ),
        "story.txt",
        [
            (5, "feb-2026-senate-approves-19-navy-seals"),
            (13, "us-troops-in-mexico-10000"),
            (14, "feb-2025-senate-approves-10-us-special-forces-trainers"),
            (21, "mar-2025-155-us-marines-fenix-exercise"),
        ],
        id="a1_memo_txt",
    ),
    pytest.param(
        (
            "US troops in Mexico: what we know\n"
            "\n"
            "MEXICO CITY (Reuters) - Mexico's Senate approved 19 US Navy SEALs to train Mexican "
            "naval special forces in February 2026, officials said on Tuesday.\n"
            "\n"
            "Sources\n"
            "Officials at the Navy and two senators spoke on condition of anonymity.\n"
            "\n"
            "There are more than 10,000 US troops deployed in Mexico, according to a viral post. "
            "That figure is false.\n"
            "\n"
            "Lawmakers approved 155 US Marines for a joint training exercise in Baja California "
            "in 2025.\n"
        ),
        "story.txt",
        [
            (3, "feb-2026-senate-approves-19-navy-seals"),
            (8, "us-troops-in-mexico-10000"),
            (10, "mar-2025-155-us-marines-fenix-exercise"),
        ],
        id="a2_news_txt",
    ),
    pytest.param(
        (
            "US troops in Mexico: what we know\n"
            "\n"
            "Sources say there are more than 10,000 US troops deployed in Mexico.\n"
            "\n"
            "Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces in "
            "February 2026.\n"
            "\n"
            "Sources: Reuters, AP\n"
        ),
        "story.txt",
        [(3, "us-troops-in-mexico-10000"), (5, "feb-2026-senate-approves-19-navy-seals")],
        id="a3_news_txt",
    ),
    pytest.param(
        (
            "# US troops in Mexico\n"
            "\n"
            "Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces in "
            "February 2026.\n"
            "\n"
            "## Sources\n"
            "\n"
            "- Reuters, 4 March 2026\n"
            "\n"
            "## What the numbers say\n"
            "\n"
            "There are more than 10,000 US troops deployed in Mexico, according to a viral post.\n"
        ),
        "story.md",
        [(3, "feb-2026-senate-approves-19-navy-seals"), (11, "us-troops-in-mexico-10000")],
        id="a4_md",
    ),
    pytest.param(
        (
            "# US troops in Mexico\n"
            "\n"
            "Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces in "
            "February 2026.\n"
            "\n"
            "**Sources:**\n"
            "\n"
            "- Reuters, 4 March 2026\n"
            "- AP\n"
            "\n"
            "There are more than 10,000 US troops deployed in Mexico, according to a viral post.\n"
            "\n"
            "Lawmakers approved 155 US Marines for a joint training exercise in Baja California "
            "in 2025.\n"
        ),
        "story.md",
        [
            (3, "feb-2026-senate-approves-19-navy-seals"),
            (10, "us-troops-in-mexico-10000"),
            (12, "mar-2025-155-us-marines-fenix-exercise"),
        ],
        id="a5_md",
    ),
    pytest.param(
        (
            "<html><body><article><h1>US troops in Mexico</h1>\n"
            "<p>Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces "
            "in February 2026.</p>\n"
            "<p><strong>Sources:</strong></p>\n"
            "<ul><li>Reuters, 4 March 2026</li></ul>\n"
            "<p>There are more than 10,000 US troops deployed in Mexico, according to a viral "
            "post.</p>\n"
            "<p>Lawmakers approved 155 US Marines for a joint training exercise in Baja "
            "California in 2025.</p>\n"
            "</article></body></html>\n"
        ),
        "story.html",
        [
            (2, "feb-2026-senate-approves-19-navy-seals"),
            (5, "us-troops-in-mexico-10000"),
            (6, "mar-2025-155-us-marines-fenix-exercise"),
        ],
        id="a6_html",
    ),
    pytest.param(
        (
            "US troops in Mexico\n"
            "\n"
            "The Navy denied that there are more than 10,000 US troops deployed in Mexico, citing "
            "two anonymous\n"
            "sources.\n"
            "Lawmakers approved 155 US Marines for a joint training exercise in Baja California "
            "in 2025.\n"
        ),
        "story.txt",
        [(3, "us-troops-in-mexico-10000"), (5, "mar-2025-155-us-marines-fenix-exercise")],
        id="a7_wrap_txt",
    ),
    pytest.param(
        (
            "The Navy denied the report that more than 10,000 US troops are in Mexico, the paper "
            "said, citing\n"
            "sources.\n"
            "\n"
            "Lawmakers approved 155 US Marines for a joint training exercise in Baja California "
            "in 2025.\n"
        ),
        "story.txt",
        [(4, "mar-2025-155-us-marines-fenix-exercise")],
        id="a8_wrap_txt",
    ),
    pytest.param(
        (
            "The Navy denied the report that more than 10,000 US troops are in Mexico, the paper "
            "said, citing\n"
            "sources.\n"
            "\n"
            "Lawmakers approved 155 US Marines for a joint training exercise in Baja California "
            "in 2025.\n"
        ),
        "story.md",
        [(4, "mar-2025-155-us-marines-fenix-exercise")],
        id="a8_wrap_md",
    ),
    pytest.param(
        (
            "Troops story\n"
            "\n"
            "Officials declined to comment on the figures.\n"
            "\n"
            "Sources\n"
            "Two officials familiar with the plan.\n"
            "\n"
            "Lawmakers approved 155 US Marines for a joint training exercise in Baja California "
            "in 2025.\n"
        ),
        "story.txt",
        [(8, "mar-2025-155-us-marines-fenix-exercise")],
        id="a9_exit_txt",
    ),
    pytest.param(
        (
            "<html><body><article><h1>Fact check: US troops in Mexico</h1>\n"
            "<aside><h3>Sources</h3><ul><li>Reuters, 4 March 2026</li><li>Senate "
            "gazette</li></ul></aside>\n"
            "<p>There are more than 10,000 US troops deployed in Mexico, according to a viral "
            "post.</p>\n"
            "<p>Lawmakers approved 155 US Marines for a joint training exercise in Baja "
            "California in 2025.</p>\n"
            "</article></body></html>\n"
        ),
        "story.html",
        [(3, "us-troops-in-mexico-10000"), (4, "mar-2025-155-us-marines-fenix-exercise")],
        id="a10_html",
    ),
    pytest.param(
        (
            "Weekly digest\n"
            "\n"
            "Senate approves 19 Navy SEALs\n"
            "\n"
            "Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces in "
            "February 2026.\n"
            "Sources: Reuters\n"
            "\n"
            "Viral post claims 10,000 US troops in Mexico\n"
            "\n"
            "There are more than 10,000 US troops deployed in Mexico, according to a viral post.\n"
        ),
        "story.txt",
        [
            (3, "feb-2026-senate-approves-19-navy-seals"),
            (5, "feb-2026-senate-approves-19-navy-seals"),
            (8, "us-troops-in-mexico-10000"),
            (10, "us-troops-in-mexico-10000"),
        ],
        id="a11_txt",
    ),
    pytest.param(
        (
            "Weekly digest\n"
            "\n"
            "Senate approves 19 Navy SEALs\n"
            "\n"
            "Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces in "
            "February 2026.\n"
            "\n"
            "Sources\n"
            "Reuters, 4 March 2026\n"
            "\n"
            "Viral post claims 10,000 US troops in Mexico\n"
            "\n"
            "There are more than 10,000 US troops deployed in Mexico, according to a viral post.\n"
            "\n"
            "Lawmakers approved 155 US Marines for a joint training exercise in Baja California "
            "in 2025.\n"
        ),
        "story.txt",
        [
            (3, "feb-2026-senate-approves-19-navy-seals"),
            (5, "feb-2026-senate-approves-19-navy-seals"),
            (10, "us-troops-in-mexico-10000"),
            (12, "us-troops-in-mexico-10000"),
            (14, "mar-2025-155-us-marines-fenix-exercise"),
        ],
        id="a12_txt",
    ),
]


# The review of fix48d (review49a): a line below a "Sources" lead-in that held a sentence of the story was skipped as
# an entry: "However, U.S." read as a surname and initials, "Reuters (2024) reported ..." as an author and a year,
# a paragraph holding a link as a web address.  The list ends at the first line that is no entry.
CASES += [
    pytest.param(
        (
            "US troops in Mexico: what we know\n"
            "\n"
            "MEXICO CITY (Reuters) - Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces "
            "in February 2026, officials said on Tuesday.\n"
            "\n"
            "Sources\n"
            "Officials at the Navy and two senators spoke on condition of anonymity.\n"
            "\n"
            "However, U.S. officials say there are more than 10,000 US troops deployed in Mexico, according to a "
            "viral post. That figure is false.\n"
            "\n"
            "Lawmakers approved 155 US Marines for a joint training exercise in Baja California in 2025.\n"
        ),
        "story.txt",
        [
            (3, "feb-2026-senate-approves-19-navy-seals"),
            (8, "us-troops-in-mexico-10000"),
            (10, "mar-2025-155-us-marines-fenix-exercise"),
        ],
        id="r49_however_us_txt",
    ),
    pytest.param(
        (
            "# US troops in Mexico\n"
            "\n"
            "Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces in February 2026.\n"
            "\n"
            "**Sources:**\n"
            "\n"
            "- Reuters, 4 March 2026\n"
            "\n"
            "Reuters (2024) reported that there are more than 10,000 US troops deployed in Mexico.\n"
            "\n"
            "Meanwhile, U.S. officials said lawmakers approved 155 US Marines for a joint training exercise in Baja "
            "California in 2025.\n"
            "\n"
            "A viral post claims more than 10,000 US troops are deployed in Mexico, see https://example.org/post for "
            "the post. Lawmakers approved 155 US Marines for a joint training exercise in Baja California in 2025.\n"
        ),
        "story.md",
        [
            (3, "feb-2026-senate-approves-19-navy-seals"),
            (9, "us-troops-in-mexico-10000"),
            (11, "mar-2025-155-us-marines-fenix-exercise"),
            (13, "us-troops-in-mexico-10000"),
            (13, "mar-2025-155-us-marines-fenix-exercise"),
        ],
        id="r49_reported_md",
    ),
    pytest.param(
        (
            "<html><body><article><h1>US troops in Mexico</h1>\n"
            "<p><strong>Sources:</strong></p>\n"
            "<ul><li>Reuters, 4 March 2026</li></ul>\n"
            "<p>Reuters (2024) reported that there are more than 10,000 US troops deployed in Mexico.</p>\n"
            "<p>A viral post (https://example.org/post) claims more than 10,000 US troops are deployed in Mexico. "
            "Lawmakers approved 155 US Marines for a joint training exercise in Baja California in 2025.</p>\n"
            "</article></body></html>\n"
        ),
        "story.html",
        [
            (4, "us-troops-in-mexico-10000"),
            (5, "us-troops-in-mexico-10000"),
            (5, "mar-2025-155-us-marines-fenix-exercise"),
        ],
        id="r49_link_html",
    ),
]


@pytest.mark.parametrize(("text", "name", "matched"), CASES)
def test_a_sources_line_hides_no_sentence_below_it(
    kb: KnowledgeBase, text: str, name: str, matched: list[tuple[int, str]]
) -> None:
    report = scan_article(parse_article(text, name), kb)
    assert [(r.line, r.match.claim.id) for r in report.results if r.match] == [tuple(m) for m in matched]
    assert not [r.text for r in report.results if r.reason == REFERENCE_ENTRY]


def test_a_story_whose_sources_line_is_above_its_only_claim_still_exits_0(
    invoke: Callable[..., Result], tmp_path: Path
) -> None:
    # review49a: "However, U.S. officials say ..." below a "Sources" line lost its FALSE match, and with it the scan's
    # only fact-check: the exit code went from 0 (a claim has a fact-check) to 1 (none has)
    story = tmp_path / "story.txt"
    story.write_text(
        "Troops story\n\nSources\nOfficials spoke on condition of anonymity.\n\n"
        "However, U.S. officials say there are more than 10,000 US troops deployed in Mexico.\n",
        encoding="utf-8",
    )
    result = invoke("scan", str(story), "--kb", str(STARTER), "--json")
    assert result.exit_code == 0, result.output
    assert "us-troops-in-mexico-10000" in result.output


def test_an_entry_is_skipped_and_the_story_below_it_read(kb: KnowledgeBase) -> None:
    # review49a: "The Pentagon (2025) said there ..." read as an author and a year, skipped with the list's entry
    text = (
        "US troops in Mexico\n"
        "\n"
        "Sources:\n"
        "\n"
        "Reuters (2026) US troops in Mexico. https://reuters.com/x\n"
        "\n"
        "In Mexico, U.S. Marines were approved: lawmakers approved 155 US Marines for a joint training exercise "
        "in Baja California in 2025.\n"
        "\n"
        "Washington, D.C. officials say there are more than 10,000 US troops deployed in Mexico.\n"
        "\n"
        "The Pentagon (2025) said there are more than 10,000 US troops deployed in Mexico.\n"
    )
    report = scan_article(parse_article(text, "story.txt"), kb)
    assert [(r.line, r.match.claim.id) for r in report.results if r.match] == [
        (7, "mar-2025-155-us-marines-fenix-exercise"),
        (9, "us-troops-in-mexico-10000"),
        (11, "us-troops-in-mexico-10000"),
    ]
    assert [r.line for r in report.results if r.reason == REFERENCE_ENTRY] == [5, 5]


@pytest.mark.parametrize(
    "sentence",
    [
        "However, U.S. officials say there are more than 10,000 US troops deployed in Mexico.",
        "However, U.S. and Mexican officials say there are more than 10,000 US troops deployed in Mexico.",
        "Reuters (2024) reported that there are more than 10,000 US troops deployed in Mexico.",
    ],
)
def test_a_sentence_right_below_a_sources_line_is_read(kb: KnowledgeBase, sentence: str) -> None:
    # review49a: "However, U.S." read as a surname and initials, "Reuters (2024)" as an author and a year
    report = scan_article(parse_article(f"Troops story\n\nSources\n{sentence}\n", "story.txt"), kb)
    (matched,) = [r for r in report.results if r.match]
    assert (matched.text, matched.match.claim.id) == (sentence, "us-troops-in-mexico-10000")
