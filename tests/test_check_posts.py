"""``check - --input-format csv|tsv|jsonl``: a moderator's export of flagged posts, one answer a post.

The export is a platform's (id, author, created_at, text, url), with line breaks, quotes, emoji, HTML
character references and empty posts in it; each answer keeps its post's id and the line the post starts on,
a post nothing matches gets its answer too, a row that cannot be read gets an error naming its line (and the
rows after it are checked), and a summary counts the posts by verdict on standard error.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from factcheck.errors import InputError
from factcheck.posts import MAX_RECORD_CHARS, PostFormat, read_posts

EXPORT_CSV = (
    "\ufeffid,author,created_at,text,url\r\n"
    '901,@border_watch,2026-12-06T08:00:00Z,"There are 10,000 US troops\r\nin Mexico!! 😡",https://x.example/901\r\n'
    "902,@juanita_22,2026-12-06T08:01:00Z,,https://x.example/902\r\n"
    "\r\n"
    "903,@tacos,2026-12-06T08:02:00Z,Bananas are berries,https://x.example/903\r\n"
    "904,@news,2026-12-06T08:03:00Z,Mexico&#39;s Senate approved 10 US soldiers,https://x.example/904\r\n"
)


def _answers(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def _posts(data: str, post_format: PostFormat = PostFormat.CSV, **columns: str) -> list[tuple[int, Any, Any]]:
    """(line, id, text or the error's message) of each post ``read_posts`` reads from ``data``."""
    stream = io.BytesIO(data.encode("utf-8"))
    return [
        (post.line, post.id, post.text if post.error is None else str(post.error))
        for post in read_posts(stream.readline, post_format, **columns)
    ]


def test_each_post_of_a_csv_export_is_answered_once_with_its_id_and_its_line(invoke: Callable[..., Result]) -> None:
    result = invoke("check", "-", "--input-format", "csv", "--top", "1", input=EXPORT_CSV.encode("utf-8"))
    answers = _answers(result)
    # one answer a post, in order: the post with a line break is one answer, the blank row none
    assert [(a["line"], a["id"]) for a in answers] == [(2, "901"), (4, "902"), (6, "903"), (7, "904")]
    assert answers[0]["query"] == "There are 10,000 US troops\r\nin Mexico!! 😡"
    assert answers[0]["matches"][0]["id"] == "us-troops-in-mexico-10000"
    # an empty post and an unmatched one are answered, with nothing matched
    assert answers[1]["query"] == "" and answers[1]["matches"] == []
    assert answers[2]["matches"] == []
    # the HTML character reference read as the apostrophe it stands for
    assert answers[3]["query"] == "Mexico's Senate approved 10 US soldiers"
    assert answers[3]["matches"][0]["id"] == "feb-2025-senate-approves-10-us-special-forces-trainers"
    assert result.exit_code == 0
    assert result.stderr == (
        "factcheck: <stdin>: 4 posts: 2 matched (false 1, true 1; 1 possible match), 2 not matched, 0 unreadable\n"
    )


def test_a_jsonl_export_is_read_by_its_keys_its_ids_as_they_are_but_too_big_ones(invoke: Callable[..., Result]) -> None:
    export = (
        '{"post_id": 17900000000000000001, "text": "Hay diez mil soldados estadounidenses en México"}\n'
        "\n"
        '{"post_id": "a-2", "text": null}\n'
        '{"post_id": 3, "data": {"text": "no text key at the top"}}\n'
    )
    result = invoke("check", "-", "--input-format", "jsonl", "--top", "1", input=export)
    answers = _answers(result)
    # an id beyond 2**53 is text: jq 1.6, JavaScript and Excel round it as a number (17900000000000000000)
    assert [(a["line"], a["id"]) for a in answers] == [(1, "17900000000000000001"), (3, "a-2"), (4, 3)]
    assert answers[0]["matches"][0]["id"] == "us-troops-in-mexico-10000"
    assert answers[1]["query"] == "" and answers[1]["matches"] == []
    assert answers[2]["query"] is None and answers[2]["error"].startswith("<stdin>:4: error: the object has no key")
    assert result.exit_code == 2
    nested = invoke("check", "-", "--input-format", "jsonl", "--text-column", "data.text", input=export.splitlines()[3])
    assert _answers(nested)[0]["query"] == "no text key at the top"


def test_a_bad_row_is_named_by_its_line_and_the_rows_after_it_are_checked(invoke: Callable[..., Result]) -> None:
    export = (
        "id,text\n"
        '1,"a quote opened and never closed\n'
        "2,There are US troops in Mexico\n"
        "3,one,cell too many\n"
        "4\n"
        "5,Are there 10000 US troops in Mexico?\n"
    )
    result = invoke("check", "-", "--input-format", "csv", "--top", "1", input=export)
    answers = _answers(result)
    assert [(a["line"], a["id"], a["query"] is None) for a in answers] == [
        (2, None, True),
        (3, "2", False),
        (4, "3", False),  # a cell too many: a post holding a comma not in quotes, read so with a note
        (5, "4", True),
        (6, "5", False),
    ]
    assert answers[0]["error"] == (
        "<stdin>:2: error: not a row of the table: a quote opened and not closed before the end of the input"
    )
    assert answers[2]["query"] == "one,cell too many"
    assert answers[3]["error"] == "<stdin>:5: error: the row has 1 cell where the header names 2"
    assert answers[4]["matches"][0]["id"] == "us-troops-in-mexico-10000"
    assert result.exit_code == 2
    assert result.stderr.splitlines()[:3] == [
        f"factcheck: {answers[0]['error']}",
        "factcheck: <stdin>:4: note: the row has 3 cells where the header names 2: read as a post holding 1 comma not "
        "in quotes ('one,cell too many'); if another cell holds it, put that cell in quotes",
        f"factcheck: {answers[3]['error']}",
    ]
    assert (
        result.stderr.splitlines()[-1]
        == "factcheck: <stdin>: 5 posts: 2 matched (false 1, misleading 1), 1 not matched, 2 unreadable"
    )


def test_an_unclosed_quote_in_a_long_export_loses_its_own_row_only() -> None:
    rows = [f"{n},post number {n}\n" for n in range(1, 8001)]
    rows[9] = '10,"a quote never closed\n'
    posts = _posts("id,text\n" + "".join(rows))
    assert len(posts) == 8000
    assert posts[9] == (
        11,
        None,
        # under MAX_RECORD_CHARS to the input's end (tests/test_check_posts_big_records.py: cut at that limit)
        "<stdin>:11: error: not a row of the table: a quote opened and not closed before the end of the input",
    )
    assert len("".join(rows)) < MAX_RECORD_CHARS
    assert posts[10] == (12, "11", "post number 11") and posts[-1] == (8001, "8000", "post number 8000")


def test_the_columns_are_found_by_name_in_any_case_or_as_given() -> None:
    assert _posts("Tweet_ID\tFull_Text\tText\n7\tthe whole post\tthe whole…\n", PostFormat.TSV) == [
        (2, "7", "the whole post")
    ]
    assert _posts("ref,body,comment\nA,b,c\n", text_column="comment", id_column="ref") == [(2, "A", "c")]
    # a delimiter ending every row is no cell
    assert _posts("id,text\n1,hello,\n") == [(2, "1", "hello")]
    with pytest.raises(
        InputError, match=r"^<stdin>:1: error: the header names no column of posts \('a', 'b'\); say which"
    ):
        _posts("a,b\n1,2\n")
    with pytest.raises(InputError, match=r"^<stdin>:1: error: the header names no column 'comment' \('id', 'text'\)$"):
        _posts("id,text\n1,2\n", text_column="comment")


def test_a_missing_column_ends_the_run_with_one_message(invoke: Callable[..., Result]) -> None:
    result = invoke("check", "-", "--input-format", "csv", input="author,url\n@a,https://x.example\n")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        "factcheck: <stdin>:1: error: the header names no column of posts ('author', 'url'); "
        "say which with --text-column NAME\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "US troops", "--input-format", "csv"], "Invalid value for '--input-format': reads posts from"),
        (["check", "-", "--text-column", "body"], "Invalid value for '--text-column': is for an export of posts"),
    ],
)
def test_the_export_options_go_with_standard_input_and_each_other(
    invoke: Callable[..., Result], args: list[str], message: str
) -> None:
    result = invoke(*args, input="")
    assert result.exit_code == 2 and message in result.stderr


