"""The index cache: same content, same index; anything odd in the cache means a silent rebuild."""

from __future__ import annotations

import contextlib
import io
import os
import threading
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from factcheck import cache
from factcheck.lexical import LexicalIndex, LexicalMatcher
from factcheck.lexical_index import _cache_version
from factcheck.model import Claim, Verdict
from factcheck.store import bundled_kb_path, load_knowledge_base
from factcheck.text import terms

CLAIMS = [
    Claim(id="a", claim="Drones fly over the border every night", verdict=Verdict.FALSE, aliases=("Night drones",)),
    Claim(id="b", claim="Marines trained in Baja California", verdict=Verdict.TRUE, summary="155 marines."),
]
QUERY = "drones flying over the border"


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*-lexical.npz"))


def _cache_folder() -> Path:
    return Path(os.environ[cache.CACHE_ENV_VAR])


def _ranking(matcher: LexicalMatcher) -> list[tuple[str, float]]:
    return [(m.claim.id, m.score) for m in matcher.search(QUERY, top=5)]


def test_second_build_reads_the_cache_and_ranks_the_same() -> None:
    first = LexicalMatcher(CLAIMS)
    files = _files(_cache_folder())
    assert len(files) == 1
    inode = files[0].stat().st_ino
    second = LexicalMatcher(CLAIMS)
    assert _files(_cache_folder())[0].stat().st_ino == inode  # read, not rewritten (a write renames a new file)
    assert _ranking(first) == _ranking(second) == _ranking(LexicalMatcher(CLAIMS, use_cache=False))


def test_no_cache_writes_nothing() -> None:
    LexicalMatcher(CLAIMS, use_cache=False)
    assert _files(_cache_folder()) == []


def test_key_follows_content_and_version() -> None:
    version = _cache_version()
    key = cache.content_key(CLAIMS, version)
    assert key == cache.content_key(list(CLAIMS), version)
    assert key != cache.content_key(CLAIMS[::-1], version)
    assert key != cache.content_key(CLAIMS, version + "x")
    edited = [CLAIMS[0], Claim(id="b", claim=CLAIMS[1].claim, verdict=Verdict.TRUE, summary="156 marines.")]
    assert key != cache.content_key(edited, version)
    moved = [Claim(id="a", claim="x", verdict=Verdict.TRUE, aliases=("y",)), CLAIMS[1]]
    merged = [Claim(id="a", claim="x", verdict=Verdict.TRUE, summary="y"), CLAIMS[1]]
    assert cache.content_key(moved, version) != cache.content_key(merged, version)


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b"not a zip file"),
        lambda p: p.write_bytes(p.read_bytes()[:200]),
        lambda p: p.write_bytes(b""),
    ],
)
def test_corrupt_cache_is_rebuilt_silently(damage) -> None:  # type: ignore[no-untyped-def]
    expected = _ranking(LexicalMatcher(CLAIMS))
    damage(_files(_cache_folder())[0])
    assert _ranking(LexicalMatcher(CLAIMS)) == expected
    assert _ranking(LexicalMatcher(CLAIMS)) == expected  # and the rebuilt file is good again


def _npy_claiming_shape(shape: tuple[int, ...]) -> bytes:
    """A .npy member whose header claims ``shape`` but that holds almost no data."""
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "<f8", "fortran_order": False, "shape": shape})
    return header.getvalue() + bytes(64)


@pytest.mark.parametrize("shape", [(10**13,), (10**6, 10**6, 10**6), (2**64,), (2**62,), (-1,)])
def test_a_header_claiming_a_huge_shape_is_rebuilt_silently(shape: tuple[int, ...]) -> None:
    # such a header used to end every check with a MemoryError (or OverflowError) traceback
    expected = _ranking(LexicalMatcher(CLAIMS))
    path = _files(_cache_folder())[0]
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word_docs.npy"] = _npy_claiming_shape(shape)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    assert cache.load_arrays(path.name.split("-")[0], "lexical") is None
    assert _ranking(LexicalMatcher(CLAIMS)) == expected
    assert _ranking(LexicalMatcher(CLAIMS)) == expected  # and the rebuilt file is good again


