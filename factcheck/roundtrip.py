"""Writing one claim entry with ruamel.yaml's round-trip mode, keeping what a person wrote.

An entry is loaded alone (its own lines of the claims file, under a ``claims:`` key), changed
field by field, and dumped back; ``layout.py`` splices the result into the file, so nothing
outside the entry is ever re-serialised.  Within the entry, untouched fields keep their
quoting, style and comments, because only the changed nodes are replaced.

Two pitfalls are handled here:

* ruamel speaks YAML 1.2 but the reader (PyYAML) speaks 1.1, where ``no``, ``on``, ``1_000``,
  ``2025-02-20`` or ``=`` are not strings.  Every new value is styled by ``styled`` so that
  the 1.1 reader gets back the very same string.
* ruamel stores a comment that stands above a key or list item on the node *before* it.
  Removing or inserting a node naively would move such comments to the wrong neighbour or
  lose them; ``remove_key``, ``insert_key``, ``remove_item`` and ``append_item`` move them
  so that each comment stays with the node below it.
"""

from __future__ import annotations

import dataclasses
import difflib
import io
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as _field
from functools import lru_cache
from typing import Any, Literal

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.anchor import Anchor
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.emitter import RoundTripEmitter
from ruamel.yaml.error import CommentMark, YAMLError
from ruamel.yaml.events import AliasEvent, MappingEndEvent
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.parser import RoundTripParser
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    PlainScalarString,
    ScalarString,
    SingleQuotedScalarString,
)
from ruamel.yaml.scanner import RoundTripScanner
from ruamel.yaml.serializer import Serializer
from ruamel.yaml.tokens import (
    AliasToken,
    CommentToken,
    FlowMappingEndToken,
    FlowMappingStartToken,
    FlowSequenceEndToken,
    FlowSequenceStartToken,
)

from .errors import YAML_LINE_BREAK_KEPT, Advice, EditorLines, LocatedError, Location
from .inputfiles import TEXT_LINE_BREAK
from .yamltree import BLOCK_SCALAR_HEADER, SAFE_LOADER, TAB_PROBLEM, DatesAsWritten, is_tab_at

#: fields written in double quotes whatever their value, as the starter file does
ALWAYS_QUOTED = frozenset({"verdict", "checked", "date", "quote"})
#: fields whose long single-line values are folded (``>-``) over several lines
FOLDED_FIELDS = frozenset({"summary", "note"})
#: fold long text at about this many characters (the starter file's style)
FOLD_WIDTH = 100

_RESOLVER = yaml.resolver.Resolver()
# The reader uses libyaml when present, else PyYAML's own parser; they differ on a few plain
# scalars (libyaml reads ``[0?]``, the pure-Python parser rejects it), so ask both.
_LOADERS: tuple[type, ...] = (yaml.SafeLoader,) + ((yaml.CSafeLoader,) if hasattr(yaml, "CSafeLoader") else ())
# Characters a block scalar cannot carry (they need escapes in double quotes).
_NEEDS_ESCAPE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udfff]")


class EntryFormatError(LocatedError):
    """An entry cannot be loaded on its own for editing (e.g. it uses an alias defined elsewhere);
    ``location`` is where in the file, when known."""


#: a tab inside a text without quotes: libyaml (validate) reads it, ruamel (an edit with options) does not,
#: and no 'indent with spaces' applies to it; the same advice as validate's warning
_TAB_IN_PLAIN_TEXT = Advice(
    "a tab in a text without quotes, which {edit_with_options} cannot change{editor_can}; "
    'put the text in double quotes, the tab written \\t ("a\\tb"), or make the tab a space, then try again',
    {"edit_with_options": "update_claim", "editor_can": ""},
)


# -- scalar styles ----------------------------------------------------------------------------


def reads_as_text(value: str) -> bool:
    """True when PyYAML (YAML 1.1, the reader) reads ``value`` written plain as a string."""
    resolved: str = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    return resolved == "tag:yaml.org,2002:str"


def styled(value: str, field: str = "", *, flow: bool = False, quoting: Quoting | None = None) -> str:
    """``value`` wrapped in the ruamel string type that writes it so PyYAML reads it back exactly.

    Multi-line text becomes a literal block when it safely can, long summaries a folded block,
    verdicts/dates/quotes are double-quoted, and so is anything YAML 1.1 would not read back
    as this string written plain (``no``, ``1.0``, ``2025-02-20``, ``~``, ``a: b``; in a flow
    list ``[...]`` also ``0?``).  Everything else is written plain.

    ``quoting``: how the file writes this field's one-line texts (``written_styles``), followed
    instead of the rules above where the value can be written so: a file writing 'verdict:
    mostly-true' gets 'verdict: misleading', but still 'verdict: "true"' (plain, a boolean).
    """
    quoted: str = DoubleQuotedScalarString(value)
    if _NEEDS_ESCAPE.search(value) or "\r" in value or "\x85" in value:
        return quoted
    if "\n" in value:
        literal: str = LiteralScalarString(value)
        return literal if not flow and _literal_is_exact(value) else quoted
    if quoting == "single":
        single: str = SingleQuotedScalarString(value)
        return single
    if quoting == "double":
        return quoted
    if (field in ALWAYS_QUOTED and quoting != "plain") or not reads_as_text(value):
        return quoted
    if not flow and field in FOLDED_FIELDS and len(value) > FOLD_WIDTH and _foldable(value):
        folded = FoldedScalarString(value)
        folded.fold_pos = _fold_positions(value, FOLD_WIDTH)
        result: str = folded
        return result
    return value if _plain_reads_back(value, flow=flow) else quoted


# Text that any YAML reader takes back plain once it resolves as a string (not "yes", "1.0"): a
# word character first and last, and between them only word characters, single spaces and
# punctuation that means nothing in a plain scalar (no ": ", " #", quotes at the start, flow
# indicators).  Most claims, titles and names are such text; asking the parser about each was a
# third of the time of importing thousands of claims.  Checked against the parser on 300,000
# random strings of YAML's special characters, without a disagreement.
_PLAIN_BLOCK = re.compile(r"[^\W_](?:[\w ,.'’()/%$&+-]*[\w.)%’'])?")
_PLAIN_FLOW = re.compile(r"[^\W_](?:[\w .'’()/%$&+-]*[\w.)%’'])?")
# A web address written in a block: a scheme, then nothing a plain scalar cannot hold (a ':' or a '#' is
# text there with no space beside it; not last: 'k: http://x:' is a mapping).  Every source has one, and
# each asked the parser twice: importing 21,000 fact-checks spent a tenth of its time on their 63,000
# addresses.  Checked against the parser on 300,000 random addresses of YAML's special characters.
_PLAIN_URL = re.compile(r"https?://[\w.~/%+=&?#@:;!$*,()'-]*[\w.~/%+=&?#@;!$*,()'-]")


@lru_cache(maxsize=8192)
def _plain_reads_back(value: str, *, flow: bool) -> bool:
    """Whether ``value`` written plain comes back unchanged: plainly safe text at once, anything
    else by asking the reader's own parser (ruamel follows YAML 1.2, which allows a few plain
    scalars that PyYAML rejects)."""
    if plain_by_its_characters(value, flow=flow) and reads_as_text(value):
        return True
    # ': ' ends a plain text (a key's), ' #' too (a comment): no parser reads such a text back plain, and each
    # asked (a page's title, "Fact check: ...") was a tenth of the time of importing 3,000 fact-checks (cProfile)
    if ": " in value or " #" in value:
        return False
    return parser_reads_back(value, flow=flow)


