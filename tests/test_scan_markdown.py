"""The Markdown report: sections and counts, and article text that cannot break it."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from factcheck.article import parse_article
from factcheck.cli.output import sanitize
from factcheck.matching import Match
from factcheck.model import Claim, KnowledgeBase, Source, Verdict
from factcheck.scan import ScanReport, Selection, SentenceResult, scan_article, summarize
from factcheck.scan_markdown import escape, link, markdown_report
from factcheck.store import load_knowledge_base

GFM = MarkdownIt("commonmark").enable("table")


def cell_tokens(markdown: str) -> list[list[Token]]:
    """The inline children of every table cell (header cells included)."""
    tokens = GFM.parse(markdown)
    return [
        t.children or []
        for i, t in enumerate(tokens)
        if t.type == "inline" and tokens[i - 1].type in ("th_open", "td_open")
    ]


def rendered_cell_text(children: list[Token]) -> str:
    return "".join(c.content for c in children if c.type in ("text", "code_inline"))


def visible(value: str) -> str:
    """What a reader should see of ``value``: control and bidi characters gone, spaces collapsed."""
    bidi = {"\u061c", "\u200e", "\u200f", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))}
    cleaned = "".join(" " if ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F or ch in bidi else ch for ch in value)
    return " ".join(cleaned.split())


MARKUP = st.sampled_from(
    [*list("|\\`*_[]()<>&!#~=-+.:;\"' \n\t"), "&amp;", "&#x41;", "<b>", "](", "http://x.y", "\x00"]
)


@settings(max_examples=300)
@given(st.lists(st.one_of(MARKUP, st.characters()), max_size=40).map("".join))
def test_escaped_text_reads_back_as_itself_in_a_table_cell(value: str) -> None:
    markdown = f"| a |\n|---|\n| {escape(value)} |\n"
    cells = cell_tokens(markdown)
    assert len(cells) == 2  # the header and our one cell: nothing split or swallowed the row
    assert all(child.type == "text" for child in cells[1]), [child.type for child in cells[1]]
    assert rendered_cell_text(cells[1]) == visible(value)


def tables(markdown: str) -> list[list[list[str]]]:
    """Each table of a Markdown document as rows of rendered cell texts (header row first)."""
    found: list[list[list[str]]] = []
    tokens = GFM.parse(markdown)
    for previous, token in itertools.pairwise(tokens):
        if token.type == "table_open":
            found.append([])
        elif token.type == "tr_open":
            found[-1].append([])
        elif token.type == "inline" and previous.type in ("th_open", "td_open"):
            found[-1][-1].append(rendered_cell_text(token.children or []))
    return found


def test_hostile_sentences_stay_in_their_cells(mini_kb: Path) -> None:
    sentences = [
        "There are more than 10,000 US troops | deployed in Mexico, says [the blog](javascript:alert(1)).",
        "The Mexican Navy has `180` ships <script>alert('x')</script> and **bold** claims_like_this.",
        "Is this | a <b>question</b>?",
    ]
    article = "\n\n".join(sentences)
    report = scan_article(parse_article(article.encode(), "hostile|name.txt"), load_knowledge_base(mini_kb))
    markdown = markdown_report(report, kb_label="claims|kb.yaml")

    tokens = GFM.parse(markdown)
    inline = [child for token in tokens if token.type == "inline" for child in token.children or []]
    assert not [t for t in tokens + inline if t.type.startswith("html")]
    # The knowledge base's source is the only link; the article's javascript: link is text.
    assert [t.attrGet("href") for t in inline if t.type == "link_open"] == ["https://example.org/border-mission"]
    matched, unmatched, skipped = tables(markdown)[1:]  # after the verdict counts
    for table in (matched, unmatched, skipped):
        assert len({len(row) for row in table}) == 1  # every row has as many cells as the header
    assert [row[1] for row in matched[1:] + unmatched[1:] + skipped[1:]] == sentences
    assert markdown.startswith("# Fact-check scan of hostile\\|name.txt\n")
    assert "Checked against claims\\|kb.yaml" in markdown


def test_report_sections_and_summary(mini_kb: Path) -> None:
    article = (
        "There are more than 10,000 US troops deployed in Mexico.\n\n"
        "The Mexican Navy operates more than 180 ships.\n\n"
        "Grab a coffee, because this is long.\n"
    )
    report = scan_article(parse_article(article.encode(), "a.txt"), load_knowledge_base(mini_kb))
    markdown = markdown_report(report, kb_label="claims.yaml")
    assert markdown.startswith(
        "# Fact-check scan of a.txt\n\n**3** sentences read; **2** checkable claims: **1** with a"
    )
    assert "| **FALSE** | 1 |" in markdown
    assert "## Claims with a fact-check (1)" in markdown
    assert (
        "| 1 | There are more than 10,000 US troops deployed in Mexico. | **FALSE** | `us-troops-in-mexico-10000`: "
        "There are more than 10,000 US troops deployed in Mexico. | " in markdown
    )
    assert "| [Example News](https://example.org/border-mission) |" in markdown
    assert "## Checkable claims with no fact-check (1)" in markdown
    assert "| 3 | The Mexican Navy operates more than 180 ships. | has a number (180);" in markdown
    assert "## Sentences not checked (1)" in markdown
    assert "| 5 | Grab a coffee, because this is long. | imperative/filler (grab) |" in markdown

    only_unmatched = markdown_report(report, only=Selection.UNMATCHED)
    assert "## Checkable claims with no fact-check (1)" in only_unmatched
    assert "## Claims with a fact-check" not in only_unmatched and "## Sentences not checked" not in only_unmatched
    assert "**3** sentences read" in only_unmatched  # the summary still counts everything


def test_empty_sections_say_none() -> None:
    report = scan_article(parse_article(b"The Senate voted 3 times.", "a.txt"), KnowledgeBase(()))
    markdown = markdown_report(report)
    assert "## Claims with a fact-check (0)\n\nNone." in markdown


def test_links_only_for_http_urls() -> None:
    assert link("Pub", "https://example.org/a (b)|c") == "[Pub](https://example.org/a%20%28b%29%7Cc)"
    assert link("x]y", "http://e.org") == "[x\\]y](http://e.org)"
    assert link("Bad", "javascript:alert(1)") == "Bad (javascript:alert(1))"


def test_claims_without_sources_say_none() -> None:
    claim = Claim("no-source", "The Senate voted twice on the same day.", Verdict.UNSUPPORTED, sources=())
    sourced = Claim("sourced", "A claim.", Verdict.TRUE, sources=(Source("https://e.org"),))
    report = scan_article(
        parse_article(b"The Senate voted twice on the same day.", "a.txt"), KnowledgeBase((claim, sourced))
    )
    assert report.summary.matched == 1
    assert markdown_report(report).count("| none |") == 1


def test_opposite_polarity_is_noted_in_the_report() -> None:
    claim = Claim("us-troops", "There are US troops in Mexico.", Verdict.MISLEADING, sources=(Source("https://e.org"),))
    results = (
        SentenceResult(
            1, "There are no US troops in Mexico.", True, "names an actor (US)", Match(claim, 0.9, "opposite")
        ),
    )
    report = ScanReport("a.txt", "text", results, summarize(results, 0.5))
    assert "There are US troops in Mexico. *(the sentence says the opposite;" in markdown_report(report)


def test_a_weak_match_is_a_possible_match_in_the_report_as_on_screen() -> None:
    # the Score column gave 0.53 as it gave 1.00: pasted into a ticket, a verdict beside a sentence that may say
    # something else read as the sentence's own (check and scan's text output call it a possible match)
    claim = Claim("us-troops", "There are US troops in Mexico.", Verdict.FALSE, sources=(Source("https://e.org"),))
    results = tuple(
        SentenceResult(line, "There are US troops in Mexico.", True, "names an actor (US)", Match(claim, score))
        for line, score in ((1, 0.97), (2, 0.53))
    )
    report = ScanReport("a.txt", "text", results, summarize(results, 0.5))
    scores = [row[4] for row in tables(markdown_report(report))[1][1:]]
    assert scores == ["0.97", "0.53 (possible match)"]


def test_the_summary_counts_possible_matches_apart_from_verdicts() -> None:
    # the Verdict table counted a possible match as a FALSE, beside a row that called it a possible match
    claim = Claim("us-troops", "There are US troops in Mexico.", Verdict.FALSE, sources=(Source("https://e.org"),))
    results = tuple(
        SentenceResult(line, "There are US troops in Mexico.", True, "names an actor (US)", Match(claim, score))
        for line, score in ((1, 0.97), (2, 0.53), (3, 0.97))
    )
    report = markdown_report(ScanReport("a.txt", "text", results, summarize(results, 0.5)))
    assert "**3** with a fact-check (1 of them a possible match)," in report
    assert tables(report)[0][1:] == [["FALSE", "3 (1 possible match)"]]
    strong = results[:1]
    report = markdown_report(ScanReport("a.txt", "text", strong, summarize(strong, 0.5)))
    assert "**1** with a fact-check, " in report and "| **FALSE** | 1 |" in report.splitlines()


def test_a_line_or_paragraph_separator_is_left_out_of_a_link() -> None:
    # the report's list of control characters lacked U+2028 and U+2029, which the text output escapes: a URL kept
    # them raw, a line break to a reader that splits lines on them
    assert link("source", "https://example.org/a\u2028b\u2029c") == "[source](https://example.org/abc)"


def test_the_report_drops_every_character_the_text_output_escapes() -> None:
    for code in range(0x3000):
        char = chr(code)
        if char not in "\t\n" and sanitize(char) != char:
            assert escape(f"a{char}b") == "a b", hex(code)
            assert link("s", f"https://example.org/a{char}b") == "[s](https://example.org/ab)", hex(code)
