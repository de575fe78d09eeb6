"""``factcheck export --format markdown``: the claims as a handout to read, print or paste (a class's fact-sheet).

A teacher who wants to hand the class's fact-checks to students had ClaimReview JSON-LD, JSON or CSV, and a
``list`` of tab-separated lines: none of them a page a student reads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.cli import ExitCode
from factcheck.exporting import ExportFormat, export_text
from factcheck.model import Claim, Source, Verdict

Invoke = Callable[..., Result]

CLASS_CLAIMS = """\
claims:
  - id: merida-sent-troops
    claim: The Mérida Initiative sent US troops to Mexico.
    verdict: "false"
    summary: The Mérida Initiative funded equipment and training; it sent no US troops.
    tags: [class]
    sources:
      - url: https://www.eastbaytimes.com/2007/10/23/mexico-us-announce-billion-dollar-aid-package-to-fight-organized-crime/
        publisher: East Bay Times
        date: "2007-10-23"
        quote: "The package does not include US troops"
      - url: https://thesweetdesigns.com/blog/us-troops-in-mexico-numbers
        publisher: thesweetdesigns.com
        note: Where the claim appeared.
  - id: troops-invaded
    claim: US troops have invaded Mexico in the past.
    verdict: "true"
    tags: [history]
"""


def test_the_handout_names_each_claim_its_verdict_summary_and_sources(invoke: Invoke, write_kb) -> None:
    kb = write_kb(CLASS_CLAIMS)
    result = invoke("export", "--format", "markdown", "--kb", str(kb))
    assert result.exit_code == ExitCode.OK, result.output
    out = result.stdout
    assert out.startswith("# Fact-checks\n")
    assert "## FALSE: The Mérida Initiative sent US troops to Mexico.\n" in out
    assert "The Mérida Initiative funded equipment and training; it sent no US troops.\n" in out
    assert (
        "- [East Bay Times](https://www.eastbaytimes.com/2007/10/23/mexico-us-announce-billion-dollar-aid-package-"
        "to-fight-organized-crime/), 2007-10-23: “The package does not include US troops”\n"
    ) in out
    # where the claim appeared is no source of the verdict: named apart, not among the sources
    assert "Where the claim appeared: [thesweetdesigns.com](https://thesweetdesigns.com/blog/" in out
    assert "## TRUE: US troops have invaded Mexico in the past.\n" in out
    assert out.index("## FALSE") < out.index("## TRUE")  # the file's order


def test_the_handout_takes_the_filters_and_writes_a_file(invoke: Invoke, write_kb, tmp_path: Path) -> None:
    kb = write_kb(CLASS_CLAIMS)
    handout = tmp_path / "handout.md"
    result = invoke("export", "--format", "markdown", "--tag", "class", "-o", str(handout), "--kb", str(kb))
    assert result.exit_code == ExitCode.OK, result.output
    text = handout.read_text(encoding="utf-8")
    assert "Mérida" in text and "invaded" not in text
    assert "1 claim" in text
    assert "warning" not in result.stderr  # a .md file is what a Markdown export is named


def test_markdown_from_text_is_escaped() -> None:
    claim = Claim(
        id="x",
        claim="A <script>alert(1)</script> | [link](http://evil) claim",
        verdict=Verdict.FALSE,
        summary="*not bold*",
        sources=(Source(url="javascript:alert(1)", publisher="Evil"),),
    )
    text = export_text([claim], ExportFormat.MARKDOWN)
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "\\[link\\]" in text and "\\*not bold\\*" in text
    assert "](javascript:" not in text


def test_markdown_is_named_and_md_is_answered_with_its_name() -> None:
    assert export_text([], "Markdown").startswith("# Fact-checks")
    with pytest.raises(ValueError, match="did you mean 'markdown'"):
        export_text([], "md")


def test_a_claim_with_neither_summary_nor_sources_says_no_source_backs_it(invoke: Invoke, write_kb) -> None:
    # fixteacher122 (review finding 9b): a claim with a summary but no source said so, one with neither did not
    result = invoke("export", "--format", "markdown", "--kb", str(write_kb(CLASS_CLAIMS)))
    after = result.stdout.split("## TRUE: US troops have invaded Mexico in the past.\n", 1)[1]
    assert after.lstrip("\n").startswith("No source backs this verdict yet.\n"), after