def plain_by_its_characters(value: str, *, flow: bool) -> bool:
    """Whether ``value`` is plainly safe to write plain by its characters alone (``_PLAIN_BLOCK``, ``_PLAIN_FLOW``,
    ``_PLAIN_URL``), when a YAML reader resolves it as a text: the shortcut of ``_plain_reads_back`` (PyYAML's
    reading) and of ``entrytext`` (ruamel's writing)."""
    if not flow and _PLAIN_URL.fullmatch(value):
        return True
    return (_PLAIN_FLOW if flow else _PLAIN_BLOCK).fullmatch(value) is not None and "  " not in value


def parser_reads_back(value: str, *, flow: bool) -> bool:
    """``_plain_reads_back`` without its shortcut: each reader's parser asked."""
    document = f"[{value}]" if flow else f"k: {value}"
    expected = [value] if flow else {"k": value}
    for loader in _LOADERS:
        try:
            if yaml.load(document, Loader=loader) != expected:
                return False
        # "[[[[...": PyYAML's parser recurses once for each bracket; ValueError: '2026-13-45', a date that is none
        except (yaml.YAMLError, RecursionError, ValueError):
            return False
    return True


def _literal_is_exact(value: str) -> bool:
    # A literal block keeps text verbatim except leading/trailing blank lines and spaces that
    # the indentation rules would swallow; those (and tabs, which editors mangle) go in quotes.
    if value != value.strip() or "\t" in value:
        return False
    return all(line == line.rstrip() and not line.startswith(" ") for line in value.split("\n"))


def _foldable(value: str) -> bool:
    return value == value.strip() and "  " not in value and "\t" not in value


def _fold_positions(value: str, width: int) -> list[int]:
    """Indexes of the spaces to break at so that no line is much longer than ``width``."""
    positions: list[int] = []
    line_start = 0
    last_space = -1
    for index, char in enumerate(value):
        if char == " ":
            if index - line_start > width and last_space > line_start:
                positions.append(last_space)
                line_start = last_space + 1
            last_space = index
    if len(value) - line_start > width and last_space > line_start:
        positions.append(last_space)
    return positions


def styled_list(values: Sequence[str], *, flow: bool, quoting: Quoting | None = None) -> CommentedSeq:
    seq = CommentedSeq(styled(v, flow=flow, quoting=quoting) for v in values)
    if flow:
        seq.fa.set_flow_style()
    else:
        seq.fa.set_block_style()
    return seq


def styled_mapping(data: dict[str, Any], styles: WrittenStyles | None = None) -> CommentedMap:
    """A new mapping (a claim or a source) with every value styled (as the file writes it: ``styles``)."""
    node = CommentedMap()
    for key, value in data.items():
        node[key] = styled_value(key, value, styles)
    return node


def styled_value(key: str, value: Any, styles: WrittenStyles | None = None) -> Any:
    styles = styles or NO_STYLES
    if isinstance(value, str):
        return styled(value, key, quoting=styles.quoting.get(key))
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            seq = CommentedSeq(styled_mapping(item, styles) for item in value)
            seq.fa.set_block_style()
            return seq
        flow = styles.flow.get(key, key == "tags")
        return styled_list(value, flow=flow, quoting=styles.quoting.get(key))
    raise TypeError(f"cannot write {type(value).__name__} for {key!r}")  # pragma: no cover - model guarantees


# -- the file's own style ----------------------------------------------------------------------

#: how a one-line text is written: without quotes, in single or in double quotes
Quoting = Literal["plain", "single", "double"]
_QUOTING_OF_STYLE: dict[str | None, Quoting] = {
    None: "plain",
    "": "plain",
    "'": "single",
    '"': "double",
}  # '': libyaml's plain


@dataclass(frozen=True)
class WrittenStyles:
    """How a claims file writes its fields, where all its entries write one alike.

    ``quoting``: a field (a claim's or a source's key; for ``tags`` and ``aliases``, their items) whose
    one-line texts are all written plain, all in single or all in double quotes.  ``flow``: a list
    field written in flow style (``[a, b]``) in every entry that has it, or in block style in every one."""

    quoting: Mapping[str, Quoting] = _field(default_factory=dict)
    flow: Mapping[str, bool] = _field(default_factory=dict)

    def beyond_defaults(self) -> WrittenStyles:
        """Only the styles ``styled`` does not follow anyway (a new entry is written the same without the others)."""
        return WrittenStyles(
            {k: q for k, q in self.quoting.items() if q != ("double" if k in ALWAYS_QUOTED else "plain")},
            {k: flow for k, flow in self.flow.items() if flow != (k == "tags")},
        )

    def __bool__(self) -> bool:
        return bool(self.quoting or self.flow)


NO_STYLES = WrittenStyles()


