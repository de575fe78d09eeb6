"""A stand-in for the sentence-embedding model, for tests that must run without the semantic extra.

``WordEncoder`` embeds a text as its bag of words hashed into a few dimensions: deterministic,
instant, and texts that share words get a high cosine, which is all the matcher and the cache
need to be tested.  It records every call so tests can count what was embedded.  Given
``synonyms``, it maps those words to one meaning first, so texts worded differently can be close in
meaning, as with a real model (what the hybrid matcher's tests need).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray


class WordEncoder:
    model_id = "test-word-hash-v1"
    dim = 64

    def __init__(self, synonyms: dict[str, str] | None = None) -> None:
        self.calls: list[list[str]] = []
        self.synonyms = synonyms or {}
        if self.synonyms:  # another vector space: never shares cached vectors with the plain encoder
            self.model_id = f"test-word-hash-v1-synonyms-{zlib.crc32(repr(sorted(self.synonyms.items())).encode())}"

    @property
    def embedded(self) -> list[str]:
        """Every text embedded so far, in call order."""
        return [text for call in self.calls for text in call]

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                meaning = self.synonyms.get(word, word)
                out[row, zlib.crc32(meaning.encode()) % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)
