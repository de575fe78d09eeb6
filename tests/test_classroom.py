"""A media-literacy teacher's class (teach47): a small claims file of health myths and elections, and students'
essays scanned for the sentences that repeat a checked claim (tests/fixtures/classroom.yaml, invented test data)."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import pytest

from factcheck.article import parse_article
from factcheck.claimlike import NO_DETAIL, REPEATS_A_CLAIM
from factcheck.matching import Match, build_matcher
from factcheck.model import KnowledgeBase
from factcheck.scan import ScanReport, _repeated_claims, scan_article
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


@pytest.mark.parametrize(
    ("essay", "name"),
    [
        # the review of teach47 (fix48d): each was shown MOSTLY-FALSE "Eating sugar makes children hyperactive."
        # or FALSE "Bats are blind." (0.97 to 1.00); none says the claim: it lacks the claim's rarest word
        # ("hyperactive"), or holds its words the other way round ("Blind people and bats.")
        ("I like sweets. Sugar makes children happy. At my party, children eat sugar all day.\n", "essay.txt"),
        ("Eating sugar makes children sleepy after lunch, my mum says.\n", "essay.txt"),
        ("Children eat sugar.\n", "essay.txt"),
        ("Eating sugar makes children sleepy.\n", "essay.txt"),
        ("# Bats\n\nBlind people and bats.\n", "essay.md"),
    ],
)
def test_a_sentence_with_no_detail_that_holds_some_of_a_claims_words_stays_skipped(
    kb: KnowledgeBase, essay: str, name: str
) -> None:
    report = scan(kb, essay, name)
    assert [(r.text, r.match.claim.id) for r in report.results if r.match] == []
    assert report.summary.checkable == 0


# claims of a general-knowledge quiz (invented test data), each a few words long
QUIZ_CLAIMS = """claims:
  - id: earth-flat
    claim: The earth is flat.
    verdict: "false"
    summary: test
  - id: moon-landing-fake
    claim: The moon landing was faked.
    verdict: "false"
    summary: test
  - id: news-fake
    claim: The news is fake.
    verdict: mixed
    summary: test
  - id: bats-blind
    claim: Bats are blind.
    verdict: "false"
    summary: test
"""


QUIZ_ESSAY = {
    # the claim's own words, its rarest among them, in its order: shown (its polarity noted)
    "The earth is flat.": "earth-flat",
    "The moon landing was not faked.": "moon-landing-fake",
    "The news is not fake.": "news-fake",
    # the review of teach47 (fix48d): shown the claim at 0.98 to 0.99
    "The moon landing was real.": None,  # not "faked"
    "The flat earth idea is silly.": None,  # "flat earth", not "the earth is flat"
    "Fake news is everywhere.": None,  # "fake news", not "the news is fake"
}


def test_a_short_claim_is_shown_only_to_a_sentence_that_says_it(tmp_path: Path) -> None:
    path = tmp_path / "quiz.yaml"
    path.write_text(QUIZ_CLAIMS, encoding="utf-8")
    report = scan(load_knowledge_base(path, use_cache=False), "\n\n".join(QUIZ_ESSAY) + "\n")
    assert {r.text: r.match.claim.id if r.match else None for r in report.results} == QUIZ_ESSAY
    polarity = {r.text: r.match.polarity for r in report.results if r.match}
    assert polarity["The news is not fake."] == polarity["The moon landing was not faked."] == "opposite"


@pytest.mark.parametrize("byline", ["by Jamie, 10B", "by Ana López, Year 10"])
def test_a_byline_in_lower_case_under_an_essays_title_is_no_part_of_it(kb: KnowledgeBase, byline: str) -> None:
    # "Health Myths Essay" above "by Jamie, 10B" was one sentence, "Health Myths Essay by Jamie, 10B", listed as a
    # claim to research ("has a number (10); names an actor (Myths)")
    report = scan(kb, f"Health Myths Essay\n{byline}\n\nVaccines cause autism, some say.\n")
    assert [(r.text, r.checkable) for r in report.results[:2]] == [("Health Myths Essay", False), (byline, False)]
    assert report.summary.checkable == report.summary.matched == 1


def test_a_wrapped_sentence_above_by_is_still_one_sentence(kb: KnowledgeBase) -> None:
    text = (
        "The class survey about knuckles was written\nby Jamie and says that cracking your knuckles causes arthritis.\n"
    )
    (result,) = scan(kb, text).results
    assert result.text == " ".join(text.split())


# claims of a class's file in few and common words (invented test data), as review49a and review57e wrote them
SHORT_CLAIMS = """claims:
  - {id: coffee-bad, claim: "Coffee is bad for your health.", verdict: "false", summary: "test"}
  - {id: election-stolen, claim: "The election was stolen.", verdict: "false", summary: "test"}
  - {id: vaccines-safe, claim: "Vaccines are safe.", verdict: "true", summary: "test"}
  - {id: organic, claim: "Organic food is healthier.", verdict: "mixed", summary: "test"}
  - {id: bats-blind, claim: "Bats are blind.", verdict: "false", summary: "test"}
  - {id: sugar, claim: "Eating sugar makes children hyperactive.", verdict: "mostly-false", summary: "test"}
