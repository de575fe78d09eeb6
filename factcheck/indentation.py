"""Keeping a person's indentation when factcheck rewrites one entry of a claims file.

ruamel.yaml dumps every list of an entry with one indentation, but people write nested lists
either way, and often both ways in one file::

    claims:
    - id: a          # the entries' dashes at the key's column...
      tags:
        - border     # ...and nested lists indented under their key
      sources:
      - url: ...     # or not

A one-field edit then re-indented every list of the entry, a noisy diff in version control.
Here the dumped entry is cut into its fields (a field: the blank and comment lines right above
its key, its key line and the lines below it, up to the next field), and

* a field whose value did not change gets its own lines back, as they were written, when they read
  as the same value in their place and hold the same comments: ruamel writes a flow list's
  ``[a, b,]`` as ``[a, b]``, ``"caf\\u00e9"`` as ``"café"``, joins a plain text written over two
  lines and moves end-of-line comments, none of which an edit of another field should show;
* a changed or new list is indented as that field's list was, else as the entry's (or, for a new
  entry, the file's last entry's) other lists are.

Anything unexpected (a key not written plainly, a result that would read differently) leaves
the dumped text as it was: this never changes a value.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection
from dataclasses import dataclass

import yaml

from .yamltree import BLOCK_SCALAR_HEADER, SAFE_LOADER, DatesAsWritten, leading_spaces

_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)")


@dataclass
class _Field:
    key: str
    head: list[str]  # the blank and comment lines right above its key line (each ending in "\n")
    lines: list[str]  # its key line and the lines below it

    @property
    def text(self) -> list[str]:
        return self.head + self.lines


def keep_indentation(new_text: str, key_column: int, *, like: str, unchanged: Collection[str] | None = None) -> str:
    """``new_text`` (one entry as dumped, keys at ``key_column``) with the nested lists indented as
    ``like`` (the entry before the change, or another entry of the same file, with its keys at the
    same column) has them, and the ``unchanged`` fields as ``like`` writes them."""
    new_fields, old_fields = _fields(new_text, key_column), _fields(like, key_column)
    if new_fields is None or old_fields is None:
        return new_text
    styles = {field.key: _list_style(field.lines, key_column) for field in old_fields}
    usual = next((style for style in styles.values() if style is not None), None)
    out: list[list[str]] = []
    for field in new_fields:
        wanted = styles.get(field.key)
        out.append(field.head + _restyle_list(field.lines, key_column, usual if wanted is None else wanted))
    if not _reads_the_same("".join(_joined(out)), new_text):
        out = [field.text for field in new_fields]
    if unchanged is None:  # a new entry, styled like another: nothing of it was written before
        return "".join(_joined(out))
    new_comments, old_comments = _field_comments(new_fields), _field_comments(old_fields)
    if new_comments is not None and old_comments is not None:
        old = {field.key: (field.text, comments) for field, comments in zip(old_fields, old_comments, strict=True)}
        new = [(field.key, comments) for field, comments in zip(new_fields, new_comments, strict=True)]
        for index, (key, comments) in enumerate(new):
            if key in old:
                out[index] = _keep_comment_gaps(out[index], comments, *old[key])
        _restore_unchanged(out, new, old, unchanged, new_text=new_text)
        old_lines = {field.key: field.lines for field in old_fields}
        for index, field in enumerate(new_fields):
            if field.key in old and out[index] != old[field.key][0]:
                head = len(field.head)
                out[index] = out[index][:head] + _keep_unchanged_items(out[index][head:], old_lines[field.key])
    result = "".join(_joined(out))
    return result if _reads_the_same(result, new_text) else new_text


_Written = tuple[list[str], list[str]]  # a field's lines and the comment each ends with ('' for none)


def _restore_unchanged(
    out: list[list[str]],
    new: list[tuple[str, list[str]]],
    old: dict[str, _Written],
    unchanged: Collection[str],
    *,
    new_text: str,
) -> None:
    """Give each ``unchanged`` field of ``out`` (``new``: its keys and comments) its ``old`` lines back,
    where they read the same.

    A field's old lines stand for its new ones when they hold the same comments (ruamel moves those
    above a key that is inserted or removed, which then belong elsewhere) and the entry with them
    reads as the dumped one: the same value, where an anchor or alias still means what it meant."""
    candidates = [
        index
        for index, (key, comments) in enumerate(new)
        if key in unchanged
        and key in old
        and out[index] != old[key][0]
        and [c for c in comments if c] == [c for c in old[key][1] if c]
    ]
    every = [old[new[index][0]][0] if index in candidates else lines for index, lines in enumerate(out)]
    if _reads_the_same("".join(_joined(every)), new_text):
        out[:] = every
        return
    for index in candidates:  # one at a time: only those that read the same
        tried = [*out[:index], old[new[index][0]][0], *out[index + 1 :]]
        if _reads_the_same("".join(_joined(tried)), new_text):
            out[index] = tried[index]


def _keep_comment_gaps(
    lines: list[str], comments: list[str], old_lines: list[str], old_comments: list[str]
) -> list[str]:
    """A changed field's ``lines``, each that ends in a comment one of its ``old_lines`` ended in, with
    that comment placed as the old line placed it.

    ruamel keeps an end-of-line comment at its column when the new value leaves room for it, and
    else puts it one space after the value: 'verdict: "true"   # since 2024' became
    'verdict: "mostly-true" # since 2024', the user's spacing lost on the very line changed.  A list
    it writes in another style than the file's, set back in the file's by ``_restyle_list``, had its
    comments moved too ('- one  # why' became '- one # why').  Each comment is therefore put back
    after the same text with the old line's spaces; after a changed text, at the old column when the
    text leaves room for it, else after as many spaces as before.  A line is paired with the old line
    holding the same text before the same comment, else with the one old line holding that comment."""
    by_text = {
        (_before_comment(line, comment), comment): line
        for line, comment in zip(old_lines, old_comments, strict=True)
        if comment
    }
    written = [comment for comment in old_comments if comment]
    by_comment = {
        comment: line
        for line, comment in zip(old_lines, old_comments, strict=True)
        if comment and written.count(comment) == 1 and comments.count(comment) == 1
    }
    kept = []
    for line, comment in zip(lines, comments, strict=True):
        if comment and line.rstrip().endswith(comment):
            text = _before_comment(line, comment)
            if (text, comment) in by_text:
                line = by_text[text, comment]
            elif comment in by_comment:
                line = _comment_placed_as(line, comment, by_comment[comment])
        kept.append(line)
    return kept


def _before_comment(line: str, comment: str) -> str:
    """What ``line`` holds before its end-of-line ``comment``, without the spaces between."""
    return line[: len(line.rstrip()) - len(comment)].rstrip(" \t")


def _comment_placed_as(line: str, comment: str, old_line: str) -> str:
    """``line`` with its end-of-line ``comment`` where ``old_line`` had it: at the same column when the
    text before it leaves a space at least, else after the same spaces (a tab among them kept as is)."""
    old_text = _before_comment(old_line, comment)
    gap = old_line[len(old_text) : len(old_line.rstrip()) - len(comment)]
    text = _before_comment(line, comment)
    column = len(old_text) + len(gap)
    if "\t" not in gap and len(text) < column:
        gap = " " * (column - len(text))
    return text + gap + line[len(line.rstrip()) - len(comment) :]


def _keep_unchanged_items(lines: list[str], old_lines: list[str]) -> list[str]:
    """A changed field's block list of mappings (a claim's sources) with each item that did not change,
    and the unchanged keys of each that did, as ``old_lines`` writes them (``keep_indentation`` on the
    item as on an entry): a note given to one source rewrote an escape in another's quote."""
    new_items, old_items = _items(lines), _items(old_lines)
    if new_items is None or old_items is None:
        return lines
    kept = list(new_items[0])
    for new_item, old_item in _paired(new_items[1], old_items[1]):
        kept += new_item if old_item is None else _blank_lines_below_as(new_item, _kept_item(new_item, old_item))
    return kept


