"""Problems found in a knowledge base, and the exceptions that carry them.

Every problem knows where it is (file, line, column) so that a person can jump to it;
the command line prints them as ``file:line:column: severity: message``.
"""

from __future__ import annotations

import bisect
import copy
import difflib
import os
import re
import shlex
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, ClassVar, Self

from .jsontext import UNSHOWN

#: what YAML counts as a line break: line numbers counted with it agree with the parser's own marks
YAML_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
#: YAML's line breaks that editors show inside a line: vim, nano, less, VS Code, GitHub and ``grep -n`` break lines
#: only at "\n", "\r\n" and (most of them, in a file saved with CR endings) a lone "\r"
UNUSUAL_LINE_BREAKS = "\x85\u2028\u2029"
UNUSUAL_LINE_BREAK = re.compile(f"[{UNUSUAL_LINE_BREAKS}]")
#: YAML's line breaks, kept by ``re.split`` between the lines: lines at even indexes, numbered as the parser does
YAML_LINE_BREAK_KEPT = re.compile(f"({YAML_LINE_BREAK.pattern})")
#: what to do with a line or paragraph separator (U+2028, U+2029) or a U+0085 in a claims file, said by the YAML
#: error it causes (``yamltree``) and by validate's warning of one in a text (``validation``) alike: the error said
#: "write it as \u2028 inside double quotes", and the warning of the text so written "write a line break"
UNUSUAL_LINE_BREAK_ADVICE = "remove it, or, for a line break, write \\n inside double quotes"
#: how many problems a message names one by one before it counts the rest (a broken claims file's, an import's,
#: git merge conflicts', a rating map's): a file of 20,000 broken entries gave 'check' 40,000 lines to print
SHOWN_PROBLEMS = 20


class Severity(StrEnum):
    """How bad a ``Problem`` is: an error makes a claims file unusable, a warning does not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Advice:
    """A message that tells its reader a setting that changes the outcome ("pass skip_invalid=True to
    import the rest"), kept as a template so that each reader gets the setting in its own words.

    The library's caller sets keyword arguments and a command-line user options: a message saying
    "--skip-invalid" meant nothing to the first.  ``fields`` holds the value of each ``{field}`` of
    ``template``: the library's wording of each setting, and the rest of the message (values quoted
    from a file go in fields, never in the template, whose braces ``format_map`` reads).  A part of a message
    only some readers need is worded so too: a list without locations has a record name its own line
    (``validation.OWN_LINE``), which its location names elsewhere."""

    template: str
    fields: Mapping[str, str]

    def text(self, settings: Mapping[str, str] | None = None) -> str:
        """The message, each setting it names worded as ``settings`` words it (the command line: its
        options, ``{"skip_invalid": "--skip-invalid"}``; a wording may use the other fields, as
        ``{claim_id}``), the others as the library names them."""
        values = dict(self.fields)
        # a wording may quote the other fields ("factcheck edit {claim_id}"), read as the template reads them
        values.update(
            (name, wording.format_map(self.fields)) for name, wording in (settings or {}).items() if name in self.fields
        )
        return self.template.format_map(values)

    def __str__(self) -> str:
        return self.text()

    def prefixed(self, prefix: str) -> Advice:
        """This advice after ``prefix`` (a record's place: "claims[0]: "), read as text, not as a template."""
        return Advice("{_prefix}" + self.template, {**self.fields, "_prefix": prefix})


#: what a file name is never printed with raw: ``UNSHOWN`` (the characters a terminal acts on), and tab and line
#: feed, which a message's text keeps but a name does not hold (a name holding "\n" printed a line of its own)
_UNSHOWN_IN_A_NAME = re.compile(f"[\t\n]|{UNSHOWN.pattern}")


def shown_name(path: str | os.PathLike[str]) -> str:
    """A file name as a message prints it: each control character, line break or bidirectional control as its
    escape (``\\x0a``, ``\\u0085``, ``\\u2028``: bash's, ``_character_shown``), each byte that is not
    UTF-8 as its escape too (``undecoded_bytes_shown``), every other character as it is.  A name is the user's
    own (an argument, ``$FACTCHECK_KB``), yet printed raw it could fake a line of its own in a CI log
    (``validate "$(printf 'a\\nb.yaml:1:1: error: fake')"``) or colour a terminal; names with spaces or accents
    print unchanged."""
    return _UNSHOWN_IN_A_NAME.sub(_character_shown, undecoded_bytes_shown(os.fspath(path)))


def _character_shown(found: re.Match[str]) -> str:
    """A character of a name as its escape: ``\\x0a`` for ASCII, ``\\u0085`` above it, never ``\\x85``, which is
    the escape of a byte that is not UTF-8 (``undecoded_bytes_shown``): the file 'a\\x85b.yaml' (a Latin-1 byte)
    and the file 'a\\u0085b.yaml' (U+0085, bytes C2 85) are two files, and bash reads each escape back so."""
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}"


