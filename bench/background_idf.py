"""General-language word frequencies (``wordfreq``) as the idf of a small file's common words: measured, not shipped.

    pip install wordfreq                                  # 3.1.1: a 57 MB wheel; the script needs it
    python bench/background_idf.py                        # tiny files, starter file, cost
    python bench/background_idf.py --data DIR             # ... and CheckThat! 2020 train posts against small files
    python bench/background_idf.py --words 50,150,500     # other weights of the general-language counts

A file of fewer than ``lexical_index.IDF_REFERENCE_SIZE`` (1,000) claims gets idf as if it had 1,000: its own
claims and claims holding none of its words, so every word it holds is rare, and "won", "2020" or "special"
weigh as much as "Bolsonaro" (``bench/tiny_files.py``).  The idea tried here: the claims the reference size
adds hold each word term as often as ``--words`` words of general text do (``wordfreq.word_frequency``,
largest in English or Spanish, of the term or of a surface word whose Snowball stem the term is), so a common
word weighs less even in a one-claim file.  The script applies it by rebuilding the word model's idf (and
its BM25F weights) of each index built for a file under 1,000 claims (``background``); nothing in factcheck
changes, and big files are untouched (CheckThat!'s 10,375-claim file scores as it does).

Measured, each with background off and on (the same files, the same statements):

1. ``bench/tiny_files.py``'s files: paraphrases found, statements of another fact silent;
2. the starter file (42 claims) with ``bench/short_statements.py``'s typed sets, the typed check as shipped:
   paraphrases found, statements of another fact ("related") and off-topic ones silent;
3. with ``--data``: CheckThat! 2020 train posts against files of ``--sizes`` claims (``bench/checkthat.py
   --tiny-sizes``: the post's fact-check + random others, answered right; its nearest other fact-check +
   random others, false match) at the default threshold, and what background off gives at the lowest
   threshold where it answers no more right ("off, equal right"): a rule that only moves along the
   threshold's trade-off does not beat that.  "paired" is the false-match difference on the same posts with
   its standard error (bootstrap over posts, the equal-right threshold held);
4. the cost: importing ``wordfreq`` and its first look-ups (reading its English and Spanish lists), and a
   cold ``factcheck check`` on the starter file (fresh cache, fresh process) with background on and off.

On train (``--words 150``): 1-claim files right 82.5 % -> 74.4 %, false match 45.8 % -> 25.1 % (off at equal
right: 27.0 %); 8-claim files 82.2 % -> 74.1 %, 44.9 % -> 23.6 % (26.9 %).  Train only: dev is never read.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

REPO = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
for folder in (REPO, BENCH):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from factcheck import lexical_index  # noqa: E402
from factcheck.lexical_index import Bm25fModel, LexicalIndex  # noqa: E402

if TYPE_CHECKING:
    from factcheck.model import Claim

#: the languages looked up; a term's frequency is its largest in any of them
LANGUAGES = ("en", "es")
#: words of general text per claim (``claim_share``); more than a claim's length (about 15), since claims are no
#: sample of general text: the setting of the figures in the docstring
WORDS = 150.0
STATEMENT = "US special forces are fighting cartels inside Mexico"
BOOTSTRAP = 1000


@lru_cache(maxsize=1)
def _word_frequency() -> Callable[[str, str], float] | None:
    try:
        from wordfreq import word_frequency
    except ImportError:
        return None
    return word_frequency  # type: ignore[no-any-return]


def available() -> bool:
    return _word_frequency() is not None


def _candidates(term: str) -> list[str]:
    """Surface words whose English stem may be ``term`` (the index holds Snowball stems: "armi", "forc",
    "footbal")."""
    words = [term, term + "e", term + "s", term + term[-1:]]
    if term.endswith("i"):
        words.append(term[:-1] + "y")
    return words


@lru_cache(maxsize=65536)
def frequency(term: str) -> float:
    """The term's frequency per word of general text: the largest of the term's own (a synonym's term, "usa", is
    no stem) and of its candidate surface words whose stem it is; 0.0 when none is known."""
    lookup = _word_frequency()
    if lookup is None:
        return 0.0
    from factcheck.text import _stemmed

    best = 0.0
    for i, word in enumerate(_candidates(term)):
        if i and _stemmed("english", word) != term:
            continue
        for language in LANGUAGES:
            best = max(best, lookup(word, language))
    return best


def claim_share(term: str, words: float) -> float:
    """The share of claims holding ``term`` if each were ``words`` words of general text."""
    return min(1.0, words * frequency(term))


def with_background(model: Bm25fModel, n_docs: int, words: float) -> Bm25fModel:
    """``model`` with the idf of a file of ``n_docs`` claims read as a sample of ``IDF_REFERENCE_SIZE``, the
    others holding each term at its ``claim_share``; its BM25F weights scaled alike.  Unchanged from 1,000."""
    reference = lexical_index._reference_size(n_docs)
    if n_docs >= reference or words <= 0:
        return model
    df = np.diff(model.ptr).astype(np.float64)
    shares = np.array([claim_share(term, words) for term in model.vocab], dtype=np.float64)
    counted = np.minimum(df + (reference - n_docs) * shares, reference)
    idf = np.log1p((reference - counted + 0.5) / (counted + 0.5))
    term_of = np.repeat(np.arange(len(model.vocab)), np.diff(model.ptr))
    weights = (model.weights.astype(np.float64) * (idf / model.idf)[term_of]).astype(np.float32)
    return dataclasses.replace(model, idf=idf, weights=weights)


@contextmanager
def background(words: float) -> Iterator[None]:
    """Every ``LexicalIndex`` built inside has its word model ``with_background`` (``words`` 0: as shipped)."""
    shipped = LexicalIndex.__dict__["build"]

    def build(cls: type[LexicalIndex], claims: Sequence[Claim], **kwargs: object) -> LexicalIndex:
        index: LexicalIndex = shipped.__func__(cls, claims, **kwargs)
        index.word = with_background(index.word, len(claims), words)
        return index

    LexicalIndex.build = classmethod(build)  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        LexicalIndex.build = shipped  # type: ignore[method-assign]


def tiny(settings: Sequence[float]) -> None:
    import tiny_files as tf

    from factcheck.lexical import LexicalMatcher

    print("== bench/tiny_files.py's files (found: paraphrases of the file's claim; silent: other facts)")
    for words in settings:
        lines = []
        with background(words):
            for files in (tf.tiny_files(), tf.review_files()):
                found = silent = n_found = n_silent = 0
                for tiny_file in files:
                    built = LexicalMatcher(tiny_file.claims, use_cache=False)
                    for statement in tiny_file.paraphrases:
                        top = built.search(statement, top=1)
                        found += bool(top) and top[0].score >= built.threshold and top[0].claim == tiny_file.claims[0]
                    for statement in tiny_file.other_facts:
                        top = built.search(statement, top=1)
                        silent += not (top and top[0].score >= built.threshold)
                    n_found += len(tiny_file.paraphrases)
                    n_silent += len(tiny_file.other_facts)
                lines.append(f"found {found}/{n_found}, silent {silent}/{n_silent}")
        print(f"  {_label(words):<16} tiny files: {lines[0]};  review47a cases: {lines[1]}")


def starter(settings: Sequence[float]) -> None:
    import short_statements as ss

    from factcheck.lexical import TYPED_STATEMENT_TERMS
    from factcheck.store import load_knowledge_base

    claims = load_knowledge_base(REPO / "claims.yaml").claims
    for words in settings:
        print(f"\n-- background {_label(words)}", end="")
        with background(words):
            ss.starter_typed(ss.StarterMatchers(claims), [TYPED_STATEMENT_TERMS], show=False)


def checkthat_train(data: Path, settings: Sequence[float], sizes: Sequence[int]) -> None:
    import checkthat as ct

    from factcheck.lexical import LexicalMatcher
    from factcheck.store import load_knowledge_base

    fact_checks, group, members = ct.fact_check_pool(data)
    queries = ct.read_queries(data / "train")
    pool = LexicalMatcher(load_knowledge_base(ct.claims_file(fact_checks)).claims)

    def make(subset: Sequence[Claim]) -> LexicalMatcher:
        return LexicalMatcher(subset, use_cache=False)

    for size in sizes:
        print(f"\n== CheckThat! 2020 train ({len(queries)} posts) against {size}-claim files, lexical matcher")
        off, threshold = ct.tiny_outcomes(make, pool, queries, group, members, size)
        rates = ct.open_set(off, threshold)
        print(f"  {'off':<16} right {rates['answered right']:.1%}  false match {rates['false match']:.1%}")
        for words in settings:
            with background(words):
                on, _ = ct.tiny_outcomes(make, pool, queries, group, members, size)
            rates = ct.open_set(on, threshold)
            equal = equal_right_threshold(off, rates["answered right"], threshold)
            at_equal = ct.open_set(off, equal)
            difference, error = paired_difference(on, threshold, off, equal)
            print(
                f"  {_label(words):<16} right {rates['answered right']:.1%}  false match {rates['false match']:.1%}"
                f"   off, equal right (threshold {equal:.3f}): right {at_equal['answered right']:.1%}, false match "
                f"{at_equal['false match']:.1%}; paired {difference:+.1%} +- {error:.1%}"
            )


Outcomes = Sequence[tuple[float, bool, float]]


def equal_right_threshold(outcomes: Outcomes, right: float, start: float) -> float:
    """The lowest threshold from ``start`` (in steps of 0.001) at which ``outcomes`` answer no more than ``right``."""
    import checkthat as ct

    for step in range(round(start * 1000), 1001):
        if ct.open_set(outcomes, step / 1000)["answered right"] <= right:
            return step / 1000
    return 1.0


def paired_difference(on: Outcomes, on_threshold: float, off: Outcomes, off_threshold: float) -> tuple[float, float]:
    """False match of ``on`` minus that of ``off`` (each at its threshold), on the same posts, and its bootstrap
    standard error over posts."""
    on_false = np.array([removed >= on_threshold for _, _, removed in on], dtype=np.float64)
    off_false = np.array([removed >= off_threshold for _, _, removed in off], dtype=np.float64)
    differences = on_false - off_false
    rng = random.Random(0)
    n = len(differences)
    means = [float(differences[[rng.randrange(n) for _ in range(n)]].mean()) for _ in range(BOOTSTRAP)]
    return float(differences.mean()), statistics.stdev(means)


def cost(runs: int, words: float) -> None:
    print("\n== cost")
    code = (
        "import time; t = time.perf_counter(); import wordfreq; u = time.perf_counter(); "
        "wordfreq.word_frequency('won', 'en'); wordfreq.word_frequency('won', 'es'); v = time.perf_counter(); "
        "print(u - t, v - u)"
    )
    imports, lookups = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
        imports.append(float(out[0]))
        lookups.append(float(out[1]))
    print(
        f"  import wordfreq {statistics.median(imports):.2f} s; its first look-ups (reading the English and "
        f"Spanish lists) {statistics.median(lookups):.2f} s (median of {runs})"
    )
    times: dict[float, list[float]] = {0.0: [], words: []}
    for _ in range(runs):  # interleaved, so that the machine's load touches both alike
        for setting in times:
            program = (
                f"import sys; sys.path[:0] = [{str(REPO)!r}, {str(BENCH)!r}]; import background_idf, runpy; "
                f"patched = background_idf.background({setting!r}); patched.__enter__(); "  # kept: its exit restores
                "runpy.run_module('factcheck', run_name='__main__')"
            )
            with tempfile.TemporaryDirectory() as cache_dir:
                start = time.perf_counter()
                subprocess.run(
                    [sys.executable, "-c", program, "check", "--kb", str(REPO / "claims.yaml"), STATEMENT],
                    env={**os.environ, "FACTCHECK_CACHE_DIR": cache_dir},
                    capture_output=True,
                    check=False,
                )
                times[setting].append(time.perf_counter() - start)
    off, on = statistics.median(times[0.0]), statistics.median(times[words])
    print(
        f"  cold 'factcheck check' on the starter file (fresh cache): background off {off:.2f} s, on {on:.2f} s "
        f"(median of {runs}; {on / off:.2f} x)"
    )


def _label(words: float) -> str:
    return "off" if words == 0 else f"on, {words:g} words"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", default=f"{WORDS:g}", help="general-language words per claim, comma-separated")
    parser.add_argument("--data", type=Path, help="folder of the CheckThat! 2020 data (train alone is read)")
    parser.add_argument("--sizes", default="1,8,30", help="CheckThat! file sizes (default 1,8,30)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each timing (default 5; 0: no timings)")
    args = parser.parse_args(argv)
    if not available():
        print("wordfreq is not installed (pip install wordfreq); nothing to compare.")
        return 0
    settings = [float(x) for x in args.words.split(",") if x.strip()]
    tiny([0.0, *settings])
    starter([0.0, *settings])
    if args.data is not None:
        if (args.data / "vclaims.jsonl").is_file():
            checkthat_train(args.data, settings, [int(x) for x in args.sizes.split(",") if x.strip()])
        else:
            print(f"\nCheckThat! 2020 data not found in {args.data}; skipping it.")
    if args.runs > 0:
        cost(args.runs, settings[-1] if settings else WORDS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
