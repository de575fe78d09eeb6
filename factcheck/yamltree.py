"""A safe, bounded YAML reader that keeps the position of every value.

PyYAML's ``safe_load`` throws positions away and converts scalars silently (``NO`` becomes
``False``, ``2025-02-20`` a ``date``).  The claims file needs both: positions for error
messages and the resolved type of each scalar so that validation can *report* a value that is
not a string instead of converting it.  So we read PyYAML's event stream (the libyaml C parser
when present) and build a small tree ourselves, which also lets us bound what a hostile file
can cost: its size, its nesting depth, and the number of nodes after alias expansion
("billion laughs").
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import gc
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Union

import yaml
from yaml.parser import Parser as PyYAMLParser

from .conflicts import conflict_problems
from .errors import (
    UNUSUAL_LINE_BREAK,
    UNUSUAL_LINE_BREAK_ADVICE,
    YAML_LINE_BREAK,
    YAML_LINE_BREAK_KEPT,
    Advice,
    EditorLines,
    KnowledgeBaseError,
    Location,
    Problem,
)
from .inputfiles import (
    CTRL_Z,
    TEXT_LINE_BREAK,
    UTF16_WITH_BOM,
    not_utf8_text,
    utf16_message,
    utf16_without_bom,
    yaml_document_message,
)
from .model import CLAIM_KEYS, PUBLISHER_KEYS, SOURCE_KEYS, TOP_KEYS

#: the YAML loader every reader of a claims file uses: libyaml's when PyYAML was built with it (several
#: times faster), else the pure-Python one, which behaves the same
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DatesAsWritten(SAFE_LOADER):  # type: ignore[misc]
    """``SAFE_LOADER`` reading a plain date that is none ('2026-13-45', '2026-02-30') as the pair
    ``("timestamp", text)``, where PyYAML's raised ValueError (a traceback out of 'edit' and of every
    reader's message for 'checked 2026-13-45'): for the checks that compare what two texts read as, or
    ask whether a value reads as text (the file's reader reports the date itself, at its place)."""

    def construct_date_as_written(self, node: yaml.ScalarNode) -> object:
        try:
            return self.construct_yaml_timestamp(node)
        except ValueError:
            return ("timestamp", node.value)


DatesAsWritten.add_constructor("tag:yaml.org,2002:timestamp", DatesAsWritten.construct_date_as_written)

#: a claims file saved as UTF-16 (Notepad's and Word's "Unicode") or UTF-32
UTF16_CLAIMS_FILE = f"this is {UTF16_WITH_BOM}"

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 2_000_000

_RESOLVER = yaml.resolver.Resolver()
_TYPE_NAMES = {
    "tag:yaml.org,2002:str": "str",
    "tag:yaml.org,2002:bool": "bool",
    "tag:yaml.org,2002:int": "int",
    "tag:yaml.org,2002:float": "float",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "timestamp",
}


@dataclass
class Scalar:
    value: str
    kind: str  # "str", "bool", "int", "float", "null", "timestamp"
    line: int
    column: int
    plain: bool = False  # written without quotes or a block indicator
    comment: TrailingComment | None = None  # a comment touching its first word after a plain value


@dataclass(frozen=True)
class TrailingComment:
    """A comment whose '#' touches the word after it ('#1 in exports', '#MexicoTroops') on the line a plain
    value ends on: YAML ends the value at ' #', and the text after it is lost without a word, as in
    'claim: We are #1 in exports'.  "# note", with a space, is how people annotate a line, and is not kept."""

    line: int  # 1-based, of the '#'
    column: int  # 1-based, of the '#'
    text: str  # the comment as written, '#' and all
    fix: str | None  # the value's line with it quoted as meant ('claim: "We are #1 in exports"'), when sound


@dataclass
class Sequence:
    items: list[Node]
    line: int
    column: int
    block: bool = False  # written as '- ' lines (YAML's block style), not '[...]' nor read from JSON or CSV


@dataclass
class Mapping:
    # Keys stay in file order with their own positions; duplicates are reported by the reader.
    entries: list[tuple[Scalar, Node]] = field(default_factory=list)
    line: int = 0
    column: int = 0
    block: bool = False  # written as 'key: value' lines (YAML's block style), not '{...}' nor read from JSON or CSV

    def get(self, key: str) -> Node | None:
        for k, v in self.entries:
            if k.value == key:
                return v
        return None


Node = Union[Scalar, Sequence, Mapping]


def claims_key_missing(first_item_line: int) -> Advice:
    """What to say of a file that is a block list of mappings at its top level, claims with no 'claims:' above
    them: "the top level must be a mapping of 'key: value' lines" told a new user nothing to do.  Followed, the
    hint reads as meant: a block list may sit at its key's own indentation.  The line (the parser's) is a field
    'line', said at the editor's where the problem's place is (``EditorLines.problem``)."""
    return Advice(
        "the claims are a list with no 'claims:' above them: write 'claims:' on a line of its own above line {line}",
        {"line": str(first_item_line)},
    )


def top_level_list_hint(item_keys: list[list[str]], first_item_line: int) -> Advice | None:
    """What to say of a file that is a block list of mappings at its top level, given each item's keys:
    claims with no 'claims:' above them (items with an 'id' or a 'claim'), or 'claims:' itself typed as a
    list item ('- claims:' and nothing beside it); None for another list ('- hosts: all', no claims file),
    which keeps the reader's own message.  ``first_item_line``: the parser's, kept in the advice's field 'line'
    (``claims_key_missing``)."""
    if item_keys == [["claims"]]:
        return Advice(
            "'claims:' is written as a list item ('- claims:'): take away the '- ' before it on line {line}",
            {"line": str(first_item_line)},
        )
    if item_keys and all({"id", "claim"} & set(keys) for keys in item_keys):
        return claims_key_missing(first_item_line)
    return None


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The garbage collector paused (if it ran) while a big file is read: the readers (this one, and
    PyYAML's composer for the layout of an edit) allocate many small objects, none of them in cycles, and
    the collections they set off made the reading several times slower (twice for the layout)."""
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc_was_enabled:
            gc.enable()


def read_text(path: str, data: bytes, *, what: str = "claims file") -> str:
    """Decode a YAML file's bytes, refusing binary and oversized input with a clear problem; ``what`` the
    file is (a claims file, a rating map) says what to do with a document given for it."""
    where = Location(path)
    if len(data) > MAX_FILE_BYTES:
        raise KnowledgeBaseError(
            [Problem(where, f"file is too large ({len(data):,} bytes; the limit is {MAX_FILE_BYTES:,})")]
        )
    document = yaml_document_message(data, path, what=what)
    if document is not None:
        # TextEdit saves Rich Text unless told otherwise, Word a .docx: an RTF claims file was "while parsing a
        # flow mapping did not find expected ',' or '}'" at its first line, a .docx "a binary file"
        raise KnowledgeBaseError([Problem(where, document)])
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):  # a UTF-16 or UTF-32 byte-order mark
        # what Notepad and Word save as "Unicode": their writer needs the editor's way out, not only iconv
        raise KnowledgeBaseError([Problem(where, UTF16_CLAIMS_FILE)])
    utf16 = utf16_without_bom(data)
    if utf16 is not None:  # text to convert, as with a byte-order mark, not a binary file
        raise KnowledgeBaseError([Problem(where, f"this is {utf16_message(utf16)}")])
    if b"\x00" in data:
        raise KnowledgeBaseError([Problem(where, "this is a binary file, not YAML text")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KnowledgeBaseError([_not_utf8_problem(path, exc)]) from None


def _not_utf8_problem(path: str, exc: UnicodeDecodeError) -> Problem:
    """Where the first byte that is not UTF-8 is, and what the file probably is (``not_utf8_text``)."""
    line, column, message = not_utf8_text(exc, line_break=TEXT_LINE_BREAK)  # an editor's lines: the text is unread
    return Problem(Location(path, line, column), f"the file is {message}")


def parse(text: str, path: str, *, duplicate_keys: list[Problem] | None = None) -> Node | None:
    """Parse one YAML document into a positioned tree; ``None`` for an empty document.

    A key repeated in a mapping raises ``KnowledgeBaseError``; with ``duplicate_keys`` (a list), it is
    added there instead and its entry left out, so that ``validate`` reports the file's other
    errors at the same time.  Git merge conflict markers are reported as such, before the YAML parser
    would call the first one a key without a colon."""
    conflicts = conflict_problems(text, path)
    if conflicts:
        raise KnowledgeBaseError(conflicts, bounded=True)  # SHOWN_PROBLEMS named, the rest counted
    try:
        return _Builder(path, duplicate_keys, text).build(_events(text))
    except yaml.MarkedYAMLError as exc:
        try:
            mark, reason = _yaml_error_place(exc, text)
            reason += _unusual_break_note(text, mark)
        finally:  # the text's lines, kept while its hint was found, let go
            _parser_lines.cache_clear()
            _text_parts.cache_clear()
        loc = Location(path, mark.line + 1, mark.column + 1) if mark else Location(path)
        raise KnowledgeBaseError([Problem(loc, f"invalid YAML: {reason}")]) from None
    except yaml.reader.ReaderError as exc:
        raise KnowledgeBaseError([_reader_problem(exc, text, path)]) from None
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError([Problem(Location(path), f"invalid YAML: {exc}")]) from None


def _events(text: str) -> Iterator[yaml.Event]:
    """The parser's events for ``text``, with ``SAFE_LOADER``.  libyaml refuses an escape in double quotes
    that names no character ("\\ud800", "\\U00110000"); PyYAML's own parser (used without libyaml) read
    half of a surrogate pair as a text no file can hold, and past U+10FFFF ended in a ValueError or an
    OverflowError: it is made to refuse them as libyaml does, with its error.  Checked only with that
    parser: libyaml's events are passed on as they come."""
    if issubclass(SAFE_LOADER, PyYAMLParser):  # PyYAML's own, not libyaml's
        return _events_checked(text)
    events: Iterator[yaml.Event] = yaml.parse(text, Loader=SAFE_LOADER)
    return events


#: an escape in double quotes (or any other backslash and what it escapes, skipped): where a surrogate came from
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|.)", re.DOTALL)
_SURROGATE = re.compile("[\ud800-\udfff]")


def _events_checked(text: str) -> Iterator[yaml.Event]:
    """``_events`` with PyYAML's own parser, each escape that names no character refused as libyaml does."""
    loader = SAFE_LOADER(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.ScalarEvent) and event.style == '"' and _SURROGATE.search(event.value):
                raise _no_character(event.start_mark, _surrogate_escape_mark(text, event))
            yield event
    except (ValueError, OverflowError):  # chr() of an escape past U+10FFFF; the reader stopped after its letter
        raise _no_character(None, loader.get_mark()) from None
    finally:
        loader.dispose()


def _no_character(start: yaml.Mark | None, mark: yaml.Mark) -> yaml.MarkedYAMLError:
    """libyaml's error for an escape that names no character; ``mark`` just after its 'u' or 'U'."""
    problem = "found invalid Unicode character escape code"
    return yaml.MarkedYAMLError("while parsing a quoted scalar", start, problem, mark)


def _surrogate_escape_mark(text: str, event: yaml.ScalarEvent) -> yaml.Mark:
    """Where the first escape of half of a surrogate pair in a double-quoted scalar is, just after its 'u'
    (as libyaml marks it); PyYAML's marks count characters, as ``text`` does."""
    start, end = event.start_mark, event.end_mark
    written = text[start.index : end.index]
    line, column = start.line, start.column
    for escape in _ESCAPE.finditer(written):
        code = escape.group(1) or escape.group(2)
        if code is not None and 0xD800 <= int(code, 16) <= 0xDFFF:
            breaks = list(YAML_LINE_BREAK.finditer(written, 0, escape.start()))
            if breaks:
                line, column = line + len(breaks), escape.start() - breaks[-1].end()
            else:
                column += escape.start()
            return yaml.Mark(start.name, start.index + escape.start() + 2, line, column + 2, None, 0)
    return start  # pragma: no cover - a surrogate in a double-quoted scalar comes of an escape


def _yaml_error_place(exc: yaml.MarkedYAMLError, text: str) -> tuple[yaml.Mark | None, str]:
    """Where a YAML error is, and what it is.

    The parser marks where it gave up, and (its context) where the construct it was reading
    began.  When it gave up at the end of the file (a quote or bracket never closed), the end says
    nothing (it is a line past the last): the place is where the construct began.  Otherwise, the
    place is where it gave up, and the message says where the construct began when that is on
    another line.  The end is told by position, not by message: libyaml says "found unexpected
    end of stream" for a quote, "did not find expected ',' or ']'" for a bracket.
    """
    problem, context = exc.problem_mark, exc.context_mark
    if problem is not None and is_tab_at(text, problem.line, problem.column):
        return problem, TAB_PROBLEM
    # only just above where the parser stopped: a space far above it (inside a summary's text, say) is
    # not what it stopped at
    odd = odd_space_in_indent(text, problem.line - 2, problem.line) if problem is not None else None
    if odd is not None:
        # the parser stops lines later, at what the space made of the line ("mapping values are not allowed")
        line, column, char = odd
        return yaml.Mark("", 0, line, column, None, 0), odd_space_problem(char)
    escape = _escape_of_no_character(exc, text)
    if escape is not None:
        return escape
    colon = _colon_problem(exc, text)
    if colon is not None:
        return colon
    dash = _typographic_dash(text, problem.line) if problem is not None else None
    if dash is not None:
        return dash
    at_end = problem is not None and problem.index >= len(text.rstrip())
    if at_end and "flow" in str(exc.context) and (context is None or context.index >= len(text.rstrip())):
        # "[" with nothing after it: the context is the end too; the last line with text holds it
        assert problem is not None
        last = len(text.rstrip().splitlines()) - 1 if text.strip() else 0
        place = yaml.Mark(problem.name, problem.index, max(last, 0), 0, None, 0)  # no buffer, so the pointer is unread
        return place, "a '[' or '{' is never closed (the file ends first)"
    if problem is None or context is None or exc.context is None or context.line == problem.line:
        return problem or context, " ".join(str(part) for part in (exc.context, exc.problem) if part)
    if at_end:
        what = re.sub(r"^while (?:scanning|parsing) ", "", str(exc.context))
        return context, f"{what} begins here and is never closed (the file ends first)"
    line, column = EditorLines.of(text).place(context.line + 1, context.column + 1)  # as the error's own place is said
    return problem, f"{exc.context} (begun at line {line}, column {column}) {exc.problem}"


#: a "\\u" or "\\U" escape, as the parser stops in it (after its letter), and a second "\\u" escape right after it
_ESCAPE_HERE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))(?:\\u([0-9A-Fa-f]{4}))?")


