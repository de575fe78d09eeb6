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
from factcheck.handout import reader_note
from factcheck.model import Claim, Source, Verdict
from factcheck.scan_markdown import escape

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
        "to-fight-organized-crime/) (https://www.eastbaytimes.com/2007/10/23/mexico-us-announce-billion-dollar-aid-"
        "package-to-fight-organized-crime/), 2007-10-23: “The package does not include US troops”\n"
    ) in out  # no title: its URL as text too, for a printed page
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


# posts124: Markdown block syntax in a claim's text or summary (a line starting with "#", "- ", "1. ", "---"...) made
# a heading, a list or a rule of it in the handout; each is shown as the text it is, and ordinary text is unchanged.


def _handout_of(claim: str = "A claim.", summary: str | None = None, sources: tuple[Source, ...] = ()) -> str:
    text = export_text(
        [Claim(id="x", claim=claim, verdict=Verdict.FALSE, summary=summary, sources=sources)], "markdown"
    )
    return text.split("\n\n", 2)[2]  # the claim's section: after the title and the count


@pytest.mark.parametrize(
    ("summary", "shown"),
    [
        ("# Heading injected", "\\# Heading injected"),
        ("###### Six", "\\###### Six"),
        ("- a list item", "\\- a list item"),
        ("+ a list item", "\\+ a list item"),
        ("1. first", "1\\. first"),
        ("2026. The year it happened.", "2026\\. The year it happened."),
        ("3) third", "3\\) third"),
        ("---", "\\---"),
        ("- - -", "\\- - -"),
        ("===", "==="),  # a setext underline only under a line of text: none here
        ("> quoted", "&gt; quoted"),
        ("```\nrm -rf /\n```", "\\`\\`\\` rm -rf / \\`\\`\\`"),
        ("~~~ fence", "\\~\\~\\~ fence"),
        ("| a | b |\n|---|---|", "\\| a \\| b \\| \\|---\\|---\\|"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("    indented code", "indented code"),
        ("# Heading\n> quoted\n- item", "\\# Heading &gt; quoted - item"),
    ],
)
def test_block_syntax_opening_a_summary_is_shown_as_text(summary: str, shown: str) -> None:
    section = _handout_of(summary=summary)
    assert section.split("\n\n")[1] == shown, section


@pytest.mark.parametrize(
    ("claim", "heading"),
    [
        ("Vote for item #", "## FALSE: Vote for item \\#"),  # a closing sequence: the '#' was dropped
        ("Vote for item ###", "## FALSE: Vote for item \\###"),
        ("# Not a heading", "## FALSE: # Not a heading"),  # inside a heading already: as it is
        ("C# is a language", "## FALSE: C# is a language"),
        ("Item #1 sold out", "## FALSE: Item #1 sold out"),
    ],
)
def test_a_claim_ending_in_a_hash_keeps_it_in_its_heading(claim: str, heading: str) -> None:
    assert _handout_of(claim=claim).split("\n")[0] == heading


def test_a_source_shown_as_text_opening_with_block_syntax_stays_one_list_item() -> None:
    # a URL that is no http(s) one is shown as text: "- # Evil (ftp://...)" was a heading inside the list item
    section = _handout_of(sources=(Source(url="ftp://example.org/a", publisher="# Evil"),))
    assert "- \\# Evil (ftp://example.org/a)\n" in section
    linked = _handout_of(sources=(Source(url="https://example.org/a", publisher="# Pub", title="1. Title"),))
    assert "- [# Pub](https://example.org/a), “1. Title”\n" in linked  # inside a link and after a comma: as it is


@pytest.mark.parametrize(
    "summary",
    [
        "The Mérida Initiative funded equipment and training; it sent no US troops.",
        "10,000 troops were sent to the US side of the border, not to Mexico.",
        "3.5 million people, 2026 figures.",
        "-5 degrees was the record, +3 the mean.",  # a sign before a number: no list
        "#MeToo began in 2017.",  # a hashtag: no heading (no space after '#')
        "Sheinbaum dijo que «no vendrán»; véase https://www.gob.mx/presidencia.",
        "Шейнбаум заявила, что войска США не придут.",
        "谢因鲍姆说美国军队不会来墨西哥。",
        "شينباوم قالت إن القوات الأمريكية لن تأتي.",
        "See [the report](https://example.org) for more.",
    ],
)
def test_ordinary_text_opening_a_summary_is_unchanged(summary: str) -> None:
    assert _handout_of(summary=summary).split("\n\n")[1] == escape(summary)
    if not any(mark in summary for mark in "[]"):
        assert escape(summary) == summary  # ordinary text: nothing escaped at all


# posts124: a source's research notes ("URL slug: ...", "title not shown") were shown to students; the rest of a
# note, what a reader needs to weigh the source (a translation, a caveat), is still shown.


@pytest.mark.parametrize(
    ("note", "shown"),
    [
        (
            "title not shown; URL slug: sheinbaum-quells-concerns; quote is senator Clemente Castañeda, translated",
            " *(quote is senator Clemente Castañeda, translated)*",
        ),
        (
            "opinion; date not shown; title not shown; URL slug: apuntes-respaldo; PARTLY VERIFIED: secondary "
            "transcription",
            " *(opinion; date not shown; PARTLY VERIFIED: secondary transcription)*",
        ),
        ("title not shown; URL slug: mexico-fast-tracks-law", ""),
        ("Title not shown", ""),
        (
            "mirror/repost of AFP wire copy; original not checked",
            " *(mirror/repost of AFP wire copy; original not checked)*",
        ),
        (
            "translation of El Sol de México; date not shown (describes a 2021 decree)",
            " *(translation of El Sol de México; date not shown (describes a 2021 decree))*",
        ),
        ("the URL slug says 2024 but the page says 2025", " *(the URL slug says 2024 but the page says 2025)*"),
    ],
)
def test_a_sources_research_notes_are_left_out_of_the_handout(note: str, shown: str) -> None:
    source = Source(url="https://example.org/a", publisher="Example", date="2025-03-01", note=note)
    section = _handout_of(sources=(source,))
    assert f"- [Example](https://example.org/a) (https://example.org/a), 2025-03-01{shown}\n" in section, section
    assert "slug:" not in section


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        # the slug alone is the desk's: what follows it in the same part is the reader's (review of posts124)
        ("URL slug: x, quote is the senator, translated", "quote is the senator, translated"),
        ("date not shown; URL slug: a-b-c; translated", "date not shown; translated"),
        # a slug left empty is the desk's token all the same (review of the integration)
        (
            "URL slug: x, quote is the senator, translated; URL slug:; title not shown;;",
            "quote is the senator, translated",
        ),
        # nothing dropped: the note as written, its own separators and spacing (a ';jsessionid=' kept whole)
        ("a;b;;c ; d", "a;b;;c ; d"),
        ("mirror at https://example.org/a;jsessionid=1", "mirror at https://example.org/a;jsessionid=1"),
        ("the URL slug says 2024 but the page says 2025", "the URL slug says 2024 but the page says 2025"),
    ],
)
def test_only_the_research_token_is_dropped_and_a_note_without_one_is_unchanged(note: str, kept: str) -> None:
    assert reader_note(note) == kept


