"""End to end: the installed ``factcheck`` command, run in a real subprocess from another folder."""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest
from pseudo_terminal import run_on_a_terminal

pytestmark = pytest.mark.e2e

BIN_DIR = Path(sys.executable).parent
FACTCHECK = shutil.which("factcheck", path=str(BIN_DIR)) or shutil.which("factcheck")


def run(
    *args: str, stdin: bytes | None = None, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    assert FACTCHECK, "the factcheck command is not installed in this environment"
    environment = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_KB", "FORCE_COLOR")}
    environment.update(env or {})
    return subprocess.run([FACTCHECK, *args], input=stdin, cwd=cwd, env=environment, capture_output=True, timeout=60)


def _run_redirected(
    args: tuple[str, ...], *, cwd: Path, stdout: IO[bytes] | int, stderr: IO[bytes] | int
) -> subprocess.CompletedProcess[bytes]:
    """``factcheck ARGS`` with its standard output and error where given (an open /dev/full, a pipe)."""
    assert FACTCHECK, "the factcheck command is not installed in this environment"
    environment = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_KB", "FORCE_COLOR")}
    return subprocess.run([FACTCHECK, *args], cwd=cwd, env=environment, stdout=stdout, stderr=stderr, timeout=60)


def _moon_cheese_desk(tmp_path: Path) -> Path:
    """A one-claim claims.yaml in ``tmp_path`` and an other.yaml to import into it; the claims file's path."""
    kb = tmp_path / "claims.yaml"
    kb.write_text('claims:\n  - id: moon-cheese\n    claim: The moon is cheese\n    verdict: "false"\n')
    (tmp_path / "other.yaml").write_text('claims:\n  - id: pigs-fly\n    claim: Pigs can fly\n    verdict: "false"\n')
    return kb


def test_check_against_the_bundled_knowledge_base_from_any_folder(tmp_path: Path) -> None:
    result = run("check", "Ten thousand American soldiers are based in Mexico", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "FALSE" in out
    assert "There are more than 10,000 US troops deployed in Mexico." in out
    assert "https://www.northcom.mil/BorderSecurity/index.html" in out
    assert "\x1b[" not in out  # not a terminal: no colour
    assert result.stderr == b""


def test_no_match_exits_1_and_says_so(tmp_path: Path) -> None:
    result = run("check", "The Mexican peso is the strongest currency in Latin America", cwd=tmp_path)
    assert result.returncode == 1
    assert "No fact-check matches this statement" in result.stdout.decode()


def test_statements_on_stdin_give_json_lines(tmp_path: Path) -> None:
    stdin = b"Are there 10,000 US troops in Mexico?\nBananas are berries.\n"
    result = run("check", "-", stdin=stdin, cwd=tmp_path)
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["query"] for line in lines] == ["Are there 10,000 US troops in Mexico?", "Bananas are berries."]
    assert lines[0]["matches"][0]["id"] == "us-troops-in-mexico-10000"
    assert lines[1]["matches"] == []
    assert result.returncode == 0


def test_statements_piped_in_without_a_dash_are_read_as_with_one(tmp_path: Path) -> None:
    # as scan reads a piped article: "Missing argument 'STATEMENT'" was all `... | factcheck check` said
    stdin = b"Are there 10,000 US troops in Mexico?\nBananas are berries.\n"
    assert run("check", stdin=stdin, cwd=tmp_path).stdout == run("check", "-", stdin=stdin, cwd=tmp_path).stdout
    assert run("check", stdin=stdin, cwd=tmp_path).returncode == 0


def test_check_without_a_statement_and_nothing_piped_says_so(tmp_path: Path) -> None:
    # it printed nothing and exited 1, "no match", as if a statement had been checked
    result = run("check", stdin=b"", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == b"factcheck: error: no statement given, and standard input is empty\n"
    dashed = run("check", "-", stdin=b"", cwd=tmp_path)
    assert dashed.returncode == 1  # '-' asked for the lines there are: none is no match, as grep says
    # but not in silence, which read as if the statements had been checked (a failed step upstream)
    assert (dashed.stdout, dashed.stderr) == (b"", b"factcheck: <stdin>: note: is empty, no statement checked\n")


def test_json_lines_stay_one_line_for_any_line_splitter(tmp_path: Path) -> None:
    # U+2028, U+2029 and U+0085 are line breaks to str.splitlines (and to JavaScript before
    # ES2019); written raw inside a JSON string they cut one object in two for such a reader.
    statements = ["US troops\u2028in Mexico", "US troops\u2029in Mexico", "US troops\x85in Mexico"]
    result = run("check", "-", stdin="\n".join(statements).encode() + b"\n", cwd=tmp_path)
    lines = result.stdout.decode().splitlines()
    assert [json.loads(line)["query"] for line in lines] == statements


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        (b"x" * 15_000, "<stdin>:2: error: the line is 15,000 characters long"),
        (b"x" * 50_000, "<stdin>:2: error: the line is too long"),  # longer than what one read takes
        # as in a file: its column and its character in Windows-1252 ("not UTF-8 text" alone)
        (b"caf\xe9", "<stdin>:2:4: error: not UTF-8 text: byte 0xe9 is '\xe9' in Windows-1252 (Latin-1); save the"),
        # a post's "\u0000" as `jq -r .text` writes it: that post's flaw, not binary input (it ended the run)
        (b"US troops \x00 in Mexico", "<stdin>:2: error: the line holds a NUL byte"),
    ],
)
def test_a_line_that_is_no_statement_gets_its_own_error_line_and_the_rest_are_checked(
    tmp_path: Path, bad_line: bytes, reason: str
) -> None:
    stdin = b"Are there 10,000 US troops in Mexico?\n" + bad_line + b"\nThere are US troops in Mexico\n"
    result = run("check", "-", stdin=stdin, cwd=tmp_path)
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["query"] for line in lines] == [
        "Are there 10,000 US troops in Mexico?",
        None,
        "There are US troops in Mexico",
    ]
    assert lines[1]["matches"] == [] and lines[1]["error"].startswith(reason)
    assert lines[2]["matches"][0]["id"] == "there-are-us-troops-in-mexico"
    assert result.stderr.decode().startswith(f"factcheck: {reason}")
    assert result.returncode == 2  # every line answered, but one could not be read


