"""Reading articles: unusable input refused clearly, formats recognised, markup removed, lines kept."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.article import (
    _HTML_TAG,
    _MARKDOWN_SIGNS,
    MAX_ARTICLE_BYTES,
    InputFormat,
    detect_format,
    parse_article,
    read_article,
    read_source,
    text_blocks,
)
from factcheck.blocks import Block, BlockBuilder, BlockKind
from factcheck.errors import InputError
from factcheck.htmltext import html_blocks
from factcheck.markdowntext import markdown_blocks
from factcheck.sentences import split_sentences


def texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks]


# --- unusable input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"\xef\xbb\xbf", "is empty"),  # a UTF-8 byte order mark and nothing else
        (b"PK\x03\x04\x14\x00\x00\x00binary", "is a zip file (as a Word .docx"),  # was "binary data"
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not text"),
        # Notepad's "Unicode": its writer was told only of iconv, where the claims file's message named Save As
        (b"\xff\xfeU\x00S\x00", "what Notepad and Word call 'Unicode'); save it again with the encoding UTF-8"),
        (b"\xfe\xff\x00U\x00S", "(Save As, Encoding: UTF-8) or convert it (e.g. with iconv)"),
        # without a byte-order mark it was "binary data, not text"; the byte order comes with the hint
        ("US troops in México.\n".encode("utf-16-le"), "is UTF-16LE text without a byte-order mark"),
        ("US troops in México.\n".encode("utf-16-be"), "(e.g. iconv -f UTF-16BE -t UTF-8)"),
        (b"a NUL\x00 or two\x00 in UTF-8 text", "binary data"),  # not every other byte: no guess
        ("UTF-32 text".encode("utf-32-le"), "binary data"),  # NULs on both sides of each pair
    ],
)
def test_unusable_bytes_are_refused_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=r"^article\.txt: ") as info:
        parse_article(data, "article.txt")
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("data", "blocks"),
    [
        # an old DOS or Windows editor's end-of-file mark was read as a last paragraph ("\x1a", too short)
        (
            b"US troops are in Mexico.\r\n\r\nThe Pentagon denies it.\r\n\x1a",
            ["US troops are in Mexico.", "The Pentagon denies it."],
        ),
        (b"US troops are in Mexico.\x1a", ["US troops are in Mexico."]),
        # anywhere else it is text's, as before: a line break after it, a second one before it, inside a line
        (b"US troops are in Mexico.\n\n\x1a\n", ["US troops are in Mexico.", "\x1a"]),
        (b"US troops are in Mexico.\n\n\x1a\x1a", ["US troops are in Mexico.", "\x1a"]),
        (b"US troops\x1a are in Mexico.", ["US troops\x1a are in Mexico."]),
    ],
)
def test_only_a_final_ctrl_z_is_dropped(data: bytes, blocks: list[str]) -> None:
    assert texts(list(parse_article(data, "article.txt").blocks)) == blocks


def test_a_ctrl_z_alone_is_an_empty_article() -> None:
    with pytest.raises(InputError, match="is empty, nothing to scan"):
        parse_article(b"\x1a", "article.txt")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # as the claims file's: its line and column, its character in Windows-1252 ("byte 0xe9 on line 1" alone)
        (
            b"Caf\xe9 con leche.\nSecond line \xe9.",
            "article.txt:1:4: error: not UTF-8 text: byte 0xe9 is '\xe9' in Windows-1252 (Latin-1); "
            "save the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)",
        ),
        # a no-break space or a soft hyphen is named, not shown as a blank between quotes
        (b"10,000\xa0troops", "article.txt:1:7: error: not UTF-8 text: byte 0xa0 is a no-break space in Windows-1252"),
        (b"mis\xadleading", "article.txt:1:4: error: not UTF-8 text: byte 0xad is a soft hyphen in Windows-1252"),
        # Windows and old Mac line ends count as one, as the article's lines are read
        (b"fine\r\nfine\rbad \x97 here", "article.txt:3:5: error: not UTF-8 text: byte 0x97 is '\u2014' in Windows"),
        (b"fine\nfine\nbad \x81 here", "article.txt:3:5: error: not UTF-8 text (byte 0x81; a binary file?)"),
        (
            b"caf\xc3\xa9 then \x97",
            "1:11: error: not UTF-8 text: byte 0x97 is '\u2014' in Windows-1252 (Latin-1); the text",
        ),
    ],
)
def test_text_not_utf8_is_named_as_in_the_claims_file(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as info:
        parse_article(data, "article.txt")
    assert str(info.value).startswith(message) if message.startswith("article") else message in str(info.value)


@pytest.mark.parametrize(
    ("data", "document"),
    [
        # a PDF: its binary-marker comment line, a NUL byte or bytes no UTF-8 early
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
        (b"%PDF-1.4\r\n%\xc7\xec\x8f\xa2\r\n1 0 obj\n", "a PDF document"),
        (b"%PDF-1.3\n1 0 obj\n<< /Length 9 >>\nstream\nx\x9c\x00\x01endstream\n", "a PDF document"),
        (b"%PDF-1.3\n1 0 obj\nstream\nx\x9c\xcb\x48\xcd\xc9\xc9\x07\x00\nendstream\n", "a PDF document"),
        # an RTF file: '{\rtf1' and a control word
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} US soldiers are in Mexico.\\par}", "an RTF document"),
        (b"{\\rtf1\\mac\\ansicpg10000 Text.\\par}", "an RTF document"),
        (b"{\\rtf1\r\n\\ansi Text.\\par}", "an RTF document"),
        # texts whose first line starts as those formats do: read as the texts they are
        (b"%PDF- is how a PDF file starts. US troops are in Mexico.\n", None),
        (b"%PDF-1.7 is the version most tools write.\nUS troops are in Mexico.\n", None),
        ("%PDF-1.7\n% notes on the format, caf\u00e9 \u2014 in UTF-8\nUS troops are in Mexico.\n".encode(), None),
        (b"{\\rtf is how an RTF file starts. US troops are in Mexico.\n", None),
        (b"{\\rtf1 is the version. US troops are in Mexico.\n", None),
    ],
)
def test_a_pdf_or_rtf_document_is_told_from_a_text_starting_as_one(data: bytes, document: str | None) -> None:
    # a text whose first line started with '%PDF-' or '{\\rtf' was refused as a document
    if document is None:
        assert parse_article(data, "notes.txt")
        return
    with pytest.raises(InputError, match=rf"^article\.txt: error: is {document}, not text"):
        parse_article(data, "article.txt")


def test_html_without_readable_text_is_refused() -> None:
    page = b"<html><head><title>T</title></head><body><script>var x = 'Hello. World.';</script></body></html>"
    with pytest.raises(InputError, match="no readable text in this html input"):
        parse_article(page, "page.html")


def test_missing_file_folder_and_url(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt: error: no such file"):
        read_source(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a folder, not a file"):
        read_source(str(tmp_path))
    for url in ("https://example.com/story", "http://x.org", "www.example.com/a.html", "HTTPS://EXAMPLE.COM"):
        with pytest.raises(InputError, match="save the page first") as info:
            read_source(url)
        assert "never goes on the network" in str(info.value)


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: costs no disk and no time
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    with pytest.raises(InputError, match="too large to be an article \\(more than 20 MB\\)"):
        read_source(str(big))


def test_standard_input_over_the_limit_is_refused() -> None:
    stream = io.BytesIO(b"a" * (MAX_ARTICLE_BYTES + 1))
    with pytest.raises(InputError, match="<stdin>: error: too large"):
        read_source("-", stream)


def test_a_file_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "limit.txt"
    path.write_bytes(b"x" * MAX_ARTICLE_BYTES)
    data, name = read_source(str(path))
    assert len(data) == MAX_ARTICLE_BYTES and name == str(path)


def test_standard_input_is_read_with_its_name() -> None:
    article = read_article("-", io.BytesIO(b"Mexico's Senate voted.\n"))
    assert article.name == "<stdin>"
    assert texts(list(article.blocks)) == ["Mexico's Senate voted."]


def test_byte_order_mark_and_windows_line_ends() -> None:
    article = parse_article(b"\xef\xbb\xbfFirst line.\r\nSecond line.\r\n\r\nNew paragraph.", "a.txt")
    assert texts(list(article.blocks)) == ["First line. Second line.", "New paragraph."]
    assert [b.line for b in article.blocks] == [1, 4]


# --- recognising the format ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("story.html", "Just text.", InputFormat.HTML),
        ("story.HTM", "Just text.", InputFormat.HTML),
        ("notes.md", "Just text.", InputFormat.MARKDOWN),
        ("notes.txt", "# Looks like Markdown", InputFormat.TEXT),
        ("notes.txt", "Text about <html> tags.", InputFormat.TEXT),
        ("page.txt", "<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>", InputFormat.HTML),  # a page saved as .txt
        # a page saved under any ending ('curl -L -o downloaded-debate.srt URL' saved a login wall or a 404
        # page): read as subtitles, its markup was a sentence, exit 0
        ("downloaded-debate.srt", "<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>", InputFormat.HTML),
        ("debate.VTT", "<!-- saved -->\n<html lang=en><body>Not found</body></html>", InputFormat.HTML),
        ("notes.md", "\n<!doctype html><html><p>Hi</p></html>", InputFormat.HTML),
        ("notes.md", "Text about <html> tags.", InputFormat.MARKDOWN),
        ("debate.srt", "1\n00:00:01,000 --> 00:00:02,000\n<i>Hi</i>\n", InputFormat.SUBTITLES),
        ("<stdin>", "<!DOCTYPE html><html><body><p>Hi</p></body></html>", InputFormat.HTML),
        ("<stdin>", "<!-- saved page -->\n<html lang=en>", InputFormat.HTML),
        ("<stdin>", "<div><p>One</p><p>Two</p></div>", InputFormat.HTML),
        ("<stdin>", "# Title\n\nText.", InputFormat.MARKDOWN),
        ("<stdin>", "Intro with a [link](https://example.com).", InputFormat.MARKDOWN),
        ("<stdin>", "Title\n=====\n\nText.", InputFormat.MARKDOWN),
        ("<stdin>", "Some **bold** claim.", InputFormat.MARKDOWN),
        ("article", "Plain words. 3 < 5 and 5 > 3. #hashtag", InputFormat.TEXT),
        ("<stdin>", "US troops: a list\n- one\n- two", InputFormat.TEXT),
    ],
)
def test_detect_format(name: str, text: str, expected: InputFormat) -> None:
    assert detect_format(text, name) is expected


@pytest.mark.parametrize(
    "text",
    [
        "A [link](https://example.com/a_(b)) and more.",
        'A [link](https://example.com "its title").',
        "An image: ![a map](map.png).",
        "<p>One</p>\n<p class='x'>Two</p>\n<div id=a>Three</div>",
    ],
)
def test_piped_markdown_and_html_are_still_told_by_their_links_and_tags(text: str) -> None:
    assert detect_format(text, "<stdin>") in (InputFormat.MARKDOWN, InputFormat.HTML)


@pytest.mark.parametrize(
    ("sign", "text"),
    [
        (_MARKDOWN_SIGNS, "[a[b](c)"),
        (_MARKDOWN_SIGNS, "[a](b[c)"),
        # a '[...]' in an address is read, but not one opening the next link: it stops there
        (_MARKDOWN_SIGNS, "[a](b[c](d)"),
        (_HTML_TAG, "<p <p>"),
    ],
    ids=["link text", "link address", "link address holding the next link", "tag"],
)
def test_a_sign_of_markdown_or_html_read_from_a_bracket_stops_at_the_next(sign: re.Pattern[str], text: str) -> None:
    # fuzz22: each '[' (or '<p') read to the end of the 64 kB sniffed: "[a](" repeated in 8 kB piped to
    # 'scan -' took 114 s, the time growing with the cube of the size ("[" and "<p" runs: the square).
    # Read from the first bracket only up to the second, each character is read a bounded number of
    # times (timed by bench/hostile_input.py, rows 'stdin')
    assert sign.match(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Read [the report](https://x.org/?f[topic]=x) about it.",
        'See [the list](https://x.org/search?a[]=1&b[c]=2 "Search").',
    ],
)
def test_piped_markdown_whose_links_hold_a_bracket_in_their_address_is_markdown(text: str) -> None:
    # a query written '?f[topic]=x' (search pages' filters): the link stopped at its '[' and the page,
    # its only links such, was read as plain text, the link's markup in its sentences
    assert detect_format(text, "<stdin>") is InputFormat.MARKDOWN
    assert _MARKDOWN_SIGNS.search(text) is not None


@pytest.mark.parametrize("text", ["[a](b [c])", "[a](b[c d])", "[a](b[c", "[1] and (see x)"])
def test_a_bracket_in_an_address_does_not_make_markdown_of_what_is_no_link(text: str) -> None:
    assert _MARKDOWN_SIGNS.search(text) is None


def test_the_format_can_be_forced() -> None:
    data = b"# Not a heading here\n\nJust *text*."
    assert parse_article(data, "a", InputFormat.TEXT).blocks[0].text == "# Not a heading here"
    assert parse_article(data, "a", InputFormat.MARKDOWN).blocks[0].text == "Not a heading here"


# --- plain text ---------------------------------------------------------------------------------


def test_plain_text_paragraphs_list_items_and_title_lines() -> None:
    text = (
        "US Troops in Mexico: Numbers and Roles\n"  # a title alone on its line
        "\n"
        "The Legal Framework\n"  # a Title Case title over its paragraph
        "The Senate must approve foreign troops. It approved 155 Marines in\n"
        "March 2025 for an exercise.\n"
        "\n"
        "Key facts:\n"
        "- 10 trainers in February 2025\n"
        "* 19 SEALs in 2026, approved\n"
        "  after a vote.\n"
        "1. First numbered point.\n"
        "2) Second numbered point.\n"
        "\n"
        "J. Smith wrote this paragraph, which starts with an initial.\n"
    )
    blocks = text_blocks(text)
    assert [(b.kind, b.text, b.line) for b in blocks] == [
        (BlockKind.HEADING, "US Troops in Mexico: Numbers and Roles", 1),
        (BlockKind.HEADING, "The Legal Framework", 3),
        (
            BlockKind.PARAGRAPH,
            "The Senate must approve foreign troops. It approved 155 Marines in March 2025 for an exercise.",
            4,
        ),
        (BlockKind.PARAGRAPH, "Key facts:", 7),
        (BlockKind.ITEM, "10 trainers in February 2025", 8),
        (BlockKind.ITEM, "19 SEALs in 2026, approved after a vote.", 9),
        (BlockKind.ITEM, "First numbered point.", 11),
        (BlockKind.ITEM, "Second numbered point.", 12),
        (BlockKind.PARAGRAPH, "J. Smith wrote this paragraph, which starts with an initial.", 14),
    ]
    assert blocks[2].line_at(blocks[2].text.index("March")) == 5


def test_a_thread_s_counters_are_list_markers() -> None:
    # "1/ So here's the deal." was a claim, "has a number (1)", and a post of one line with no full stop a title:
    # "3/ MEXICO BANS 10,000 US TROOPS FROM ITS SOIL" was "heading without a verb"
    text = (
        "1/ So here's the deal.\n\n3/ MEXICO BANS 10,000 US TROOPS FROM ITS SOIL\n\n(4/5) Share this.\n\n"
        "1/2 of the troops left in March.\n"
    )
    assert [(b.kind, b.text) for b in text_blocks(text)] == [
        (BlockKind.ITEM, "So here's the deal."),
        (BlockKind.ITEM, "MEXICO BANS 10,000 US TROOPS FROM ITS SOIL"),
        (BlockKind.ITEM, "Share this."),
        (BlockKind.PARAGRAPH, "1/2 of the troops left in March."),  # a fraction is no counter
    ]


@pytest.mark.parametrize(
    "marker",
    [
        "\u25cf ",  # Google Docs' bullets, pasted as text: its first level, then its second and third
        "\u25cb ",
        "\u25a0 ",
        "\uf0b7\t",  # Word's bullet in the Symbol font, pasted as a private-use character, then a tab
        "\uf0a7\t",  # Word's square bullet (Wingdings)
        "o\t",  # Word's second level: a letter o in Courier New, then a tab
        "\u2013\t",  # Word's AutoFormat turns "- " into an en dash and a tab
        "\u27a2 ",
        "\u2043 ",
        "\u25ba ",
    ],
)
def test_a_word_processor_s_bullets_pasted_as_text_are_list_markers(marker: str) -> None:
    # a draft pasted from Google Docs or Word kept its bullet in the sentence ("\u25cf The Pentagon runs ..."), and
    # an en dash's was an attribution, "who said the quote above": the claim was skipped
    claim = "The Pentagon runs Mexico's internal anti-cartel security operations."
    text = f"Key facts:\n{marker}{claim}\n{marker}Second.\n"
    assert [(b.kind, b.text) for b in text_blocks(text)] == [
        (BlockKind.PARAGRAPH, "Key facts:"),
        (BlockKind.ITEM, claim),
        (BlockKind.ITEM, "Second."),
    ]


def test_a_note_s_number_opening_its_line_is_a_marker_not_a_number_to_check() -> None:
    # the notes under a draft pasted as text: "[2] CRS IF10578." was a claim to research, "has a number (2)"
    text = "Congress spent about $3.5 billion on it.[2]\n\n[1] NORTHCOM border page.\n[2] CRS IF10578.\n"
    blocks = text_blocks(text)
    assert [(b.kind, b.text) for b in blocks[1:]] == [
        (BlockKind.ITEM, "NORTHCOM border page."),
        (BlockKind.ITEM, "CRS IF10578."),
    ]
    assert [(b.kind, b.text) for b in text_blocks("The count was [2] and rising.\n")] == [
        (BlockKind.PARAGRAPH, "The count was [2] and rising.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a citation's "[2]" wrapped to the start of a line (email, ``fmt``) is no note: the claim was cut in two
        "Previous reports\n[2] and [3] show that 10,000 US troops are in Mexico.\n",
        "The Pentagon, which cited the CRS note\n[2] and NORTHCOM's page, said 10,000 US troops are on the border.\n",
        "[2] and [3] show that 10,000 US troops are in Mexico.\n",
    ],
)
def test_a_citation_s_number_wrapped_to_a_line_s_start_is_no_note(text: str) -> None:
    assert [(b.kind, b.text) for b in text_blocks(text)] == [(BlockKind.PARAGRAPH, text.replace("\n", " ").strip())]


def test_notes_under_a_draft_are_told_by_the_line_above() -> None:
    # after a sentence's end or another note, and opening a paragraph before a capital, "[n]" is a note's marker
    text = "The troops left in 1917.\n[1] NORTHCOM border page\n[2] CRS IF10578.\n\n[3] Senate vote, 2025.\n"
    assert [(b.kind, b.text) for b in text_blocks(text)] == [
        (BlockKind.PARAGRAPH, "The troops left in 1917."),
        (BlockKind.ITEM, "NORTHCOM border page"),
        (BlockKind.ITEM, "CRS IF10578."),
        (BlockKind.ITEM, "Senate vote, 2025."),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "\u2013 Claudia Sheinbaum, press conference",  # a quote's attribution, after a space, stays one
        "o The troops left in 1917.",  # a letter o and a space: a word, not Word's bullet
        "\u2014\tClaudia Sheinbaum",
    ],
)
def test_what_only_looks_like_a_word_processor_s_bullet_is_no_list_marker(line: str) -> None:
    (block,) = text_blocks(f"\u201cOur territory is inviolable.\u201d\n{line}\n")
    assert block.kind is BlockKind.PARAGRAPH and line.split()[-1] in block.text


def test_wrapped_lines_are_not_mistaken_for_titles() -> None:
    text = (
        "The Senate approved the entry of 155 US Marines for a joint\n"
        "Exercise that ran from March to April on Isla Santa Margarita, Baja California Sur.\n"
    )
    assert texts(text_blocks(text)) == [" ".join(text.split())]


# --- Markdown -----------------------------------------------------------------------------------


def test_markdown_structure_and_inline_syntax() -> None:
    text = (
        "---\n"
        "title: front matter is not prose\n"
        "---\n"
        "# The *legal* side\n"
        "\n"
        "Under [Article 76](https://example.com/a76 'title') the **Senate** decides; see\n"
        "`factcheck` and ![a photo of troops](photo.jpg) the vote &amp; the <span>record</span>.\n"
        "\n"
        "> Quoted claim: 155 Marines arrived.\n"
        "\n"
        "- item *one*\n"
        "- item two\n"
        "  continued\n"
        "\n"
        "```python\n"
        "print('code is skipped. Always.')\n"
        "```\n"
        "\n"
        "    indented code is skipped too.\n"
        "\n"
        "| Year | Troops |\n"
        "|------|--------|\n"
        "| 2025 | 155 \\| armed |\n"
        "\n"
        "Setext title\n"
        "------------\n"
        "<div>Raw <b>HTML</b> block.</div>\n"
    )
    blocks = markdown_blocks(text)
    assert [(b.kind, b.text, b.line) for b in blocks] == [
        (BlockKind.HEADING, "The legal side", 4),
        (BlockKind.PARAGRAPH, "Under Article 76 the Senate decides; see factcheck and the vote & the record.", 6),
        (BlockKind.QUOTE, "Quoted claim: 155 Marines arrived.", 9),
        (BlockKind.ITEM, "item one", 11),
        (BlockKind.ITEM, "item two continued", 12),
        (BlockKind.CELL, "Year", 21),
        (BlockKind.CELL, "Troops", 21),
        (BlockKind.CELL, "2025", 23),
        (BlockKind.CELL, "155 | armed", 23),
        (BlockKind.HEADING, "Setext title", 25),
        (BlockKind.PARAGRAPH, "Raw HTML block.", 27),
    ]
    paragraph = blocks[1]
    assert paragraph.line_at(paragraph.text.index("factcheck")) == 7


def test_markdown_footnote_marks_go_and_their_notes_stay() -> None:
    # "[^1]" was a sentence of its own, and its "1" made the note look like a claim with a number
    text = "US troops are in Mexico.[^1] More[^note-2] text.\n\n[^1]: Source: a newspaper.\n"
    assert [(b.text, b.line) for b in markdown_blocks(text)] == [
        ("US troops are in Mexico. More text.", 1),
        ("Source: a newspaper.", 3),
    ]
    assert [b.text for b in markdown_blocks("Code `[^1]` stays.")] == ["Code [^1] stays."]


# --- HTML ---------------------------------------------------------------------------------------


def test_html_keeps_article_text_and_drops_furniture() -> None:
    page = (
        "<html><head><title>Page title</title><style>p { color: red }</style></head>\n"
        "<body>\n"
        "<nav><a href='/'>Home</a> <a href='/subscribe'>Subscribe now.</a></nav>\n"
        "<h1>US Troops <em>in</em> Mexico</h1>\n"
        "<p>The <b>U.</b>S. Senate &amp; the\n"
        "president agreed.</p>\n"
        "<div hidden><div>Hidden <div>nested</div> text.</div> still hidden.</div>\n"
        "<div aria-hidden='true'>Screen readers skip this.</div>\n"
        "<div role='navigation'>Menu.</div>\n"
        "<div style='display: none'>Invisible.</div>\n"
        "<p>Visible again.<br>After a break.\n"
        "<ul><li>First item<li>Second item</ul>\n"
        "<blockquote><p>A quoted line.</p></blockquote>\n"
        "<table><tr><th>Year</th><td>2025</td></tr></table>\n"
        "<pre>code. More code.</pre><form><label>Email</label><button>Go</button></form>\n"
        "<aside>Related.</aside><footer>Copyright 2026.</footer>\n"
        "<script>document.write('Injected. Text.')</script>\n"
        "</body></html>\n"
    )
    blocks = html_blocks(page)
    assert [(b.kind, b.text, b.line) for b in blocks] == [
        (BlockKind.HEADING, "US Troops in Mexico", 4),
        (BlockKind.PARAGRAPH, "The U.S. Senate & the president agreed.", 5),
        (BlockKind.PARAGRAPH, "Visible again.", 11),
        (BlockKind.PARAGRAPH, "After a break.", 11),
        (BlockKind.ITEM, "First item", 12),
        (BlockKind.ITEM, "Second item", 12),
        (BlockKind.QUOTE, "A quoted line.", 13),
        (BlockKind.CELL, "Year", 14),
        (BlockKind.CELL, "2025", 14),
    ]
    assert blocks[1].line_at(blocks[1].text.index("president")) == 6


@pytest.mark.parametrize(
    "reference",
    [
        '<sup><a href="#fn1">1</a></sup>',
        '<sup class="reference"><a href="#cite_note-1">[1]</a></sup>',  # Wikipedia
        '<a href="#fn1" class="footnote-ref" role="doc-noteref"><sup>1</sup></a>',  # pandoc
        '<a href="#fn1"><sup>1</sup></a>',
        '<span role="doc-noteref">[a]</span>',
    ],
)
def test_html_footnote_references_are_not_text(reference: str) -> None:
    # "Mexico.1 The Pentagon says..." was one sentence, and "[1] The Pentagon says..." began the next
    page = f"<p>US troops are in Mexico.{reference} The Pentagon{reference} denies it.</p><p>Next.</p>"
    assert [b.text for b in html_blocks(page)] == ["US troops are in Mexico. The Pentagon denies it.", "Next."]


@pytest.mark.parametrize("number", ["1", "[2]", "3,4", "5–7", "*", "†"])
def test_html_a_superscript_notes_number_after_words_is_not_text(number: str) -> None:
    # "...10,000 US troops in Mexico.<sup>1</sup> Is that true?" was one sentence, "Mexico.1 Is that
    # true?", skipped as a question: the claim before it was never checked (from the teacher walkthrough)
    note = f"<sup>{number}</sup>"
    page = f"<p>US troops are in Mexico.{note} Is that true? The Pentagon{note} denies it.</p>"
    assert [b.text for b in html_blocks(page)] == ["US troops are in Mexico. Is that true? The Pentagon denies it."]


def test_html_a_superscript_that_is_no_notes_number_stays() -> None:
    page = "<p>500 km<sup>2</sup>; E = mc<sup>2</sup>; the <sup>1</sup> alone; x<sup>note</sup>.</p><p>A.<sup>1<p>B</p>"
    assert [b.text for b in html_blocks(page)] == ["500 km2; E = mc2; the 1 alone; xnote.", "A.1", "B"]


def test_html_links_within_the_page_and_superscripts_alone_are_text() -> None:
    page = '<p>See <a href="#method">the method</a>; 10<sup>3</sup> troops; <sup>st</sup>.</p>'
    assert [b.text for b in html_blocks(page)] == ["See the method; 103 troops; st."]


def test_html_unclosed_skipped_element_ends_with_the_body() -> None:
    blocks = html_blocks("<body><p>Kept.</p><aside>Never closed <p>dropped</p></body>")
    assert texts(blocks) == ["Kept."]


def test_html_an_accordion_s_question_is_a_heading_and_its_answer_text() -> None:
    # an FAQ's question in a toggle button was skipped with the buttons, and its answer, collapsed with
    # hidden="until-found" (shown when the page is searched), was dropped as hidden
    page = (
        '<h3><button aria-expanded="false" aria-controls="a1">How many US troops are in Mexico?</button></h3>'
        '<div id="a1" hidden="until-found">About 200 US military advisers</div>'
        '<button type="submit">Subscribe</button><div hidden>Never shown.</div>'
    )
    blocks = html_blocks(page)
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, "How many US troops are in Mexico?"),
        (BlockKind.PARAGRAPH, "About 200 US military advisers"),
    ]
    # ... so that the first answer is no longer the page's title
    assert parse_article(page, "faq.html").blocks[1].kind is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("name", "page"),
    [
        ("story.txt", "The Senate voted.\n\nRelated:\n- Trump signs order\n- Senate approves SEALs\n\nThe end.\n"),
        ("story.md", "The Senate voted.\n\n## Read more\n\n* Trump signs order\n* Senate approves SEALs\n\nThe end.\n"),
        (
            "story.html",
            "<p>The Senate voted.</p><h3>Related stories</h3><ul><li><a href=/a>Trump signs order</a></li>"
            "<li><a href=/b>Senate approves SEALs</a></li></ul><p>The end.</p>",
        ),
    ],
)
def test_the_items_under_a_related_lead_in_are_links_to_other_stories(name: str, page: str) -> None:
    # "- Trump signs order" was a list item, a claim matched as if the article said it
    kinds = [(b.kind, b.text) for b in parse_article(page, name).blocks]
    assert kinds[-3:] == [
        (BlockKind.RELATED, "Trump signs order"),
        (BlockKind.RELATED, "Senate approves SEALs"),
        (BlockKind.PARAGRAPH, "The end."),
    ]


def test_text_a_header_of_title_lines_is_titles() -> None:
    # "Office of the Press Secretary", under the first title line, was a paragraph: "names an actor (Office)"
    header = "THE WHITE HOUSE\nOffice of the Press Secretary\nFOR IMMEDIATE RELEASE\n\nThe President spoke.\n"
    assert [(b.kind, b.text) for b in text_blocks(header)] == [
        (BlockKind.HEADING, "THE WHITE HOUSE"),
        (BlockKind.HEADING, "Office of the Press Secretary"),
        (BlockKind.HEADING, "FOR IMMEDIATE RELEASE"),
        (BlockKind.PARAGRAPH, "The President spoke."),
    ]
    # a title over a sentence that is not in Title Case, or wraps on, stays a title over a paragraph
    for text in (
        "Troops in Mexico\nThe Senate approved 19 SEALs\nin February 2026.\n",
        "Troops\nMexico City Police\nsaid so.\n",
    ):
        assert [b.kind for b in text_blocks(text)] == [BlockKind.HEADING, BlockKind.PARAGRAPH]


def test_a_list_under_other_words_is_the_article_s() -> None:
    page = "The Senate voted:\n\n- 19 SEALs were approved\n- 155 Marines were approved\n"
    assert {b.kind for b in parse_article(page, "story.txt").blocks[1:]} == {BlockKind.ITEM}


def test_html_fragment_inside_markdown_counts_lines_from_its_start() -> None:
    blocks = html_blocks("<p>one</p>\n<p>two</p>", first_line=10)
    assert [b.line for b in blocks] == [10, 11]


# Broken and hostile markup: a tag, comment or declaration the page ends inside of runs to the end
# of the page (as in a browser); it never hides the text before it, and never crashes.
UNTERMINATED = ["<!--", "<!---", "<!--x>", "<a", "<p", "<a b='", "<a b='>'", "<a\n", "<a b", "<a/", "</", "<?"]
UNTERMINATED += ["<!", "<!doctype", "<![", "<![a", "<![CDATA[", "<![if x>", "<x\t"]


@pytest.mark.parametrize("pattern", UNTERMINATED)
def test_html_unterminated_markup_drops_only_what_follows_it(pattern: str) -> None:
    page = "<h1>Title</h1>\n<p>The Navy operates\n180 ships.</p>\nLast words " + pattern * 2_000
    blocks = html_blocks(page)
    assert [(b.text, b.line) for b in blocks] == [("Title", 1), ("The Navy operates 180 ships.", 2), ("Last words", 4)]
    assert blocks[1].line_at(blocks[1].text.index("180")) == 3


@pytest.mark.parametrize("pattern", ["<a", "<!--", "<a b='>'", "<!--x>", "</", "<![x"])
def test_html_reads_unterminated_markup_once(pattern: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """html.parser before the 2025 security fixes (3.11.7 for one) tries again at every "<" after
    an unterminated tag, each try reading to the end of the page: quadratic time.  Now the first
    failed try ends it."""
    from html.parser import HTMLParser

    failed: list[int] = []
    for method in ("parse_starttag", "parse_endtag", "parse_comment", "parse_html_declaration", "parse_pi"):
        original = getattr(HTMLParser, method)

        def counted(self: HTMLParser, i: int, _original: Any = original) -> int:
            end: int = _original(self, i)
            if end < 0:
                failed.append(i)
            return end

        monkeypatch.setattr(HTMLParser, method, counted)
    assert texts(html_blocks("<p>Kept.</p>" + pattern * 500)) == ["Kept."]
    assert len(failed) <= 1


@pytest.mark.parametrize("page", ["a <![ b", "<![a>", "<![]]>" * 3, "<p>x<![ ]]>", "<![ CDATA[x]]>y"])
def test_html_unknown_marked_sections_do_not_crash(page: str) -> None:
    html_blocks(page)  # older html.parser releases (3.11.7 for one) raise AssertionError on these


def test_html_unknown_marked_section_is_a_comment_up_to_the_next_gt() -> None:
    page = "<p>One <![x> two.</p><![if !IE]><p>Three.</p><![endif]><p>Four <![CDATA[hidden]]> five.</p>"
    assert texts(html_blocks(page)) == ["One two.", "Three.", "Four five."]


def test_markdown_unterminated_html_comment_hides_the_rest_as_when_rendered() -> None:
    text = "# Title\n\nThe Navy operates 180 ships.\n\n<!-- a draft note, never closed\n\nHidden text.\n"
    assert [(b.text, b.line) for b in markdown_blocks(text)] == [("Title", 1), ("The Navy operates 180 ships.", 3)]
    text = "The Navy operates 180 ships.\n\n<div>\nOpen <a href='x\n\nMore text.\n"
    assert [(b.text, b.line) for b in markdown_blocks(text)] == [
        ("The Navy operates 180 ships.", 1),
        ("Open", 4),
        ("More text.", 6),
    ]


# --- blocks -------------------------------------------------------------------------------------


def test_block_builder_collapses_whitespace_and_tracks_lines() -> None:
    builder = BlockBuilder()
    builder.add("  First   words\n\n  second ", 3)
    builder.add("third", 7)
    builder.add("-glued", 7)
    builder.end_block()
    builder.end_block()  # an empty block is not kept
    (block,) = builder.blocks
    assert block.text == "First words second third-glued"
    assert block.line_marks == ((0, 3), (12, 5), (19, 7))
    assert [block.line_at(block.text.index(w)) for w in ("First", "second", "third")] == [3, 5, 7]


_SELF_DESCRIPTION = (
    "ProPublica is an independent, nonprofit newsroom that produces investigative journalism with moral force."
)
_STORY = "The Senate approved 155 US Marines for a training mission in Mexico in March 2025, officials said."
_LONG_PARAGRAPH = "Readers wrote in to say that the training mission was the first of its kind in more than a decade."
_CLAIM = "10,000 US troops are deployed inside Mexico."


def _publishers(page: str, name: str = "story.txt") -> list[str]:
    """The sentences of ``page`` that are the publisher's."""
    sentences = split_sentences(parse_article(page, name).blocks)
    return [sentence.text for sentence in sentences if sentence.kind is BlockKind.PUBLISHER]