#: a run of bytes Python read as lone surrogates U+DC80-U+DCFF (``surrogateescape``: a file's name, an argument),
#: or any other lone surrogate
_UNDECODED = re.compile("[\udc80-\udcff]+|[\ud800-\udfff]")


def undecoded_bytes_shown(text: str) -> str:
    """``text`` with each byte that is not UTF-8 shown as its escape, ``\\xe9``, the name bash's ``$'d\\xe9sk.yaml'``
    gives the file: Python keeps such a byte of a file's name (a Latin-1 'é' from an old share or zip tool) as a
    lone surrogate, which standard error printed as Python's ``\\udce9`` (no name of any file) and a GitHub
    annotation as ``\\xe9``; one helper for both (``shown_name``, ``cli.render``'s GitHub annotations).  Bytes that are
    UTF-8 text, read so under the C locale (ASCII: 'café.yaml' as 'caf\\udcc3\\udca9.yaml'), are kept, for the
    stream to write them back as they were (``cli.app``'s error handler); any other lone surrogate is ``\\ud800``."""
    return _UNDECODED.sub(_undecoded_shown, text)


def _undecoded_shown(found: re.Match[str]) -> str:
    run = found.group()
    if not "\udc80" <= run[0] <= "\udcff":
        return f"\\u{ord(run):04x}"
    shown = []
    for char in bytes(ord(c) - 0xDC00 for c in run).decode("utf-8", "surrogateescape"):
        if "\udc80" <= char <= "\udcff":
            shown.append(f"\\x{ord(char) - 0xDC00:02x}")
        else:  # a character of UTF-8 bytes: its surrogates, as they were read
            shown.append("".join(chr(0xDC00 + byte) for byte in char.encode("utf-8")))
    return "".join(shown)


def typed_name(path: str) -> str:
    """``path`` as a command to type names it: shell-quoted ('../my desk' as "'../my desk'", which typed as
    printed was two words).  A name ``shown_name`` writes with an escape (a byte that is not UTF-8, a control
    character) is bash's ``$'...'``, which reads the escape back: ``$'d\\xe9sk.yaml'``, where ``'d\\xe9sk.yaml'``
    named a file of a backslash and 'x'; a character above ASCII as ``\\u0085``, which bash (in a UTF-8 locale,
    where Python read the name as that character) writes as its UTF-8 bytes, C2 85, where ``\\x85`` was the one
    byte 85, no such file."""
    quoted = shlex.quote(path)
    shown = shown_name(quoted)
    if shown == quoted:
        return shown
    return "$'" + shown_name(path.replace("\\", "\\\\").replace("'", "\\'")) + "'"


def quoted_name(name: str) -> str:
    """``name`` quoted as a message quotes a file's name, ``repr``'s 'my desk.yaml'; one holding a byte that is not
    UTF-8 as bash's ``$'d\\xe9sk.yaml'`` (``typed_name``), where ``repr`` wrote Python's 'd\\udce9sk.yaml'."""
    return typed_name(name) if _UNDECODED.search(name) else repr(name)


