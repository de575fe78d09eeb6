"""A writer's liking of a word or two is a search, not a statement: "I like tacos" is no match for "Tacos were
invented in 1950".

The rule that a statement of a word or two is a search (``matching.is_a_search``: its matches are possible ones,
whatever their score) counted the words as written, while the matcher reads "I like tacos" as "tacos" ("I" and
"like" are stop words): in a file of four claims (tests/fixtures/tastes_desk.yaml) "tacos" was a possible match
at 0.96, "I like tacos" a full match at 0.96 shown beside FALSE, "hot water is nice" a match at 0.92 for "Hot water
kills the flu virus", and in the starter file "I love the Navy SEALs" a match at 0.91 for the SEALs' training claim.
A writer's liking whose topic is a word or two is now a search too (``matching.is_a_liking``); a statement saying
something of its topic, a short real claim, a paraphrase of the starter file, are read as before.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.lexical import LexicalMatcher
from factcheck.matching import POSSIBLE_MATCH, find_matches, is_a_liking, is_a_search
from factcheck.store import load_knowledge_base
from factcheck.text import liked_topic, terms, word_count

FIXTURES = Path(__file__).parent / "fixtures"
TASTES = FIXTURES / "tastes_desk.yaml"
STARTER = Path(__file__).parent.parent / "claims.yaml"


@pytest.fixture(scope="module")
def tastes() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(TASTES).claims, use_cache=False)


@pytest.fixture(scope="module")
def starter() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(STARTER).claims, use_cache=False)


# -- what changes: a liking of a word or two, shown as a possible match ------------------------------------------


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("I like tacos", "tacos-invented-1950"),  # 0.96, a match before
        ("I don't like tacos!", "tacos-invented-1950"),
        ("hot water is nice", "hot-water-kills-flu"),  # 0.92, a match before
        ("I love hot water", "hot-water-kills-flu"),  # 0.92, a match before
    ],
)
def test_a_liking_of_a_word_or_two_is_a_possible_match_in_a_small_file(
    tastes: LexicalMatcher, statement: str, expected: str
) -> None:
    (match,) = find_matches(tastes, statement, top=1)
    assert match.claim.id == expected
    assert match.score >= 0.8  # the score is the matcher's, unchanged: the label says what it is worth
    assert not match.is_strong
    assert match.label == POSSIBLE_MATCH


def test_a_liking_of_the_navy_seals_is_a_possible_match_in_the_starter_file(starter: LexicalMatcher) -> None:
    (match,) = find_matches(starter, "I love the Navy SEALs", top=1)
    assert match.claim.id == "feb-2026-senate-approves-19-navy-seals"  # 0.91, a match before
    assert match.label == POSSIBLE_MATCH


def test_check_says_a_liking_is_not_a_statement(invoke: Callable[..., Result]) -> None:
    result = invoke("check", "--kb", str(TASTES), "I like tacos")
    assert result.exit_code == 0
    assert result.output.startswith(
        "Saying you like or dislike something is not a statement: each verdict below is about its claim, not about "
        "your words.\n"
    )
    assert "possible match 0.96" in result.output
    assert "\n  match " not in result.output


def test_check_json_calls_a_liking_a_possible_match(invoke: Callable[..., Result]) -> None:
    result = invoke("check", "--kb", str(TASTES), "--json", "hot water is nice")
    assert result.exit_code == 0
    assert '"strength": "possible match"' in result.output
    assert '"id": "hot-water-kills-flu"' in result.output


@pytest.mark.parametrize(
    ("statement", "topic_words"),
    [
        ("I like tacos", 1),
        ("We really love the Navy SEALs", 2),  # "the" is no word the matcher reads
        ("Tacos are so delicious.", 1),
        ("hot water tastes amazing", 2),
    ],
)
def test_a_liking_is_counted_by_the_words_of_its_topic(statement: str, topic_words: int) -> None:
    assert word_count(statement) >= 3  # a search by the rule of written words alone: no
    topic = liked_topic(statement)
    assert topic is not None and len(terms(topic)) == topic_words
    assert is_a_liking(statement) and is_a_search(statement)


# -- what must not change ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("Tacos were invented in 1950?", "tacos-invented-1950"),
        ("Tacos were invented in 1950", "tacos-invented-1950"),
        ("I think tacos were invented in 1950", "tacos-invented-1950"),  # an opinion of a fact, not a liking
        ("We love tacos, invented in 1950", "tacos-invented-1950"),  # a liking that says a fact of its topic
        ("Hot water kills the flu", "hot-water-kills-flu"),
        ("Does hot water kill the flu virus?", "hot-water-kills-flu"),
        ("The moon landing was staged", "moon-landing-staged"),
        ("Vaccines cause autism", "vaccines-cause-autism"),
    ],
)
def test_short_claims_of_the_small_file_are_still_matches(
    tastes: LexicalMatcher, statement: str, expected: str
) -> None:
    (match,) = find_matches(tastes, statement, top=1)
    assert match.claim.id == expected
    assert match.is_strong


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("troops in Mexico", "there-are-us-troops-in-mexico"),  # two content words, but no liking: 0.84
        ("10,000 troops in Mexico", "us-troops-in-mexico-10000"),
        ("Mexico refused US troops", "sheinbaum-rejected-trump-troop-offer"),
        ("Hay tropas de Estados Unidos en México", "there-are-us-troops-in-mexico"),
        ("Tropas de EE. UU. en México", "there-are-us-troops-in-mexico"),
    ],
)
def test_short_real_claims_of_the_starter_file_are_still_matches(
    starter: LexicalMatcher, statement: str, expected: str
) -> None:
    (match,) = find_matches(starter, statement, top=1)
    assert match.claim.id == expected
    assert match.is_strong


def _fixture_statements(name: str) -> list[str]:
    """Every cell of a fixture TSV of three written words or more (its statements; ids and labels are fewer)."""
    cells = []
    for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cells.extend(cell for cell in line.split("\t") if word_count(cell) >= 3)
    return cells


@pytest.mark.parametrize(
    "name",
    [
        "starter_paraphrases.tsv",
        "starter_offtopic.tsv",
        "starter_review_design.tsv",
        "starter_review_heldout.tsv",
        "starter_spanish.tsv",
        "spanish_desk_statements.tsv",
        "local_desk_statements.tsv",
        "climate_desk_statements.tsv",
    ],
)
def test_no_statement_of_the_fixtures_is_read_as_a_liking(name: str) -> None:
    # each keeps its label: the rule of written words is the only one that reads them (their matches and labels
    # are asserted in test_matching_quality, test_spanish and the desks' tests)
    statements = _fixture_statements(name)
    assert statements
    assert [s for s in statements if is_a_liking(s)] == []


@pytest.mark.parametrize(
    "statement",
    [
        "We hate US troops in Mexico",  # its topic says three words: a statement, whatever the writer feels of it
        "I like how Mexico refused US troops",
        "Coffee is bad",  # "bad" may be a claim's word ("unhealthy"): no liking
        "The planet is cool",
        "hate crimes rose",  # "hate" not a writer's
        "troops in Mexico",
        "The Great Barrier Reef is dying",
    ],
)
def test_a_statement_is_no_liking(statement: str) -> None:
    assert not is_a_liking(statement)
    assert not is_a_search(statement)


def test_the_help_and_the_json_docs_name_a_liking_among_what_makes_a_possible_match() -> None:
    # "I love the Navy SEALs" is three words: "a statement of a word or two" alone does not tell a script why its
    # strength is "possible match" (integration review)
    from typer.testing import CliRunner

    from factcheck.cli.app import app

    help_text = " ".join(CliRunner().invoke(app, ["check", "--help"], env={"COLUMNS": "200"}).stdout.split())
    assert "a liking of a word or two" in help_text
    docs = Path(__file__).parent.parent / "docs"
    for page in ("commands.md", "scripting.md"):
        assert "a liking of a word or two" in " ".join((docs / page).read_text("utf-8").split()), page
