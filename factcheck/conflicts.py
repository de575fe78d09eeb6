"""Git merge conflict markers left in a YAML file.

Two people adding claims at the end of ``claims.yaml`` at once is the most common merge conflict
a fact-checking desk meets, and git then writes ``<<<<<<<``, ``=======`` and ``>>>>>>>`` lines
into the file.  The YAML parser sees only a key without a colon ("could not find expected ':'"),
which does not tell anyone what happened or what to do; these problems do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import Location, Problem

# A marker is seven of one character at the start of a line, alone or followed by a space and a
# label ("<<<<<<< HEAD", ">>>>>>> bob"); "|||||||" opens the common ancestor's lines (diff3 style).
_MARKER = re.compile(r"(<{7}|\|{7}|={7}|>{7})(?:[ \t].*)?")
# What YAML counts as a line break (yamltree's too), so that line numbers agree with the parser's.
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


@dataclass
class _Open:
    """A conflict being read: its '<<<<<<<' line, and the line of its '=======' once seen."""

    line: int
    text: str
    separator: int = 0


def conflict_problems(text: str, path: str) -> list[Problem]:
    """One problem per unresolved conflict (at its ``<<<<<<<`` line) and per marker left alone."""
    if not any(mark * 7 in text for mark in "<=>|"):  # the usual case, without splitting the text
        return []
    problems: list[Problem] = []
    current: _Open | None = None
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        match = _MARKER.fullmatch(line.rstrip())
        if match is None:
            continue
        kind = match.group(1)[0]
        if kind == "<":
            if current is not None:
                problems.append(_leftover(path, current.line, current.text))
            current = _Open(number, line.rstrip())
        elif current is not None and kind == "|" and not current.separator:
            continue  # the ancestor's lines of a diff3-style conflict: part of the same conflict
        elif current is not None and kind == "=" and not current.separator:
            current.separator = number
        elif current is not None and kind == ">" and current.separator:
            problems.append(_conflict(path, current, number, line.rstrip()))
            current = None
        else:
            problems.append(_leftover(path, number, line.rstrip()))
    if current is not None:
        problems.append(_leftover(path, current.line, current.text))
    return sorted(problems, key=lambda problem: problem.location.line)


def _conflict(path: str, start: _Open, end: int, closing: str) -> Problem:
    message = (
        f"unresolved git merge conflict (lines {start.line}-{end}, '{start.text}' to '{closing}'): keep what "
        "you want of both sides (both, for two new claims) and delete the marker lines"
    )
    return Problem(Location(path, start.line, 1), message)


def _leftover(path: str, line: int, text: str) -> Problem:
    message = f"leftover git merge conflict marker '{text}': delete this line, and check the lines around it"
    return Problem(Location(path, line, 1), message)
