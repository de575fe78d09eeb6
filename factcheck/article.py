"""An article to scan: its bytes read safely, decoded, recognised as plain text, Markdown, HTML,
subtitles (a debate's captions), a Word document (.docx, ``docxtext``) or an OpenDocument text (.odt,
``odttext``), and turned into blocks of readable text that know their line numbers.

Nothing here goes on the network: a URL is refused with a hint to save the page first.
Unusable input (missing, a folder, empty, binary, not UTF-8, too large) raises ``InputError``
with a message that names the input and says what to do.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import partial
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal

from .blocks import Block, BlockBuilder, BlockKind
from .choices import enum_choice, synonyms
from .errors import Advice, InputError, Location
from .inputfiles import STDIN_NAME, InputKind, decode_text, downloaded_name, read_input
from .lazyregex import LazyPattern

if TYPE_CHECKING:
    from zipfile import ZipFile  # a zip document opened once (``_zip_document``); imported for one alone

#: the largest article factcheck reads (bytes); a book-length text is not an article
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
#: what an article given as text (``parse_article(text)``) is called in messages
TEXT_NAME = "<text>"


class InputFormat(StrEnum):
    """How an article is read (``parse_article``, ``scan --format``): ``auto`` tells it from the name and the text."""

    AUTO = "auto"
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    SUBTITLES = "subtitles"  # SubRip (.srt) or WebVTT (.vtt) captions
    DOCX = "docx"  # a Word document (Office Open XML): its paragraphs, one a line (``docxtext``)
    ODT = "odt"  # an OpenDocument text (LibreOffice's): its paragraphs, one a line (``odttext``)


#: a format's name as ``parse_article`` and ``scan --format`` take it, for type checkers (a typo is caught)
InputFormatName = Literal["auto", "text", "markdown", "html", "subtitles", "docx", "odt"]

#: other names of formats (their files' extensions), as a choice's synonyms: named when given ("'md' is not one
#: of ...; did you mean 'markdown'?"), not taken
FILE_EXTENSIONS = {"md": "markdown", "txt": "text", "plain": "text"}
INPUT_FORMAT_NAMES = {
    **FILE_EXTENSIONS,
    "htm": "html",
    "srt": "subtitles",
    "vtt": "subtitles",
    "webvtt": "subtitles",
    "captions": "subtitles",
    "word": "docx",
    "opendocument": "odt",
    "libreoffice": "odt",
}


@dataclass(frozen=True)
class Article:
    """An article read for ``scan_article`` (``read_article``, ``parse_article``): its blocks of text."""

    name: str  # the file name, or <stdin>
    format: InputFormat  # never AUTO: what was detected or asked for
    blocks: tuple[Block, ...]
    size: int  # bytes read
    #: the text decoded, a byte-order mark left out, its line ends as they are: what a sentence's offsets index
    #: (``offsets``); "" for an article built without it (no offsets)
    source: str = field(default="", repr=False, compare=False)


# ---------------------------------------------------------------------------------------------
# Reading


#: the format each file ending is read as (``detect_format``)
_SUFFIXES = {
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
    ".xhtml": InputFormat.HTML,
    ".md": InputFormat.MARKDOWN,
    ".markdown": InputFormat.MARKDOWN,
    ".mdown": InputFormat.MARKDOWN,
    ".mkd": InputFormat.MARKDOWN,
    ".txt": InputFormat.TEXT,
    ".text": InputFormat.TEXT,
    ".srt": InputFormat.SUBTITLES,
    ".vtt": InputFormat.SUBTITLES,
    ".docx": InputFormat.DOCX,
    ".docm": InputFormat.DOCX,
    ".dotx": InputFormat.DOCX,
    ".dotm": InputFormat.DOCX,
    ".odt": InputFormat.ODT,
    ".ott": InputFormat.ODT,
}
#: the formats read from a zip document's bytes, never from text
_ZIP_FORMATS = frozenset({InputFormat.DOCX, InputFormat.ODT})
_ARTICLE = InputKind(
    function="read_article",
    command="scan",
    too_large="to be an article",
    page="page",
    example_file="page.html",
    endings=tuple(_SUFFIXES),
)


def downloaded_article_name(url: str) -> str:
    """The name to save the page at ``url`` as, for ``scan`` to read: 'downloaded-story.html', never a name
    the user's own file may have (``downloaded_name``)."""
    return downloaded_name(url, _ARTICLE.example_file, _ARTICLE.endings)


