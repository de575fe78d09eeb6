"""A newsroom's CI job: ``factcheck validate --format github`` on a pull request that edits claims.yaml.

GitHub Actions turns a line ``::error file=F,line=L,col=C::message`` of a job's log into a mark on that line
of the pull request, where a reviewer sees it; the text report leaves every problem in the log alone.
"""

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
from factcheck.cli.render import github_annotation
from factcheck.errors import Location, Problem, Severity

Invoke = Callable[..., Result]

#: git out of reach of the user's and the system's settings (test_conflicts.py's)
_GIT_ALONE = {
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
    **{
        f"GIT_{who}_{what}": "Desk" if what == "NAME" else "desk@example.org"
        for who in ("AUTHOR", "COMMITTER")
        for what in ("NAME", "EMAIL")
    },
}

#: a fact-checker's hand edits, each a slip the pull request must not bring in: a verdict misspelt, a date
#: typed day first, a source whose 'url:' is typed 'uri:'; and the same claim added again under another id
EDITED = """\
claims:
  - id: senate-trainers
    claim: Mexico's Senate let 10 US soldiers in to train its navy.
    verdict: ture
    checked: 25/11/2026
    sources:
      - uri: https://example.org/senate
        date: "2026-11-20"
  - id: drones-over-sinaloa
    claim: US military drones fly over Sinaloa.
    verdict: unsupported
  - id: us-drones-sinaloa
    claim: US military drones fly over Sinaloa
    verdict: unsupported
"""


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """The job's checkout: claims.yaml at its top, the shell there (annotations name files from the top)."""
    os.chdir(tmp_path)
    return tmp_path


def test_each_problem_is_marked_on_its_line_and_the_summary_stays_text(invoke: Invoke, desk: Path) -> None:
    (desk / "claims.yaml").write_text(EDITED, encoding="utf-8")
    result = invoke("validate", "claims.yaml", "--format", "github")
    assert result.exit_code == ExitCode.FINDINGS  # the job fails, as with the text report
    assert result.stdout.splitlines() == [
        "::error file=claims.yaml,line=4,col=14::verdict 'ture' of claim 'senate-trainers' is not on the scale; "
        "did you mean 'true'? use one of: true, mostly-true, mixed, misleading, mostly-false, false, unsupported",
        "::error file=claims.yaml,line=5,col=14::claim 'senate-trainers' checked date '25/11/2026' is not a real "
        'date written YYYY-MM-DD (or YYYY-MM, YYYY); write it as "2026-11-25"',
        "::error file=claims.yaml,line=7,col=9::unknown key 'uri' in source #1 of claim 'senate-trainers' "
        "(did you mean 'url'?)",
        "::error file=claims.yaml,line=7,col=9::source #1 of claim 'senate-trainers' has no 'url'",
        "::warning file=claims.yaml,line=9,col=5::claim 'drones-over-sinaloa' looks like a near-duplicate of "
        "'us-drones-sinaloa' (line 12, similarity 1.00)",
        "claims.yaml: 2 claims read, 4 errors, 1 warning",
    ]
    assert result.stderr == ""
    # the same problems, places and messages as the text report's
    text = invoke("validate", "claims.yaml").stdout.splitlines()
    assert len(text) == len(result.stdout.splitlines())
    assert text[0].startswith("claims.yaml:4:14: error: verdict 'ture' of claim 'senate-trainers' is not on")
    assert text[-2].startswith("claims.yaml:9:5: warning: claim 'drones-over-sinaloa' looks like a near-duplicate")
    assert text[-1] == result.stdout.splitlines()[-1]


def test_a_file_with_warnings_alone_passes_with_its_warnings_marked(invoke: Invoke, desk: Path) -> None:
    (desk / "claims.yaml").write_text(
        EDITED.replace("verdict: ture", "verdict: unsupported")
        .replace("checked: 25/11/2026", 'checked: "2026-11-25"')
        .replace("uri:", "url:"),
        encoding="utf-8",
    )
    result = invoke("validate", "--format", "github")  # ./claims.yaml, as the text report
    assert result.exit_code == ExitCode.OK
    assert result.stdout.splitlines() == [
        "::warning file=claims.yaml,line=9,col=5::claim 'drones-over-sinaloa' looks like a near-duplicate of "
        "'us-drones-sinaloa' (line 12, similarity 1.00)",
        "claims.yaml: 3 claims, 0 errors, 1 warning",
    ]


def test_a_percent_sign_a_line_break_and_a_comma_reach_github_as_written(invoke: Invoke, desk: Path) -> None:
    # GitHub reads '%0A' in a command as a line break and '%25' as '%': a URL's own escapes must be escaped
    (desk / "desk, 2026.yaml").write_text(
        'claims:\n  - id: a\n    claim: x\n    verdict: "50%"\n    sources:\n      - url: ftp://x.org/a%0Ab\n'
        "        note: date not shown\n",
        encoding="utf-8",
    )
    result = invoke("validate", "desk, 2026.yaml", "--format", "github")
    assert result.stdout.splitlines()[:2] == [
        "::error file=desk%2C 2026.yaml,line=4,col=14::verdict '50%25' of claim 'a' is not on the scale; use one of: "
        "true, mostly-true, mixed, misleading, mostly-false, false, unsupported",
        "::error file=desk%2C 2026.yaml,line=6,col=14::source #1 of claim 'a' url 'ftp://x.org/a%250Ab' is not an "
        "http(s) URL",
    ]


