"""Which claims file a command uses, seen from a teacher's own folder: ./claims.yaml, else $FACTCHECK_KB, else the
bundled starter file (docs/commands.md).  The starter file answering where the folder holds the file the user
meant, named otherwise ('desk.yaml', 'Claims.yaml') or one folder up, is said in one note on standard error;
standard output stays the starter's answer, as documented.  A claims file given to 'scan' as an article is
refused, and no command that writes ever changes the starter file installed with factcheck."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import Result

from factcheck import store
from factcheck.cli import ExitCode, options
from factcheck.store import bundled_kb_path, load_knowledge_base

Invoke = Callable[..., Result]

FIXTURES = Path(__file__).parent / "fixtures"
_MINI_TEXT = (FIXTURES / "mini_claims.yaml").read_text(encoding="utf-8")

#: a claim of tests/fixtures/mini_claims.yaml (the teacher's file here), which the starter file does not hold
OWN_CLAIM = "drones-over-mexico"

#: the note's middle, naming the file that answered
STARTER = f"the claims are the bundled starter file's ({bundled_kb_path()})"


@pytest.fixture(autouse=True)
def _no_repository_above(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No git repository above the test's folders (a checkout's own would hold pytest's temporary folders)."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.delenv("PWD", raising=False)


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """The teacher's folder, holding their claims file under a name of their own, and the shell in it."""
    folder = tmp_path / "class"
    folder.mkdir()
    shutil.copyfile(FIXTURES / "mini_claims.yaml", folder / "desk.yaml")
    os.chdir(folder)
    return folder


@pytest.mark.parametrize(
    "args",
    [
        ("list",),
        ("show", "mexico-senate-must-authorize-foreign-troops"),
        ("check", "US troops are in Mexico"),
        ("export", "--format", "csv"),
    ],
)
def test_a_reading_command_beside_a_claims_file_of_another_name_says_the_starter_file_answers(
    invoke: Invoke, desk: Path, args: tuple[str, ...]
) -> None:
    # 'list' listed the starter file's 40 claims as the teacher's own, without a word of desk.yaml
    result = invoke(*args)
    assert result.stderr == (
        f"factcheck: note: no ./claims.yaml here, and ./desk.yaml (a claims file) is not read: {STARTER}; "
        "name it with --kb desk.yaml, or rename it to claims.yaml\n"
    )
    # the answer itself is the starter file's, as documented: the same as with the starter file named
    named = invoke(*args, "--kb", str(bundled_kb_path()))
    assert (result.exit_code, result.stdout) == (named.exit_code, named.stdout)
    assert named.stderr == ""


def test_json_output_is_the_same_with_the_note_on_standard_error(invoke: Invoke, desk: Path) -> None:
    noted = invoke("check", "--json", "US troops are in Mexico")
    assert noted.stderr.startswith("factcheck: note: no ./claims.yaml here, and ./desk.yaml (a claims file)")
    (desk / "desk.yaml").unlink()
    plain = invoke("check", "--json", "US troops are in Mexico")
    assert (plain.exit_code, plain.stdout, plain.stderr) == (noted.exit_code, noted.stdout, "")


def test_several_claims_files_are_named_up_to_three_with_how_many_more(invoke: Invoke, desk: Path) -> None:
    for name in ("b.yml", "c.YAML", "d.yaml", "e.yaml"):
        shutil.copyfile(desk / "desk.yaml", desk / name)
    assert invoke("list").stderr == (
        "factcheck: note: no ./claims.yaml here, and its claims files ./b.yml, ./c.YAML, ./d.yaml and 2 more are "
        f"not read: {STARTER}; name one with --kb FILE (--kb b.yml), or rename one to claims.yaml\n"
    )


#: a claims file's name holding a byte that is not UTF-8 (the Latin-1 'é' of 'désk.yaml', as an old Windows share or
#: zip tool names it), as Python reads it (a lone surrogate, U+DCE9)
LATIN_1_NAME = os.fsdecode(b"d\xe9sk.yaml")


@pytest.fixture
def latin_1_desk(desk: Path) -> Path:
    """The teacher's folder, its claims file named 'd\\xe9sk.yaml' (desk.yaml renamed), where the disk takes it."""
    try:
        (desk / "desk.yaml").rename(desk / LATIN_1_NAME)
    except OSError:  # a Mac's APFS and Windows refuse a name that is not UTF-8
        pytest.skip("this file system refuses a file name that is not UTF-8")
    return desk


