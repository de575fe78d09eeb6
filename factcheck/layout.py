"""Where each claim sits in the text of a claims file, and splicing text in and out by lines.

Edits never re-serialise the whole file: they replace, remove or insert the lines of one entry
and leave every other byte alone.  This module finds those lines.  An entry owns:

* the comment lines directly above its ``-`` (no blank line between), indented no deeper than
  the ``-`` — so removing an entry takes its own heading comment with it (but for a comment right
  under ``claims:`` that heads the list: ``_is_list_heading``; a first entry added to an empty list
  goes below it, ``_heading_lines``);
* its content, up to its last non-blank line (and the blank lines below a last '|+' text: that text's);
* comment lines right after that which are indented deeper than its ``-`` (they are inside it).

Blank lines and other comments between entries belong to no entry and stay where they are.
Positions come from PyYAML's composer and scanner (the same parser the reader uses).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

import yaml
from yaml.composer import ComposerError

from .errors import Advice, FactcheckError, quoted
from .inputfiles import text_lines
from .yamltree import (
    BLOCK_SCALAR_HEADER,
    SAFE_LOADER,
    PlainTagsRemembered,
    collector_paused,
    leading_spaces,
    top_level_list_hint,
)

HEADER_COMMENT = "# factcheck knowledge base: one entry per claim (see 'factcheck add --help').\n"
DEFAULT_DASH_COLUMN = 2
DEFAULT_KEY_COLUMN = 4


class LayoutError(FactcheckError):
    """The claims file is valid YAML but laid out in a way factcheck cannot edit safely; ``position``
    (1-based line and column) is where, for the message."""

    def __init__(self, message: str | Advice, node: Any = None, *, mark: Any = None) -> None:
        """``node``: the YAML node at fault; ``mark``: the parser's place, where there is no node."""
        super().__init__(str(message))
        if isinstance(message, Advice):  # a line it names, the parser's, to be said at the editor's
            self.advice = message
        mark = node.start_mark if node is not None else mark
        self.position = (mark.line + 1, mark.column + 1) if mark is not None else None


@dataclass(frozen=True)
class Entry:
    """One item of the ``claims:`` list; line numbers count from 0, ``end`` is exclusive."""

    index: int
    claim_id: str | None
    start: int  # first line it owns (its leading comment, or its dash)
    dash: int  # the line of its '-'
    content_end: int  # one past its last non-blank line
    end: int  # one past its last line (with deeper-indented comments after its content)
    dash_column: int
    key_column: int
    item_position: tuple[int, int] = (0, 0)  # 1-based line and column of its first key (as the reader has it)
    #: its content ends with a '|+' text, which takes the blank lines below it as its own
    ends_keeping_breaks: bool = False

    @property
    def line_number(self) -> int:
        """1-based line of the entry's '-' (for messages)."""
        return self.dash + 1