def test_a_nul_byte_on_the_first_line_is_that_lines_flaw_as_on_any_other(tmp_path: Path) -> None:
    # it ended the whole run as "binary data, not text", where the same line second only got its error line
    stdin = b"US troops in Mexico\x00\nThere are US troops in Mexico\n"
    result = run("check", "-", stdin=stdin, cwd=tmp_path)
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["query"] for line in lines] == [None, "There are US troops in Mexico"]
    assert lines[0]["error"] == "<stdin>:1: error: the line holds a NUL byte: binary data, not a statement"
    assert lines[1]["matches"][0]["id"] == "there-are-us-troops-in-mexico"
    assert result.stderr.decode() == f"factcheck: {lines[0]['error']}\n"
    assert result.returncode == 2


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("There are US troops in México\n".encode("utf-16-le"), "<stdin>:1: error: UTF-16LE text"),
        ("There are US troops in México\n".encode("utf-16-be"), "<stdin>:1: error: UTF-16BE text"),
        # lines opening with a non-Latin character ('•', '“', '—': no NUL in its high byte) were each
        # "the line holds a NUL byte", when the run decided by the next line: the first line decides
        (
            "• Mexico sent 10,000 troops to the border\n• US troops are in Mexico\n".encode("utf-16-be"),
            "<stdin>:1: error: UTF-16BE text",
        ),
        # after a line of UTF-8 of an odd number of bytes (cat notes.txt windows.txt): read from the line's start.
        # Its first line of UTF-16LE is shaped as a post with a NUL after each letter (that line's error),
        # told from the line alone: the next one, starting with its "\n"'s NUL, ends the run
        (b"Mexico\n" + "There are US troops\n".encode("utf-16-le"), "<stdin>:3: error: UTF-16LE text"),
        # that next line read alone is shaped as UTF-16BE: it is named by the line before it
        (b"Mexico\n" + "There are\nUS troops\n".encode("utf-16-le"), "<stdin>:3: error: UTF-16LE text"),
        # UTF-16BE too is told by two lines laid out so (a post can be laid out as one: the next test)
        (b"Mexico\n" + "There are\nUS troops\n".encode("utf-16-be"), "<stdin>:3: error: UTF-16BE text"),
        # UTF-16BE with no NUL but at its spaces and line breaks (Russian: high bytes 0x04) after UTF-8 lines of
        # the same script was "the line holds a NUL byte", line after line, and never named
        (
            "Мексика отправила войска\n".encode() + "Мексика отправила войска\nВойска США\n".encode("utf-16-be"),
            "<stdin>:3: error: UTF-16BE text",
        ),
        (
            "Мексика\n".encode() + "• Mexico sent troops\n• US troops\n".encode("utf-16-be"),
            "<stdin>:3: error: UTF-16BE text",
        ),
        # UTF-16LE Russian's first line has no NUL (its break's high byte opens the next): told by its control
        # characters (0x04), it is laid out as UTF-16LE, and the next line ends the run (it did on the line after)
        ("Мексика\n".encode() + "Мексика\nВойска\nСША\n".encode("utf-16-le"), "<stdin>:3: error: UTF-16LE text"),
        # the same first: it was answered as a statement ("\x1c\x045\x04..."); now it ends the run at once
        ("Мексика\nВойска\n".encode("utf-16-le"), "<stdin>:1: error: UTF-16LE text"),
        # UTF-16LE opening with a blank line (no NUL: "\n" alone) was named UTF-16BE, with a wrong iconv command
        ("\nThere are US troops\nThere are US troops\n".encode("utf-16-le"), "<stdin>:3: error: UTF-16LE text"),
    ],
)
def test_utf16_statements_without_a_byte_order_mark_are_named_as_utf16(
    tmp_path: Path, stdin: bytes, message: str
) -> None:
    # they were "binary data, not text" (the BOM-less UTF-16 of a Windows tool): the fix is a conversion
    result = run("check", "-", stdin=stdin, cwd=tmp_path)
    assert result.returncode == 2
    encoding = message.split()[-2]
    assert result.stderr.decode().splitlines()[-1] == (
        f"factcheck: {message} without a byte-order mark; convert it to UTF-8 first (e.g. iconv -f {encoding} -t UTF-8)"
    )
    assert len(result.stdout.decode().splitlines()) == int(message.split(":")[1]) - 1


@pytest.mark.parametrize(
    ("stdin", "encoding"),
    [
        # a post with a NUL before each letter ('jq -r .text' of "\u0000U\u0000S..."), on any line: read as
        # UTF-16BE, it ended the run, every later post unanswered; its bytes are not laid out as a line of UTF-16
        (b"\x00U\x00S\x00 \x00t\x00r\x00o\x00o\x00p\x00s\n", None),
        (b"Mexico\n\x00U\x00S\x00 \x00t\x00r\x00o\x00o\x00p\x00s\n", None),
        # one line laid out as UTF-16BE after UTF-8 lines may be a post too: its error names UTF-16BE, the run goes on
        (b"Mexico\n" + "There are US troops\n".encode("utf-16-be"), "UTF-16BE"),
        (b"Mexico\nf\x00r\x00e\x00e\x00\n", "UTF-16LE"),
    ],
)
def test_a_line_of_nuls_that_may_be_a_post_is_that_lines_error_and_the_run_goes_on(
    tmp_path: Path, stdin: bytes, encoding: str | None
) -> None:
    result = run("check", "-", stdin=stdin + b"There are US troops in Mexico\n", cwd=tmp_path)
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert lines[-1]["matches"][0]["id"] == "there-are-us-troops-in-mexico"
    bad = len(stdin.split(b"\n")) - 1
    assert [line["query"] is None for line in lines] == [number == bad for number in range(1, bad + 2)]
    said = lines[bad - 1]["error"]
    if encoding is None:
        assert said == f"<stdin>:{bad}: error: the line holds a NUL byte: binary data, not a statement"
    else:
        assert said == (
            f"<stdin>:{bad}: error: the line holds NUL bytes, laid out as {encoding} text: not a statement; if the "
            f"input is {encoding}, convert it to UTF-8 first (e.g. iconv -f {encoding} -t UTF-8)"
        )
    assert result.stderr.decode() == f"factcheck: {said}\n"
    assert result.returncode == 2


