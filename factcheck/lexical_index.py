"""The lexical index: two BM25F models of a list of claims, built once and cached.

Each claim is indexed twice over its fields (claim text, aliases, summary; the summary explains
the claim but also talks about other things, so it weighs less):

- a word model: stemmed terms without stop words (``text.terms``);
- a character model: 4-grams of the folded words (``text.char_grams``), which matches what
  stemming misses (photo/photograph, hashtags written as one word, misspellings).

The aliases field counts a term once however many aliases repeat it (its largest count in any
one alias, over their mean length), so the ranking does not depend on how many ways a claim was
worded: summing them let a claim with three aliases saying "US soldiers ... Mexico" outrank the
claim worded exactly as "There are American soldiers in Mexico".

Each model also keeps every wording (the claim text and each alias) as a sparse vector, for the
cosines of the matcher's evidence (``lexical_scoring.py``).

Build cost is paid once per knowledge-base content: the arrays are cached (``cache.py``), and a
cache file is used only when every array in it adds up (``LexicalIndex.from_arrays``); anything
else is rebuilt.  A rebuild of a big file reads afresh only the texts the last build did not read
(``lexical_terms``, files of ``MIN_STORED_CLAIMS`` claims or more): after an ``add``, the new claim's.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from typing import Any

import numpy as np

from . import cache
from .model import Claim
from .text import NORMALISER_VERSION, char_grams, terms

#: BM25F weight of each field's term frequencies (claim, aliases, summary)
FIELD_WEIGHTS = (1.0, 1.0, 0.3)
# BM25 parameters, tuned with FUSION on the CheckThat! 2020 train split (bench/checkthat.py):
# MAP@5 is flat around here (k1 0.9-1.5, b 0.4-0.75, fusion 0.45-0.7 all within 0.005 of the
# best); b 0.6 was best or tied at every fusion weight, so it replaces the textbook 0.75.
K1 = 1.2
B = 0.6
#: knowledge bases smaller than this get idf as if they had this many claims (see _reference_size)
IDF_REFERENCE_SIZE = 1000

# Part of the cache key: bump when the arrays below change meaning or layout.
# 4: the index stores ``shared_terms`` (the substitution check's vocabulary), computed at build.
INDEX_VERSION = 4
_INDEX_KIND = "lexical"

#: a field of every claim: per claim, the field's wordings, each a list of tokens
Field = list[list[list[str]]]
#: the same as token counts: per claim, the field's wordings, each its tokens' counts in order of first use
FieldCounts = list[list[Mapping[str, int]]]


def _cache_version() -> str:
    return (
        f"lexical-index-{INDEX_VERSION}-norm-{NORMALISER_VERSION}-k1-{K1}-b-{B}-fields-{FIELD_WEIGHTS}"
        f"-idf-ref-{IDF_REFERENCE_SIZE}"
    )


@dataclass
class Bm25fModel:
    """One BM25F model: vocabulary, postings (CSR by term) and idf."""

    vocab: list[str]
    ptr: np.ndarray  # int64, len(vocab) + 1
    docs: np.ndarray  # int32, the claims holding each term
    weights: np.ndarray  # float32, their BM25F contribution (idf included)
    idf: np.ndarray  # float64, len(vocab)
    max_idf: float  # the idf of a term no claim holds (for statement words the index lacks)
    # The wordings (claim text, each alias) as sparse vectors, for the cosines.
    wptr: np.ndarray  # int64, wordings + 1
    wterms: np.ndarray  # int32
    wcounts: np.ndarray  # float32

    def __post_init__(self) -> None:
        self.index: dict[str, int] = {term: i for i, term in enumerate(self.vocab)}

    # Per wording, each computed when first needed: the character cosine needs only the norm, the word cosine only
    # the mass, and the character model's mass took 0.01 s of every check on a 10,000-claim file.
    @cached_property
    def wnorm(self) -> np.ndarray:
        """Per wording: tf-idf norm sqrt(sum((count * idf)^2))."""
        norms: np.ndarray = np.sqrt(
            _segment_sums((self.wcounts.astype(np.float64) * self.idf[self.wterms]) ** 2, self.wptr)
        )
        return norms

    @cached_property
    def wmass(self) -> np.ndarray:
        """Per wording: binary mass sum(idf^2)."""
        return _segment_sums(self.idf[self.wterms] ** 2, self.wptr)

    def lookup(self, tokens: list[str]) -> tuple[Counter[int], Counter[str]]:
        """Known token ids with their counts, and the tokens the index lacks with theirs."""
        known: Counter[int] = Counter()
        unknown: Counter[str] = Counter()
        for token in tokens:
            tid = self.index.get(token)
            if tid is None:
                unknown[token] += 1
            else:
                known[tid] += 1
        return known, unknown


def _build_model(fields: list[Field], n_docs: int) -> Bm25fModel:
    """BM25F over ``fields[f][doc]``, each a list of wordings (token lists): ``_build_model_of_counts`` of their
    token counts.  Used by the tests (``LexicalIndex.build`` passes counts)."""
    return _build_model_of_counts([[[Counter(tokens) for tokens in doc] for doc in field] for field in fields], n_docs)


def _build_model_of_counts(counts: list[FieldCounts], n_docs: int) -> Bm25fModel:
    """BM25F over ``counts[f][doc]``, each a list of wordings, each the count of each of its tokens in order of first
    use (a ``Counter`` of its tokens); the wordings of the first two fields (a claim's text, then its aliases) are also
    indexed for the cosines.

    A field holding several wordings (the aliases) counts a term by its largest count in any one
    of them and has their mean length: alternative wordings of one claim say the same thing, so
    a claim with four aliases repeating "US soldiers in Mexico" says it no more than a claim with
    one (summing them let such a claim outrank the one worded exactly as the statement).

    Each wording is counted once (``Counter``, in C, or read back from ``lexical_terms``), and the sums over claims
    and terms are numpy's: the same double arithmetic, in the same order, as a loop over dicts, which took most of a
    10,000-claim build's time.
    """
    # term ids in order of first use, field by field (a wording's counts hold its tokens in order of first use)
    vocab = {term: tid for tid, term in enumerate(dict.fromkeys(chain.from_iterable(_all_wordings(counts))))}
    keys, freqs = _weighted_frequencies(counts, vocab, n_docs)
    terms_of = keys // max(n_docs, 1)
    df = np.bincount(terms_of, minlength=len(vocab))
    idf: np.ndarray = np.log1p((_reference_size(n_docs) - df + 0.5) / (df + 0.5))
    ptr = np.zeros(len(vocab) + 1, dtype=np.int64)
    ptr[1:] = np.cumsum(df)
    weights = (idf[terms_of] * freqs * (K1 + 1) / (freqs + K1)).astype(np.float32)
    wordings = [wording for claim, aliases in zip(counts[0], counts[1], strict=True) for wording in (*claim, *aliases)]
    wptr, wterms, wcounts = _wording_vectors(wordings, vocab)
    return Bm25fModel(
        vocab=list(vocab),
        ptr=ptr,
        docs=(keys % max(n_docs, 1)).astype(np.int32),
        weights=weights,
        idf=idf,
        max_idf=_max_idf(n_docs),
        wptr=wptr,
        wterms=wterms,
        wcounts=wcounts,
    )


#: a text's counts of word terms and of character n-grams, each in order of first use (``text_counts``)
TextCounts = tuple[Mapping[str, int], Mapping[str, int]]
CountsOf = Callable[[str], TextCounts]


def text_counts(text: str) -> TextCounts:
    """The counts of the terms (``text.terms``) and of the character n-grams (``text.char_grams``) of ``text``."""
    return Counter(terms(text)), Counter(char_grams(text))


def _all_wordings(counts: list[FieldCounts]) -> Iterator[Mapping[str, int]]:
    return chain.from_iterable(chain.from_iterable(counts))


def _weighted_frequencies(
    counts: list[FieldCounts], vocab: dict[str, int], n_docs: int
) -> tuple[np.ndarray, np.ndarray]:
    """The (term, claim) pairs of the postings, as sorted keys ``term * n_docs + claim``, and each pair's BM25F
    frequency: each field's length-normalised count times the field's weight, summed over the fields in order."""
    keys: list[np.ndarray] = []
    contributions: list[np.ndarray] = []
    for weight, field_counts in zip(FIELD_WEIGHTS, counts, strict=True):
        tfs = [_field_tf(wordings) for wordings in field_counts]
        lengths = np.array([_field_length(field_wordings) for field_wordings in field_counts], dtype=np.float64)
        present = lengths[lengths > 0]
        average = float(present.mean()) if len(present) else 1.0
        norms = 1 - B + B * lengths / average
        docs = np.repeat(np.arange(n_docs, dtype=np.int64), [len(tf) for tf in tfs])
        tids = np.fromiter(map(vocab.__getitem__, chain.from_iterable(tfs)), dtype=np.int64, count=len(docs))
        tf_counts = np.fromiter(chain.from_iterable(tf.values() for tf in tfs), dtype=np.float64, count=len(docs))
        keys.append(tids * max(n_docs, 1) + docs)
        contributions.append(weight * tf_counts / norms[docs])
    unique_keys, where = np.unique(np.concatenate(keys), return_inverse=True)
    freqs = np.zeros(len(unique_keys), dtype=np.float64)
    start = 0
    for contribution in contributions:  # field by field: 0.0 + claim + aliases + summary, as the sum always was
        freqs[where[start : start + len(contribution)]] += contribution  # a pair is once in a field
        start += len(contribution)
    return unique_keys, freqs


def _wording_vectors(
    wordings: list[Mapping[str, int]], vocab: dict[str, int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The wordings (their token counts) as sparse term counts (CSR): ``wptr`` by wording, their term ids and
    counts."""
    wptr = np.zeros(len(wordings) + 1, dtype=np.int64)
    wptr[1:] = np.cumsum([len(counts) for counts in wordings])
    n = int(wptr[-1])
    wterms = np.fromiter(map(vocab.__getitem__, chain.from_iterable(wordings)), dtype=np.int32, count=n)
    wcounts = np.fromiter(chain.from_iterable(c.values() for c in wordings), dtype=np.float32, count=n)
    return wptr, wterms, wcounts


def _field_tf(wordings: list[Mapping[str, int]]) -> Mapping[str, int]:
    """Token -> its largest count in any one wording of the field, in order of first use."""
    if len(wordings) == 1:  # most fields (a claim's text, its summary): its counts as they are
        return wordings[0]
    tf: dict[str, int] = {}
    for counts in wordings:
        for token, count in counts.items():
            if count > tf.get(token, 0):
                tf[token] = count
    return tf


def _field_length(field_wordings: list[Mapping[str, int]]) -> float:
    """The mean length (tokens) of the field's non-empty wordings (0 when it has none)."""
    lengths = [sum(counts.values()) for counts in field_wordings if counts]
    return sum(lengths) / len(lengths) if lengths else 0.0


def _reference_size(n_docs: int) -> int:
    """The collection size idf assumes: a small knowledge base is read as a sample of a big one,
    where its words are rare, so every content word counts (and scores mean what they mean on
    the 10,375-claim benchmark the calibration was fitted on)."""
    return max(n_docs, IDF_REFERENCE_SIZE)


def _max_idf(n_docs: int) -> float:
    return math.log1p((_reference_size(n_docs) + 0.5) / 0.5)


def _segment_sums(values: np.ndarray, ptr: np.ndarray) -> np.ndarray:
    """Sums of ``values[ptr[i]:ptr[i+1]]`` for each i."""
    totals: np.ndarray = np.concatenate(([0.0], np.cumsum(values, dtype=np.float64)))
    sums: np.ndarray = totals[ptr[1:]] - totals[ptr[:-1]]
    return sums


class LexicalIndex:
    """The arrays of both models for a list of claims (built, or read from the cache)."""

    def __init__(self, word: Bm25fModel, char: Bm25fModel, doc_wordings: np.ndarray, shared_terms: np.ndarray) -> None:
        self.word = word
        self.char = char
        self.doc_wordings = doc_wordings  # int64, n_docs + 1: wordings of doc d are [dw[d], dw[d+1])
        # int32, sorted: the word terms more than one claim uses, twins counted once (``_shared_terms``).  Built
        # with the index and cached with it: computed on the first search instead, it took most of that search's
        # time on a 10,000-claim file (0.06-0.1 s of a ``check``)
        self.shared_terms = shared_terms

    @property
    def n_docs(self) -> int:
        return len(self.doc_wordings) - 1

    def wording_range(self, position: int) -> range:
        """The wordings (claim text, then each alias) of the claim at ``position``."""
        return range(int(self.doc_wordings[position]), int(self.doc_wordings[position + 1]))

    def twin_keys(self, positions: Iterable[int]) -> list[bytes]:
        """Per claim, a key equal for twins (claims worded alike): the index's terms of its own text
        (``text.term_set``, as ids).  A claim whose text has no terms (its aliases carry it) is nobody's twin."""
        return _twin_keys(self.word, self.doc_wordings, positions)

    @classmethod
    def build(cls, claims: Sequence[Claim], *, counts_of: CountsOf | None = None) -> LexicalIndex:
        """The index of ``claims``.  ``counts_of(text)``: the word terms' and character n-grams' counts of a text
        (``text_counts``, the default, or read back from ``lexical_terms.TermsStore``)."""
        read = counts_of or text_counts
        n = len(claims)
        word_fields: list[FieldCounts] = [[], [], []]
        char_fields: list[FieldCounts] = [[], [], []]
        doc_wordings = np.zeros(n + 1, dtype=np.int64)
        for i, claim in enumerate(claims):
            fields = ((claim.claim,), claim.aliases, (claim.summary or "",))
            for f, texts in enumerate(fields):
                both = [read(text) for text in texts]
                word_fields[f].append([word for word, _ in both])
                char_fields[f].append([char for _, char in both])
            # the claim's text and aliases are its wordings (``_build_model_of_counts``)
            doc_wordings[i + 1] = doc_wordings[i] + 1 + len(claim.aliases)
        word = _build_model_of_counts(word_fields, n)
        char = _build_model_of_counts(char_fields, n)
        return cls(word, char, doc_wordings, _shared_terms(word, doc_wordings))

    # -- cache -----------------------------------------------------------------------------

    _ARRAYS = ("ptr", "docs", "weights", "idf", "wptr", "wterms", "wcounts")

    def to_arrays(self) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        arrays: dict[str, np.ndarray] = {"doc_wordings": self.doc_wordings, "shared_terms": self.shared_terms}
        for prefix, model in (("word", self.word), ("char", self.char)):
            for name in self._ARRAYS:
                arrays[f"{prefix}_{name}"] = getattr(model, name)
        return arrays, {"word_vocab": self.word.vocab, "char_vocab": self.char.vocab}

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], meta: dict[str, Any], n_docs: int) -> LexicalIndex | None:
        """The index stored in a cache file, or None if anything in it does not add up."""
        doc_wordings = arrays.get("doc_wordings")
        if not _is_pointer(doc_wordings, n_docs + 1):
            return None
        assert doc_wordings is not None
        n_wordings = int(doc_wordings[-1])
        models: list[Bm25fModel] = []
        for prefix in ("word", "char"):
            model = cls._stored_model(prefix, arrays, meta, n_docs, n_wordings)
            if model is None:
                return None
            models.append(model)
        shared_terms = arrays.get("shared_terms")
        if not _is_term_set(shared_terms, len(models[0].vocab)):
            return None  # a file without it (or with a damaged one) is rebuilt, like any other damage
        assert shared_terms is not None
        return cls(models[0], models[1], doc_wordings, shared_terms)

    @classmethod
    def _stored_model(
        cls, prefix: str, arrays: dict[str, np.ndarray], meta: dict[str, Any], n_docs: int, n_wordings: int
    ) -> Bm25fModel | None:
        """The model stored under ``prefix`` ("word", "char"), or None if its vocabulary or arrays do not add up."""
        vocab = meta.get(f"{prefix}_vocab")
        if not isinstance(vocab, list) or not all(isinstance(t, str) for t in vocab):
            return None
        parts = {name: arrays.get(f"{prefix}_{name}") for name in cls._ARRAYS}
        if not _valid_model(parts, len(vocab), n_docs, n_wordings):
            return None
        model = Bm25fModel(vocab=vocab, max_idf=_max_idf(n_docs), **parts)  # type: ignore[arg-type]
        if len(model.index) != len(vocab):  # duplicate terms
            return None
        return model


