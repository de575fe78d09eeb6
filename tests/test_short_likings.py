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
from factcheck.text import liked_topic, terms, text_language, word_count

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


# -- scan: a liking of a word or two is an opinion, skipped with the reason opinions get -----------------------------
# scan lists the claims of an article to research: "Hot water is nice." was one ("names an actor (Hot)", shown the
# hot-water claim as a possible match at 0.92 in tests/fixtures/tastes_desk.yaml), "I love the Navy SEALs." a
# caption without a verb.  A writer's liking of a word or two has nothing to research: it is skipped as scan skips
# "I think ...", with the words that say it.


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Hot water is nice.", "opinion marker (is nice)"),
        ("I love the Navy SEALs.", "opinion marker (I love)"),
        ("I like tacos.", "opinion marker (I like)"),
        ("We really love Mexico!", "opinion marker (We really love)"),
        ("I love mayo on fries.", "opinion marker (I love)"),  # "no checkable detail" before
        ("Me gustan los tacos.", "opinion marker (Me gustan)"),
        ("Me encanta México.", "opinion marker (Me encanta)"),
        ("El agua caliente es agradable.", "opinion marker (es agradable)"),
        ("Amo a los Navy SEALs.", "opinion marker (Amo a)"),
    ],
)
def test_scan_skips_a_liking_of_a_word_or_two_as_an_opinion(sentence: str, reason: str) -> None:
    from factcheck.claimlike import assess

    assert assess(sentence) == (False, reason)


def test_scan_shows_no_match_for_a_liking_in_a_small_file(invoke: Callable[..., Result], tmp_path: Path) -> None:
    article = tmp_path / "tastes.txt"
    article.write_text("Hot water is nice.\n\nTacos were invented in 1950.\n", encoding="utf-8")
    result = invoke("scan", "--kb", str(TASTES), str(article))
    assert result.exit_code == 0
    assert "1  Hot water is nice.  · skipped: opinion marker (is nice)\n" in result.output
    assert "hot-water-kills-flu" not in result.output  # a possible match at 0.92 before
    assert "tacos-invented-1950" in result.output


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("US troops in Mexico is a lie.", "names an actor (US)"),  # "a lie" rates a claim: no liking
        ("Mexico is nice to US troops.", "names an actor (US)"),  # "nice to ...": no sentence's close
        ("Trump loves tariffs on Mexico that rose 25%.", "has a number (25%)"),  # Trump's liking, not the writer's
        ("We love tacos, invented in 1950.", "has a number (1950)"),
        ("Me gusta que haya 10.000 soldados de EU en México.", "has a number (10.000)"),  # a clause, a number
    ],
)
def test_scan_still_reads_these_as_claims(sentence: str, reason: str) -> None:
    from factcheck.claimlike import assess

    checkable, why = assess(sentence)
    assert checkable and reason in why


# near misses (integration review of likings121): each was a claim to check before the rule, and stays one
@pytest.mark.parametrize(
    "sentence",
    [
        # a liking quoted or told of someone else: whether they said it is what a fact-checker verifies
        '"I hate Mexicans," Trump said.',
        "Trump said Mexico is great.",
        '"Odio a los mexicanos", dijo Trump.',
        "Trump dijo que México es maravilloso.",
        '"We love Mexico," said Biden.',
        "I love Mexico, Trump said.",
        "Fauci said masks are great.",
        "Trump says Mexico is great.",
        '"Me encanta México", dijo Trump.',
        "Adoro a Sheinbaum, dijo Trump.",
        # a hedge opening the claim after it
        "I hate to say it, but Trump won.",
        "We hate to say it: Biden won.",
        "I hate it that Trump won.",
        '"That Trump won" is great.',
        "I like: that 10,000 troops are there.",
        # "Odio" and "Gosto" as nouns, opening a news sentence
        "Odio racial se dispara.",
        "Odio en redes se triplicó.",
        "Odio político aumenta.",
        "Gosto de Lula aumenta.",
        # a liking of a number: scan keeps it, as it keeps any sentence with a number (check notes it)
        "I love 5G.",
        "We love the 1990s.",
        "I love 2020.",
    ],
)
def test_scan_does_not_skip_these_near_misses_as_likings(sentence: str) -> None:
    from factcheck.claimlike import assess

    checkable, why = assess(sentence)
    assert checkable, why


@pytest.mark.parametrize(
    "statement",
    [
        '"I hate Mexicans," Trump said.',
        "Trump said Mexico is great.",
        "Trump dijo que México es maravilloso.",
        "I love Mexico, Trump said.",
        "Trump tweeted that Mexico is great.",
        "I hate to say it, but Trump won.",
        "I hate it that Trump won.",
        "I like: that troops are there.",
        '"That Trump won" is great.',
        "Odio racial se dispara.",
        "Odio en redes se triplicó.",
        "Gosto de Lula aumenta.",
    ],
)
def test_an_attributed_quoted_or_hedged_statement_is_no_liking(statement: str) -> None:
    assert not is_a_liking(statement)


