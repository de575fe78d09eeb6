"""The embedding cache: computed once, reused across runs, incremental after an edit, never a failure."""

from __future__ import annotations

import dataclasses
import os
import time
from pathlib import Path

import numpy as np
import pytest
from semantic_fakes import WordEncoder

from factcheck.embedding_cache import EmbeddingCache, text_key
from factcheck.semantic import SemanticMatcher
from factcheck.store import load_knowledge_base

TEXTS = ["US troops are in Mexico", "Drones fly over Mexico", "Eggs cost more", "US troops are in Mexico"]


def test_vectors_are_computed_once_then_read_back_in_a_new_run(tmp_path: Path) -> None:
    first_encoder = WordEncoder()
    first = EmbeddingCache(tmp_path, first_encoder).embed(TEXTS)
    assert first_encoder.embedded == sorted(set(TEXTS), key=len)  # each distinct text once

    second_encoder = WordEncoder()
    cache = EmbeddingCache(tmp_path, second_encoder)
    second = cache.embed(TEXTS)
    assert second_encoder.calls == []
    assert (cache.computed, cache.reused) == (0, 3)
    np.testing.assert_array_equal(first, second)
    np.testing.assert_allclose(second, WordEncoder().encode(TEXTS), atol=1e-6)


def test_editing_one_claim_embeds_only_its_new_text(mini_kb: Path, tmp_path: Path) -> None:
    kb = load_knowledge_base(mini_kb)
    SemanticMatcher(kb.claims, WordEncoder(), cache=EmbeddingCache(tmp_path, WordEncoder()))
    edited = dataclasses.replace(kb.claims[1], claim="Foreign soldiers may enter Mexico only with Senate consent.")
    claims = [kb.claims[0], edited, *kb.claims[2:]]

    encoder = WordEncoder()
    matcher = SemanticMatcher(claims, encoder, cache=EmbeddingCache(tmp_path, encoder))
    assert encoder.embedded == [edited.claim]
    assert matcher.search("soldiers enter Mexico with Senate consent", top=1)[0].claim.id == edited.id


def test_progress_is_reported_up_to_the_total_and_not_at_all_when_cached(tmp_path: Path) -> None:
    texts = [f"statement number {i}" for i in range(600)]
    calls: list[tuple[int, int]] = []
    EmbeddingCache(tmp_path, WordEncoder()).embed(texts, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 600)
    assert calls[-1] == (600, 600)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)

    again: list[tuple[int, int]] = []
    EmbeddingCache(tmp_path, WordEncoder()).embed(texts, progress=lambda done, total: again.append((done, total)))
    assert again == []


def cache_file(folder: Path) -> Path:
    return folder / "embeddings" / f"{WordEncoder.model_id}.npz"


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b"not a zip file at all"),
        lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
        lambda p: p.write_bytes(b""),
    ],
    ids=["garbage", "truncated", "empty"],
)
def test_a_corrupt_cache_is_ignored_and_rebuilt(tmp_path: Path, damage: object) -> None:
    EmbeddingCache(tmp_path, WordEncoder()).embed(TEXTS)
    damage(cache_file(tmp_path))  # type: ignore[operator]

    encoder = WordEncoder()
    vectors = EmbeddingCache(tmp_path, encoder).embed(TEXTS)
    assert len(encoder.embedded) == 3
    np.testing.assert_allclose(vectors, WordEncoder().encode(TEXTS), atol=1e-6)
    rebuilt = WordEncoder()
    EmbeddingCache(tmp_path, rebuilt).embed(TEXTS)
    assert rebuilt.calls == []


def test_a_cache_from_another_model_or_with_bad_values_is_not_used(tmp_path: Path) -> None:
    path = cache_file(tmp_path)
    path.parent.mkdir(parents=True)
    keys = np.array([text_key(t) for t in TEXTS[:3]])
    good_meta = np.array('{"format": 1, "model": "test-word-hash-v1", "dim": 64}')
    other_meta = np.array('{"format": 1, "model": "another-model", "dim": 64}')
    bad_stores = [
        {"keys": keys, "vectors": np.ones((3, 64), np.float32), "meta": other_meta},
        {"keys": keys, "vectors": np.ones((3, 32), np.float32), "meta": good_meta},
        {"keys": keys, "vectors": np.full((3, 64), np.nan, np.float32), "meta": good_meta},
        {"keys": keys, "vectors": np.ones((3, 64), np.float64), "meta": good_meta},
        {"keys": keys, "vectors": np.ones((3, 64), np.float32)},
    ]
    for arrays in bad_stores:
        with path.open("wb") as handle:
            np.savez(handle, **arrays)  # type: ignore[arg-type]
        encoder = WordEncoder()
        vectors = EmbeddingCache(tmp_path, encoder).embed(TEXTS[:3])
        assert len(encoder.embedded) == 3
        np.testing.assert_allclose(vectors, WordEncoder().encode(TEXTS[:3]), atol=1e-6)


def test_an_unwritable_cache_folder_breaks_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    encoder = WordEncoder()
    cache = EmbeddingCache(blocker / "cache", encoder)
    vectors = cache.embed(TEXTS)
    np.testing.assert_allclose(vectors, WordEncoder().encode(TEXTS), atol=1e-6)
    assert cache.save_error is not None and "could not write the embedding cache" in cache.save_error
    assert blocker.read_text() == "a file where the cache folder should be"