def _escape_of_no_character(exc: yaml.MarkedYAMLError, text: str) -> tuple[yaml.Mark, str] | None:
    """An escape in double quotes that names no character, said with what to write instead: half of a UTF-16
    surrogate pair, as JSON writes a character beyond U+FFFF (an emoji, "\\ud83d\\ude00", copied from JSON
    into a claims file), or a number past U+10FFFF; else None.  The parser said "found invalid Unicode
    character escape code", which neither named the escape nor the character meant."""
    mark = exc.problem_mark
    if mark is None or exc.problem != "found invalid Unicode character escape code" or mark.column < 2:
        return None
    found = _ESCAPE_HERE.match(_line_at(text, mark.line), mark.column - 2)
    if found is None:
        return None
    place = yaml.Mark(mark.name, 0, mark.line, mark.column - 2, None, 0)  # the backslash; no buffer: no pointer
    code = int(found.group(1) or found.group(2), 16)
    low = int(found.group(3), 16) if found.group(3) else None
    json_style = found.group(1) is not None  # '\\u' and 4 digits, as JSON writes; JSON never writes '\\U'
    if json_style and 0xD800 <= code <= 0xDBFF and low is not None and 0xDC00 <= low <= 0xDFFF:
        char = chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
        return place, (
            f"'{found.group()}' is one character written in two halves, as JSON writes it (a UTF-16 surrogate "
            f"pair), which YAML does not read: write '\\U{ord(char):08X}' instead, or the character itself"
        )
    written = found.group()[:6] if json_style else found.group()[:10]
    if 0xD800 <= code <= 0xDFFF:
        how = " as JSON writes one" if json_style else ""
        return place, (
            f"'{written}' is half of a character{how} (a UTF-16 surrogate), not a character: remove it, or write "
            "the whole character as '\\U' and its 8 hexadecimal digits"
        )
    return place, f"'{written}' is past the last Unicode character (U+10FFFF): remove it"