@pytest.mark.parametrize(
    ("page", "publisher"),
    [
        # the publisher the story's dateline, byline or notice names (in full or by its initials), wherever it is
        (f"WASHINGTON (ProPublica) — {_STORY}\n\n{_SELF_DESCRIPTION}\n\n{_LONG_PARAGRAPH}\n", True),
        (f"By Jane Doe, ProPublica\n\n{_STORY}\n\n{_SELF_DESCRIPTION}\n\n{_LONG_PARAGRAPH}\n", True),
        (f"<p>{_STORY}</p><p>{_SELF_DESCRIPTION}</p><p>© 2026 ProPublica</p>", True),
        (f"By Lena H. Sun | ProPublica\n\n{_STORY}\n\n{_SELF_DESCRIPTION}\n\n{_LONG_PARAGRAPH}\n", True),
        (f"{_STORY}\n\n{_SELF_DESCRIPTION}\n\n© 2026 ProPublica. All rights reserved.\n", True),
        # bylines and notices that name the outlet after no comma, with a role or a company's form
        (f"By JOHN HANNA ProPublica\n\n{_STORY}\n\n{_SELF_DESCRIPTION}\n\n{_LONG_PARAGRAPH}\n", True),
        (f"By JOHN HANNA, ProPublica Writer\n\n{_STORY}\n\n{_SELF_DESCRIPTION}\n\n{_LONG_PARAGRAPH}\n", True),
        (f"By Jane Doe of ProPublica\n\n{_STORY}\n\n{_SELF_DESCRIPTION}\n\n{_LONG_PARAGRAPH}\n", True),
        (f"By Jane Doe for ProPublica\n\n{_STORY}\n\n{_SELF_DESCRIPTION}\n\n{_LONG_PARAGRAPH}\n", True),
        (f"By Jane Doe (ProPublica)\n\n{_STORY}\n\n{_SELF_DESCRIPTION}\n\n{_LONG_PARAGRAPH}\n", True),
        (f"By Jane Doe and ProPublica staff\n\n{_STORY}\n\n{_SELF_DESCRIPTION}\n\n{_LONG_PARAGRAPH}\n", True),
        (f"By Jane Doe, ProPublica staff\n\n{_STORY}\n\n{_SELF_DESCRIPTION}\n\n{_LONG_PARAGRAPH}\n", True),
        (f"By Jane Doe, ProPublica Political Writer\n\n{_STORY}\n\n{_SELF_DESCRIPTION}\n\n{_LONG_PARAGRAPH}\n", True),
        (f"{_STORY}\n\n{_SELF_DESCRIPTION}\n\nCopyright © 2026 ProPublica Inc.\n", True),
        (f"{_STORY}\n\n{_SELF_DESCRIPTION}\n\n© ProPublica 2026\n", True),
        (
            f"WASHINGTON (AP) — {_STORY}\n\nThe Associated Press is an independent global news organization dedicated"
            f" to factual reporting.\n\n{_LONG_PARAGRAPH}\n",
            True,
        ),
        # in the middle of a story another outlet publishes, it is the story's own sentence
        (f"WASHINGTON (AP) — {_STORY}\n\n{_SELF_DESCRIPTION}\n\n{_LONG_PARAGRAPH}\n", False),
        (f"{_STORY}\n\n{_SELF_DESCRIPTION}\n\n{_LONG_PARAGRAPH}\n", False),
        # closing a story whose publisher is named nowhere: nothing tells it from another outlet's description
        (f"{_STORY}\n\n{_SELF_DESCRIPTION}\n\nPurchase Licensing Rights\n", False),
        (f"<p>{_STORY}</p><p>{_SELF_DESCRIPTION}</p>", False),
    ],
)
def test_a_sentence_in_which_the_publisher_describes_itself_is_the_publisher_s(page: str, publisher: bool) -> None:
    name = "story.html" if page.startswith("<p>") else "story.txt"
    sentences = split_sentences(parse_article(page, name).blocks)
    described = next(sentence for sentence in sentences if " is an independent" in sentence.text)
    assert (described.kind is BlockKind.PUBLISHER) is publisher