def test_memory_only_cache_writes_nothing(tmp_path: Path) -> None:
    cache = EmbeddingCache(None, WordEncoder())
    cache.embed(TEXTS)
    assert cache.embed(TEXTS).shape == (4, 64)
    assert (cache.computed, cache.reused) == (0, 3)
    assert list(tmp_path.iterdir()) == []


def stored_keys(folder: Path) -> list[str]:
    with np.load(cache_file(folder), allow_pickle=False) as archive:
        keys: list[str] = archive["keys"].tolist()
    return keys


def test_a_small_file_checked_now_and_then_keeps_a_big_ones_vectors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("factcheck.embedding_cache.MAX_KEPT_TEXTS", 12)
    big = [f"old statement {i}" for i in range(10)]
    EmbeddingCache(tmp_path, WordEncoder()).embed(big)
    small = ["new statement 1", "new statement 2"]
    EmbeddingCache(tmp_path, WordEncoder()).embed(small)
    kept = stored_keys(tmp_path)
    assert kept[:2] == [text_key(t) for t in small]
    assert set(kept[2:]) == {text_key(t) for t in big}  # 12 in all: nothing of the big file lost
    encoder = WordEncoder()
    EmbeddingCache(tmp_path, encoder).embed(big)
    assert encoder.calls == []


def test_the_store_is_bounded_keeping_the_current_texts_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.embedding_cache.MAX_KEPT_TEXTS", 6)
    old = [f"old statement {i}" for i in range(10)]
    EmbeddingCache(tmp_path, WordEncoder()).embed(old)
    assert len(stored_keys(tmp_path)) == 10  # one file bigger than the bound is kept whole
    current = ["new statement 1", "new statement 2"]
    EmbeddingCache(tmp_path, WordEncoder()).embed(current)
    kept = stored_keys(tmp_path)
    assert len(kept) == 6
    assert kept[:2] == [text_key(t) for t in current]
    assert set(kept[2:]) <= {text_key(t) for t in old}


def test_no_leftover_temporary_files(tmp_path: Path) -> None:
    EmbeddingCache(tmp_path, WordEncoder()).embed(TEXTS)
    EmbeddingCache(tmp_path, WordEncoder()).embed([*TEXTS, "one more"])
    assert [p.name for p in (tmp_path / "embeddings").iterdir()] == [cache_file(tmp_path).name]


def test_empty_input_gives_an_empty_matrix(tmp_path: Path) -> None:
    assert EmbeddingCache(tmp_path, WordEncoder()).embed([]).shape == (0, 64)
    assert not (tmp_path / "embeddings").exists()


def test_the_cache_folder_is_the_one_the_index_cache_uses(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from factcheck.semantic import build_semantic_matcher

    monkeypatch.setattr("factcheck.semantic.load_encoder", lambda model_dir=None: WordEncoder())
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    matcher = build_semantic_matcher([])
    assert matcher.cache.path == tmp_path / "embeddings" / f"{WordEncoder.model_id}.npz"
    assert build_semantic_matcher([], use_cache=False).cache.path is None


def test_text_keys_differ_for_texts_that_differ_only_in_punctuation() -> None:
    assert text_key('He said "ill."') != text_key("He said 'ill.'")
    assert text_key("same") == text_key("same")
    assert len(text_key("\ud800 lone surrogate")) == 32


def test_a_fifo_at_the_store_name_is_no_store_not_a_hang(tmp_path: Path) -> None:
    # a FIFO named <model id>.npz made every semantic check wait forever for a writer
    import os
    import threading

    path = cache_file(tmp_path)
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    results: list[np.ndarray] = []
    worker = threading.Thread(target=lambda: results.append(EmbeddingCache(tmp_path, WordEncoder()).embed(TEXTS)))
    worker.daemon = True
    worker.start()
    worker.join(10)
    if worker.is_alive():
        with open(os.open(path, os.O_WRONLY | os.O_NONBLOCK), "wb"):  # release the blocked reader
            pass
        pytest.fail("reading the embedding store hung")
    np.testing.assert_allclose(results[0], WordEncoder().encode(TEXTS), atol=1e-6)


@pytest.mark.parametrize("writes", [True, False], ids=["written", "only-read"])
@pytest.mark.parametrize(
    ("abandoned_name", "in_progress_name"),
    [
        (".tmp-abandoned.npz", ".tmp-in-progress.npz"),
        (".embeddings-abandoned.tmp", ".embeddings-in-progress.tmp"),  # as versions before 3736d9f named them
    ],
    ids=["this-version", "older-versions"],
)
def test_temporary_files_of_store_writers_killed_long_ago_are_pruned(
    tmp_path: Path, writes: bool, abandoned_name: str, in_progress_name: str
) -> None:
    # a SIGKILL or SIGTERM (timeout, cron) while the store was written left its temporary file for ever (the
    # text caches deleted theirs a day later, on their next read or write); a young one may be a write in progress
    EmbeddingCache(tmp_path, WordEncoder()).embed(TEXTS)
    folder = tmp_path / "embeddings"
    abandoned, in_progress = folder / abandoned_name, folder / in_progress_name
    for path in (abandoned, in_progress):
        path.write_bytes(b"half a store")
    two_days_ago = time.time() - 2 * 24 * 60 * 60
    os.utime(abandoned, (two_days_ago, two_days_ago))
    EmbeddingCache(tmp_path, WordEncoder()).embed([*TEXTS, "one more"] if writes else TEXTS)
    assert not abandoned.exists()
    assert in_progress.exists()
