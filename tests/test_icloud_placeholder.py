"""A claims file (or an article) kept in iCloud Drive that iCloud has not downloaded to this Mac: only its
placeholder, '.claims.yaml.icloud', is in the folder ("Optimize Mac Storage").  It was "no such file", and
``add`` created a second claims.yaml beside the placeholder: one claim apart from the others."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.cli import ExitCode
from factcheck.inputfiles import icloud_placeholder, no_such_file

Invoke = Callable[..., Result]

#: the advice each message ends with
NOT_DOWNLOADED = (
    "iCloud Drive holds it but has not downloaded it ('{placeholder}' stands in for it); download it (in the "
    "Finder, click its cloud icon, or open it), then run the command again"
)


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    folder = tmp_path / "Mobile Documents" / "com~apple~CloudDocs" / "Desk"
    folder.mkdir(parents=True)
    (folder / ".claims.yaml.icloud").write_bytes(b"bplist00\x00placeholder")
    return folder


ADD = ("add", "--claim", "Mexico sent 10,000 troops to its border.", "--verdict", "true", "--summary", "It did.")


@pytest.mark.parametrize("how", ["--kb", "FACTCHECK_KB"])
def test_add_creates_no_second_claims_file_beside_the_placeholder(invoke: Invoke, desk: Path, how: str) -> None:
    kb = desk / "claims.yaml"
    result = invoke(*ADD, "--kb", str(kb)) if how == "--kb" else invoke(*ADD, env={"FACTCHECK_KB": str(kb)})
    assert result.exit_code == ExitCode.ERROR and "Traceback" not in result.output
    placeholder = desk / ".claims.yaml.icloud"
    assert result.stderr == (f"factcheck: {kb}: error: not created: {NOT_DOWNLOADED.format(placeholder=placeholder)}\n")
    assert sorted(path.name for path in desk.iterdir()) == [".claims.yaml.icloud"]


def test_in_the_folder_add_edit_and_remove_name_the_placeholder(
    invoke: Invoke, desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(desk)
    advice = NOT_DOWNLOADED.format(placeholder=".claims.yaml.icloud")
    assert invoke(*ADD).stderr == f"factcheck: claims.yaml: error: not created: {advice}\n"
    for args in (("edit", "x", "--verdict", "true"), ("remove", "x", "--yes")):
        result = invoke(*args)
        assert result.exit_code == ExitCode.ERROR
        assert result.stderr == f"factcheck: claims.yaml: error: no such file on this Mac: {advice}\n"
    assert sorted(path.name for path in desk.iterdir()) == [".claims.yaml.icloud"]
    # a reading command answers from the starter file, as in any folder without claims.yaml, and says why
    listed = invoke("list")
    assert listed.exit_code == ExitCode.OK
    assert listed.stderr.startswith("factcheck: note: no ./claims.yaml on this Mac, so the claims are the bundled ")
    assert listed.stderr.endswith(f": {advice}\n")


def test_a_reading_command_and_scan_name_the_placeholder(invoke: Invoke, desk: Path) -> None:
    kb = desk / "claims.yaml"
    advice = NOT_DOWNLOADED.format(placeholder=desk / ".claims.yaml.icloud")
    listed = invoke("list", "--kb", str(kb))
    assert listed.exit_code == ExitCode.ERROR
    assert listed.stderr == f"factcheck: {kb}: error: no such file on this Mac: {advice}\n"
    (desk / ".story.txt.icloud").write_bytes(b"")
    scanned = invoke("scan", str(desk / "story.txt"))
    assert scanned.exit_code == ExitCode.ERROR
    assert "no such file on this Mac: iCloud Drive holds it" in scanned.stderr


def test_no_placeholder_no_icloud(tmp_path: Path) -> None:
    # guards: a missing file without its placeholder is "no such file"; a hidden file has none
    assert no_such_file(str(tmp_path / "claims.yaml")) == "no such file"
    (tmp_path / "..hidden.icloud").write_bytes(b"")
    assert icloud_placeholder(str(tmp_path / ".hidden")) is None
    assert icloud_placeholder(str(tmp_path)) is None


def test_add_still_creates_a_new_claims_file_where_there_is_no_placeholder(invoke: Invoke, tmp_path: Path) -> None:
    kb = tmp_path / "claims.yaml"
    assert invoke(*ADD, "--kb", str(kb)).exit_code == ExitCode.OK
    assert kb.is_file()
