"""A media-literacy teacher's class (teach47): a small claims file of health myths and elections, and students'
essays scanned for the sentences that repeat a checked claim (tests/fixtures/classroom.yaml, invented test data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.article import parse_article
from factcheck.claimlike import NO_DETAIL, REPEATS_A_CLAIM
from factcheck.model import KnowledgeBase
from factcheck.scan import ScanReport, scan_article
from factcheck.store import load_knowledge_base

CLASSROOM = Path(__file__).parent / "fixtures" / "classroom.yaml"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base(CLASSROOM, use_cache=False)


def scan(kb: KnowledgeBase, text: str, name: str = "essay.txt") -> ScanReport:
    return scan_article(parse_article(text, name), kb)


def results_by_text(report: ScanReport) -> dict[str, tuple[str | None, str]]:
    return {r.text: (r.match.claim.id if r.match else None, r.reason) for r in report.results}


@pytest.mark.parametrize(
    ("essay", "name", "sentence", "claim_id"),
    [
        # a bullet point of a student's essay, the claims file's sentence but for "kids": no number, actor, cause or
        # comparison the claim rules see, so it was skipped, "no checkable detail"
        (
            "My family's myths:\n\n- Eating sugar makes kids hyperactive.\n",
            "essay.md",
            "Eating sugar makes kids hyperactive.",
            "sugar-hyperactive",
        ),
        (
            "Many people say that eating sugar makes children hyperactive.\n",
            "essay.txt",
            "Many people say that eating sugar makes children hyperactive.",
            "sugar-hyperactive",
        ),
        ("Everyone knows bats are blind.\n", "essay.txt", "Everyone knows bats are blind.", "bats-are-blind"),
    ],
)
def test_a_sentence_with_no_detail_the_rules_see_is_shown_the_claim_it_repeats(
    kb: KnowledgeBase, essay: str, name: str, sentence: str, claim_id: str
) -> None:
    found = results_by_text(scan(kb, essay, name))
    assert found[sentence] == (claim_id, REPEATS_A_CLAIM)


@pytest.mark.parametrize(
    "sentence",
    [
        # no detail, and matched on a word or two of a claim: skipped as before, not shown the claim
        "That makes no sense.",
        "My little sister is hyperactive.",
        "I was blind to it.",
        "Many people believe things that are not true.",
    ],
)
def test_a_sentence_with_no_detail_that_shares_a_word_or_two_with_a_claim_stays_skipped(
    kb: KnowledgeBase, sentence: str
) -> None:
    report = scan(kb, f"{sentence}\n")
    assert results_by_text(report)[sentence] == (None, NO_DETAIL)
    assert report.summary.checkable == 0