def test_a_problem_without_a_line_marks_the_file_and_a_line_break_cannot_start_a_command() -> None:
    problem = Problem(Location("C:/desk/claims.yaml"), "one\n::error::forged\r", Severity.WARNING)
    assert github_annotation(problem) == "::warning file=C%3A/desk/claims.yaml::one%0A::error::forged\\x0d"
    assert github_annotation(Problem(Location("claims.yaml", 3), "no column")) == (
        "::error file=claims.yaml,line=3::no column"
    )


def test_a_file_that_cannot_be_checked_is_marked_too_and_the_others_are_checked(invoke: Invoke, desk: Path) -> None:
    (desk / "claims.yaml").write_text(EDITED, encoding="utf-8")
    (desk / "empty.yaml").write_text("", encoding="utf-8")
    result = invoke("validate", "missing.yaml", "claims.yaml", "empty.yaml", "--format", "github")
    assert result.exit_code == ExitCode.ERROR  # the worst of the three
    lines = result.stdout.splitlines()
    assert lines[0] == "::error file=missing.yaml::no such file"
    assert lines[-2] == "claims.yaml: 2 claims read, 4 errors, 1 warning"
    # at the place its error names, as the text report's 'empty.yaml:1:1: error: ...'
    assert lines[-1] == (
        "::error file=empty.yaml,line=1,col=1::the file is empty; expected 'claims:' with a list of claims"
    )
    assert result.stderr.startswith("factcheck: missing.yaml: error: no such file\n")  # still in the log
    alone = invoke("validate", "missing.yaml", "--format", "github")
    assert (alone.exit_code, alone.stdout) == (ExitCode.ERROR, "::error file=missing.yaml::no such file\n")
    assert alone.stderr == "factcheck: missing.yaml: error: no such file\n"


def test_a_folder_or_an_unexpanded_home_named_alone_is_marked_as_among_others(invoke: Invoke, desk: Path) -> None:
    # alone, a folder and '~/x.yaml' were a usage error in the log alone, no mark; among other files, marked
    (desk / "desks").mkdir()
    (desk / "claims.yaml").write_text(EDITED, encoding="utf-8")
    for name in ["desks", "~/no-such-claims.yaml"]:
        among = invoke("validate", name, "claims.yaml", "--format", "github")
        mark = among.stdout.splitlines()[0]
        assert mark.startswith("::error file="), mark
        alone = invoke("validate", name, "--format", "github")
        assert (alone.exit_code, alone.stdout) == (ExitCode.ERROR, mark + "\n")
        assert alone.stderr == invoke("validate", name).stderr  # the message in the log is the same
        assert invoke("validate", name).stdout == ""
    # an empty name has no file to mark: the job's own mark, not one on a file named ''
    assert invoke("validate", "", "--format", "github").stdout == "::error::the path is empty\n"
    assert invoke("validate", "", "claims.yaml", "--format", "github").stdout.startswith("::error::the path is empty\n")


def test_a_file_named_as_a_workflow_command_cannot_stop_the_marks_of_the_next(invoke: Invoke, desk: Path) -> None:
    # the summary line began with the file's name: '::stop-commands::tok.yaml: 1 claim, ...' made GitHub
    # ignore every workflow command after it (the next file's marks), '::add-mask::x.yaml' masked text
    valid = "claims:\n  - id: a\n    claim: A thing happened.\n    verdict: unsupported\n"
    for name in ["::stop-commands::tok.yaml", "::add-mask::x.yaml", " ::warning::x.yaml"]:
        (desk / name).write_text(valid, encoding="utf-8")
        (desk / "claims.yaml").write_text(EDITED, encoding="utf-8")
        result = invoke("validate", name, "claims.yaml", "--format", "github")
        assert result.exit_code == ExitCode.FINDINGS
        lines = result.stdout.splitlines()
        assert [line for line in lines if line.lstrip().startswith("::")] == [
            line for line in lines if line.startswith(("::error file=claims.yaml,", "::warning file=claims.yaml,"))
        ]
        assert lines[0] == f"./{name}: 1 claim, 0 errors, 0 warnings"  # the same file, as a shell names it
        text = invoke("validate", name, "--format", "text")
        assert text.stdout == f"{name}: 1 claim, 0 errors, 0 warnings\n"  # the text report is unchanged


def test_a_staged_file_piped_in_is_marked_under_its_own_name(invoke: Invoke, desk: Path) -> None:
    # the pre-commit hook's 'git show :claims.yaml | factcheck validate - --stdin-name claims.yaml'
    result = invoke("validate", "-", "--stdin-name", "claims.yaml", "--format", "github", input=EDITED)
    assert result.stdout.splitlines()[0].startswith("::error file=claims.yaml,line=4,col=14::verdict 'ture'")


