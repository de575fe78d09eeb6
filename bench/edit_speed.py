"""How long ``factcheck edit``, ``remove`` and ``add`` take on a big claims file.

    .venv/bin/python bench/edit_speed.py [--claims 13700] [--block-mb 0] [--from-starter] [--file FILE]
        [--repeat 3] [--keep FILE]

Writes a synthetic claims file (``validate_speed.claims_yaml``: 13,700 claims are 4.6 MB), or with
``--block-mb`` a file of two claims, the first with a summary written as a block text (``|``) of that
many MB, or with ``--from-starter`` ``--claims`` claims copied from the starter file with new ids (its
lines recur hundreds of times, as a source cited by many claims does: a whole-file diff took 30 s on
10,000 of them), or copies ``--file`` (the CheckThat! file ``bench/checkthat.py`` converts, say; the
claim changed is its middle entry), then times each command as a fresh ``factcheck`` process, best of
``--repeat`` runs (the cache folder is shared, as a person's is: the file's claims are read back from it,
as they are after any change factcheck wrote). Each run of ``edit`` and ``remove`` starts from a copy of
the file with a comment ``# run N`` added at its end, its claims already in the cache: the file it writes
is new, as any real change's is, so its check parses and validates it afresh. Every run wrote the same
bytes before, and the runs after the first read that check's result from the cache: on 20,000 claims,
best of 3 on a busy machine, edit measured 0.9x the baseline that way and 1.1x this way, remove 0.9x
and 1.4x:

- baseline: reading the file with PyYAML's libyaml loader (``yaml.load``, CSafeLoader), in this process;
- ``edit ID --claim ...`` of a claim in the middle of the file (the long one with ``--block-mb``);
- ``remove ID --yes`` of that claim;
- ``add`` of a new claim, each run to the file the previous one wrote (it builds the matching index
  of the file, to refuse a near-duplicate: an index of that very file is never cached yet; the first
  run reads every text of the file, a later one only the claim the run before added, the others'
  terms read back from the cache, ``lexical_terms``).

and, in this process, the two whole-file passes each of them makes beside reading the file's claims
(which are cached): reading where each entry is (``read_layout``, PyYAML's composer) and parsing and
validating the changed text afresh (the check that it reads back as intended).  What a command could
gain from a faster pass is at most that pass's share of its time.

Prints seconds and each command's ratio to the baseline measured in the same run, so that figures
from a busy machine can still be compared.  Needs nothing outside the repository.  To time another
version the same way, put its folder first on the path (as for validate_speed.py):

    git worktree add /tmp/before REV && PYTHONPATH=/tmp/before .venv/bin/python bench/edit_speed.py
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import timing
from validate_speed import STARTER, claims_yaml

from factcheck.cache import CACHE_ENV_VAR
from factcheck.layout import read_layout
from factcheck.store import parse_knowledge_base

#: what each run of ``add`` adds: unlike each other, as the file it adds to holds the previous runs' ('... report 1'
#: after '... report 0' was refused as a near-duplicate, and a --repeat above 1 stopped the benchmark there)
ADDED_CLAIMS = [
    "Zebras are crossing the Limpopo river in record numbers this year",
    "A new copper mine near Lake Titicaca employs nine hundred workers",
    "The Vienna orchestra cancelled its winter tour of Japan over costs",
    "Glaciers in Patagonia lost a fifth of their ice since the nineties",
    "A chess grandmaster from Chennai won every game of the autumn open",
]
WORDS = "the troops border mexico senate approved deployment report said more than thousand soldiers".split()


def block_yaml(megabytes: float, seed: int = 7) -> str:
    """Two claims, the first with a summary written as a block text of ``megabytes`` MB."""
    rng = random.Random(seed)
    lines = [
        "claims:",
        "  - id: long",
        "    claim: A claim with a long summary",
        '    verdict: "false"',
        "    summary: |",
    ]
    size = 0
    while size < megabytes * 1_000_000:
        line = "      " + " ".join(rng.choice(WORDS) for _ in range(12))
        if rng.random() < 0.05:
            lines.append("")
        lines.append(line)
        size += len(line) + 1
    lines += ["    sources:", "      - url: https://example.org/a", '        date: "2025-01-01"']
    lines += ["  - id: other", "    claim: Another claim", '    verdict: "true"', "    sources:"]
    lines += ["      - url: https://example.org/b", '        date: "2025-01-01"']
    return "\n".join(lines) + "\n"


def starter_copies(count: int) -> str:
    """``count`` claims: the starter file's entries over and over, each copy's ids ending in its number."""
    text = STARTER.read_text(encoding="utf-8")
    head, _, body = text.partition("\nclaims:\n")
    entries = re.split(r"(?m)^(?=  - id: )", body)
    comment_above_first, entries = entries[0], entries[1:]
    copies = [head, "\nclaims:\n", comment_above_first]
    for number in range(count):
        entry = entries[number % len(entries)]
        copy = number // len(entries)
        copies.append(re.sub(r"(?m)^(  - id: \S+)", rf"\g<1>-{copy}", entry, count=1))
    return "".join(copies)


def best_of(repeat: int, command: list[str], original: Path, path: Path, env: dict[str, str], *, anew: bool) -> float:
    """The best time of ``command`` on ``path``: a fresh copy of ``original`` each run (``anew``), with a
    comment of its own at the end (the result differs from the previous run's), else the file as the
    previous run left it (an add on the file the last add wrote, as a person adds one after
    another: its claims are read back from the cache, its matching index is built again)."""
    times = []
    shutil.copyfile(original, path)
    for run in range(repeat):
        if anew:
            data = original.read_bytes()
            data += (b"" if data.endswith((b"\n", b"\r")) else b"\n") + f"# run {run}\n".encode()
            path.write_bytes(data)
            # its claims read back from the cache, as a file factcheck wrote (or read before) is
            os.environ[CACHE_ENV_VAR] = env[CACHE_ENV_VAR]
            parse_knowledge_base(data, str(path))
        this_run = [
            part.replace("{run}", str(run)).replace("{claim}", ADDED_CLAIMS[run % len(ADDED_CLAIMS)])
            for part in command
        ]
        start = time.perf_counter()
        # from the file's folder: ``python -m`` imports a ``factcheck`` folder in the current one first
        done = subprocess.run(this_run, env=env, capture_output=True, text=True, check=False, cwd=path.parent)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit(f"{' '.join(command[3:])} failed ({done.returncode}): {done.stderr}")
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=13_700)
    parser.add_argument(
        "--block-mb", type=float, default=0.0, help="a file of two claims, one with this long a summary"
    )
    parser.add_argument("--from-starter", action="store_true", help="copies of the starter file's claims")
    parser.add_argument("--file", type=Path, help="a claims file to time instead of a generated one")
    parser.add_argument("--repeat", type=int, default=3, help=f"at most {len(ADDED_CLAIMS)}")
    parser.add_argument("--keep", type=Path, help="write the generated claims file here too")
    args = parser.parse_args()
    if not 1 <= args.repeat <= len(ADDED_CLAIMS):
        parser.error(f"--repeat: 1 to {len(ADDED_CLAIMS)} (add needs a claim unlike the previous runs' for each)")
    if args.file:
        text = args.file.read_text(encoding="utf-8")
        ids = re.findall(r"(?m)^ *- id: (\S+)", text)
        if not ids:
            parser.error(f"--file: no '- id: ...' line in {args.file}")
        claim_id = ids[len(ids) // 2]
    elif args.block_mb:
        text, claim_id = block_yaml(args.block_mb), "long"
    elif args.from_starter:
        text = starter_copies(args.claims)
        claim_id = re.findall(r"(?m)^  - id: (\S+)", text)[args.claims // 2]
    else:
        text, claim_id = claims_yaml(args.claims), f"c{args.claims // 2}"
    if args.keep:
        args.keep.write_text(text, encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        original, path = Path(folder) / "original.yaml", Path(folder) / "claims.yaml"
        original.write_text(text, encoding="utf-8")
        env = {**os.environ, "NO_COLOR": "1", CACHE_ENV_VAR: str(Path(folder) / "cache")}
        baseline = min(_load_seconds(original) for _ in range(args.repeat))
        factcheck = [sys.executable, "-m", "factcheck"]
        runs = {
            f"edit {claim_id} --claim": [*factcheck, "edit", claim_id, "--kb", str(path), "--claim", "A claim, edited"],
            f"remove {claim_id} --yes": [*factcheck, "remove", claim_id, "--kb", str(path), "--yes"],
            "add (near-duplicate check)": [
                *factcheck,
                *("add", "--kb", str(path), "--id", "added-{run}", "--verdict", "false", "--summary", "No."),
                *("--claim", "{claim}, report {run}"),
                *("--source-url", "https://example.org/zebras", "--source-date", "2025-01-01"),
            ],
        }
        seconds = {
            label: best_of(args.repeat, command, original, path, env, anew=not label.startswith("add"))
            for label, command in runs.items()
        }
    data = text.encode("utf-8")
    passes = {
        "  read_layout (in this process)": timing.best_of(args.repeat, lambda: read_layout(text)),
        "  parse and validate (the same)": timing.best_of(
            args.repeat, lambda: parse_knowledge_base(data, "claims.yaml", use_cache=False)
        ),
    }
    what = f"2 claims, one with a {args.block_mb} MB summary" if args.block_mb else f"{args.claims} claims"
    what += " copied from the starter file" if args.from_starter and not args.block_mb else ""
    what = str(args.file) if args.file else what
    print(f"{what} ({len(text) / 1e6:.1f} MB), best of {args.repeat}")
    print(f"{'':34} {'seconds':>8} {'x baseline':>11}")
    print(f"{'baseline (yaml.load, libyaml)':34} {baseline:8.2f} {1.0:11.1f}")
    for label, value in {**seconds, **passes}.items():
        print(f"{label:34} {value:8.2f} {value / baseline:11.1f}")


def _load_seconds(path: Path) -> float:
    text = path.read_text(encoding="utf-8")
    start = time.perf_counter()
    yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
