"""The score calibration: a logistic model fitted offline, applied per candidate."""

from __future__ import annotations

import math
import random

import pytest

from factcheck.calibration import Calibration, fit_logistic
from factcheck.lexical import CALIBRATION, DEFAULT_THRESHOLD, FEATURES


def test_probability_is_the_logistic_of_the_linear_score() -> None:
    cal = Calibration(("a", "b"), (2.0, -1.0), 0.5)
    assert cal.probability([1.0, 3.0]) == pytest.approx(1 / (1 + math.exp(-(0.5 + 2 - 3))))
    assert cal.probability([1000.0, 0.0]) == 1.0 and cal.probability([-1000.0, 0.0]) == 0.0  # no overflow


def test_wrong_number_of_values_is_refused() -> None:
    with pytest.raises(ValueError):
        Calibration(("a",), (1.0,), 0.0).probability([1.0, 2.0])
    with pytest.raises(ValueError):
        Calibration(("a", "b"), (1.0,), 0.0)


def test_fit_recovers_known_coefficients() -> None:
    rng = random.Random(7)
    true_w, true_b = (3.0, -2.0), 0.5
    rows, labels = [], []
    for _ in range(4000):
        x = (rng.uniform(-2, 2), rng.uniform(-2, 2) * 10 + 5)  # different scales: standardisation matters
        p = 1 / (1 + math.exp(-(true_b + true_w[0] * x[0] + true_w[1] * (x[1] - 5) / 10)))
        rows.append(x)
        labels.append(int(rng.random() < p))
    cal = fit_logistic(rows, labels, ("x", "y"))
    assert cal.weights[0] == pytest.approx(3.0, abs=0.4)
    assert cal.weights[1] == pytest.approx(-0.2, abs=0.04)
    assert cal.probability((0.0, 5.0)) == pytest.approx(1 / (1 + math.exp(-0.5)), abs=0.05)


def test_fit_needs_both_classes() -> None:
    with pytest.raises(ValueError):
        fit_logistic([(1.0,), (2.0,)], [1, 1], ("x",))


def test_shipped_calibration_matches_the_features_and_rises_with_similarity() -> None:
    assert CALIBRATION.features == FEATURES
    assert all(w > 0 for w in CALIBRATION.weights)  # more evidence never lowers the score
    identical = CALIBRATION.probability((1.0, 1.0, 0.6, math.log(6), 0.9))
    unrelated = CALIBRATION.probability((0.05, 0.1, 0.02, math.log(2), 0.3))
    assert identical > 0.95 > DEFAULT_THRESHOLD > 0.05 > unrelated
