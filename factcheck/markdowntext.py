"""The readable text of a Markdown document, as blocks with line numbers.

Parsed with markdown-it-py (a CommonMark parser, already installed as a dependency of Rich):
it knows every corner of the syntax (nested emphasis, reference links, escapes, entities,
setext headings, lazy continuation lines) that a handful of regular expressions would get wrong,
and it reports the lines of every block.  Headings, paragraphs, list items, quotes and table
cells become blocks; emphasis and link syntax go, link text stays; footnote marks go, their notes
stay; images, code blocks and front matter are skipped; raw HTML blocks are read as HTML.

A transcript written in Markdown is read as a plain-text one is: a speaker's label opening a line of a
paragraph ("**MODERATOR:** Senator, ...", "SEN. CRUZ: ...") starts a turn and names its speaker, and
in a transcript (``transcript.reads_as_transcript``) the paragraphs after it are that speaker's too,
until the next label or heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .blocks import Block, BlockBuilder, BlockKind
from .htmltext import html_blocks
from .transcript import spoken_line, takes_bare_questions, takes_dotted_labels, with_speakers

#: inline tokens whose content is text a person reads
_TEXT_TOKENS = frozenset({"text", "code_inline"})
_LINE_BREAKS = frozenset({"softbreak", "hardbreak"})
# Footnotes (GitHub, Pandoc): a reference "claim.[^1]" and the "[^1]:" opening its note are marks, not
# words; CommonMark leaves them as text, where "[^1]" became a sentence and its "1" a number.
_FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]{1,60}\]:?")
# YAML (---) or TOML (+++) front matter at the very top of the file, as static site generators use.
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n(?:.*\n)*?(?:\1|\.\.\.)[ \t]*(?:\n|\Z)")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _blank_front_matter(text: str) -> str:
    """Front matter replaced by as many empty lines, so that line numbers stay right."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    return "\n" * match.group(0).count("\n") + text[match.end() :]