def test_absurdly_nested_metadata_is_no_cache() -> None:
    key = "k" * 64
    cache.save_arrays(key, "test", {"x": np.zeros(2)}, {"deep": 1})
    path = cache.cache_file(key, "test")
    with path.open("wb") as handle:
        np.savez(handle, x=np.zeros(2), __meta__=np.frombuffer(b"[" * 100_000 + b"]" * 100_000, dtype=np.uint8))
    assert cache.load_arrays(key, "test") is None
    (_cache_folder() / f"{key}-kb.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    assert cache.load_json(key, "kb") is None


def test_inconsistent_arrays_are_rejected() -> None:
    expected = _ranking(LexicalMatcher(CLAIMS))
    path = _files(_cache_folder())[0]
    with np.load(path, allow_pickle=False) as archive:
        arrays = {name: archive[name] for name in archive.files}
    arrays["word_docs"] = arrays["word_docs"] + 1000  # postings pointing past the last claim
    with path.open("wb") as handle:
        np.savez(handle, **arrays)
    assert _ranking(LexicalMatcher(CLAIMS)) == expected


def test_pickled_cache_is_never_loaded() -> None:
    LexicalMatcher(CLAIMS)
    path = _files(_cache_folder())[0]
    with path.open("wb") as handle:
        np.savez(handle, word_docs=np.array([object()], dtype=object))
    assert _ranking(LexicalMatcher(CLAIMS)) == _ranking(LexicalMatcher(CLAIMS, use_cache=False))


def test_unwritable_cache_folder_does_not_break_matching(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv(cache.CACHE_ENV_VAR, str(blocker / "cache"))
    assert _ranking(LexicalMatcher(CLAIMS)) == _ranking(LexicalMatcher(CLAIMS, use_cache=False))


def test_cache_dir_defaults_to_the_user_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cache.CACHE_ENV_VAR)
    assert "factcheck" in str(cache.cache_dir())


def test_old_indexes_are_pruned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "MAX_FILES_PER_KIND", 2)
    for i in range(4):
        LexicalMatcher([Claim(id="a", claim=f"Claim number {i} about drones", verdict=Verdict.FALSE)])
    assert len(_files(_cache_folder())) == 2


def test_a_broken_link_in_the_cache_folder_does_not_stop_pruning(monkeypatch: pytest.MonkeyPatch) -> None:
    # one file whose date could not be read stopped every prune: the folder grew without end
    monkeypatch.setattr(cache, "MAX_FILES_PER_KIND", 2)
    (_cache_folder() / "broken-lexical.npz").symlink_to(_cache_folder() / "nowhere")
    for i in range(4):
        LexicalMatcher([Claim(id="a", claim=f"Claim number {i} about drones", verdict=Verdict.FALSE)])
    assert len([path for path in _files(_cache_folder()) if path.exists()]) == 2


def test_a_lone_npy_array_at_the_cache_name_is_no_cache() -> None:
    # np.load returns a bare array for a .npy file, not an archive: 'with' on it ended check in a TypeError traceback
    expected = _ranking(LexicalMatcher(CLAIMS))
    path = _files(_cache_folder())[0]
    with path.open("wb") as handle:
        np.save(handle, np.zeros(3))
    assert cache.load_arrays(path.name.split("-")[0], "lexical") is None
    assert _ranking(LexicalMatcher(CLAIMS)) == expected


def _without_hanging(load: Callable[[], object], fifo: Path | None = None) -> object:
    """``load()``, failing (not hanging) the test when it does not return within seconds."""
    results: list[object] = []
    worker = threading.Thread(target=lambda: results.append(load()), daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():
        if fifo is not None:  # release the reader blocked on the FIFO
            with contextlib.suppress(OSError), open(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK), "wb"):
                pass
        pytest.fail("reading the cache hung")
    return results[0]


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_fifo_or_device_at_a_cache_name_is_no_cache_not_a_hang(kind: str) -> None:
    # a FIFO named <key>-lexical.npz (or <key>-kb.json) made 'factcheck check' wait forever for a writer;
    # a link to /dev/zero made the claims cache read without end
    expected = _ranking(LexicalMatcher(CLAIMS))
    path = _files(_cache_folder())[0]
    key = path.name.split("-")[0]
    json_path = _cache_folder() / f"{key}-kb.json"
    for planted in (path, json_path):
        planted.unlink(missing_ok=True)
        if kind == "fifo":
            os.mkfifo(planted)
        else:
            planted.symlink_to("/dev/zero")
    assert _without_hanging(lambda: cache.load_arrays(key, "lexical"), path if kind == "fifo" else None) is None
    assert _without_hanging(lambda: cache.load_json(key, "kb"), json_path if kind == "fifo" else None) is None
    assert _without_hanging(lambda: _ranking(LexicalMatcher(CLAIMS)), path if kind == "fifo" else None) == expected