def _unusual_break_note(text: str, mark: yaml.Mark | None) -> str:
    """What to add to a YAML error that a U+2028, U+2029 or U+0085 just above it put on a line of its own: the
    parser takes each for a line break (even in a value), where an editor shows the text around it on one
    line; the error's line, counted as the parser counts, was not the line the editor showed, and the
    character, invisible, was left to guess.  The note names the last one before the error, where an editor
    shows it, when it is on the error's line or the one above (one further up changes nothing of the error: a
    harmless one in a quoted text was named in the note of a tab six lines below); '' otherwise."""
    if mark is None or not UNUSUAL_LINE_BREAK.search(text):
        return ""
    parts = _text_parts(text)  # the lines as the parser numbers them, each with the break after it
    lines = EditorLines.of(text)
    error_line = lines.line(mark.line + 1)
    # such a character is a break to the parser: the last one before the error ends a line above the error's
    for number in range(min(mark.line, len(parts) // 2), 0, -1):  # the parser's lines above, nearest first
        line, column = lines.place(number, len(parts[2 * number - 2]) + 1)  # the break after it
        if line < error_line - 1:
            return ""
        char = parts[2 * number - 1]
        if UNUSUAL_LINE_BREAK.fullmatch(char):
            return (
                f" (the file holds a U+{ord(char):04X} {unicodedata.name(char, 'NEXT LINE')} at line {line}, column "
                f"{column}, which YAML reads as a line break where an editor shows none; {UNUSUAL_LINE_BREAK_ADVICE})"
            )
    return ""


#: a line opening with a key, as "    verdict:" or "  - id:" (any indent, a list's dash): the key
_KEY_OPENING = re.compile(r"[ \t]*(?:-[ \t]+)?([A-Za-z_][\w-]*):")


#: a list item's dash with no space after it, as "  -id: a"
_DASH_WITHOUT_SPACE = re.compile(r"[ \t]*-(?=[A-Za-z_][\w-]*:)")


def leading_spaces(line: str) -> int:
    """How many spaces a line opens with."""
    return len(line) - len(line.lstrip(" "))


@functools.lru_cache(maxsize=1)
def _parser_lines(text: str) -> tuple[str, ...]:
    """The lines of ``text``, as the parser numbers them.  A hint reads many lines of the one text it is for: the
    text is split once, not once a line (a hint for a file of 10,000 claims split it 93 times, review24d); the
    one text kept is let go when its message is made (``parse``)."""
    return tuple(YAML_LINE_BREAK.split(text))


@functools.lru_cache(maxsize=1)
def _text_parts(text: str) -> tuple[str, ...]:
    """``text`` split at its line breaks, kept: the lines at even places, each line's break after it."""
    return tuple(YAML_LINE_BREAK_KEPT.split(text))


def _line_at(text: str, line: int) -> str:
    """The text of a 0-based line, as the parser numbers lines ('' past the end)."""
    lines = _parser_lines(text)
    return lines[line] if 0 <= line < len(lines) else ""


#: the keys of each kind of mapping in a claims file: a word before a ': ' inside a value is taken for a
#: second key only when it is a key of the same mapping as the line's own key
_KEY_GROUPS = (CLAIM_KEYS, SOURCE_KEYS, TOP_KEYS, PUBLISHER_KEYS)

#: the keys whose value is a date: 'checked:' inside a summary is a second key only when a date follows
_DATE_KEYS = frozenset({"checked", "date"})

#: words after which a key's name is plain English ('rejected the claim: ...', 'the date: it was ...')
_DETERMINERS = frozenset({"the", "a", "an", "its", "this", "that", "their", "his", "her", "our", "my", "your"})

#: how many characters of a name a message says back: a key of 100,000 characters made a 200 KB message
_SHOWN_MAX = 60


def _shown(name: str) -> str:
    """A name as a message quotes it, cut to a readable length."""
    return name if len(name) <= _SHOWN_MAX else name[: _SHOWN_MAX - 1] + "…"


def _colon_problem(exc: yaml.MarkedYAMLError, text: str) -> tuple[yaml.Mark, str] | None:
    """The two colon slips of a hand-written file, said in words that tell what to do; else None.

    A ': ' inside a value without quotes ("summary: Note: ...") makes the parser say "mapping values
    are not allowed".  A key with no space after its colon ('verdict:"false"') is text, not a key:
    the parser says "could not find expected ':'", or "mapping values are not allowed" at the next
    line's colon, which it reads as going on with that text.  Neither names the fix.
    """
    problem, context = exc.problem_mark, exc.context_mark
    said = str(exc.problem)
    if problem is not None and said.startswith("mapping values are not allowed"):
        line = _line_at(text, problem.line)
        key = _KEY_OPENING.match(line)
        # a key's colon has a space after it: 'https://...' opening the line is no key with a value
        if key is not None and key.end() < problem.column and line[key.end() : key.end() + 1] in (" ", "\t"):
            value = line[key.end() :] + "".join(_continuation_lines(text, problem.line, key.start(1)))
            return problem, _colon_in_value(key.group(1), line[: problem.column], line[problem.column + 1 :], value)
        # a key indented deeper than the one above it goes on with that key's text ('claim: ...' then
        # '      verdict: "false"'): the parser stops at its colon
        return (
            _missing_space(problem, problem.line - 1, text)
            or _misindented_key(problem, text, in_text=True)
            or _colon_in_continuation(problem, text)
        )
    if context is not None and said.startswith("could not find expected ':'"):
        return (
            _missing_space(context, context.line, text)
            or _missing_colon(context, text)
            or (
                context,
                # "a simple key begins here and is never closed" at the end of the file said nothing a writer knows
                "this line has no ':', and YAML reads it as a key (it is lined up with keys): write 'key: value', "
                "or, if it goes on with the text above, indent it more than that text's key",
            )
        )
    if problem is not None and said.startswith(("did not find expected '-' indicator", "expected <block end>")):
        # a claim after the first written '-id: b': a key where the list wants its next '- ' (libyaml's
        # words, then PyYAML's); or a key indented less than the one above it
        return (
            (_quote_left_open(problem, text) if said.startswith("expected <block end>") else None)
            or _dash_without_space(problem, problem.line, text)
            or _misindented_key(problem, text, exc)
            or _item_without_dash(problem, text, exc)
            or _text_after_quotes(problem, text)
            or _item_too_deep(problem, text, exc)
        )
    if problem is not None and "cannot start any token" in said:
        return _reserved_start(problem, text)
    if problem is not None and said.startswith("did not find expected key"):
        # a key indented deeper than the one above it, after a quoted value or a '[...]' (libyaml's words;
        # PyYAML says "expected <block end>"); or text after a value's closing quote
        return (
            _quote_left_open(problem, text)
            or _misindented_key(problem, text, exc)
            or _text_after_quotes(problem, text)
            or _item_too_deep(problem, text, exc)
        )
    return None


def _keys_of_the_mapping(text: str, line_number: int, column: int) -> set[str]:
    """The keys at ``column`` from a 0-based line up to where their mapping begins (its list item's dash,
    or a line less indented than them): the keys of the mapping that line's key is in."""
    keys: set[str] = set()
    for line in reversed(_lines_to(text, line_number)) if line_number >= 0 else ():
        key = _KEY_LINE.match(line)
        if key is not None and key.start(2) == column:
            keys.add(key.group(2))
        stripped = line.lstrip(" ")
        if stripped and not stripped.startswith("#") and len(line) - len(stripped) < column:
            break
    return keys


def _fits_the_open_block(
    exc: yaml.MarkedYAMLError, text: str, line_number: int, column: int, sibling_line: int, sibling_column: int
) -> bool:
    """Whether lining a key at ``column`` up with the key above it, at ``sibling_column``, agrees with the block
    the parser had open (its context mark).  A mapping the parser was reading begins at the column its keys
    have: a key-like line above at another column is words inside a block text ('|') or of another mapping
    (a top-level 'publisher:' after a source's 'title:'), and lining up with it hides the key in that text or
    breaks the file (review22b).  In a list of mappings, a key at the column of its dash is a new item without
    its '- ' when the keys there repeat one of the item above ('title: B' then 'url: ...' under a source that
    has a url); else it is a key put too shallow ('  verdict: x' under '  - id: a', review23), as in a list of
    words ('tags:' then '- health') a key at the dash's column is one put too deep."""
    mark, context = exc.context_mark, str(exc.context or "")
    if mark is None:
        return True
    if "block mapping" in context:
        # the file's own mapping was open: a key under no top-level key's name, put left of a claim's or a
        # source's, is one of theirs ('verdict:' one space in, review23)
        top_level = mark.column == 0 and _name_at(text, line_number) not in TOP_KEYS
        if sibling_column == int(mark.column) or top_level:
            return True
        # between the open mapping's keys and the key above, which is deeper (a source's 'title:' three spaces
        # left of its 'url:', right of the claim's keys): lined up, it must join that key's own mapping, as the
        # parser reads the file then (a key-like line of a block text above is no key to join, review22b); and
        # a name the open mapping may have too ('publisher:' one space right of the file's own keys, below a
        # source) may be meant for either: no hint then
        open_name = _name_at(text, mark.line)
        either = any(open_name in group and _name_at(text, line_number) in group for group in _KEY_GROUPS)
        return (
            int(mark.column) < column < sibling_column
            and not either
            and _joins_the_mapping_of(text, line_number, column, sibling_line, sibling_column)
        )
    if "block collection" in context or "sequence" in context:
        item = _KEY_LINE.match(_line_at(text, mark.line))
        if column > mark.column or item is None or "-" not in item.group(1):
            return True
        return not _keys_at(text, line_number, column) & _keys_of_the_mapping(text, sibling_line, sibling_column)
    return True


def _joins_the_mapping_of(text: str, line_number: int, column: int, sibling_line: int, sibling_column: int) -> bool:
    """Whether the key at ``column`` of a 0-based line, moved to ``sibling_column``, is read as a key of the
    mapping whose key is on ``sibling_line`` (at ``sibling_column``), the file then read past that key's block."""
    line = _line_at(text, line_number)
    moved = " " * sibling_column + line[column:]
    keys = _mapping_keys(_with_line(text, line_number, moved), _block_end(text, line_number, column))
    if keys is None:
        return False
    mapping = keys.get((line_number, sibling_column))
    return mapping is not None and mapping == keys.get((sibling_line, sibling_column))


def _with_line(text: str, line_number: int, new_line: str) -> str:
    """``text`` with a 0-based line (as the parser numbers lines) replaced by ``new_line``, its line break kept."""
    parts = list(_text_parts(text))
    parts[2 * line_number] = new_line
    return "".join(parts)


def _block_end(text: str, line_number: int, column: int) -> int:
    """The 0-based last line of the block a key at ``column`` of ``line_number`` opens: that line and the lines
    below it indented deeper (blank and comment lines within)."""
    end = line_number
    for number, _, indent in _content_lines(text, line_number + 1):
        if indent <= column:
            break
        end = number
    return end


def _content_lines(text: str, first: int) -> Iterator[tuple[int, str, int]]:
    """From a 0-based line ``first`` down, each line with content (no blank or comment line): its number, the
    line, and how many spaces it opens with; the parser's line breaks, as ``_line_at`` counts lines
    (str.splitlines also breaks at U+2028 and the like)."""
    for number, line in enumerate(_parser_lines(text)[first:], first):
        stripped = line.lstrip(" ")
        if stripped and not stripped.startswith("#"):
            yield number, line, len(line) - len(stripped)


def _mapping_keys(text: str, last_line: int) -> dict[tuple[int, int], int] | None:
    """Each mapping key of ``text`` up to a 0-based ``last_line`` by its (line, column), with a number for its
    mapping (keys of one mapping share it); None when the parser fails at or before that line (a mistake after
    it is the file's own, not this text's).  Reading a hint's result so tells what following the hint would
    make of those lines, as the parser reads them, not as they look; the rest of the file is not read."""
    keys: dict[tuple[int, int], int] = {}
    # each open collection: its number (a mapping's), and for a mapping whether a key comes next
    stack: list[list[int]] = []
    mappings = 0
    try:
        for event in _events(text):
            if event.start_mark.line > last_line:
                break
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                stack.pop()
                continue
            if not isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent, yaml.CollectionStartEvent)):
                continue
            if stack and stack[-1][0] >= 0:  # inside a mapping: a key or its value
                if stack[-1][1] and isinstance(event, yaml.ScalarEvent):
                    keys[event.start_mark.line, event.start_mark.column] = stack[-1][0]
                stack[-1][1] = 1 - stack[-1][1]
            if isinstance(event, yaml.MappingStartEvent):
                mappings += 1
                stack.append([mappings, 1])
            elif isinstance(event, yaml.SequenceStartEvent):
                stack.append([-1, 0])
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        if mark is None or mark.line <= last_line:
            return None
    return keys


def _name_at(text: str, line_number: int) -> str:
    """The key's name a 0-based line opens with, or ''."""
    key = _KEY_LINE.match(_line_at(text, line_number))
    return key.group(2) if key is not None else ""


def _keys_at(text: str, line_number: int, column: int) -> set[str]:
    """The keys from a 0-based line down to the end of its block (a line less indented than ``column``, or a
    list item's dash at that column): at that column, or deeper as under a '- ' a writer left out."""
    keys: set[str] = set()
    for _, line, indent in _content_lines(text, line_number):
        if indent < column or (indent == column and line[indent] == "-"):
            break
        key = _KEY_LINE.match(line)
        if key is not None:
            keys.add(key.group(2))
    return keys


#: a line opening with a key and its colon, a space or the line's end after it ('    verdict: "false"'): the
#: indent, and the key; a URL ('https://...') opening a line is no key
_KEY_LINE = re.compile(r"([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w-]*):(?=[ \t]|$)")


def _misindented_key(
    mark: yaml.Mark, text: str, exc: yaml.MarkedYAMLError | None = None, *, in_text: bool = False
) -> tuple[yaml.Mark, str] | None:
    """A key of a claims file indented more or less than the key above it, of the same mapping, on the
    0-based line the parser stopped at, said so with the column to put it in; else None.

    The parser says "mapping values are not allowed" (a key deeper than a value without quotes: ``in_text``,
    the key may then be words of that text), "did not find expected key" (deeper than a quoted value or a
    '[...]') or "did not find expected '-' indicator" (less deep).  The key above is the nearest line
    above opening with a key: lines of text, list items and comments between are skipped.  Only a key of
    the same mapping as that one, as ``_looks_like_second_key`` asks: a line such as 'something: else'
    going on with a summary is no key put in the wrong place."""
    lines = _lines_to(text, mark.line)
    line = lines[mark.line]
    key = _KEY_LINE.match(line)
    if key is None or key.group(1).strip() or not key.start(2) <= mark.column < key.end():
        return None
    name, column = key.group(2), key.start(2)
    for number in range(mark.line - 1, -1, -1):
        above = _KEY_LINE.match(lines[number])
        if above is not None:
            break
    else:
        return None
    sibling, sibling_column = above.group(2), above.start(2)
    if sibling_column == column or not any(name in group and sibling in group for group in _KEY_GROUPS):
        return None
    if sibling_column == 0 and sibling not in TOP_KEYS:
        # no key of the file's own mapping: a new claim of a list written at column 0 ('claims:' then '- id: a'),
        # without its '- ' ('id: b' then '  claim: d'); lined up with it, the claim's keys were the file's
        return _new_item(text, number, 0, 0)
    if exc is not None and not _fits_the_open_block(exc, text, mark.line, column, number, sibling_column):
        return None
    if name in _keys_of_the_mapping(text, number, sibling_column):
        # lined up, it would be a duplicate key: '  id: b' under a claim is a new claim without its '- '
        return None
    place = yaml.Mark(mark.name, 0, mark.line, column, None, 0)
    deeper = column > sibling_column
    message = (
        f"'{_shown(name)}:' is indented {'more' if deeper else 'less'} than '{_shown(sibling)}:' on line "
        f"{_editor_line(text, number + 1)}: line it up with '{_shown(sibling)}:', in column {sibling_column + 1}"
    )
    if deeper and in_text:
        message += " (if it is part of the text above, put that whole value in quotes)"
    return place, message


