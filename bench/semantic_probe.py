"""Semantic matching alone on CheckThat! 2020 task 2 (train and dev): quality, build time, speed.

    python bench/semantic_probe.py [--data DIR]

Builds the semantic index over the 10,375 fact-checks (each claim's text, plus its article title as
an alias), cold (empty cache) and warm (from the cache, in a fresh process), and prints MAP@1/@5 and
MRR on train and dev by cosine alone, embedding throughput and per-query latency.  The matcher's
calibrated score, its open-set figures and their fitting are in ``bench/checkthat.py --matcher
semantic`` (and ``--fit-calibration``).  Exits 0 with a note when the data or the semantic extra is
absent.

Ties are broken by a hash of the claim's text (the matcher's own order), never by file order: the
data's gold claims sit near the start of the file (see the data README's "Known traps").  "twins
merged" counts fact-checks whose text differs only in punctuation or case as one.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from factcheck.model import Claim, Verdict

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "checkthat2020"


@dataclass
class Split:
    name: str
    queries: list[str]
    gold: list[set[int]]  # indices into the claim list


def load_claims(data: Path) -> tuple[list[Claim], dict[str, int]]:
    claims: list[Claim] = []
    index: dict[str, int] = {}
    with (data / "vclaims.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            title = (row.get("title") or "").strip()
            aliases = (title,) if title and title != row["vclaim"] else ()
            index[row["vclaim_id"]] = len(claims)
            # No verdicts in the data: a placeholder (matching never looks at it).
            claims.append(
                Claim(id=f"vc-{row['vclaim_id']}", claim=row["vclaim"], verdict=Verdict.UNSUPPORTED, aliases=aliases)
            )
    return claims, index


def load_split(data: Path, name: str, index: dict[str, int]) -> Split:
    texts: dict[str, str] = {}
    for line in (data / name / "queries.tsv").read_text(encoding="utf-8").splitlines():
        query_id, text = line.split("\t", 1)
        texts[query_id] = text
    gold: dict[str, set[int]] = {q: set() for q in texts}
    for line in (data / name / "qrels.tsv").read_text(encoding="utf-8").splitlines():
        query_id, claim_id = line.split("\t")[:2]
        gold[query_id].add(index[claim_id])
    ids = sorted(texts, key=lambda q: int(q) if q.isdigit() else q)
    return Split(name, [texts[q] for q in ids], [gold[q] for q in ids])


def twin_classes(claims: list[Claim]) -> np.ndarray:
    """A class per claim; claims whose text differs only in punctuation, spacing or case share one."""
    seen: dict[str, int] = {}
    return np.array([seen.setdefault(re.sub(r"[\W_]+", "", c.claim.lower()), len(seen)) for c in claims])


def ranking(sims: np.ndarray, tie_keys: np.ndarray) -> np.ndarray:
    """All claim indices, best first; ties by the matcher's text-hash order."""
    return np.lexsort((tie_keys, -sims))


def evaluate(order: np.ndarray, gold: set[int], classes: np.ndarray | None) -> tuple[float, float, float]:
    """(AP@1, AP@5, reciprocal rank) of one ranking; with ``classes``, twins count as one claim."""
    if classes is not None:
        gold_classes = {int(classes[g]) for g in gold}
        _, first = np.unique(classes[order], return_index=True)
        order = order[np.sort(first)]  # first claim of each class, in ranked order
        relevant = [int(classes[i]) in gold_classes for i in order]
        n_relevant = len(gold_classes)
    else:
        relevant = [int(i) in gold for i in order]
        n_relevant = len(gold)

    def average_precision(k: int) -> float:
        hits, total = 0, 0.0
        for rank, is_relevant in enumerate(relevant[:k], start=1):
            if is_relevant:
                hits += 1
                total += hits / rank
        return total / n_relevant

    first_hit = next((r for r, ok in enumerate(relevant, start=1) if ok), None)
    return average_precision(1), average_precision(5), (1.0 / first_hit if first_hit else 0.0)


def quality(sim_matrix: np.ndarray, split: Split, tie_keys: np.ndarray, classes: np.ndarray) -> dict[str, float]:
    strict, merged = [], []
    for sims, gold in zip(sim_matrix, split.gold, strict=True):
        order = ranking(sims, tie_keys)
        strict.append(evaluate(order, gold, None))
        merged.append(evaluate(order, gold, classes))
    out = {}
    for label, rows in (("", strict), ("twins merged ", merged)):
        out[f"{label}MAP@1"] = statistics.fmean(r[0] for r in rows)
        out[f"{label}MAP@5"] = statistics.fmean(r[1] for r in rows)
        out[f"{label}MRR"] = statistics.fmean(r[2] for r in rows)
    return out


