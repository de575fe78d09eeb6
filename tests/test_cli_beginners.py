"""What a first-time user types wrong at a workshop (borrowed laptops, a first terminal), and what they are told:
one line that says what is wrong and what to type, exit 2, no traceback, the claims file left as it was."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.cli import ExitCode

Invoke = Callable[..., Result]

FACTCHECK = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or shutil.which("factcheck")


def _error_line(result: Result) -> str:
    """The error's one line: a usage error's last (after the usage line), any other's only one."""
    lines = result.stderr.splitlines()
    assert lines and lines[-1].startswith("factcheck: error: "), result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    return lines[-1]


# 1. a statement without the command's name


@pytest.mark.parametrize(
    ("args", "suggested"),
    [
        (("US troops are in Mexico",), 'factcheck check "US troops are in Mexico"'),
        # unquoted: the shell split it, and the words are put together again
        (("US", "troops", "are", "in", "Mexico"), 'factcheck check "US troops are in Mexico"'),
        (("it cost $5",), "factcheck check 'it cost $5'"),  # '$' in double quotes is the shell's
        (("troops", "--kb", "x.yaml"), 'factcheck check "troops" ...'),
        (("delete", "the", "troops"), 'factcheck check "delete the troops"'),  # a statement, not 'delete ID'
        (("50/50",), 'factcheck check "50/50"'),  # a fraction, not a path to scan
        # a number, not a path from a home folder ('~40' names no user): it was told to write it without quotes
        (("~40% of voters back the plan",), 'factcheck check "~40% of voters back the plan"'),
        (("~40%",), 'factcheck check "~40%"'),
    ],
)
def test_a_statement_without_the_command_is_told_to_put_check_before_it(
    invoke: Invoke, mini_kb: Path, args: tuple[str, ...], suggested: str
) -> None:
    # it was "No such command 'US troops are in Mexico'." and the usage, with no word of 'check'
    before = mini_kb.read_bytes()
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR
    line = _error_line(result)
    assert line == (
        f"factcheck: error: No such command: {args[0]!r}; to check a statement, write the command check before it: "
        f"{suggested}"
    )
    assert mini_kb.read_bytes() == before


@pytest.mark.parametrize(
    ("word", "message"),
    [
        ("article.txt", "to find the claims in a file: factcheck scan article.txt"),
        ("claims.yaml", "to check a claims file: factcheck validate claims.yaml"),
        ("mine.yml", "to check a claims file: factcheck validate mine.yml"),
        ("/home/ana/x.html", "to find the claims in a file: factcheck scan /home/ana/x.html"),
        ("talk.vtt", "to find the claims in a file: factcheck scan talk.vtt"),
        (
            "https://example.org/a",
            "factcheck never goes on the network: save the page first, e.g. curl -L -o downloaded-page.html "
            "https://example.org/a, then factcheck scan downloaded-page.html",
        ),
        ("us-troops-in-mexico-10000", "to see a claim: factcheck show us-troops-in-mexico-10000"),
    ],
)
def test_a_file_url_or_claim_id_typed_alone_is_told_its_command(invoke: Invoke, word: str, message: str) -> None:
    # each was told to check it as a statement: factcheck check "article.txt"
    result = invoke(word)
    assert result.exit_code == ExitCode.ERROR
    assert _error_line(result) == f"factcheck: error: No such command: {word!r}; {message}"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("view", "claims.yaml"),
            "No such command: 'view'; to check a claims file: factcheck validate claims.yaml "
            "(to see its claims: factcheck list --kb claims.yaml)",
        ),
        (
            ("get", "mine.yml"),
            "No such command: 'get'; to check a claims file: factcheck validate mine.yml "
            "(to see its claims: factcheck list --kb mine.yml)",
        ),
        (("view", "article.txt"), "No such command: 'view'; to find the claims in a file: factcheck scan article.txt"),
        (
            ("delete", "claims.yaml"),
            "No such command: 'delete'; remove takes a claim's id, not a file; a claims file goes with --kb: "
            "factcheck remove ID --kb claims.yaml",
        ),
        (
            ("update", "claims.yaml"),
            "No such command: 'update'; edit takes a claim's id, not a file; a claims file goes with --kb: "
            "factcheck edit ID --kb claims.yaml",
        ),
        (
            ("new", "claims.yaml"),
            "No such command: 'new'; add takes the claim as options, not a file; a claims file goes with --kb: "
            "factcheck add --kb claims.yaml",
        ),
        (
            ("rm", "notes.txt"),
            "No such command: 'rm'; remove takes a claim's id, not a file: factcheck remove ID "
            "(factcheck list shows the ids)",
        ),
        # add takes no id: these were told 'factcheck add ID', a command that fails
        (
            ("new", "notes.txt"),
            "No such command: 'new'; add takes the claim as options, not a file: factcheck add --claim CLAIM "
            "--verdict VERDICT (factcheck add --help lists the others)",
        ),
        (
            ("create", "article.md"),
            "No such command: 'create'; add takes the claim as options, not a file: factcheck add --claim CLAIM "
            "--verdict VERDICT (factcheck add --help lists the others)",
        ),
        (
            ("new", "fc.csv"),
            "No such command: 'new'; add takes the claim as options, not a file; to add a file's claims: "
            "factcheck import fc.csv",
        ),
        (
            ("create", "cr.json"),
            "No such command: 'create'; add takes the claim as options, not a file; to add a file's claims: "
            "factcheck import cr.json",
        ),
        (
            ("new", "Claims.JSONL"),  # not there yet: told import all the same (it was told 'add Claims.JSONL')
            "No such command: 'new'; add takes the claim as options, not a file; to add a file's claims: "
            "factcheck import Claims.JSONL",
        ),
    ],
)
def test_a_file_after_another_tools_name_of_a_command_is_not_told_to_use_it_as_an_id(
    invoke: Invoke, args: tuple[str, ...], message: str
) -> None:
    # 'view claims.yaml' was told 'factcheck show claims.yaml', which looks for a claim of the id 'claims.yaml'
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR
    assert _error_line(result) == f"factcheck: error: {message}"


@pytest.mark.parametrize(
    ("word", "command"),
    [
        ("~/notes", "scan ~/notes"),
        ("~/desk/claims.yaml", "validate ~/desk/claims.yaml"),
        ("~/my notes.txt", "scan ~/'my notes.txt'"),
        # the rest quoted, the '~' bare: '~/a&b.txt' was told 'scan ~/a&b.txt', which the shell runs in the
        # background ('&'), and "~/it's.txt" 'scan ~/it's.txt', an unclosed quote
        ("~/a&b.txt", "scan ~/'a&b.txt'"),
        ("~/notes (1).txt", "scan ~/'notes (1).txt'"),
        ("~/it's.txt", "scan ~/'it'\"'\"'s.txt'"),
    ],
)
def test_a_quoted_tilde_typed_alone_is_told_the_shell_did_not_expand_it(
    invoke: Invoke, word: str, command: str
) -> None:
    # "factcheck '~/notes'" was told "factcheck scan '~/notes'", quoted again: the shell leaves that '~' as well
    result = invoke(word)
    assert result.exit_code == ExitCode.ERROR
    assert _error_line(result) == (
        f"factcheck: error: No such command: {word!r}; the shell leaves a quoted ~ as it is, so {shlex.quote(word)} "
        f"is no file in your home folder: write it without quotes, factcheck {command}"
    )


@pytest.mark.skipif(os.name != "posix", reason="a POSIX shell")
@pytest.mark.parametrize("name", ["notes.txt", "my notes.txt", "a&b.txt", "notes (1).txt", "it's.txt", "$HOME;x"])
def test_the_path_a_quoted_tilde_is_told_to_write_is_the_file_in_the_home_folder_to_the_shell(
    invoke: Invoke, tmp_path: Path, name: str
) -> None:
    # the hint is a command line to copy: typed into sh, its path must be the file in the home folder
    hint = _error_line(invoke(f"~/{name}")).split(", factcheck scan ", 1)[1]
    environment = {**os.environ, "HOME": str(tmp_path)}
    typed = subprocess.run(["sh", "-c", f"printf %s {hint}"], env=environment, capture_output=True, timeout=60)
    assert (typed.returncode, typed.stdout.decode()) == (0, f"{tmp_path}/{name}"), typed.stderr


def test_a_quoted_tilde_given_as_a_file_is_told_the_file_meant(
    invoke: Invoke, mini_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "scan '~/notes.txt'" and "validate '~/claims.yaml'" said "no such file" of a file that is there
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "notes.txt").write_text("US troops are in Mexico.\n", encoding="utf-8")
    why = "(the shell leaves a quoted ~ as it is: write it without quotes)"
    for args, file in ((("scan", "~/notes.txt"), "notes.txt"), (("validate", "~/claims.yaml"), "claims.yaml")):
        result = invoke(*args)
        assert result.exit_code == ExitCode.ERROR and result.stdout == ""
        assert result.stderr == (
            f"factcheck: {args[1]}: error: no such file; did you mean '{tmp_path / file}'? {why}\n"
        ), result.stderr


