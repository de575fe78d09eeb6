"""``entrytext.quick_entry`` writes a new claim's entry byte for byte as ruamel (``roundtrip.dump_entry``) does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.entrytext import quick_entry
from factcheck.model import Claim, Source, Verdict
from factcheck.roundtrip import WrittenStyles, dump_entry, styled_mapping
from factcheck.store import load_knowledge_base

STARTER = Path(__file__).resolve().parent.parent / "claims.yaml"

# YAML's special characters, quotes, escapes, line breaks and tabs, letters of other scripts, a wide character
_CHARS = st.sampled_from(
    [
        *"abcXYZ019 .,:;#-?!&*|>'\"%@`[]{}()/\\\t\n\r~=+$_",
        "é",
        "’",
        "ß",
        "日",
        "\u00a0",
        "\u2028",
        "\ufeff",
        "\x07",
        "\x85",
        "😀",
        "  ",
        "\n\n",
    ]
)
_TEXT = st.lists(_CHARS, min_size=1, max_size=30).map("".join).filter(lambda t: t.strip() != "")
_WORDS = st.lists(
    st.sampled_from(["troops", "border", "12", "yes", "no", "2024-01-02", "a:", "#x", "0o17", "’s"]),
    min_size=1,
    max_size=30,
).map(" ".join)
_VALUE = st.one_of(_TEXT, _WORDS, st.sampled_from(["https://x.example/a?b=1#c", "http://y.example/(z)", "null"]))
_FIELDS = ("claim", "summary", "claimant", "checked", "original_rating", "aliases", "tags", "url", "title", "quote")


@st.composite
def _claims(draw: st.DrawFn) -> Claim:
    def maybe() -> str | None:
        return draw(st.one_of(st.none(), _VALUE))

    sources = [
        Source(url=draw(_VALUE), title=maybe(), publisher=maybe(), date=maybe(), quote=maybe(), note=maybe())
        for _ in range(draw(st.integers(0, 2)))
    ]
    return Claim(
        id=draw(st.sampled_from(["x", "claim-2", "a-b-c"])),
        claim=draw(_VALUE),
        verdict=draw(st.sampled_from(list(Verdict))),
        summary=maybe(),
        aliases=tuple(draw(st.lists(_VALUE, max_size=3))),
        tags=tuple(draw(st.lists(_VALUE, max_size=3))),
        claimant=maybe(),
        checked=maybe(),
        original_rating=maybe(),
        sources=tuple(sources),
    )


_STYLES = st.builds(
    WrittenStyles,
    st.dictionaries(st.sampled_from(_FIELDS), st.sampled_from(["plain", "single", "double"]), max_size=3),
    st.dictionaries(st.sampled_from(["tags", "aliases"]), st.booleans(), max_size=2),
)


def _ruamel(claim: Claim, dash: int, key: int, styles: WrittenStyles | None) -> str:
    return dump_entry(styled_mapping(claim.to_dict(), styles), dash_column=dash, key_column=key)


#: (dash, key) columns: mostly a file's own (keys two right of the dash), some no plain case
_COLUMNS = st.integers(0, 6).flatmap(
    lambda dash: st.tuples(st.just(dash), st.one_of(st.just(dash + 2), st.integers(1, 8)))
)


@settings(max_examples=400, deadline=None)
@given(_claims(), _COLUMNS, st.one_of(st.none(), _STYLES))
def test_an_entry_written_quickly_is_the_one_ruamel_writes(
    claim: Claim, columns: tuple[int, int], styles: WrittenStyles | None
) -> None:
    dash, key = columns
    quick = quick_entry(claim.to_dict(), dash_column=dash, key_column=key, styles=styles)
    if quick is not None:
        assert quick == _ruamel(claim, dash, key, styles)


@settings(max_examples=600, deadline=None)
@given(_VALUE, st.sampled_from(_FIELDS), _COLUMNS, st.one_of(st.none(), _STYLES))
def test_each_text_written_quickly_is_as_ruamel_writes_it(
    text: str, field: str, columns: tuple[int, int], styles: WrittenStyles | None
) -> None:
    """One text at a time, in each field (a claim's, a list's item, a source's), so that an entry is not left to
    ruamel for another text than the one tried."""
    fields: dict[str, Any] = {"id": "x", "claim": "c", "verdict": Verdict.FALSE}
    if field in ("aliases", "tags"):
        fields[field] = (text,)
    elif field in ("url", "title", "quote"):
        fields["sources"] = (Source(**{"url": "u", field: text}),)
    else:
        fields[field] = text
    claim = Claim(**fields)
    dash, key = columns
    quick = quick_entry(claim.to_dict(), dash_column=dash, key_column=key, styles=styles)
    if quick is not None:
        assert quick == _ruamel(claim, dash, key, styles)


@pytest.mark.parametrize(("dash", "key"), [(0, 2), (2, 4), (4, 6), (1, 3)])
def test_the_starter_files_claims_are_written_quickly_as_ruamel_writes_them(dash: int, key: int) -> None:
    """The common case takes the quick path (else the test above would prove nothing): every claim of the starter
    file, multi-line quotes, folded summaries, flow tags and all."""
    claims = load_knowledge_base(STARTER).claims
    for claim in claims:
        quick = quick_entry(claim.to_dict(), dash_column=dash, key_column=key)
        assert quick is not None, claim.id
        assert quick == _ruamel(claim, dash, key, None)


def test_what_is_no_plain_case_is_left_to_ruamel() -> None:
    """A text ruamel writes with an escape, one past its line width, a line break in a list's item, a text
    ruamel (YAML 1.2) would quote though PyYAML reads it plain: None, and ``dump_entry`` writes it."""
    for claim in (
        Claim(id="x", claim="a\x85b", verdict=Verdict.FALSE),
        Claim(id="x", claim="word " * 1000, verdict=Verdict.FALSE),
        Claim(id="x", claim="c", verdict=Verdict.FALSE, aliases=("two\nlines",)),
        Claim(id="x", claim="0o17", verdict=Verdict.FALSE),
    ):
        assert quick_entry(claim.to_dict(), dash_column=0, key_column=2) is None
        assert _ruamel(claim, 0, 2, None)  # which writes it