class _Walker:
    def __init__(self, bare_questions: bool = False, dotted_labels: bool = False) -> None:
        #: "Q" and one space is the White House's question label (``transcript.takes_bare_questions``)
        self.bare_questions = bare_questions
        #: "Q." and "A." are an FAQ's labels (``transcript.takes_dotted_labels``)
        self.dotted_labels = dotted_labels
        self.builder = BlockBuilder()
        self.heading = False
        self.cell = False
        self.list_depth = 0
        self.quote_depth = 0
        #: the speaker's label opening a turn whose first words are still to come (None: ">>" names nobody)
        self.label: tuple[str | None] | None = None
        #: the index of each block a speaker's label opens, and the speaker it names
        self.turns: dict[int, str | None] = {}

    def kind(self) -> BlockKind:
        if self.heading:
            return BlockKind.HEADING
        if self.cell:
            return BlockKind.CELL
        if self.list_depth:
            return BlockKind.ITEM
        return BlockKind.QUOTE if self.quote_depth else BlockKind.PARAGRAPH

    def walk(self, tokens: Sequence[Token]) -> list[Block]:
        for token in tokens:
            kind = token.type
            if kind == "inline":
                self.inline(token)
            elif kind == "html_block" and token.map:
                self.end_block()
                self.builder.blocks.extend(html_blocks(token.content, first_line=token.map[0] + 1))
            elif kind in ("heading_open", "heading_close"):
                self.heading = kind == "heading_open"
            elif kind in ("th_open", "td_open", "th_close", "td_close"):
                self.cell = kind.endswith("_open")
            elif kind in ("bullet_list_open", "ordered_list_open"):
                self.list_depth += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.list_depth -= 1
            elif kind == "blockquote_open":
                self.quote_depth += 1
            elif kind == "blockquote_close":
                self.quote_depth -= 1
            # fence, code_block and hr carry no prose: nothing to do
        return self.builder.blocks

    def inline(self, token: Token) -> None:
        line = token.map[0] + 1 if token.map else 1
        words: list[str] = []  # of the line being read (a code span's own line ends in it: ``_code_span``)
        source, at = token.content, 0  # the inline text as written, and where the last code span found in it ends
        for child in token.children or ():
            if child.type == "text":
                words.append(_FOOTNOTE_MARK.sub("", child.content))
            elif child.type == "code_inline":
                code, at = _code_span(child, source, at)
                words.append(code)
            elif child.type in _TEXT_TOKENS:
                words.append(child.content)
            elif child.type in _LINE_BREAKS:
                written = "".join(words)
                self.add_line(written, line)
                words = []
                line += 1 + written.count("\n")
                self.builder.add(" ", line)
            # link, emphasis and inline HTML markers carry no text; images are skipped whole
        self.add_line("".join(words), line)
        self.end_block()

    def add_line(self, words: str, line: int) -> None:
        """One line of a block's text; in a paragraph or a quote, a speaker's label opening it starts a turn.  A
        code span's line ends in ``words`` move the line on (``BlockBuilder.add``), and read as spaces."""
        if self.kind() in (BlockKind.PARAGRAPH, BlockKind.QUOTE):
            flat = words.replace("\n", " ")
            spoken = spoken_line(flat, self.bare_questions, self.dotted_labels)
            if spoken.new_turn:
                self.end_block()
                self.label = (spoken.speaker,)
            ends_kept = spoken_line(words, self.bare_questions, self.dotted_labels) if flat != words else spoken
            # the same words but for the line ends (``_STAGE_NOTE`` reads a note within one line only)
            words = ends_kept.words if ends_kept.words.replace("\n", " ") == spoken.words else spoken.words
        self.builder.add(words, line)

    def end_block(self) -> None:
        kind = self.kind()
        if self.label is not None and not self.builder.is_empty:
            # a heading or a table after a label alone is none of the speaker's words
            if kind not in (BlockKind.HEADING, BlockKind.CELL):
                self.turns[len(self.builder.blocks)] = self.label[0]
            self.label = None
        self.builder.end_block(kind)

    def blocks_with_speakers(self) -> list[Block]:
        """The blocks, each turn's named after its speaker: in a transcript, those after a label's block
        too (a heading ends the turn; a table's cells are no part of it)."""
        return with_speakers(self.builder.blocks, self.turns)


def _code_span(token: Token, source: str, at: int) -> tuple[str, int]:
    """A code span's text with the line ends it was written over, and where it ends in ``source`` (the inline text
    as written, from ``at``, where the code span before it ended).  CommonMark makes its line ends spaces, and the
    lines of the paragraph after it were counted short: "`a,\\nb,\\nc,\\nd,\\ne` shows ..." left the rest of the
    paragraph four lines early, where ``offsets`` did not find its sentences.  As the token says when it is not found
    as written (a backslash before its backticks)."""
    content = token.content
    if " " not in content or "\n" not in source:
        return content, at
    body = "".join("[ \n]" if char == " " else re.escape(char) for char in content)
    marker = re.escape(token.markup)
    written = re.compile(rf"(?<![`\\]){marker}(?!`)(?P<code>[ \n]?{body}[ \n]?){marker}(?!`)").search(source, at)
    if written is None:
        return content, at
    code = written["code"]
    if len(code) == len(content) + 2:  # one space taken off each side, as CommonMark does
        code = code[1:-1]
    return (code if len(code) == len(content) else content), written.end()


def markdown_blocks(text: str) -> list[Block]:
    """The blocks of readable text of a Markdown document."""
    tokens = _parser().parse(_blank_front_matter(text))
    # its labels read as the walker reads them, without their emphasis ("**THE PRESIDENT:**", "**Q** Mr. President")
    plain = text.replace("*", "").replace("_", "")
    walker = _Walker(takes_bare_questions(plain), takes_dotted_labels(plain))
    walker.walk(tokens)
    return walker.blocks_with_speakers()
