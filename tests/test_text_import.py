"""Importing factcheck.text does none of the work its functions may never need (no timing: what it loads)."""

from __future__ import annotations

import subprocess
import sys

from factcheck import text
from factcheck.text import GERMAN_STOP_WORDS, german_stop_terms, stem


def test_importing_the_text_module_loads_no_stemmer_nor_number_types_and_compiles_no_long_pattern() -> None:
    code = (
        "import sys, factcheck.text as text\n"
        "from factcheck.lazyregex import LazyPattern\n"
        "lazy = [v for v in vars(text).values() if isinstance(v, LazyPattern)]\n"
        "print(sorted(m for m in ('snowballstemmer', 'decimal', 'fractions') if m in sys.modules))\n"
        "print(len(lazy) > 10, [v.pattern[:40] for v in lazy if v._compiled is not None])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.splitlines() == ["[]", "True []"], result.stderr


def test_german_stop_terms_keep_their_former_name() -> None:
    assert german_stop_terms() == frozenset(stem(word) for word in GERMAN_STOP_WORDS)
    assert "die" in german_stop_terms()
    assert text.GERMAN_STOP_TERMS is german_stop_terms()
    assert getattr(text, "NO_SUCH_NAME", None) is None  # other names are still missing
