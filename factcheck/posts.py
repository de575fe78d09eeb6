"""The posts of a platform's export (CSV, tab-separated or JSON Lines), one at a time, each with its id and line.

A moderator's export of flagged posts is a table (``id,author,created_at,text,url``), or one JSON object a
line, whose posts hold line breaks, quotes and empty cells: ``check -`` read it a line at a time, each line
checked whole (its id and date with its text) and a post with a line break answered as two.
``read_posts`` reads it as the table it is: each post's text (the column ``text_column``, else the first
column of posts it names, ``TEXT_COLUMNS``; its HTML character references read, ``claimreview.decoded``) with its
id (``id_column``, else ``ID_COLUMNS``) and the line it starts on.

It streams: a record is read, given, and forgotten, so that 20,000 rows take no more memory than one.  A
record that cannot be read (an unclosed quote, a row of another number of cells than the header, a line
that is no JSON object) is a ``Post`` with its ``error``, named by its line, and the records after it are
read: one bad row never loses the rest.  A quote opened and never closed swallows the rows after it into
one cell to the ``csv`` module; here the record is cut when it passes ``MAX_RECORD_CHARS`` (or at the input's
end), named as the record of its first line, and the lines after that first line are read again as rows of their
own.
"""

from __future__ import annotations

import csv
import io
import re
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, TypeAlias

from .claimreview import decoded
from .errors import InputError, Location, quoted
from .inputfiles import DOCUMENT_SAMPLE_BYTES, export_not_text, opens_as_document
from .strictjson import JsonError, load_json


class PostFormat(StrEnum):
    """How ``check -`` reads standard input: lines (one statement each, the default), or an export of posts."""

    LINES = "lines"
    CSV = "csv"
    TSV = "tsv"
    JSONL = "jsonl"


#: the names a table's column of posts has (matched whatever their case), in the order one is chosen: a
#: twarc export of API v1.1 has "text" cut at 140 characters beside "full_text"
TEXT_COLUMNS = (
    "full_text",
    "text",
    "tweet_text",
    "tweet",
    "post_text",
    "post",
    "message",
    "content",
    "body",
    "caption",
    "statement",
)
#: the names of a column of post ids, in the order one is chosen (whatever their case): Twitter's v1.1 objects
#: give the id as a number ("id") and as text ("id_str") because a number beyond 2**53 is rounded by most readers
ID_COLUMNS = ("id_str", "id", "post_id", "tweet_id", "status_id", "message_id", "comment_id", "uuid")
#: the largest integer a double holds exactly: JavaScript, Excel and jq 1.6 read a larger one rounded
#: (1050118621198921728 as 1050118621198921700), so such an id is given back as text
_EXACT_INTEGER = 2**53
#: the most characters one line (a JSON object, a row on one line) may have: a platform's object carries far more
#: than its post (the author, entities, a thumbnail inline as base64), and a short post beside a 120 KB field was
#: refused whole, its id null (moderator123); memory stays bounded by one such line
MAX_LINE_CHARS = 1_000_000
#: the most characters a record over several lines (a row whose cells hold line breaks) may have, its line ends
#: within counted, not the one ending it: a line's worth and 100,000 more (a post of two lines beside a 120 KB cell
#: of HTML; a cell of HTML of several lines as long as one line may be).  One bound, whatever its lines: "100,000
#: beside its longest line" refused 3 lines of 60,000 that one line of 180,000 was not (review of posts124).  A
#: quote never closed makes one record of the rest of the file, cut here so that memory stays bounded and the rows
#: after it are read again; it is the ``csv`` module's cell limit while a row is read (``_cells_of_a_record``)
MAX_RECORD_CHARS = MAX_LINE_CHARS + 100_000
#: a line is read in pieces of at most this many bytes (UTF-8 takes up to 4 per character)
_PIECE_BYTES = MAX_LINE_CHARS * 4 + 2


#: a value of JSON as ``json.loads`` gives it: a post's id (a CSV cell's text, a JSON Lines object's value)
JsonValue: TypeAlias = "str | int | float | bool | list[JsonValue] | dict[str, JsonValue] | None"


@dataclass(frozen=True)
class Post:
    """One record of an export: the line it starts on (from 1), its id (the id column's value as written: text
    in a CSV file, the JSON value in JSON Lines; None without an id column), and its text, or the ``error``
    (an ``InputError`` naming the line) saying why it could not be read."""

    line: int
    id: JsonValue
    text: str | None
    error: InputError | None = None


#: a byte that is no UTF-8, as ``surrogateescape`` decodes it
_STRAY_BYTE = re.compile("[\udc80-\udcff]")
#: what ``read_posts`` is told of the input as it is read (not an error: the run goes on): where, and what
Note: TypeAlias = Callable[[Location, str], None]


