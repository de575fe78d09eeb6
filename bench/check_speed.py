"""How long does a warm ``factcheck check`` take on the 10,375-claim CheckThat! knowledge base?

    python bench/check_speed.py [--runs 7] [--kb FILE] [--phases] [--build]

The acceptance for ``check`` on a big file: once its index is cached (the second run), the whole
command answers in well under a second.  This times, interleaved so that a change in the machine's
load touches all alike, ``--runs`` runs of each of:

- baseline: ``python -c "import numpy"`` (the interpreter starting and the one library every lexical
  check needs: work factcheck's code does not change);
- ``factcheck --version`` (Python and the command line starting);
- ``factcheck check --kb BIG STATEMENT`` (warm: the claims file and its index read from the cache);
- the same with ``MEXICO_STATEMENT``, whose "Mexico" has a term the file may give Spanish words alone
  (``text.SPANISH_WORD_TERMS``): the typo reader asks the file's texts whether it does (reading them
  all for every word of the file, before the statement's length was known, took 7.6-14.7 s here);
- ``factcheck check STATEMENT`` on the starter file.

It prints the minimum and median wall time of each, its CPU time (user + system), and the ratio of
each median to the baseline's.  ``--phases`` adds an in-process breakdown of one warm check (best of
``--runs``): importing the command line, reading the claims file, building the matcher, the first
search.  ``--build`` adds the cold index build, what the first ``check`` of a changed file pays:
the big file's ``LexicalIndex.build``, each run in a fresh process (no text read before).  The big
file is the one ``bench/checkthat.py`` writes (``<cache>/bench/checkthat2020-claims.yaml``);
without it (and no ``--kb``) the script says so and exits 0.

With ``PYTHONDONTWRITEBYTECODE`` set, Python compiles every factcheck module from source on every
run (no ``__pycache__``): the script says so, since that alone costs a tenth of a second or more.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

STATEMENT = "Obama was born in Kenya"
MEXICO_STATEMENT = "Mexico sent troops to the border"
PHASES = """
import sys, time
start = time.perf_counter()
import factcheck.cli
imported = time.perf_counter()
from factcheck.matching import build_matcher
from factcheck.store import load_knowledge_base
kb = load_knowledge_base(sys.argv[1])
loaded = time.perf_counter()
matcher = build_matcher(kb)
built = time.perf_counter()
matcher.search(sys.argv[2], top=3)
searched = time.perf_counter()
print(imported - start, loaded - imported, built - loaded, searched - built)
"""
BUILD = """
import sys, time
from factcheck.lexical_index import LexicalIndex
from factcheck.store import load_knowledge_base
claims = load_knowledge_base(sys.argv[1]).claims
start = time.perf_counter(), time.process_time()
LexicalIndex.build(claims)
print(time.perf_counter() - start[0], time.process_time() - start[1])
"""


def factcheck_command() -> list[str]:
    found = shutil.which("factcheck", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "factcheck"]


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run of ``command``; exit codes 0 and 1 are answers."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode()}")
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (default 7)")
    parser.add_argument("--kb", type=Path, help="the big claims file (default: the one bench/checkthat.py writes)")
    parser.add_argument("--statement", default=STATEMENT, help=f"the statement checked (default {STATEMENT!r})")
    parser.add_argument("--phases", action="store_true", help="also time the phases of one check, in process")
    parser.add_argument("--build", action="store_true", help="also time a cold index build, in process")
    args = parser.parse_args()

    from factcheck import cache

    kb = args.kb or cache.cache_dir() / "bench" / "checkthat2020-claims.yaml"
    if not kb.is_file():
        print(f"no knowledge base at {kb}: run bench/checkthat.py first (or give --kb); nothing timed")
        return 0
    fc = factcheck_command()
    commands = {
        'baseline: python -c "import numpy"': [sys.executable, "-c", "import numpy"],
        "factcheck --version": [*fc, "--version"],
        f"factcheck check --kb {kb.name} (warm)": [*fc, "check", "--kb", str(kb), args.statement],
        f"factcheck check --kb {kb.name} (Mexico ...)": [*fc, "check", "--kb", str(kb), MEXICO_STATEMENT],
        "factcheck check (starter file)": [*fc, "check", args.statement],
    }
    timed(commands[f"factcheck check --kb {kb.name} (warm)"])  # builds or reads the caches once
    walls: dict[str, list[float]] = {label: [] for label in commands}
    cpus: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(args.runs):
        for label, command in commands.items():
            wall, cpu = timed(command)
            walls[label].append(wall)
            cpus[label].append(cpu)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"{args.runs} runs each, interleaved; load average {load} on {os.cpu_count()} CPUs")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("PYTHONDONTWRITEBYTECODE is set: every run compiles factcheck's modules from source")
    baseline = statistics.median(next(iter(walls.values())))
    print(f"  {'command':<48} {'wall min':>8} {'median':>7} {'CPU med':>8} {'/ baseline':>10}")
    for label in commands:
        median = statistics.median(walls[label])
        print(
            f"  {label:<48} {min(walls[label]):8.3f} {median:7.3f} {statistics.median(cpus[label]):8.3f}"
            f" {median / baseline:10.2f}"
        )
    if args.phases:
        rows = []
        for _ in range(args.runs):
            out = subprocess.run(
                [sys.executable, "-c", PHASES, str(kb), args.statement], capture_output=True, text=True, check=True
            )
            rows.append([float(x) for x in out.stdout.split()])
        names = ("import factcheck.cli", "load_knowledge_base", "build_matcher", "first search")
        print(f"in process, one warm check (min / median of {args.runs}):")
        for i, name in enumerate(names):
            column = [row[i] for row in rows]
            print(f"  {name:<24} {min(column):6.3f} {statistics.median(column):6.3f} s")
    if args.build:
        build = [sys.executable, "-c", BUILD, str(kb)]
        outs = [subprocess.run(build, capture_output=True, text=True, check=True).stdout for _ in range(args.runs)]
        wall, cpu = ([float(out.split()[i]) for out in outs] for i in (0, 1))
        print(f"LexicalIndex.build of {kb.name}, cold (a fresh process each; min / median of {args.runs}):")
        print(f"  wall {min(wall):6.3f} {statistics.median(wall):6.3f} s")
        print(f"  CPU  {min(cpu):6.3f} {statistics.median(cpu):6.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