def test_format_json_is_json_and_with_json_another_format_is_refused(invoke: Invoke, desk: Path) -> None:
    (desk / "claims.yaml").write_text(EDITED, encoding="utf-8")
    assert invoke("validate", "--format", "json").stdout == invoke("validate", "--json").stdout
    assert invoke("validate", "--format", "text").stdout == invoke("validate").stdout
    assert invoke("validate", "--format", "json", "--json").exit_code == ExitCode.FINDINGS
    refused = invoke("validate", "--format", "github", "--json")
    assert (refused.exit_code, refused.stdout) == (ExitCode.ERROR, "")
    assert refused.stderr.splitlines()[-1] == (
        "factcheck: error: Invalid value for --json: --json and --format github cannot be used together"
    )
    typo = invoke("validate", "--format", "githb")
    assert typo.stderr.splitlines()[-1].endswith(
        "'githb' is not one of 'text', 'json', 'github'; did you mean 'github'?"
    )


def test_the_pre_commit_frameworks_hook_runs_validate_on_every_claims_file_of_a_commit() -> None:
    # .pre-commit-hooks.yaml: a desk's .pre-commit-config.yaml names its clone of factcheck and the hook's id
    import tomllib

    import yaml
    from typer.main import get_command

    from factcheck.cli import app

    root = Path(__file__).parent.parent
    [hook] = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "factcheck-validate"
    scripts = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    program, command = hook["entry"].split()
    assert (program, command) == ("factcheck", "validate")
    assert program in scripts
    assert command in get_command(app).commands  # type: ignore[attr-defined]
    assert hook["language"] == "python"  # pre-commit installs factcheck itself, from the clone
    files = re.compile(hook["files"])
    for path in ["claims.yaml", "desks/health/claims.yaml"]:
        assert files.search(path), path
    for path in ["claims.yaml.bak", "my-claims.yaml", "docs/claims-file.md", "claims.yaml/notes.txt"]:
        assert not files.search(path), path
    # a merge git completes by itself runs pre-merge-commit, not pre-commit
    assert {"pre-commit", "pre-merge-commit"} <= set(hook["stages"])
    # stages named so exist from pre-commit 3.2.0: an older one said "needs pre-commit 3.2.0", not a schema error
    assert tuple(int(part) for part in hook["minimum_pre_commit_version"].split(".")) >= (3, 2, 0)
    # pre-commit installs factcheck with its own Python: the docs name the version factcheck needs
    needs = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"]
    docs = (root / "docs" / "commands.md").read_text(encoding="utf-8")
    assert f"Python {needs.removeprefix('>=')}" in docs[docs.index("factcheck-validate") :]


def _team_section() -> str:
    """docs/commands.md's section on keeping claims.yaml in git, whose recipes the tests below run as written."""
    docs = (Path(__file__).parent.parent / "docs" / "commands.md").read_text(encoding="utf-8")
    return docs[docs.index("\n## Keeping `claims.yaml` in git") :]