def test_html_character_references_are_read_with_their_semicolon_only_as_imported_texts_are() -> None:
    assert _posts("id,text\n1,AT&T &amp; R&parallel &gt;10 &#x1F600;\n2,no reference\n") == [
        (2, "1", "AT&T & R&parallel >10 😀"),
        (3, "2", "no reference"),
    ]
    # a reference to a bidi override or a zero-width space is nothing a reader sees (claimreview.decoded), a
    # line break's a line break; escaped twice ("&amp;#39;", a platform's export of an API's text) read twice
    assert _posts("id,text\n1,x&#x202E;y&#8203;z &#10;w &amp;#39;\n") == [(2, "1", "xyz \nw '")]


def test_the_commands_page_shows_what_check_prints_for_its_export(invoke: Callable[..., Result]) -> None:
    export = (Path(__file__).parent / "fixtures" / "posts_export.csv").read_bytes()
    result = invoke("check", "-", "--input-format", "csv", "--top", "1", input=export)
    rows = []
    for answer in _answers(result):  # as the page's jq line writes each answer
        best = answer["matches"][0] if answer["matches"] else {}
        verdict = best.get("verdict") or ("error" if answer.get("error") else "no match")
        cells = [str(answer["line"]), answer["id"], verdict, best.get("id", ""), str(best.get("score", ""))]
        rows.append("\t".join(cells).rstrip("\t"))  # the page trims the empty cells of a row with no match
    page = (Path(__file__).parent.parent / "docs" / "commands.md").read_text(encoding="utf-8")
    shown = page.split("as\n`posts.csv`, a tab-separated row a post", 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    assert shown.splitlines() == rows + result.stderr.splitlines()
    assert result.exit_code == 0


def test_the_header_note_of_a_piped_export_names_the_option_that_reads_it(invoke: Callable[..., Result]) -> None:
    for header, option in (("id,text", "--input-format csv < FILE.csv"), ("id\ttext", "--input-format tsv < FILE.tsv")):
        result = invoke("check", "-", input=f"{header}\n1\tUS troops in Mexico\n")
        assert f"factcheck check - {option}; or give the posts alone" in result.stderr
    # an export split by semicolons is read by --input-format csv (its header says so)
    semicolons = invoke("check", "-", input="id;text\n1;US troops\n").stderr
    assert "factcheck check - --input-format csv < FILE.csv; or give the posts alone" in semicolons


def _bytes_posts(data: bytes, post_format: PostFormat = PostFormat.CSV, **columns: str) -> list[tuple[int, Any, Any]]:
    """``_posts`` of bytes as a file holds them (another encoding, binary data)."""
    stream = io.BytesIO(data)
    return [
        (post.line, post.id, post.text if post.error is None else str(post.error))
        for post in read_posts(stream.readline, post_format, **columns)
    ]


@pytest.mark.parametrize("post_format", [PostFormat.CSV, PostFormat.TSV, PostFormat.JSONL])
def test_utf16_text_ends_the_run_with_the_message_check_gives_for_it(post_format: PostFormat) -> None:
    # Excel's "Unicode text" is UTF-16 with a byte-order mark; iconv -t UTF-16LE writes none
    text = "id\ttext\r\n1\tThere are 10,000 US troops in Mexico\r\n"
    with pytest.raises(InputError, match=r"^<stdin>:1: error: UTF-16 or UTF-32 text \(what Notepad and Word call"):
        _bytes_posts(text.encode("utf-16"), post_format)
    with pytest.raises(InputError, match=r"^<stdin>:1: error: UTF-16LE text without a byte-order mark; convert it"):
        _bytes_posts(text.encode("utf-16-le"), post_format)


def test_a_spreadsheet_or_binary_data_ends_the_run_with_what_it_is(invoke: Callable[..., Result]) -> None:
    xlsx = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml\x9d\x93\xcbn\xc20\x10E\nxl/workbook.xml"
    with pytest.raises(InputError, match=r"^<stdin>:1: error: a spreadsheet \(an Excel .* save it as CSV"):
        _bytes_posts(xlsx)
    gzipped = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbL\xd1)I\xad(\xe1\x02\x00\xa1\xb8\xe7\xa8\x08\x00\x00\x00"
    result = invoke("check", "-", "--input-format", "csv", input=gzipped)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "factcheck: <stdin>:1: error: binary data, not text\n"
    # a NUL in a post of UTF-8 text is that post's flaw alone
    assert _bytes_posts(b"id,text\n1,a\x00b\n2,fine\n")[1] == (3, "2", "fine")


def test_a_tweets_id_str_is_its_id_and_a_big_numeric_id_is_text() -> None:
    tweet = '{"id": 1050118621198921728, "id_str": "1050118621198921728", "full_text": "US troops"}\n'
    assert _posts(tweet, PostFormat.JSONL) == [(1, "1050118621198921728", "US troops")]
    assert _posts('{"id": 1050118621198921728, "text": "a"}\n', PostFormat.JSONL)[0][1] == "1050118621198921728"
    assert _posts('{"id": -9007199254740993, "text": "a"}\n', PostFormat.JSONL)[0][1] == "-9007199254740993"
    # up to 2**53 a number is exact in every reader: it stays a number, as bool and float ids do
    assert _posts('{"id": 9007199254740992, "text": "a"}\n', PostFormat.JSONL)[0][1] == 9007199254740992
    assert _posts('{"id": true, "text": "a"}\n{"id": 1.5, "text": "b"}\n', PostFormat.JSONL) == [
        (1, True, "a"),
        (2, 1.5, "b"),
    ]
    nested = '{"id": 7, "data": {"id": 12345678901234567890}, "text": "a"}\n'
    assert _posts(nested, PostFormat.JSONL, id_column="data.id")[0][1] == "12345678901234567890"


def test_jsonl_keys_are_found_whatever_their_case_as_csv_columns_are() -> None:
    assert _posts('{"Post_ID": 1, "Text": "US troops"}\n', PostFormat.JSONL) == [(1, 1, "US troops")]
    assert _posts('{"ID": "a", "TEXT": "x", "text": "exact"}\n', PostFormat.JSONL) == [(1, "a", "exact")]
    assert _posts('{"Ref": 7, "Body": "b"}\n', PostFormat.JSONL, text_column="body", id_column="ref") == [(1, 7, "b")]


def test_a_jsonl_id_column_the_first_object_lacks_ends_the_run_as_in_csv(invoke: Callable[..., Result]) -> None:
    export = '{"id": 1, "text": "There are 10000 US troops in Mexico"}\n{"id": 2, "text": "b"}\n'
    result = invoke("check", "-", "--input-format", "jsonl", "--id-column", "post_id", input=export)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "factcheck: <stdin>:1: error: the object has no key 'post_id' ('id', 'text')\n"
    # a later object without it is a post without an id, as a CSV row's empty cell
    assert _posts('{"ref": 1, "text": "a"}\n{"text": "b"}\n', PostFormat.JSONL, id_column="ref") == [
        (1, 1, "a"),
        (2, None, "b"),
    ]


def test_a_tsv_without_csv_quoting_keeps_the_posts_that_open_with_a_quote(invoke: Callable[..., Result]) -> None:
    # jq's @tsv, Google Sheets and COPY write a cell as it is: a tweet opening with a quoted phrase was an error
    export = (
        "id\ttext\n"
        '1\t"Fake news" they say: there are 10,000 US troops in Mexico\n'
        '2\tsays "hi" there\n'
        '3\t"a quote never closed\n'
        "4\tthe next post\n"
        '5\t"a CR\rinside" it\n'
        "6\tlast\n"
    )
    assert _posts(export, PostFormat.TSV) == [
        (2, "1", '"Fake news" they say: there are 10,000 US troops in Mexico'),
        (3, "2", 'says "hi" there'),
        (4, "3", '"a quote never closed'),
        (5, "4", "the next post"),
        # a line that reads as no row either way is named, the tab named as such (it was printed as one)
        (
            6,
            None,
            "<stdin>:6: error: not a row of the table: a quote in a cell not in quotes (a cell opening with a "
            "quote is read as quoted, and this one goes on after its closing quote, where a tab or the line's end "
            "was expected); put the whole cell in quotes, its quotes doubled",
        ),
        (7, "6", "last"),
    ]
    # a file quoted as CSV quotes (Excel, pandas) is read so still
    assert _posts('id\ttext\n1\t"two\nlines, ""quoted"""\n2\tb\n', PostFormat.TSV) == [
        (2, "1", 'two\nlines, "quoted"'),
        (4, "2", "b"),
    ]
    result = invoke("check", "-", "--input-format", "tsv", "--top", "1", input=export.split("3\t")[0])
    assert _answers(result)[0]["matches"][0]["id"] == "us-troops-in-mexico-10000"


def test_a_quote_in_a_csv_cell_not_in_quotes_is_named_so() -> None:
    assert _posts('id,text\n1,"Fake news" they say\n2,b\n') == [
        (
            2,
            None,
            "<stdin>:2: error: not a row of the table: a quote in a cell not in quotes (a cell opening with a "
            "quote is read as quoted, and this one goes on after its closing quote, where a ',' or the line's end "
            "was expected); put the whole cell in quotes, its quotes doubled",
        ),
        (3, "2", "b"),
    ]


def test_a_carriage_return_in_a_cell_not_in_quotes_is_named_so() -> None:
    assert _posts("id\ttext\n1\tThere are US troops in Mexico.\rReally.\n2\tb\n", PostFormat.TSV) == [
        (2, None, "<stdin>:2: error: not a row of the table: a carriage return (CR) in a cell not in quotes"),
        (3, "2", "b"),
    ]


@pytest.mark.parametrize(
    ("export", "advice"),
    [
        ('[\n  {"id": 1, "text": "US troops in Mexico"},\n  {"id": 2, "text": "b"}\n]\n', "jq -c '.[]'"),
        ('\ufeff[{"id": 1, "text": "a"}, {"id": 2, "text": "b"}]\n', "jq -c '.[]'"),
        ('{\n  "id": 1,\n  "text": "a"\n}\n{\n  "id": 2,\n  "text": "b"\n}\n', "jq -c ."),
    ],
)
def test_a_json_array_or_pretty_printed_json_ends_the_run_with_the_jq_line_that_makes_json_lines(
    invoke: Callable[..., Result], export: str, advice: str
) -> None:
    result = invoke("check", "-", "--input-format", "jsonl", input=export)
    assert (result.exit_code, result.stdout) == (2, "")
    kind = "a JSON array" if advice.endswith("'.[]'") else "JSON written over several lines"
    assert result.stderr == (
        f"factcheck: <stdin>:1: error: {kind}, not JSON Lines (one object a line): make it JSON Lines first, "
        f"{advice} posts.json | factcheck check - --input-format jsonl\n"
    )


def test_a_header_split_by_another_delimiter_is_named_with_the_way_to_read_it() -> None:
    # Excel's "CSV" in French, German, Spanish or Italian splits by semicolons: --input-format csv reads it, tsv
    # names it
    assert _posts("id;text\n1;There are 10,000 US troops in Mexico\n") == [
        (2, "1", "There are 10,000 US troops in Mexico")
    ]
    with pytest.raises(InputError) as semicolons:
        _posts("id;text\n1;There are 10,000 US troops in Mexico\n", PostFormat.TSV)
    assert str(semicolons.value) == (
        "<stdin>:1: error: the header names no column of posts ('id;text'); it reads as split by ';' (Excel's "
        "CSV in some languages): read it with --input-format csv"
    )
    with pytest.raises(InputError, match=r"\('id,text'\); it reads as split by ',': read it with --input-format csv$"):
        _posts("id,text\n1,a\n", PostFormat.TSV)
    with pytest.raises(InputError, match=r"; it reads as split by a tab: read it with --input-format tsv$"):
        _posts("id\tbody\n1\ta\n", text_column="body")


def test_a_byte_read_as_windows_1252_is_noted_once_where_it_is(invoke: Callable[..., Result]) -> None:
    # Cyrillic Windows-1251 read as Windows-1252 is mojibake, and was answered "not matched" with no word
    export = "id,text\n1,В Мексике 10000 американских солдат\n2,Третий пост\n".encode("cp1251")
    result = invoke("check", "-", "--input-format", "csv", input=export)
    assert _answers(result)[0]["query"] == "Â Ìåêñèêå 10000 àìåðèêàíñêèõ ñîëäàò"
    notes = [line for line in result.stderr.splitlines() if ": note: " in line]
    assert notes == [
        "factcheck: <stdin>:2:3: note: byte 0xc2 is no UTF-8, read as 'Â' in Windows-1252 (Latin-1), as every "
        "such byte is: if the export is in another encoding, convert it first, e.g. Cyrillic Windows-1251: "
        "iconv -f WINDOWS-1251 -t UTF-8"
    ]
    assert ": note: " not in invoke("check", "-", "--input-format", "csv", input=EXPORT_CSV.encode("utf-8")).stderr


def test_a_header_ending_in_a_delimiter_and_excels_sep_line_are_read() -> None:
    assert _posts("id,text,\n1,There are 10000 US troops in Mexico\n2,b,\n") == [
        (2, "1", "There are 10000 US troops in Mexico"),
        (3, "2", "b"),
    ]
    # Excel writes "sep=;" first to say how the file is split, and reads the file so: it is honoured
    assert _posts("sep=,\nid,text\n1,a\n") == [(3, "1", "a")]
    assert _posts("sep=;\r\nid;text\r\n1;a, b\r\n") == [(3, "1", "a, b")]


def test_a_row_that_cannot_be_read_gives_no_piece_of_text_for_its_id() -> None:
    # the id column after the text: a row cut short (a cell missing) may have moved it, so the row's id is not known
    assert _posts("text,id,url\nhello,42\n")[0][:2] == (2, None)
    assert _posts("id,text,url\n42,hello\n")[0][:2] == (2, "42")
    # a line read again after a record that could not be read is no row of its own when it cannot be read
    posts = _posts('id,text\n1,"first line\nsecond" oops\n3,fine\n')
    assert [(line, post_id) for line, post_id, _ in posts] == [(2, None), (3, None), (4, "3")]


def test_a_posts_own_flaw_is_named_as_the_posts(invoke: Callable[..., Result]) -> None:
    result = invoke("check", "-", "--input-format", "csv", input=b'id,text\n1,"a\x00b"\n')
    assert _answers(result)[0]["error"] == "<stdin>:2: error: the post holds a NUL byte: binary data, not a statement"
    assert "the line" not in invoke("check", "-", "--input-format", "csv", input=f"id,text\n1,{'x' * 10_001}\n").stderr


@pytest.mark.parametrize("export", ["", "id,text\n", "\n\n"])
def test_an_export_without_posts_is_said_to_be_so(invoke: Callable[..., Result], export: str) -> None:
    result = invoke("check", "-", "--input-format", "csv", input=export)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "factcheck: <stdin>: note: holds no post, none checked\n"


def test_a_jsonl_export_whose_first_object_has_no_text_key_ends_the_run(invoke: Callable[..., Result]) -> None:
    # Twitter's API v2 holds the post in "data": 20,000 lines were 20,000 errors
    export = '{"data": {"id": "1", "text": "US troops"}}\n' * 3
    result = invoke("check", "-", "--input-format", "jsonl", input=export)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "factcheck: <stdin>:1: error: the object has no key of posts ('data'); say which with --text-column NAME "
        "(a dotted path reads inside an object: --text-column data.text --id-column data.id)\n"
    )
    nested = _answers(invoke("check", "-", "--input-format", "jsonl", "--text-column", "data.text", input=export))
    assert [answer["query"] for answer in nested] == ["US troops"] * 3


def test_an_old_mac_export_with_cr_line_ends_is_read_row_by_row() -> None:
    # Excel's "CSV (Macintosh)" ends its lines with a CR alone: the header "could not be read"
    assert _posts('id,text\r1,"There are 10,000 US troops\rin Mexico"\r2,Bananas\r') == [
        (2, "1", "There are 10,000 US troops\nin Mexico"),
        (4, "2", "Bananas"),
    ]


def test_an_old_mac_export_too_long_to_read_whole_is_told_its_line_ends(invoke: Callable[..., Result]) -> None:
    # over ~400 KB without a line feed it is not split: "the line is over 100,000 characters" named no cause
    export = "\r".join(["id,text", *(f"{n},There are 10,000 US troops in Mexico ({n})" for n in range(12_000))])
    result = invoke("check", "-", "--input-format", "csv", input=export + "\r")
    assert result.exit_code == 2 and result.stdout == ""
    assert "carriage return (CR) alone" in result.stderr
    assert "tr '\\r' '\\n' < FILE.csv | factcheck check - --input-format csv" in result.stderr
