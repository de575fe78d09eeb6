"""How long ``factcheck validate`` takes on a large claims file, against ``check`` on the same file.

    .venv/bin/python bench/validate_speed.py [--claims 5000] [--repeat 3] [--seed 7] [--keep FILE]

Writes a synthetic claims file (deterministic: sentences of 8-20 words drawn from the starter
file's own words, some with a summary and an alias or two; one in twenty is a near-duplicate of an
earlier claim (other punctuation or case, or a word added or dropped) and one in forty the same
claim with another number, which is related but no duplicate), then times, best of ``--repeat``
runs, each as a fresh ``factcheck`` process with an empty cache folder of its own (so every run
builds the index, as the first run on a new file does):

- baseline: ``factcheck check STATEMENT --kb FILE`` (reading the file, building the index, one match);
- ``factcheck validate FILE`` (reading and checking the file, the near-duplicate warnings).

Prints seconds and validate's time as a ratio to the baseline measured in the same run, so that
figures from a busy machine can still be compared, and how many near-duplicate warnings validate
gave (they must not change with a speed-up), and which factcheck was timed.  ``--keep FILE`` keeps the
generated file.  ``--in-process``: instead, in one process, the near-duplicate pass alone (what validate
adds to the index, ``near_duplicate_warnings``) against building the lexical index (the baseline), best of
``--repeat``, with the warnings' count; ``--file FILE`` times a claims file of your own instead.
To time another version the same way, put its folder first on the path:

    git worktree add /tmp/before REV && PYTHONPATH=/tmp/before .venv/bin/python bench/validate_speed.py
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from functools import partial
from hashlib import sha256
from pathlib import Path

STARTER = Path(__file__).resolve().parent.parent / "claims.yaml"
VERDICTS = ["true", "mostly-true", "mixed", "misleading", "mostly-false", "false", "unsupported"]


def vocabulary() -> list[str]:
    """The words of the starter claims file, as often as they occur there (a natural mix of rare and common)."""
    text = STARTER.read_text(encoding="utf-8")
    return [w for w in re.findall(r"[A-Za-z][a-z]+", text) if len(w) > 1]


def sentence(rng: random.Random, words: list[str], low: int, high: int) -> str:
    picked = [rng.choice(words) for _ in range(rng.randint(low, high))]
    if rng.random() < 0.5:
        picked.insert(rng.randrange(len(picked)), str(rng.choice([2, 19, 200, 1846, 2024, 2025, 10000])))
    return " ".join(picked).capitalize() + "."


def near_duplicate(rng: random.Random, text: str, words: list[str]) -> str:
    """The text reworded slightly: other punctuation or case, or a word added or dropped."""
    kind = rng.randrange(4)
    if kind == 0:
        return text.rstrip(".") + "!"
    if kind == 1:
        return text.upper()
    tokens = text.rstrip(".").split()
    if kind == 2:
        tokens.insert(rng.randrange(len(tokens) + 1), rng.choice(words).lower())
    elif len(tokens) > 8:
        del tokens[rng.randrange(1, len(tokens))]
    return " ".join(tokens) + ", reportedly."


def another_number(rng: random.Random, text: str) -> str:
    return text.rstrip(".") + f" in {rng.randint(1900, 2030)}."


def claims_yaml(count: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    words = vocabulary()
    texts: list[str] = []
    lines = ["claims:"]
    for i in range(count):
        if i % 20 == 19:
            text = near_duplicate(rng, rng.choice(texts), words)
        elif i % 40 == 13:
            text = another_number(rng, rng.choice(texts))
        else:
            text = sentence(rng, words, 8, 20)
        texts.append(text)
        lines += [f"  - id: c{i}", f"    claim: {json.dumps(text)}", f"    verdict: {json.dumps(rng.choice(VERDICTS))}"]
        if rng.random() < 0.5:
            lines.append(f"    summary: {json.dumps(sentence(rng, words, 8, 20))}")
        if rng.random() < 0.3:
            lines.append("    aliases:")
            lines += [f"      - {json.dumps(sentence(rng, words, 6, 14))}" for _ in range(rng.randint(1, 3))]
        lines += ["    sources:", f"      - url: https://example.org/checks/{i}", '        date: "2025-01-01"']
    return "\n".join(lines) + "\n"


def timed(command: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    """The command's time and result, run in an empty folder (``python -m`` would import a factcheck in the
    current folder before $PYTHONPATH's) with an empty cache folder."""
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as cwd:
        start = time.perf_counter()
        env = {**env, "FACTCHECK_CACHE_DIR": cache}
        done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True)
        return time.perf_counter() - start, done


