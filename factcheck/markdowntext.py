"""The readable text of a Markdown document, as blocks with line numbers.

Parsed with markdown-it-py (a CommonMark parser, already installed as a dependency of Rich):
it knows every corner of the syntax (nested emphasis, reference links, escapes, entities,
setext headings, lazy continuation lines) that a handful of regular expressions would get wrong,
and it reports the lines of every block.  Headings, paragraphs, list items, quotes and table
cells become blocks; emphasis and link syntax go, link text stays; footnote marks go, their notes
stay; images, code blocks and front matter are skipped; raw HTML blocks are read as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .blocks import Block, BlockBuilder, BlockKind
from .htmltext import html_blocks

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
    def __init__(self) -> None:
        self.builder = BlockBuilder()
        self.heading = False
        self.cell = False
        self.list_depth = 0
        self.quote_depth = 0

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
                self.builder.end_block(self.kind())
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
        for child in token.children or ():
            if child.type == "text":
                self.builder.add(_FOOTNOTE_MARK.sub("", child.content), line)
            elif child.type in _TEXT_TOKENS:
                self.builder.add(child.content, line)
            elif child.type in _LINE_BREAKS:
                line += 1
                self.builder.add(" ", line)
            # link, emphasis and inline HTML markers carry no text; images are skipped whole
        self.builder.end_block(self.kind())


def markdown_blocks(text: str) -> list[Block]:
    """The blocks of readable text of a Markdown document."""
    tokens = _parser().parse(_blank_front_matter(text))
    return _Walker().walk(tokens)
