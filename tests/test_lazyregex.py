"""Expressions compiled on first use (``factcheck.lazyregex``): they match as compiled ones do, each compiles, and
importing a module compiles none of them (no timing: what is compiled)."""

from __future__ import annotations

import copy
import importlib
import pickle
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from factcheck.lazyregex import LazyPattern, built_once

#: the modules that hold lazy patterns, found by their text (a module that starts holding one is tested too)
MODULES = sorted(
    f"factcheck.{path.stem}"
    for path in (Path(__file__).resolve().parent.parent / "factcheck").glob("*.py")
    if path.stem != "lazyregex" and "LazyPattern(" in path.read_text(encoding="utf-8")
)


def test_the_modules_that_compile_on_first_use_are_found() -> None:
    assert {"factcheck.polarity", "factcheck.substitution", "factcheck.text", "factcheck.transcript"} <= set(MODULES)


@pytest.mark.parametrize("module_name", MODULES)
def test_every_lazy_pattern_of_a_module_compiles(module_name: str) -> None:
    # compiled when first used, a broken one would fail only on an input that reaches it: each is compiled here
    module = importlib.import_module(module_name)
    lazy = {name: value for name, value in vars(module).items() if isinstance(value, LazyPattern)}
    assert lazy
    broken = {}
    for name, pattern in lazy.items():
        try:
            pattern()
        except re.error as error:
            broken[name] = str(error)
    assert broken == {}


def test_importing_the_command_line_compiles_no_lazy_pattern() -> None:
    code = (
        "import sys, factcheck.cli, factcheck.transcript\n"
        "from factcheck.lazyregex import LazyPattern\n"
        "modules = [m for name, m in sys.modules.items() if name.startswith('factcheck.')]\n"
        "lazy = [v for m in modules for v in vars(m).values() if isinstance(v, LazyPattern)]\n"
        "print(len(lazy) > 30, [v.pattern[:40] for v in lazy if v._compiled is not None])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.splitlines() == ["True []"], result.stderr


SAMPLE = "US troops: 10,000 in Mexico; 5 000 in Texas. us Troops?"


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [(r"\b(us)\s+(troops)\b", re.IGNORECASE), (r"(?P<number>\d[\d, ]*\d)", 0), (r"[;.?]\s*", 0), (r"^US", 0)],
)
def test_a_lazy_pattern_answers_as_the_compiled_pattern(pattern: str, flags: int) -> None:
    lazy, compiled = LazyPattern(pattern, flags), re.compile(pattern, flags)
    assert (lazy.pattern, lazy.flags) == (pattern, flags)
    for start, end in ((0, len(SAMPLE)), (3, 30)):
        assert _span(lazy.search(SAMPLE, start, end)) == _span(compiled.search(SAMPLE, start, end))
        assert _span(lazy.match(SAMPLE, start, end)) == _span(compiled.match(SAMPLE, start, end))
        assert _span(lazy.fullmatch(SAMPLE, start, end)) == _span(compiled.fullmatch(SAMPLE, start, end))
        assert lazy.findall(SAMPLE, start, end) == compiled.findall(SAMPLE, start, end)
        assert [m.span() for m in lazy.finditer(SAMPLE, start, end)] == [
            m.span() for m in compiled.finditer(SAMPLE, start, end)
        ]
    assert lazy.split(SAMPLE) == compiled.split(SAMPLE)
    assert lazy.split(SAMPLE, 1) == compiled.split(SAMPLE, 1)
    assert lazy.sub("<>", SAMPLE) == compiled.sub("<>", SAMPLE)
    assert lazy.subn(lambda m: m[0].upper(), SAMPLE, 1) == compiled.subn(lambda m: m[0].upper(), SAMPLE, 1)
    assert lazy() is lazy()  # compiled once
    assert lazy().pattern == compiled.pattern and lazy().flags == compiled.flags


def test_a_match_of_a_lazy_pattern_is_a_match_of_its_compiled_pattern() -> None:
    # polarity tells which of its expressions a match came from by identity (``match.re is ...``)
    lazy = LazyPattern(r"\d+")
    found = lazy.search("in 2025")
    assert found is not None and found.re is lazy()


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_threads_first_using_a_lazy_pattern_together_all_get_the_one_compiled_pattern() -> None:
    # a server checking statements in threads: each pattern is compiled once, so that a match's ``re`` is the one
    # pattern for every thread (two compiled objects made polarity's ``_negated_bound`` raise KeyError('10,000'))
    lazy = LazyPattern("|".join(f"word{number}x" for number in range(400)))  # long: compiling it takes a while
    threads = 8
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads switch often, as many threads at once may
    try:
        for _ in range(10):
            lazy._compiled = None  # as at its first use
            re.purge()  # nor in ``re``'s cache of compiled patterns
            barrier = threading.Barrier(threads)
            compiled: list[re.Pattern[str]] = []

            def first_use(barrier: threading.Barrier = barrier, compiled: list[re.Pattern[str]] = compiled) -> None:
                barrier.wait()
                compiled.append(lazy())

            workers = [threading.Thread(target=first_use) for _ in range(threads)]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
            assert len(compiled) == threads
            assert {id(pattern) for pattern in compiled} == {id(lazy())}
    finally:
        sys.setswitchinterval(switch_interval)


