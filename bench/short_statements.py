"""Short statements: the substitution check of the lexical matcher, on the starter file and on CheckThat!.

    python bench/short_statements.py                      # starter claims.yaml: paraphrases found, off-topic silent
    python bench/short_statements.py --show               # ... and list every statement that fails
    python bench/short_statements.py --checkthat          # + what the check changes on CheckThat! 2020
    python bench/short_statements.py --checkthat --lengths 0,6,8,10 --topical 40
    python bench/short_statements.py --differences        # + how often a shown match carries a differences note
    python bench/short_statements.py --matcher hybrid     # the starter figures with the hybrid matcher

The lexical matcher caps the score of a candidate whose closest wording has one of a short
statement's distinctive words in the place of one of its own ("US soldiers are stationed in
Germany" for "... stationed in Mexico"; ``factcheck/substitution.py``).  This script measures it
with the check off (``--lengths`` 0) and for statements of at most N content words:

1. starter file (no data needed): of ``tests/fixtures/starter_paraphrases.tsv``, how many find
   their fact-check first and above the threshold; of the off-topic statements (the ``-`` lines
   there and ``tests/fixtures/starter_offtopic.tsv``), how many stay silent;
2. with ``--checkthat`` (data in ``--data``, as for ``bench/checkthat.py``): the open-set figures of
   ``bench/checkthat.py`` at the default threshold (answered right / wrong with the relevant
   fact-checks present, false match with them and their twins removed) on the 10,375-claim file
   and, with ``--topical N``, on one-topic files (each query's fact-check and its N nearest
   claims), where a small file's vocabulary makes most words of a post unknown; ``--show`` lists
   the queries whose outcome the check changes.
3. ``--typed-lengths`` (default 0 and the shipped ``TYPED_STATEMENT_TERMS``): the names-and-numbers check
   of longer typed statements (no link, handle, hashtag or attribution), with the short-statement check as
   shipped.  On the starter file: the fixtures above and two sets written by reviewers who had not seen
   the tests, ``tests/fixtures/starter_review_design.tsv`` (used to design the rule) and
   ``starter_review_heldout.tsv`` (measured once the rule was fixed): paraphrases found, statements of
   another fact ("related") and off-topic ones silent.  On CheckThat!, whose posts all carry markup and so
   never get this check, it is applied to them as if typed: its worst case, which chose the length.

``--matcher hybrid`` (needs the semantic extra) measures the starter figures (1, 3 and the differences
notes) with the hybrid matcher, the default once the extra is installed, built on each lexical setting;
``--checkthat`` stays lexical (``bench/checkthat.py --matcher hybrid`` measures the hybrid there).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.lexical import LexicalMatcher
    from factcheck.matching import Matcher
    from factcheck.model import Claim
    from factcheck.semantic import SemanticMatcher

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"


@dataclass(frozen=True)
class Outcome:
    """One query: its top match's score and correctness, and the top score with the answer removed."""

    score: float
    right: bool
    removed: float


class StarterMatchers:
    """Builds the matcher measured on the starter file: the lexical one with the settings asked for, or,
    given the semantic matcher (``--matcher hybrid``), the hybrid matcher on it."""

    def __init__(self, claims: Sequence[Claim], semantic: SemanticMatcher | None = None) -> None:
        self.claims = claims
        self.semantic = semantic
        self.kind = "lexical" if semantic is None else "hybrid"

    def __call__(self, **lexical_settings: int) -> Matcher:
        from factcheck.lexical import LexicalMatcher

        lexical = LexicalMatcher(self.claims, use_cache=False, **lexical_settings)
        if self.semantic is None:
            return lexical
        from factcheck.hybrid import HybridMatcher

        return HybridMatcher(lexical, self.semantic)