def _typed_in_bash(word: str) -> bytes:
    """The bytes bash passes for ``word`` typed as a command's argument."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    return subprocess.run([bash, "-c", f"printf %s {word}"], capture_output=True, check=True, timeout=60).stdout


@pytest.mark.parametrize("args", [("list",), ("check", "US troops are in Mexico"), ("validate",)])
def test_a_claims_file_named_with_a_byte_that_is_not_utf8_is_named_as_bash_names_it(
    invoke: Invoke, latin_1_desk: Path, args: tuple[str, ...]
) -> None:
    # the note named './d\udce9sk.yaml', Python's name for the byte, and said to type --kb 'd\udce9sk.yaml', a file
    # that is not there; GitHub's annotations of validate wrote 'd\xe9sk.yaml' (test_validate_in_ci.py)
    result = invoke(*args)
    assert "\\udc" not in result.stderr and "\udce9" not in result.stderr
    if args[0] == "validate":
        assert result.stderr == (
            "factcheck: claims.yaml: error: no such file in this folder, but ./d\\xe9sk.yaml is a claims file, "
            "which validate does not check in its place (nor the bundled starter file): name it: "
            "factcheck validate $'d\\xe9sk.yaml'\n"
        )
    else:
        assert result.stderr == (
            f"factcheck: note: no ./claims.yaml here, and ./d\\xe9sk.yaml (a claims file) is not read: {STARTER}; "
            "name it with --kb $'d\\xe9sk.yaml', or rename it to claims.yaml\n"
        )
    # what the message says to type names the file
    assert _typed_in_bash("$'d\\xe9sk.yaml'") == os.fsencode(LATIN_1_NAME)
    named = invoke(args[0], *args[1:], *(("--kb",) if args[0] != "validate" else ()), LATIN_1_NAME)
    assert named.exit_code == ExitCode.OK and "\\udc" not in named.stdout + named.stderr


def test_validate_names_such_a_file_in_its_text_report_as_in_its_annotations(
    invoke: Invoke, latin_1_desk: Path
) -> None:
    (latin_1_desk / LATIN_1_NAME).write_text("claims:\n  - id: a\n    claim: Something\n    verdict: ture\n")
    text = invoke("validate", LATIN_1_NAME)
    github = invoke("validate", LATIN_1_NAME, "--format", "github")
    assert text.exit_code == github.exit_code == ExitCode.FINDINGS
    assert text.stdout_bytes.decode("utf-8").splitlines() == [
        "d\\xe9sk.yaml:4:14: error: verdict 'ture' of claim 'a' is not on the scale; did you mean 'true'? use one of: "
        "true, mostly-true, mixed, misleading, mostly-false, false, unsupported",
        "d\\xe9sk.yaml: 0 claims read, 1 error, 0 warnings",
    ]
    assert github.stdout_bytes.decode("utf-8").splitlines()[-1] == "d\\xe9sk.yaml: 0 claims read, 1 error, 0 warnings"
    assert github.stdout_bytes.decode("utf-8").startswith("::error file=d\\xe9sk.yaml,line=4,col=14::verdict 'ture'")


def test_a_folder_or_an_article_named_with_such_a_byte_is_named_so_too(invoke: Invoke, latin_1_desk: Path) -> None:
    # '--kb' of a folder said "'fold\\udce9r' is a folder" (repr), scan's Markdown report held the raw byte: no UTF-8
    folder, article = os.fsdecode(b"fold\xe9r"), os.fsdecode(b"art\xe9.txt")
    (latin_1_desk / folder).mkdir()
    (latin_1_desk / article).write_text("There are 10,000 US troops in Mexico.\n", encoding="utf-8")
    refused = invoke("list", "--kb", folder)
    assert refused.exit_code == ExitCode.ERROR
    assert "'--kb': $'fold\\xe9r' is a folder, not a file." in refused.stderr and "\\udc" not in refused.stderr
    report = invoke("scan", article, "--kb", LATIN_1_NAME, "--format", "markdown").stdout_bytes.decode("utf-8")
    assert report.startswith("# Fact-check scan of art\\\\xe9.txt\n")  # Markdown's escape of the backslash
    assert "Checked against d\\\\xe9sk.yaml with a match threshold" in report


def test_the_alias_hint_names_such_a_file_as_bash_types_it(
    invoke: Invoke, latin_1_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # check's hint on a terminal gave --kb 'd\udce9sk.yaml' (shlex.quote of Python's name for the byte)
    monkeypatch.setattr("factcheck.cli.check.is_terminal", lambda: True)
    result = invoke("check", "Jabs make children autistic", "--kb", LATIN_1_NAME)
    assert result.exit_code == ExitCode.NO_MATCH
    assert result.stdout.splitlines()[-1] == (
        "(to have a claim found by your words: factcheck edit ID --kb $'d\\xe9sk.yaml' --add-alias \"...\")"
    )


#: a researcher's statements to check, listed under 'claims:': an article of sorts, no claims file
_STATEMENTS = (
    "claims:\n"
    '  - "Ten thousand American soldiers are stationed in Mexico."\n'
    '  - "Foreign troops need the Senate\'s approval."\n'
)


@pytest.mark.parametrize(
    "text",
    [
        "name: ci\nsteps:\n  - run: make\n",  # another tool's YAML
        "claims:\n  sub: user id\n  email: address\n",  # a JWT claim map: a 'claims:' mapping, no list of claims
        "issuer: https://x\nclaims: [sub, email, groups]\n",  # an OIDC provider's claims list: names, no mappings
        "claims:\n  - email\n  - groups\n",  # the same as a block list
        _STATEMENTS,  # a researcher's list of statements to check
        "claims:\n  - name: email\n    required: true\n",  # a list of mappings, but no claim's id or text
        "",  # an empty file named .yaml
    ],
)
def test_other_yaml_files_are_no_claims_file_and_nothing_is_said(invoke: Invoke, tmp_path: Path, text: str) -> None:
    (tmp_path / "config.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "notes.txt").write_bytes((FIXTURES / "mini_claims.yaml").read_bytes())  # not named as YAML
    os.chdir(tmp_path)
    result = invoke("list")
    assert (result.exit_code, result.stderr) == (ExitCode.OK, "")


def _tells_capitals_apart(folder: Path) -> bool:
    """Whether the disk of ``folder`` tells 'a.yaml' from 'A.YAML' (Linux's does; a Mac's and Windows' do not)."""
    probe = folder / "case-probe.yaml"
    probe.touch()
    try:
        return not (folder / "CASE-PROBE.YAML").exists()
    finally:
        probe.unlink()


def test_a_claims_file_named_with_capitals_is_named_and_never_passed_over(invoke: Invoke, desk: Path) -> None:
    # Linux tells Claims.yaml from claims.yaml: 'show' said "no claim with id ..." of the student's own claim,
    # and 'add' started a second file, claims.yaml, beside it
    if not _tells_capitals_apart(desk):
        pytest.skip("this disk does not tell Claims.yaml from claims.yaml: it opens it as claims.yaml")
    (desk / "desk.yaml").rename(desk / "Claims.yaml")
    why = "spelt with capitals, which this computer tells apart from claims.yaml"
    shown = invoke("show", OWN_CLAIM)
    assert shown.exit_code == ExitCode.ERROR
    assert shown.stderr.startswith(
        f"factcheck: note: no ./claims.yaml here, and ./Claims.yaml ({why}) is not read: {STARTER}; "
        "rename it to claims.yaml, or name it with --kb Claims.yaml\n"
    )
    before = (desk / "Claims.yaml").read_bytes()
    added = invoke("add", "--claim", "The ferry fare doubled.", "--verdict", "false")
    assert (added.exit_code, added.stdout) == (ExitCode.ERROR, "")
    assert added.stderr == (
        f"factcheck: claims.yaml: error: no such file, but there is 'Claims.yaml' ({why}): rename it to "
        "claims.yaml, or name it with --kb Claims.yaml\n"
    )
    assert sorted(path.name for path in desk.iterdir()) == ["Claims.yaml"]
    assert (desk / "Claims.yaml").read_bytes() == before
    named = invoke("show", OWN_CLAIM, "--kb", "Claims.yaml")
    assert (named.exit_code, named.stderr) == (ExitCode.OK, "")


def test_one_folder_too_deep_the_claims_file_above_is_named(invoke: Invoke, desk: Path) -> None:
    # the class folder holds claims.yaml; the shell is in week-3/, no git anywhere: 'list' listed the starter's
    (desk / "desk.yaml").rename(desk / "claims.yaml")
    (desk / "week-3").mkdir()
    os.chdir(desk / "week-3")
    result = invoke("scan", "-", input="Ten thousand American soldiers are stationed in Mexico.\n")
    assert result.stderr == (
        f"factcheck: note: no ./claims.yaml here, and ../claims.yaml (in a folder above) is not read: {STARTER}; "
        "cd .., or name it with --kb ../claims.yaml\n"
    )
    # 'add' starts this folder's own file, as it always did outside a repository (a second desk is often meant)
    added = invoke("add", "--claim", "The ferry fare doubled.", "--verdict", "false")
    assert (added.exit_code, added.stderr) == (ExitCode.OK, "")
    assert invoke("list").stderr == ""  # this folder's file is the one now


def test_validate_beside_claims_files_of_other_names_names_them(invoke: Invoke, desk: Path) -> None:
    # "no such file (none in this folder, ...): cd to the folder of your claims file", in the folder of it
    result = invoke("validate")
    assert (result.exit_code, result.stdout) == (ExitCode.ERROR, "")
    assert result.stderr == (
        "factcheck: claims.yaml: error: no such file in this folder, but ./desk.yaml is a claims file, which validate "
        "does not check in its place (nor the bundled starter file): name it: factcheck validate desk.yaml\n"
    )
    shutil.copyfile(desk / "desk.yaml", desk / "2026 class.yml")
    assert invoke("validate").stderr.endswith(
        "but ./2026 class.yml, ./desk.yaml are claims files, which validate does not check in its place (nor the "
        "bundled starter file): name them: factcheck validate '2026 class.yml' desk.yaml\n"
    )
    assert invoke("validate", "2026 class.yml", "desk.yaml").exit_code == ExitCode.OK


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("edit", OWN_CLAIM, "--verdict", "true"), "cd .., or name it with --kb ../claims.yaml"),
        (("remove", OWN_CLAIM, "--yes"), "cd .., or name it with --kb ../claims.yaml"),
        (
            ("validate",),
            "which validate does not check in its place (nor the bundled starter file): cd .., or name it: "
            "factcheck validate ../claims.yaml",
        ),
    ],
)
def test_a_change_one_folder_too_deep_names_the_claims_file_above(
    invoke: Invoke, desk: Path, args: tuple[str, ...], said: str
) -> None:
    # "no such file (none in this folder, .../week-3): cd to the folder of your claims file": the one above
    (desk / "desk.yaml").rename(desk / "claims.yaml")
    before = (desk / "claims.yaml").read_bytes()
    (desk / "week-3").mkdir()
    os.chdir(desk / "week-3")
    result = invoke(*args)
    assert (result.exit_code, result.stdout) == (ExitCode.ERROR, "")
    assert result.stderr.startswith(
        "factcheck: claims.yaml: error: no such file in this folder, but there is '../claims.yaml' above it"
    )
    assert result.stderr.endswith(f"{said}\n")
    assert (desk / "claims.yaml").read_bytes() == before and not any((desk / "week-3").iterdir())


