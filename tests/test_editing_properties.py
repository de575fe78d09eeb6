"""Property tests: any text is written so the reader gets it back, and any sequence of
add/edit/remove leaves a file that loads to exactly the expected claims, other entries untouched."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from factcheck.editing import add_claims, remove_claim, update_claim
from factcheck.layout import read_layout
from factcheck.model import ID_PATTERN, Claim, Source, Verdict
from factcheck.roundtrip import _plain_reads_back, dump_entry, parser_reads_back, reads_as_text, styled_mapping
from factcheck.store import load_knowledge_base

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
