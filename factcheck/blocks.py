"""Blocks of running text (paragraphs, headings, list items...) that remember their line numbers.

Every article reader (plain text, Markdown, HTML) turns its input into blocks: the text a person
reads, with markup removed and whitespace collapsed, plus enough bookkeeping to say on which line
of the original file any character of that text came from.  Sentences never cross a block's
edge: a heading without a full stop does not run into the paragraph after it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

_WHITESPACE = re.compile(r"\s+")


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    ITEM = "item"  # a list item, or a definition
    QUOTE = "quote"  # a block quotation
    CELL = "cell"  # a table cell
    # the page's or the broadcaster's notice: "Copyright 2026 CNN. All rights reserved.", a rush transcript's
    NOTICE = "notice"
    #: an item of a list of links to other stories, under a "Related:" or "Read more" lead-in: their headlines
    RELATED = "related"
    #: the publisher's description of itself: "The Associated Press is an independent global news organization
    #: ..." (``publisher.publisher_notes``); the kind of the sentences ``Block.publisher_spans`` holds, not of a
    #: block: the rest of their paragraph is the story's
    PUBLISHER = "publisher"


@dataclass(frozen=True)
class Block:
    text: str
    kind: BlockKind
    #: (offset in ``text``, line in the file) at each place where the source line changes
    line_marks: tuple[tuple[int, int], ...]
    #: who says it, in a transcript or subtitles ("SHEINBAUM", "Sen. Cruz"); None elsewhere
    speaker: str | None = None
    #: a speaker's words, in a transcript or subtitles (a turn, whether its speaker is named or not): its filler
    #: is taken off its sentences (``transcript.without_filler``)
    spoken: bool = False
    #: a label opened it: a speaker's, or one that names nobody (an FAQ's "A:", a news dateline), which still says
    #: the block is no title (``article._one_line_titles``)
    labelled: bool = False
    #: (start, end) in ``text`` of the sentences in which the publisher describes itself (``BlockKind.PUBLISHER``)
    publisher_spans: tuple[tuple[int, int], ...] = ()

    @property
    def line(self) -> int:
        """The line the block starts on (1-based)."""
        return self.line_marks[0][1]

    def is_publishers(self, offset: int) -> bool:
        """Whether the character at ``offset`` of ``text`` is in a sentence of the publisher's (``publisher_spans``,
        in order: found by bisection, as a paragraph may hold thousands)."""
        index = bisect.bisect_right(self.publisher_spans, (offset, float("inf"))) - 1
        return index >= 0 and self.publisher_spans[index][0] <= offset < self.publisher_spans[index][1]

    @cached_property
    def _mark_offsets(self) -> list[int]:
        return [mark[0] for mark in self.line_marks]

    def line_at(self, offset: int) -> int:
        """The line of the file that the character at ``offset`` of ``text`` came from."""
        index = bisect.bisect_right(self._mark_offsets, offset) - 1
        return self.line_marks[max(index, 0)][1]


class BlockBuilder:
    """Collects pieces of text, each with the line it starts on, into blocks.

    Whitespace runs (newlines included) become one space, as a browser shows them; a newline
    inside a piece moves to the next line.  ``end_block`` closes the block being built.
    """

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._marks: list[tuple[int, int]] = []
        self._length = 0
        self._space_pending = False

    def add(self, text: str, line: int) -> None:
        for number, segment in enumerate(text.split("\n"), start=line):
            if number > line:
                self._space_pending = True  # the newline itself
            self._add_segment(segment, number)

    def _add_segment(self, segment: str, line: int) -> None:
        if not segment:
            return
        leading_space = segment[0].isspace()
        trailing_space = segment[-1].isspace()
        words = _WHITESPACE.sub(" ", segment).strip()
        if not words:
            self._space_pending = self._space_pending or leading_space
            return
        if self._length and (self._space_pending or leading_space):
            self._parts.append(" ")
            self._length += 1
        if not self._marks or self._marks[-1][1] != line:
            self._marks.append((self._length, line))
        self._parts.append(words)
        self._length += len(words)
        self._space_pending = trailing_space

    def last_words(self) -> str:
        """The last piece of text of the block being built ("" at its start)."""
        return self._parts[-1] if self._parts else ""

    def end_block(
        self, kind: BlockKind = BlockKind.PARAGRAPH, speaker: str | None = None, spoken: bool = False
    ) -> None:
        if self._parts:
            self.blocks.append(Block("".join(self._parts), kind, tuple(self._marks), speaker, spoken))
        self._parts = []
        self._marks = []
        self._length = 0
        self._space_pending = False

    @property
    def is_empty(self) -> bool:
        return not self._parts