def _desk_of_the_docs_recipe(team: str, repo: Path) -> tuple[Path, Callable[..., str]]:
    """A new git repository at ``repo`` set up as the ``team`` section says (its ``.gitattributes`` and the
    ``diff.claims.xfuncname`` setting): the path its claims.yaml is to have, and a runner of git there that
    fails the test on a git error and gives what git printed."""
    attributes = re.search(r"```text\n(claims\.yaml text eol=lf[^\n]*\n)```", team)
    setting = re.search(r"```sh\n(git config diff\.claims\.xfuncname [^\n]*)\n```", team)
    assert attributes is not None and setting is not None
    repo.mkdir()
    env = {**os.environ, **_GIT_ALONE}

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    git("init", "-q", "-b", "main")
    git(*shlex.split(setting.group(1))[1:])
    (repo / ".gitattributes").write_text(attributes.group(1), encoding="utf-8")
    return repo / "claims.yaml", git


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_docs_gitattributes_keep_a_crlf_save_to_its_change_and_name_its_claim(
    invoke: Invoke, mini_kb: Path
) -> None:
    # a fact-checker's editor saved claims.yaml with CRLF: git saw every line changed, and the diff's hunks
    # named no claim; the recipe of docs/commands.md, run as written
    team = _team_section()
    claims, git = _desk_of_the_docs_recipe(team, mini_kb.parent / "desk")
    claims.write_bytes(mini_kb.read_bytes())
    git("add", ".")
    git("commit", "-q", "-m", "claims")
    claims.write_bytes(claims.read_bytes().replace(b"\n", b"\r\n"))  # saved with Windows line ends
    assert invoke("edit", "us-troops-in-mexico-10000", "--add-tag", "army", "--kb", str(claims)).exit_code == 0
    assert b"tags: [border, troop-numbers, army]\r\n" in claims.read_bytes()  # edit kept the file's line ends
    assert git("diff", "--numstat") == "1\t1\tclaims.yaml\n"  # without the attributes: every line
    # the hunk names its claim after its '@@', as git names the function of a program's change
    assert re.search(r"^@@ -\d+,\d+ \+\d+,\d+ @@ us-troops-in-mexico-10000$", git("diff"), re.M)
    git("commit", "-q", "-am", "tag")
    assert b"\r" not in git("show", "HEAD:claims.yaml").encode()
    assert invoke("edit", "us-troops-in-mexico-10000", "--verdict", "mostly-false", "--kb", str(claims)).exit_code == 0
    git("commit", "-q", "-am", "verdict")
    history = git("log", "--format=%s", "-s", "-L", ": us-troops-in-mexico-10000$:claims.yaml")
    assert [line for line in history.splitlines() if line in {"claims", "tag", "verdict"}] == [
        "verdict",
        "tag",
        "claims",
    ]
    # the claims whose verdict changed, as the docs compare what 'list' reads of two commits
    before, after = (invoke("list", "--kb", "-", input=git("show", f"{rev}:claims.yaml")) for rev in ("HEAD~1", "HEAD"))
    changed = sorted(set(before.stdout.splitlines()) ^ set(after.stdout.splitlines()))
    assert [line.split("\t")[:2] for line in changed] == [
        ["us-troops-in-mexico-10000", "false"],
        ["us-troops-in-mexico-10000", "mostly-false"],
    ]


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_docs_say_which_claim_a_hunk_names_and_follow_one_claims_history(mini_kb: Path) -> None:
    # a reviewer read a verdict change's hunk as the change of the claim its '@@' names, which is the claim
    # above (git looks for the name above the hunk's three lines of context, and the changed claim's own
    # '- id:' line is among them); and 'git log -L :ID$' followed an id that ends the same, not the claim
    team = _team_section()
    follow = re.search(r"`(git log -L '[^`]*us-troops-in-mexico-10000[^`]*')`", team)
    assert follow is not None
    claims, git = _desk_of_the_docs_recipe(team, mini_kb.parent / "desk")
    text = mini_kb.read_text(encoding="utf-8")
    # an id that ends as the next one does, above it
    other = "  - id: us-drones-over-mexico\n    claim: US drones fly over Mexico.\n    verdict: unsupported\n\n"
    claims.write_text(text.replace("  - id: drones-over-mexico\n", other + "  - id: drones-over-mexico\n"), "utf-8")
    git("add", ".")
    git("commit", "-q", "-m", "claims")
    lines = claims.read_text(encoding="utf-8").splitlines(keepends=True)
    # a change to each of a claim's first four lines ('- id:', 'claim:', 'verdict:', 'summary:') is named after
    # the claim above it, as the docs say; 'git diff -U0' names its own claim for all but a changed id
    start = lines.index("  - id: senate-must-approve-foreign-troops\n")
    assert "first four lines" in team and "`git diff -U0`" in team
    for offset, own in [(0, False), (1, True), (2, True), (3, True), (4, True)]:
        changed = lines.copy()
        changed[start + offset] = changed[start + offset].replace("\n", " x\n")
        claims.write_text("".join(changed), encoding="utf-8")
        [header] = re.findall(r"^@@ .* @@ (.*)$", git("diff"), re.M)
        assert header == ("senate-must-approve-foreign-troops" if offset >= 4 else "us-troops-in-mexico-10000")
        [header] = re.findall(r"^@@ .* @@ (.*)$", git("diff", "-U0"), re.M)
        assert header == ("senate-must-approve-foreign-troops" if own else "us-troops-in-mexico-10000")
    claims.write_text("".join(lines).replace("verdict: mostly-true", "verdict: half-true"), encoding="utf-8")
    git("commit", "-q", "-am", "drones verdict")
    recipe = shlex.split(follow.group(1).replace("us-troops-in-mexico-10000", "drones-over-mexico"))
    history = git(*recipe[1:], "-s", "--format=%s")
    assert [line for line in history.splitlines() if line in {"claims", "drones verdict"}] == [
        "drones verdict",
        "claims",
    ]


@pytest.mark.skipif(shutil.which("git") is None or shutil.which("bash") is None, reason="needs git and bash")
def test_the_docs_comparison_of_two_commits_names_a_changed_verdict_not_a_moved_claim(mini_kb: Path) -> None:
    # a claim cut and pasted lower in the file showed as removed and added, beside the one verdict changed
    team = _team_section()
    recipe = re.search(r"```console\n\$ (diff <\(git show HEAD~3:claims\.yaml [^\n]*)\n(.*?)```", team, re.S)
    assert recipe is not None
    repo = mini_kb.parent / "desk"
    repo.mkdir()
    env = {**os.environ, **_GIT_ALONE, "FACTCHECK": f"{shlex.quote(sys.executable)} -m factcheck", "LC_ALL": "C"}

    def git(*args: str) -> None:
        done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr

    claims = repo / "claims.yaml"
    text = mini_kb.read_text(encoding="utf-8")
    first = text[text.index("  # First claim") : text.index("  - id: senate-must-approve-foreign-troops")]
    claims.write_text(text, encoding="utf-8")
    git("init", "-q", "-b", "main")
    git("add", ".")
    git("commit", "-q", "-m", "claims")
    moved = text.replace(first, "") + "\n" + first.rstrip("\n") + "\n"  # the first claim cut and pasted last
    claims.write_text(moved, encoding="utf-8")
    git("commit", "-q", "-am", "moved")
    claims.write_text(moved.replace('verdict: "true"', "verdict: mostly-true"), encoding="utf-8")
    git("commit", "-q", "-am", "verdict")
    claims.write_text(claims.read_text(encoding="utf-8").replace("tags: [economy]", "tags: [economy, money]"), "utf-8")
    git("commit", "-q", "-am", "tags")
    command = recipe.group(1).replace("factcheck ", "$FACTCHECK ")
    done = subprocess.run(["bash", "-c", command], cwd=repo, env=env, capture_output=True, text=True, timeout=120)
    assert done.stderr == ""
    changed = [line for line in done.stdout.splitlines() if line.startswith(("<", ">"))]
    assert [line.split("\t")[:2] for line in changed] == [
        ["< senate-must-approve-foreign-troops", "true"],
        ["> senate-must-approve-foreign-troops", "mostly-true"],
    ]
    assert "a tag" in team[team.index(recipe.group(0)) :].split("\n\n")[1]  # the docs: a tag change does not show