@pytest.mark.parametrize(
    "above",
    [
        "claims:\n  sub: user id\n",  # a JWT claim map named claims.yaml: no claims file
        None,  # two folders up: anyone's
    ],
)
def test_no_claims_file_one_folder_up_nothing_is_said(invoke: Invoke, tmp_path: Path, above: str | None) -> None:
    here = tmp_path / "a" / "b"
    here.mkdir(parents=True)
    if above is None:
        shutil.copyfile(FIXTURES / "mini_claims.yaml", tmp_path / "claims.yaml")
    else:
        (tmp_path / "a" / "claims.yaml").write_text(above, encoding="utf-8")
    os.chdir(here)
    assert invoke("list").stderr == ""


@pytest.mark.parametrize("args", [("edit", OWN_CLAIM, "--verdict", "true"), ("remove", OWN_CLAIM, "--yes")])
def test_edit_and_remove_beside_a_claims_file_of_another_name_name_it(
    invoke: Invoke, desk: Path, args: tuple[str, ...]
) -> None:
    # "no such file (none in this folder, ...): cd to the folder of your claims file", in the folder of it
    before = (desk / "desk.yaml").read_bytes()
    result = invoke(*args)
    assert (result.exit_code, result.stdout) == (ExitCode.ERROR, "")
    assert result.stderr == (
        "factcheck: claims.yaml: error: no such file in this folder, but ./desk.yaml is a claims file: name it with "
        "--kb desk.yaml, or rename it to claims.yaml\n"
    )
    assert (desk / "desk.yaml").read_bytes() == before
    assert sorted(path.name for path in desk.iterdir()) == ["desk.yaml"]