def _text_of(raw: bytes) -> tuple[str, int]:
    """``raw``, a line, as text: UTF-8 (a byte-order mark dropped: Excel's "CSV UTF-8", or a file catted after
    another), each byte that is no UTF-8 read as Windows-1252, Windows' "ANSI" in Western Europe and the Americas
    (Excel's "CSV" there), as the rest of the line stays UTF-8; and the column (from 1) of the first such byte, 0
    for none."""
    try:
        return raw.decode("utf-8-sig"), 0
    except UnicodeDecodeError:
        text = raw.decode("utf-8-sig", "surrogateescape")
    first = _STRAY_BYTE.search(text)
    column = first.start() + 1 if first is not None else 0
    return _STRAY_BYTE.sub(lambda byte: bytes([ord(byte.group()) - 0xDC00]).decode("cp1252", "replace"), text), column


def _windows_1252_note(raw: bytes, text: str, column: int) -> str:
    """The note of the first byte read as Windows-1252: Cyrillic Windows-1251 read so is mojibake, answered
    "not matched" with no word, where ``check -`` names such a byte as an error."""
    byte = raw.removeprefix(b"\xef\xbb\xbf")[len(text[: column - 1].encode("utf-8"))]
    return (
        f"byte 0x{byte:02x} is no UTF-8, read as {quoted(text[column - 1])} in Windows-1252 (Latin-1), as every such "
        "byte is: if the export is in another encoding, convert it first, e.g. Cyrillic Windows-1251: "
        "iconv -f WINDOWS-1251 -t UTF-8"
    )


@dataclass
class _Line:
    number: int
    text: str | None  # None: the line was longer than a record may be (its rest read and dropped)
    #: read again after a record that could not be read: a row of its own, or a piece of that record's cell
    again: bool = False


def _refuse_no_text(first: bytes, read_line: Callable[[int], bytes], source: str) -> None:
    """End the run (``InputError`` on line 1) when the input's first line (or piece of one) is no UTF-8 text:
    a spreadsheet, UTF-16 text (Excel's "Unicode text"), binary data (a gzipped export), in the words
    ``check -`` uses; its header was read as "no column of posts ('PK\\x03\\x04...')"."""
    head = first
    if opens_as_document(head):  # a zip is told by the entries it names further on: read up to a bound
        while len(head) < DOCUMENT_SAMPLE_BYTES and (more := read_line(DOCUMENT_SAMPLE_BYTES - len(head))):
            head += more
    reason = export_not_text(head)
    if reason is not None:
        raise InputError(reason, Location(source, 1))


#: a carriage return not before a line feed: the line end of classic Mac OS text
_CR_ALONE = re.compile(rb"\r(?!\n)")
#: an input of old Mac line ends too long to be read whole as lines (``_lines``): "the line is over 100,000
#: characters" named no cause (review of mod99's fix round: 12,000 rows, 566 KB); read whole up to this many bytes,
#: a line of 100,000 characters (those of old Mac text are split only once read whole)
_CR_SPLIT_BYTES = 100_000 * 4 + 2
_CR_LINE_ENDS_TOO_LONG = (
    "the lines end in a carriage return (CR) alone, as old Mac text and Excel's 'CSV (Macintosh)' end them, "
    f"and the input is too long to be read so ({_CR_SPLIT_BYTES:,} bytes without a line feed): make the line ends "
    "line feeds first: tr '\\r' '\\n' < FILE.csv | factcheck check - --input-format csv"
)


def _decoded_line(number: int, raw: bytes, source: str, noted: list[Note]) -> _Line:
    """The line ``raw`` decoded (``_text_of``); the first byte read as Windows-1252 told to the note in ``noted``,
    which is then emptied (one note: every other such byte is read so too)."""
    text, column = _text_of(raw)
    if column and noted:
        noted.pop()(Location(source, number, column), _windows_1252_note(raw, text, column))
    # the line's own characters: its line end counted too, one of exactly MAX_LINE_CHARS was "over" them
    length = len(text.removesuffix("\n").removesuffix("\r"))
    return _Line(number, text if length <= MAX_LINE_CHARS else None)


def _lines(read_line: Callable[[int], bytes], source: str, on_note: Note | None) -> Iterator[_Line]:
    """The lines of the input, decoded, each with its number; one longer than ``MAX_LINE_CHARS`` as
    ``text=None``, read to its end in bounded pieces (memory stays bounded on a line of a gigabyte)."""
    number = 0
    noted = [] if on_note is None else [on_note]
    while True:
        raw = read_line(_PIECE_BYTES)
        if not raw:
            return
        number += 1
        if number == 1:
            _refuse_no_text(raw, read_line, source)
        if number == 1 and len(raw) >= _CR_SPLIT_BYTES and not raw.endswith(b"\n") and _CR_ALONE.search(raw):
            raise InputError(_CR_LINE_ENDS_TOO_LONG, Location(source, 1))
        if len(raw) >= _PIECE_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = read_line(_PIECE_BYTES)
            yield _Line(number, None)
            continue
        if number == 1 and not raw.endswith(b"\n") and _CR_ALONE.search(raw):
            # the whole input, with no line feed: old Mac line ends (Excel's "CSV (Macintosh)"), a CR alone each,
            # read as lines ("new-line character seen in unquoted field" to the csv module)
            pieces = _CR_ALONE.split(raw.removesuffix(b"\r"))
            for index, piece in enumerate(pieces):
                yield _decoded_line(number + index, piece + b"\n", source, noted)
            return
        yield _decoded_line(number, raw, source, noted)


