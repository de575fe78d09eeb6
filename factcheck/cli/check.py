"""``factcheck check``: the fact-checks that match a statement, or a plain "no match"."""

from __future__ import annotations

import csv
import json
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.text import Text

from ..csvclaims import spreadsheet_safe
from ..errors import InputError, Location, shown_name, typed_name
from ..inputfiles import (
    STDIN_NAME,
    UTF16_WITH_BOM,
    control_character_code,
    not_utf8_text,
    read_stdin,
    utf16_line,
    utf16_message,
    utf16_without_bom,
)
from ..matching import (
    POSSIBLE_MATCH,
    Match,
    Matcher,
    is_a_liking,
    is_a_search,
    scored_by,
    search_statement,
    shown_score,
    threshold_text,
)
from ..postrows import POST_ROW_COLUMNS, csv_lines, post_rows
from ..posts import ID_COLUMNS, TEXT_COLUMNS, Post, PostFormat, read_posts
from ..store import bundled_kb_path
from ..validation import bidi_control_code
from .app import ExitCode, app, report_error
from .matcher import MatcherChoice, MatcherOption, ModelDirOption, open_matcher
from .options import (
    FactcheckCommand,
    JsonOption,
    KbOption,
    MinScoreOption,
    is_stdin,
    json_or_format,
    kb_path,
    one_of,
    open_kb,
    stdin_read_once,
    undecoded_byte,
)
from .output import console, error_console, is_terminal, print_json, sanitize, write_csv
from .render import match_block

MAX_STATEMENT_CHARS = 10_000
#: the matches shown by default: a person reads the next two candidates too; a spreadsheet gets one row a line or post
DEFAULT_TOP = 3


class CheckFormat(StrEnum):
    """What ``check`` prints: text (one statement, the default), JSON (as --json; ``check -``'s default), or CSV
    (``check -``: a row a line, or a post of an export, ``--input-format csv|tsv|jsonl``: ``postrows``)."""

    TEXT = "text"
    JSON = "json"
    CSV = "csv"


@dataclass(frozen=True)
class Answer:
    """What ``check`` found for one statement: the matches that clear the threshold, and the score of
    the best candidate whether it cleared it or not (None when there was no candidate at all)."""

    matches: list[Match]
    closest: float | None
    threshold: float
    #: the matcher whose scores these are (``matching.scored_by``); None when no statement was read
    scored_by: str | None = None
    #: the sentence of a statement of several whose matches these are (``matching.search_statement``); None when the
    #: statement matched whole, or nothing matched
    sentence: str | None = None


def spoken_statement(statement: str) -> str:
    """``transcript.spoken_statement``, imported when a statement is checked: the transcript module is the
    heaviest import of the command line, and every other command (list, show, add...) went without it but
    paid for it on each run."""
    from ..transcript import spoken_statement as spoken

    return spoken(statement)


def answer(matcher: Matcher, statement: str, top: int, min_score: float | None, *, sentences: bool = False) -> Answer:
    """The matches of ``statement``, read without a transcript line's timestamp and numbered speaker
    (``transcript.spoken_statement``: "[00:12:31] Speaker 2: X" is X, as ``scan`` reads the line); with
    ``sentences`` (``--sentences``), by one of its sentences when it matches nothing whole
    (``matching.search_statement``, as ``find_matches(..., sentences=True)`` finds them)."""
    threshold = matcher.threshold if min_score is None else min_score
    statement = spoken_statement(statement)
    candidates: list[Match] = []
    if statement.strip():
        candidates = search_statement(matcher, statement, top=top, sentences=sentences)
    closest = candidates[0].score if candidates else None
    matches = [m for m in candidates if m.score >= threshold]
    sentence = matches[0].sentence if matches else None
    return Answer(matches, closest, threshold, scored_by(matcher, sentence or statement), sentence)


def result_object(
    query: str | None, found: Answer, kb: str, matcher: str, *, line: int | None = None
) -> dict[str, Any]:
    """One line of ``check -`` output; also what ``check --json`` prints (a stable contract), less ``line``.

    ``line`` is the number of the input line answered (from 1), as ``scan`` numbers a sentence's: the
    answers of a stream filtered (``jq 'select(.matches != [])'``) still say which post each is.

    ``kb`` names the claims file that answered (the default one may be the bundled starter file); ``matcher`` the
    matcher in use: "lexical", "semantic" or "hybrid"; ``scored_by`` the one whose scores these are: the same, but
    "lexical" for a statement the hybrid matcher's model cannot read (mostly one in another script than Latin),
    which it hands to the lexical matcher (null for a line that could not be read); ``sentence`` (``--sentences``)
    the sentence of a statement of several that matched, when the statement read whole matched nothing
    (``matching.search_statement``), else null (added last); ``query`` is None for an input line that could not be
    read.  ``closest_score`` is the best candidate's score, matched or not (null when there was none), and
    ``threshold`` the one applied: the text output's "closest candidate scored 0.04; the match threshold is 0.50".
    The closest claim itself is not given: below the threshold, it is most likely the wrong one, and silence beats a
    wrong match."""
    numbered = {} if line is None else {"line": line}
    return numbered | {
        "query": query,
        "matches": [m.to_dict(threshold=found.threshold) for m in found.matches],
        "kb": kb,
        "matcher": matcher,
        "closest_score": _closest_shown(found),
        "threshold": found.threshold,
        "scored_by": found.scored_by,
        "sentence": found.sentence,
    }


def _closest_shown(found: Answer) -> float | None:
    """The closest score as a match's score is shown: to 4 decimals, never rounded across the threshold
    (0.49996 under 0.5 is 0.4999, not 0.5 "not matched")."""
    return None if found.closest is None else shown_score(found.closest, found.threshold)


def _length_error(statement: str, what: str, location: Location | None = None) -> InputError | None:
    if len(statement) <= MAX_STATEMENT_CHARS:
        return None
    return InputError(
        f"{what} is {len(statement):,} characters long; a statement is at most "
        f"{MAX_STATEMENT_CHARS:,} (use 'factcheck scan' for a whole article)",
        location,
    )


def _stdin_is_a_terminal() -> bool:
    return typer.get_binary_stream("stdin").isatty()


