"""The sentences ``scan`` reads in a text given as one block of an article, for the tests of sentence splitting."""

from __future__ import annotations

from factcheck.blocks import BlockBuilder
from factcheck.sentences import split_block


def one_block(text: str) -> list[str]:
    builder = BlockBuilder()
    builder.add(text, 1)
    builder.end_block()
    return [sentence.text for sentence in split_block(builder.blocks[0])]
