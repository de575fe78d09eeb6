"""The diff that ``add``, ``edit`` and ``remove`` show places a deletion or insertion of lines that repeat
the lines next to them where ``git diff`` places it (run here as ``git diff --no-index``)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.editing import _unified_diff

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

#: lines of a claims file, few enough that deleted or added lines repeat the lines around them
LINES = [
    "claims:\n",
    "  - id: a\n",
    '    verdict: "true"\n',
    "    sources:\n",
    "      - url: https://example.org/a\n",
    "        publisher: X\n",
    "      - url: https://example.org/b\n",
    "        note: where the claim appeared\n",
    "\n",
    "\tx\n",
]


def git_hunks(tmp_path: Path, old: str, new: str) -> str:
    """git diff's hunks, its @@ headers without the text git adds after them; the default indent heuristic."""
    (tmp_path / "old").write_text(old, encoding="utf-8")
    (tmp_path / "new").write_text(new, encoding="utf-8")
    done = subprocess.run(
        ["git", "-c", "diff.indentHeuristic=true", "diff", "--no-index", "--no-color", "-U3", "old", "new"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,  # a safety net, not a measure
    )
    lines = done.stdout.splitlines(keepends=True)
    first = next((number for number, line in enumerate(lines) if line.startswith("@@ ")), len(lines))
    return "".join(line[: line.index(" @@") + 3] + "\n" if line.startswith("@@ ") else line for line in lines[first:])


def our_hunks(old: str, new: str) -> str:
    return "".join(_unified_diff("f", old, new).splitlines(keepends=True)[2:])


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(st.sampled_from(LINES), min_size=1, max_size=14),
    start=st.integers(0, 14),
    size=st.integers(1, 5),
    insert=st.booleans(),
)
def test_a_lone_deletion_or_insertion_is_placed_as_git_places_it(
    tmp_path_factory: pytest.TempPathFactory, lines: list[str], start: int, size: int, insert: bool
) -> None:
    # the lines removed or added are a copy of lines of the file, so that they repeat the lines around them:
    # removing a source whose lines repeat the next one's read as removing the end of one and the start of the
    # next, lower than git shows it
    start = min(start, len(lines) - 1)
    block = lines[start : start + size]
    shorter, longer = lines[:start] + lines[start + len(block) :], lines
    if insert:  # the same block added back where it was: the longer file is the new one
        old, new = "".join(shorter), "".join(longer)
    else:
        old, new = "".join(longer), "".join(shorter)
    assert our_hunks(old, new) == git_hunks(tmp_path_factory.mktemp("diff"), old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the first of two sources with one URL removed: it read as removing the end of the first and the start
        # of the second ('-        quote: First.' / '-      - url: https://example.org/a')
        (
            "claims:\n  - id: a\n    sources:\n      - url: https://example.org/a\n        quote: First.\n"
            "      - url: https://example.org/a\n        quote: Second.\n  - id: b\n",
            "claims:\n  - id: a\n    sources:\n      - url: https://example.org/a\n        quote: Second.\n  - id: b\n",
        ),
        ("a\na\na\na\na\na\n", "a\na\na\na\na\na\na\n"),  # a repeated line added at the end stays at the end
    ],
)
def test_repeated_lines_removed_or_added_read_as_git_shows_them(tmp_path: Path, old: str, new: str) -> None:
    assert our_hunks(old, new) == git_hunks(tmp_path, old, new)
