"""What a statement scores against the lexical index (``lexical_index.py``): ranking and similarity.

Ranking.  Both models are BM25F; claims are ranked by ``FUSION * word/best_word + (1 - FUSION) *
char/best_char``.  On the CheckThat! 2020 benchmark the fusion beats either model alone.  Ties are
broken by a hash of the claim's text (``top_positions``), never by file order or id, which would
favour whatever comes first (see the benchmark notes on "twin" claims).

Similarity.  The matcher's evidence compares the statement with a claim's closest wording (its text
or an alias): an idf^2-weighted cosine of term sets (``word_cosine``) and a tf-idf cosine of character
n-grams (``char_cosine``).  ``near_by_words`` finds, from the postings alone, every claim whose word
cosine may reach a given value, so a near-duplicate search need not rank the whole file.

The statement comes as term ids with their counts (``Bm25fModel.lookup``), with the terms the index
lacks counted apart: they weigh as the rarest term would.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np

from .lexical_index import Bm25fModel, LexicalIndex

#: weight of the word model against the character model when ranking (tuned on train)
FUSION = 0.6
#: how far below a minimum cosine ``near_by_words`` still keeps a wording (and below 1 a word cosine still means the
#: statement's very terms: ``lexical._worded_alike_first``): far more than the rounding of a sum
COSINE_SLACK = 1e-9


@dataclass(frozen=True)
class Ranking:
    """The BM25F scores of every claim for a statement (``rank``)."""

    fused: np.ndarray  # what candidates are ranked by
    word_scores: np.ndarray
    shared: np.ndarray  # how many of the statement's terms each claim holds
    rarest: np.ndarray  # the largest idf among them


def rank(index: LexicalIndex, q_word: Counter[int], q_char: Counter[int], excluded: list[int]) -> Ranking | None:
    """Word and character BM25F scores of every claim (the excluded at 0) and their fusion; None when no
    claim scores."""
    word_scores, shared, rarest = _word_scores(index.word, q_word, index.n_docs)
    char_scores = _scores(index.char, q_char, index.n_docs)
    if excluded:
        word_scores[excluded] = 0.0
        char_scores[excluded] = 0.0
    best_word = float(word_scores.max())
    best_char = float(char_scores.max())
    if best_word <= 0 and best_char <= 0:
        return None
    fused = np.zeros(index.n_docs)
    if best_word > 0:
        fused += FUSION * word_scores / best_word
    if best_char > 0:
        fused += (1 - FUSION) * char_scores / best_char
    return Ranking(fused, word_scores, shared, rarest)


def _scores(model: Bm25fModel, query: Counter[int], n_docs: int) -> np.ndarray:
    """BM25F scores of every claim."""
    scores = np.zeros(n_docs, dtype=np.float64)
    for tid in query:
        start, end = model.ptr[tid], model.ptr[tid + 1]
        scores[model.docs[start:end]] += model.weights[start:end]
    return scores


def _word_scores(model: Bm25fModel, query: Counter[int], n_docs: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """BM25F scores, and per claim the number of query terms it holds and the largest idf among them."""
    scores = np.zeros(n_docs, dtype=np.float64)
    shared = np.zeros(n_docs, dtype=np.float64)
    rarest = np.zeros(n_docs, dtype=np.float64)
    for tid in query:
        start, end = model.ptr[tid], model.ptr[tid + 1]
        docs = model.docs[start:end]
        scores[docs] += model.weights[start:end]
        shared[docs] += 1
        rarest[docs] = np.maximum(rarest[docs], model.idf[tid])  # docs are distinct within a term
    return scores, shared, rarest


def top_positions(scores: np.ndarray, n: int, tie: np.ndarray) -> list[int]:
    """Positions of the ``n`` best positive scores, best first, ties by ``tie`` (the claim-text hash)."""
    positive = np.flatnonzero(scores > 0)
    n = min(n, len(positive))
    if n == 0:
        return []
    # every claim tied with the n-th best is kept, so the hash (not argpartition) decides among them; the n-th best
    # of the positive scores alone (partitioning every claim's, mostly 0, took most of validate's time on a big file)
    values = scores[positive]
    cutoff = np.partition(values, len(values) - n)[len(values) - n]
    chosen = positive[values >= cutoff]
    order = np.lexsort((tie[chosen], -scores[chosen]))
    return [int(p) for p in chosen[order][:n]]


def word_weights(word: Bm25fModel, q_word: Counter[int], word_unknown: Counter[str]) -> tuple[np.ndarray, float]:
    """Per term of the index, the statement's weight for the word cosine (idf^2 for its terms, else 0), and its
    mass: the sum of those and of the largest idf^2 for each term the index lacks."""
    word_ids = np.fromiter(q_word.keys(), dtype=np.int64, count=len(q_word))
    # words count once each (a tweet repeating a word says no more); unknown words at the largest idf
    q_idf2 = np.zeros(len(word.vocab))
    q_idf2[word_ids] = word.idf[word_ids] ** 2
    word_mass = float(q_idf2.sum()) + len(word_unknown) * word.max_idf**2
    return q_idf2, word_mass


def char_weights(char: Bm25fModel, q_char: Counter[int], char_unknown: Counter[str]) -> tuple[np.ndarray, float]:
    """Per character n-gram of the index, the statement's weight in the character cosine, and its norm."""
    char_ids = np.fromiter(q_char.keys(), dtype=np.int64, count=len(q_char))
    char_counts = np.fromiter(q_char.values(), dtype=np.float64, count=len(q_char))
    q_char_vector = np.zeros(len(char.vocab))
    q_char_vector[char_ids] = char_counts * char.idf[char_ids] ** 2
    unknown_char_mass = sum(c * c for c in char_unknown.values()) * char.max_idf**2
    char_norm = math.sqrt(float(np.sum((char_counts * char.idf[char_ids]) ** 2)) + unknown_char_mass)
    return q_char_vector, char_norm


