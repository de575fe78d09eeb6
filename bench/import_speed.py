"""How long ``factcheck import`` takes on a large file, phase by phase.

A synthetic Google Fact Check Tools response (deterministic: made-up claims of 8-16 random words,
one in ten repeated with other punctuation so that duplicate skipping has work) is imported into a
copy of the starter claims file.  Phases: reading the file (``parse_import``), planning (ids,
verdicts, duplicate checks against the file and within the batch) and writing (``add_claims``:
validation of each claim and of the whole result, atomic write).  The export of the result is
timed too.  The baseline, measured in the same run so that figures from a busy machine can still be
compared, is reading the resulting claims file with PyYAML's libyaml loader (``yaml.load``,
CSafeLoader); each phase is printed in seconds and the total as a ratio to it.

    .venv/bin/python bench/import_speed.py [N ...]     # default: 500 2000

``--datafeed`` imports a ClaimReview DataFeed instead, as Data Commons publishes one: each record with its
page's url, an author, the claim's author and date and one appearance, a 6-point rating with its label (21,000
records make a 23 MB file, the size of the feed that took minutes to import).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
import time
from pathlib import Path

import yaml

from factcheck.claimreview import ExportSettings
from factcheck.editing import add_claims
from factcheck.exporting import ExportFormat, export_text
from factcheck.importformats import parse_import
from factcheck.importing import plan_import
from factcheck.ratings import RatingMap
from factcheck.store import load_knowledge_base

STARTER = Path(__file__).resolve().parent.parent / "claims.yaml"
WORDS = (
    "troops border senate mayor river bridge school budget vaccine election tax drought fuel wages police "
    "rail court hospital farm export import tariff storm museum airport harbour census prison rent loan"
).split()
RATINGS = ["False", "Mostly False", "Half True", "Misleading", "True", "Pants on Fire", "Cherry Picks"]


def google_response(count: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    claims = []
    for i in range(count):
        if i % 10 == 9:  # a repeat of an earlier claim, as search results often have
            text = claims[rng.randrange(len(claims))]["text"].upper()
        else:
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))).capitalize() + f" {i}."
        claims.append(
            {
                "text": text,
                "claimant": rng.choice(["A blog", "A post", "A politician"]),
                "claimReview": [
                    {
                        "publisher": {"name": "Example Desk", "site": "example.org"},
                        "url": f"https://example.org/checks/{i}",
                        "title": f"Check number {i}",
                        "reviewDate": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T00:00:00Z",
                        "textualRating": rng.choice(RATINGS),
                    }
                ],
            }
        )
    return json.dumps({"claims": claims}).encode()


def data_feed(count: int, seed: int = 11) -> bytes:
    rng = random.Random(seed)
    items = []
    for i in range(count):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 22))).capitalize() + f" {i}."
        host = rng.choice(["politifact", "fullfact", "leadstories", "factcheck", "afp"]) + ".example"
        review = {
            "@type": "ClaimReview",
            "datePublished": f"20{rng.randint(17, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "url": f"https://www.{host}/fact-check/{2017 + i % 8}/{i}-" + "-".join(text.lower().split()[:6]),
            "author": {"@type": "Organization", "name": host, "url": f"https://www.{host}/"},
            "claimReviewed": text,
            "itemReviewed": {
                "@type": "Claim",
                "author": {"@type": "Person", "name": rng.choice(["A blog", "A post", "A politician"])},
                "datePublished": f"20{rng.randint(17, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "appearance": [{"@type": "CreativeWork", "url": f"https://social.example/post/{i}"}],
            },
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": str(rng.randint(1, 6)),
                "bestRating": "6",
                "worstRating": "1",
                "alternateName": rng.choice(RATINGS),
            },
            "name": "Fact check: " + text[:80],
        }
        items.append({"@type": "DataFeedItem", "item": [review]})
    feed = {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": items}
    return json.dumps(feed, indent=1).encode()


def run(count: int, *, datafeed: bool = False) -> None:
    data = data_feed(count) if datafeed else google_response(count)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "claims.yaml"
        shutil.copyfile(STARTER, target)
        kb = load_knowledge_base(target)
        t0 = time.perf_counter()
        parsed = parse_import(data, "bench.json")
        t1 = time.perf_counter()
        plan = plan_import(parsed, kb, RatingMap())
        t2 = time.perf_counter()
        add_claims(target, plan.added)
        t3 = time.perf_counter()
        result = load_knowledge_base(target)
        export_text(result.claims, ExportFormat.CLAIMREVIEW, ExportSettings("https://factcheck.example/c/"), feed=False)
        t4 = time.perf_counter()
        yaml.load(target.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        baseline = time.perf_counter() - t4
    print(
        f"{count:>6} records ({len(data) / 1e6:.1f} MB): read {t1 - t0:6.2f} s  plan {t2 - t1:6.2f} s "
        f"({len(plan.added)} added, {len(plan.skipped)} skipped)  write {t3 - t2:6.2f} s  "
        f"load+export {t4 - t3:5.2f} s  total {t4 - t0:6.2f} s = {(t4 - t0) / baseline:5.1f} x "
        f"yaml.load of the result ({baseline:.2f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("counts", nargs="*", type=int, default=[500, 2000], metavar="N", help="records to import")
    parser.add_argument("--datafeed", action="store_true", help="a ClaimReview DataFeed, not a Google response")
    arguments = parser.parse_args()
    for count in arguments.counts:
        run(count, datafeed=arguments.datafeed)


if __name__ == "__main__":
    main()
