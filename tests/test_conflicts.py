"""A claims file kept in git: merge conflict markers named as such, at their line, and the file never
written over; what is staged validated from standard input."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import Result

from factcheck.cli import ExitCode
from factcheck.conflicts import conflict_problems
from factcheck.errors import SHOWN_PROBLEMS, KnowledgeBaseError
from factcheck.store import load_knowledge_base

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


@pytest.mark.parametrize("line", ["    # =======", "  - id: a-=======", "<<<<<< six", "=======x", "<<<<<<<<<x"])
def test_lines_that_only_look_like_markers_are_not_conflicts(line: str) -> None:
    assert conflict_problems(BASE + line + "\n", "claims.yaml") == []


#: git's settings for a test's repository, out of reach of the user's and the system's configuration
_GIT_ALONE = {
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
    **{
        f"GIT_{who}_{what}": value
        for who in ("AUTHOR", "COMMITTER")
        for what, value in [("NAME", "Desk"), ("EMAIL", "desk@example.org")]
    },
}


def _git_repo(folder: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """A git repository in ``folder``, out of reach of the user's and the system's git settings."""
    env = {**os.environ, **_GIT_ALONE}

    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=folder, env=env, capture_output=True, text=True, timeout=120)

    folder.mkdir()
    git("init", "-q", "-b", "main")
    return git


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize("style", ["merge", "diff3"])
def test_markers_of_another_size_set_in_gitattributes_are_one_conflict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loader: str, style: str
) -> None:
    # 'claims.yaml conflict-marker-size=9': git writes '<<<<<<<<< HEAD', and the YAML parser's
    # "could not find expected ':'" was all the user was told
    import yaml

    import factcheck.yamltree
    from factcheck.store import check_knowledge_base

    if not hasattr(yaml, loader):
        pytest.skip(f"PyYAML built without {loader}")
    monkeypatch.setattr(factcheck.yamltree, "SAFE_LOADER", getattr(yaml, loader))
    repo = tmp_path / "desk"
    git = _git_repo(repo)
    git("config", "merge.conflictStyle", style)
    (repo / ".gitattributes").write_text("claims.yaml conflict-marker-size=9\n", encoding="utf-8")
    (repo / "claims.yaml").write_text(BASE, encoding="utf-8")
    git("add", ".")
    git("commit", "-q", "-m", "base")
    git("checkout", "-q", "-b", "bob")
    (repo / "claims.yaml").write_text(BASE + THEIRS, encoding="utf-8")
    git("commit", "-q", "-am", "bob's claim")
    git("checkout", "-q", "main")
    (repo / "claims.yaml").write_text(BASE + OURS, encoding="utf-8")
    git("commit", "-q", "-am", "alice's claim")
    assert git("merge", "-q", "bob").returncode != 0
    conflicted = (repo / "claims.yaml").read_text(encoding="utf-8")
    assert conflicted.startswith(BASE + "<" * 9 + " HEAD\n")  # what git wrote, checked on git itself
    # both claims end with 'verdict: "false"': git's merge style writes it once, below the conflict
    advice = {
        "merge": "line 13, below it, goes on with the last entry of both sides, so deleting the marker lines would "
        "not keep both sides' entries whole",
        "diff3": "keep what you want of both sides (both, for two new claims) and delete the marker lines",
    }[style]
    end = {"merge": 12, "diff3": 15}[style]
    [error] = [str(problem) for problem in check_knowledge_base(repo / "claims.yaml")[1] if problem.is_error]
    assert error.startswith(
        f"{repo / 'claims.yaml'}:6:1: error: unresolved git merge conflict (lines 6-{end}, '{'<' * 9} HEAD' to "
        f"'{'>' * 9} bob'): {advice}"
    )
    assert (repo / "claims.yaml").read_text(encoding="utf-8") == conflicted


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_criss_cross_merges_ancestor_conflict_is_part_of_the_conflict(tmp_path: Path) -> None:
    # Two branches that each merged the other have two merge bases; git merges those first, and in
    # diff3 style writes that merge's own conflict, nine long, in the ancestor's lines of the conflict.
    # Its lines are git's, no leftovers to delete: one conflict, as for markers of seven only.
    repo = tmp_path / "desk"
    git = _git_repo(repo)
    git("config", "merge.conflictStyle", "diff3")

    def commit(claim: str, message: str) -> None:
        text = f'claims:\n  - id: base\n    claim: {claim}\n    verdict: "true"\n'
        (repo / "claims.yaml").write_text(text, encoding="utf-8")
        git("add", ".")
        git("commit", "-q", "-m", message)

    commit("Base claim", "base")
    git("checkout", "-q", "-b", "alice")
    commit("Base claim X", "x")
    git("checkout", "-q", "-b", "bob", "main")
    commit("Base claim Y", "y")
    git("checkout", "-q", "alice")
    git("merge", "-q", "bob")
    commit("Base claim Y", "alice takes y")
    git("checkout", "-q", "bob")
    git("merge", "-q", "alice~1")
    commit("Base claim Y", "bob takes y")
    commit("Base claim Z", "z")
    git("checkout", "-q", "alice")
    assert git("merge", "-q", "bob").returncode != 0
    conflicted = (repo / "claims.yaml").read_text(encoding="utf-8")
    assert "\n" + "<" * 9 + " Temporary merge branch 1\n" in conflicted  # what git wrote, checked on git itself
    [problem] = conflict_problems(conflicted, "claims.yaml")
    assert str(problem) == (
        "claims.yaml:3:1: error: unresolved git merge conflict (lines 3-15, '<<<<<<< HEAD' to '>>>>>>> bob'): "
        "keep what you want of both sides (both, for two new claims) and delete the marker lines"
    )


@pytest.mark.parametrize(
    "text",
    [
        # quoted texts PyYAML reads, with a line of eight '=' or opening with eight '>' at column 0
        'claims:\n  - id: a\n    claim: "first\n========\n end"\n    verdict: "true"\n',
        'claims:\n  - id: a\n    claim: "first\n>>>>>>>> quoted\n end"\n    verdict: "true"\n',
        'claims:\n  - id: a\n    claim: "first\n=========\n>>>>>>>>> quoted\n end"\n    verdict: "true"\n',
    ],
)
def test_a_long_marker_with_no_conflict_of_its_size_opened_is_text(text: str) -> None:
    # git writes markers longer than seven only when set to (conflict-marker-size), and then opens each
    # conflict with '<' of that size: with none in the file, such a line is a text's
    from factcheck.store import check_knowledge_base

    assert conflict_problems(text, "claims.yaml") == []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.yaml"
        path.write_text(text, encoding="utf-8")
        assert not [problem for problem in check_knowledge_base(path)[1] if problem.is_error]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # seven is git's default: a marker of seven alone is left over, whatever else the file has
        ("=" * 7 + "\n", [6]),
        (">" * 7 + " bob\n", [6]),
        # a conflict of eight opened: its markers, and one of eight left alone, are markers
        ("<" * 8 + " HEAD\n" + OURS + "=" * 8 + "\n" + THEIRS + ">" * 8 + " bob\n" + "=" * 8 + "\n", [6, 15]),
    ],
)
def test_markers_of_seven_and_of_an_opened_size_are_markers(text: str, named: list[int]) -> None:
    problems = conflict_problems(BASE + text, "claims.yaml")
    assert [problem.location.line for problem in problems] == named


@pytest.mark.parametrize(
    ("text", "named", "conflicts"),
    [
        # a '=======' of seven in a conflict of nine is its text: not its separator
        ("<" * 9 + " HEAD\n" + OURS + "=" * 7 + "\n" + THEIRS + ">" * 9 + " bob\n", [6, 14], 0),
        # a '>' of eight, with no '<' of eight, is text: the conflict of seven is not closed
        ("<" * 7 + " HEAD\n" + OURS + "=" * 7 + "\n" + THEIRS + ">" * 8 + " bob\n", [6], 0),
        ("<" * 8 + " HEAD\n" + OURS + "=" * 8 + "\n" + THEIRS + ">" * 8 + " bob\n", [6], 1),
    ],
)
def test_the_markers_of_a_conflict_are_all_of_one_size(text: str, named: list[int], conflicts: int) -> None:
    problems = conflict_problems(BASE + text, "claims.yaml")
    assert [problem.location.line for problem in problems] == named
    assert len([p for p in problems if p.message.startswith("unresolved")]) == conflicts


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
@pytest.mark.parametrize("conflicted", ["whole sides", "lines shared below"])
def test_every_command_refuses_a_conflicted_file_and_leaves_it_alone(
    invoke: Invoke, write_kb: Callable[..., Path], command: list[str], conflicted: str
) -> None:
    path = write_kb(CONFLICTED if conflicted == "whole sides" else TRIMMED)
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


@pytest.mark.parametrize(("data", "message"), [(b"", "<stdin>:1:1: error: the file is empty"), (b"\x00", "binary")])
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
    assert len(problems) == SHOWN_PROBLEMS + 1
    assert [p.location.line for p in problems[:SHOWN_PROBLEMS]] == list(range(2, SHOWN_PROBLEMS + 2))
    assert problems[-1].message.startswith(f"and {300_000 - SHOWN_PROBLEMS:,} more git merge conflicts or markers")


def test_one_marker_past_the_limit_is_named_not_counted() -> None:
    # 21 markers gave 20 and "and 1 more git merge conflicts": a count never takes the place of one problem
    problems = conflict_problems("claims:\n" + "=======\n" * (SHOWN_PROBLEMS + 1), "claims.yaml")
    assert [p.location.line for p in problems] == list(range(2, SHOWN_PROBLEMS + 3))
    assert not any("more git merge" in p.message for p in problems)


def test_the_command_line_prints_the_counted_conflicts_as_they_are(
    invoke: Invoke, write_kb: Callable[..., Path]
) -> None:
    # the list is bounded already: not cut again as a broken claims file's ('factcheck validate lists them all')
    path = write_kb("claims:\n" + "=======\n" * 100)
    result = invoke("check", "--kb", str(path), "troops")
    assert result.exit_code == ExitCode.ERROR
    lines = result.stderr.splitlines()
    assert len(lines) == SHOWN_PROBLEMS + 1 and "validate" not in result.stderr
    assert lines[-1].startswith(f"factcheck: {path}:22:1: error: and 80 more git merge conflicts or markers below")


def test_a_bounded_list_stays_bounded_when_its_lines_are_given_as_an_editor_numbers_them(
    write_kb: Callable[..., Path],
) -> None:
    # a U+2028 makes the places be mapped to the editor's lines, in a new error: it lost 'bounded', and a
    # list of conflicts would have been cut again as a broken claims file's (review of the integration)
    path = write_kb("# a\u2028b\nclaims:\n" + "=======\n" * 100)
    with pytest.raises(KnowledgeBaseError) as raised:
        load_knowledge_base(path)
    assert raised.value.bounded
    assert raised.value.problems[0].location.line == 3  # the editor's line of the first marker


def test_a_long_marker_label_is_cut_in_the_message() -> None:
    (problem,) = conflict_problems("claims:\n<<<<<<< " + "x" * 1_000_000 + "\n", "claims.yaml")
    assert len(problem.message) < 200 and "<<<<<<< xxx" in problem.message and "…" in problem.message


# Both new claims end with the same lines (a false verdict, checked the same day): git writes them once,
# below '>>>>>>>' (as git merge-file does, below), and deleting the marker lines gave a valid file in
# which the first claim had lost its verdict and its date to the second.
SAME_DAY = '    checked: "2026-12-05"\n'
FALSE = '    verdict: "false"\n'
TRIMMED = (
    BASE
    + "<<<<<<< HEAD\n"
    + OURS.removesuffix(FALSE)
    + "=======\n"
    + THEIRS.removesuffix(FALSE)
    + ">>>>>>> bob\n"
    + FALSE
    + SAME_DAY
)


def test_a_conflict_with_the_sides_common_last_lines_below_it_says_so() -> None:
    [problem] = conflict_problems(TRIMMED, "claims.yaml")
    assert str(problem) == (
        "claims.yaml:6:1: error: unresolved git merge conflict (lines 6-12, '<<<<<<< HEAD' to '>>>>>>> bob'): "
        "lines 13-14, below it, go on with the last entry of both sides, so deleting the marker lines would not "
        "keep both sides' entries whole: git writes the lines both sides share once, outside the conflict; "
        "have git write each side whole (git checkout --conflict=diff3 -- claims.yaml), then keep what you "
        "want of both sides and delete the marker lines"
    )


def test_a_conflict_whose_second_side_begins_inside_the_entry_above_says_so() -> None:
    # both added a claim with the id 'sonora-base' and another after it: git wrote the id line once, above
    text = (
        BASE
        + "  - id: sonora-base\n<<<<<<< HEAD\n    claim: A base in Sonora\n  - id: drones\n    claim: Drones\n"
        + "=======\n    claim: A port in Sonora\n  - id: sinaloa-drones\n    claim: Drones\n>>>>>>> bob\n"
    )
    [problem] = conflict_problems(text, "<stdin>")
    assert problem.message.startswith(
        "unresolved git merge conflict (lines 7-15, '<<<<<<< HEAD' to '>>>>>>> bob'): its second side begins "
        "inside the entry of line 6, above it, so deleting the marker lines would not keep"
    )
    assert "(git checkout --conflict=diff3 -- FILE)" in problem.message  # standard input's file is not known


@pytest.mark.parametrize(
    "text",
    [
        # both set one claim's verdict: the lines below are the rest of that claim, and one side is kept
        BASE.replace('    verdict: "mostly-true"\n', "")
        + '<<<<<<< HEAD\n    verdict: "false"\n=======\n    verdict: "mixed"\n>>>>>>> bob\n    summary: Why.\n',
        # one side adds a claim, the other changed the last line of the claim above it
        BASE.replace('    verdict: "mostly-true"\n', "")
        + '<<<<<<< HEAD\n    verdict: "false"\n=======\n    verdict: "mostly-true"\n'
        + OURS
        + ">>>>>>> bob\n",
        # whole new claims on each side (as diff3 style writes them), the next claim below
        BASE + "<<<<<<< HEAD\n" + OURS + "||||||| base\n=======\n" + THEIRS + ">>>>>>> bob\n" + OURS,
        # new claims below the list's comment: the line above the conflict is no entry
        "claims:\n<<<<<<< HEAD\n" + OURS + "=======\n" + THEIRS + ">>>>>>> bob\n# end\n",
    ],
)
def test_a_conflict_of_whole_entries_or_inside_one_keeps_the_usual_advice(text: str) -> None:
    [problem] = conflict_problems(text, "claims.yaml")
    assert problem.message.endswith(
        "keep what you want of both sides (both, for two new claims) and delete the marker lines"
    )


def test_the_file_named_in_the_git_command_is_quoted_for_the_shell() -> None:
    [problem] = conflict_problems(TRIMMED, "desk files/claims.yaml")
    # git is given the file's folder (-C): 'git checkout -- PATH' works only from inside the repository
    assert "(git -C 'desk files' checkout --conflict=diff3 -- claims.yaml)" in problem.message


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_git_writes_the_shared_last_line_outside_and_diff3_writes_each_side_whole(tmp_path: Path) -> None:
    # what the message says of git, checked on git itself: two claims added on the same day
    ours, theirs = OURS + SAME_DAY, THEIRS + SAME_DAY
    for name, text in [("base", BASE), ("ours", BASE + ours), ("theirs", BASE + theirs)]:
        (tmp_path / name).write_text(text, encoding="utf-8")

    def merged(*style: str) -> str:
        command = ["git", "merge-file", "-p", *style, "-L", "HEAD", "-L", "base", "-L", "bob", "ours", "base", "theirs"]
        return subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=60).stdout

    assert merged() == TRIMMED
    whole = merged("--diff3")
    [problem] = conflict_problems(whole, "claims.yaml")
    assert "lines 6-17" in problem.message
    assert problem.message.endswith("(both, for two new claims) and delete the marker lines")
    markers = ("<" * 7, "|" * 7, "=" * 7, ">" * 7)
    resolved = "".join(line for line in whole.splitlines(keepends=True) if line[:7] not in markers)
    assert resolved == BASE + ours + theirs


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_readme_pre_commit_hook_checks_what_is_staged_in_a_real_commit(tmp_path: Path) -> None:
    # the hook refused every commit made before claims.yaml was added: "the file is empty"
    readme = (Path(__file__).parent.parent / "docs" / "commands.md").read_text(encoding="utf-8")
    hook = re.search(r"```sh\n(#!/bin/sh\n.*?)```", readme[readme.index("\n## Keeping `claims.yaml` in git") :], re.S)
    assert hook is not None
    repo, bin_dir = tmp_path / "desk", tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "factcheck"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m factcheck "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    package_root = str(Path(__file__).parent.parent)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")])),
        **_GIT_ALONE,
    }

    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, timeout=120)

    repo.mkdir()
    git("init", "-q")
    hook_file = repo / ".git" / "hooks" / "pre-commit"
    hook_file.write_text(hook.group(1), encoding="utf-8")
    hook_file.chmod(0o755)
    (repo / "README.md").write_text("The desk's fact-checks\n", encoding="utf-8")
    git("add", "README.md")
    assert git("commit", "-q", "-m", "no claims yet").returncode == 0
    (repo / "claims.yaml").write_text(BASE.replace('"mostly-true"', '"mostly true"'), encoding="utf-8")
    git("add", "claims.yaml")
    refused = git("commit", "-q", "-m", "a verdict off the scale")
    assert refused.returncode != 0
    assert "claims.yaml:5:14: error: verdict 'mostly true'" in refused.stderr
    (repo / "claims.yaml").write_text(BASE, encoding="utf-8")  # fixed in the working tree, not staged
    assert git("commit", "-q", "-m", "still the staged file").returncode != 0
    git("add", "claims.yaml")
    assert git("commit", "-q", "-m", "claims").returncode == 0


#: fields a new claim may end with, as two people adding claims the same day write them (None: left out)
_LAST_FIELDS = [
    ['    verdict: "false"\n', '    verdict: "mixed"\n'],
    ["    tags: [a]\n", "    tags: [b]\n", None],
    ['    checked: "2026-12-05"\n', '    checked: "2026-12-04"\n', None],
    [
        "    sources:\n      - url: https://a.example/x\n        note: date not shown\n",
        "    sources:\n      - url: https://b.example/y\n        note: date not shown\n",
        None,
    ],
]


@st.composite
def _new_claims(draw: st.DrawFn, side: str) -> str:
    claims = ""
    for number in range(draw(st.integers(1, 2))):
        claims += f"  - id: {side}-{number}\n    claim: Claim {side} {number}\n"
        claims += "".join(field for options in _LAST_FIELDS if (field := draw(st.sampled_from(options))))
    return claims


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@settings(max_examples=60, deadline=None)
@given(ours=_new_claims("alice"), theirs=_new_claims("bob"))
def test_the_usual_advice_is_given_exactly_when_deleting_the_markers_keeps_both_sides_whole(
    tmp_path_factory: pytest.TempPathFactory, ours: str, theirs: str
) -> None:
    # two people each add claims of their own at the end of the file, and git merges the branches
    folder = tmp_path_factory.mktemp("merge")
    for name, text in [("base", BASE), ("ours", BASE + ours), ("theirs", BASE + theirs)]:
        (folder / name).write_text(text, encoding="utf-8")
    command = ["git", "merge-file", "-p", "-L", "HEAD", "-L", "base", "-L", "bob", "ours", "base", "theirs"]
    merged = subprocess.run(command, capture_output=True, text=True, cwd=folder, timeout=60).stdout
    problems = conflict_problems(merged, "claims.yaml")  # one conflict, or several when the claims have lines alike
    markers = ("<" * 7, "=" * 7, ">" * 7)
    resolved = "".join(line for line in merged.splitlines(keepends=True) if line[:7] not in markers)
    usual = [problem.message.endswith("(both, for two new claims) and delete the marker lines") for problem in problems]
    assert problems and all(usual) == (resolved == BASE + ours + theirs)


def _merge_file(folder: Path, base: str, ours: str, theirs: str, *style: str) -> str:
    """What git writes into a file both sides changed (git merge-file, as git merge does)."""
    for name, text in [("base", base), ("ours", ours), ("theirs", theirs)]:
        (folder / name).write_text(text, encoding="utf-8")
    command = ["git", "merge-file", "-p", *style, "-L", "HEAD", "-L", "base", "-L", "bob", "ours", "base", "theirs"]
    return subprocess.run(command, capture_output=True, text=True, cwd=folder, timeout=60).stdout


def _without_markers(text: str) -> str:
    """The text with its marker lines deleted, and a diff3 conflict's ancestor lines with them."""
    kept, in_ancestor = [], False
    for line in text.splitlines(keepends=True):
        if line[:7] in ("|" * 7, "=" * 7):
            in_ancestor = line[:7] == "|" * 7
        elif line[:7] not in ("<" * 7, ">" * 7) and not in_ancestor:
            kept.append(line)
    return "".join(kept)


