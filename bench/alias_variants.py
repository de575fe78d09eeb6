"""How should a claim's aliases count in the ranking?  The experiment behind ``lexical_index.py``'s rule.

    python bench/alias_variants.py                 # train figures (dev with --split dev)

A claim can have several aliases (other wordings of it); the starter file has 2-5 per claim,
while every CheckThat! fact-check has exactly two wordings (claim + title), so the benchmark
alone cannot tell whether a rule rewards a claim for repeating itself.  Each variant of the
fused word + character BM25F ranking is measured three ways:

- MAP@5 on the benchmark as it is (twins merged, and strict);
- MAP@5 when each fact-check's title is repeated 0-3 more times at random (as if the file had
  several near-identical aliases): a ranking that does not reward repetition does not move;
- on the starter claims file: how many statements of ``tests/fixtures/starter_paraphrases.tsv``
  rank their claim first.

Variants (word and character models alike; k1, b, field weights, idf and fusion as shipped):

- ``aliases summed``: the aliases are one field, term counts summed, length = all aliases
  (the rule before; a term repeated in three aliases counts three times);
- ``aliases: max``: a term counts by its largest count in any one alias, the field's length
  is the aliases' mean length (shipped; checked here against the real matcher's rankings);
- ``all wordings: max``: the same, with the claim text merged into the aliases field;
- ``best wording``: each wording (claim text, each alias) is its own BM25 document and the
  claim scores its best one, ``+ rest x`` adds that share of its other wordings' scores.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck import cache  # noqa: E402
from factcheck.lexical import FIELD_WEIGHTS, FUSION, IDF_REFERENCE_SIZE, K1, B, LexicalMatcher  # noqa: E402
from factcheck.model import Claim  # noqa: E402
from factcheck.store import load_knowledge_base  # noqa: E402
from factcheck.text import char_grams, terms  # noqa: E402

Tokenizer = Callable[[str], list[str]]
#: per claim: its wordings (claim text first, then the aliases) and its summary, as token lists
Document = tuple[list[list[str]], list[str]]


def _checkthat() -> ModuleType:
    spec = importlib.util.spec_from_file_location("checkthat_bench", REPO / "bench" / "checkthat.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Variant:
    name: str
    rule: str  # "summed", "max-aliases", "max-all" or "best-wording"
    rest: float = 0.0  # best-wording only: weight of the other wordings' scores


VARIANTS = (
    Variant("aliases summed (before)", "summed"),
    Variant("aliases: max (shipped)", "max-aliases"),
    Variant("all wordings: max", "max-all"),
    Variant("best wording", "best-wording"),
    Variant("best wording + rest x 0.2", "best-wording", 0.2),
    Variant("best wording + rest x 0.5", "best-wording", 0.5),
)


def _bm25(tf: float, norm: float, idf: float) -> float:
    return idf * tf * (K1 + 1) / (tf + K1 * norm)


def _mean_positive(values: Sequence[float]) -> float:
    positive = [v for v in values if v > 0]
    return sum(positive) / len(positive) if positive else 1.0


class Model:
    """Scores of every claim for a statement's tokens under one variant (one token view)."""

    def __init__(self, documents: Sequence[Document], variant: Variant) -> None:
        self.variant = variant
        self.n = len(documents)
        df: Counter[str] = Counter()
        for wordings, summary in documents:
            df.update(set(summary).union(*wordings))
        size = max(self.n, IDF_REFERENCE_SIZE)
        self.idf = {t: float(np.log1p((size - d + 0.5) / (d + 0.5))) for t, d in df.items()}
        self.postings: dict[str, list[tuple[int, float]]] = {}
        self.summary_postings: dict[str, list[tuple[int, float]]] = {}
        if variant.rule == "best-wording":
            self._index_wordings(documents)
        else:
            self._index_fields(documents)
        self.arrays = {t: _arrays(p) for t, p in self.postings.items()}
        self.summary_arrays = {t: _arrays(p) for t, p in self.summary_postings.items()}

    def _fields(self, wordings: list[list[str]], summary: list[str]) -> list[list[list[str]]]:
        if self.variant.rule == "max-all":
            return [wordings, [summary]]
        if self.variant.rule == "summed":
            return [[wordings[0]], [[t for alias in wordings[1:] for t in alias]], [summary]]
        return [[wordings[0]], wordings[1:], [summary]]

    def _index_fields(self, documents: Sequence[Document]) -> None:
        weights = (1.0, FIELD_WEIGHTS[2]) if self.variant.rule == "max-all" else FIELD_WEIGHTS
        fields = [self._fields(w, s) for w, s in documents]
        pseudo: list[dict[str, float]] = [{} for _ in documents]
        for f, weight in enumerate(weights):
            lengths = [_field_length(doc[f]) for doc in fields]
            average = _mean_positive(lengths)
            for d, doc in enumerate(fields):
                norm = 1 - B + B * lengths[d] / average
                for term, count in _max_counts(doc[f]).items():
                    pseudo[d][term] = pseudo[d].get(term, 0.0) + weight * count / norm
        for d, tfs in enumerate(pseudo):
            for term, tf in tfs.items():
                self.postings.setdefault(term, []).append((d, _bm25(tf, 1.0, self.idf[term])))

    def _index_wordings(self, documents: Sequence[Document]) -> None:
        self.first = np.zeros(self.n + 1, dtype=np.int64)
        average = _mean_positive([len(w) for wordings, _ in documents for w in wordings])
        unit = 0
        for d, (wordings, _) in enumerate(documents):
            for tokens in wordings:
                norm = 1 - B + B * len(tokens) / average
                for term, count in Counter(tokens).items():
                    self.postings.setdefault(term, []).append((unit, _bm25(count, norm, self.idf[term])))
                unit += 1
            self.first[d + 1] = unit
        self.units = unit
        summary_average = _mean_positive([len(s) for _, s in documents])
        for d, (_, summary) in enumerate(documents):
            norm = 1 - B + B * len(summary) / summary_average
            for term, count in Counter(summary).items():
                weight = FIELD_WEIGHTS[2] * _bm25(count, norm, self.idf[term])
                self.summary_postings.setdefault(term, []).append((d, weight))

    def scores(self, tokens: list[str]) -> np.ndarray:
        best_wording = self.variant.rule == "best-wording"
        scores = np.zeros(self.units if best_wording else self.n)
        for term in set(tokens):
            if term in self.arrays:
                units, weights = self.arrays[term]
                scores[units] += weights
        if not best_wording:
            return scores
        best: np.ndarray = np.maximum.reduceat(scores, self.first[:-1])
        total = np.add.reduceat(scores, self.first[:-1])
        claim_scores: np.ndarray = best + self.variant.rest * (total - best)
        for term in set(tokens):
            if term in self.summary_arrays:
                docs, weights = self.summary_arrays[term]
                claim_scores[docs] += weights
        return claim_scores


