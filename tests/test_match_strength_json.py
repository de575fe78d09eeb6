"""A match's strength in the JSON (``"strength"``: "match" or "possible match"), as the terminal labels it.

A newsroom script piping ``check - --json`` or ``scan --json`` into a moderation queue had the score alone: the
terminal's "possible match 0.94" (a search of two words, a statement that leaves open whose troops) was a match
to any threshold it could guess, and ``--min-score`` moved the threshold, not the label.  The JSON now says
what the terminal says (``Match.label``), and the scan summary counts the possible matches as the text and
Markdown summaries do.  The keys written before keep their names and relative order
(``test_the_keys_written_before_keep_their_order``); that their values did not change either was proved once,
byte for byte, when the keys were added (the commit message says how), and is not pinned here: other changes
change values on purpose."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from factcheck import load_knowledge_base
from factcheck.matching import POSSIBLE_MATCH, Match

FIXTURES = Path(__file__).parent / "fixtures"

#: statements of both strengths, at the default threshold and at 0.3 and 0.9, and one that matches nothing
STATEMENTS = (
    "Are there 10,000 US troops in Mexico?",
    "Bananas are berries.",
    "senate trainers",
    "US troops",
    "The military was deployed to the border",
    "There are no US troops in Mexico",
    "In February 2025 the Senate approved 10 US trainers for the Guatemalan army.",
    "Some reports claim that more than 10,000 American troops are deployed inside Mexico.",
    "border troops",
)

#: each kind of object the JSON holds a match in, or counts matches in: its keys as main wrote them before
#: "strength" and "possible_matches" were added (feeec4a), in their order
KEYS_BEFORE: dict[str, list[str]] = {
    "check match": ["id", "claim", "verdict", "score", "summary", "sources", "polarity", "differences"],
    "check answer": ["query", "matches", "kb", "matcher", "closest_score", "threshold", "scored_by"],
    "check - answer": ["line", "query", "matches", "kb", "matcher", "closest_score", "threshold", "scored_by"],
    "posts answer": ["line", "id", "query", "matches", "kb", "matcher", "closest_score", "threshold", "scored_by"],
    "scan sentence": ["type", "line", "text", "checkable", "reason", "match", "speaker", "scored_by", "source"],
    "scan summary": [
        *("type", "sentences", "checkable", "matched", "unmatched", "skipped", "matched_by_verdict", "threshold"),
        *("source", "format", "kb", "matcher"),
    ],
}
#: the keys this change added, where docs/scripting.md says they are written: right after the key named
ADDED: dict[str, tuple[str, list[str]]] = {
    "check match": ("differences", ["strength"]),
    "scan summary": ("threshold", ["possible_matches", "possible_matches_by_verdict"]),
    # the offsets of a sentence in the article's text (docs/scripting.md), after its "scored_by"
    "scan sentence": ("scored_by", ["start", "end", "start_utf16", "end_utf16"]),
    # the one sentence of a statement that matched (check --sentences), after its "scored_by"
    "check answer": ("scored_by", ["sentence"]),
    "check - answer": ("scored_by", ["sentence"]),
    "posts answer": ("scored_by", ["sentence"]),
}


def _kind(command: str, line: dict[str, Any]) -> str:
    if command == "scan":
        return f"scan {line['type']}"
    return "posts answer" if "id" in line else "check - answer" if "line" in line else "check answer"


def _objects(command: str, out: str) -> list[tuple[str, dict[str, Any]]]:
    """Each object of a run's JSON (one or one a line), with its kind, its matches after it."""
    found: list[tuple[str, dict[str, Any]]] = []
    for text in out.splitlines():
        line = json.loads(text)
        found.append((_kind(command, line), line))
        matches = line.get("matches") or ([line["match"]] if line.get("match") is not None else [])
        found.extend(("check match", match) for match in matches)
    return found


def _in_order(wanted: Sequence[str], keys: Sequence[str]) -> bool:
    """Whether ``keys`` holds each of ``wanted``, in its order (other keys may stand between)."""
    rest = iter(keys)
    return all(key in rest for key in wanted)


@pytest.fixture
def desk(isolated_environment: Path) -> Path:
    """The working folder, holding the starter claims.yaml, explainer.md, posts.csv and border.txt."""
    shutil.copyfile(Path(__file__).parent.parent / "claims.yaml", isolated_environment / "claims.yaml")
    shutil.copyfile(FIXTURES / "scan" / "explainer.md", isolated_environment / "explainer.md")
    shutil.copyfile(FIXTURES / "posts_export.csv", isolated_environment / "posts.csv")
    # possible matches of a high score: one sentence leaves open whose military (0.96), and a weak one (0.67)
    (isolated_environment / "border.txt").write_text(BORDER, encoding="utf-8")
    return isolated_environment