def read_statements(path: Path) -> list[tuple[str, str]]:
    """(first column, statement) of a fixture's tab-separated lines (the statement is the last column)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            columns = line.split("\t")
            rows.append((columns[0], columns[-1]))
    return rows


def starter(matchers: StarterMatchers, lengths: Sequence[int], show: bool) -> None:
    claims = matchers.claims
    paraphrases = read_statements(FIXTURES / "starter_paraphrases.tsv")
    off_topic = [(e, s) for e, s in paraphrases if e == "-"] + read_statements(FIXTURES / "starter_offtopic.tsv")
    # starter_paraphrases.tsv: expected claim id (or "-"); starter_offtopic.tsv: silent or xfail (a known failure)
    paraphrases = [(e, s) for e, s in paraphrases if e != "-"]
    print(
        f"== starter claims.yaml ({len(claims)} claims, {matchers.kind} matcher), "
        "the short-statement check alone (typed check off)"
    )
    for length in lengths:
        matcher = matchers(short_statement_terms=length, typed_statement_terms=0)
        failed_paraphrases = [(e, s) for e, s in paraphrases if not _found(matcher, s, e)]
        loud = [s for _, s in off_topic if _found(matcher, s, None)]
        print(
            f"  {_setting(length):<34}  paraphrases found {len(paraphrases) - len(failed_paraphrases)}/"
            f"{len(paraphrases)}, off-topic silent {len(off_topic) - len(loud)}/{len(off_topic)}"
        )
        if show and length == lengths[-1]:
            for expected, statement in failed_paraphrases:
                print(f"      not found: {statement}  ({expected}: {_top(matcher, statement)})")
            for statement in loud:
                print(f"      not silent: {statement}  ({_top(matcher, statement)})")


def read_review(path: Path) -> list[tuple[str, str, str]]:
    """(statement, expected claim id or "-", category) of a reviewer's set (a header line first)."""
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return [(cols[0], cols[1], cols[2]) for cols in (line.split("\t") for line in lines if line.strip())]


def starter_typed(matchers: StarterMatchers, typed_lengths: Sequence[int], show: bool) -> None:
    paraphrases = read_statements(FIXTURES / "starter_paraphrases.tsv")
    off_topic = [s for e, s in paraphrases if e == "-"] + [
        s for _, s in read_statements(FIXTURES / "starter_offtopic.tsv")
    ]
    paraphrases = [(e, s) for e, s in paraphrases if e != "-"]
    reviews = {name: read_review(FIXTURES / f"starter_review_{name}.tsv") for name in ("design", "heldout")}
    print(f"\n== starter claims.yaml ({matchers.kind} matcher), the names-and-numbers check of longer typed statements")
    for length in typed_lengths:
        matcher = matchers(typed_statement_terms=length)
        found = sum(_found(matcher, s, e) for e, s in paraphrases)
        silent = sum(not _found(matcher, s, None) for s in off_topic)
        print(
            f"  {_typed_setting(length):<34}  fixtures: paraphrases {found}/{len(paraphrases)}, "
            f"off-topic silent {silent}/{len(off_topic)}"
        )
        for name, rows in reviews.items():
            said = {
                category: [(s, e) for s, e, c in rows if c.startswith(category)]
                for category in ("paraphrase", "related", "offtopic")
            }
            right = sum(_found(matcher, s, e) for s, e in said["paraphrase"])
            quiet = {c: sum(not _found(matcher, s, None) for s, _ in said[c]) for c in ("related", "offtopic")}
            print(
                f"  {'':34}  {name}: paraphrases {right}/{len(said['paraphrase'])}, "
                f"related silent {quiet['related']}/{len(said['related'])}, "
                f"off-topic silent {quiet['offtopic']}/{len(said['offtopic'])}"
            )
            if show and length == typed_lengths[-1]:
                for statement, _ in said["related"] + said["offtopic"]:
                    if _found(matcher, statement, None):
                        print(f"      not silent: {statement}  ({_top(matcher, statement)})")


def _typed_setting(length: int) -> str:
    return "typed check off" if length == 0 else f"typed statements <= {length} words"


def _setting(length: int) -> str:
    return "substitution check off" if length == 0 else f"check on statements <= {length} words"


def _found(matcher: Matcher, statement: str, expected: str | None) -> bool:
    """With ``expected``: is it first and above the threshold?  Without: does anything clear it?"""
    found = matcher.search(statement, top=1)
    if expected is None:
        return bool(found) and found[0].score >= matcher.threshold
    return bool(found) and found[0].claim.id == expected and found[0].score >= matcher.threshold


def _top(matcher: Matcher, statement: str) -> str:
    found = matcher.search(statement, top=1)
    return f"{found[0].claim.id} {found[0].score:.2f}" if found else "nothing"