#: EDITED with its errors fixed: the near-duplicate claim, a warning, is all that is left
WARNED_ONLY = (
    EDITED.replace("verdict: ture", "verdict: unsupported")
    .replace("checked: 25/11/2026", 'checked: "2026-11-25"')
    .replace("uri:", "url:")
)
#: a file with neither error nor warning
CLEAN = "claims:\n  - id: a\n    claim: A thing happened.\n    verdict: unsupported\n"


def test_strict_fails_a_file_whose_only_problems_are_warnings_and_keeps_them_warnings(
    invoke: Invoke, desk: Path
) -> None:
    # a desk that wants near-duplicates and undated sources fixed before a merge: warnings passed the job (exit 0)
    (desk / "claims.yaml").write_text(WARNED_ONLY, encoding="utf-8")
    lenient, strict = invoke("validate"), invoke("validate", "--strict")
    assert (lenient.exit_code, strict.exit_code) == (ExitCode.OK, ExitCode.FINDINGS)
    # the same report, the summary saying why the run fails
    assert strict.stdout.splitlines()[:-1] == lenient.stdout.splitlines()[:-1]
    assert strict.stdout.splitlines()[-1] == "claims.yaml: 3 claims, 0 errors, 1 warning (--strict: warnings fail)"
    assert strict.stderr == ""
    # a warning stays a warning where a tool reads its severity: GitHub's mark, and --json's "severity"
    github = invoke("validate", "--strict", "--format", "github")
    assert github.exit_code == ExitCode.FINDINGS
    assert github.stdout.splitlines()[0].startswith("::warning file=claims.yaml,line=9,col=5::claim 'drones-over")
    assert [line for line in github.stdout.splitlines() if line.startswith("::")] == [
        line for line in invoke("validate", "--format", "github").stdout.splitlines() if line.startswith("::")
    ]
    as_json = invoke("validate", "--strict", "--json")
    assert (as_json.exit_code, as_json.stdout) == (ExitCode.FINDINGS, invoke("validate", "--json").stdout)


def test_strict_passes_a_clean_file_and_changes_nothing_else(invoke: Invoke, desk: Path) -> None:
    (desk / "claims.yaml").write_text(CLEAN, encoding="utf-8")
    (desk / "edited.yaml").write_text(EDITED, encoding="utf-8")
    (desk / "warned.yaml").write_text(WARNED_ONLY, encoding="utf-8")
    clean = invoke("validate", "--strict")
    assert (clean.exit_code, clean.stdout) == (ExitCode.OK, "claims.yaml: 1 claim, 0 errors, 0 warnings\n")
    # a file with errors fails as without --strict, its summary unchanged (the errors say why)
    for arguments in (["edited.yaml"], ["edited.yaml", "--format", "github"], ["edited.yaml", "--json"]):
        strict, lenient = invoke("validate", "--strict", *arguments), invoke("validate", *arguments)
        assert strict.exit_code == lenient.exit_code == ExitCode.FINDINGS
        assert strict.stdout == lenient.stdout
    # several files, as pre-commit passes them (its args before the files): the worst code; a file that cannot be
    # read is still 2
    both = invoke("validate", "--strict", "claims.yaml", "warned.yaml")
    assert both.exit_code == ExitCode.FINDINGS
    assert both.stdout.splitlines()[0] == "claims.yaml: 1 claim, 0 errors, 0 warnings"
    assert invoke("validate", "claims.yaml", "warned.yaml").exit_code == ExitCode.OK
    assert invoke("validate", "--strict", "warned.yaml", "missing.yaml").exit_code == ExitCode.ERROR
    # the pre-commit hook's piped file
    piped = invoke("validate", "-", "--stdin-name", "claims.yaml", "--strict", input=WARNED_ONLY)
    assert piped.exit_code == ExitCode.FINDINGS


def test_strict_in_a_real_run_fails_the_hook_and_the_job_on_a_warning(tmp_path: Path) -> None:
    # the exit status a shell, git's hook and GitHub's step read, from the program itself
    (tmp_path / "claims.yaml").write_text(WARNED_ONLY, encoding="utf-8")

    def run(*arguments: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "factcheck", "validate", *arguments]
        return subprocess.run(command, cwd=tmp_path, input=stdin, capture_output=True, text=True, timeout=120)

    assert run("claims.yaml").returncode == ExitCode.OK
    # the CI step of the docs' team section, as written
    step = re.search(r"in CI, `factcheck validate ([^`]*--strict[^`]*)`", _team_section())
    assert step is not None
    job = run(*shlex.split(step.group(1)))
    assert (job.returncode, job.stderr) == (ExitCode.FINDINGS, "")
    assert job.stdout.startswith("::warning file=claims.yaml,line=9,col=5::")
    assert job.stdout.endswith("claims.yaml: 3 claims, 0 errors, 1 warning (--strict: warnings fail)\n")
    assert run("-", "--stdin-name", "claims.yaml", "--strict", stdin=WARNED_ONLY).returncode == ExitCode.FINDINGS