@pytest.mark.parametrize(
    "page",
    [
        # a post opening with another outlet's description, the claim after it: both were skipped as the
        # publisher's description of itself (it closed the text)
        "CNN is a fake news network that hides the truth. There are 10,000 US troops in Mexico right now.\n",
        f"{_STORY}\n\nRT is a Russian state-funded news network that reported {_CLAIM}\n",
        f"{_STORY}\n\nThe Epoch Times is a newspaper linked to the Falun Gong movement. It reported that {_CLAIM}\n",
        # the byline names a person, not the outlet: a word of the name ("Sun") nor its initials ("RT") are the
        # publisher's; both were skipped as the publisher's description of itself
        f"By Lena H. Sun\n\n{_STORY}\n\nThe Sun is a British tabloid newspaper owned by News Corp.\n",
        f"By Rachel Thompson\n\n{_STORY}\n\nRT is a Russian state-funded news network.\n",
        f"By Jane Doe and Rachel Thompson, ProPublica\n\n{_STORY}\n\nRT is a Russian state-funded news network.\n",
        # nor a word of the outlet's name ("Sun" of "Sun Media")
        f"{_STORY}\n\nThe Sun is a British tabloid newspaper.\n\nCopyright 2026 Sun Media. All rights reserved.\n",
        # a note on the content said of someone else, in the middle of the story
        f"{_STORY}\n\nA forum user wrote that each poster is solely responsible for all content on the site, and"
        f" said {_CLAIM}\n\n{_LONG_PARAGRAPH}\n",
    ],
)
def test_another_outlet_s_description_and_the_claims_beside_it_are_the_story_s(page: str) -> None:
    assert _publishers(page) == []


