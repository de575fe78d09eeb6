"""How long ``factcheck export`` and ``list --json`` take on a big claims file, and how much of it is
the writing of indented JSON.

    .venv/bin/python bench/export_speed.py [--claims 13700] [--file FILE] [--repeat 3]

On a generated file (``validate_speed.claims_yaml``: 13,700 claims with sources are 4.6 MB) or on
``--file`` (the CheckThat! file ``bench/checkthat.py`` converts, say), times each command as a fresh
``factcheck`` process, best of ``--repeat`` runs, after one untimed run that caches the file's
claims (as any earlier command has).  Then, in this process, how long ``json.dumps`` takes on the
same data with ``indent=2`` (what factcheck writes: Python's own encoder, as the C one ignores an
indent before Python 3.13) and without (the C encoder): their difference is the most a faster
writer of the same indented text could save, and each command's time without it is printed
beside it.  The baseline, measured in the same run so that figures from a busy machine can still
be compared, is reading the file with PyYAML's libyaml loader (``yaml.load``, CSafeLoader).

To time another version the same way, put its folder first on the path:

    git worktree add /tmp/before REV && PYTHONPATH=/tmp/before .venv/bin/python bench/export_speed.py
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import best_of
from validate_speed import claims_yaml

from factcheck.claimreview import claim_reviews
from factcheck.exporting import export_settings
from factcheck.store import load_knowledge_base

BASE_URL = "https://example.org/fact-checks/"


def command_seconds(repeat: int, command: list[str], env: dict[str, str], folder: Path) -> float:
    def run() -> None:
        # from the file's folder: ``python -m`` imports a ``factcheck`` folder in the current one first
        done = subprocess.run(command, env=env, capture_output=True, check=False, cwd=folder)
        if done.returncode != 0:
            sys.exit(f"{' '.join(command[3:])} failed ({done.returncode}): {done.stderr.decode()}")

    run()  # caches the file's claims
    return best_of(repeat, run)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=13_700)
    parser.add_argument("--file", type=Path, help="a claims file to time instead of a generated one")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.yaml"
        text = args.file.read_text(encoding="utf-8") if args.file else claims_yaml(args.claims)
        path.write_text(text, encoding="utf-8")
        env = {**os.environ, "NO_COLOR": "1", "FACTCHECK_CACHE_DIR": str(Path(folder) / "cache")}
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        baseline = best_of(args.repeat, lambda: yaml.load(text, Loader=loader))
        factcheck = [sys.executable, "-m", "factcheck"]
        kb = load_knowledge_base(path, use_cache=False)
        reviews = claim_reviews(kb.claims, export_settings(kb, base_url=BASE_URL))
        claims = [claim.to_dict() for claim in kb.claims]
        runs = {
            "export --format claimreview": (["export", "--format", "claimreview", "--base-url", BASE_URL], reviews),
            "export --format json": (["export", "--format", "json"], claims),
            "list --json": (["list", "--json"], claims),
        }
        rows = []
        for label, (arguments, data) in runs.items():
            seconds = command_seconds(args.repeat, [*factcheck, *arguments, "--kb", str(path)], env, Path(folder))
            indented = best_of(args.repeat, lambda data=data: json.dumps(data, ensure_ascii=False, indent=2))
            compact = best_of(args.repeat, lambda data=data: json.dumps(data, ensure_ascii=False))
            rows.append((label, seconds, indented, seconds - (indented - compact)))
    what = str(args.file) if args.file else "a generated file"
    print(f"{what}: {len(kb.claims)} claims ({len(text.encode()) / 1e6:.1f} MB), best of {args.repeat}")
    print(f"{'':30} {'seconds':>8} {'x baseline':>11} {'indent=2':>9} {'at best':>8} {'ratio':>6}")
    print(f"{'baseline (yaml.load, libyaml)':30} {baseline:8.2f} {1.0:11.1f}")
    for label, seconds, indented, at_best in rows:
        ratio = seconds / at_best
        print(f"{label:30} {seconds:8.2f} {seconds / baseline:11.1f} {indented:9.2f} {at_best:8.2f} {ratio:5.2f}x")
    print("indent=2: json.dumps of the command's data as written; at best: the command's time with that")
    print("written as fast as the C encoder writes it without indent; ratio: seconds / at best")


if __name__ == "__main__":
    main()