def _marked_files(report: str) -> set[str]:
    """The files a --format github report marks (each annotation's ``file=``)."""
    return {match.group(1) for match in re.finditer(r"^::(?:error|warning) file=([^,:]*)", report, re.M)}


def test_a_file_named_from_a_subfolder_or_by_its_full_path_is_marked_at_its_path_in_the_repository(
    invoke: Invoke, desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GitHub reads an annotation's file= from the top of the repository ($GITHUB_WORKSPACE, where the job
    # checks it out): a step with 'working-directory: desks/health' marked 'claims.yaml', a file the pull
    # request does not change, or another desk's, and the reviewer saw no mark on the lines of the change
    health = desk / "desks" / "health"
    health.mkdir(parents=True)
    (health / "claims.yaml").write_text(EDITED, encoding="utf-8")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(desk))
    named = [
        (desk, "desks/health/claims.yaml"),
        (desk, "./desks/../desks/health/claims.yaml"),
        (health, "claims.yaml"),
        (health, str(health / "claims.yaml")),
        (desk / "desks", "health/claims.yaml"),
        (desk / "desks", "../desks/health/claims.yaml"),
    ]
    for folder, name in named:
        os.chdir(folder)
        result = invoke("validate", name, "--format", "github")
        assert result.exit_code == ExitCode.FINDINGS
        assert _marked_files(result.stdout) == {"desks/health/claims.yaml"}, (folder, name)
        # the log's summary names the file as it was typed, as the text report does (without a leading './')
        typed = str(Path(name))
        assert result.stdout.splitlines()[-1] == f"{typed}: 2 claims read, 4 errors, 1 warning"
        # the text report and --json name it as typed: where a person or a script in that folder finds it
        assert invoke("validate", name).stdout.startswith(f"{typed}:4:14: error: verdict 'ture'")
        assert json.loads(invoke("validate", name, "--json").stdout)["problems"][0]["path"] == typed
    # a file that cannot be checked is marked where it is (or would be) too
    os.chdir(health)
    (health / "empty.yaml").write_text("", encoding="utf-8")
    result = invoke("validate", "gone.yaml", "empty.yaml", "claims.yaml", "--format", "github")
    assert result.stdout.splitlines()[0] == "::error file=desks/health/gone.yaml::no such file"
    assert _marked_files(result.stdout) == {
        f"desks/health/{name}" for name in ("gone.yaml", "empty.yaml", "claims.yaml")
    }
    # a staged file piped in is named as --stdin-name gives it (git show's path is the repository's already)
    piped = invoke("validate", "-", "--stdin-name", "desks/health/claims.yaml", "--format", "github", input=EDITED)
    assert _marked_files(piped.stdout) == {"desks/health/claims.yaml"}
    assert _marked_files(invoke("validate", "-", "--format", "github", input=EDITED).stdout) == {"<stdin>"}
    # outside a job (no $GITHUB_WORKSPACE) the file is marked as it was typed, as before
    monkeypatch.delenv("GITHUB_WORKSPACE")
    assert _marked_files(invoke("validate", "claims.yaml", "--format", "github").stdout) == {"claims.yaml"}


def test_a_file_outside_the_repository_is_marked_at_its_full_path_not_at_a_file_of_the_repository(
    invoke: Invoke, desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 'claims.yaml' typed in another folder named the repository's own claims.yaml, which GitHub marked
    repository, elsewhere = desk / "repository", desk / "downloads"
    repository.mkdir()
    elsewhere.mkdir()
    (repository / "claims.yaml").write_text(CLEAN, encoding="utf-8")
    (elsewhere / "claims.yaml").write_text(EDITED, encoding="utf-8")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(repository))
    os.chdir(elsewhere)
    result = invoke("validate", "claims.yaml", "--format", "github")
    assert _marked_files(result.stdout) == {str(elsewhere / "claims.yaml")}
    # a workspace named through a link (a self-hosted runner's /tmp, which is /private/tmp on a Mac) is the folder
    # it links to
    link = desk / "workspace-link"
    link.symlink_to(repository, target_is_directory=True)
    (repository / "claims.yaml").write_text(EDITED, encoding="utf-8")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(link))
    os.chdir(repository)
    assert _marked_files(invoke("validate", "claims.yaml", "--format", "github").stdout) == {"claims.yaml"}
    assert _marked_files(invoke("validate", str(link / "claims.yaml"), "--format", "github").stdout) == {"claims.yaml"}
    # a folder removed under the shell has no path to name a file from: the name as typed, no traceback
    gone = desk / "gone"
    gone.mkdir()
    os.chdir(gone)
    gone.rmdir()
    result = invoke("validate", "claims.yaml", "--format", "github")
    assert (result.exit_code, result.stdout) == (ExitCode.ERROR, "::error file=claims.yaml::no such file\n")


