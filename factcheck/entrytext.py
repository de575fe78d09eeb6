"""A new claim's entry written without ruamel.yaml, byte for byte as ``roundtrip.dump_entry`` writes it.

Writing each claim through ruamel's round trip (represent, serialize, emit) was most of the time of importing
thousands of fact-checks (cProfile: 27 s of 45 for 3,000 DataFeed records).  A new claim has no comment, anchor or
style of its own: only the style ``roundtrip.styled`` gives each text.  For the texts that are plain cases here, the
entry is written directly, in the very layout ruamel gives it (its dash at ``dash_column``, its keys at
``key_column``, a nested list's dash at its key's column plus ``dash_column``, its items at the key's column plus
the entry's key column, a block text's lines two columns right of its key).  Anything else -- a text ruamel might
write in another style or wrap (a long one, one with a character written as an escape, a line break in a list's
item) -- returns None, and ``roundtrip.dump_entry`` writes the entry as before.

tests/test_entrytext.py checks, on generated claims, files' styles and columns, that every entry written here is
the one ruamel writes; ``editing`` reads the whole changed file back before writing it, as for any change.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from ruamel.yaml.emitter import Emitter
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)

from .roundtrip import NO_STYLES, WrittenStyles, plain_by_its_characters, styled

__all__ = ["quick_entry"]

#: no text longer than this is written here: ruamel breaks a line past its width (4,096 columns)
MAX_QUICK_CHARS = 1500
#: nor at columns past this (a file indented so deep is no plain case)
MAX_QUICK_COLUMN = 40

# The characters ruamel writes as they are (allow_unicode, as YAML(typ="rt") has it): printable ASCII and the
# printable rest of Unicode, less U+2028/U+2029 (line breaks to YAML) and U+FEFF (a byte order mark).
_AS_IS = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]*")
_AS_IS_LINES = re.compile("[\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]*")

_STR_TAG = "tag:yaml.org,2002:str"
_RESOLVER = VersionedResolver()
#: ruamel's own judgement of a text (``analyze_scalar``) for the texts the patterns above do not settle: an emitter
#: that writes nothing, of YAML no version names (as ``roundtrip._yaml``'s)
_ANALYST = Emitter(io.StringIO(), allow_unicode=True)
# its YAML version is read through its ``serializer``, which an emitter without a dumper is itself
_ANALYST.use_version = None  # type: ignore[attr-defined]


@lru_cache(maxsize=8192)
def _resolves_as_text(value: str) -> bool:
    """Whether ruamel (YAML 1.2, which writes the entry) reads ``value`` plain as a text; when not ('0o17'), it
    quotes it."""
    return bool(_RESOLVER.resolve(ScalarNode, value, (True, False)) == _STR_TAG)


def _one_line(value: str, *, flow: bool) -> str | None:
    """``value`` (as ``styled`` styled it) on one line, as ruamel writes it; None when not a plain case."""
    if len(value) > MAX_QUICK_CHARS or not _AS_IS.fullmatch(value):
        return None
    kind = type(value)
    if kind is DoubleQuotedScalarString:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if kind is SingleQuotedScalarString:
        return "'" + value.replace("'", "''") + "'"
    if kind is str:
        if plain_by_its_characters(value, flow=flow) and _resolves_as_text(value):
            return value
        if _written_plain(value, flow=flow):
            return value
    return None


@lru_cache(maxsize=8192)
def _written_plain(value: str, *, flow: bool) -> bool:
    """Whether ruamel writes ``value`` (a one-line text) plain: as its emitter chooses (``choose_scalar_style``)
    for a value of a mapping or an item of a list, not a key, when YAML 1.2 reads it as text."""
    if not _resolves_as_text(value):
        return False
    analysis = _ANALYST.analyze_scalar(value)
    return bool(not analysis.multiline and (analysis.allow_flow_plain if flow else analysis.allow_block_plain))


def _block_text(value: str, column: int) -> list[str] | None:
    """The lines of a folded (``>-``) or literal (``|-``) text whose lines start at ``column``; None when not a
    plain case.  ``styled`` makes either of a stripped text only, with no tab and no line starting with a space."""
    if len(value) > MAX_QUICK_CHARS or not value or value != value.strip():
        return None
    indent = " " * column
    if type(value) is FoldedScalarString:
        if not _AS_IS.fullmatch(value) or "  " in value:
            return None
        positions = [p for p in getattr(value, "fold_pos", []) if value[p] == " " and p > 0 and value[p - 1] != " "]
        pieces, start = [], 0
        for position in sorted(set(positions)):
            pieces.append(value[start:position])
            start = position + 1
        pieces.append(value[start:])
        if any(not piece for piece in pieces):
            return None
        return [">-", *(indent + piece for piece in pieces)]
    if type(value) is LiteralScalarString:
        if not _AS_IS_LINES.fullmatch(value):
            return None
        lines = value.split("\n")
        if any(line != line.strip() for line in lines):
            return None
        return ["|-", *(indent + line if line else "" for line in lines)]
    return None


def _mapping(
    lines: list[str], data: Mapping[str, Any], first: str, column: int, dash: int, item: int, styles: WrittenStyles
) -> bool:
    """Append the lines of ``data``, a claim or a source, its keys at ``column`` (the first after ``first``, its
    list's dash); ``dash``, ``item``: a nested list's dash and items right of its key's column."""
    lead = first
    for key, value in data.items():
        prefix = lead + key + ":"
        lead = " " * column
        if isinstance(value, str):
            text = styled(value, key, quoting=styles.quoting.get(key))
            written = _one_line(text, flow=False)
            if written is not None:
                lines.append(prefix + " " + written)
                continue
            block = _block_text(text, column + 2)
            if block is None:
                return False
            lines.append(prefix + " " + block[0])
            lines.extend(block[1:])
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            lines.append(prefix)
            for source in value:
                if not _mapping(
                    lines,
                    source,
                    " " * (column + dash) + "-" + " " * (item - dash - 1),
                    column + item,
                    dash,
                    item,
                    styles,
                ):
                    return False
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            flow = styles.flow.get(key, key == "tags")
            items = [_one_line(styled(v, flow=flow, quoting=styles.quoting.get(key)), flow=flow) for v in value]
            if any(written is None for written in items):
                return False
            if flow:
                line = prefix + " [" + ", ".join(items) + "]"  # type: ignore[arg-type]
                if len(line) > MAX_QUICK_CHARS:
                    return False
                lines.append(line)
            else:
                lines.append(prefix)
                lines.extend(" " * (column + dash) + "-" + " " * (item - dash - 1) + str(v) for v in items)
        else:
            return False
    return True


def quick_entry(
    data: Mapping[str, Any], *, dash_column: int, key_column: int, styles: WrittenStyles | None = None
) -> str | None:
    """The entry of ``data`` (a claim's ``to_dict``) as ``dump_entry(styled_mapping(data, styles), ...)`` writes
    it, or None when it is no plain case (``dump_entry`` then writes it)."""
    if not 0 <= dash_column < key_column or max(dash_column, key_column) > MAX_QUICK_COLUMN:
        return None
    item = max(key_column, dash_column + 2)  # as ``roundtrip._yaml`` sets ruamel's sequence indent
    if item != key_column:
        return None
    lines: list[str] = []
    first = " " * dash_column + "-" + " " * (item - dash_column - 1)
    if not _mapping(lines, data, first, item, dash_column, item, styles or NO_STYLES):
        return None
    return "\n".join(lines) + "\n"
