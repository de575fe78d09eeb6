"""Property tests: any text is written so the reader gets it back, and any sequence of
add/edit/remove leaves a file that loads to exactly the expected claims, other entries untouched."""

from __future__ import annotations

import codecs
import dataclasses
import json
import re
import shutil
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck import layout as layout_module
from factcheck import roundtrip
from factcheck.cli import app
from factcheck.editing import add_claims, remove_claim, update_claim
from factcheck.indentation import _line_comments
from factcheck.layout import Layout, read_layout
from factcheck.model import ID_PATTERN, Claim, Source, Verdict
from factcheck.roundtrip import _plain_reads_back, dump_entry, parser_reads_back, reads_as_text, styled_mapping
from factcheck.store import load_knowledge_base, parse_knowledge_base
from factcheck.yamltree import BLOCK_SCALAR_HEADER, SAFE_LOADER, YAML_LINE_BREAK_KEPT

COMMENTED = Path(__file__).parent / "fixtures" / "editing" / "commented_claims.yaml"


def read_back(field: str, value: object, *, in_source: bool = False) -> object:
    """Write ``value`` in an entry with ruamel, read it with PyYAML (YAML 1.1, like the reader)."""
    data: dict[str, object] = {"id": "x", "claim": "c", "verdict": "true"}
    if in_source:
        data["sources"] = [{"url": "https://example.org", field: value}]
    else:
        data[field] = value
    text = "claims:\n" + dump_entry(styled_mapping(data), dash_column=2, key_column=4)
    entry = yaml.safe_load(text)["claims"][0]
    return entry["sources"][0][field] if in_source else entry[field]


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from(["claim", "summary", "claimant", "checked", "original_rating"]))
def test_any_text_reads_back_exactly(value: str, field: str) -> None:
    assert read_back(field, value) == value


@settings(max_examples=150, deadline=None)
@given(st.text(), st.sampled_from(["title", "quote", "note", "date", "publisher"]))
def test_any_source_text_reads_back_exactly(value: str, field: str) -> None:
    assert read_back(field, value, in_source=True) == value


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(), min_size=1, max_size=4), st.sampled_from(["tags", "aliases"]))
def test_any_list_of_text_reads_back_exactly(values: list[str], field: str) -> None:
    assert read_back(field, values) == values


def test_long_and_awkward_text_reads_back_exactly() -> None:
    long_summary = " ".join(f"word{i}: #{i} 'q' \"d\"" for i in range(400))
    assert read_back("summary", long_summary) == long_summary
    multiline = "First line.\n\nSecond: paragraph # not a comment\n- not a list"
    assert read_back("summary", multiline) == multiline
    assert read_back("claim", "x" * 10_000) == "x" * 10_000


# -- random sequences of changes against a model -------------------------------------------------------

#: text a claim may hold: no control character but a tab or a line break (a change refuses them)
writable_text = st.text(st.characters(exclude_categories=["Cc", "Cs"]) | st.sampled_from("\t\n\r"), max_size=30)
stripped_text = writable_text.map(str.strip).filter(bool)
slugs = st.from_regex(ID_PATTERN, fullmatch=True).filter(lambda s: len(s) <= 40)
dates = st.dates().map(lambda d: d.isoformat()).filter(lambda d: d >= "1000")
sources = st.builds(
    Source,
    url=slugs.map(lambda s: f"https://example.org/{s}"),
    title=st.none() | stripped_text,
    date=st.none() | dates,
    quote=st.none() | stripped_text,
)


def claims(claim_id: st.SearchStrategy[str]) -> st.SearchStrategy[Claim]:
    return st.builds(
        Claim,
        id=claim_id,
        claim=stripped_text,
        verdict=st.sampled_from(list(Verdict)),
        summary=st.none() | stripped_text,
        aliases=st.lists(stripped_text, max_size=2).map(tuple),
        tags=st.lists(slugs, max_size=3).map(tuple),
        checked=st.none() | dates,
        sources=st.lists(sources, max_size=2).map(tuple),
    )


operations = st.lists(
    st.one_of(
        st.tuples(st.just("add"), claims(slugs)),
        st.tuples(st.just("edit"), st.integers(min_value=0), claims(st.just(""))),
        st.tuples(st.just("remove"), st.integers(min_value=0)),
    ),
    min_size=1,
    max_size=6,
)


def as_written(claim: Claim) -> Claim:
    """The claim as the file keeps it: a tag or alias given twice is written once."""
    return dataclasses.replace(
        claim, tags=tuple(dict.fromkeys(claim.tags)), aliases=tuple(dict.fromkeys(claim.aliases))
    )


def entry_texts(path: Path) -> dict[str, str]:
    """Each entry's own lines (leading comments included), by id."""
    layout = read_layout(path.read_text(encoding="utf-8"))
    return {e.claim_id or "": "".join(layout.lines[e.start : e.end]) for e in layout.entries}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations)
def test_random_changes_match_the_model(tmp_path: Path, steps: list[tuple[object, ...]]) -> None:
    path = tmp_path / "claims.yaml"
    shutil.copyfile(COMMENTED, path)
    model = list(load_knowledge_base(path).claims)
    for step in steps:
        before = entry_texts(path)
        touched: set[str] = set()
        if step[0] == "add":
            claim = step[1]
            assert isinstance(claim, Claim)
            if any(c.id == claim.id for c in model):
                continue
            add_claims(path, [claim])
            model.append(as_written(claim))
        elif not model:
            continue
        elif step[0] == "edit":
            index = int(step[1]) % len(model)  # type: ignore[call-overload]
            new = dataclasses.replace(step[2], id=model[index].id)  # type: ignore[type-var]
            update_claim(path, model[index].id, new)
            touched.add(model[index].id)
            model[index] = as_written(new)
        else:
            index = int(step[1]) % len(model)  # type: ignore[call-overload]
            remove_claim(path, model[index].id)
            touched.add(model.pop(index).id)
        assert list(load_knowledge_base(path).claims) == model
        after = entry_texts(path)
        for claim_id, text in before.items():
            if claim_id not in touched:
                assert after[claim_id] == text, claim_id


