"""Every citation in the starter claims.yaml is copied, verbatim, from the research notes.

The notes live outside the repository (../shared/research/); without them these tests skip, so
the suite never needs them, but wherever they are present a changed or invented URL, title,
publisher or quote fails the build.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck import load_knowledge_base

REPO_ROOT = Path(__file__).parent.parent
NOTES = REPO_ROOT.parent / "shared" / "research" / "us-troops-in-mexico.md"
URL = re.compile(r"https?://[^\s)>\]`\"']+")


@pytest.fixture(scope="module")
def notes() -> str:
    if not NOTES.is_file():
        pytest.skip(f"research notes not found at {NOTES}")
    return NOTES.read_text(encoding="utf-8")


def test_every_url_is_in_the_notes(notes: str) -> None:
    known = {u.rstrip(".,;") for u in URL.findall(notes)}
    kb = load_knowledge_base(REPO_ROOT / "claims.yaml")
    cited = {s.url for c in kb.claims for s in c.sources}
    assert cited, "the starter knowledge base cites nothing"
    assert sorted(cited - known) == []


@pytest.mark.parametrize("field", ["quote", "title", "publisher"])
def test_every_quote_title_and_publisher_is_verbatim(notes: str, field: str) -> None:
    kb = load_knowledge_base(REPO_ROOT / "claims.yaml")
    values = {getattr(s, field) for c in kb.claims for s in c.sources} - {None}
    assert values
    assert sorted(v for v in values if v not in notes) == []


def test_dates_appear_in_the_notes(notes: str) -> None:
    kb = load_knowledge_base(REPO_ROOT / "claims.yaml")
    dates = {s.date for c in kb.claims for s in c.sources} - {None}
    assert sorted(d for d in dates if d not in notes) == []


def test_every_research_claim_has_an_entry(notes: str) -> None:
    kb = load_knowledge_base(REPO_ROOT / "claims.yaml")
    research_claims = re.findall(r"^- \*\*Claim:\*\* \"(.+)\"$", notes, flags=re.M)
    assert len(research_claims) == 34
    texts = {c.claim for c in kb.claims}
    assert [claim for claim in research_claims if claim not in texts] == []
