"""Problems found in a knowledge base, and the exceptions that carry them.

Every problem knows where it is (file, line, column) so that a person can jump to it;
the command line prints them as ``file:line:column: severity: message``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

#: what YAML counts as a line break: line numbers counted with it agree with the parser's own marks
YAML_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


class Severity(StrEnum):
    """How bad a ``Problem`` is: an error makes a claims file unusable, a warning does not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Location:
    """A position in a file; ``line`` and ``column`` count from 1 (0 means unknown)."""

    path: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line <= 0:
            return self.path
        if self.column <= 0:
            return f"{self.path}:{self.line}"
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file, where it is: an error or a warning (``validate`` reports each)."""

    location: Location
    message: str
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        return f"{self.location}: {self.severity.value}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.location.path,
            "line": self.location.line,
            "column": self.location.column,
            "severity": self.severity.value,
            "message": self.message,
        }


class FactcheckError(Exception):
    """Base class of every error factcheck reports to its user (never a bug).

    Each error pickles (and copies) as it is, its message and attributes (``problems``, ``suggestions``...)
    included: one raised in a worker process reaches the caller (``concurrent.futures``,
    ``multiprocessing``)."""

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
    """A knowledge base could not be read or is invalid; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        errors = [p for p in problems if p.is_error] or problems
        self.problems = problems
        super().__init__("\n".join(str(p) for p in errors))


class LocatedError(FactcheckError):
    """An error at a place in a file, written as a ``Problem`` is (``file:line:column: error: message``),
    so that the command line prints it as it prints every other error with a place."""

    def __init__(self, message: str, location: Location | None = None) -> None:
        self.message = message
        self.location = location
        super().__init__(message if location is None else str(Problem(location, message)))


class UnknownClaimError(FactcheckError):
    """No claim has this id in the file ``path``; ``suggestions`` are ids close to it (see ``close_ids``),
    for a program to offer them as the message does ("did you mean ...?")."""

    def __init__(self, claim_id: str, path: str, suggestions: list[str] | None = None) -> None:
        self.claim_id = claim_id
        self.path = path
        self.suggestions = list(suggestions or ())
        hint = f" (did you mean {', '.join(suggestions)}?)" if suggestions else ""
        # cut long past any real id (at most 80 characters): a pasted article was echoed whole
        super().__init__(f"no claim with id {quoted(claim_id, 100)} in {path}{hint}")


class InputError(LocatedError):
    """Input given to a command (a statement file, an article, an import file) is unusable.

    ``location``: the file (and line) at fault, when there is one; the message is then written as every
    message about a file is, claims file or not (``F: error: no such file``, ``F:3: error: ...``)."""


#: how much of a value from a file a message quotes: enough to find it, and no more
QUOTED_CHARACTERS = 60


def quoted(value: str, limit: int = QUOTED_CHARACTERS) -> str:
    """``value`` as a message quotes it (``repr``), cut to ``limit`` characters with "…": an id or a
    number of 300,000 characters was quoted whole in each message about its claim."""
    return repr(value if len(value) <= limit else value[: limit - 1] + "…")


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
