"""How fast is ``factcheck scan`` on a 1 MB article?

    python bench/scan_speed.py [--mb 1.0] [--repeat 3]

Builds a ~1 MB plain-text article (the test explainer, varied, plus filler: see scan_corpus.py),
then times, best of ``--repeat`` runs:

- baseline: reading and splitting the article into sentences, no claim rules, no matching;
- library: ``scan_article`` on the starter knowledge base (rules, matching, summary), each run in a
  fresh process (what a process reads once it keeps: a second scan in the same process is faster);
- CLI: ``factcheck scan FILE`` once in a subprocess, output to /dev/null (start-up included),
  in the default text format and with --json, run from an empty folder (``python -m`` imports a
  ``factcheck`` folder in the current one first).

Prints seconds, MB/s and the ratio of each to the baseline measured in the same run, so that
figures from a busy machine can still be compared.  Needs nothing outside the repository.  To time
another version the same way, put its folder first on the path:

    git worktree add /tmp/before REV && PYTHONPATH=/tmp/before .venv/bin/python bench/scan_speed.py
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scan_corpus import build_article
from timing import best_of

from factcheck.article import parse_article
from factcheck.scan import scan_article
from factcheck.sentences import split_sentences
from factcheck.store import bundled_kb_path, load_knowledge_base


def cli_seconds(path: Path, kb: Path, *extra: str) -> float:
    command = [sys.executable, "-m", "factcheck", "scan", str(path), "--kb", str(kb), *extra]
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, cwd=path.parent)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"factcheck scan failed ({done.returncode}): {done.stderr.decode()}")
    return seconds


def library_seconds(path: Path) -> float:
    """``scan_article`` of the article at ``path`` in a fresh process, as the CLI runs it."""
    command = [sys.executable, __file__, "--library-once", str(path)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=path.parent)
    return float(done.stdout)


def library_once(path: Path) -> None:
    """Print the seconds ``scan_article`` takes on the article (``--library-once``)."""
    kb = load_knowledge_base(bundled_kb_path())
    article = parse_article(path.read_bytes(), "bench.txt")
    start = time.perf_counter()
    scan_article(article, kb)
    print(time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library-once", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--mb", type=float, default=1.0, help="article size in MB (default 1.0)")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs (default 3)")
    args = parser.parse_args()
    if args.library_once:
        library_once(args.library_once)
        return

    data = build_article(int(args.mb * 1_000_000)).encode("utf-8")
    megabytes = len(data) / 1e6
    kb_path = bundled_kb_path()
    kb = load_knowledge_base(kb_path)

    def baseline() -> int:
        return len(split_sentences(parse_article(data, "bench.txt").blocks))

    report = scan_article(parse_article(data, "bench.txt"), kb)
    s = report.summary
    unique = len({r.text for r in report.results if r.checkable})
    print(
        f"article: {megabytes:.2f} MB, {s.sentences:,} sentences, {s.checkable:,} checkable "
        f"({unique:,} distinct), {s.matched:,} matched; knowledge base: {len(kb)} claims"
    )
    base = best_of(args.repeat, baseline)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_bytes(data)
        library = min(library_seconds(path) for _ in range(args.repeat))
        cli_text = cli_seconds(path, kb_path)
        cli_json = cli_seconds(path, kb_path, "--json")

    print(f"{'':34} {'seconds':>8} {'MB/s':>7} {'x baseline':>11}")
    for label, seconds in (
        ("baseline (read + split)", base),
        ("library scan_article", library),
        ("CLI factcheck scan (text)", cli_text),
        ("CLI factcheck scan --json", cli_json),
    ):
        print(f"{label:34} {seconds:8.2f} {megabytes / seconds:7.2f} {seconds / base:11.1f}")


if __name__ == "__main__":
    main()