def _moved_as_advised(text: str) -> str:
    """The text resolved as the message says: the lines it names moved above the line it names, then the
    marker lines deleted."""
    lines = text.splitlines(keepends=True)
    moves = []
    for problem in conflict_problems(text, "claims.yaml"):
        advice = re.search(r"with lines? (\d+)(?:-(\d+))? moved above line (\d+)", problem.message)
        if advice is None:
            continue
        first, last, before = int(advice[1]), int(advice[2] or advice[1]), int(advice[3])
        moves.append((first, last, before))
    for first, last, before in sorted(moves, reverse=True):
        moved = lines[first - 1 : last]
        del lines[first - 1 : last]
        lines[before - 1 : before - 1] = moved
    return _without_markers("".join(lines))


# Bob added a source to the last claim (and, after it, a claim of his own); Alice a claim at the end
BOB_SOURCE = "    sources:\n      - url: https://bob.example/records\n        note: date not shown\n"


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize("style", [(), ("--diff3",)])
@pytest.mark.parametrize("bob_claim", ["", THEIRS.replace('"false"', '"mixed"')], ids=["source", "source and claim"])
def test_a_second_side_beginning_inside_the_entry_above_is_to_be_moved_above_the_first(
    tmp_path: Path, style: tuple[str, ...], bob_claim: str
) -> None:
    # deleting the marker lines, as the message said, gave Bob's source to Alice's claim: a valid file
    merged = _merge_file(tmp_path, BASE, BASE + OURS, BASE + BOB_SOURCE + bob_claim, *style)
    separator = merged.splitlines().index("=" * 7) + 1
    [problem] = conflict_problems(merged, "claims.yaml")
    assert f"lines {separator + 1}-{separator + 3}, where its second side begins, go on with the entry of line 3, " in (
        problem.message
    )
    assert problem.message.endswith(
        f"indented deeper than line 7, where its first side begins, they would go on with the first side's last "
        f"entry once the marker lines are deleted; keep what you want of both sides, with lines "
        f"{separator + 1}-{separator + 3} moved above line 7, and delete the marker lines"
    )
    assert "checkout" not in problem.message  # no lines are shared: git's diff3 style would not help
    assert _without_markers(merged) != BASE + BOB_SOURCE + OURS + bob_claim
    assert _moved_as_advised(merged) == BASE + BOB_SOURCE + OURS + bob_claim


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_sources_both_sides_add_to_the_claim_above_stay_with_it() -> None:
    # Alice added a source and a claim, Bob a source: his goes above her claim, below her source
    alice_source = "    sources:\n      - url: https://alice.example/records\n        note: seen\n"
    bob_source = "    sources:\n      - url: https://bob.example/records\n        publisher: Bob Times\n"
    both = alice_source + bob_source.removeprefix("    sources:\n")
    with tempfile.TemporaryDirectory() as folder:
        merged = _merge_file(Path(folder), BASE, BASE + alice_source + OURS, BASE + bob_source)
    [problem] = conflict_problems(merged, "claims.yaml")
    assert "moved above line 10, and delete the marker lines" in problem.message, merged
    assert _moved_as_advised(merged) == BASE + both + OURS


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_second_side_beginning_inside_the_entry_above_with_shared_last_lines_needs_both_moves(
    tmp_path: Path,
) -> None:
    # both sides end with the same source note: git writes it once, below the conflict, too
    alice = OURS + "    sources:\n      - url: https://alice.example/x\n        note: date not shown\n"
    merged = _merge_file(tmp_path, BASE, BASE + alice, BASE + BOB_SOURCE)
    assert merged.endswith(">>>>>>> bob\n        note: date not shown\n")
    [problem] = conflict_problems(merged, "claims.yaml")
    assert "go on with the entry of line 3, above the conflict" in problem.message
    assert "and line 16, below it, goes on with the last entry of both sides" in problem.message
    assert "(git checkout --conflict=diff3 -- claims.yaml)" in problem.message
    # following it: git writes each side whole, then the second side's first lines go above the first's
    assert _moved_as_advised(_merge_file(tmp_path, BASE, BASE + alice, BASE + BOB_SOURCE, "--diff3")) == (
        BASE + BOB_SOURCE + alice
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize("style", [(), ("--diff3",), ("--zdiff3",)])
def test_a_line_changed_above_a_claim_added_below_it_is_to_be_kept_above_that_claim(
    tmp_path: Path, style: tuple[str, ...]
) -> None:
    # Bob changed the last source's note, Alice added a claim (its source without a note): git writes the
    # note as it was and her claim against his note, and deleting the marker lines, as the message said,
    # gave his note to her claim's source, in a file validate finds nothing wrong with
    base = BASE + "    sources:\n      - url: https://a.example/x\n        note: title not shown\n"
    alice = OURS + '    sources:\n      - url: https://alice.example/y\n        date: "2026-01-01"\n'
    bob = base.replace("note: title not shown", "note: changed by bob")
    merged = _merge_file(tmp_path, base, base + alice, bob, *style)
    lines = merged.splitlines(keepends=True)
    opening, separator = lines.index("<" * 7 + " HEAD\n") + 1, lines.index("=" * 7 + "\n") + 1
    assert lines[opening] == "        note: title not shown\n"  # on Alice's side, as it was: git's doing
    [problem] = conflict_problems(merged, "claims.yaml")
    assert "goes on with the entry of line 3, above the conflict" in problem.message
    assert problem.message.endswith(
        f"keep what you want of both sides (lines {opening + 1} and {separator + 1} may be one line changed two "
        f"ways: keep one), with line {separator + 1} moved above line {opening + 2}, and delete the marker lines"
    )
    assert _without_markers(merged) != bob + alice
    # followed: Bob's line kept of the two, moved above Alice's claim
    assert _moved_as_advised(merged).replace("        note: title not shown\n", "", 1) == bob + alice


# the last claim of a file with a source, a summary of points
POINTS = (
    BASE
    + '    summary: |\n      Points:\n      - first\n        detail\n    checked: "2026-12-01"\n'
    + "    sources:\n      - url: https://a.example/x\n        publisher: P\n        note: date not shown\n"
)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize(
    ("line", "alice", "bob"),
    [
        ("  - id: bridge-cost\n", "  - id: bridge-price\n", "  - id: bridge-costs\n"),  # both renamed the claim
        ("      - first\n", "      - first (alice)\n", "      - first (bob)\n"),  # a line of a summary's text
    ],
    ids=["id", "summary text"],
)
def test_one_line_changed_two_ways_keeps_the_usual_advice(tmp_path: Path, line: str, alice: str, bob: str) -> None:
    # said "line 4, below it, goes on with the last entry of both sides ... git writes the lines both share once"
    merged = _merge_file(tmp_path, POINTS, POINTS.replace(line, alice), POINTS.replace(line, bob))
    [problem] = conflict_problems(merged, "claims.yaml")
    assert problem.message.endswith(
        "keep what you want of both sides (both, for two new claims) and delete the marker lines"
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_one_source_address_or_two_new_sources_alike_is_told_both_ways(tmp_path: Path) -> None:
    # Both changed a source's address, or both added a source ending with the same note: git writes the
    # same lines for both, and only the ancestor's lines (diff3 style) tell which it is
    url = "      - url: https://a.example/x\n"
    changed = POINTS.replace(url, url.replace("/x", "/y")), POINTS.replace(url, url.replace("/x", "/z"))
    source = "      - url: https://{}.example/\n        note: date not shown\n"
    added = POINTS + source.format("alice"), POINTS + source.format("bob")
    for ours, theirs in (changed, added):
        [problem] = conflict_problems(_merge_file(tmp_path, POINTS, ours, theirs), "claims.yaml")
        assert problem.message.split("): ", 1)[1].startswith(
            "if its two lines are one line changed two ways, keep the one you want and delete the marker lines; "
            "if they begin two new entries, line"
        )
        assert "have git write each side whole (git checkout --conflict=diff3 -- claims.yaml)" in problem.message
    [problem] = conflict_problems(_merge_file(tmp_path, POINTS, *changed, "--zdiff3"), "claims.yaml")
    assert problem.message.endswith(
        "keep what you want of both sides (both, for two new claims) and delete the marker lines"
    )
    [problem] = conflict_problems(_merge_file(tmp_path, POINTS, *added, "--zdiff3"), "claims.yaml")
    assert problem.message.split("): ", 1)[1].startswith("line 21, below it, goes on with the last entry of both sides")


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_git_command_of_the_message_works_from_outside_the_repository(tmp_path: Path) -> None:
    # 'git checkout --conflict=diff3 -- /abs/claims.yaml' run elsewhere: "fatal: not a git repository"
    env = {
        **os.environ,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_AUTHOR_NAME": "Desk",
        "GIT_AUTHOR_EMAIL": "desk@example.org",
        "GIT_COMMITTER_NAME": "Desk",
        "GIT_COMMITTER_EMAIL": "desk@example.org",
    }
    repo, elsewhere = tmp_path / "the desk's files", tmp_path / "elsewhere"
    repo.mkdir()
    elsewhere.mkdir()

    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, timeout=120)

    claims = repo / "claims.yaml"
    git("init", "-q", "-b", "main")
    claims.write_text(BASE, encoding="utf-8")
    git("add", "claims.yaml")
    git("commit", "-q", "-m", "base")
    git("checkout", "-q", "-b", "bob")
    claims.write_text(BASE + THEIRS + SAME_DAY, encoding="utf-8")
    git("commit", "-q", "-a", "-m", "bob")
    git("checkout", "-q", "main")
    claims.write_text(BASE + OURS + SAME_DAY, encoding="utf-8")
    git("commit", "-q", "-a", "-m", "alice")
    assert git("merge", "bob").returncode != 0
    for path in (str(claims), os.path.relpath(claims, elsewhere)):  # an absolute path, and one from elsewhere
        git("checkout", "--conflict=merge", "--", "claims.yaml")
        [problem] = conflict_problems(claims.read_text(encoding="utf-8"), path)
        command = re.search(r"\((git -C .*? -- claims\.yaml)\)", problem.message)
        assert command is not None, problem.message
        done = subprocess.run(["sh", "-c", command[1]], cwd=elsewhere, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert _without_markers(claims.read_text(encoding="utf-8")) == BASE + OURS + SAME_DAY + THEIRS + SAME_DAY


@st.composite
def _new_sources_and_claims(draw: st.DrawFn, side: str) -> tuple[str, str]:
    """What one person adds at the end of the file: perhaps a source to its last claim, then claims."""
    source = ""
    if draw(st.booleans()):
        source = f"      - url: https://{side}.example/source\n"
        source += draw(st.sampled_from(["        note: date not shown\n", f"        publisher: {side}\n", ""]))
    return source, draw(_new_claims(side))


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@settings(max_examples=60, deadline=None)
@given(ours=_new_sources_and_claims("alice"), theirs=_new_sources_and_claims("bob"))
def test_following_the_advice_keeps_both_sides_sources_and_claims_where_they_were_added(
    tmp_path_factory: pytest.TempPathFactory, ours: tuple[str, str], theirs: tuple[str, str]
) -> None:
    # Each adds a source to the last claim or not, then claims of their own, and git merges the branches.
    # Doing what the messages say (git's diff3 style first if they say so, lines moved if they say so,
    # the marker lines deleted) gives the last claim both sides' sources, then both sides' claims.
    folder = tmp_path_factory.mktemp("merge")
    merged = _merge_file(folder, POINTS, POINTS + "".join(ours), POINTS + "".join(theirs))
    problems = conflict_problems(merged, "claims.yaml")
    assert problems
    if any("checkout --conflict=diff3" in problem.message for problem in problems):
        merged = _merge_file(folder, POINTS, POINTS + "".join(ours), POINTS + "".join(theirs), "--diff3")
    assert _moved_as_advised(merged) == POINTS + ours[0] + theirs[0] + ours[1] + theirs[1]


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_line_one_side_changed_below_which_the_other_added_a_claim_is_named_as_maybe_one_line(
    tmp_path: Path,
) -> None:
    # Alice adds a claim after the last one, Bob changes its last line, a list item: git writes that line
    # as it was, then Alice's claim, against Bob's line; as two sources added would be written
    base = BASE + "    aliases:\n      - The bridge cost\n"
    bob = base.replace("- The bridge cost", "- The bridge's cost")
    merged = _merge_file(tmp_path, base, base + OURS, bob)
    [problem] = conflict_problems(merged, "claims.yaml")
    assert (
        "keep what you want of both sides (lines 8 and 13 may be one line changed two ways: keep one), "
        "with line 13 moved above line 9, and delete the marker lines"
    ) in problem.message
    resolved = _moved_as_advised(merged).replace("      - The bridge cost\n", "", 1)  # Bob's line kept
    assert resolved == bob + OURS
    # git's diff3 style tells lines added (no ancestor's lines) from a line changed
    [problem] = conflict_problems(_merge_file(tmp_path, base, base + OURS, bob, "--zdiff3"), "claims.yaml")
    assert "may be one line changed two ways" in problem.message
    aliases = [base + "      - Bridge costs\n" + OURS, base + "      - The bridge's price\n"]
    merged = _merge_file(tmp_path, base, *aliases, "--zdiff3")
    [problem] = conflict_problems(merged, "claims.yaml")
    assert "may be one line changed" not in problem.message
    assert "with line 15 moved above line 10, and delete the marker lines" in problem.message
    assert _moved_as_advised(merged) == base + "      - Bridge costs\n      - The bridge's price\n" + OURS


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize(
    ("alice_field", "bob_field"),
    [("    tags: [x]\n", "    summary: Bob adds this.\n"), ('    checked: "2026-01-02"\n', "    tags: [y]\n")],
)
def test_two_fields_of_two_keys_added_to_the_last_claim_are_not_named_as_maybe_one_line(
    tmp_path: Path, alice_field: str, bob_field: str
) -> None:
    # Alice adds a field to the last claim, then a claim; Bob another field to it: git writes her field
    # and claim against his field. Two keys are two fields: 'keep one' of the two lines lost one
    merged = _merge_file(tmp_path, BASE, BASE + alice_field + OURS, BASE + bob_field)
    [problem] = conflict_problems(merged, "claims.yaml")
    assert "may be one line changed" not in problem.message
    assert "with line 12 moved above line 8, and delete the marker lines" in problem.message
    assert _moved_as_advised(merged) == BASE + alice_field + bob_field + OURS