def read_source(source: str | PathLike[str], stdin: BinaryIO | None = None) -> tuple[bytes, str]:
    """The bytes of a file, or of standard input for ``-``, and the name to show for them."""
    return read_input(source, stdin=stdin, limit=MAX_ARTICLE_BYTES, kind=_ARTICLE)


def decode(data: bytes, name: str) -> str:
    """UTF-8 text with ``\\n`` line ends, or an ``InputError`` saying why not."""
    return _unix_line_ends(decode_text(data, name, empty="nothing to scan", for_scan=True))


def _unix_line_ends(text: str) -> str:
    # Old Mac and Windows line ends count as one line end, as editors count them.
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------------------------------------
# Recognising the format

_HTML_START = LazyPattern(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
# a tag's attributes stop at a '<' (where the next tag would start): "<p<p<p..." read each to the end
_HTML_TAG = LazyPattern(
    r"</?(?:p|div|span|h[1-6]|ul|ol|li|a|br|body|article|section|table|strong|em|b|i)\b[^<>]*+>", re.I
)
_MARKDOWN_SIGNS = LazyPattern(
    r"^\#{1,6}[ \t]+\S"  # ATX heading
    r"|^(?:```|~~~)"  # fenced code
    # inline link; its text and address stop at a '[' (where the next link would start) and take no
    # characters back: "[a](" repeated in 16 kB of piped text took 3 minutes (each '[' read to the end).
    # An address may hold '[...]' ('?f[topic]=x', as search pages write a query) but no '[...](', which
    # would open the next link: each address is read no further than the next '](', linear in all
    r"|\[[^\[\]\n]++\]\((?:[^)\s\[]|\[[^\[\]()\s]*+\](?!\())++[^)\[]*+\)"
    r"|\*\*[^*\n]+\*\*|__[^_\n]+__"  # strong emphasis
    r"|^\S[^\n]*\n(?:=+|-{3,})[ \t]*$",  # setext heading
    re.M,
)
_SNIFF_CHARS = 64 * 1024


def detect_format(text: str, name: str = "") -> InputFormat:
    """HTML, Markdown, subtitles or plain text: from the file name's suffix, else from the content."""
    from .transcript import looks_like_subtitles

    by_suffix = _SUFFIXES.get(Path(name).suffix.lower()) if name and name != STDIN_NAME else None
    if by_suffix in _ZIP_FORMATS:
        by_suffix = None  # a Word or OpenDocument text is told from its bytes (``parse_article``), never from text
    head = text[:_SNIFF_CHARS]
    if by_suffix is not None and _HTML_START.match(head):
        # a page saved under another ending was read as that: as text its markup was sentences (curl -o
        # page.txt), and as subtitles or Markdown too (a login wall or a 404 page saved as debate.srt, as
        # 'curl -L -o downloaded-debate.srt URL' does, was a garbage sentence 1 and exit 0)
        return InputFormat.HTML
    if by_suffix in (None, InputFormat.TEXT) and looks_like_subtitles(head):
        # captions saved as .txt or piped: cue numbers and timings were read as sentences
        return InputFormat.SUBTITLES
    if by_suffix:
        return by_suffix
    if _HTML_START.match(head):
        return InputFormat.HTML
    if _MARKDOWN_SIGNS.search(head):
        return InputFormat.MARKDOWN
    if len(_HTML_TAG.findall(head)) >= 3:
        return InputFormat.HTML
    return InputFormat.TEXT


# ---------------------------------------------------------------------------------------------
# Plain text

# Bullets and "1." / "1)" numbers; not "A." (an initial: "J. Smith said..."); and a thread's counters, "1/" and
# "(1/5)", which were a number to check ("1/ So here's the deal." was a claim, "has a number (1)") and made the post
# they open a title ("3/ MEXICO BANS 10,000 US TROOPS FROM ITS SOIL" was "heading without a verb"); not a fraction
# ("1/2 of the troops left").  A word processor's bullets pasted as text too: Google Docs' "●", "○", "■", Word's
# Symbol and Wingdings bullets (private-use characters), its second level's letter "o" and AutoFormat's en dash,
# each then a tab (after a space, "o" is a word and "– Claudia Sheinbaum" a quote's attribution): the bullet stayed
# in the sentence, and an en dash's item was skipped as an attribution.  And a note's number in brackets, "[2]
# CRS IF10578." under a draft, which was a claim to research ("has a number (2)"): ``_list_marker`` tells it apart
_LIST_MARKER = LazyPattern(
    r"^[ \t]*(?:[-*+•·‣▪◦●○■►➢⁃\uf0a7\uf0b7]|[o\u2013](?=\t)|\(?\d{1,3}[.)]|(?P<note>\[\d{1,3}\])|\d{1,3}/"
    r"|\(\d{1,3}/\d{1,3}\))[ \t]+(?=\S)"
)
#: a line's end that closes a sentence, above a note ("... in 1917.\n[1] NORTHCOM border page")
_ENDS_WITH_SENTENCE_END = LazyPattern(r"[.!?…][\"”’')\]]*\s*$")


def _list_marker(lines: list[str], index: int) -> re.Match[str] | None:
    """The list marker opening ``lines[index]``, if any.  A note's "[2]" is one only under a sentence's end or
    another note, or opening the paragraph before a capital: a citation's "[2]" wrapped to a line's start
    ("Previous reports\n[2] and [3] show that 10,000 US troops ...") cut the claim in two."""
    marker = _LIST_MARKER.match(lines[index])
    if marker is None or marker.group("note") is None:
        return marker
    if index == 0:
        return marker if lines[index][marker.end() :][:1].isupper() else None
    above = lines[index - 1]
    if _ENDS_WITH_SENTENCE_END.search(above):
        return marker
    above_marker = _LIST_MARKER.match(above)
    return marker if above_marker is not None and above_marker.group("note") is not None else None


_ENDS_SENTENCE = LazyPattern(r"[.!?;:,…\"”’')\]؟،؛。！？；：，、」』）]\s*$")  # Arabic's "؟", "،", "؛" and CJK's too
_MAX_TITLE_WORDS = 16
#: the words a wrapped sentence's line ends in and no title does: above other lines, "Even so: President Claudia
#: Sheinbaum and" (prose wrapped at 40 columns, its words In Title Case) was a title, and the sentence cut in two
_LEAVE_A_LINE_OPEN = frozenset("and or but nor of the a an to with from by as".split())


def _is_title_line(line: str, rest: list[str]) -> bool:
    """Whether the first line of a paragraph is a title rather than the start of a wrapped sentence.

    Titles have no closing punctuation and are short.  A title line alone is a title; over
    other lines it must also be Title Case or clearly shorter than they are.
    """
    return _is_title_over(line, rest[0] if rest else None, partial(_longest_from, rest, 0))


def _is_title_over(line: str, next_line: str | None, longest_below: Callable[[], int]) -> bool:
    """``_is_title_line`` told the line below (None: none) and how to measure the longest line below, which
    only a line not in Title Case needs: a paragraph of 40,000 Title Case lines is read line by line in
    linear time (it took 18 s when each line's check was given a copy of the lines below it)."""
    words = line.split()
    if not words or len(words) > _MAX_TITLE_WORDS or _ENDS_SENTENCE.search(line) or _LIST_MARKER.match(line):
        return False
    if next_line is None:
        return True
    if words[-1] in _LEAVE_A_LINE_OPEN:
        return False
    first_of_next = next_line.lstrip()[:1]
    if _BYLINE_IN_LOWER_CASE.fullmatch(next_line):
        # a student's "Health Myths Essay" above "by Jamie, 10B" was read as one sentence, "Health Myths Essay by
        # Jamie, 10B", a claim to research ("has a number (10)"); a wrapped sentence's "was written" above "by ..."
        # is no title, which is In Title Case; nor is a sentence wrapped above "by Morena's count approved ...",
        # which is no list of names (_BYLINE_IN_LOWER_CASE)
        return _in_title_case(words)
    if not (first_of_next.isupper() or first_of_next.isdigit() or first_of_next in "\"“'‘("):
        return False
    return _in_title_case(words) or len(line.strip()) <= 0.6 * longest_below()


#: a name in a byline: "Jamie", "López", "O'Neill", "Smith-Jones", an initial "J." or "J.R."; not a possessive
#: ("Morena's count"), nor a word ending in a full stop ("by Marines.", the end of a wrapped sentence, review57e)
_BYLINE_NAME = (
    r"(?:[A-ZÁÉÍÓÚÑÜÀÈÌÒÙÇ]\.(?:[A-ZÁÉÍÓÚÑÜÀÈÌÒÙÇ]\.)*"
    r"|[A-ZÁÉÍÓÚÑÜÀÈÌÒÙÇ](?:[\w-]|['’](?!s\b))*)"
)
_BYLINE_NAMES = _BYLINE_NAME + r"(?:[ \t]+(?:(?:de|del|da|van|von|la|le)[ \t]+)?" + _BYLINE_NAME + r"){0,3}"
#: a byline in lower case below a title, a list of names and nothing else but a class: "by Jamie, 10B", "by Ana
#: López, Year 10", "by Ana and Luis"; not "by Morena's count approved 155 US Marines ..." (review49a), the rest of a
#: sentence wrapped below "Lawmakers in Mexico City"
_BYLINE_IN_LOWER_CASE = LazyPattern(
    r"[ \t]*by[ \t]+"
    + _BYLINE_NAMES
    + r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)"
    + _BYLINE_NAMES
    + r")*(?:[ \t]*,[ \t]*(?:(?:Year|Grade|Class|Form|Period)[ \t]+\w{1,4}|\d{1,2}[A-Za-z]{0,3}))?[ \t]*"
)