def _arrays(postings: list[tuple[int, float]]) -> tuple[np.ndarray, np.ndarray]:
    """Postings as arrays (each unit appears once per term, so fancy-index adds are safe)."""
    return np.array([u for u, _ in postings], dtype=np.int64), np.array([w for _, w in postings])


def _field_length(wordings: list[list[str]]) -> float:
    lengths = [len(w) for w in wordings if w]
    return sum(lengths) / len(lengths) if lengths else 0.0


def _max_counts(wordings: list[list[str]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for tokens in wordings:
        for term, count in Counter(tokens).items():
            counts[term] = max(counts[term], count)
    return counts


class Ranker:
    """The fused word + character ranking of a variant, ties broken by the claim-text hash as shipped."""

    def __init__(self, claims: Sequence[Claim], variant: Variant) -> None:
        self.claims = claims
        self.word = Model([_document(c, terms) for c in claims], variant)
        self.char = Model([_document(c, char_grams) for c in claims], variant)
        self.tie = np.array([zlib.crc32(c.claim.encode("utf-8", "surrogatepass")) for c in claims], np.int64)

    def rank(self, statement: str, top: int = 5) -> list[str]:
        word, char = self.word.scores(terms(statement)), self.char.scores(char_grams(statement))
        fused = np.zeros(len(self.claims))
        if word.max() > 0:
            fused += FUSION * word / word.max()
        if char.max() > 0:
            fused += (1 - FUSION) * char / char.max()
        positive = np.flatnonzero(fused > 0)
        order = positive[np.lexsort((self.tie[positive], -fused[positive]))][:top]
        return [self.claims[i].id for i in order]


def _document(claim: Claim, tokenize: Tokenizer) -> Document:
    return [tokenize(w) for w in (claim.claim, *claim.aliases)], tokenize(claim.summary or "")


def repeat_titles(claims: Sequence[Claim], seed: int = 5) -> list[Claim]:
    """Each claim with its last alias repeated 0-3 more times (0 twice as often), at random."""
    rng = random.Random(seed)
    repeated = []
    for claim in claims:
        extra = rng.choice((0, 0, 1, 2, 3)) if claim.aliases else 0
        repeated.append(replace(claim, aliases=claim.aliases + claim.aliases[-1:] * extra))
    return repeated


def starter_cases() -> list[tuple[str, str]]:
    rows = []
    for line in (REPO / "tests" / "fixtures" / "starter_paraphrases.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            expected, statement = line.split("\t")
            if expected != "-":
                rows.append((expected, statement))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "bench" / "checkthat2020")
    parser.add_argument("--split", choices=("train", "dev"), default="train")
    args = parser.parse_args(argv)
    bench = _checkthat()
    if not (args.data / "vclaims.jsonl").is_file():
        print(f"CheckThat! 2020 data not found in {args.data}; skipping (pass --data PATH).")
        return 0
    fact_checks = bench.read_fact_checks(args.data / "vclaims.jsonl")
    group = bench.twin_groups(fact_checks)
    queries = bench.read_queries(args.data / args.split)
    work = cache.cache_dir() / "bench"
    work.mkdir(parents=True, exist_ok=True)
    kb_path = work / "checkthat2020-claims.yaml"
    kb_path.write_text(bench.to_claims_yaml(fact_checks), encoding="utf-8")
    claims = load_knowledge_base(kb_path).claims
    repeated = repeat_titles(claims)
    starter = load_knowledge_base(REPO / "claims.yaml").claims
    cases = starter_cases()
    shipped = LexicalMatcher(claims, use_cache=False)

    print(f"{args.split}: {len(queries)} queries; starter file: {len(cases)} statements with an expected claim")
    print(f"  {'variant':28}  {'MAP@5':>6}  {'strict':>6}  {'titles x0-3':>11}  {'starter first':>13}")
    for variant in VARIANTS:
        ranker = Ranker(claims, variant)
        rankings = [[i[3:] for i in ranker.rank(q.text)] for q in queries]
        if variant.rule == "max-aliases":  # the harness must rank exactly as the matcher's BM25 order
            real = [[claims[c.position].id[3:] for c in shipped.candidates(q.text, top=5)] for q in queries]
            agree = sum(a == b for a, b in zip(rankings, real, strict=True))
            if agree != len(queries):
                print(f"  (harness and matcher disagree on {len(queries) - agree} queries)")
        merged = bench.ranking_metrics(rankings, queries, group)["MAP@5"]
        strict = bench.ranking_metrics(rankings, queries, None)["MAP@5"]
        repeated_ranker = Ranker(repeated, variant)
        noisy = [[i[3:] for i in repeated_ranker.rank(q.text)] for q in queries]
        robust = bench.ranking_metrics(noisy, queries, group)["MAP@5"]
        starter_ranker = Ranker(starter, variant)
        first = sum(starter_ranker.rank(s, 1) == [e] for e, s in cases)
        print(f"  {variant.name:28}  {merged:>6.3f}  {strict:>6.3f}  {robust:>11.3f}  {first:>6} of {len(cases)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
