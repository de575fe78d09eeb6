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
Here the dumped entry is cut into its fields (a field: its key line and the lines below it, up
to the next key at the entry's key column), and

* a field whose value did not change gets its own lines back, as they were written, when they
  differ from the dump only in spaces and line breaks;
* a changed or new list is indented as that field's list was, else as the entry's (or, for a new
  entry, the file's last entry's) other lists are.

Anything unexpected (a key not written plainly, a result that would read differently) leaves
the dumped text as it was: this only ever changes whitespace, never a value.
"""

from __future__ import annotations

import re
from collections.abc import Collection

import yaml

from .layout import leading_spaces
from .yamltree import SAFE_LOADER

_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)")
_Field = tuple[str, list[str]]  # a key and its lines (each ending in "\n")


def keep_indentation(new_text: str, key_column: int, *, like: str, unchanged: Collection[str] = ()) -> str:
    """``new_text`` (one entry as dumped, keys at ``key_column``) with the nested lists and the
    ``unchanged`` fields indented as ``like`` (the entry before the change, or another entry of
    the same file, with its keys at the same column) has them."""
    new_fields, old_fields = _fields(new_text, key_column), _fields(like, key_column)
    if new_fields is None or old_fields is None:
        return new_text
    old = dict(old_fields)
    styles = {key: _list_style(lines, key_column) for key, lines in old_fields}
    usual = next((style for style in styles.values() if style is not None), None)
    out: list[str] = []
    for key, lines in new_fields:
        if key in unchanged and key in old and _same_but_indentation(lines, old[key]):
            out += old[key]
            continue
        wanted = styles.get(key)
        out += _restyle_list(lines, key_column, usual if wanted is None else wanted)
    result = "".join(out)
    if result == new_text or not _reads_the_same(result, new_text):
        return new_text
    return result


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
            fields[-1][1].append(line)
            continue
        match = _KEY.match(line, key_column)
        if match is None or (number == 0 and line[:key_column].strip() != "-"):
            return None
        fields.append((match.group(1), [line]))
    keys = [key for key, _ in fields]
    return fields if len(set(keys)) == len(keys) else None


_ListStyle = tuple[int, int]  # a block list's dashes: columns right of its key, spaces after the dash


def _list_style(lines: list[str], key_column: int) -> _ListStyle | None:
    """Where a field's block list puts its dashes and items (None: not a block list)."""
    key_line = lines[0]
    value = key_line[key_line.index(":", key_column) + 1 :].strip()
    if value and not value.startswith("#"):
        return None
    for line in lines[1:]:
        content = line.strip()
        if content and not content.startswith("#"):
            after_dash = content[1:]
            if not content.startswith("-") or not after_dash.strip():
                return None
            return leading_spaces(line) - key_column, len(after_dash) - len(after_dash.lstrip(" "))
    return None


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


def _same_but_indentation(a: list[str], b: list[str]) -> bool:
    # Spaces inside a line count too: ruamel keeps an end-of-line comment at its column, which
    # is off once the line is indented differently.  So do line breaks and the spaces of a flow
    # list: ruamel joins a plain text written over two lines and writes '[ a,b ]' as '[a, b]'.
    # (A value that reads otherwise is caught by ``_reads_the_same``; comments keep their words.)
    return "".join("".join(a).split()) == "".join("".join(b).split())


def _reads_the_same(a: str, b: str) -> bool:
    try:
        return bool(yaml.load("claims:\n" + a, Loader=SAFE_LOADER) == yaml.load("claims:\n" + b, Loader=SAFE_LOADER))
    except yaml.YAMLError:
        return False