#: C0 control characters but those a line of text holds (tab, CR at a line's end, a page break: pdftotext writes a
#: form feed at each, a vertical tab): in binary data and in UTF-16 read as UTF-8; LF ends the line
_CONTROL_CHARACTER = re.compile("[\x00-\x08\x0e-\x1f]")
#: the least share of a line's visible characters that are control characters for it to be no text: a piece of
#: UTF-16 read as UTF-8 is about half control characters ('\x1f\x04@\x04...', '\x04'); text that holds a bell
#: or a DOS end-of-file mark has a few
_CONTROL_SHARE = 0.25
_CONTROL_BYTES = re.compile(b"[\x00-\x08\x0b-\x0c\x0e-\x1f]")


def _stdin_statements() -> Iterator[tuple[int, str | InputError]]:
    """Lines of standard input as text, each with its number (from 1, a line a CR alone ends counted as a
    line); a line that cannot be a statement (too long, not UTF-8, a NUL
    byte in it) as the ``InputError`` saying why, so that the lines after it are still checked.
    Binary data and UTF-16 text end the input: they are no list of statements at all."""
    stream = typer.get_binary_stream("stdin")
    limit = MAX_STATEMENT_CHARS * 4 + 2  # bytes: UTF-8 takes at most 4 per character
    number = 0
    previous: str | None = None  # the UTF-16 encoding the line before is laid out in (``utf16_line``)
    previous_opens_le = False  # the line before, laid out as neither, may be a first line of UTF-16LE (``utf16_line``)
    while True:
        raw = read_stdin(stream, limit, line=True)
        if raw.endswith(b"\x1a") and len(raw) < limit:
            # the input's very last byte (readline stops short of a line break only at the end, or at the limit):
            # the end-of-file mark of a DOS editor, no part of the last line, nor a line of its own
            raw = raw[:-1]
        if not raw:
            return
        number += 1
        # named as every message names a line of a file, standard input '<stdin>' ('<stdin>:2: error: ...')
        where = Location(STDIN_NAME, number)
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            # scan and import say so too: the file is text, in an encoding to convert, not binary.  On any line:
            # UTF-16 with its mark after UTF-8 lines (cat notes.txt windows.txt) was "without a byte-order mark"
            raise InputError(UTF16_WITH_BOM, where)
        too_long = len(raw) >= limit and not raw.endswith(b"\n")
        layout = (
            None
            if too_long or not _CONTROL_BYTES.search(raw)
            else utf16_line(raw, after=previous, after_odd=previous_opens_le)
        )
        if layout is not None:
            yield number, _utf16_laid_line(raw, where, layout, after=previous)
            previous, previous_opens_le = layout, False
            continue
        if previous == "UTF-16LE" and raw.startswith(b"\x00"):
            # a line of UTF-8 after one of UTF-16LE opens with the high byte of that line's break: not its own
            raw = raw[1:]
        previous, previous_opens_le = None, _may_open_utf16le(raw, too_long=too_long)
        _refuse_binary(raw, where, too_long=too_long)
        if too_long:
            cr_line_ends = _CR_ALONE.search(raw) is not None  # looked at in its first piece, the one read
            while raw and not raw.endswith(b"\n"):  # the rest of the line, read in bounded pieces
                raw = read_stdin(stream, limit, line=True)
                _refuse_binary(raw, where, too_long=True)
            yield (
                number,
                InputError(
                    f"the line is too long; a statement is at most {MAX_STATEMENT_CHARS:,} characters"
                    + (_CR_LINE_ENDS_ADVICE if cr_line_ends else ""),
                    where,
                ),
            )
            continue
        for index, line in enumerate(_lines_of(raw)):
            if index:  # a line ended by a CR alone is a line, numbered as every other
                number += 1
                where = Location(STDIN_NAME, number)
            yield number, _decoded_line(line, number, where)


#: a carriage return not followed by a line feed: the line end of classic Mac OS text (and of old Mac apps'
#: text on the clipboard, ``pbpaste``), as ``scan`` reads it; a CR before a LF is part of a Windows line end
_CR_ALONE = re.compile(rb"\r(?!\n)")
_CR_LINE_ENDS_ADVICE = (
    " (its lines end in a carriage return (CR) alone, as old Mac text's do: change them to line feeds first, "
    "e.g. tr '\\r' '\\n')"
)


def _lines_of(raw: bytes) -> list[bytes]:
    """The lines of ``raw``, one line of standard input read up to its line feed or the input's end: when no
    line feed ends it (the rest of the input holds none), the lines its CRs alone end too.  Text with classic
    Mac line ends ("a\\rb\\r", ``pbpaste`` of an old app's text) was one statement, its sentences checked
    together and answered as one.  Splitting UTF-8 at byte 0x0D cuts no character (no byte of a character of
    several is below 0x80)."""
    if raw.endswith(b"\n"):
        # a line ended by a line feed is one line, a CR inside it too: a post of a platform's export holding a
        # stray CR ("A.\rB.\n"), or a line ending CR CR LF (a Windows file written twice over), split there,
        # gave more answers than lines, and every later answer the number of another line (review35b)
        return [raw]
    lines = _CR_ALONE.split(raw)
    if len(lines) > 1 and not lines[-1]:
        lines.pop()  # the CR that ends the input's last line (no line feed after it) ends it only
    return lines


def _may_open_utf16le(raw: bytes, *, too_long: bool) -> bool:
    """Whether ``raw``, laid out as no line of UTF-16, may be the first line of UTF-16LE all the same: an odd
    number of bytes (its characters and its break's low byte) that are no UTF-8 statement, a blank line (UTF-16LE
    opening with a line break: "\\n\\0" read as UTF-16BE, with a wrong iconv command) or control characters.  Not
    a line of UTF-8 text of an odd length: UTF-16BE after it opens with a NUL too, and was read so."""
    odd = not too_long and raw.endswith(b"\n") and len(raw) % 2 == 1
    return odd and (raw == b"\n" or _CONTROL_BYTES.search(raw) is not None)


