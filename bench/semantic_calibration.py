"""Fitting the semantic and the hybrid matchers' ranking and scores on CheckThat! 2020 train.

Used by ``bench/checkthat.py --matcher all --fit-calibration`` (which reads the data and prints
the figures); mirrors how that script fits the lexical calibration:

- rows from exactly the two conditions of the open-set measure: each train query with its relevant
  fact-checks in the knowledge base (the first candidate shown, labelled right or wrong) and with them
  and their twins removed (the first candidate, labelled wrong);
- on two shapes of knowledge base: the whole pool of 10,375 fact-checks, and for each query a one-topic
  file (its fact-check and the 40 claims nearest to it, as ``--topical-sizes``), where every candidate is
  on the subject and a score that only learnt the big pool lets more false matches through;
- logistic regression (``factcheck.calibration.fit_logistic``);
- the threshold: the operating point is the lowest score whose false-match rate over both shapes, in
  5-fold cross-validation of the whole fit on train, is at most ``MAX_FALSE_MATCH``; the bias is then
  moved so that the shipped score crosses the common 0.5 threshold there.  Dev is never used to fit or
  choose.

The hybrid matcher also has a ranking (a blend of cosine and lexical BM25 share), fitted first by
logistic regression over every merged candidate of each train query, labelled relevant or not.
"""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace

from factcheck.calibration import Calibration, confident_first, crowd, fit_logistic
from factcheck.hybrid import FEATURES as HYBRID_FEATURES
from factcheck.hybrid import RANKING_FEATURES, HybridCandidate, HybridMatcher
from factcheck.semantic import CROWD_SIZE, crowd_margins
from factcheck.semantic import FEATURES as SEMANTIC_FEATURES

#: the false-match rate (held out, on train) the default threshold must keep to
MAX_FALSE_MATCH = 0.05
#: thresholds tried when choosing the operating point
GRID = tuple(round(0.05 + 0.01 * i, 2) for i in range(91))
FOLDS = 5
SHIPPED_THRESHOLD = 0.5

#: (score of the first candidate shown, is it right, score of the first shown with the answer removed)
Outcome = tuple[float, bool, float]


def open_set(outcomes: Sequence[Outcome], threshold: float) -> dict[str, float]:
    n = len(outcomes) or 1
    right = sum(1 for score, correct, _ in outcomes if score >= threshold and correct)
    wrong = sum(1 for score, correct, _ in outcomes if score >= threshold and not correct)
    false_match = sum(1 for _, _, removed in outcomes if removed >= threshold)
    return {"answered right": right / n, "answered wrong": wrong / n, "false match": false_match / n}


def operating_point(outcomes_at: Callable[[float], Sequence[Outcome]]) -> float:
    """The lowest threshold of GRID whose false-match rate is at most MAX_FALSE_MATCH (the last one if none)."""
    for threshold in GRID:
        if open_set(outcomes_at(threshold), threshold)["false match"] <= MAX_FALSE_MATCH:
            return threshold
    return GRID[-1]


def shifted(calibration: Calibration, threshold: float) -> Calibration:
    """``calibration`` with its bias moved so that a score of ``threshold`` becomes SHIPPED_THRESHOLD."""
    move = math.log(threshold / (1 - threshold)) - math.log(SHIPPED_THRESHOLD / (1 - SHIPPED_THRESHOLD))
    return replace(calibration, bias=calibration.bias - move)


def folds(n: int) -> list[set[int]]:
    order = list(range(n))
    random.Random(0).shuffle(order)
    return [set(order[k::FOLDS]) for k in range(FOLDS)]


# -- semantic -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SemanticItem:
    """One train query: its best cosines (CROWD_SIZE + 1 and the reserve, best first) with the answer
    present, which of those candidates are right, and its best cosines with the answer (and twins) removed;
    with the candidates' twin keys (``SemanticMatcher.twin_keys``; None: no twins)."""

    full: list[float]
    right: list[bool]
    empty: list[float]
    full_twins: list[Hashable] | None = None
    empty_twins: list[Hashable] | None = None

    def conditions(self) -> list[tuple[list[float], list[Hashable] | None, bool]]:
        """(cosines, twin keys, first is right) with the answer present, then removed."""
        return [
            (self.full, self.full_twins, bool(self.right[0]) if self.right else False),
            (self.empty, self.empty_twins, False),
        ]


