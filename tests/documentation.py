"""The documentation pages the tests read, as one list: the pages scripts/readme_examples.py runs the examples
of (README.md, the front door, and the pages of docs/ written by hand; cli.md, the generated --help, is checked
against the help itself)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).parent.parent


def _documentation_pages() -> list[Path]:
    # scripts/ is no package: the script is loaded from its file (its imports at the top are the standard library's)
    spec = importlib.util.spec_from_file_location("readme_examples", REPO / "scripts" / "readme_examples.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    pages: list[Path] = script.pages()
    return pages


#: README.md, then the hand-written pages of docs/ in name order
PAGES = _documentation_pages()


def page_text(name: str) -> str:
    """The text of one page: 'README.md' or a page of docs/ ('docs/python.md')."""
    return (REPO / name).read_text(encoding="utf-8")


def all_prose(*names: str) -> str:
    """The pages named (by default every page of ``PAGES``), with every run of white space one space, so a
    sentence reads the same however it is wrapped; an absence checked in it is checked on every page."""
    texts = [page_text(name) for name in names] if names else [p.read_text(encoding="utf-8") for p in PAGES]
    return " ".join(" ".join(texts).split())