def test_a_real_job_step_run_in_a_subfolder_marks_the_file_at_its_path_in_the_repository(tmp_path: Path) -> None:
    # 'working-directory: desks/health' of a workflow's step: the runner sets $GITHUB_WORKSPACE, the shell's
    # folder is the step's
    health = tmp_path / "desks" / "health"
    health.mkdir(parents=True)
    (health / "claims.yaml").write_text(EDITED, encoding="utf-8")
    env = {**os.environ, "GITHUB_WORKSPACE": str(tmp_path)}
    for name in ["claims.yaml", str(health / "claims.yaml")]:
        command = [sys.executable, "-m", "factcheck", "validate", name, "--format", "github"]
        job = subprocess.run(command, cwd=health, env=env, capture_output=True, text=True, timeout=120)
        assert (job.returncode, job.stderr) == (ExitCode.FINDINGS, "")
        assert job.stdout.startswith("::error file=desks/health/claims.yaml,line=4,col=14::verdict 'ture'")
        assert _marked_files(job.stdout) == {"desks/health/claims.yaml"}


#: a file name holding a byte that is not UTF-8 (the Latin-1 'é' of 'désk.yaml', as an old Windows share or zip
#: tool names it), as Python reads it from the command line
LATIN_1_NAME = os.fsdecode(b"d\xe9sk.yaml")


def test_a_file_name_with_a_byte_that_is_not_utf8_is_marked_under_its_escape(invoke: Invoke, desk: Path) -> None:
    # the byte went raw into the annotation: no UTF-8 text, which GitHub reads its log as, nor a name of the file
    (desk / LATIN_1_NAME).write_text(EDITED, encoding="utf-8")
    result = invoke("validate", LATIN_1_NAME, "--format", "github")
    assert result.exit_code == ExitCode.FINDINGS
    lines = result.stdout_bytes.decode("utf-8").splitlines()  # strict: each byte UTF-8 text
    # the byte as bash's $'d\xe9sk.yaml' names the file, as the messages show a control character ('\x1b')
    assert lines[0].startswith("::error file=d\\xe9sk.yaml,line=4,col=14::verdict 'ture'")
    assert _marked_files(result.stdout_bytes.decode("utf-8")) == {"d\\xe9sk.yaml"}
    assert lines[-1] == "d\\xe9sk.yaml: 2 claims read, 4 errors, 1 warning"
    # a file that cannot be checked too
    missing = invoke("validate", os.fsdecode(b"gone\xff.yaml"), LATIN_1_NAME, "--format", "github")
    assert missing.stdout_bytes.decode("utf-8").splitlines()[0] == "::error file=gone\\xff.yaml::no such file"


def test_a_real_job_writes_a_name_with_a_byte_that_is_not_utf8_as_utf8_text(tmp_path: Path) -> None:
    # what the runner reads from the pipe: bytes, whatever the locale: a runner's C.UTF-8, and an ASCII one
    # (LC_ALL=C alone turns Python's UTF-8 mode on, PYTHONUTF8=0 keeps it off)
    (tmp_path / LATIN_1_NAME).write_text(EDITED, encoding="utf-8")
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    checks = [
        ([LATIN_1_NAME], {"d\\xe9sk.yaml"}, ExitCode.FINDINGS),
        ([os.fsdecode(b"gone\xff.yaml"), "empty.yaml"], {"gone\\xff.yaml", "empty.yaml"}, ExitCode.ERROR),
    ]
    for locale, expected_encoding in [({"LC_ALL": "C.UTF-8"}, "utf-8"), ({"LC_ALL": "C", "PYTHONUTF8": "0"}, "ascii")]:
        env = {**os.environ, **locale, "GITHUB_WORKSPACE": str(tmp_path)}
        encoding = [sys.executable, "-c", "import sys, codecs; print(codecs.lookup(sys.stdout.encoding).name)"]
        assert subprocess.run(encoding, env=env, capture_output=True, text=True, timeout=60).stdout.strip() == (
            expected_encoding
        )
        for names, marked, code in checks:
            command = [sys.executable, "-m", "factcheck", "validate", *names, "--format", "github"]
            job = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, timeout=120)
            report = job.stdout.decode("utf-8")  # strict
            assert (job.returncode, _marked_files(report)) == (code, marked), (locale, report, job.stderr)


