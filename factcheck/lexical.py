"""The lexical matcher: BM25F over claim, aliases and summary, then a calibrated similarity.

BM25 ranks well but its raw score depends on the query's length and words, so it cannot carry
a threshold.  The score shown to users is an idf-weighted cosine between the query's terms and
the best single wording of the claim (its text or one alias): 1.0 when they share all their
informative words, near 0 when they share only common ones.  Candidates are ranked by a blend
of both.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .matching import Match
from .model import Claim
from .text import terms

# Weights of each field in BM25F term frequencies: the summary explains the claim but also
# talks about other things, so it counts for less.
FIELD_WEIGHTS = {"claim": 1.0, "alias": 1.0, "summary": 0.3}
K1 = 1.2
B = 0.75
CANDIDATES = 50
DEFAULT_THRESHOLD = 0.5
RANK_BLEND = 0.5  # weight of the normalised BM25 score against the similarity when ranking


@dataclass
class _Doc:
    wordings: list[frozenset[int]]  # term ids of the claim text and of each alias


class LexicalMatcher:
    name = "lexical"

    def __init__(self, claims: Sequence[Claim], threshold: float = DEFAULT_THRESHOLD) -> None:
        self.claims = tuple(claims)
        self.threshold = threshold
        self.vocab: dict[str, int] = {}
        self._build()

    def _term_ids(self, words: list[str], grow: bool) -> list[int]:
        ids = []
        for word in words:
            tid = self.vocab.get(word)
            if tid is None and grow:
                tid = self.vocab[word] = len(self.vocab)
            if tid is not None:
                ids.append(tid)
        return ids

    def _build(self) -> None:
        weighted_tf: list[dict[int, float]] = []
        lengths: list[float] = []
        self.docs: list[_Doc] = []
        for claim in self.claims:
            tf: dict[int, float] = {}
            length = 0.0
            wordings = []
            fields = [("claim", claim.claim)] + [("alias", a) for a in claim.aliases]
            if claim.summary:
                fields.append(("summary", claim.summary))
            for field_name, text in fields:
                ids = self._term_ids(terms(text), grow=True)
                weight = FIELD_WEIGHTS[field_name]
                for tid in ids:
                    tf[tid] = tf.get(tid, 0.0) + weight
                length += weight * len(ids)
                if field_name != "summary":
                    wordings.append(frozenset(ids))
            weighted_tf.append(tf)
            lengths.append(length)
            self.docs.append(_Doc(wordings))
        n_docs = len(self.claims)
        n_terms = len(self.vocab)
        df = np.zeros(n_terms, dtype=np.float64)
        for tf in weighted_tf:
            for tid in tf:
                df[tid] += 1
        # BM25+-style idf, always positive so that common words never push a score down.
        self.idf = np.log1p((n_docs - df + 0.5) / (df + 0.5))
        avg_len = (sum(lengths) / n_docs) if n_docs else 1.0
        # Postings by term: the documents that hold it and their precomputed BM25 weight.
        by_term: list[list[tuple[int, float]]] = [[] for _ in range(n_terms)]
        for doc_id, (tf, length) in enumerate(zip(weighted_tf, lengths, strict=True)):
            norm = K1 * (1 - B + B * length / avg_len) if avg_len else K1
            for tid, freq in tf.items():
                by_term[tid].append((doc_id, self.idf[tid] * freq * (K1 + 1) / (freq + norm)))
        self._postings_docs = [np.array([d for d, _ in p], dtype=np.int32) for p in by_term]
        self._postings_weights = [np.array([w for _, w in p], dtype=np.float64) for p in by_term]

    def _similarity(self, query_ids: frozenset[int], doc: _Doc) -> float:
        """idf-weighted cosine between the query's terms and the closest wording of a claim."""
        if not query_ids:
            return 0.0
        idf2 = self.idf**2
        q_mass = sum(idf2[t] for t in query_ids)
        best = 0.0
        for wording in doc.wordings:
            if not wording:
                continue
            shared = sum(idf2[t] for t in query_ids & wording)
            if shared:
                w_mass = sum(idf2[t] for t in wording)
                best = max(best, shared / math.sqrt(q_mass * w_mass))
        return min(best, 1.0)

    def search(self, query: str, top: int = 5) -> list[Match]:
        words = terms(query)
        # Query words the knowledge base never uses still count in the similarity: a statement
        # that is mostly about something else should not match on its one shared word.
        unknown = [w for w in words if w not in self.vocab]
        query_ids = self._term_ids(words, grow=False)
        if not query_ids or not self.claims:
            return []
        scores = np.zeros(len(self.claims), dtype=np.float64)
        for tid in set(query_ids):
            np.add.at(scores, self._postings_docs[tid], self._postings_weights[tid])
        n_candidates = min(CANDIDATES, int(np.count_nonzero(scores)))
        if n_candidates == 0:
            return []
        candidates = np.argpartition(-scores, n_candidates - 1)[:n_candidates]
        best_bm25 = float(scores[candidates].max())
        query_set = frozenset(query_ids)
        unknown_mass = len(set(unknown)) * float(self.idf.max(initial=0.0)) ** 2
        results = []
        for doc_id in candidates:
            similarity = self._similarity(query_set, self.docs[doc_id])
            if unknown_mass:
                known_mass = sum(self.idf[t] ** 2 for t in query_set)
                similarity *= math.sqrt(known_mass / (known_mass + unknown_mass))
            rank_key = (1 - RANK_BLEND) * similarity + RANK_BLEND * scores[doc_id] / best_bm25
            results.append((rank_key, similarity, int(doc_id)))
        # Ties are broken by a hash of the claim's text: never by file order or id, which would
        # favour whatever happens to come first (see the benchmark notes on twin claims).
        results.sort(key=lambda r: (-r[0], zlib.crc32(self.claims[r[2]].claim.encode())))
        return [Match(self.claims[d], float(sim)) for _, sim, d in results[:top]]