def _utf16_laid_line(raw: bytes, where: Location, encoding: str, *, after: str | None) -> InputError:
    """The error of a line laid out as a line of UTF-16 text (``utf16_line``); raised, ending the run, when
    it is UTF-16 text: the first line, the second of two lines so laid out one after the other, or bytes that
    are not UTF-8.  Else it may be one post's NULs (``jq -r .text`` writes "f\\u0000r\\u0000e\\u0000e\\u0000"
    as "f\\0r\\0e\\0e\\0", UTF-16LE's layout): that line's error, naming both readings, and the run goes on.
    Told from the line and the one before it, never by waiting for the next: a producer that writes one post
    and waits for its answer would wait for ever.  So UTF-16 after lines of UTF-8 (``cat notes.txt
    windows.txt``) ends the run on its second line."""
    if where.line == 1 or after == encoding or not _is_utf8(raw):
        raise InputError(utf16_message(encoding), where)
    return InputError(
        f"the line holds NUL bytes, laid out as {encoding} text: not a statement; if the input is {encoding}, "
        f"convert it to UTF-8 first (e.g. iconv -f {encoding} -t UTF-8)",
        where,
    )


def _refuse_binary(raw: bytes, where: Location, *, too_long: bool) -> None:
    """End the run (``InputError``) when a line (or a piece of a ``too_long`` one) of standard input
    is no text: NUL bytes in bytes that are not UTF-8 either (an image; named UTF-16 when shaped so, as
    scan and import name it), or in a line too long to be a statement (/dev/zero is one endless line of
    NULs: each piece is looked at, so that reading it ends).  Whichever line it is: a NUL in a line of
    UTF-8 text is that line's flaw alone (``_decoded_line``), even where NULs fill every other byte
    (``utf16_line`` tells UTF-16 text by its layout)."""
    if b"\x00" not in raw or not (too_long or not _is_utf8(raw)):
        return
    utf16 = utf16_without_bom(raw)
    raise InputError(utf16_message(utf16) if utf16 is not None else "binary data, not text", where)


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


#: a line of standard input (``_lines_of``) holds no line break: the column counts from its start
_LINE_FEED = re.compile("\n")


def _decoded_line(raw: bytes, number: int, where: Location) -> str | InputError:
    """One line of ``check -`` input as a statement, or why it is none.  A NUL byte in a line of
    text is one post's flaw (``jq -r .text`` writes a post's "\\u0000" as a raw NUL), on the first
    line as on any other: that line gets its error, and the run goes on (``_refuse_binary`` has
    ended it already for binary data)."""
    try:
        # a byte-order mark opens any line, not the first alone: 'cat a.txt notepad.txt' puts the second file's
        # mark on a line of its own, and it was kept in that line's "query" ("\ufeffUS troops in Mexico")
        line = raw.decode("utf-8-sig").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        # named as in a file (its byte, its character in Windows-1252, its column): "not UTF-8 text" alone
        # left the user to find which character of the line it was
        _, column, message = not_utf8_text(exc, line_break=_LINE_FEED)
        return InputError(message, Location(where.path, where.line, column))
    return _statement_or_error(line, where)


def _statement_or_error(line: str, where: Location, what: str = "the line") -> str | InputError:
    """``line`` as a statement, or why it is none: a NUL byte, control characters, too long.  For a line of
    ``check -`` and a post of an export alike (``what``: "the post", which may span lines)."""
    if "\x00" in line:
        return InputError(f"{what} holds a NUL byte: binary data, not a statement", where)
    from ..text import without_terminal_codes  # imported here: '--version' and '--help' need no text module

    # a terminal's colour codes pasted with a statement are text's (the matcher reads past them), as a page break is
    visible = without_terminal_codes(line).strip(" \t\r\x0b\x0c")
    controls = _CONTROL_CHARACTER.findall(visible)
    if controls and len(controls) >= _CONTROL_SHARE * len(visible):
        # UTF-16 with no NUL (Cyrillic's high bytes are 0x04), or cut at a 0x0A byte inside a character
        # (U+040A, U+4E0A), was answered as a statement of control characters
        return InputError(
            f"{what} holds a control character ({control_character_code(controls[0])}): not text, not a statement",
            where,
        )
    return _length_error(line, what, where) or line


#: how the human output names a matcher other than the lexical one (the default without the semantic extra)
MATCHER_NOTES = {"semantic": "semantic matching", "hybrid": "hybrid matching: words and meaning"}


def _matcher_note(matcher: str, scorer: str | None) -> str:
    """What the human output says of the matcher: the one in use, or, when it handed the statement to
    another (``scored_by``), that one, and why: "hybrid matching" over a lexical score would mislead."""
    if scorer is not None and scorer != matcher:
        return f" ({scorer} matching: the {matcher} matcher's model cannot read this statement)"
    return f" ({MATCHER_NOTES[matcher]})" if matcher in MATCHER_NOTES else ""


#: above the matches of a word or two (``is_a_search``)
SEARCH_NOTE = Text(
    "A word or two is a search, not a statement: each verdict below is about its claim, not about your words.",
    style="bold yellow",
)
#: above the matches of a liking of a word or two (``is_a_liking``: "I like tacos"), in the place of ``SEARCH_NOTE``
LIKING_NOTE = Text(
    "Saying you like or dislike something is not a statement: each verdict below is about its claim, not about "
    "your words.",
    style="bold yellow",
)


def _alias_hint(query: str, kb: Path | None, path: Path) -> Text | None:
    """How to make the claims file find a statement worded so, after a "no match": add it to the claim's
    aliases (the teacher whose "Do jabs cause autism?" found nothing did not know of them).  Only where it
    helps: on a terminal (a script's loop of statements would get it each time), for a file of one's own
    (``edit`` never changes the bundled starter file), and for a statement, not one or two words: a search
    ("vaccines") is no wording to add.  And only for a regular file: ``edit`` cannot change a pipe
    (``--kb <(cat claims.yaml)`` is read as /dev/fd/63, which the edit suggested would not find)."""
    if not is_terminal() or is_stdin(kb) or path.resolve() == bundled_kb_path().resolve():
        return None
    if not path.is_file():
        return None
    if is_a_search(query):
        return None
    given = f" --kb {typed_name(str(kb))}" if kb is not None else ""  # a byte not UTF-8 as bash types it
    return Text(
        f'(to have a claim found by your words: factcheck edit ID{given} --add-alias "...")',
        style="dim",
    )


def _bidi_note(query: str) -> Text | None:
    """What to say of a statement holding a bidirectional control that can make it show otherwise than it reads
    (``bidi_control_code``: not the iOS Twitter app's LRI...PDI around an @mention), or None.  Copied from a web
    page, "There are \\u202eton\\u202c US troops in Mexico" shows as "There are not US troops..." where it came
    from, but is checked as written ("ton"): the verdict of "There are US troops in Mexico" came with no word that
    the statement checked was not the one seen, which the text output does not repeat (``--json`` gives it,
    escaped, as "query")."""
    code = bidi_control_code(query)
    if code is None:
        return None
    return Text(
        f"Your statement holds a bidirectional control ({code}): where it came from, its words may show in another "
        f"order than they are checked. It was checked as written: {sanitize(query)}",
        style="bold yellow",
    )