def _line_at(lines: list[str], position: int) -> str | None:
    return lines[position] if position < len(lines) else None


def _longest_from(lines: list[str], position: int) -> int:
    """The length of the longest of ``lines[position:]``, spaces around it aside."""
    return max(len(lines[i].strip()) for i in range(position, len(lines)))


def _in_title_case(words: list[str]) -> bool:
    significant = [w for w in words if len(w) > 3]
    return bool(significant) and all(w[0].isupper() or not w[0].isalpha() for w in significant)


@dataclass
class _Paragraph:
    """Lines of plain text between blank lines (or speaker labels), as (line number, words)."""

    lines: list[tuple[int, str]] = field(default_factory=list)
    opens_turn: bool = False  # a speaker's label (or ">>") opens it
    speaker: str | None = None  # the name that label gives


def text_blocks(text: str) -> list[Block]:
    """Blocks of plain text: paragraphs split by blank lines, list items and title lines apart.

    A transcript's timestamps, speaker labels and stage notes are not text (``transcript.spoken_line``);
    a speaker label starts a block, and a speaker's words are never a title.  In a transcript
    (``transcript.reads_as_transcript``) a turn runs on over blank lines until the next label."""
    from .transcript import Paragraph, caption_blocks, speakers, timed_caption_lines

    captions = timed_caption_lines(text)  # a video's transcript copied as text: "0:00" above each caption
    if captions is not None:
        return caption_blocks(captions)
    paragraphs = _paragraphs(text)
    whose = speakers([Paragraph(p.lines[0][1], p.opens_turn, p.speaker) for p in paragraphs])
    builder = BlockBuilder()
    for paragraph, (spoken, speaker) in zip(paragraphs, whose, strict=True):
        # a label opening a paragraph that no speaker says (a dateline, an FAQ's "A:") still says it is no title
        _add_paragraph(builder, paragraph.lines, spoken, speaker, titled=not (spoken or paragraph.opens_turn))
    return builder.blocks