def written_styles(entries_text: str) -> WrittenStyles:
    """The ``WrittenStyles`` of ``entries_text``: entries of a claims file (their lines, as the file has
    them), none when it cannot be read alone (an alias of an anchor elsewhere)."""
    try:
        root = yaml.compose("claims:\n" + entries_text, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        return NO_STYLES
    quotings: dict[str, set[Quoting | None]] = {}
    flows: dict[str, set[bool]] = {}
    for entry in root.value[0][1].value if isinstance(root, yaml.MappingNode) else []:
        for name, value in entry.value if isinstance(entry, yaml.MappingNode) else []:
            _note_style(name.value, value, quotings, flows)
            if name.value == "sources" and isinstance(value, yaml.SequenceNode):
                for source in value.value:
                    for key, item in source.value if isinstance(source, yaml.MappingNode) else []:
                        _note_style(key.value, item, quotings, flows)
    # a field written one way throughout; a style no new text takes (None) is no habit to follow
    quoting: dict[str, Quoting] = {
        key: only for key, (only, *others) in quotings.items() if not others and only is not None
    }
    return WrittenStyles(quoting, {key: only for key, (only, *others) in flows.items() if not others})


def _note_style(
    key: str, value: yaml.Node, quotings: dict[str, set[Quoting | None]], flows: dict[str, set[bool]]
) -> None:
    """Add the style ``value`` is written in to those seen for ``key`` (None: a style no new text takes)."""
    if isinstance(value, yaml.SequenceNode) and key != "sources":
        if value.value:
            flows.setdefault(key, set()).add(bool(value.flow_style))
        for item in value.value:
            _note_style(key, item, quotings, flows)
    elif isinstance(value, yaml.ScalarNode) and value.tag == "tag:yaml.org,2002:str" and value.value:
        one_line = value.start_mark.line == value.end_mark.line
        quotings.setdefault(key, set()).add(_QUOTING_OF_STYLE.get(value.style) if one_line else None)


# -- loading and dumping one entry -------------------------------------------------------------


class WrittenNull:
    """A null as the file spells it (``~``, ``null``, ``Null``, ``NULL`` or nothing).

    ruamel loads each as None and writes None back as nothing in a block (``- ~`` became ``-``,
    ``summary: null`` ``summary:``) and as ``null`` in a flow list (``[~, x]`` became ``[null, x]``):
    an edit of another field rewrote these lines.  Loaded as this, a null is written as it was read."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"WrittenNull({self.text!r})"


# -- an alias with comments of its own -----------------------------------------------------------
#
# ruamel composes an alias ('- *a0') as the very node of its anchor's value ('claim: &a0 Tacos') and
# keeps comments on nodes: the alias item was loaded with the comment lines below the anchor's value
# ('# verdict, next'), and dumped with them merged into that node, so they were written at one of
# the two places or both.  Its own comment lines ('- *a0', '# next') were held as the next item's
# (or the list's end), where the functions below that move comments with their node do not look: an
# edit of the list dropped them.  Each use of an anchor is composed (and represented, to dump it)
# here as a node of its own that stands for the anchor's and holds the alias's comments, as a
# scalar item holds its own; the alias is written back as an alias, with them.


class _ScalarUse(ScalarNode):
    __slots__ = ("target",)


class _SequenceUse(SequenceNode):
    __slots__ = ("target",)


class _MappingUse(MappingNode):
    __slots__ = ("target",)


_USE_OF: dict[type, type] = {ScalarNode: _ScalarUse, SequenceNode: _SequenceUse, MappingNode: _MappingUse}


def _alias_use(node: Node, comment: Any) -> Node:
    """A node standing for ``node`` where an alias uses it, with the alias's ``comment``."""
    node = _target(node)
    use: Any = object.__new__(_USE_OF[type(node)])
    for kind in type(node).__mro__:
        for slot in getattr(kind, "__slots__", ()):
            if hasattr(node, slot):
                setattr(use, slot, getattr(node, slot))
    use.comment = comment
    use.target = node
    result: Node = use
    return result


def _target(node: Node) -> Node:
    """The node an alias's node stands for (``node`` itself when it is no alias's)."""
    target: Node = getattr(node, "target", node)
    return target


class _Scanner(RoundTripScanner):
    def get_token(self) -> Any:
        while self.need_more_tokens():
            self.fetch_more_tokens()
        self._gather_comments()
        if len(self.tokens) > 1 and isinstance(self.tokens[0], AliasToken) and isinstance(self.tokens[1], CommentToken):
            self._take_comment_after_alias()
        return super().get_token()

    def _take_comment_after_alias(self) -> None:
        """Give the alias first in the queue the comment after it, as ruamel gives a scalar its own."""
        alias = self.tokens[0]
        comment = self.tokens.pop(1)
        self.tokens_taken += 1
        lines_down = comment.start_mark.line - alias.end_mark.line
        if lines_down:
            comment.value = "\n" * lines_down + " " * comment.start_mark.column + comment.value
        self.fetch_more_tokens()
        while len(self.tokens) > 1 and isinstance(self.tokens[1], CommentToken):
            more = self.tokens.pop(1)
            self.tokens_taken += 1
            comment.value += " " * more.start_mark.column + more.value
            self.fetch_more_tokens()
        alias.add_post_comment(comment)


class _Parser(RoundTripParser):
    def parse_node(self, block: bool = False, indentless_sequence: bool = False) -> Any:
        if not self.scanner.check_token(AliasToken):
            return super().parse_node(block=block, indentless_sequence=indentless_sequence)
        token = self.scanner.get_token()
        self.state = self.states.pop()
        return AliasEvent(token.value, token.start_mark, token.end_mark, comment=token.comment)


class _Composer(Composer):
    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        if not isinstance(event, AliasEvent) or event.anchor not in self.anchors:
            return super().compose_node(parent, index)
        self.parser.get_event()
        use = _alias_use(self.anchors[event.anchor], event.comment)
        use.start_mark, use.end_mark = event.start_mark, event.end_mark
        return use


class _Serializer(Serializer):
    def anchor_node(self, node: Any) -> None:
        super().anchor_node(_target(node))

    def serialize_node(self, node: Any, parent: Any, index: Any) -> None:
        target = _target(node)
        if target is node or target not in self.serialized_nodes:
            super().serialize_node(target, parent, index)
            return
        self.emitter.emit(AliasEvent(self.anchors[target], comment=node.comment))


class _WrittenDateThatIsNone(str):
    """A plain value YAML reads as a date that is none ('2026-13-45'), written back plain as it was."""

    __slots__ = ()


class _Constructor(RoundTripConstructor):
    def construct_object(self, node: Any, deep: bool = False) -> Any:
        return super().construct_object(_target(node), deep=deep)

    def construct_written_null(self, node: ScalarNode) -> WrittenNull:
        return WrittenNull(str(node.value))

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        # A plain value shaped like a date that is none ('checked: 2026-13-45') made ruamel raise
        # ValueError, a traceback out of 'edit'.  The file's reader reports it at its place; kept as the
        # text written, an edit of that field replaces it and an edit of another refuses with the error.
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return _WrittenDateThatIsNone(node.value)


_Constructor.add_constructor("tag:yaml.org,2002:null", _Constructor.construct_written_null)
_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)


class _Representer(RoundTripRepresenter):
    def represent_data(self, data: Any) -> Any:
        repeated = not self.ignore_aliases(data) and id(data) in self.represented_objects
        node = super().represent_data(data)
        return _alias_use(node, None) if repeated else node

    def represent_written_date(self, data: str) -> ScalarNode:
        # tagged as what YAML reads it as, so that it is written plain again (as text it would be quoted)
        node: ScalarNode = self.represent_scalar("tag:yaml.org,2002:timestamp", str(data))
        return node

    def represent_written_null(self, data: WrittenNull) -> ScalarNode:
        # an empty null where nothing can stand (in a flow list) is written 'null' by the emitter
        node: ScalarNode = self.represent_scalar("tag:yaml.org,2002:null", data.text)
        return node

    def represent_kept_final_breaks(self, data: LiteralScalarString | FoldedScalarString) -> ScalarNode:
        literal = isinstance(data, LiteralScalarString)
        node: ScalarNode = (
            self.represent_literal_scalarstring(data) if literal else self.represent_folded_scalarstring(data)
        )
        node.value = _KeepsFinalBreaks(node.value)
        return node


_Representer.add_representer(WrittenNull, _Representer.represent_written_null)
_Representer.add_representer(_WrittenDateThatIsNone, _Representer.represent_written_date)


class _Emitter(RoundTripEmitter):
    def determine_block_hints(self, text: Any) -> Any:
        hints, indent, indicator = super().determine_block_hints(text)
        if isinstance(text, _KeepsFinalBreaks) and text and indicator == "":  # one final break: '|+' as '|'
            return hints + "+", indent, "+"
        return hints, indent, indicator

    def expect_alias(self) -> None:
        super().expect_alias()
        if self.event.comment:
            self.write_post_comment(self.event)

    def expect_flow_mapping_key(self) -> None:
        comment = self.event.comment if isinstance(self.event, MappingEndEvent) else None
        super().expect_flow_mapping_key()
        if comment and comment[0]:
            # The comment ended the line.  ruamel (0.19) kept the state "just after a '- '" that a comment
            # on the list's key line set, and wrote the next item's keys on one line: 'sources:  # why' +
            # '- {url: x}  # eol' + '- url: y' + '  title: T' came out as '- url: y title: T', invalid.
            self.no_newline = False


