"""Embeddings computed once: a per-model store of vectors keyed by a hash of each text.

Embedding a 10,000-claim knowledge base takes tens of seconds; reading the vectors back takes
milliseconds.  Vectors are keyed by the text they embed (not by claim id or file), so after an edit
only the new or changed wordings are embedded, and two knowledge bases that share claims share work.

Layout: ``<cache dir>/embeddings/<model id>.npz``, one NumPy archive (read with ``allow_pickle=False``)
holding ``keys`` (hex text hashes), ``vectors`` (float32, one row per key) and ``meta`` (a JSON string:
format, model id, dimension).  One file, replaced atomically, so a reader never sees an index that
disagrees with its vectors (``cache.write_atomically``, which also deletes a day later the temporary
file of a writer killed mid-write, as for the text caches).  The cache is only an accelerator: a
missing, corrupt or foreign file is ignored (and rebuilt), and a folder that cannot be written to
just means nothing is saved.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from .cache import open_cache_file, prune_abandoned_temporary_files, write_atomically
from .embedding import Encoder

STORE_FORMAT = 1
#: texts handed to the encoder at a time; the progress callback is called after each chunk
CHUNK = 256
#: texts the store keeps beyond those just used (50,000 vectors of 384 float32: about 77 MB)
MAX_KEPT_TEXTS = 50_000
#: a hex text hash of 128 bits: collisions are not a practical concern
KEY_LENGTH = 32
#: the temporary files of the store's writers before 3736d9f (".embeddings-*.tmp"): one left by a writer
#: killed mid-write is deleted a day later as the text caches' are
_OLD_TEMPORARY_PREFIX, _OLD_TEMPORARY_SUFFIX = ".embeddings-", ".tmp"

#: ``progress(done, total)``: texts embedded so far out of those that had to be embedded
ProgressCallback = Callable[[int, int], None]


def text_key(text: str) -> str:
    """The cache key of a text: a hash of its exact characters."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=KEY_LENGTH // 2).hexdigest()


