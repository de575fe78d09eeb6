"""The terms read from the texts of the claims last indexed, kept so that the next index build reads only new texts.

Reading a text's terms and character n-grams (``text.terms``, ``text.char_grams``: normalising, stemming) took
about 60 % of a 20,000-claim index build, and every change of the claims file changes the index's cache key
(``cache.content_key``): ``factcheck add`` built the whole index of the file the previous ``add`` wrote, to refuse
a near-duplicate, re-reading 19,999 texts it had read the time before.  Both are functions of the text alone (and
of the normaliser, ``NORMALISER_VERSION``, part of the store's key), so a text's counts read back are the counts
read afresh, and the index built from them is the same, array for array (``LexicalIndex.build``).

Layout: one cache file of kind ``terms`` (``cache.save_arrays``): per distinct text, a hash of its exact characters
(``keys``, a row of 16 bytes) and its counts of word terms and of character n-grams as CSR arrays (``{word,char}_ptr``,
``_ids`` into the vocabularies kept in the metadata, ``_counts``), each in the order of first use.  It holds the
texts of the last index of at least ``MIN_STORED_CLAIMS`` claims built, whichever file that was (building the index
of two big files in turn gains nothing); anything in it that does not add up means no store (the texts are read
afresh).  Saving it deletes the stores of other versions (another ``NORMALISER_VERSION``): none would be read again.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterable, Mapping
from itertools import chain
from pathlib import Path

import numpy as np

from . import cache
from .lexical_index import TextCounts, text_counts
from .text import GRAM_LENGTH, NORMALISER_VERSION

#: bump when what the store holds changes meaning or layout
STORE_VERSION = 1
_KIND = "terms"
_MODELS = ("word", "char")
#: a text's key: a hash of 128 bits, collisions no practical concern
_KEY_BYTES = 16
#: ``load_or_build_index`` reads and writes the store for files of at least this many claims only: below, reading
#: afresh costs little and a store of a big file's texts costs more than it saves (it is read whole), and a small
#: file would overwrite it.  CPU times of ``LexicalIndex.build`` (with ``TermsStore.load``) on
#: bench/validate_speed.py's ``claims_yaml(n)``, a store of 20,000 such claims (load average 9, 2026-12-06):
#: 1,000 claims built afresh 0.15 s, from their own store 0.09 s, from the 20,000 claims' store 0.31 s; 100 claims
#: 0.017 s afresh, 0.23 s from that store; 20,000 claims 4.4 s afresh, 3.0 s from their own store.
MIN_STORED_CLAIMS = 1_000


def _store_key() -> str:
    version = f"lexical-terms-{STORE_VERSION}-norm-{NORMALISER_VERSION}-grams-{GRAM_LENGTH}"
    return hashlib.sha256(version.encode()).hexdigest()


def text_key(text: str) -> bytes:
    """A hash of a text's exact characters."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=_KEY_BYTES).digest()