def test_add_beside_a_claims_file_of_another_name_starts_claims_yaml_and_names_the_other(
    invoke: Invoke, desk: Path
) -> None:
    # a second desk's file may be meant (it is started, as always), but from then on desk.yaml is never read
    added = invoke("add", "--claim", "The ferry fare doubled.", "--verdict", "false")
    assert added.exit_code == ExitCode.OK
    assert added.stderr.endswith(
        "factcheck: note: added to a new ./claims.yaml; there is also ./desk.yaml beside it: name it with "
        "--kb desk.yaml to add there\n"
    )
    assert (desk / "claims.yaml").is_file()
    again = invoke("add", "--claim", "The bridge was closed for a year.", "--verdict", "false")
    assert (again.exit_code, again.stderr) == (ExitCode.OK, "")


def test_import_beside_a_claims_file_names_it_unless_it_is_the_file_imported(invoke: Invoke, desk: Path) -> None:
    Path("feed.json").write_text(
        '[{"id": "ferry", "claim": "The ferry fare doubled.", "verdict": "false"}]', encoding="utf-8"
    )
    imported = invoke("import", "feed.json", "--dry-run")
    assert imported.exit_code == ExitCode.OK
    assert imported.stderr.endswith(
        "factcheck: note: would add to a new ./claims.yaml; there is also ./desk.yaml beside it: name it with "
        "--kb desk.yaml to add there\n"
    )
    # desk.yaml imported into a new claims.yaml (a desk's file merged into the class's): no other file meant
    merged = invoke("import", "desk.yaml")
    assert merged.exit_code == ExitCode.OK and "there is also" not in merged.stderr
    assert len(load_knowledge_base(desk / "claims.yaml").claims) == 4


