"""The command line where standard output is not UTF-8 (``PYTHONIOENCODING=latin-1``, ``ascii``,
``cp1252``, a Latin-1 locale) or a statement is typed on a terminal that is not: run as
``python -m factcheck`` in a subprocess, since only a real process has such streams.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

#: accents, curly quotes, dashes, an emoji and Chinese: what Latin-1 or ASCII cannot write
CLAIM = "The café in Zürich serves “the best” crème brûlée — says 🚀 everyone."
CHINESE = "比尔·盖茨说疫苗含有芯片"
CLAIMS_FILE = (
    "claims:\n"
    "  - id: cafe-claim\n"
    f"    claim: {CLAIM}\n"
    '    verdict: "false"\n'
    "    summary: Nobody rated it – not even 中文 reviewers.\n"
    '    checked: "2026-01-02"\n'
    "    sources:\n"
    "      - url: https://example.org/caf%C3%A9\n"
    "        publisher: Exämple\n"
    '        date: "2026-01-01"\n'
    "  - id: chinese-claim\n"
    f"    claim: {CHINESE}\n"
    "    verdict: unsupported\n"
)
#: ASCII: Python wrote its own escapes ("caf\\xe9"), no JSON; Windows-1252 (as Latin-1): bytes that are not UTF-8
ENCODINGS = ["ascii", "cp1252"]


def _factcheck(
    tmp_path: Path, *args: str, encoding: str, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    environment = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_KB", "FORCE_COLOR")}
    environment["PYTHONIOENCODING"] = encoding
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        input=stdin,
        capture_output=True,
        cwd=tmp_path,
        env=environment,
        timeout=120,  # a safety net against a hang, not a measure of speed
    )


@pytest.fixture
def claims_file(tmp_path: Path) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS_FILE, encoding="utf-8")
    return path


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_json_output_stays_json_when_standard_output_is_not_utf8(
    tmp_path: Path, claims_file: Path, encoding: str
) -> None:
    # under ascii 'list --json' wrote "caf\xe9" (no JSON escape: json.loads failed); under latin-1 or cp1252,
    # bytes that are not UTF-8, which jq and json.load refuse
    listed = _factcheck(tmp_path, "list", "--json", encoding=encoding)
    assert listed.returncode == 0, listed.stderr
    claims = json.loads(listed.stdout.decode("utf-8"))
    assert [claim["claim"] for claim in claims] == [CLAIM, CHINESE]
    checked = _factcheck(tmp_path, "check", "-", encoding=encoding, stdin="crème brûlée café Zürich\n".encode())
    assert json.loads(checked.stdout.decode("utf-8"))["matches"][0]["claim"] == CLAIM


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_export_on_standard_output_is_what_its_out_file_holds_when_standard_output_is_not_utf8(
    tmp_path: Path, claims_file: Path, encoding: str
) -> None:
    # 'factcheck export --format csv > claims.csv' under cp1252 wrote "\U0001f680" into a cell, and ClaimReview
    # JSON-LD under ascii was no JSON
    piped = _factcheck(tmp_path, "export", "--format", "csv", encoding=encoding)
    assert piped.returncode == 0, piped.stderr
    (tmp_path / "out.csv").write_bytes(b"")
    written = _factcheck(tmp_path, "export", "--format", "csv", "--out", "out.csv", encoding=encoding)
    assert written.returncode == 0, written.stderr
    assert piped.stdout == (tmp_path / "out.csv").read_bytes()
    rows = list(csv.DictReader(io.StringIO(piped.stdout.decode("utf-8"))))
    assert rows[0]["claim"] == CLAIM
    reviews = _factcheck(tmp_path, "export", "--base-url", "https://desk.example/", encoding=encoding)
    assert [review["claimReviewed"] for review in json.loads(reviews.stdout.decode("utf-8"))] == [CLAIM, CHINESE]


def test_a_statement_typed_on_a_latin1_terminal_is_refused_not_answered_no_match(
    tmp_path: Path, claims_file: Path
) -> None:
    # a terminal sending Latin-1 to a UTF-8 system: 'check "The café in Zürich..."' matched the bytes as they
    # were, and said "No fact-check matches" (exit 1) of a claim the file has
    statement = "The café in Zürich serves the best crème brûlée".encode("latin-1")
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", os.fsdecode(statement)],
        capture_output=True,
        cwd=tmp_path,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
        timeout=120,
    )
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.decode() == (
        "factcheck: error: the statement could not be read as text in the locale's encoding, utf-8 (byte 0xe9); "
        "set a UTF-8 locale and terminal encoding, and type it again\n"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX arguments are bytes; Windows ones are text")
@pytest.mark.parametrize("command", [("show",), ("edit", "--verdict", "true"), ("remove", "--yes"), ("edit",)])
def test_an_id_typed_on_a_latin1_terminal_is_refused_as_a_statement_is(
    tmp_path: Path, claims_file: Path, command: tuple[str, ...]
) -> None:
    # 'show $'\xff'' said "no claim with id '\udcff'", Python's name for the byte, not what was typed; an id
    # holding it can be no claim's (a claims file is UTF-8 text): said as check says it of a statement
    before = claims_file.read_bytes()
    for typed, byte in ((b"\xff", "0xff"), ("caf\u00e9-prices".encode("latin-1"), "0xe9")):
        result = subprocess.run(
            [sys.executable, "-m", "factcheck", command[0], os.fsdecode(typed), *command[1:]],
            capture_output=True,
            cwd=tmp_path,
            env={**os.environ, "LC_ALL": "C.UTF-8", "EDITOR": "false"},
            timeout=120,
        )
        assert result.returncode == 2 and result.stdout == b""
        assert result.stderr.decode() == (
            f"factcheck: error: the id could not be read as text in the locale's encoding, utf-8 (byte {byte}); "
            "set a UTF-8 locale and terminal encoding, and type it again\n"
        )
    assert claims_file.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX arguments are bytes; Windows ones are text")
def test_a_utf8_statement_the_locale_cannot_read_is_not_called_other_than_utf8(
    tmp_path: Path, claims_file: Path
) -> None:
    # LC_ALL=C without Python's UTF-8 mode reads arguments as ASCII: 'check "US troops in México"' (UTF-8) was
    # refused as "the statement is not UTF-8 text (byte 0xc3)", untrue; the locale is what cannot read it
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANG"}
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", os.fsdecode("US troops in México".encode())],
        capture_output=True,
        cwd=tmp_path,
        env={**environment, "LC_ALL": "C", "PYTHONUTF8": "0"},
        timeout=120,
    )
    assert result.returncode == 2 and result.stdout == b""
    said = result.stderr.decode()
    assert "could not be read as text in the locale's encoding" in said and "(byte 0xc3)" in said
    assert "not UTF-8" not in said and "set a UTF-8 locale" in said


@pytest.mark.parametrize("encoding", [*ENCODINGS, "latin-1"])
def test_a_markdown_report_in_a_file_is_utf8_when_standard_output_is_not(
    tmp_path: Path, claims_file: Path, encoding: str
) -> None:
    # 'scan --format markdown article.md > report.md' under cp1252 or latin-1 wrote "\U0001f680" for the emoji
    # and "\u201c" (latin-1) for a quote, in bytes that are not UTF-8; under ascii it was UTF-8 (Click's doing)
    (tmp_path / "article.md").write_text(f"{CLAIM}\n\nMexico sent 10,000 troops to Zürich.\n", encoding="utf-8")
    in_utf8 = _factcheck(tmp_path, "scan", "--format", "markdown", "article.md", "article.md", encoding="utf-8")
    assert in_utf8.returncode == 0, in_utf8.stderr
    report = _factcheck(tmp_path, "scan", "--format", "markdown", "article.md", "article.md", encoding=encoding)
    assert report.returncode == 0, report.stderr
    assert report.stdout == in_utf8.stdout
    assert f"| 1 | {CLAIM} | **FALSE** |" in report.stdout.decode("utf-8")
    # text for people and JSON are as check writes them: escapes the encoding can write, valid JSON
    text = _factcheck(tmp_path, "scan", "article.md", encoding=encoding).stdout.decode(encoding)
    assert "\\U0001f680" in text
    lines = _factcheck(tmp_path, "scan", "--json", "article.md", encoding=encoding).stdout.decode("ascii")
    assert json.loads(lines.splitlines()[0])["text"] == CLAIM


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX arguments are bytes; Windows ones are text")
@pytest.mark.parametrize(
    ("command", "flag"),
    [
        (("add", "--claim", "Foo is bar.", "--verdict", "false", "--dry-run", "--id"), "--id"),
        (("edit", "cafe-claim", "--dry-run", "--id"), "--id"),
        (("add", "--claim", "Foo is bar.", "--verdict", "false", "--dry-run", "--tag"), "--tag"),
        (("edit", "cafe-claim", "--dry-run", "--add-alias"), "--add-alias"),
        (("list", "--tag"), "--tag"),
    ],
)
def test_an_option_value_typed_on_a_latin1_terminal_is_refused_as_an_id_is(
    tmp_path: Path, claims_file: Path, command: tuple[str, ...], flag: str
) -> None:
    # 'add --id $'caf\xe9'' said "claim 'caf\udce9' is not valid", 'list --tag $'caf\xe9'' "no claim has the tag
    # 'caf\udce9'": Python's name for the byte, not what was typed
    before = claims_file.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", *command, os.fsdecode(b"caf\xe9")],
        capture_output=True,
        cwd=tmp_path,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
        timeout=120,
    )
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.decode().splitlines()[-1] == (
        f"factcheck: error: {flag} could not be read as text in the locale's encoding, utf-8 (byte 0xe9); set a "
        "UTF-8 locale and terminal encoding, and type it again"
    )
    assert claims_file.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX arguments are bytes; Windows ones are text")
@pytest.mark.parametrize(
    ("options", "said"),
    [
        (("--stdin-name",), "--stdin-name could not be read"),
        (("--format",), "Invalid value for '--format': the value could not be read"),
    ],
)
def test_validates_options_typed_on_a_latin1_terminal_are_refused_as_an_id_is(
    tmp_path: Path, claims_file: Path, options: tuple[str, ...], said: str
) -> None:
    # review of the integration: '--format $'githu\xff'' was "'githu\udcff' is not one of ...", and a
    # '--stdin-name' holding the byte was written raw into a GitHub annotation's file name
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "validate", "-", *options, os.fsdecode(b"caf\xe9")],
        input=claims_file.read_bytes(),
        capture_output=True,
        cwd=tmp_path,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
        timeout=120,
    )
    assert result.returncode == 2 and result.stdout == b""
    assert f"factcheck: error: {said} as text in the locale's encoding, utf-8 (byte 0xe9)" in result.stderr.decode()