def _git_init(folder: Path) -> None:
    """A real repository at ``folder`` (its .git), as actions/checkout leaves one."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "-q", str(folder)], check=True, env={**os.environ, **_GIT_ALONE}, timeout=60)


def test_a_repository_checked_out_in_a_subfolder_of_the_workspace_is_marked_from_its_own_top(
    invoke: Invoke, desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # actions/checkout's 'path: claims' (the desk's claims beside its clone of factcheck): GitHub reads file= from
    # the top of the repository, not of the workspace; 'claims/desks/health/claims.yaml' named no file of it
    repository = desk / "claims"
    _git_init(repository)
    _git_init(desk / "factcheck")
    health = repository / "desks" / "health"
    health.mkdir(parents=True)
    (repository / "claims.yaml").write_text(EDITED, encoding="utf-8")
    (health / "claims.yaml").write_text(EDITED, encoding="utf-8")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(desk))
    named = [
        (repository, "claims.yaml", "claims.yaml"),
        (desk, "claims/claims.yaml", "claims.yaml"),
        (health, "claims.yaml", "desks/health/claims.yaml"),
        (health, str(health / "claims.yaml"), "desks/health/claims.yaml"),
        (desk / "factcheck", "../claims/desks/health/claims.yaml", "desks/health/claims.yaml"),
    ]
    for folder, name, marked in named:
        os.chdir(folder)
        result = invoke("validate", name, "--format", "github")
        assert result.exit_code == ExitCode.FINDINGS, (folder, name)
        assert _marked_files(result.stdout) == {marked}, (folder, name)
    # a missing file of that repository too
    os.chdir(health)
    assert invoke("validate", "gone.yaml", "--format", "github").stdout == (
        "::error file=desks/health/gone.yaml::no such file\n"
    )
    # a folder of the workspace outside any repository: from the workspace's top, as with one checkout
    loose = desk / "loose"
    loose.mkdir()
    (loose / "claims.yaml").write_text(EDITED, encoding="utf-8")
    os.chdir(loose)
    assert _marked_files(invoke("validate", "claims.yaml", "--format", "github").stdout) == {"loose/claims.yaml"}
    # the workspace a repository itself (the usual checkout): from its top, its subfolders' .git-less folders too
    _git_init(desk)
    os.chdir(health)
    assert _marked_files(invoke("validate", "claims.yaml", "--format", "github").stdout) == {"desks/health/claims.yaml"}
    os.chdir(loose)
    assert _marked_files(invoke("validate", "claims.yaml", "--format", "github").stdout) == {"loose/claims.yaml"}


def test_a_dot_dot_after_a_linked_folder_is_followed_on_disk_and_a_relative_workspace_needs_no_folder(
    invoke: Invoke, desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 'linked/../claims.yaml' with 'linked' a link to ../elsewhere reads elsewhere's parent's claims.yaml, as the
    # system follows it: worked out by text, it marked the workspace's own claims.yaml, another file
    workspace, elsewhere = desk / "ws", desk / "elsewhere"
    workspace.mkdir()
    elsewhere.mkdir()
    (workspace / "claims.yaml").write_text(CLEAN, encoding="utf-8")
    (desk / "claims.yaml").write_text(EDITED, encoding="utf-8")
    (workspace / "linked").symlink_to(elsewhere, target_is_directory=True)
    monkeypatch.setenv("GITHUB_WORKSPACE", str(workspace))
    os.chdir(workspace)
    result = invoke("validate", "linked/../claims.yaml", "--format", "github")
    assert result.exit_code == ExitCode.FINDINGS
    assert _marked_files(result.stdout) == {str(desk / "claims.yaml")}
    # a link inside the repository is marked at the file it names, which the pull request changes
    health = workspace / "desks" / "health"
    health.mkdir(parents=True)
    (health / "claims.yaml").write_text(EDITED, encoding="utf-8")
    (workspace / "current").symlink_to(health, target_is_directory=True)
    result = invoke("validate", "current/claims.yaml", "--format", "github")
    assert _marked_files(result.stdout) == {"desks/health/claims.yaml"}
    # a relative $GITHUB_WORKSPACE in a folder removed under the shell: the name as typed, no traceback
    gone = desk / "gone"
    gone.mkdir()
    os.chdir(gone)
    gone.rmdir()
    monkeypatch.setenv("GITHUB_WORKSPACE", ".")
    full = str(health / "claims.yaml")
    result = invoke("validate", full, "--format", "github")
    assert (result.exit_code, type(result.exception)) == (ExitCode.FINDINGS, SystemExit)
    assert _marked_files(result.stdout) == {full}


@pytest.mark.parametrize("beside", ["desk.yaml", "claims.yml", "claims.yaml/", None])
def test_validate_without_a_file_refused_in_a_job_is_marked_on_the_job(
    invoke: Invoke, desk: Path, beside: str | None
) -> None:
    # no claims.yaml in the step's folder (a desk.yaml beside it, a lookalike, a folder of that name, or nothing):
    # refused as validate refuses to check the bundled starter file in its place, with no mark, where every other
    # file that cannot be checked is marked: the pull request's reviewer saw a failed step and no reason
    if beside is not None and beside.endswith("/"):
        (desk / beside).mkdir()
    elif beside is not None:
        (desk / beside).write_text(EDITED, encoding="utf-8")
    text = invoke("validate")
    assert (text.exit_code, text.stdout) == (ExitCode.ERROR, "")
    assert text.stderr.startswith("factcheck: claims.yaml: error: ")
    result = invoke("validate", "--format", "github")
    assert (result.exit_code, result.stderr) == (ExitCode.ERROR, text.stderr)  # the message in the log, as it was
    # one mark, the job's own (no file to mark), saying what the log says
    assert result.stdout == f"::error::claims.yaml: {text.stderr.removeprefix('factcheck: claims.yaml: error: ')}"
    assert invoke("validate", "--json").stdout == ""  # the other formats as they were


def test_validate_of_a_missing_file_named_by_factcheck_kb_is_marked_as_one_named_by_kb(
    invoke: Invoke, desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # '--kb missing.yaml' was marked on the file, '$FACTCHECK_KB' naming it was said on standard error alone: a
    # failed step and no reason in the pull request
    monkeypatch.setenv("FACTCHECK_KB", "missing%,x.yaml")
    result = invoke("validate", "--format", "github")
    assert result.exit_code == ExitCode.ERROR
    said = "no such file ($FACTCHECK_KB names it): set $FACTCHECK_KB to your claims file, or name it with --kb FILE"
    assert result.stderr == f"factcheck: missing%,x.yaml: error: {said}\n"  # the log as it was
    assert result.stdout == f"::error file=missing%25%2Cx.yaml::{said}\n"
    assert invoke("validate").stdout == invoke("validate", "--json").stdout == ""  # the other formats as they were