def _print_human(matcher: str, query: str, found: Answer, kb_label: str, hint: Text | None = None) -> None:
    out = console()
    matches, threshold, best = found.matches, found.threshold, found.closest
    bidi = _bidi_note(query)
    if bidi is not None:
        out.print(bidi)
        out.print()
    note = _matcher_note(matcher, found.scored_by)
    if not matches:
        message = Text("No fact-check matches this statement", style="bold")
        message.append(f" in {shown_name(kb_label)}{note}.")
        out.print(message)
        if best is not None:
            out.print(
                Text(
                    f"(closest candidate scored {threshold_text(best, apart_from=threshold)}; the match threshold is "
                    f"{threshold_text(threshold)})",
                    style="dim",
                )
            )
        if hint is not None:
            out.print(hint)
        return
    if is_a_search(query):
        # "vaccines?" shown beside FALSE read as "vaccines are false": the words are no statement to rate
        out.print(LIKING_NOTE if is_a_liking(query) else SEARCH_NOTE)
        out.print()
    for i, match in enumerate(matches):
        if i:
            out.print()
        out.print(match_block(match))
    out.print()
    read = matches[0].statement
    if found.sentence is not None:
        # the statement read whole matched nothing: say which of its sentences these matches are of
        out.print(Text(f"Matched on one sentence of the statement: {sanitize(found.sentence)}", style="dim"))
    # misspelt words were read as the claims file's (LexicalMatcher.corrected); a transcript line's timestamp and
    # numbered speaker are not read (``answer``), which is no correction to show
    if read is not None and read != (found.sentence or spoken_statement(query)):
        out.print(Text(f"Read as: {sanitize(read)} (misspelt words taken for the claims file's)", style="dim"))
    out.print(Text(f"Checked against {shown_name(kb_label)}{note}.", style="dim"))


#: a cell that ends a sentence: no column's name
_SENTENCE_END = re.compile(r"[.!]$")


#: a cell in quotes, as a quoting writer writes it (Python's csv, pandas, Excel, R): it opens and ends a cell, and a
#: quote in it is doubled (``_QUOTED_CELL``) or, as R's ``write.table`` writes it by default (``qmethod="escape"``),
#: escaped ('\\"', ``_ESCAPED_CELL``).  A tab-separated file whose quotes all open or close such cells is read with
#: its quotes (``"Tacos\nand more"`` is one post); one with a quote that opens or closes no cell, as a plain export
#: of a post opening with a quote it never closes ('"Wow. There are...'), is read with quotes as text, else the rows
#: up to the next quote were merged into one.  A cell's lines after its first hold no tab: in a plain export, a post
#: opening a quote ('"We will build a wall') that a later row's closes ('and Mexico will pay for it"') read as one
#: cell spanning the rows between (their tabs on lines of their own), merging them
_CELL = r'(?<![^\t\r\n])"(?:[^"{no}\r\n]|{quote})*(?:[\r\n](?:[^"{no}\t]|{quote})*)?"(?![^\t\r\n])'
_QUOTED_CELL = _CELL.format(no="", quote='""')
_ESCAPED_CELL = _CELL.format(no="\\\\", quote=r"\\[\s\S]")


def _quoted_cells(text: str) -> bool:
    """Whether every quote of tab-separated ``text`` opens, closes or doubles inside a quoted cell
    (``_QUOTED_CELL``), as the command of ``_csv_header_note`` decides how to read a file."""
    return '"' not in re.sub(_QUOTED_CELL, "", text) or '"' not in re.sub(_ESCAPED_CELL, "", text)


def _csv_header(line: str) -> tuple[str, list[str], str] | None:
    """The delimiter, column names and column of posts of ``line`` when it reads as the header of a CSV (or
    tab-separated) file of posts: two names or more, one of them a column of posts (``TEXT_COLUMNS``), none
    with a space at either end or ending a sentence; empty names (the index column of pandas' ``to_csv``, a
    delimiter ending the line) and long ones (twarc's "author.public_metrics.followers_count") are names.  A
    line of two cells has a name of three words at most beside the column's ("Tweet\\tUS troops in Mexico" is
    a label and a statement pasted from a spreadsheet).  Without a column of posts it is taken for a statement:
    "Mexico,Canada,US signed the USMCA", "red,white,blue", "Bananas are berries.\\tTrue".  A file of posts
    piped in whole is checked a row at a time, its other columns with its text, and a post with a line break
    in it as two.  Read as the command of ``_csv_header_note`` reads it: quotes are text in a tab-separated
    line unless they all open and close cells (R's ``write.table`` quotes every name: '"id"\\t"text"')."""
    line = line.split("\r", 1)[0]  # a CR inside a line ends a row to the csv module (which refuses it in one)
    for delimiter in ("\t", ",", ";"):
        if delimiter not in line:
            continue
        cells = (
            csv.reader([line], delimiter=delimiter, quoting=csv.QUOTE_NONE)
            if delimiter == "\t" and not _quoted_cells(line)
            else csv.reader([line], delimiter=delimiter)
        )
        try:
            names = next(cells, [])
        except csv.Error:  # no line of a table: a statement
            return None
        lowered = [name.lower() for name in names]
        column = next((names[lowered.index(n)] for n in TEXT_COLUMNS if n in lowered), None)
        if column is None or len(names) < 2:
            continue
        if any(name != name.strip() or _SENTENCE_END.search(name) for name in names):
            continue
        if len(names) == 2 and len(names[1 - names.index(column)].split()) > 3:
            continue
        return delimiter, names, column
    return None


#: how the command of ``_csv_header_note`` reads the file's text: UTF-8 (a byte-order mark skipped), each byte
#: that is no UTF-8 read as Windows-1252, Windows' "ANSI" in Western Europe and the Americas (Excel's "CSV" there):
#: a file in it was a UnicodeDecodeError traceback, and a UTF-8 file with one such byte (a row pasted from
#: elsewhere) is read as UTF-8 still, where reading it all as Windows-1252 garbled every accented post ("MÃ©xico").
#: "replace" keeps Windows-1252's five unused bytes from a traceback
_READ_TEXT = (
    'codecs.register_error("w", lambda e: (e.object[e.start : e.end].decode("cp1252", "replace"), e.end)); '
    't = open(sys.argv[1], "rb").read().decode("utf-8-sig", "w"); '
)


