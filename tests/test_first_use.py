"""Word tables and expressions made when first read, not at import: a check pays for none it does not read (start-up
time, ``bench/command_speed.py --startup``).  What is made, not how long it takes: no timing here."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from factcheck import short_statements, substitution
from factcheck.lazyregex import built_once

#: the tree under test, put first on the child's path: from ``tmp_path`` it would import the installed factcheck
REPO_ROOT = Path(__file__).resolve().parent.parent

#: the tables built on first use (``lazyregex.built_once``)
MADE_ONCE: list[built_once[Any]] = [
    short_statements._who_in_german,
    substitution._title_terms,
    substitution._government_deeds,
    substitution._foreign_affairs,
    substitution._recalling_and_envoys,
    substitution._chinese_text,
]

#: runs ``factcheck`` with the arguments given, then prints (to standard error) the file of the ``substitution`` it
#: imported and which of the tables and expressions made on first use (``MADE_ONCE``, two lazy patterns) were made
_RUN = f"""
import importlib
import sys
import factcheck.substitution as substitution
from factcheck.cli import main
sys.argv = ["factcheck", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
made_once = [
    getattr(importlib.import_module(module), name)
    for module, name in {[(make.__wrapped__.__module__, make.__name__) for make in MADE_ONCE]!r}
]
made = [function.__name__ for function in made_once if function.built]
made += [name for name in ("_CHINESE_COUNTRY", "_CJK_COUNTRY") if getattr(substitution, name)._compiled is not None]
print(substitution.__file__, file=sys.stderr)
print("made:", made, file=sys.stderr)
"""


def _made(statement: str, cwd: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, "check", "--kb", "claims.yaml", statement],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    *_, imported, made = done.stderr.strip().splitlines()
    assert imported == substitution.__file__  # this tree's, not another's
    return made


@pytest.fixture
def folder(starter_kb: Path, tmp_path: Path) -> Path:
    (tmp_path / "claims.yaml").write_bytes(starter_kb.read_bytes())
    return tmp_path


def test_a_starter_check_makes_none_of_them(folder: Path) -> None:
    # a German reply's words, the titles of people, a government's deeds, Chinese and Japanese country names: each
    # was made at import, by every check
    assert _made("US troops are in Mexico", folder) == "made: []"


def test_a_statement_opening_with_a_title_makes_the_titles(folder: Path) -> None:
    assert _made("President Trump sent troops to Mexico", folder) == "made: ['_title_terms']"


def test_a_statement_opening_with_a_capital_makes_the_deeds_of_a_government(folder: Path) -> None:
    assert _made("Washington sent troops to Mexico", folder) == "made: ['_government_deeds', '_foreign_affairs']"


def test_a_chinese_statement_reads_the_chinese_expressions() -> None:
    # what they are read for still works: "美国在加拿大..." puts Canada where the claim says Mexico
    assert substitution.another_cjk_country("美国在加拿大驻扎了一万名士兵", ["美国在墨西哥驻扎了一万名士兵"])
    assert substitution._chinese_text().search("驻扎了") is not None
    assert substitution._CHINESE_COUNTRY.search("美国在加拿大") is not None


@pytest.mark.parametrize("make", MADE_ONCE, ids=lambda make: make.__name__)
def test_threads_making_one_at_once_get_the_same(make: built_once[Any]) -> None:
    # a matcher may be shared by threads (docs/python.md): the first ones to read a table at once get one table, the
    # same object (built once, under lazyregex's lock), equal to what one thread alone builds
    expected = make()
    make.forget()
    results: list[object] = []
    start = threading.Barrier(8)

    def read() -> None:
        start.wait()
        results.append(make())

    threads = [threading.Thread(target=read) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8
    assert all(result is results[0] for result in results)
    assert results[0] is make()
    assert results[0] == expected


def test_the_titles_and_a_german_reply_hold_their_words() -> None:
    # the sets are the terms of the words they list, as stemmed: "presidents" reads as "president"'s term
    from factcheck.text import Language, terms

    assert set(terms("president former minister")) <= substitution._title_terms()
    assert set(terms("presidenta", Language.SPANISH)) <= substitution._title_terms()
    assert set(terms("nein Deutschland")) <= short_statements._who_in_german()
    assert short_statements._who_in_german() >= short_statements._WHO