@lru_cache(maxsize=8)
def _yaml(offset: int, sequence: int) -> YAML:
    # One instance per layout, reused: making a YAML() looks up its plugins on disk (glob), which
    # was a quarter of the time of importing thousands of claims, one entry dumped at a time.
    rt = YAML(typ="rt")
    rt.Constructor, rt.Representer, rt.Emitter = _Constructor, _Representer, _Emitter
    rt.Scanner, rt.Parser, rt.Composer, rt.Serializer = _Scanner, _Parser, _Composer, _Serializer
    rt.preserve_quotes = True
    rt.width = 4096  # never re-wrap a line a person wrote
    rt.indent(mapping=2, sequence=max(sequence, offset + 2), offset=offset)
    return rt


def _parsed_place(lines: EditorLines, line: int, column: int) -> tuple[int, int]:
    """The parser's (PyYAML's) 0-based line and column of ruamel's 0-based ``line`` and ``column`` in the text of
    ``lines``.  ruamel breaks lines only at "\n", "\r\n" and "\r", as an editor does, where PyYAML, whose lines the
    file's layout and its problems count, breaks them at a U+2028, U+2029 and U+0085 too: a place below one
    in an entry, said at ruamel's line, was a line up of the parser's (``EditorLines.parsed``).

    ``lines`` are an entry's own ``EditorLines(text)``, made once per entry, not ``EditorLines.of``: that keeps
    the one text read last, the file's, whose many places a message may still name."""
    parsed_line, parsed_column = lines.parsed(line + 1, column + 1)
    return parsed_line - 1, parsed_column - 1


def entry_places(entry_text: str) -> Callable[[int, int], tuple[int, int]]:
    """The parser's 0-based line and column of each place ruamel gives (``.lc``) in what ``load_entry`` loaded of
    ``entry_text`` (line 0: the 'claims:' it adds above); the entry's lines read once, for all its places."""
    lines = EditorLines("claims:\n" + entry_text)
    return lambda line, column: _parsed_place(lines, line, column)


def load_entry(entry_text: str, where: tuple[str, int] | None = None) -> CommentedMap:
    """Load the text of one ``- id: ...`` entry (as it stands in the file) for editing.

    ``where``: the file's name and the 1-based line of the entry's first line (the parser's, as the file's
    layout counts them), for messages: their places are the parser's lines too, for the caller to show."""
    document_text = "claims:\n" + entry_text
    try:
        document = _yaml(2, 4).load(_separating_tabs_as_spaces(document_text))
    except YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        mark = getattr(exc, "problem_mark", None)
        place = None
        line, column = (0, 0) if mark is None else _parsed_place(EditorLines(document_text), mark.line, mark.column)
        if where is not None and mark is not None and line >= 1:  # line 0 is the 'claims:' added above
            place = Location(where[0], where[1] + line - 1, column + 1)
        if mark is not None and is_tab_at(document_text, line, column):
            # libyaml, which reads the file, takes tabs that ruamel, which edits it, refuses.
            # The one fix is the user's: say it, at the tab's place, rather than "edit the file by hand"
            if _in_plain_text(document_text, line, column):
                raise EntryFormatError(_TAB_IN_PLAIN_TEXT, place) from None
            raise EntryFormatError(f"{TAB_PROBLEM}; replace it, then try again", place) from None
        message = f"this entry cannot be edited on its own ({problem}); edit the file by hand"
        raise EntryFormatError(message, place) from None
    entry = document["claims"][0] if isinstance(document, CommentedMap) else None
    if not isinstance(entry, CommentedMap):
        raise EntryFormatError("this entry is not a mapping of 'key: value' lines")
    _mark_kept_final_breaks(entry, TEXT_LINE_BREAK.split(document_text), {})  # ruamel's lines, its .lc's
    _keep_anchors(entry)
    # The comment after an entry written as one flow mapping ('- {id: a, ...}  # note') is the list's, not
    # the entry's: kept with the entry, so that dump_entry gives it back to the list it writes
    setattr(entry, _ITEM_COMMENT, document["claims"].ca.items.get(0))
    return entry


def comments_in_flow(entry_text: str) -> list[tuple[int, int, str]]:
    """(0-based line, 0-based column, text) of each comment of ``entry_text`` (as ``load_entry`` takes it)
    inside a flow list or mapping ('{url: x,' / '# c' / 'date: y}'): ruamel loads no such comment or writes
    none back, so that any change of the entry dropped it, whatever field changed.  A comment after the
    closing bracket is the line's, and kept; none is looked for in a text ruamel cannot read (``load_entry``
    says why)."""
    if "#" not in entry_text or not ("{" in entry_text or "[" in entry_text):
        return []
    document_text = "claims:\n" + entry_text
    starts: list[tuple[int, int]] = []
    spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
    comments: list[CommentToken] = []
    try:
        for token in _yaml(2, 4).scan(_separating_tabs_as_spaces(document_text)):
            comments += _comment_tokens(token) if isinstance(token, CommentToken) else _comment_tokens(token.comment)
            place = (token.start_mark.line, token.start_mark.column)
            if isinstance(token, (FlowMappingStartToken, FlowSequenceStartToken)):
                starts.append(place)
            elif isinstance(token, (FlowMappingEndToken, FlowSequenceEndToken)) and starts:
                spans.append((starts.pop(), place))
    except YAMLError:
        return []
    lines = EditorLines(document_text)
    found = {
        (line - 1, column, comment.value.strip())
        for comment in comments
        if any(start < (comment.start_mark.line, comment.start_mark.column) < end for start, end in spans)
        for line, column in [_parsed_place(lines, comment.start_mark.line, comment.start_mark.column)]
    }
    return sorted(found)


def _comment_tokens(held: Any) -> list[CommentToken]:
    """The comment tokens a token holds (its ``comment``: a token, or lists of them and None, nested)."""
    if isinstance(held, CommentToken):
        return [held]
    if isinstance(held, (list, tuple)):
        return [comment for item in held for comment in _comment_tokens(item)]
    return []


def _keep_anchors(node: Any) -> None:
    """Have each anchored list or mapping of ``node`` written with its anchor ('tags: &t' + a block list):
    ruamel loads a text's anchor to be written always, a list's or a mapping's only while an alias in
    what it writes uses it, so that a tag added dropped the anchor that other entries' aliases use."""
    children = node.values() if isinstance(node, CommentedMap) else node if isinstance(node, CommentedSeq) else ()
    for child in children:
        if isinstance(child, (CommentedMap, CommentedSeq)):
            anchor = getattr(child, Anchor.attrib, None)
            if anchor is not None and anchor.value is not None:
                child.yaml_set_anchor(anchor.value, always_dump=True)
            _keep_anchors(child)


# -- a block text that keeps its final line breaks ('|+') ---------------------------------------------
#
# ruamel tells a block text's header from its final line breaks: '|-' for none, '|+' for more than one, and '|'
# for one, so that a '|+' text ending in one line break (a text followed by the next key) was written back with
# '|' when it changed, and one ending the file without a line break with '|-' when anything of its entry did.
# Loaded as these, such a text is written with its '+' (``_Emitter.determine_block_hints``).


class _KeptLiteral(LiteralScalarString):
    __slots__ = ()


class _KeptFolded(FoldedScalarString):
    __slots__ = ()


class _KeepsFinalBreaks(str):
    """A represented ``_KeptLiteral`` or ``_KeptFolded``'s text, as the emitter gets it."""

    __slots__ = ()


