"""Git merge conflict markers left in a YAML file.

Two people adding claims at the end of ``claims.yaml`` at once is the most common merge conflict
a fact-checking desk meets, and git then writes ``<<<<<<<``, ``=======`` and ``>>>>>>>`` lines
into the file.  The YAML parser sees only a key without a colon ("could not find expected ':'"),
which does not tell anyone what happened or what to do; these problems do.
"""

from __future__ import annotations

import os
import re
import shlex
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import partial

from .errors import SHOWN_PROBLEMS, EditorLines, Location, Problem
from .inputfiles import TEXT_LINE_BREAK

# A marker is seven of one character at the start of a line, alone or followed by a space and a
# label ("<<<<<<< HEAD", ">>>>>>> bob"); "|||||||" opens the common ancestor's lines (diff3 style).
# Seven is git's default: 'conflict-marker-size=9' in .gitattributes writes "<<<<<<<<< HEAD", and the
# four markers of one conflict are then all nine long.
_MARKER = re.compile(r"(<{7,}|\|{7,}|={7,}|>{7,})(?:[ \t].*)?")


@dataclass
class _Open:
    """A conflict being read: its '<<<<<<<' line, and the line of its '=======' once seen."""

    line: int
    text: str
    size: int  # how long its markers are: those of another size are not its own
    separator: int = 0
    ancestor: int = 0


def conflict_problems(text: str, path: str) -> list[Problem]:
    """One problem per unresolved conflict (at its ``<<<<<<<`` line) and per marker left alone."""
    if not any(mark * 7 in text for mark in "<=>|"):  # the usual case, without splitting the text
        return []
    # each problem made only if it is named: the advice on a conflict reads the lines around it, and
    # a file of thousands of conflicts names 20
    found: list[tuple[int, Callable[[], Problem]]] = []
    current: _Open | None = None
    # The lines git writes and an editor shows, which the messages name: YAML breaks lines at a U+2028, U+2029 and
    # U+0085 too, and one above a conflict made it 'lines 6-14' of the lines an editor shows as 5-13 (the place
    # of each problem, the parser's line as every other problem's, is said at the editor's by the caller)
    lines = TEXT_LINE_BREAK.split(text)
    matches = [(number, line, _MARKER.fullmatch(line.rstrip())) for number, line in enumerate(lines, start=1)]
    sizes = _marker_sizes(match for _, _, match in matches)
    for number, line, match in matches:
        if match is None or len(match.group(1)) not in sizes:
            continue
        kind, size = match.group(1)[0], len(match.group(1))
        if current is not None and size != current.size:
            # a marker of another size inside a conflict is its content: in a criss-cross merge, diff3
            # style, git writes the ancestors' own conflict ('<<<<<<<<< Temporary merge branch 1', nine
            # long) in the ancestor's lines of a conflict of seven
            continue
        if kind == "<":
            if current is not None:
                found.append((current.line, partial(_leftover, path, current.line, current.text)))
            current = _Open(number, line.rstrip(), size)
        elif current is None:
            found.append((number, partial(_leftover, path, number, line.rstrip())))
        elif kind == "|" and not current.separator:
            # the ancestor's lines of a diff3-style conflict: part of the same conflict
            current.ancestor = current.ancestor or number
        elif kind == "=" and not current.separator:
            current.separator = number
        elif kind == ">" and current.separator:
            found.append((current.line, partial(_conflict, path, current, number, line.rstrip(), lines)))
            current = None
        else:
            found.append((number, partial(_leftover, path, number, line.rstrip())))
    if current is not None:
        found.append((current.line, partial(_leftover, path, current.line, current.text)))
    found.sort(key=lambda problem: problem[0])
    if len(found) <= SHOWN_PROBLEMS + 1:  # a count never takes the place of one problem ("and 1 more")
        return _parsed([make() for _, make in found], text)
    # a file of 300,000 marker lines (2 MB) gave as many problems, and check took 40 s to print them
    problems = [make() for _, make in found[:SHOWN_PROBLEMS]]
    more = len(found) - SHOWN_PROBLEMS
    last = found[SHOWN_PROBLEMS - 1][0]
    message = (
        f"and {more:,} more git merge conflicts or markers below line {last}, not named one by one: "
        "resolve those above first"
    )
    problems.append(Problem(Location(path, found[SHOWN_PROBLEMS][0], 1), message))
    return _parsed(problems, text)