class TermsStore:
    """``counts_of(text)`` for ``LexicalIndex.build``: the counts stored for a text, else read afresh; every text
    asked for is remembered, for ``save``."""

    def __init__(self) -> None:
        """An empty store (``load`` reads the saved one)."""
        self._stored: dict[bytes, int] = {}
        self._arrays: dict[str, np.ndarray] = {}
        self._vocabs: dict[str, list[str]] = {}
        self._lists: dict[str, tuple[list[int], list[str], list[int]]] = {}
        self.used: dict[str, TextCounts] = {}
        self.reused = 0

    @classmethod
    def load(cls) -> TermsStore:
        """The store in the cache folder; an empty one when there is none, or it does not add up."""
        loaded = cache.load_arrays(_store_key(), _KIND)
        if loaded is None:
            return cls()
        arrays, meta = loaded
        keys = arrays.get("keys")
        if keys is None or keys.ndim != 2 or keys.dtype != np.uint8 or keys.shape[1] != _KEY_BYTES:
            return cls()
        parts: dict[str, np.ndarray] = {"keys": keys}
        store = cls()
        for model in _MODELS:
            vocab = meta.get(f"{model}_vocab")
            if not isinstance(vocab, list) or not all(isinstance(term, str) for term in vocab):
                return cls()
            ptr, ids, counts = (arrays.get(f"{model}_{name}") for name in ("ptr", "ids", "counts"))
            if not _valid(ptr, ids, counts, len(keys), len(vocab)):
                return cls()
            assert ptr is not None and ids is not None and counts is not None
            parts.update({f"{model}_ptr": ptr, f"{model}_ids": ids, f"{model}_counts": counts})
            store._vocabs[model] = vocab
        # as bytes of 16, not an "S16" array: numpy drops the trailing zero bytes of those (a text in 256 was not found)
        data = keys.tobytes()
        store._stored = {
            data[at : at + _KEY_BYTES]: position for position, at in enumerate(range(0, len(data), _KEY_BYTES))
        }
        store._arrays = parts
        return store

    def __call__(self, text: str) -> TextCounts:
        counts = self.used.get(text)
        if counts is None:
            position = self._stored.get(text_key(text)) if self._stored else None
            if position is None:
                counts = text_counts(text)
            else:
                counts = (self._counts("word", position), self._counts("char", position))
                self.reused += 1
            self.used[text] = counts
        return counts

    def _counts(self, model: str, position: int) -> dict[str, int]:
        lists = self._lists.get(model)
        if lists is None:  # every entry's term and count at once, as Python objects: one text at a time took longer
            vocab = self._vocabs[model]
            ptr, ids, counts = (self._arrays[f"{model}_{name}"].tolist() for name in ("ptr", "ids", "counts"))
            lists = self._lists[model] = (ptr, [vocab[i] for i in ids], counts)
        ptr, terms, counts = lists
        start, end = ptr[position], ptr[position + 1]
        return dict(zip(terms[start:end], counts[start:end], strict=True))

    def save(self) -> bool:
        """Store the counts of the texts asked for (those of the index just built), replacing what was stored, and
        delete the stores of other versions."""
        if not self.used:
            return False
        keys = b"".join(text_key(text) for text in self.used)
        arrays: dict[str, np.ndarray] = {"keys": np.frombuffer(keys, dtype=np.uint8).reshape(-1, _KEY_BYTES)}
        meta: dict[str, object] = {}
        for number, model in enumerate(_MODELS):
            vocab, ptr, ids, counts = _csr(counts[number] for counts in self.used.values())
            arrays.update({f"{model}_ptr": ptr, f"{model}_ids": ids, f"{model}_counts": counts})
            meta[f"{model}_vocab"] = vocab
        key = _store_key()
        saved = cache.save_arrays(key, _KIND, arrays, meta)
        if saved:
            _delete_other_versions(cache.cache_file(key, _KIND))
        return saved


def _delete_other_versions(kept: Path) -> None:
    """Delete the stores of other keys (other versions: ``cache``'s pruning would keep up to
    ``cache.MAX_FILES_PER_KIND`` of them, tens of MB each for a big file, never read again)."""
    with contextlib.suppress(OSError):
        for path in kept.parent.glob(f"*-{_KIND}{kept.suffix}"):
            if path.name != kept.name:
                with contextlib.suppress(OSError):  # another process may be deleting it too
                    path.unlink()


def _csr(texts: Iterable[Mapping[str, int]]) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """The counts of ``texts`` as a vocabulary and CSR arrays (a pointer by text, term ids, counts).  In C, as
    ``lexical_index._wording_vectors`` does (a loop over terms took 10 % of a cold 5,000-claim build)."""
    listed = list(texts)
    vocab = {term: tid for tid, term in enumerate(dict.fromkeys(chain.from_iterable(listed)))}
    ptr = np.zeros(len(listed) + 1, dtype=np.int64)
    ptr[1:] = np.cumsum(np.fromiter(map(len, listed), dtype=np.int64, count=len(listed)))
    entries = int(ptr[-1])
    ids = np.fromiter(map(vocab.__getitem__, chain.from_iterable(listed)), dtype=np.int32, count=entries)
    counts = np.fromiter(chain.from_iterable(text.values() for text in listed), dtype=np.int32, count=entries)
    return list(vocab), ptr, ids, counts


def _valid(
    ptr: np.ndarray | None, ids: np.ndarray | None, counts: np.ndarray | None, n_texts: int, n_terms: int
) -> bool:
    """CSR arrays of ``n_texts`` texts over ``n_terms`` terms, each count positive.  (That a term is once in a text is
    not checked: a store with a term twice in a text is none this module wrote; the text's counts keep the last.)"""
    if ptr is None or ptr.ndim != 1 or ptr.dtype != np.int64 or len(ptr) != n_texts + 1 or int(ptr[0]) != 0:
        return False
    if not bool(np.all(np.diff(ptr) >= 0)):
        return False
    entries = int(ptr[-1])
    for array, dtype in ((ids, np.int32), (counts, np.int32)):
        if array is None or array.ndim != 1 or array.dtype != dtype or len(array) != entries:
            return False
    assert ids is not None and counts is not None
    return not entries or (int(ids.min()) >= 0 and int(ids.max()) < n_terms and int(counts.min()) >= 1)
