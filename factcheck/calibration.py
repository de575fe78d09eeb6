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
"""

from __future__ import annotations

import math
from collections.abc import Sequence
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
