"""How fast is factcheck from Python, matching many posts in a loop, as a research script does?

    python bench/library_speed.py [--posts 10000] [--hybrid-posts 1000] [--repeat 1]
    python bench/library_speed.py --imports [--import-runs 21]

Generates ``--posts`` distinct social-media-like posts (deterministic: the starter claims and their
aliases, cut, with numbers changed and filler added, and posts of filler alone), then times, on the
starter knowledge base, best of ``--repeat`` runs:

- ``build_matcher``: the lexical and (when the semantic extra runs here) hybrid matchers, warm cache;
  every run below then gets posts no other run read (what is read from a text is cached);
- lexical: ``matcher.search`` in a loop (the matcher alone) against ``find_matches`` in a loop (what
  the public function adds: its argument checks and the threshold) and ``find_matches_for_each``;
- hybrid, on the first ``--hybrid-posts`` posts: ``find_matches`` in a loop (each post embedded
  alone) against ``find_matches_for_each`` (posts embedded ``PREPARE_BATCH`` at a time), each with a
  fresh matcher.

The variants of one matcher run one after the other inside each repeat, so that a change in the
machine's load touches all alike.  Prints milliseconds per post; needs nothing outside the
repository (``FACTCHECK_CACHE_DIR`` chooses the cache folder, as for the command).

``--imports`` times instead what a notebook's first cell pays: ``import factcheck``, ``import
factcheck.text``, ``import factcheck.matching``, and every module of factcheck that a first ``find_matches``
loads (``build_matcher`` on the starter claims, lexical, then one statement: the modules it loads on first
use, listed by a first process, imported alone), each in a fresh process (``--import-runs`` of each,
taken in turns; the median of the wall and of the CPU time of the import statement alone), with the
bytecode cached as an installed package has it (in a temporary ``PYTHONPYCACHEPREFIX``, written by a
first run that is not timed).  The baseline, timed the same way in the same turns, is ``import asyncio``
(the standard library's, which no change here moves): ratios to it compare a busy machine's runs.
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
from collections.abc import Callable, Iterable
from pathlib import Path

from factcheck import Matcher, build_matcher, find_matches, find_matches_for_each, load_knowledge_base
from factcheck.embedding import SemanticUnavailableError
from factcheck.store import bundled_kb_path

FILLER = (
    "lol",
    "smh",
    "RT if you agree",
    "#news",
    "can't believe this",
    "what a day at the beach",
    "thread below",
    "@someone look at this",
    "I love tacos and coffee",
    "source: my uncle",
)


def make_posts(wordings: list[str], count: int, seed: int = 12) -> list[str]:
    """``count`` distinct posts: a wording of a claim, cut or with its numbers changed, among filler;
    a fifth of them filler alone (most posts name no fact-check)."""
    pick = random.Random(seed)
    posts: dict[str, None] = {}
    while len(posts) < count:
        parts = [pick.choice(FILLER)] if pick.random() < 0.5 else []
        if pick.random() < 0.8:
            words = pick.choice(wordings).split()
            if pick.random() < 0.3:
                words = words[: max(4, len(words) * 2 // 3)]
            words = [str(pick.randint(2, 50_000)) if w.isdigit() and pick.random() < 0.5 else w for w in words]
            parts.append(" ".join(words))
        parts.append(f"{pick.choice(FILLER)} #{len(posts)}")
        posts[" ".join(parts)] = None
    return list(posts)


def per_post_ms(run: Callable[[Matcher, list[str]], None], matcher: Matcher, posts: list[str]) -> float:
    start = time.perf_counter()
    run(matcher, posts)
    return (time.perf_counter() - start) / len(posts) * 1000


def loop_search(matcher: Matcher, posts: Iterable[str]) -> None:
    for post in posts:
        matcher.search(post, top=1)


def loop_find(matcher: Matcher, posts: Iterable[str]) -> None:
    for post in posts:
        find_matches(matcher, post, top=1)


def each_find(matcher: Matcher, posts: Iterable[str]) -> None:
    for _matches in find_matches_for_each(matcher, posts, top=1):
        pass


#: what ``--imports`` times, the baseline first (then the modules a first ``find_matches`` loads)
IMPORTED = ("asyncio", "factcheck", "factcheck.text", "factcheck.matching")
#: run in a fresh process: the wall and CPU seconds of importing the modules given, nothing else
IMPORT_TIMER = (
    "import sys, time\n"
    "wall, cpu = time.perf_counter(), time.process_time()\n"
    "for module in sys.argv[1:]: __import__(module)\n"
    "print(time.perf_counter() - wall, time.process_time() - cpu)\n"
)
#: run in a fresh process: the modules of factcheck loaded once a first ``find_matches`` has answered
FIRST_MATCH_MODULES = (
    "import sys\n"
    "from factcheck import build_matcher, find_matches, load_knowledge_base\n"
    "from factcheck.store import bundled_kb_path\n"
    "kb = load_knowledge_base(bundled_kb_path(), use_cache=False)\n"
    "find_matches(build_matcher(kb, matcher='lexical', use_cache=False), 'Ten thousand US soldiers are in Mexico')\n"
    "print(' '.join(sorted(m for m in sys.modules if m == 'factcheck' or m.startswith('factcheck.'))))\n"
)


def import_times(runs: int) -> None:
    """Print the median wall and CPU time of importing each of ``IMPORTED`` in a fresh process, and its
    ratio to the baseline's."""
    import factcheck

    root = str(Path(factcheck.__file__).resolve().parent.parent)  # the checkout this script imported
    with tempfile.TemporaryDirectory(prefix="factcheck-pyc-") as pyc:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env |= {"PYTHONPYCACHEPREFIX": pyc, "PYTHONPATH": os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))}

        def run(*args: str) -> str:
            return subprocess.run([sys.executable, *args], env=env, check=True, capture_output=True, text=True).stdout

        used = run("-c", FIRST_MATCH_MODULES).split()
        rows = {module: [module] for module in IMPORTED}
        rows[f"what a first find_matches loads ({len(used)} modules)"] = used

        def timed(modules: list[str]) -> tuple[float, float]:
            wall, cpu = run("-c", IMPORT_TIMER, *modules).split()
            return float(wall), float(cpu)

        for modules in rows.values():
            timed(modules)  # writes the bytecode
        walls: dict[str, list[float]] = {row: [] for row in rows}
        cpus: dict[str, list[float]] = {row: [] for row in rows}
        for _ in range(runs):
            for row, modules in rows.items():
                wall, cpu = timed(modules)
                walls[row].append(wall)
                cpus[row].append(cpu)
    base_wall, base_cpu = statistics.median(walls[IMPORTED[0]]), statistics.median(cpus[IMPORTED[0]])
    print(f"import, median of {runs} fresh processes each (factcheck from {root}):")
    for row in rows:
        wall, cpu = statistics.median(walls[row]), statistics.median(cpus[row])
        print(
            f"  import {row}: wall {wall * 1000:.1f} ms ({wall / base_wall:.2f} x {IMPORTED[0]}), "
            f"CPU {cpu * 1000:.1f} ms ({cpu / base_cpu:.2f} x {IMPORTED[0]})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--hybrid-posts", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--imports", action="store_true", help="time the imports instead (fresh processes)")
    parser.add_argument("--import-runs", type=int, default=21)
    args = parser.parse_args()
    if args.imports:
        import_times(args.import_runs)
        return
    kb = load_knowledge_base(bundled_kb_path())
    wordings = [text for claim in kb.claims for text in (claim.claim, *claim.aliases)]
    lexical_runs: dict[str, Callable[[Matcher, list[str]], None]] = {
        "search": loop_search,
        "find_matches": loop_find,
        "find_matches_for_each": each_find,
    }
    hybrid_runs = {"find_matches": loop_find, "find_matches_for_each": each_find}
    # Every run gets posts of its own: what is read from a text is cached (textcache.py), and a run
    # given the posts an earlier one read would be timed on a warm cache.
    runs = args.repeat * (len(lexical_runs) + len(hybrid_runs))
    posts = iter(chunks(make_posts(wordings, args.posts * runs), args.posts))
    start = time.perf_counter()
    lexical = build_matcher(kb, matcher="lexical")
    print(f"starter file: {len(kb)} claims; {args.posts} distinct posts a run")
    print(f"build_matcher lexical: {time.perf_counter() - start:.2f} s")
    timings: dict[str, list[float]] = {name: [] for name in lexical_runs}
    for _ in range(args.repeat):
        for name, run in lexical_runs.items():
            timings[name].append(per_post_ms(run, lexical, next(posts)))
    for name, values in timings.items():
        print(f"lexical {name}: {min(values):.3f} ms a post (best of {args.repeat})")
    try:
        start = time.perf_counter()
        build_matcher(kb, matcher="hybrid")
    except SemanticUnavailableError as error:
        print(f"hybrid: not timed ({error})")
        return
    print(f"build_matcher hybrid: {time.perf_counter() - start:.2f} s (model loaded)")
    timings = {name: [] for name in hybrid_runs}
    for _ in range(args.repeat):
        for name, run in hybrid_runs.items():
            fresh = build_matcher(kb, matcher="hybrid")  # none of the posts embedded already
            timings[name].append(per_post_ms(run, fresh, next(posts)[: args.hybrid_posts]))
    for name, values in timings.items():
        print(f"hybrid {name}: {min(values):.2f} ms a post over {args.hybrid_posts} posts (best of {args.repeat})")


def chunks(posts: list[str], size: int) -> list[list[str]]:
    return [posts[i : i + size] for i in range(0, len(posts), size)]


if __name__ == "__main__":
    main()