def test_only_the_publisher_s_own_sentences_of_a_paragraph_are_the_publisher_s() -> None:
    # the paragraph went whole: the claim it reports after the description was skipped with it
    epoch = "The Epoch Times is a newspaper linked to the Falun Gong movement."
    page = f"By Jane Doe, The Epoch Times\n\n{_STORY}\n\n{epoch} It reported that {_CLAIM}\n"
    assert _publishers(page) == [epoch]
    # a description of the publisher that reports something is a statement
    rt = f"RT is a Russian state-funded news network that reported {_CLAIM}"
    assert _publishers(f"MOSCOW (RT) — {_STORY}\n\n{rt}\n") == []
    # the sentences after the description that name the publisher and report nothing are its own
    ap = (
        "The Associated Press is an independent global news organization dedicated to factual reporting. Founded in"
        " 1846, AP today remains the most trusted source of fast, accurate, unbiased news. Critics said AP was wrong."
        " The troops stayed."
    )
    assert _publishers(f"WASHINGTON (AP) — {_STORY}\n\n{ap}\n") == [
        "The Associated Press is an independent global news organization dedicated to factual reporting.",
        "Founded in 1846, AP today remains the most trusted source of fast, accurate, unbiased news.",
    ]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # said of the publisher the dateline names, in a paragraph that names it
        (
            f"WASHINGTON (AP) — {_STORY}\n\nThe Associated Press receives support from private foundations for its"
            f" coverage of the border and of the many missions of the US military in Latin America. AP is solely"
            f" responsible for all content.\n\n{_LONG_PARAGRAPH}\n",
            [
                "The Associated Press receives support from private foundations for its coverage of the border and of"
                " the many missions of the US military in Latin America.",
                "AP is solely responsible for all content.",
            ],
        ),
        # a short paragraph of its own: the note, and what it says of the name it gives
        (
            f"{_STORY}\n\nAP's coverage receives support from private foundations. AP is solely responsible for all"
            f" content.\n\n{_LONG_PARAGRAPH}\n",
            ["AP's coverage receives support from private foundations.", "AP is solely responsible for all content."],
        ),
        (
            f"{_STORY}\n\nThis story was funded by a grant. The author is solely responsible for its content.\n",
            ["The author is solely responsible for its content."],
        ),
    ],
)
def test_a_note_that_the_publisher_alone_is_responsible_for_the_content_is_the_publisher_s(
    page: str, expected: list[str]
) -> None:
    assert _publishers(page) == expected