def _parsed(problems: list[Problem], text: str) -> list[Problem]:
    """``problems``, found at the lines an editor shows, each at the parser's line of its marker (the first
    character of that line), as the places of the file's other problems are found."""
    lines = EditorLines.of(text)
    return [replace(p, location=replace(p.location, line=lines.parsed(p.location.line, 1)[0])) for p in problems]


def _marker_sizes(matches: Iterable[re.Match[str] | None]) -> set[int]:
    """The sizes of marker that are git's in this file: seven, its default, and any other that opens a
    conflict ('<<<<<<<<< HEAD', set by 'conflict-marker-size=9'). A line of eight '=', or one opening
    with eight '>', in a quoted text is text where no '<' of eight opens a conflict."""
    sizes = {7}
    for match in matches:
        if match is not None and match.group(1)[0] == "<":
            sizes.add(len(match.group(1)))
    return sizes


#: how much of a marker line a message quotes (git's label is a branch name: a long one is cut)
_QUOTED_CHARACTERS = 60


def _quoted(line: str) -> str:
    return line if len(line) <= _QUOTED_CHARACTERS else line[: _QUOTED_CHARACTERS - 1] + "…"


def _conflict(path: str, start: _Open, end: int, closing: str, lines: list[str]) -> Problem:
    message = (
        f"unresolved git merge conflict (lines {start.line}-{end}, '{_quoted(start.text)}' to '{_quoted(closing)}'): "
    )
    message += _advice(path, start, end, lines) or _USUAL
    return Problem(Location(path, start.line, 1), message)


#: what to do of a conflict whose sides can be kept as they are: new entries, or one side of a change
_USUAL = "keep what you want of both sides (both, for two new claims) and delete the marker lines"


def diff3_command(path: str) -> str:
    """The shell command that has git write the conflicts of ``path`` again with each side whole.

    ``git checkout -- PATH`` works only from inside the repository, so the file's folder is given to
    git with ``-C``: the command works from wherever the path given to factcheck does (an absolute
    path, or ``$FACTCHECK_KB`` used from another folder)."""
    if path.startswith("<"):  # <stdin>: its file is not known
        return "git checkout --conflict=diff3 -- FILE"
    folder, name = os.path.split(path)
    if not folder:
        return f"git checkout --conflict=diff3 -- {shlex.quote(name)}"
    return f"git -C {shlex.quote(folder)} checkout --conflict=diff3 -- {shlex.quote(name)}"


def _leftover(path: str, line: int, text: str) -> Problem:
    message = f"leftover git merge conflict marker '{_quoted(text)}': delete this line, and check the lines around it"
    return Problem(Location(path, line, 1), message)


#: a list item's first line ("  - id: a", "      - url: ..."): its dash's column is the list's
_ITEM = re.compile(r"( *)-(?: |$)")


def _advice(path: str, start: _Open, end: int, lines: list[str]) -> str | None:
    """What to do of a conflict whose marker lines cannot simply be deleted to keep both sides, or
    None for the usual advice."""
    ours = _content(lines, start.line + 1, (start.ancestor or start.separator) - 1)
    theirs = _content(lines, start.separator + 1, end - 1)
    if not ours or not theirs:
        return None
    if _in_block_text(lines, start.line, min(indent for _, indent in ours + theirs)):
        return None  # a '- ' in a summary's text is text, no entry: one side, or both, is kept
    sides = _Sides(
        ours,
        theirs,
        _item_columns(lines[start.line : (start.ancestor or start.separator) - 1])
        & _item_columns(lines[start.separator : end - 1]),
    )
    if _ITEM.match(lines[ours[0][0] - 1]) is not None:
        moved = _second_side_above(path, start, end, lines, sides)
        if moved is not None:
            return moved
        return _split_entries(path, start, end, lines, sides)
    # The first side begins inside the entry above too. Both sides may have begun with lines git wrote
    # once above the conflict (the same '- id:'), which _split_entries tells; if it finds none, the
    # second side's first lines go on with the entry above all the same: Bob changed the last
    # source's note, Alice added a claim after it, and git wrote the note (as it was) and her claim
    # against his note. Deleting the marker lines gave his note to her claim's last source.
    split = _split_entries(path, start, end, lines, sides)
    if split is not None:
        return split
    return _second_side_above(path, start, end, lines, sides)


