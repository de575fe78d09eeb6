"""The semantic matcher: finds fact-checks that say the same thing in other words.

Each claim is embedded once per wording (its text and each alias); a statement is embedded and
compared with all of them by cosine; a claim's similarity is that of its closest wording.  Raw
cosines are kept for whoever fuses them with other scores (``similarities``); ``search`` maps them
to the calibrated [0, 1] score that every matcher shows, so one threshold means "match".

Needs the ``semantic`` extra for the real model (``embedding.load_encoder``); the matcher itself
takes any ``Encoder``, which keeps it testable without one.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Collection, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from .embedding import Encoder, load_encoder
from .embedding_cache import EmbeddingCache, ProgressCallback, default_cache_dir
from .matching import Match
from .model import Claim

# Provisional calibration of all-MiniLM-L6-v2 cosines, from the CheckThat! 2020 train split only
# (bench/semantic_probe.py --fit; the hybrid matcher will recalibrate).  A logistic curve: its slope
# is the one fitted to the chance that the best candidate is right (statements whose fact-check was
# taken out of the pool counting as wrong); its midpoint, where the score crosses the 0.5 threshold,
# is set more cautiously than that fit's 0.62: at the cosine that only 5 % of statements with no
# fact-check in the pool reach.  A wrong "this was fact-checked" costs more than a miss.
COSINE_MIDPOINT = 0.65
COSINE_SLOPE = 21.0
DEFAULT_THRESHOLD = 0.5


def calibrated_score(cosine: float) -> float:
    """A cosine mapped to [0, 1]: comparable across statements, 0.5 at the match threshold."""
    return 1.0 / (1.0 + math.exp(-COSINE_SLOPE * (cosine - COSINE_MIDPOINT)))


def claim_wordings(claim: Claim) -> list[str]:
    """The texts a claim is matched on: its own text, then each alias."""
    return [claim.claim, *claim.aliases]


class SemanticMatcher:
    """Cosine similarity of sentence embeddings, best wording per claim."""

    name = "semantic"

    def __init__(
        self,
        claims: Sequence[Claim],
        encoder: Encoder,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        cache: EmbeddingCache | None = None,
        progress: ProgressCallback | None = None,
    ) -> None:
        self.claims = tuple(claims)
        self.encoder = encoder
        self.threshold = threshold
        self.cache = cache if cache is not None else EmbeddingCache(None, encoder)
        wordings: list[str] = []
        starts: list[int] = []
        for claim in self.claims:
            starts.append(len(wordings))
            wordings.extend(claim_wordings(claim))
        self._vectors = self.cache.embed(wordings, progress)
        self._starts = np.array(starts, dtype=np.intp)
        #: per claim, the key that breaks score ties: a hash of the claim's text, never file order or
        #: id (see the benchmark notes on twin claims), the same rule as the lexical matcher's
        self.tie_keys = np.array([zlib.crc32(c.claim.encode("utf-8", "surrogatepass")) for c in self.claims])

    def similarity_matrix(self, queries: Sequence[str]) -> NDArray[np.float32]:
        """Raw cosines, ``(len(queries), len(claims))``: each claim's best wording against each query."""
        if not self.claims or not queries:
            return np.zeros((len(queries), len(self.claims)), dtype=np.float32)
        per_wording = self.encoder.encode(list(queries)) @ self._vectors.T
        return np.maximum.reduceat(per_wording, self._starts, axis=1).astype(np.float32, copy=False)

    def similarities(self, query: str) -> NDArray[np.float32]:
        """Raw cosine in [-1, 1] of ``query`` against every claim (its best wording), in ``claims`` order."""
        row: NDArray[np.float32] = self.similarity_matrix([query])[0]
        return row

    def rank(self, similarities: NDArray[np.float32], top: int) -> list[int]:
        """Indices of the ``top`` most similar claims, best first, ties in a fixed id-independent order."""
        if top <= 0 or len(similarities) == 0:
            return []
        if top < len(similarities):
            # Everything tied with the top-th value is a candidate, so the tie-break decides, not argpartition.
            kth = np.partition(similarities, -top)[-top]
            candidates = np.flatnonzero(similarities >= kth)
        else:
            candidates = np.arange(len(similarities))
        ordered = sorted(candidates.tolist(), key=lambda i: (-float(similarities[i]), int(self.tie_keys[i])))
        return ordered[:top]

    def search(self, query: str, top: int = 5, *, exclude: Collection[str] = ()) -> list[Match]:
        """The ``top`` closest claims, best first; claims whose id is in ``exclude`` are left out."""
        if not query.strip() or not self.claims:
            return []
        sims = self.similarities(query)
        if exclude:
            left_out = [i for i, c in enumerate(self.claims) if c.id in exclude]
            if left_out:
                sims = sims.copy()
                sims[left_out] = -np.inf
        ranked = [i for i in self.rank(sims, top) if np.isfinite(sims[i])]
        return [Match(self.claims[i], calibrated_score(float(sims[i]))) for i in ranked]


def build_semantic_matcher(
    claims: Sequence[Claim],
    *,
    model_dir: Path | None = None,
    cache_dir: Path | None = None,
    use_cache: bool = True,
    progress: ProgressCallback | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> SemanticMatcher:
    """A semantic matcher on the verified model, with embeddings from (and saved to) the cache.

    Raises SemanticUnavailableError (a FactcheckError) when the extra or the model is missing or the
    model's SHA-256 does not match; callers fall back to lexical matching then.
    """
    encoder = load_encoder(model_dir)
    folder = (cache_dir if cache_dir is not None else default_cache_dir()) if use_cache else None
    return SemanticMatcher(
        claims, encoder, threshold=threshold, cache=EmbeddingCache(folder, encoder), progress=progress
    )
