"""How long does ``factcheck check -`` take per line over a stream of forum comments, on the starter file?

    python bench/stdin_check_speed.py [--lines 2000] [--repeat 3] [--before FOLDER] [--profile FILE]

A moderator pipes a forum's comments through ``check -``: thousands of short lines, most off-topic, some
restating a starter claim, written with emoji, capitals, hashtags, @mentions, links, quoted replies and
"/s".  The comments are generated here (``comments``, seeded): sentences built from a few dozen fragments,
a third of them a claim of the starter file in a commenter's words.  Each run is a fresh process,
``python -m factcheck check - --kb FILE`` reading them all (the claims file a copy of this folder's
``claims.yaml``, so that ``kb`` in the output is the same for both versions); its best wall time and CPU
time (user + system) of ``--repeat`` runs, and per line.  CPU time is the figure to compare: wall time
is that of a shared machine and noisy.

``--before FOLDER`` times another version too, alternately with this one: a folder holding the
``factcheck`` package of another revision, the baseline, which is the commit before the change timed
(or main): ``git worktree add /tmp/before main``.  It prints this version's times as ratios to that one's
and whether every run of both wrote the same bytes (exit code, standard output, standard error); they do
only when the versions differ in speed alone, so a change of what ``check -`` answers shows as "same
output: no".  A run that exits with another code than 0 or 1, is killed by a signal or writes a
traceback is a failure: the script says which version failed and how, shows its standard error, and
exits 1.  ``--profile FILE`` writes one run's cProfile statistics of this version to FILE
(``python -m pstats FILE``).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

#: commenters' wordings of starter claims (written for this script)
ON_TOPIC = (
    "there are more than 10,000 US troops in Mexico right now",
    "Trump signed a secret order letting the military go after the cartels",
    "US special forces are already doing ground ops against cartels inside Mexico",
    "Sheinbaum turned down Trump's offer to send the US Army into Mexico",
    "the Merida Initiative sent US troops to Mexico",
    "US drones fly over Mexico and the Mexican government knows about it",
    "a US military plane landed in Toluca and brought troops in without Senate approval",
    "Hay más de 10.000 soldados estadounidenses en México",
    "labeling cartels as terrorists gave the US military permission to operate in Mexico",
    "US and Mexican soldiers patrol the border together inside Mexico",
)
SUBJECTS = ("the US army", "american troops", "marines", "Sheinbaum", "Trump", "the cartels", "my cousin", "the DEA")
VERBS = ("is in", "went to", "left", "trained in", "flew over", "posted about", "hates", "loves")
PLACES = ("Mexico", "Tijuana", "the border", "Sinaloa", "Texas", "the forum", "Juarez", "El Paso")
TAILS = ("lol", "😂😂", "!!!", "smh", "#news", "@bob", "https://t.co/xyz", "/s", "imo", "", "🇺🇸🇲🇽")


def comments(count: int, seed: int = 46) -> list[str]:
    """``count`` comments (module docstring)."""
    rng = random.Random(seed)
    lines = []
    for _ in range(count):
        if rng.random() < 0.33:
            text = f"{rng.choice(ON_TOPIC)} {rng.choice(TAILS)}"
        else:
            text = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(PLACES)} {rng.choice(TAILS)}"
        if rng.random() < 0.2:
            text = text.upper()
        if rng.random() < 0.15:
            text = "> " + text
        lines.append(text.strip())
    return lines


@dataclass(frozen=True)
class Run:
    """One ``check -`` process: its wall time, CPU time (user + system), exit code (minus the signal's number
    when a signal killed it), standard output and standard error."""

    wall: float
    cpu: float
    code: int
    stdout: bytes
    stderr: bytes


def run_once(source: Path, kb: Path, stdin: Path, cwd: Path, profile: Path | None = None) -> Run:
    """One ``check -`` process with ``source`` first on the path."""
    env = {**os.environ, "PYTHONPATH": str(source), "FACTCHECK_CACHE_DIR": str(cwd / "cache"), "NO_COLOR": "1"}
    profiling = ["-m", "cProfile", "-o", str(profile)] if profile else []
    command = [sys.executable, *profiling, "-m", "factcheck", "check", "-", "--kb", str(kb)]
    with stdin.open("rb") as given, tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=cwd, stdin=given, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        return Run(wall, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status), out.read(), err.read())


def failure(run: Run) -> str | None:
    """How ``run`` failed, or None: an exit code other than 0 (matches) or 1 (none), a signal, a traceback."""
    if run.code < 0:
        try:
            name = signal.Signals(-run.code).name
        except ValueError:
            name = f"signal {-run.code}"
        return f"killed by {name}"
    if run.code not in (0, 1):
        return f"exit code {run.code}"
    if b"Traceback (most recent call last)" in run.stderr:
        return f"a traceback (exit code {run.code})"
    return None


def checked(name: str, source: Path, run: Run) -> Run:
    """``run``, or the script's exit (code 1) saying how version ``name`` (in ``source``) failed."""
    how = failure(run)
    if how is not None:
        stderr = run.stderr.decode("utf-8", errors="replace")[-3000:].rstrip() or "(empty)"
        sys.exit(f"check - of {name} ({source}) failed: {how}; its standard error:\n{stderr}")
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=2000, help="comments read (default 2000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each version (default 3)")
    parser.add_argument("--before", type=Path, help="another version's folder, timed alternately")
    parser.add_argument("--profile", type=Path, help="write one run's cProfile statistics of this version here")
    args = parser.parse_args()
    if args.lines < 1 or args.repeat < 1:
        parser.error("--lines and --repeat must be at least 1")
    if args.before and not (args.before / "factcheck" / "__init__.py").is_file():
        parser.error(
            f"--before {args.before}: no factcheck/ package in that folder; give the folder of another revision"
            " (git worktree add /tmp/before main)"
        )
    sources = {"this": HERE, **({"before": args.before.resolve()} if args.before else {})}
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        kb = folder / "claims.yaml"
        shutil.copyfile(HERE / "claims.yaml", kb)
        stdin = folder / "comments.txt"
        stdin.write_text("\n".join(comments(args.lines)) + "\n", encoding="utf-8")
        for name, source in sources.items():
            checked(name, source, run_once(source, kb, stdin, folder))  # the index cached, bytecode written
        if args.profile:
            checked("this", HERE, run_once(HERE, kb, stdin, folder, profile=args.profile))
        runs: dict[str, list[Run]] = {name: [] for name in sources}
        for _ in range(args.repeat):
            for name, source in sources.items():
                runs[name].append(checked(name, source, run_once(source, kb, stdin, folder)))
    print(f"check - over {args.lines:,} generated comments, starter file; best of {args.repeat}")
    best = {name: (min(run.wall for run in done), min(run.cpu for run in done)) for name, done in runs.items()}
    for name, (wall, cpu) in best.items():
        print(
            f"  {name:7} cpu {cpu:7.2f} s ({1000 * cpu / args.lines:5.1f} ms a line)"
            f"  wall {wall:7.2f} s ({1000 * wall / args.lines:5.1f} ms a line)"
        )
    if args.before:
        (wall, cpu), (wall_before, cpu_before) = best["this"], best["before"]
        first = runs["this"][0]
        same = all(
            (run.code, run.stdout, run.stderr) == (first.code, first.stdout, first.stderr)
            for run in runs["this"] + runs["before"]
        )
        print(
            f"  this/before: cpu {cpu / cpu_before:.2f}, wall {wall / wall_before:.2f} (noisy);"
            f" same output: {'yes' if same else 'NO'}"
        )


if __name__ == "__main__":
    main()