#: what the items of a list under these keys are called
_ITEM_NAMES = {"claims": "claim", "sources": "source"}


def _item_without_dash(mark: yaml.Mark, text: str, exc: yaml.MarkedYAMLError) -> tuple[yaml.Mark, str] | None:
    """A new item of the list the parser had open (its context: the list's first dash) written without its '- '
    at the line it stopped at ('  id: b' below a claim that has an 'id'), said so (``_new_item``); else None."""
    context, said = exc.context_mark, str(exc.context or "")
    if context is None or not ("block collection" in said or "sequence" in said):
        return None
    return _new_item(text, mark.line, int(context.column), int(context.line))


def _new_item(text: str, line_number: int, dash_column: int, first_dash_line: int) -> tuple[yaml.Mark, str] | None:
    """A new item of a list of mappings (its dashes at ``dash_column``, the first on ``first_dash_line``)
    written without its '- ' on a 0-based line, said so with the line to write; else None.

    The line's key is at the column of the items' dashes, or right of it but left of their keys.  It begins a
    new item only when the keys from it on repeat one of the item above ('title: B' then 'url: ...' below a
    source with a url): lined up with that item's keys, it would be a duplicate key.  The line written so must
    be read as a new item of the list, by the parser itself, or nothing is said."""
    line = _line_at(text, line_number)
    key = _KEY_LINE.match(line)
    if key is None or key.group(1).strip() or key.start(2) < dash_column:
        return None
    name, column = key.group(2), key.start(2)
    lines = _lines_to(text, line_number)
    for number in range(line_number - 1, first_dash_line - 1, -1):  # the item above: its dash at the list's column
        above = lines[number]
        if leading_spaces(above) == dash_column and above[dash_column : dash_column + 1] == "-":
            break
    else:
        return None
    item = _KEY_LINE.match(above)
    if item is None or not column < item.start(2):
        return None
    item_column = item.start(2)
    repeated = _keys_at(text, line_number, column) & _keys_of_the_mapping(text, line_number - 1, item_column)
    if not repeated:
        return None
    written = above[:item_column] + line[column:].rstrip()  # the dash and its spaces as the item above has them
    # the item's other keys in the line's column (and their blocks) move with its first key, under the '- ': a
    # 'title:' left where it was is read as no key of the item (review24d); keys already in the column of the
    # item's keys ('  id: b' then '    claim: d') stay
    shift, last = item_column - column, _item_end(text, line_number, column, dash_column)
    parts = list(_text_parts(text))
    parts[2 * line_number] = written
    first_moved = None
    for below in range(line_number + 1, last + 1):
        if first_moved is None and leading_spaces(parts[2 * below]) == column and parts[2 * below].strip():
            first_moved = below
        if first_moved is not None and parts[2 * below].strip():
            parts[2 * below] = " " * shift + parts[2 * below]
    if not _reads_as_new_item(parts, last, (line_number, item_column), (number, item_column)):
        return None
    what = _ITEM_NAMES.get(_parent_key(lines[:number], dash_column), "item")
    which = (
        f"it repeats '{_shown(name)}:'" if name in repeated else f"the keys below it repeat '{sorted(repeated)[0]}:'"
    )
    place = yaml.Mark("", 0, line_number, column, None, 0)
    return place, (
        f"this begins a new {what} without its '- ' ({which} of the {what} above, line "
        f"{_editor_line(text, number + 1)}): write '{_shown(written.strip())}', the '-' in column {dash_column + 1} "
        f"as on line {_editor_line(text, number + 1)}"
        + _lines_with_it(text, first_moved, last, f"{shift} column{'s' if shift > 1 else ''} right")
    )


def _new_item_at_its_keys(text: str, line_number: int, column: int, item_line: int) -> tuple[str, int] | None:
    """The fix of a duplicate key that begins a new item without its '- ', written in the column of the item's
    keys ('    id: b' under the claim '  - id: a', whose 'id' it repeats): what to say, and the 0-based last line
    of the new item (its other keys are duplicates too, of the same slip); else None.  0-based lines: the
    duplicate's, and the first key's of the item it repeats (``item_line``), both keys at ``column``.  Said only
    when the line, with its '- ' written in the two spaces before its key, is read as a new item, its keys
    below with it (a second 'id:' in a claim, lined up, was only "duplicate key 'id'", three times for three
    keys: a class copying a claim's lines to start the next one was left to guess)."""
    dash_column = column - 2
    line, above = _line_at(text, line_number), _line_at(text, item_line)
    key, first = _KEY_LINE.match(line), _KEY_LINE.match(above)
    if (
        dash_column < 0
        or key is None
        or first is None
        or key.group(1) != " " * column
        or first.group(1) != above[:dash_column] + "- "
        or key.group(2) != first.group(2)
    ):
        return None
    written = line[:dash_column] + "- " + line[column:].rstrip()
    last = _item_end(text, line_number, column, dash_column)
    parts = list(_text_parts(text))
    parts[2 * line_number] = written
    if not _reads_as_new_item(parts, last, (line_number, column), (item_line, column)):
        return None
    what = _ITEM_NAMES.get(_parent_key(_lines_to(text, item_line - 1), dash_column), "item")
    return (
        f"if it begins a new {what}, write '{_shown(written.strip())}', the '-' in column {dash_column + 1} as on "
        f"line {_editor_line(text, item_line + 1)}"
    ), last


def _reads_as_new_item(
    parts: list[str], last: int, key: tuple[int, int], above: tuple[int, int], first_below: int | None = None
) -> bool:
    """Whether ``parts`` (a text split at its line breaks, kept: a hint followed), read by the parser up to a
    0-based line ``last``, has the key at ``key`` (line, column) open a new item, not the item whose key is at
    ``above``; and whether each key line below it (from ``first_below``, the line after the key's by default) up
    to ``last`` at the key's column is a key of that new item: a line below, moved so, is no key of another."""
    keys = _mapping_keys("".join(parts), last)
    new_item = keys.get(key) if keys is not None else None
    if keys is None or new_item is None or new_item == keys.get(above):
        return False
    line, column = key
    return all(
        keys.get((below, column)) == new_item
        for below in range(line + 1 if first_below is None else first_below, last + 1)
        if leading_spaces(parts[2 * below]) == column and _KEY_LINE.match(parts[2 * below])
    )


def _item_end(text: str, line_number: int, column: int, dash_column: int) -> int:
    """The 0-based last line of a list item whose first key, on ``line_number``, is at ``column``: the lines below
    at that column or deeper, up to a line less indented or the next item's dash at ``dash_column`` (blank and
    comment lines within, none at its end)."""
    end = line_number
    for number, line, indent in _content_lines(text, line_number + 1):
        if indent < column or (indent == dash_column and line[indent] == "-"):
            break
        end = number
    return end


def _lines_with_it(text: str, first: int | None, last: int, how: str) -> str:
    """What a message adds for the 0-based lines ``first`` to ``last`` of ``text`` that move with the line it is
    about: '' for none (``first`` None, or past ``last``)."""
    if first is None or first > last:
        return ""
    shown_first, shown_last = _editor_line(text, first + 1), _editor_line(text, last + 1)
    which = f"line {shown_last}" if shown_last == shown_first else f"lines {shown_first} to {shown_last}"
    return f", and move {which} with it, {how}"


def _item_too_deep(mark: yaml.Mark, text: str, exc: yaml.MarkedYAMLError) -> tuple[yaml.Mark, str] | None:
    """A new item of a list of mappings whose '- ' is indented more than the '- ' of the item above ('    - id: b'
    under '  - id: a'), said so with the column to put it in; else None.

    The parser stopped at the dash, with the item above open (its context: that item's first key, after its
    dash) or the list (its first dash).  Only when the keys of the new item repeat one of the item above (it
    is a new item, not a list of some key's), and only when the item, moved left with its lines, is read as a
    new item of the list, by the parser."""
    context, said = exc.context_mark, str(exc.context or "")
    if context is None:
        return None
    line, column = _line_at(text, mark.line), mark.column
    lines = _lines_to(text, mark.line)
    if "block mapping" in said:  # the item above open: its dash left of its first key
        item_line, item_column = context.line, context.column
        dash = lines[item_line].rfind("-", 0, item_column)
        if dash < 0 or lines[item_line][:dash].strip() or lines[item_line][dash + 1 : item_column].strip():
            return None  # the open mapping is no list item's
    elif "block collection" in said or "sequence" in said:  # the list open: the item above is its last
        dash = context.column
        item_line = next(
            (n for n in range(mark.line - 1, context.line - 1, -1) if leading_spaces(lines[n]) == dash), -1
        )
        item = _KEY_LINE.match(lines[item_line]) if item_line >= 0 else None
        if item is None or "-" not in item.group(1):
            return None
        item_column = item.start(2)
    else:
        return None
    if leading_spaces(line) != column or column <= dash or not line[column:].startswith("- "):
        return None
    key = _KEY_LINE.match(line)
    if key is None:
        return None
    keys_below = {key.group(2)} | _keys_at(text, mark.line + 1, key.start(2))
    if not keys_below & _keys_of_the_mapping(text, mark.line - 1, item_column):
        return None
    shift, end = column - dash, _block_end(text, mark.line, column)
    parts = list(_text_parts(text))
    for number in range(mark.line, end + 1):
        parts[2 * number] = parts[2 * number][min(shift, leading_spaces(parts[2 * number])) :]
    # the lines below the block that moves, which stay, must be keys of the item too: a claim with only its '-'
    # line too deep ('    - id: b' then '    claim: d') moves that line alone (review24d)
    new_column, last = key.start(2) - shift, _item_end(text, mark.line, column - shift + 1, dash)
    if not _reads_as_new_item(parts, max(end, last), (mark.line, new_column), (item_line, item_column), end + 1):
        return None
    what = _ITEM_NAMES.get(_parent_key(lines[:item_line], dash), "item")
    place = yaml.Mark("", 0, mark.line, column, None, 0)
    moved = _lines_with_it(text, mark.line + 1, end, f"{shift} column{'s' if shift > 1 else ''} left")
    return place, (
        f"this {what}'s '-' is indented more than the '-' of the {what} on line {_editor_line(text, item_line + 1)}: "
        "line it up "
        f"with that one, in column {dash + 1}"
        + (moved or (f" (this line only: the {what}'s other lines are in place)" if last > end else ""))
    )


def _parent_key(lines_above: list[str], column: int) -> str:
    """The key whose value is the list with an item below ``lines_above``, its dash at ``column``: the nearest
    key above it at that column (a list whose dashes are at its key's column) or left of it ('' for none)."""
    for line in reversed(lines_above):
        key = _KEY_LINE.match(line)
        if key is not None and not key.group(1).strip() and key.start(2) <= column:
            return key.group(2)
    return ""