def _paragraphs(text: str) -> list[_Paragraph]:
    """The paragraphs of a plain text with words in them.  A speaker's label starts one; a label with
    nothing said after it yet ("MODERATOR:" on a line of its own) opens the paragraph below it, over
    blank lines."""
    from .transcript import spoken_line, takes_bare_questions, takes_dotted_labels, takes_timed_labels

    paragraphs: list[_Paragraph] = []
    current = _Paragraph()
    bare_questions, dotted_labels = takes_bare_questions(text), takes_dotted_labels(text)
    timed_labels = takes_timed_labels(text)  # Otter's "Speaker 1  0:00" alone on a line
    for number, line in enumerate(text.split("\n"), start=1):
        spoken = spoken_line(line, bare_questions, dotted_labels, timed_labels)
        if spoken.new_turn:
            if current.lines:
                paragraphs.append(current)
            current = _Paragraph(opens_turn=True, speaker=spoken.speaker)
        if spoken.words.strip():
            current.lines.append((number, spoken.words))
        elif not line.strip() and current.lines:
            paragraphs.append(current)
            current = _Paragraph()
        # else a line of a timestamp, a label or a stage note alone: nothing said on it
    if current.lines:
        paragraphs.append(current)
    return paragraphs


def _add_paragraph(
    builder: BlockBuilder, paragraph: list[tuple[int, str]], spoken: bool, speaker: str | None, titled: bool
) -> None:
    """A paragraph's blocks: its title line (if it may have one: not in a speaker's turn), then its text and
    list items."""
    lines = [line for _, line in paragraph]
    start = 0  # lines[:start] are title lines, each written as a block of its own
    if titled and _is_title_line(lines[0], lines[1:]):
        builder.add(lines[0], paragraph[0][0])
        builder.end_block(BlockKind.HEADING)
        start = 1
        # a header of title lines ("THE WHITE HOUSE / Office of the Press Secretary / FOR IMMEDIATE RELEASE"):
        # each one under the first that is a title too, in Title Case, is a title ("Office" named an actor)
        while start < len(lines) and _is_title_over(
            lines[start], _line_at(lines, start + 1), partial(_longest_from, lines, start + 1)
        ):
            if not _in_title_case(lines[start].split()):
                break
            builder.add(lines[start], paragraph[start][0])
            builder.end_block(BlockKind.HEADING)
            start += 1
        if start == len(lines):
            return
    kind = BlockKind.PARAGRAPH
    for index in range(start, len(lines)):
        number, line = paragraph[index]
        marker = _list_marker(lines, index)
        if marker:
            builder.end_block(kind, speaker, spoken)
            kind = BlockKind.ITEM
            if titled and _is_numbered_headline(lines, index, marker):
                builder.add(line[marker.end() :], number)
                builder.end_block(kind, speaker, spoken)
                kind = BlockKind.PARAGRAPH
                continue
            line = line[marker.end() :]
        builder.add(line + "\n", number)
    builder.end_block(kind, speaker, spoken)