#: a block text's header where its value starts (after an anchor or a tag)
_HEADER_AFTER_PROPERTIES = re.compile(r"(?:[&!]\S*[ \t]+)*([|>][-+0-9]*)")


def _mark_kept_final_breaks(node: Any, lines: list[str], kept: dict[int, Any]) -> None:
    """Make each block text of ``node`` whose header keeps its final line breaks ('|+', '>2+') a ``_KeptLiteral``
    or ``_KeptFolded``; ``lines`` are those ``node`` was loaded from.  ``kept``: those made, by the id of the
    text they stand for, so that an alias of it stays the very same object (written as an alias)."""
    places: list[tuple[Any, Any, Any]] = []  # (holder, key or index, position of the value)
    if isinstance(node, CommentedMap):
        places = [(node, key, node.lc.value(key)) for key in node]
    elif isinstance(node, CommentedSeq):
        places = [(node, index, node.lc.item(index)) for index in range(len(node))]
    for holder, key, (line, column) in places:
        value = holder[key]
        if not isinstance(value, (LiteralScalarString, FoldedScalarString)):
            _mark_kept_final_breaks(value, lines, kept)
        elif id(value) in kept:
            holder[key] = kept[id(value)]
        elif _header_keeps_final_breaks(lines, line, column):
            holder[key] = kept[id(value)] = _kept(value)


def _header_keeps_final_breaks(lines: list[str], line: int, column: int) -> bool:
    header = _HEADER_AFTER_PROPERTIES.match(lines[line], column) if 0 <= line < len(lines) else None
    return header is not None and "+" in header.group(1)


def _kept(value: Any) -> Any:
    new = (_KeptLiteral if isinstance(value, LiteralScalarString) else _KeptFolded)(str(value))
    for slot in ("fold_pos", "comment"):
        if hasattr(value, slot):
            setattr(new, slot, getattr(value, slot))
    anchor = value.yaml_anchor()
    if anchor is not None:
        new.yaml_set_anchor(anchor.value, always_dump=anchor.always_dump)
    return new


_Representer.add_representer(_KeptLiteral, _Representer.represent_kept_final_breaks)
_Representer.add_representer(_KeptFolded, _Representer.represent_kept_final_breaks)


#: where an entry loaded by ``load_entry`` keeps the comment its list held for it
_ITEM_COMMENT = "_factcheck_item_comment"


def _in_plain_text(text: str, line: int, column: int) -> bool:
    """Whether the 0-based ``line`` and ``column`` of ``text`` fall inside a text without quotes."""
    lines = YAML_LINE_BREAK_KEPT.split(text)[::2]
    try:
        tokens = list(yaml.scan(text, Loader=SAFE_LOADER))
    except yaml.YAMLError:
        return False
    return any(
        number == line and start <= column < stop
        for token in tokens
        if isinstance(token, yaml.ScalarToken) and token.plain
        for number, start, stop in _token_columns(token, lines)
    )


def _separating_tabs_as_spaces(text: str) -> str:
    """``text`` with each tab that only separates tokens (before an end-of-line comment, after 'key:',
    at a line's end, beside the line break of a plain text folded over two lines) made a space; tabs in
    values and comments stay.

    libyaml, which reads the claims file, takes such a tab, as YAML does; ruamel, which edits an entry,
    takes none in a block ("found character '\\t' that cannot start any token"), so 'verdict: "false"\\t# why'
    passed validate and every edit of its claim was refused.  One space for one tab leaves every
    line and column where it was, and the text means the same; the lines an edit does not change are
    given back as written (``keep_indentation``), tabs and all.  ``text`` itself when it cannot be read."""
    if "\t" not in text:
        return text
    parts = YAML_LINE_BREAK_KEPT.split(text)  # lines (even indexes) and their breaks, as the parser counts lines
    lines = parts[::2]
    covered: list[list[tuple[int, int]]] = [[] for _ in lines]  # per line: the columns its tokens cover
    try:
        for token in yaml.scan(text, Loader=SAFE_LOADER):
            for line, start, stop in _token_columns(token, lines):
                covered[line].append((start, stop))
    except yaml.YAMLError:
        return text
    parts[::2] = [_tabs_between_tokens(line, spans) for line, spans in zip(lines, covered, strict=True)]
    new_text = "".join(parts)
    try:
        same = yaml.load(new_text, Loader=DatesAsWritten) == yaml.load(text, Loader=DatesAsWritten)
    except yaml.YAMLError:  # a tab taken for a space that was more than one: the text as it was
        same = False
    return new_text if same else text


def _token_columns(token: yaml.Token, lines: list[str]) -> Iterator[tuple[int, int, int]]:
    """(line, first column, column past the last) of what ``token`` holds on each of its ``lines``."""
    start, end = token.start_mark, token.end_mark
    if start.line >= len(lines):
        return  # the end of a text without a final line break is marked on a line past its last
    last, last_stop = (end.line, end.column) if end.line < len(lines) else (len(lines) - 1, len(lines[-1]))
    if start.line == last:
        yield start.line, start.column, last_stop
        return
    if isinstance(token, yaml.ScalarToken) and token.plain:
        # a plain text over several lines folds the white space around its line breaks away: none of its value
        yield start.line, start.column, len(lines[start.line].rstrip(" \t"))
        for number in range(start.line + 1, last + 1):
            line = lines[number]
            yield number, len(line) - len(line.lstrip(" \t")), len(line.rstrip(" \t")) if number < last else last_stop
        return
    first_stop = len(lines[start.line])
    if isinstance(token, yaml.ScalarToken) and token.style in ("|", ">"):
        header = BLOCK_SCALAR_HEADER.match(lines[start.line], start.column)  # the comment after '|' is no value
        first_stop = header.end() if header else first_stop
    yield start.line, start.column, first_stop
    for number in range(start.line + 1, last):
        yield number, 0, len(lines[number])
    yield last, 0, last_stop


def _tabs_between_tokens(line: str, covered: list[tuple[int, int]]) -> str:
    """``line`` with its tabs outside ``covered`` and before a comment made spaces."""
    if "\t" not in line:
        return line
    inside = [False] * len(line)
    for start, end in covered:
        inside[start:end] = [True] * (min(end, len(line)) - start)
    chars = list(line)
    for column, char in enumerate(chars):
        if inside[column]:
            continue
        if char == "#":
            break  # a comment: its tabs are its own
        if char == "\t":
            chars[column] = " "
    return "".join(chars)


def dump_settings(settings: Mapping[str, str | Mapping[str, str]]) -> str:
    """Top-level settings of a new claims file ('publisher:' and its 'name:', 'base_url:', 'language:') as the
    YAML lines of the file's top, each text in double quotes, escaped as YAML escapes them: read back exactly
    whatever it holds (a URL's ':' or '#', a quote, a line break of Unicode's)."""
    document = CommentedMap()
    for key, value in settings.items():
        if isinstance(value, str):
            document[key] = styled(value, key, quoting="double")
        else:
            document[key] = CommentedMap((name, styled(text, name, quoting="double")) for name, text in value.items())
    out = io.StringIO()
    _yaml(0, 2).dump(document, out)
    return out.getvalue()