BORDER = (
    "Mexico's Senate approved 19 Navy SEALs to train Mexican naval special forces in 2026.\n"
    "The military was deployed to the border in 2025.\n"
    "Mexico deployed soldiers to the border.\n"
)


@pytest.mark.parametrize(
    ("args", "given", "kinds"),
    [
        (["check", "--json", "--min-score", "0.3", STATEMENTS[0]], None, {"check answer", "check match"}),
        (["check", "-", "--top", "3", "--min-score", "0.3"], "\n".join(STATEMENTS), {"check - answer", "check match"}),
        (["check", "-", "--input-format", "csv", "--top", "2"], "posts.csv", {"posts answer", "check match"}),
        (
            ["scan", "explainer.md", "--json", "--min-score", "0.3"],
            None,
            {"scan sentence", "scan summary", "check match"},
        ),
    ],
    ids=["check --json", "check -", "check - --input-format csv", "scan --json"],
)
def test_the_keys_written_before_keep_their_order(
    invoke: Callable[..., Any], desk: Path, args: list[str], given: str | None, kinds: set[str]
) -> None:
    # what adding keys could break: a key scripts read renamed, dropped or moved past another; what other
    # changes may do: add keys of their own (docs/scripting.md), change values (scores, an error that is fixed)
    stdin = (desk / given).read_text(encoding="utf-8") if given == "posts.csv" else given
    result = invoke(*args, input=stdin)
    assert result.exit_code in (0, 2), result.output  # 2: posts.csv's last row cannot be read
    objects = _objects(args[0], str(result.stdout))
    assert {kind for kind, _ in objects} == kinds
    for kind, data in objects:
        keys = list(data)
        assert _in_order(KEYS_BEFORE[kind], keys), f"a {kind}'s keys were {KEYS_BEFORE[kind]}, in order: {keys}"
        if kind in ADDED:
            after, added = ADDED[kind]
            at = keys.index(after) + 1
            assert keys[at : at + len(added)] == added, f"a {kind} writes {added} right after {after!r}: {keys}"
    # a match's keys before are its first keys, "strength" after them: a script reading them by place still can
    for match in (data for kind, data in objects if kind == "check match"):
        assert list(match)[: len(KEYS_BEFORE["check match"]) + 1] == [*KEYS_BEFORE["check match"], "strength"]


def test_keys_in_order_tells_a_moved_or_missing_key() -> None:
    # the check above can fail: a key dropped, or moved past another, is told apart from one added between
    assert _in_order(["a", "b", "c"], ["a", "x", "b", "c", "y"])
    assert not _in_order(["a", "b", "c"], ["a", "c", "b"])
    assert not _in_order(["a", "b", "c"], ["a", "c"])


#: the text output's line under a match's verdict: "  possible match 0.94 (compare the claim ...) · ID" or
#: "  match 0.99 · ID"
CHECK_LABEL = re.compile(r"^  (match|possible match) \d\.\d\d\b.* · (\S+)$", re.M)


@pytest.mark.parametrize("min_score", ["0.3", "0.5", "0.9"])
def test_check_json_names_each_match_as_the_terminal_labels_it(
    invoke: Callable[..., Any], starter_kb: Path, min_score: str
) -> None:
    seen: set[str] = set()
    for statement in STATEMENTS:
        args = ["check", "--kb", str(starter_kb), "--top", "3", "--min-score", min_score, statement]
        data = json.loads(invoke(*args, "--json").stdout)
        shown = CHECK_LABEL.findall(invoke(*args).stdout)
        assert [(m["strength"], m["id"]) for m in data["matches"]] == shown, statement
        seen |= {m["strength"] for m in data["matches"]}
    assert seen == {"match", POSSIBLE_MATCH}


@pytest.mark.parametrize(
    ("statement", "why"),
    [
        ("senate trainers", "two words: a search, not a claim"),
        ("The military was deployed to the border", "leaves open whose military: Mexico's, in the claim"),
    ],
)
def test_a_possible_match_is_said_whatever_its_score_and_the_threshold(
    invoke: Callable[..., Any], starter_kb: Path, statement: str, why: str
) -> None:
    # a script that read a score at or above the threshold it asked for as a match got these wrong: 0.94 and
    # 0.94 under --min-score 0.9, which the terminal shows as "possible match 0.94"
    data = json.loads(invoke("check", "--kb", str(starter_kb), "--json", "--min-score", "0.9", statement).stdout)
    (best,) = data["matches"]
    assert best["score"] >= data["threshold"] == 0.9, why
    assert best["strength"] == POSSIBLE_MATCH, why
    assert "possible match 0.94" in invoke("check", "--kb", str(starter_kb), "--min-score", "0.9", statement).stdout