class EmbeddingCache:
    """Vectors for texts, from the store when known, else from the encoder (then saved).

    ``folder`` is the cache folder (``None``: keep vectors in memory only).  After each ``embed`` call,
    ``computed`` and ``reused`` say how many distinct texts were embedded and how many came from the
    store, and ``save_error`` says why the store could not be written (``None`` when it was, or when
    there was nothing new to write).
    """

    def __init__(self, folder: Path | None, encoder: Encoder) -> None:
        self.encoder = encoder
        self.path: Path | None = None if folder is None else Path(folder) / "embeddings" / f"{encoder.model_id}.npz"
        # The store in memory: row of each key in one matrix (gathered by index: no per-row objects).
        self._index: dict[str, int] | None = None
        self._vectors = np.zeros((0, encoder.dim), dtype=np.float32)
        self.computed: int = 0
        self.reused: int = 0
        self.save_error: str | None = None

    def embed(self, texts: Sequence[str], progress: ProgressCallback | None = None) -> NDArray[np.float32]:
        """One unit vector per text, in order."""
        index = self._stored()
        keys = [text_key(t) for t in texts]
        missing: dict[str, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key not in index and key not in missing:
                missing[key] = text
        self.computed, self.reused = len(missing), len(set(keys)) - len(missing)
        self.save_error = None
        if missing:
            self._add(self._compute(missing, progress))
            self._save(keep=keys)
        if not keys:
            return np.zeros((0, self.encoder.dim), dtype=np.float32)
        rows = np.fromiter((self._index[k] for k in keys), dtype=np.intp, count=len(keys))  # type: ignore[index]
        return self._vectors[rows]

    def _compute(
        self, missing: dict[str, str], progress: ProgressCallback | None
    ) -> tuple[list[str], NDArray[np.float32]]:
        # Similar lengths together: the encoder pads each batch to its longest text.
        items = sorted(missing.items(), key=lambda kv: len(kv[1]))
        total = len(items)
        if progress:
            progress(0, total)
        parts: list[NDArray[np.float32]] = []
        for start in range(0, total, CHUNK):
            chunk = items[start : start + CHUNK]
            parts.append(self.encoder.encode([text for _, text in chunk]).astype(np.float32, copy=False))
            if progress:
                progress(min(start + CHUNK, total), total)
        return [key for key, _ in items], np.concatenate(parts)

    def _add(self, computed: tuple[list[str], NDArray[np.float32]]) -> None:
        keys, vectors = computed
        index = self._stored()
        start = len(self._vectors)
        self._vectors = np.concatenate([self._vectors, vectors])
        index.update((key, start + i) for i, key in enumerate(keys))

    def _stored(self) -> dict[str, int]:
        if self._index is None:
            self._index, self._vectors = self._read()
        return self._index

    def _meta(self) -> dict[str, object]:
        return {"format": STORE_FORMAT, "model": self.encoder.model_id, "dim": self.encoder.dim}

    def _read(self) -> tuple[dict[str, int], NDArray[np.float32]]:
        """The stored vectors, or none when the file is absent, unreadable, corrupt or for another model."""
        empty: tuple[dict[str, int], NDArray[np.float32]] = ({}, np.zeros((0, self.encoder.dim), dtype=np.float32))
        if self.path is None:
            return empty
        # here too, not only after a write: an unchanged knowledge base never writes the store again
        prune_abandoned_temporary_files(self.path.parent, self.path.suffix)
        # versions before 3736d9f wrote the store through a temporary file of their own name
        prune_abandoned_temporary_files(self.path.parent, _OLD_TEMPORARY_SUFFIX, prefix=_OLD_TEMPORARY_PREFIX)
        try:
            # open_cache_file: a FIFO or a device at the store's name must not hang the command
            with open_cache_file(self.path) as handle, np.load(handle, allow_pickle=False) as archive:
                meta = json.loads(str(archive["meta"]))
                keys = archive["keys"]
                vectors = archive["vectors"]
        except Exception:  # missing, unreadable or not an archive we wrote: rebuild
            return empty
        if not self._valid(meta, keys, vectors):
            return empty
        return dict(zip(keys.tolist(), range(len(keys)), strict=True)), vectors

    def _valid(self, meta: object, keys: NDArray[np.str_], vectors: NDArray[np.float32]) -> bool:
        return (
            meta == self._meta()
            and keys.dtype.kind == "U"
            and keys.ndim == 1
            and vectors.dtype == np.float32
            and vectors.shape == (len(keys), self.encoder.dim)
            and bool(np.isfinite(vectors).all())
        )

    def _save(self, keep: list[str]) -> None:
        """Write the store: the vectors of ``keep``, then others (most recently kept first) up to a bound.

        Bounded so that editing a knowledge base again and again does not grow the file without end:
        at most ``MAX_KEPT_TEXTS`` in all (more only when ``keep`` alone is larger: then as many others
        as ``keep``).  Checking a small file now and then keeps a big one's vectors in the store.
        """
        if self.path is None or not keep:
            return
        index = self._stored()
        current = list(dict.fromkeys(keep))
        wanted = set(current)
        room = max(MAX_KEPT_TEXTS - len(current), len(current))
        others = [k for k in index if k not in wanted][:room]
        order = current + others
        # Keep the in-memory store the same as the file, so it too stays bounded.
        vectors = self._vectors[np.fromiter((index[k] for k in order), dtype=np.intp, count=len(order))]
        self._index = {k: i for i, k in enumerate(order)}
        self._vectors = vectors
        keys = np.array(order, dtype=f"<U{KEY_LENGTH}")
        meta = np.array(json.dumps(self._meta()))
        try:
            write_atomically(self.path, lambda handle: np.savez(handle, keys=keys, vectors=vectors, meta=meta))
        except OSError as exc:
            self.save_error = f"could not write the embedding cache {self.path}: {exc.strerror or exc}"