def dump_entry(entry: CommentedMap, *, dash_column: int, key_column: int) -> str:
    """The text of ``entry`` as a list item whose dash and keys sit at the given columns."""
    _one_anchor_per_name(entry)
    document = CommentedMap()
    seq = CommentedSeq([entry])
    seq.fa.set_block_style()
    item_comment = getattr(entry, _ITEM_COMMENT, None)
    if item_comment is not None:
        seq.ca.items[0] = item_comment
    document["claims"] = seq
    out = io.StringIO()
    _yaml(dash_column, key_column).dump(document, out)
    text = out.getvalue()
    assert text.startswith("claims:\n"), text[:40]
    # A block text kept with its final line breaks ('|+') ending the document is closed by ruamel with '...', the
    # end of a document; spliced into the file that ended it there, before the next entry ('did not find expected
    # <document start>'), and an edit leaving such a text last was refused.  The next entry's dash ends it as well.
    if text.endswith("\n...\n"):
        text = text[: -len("...\n")]
    return text[len("claims:\n") :]


# -- comments that belong to the node below them -----------------------------------------------


def _is_block(value: Any) -> bool:
    return isinstance(value, (CommentedMap, CommentedSeq)) and len(value) > 0 and not value.fa.flow_style()


def _slot(items: dict[Any, list[Any]], key: Any, index: int, size: int) -> tuple[list[Any], int]:
    holder = items.get(key)
    if holder is None:
        holder = items[key] = [None] * size
    return holder, index


def end_slot(node: Any) -> tuple[list[Any], int]:
    """Where ruamel keeps the comment that follows ``node`` (its last line's comment and the
    full-line comments below it)."""
    if isinstance(node, CommentedMap):
        return key_end_slot(node, list(node)[-1])
    last = len(node) - 1
    if _is_block(node[last]):
        return end_slot(node[last])
    return _slot(node.ca.items, last, 0, 2)


def key_end_slot(mapping: CommentedMap, key: str) -> tuple[list[Any], int]:
    if _is_block(mapping[key]):
        return end_slot(mapping[key])
    return _slot(mapping.ca.items, key, 2, 4)


def _split_comment(slot: tuple[list[Any], int]) -> tuple[str, str]:
    """(the comment on the node's own line, the full-line comments below it)."""
    holder, index = slot
    token = holder[index]
    if not isinstance(token, CommentToken):
        return "\n", ""
    own, _, below = token.value.partition("\n")
    return own + "\n", below


def _set_comment(slot: tuple[list[Any], int], own: str, below: str) -> None:
    holder, index = slot
    value = own + below
    if value == "\n":
        holder[index] = None
    elif isinstance(holder[index], CommentToken):
        holder[index].value = value
    else:
        holder[index] = CommentToken(value, CommentMark(0), None)


def remove_key(mapping: CommentedMap, key: str) -> None:
    """Delete ``key`` with the comments above it, keeping the comments below it in place."""
    keys = list(mapping)
    position = keys.index(key)
    below = _comments_below(mapping, key)
    del mapping[key]
    mapping.ca.items.pop(key, None)
    if position > 0:
        _set_comments_below(mapping, keys[position - 1], below)


def insert_key(mapping: CommentedMap, position: int, key: str, value: Any) -> None:
    """Insert ``key`` so that comments above the next key stay above it (not above ``key``)."""
    keys = list(mapping)
    if position == 0 or not keys:
        mapping.insert(position, key, value)
        return
    below = _comments_below(mapping, keys[position - 1])
    _set_comments_below(mapping, keys[position - 1], "")
    mapping.insert(position, key, value)
    _set_comments_below(mapping, key, below)


def _comments_below(mapping: CommentedMap, key: str) -> str:
    """The full-line comments below ``key``'s value (those above the next key)."""
    if _is_block_scalar(mapping[key]):
        return _block_scalar_comments(mapping, key)[1]
    return _split_comment(key_end_slot(mapping, key))[1]


def _set_comments_below(mapping: CommentedMap, key: str, below: str) -> None:
    """Make ``below`` the full-line comments below ``key``'s value, its own line's comment kept.

    After a block scalar ('summary: |' and its text) ruamel's token holds the lines below only (the
    comment on the '|' line is kept apart): read as any other value's, its first line was taken for
    the comment on the value's line, so a key inserted after the text went below the comment above
    the next key, and a key removed after it left the comment above it behind."""
    slot = key_end_slot(mapping, key)
    if _is_block_scalar(mapping[key]):
        holder, index = slot
        holder[index] = CommentToken(below, CommentMark(0), None) if below else None
        return
    _set_comment(slot, _split_comment(slot)[0], below)


def _is_block_scalar(value: Any) -> bool:
    return isinstance(value, (LiteralScalarString, FoldedScalarString))


def _block_scalar_comments(mapping: CommentedMap, key: str) -> tuple[str, str]:
    """(the comment after a block scalar's ``|``/``>``, the comment lines below the scalar).

    After a block scalar, ruamel's comment token holds only lines below it (the scalar's last line
    break is its own), the first of them without its indentation; the comment on the indicator's
    line is kept apart."""
    holder, index = key_end_slot(mapping, key)
    token = holder[index]
    below = ""
    if isinstance(token, CommentToken):
        below = token.value if token.value.startswith("\n") else " " * token.column + token.value
    header = mapping.ca.items.get(key, [None] * 4)[3]
    own = header[0].strip() + "\n" if header and isinstance(header[0], str) and header[0].strip() else "\n"
    return own, below


def replace_value(mapping: CommentedMap, key: str, value: Any) -> None:
    """Give ``key`` a new value, keeping the comments that followed the old one, and its anchor."""
    own, below = _split_comment(key_end_slot(mapping, key))
    old = mapping[key]
    if isinstance(old, ScalarString) and isinstance(value, str) and not isinstance(value, ScalarString):
        value = type(old)(value)  # as ruamel's mapping does: a plain new text keeps the old one's style
    if _is_block_scalar(old) and _is_block_scalar(value) and not value.endswith("\n"):
        # 'summary: >' became 'summary: >-' (its key line changed too) for a text without a final line
        # break, '|+' became '|-'; the reader strips every text, so the final breaks that '>' and '|'
        # (one) or '|+' (all) keep change nothing
        value = _with_final_breaks(value, len(old) - len(old.rstrip("\n")))
    value = _with_anchor_of(old, value)
    if _is_block_scalar(old) and not _is_block_scalar(value):
        # 'claim: |-' + its text + '# next': the comment below stayed on the new value's line
        own, below = _block_scalar_comments(mapping, key)
        mapping.ca.items[key][3] = None
        mapping[key] = value
        _set_comment(key_end_slot(mapping, key), own, below)
        return
    old_was_block = _is_block(mapping[key])
    if old_was_block:
        _set_comment(key_end_slot(mapping, key), "\n", "")
    mapping[key] = value
    if old_was_block or _is_block(value):
        # the comment sat at the end of the old value's last line; put it after the new one
        _set_comment(key_end_slot(mapping, key), own if old_was_block else "\n", below)
        if not old_was_block:
            _set_comment(_slot(mapping.ca.items, key, 2, 4), own, "")


class _MovedAnchor(Anchor):
    """The anchor a changed field's new value took over from its old one (``_with_anchor_of``)."""

    __slots__ = ()


