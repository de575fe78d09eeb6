"""Matching quality on CLEF 2020 CheckThat! Task 2 (verified claim retrieval, English).

    python bench/checkthat.py                      # train and dev figures, CLI check, timings
    python bench/checkthat.py --split dev          # one split
    python bench/checkthat.py --fit-calibration    # refit the score calibration on train, print it
    python bench/checkthat.py --split train --fit-calibration --cv-repeats 5   # ... and how much CV moves by luck
    python bench/checkthat.py --split train --no-cli --cv 5 --cv-repeats 5    # how optimistic the train figures are
    python bench/checkthat.py --kb-sizes 300,1000  # also: does the threshold hold on smaller files?
    python bench/checkthat.py --topical-sizes 40   # ... and on files about one subject?
    python bench/checkthat.py --tiny-sizes 8,30    # ... and on a user's few claims (a name shared is a match?)
    python bench/checkthat.py --orderings          # BM25 order vs calibrated score: which to show first
    python bench/checkthat.py --split train --false-matches   # the posts that still match without their answer

Data: ``--data`` (default ``../shared/bench/checkthat2020`` beside the repository); see the
README there.  Without it the script says so and exits 0.

What it does:
1. converts the 10,375 fact-checks into a factcheck claims file (claim = ``vclaim``, alias =
   the article title without a leading rating such as "FALSE:", verdict ``unsupported``)
   in a cache folder (never the repository) and loads it with the real loader;
2. ranks every query with the real matcher (library) and once through the installed command
   (``factcheck check --kb KB - --top 5 --min-score 0``), and checks both rankings agree;
3. prints MAP@1/3/5, MRR, P@1 (twins counted as one fact-check, and strictly), queries per
   second, index build time cold and warm, and a plain BM25 baseline measured in the same run;
4. prints the open-set figures: with the relevant fact-checks present, is the top match right
   and above the threshold ("answered right"), above but wrong ("answered wrong") or below
   ("silent"); with them (and their twins) removed, does anything still clear the threshold
   ("false match").  The top match is the one ``search`` shows first: candidates whose score
   clears the matcher's threshold (0.50) come before those that do not, at every threshold of
   the table.  Removal is done by ``search(..., exclude=ids)``, which drops the claims
   from the candidates but keeps the index statistics (idf of a term moves by less than 0.1 %
   when 1-3 of 10,375 claims go).
5. with ``--fit-calibration``: refits the two-stage score calibration on train from exactly
   those two conditions (the top candidate with the answer present, labelled right or wrong;
   with it and its twins removed, labelled wrong), prints 5-fold cross-validated open-set
   figures on train, the constants to paste into ``factcheck/lexical.py``, and the figures the
   refit would give.  ``--cv-repeats N`` repeats the cross-validation with N shufflings of the
   folds and prints the spread of its rates, and their standard error over the train queries:
   a change that moves them by less is not measured to help.  Dev is never used for fitting or
   for choosing the threshold.
6. with ``--cv K`` (train only: dev is never read for it): how optimistic the train figures are, the
   calibration having been fitted on train.  The open-set figures of train in-sample (the shipped
   calibration, and a refit on all of train) beside K-fold cross-validated ones: the 800 queries in K
   folds, each fold scored by the calibration (crowd floor included) fitted on the other K - 1, at the
   default threshold and at the threshold the default's rule (``choose_threshold``) picks from the other
   folds alone, by an inner K-fold cross-validation.  ``--cv-repeats N`` averages N shufflings of the
   folds.  Held-out scores are capped where the matcher capped them (``Scored.caps``), so the in-sample
   line of the shipped calibration is the matcher's own train figures.
7. with ``--tiny-sizes N``: open-set figures on files of N claims, the size of a user's own file, where
   every word looks rare.  Per query, a file of its fact-check and N - 1 random others (answered right,
   wrong, silent), and a file of its *nearest other* fact-check (the first the full pool ranks with the
   relevant ones and their twins removed, which mostly shares a name or a story with the query) and
   N - 1 random others: "false match" is how often that claim (or another) clears the threshold.  The
   random claims are the same for every matcher (seeded by N).
8. with ``--false-matches``: each query that still matches with its fact-checks removed: the claim shown,
   its rank with them present, and the terms it shares with the post, by where the post says them (its own
   words, the poster's name of an embedded post's attribution, @handles and #hashtags); then the counts.
9. with ``--orderings``: MAP and open-set figures for ways of ordering the ten scored candidates
   (BM25 order with capped scores, confident first, re-ranking the top 2, 3 or 10 by score).

Twins: about 180 fact-checks exist twice, differing only in punctuation.  Ties are broken by
a hash of the claim text (never file order); the main figures count a twin of a relevant
fact-check as relevant (and a twin pair as one result), as the data's README advises; the
"strict" line scores them as separate claims.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.calibration import TwoStageCalibration
    from factcheck.hybrid import HybridMatcher
    from factcheck.lexical import Candidate, LexicalMatcher
    from factcheck.matching import Match, Matcher
    from factcheck.model import Claim
    from factcheck.semantic import SemanticMatcher

REPO = Path(__file__).resolve().parent.parent
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/semantic_calibration.py
DEFAULT_DATA = REPO.parent / "shared" / "bench" / "checkthat2020"


#: --sentences: a post that matches nothing whole may match by one of its sentences, as ``check --sentences``
SENTENCES = [False]


def search_statement(matcher: Matcher, text: str, top: int, exclude: Sequence[str] = ()) -> list[Match]:
    """A post's candidates as ``check`` finds them (``matching.search_statement``): read whole, or with
    --sentences by the sentence that matches when the whole does not."""
    from factcheck.matching import search_statement as search

    return search(matcher, text, top, exclude=exclude, sentences=SENTENCES[0])


THRESHOLDS = (0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9)
#: the matchers --matcher can measure
MODES = ("lexical", "semantic", "hybrid")
#: one-topic files the semantic and hybrid scores are also fitted on: each query's fact-check + this many nearest claims
FIT_TOPICAL = 40
FOLDS_NOTE = "5-fold cross-validation of the whole fit on train: each fold scored by a fit on the others"
_RATING_PREFIX = re.compile(r"^(?:[A-Z]{3,}(?: [A-Z]{2,})*):\s*")


# -- data ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FactCheck:
    id: str  # the benchmark's vclaim_id
    claim: str
    title: str


@dataclass(frozen=True)
class Query:
    id: str
    text: str
    relevant: frozenset[str]  # vclaim ids


def read_fact_checks(path: Path) -> list[FactCheck]:
    """``vclaims.jsonl``: one JSON object per line (vclaim_id, vclaim, title)."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                data = json.loads(line)
                rows.append(FactCheck(str(data["vclaim_id"]), data["vclaim"], data["title"]))
    return rows