def _column(names: list[str], given: str | None, defaults: tuple[str, ...]) -> int | None:
    """The index of the column named ``given`` (exactly, else whatever its case), or of the first of
    ``defaults`` the header names, whatever its case; None when there is none."""
    lowered = [name.strip().lower() for name in names]
    if given is not None:
        if given in names:
            return names.index(given)
        return lowered.index(given.lower()) if given.lower() in lowered else None
    return next((lowered.index(name) for name in defaults if name in lowered), None)


def _no_column(what: str, given: str | None, names: list[str], where: Location, split_by: str = "") -> InputError:
    """The error of a header without the column asked for; ``split_by``: how to read a header split by another
    delimiter (``_split_by_another``), said in place of --text-column, which cannot help it."""
    shown = ", ".join(quoted(name) for name in names)
    if given is not None:
        return InputError(f"the header names no column {quoted(given)} ({shown}){split_by}", where)
    return InputError(
        f"the header names no column of posts ({shown}){split_by or f'; say which with --{what}-column NAME'}",
        where,
    )


class _RecordTooLong(Exception):
    pass


@contextmanager
def _cells_of_a_record() -> Iterator[None]:
    """The ``csv`` module reads a cell as long as a record may be here (``MAX_RECORD_CHARS``: ``_RecordLines``
    bounds it): its own limit (131,072 characters) refused a
    row with a 140 KB cell of HTML beside its post ("field larger than field limit").  That limit is the process's,
    so it is raised only while a row is read and given back as it was (never across a ``yield``: a caller reading
    CSV of its own between two posts sees its own limit)."""
    before = csv.field_size_limit()
    csv.field_size_limit(max(before, MAX_RECORD_CHARS))
    try:
        yield
    finally:
        csv.field_size_limit(before)


class _RecordLines:
    """The lines the ``csv`` module reads, one record at a time: those of the record being read are kept
    (``consumed``, at most ``MAX_RECORD_CHARS`` and the line that passes them), so that after a record that cannot be
    read the lines after its first are read again (``read_again``), as rows of their own."""

    def __init__(self, lines: Iterator[_Line]) -> None:
        self._lines = lines
        self._pending: deque[_Line] = deque()
        self.consumed: list[_Line] = []

    def __iter__(self) -> Iterator[str]:
        # a record over several lines is cut when it passes MAX_RECORD_CHARS: a quote never closed is cut, but a
        # post of two lines beside a 120 KB cell is one record (moderator123)
        size = 0
        while True:
            line = self._pending.popleft() if self._pending else next(self._lines, None)
            if line is None:
                return
            if not self.consumed:
                size = 0
            self.consumed.append(line)
            if line.text is None:
                raise _RecordTooLong
            size += len(line.text)
            # the line end ending the record is none of its characters (one of exactly the limit is read)
            if size - len(line.text) + len(line.text.removesuffix("\n").removesuffix("\r")) > MAX_RECORD_CHARS:
                raise _RecordTooLong
            yield line.text

    def skip_to_closing_quote(self) -> int | None:
        """After a record cut at ``MAX_RECORD_CHARS``: the lines up to the one closing its quote are of that record,
        not rows of their own (a cell of 12 lines of 100,000 characters made 13 posts of its lines, one of them with
        a 100,000-character id).  The quote is followed by its parity (a quote in a quoted cell is doubled); it may
        close within ``MAX_RECORD_CHARS`` more characters (twice the record's bound, so memory stays bounded: those
        lines are kept to be read again), and the number of the line closing it is given, its lines dropped.
        Otherwise (the input's end, a line too long to be read, the bound passed: a quote never closed) None, and the
        lines read are left to be read again after the record's own (``read_again``): none is swallowed unsaid."""
        if any(line.text is None for line in self.consumed):
            return None
        quotes = sum((line.text or "").count('"') for line in self.consumed)
        last = self.consumed[-1].number
        scanned: list[_Line] = []
        size = 0
        while quotes % 2:
            line = self._pending.popleft() if self._pending else next(self._lines, None)
            if line is not None:
                scanned.append(line)
            if line is None or line.text is None or size > MAX_RECORD_CHARS:
                # read again as the record's own lines are: likely pieces of it (an error of one has no id)
                self._pending.extendleft(_Line(read.number, read.text, again=True) for read in reversed(scanned))
                return None
            size += len(line.text)
            quotes += line.text.count('"')
            last = line.number
        self.consumed = []
        return last

    def read_again(self, *, pieces: bool) -> None:
        """The lines of the record that could not be read, after its first, to be read again (a line too long
        to be read too: read again alone, it is answered "the line is over ..."; dropped, its post vanished
        unsaid); ``pieces``: they are likely pieces of that record (its quote closed, a cell going on after it),
        not rows of their own (a quote never closed: the rows after it)."""
        again = [_Line(line.number, line.text, again=pieces) for line in self.consumed[1:]]
        self._pending.extendleft(reversed(again))
        self.consumed = []