def _script_pattern(pattern: str) -> str:
    """``pattern`` as the command's script writes it, in a raw string in double quotes."""
    return 'r"' + pattern.replace('"', '\\"') + '"'


def _csv_header_note(delimiter: str, names: list[str], column: str, *, answers: str = "") -> str:
    """What to type to check the posts of a CSV file whose header is ``names``: its ``column``, one a line (an
    empty line for a row cut short).  The file is read as UTF-8, a byte not UTF-8 as Windows-1252 (``_READ_TEXT``).
    A tab-separated file is read with its quotes when they all open and close cells, doubled inside
    (``_QUOTED_CELL``: pandas' and Excel's exports quote a post holding a quote or a line break) or escaped
    (``_ESCAPED_CELL``, R's ``write.table``), else with quotes as text (``QUOTE_NONE``): plain exports of
    tab-separated text do not quote, and a quote opening a post ("Wow.) read as one merged the rows up to the next
    quote.  The column is taken by its place, not its name (the names quoted and quotes read as text, '"text"' was
    a KeyError), one further on when every row, of two or more, has one cell more than the header: R's
    ``write.table`` writes the row names (its default ``row.names=TRUE``) on every row, in a column its header does
    not name; not when
    one row alone has one more (an unquoted comma in one post moved every post of the file a column on, printing
    the rest of that one post and empty lines), nor when each row's last cell is empty, a delimiter ending
    every row (``1,hello,``).  Only what the script uses is imported: the comma variant needs no ``re``.  Each
    ``factcheck check -`` it names is given ``answers``, the options of the answers asked for (``--format csv``), so
    that what it suggests writes what the user asked for."""
    options = ""
    if delimiter == "\t":
        options = (
            f'**({{}} if chr(34) not in re.sub({_script_pattern(_QUOTED_CELL)}, "", t) else '
            f'{{"escapechar": "\\\\", "doublequote": False}} '
            f'if chr(34) not in re.sub({_script_pattern(_ESCAPED_CELL)}, "", t) '
            'else {"quoting": QUOTE_NONE}), '
        )
    imports = (
        "import sys, io, re, codecs; from csv import reader, QUOTE_NONE; "
        if delimiter == "\t"
        else "import sys, io, codecs; from csv import reader; "
    )
    script = (
        f"{imports}"
        f"{_READ_TEXT}"
        f'r = [x for x in reader(io.StringIO(t, newline=""), {options}delimiter={json.dumps(delimiter)}) if x]; '
        f"k = {names.index(column)} + (len(r) > 2 and all(len(x) == len(r[0]) + 1 for x in r[1:]) "
        "and any(x[-1] for x in r[1:])); "
        '[print(" ".join((x[k] if k < len(x) else "").split())) for x in r[1:]]'
    )
    quotes = (
        "; quotes read as text unless each opens or closes a cell, as pandas, Excel and R quote"
        if delimiter == "\t"
        else ""
    )
    shown = ", ".join(name or '""' for name in names)
    file = "FILE.tsv" if delimiter == "\t" else "FILE.csv"  # the name a tab-separated export has
    # --input-format reads it as an export, one answer a post: csv reads one split by semicolons too (its header)
    reads = "tsv" if delimiter == "\t" else "csv"
    command = f"factcheck check - {answers}".rstrip()
    export = (
        f"read it as an export instead, one answer a post with its id: {command} --input-format {reads} < {file}; or "
    )
    return (
        f"factcheck: {STDIN_NAME}:1: note: this line looks like a CSV header ({shown}): each line is "
        "checked whole as one statement, the other columns with the text, and a post holding a line break as "
        f"two; {export}give the posts alone, one a line (a byte not UTF-8 read as Windows-1252, Windows' "
        '"ANSI": '
        f"convert another encoding first, e.g. Cyrillic Windows-1251: iconv -f WINDOWS-1251 -t UTF-8{quotes}): "
        f"python3 -c {shlex.quote(script)} {file} | {command}"
    )


#: the help of --text-column and --id-column, their defaults named from ``posts``' own tuples (copies drifted)
_TEXT_COLUMN_HELP = (
    f"The column (jsonl: key, or dotted path) of the posts' text. Default: the first of {', '.join(TEXT_COLUMNS)}."
)
_ID_COLUMN_HELP = (
    'The column (jsonl: key, or dotted path) of the posts\' ids, given back as "id". Default: the first of '
    f"{', '.join(ID_COLUMNS)}; none: null."
)