def read_queries(folder: Path) -> list[Query]:
    relevant: dict[str, set[str]] = defaultdict(set)
    for line in (folder / "qrels.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip():
            query_id, claim_id = line.split("\t")[:2]
            relevant[query_id].add(claim_id)
    queries = []
    for line in (folder / "queries.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip():
            query_id, text = line.split("\t", 1)
            queries.append(Query(query_id, text, frozenset(relevant[query_id])))
    return queries


def claim_id(vclaim_id: str) -> str:
    return f"vc-{vclaim_id}"


def to_claims_yaml(fact_checks: Sequence[FactCheck]) -> str:
    """The fact-checks as a factcheck claims file (verdict is a placeholder: the data has none)."""
    import yaml

    claims = []
    for fc in fact_checks:
        entry: dict[str, object] = {"id": claim_id(fc.id), "claim": fc.claim.strip(), "verdict": "unsupported"}
        title = _RATING_PREFIX.sub("", fc.title).strip()
        if title and title != fc.claim.strip():
            entry["aliases"] = [title]
        claims.append(entry)
    header = "# CheckThat! 2020 Task 2 fact-checks, converted by bench/checkthat.py (verdicts are placeholders)\n"
    body: str = yaml.safe_dump({"claims": claims}, allow_unicode=True, sort_keys=False, width=10_000)
    return header + body


def twin_groups(fact_checks: Sequence[FactCheck]) -> dict[str, str]:
    """Fact-check id -> id of its twin group (claims equal once punctuation and case are ignored)."""
    groups: dict[str, str] = {}
    first: dict[str, str] = {}
    for fc in fact_checks:
        key = re.sub(r"[^a-z0-9]", "", fc.claim.lower())
        groups[fc.id] = first.setdefault(key, fc.id)
    return groups


# -- measures --------------------------------------------------------------------------------


def fact_check_pool(data: Path) -> tuple[list[FactCheck], dict[str, str], dict[str, list[str]]]:
    """The fact-checks of ``data``, the twin group of each (``twin_groups``), and each group's fact-checks."""
    fact_checks = read_fact_checks(data / "vclaims.jsonl")
    group = twin_groups(fact_checks)
    members: dict[str, list[str]] = defaultdict(list)
    for fc in fact_checks:
        members[group[fc.id]].append(fc.id)
    return fact_checks, group, members


def claims_file(fact_checks: Sequence[FactCheck]) -> Path:
    """The fact-checks written as a claims file in the cache folder (never the repository); its path."""
    from factcheck import cache

    work = cache.cache_dir() / "bench"
    work.mkdir(parents=True, exist_ok=True)
    path = work / "checkthat2020-claims.yaml"
    path.write_text(to_claims_yaml(fact_checks), encoding="utf-8")
    return path


def average_precision(ranked: Sequence[str], relevant: frozenset[str], k: int) -> float:
    """AP@k as the data's README defines it (relevant hits at rank <= k, over the number relevant)."""
    if not relevant:
        return 0.0
    hits, total = 0, 0.0
    for rank, item in enumerate(ranked[:k], 1):
        if item in relevant:
            hits += 1
            total += hits / rank
    return total / len(relevant)


def reciprocal_rank(ranked: Sequence[str], relevant: frozenset[str]) -> float:
    return next((1.0 / rank for rank, item in enumerate(ranked, 1) if item in relevant), 0.0)


def merge_twins(
    ranked: Sequence[str], relevant: frozenset[str], group: dict[str, str]
) -> tuple[list[str], frozenset[str]]:
    """Rankings and relevance over twin groups: a twin pair is one fact-check, listed once."""
    seen: list[str] = []
    for item in ranked:
        g = group[item]
        if g not in seen:
            seen.append(g)
    return seen, frozenset(group[r] for r in relevant)


def ranking_metrics(
    rankings: Sequence[Sequence[str]], queries: Sequence[Query], group: dict[str, str] | None
) -> dict[str, float]:
    sums: dict[str, float] = defaultdict(float)
    for ranked, query in zip(rankings, queries, strict=True):
        relevant = query.relevant
        if group is not None:
            ranked, relevant = merge_twins(ranked, relevant, group)
        for k in (1, 3, 5):
            sums[f"MAP@{k}"] += average_precision(ranked, relevant, k)
        sums["MRR"] += reciprocal_rank(ranked, relevant)
        sums["P@1"] += 1.0 if ranked and ranked[0] in relevant else 0.0
    return {name: value / len(queries) for name, value in sums.items()}


def format_metrics(metrics: dict[str, float]) -> str:
    return "  ".join(f"{name} {metrics[name]:.3f}" for name in ("MAP@1", "MAP@3", "MAP@5", "MRR", "P@1"))


# -- baseline --------------------------------------------------------------------------------


class PlainBM25:
    """Textbook BM25 over claim + title (lower-cased \\w+ tokens, k1 1.2, b 0.75): the reference point."""

    def __init__(self, fact_checks: Sequence[FactCheck]) -> None:
        import numpy as np

        self.np = np
        self.ids = [fc.id for fc in fact_checks]
        self.tie = np.array([zlib.crc32(fc.claim.encode()) for fc in fact_checks], dtype=np.int64)
        docs = [Counter(re.findall(r"\w+", f"{fc.claim} {fc.title}".lower())) for fc in fact_checks]
        lengths = np.array([sum(d.values()) for d in docs], dtype=np.float64)
        df: Counter[str] = Counter(t for d in docs for t in d)
        n = len(docs)
        self.postings: dict[str, tuple[object, object]] = {}
        by_term: dict[str, list[tuple[int, float]]] = defaultdict(list)
        avg = lengths.mean()
        for i, d in enumerate(docs):
            norm = 1.2 * (1 - 0.75 + 0.75 * lengths[i] / avg)
            for t, tf in d.items():
                idf = math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5))
                by_term[t].append((i, idf * tf * 2.2 / (tf + norm)))
        for t, p in by_term.items():
            self.postings[t] = (np.array([i for i, _ in p]), np.array([w for _, w in p]))
        self.n = n

    def rank(self, text: str, top: int) -> list[str]:
        np = self.np
        scores = np.zeros(self.n)
        for t in set(re.findall(r"\w+", text.lower())):
            if t in self.postings:
                docs, weights = self.postings[t]
                scores[docs] += weights
        order = np.lexsort((self.tie, -scores))[:top]
        return [self.ids[i] for i in order if scores[i] > 0]


# -- running ---------------------------------------------------------------------------------


def timed(action: Callable[[], object]) -> tuple[object, float]:
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def factcheck_command() -> list[str]:
    found = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or shutil.which("factcheck")
    return [found] if found else [sys.executable, "-m", "factcheck"]


def wall_time(args: Sequence[str], env: dict[str, str], runs: int = 3, stdin: str | None = None) -> float:
    """Median wall time of a whole command (start-up included)."""
    return command_time(args, env, runs, stdin)[0]