def test_check_posts_give_each_match_its_strength(invoke: Callable[..., Any], starter_kb: Path) -> None:
    posts = '{"id": 1, "text": "senate trainers"}\n{"id": 2, "text": "Are there 10,000 US troops in Mexico?"}\n'
    result = invoke("check", "--kb", str(starter_kb), "-", "--input-format", "jsonl", "--top", "1", input=posts)
    assert result.exit_code == 0, result.output
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(a["id"], a["matches"][0]["strength"]) for a in answers] == [(1, POSSIBLE_MATCH), (2, "match")]


def test_a_match_to_dict_has_its_label_as_strength(starter_kb: Path) -> None:
    # the Python API's dict is check --json's match: its strength is Match.label, whatever the statement
    claim = load_knowledge_base(starter_kb).claims[0]
    assert Match(claim, 0.99).to_dict()["strength"] == "match"
    assert Match(claim, 0.79).to_dict()["strength"] == POSSIBLE_MATCH
    assert Match(claim, 0.99, statement="senate trainers").to_dict()["strength"] == POSSIBLE_MATCH
    for match in (Match(claim, 0.99), Match(claim, 0.5), Match(claim, 0.99, statement="troops")):
        assert match.to_dict(threshold=0.5)["strength"] == match.label


#: scan's text in a pipe: a sentence's first line opens with its line number and two spaces; the line of its
#: match with the score, after "possible match" for a possible one ("    possible match 0.79 · ID · ...")
SENTENCE_LINE = re.compile(r"^ *(\d+)  \S")
SCAN_LABEL = re.compile(r"^ +(possible match )?\d\.\d\d · (\S+) · ")
#: a row of the Markdown report's table of matched sentences: "| 17 | ... | `ID`: ... | 0.79 (possible match) | ..."
MARKDOWN_ROW = re.compile(r"^\| (\d+) \| .* \| `([^`]+)`: .* \| \d\.\d\d( \(possible match\))? \| [^|]*\|$", re.M)


def _text_labels(text: str) -> list[tuple[int, str, str]]:
    labels: list[tuple[int, str, str]] = []
    line = 0
    for row in text.splitlines():
        opening = SENTENCE_LINE.match(row)
        if opening:
            line = int(opening.group(1))
        shown = SCAN_LABEL.match(row)
        if shown:
            labels.append((line, "possible match" if shown.group(1) else "match", shown.group(2)))
    return labels


@pytest.mark.parametrize(
    ("article", "min_score"), [("explainer.md", "0.3"), ("explainer.md", "0.5"), ("border.txt", "0.5")]
)
def test_scan_json_text_and_markdown_tell_the_same_matches_apart(
    invoke: Callable[..., Any], desk: Path, article: str, min_score: str
) -> None:
    args = ["scan", article, "--min-score", min_score]
    *sentences, summary = (json.loads(line) for line in invoke(*args, "--json").stdout.splitlines())
    strengths = [(s["line"], s["match"]["strength"], s["match"]["id"]) for s in sentences if s["match"] is not None]
    text = invoke(*args).stdout
    markdown = invoke(*args, "--format", "markdown").stdout
    assert _text_labels(text) == strengths
    rows = [(int(n), "possible match" if possible else "match", i) for n, i, possible in MARKDOWN_ROW.findall(markdown)]
    assert rows == strengths
    possible = [
        s["match"]["verdict"] for s in sentences if s["match"] is not None and s["match"]["strength"] != "match"
    ]
    assert possible, "the article must hold a possible match for this test to tell anything"
    assert summary["possible_matches"] == len(possible)
    assert summary["possible_matches_by_verdict"] == dict(Counter(possible))
    # in the order of the verdict scale, as matched_by_verdict counts them
    assert list(summary["possible_matches_by_verdict"]) == [v for v in summary["matched_by_verdict"] if v in possible]
    count = len(possible)
    said = f"{count} possible match{'' if count == 1 else 'es'}"
    assert re.search(rf"^  with a fact-check +{summary['matched']} +\({said}\)$", text, re.M)
    of_them = f"{count} of them {'a possible match' if count == 1 else 'possible matches'}"
    assert f"**{summary['matched']}** with a fact-check ({of_them})" in markdown
    for verdict, many in summary["possible_matches_by_verdict"].items():
        table = f"| **{verdict.upper()}** | {summary['matched_by_verdict'][verdict]} ({many} possible match"
        assert table in markdown


def test_a_scan_without_a_possible_match_counts_none(
    invoke: Callable[..., Any], starter_kb: Path, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Mexico's Senate approved 19 Navy SEALs to train Mexican naval special forces in 2026.\n")
    *sentences, summary = (
        json.loads(line) for line in invoke("scan", str(article), "--kb", str(starter_kb), "--json").stdout.splitlines()
    )
    assert [s["match"]["strength"] for s in sentences if s["match"] is not None] == ["match"]
    assert summary["possible_matches"] == 0 and summary["possible_matches_by_verdict"] == {}
