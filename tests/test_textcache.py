"""The caches of functions of a text are bounded by the characters they keep, not by their entries alone."""

from __future__ import annotations

import gc
import random
import threading
import tracemalloc
from collections.abc import Iterator

import pytest

from factcheck import differences, polarity, semantic, substitution, text, textcache
from factcheck.lexical import LexicalMatcher
from factcheck.store import bundled_kb_path, load_knowledge_base
from factcheck.textcache import SHORT_TEXT, text_cache

WORDS = (
    "troops soldiers Mexico border Senate approved training Marines cartels president Sheinbaum Trump deployed "
    "thousand American military base drones navy the a of in on and to was were said report government"
).split()
#: the characters a long post has: long enough for its pieces (its words in lower case...) to be long texts too
POST = 20 * SHORT_TEXT
#: the characters of long texts each function may keep in these tests: a few posts' worth
KEPT = 3 * POST


def _clear_text_caches() -> None:
    for module in (text, substitution, polarity, differences, semantic):
        for function in vars(module).values():
            if callable(getattr(function, "cache_clear", None)):
                function.cache_clear()


@pytest.fixture
def few_long_texts_kept(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(textcache, "LONG_TEXTS_CHARACTERS", KEPT)
    _clear_text_caches()  # another test's entries could be evicted by ours, hiding what ours keep
    yield
    _clear_text_caches()


def _long_post(rng: random.Random) -> str:
    """A long post of words the first one had (no new word: the caches of words and stems do not grow)."""
    words: list[str] = []
    while sum(len(w) + 1 for w in words) <= POST:
        words.append(rng.choice(WORDS))
    return " ".join(words)


def test_long_statements_checked_one_after_another_are_not_all_kept(few_long_texts_kept: None) -> None:
    # check - over 3,000 distinct posts of 9,900 characters kept each post, and what was read from it, in a
    # dozen caches of 8,192 to 65,536 entries: 291 MB at its peak.  Now the long texts kept are bounded by
    # their characters: once the caches hold that many, checking more long posts keeps little more
    matcher = LexicalMatcher(load_knowledge_base(bundled_kb_path()).claims, use_cache=False)
    rng = random.Random(7)
    matcher.search(" ".join(WORDS * 10), top=3)

    def check_posts(count: int) -> None:
        for _ in range(count):
            for match in matcher.search(_long_post(rng), top=3):
                match.to_dict()
        gc.collect()

    tracemalloc.start()
    try:
        check_posts(2 * KEPT // POST)  # the caches as full of long texts as they get
        full = tracemalloc.get_traced_memory()[0]
        check_posts(10)
        grown = tracemalloc.get_traced_memory()[0] - full
    finally:
        tracemalloc.stop()
    # what still grows: the short pieces read from each post (a run of names...), bounded by their caches'
    # entries; without the bound on long texts, each post was kept in a dozen caches, with what was read from it
    assert grown < 2 * 10 * POST, f"{grown:,} bytes more kept after 10 more posts of {POST:,} characters"


def test_a_long_text_is_computed_once_while_the_long_texts_kept_fit_in_their_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(textcache, "LONG_TEXTS_CHARACTERS", 3 * (SHORT_TEXT + 1))
    calls: list[str] = []

    @text_cache(maxsize=4)
    def read(value: str) -> int:
        calls.append(value[0])
        return len(value)

    a, b, c, d = (letter * (SHORT_TEXT + 1) for letter in "abcd")
    assert [read(a), read(b), read(a), read(c), read("short"), read("short")] == [SHORT_TEXT + 1] * 4 + [5, 5]
    assert calls == ["a", "b", "c", "s"]  # a read again from the cache, and the short text too
    read(d)  # four long texts do not fit: the least recently used, b, goes
    read(a)
    read(b)
    assert calls == ["a", "b", "c", "s", "d", "b"]
    read.cache_clear()  # type: ignore[attr-defined]
    read(a)
    assert calls[-1] == "a"


def test_a_long_text_two_threads_compute_at_once_is_kept_and_counted_once() -> None:
    # The long texts' cache was not thread-safe as lru_cache is: two threads computing the same text each added
    # its characters, and the count drifted above what was kept (and a look-up could find an entry another thread
    # evicted before moving it to the end: KeyError). The barrier holds both computations at once, every time.
    both_computing = threading.Barrier(2, timeout=60)

    @text_cache(maxsize=4)
    def read(value: str) -> int:
        both_computing.wait()
        return len(value)

    long_text = "a" * (SHORT_TEXT + 1)
    answers: list[int] = []
    threads = [threading.Thread(target=lambda: answers.append(read(long_text))) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cache = read.long_texts  # type: ignore[attr-defined]
    assert answers == [SHORT_TEXT + 1] * 2
    assert list(cache.entries) == [long_text]
    assert cache.characters == SHORT_TEXT + 1