def _is_pointer(array: np.ndarray | None, length: int) -> bool:
    """A CSR pointer: 1-D integers of ``length``, starting at 0, never decreasing."""
    return (
        array is not None
        and array.ndim == 1
        and array.dtype == np.int64
        and len(array) == length
        and int(array[0]) == 0
        and bool(np.all(np.diff(array) >= 0))
    )


def _in_range(array: np.ndarray | None, dtype: type, length: int, upper: int | None) -> bool:
    if array is None or array.ndim != 1 or array.dtype != dtype or len(array) != length:
        return False
    if upper is not None and length:
        return int(array.min()) >= 0 and int(array.max()) < upper
    return bool(np.all(np.isfinite(array))) if length else True


def _is_term_set(array: np.ndarray | None, n_terms: int) -> bool:
    """Term ids of a model of ``n_terms`` terms, int32, each once, in increasing order (``shared_terms``)."""
    if array is None or array.ndim != 1 or array.dtype != np.int32:
        return False
    return _in_range(array, np.int32, len(array), n_terms) and bool(np.all(np.diff(array) > 0))


def _valid_model(parts: dict[str, np.ndarray | None], n_terms: int, n_docs: int, n_wordings: int) -> bool:
    ptr, wptr = parts["ptr"], parts["wptr"]
    if not _is_pointer(ptr, n_terms + 1) or not _is_pointer(wptr, n_wordings + 1):
        return False
    assert ptr is not None and wptr is not None
    postings, entries = int(ptr[-1]), int(wptr[-1])
    return (
        _in_range(parts["docs"], np.int32, postings, n_docs)
        and _in_range(parts["weights"], np.float32, postings, None)
        and _in_range(parts["idf"], np.float64, n_terms, None)
        and _in_range(parts["wterms"], np.int32, entries, n_terms)
        and _in_range(parts["wcounts"], np.float32, entries, None)
    )