def _editor_line(text: str, line: int) -> int:
    """The line an editor shows the parser's ``line`` of ``text`` on (both from 1; ``EditorLines``): for the lines
    a message names, as its place is named."""
    return EditorLines.of(text).line(line)


def _lines_to(text: str, line_number: int) -> list[str]:
    """The lines of ``text`` up to a 0-based line, that one included, as the parser numbers them: read once, where
    a search goes up through many lines (``_line_at`` reads the text anew each time)."""
    lines = list(_parser_lines(text)[: line_number + 1])
    return lines + [""] * (line_number + 1 - len(lines))  # '' past the end, as ``_line_at`` has it


#: the word just before the ': ' the parser stopped at, after a space ("... checked" of "No source. checked: ")
_WORD_BEFORE_COLON = re.compile(r"[ \t]([A-Za-z_][\w-]*)$")

#: what follows a date key's colon when it is one: a date, quoted or not ('checked: 2025-01-01')
_DATE_AFTER_COLON = re.compile(r"[ \t]*[\"']?\d")


def _continuation_lines(text: str, line_number: int, key_column: int) -> Iterator[str]:
    """The lines after a 0-based line that go on with the value of its key (at ``key_column``).

    They are the lines indented deeper than the key (blank ones within too): the value's quotes
    must hold them, so what they hold ('"', '\\') decides which quotes fit.
    """
    for line in _parser_lines(text)[line_number + 1 :]:
        stripped = line.lstrip(" ")
        if stripped and len(line) - len(stripped) <= key_column:
            return
        yield "\n" + line


def _looks_like_second_key(key: str, before_colon: str, after_colon: str) -> str | None:
    """The word before a ': ' inside the value of ``key`` when it reads as a second key, else None.

    It must be a key of the same mapping, and not English text around a key's name: 'rejected the
    claim: no troops' or 'the sources: Pentagon' (after a determiner), 'Corrected the date: it was
    5 May' (a date key with no date after it). Put on a line of their own, those gave a duplicate
    key or a date that is not one.
    """
    word = _WORD_BEFORE_COLON.search(before_colon)
    if word is None:
        return None
    second = word.group(1)
    if not any(key in group and second in group for group in _KEY_GROUPS):
        return None
    previous = before_colon[: word.start()].rsplit(maxsplit=1)[-1:]
    if previous and previous[0].lower() in _DETERMINERS:
        return None
    if second in _DATE_KEYS and not _DATE_AFTER_COLON.match(after_colon):
        return None
    return second


def _colon_in_value(key: str, before_colon: str, after_colon: str, value: str) -> str:
    """What to do about a ': ' inside the unquoted value of ``key``.

    ``before_colon`` and ``after_colon``: the line around the ': '; ``value``: the whole value, from
    the key's colon to the end of its last continuation line.
    """
    second = _looks_like_second_key(key, before_colon, after_colon)
    if second is not None:
        # 'summary: No source. checked: 2025-01-01': quoting the value would hide the date in the summary
        return (
            f"'{second}:' inside the value of '{_shown(key)}' looks like a second key: put it on a line of its "
            f"own, lined up with '{_shown(key)}:' (if it is part of the text, put the whole value in quotes)"
        )
    start = (
        f"a ':' followed by a space inside the value of '{_shown(key)}', which has no quotes, so YAML reads a "
        "second key on the line: "
    )
    if '"' in value or "\\" in value:
        # in double quotes, a '"' already inside would end the value early, and a '\' start an escape
        # ('C:\Users' an error); in single quotes both are plain text
        return start + f"put the whole value in single quotes, writing any ' inside it twice ({_shown(key)}: '...')"
    fix = start + f'put the whole value in double quotes ({_shown(key)}: "...")'
    typed = value.strip()
    if len(typed) >= 2 and typed[0] in _CURLY_DOUBLE_OPENING and typed[-1] in _CURLY_DOUBLE_CLOSING:
        # 'claim: “Trump: troops are coming”', from a word processor: the fix was quoted around its quotes
        fix += (
            f"; its quotes {typed[0]} {typed[-1]} are typographic (typed by a word processor), which YAML does "
            'not read as quotes: type straight quotes " in their place'
        )
    return fix


#: the double quotes a word processor types around a text in place of '"', opening and closing
_CURLY_DOUBLE_OPENING, _CURLY_DOUBLE_CLOSING = "\u201c\u201e\u00ab", "\u201d\u201c\u00bb"


#: what opens a value that is not plain text: quotes, a block text's header, a flow list or mapping, an anchor,
#: an alias, a tag, a list item, and characters YAML reserves
_NOT_PLAIN = re.compile(r"""["'|>\[\]{}&*!%@`#,?]|- |-$""")


def _colon_in_continuation(mark: yaml.Mark, text: str) -> tuple[yaml.Mark, str] | None:
    """A line going on with a key's text without quotes, whose ': ' the parser reads as a key
    ('summary: The study said' then '      something: else'), said so with the quotes that keep the
    text as one; else None.

    Only for a word that is no key of that key's mapping (such a key is ``_misindented_key``'s), after a
    value that opens on the key's line and holds no comment and no blank line, and only when the value
    quoted so is read, by the parser itself, as the one text the lines make without the ': ' (each line
    break a space): the quotes must not change the text.  The key may be meant as a key, deeper than it
    should be: the message says the quotes are for a text."""
    lines_to = _lines_to(text, mark.line)  # read once: a search up through many lines (review24d)
    line = lines_to[mark.line]
    word = _KEY_LINE.match(line)
    if word is None or word.group(1).strip() or word.end(2) != mark.column:
        return None
    indent = word.start(2)
    for number in range(mark.line - 1, -1, -1):  # the key whose text the lines go on with
        above = lines_to[number]
        stripped = above.lstrip(" ")
        if not stripped or stripped.startswith("#") or "\t" in above[: len(above) - len(stripped)]:
            return None
        owner = _KEY_LINE.match(above)
        if owner is not None:
            break
        if leading_spaces(above) < indent:  # a text line less indented than this one: not what is meant
            return None
    else:
        return None
    name, key_column = owner.group(2), owner.start(2)
    first = above[owner.end() :].strip(" ")
    if key_column >= indent or not first or _NOT_PLAIN.match(first):
        return None
    if any(name in group and difflib.get_close_matches(word.group(2), group, n=1, cutoff=0.8) for group in _KEY_GROUPS):
        return None  # a key of that mapping (or its misspelling), not words of the text
    lines = [first.rstrip(" "), *(part.strip("\n ") for part in _continuation_lines(text, number, key_column))]
    while not lines[-1]:  # the blank lines below the value are not its own
        lines.pop()
    if any(not part.strip() or re.search(r"(?:^|[ \t])#", part) for part in lines):
        return None  # a blank line (a line break in the text) or a comment: quotes would change what is read
    value = "\n".join(lines)
    single = '"' in value or "\\" in value
    quoted_value = "'" + value.replace("'", "''") + "'" if single else '"' + value + '"'
    value_column = owner.end() + leading_spaces(above[owner.end() :])
    parts = list(_text_parts(text))  # the text with the quotes, built once
    for offset, part in enumerate(quoted_value.split("\n")):  # each line keeps its indentation
        old = parts[2 * (number + offset)]
        parts[2 * (number + offset)] = old[: value_column if offset == 0 else leading_spaces(old)] + part
    read = _scalar_at("".join(parts), number, value_column, number + len(lines) - 1)
    if read != " ".join(lines):
        return None
    quotes = "single quotes, writing any ' inside it twice" if single else "double quotes"
    sample = f"{_shown(name)}: '...'" if single else f'{_shown(name)}: "..."'
    return mark, (
        f"'{_shown(word.group(2))}:' on line {_editor_line(text, mark.line + 1)} goes on with the text of "
        f"'{_shown(name)}:' (line {_editor_line(text, number + 1)}), which has no quotes, so YAML reads a key in "
        f"that text: if it is part of the text, put the whole value in {quotes} ({sample})"
    )


#: the keys whose value is free text, which may hold quotes
_FREE_TEXT_KEYS = frozenset(
    {"claim", "summary", "claimant", "original_rating", "title", "publisher", "quote", "note", "name"}
)


#: a line that reads as a key of a claim or source (an item's '- ' before it or not)
_KEY_READ_INTO_A_VALUE = re.compile(r"\s*(?:- )?[A-Za-z_][\w-]*:(?: |$)")


#: what stands before a value's opening quote on its line: a key ("    checked: "), a list item's ("  - url: ")
_OPENS_A_VALUE = re.compile(r"[ \t]*(?:- +(?:[\w.-]+: +)?|[\w.-]+: +)")


def _quote_left_open(mark: yaml.Mark, text: str) -> tuple[yaml.Mark, str] | None:
    """A value's opening quote not closed on its line ('verdict: "true', a student's slip), said where it is;
    else None.  YAML reads the lines below into the value up to the next quote of its kind, a later value's
    opening one ('checked: "2026-11-25"'), and stops after it: "did not find expected key" lines below the slip,
    "while parsing a block mapping", which named neither the quote nor its line.  Told by the quoted value that
    ends just before where the parser stopped, when it began on a line above."""
    scanner = yaml.SafeLoader(text)
    last: yaml.ScalarToken | None = None
    try:
        while scanner.check_token():
            token = scanner.get_token()
            if token.start_mark.index >= mark.index:
                break  # the scanner reads on past where the parser stopped
            if isinstance(token, yaml.ScalarToken):
                last = token
    except yaml.YAMLError:
        pass
    finally:
        scanner.dispose()
    if last is None or last.style not in ("'", '"'):
        return None
    start, end = last.start_mark, last.end_mark
    # the value's closing quote is on the line where YAML stopped (a later value's opening one): a value closed
    # on a line above it ('quote: "Q: ...' then 'A: ..."' meant to span two lines) was closed on purpose
    if start.line == end.line or end.line != mark.line or text[end.index : mark.index].strip():
        return None
    # and that closing quote opens a later value: only a key (or "- ") is before it on its line, not text ('    A:
    # No, only "ten trainers".', a quote inside a text meant to span lines) nor nothing (a line of that text
    # opening with a quoted word)
    line_start = text.rfind("\n", 0, end.index - 1) + 1
    if not _OPENS_A_VALUE.fullmatch(text[line_start : end.index - 1]):
        return None
    # a key read into the value ('    summary: ...' under 'verdict: "true') at the opening key's depth or less:
    # the quote was left open, not a text meant to go on below ('  said: ten', deeper, is the text's own)
    opening = _line_at(text, start.line)
    depth = len(opening) - len(opening.lstrip(" ")) + (2 if opening.lstrip(" ").startswith("- ") else 0)
    read_in = [_line_at(text, line) for line in range(start.line + 1, end.line + 1)]
    if not any(_KEY_READ_INTO_A_VALUE.match(line) and len(line) - len(line.lstrip()) <= depth for line in read_in):
        return None
    quote = last.style
    return start, (
        f"the {quote} that opens this value is not closed on its line, so YAML reads the lines below into it, up "
        f"to the next {quote} (line {_editor_line(text, end.line + 1)}): put a {quote} at the end of line "
        f"{_editor_line(text, start.line + 1)}"
    )


