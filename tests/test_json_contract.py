"""The JSON contract scripts rely on, pinned across every command that prints JSON.

Each command's own keys are pinned by its tests (and named in its ``--help``: test_docs); this
file pins what they share: the claims file is named ``"kb"`` everywhere (after ``--kb``), standard
output holds JSON and nothing else, and an error leaves standard output empty, says why on
standard error and exits 2, so a script tells an error from a result by the exit code alone.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from factcheck.cli import ExitCode

FIXTURES = Path(__file__).parent / "fixtures"

ARTICLE = "The new bridge cost 2 billion dollars, the council member said.\nI like the bridge.\n"

#: how a command frames its JSON: one document, or JSON Lines (one compact object a line)
DOCUMENT, LINES = "document", "lines"

#: every way a command prints JSON; {kb}, {article} and {google} are filled in per test
RUNS: dict[str, tuple[list[str], str]] = {
    "check": (["check", "bridge cost 2 billion dollars", "--kb", "{kb}", "--json"], LINES),
    "check -": (["check", "-", "--kb", "{kb}"], LINES),
    "scan": (["scan", "{article}", "--kb", "{kb}", "--json"], LINES),
    "list": (["list", "--kb", "{kb}", "--json"], DOCUMENT),
    "show": (["show", "bridge-cost", "--kb", "{kb}", "--json"], DOCUMENT),
    "validate": (["validate", "{kb}", "--json"], LINES),
    "add": (["add", "--kb", "{kb}", "--claim", "Cheese moon", "--verdict", "false", "--json"], DOCUMENT),
    "edit": (["edit", "bridge-cost", "--kb", "{kb}", "--summary", "Now cheaper.", "--json"], DOCUMENT),
    "remove": (["remove", "bridge-cost", "--kb", "{kb}", "--yes", "--json"], DOCUMENT),
    "import": (["import", "{google}", "--kb", "{kb}", "--json"], DOCUMENT),
    "export": (["export", "--kb", "{kb}", "--format", "json"], DOCUMENT),
    "ratings": (["ratings", "Pants on Fire", "--json"], DOCUMENT),
    "ratings table": (["ratings", "--json"], DOCUMENT),
    "model": (["model", "--json"], DOCUMENT),
}

#: the runs whose output reports on a claims file (not the claims themselves, nor a table): each
#: names it "kb", in every object that is a report (check's every line, scan's summary line)
REPORTS = {"check", "check -", "scan", "validate", "add", "edit", "remove", "import"}

#: names the claims file went by before it was "kb" everywhere: no report may use them for it
OLD_NAMES = ("file", "path")


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(
        "claims:\n"
        "  - id: bridge-cost\n"
        "    claim: The new bridge cost 2 billion dollars.\n"
        '    verdict: "false"\n'
        "    sources:\n"
        "      - url: https://example.org/accounts\n"
        '        date: "2024-04"\n'
        "  - id: tunnel-cost\n"
        "    claim: The tunnel cost nothing.\n"
        "    verdict: unsupported\n",
        encoding="utf-8",
    )
    return path


def _arguments(run: str, kb: Path, tmp_path: Path) -> list[str]:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    google = tmp_path / "google.json"
    shutil.copyfile(FIXTURES / "interop" / "google_search.json", google)
    values = {"{kb}": str(kb), "{article}": str(article), "{google}": str(google)}
    return [values.get(argument, argument) for argument in RUNS[run][0]]


def _documents(result: Result, framing: str) -> list[Any]:
    """The JSON values on standard output, read as a script would: one json.loads per line of
    JSON Lines (each line whole), or one for the whole output."""
    out = result.stdout
    assert out.endswith("\n"), out
    if framing == LINES:
        return [json.loads(line) for line in out.splitlines()]
    return [json.loads(out)]


@pytest.mark.parametrize("run", sorted(RUNS))
def test_every_json_output_is_json_alone_and_names_the_claims_file_kb(
    run: str, kb: Path, tmp_path: Path, invoke: Callable[..., Result]
) -> None:
    stdin = "The new bridge cost 2 billion dollars\nBananas are berries\n" if run == "check -" else None
    result = invoke(*_arguments(run, kb, tmp_path), input=stdin)
    assert result.exit_code in (ExitCode.OK, ExitCode.NO_MATCH), (run, result.output)
    documents = _documents(result, RUNS[run][1])  # nothing but JSON: a summary line goes to stderr
    assert documents, run
    if run not in REPORTS:
        return
    reports = [d for d in documents if d.get("type", "summary") == "summary"]  # scan: its summary line
    assert reports, run
    for report in reports:
        assert report["kb"] == str(kb), (run, report)
        assert not set(OLD_NAMES) & set(report), (run, report)


def test_the_json_outputs_share_their_key_names(kb: Path, tmp_path: Path, invoke: Callable[..., Result]) -> None:
    # One thing, one name: the claims file is "kb", the file read "source", a claim as the claims
    # file spells it wherever a claim is given whole (list, show, export --format json, and the
    # claims an edit or import reports), and "matcher" the same in check and scan.
    outputs: dict[str, list[Any]] = {}
    for run in ("check", "scan", "list", "show", "export", "add", "import"):
        result = invoke(*_arguments(run, kb, tmp_path))
        outputs[run] = _documents(result, RUNS[run][1])
    listed = outputs["list"][0]
    assert outputs["export"][0] == listed
    assert outputs["show"][0] == next(claim for claim in listed if claim["id"] == "bridge-cost")
    added = outputs["add"][0]["added"][0]
    assert set(added) <= set(outputs["show"][0]) | {"summary", "aliases", "tags", "claimant", "checked"}
    assert outputs["import"][0]["source"] == str(tmp_path / "google.json")
    summary = outputs["scan"][-1]
    assert summary["source"] == str(tmp_path / "article.txt")
    assert {outputs["check"][0]["kb"], summary["kb"], outputs["import"][0]["kb"]} == {str(kb)}
    assert outputs["check"][0]["matcher"] == summary["matcher"] == "lexical"
    # a match has the same keys in check and in scan
    scanned = next(line["match"] for line in outputs["scan"] if line.get("match"))
    assert list(outputs["check"][0]["matches"][0]) == list(scanned)


#: each command with --json, given a claims file (or input) that does not exist
ERRORS: dict[str, list[str]] = {
    "check": ["check", "bridge", "--kb", "{missing}", "--json"],
    "check -": ["check", "-", "--kb", "{missing}"],
    "scan": ["scan", "{missing}", "--json"],
    "list": ["list", "--kb", "{missing}", "--json"],
    "show": ["show", "bridge-cost", "--kb", "{missing}", "--json"],
    "validate": ["validate", "{missing}", "--json"],
    "add": ["add", "--kb", "{kb}", "--claim", "x", "--verdict", "nonsense", "--json"],
    "edit": ["edit", "no-such-id", "--kb", "{kb}", "--summary", "x", "--json"],
    "remove": ["remove", "no-such-id", "--kb", "{kb}", "--yes", "--json"],
    "import": ["import", "{missing}", "--kb", "{kb}", "--json"],
    "export": ["export", "--kb", "{missing}", "--format", "json"],
    "ratings": ["ratings", "--rating-map", "{missing}", "--json"],
}


@pytest.mark.parametrize("run", sorted(ERRORS))
def test_an_error_with_json_leaves_stdout_empty_and_exits_2(
    run: str, kb: Path, tmp_path: Path, invoke: Callable[..., Result]
) -> None:
    # a script reads stdout only when the exit code is 0 or 1; with 2 there is nothing to parse,
    # and the reason is on stderr, as a "factcheck: " line (a usage error: Click's "Usage:" block)
    before = kb.read_bytes()
    values = {"{kb}": str(kb), "{missing}": str(tmp_path / "missing.yaml")}
    result = invoke(*[values.get(argument, argument) for argument in ERRORS[run]], input="bridge\n")
    assert result.exit_code == ExitCode.ERROR, (run, result.output)
    assert result.stdout == "", run
    assert result.stderr.startswith(("factcheck: ", "Usage: ")), (run, result.stderr)
    assert kb.read_bytes() == before


# -- standard input as "-" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "found"),
    [
        (
            ["list", "--kb", "-", "--json"],
            lambda out: [c["id"] for c in json.loads(out)] == ["bridge-cost", "tunnel-cost"],
        ),
        (["show", "tunnel-cost", "--kb", "-", "--json"], lambda out: json.loads(out)["verdict"] == "unsupported"),
        (["export", "--kb", "-", "--format", "json"], lambda out: len(json.loads(out)) == 2),
        (["check", "bridge cost 2 billion", "--kb", "-", "--json"], lambda out: json.loads(out)["kb"] == "<stdin>"),
        (["validate", "--kb", "-", "--json"], lambda out: json.loads(out)["kb"] == "<stdin>"),
    ],
)
def test_a_reading_command_reads_the_claims_file_from_stdin_with_kb_dash(
    args: list[str], found: Callable[[str], bool], kb: Path, invoke: Callable[..., Result]
) -> None:
    # git show HEAD~1:claims.yaml | factcheck list --kb - --json: "-: error: no such file"
    result = invoke(*args, input=kb.read_bytes())
    assert result.exit_code == ExitCode.OK, result.output
    assert found(result.stdout), result.stdout


@pytest.mark.parametrize(
    "args", [["list", "--json"], ["show", "tunnel-cost", "--json"], ["check", "bridge cost 2 billion", "--json"]]
)
def test_a_file_named_like_standard_input_is_read_as_a_file(
    args: list[str], kb: Path, invoke: Callable[..., Result], isolated_environment: Path
) -> None:
    # only '-' is standard input: 'list --kb "<stdin>"' read standard input (here empty: "the file is
    # empty") where 'validate "<stdin>"' read the file of that name
    named = isolated_environment / "<stdin>"
    named.write_bytes(kb.read_bytes())
    result = invoke(*args, "--kb", "<stdin>", input=b"")
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout.strip()


@pytest.mark.parametrize(
    "args",
    [
        ["add", "--kb", "-", "--claim", "Cheese moon", "--verdict", "false"],
        ["edit", "bridge-cost", "--kb", "-", "--summary", "x"],
        ["remove", "bridge-cost", "--kb", "-", "--yes"],
        ["import", "{kb}", "--kb", "-"],
    ],
)
def test_a_writing_command_refuses_kb_dash_and_creates_no_file_named_dash(
    args: list[str], kb: Path, invoke: Callable[..., Result], isolated_environment: Path
) -> None:
    # 'add --kb -' wrote a new claims file named "-" in the current folder
    result = invoke(*[str(kb) if a == "{kb}" else a for a in args], input=kb.read_bytes())
    assert result.exit_code == ExitCode.ERROR
    assert "--kb -: the claims file to change must be a file" in result.stderr
    assert not (isolated_environment / "-").exists()


@pytest.mark.parametrize(
    "args", [["check", "-", "--kb", "-"], ["check", "--kb", "-"], ["scan", "-", "--kb", "-"], ["scan", "--kb", "-"]]
)
def test_kb_dash_and_input_from_stdin_are_refused_together(
    args: list[str], kb: Path, invoke: Callable[..., Result]
) -> None:
    result = invoke(*args, input=kb.read_bytes())
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert "standard input, which can be read once" in result.stderr
