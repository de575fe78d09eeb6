"""Git merge conflict markers left in a YAML file.

Two people adding claims at the end of ``claims.yaml`` at once is the most common merge conflict
a fact-checking desk meets, and git then writes ``<<<<<<<``, ``=======`` and ``>>>>>>>`` lines
into the file.  The YAML parser sees only a key without a colon ("could not find expected ':'"),
which does not tell anyone what happened or what to do; these problems do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import YAML_LINE_BREAK, Location, Problem

# A marker is seven of one character at the start of a line, alone or followed by a space and a
# label ("<<<<<<< HEAD", ">>>>>>> bob"); "|||||||" opens the common ancestor's lines (diff3 style).
_MARKER = re.compile(r"(<{7}|\|{7}|={7}|>{7})(?:[ \t].*)?")


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
    for number, line in enumerate(YAML_LINE_BREAK.split(text), start=1):
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
    problems.sort(key=lambda problem: problem.location.line)
    if len(problems) > MAX_SHOWN:
        # a file of 300,000 marker lines (2 MB) gave as many problems, and check took 40 s to print them
        more = len(problems) - MAX_SHOWN
        last = problems[MAX_SHOWN - 1].location.line
        message = (
            f"and {more:,} more git merge conflicts or markers below line {last}, not named one by one: "
            "resolve those above first"
        )
        problems[MAX_SHOWN:] = [Problem(Location(path, problems[MAX_SHOWN].location.line, 1), message)]
    return problems


#: how many conflicts and markers are named one by one; the rest are counted
MAX_SHOWN = 20
#: how much of a marker line a message quotes (git's label is a branch name: a long one is cut)
_QUOTED_CHARACTERS = 60


def _quoted(line: str) -> str:
    return line if len(line) <= _QUOTED_CHARACTERS else line[: _QUOTED_CHARACTERS - 1] + "…"


def _conflict(path: str, start: _Open, end: int, closing: str) -> Problem:
    message = (
        f"unresolved git merge conflict (lines {start.line}-{end}, '{_quoted(start.text)}' to '{_quoted(closing)}'): "
        "keep what you want of both sides (both, for two new claims) and delete the marker lines"
    )
    return Problem(Location(path, start.line, 1), message)


def _leftover(path: str, line: int, text: str) -> Problem:
    message = f"leftover git merge conflict marker '{_quoted(text)}': delete this line, and check the lines around it"
    return Problem(Location(path, line, 1), message)