def test_a_closing_paragraph_on_something_other_than_a_news_organisation_is_the_story_s() -> None:
    # "a country with a free press and many newspapers": the words before "newspapers" say something else
    page = f"Copyright 2026 Mexico\n\n{_STORY}\n\nMexico is a country with a free press and many newspapers.\n"
    assert _publishers(page) == []


# -- a paragraph's title lines read in one pass (perf14) ---------------------------------------------------------


def _paragraph_blocks_as_before(paragraph: list[tuple[int, str]], titled: bool = True) -> list[Block]:
    """``_add_paragraph`` as it was (each line's check given a copy of the lines below it: quadratic),
    the reference the linear reader must equal."""
    from factcheck.article import _LIST_MARKER, _in_title_case, _is_title_line

    builder = BlockBuilder()
    lines = [line for _, line in paragraph]
    if titled and _is_title_line(lines[0], lines[1:]):
        builder.add(lines[0], paragraph[0][0])
        builder.end_block(BlockKind.HEADING)
        paragraph = paragraph[1:]
        while paragraph and _is_title_line(paragraph[0][1], [line for _, line in paragraph[1:]]):
            if not _in_title_case(paragraph[0][1].split()):
                break
            builder.add(paragraph[0][1], paragraph[0][0])
            builder.end_block(BlockKind.HEADING)
            paragraph = paragraph[1:]
        if not paragraph:
            return builder.blocks
    kind = BlockKind.PARAGRAPH
    for position, (number, line) in enumerate(paragraph):
        marker = _LIST_MARKER.match(line)
        if marker:
            builder.end_block(kind, None, False)
            kind = BlockKind.ITEM
            # a numbered headline above its paragraph (scan19): a title line over the item's lines below it
            below = [text for _, text in paragraph[position + 1 :]]
            below = below[: next((i for i, text in enumerate(below) if _LIST_MARKER.match(text)), len(below))]
            numbered = re.fullmatch(r"[ \t]*\(?\d{1,3}[.)]", marker.group().rstrip())
            indented = below and len(below[0]) - len(below[0].lstrip()) > len(line) - len(line.lstrip())
            if titled and numbered and below and not indented and _is_title_line(line[marker.end() :], below):
                builder.add(line[marker.end() :], number)
                builder.end_block(kind, None, False)
                kind = BlockKind.PARAGRAPH
                continue
            line = line[marker.end() :]
        builder.add(line + "\n", number)
    builder.end_block(kind, None, False)
    return builder.blocks


