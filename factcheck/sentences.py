"""Sentences of an article, each with the line it starts on.

Splitting is nupunkt's (the Punkt algorithm with a pre-trained English model; pure Python, no
dependencies, MIT).  It was chosen over pysbd, syntok, sentencex, blingfire and a regular
expression by ``bench/sentence_splitters.py``: it handled the most of our hard cases
(abbreviations such as "U.S." and "Gen.", "No. 5", decimals, quotes, initials) and splits
1 MB in well under a second, where pysbd takes several seconds.  Sentences never cross the
edge of a block, so headings without a full stop and list items stand alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from .blocks import Block, BlockKind


@dataclass(frozen=True)
class Sentence:
    text: str
    line: int  # the line of the file the sentence starts on (1-based)
    kind: BlockKind  # what kind of block it comes from (heading, list item...)


class _Splitter(Protocol):
    def spans(self, text: str) -> list[tuple[int, int]]: ...


@lru_cache(maxsize=1)
def _splitter() -> _Splitter:
    import nupunkt

    tokenizer: _Splitter = nupunkt.load("default")
    return tokenizer


def split_block(block: Block) -> Iterator[Sentence]:
    """The sentences of one block, in order."""
    for start, end in _splitter().spans(block.text):
        text = block.text[start:end].strip()
        if text:
            yield Sentence(text, block.line_at(start), block.kind)


def split_sentences(blocks: Iterable[Block]) -> list[Sentence]:
    """The sentences of a sequence of blocks, in reading order."""
    return [sentence for block in blocks for sentence in split_block(block)]