def _unread_reason(exc: Exception, first: _Line) -> str:
    """Why a record of a CSV file could not be read."""
    if not isinstance(exc, _RecordTooLong):
        return f"not a row of the table: {_csv_reason(exc)}"
    if first.text is None:
        return f"the line is over {MAX_LINE_CHARS:,} characters"
    return (
        f"the record is over {MAX_RECORD_CHARS:,} characters (a quote opened and never closed, or a cell over "
        "several lines that long?)"
    )


def _csv_posts(
    lines: Iterator[_Line],
    delimiter: str,
    text_column: str | None,
    id_column: str | None,
    source: str,
    on_note: Note | None = None,
    on_delimiter: Callable[[str], None] | None = None,
) -> Iterator[Post]:
    """The posts of a CSV (or tab-separated) export: its first non-blank row is the header.  A header that
    names no column of posts split by commas but does split by semicolons (Excel's CSV where the comma is the
    decimal mark) is read so, with its rows.  ``on_delimiter`` is told the delimiter the header was read with,
    before the first post."""
    records = _RecordLines(lines)
    header: list[str] | None = None
    text_at = id_at = 0
    seen_sep = False
    first_row = True  # the first row after the header: one of more cells than it names is the header's fault
    while True:
        reader = csv.reader(records, delimiter=delimiter, strict=True)
        while True:
            records.consumed = []
            try:
                with _cells_of_a_record():
                    row = next(reader, None)
            except (csv.Error, _RecordTooLong) as exc:
                where = Location(source, records.consumed[0].number)
                reason = _unread_reason(exc, records.consumed[0])
                closed = (
                    records.skip_to_closing_quote()
                    if header is not None
                    and isinstance(exc, _RecordTooLong)
                    and records.consumed[0].text is not None
                    # a first line read whole with its quotes as text (jq's @tsv) keeps its post: the rest is read again
                    and _unquoted_row(records.consumed[0], delimiter, len(header)) is None
                    else None
                )
                if closed is not None:
                    # one record, its quote closed: one error, no post of its lines
                    first_row = False
                    reason = (
                        f"the record is over {MAX_RECORD_CHARS:,} characters (lines {where.line}-{closed}: a cell over "
                        "several lines that long)"
                    )
                    yield Post(where.line, None, None, InputError(reason, where))
                    break  # a new reader: the csv module's own is left inside the record
                if header is None:
                    semicolons = (
                        _semicolon_header([], records.consumed, delimiter, text_column)
                        if len(records.consumed) == 1 and not isinstance(exc, _RecordTooLong)
                        else None
                    )
                    if semicolons is None:
                        raise InputError(f"the header cannot be read: {reason}", where) from None
                    # every cell quoted and split by ';' (R's write.csv2, pandas' QUOTE_ALL): no comma read of it
                    header, delimiter = semicolons, ";"
                    text_at, id_at = _columns(header, text_column, id_column, where, records.consumed[0], delimiter)
                    if on_delimiter is not None:
                        on_delimiter(delimiter)
                    records.consumed = []
                    break  # a new reader, split by semicolons
                first_row = False
                unquoted = _unquoted_row(records.consumed[0], delimiter, len(header))
                if unquoted is not None:
                    yield _row_post(unquoted, header, text_at, id_at, where)
                else:
                    yield Post(where.line, None, None, InputError(reason, where))
                # the quote not closed by the input's end: the lines after are rows of their own; a record cut at
                # MAX_RECORD_CHARS may be a cell closing further on: its lines read again are pieces of it (an error
                # of one has no id: a cell of 600,000 "y" was one)
                records.read_again(pieces=str(exc) != "unexpected end of data")
                break  # a new reader: the csv module's own is left inside the record
            if row is None:
                return
            if not row or (header is not None and not any(row)):
                continue  # a blank line, or a row of empty cells: no post
            where = Location(source, records.consumed[0].number)
            if header is None:
                sep = _EXCEL_SEP.fullmatch((records.consumed[0].text or "").rstrip("\r\n"))
                if sep is not None and not seen_sep:
                    seen_sep = True
                    if sep.group(1) != delimiter:
                        delimiter = sep.group(1)
                        break  # a new reader, split by the file's own delimiter
                    continue
                header = _trimmed(row)
                semicolons = _semicolon_header(header, records.consumed, delimiter, text_column)
                if semicolons is not None:
                    header, delimiter = semicolons, ";"
                text_at, id_at = _columns(header, text_column, id_column, where, records.consumed[0], delimiter)
                if on_delimiter is not None:
                    on_delimiter(delimiter)
                if semicolons is not None:
                    break  # a new reader, split by semicolons
                continue
            again = records.consumed[0].again
            if first_row and len(_trimmed(row)) > len(header):
                # every row likely has that surplus: the header is short, no post holds a delimiter; one error,
                # not every post altered with a note a row
                names = ", ".join(quoted(name) for name in header)
                raise InputError(
                    f"the first row has {len(_trimmed(row))} cells where the header names {len(header)} ({names}): "
                    f"name each column in the header, or put a post holding a {_delimiter_name(delimiter)} in quotes",
                    where,
                )
            first_row = False
            raw = "".join(part.text or "" for part in records.consumed)
            post = _row_post(
                row, header, text_at, id_at, where, delimiter=None if again else delimiter, on_note=on_note, raw=raw
            )
            if post.error is not None and again:
                post = replace(post, id=None)  # a piece of the record before it, maybe: its cells are no id
            yield post