@dataclass(frozen=True)
class _Sides:
    """A conflict's two sides: the lines of each with content (number, indentation), and the columns of the
    lists both add items to."""

    ours: list[tuple[int, int]]
    theirs: list[tuple[int, int]]
    shared: set[int]


def _second_side_above(path: str, start: _Open, end: int, lines: list[str], sides: _Sides) -> str | None:
    """The advice for a conflict whose second side begins with lines that go on with the entry above
    it, indented deeper than a line of the first side that begins with a list item, or None.

    Alice adds a claim at the end of the file, Bob a source to the last claim (and a claim of his
    own): git writes Alice's claim, then Bob's source, indented deeper than Alice's ``- id:`` line.
    Deleting the marker lines gives Bob's source to Alice's claim: a valid file, which ``validate``
    cannot see is wrong. His lines belong above hers. Likewise when both add a source, and Alice a
    claim after hers, or when Bob changes a line of the entry above that git writes in the conflict
    (as it was) on Alice's side too, above her claim."""
    ours, theirs, shared = sides.ours, sides.theirs, sides.shared
    first_line, first_indent = ours[0]
    deeper = theirs[0][1]
    if first_indent > deeper:
        return None
    # the first line of the first side that the second side's first line would go on with
    shallower = next(((number, indent) for number, indent in ours if indent < deeper), None)
    if shallower is None:
        return None  # the second side's lines go on with what they go on with above the conflict
    before, level = shallower
    leading = []  # the second side's lines that go on with the entry above (until one as shallow as 'before')
    for number, indent in theirs:
        if indent <= level:
            break
        leading.append(number)
    above = _entry_above(lines, start.line, level)
    where = f"the entry of line {above}, above the conflict" if above is not None else "the lines above the conflict"
    begins = "where its first side begins" if before == first_line else "of its first side"
    reason = (
        f"{_numbered(leading)}, where its second side begins, {'go' if len(leading) > 1 else 'goes'} on with "
        f"{where}: indented deeper than line {before}, {begins}, "
        f"{'they' if len(leading) > 1 else 'it'} would go on with the first side's last entry once the marker "
        "lines are deleted"
    )
    keep = "keep what you want of both sides"
    same_key = first_indent == deeper and _key(lines[first_line - 1]) == _key(lines[leading[0] - 1])
    if same_key and not (start.ancestor and not _content(lines, start.ancestor + 1, start.separator - 1)):
        # Both sides begin with a line of one key at one indentation ("- url: ..."): two lines added,
        # or one line changed on one side and left as it was on the other, which added lines after it;
        # only the ancestor's lines (diff3 style) tell, none for lines added. Either way the second
        # side's lines go above the first side's next entry. Lines of two keys ('tags:' and
        # 'summary:') are two fields added, both kept: keeping one would lose the other.
        keep += f" (lines {first_line} and {leading[0]} may be one line changed two ways: keep one)"
    below = _lines_going_on(lines, end, min(shared)) if shared else []
    if not below:
        return f"{reason}; {keep}, with {_numbered(leading)} moved above line {before}, and delete the marker lines"
    line = _quoted(lines[before - 1].strip())
    return (
        f"{reason}; and {_going_on_below(below)}: git writes the lines both sides share once, outside the "
        f"conflict. Have git write each side whole ({diff3_command(path)}), then {keep}, with the second "
        f"side's first lines, indented deeper than the first side's line '{line}', moved above that line, and "
        "delete the marker lines"
    )


