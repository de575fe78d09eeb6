"""Acceptance: a sourceless explainer about US troops in Mexico, scanned against the starter
knowledge base, in Markdown, plain text and HTML.

The article (tests/fixtures/scan/explainer.*) was written for these tests in the style of the
blog post described in Part B of the research notes.  Each checkable sentence below names the
starter claim it restates; the scan must find the right claim for most of them (the matcher is
being improved, so the test asks for a fraction, not for each one, and never for a score).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.article import read_article
from factcheck.model import KnowledgeBase
from factcheck.scan import ScanReport, SentenceResult, Status, scan_article
from factcheck.store import load_knowledge_base

FIXTURES = Path(__file__).parent / "fixtures" / "scan"
FORMATS = ["md", "txt", "html"]

#: the minimum share of restated claims that must be matched to the right starter claim
REQUIRED_FRACTION = 0.7

# A fragment of each sentence that restates a starter claim, and that claim's id.
EXPECTED = {
    "exact number of US troops stationed": "exact-number-of-us-troops-in-mexico-secret",
    "more than 10,000 American troops": "us-troops-in-mexico-10000",
    "military presence is small": "us-keeps-only-small-training-contingents-in-mexico",
    "cannot enter the country without the approval": "mexico-senate-must-authorize-foreign-troops",
    "allowed ten US special forces": "feb-2025-senate-approves-10-us-special-forces-trainers",
    "approved 155 US Marines": "mar-2025-155-us-marines-fenix-exercise",
    "approved 19 Navy SEALs": "feb-2026-senate-approves-19-navy-seals",
    "completely new under Trump": "us-training-contingents-new-under-trump",
    "train and advise Mexican soldiers": "us-troops-train-advise-mexican-military-police",
    "joint operations and military exercises": "us-troops-joint-operations-exercises-in-mexico",
    "equipment and technical support": "us-troops-provide-equipment-technical-support",
    "intelligence gathering and surveillance": "us-troops-conduct-surveillance-in-mexico",
    "spy planes regularly fly": "us-spy-planes-flying-over-mexico",
    "patrol the border together": "us-mexican-soldiers-joint-patrols-inside-mexico",
    "follows international agreements": "us-troops-respect-mexican-sovereignty-agreements",
    "reduction in drug violence": "us-cooperation-reduced-drug-violence",
    "attracts investment": "us-military-cooperation-attracts-investment",
    "Mérida Initiative even sent US troops": "merida-initiative-sent-us-troops",
    "$3.5 billion": "merida-initiative-3-5-billion",
    "sovereignty worries": "sovereignty-concerns-limit-us-security-aid",
    "have invaded Mexico in the past": "us-troops-invaded-mexico-in-past",
    "hunt for Pancho Villa": "pershing-expedition-last-large-us-incursion",
    "turned down Trump's offer": "sheinbaum-rejected-trump-troop-offer",
    "as terrorist organizations": "feb-2025-cartels-designated-terrorist-organizations",
    "labeling the cartels as terrorists": "terrorist-designation-authorized-us-military-in-mexico",
    "10,000 National Guard troops": "mexico-sent-10000-national-guard-to-border",
    "US drones": "us-drones-fly-over-mexico-with-consent",
    "landed in Toluca": "toluca-c130-brought-us-troops-without-senate",
}
# Checkable claims the starter knowledge base has no fact-check for: to research next.
NEW_CLAIMS = ["Tourism in Cancún grew", "daily allowance of 80 dollars", "operates more than 180 ships"]
# Filler, questions, opinions, titles: never checked.
NOT_CLAIMS = [
    "Posted by the Editorial Team",
    "welcome back to the blog",
    "Grab a coffee",
    "Have you ever wondered",
    "In this article",
    "dive in",
    "How many US troops are in Mexico?",
    "Honestly, it's a lot",
    "Here is what these troops",
    "Pretty wild, right?",
    "I think this is one of the most misunderstood",
    "Stay tuned",
    "Thanks for reading",
    "What do you think?",
    "Let us know in the comments",
    "Final thoughts",
    "How Many, What They Do",
]
# Page furniture of the HTML version (navigation, hidden cookie banner, aside, footer, scripts).
HTML_FURNITURE = ["Subscribe", "cookies", "Related posts", "border wall", "All rights reserved", "page. View", "legal."]


@pytest.fixture(scope="module")
def starter() -> KnowledgeBase:
    return load_knowledge_base(Path(__file__).parent.parent / "claims.yaml")


@pytest.fixture(scope="module", params=FORMATS)
def report(request: pytest.FixtureRequest, starter: KnowledgeBase) -> ScanReport:
    return scan_article(read_article(str(FIXTURES / f"explainer.{request.param}")), starter)


def the_sentence(report: ScanReport, fragment: str) -> SentenceResult:
    found = [r for r in report.results if fragment in r.text.replace("’", "'")]
    assert len(found) == 1, f"{fragment!r} is in {len(found)} sentences"
    return found[0]


def test_every_expected_claim_exists_in_the_starter_kb(starter: KnowledgeBase) -> None:
    missing = [claim_id for claim_id in EXPECTED.values() if starter.get(claim_id) is None]
    assert not missing


def test_most_restated_claims_match_the_right_fact_check(report: ScanReport) -> None:
    right = {f for f, claim_id in EXPECTED.items() if (m := the_sentence(report, f).match) and m.claim.id == claim_id}
    fraction = len(right) / len(EXPECTED)
    wrong = sorted(set(EXPECTED) - right)
    assert fraction >= REQUIRED_FRACTION, f"only {len(right)}/{len(EXPECTED)} right; missed: {wrong}"


def test_restated_claims_are_all_recognised_as_checkable(report: ScanReport) -> None:
    not_checkable = [f for f in EXPECTED if not the_sentence(report, f).checkable]
    assert not not_checkable


def test_claims_without_a_fact_check_are_flagged_unmatched(report: ScanReport) -> None:
    for fragment in NEW_CLAIMS:
        result = the_sentence(report, fragment)
        assert result.status is Status.UNMATCHED, (fragment, result.match)


def test_filler_is_never_checked(report: ScanReport) -> None:
    for fragment in NOT_CLAIMS:
        result = the_sentence(report, fragment)
        assert result.status is Status.SKIPPED, (fragment, result.reason)
        assert result.reason


def test_summary_adds_up(report: ScanReport) -> None:
    s = report.summary
    assert s.sentences == len(report.results) == 52
    assert s.checkable == s.matched + s.unmatched
    assert s.skipped == sum(1 for r in report.results if r.status is Status.SKIPPED) >= len(NOT_CLAIMS)
    assert sum(s.by_verdict.values()) == s.matched
    assert s.matched >= REQUIRED_FRACTION * len(EXPECTED)


def test_the_three_formats_give_the_same_scan(starter: KnowledgeBase) -> None:
    def outline(fmt: str) -> list[tuple[bool, str | None]]:
        report = scan_article(read_article(str(FIXTURES / f"explainer.{fmt}")), starter)
        return [(r.checkable, r.match.claim.id if r.match else None) for r in report.results]

    markdown = outline("md")
    assert outline("txt") == markdown
    assert outline("html") == markdown


def test_html_page_furniture_is_not_read() -> None:
    article = read_article(str(FIXTURES / "explainer.html"))
    text = " ".join(block.text for block in article.blocks)
    for furniture in HTML_FURNITURE:
        assert furniture not in text


def test_sentences_are_in_reading_order_with_their_lines(report: ScanReport) -> None:
    lines = [r.line for r in report.results]
    assert lines == sorted(lines)
    source = (FIXTURES / f"explainer.{report.source.rsplit('.', 1)[-1]}").read_text(encoding="utf-8").split("\n")
    # The first words of a sentence are on the line it is said to start on.
    for fragment in ["Congress has spent", "Some reports claim", "Pretty wild"]:
        result = the_sentence(report, fragment)
        assert fragment in source[result.line - 1]
