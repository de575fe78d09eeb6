"""Spanish statements: the lexical and the hybrid matcher side by side on Spanish claims files.

    python bench/spanish_statements.py            # paraphrases found, related and off-topic statements silent
    python bench/spanish_statements.py --show     # ... and every statement answered wrong, with its top match

The hybrid matcher's model (all-MiniLM-L6-v2) was trained on English sentence pairs; this measures what it adds,
or costs, on Spanish statements (needs the semantic extra):

1. ``tests/fixtures/spanish_news_statements.tsv`` against ``spanish_news.yaml`` (eleven Spanish claims on prices,
   health, security and public works): paraphrases that must be shown, statements on a claim's topic that say
   another thing ("La tortilla es rica.") and off-topic ones, which must be silent;
   The same statements against ``spanish_news_en.yaml``, the same claims in English;
2. ``tests/fixtures/starter_spanish.tsv`` against the English starter ``claims.yaml`` (a few Spanish aliases);
3. the Spanish statements of ``tests/fixtures/spanish_desk_statements.tsv`` (``tests/test_spanish.py``) against
   ``tests/fixtures/spanish_desk.yaml``.

A statement counts as found when its claim is among the matches shown (score at or above the threshold), as
silent when nothing is shown; the top score of each is printed with ``--show``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
sys.path.insert(0, str(REPO))

from factcheck.embedding import unavailable_reason  # noqa: E402
from factcheck.hybrid import HybridMatcher  # noqa: E402
from factcheck.lexical import LexicalMatcher  # noqa: E402
from factcheck.matching import Matcher  # noqa: E402
from factcheck.semantic import build_semantic_matcher  # noqa: E402
from factcheck.store import load_knowledge_base  # noqa: E402
from factcheck.text import is_spanish  # noqa: E402

#: (kind, expected claim id or "-", statement)
Row = tuple[str, str, str]


def read_kinds(path: Path) -> list[Row]:
    """``kind<TAB>id<TAB>statement`` lines (spanish_news_statements.tsv)."""
    rows: list[Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, expected, statement = line.split("\t")
            rows.append((kind, expected, statement))
    return rows


def read_starter_spanish() -> list[Row]:
    """starter_spanish.tsv: ``status<TAB>id<TAB>statement``, "-" for a statement that must stay silent."""
    rows = read_kinds(FIXTURES / "starter_spanish.tsv")
    return [("paraphrase" if expected != "-" else "silent", expected, text) for _, expected, text in rows]


def read_desk() -> list[Row]:
    """spanish_desk_statements.tsv, the statements tests/test_spanish.py checks, its English ones left out."""
    rows = read_kinds(FIXTURES / "spanish_desk_statements.tsv")
    return [(kind, expected, text) for kind, expected, text in rows if kind == "silent" or is_spanish(text)]


def outcome(matcher: Matcher, expected: str, statement: str) -> tuple[bool, str]:
    """Whether the matcher answers ``statement`` as it should, and its top candidate (id and score)."""
    matches = matcher.search(statement, top=5)
    shown = [m.claim.id for m in matches if m.score >= matcher.threshold]
    right = shown == [] if expected == "-" else expected in shown
    top = f"{matches[0].claim.id} {matches[0].score:.2f}" if matches else "nothing"
    return right, top


def measure(name: str, kb: Path, rows: Sequence[Row], show: bool) -> None:
    claims = load_knowledge_base(kb).claims
    lexical = LexicalMatcher(claims, use_cache=False)
    hybrid = HybridMatcher(LexicalMatcher(claims, use_cache=False), build_semantic_matcher(claims))
    print(f"== {name} ({len(claims)} claims, {len(rows)} statements)")
    kinds = list(dict.fromkeys(kind for kind, _, _ in rows))
    for matcher in (lexical, hybrid):
        results = [(kind, expected, text, *outcome(matcher, expected, text)) for kind, expected, text in rows]
        figures = ", ".join(
            f"{kind} {sum(r[3] for r in results if r[0] == kind)}/{sum(r[0] == kind for r in results)}"
            for kind in kinds
        )
        print(f"  {matcher.name:8} {figures}")
        if show:
            for kind, expected, text, right, top in results:
                if not right:
                    print(f"    {kind:10} {expected:30} {text!r}: {top}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every statement answered wrong")
    args = parser.parse_args(argv)
    reason = unavailable_reason()
    if reason is not None:  # the lexical figures alone are short_statements.py's: this compares the two
        print(f"skipped: the hybrid matcher cannot run here ({reason})")
        return 0
    news = read_kinds(FIXTURES / "spanish_news_statements.tsv")
    measure("spanish_news.yaml", FIXTURES / "spanish_news.yaml", news, args.show)
    measure("spanish_news_en.yaml (the same claims in English)", FIXTURES / "spanish_news_en.yaml", news, args.show)
    measure("starter claims.yaml", REPO / "claims.yaml", read_starter_spanish(), args.show)
    measure("spanish_desk.yaml", FIXTURES / "spanish_desk.yaml", read_desk(), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