def _blank_lines_below_as(new_item: list[str], item: list[str]) -> list[str]:
    """``item`` (an old item kept for ``new_item``) with the blank lines below it that ``new_item`` has: the
    blank line between the last two items came back with the one left when the last was removed."""
    return _without_blank_tail(item) + new_item[len(_without_blank_tail(new_item)) :]


def _without_blank_tail(lines: list[str]) -> list[str]:
    end = len(lines)
    while end > 1 and not lines[end - 1].strip():
        end -= 1
    return lines[:end]


def _paired(new_items: list[list[str]], old_items: list[list[str]]) -> list[tuple[list[str], list[str] | None]]:
    """Each new item with the old item it stands for (None: a new one).

    Items in the same number pair in order; after an item is added or removed, those that read the same
    pair with each other: adding a source rewrote an escape in the others' titles, dropped an anchor."""
    if len(new_items) == len(old_items):
        return list(zip(new_items, old_items, strict=True))
    new_values = [repr(_item_value(item)) for item in new_items]
    old_values = [repr(_item_value(item)) for item in old_items]
    old_of: dict[int, list[str]] = {}
    for block in difflib.SequenceMatcher(None, new_values, old_values, autojunk=False).get_matching_blocks():
        for offset in range(block.size):
            old_of[block.a + offset] = old_items[block.b + offset]
    return [(item, old_of.get(index)) for index, item in enumerate(new_items)]


