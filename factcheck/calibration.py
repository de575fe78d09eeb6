"""Turning a matcher's raw evidence into a score that means the same for every query.

A matcher describes each candidate with a few numbers (features: similarities, margins...).
A ``Calibration`` maps them to the probability that the candidate is the fact-check the
statement refers to, with a logistic model::

    score = 1 / (1 + exp(-(bias + sum(weight_i * feature_i))))

so one threshold ("match when the score is at least 0.5") works for short and long statements,
and for big and small knowledge bases.  The weights are fitted offline on labelled queries
(``bench/checkthat.py --fit-calibration``) and kept as constants next to each matcher; any
matcher (lexical now, semantic later) can reuse this class and ``fit_logistic`` with its own
features.

A candidate's similarity alone does not say whether it is *the* fact-check: a statement about
Kim Kardashian resembles every fact-check about her.  ``stands_out`` compares a candidate's
evidence with that of the next best candidates (its crowd), never counting the crowd below a
fixed floor (the typical crowd in a 10,000-claim pool), so a small knowledge base, whose
crowd is thin, does not make a weak candidate look outstanding: there the feature is the
candidate's own evidence minus a constant.  A candidate's twins (claims worded alike, which a
knowledge base gathered from several sources often holds) are left out of its crowd: a claim
checked twice is no rival of itself.  ``fit_two_stage`` fits both stages.

``confident_first`` is how ranking and score meet: candidates stay in the matcher's ranking
order, except that those whose score clears the threshold come first.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Calibration:
    features: tuple[str, ...]  # names, in the order ``probability`` expects the values
    weights: tuple[float, ...]
    bias: float

    def __post_init__(self) -> None:
        if len(self.features) != len(self.weights):
            raise ValueError("a calibration needs one weight per feature")

    def logit(self, values: Sequence[float]) -> float:
        if len(values) != len(self.weights):
            raise ValueError(f"expected {len(self.weights)} feature values, got {len(values)}")
        return self.bias + sum(w * v for w, v in zip(self.weights, values, strict=True))

    def probability(self, values: Sequence[float]) -> float:
        """The calibrated score in [0, 1]."""
        z = self.logit(values)
        # the two branches avoid overflow in exp() for large |z|
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)


def fit_logistic(
    rows: Sequence[Sequence[float]],
    labels: Sequence[int],
    names: Sequence[str],
    *,
    l2: float = 1e-3,
    iterations: int = 4000,
    step: float = 0.5,
) -> Calibration:
    """Fit a ``Calibration`` by L2-regularised logistic regression (full-batch gradient descent).

    Features are standardised while fitting (so one step size suits them all) and the weights
    are mapped back, so the result applies to raw feature values.  Deterministic: same data,
    same coefficients.  Needs numpy (fitting happens offline, never on the hot path).
    """
    import numpy as np

    x = np.asarray(rows, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    if x.ndim != 2 or x.shape[0] != y.shape[0] or x.shape[1] != len(names):
        raise ValueError("rows, labels and names do not fit together")
    if x.shape[0] == 0 or y.min() == y.max():
        raise ValueError("fitting needs both positive and negative examples")
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    b = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        w -= step * (z.T @ (p - y) / len(y) + l2 * w)
        b -= step * float((p - y).mean())
    raw_weights = w / scale
    raw_bias = b - float(mean @ raw_weights)
    return Calibration(tuple(names), tuple(float(v) for v in raw_weights), float(raw_bias))


def crowd_level(others: Sequence[float], *, size: int, floor: float) -> float:
    """The level of a candidate's crowd: ``max(mean(crowd), floor)``.

    The crowd is the ``size`` best other candidates' evidence; missing ones (a knowledge base
    with fewer candidates) count at ``floor``, and the crowd's level is never below ``floor``.
    """
    crowd = list(others[:size])
    crowd.extend([floor] * (size - len(crowd)))
    level = sum(crowd) / size if size else floor
    return max(level, floor)


def stands_out(own: float, others: Sequence[float], *, size: int, floor: float) -> float:
    """How far a candidate's evidence rises above its crowd: ``own - crowd_level(others)``."""
    return own - crowd_level(others, size=size, floor=floor)


#: candidates a matcher scores beyond the crowd, so that a crowd stays full when a candidate's twins
#: are left out of it
CROWD_RESERVE = 5


def crowd_by_key(values: Sequence[float], keys: Sequence[Hashable], own: Hashable, size: int) -> list[float]:
    """The ``size`` first of ranked ``values`` whose twin key is not ``own``: the crowd of a candidate
    with that key, which leaves out the candidate itself and its twins (it need not be among ``values``)."""
    return [value for value, key in zip(values, keys, strict=True) if key != own][:size]


