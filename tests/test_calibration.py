"""The score calibration: logistic models fitted offline; a candidate is scored on its own and against its crowd."""

from __future__ import annotations

import math
import random

import pytest

from factcheck.calibration import (
    Calibration,
    TwoStageCalibration,
    confident_first,
    fit_logistic,
    fit_two_stage,
    stands_out,
)
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
    assert CALIBRATION.evidence.features == FEATURES
    assert all(w > 0 for w in CALIBRATION.evidence.weights)  # more similarity never lowers the evidence
    # the score rises with the candidate's own evidence and falls as its crowd rises
    assert CALIBRATION.score.weights[0] + CALIBRATION.score.weights[1] > 0 and CALIBRATION.score.weights[1] > 0
    identical = (1.0, 1.0, 0.6, math.log(6), 0.9)
    unrelated = (0.05, 0.1, 0.02, math.log(2), 0.3)
    (alone,) = CALIBRATION.probabilities([identical])
    assert alone > 0.95 > DEFAULT_THRESHOLD
    assert CALIBRATION.probabilities([unrelated])[0] < 0.05
    # the same candidate among nine others nearly as close to the statement is no longer a clear match
    assert CALIBRATION.probabilities([identical] * 10)[0] < DEFAULT_THRESHOLD


def test_stands_out_counts_a_thin_crowd_at_the_floor() -> None:
    assert stands_out(2.0, [], size=3, floor=-1.0) == 3.0
    assert stands_out(2.0, [-5.0, -6.0], size=3, floor=-1.0) == 3.0  # a crowd below the floor is the floor
    assert stands_out(2.0, [1.0, 1.0, 1.0], size=3, floor=-1.0) == 1.0
    assert stands_out(2.0, [2.0, -1.0], size=3, floor=-1.0) == pytest.approx(2.0)  # missing one counts at floor
    assert stands_out(2.0, [1.0, 1.0, 1.0, 9.0], size=3, floor=-1.0) == 1.0  # only the first ``size`` count


#: the feature passes through stage 1; stage 2 is the logistic of how far it stands out of a crowd of two
MARGIN_ONLY = TwoStageCalibration(
    evidence=Calibration(("x",), (1.0,), 0.0),
    score=Calibration(("e", "m"), (0.0, 1.0), 0.0),
    crowd_size=2,
    crowd_floor=0.0,
)


def test_two_stage_compares_each_candidate_with_the_others() -> None:
    cal = MARGIN_ONLY
    # evidence 3, 1, 1: the first stands out by 3 - 1 = 2, the second by 1 - 2 = -1 (crowd: 3 and 1)
    first, second, third = cal.probabilities([(3.0,), (1.0,), (1.0,)])
    assert first == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert second == third == pytest.approx(1 / (1 + math.exp(1.0)))
    assert cal.probabilities([]) == []


def test_twins_stay_out_of_each_others_crowd() -> None:
    cal = MARGIN_ONLY
    ranked = [(3.0,), (3.0,), (1.0,), (1.0,)]
    # counted as rivals, two copies of one claim hold each other down: 3 - mean(3, 1) = 1
    assert cal.probabilities(ranked)[0] == pytest.approx(1 / (1 + math.exp(-1.0)))
    # as twins, each is compared with the two next best others: 3 - mean(1, 1) = 2
    first, second, third, _ = cal.probabilities(ranked, ["a", "a", "b", "c"])
    assert first == second == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert third == pytest.approx(1 / (1 + math.exp(-(1.0 - 3.0))))  # its crowd: both copies
    with pytest.raises(ValueError):
        cal.probabilities(ranked, ["a", "a"])


def test_fit_two_stage_learns_that_standing_out_matters() -> None:
    # queries whose first candidate is right stand out of their crowd; the others do not
    rng = random.Random(3)
    queries = []
    for _ in range(600):
        right = rng.random() < 0.5
        crowd = [(rng.uniform(0.0, 0.4),) for _ in range(9)]
        own = rng.uniform(0.5, 1.0) if right else max(value for (value,) in crowd) + rng.uniform(0.0, 0.1)
        queries.append(([(own,), *crowd], int(right)))
    cal = fit_two_stage(queries, ("similarity",), crowd_size=9)
    assert cal.crowd_size == 9 and cal.evidence.features == ("similarity",)
    assert cal.score.weights[1] > 0
    standing_out = cal.probabilities([(0.8,), *[(0.2,)] * 9])[0]
    lost_in_crowd = cal.probabilities([(0.45,), *[(0.4,)] * 9])[0]
    assert standing_out > 0.8 and lost_in_crowd < 0.5


def test_fit_two_stage_leaves_twins_out_of_the_crowd() -> None:
    # a right answer has a copy of itself right behind it; a wrong one, a close rival.  Only with the
    # copies marked as twins can the fit tell them apart (without: copies 0.61, rivals 0.63)
    rng = random.Random(5)
    queries, twins = [], []
    for _ in range(600):
        right = rng.random() < 0.5
        own = rng.uniform(0.5, 1.0) if right else rng.uniform(0.4, 0.9)
        second = own if right else own - rng.uniform(0.0, 0.05)
        crowd = [(rng.uniform(0.0, 0.3),) for _ in range(14)]
        queries.append(([(own,), (second,), *crowd], int(right)))
        twins.append(["same", "same", *range(14)] if right else ["own", "rival", *range(14)])
    cal = fit_two_stage(queries, ("similarity",), crowd_size=9, twins=twins)
    assert cal.score.weights[1] > 0  # standing out of the crowd counts for a match
    low = [(0.15,)] * 12
    copies = cal.probabilities([(0.8,), (0.8,), *low], ["c", "c", *range(12)])
    rivals = cal.probabilities([(0.8,), (0.78,), *low], ["c", "r", *range(12)])
    assert copies[0] == copies[1] > 0.75 and rivals[0] < 0.5
    with pytest.raises(ValueError):
        fit_two_stage(queries, ("similarity",), crowd_size=9, twins=twins[:-1])


def test_fit_two_stage_needs_a_crowd() -> None:
    with pytest.raises(ValueError):
        fit_two_stage([([(1.0,)], 1), ([(0.0,)], 0)], ("x",), crowd_size=9)


def test_confident_first_moves_only_candidates_that_clear_the_threshold() -> None:
    assert confident_first([0.2, 0.9, 0.1, 0.6], 0.5) == [1, 3, 0, 2]  # each group keeps its rank order
    assert confident_first([0.8, 0.9, 0.7], 0.5) == [0, 1, 2]  # all clear: the ranking decides, not the score
    assert confident_first([0.3, 0.1, 0.4], 0.5) == [0, 1, 2]  # none clears: nothing moves
    assert confident_first([0.4, 0.5], 0.5) == [1, 0]  # the threshold itself clears, as in find_matches
    assert confident_first([], 0.5) == []
