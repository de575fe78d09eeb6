"""``check --sentences``: a statement of several sentences that matches nothing read whole may match by one of them.

A moderator's post is often a claim and a word to the reader: "There are US troops in Mexico. Stay safe everyone."
scored 0.15 read whole against the starter file, where its first sentence alone scores 0.88 (MISLEADING).  With
``--sentences`` (``find_matches(..., sentences=True)`` in Python) the sentence's matches are given, and the JSON's
``sentence`` says which sentence they are of.  It is off by default: on the CheckThat! tweets it raised the false
matches (``matching.search_statement`` gives the figures), so the default answers stay those read whole."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factcheck import load_knowledge_base
from factcheck.matching import Matcher, build_matcher, find_matches, find_matches_for_each, search_statement
from factcheck.sentences import statement_sentences

REPO = Path(__file__).parent.parent
CLAIM = "there-are-us-troops-in-mexico"

#: statements whose claim is in one sentence, beside words to the reader, and the sentence that matches
SPLIT = {
    "There are US troops in Mexico. Stay safe everyone.": "There are US troops in Mexico.",
    "Stay safe. There are US troops in Mexico.": "There are US troops in Mexico.",
    "Thread 🧵 Stay safe. There are US troops in Mexico.": "There are US troops in Mexico.",
    "Are there US troops in Mexico? Stay safe everyone.": "Are there US troops in Mexico?",
}

#: statements that must not be read as agreeing with the claim of one of their sentences: a verdict or denial in
#: another sentence, or no sentence that makes a claim
NOT_AGREEING = (
    "Stay safe. There are US troops in Mexico. That is false.",
    "False. There are US troops in Mexico.",
    "Stay safe. There are US troops in Mexico. Lies!",
    "Stay safe. There are US troops in Mexico. Don't believe it.",
    "Wow. Stay safe everyone. Thread 🧵",
)

#: a sentence beside the claim that judges or doubts it, in words no verdict rule reads (review of sentences125): the
#: claim's sentence alone would read as the statement agreeing with it, so the statement is read whole
DOUBTING = (
    "Anyone who tells you this is lying to you.",
    "Completely made up.",
    "Just kidding.",
    "Or so they want you to believe.",
    "I doubt it.",
    "Sure, and I am the Pope.",
    "Haha, as if.",
    "C'est faux.",
    "Das ist falsch.",
    "This claim has been debunked by every fact-checker out there.",
    "Yeah right.",
    "Sí, claro.",
    "That is what my uncle keeps saying, and he is wrong about it.",
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return build_matcher(load_knowledge_base(REPO / "claims.yaml"), matcher="lexical", use_cache=False)


def _answer(invoke: Callable[..., Any], starter_kb: Path, *args: str) -> dict[str, Any]:
    result = invoke("check", "--kb", str(starter_kb), "--json", *args)
    assert result.exit_code in (0, 1), result.output
    answer: dict[str, Any] = json.loads(result.stdout)
    return answer


@pytest.mark.parametrize(("statement", "sentence"), SPLIT.items())
def test_a_claim_beside_words_to_the_reader_matches_by_its_sentence(
    invoke: Callable[..., Any], starter_kb: Path, statement: str, sentence: str
) -> None:
    answer = _answer(invoke, starter_kb, "--sentences", statement)
    assert [m["id"] for m in answer["matches"]][:1] == [CLAIM]
    assert answer["sentence"] == sentence
    assert answer["query"] == statement
    # scored as the sentence checked alone: the score means what it means for any statement
    alone = _answer(invoke, starter_kb, sentence)
    assert answer["matches"] == alone["matches"]
    assert alone["sentence"] is None


def test_without_the_option_the_statement_is_read_whole(invoke: Callable[..., Any], starter_kb: Path) -> None:
    answer = _answer(invoke, starter_kb, "There are US troops in Mexico. Stay safe everyone.")
    assert answer["matches"] == []
    assert answer["sentence"] is None
    assert answer["closest_score"] < 0.5


def test_the_sentence_keeps_its_denial(invoke: Callable[..., Any], starter_kb: Path) -> None:
    answer = _answer(invoke, starter_kb, "--sentences", "Stay safe everyone. There are no US troops in Mexico.")
    assert [(m["id"], m["polarity"]) for m in answer["matches"]][:1] == [(CLAIM, "opposite")]
    assert answer["sentence"] == "There are no US troops in Mexico."


@pytest.mark.parametrize("statement", NOT_AGREEING)
def test_no_sentence_is_read_as_agreeing_when_another_judges_it(
    invoke: Callable[..., Any], starter_kb: Path, statement: str
) -> None:
    answer = _answer(invoke, starter_kb, "--sentences", statement)
    assert all(m["polarity"] != "same" for m in answer["matches"] if m["id"] == CLAIM)


@pytest.mark.xfail(
    strict=True,
    reason="the closing verdict's part matches opposite alone (0.88), but the whole "
    "statement's closest candidate is another claim, so the part is not taken",
)
def test_a_closing_verdict_gives_the_opposite_match(invoke: Callable[..., Any], starter_kb: Path) -> None:
    answer = _answer(invoke, starter_kb, "--sentences", "Stay safe. There are US troops in Mexico. That is false.")
    assert [(m["id"], m["polarity"]) for m in answer["matches"]][:1] == [(CLAIM, "opposite")]


@pytest.mark.parametrize("doubt", DOUBTING)
@pytest.mark.parametrize("where", ["after", "before"])
def test_a_doubting_sentence_keeps_the_statement_whole(matcher: Matcher, doubt: str, where: str) -> None:
    claim = "There are US troops in Mexico."
    statement = f"Stay safe. {claim} {doubt}" if where == "after" else f"{doubt} {claim} Stay safe."
    assert statement_sentences(statement) == []
    assert all(m.polarity != "same" for m in find_matches(matcher, statement, sentences=True) if m.claim.id == CLAIM)


def test_the_score_does_not_depend_on_the_threshold(invoke: Callable[..., Any], starter_kb: Path) -> None:
    # the sentence is taken or not against the matcher's own threshold, then the user's filters: a higher
    # --min-score never raises the score of the same post
    statement = "Stay safe. There are US troops in Mexico."
    closest = {
        t: _answer(invoke, starter_kb, "--sentences", "--min-score", t, statement) for t in ("0.2", "0.3", "0.9")
    }
    assert {a["closest_score"] for a in closest.values()} == {0.8764}
    assert [a["sentence"] for a in closest.values()] == ["There are US troops in Mexico."] * 2 + [None]
    assert closest["0.9"]["matches"] == []


def test_the_terminal_says_which_sentence_matched(invoke: Callable[..., Any], starter_kb: Path) -> None:
    result = invoke("check", "--kb", str(starter_kb), "--sentences", "Stay safe. There are US troops in Mexico.")
    assert result.exit_code == 0, result.output
    assert "Matched on one sentence of the statement: There are US troops in Mexico." in result.stdout
    assert "Read as:" not in result.stdout  # the sentence is no misspelling corrected


def test_check_dash_answers_each_line_by_its_sentence(invoke: Callable[..., Any], starter_kb: Path) -> None:
    lines = "Stay safe. There are US troops in Mexico.\nHello there. Nice day today.\nThere are US troops in Mexico\n"
    result = invoke("check", "--kb", str(starter_kb), "--sentences", "-", input=lines)
    assert result.exit_code == 0, result.output
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["sentence"] for a in answers] == ["There are US troops in Mexico.", None, None]
    assert [[m["id"] for m in a["matches"]][:1] for a in answers] == [[CLAIM], [], [CLAIM]]


def test_the_library_finds_what_the_command_line_finds(
    invoke: Callable[..., Any], starter_kb: Path, matcher: Matcher
) -> None:
    for statement, sentence in SPLIT.items():
        answer = _answer(invoke, starter_kb, "--sentences", statement)
        found = find_matches(matcher, statement, sentences=True)
        assert [(m.claim.id, round(m.score, 4), m.polarity) for m in found] == [
            (m["id"], m["score"], m["polarity"]) for m in answer["matches"]
        ]
        assert {m.sentence for m in found} == {sentence}
        assert find_matches(matcher, statement) == []  # off by default, as check
    each = list(find_matches_for_each(matcher, list(SPLIT), sentences=True))
    assert each == [find_matches(matcher, statement, sentences=True) for statement in SPLIT]


def test_statements_matched_whole_keep_their_matches(matcher: Matcher) -> None:
    # the starter file's claims and aliases, and statements of two sentences that match whole: the option
    # changes nothing for them
    kb = load_knowledge_base(REPO / "claims.yaml")
    statements = [text for claim in kb.claims for text in (claim.claim, *claim.aliases)]
    statements += ["There are US troops in Mexico. That is false.", "Are there 10,000 US troops in Mexico? Really?"]
    for statement in statements:
        whole = find_matches(matcher, statement)
        assert find_matches(matcher, statement, sentences=True) == whole, statement
        assert all(m.sentence is None for m in whole)


def test_a_sentence_matching_another_claim_than_the_whole_is_not_taken(matcher: Matcher) -> None:
    # a long chatty statement's best candidate read whole is another claim than its last sentence's: the sentence's
    # match would rest on its few words alone (the CheckThat! false matches), and is not given
    chatter = " ".join(
        ["Stay safe everyone.", "The weather was nice in Riverton yesterday.", "Hello to my friends."] * 100
    )
    statement = f"{chatter} There are US troops in Mexico."
    assert len(statement_sentences(statement)) > 100
    whole = search_statement(matcher, statement, 3)
    assert whole[0].claim.id != CLAIM
    assert search_statement(matcher, statement, 3, sentences=True) == whole


@pytest.mark.parametrize(
    ("statement", "parts"),
    [
        ("There are US troops in Mexico", []),
        ("There are U.S. troops in Mexico.", []),
        ("There are US troops in Mexico. Stay safe everyone.", ["There are US troops in Mexico."]),
        ("Wow. There are US troops in Mexico!", ["There are US troops in Mexico!"]),
        ("Stay safe. There are US troops in Mexico. That is false.", ["There are US troops in Mexico. That is false."]),
        ("There are US troops in Mexico. Lies!", []),
        ("False. There are US troops in Mexico.", []),
        ("Is that true? Stay safe.", []),
        (
            "There are US troops in Mexico. Vaccines cause autism.",
            ["There are US troops in Mexico.", "Vaccines cause autism."],
        ),
        # an embedded post's attribution is no sentence of the claim
        ("Vaccines cause autism. Stay safe. — Dana Whitfield (@dana) May 1, 2020", ["Vaccines cause autism."]),
    ],
)
def test_statement_sentences(statement: str, parts: list[str]) -> None:
    assert statement_sentences(statement) == parts


class _CountingMatcher:
    """A matcher that counts its searches, delegating all else."""

    def __init__(self, matcher: Matcher) -> None:
        self._matcher = matcher
        self.searched: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._matcher, name)

    def search(self, query: str, top: int = 5) -> Any:
        self.searched.append(query)
        return self._matcher.search(query, top=top)


def test_a_long_statement_searches_at_most_the_first_sentences(matcher: Matcher) -> None:
    # a post of hundreds of sentences is searched whole, then by its first MAX_SENTENCES parts only: the cost stays
    # bounded (docs/matching.md gives it)
    from factcheck.matching import MAX_SENTENCES

    statement = " ".join(f"The weather was nice in Riverton on day {n}." for n in range(1, 200))
    assert len(statement_sentences(statement)) > MAX_SENTENCES
    counting = _CountingMatcher(matcher)
    search_statement(counting, statement, 3, sentences=True)  # type: ignore[arg-type]
    assert len(counting.searched) == 1 + MAX_SENTENCES


def test_csv_answers_name_the_sentence_with_the_option(invoke: Callable[..., Any], starter_kb: Path) -> None:
    # a moderator's spreadsheet says which sentence matched, in a last column given with --sentences only (without
    # it, the columns stay as before)
    posts = 'id,text\n1,"Stay safe. There are US troops in Mexico."\n2,"Hello there. Nice day today."\n'
    args = ("check", "--kb", str(starter_kb), "-", "--input-format", "csv", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(invoke(*args, "--sentences", input=posts).stdout)))
    assert list(rows[0])[-1] == "sentence"
    assert [(r["id"], r["claim_id"], r["sentence"]) for r in rows] == [
        ("1", CLAIM, "There are US troops in Mexico."),
        ("2", "", ""),
    ]
    plain = list(csv.DictReader(io.StringIO(invoke(*args, input=posts).stdout)))
    assert "sentence" not in plain[0]