"""
#: the essay's first line: its words in lower case, so that a capital "Coffee" opening a sentence names no one
NOTES = "My notes on coffee, vaccines, bats, sugar, organic food and the election."


@pytest.fixture(scope="module")
def short_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    path = tmp_path_factory.mktemp("short") / "claims.yaml"
    path.write_text(SHORT_CLAIMS, encoding="utf-8")
    return load_knowledge_base(path, use_cache=False)


def scan_notes(kb: KnowledgeBase, sentence: str) -> ScanReport:
    """``sentence`` scanned as the paragraph after ``NOTES``."""
    return scan(kb, f"{NOTES}\n\n{sentence}\n")


@pytest.mark.parametrize(
    "sentence",
    [
        # review49a: each narrows the claim with a word of its own and was shown its verdict (FALSE "Coffee is bad
        # for your health.", "The election was stolen.")
        "Coffee is bad for your dog's health.",
        "The class election was stolen.",
        "Vaccines are safe for cats.",
        "Organic food is healthier for the soil.",
    ],
)
def test_a_sentence_with_no_detail_that_narrows_a_claim_is_not_shown_it(short_kb: KnowledgeBase, sentence: str) -> None:
    report = scan_notes(short_kb, sentence)
    assert results_by_text(report)[sentence] == (None, NO_DETAIL)


@pytest.mark.parametrize(
    ("sentence", "claim_id"),
    [
        ("The election was not stolen.", "election-stolen"),
        ("Many people think coffee is bad for your health.", "coffee-bad"),
        ("Vaccines are really safe.", "vaccines-safe"),
    ],
)
def test_a_sentence_with_no_detail_that_says_a_claim_in_a_frame_is_shown_it(
    short_kb: KnowledgeBase, sentence: str, claim_id: str
) -> None:
    report = scan_notes(short_kb, sentence)
    assert results_by_text(report)[sentence] == (claim_id, REPEATS_A_CLAIM)


def test_a_sentence_with_no_detail_that_says_no_claim_is_not_searched(kb: KnowledgeBase) -> None:
    # review49a: each such sentence was searched, and a scan of prose made of them ran 2.7 to 3 times as long; one
    # holding a word no wording of a claim has, or lacking a claim's rarest word, cannot say a claim
    from factcheck.lexical import LexicalMatcher
    from factcheck.scan import check_sentences
    from factcheck.sentences import split_sentences

    searched: list[str] = []

    class Counting(LexicalMatcher):
        def search(self, query: str, top: int = 5, *, exclude: Collection[str] = ()) -> list[Match]:
            searched.append(query)
            return super().search(query, top, exclude=exclude)

    essay = (
        "My little sister is hyperactive. The dogs play with the ball in the park.\n\n"
        "Eating sugar makes kids hyperactive.\n"
    )
    sentences = split_sentences(parse_article(essay, "essay.txt").blocks)
    results = check_sentences(sentences, Counting(kb.claims, use_cache=False))
    assert searched == ["Eating sugar makes kids hyperactive."]
    assert [r.match.claim.id for r in results if r.match] == ["sugar-hyperactive"]


@pytest.mark.parametrize("byline", ["by Ana and Luis", "by Jamie"])
def test_a_byline_of_names_under_a_title_is_a_line_of_its_own(kb: KnowledgeBase, byline: str) -> None:
    report = scan(kb, f"Health Myths Essay\n{byline}\n\nVaccines cause autism, some say.\n")
    assert [r.text for r in report.results[:2]] == ["Health Myths Essay", byline]


def test_a_sentence_wrapped_below_a_title_case_line_at_by_is_one_sentence() -> None:
    # review49a: "Lawmakers in Mexico City" above "by Morena's count approved ..." was split as a title and a
    # byline, and the first half lost the TRUE 155-Marines claim
    kb = load_knowledge_base(Path(__file__).resolve().parents[1] / "claims.yaml", use_cache=False)
    text = (
        "Lawmakers in Mexico City\nby Morena's count approved 155 US Marines for a joint training exercise in Baja"
        " California in 2025.\n"
    )
    (result,) = scan(kb, text).results
    assert result.text == " ".join(text.split())
    assert result.match is not None and result.match.claim.id == "mar-2025-155-us-marines-fenix-exercise"


@pytest.mark.parametrize(
    "sentence",
    [
        # review57e: a word text.terms drops (a stop word: "few", "very", "all", "can", "could", "would", "once",
        # "before") or a quantifier read as a frame's anywhere ("some", "often", "always", "still") narrows the claim;
        # each was shown it ("Few vaccines are safe." TRUE "Vaccines are safe." at 1.00, no note)
        "Few vaccines are safe.",
        "Very few vaccines are safe.",
        "Vaccines were safe once.",
        "Not all vaccines are safe.",
        "Coffee can be bad for your health.",
        "Bats could be blind.",
        "Bats would be blind.",
        "All bats are blind.",
        "Bats are often blind.",
        "The election was stolen once before.",
        "Eating sugar makes few children hyperactive.",
        "Eating sugar makes some children hyperactive.",
        "Eating sugar always makes children hyperactive.",
        "Eating sugar often makes children hyperactive.",
        "Eating sugar still makes children hyperactive.",
    ],
)
def test_a_sentence_with_no_detail_that_adds_a_small_word_to_a_claim_is_not_shown_it(
    short_kb: KnowledgeBase, sentence: str
) -> None:
    report = scan_notes(short_kb, sentence)
    assert results_by_text(report)[sentence] == (None, NO_DETAIL)


@pytest.mark.parametrize(
    "sentence",
    [
        # review58e: "was"/"were" stood for "is"/"are": "Bats were blind." (of the past) was shown FALSE "Bats are
        # blind." at 1.00, as "Leaded petrol was legal." FALSE "Leaded petrol is legal."
        "Bats were blind.",
        "Vaccines were safe.",
        "The election is stolen.",  # and the present for the past
    ],
)
def test_a_sentence_with_no_detail_in_another_tense_than_the_claim_is_not_shown_it(
    short_kb: KnowledgeBase, sentence: str
) -> None:
    report = scan_notes(short_kb, sentence)
    assert results_by_text(report)[sentence] == (None, NO_DETAIL)


def test_a_sentence_with_no_detail_in_the_claims_tense_is_shown_it(short_kb: KnowledgeBase) -> None:
    text = f"{NOTES}\n\nBats are blind.\n\nThe election was stolen.\n"
    results = results_by_text(scan(short_kb, text))
    assert results["Bats are blind."][0] is not None
    assert results["The election was stolen."][0] is not None


@pytest.mark.parametrize(
    ("sentence", "claim_id", "polarity"),
    [
        ("Some people claim bats are blind.", "bats-blind", "same"),  # "some" in a leading frame
        ("People still believe eating sugar makes children hyperactive.", "sugar", "same"),
        ("Bats aren't blind.", "bats-blind", "opposite"),
        ("Everyone knows the election was not stolen.", "election-stolen", "opposite"),
    ],
)
def test_a_sentence_with_no_detail_in_a_leading_frame_or_denied_is_shown_the_claim(
    short_kb: KnowledgeBase, sentence: str, claim_id: str, polarity: str
) -> None:
    report = scan_notes(short_kb, sentence)
    (result,) = [r for r in report.results if r.text == sentence]
    assert result.match is not None and (result.match.claim.id, result.reason) == (claim_id, REPEATS_A_CLAIM)
    assert result.match.polarity == polarity


def test_a_sentence_with_no_detail_that_says_no_claim_is_not_searched_without_a_lexical_index(
    kb: KnowledgeBase,
) -> None:
    # review57e: a matcher with no lexical index (--matcher semantic) searched each such sentence, and scanned prose
    # made of them twice as slowly as main; the claims' own terms now tell the sentences that may say one
    from factcheck.lexical import LexicalMatcher
    from factcheck.scan import check_sentences
    from factcheck.sentences import split_sentences

    inner = LexicalMatcher(kb.claims, use_cache=False)
    searched: list[str] = []

    class NoIndex:  # a matcher as the semantic one is to scan: claims and search, no lexical index
        name = "no-index"
        threshold = inner.threshold
        claims = inner.claims

        def search(self, query: str, top: int = 5, *, exclude: Collection[str] = ()) -> list[Match]:
            searched.append(query)
            return inner.search(query, top, exclude=exclude)

    essay = (
        "My little sister is hyperactive. The dogs play with the ball in the park.\n\n"
        "Eating sugar makes kids hyperactive.\n"
    )
    sentences = split_sentences(parse_article(essay, "essay.txt").blocks)
    results = check_sentences(sentences, NoIndex())
    assert searched == ["Eating sugar makes kids hyperactive."]
    assert [r.match.claim.id for r in results if r.match] == ["sugar-hyperactive"]


@pytest.mark.parametrize(
    "text",
    [
        # review57e: "by Marines." was read as a byline (a name may end in a full stop), and the headline-cased
        # line above it a title apart from it
        "The Pentagon and the Mexican Navy Were Joined\nby Marines.\n",
        "Health Myths Were Debunked\nby Scientists.\n",
    ],
)
def test_a_line_below_a_title_case_line_ending_in_a_full_stop_after_a_word_is_no_byline(
    kb: KnowledgeBase, text: str
) -> None:
    (result,) = scan(kb, text).results
    assert result.text == " ".join(text.split())


def test_a_byline_with_initials_is_a_line_of_its_own(kb: KnowledgeBase) -> None:
    report = scan(kb, "Health Myths Essay\nby J. Smith and A.B. Patel\n\nVaccines cause autism, some say.\n")
    assert [r.text for r in report.results[:2]] == ["Health Myths Essay", "by J. Smith and A.B. Patel"]


def test_a_matchers_claims_are_read_once_for_every_scan(short_kb: KnowledgeBase) -> None:
    # review58e: each scan (each file of `scan a.txt b.txt`) read the claims' words again (+1 s a file on 10,000
    # claims with --matcher semantic, which has no lexical index to look them up in)
    matcher = build_matcher(short_kb, matcher="lexical")
    assert _repeated_claims(matcher) is _repeated_claims(matcher)
