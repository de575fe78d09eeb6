"""A newsroom desk that keeps claims.yaml in git and edits it from the command line every day.

Each refusal here is one line on standard error, exit 2, and the claims file byte for byte as it was.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.cli import ExitCode

Invoke = Callable[..., Result]

CLAIM_ID = "drones-over-mexico"  # one of tests/fixtures/mini_claims.yaml's ids


@pytest.fixture
def drafts(mini_kb: Path) -> Path:
    """A git repository holding claims.yaml at its top, and the shell in its drafts/ folder."""
    repository = mini_kb.parent / "desk"
    (repository / ".git").mkdir(parents=True)
    (repository / "claims.yaml").write_bytes(mini_kb.read_bytes())
    (repository / "drafts").mkdir()
    os.chdir(repository / "drafts")
    return repository


def _files(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if ".git" not in path.parts)


@pytest.mark.parametrize(
    ("args", "todo"),
    [
        (("add", "--claim", "The ferry fare doubled.", "--verdict", "false"), " (--kb claims.yaml starts"),
        (("import", "-"), " (--kb claims.yaml starts"),
        (("edit", CLAIM_ID, "--verdict", "false"), ""),
        (("remove", CLAIM_ID, "--yes"), ""),
    ],
)
def test_a_change_from_a_subfolder_of_the_repository_names_its_claims_file(
    invoke: Invoke, drafts: Path, args: tuple[str, ...], todo: str
) -> None:
    # 'add' made a second claims.yaml in drafts/, beside the desk's; edit and remove said "no such file (none
    # in this folder)" with no word of the file one folder up
    before = (drafts / "claims.yaml").read_bytes()
    result = invoke(*args, input='[{"claim": "The ferry fare doubled.", "verdict": "false"}]')
    assert (result.exit_code, result.stdout) == (ExitCode.ERROR, "")
    assert result.stderr.startswith(
        "factcheck: claims.yaml: error: no such file in this folder, but there is '../claims.yaml' above it: "
        f"cd .., or name it with --kb ../claims.yaml{todo}"
    )
    assert len(result.stderr.splitlines()) == 1
    assert _files(drafts) == ["claims.yaml", "drafts"]
    assert (drafts / "claims.yaml").read_bytes() == before
    if args[0] != "import":  # named, it is the file changed
        assert invoke(*args, "--kb", "../claims.yaml", "--dry-run").exit_code == ExitCode.OK


def test_a_reading_command_from_a_subfolder_says_the_claims_are_the_starter_files(invoke: Invoke, drafts: Path) -> None:
    # 'list' listed the bundled starter file's claims as the desk's own, unsaid
    result = invoke("list")
    assert result.exit_code == ExitCode.OK
    assert result.stderr.startswith(
        "factcheck: note: no ./claims.yaml here, and ../claims.yaml (in a folder above) is not read: the claims "
        "are the bundled starter file's ("
    )
    assert result.stderr.endswith("; cd .., or name it with --kb ../claims.yaml\n")
    result = invoke("validate")
    assert (result.exit_code, result.stdout) == (ExitCode.ERROR, "")
    assert result.stderr == (
        "factcheck: claims.yaml: error: no such file in this folder, but there is '../claims.yaml' above it, "
        "which validate does not check in its place (nor the bundled starter file): cd .., or name it: "
        "factcheck validate ../claims.yaml\n"
    )


def test_a_claims_file_above_outside_any_repository_is_no_sign_of_the_one_meant(invoke: Invoke, mini_kb: Path) -> None:
    # no .git: a claims.yaml in some folder above is anyone's; 'add' starts a new file here, as it did
    here = mini_kb.parent / "new-desk"
    here.mkdir()
    os.chdir(here)
    result = invoke("add", "--claim", "The ferry fare doubled.", "--verdict", "false")
    assert result.exit_code == ExitCode.OK, result.stderr
    assert (here / "claims.yaml").is_file()


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # each was "is not a real date written YYYY-MM-DD (or YYYY-MM, YYYY)" alone
        ("2025-13-01", ': there is no month 13; write it as "2025-01-13" if it is 13 January'),
        ("2025-13-14", ": there is no month 13"),
        ("2025-02-29", ": February 2025 has 28 days"),
        ("2025-04-31", ": April 2025 has 30 days"),
        ("2025/11/01", '; write it as "2025-11-01"'),
        ("2025.1.5", '; write it as "2025-01-05"'),
        ("20251101", '; write it as "2025-11-01"'),
    ],
)
@pytest.mark.parametrize("option", [("list", "--since"), ("export", "--until"), ("edit", CLAIM_ID, "--checked")])
def test_a_date_off_the_calendar_or_written_otherwise_is_told_what_to_write(
    invoke: Invoke, mini_kb: Path, option: tuple[str, ...], typed: str, said: str
) -> None:
    before = mini_kb.read_bytes()
    result = invoke(*option, typed, "--kb", str(mini_kb))
    assert (result.exit_code, result.stdout) == (ExitCode.ERROR, "")
    assert result.stderr.splitlines()[-1] == (
        f"factcheck: error: Invalid value for '{option[-1]}': '{typed}' is not a real date written YYYY-MM-DD "
        f"(or YYYY-MM, YYYY){said}"
    )
    assert mini_kb.read_bytes() == before


@pytest.mark.parametrize(("word", "days"), [("yesterday", -1), ("Today", 0), ("tomorrow", 1)])
@pytest.mark.parametrize("option", [("list", "--since"), ("add", "--claim", "A ferry sank.", "--checked")])
def test_a_day_named_relative_to_today_is_told_the_day_itself(
    invoke: Invoke, mini_kb: Path, option: tuple[str, ...], word: str, days: int
) -> None:
    before = mini_kb.read_bytes()
    meant = {(datetime.date.today() + datetime.timedelta(days=days)).isoformat()}
    result = invoke(*option, word, "--kb", str(mini_kb))
    meant.add((datetime.date.today() + datetime.timedelta(days=days)).isoformat())  # midnight in between
    assert (result.exit_code, result.stdout) == (ExitCode.ERROR, "")
    said = result.stderr.splitlines()[-1]
    assert said.startswith(f"factcheck: error: Invalid value for '{option[-1]}': '{word}' is not a real date")
    assert any(said.endswith(f'; write the day itself: "{day}"') for day in meant)
    assert mini_kb.read_bytes() == before
