"""JSON read strictly, for files from elsewhere (``factcheck import``): ``load_json``.

The standard library guesses or chokes where a hostile or careless file asks it to: it keeps the
last of two values for one key without a word, reads NaN and Infinity as numbers, makes 1e999
infinity, spends time on integers of thousands of digits, and overflows Python's stack on deep
nesting.  Here each is a ``JsonError`` whose message says what, and where (line and column in the
file, also for JSON that starts inside a file: a script in an HTML page).  JSON Lines (one document
per line) is read as a list of documents.  ``relaxed`` blanks the comments and trailing commas of
JSON a web page's template wrote by hand, for the caller that chooses to read such JSON (a page's
scripts, not a JSON file).
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from collections.abc import Iterable
from typing import Any

#: JSON nested deeper than this is refused (real documents need well under 10 levels)
MAX_JSON_DEPTH = 64


class JsonError(Exception):
    """The text is not JSON factcheck reads; the message says why, and where when it can.

    ``line`` and ``column`` (0 when not known) say where in the file, ``reason`` what, without the
    place: a caller that names a place as ``file:line:column`` (a JSON file's) takes those, as a YAML
    error's place is given ("not valid JSON: ... (line 1, column 24)" had it in its words alone)."""

    def __init__(self, message: str, *, reason: str | None = None, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.reason = message if reason is None else reason
        self.line, self.column = line, column


class JsonLines(list[Any]):
    """The documents of a JSON Lines text, in order, with ``lines``: the line of the file each is on.
    A message names a record by its line (``line 5``), as a JSON Lines file's reader counts: its index
    among the documents skips the blank lines, and counts from 0."""

    def __init__(self, documents: list[Any], lines: list[int]) -> None:
        super().__init__(documents)
        self.lines = lines


#: a JSON number longer than this is refused: no fact-check needs one, and Python would either
#: refuse it with its own internal message (integers over 4,300 digits) or spend time on it
MAX_NUMBER_CHARS = 100


class _RepeatedKey(JsonError):
    """An object names the same key twice; JSON parsers disagree on which value wins."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _loads(text: str) -> Any:
    return json.loads(
        text,
        parse_constant=_refuse_constant,
        parse_int=_parse_int,
        parse_float=_parse_float,
        object_pairs_hook=_object_without_repeats,
    )


def load_json(text: str, start: tuple[int, int] = (1, 1)) -> Any:
    """Parse JSON (or JSON Lines), refusing what the standard library would choke on or guess at.

    ``start``: the line and column where ``text`` starts in its file (a script in an HTML page),
    so that a message says where in the file the error is.
    """
    try:
        document = _loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            document = _load_json_lines(text, start)
        else:
            line, column = _in_file(exc.lineno, exc.colno, start)
            reason = f"not valid JSON: {exc.msg}"
            raise JsonError(
                f"{reason} (line {line}, column {column})", reason=reason, line=line, column=column
            ) from None
    except _RepeatedKey as exc:
        key, line, column = _first_repeated_key(text, exc.key)
        if line:
            line, column = _in_file(line, column, start)
        where = f" (line {line}, column {column})" if line else ""
        reason = f"not valid JSON: the key {key!r} appears twice in one object"
        raise JsonError(f"{reason}{where}", reason=reason, line=line, column=column) from None
    except RecursionError:
        raise JsonError(f"JSON nested too deeply (more than {MAX_JSON_DEPTH} levels)") from None
    except ValueError as exc:  # e.g. NaN
        raise JsonError(f"not valid JSON: {exc}") from None
    _check_depth(document)
    return document


def _in_file(line: int, column: int, start: tuple[int, int]) -> tuple[int, int]:
    """A position in text that starts at ``start`` in its file, as a position in the file."""
    return line + start[0] - 1, column + (start[1] - 1 if line == 1 else 0)


def _load_json_lines(text: str, start: tuple[int, int]) -> JsonLines:
    """One ClaimReview per line (the Data Commons research dataset's shape)."""
    documents: list[Any] = []
    lines: list[int] = []
    # "\n" only (JSON Lines' separator, "\r\n" allowed): str.splitlines() also splits at U+2028,
    # U+0085 and the like, which JSON allows unescaped inside a string.
    for index, line in enumerate((line.removesuffix("\r") for line in text.split("\n")), 1):
        if not line.strip():
            continue
        number = index + start[0] - 1
        try:
            documents.append(_loads(line))
            lines.append(number)
        except json.JSONDecodeError as exc:
            column = _in_file(index, exc.colno, start)[1]
            raise JsonError(
                f"line {number} is not valid JSON: {exc.msg} (column {column})",
                reason=f"not valid JSON: {exc.msg}",
                line=number,
                column=column,
            ) from None
        except _RepeatedKey as exc:
            key, _, column = _first_repeated_key(line, exc.key)
            column = _in_file(index, column, start)[1] if column else 0
            where = f" (column {column})" if column else ""
            reason = f"not valid JSON: the key {key!r} appears twice in one object"
            raise JsonError(f"line {number} is {reason}{where}", reason=reason, line=number, column=column) from None
        except RecursionError:
            raise JsonError(f"line {number}: JSON nested too deeply") from None
        except ValueError as exc:
            raise JsonError(f"line {number} is not valid JSON: {exc}") from None
    return JsonLines(documents, lines)


_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def value_lines(text: str, places: Iterable[str]) -> dict[str, int]:
    """The line each value at one of ``places`` starts on in ``text``, JSON that ``load_json`` read
    already (one document).  A place is as an import names a record: ``[2]``, ``@graph[1]``,
    ``[0].dataFeedElement[3].item[0]``; ``""`` is the document.  A value that is not a list is at its
    own place and at its place's ``[0]`` too, as the import reads one value given where a list may be.

    The standard parser gives no position of what it read well, so this second pass follows only
    the way to each place and skips every other value with the parser itself (``raw_decode``): it
    costs at most about one more parse of the file, and stops once every place is found (a record
    near the start of a long file costs little), asked only when a record has an error to show."""
    wanted = set(places)
    missing = set(wanted)
    # every place on the way to a wanted one: "[0].@graph[1]" passes "", "[0]", "[0].@graph"
    ways = {place[:i] for place in wanted for i, c in enumerate(place) if c in ".["} | wanted | {""}
    starts: list[tuple[str, int]] = []

    def skip_space(index: int) -> int:
        return _SPACE.match(text, index).end()  # type: ignore[union-attr]  # matches the empty string

    def walk(index: int, place: str) -> int:
        """Past the value at ``index`` (space before it allowed), noting where wanted places start."""
        index = skip_space(index)
        if place in wanted:
            starts.append((place, index))
            missing.discard(place)
            if not missing:  # what follows holds no wanted place: not walked, value by value
                raise _AllFound
        opening = text[index : index + 1]
        if opening != "[" and f"{place}[0]" in ways:
            # one value where JSON-LD allows a list ('"item": {...}'): the import reads it as a list of
            # it alone (as_list) and names it so ("item[0]"), which then had no line
            return walk(index, f"{place}[0]")
        if place not in ways or opening not in ("[", "{"):
            return _DECODER.raw_decode(text, index)[1]
        closing, number, index = ("]" if opening == "[" else "}"), 0, skip_space(index + 1)
        while text[index] != closing:
            if opening == "[":
                index = walk(index, f"{place}[{number}]")
            else:
                key, index = json.decoder.scanstring(text, index + 1)  # type: ignore[attr-defined]
                index = walk(skip_space(index) + 1, f"{place}.{key}" if place else key)  # past the ":"
            number += 1
            index = skip_space(index)
            if text[index] == ",":
                index = skip_space(index + 1)
        return index + 1

    if missing:
        with contextlib.suppress(_AllFound):
            walk(0, "")
    lines: dict[str, int] = {}
    line, counted = 1, 0
    for place, offset in sorted(starts, key=lambda start: start[1]):
        line += text.count("\n", counted, offset)
        counted = offset
        lines.setdefault(place, line)  # a key given twice (with one value): its first
    return lines


class _AllFound(Exception):
    """Every place ``value_lines`` looks for is found: the walk ends there."""


def _refuse_constant(value: str) -> Any:
    raise ValueError(f"{value} is not a JSON number")


def _parse_int(text: str) -> int:
    _check_number_length(text)
    return int(text)


def _parse_float(text: str) -> float:
    _check_number_length(text)
    value = float(text)
    if math.isinf(value):  # 1e999: Python would silently make it infinity, which JSON has not
        raise ValueError(f"the number {text} is too large")
    return value


def _check_number_length(text: str) -> None:
    if len(text) > MAX_NUMBER_CHARS:
        raise ValueError(f"a number is too long ({len(text):,} characters; at most {MAX_NUMBER_CHARS})")


def _object_without_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # The standard library keeps the last value of a repeated key without a word; another
    # reader may keep the first.  Which claim text or rating is meant is then a guess: refuse.
    document = dict(pairs)
    if len(document) < len(pairs):
        seen: dict[str, Any] = {}
        for key, value in pairs:
            if key in seen and seen[key] != value:  # the same value twice is no ambiguity
                raise _RepeatedKey(key)
            seen[key] = value
    return document


#: a JSON string (escapes included) or a bracket, brace or colon: enough to tell keys apart
_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]:]')


def _first_repeated_key(text: str, key: str) -> tuple[str, int, int]:
    """Where ``key`` is first repeated in its object: the key, its line and column (0, 0 when not found).

    The parser's hook sees an object only once it is complete and without any position, so this
    second pass, run only on such an error, walks the text's strings and brackets instead.
    """
    open_objects: list[set[str] | None] = []  # per open object its keys so far; None for a list
    previous: re.Match[str] | None = None
    for token in _JSON_TOKEN.finditer(text):
        mark = token.group()
        if mark == ":" and previous is not None and open_objects and open_objects[-1] is not None:
            name = json.loads(previous.group())
            if name == key and name in open_objects[-1]:  # the key refused (other keys may repeat one value)
                offset = previous.start()
                return name, text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)
            open_objects[-1].add(name)
        elif mark in ("{", "["):
            open_objects.append(set() if mark == "{" else None)
        elif mark in ("}", "]") and open_objects:
            open_objects.pop()
        previous = token
    return key, 0, 0


