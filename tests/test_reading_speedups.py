"""The shortcuts that make reading a big claims file faster give exactly what the long way gives."""

from __future__ import annotations

import json
import sys

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import yamltree
from factcheck.validation import _WHITESPACE, is_http_url
from factcheck.yamltree import _RESOLVER, _TYPE_NAMES, SAFE_LOADER, PlainTagsRemembered, plain_kind

#: plain values YAML 1.1 reads as something other than text, and their near misses
YAML_LOOKING = [
    *("yes", "No", "ON", "off", "y", "n", "true", "False", "~", "null", "Null", "NULL", ""),
    *("0", "-1", "+12", "0x1F", "0o17", "017", "1_000", "190:20:30", "0b101", "1e3", "1.5e-3", ".5", "-.inf"),
    *(".NaN", ".nan", "1.", "1,000", "2025-01-01", "2025-1-1", "2025-01-01T10:00:00Z", "2025-01-01 10:00"),
    *("2025-02-30", "12:30", "=", "<<", "1.0.0", "NaN", "inf", "0.", "-", "+", "1e", "0x", "2025"),
]


def resolved_kind(value: str) -> str:
    """The long way: PyYAML's resolver on each value (what ``_Builder._scalar`` called before)."""
    return _TYPE_NAMES.get(_RESOLVER.resolve(yaml.ScalarNode, value, (True, False)), "str")


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.sampled_from(YAML_LOOKING), st.text(alphabet="0123456789+-._:eExXoOTtZz ", max_size=24), st.text()))
def test_plain_kind_is_the_resolvers_first_time_and_from_memory(value: str) -> None:
    assert plain_kind(value) == resolved_kind(value)
    assert plain_kind(value) == resolved_kind(value)  # the second time from ``_PLAIN_TAGS``


def test_plain_kinds_remembered_are_bounded() -> None:
    before = dict(yamltree._PLAIN_TAGS)
    try:
        yamltree._PLAIN_TAGS.clear()
        for number in range(yamltree._PLAIN_TAGS_MAX + 100):
            assert plain_kind(f"v{number}") == "str"
        assert plain_kind("x" * (yamltree._PLAIN_TAG_MAX_LENGTH + 1)) == "str"
        assert len(yamltree._PLAIN_TAGS) == yamltree._PLAIN_TAGS_MAX
        assert all(len(value) <= yamltree._PLAIN_TAG_MAX_LENGTH for value in yamltree._PLAIN_TAGS)
    finally:
        yamltree._PLAIN_TAGS.clear()
        yamltree._PLAIN_TAGS.update(before)


def test_quoted_and_block_values_stay_text() -> None:
    text = "a: 'yes'\nb: \"1\"\nc: |\n  2025-01-01\nd: yes\ne: 2025-01-01\n"
    root = yamltree.parse(text, "<t>")
    assert isinstance(root, yamltree.Mapping)
    kinds = {key.value: value.kind for key, value in root.entries if isinstance(value, yamltree.Scalar)}
    assert kinds == {"a": "str", "b": "str", "c": "str", "d": "bool", "e": "timestamp"}


def test_the_whitespace_search_finds_what_isspace_finds_in_every_character() -> None:
    differing = [
        code for code in range(sys.maxunicode + 1) if (_WHITESPACE.search(chr(code)) is not None) != chr(code).isspace()
    ]
    assert differing == []


def test_a_url_with_any_space_in_it_is_no_url() -> None:
    spaces = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
    assert len(spaces) > 20
    for space in spaces:
        assert not is_http_url(f"https://example.org/a{space}b"), repr(space)
    assert is_http_url("https://example.org/a\u200bb")  # a zero-width space is no space to str.isspace


def _tags(node: yaml.Node) -> list[object]:
    """Every node's tag and value, in document order."""
    if isinstance(node, yaml.ScalarNode):
        return [(node.tag, node.value)]
    children = [part for pair in node.value for part in pair] if isinstance(node, yaml.MappingNode) else node.value
    return [node.tag, *(tag for child in children for tag in _tags(child))]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(YAML_LOOKING), st.text(alphabet="0123456789+-.:eEyYnNoO~", max_size=12))))
def test_the_loader_remembering_plain_tags_composes_as_pyyamls(values: list[str]) -> None:
    text = "claims:\n" + "".join(f"  - {{plain: {v}, quoted: {json.dumps(v)}}}\n" for v in values)
    text += "".join(f"  - {v}\n" for v in values if v and v.strip() == v and v[0] not in "-:?~")
    try:
        expected = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        return
    assert _tags(yaml.compose(text, Loader=PlainTagsRemembered)) == _tags(expected)