@app.command(short_help="Show the fact-checks that match a statement.", cls=FactcheckCommand)
def check(
    statement: Annotated[
        Optional[str],
        typer.Argument(
            help="The statement to check, or - to read one statement per line from standard input (JSON Lines out, "
            "or CSV with --format csv; also when none is given and standard input is piped).",
            show_default=False,
            metavar="STATEMENT",
        ),
    ] = None,
    kb: KbOption = None,
    top: Annotated[
        Optional[int],
        typer.Option(
            "--top",
            "-n",
            min=1,
            max=100,
            help=f"Show at most this many matches. Default: {DEFAULT_TOP}; with --format csv, 1 (one row a line or "
            "post).",
            metavar="N",
            show_default=False,
        ),
    ] = None,
    min_score: MinScoreOption = None,
    json_output: JsonOption = False,
    output_format: Annotated[
        Optional[CheckFormat],
        typer.Option(
            "--format",
            parser=one_of(CheckFormat),
            help="text (one STATEMENT's default), json (as --json; check -'s default), or csv (check -): one row a "
            "line, or a post with --input-format csv, tsv or jsonl (a match, with --top), spreadsheet-safe.",
            show_default=False,
        ),
    ] = None,
    bom: Annotated[
        bool,
        typer.Option(
            "--bom",
            help="--format csv only: start with a UTF-8 byte-order mark, so that Excel on Windows, opening the file "
            "with a double click, reads accents and other scripts right (as export --bom).",
        ),
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Read the claims file and build the matching index (and claim embeddings) afresh, "
            "without reading or writing the cache.",
        ),
    ] = False,
    matcher_choice: MatcherOption = MatcherChoice.AUTO,
    model: ModelDirOption = None,
    input_format: Annotated[
        PostFormat,
        typer.Option(
            "--input-format",
            parser=one_of(PostFormat),
            help="With STATEMENT '-', how to read standard input: lines (one statement each), or an export of "
            "posts: csv, tsv (a header row first) or jsonl (one JSON object a line), one answer a post.",
            metavar="FORMAT",
        ),
    ] = PostFormat.LINES,
    text_column: Annotated[
        Optional[str],
        typer.Option(
            "--text-column",
            help=_TEXT_COLUMN_HELP,
            metavar="NAME",
            show_default=False,
        ),
    ] = None,
    id_column: Annotated[
        Optional[str],
        typer.Option(
            "--id-column",
            help=_ID_COLUMN_HELP,
            metavar="NAME",
            show_default=False,
        ),
    ] = None,
    sentences: Annotated[
        bool,
        typer.Option(
            "--sentences",
            help="A statement of several sentences that matches nothing read whole may match by one of them "
            '("X. Stay safe everyone."): the JSON\'s "sentence" (with --format csv, a last "sentence" column) says '
            "which. Off by default: it finds more "
            "fact-checks, and more wrong ones (docs/matching.md).",
        ),
    ] = False,
) -> None:
    """Show the fact-checks that match STATEMENT, best first, with verdict, sources and score.

    Exits 1 when nothing matches (like grep). With STATEMENT "-", reads statements from
    standard input, one per line, and writes one JSON object per line:
    {"line": ..., "query": ..., "matches": [{"id", "claim", "verdict", "score", "summary", "sources",
    "polarity", "differences", "strength"}], "kb": ..., "matcher": ..., "closest_score": ..., "threshold": ...,
    "scored_by": ..., "sentence": ...} ("line": the input line's number, from 1; "kb": the claims file used;
    "closest_score": the best candidate's score, matched or not, null when there was none; "threshold": the one
    applied; "scored_by": the matcher whose scores these are, as "matcher" but "lexical" for a statement the hybrid
    matcher's model cannot read, mostly one in another script than Latin; "sentence": the one sentence of the
    statement the matches are of, when the statement read whole matched nothing, else null); for a line that is no
    statement (too long, not UTF-8, a NUL byte), {"line": ..., "query": null, "matches": [], "kb": ..., "matcher":
    ..., "closest_score": null, "threshold": ..., "scored_by": null, "sentence": null, "error": ...}, and exit 2 at
    the end. --json prints the same object for
    STATEMENT, less "line".
    The score is the estimated probability that the fact-check is the one the statement refers
    to; polarity is "opposite" when the statement says the contrary of the checked claim (the
    verdict is then about the claim, not the statement); differences lists the names, dates,
    amounts or places where the two differ ({"statement": [...], "claim": [...]}, or null; "statement"
    empty when the statement names no one and no amount, or no number where the claim bounds one ("more than
    10,000"), "claim" listing the names and counts it leaves open: the match is then shown as a possible one);
    strength is "match", or "possible match" as the
    text output shows it (a score under 0.80 before rounding, a statement of a word or two, a liking of a
    word or two ("I like tacos"), or one that leaves open whose or how many: compare the claim with it),
    whatever --min-score is. Big knowledge bases are indexed once and cached ($FACTCHECK_CACHE_DIR, else
    the user cache folder).

    With the semantic extra installed (pip install '.[semantic]' in the factcheck source folder), statements are matched
    by meaning as well as by words (--matcher hybrid, the default then); "matcher" in the JSON
    output says which matcher answered.

    With --input-format csv, tsv or jsonl, standard input is a platform's export of posts: one answer per
    post, in order, also for an empty post (no match), its line breaks kept in one answer, with "line" the
    line the post starts on and "id" its id (--id-column); a row or line that cannot be read (an unclosed
    quote, a row of fewer cells than the header, a line that is no JSON object) gets its error object, named
    by line, and the posts after it are checked (a row of more cells is read as a post holding the delimiter,
    with a note). A CSV file split by semicolons (Excel's in some languages) is read so, as its header says.
    A summary, the posts counted by the verdict of their best match (and how many of them a possible match),
    goes to standard error (on Ctrl-C, those answered until then, exit 130).

    --format csv writes the answers of check - as CSV instead, one row a line (a post, with --input-format)
    and its best match (a match, with --top N): id (the post's; empty for a line, which has none), line,
    rank, match ("match", "possible match", "no match" or "error"), verdict, claim_id, score, polarity,
    claim, source_url (the claim's first source), post (the line or post), error, differences (where the
    claim names another actor, place, date or amount than the post), and with --sentences a last column,
    sentence (the sentence a post matched by); a blank line is a row too (no match),
    as it is an answer in JSON; every cell quoted, one opening with = + - @ or a tab with an apostrophe
    first, so that no spreadsheet runs it as a formula (--bom for Excel). Standard error and the exit code
    are those of the JSON answers.
    """
    implicit = statement is None
    table = input_format is not PostFormat.LINES
    if statement not in (None, "-") and (table or text_column is not None or id_column is not None):
        given = "--input-format" if table else "--text-column" if text_column is not None else "--id-column"
        raise typer.BadParameter(
            "reads posts from standard input: give STATEMENT '-' (or none), not a statement", param_hint=f"'{given}'"
        )
    if not table and (text_column is not None or id_column is not None):
        given = "--text-column" if text_column is not None else "--id-column"
        raise typer.BadParameter(
            "is for an export of posts: give --input-format csv, tsv or jsonl with it", param_hint=f"'{given}'"
        )
    shown = _output_format(json_output, output_format, statement, bom=bom)
    if top is None:
        top = 1 if shown is CheckFormat.CSV else DEFAULT_TOP
    if statement in (None, "-"):
        stdin_read_once(kb, "the statements (STATEMENT '-', or none given)")
    if statement is None:  # piped in, as scan reads an article: `... | factcheck check`
        if _stdin_is_a_terminal():
            raise typer.BadParameter(
                "none given; type one, or pipe statements in, one per line.", param_hint="'STATEMENT'"
            )
        statement = "-"
    if statement != "-":  # a bad statement is reported before any index is built or model loaded
        too_long = _length_error(statement, "the statement")
        if too_long is not None:
            raise too_long
        if not statement.strip():
            raise InputError("the statement is empty")
        undecoded = undecoded_byte(statement, "the statement")
        if undecoded is not None:
            raise undecoded
    path = kb_path(kb)
    knowledge_base = open_kb(kb, use_cache=not no_cache)
    matcher = open_matcher(knowledge_base, matcher_choice, model, use_cache=not no_cache)
    kb_label = str(path)
    if statement == "-" and table:
        stream = typer.get_binary_stream("stdin")
        table_out = _CsvAnswers(bom=bom, sentences=sentences) if shown is CheckFormat.CSV else None
        posts = read_posts(
            lambda size: read_stdin(stream, size, line=True),
            input_format,
            text_column=text_column,
            id_column=id_column,
            source=STDIN_NAME,
            on_note=_print_note,
            on_delimiter=table_out.read_with if table_out is not None else None,
        )
        raise typer.Exit(_check_posts(posts, matcher, top, min_score, kb_label, table_out, sentences=sentences))
    if statement == "-":
        lines_out = _CsvAnswers(bom=bom, sentences=sentences) if shown is CheckFormat.CSV else None
        raise typer.Exit(
            _check_lines(matcher, top, min_score, kb_label, implicit=implicit, table=lines_out, sentences=sentences)
        )

    found = answer(matcher, statement, top, min_score, sentences=sentences)
    if shown is CheckFormat.JSON:
        print_json(result_object(statement, found, kb_label, matcher.name), lines=True)
    else:
        hint = None if found.matches else _alias_hint(spoken_statement(statement), kb, path)
        _print_human(matcher.name, statement, found, kb_label, hint)
    raise typer.Exit(ExitCode.OK if found.matches else ExitCode.NO_MATCH)