def _check_depth(document: Any) -> None:
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise JsonError(f"JSON nested too deeply (more than {MAX_JSON_DEPTH} levels)")
        if isinstance(value, dict):
            stack += [(v, depth + 1) for v in value.values()]
        elif isinstance(value, list):
            stack += [(v, depth + 1) for v in value]


#: a JSON string, or what is left of the text after a quote that opens one never closed: a pattern
#: that fails there is tried again from each quote or backslash after it, and '"\\"\\"\\...' (80 kB)
#: took 100 s; an unclosed comment reads to the end likewise.  The JSON is broken there either way.
_STRING = r'"[^"\\]*(?:\\[\s\S]?[^"\\]*)*(?:"|\Z)'
#: a JSON string (kept as it is, "//" and all) or a JavaScript comment (blanked by ``relaxed``)
_SLIP_TOKEN = re.compile(_STRING + r"|//[^\n]*|/\*[\s\S]*?(?:\*/|\Z)")
#: a comma that only white space (comments blanked) parts from the bracket closing its list or object,
#: after a value: one right after "[", "{", "," or ":" ("[,]", "[1,,]") follows none, and is no slip of a
#: template ("[,]" is no empty list; strict JSON refuses it, and so does a JavaScript object literal's "{,}")
_TRAILING_COMMA = re.compile(_STRING + r"|(?<=[^\s\[{,:])(\s*),(?=\s*[}\]])")


def relaxed(text: str) -> str | None:
    """``text`` with its JavaScript comments (``// ...``, ``/* ... */``) and its trailing commas (``[1, 2,]``)
    blanked, or None when it has none: JSON as a web page's template writes it by hand, which a browser
    never parses and so nobody sees broken.  Blanked, not cut, so that an error left keeps its line and
    column.  Strings are read past whole: "https://..." holds no comment."""

    def comment(match: re.Match[str]) -> str:
        token = match.group()
        return re.sub(r"[^\r\n]", " ", token) if token.startswith("/") else token

    def comma(match: re.Match[str]) -> str:
        space = match.group(1)
        return match.group() if space is None else space + " "

    changed = _TRAILING_COMMA.sub(comma, _SLIP_TOKEN.sub(comment, text))
    return changed if changed != text else None
