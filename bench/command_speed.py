"""Wall time, CPU time and peak memory of ``factcheck list``, ``validate`` and ``add`` on big claims files,
each a fresh process, as ratios to a baseline process measured in the same run; with ``--before``, against
another version of factcheck too, with a check that both printed the same bytes.

    .venv/bin/python bench/command_speed.py [--claims 1000 5000 20000] [--short 5000 20000] [--repeat 3]
        [--commands list validate add] [--before FOLDER] [--keep FOLDER]

Files: ``--claims N``: ``validate_speed.claims_yaml(N)`` (sentences of 8-20 of the starter file's words, some
near-duplicates); ``--short N``: ``short_claims_yaml(N)``, an adversarial file for the near-duplicate pass:
claims of 3 to 5 words over a vocabulary of 40, so that every word is in thousands of claims and most pairs
of claims share one (a pass that compares the claims sharing a word compares nearly all pairs).

Each command runs ``--repeat`` times as ``python -m factcheck ...`` with an empty cache folder of its own
(what the first run on a new file does: the claims are parsed, the index is built); the best wall time is
printed, with the CPU time (user + system) and the peak resident memory (``ru_maxrss``) of that run.  The
baseline is a fresh Python process that reads the file with PyYAML's libyaml loader (``yaml.load``,
CSafeLoader): ratios to it can be compared between a busy machine's runs.  ``add`` adds one claim with
``--dry-run`` (the file is left as it is, the near-duplicate check and the related claims are done).

``--before FOLDER`` runs every command also with ``FOLDER`` first on the path (a worktree of another
revision: ``git worktree add /tmp/before main``), alternating with this one, and prints this version's
figures as ratios to that one's, and whether the exit code, standard output and standard error were the
same bytes (the columns ``same``).  Needs nothing outside the repository.

``--startup``: the start-up every command pays, on the starter ``claims.yaml``: ``check`` of one statement, ``check -``
of the first 10 statements of ``tests/fixtures/starter_paraphrases.tsv`` piped in, ``--version``, ``--help``,
``validate`` and ``list``, each ``--repeat`` times (default 15), alternating with ``--before``'s version when given.
Unlike the big files' runs, each version has one cache folder, filled by a first run (what a user's second check
reads), and the bytecode is written (``PYTHONDONTWRITEBYTECODE`` removed: ``__pycache__`` folders in this tree and
``--before``'s): the figures are those of the same command typed again.  It takes ``--repeat`` and ``--before``
only: the big files' options are refused.  Printed: the median and the least CPU time (user + system) of each
command, its ratio to ``--before``'s median and whether all runs printed the same bytes; CPU, not wall time, as a
busy machine's other processes change it less.  The import-time breakdown of one of them:
``python -X importtime -m factcheck check "..."``.

    .venv/bin/python bench/command_speed.py --startup --before /tmp/before [--repeat 15]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from validate_speed import claims_yaml

HERE = Path(__file__).resolve().parent.parent
#: the vocabulary of ``short_claims_yaml``
SHORT_WORDS = (
    "troops border mexico senate report vaccine water lead city mayor tax school bridge river election vote "
    "court judge police fire farm price oil gas union strike army navy crime law bank loan rent wage coal "
    "wind solar"
).split()
COMMANDS = ("list", "validate", "add")
#: ``--startup``'s commands: the arguments after ``factcheck``, and whether the statements are piped in
STARTUP_COMMANDS: dict[str, tuple[list[str], bool]] = {
    "check starter": (["check", "US troops are in Mexico"], False),
    "check 10 piped": (["check", "-"], True),
    "--version": (["--version"], False),
    "--help": (["--help"], False),
    "validate": (["validate"], False),
    "list": (["list"], False),
}


def short_claims_yaml(count: int, seed: int = 11) -> str:
    """``count`` claims of 3 to 5 words over ``SHORT_WORDS`` (module docstring), each with a source."""
    rng = random.Random(seed)
    lines = ["claims:"]
    for number in range(count):
        words = [rng.choice(SHORT_WORDS) for _ in range(rng.randint(3, 5))]
        lines += [
            f"  - id: s{number}",
            f"    claim: {' '.join(words).capitalize()}",
            f'    verdict: "{rng.choice(["true", "false", "misleading"])}"',
            "    sources:",
            f"      - url: https://example.org/s{number}",
            '        date: "2025-01-01"',
        ]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    rss_mb: float
    output: tuple[int, bytes, bytes]


def run_once(command: list[str], env: dict[str, str], cwd: Path, stdin: bytes = b"") -> Run:
    """One process, ``stdin`` piped in: its wall time, CPU time, peak memory and (exit code, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as given:
        given.write(stdin)
        given.seek(0)
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=out, stderr=err, stdin=given)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        output = (process.returncode, out.read(), err.read())
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output)