def _trimmed(header: list[str]) -> list[str]:
    """``header`` without the empty names that end it: a delimiter ending the header is no column, as it is none
    in a row."""
    names = list(header)
    while len(names) > 1 and names[-1] == "":
        names.pop()
    return names


def _semicolon_header(
    header: list[str], consumed: list[_Line], delimiter: str, text_column: str | None
) -> list[str] | None:
    """The names of the header read from the lines ``consumed`` split by semicolons, when it is read as CSV
    (``delimiter`` a comma), names no column of posts (``text_column``, else ``TEXT_COLUMNS``) split by commas and
    names one split by semicolons: Excel's "CSV" where the comma is the decimal mark (French, German, Spanish,
    Italian...) writes ``id;text``, which was refused with a line to convert it.  None otherwise: a header the
    commas split into its columns is read so, whatever semicolons its posts hold."""
    if delimiter != "," or _column(header, text_column, TEXT_COLUMNS) is not None:
        return None
    line = "".join(part.text or "" for part in consumed)
    try:
        names = _trimmed(next(csv.reader(io.StringIO(line, newline=""), delimiter=";", strict=True), []))
    except csv.Error:
        return None
    return names if len(names) > 1 and _column(names, text_column, TEXT_COLUMNS) is not None else None


#: Excel's first line naming the file's delimiter ("sep=;"), which Excel reads and does not show
_EXCEL_SEP = re.compile(r"sep=([,;\t|])")


def _unquoted_row(first: _Line, delimiter: str, cells: int) -> list[str] | None:
    """The cells of the line ``first`` read without quoting, when a tab-separated record opening on it cannot be
    read with quotes as CSV's, and so it holds the header's number of ``cells``: jq's ``@tsv``, Google Sheets
    and PostgreSQL's COPY write a cell as it is, and a post opening with a quoted phrase ('"Fake news" they
    say') was an error, or swallowed the rows after it.  None for a CSV file (a comma in a post makes any
    number of cells) or a line that gives another number."""
    if delimiter != "\t" or first.text is None:
        return None
    try:
        with _cells_of_a_record():
            row = next(csv.reader([first.text.rstrip("\r\n")], delimiter=delimiter, quoting=csv.QUOTE_NONE), [])
    except csv.Error:  # a CR inside the line
        return None
    while len(row) > cells and row[-1] == "":
        row.pop()
    return row if len(row) == cells else None


#: how an export split by each delimiter is read: the option, or the command making a semicolon file CSV
_READ_SPLIT_BY = {
    ",": "read it with --input-format csv",
    "\t": "read it with --input-format tsv",
    ";": "(Excel's CSV in some languages): read it with --input-format csv",
}


def _split_by_another(line: str, delimiter: str, text_column: str | None) -> str:
    """'; it reads as split by ';' ...' when the header ``line``, split by another delimiter than ``delimiter``,
    names the column of posts: --text-column cannot help a file split by semicolons; else ''."""
    for other, advice in _READ_SPLIT_BY.items():
        if other == delimiter or other not in line:
            continue
        try:
            names = next(csv.reader([line.rstrip("\r\n")], delimiter=other), [])
        except csv.Error:
            continue
        if len(names) > 1 and _column(names, text_column, TEXT_COLUMNS) is not None:
            shown = "a tab" if other == "\t" else quoted(other)
            return f"; it reads as split by {shown}{':' if other != ';' else ''} {advice}"
    return ""


def _columns(
    header: list[str], text_column: str | None, id_column: str | None, where: Location, line: _Line, delimiter: str
) -> tuple[int, int]:
    """The index of the column of posts and of ids (-1: none) that ``header``, read from ``line``, names."""
    found_text = _column(header, text_column, TEXT_COLUMNS)
    if found_text is None:
        raise _no_column("text", text_column, header, where, _split_by_another(line.text or "", delimiter, text_column))
    found_id = _column(header, id_column, ID_COLUMNS)
    if found_id is None and id_column is not None:
        raise _no_column("id", id_column, header, where)
    return found_text, -1 if found_id is None else found_id


#: the csv module's reason for a quoted cell that goes on after its closing quote ('1,"Fake news" they say')
_AFTER_QUOTE = re.compile(r"'(.)' expected after '\"'", re.DOTALL)