@pytest.mark.parametrize("command", ["check", "validate", "edit"])
def test_a_tilde_after_an_options_equals_sign_is_told_the_shell_does_not_expand_it_there(
    invoke: Invoke, mini_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    # 'check --kb=~/claims.yaml', unquoted, was told "the shell leaves a quoted ~ as it is": nothing was quoted
    monkeypatch.setenv("HOME", str(mini_kb.parent))
    args = {"check": ["troops"], "validate": [], "edit": ["drones-over-mexico", "--verdict", "false"]}[command]
    result = invoke(command, "--kb=~/claims.yaml", *args)
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert result.stderr == (
        f"factcheck: ~/claims.yaml: error: no such file; did you mean '{mini_kb}'? "
        "(the shell does not expand a ~ after --kb=: write --kb ~/claims.yaml)\n"
    ), result.stderr


def test_a_tilde_after_an_equals_sign_is_told_a_path_the_shell_expands(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "my {claims}.yaml").write_text('claims:\n  - id: a\n    claim: X.\n    verdict: "false"\n')
    result = invoke("check", "--kb=~/my {claims}.yaml", "troops")  # braces: no template's
    assert result.stderr.endswith("(the shell does not expand a ~ after --kb=: write --kb ~/'my {claims}.yaml')\n")


def test_a_tilde_after_an_equals_sign_is_told_so_whatever_slashes_follow_it(
    invoke: Invoke, mini_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # '--kb=~//claims.yaml' names the file '~/claims.yaml', and was told "the shell leaves a quoted ~ as it is"
    monkeypatch.setenv("HOME", str(mini_kb.parent))
    for typed in ("~//claims.yaml", "~/./claims.yaml"):
        result = invoke("check", f"--kb={typed}", "troops")
        assert result.exit_code == ExitCode.ERROR and result.stdout == ""
        assert result.stderr == (
            f"factcheck: ~/claims.yaml: error: no such file; did you mean '{mini_kb}'? "
            "(the shell does not expand a ~ after --kb=: write --kb ~/claims.yaml)\n"
        ), result.stderr


_ADD = ("add", "--claim", "Drones fly over Mexico.", "--verdict", "false")


@pytest.mark.parametrize(
    "args",
    [
        _ADD,
        ("import", "claims.csv"),
        ("edit", "drones-over-mexico", "--verdict", "true"),
        ("remove", "drones-over-mexico", "--yes"),
        ("check", "troops"),
        ("list",),
        ("export", "--format", "csv"),
        ("validate",),
    ],
)
@pytest.mark.parametrize("kb", ["--kb=~/claims.yaml", "--kb=~/new.yaml", "'~/claims.yaml'", "'~/new.yaml'"])
def test_every_command_taking_kb_tells_a_tilde_the_shell_left(
    invoke: Invoke, mini_kb: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], kb: str
) -> None:
    # 'add --kb=~/claims.yaml' and 'import' were told "~: no such folder; nothing written", with no word of the
    # '~' the other commands told of; and '--kb=~/new.yaml' (no such file at home yet) was "no such file" alone
    monkeypatch.setenv("HOME", str(mini_kb.parent))
    Path("claims.csv").write_text("claim,verdict\nDrones fly over Mexico.,false\n", encoding="utf-8")
    before = mini_kb.read_bytes()
    name = kb.removeprefix("--kb=").strip("'")
    options = [kb] if kb.startswith("--kb=") else ["--kb", name]
    result = invoke(*args[:1], *options, *args[1:])
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    if kb.startswith("--kb="):
        why = f"(the shell does not expand a ~ after --kb=: write --kb {name})"
    else:
        why = "(the shell leaves a quoted ~ as it is: write it without quotes)"
    meant = (
        f"no such file; did you mean '{mini_kb}'?"
        if name.endswith("claims.yaml")
        else ("the ~ names your home folder only where the shell expands it")
    )
    assert result.stderr == f"factcheck: {name}: error: {meant} {why}\n", result.stderr
    assert mini_kb.read_bytes() == before
    assert not Path("~").exists() and not (mini_kb.parent / "new.yaml").exists()


def test_validate_tells_a_quoted_tilde_among_its_files_and_still_checks_the_others(
    invoke: Invoke, mini_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(mini_kb.parent))
    result = invoke("validate", "~/new.yaml", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert f"{mini_kb}: 4 claims, 0 errors" in result.stdout
    assert result.stderr == (
        "factcheck: ~/new.yaml: error: the ~ names your home folder only where the shell expands it "
        "(the shell leaves a quoted ~ as it is: write it without quotes)\n"
    )


def test_a_folder_named_tilde_here_is_read_as_any_folder(
    invoke: Invoke, mini_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a folder the user made named '~' is theirs: '--kb ~/claims.yaml' quoted names its file, not the home's
    monkeypatch.setenv("HOME", str(tmp_path / "elsewhere"))
    Path("~").mkdir()
    shutil.copyfile(mini_kb, Path("~/claims.yaml"))
    result = invoke("list", "--kb", "~/claims.yaml")
    assert result.exit_code == ExitCode.OK and "drones-over-mexico" in result.stdout


@pytest.mark.parametrize(
    ("word", "todo"),
    [
        ("~", "factcheck validate ~/claims.yaml"),
        ("~/", "factcheck validate ~/claims.yaml"),
        ("~/desk", "factcheck scan ~/desk/FILE"),
        ("~/my desk/", "factcheck scan ~/'my desk'/FILE"),
    ],
)
def test_a_quoted_tilde_naming_a_folder_is_told_the_shell_left_it_not_to_scan_the_folder(
    invoke: Invoke, mini_kb: Path, monkeypatch: pytest.MonkeyPatch, word: str, todo: str
) -> None:
    # "factcheck '~'" was told "write it without quotes, factcheck scan ~", which refuses a folder
    monkeypatch.setenv("HOME", str(mini_kb.parent))
    (mini_kb.parent / "desk").mkdir()
    (mini_kb.parent / "my desk").mkdir()
    assert _error_line(invoke(word)) == (
        f"factcheck: error: No such command: {word!r}; the shell leaves a quoted ~ as it is, so {shlex.quote(word)} "
        f"is no folder here; without quotes it is a folder, and factcheck reads files: name one in it, as {todo}"
    )


def test_a_quoted_tilde_beside_a_folder_named_tilde_is_told_of_that_folder_as_kb_reads_it(
    invoke: Invoke, mini_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "factcheck '~'" beside a folder named '~' was told "'~' is no folder here", where it is, and --kb reads it
    monkeypatch.setenv("HOME", str(mini_kb.parent))
    (mini_kb.parent / "work").mkdir()
    monkeypatch.chdir(mini_kb.parent / "work")
    Path("~").mkdir()
    shutil.copyfile(mini_kb, Path("~/claims.yaml"))
    for word in ("~", "~/"):
        assert _error_line(invoke(word)) == (
            f"factcheck: error: No such command: {word!r}; {word!r} is a folder, and factcheck reads files: name one "
            "in it, as factcheck validate '~'/claims.yaml"
        )
    assert _error_line(invoke("delete", "~/claims.yaml")) == (
        "factcheck: error: No such command: 'delete'; remove takes a claim's id, not a file; a claims file goes "
        "with --kb: factcheck remove ID --kb '~/claims.yaml'"
    )
    assert invoke("validate", "~/claims.yaml").exit_code == ExitCode.OK  # the command told reads that file


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("new", "https://example.org/claims.csv"),
            "add takes the claim as options, not a file; to add a file's claims: save it first, curl -L -o "
            "downloaded-claims.csv https://example.org/claims.csv (factcheck never goes on the network), then "
            "factcheck import downloaded-claims.csv",
        ),
        (
            ("create", "https://example.org/fc/export.json?page=2"),
            "add takes the claim as options, not a file; to add a file's claims: save it first, curl -L -o "
            "downloaded-export.json 'https://example.org/fc/export.json?page=2' (factcheck never goes on the "
            "network), then factcheck import downloaded-export.json",
        ),
        (
            ("new", "~/claims.csv"),
            "add takes the claim as options, not a file; to add a file's claims: factcheck import ~/claims.csv "
            "(the shell leaves a quoted ~ as it is: write it without quotes)",
        ),
        (
            ("new", "~/desk/claims.yaml"),
            "add takes the claim as options, not a file; a claims file goes with --kb: factcheck add --kb "
            "~/desk/claims.yaml (the shell leaves a quoted ~ as it is: write it without quotes)",
        ),
        (
            ("delete", "~/claims.yaml"),
            "remove takes a claim's id, not a file; a claims file goes with --kb: factcheck remove ID --kb "
            "~/claims.yaml (the shell leaves a quoted ~ as it is: write it without quotes)",
        ),
        (
            ("update", "https://example.org/claims.yaml"),
            "edit takes a claim's id, not a file; a claims file goes with --kb: save it first, curl -L -o "
            "downloaded-claims.yaml https://example.org/claims.yaml (factcheck never goes on the network), then "
            "factcheck edit ID --kb downloaded-claims.yaml",
        ),
    ],
)
def test_a_url_or_a_quoted_tilde_after_new_is_told_what_a_file_name_is(
    invoke: Invoke, args: tuple[str, ...], message: str
) -> None:
    # 'new https://example.org/claims.csv' and "new '~/claims.csv'" were told to scan them, where 'new
    # claims.csv' is told import
    assert _error_line(invoke(*args)) == f"factcheck: error: No such command: {args[0]!r}; {message}"


def test_a_folder_a_file_url_or_a_claims_files_address_typed_alone_is_told_a_command_that_takes_it(
    invoke: Invoke, mini_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # each was told a command that refuses it: 'factcheck scan ./desk' (a folder), 'factcheck validate
    # file:///...' (a URL), and a claims file's address was to be saved as page.html and scanned as an article
    monkeypatch.chdir(mini_kb.parent)
    (mini_kb.parent / "my desk").mkdir()
    said = {
        "./my desk": "'./my desk' is a folder, and factcheck reads files: name one in it, as "
        "factcheck scan './my desk'/FILE",
        f"{mini_kb.parent}/": f"{mini_kb.parent}/ is a folder, and factcheck reads files: name one in it, as "
        f"factcheck validate {mini_kb}",
        mini_kb.as_uri(): f"it is a file's address in a web browser, not its path: give the path, {mini_kb}",
        "https://example.org/desk/claims.yml?raw=1": "factcheck never goes on the network: save it first, curl -L -o "
        "downloaded-claims.yml 'https://example.org/desk/claims.yml?raw=1', then factcheck validate "
        "downloaded-claims.yml",
    }
    for word, message in said.items():
        assert _error_line(invoke(word)) == f"factcheck: error: No such command: {word!r}; {message}"


def test_an_existing_file_or_an_id_of_the_claims_file_typed_alone_is_told_its_command(
    invoke: Invoke, mini_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(mini_kb.parent)
    (mini_kb.parent / "notes").write_text("US troops are in Mexico.\n", encoding="utf-8")
    assert _error_line(invoke("notes")).endswith("; to find the claims in a file: factcheck scan notes")
    # an id of one hyphen is a claim's only when the claims file has it; 'covid-19' is otherwise a statement
    assert _error_line(invoke("covid-19")).endswith('factcheck check "covid-19"')
    mini_kb.write_text(mini_kb.read_text(encoding="utf-8").replace("drones-over-mexico", "covid-19"), encoding="utf-8")
    assert _error_line(invoke("covid-19")).endswith("; to see a claim: factcheck show covid-19")


@pytest.mark.parametrize(
    ("word", "message"),
    [
        # Typer's guess, kept, worded as factcheck's own messages ("No such command 'chek'. Did you mean ...")
        ("chek", "No such command: 'chek'; did you mean 'check'?"),
        ("CHECK", "No such command: 'CHECK'; commands are lower case: factcheck check ..."),
        ("help", "No such command: 'help'; for help: factcheck --help (or factcheck COMMAND --help)"),
    ],
)
def test_a_word_close_to_a_command_is_told_the_command_not_to_check_it(invoke: Invoke, word: str, message: str) -> None:
    # 'factcheck CHECK x' and 'factcheck help' were told to check the statement "CHECK x", "help"
    result = invoke(word, "US troops are in Mexico")
    assert result.exit_code == ExitCode.ERROR
    assert _error_line(result) == f"factcheck: error: {message}"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # another tool's command, with a claim's id: not a statement to check
        (
            ("delete", "us-troops-in-mexico-10000"),
            "No such command: 'delete'; factcheck's command is remove: factcheck remove us-troops-in-mexico-10000",
        ),
        (("rm", "x-1", "--yes"), "No such command: 'rm'; factcheck's command is remove: factcheck remove x-1 ..."),
        (("update",), "No such command: 'update'; factcheck's command is edit: factcheck edit ID"),
        (("change", "x-1"), "No such command: 'change'; factcheck's command is edit: factcheck edit x-1"),
        (("view", "x-1"), "No such command: 'view'; factcheck's command is show: factcheck show x-1"),
        (("new",), "No such command: 'new'; factcheck's command is add: factcheck add"),
        # from three words up, and an option's name typed as a word ('verdict') given its dashes
        # remove takes one id: 'factcheck remove a-1 b-2 c-3' failed on "unexpected extra argument(s) (b-2 c-3)"
        (
            ("delete", "a-1", "b-2", "c-3"),
            "No such command: 'delete'; factcheck's command is remove, one claim at a time: factcheck remove a-1, "
            "then factcheck remove b-2, then factcheck remove c-3",
        ),
        (
            ("rm", "a-1", "b-2", "c-3", "d-4", "--yes"),
            "No such command: 'rm'; factcheck's command is remove, one claim at a time: factcheck remove a-1 ..., "
            "then factcheck remove b-2 ..., and so on for each id",
        ),
        (
            ("update", "us-1", "verdict", "false"),
            "No such command: 'update'; factcheck's command is edit: factcheck edit us-1 --verdict false",
        ),
        # other programs typed after factcheck
        (("pip", "install", "."), "No such command: 'pip'; run pip install . on its own, without factcheck"),
        (
            ("python3", "-m", "venv", ".venv"),
            "No such command: 'python3'; run python3 -m venv .venv on its own, without factcheck",
        ),
        (("git", "pull"), "No such command: 'git'; run git pull on its own, without factcheck"),
        # remove's other names start no statement of two words: told remove whatever word follows ('delete foo',
        # 'rm foo' were told to check the statement "delete foo", as only a word shaped as an id was taken for one;
        # 'delete the troops', a sentence, is still a statement: see above)
        (("delete", "foo"), "No such command: 'delete'; factcheck's command is remove: factcheck remove foo"),
        (("rm", "foo"), "No such command: 'rm'; factcheck's command is remove: factcheck remove foo"),
        (("del", "foo", "--yes"), "No such command: 'del'; factcheck's command is remove: factcheck remove foo ..."),
        (
            ("rm", "foo", "--kb", "x.yaml"),
            "No such command: 'rm'; factcheck's command is remove: factcheck remove foo ...",
        ),
        # a synonym followed by a word, not an id, is a statement
        (
            ("new", "york"),
            "No such command: 'new'; to check a statement, write the command check before it: "
            'factcheck check "new york"',
        ),
        (
            ("get", "vaccinated"),
            "No such command: 'get'; to check a statement, write the command check before it: "
            'factcheck check "get vaccinated"',
        ),
        (("version",), "No such command: 'version'; factcheck's version: factcheck --version"),
        *(
            (
                (word,),
                f"No such command: {word!r}; the commands are check, scan, list, show, validate, add, edit, "
                "remove, export, import, ratings, model (factcheck --help)",
            )
            for word in ("init", "install")
        ),
        (
            ("open", "claims.yaml"),
            "No such command: 'open'; the commands are check, scan, list, show, validate, add, edit, remove, "
            "export, import, ratings, model (factcheck --help)",
        ),
        # the command's name after the statement: it goes first, not into the statement
        (
            ("US troops are in Mexico", "check"),
            "No such command: 'US troops are in Mexico'; the command's name goes first: "
            'factcheck check "US troops are in Mexico"',
        ),
        (
            ("US", "troops", "are", "in", "Mexico", "check", "--kb", "x.yaml"),
            "No such command: 'US'; the command's name goes first: factcheck check \"US troops are in Mexico\" ...",
        ),
        # a headline in capitals is a statement, not a command typed in capitals
        (
            ("IMPORT", "TARIFFS", "DOUBLED"),
            "No such command: 'IMPORT'; to check a statement, write the command check before it: "
            'factcheck check "IMPORT TARIFFS DOUBLED"',
        ),
        (("IMPORT", "--kb", "x.yaml"), "No such command: 'IMPORT'; commands are lower case: factcheck import ..."),
        # a statement of a line or more, pasted with its line break: the hint is one line
        (
            ("US troops\nare in Mexico",),
            "No such command: 'US troops\\nare in Mexico'; to check a statement, write the command check before "
            'it: factcheck check "US troops are in Mexico"',
        ),
    ],
)
def test_another_tools_command_is_told_factchecks_not_to_check_it(
    invoke: Invoke, args: tuple[str, ...], message: str
) -> None:
    # each was told to check the statement: 'factcheck check "delete us-troops-in-mexico-10000"', 'factcheck check
    # "version"', 'factcheck check "US troops are in Mexico check"'; 'IMPORT TARIFFS DOUBLED' that commands are
    # lower case; 'change' Typer's "Did you mean 'scan'?"
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR
    assert _error_line(result) == f"factcheck: error: {message}"
    assert len(result.stderr.splitlines()) == 2  # the usage, then the error


@pytest.mark.e2e
@pytest.mark.skipif(FACTCHECK is None or os.name != "posix", reason="the factcheck command and a POSIX shell")
@pytest.mark.parametrize(
    "statement", ["US troops are in Mexico", "it cost $5 to send 10,000 troops", 'a "quoted" word']
)
def test_the_suggested_command_typed_into_a_shell_checks_the_statement(tmp_path: Path, statement: str) -> None:
    # the hint is a command line to copy: typed into sh, it must give check the statement as one argument
    # ('$5' in double quotes was the shell's variable $5, an empty word)
    environment = {k: v for k, v in os.environ.items() if k != "FACTCHECK_KB"}
    assert FACTCHECK is not None
    typed = f"{shlex.quote(FACTCHECK)} {shlex.quote(statement)}"
    wrong = subprocess.run(["sh", "-c", typed], cwd=tmp_path, env=environment, capture_output=True, timeout=60)
    assert wrong.returncode == ExitCode.ERROR and wrong.stdout == b""
    hint = wrong.stderr.decode().splitlines()[-1].split("write the command check before it: ", 1)[1]
    assert hint.startswith("factcheck check ")
    rerun = f"{shlex.quote(FACTCHECK)} check --json {hint.removeprefix('factcheck check ')}"
    right = subprocess.run(["sh", "-c", rerun], cwd=tmp_path, env=environment, capture_output=True, timeout=60)
    assert right.returncode in (ExitCode.OK, ExitCode.NO_MATCH), right.stderr.decode()
    assert json.loads(right.stdout)["query"] == statement


# 2. a long option typed with one dash and '='


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("export", "--format", "json", "-output=x.json"),
            "-output=x.json is -o with the value 'utput=x.json': write --out=x.json (two dashes) or -o x.json",
        ),
        (
            ("export", "--format", "json", "-o=x.json"),
            "-o=x.json is -o with the value '=x.json': write --out=x.json (two dashes) or -o x.json",
        ),
        (
            ("check", "-n=3", "US troops are in Mexico"),
            "-n=3 is -n with the value '=3': write --top=3 (two dashes) or -n 3",
        ),
        (
            ("list", "-verdicts=false"),
            "-verdicts=false is -v with the value 'erdicts=false': write --verdict=false (two dashes) or -v false",
        ),
    ],
)
def test_a_one_dash_option_with_an_equals_sign_is_refused_not_read_as_a_short_option(
    invoke: Invoke, mini_kb: Path, args: tuple[str, ...], message: str
) -> None:
    # 'export -output=x.json' wrote the claims to a file named 'utput=x.json', exit 0
    before = mini_kb.read_bytes()
    result = invoke(*args, "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert _error_line(result).endswith(message)
    assert sorted(path.name for path in Path().iterdir()) == []
    assert mini_kb.read_bytes() == before


@pytest.mark.parametrize("statement", ["-n=3 is a flag", "-n 3 is a flag", "-x is a flag"])
def test_a_statement_that_starts_with_a_dash_is_told_to_put_the_end_of_options_before_it(
    invoke: Invoke, mini_kb: Path, statement: str
) -> None:
    # '-n=3 is a flag' was told "write --top='3 is a flag' (two dashes)", '-n 3 is a flag' "it is not a whole
    # number", '-x is a flag' "No such option: -x": words with a space are a statement
    result = invoke("check", "--kb", str(mini_kb), statement)
    assert result.exit_code == ExitCode.ERROR
    assert _error_line(result) == (
        f"factcheck: error: {statement!r} is read as options, as is any statement that starts with '-': put -- "
        f'before it, factcheck check -- "{statement}"'
    )
    assert invoke("check", "--kb", str(mini_kb), "--", statement).exit_code in (ExitCode.OK, ExitCode.NO_MATCH)


# 3. Click's usage errors


@pytest.mark.parametrize(
    ("args", "usage", "error"),
    [
        (
            ("check", "--top", "abc", "x"),
            "Usage: factcheck check [OPTIONS] [STATEMENT]  (more: factcheck check --help)",
            "factcheck: error: Invalid value for '--top': 'abc' is not a whole number (e.g. --top 5)",
        ),
        (
            ("check", "-n", "0", "x"),
            "Usage: factcheck check [OPTIONS] [STATEMENT]  (more: factcheck check --help)",
            "factcheck: error: Invalid value for '--top': '0' is too small (at least 1)",
        ),
        (
            ("list", "--since", "notadate"),
            "Usage: factcheck list [OPTIONS]  (more: factcheck list --help)",
            "factcheck: error: Invalid value for '--since': 'notadate' is not a real date written YYYY-MM-DD "
            "(or YYYY-MM, YYYY)",
        ),
        (
            ("check", "-nabc", "x"),  # the value typed with the short option, in one word
            "Usage: factcheck check [OPTIONS] [STATEMENT]  (more: factcheck check --help)",
            "factcheck: error: Invalid value for '--top': 'abc' is not a whole number (e.g. --top 5)",
        ),
        (
            ("check", "--min-score", "nan", "x"),  # it was "'nan' is too large (at most 1)"
            "Usage: factcheck check [OPTIONS] [STATEMENT]  (more: factcheck check --help)",
            "factcheck: error: Invalid value for '--min-score': 'nan' is not a number: a score is a number from 0 "
            "to 1 (for 50%, give 0.5)",
        ),
        (
            ("show",),
            "Usage: factcheck show [OPTIONS] ID  (more: factcheck show --help)",
            "factcheck: error: Missing argument 'ID'.",
        ),
        (
            ("list", "-x"),
            "Usage: factcheck list [OPTIONS]  (more: factcheck list --help)",
            "factcheck: error: No such option: -x",
        ),
    ],
)
def test_a_usage_error_is_two_lines_the_usage_with_its_help_then_the_error(
    invoke: Invoke, mini_kb: Path, args: tuple[str, ...], usage: str, error: str
) -> None:
    # four lines were printed (the usage, "Try 'factcheck check -h' for help.", a blank line, "Error: ..."), and
    # "Input should be a valid integer, unable to parse string as an integer" named neither the value nor the fix
    result = invoke(*args, "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr.splitlines() == [usage, error]


def test_factcheck_alone_still_prints_its_help(invoke: Invoke) -> None:
    result = invoke()
    assert "Commands:" in result.stdout + result.stderr and "factcheck: error" not in result.stderr


# 4. validate beside a claims file saved under another name


@pytest.mark.parametrize(
    ("name", "advice"),
    [
        (
            "claims.yaml.txt",
            "(Windows hides its '.txt'), which validate does not check in its place (nor the "
            "bundled starter file): factcheck validate claims.yaml.txt",
        ),
        (
            "claims.yml",
            "(spelt '.yml', not '.yaml'), which validate does not check in its place (nor the bundled "
            "starter file): factcheck validate claims.yml",
        ),
        (
            "claims.yaml.rtf",
            "(TextEdit's Rich Text; the Finder hides its '.rtf'), which validate does not check in "
            "its place (nor the bundled starter file): open it in TextEdit, choose Format > Make Plain Text, then "
            "File > Save as claims.yaml",
        ),
    ],
)
@pytest.mark.parametrize("as_json", [False, True])
def test_validate_beside_a_lookalike_claims_file_refuses_to_validate_another_file(
    invoke: Invoke, mini_kb: Path, name: str, advice: str, as_json: bool
) -> None:
    # it validated the bundled starter file ("42 claims, 0 errors, 0 warnings", exit 0), which a student read as
    # their own file passing
    Path(name).write_bytes(mini_kb.read_bytes())
    result = invoke("validate", *(["--json"] if as_json else []))
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert result.stderr == f"factcheck: claims.yaml: error: no such file, but there is '{name}' {advice}\n"
    assert sorted(path.name for path in Path().iterdir()) == [name]
    assert Path(name).read_bytes() == mini_kb.read_bytes()
    # named, it is validated
    assert invoke("validate", name).exit_code == ExitCode.OK


def test_validate_beside_a_lookalike_validates_the_file_that_factcheck_kb_names(
    invoke: Invoke, mini_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Path("claims.yaml.txt").write_bytes(b"not: [yaml")
    monkeypatch.setenv("FACTCHECK_KB", str(mini_kb))
    result = invoke("validate")
    assert result.exit_code == ExitCode.OK and f"{mini_kb}: 4 claims, 0 errors" in result.stdout


# 5. a URL given as a file


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--kb", "https://example.org/claims.yaml", "x"),
        ("list", "--kb", "https://example.org/claims.yaml"),
        ("validate", "https://example.org/claims.yaml"),
    ],
)
def test_a_url_given_as_the_claims_file_keeps_its_slashes_and_says_to_save_it(
    invoke: Invoke, args: tuple[str, ...]
) -> None:
    # "factcheck: https:/example.org/claims.yaml: error: no such file": a slash lost, as though factcheck's fault
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR
    line = _error_line(result)
    assert line.endswith(
        "'https://example.org/claims.yaml' is a web address, not a file on this computer (factcheck never goes on "
        "the network): save it first, curl -L -o downloaded-claims.yaml https://example.org/claims.yaml, then give "
        "downloaded-claims.yaml"
    )
    assert "https:/e" not in result.stderr


def test_a_url_in_factcheck_kb_keeps_its_slashes_and_is_worded_as_one_given_with_kb(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    # store.py worded it apart: "$FACTCHECK_KB is a web address, 'URL', not a file ... e.g. curl ..., and set it
    # to the saved file", where --kb's said "'URL' is a web address, not a file ...: save it first, curl ..."
    monkeypatch.setenv("FACTCHECK_KB", "https://example.org/claims.yaml")
    result = invoke("list")
    assert result.exit_code == ExitCode.ERROR
    assert _error_line(result) == (
        "factcheck: error: $FACTCHECK_KB 'https://example.org/claims.yaml' is a web address, not a file on this "
        "computer (factcheck never goes on the network): save it first, curl -L -o downloaded-claims.yaml "
        "https://example.org/claims.yaml, then set $FACTCHECK_KB to downloaded-claims.yaml's path"
    )
    monkeypatch.delenv("FACTCHECK_KB")
    given = _error_line(invoke("list", "--kb", "https://example.org/claims.yaml"))
    said = "'https://example.org/claims.yaml' is a web address, not a file on this computer (factcheck never goes "
    assert said in given and said in _error_line(result)


@pytest.mark.parametrize(
    ("url", "save"),
    [
        ("s3://desk-bucket/claims.yaml", "save it first, aws s3 cp s3://desk-bucket/claims.yaml {saved}"),
        ("gs://desk-bucket/claims.yaml", "save it first, gcloud storage cp gs://desk-bucket/claims.yaml {saved}"),
        ("ftp://example.org/claims.yaml", "save it first, curl -L -o {saved} ftp://example.org/claims.yaml"),
        ("sftp://example.org/claims.yaml", "download it first, as {saved}"),
        # aws and gcloud take a lower-case scheme only: 'aws s3 cp S3://...' fails
        ("S3://desk-bucket/claims.yaml", "save it first, aws s3 cp s3://desk-bucket/claims.yaml {saved}"),
        ("GS://desk-bucket/claims.yaml", "save it first, gcloud storage cp gs://desk-bucket/claims.yaml {saved}"),
    ],
)
def test_a_storage_url_given_as_the_claims_file_is_not_told_to_use_curl(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, url: str, save: str
) -> None:
    # '--kb s3://bucket/claims.yaml' was told 'curl -L -o claims.yaml s3://...', which curl cannot fetch
    saved = "downloaded-claims.yaml"  # never the user's own claims.yaml, which the command would replace
    save = save.format(saved=saved)
    for args in (("list", "--kb", url), ("validate", url)):
        line = _error_line(invoke(*args))
        assert line.endswith(f"(factcheck never goes on the network): {save}, then give {saved}"), line
        assert ("curl" in line) == url.startswith("ftp:")
    monkeypatch.setenv("FACTCHECK_KB", url)
    line = _error_line(invoke("list"))
    assert line.endswith(f"{save}, then set $FACTCHECK_KB to {saved}'s path"), line
    assert ("curl" in line) == url.startswith("ftp:")


@pytest.mark.parametrize(
    ("args", "save"),
    [
        (
            ("s3://desk-bucket/article.html",),
            "save the page first, e.g. aws s3 cp s3://desk-bucket/article.html downloaded-article.html",
        ),
        (
            ("scan", "s3://desk-bucket/article.html"),
            "save the page first, e.g. aws s3 cp s3://desk-bucket/article.html downloaded-article.html",
        ),
        (("scan", "sftp://example.org/article.html"), "download the page first, as downloaded-article.html"),
        (
            ("import", "gs://desk-bucket/a.json"),
            "save the document first, e.g. gcloud storage cp gs://desk-bucket/a.json downloaded-a.json",
        ),
    ],
)
def test_a_storage_url_given_as_an_article_or_import_is_not_told_to_use_curl(
    invoke: Invoke, args: tuple[str, ...], save: str
) -> None:
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert f" {save}, then" in result.stderr and "curl" not in result.stderr, result.stderr
    assert len(result.stderr.splitlines()) <= 2 and "Traceback" not in result.stderr
    if args[0] in ("scan", "import"):
        # worded as --kb and validate word it: no web address ('reads files, not web addresses' of s3://)
        assert f"factcheck {args[0]} reads files, not URLs (it never goes on the network); " in result.stderr


@pytest.mark.parametrize(
    ("args", "command"),
    [
        (("scan", "S3://desk-bucket/article.html"), "aws s3 cp s3://desk-bucket/article.html downloaded-article.html"),
        (("GS://desk-bucket/article.html",), "gcloud storage cp gs://desk-bucket/article.html downloaded-article.html"),
        (("import", "S3://desk-bucket/a.json"), "aws s3 cp s3://desk-bucket/a.json downloaded-a.json"),
    ],
)
def test_an_upper_case_storage_scheme_is_told_a_command_with_a_lower_case_one(
    invoke: Invoke, args: tuple[str, ...], command: str
) -> None:
    # 'scan S3://...' was told 'aws s3 cp S3://...', which aws refuses: its URLs start with s3://
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR and f"e.g. {command}, then" in result.stderr, result.stderr


def test_a_url_given_as_the_out_file_is_refused(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("export", "--format", "json", "-o", "https://example.org/x.json", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert _error_line(result).endswith("'https://example.org/x.json' is a web address, not a file on this computer")
    assert sorted(path.name for path in Path().iterdir()) == []


def test_validate_names_a_url_among_its_files_and_still_checks_the_others(invoke: Invoke, mini_kb: Path) -> None:
    # 'validate a.yaml https://... b.yaml' checked none: the address was refused as the arguments were read; the
    # docs/commands.md says that a file validate cannot read is named on standard error and the others are still checked
    other = mini_kb.with_name("other.yaml")
    other.write_bytes(mini_kb.read_bytes())
    result = invoke("validate", str(mini_kb), "https://example.org/claims.yaml", str(other))
    assert result.exit_code == ExitCode.ERROR
    assert f"{mini_kb}: 4 claims, 0 errors" in result.stdout and f"{other}: 4 claims, 0 errors" in result.stdout
    assert result.stderr == (
        "factcheck: https://example.org/claims.yaml: error: is a web address, not a file on this computer "
        "(factcheck never goes on the network): save it first, curl -L -o downloaded-claims.yaml "
        "https://example.org/claims.yaml, then give downloaded-claims.yaml\n"
    )


def test_validate_names_a_folder_among_its_files_and_still_checks_the_others(
    invoke: Invoke, mini_kb: Path, tmp_path: Path
) -> None:
    # 'validate a.yaml /tmp b.yaml' checked none: the arguments' parser refused the folder, as a usage error
    other = mini_kb.with_name("other.yaml")
    other.write_bytes(mini_kb.read_bytes())
    before = mini_kb.read_bytes()
    folder = tmp_path / "desk"
    folder.mkdir()
    result = invoke("validate", str(mini_kb), str(folder), str(other))
    assert result.exit_code == ExitCode.ERROR
    assert f"{mini_kb}: 4 claims, 0 errors" in result.stdout and f"{other}: 4 claims, 0 errors" in result.stdout
    assert result.stderr == f"factcheck: {folder}: error: is a folder, not a file\n"  # as a missing file
    assert mini_kb.read_bytes() == before
    # alone, a folder is still the usage error it was
    alone = invoke("validate", str(folder))
    assert alone.exit_code == ExitCode.ERROR and alone.stdout == ""
    assert (
        alone.stderr.splitlines()[-1]
        == f"factcheck: error: Invalid value for 'PATH': {str(folder)!r} is a folder, not a file."
    )


def test_validate_json_gives_a_file_it_cannot_check_an_object_of_its_own(
    invoke: Invoke, mini_kb: Path, tmp_path: Path
) -> None:
    # a file that could not be read had its line on standard error and no JSON object: a script reading the
    # lines took the run for two files checked
    folder = tmp_path / "desk"
    folder.mkdir()
    missing = tmp_path / "missing.yaml"
    url = "https://example.org/claims.yaml"
    result = invoke("validate", "--json", str(folder), str(mini_kb), url, str(missing))
    assert result.exit_code == ExitCode.ERROR
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    # in the order given: the folder and the URL were named first, whatever their place
    assert [obj["kb"] for obj in objects] == [str(folder), str(mini_kb), url, str(missing)]
    by_file = {obj["kb"]: obj for obj in objects}
    assert by_file[str(mini_kb)]["errors"] == 0 and "error" not in by_file[str(mini_kb)]
    assert by_file[str(missing)] == {"kb": str(missing), "error": "no such file"}
    assert by_file[str(folder)] == {"kb": str(folder), "error": "is a folder, not a file"}
    assert by_file[url]["error"].startswith("is a web address, not a file on this computer")
    # each is still named on standard error, in the same order, as a missing file is ('factcheck: FILE: error:')
    assert [line.split(": error: ")[0] for line in result.stderr.splitlines()] == [
        f"factcheck: {folder}",
        f"factcheck: {url}",
        f"factcheck: {missing}",
    ]


@pytest.mark.parametrize(
    "args",
    [
        ("list", "--kb", "file:///tmp/x/claims.yaml"),
        ("validate", "file:///tmp/x/claims.yaml"),
        ("import", "file:///tmp/x/claims.yaml"),
    ],
)
def test_a_file_url_is_told_the_path_to_give(invoke: Invoke, mini_kb: Path, args: tuple[str, ...]) -> None:
    # it was called a web address, with curl's advice to save it (import's too)
    result = invoke(*args, *(["--kb", str(mini_kb)] if args[0] == "import" else []))
    assert result.exit_code == ExitCode.ERROR
    assert _error_line(result).endswith(
        "'file:///tmp/x/claims.yaml' is a file's address in a web browser, not its path: give the path, "
        "/tmp/x/claims.yaml"
    )


def test_a_file_url_in_factcheck_kb_is_told_the_path(invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_KB", "file:///tmp/x/claims.yaml")
    result = invoke("list")
    assert result.exit_code == ExitCode.ERROR
    assert _error_line(result) == (
        "factcheck: error: $FACTCHECK_KB: 'file:///tmp/x/claims.yaml' is a file's address in a web browser, not "
        "its path: give the path, /tmp/x/claims.yaml"
    )
    # and another web address is said in the command to type, not with a 'URL' to fill in
    monkeypatch.setenv("FACTCHECK_KB", "https://example.org/claims.yaml")
    assert "curl -L -o downloaded-claims.yaml https://example.org/claims.yaml, then set $FACTCHECK_KB" in (
        invoke("list").stderr
    )


@pytest.mark.parametrize(
    "args",
    [
        ("https://example.org/claims.yaml",),
        ("view", "https://example.org/claims.yaml"),
        ("delete", "https://example.org/claims.yaml"),
        ("update", "https://example.org/claims.yaml"),
        ("list", "--kb", "https://example.org/claims.yaml"),
        ("validate", "https://example.org/claims.yaml"),
        ("validate", "claims.yaml", "https://example.org/claims.yaml"),
        ("new", "https://example.org/desk/claims.yml"),
        ("s3://desk-bucket/claims.yaml",),
    ],
)
def test_the_download_advised_for_a_claims_files_address_cannot_replace_the_users_claims_file(
    invoke: Invoke, mini_kb: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    # 'factcheck https://example.org/claims.yaml', typed in the folder of the user's claims.yaml, was told
    # "curl -L -o claims.yaml URL, then ...", which replaces the user's file with the download
    monkeypatch.chdir(mini_kb.parent)
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR
    line = result.stderr.splitlines()[-1]
    saved = "downloaded-claims.yaml" if args[-1].endswith(".yaml") else "downloaded-claims.yml"
    command = "curl -L -o " + saved if args[-1].startswith("https:") else f"aws s3 cp {args[-1]} {saved}"
    assert f"save it first, {command}" in line, line
    assert re.search(r"(?:-o|cp \S+) claims\.ya?ml\b", line) is None, line
    assert line.split(command, 1)[1].count(saved) == 1, line  # and the saved file is the one to give after it


@pytest.mark.parametrize(
    "args",
    [
        ("list", "--kb", "file:///C:/Users/Ana/Documents/claims.yaml"),
        ("scan", "file:///C:/Users/Ana/Documents/claims.yaml"),
        ("validate", "file:///c:/Users/Ana/Documents/claims.yaml"),
    ],
)
def test_a_windows_file_url_is_told_its_wsl_path(invoke: Invoke, args: tuple[str, ...]) -> None:
    # it was told to give '/C:/Users/Ana/Documents/claims.yaml', which names no file
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR
    assert _error_line(result).endswith(
        "is a file's address in a web browser, not its path: give the path, /mnt/c/Users/Ana/Documents/claims.yaml "
        "(the WSL path of that Windows drive's file)"
    )


def test_a_windows_file_url_in_factcheck_kb_is_told_its_wsl_path(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_KB", "file:///D:/kb/claims.yaml")
    result = invoke("list")
    assert result.exit_code == ExitCode.ERROR
    assert _error_line(result).endswith(
        "give the path, /mnt/d/kb/claims.yaml (the WSL path of that Windows drive's file)"
    )


def test_a_windows_path_typed_with_two_slashes_is_a_path_not_a_url(invoke: Invoke) -> None:
    # 'C://Users/Ana/claims.yaml' was refused as a web address (a scheme of one letter), with curl's advice
    result = invoke("list", "--kb", "C://Users/Ana/claims.yaml")
    assert result.exit_code == ExitCode.ERROR
    assert "web address" not in result.stderr
    assert result.stderr.startswith("factcheck: C:/Users/Ana/claims.yaml: error: no such file")


@pytest.mark.parametrize("as_json", [False, True])
def test_validate_in_a_folder_without_a_claims_file_refuses_to_validate_the_starter_file(
    invoke: Invoke, mini_kb: Path, as_json: bool
) -> None:
    # 'factcheck validate', run as the README's tutorial says "until it says 0 errors", in a folder without
    # claims.yaml (the wrong folder, a file saved elsewhere) validated the bundled starter file with no note:
    # "42 claims, 0 errors, 0 warnings", exit 0
    result = invoke("validate", *(["--json"] if as_json else []))
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert result.stderr == (
        f"factcheck: claims.yaml: error: no such file (none in this folder, {Path.cwd()}), and validate does not "
        "check the bundled starter file in its place: cd to the folder of your claims file, or name it: factcheck "
        "validate FILE\n"
    )
    assert sorted(path.name for path in Path().iterdir()) == []
    # the folder's claims.yaml is validated
    Path("claims.yaml").write_bytes(mini_kb.read_bytes())
    assert "claims.yaml: 4 claims, 0 errors" in invoke("validate").stdout


def test_validates_kb_help_says_the_starter_file_is_never_checked(invoke: Invoke) -> None:
    # --kb's help was the other commands': "else the bundled starter knowledge base", PATH's "never the bundled
    # starter file"
    shown = " ".join(invoke("validate", "--help").stdout.split())
    assert "else the bundled starter knowledge base" not in shown
    assert "Claims file to check, or - to read it from standard input, as PATH. Default: ./claims.yaml if" in shown
    assert shown.count("never the bundled starter file") == 2


@pytest.mark.parametrize("what", ["icloud", "folder", "dangling link"])
def test_validate_without_a_file_says_what_is_there(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    # an iCloud placeholder's message ran on with "cd to the folder of your claims file"; a folder named
    # claims.yaml and a link to nothing were "no such file (none in this folder, ...)"
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_KB", raising=False)
    if what == "icloud":
        (tmp_path / ".claims.yaml.icloud").write_bytes(b"")
        expected = (
            "no such file on this Mac: iCloud Drive holds it but has not downloaded it ('.claims.yaml.icloud' "
            "stands in for it); download it (in the Finder, click its cloud icon, or open it), then run the "
            "command again"
        )
    elif what == "folder":
        (tmp_path / "claims.yaml").mkdir()
        expected = "is a folder, not a claims file"
    else:
        (tmp_path / "claims.yaml").symlink_to(tmp_path / "gone" / "claims.yaml")
        expected = f"is a link to {tmp_path / 'gone' / 'claims.yaml'}, which does not exist"
    result = invoke("validate")
    assert result.exit_code == ExitCode.ERROR
    assert (result.stdout, result.stderr) == ("", f"factcheck: claims.yaml: error: {expected}\n")
    if what == "dangling link":
        assert invoke("validate", "claims.yaml").stderr == f"factcheck: claims.yaml: error: {expected}\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("list",), "no such file"),
        (("check", "troops"), "no such file"),
        (("validate",), "no such file"),
        (("export", "--format", "csv"), "no such file"),
        (("add", "--claim", "Drones fly over Mexico.", "--verdict", "false"), "no such folder, {folder}"),
        (("import", "claims.csv"), "no such folder, {folder}"),
        # edit and remove need the file: said missing, as its folder is, in the one wording
        (("remove", "drones-over-mexico", "--yes"), "no such file"),
        (("edit", "drones-over-mexico", "--verdict", "true"), "no such file"),
    ],
)
def test_a_claims_file_factcheck_kb_names_that_is_not_there_is_said_to_come_from_it(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], message: str
) -> None:
    # "/old/desk/claims.yaml: error: no such file" (add: "/old/desk: no such folder") did not say that the name
    # came from $FACTCHECK_KB, set in a profile long ago; edit and remove said "no such folder (/old/desk)
    # ($FACTCHECK_KB names this file: ...); nothing written", where edit without the folder said it in other words
    folder = tmp_path / "old desk"
    monkeypatch.setenv("FACTCHECK_KB", str(folder / "claims.yaml"))
    Path("claims.csv").write_text("claim,verdict\nDrones fly over Mexico.,false\n", encoding="utf-8")
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    said = message.format(folder=folder)
    end = "; nothing written" if "folder" in message else ""
    assert result.stderr == (
        f"factcheck: {folder / 'claims.yaml'}: error: {said} ($FACTCHECK_KB names it): set $FACTCHECK_KB to your "
        f"claims file, or name it with --kb FILE{end}\n"
    ), result.stderr
    assert not folder.exists() and sorted(Path().iterdir()) == [Path("claims.csv")]


@pytest.mark.parametrize(
    "args", [("validate",), ("list",), ("remove", "x", "--yes"), ("add", "--claim", "X.", "--verdict", "true")]
)
def test_a_claims_file_factcheck_kb_names_is_said_as_any_other_when_the_variable_is_not_what_is_wrong(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    # a link to nothing was "no such file ($FACTCHECK_KB names this file: set it to yours, ...)", where validate
    # said "is a link to X, which does not exist"; a file iCloud Drive has not downloaded was told "... then run
    # the command again ($FACTCHECK_KB names this file: set it to yours ...)", where the variable is right
    link = tmp_path / "desk" / "claims.yaml"
    link.parent.mkdir()
    link.symlink_to(tmp_path / "gone" / "claims.yaml")
    monkeypatch.setenv("FACTCHECK_KB", str(link))
    result = invoke(*args)
    said = result.stderr.rstrip("\n")
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    if args[0] == "add":  # add writes through the link: its folder is what is missing, as on main
        assert said == f"factcheck: error: {tmp_path / 'gone'}: no such folder; nothing written"
    else:
        assert (
            said == f"factcheck: {link}: error: is a link to {tmp_path / 'gone' / 'claims.yaml'}, which does not exist"
        )
    icloud = tmp_path / "icloud" / "claims.yaml"
    icloud.parent.mkdir()
    (icloud.parent / ".claims.yaml.icloud").write_bytes(b"bplist00")
    monkeypatch.setenv("FACTCHECK_KB", str(icloud))
    result = invoke(*args)
    if args[0] != "add":  # add and import refuse beside a placeholder in words of their own
        assert result.stderr.endswith("then run the command again\n"), result.stderr
    assert "FACTCHECK_KB" not in result.stderr and result.exit_code == ExitCode.ERROR
    assert sorted(p.name for p in icloud.parent.iterdir()) == [".claims.yaml.icloud"]


def test_a_file_meant_for_the_one_factcheck_kb_names_is_said_after_where_the_name_came_from(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "no such file; did you mean '...claims.yml'? (its name ends in '.yml', not '.yaml') ($FACTCHECK_KB names
    # this file: set it to yours, or give --kb FILE)": two parentheticals in a row
    (tmp_path / "claims.yml").write_text("claims: []\n", encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_KB", str(tmp_path / "claims.yaml"))
    for args in (("list",), ("remove", "x", "--yes")):
        assert invoke(*args).stderr == (
            f"factcheck: {tmp_path / 'claims.yaml'}: error: no such file ($FACTCHECK_KB names it); did you mean "
            f"'{tmp_path / 'claims.yml'}'? (its name ends in '.yml', not '.yaml')\n"
        )


@pytest.mark.parametrize("typed", ["--out=~/claims.csv", "'~/claims.csv'"])
def test_exports_out_file_tells_a_tilde_the_shell_left(
    invoke: Invoke, mini_kb: Path, monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    # 'export --out=~/claims.csv' was told "~: no such folder; nothing written", with no word of the '~'
    monkeypatch.setenv("HOME", str(mini_kb.parent))
    (mini_kb.parent / "claims.csv").write_text("an older export\n", encoding="utf-8")
    option = [typed] if typed.startswith("--") else ["--out", typed.strip("'")]
    result = invoke("export", "--kb", str(mini_kb), "--format", "csv", *option)
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    why = (
        "the shell does not expand a ~ after --out=: write --out ~/claims.csv"
        if typed.startswith("--")
        else "the shell leaves a quoted ~ as it is: write it without quotes"
    )
    assert result.stderr == (
        f"factcheck: ~/claims.csv: error: the ~ names your home folder only where the shell expands it ({why})\n"
    ), result.stderr
    assert (mini_kb.parent / "claims.csv").read_text(encoding="utf-8") == "an older export\n"
    assert not Path("~").exists()


# an export given for a claims file


def test_validating_the_claimreview_export_names_it_and_what_to_do(invoke: Invoke, tmp_path: Path) -> None:
    """A newcomer exports ClaimReview and runs 'factcheck validate' on the export next: it was "the top level must
    be a mapping of 'key: value' lines", which says nothing of what the file is.  An object or a list, as JSON-LD
    gives one ClaimReview or several; validate exits 1 with that one error, and every command taking --kb says
    the same (exit 2)."""
    kb = tmp_path / "claims.yaml"
    kb.write_text('claims:\n  - id: a\n    claim: Taxes doubled\n    verdict: "false"\n', encoding="utf-8")
    out = tmp_path / "reviews.json"
    exported = invoke("export", "--kb", str(kb), "--base-url", "https://example.org/c/", "-o", str(out))
    assert exported.exit_code == 0, exported.stderr
    one = tmp_path / "one.json"
    one.write_text(json.dumps(json.loads(out.read_text(encoding="utf-8"))[0]), encoding="utf-8")
    message = (
        "error: this is ClaimReview JSON-LD, not a claims file (what validate and --kb read): "
        "'factcheck import FILE' brings its fact-checks into the claims file"
    )
    for path in (out, one):
        result = invoke("validate", str(path))
        assert result.exit_code == 1
        assert result.stdout.splitlines() == [f"{path}:1:1: {message}", f"{path}: 0 claims read, 1 error, 0 warnings"]
    checked = invoke("check", "--kb", str(out), "Taxes doubled")
    assert checked.exit_code == ExitCode.ERROR
    assert checked.stderr.splitlines() == [f"factcheck: {out}:1:1: {message}"]


def test_validating_a_publishers_json_ld_names_it_without_calling_it_our_export(invoke: Invoke, tmp_path: Path) -> None:
    """A publisher's downloaded feed (a DataFeed of ClaimReviews) is ClaimReview JSON-LD too, which no claims file
    was exported to: the message said "as 'factcheck export' writes ... validate the claims file it was exported
    from" of any JSON-LD.  JSON-LD naming no ClaimReview is not called ClaimReview."""
    feed = tmp_path / "feed.json"
    review = {
        "@type": "ClaimReview",
        "url": "https://example.org/fact-check/taxes",
        "claimReviewed": "Taxes doubled",
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
    }
    feed.write_text(
        json.dumps({"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [review]}),
        encoding="utf-8",
    )
    article = tmp_path / "article.json"
    article.write_text(
        json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Taxes"}), encoding="utf-8"
    )
    for path, message in (
        (
            feed,
            "error: this is ClaimReview JSON-LD, not a claims file (what validate and --kb read): "
            "'factcheck import FILE' brings its fact-checks into the claims file",
        ),
        (
            article,
            "error: this is JSON-LD, not a claims file (what validate and --kb read): "
            "'factcheck import FILE' brings ClaimReview JSON-LD into the claims file",
        ),
    ):
        result = invoke("validate", str(path))
        assert result.exit_code == 1
        assert result.stdout.splitlines() == [f"{path}:1:1: {message}", f"{path}: 0 claims read, 1 error, 0 warnings"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # words shaped as ids (a hyphen, a digit): each one's remove
        (
            ("rm", "a-1", "b-2"),
            "No such command: 'rm'; factcheck's command is remove, one claim at a time: factcheck remove a-1, "
            "then factcheck remove b-2",
        ),
        (
            ("del", "claim-1", "x2", "y.3"),
            "No such command: 'del'; factcheck's command is remove, one claim at a time: factcheck remove claim-1, "
            "then factcheck remove x2, then factcheck remove y.3",
        ),
        (
            ("delete", "a-1", "b-2", "--kb", "x.yaml"),
            "No such command: 'delete'; factcheck's command is remove, one claim at a time: factcheck remove a-1 "
            "..., then factcheck remove b-2 ...",
        ),
        # words neither the claims file's ids nor shaped as ids: remove, without a remove per word, which named
        # ids no claim has ('delete vaccines cause autism' was told to remove vaccines, cause and autism)
        (
            ("delete", "foo", "bar"),
            "No such command: 'delete'; factcheck's command is remove, one claim at a time: factcheck remove ID "
            "(factcheck list shows the ids)",
        ),
        (
            ("del", "x", "y", "z"),  # was Typer's guess, "did you mean 'model'?"
            "No such command: 'del'; factcheck's command is remove, one claim at a time: factcheck remove ID "
            "(factcheck list shows the ids)",
        ),
        (
            ("delete", "vaccines", "cause", "autism", "--kb", "x.yaml"),
            "No such command: 'delete'; factcheck's command is remove, one claim at a time: factcheck remove ID "
            "... (factcheck list shows the ids)",
        ),
        (
            ("delete", "fake", "news"),
            "No such command: 'delete'; factcheck's command is remove, one claim at a time: factcheck remove ID "
            "(factcheck list shows the ids)",
        ),
        # files among them are no ids: said as for one file
        (
            ("rm", "notes.txt", "old.txt"),
            "No such command: 'rm'; remove takes a claim's id, not a file: factcheck remove ID "
            "(factcheck list shows the ids)",
        ),
        # words of a sentence after 'delete', or a name in capitals, keep the statement's advice
        (
            ("delete", "the", "tweets", "about", "vaccines"),
            "No such command: 'delete'; to check a statement, write the command check before it: "
            'factcheck check "delete the tweets about vaccines"',
        ),
        (
            ("Delete", "the", "tweets", "about", "vaccines"),
            "No such command: 'Delete'; to check a statement, write the command check before it: "
            'factcheck check "Delete the tweets about vaccines"',
        ),
        (
            ("delete", "Trump", "tweets"),
            "No such command: 'delete'; to check a statement, write the command check before it: "
            'factcheck check "delete Trump tweets"',
        ),
        (
            ("delete", "all", "posts"),
            "No such command: 'delete'; to check a statement, write the command check before it: "
            'factcheck check "delete all posts"',
        ),
        # after 'rm' and 'del' too ('rm the tweets' was told to remove the, then tweets)
        (
            ("rm", "the", "tweets"),
            "No such command: 'rm'; to check a statement, write the command check before it: "
            'factcheck check "rm the tweets"',
        ),
        (
            ("del", "the", "claims"),
            "No such command: 'del'; to check a statement, write the command check before it: "
            'factcheck check "del the claims"',
        ),
        (
            ("rm", "50", "million", "was", "spent"),  # ringgit
            "No such command: 'rm'; to check a statement, write the command check before it: "
            'factcheck check "rm 50 million was spent"',
        ),
        (
            ("del", "Gobierno", "federal"),
            "No such command: 'del'; to check a statement, write the command check before it: "
            'factcheck check "del Gobierno federal"',
        ),
        (
            ("RM", "50", "million", "was", "spent"),  # ringgit, in capitals: a statement
            "No such command: 'RM'; to check a statement, write the command check before it: "
            'factcheck check "RM 50 million was spent"',
        ),
    ],
)
def test_removes_other_names_with_several_ids_are_told_remove_one_at_a_time(
    invoke: Invoke, args: tuple[str, ...], message: str
) -> None:
    # 'delete foo bar' and 'rm a b' were told to check the statement "delete foo bar"; 'del x y z' "did you mean
    # 'model'?"
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR
    assert _error_line(result) == f"factcheck: error: {message}"


@pytest.mark.parametrize(
    ("options_first", "message"),
    [
        (
            ("delete", "--kb", "other.yaml", "a-1", "b-2"),
            "No such command: 'delete'; factcheck's command is remove, one claim at a time: factcheck remove a-1 "
            "..., then factcheck remove b-2 ...",
        ),
        (
            ("rm", "--kb=other.yaml", "-y", "a-1", "b-2", "c-3"),
            "No such command: 'rm'; factcheck's command is remove, one claim at a time: factcheck remove a-1 "
            "..., then factcheck remove b-2 ..., then factcheck remove c-3 ...",
        ),
        (
            ("del", "--yes", "us-troops-in-mexico-10000"),
            "No such command: 'del'; factcheck's command is remove: factcheck remove us-troops-in-mexico-10000 ...",
        ),
        (
            ("view", "--kb", "other.yaml", "x-1"),
            "No such command: 'view'; factcheck's command is show: factcheck show x-1 ...",
        ),
    ],
)
def test_another_tools_command_with_its_options_first_is_told_as_with_them_last(
    invoke: Invoke, options_first: tuple[str, ...], message: str
) -> None:
    # 'factcheck delete --kb other.yaml a-1 b-2' was told 'factcheck remove ID ...', the ids typed after the
    # options unsaid, where 'factcheck delete a-1 b-2 --kb other.yaml' was told each id's remove
    words = [arg for arg in options_first[1:] if not arg.startswith("-") and arg != "other.yaml"]
    options = [arg for arg in options_first[1:] if arg not in words]
    for args in (options_first, (options_first[0], *words, *options)):
        result = invoke(*args)
        assert result.exit_code == ExitCode.ERROR
        assert _error_line(result) == f"factcheck: error: {message}", args


def test_delete_with_the_claims_files_ids_is_told_remove(
    invoke: Invoke, mini_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 'a' is an English word, but here the claims file's id: the words are the claims to remove
    text = mini_kb.read_text(encoding="utf-8")
    text = text.replace("id: cooperation-attracts-investment", "id: a").replace("id: drones-over-mexico", "id: b")
    mini_kb.write_text(text, encoding="utf-8")
    monkeypatch.chdir(mini_kb.parent)
    before = mini_kb.read_bytes()
    result = invoke("delete", "a", "b")
    assert _error_line(result) == (
        "factcheck: error: No such command: 'delete'; factcheck's command is remove, one claim at a time: "
        "factcheck remove a, then factcheck remove b"
    )
    assert mini_kb.read_bytes() == before
    mini_kb.unlink()  # without the file, 'a' is the English word: a statement
    assert 'factcheck check "delete a b"' in _error_line(invoke("delete", "a", "b"))


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (("a-1", "b-2"), "factcheck remove a-1, then factcheck remove b-2"),
        (("a-1", "b-2", "--yes"), "factcheck remove a-1 ..., then factcheck remove b-2 ..."),
        (("a", "b", "c", "d"), "factcheck remove a, then factcheck remove b, and so on for each id"),
    ],
)
def test_remove_given_several_ids_says_one_at_a_time(
    invoke: Invoke, mini_kb: Path, args: tuple[str, ...], hint: str
) -> None:
    # "Got unexpected extra argument(s) (b-2)" was all it said
    before = mini_kb.read_bytes()
    result = invoke("remove", *args, env={"FACTCHECK_KB": str(mini_kb)})
    assert result.exit_code == ExitCode.ERROR
    extra = " ".join(arg for arg in args[1:] if not arg.startswith("-"))
    assert _error_line(result) == (
        f"factcheck: error: Got unexpected extra argument(s) ({extra}); remove takes one claim's id at a time: {hint}"
    )
    assert mini_kb.read_bytes() == before


@pytest.mark.skipif(FACTCHECK is None or os.name != "posix", reason="the factcheck command and a POSIX shell")
def test_delete_with_two_ids_in_a_real_shell_is_told_remove(tmp_path: Path) -> None:
    assert FACTCHECK is not None
    done = subprocess.run(
        f"{shlex.quote(FACTCHECK)} delete a-1 b-2",
        shell=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "FACTCHECK_KB": ""},
        check=False,
    )
    assert done.returncode == ExitCode.ERROR
    assert done.stderr.splitlines()[-1] == (
        "factcheck: error: No such command: 'delete'; factcheck's command is remove, one claim at a time: "
        "factcheck remove a-1, then factcheck remove b-2"
    )


@pytest.mark.parametrize("kb_option", [("--kb", "{kb}"), ("--kb={kb}",)])
def test_delete_with_the_ids_of_the_file_given_with_kb_is_told_remove(
    invoke: Invoke, mini_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kb_option: tuple[str, ...]
) -> None:
    # the ids were looked for in the default claims file alone: 'delete a the --kb other.yaml' was told to check
    # the statement "delete a the"
    text = mini_kb.read_text(encoding="utf-8")
    text = text.replace("id: cooperation-attracts-investment", "id: a").replace("id: drones-over-mexico", "id: the")
    other = tmp_path / "elsewhere" / "other.yaml"
    other.parent.mkdir()
    other.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    options = [part.format(kb=other) for part in kb_option]
    result = invoke("delete", "a", "the", *options, env={"FACTCHECK_KB": ""})
    assert _error_line(result) == (
        "factcheck: error: No such command: 'delete'; factcheck's command is remove, one claim at a time: "
        "factcheck remove a ..., then factcheck remove the ..."
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("modify", "--add-tag", "x", "a-1", "b-2"),
            "No such command: 'modify'; factcheck's command is edit, one claim at a time: factcheck edit a-1 ..., "
            "then factcheck edit b-2 ...",
        ),
        (
            ("modify", "a-1", "b-2", "--add-tag", "x"),
            "No such command: 'modify'; factcheck's command is edit, one claim at a time: factcheck edit a-1 ..., "
            "then factcheck edit b-2 ...",
        ),
        (
            ("view", "a-1", "b-2"),
            "No such command: 'view'; factcheck's command is show, one claim at a time: factcheck show a-1, "
            "then factcheck show b-2",
        ),
        # an option's name typed as a word is no second id
        (
            ("update", "a-1", "verdict", "false"),
            "No such command: 'update'; factcheck's command is edit: factcheck edit a-1 --verdict false",
        ),
    ],
)
def test_edits_and_shows_other_names_with_several_ids_are_told_one_at_a_time(
    invoke: Invoke, args: tuple[str, ...], message: str
) -> None:
    # 'modify --add-tag x a-1 b-2' was told 'factcheck edit a-1 b-2 ...', which edit refuses (it takes one id)
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR
    assert _error_line(result) == f"factcheck: error: {message}"


@pytest.mark.parametrize(
    "args",
    [("update", "\udcff", "verdict", "false"), ("delete", "\udcff"), ("view", "caf\udce9-claim")],
)
def test_another_tools_command_with_a_word_the_locale_could_not_read_suggests_no_command(
    invoke: Invoke, args: tuple[str, ...]
) -> None:
    # 'delete $'\xff'' was told 'factcheck remove '\udcff'', Python's name for the byte, which remove then refuses
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR
    assert "\\udc" not in result.stderr and "\udcff" not in result.stderr and "\udce9" not in result.stderr