def warm_child(cache_dir: str, data: str) -> None:
    """Run in a fresh process: model load + index from the cache + one query, as a warm ``check`` would."""
    start = time.perf_counter()
    from factcheck.semantic import build_semantic_matcher

    claims, _ = load_claims(Path(data))
    loaded = time.perf_counter()
    matcher = build_semantic_matcher(claims, cache_dir=Path(cache_dir))
    built = time.perf_counter()
    matcher.search("US troops deployed in Mexico", top=3)
    done = time.perf_counter()
    print(
        json.dumps(
            {
                "computed": matcher.cache.computed,
                "read data": loaded - start,
                "model+index": built - loaded,
                "query": done - built,
                "total": done - start,
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help=f"CheckThat! 2020 folder (default {DEFAULT_DATA})"
    )
    parser.add_argument("--warm-child", nargs=2, metavar=("CACHE", "DATA"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.warm_child:
        warm_child(*args.warm_child)
        return 0
    if not (args.data / "vclaims.jsonl").is_file():
        print(f"semantic_probe: skipped, no benchmark data in {args.data}")
        return 0
    from factcheck.embedding import load_encoder, unavailable_reason

    start = time.perf_counter()
    reason = unavailable_reason()  # imports onnxruntime and tokenizers
    import_seconds = time.perf_counter() - start
    if reason:
        print(f"semantic_probe: skipped, {reason}")
        return 0
    from factcheck import semantic
    from factcheck.embedding_cache import EmbeddingCache

    claims, index = load_claims(args.data)
    splits = [load_split(args.data, name, index) for name in ("train", "dev")]
    n_texts = sum(1 + len(c.aliases) for c in claims)
    print(
        f"{len(claims):,} fact-checks, {n_texts:,} texts (claim + title); "
        + ", ".join(f"{s.name} {len(s.queries)} queries" for s in splits)
    )

    start = time.perf_counter()
    encoder = load_encoder()
    load_seconds = time.perf_counter() - start
    print(f"model: {encoder.spec.description} from {encoder.location.origin}")
    print(
        f"cold model load: import onnxruntime + tokenizers {import_seconds:.2f} s, "
        f"then read + SHA-256 check + onnxruntime session {load_seconds:.2f} s"
    )

    with tempfile.TemporaryDirectory(prefix="factcheck-probe-") as cache_dir:
        start, cpu_start = time.perf_counter(), time.process_time()
        matcher = semantic.SemanticMatcher(claims, encoder, cache=EmbeddingCache(Path(cache_dir), encoder))
        cold, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        print(
            f"cold index build: {cold:.1f} s, {matcher.cache.computed:,} texts embedded "
            f"({matcher.cache.computed / cold:,.0f} texts/s; {cpu:.0f} CPU s, "
            f"{matcher.cache.computed / cpu:,.0f} texts per CPU second), "
            f"cache written: {matcher.cache.save_error or 'yes'}"
        )
        print(
            f"  (load average {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs: "
            "other work on the machine slows the build)"
        )
        start = time.perf_counter()
        semantic.SemanticMatcher(claims, encoder, cache=EmbeddingCache(Path(cache_dir), encoder))
        print(f"warm index build (same process, from the cache file): {time.perf_counter() - start:.2f} s")
        child = subprocess.run(
            [sys.executable, __file__, "--warm-child", cache_dir, str(args.data)],
            capture_output=True,
            text=True,
            check=True,
        )
        warm = json.loads(child.stdout)
        print(
            f"warm, fresh process: {warm['total']:.2f} s wall (imports + read data {warm['read data']:.2f} s, "
            f"model + index from cache {warm['model+index']:.2f} s, one query {warm['query'] * 1000:.0f} ms; "
            f"{warm['computed']} texts embedded)"
        )

    latencies = []
    for query in splits[1].queries:
        start = time.perf_counter()
        matcher.search(query, top=5)
        latencies.append(time.perf_counter() - start)
    latencies.sort()
    print(
        f"one query (search, top 5, {len(latencies)} dev tweets): median {statistics.median(latencies) * 1000:.1f} ms, "
        f"p95 {latencies[int(0.95 * len(latencies))] * 1000:.1f} ms"
    )

    tie_keys = matcher.tie_keys
    classes = twin_classes(claims)
    print()
    for split in splits:
        sims = matcher.similarity_matrix(split.queries)
        figures = quality(sims, split, tie_keys, classes)
        print(f"{split.name:5}  " + "  ".join(f"{k} {v:.3f}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
