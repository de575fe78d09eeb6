"""Scanning real-world pages: a news site's furniture (bylines, credits, share buttons, cookie notices,
lists of related stories, greetings) is no claim to research, and the article's own claims still are.

The fixtures are short articles written for these tests in the shape of a wire story (plain text), a
news page (HTML) and a briefing's captions (SubRip)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.article import read_article
from factcheck.model import KnowledgeBase
from factcheck.scan import scan_article
from factcheck.store import load_knowledge_base

SCAN_FIXTURES = Path(__file__).parent / "fixtures" / "scan"


@pytest.fixture
def kb(mini_kb: Path) -> KnowledgeBase:
    # which sentences are claims does not depend on the claims file: the smallest one is read fastest
    return load_knowledge_base(mini_kb)


def checkable(name: str, kb: KnowledgeBase) -> list[tuple[str | None, str]]:
    report = scan_article(read_article(SCAN_FIXTURES / name), kb)
    return [(r.speaker, r.text) for r in report.results if r.checkable]


def test_a_wire_story_s_credits_and_related_links_are_no_claims(kb: KnowledgeBase) -> None:
    # were claims to research: "(Reuters/Henry Romero)", "Copyright law protects ...", the credits line, and
    # the two related headlines (matched to claims as if the story said them)
    assert checkable("wire_story.txt", kb) == [
        (
            None,
            "MEXICO CITY (Reuters) - Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special "
            "forces in February 2026, officials said on Tuesday.",
        ),
        (None, "The training runs until June."),
        (None, "The deployment respects Mexican sovereignty, the Navy said."),
        (None, "There are more than 10,000 US troops deployed in Mexico, according to a viral post."),
    ]


def test_a_publisher_s_notes_and_footer_are_no_claims(kb: KnowledgeBase) -> None:
    # were claims to research: "Our Standards: The Thomson Reuters Trust Principles." (names an actor
    # (Standards)), "Editor's note: ..." (Editor), "Correction: ..." (Correction), "Purchase Licensing Rights",
    # "Follow Reuters on X ...", "This article was originally published by Reuters."; a correction that states
    # the corrected fact is a claim (every "Correction:" was filler)
    assert checkable("publisher_footer.txt", kb) == [
        (None, "Mexico's Senate approves 19 US Navy SEALs for training"),  # a headline with a verb
        (
            None,
            "MEXICO CITY, March 3 (Reuters) - Mexico's Senate approved 19 US Navy SEALs to train Mexican naval "
            "special forces, officials said on Tuesday.",
        ),
        (None, "Correction: The Senate approved 19 SEALs, not 90."),
    ]


def test_a_debate_s_cues_to_the_person_spoken_to_are_no_claims(kb: KnowledgeBase) -> None:
    # were claims to research: "Senator, your answer." (names an actor (Senator)), "Mr. Brooks, your response,
    # please." (Mr), "That is not true, Senator." (Senator)
    claims = checkable("debate.txt", kb)
    assert ("SEN. ALVAREZ", "There are more than 10,000 US troops deployed in Mexico.") in claims
    assert ("BROOKS", "The Mexican Senate approved 19 US Navy SEALs in February 2026.") in claims
    for cue in ("Senator, your answer.", "Mr. Brooks, your response, please.", "That is not true, Senator."):
        assert not any(text == cue for _, text in claims), cue
    # "names an actor (Go)": a short transcript never writes "go" in lower case
    assert len(claims) == 2


def test_a_photo_s_caption_with_no_verb_is_no_claim(kb: KnowledgeBase) -> None:
    # the three captions were claims to research, for "names an actor (Mexican)", "(President)", "(National)"; a
    # sentence with a verb the rules do not know ("hosts") and a speaker's fragment still are
    assert checkable("photo_captions.html", kb) == [
        (None, "Mexican soldiers in Culiacán, where 200 US troops arrived in May."),
        (None, "Mexico hosts US military advisers."),
        (None, "The Pentagon sent the advisers to Sinaloa."),
        ("SHEINBAUM", "Mexican soldiers in our cities, not American ones."),
    ]


def test_a_news_page_s_furniture_is_no_claim(kb: KnowledgeBase) -> None:
    # were claims: "Accept all cookies Manage preferences", "Share on Facebook Share on X", the photo's credit
    # and caption ("Soldiers in Culiacán.", names an actor (Soldiers)) and the related stories' headlines
    assert checkable("news_page.html", kb) == [
        (None, "Mexico deployed 10,000 of its own troops to the US border in February 2025."),
        (None, "A US military plane landed in Toluca in January 2026, but officials said it carried no troops."),
        (None, "US troops have invaded Mexico in the past, most recently in 1916."),
    ]


def test_a_briefing_s_captions_greeting_and_question(kb: KnowledgeBase) -> None:
    # "Good afternoon, everybody." named an actor (Good), and the reporter's "Q Karoline, ..." was the press
    # secretary's words
    report = scan_article(read_article(SCAN_FIXTURES / "briefing.srt"), kb)
    assert [(r.speaker, r.text, r.checkable) for r in report.results] == [
        ("MS. LEAVITT", "Good afternoon, everybody.", False),
        ("MS. LEAVITT", "The exact number of US troops in Mexico is secret.", True),
        ("Q", "Karoline, are there more than 10,000 troops?", False),
        ("MS. LEAVITT", "No.", False),
        ("MS. LEAVITT", "There are about 200 military trainers.", True),
    ]


def test_an_faq_s_title_is_no_claim(kb: KnowledgeBase) -> None:
    # "US troops in Mexico: your questions answered" was a claim to research, "names an actor (US)"
    assert checkable("faq.md", kb) == [
        (None, "About 200 US military advisers work with the Mexican Navy."),
        (None, "The Mexican Senate approved their entry in March 2025."),
        (None, "The training will last until June."),
    ]


def test_the_publisher_s_description_of_itself_is_no_claim(kb: KnowledgeBase) -> None:
    # "The Associated Press is an independent global news organization ..." (names an actor (Associated)), "Founded
    # in 1846, AP today remains the most trusted source ..." and the note on its funding were claims to research;
    # another organisation's description in the story ("RT is a Russian state-funded news network ...") still is one
    assert checkable("ap_story.txt", kb) == [
        (None, "Senate approves Marines for training in Mexico"),
        (
            None,
            "WASHINGTON (AP) — The Mexican Senate approved 155 US Marines for a training mission in March 2025, "
            "officials said on Tuesday.",
        ),
        (None, "RT is a Russian state-funded news network that reported 10,000 US troops in Mexico."),
        (None, "That figure is false, the Pentagon said."),
    ]