def test_a_source_without_a_title_shows_its_url_as_text_for_print() -> None:
    # a printed handout shows no link target: "title not shown" and its slug gone, "[TAG24](...)" named no article;
    # its URL is shown as text (no title is made up)
    url = "https://www.tag24.de/thema/mexiko_wahl-3361"
    section = _handout_of(sources=(Source(url=url, publisher="TAG24", date="2026-01-20", note="title not shown"),))
    assert f"- [TAG24]({url}) (https://www.tag24.de/thema/mexiko\\_wahl-3361), 2026-01-20\n" in section, section
    titled = _handout_of(sources=(Source(url=url, publisher="TAG24", title="Wahl in Mexiko"),))
    assert f"- [TAG24]({url}), “Wahl in Mexiko”\n" in titled, titled  # a title identifies it: no URL as text
    bare = _handout_of(sources=(Source(url=url),))
    shown = "https://www.tag24.de/thema/mexiko\\_wahl-3361"
    assert f"- [{shown}]({url})\n" in bare, bare  # the URL is the link's label already: shown once


def test_the_starter_claims_handout_shows_no_url_slug(invoke: Invoke) -> None:
    result = invoke("export", "--format", "markdown")
    assert result.exit_code == ExitCode.OK, result.output
    assert "Castañeda, translated" in result.stdout and "PARTLY VERIFIED" in result.stdout
    assert "slug" not in result.stdout.lower() and "title not shown" not in result.stdout


def test_bom_with_markdown_is_refused_naming_markdown(invoke: Invoke, write_kb) -> None:
    result = invoke("export", "--format", "markdown", "--bom", "--kb", str(write_kb(CLASS_CLAIMS)))
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert result.stderr == (
        "factcheck: error: --bom applies to --format csv only (a Markdown handout is read as UTF-8 without one)\n"
    )