def command_time(
    args: Sequence[str], env: dict[str, str], runs: int = 3, stdin: str | None = None
) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of a whole command, start-up included.

    On a shared machine the wall time depends on what else runs; the CPU time much less."""
    import resource

    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(args, input=stdin, capture_output=True, text=True, env=env, check=False)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def cli_rankings(
    kb_path: Path, queries: Sequence[Query], env: dict[str, str], matcher: str = "lexical"
) -> tuple[list[list[str]], float]:
    stdin = "".join(q.text.replace("\r", " ").replace("\n", " ") + "\n" for q in queries)
    start = time.perf_counter()
    command = ["check", "--matcher", matcher, "--kb", str(kb_path), "-", "--top", "5", "--min-score", "0"]
    done = subprocess.run(
        [*factcheck_command(), *command],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"factcheck check failed ({done.returncode}): {done.stderr.strip()}")
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return [[m["id"][3:] for m in line["matches"]] for line in lines], elapsed


def open_set(outcomes: Sequence[tuple[float, bool, float]], threshold: float) -> dict[str, float]:
    """Rates over queries; outcome = (top score with relevant present, top is right, top score with it removed)."""
    n = len(outcomes) or 1
    right = sum(1 for score, correct, _ in outcomes if score >= threshold and correct)
    wrong = sum(1 for score, correct, _ in outcomes if score >= threshold and not correct)
    false_match = sum(1 for _, _, removed in outcomes if removed >= threshold)
    return {
        "answered right": right / n,
        "answered wrong": wrong / n,
        "silent": (len(outcomes) - right - wrong) / n,
        "false match": false_match / n,
    }


def print_open_set(name: str, outcomes: Sequence[tuple[float, bool, float]], default: float) -> None:
    rates = open_set(outcomes, default)
    print(f"  open set at the default threshold {default:.2f}: " + ", ".join(f"{k} {v:.1%}" for k, v in rates.items()))
    print(f"  {'threshold':>9}  {'right':>6}  {'wrong':>6}  {'silent':>6}  {'false match':>11}")
    for t in THRESHOLDS:
        r = open_set(outcomes, t)
        mark = "  <- default" if math.isclose(t, default) else ""
        print(
            f"  {t:>9.2f}  {r['answered right']:>6.1%}  {r['answered wrong']:>6.1%}  {r['silent']:>6.1%}"
            f"  {r['false match']:>11.1%}{mark}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the CheckThat! 2020 data")
    parser.add_argument("--split", choices=("train", "dev", "both"), default="both")
    parser.add_argument(
        "--fit-calibration", action="store_true", help="refit the score calibration on train and print it"
    )
    parser.add_argument(
        "--cv-repeats",
        type=int,
        default=1,
        metavar="N",
        help="with --fit-calibration or --cv: repeat the cross-validation on train with N shufflings of the folds and "
        "print the spread of its rates (is a difference between two fits more than the folds' luck?)",
    )
    parser.add_argument(
        "--cv",
        type=int,
        default=0,
        metavar="K",
        help="K-fold cross-validation on train of the lexical calibration and the default threshold's choice, "
        "beside the in-sample train figures (with --cv-repeats N: N shufflings of the folds); never uses dev",
    )
    parser.add_argument(
        "--orderings",
        action="store_true",
        help="compare ways of ordering the scored candidates (BM25 order, confident first, re-ranking by score)",
    )
    parser.add_argument(
        "--matcher",
        default="lexical",
        help="comma-separated matchers to measure: lexical, semantic, hybrid (the last two need the semantic "
        "extra), or all",
    )
    parser.add_argument(
        "--false-matches",
        action="store_true",
        help="list the queries that still match with their fact-checks removed: the claim shown, its rank with "
        "them present, and the terms it shares with the post (its own words, the poster's name, handles/hashtags)",
    )
    parser.add_argument("--no-cli", action="store_true", help="skip the run through the installed command")
    parser.add_argument(
        "--sentences",
        action="store_true",
        help="as check --sentences: a post matching nothing whole may match by one of its sentences (skips the CLI "
        "comparison, whose --min-score 0 reads every post whole)",
    )
    parser.add_argument("--no-timings", action="store_true", help="skip the wall-time measurements of whole commands")
    parser.add_argument(
        "--kb-sizes",
        default="",
        help="comma-separated sizes (e.g. 500,2000): open-set figures on smaller knowledge bases holding the "
        "split's relevant fact-checks plus random others, to see whether the threshold holds",
    )
    parser.add_argument(
        "--topical-sizes",
        default="",
        help="comma-separated sizes (e.g. 40,200): open-set figures on one-topic knowledge bases, each query's "
        "relevant fact-check among its nearest neighbours in the pool (as in a newsroom's file on one subject)",
    )
    parser.add_argument(
        "--tiny-sizes",
        default="",
        help="comma-separated sizes (e.g. 8,30): open-set figures on files of that many claims, each query's "
        "fact-check (or, for the false match, its nearest other fact-check) among random others",
    )
    args = parser.parse_args(argv)
    SENTENCES[0] = args.sentences
    args.no_cli = args.no_cli or args.sentences
    if args.cv_repeats < 1:
        parser.error("--cv-repeats: expected a number of at least 1")
    if args.cv == 1 or args.cv < 0:
        parser.error("--cv: expected a number of folds of at least 2")

    if not (args.data / "vclaims.jsonl").is_file():
        print(f"CheckThat! 2020 data not found in {args.data}; skipping (pass --data PATH).")
        return 0

    sys.path.insert(0, str(REPO))
    from factcheck.lexical import LexicalMatcher, load_or_build_index
    from factcheck.store import load_knowledge_base

    modes = [m.strip() for m in args.matcher.split(",") if m.strip()]
    modes = list(MODES) if modes == ["all"] else modes
    if not modes or any(m not in MODES for m in modes):
        parser.error(f"--matcher: expected a comma-separated list of {', '.join(MODES)}, or all")
    modes = [m for m in MODES if m in modes]
    fact_checks, group, members = fact_check_pool(args.data)
    splits = ("train", "dev") if args.split == "both" else (args.split,)
    if (args.fit_calibration or args.cv) and "train" not in splits:
        splits = ("train", *splits)
    queries = {s: read_queries(args.data / s) for s in splits}

    kb_path = claims_file(fact_checks)
    kb, load_seconds = timed(lambda: load_knowledge_base(kb_path))
    claims = kb.claims  # type: ignore[attr-defined]
    print(f"knowledge base: {len(claims):,} fact-checks, {len(set(group.values())):,} after merging twins -> {kb_path}")
    _, cold = timed(lambda: load_or_build_index(claims, use_cache=False))
    load_or_build_index(claims)  # make sure the cache holds it
    index, warm = timed(lambda: load_or_build_index(claims))
    print(f"load claims file {load_seconds:.2f} s; index build cold {cold:.2f} s, warm (from cache) {warm:.3f} s")
    lexical = LexicalMatcher(claims, index=index)  # type: ignore[arg-type]
    factories: dict[str, Callable[[Sequence[Claim]], Matcher]] = {
        "lexical": lambda subset: LexicalMatcher(subset, use_cache=False)
    }
    matchers: dict[str, Matcher] = {"lexical": lexical}
    if "semantic" in modes or "hybrid" in modes:
        semantic_matchers = build_semantic(claims)
        if semantic_matchers is None:
            modes = [m for m in modes if m == "lexical"]
        else:
            matchers.update(semantic_matchers[0])
            factories.update(semantic_matchers[1])
    baseline = PlainBM25(fact_checks)

    outcomes: dict[str, dict[str, list[tuple[float, bool, float]]]] = defaultdict(dict)
    scored: dict[str, list[Scored]] = {}
    for split in splits:
        qs = queries[split]
        print(f"\n== {split}: {len(qs)} queries")
        start = time.perf_counter()
        base = [baseline.rank(q.text, 5) for q in qs]
        base_seconds = time.perf_counter() - start
        base_speed = f"{len(qs) / base_seconds:,.0f} queries/s"
        print(f"  plain BM25 {format_metrics(ranking_metrics(base, qs, group))}  (baseline, same run; {base_speed})")
        print(f"  strict     {format_metrics(ranking_metrics(base, qs, None))}  (twins as separate claims)")
        for mode in modes:
            matcher = matchers[mode]
            print(f"  -- {mode} matcher")
            start = time.perf_counter()
            results = [search_statement(matcher, q.text, top=5) for q in qs]
            seconds = time.perf_counter() - start
            rankings = [[m.claim.id[3:] for m in r] for r in results]
            speed = f"{len(qs) / seconds:,.0f} queries/s, {base_seconds / seconds:.2f} x plain BM25's speed"
            print(f"  factcheck  {format_metrics(ranking_metrics(rankings, qs, group))}  ({speed})")
            print(f"  strict     {format_metrics(ranking_metrics(rankings, qs, None))}  (twins as separate claims)")
            outcomes[split][mode] = open_set_outcomes(matcher, qs, results, group, members)
            print_open_set(split, outcomes[split][mode], matcher.threshold)
            if args.false_matches:
                print_false_matches(false_matches(matcher, qs, results, group, members))
            if not args.no_cli:
                cli, cli_seconds = cli_rankings(kb_path, qs, dict(os.environ), mode)
                same = sum(1 for a, b in zip(cli, rankings, strict=False) if a == b)
                verdict = "identical" if same == len(qs) == len(cli) else f"DIFFERENT ({same} of {len(qs)} agree)"
                print(
                    f"  CLI 'factcheck check --matcher {mode} --kb KB - --top 5': rankings {verdict}; "
                    f"{cli_seconds:.1f} s for the batch"
                )
                if verdict != "identical":
                    return 1
        if "lexical" in modes and (args.fit_calibration or args.orderings or (args.cv and split == "train")):
            scored[split] = lexical_scored(lexical, qs, group, members)

    if not args.no_cli and not args.no_timings:
        print_timings(kb_path, modes)

    for size in (int(x) for x in args.kb_sizes.split(",") if x.strip()):
        for split in splits:
            for mode in modes:
                smaller_knowledge_base(factories[mode], mode, claims, queries[split], group, members, size, split)
    for size in (int(x) for x in args.topical_sizes.split(",") if x.strip()):
        for split in splits:
            for mode in modes:
                topical_knowledge_bases(factories[mode], mode, lexical, queries[split], group, members, size, split)

    for size in (int(x) for x in args.tiny_sizes.split(",") if x.strip()):
        for split in splits:
            for mode in modes:
                tiny_knowledge_bases(factories[mode], mode, lexical, queries[split], group, members, size, split)

    if args.orderings and "lexical" in modes:
        for split in splits:
            compare_orderings(split, scored[split], group, lexical.threshold)
    if args.cv and "lexical" in modes:
        cv_report(scored["train"], args.cv, args.cv_repeats, lexical.threshold)
    if args.fit_calibration:
        if "lexical" in modes:
            fit_and_report(scored, lexical.threshold, args.cv_repeats)
        for mode in ("semantic", "hybrid"):
            if mode in modes:
                topical = {
                    split: [m for _, m in one_topic_files(factories[mode], lexical, qs, group, members, FIT_TOPICAL)]
                    for split, qs in queries.items()
                }
                refit = fit_semantic_and_report if mode == "semantic" else fit_hybrid_and_report
                refit(matchers[mode], topical, queries, group, members)
    return 0


@dataclass(frozen=True)
class FalseMatch:
    """A query that still matches with its fact-checks (and their twins) removed (``false_matches``)."""

    query: Query
    claim: Claim  # the claim shown first without them
    score: float
    rank: int | None  # that claim's place (1-5) with them present; None: not among the first five
    own: tuple[str, ...]  # the terms it shares with the post's own words (``text.own_words``)
    poster: tuple[str, ...]  # ... with the poster's name alone (``text.poster``)
    markup: tuple[str, ...]  # ... with its @handles and #hashtags alone


def false_matches(
    matcher: Matcher,
    queries: Sequence[Query],
    results: Sequence[Sequence[Match]],
    group: dict[str, str],
    members: dict[str, list[str]],
) -> list[FalseMatch]:
    """The queries whose first match clears the threshold with their fact-checks removed, and what that claim
    shares with the post: a false match on the name of who posted it reads otherwise than one on its words."""
    from factcheck.text import own_words, poster, term_set

    found = []
    for q, present in zip(queries, results, strict=True):
        without = search_statement(matcher, q.text, top=1, exclude=removed_ids(q, group, members))
        if not without or without[0].score < matcher.threshold:
            continue
        claim = without[0].claim
        ids = [m.claim.id for m in present]
        shared = term_set(q.text) & frozenset().union(*(term_set(w) for w in (claim.claim, *claim.aliases)))
        own = shared & term_set(own_words(q.text))
        by_poster = (shared - own) & term_set(poster(q.text))
        found.append(
            FalseMatch(
                q,
                claim,
                without[0].score,
                ids.index(claim.id) + 1 if claim.id in ids else None,
                tuple(sorted(own)),
                tuple(sorted(by_poster)),
                tuple(sorted(shared - own - by_poster)),
            )
        )
    return found


def print_false_matches(found: Sequence[FalseMatch], width: int = 160) -> None:
    """Each false match (the post, the claim shown, what they share), then how many are of each kind."""

    def cut(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= width else text[: width - 3] + "..."

    print(f"  {len(found)} false matches (the claim shown with the fact-checks removed):")
    for f in found:
        rank = f"rank {f.rank} with them" if f.rank else "not in the first 5 with them"
        parts = [f"own words: {', '.join(f.own) or '-'}"]
        parts += [f"poster's name: {', '.join(f.poster)}"] if f.poster else []
        parts += [f"handles/hashtags: {', '.join(f.markup)}"] if f.markup else []
        print(f"  {f.query.id}  {f.score:.2f}  {rank}; shared {'; '.join(parts)}")
        print(f"      post:  {cut(f.query.text)}")
        print(f"      shown: {cut(f.claim.claim)}")
    if found:
        ranks = Counter("first" if f.rank == 1 else "second" if f.rank == 2 else "lower" for f in found)
        elsewhere = sum(1 for f in found if not f.own)
        partly = sum(1 for f in found if f.own and (f.poster or f.markup))
        print(
            f"  with the fact-checks present that claim ranked first in {ranks['first']} (shown first then too), "
            f"second in {ranks['second']}, lower in {ranks['lower']}; it shares none of the post's own "
            f"words in {elsewhere}, and some terms only through the poster's name or handles/hashtags in {partly}"
        )


def open_set_outcomes(
    matcher: Matcher,
    queries: Sequence[Query],
    results: Sequence[Sequence[Match]],
    group: dict[str, str],
    members: dict[str, list[str]],
) -> list[tuple[float, bool, float]]:
    """Per query: the first match's score, whether it is right, and the first score with the answer removed."""
    outcomes = []
    for q, found in zip(queries, results, strict=True):
        relevant_groups = {group[r] for r in q.relevant}
        removed = removed_ids(q, group, members)
        top = found[0] if found else None
        correct = bool(top and group[top.claim.id[3:]] in relevant_groups)
        without = search_statement(matcher, q.text, top=1, exclude=removed)
        outcomes.append((top.score if top else 0.0, correct, without[0].score if without else 0.0))
    return outcomes


