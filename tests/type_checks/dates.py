"""Calls of the public API that type checkers must accept, and the types they must infer: checked by mypy and
pyright (tests/test_public_api.py::test_type_checkers_accept_a_date_given_as_a_datetime_date), never run.
``assert_type`` fails the check when the type inferred differs; a call a checker must refuse carries a
``# type: ignore``, which fails the check (warn_unused_ignores) when nothing is refused."""

from __future__ import annotations

import dataclasses
import datetime
from typing import assert_type

from factcheck import Claim, Source, Verdict

# a date cell of a spreadsheet, as pandas or openpyxl gives it, is taken; it was refused as "expected str | None"
source = Source("https://example.org/accounts", date=datetime.date(2025, 1, 2))
claim = Claim("bridge-cost", "The bridge cost 2 billion dollars.", Verdict.FALSE, checked=datetime.date(2025, 1, 3))
claim = dataclasses.replace(claim, checked=datetime.date(2025, 1, 4), sources=(source,))
Claim("bridge-cost", "The bridge cost 2 billion dollars.", Verdict.FALSE, checked="2025-01", sources=(source,))
Source("https://example.org/accounts", date=None)

# read back, a date is the text the claims file writes ("2025-01-04"), or None
assert_type(claim.checked, str | None)
assert_type(source.date, str | None)
assert_type(claim.sources[0].date, str | None)
year: str = (claim.checked or "")[:4]

# what is no date is refused, as at run time
Claim("x", "A claim.", Verdict.FALSE, checked=20250103)  # type: ignore[arg-type]
Source("https://example.org/accounts", date=datetime.time(12))  # type: ignore[arg-type]
claim.checked = "2025-01-05"  # type: ignore[misc]  # frozen