def _text_after_quotes(mark: yaml.Mark, text: str) -> tuple[yaml.Mark, str] | None:
    """Text after the closing quote of a key's value, on its line, said so with the value quoted as meant; else
    None.  Two slips: a quote inside quotes ("summary: 'It's wrong'": the ' of "It's" ends the value) and a
    text opening with a quoted word ('summary: "No" was the answer').  The parser says "did not find expected
    key" (PyYAML: "expected <block end>, but found '<scalar>'") at the text after the quote.

    The value meant is the line's: between its quotes when it ends with the quote it opens with (a ' written
    twice inside single quotes already being one), else the whole, quotes and all."""
    value = _one_line_text(mark, text)
    if value is None or value[1][0] not in "'\"":
        return None
    name, written = value
    quote = written[0]
    word_first = len(written) > 1 and written.endswith(quote) and _quoted_word_first(written)
    if word_first and quote == "'":
        # an apostrophe and a closing ' are one character: "'The workers' union won'" (one text, a
        # possessive inside) is written just as "'Fake' news is 'bad'" (quoted words at both ends); what was
        # meant is not known (review25c: the hint kept the first one's quotes, and it validated so)
        return None
    if len(written) > 1 and written.endswith(quote) and not word_first:
        # quotes around the value: one inside ends it early
        inner = written[1:-1]
        meant = inner.replace("''", "'") if quote == "'" else inner
        kind = "single" if quote == "'" else "double"
        slip = f"a {quote} inside a value in {kind} quotes ends it early, so YAML finds more text after it"
    else:  # a quoted word opening the text
        meant = written
        slip = f"the value of '{_shown(name)}' opens with a quoted part and goes on after it; quotes hold a whole value"
    if "\\" in meant and quote == '"':  # an escape, or not: what was meant is not known
        return None
    fix = _quoted_as_meant(text, mark.line, name, meant)
    return None if fix is None else (mark, f"{slip}: {fix}")


def _quoted_word_first(written: str) -> bool:
    """Whether a value that opens and ends with a quote may be words in quotes at both ends ('"Fake" news is
    "dangerous"', "'a' and 'b'"), not one text in quotes with a quote inside: the quote that ends its first
    part is followed by no letter or digit (the ' of "'It's wrong'" is).  In double quotes the value is then
    kept as written, quotes and all (review24d: the hint made it 'Fake" news is "dangerous'); in single quotes
    it may as well be one text with a possessive's apostrophe ("'The workers' union won'"): no hint."""
    quote, start = written[0], 1
    while True:
        end = written.find(quote, start)
        if end < 0:
            return False
        if quote == "'" and written[end + 1 : end + 2] == "'":  # a ' written twice is one inside the text
            start = end + 2
            continue
        break
    after = written[end + 1 : end + 2]
    return 0 < end < len(written) - 1 and not after.isalnum()


def _reserved_start(mark: yaml.Mark, text: str) -> tuple[yaml.Mark, str] | None:
    """A key's text opening with '@' or '`', which YAML reserves ("found character that cannot start any
    token"), said so with the value quoted; else None."""
    value = _one_line_text(mark, text)
    if value is None or value[1][0] not in "@`":
        return None
    name, meant = value
    fix = _quoted_as_meant(text, mark.line, name, meant)
    return None if fix is None else (mark, f"a text cannot open with '{meant[0]}' without quotes: {fix}")


def _one_line_text(mark: yaml.Mark, text: str) -> tuple[str, str] | None:
    """(the key, its value as written) of a free-text key on the 0-based line of ``mark``, when the parser stopped
    inside that value, and the value is that line's alone and holds no comment; else None."""
    line = _line_at(text, mark.line)
    key = _KEY_LINE.match(line)
    if key is None or key.group(2) not in _FREE_TEXT_KEYS:  # an id, a verdict, a URL or a date is none the same
        return None
    value_column = key.end() + leading_spaces(line[key.end() :])
    value = line[value_column:].rstrip(" \t")  # a tab after the value is none of it
    if not value or mark.column < value_column or re.search(r"[ \t]#", value):
        return None
    if _block_end(text, mark.line, key.start(2)) != mark.line:  # lines below go on with it: the value is longer
        return None
    return key.group(2), value


def _quoted_as_meant(text: str, line_number: int, name: str, meant: str) -> str | None:
    """What to do for the value of ``name`` on a 0-based line to read as ``meant`` (the quotes it needs, shown
    when short); None when the value so quoted is not read as ``meant``, by the parser."""
    written = _quoted(meant)
    if written.startswith('"'):
        how = "put it in double quotes"
    else:
        how = "put it in single quotes, writing each ' inside it twice" if "'" in meant else "put it in single quotes"
    line = _line_at(text, line_number)
    key = _KEY_LINE.match(line)
    assert key is not None
    value_column = key.end() + leading_spaces(line[key.end() :])
    if (
        _scalar_at(_with_line(text, line_number, line[:value_column] + written), line_number, value_column, line_number)
        != meant
    ):
        return None
    fix = f"{_shown(name)}: {written}"
    return how + (f" ({fix})" if len(fix) <= _SHOWN_MAX else "")


def _scalar_at(text: str, line_number: int, column: int, last_line: int) -> str | None:
    """The value of the scalar that begins at a 0-based line and column, as the parser reads ``text``; None when
    there is none, or the parser fails at or before ``last_line``."""
    try:
        for event in _events(text):
            mark = event.start_mark
            if mark.line > last_line:
                return None
            if isinstance(event, yaml.ScalarEvent) and (mark.line, mark.column) == (line_number, column):
                return str(event.value)
    except yaml.YAMLError:
        return None
    return None


def _missing_space(mark: yaml.Mark, line_number: int, text: str) -> tuple[yaml.Mark, str] | None:
    """A key with no space after its colon on a 0-based line ('verdict:"false"'), said so; else None."""
    line = _line_at(text, line_number) if line_number >= 0 else ""
    dash = _dash_without_space(mark, line_number, text)
    if dash is not None:
        return dash
    key = _KEY_OPENING.match(line)
    if key is None:
        return None
    # a URL ('https://...') or a path ('C:\...', 'C:/...') opening a line is no key without its space
    if line[key.end() : key.end() + 1] in ("", " ", "\t", "/", "\\"):
        return None
    # the place is just after the colon, where the space goes (the parser points a line below)
    place = yaml.Mark(mark.name, 0, line_number, key.end(), None, 0)
    name = _shown(key.group(1))
    odd = line[key.end()]
    if _ODD_SPACE.fullmatch(odd):  # a word processor's no-break space: the user sees the space they typed
        run = _SPACES_TO_AN_ODD_ONE.match(line, key.end())
        spaces = run.group() if run is not None else odd
        kinds = list(dict.fromkeys(c for c in spaces if _ODD_SPACE.fullmatch(c)))  # each kind once, in order
        codes = " and ".join(f"U+{ord(c):04X}" for c in kinds)
        names = ", ".join(unicodedata.name(c, "space").lower() for c in kinds)
        if _ODD_SPACES.fullmatch(spaces) is None:
            # plain spaces among them ('\xa0 \xa0'): 'type a plain space there' left a no-break one before the
            # value, which it then opens
            return place, (
                f"the {len(spaces)} spaces after '{name}:' hold {codes} spaces ({names}), which YAML does not read "
                f"as spaces: replace all {len(spaces)} with one plain space"
            )
        if len(spaces) > 1:
            # 'type a plain space there', for one of two, left the other before the value, still no space to YAML
            return place, (
                f"the {len(spaces)} spaces after '{name}:' are {codes} spaces ({names}), which YAML does not read "
                "as spaces: replace them with one plain space"
            )
        return place, (
            f"the space after '{name}:' is a {codes} space ({names}), which YAML does not read as one: "
            "type a plain space there"
        )
    return place, f"a space is missing after '{name}:': write a space after the colon ('{name}: ...')"


#: a line opening with a word and a value after a space, with no colon between ('    verdict "false"'): the word
_WORD_AND_VALUE = re.compile(r"[ ]*(?:-[ ]+)?([A-Za-z_][\w-]*)(?:[ ]+(?=[^ #:])|[ ]*$)")


def _missing_colon(mark: yaml.Mark, text: str) -> tuple[yaml.Mark, str] | None:
    """A key of a claims file written without its colon ('verdict "false"'), said so; else None.

    The parser reads the line as text, and says it found no ':' for it ("could not find expected ':'", or
    at the end of the file "a simple key ... never closed").  Only a key's name of the mapping the line is in
    (a claim's in a claim, a source's in a source: a line of words is not one), and only when the line with
    the colon put after it is read as that key, by the parser.  Where the value above is text without quotes
    that could go on, the line may be that text wrapped, not indented enough ('note: The page carried a'
    then 'quote from the minister'): the message gives both readings then (review24d)."""
    lines = _lines_to(text, mark.line)
    line = lines[mark.line]
    word = _WORD_AND_VALUE.match(line)
    if word is None or word.start(1) != mark.column or ":" in line[word.end(1) : word.end()]:
        return None
    name, column = word.group(1), word.start(1)
    sibling = _sibling_above(lines, mark.line, column)
    if sibling is None and column == 0:
        sibling = "claims"  # the file's own mapping
    if sibling is None or not any(name in group and sibling in group for group in _KEY_GROUPS):
        return None  # no key's name of the line's mapping: words of a text ('note saying otherwise' in a claim)
    if name in _keys_of_the_mapping(text, mark.line - 1, column):
        return None  # one the mapping has: words of a text ('claim that was false')
    if not line[word.end(1) :].strip() and _block_end(text, mark.line, column) == mark.line:
        return None  # a name alone, no block under it ('sources' then its list): no value to give it
    owner = _plain_text_above(lines, mark.line, column)
    if owner == "" or (owner is not None and re.search(r":[ \t]|:$|[ \t]#", line[column:])):
        return None  # text above of no key's, or which the line, indented more, would not go on with
    if owner not in _FREE_TEXT_KEYS or _block_end(text, mark.line, column) != mark.line:
        # the line, indented more, would not read as meant (review25c): an id, a verdict, a URL or a date
        # goes on with no words ('claim: c' then 'verdict "false"' gives no verdict); a line opening a
        # block ('sources' then its list, 'quote |' then its lines) takes that block into the text, or fails
        owner = None
    written = line[: word.end(1)] + ":" + line[word.end(1) :]
    value = line[word.end(1) :].strip(" \t")
    if value and not _NOT_PLAIN.match(value) and not _reads_as_text(value):
        # 'verdict false', 'checked 2024-01-01': with the colon alone, YAML reads a true/false value or a
        # date, and the file is refused again ("must be quoted"); the line given holds the value as text
        written = line[: word.end(1)] + ": " + _quoted(value)
    keys = _mapping_keys(_with_line(text, mark.line, written), mark.line)
    if keys is None or (mark.line, word.start(1)) not in keys:
        return None
    place = yaml.Mark(mark.name, 0, mark.line, word.end(1), None, 0)
    message = f"a ':' is missing after '{name}': write '{_shown(written.strip())}'"
    if owner is not None:
        message += (
            f", or, if it goes on with the text of '{_shown(owner)}:' above, indent it more than '{_shown(owner)}:'"
        )
    return place, message