def _twin_keys(word: Bm25fModel, doc_wordings: np.ndarray, positions: Iterable[int]) -> list[bytes]:
    """``LexicalIndex.twin_keys``, from the index's arrays alone (``_shared_terms`` needs it before the index)."""
    keys: list[bytes] = []
    for position in positions:
        w = int(doc_wordings[position])
        own_terms = np.sort(word.wterms[word.wptr[w] : word.wptr[w + 1]])
        keys.append(b"t" + own_terms.tobytes() if len(own_terms) else b"c%d" % position)
    return keys


def _shared_terms(word: Bm25fModel, doc_wordings: np.ndarray) -> np.ndarray:
    """The word terms that more than one claim uses, twins (``_twin_keys``) counting as one claim: a claim checked
    twice does not make its own words the file's subjects.  Sorted term ids, int32 (the substitution check's
    ``Vocabulary``)."""
    n_docs = len(doc_wordings) - 1
    groups: dict[bytes, int] = {}
    group_of = np.array(
        [groups.setdefault(key, len(groups)) for key in _twin_keys(word, doc_wordings, range(n_docs))], dtype=np.int64
    )
    term_of = np.repeat(np.arange(len(word.vocab), dtype=np.int64), np.diff(word.ptr))
    n_groups = max(len(groups), 1)
    term_and_group = np.unique(term_of * n_groups + group_of[word.docs])  # each (term, twin group) once
    claims_using = np.bincount(term_and_group // n_groups, minlength=len(word.vocab))
    return np.flatnonzero(claims_using >= 2).astype(np.int32)


def load_or_build_index(claims: Sequence[Claim], *, use_cache: bool = True) -> LexicalIndex:
    """The index for ``claims``: from the cache when a valid one is there, else built (and cached)."""
    if not use_cache:
        return LexicalIndex.build(claims)
    key = cache.content_key(claims, _cache_version())
    stored = cache.load_arrays(key, _INDEX_KIND)
    if stored is not None:
        index = LexicalIndex.from_arrays(stored[0], stored[1], len(claims))
        if index is not None:
            return index
    # imported here: lexical_terms imports this module (``text_counts``, ``TextCounts``)
    from . import lexical_terms

    if len(claims) < lexical_terms.MIN_STORED_CLAIMS:  # read afresh, the store of a big file left as it is
        index = LexicalIndex.build(claims)
        store = None
    else:  # the texts' terms as read for the last big index built (of this file before its last change, usually)
        store = lexical_terms.TermsStore.load()
        index = LexicalIndex.build(claims, counts_of=store)
    arrays, meta = index.to_arrays()
    cache.save_arrays(key, _INDEX_KIND, arrays, meta)
    if store is not None:
        store.save()
    return index