def test_two_posts_in_a_row_with_a_nul_after_each_letter_are_two_errors_and_the_run_goes_on(tmp_path: Path) -> None:
    # 'jq -r .text' of "U\u0000S\u0000 ..." then "M\u0000e\u0000...": the second was read as the next line of
    # UTF-16LE text and ended the run, the posts after it unanswered; a later line of UTF-16LE opens with a NUL
    posts = [b"There are US troops in Mexico"] + [
        "".join(f"{c}\0" for c in post).encode() for post in ("US troops", "Mexico")
    ]
    result = run("check", "-", stdin=b"\n".join([*posts, b"There are US troops in Mexico\n"]), cwd=tmp_path)
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["query"] for line in lines] == [
        "There are US troops in Mexico",
        None,
        None,
        "There are US troops in Mexico",
    ]
    assert "laid out as UTF-16LE text" in lines[1]["error"]
    assert lines[2]["error"] == "<stdin>:3: error: the line holds a NUL byte: binary data, not a statement"
    assert result.returncode == 2


@pytest.mark.parametrize(
    "line",
    [
        # UTF-16LE of Serbian after a line of UTF-8, cut at the 0x0A byte inside U+040A 'Њ': what follows it had no
        # NUL and was answered as the statement "\x04#\x04..."; the high byte of such a character alone ("\x04")
        "Њујорк".encode("utf-16-le")[1:],
        b"\x04",
        b"\x07\x1a\x01US",  # more control characters than letters
    ],
)
def test_a_line_of_control_characters_is_that_lines_error_and_the_run_goes_on(tmp_path: Path, line: bytes) -> None:
    stdin = b"There are US troops in Mexico\n" + line + b"\nThere are US troops in Mexico\n"
    result = run("check", "-", stdin=stdin, cwd=tmp_path)
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["query"] is None for line in lines] == [False, True, False]
    assert lines[1]["error"].startswith("<stdin>:2: error: the line holds a control character (U+00")
    assert lines[1]["error"].endswith("): not text, not a statement")
    assert result.returncode == 2


@pytest.mark.parametrize(
    "stdin", [b"There are US troops in Mexico\r\n\x1a", b"There are US troops in Mexico\x1a", b"\x1a"]
)
def test_a_final_ctrl_z_is_the_end_of_the_statements(tmp_path: Path, stdin: bytes) -> None:
    # statements saved by an old DOS or Windows editor end in Ctrl-Z, its end-of-file mark: every statement was
    # answered, then the mark was refused as a line of its own (or with the last), and the run exited 2
    result = run("check", "-", stdin=stdin, cwd=tmp_path)
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    if stdin == b"\x1a":  # no statement at all: as an empty input
        assert lines == [] and result.returncode == 1
        return
    assert [line["query"] for line in lines] == ["There are US troops in Mexico"]
    assert lines[0]["matches"][0]["id"] == "there-are-us-troops-in-mexico"
    assert result.returncode == 0 and result.stderr == b""


@pytest.mark.parametrize("end", [b"\r", b"", b"\r\x1a"])
def test_statements_with_classic_mac_line_ends_are_answered_one_a_line(tmp_path: Path, end: bytes) -> None:
    # pbpaste of an old Mac app's text ends its lines in CR alone: the whole input was one statement, its
    # sentences checked together ('"query": "There are ...\rThe Mérida ..."'), answered as one
    stdin = (
        "There are more than 10,000 US troops deployed in Mexico.\rBananas are berries.\r\r"
        "The Mérida Initiative sent US troops to Mexico.\r\x07\x07"
    ).encode() + end
    result = run("check", "-", stdin=stdin, cwd=tmp_path)
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["query"] for line in lines] == [
        "There are more than 10,000 US troops deployed in Mexico.",
        "Bananas are berries.",
        "",
        "The Mérida Initiative sent US troops to Mexico.",
        None,
    ]
    assert [[match["id"] for match in line["matches"]][:1] for line in lines] == [
        ["us-troops-in-mexico-10000"],
        [],
        [],
        ["merida-initiative-sent-us-troops"],
        [],
    ]
    # each line numbered as its text's line ends number it: the fifth line's error names line 5
    assert lines[4]["error"] == (
        "<stdin>:5: error: the line holds a control character (U+0007): not text, not a statement"
    )
    assert result.returncode == 2


def test_a_windows_line_end_is_one_line_end(tmp_path: Path) -> None:
    # guard: a CR before a line feed ends no line of its own
    result = run("check", "-", stdin=b"Bananas are berries.\r\nThere are US troops in Mexico\r\n", cwd=tmp_path)
    queries = [json.loads(line)["query"] for line in result.stdout.decode().splitlines()]
    assert queries == ["Bananas are berries.", "There are US troops in Mexico"]


@pytest.mark.parametrize(
    ("stdin", "queries"),
    [
        (b"x\r\r\ny\r\r\nz\r\r\n", ["x", "y", "z"]),  # CR CR LF: a Windows file written twice over
        (b"A.\rB.\nC.\n\xff bad\n", ["A.\rB.", "C.", None]),  # a stray CR inside a post of an export
    ],
)
def test_a_cr_inside_a_line_a_line_feed_ends_ends_no_line(
    tmp_path: Path, stdin: bytes, queries: list[str | None]
) -> None:
    # review35b: split at every CR alone, these gave more answers than lines (6 for 3), and the bad line's
    # error named line 4 of a 3-line input: a JSON Lines consumer joins answers to posts by line number
    result = run("check", "-", stdin=stdin, cwd=tmp_path)
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["query"] for line in lines] == queries
    if queries[-1] is None:
        assert lines[-1]["error"].startswith("<stdin>:3:1: error: ")