#: the number that opens a numbered list's item: "1.", "2)", "(3)"; not a bullet, nor a thread's "1/"
_NUMBER_MARKER = LazyPattern(r"[ \t]*\(?\d{1,3}[.)]")


def _is_numbered_headline(lines: list[str], index: int, marker: re.Match[str]) -> bool:
    """Whether ``lines[index]``, a numbered list's item (``marker``: its number), is a headline above a paragraph,
    not the first line of a wrapped item: "1. Mexico Deployed 10,000 Troops to the Border" above "The government
    said ..." was the opening words of the paragraph's first sentence, and its own claim never matched.  Read as a
    paragraph's first line is (``_is_title_over``: short, no closing punctuation, above a line opening with a
    capital, in Title Case or clearly shorter than the item's lines below), a headline above a wrapped paragraph
    wins, as there; but not above a line indented further than its number, which goes on under the item's text."""
    if not _NUMBER_MARKER.fullmatch(marker.group().rstrip()):
        return False
    below = index + 1
    end = below
    while end < len(lines) and not _list_marker(lines, end):
        end += 1  # the item's lines: each is looked at for one item only
    if end == below or _indentation(lines[below]) > _indentation(lines[index]):
        return False
    return _is_title_over(lines[index][marker.end() :], lines[below], lambda: _longest_in(lines, below, end))