def checkthat(data: Path, lengths: Sequence[int], topical: int, show: bool, typed_lengths: Sequence[int]) -> int:
    import checkthat as bench  # bench/checkthat.py, beside this script

    from factcheck import cache
    from factcheck.lexical import LexicalMatcher, load_or_build_index
    from factcheck.store import load_knowledge_base

    if not (data / "vclaims.jsonl").is_file():
        print(f"\nCheckThat! 2020 data not found in {data}; skipping (pass --data PATH).")
        return 0
    fact_checks = bench.read_fact_checks(data / "vclaims.jsonl")
    group = bench.twin_groups(fact_checks)
    members: dict[str, list[str]] = defaultdict(list)
    for fc in fact_checks:
        members[group[fc.id]].append(fc.id)
    work = cache.cache_dir() / "bench"
    work.mkdir(parents=True, exist_ok=True)
    kb_path = work / "checkthat2020-claims.yaml"
    kb_path.write_text(bench.to_claims_yaml(fact_checks), encoding="utf-8")
    claims = load_knowledge_base(kb_path).claims
    index = load_or_build_index(claims)
    pools = {length: LexicalMatcher(claims, index=index, short_statement_terms=length) for length in lengths}
    shipped = LexicalMatcher(claims, index=index)  # picks the one-topic files' claims, as bench/checkthat.py does
    by_id = {c.id: c for c in claims}
    for split in ("train", "dev"):
        queries = bench.read_queries(data / split)
        print(f"\n== CheckThat! {split}: {len(queries)} queries, open set at the default threshold")
        files: dict[str, Callable[[bench.Query, list[str]], dict[int, LexicalMatcher]]] = {
            f"{len(claims):,} claims": lambda _q, _r: pools,
        }
        if topical:
            files[f"one-topic, {topical} nearest"] = lambda _q, removed: _topical(
                shipped, by_id, removed, topical, lengths
            )
        for name, matchers_for in files.items():
            outcomes: dict[int, list[Outcome]] = defaultdict(list)
            for q in queries:
                relevant = {group[r] for r in q.relevant}
                removed = bench.removed_ids(q, group, members)
                for length, matcher in matchers_for(q, removed).items():
                    outcomes[length].append(_outcome(matcher, q.text, relevant, removed, group))
            for length in lengths:
                rates = bench.open_set([(o.score, o.right, o.removed) for o in outcomes[length]], 0.5)
                figures = ", ".join(f"{k} {v:.1%}" for k, v in rates.items())
                print(f"  {name:<24} {_setting(length):<34} {figures}")
            if show and len(lengths) > 1:
                _show_changes(queries, outcomes[lengths[0]], outcomes[lengths[-1]])
        if typed_lengths:
            typed = {length: _as_if_typed(claims, index, length) for length in typed_lengths}
            for length, matcher in typed.items():
                found = []
                for q in queries:
                    relevant = {group[r] for r in q.relevant}
                    removed = bench.removed_ids(q, group, members)
                    found.append(_outcome(matcher, q.text, relevant, removed, group))
                rates = bench.open_set([(o.score, o.right, o.removed) for o in found], 0.5)
                figures = ", ".join(f"{k} {v:.1%}" for k, v in rates.items())
                print(f"  {'posts as if typed':<24} {_typed_setting(length):<34} {figures}")
    return 0


def _as_if_typed(claims: Sequence[Claim], index: object, length: int) -> LexicalMatcher:
    """A lexical matcher that takes every post for a typed statement (the typed check's worst case)."""
    from factcheck.lexical import LexicalIndex, LexicalMatcher

    class AsIfTyped(LexicalMatcher):
        def _is_typed(self, query: str) -> bool:
            return True

    assert isinstance(index, LexicalIndex)
    return AsIfTyped(claims, index=index, typed_statement_terms=length)


def _topical(
    pool: LexicalMatcher, by_id: dict[str, Claim], removed: list[str], size: int, lengths: Sequence[int]
) -> dict[int, LexicalMatcher]:
    """As bench/checkthat.py --topical-sizes: the query's fact-checks and the ``size`` claims nearest the first."""
    from factcheck.lexical import LexicalIndex, LexicalMatcher

    neighbours = [m.claim for m in pool.search(by_id[removed[0]].claim, top=size, exclude=removed)]
    claims = [by_id[i] for i in removed] + neighbours
    index = LexicalIndex.build(claims)
    return {length: LexicalMatcher(claims, index=index, short_statement_terms=length) for length in lengths}


def _outcome(
    matcher: LexicalMatcher, text: str, relevant: set[str], removed: list[str], group: dict[str, str]
) -> Outcome:
    found = matcher.search(text, top=1)
    without = matcher.search(text, top=1, exclude=removed)
    right = bool(found) and group[found[0].claim.id[3:]] in relevant
    return Outcome(found[0].score if found else 0.0, right, without[0].score if without else 0.0)


