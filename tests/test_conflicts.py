"""A claims file kept in git: merge conflict markers named as such, at their line, and the file never
written over; what is staged validated from standard input."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.cli import ExitCode
from factcheck.conflicts import MAX_SHOWN, conflict_problems

Invoke = Callable[..., Result]

BASE = """\
# the desk's fact-checks
claims:
  - id: bridge-cost
    claim: The new bridge cost 40 million dollars
    verdict: "mostly-true"
"""
OURS = """\
  - id: schools-closed
    claim: Riverton schools closed for a week in March
    verdict: "false"
"""
THEIRS = """\
  - id: mayor-houses
    claim: The mayor owns three houses in Riverton
    verdict: "false"
"""
# two people added a claim at the end of the file at once, and git merged their branches
CONFLICTED = BASE + "<<<<<<< HEAD\n" + OURS + "=======\n" + THEIRS + ">>>>>>> bob\n"


def test_a_conflict_is_one_problem_at_its_first_marker() -> None:
    [problem] = conflict_problems(CONFLICTED, "claims.yaml")
    assert str(problem) == (
        "claims.yaml:6:1: error: unresolved git merge conflict (lines 6-14, '<<<<<<< HEAD' to '>>>>>>> bob'): "
        "keep what you want of both sides (both, for two new claims) and delete the marker lines"
    )


def test_a_diff3_conflict_with_crlf_line_endings_is_one_conflict() -> None:
    text = BASE + "<<<<<<< HEAD\n" + OURS + "||||||| base\n=======\n" + THEIRS + ">>>>>>> bob\n"
    [problem] = conflict_problems(text.replace("\n", "\r\n"), "claims.yaml")
    assert problem.location.line == 6 and "lines 6-15" in problem.message


def test_a_marker_left_behind_is_named_at_its_line() -> None:
    # the conflict resolved by deleting two of its three markers
    text = BASE + OURS + THEIRS + ">>>>>>> bob\n"
    [problem] = conflict_problems(text, "claims.yaml")
    assert str(problem) == (
        "claims.yaml:12:1: error: leftover git merge conflict marker '>>>>>>> bob': delete this line, "
        "and check the lines around it"
    )


@pytest.mark.parametrize("line", ["    # =======", "  - id: a-=======", "<<<<<<<<< not seven", "=======x"])
def test_lines_that_only_look_like_markers_are_not_conflicts(line: str) -> None:
    assert conflict_problems(BASE + line + "\n", "claims.yaml") == []


def test_validate_names_the_conflict_and_exits_1(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    # it said "invalid YAML: while scanning a simple key ... could not find expected ':'"
    path = write_kb(CONFLICTED)
    result = invoke("validate", str(path))
    assert result.exit_code == ExitCode.FINDINGS
    assert result.stdout.splitlines() == [
        f"{path}:6:1: error: unresolved git merge conflict (lines 6-14, '<<<<<<< HEAD' to '>>>>>>> bob'): "
        "keep what you want of both sides (both, for two new claims) and delete the marker lines",
        f"{path}: 0 claims read, 1 error, 0 warnings",
    ]


@pytest.mark.parametrize(
    "command",
    [
        ["check", "bridge cost"],
        ["list"],
        ["add", "--claim", "The library opens on Sundays", "--verdict", "true"],
        ["edit", "bridge-cost", "--verdict", "false"],
        ["remove", "bridge-cost", "--yes"],
    ],
)
def test_every_command_refuses_a_conflicted_file_and_leaves_it_alone(
    invoke: Invoke, write_kb: Callable[..., Path], command: list[str]
) -> None:
    path = write_kb(CONFLICTED)
    before = path.read_bytes()
    result = invoke(*command, "--kb", str(path))
    assert result.exit_code == ExitCode.ERROR
    assert f"{path}:6:1: error: unresolved git merge conflict" in result.stderr
    assert "Traceback" not in result.output
    assert path.read_bytes() == before


def test_validate_reads_the_claims_file_from_standard_input(invoke: Invoke) -> None:
    # what a pre-commit hook checks: the staged file, 'git show :claims.yaml | factcheck validate -'
    # ("-: no such file" before)
    result = invoke("validate", "-", input=CONFLICTED.encode())
    assert result.exit_code == ExitCode.FINDINGS
    assert result.stdout.startswith("<stdin>:6:1: error: unresolved git merge conflict (lines 6-14, ")
    result = invoke("validate", "-", "--json", input=BASE.encode())
    assert result.exit_code == ExitCode.OK
    assert '"kb": "<stdin>"' in result.stdout and '"claims": 1' in result.stdout


@pytest.mark.parametrize(("data", "message"), [(b"", "<stdin>: error: the file is empty"), (b"\x00", "binary")])
def test_validate_of_unusable_standard_input_exits_2(invoke: Invoke, data: bytes, message: str) -> None:
    result = invoke("validate", "-", input=data)
    assert result.exit_code == ExitCode.ERROR
    assert message in result.stderr


def test_validate_of_standard_input_and_kb_is_two_files(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    path = write_kb(BASE)
    result = invoke("validate", "-", "--kb", str(path), input=BASE.encode())
    assert result.exit_code == ExitCode.ERROR
    assert f"two claims files given, - and --kb {path}: give one" in result.stderr


def test_thousands_of_markers_are_named_up_to_a_limit_and_counted() -> None:
    # a file of 300,000 marker lines (2 MB) gave 300,000 problems: check took 40 s to print them
    text = "claims:\n" + "=======\n" * 300_000
    problems = conflict_problems(text, "claims.yaml")
    assert len(problems) == MAX_SHOWN + 1
    assert [p.location.line for p in problems[:MAX_SHOWN]] == list(range(2, MAX_SHOWN + 2))
    assert problems[-1].message.startswith(f"and {300_000 - MAX_SHOWN:,} more git merge conflicts or markers")


def test_a_long_marker_label_is_cut_in_the_message() -> None:
    (problem,) = conflict_problems("claims:\n<<<<<<< " + "x" * 1_000_000 + "\n", "claims.yaml")
    assert len(problem.message) < 200 and "<<<<<<< xxx" in problem.message and "…" in problem.message
