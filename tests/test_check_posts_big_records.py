"""A post whose record is long for its other fields is checked (moderator123's walkthrough).

An export's record holds more than the post: a JSON Lines object of a platform's API carries the author, the
entities, the media (a thumbnail written inline as base64), a CSV row the post's HTML.  A record was refused
whole past 100,000 characters, so a short post beside a 120 KB thumbnail was answered as an error, its "id"
null ("the line is over 100,000 characters"): a moderator lost the post and could not say which one it was.
A record on one line may now be ``MAX_LINE_CHARS`` long; the post itself is still held to ``check``'s
10,000 characters, and a quote never closed is still cut at ``MAX_RECORD_CHARS``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

from typer.testing import Result

from factcheck.posts import MAX_LINE_CHARS, MAX_RECORD_CHARS, PostFormat, read_posts

POST = "There are more than 10,000 US troops deployed in Mexico"
TEN_THOUSAND = "us-troops-in-mexico-10000"


def _answers(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_json_post_beside_a_big_field_is_checked_with_its_id(invoke: Callable[..., Result]) -> None:
    big = {"id": 7, "text": POST, "media": {"thumbnail_b64": "A" * 120_000}}
    export = json.dumps(big) + "\n" + json.dumps({"id": 8, "text": "Bananas are berries"}) + "\n"
    result = invoke("check", "-", "--input-format", "jsonl", "--top", "1", input=export)
    assert result.exit_code == 0, result.stderr
    first, second = _answers(result)
    assert (first["line"], first["id"], first["query"]) == (1, 7, POST)
    assert "error" not in first and first["matches"][0]["id"] == TEN_THOUSAND
    assert (second["line"], second["id"], second["matches"]) == (2, 8, [])
    assert "2 posts: 1 matched (false 1), 1 not matched, 0 unreadable" in result.stderr


def test_a_csv_row_with_a_big_cell_is_checked_with_its_id(invoke: Callable[..., Result]) -> None:
    export = f'id,text,html\r\n7,"{POST}","<p>{"x" * 120_000}</p>"\r\n8,Bananas are berries,\r\n'
    result = invoke("check", "-", "--input-format", "csv", "--top", "1", input=export)
    assert result.exit_code == 0, result.stderr
    first, second = _answers(result)
    assert (first["line"], first["id"], first["query"]) == (2, "7", POST)
    assert first["matches"][0]["id"] == TEN_THOUSAND
    assert (second["line"], second["id"]) == (3, "8")


def test_a_line_over_the_limit_is_still_an_error_and_the_posts_after_it_are_read() -> None:
    export = (
        json.dumps({"id": 7, "text": POST, "blob": "A" * MAX_LINE_CHARS}) + "\n" + json.dumps({"id": 8, "text": POST})
    )
    posts = list(read_posts(io.BytesIO(export.encode()).readline, PostFormat.JSONL))
    assert [(post.line, post.id, post.text) for post in posts] == [(1, None, None), (2, 8, POST)]
    assert posts[0].error is not None
    assert f"the line is over {MAX_LINE_CHARS:,} characters" in str(posts[0].error)


def test_a_quote_never_closed_is_still_cut_at_the_record_limit() -> None:
    # the lines after the quote are rows of their own, read again, as before
    rows = "".join(f"{n},row {n}\n" for n in range(2, 100_000))
    export = f'id,text\n1,"never closed {"y" * 50}\n{rows}'
    assert len(export) > MAX_RECORD_CHARS  # lines of a line's length each, over that of a record together
    posts = list(read_posts(io.BytesIO(export.encode()).readline, PostFormat.CSV))
    assert posts[0].error is not None and "a quote opened and never closed" in str(posts[0].error)
    assert f"the record is over {MAX_RECORD_CHARS:,} characters" in str(posts[0].error)
    assert (posts[1].id, posts[1].text) == ("2", "row 2")


def test_a_csv_cell_over_the_csv_modules_own_limit_is_read_and_the_limit_left_as_it_was(
    invoke: Callable[..., Result],
) -> None:
    # Python's csv module refuses a cell over 131,072 characters ("field larger than field limit"), a
    # process-wide setting: it is raised while a row is read, and given back as it was
    before = csv.field_size_limit()
    assert before < 140_000
    export = f'id,text,html\n7,"{POST}","<p>{"x" * 140_000}</p>"\n8,Bananas are berries,\n'
    result = invoke("check", "-", "--input-format", "csv", "--top", "1", input=export)
    assert result.exit_code == 0, result.stderr
    first, second = _answers(result)
    assert (first["line"], first["id"], first["query"]) == (2, "7", POST)
    assert first["matches"][0]["id"] == TEN_THOUSAND
    assert (second["line"], second["id"]) == (3, "8")
    assert csv.field_size_limit() == before


def test_a_post_with_a_line_break_beside_a_big_cell_is_checked_with_its_id(invoke: Callable[..., Result]) -> None:
    # a post of two lines (a thread's "Thread below") beside 120 KB of HTML: one record, no piece of it read as
    # a row of its own (its "Thread below" was an id), no "quote never closed" hint
    export = f'id,text,html\n7,"{POST}\nThread below","<p>{"x" * 120_000}</p>"\n8,Bananas,\n'
    result = invoke("check", "-", "--input-format", "csv", "--top", "1", input=export)
    assert result.exit_code == 0, result.stderr
    first, second = _answers(result)
    assert (first["line"], first["id"], first["query"]) == (2, "7", f"{POST}\nThread below")
    assert first["matches"][0]["id"] == TEN_THOUSAND
    assert (second["line"], second["id"], second["query"]) == (4, "8", "Bananas")
    assert "2 posts: 1 matched (false 1), 1 not matched, 0 unreadable" in result.stderr


def test_many_short_lines_in_a_quote_never_closed_are_still_cut_at_the_record_limit() -> None:
    # a long line among them: the record is still held to MAX_RECORD_CHARS, whatever its lines
    rows = "".join(f"{n},row {n}\n" for n in range(3, 100_000))
    export = f'id,text\n1,"never closed\n2,{"z" * 200_000}\n{rows}'
    posts = list(read_posts(io.BytesIO(export.encode()).readline, PostFormat.CSV))
    assert f"the record is over {MAX_RECORD_CHARS:,} characters" in str(posts[0].error)
    assert (posts[1].id, posts[1].text[:3]) == ("2", "zzz")
    assert (posts[2].id, posts[2].text) == ("3", "row 3")


class _EndlessLine:
    """Standard input of one line of ``size`` bytes and a post after it, given as ``readline`` gives it, never held
    whole: what each read asked for is kept (a 1 GB line must be read in bounded pieces, not whole)."""

    def __init__(self, size: int, after: bytes) -> None:
        self.left = size
        self.after = after
        self.asked: list[int] = []

    def readline(self, size: int = -1) -> bytes:
        self.asked.append(size)
        if self.left:
            piece = min(self.left, size if size >= 0 else self.left)
            self.left -= piece
            return b"A" * piece + (b"\n" if not self.left else b"")
        after, self.after = self.after, b""
        return after


def test_a_line_of_a_gigabyte_is_refused_in_bounded_pieces_and_the_post_after_it_read() -> None:
    stdin = _EndlessLine(1_000_000_000, json.dumps({"id": 8, "text": POST}).encode() + b"\n")
    posts = list(read_posts(stdin.readline, PostFormat.JSONL))
    assert [(post.line, post.id, post.text) for post in posts] == [(1, None, None), (2, 8, POST)]
    assert f"the line is over {MAX_LINE_CHARS:,} characters" in str(posts[0].error)
    # never a read of the whole line (readline() or readline(-1)), each a few bytes a character of one line at most
    assert stdin.left == 0 and all(0 < size <= 4 * MAX_LINE_CHARS + 2 for size in stdin.asked)


def _jsonl_line_of(length: int, post: str) -> str:
    """A JSON Lines object of ``length`` characters (its line end not counted) holding ``post``."""
    shell = json.dumps({"id": 7, "text": post, "blob": ""})
    line = json.dumps({"id": 7, "text": post, "blob": "A" * (length - len(shell))})
    assert len(line) == length
    return line


def test_a_line_of_exactly_the_limit_is_read_whatever_its_line_end() -> None:
    # "the line is over 1,000,000 characters" was said of a line of exactly 1,000,000: its line end was counted
    for end in ("\n", "\r\n", ""):
        export = _jsonl_line_of(MAX_LINE_CHARS, POST) + end
        posts = list(read_posts(io.BytesIO(export.encode()).readline, PostFormat.JSONL))
        assert [(post.line, post.id, post.text, post.error) for post in posts] == [(1, 7, POST, None)], repr(end)
    over = _jsonl_line_of(MAX_LINE_CHARS + 1, POST) + "\n"
    posts = list(read_posts(io.BytesIO(over.encode()).readline, PostFormat.JSONL))
    assert [(post.line, post.id) for post in posts] == [(1, None)]
    assert f"the line is over {MAX_LINE_CHARS:,} characters" in str(posts[0].error)


def test_a_csv_cell_over_several_lines_as_long_as_a_record_may_be_is_read(invoke: Callable[..., Result]) -> None:
    # a record may hold MAX_RECORD_CHARS (docs/commands.md): a cell of HTML of a 990,000 character line and a
    # 60,000 character one is such a record; the csv module's limit (raised to one line's)
    # refused it, "field larger than field limit (1000000)", and its second line was read as a row of its own
    html = "x" * 990_000 + "\n" + "y" * 60_000
    export = f'id,text,html\n7,"{POST}","{html}"\n8,Bananas are berries,\n'
    result = invoke("check", "-", "--input-format", "csv", "--top", "1", input=export)
    assert result.exit_code == 0, result.stderr
    first, second = _answers(result)
    assert (first["line"], first["id"], first["query"]) == (2, "7", POST)
    assert first["matches"][0]["id"] == TEN_THOUSAND
    assert (second["line"], second["id"], second["query"]) == (4, "8", "Bananas are berries")
    assert "2 posts: 1 matched (false 1), 1 not matched, 0 unreadable" in result.stderr


def test_a_line_over_the_limit_after_a_quote_opened_gets_its_error_and_counts_unreadable(
    invoke: Callable[..., Result],
) -> None:
    # a record opening a quote takes the next line into its cut; that line, over the limit, was dropped with it:
    # its post vanished unsaid, "2 posts ... 0 unreadable", exit 1 (review of posts124)
    for fmt, sep in (("tsv", "\t"), ("csv", ",")):
        export = f'id{sep}text\n1{sep}"F x\n2{sep}{"x" * (MAX_LINE_CHARS + 1)}\n3{sep}ok\n'
        result = invoke("check", "-", "--input-format", fmt, "--top", "1", input=export)
        answers = _answers(result)
        too_long = [answer for answer in answers if answer["line"] == 3]
        assert len(too_long) == 1, (fmt, [answer["line"] for answer in answers])
        assert too_long[0]["query"] is None
        assert f"the line is over {MAX_LINE_CHARS:,} characters" in too_long[0]["error"]
        assert any(answer["line"] == 4 and answer["id"] == "3" for answer in answers)
        assert result.exit_code == 2, (fmt, result.stderr)
        assert "unreadable" in result.stderr and " 0 unreadable" not in result.stderr, result.stderr


def test_a_cell_of_several_lines_is_read_up_to_the_records_limit_whole(invoke: Callable[..., Result]) -> None:
    # a cell of HTML of 3 lines of 60,000 characters was refused ("a quote opened and never closed?") where the
    # same 180 KB on one line was read: the record is held to one bound, MAX_RECORD_CHARS, whatever its lines
    html = "\n".join("x" * 60_000 for _ in range(3))
    export = f'id,text,html\n7,"{POST}","<p>{html}</p>"\n8,Bananas are berries,\n'
    result = invoke("check", "-", "--input-format", "csv", "--top", "1", input=export)
    assert result.exit_code == 0, result.stderr
    first, second = _answers(result)
    assert (first["line"], first["id"], first["query"]) == (2, "7", POST)
    assert (second["line"], second["id"]) == (5, "8")


def test_a_record_of_exactly_the_limit_is_read_whatever_its_line_ends() -> None:
    # its line ends within are characters of the cell, the one ending the record is not (a record's line end
    # was counted as a single line's was, 9073385)
    for end in ("\n", "\r\n"):
        head, tail = '7,"', '"'
        first = head + "x" * (MAX_LINE_CHARS - len(head))  # a line as long as one may be
        for extra, read in ((0, True), (1, False)):
            second = "y" * (MAX_RECORD_CHARS - MAX_LINE_CHARS - len(end) - len(tail) + extra) + tail
            assert len(first + end + second) == MAX_RECORD_CHARS + extra
            export = f"id,text{end}{first}{end}{second}{end}8,ok{end}"
            posts = list(read_posts(io.BytesIO(export.encode()).readline, PostFormat.CSV))
            if read:
                assert [(post.line, post.id, post.error) for post in posts] == [(2, "7", None), (4, "8", None)]
            else:
                assert (posts[0].line, posts[0].id) == (2, None), repr(end)
                assert f"the record is over {MAX_RECORD_CHARS:,} characters" in str(posts[0].error)
                assert (posts[-1].line, posts[-1].id) == (4, "8")


def test_a_cell_of_several_lines_over_the_limit_is_named_so_and_makes_no_posts_of_its_lines() -> None:
    # a cell closing its quote on its second line, over the record's limit: "a quote opened and never closed?"
    # was said of it, and its second line was a post of its own whose id was 600,000 "y"
    export = f'id,text,html\n7,"POST","<p>{"x" * 600_000}\n{"y" * 600_000}</p>"\n8,Bananas,\n'
    posts = list(read_posts(io.BytesIO(export.encode()).readline, PostFormat.CSV))
    assert posts[0].line == 2 and posts[0].id is None
    reason = str(posts[0].error)
    assert f"the record is over {MAX_RECORD_CHARS:,} characters" in reason
    assert "a cell over several lines" in reason, reason
    assert all(post.id is None or len(str(post.id)) < 10 for post in posts), [post.line for post in posts]
    assert (posts[-1].line, posts[-1].id, posts[-1].text) == (4, "8", "Bananas")


def test_the_lines_of_a_cut_record_up_to_its_closing_quote_are_no_posts(invoke: Callable[..., Result]) -> None:
    # a cell of 12 lines of 100,000 characters, its quote closed on a line of its own: cut at MAX_RECORD_CHARS, its
    # lines after the cut were rows of their own, one with a 100,000-character "id" ("14 posts ... 13 unreadable")
    lines = "\n".join("word " * 20_000 for _ in range(12))
    export = f'id,text\n1,"{lines}\n"\n2,There are US troops in Mexico.\n'
    assert len(export) > MAX_RECORD_CHARS
    result = invoke("check", "-", "--input-format", "csv", "--top", "1", input=export)
    answers = _answers(result)
    assert [(answer["line"], answer["id"]) for answer in answers] == [(2, None), (15, "2")], result.stderr[-500:]
    assert f"the record is over {MAX_RECORD_CHARS:,} characters" in answers[0]["error"]
    assert "lines 2-14" in answers[0]["error"], answers[0]["error"]
    assert answers[1]["matches"] and "error" not in answers[1]
    assert "2 posts: 1 matched" in result.stderr and ", 1 unreadable" in result.stderr, result.stderr[-500:]


def test_a_quote_closing_past_twice_the_record_limit_swallows_no_rows_unsaid() -> None:
    # the closing quote is looked for within MAX_RECORD_CHARS more characters only (memory bounded): past them
    # the quote is taken as never closed and the lines after the record's first are read again, none dropped
    lines = "\n".join("w" * 100_000 for _ in range(25))
    export = f'id,text\n1,"{lines}\n"\n2,ok\n'
    assert len(export) > 2 * MAX_RECORD_CHARS
    posts = list(read_posts(io.BytesIO(export.encode()).readline, PostFormat.CSV))
    assert "a quote opened and never closed" in str(posts[0].error)
    assert [post.line for post in posts] == list(range(2, 29))  # the lone quote (27) too: it opens one
    assert (posts[-1].line, posts[-1].id, posts[-1].text) == (28, "2", "ok")
