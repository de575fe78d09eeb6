"""A moderator's export of posts, checked with ``check - --input-format csv|tsv|jsonl``: its answers as CSV for
a spreadsheet (``--format csv``), a semicolon-separated export (Excel's CSV in much of Europe) read as it is, a
row holding an unquoted comma in its post, a JSON record without the id the others have, and Ctrl-C mid-file.

And plain ``check -`` (lines, no ``--input-format``) stays as it was, byte for byte.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

FIXTURES = Path(__file__).parent / "fixtures"


def _plain_check(invoke: Callable[..., Result], tmp_path: Path, *options: str) -> tuple[int, str, str]:
    """``check -`` of ``check_lines_stdin.txt`` against a copy of ``mini_claims.yaml``: exit code, standard output
    (the claims file's path as ``<KB>``) and standard error."""
    kb = tmp_path / "claims.yaml"
    shutil.copyfile(FIXTURES / "mini_claims.yaml", kb)
    data = (FIXTURES / "check_lines_stdin.txt").read_bytes()
    result = invoke("check", "-", "--kb", str(kb), *options, input=data)
    return result.exit_code, result.stdout.replace(json.dumps(str(kb)), '"<KB>"'), result.stderr


def test_plain_check_dash_prints_what_it_printed_before_byte_for_byte(
    invoke: Callable[..., Result], tmp_path: Path
) -> None:
    # the expected files were written by this very command before --format csv and the export's other changes
    # came in (a header line, CRLF and CR line ends, an empty line, a byte not UTF-8, a formula-like line): the
    # lines mode is a contract scripts read.  Should a change of scoring move a score on purpose, write them
    # again from the same command (docstring of _plain_check) and say so in its commit
    code, stdout, stderr = _plain_check(invoke, tmp_path)
    assert stdout == (FIXTURES / "check_lines_stdin.expected.jsonl").read_text(encoding="utf-8")
    assert stderr == (FIXTURES / "check_lines_stdin.expected.stderr").read_text(encoding="utf-8")
    assert code == 2