def _indentation(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _longest_in(lines: list[str], start: int, end: int) -> int:
    """The length of the longest of ``lines[start:end]``, spaces around it aside."""
    return max(len(lines[i].strip()) for i in range(start, end))


# a sentence's end inside a line ("...ships. The Pentagon"): two sentences are no title
_SENTENCE_END_INSIDE = LazyPattern(r"[.!?…][\"”’')\]]*\s|[。！？][」』”）]*(?=\S)")  # CJK's with no space after


def _one_line_titles(blocks: list[Block]) -> list[Block]:
    """Markdown and HTML blocks, a paragraph of one short line that does not end like a sentence
    (and has no sentence end inside) read as a title, as a title line alone is in plain text
    (``_is_title_line``): "A worksheet for Grade 10 🌎" is then judged as a heading is, and needs a
    verb to be a statement.  Only the article's first block: further down, a one-line paragraph
    with no verb the rules know is as often a headline-style claim ("Over 10,000 US troops now in
    Mexico"), which must still be checked."""
    if not blocks:
        return blocks
    first = blocks[0]
    if (
        first.kind is BlockKind.PARAGRAPH
        and not first.spoken  # a speaker's words are no title
        and not first.labelled  # nor an FAQ's answer ("A: About 200 advisers"), a label's words all the same
        and len(first.line_marks) == 1
        and _is_title_line(first.text, [])
        and not _SENTENCE_END_INSIDE.search(first.text)
    ):
        return [replace(first, kind=BlockKind.HEADING), *blocks[1:]]
    return blocks


# A lead-in to a list of links to other stories: "Related:", "Related stories", "Read more", "More on this story"
_RELATED_LEAD_IN = LazyPattern(
    r"\W*(?:related(?:[ \t]+(?:stories|articles|coverage|content|links|reading|news|posts))?"
    r"|(?:read|see)[ \t]+(?:more|also|next)|(?:also|further)[ \t]+read(?:ing)?"
    r"|more[ \t]+(?:on[ \t]+this(?:[ \t]+(?:story|topic))?|stories|from[ \t]+\w+(?:[ \t]+\w+)?)"
    r"|recommended(?:[ \t]+for[ \t]+you)?|you[ \t]+(?:may|might)[ \t]+also[ \t]+like|most[ \t]+(?:read|popular|viewed)"
    r"|trending(?:[ \t]+now)?|top[ \t]+stories)[ \t]*:?[ \t]*",
    re.IGNORECASE,
)


def _related_links(blocks: list[Block]) -> list[Block]:
    """The blocks, the list items under a lead-in to other stories ("Related:", "<h3>Related stories</h3>")
    marked as such: each is a headline the article links to, not something it says ("- Trump signs order on
    cartels" matched a claim).  The list is the run of items right after the lead-in, a heading or a
    paragraph of the lead-in's words alone."""
    read: list[Block] = []
    under_lead_in = False
    for block in blocks:
        if block.kind is BlockKind.ITEM and under_lead_in:
            block = replace(block, kind=BlockKind.RELATED)
        else:
            lead_in = block.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH) and not block.spoken
            under_lead_in = lead_in and _RELATED_LEAD_IN.fullmatch(block.text) is not None
        read.append(block)
    return read