def test_a_thread_reading_a_table_being_built_waits_for_it_and_gets_the_same_object() -> None:
    # the second thread comes while the first is building (its build blocked on an event): it is not built twice,
    # and both threads get the one object the first built
    building, finish = threading.Event(), threading.Event()
    builds: list[str] = []

    @built_once
    def table() -> frozenset[str]:
        builds.append(threading.current_thread().name)
        building.set()
        finish.wait(timeout=30)
        return frozenset({"president", "minister"})

    got: dict[str, frozenset[str]] = {}

    def read(name: str) -> None:
        got[name] = table()

    first = threading.Thread(target=read, args=("first",), name="first")
    first.start()
    assert building.wait(timeout=30)
    second = threading.Thread(target=read, args=("second",), name="second")
    second.start()
    second.join(timeout=0.3)  # unlocked, the second would build (and wait on ``finish``) now
    assert second.is_alive() and builds == ["first"]
    finish.set()
    first.join()
    second.join()
    assert builds == ["first"]
    assert got["first"] is got["second"] is table()
    assert table.built and table.__name__ == "table"
    table.forget()
    assert not table.built
    assert table() is not got["first"] and table() == got["first"] and builds == ["first", "MainThread"]


def test_a_table_built_of_lazy_patterns_is_built() -> None:
    # building one holds the lock lazy patterns compile under (stemming a word list may compile one of ``text``'s):
    # the lock is re-entrant, and the build ends rather than waiting for itself
    words = LazyPattern(r"\w+")

    @built_once
    def table() -> frozenset[str]:
        return frozenset(words.findall("troops in Mexico"))

    reader = threading.Thread(target=table, daemon=True)  # a daemon: a deadlock fails the test, not the session
    reader.start()
    reader.join(timeout=30)
    assert not reader.is_alive()
    assert table() == {"troops", "in", "Mexico"}


def test_a_bare_number_after_a_negation_is_read_whatever_compiled_copy_matched(monkeypatch: pytest.MonkeyPatch) -> None:
    # polarity told "not 10,000 US troops" (a bare number) from "not over 10,000" by the identity of the compiled
    # pattern a match came from: a match of another compiled copy (two threads compiling it at once) was read as
    # a bound word, '10,000', and raised KeyError.  Here each match comes from a copy compiled anew.
    from factcheck import polarity

    class EachTimeCompiled(LazyPattern):
        __slots__ = ()

        def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
            re.purge()
            return re.compile(self.pattern, self.flags).match(string, pos, endpos)

    bare = polarity._BARE_NUMBER
    monkeypatch.setattr(polarity, "_BARE_NUMBER", EachTimeCompiled(bare.pattern, bare.flags))
    assert polarity._negated_bound("10,000 us troops in mexico") == (-2, 10000, frozenset({"troop"}))
    assert polarity._negated_bound("2019 levels") is None  # a year a bare number may be: it denies
    assert polarity._negated_bound("over 10,000 us troops in mexico") == (-1, 10000, frozenset({"troop"}))


@pytest.mark.parametrize("compiled_first", [False, True])
def test_a_lazy_pattern_pickles_and_copies_as_its_pattern_and_flags(compiled_first: bool) -> None:
    # a matcher's state may be pickled (a process pool) or deep-copied: the lock it compiles under is no part of it
    lazy = LazyPattern(r"\b(us)\s+(troops)\b", re.IGNORECASE)
    if compiled_first:
        lazy()
    copies = [pickle.loads(pickle.dumps(lazy, protocol)) for protocol in range(pickle.HIGHEST_PROTOCOL + 1)]
    for copied in [*copies, copy.deepcopy(lazy), copy.copy(lazy)]:
        assert type(copied) is LazyPattern and copied is not lazy
        assert (copied.pattern, copied.flags) == (lazy.pattern, lazy.flags)
        assert _span(copied.search(SAMPLE)) == _span(lazy.search(SAMPLE)) == (0, 9)