def _output_format(json_output: bool, chosen: CheckFormat | None, statement: str | None, *, bom: bool) -> CheckFormat:
    """What ``check`` prints, from --json and --format: JSON for ``check -`` (lines or an export), text for one
    STATEMENT, unless told; CSV for ``check -`` only (a row a line, or a post of an export), text for one STATEMENT
    only (usage errors)."""
    many = statement in (None, "-")
    shown = json_or_format(json_output, chosen, CheckFormat.JSON, CheckFormat.JSON if many else CheckFormat.TEXT)
    if shown is CheckFormat.CSV and not many:
        raise typer.BadParameter(
            "csv is for statements read from standard input: give STATEMENT '-' (one statement a line, or an export "
            "of posts with --input-format csv, tsv or jsonl)",
            param_hint="'--format'",
        )
    if shown is CheckFormat.TEXT and many:
        raise typer.BadParameter(
            "text is for one STATEMENT: check - writes JSON Lines (or CSV: --format csv)",
            param_hint="'--format'",
        )
    if bom and shown is not CheckFormat.CSV:
        # JSON must not start with one (RFC 8259, section 8.1): json.loads and jq refuse it; a usage error, as the
        # other options that do not go together
        why = (
            "JSON is read as UTF-8 without one" if shown is CheckFormat.JSON else "check -'s answers; this prints text"
        )
        raise typer.BadParameter(f"it is for --format csv only ({why})", param_hint="'--bom'")
    return shown


class _CsvAnswers:
    """The answers of ``check -`` (to an export, or to plain lines) as CSV rows on standard output (``postrows``),
    the header written with the first row (or at the end): an input that cannot be read at all (an export without
    a column of posts, UTF-16 lines) leaves standard output empty, as in JSON."""

    def __init__(self, *, bom: bool, sentences: bool = False) -> None:
        self._bom = bom
        #: with --sentences, a last column "sentence": the sentence the post matched by (``Answer.sentence``)
        self._sentences = sentences
        self._started = False
        self._delimiter = ","

    @property
    def options(self) -> str:
        """The options that write these answers, for a command suggested on standard error to write the same."""
        return "--format csv" + (" --bom" if self._bom else "")

    def read_with(self, delimiter: str) -> None:
        """The export was read split by ``delimiter``: a ';' export's answers are split by ';' too, as the Excel
        that wrote it (its list separator ';') splits a double-clicked .csv; any other's by ','."""
        self._delimiter = ";" if delimiter == ";" else ","

    def write(self, rows: list[list[str]], sentence: str | None = None) -> None:
        """``rows`` (one post's) in one write, flushed: a row is whole when Ctrl-C or a reader going away ends the
        run, and each post's rows come out as it is answered (a stream of posts).  ``sentence``: the one its matches
        are of, in the last column with --sentences."""
        if self._sentences:
            rows = [[*row, spreadsheet_safe(sentence or "")] for row in rows]
        text = csv_lines(rows, self._delimiter)
        if not self._started:
            self._started = True
            header = [*POST_ROW_COLUMNS, "sentence"] if self._sentences else list(POST_ROW_COLUMNS)
            text = csv_lines([header], self._delimiter) + text
            if self._bom and not is_terminal():  # a terminal shows text, not a file for Excel
                text = "\ufeff" + text
        write_csv(text, terminal=is_terminal())

    def finish(self) -> None:
        """The header, when no row was written: an export of no post is a table of no row."""
        if not self._started:
            self.write([])


def _print_note(where: Location, note: str) -> None:
    """A note of ``read_posts`` on standard error, as every note is written."""
    error_console().print(sanitize(f"factcheck: {where}: note: {note}"), soft_wrap=True)


def _check_posts(
    posts: Iterator[Post],
    matcher: Matcher,
    top: int,
    min_score: float | None,
    kb_label: str,
    table: _CsvAnswers | None = None,
    *,
    sentences: bool = False,
) -> int:
    """Answer each post of an export (``posts.read_posts``) on a line of its own, with its ``line`` and ``id``
    (or as CSV rows, to ``table``); then the summary on standard error.  The exit code: 2 when a post could not
    be read, else 0 when one matched, else 1; 130 for Ctrl-C, the posts answered until then counted."""
    tally = PostTally()
    try:
        _answer_posts(posts, matcher, top, min_score, kb_label, table, tally, sentences=sentences)
    except KeyboardInterrupt:
        # exit 130 said nothing of how far a file of 20,000 posts had gone: the answers written are whole lines
        error_console().print(sanitize(f"factcheck: {STDIN_NAME}: interrupted after {tally.summary()}"), soft_wrap=True)
        return ExitCode.INTERRUPTED
    if table is not None:
        table.finish()
    if not tally.total:
        # as check - says of an empty input: silence and exit 1 read as "nothing matched"
        _print_note(Location(STDIN_NAME), "holds no post, none checked")
        return ExitCode.NO_MATCH
    error_console().print(sanitize(f"factcheck: {STDIN_NAME}: {tally.summary()}"), soft_wrap=True)
    if tally.unreadable:
        return ExitCode.ERROR
    return ExitCode.OK if tally.matched else ExitCode.NO_MATCH