def best(runs: list[Run]) -> Run:
    return min(runs, key=lambda run: run.wall)


def command_line(name: str, path: Path) -> list[str]:
    factcheck = [sys.executable, "-m", "factcheck"]
    if name == "list":
        return [*factcheck, "list", "--kb", str(path)]
    if name == "validate":
        return [*factcheck, "validate", str(path)]
    return [
        *factcheck,
        *("add", "--kb", str(path), "--id", "added-zebras", "--verdict", "false", "--dry-run"),
        *("--claim", "Zebras are crossing the Limpopo river in record numbers this year"),
        *("--source-url", "https://example.org/zebras", "--source-date", "2025-01-01"),
    ]


def timed(command: list[str], folder: Path, source: Path, cache: Path) -> Run:
    """``command`` with ``source`` first on the path and an empty cache folder."""
    cache.mkdir(parents=True, exist_ok=False)
    env = {
        **os.environ,
        "NO_COLOR": "1",
        "COLUMNS": "100",
        "PYTHONPATH": str(source),
        "FACTCHECK_CACHE_DIR": str(cache),
    }
    return run_once(command, env, folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    # the big files' options: no default here, so that one given with --startup (which reads none) is told apart
    parser.add_argument("--claims", type=int, nargs="*", help="big files' sizes (default 1000 5000 20000)")
    parser.add_argument("--short", type=int, nargs="*", help="adversarial files' sizes (default 5000 20000)")
    parser.add_argument("--commands", nargs="*", choices=COMMANDS, help="commands timed (default all)")
    parser.add_argument("--repeat", type=int, help="runs of each command (default 3; with --startup 15)")
    parser.add_argument("--before", type=Path, help="another version's folder, timed alternately")
    parser.add_argument("--keep", type=Path, help="write the generated files into this folder too")
    parser.add_argument(
        "--startup",
        action="store_true",
        help="the start-up of commands on the starter file (writes bytecode: __pycache__ folders in this tree and "
        "--before's); takes --repeat and --before only",
    )
    args = parser.parse_args()
    if args.startup:
        big_files = {"--claims": args.claims, "--short": args.short, "--commands": args.commands, "--keep": args.keep}
        given = [option for option, value in big_files.items() if value is not None]
        if given:
            parser.error(f"--startup times the starter file's commands: {', '.join(given)} would be ignored")
        startup(args.before, args.repeat or 15)
        return
    args.claims = [1000, 5000, 20000] if args.claims is None else args.claims
    args.short = [5000, 20000] if args.short is None else args.short
    args.commands = list(COMMANDS) if args.commands is None else args.commands
    args.repeat = args.repeat or 3
    files = [(f"{n} claims", claims_yaml(n)) for n in args.claims]
    files += [(f"{n} short claims", short_claims_yaml(n)) for n in args.short]
    sources = {"this": HERE, **({"before": args.before.resolve()} if args.before else {})}
    print(f"this: {HERE}" + (f", before: {args.before}" if args.before else "") + f"; best of {args.repeat}")
    header = f"{'':28} {'wall s':>7} {'x base':>7} {'cpu s':>7} {'x base':>7} {'MB':>6} {'x base':>7}"
    if args.before:
        header += f" {'wall/bef':>8} {'cpu/bef':>8} {'MB/bef':>7} {'same':>5}"
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        counter = iter(range(1_000_000))
        for label, text in files:
            path = folder / f"{label.replace(' ', '-')}.yaml"
            path.write_text(text, encoding="utf-8")
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                (args.keep / path.name).write_text(text, encoding="utf-8")
            load = [sys.executable, "-c", f"import yaml; yaml.load(open({str(path)!r}).read(), yaml.CSafeLoader)"]
            base = best([timed(load, folder, HERE, folder / f"cache{next(counter)}") for _ in range(args.repeat)])
            print(f"\n{label} ({len(text) / 1e6:.1f} MB)")
            print(header)
            print(f"{'baseline (yaml.load)':28} {_figures(base, base)}")
            for name in args.commands:
                runs: dict[str, list[Run]] = {version: [] for version in sources}
                for _ in range(args.repeat):
                    for version, source in sources.items():
                        cache = folder / f"cache{next(counter)}"
                        runs[version].append(timed(command_line(name, path), folder, source, cache))
                mine = best(runs["this"])
                if any(run.output[0] not in (0, 1) for run in runs["this"]):
                    sys.exit(f"{name} on {label} failed: {mine.output[2].decode(errors='replace')}")
                line = f"{name:28} {_figures(mine, base)}"
                if args.before:
                    theirs = best(runs["before"])
                    same = all(run.output == theirs.output for run in runs["this"] + runs["before"])
                    line += (
                        f" {mine.wall / theirs.wall:8.2f} {mine.cpu / theirs.cpu:8.2f}"
                        f" {mine.rss_mb / theirs.rss_mb:7.2f} {'yes' if same else 'NO':>5}"
                    )
                print(line, flush=True)


def startup(before: Path | None, repeat: int) -> None:
    """``--startup`` (module docstring): each command's CPU time on the starter file, the cache filled and the
    bytecode written, as this version and ``before`` (alternately) take it."""
    sources = {"this": HERE, **({"before": before.resolve()} if before else {})}
    paraphrases = (HERE / "tests" / "fixtures" / "starter_paraphrases.tsv").read_text(encoding="utf-8")
    statements = [line.split("\t")[1] for line in paraphrases.splitlines() if line and not line.startswith("#")]
    piped = "".join(f"{statement}\n" for statement in statements[:10]).encode()
    print(f"this: {HERE}" + (f", before: {before}" if before else "") + f"; {repeat} runs each, CPU s (user + system)")
    header = f"{'':16} {'median':>7} {'least':>7}"
    if before:
        header += f" {'before':>7} {'least':>7} {'ratio':>6} {'same':>5}"
    print(header)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        (folder / "claims.yaml").write_bytes((HERE / "claims.yaml").read_bytes())
        environments = {}
        for version, source in sources.items():
            environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
            cache = folder / f"cache-{version}"
            cache.mkdir()
            environment.update(NO_COLOR="1", COLUMNS="100", PYTHONPATH=str(source), FACTCHECK_CACHE_DIR=str(cache))
            environments[version] = environment
        for name, (arguments, piping) in STARTUP_COMMANDS.items():
            command = [sys.executable, "-m", "factcheck", *arguments]
            given = piped if piping else b""
            runs: dict[str, list[Run]] = {version: [] for version in sources}
            for version in sources:  # the bytecode written, the index cached: not timed
                run_once(command, environments[version], folder, given)
            for _ in range(repeat):
                for version in sources:
                    runs[version].append(run_once(command, environments[version], folder, given))
            if any(run.output[0] != 0 for run in runs["this"]):
                sys.exit(f"{name} failed: {runs['this'][0].output[2].decode(errors='replace')}")
            mine = [run.cpu for run in runs["this"]]
            line = f"{name:16} {statistics.median(mine):7.3f} {min(mine):7.3f}"
            if before:
                theirs = [run.cpu for run in runs["before"]]
                ratio = statistics.median(mine) / statistics.median(theirs)
                same = len({run.output for run in runs["this"] + runs["before"]}) == 1
                line += (
                    f" {statistics.median(theirs):7.3f} {min(theirs):7.3f} {ratio:6.2f} {'yes' if same else 'NO':>5}"
                )
            print(line, flush=True)


def _figures(run: Run, base: Run) -> str:
    """Wall time, CPU time and peak memory, each with its ratio to the baseline's."""
    return (
        f"{run.wall:7.2f} {run.wall / base.wall:7.1f} {run.cpu:7.2f} {run.cpu / base.cpu:7.1f}"
        f" {run.rss_mb:6.0f} {run.rss_mb / base.rss_mb:7.1f}"
    )


if __name__ == "__main__":
    main()