@dataclass(frozen=True, order=True)
class Location:
    """A position in a file; ``line`` and ``column`` count from 1 (0 means unknown)."""

    path: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        path = shown_name(self.path)  # the place a message opens with: a line break in it faked a message of its own
        if self.line <= 0:
            return path
        if self.column <= 0:
            return f"{path}:{self.line}"
        return f"{path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file, where it is: an error or a warning (``validate`` reports each)."""

    location: Location
    message: str
    severity: Severity = Severity.ERROR
    #: set when the message names a setting of the caller (``FactcheckError.advice`` says why)
    advice: Advice | None = field(default=None, compare=False, repr=False)

    @classmethod
    def advising(cls, location: Location, advice: Advice, severity: Severity = Severity.ERROR) -> Problem:
        """A problem at ``location`` telling ``advice`` (its message ``str(advice)``)."""
        return cls(location, str(advice), severity, advice)

    def worded_for(self, settings: Mapping[str, str]) -> Problem:
        """This problem, the settings its message names worded as ``settings`` words them."""
        return self if self.advice is None else replace(self, message=self.advice.text(settings))

    @property
    def is_error(self) -> bool:
        """Whether the problem is an error (``severity`` ERROR), not a warning."""
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        return f"{self.location}: {self.severity.value}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        """The problem as ``validate --json`` gives it: ``path``, ``line``, ``column``, ``severity``, ``message``."""
        return {
            "path": self.location.path,
            "line": self.location.line,
            "column": self.location.column,
            "severity": self.severity.value,
            "message": self.message,
        }


class EditorLines:
    """The lines of a text as an editor numbers them, for the places the YAML parser marks.  PyYAML, libyaml and
    ruamel count U+2028, U+2029 and U+0085 as line breaks, even inside a value, where editors (and ``grep -n``)
    show the text around them on one line: an error below one was named a line too far down, a line per such
    character.  factcheck reads the lines as the parser does (its marks index them); what it prints is the
    editor's line and column, each YAML line after such a character read as the rest of the line it is on.  A
    lone "\r" stays a line break, as YAML, VS Code, nano, Notepad and TextEdit take it (a file saved with CR
    endings is lines to them; ``grep -n`` and vim, unless told the file is a Mac one, see one line)."""

    #: the text ``of`` read last, and its lines
    _last: ClassVar[tuple[str, EditorLines] | None] = None

    def __init__(self, text: str) -> None:
        #: per YAML line (from 0): the editor's line (from 1), and the characters before it on that line; none for
        #: a text without such a character, the usual case, whose lines are the editor's
        self._lines: tuple[tuple[int, int], ...] = ()
        if not UNUSUAL_LINE_BREAK.search(text):
            return
        parts = YAML_LINE_BREAK_KEPT.split(text)  # lines and the breaks after them, in turn
        lines: list[tuple[int, int]] = []
        line, before = 1, 0
        for index in range(0, len(parts), 2):
            lines.append((line, before))
            if index + 1 < len(parts) and UNUSUAL_LINE_BREAK.fullmatch(parts[index + 1]):
                before += len(parts[index]) + 1
            else:
                line, before = line + 1, 0
        self._lines = tuple(lines)

    @classmethod
    def of(cls, text: str) -> EditorLines:
        """The lines of ``text``, read once for the many places one reading names (a duplicate key each, the
        lines a hint names): the last text's, kept, when ``text`` is that one (the same object: no compare of
        a long text), so that 500 duplicate keys of a 2.6 MB file do not read it 500 times (24 s)."""
        last = cls._last  # one read of the pair: another thread may set it meanwhile
        if last is not None and last[0] is text:
            return last[1]
        lines = cls(text)
        cls._last = (text, lines)
        return lines

    def place(self, line: int, column: int = 0) -> tuple[int, int]:
        """The editor's line and column (each from 1; 0: unknown, kept) of the parser's ``line`` and ``column``."""
        if not 0 < line <= len(self._lines):
            return line, column
        editor_line, before = self._lines[line - 1]
        return editor_line, column + before if column > 0 else column

    def line(self, line: int) -> int:
        """The editor's line of the parser's ``line`` (from 1)."""
        return self.place(line)[0]

    def parsed(self, line: int, column: int) -> tuple[int, int]:
        """The parser's line and column (each from 1) of the editor's ``line`` and ``column``: ``place`` undone.
        ruamel (which edits an entry) counts lines as an editor does, where the file's layout and its problems are
        at the parser's lines."""
        if not self._lines or line <= 0 or column <= 0:
            return line, column
        # the last of the parser's lines on the editor's ``line`` that begins at or before ``column``
        index = bisect.bisect_right(self._lines, (line, column - 1)) - 1
        if index < 0 or self._lines[index][0] != line:
            return line, column  # past the text's lines: as given
        return index + 1, column - self._lines[index][1]

    def problem(self, problem: Problem) -> Problem:
        """``problem`` at the editor's line and column, with the lines its advice names (its fields 'line' and
        '..._line': a duplicate id's "first used at line N") counted so too."""
        if not self._lines or problem.location.line <= 0:
            return problem
        line, column = self.place(problem.location.line, problem.location.column)
        location = replace(problem.location, line=line, column=column)
        if problem.advice is None:
            return replace(problem, location=location)
        fields = {
            name: str(self.line(int(value))) if _names_a_line(name) and value.isdigit() else value
            for name, value in problem.advice.fields.items()
        }
        return Problem.advising(location, Advice(problem.advice.template, fields), problem.severity)