def lexical_scored(
    matcher: LexicalMatcher, queries: Sequence[Query], group: dict[str, str], members: dict[str, list[str]]
) -> list[Scored]:
    """The lexical matcher's scored candidates per query, with the answer present and removed (for fitting)."""
    from factcheck.calibration import CROWD_RESERVE

    items = []
    scored = matcher.calibration.crowd_size + 1 + CROWD_RESERVE
    for q in queries:
        relevant_groups = {group[r] for r in q.relevant}
        removed = removed_ids(q, group, members)
        full = matcher.candidates(q.text, top=scored)
        empty = matcher.candidates(q.text, top=scored, exclude=removed)
        ids = [matcher.claims[c.position].id[3:] for c in full]
        right = [group[i] in relevant_groups for i in ids]
        twins = (matcher.twin_keys([c.position for c in full]), matcher.twin_keys([c.position for c in empty]))
        caps = (_caps(matcher, full, twins[0]), _caps(matcher, empty, twins[1]))
        items.append(Scored(q, full, ids, right, empty, twins, caps))
    return items


def _caps(matcher: LexicalMatcher, candidates: Sequence[Candidate], twins: Sequence[bytes]) -> list[float | None]:
    """Per candidate, the score the matcher capped it at (the short-statement and unread caps), None where it
    shows the calibrated score: another calibration's score is capped alike (``rescore``)."""
    calibrated = matcher.calibration.probabilities([c.features for c in candidates], twins)
    return [c.probability if c.probability < p - 1e-9 else None for c, p in zip(candidates, calibrated, strict=True)]