@pytest.mark.parametrize("error", [KeyboardInterrupt, MemoryError])
def test_an_interrupted_write_leaves_no_temporary_file(monkeypatch: pytest.MonkeyPatch, error: type) -> None:
    # a Ctrl-C while 'check' wrote a big index left a .tmp-*.npz file (15 MB for 10,000 claims) that nothing pruned
    def interrupted(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(np, "savez", interrupted)
    with pytest.raises(error):
        LexicalMatcher(CLAIMS)
    assert list(_cache_folder().iterdir()) == []


def _shared_terms_by_hand(claims: list[Claim]) -> set[str]:
    """What ``LexicalIndex.shared_terms`` must hold, counted in plain Python: the terms (of texts, aliases and
    summaries) that more than one claim uses, claims whose own texts have the same terms counting as one."""
    used_by: dict[object, set[str]] = {}
    for position, claim in enumerate(claims):
        own = frozenset(terms(claim.claim))
        group = used_by.setdefault(own or position, set())  # a claim without terms of its own is nobody's twin
        for text in (claim.claim, *claim.aliases, claim.summary or ""):
            group.update(terms(text))
    counts = Counter(term for group in used_by.values() for term in group)
    return {term for term, count in counts.items() if count >= 2}


def _starter_with_twins() -> list[Claim]:
    claims = list(load_knowledge_base(bundled_kb_path()).claims)
    twin = Claim(id="twin", claim=claims[0].claim.upper() + "!", verdict=Verdict.TRUE, summary="Senate drones.")
    no_terms = Claim(id="no-terms", claim="The", verdict=Verdict.FALSE, aliases=("Drones over Sonora",))
    return [*claims, twin, no_terms]


def test_the_stored_shared_terms_are_those_the_substitution_check_counts() -> None:
    claims = _starter_with_twins()
    built = LexicalMatcher(claims)  # builds, and writes the cache
    read = LexicalMatcher(claims)  # reads it
    expected = _shared_terms_by_hand(claims)
    assert len(expected) > 50
    for matcher in (built, read):
        shared = matcher.index.shared_terms
        assert shared.dtype == np.int32 and list(shared) == sorted(set(shared.tolist()))
        assert {matcher.index.word.vocab[t] for t in shared.tolist()} == expected
        assert matcher._vocabulary.recurring == expected


def test_a_cache_without_the_shared_terms_is_rebuilt() -> None:
    # an index cached by an older factcheck (or damaged) lacks them: rebuilt, never a crash or an empty vocabulary
    claims = _starter_with_twins()
    expected = LexicalMatcher(claims, use_cache=False).index.shared_terms
    LexicalMatcher(claims)
    path = _files(_cache_folder())[0]
    with np.load(path, allow_pickle=False) as archive:
        arrays = {name: archive[name] for name in archive.files if name != "shared_terms"}
    with path.open("wb") as handle:
        np.savez(handle, **arrays)
    key = path.name.split("-")[0]
    stored = cache.load_arrays(key, "lexical")
    assert stored is not None and LexicalIndex.from_arrays(stored[0], stored[1], len(claims)) is None
    assert np.array_equal(LexicalMatcher(claims).index.shared_terms, expected)
    stored = cache.load_arrays(key, "lexical")  # and the file is whole again
    assert stored is not None and "shared_terms" in stored[0]


@pytest.mark.parametrize(
    "damage",
    [
        lambda a: a[::-1].copy(),  # not in increasing order
        lambda a: np.concatenate([a, a[-1:]]),  # a term twice
        lambda a: np.concatenate([a, np.array([10**6], dtype=np.int32)]),  # no such term
        lambda a: np.concatenate([np.array([-1], dtype=np.int32), a]),
        lambda a: a.astype(np.int64),
        lambda a: a.astype(np.float64),
        lambda a: a.reshape(1, -1),
        lambda a: np.array(5, dtype=np.int32),  # a scalar
    ],
)
def test_damaged_shared_terms_are_rejected(damage: Callable[[np.ndarray], np.ndarray]) -> None:
    claims = _starter_with_twins()
    LexicalMatcher(claims)
    stored = cache.load_arrays(_files(_cache_folder())[0].name.split("-")[0], "lexical")
    assert stored is not None
    arrays, meta = stored
    assert LexicalIndex.from_arrays(arrays, meta, len(claims)) is not None
    assert (
        LexicalIndex.from_arrays({**arrays, "shared_terms": damage(arrays["shared_terms"])}, meta, len(claims)) is None
    )


def test_building_the_index_makes_each_texts_character_grams_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim's text and aliases are both fields and wordings of the index: their n-grams were made twice,
    a third of the n-gram time of building the index ``add`` builds to refuse a near-duplicate."""
    import factcheck.lexical_index as lexical_index

    made: Counter[str] = Counter()
    real = lexical_index.char_grams

    def counting(text: str) -> list[str]:
        made[text] += 1
        return real(text)

    monkeypatch.setattr(lexical_index, "char_grams", counting)
    claims = [
        Claim("a", "US troops are in Mexico", Verdict.FALSE, aliases=("American soldiers are in Mexico",)),
        Claim("b", "The border wall is finished", Verdict.FALSE, summary="It is not."),
    ]
    index = LexicalIndex.build(claims)
    assert set(made.values()) == {1}
    assert len(made) == 5  # two texts, an alias, a summary and the summary 'a' lacks ("")
    assert list(index.wording_range(0)) == [0, 1] and list(index.wording_range(1)) == [2]


def test_temporary_files_of_writers_killed_long_ago_are_pruned() -> None:
    # a SIGTERM (timeout, cron) or SIGKILL mid-write leaves a .tmp-*.npz no exception handler removes;
    # nothing pruned it, as it is no <key>-<kind> file.  A young one may be a write in progress: kept
    folder = _cache_folder()
    folder.mkdir(parents=True, exist_ok=True)
    abandoned, in_progress = folder / ".tmp-abandoned.npz", folder / ".tmp-in-progress.npz"
    for path in (abandoned, in_progress):
        path.write_bytes(b"half an index")
    two_days_ago = time.time() - 2 * 24 * 60 * 60
    os.utime(abandoned, (two_days_ago, two_days_ago))
    LexicalMatcher(CLAIMS)
    assert not abandoned.exists()
    assert in_progress.exists()


def test_temporary_files_of_writers_killed_long_ago_are_pruned_when_the_cache_is_only_read() -> None:
    # they were pruned only after a cache write: with an unchanged knowledge base, which every run
    # reads from the cache and none writes, an abandoned .tmp-*.npz or .tmp-*.json stayed for ever
    LexicalMatcher(CLAIMS)
    cache.save_json("k" * 64, "kb", {"claims": []})
    folder = _cache_folder()
    index_inode = _files(folder)[0].stat().st_ino
    abandoned = [folder / ".tmp-abandoned.npz", folder / ".tmp-abandoned.json"]
    in_progress = [folder / ".tmp-in-progress.npz", folder / ".tmp-in-progress.json"]
    two_days_ago = time.time() - 2 * 24 * 60 * 60
    for path in abandoned + in_progress:
        path.write_bytes(b"half a cache file")
    for path in abandoned:
        os.utime(path, (two_days_ago, two_days_ago))
    LexicalMatcher(CLAIMS)
    assert _files(folder)[0].stat().st_ino == index_inode  # read, not rewritten: no write pruned it
    assert cache.load_json("k" * 64, "kb") == {"claims": []}
    assert [path.exists() for path in abandoned + in_progress] == [False, False, True, True]