# ---------------------------------------------------------------------------------------------


def parse_article(
    data: bytes | str,
    name: str | PathLike[str] = TEXT_NAME,
    input_format: InputFormat | InputFormatName = InputFormat.AUTO,
) -> Article:
    """Decode and read an article: its bytes (as read from a file or the web) or its text; ``InputError``
    when there is nothing usable in it.  ``name`` names it in messages, and its extension (``.md``,
    ``.html``, ``.srt``) helps tell the format when ``input_format`` is ``auto``.  ``input_format``: an
    ``InputFormat`` or its name ("markdown", in any case); ``ValueError`` naming the formats for another
    name ("md": "did you mean 'markdown'?"), and for a value that is no text (None: a ``TypeError`` too)."""
    # a path names the file the article was read from (``Path("a.html")``), as it did before
    # names were checked: its text is the name
    name = os.fspath(name) if isinstance(name, PathLike) else name
    if not isinstance(name, str):
        raise TypeError(f"name must be text (str) or a path, not {type(name).__name__}")
    if isinstance(data, str):
        data = _text_bytes(data, name)  # then the same checks as a file's bytes (NUL, empty)
    elif isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    elif not isinstance(data, bytes):  # None or a number failed inside with "... has no attribute 'startswith'"
        raise TypeError(f"parse_article takes the article's text (str) or bytes, not {type(data).__name__}")
    input_format = enum_choice(InputFormat, input_format, "input_format", synonyms(INPUT_FORMAT_NAMES))
    if input_format in _ZIP_FORMATS:
        return _zip_article(data, name, input_format)
    if input_format is InputFormat.AUTO:
        zip_format, archive = _zip_document(data, name)
        if zip_format is not None:
            return _zip_article(data, name, zip_format, archive)
        _refuse_a_flat_opendocument(data, name)
    elif data.startswith(b"PK\x03\x04"):
        _refuse_a_zip_document(data, name, input_format)
    source = decode_text(data, name, empty="nothing to scan", for_scan=True)
    text = _unix_line_ends(source)
    fmt = detect_format(text, name) if input_format is InputFormat.AUTO else input_format
    if fmt is InputFormat.HTML:
        from .htmltext import html_blocks
        from .transcript import labelled_blocks

        blocks = _one_line_titles(labelled_blocks(html_blocks(text)))
    elif fmt is InputFormat.MARKDOWN:
        from .markdowntext import markdown_blocks

        blocks = _one_line_titles(markdown_blocks(text))
    elif fmt is InputFormat.SUBTITLES:
        from .transcript import subtitle_blocks

        blocks = subtitle_blocks(text)
    else:
        blocks = text_blocks(text)
    if not blocks:
        raise InputError(f"no readable text in this {fmt.value} input", Location(name))
    from .publisher import publisher_notes

    return Article(name, fmt, tuple(publisher_notes(_related_links(blocks))), len(data), source)


def _refuse_a_zip_document(data: bytes, name: str, input_format: InputFormat) -> None:
    """A Word document or an OpenDocument text asked to be read as text (or markdown...): its zip's bytes were
    "a zip file ... copy its text into a .txt file"; it is told which format reads it."""
    from .docxtext import DOCX_FORMAT, looks_like_docx
    from .odttext import ODT_FORMAT, looks_like_odt

    if looks_like_docx(data):
        document, setting, wording = "a Word document (.docx)", "docx_format", DOCX_FORMAT
    elif looks_like_odt(data):
        document, setting, wording = "an OpenDocument text (.odt)", "odt_format", ODT_FORMAT
    else:
        return
    raise InputError(
        Advice(
            f"is {document}, not {{asked}}: read it with {{{setting}}}", {"asked": input_format.value, setting: wording}
        ),
        Location(name),
    )


