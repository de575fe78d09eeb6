"""How long does ``factcheck check -`` take per line over a stream of forum comments, on the starter file?

    python bench/stdin_check_speed.py [--lines 2000] [--repeat 3] [--before FOLDER] [--profile FILE]

A moderator pipes a forum's comments through ``check -``: thousands of short lines, most off-topic, some
restating a starter claim, written with emoji, capitals, hashtags, @mentions, links, quoted replies and
"/s".  The comments are generated here (``comments``, seeded): sentences built from a few dozen fragments,
a third of them a claim of the starter file in a commenter's words.  Each run is a fresh process,
``python -m factcheck check - --kb FILE`` reading them all (the claims file a copy of this folder's
``claims.yaml``, so that ``kb`` in the output is the same for both versions); its best wall time and CPU
time (user + system) of ``--repeat`` runs, and per line.

``--before FOLDER`` times another version too (a worktree of another revision: ``git worktree add
/tmp/before main``), alternately with this one, and prints this version's times as ratios to that one's and
whether both wrote the same bytes (exit code, standard output).  ``--profile FILE`` writes one run's
cProfile statistics of this version to FILE (``python -m pstats FILE``).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
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


def run_once(source: Path, kb: Path, stdin: Path, cwd: Path, profile: Path | None = None) -> tuple[float, float, bytes]:
    """One ``check -`` process with ``source`` first on the path: its wall time, CPU time and (exit code and) output."""
    env = {**os.environ, "PYTHONPATH": str(source), "FACTCHECK_CACHE_DIR": str(cwd / "cache"), "NO_COLOR": "1"}
    profiling = ["-m", "cProfile", "-o", str(profile)] if profile else []
    command = [sys.executable, *profiling, "-m", "factcheck", "check", "-", "--kb", str(kb)]
    with stdin.open("rb") as given, tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=cwd, stdin=given, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        out.seek(0)
        output = bytes([os.waitstatus_to_exitcode(status)]) + out.read()
    return wall, usage.ru_utime + usage.ru_stime, output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=2000, help="comments read (default 2000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each version (default 3)")
    parser.add_argument("--before", type=Path, help="another version's folder, timed alternately")
    parser.add_argument("--profile", type=Path, help="write one run's cProfile statistics of this version here")
    args = parser.parse_args()
    sources = {"this": HERE, **({"before": args.before.resolve()} if args.before else {})}
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        kb = folder / "claims.yaml"
        shutil.copyfile(HERE / "claims.yaml", kb)
        stdin = folder / "comments.txt"
        stdin.write_text("\n".join(comments(args.lines)) + "\n", encoding="utf-8")
        for source in sources.values():
            run_once(source, kb, stdin, folder)  # the claims file's index cached, bytecode written
        if args.profile:
            run_once(HERE, kb, stdin, folder, profile=args.profile)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in sources}
        outputs: dict[str, bytes] = {}
        for _ in range(args.repeat):
            for name, source in sources.items():
                wall, cpu, outputs[name] = run_once(source, kb, stdin, folder)
                times[name].append((wall, cpu))
    print(f"check - over {args.lines:,} generated comments, starter file; best of {args.repeat}")
    best = {name: (min(w for w, _ in runs), min(c for _, c in runs)) for name, runs in times.items()}
    for name, (wall, cpu) in best.items():
        per_line = 1000 * wall / args.lines
        print(f"  {name:7} wall {wall:7.2f} s ({per_line:5.1f} ms a line)  cpu {cpu:7.2f} s")
    if args.before:
        (wall, cpu), (wall_before, cpu_before) = best["this"], best["before"]
        same = outputs["this"] == outputs["before"]
        print(f"  this/before: wall {wall / wall_before:.2f}, cpu {cpu / cpu_before:.2f}; same output: {same}")


if __name__ == "__main__":
    main()