def _reads_as_text(value: str) -> bool:
    """Whether YAML reads a plain value as text (not 'false', '2024-01-01', '12', '~'), as the loader does."""
    try:
        return isinstance(yaml.load(value, Loader=DatesAsWritten), str)
    except yaml.YAMLError:
        return True  # not one plain value: nothing to quote it as


def _sibling_above(lines: list[str], line_number: int, column: int) -> str | None:
    """The nearest key above a 0-based line at ``column``, of the same mapping (no line between less indented
    than ``column``, but the list item's dash the mapping opens with); None for none."""
    for above in reversed(lines[:line_number]):
        stripped = above.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        key = _KEY_LINE.match(above)
        if key is not None and key.start(2) == column:
            return key.group(2)
        if len(above) - len(stripped) < column:
            return None
    return None


def _plain_text_above(lines: list[str], line_number: int, column: int) -> str | None:
    """The key whose value, text without quotes, the line above a 0-based line ends and could go on with (a line
    indented more would be more of it); '' when that text is no key's (a list's item); None when the value above
    cannot go on: there is none, or it is quoted, a block text, a '[...]', or a comment ends it; or the line, at
    ``column``, is left of that text's key or list item's dash: the writer did not mean it to go on with a text
    further right (review25c: '    claimant Trump' after '      - The moon is cheese')."""
    number = line_number - 1
    while number >= 0 and not lines[number].strip(" \t"):
        number -= 1
    if number < 0 or lines[number].lstrip(" ").startswith("#"):
        return None
    text_lines: list[str] = []
    for above in reversed(lines[: number + 1]):
        key = _KEY_LINE.match(above)
        if key is not None:
            break
        stripped = above.lstrip(" ")
        if stripped.startswith("#"):
            return None
        if stripped.startswith("-"):
            return "" if len(above) - len(stripped) < column else None  # a list's item
        if stripped:
            text_lines.append(stripped)
    else:
        return ""
    if key.start(2) > column:
        return None  # a key further right: a source's, for a line of the claim's
    if key.group(1).strip() and not text_lines and not above[key.end() :].strip():
        return None  # '- url:' with nothing after it
    first = [above[key.end() :].strip(" \t")] if above[key.end() :].strip(" \t") else []
    parts = first + list(reversed(text_lines))
    if not parts or _NOT_PLAIN.match(parts[0]) or any(re.search(r"(?:^|[ \t])#", part) for part in parts):
        return None
    return key.group(2)


def _dash_without_space(mark: yaml.Mark, line_number: int, text: str) -> tuple[yaml.Mark, str] | None:
    """A list item's dash with no space after it on a 0-based line ('-id: a', a key '-id'), said so."""
    line = _line_at(text, line_number) if line_number >= 0 else ""
    dash = _DASH_WITHOUT_SPACE.match(line)
    if dash is None:
        return None
    place = yaml.Mark(mark.name, 0, line_number, dash.end(), None, 0)
    return place, f"a space is missing after '-': write '- {_shown(line[dash.end() :].strip())}'"


#: a list item's '- ' as a word processor writes it: an en or em dash, a bullet, a Unicode hyphen or minus, which
#: YAML reads as text ("– id" a key), the parser failing at the line's colon or the next item
_TYPOGRAPHIC_DASH = re.compile("^( *)([\u2010\u2011\u2012\u2013\u2014\u2022\u2212]) (?=\\S)")


def _typographic_dash(text: str, stopped_at: int) -> tuple[yaml.Mark, str] | None:
    """The line the parser stopped at, or the one above it (0-based), opening with such a dash, said with its fix,
    when the file, the dash a '-', reads past where the parser stopped; else None (a text's line may open
    with a dash, the error being another)."""
    lines = YAML_LINE_BREAK_KEPT.split(text)
    for number in range(max(stopped_at - 1, 0), stopped_at + 1):
        if 2 * number >= len(lines):
            break
        line = lines[2 * number]
        dash = _TYPOGRAPHIC_DASH.match(line)
        if dash is None:
            continue
        indent, char = dash.groups()
        lines[2 * number] = indent + "-" + line[dash.end(2) :]
        try:
            for _ in _events("".join(lines)):
                pass
        except yaml.MarkedYAMLError as exc:
            if exc.problem_mark is None or exc.problem_mark.line <= stopped_at:
                return None
        name = unicodedata.name(char, "dash").lower()
        rest = _shown(line[dash.end() :].strip())
        return yaml.Mark("", 0, number, len(indent), None, 0), (
            f"the line opens with a '{char}' ({name}), not the plain '-' of a list item (a word processor may have "
            f"typed it): write '- {rest}'"
        )
    return None


#: what a tab the parser stopped at is: libyaml says "found character that cannot start any token"
#: or "a tab character that violates indentation", neither naming what to do about it
TAB_PROBLEM = "a tab character, which YAML does not allow here: indent (and follow a 'key:') with spaces only"


#: spaces that are no space to YAML: pasted from a word processor or a web page into an indent, they
#: make the line text ("\xa0 - id" a key), and the parser fails lines later
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_ODD_SPACES = re.compile(f"(?:{_ODD_SPACE.pattern})+")
#: a plain value's opening spaces, an odd one among them, then a text in quotes: ``odd_space_before_quotes``
_ODD_SPACE_BEFORE_QUOTES = re.compile(
    f"[ \t]*({_ODD_SPACE.pattern}(?:[ \t]|{_ODD_SPACE.pattern})*)([\"'])(?s:.*)\\2[ \t]*\\Z"
)
#: the spaces and tabs after a key's colon, up to the last odd space among them: all to be one plain space
_SPACES_TO_AN_ODD_ONE = re.compile(f"(?:[ \t]|{_ODD_SPACE.pattern})*{_ODD_SPACE.pattern}")
_ODD_SPACE_INDENT = re.compile(f"^[ \t]*({_ODD_SPACE.pattern})", re.MULTILINE)


def odd_space_in_indent(text: str, first_line: int, last_line: int) -> tuple[int, int, str] | None:
    """The first (0-based line, column, character) from ``first_line`` to ``last_line`` where an indent
    holds a space YAML does not count as one (a non-breaking space...); None if there is none."""
    line, counted = 0, 0  # lines counted up to ``counted``: each stretch of text is counted once
    for match in _ODD_SPACE_INDENT.finditer(text):
        line += len(YAML_LINE_BREAK.findall(text, counted, match.start(1)))
        counted = match.start(1)
        if line > last_line:
            return None
        if line >= first_line:
            column = match.start(1) - max(text.rfind("\n", 0, match.start(1)), text.rfind("\r", 0, match.start(1))) - 1
            return line, column, match.group(1)
    return None


def odd_space_problem(char: str) -> str:
    """What to say of such a space."""
    name = unicodedata.name(char, "space").lower()
    return f"a U+{ord(char):04X} space ({name}) in the indentation, which YAML does not read as one: " + (
        "indent with plain spaces only"
    )


def odd_space_before_quotes(value: str) -> str | None:
    """What to say of a plain value that opens with a space YAML does not count as one, then quotes ('checked:
    <nbsp>"2026-11-25"', a plain space before the no-break one: the parser's error of '<nbsp>"..."' right after the
    colon is ``_missing_space``'s): the quotes are the text's, and the value was told of as not a real date, or
    as a verdict '"true"' not on the scale; None for any other value."""
    found = _ODD_SPACE_BEFORE_QUOTES.match(value)
    if found is None:
        return None
    kinds = list(dict.fromkeys(c for c in found.group(1) if _ODD_SPACE.fullmatch(c)))
    codes = " and ".join(f"U+{ord(c):04X}" for c in kinds)
    names = ", ".join(unicodedata.name(c, "space").lower() for c in kinds)
    return (
        f"opens with a {codes} space ({names}), which YAML does not read as one, so the quotes after it are part "
        "of the text: replace the spaces before them with one plain space"
    )


def odd_space_opening(key: str) -> str | None:
    """The odd space a key opens with (an indent YAML read as part of the key: "\xa0   verdict"), or None."""
    match = _ODD_SPACE_INDENT.match(key)
    return match.group(1) if match else None


#: a block scalar's header ('|', '>-', '|2+'): what of its first line is the scalar's, a comment may follow
BLOCK_SCALAR_HEADER = re.compile(r"[|>][-+0-9]*")


def is_tab_at(text: str, line: int, column: int) -> bool:
    """Whether the character at a parser's mark (0-based line and column) is a tab."""
    lines = YAML_LINE_BREAK.split(text, maxsplit=line + 1)
    return line < len(lines) and lines[line][column : column + 1] == "\t"


def _reader_problem(exc: yaml.reader.ReaderError, text: str, path: str) -> Problem:
    """A character YAML refuses (a control character), at its ``file:line:column``.

    The reader's error carries no mark, only an offset, and that offset is in characters for the
    pure-Python reader but in UTF-8 bytes for libyaml.  Both stop at the *first* character they
    refuse, so the first occurrence of that character in the text is where it is.
    """
    code = int(exc.character)
    kind = "a control character" if code < 0x20 or 0x7F <= code < 0xA0 else "not printable"
    if code == 0x1A:
        kind = CTRL_Z
    message = f"invalid YAML: character U+{code:04X} ({kind}) is not allowed; remove it"
    offset = text.find(chr(code))
    if offset < 0:  # pragma: no cover - the reader only reports characters of the text
        return Problem(Location(path), message)
    line, line_start = 1, 0
    for match in YAML_LINE_BREAK.finditer(text, 0, offset):
        line, line_start = line + 1, match.end()
    return Problem(Location(path, line, offset - line_start + 1), message)


#: tags of plain values resolved so far: a claims file repeats the same few (its keys, verdicts, dates),
#: and resolving each anew (a dozen regular expressions) was a fifth of reading a big file.  Short values
#: only, and so many at most, so that a file of distinct values cannot make it grow without end
_PLAIN_TAGS: dict[str, str] = {}
_PLAIN_TAGS_MAX = 4096
_PLAIN_TAG_MAX_LENGTH = 64