def build_semantic(
    claims: Sequence[Claim],
) -> tuple[dict[str, Matcher], dict[str, Callable[[Sequence[Claim]], Matcher]]] | None:
    """The semantic and hybrid matchers on the 10,375 claims (embeddings from the user cache, else built
    and cached), and how to build them on a subset (from the same vectors); None when they cannot run."""
    from factcheck import cache
    from factcheck.embedding import load_encoder
    from factcheck.embedding_cache import EmbeddingCache
    from factcheck.errors import FactcheckError
    from factcheck.hybrid import HybridMatcher
    from factcheck.lexical import LexicalMatcher
    from factcheck.semantic import SemanticMatcher

    try:
        encoder = load_encoder()
    except FactcheckError as error:
        print(f"semantic and hybrid matchers: skipped ({error})")
        return None
    store = EmbeddingCache(cache.cache_dir(), encoder)
    semantic, seconds = timed(lambda: SemanticMatcher(claims, encoder, cache=store))
    print(
        f"semantic index ({encoder.spec.description}): {store.computed:,} texts embedded, {store.reused:,} from "
        f"the cache, {seconds:.1f} s"
    )
    assert isinstance(semantic, SemanticMatcher)
    hybrid = HybridMatcher(LexicalMatcher(claims), semantic)

    def semantic_on(subset: Sequence[Claim]) -> SemanticMatcher:
        return SemanticMatcher(subset, encoder, cache=store)  # every text is in the store: nothing embedded

    return {"semantic": semantic, "hybrid": hybrid}, {
        "semantic": semantic_on,
        "hybrid": lambda subset: HybridMatcher(LexicalMatcher(subset, use_cache=False), semantic_on(subset)),
    }


def print_timings(kb_path: Path, modes: Sequence[str]) -> None:
    """Wall and CPU time of whole commands, each mode as the user runs it."""
    import tempfile

    env = dict(os.environ)
    statement = "Ten thousand American soldiers are based in Mexico"
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"\n== start-up and cache (median of 3 runs of the whole command; load average {load} on {os.cpu_count()} CPUs)"
    )

    def show(label: str, timing: tuple[float, float]) -> None:
        print(f"  {label:<62} {timing[0]:6.2f} s wall, {timing[1]:6.2f} s CPU")

    for mode in modes:
        cmd = [*factcheck_command(), "check", "--matcher", mode, "--kb", str(kb_path), statement]
        if mode == "lexical":
            show(f"{mode} check, 10,375 claims, cold (--no-cache)", command_time([*cmd, "--no-cache"], env))
        else:
            with tempfile.TemporaryDirectory(prefix="factcheck-cold-") as empty:
                first = command_time(cmd, {**env, "FACTCHECK_CACHE_DIR": empty}, runs=1)
            show(f"{mode} check, 10,375 claims, first run (embeds every claim)", first)
        show(f"{mode} check, 10,375 claims, warm (cached index)", command_time(cmd, env))
        show(
            f"{mode} check, starter claims.yaml",
            command_time([*factcheck_command(), "check", "--matcher", mode, statement], env),
        )
    show("factcheck --version", command_time([*factcheck_command(), "--version"], env))


def smaller_knowledge_base(
    make: Callable[[Sequence[Claim]], Matcher],
    mode: str,
    claims: Sequence[Claim],
    queries: Sequence[Query],
    group: dict[str, str],
    members: dict[str, list[str]],
    size: int,
    split: str,
) -> None:
    """Open-set figures on a knowledge base of ``size`` claims: every relevant one (and twin), then random others."""
    import random

    needed = {claim_id(m) for q in queries for r in q.relevant for m in members[group[r]]}
    others = [c for c in claims if c.id not in needed]
    random.Random(size).shuffle(others)
    chosen = [c for c in claims if c.id in needed] + others[: max(0, size - len(needed))]
    matcher = make(chosen)
    results = [search_statement(matcher, q.text, top=1) for q in queries]
    outcomes = open_set_outcomes(matcher, queries, results, group, members)
    print(
        f"\n== {split} against a {len(chosen):,}-claim knowledge base ({len(needed)} relevant + random others), "
        f"{mode} matcher"
    )
    print_open_set(split, outcomes, matcher.threshold)


def topical_knowledge_bases(
    make: Callable[[Sequence[Claim]], Matcher],
    mode: str,
    pool: LexicalMatcher,
    queries: Sequence[Query],
    group: dict[str, str],
    members: dict[str, list[str]],
    size: int,
    split: str,
) -> None:
    """Open-set figures when every claim in the file is on the query's subject.

    For each query, a knowledge base of its relevant fact-checks (and twins) and the ``size``
    claims of the pool closest to the first of them (by the lexical matcher, the same files for
    every matcher): the dense crowd of a one-topic file, where a score that compares a candidate
    with the others must still find the right one.
    """
    outcomes = []
    threshold = pool.threshold
    for q, matcher in one_topic_files(make, pool, queries, group, members, size):
        threshold = matcher.threshold
        found = search_statement(matcher, q.text, top=1)
        outcomes += open_set_outcomes(matcher, [q], [found], group, members)
    print(
        f"\n== {split} against one-topic knowledge bases (each query's fact-check + its {size} nearest claims), "
        f"{mode} matcher"
    )
    print_open_set(split, outcomes, threshold)


def tiny_knowledge_bases(
    make: Callable[[Sequence[Claim]], Matcher],
    mode: str,
    pool: LexicalMatcher,
    queries: Sequence[Query],
    group: dict[str, str],
    members: dict[str, list[str]],
    size: int,
    split: str,
) -> None:
    """Open-set figures on files of ``size`` claims (a user's own few): per query, its first relevant fact-check
    and ``size - 1`` random others (right, wrong or silent), and its nearest other fact-check in the pool (the
    relevant ones and their twins removed) and ``size - 1`` random others (does anything clear the threshold?)."""
    outcomes, threshold = tiny_outcomes(make, pool, queries, group, members, size)
    print(
        f"\n== {split} against {size}-claim files (the query's fact-check, or its nearest other one, + random "
        f"others), {mode} matcher"
    )
    print_open_set(split, outcomes, threshold)


def tiny_outcomes(
    make: Callable[[Sequence[Claim]], Matcher],
    pool: LexicalMatcher,
    queries: Sequence[Query],
    group: dict[str, str],
    members: dict[str, list[str]],
    size: int,
) -> tuple[list[tuple[float, bool, float]], float]:
    """``tiny_knowledge_bases``'s outcomes per query (``open_set``'s), and the small files' threshold."""
    import random

    rng = random.Random(size)
    ids = [c.id for c in pool.claims]
    by_id = {c.id: c for c in pool.claims}
    threshold = pool.threshold
    outcomes: list[tuple[float, bool, float]] = []
    for q in queries:
        removed = removed_ids(q, group, members)
        others = [i for i in rng.sample(ids, min(len(ids), size + len(removed) + 1)) if i not in removed]
        nearest = pool.search(q.text, top=1, exclude=removed)
        with_answer = make([by_id[claim_id(sorted(q.relevant)[0])]] + [by_id[i] for i in others[: size - 1]])
        threshold = with_answer.threshold
        found = with_answer.search(q.text, top=1)
        correct = bool(found and group[found[0].claim.id[3:]] in {group[r] for r in q.relevant})
        without = 0.0
        if nearest:
            rest = [i for i in others if i != nearest[0].claim.id][: size - 1]
            missing = make([nearest[0].claim] + [by_id[i] for i in rest]).search(q.text, top=1)
            without = missing[0].score if missing else 0.0
        outcomes.append((found[0].score if found else 0.0, correct, without))
    return outcomes, threshold


def one_topic_files(
    make: Callable[[Sequence[Claim]], Matcher],
    pool: LexicalMatcher,
    queries: Sequence[Query],
    group: dict[str, str],
    members: dict[str, list[str]],
    size: int,
) -> Iterator[tuple[Query, Any]]:
    """Per query, a matcher on its relevant fact-checks (and twins) and the ``size`` claims of the pool
    closest to the first of them (by the lexical matcher: the same files for every matcher)."""
    by_id = {c.id: c for c in pool.claims}
    for q in queries:
        removed = removed_ids(q, group, members)
        neighbours = [m.claim for m in pool.search(by_id[removed[0]].claim, top=size, exclude=removed)]
        yield q, make([by_id[i] for i in removed] + neighbours)


