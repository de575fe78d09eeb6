"""Signals tried against the lexical matcher's false matches, held out on CheckThat! 2020 train.

    python bench/false_match_signals.py            # the shipped features, then each signal added as a sixth
    python bench/false_match_signals.py --grid     # ... and other BM25 settings and crowd sizes (~10 min)

What it measures, and why: a "false match" is a post that still clears the threshold with its fact-checks
(and their twins) removed (``bench/checkthat.py``); on train most are another fact-check of the same person
or story, sharing the poster's name, its @handles and #hashtags, or a few of the post's own words.  Each
signal below was meant to tell such a claim from the right one.  It is added as a sixth feature of the
two-stage calibration, and the calibration is fitted and scored held out: 5 shufflings of 5 folds of the
800 train queries, each fold scored by a fit on the other four (``checkthat.cross_validated``).  The table
gives, at the default threshold 0.50, the mean rates answered right, answered wrong and false match; and
the false match at the lowest threshold that answers no more right than the shipped features do at 0.50
("at equal right"), so that a signal which only moves along the trade-off the threshold moves along is
not taken for progress.  Their standard error over 800 queries is about 1.6 points (right) and 0.9
(false match): a difference smaller than that is noise.

``--grid`` asks whether the hand-set parts are tuned to train: the same held-out figures with other BM25
parameters (k1, b, the word/character fusion, the title's field weight; the index rebuilt each time), a
choice of those per fold by MAP@5 on the other folds (as they were tuned), and other crowd sizes.

Train only: dev is never read.  Data: ``--data`` (default ``../shared/bench/checkthat2020``); without it the
script says so and exits 0.
"""

from __future__ import annotations

import argparse
import itertools
import math
import re
import statistics
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
import checkthat as ct

if TYPE_CHECKING:
    import numpy as np

    from factcheck.lexical import Candidate, LexicalMatcher
    from factcheck.model import Claim

