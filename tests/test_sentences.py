"""Sentence splitting: the hard cases of news prose, block edges, and the line of each sentence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.article import parse_article
from factcheck.blocks import BlockBuilder, BlockKind
from factcheck.sentences import split_block, split_sentences

# The hard cases the chosen splitter gets right (bench/sentence_splitters.py has these and the
# ones no candidate gets right, such as "$3.5bn.The Senate" with no space).
HARD_CASES = [
    (
        "U.S. troops entered Mexico in 1916. They left in 1917.",
        ["U.S. troops entered Mexico in 1916.", "They left in 1917."],
    ),
    ("The U.S. Senate voted on the plan.", ["The U.S. Senate voted on the plan."]),
    (
        "Gen. Pershing led 6,675 men into Mexico. The hunt failed.",
        ["Gen. Pershing led 6,675 men into Mexico.", "The hunt failed."],
    ),
    ("The request was No. 5 on the agenda. It passed.", ["The request was No. 5 on the agenda.", "It passed."]),
    ("Congress spent about $3.5 billion. That is a lot.", ["Congress spent about $3.5 billion.", "That is a lot."]),
    (
        'Sheinbaum said, "Our sovereignty is not for sale." Trump disagreed.',
        ['Sheinbaum said, "Our sovereignty is not for sale."', "Trump disagreed."],
    ),
    ('"Is it true?" she asked the minister.', ['"Is it true?" she asked the minister.']),
    (
        "“It is not going to happen.” The president was firm.",
        ["“It is not going to happen.”", "The president was firm."],
    ),
    ("The plane landed at 5 p.m. on Friday.", ["The plane landed at 5 p.m. on Friday."]),
    (
        "It landed on Jan. 17, 2026, in Toluca. No troops got off.",
        ["It landed on Jan. 17, 2026, in Toluca.", "No troops got off."],
    ),
    (
        "Dr. Smith and Mr. Jones met Gov. Abbott. They talked.",
        ["Dr. Smith and Mr. Jones met Gov. Abbott.", "They talked."],
    ),
    ("Units (e.g. ODA 715) trained there. Others did not.", ["Units (e.g. ODA 715) trained there.", "Others did not."]),
    (
        "Approx. 155 Marines took part. The exercise ended in April.",
        ["Approx. 155 Marines took part.", "The exercise ended in April."],
    ),
    (
        "Are there US troops in Mexico? Yes, a few. Really!",
        ["Are there US troops in Mexico?", "Yes, a few.", "Really!"],
    ),
    (
        "J. J. Pershing was a U.S. Army general. He led the expedition.",
        ["J. J. Pershing was a U.S. Army general.", "He led the expedition."],
    ),
    ("The troops stayed in the U.S. They never crossed.", ["The troops stayed in the U.S.", "They never crossed."]),
    ("the senate voted. then it adjourned.", ["the senate voted.", "then it adjourned."]),
    (
        "The exercise ran from Mar. 24 to Apr. 23. It took place in Baja.",
        ["The exercise ran from Mar. 24 to Apr. 23.", "It took place in Baja."],
    ),
]


def one_block(text: str) -> list[str]:
    builder = BlockBuilder()
    builder.add(text, 1)
    builder.end_block()
    return [s.text for s in split_block(builder.blocks[0])]


@pytest.mark.parametrize(("text", "expected"), HARD_CASES, ids=[t[:30] for t, _ in HARD_CASES])
def test_hard_cases(text: str, expected: list[str]) -> None:
    assert one_block(text) == expected


def test_headings_and_list_items_stand_alone_and_keep_their_lines() -> None:
    markdown = (
        "# Troops in Mexico\n"
        "The Senate approved 155 Marines.\n"
        "\n"
        "- 10 trainers in 2025\n"
        "- 19 SEALs in 2026\n"
        "\n"
        "A paragraph that\n"
        "wraps. Then a second sentence\n"
        "that also wraps.\n"
    )
    sentences = split_sentences(parse_article(markdown.encode(), "a.md").blocks)
    assert [(s.line, s.kind, s.text) for s in sentences] == [
        (1, BlockKind.HEADING, "Troops in Mexico"),
        (2, BlockKind.PARAGRAPH, "The Senate approved 155 Marines."),
        (4, BlockKind.ITEM, "10 trainers in 2025"),
        (5, BlockKind.ITEM, "19 SEALs in 2026"),
        (7, BlockKind.PARAGRAPH, "A paragraph that wraps."),
        (8, BlockKind.PARAGRAPH, "Then a second sentence that also wraps."),
    ]


def test_a_megabyte_without_punctuation_is_one_sentence() -> None:
    assert len(one_block("word " * 200_000)) == 1


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.characters(exclude_characters="\n"), max_size=60), min_size=1, max_size=8))
def test_sentences_are_pieces_of_their_block_in_order(lines: list[str]) -> None:
    builder = BlockBuilder()
    for number, line in enumerate(lines, start=1):
        builder.add(line + "\n", number)
    builder.end_block()
    for block in builder.blocks:
        position = 0
        for sentence in split_block(block):
            found = block.text.find(sentence.text, position)
            assert found >= position and sentence.text == sentence.text.strip() and sentence.text
            assert 1 <= sentence.line <= len(lines)
            position = found + len(sentence.text)
