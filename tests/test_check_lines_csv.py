"""A plain text file of statements, one a line, answered as a spreadsheet: ``check - --format csv < statements.txt``.

The rows are those of an export's answers (``postrows``: the same columns, quoting and formula guard), one a line
and its best match (a match, with ``--top N``), ``line`` the line's number and ``id`` empty: a line has no id.  Blank
lines, lines that cannot be read, standard error and the exit code are those of plain ``check -``.  The answers of
an export as CSV stay as they were, byte for byte.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import Result

from factcheck.cli.check import answer as check_answer
from factcheck.csvclaims import spreadsheet_safe
from factcheck.lexical import LexicalMatcher
from factcheck.store import load_knowledge_base
from tests.test_check_posts_output import CSV_HEADER, TEN_THOUSAND  # the columns, an export's, in order
from tests.test_e2e import FACTCHECK

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


# -- plain lines as CSV --------------------------------------------------------------------------------------------


def _table(stdout: bytes) -> list[dict[str, str]]:
    """The rows of a CSV answer, each by its column's name (the header checked), read from the bytes written: click's
    ``Result.stdout`` makes every CRLF a LF."""
    rows = list(csv.reader(io.StringIO(stdout.decode("utf-8"), newline="")))
    assert rows[0] == CSV_HEADER
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def _as_written(cell: str) -> str:
    """A cell as it was before ``spreadsheet_safe`` gave it an apostrophe (an import's reading of the sheet)."""
    return cell[1:] if cell.startswith("'") and spreadsheet_safe(cell[1:]) == cell else cell


def _lines_check(invoke: Callable[..., Result], tmp_path: Path, *options: str) -> Result:
    """``check -`` of ``check_lines_stdin.txt`` (a header line, CRLF and CR line ends, a blank line, a byte not UTF-8,
    a formula-like line) against a copy of ``mini_claims.yaml``, the golden test's input."""
    data = (FIXTURES / "check_lines_stdin.txt").read_bytes()
    return invoke("check", "-", "--kb", str(_mini_kb(tmp_path)), *options, input=data)


def test_each_line_is_a_row_with_its_number_and_the_json_answers_best_match(
    invoke: Callable[..., Result], tmp_path: Path
) -> None:
    result = _lines_check(invoke, tmp_path, "--format", "csv")
    rows = _table(result.stdout_bytes)
    # one row a line (--top is 1 unless given), numbered as the JSON answers number them: a blank line and a line
    # that cannot be read included, so that row N of the sheet's data is line N of the file
    answers = [
        json.loads(line) for line in (FIXTURES / "check_lines_stdin.expected.jsonl").read_text("utf-8").splitlines()
    ]
    assert (
        [row["line"] for row in rows] == [str(answer["line"]) for answer in answers] == [str(n) for n in range(1, 10)]
    )
    for row, answer in zip(rows, answers, strict=True):
        best = answer["matches"][0] if answer["matches"] else None
        assert row["id"] == ""  # a line has no id: its number is "line"
        assert row["match"] == ("error" if "error" in answer else best["strength"] if best else "no match")
        assert row["rank"] == ("1" if best else "")
        assert row["claim_id"] == (best["id"] if best else "")
        assert row["verdict"] == (best["verdict"] if best else "")
        assert row["score"] == (str(best["score"]) if best else "")
        assert row["claim"] == (best["claim"] if best else "")
        assert row["source_url"] == (best["sources"][0]["url"] if best else "")
        assert _as_written(row["post"]) == (answer["query"] or "")
        assert row["error"] == answer.get("error", "")
    blank, unreadable, formula = rows[3], rows[5], rows[7]
    assert (blank["post"], blank["match"]) == ("", "no match")  # answered, as plain check - answers it
    assert unreadable["error"].startswith("<stdin>:6:1: error: not UTF-8 text: byte 0xe9") and not unreadable["post"]
    assert formula["post"] == '\'=HYPERLINK("http://x.example")'  # no spreadsheet runs it
    assert rows[1]["claim_id"] == TEN_THOUSAND and rows[1]["match"] == "match"
    # RFC 4180 as an export's answers: every cell quoted, CRLF line ends, no byte-order mark unless asked for
    assert result.stdout_bytes.startswith(b'"id","line","rank",') and result.stdout_bytes.endswith(b'"\r\n')
    assert result.stdout_bytes.count(b"\r\n") == len(rows) + 1
    # standard error and the exit code are plain check -'s (no summary: it prints none), the header line's note
    # giving its commands with --format csv, so that what it suggests writes CSV too
    plain = (FIXTURES / "check_lines_stdin.expected.stderr").read_text("utf-8")
    assert result.stderr == plain.replace("factcheck check -", "factcheck check - --format csv")
    assert result.exit_code == 2


def test_plain_check_dash_without_format_csv_is_unchanged_by_it(invoke: Callable[..., Result], tmp_path: Path) -> None:
    # the golden test's input, once as CSV and once as JSON in the same run: the JSON answers are its file's
    _lines_check(invoke, tmp_path, "--format", "csv")
    result = _lines_check(invoke, tmp_path)
    assert result.stdout.replace(json.dumps(str(tmp_path / "claims.yaml")), '"<KB>"') == (
        FIXTURES / "check_lines_stdin.expected.jsonl"
    ).read_text("utf-8")
    assert result.stderr == (FIXTURES / "check_lines_stdin.expected.stderr").read_text("utf-8")


def test_top_n_gives_a_row_a_match_ranked_and_one_row_to_a_line_nothing_matched(
    invoke: Callable[..., Result], mini_kb: Path
) -> None:
    lines = "There are 10,000 US troops in Mexico\nBananas are berries\n"
    options = ("check", "-", "--kb", str(mini_kb), "--top", "3", "--min-score", "0.1")
    rows = _table(invoke(*options, "--format", "csv", input=lines).stdout_bytes)
    first, second = (json.loads(line) for line in invoke(*options, input=lines).stdout.splitlines())
    assert len(first["matches"]) > 1 and not second["matches"]  # the test means something
    assert [(row["line"], row["rank"], row["claim_id"]) for row in rows] == [
        *(("1", str(rank), match["id"]) for rank, match in enumerate(first["matches"], start=1)),
        ("2", "", ""),
    ]
    assert rows[0]["claim_id"] == TEN_THOUSAND
    assert {row["post"] for row in rows[:-1]} == {"There are 10,000 US troops in Mexico"}  # on each of its rows
    assert [row["match"] for row in rows[1:-1]] == [match["strength"] for match in first["matches"][1:]]


def test_bom_opens_the_file_with_the_mark_excel_reads_as_utf8(invoke: Callable[..., Result], mini_kb: Path) -> None:
    lines = "Hay diez mil soldados estadounidenses en México\n"
    plain = invoke("check", "-", "--kb", str(mini_kb), "--format", "csv", input=lines)
    marked = invoke("check", "-", "--kb", str(mini_kb), "--format", "csv", "--bom", input=lines)
    assert not plain.stdout_bytes.startswith(b"\xef\xbb\xbf") and "México".encode() in plain.stdout_bytes
    assert marked.stdout_bytes == b"\xef\xbb\xbf" + plain.stdout_bytes
    assert marked.exit_code == plain.exit_code == 0


def test_what_it_writes_reads_back_as_an_export_of_the_same_statements(
    invoke: Callable[..., Result], mini_kb: Path
) -> None:
    lines = 'There are 10,000 US troops in Mexico\n=1+1, said "they"; ok\n'
    written = invoke("check", "-", "--kb", str(mini_kb), "--format", "csv", "--bom", input=lines).stdout_bytes
    again = invoke(
        "check",
        "-",
        "--kb",
        str(mini_kb),
        "--input-format",
        "csv",
        "--text-column",
        "post",
        "--id-column",
        "line",
        input=written,
    )
    answers = [json.loads(line) for line in again.stdout.splitlines()]
    assert [answer["id"] for answer in answers] == ["1", "2"]  # keyed by the lines' numbers
    assert [answer["query"] for answer in answers] == [
        "There are 10,000 US troops in Mexico",
        '\'=1+1, said "they"; ok',
    ]


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        ("There are 10,000 US troops in Mexico\nBananas are berries\n", 0),  # a line matched
        ("Bananas are berries\n\n", 1),  # none did, as grep says
        ("Bananas are berries\nUS troops\x00 in Mexico\n", 2),  # a line could not be read
    ],
)
def test_the_exit_code_is_plain_check_dashs(
    invoke: Callable[..., Result], mini_kb: Path, lines: str, code: int
) -> None:
    as_csv = invoke("check", "-", "--kb", str(mini_kb), "--format", "csv", input=lines)
    as_json = invoke("check", "-", "--kb", str(mini_kb), input=lines)
    assert as_csv.exit_code == as_json.exit_code == code
    assert as_csv.stderr == as_json.stderr
    assert len(_table(as_csv.stdout_bytes)) == len(as_json.stdout.splitlines())