@dataclass
class Layout:
    """The lines of a claims file and where its entries are."""

    lines: list[str]  # each with its line ending (the last one may lack it)
    newline: str
    entries: list[Entry]
    #: line before which a new last entry goes (None: the file has no block 'claims:' list yet)
    append_at: int | None
    #: when there is no list yet: text replacing the file's tail to start one (see ``start_list``)
    list_prefix: str = ""
    blank_lines_between: int = 0

    # -- reading ----------------------------------------------------------------------------
    def find(self, claim_id: str) -> Entry | None:
        for entry in self.entries:
            if entry.claim_id == claim_id:
                return entry
        return None

    def text_of(self, entry: Entry) -> str:
        """The entry's own lines from its '-' (what round-trip editing loads)."""
        return "".join(self.lines[entry.dash : entry.end])

    def indentation(self) -> tuple[int, int]:
        """(dash column, key column) for a new entry: as the last entry, else the defaults."""
        if self.entries:
            last = self.entries[-1]
            return last.dash_column, last.key_column
        return DEFAULT_DASH_COLUMN, DEFAULT_KEY_COLUMN

    # -- changing (each returns the new text; the layout itself is not updated) --------------
    def replace(self, entry: Entry, entry_text: str) -> str:
        newline = self._newline_at(entry.dash)
        new_lines = _lines(entry_text, newline)
        if entry.end == len(self.lines) and new_lines and not self.lines[-1].endswith(_LINE_BREAKS):
            # the file ended without a line break and still does: an edit of one field of the last
            # entry gave its last line (another field's) one
            new_lines[-1] = new_lines[-1].rstrip("\r\n")
        return "".join(self.lines[: entry.dash] + new_lines + self.lines[entry.end :])

    def _newline_at(self, index: int) -> str:
        """The line ending of the line at ``index``, where it is LF or CRLF, else the file's.

        A file whose endings were mixed by a merge (one person's editor writes CRLF) gets, in the
        lines a change writes, the ending of the lines where it writes them, so that ``git diff``
        shows no line ending changed beside them; a file of one ending is the same either way.  The last
        line, which may have no ending, takes that of the line above it: an LF list under a CRLF header
        got CRLF lines when the file did not end with a line break."""
        for line in reversed(self.lines[: index + 1] if 0 <= index < len(self.lines) else []):
            if line.endswith("\r\n"):
                return "\r\n"
            if line.endswith("\n"):
                return "\n"
            if line.endswith(_LINE_BREAKS):
                break  # CR alone (a file of CR endings), or a break str.splitlines splits at: the file's rule
        return self.newline

    def remove(self, entry: Entry) -> str:
        start, end = entry.start, entry.end
        is_last = entry.index == len(self.entries) - 1
        if not is_last:
            while end < len(self.lines) and _is_blank(self.lines[end]):
                end += 1
        elif entry.index > 0:
            previous = self.entries[entry.index - 1]
            while start > previous.end and _is_blank(self.lines[start - 1]):
                start -= 1
            if start == previous.end and previous.ends_keeping_breaks:
                # the blank lines below would be the '|+' text's that then ends the list: they go too
                while end < len(self.lines) and _is_blank(self.lines[end]):
                    end += 1
        return "".join(self.lines[:start] + self.lines[end:])

    def append(self, entry_texts: list[str]) -> str:
        """Add entries after the last one (creating the 'claims:' list if there is none)."""
        lines = list(self.lines)
        if self.append_at is None:
            text = "".join(lines)
            if text and not text.endswith(("\n", "\r")):
                text += self.newline
            new = "".join(line for t in entry_texts for line in _lines(t, self.newline))
            return text + self.list_prefix.replace("\n", self.newline) + new
        at = self.append_at
        newline = self._newline_at(at - 1)  # the last entry's last line
        if at == len(lines) and lines and not lines[-1].endswith(("\n", "\r")):
            lines[-1] += newline
        block: list[str] = []
        # blank lines below a last '|+' text would be its own: the new entry goes right below it (its own blank
        # lines, if any, part them as others are parted)
        right_below = bool(self.entries) and self.entries[-1].ends_keeping_breaks
        for i, text in enumerate(entry_texts):
            if i > 0 or (self.entries and not right_below):
                block += [newline] * self.blank_lines_between
            block += _lines(text, newline)
        return "".join(lines[:at] + block + lines[at:])