_CHANGES = [
    ("add", "--claim", "The ferry fare doubled.", "--verdict", "false"),
    ("edit", OWN_CLAIM, "--verdict", "true"),
    ("remove", OWN_CLAIM, "--yes"),
    ("import", "feed.json"),
]


@pytest.mark.parametrize("how", ["--kb", "FACTCHECK_KB", "link"])
@pytest.mark.parametrize("args", _CHANGES)
def test_no_change_is_written_into_the_starter_file_installed_with_factcheck(
    invoke: Invoke, packaged: Path, monkeypatch: pytest.MonkeyPatch, how: str, args: tuple[str, ...]
) -> None:
    # 'add --kb' of its path (copied from an error message) wrote into site-packages: the next install replaced it
    assert bundled_kb_path() == packaged
    Path("feed.json").write_text(
        '[{"id": "ferry", "claim": "The ferry fare doubled.", "verdict": "false"}]', encoding="utf-8"
    )
    before = packaged.read_bytes()
    extra: tuple[str, ...] = ()
    if how == "--kb":
        extra = ("--kb", str(packaged))
    elif how == "FACTCHECK_KB":
        monkeypatch.setenv("FACTCHECK_KB", str(packaged))
    else:
        Path("claims.yaml").symlink_to(packaged)
    result = invoke(*args, *extra)
    assert (result.exit_code, result.stdout) == (ExitCode.ERROR, "")
    shown = "claims.yaml" if how == "link" else str(packaged)
    assert result.stderr == (
        f"factcheck: {shown}: error: is the starter file installed with factcheck, which factcheck never changes "
        f"(the next install would replace it): copy it into a folder of your own, cp {shown} FOLDER/, and change "
        "the copy\n"
    )
    assert packaged.read_bytes() == before


@pytest.mark.parametrize("fmt", ["json", "csv", "claimreview"])
@pytest.mark.parametrize("how", ["path", "link"])
def test_export_never_writes_over_the_starter_file_installed_with_factcheck(
    invoke: Invoke, desk: Path, packaged: Path, fmt: str, how: str
) -> None:
    # 'export --format json --out <site-packages>/factcheck/data/claims.yaml' replaced the starter file with the
    # desk's claims: the next install replaced them back, unsaid, and every reading command elsewhere used them
    before = packaged.read_bytes()
    out = str(packaged)
    if how == "link":
        Path("starter.yaml").symlink_to(packaged)
        out = "starter.yaml"
    result = invoke("export", "--kb", "desk.yaml", "--format", fmt, "--out", out)
    assert (result.exit_code, result.stdout) == (ExitCode.ERROR, "")
    assert result.stderr == (
        f"factcheck: {out}: error: is the starter file installed with factcheck, which factcheck never changes "
        "(the next install would replace it): choose another --out file\n"
    )
    assert packaged.read_bytes() == before and Path("starter.yaml").is_symlink() == (how == "link")
    assert invoke("export", "--kb", "desk.yaml", "--format", fmt, "--out", "mine.out").exit_code == ExitCode.OK


@pytest.mark.parametrize("args", _CHANGES[:2])
def test_without_a_claims_file_a_change_goes_into_a_new_one_never_the_starter_file(
    invoke: Invoke, packaged: Path, args: tuple[str, ...]
) -> None:
    before = packaged.read_bytes()
    result = invoke(*args)
    if args[0] == "add":
        assert result.exit_code == ExitCode.OK
        assert Path("claims.yaml").is_file() and not Path("claims.yaml").is_symlink()
    else:
        assert result.exit_code == ExitCode.ERROR and "no such file" in result.stderr
    assert packaged.read_bytes() == before


# ---- scan FILE, where FILE is a claims file


def test_scan_of_a_claims_file_says_what_was_likely_meant(invoke: Invoke, desk: Path) -> None:
    # its keys and URLs were read as 29 sentences, each 'no fact-check found', against the starter file
    result = invoke("scan", "desk.yaml")
    assert (result.exit_code, result.stdout) == (ExitCode.ERROR, "")
    assert result.stderr == (
        "factcheck: desk.yaml: error: is a claims file, not an article: to scan an article against it, "
        "factcheck scan ARTICLE --kb desk.yaml; to check it for mistakes, factcheck validate desk.yaml; to scan "
        "it as text all the same, add --input-format text\n"
    )


def test_scan_of_a_list_of_statements_named_as_yaml_scans_it(invoke: Invoke, desk: Path) -> None:
    # 'claims:' then a list of statements is no claims file: scan refused it ("is a claims file ... factcheck
    # validate statements.yaml", where validate then said "claim #1 must be a mapping"), exit 2
    Path("statements.yaml").write_text(_STATEMENTS, encoding="utf-8")
    result = invoke("scan", "--kb", "desk.yaml", "statements.yaml")
    assert (result.exit_code, result.stderr) == (ExitCode.OK, "")
    assert "us-troops-in-mexico-10000" in result.stdout
    assert "statements.yaml" not in invoke("validate").stderr  # nor named among this folder's claims files