@dataclass(frozen=True)
class SemanticFit:
    calibration: Calibration  # shifted: 0.5 at the operating point
    crowd_floor: float
    operating_point: float
    held_out: list[Outcome]  # cross-validated outcomes at the operating point (scores unshifted), whole pool
    held_out_topical: list[Outcome]  # the same on one-topic files


def semantic_floor(items: Sequence[SemanticItem]) -> float:
    """The median crowd level in the whole pool: mean cosine of the first candidate's crowd (the next
    CROWD_SIZE that are not its twins), over every row."""
    crowds = [crowd(c, 0, CROWD_SIZE, twins) for item in items for c, twins, _ in item.conditions() if len(c) > 1]
    return statistics.median(statistics.fmean(c) for c in crowds if c)


def _semantic_scores(
    cosines: Sequence[float], twins: Sequence[Hashable] | None, calibration: Calibration, floor: float
) -> list[float]:
    """Scores of the candidates ``SemanticMatcher.search`` orders (the first CROWD_SIZE + 1)."""
    margins = crowd_margins(cosines, floor=floor, twins=twins)
    return [calibration.probability((c, m)) for c, m in zip(cosines, margins, strict=True)][: CROWD_SIZE + 1]


def _semantic_fit(items: Sequence[SemanticItem], floor: float) -> Calibration:
    rows, labels = [], []
    for item in items:
        for cosines, twins, label in item.conditions():
            if cosines:
                rows.append((cosines[0], crowd_margins(cosines, floor=floor, twins=twins)[0]))
                labels.append(int(label))
    return fit_logistic(rows, labels, SEMANTIC_FEATURES)


def semantic_outcomes(
    items: Sequence[SemanticItem], calibration: Calibration, floor: float, threshold: float
) -> list[Outcome]:
    outcomes = []
    for item in items:
        shown = []
        for cosines, twins, _ in item.conditions():
            scores = _semantic_scores(cosines, twins, calibration, floor)
            first = confident_first(scores, threshold)[0] if scores else -1
            shown.append((scores[first] if scores else 0.0, first))
        (score, first), (removed, _) = shown
        outcomes.append((score, first >= 0 and item.right[first], removed))
    return outcomes


def fit_semantic(items: Sequence[SemanticItem], topical: Sequence[SemanticItem]) -> SemanticFit:
    """``items``: the train queries on the whole pool; ``topical``: the same queries on their one-topic files."""
    floor = semantic_floor(items)
    parts = folds(len(items))

    def training(test: set[int]) -> list[SemanticItem]:
        return [items[i] for i in range(len(items)) if i not in test] + [
            topical[i] for i in range(len(topical)) if i not in test
        ]

    fitted = [_semantic_fit(training(test), floor) for test in parts]

    def held_out(threshold: float) -> tuple[list[Outcome], list[Outcome]]:
        pool: list[Outcome] = []
        one_topic: list[Outcome] = []
        for test, calibration in zip(parts, fitted, strict=True):
            chosen = sorted(test)
            pool += semantic_outcomes([items[i] for i in chosen], calibration, floor, threshold)
            one_topic += semantic_outcomes([topical[i] for i in chosen], calibration, floor, threshold)
        return pool, one_topic

    point = operating_point(lambda t: [*held_out(t)[0], *held_out(t)[1]])
    calibration = shifted(_semantic_fit([*items, *topical], floor), point)
    pool, one_topic = held_out(point)
    return SemanticFit(calibration, floor, point, pool, one_topic)


# -- hybrid -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HybridItem:
    """One train query: its merged candidates (unranked) with the answer present and which are right,
    and its merged candidates with the answer (and twins) removed."""

    full: list[HybridCandidate]
    right: list[bool]
    empty: list[HybridCandidate]


@dataclass(frozen=True)
class HybridFit:
    ranking: Calibration
    calibration: Calibration  # shifted: 0.5 at the operating point
    operating_point: float
    held_out: list[Outcome]  # cross-validated outcomes at the operating point (scores unshifted), whole pool
    held_out_topical: list[Outcome]  # the same on one-topic files
    held_out_rankings: list[list[int]]  # per pool item, positions shown first (cross-validated), best first
    #: the densest semantic crowd (``HybridCandidate.crowd``) among the rows the calibration is fitted on: the
    #: hybrid's CROWD_CEILING, past which the fitted line would be extrapolated
    densest_crowd: float