def _items(lines: list[str]) -> tuple[list[str], list[list[str]]] | None:
    """(a field's lines above its block list's first item, the lines of each item), None for no block list."""
    dash = next(
        (leading_spaces(line) for line in lines[1:] if line.strip() and not line.lstrip().startswith("#")), None
    )
    if dash is None or lines[0].rstrip().endswith(("]", "}")):
        return None
    above: list[str] = []
    items: list[list[str]] = []
    for line in lines[1:] if lines else []:
        if leading_spaces(line) == dash and line[dash : dash + 1] == "-":
            items.append([line])
        elif items:
            items[-1].append(line)
        else:
            above.append(line)
    return ([lines[0], *above], items) if items else None


def _kept_item(new_item: list[str], old_item: list[str]) -> list[str]:
    new_value, old_value = _item_value(new_item), _item_value(old_item)
    if new_value is None or old_value is None or new_item == old_item:
        return new_item
    if leading_spaces(new_item[0]) != leading_spaces(old_item[0]):  # the list set back in the file's style, or not
        return new_item
    if new_value == old_value:  # the whole item, where its comments stayed with it
        comments = _comments_of(new_item)
        return old_item if comments is not None and comments == _comments_of(old_item) else new_item
    if not isinstance(new_value, dict) or not isinstance(old_value, dict):
        return new_item
    key_column = _item_key_column(new_item[0])
    if key_column is None or key_column != _item_key_column(old_item[0]):
        return new_item
    unchanged = [key for key, value in new_value.items() if key in old_value and old_value[key] == value]
    return keep_indentation("".join(new_item), key_column, like="".join(old_item), unchanged=unchanged).splitlines(
        keepends=True
    )


def _comments_of(lines: list[str]) -> list[str] | None:
    comments = _line_comments("".join(lines))
    return None if comments is None else [comment for comment in comments if comment]


def _item_key_column(dash_line: str) -> int | None:
    after_dash = dash_line.lstrip(" ")[1:]
    key_column = len(dash_line) - len(after_dash.lstrip(" "))
    return key_column if _KEY.match(dash_line, key_column) else None


def _item_value(item: list[str]) -> object:
    """What one list item reads as (None when it cannot be read alone: an alias to an anchor elsewhere)."""
    try:
        document = yaml.load("item:\n" + "".join(item), Loader=DatesAsWritten)
    except yaml.YAMLError:
        return None
    value = document.get("item") if isinstance(document, dict) else None
    return value[0] if isinstance(value, list) and len(value) == 1 else None


def _joined(fields: list[list[str]]) -> list[str]:
    return [line for lines in fields for line in lines]


def _fields(entry_text: str, key_column: int) -> list[_Field] | None:
    """The entry's fields in order, or None when a key is not written plainly at ``key_column``."""
    fields: list[_Field] = []
    for number, line in enumerate(entry_text.splitlines()):
        line = line.rstrip("\r") + "\n"
        starts_field = number == 0 or (
            line.strip() and leading_spaces(line) == key_column and line[key_column] not in "#-"
        )
        if not starts_field:
            if not fields:
                return None
            fields[-1].lines.append(line)
            continue
        match = _KEY.match(line, key_column)
        if match is None or (number == 0 and line[:key_column].strip() != "-"):
            return None
        head: list[str] = []
        while (
            fields
            and _above_a_key(fields[-1].lines[-1], key_column)
            and len(fields[-1].lines) > 1
            and not (fields[-1].lines[-1].strip() == "" and _keeps_final_breaks(fields[-1].lines[0], key_column))
        ):
            head.insert(0, fields[-1].lines.pop())
        fields.append(_Field(match.group(1), head, [line]))
    keys = [field.key for field in fields]
    return fields if len(set(keys)) == len(keys) else None


# a block text kept with its final line breaks ('summary: |+', '>2+'): the blank lines below it are its own
_KEPT_BLOCK = re.compile(r"[A-Za-z_][\w-]*[ \t]*:[ \t]+[|>][0-9]?\+[0-9]?(?:[ \t]|$)")


def _keeps_final_breaks(key_line: str, key_column: int) -> bool:
    """Whether a field's key line opens a block text that keeps its final line breaks ('|+'): its blank lines
    are no gap above the next key (moved there, a key inserted between them had them twice)."""
    return bool(_KEPT_BLOCK.match(key_line, key_column))