FOLDS = 5
REPEATS = 5
THRESHOLD = 0.5
Outcomes = list[tuple[float, bool, float]]
#: a capitalised word that does not open a sentence (a name, mostly)
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][\w'’-]+)")
#: (k1, b, fusion, title weight): the shipped settings first
BM25_SETTINGS = (
    (1.2, 0.6, 0.6, 1.0),
    *((k1, b, 0.6, 1.0) for k1 in (0.9, 1.2, 1.5) for b in (0.45, 0.6, 0.75) if (k1, b) != (1.2, 0.6)),
    (1.2, 0.6, 0.5, 1.0),
    (1.2, 0.6, 0.7, 1.0),
    (1.2, 0.6, 0.6, 0.7),
)
CROWD_SIZES = (1, 2, 3, 5, 7, 9, 12)


# -- the signals -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Post:
    """A post as the word cosine sees it: per index term, its idf^2 weight (0 where the post lacks the term)
    and masks of its own words (not the poster's name, @handles or #hashtags) and of its names (those, and
    capitalised words, that are not own words)."""

    weights: np.ndarray
    mass: float  # the weights' sum, and the largest idf^2 for each word the index lacks
    own: np.ndarray
    own_mass: float
    names: np.ndarray
    bare_names: np.ndarray  # the poster's name, @handles and #hashtags alone, without capitalised words
    words: frozenset[int]


def name_terms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The terms of the post's poster, @handles and #hashtags; and those of its capitalised words."""
    from factcheck.text import _HANDLE, _HASHTAG, clean_social, own_words, poster, term_set

    names = set(term_set(poster(text)))
    for handle in _HANDLE.findall(text):
        names |= term_set(clean_social("@" + handle))
    for tag in _HASHTAG.findall(text):
        names |= term_set(clean_social("#" + tag))
    capitalised: set[str] = set()
    for word in _CAPITALISED.findall(own_words(text)):
        capitalised |= term_set(word)
    return frozenset(names), frozenset(capitalised)


def read_post(matcher: LexicalMatcher, text: str) -> Post | None:
    """``text`` read as the matcher reads it; None where it reads no words."""
    import numpy as np

    from factcheck.lexical_scoring import word_weights
    from factcheck.text import own_words, term_set

    read = matcher._read(matcher.corrected(text), read_typos=False)
    if read is None:
        return None
    index = matcher.index.word
    weights, mass = word_weights(index, read.word, read.word_unknown)
    own_terms = term_set(own_words(read.judged))
    names, capitalised = name_terms(text)
    own, bare, named = (np.zeros(len(index.vocab)) for _ in range(3))
    for term in read.word:
        word = index.vocab[term]
        own[term] = word in own_terms
        bare[term] = word in names and word not in own_terms
        named[term] = bare[term] or word in capitalised
    unknown_own = sum(1 for word in read.word_unknown if word in own_terms)
    own_mass = float((weights * own).sum()) + unknown_own * index.max_idf**2
    return Post(weights, mass, own, own_mass, named, bare, frozenset(read.word))


def closest_wording(matcher: LexicalMatcher, post: Post, position: int) -> tuple[np.ndarray, float] | None:
    """The terms and idf^2 mass of the claim's wording (its text or an alias) with the highest word cosine."""
    index = matcher.index.word
    best, best_cosine = None, -1.0
    for w in matcher.index.wording_range(position):
        terms, mass = index.wterms[index.wptr[w] : index.wptr[w + 1]], float(index.wmass[w])
        if mass <= 0:
            continue
        cosine = float(post.weights[terms].sum()) / math.sqrt(post.mass * mass) if post.mass > 0 else 0.0
        if cosine > best_cosine:
            best, best_cosine = (terms, mass), cosine
    return best


def _share(part: float, whole: float) -> float:
    return part / whole if whole > 0 else 0.0


def wording_signals(post: Post, terms: np.ndarray, mass: float) -> dict[str, float]:
    """The signals of one candidate that its closest wording alone gives."""
    shared = float(post.weights[terms].sum())
    own = float((post.weights * post.own)[terms].sum())
    named = float((post.weights * post.names)[terms].sum())
    rest = post.mass - float((post.weights * post.names).sum())
    return {
        "own cosine": min(_share(own, math.sqrt(post.own_mass * mass)), 1.0),
        "cosine without names": min(_share(shared - named, math.sqrt(max(rest, 0.0) * mass)), 1.0),
        "name share": _share(float((post.weights * post.bare_names)[terms].sum()), shared),
        "name share, capitalised words too": _share(named, shared),
        "claim covered": _share(shared, mass),
        "post covered": _share(shared, post.mass),
        "own words shared": math.log1p(int(post.own[terms].sum())),
    }


def distinct_cosine(
    matcher: LexicalMatcher, post: Post, candidates: Sequence[Candidate], twins: Sequence[bytes] | None
) -> list[float]:
    """Per candidate, the word cosine of the terms it shares with the post that none of its crowd (the first
    ``CROWD_SIZE`` other candidates that are not its twins) shares."""
    from factcheck.lexical import CROWD_SIZE

    index = matcher.index.word
    shared = []
    for c in candidates:
        wordings = matcher.index.wording_range(c.position)
        claim_terms = index.wterms[index.wptr[wordings.start] : index.wptr[wordings.stop]]
        shared.append(set(claim_terms.tolist()) & post.words)
    keys: Sequence[object] = twins if twins is not None else range(len(candidates))
    values = []
    for i, c in enumerate(candidates):
        crowd = [j for j in range(len(candidates)) if j != i and keys[j] != keys[i]][:CROWD_SIZE]
        own = shared[i].difference(*(shared[j] for j in crowd))
        mass = max((float(index.wmass[w]) for w in matcher.index.wording_range(c.position)), default=0.0)
        values.append(_share(sum(float(post.weights[t]) for t in own), math.sqrt(post.mass * mass)))
    return values


def candidate_signals(
    matcher: LexicalMatcher, text: str, candidates: Sequence[Candidate], twins: Sequence[bytes] | None
) -> list[dict[str, float]]:
    """Every signal of every candidate of a post (0 for a post that reads no words)."""
    rows = [dict.fromkeys(SIGNALS, 0.0) for _ in candidates]
    post = read_post(matcher, text)
    if post is None:
        return rows
    for row, c, distinct in zip(rows, candidates, distinct_cosine(matcher, post, candidates, twins), strict=True):
        closest = closest_wording(matcher, post, c.position)
        row.update(wording_signals(post, *closest) if closest else {})
        row["distinct cosine"] = distinct
    return rows


#: what each signal is, for the table
SIGNALS = {
    "own cosine": "word cosine without poster's name, @handles, #hashtags",
    "cosine without names": "... and without capitalised words",
    "name share": "share of the shared idf mass from those terms",
    "name share, capitalised words too": "... and from capitalised words",
    "claim covered": "how much of the claim the post covers",
    "post covered": "how much of the post the claim covers",
    "own words shared": "how many of the post's own words it shares",
    "distinct cosine": "word cosine of the shared terms its crowd lacks",
}


# -- held-out figures ------------------------------------------------------------------------


#: a candidate's features from (the item's number, the answer removed?, the candidate's number, the candidate)
Extend = Callable[[int, bool, int, "Candidate"], tuple[float, ...]]


def with_features(items: Sequence[ct.Scored], extend: Extend) -> list[ct.Scored]:
    """``items`` with each candidate's features replaced by ``extend``'s."""
    return [
        replace(
            item,
            full=[replace(c, features=extend(n, False, i, c)) for i, c in enumerate(item.full)],
            empty=[replace(c, features=extend(n, True, i, c)) for i, c in enumerate(item.empty)],
        )
        for n, item in enumerate(items)
    ]


Signals = Sequence[tuple[list[dict[str, float]], list[dict[str, float]]]]


def add_signal(items: Sequence[ct.Scored], signals: Signals, name: str) -> list[ct.Scored]:
    """``items`` with the signal ``name`` as a last feature (``signals``: per item, the candidates' signals with
    the answer present and with it removed)."""
    return with_features(items, lambda n, removed, i, c: (*c.features, signals[n][removed][i][name]))


def products(items: Sequence[ct.Scored]) -> list[ct.Scored]:
    """``items`` with the products of every two of the features (squares too) added."""
    pairs = itertools.combinations_with_replacement

    return with_features(items, lambda n, removed, i, c: (*c.features, *(a * b for a, b in pairs(c.features, 2))))


def held_out(items: Sequence[ct.Scored], features: Sequence[str], crowd_size: int | None = None) -> list[Outcomes]:
    """Per shuffling of the folds, every query's open-set outcome scored by a fit on the other folds."""
    return [ct.cross_validated(items, FOLDS, seed, THRESHOLD, features, crowd_size) for seed in range(REPEATS)]


def false_match_at_right(outcomes: Outcomes, right: float) -> float:
    """The false match at the lowest threshold whose answered-right rate is at most ``right``."""
    for threshold in sorted({s for s, _, _ in outcomes} | {r for _, _, r in outcomes}):
        rates = ct.open_set(outcomes, threshold)
        if rates["answered right"] <= right:
            return rates["false match"]
    return 0.0


def summary(runs: Sequence[Outcomes], right: float | None = None) -> dict[str, float]:
    """Mean rates at ``THRESHOLD`` over the shufflings, and the false match at equal ``right`` (their own right
    rate at ``THRESHOLD`` where None)."""
    rates = [ct.open_set(o, THRESHOLD) for o in runs]
    mean = {k: statistics.fmean(r[k] for r in rates) for k in rates[0]}
    target = mean["answered right"] if right is None else right
    mean["at equal right"] = statistics.fmean(false_match_at_right(o, target) for o in runs)
    return mean


def row(name: str, rates: dict[str, float], width: int = 58) -> str:
    values = "  ".join(f"{rates[k]:>6.1%}" for k in ("answered right", "answered wrong", "false match"))
    return f"  {name:{width}}  {values}  {rates['at equal right']:>14.1%}"


def header(width: int = 58) -> str:
    return f"  {'':{width}}  {'right':>6}  {'wrong':>6}  {'false':>6}  {'at equal right':>14}"


def all_signals(matcher: LexicalMatcher, items: Sequence[ct.Scored]) -> Signals:
    """Per item, its candidates' signals with the answer present and with it removed."""
    rows = []
    for item in items:
        full, empty = item.twins if item.twins else (None, None)
        rows.append(
            (
                candidate_signals(matcher, item.query.text, item.full, full),
                candidate_signals(matcher, item.query.text, item.empty, empty),
            )
        )
    return rows


def signals_report(matcher: LexicalMatcher, items: Sequence[ct.Scored]) -> dict[str, float]:
    """The table of the shipped features and of each signal added; the shipped features' rates."""
    from factcheck.lexical import FEATURES

    print(f"\n== held out on train ({len(items)} queries; {REPEATS} shufflings of {FOLDS} folds), threshold 0.50")
    print(header())
    shipped = summary(held_out(items, FEATURES))
    print(row(f"the shipped {len(FEATURES)} features", shipped))
    right, signals = shipped["answered right"], all_signals(matcher, items)
    for name, what in SIGNALS.items():
        print(row(f"+ {what}", summary(held_out(add_signal(items, signals, name), (*FEATURES, name)), right)))
    pairs = [f"{a}*{b}" for a, b in itertools.combinations_with_replacement(FEATURES, 2)]
    runs = held_out(products(items), (*FEATURES, *pairs))
    print(row(f"+ the products of every two ({len(FEATURES) + len(pairs)} features)", summary(runs, right)))
    return shipped


# -- the hand-set parts ------------------------------------------------------------------------


@contextmanager
def bm25_settings(k1: float, b: float, fusion: float, title: float) -> Iterator[None]:
    """The matcher's BM25 constants set to these while in the block (the index must be rebuilt uncached)."""
    from factcheck import lexical, lexical_index, lexical_scoring

    saved = (lexical_index.K1, lexical_index.B, lexical_scoring.FUSION, lexical_index.FIELD_WEIGHTS)
    lexical_index.K1 = lexical.K1 = k1  # type: ignore[misc]
    lexical_index.B = b  # type: ignore[misc]
    lexical_scoring.FUSION = fusion  # type: ignore[misc]
    lexical_index.FIELD_WEIGHTS = (saved[3][0], title, *saved[3][2:])  # type: ignore[misc]
    try:
        yield
    finally:
        lexical_index.K1, lexical_index.B, lexical_scoring.FUSION, lexical_index.FIELD_WEIGHTS = saved  # type: ignore[misc]
        lexical.K1 = saved[0]  # type: ignore[misc]


def map5(item: ct.Scored) -> float:
    """MAP@5 of one query in the matcher's BM25 order (before the calibration puts confident ones first)."""
    return next((1 / (i + 1) for i, right in enumerate(item.right[:5]) if right), 0.0)


def grid_report(claims: Sequence[Claim], load: Callable[[Sequence[Claim]], list[ct.Scored]], right: float) -> None:
    """Held-out figures with other BM25 settings, with settings chosen per fold by MAP@5, and other crowds (false
    match also at the shipped features' held-out ``right`` rate)."""
    from factcheck.lexical import FEATURES

    print("\n== other BM25 settings (index rebuilt for each), held out as above at 0.50")
    print(header())
    scored, fits = {}, {}
    for settings in BM25_SETTINGS:
        with bm25_settings(*settings):
            scored[settings] = items = load(claims)
        fits[settings] = [ct.fold_fits(items, FOLDS, seed) for seed in range(REPEATS)]
        runs = [
            [o for test, fit in seed_fits for o in ct.rescore([items[i] for i in test], fit, THRESHOLD)]
            for seed_fits in fits[settings]
        ]
        name = "k1 {} b {} fusion {} title {}".format(*settings)
        print(row(f"{name}: MAP@5 {statistics.fmean(map5(i) for i in items):.3f}", summary(runs, right)))
    shipped, n = BM25_SETTINGS[0], len(scored[BM25_SETTINGS[0]])
    chosen, runs, nested_map = [], [], []
    for seed in range(REPEATS):
        outcomes, total = [], 0.0
        for k, (test, _) in enumerate(fits[shipped][seed]):
            held = set(test)
            rest = [i for i in range(n) if i not in held]
            best = max(scored, key=lambda s: (statistics.fmean(map5(scored[s][i]) for i in rest), s == shipped))
            chosen.append(best)
            outcomes += ct.rescore([scored[best][i] for i in test], fits[best][seed][k][1], THRESHOLD)
            total += sum(map5(scored[best][i]) for i in test)
        runs.append(outcomes)
        nested_map.append(total / n)
    print(row(f"chosen per fold by MAP@5 on the others: {statistics.fmean(nested_map):.3f}", summary(runs, right)))
    print("  settings chosen: " + ", ".join(f"{s} x{chosen.count(s)}" for s in sorted(set(chosen))))

    print("\n== other crowd sizes, held out as above at 0.50")
    print(header())
    items = scored[shipped]
    for size in CROWD_SIZES:
        print(row(f"crowd of {size}", summary(held_out(items, FEATURES, size), right)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ct.DEFAULT_DATA, help="folder of the CheckThat! 2020 data")
    parser.add_argument("--grid", action="store_true", help="also other BM25 settings and crowd sizes (slow)")
    args = parser.parse_args(argv)
    if not (args.data / "vclaims.jsonl").is_file() or not (args.data / "train").is_dir():
        print(f"CheckThat! 2020 data not found in {args.data}; skipping (pass --data PATH).")
        return 0

    sys.path.insert(0, str(ct.REPO))
    from factcheck.lexical import LexicalMatcher, load_or_build_index
    from factcheck.store import load_knowledge_base

    fact_checks, group, members = ct.fact_check_pool(args.data)
    queries = ct.read_queries(args.data / "train")  # train only: dev is never read
    claims = load_knowledge_base(ct.claims_file(fact_checks)).claims  # type: ignore[attr-defined]

    def load(claims: Sequence[Claim]) -> list[ct.Scored]:
        matcher = LexicalMatcher(claims, index=load_or_build_index(claims, use_cache=False))
        return ct.lexical_scored(matcher, queries, group, members)

    matcher = LexicalMatcher(claims, index=load_or_build_index(claims))
    print(f"CheckThat! 2020 train: {len(queries)} queries, {len(claims):,} fact-checks (dev is never read)")
    shipped = signals_report(matcher, ct.lexical_scored(matcher, queries, group, members))
    if args.grid:
        grid_report(claims, load, shipped["answered right"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