_TITLE_WORDS = ["Troops", "Border", "Senate", "the", "of", "mayor", "river", "10,000", "2025", "-", "1.", "“Wall"]
_TITLE_LINES = st.lists(st.sampled_from(_TITLE_WORDS), min_size=1, max_size=18).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_TITLE_LINES, st.sampled_from(["", ".", ":", "!", "  "])), min_size=1, max_size=8),
    st.booleans(),
)
def test_a_paragraphs_title_lines_are_read_as_before(rows: list[tuple[str, str]], titled: bool) -> None:
    from factcheck.article import _add_paragraph

    paragraph = [(number, text + end) for number, (text, end) in enumerate(rows, start=3)]
    builder = BlockBuilder()
    _add_paragraph(builder, paragraph, False, None, titled)
    assert builder.blocks == _paragraph_blocks_as_before(paragraph, titled)


def test_a_paragraph_of_many_title_case_lines_is_read_in_one_pass() -> None:
    # 40,000 such lines took 18 s when each line's check copied the lines below it (quadratic): 150,000 would
    # take minutes; read in one pass they take about a second
    lines = [f"Troops Border Senate {chr(65 + n % 26)}" for n in range(150_000)]
    blocks = text_blocks("\n".join(lines) + "\n")
    assert [b.kind for b in blocks] == [BlockKind.HEADING] * len(lines)
    assert blocks[-1].text == lines[-1] and blocks[-1].line_marks == ((0, len(lines)),)