def test_statements_too_long_to_read_with_classic_mac_line_ends_are_told_to_change_them(tmp_path: Path) -> None:
    # a line is read up to its line feed, at most a statement's length: CR-only text longer than that is one
    # line too long to read, which said nothing of the line ends
    result = run("check", "-", stdin=b"There are US troops in Mexico.\r" * 2000, cwd=tmp_path)
    assert result.stderr.decode() == (
        "factcheck: <stdin>:1: error: the line is too long; a statement is at most 10,000 characters (its lines "
        "end in a carriage return (CR) alone, as old Mac text's do: change them to line feeds first, e.g. "
        "tr '\\r' '\\n')\n"
    )
    assert result.returncode == 2


@pytest.mark.parametrize(
    "stdin",
    [
        b"There are US troops in Mexico\n\x1a\n",  # a line break after it: not the input's last byte
        b"There are US troops in Mexico\n\x1a\nThere are US troops in Mexico\n",
        b"There are US troops in Mexico\n\x1a\x1a",  # only the very last one is the mark
    ],
)
def test_a_ctrl_z_elsewhere_is_refused_and_named(tmp_path: Path, stdin: bytes) -> None:
    # "control character (U+001A)" alone named a character its writer could not see
    result = run("check", "-", stdin=stdin, cwd=tmp_path)
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["query"] is None for line in lines][:2] == [False, True]
    assert lines[1]["error"] == (
        "<stdin>:2: error: the line holds a control character (U+001A, Ctrl-Z, the end-of-file mark of old DOS and "
        "Windows editors): not text, not a statement"
    )
    assert result.returncode == 2


@pytest.mark.parametrize(
    "line",
    [
        b"\x1b[31mThere are US troops in Mexico\x1b[0m",  # a terminal's colour codes, pasted with the statement
        b"\x0cThere are US troops in Mexico",  # a page break, as pdftotext writes one
        b"There are US troops in Mexico\x07",  # a bell among many letters
    ],
)
def test_a_statement_holding_a_few_control_characters_is_answered(tmp_path: Path, line: bytes) -> None:
    # refused as "the line holds a control character" for a while (review17): a line of text may hold them
    result = run("check", "-", stdin=line + b"\n", cwd=tmp_path)
    answer = json.loads(result.stdout.decode())
    assert answer["matches"][0]["id"] == "there-are-us-troops-in-mexico"
    assert result.returncode == 0


@pytest.mark.parametrize("before", [b"", b"US troops\r\n"])
def test_a_line_with_a_control_character_and_a_windows_line_end_is_no_utf16(tmp_path: Path, before: bytes) -> None:
    # "ab\x07\r\n" was laid out as UTF-16LE (U+6261 U+0D07, its CR a high byte): the first line ended the run
    # as "UTF-16LE text without a byte-order mark", a later one was "the line holds NUL bytes" (it holds none)
    stdin = before + b"ab\x07\r\nThere are US troops in Mexico\r\n"
    result = run("check", "-", stdin=stdin, cwd=tmp_path)
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["query"] for line in lines][-2:] == [None, "There are US troops in Mexico"]  # the run goes on
    line = 2 if before else 1
    assert result.stderr.decode() == (
        f"factcheck: <stdin>:{line}: error: the line holds a control character (U+0007): not text, not a statement\n"
    )


def test_a_line_of_utf8_after_one_laid_out_as_utf16le_keeps_its_statement(tmp_path: Path) -> None:
    # it opens with the high byte of that line's break, a NUL: it was "the line holds a NUL byte", unanswered
    stdin = b"Mexico\n" + "There are US troops\n".encode("utf-16-le") + b"There are US troops in Mexico\n"
    result = run("check", "-", stdin=stdin, cwd=tmp_path)
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["query"] for line in lines] == ["Mexico", None, "There are US troops in Mexico"]
    assert lines[2]["matches"][0]["id"] == "there-are-us-troops-in-mexico"