def in_process(file: Path | None, claims: int, seed: int, repeat: int) -> None:
    """The near-duplicate pass against the index build, in one process (no start-up, no parsing)."""
    import factcheck
    from factcheck.matching import build_matcher, near_duplicates
    from factcheck.store import load_knowledge_base
    from factcheck.validation import near_duplicate_warnings

    with tempfile.TemporaryDirectory() as folder:
        path = file or Path(folder) / "big.yaml"
        if file is None:
            path.write_text(claims_yaml(claims, seed), encoding="utf-8")
        kb = load_knowledge_base(path, use_cache=False)
    builds, passes = [], []
    warnings = []
    for _ in range(repeat):
        start = time.process_time()
        matcher = build_matcher(kb, matcher="lexical", use_cache=False)
        builds.append(time.process_time() - start)
        start = time.process_time()
        warnings = near_duplicate_warnings(kb, partial(near_duplicates, matcher))
        passes.append(time.process_time() - start)
    print(f"factcheck: {factcheck.__file__}")
    print(
        f"{len(kb.claims)} claims, CPU s, best of {repeat}: index build {min(builds):.2f}  "
        f"near-duplicate pass {min(passes):.2f} = {min(passes) / min(builds):.2f} x the build  "
        f"(all: build {', '.join(f'{b:.2f}' for b in builds)}; pass {', '.join(f'{p:.2f}' for p in passes)}; "
        f"{len(warnings)} warnings, sha256 {sha256(repr([w.message for w in warnings]).encode()).hexdigest()[:12]})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="write the generated claims file here too")
    parser.add_argument("--in-process", action="store_true", help="time the near-duplicate pass alone")
    parser.add_argument("--file", type=Path, help="with --in-process: this claims file, not a generated one")
    args = parser.parse_args()
    if args.in_process:
        in_process(args.file, args.claims, args.seed, args.repeat)
        return
    text = claims_yaml(args.claims, args.seed)
    if args.keep:
        args.keep.write_text(text, encoding="utf-8")
    factcheck = [sys.executable, "-m", "factcheck"]
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.yaml"
        path.write_text(text, encoding="utf-8")
        check_times, validate_times = [], []
        warnings = -1
        for _ in range(args.repeat):
            seconds, done = timed([*factcheck, "check", "US troops are in Mexico", "--kb", str(path)], env)
            check_times.append(seconds)
            if done.returncode not in (0, 1):
                sys.exit(f"check failed ({done.returncode}): {done.stderr}")
            seconds, done = timed([*factcheck, "validate", str(path), "--json"], env)
            validate_times.append(seconds)
            if done.returncode != 0:
                sys.exit(f"validate failed ({done.returncode}): {done.stderr}")
            report = json.loads(done.stdout)
            warnings = sum("near-duplicate" in p["message"] for p in report["problems"])
    check, validate = min(check_times), min(validate_times)
    _, done = timed([sys.executable, "-c", "import factcheck; print(factcheck.__file__)"], env)
    print(f"factcheck: {done.stdout.strip()}")
    print(
        f"{args.claims} claims ({len(text) / 1e6:.1f} MB), best of {args.repeat}: "
        f"check {check:.2f} s  validate {validate:.2f} s = {validate / check:.2f} x check  "
        f"({warnings} near-duplicate warnings)"
    )


if __name__ == "__main__":
    main()
