"""A plain text file of statements, one a line, answered as a spreadsheet: ``check - --format csv < statements.txt``.

The rows are those of an export's answers (``postrows``: the same columns, quoting and formula guard), one a line
and its best match (a match, with ``--top N``), ``line`` the line's number and ``id`` empty: a line has no id.  Blank
lines, lines that cannot be read, standard error and the exit code are those of plain ``check -``.  The answers of
an export as CSV stay as they were, byte for byte.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

FIXTURES = Path(__file__).parent / "fixtures"


def _mini_kb(tmp_path: Path) -> Path:
    kb = tmp_path / "claims.yaml"
    shutil.copyfile(FIXTURES / "mini_claims.yaml", kb)
    return kb


# -- an export's answers as CSV: unchanged -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fixture", "options"),
    [
        ("posts_export", "posts_export.csv", ["--top", "3", "--min-score", "0.1", "--bom"]),
        ("posts_formulas", "posts_formulas.csv", []),
        ("posts_export_semicolons", "posts_export_semicolons.csv", []),
    ],
)
def test_the_csv_answers_to_an_export_are_what_they_were_byte_for_byte(
    invoke: Callable[..., Result], tmp_path: Path, name: str, fixture: str, options: list[str]
) -> None:
    # the expected files were written by this very command (against tests/fixtures/mini_claims.yaml) before plain
    # lines could be answered as CSV: a moderator's sheet, and the scripts that read it, keep their columns and
    # bytes.  Should a change of scoring move a score on purpose, write them again and say so in its commit
    kb = _mini_kb(tmp_path)
    data = (FIXTURES / fixture).read_bytes()
    result = invoke("check", "-", "--kb", str(kb), "--input-format", "csv", "--format", "csv", *options, input=data)
    assert result.stdout_bytes == (FIXTURES / f"{name}.expected.csv").read_bytes()
    assert result.stderr.replace(str(kb), "<KB>") == (FIXTURES / f"{name}.expected.csv.stderr").read_text("utf-8")
    assert result.exit_code == 0