def _show_changes(queries: Sequence[object], before: list[Outcome], after: list[Outcome]) -> None:
    for q, old, new in zip(queries, before, after, strict=True):
        text = str(getattr(q, "text", "")).replace("\n", " ")[:110]
        if old.right and old.score >= 0.5 > new.score:
            print(f"      right answer lost: {text}")
        if old.removed >= 0.5 > new.removed:
            print(f"      false match removed: {text}")
        if not old.right and old.score >= 0.5 > new.score:
            print(f"      wrong answer removed: {text}")


def starter_differences(matchers: StarterMatchers, show: bool) -> None:
    """How often a match shown on the starter file carries a differences note (``factcheck/differences.py``):
    for right matches (a note there is noise) and for statements of another fact (a note there helps)."""
    matcher = matchers()
    fixtures = read_statements(FIXTURES / "starter_paraphrases.tsv")
    sets = {"fixtures": [(s, e, "paraphrase" if e != "-" else "offtopic") for e, s in fixtures]}
    sets["fixtures"] += [(s, "-", "offtopic") for _, s in read_statements(FIXTURES / "starter_offtopic.tsv")]
    for name in ("design", "heldout"):
        sets[name] = read_review(FIXTURES / f"starter_review_{name}.tsv")
    noted = {(name, kind): [0, 0] for name in sets for kind in ("right", "another fact")}
    for name, rows in sets.items():
        for statement, expected, category in rows:
            shown = [m for m in matcher.search(statement, top=1) if m.score >= matcher.threshold]
            if not shown or (category.startswith("paraphrase") and shown[0].claim.id != expected):
                continue  # silent, or a paraphrase matched to the wrong claim
            kind = "right" if category.startswith("paraphrase") else "another fact"
            noted[name, kind][1] += 1
            if shown[0].differences is not None:
                noted[name, kind][0] += 1
                if show:
                    print(f"      {name}, {kind}: {statement}  ({shown[0].differences.describe()})")
    print(f"\n== starter claims.yaml ({matchers.kind} matcher), the differences note on matches shown")
    for kind, label in (("right", "right matches"), ("another fact", "matches shown for a statement of another fact")):
        counts = [noted[name, kind] for name in sets]
        per_set = ", ".join(f"{name} {n}/{total}" for name, (n, total) in zip(sets, counts, strict=True))
        print(f"  {label} with a note: {sum(c[0] for c in counts)}/{sum(c[1] for c in counts)} ({per_set})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--lengths",
        default="",
        help="comma-separated longest statements (content words) the check applies to; 0 = off "
        "(default: 0 and the shipped setting)",
    )
    parser.add_argument("--checkthat", action="store_true", help="also measure on CheckThat! 2020 (needs the data)")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "bench" / "checkthat2020")
    parser.add_argument("--topical", type=int, default=0, help="also on one-topic files of N nearest claims")
    parser.add_argument(
        "--typed-lengths",
        default="",
        help="comma-separated longest typed statements the names-and-numbers check applies to; 0 = off "
        "(default: 0 and the shipped setting)",
    )
    parser.add_argument(
        "--matcher",
        choices=("lexical", "hybrid"),
        default="lexical",
        help="the matcher measured on the starter file (hybrid needs the semantic extra; --checkthat stays lexical)",
    )
    parser.add_argument("--show", action="store_true", help="list the statements that fail or change")
    parser.add_argument(
        "--differences", action="store_true", help="also count the differences notes on the starter file"
    )
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "bench"))
    from factcheck.lexical import SHORT_STATEMENT_TERMS, TYPED_STATEMENT_TERMS

    lengths = [int(x) for x in args.lengths.split(",") if x.strip()] or [0, SHORT_STATEMENT_TERMS]
    typed_lengths = [int(x) for x in args.typed_lengths.split(",") if x.strip()] or [0, TYPED_STATEMENT_TERMS]
    from factcheck.errors import FactcheckError
    from factcheck.semantic import build_semantic_matcher
    from factcheck.store import load_knowledge_base

    claims = load_knowledge_base(REPO / "claims.yaml").claims
    try:  # the claims embedded once, for every lexical setting
        semantic = build_semantic_matcher(claims) if args.matcher == "hybrid" else None
    except FactcheckError as error:  # the extra is not installed, or its model was refused
        print(f"the hybrid matcher cannot run: {error}", file=sys.stderr)
        return 1
    matchers = StarterMatchers(claims, semantic)
    starter(matchers, lengths, args.show)
    starter_typed(matchers, typed_lengths, args.show)
    if args.differences:
        starter_differences(matchers, args.show)
    if args.checkthat:
        return checkthat(args.data, lengths, args.topical, args.show, typed_lengths)
    return 0


if __name__ == "__main__":
    sys.exit(main())