def test_an_empty_input_is_a_table_of_no_row_with_plain_check_dashs_note(
    invoke: Callable[..., Result], mini_kb: Path
) -> None:
    result = invoke("check", "-", "--kb", str(mini_kb), "--format", "csv", input="")
    assert result.stdout_bytes == b'"' + '","'.join(CSV_HEADER).encode() + b'"\r\n'
    assert result.stderr == "factcheck: <stdin>: note: is empty, no statement checked\n"
    assert result.exit_code == 1
    # no STATEMENT and nothing piped: an error, and no table (an unquoted empty $VAR in a script)
    implicit = invoke("check", "--kb", str(mini_kb), "--format", "csv", input="")
    assert implicit.exit_code == 2 and implicit.stdout == ""
    assert "no statement given, and standard input is empty" in implicit.stderr


def test_statements_piped_with_no_statement_given_are_answered_as_with_dash(
    invoke: Callable[..., Result], mini_kb: Path
) -> None:
    lines = "There are 10,000 US troops in Mexico\n"
    piped = invoke("check", "--kb", str(mini_kb), "--format", "csv", input=lines)
    dashed = invoke("check", "-", "--kb", str(mini_kb), "--format", "csv", input=lines)
    assert piped.stdout_bytes == dashed.stdout_bytes and piped.exit_code == dashed.exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["check", "US troops", "--format", "csv"],
            "Invalid value for '--format': csv is for statements read from standard input: give STATEMENT '-' "
            "(one statement a line, or an export of posts with --input-format csv, tsv or jsonl)",
        ),
        (
            ["check", "US troops", "--bom"],
            "Invalid value for '--bom': it is for --format csv only (check -'s answers; this prints text)",
        ),
        (["check", "-", "--bom"], "Invalid value for '--bom': it is for --format csv only (JSON is read as UTF-8"),
        (["check", "-", "--format", "csv", "--json"], "--json and --format csv cannot"),
        (["check", "-", "--format", "text"], "Invalid value for '--format': text is for one STATEMENT: check - "),
    ],
)
def test_csv_is_for_the_statements_of_standard_input(
    invoke: Callable[..., Result], args: list[str], message: str
) -> None:
    result = invoke(*args, input="US troops\n")
    assert result.exit_code == 2 and result.stdout == "" and message in result.stderr