def test_a_first_line_that_ends_in_and_or_of_is_no_title_over_other_lines() -> None:
    # prose wrapped at 40 columns, its first line In Title Case: "Even so: President Claudia Sheinbaum and" was a
    # title, and the sentence cut after it
    text = "Even so: President Claudia Sheinbaum and\nSecretary of State Marco Rubio agree on\nalmost nothing.\n"
    article = parse_article(text.encode(), "story.txt")
    assert [block.kind for block in article.blocks] == [BlockKind.PARAGRAPH]


# Real paragraphs as `fold -s` and `fmt` wrap them (the claims file's summaries, a news paragraph): the first line,
# in Title Case or far shorter than the lines below before a long word, is a title and the sentence cut after it.
# scan18 read such a line as a wrapper's when it could not take the next line's first word; a headline above a
# hard-wrapped lede reads the same, far more often in pasted news (review19s: 400 of 768 headline/lede wrappings
# merged; after a headline-shape guard, review21: Chicago-style headlines, small words in lower case, 53 of 126
# each).  A headline merged into the lede loses its own match: the headline wins.
_UPDATE = (
    "Update: President Claudia Sheinbaum said on Thursday that Mexico will not accept US troops on its soil, "
    "and that the Senate has approved only 19 Navy SEALs to train Mexican naval special forces until June."
)
_ROOSEVELT = (
    "On 15 Apr 2025 the Roosevelt Reservation strip in New Mexico was transferred from Interior to the Army as an "
    "extension of Fort Huachuca. Troops may temporarily detain people for CBP."
)
_BICENTENNIAL = (
    'The "Bicentennial Framework for Security, Public Health, and Safe Communities" was announced on 8 Oct 2021 '
    'and adds public-health and prevention pillars. Foreign Minister Ebrard said "Goodbye Merida."'
)


@pytest.mark.parametrize(
    ("wrapped", "paragraph"),
    [
        (  # fold -s -w 30 (its lines end in a space)
            "Update: President Claudia \nSheinbaum said on Thursday \nthat Mexico will not accept \n"
            "US troops on its soil, and \nthat the Senate has approved \nonly 19 Navy SEALs to train \n"
            "Mexican naval special forces \nuntil June.\n",
            _UPDATE,
        ),
        (  # fmt -w 40: balanced lines, the first could not take "Reservation"
            "On 15 Apr 2025 the Roosevelt\nReservation strip in New Mexico\nwas transferred from Interior to\n"
            "the Army as an extension of Fort\nHuachuca. Troops may temporarily detain\npeople for CBP.\n",
            _ROOSEVELT,
        ),
        (  # Spanish articles capitalised in place names are no headline's small words (review20s)
            "Mayors Oscar Leeser of El Paso, Karen Bass of Los\nAngeles and Todd Gloria of San Diego said on Monday\n"
            "that 700 Marines had arrived in their cities.\n",
            "Mayors Oscar Leeser of El Paso, Karen Bass of Los Angeles and Todd Gloria of San Diego said on Monday "
            "that 700 Marines had arrived in their cities.",
        ),
        (  # fmt -w 72
            'The "Bicentennial Framework for Security, Public Health, and Safe\n'
            'Communities" was announced on 8 Oct 2021 and adds public-health and\n'
            'prevention pillars. Foreign Minister Ebrard said "Goodbye Merida."\n',
            _BICENTENNIAL,
        ),
    ],
)
@pytest.mark.xfail(reason="known failure: read as a headline above its paragraph (the headline wins)", strict=True)
def test_a_first_line_a_wrapper_filled_is_no_title(wrapped: str, paragraph: str) -> None:
    blocks = parse_article(f"Intro of the story.\n\n{wrapped}".encode(), "story.txt").blocks
    assert [(b.kind, " ".join(b.text.split())) for b in blocks[1:]] == [(BlockKind.PARAGRAPH, paragraph)]