@pytest.mark.parametrize(
    "statement",
    ["Odio la pizza", "Amo a los Navy SEALs", "Gosto do México", "Gosto muito de tacos", "I love how you smile"],
)
def test_a_liking_near_those_is_still_one(statement: str) -> None:
    assert is_a_liking(statement)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("I hate the 155 Marines", "mar-2025-155-us-marines-fenix-exercise"),  # a match 0.87 without the note
        ("I love 10,000 troops", "us-troops-in-mexico-10000"),  # 0.91
        ("I love ten thousand troops", "us-troops-in-mexico-10000"),
    ],
)
def test_check_notes_a_liking_of_a_number(invoke: Callable[..., Result], statement: str, expected: str) -> None:
    # liking a number asserts nothing the claim rates: a possible match, with check's note, as "I like tacos"
    result = invoke("check", statement)
    assert result.exit_code == 0
    assert result.output.startswith("Saying you like or dislike something is not a statement")
    assert expected in result.output
    assert "\n  match " not in result.output


def test_check_reads_a_liking_of_a_clause_as_a_statement(invoke: Callable[..., Result]) -> None:
    result = invoke("check", "I like that 10,000 troops are there")
    assert result.exit_code == 0
    assert not result.output.startswith("Saying you like")
    assert "\n  match " in result.output and "us-troops-in-mexico-10000" in result.output


def test_scan_does_not_skip_a_liking_of_three_words() -> None:
    from factcheck.claimlike import assess

    # its topic has three words: not skipped as a liking
    assert not assess("We hate US troops in Mexico.").reason.startswith("opinion marker")


@pytest.mark.xfail(strict=True, reason="scan's claim rules know no 'hate' or 'love' as a verb: a caption's reason")
def test_scan_reads_a_liking_of_three_words_as_a_claim() -> None:
    from factcheck.claimlike import assess

    assert assess("We hate US troops in Mexico.").checkable


def test_no_claim_of_the_starter_file_is_skipped_as_a_liking() -> None:
    from factcheck.claimlike import assess

    kb = load_knowledge_base(STARTER)
    wordings = [wording for claim in kb.claims for wording in (claim.claim, *claim.aliases)]
    assert len(wordings) > 20
    assert [w for w in wordings if assess(w).reason.startswith("opinion marker")] == []


# -- Spanish and Portuguese likings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "topic_words"),
    [
        ("Me gustan los tacos", 1),
        ("Me encanta México", 1),
        ("El agua caliente es agradable", 2),
        ("Amo a los Navy SEALs", 2),
        ("No me gusta el agua caliente", 2),
        ("A mí me encantan los tacos", 1),
        ("Odio a los Navy SEALs", 2),
        ("Los tacos son deliciosos", 1),
        ("Eu amo o México", 1),
        ("Adoro tacos", 1),
        ("Gosto muito de tacos", 1),
    ],
)
def test_a_spanish_or_portuguese_liking_is_counted_by_the_words_of_its_topic(statement: str, topic_words: int) -> None:
    topic = liked_topic(statement)
    assert topic is not None and len(terms(topic, text_language(statement))) == topic_words
    assert is_a_liking(statement) and is_a_search(statement)


@pytest.mark.parametrize("statement", ["Amo a los Navy SEALs", "Me gustan los Navy SEALs"])
def test_check_says_a_spanish_liking_is_not_a_statement(invoke: Callable[..., Result], statement: str) -> None:
    # "Amo a los Navy SEALs" was a match (0.89) for the SEALs' training claim, shown beside TRUE
    result = invoke("check", statement)
    assert result.exit_code == 0
    assert result.output.startswith("Saying you like or dislike something is not a statement")
    assert "feb-2026-senate-approves-19-navy-seals" in result.output
    assert "possible match 0.8" in result.output
    assert "\n  match " not in result.output


@pytest.mark.parametrize(
    "statement",
    [
        "Me gusta que haya 10.000 soldados",  # a clause with a number: what the writer likes is a claim
        "Me gusta que haya soldados",  # a clause: it says there are
        "I like that 10,000 troops are there",
        "Me encanta que Sheinbaum rechazara a Trump",
        "Bezos es rico",  # "rico" may be a claim's word (rich): no liking
        "El aborto es legal",
        "México es agradable para las tropas de EU",  # "agradable para ...": no sentence's close
        "El odio crece en la frontera",  # "odio", a noun not at the start
        "Odio político aumenta",  # a noun at the start, with no "a" or article after it
        "Amo de casa fue detenido",
        "Odio de clase crece",
        "Amo a los soldados de Estados Unidos en México",  # its topic says more than two words
    ],
)
def test_a_spanish_statement_is_no_liking(statement: str) -> None:
    assert not is_a_liking(statement)
    assert not is_a_search(statement)