def _answer_posts(
    posts: Iterator[Post],
    matcher: Matcher,
    top: int,
    min_score: float | None,
    kb_label: str,
    table: _CsvAnswers | None,
    tally: PostTally,
    *,
    sentences: bool = False,
) -> None:
    """Answer each post of ``posts`` (``_check_posts``), each counted in ``tally`` just before its answer is
    written: Ctrl-C seen by whoever reads the answers (a script's SIGINT once it has read one) comes after its
    count, never between its write and its count (counted the other way, a count one short)."""
    threshold = matcher.threshold if min_score is None else min_score
    for post in posts:
        where = Location(STDIN_NAME, post.line)
        text = post.error if post.text is None else _statement_or_error(post.text, where, "the post")
        numbered = {"line": post.line, "id": post.id}
        if isinstance(text, InputError) or text is None:
            error = text if isinstance(text, InputError) else InputError("no text", Location(STDIN_NAME, post.line))
            report_error(error)
            if table is not None:
                rows = post_rows(post.id, post.line, None, [], threshold, str(error))
                tally.unreadable += 1
                table.write(rows)
            else:
                unread = result_object(None, Answer([], None, threshold), kb_label, matcher.name)
                tally.unreadable += 1
                print_json(numbered | unread | {"error": str(error)}, lines=True)
            continue
        found = answer(matcher, text, top, min_score, sentences=sentences)
        if table is not None:
            rows = post_rows(post.id, post.line, text, found.matches, found.threshold)
            tally.add(found)
            table.write(rows, found.sentence)
        else:
            shown = numbered | result_object(text, found, kb_label, matcher.name)
            tally.add(found)
            print_json(shown, lines=True)


def _check_lines(
    matcher: Matcher,
    top: int,
    min_score: float | None,
    kb_label: str,
    *,
    implicit: bool,
    table: _CsvAnswers | None = None,
    sentences: bool = False,
) -> int:
    """Answer each line of standard input (``_stdin_statements``) on a line of its own with its ``line``, or as CSV
    rows to ``table`` (``postrows``: an export's columns, ``id`` empty, since a line has none and its number is
    ``line``); a blank line is answered too (no match), so that the answers, and with one row a line the rows, are
    the lines.  Standard error is the same in both: a line's error, the header note (its commands given
    ``table``'s options), the empty input's note; no summary.  The exit code: 2 when a line could not be read, else 0
    when one matched, else 1."""
    any_match, unreadable, read = False, 0, 0
    for number, line in _stdin_statements():
        read += 1
        if isinstance(line, InputError):
            # one output line per input line all the same: null query, the reason in "error"
            unreadable += 1
            report_error(line)
            threshold = matcher.threshold if min_score is None else min_score
            if table is not None:
                table.write(post_rows(None, number, None, [], threshold, str(line)))
                continue
            nothing = Answer([], None, threshold)
            unread = result_object(None, nothing, kb_label, matcher.name, line=number)
            print_json(unread | {"error": str(line)}, lines=True)
            continue
        if read == 1 and (header := _csv_header(line)) is not None:
            note = _csv_header_note(*header, answers=table.options if table is not None else "")
            error_console().print(sanitize(note), soft_wrap=True)
        found = answer(matcher, line, top, min_score, sentences=sentences)
        any_match = any_match or bool(found.matches)
        if table is not None:
            rows = post_rows(None, number, line, found.matches, found.threshold, subject="your statement")
            table.write(rows, found.sentence)
        else:
            print_json(result_object(line, found, kb_label, matcher.name, line=number), lines=True)
    if implicit and not read:
        # no STATEMENT and nothing piped (</dev/null, a closed stdin, an unquoted empty $VAR in a
        # script): silence and exit 1 would read as "no match"
        raise InputError("no statement given, and standard input is empty")
    if table is not None:
        table.finish()  # a header alone: no line is a table of no row
    if not read:
        # '-' asked for the lines there are, and none is "no match" (exit 1, as grep says of an empty
        # input); said on standard error all the same: silence read as if every statement had been
        # checked, when an upstream step (a failed download, a grep that found nothing) sent none
        error_console().print(
            sanitize(f"factcheck: {STDIN_NAME}: note: is empty, no statement checked"), soft_wrap=True
        )
    return ExitCode.ERROR if unreadable else ExitCode.OK if any_match else ExitCode.NO_MATCH


@dataclass
class PostTally:
    """The posts of an export counted as ``check`` answered them: matched (by the verdict of the best match),
    not matched, and unreadable."""

    matched: int = 0
    unmatched: int = 0
    unreadable: int = 0
    by_verdict: dict[str, int] = field(default_factory=dict)
    #: the matched posts whose best match is a possible one (``Match.label``), as scan's summary counts them apart:
    #: their verdict is to compare with the post before it is trusted
    possible: int = 0

    def add(self, found: Answer) -> None:
        if not found.matches:
            self.unmatched += 1
            return
        self.matched += 1
        best = found.matches[0]
        verdict = best.claim.verdict.value
        self.by_verdict[verdict] = self.by_verdict.get(verdict, 0) + 1
        self.possible += best.label == POSSIBLE_MATCH

    @property
    def total(self) -> int:
        return self.matched + self.unmatched + self.unreadable

    def summary(self) -> str:
        """ "2,000 posts: 312 matched (false 200, misleading 80, true 32; 40 possible matches), 1,680 not matched,
        8 unreadable"."""
        total = self.total
        verdicts = ", ".join(
            f"{verdict} {count:,}" for verdict, count in sorted(self.by_verdict.items(), key=lambda v: (-v[1], v[0]))
        )
        possible = f"; {self.possible:,} possible match{'' if self.possible == 1 else 'es'}" if self.possible else ""
        matched = f"{self.matched:,} matched" + (f" ({verdicts}{possible})" if verdicts else "")
        return (
            f"{total:,} post{'' if total == 1 else 's'}: {matched}, {self.unmatched:,} not matched, "
            f"{self.unreadable:,} unreadable"
        )
