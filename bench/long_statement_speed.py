"""How long does the library take to match one very long statement, which ``check`` refuses?

    python bench/long_statement_speed.py [--kb claims.yaml] [LENGTH ...]   # default: 10000 100000

``check`` refuses a statement of more than 10,000 characters; ``find_matches`` reads one of any
length (docs/python.md says so, with this script's figures).  For each LENGTH (in characters), times
``find_matches`` on one statement of that length, made of one news-like sentence repeated (a number,
a date, names: the rules that read them all run), with the lexical matcher built beforehand on the
claims file (default: the starter ``claims.yaml``), one run each.  Prints the seconds; time grows
faster than the length (1,000,000 characters took over a minute on a busy 2-core machine).  Needs
nothing outside the repository.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from factcheck import build_matcher, find_matches, load_knowledge_base

REPO = Path(__file__).resolve().parent.parent
#: repeated to the length timed
SENTENCE = "Senators said more than 10,000 US troops crossed into Mexico in March 2025. "


def statement(length: int) -> str:
    """``SENTENCE`` repeated and cut to ``length`` characters."""
    return (SENTENCE * (length // len(SENTENCE) + 1))[:length]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lengths", nargs="*", type=int, default=[10_000, 100_000], metavar="LENGTH")
    parser.add_argument("--kb", type=Path, default=REPO / "claims.yaml")
    args = parser.parse_args()
    matcher = build_matcher(load_knowledge_base(args.kb), matcher="lexical")
    for length in args.lengths:
        text = statement(length)
        start = time.perf_counter()
        find_matches(matcher, text)
        print(f"{length:,} characters: {time.perf_counter() - start:.1f} s", flush=True)


if __name__ == "__main__":
    main()
