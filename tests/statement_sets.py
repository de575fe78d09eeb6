"""The statement sets written as tab-separated lines (``status<TAB>claim id<TAB>statement``) as test cases."""

from __future__ import annotations

from pathlib import Path

import pytest


def tsv_cases(path: Path, passing: str) -> list[object]:
    """(claim id, statement) of each line of ``path`` whose status is ``passing``, and of each "xfail" line as a
    strict expected failure (a known failure that starts passing says so); "#" lines are comments."""
    cases: list[object] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            status, claim_id, statement = line.split("\t")
            assert status in (passing, "xfail"), line
            marks = [pytest.mark.xfail(strict=True, reason="known failure")] if status == "xfail" else []
            cases.append(pytest.param(claim_id, statement, marks=marks, id=statement))
    return cases


def tsv_rows(path: Path) -> list[tuple[str, str, str]]:
    """The three fields of each line of ``path`` but "#" comments, as bench scripts read them too."""
    rows: list[tuple[str, str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            first, second, third = line.split("\t")
            rows.append((first, second, third))
    return rows
