"""Regular expressions compiled when first used, not when their module is imported.

factcheck's modules compile over 500 expressions at import, many long alternations of word lists: about 0.2 s of
CPU of a ``factcheck check`` on the starter file (each ``re.compile`` timed in process), though that check reads
fewer than half of them.  Those read for some statements only (a transcript's speaker labels, a Chinese amount, a
rarely met polarity, a substitution check of a close match) are ``LazyPattern`` s: compiled on their first use,
from the same pattern and flags, so that they match as the ``re.Pattern`` compiled at import did.  Which are read
depends on the statement: ``factcheck check "The moon is made of cheese"`` compiles none of polarity's,
substitution's and transcript's, ``"US troops are in Mexico"`` three of substitution's (``_BOTH_WAYS``, ``_WORD``,
``_SPANISH_PASSIVE``); many statements read more of them, each compiled once.  Expressions every check reads
stay compiled at import, where compiling them later would save nothing.

``built_once`` does the same for a word table or an expression built of other tables (stemmed word lists, an
alternation of many characters): a function of no argument whose value is built on its first call, under the same
lock, then given again to every caller.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

#: what ``sub`` and ``subn`` take as their replacement, as ``re.Pattern.sub`` does
Replacement = str | Callable[[re.Match[str]], str]

#: held while a lazy pattern is compiled or a ``built_once`` value built: threads first using one at once get one
#: object, not one each (polarity read which expression a match came from by its identity: a second copy raised
#: KeyError).  One lock for all of them: compiling holds the interpreter anyway, and a lock is no state of a pattern
#: to pickle.  Re-entrant: building a word table stems its words, which may compile a lazy pattern of ``text``
_COMPILING = threading.RLock()

_T = TypeVar("_T")


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled when first used, then the same compiled pattern each time, whatever
    the threads using it (compiled once, under a lock).  Its methods are ``re.Pattern``'s; calling it (``_LAZY()``)
    gives the compiled pattern; its ``pattern`` and ``flags`` are the ones given, there before it is compiled (for a
    pattern built of it).  It pickles and copies as its pattern and flags."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __call__(self) -> re.Pattern[str]:
        return self._compiled or self._compile()

    def _compile(self) -> re.Pattern[str]:
        with _COMPILING:
            compiled = self._compiled  # another thread may have compiled it while this one waited
            if compiled is None:
                compiled = self._compiled = re.compile(self.pattern, self.flags)
        return compiled

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, int]]:
        return (type(self), (self.pattern, self.flags))

    # each method reads the compiled pattern itself, not through ``self()``: one call less on every use
    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._compiled or self._compile()).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._compiled or self._compile()).match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._compiled or self._compile()).fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return (self._compiled or self._compile()).finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return (self._compiled or self._compile()).findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return (self._compiled or self._compile()).split(string, maxsplit)

    def sub(self, repl: Replacement, string: str, count: int = 0) -> str:
        return (self._compiled or self._compile()).sub(repl, string, count)

    def subn(self, repl: Replacement, string: str, count: int = 0) -> tuple[str, int]:
        return (self._compiled or self._compile()).subn(repl, string, count)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"


#: an expression compiled at import or on first use, for a function that is given either
AnyPattern = re.Pattern[str] | LazyPattern


class built_once(Generic[_T]):  # in lower case: a decorator, as functools.cache is
    """A function of no argument (a decorator) whose value is built on its first call, under the lock lazy patterns
    are compiled under, then given again: the same object to every caller, whatever the threads calling it at once.
    For a table only some texts read, so that importing its module does not build it.  ``built`` tells whether it has
    been built; ``forget()`` drops it, to be built again on the next call (for tests)."""

    def __init__(self, build: Callable[[], _T]) -> None:
        self._build = build
        self._value: tuple[_T] | None = None  # a tuple: the value built may be any object, None too
        self.__name__ = build.__name__
        self.__qualname__ = build.__qualname__
        self.__doc__ = build.__doc__
        self.__wrapped__ = build

    def __call__(self) -> _T:
        value = self._value
        if value is None:
            with _COMPILING:
                value = self._value  # another thread may have built it while this one waited
                if value is None:
                    value = self._value = (self._build(),)
        return value[0]

    @property
    def built(self) -> bool:
        return self._value is not None

    def forget(self) -> None:
        with _COMPILING:
            self._value = None

    def __repr__(self) -> str:
        return f"built_once({self.__qualname__})"
