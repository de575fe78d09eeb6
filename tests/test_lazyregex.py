"""Expressions compiled on first use (``factcheck.lazyregex``): they match as compiled ones do, each compiles, and
importing a module compiles none of them (no timing: what is compiled)."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.lazyregex import LazyPattern

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
    assert lazy() is lazy.compiled  # compiled once
    assert lazy().pattern == compiled.pattern and lazy().flags == compiled.flags


def test_a_match_of_a_lazy_pattern_is_a_match_of_its_compiled_pattern() -> None:
    # polarity tells which of its expressions a match came from by identity (``match.re is ...``)
    lazy = LazyPattern(r"\d+")
    found = lazy.search("in 2025")
    assert found is not None and found.re is lazy.compiled


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()
