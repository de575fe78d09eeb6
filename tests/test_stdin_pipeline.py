"""``check -`` in a shell pipeline over a stream of posts: ``producer | factcheck check - | jq ...``.

What a pipeline needs of it, run as the installed command in a subprocess: each answer written as
soon as its line is read (``tail -f posts.txt | factcheck check -``), and a reader going away,
on standard output or on standard error, handled without a traceback or lost results.  Timeouts
here are safety nets against a hang, never measures of speed.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_e2e import FACTCHECK

pytestmark = pytest.mark.e2e

MATCHING_POST = b"US troops in Mexico\n"
#: how long a test waits for an answer before calling it a hang (a slow, shared machine included)
HANG = 60.0


def _environment(tmp_path: Path) -> dict[str, str]:
    # PYTHONUNBUFFERED would hide a missing flush: a user's shell seldom sets it
    unset = ("FACTCHECK_KB", "FORCE_COLOR", "PYTHONUNBUFFERED")
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    environment["FACTCHECK_CACHE_DIR"] = str(tmp_path / "cache")
    return environment


def _read_line(stream: int, timeout: float) -> bytes:
    """One line from the descriptor ``stream``, read byte by byte; what came before the timeout if none."""
    line = b""
    while not line.endswith(b"\n"):
        ready, _, _ = select.select([stream], [], [], timeout)
        if not ready:
            break
        byte = os.read(stream, 1)
        if not byte:
            break
        line += byte
    return line


def _answers_one_at_a_time(tmp_path: Path, posts: list[bytes], *, exit_code: int) -> list[bytes]:
    """``check -``'s answer to each post, each read before the next post is written (as a producer
    that waits for each answer does), and the run's exit code checked; HANG only as a safety net."""
    assert FACTCHECK
    process = subprocess.Popen(
        [FACTCHECK, "check", "-", "--top", "1"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=_environment(tmp_path),
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        answers = []
        for post in posts:
            process.stdin.write(post)
            process.stdin.flush()
            answers.append(_read_line(process.stdout.fileno(), HANG))
        process.stdin.close()
        assert process.wait(timeout=HANG) == exit_code
    finally:
        process.kill()
        process.wait()
    return answers


def test_each_line_is_answered_while_the_producer_is_still_writing(tmp_path: Path) -> None:
    # `tail -f posts.txt | factcheck check -`: standard input stays open, and the first answer must
    # come out before it ends (not held in a buffer until end of input or a full block)
    answers = _answers_one_at_a_time(tmp_path, [MATCHING_POST, b"Bananas are berries.\n"], exit_code=0)
    assert [json.loads(answer)["query"] for answer in answers] == ["US troops in Mexico", "Bananas are berries."]


def test_a_reader_of_the_messages_going_away_loses_the_messages_not_the_results(tmp_path: Path) -> None:
    # `factcheck check - < posts 2>&1 >results.jsonl | head -1`: standard error's reader is gone at the
    # first message.  check stopped there, with exit 0 ("a match") and no results at all.
    error_reader, error_writer = os.pipe()
    os.close(error_reader)  # every write to standard error now fails: EPIPE
    posts = b"\xff not UTF-8\n" * 3 + MATCHING_POST
    assert FACTCHECK
    try:
        result = subprocess.run(
            [FACTCHECK, "check", "-", "--top", "1"],
            input=posts,
            stdout=subprocess.PIPE,
            stderr=error_writer,
            cwd=tmp_path,
            env=_environment(tmp_path),
            timeout=HANG,
        )
    finally:
        os.close(error_writer)
    answers = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [answer.get("error", "")[:10] for answer in answers] == ["<stdin>:1:", "<stdin>:2:", "<stdin>:3:", ""]
    assert answers[3]["matches"][0]["id"] == "there-are-us-troops-in-mexico"
    assert result.returncode == 2  # lines could not be read: said by the exit code, as without the reader gone


def test_a_reader_of_the_results_going_away_ends_the_run_quietly(tmp_path: Path) -> None:
    # `factcheck check - < posts | head -1`: no traceback, and exit 0, as docs/scripting.md says of every command
    output_reader, output_writer = os.pipe()
    assert FACTCHECK
    process = subprocess.Popen(
        [FACTCHECK, "check", "-", "--top", "1"],
        stdin=subprocess.PIPE,
        stdout=output_writer,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=_environment(tmp_path),
    )
    os.close(output_writer)
    assert process.stdin is not None and process.stderr is not None
    try:
        process.stdin.write(MATCHING_POST)
        process.stdin.flush()
        assert json.loads(_read_line(output_reader, HANG))["query"] == "US troops in Mexico"
        os.close(output_reader)  # what `head -1` does after its line
        process.stdin.write(MATCHING_POST * 3)
        process.stdin.close()
        assert process.wait(timeout=HANG) == 0
        assert process.stderr.read() == b""
    finally:
        process.kill()
        process.wait()


#: a claims file with an error (an unquoted verdict) on each of its many claims: its report is long
#: enough that a reader gone at the start (``| head -1``) breaks the pipe while it is printed
_BROKEN_CLAIMS = "claims:\n" + "".join(f"  - id: c{i}\n    claim: Claim {i}.\n    verdict: false\n" for i in range(300))
_VALID_CLAIMS = 'claims:\n  - id: a\n    claim: The sky is green.\n    verdict: "false"\n'


@pytest.mark.parametrize(
    ("files", "json_output", "exit_code"),
    [
        (["broken.yaml"], False, 1),
        (["broken.yaml"], True, 1),
        (["valid.yaml", "broken.yaml"], False, 1),  # the file after the one whose report broke is still checked
        (["valid.yaml"], False, 0),  # no error: still 0, as before
    ],
)
def test_validate_with_its_reader_gone_still_exits_with_what_it_found(
    tmp_path: Path, files: list[str], json_output: bool, exit_code: int
) -> None:
    # `factcheck validate claims.yaml | head -20` in CI, under `set -o pipefail`: the reader going away
    # ended the run with exit 0, and the job passed a file full of errors
    (tmp_path / "broken.yaml").write_text(_BROKEN_CLAIMS, encoding="utf-8")
    (tmp_path / "valid.yaml").write_text(_VALID_CLAIMS, encoding="utf-8")
    assert FACTCHECK
    result = _run_with_the_reader_gone([FACTCHECK, "validate", *files, *(["--json"] if json_output else [])], tmp_path)
    assert (result.returncode, result.stderr.decode()) == (exit_code, "")


@pytest.mark.parametrize("files", [["missing.yaml", "valid.yaml"], ["folder", "valid.yaml"]])
def test_validate_json_with_its_reader_gone_still_exits_2_for_a_file_it_cannot_read(
    tmp_path: Path, files: list[str]
) -> None:
    # `factcheck validate --json missing.yaml a.yaml | head -1`: the line naming the missing file met the reader
    # gone, and the commands' handler ended the run with exit 0 (exit 2 before the line was printed)
    (tmp_path / "valid.yaml").write_text(_VALID_CLAIMS, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    assert FACTCHECK
    result = _run_with_the_reader_gone([FACTCHECK, "validate", "--json", *files], tmp_path)
    assert result.returncode == 2
    assert files[0] in result.stderr.decode()


@pytest.mark.parametrize(
    ("files", "output", "exit_code"),
    [
        (["article.txt", "missing.txt", "article.txt"], "--json", 2),  # the error object meets the reader gone
        (["missing.txt", "article.txt"], "--json", 2),
        (["article.txt", "missing.txt"], "--json", 2),  # the first report meets it, and the run goes on
        (["article.txt", "missing.txt"], "--format=text", 2),
        (["article.txt", "article.txt"], "--json", 0),  # what it found: a claim with a fact-check
        (["unmatched.txt", "unmatched.txt"], "--json", 1),  # none, whether or not the reader is there
    ],
)
def test_scan_with_its_reader_gone_still_exits_with_what_it_found(
    tmp_path: Path, files: list[str], output: str, exit_code: int
) -> None:
    # `factcheck scan --json a.txt missing.txt | head -1`: the reader going away ended the run with exit 0, or
    # not, as the report had fitted in the pipe's buffer or not
    (tmp_path / "article.txt").write_text("US troops are in Mexico.\n" * 200, encoding="utf-8")
    (tmp_path / "unmatched.txt").write_text(
        "The bakery on Elm Street sold 40 pies on Tuesday.\n" * 200, encoding="utf-8"
    )
    assert FACTCHECK
    result = _run_with_the_reader_gone([FACTCHECK, "scan", *files, output], tmp_path)
    missing = "factcheck: missing.txt: error: no such file\n" if "missing.txt" in files else ""
    assert (result.returncode, result.stderr.decode()) == (exit_code, missing)


def _run_with_the_reader_gone(
    command: list[str], tmp_path: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run ``command`` with its standard output a pipe whose reader is gone before the first line:
    every write to it fails (EPIPE), as when ``| head`` has ended."""
    output_reader, output_writer = os.pipe()
    os.close(output_reader)
    try:
        return subprocess.run(
            command,
            input=stdin,
            stdout=output_writer,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
            env=_environment(tmp_path),
            timeout=HANG,
        )
    finally:
        os.close(output_writer)


#: the state a Ctrl-C in a pipeline can leave: an answer written but not yet flushed when the
#: signal came, and the reader (jq, which the same Ctrl-C ended) gone
_INTERRUPTED_BEFORE_A_FLUSH = """
import sys
import factcheck.cli.check

def print_json(data, *, lines=False):
    sys.stdout.write("{}\\n")
    raise KeyboardInterrupt

factcheck.cli.check.print_json = print_json
sys.argv = ["factcheck", "check", "-"]
from factcheck.__main__ import run
run()
"""


def test_ctrl_c_with_an_answer_unflushed_and_the_reader_gone_exits_130_without_a_traceback(tmp_path: Path) -> None:
    result = _run_with_the_reader_gone([sys.executable, "-c", _INTERRUPTED_BEFORE_A_FLUSH], tmp_path, MATCHING_POST)
    assert (result.returncode, result.stderr.decode()) == (130, "")


#: Ctrl-C (a script's SIGINT to end the run) coming just after a write to standard output: Python runs the
#: signal's handler between two calls, so it may come between an answer and its line break if they are two writes
_INTERRUPTED_AFTER_A_WRITE = """
import sys

class Interrupted:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        self.stream.write(text)
        raise KeyboardInterrupt

    def __getattr__(self, name):
        return getattr(self.stream, name)

sys.stdout = Interrupted(sys.stdout)
sys.argv = ["factcheck", "check", "-", "--top", "1"]
from factcheck.__main__ import run
run()
"""


def test_ctrl_c_after_a_write_leaves_whole_lines(tmp_path: Path) -> None:
    # the answer was written, then its "\n": interrupted between the two, the output ended in a line without
    # its break, which `while read line` drops and `wc -l` does not count (2 of 8 runs of SIGINT after 2-4 s)
    result = subprocess.run(
        [sys.executable, "-c", _INTERRUPTED_AFTER_A_WRITE],
        input=MATCHING_POST * 3,
        capture_output=True,
        cwd=tmp_path,
        env=_environment(tmp_path),
        timeout=HANG,
    )
    assert (result.returncode, result.stderr.decode()) == (130, "")
    assert result.stdout.endswith(b"\n") and result.stdout.count(b"\n") == 1
    assert json.loads(result.stdout)["query"] == "US troops in Mexico"


#: the error of a post laid out as a line of UTF-16LE, which it may be: both readings named
LAID_OUT_AS_UTF16LE = (
    "<stdin>:2: error: the line holds NUL bytes, laid out as UTF-16LE text: not a statement; if the input is "
    "UTF-16LE, convert it to UTF-8 first (e.g. iconv -f UTF-16LE -t UTF-8)"
)


def test_a_post_with_a_nul_after_each_letter_gets_its_error_line_and_the_stream_goes_on(tmp_path: Path) -> None:
    # `jq -r .text` writes a post "f\u0000r\u0000e\u0000e\u0000" as UTF-8 with a NUL after each letter,
    # the shape of a line of UTF-16LE: it ended the run ("UTF-16LE text"), every later post unanswered
    crafted = "".join(f"{letter}\x00" for letter in "free money").encode()
    posts = MATCHING_POST + crafted + b"\n" + MATCHING_POST
    assert FACTCHECK
    result = subprocess.run(
        [FACTCHECK, "check", "-", "--top", "1"],
        input=posts,
        capture_output=True,
        cwd=tmp_path,
        env=_environment(tmp_path),
        timeout=HANG,
    )
    answers = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [answer["query"] for answer in answers] == ["US troops in Mexico", None, "US troops in Mexico"]
    assert answers[1]["error"] == LAID_OUT_AS_UTF16LE
    assert answers[2]["matches"][0]["id"] == "there-are-us-troops-in-mexico"
    assert result.returncode == 2


def test_a_post_with_a_nul_after_each_letter_is_answered_before_the_next_post_is_written(tmp_path: Path) -> None:
    # whether such a line was one post's NULs or UTF-16 text was decided by a look at the next byte,
    # which waits on a pipe: a producer writing one post and waiting for its answer waited for ever
    crafted = "".join(f"{letter}\x00" for letter in "free money").encode() + b"\n"
    answers = _answers_one_at_a_time(tmp_path, [MATCHING_POST, crafted, MATCHING_POST], exit_code=2)
    assert [json.loads(answer)["query"] for answer in answers] == [
        "US troops in Mexico",
        None,
        "US troops in Mexico",
    ]
    assert json.loads(answers[1])["error"] == LAID_OUT_AS_UTF16LE


@pytest.mark.parametrize("command", [["check", "-"], ["scan", "-"], ["validate", "-"], ["ratings", "-"]])
def test_standard_input_open_for_writing_only_is_refused_in_one_line(tmp_path: Path, command: list[str]) -> None:
    # `factcheck check - 0>>log`: reading standard input raised EBADF, a traceback and exit 1 ("no match").
    # (`< somedir` never reaches factcheck: Python stops before any of its code runs, as docs/scripting.md says.)
    assert FACTCHECK
    with (tmp_path / "log").open("ab") as write_only:
        result = subprocess.run(
            [FACTCHECK, *command],
            stdin=write_only,
            capture_output=True,
            cwd=tmp_path,
            env=_environment(tmp_path),
            timeout=HANG,
        )
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode() == "factcheck: <stdin>: error: cannot be read: it is open for writing only\n"