def _split_entries(path: str, start: _Open, end: int, lines: list[str], sides: _Sides) -> str | None:
    """Why deleting the marker lines of a conflict whose two sides add entries to a list would not
    keep both sides' entries whole, or None.

    When both sides end an entry with the same lines (the same ``checked:`` date, ``verdict:``, a
    source's ``note:``), git writes those lines once, below ``>>>>>>>``; lines they begin with (the
    same ``- id:``), once above ``<<<<<<<``. Keeping "both" by deleting the markers then leaves the
    first side's last entry without its last lines, or gives the second side's first lines to the
    first side's last entry: a valid file with fields moved, which ``validate`` cannot see. None too
    when the sides add no entries to one list: a conflict inside one entry (both set its verdict) is
    resolved by keeping one side, not both."""
    ours, theirs, shared = sides.ours, sides.theirs, sides.shared
    if not shared:
        return None
    column = min(shared)  # the outermost list both sides add entries to
    reasons = []
    above = _entry_above(lines, start.line, column)
    begins_above = theirs[0][1] > column and above is not None
    if begins_above:
        reasons.append(f"its second side begins inside the entry of line {above}, above it")
    below = _lines_going_on(lines, end, column)
    if below:
        reasons.append(_going_on_below(below))
    if not reasons:
        return None
    whole = (
        f", so deleting the marker lines would not keep both sides' entries whole: git writes the lines both "
        f"sides share once, outside the conflict; have git write each side whole ({diff3_command(path)}), then "
        "keep what you want of both sides and delete the marker lines"
    )
    if len(ours) == len(theirs) == 1 and not begins_above:
        # One line each, with the rest of an entry below: one line both sides changed (a claim's id, a
        # source's address), or the first lines of two entries ending alike (two sources, the same
        # note); the file alone cannot tell which.
        if start.ancestor:  # diff3 style: the ancestor's lines tell
            return None if _content(lines, start.ancestor + 1, start.separator - 1) else reasons[0] + whole
        if all(_ID_LINE.match(lines[number - 1]) for number, _ in ours + theirs):
            return None  # two new claims never share all but their id; an entry of an id alone is invalid
        return (
            f"if its two lines are one line changed two ways, keep the one you want and delete the marker "
            f"lines; if they begin two new entries, {reasons[0]}{whole}"
        )
    return "; ".join(reasons) + whole


#: a claim's first line, its id: "  - id: bridge-cost"
_ID_LINE = re.compile(r" *- id:(?: |$)")
#: a line that opens a block text ("summary: |", "summary: >-", "- |"): the lines below it, indented
#: deeper, are its text, in which "- " opens no list item
_BLOCK_HEADER = re.compile(r"(?:^|.*[ \t])[|>](?:[1-9][-+]?|[-+][1-9]?)?(?:[ \t]+#.*)?")


def _content(lines: list[str], first: int, last: int) -> list[tuple[int, int]]:
    """The lines from ``first`` to ``last`` with content, each with its indentation."""
    found = []
    for number in range(first, last + 1):
        indent = _indent(lines[number - 1])
        if indent is not None:
            found.append((number, indent))
    return found


def _in_block_text(lines: list[str], opening: int, indent: int) -> bool:
    """Whether the lines at ``indent`` or deeper right below line ``opening`` are the text of a block
    (``summary: |``): one of the lines they are indented under, going up, opens one."""
    if indent == 0:
        return False  # no line is indented less: walking up would read the whole file for nothing
    for number in range(opening - 1, 0, -1):
        line = lines[number - 1].rstrip()
        depth = _indent(line)
        if depth is None or depth >= indent or _MARKER.fullmatch(line):
            continue
        if _BLOCK_HEADER.fullmatch(line):
            return True
        if depth == 0:
            return False
        indent = depth
    return False


def _numbered(numbers: list[int]) -> str:
    return f"line {numbers[0]}" if len(numbers) == 1 else f"lines {numbers[0]}-{numbers[-1]}"


def _going_on_below(below: list[int]) -> str:
    if len(below) == 1:
        return f"line {below[0]}, below it, goes on with the last entry of both sides"
    return f"lines {below[0]}-{below[-1]}, below it, go on with the last entry of both sides"


def _indent(line: str) -> int | None:
    """The indentation of a line with content; None for a blank line or a comment, part of no entry."""
    content = line.lstrip(" ")
    if not content.strip() or content.startswith("#"):
        return None
    return len(line) - len(content)


#: a line's key with its indentation and list dash ("    note", "      - url"); a line of no key has none
_KEY = re.compile(r"( *(?:- +)?[^\s:#'\"][^:#]*?):(?:[ \t]|$)")


def _key(line: str) -> str | None:
    match = _KEY.match(line)
    return match.group(1) if match is not None else None


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