@dataclass(frozen=True)
class Scored:
    """One query's scored candidates (the crowd and its reserve) in the matcher's BM25 order, with
    the relevant fact-checks present and with them (and their twins) removed."""

    query: Query
    full: list[Candidate]
    ids: list[str]  # vclaim ids of ``full``
    right: list[bool]  # per candidate of ``full``: is it (a twin of) a relevant fact-check
    empty: list[Candidate]
    #: the matcher's twin keys of ``full`` and of ``empty`` (``LexicalMatcher.twin_keys``); None: no twins
    twins: tuple[list[bytes], list[bytes]] | None = None
    #: per candidate of ``full`` and of ``empty``, the score the matcher capped it at, None where it was not
    #: capped (``_caps``); None: nothing capped
    caps: tuple[list[float | None], list[float | None]] | None = None


def calibration_examples(items: Sequence[Scored]) -> list[tuple[list[tuple[float, ...]], int]]:
    """Training rows mirroring the open-set measure: the first candidate in BM25 order with the
    answer present (right or wrong) and with it removed (always wrong)."""
    rows: list[tuple[list[tuple[float, ...]], int]] = []
    for item in items:
        if item.full:
            rows.append(([c.features for c in item.full], int(item.right[0])))
        if item.empty:
            rows.append(([c.features for c in item.empty], 0))
    return rows


def calibration_twins(items: Sequence[Scored]) -> list[list[bytes] | None]:
    """The candidates' twin keys of each row of ``calibration_examples``, in the same order."""
    keys: list[list[bytes] | None] = []
    for item in items:
        full, empty = item.twins if item.twins else (None, None)
        if item.full:
            keys.append(full)
        if item.empty:
            keys.append(empty)
    return keys


def rescore(
    items: Sequence[Scored], calibration: TwoStageCalibration, threshold: float
) -> list[tuple[float, bool, float]]:
    """Open-set outcomes under another calibration, shown as the matcher shows them (confident first), each
    candidate the matcher capped capped alike (``Scored.caps``): with the shipped calibration, the matcher's own
    figures."""
    from factcheck.calibration import confident_first

    head = calibration.crowd_size + 1  # what ``LexicalMatcher.search`` puts confident candidates first among

    def first(
        candidates: list[Candidate], twins: list[bytes] | None, caps: list[float | None] | None
    ) -> tuple[float, int]:
        if not candidates:
            return 0.0, -1
        probabilities = calibration.probabilities([c.features for c in candidates], twins)
        if caps is not None:
            probabilities = [p if cap is None else min(p, cap) for p, cap in zip(probabilities, caps, strict=True)]
        probabilities = probabilities[:head]
        shown = confident_first(probabilities, threshold)[0]
        return probabilities[shown], shown

    outcomes = []
    for item in items:
        full_twins, empty_twins = item.twins if item.twins else (None, None)
        full_caps, empty_caps = item.caps if item.caps else (None, None)
        score, shown = first(item.full, full_twins, full_caps)
        outcomes.append((score, shown >= 0 and item.right[shown], first(item.empty, empty_twins, empty_caps)[0]))
    return outcomes


def _by_score(order: list[int], probabilities: list[float], k: int) -> list[int]:
    """``order`` with its first ``k`` re-sorted by score (equal scores, as twins have, keep their order)."""
    head = sorted(order[:k], key=lambda i: -round(probabilities[i], 9))
    return head + order[k:]


def _confident_within(order: list[int], probabilities: list[float], k: int, threshold: float) -> list[int]:
    from factcheck.calibration import confident_first

    head = order[:k]
    return [head[i] for i in confident_first([probabilities[i] for i in head], threshold)] + order[k:]


def compare_orderings(split: str, items: Sequence[Scored], group: dict[str, str], threshold: float) -> None:
    """MAP and open-set figures for ways of ordering the scored candidates (probabilities unchanged)."""
    from factcheck.calibration import confident_first
    from factcheck.lexical import CROWD_SIZE

    head = CROWD_SIZE + 1  # the candidates ``LexicalMatcher.search`` orders (the reserve only fills crowds)
    policies: list[tuple[str, Callable[[list[float]], list[int]]]] = [
        ("BM25 order, scores capped", lambda p: list(range(len(p)))),
        ("confident first (shipped)", lambda p: confident_first(p, threshold)),
        ("confident first, top 2 only", lambda p: _confident_within(list(range(len(p))), p, 2, threshold)),
        ("re-rank top 2 by score", lambda p: _by_score(list(range(len(p))), p, 2)),
        ("re-rank top 3 by score", lambda p: _by_score(list(range(len(p))), p, 3)),
        ("re-rank top 10 by score", lambda p: _by_score(list(range(len(p))), p, 10)),
    ]
    queries = [item.query for item in items]
    print(f"\n== {split}: orderings of the {min(head, len(items[0].full)) if items else 0} first candidates")
    print(f"  {'':30}  {'MAP@1':>6}  {'MAP@5':>6}  {'strict':>6}  {'MRR':>6}  {'right':>6}  {'wrong':>6}  {'false':>6}")
    for name, policy in policies:
        rankings, outcomes = [], []
        for item in items:
            full = [c.probability for c in item.full[:head]]
            order = policy(full)
            rankings.append([item.ids[i] for i in order[:5]])
            empty = [c.probability for c in item.empty[:head]]
            shown_empty = empty[policy(empty)[0]] if empty else 0.0
            first = order[0] if order else -1
            outcomes.append((full[first] if order else 0.0, first >= 0 and item.right[first], shown_empty))
        merged = ranking_metrics(rankings, queries, group)
        strict = ranking_metrics(rankings, queries, None)
        rates = open_set(outcomes, threshold)
        measures = [f"{merged['MAP@1']:>6.3f}", f"{merged['MAP@5']:>6.3f}", f"{strict['MAP@5']:>6.3f}"]
        measures += [f"{merged['MRR']:>6.3f}", *(f"{rates[k]:>6.1%}" for k in ("answered right", "answered wrong"))]
        print(f"  {name:30}  {'  '.join(measures)}  {rates['false match']:>6.1%}")


def best_right_at(outcomes: Sequence[tuple[float, bool, float]], max_false_match: float) -> float:
    """The highest "answered right" rate over thresholds whose false-match rate is at most the bound."""
    candidates = sorted({s for s, _, _ in outcomes} | {r for _, _, r in outcomes})
    rates = (open_set(outcomes, t) for t in candidates)
    return max((r["answered right"] for r in rates if r["false match"] <= max_false_match), default=0.0)


def fold_fits(
    train: Sequence[Scored],
    folds: int,
    seed: int,
    features: Sequence[str] | None = None,
    crowd_size: int | None = None,
) -> list[tuple[list[int], TwoStageCalibration]]:
    """Per fold (``folds`` folds of the queries shuffled by ``seed``): the positions of its queries in ``train``
    and the calibration fitted on the other folds' queries (of the candidates' ``features``, named as they come,
    and a crowd of ``crowd_size``: the matcher's by default)."""
    import random

    from factcheck.calibration import fit_two_stage
    from factcheck.lexical import CROWD_SIZE, FEATURES

    features = FEATURES if features is None else tuple(features)
    crowd_size = CROWD_SIZE if crowd_size is None else crowd_size
    order = list(range(len(train)))
    random.Random(seed).shuffle(order)
    fits = []
    for k in range(folds):
        test = set(order[k::folds])
        fold = [row for i, row in enumerate(train) if i not in test]
        fitted = fit_two_stage(
            calibration_examples(fold), features, crowd_size=crowd_size, twins=calibration_twins(fold)
        )
        fits.append((sorted(test), fitted))
    return fits