def _csv_reason(exc: BaseException) -> str:
    """The csv module's reason, as a person reads it (the delimiter named: a tab was printed as one)."""
    reason = str(exc)
    if reason == "unexpected end of data":
        return "a quote opened and not closed before the end of the input"
    if (after := _AFTER_QUOTE.fullmatch(reason)) is not None:
        delimiter = "a tab" if after.group(1) == "\t" else f"a {quoted(after.group(1))}"
        return (
            "a quote in a cell not in quotes (a cell opening with a quote is read as quoted, and this one goes on "
            f"after its closing quote, where {delimiter} or the line's end was expected); put the whole cell in "
            "quotes, its quotes doubled"
        )
    if reason.startswith("new-line character seen in unquoted field"):
        return "a carriage return (CR) in a cell not in quotes"
    return reason


def _row_post(
    row: list[str],
    header: list[str],
    text_at: int,
    id_at: int,
    where: Location,
    *,
    delimiter: str | None = None,
    on_note: Note | None = None,
    raw: str = "",
) -> Post:
    """The post of one row, or its error: a row of fewer cells than the header (trailing empty cells aside: a
    delimiter ending each row) would give another column's cell as its text or its id.  A row of more cells,
    given its ``delimiter``, is read as a post holding that delimiter not in quotes (``_joined_text``), told to
    ``on_note``, when that text is written so, not in quotes, in the record's ``raw`` text; otherwise (a quoted
    post, the surplus in another cell; a line read again after a record that could not be read) it is an error."""
    cells = list(row)
    while len(cells) > len(header) and cells[-1] == "":
        cells.pop()
    if len(cells) > len(header) and delimiter is not None:
        joined = delimiter.join(cells[text_at : text_at + len(cells) - len(header) + 1])
        if joined in raw:
            cells = _joined_text(cells, len(header), text_at, delimiter, where, on_note)
    post_id = cells[id_at] if 0 <= id_at < len(cells) else None
    if len(cells) != len(header):
        return Post(
            where.line,
            # the id before the text is likelier in its place than one after it, which a missing or stray cell moved
            post_id if id_at < text_at else None,
            None,
            InputError(
                f"the row has {len(cells)} cell{'' if len(cells) == 1 else 's'} where the header names {len(header)}"
                + (" (a delimiter in a cell not in quotes?)" if len(cells) > len(header) else ""),
                where,
            ),
        )
    return Post(where.line, post_id, decoded(cells[text_at], one_line=False))


#: a delimiter's name in a message, one and more than one
_DELIMITER_NAMES = {",": ("comma", "commas"), ";": ("semicolon", "semicolons"), "\t": ("tab", "tabs")}


def _delimiter_name(delimiter: str, count: int = 1) -> str:
    """How a message names ``count`` (the caller's number) of ``delimiter``: "comma", "commas", "tabs"."""
    one, many = _DELIMITER_NAMES.get(delimiter, (quoted(delimiter), quoted(delimiter)))
    return one if count == 1 else many


#: the most characters of a post a note shows
_NOTE_TEXT_CHARS = 80


def _joined_text(
    cells: list[str], columns: int, text_at: int, delimiter: str, where: Location, on_note: Note | None
) -> list[str]:
    """``cells``, more than the header's ``columns``, with the cells the post's delimiters split joined again as
    its text: those at the header's places before the text, and counted from the row's end after it.  The
    delimiters of a post not in quotes ("1,@a,There are 10,000 US troops in Mexico,https://...", a hand-made or
    hand-edited export) are its likeliest cause: Python's csv gives the row as it is (DictReader puts the extra
    cells under the key None), pandas stops ("Expected 4 fields in line 2, saw 5"), and the post was lost, as an
    error.  Another cell holding them (an author "Doe, Jane") would give a wrong text: the note shows the text
    read, so that it is seen."""
    extra = len(cells) - columns
    end = text_at + extra + 1
    text = delimiter.join(cells[text_at:end])
    if on_note is not None:
        shown = text if len(text) <= _NOTE_TEXT_CHARS else text[: _NOTE_TEXT_CHARS - 3] + "..."
        on_note(
            where,
            f"the row has {len(cells)} cells where the header names {columns}: read as a post holding {extra} "
            f"{_delimiter_name(delimiter, extra)} not in quotes ({quoted(shown)}); if another cell holds it, put "
            "that cell in quotes",
        )
    return [*cells[:text_at], text, *cells[end:]]


def _key(record: dict[str, Any], name: str) -> str | None:
    """The key of ``record`` that is ``name`` (exactly, else whatever its case, as a CSV header's names are
    read: "Post_ID", "Text"), or None."""
    if name in record:
        return name
    lowered = name.lower()
    return next((key for key in record if key.lower() == lowered), None)


def _keys_by_case(record: dict[str, Any]) -> dict[str, str]:
    """The key of ``record`` each lower-case name stands for: the key so written, else its first written so
    in another case (one map a record, not a search of its keys for each name of ``TEXT_COLUMNS``)."""
    keys: dict[str, str] = {}
    for key in record:
        lowered = key.lower()
        if lowered not in keys or key == lowered:
            keys[lowered] = key
    return keys