#: the fields of an advice that hold a line's number (a duplicate id's "first used at line N"), not another
#: field whose name ends so ('command_line', a command to type)
_LINE_FIELDS = frozenset({"line", "first_line"})


def _names_a_line(field_name: str) -> bool:
    """Whether an advice's field holds a line's number: 'line', 'first_line'."""
    return field_name in _LINE_FIELDS


class FactcheckError(Exception):
    """Base class of every error factcheck reports to its user (never a bug).

    Each error pickles (and copies) as it is, its message and attributes (``problems``, ``suggestions``...)
    included: one raised in a worker process reaches the caller (``concurrent.futures``,
    ``multiprocessing``).

    ``advice``: set when the message names a setting of the caller (``Advice``); ``worded_for`` gives the
    error as told to a caller who names the settings otherwise (the command line)."""

    advice: Advice | None = None
    args: tuple[Any, ...]  # the message alone; declared for type checkers, as _set_message sets it

    @classmethod
    def advising(cls, advice: Advice) -> Self:
        """An error of this class (one whose only argument is its message) telling ``advice``."""
        error = cls(str(advice))
        error.advice = advice
        return error

    def worded_for(self, settings: Mapping[str, str]) -> FactcheckError:
        """This error, the settings its message names worded as ``settings`` words them; an error that
        names none is itself."""
        if self.advice is None:
            return self
        reworded = copy.copy(self)
        reworded._set_message(self.advice.text(settings))
        return reworded

    def _set_message(self, message: str) -> None:
        self.args = (message,)

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own rebuilds an error by calling the class with ``args``, its message alone; the
        # subclasses take other arguments (KnowledgeBaseError its problems), so unpickling raised, and a
        # claims file with an error read in a ProcessPoolExecutor broke the pool (BrokenProcessPool)
        return (_rebuilt_error, (type(self), self.args), self.__dict__)


def _rebuilt_error(kind: type[FactcheckError], args: tuple[Any, ...]) -> FactcheckError:
    """An error of ``kind`` with ``args`` and no ``__init__`` run: pickle then restores its attributes."""
    error = kind.__new__(kind)
    error.args = args
    return error


class KnowledgeBaseError(FactcheckError):
    """A knowledge base could not be read or is invalid; ``problems`` says where and why.

    ``location`` and ``message`` are those of the first error with a line (the first error when none has
    one: "no such file"): ``error.location.line`` is where to look, as ``InputError.location`` is, without
    digging into ``problems``.  An edit of a file refused for its errors opens its problems with a heading at
    no line ("has errors; fix them first"): the error after it is the one to name."""

    problems: list[Problem]
    #: True when ``problems`` is bounded already (``SHOWN_PROBLEMS`` named, then a count of the rest and, for an
    #: import, what to do): the command line then names them all, rather than cut the list again as it cuts a
    #: broken claims file's
    bounded: bool = False

    def __init__(self, problems: list[Problem], *, bounded: bool = False) -> None:
        errors = [p for p in problems if p.is_error] or problems
        self.problems = problems
        if bounded:
            self.bounded = True
        super().__init__("\n".join(str(p) for p in errors))

    def _first(self) -> Problem | None:
        """The first error of ``problems`` with a line, else its first error (its first problem when none is an
        error), None for none: a heading at line 0 (``editing.fix_errors_first``) named no place to look."""
        errors = [p for p in self.problems if p.is_error] or self.problems
        return next((p for p in errors if p.location.line > 0), errors[0] if errors else None)

    @property
    def location(self) -> Location | None:
        """Where the first error is (``path``, ``line``, ``column``; a line of 0 for a file that could not
        be read at all, "no such file"), None when there are no problems."""
        first = self._first()
        return first.location if first is not None else None

    @property
    def message(self) -> str:
        """The first error's message, without its location (``str(error)`` has both, for every error)."""
        first = self._first()
        return first.message if first is not None else str(self)