def plain_tag(value: str) -> str:
    """The tag YAML 1.1 (PyYAML's resolver) gives a plain (unquoted) scalar: "tag:yaml.org,2002:int"..."""
    tag = _PLAIN_TAGS.get(value)
    if tag is None:
        # implicit[1] (quoted) is never read once implicit[0] (plain) is true
        tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
        if len(value) <= _PLAIN_TAG_MAX_LENGTH and len(_PLAIN_TAGS) < _PLAIN_TAGS_MAX:
            _PLAIN_TAGS[value] = tag
    return tag


def plain_kind(value: str) -> str:
    """What YAML 1.1 reads a plain (unquoted) scalar as: "str", "bool", "int", "float", "null", "timestamp"."""
    return _TYPE_NAMES.get(plain_tag(value), "str")


class PlainTagsRemembered(SAFE_LOADER):  # type: ignore[misc]
    """``SAFE_LOADER`` resolving plain values through ``plain_tag``: composing a big file (the layout of an
    edit) resolved half a million of them, a dozen regular expressions each."""

    def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str:
        # PyYAML's answer for a plain scalar depends on its value alone, when no path resolvers are added
        if kind is yaml.ScalarNode and implicit[0] and not self.yaml_path_resolvers:
            return plain_tag(value)
        return str(super().resolve(kind, value, implicit))


#: the pending key of a mapping whose key was a duplicate (``parse``'s ``duplicate_keys``)
_REPEATED = Scalar("", "null", 0, 0)


@dataclass(slots=True)
class _NewItem:
    """A new item written without its '- ' (``_new_item_at_its_keys``), read by the parser as keys of the
    ``mapping`` above: its 1-based ``first`` and ``last`` lines, and its keys so far, each at its line.  A key of
    the item above repeated in it is that one slip, said once (its first key); a key repeated within it is a
    duplicate of its own, said (several claims pasted without '- ', or 'claim:' twice in the new one, were one
    error where every one was listed before the hint)."""

    mapping: Mapping
    first: int
    last: int
    keys: dict[str, int]


class _Builder:
    """Turns the event stream into nodes, iteratively, so deep nesting cannot blow the stack."""

    def __init__(self, path: str, duplicate_keys: list[Problem] | None = None, text: str = "") -> None:
        self.path = path
        self.duplicate_keys = duplicate_keys
        self.anchors: dict[str, tuple[Node, int]] = {}
        self.total_nodes = 0
        # the file's lines, split only when some comment touches its first word: most files have none
        self.lines = YAML_LINE_BREAK.split(text) if _TOUCHING_COMMENT.search(text) else None
        self.text = text
        # the last new item written without its '- ' (``_NewItem``), whose keys repeated from the item above are that
        # one slip, said once
        self.new_item: _NewItem | None = None

    def fail(self, event: yaml.Event, message: str) -> KnowledgeBaseError:
        mark = event.start_mark
        return KnowledgeBaseError([Problem(Location(self.path, mark.line + 1, mark.column + 1), message)])

    def build(self, events: object) -> Node | None:
        # Each open collection on the stack: (node, anchor, pending key, nodes below it, and for a
        # mapping its keys so far with their lines, so that a duplicate is found in constant time).
        stack: list[list[object]] = []
        root: Node | None = None
        documents = 0
        for event in events:  # type: ignore[attr-defined]
            # scalars first: they are most of the events (a 10,000-claim file has a million), and went
            # through four isinstance tests before their own
            if isinstance(event, yaml.ScalarEvent):
                mark = event.start_mark
                scalar = self._scalar(event, mark.line + 1, mark.column + 1)
                self._count(event, 1)
                if event.anchor:
                    self.anchors[event.anchor] = (scalar, 1)
                if not stack:
                    root = scalar
                else:
                    self._attach(event, scalar, 1, stack)
                continue
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise self.fail(event, "the file holds more than one YAML document ('---')")
                continue
            if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
                continue
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                node, anchor, _key, size, _keys = stack.pop()
                self._finish(node, anchor, size, stack)  # type: ignore[arg-type]
                if not stack:
                    root = node  # type: ignore[assignment]
                continue
            if isinstance(event, yaml.AliasEvent):
                if event.anchor not in self.anchors:
                    # '*not bold*' as a claim's text is an alias to YAML: said so, the fix being the writer's to choose
                    raise self.fail(
                        event,
                        f"unknown alias *{event.anchor} "
                        "(if it is text opening with '*', put the whole value in quotes)",
                    )
                node, size = self.anchors[event.anchor]
                self._count(event, size)
                self._attach(event, node, size, stack)
                continue
            mark = event.start_mark
            line, column = mark.line + 1, mark.column + 1
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                self._check_tag(event, "map" if isinstance(event, yaml.MappingStartEvent) else "seq")
                if len(stack) >= MAX_DEPTH:
                    raise self.fail(event, f"nesting deeper than {MAX_DEPTH} levels")
                self._count(event, 1)
                block = not event.flow_style
                new: Node = (
                    Mapping([], line, column, block=block)
                    if isinstance(event, yaml.MappingStartEvent)
                    else Sequence([], line, column, block=block)
                )
                stack.append([new, event.anchor, None, 1, {}])
        return root

    def _count(self, event: yaml.Event, size: int) -> None:
        self.total_nodes += size
        if self.total_nodes > MAX_NODES:
            raise self.fail(event, f"the document expands to more than {MAX_NODES:,} values (an alias bomb?)")

    def _finish(self, node: Node, anchor: str | None, size: int, stack: list[list[object]]) -> None:
        if anchor:
            self.anchors[anchor] = (node, size)
        if stack:
            self._attach_to(stack[-1], node, size)

    def _attach(self, event: yaml.Event, node: Node, size: int, stack: list[list[object]]) -> None:
        if not stack:
            raise self.fail(event, "an alias cannot be the whole document")
        self._attach_to(stack[-1], node, size)

    def _attach_to(self, frame: list[object], node: Node, size: int) -> None:
        parent = frame[0]
        frame[3] = int(frame[3]) + size  # type: ignore[call-overload]
        if isinstance(parent, Sequence):
            parent.items.append(node)
            return
        assert isinstance(parent, Mapping)
        key = frame[2]
        if key is None:
            if not isinstance(node, Scalar):
                where = Location(self.path, node.line, node.column)
                raise KnowledgeBaseError([Problem(where, "a mapping key must be a plain value")])
            keys: dict[str, int] = frame[4]  # type: ignore[assignment]
            if node.value in keys:
                frame[2] = _REPEATED  # its value is read, and left out
                first = keys[node.value]
                item = self.new_item
                if item is not None and item.mapping is parent and node.line <= item.last:
                    if node.value not in item.keys and first < item.first:
                        item.keys[node.value] = node.line
                        return  # a key of the item above, repeated by the new item: the missing '- ' already said
                    # repeated within the new item itself (or another item's first key): a duplicate of its own
                    first = item.keys.get(node.value, first)
                where = Location(self.path, node.line, node.column)
                new_item = _new_item_at_its_keys(self.text, node.line - 1, node.column - 1, parent.line - 1)
                if new_item is not None:  # another claim below without its '- ' is said too, in the same run
                    first = keys[node.value]
                    self.new_item = _NewItem(parent, node.line, new_item[1] + 1, {node.value: node.line})
                message = f"duplicate key {node.value!r} (first at line {EditorLines.of(self.text).line(first)})"
                if new_item is not None:
                    message += f"; {new_item[0]}"
                problem = Problem(where, message)
                if self.duplicate_keys is None:
                    raise KnowledgeBaseError([problem])
                self.duplicate_keys.append(problem)
                return
            keys[node.value] = node.line
            frame[2] = node
        else:
            if key is not _REPEATED:
                parent.entries.append((key, node))  # type: ignore[arg-type]
            frame[2] = None

    def _check_tag(self, event: yaml.Event, kind: str) -> None:
        tag = getattr(event, "tag", None)
        allowed = {"map": ("tag:yaml.org,2002:map",), "seq": ("tag:yaml.org,2002:seq",)}[kind]
        if tag not in (None, "!", *allowed):
            raise self.fail(event, f"YAML tag {tag!r} is not allowed in a claims file")

    def _scalar(self, event: yaml.ScalarEvent, line: int, column: int) -> Scalar:
        tag = event.tag
        if tag in (None, "!"):
            # implicit[0] is true for a plain (unquoted) scalar: the only kind YAML resolves to
            # bool/int/float/null/timestamp.  Quoted and block scalars are always strings.
            kind = plain_kind(event.value) if event.implicit[0] else "str"
        elif tag in _TYPE_NAMES:
            kind = _TYPE_NAMES[tag]
        else:
            # a local tag ('!important stuff') is most likely text opening with '!'; a YAML type's, no text
            text = " (if it is text opening with '!', put the whole value in quotes)" if tag.startswith("!") else ""
            raise self.fail(event, f"YAML tag {tag!r} is not allowed in a claims file{text}")
        plain = not event.style  # libyaml's plain: '', PyYAML's: None
        scalar = Scalar(event.value, kind, line, column, plain=plain)
        if plain and self.lines is not None:
            scalar.comment = _trailing_comment(self.lines, event)
        return scalar


#: a '#' after a space or tab, touching the character after it: where a value may lose its text to a comment
_TOUCHING_COMMENT = re.compile(r"[ \t]#[^\s#]")

#: what follows a plain value that ends at a comment touching its first word
_AFTER_PLAIN = re.compile(r"[ \t]+(#[^\s#].*?)[ \t]*$")


def _trailing_comment(lines: list[str], event: yaml.ScalarEvent) -> TrailingComment | None:
    """The comment touching its first word on the line a plain value ends on, with the value's line quoted as
    meant (its line and the comment one text) when the value is that line's alone; else None."""
    end = event.end_mark
    line = lines[end.line] if end.line < len(lines) else ""
    after = _AFTER_PLAIN.match(line, end.column)
    if after is None:
        return None
    fix = None
    start = event.start_mark
    if start.line == end.line and (event.value or start.column == end.column):
        # an empty value ('summary: #1 seller') is the comment alone: quoted where the comment stands
        value_column = start.column if event.value else after.start(1)
        meant = line[value_column:].rstrip(" \t")
        if not meant.startswith(event.value):  # an anchor or a tag opens it ('&x c #y'): no text of it
            return TrailingComment(end.line + 1, after.start(1) + 1, after.group(1), None)
        written = _quoted(meant)
        # a quoted value on one line reads the same wherever it stands: the document of it alone tells
        if meant.isprintable() and _scalar_at(written, 0, 0, 0) == meant:  # a tab in it would not show
            fix = line[:value_column].lstrip(" \t") + written
    return TrailingComment(end.line + 1, after.start(1) + 1, after.group(1), fix)


def _quoted(meant: str) -> str:
    """A text in the quotes that hold it as written: double quotes, single ones if it holds a '"' or a '\\'."""
    if '"' not in meant and "\\" not in meant:
        return f'"{meant}"'
    return "'" + meant.replace("'", "''") + "'"