def _fit_ranking(items: Sequence[HybridItem]) -> Calibration:
    rows = [c.ranking_features for item in items for c in item.full]
    labels = [int(right) for item in items for right in item.right]
    return fit_logistic(rows, labels, RANKING_FEATURES)


def _fitted_rows(items: Sequence[HybridItem], ranker: HybridMatcher) -> list[tuple[HybridCandidate, int]]:
    """The rows the calibration is fitted on: per item and condition, the first candidate in ``ranker``'s
    order, labelled right (1) or not (0)."""
    rows = []
    for item in items:
        right = {c.position: r for c, r in zip(item.full, item.right, strict=True)}
        for pool, present in ((item.full, True), (item.empty, False)):
            ranked = ranker.rank(pool)
            if ranked:
                rows.append((ranked[0], int(present and right[ranked[0].position])))
    return rows


def _fit_hybrid_calibration(items: Sequence[HybridItem], ranker: HybridMatcher) -> Calibration:
    rows = _fitted_rows(items, ranker)
    return fit_logistic([c.features for c, _ in rows], [label for _, label in rows], HYBRID_FEATURES)


def hybrid_outcomes(items: Sequence[HybridItem], matcher: HybridMatcher) -> tuple[list[Outcome], list[list[int]]]:
    """Open-set outcomes and shown rankings (positions, best first, at most 5) under ``matcher``'s models."""
    outcomes, rankings = [], []
    for item in items:
        right = {c.position: r for c, r in zip(item.full, item.right, strict=True)}
        shown = matcher.shown(item.full)
        removed = matcher.shown(item.empty)
        first, score = shown[0] if shown else (None, 0.0)
        outcomes.append((score, first is not None and right[first.position], removed[0][1] if removed else 0.0))
        rankings.append([c.position for c, _ in shown[:5]])
    return outcomes, rankings


def fit_hybrid(items: Sequence[HybridItem], topical: Sequence[HybridItem], matcher: HybridMatcher) -> HybridFit:
    """Ranking (on the whole pool), then calibration (on both shapes), then operating point.

    ``items``: the train queries on the whole pool; ``topical``: the same queries on their one-topic
    files.  ``matcher``: the hybrid matcher on the whole pool (the refits share its lexical and semantic parts).
    """

    def fitted(test: set[int]) -> HybridMatcher:
        pool = [items[i] for i in range(len(items)) if i not in test]
        one_topic = [topical[i] for i in range(len(topical)) if i not in test]
        ranking = _fit_ranking(pool)
        ranker = HybridMatcher(matcher.lexical, matcher.semantic, ranking=ranking)
        calibration = _fit_hybrid_calibration([*pool, *one_topic], ranker)
        return HybridMatcher(matcher.lexical, matcher.semantic, ranking=ranking, calibration=calibration)

    parts = folds(len(items))
    fold_matchers = [fitted(test) for test in parts]

    def held_out(threshold: float) -> tuple[list[Outcome], list[Outcome], list[list[int]]]:
        pool: list[Outcome] = [(0.0, False, 0.0)] * len(items)
        one_topic: list[Outcome] = [(0.0, False, 0.0)] * len(topical)
        rankings: list[list[int]] = [[] for _ in items]
        for test, fold in zip(parts, fold_matchers, strict=True):
            chosen = sorted(test)
            fold.threshold = threshold
            outcomes, fold_rankings = hybrid_outcomes([items[i] for i in chosen], fold)
            topical_outcomes, _ = hybrid_outcomes([topical[i] for i in chosen], fold)
            for k, i in enumerate(chosen):
                pool[i], one_topic[i], rankings[i] = outcomes[k], topical_outcomes[k], fold_rankings[k]
        return pool, one_topic, rankings

    def both(threshold: float) -> list[Outcome]:
        pool, one_topic, _ = held_out(threshold)
        return [*pool, *one_topic]

    point = operating_point(both)
    final = fitted(set())
    pool, one_topic, rankings = held_out(point)
    densest = max(c.crowd for c, _ in _fitted_rows([*items, *topical], final))
    return HybridFit(final.ranking, shifted(final.calibration, point), point, pool, one_topic, rankings, densest)
