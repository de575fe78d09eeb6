"""Which sentence splitter should ``factcheck scan`` use?  Hard cases and speed, side by side.

    python bench/sentence_splitters.py

Runs every candidate that is installed (install the others to compare them:
``pip install pysbd syntok sentencex blingfire numpy``; nupunkt is a factcheck dependency) on
hard cases from news explainers, and times each on the ~1 MB benchmark article split paragraph
by paragraph, as ``scan`` does.  A plain regular expression is the baseline.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scan_corpus import build_article

Splitter = Callable[[str], list[str]]

# (text, the sentences a careful reader sees)
HARD_CASES: list[tuple[str, list[str]]] = [
    (
        "U.S. troops entered Mexico in 1916. They left in 1917.",
        ["U.S. troops entered Mexico in 1916.", "They left in 1917."],
    ),
    ("The U.S. Senate voted on the plan.", ["The U.S. Senate voted on the plan."]),
    (
        "Gen. Pershing led 6,675 men into Mexico. The hunt failed.",
        ["Gen. Pershing led 6,675 men into Mexico.", "The hunt failed."],
    ),
    ("The request was No. 5 on the agenda. It passed.", ["The request was No. 5 on the agenda.", "It passed."]),
    (
        "Congress spent about $3.5 billion on the plan. That is a lot.",
        ["Congress spent about $3.5 billion on the plan.", "That is a lot."],
    ),
    ("Homicides rose 2.5 times. Nobody was surprised.", ["Homicides rose 2.5 times.", "Nobody was surprised."]),
    (
        'Sheinbaum said, "Our sovereignty is not for sale." Trump disagreed.',
        ['Sheinbaum said, "Our sovereignty is not for sale."', "Trump disagreed."],
    ),
    ('"Is it true?" she asked the minister.', ['"Is it true?" she asked the minister.']),
    (
        "“It is not going to happen.” The president was firm.",
        ["“It is not going to happen.”", "The president was firm."],
    ),
    ("The plane landed at 5 p.m. on Friday.", ["The plane landed at 5 p.m. on Friday."]),
    (
        "Sen. Añorve said 14 personnel would come. The vote was 92 to 0.",
        ["Sen. Añorve said 14 personnel would come.", "The vote was 92 to 0."],
    ),
    (
        "It landed on Jan. 17, 2026, in Toluca. No troops got off.",
        ["It landed on Jan. 17, 2026, in Toluca.", "No troops got off."],
    ),
    (
        "Art. 76 of the constitution is clear. The Senate decides.",
        ["Art. 76 of the constitution is clear.", "The Senate decides."],
    ),
    (
        "Dr. Smith and Mr. Jones met Gov. Abbott. They talked.",
        ["Dr. Smith and Mr. Jones met Gov. Abbott.", "They talked."],
    ),
    (
        "Units such as the 7th Special Forces Group (e.g. ODA 715) trained there. Others did not.",
        ["Units such as the 7th Special Forces Group (e.g. ODA 715) trained there.", "Others did not."],
    ),
    (
        "Approx. 155 Marines took part. The exercise ended in April.",
        ["Approx. 155 Marines took part.", "The exercise ended in April."],
    ),
    ("They waited... Nothing happened.", ["They waited...", "Nothing happened."]),
    (
        "Are there US troops in Mexico? Yes, a few. Really!",
        ["Are there US troops in Mexico?", "Yes, a few.", "Really!"],
    ),
    (
        "J. J. Pershing was a U.S. Army general. He led the expedition.",
        ["J. J. Pershing was a U.S. Army general.", "He led the expedition."],
    ),
    ("The vote was 79–10–1 in April 2024. It passed.", ["The vote was 79–10–1 in April 2024.", "It passed."]),
    (
        "See www.example.com/report.html for more. It has details.",
        ["See www.example.com/report.html for more.", "It has details."],
    ),
    (
        "The force grew to approx. 10,000 troops vs. 6,675 in 1916. Critics objected.",
        ["The force grew to approx. 10,000 troops vs. 6,675 in 1916.", "Critics objected."],
    ),
    ("The troops stayed in the U.S. They never crossed.", ["The troops stayed in the U.S.", "They never crossed."]),
    (
        "Mexico (pop. 130 million) borders the U.S. to the north.",
        ["Mexico (pop. 130 million) borders the U.S. to the north."],
    ),
    (
        "The agreement (signed Oct. 8, 2021) replaced Mérida. It has three pillars.",
        ["The agreement (signed Oct. 8, 2021) replaced Mérida.", "It has three pillars."],
    ),
    (
        "The report, by Mt. Hope College et al., came out in 2020. It was cited widely.",
        ["The report, by Mt. Hope College et al., came out in 2020.", "It was cited widely."],
    ),
    ("It cost $3.5bn.The Senate approved it.", ["It cost $3.5bn.", "The Senate approved it."]),
    ("the senate voted. then it adjourned.", ["the senate voted.", "then it adjourned."]),
    ("Troops arrived (in 2025). More came later.", ["Troops arrived (in 2025).", "More came later."]),
    ("He said the U.N. would help. It did not.", ["He said the U.N. would help.", "It did not."]),
    (
        "In 2025, the U.S. designated six cartels as terrorists. Mexico objected.",
        ["In 2025, the U.S. designated six cartels as terrorists.", "Mexico objected."],
    ),
    (
        "Troops from the U.S. Army's 7th Special Forces Group came. They left in March.",
        ["Troops from the U.S. Army's 7th Special Forces Group came.", "They left in March."],
    ),
    ("The figure is 10,000 (roughly). Others say 12,000.", ["The figure is 10,000 (roughly).", "Others say 12,000."]),
    (
        "Homicides tripled from 2007 to 2023, per the CRS. That is a fact.",
        ["Homicides tripled from 2007 to 2023, per the CRS.", "That is a fact."],
    ),
    ("Pres. Sheinbaum said no. Lt. Col. Smith agreed.", ["Pres. Sheinbaum said no.", "Lt. Col. Smith agreed."]),
    ("The Senate voted 107-0!! Wow.", ["The Senate voted 107-0!!", "Wow."]),
    ("Who knows? Not the Pentagon.", ["Who knows?", "Not the Pentagon."]),
    ('He asked: "Why now?" Nobody answered.', ['He asked: "Why now?"', "Nobody answered."]),
    (
        "The budget rose by 3.5 % in FY2021. It fell in FY2022.",
        ["The budget rose by 3.5 % in FY2021.", "It fell in FY2022."],
    ),
    (
        "NORTHCOM covers Mexico, Canada, etc. and the Bahamas.",
        ["NORTHCOM covers Mexico, Canada, etc. and the Bahamas."],
    ),
    (
        "The exercise ran from Mar. 24 to Apr. 23. It took place on Isla Santa Margarita.",
        ["The exercise ran from Mar. 24 to Apr. 23.", "It took place on Isla Santa Margarita."],
    ),
    ("Fig. 2 shows the trend. It is clear.", ["Fig. 2 shows the trend.", "It is clear."]),
]


def _regex() -> Splitter:
    boundary = re.compile(r"(?<=[.!?])\s+(?=[\"“(]?[A-Z])")
    return lambda text: boundary.split(text)


def _nupunkt() -> Splitter:
    import nupunkt

    tokenizer = nupunkt.load("default")
    return lambda text: tokenizer.texts(text)


def _pysbd() -> Splitter:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda text: segmenter.segment(text)


def _syntok() -> Splitter:
    import syntok.segmenter as segmenter

    def split(text: str) -> list[str]:
        return [
            "".join(token.spacing + token.value for token in sentence)
            for paragraph in segmenter.analyze(text)
            for sentence in paragraph
        ]

    return split


def _sentencex() -> Splitter:
    from sentencex import segment

    return lambda text: list(segment("en", text))


def _blingfire() -> Splitter:
    import blingfire

    return lambda text: blingfire.text_to_sentences(text).split("\n")


CANDIDATES: dict[str, tuple[str | None, Callable[[], Splitter]]] = {
    "regex": (None, _regex),
    "nupunkt": ("nupunkt", _nupunkt),
    "pysbd": ("pysbd", _pysbd),
    "syntok": ("syntok", _syntok),
    "sentencex": ("sentencex", _sentencex),
    "blingfire": ("blingfire", _blingfire),
}


def main() -> None:
    article = build_article()
    paragraphs = [" ".join(p.split()) for p in article.split("\n\n") if p.strip()]
    size_mb = len(article.encode("utf-8")) / 1e6
    print(f"{len(HARD_CASES)} hard cases; speed on {size_mb:.2f} MB ({len(paragraphs)} paragraphs)\n")
    print(f"{'splitter':<10} {'hard cases':>10} {'seconds':>8} {'MB/s':>7}  failures")
    for name, (module, make) in CANDIDATES.items():
        if module and importlib.util.find_spec(module) is None:
            print(f"{name:<10} {'(not installed)':>10}")
            continue
        split = make()
        failures = []
        for text, expected in HARD_CASES:
            got = [s.strip() for s in split(text) if s.strip()]
            if got != expected:
                failures.append(text[:40])
        start = time.perf_counter()
        for paragraph in paragraphs:
            split(paragraph)
        seconds = time.perf_counter() - start
        passed = len(HARD_CASES) - len(failures)
        shown = "; ".join(failures[:3]) + (f"; ... ({len(failures) - 3} more)" if len(failures) > 3 else "")
        print(f"{name:<10} {passed:>4}/{len(HARD_CASES):<5} {seconds:>8.2f} {size_mb / seconds:>7.1f}  {shown}")


if __name__ == "__main__":
    main()