def cross_validated(
    train: Sequence[Scored],
    folds: int,
    seed: int,
    threshold: float,
    features: Sequence[str] | None = None,
    crowd_size: int | None = None,
) -> list[tuple[float, bool, float]]:
    """Open-set outcomes of every train query, each scored by a calibration fitted on the other folds' queries
    (``folds`` folds of queries shuffled by ``seed``; ``features`` and ``crowd_size`` as ``fold_fits``), in fold
    order."""
    held_out: list[tuple[float, bool, float]] = []
    for test, fitted in fold_fits(train, folds, seed, features, crowd_size):
        held_out.extend(rescore([train[i] for i in test], fitted, threshold))
    return held_out


#: the thresholds the default is chosen among, and the most cross-validated false match it may have on train
#: (``factcheck.lexical.DEFAULT_THRESHOLD``)
THRESHOLD_CHOICES = (0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9)
THRESHOLD_MAX_FALSE_MATCH = 0.08


def choose_threshold(train: Sequence[Scored], folds: int, seed: int) -> float:
    """The default threshold's rule, on ``train`` alone: the lowest of ``THRESHOLD_CHOICES`` whose
    ``folds``-fold cross-validated false-match rate is at most ``THRESHOLD_MAX_FALSE_MATCH`` (the highest if none)."""
    fits = fold_fits(train, folds, seed)
    for threshold in THRESHOLD_CHOICES:
        held_out = [o for test, fitted in fits for o in rescore([train[i] for i in test], fitted, threshold)]
        if open_set(held_out, threshold)["false match"] <= THRESHOLD_MAX_FALSE_MATCH:
            return threshold
    return THRESHOLD_CHOICES[-1]


def cv_report(train: Sequence[Scored], folds: int, repeats: int, threshold: float) -> None:
    """How optimistic the train figures are: the shipped calibration on train (in-sample), a refit on all of train
    (in-sample), and ``folds``-fold cross-validation on train, ``repeats`` shufflings of the folds: each fold scored
    by a calibration fitted on the others at ``threshold``, and at the threshold the default's rule chooses from
    the others alone (an inner cross-validation of as many folds)."""
    from factcheck.calibration import fit_two_stage
    from factcheck.lexical import CALIBRATION, CROWD_SIZE, FEATURES

    if folds < 2 or len(train) < 10 * folds:
        print(f"\n  {len(train)} train queries: too few for {folds}-fold cross-validation")
        return
    refit = fit_two_stage(calibration_examples(train), FEATURES, crowd_size=CROWD_SIZE, twins=calibration_twins(train))
    at_default, nested, chosen = [], [], []
    for seed in range(repeats):
        fits = fold_fits(train, folds, seed)
        at_default.append(
            open_set([o for t, f in fits for o in rescore([train[i] for i in t], f, threshold)], threshold)
        )
        outcomes = []
        for test, fitted in fits:
            inner = [row for i, row in enumerate(train) if i not in set(test)]
            own = choose_threshold(inner, folds, seed)
            chosen.append(own)
            outcomes.append(open_set(rescore([train[i] for i in test], fitted, own), own))
        # the folds differ in size by one query at most: weigh each fold's rates by its queries
        sizes = [len(t) for t, _ in fits]
        nested.append(
            {k: sum(r[k] * n for r, n in zip(outcomes, sizes, strict=True)) / len(train) for k in outcomes[0]}
        )
    print(
        f"\n== {folds}-fold cross-validation on train ({len(train)} queries, {repeats} shuffling(s) of the folds): "
        "each fold scored by a calibration fitted on the others"
    )
    print(f"  {'':58}  {'right':>6}  {'wrong':>6}  {'silent':>6}  {'false match':>11}")

    def row(name: str, rates: Sequence[dict[str, float]]) -> None:
        mean = {k: statistics.fmean(r[k] for r in rates) for k in rates[0]}
        values = "  ".join(f"{mean[k]:>6.1%}" for k in ("answered right", "answered wrong", "silent"))
        print(f"  {name:58}  {values}  {mean['false match']:>11.1%}")

    row(
        f"in-sample, shipped calibration, threshold {threshold:.2f}",
        [open_set(rescore(train, CALIBRATION, threshold), threshold)],
    )
    row(
        f"in-sample, refitted on all of train, threshold {threshold:.2f}",
        [open_set(rescore(train, refit, threshold), threshold)],
    )
    row(f"held out, threshold {threshold:.2f}", at_default)
    row("held out, threshold chosen by the default's rule per fold", nested)
    counts = Counter(chosen)
    print(
        f"  thresholds the rule chose (lowest of {', '.join(f'{t:.2f}' for t in THRESHOLD_CHOICES[:3])}... with "
        f"cross-validated false match <= {THRESHOLD_MAX_FALSE_MATCH:.0%}): "
        + ", ".join(f"{t:.2f} x{n}" for t, n in sorted(counts.items()))
    )
    print(f"  held out at {threshold:.2f}, over the shufflings: {spread(at_default, len(train))}")


def spread(rates: Sequence[dict[str, float]], n: int) -> str:
    """Answered right and false match over repeated cross-validations: the mean, the range, and the standard
    error of a rate measured on ``n`` queries (what another sample of as many queries could move it by)."""

    def line(name: str) -> str:
        values = [r[name] for r in rates]
        mean = statistics.fmean(values)
        error = math.sqrt(mean * (1 - mean) / n) if n else 0.0
        return f"{name} {mean:.1%} ({min(values):.1%}-{max(values):.1%}; s.e. {error:.1%})"

    return f"{line('answered right')}, {line('false match')}"


def fit_and_report(scored: dict[str, list[Scored]], threshold: float, repeats: int = 1) -> None:
    """Refit the calibration on train, cross-validate the fitting on train (``repeats`` shufflings of the folds),
    and show its effect."""
    from factcheck.calibration import fit_two_stage
    from factcheck.lexical import CROWD_SIZE, FEATURES

    train = scored["train"]
    folds = 5
    if len(train) < 10 * folds:
        print(f"\n  only {len(train)} train queries: no cross-validation")
        folds = 0
    if folds:
        held_out = cross_validated(train, folds, 0, threshold)
        print(f"\n== {folds}-fold cross-validation of the fitting on train (each fold scored by a fit on the others)")
        print_open_set("train (held out)", held_out, threshold)
        print(f"  best answered right with false match <= 10 %: {best_right_at(held_out, 0.10):.1%}")
        rates = [open_set(held_out, threshold)]
        rates += [open_set(cross_validated(train, folds, seed, threshold), threshold) for seed in range(1, repeats)]
        print(f"  at {threshold:.2f} over {len(rates)} shuffling(s) of the folds: {spread(rates, len(train))}")

    calibration = fit_two_stage(
        calibration_examples(train), FEATURES, crowd_size=CROWD_SIZE, twins=calibration_twins(train)
    )
    evidence, score = calibration.evidence, calibration.score
    print("\n== calibration refitted on train (paste into factcheck/lexical.py)")
    print("CALIBRATION = TwoStageCalibration(")
    print(f"    evidence=Calibration(features=FEATURES, weights=({', '.join(f'{w:.3f}' for w in evidence.weights)}),")
    print(f"                         bias={evidence.bias:.3f}),")
    print(
        f'    score=Calibration(features=("evidence", "stands_out"), weights=({score.weights[0]:.3f}, '
        f"{score.weights[1]:.3f}), bias={score.bias:.3f}),"
    )
    print("    crowd_size=CROWD_SIZE,")
    print(f"    crowd_floor={calibration.crowd_floor:.3f},")
    print(")")
    for split, items in scored.items():
        print(f"\n  {split} with the refitted calibration:")
        refit = rescore(items, calibration, threshold)
        print_open_set(split, refit, threshold)
        print(f"  best answered right with false match <= 10 %: {best_right_at(refit, 0.10):.1%}")


def removed_ids(q: Query, group: dict[str, str], members: dict[str, list[str]]) -> list[str]:
    """The ids of the query's relevant fact-checks and their twins, in a fixed order: the first is the one
    a one-topic file is built around, so it must not depend on set order (which changes with
    PYTHONHASHSEED from one run to the next)."""
    return [claim_id(m) for g in sorted({group[r] for r in q.relevant}) for m in members[g]]