def test_the_installed_command_writes_the_sheet_a_moderator_redirects_to_a_file(tmp_path: Path) -> None:
    # factcheck check - --format csv < statements.txt > answers.csv, as typed in a shell: real files, a real process
    statements = tmp_path / "statements.txt"
    statements.write_bytes(b"There are 10,000 US troops in Mexico\r\n\n@everyone Bananas are berries\n")
    answers = tmp_path / "answers.csv"
    assert FACTCHECK, "the factcheck command is not installed in this environment"
    environment = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_KB", "FORCE_COLOR")}
    with statements.open("rb") as given, answers.open("wb") as written:
        process = subprocess.run(
            [FACTCHECK, "check", "-", "--format", "csv", "--bom"],
            stdin=given,
            stdout=written,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
            env=environment,
            timeout=60,
        )
    assert process.returncode == 0, process.stderr.decode()
    assert process.stderr == b""
    data = answers.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = _table(data[3:])
    assert [(row["line"], row["match"], row["claim_id"]) for row in rows] == [
        ("1", "match", TEN_THOUSAND),
        ("2", "no match", ""),
        ("3", "no match", ""),
    ]
    assert rows[2]["post"] == "'@everyone Bananas are berries"


# -- every line its rows: a property -------------------------------------------------------------------------------

