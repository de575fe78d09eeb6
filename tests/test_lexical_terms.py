"""The terms store (``lexical_terms``): an index built from the terms kept of the last index built is the index built
afresh, array for array, so ``add``'s near-duplicate refusals and related claims are those it gave before."""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck.lexical_terms as lexical_terms
from factcheck import cache
from factcheck.editing import NearDuplicateError, add_claims
from factcheck.lexical import LexicalMatcher
from factcheck.lexical_index import LexicalIndex, load_or_build_index
from factcheck.lexical_terms import TermsStore
from factcheck.matching import find_matches, near_duplicates
from factcheck.model import Claim, Source, Verdict
from factcheck.store import load_knowledge_base


def _arrays(index: LexicalIndex) -> list[tuple[str, str, bytes]]:
    arrays, meta = index.to_arrays()
    return [(name, str(array.dtype), array.tobytes()) for name, array in sorted(arrays.items())] + [
        ("meta", "", repr(meta).encode())
    ]


def _decision(claims: tuple[Claim, ...], claim: Claim) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """What ``add`` decides for ``claim`` as it did before the store: its near-duplicates (a refusal when any) and the
    related claims, from an index built afresh (no cache at all)."""
    matcher = LexicalMatcher(claims, use_cache=False)
    similar = [(c.id, s) for c, s in near_duplicates(matcher, claim) if c.id != claim.id]
    if similar:  # refused: no related claims
        return similar, []
    return similar, [(m.claim.id, m.score) for m in find_matches(matcher, claim.claim, top=3)]


def _added(path: Path, claim: Claim) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """What ``add_claims(check_similar=True)`` decided: the refusal's near-duplicates, or the related claims."""
    try:
        result = add_claims(path, [claim], check_similar=True)
    except NearDuplicateError as error:
        return [(c.id, s) for c, s in error.similar], []
    return [], [(other.id, score) for _added_id, other, score in result.related]