def semantic_items(
    matcher: SemanticMatcher, queries: Sequence[Query], group: dict[str, str], members: dict[str, list[str]]
) -> list[Any]:
    """Per query, the best cosines with the answer present (and which are right) and with it removed."""
    from semantic_calibration import SemanticItem

    from factcheck.calibration import CROWD_RESERVE
    from factcheck.semantic import CROWD_SIZE

    items = []
    for q, sims in zip(queries, matcher.similarity_matrix([q.text for q in queries]), strict=True):
        relevant_groups = {group[r] for r in q.relevant}
        full = matcher.rank(sims, CROWD_SIZE + 1 + CROWD_RESERVE)
        empty_sims = matcher.masked(sims, removed_ids(q, group, members))
        empty = matcher.rank(empty_sims, CROWD_SIZE + 1 + CROWD_RESERVE)
        right = [group[matcher.claims[i].id[3:]] in relevant_groups for i in full]
        items.append(
            SemanticItem(
                [float(sims[i]) for i in full],
                right,
                [float(empty_sims[i]) for i in empty],
                matcher.twin_keys(full),
                matcher.twin_keys(empty),
            )
        )
    return items


def hybrid_items(
    matcher: HybridMatcher, queries: Sequence[Query], group: dict[str, str], members: dict[str, list[str]]
) -> list[Any]:
    """Per query, the merged candidates with the answer present (and which are right) and with it removed."""
    from semantic_calibration import HybridItem

    items = []
    for q in queries:
        relevant_groups = {group[r] for r in q.relevant}
        full = matcher.pool(q.text)[0]
        empty = matcher.pool(q.text, exclude=removed_ids(q, group, members))[0]
        right = [group[matcher.claims[c.position].id[3:]] in relevant_groups for c in full]
        items.append(HybridItem(full, right, empty))
    return items


def _calibration_line(name: str, calibration: Any) -> str:
    weights = ", ".join(f"{w:.3f}" for w in calibration.weights)
    return f"{name} = Calibration(features={calibration.features!r}, weights=({weights}), bias={calibration.bias:.3f})"


def fit_semantic_and_report(
    matcher: Any,
    topical: dict[str, list[Any]],
    queries: dict[str, list[Query]],
    group: dict[str, str],
    members: dict[str, list[str]],
) -> None:
    """Refit the semantic score on train (cross-validated operating point) and show its effect on every split.

    ``topical``: per split, a matcher per query on its one-topic file (fitted on too, see semantic_calibration)."""
    from semantic_calibration import MAX_FALSE_MATCH, SHIPPED_THRESHOLD, fit_semantic, semantic_outcomes

    def on_topic(split: str) -> list[Any]:
        return [semantic_items(m, [q], group, members)[0] for q, m in zip(queries[split], topical[split], strict=True)]

    items = {split: semantic_items(matcher, qs, group, members) for split, qs in queries.items()}
    one_topic = {split: on_topic(split) for split in queries}
    fit = fit_semantic(items["train"], one_topic["train"])
    print(f"\n== semantic score refitted on train ({FOLDS_NOTE})")
    print_open_set("train (held out)", fit.held_out, fit.operating_point)
    print(f"  one-topic files ({FIT_TOPICAL} nearest claims):")
    print_open_set("train (held out)", fit.held_out_topical, fit.operating_point)
    print(
        f"  operating point: {fit.operating_point:.2f}, the lowest held-out score with false match <= "
        f"{MAX_FALSE_MATCH:.0%} over both; the bias is moved so that it scores {SHIPPED_THRESHOLD:.2f}"
    )
    print("  paste into factcheck/semantic.py:")
    print(f"CROWD_FLOOR = {fit.crowd_floor:.3f}")
    print(_calibration_line("CALIBRATION", fit.calibration))
    for split in queries:
        for label, split_items in (("whole pool", items[split]), ("one-topic files", one_topic[split])):
            print(f"\n  {split}, {label}, with the refitted semantic score:")
            outcomes = semantic_outcomes(split_items, fit.calibration, fit.crowd_floor, SHIPPED_THRESHOLD)
            print_open_set(split, outcomes, SHIPPED_THRESHOLD)


def fit_hybrid_and_report(
    matcher: Any,
    topical: dict[str, list[Any]],
    queries: dict[str, list[Query]],
    group: dict[str, str],
    members: dict[str, list[str]],
) -> None:
    """Refit the hybrid ranking and score on train (cross-validated operating point) and show their effect.

    ``topical``: per split, a matcher per query on its one-topic file (fitted on too, see semantic_calibration)."""
    from semantic_calibration import MAX_FALSE_MATCH, SHIPPED_THRESHOLD, fit_hybrid, hybrid_outcomes

    from factcheck.hybrid import HybridMatcher

    def on_topic(split: str) -> list[Any]:
        return [hybrid_items(m, [q], group, members)[0] for q, m in zip(queries[split], topical[split], strict=True)]

    items = {split: hybrid_items(matcher, qs, group, members) for split, qs in queries.items()}
    one_topic = {split: on_topic(split) for split in queries}
    fit = fit_hybrid(items["train"], one_topic["train"], matcher)

    def ids(rankings: list[list[int]]) -> list[list[str]]:
        return [[matcher.claims[p].id[3:] for p in ranking] for ranking in rankings]

    train = queries["train"]
    print(f"\n== hybrid ranking and score refitted on train ({FOLDS_NOTE})")
    print(f"  train (held out) {format_metrics(ranking_metrics(ids(fit.held_out_rankings), train, group))}")
    print(f"  strict           {format_metrics(ranking_metrics(ids(fit.held_out_rankings), train, None))}")
    print_open_set("train (held out)", fit.held_out, fit.operating_point)
    print(f"  one-topic files ({FIT_TOPICAL} nearest claims):")
    print_open_set("train (held out)", fit.held_out_topical, fit.operating_point)
    print(
        f"  operating point: {fit.operating_point:.2f}, the lowest held-out score with false match <= "
        f"{MAX_FALSE_MATCH:.0%} over both; the bias is moved so that it scores {SHIPPED_THRESHOLD:.2f}"
    )
    print("  paste into factcheck/hybrid.py:")
    print(_calibration_line("RANKING", fit.ranking))
    print(_calibration_line("CALIBRATION", fit.calibration))
    ceiling = math.ceil(fit.densest_crowd * 1000) / 1000  # rounded up: no row fitted on is clipped
    print(f"CROWD_CEILING = {ceiling:.3f}  # the densest semantic crowd fitted on: {fit.densest_crowd:.4f}")
    refit = HybridMatcher(matcher.lexical, matcher.semantic, ranking=fit.ranking, calibration=fit.calibration)
    for split in queries:
        outcomes, rankings = hybrid_outcomes(items[split], refit)
        print(f"\n  {split}, whole pool, with the refitted hybrid ranking and score:")
        print(f"  factcheck  {format_metrics(ranking_metrics(ids(rankings), queries[split], group))}")
        print(f"  strict     {format_metrics(ranking_metrics(ids(rankings), queries[split], None))}")
        print_open_set(split, outcomes, SHIPPED_THRESHOLD)
        print(f"\n  {split}, one-topic files, with the refitted hybrid ranking and score:")
        topical_outcomes = []
        for item, one in zip(one_topic[split], topical[split], strict=True):
            # each one-topic file has its own claims: score it with the refit on that file's matchers
            on_file = HybridMatcher(one.lexical, one.semantic, ranking=fit.ranking, calibration=fit.calibration)
            topical_outcomes += hybrid_outcomes([item], on_file)[0]
        print_open_set(split, topical_outcomes, SHIPPED_THRESHOLD)


if __name__ == "__main__":
    sys.exit(main())