def _first_key(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """The key of ``record`` for the first of ``names`` (lower case) it has, whatever its case, or None."""
    keys = _keys_by_case(record)
    return next((keys[name] for name in names if name in keys), None)


def _value(record: dict[str, Any], key: str) -> tuple[bool, Any]:
    """The value of ``key`` in ``record`` (whatever its case: ``_key``), or, when it has no such key, of the
    dotted path it names ("data.text": the object of Twitter's API v2 holds the post in "data")."""
    found = _key(record, key)
    if found is not None:
        return True, record[found]
    value: Any = record
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return False, None
        value = value[part]
    return True, value


def _jsonl_posts(
    lines: Iterator[_Line], text_column: str | None, id_column: str | None, source: str, on_note: Note | None = None
) -> Iterator[Post]:
    """The posts of a JSON Lines export: one object a line, blank lines skipped.  An ``id_column`` the first
    object lacks ends the run, as a CSV header without it does: a typo gave every post the id null, exit 0.  A
    later object without the id the first has is told to ``on_note`` (its "id" is null), as is a first object
    whose ids are inside an object (``_ids_inside``)."""
    id_checked = False
    id_key: str | None = None  # the key of the first object's id, which a later object lacking is told
    first = True
    for line in lines:
        where = Location(source, line.number)
        if line.text is None:
            yield Post(line.number, None, None, InputError(f"the line is over {MAX_LINE_CHARS:,} characters", where))
            continue
        if not line.text.strip():
            continue
        if first:
            _refuse_json_document(line.text, where)
            first = False
        record = _json_record(line.text, where)
        if isinstance(record, Post):
            yield record
            continue
        if not id_checked:
            _refuse_first_object(record, text_column, id_column, where)
            id_checked = True
            id_key = id_column if id_column is not None else _default_id_key(record)
            if id_key is None and on_note is not None:
                _ids_inside(record, text_column, where, on_note)
        post = _json_post(record, text_column, id_column, where)
        if id_key is not None and post.error is None and on_note is not None and not _has_id(record, id_column):
            # a missing key gave "id": null with no word: an "id": null is the export's own
            on_note(where, f'the object has no key {quoted(id_key)}, as the first does: its "id" is null')
        yield post


def _default_id_key(record: dict[str, Any]) -> str | None:
    """The key of ``record``'s id when no --id-column names it: the first of ``ID_COLUMNS`` (whatever its case)."""
    return _first_key(record, ID_COLUMNS)


def _has_id(record: dict[str, Any], id_column: str | None) -> bool:
    """Whether ``record`` has the key of an id (``id_column``'s, else one of ``ID_COLUMNS``), null or not."""
    return _value(record, id_column)[0] if id_column is not None else _default_id_key(record) is not None


def _inside(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """The dotted path of the first of ``names`` (lower case; a key whatever its case) in an object inside
    ``record``: "data.text", "data.id" in an object of Twitter's API v2."""
    for key, value in record.items():
        if isinstance(value, dict):
            found = _first_key(value, names)
            if found is not None:
                return f"{key}.{found}"
    return None


def _beside(record: dict[str, Any], text_path: str | None, names: tuple[str, ...]) -> str | None:
    """The dotted path of the first of ``names`` (lower case; a key whatever its case) in the object that holds
    the post at the dotted ``text_path`` ("data.text" gives "data.id"), or None: a post at the top, or an id in
    another object (an author's "user.id"), which would key every post by its author."""
    if text_path is None or "." not in text_path:
        return None
    holder = text_path.rsplit(".", 1)[0]
    found, value = _value(record, holder)
    if not found or not isinstance(value, dict):
        return None
    key = _first_key(value, names)
    return f"{holder}.{key}" if key is not None else None


def _ids_inside(record: dict[str, Any], text_column: str | None, where: Location, on_note: Note) -> None:
    """Tell ``on_note`` of a first ``record`` with no id at its top but one in the object holding its post
    (Twitter's API v2: ``{"data": {"id": ..., "text": ...}}`` read with --text-column data.text): every "id" was
    null, with no word."""
    inside = _beside(record, text_column, ID_COLUMNS)
    if inside is not None:
        on_note(
            where,
            f'the object has no key of ids ({", ".join(ID_COLUMNS[:3])}...) at its top: each post\'s "id" is null; '
            f"say which with --id-column {inside}",
        )


def _refuse_json_document(first: str, where: Location) -> None:
    """End the run when the first line opens a JSON document rather than a line of JSON Lines: an array of posts
    (an export saved as posts.json), or JSON pretty-printed (an object over several lines): each of its lines
    was an error ("Expecting value", "Extra data"), and a line holding a whole object read as a post."""
    opening = first.strip()
    if opening.startswith("["):
        kind, jq = "a JSON array", "jq -c '.[]'"
    elif opening == "{":
        kind, jq = "JSON written over several lines", "jq -c ."
    else:
        return
    raise InputError(
        f"{kind}, not JSON Lines (one object a line): make it JSON Lines first, "
        f"{jq} posts.json | factcheck check - --input-format jsonl",
        where,
    )


def _refuse_first_object(
    record: dict[str, Any], text_column: str | None, id_column: str | None, where: Location
) -> None:
    """End the run when the first object lacks the key of posts (``text_column``, else any of ``TEXT_COLUMNS``) or
    ``id_column``, as a CSV header without the column does: a typo gave every post the id null, exit 0, and an
    export of Twitter's API v2 (its post in "data") one error a line."""
    shown = ", ".join(quoted(key) for key in record)
    if text_column is None and _first_key(record, TEXT_COLUMNS) is None:
        inside = _inside(record, TEXT_COLUMNS)
        example = ""
        if inside is not None:
            # its id too (API v2's "data.id"), unless named or at the top: each "id" was null, with no word
            ids = _beside(record, inside, ID_COLUMNS) if id_column is None and _default_id_key(record) is None else None
            options = f"--text-column {inside}" + (f" --id-column {ids}" if ids is not None else "")
            example = f" (a dotted path reads inside an object: {options})"
        raise InputError(f"the object has no key of posts ({shown}); say which with --text-column NAME{example}", where)
    for option, given in (("text", text_column), ("id", id_column)):
        if given is not None and not _value(record, given)[0]:
            if "." in given:
                inside = None
            elif option == "text":
                inside = _inside(record, (given.lower(),))
            else:  # in the object holding the post only: an author's id is no post's id
                inside = _beside(record, text_column, (given.lower(),))
            example = f"; a dotted path reads inside an object: --{option}-column {inside}" if inside else ""
            raise InputError(f"the object has no key {quoted(given)} ({shown}){example}", where)


def _json_id(value: Any) -> Any:
    """A post's id as given back: the JSON value as it is, but an integer beyond ±2**53 as its digits."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _EXACT_INTEGER:
        return str(value)
    return value


def _json_record(text: str, where: Location) -> dict[str, Any] | Post:
    """The object of one line of JSON Lines, or the ``Post`` of its error."""
    try:
        record = load_json(text.rstrip("\r\n"), (where.line, 1))
    except JsonError as exc:
        return Post(where.line, None, None, InputError(exc.reason, Location(where.path, where.line, exc.column)))
    if not isinstance(record, dict):
        return Post(where.line, None, None, InputError("not a JSON object: a post is one object a line", where))
    return record


def _json_post(record: dict[str, Any], text_column: str | None, id_column: str | None, where: Location) -> Post:
    """The post of one object of JSON Lines, or its error."""
    if id_column is not None:
        post_id = _json_id(_value(record, id_column)[1])
    else:
        id_key = _first_key(record, ID_COLUMNS)
        post_id = _json_id(record[id_key] if id_key is not None else None)
    key = text_column if text_column is not None else _first_key(record, TEXT_COLUMNS)
    if key is None:
        reason = f"the object has no key of posts ({', '.join(TEXT_COLUMNS[:3])}...): say which with --text-column"
        return Post(where.line, post_id, None, InputError(reason, where))
    found, value = _value(record, key)
    if not found:
        return Post(where.line, post_id, None, InputError(f"the object has no key {quoted(key)}", where))
    if value is not None and not isinstance(value, str):
        return Post(where.line, post_id, None, InputError(f"{quoted(key)} is {type(value).__name__}, not text", where))
    return Post(
        where.line, post_id, decoded(value or "", one_line=False)
    )  # null: a post without text, as an empty cell


def read_posts(
    read_line: Callable[[int], bytes],
    post_format: PostFormat,
    *,
    text_column: str | None = None,
    id_column: str | None = None,
    source: str = "<stdin>",
    on_note: Note | None = None,
    on_delimiter: Callable[[str], None] | None = None,
) -> Iterator[Post]:
    """The posts of an export, read a line at a time with ``read_line(size)`` (at most ``size`` bytes of a
    line, ``b""`` at the end: ``BinaryIO.readline``), in order.  Lazily: nothing is read before the first
    post is asked for, and the iteration raises ``InputError`` when the export cannot be read at all (UTF-16
    or binary data, a CSV header naming no column of posts or not the column asked for, an ``id_column`` the
    first JSON object lacks).  ``PostFormat.LINES`` is no export: ``ValueError`` at once.  ``on_note`` is told,
    once, where the first byte that is no UTF-8 is (read as Windows-1252, as every such byte); and of each row read
    as a post holding its delimiter not in quotes (``_joined_text``), each JSON object without the id the first
    has, and a first object whose ids are inside an object (``_ids_inside``).  ``on_delimiter`` is told the
    delimiter a CSV export's header was read with (";" for Excel's CSV in some languages), before its first post."""
    lines = _lines(read_line, source, on_note)
    if post_format is PostFormat.JSONL:
        return _jsonl_posts(lines, text_column, id_column, source, on_note)
    if post_format is PostFormat.LINES:
        raise ValueError("lines are statements, not posts: read them as check - does")
    delimiter = "\t" if post_format is PostFormat.TSV else ","
    return _csv_posts(lines, delimiter, text_column, id_column, source, on_note, on_delimiter)