def test_adds_on_a_generated_file_decide_as_an_index_built_afresh(
    tmp_path: Path, load_bench: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Adds one after another, near-duplicates of the file's claims and new claims: each refused or added with the
    same near-duplicates and related claims (ids and scores) as an index built afresh gives, and each reads only the
    texts the previous one did not (the store's point)."""
    validate_speed = load_bench("validate_speed")
    path = tmp_path / "claims.yaml"
    path.write_text(validate_speed.claims_yaml(300), encoding="utf-8")
    rng = random.Random(3)
    words = validate_speed.vocabulary()
    read: Counter[str] = Counter()
    real = lexical_terms.text_counts

    def counting(text: str) -> object:
        read[text] += 1
        return real(text)

    monkeypatch.setattr(lexical_terms, "text_counts", counting)
    monkeypatch.setattr(lexical_terms, "MIN_STORED_CLAIMS", 300)  # the store of files this big (and bigger)
    refused = added = 0
    for number in range(12):
        claims = load_knowledge_base(path).claims
        if number % 2:
            text = validate_speed.near_duplicate(rng, rng.choice(claims).claim, words)
        else:
            text = validate_speed.sentence(rng, words, 8, 20)
        claim = Claim(
            f"added-{number}",
            text,
            Verdict.FALSE,
            summary=f"Summary {number}.",
            sources=(Source("https://example.org/a"),),
        )
        expected = _decision(claims, claim)
        read.clear()
        assert _added(path, claim) == expected
        refused += bool(expected[0])
        added += not expected[0]
        if number:  # the first reads the whole file; each later one the claim the previous one added, if it did
            assert sum(read.values()) <= 2, read
    assert refused and added  # both decisions were made


def test_a_store_of_other_claims_or_a_damaged_one_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexical_terms, "MIN_STORED_CLAIMS", 2)
    claims = [
        Claim("a", "US troops are in Mexico", Verdict.FALSE, aliases=("American soldiers are in Mexico",)),
        Claim("b", "The border wall is finished", Verdict.FALSE, summary="It is not. US troops"),
    ]
    load_or_build_index(claims)  # stores the terms of these texts
    others = [
        Claim("c", "Mexico are in troops US", Verdict.FALSE, summary="US troops are in Mexico"),  # order of first use
        Claim("d", "It is not. US troops", Verdict.TRUE, aliases=("The border wall is finished", "")),
    ]
    store = TermsStore.load()
    assert _arrays(LexicalIndex.build(others, counts_of=store)) == _arrays(LexicalIndex.build(others))
    # "US troops are in Mexico", "It is not. US troops", "The border wall is finished" and "" (a summary missing)
    assert store.reused == 4
    key = lexical_terms._store_key()
    arrays, meta = cache.load_arrays(key, "terms")  # type: ignore[misc]
    damages: list[Callable[[dict[str, np.ndarray], dict[str, object]], None]] = [
        lambda a, m: a.__setitem__("word_ids", a["word_ids"] + 10_000),
        lambda a, m: a.__setitem__("char_counts", a["char_counts"][:-1]),
        lambda a, m: a.__setitem__("keys", a["keys"][:-1]),
        lambda a, m: a.__setitem__("char_counts", a["char_counts"] * 0),
        lambda a, m: m.__setitem__("word_vocab", "not a list"),
        lambda a, m: a.__setitem__("word_ptr", a["word_ptr"].astype(np.int32)),
    ]
    for damage in damages:
        damaged_arrays, damaged_meta = dict(arrays), dict(meta)
        damage(damaged_arrays, damaged_meta)
        cache.save_arrays(key, "terms", damaged_arrays, damaged_meta)
        store = TermsStore.load()
        assert _arrays(LexicalIndex.build(others, counts_of=store)) == _arrays(LexicalIndex.build(others))
        assert store.reused == 0


_WORDS = ["troops", "troop", "Mexico", "mexico", "US", "border", "10,000", "ten", "thousand", "wall", "the", "é", "ß"]
_TEXT = st.lists(st.sampled_from(_WORDS), max_size=6).map(" ".join)
_CLAIM = st.tuples(_TEXT, st.lists(_TEXT, max_size=2), st.one_of(st.none(), _TEXT))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.lists(_CLAIM, min_size=1, max_size=6), second=st.lists(_CLAIM, min_size=1, max_size=6))
def test_any_claims_index_the_same_from_any_store(
    first: list[tuple[str, list[str], str | None]], second: list[tuple[str, list[str], str | None]]
) -> None:
    """Texts of few words, reworded, repeated and moved between fields (a summary becoming a claim's text): the index
    of the second list built from the store of the first is the one built afresh."""

    def claims(drawn: list[tuple[str, list[str], str | None]]) -> list[Claim]:
        return [
            dataclasses.replace(Claim(f"c{i}", text or "x", Verdict.FALSE), aliases=tuple(aliases), summary=summary)
            for i, (text, aliases, summary) in enumerate(drawn)
        ]

    def texts(drawn: list[tuple[str, list[str], str | None]]) -> set[str]:
        return {t for text, aliases, summary in drawn for t in (text or "x", *aliases, summary or "")}

    store = TermsStore()
    LexicalIndex.build(claims(first), counts_of=store)
    assert store.save()
    again = TermsStore.load()
    assert _arrays(LexicalIndex.build(claims(second), counts_of=again)) == _arrays(LexicalIndex.build(claims(second)))
    assert again.reused == len(texts(first) & texts(second))  # each text both lists hold, read back


def test_a_small_file_neither_reads_nor_overwrites_the_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file of fewer than ``MIN_STORED_CLAIMS`` claims is indexed afresh: the store of a big file (read whole, to
    no gain for a few claims) is not read, and stays for that file's next build."""
    monkeypatch.setattr(lexical_terms, "MIN_STORED_CLAIMS", 3)
    big = [Claim(f"b{i}", f"Claim number {i} about the border wall", Verdict.FALSE) for i in range(3)]
    load_or_build_index(big)
    stored = cache.cache_file(lexical_terms._store_key(), "terms").read_bytes()
    loaded: list[int] = []
    real = TermsStore.load

    def loading() -> TermsStore:
        loaded.append(1)
        return real()

    monkeypatch.setattr(TermsStore, "load", loading)
    small = [Claim("s", "US troops are in Mexico", Verdict.FALSE), Claim("t", "Claim number 1", Verdict.TRUE)]
    assert _arrays(load_or_build_index(small)) == _arrays(LexicalIndex.build(small))
    assert not loaded
    assert cache.cache_file(lexical_terms._store_key(), "terms").read_bytes() == stored
    load_or_build_index([*big, small[0]])
    assert loaded  # a file as big reads it


def test_saving_the_store_deletes_those_of_other_versions() -> None:
    """A store of another normaliser version is never read again: saving deletes it (not kept by pruning)."""
    folder = cache.cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / f"{'0' * 64}-terms.npz"
    old.write_bytes(b"a store of another version")
    index = folder / f"{'1' * 64}-lexical.npz"  # another kind: left alone
    index.write_bytes(b"an index")
    store = TermsStore()
    LexicalIndex.build([Claim("a", "US troops are in Mexico", Verdict.FALSE)], counts_of=store)
    assert store.save()
    assert not old.exists()
    assert index.exists()
    assert cache.cache_file(lexical_terms._store_key(), "terms").exists()