class LocatedError(FactcheckError):
    """An error at a place in a file, written as a ``Problem`` is (``file:line:column: error: message``),
    so that the command line prints it as it prints every other error with a place.

    ``more``: the other problems found with it in the same file (a rating map's), each written on a
    line of its own after this one, located as this one is."""

    message: str  # without its location (``str(error)`` has both)
    location: Location | None
    more: tuple[Problem, ...]
    advice: Advice | None  # declared again, and args, for type checkers: this class's own code sets them
    args: tuple[Any, ...]

    def __init__(self, message: str | Advice, location: Location | None = None, more: Iterable[Problem] = ()) -> None:
        if isinstance(message, Advice):
            self.advice = message
        self.message = str(message)
        self.location = location
        self.more = tuple(more)
        super().__init__(self._full_message())

    def _full_message(self) -> str:
        first = self.message if self.location is None else str(Problem(self.location, self.message))
        return "\n".join([first, *(str(problem) for problem in self.more)])

    def _set_message(self, message: str) -> None:
        self.message = message
        self.args = (self._full_message(),)


class UnknownClaimError(FactcheckError):
    """No claim has this id in the file ``path``; ``suggestions`` are ids close to it (see ``close_ids``),
    for a program to offer them as the message does ("did you mean ...?")."""

    claim_id: str
    path: str
    suggestions: list[str]

    def __init__(self, claim_id: str, path: str, suggestions: list[str] | None = None) -> None:
        self.claim_id = claim_id
        self.path = path
        self.suggestions = list(suggestions or ())
        hint = f" (did you mean {', '.join(suggestions)}?)" if suggestions else ""
        # cut long past any real id (at most 80 characters): a pasted article was echoed whole
        super().__init__(f"no claim with id {quoted(claim_id, 100)} in {shown_name(path)}{hint}")


class InputError(LocatedError):
    """Input given to a command (a statement file, an article, an import file) is unusable.

    ``location``: the file (and line) at fault, when there is one; the message is then written as every
    message about a file is, claims file or not (``F: error: no such file``, ``F:3: error: ...``)."""


#: how much of a value from a file a message quotes: enough to find it, and no more
QUOTED_CHARACTERS = 60


def quoted(value: object, limit: int = QUOTED_CHARACTERS) -> str:
    """``value`` as a message quotes it (``repr``), cut to ``limit`` characters with "…": an id or a
    number of 300,000 characters was quoted whole in each message about its claim.  Text is cut before
    its ``repr`` (the quotes stay), any other value after (a list holding a page of text, a mapping)."""
    if isinstance(value, str):
        return repr(value if len(value) <= limit else value[: limit - 1] + "…")
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def count_of(count: int, noun: str) -> str:
    """``count`` and ``noun``, plural unless one: "1 claim", "42 claims"."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def close_ids(claim_id: str, ids: Iterable[str]) -> list[str]:
    """Up to three ids like ``claim_id``, closest first, compared without case or surrounding
    spaces: ids are lowercase slugs, so "US-TROOPS-IN-MEXICO" means "us-troops-in-mexico"."""
    by_folded: dict[str, str] = {}
    for known in ids:
        by_folded.setdefault(known.casefold(), known)
    wanted = claim_id.strip().casefold()
    close = difflib.get_close_matches(wanted, list(by_folded), n=3, cutoff=0.6)
    given = [word for word in re.split(r"[-_\s]+", wanted) if word]
    if len(close) < 3 and len("".join(given)) >= 3:
        # a word or two of a long id ("goldfish" for "goldfish-only-have-a-three-second-memory"):
        # too little of it for the spelling comparison, but plainly meant; ids opening with it first.
        # The words may be parted by hyphens, underscores or spaces alike ("three second", "three-second")
        words = r"[-_\s]+".join(re.escape(word) for word in given)
        whole_words = re.compile(rf"(?:^|[-_\s]){words}(?:$|[-_\s])")
        holding = sorted(
            (known for known in by_folded if known not in close and whole_words.search(known)),
            key=lambda known: (whole_words.match(known) is None, len(known), known),
        )
        close += holding[: 3 - len(close)]
    return [by_folded[folded] for folded in close]