#: what ends a line (besides "\n"), as ``str.splitlines`` splits them
_LINE_BREAKS = ("\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def _lines(text: str, newline: str) -> list[str]:
    """The lines of an entry's new text, each ending with ``newline``: at the line ends an editor shows (a U+2028
    in a text, a line end to ``str.splitlines``, was given a line break after it: "one<U+2028>two" written back
    by the editor read "one two")."""
    return [line + newline for line in text_lines(text)]


def _is_blank(line: str) -> bool:
    return not line.strip()


def _is_comment(line: str) -> bool:
    return line.lstrip().startswith("#")


def read_layout(text: str) -> Layout:
    """Find the entries of a claims file's text (which must already parse as YAML)."""
    with collector_paused():  # the composed nodes of a 10,000-claim file are a million objects
        return _read_layout(text)


def _top_level_list_hint(root: yaml.Node) -> Advice | None:
    """For a block list of mappings at the top level, what ``top_level_list_hint`` says of it."""
    if not isinstance(root, yaml.SequenceNode) or root.flow_style or not root.value:
        return None
    if not all(isinstance(item, yaml.MappingNode) for item in root.value):
        return None
    item_keys = [[str(key.value) for key, _ in item.value] for item in root.value]
    return top_level_list_hint(item_keys, root.start_mark.line + 1)


#: the name of an anchor where the node's mark is: its '&', after the node's tag if it has one ('!!seq &t [x]')
_ANCHOR_AT = re.compile(r"(?:![^\s]*\s+)?&([^\s,\[\]{}]+)")
#: the anchor's name in the pure-Python composer's context ("found duplicate anchor 'src'; first occurrence"; the
#: C one, which factcheck reads with when it is there, names none)
_ANCHOR_NAMED = re.compile(r"anchor '([^']+)'")


def _composer_error(exc: ComposerError, text: str) -> LayoutError:
    """What to do about a file that reads but that the composer refuses: an anchor defined twice ('tags: &t [x]'
    in one claim, again in another), which YAML 1.2 allows (an alias names the last one before it) and PyYAML's
    composer does not, was an uncaught ComposerError's traceback from edit, remove and add."""
    mark = exc.problem_mark
    if mark is None or exc.context_mark is None or "duplicate anchor" not in (exc.context or ""):
        return LayoutError(f"the file cannot be edited safely: {exc.context or ''} {exc.problem or ''}".strip(), None)
    # the mark is a character's place (the text's lines are not the parser's), the node's: its tag's, if any
    name = _ANCHOR_NAMED.search(exc.context or "") or _ANCHOR_AT.match(text, mark.index)
    anchor = f"&{name.group(1)}" if name else "this anchor"
    # the first line a field of an advice, which the commands say at the line an editor shows (``EditorLines.problem``)
    return LayoutError(
        Advice(
            "the YAML anchor {anchor} is defined again here (first at line {first_line}); factcheck cannot edit a "
            "file that defines an anchor twice: rename one of them (and the aliases that mean it)",
            {"anchor": anchor, "first_line": str(exc.context_mark.line + 1)},
        ),
        mark=mark,
    )


def _read_layout(text: str) -> Layout:
    lines = text.splitlines(keepends=True)
    newline = _newline_of(text)
    try:
        root = yaml.compose(text, Loader=PlainTagsRemembered)
    except ComposerError as exc:  # read by factcheck's reader, which takes what this one refuses
        raise _composer_error(exc, text) from None
    if root is None:
        prefix = "claims:\n" if text.strip() else HEADER_COMMENT + "claims:\n"
        return Layout(lines, newline, [], None, list_prefix=prefix)
    hint = _top_level_list_hint(root)
    if hint is not None:
        raise LayoutError(hint, root)
    if not isinstance(root, yaml.MappingNode):
        raise LayoutError("the top level of the file is not a mapping of 'key: value' lines", root)
    if root.flow_style:  # '{claims: []}': no line of its own to add a list below
        raise LayoutError("the top level is written in flow style ({...}); write it as 'key: value' lines", root)
    claims_key, claims_node = _claims_item(root)
    if claims_node is None:
        return Layout(lines, newline, [], None, list_prefix="claims:\n")
    if isinstance(claims_node, yaml.ScalarNode) and claims_node.tag != _NULL_TAG:
        # 'claims: see archive.yaml' is no empty list: adding below it would silently drop the text
        raise LayoutError(
            f"'claims' holds {quoted(claims_node.value)} where its list of claims should be; "
            "remove that value (leaving 'claims:' alone on its line), then try again",
            claims_node,
        )
    if isinstance(claims_node, yaml.ScalarNode) or (
        isinstance(claims_node, yaml.SequenceNode) and not claims_node.value
    ):
        return _empty_list_layout(lines, newline, claims_key, claims_node)
    if not isinstance(claims_node, yaml.SequenceNode) or claims_node.flow_style:
        raise LayoutError("'claims' is not a block list ('- id: ...' lines); factcheck cannot edit it", claims_node)
    entries = _entries(text, lines, claims_key, claims_node)
    return Layout(lines, newline, entries, entries[-1].end, blank_lines_between=_blank_lines_above_last(lines, entries))


_NULL_TAG = "tag:yaml.org,2002:null"  # 'claims:' with nothing, '~' or 'null' after it


def _newline_of(text: str) -> str:
    """The line ending new lines get where the lines around them say none (``Layout._newline_at``):
    CRLF if the file has any; CR alone for a file that uses only
    that (classic Mac OS), so that an edit does not mix endings; else LF.  A stray CR in an LF
    file does not count: LF it stays."""
    if "\r\n" in text:
        return "\r\n"
    if "\r" in text and "\n" not in text:
        return "\r"
    return "\n"


def _claims_item(root: Any) -> tuple[Any, Any]:
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "claims":
            return key, value
    return None, None


def _empty_list_layout(lines: list[str], newline: str, key: Any, value: Any) -> Layout:
    """``claims:`` with nothing, ``~``, ``null`` or ``[]``: the list starts on the next line."""
    if value.start_mark.line != key.start_mark.line or value.end_mark.line != key.start_mark.line:
        raise LayoutError(
            "'claims' has an empty value spread over several lines; write 'claims:' alone on its line", value
        )
    line_index = key.start_mark.line
    line = lines[line_index]
    if value.end_mark.index > value.start_mark.index:  # an explicit value: drop it, keep any comment
        start, end = value.start_mark.column, value.end_mark.column
        rest = line[end:]
        head = line[:start].rstrip(" ")
        line = head + (" " + rest.lstrip(" ") if rest.strip() else rest.lstrip(" "))
        if not line.endswith(("\n", "\r")):
            line += newline
    elif not line.endswith(("\n", "\r")):
        line += newline
    new_lines = [*lines[:line_index], line, *lines[line_index + 1 :]]
    return Layout(new_lines, newline, [], line_index + 1 + _heading_lines(new_lines, line_index, key.start_mark.column))


def _heading_lines(lines: list[str], key_line: int, key_column: int) -> int:
    """How many comment lines right under an empty 'claims:' head the list (``_is_list_heading``): the
    first entry added goes below them.  It went above, so that removing the one claim of a file and
    adding another left the comment the removal kept as the list's ('# claims about X') below the new
    claim.  Comment lines at the key's own column or less just above a key that follows head that key."""
    end = key_line + 1
    while end < len(lines) and _is_comment(lines[end]):
        end += 1
    if end < len(lines) and not _is_blank(lines[end]):  # a key follows: its own heading stays above it
        while end > key_line + 1 and leading_spaces(lines[end - 1]) <= key_column:
            end -= 1
    return end - key_line - 1


class _Dash(NamedTuple):
    """Where an item's '-' is (0-based line and column)."""

    line: int
    column: int


def _entries(text: str, lines: list[str], claims_key: Any, seq: Any, *, scan: bool = False) -> list[Entry]:
    """The entries of the block list ``seq``.  Where each '-' is comes from the item's own line ('  - id: x')
    when every item starts on its dash's line and the text holds no alias (``_may_hold_an_alias``); otherwise (or
    with ``scan``) from PyYAML's scanner, a pass over the whole text that was a third of reading the layout of a
    big file.  An alias ends its entry where its token ends, not where its anchor's node does: only the scanner
    says where that is, and telling an alias from the composed nodes missed some (one to an anchor inside a
    flow list of the same claim: review19e)."""
    dashes = None if scan or _may_hold_an_alias(text) else _dashes_on_item_lines(text, lines, seq)
    if dashes is None:
        dashes, aliases = _scanned_dashes_and_aliases(text, seq)
    else:
        aliases = []  # no '*' where a token can begin: no alias
    alias_offsets = [m.index for m in aliases]
    # in file order: an item's dash is the last one before it, found by bisection (a scan of every
    # dash for every item made an edit of a 4,000-claim file take 13 s)
    dash_offsets = [index for index, _dash in dashes]

    def dash_before(node: Any) -> _Dash:
        return dashes[bisect.bisect_left(dash_offsets, node.start_mark.index) - 1][1]

    entries: list[Entry] = []
    floor = claims_key.start_mark.line + 1  # lines above this belong to what precedes the list
    for index, item in enumerate(seq.value):
        dash = dash_before(item)
        last_line, ends_keeping_breaks = _last_content_line(item, lines)
        content_end = last_line + 1
        # an alias ('- *x') is its anchor's node once composed, which ends where the anchor is: its own
        # place is its token's (the last line of an entry ending in '- *x' was left out of the entry)
        next_start = seq.value[index + 1].start_mark.index if index + 1 < len(seq.value) else seq.end_mark.index
        last_alias = bisect.bisect_right(alias_offsets, next_start) - 1  # the last may end the text
        if last_alias >= 0 and alias_offsets[last_alias] > item.start_mark.index:
            content_end = max(content_end, aliases[last_alias].line + 1)
        start = dash.line
        while start > floor and _is_comment(lines[start - 1]) and leading_spaces(lines[start - 1]) <= dash.column:
            start -= 1
        end = content_end
        next_dash = None
        if index + 1 < len(seq.value):
            next_item = seq.value[index + 1]
            next_dash = dash_before(next_item).line
        limit = next_dash if next_dash is not None else len(lines)
        while end < limit and _is_comment(lines[end]) and leading_spaces(lines[end]) > dash.column:
            end += 1
        key_column = item.start_mark.column if item.start_mark.line == dash.line else dash.column + 2
        entries.append(
            Entry(
                index,
                _id_of(item),
                start,
                dash.line,
                content_end,
                end,
                dash.column,
                max(key_column, dash.column + 2),
                (item.start_mark.line + 1, item.start_mark.column + 1),
                ends_keeping_breaks and end == content_end,
            )
        )
        floor = end
    if entries and _is_list_heading(lines, claims_key.start_mark.line, entries):
        entries[0] = dataclasses.replace(entries[0], start=entries[0].dash)
    return entries


#: a '*' where no token can begin: right after a character that is none of these (so not at the start of the
#: text): a space or a line break (``\s``, which holds YAML's), a flow indicator, a ':' or '?' in a flow, a '-', the
#: byte order mark.  The '*' first: searching for it is fast
_STAR_INSIDE_A_VALUE = re.compile(r"\*(?<=[^\s\[\]{},:?\-\ufeff]\*)")


def _may_hold_an_alias(text: str) -> bool:
    """Whether ``text`` may hold an alias ('*x'): a '*' where a token can begin (not ``_STAR_INSIDE_A_VALUE``).  A
    '*' inside a word or a value ("F*ck", "N****", "10*") is none: a '*' anywhere made every edit of a
    10,000-claim file run the scanner (0.1 to 0.2 s).  The scanner begins a token after what it skips (spaces,
    line breaks, comments) or right after the token before; any other token before a '*' ends only at a space
    (a tag, an anchor) or makes the alias a parse error (a quoted value, a plain one), and the text parsed."""
    stars = text.count("*")
    return stars > 0 and len(_STAR_INSIDE_A_VALUE.findall(text)) != stars


def _scanned_dashes_and_aliases(text: str, seq: Any) -> tuple[list[tuple[int, _Dash]], list[Any]]:
    """Each '-' token in or after ``seq`` (with its offset, to bisect by), and where each alias after it ends."""
    dashes, aliases = [], []
    for token in yaml.scan(text, Loader=SAFE_LOADER):
        if isinstance(token, yaml.BlockEntryToken) and token.start_mark.index >= seq.start_mark.index:
            mark = token.start_mark
            dashes.append((mark.index, _Dash(mark.line, mark.column)))
        elif isinstance(token, yaml.AliasToken) and token.end_mark.index > seq.start_mark.index:
            aliases.append(token.end_mark)
    return dashes, aliases


#: what only spaces, a '-' and spaces are before an item's first character on its line: that '-' is its
#: dash (no other token can stand between an item and its '-' but an anchor or a tag, which are not spaces)
_DASH_BEFORE_ITEM = re.compile(r"( *)- +")


def _dashes_on_item_lines(text: str, lines: list[str], seq: Any) -> list[tuple[int, _Dash]] | None:
    """Each item's '-' (with the item's offset, to bisect by), read from the item's own line: None when any
    item does not follow its '-' on its line ('-' alone on a line, '-' and a tab), for the scanner.

    The lines are the parser's: of the breaks ``str.splitlines`` splits at, YAML refuses those it does not
    count (\x0b, \x0c, \x1c-\x1e are no printable characters), and the text parsed."""
    dashes = []
    for item in seq.value:
        mark = item.start_mark
        if mark.line >= len(lines):
            return None
        before = _DASH_BEFORE_ITEM.fullmatch(lines[mark.line], 0, mark.column)
        if before is None:
            return None
        # bisect_left finds the item's own offset then: one past it, as the dash token stands before the item
        dashes.append((mark.index - 1, _Dash(mark.line, len(before.group(1)))))
    return dashes


def _is_list_heading(lines: list[str], key_line: int, entries: list[Entry]) -> bool:
    """Whether the comment lines right above the first entry are the list's (they stay when it is removed).

    Right under 'claims:', with no blank line between, a comment may head the list ('# claims about X') or
    the first entry ('# C01 — ...', as the starter file heads each entry).  It is the entry's when another
    entry has a comment of its own right above it too (the file heads its entries so), else the list's.  A
    comment with a blank line above it is the first entry's; one with a blank line below it is nobody's."""
    first = entries[0]
    if first.start == first.dash or first.start != key_line + 1:
        return False
    return all(entry.start == entry.dash for entry in entries[1:])


def _id_of(item: Any) -> str | None:
    if isinstance(item, yaml.MappingNode):
        for key, value in item.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "id" and isinstance(value, yaml.ScalarNode):
                return str(value.value)
    return None


def _last_content_line(item: Any, lines: list[str]) -> tuple[int, bool]:
    """The last line holding any of ``item``'s content (aliases to earlier nodes are skipped), whether
    that content is a '|+' text (whose blank lines below are its own: the last line is the last of them)."""
    end_index = -1
    end_line: int = item.start_mark.line
    last_node = item
    stack = [item]
    while stack:
        node = stack.pop()
        if node.start_mark.index < item.start_mark.index:
            continue  # an alias to a node defined earlier in the file
        if isinstance(node, yaml.ScalarNode) or getattr(node, "flow_style", False):
            mark = node.end_mark
            if mark.index > end_index:
                end_index = mark.index
                end_line = int(mark.line if mark.column > 0 else mark.line - 1)
                last_node = node
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack += [key, value]
        else:
            stack += node.value
    while end_line > item.start_mark.line and _is_blank(lines[end_line]):
        end_line -= 1  # block scalars end after the blank lines that follow them
    keeps = _keeps_final_line_breaks(last_node, lines)
    if keeps:
        # ... but those of a '|+' text are its own: an entry taken to end above them was written back with its text
        # cut short ('|+' became '|', a key added went above them) and a neighbour removed below took them
        while end_line + 1 < len(lines) and _is_blank(lines[end_line + 1]):
            end_line += 1
    return end_line, keeps


def _keeps_final_line_breaks(node: Any, lines: list[str]) -> bool:
    """Whether ``node`` is a block text whose header keeps its final line breaks ('|+', '>2+')."""
    if not isinstance(node, yaml.ScalarNode) or node.style not in ("|", ">"):
        return False
    header = BLOCK_SCALAR_HEADER.match(lines[node.start_mark.line], node.start_mark.column)
    return header is not None and "+" in header.group()


def _blank_lines_above_last(lines: list[str], entries: list[Entry]) -> int:
    if len(entries) < 2:
        return 0
    count, line = 0, entries[-1].start - 1
    while line >= entries[-2].end and _is_blank(lines[line]):
        count += 1
        line -= 1
    return count