@pytest.mark.parametrize(
    "text",
    [
        _MINI_TEXT,
        "claims:\n  - &base\n    id: a-1\n    claim: Tacos are sandwiches.\n",  # an anchor before the mapping
        "claims:\n- claim: Tacos are sandwiches.\n  id: a-1\n",  # the text first, unindented
        "claims:\n  - verdict: 'false'\n    # the text\n    claim: >-\n      Tacos.\n    id: a-1\n",
        "claims: [{id: a-1, claim: Tacos are sandwiches.}]\n",  # a flow list
        "\ufeffclaims:\r\n  - id: a-1\r\n    claim: Tacos are sandwiches.\r\n",  # Windows' Notepad's
    ],
)
def test_a_list_of_claims_is_a_claims_file(tmp_path: Path, text: str) -> None:
    (tmp_path / "desk.yaml").write_text(text, encoding="utf-8")
    assert store.looks_like_claims_file(str(tmp_path / "desk.yaml"))


@pytest.mark.parametrize(
    "text",
    [
        "claims:\n  sub: user id\n",
        "issuer: https://x\nclaims: [sub, email, groups]\n",
        "claims:\n  - email\n  - groups\n",
        _STATEMENTS,
        "claims:\n  - name: email\n    required: true\n  - name: groups\n",
        "claims: []\n",
        "spec:\n  claims:\n    - id: a-1\n",  # not the file's own key
    ],
)
def test_other_yaml_is_no_claims_file(tmp_path: Path, text: str) -> None:
    (tmp_path / "other.yaml").write_text(text, encoding="utf-8")
    assert not store.looks_like_claims_file(str(tmp_path / "other.yaml"))


def test_scan_of_a_claims_file_among_articles_scans_the_articles(invoke: Invoke, desk: Path) -> None:
    Path("article.md").write_text("Ten thousand American soldiers are stationed in Mexico.\n", encoding="utf-8")
    result = invoke("scan", "--json", "--kb", "desk.yaml", "article.md", "desk.yaml")
    assert result.exit_code == ExitCode.ERROR  # one FILE could not be used
    assert '"source": "article.md"' in result.stdout and '"kb": "desk.yaml"' in result.stdout
    assert '"id": "us-troops-in-mexico-10000"' in result.stdout
    assert "factcheck: desk.yaml: error: is a claims file, not an article" in result.stderr


def test_scan_of_a_claims_file_with_input_format_auto_is_refused_as_without_it(invoke: Invoke, desk: Path) -> None:
    # 'auto' tells the format from the name, as without the option: --help says "names a format other than auto"
    result = invoke("scan", "--input-format", "auto", "desk.yaml")
    assert (result.exit_code, result.stdout) == (ExitCode.ERROR, "")
    assert result.stderr.startswith("factcheck: desk.yaml: error: is a claims file, not an article: ")
    assert "unless --input-format names a format other than auto" in " ".join(invoke("scan", "--help").stdout.split())


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_scan_of_a_claims_file_with_its_format_given_scans_it_as_asked(invoke: Invoke, desk: Path, fmt: str) -> None:
    result = invoke("scan", "--input-format", fmt, "--kb", "desk.yaml", "desk.yaml")
    assert result.exit_code == ExitCode.OK
    assert result.stdout.startswith(f"desk.yaml ({fmt}): ")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("notes.md", "claims:\n- Ten thousand American soldiers are stationed in Mexico.\n"),  # an article's list
        ("notes.yaml", "claims:\n  sub: Ten thousand American soldiers are stationed in Mexico.\n"),  # no list
        ("notes.txt", (FIXTURES / "mini_claims.yaml").read_text(encoding="utf-8")),  # not named as YAML
    ],
)
def test_scan_of_an_article_is_never_taken_for_a_claims_file(
    invoke: Invoke, tmp_path: Path, name: str, text: str
) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = invoke("scan", str(tmp_path / name))
    assert "is a claims file" not in result.stderr
    assert result.exit_code in (ExitCode.OK, ExitCode.NO_MATCH)


def test_the_note_and_the_answer_in_a_real_process(desk: Path) -> None:
    # standard output and standard error apart, as a shell or a script sees them
    environment = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_KB", "FORCE_COLOR")}

    def factcheck(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "factcheck", *args]
        return subprocess.run(command, capture_output=True, text=True, cwd=desk, env=environment, timeout=120)

    noted = factcheck("list")
    named = factcheck("list", "--kb", str(bundled_kb_path()))
    assert (noted.returncode, noted.stdout) == (named.returncode, named.stdout) == (ExitCode.OK, named.stdout)
    assert noted.stderr.startswith("factcheck: note: no ./claims.yaml here, and ./desk.yaml (a claims file) is not ")
    assert named.stderr == ""
    scanned = factcheck("scan", "desk.yaml")
    assert (scanned.returncode, scanned.stdout) == (ExitCode.ERROR, "")
    assert scanned.stderr.startswith("factcheck: desk.yaml: error: is a claims file, not an article: ")