def _above_a_key(line: str, key_column: int) -> bool:
    """A blank line, or a comment line no deeper than the keys: it stands above the next key."""
    return not line.strip() or (line.lstrip(" ").startswith("#") and leading_spaces(line) <= key_column)


def _field_comments(fields: list[_Field]) -> list[list[str]] | None:
    """The comment each line of each field ends with ('' for none), None when the entry does not scan."""
    comments = _line_comments("".join(_joined([field.text for field in fields])))
    if comments is None:
        return None
    by_field: list[list[str]] = []
    at = 0
    for field in fields:
        by_field.append(comments[at : at + len(field.text)])
        at += len(field.text)
    return by_field


def _line_comments(entry_text: str) -> list[str] | None:
    """The comment each line of the entry ends with ('' for none): what follows its last token."""
    lines = entry_text.split("\n")
    reached = [0] * len(lines)  # per line: the column its tokens reach
    try:
        tokens = list(yaml.scan("claims:\n" + entry_text, Loader=SAFE_LOADER))
    except yaml.YAMLError:
        return None
    for token in tokens:
        start, end = token.start_mark, token.end_mark
        first, last = start.line - 1, min(end.line - 1, len(lines) - 1)
        if first < 0:
            continue  # the 'claims:' line added above
        if last == first:
            reached[first] = max(reached[first], end.column)
            continue
        if isinstance(token, yaml.ScalarToken) and token.style in ("|", ">"):
            header = BLOCK_SCALAR_HEADER.match(lines[first], start.column)  # a comment after '|' is its line's
            reached[first] = max(reached[first], header.end() if header else len(lines[first]))
        else:
            reached[first] = len(lines[first])
        for middle in range(first + 1, last):
            reached[middle] = len(lines[middle])
        reached[last] = max(reached[last], end.column)
    found = []
    for line, column in zip(lines, reached, strict=True):
        rest = line[column:].strip()
        found.append(rest if rest.startswith("#") else "")
    return found[:-1] if entry_text.endswith("\n") else found


_ListStyle = tuple[int, int]  # a block list's dashes: columns right of its key, spaces after the dash


def _list_style(lines: list[str], key_column: int) -> _ListStyle | None:
    """Where a field's block list puts its dashes and items (None: not a block list)."""
    key_line = lines[0]
    value = key_line[key_line.index(":", key_column) + 1 :].strip()
    if value and not value.startswith("#"):
        return None
    items = [line for line in lines[1:] if line.strip() and not line.lstrip().startswith("#")]
    if not items or not items[0].lstrip().startswith("-") or not items[0].strip()[1:].strip():
        return None
    dash = leading_spaces(items[0])
    dash_lines = [line for line in items if leading_spaces(line) == dash and line[dash] == "-"]
    # ruamel writes an alias item '- *x' whatever its list's style ('-   one'): the list's style is its other items'
    line = next((line for line in dash_lines if line.strip()[1:].lstrip(" ")[:1] not in ("", "*")), items[0])
    after_dash = line.strip()[1:]
    return dash - key_column, len(after_dash) - len(after_dash.lstrip(" "))


def _restyle_list(lines: list[str], key_column: int, wanted: _ListStyle | None) -> list[str]:
    """A field's lines with its block list's dashes and items placed in the ``wanted`` style."""
    style = _list_style(lines, key_column)
    if style is None or wanted is None or style == wanted:
        return lines
    dash, to_dash = key_column + style[0], wanted[0] - style[0]
    item, to_item = dash + 1 + style[1], (wanted[0] + wanted[1]) - (style[0] + style[1])
    moved = [lines[0]]
    for line in lines[1:]:
        indent = leading_spaces(line)
        if not line.strip():
            pass
        elif indent == dash and line[dash] == "-":  # an item's dash line
            line = " " * (dash + to_dash) + "-" + " " * wanted[1] + line[dash + 1 :].lstrip(" ")
        elif indent >= item:  # the item's own lines below its dash
            line = " " * (indent + to_item) + line[indent:]
        elif indent >= dash:  # a comment between the items
            line = " " * (indent + to_dash) + line[indent:]
        moved.append(line)
    return moved


def _reads_the_same(a: str, b: str) -> bool:
    if a == b:  # most new entries, restyled like the last: nothing to parse
        return True
    try:
        return bool(
            yaml.load(f"claims:\n{a}", Loader=DatesAsWritten) == yaml.load(f"claims:\n{b}", Loader=DatesAsWritten)
        )
    except yaml.YAMLError:
        return False