def _refuse_a_flat_opendocument(data: bytes, name: str) -> None:
    """A flat OpenDocument (.fodt: one XML file), told by its name or its root element, was read as text or
    HTML, its XML as sentences: it is told to be saved as an .odt."""
    from .odttext import flat_opendocument_message

    message = flat_opendocument_message(data, name)
    if message is not None:
        raise InputError(message, Location(name))


def _zip_document(data: bytes, name: str) -> tuple[InputFormat | None, ZipFile | None]:
    """Whether ``data`` is read as a Word document or an OpenDocument: by its content first (with the zip
    opened, its directory read once, which the reader reads on): a zip whose [Content_Types].xml names
    WordprocessingML, one whose ``mimetype`` names an OpenDocument (of another kind than a text: the reader names
    it), or a password-protected Office file (which the Word reader names as one); so a .docx saved as
    "essay.odt" is read as the .docx it is.  When the content says neither, by its name's ending (a .docx or .odt
    that is no such zip is then told what it is by that reader)."""
    from .docxtext import is_docx_archive, is_encrypted_office_file
    from .odttext import opendocument_kind
    from .zipxml import open_zip

    by_suffix = _SUFFIXES.get(Path(name).suffix.lower()) if name and name != STDIN_NAME else None
    archive = open_zip(data)
    if archive is None:
        if is_encrypted_office_file(data):
            return InputFormat.DOCX, None
        return (by_suffix if by_suffix in _ZIP_FORMATS else None), None
    if is_docx_archive(archive):
        return InputFormat.DOCX, archive
    if opendocument_kind(archive) is not None:
        return InputFormat.ODT, archive
    if by_suffix in _ZIP_FORMATS:
        return by_suffix, archive
    archive.close()
    return None, None


def _zip_article(data: bytes, name: str, fmt: InputFormat, archive: ZipFile | None = None) -> Article:
    """The Word document (``docxtext``) or OpenDocument text (``odttext``) ``data`` read as an article: its
    text, a paragraph a line, is its ``source``, which its sentences' offsets index; read as an HTML page's blocks
    are (a speaker's label opening a paragraph starts a turn, a short first paragraph is a title)."""
    from .publisher import publisher_notes
    from .transcript import labelled_blocks
    from .zipxml import paragraph_blocks, paragraphs_text

    if fmt is InputFormat.ODT:
        from .odttext import read_odt

        paragraphs = read_odt(data, name, limit=MAX_ARTICLE_BYTES, archive=archive)
    else:
        from .docxtext import read_docx

        paragraphs = read_docx(data, name, limit=MAX_ARTICLE_BYTES, archive=archive)
    blocks = _one_line_titles(labelled_blocks(paragraph_blocks(paragraphs)))
    if not blocks:
        raise InputError(f"no readable text in this {fmt.value} input", Location(name))
    source = paragraphs_text(paragraphs)
    return Article(name, fmt, tuple(publisher_notes(_related_links(blocks))), len(data), source)


def _text_bytes(text: str, name: str) -> bytes:
    """``text`` in UTF-8, or an ``InputError`` for a lone surrogate, which no encoding can write."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        line = text.count("\n", 0, exc.start) + 1
        raise InputError(
            f"U+{ord(text[exc.start]):04X} on line {line} is half of a UTF-16 pair, not a character", Location(name)
        ) from None


def read_article(
    source: str | PathLike[str],
    stdin: BinaryIO | None = None,
    input_format: InputFormat | InputFormatName = InputFormat.AUTO,
) -> Article:
    """``read_source`` then ``parse_article``: what ``factcheck scan FILE`` reads (``"-"``: ``stdin``).
    ``InputError`` for a file that cannot be read, is too large, or has nothing to scan."""
    data, name = read_source(source, stdin)
    return parse_article(data, name, input_format)