def test_add_beside_a_claims_list_of_another_tool_names_no_lookalike(invoke: Invoke, tmp_path: Path) -> None:
    # 'add --kb claim.yaml' beside an OIDC provider's claims.yaml (a 'claims:' list of names) said "there is also
    # claims.yaml beside it: name it with --kb claims.yaml", a file no claim can go into
    os.chdir(tmp_path)
    Path("claims.yaml").write_text("issuer: https://x\nclaims: [sub, email]\n", encoding="utf-8")
    added = invoke("add", "--kb", "claim.yaml", "--claim", "The ferry fare doubled.", "--verdict", "false")
    assert (added.exit_code, added.stderr) == (ExitCode.OK, "")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX's")
def test_scan_of_a_named_pipe_named_as_yaml_reads_its_article_once(tmp_path: Path) -> None:
    # the claims-file check read the pipe's article away, and scan then waited for a writer for ever
    feed = tmp_path / "feed.yaml"
    os.mkfifo(feed)

    def write() -> None:
        with open(feed, "w", encoding="utf-8") as pipe:  # waits for scan to open it
            pipe.write("Ten thousand American soldiers are stationed in Mexico.\n")

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    environment = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_KB", "FORCE_COLOR")}
    command = [sys.executable, "-m", "factcheck", "scan", "--kb", str(FIXTURES / "mini_claims.yaml"), str(feed)]
    try:
        scanned = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env=environment, timeout=60)
    finally:
        if writer.is_alive():  # scan never opened the pipe: let the writer go
            os.close(os.open(feed, os.O_RDONLY | os.O_NONBLOCK))
        writer.join(timeout=5)
    assert (scanned.returncode, scanned.stderr) == (ExitCode.OK, "")
    assert "us-troops-in-mexico-10000" in scanned.stdout


class _ClosedStream(io.StringIO):
    """Standard error closed ('2>&-') or full ('2>/dev/full'): every write fails."""

    def write(self, text: str) -> int:
        raise OSError(9, "Bad file descriptor")