def _with_anchor_of(old: Any, value: Any) -> Any:
    """``value`` with the anchor ``old`` had ('summary: &s |' stays '&s'): dropped, it left the file's
    aliases of it in other entries (``*s``) dangling, or only lost a name the writer gave.  When an
    alias in the entry still holds the old value ('claim: &c ...' changed, 'aliases: [*c]' not), the
    anchor stays with that old value instead (``_one_anchor_per_name``).  An alias elsewhere then
    reads as the new value: ``editing`` refuses a change that changes another claim so."""
    anchor = getattr(old, Anchor.attrib, None)
    if anchor is None or anchor.value is None:
        return value
    if isinstance(value, str) and not isinstance(value, ScalarString):
        value = PlainScalarString(value)  # a str cannot hold an anchor
    if isinstance(value, (ScalarString, CommentedMap, CommentedSeq)):
        moved = _MovedAnchor()
        moved.value, moved.always_dump = anchor.value, True
        setattr(value, Anchor.attrib, moved)
    return value


def _one_anchor_per_name(entry: CommentedMap) -> None:
    """Drop an anchor a new value took over (``_with_anchor_of``) when the old value still has it
    in the entry, held by an alias: the anchor stays with the value it names."""
    holders: dict[str, list[Any]] = {}
    for node in _nodes(entry):
        anchor = getattr(node, Anchor.attrib, None)
        if anchor is not None and anchor.value is not None:
            named = holders.setdefault(anchor.value, [])
            if all(node is not other for other in named):
                named.append(node)
    for named in holders.values():
        if len(named) > 1:
            for node in named:
                if isinstance(getattr(node, Anchor.attrib), _MovedAnchor):
                    delattr(node, Anchor.attrib)


def _nodes(node: Any) -> Iterator[Any]:
    """``node`` and every value and item within it."""
    yield node
    children = node.values() if isinstance(node, CommentedMap) else node if isinstance(node, CommentedSeq) else ()
    for child in children:
        yield from _nodes(child)


def _with_final_breaks(value: Any, breaks: int) -> Any:
    """A block text (``LiteralScalarString``, ``FoldedScalarString``) with ``breaks`` line breaks added at its end."""
    if not breaks:
        return value
    new = type(value)(value + "\n" * breaks)
    if hasattr(value, "fold_pos"):
        new.fold_pos = value.fold_pos
    return new


def remove_item(seq: CommentedSeq, index: int, *, owner: tuple[CommentedMap, str]) -> None:
    """Delete a list item with its own comments, keeping the others where they stand.

    An item's comments are told as ``layout`` tells a claim entry's: the comment lines right above its
    dash (no blank line between) indented no deeper than the dash, and those right below it indented
    deeper (inside it); blank lines below it go with it, or above it when it is the last.  Above a list's
    first item, comment lines that follow the list's key with no blank line between are the list's
    ('tags:' + '# the topics'), unless another item has a comment of its own right above it too.

    ``owner`` is the mapping and key holding ``seq``: ruamel keeps the comments above a
    list's first item on that key.
    """
    dash = seq.lc.col if isinstance(seq.lc.col, int) else None  # the items' dash column, when loaded
    is_last = index == len(seq) - 1
    others_have_own = any(_own_comments_above(seq, other, dash) for other in range(1, len(seq)))
    _own, below = _split_comment(_item_end_slot(seq, index))
    below = _after_inner_comments(below, dash)
    if not is_last:
        below = below.lstrip("\n")
    del seq[index]
    if index > 0:
        previous = _item_end_slot(seq, index - 1)
        previous_own, above = _split_comment(previous)
        kept = _split_own_comments(above, dash)[0]
        _set_comment(previous, previous_own, (_without_final_blank_lines(kept) if is_last else kept) + below)
    elif len(seq):
        mapping, key = owner
        above = _lines_above_first_item(mapping, key)
        kept, own = _split_own_comments(above, dash)
        if own and not kept and not others_have_own:
            kept = above  # right below the list's key: the list's
        _set_lines_above_first_item(mapping, key, seq, kept + below)


def _own_comments_above(seq: CommentedSeq, index: int, dash: int | None) -> str:
    """The comment lines of item ``index`` (not the first) right above it: ruamel holds them after the item before."""
    below_previous = _after_inner_comments(_split_comment(_item_end_slot(seq, index - 1))[1], dash)
    return _split_own_comments(below_previous, dash)[1]


def _after_inner_comments(below: str, dash: int | None) -> str:
    """``below`` (the lines after an item) without the comment lines right after the item that are indented
    deeper than its dash: they are inside it."""
    lines = below.splitlines(keepends=True)
    inner = 0
    while dash is not None and inner < len(lines) and _is_comment_deeper_than(lines[inner], dash):
        inner += 1
    return "".join(lines[inner:])


def _split_own_comments(above: str, dash: int | None) -> tuple[str, str]:
    """(the lines above an item that are not its own, its own: the comment lines ending ``above``, right above
    its dash with no blank line between, indented no deeper than it)."""
    lines = above.splitlines(keepends=True)
    start = len(lines)
    while start > 0 and lines[start - 1].strip() and not _is_comment_deeper_than(lines[start - 1], dash):
        start -= 1
    return "".join(lines[:start]), "".join(lines[start:])


def _without_final_blank_lines(lines: str) -> str:
    kept = lines.splitlines(keepends=True)
    while kept and not kept[-1].strip():
        kept.pop()
    return "".join(kept)


def _is_comment_deeper_than(line: str, dash: int | None) -> bool:
    return bool(line.strip()) and dash is not None and len(line) - len(line.lstrip(" ")) > dash


def _lines_above_first_item(mapping: CommentedMap, key: str) -> str:
    """The comment and blank lines between ``key``'s line and the first item of its block list, as text."""
    holder = mapping.ca.items.get(key) or [None] * 4
    if isinstance(holder[2], CommentToken):  # 'key:  # why' and the lines below: one token
        return _split_comment((holder, 2))[1]
    below = holder[3]  # named: pyright narrows a name, not an item of a list
    tokens: list[Any] = below if isinstance(below, list) else []
    return "".join(
        token.value if token.value.startswith("\n") else " " * token.column + token.value
        for token in tokens
        if isinstance(token, CommentToken)
    )


def _set_lines_above_first_item(mapping: CommentedMap, key: str, seq: CommentedSeq, lines: str) -> None:
    holder, _ = _slot(mapping.ca.items, key, 3, 4)
    if isinstance(holder[2], CommentToken):
        _set_comment((holder, 2), _split_comment((holder, 2))[0], lines)
    else:
        holder[3] = _leading_tokens(lines) or None
    seq.ca.comment = None


def _leading_tokens(lines: str) -> list[CommentToken]:
    """Comment lines (with their indentation and blank lines) as ruamel's leading-comment tokens."""
    tokens: list[CommentToken] = []
    for line in lines.splitlines():
        if not line.strip():
            if tokens:
                tokens[-1].value += "\n"
            else:  # a blank line right below the list's key
                tokens.append(CommentToken("\n", CommentMark(0), None))
            continue
        stripped = line.lstrip(" ")
        tokens.append(CommentToken(stripped + "\n", CommentMark(len(line) - len(stripped)), None))
    return tokens


def append_item(seq: CommentedSeq, value: Any) -> None:
    """Append ``value``; comments after the old last item stay after the list."""
    if not len(seq):
        seq.append(value)
        return
    last = _item_end_slot(seq, len(seq) - 1)
    last_own, below = _split_comment(last)
    _set_comment(last, last_own, "")
    seq.append(value)
    _set_comment(_item_end_slot(seq, len(seq) - 1), "\n", below)