#: words of the claims, so that some generated lines match; characters a spreadsheet or the csv module could trip
#: on (quotes, delimiters, formula starts, a tab, a page break, a line separator, accents, emoji)
_WORDS = st.sampled_from(
    ["There", "are", "10,000", "US", "troops", "in", "Mexico", "Senate", "drones", "foreign", "approval", "bananas"]
)
_TEXT = st.text(alphabet=st.sampled_from(list("ab Zé😡,;\"'=+-@\t\x0c\u2028|!?.0")), max_size=30)
_LINE = st.one_of(
    st.lists(_WORDS, max_size=9).map(" ".join),
    _TEXT,
    st.tuples(st.sampled_from(["=", "+", "-", "@", " =", "'=", "\t"]), _TEXT).map("".join),
)
#: lines that cannot be a statement: not UTF-8, too long
_UNREADABLE = st.sampled_from([b"caf\xe9 au lait", b"x" * 10_001])


@functools.cache
def _mini_matcher() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(FIXTURES / "mini_claims.yaml").claims, use_cache=False)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=st.lists(st.one_of(_LINE, _UNREADABLE), max_size=6),
    top=st.integers(min_value=1, max_value=3),
    line_end=st.sampled_from([b"\n", b"\r\n"]),
)
def test_every_line_gives_its_rows_and_the_csv_reads_back_to_the_same_statements(
    invoke: Callable[..., Result], mini_kb: Path, lines: list[str | bytes], top: int, line_end: bytes
) -> None:
    data = b"".join((line.encode() if isinstance(line, str) else line) + line_end for line in lines)
    result = invoke(
        "check", "-", "--kb", str(mini_kb), "--format", "csv", "--top", str(top), "--min-score", "0.1", input=data
    )
    rows = _table(result.stdout_bytes)
    expected: list[tuple[str, str, str, str]] = []  # line, rank, claim, post: from answer() itself, not the output
    for number, line in enumerate(lines, start=1):
        if isinstance(line, bytes):
            expected.append((str(number), "", "", ""))
            continue
        matches = check_answer(_mini_matcher(), line, top, 0.1).matches
        expected += [(str(number), str(rank), m.claim.id, line) for rank, m in enumerate(matches, start=1)] or [
            (str(number), "", "", line)
        ]
    assert [(row["line"], row["rank"], row["claim_id"], _as_written(row["post"])) for row in rows] == expected
    assert [row["match"] == "error" for row in rows] == [row["error"] != "" for row in rows]
    assert all(row["id"] == "" for row in rows)
    unreadable = any(isinstance(line, bytes) for line in lines)
    assert result.exit_code == (2 if unreadable else 0 if any(row["rank"] for row in rows) else 1)


def test_the_commands_page_shows_what_the_command_writes(invoke: Callable[..., Result]) -> None:
    # docs/commands.md's example, against the starter claims file (the default in an empty folder)
    page = (FIXTURES.parent.parent / "docs" / "commands.md").read_text(encoding="utf-8")
    example = page.split("factcheck check - --format csv < statements.txt > answers.csv\n```\n", 1)[1]
    shown = example.split("```text\n", 1)[1].split("```", 1)[0]
    statements = 'Are there 10,000 US troops in Mexico?\n\nBananas are berries.\n=HYPERLINK("http://x.example")\n'
    result = invoke("check", "-", "--format", "csv", input=statements)
    assert result.stdout_bytes.decode("utf-8").replace("\r\n", "\n") == shown
    assert result.exit_code == 0 and result.stderr == ""


def test_the_differences_cell_of_a_line_speaks_of_the_statement_as_the_terminal_does(
    invoke: Callable[..., Result], mini_kb: Path
) -> None:
    # a line is a statement the user typed, not a platform's post: its cell words the difference as `check` does
    # on the terminal ("your statement says ..."), while an export's answers keep "the post says ..."
    line = "There are 10,000 Guatemalan troops in Mexico\n"
    rows = _table(
        invoke("check", "-", "--kb", str(mini_kb), "--format", "csv", "--min-score", "0.1", input=line).stdout_bytes
    )
    terminal = invoke("check", line.strip(), "--kb", str(mini_kb), "--min-score", "0.1").stdout
    assert rows[0]["differences"].startswith("your statement says")  # the test means something: a difference
    assert rows[0]["differences"].split(":")[0] in " ".join(terminal.split())
    export = f'id,text\n1,"{line.strip()}"\n'
    posts = _table(
        invoke(
            "check",
            "-",
            "--kb",
            str(mini_kb),
            "--input-format",
            "csv",
            "--format",
            "csv",
            "--min-score",
            "0.1",
            input=export,
        ).stdout_bytes
    )
    assert posts[0]["differences"].startswith("the post says")