@pytest.mark.parametrize("args", [("list",), ("show", "mexico-senate-must-authorize-foreign-troops")])
def test_a_note_that_cannot_be_written_changes_nothing_else(
    invoke: Invoke, desk: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    # with standard error closed, the note's failed write made 'list' exit 1 with nothing on standard output
    named = invoke(*args, "--kb", str(bundled_kb_path()))
    monkeypatch.setattr(options, "error_console", lambda: Console(file=_ClosedStream()))
    result = invoke(*args)
    assert (result.exit_code, result.stdout) == (named.exit_code, named.stdout) == (ExitCode.OK, named.stdout)


def test_a_note_of_add_that_cannot_be_written_changes_nothing_else(
    invoke: Invoke, desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(options, "error_console", lambda: Console(file=_ClosedStream()))
    added = invoke("add", "--claim", "The ferry fare doubled.", "--verdict", "false")
    assert added.exit_code == ExitCode.OK
    assert "The ferry fare doubled." in (desk / "claims.yaml").read_text(encoding="utf-8")


def test_a_claims_file_named_with_a_line_break_is_named_on_one_line(invoke: Invoke, desk: Path) -> None:
    # the note printed './a', a raw line break, then 'b.yaml (a claims file) ...': one note read as two lines
    (desk / "desk.yaml").rename(desk / "a\nb.yaml")
    noted = invoke("list").stderr
    assert noted.startswith("factcheck: note: no ./claims.yaml here, and ./a\\x0ab.yaml (a claims file) is not read")
    assert noted.count("\n") == 1
    shutil.copyfile(desk / "a\nb.yaml", desk / "c.yaml")
    for args in (("list",), ("validate",), ("edit", OWN_CLAIM, "--verdict", "true")):
        said = invoke(*args).stderr
        assert "./a\\x0ab.yaml, ./c.yaml" in said and said.count("\n") == 1, (args, said)
    added = invoke("add", "--claim", "The ferry fare doubled.", "--verdict", "false").stderr
    assert "there is also ./a\\x0ab.yaml and 1 other claims files beside it" in added and added.count("\n") == 1


def test_a_claims_file_of_another_name_here_is_named_before_the_one_above(invoke: Invoke, tmp_path: Path) -> None:
    # class/claims.yaml and class/alice/desk.yaml, the shell in alice/: only '../claims.yaml' was named, never
    # the file right here
    shutil.copyfile(FIXTURES / "mini_claims.yaml", tmp_path / "claims.yaml")
    (tmp_path / "alice").mkdir()
    shutil.copyfile(FIXTURES / "mini_claims.yaml", tmp_path / "alice" / "desk.yaml")
    os.chdir(tmp_path / "alice")
    assert invoke("list").stderr == (
        f"factcheck: note: no ./claims.yaml here, and ./desk.yaml (a claims file) is not read: {STARTER}; "
        "name it with --kb desk.yaml, or rename it to claims.yaml\n"
    )
    edited = invoke("edit", OWN_CLAIM, "--verdict", "true")
    assert (edited.exit_code, edited.stderr) == (
        ExitCode.ERROR,
        "factcheck: claims.yaml: error: no such file in this folder, but ./desk.yaml is a claims file: name it "
        "with --kb desk.yaml, or rename it to claims.yaml\n",
    )
    assert invoke("validate").stderr.endswith("name it: factcheck validate desk.yaml\n")


def test_a_claims_file_named_with_capitals_and_a_hidden_txt_says_both(invoke: Invoke, desk: Path) -> None:
    # 'Claims.yaml.txt' was said to be only "spelt with capitals": Windows, which hides its '.txt', shows
    # 'Claims.yaml', and the student saw no difference but the capital
    if not _tells_capitals_apart(desk):
        pytest.skip("this disk does not tell Claims.yaml.txt from claims.yaml.txt")
    (desk / "desk.yaml").rename(desk / "Claims.yaml.txt")
    assert invoke("list").stderr.startswith(
        "factcheck: note: no ./claims.yaml here, and ./Claims.yaml.txt (spelt with capitals, which this computer "
        "tells apart from claims.yaml, and Windows hides its '.txt') is not read: "
    )


@pytest.mark.parametrize(
    ("folder", "shown"),
    [
        (b"d\xe9x", "d\\xe9x"),  # Latin-1: '\udce9' on standard error, '\xe9' in the job's mark
        (b"a\n::error::fake%", "a\\x0a::error::fake%"),  # a line break: a line of its own, a workflow command
    ],
)
@pytest.mark.parametrize(
    "args",
    [("validate",), ("validate", "--format", "github"), ("edit", OWN_CLAIM, "--verdict", "true"), ("remove", "x")],
)
def test_the_folder_of_no_such_file_is_named_on_one_line_as_bash_names_it(
    invoke: Invoke, tmp_path: Path, folder: bytes, shown: str, args: tuple[str, ...]
) -> None:
    # "no such file (none in this folder, /.../d\udce9x)": Python's name for the byte, where the mark wrote \xe9;
    # and a folder named with a line break put a raw '::error::fake' line on standard error, which a job reads too
    try:
        (tmp_path / os.fsdecode(folder)).mkdir()
    except OSError:  # a Mac's APFS and Windows refuse a name that is not UTF-8
        pytest.skip("this file system refuses such a folder name")
    os.chdir(tmp_path / os.fsdecode(folder))
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR
    assert f"no such file (none in this folder, {tmp_path}/{shown})" in result.stderr
    assert result.stderr.count("\n") == 1 and "\\udc" not in result.stderr and "\udce9" not in result.stderr
    if "github" in args:  # the job's mark names the folder as the log does
        said = result.stderr.removeprefix("factcheck: claims.yaml: error: ")
        assert result.stdout == f"::error::claims.yaml: {said.replace('%', '%25')}"
        assert result.stdout.count("\n") == 1
    assert not any((tmp_path / os.fsdecode(folder)).iterdir())


def test_a_claims_file_above_in_a_folder_named_with_such_a_byte_is_named_as_bash_names_it(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # reached through a link, the file above is named by its whole path: "there is '/.../r\udce9/claims.yaml'
    # above it" (repr) in edit's and remove's message, where validate's said $'/.../r\xe9/claims.yaml'
    try:
        week = tmp_path / os.fsdecode(b"r\xe9") / "week"
        week.mkdir(parents=True)
    except OSError:  # a Mac's APFS and Windows refuse a name that is not UTF-8
        pytest.skip("this file system refuses such a folder name")
    shutil.copyfile(FIXTURES / "mini_claims.yaml", week.parent / "claims.yaml")
    (tmp_path / "link").symlink_to(week)
    os.chdir(tmp_path / "link")
    monkeypatch.setenv("PWD", str(tmp_path / "link"))  # the shell's path, through the link
    above = f"$'{tmp_path}/r\\xe9/claims.yaml'"
    for args in (("edit", OWN_CLAIM, "--verdict", "true"), ("remove", OWN_CLAIM, "--yes"), ("validate",)):
        result = invoke(*args)
        assert result.exit_code == ExitCode.ERROR
        assert f"no such file in this folder, but there is {above} above it" in result.stderr, (args, result.stderr)
        assert "\\udc" not in result.stderr and "\udce9" not in result.stderr