def _item_end_slot(seq: CommentedSeq, index: int) -> tuple[list[Any], int]:
    if _is_block(seq[index]):
        return end_slot(seq[index])
    return _slot(seq.ca.items, index, 0, 2)


def insert_item(seq: CommentedSeq, index: int, value: Any) -> None:
    """Insert ``value`` before item ``index``; comments keep standing above the items they stood above."""
    if index >= len(seq):
        append_item(seq, value)
        return
    if index == 0:
        seq.insert(0, value)  # the comments above the list stay above its (new) first item
        return
    previous = _item_end_slot(seq, index - 1)
    previous_own, below = _split_comment(previous)
    _set_comment(previous, previous_own, "")
    seq.insert(index, value)
    _set_comment(_item_end_slot(seq, index), "\n", below)


# -- changing an entry to match a claim -----------------------------------------------------------


def sync_mapping(
    node: CommentedMap,
    before: dict[str, Any],
    after: dict[str, Any],
    order: Sequence[str],
    styles: WrittenStyles | None = None,
) -> None:
    """Change ``node`` (which reads as ``before``) so that it reads as ``after``, touching only
    the fields that differ.  ``order`` is the canonical key order, used to place new keys.  A
    changed text is written as the one it replaces was ('verdict: mostly-true' stays without
    quotes), a new one as the file writes its field (``styles``)."""
    styles = styles or NO_STYLES
    for key in order:
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if new is None:
            if key in node:
                remove_key(node, key)
        elif key not in node:
            insert_key(node, _position_for(node, key, order), key, styled_value(key, new, styles))
        elif isinstance(new, list):
            _sync_list(node, key, old or [], new, styles)
        else:
            quoting = _quoting_of(node[key]) or styles.quoting.get(key)
            written = styled(new, key, quoting=quoting)
            if _is_block_scalar(node[key]) and isinstance(written, _QUOTED) and _writable_as_block(new):
                written = new  # as plain: written as the block text it replaces ('quote: |' was given quotes)
            replace_value(node, key, written)


_QUOTED = (DoubleQuotedScalarString, SingleQuotedScalarString)


def _writable_as_block(value: Any) -> bool:
    """Whether a one-line ``value`` reads back exactly from a block text ('|', '>'): a changed 'quote: |' was
    written in double quotes, as a new quote is."""
    return (
        isinstance(value, str)
        and "\n" not in value
        and "\r" not in value
        and "\x85" not in value
        and _NEEDS_ESCAPE.search(value) is None
        and _literal_is_exact(value)
        and bool(value)
    )


def _quoting_of(value: Any) -> Quoting | None:
    """How a loaded one-line text is written (None: not such a text)."""
    if isinstance(value, SingleQuotedScalarString):
        return "single"
    if isinstance(value, DoubleQuotedScalarString):
        return "double"
    if type(value) is str and value and "\n" not in value:
        return "plain"
    return None


def _position_for(node: CommentedMap, key: str, order: Sequence[str]) -> int:
    rank = order.index(key)
    position = 0
    for index, existing in enumerate(node):
        if existing in order and order.index(existing) < rank:
            position = index + 1
    return position


def _sync_list(node: CommentedMap, key: str, old: list[Any], new: list[Any], styles: WrittenStyles) -> None:
    seq = node[key]
    own = _items_quoting(seq)  # the list's own habit first, else the file's
    if own is not None:
        styles = dataclasses.replace(styles, quoting={**styles.quoting, key: own})
    is_block_list = isinstance(seq, CommentedSeq) and not seq.fa.flow_style()
    if not is_block_list or len(seq) != len(old):
        # a flow list ([a, b]), a null, or items the reader skipped: write the whole list anew
        flow = (
            isinstance(seq, CommentedSeq) and bool(seq.fa.flow_style())
            if isinstance(seq, CommentedSeq)
            else styles.flow.get(key, key == "tags")
        )
        written = _new_list(key, new, flow=flow, styles=styles)
        if isinstance(seq, CommentedSeq):
            _keep_written_items(written, seq)
        replace_value(node, key, written)
        return

    def fingerprint(item: Any) -> str:
        return repr(sorted(item.items())) if isinstance(item, dict) else repr(item)

    matcher = difflib.SequenceMatcher(
        None, [fingerprint(i) for i in old], [fingerprint(i) for i in new], autojunk=False
    )
    for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
        if tag == "equal":
            continue
        if tag == "replace" and all(isinstance(item, dict) for item in old[i1:i2] + new[j1:j2]):
            _sync_sources(node, key, i1, old[i1:i2], new[j1:j2], styles)
            continue
        _replace_items(node, key, i1, i2, new[j1:j2], styles)


def _items_quoting(seq: Any) -> Quoting | None:
    """How every text item of a list is written, when all alike (None: mixed, or no text item)."""
    if not isinstance(seq, CommentedSeq):
        return None
    seen: set[Quoting | None] = {_quoting_of(item) for item in seq if isinstance(item, str)}
    return next(iter(seen)) if len(seen) == 1 else None


def _keep_written_items(written: CommentedSeq, old: CommentedSeq) -> None:
    """Each text item of a list written anew that the old list held, as it held it: adding a tag to
    '["155 marines", 'Senate lets Marines in']' dropped the quotes of both."""
    kept: dict[str, list[Any]] = {}
    for item in old:
        if isinstance(item, str):
            kept.setdefault(str(item), []).append(item)
    for index, item in enumerate(written):
        if isinstance(item, str) and kept.get(str(item)) and "\n" not in item:
            written[index] = kept[str(item)].pop(0)


def _replace_items(node: CommentedMap, key: str, i1: int, i2: int, new: list[Any], styles: WrittenStyles) -> None:
    seq = node[key]
    for index in reversed(range(i1, i2)):
        remove_item(seq, index, owner=(node, key))
    quoting = styles.quoting.get(key)
    for offset, item in enumerate(new):
        value = styled_mapping(item, styles) if isinstance(item, dict) else styled(item, key, quoting=quoting)
        insert_item(seq, i1 + offset, value)


def _sync_sources(
    node: CommentedMap, key: str, start: int, old: list[Any], new: list[Any], styles: WrittenStyles
) -> None:
    """Changed sources (from ``start`` in the list): one with the same URL as before is changed
    field by field, keeping the style and comments of what did not change; others are replaced."""
    seq = node[key]
    matcher = difflib.SequenceMatcher(None, [o.get("url") for o in old], [n.get("url") for n in new], autojunk=False)
    for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
        if tag == "equal" and all(isinstance(seq[start + i], CommentedMap) for i in range(i1, i2)):
            for offset in range(i2 - i1):
                before, after = old[i1 + offset], new[j1 + offset]
                # the new item's own key order is the canonical one (it comes from ``to_dict``)
                order = list(dict.fromkeys([*after, *before]))
                sync_mapping(seq[start + i1 + offset], before, after, order, styles)
        else:
            _replace_items(node, key, start + i1, start + i2, new[j1:j2], styles)


def _new_list(key: str, values: list[Any], *, flow: bool, styles: WrittenStyles) -> CommentedSeq:
    if values and isinstance(values[0], dict):
        return styled_value(key, values, styles)  # type: ignore[no-any-return]
    return styled_list(values, flow=flow, quoting=styles.quoting.get(key))
