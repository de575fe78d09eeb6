"""Regular expressions compiled when first used, not when their module is imported.

factcheck's modules compile over 500 expressions at import, many long alternations of word lists: about 0.2 s of
CPU of a ``factcheck check`` on the starter file (each ``re.compile`` timed in process), though that check reads
fewer than half of them.  Those read on a few paths only (a transcript's speaker labels, a Chinese amount, a
rarely met polarity) are ``LazyPattern`` s: compiled on their first use, from the same pattern and flags, so
that they match as the ``re.Pattern`` compiled at import did.  Expressions every check reads stay compiled at
import, where compiling them later would save nothing.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

#: what ``sub`` and ``subn`` take as their replacement, as ``re.Pattern.sub`` does
Replacement = str | Callable[[re.Match[str]], str]


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled when first used, then the same compiled pattern each time (two
    threads may both compile it: the same pattern either way).  Its methods are ``re.Pattern``'s; calling it
    (``_LAZY()``) gives the compiled pattern; its ``pattern`` and ``flags`` are the ones given, there before it is
    compiled (for a pattern built of it)."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __call__(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
        return compiled

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, as calling it gives."""
        return self()

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)

    def sub(self, repl: Replacement, string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def subn(self, repl: Replacement, string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled.subn(repl, string, count)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"


#: an expression compiled at import or on first use, for a function that is given either
AnyPattern = re.Pattern[str] | LazyPattern
