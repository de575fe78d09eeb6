"""A cache for functions of a text, bounded by the characters it holds as well as by its entries.

Matching reads the same texts again and again: a claim's wordings for every statement they are a
candidate for, a statement for every candidate it is compared with.  ``functools.lru_cache`` counts
entries only, and an entry holds its text and what was computed from it, often as large: ``check -``
over 3,000 distinct posts of 9,900 characters kept each post (and the words, names and places read
from it) in a dozen caches of 8,192 to 65,536 entries, and peaked at 291 MB (119 MB with this bound).

Statements and claims are short (1,000 statements of the tests' fixtures: 77 characters on average; a
claim rarely has more than 300), so ``text_cache`` keeps texts up to ``SHORT_TEXT`` characters in an
``lru_cache`` as before (the normal case stays one look-up), and longer ones in a cache of its own
bounded by the characters of its texts, ``LONG_TEXTS_CHARACTERS``: enough for the long statement being
matched and the pieces read from it, and for a few hundred long claim wordings, then the least
recently used go.  Each function keeps so at most ``maxsize * SHORT_TEXT + LONG_TEXTS_CHARACTERS``
characters of text, whatever the input.

This module stays light (no numpy): ``text.py`` uses it.
"""

from __future__ import annotations

import inspect
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from functools import lru_cache, update_wrapper
from typing import Any, TypeVar, cast

#: texts of at most this many characters are cached by count (``lru_cache``), longer ones by their size
SHORT_TEXT = 300
#: the characters of the long texts each function keeps (about 100 posts of 2,000 characters)
LONG_TEXTS_CHARACTERS = 200_000

_Function = TypeVar("_Function", bound=Callable[..., Any])


def text_cache(maxsize: int) -> Callable[[_Function], _Function]:
    """``lru_cache(maxsize)`` for a function whose first argument is a text, but for texts longer than
    ``SHORT_TEXT``, kept while their characters add up to at most ``LONG_TEXTS_CHARACTERS`` (module
    docstring).  The function keeps ``cache_clear`` and ``__wrapped__``, as ``lru_cache`` gives them."""

    def decorate(function: _Function) -> _Function:
        short = lru_cache(maxsize=maxsize)(function)
        long = LongTextCache(function)
        wrapper = update_wrapper(_dispatcher(short, long, _fixed_arity(function)), function)

        def cache_clear() -> None:
            short.cache_clear()
            long.clear()

        wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
        wrapper.long_texts = long  # type: ignore[attr-defined]
        return cast(_Function, wrapper)

    return decorate


class LongTextCache:
    """The results of ``function`` for long texts, the least recently used dropped once the texts kept
    add up to more than ``LONG_TEXTS_CHARACTERS`` (read at each call: tests lower it).

    Thread-safe as ``lru_cache`` is (matching may run in threads): the look-up, the insertion and the
    evictions hold a lock, the function runs outside it, so two threads may compute the same text at
    once; the second to finish finds the first's entry and its text is counted once."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function = function
        self.entries: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self.characters = 0
        self._lock = threading.Lock()

    def __call__(self, text: str, *args: Any, **kwargs: Any) -> Any:
        key = (text, args, tuple(sorted(kwargs.items()))) if args or kwargs else text
        with self._lock:
            found = self.entries.get(key)
            if found is not None:
                self.entries.move_to_end(key)
                return found[1]
        value = self.function(text, *args, **kwargs)
        with self._lock:
            if key in self.entries:  # computed meanwhile by another thread (or by this call's function)
                self.entries.move_to_end(key)
                return self.entries[key][1]
            self.entries[key] = (len(text), value)
            self.characters += len(text)
            while self.characters > LONG_TEXTS_CHARACTERS and len(self.entries) > 1:
                _, (size, _) = self.entries.popitem(last=False)
                self.characters -= size
        return value

    def clear(self) -> None:
        with self._lock:
            self.entries.clear()
            self.characters = 0


def _dispatcher(short: Callable[..., Any], long: Callable[..., Any], arity: int | None) -> Callable[..., Any]:
    """A call of ``short`` for a short first argument, else of ``long``.  Of fixed arity when the function
    has one (every cached function of a text but one takes one or two arguments): the look-ups of short
    texts are the normal case, 450,000 of them for 1,000 short statements, and passing ``*args, **kwargs``
    made each about 0.2 microseconds slower, 5 % of a ``check -`` run."""
    limit, size = SHORT_TEXT, len  # looked up in the closure, not in the module's and the builtins' names
    if arity == 1:

        def one(text: str) -> Any:
            return short(text) if size(text) <= limit else long(text)

        return one
    if arity == 2:

        def two(text: str, other: Any) -> Any:
            return short(text, other) if size(text) <= limit else long(text, other)

        return two

    def any_arguments(text: str, *args: Any, **kwargs: Any) -> Any:
        return (short if size(text) <= limit else long)(text, *args, **kwargs)

    return any_arguments


def _fixed_arity(function: Callable[..., Any]) -> int | None:
    """How many arguments ``function`` takes when it takes them all by position, none optional; else None."""
    parameters = inspect.signature(function).parameters.values()
    plain = all(p.kind is p.POSITIONAL_OR_KEYWORD and p.default is p.empty for p in parameters)
    return len(parameters) if plain else None