def word_cosine(index: LexicalIndex, position: int, q_idf2: np.ndarray, q_mass: float) -> float:
    """idf^2-weighted cosine of term sets, statement vs the closest wording (claim text or alias)."""
    model = index.word
    best = 0.0
    for w in index.wording_range(position):
        wording_terms = model.wterms[model.wptr[w] : model.wptr[w + 1]]
        mass = model.wmass[w]
        if mass > 0 and q_mass > 0:
            best = max(best, float(q_idf2[wording_terms].sum()) / math.sqrt(q_mass * mass))
    return min(best, 1.0)


def char_cosine(index: LexicalIndex, position: int, q_vector: np.ndarray, q_norm: float) -> float:
    """tf-idf cosine of character n-grams, statement vs the closest wording."""
    return max((wording_char_cosine(index, w, q_vector, q_norm) for w in index.wording_range(position)), default=0.0)


def wording_char_cosine(index: LexicalIndex, wording: int, q_vector: np.ndarray, q_norm: float) -> float:
    """tf-idf cosine of character n-grams, statement vs one wording (``char_cosine``)."""
    model = index.char
    norm = model.wnorm[wording]
    if norm <= 0 or q_norm <= 0:
        return 0.0
    start, end = model.wptr[wording], model.wptr[wording + 1]
    dot = float(q_vector[model.wterms[start:end]] @ model.wcounts[start:end])
    return min(dot / (q_norm * float(norm)), 1.0)


@dataclass(frozen=True)
class WordingsByTerm:
    """For ``near_by_words``: the word model's wordings by term (CSR: ``term_ptr`` by term id, the wordings
    holding it: the transpose of the wordings' term lists), the claim of each wording, and per wording
    1 / sqrt(its mass), 0 for a wording without terms."""

    term_ptr: np.ndarray
    wordings: np.ndarray
    claim_of_wording: np.ndarray
    inverse_norms: np.ndarray

    @classmethod
    def of(cls, index: LexicalIndex) -> WordingsByTerm:
        model = index.word
        order = np.argsort(model.wterms, kind="stable")
        wording_of_entry = np.repeat(np.arange(len(model.wptr) - 1, dtype=np.int64), np.diff(model.wptr))
        term_ptr = np.zeros(len(model.vocab) + 1, dtype=np.int64)
        term_ptr[1:] = np.cumsum(np.bincount(model.wterms, minlength=len(model.vocab)))
        doc_wordings = index.doc_wordings
        claim_of_wording = np.repeat(np.arange(len(doc_wordings) - 1, dtype=np.int64), np.diff(doc_wordings))
        masses = model.wmass
        inverse_norms = np.zeros(len(masses))
        np.divide(1.0, np.sqrt(masses), out=inverse_norms, where=masses > 0)
        return cls(term_ptr, wording_of_entry[order], claim_of_wording, inverse_norms)


def near_by_words(
    index: LexicalIndex,
    by_term: WordingsByTerm,
    q_word: Counter[int],
    q_mass: float,
    min_cosine: float,
    excluded: list[int],
) -> list[int]:
    """The positions of the claims (not excluded) whose word cosine with the statement may reach ``min_cosine``
    (> 0): every claim whose ``word_cosine`` does is among them.

    That cosine is a wording's shared idf^2 mass over sqrt(statement mass * wording mass), so a wording that
    reaches it shares a term with the statement.  The cosine of every wording holding a statement term is
    computed here at once, from the term's postings (``by_term``), the same numbers summed and divided in
    another order than ``word_cosine`` does: a difference of a few units in the last place (some 1e-15 of a
    value at most 1), which ``COSINE_SLACK`` (1e-9) covers many times over.  So a claim kept here may still
    fall short, and is checked again with ``word_cosine``; a claim left out cannot reach ``min_cosine``."""
    if not q_word or q_mass <= 0:
        return []  # no shared term: a word cosine of 0
    n = len(by_term.inverse_norms)
    ids = np.fromiter(q_word.keys(), dtype=np.int64, count=len(q_word))
    starts, lengths = by_term.term_ptr[ids], by_term.term_ptr[ids + 1] - by_term.term_ptr[ids]
    total = int(lengths.sum())
    if total == 0:
        return []
    # the postings of all the statement's terms, one after the other
    entries = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths) + np.arange(total)
    idf2 = np.repeat(index.word.idf[ids] ** 2, lengths)
    shared = np.bincount(by_term.wordings[entries], weights=idf2, minlength=n)
    cosines = shared * by_term.inverse_norms / math.sqrt(q_mass)  # 0 for a wording without terms, as word_cosine
    near = np.unique(by_term.claim_of_wording[np.flatnonzero(cosines >= min_cosine - COSINE_SLACK)])
    if excluded:  # a set of Python ints made claim by claim took most of validate's time when all share words
        near = np.setdiff1d(near, np.asarray(excluded, dtype=np.int64), assume_unique=True)
    positions: list[int] = near.tolist()
    return positions