_YAML_SPECIALS = "ab Zé1,.'’()/%$&+-_:#!?*@`\"[]{}|>\t~0x"


@given(st.text(alphabet=_YAML_SPECIALS, min_size=1, max_size=10), st.booleans())
def test_the_shortcut_for_plain_text_agrees_with_the_parser(value: str, flow: bool) -> None:
    assume(reads_as_text(value))
    assert _plain_reads_back.__wrapped__(value, flow=flow) == parser_reads_back(value, flow=flow)


@given(st.sampled_from(["http://", "https://"]), st.text(alphabet=_YAML_SPECIALS + ";=\n\u2028\x85", max_size=12))
def test_the_shortcut_for_a_web_address_agrees_with_the_parser(scheme: str, rest: str) -> None:
    value = scheme + rest
    assert _plain_reads_back.__wrapped__(value, flow=False) == parser_reads_back(value, flow=False)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.politifact.com/factchecks/2024/mar/05/viral-image/no-the-mayor-did-not/",
        "https://example.org/a?b=1&c=2#top",
        "https://example.org/fact-check/(2024)/it's-false;v=2",
    ],
)
def test_a_web_address_is_written_plain_without_asking_the_parser(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # each of an import's 63,000 addresses asked both parsers (a tenth of the time of importing 21,000 fact-checks)
    asked: list[str] = []
    monkeypatch.setattr(roundtrip, "parser_reads_back", lambda value, *, flow: asked.append(value) or True)
    assert _plain_reads_back.__wrapped__(url, flow=False) is True
    assert asked == []
    assert yaml.safe_load(dump_entry(styled_mapping({"url": url}), dash_column=0, key_column=2)) == [{"url": url}]


@pytest.mark.parametrize("flow", [False, True])
@pytest.mark.parametrize("value", ["Fact check: troops at the border", "Ratings #1 and #2", "Why: because, 2024"])
def test_a_text_no_parser_reads_back_plain_is_quoted_without_asking(
    value: str, flow: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ': ' ends a plain text, ' #' starts a comment: each DataFeed record's title ("Fact check: ...") asked both
    # parsers, a tenth of the time of importing 3,000 fact-checks
    asked: list[str] = []
    monkeypatch.setattr(roundtrip, "parser_reads_back", lambda value, *, flow: asked.append(value) or True)
    assert _plain_reads_back.__wrapped__(value, flow=flow) is False
    assert asked == []


@pytest.mark.parametrize("flow", [False, True])
@pytest.mark.parametrize("value", ["2026-13-45", "2026-02-30", "2026-01-01 25:00:00"])
def test_a_date_that_is_none_does_not_read_back_as_text(value: str, flow: bool) -> None:
    # fuzz22: PyYAML's date for it raised ValueError out of the question
    assert parser_reads_back(value, flow=flow) is False


def _entry_with_lists(dash: int, key: int, offsets: tuple[int, int, int]) -> str:
    """One entry whose tags, aliases and sources lists stand ``offsets`` columns right of their key."""
    pad, (tags, aliases, sources) = " " * key, offsets
    return (
        "claims:\n"
        + " " * dash
        + "-"
        + " " * (key - dash - 1)
        + "id: a\n"
        + f'{pad}claim: A claim.\n{pad}verdict: "false"\n{pad}summary: Why.\n'
        + f"{pad}aliases:\n{pad}{' ' * aliases}- Another wording\n"
        + f"{pad}tags:\n{pad}{' ' * tags}- one\n{pad}{' ' * tags}- two\n"
        + f"{pad}sources:\n{pad}{' ' * sources}- url: https://example.org/a\n{pad}{' ' * sources}  title: A\n"
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from([(0, 2), (2, 4), (4, 6), (0, 4)]),
    st.tuples(*[st.sampled_from([0, 2, 4]) for _ in range(3)]),
    st.sampled_from(["summary", "verdict", "tags", "sources"]),
)
def test_an_edit_changes_only_the_lines_of_the_changed_field(
    tmp_path: Path, columns: tuple[int, int], offsets: tuple[int, int, int], field: str
) -> None:
    path = tmp_path / "claims.yaml"
    before = _entry_with_lists(*columns, offsets)
    path.write_text(before, encoding="utf-8")
    changes: dict[str, object] = {
        "summary": {"summary": "Another reason."},
        "verdict": {"verdict": Verdict.TRUE},
        "tags": {"tags": ("one", "two", "three")},
        "sources": {"sources": (Source("https://example.org/a", title="A"), Source("https://example.org/b"))},
    }
    update_claim(path, "a", lambda c: dataclasses.replace(c, **changes[field]))  # type: ignore[arg-type]
    after = path.read_text(encoding="utf-8")
    removed = [line for line in before.splitlines() if line not in after.splitlines()]
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    if field in ("summary", "verdict"):  # one line changed, nothing else
        assert len(removed) == len(added) == 1 and added[0].lstrip().startswith(field), (removed, added)
    else:  # lines added to a list, at its own indentation
        assert removed == []
        key, offset = columns[1], offsets[0] if field == "tags" else offsets[2]
        assert added and all(line.startswith(" " * (key + offset)) for line in added), added
        assert added[0][key + offset] == "-"


# -- claims files in the styles people write them: a change touches only its own lines ---------------
#
# The files above are factcheck's own style.  Here each file is drawn in a style a person may have
# written by hand (flow or block lists, every scalar style, comments at the end of lines and between
# entries, blank lines, CRLF, a BOM, '---' and '...', unusual indents, anchors, no final newline),
# and one change is made: every byte outside the lines it concerns must stay as it was.

_PLAIN_TEXTS = [
    "Tacos are sandwiches",
    "The bridge opened in 2019.",
    "It's free on Sundays",
    "Crime rose 20% last year",
    "Ünïcode café claim",
    "Prices (and rents) went up",
    "Tabs\tin it",
    "Rent/income rose",
]
_AWKWARD_TEXTS = ["no", "2024-01-02", "a: b", "# not a comment", "'quoted'", 'say "hi"', "x #y", "~", "- dash", "1.5"]
_TEXTS = st.sampled_from(_PLAIN_TEXTS + _AWKWARD_TEXTS)
_SCALAR_STYLES = [
    "plain",
    "single",
    "double",
    "double-escaped",
    "literal",
    "folded",
    "plain-2-lines",
    "double-2-lines",
    "literal-kept",
    "folded-kept",
    "literal-clipped",
]


def _escaped(text: str) -> str:
    """``text`` double-quoted with escapes where a person may write them: '\\u00e9' for 'é', '\\t' for
    a tab, '\\x41' for its first capital 'A', '\\/' for a slash."""
    quoted = json.dumps(text)
    capital = next((c for c in text if "A" <= c <= "Z"), None)
    if capital is not None:
        quoted = quoted.replace(capital, f"\\x{ord(capital):02x}", 1)
    return quoted.replace("/", "\\/")


@dataclasses.dataclass(frozen=True)
class _FileStyle:
    newline: str
    bom: bool
    start: str  # what opens the document ('', '---', '%YAML 1.1' and '---')
    end: bool  # '...' after the document
    final_newline: bool
    dash: int  # the column of the entries' dashes
    gap: int  # spaces between an entry's dash and its first key
    blank: int  # blank lines between entries
    header: tuple[str, ...]  # comment lines above 'claims:'
    language_after: bool  # a 'language:' key after the list


_file_styles = st.builds(
    _FileStyle,
    newline=st.sampled_from(["\n", "\r\n"]),
    bom=st.booleans(),
    start=st.sampled_from(["", "---", "--- # the claims", "%YAML 1.1\n---"]),
    end=st.booleans(),
    final_newline=st.booleans(),
    dash=st.sampled_from([0, 2, 4]),
    gap=st.sampled_from([1, 3]),
    blank=st.sampled_from([0, 1, 2]),
    header=st.lists(st.sampled_from(["# claims", "#\tchecked by\thand", "# " + "-" * 20, "#"]), max_size=2).map(tuple),
    language_after=st.booleans(),
)


def _scalar(
    draw: st.DrawFn, text: str, indent: int, anchors: list[str], *, styles: list[str] = _SCALAR_STYLES
) -> list[str]:
    """``text`` written in a style drawn from ``styles``: the rest of its key's line, then its own lines."""
    style = draw(st.sampled_from(styles))
    pad = " " * indent
    words = text.split(" ")
    if style in ("plain", "plain-2-lines") and not parser_reads_back(text, flow=False):
        style = "double"
    if style == "plain-2-lines" and (len(words) < 2 or not all(parser_reads_back(w, flow=False) for w in words)):
        style = "plain"
    anchor = ""
    if draw(st.integers(0, 3)) == 0:
        anchors.append(f"a{len(anchors)}")
        anchor = f"&{anchors[-1]} "
    if style == "plain":
        return [f" {anchor}{text}"]
    if style == "single":
        return [" " + anchor + "'" + text.replace("'", "''") + "'"]
    if style == "double":
        return [" " + anchor + json.dumps(text, ensure_ascii=False)]
    if style == "double-escaped":
        return [" " + anchor + _escaped(text)]
    if style == "literal":
        return [f" {anchor}|-", pad + text]
    if style == "folded":
        return [f" {anchor}>-", pad + text]
    if style == "plain-2-lines":
        return [f" {anchor}{words[0]}", pad + " ".join(words[1:])]
    if style in ("literal-kept", "folded-kept", "literal-clipped"):  # with blank lines below: the text's ('|+')
        header = {"literal-kept": "|+", "folded-kept": ">+", "literal-clipped": "|"}[style]
        return [f" {anchor}{header}", pad + text] + [""] * draw(st.integers(0, 2))
    quoted = json.dumps(text, ensure_ascii=False)  # "double-2-lines": folded at its first space
    if " " not in text or "\\" in quoted:
        return [" " + anchor + quoted]
    first, _, rest = quoted.partition(" ")
    if rest.startswith("#"):  # valid, but this test would take the line for a comment
        return [" " + anchor + quoted]
    return [" " + anchor + first, pad + rest]


#: the end of a line; a tab before its comment only where the reader is libyaml (PyYAML's own parser takes none)
_EOL = st.sampled_from(
    ["", "", "", "  # why", " #\ttabbed\tnote", "    # aligned"]
    + (["\t# after a tab"] if SAFE_LOADER is not yaml.SafeLoader else [])
)


def _text_list(draw: st.DrawFn, key_pad: str, values: list[str], anchors: list[str]) -> list[str]:
    """A list of texts in flow ('[a, "b"]') or block style, the items indented 0 or 2 right of the key.
    A value '*name' is an alias, written as it is."""
    if draw(st.booleans()):
        items = [
            v if v.startswith("*") or (parser_reads_back(v, flow=True) and draw(st.booleans())) else json.dumps(v)
            for v in values
        ]
        space = draw(st.sampled_from(["", " "]))
        comma = draw(st.sampled_from(["", "", ","]))  # '[a, b,]': a comma after the last item
        return [f" [{space}{', '.join(items)}{comma}{space}]{draw(_EOL)}"]
    item_pad = key_pad + " " * draw(st.sampled_from([0, 2]))
    lines = [draw(_EOL)]
    for value in values:
        if draw(st.integers(0, 3)) == 0:
            lines.append(f"{item_pad}# about the next item")
        if value.startswith("*"):
            first = " " + value
        else:
            first = _scalar(draw, value, len(item_pad) + 2, anchors, styles=["plain", "single", "double"])[0]
        lines.append(f"{item_pad}-{first}{draw(_EOL)}")
    return lines


def _source(draw: st.DrawFn, item_pad: str, number: int, anchors: list[str]) -> list[str]:
    url = f"https://example.org/{number}"
    if draw(st.booleans()):  # a flow mapping, a comment after it or not
        title = json.dumps(draw(_TEXTS), ensure_ascii=False)
        return [f'{item_pad}- {{url: {url}, date: "2024-02", title: {title}}}{draw(_EOL)}']
    gap = draw(st.sampled_from([1, 3]))
    key_pad = item_pad + " " * (1 + gap)
    lines = [f"{item_pad}-{' ' * gap}url: {url}{draw(_EOL)}"]
    for key in draw(st.permutations(["title", "date", "quote"])):
        if key == "date":
            date = draw(st.sampled_from(['"2024-02-03"', "'2024'", "2024-05"]))
            lines.append(f"{key_pad}date: {date}{draw(_EOL)}")
        else:
            first, *rest = _scalar(draw, draw(_TEXTS), len(key_pad) + 2, anchors)
            lines += [f"{key_pad}{key}:{first}{'' if rest else draw(_EOL)}", *rest]
    return lines


@st.composite
def _entry(draw: st.DrawFn, number: int, style: _FileStyle, anchors: list[str]) -> list[str]:
    """One claim's lines (its leading comment first, if any), its keys in a drawn order."""
    dash_pad = " " * style.dash
    key_column = style.dash + 1 + style.gap
    key_pad = " " * key_column
    fields: dict[str, list[str]] = {}  # each key's value: the rest of the key's line, then its own lines
    anchored = len(anchors)
    fields["claim"] = _scalar(draw, draw(_TEXTS), key_column + 2, anchors)
    claim_anchor = anchors[-1] if len(anchors) > anchored else None  # an alias of the claim may stand in its aliases
    verdict = draw(st.sampled_from(list(Verdict))).value
    spellings = [f' "{verdict}"', f" '{verdict}'"] + ([f" {verdict}"] if reads_as_text(verdict) else [])
    fields["verdict"] = [draw(st.sampled_from(spellings))]
    if draw(st.booleans()):
        fields["summary"] = _scalar(draw, draw(_TEXTS), key_column + 2, anchors)
    if draw(st.booleans()):
        fields["claimant"] = [draw(st.sampled_from([" ~", " null", "", ' !!null ""', " Jane Doe", " 'A. Person'"]))]
    if draw(st.booleans()):
        fields["checked"] = [draw(st.sampled_from([' "2024-01-02"', " '2024'", " 2024-03"]))]
    for key in ("aliases", "tags"):
        if draw(st.booleans()):
            texts = ["one", "two words", "no", "x: y", "~"] + (
                [f"*{claim_anchor}"] if claim_anchor and key == "aliases" else []
            )
            values = draw(st.lists(st.sampled_from(texts), min_size=1, max_size=3))
            fields[key] = _text_list(draw, key_pad, values, anchors)
    if draw(st.booleans()):
        item_pad = key_pad + " " * draw(st.sampled_from([0, 2]))
        sources = [draw(_EOL)]
        for i in range(draw(st.integers(1, 2))):
            sources += _source(draw, item_pad, number * 10 + i, anchors)
        fields["sources"] = sources
    order = draw(st.permutations(list(fields))) if draw(st.booleans()) else list(fields)
    if claim_anchor:  # the anchor before its aliases
        order = ["claim", *(key for key in order if key != "claim")]
    lines = [f"{dash_pad}# claim {number}"] if draw(st.booleans()) else []
    lines.append(f"{dash_pad}-{' ' * style.gap}id: c{number}{draw(_EOL)}")
    for key in order:
        if draw(st.integers(0, 5)) == 0:
            lines.append(f"{key_pad}# {key}, next")
        first, *rest = fields[key]
        eol = draw(_EOL) if first.strip() and not rest and not first.rstrip().endswith(("]", "#")) else ""
        lines += [f"{key_pad}{key}:{first}{eol}", *rest]
    return lines


@st.composite
def _styled_file(draw: st.DrawFn) -> tuple[_FileStyle, bytes]:
    style = draw(_file_styles)
    anchors: list[str] = []
    lines = style.start.split("\n") if style.start else []
    lines += list(style.header)
    lines.append("claims:" + draw(st.sampled_from(["", "  # every claim"])))
    for number in range(draw(st.integers(1, 4))):
        if number:
            lines += [""] * style.blank
            if draw(st.integers(0, 3)) == 0:
                lines.append(draw(st.sampled_from(["# between the claims", " " * style.dash + "# ---"])))
        lines += draw(_entry(number, style, anchors))
    if style.language_after:
        lines += ["", "language: en"]
    if style.end:
        lines.append("...")
    text = style.newline.join(lines) + (style.newline if style.final_newline else "")
    return style, (codecs.BOM_UTF8 if style.bom else b"") + text.encode("utf-8")


@settings(max_examples=300, deadline=None)
@given(_styled_file())
def test_the_styled_files_are_valid(drawn: tuple[_FileStyle, bytes]) -> None:
    _style, data = drawn
    _kb, problems = parse_knowledge_base(data, "claims.yaml")
    assert not [p for p in problems if p.is_error], (data.decode("utf-8-sig"), problems)


#: one field's change: (field, new value or None to clear it; for a list, the value added to it)
_CHANGES = st.one_of(
    st.tuples(st.just("claim"), st.sampled_from(["A new wording of it", "yes", "a: b"])),
    st.tuples(st.just("verdict"), st.sampled_from([v.value for v in Verdict])),
    st.tuples(st.sampled_from(["summary", "claimant"]), st.sampled_from(["Because.", "no", None])),
    st.tuples(st.just("checked"), st.sampled_from(["2025-06", None])),
    st.tuples(st.sampled_from(["tags", "aliases"]), st.sampled_from(["added", "2024-01-02"])),
    st.tuples(st.just("sources"), st.sampled_from(["A note.", "no"])),  # the first source's note
)


def _value_node(text: str, index: int, key: str) -> yaml.Node | None:
    """The node of ``key`` in the entry ``index`` of the claims file ``text``, as PyYAML composes it."""
    root = yaml.compose(text, Loader=SAFE_LOADER)
    claims = next(value for name, value in root.value if name.value == "claims")
    return next((value for name, value in claims.value[index].value if name.value == key), None)


def _with_a_note(claim: Claim, note: str) -> Claim:
    """``claim`` with its first source given ``note`` (or a source with it, when it has none)."""
    if not claim.sources:
        return dataclasses.replace(claim, sources=(Source("https://example.org/new", note=note),))
    return dataclasses.replace(claim, sources=(dataclasses.replace(claim.sources[0], note=note), *claim.sources[1:]))


def _lines_of(data: bytes) -> list[str]:
    return data.decode("utf-8-sig").splitlines(keepends=True)


def _changed_region(old: list[str], new: list[str]) -> tuple[int, int, int]:
    """(first line that differs, end of the old lines replaced, end of the new lines put there)."""
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, len(old) - suffix, len(new) - suffix


def _inserted(old: list[str], new: list[str], places: range) -> bool:
    """Whether ``new`` is ``old`` with lines inserted at one of ``places`` (and nothing else changed)."""
    added = len(new) - len(old)
    return added > 0 and any(new[:at] == old[:at] and new[at + added :] == old[at:] for at in places)


def _field_spans(lines: list[str], dash: int, end: int, key_column: int) -> dict[str, tuple[int, int]]:
    """Each top-level key of the entry: from the comment lines right above it to those above the next key."""
    starts: list[tuple[str, int]] = []
    for number in range(dash, end):
        line = lines[number]
        head = line[key_column:] if number > dash else line.lstrip(" -")
        if (number == dash or (line[:key_column].strip() == "" and line[key_column : key_column + 1].isalpha())) and (
            ":" in head
        ):
            starts.append((head.split(":", 1)[0], number))
    spans: dict[str, tuple[int, int]] = {}
    for i, (key, start) in enumerate(starts):
        while i and start - 1 > starts[i - 1][1] and lines[start - 1][key_column:].startswith("#"):
            start -= 1
        spans[key] = (start, end)
        if i:
            previous, (previous_start, _end) = starts[i - 1][0], spans[starts[i - 1][0]]
            spans[previous] = (previous_start, start)
    return spans


def _cli_edit(path: Path, claim_id: str, field: str, value: str | None) -> list[str]:
    option = {"tags": "--add-tag", "aliases": "--add-alias"}.get(field, "--" + field.replace("_", "-"))
    return ["edit", claim_id, option, value or "", "--kb", str(path)]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    _styled_file(),
    st.sampled_from(["edit", "remove", "add"]),
    st.integers(0, 3),
    _CHANGES,
    st.integers(0, 9).map(lambda n: n == 0),
)
def test_a_change_to_a_file_written_by_hand_touches_only_its_own_lines(
    tmp_path: Path,
    drawn: tuple[_FileStyle, bytes],
    operation: str,
    which: int,
    change: tuple[str, str | None],
    via_cli: bool,
) -> None:
    style, before = drawn
    path = tmp_path / "claims.yaml"
    path.write_bytes(before)
    claims = list(load_knowledge_base(path).claims)
    layout = read_layout(before.decode("utf-8-sig"))
    entry = layout.entries[which % len(layout.entries)]
    claim = claims[entry.index]
    if operation == "edit":
        field, value = change
        if field in ("tags", "aliases"):
            new = dataclasses.replace(claim, **{field: (*getattr(claim, field), value)})
        elif field == "sources":
            new, via_cli = _with_a_note(claim, str(value)), False  # no option of 'edit' writes a note
        else:
            new = dataclasses.replace(claim, **{field: Verdict(value) if field == "verdict" else value})
        if via_cli:
            result = CliRunner().invoke(app, _cli_edit(path, claim.id, field, value))
            assert result.exit_code == 0, result.output
        else:
            update_claim(path, claim.id, new)
        if field in ("tags", "aliases"):  # the list changed is written with each item once
            new = dataclasses.replace(new, **{field: tuple(dict.fromkeys(getattr(new, field)))})
        claims[entry.index] = new
    elif operation == "remove":
        if via_cli:
            result = CliRunner().invoke(app, ["remove", claim.id, "--yes", "--kb", str(path)])
            assert result.exit_code == 0, result.output
        else:
            remove_claim(path, claim.id)
        del claims[entry.index]
    else:
        new = Claim(id="added-claim", claim="An added claim: it says so", verdict=Verdict.MIXED, summary="Why.")
        if via_cli:
            options = ["--id", new.id, "--claim", new.claim, "--verdict", "mixed", "--summary", "Why."]
            result = CliRunner().invoke(app, ["add", *options, "--kb", str(path)])
            assert result.exit_code == 0, result.output
        else:
            add_claims(path, [new])
        claims.append(new)
    after = path.read_bytes()
    assert list(load_knowledge_base(path).claims) == claims
    assert after.startswith(codecs.BOM_UTF8) == style.bom
    changed_field = (claim.id, field) if operation == "edit" else None
    _assert_written_as_before(before, after, changed_field, final_break_added=not style.final_newline)
    if after == before:
        return
    old_lines, new_lines = _lines_of(before), _lines_of(after)
    if old_lines and new_lines[len(old_lines) - 1 :][:1] == [old_lines[-1] + style.newline]:
        old_lines[-1] += style.newline  # lines added after a last line without a break give it one
    start, old_end, new_end = _changed_region(old_lines, new_lines)
    changed = "".join(old_lines[start:old_end]), "".join(new_lines[start:new_end])
    if operation == "edit":
        spans = _field_spans(old_lines, entry.dash, entry.end, entry.key_column)
        if field not in spans:  # a new key: lines inserted in the entry
            assert _inserted(old_lines, new_lines, range(entry.dash + 1, entry.end + 1)), changed
            return
        first, last = spans[field]
        anchor = re.search(r"&(a\d+) ", "".join(old_lines[first:last]))
        if anchor and f"*{anchor.group(1)}" in "".join(old_lines[last : entry.end]):
            last = entry.end  # the value changed, its anchor goes to the first alias of it below ('- &a0 Tacos')
        assert first <= start and old_end <= last, (spans[field], changed)  # its lines only
        _assert_comments_keep_their_spacing(old_lines, new_lines, claim.id)
        node = _value_node(before.decode("utf-8-sig"), entry.index, field)
        items = node.value if isinstance(node, yaml.SequenceNode) else []
        if field == "sources" and items:  # the first source's lines only
            end = items[1].start_mark.line if len(items) > 1 else spans[field][1]
            assert items[0].start_mark.line <= start and old_end <= end, changed
        texts = [item.value for item in items if item.tag == "tag:yaml.org,2002:str"]
        block = isinstance(node, yaml.SequenceNode) and not node.flow_style
        if block and field != "sources" and len(texts) == len(set(texts)) == len(items) and value not in texts:
            assert _inserted(old_lines, new_lines, range(spans[field][0], spans[field][1] + 1)), (
                changed
            )  # an item added
    elif operation == "remove":  # the entry's lines, and blank lines beside them
        above = next(i for i in range(entry.start, -1, -1) if i == 0 or old_lines[i - 1].strip())
        below = next(i for i in range(entry.end, len(old_lines) + 1) if i == len(old_lines) or old_lines[i].strip())
        assert any(
            new_lines == old_lines[:a] + old_lines[b:]
            for a in range(above, entry.start + 1)
            for b in range(entry.end, below + 1)
        ), changed
    else:  # lines inserted after the last entry (the last line given its line break if it had none)
        last = layout.entries[-1]
        assert _inserted(old_lines, new_lines, range(last.content_end, last.end + 1)), changed
        assert "id: added-claim" in "".join(new_lines[start:new_end])


def _written_values(data: bytes) -> dict[tuple[object, ...], tuple[object, ...]]:
    """How each value of each entry is written, by its place (claim id, key, item number, key...): a text's
    style (a block text's header, '|+' or '>-', whose '+' keeps its final line breaks) and its value as
    written, final line breaks and all (the reader strips them: a change that dropped them read back the
    same); a list's or mapping's flow or block style.  Places an alias shares with its anchor are left out
    (an anchor follows its value, and may move to the alias)."""
    text = data.decode("utf-8-sig")
    lines = YAML_LINE_BREAK_KEPT.split(text)[::2]
    root = yaml.compose(text, Loader=SAFE_LOADER)
    entries = next(value for name, value in root.value if name.value == "claims").value
    found: dict[tuple[object, ...], tuple[int, tuple[object, ...]]] = {}
    uses: dict[int, int] = {}

    def walk(node: yaml.Node, place: tuple[object, ...]) -> None:
        uses[id(node)] = uses.get(id(node), 0) + 1
        if isinstance(node, yaml.ScalarNode):
            header = BLOCK_SCALAR_HEADER.match(lines[node.start_mark.line], node.start_mark.column)
            style = header.group() if node.style in ("|", ">") and header else node.style
            found[place] = (id(node), (style, node.value))
            return
        found[place] = (id(node), ("flow" if node.flow_style else "block",))
        children = node.value if isinstance(node, yaml.SequenceNode) else [value for _key, value in node.value]
        names = range(len(children)) if isinstance(node, yaml.SequenceNode) else [key.value for key, _ in node.value]
        for name, child in zip(names, children, strict=True):
            walk(child, (*place, name))

    for entry in entries:
        claim_id = next(value.value for key, value in entry.value if key.value == "id")
        walk(entry, (claim_id,))
    return {place: written for place, (node, written) in found.items() if uses[node] == 1}


def _assert_written_as_before(
    before: bytes, after: bytes, changed: tuple[str, str] | None, *, final_break_added: bool = False
) -> None:
    """Every value of every entry but the ``changed`` field (claim id, key) is written as it was (but for a line
    break added to the text that ended a file without one, when ``final_break_added``)."""
    old, new = _written_values(before), _written_values(after)
    claim_ids = {place[0] for place in new}
    for place, written in old.items():
        if place[0] not in claim_ids or place[:2] == changed or place not in new:
            continue  # a claim removed, the field changed, or a place an alias shares now
        if final_break_added and len(written) == 2 and new[place] == (written[0], f"{written[1]}\n"):
            continue
        assert new[place] == written, (place, written, new[place])


def _entry_comments(lines: list[str], claim_id: str) -> list[tuple[str, str]]:
    """(line, its end-of-line comment) for each line of the entry ``claim_id`` that ends in a comment."""
    layout = read_layout("".join(lines))
    entry = layout.find(claim_id)
    assert entry is not None
    entry_lines = [line.rstrip("\r\n") for line in lines[entry.dash : entry.end]]
    comments = _line_comments("".join(line + "\n" for line in entry_lines))
    assert comments is not None
    return [(line, comment) for line, comment in zip(entry_lines, comments, strict=True) if comment]


def _assert_comments_keep_their_spacing(old_lines: list[str], new_lines: list[str], claim_id: str) -> None:
    """A changed line ending in a comment that one old line of the entry ended in has it where that line
    had it: at the same column when its text leaves room, else after the same spaces."""
    old, new = _entry_comments(old_lines, claim_id), _entry_comments(new_lines, claim_id)
    old_lines_of = {line for line, _ in old}
    for line, comment in new:
        ones = [old_line for old_line, old_comment in old if old_comment == comment]
        if line in old_lines_of or len(ones) != 1 or [c for _, c in new].count(comment) != 1:
            continue
        (old_line,) = ones
        old_at, at = old_line.rindex(comment), line.rindex(comment)
        old_text, text = old_line[:old_at].rstrip(" \t"), line[:at].rstrip(" \t")
        if "\t" in old_line[len(old_text) : old_at] or len(text) >= old_at:
            assert line[len(text) : at] == old_line[len(old_text) : old_at], (old_line, line)
        else:
            assert at == old_at, (old_line, line)


# -- block texts and the line breaks they keep ---------------------------------------------------------------
#
# A block text's header says what becomes of its final line breaks: '|-' strips them, '|' keeps one, '|+' keeps
# them all, the blank lines below it included.  The reader strips every text, so a change that cut them short or
# gave them more read back the same: only the file shows it.  Each entry here ends with such a text (its last
# field, or its last source's), and one change is made to the file.

_HEADERS = ["|", "|-", "|+", ">", ">-", ">+"]


@st.composite
def _block_text_file(draw: st.DrawFn) -> bytes:
    lines = ["claims:"]
    for number in range(draw(st.integers(1, 3))):
        lines += [f"  - id: c{number}", "    claim: A claim", "    verdict: mixed"]
        text = f"      Text {number}."
        if draw(st.booleans()):
            lines += [
                "    sources:",
                f"      - url: https://example.org/{number}",
                "        quote: " + draw(st.sampled_from(_HEADERS)),
                "    " + text,
            ]
        else:
            lines += ["    summary: " + draw(st.sampled_from(_HEADERS)), text]
        lines += [""] * draw(st.integers(0, 2))
    if draw(st.booleans()):
        lines += ["language: en"]
    return ("\n".join(lines) + ("\n" if draw(st.booleans()) else "")).encode()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    _block_text_file(),
    st.integers(0, 2),
    st.sampled_from(["summary", "claimant", "tags", "sources", "remove", "add"]),
)
def test_a_change_keeps_every_block_text_as_written(tmp_path: Path, before: bytes, which: int, change: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(before)
    claims = list(load_knowledge_base(path).claims)
    claim = claims[which % len(claims)]
    changed = None
    if change == "remove":
        remove_claim(path, claim.id)
    elif change == "add":
        add_claims(path, [Claim(id="added", claim="An added claim", verdict=Verdict.MIXED)])
    else:
        new_value: object = {
            "summary": "A new summary.",
            "claimant": "Jo",
            "tags": ("a-tag",),
            "sources": tuple(dataclasses.replace(s, quote="A new quote.") for s in claim.sources),
        }[change]
        update_claim(path, claim.id, dataclasses.replace(claim, **{change: new_value}))
        changed = (claim.id, change)
    after = path.read_bytes()
    # a text that ended the file without a line break gets one when something is added after it
    _assert_written_as_before(before, after, changed, final_break_added=not before.endswith(b"\n"))
    if changed is not None:  # the text changed keeps its header
        old, new = _written_values(before), _written_values(after)
        for place in old.keys() & new.keys():
            if place[:2] == changed and len(old[place]) == 2 and str(old[place][0])[:1] in "|>":
                assert new[place][0] == old[place][0], (place, old[place], new[place])


def _layout_as_scanned(text: str) -> Layout:
    """The layout as it was read before its shortcuts: every '-' from PyYAML's scanner, each plain value
    resolved anew by PyYAML's own loader."""
    compose = yaml.compose
    with (
        mock.patch.object(layout_module, "_dashes_on_item_lines", lambda *_args: None),
        mock.patch.object(layout_module.yaml, "compose", lambda text, Loader: compose(text, Loader=SAFE_LOADER)),
    ):
        return read_layout(text)


@settings(max_examples=300, deadline=None)
@given(_styled_file())
def test_the_dashes_read_from_the_items_lines_are_where_the_scanner_finds_them(drawn: tuple[_FileStyle, bytes]) -> None:
    _style, data = drawn
    text = data.decode("utf-8-sig")
    assert read_layout(text) == _layout_as_scanned(text)


#: lists laid out as few write them, each with whether an item's own line tells where its '-' is
_ODD_LISTS = [
    # any '*' sends the reading to the scanner, an alias or not (an alias told from the composed nodes was
    # missed once: review19e)
    ("claims:\n  - id: a\n    claim: 'two * stars, no alias'\n  -   id: b # x\n", False),
    ("claims:\n  - id: a\n    claim: two stars, no alias\n  -   id: b # x\n", True),
    # perf24: a '*' inside a word or a value is no alias ("F*ck", "N****", "10*"): the lines are read
    ("claims:\n  - id: a\n    claim: 'F*ck, N**** and 10* are no alias'\n  -   id: b # x\n", True),
    ("claims:\n  - id: a\n    claim: F*ck*\n    tags: [a*, 'b*']\n  - id: b\n", True),
    # ... but one right after a flow indicator, a ':' or a '?' in a flow may be
    ("claims:\n  - id: a\n    claim: &c X\n    aliases: [b,*c]\n  - id: b\n", False),
    ('claims:\n  - id: a\n    claim: &c X\n    tags: {"k":*c}\n  - id: b\n', False),
    ("claims:\n  - id: a\n    claim: &c X\n    aliases: [?*c]\n  - id: b\n", False),
    ("claims:\n  - id: a\n    claim: &c X\n    aliases: [*c]\n  - id: b\n", False),
    ("claims:\n- id: a\n  claim: x\n- id: b\n", True),  # the dashes at the key's column
    ("claims:\n  # c\n  - id: a\n    summary: |+\n      t\n\n  - id: b\n\n\n", True),
    ("claims:\n  - {id: a, claim: x}\n  - [1, 2]\n  - plain\n  - 'q'\n  - |\n    block\n  - ~\n", True),
    ("x: &l\n  - id: a\nclaims: *l\n", False),
    ("claims:\n  - id: a\n    claim: &c X\n    aliases: [*c]\n  - id: b\n", False),
    # an alias on a line of its own to an anchor inside a flow list of the same claim (review19e: the line
    # was left out of its claim, and remove/add refused the change)
    (
        "claims:\n  - id: a\n    verdict: 'false'\n  - id: b\n    tags: [&mx mexico, troops]\n"
        "    claimant:\n      *mx\n",
        False,
    ),
    ("claims:\n  - - x\n  - id: b\n", True),  # the inner list starts at its own '-'
    ("claims:\n  - !!map\n    id: a\n  - &b id: b\n", True),  # a node starts at its tag or anchor
    ("claims:\n  - id: a\n    claim: &c X\n    summary: *c\n  - id: b\n", False),
    ("claims:\n  - id: a\n    claim: &c X\n    aliases:\n      - *c\n\n  - id: b\n", False),
    ("claims:\n  - &e\n    id: a\n  - *e\n", False),
    ("claims:\n  - &e {id: a}\n  - *e\n", False),
    ("a: &x X\nclaims:\n  - id: a\n    claim: *x\n", False),
    ("claims:\n  -\n    id: a\n  - id: b\n", False),
    ("claims:\n  - id: a\n  -\n  - id: b\n", False),
    ("claims:\r\n  - id: a\u2028    claim: x\x85  - id: b\r  - id: c\n", True),  # YAML's other line breaks
]


_SEPARATOR = st.sampled_from(["", " ", "  ", "\t", "\n   ", "\r\n   ", "\u2028   ", "\x85   "])
_LEAF = st.sampled_from(["*a", "x", "x*", "a**", "'*a'", '"q"', "!!str x", "&b y"])


def _flow_node(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A flow list or mapping of ``inner`` nodes, spaced in any way YAML allows (or not: those texts are skipped)."""
    items = st.lists(st.tuples(_SEPARATOR, inner, _SEPARATOR), min_size=1, max_size=3)
    listed = items.map(lambda parts: "[" + ",".join(a + node + b for a, node, b in parts) + "]")
    key = st.sampled_from(['"k"', "'k'", "k", "? k", "?"])
    pairs = st.lists(st.tuples(key, st.sampled_from([":", ": ", ":\t"]), inner), min_size=1, max_size=3)
    mapped = pairs.map(lambda parts: "{" + ", ".join(k + colon + node for k, colon, node in parts) + "}")
    return listed | mapped


_NODE = st.recursive(_LEAF, _flow_node, max_leaves=6)
_BLOCK = st.sampled_from(["b: {}\n", "b:\n  - {}\n", "b:\n- {}\n", "b: # *\n  {}\n", "{}: c\n", "? {}\n: c\n"])


@settings(max_examples=500, deadline=None)
@given(_BLOCK, _NODE, st.booleans())
def test_a_text_with_an_alias_is_always_sent_to_the_scanner(block: str, node: str, bom: bool) -> None:
    """perf24: the layout reader tells a text without an alias by its '*'s (``_may_hold_an_alias``): whenever
    PyYAML's scanner finds an alias in a text that composes, that says it may hold one."""
    text = ("\ufeff" if bom else "") + "a: &a v\n" + block.format(node)
    try:
        yaml.compose(text, Loader=SAFE_LOADER)
        has_alias = any(isinstance(token, yaml.AliasToken) for token in yaml.scan(text, Loader=SAFE_LOADER))
    except yaml.YAMLError:
        assume(False)
        return
    assert layout_module._may_hold_an_alias(text) or not has_alias


@pytest.mark.parametrize(("text", "read_from_the_lines"), _ODD_LISTS)
def test_odd_lists_are_laid_out_as_the_scanner_finds_them(text: str, read_from_the_lines: bool) -> None:
    scanned = _layout_as_scanned(text)
    answers: list[object] = []
    original = layout_module._dashes_on_item_lines

    def recorded(*args: Any) -> object:
        answers.append(original(*args))
        return answers[-1]

    with mock.patch.object(layout_module, "_dashes_on_item_lines", recorded):
        assert read_layout(text) == scanned
    # an alias is told before the lines are read: they are not read then
    assert (answers != [] and answers[0] is not None) == read_from_the_lines