@pytest.mark.parametrize(
    "text",
    [
        # a title above a sentence's opening word, or shorter than the prose below it, is a title
        "US Troops in Mexico: What We Know So Far About\nThe Pentagon said on Thursday that no US troops\n"
        "will be sent to Mexico, officials said.\n",
        "Sheinbaum Rejects US Troops\nMexican President Claudia Sheinbaum said on Thursday\n"
        "that Mexico will not accept US troops on its soil.\n",
        # lines that end no sentence are titles, however full
        "Troops Border Senate A\nTroops Border Senate B\nTroops Border Senate C\n",
    ],
)
def test_a_title_above_wrapped_prose_is_still_a_title(text: str) -> None:
    blocks = parse_article(text.encode(), "story.txt").blocks
    assert blocks[0].kind is BlockKind.HEADING


@pytest.mark.parametrize(
    ("headline", "lede"),
    [
        (  # a small word capitalised after the first ("In", "The"); the lede wrapped at 61 columns
            "Historians Say US Troops Have Invaded Mexico In The Past",
            "Mexico's Senate approved 19 US Navy SEALs in February 2026 to\n"
            "train Mexican naval special forces, lawmakers said on\nWednesday. The vote was 80 to 12.",
        ),
        (  # fmt -w 72
            "Historians Say US Troops Have Invaded Mexico In The Past",
            "Mexico's Senate approved 19 US Navy SEALs in February 2026 to train\n"
            "Mexican naval special forces, lawmakers said on Wednesday, in a vote\nthat critics called rushed.",
        ),
        (  # in capitals
            "HISTORIANS SAY US TROOPS HAVE INVADED MEXICO IN THE PAST",
            "Mexico's Senate approved 19 US Navy SEALs in February 2026 to\n"
            "train Mexican naval special forces, lawmakers said on\nWednesday.",
        ),
        (  # above a wire dateline
            "Mexico Approves Entry Of 155 Armed US Marines For Training",
            "MEXICO CITY (AP) - Mexico's Senate approved on Tuesday the entry\n"
            "of 155 armed US Marines for a joint training exercise, officials\nsaid. The troops will stay until June.",
        ),
        (  # Chicago style: small words in lower case (review21: merged 55 of 126 wrappings under a guard)
            "Troops Head to the Border as Tensions Rise Between Nations",
            "Mexico's Senate approved 19 US Navy SEALs in February 2026 to\n"
            "train Mexican naval special forces, lawmakers said on\nWednesday. The vote was 80 to 12.",
        ),
        (  # every word capitalised, none of them small (fmt -w 58)
            "Pentagon Denies Running Mexico's Anti-Cartel Operations",
            "Mexico's Senate approved on Tuesday the entry of 155\n"
            "armed US Marines for a joint training exercise, officials\nsaid. The troops will stay until June.",
        ),
    ],
)
def test_a_headline_above_a_wrapped_lede_is_its_own_title(headline: str, lede: str) -> None:
    # a headline is as full as a wrapper leaves a line: read as the first line of the wrapped lede (scan18), the
    # headline's own claim was lost in the lede's first sentence
    blocks = parse_article(f"{headline}\n{lede}\n".encode(), "story.txt").blocks
    assert [(b.kind, " ".join(b.text.split())) for b in blocks] == [
        (BlockKind.HEADING, headline),
        (BlockKind.PARAGRAPH, " ".join(lede.split())),
    ]


# -- a numbered headline above its paragraph (scan19) ------------------------------------------------------------

_LEDE = "The government said the deployment began on Monday and will last three months."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"1. Mexico Deployed 10,000 Troops to the Border\n{_LEDE}\n",
            [(BlockKind.ITEM, "Mexico Deployed 10,000 Troops to the Border"), (BlockKind.PARAGRAPH, _LEDE)],
        ),
        (  # its lede wrapped (fmt -w 40), under "2)"
            "2) Mexico Deployed 10,000 Troops to the Border\nThe government said the deployment\n"
            "began on Monday and will last three\nmonths.\n",
            [(BlockKind.ITEM, "Mexico Deployed 10,000 Troops to the Border"), (BlockKind.PARAGRAPH, _LEDE)],
        ),
        (  # a list of numbered headlines, each above its paragraph
            f"1. Mexico Deployed 10,000 Troops to the Border\n{_LEDE}\n"
            "2. Senate Approves 155 US Marines\nThe vote was 80 to 12.\n",
            [
                (BlockKind.ITEM, "Mexico Deployed 10,000 Troops to the Border"),
                (BlockKind.PARAGRAPH, _LEDE),
                (BlockKind.ITEM, "Senate Approves 155 US Marines"),
                (BlockKind.PARAGRAPH, "The vote was 80 to 12."),
            ],
        ),
        (  # in sentence case, far shorter than its paragraph, as a title line over a paragraph is
            "1. Mexico deployed 10,000 troops\nThe government said on Monday that the deployment began at dawn and "
            "will last three months, officials said.\n",
            [
                (BlockKind.ITEM, "Mexico deployed 10,000 troops"),
                (
                    BlockKind.PARAGRAPH,
                    "The government said on Monday that the deployment began at dawn and will last three months, "
                    "officials said.",
                ),
            ],
        ),
    ],
)
def test_a_numbered_headline_above_its_paragraph_is_an_item_of_its_own(
    text: str, expected: list[tuple[BlockKind, str]]
) -> None:
    # "1. Mexico Deployed 10,000 Troops to the Border" above a paragraph was the first words of the paragraph's first
    # sentence, an item, and its own claim never matched: a numbered headline is read as a title line over a
    # paragraph is (``_is_title_line``), and is the item it is when a blank line follows it
    blocks = parse_article(text.encode(), "story.txt").blocks
    assert [(b.kind, b.text) for b in blocks] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a numbered item wrapped, its next lines indented under its text
        "1. Mexico Deployed 10,000 Troops to the Border\n   The government said it began on Monday.\n",
        # ... or not, the first line as full as the width lets it be and not in Title Case
        "1. The government said the deployment began on\nMonday and will last three months.\n",
        # a line that leaves its sentence open ("the"), or ends in a comma, or goes on in lower case
        "1. Mexico Deployed 10,000 Troops to the\nBorder on Monday, the government said.\n",
        "1. Mexico Deployed 10,000 Troops,\nThe Government Said On Monday.\n",
        "1. Mexico Deployed 10,000 Troops to the Border\nand the Senate approved it on Monday.\n",
    ],
)
def test_a_wrapped_numbered_item_stays_one_item(text: str) -> None:
    blocks = parse_article(text.encode(), "story.txt").blocks
    assert [(b.kind, b.text) for b in blocks] == [(BlockKind.ITEM, " ".join(text[3:].split()))]


def test_numbered_items_one_a_line_and_a_numbered_headline_in_a_turn_are_read_as_before() -> None:
    text = "1. First numbered point.\n2) Second numbered point\n3. Third Numbered Point\n"
    assert [(b.kind, b.text) for b in text_blocks(text)] == [
        (BlockKind.ITEM, "First numbered point."),
        (BlockKind.ITEM, "Second numbered point"),
        (BlockKind.ITEM, "Third Numbered Point"),
    ]
    # a speaker's words are never a title: the turn's item runs on
    spoken = f"SHEINBAUM: We have three points.\n1. Mexico Deployed 10,000 Troops to the Border\n{_LEDE}\n"
    spoken += "CRUZ: That is false.\n"
    blocks = text_blocks(spoken)
    assert (BlockKind.ITEM, f"Mexico Deployed 10,000 Troops to the Border {_LEDE}") in [
        (b.kind, b.text) for b in blocks
    ]
