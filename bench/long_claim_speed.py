"""Do ``validate``, ``check``, ``edit`` and ``add`` stay linear in the length of one very long claim?

    .venv/bin/python bench/long_claim_speed.py [--kb 100] [--repeat 1] [--kinds words sentences word]
        [--commands validate check edit add]

Writes a claims file of two claims, the first with a claim text on one line of N and of 4N characters
(N = ``--kb`` thousand characters): ``words``, words without punctuation (one sentence),
``sentences``, short sentences with counts, bounds ("more than", "from under"), dates and names, as an
article pasted into a claim would be, or ``word``, one run of letters with no space (a pasted blob).
Times each command as a fresh ``factcheck`` process with an empty cache folder, best of ``--repeat``
runs, and the same command on the file with a claim of one line (``SHORT``) as its baseline,
measured in the same run:

- ``validate FILE`` (parses, builds the matching index, looks for near-duplicates);
- ``check --kb FILE --matcher lexical STATEMENT`` (the long claim is the candidate the statement is
  compared with: the substitution check, polarity, differences shown);
- ``edit long --kb FILE --verdict true`` (the edit of the long claim, on a fresh copy each run);
- ``add --kb FILE --claim ADDED ...`` (a claim of one line added beside the long one, on a fresh copy each run:
  the search for the claims ``check`` already finds for it compares it with the long claim).

Prints the seconds for both sizes, the growth (about 4 when the time is linear in the length, about 16
when it is quadratic) and the ratio of each to the command's time on the one-line claim.  Needs
nothing outside the repository.  To time another version, put its folder first on the path:

    git worktree add /tmp/before REV && PYTHONPATH=/tmp/before .venv/bin/python bench/long_claim_speed.py
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

WORDS = "the troops border mexico senate approved deployment report said more than thousand soldiers".split()
SENTENCES = [
    "The Senate approved more than 10,000 troops from Mexico on 3 March 2024.",
    "Between 200 and 300 soldiers went to Texas in '19,",
    "under 5 percent of U.S. voters said no;",
    "Biden said the border was closed since 1917!",
    "from over 2,000 to 3,000 migrants (AP)",
    "NATO and the US Army deployed in summer '21 -",
    "El gobierno de México envió 10 mil soldados a la frontera.",
]
STATEMENT = "More than 10,000 US troops were sent to the border"
#: the claim ``add`` adds beside the long one
ADDED = "US troops were sent to the border with Mexico in 2024"
#: the baseline's claim: a claim of one line
SHORT = "The Senate approved more than 10,000 troops for the border in March 2024"


def long_text(kind: str, size: int, seed: int = 7) -> str:
    """About ``size`` characters of ``kind`` ("words", "sentences" or "word"), on one line."""
    if kind == "word":
        return "troops" * (size // 6)
    rng = random.Random(seed)
    pieces = WORDS if kind == "words" else SENTENCES
    parts: list[str] = []
    length = 0
    while length < size:
        parts.append(rng.choice(pieces))
        length += len(parts[-1]) + 1
    return " ".join(parts)


def claims_yaml(claim: str) -> str:
    quoted = "'" + claim.replace("'", "''") + "'"
    return (
        f'claims:\n  - id: long\n    claim: {quoted}\n    verdict: "false"\n    sources:\n'
        '      - url: https://example.org/a\n        date: "2025-01-01"\n'
        '  - id: other\n    claim: Another claim\n    verdict: "true"\n    sources:\n'
        '      - url: https://example.org/b\n        date: "2025-01-01"\n'
    )


def command_seconds(args: list[str], original: Path, folder: Path, repeat: int) -> float:
    """The best wall time of ``factcheck ARGS`` on a fresh copy of ``original`` with an empty cache folder."""
    path, cache = folder / "claims.yaml", folder / "cache"
    env = {**os.environ, "NO_COLOR": "1", "FACTCHECK_CACHE_DIR": str(cache)}
    times = []
    for _ in range(repeat):
        shutil.copyfile(original, path)
        shutil.rmtree(cache, ignore_errors=True)
        command = [sys.executable, "-m", "factcheck", *(str(path) if a == "{kb}" else a for a in args)]
        start = time.perf_counter()
        # from the file's folder: ``python -m`` imports a ``factcheck`` folder in the current one first
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False, cwd=folder)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            sys.exit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return min(times)


COMMANDS = {
    "validate": ["validate", "{kb}"],
    "check": ["check", "--kb", "{kb}", "--matcher", "lexical", STATEMENT],
    "edit long --verdict": ["edit", "long", "--kb", "{kb}", "--verdict", "true"],
    "add beside it": [
        "add",
        "--kb",
        "{kb}",
        "--claim",
        ADDED,
        "--verdict",
        "false",
        "--source-url",
        "https://example.org/c",
    ],
}
#: the short names ``--commands`` takes
SHORT_NAMES = {"validate": "validate", "check": "check", "edit": "edit long --verdict", "add": "add beside it"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=float, default=100.0, help="smaller size, thousand characters (default 100)")
    parser.add_argument("--repeat", type=int, default=1, help="best of this many runs (default 1)")
    parser.add_argument("--kinds", nargs="*", default=["words", "sentences"], choices=["words", "sentences", "word"])
    parser.add_argument("--commands", nargs="*", default=list(SHORT_NAMES), choices=list(SHORT_NAMES))
    args = parser.parse_args()
    commands = {SHORT_NAMES[name]: COMMANDS[SHORT_NAMES[name]] for name in args.commands}
    sizes = (int(args.kb * 1000), int(args.kb * 4000))
    print(f"one claim of {sizes[0]:,} and {sizes[1]:,} characters, best of {args.repeat}")
    print(f"{'kind':10} {'command':20} {'s (short)':>9} {'s (N)':>8} {'s (4N)':>8} {'growth':>7} {'x short':>13}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        original = folder / "original.yaml"
        original.write_text(claims_yaml(SHORT), encoding="utf-8")
        short = {label: command_seconds(command, original, folder, args.repeat) for label, command in commands.items()}
        for kind in args.kinds:
            seconds: dict[str, list[float]] = {label: [] for label in commands}
            for size in sizes:
                original.write_text(claims_yaml(long_text(kind, size)), encoding="utf-8")
                for label, command in commands.items():
                    seconds[label].append(command_seconds(command, original, folder, args.repeat))
            for label, (small, large) in seconds.items():
                base = short[label]
                print(
                    f"{kind:10} {label:20} {base:9.2f} {small:8.2f} {large:8.2f} {large / small:7.1f} "
                    f"{small / base:6.1f} {large / base:6.1f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