def crowd(values: Sequence[float], i: int, size: int, twins: Sequence[Hashable] | None = None) -> list[float]:
    """The crowd of the ``i``-th of ranked ``values`` (``crowd_by_key``); without ``twins`` every
    candidate is its own key."""
    keys: Sequence[Hashable] = twins if twins is not None else range(len(values))
    return crowd_by_key(values, keys, keys[i], size)


@dataclass(frozen=True)
class TwoStageCalibration:
    """Stage 1 (``evidence``) scores a candidate on its own; stage 2 (``score``) sees its evidence
    and how far it stands out of its crowd (``stands_out`` with ``crowd_size`` and ``crowd_floor``)."""

    evidence: Calibration
    score: Calibration
    crowd_size: int
    crowd_floor: float

    def probabilities(self, ranked: Sequence[Sequence[float]], twins: Sequence[Hashable] | None = None) -> list[float]:
        """Calibrated scores of ranked candidates (best first), each compared with the others.

        ``twins``: a key per candidate; candidates with equal keys stay out of each other's crowd.
        Pass a few more candidates than ``crowd_size + 1`` so that a crowd stays full without them."""
        if twins is not None and len(twins) != len(ranked):
            raise ValueError("one twin key per candidate")
        evidence = [self.evidence.logit(values) for values in ranked]
        scores: list[float] = []
        for i, own in enumerate(evidence):
            others = crowd(evidence, i, self.crowd_size, twins)
            margin = stands_out(own, others, size=self.crowd_size, floor=self.crowd_floor)
            scores.append(self.score.probability((own, margin)))
        return scores


def fit_two_stage(
    queries: Sequence[tuple[Sequence[Sequence[float]], int]],
    names: Sequence[str],
    *,
    crowd_size: int,
    twins: Sequence[Sequence[Hashable] | None] | None = None,
    floor_quantile: float = 0.5,
) -> TwoStageCalibration:
    """Fit a ``TwoStageCalibration`` from ranked candidates and the label of the top one.

    ``queries``: per training query and condition, the feature values of its ranked candidates
    (best first, at least ``crowd_size + 1`` when the pool has them) and whether the first is
    right (1) or not (0); ``twins``, per query, the candidates' twin keys (as ``probabilities``
    takes them).  Stage 1 is fitted on the first candidates' features; the crowd floor is the
    ``floor_quantile`` of the first candidate's crowd's mean stage-1 evidence (over the rows with
    a crowd); stage 2 is fitted on (evidence, stands out).  Needs numpy (offline only).
    """
    import numpy as np

    if twins is not None and len(twins) != len(queries):
        raise ValueError("one list of twin keys per query")
    keys = list(twins) if twins is not None else [None] * len(queries)
    used = [(ranked, label, key) for (ranked, label), key in zip(queries, keys, strict=True) if ranked]
    evidence = fit_logistic([ranked[0] for ranked, _, _ in used], [label for _, label, _ in used], names)
    logits = [([evidence.logit(values) for values in ranked], key) for ranked, _, key in used]
    crowds = [crowd(row, 0, crowd_size, key) for row, key in logits]
    levels = [sum(c) / len(c) for c in crowds if c]
    if not levels:
        raise ValueError("fitting needs queries with more than one candidate")
    floor = float(np.quantile(levels, floor_quantile))
    rows = [
        (row[0], stands_out(row[0], c, size=crowd_size, floor=floor))
        for (row, _), c in zip(logits, crowds, strict=True)
    ]
    score = fit_logistic(rows, [label for _, label, _ in used], ("evidence", "stands_out"))
    return TwoStageCalibration(evidence, score, crowd_size, floor)


def confident_first(probabilities: Sequence[float], threshold: float) -> list[int]:
    """The order to show ranked candidates in: those whose score clears ``threshold`` first, each group in rank order.

    A matcher shows scores that never rise down its list (a lower rank never looks better), so
    a clear match ranked below an unconvincing candidate would be shown at the lower score and
    go unreported: "no match" for a statement worded exactly as one of the claims.  Ranking by
    score alone costs ranking quality (the lexical matcher's BM25 order ranks better: train
    MAP@5 0.880 -> 0.868 when its top 10 are re-ranked by score), while moving only the
    candidates that clear the threshold changes the first of 5 of 800 train queries
    (``bench/checkthat.py --orderings``).
    """
    confident = [i for i, p in enumerate(probabilities) if p >= threshold]
    return confident + [i for i, p in enumerate(probabilities) if p < threshold]