def test_binary_stdin_is_refused_cleanly(tmp_path: Path) -> None:
    result = run("check", "-", stdin=b"\x00\x01\x02\xff\xfe", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "factcheck: <stdin>:1: error: binary data, not text"
    assert b"Traceback" not in result.stderr


def test_a_nul_byte_past_the_first_piece_of_a_long_line_is_binary_data(tmp_path: Path) -> None:
    # the rest of a too-long line was read and thrown away without a look: NULs there went unseen,
    # and /dev/zero (one endless line of NULs) kept 'check -' reading forever
    stdin = b"x" * 50_000 + b"\x00" * 50_000 + b"\nThere are US troops in Mexico\n"
    result = run("check", "-", stdin=stdin, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "factcheck: <stdin>:1: error: binary data, not text"


def test_binary_data_after_a_line_of_text_still_ends_the_run(tmp_path: Path) -> None:
    stdin = b"There are US troops in Mexico\n\x89PNG\x00\x00\xff\nThere are US troops in Mexico\n"
    result = run("check", "-", stdin=stdin, cwd=tmp_path)
    assert result.returncode == 2 and len(result.stdout.decode().splitlines()) == 1
    assert result.stderr.decode().strip() == "factcheck: <stdin>:2: error: binary data, not text"


@pytest.mark.parametrize("before", [b"", b"Mexico\n", b"Mexico\nBananas are berries.\n"])
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_statements_are_named_as_such_as_scan_names_them(tmp_path: Path, before: bytes, encoding: str) -> None:
    # they were "binary data, not text": the fix is a conversion, which scan and import say.  After lines of
    # UTF-8 (cat notes.txt windows.txt) its byte-order mark was left unread: "UTF-16LE text without a byte-order mark"
    mark = "\ufeff" if encoding == "utf-16-be" else ""
    stdin = before + f"{mark}There are US troops in Mexico\nThere are US troops in Mexico\n".encode(encoding)
    result = run("check", "-", stdin=stdin, cwd=tmp_path)
    assert result.returncode == 2
    answered = before.count(b"\n")
    assert len(result.stdout.decode().splitlines()) == answered
    assert result.stderr.decode().strip() == (
        f"factcheck: <stdin>:{answered + 1}: error: UTF-16 or UTF-32 text (what Notepad and Word call 'Unicode'); "
        "save it again with the encoding UTF-8 (Save As, Encoding: UTF-8) or convert it (e.g. with iconv)"
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_check_reading_dev_zero_stops_at_once(tmp_path: Path) -> None:
    assert FACTCHECK
    with open("/dev/zero", "rb") as zeros:
        result = subprocess.run([FACTCHECK, "check", "-"], stdin=zeros, cwd=tmp_path, capture_output=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "factcheck: <stdin>:1: error: binary data, not text"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX arguments are bytes; Windows ones are text")
@pytest.mark.parametrize("encoding", ["utf-8:strict", "utf-8:surrogateescape"])
def test_arguments_that_are_not_utf8_give_valid_json_and_never_reach_the_file(tmp_path: Path, encoding: str) -> None:
    env = {"PYTHONIOENCODING": encoding}
    name = "claims-\xff.yaml".encode("latin-1").decode("utf-8", "surrogateescape")
    (tmp_path / name).write_text('claims:\n  - id: a\n    claim: Something\n    verdict: "false"\n', encoding="utf-8")
    result = run("validate", name, "--json", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert json.loads(result.stdout.decode("utf-8"))["kb"] == "claims-\ufffd.yaml"
    # a statement is refused as 'check -' refuses such a line: matched as it was, it could miss its claim
    statement = "US troops \xff in Mexico".encode("latin-1").decode("utf-8", "surrogateescape")
    result = run("check", statement, "--json", cwd=tmp_path, env=env)
    assert result.returncode == 2 and result.stdout == b""
    assert "could not be read as text in the locale's encoding, utf-8 (byte 0xff)" in result.stderr.decode("utf-8")
    kb = tmp_path / "claims.yaml"
    kb.write_text('claims:\n  - id: a\n    claim: Something\n    verdict: "false"\n', encoding="utf-8")
    before = kb.read_bytes()
    result = run("add", "--claim", statement, "--verdict", "false", cwd=tmp_path, env=env)
    assert result.returncode == 2
    # refused at the option, as check refuses the statement: the byte and the locale's encoding named
    assert "--claim could not be read as text in the locale's encoding, utf-8 (byte 0xff)" in result.stderr.decode()
    assert b"Traceback" not in result.stderr and kb.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")
def test_output_the_terminal_cannot_encode_is_escaped_not_a_crash(tmp_path: Path) -> None:
    name = "article-\xff.txt".encode("latin-1").decode("utf-8", "surrogateescape")
    (tmp_path / name).write_text("There are more than 10,000 US troops deployed in Mexico.\n", encoding="utf-8")
    for args in (("scan", name), ("scan", name, "--format", "markdown")):
        result = run(*args, cwd=tmp_path, env={"PYTHONIOENCODING": "utf-8:strict"})
        assert result.returncode == 0, result.stderr.decode(errors="replace")
        # the name's byte as every message writes it, bash's $'article-\xff.txt' (it was Python's '\udcff'); in
        # Markdown with its backslash escaped, to be shown as one
        shown = "article-\\\\xff.txt" if "markdown" in args else "article-\\xff.txt"
        assert shown in result.stdout.decode("utf-8")
    # an ASCII-only terminal: accents are escaped, the command still works
    result = run("show", "there-are-us-troops-in-mexico", cwd=tmp_path, env={"PYTHONIOENCODING": "ascii:strict"})
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert "Ej\\xe9rcito" in result.stdout.decode("ascii")


def complete(words: str, cwd: Path, word: int = -1) -> list[str]:
    """What bash completion offers for the last word of ``words`` (or the one at index ``word``)."""
    completed = word if word >= 0 else len(words.split()) - 1
    env = {"_FACTCHECK_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(completed)}
    result = run(cwd=cwd, env=env)
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr.decode()
    return result.stdout.decode().split()


def test_shell_completion_offers_the_claim_ids_of_the_file_in_use(tmp_path: Path) -> None:
    assert complete("factcheck show us-troops-in-m", tmp_path) == ["us-troops-in-mexico-10000"]  # bundled file
    assert complete("factcheck list --tag bord", tmp_path) == ["border"]
    # a choice whose --help shows a NAME (--matcher MATCHER, --verdict VERDICT) still completes its values
    assert complete("factcheck check --matcher h", tmp_path) == ["hybrid"]
    assert complete("factcheck scan --input-format s", tmp_path) == ["subtitles"]
    assert complete("factcheck list --verdict mostly-f", tmp_path) == ["mostly-false"]
    kb = tmp_path / "mine.yaml"
    kb.write_text('claims:\n  - id: moon-cheese\n    claim: The moon is cheese\n    verdict: "false"\n')
    assert complete(f"factcheck remove --kb {kb} mo", tmp_path) == ["moon-cheese"]
    kb.write_text("claims: [oops\n")  # a broken file completes nothing, quietly
    assert complete(f"factcheck edit --kb {kb} mo", tmp_path) == []


def test_shell_completion_reads_a_kb_typed_after_the_word_completed(tmp_path: Path) -> None:
    # 'factcheck remove mo<Tab> --kb mine.yaml' offered nothing (the default file, which is not there),
    # and 'list --tag bo<Tab> --kb mine.yaml' the bundled file's tags: Click parses the words before the cursor
    kb = tmp_path / "mine.yaml"
    kb.write_text(
        'claims:\n  - id: moon-cheese\n    claim: The moon is cheese\n    verdict: "false"\n    tags: [space]\n'
    )
    assert complete(f"factcheck remove mo --kb {kb}", tmp_path, word=2) == ["moon-cheese"]
    assert complete(f"factcheck show mo --kb={kb} --json", tmp_path, word=2) == ["moon-cheese"]
    # as bash gives '--kb=mine.yaml': three words, '=' one of them (COMP_WORDBREAKS holds '=')
    assert complete(f"factcheck show mo --kb = {kb} --json", tmp_path, word=2) == ["moon-cheese"]
    assert complete(f"factcheck list --tag sp --kb {kb}", tmp_path, word=3) == ["space"]
    assert complete(f"factcheck show mo -- --kb {kb}", tmp_path, word=2) == []  # after '--', no option
    assert complete(f"factcheck show mo --kb {tmp_path}", tmp_path, word=2) == []  # a folder: nothing, quietly


def test_python_dash_m_works(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"], cwd=tmp_path, capture_output=True, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.decode().startswith("factcheck ")


def test_the_installed_command_runs_the_entry_point_of_python_dash_m() -> None:
    assert FACTCHECK and "from factcheck.__main__ import run" in Path(FACTCHECK).read_text(encoding="utf-8")


def test_without_posix_file_locks_as_on_windows_the_command_says_to_use_wsl(tmp_path: Path) -> None:
    # Windows' own Python has no fcntl: 'factcheck' ended in a traceback (ModuleNotFoundError)
    without_fcntl = "import sys; sys.modules['fcntl'] = None; from factcheck.__main__ import run; run()"
    result = subprocess.run(
        [sys.executable, "-c", without_fcntl, "list"], cwd=tmp_path, capture_output=True, timeout=60, text=True
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (
        "factcheck: error: factcheck needs POSIX file locks, which Windows itself lacks: on Windows, run it in WSL "
        "(the Windows Subsystem for Linux: 'wsl --install' in PowerShell), as README.md says\n"
    )


def test_python_factcheck_typed_in_the_factcheck_folder_says_what_to_type(tmp_path: Path) -> None:
    # 'python factcheck check "..."' in the factcheck folder ran the package's folder as a script: a traceback
    # ("ImportError: attempted relative import with no known parent package")
    import factcheck

    package = Path(factcheck.__file__).parent
    result = subprocess.run(
        [sys.executable, str(package), "check", "US troops are in Mexico"],
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
        text=True,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (
        "factcheck: error: 'python factcheck' runs factcheck's code folder as a script, which cannot work: "
        'type factcheck without python (factcheck check "..."), once installed as README.md says\n'
    )


_INTERRUPTED_WHILE_LOADING = """
import sys

class Interrupting:  # Ctrl-C while the command line's modules load
    def find_spec(self, name, path=None, target=None):
        if name == "factcheck.cli":
            raise KeyboardInterrupt
        return None

sys.meta_path.insert(0, Interrupting())
from factcheck.__main__ import run
run()
"""


def test_ctrl_c_while_the_command_loads_exits_130_without_a_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _INTERRUPTED_WHILE_LOADING], cwd=tmp_path, capture_output=True, timeout=60
    )
    assert (result.returncode, result.stderr) == (130, b"")


def test_importing_the_library_loads_only_what_is_used() -> None:
    code = (
        "import sys, factcheck; loaded = 'factcheck.matching' in sys.modules; "
        "from factcheck import find_matches, Verdict; print(loaded, find_matches.__module__, Verdict.FALSE.value)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["False", "factcheck.matching", "false"], result.stderr


def test_the_command_line_loads_the_editing_and_import_machinery_only_for_the_commands_using_it() -> None:
    # every command pays for what factcheck.cli imports: `check` need not load ruamel.yaml or the importers
    code = (
        "import sys, factcheck.cli; "
        "print(sorted(m for m in ('factcheck.editing', 'factcheck.importing', 'ruamel.yaml') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


def test_local_claims_file_wins_over_environment(tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_text(
        'claims:\n  - id: local-one\n    claim: Llamas can fly.\n    verdict: "false"\n'
    )
    other = tmp_path / "other.yaml"
    other.write_text('claims:\n  - id: env-one\n    claim: Llamas can fly.\n    verdict: "true"\n')
    result = run("list", cwd=tmp_path, env={"FACTCHECK_KB": str(other)})
    assert result.stdout.decode().split("\t")[0] == "local-one"
    result = run("list", cwd=tmp_path / "..", env={"FACTCHECK_KB": str(other)})
    assert result.stdout.decode().split("\t")[0] == "env-one"


def test_factcheck_kb_set_to_a_dash_is_refused_not_created(tmp_path: Path) -> None:
    # 'add' with FACTCHECK_KB=- wrote a claims file named '-' (found by the review helper)
    for args in (("add", "--claim", "Llamas can fly", "--verdict", "false"), ("list",)):
        result = run(*args, cwd=tmp_path, env={"FACTCHECK_KB": "-"})
        assert result.returncode == 2
        assert b"$FACTCHECK_KB is '-'" in result.stderr and b"Traceback" not in result.stderr
        assert b"(use --kb - to read one from standard input)" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("args", [("list", "--json"), ("check", "troops in Mexico"), ("--help",)])
def test_a_full_disk_on_standard_output_is_one_message_and_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    assert FACTCHECK
    environment = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_KB", "FORCE_COLOR")}
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [FACTCHECK, *args], cwd=tmp_path, env=environment, stdout=full, stderr=subprocess.PIPE, timeout=60
        )
    assert result.returncode == 2
    assert result.stderr.decode() == "factcheck: error: cannot write the output: No space left on device\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize(
    ("args", "written"),
    [
        (("add", "--claim", "Pigs can fly", "--verdict", "false"), True),
        (("add", "--claim", "Pigs can fly", "--verdict", "false", "--json"), True),
        (("edit", "moon-cheese", "--verdict", "mixed"), True),
        (("remove", "moon-cheese", "--yes"), True),
        (("import", "other.yaml"), True),
        (("add", "--claim", "Pigs can fly", "--verdict", "false", "--dry-run"), False),
        (("edit", "moon-cheese", "--verdict", "mixed", "--dry-run"), False),
        (("remove", "moon-cheese", "--yes", "--dry-run"), False),
        (("import", "other.yaml", "--dry-run"), False),
    ],
)
def test_a_full_disk_after_a_saved_change_says_the_claims_file_was_changed(
    tmp_path: Path, args: tuple[str, ...], written: bool
) -> None:
    kb = _moon_cheese_desk(tmp_path)
    before = kb.read_bytes()
    with open("/dev/full", "wb") as full:
        result = _run_redirected(args, cwd=tmp_path, stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 2
    assert (kb.read_bytes() != before) is written
    if written:  # not "cannot write the output", which reads as if nothing had happened
        expected = "the change was saved to claims.yaml; only its report cannot be written: No space left on device"
    else:
        expected = "cannot write the output: No space left on device"
    assert result.stderr.decode() == f"factcheck: error: {expected}\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_note_that_cannot_be_written_leaves_the_exit_code(tmp_path: Path) -> None:
    # 'add --tag fruits 2>/dev/full' exited 1, its claim added: the note's failed write ended the command
    assert FACTCHECK
    kb = tmp_path / "claims.yaml"
    kb.write_text('claims:\n  - id: a\n    claim: Bananas are berries\n    verdict: "true"\n    tags: [fruit]\n')
    environment = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_KB", "FORCE_COLOR")}
    args = ("add", "--claim", "Apples are red", "--verdict", "true", "--tag", "fruits")
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [FACTCHECK, *args], cwd=tmp_path, env=environment, stdout=subprocess.PIPE, stderr=full, timeout=60
        )
    assert result.returncode == 0
    assert result.stdout.decode() == "added claim 'apples-are-red' to claims.yaml\n"
    assert "fruits" in kb.read_text()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize(
    ("args", "code", "written"),
    [
        (("add", "--claim", "Pigs can fly", "--verdict", "false", "--json"), 0, True),
        (("edit", "moon-cheese", "--verdict", "mixed", "--json"), 0, True),
        (("remove", "moon-cheese", "--yes", "--json"), 0, True),
        (("import", "other.yaml", "--json"), 0, True),
        (("add", "--claim", "Pigs can fly", "--verdict", "false", "--json", "--dry-run"), 0, False),
        (("show", "no-such-claim"), 2, False),
        (("edit", "no-such-claim", "--verdict", "mixed", "--json"), 2, False),
    ],
)
def test_a_full_disk_on_standard_error_loses_the_messages_not_the_exit_code(
    tmp_path: Path, args: tuple[str, ...], code: int, written: bool
) -> None:
    # 'add --json 2>/dev/full' added the claim and wrote its JSON ("written": true), then failed to say "added
    # claim ..." on standard error, and again to say that it could not: exit 1, "no match", from a traceback
    # nobody saw. Exit 2 would say the file was left unchanged, as no message could say it was not
    kb = _moon_cheese_desk(tmp_path)
    before = kb.read_bytes()
    with open("/dev/full", "wb") as full:
        result = _run_redirected(args, cwd=tmp_path, stdout=subprocess.PIPE, stderr=full)
    assert result.returncode == code
    assert (kb.read_bytes() != before) is written
    if code != 2:
        report = json.loads(result.stdout)
        assert report.get("written", False) is written


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize(
    ("args", "written"),
    [
        (("list", "--json"), False),
        (("check", "The moon is cheese"), False),
        (("edit", "moon-cheese", "--verdict", "mixed"), True),
    ],
)
def test_a_full_disk_on_both_standard_output_and_error_is_exit_2(
    tmp_path: Path, args: tuple[str, ...], written: bool
) -> None:
    # exit 1 ("no match"), from the traceback of the message that could not say the output could not be written;
    # a change saved is saved still (no message can say so)
    kb = _moon_cheese_desk(tmp_path)
    before = kb.read_bytes()
    with open("/dev/full", "wb") as full:
        result = _run_redirected(args, cwd=tmp_path, stdout=full, stderr=full)
    assert result.returncode == 2
    assert (kb.read_bytes() != before) is written


def test_version_with_standard_output_closed_exits_quietly(tmp_path: Path) -> None:
    # `factcheck --version >&-`: Python then has no sys.stdout at all
    assert FACTCHECK
    done = subprocess.run(
        [FACTCHECK, "--version"], cwd=tmp_path, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1), timeout=60
    )
    assert b"Traceback" not in done.stderr
    assert done.returncode == 0


def _closing(*fds: int) -> Callable[[], None]:
    def close() -> None:
        for fd in fds:
            os.close(fd)

    return close


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("list",), 0),
        (("list", "--json"), 0),
        (("check", "Ten thousand American soldiers are based in Mexico"), 0),
        (("check", "Bananas are berries", "--json"), 1),
        (("show", "moon-cheese"), 0),
        (("validate",), 0),
        (("ratings",), 0),
        (("export", "--format", "csv"), 0),
    ],
)
def test_commands_with_standard_output_closed_end_without_a_traceback(
    tmp_path: Path, args: tuple[str, ...], code: int
) -> None:
    # `factcheck list >&-`: Python then has no sys.stdout; the output goes nowhere, the exit code stays right
    assert FACTCHECK
    kb = tmp_path / "claims.yaml"
    kb.write_text('claims:\n  - id: moon-cheese\n    claim: The moon is cheese\n    verdict: "false"\n')
    if args[0] == "check":
        (tmp_path / "claims.yaml").unlink()  # the bundled starter file
    done = subprocess.run([FACTCHECK, *args], cwd=tmp_path, stderr=subprocess.PIPE, preexec_fn=_closing(1), timeout=60)
    assert b"Traceback" not in done.stderr, done.stderr.decode()
    assert done.returncode == code


def test_a_change_with_standard_output_closed_is_saved_and_exits_0(tmp_path: Path) -> None:
    assert FACTCHECK
    kb = tmp_path / "claims.yaml"
    kb.write_text('claims:\n  - id: moon-cheese\n    claim: The moon is cheese\n    verdict: "false"\n')
    done = subprocess.run(
        [FACTCHECK, "add", "--claim", "Pigs can fly", "--verdict", "false"],
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        preexec_fn=_closing(1),
        timeout=60,
    )
    assert b"Traceback" not in done.stderr, done.stderr.decode()
    assert done.returncode == 0
    assert "id: pigs-can-fly" in kb.read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml"]  # no lock or temporary file left


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("check", "-"), 1, "factcheck: <stdin>: note: is empty, no statement checked\n"),
        (("scan", "-"), 2, "factcheck: <stdin>: error: is empty, nothing to scan\n"),
        (("import", "-", "--kb", "new.yaml"), 2, "factcheck: <stdin>: error: is empty, nothing to import\n"),
    ],
)
def test_reading_a_closed_standard_input_reads_nothing(
    tmp_path: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    # `factcheck scan - <&-`: no sys.stdin at all; read as empty input
    assert FACTCHECK
    done = subprocess.run([FACTCHECK, *args], cwd=tmp_path, capture_output=True, preexec_fn=_closing(0), timeout=60)
    assert done.stderr.decode() == message
    assert done.returncode == code
    assert not (tmp_path / "new.yaml").exists()


def test_an_error_with_standard_error_closed_still_exits_2(tmp_path: Path) -> None:
    assert FACTCHECK
    done = subprocess.run(
        [FACTCHECK, "show", "no-such-claim"], cwd=tmp_path, stdout=subprocess.PIPE, preexec_fn=_closing(2), timeout=60
    )
    assert done.returncode == 2
    assert done.stdout == b""


def _run_on_a_terminal(*args: str, cwd: Path, env: dict[str, str]) -> tuple[int, str]:
    """Run factcheck with its standard output on a pseudo-terminal; its exit code and what it showed."""
    assert FACTCHECK
    environment = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_KB", "FORCE_COLOR", "NO_COLOR")}
    environment.update(env)
    code, shown = run_on_a_terminal([FACTCHECK, *args], cwd=cwd, env=environment, timeout=60)
    return code, shown.decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
@pytest.mark.parametrize(
    "args", [("check", "Ten thousand American soldiers are based in Mexico"), ("show", "us-troops-in-mexico-10000")]
)
def test_a_terminal_said_to_be_0_columns_wide_still_shows_the_output(tmp_path: Path, args: tuple[str, ...]) -> None:
    # COLUMNS=0 (set where the terminal size is unknown): Rich laid everything out in no width at all,
    # so `check` printed nothing and exited 0, as if it had shown a match
    code, shown = _run_on_a_terminal(*args, cwd=tmp_path, env={"COLUMNS": "0"})
    assert code == 0
    assert "There are more than 10,000 US troops deployed in Mexico." in " ".join(shown.split())


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_the_note_on_empty_input_is_one_line_on_a_narrow_terminal(tmp_path: Path) -> None:
    # at 30 columns it was cut in three lines, as no other message of factcheck's is
    assert FACTCHECK
    environment = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_KB", "FORCE_COLOR")}
    code, shown = run_on_a_terminal(
        [FACTCHECK, "check", "-"], cwd=tmp_path, env={**environment, "COLUMNS": "30"}, timeout=60, stderr=True
    )
    assert (code, shown.replace(b"\r\n", b"\n")) == (1, b"factcheck: <stdin>: note: is empty, no statement checked\n")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
@pytest.mark.parametrize(("columns", "counts_shown"), [("40", False), ("100", True)])
def test_list_on_a_narrow_terminal_gives_the_claim_the_room(tmp_path: Path, columns: str, counts_shown: bool) -> None:
    # at 40 columns the sources and checked columns left the claim 5 characters a line
    code, shown = _run_on_a_terminal(
        "list", "--verdict", "false", cwd=tmp_path, env={"COLUMNS": columns, "NO_COLOR": "1"}
    )
    assert code == 0
    assert ("sources" in shown) is counts_shown
    assert "US soldiers coming to Mexico" in shown  # at least four words on one line


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_a_terminal_said_to_be_ten_million_columns_wide_is_laid_out_as_the_widest_one(tmp_path: Path) -> None:
    # tables are padded to the terminal's width: COLUMNS=10000000 made 'list' print 657 MB of spaces
    from factcheck.cli.output import WIDEST_TERMINAL

    env = {"COLUMNS": "10000000", "NO_COLOR": "1"}
    code, shown = _run_on_a_terminal("list", "--verdict", "false", cwd=tmp_path, env=env)
    assert code == 0 and "US soldiers coming to Mexico" in shown
    plain = re.sub(r"\x1b\[[0-9;]*m", "", shown)  # NO_COLOR keeps bold and dim
    assert max(len(line) for line in plain.splitlines()) == WIDEST_TERMINAL


@pytest.mark.skipif(sys.platform == "win32", reason="select() takes sockets only on Windows")
def test_check_dash_answers_each_statement_before_the_next_is_written(tmp_path: Path) -> None:
    # a script can keep one factcheck running (the index is built once) and ask as it goes
    assert FACTCHECK
    environment = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_KB", "FORCE_COLOR")}
    process = subprocess.Popen(
        [FACTCHECK, "check", "-", "--top", "1"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=tmp_path,
        env=environment,
    )  # fmt: skip
    assert process.stdin is not None and process.stdout is not None
    try:
        answers = []
        for statement in ("Are there 10,000 US troops in Mexico?", "Bananas are berries."):
            process.stdin.write(statement.encode() + b"\n")
            process.stdin.flush()
            # not a timing: a guard against waiting forever for an answer held back until the input ends
            ready, _, _ = select.select([process.stdout], [], [], 60)
            assert ready, f"no answer to {statement!r} while the input is still open"
            answers.append(json.loads(process.stdout.readline()))
        process.stdin.close()
        assert process.wait(timeout=60) == 0
    finally:
        process.kill()
    assert [a["query"] for a in answers] == ["Are there 10,000 US troops in Mexico?", "Bananas are berries."]
    assert answers[0]["matches"][0]["id"] == "us-troops-in-mexico-10000" and answers[1]["matches"] == []


def test_list_json_pipes_into_import_and_each_report_names_the_claims_file_kb(tmp_path: Path) -> None:
    # factcheck list --unsupported --json | factcheck import - --kb backlog.yaml --json
    listed = run("list", "--unsupported", "--json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr.decode()
    claims = json.loads(listed.stdout)
    assert claims and all(c["verdict"] == "unsupported" or "sources" not in c for c in claims)  # why each is listed
    imported = run("import", "-", "--kb", "backlog.yaml", "--json", stdin=listed.stdout, cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr.decode()
    report = json.loads(imported.stdout)
    assert (report["source"], report["kb"], report["written"]) == ("<stdin>", "backlog.yaml", True)
    assert [c["id"] for c in report["added"]] == [c["id"] for c in claims]
    assert imported.stderr.decode().startswith("added ")  # the summary line, off standard output
    checked = run("validate", "backlog.yaml", "missing.yaml", "--json", cwd=tmp_path)
    assert checked.returncode == 2  # missing.yaml cannot be read: named on stderr, the other reported
    lines = [json.loads(line) for line in checked.stdout.decode().splitlines()]
    assert [line["kb"] for line in lines] == ["backlog.yaml", "missing.yaml"]  # and in a JSON line of its own
    assert lines[1] == {"kb": "missing.yaml", "error": "no such file"}
    assert checked.stderr.decode() == "factcheck: missing.yaml: error: no such file\n"
