"""The index's arrays, built with numpy, are those of the plain loops over dicts that define them."""

from __future__ import annotations

from collections import Counter

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.lexical_index import FIELD_WEIGHTS, K1, B, Bm25fModel, Field, _build_model, _reference_size


def _reference_model(fields: list[Field], n_docs: int) -> dict[str, object]:
    """BM25F as the index defines it, one dict per claim (the build's code before numpy summed it)."""
    vocab: dict[str, int] = {}
    combined: list[dict[int, float]] = [{} for _ in range(n_docs)]
    for weight, field in zip(FIELD_WEIGHTS, fields, strict=True):
        tfs = []
        for wordings in field:
            tf: dict[int, int] = {}
            for tokens in wordings:
                for token, count in Counter(tokens).items():
                    tid = vocab.setdefault(token, len(vocab))
                    tf[tid] = max(tf.get(tid, 0), count)
            tfs.append(tf)
        lengths = [sum(len(t) for t in w if t) / max(1, sum(1 for t in w if t)) for w in field]
        present = [length for length in lengths if length > 0]
        average = float(np.array(present).mean()) if present else 1.0
        for doc, (tf, length) in enumerate(zip(tfs, lengths, strict=True)):
            norm = 1 - B + B * length / average
            for tid, count in tf.items():
                combined[doc][tid] = combined[doc].get(tid, 0.0) + weight * count / norm
    df = np.zeros(len(vocab))
    for weighted in combined:
        df[list(weighted)] += 1
    idf = np.log1p((_reference_size(n_docs) - df + 0.5) / (df + 0.5))
    postings = sorted((tid, doc, freq) for doc, weighted in enumerate(combined) for tid, freq in weighted.items())
    weights = [idf[tid] * freq * (K1 + 1) / (freq + K1) for tid, _, freq in postings]
    wordings = [tokens for doc in range(n_docs) for tokens in (*fields[0][doc], *fields[1][doc])]
    vectors = [[(vocab[t], float(c)) for t, c in Counter(tokens).items()] for tokens in wordings]
    return {
        "vocab": list(vocab),
        "idf": idf.tolist(),
        "postings": [(tid, doc) for tid, doc, _ in postings],
        "weights": np.array(weights, dtype=np.float32).tobytes(),
        "vectors": vectors,
    }


def _as_built(model: Bm25fModel) -> dict[str, object]:
    terms = np.repeat(np.arange(len(model.vocab)), np.diff(model.ptr))
    return {
        "vocab": model.vocab,
        "idf": model.idf.tolist(),
        "postings": list(zip(terms.tolist(), model.docs.tolist(), strict=True)),
        "weights": model.weights.tobytes(),
        "vectors": [
            list(zip(model.wterms[a:b].tolist(), model.wcounts[a:b].tolist(), strict=True))
            for a, b in zip(model.wptr[:-1].tolist(), model.wptr[1:].tolist(), strict=True)
        ],
    }


_TOKENS = st.lists(st.sampled_from("a b c d e f g h".split()), max_size=8)


@st.composite
def _fields(draw: st.DrawFn) -> tuple[list[Field], int]:
    n_docs = draw(st.integers(0, 6))
    claims = [[draw(_TOKENS)] for _ in range(n_docs)]
    aliases = [draw(st.lists(_TOKENS, max_size=3)) for _ in range(n_docs)]
    summaries = [[draw(_TOKENS)] for _ in range(n_docs)]
    return [claims, aliases, summaries], n_docs


@settings(max_examples=300)
@given(_fields())
def test_the_built_model_is_the_reference_bm25f(case: tuple[list[Field], int]) -> None:
    fields, n_docs = case
    assert _as_built(_build_model(fields, n_docs)) == _reference_model(fields, n_docs)
