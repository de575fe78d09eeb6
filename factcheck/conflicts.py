"""Git merge conflict markers left in a YAML file.

Two people adding claims at the end of ``claims.yaml`` at once is the most common merge conflict
a fact-checking desk meets, and git then writes ``<<<<<<<``, ``=======`` and ``>>>>>>>`` lines
into the file.  The YAML parser sees only a key without a colon ("could not find expected ':'"),
which does not tell anyone what happened or what to do; these problems do.
"""

from __future__ import annotations

import re
import shlex
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
    ancestor: int = 0


def conflict_problems(text: str, path: str) -> list[Problem]:
    """One problem per unresolved conflict (at its ``<<<<<<<`` line) and per marker left alone."""
    if not any(mark * 7 in text for mark in "<=>|"):  # the usual case, without splitting the text
        return []
    problems: list[Problem] = []
    current: _Open | None = None
    lines = YAML_LINE_BREAK.split(text)
    for number, line in enumerate(lines, start=1):
        match = _MARKER.fullmatch(line.rstrip())
        if match is None:
            continue
        kind = match.group(1)[0]
        if kind == "<":
            if current is not None:
                problems.append(_leftover(path, current.line, current.text))
            current = _Open(number, line.rstrip())
        elif current is not None and kind == "|" and not current.separator:
            # the ancestor's lines of a diff3-style conflict: part of the same conflict
            current.ancestor = current.ancestor or number
        elif current is not None and kind == "=" and not current.separator:
            current.separator = number
        elif current is not None and kind == ">" and current.separator:
            problems.append(_conflict(path, current, number, line.rstrip(), lines))
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


def _conflict(path: str, start: _Open, end: int, closing: str, lines: list[str]) -> Problem:
    message = (
        f"unresolved git merge conflict (lines {start.line}-{end}, '{_quoted(start.text)}' to '{_quoted(closing)}'): "
    )
    split = _split_entries(start, end, lines)
    if split is None:
        message += "keep what you want of both sides (both, for two new claims) and delete the marker lines"
    else:
        name = "FILE" if path.startswith("<") else shlex.quote(path)  # <stdin>: its file is not known
        message += (
            f"{split}, so deleting the marker lines would not keep both sides' entries whole: git writes the "
            "lines both sides share once, outside the conflict; have git write each side whole "
            f"(git checkout --conflict=diff3 -- {name}), then keep what you want of both sides and delete the "
            "marker lines"
        )
    return Problem(Location(path, start.line, 1), message)


def _leftover(path: str, line: int, text: str) -> Problem:
    message = f"leftover git merge conflict marker '{_quoted(text)}': delete this line, and check the lines around it"
    return Problem(Location(path, line, 1), message)


#: a list item's first line ("  - id: a", "      - url: ..."): its dash's column is the list's
_ITEM = re.compile(r"( *)-(?: |$)")


def _split_entries(start: _Open, end: int, lines: list[str]) -> str | None:
    """Why deleting the marker lines of a conflict whose two sides add entries to a list would not
    keep both sides' entries whole, or None.

    When both sides end an entry with the same lines (the same ``checked:`` date, ``verdict:``, a
    source's ``note:``), git writes those lines once, below ``>>>>>>>``; lines they begin with (the
    same ``- id:``), once above ``<<<<<<<``. Keeping "both" by deleting the markers then leaves the
    first side's last entry without its last lines, or gives the second side's first lines to the
    first side's last entry: a valid file with fields moved, which ``validate`` cannot see. None too
    when the sides add no entries to one list: a conflict inside one entry (both set its verdict) is
    resolved by keeping one side, not both."""
    ours = lines[start.line : (start.ancestor or start.separator) - 1]
    theirs = lines[start.separator : end - 1]
    shared = _item_columns(ours) & _item_columns(theirs)
    if not shared:
        return None
    column = min(shared)  # the outermost list both sides add entries to
    reasons = []
    first = next((indent for indent in map(_indent, theirs) if indent is not None), None)
    above = _entry_above(lines, start.line, column)
    if first is not None and first > column and above is not None:
        reasons.append(f"its second side begins inside the entry of line {above}, above it")
    below = _lines_going_on(lines, end, column)
    if below:
        if len(below) == 1:
            reasons.append(f"line {below[0]}, below it, goes on with the last entry of both sides")
        else:
            reasons.append(f"lines {below[0]}-{below[-1]}, below it, go on with the last entry of both sides")
    return "; ".join(reasons) or None


def _indent(line: str) -> int | None:
    """The indentation of a line with content; None for a blank line or a comment, part of no entry."""
    content = line.lstrip(" ")
    if not content.strip() or content.startswith("#"):
        return None
    return len(line) - len(content)


def _item_columns(side: list[str]) -> set[int]:
    return {len(match.group(1)) for match in map(_ITEM.match, side) if match is not None}


def _entry_above(lines: list[str], opening: int, column: int) -> int | None:
    """The line of the entry (an item of the list at ``column``) that the line above ``opening`` is in."""
    for number in range(opening - 1, 0, -1):
        indent = _indent(lines[number - 1])
        if indent is not None and indent <= column:
            match = _ITEM.match(lines[number - 1])
            return number if match is not None and len(match.group(1)) == column else None
    return None


def _lines_going_on(lines: list[str], closing: int, column: int) -> list[int]:
    """The lines right below ``closing`` indented deeper than the list at ``column``: the rest of an entry."""
    going_on: list[int] = []
    for number in range(closing + 1, len(lines) + 1):
        line = lines[number - 1]
        indent = _indent(line)
        if indent is None:
            continue
        if indent <= column or _MARKER.fullmatch(line.rstrip()):
            break
        going_on.append(number)
    return going_on
