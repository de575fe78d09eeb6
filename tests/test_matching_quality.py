"""The lexical matcher on the starter knowledge base, and its behaviour at the edges.

tests/fixtures/starter_paraphrases.tsv holds statements in a person's own words with the
fact-check each refers to, and off-topic statements the starter file has nothing on;
tests/fixtures/starter_offtopic.tsv holds statements that borrow one claim's words to say something
else (another country, year, actor), which must not be matched either.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from couple_claims import COUPLE, DIVORCE, DIVORCE_AGAIN
from owner_statements import US_TROOPS_DONE_TO, US_TROOPS_SET_AGAINST
from statement_sets import tsv_cases

from factcheck.calibration import Calibration, TwoStageCalibration
from factcheck.lexical import CALIBRATION, FEATURES, SUBSTITUTION_CAP, Candidate, LexicalMatcher
from factcheck.matching import Match, build_matcher, find_matches, near_duplicates
from factcheck.model import Claim, KnowledgeBase, Verdict
from factcheck.short_statements import _claim_names, said_only_in_hashtags, says_only_who_and_when
from factcheck.store import load_knowledge_base
from factcheck.substitution import is_date, months_as_words, months_of_other_languages
from factcheck.text import terms

FIXTURE = Path(__file__).parent / "fixtures" / "starter_paraphrases.tsv"
SHARING_WORDS_FIXTURE = Path(__file__).parent / "fixtures" / "starter_offtopic.tsv"


def _cases() -> list[tuple[str, str]]:
    rows = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            expected, statement = line.split("\t")
            rows.append((expected, statement))
    return rows


PARAPHRASES = [(e, s) for e, s in _cases() if e != "-"]
OFF_TOPIC = [s for e, s in _cases() if e == "-"]


def assert_not_shown(matcher: LexicalMatcher, statement: str, not_this: str) -> None:
    """That the claim ``not_this`` is not among the matches shown for ``statement`` (the matches and their scores
    said when it is)."""
    found = find_matches(matcher, statement)
    assert not_this not in [m.claim.id for m in found], [(m.claim.id, round(m.score, 2)) for m in found]


@pytest.fixture(scope="module")
def starter_matcher() -> LexicalMatcher:
    kb = load_knowledge_base(Path(__file__).parent.parent / "claims.yaml")
    return LexicalMatcher(kb.claims, use_cache=False)


def test_every_expected_claim_is_in_the_starter_file(starter_matcher: LexicalMatcher) -> None:
    ids = {c.id for c in starter_matcher.claims}
    assert [expected for expected, _ in PARAPHRASES if expected not in ids] == []


@pytest.mark.parametrize(("expected", "statement"), PARAPHRASES)
def test_paraphrase_finds_its_fact_check_first_and_above_the_threshold(
    starter_matcher: LexicalMatcher, expected: str, statement: str
) -> None:
    found = starter_matcher.search(statement, top=3)
    assert [m.claim.id for m in found][:1] == [expected], [(m.claim.id, round(m.score, 3)) for m in found]
    assert found[0].score >= starter_matcher.threshold


@pytest.mark.parametrize(
    ("expected", "statement"),
    [
        # a debate's captions say the year in two pairs of digits: "twenty twenty five" was 45, and nothing matched
        (
            "mar-2025-155-us-marines-fenix-exercise",
            "The Senate approved one hundred fifty five US Marines in twenty twenty five.",
        ),
        # was terrorist-designation-authorized-us-military-in-mexico (first said as "Mexico designated the cartels
        # ...", another country's doing than the claim's, the US's, now capped: ``another_countrys_institution``)
        (
            "feb-2025-cartels-designated-terrorist-organizations",
            "The cartels were labeled terrorists in twenty twenty five.",
        ),
    ],
)
def test_a_year_said_in_pairs_of_digits_finds_its_fact_check(
    starter_matcher: LexicalMatcher, expected: str, statement: str
) -> None:
    found = find_matches(starter_matcher, statement)
    assert [m.claim.id for m in found][:1] == [expected], [(m.claim.id, round(m.score, 3)) for m in found]


@pytest.mark.parametrize("statement", OFF_TOPIC)
def test_off_topic_statements_are_silent(starter_matcher: LexicalMatcher, statement: str) -> None:
    assert find_matches(starter_matcher, statement) == []


@pytest.mark.parametrize(("resembles", "statement"), tsv_cases(SHARING_WORDS_FIXTURE, "silent"))
def test_statements_sharing_a_claims_words_about_something_else_are_silent(
    starter_matcher: LexicalMatcher, resembles: str, statement: str
) -> None:
    assert resembles in {c.id for c in starter_matcher.claims}
    assert find_matches(starter_matcher, statement) == []


# Were strict xfails: in a small file every word looks rare (idf as if among 1,000 claims), so these
# scored 0.94 and 0.96.  The substitution check (substitution.py) now caps the claim they borrow from.
@pytest.mark.parametrize(
    ("statement", "resembles"),
    [
        ("US soldiers are stationed in Germany", "us-troops-in-mexico-10000"),  # Germany for Mexico
        (
            "Nobody knows how many American tourists are in Mexico",
            "exact-number-of-us-troops-in-mexico-secret",
        ),  # tourists
        # Mexico for New Mexico: the same term ("new" is a stop word), another place; it scored 0.99, TRUE
        ("There is a US base in Mexico", "new-mexico-border-strip-military-zone"),
        ("The US army turned a strip of land in Mexico into a military base", "new-mexico-border-strip-military-zone"),
        # the same in lower case, in capitals and in quotes
        ("there is a us base in mexico", "new-mexico-border-strip-military-zone"),
        ("THERE IS A US BASE IN MEXICO", "new-mexico-border-strip-military-zone"),
        ("Troops can detain migrants in a military zone in “Mexico”", "new-mexico-border-strip-military-zone"),
    ],
)
def test_statements_about_something_else_sharing_an_alias_words_are_silent(
    starter_matcher: LexicalMatcher, statement: str, resembles: str
) -> None:
    assert find_matches(starter_matcher, statement) == []
    # the claim they borrow words from is still listed, as a related claim below the threshold
    listed = {m.claim.id: m.score for m in starter_matcher.search(statement, top=5)}
    assert listed[resembles] <= SUBSTITUTION_CAP
    # and it is the check that silences them: without it, that claim is shown as a match
    unchecked = LexicalMatcher(
        starter_matcher.claims, use_cache=False, short_statement_terms=0, typed_statement_terms=0
    )
    assert [m.claim.id for m in find_matches(unchecked, statement, top=1)] == [resembles]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # a place in Mexico, and the border, are not "another place of the same name" as Mexico or New Mexico
        (
            "US troops are secretly operating against the cartels in the State of Mexico",
            "us-special-forces-ground-operations-in-mexico",
        ),
        ("The US military took over a strip of land at the Mexico border", "new-mexico-border-strip-military-zone"),
        ("The US military took over a strip of land at the US Mexico border", "new-mexico-border-strip-military-zone"),
        ("Troops can detain migrants in a military zone near Mexico", "new-mexico-border-strip-military-zone"),
        # a statement naming both places, Mexico outside "in" ("invaded Mexico", "over Mexico"), and New Mexico
        (
            "The US invaded Mexico in 1916 after Pancho Villa attacked Columbus in New Mexico",
            "pershing-expedition-last-large-us-incursion",
        ),
        ("US drones based in New Mexico fly over Mexico with its consent", "us-drones-fly-over-mexico-with-consent"),
        ("Mexico deployed 10,000 troops to the border at New Mexico", "mexico-sent-10000-national-guard-to-border"),
        # the statement's names are read wherever they stand, but not one that what it is about only comes from
        ("Migrants from Mexico are detained by troops in a military zone", "new-mexico-border-strip-military-zone"),
        ("Troops detain migrants in a military zone near the Mexico border", "new-mexico-border-strip-military-zone"),
        # Mexico's border is a modifier as "the Mexico border" is; "out of" as "from"; a name saying something is
        # a speaker (74d0d73 capped each at 0.20, from 1.00)
        (
            "Troops can now detain migrants who cross Mexico's border into the military zone",
            "new-mexico-border-strip-military-zone",
        ),
        ("Mexico's border with the US is now partly a military base", "new-mexico-border-strip-military-zone"),
        (
            "Troops can detain migrants crossing out of Mexico in a new military zone",
            "new-mexico-border-strip-military-zone",
        ),
        (
            "Mexico says US troops detain migrants in a new military zone on the border",
            "new-mexico-border-strip-military-zone",
        ),
    ],
)
def test_a_place_written_another_way_keeps_its_match(
    starter_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    assert [m.claim.id for m in find_matches(starter_matcher, statement, top=1)] == [expected]


@pytest.mark.parametrize(
    "statement",
    [
        # Mexico's southern border is with Guatemala; "states" after a name is no verb of saying (ad1879a: 1.00)
        "Troops can now detain migrants who cross Mexico's southern border into the military zone",
        "Troops detain migrants in a new military zone in northern Mexico states",
    ],
)
def test_mexicos_southern_border_and_its_states_are_not_new_mexico(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    found = find_matches(starter_matcher, statement, top=1)
    assert "new-mexico-border-strip-military-zone" not in [m.claim.id for m in found], found


def test_a_namesake_place_in_the_claims_subject_is_compared_too(starter_matcher: LexicalMatcher) -> None:
    # "Mexico deployed 10,000 of its own troops to the US border" (TRUE) came first at 0.97, with no
    # note: its "Mexico" opens the sentence, and only places after in/into/at/to were compared
    statement = "10,000 US troops are deployed in New Mexico"
    assert "mexico-sent-10000-national-guard-to-border" not in [
        m.claim.id for m in find_matches(starter_matcher, statement)
    ]


@pytest.mark.parametrize(
    ("statement", "namesake"),
    [
        # a teacher's statements (tests/fixtures/starter_offtopic.tsv) typed in lower case, in capitals, In Title Case
        ("mexico hosts us military advisers at its naval bases", "new-mexico-border-strip-military-zone"),
        ("MEXICO HOSTS US MILITARY ADVISERS AT ITS NAVAL BASES", "new-mexico-border-strip-military-zone"),
        ("Mexico Hosts US Military Advisers At Its Naval Bases", "new-mexico-border-strip-military-zone"),
        ("the us navy patrols the gulf of mexico", "us-mexican-soldiers-joint-patrols-inside-mexico"),
    ],
)
def test_a_namesake_named_outside_a_place_phrase_is_compared_too(
    starter_matcher: LexicalMatcher, statement: str, namesake: str
) -> None:
    # "Mexico" as the subject, "the Gulf of Mexico" as the object: only places after in/into/at/to were compared, and
    # the New Mexico claim was a possible match (0.57), the claim of joint patrols inside Mexico another (0.56)
    listed = {m.claim.id: m.score for m in starter_matcher.search(statement, top=5)}
    assert listed[namesake] <= SUBSTITUTION_CAP
    assert find_matches(starter_matcher, statement) == []


def test_saying_when_does_not_lose_the_claim(starter_matcher: LexicalMatcher) -> None:
    # "right" is in one claim of the starter file only, so it looked rare and pulled the statement to
    # that claim (0.08); the claim itself was not among the first two
    found = find_matches(starter_matcher, "There are US troops in Mexico right now", top=1)
    assert [m.claim.id for m in found] == ["there-are-us-troops-in-mexico"]


@pytest.mark.parametrize("tags", ["#breaking", "#BreakingNews #viral", "#FYP #trending"])
def test_a_feeds_hashtags_do_not_lose_the_claim(starter_matcher: LexicalMatcher, tags: str) -> None:
    # a moderator's walkthrough: "US troops are in Mexico!!! #breaking @cnn https://t.co/abc" found nothing, as
    # "breaking", a word no claim has, took the post below the threshold (0.34; 0.88 without it)
    found = find_matches(starter_matcher, f"US troops are in Mexico!!! {tags} https://t.co/abc", top=1)
    assert [m.claim.id for m in found] == ["there-are-us-troops-in-mexico"]


@pytest.mark.parametrize(
    "post",
    [
        "Nobody is talking about this. #USTroopsInMexico",
        "#USTroopsInMexico Nobody is talking about this.",
        "RT @jo: Nobody is talking about this. #USTroopsInMexico https://t.co/x",
        "Sending love to everyone #MexicoSenate #ForeignTroops",
    ],
)
def test_a_post_saying_the_claims_words_only_in_its_hashtags_is_no_match(
    starter_matcher: LexicalMatcher, post: str
) -> None:
    # a moderator's walkthrough: shown as MISLEADING "The exact number of US troops in Mexico is secret" (0.95), by
    # its alias "Nobody knows how many American soldiers are in Mexico": the post's own words share only the
    # negation "nobody" with it, the hashtag says the rest
    assert find_matches(starter_matcher, post) == []
    assert all(m.score <= SUBSTITUTION_CAP for m in starter_matcher.search(post, top=3))


@pytest.mark.parametrize(
    ("post", "only"),
    [
        ("Nobody is talking about this. #USTroopsInMexico", True),  # "nobody", a negation, says whether, not what
        ("Nobody cares! #USTroops #Mexico", True),
        ("Nobody knows how many are there #USTroopsInMexico", False),  # "knows how many": the alias's words
        ("Nobody is talking about #USTroops in Mexico today", False),  # a hashtag among the words is one of them
        ("#USTroopsInMexico", False),  # hashtags only: they are the post's words
        ("#USTroops #Mexico", False),
        ("Nobody is talking about US troops in Mexico", False),  # typed: no hashtag
        ("Wow. Read this — Nobody Knows (@jo) May 1, 2019", False),  # no hashtag: the match is not the tags'
        ("This is crazy! #USTroopsInMexico pic.twitter.com/abc", False),  # the words caption the picture
        ("Nobody is talking about this. #Germany", False),  # nor is the match the hashtags'
    ],
)
def test_a_post_says_the_claim_only_in_its_hashtags_when_its_sentence_shares_no_word(post: str, only: bool) -> None:
    claim = Claim(
        id="secret",
        claim="The exact number of US troops in Mexico is secret.",
        verdict=Verdict.MISLEADING,
        aliases=("Nobody knows how many American soldiers are in Mexico",),
    )
    assert said_only_in_hashtags(post, claim) is only


@pytest.mark.parametrize(
    "statement",
    [
        "US and Mexican fans celebrate together at the border",  # 0.98 before
        "US and Mexican kids play together at the border",
    ],
)
def test_other_people_in_the_claims_place_are_told_apart_when_the_words_after_them_come_reordered(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    # "US and Mexican [fans celebrate] together at the border" stands where "US and Mexican [soldiers patrol] the
    # border together inside Mexico" has its soldiers; the words after them, "together" and "border", came in
    # another order, so the frame was not the claim's and the statement was shown the joint-patrols claim
    assert find_matches(starter_matcher, statement) == []


@pytest.mark.parametrize(
    "statement",
    [
        "US and Mexican soldiers patrol together at the border",
        "US and Mexican troops patrol together along the border",
        "American and Mexican soldiers patrol together at the border inside Mexico",
        "US and Mexican soldiers patrol the border together",
    ],
)
def test_the_claim_in_words_reordered_still_finds_it(starter_matcher: LexicalMatcher, statement: str) -> None:
    found = find_matches(starter_matcher, statement, top=1)
    assert [m.claim.id for m in found] == ["us-mexican-soldiers-joint-patrols-inside-mexico"]


_AUTISM = Claim(id="vaccines-autism", claim="Vaccines cause autism.", verdict=Verdict.FALSE)
_STOLEN = Claim(
    id="election-stolen", claim="The 2020 election was stolen.", verdict=Verdict.FALSE, aliases=("Stop the steal",)
)


@pytest.mark.parametrize(
    "post",
    [
        "#VaccinesCauseAutism is a hoax",
        "#VaccinesCauseAutism is a lie",
        "#VaccinesCauseAutism is fake news",
        "#VaccinesCauseAutism? Debunked.",
        "Stop spreading #VaccinesCauseAutism",
        "Blocking everyone who posts #VaccinesCauseAutism",
        "#StopTheSteal protesters arrested in Atlanta",
    ],
)
def test_a_post_whose_words_say_something_else_of_a_hashtag_spelling_the_claim_is_not_shown_it(post: str) -> None:
    # a hashtag spelling a wording of the claim word for word was once read as the post saying the claim (d93ed83,
    # reverted): these posts, which deny it or name a movement by it, were shown it at 0.86-1.00, noted "same"
    matcher = LexicalMatcher([_AUTISM, _STOLEN], use_cache=False)
    assert find_matches(matcher, post) == [], post


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        ("#USTroopsInMexico Nobody knows how many are there", "exact-number-of-us-troops-in-mexico-secret"),
        ("Nobody knows how many there are. #USTroopsInMexico", "exact-number-of-us-troops-in-mexico-secret"),
        ("10,000 US troops are in Mexico #USTroops", "us-troops-in-mexico-10000"),
        ("#USTroops 10,000 troops are in Mexico", "us-troops-in-mexico-10000"),
        ("#BREAKING US troops entered Mexico", "mexico-senate-must-authorize-foreign-troops"),
        ("#USTroopsInMexico", "there-are-us-troops-in-mexico"),  # a post of hashtags only: they are its words
        (
            "#Sheinbaum Mexico's president rejected Trump's offer to send the US Army",
            "sheinbaum-rejected-trump-troop-offer",
        ),
    ],
)
def test_a_posts_words_sharing_the_claims_keep_it_whatever_its_hashtags(
    starter_matcher: LexicalMatcher, post: str, claim: str
) -> None:
    found = find_matches(starter_matcher, post, top=1)
    assert [m.claim.id for m in found] == [claim]


@pytest.mark.parametrize(
    "post",
    [
        "BREAKING: US troops are in Mexico",  # nothing (0.34)
        "Breaking news: US troops are in Mexico",  # us-special-forces-ground-operations-in-mexico (0.58)
        "US troops are in Mexico #ICYMI",  # nothing (0.41)
    ],
)
def test_a_feeds_label_does_not_lose_the_claim(starter_matcher: LexicalMatcher, post: str) -> None:
    found = find_matches(starter_matcher, post, top=1)
    assert [m.claim.id for m in found] == ["there-are-us-troops-in-mexico"]


@pytest.mark.parametrize(
    "post",
    [
        "[14] US troops in Mexico",  # nothing (0.24)
        "(1/3) US troops are in Mexico",  # nothing (0.31)
        "1/ US troops are in Mexico",  # us-training-contingents-new-under-trump first (0.58)
        "2) US troops are in Mexico",  # 0.68
        "#3 US troops are in Mexico",  # 0.53
        "1. US troops are in Mexico",  # us-training-contingents-new-under-trump first (0.58)
        "#3 US troops in mexcio",  # 0.17: a hashtag, so its misspelling was not read
    ],
)
def test_a_place_in_a_thread_or_a_list_does_not_lose_the_claim(starter_matcher: LexicalMatcher, post: str) -> None:
    found = starter_matcher.search(post, top=1)
    plain = starter_matcher.search("US troops are in Mexico", top=1)
    assert [(m.claim.id, m.score) for m in found] == [(m.claim.id, m.score) for m in plain]
    assert plain[0].claim.id == "there-are-us-troops-in-mexico"


def test_a_place_in_a_list_keeps_the_statements_own_numbers(starter_matcher: LexicalMatcher) -> None:
    found = find_matches(starter_matcher, "2) 10,000 US troops are in Mexico", top=1)
    assert [m.claim.id for m in found] == ["us-troops-in-mexico-10000"]
    # a label after the place is read as it is at the start: "1. FALSE: X" denies X
    (denied,) = find_matches(starter_matcher, "1. FALSE: There are US troops in Mexico", top=1)
    assert (denied.claim.id, denied.polarity) == ("there-are-us-troops-in-mexico", "opposite")


def test_a_correction_label_with_a_dash_does_not_lose_the_claim(starter_matcher: LexicalMatcher) -> None:
    # scan reads "Correction — X" as the corrected fact X (claimlike._CORRECTION); the matcher took only a colon
    found = find_matches(starter_matcher, "Correction — US troops are in Mexico", top=1)
    assert [m.claim.id for m in found] == ["there-are-us-troops-in-mexico"]


def test_a_number_written_10k_finds_the_claim_that_writes_10000(starter_matcher: LexicalMatcher) -> None:
    # a moderator's walkthrough: the character grams of "10k" were not those of the claim's "10,000", and the
    # post was shown as "the exact number of US troops in Mexico is secret" (0.81), its own claim second (0.53)
    post = "10k US troops are in Mexico right now and nobody is talking about it 🇺🇸🇲🇽"
    found = find_matches(starter_matcher, post, top=1)
    assert [m.claim.id for m in found] == ["us-troops-in-mexico-10000"]


@pytest.mark.parametrize(
    ("chat", "spelled_out"),
    [
        ("10k troops r in mexico rn", "10k troops in mexico"),  # Mexico's 10,000 troops (0.63), not the US's (0.99)
        ("us soldiers in mexico rn 😳", "us soldiers in mexico"),  # nothing (0.39), not the claim (0.66)
        ("trump sent marines to mexico fr fr", "trump sent marines to mexico"),  # 0.19 against 0.23
    ],
)
def test_chat_abbreviations_are_matched_as_the_statement_without_them(
    starter_matcher: LexicalMatcher, chat: str, spelled_out: str
) -> None:
    # a teacher's students: "r", "rn", "fr" were rare words no claim has, which pulled the score down or away
    def found(statement: str) -> list[tuple[str, float]]:
        return [(m.claim.id, round(m.score, 3)) for m in starter_matcher.search(statement, top=3)]

    assert found(chat) == found(spelled_out)


@pytest.mark.parametrize(
    "statement", ["Mexico said no to US troops", "Mexico turned down US troops", "Mexico refused American soldiers"]
)
def test_a_refusal_in_other_words_finds_the_claim_on_the_refusal(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    # "said no to" was three stop words and "turned down" only "turn": the first was shown as "There
    # are US troops in Mexico" (0.88), the second as "the US turned a strip of the New Mexico border..."
    found = find_matches(starter_matcher, statement, top=1)
    assert [m.claim.id for m in found] == ["sheinbaum-rejected-trump-troop-offer"]


def test_only_short_statements_are_checked() -> None:
    claims = [_claim("mx", "Ten thousand American soldiers are stationed in Mexico")]
    statement = "US soldiers are stationed in Germany"  # 4 content words
    (checked,) = LexicalMatcher(claims, use_cache=False).candidates(statement)
    assert checked.probability == SUBSTITUTION_CAP
    unchecked_matcher = LexicalMatcher(claims, use_cache=False, short_statement_terms=3, typed_statement_terms=0)
    (unchecked,) = unchecked_matcher.candidates(statement)
    assert unchecked.probability > 0.9 and unchecked.features == checked.features
    # the claim's own place filled as the claim fills it is no substitution
    (same,) = LexicalMatcher(claims, use_cache=False).candidates("US soldiers are stationed in Mexico")
    assert same.probability > 0.9


def test_longer_typed_statements_get_the_check_for_names_and_numbers() -> None:
    claims = [
        _claim("seals", "In February 2026 Mexico's Senate approved 19 US Navy SEALs to train Mexican naval forces"),
        _claim("drones", "US drones fly over Mexico with the consent of the Mexican government"),
    ]
    matcher = LexicalMatcher(claims, use_cache=False)
    year = "Mexico's Senate approved 19 US Navy SEALs to train Mexican sailors in February 2025"  # 11 content words
    assert matcher.short_statement_terms < 11 <= matcher.typed_statement_terms
    (capped,) = [c for c in matcher.candidates(year) if matcher.claims[c.position].id == "seals"]
    assert capped.probability == SUBSTITUTION_CAP
    # the check's own switch: without it, the other year is shown as the match
    unchecked = LexicalMatcher(claims, use_cache=False, typed_statement_terms=0)
    assert [m.claim.id for m in find_matches(unchecked, year)] == ["seals"]
    # a post (a link, a hashtag...) keeps the post rules: its names and numbers are often asides
    assert [m.claim.id for m in find_matches(matcher, year + " https://example.org/x")] == ["seals"]
    assert [m.claim.id for m in find_matches(matcher, year + " #Mexico")] == ["seals"]
    # the same claim in other words, with its own year, is found
    same = "Mexico's Senate approved 19 US Navy SEALs to train Mexican sailors in February 2026"
    assert [m.claim.id for m in find_matches(matcher, same)] == ["seals"]


def test_a_contrast_in_both_texts_is_not_read_as_the_opposite(starter_matcher: LexicalMatcher) -> None:
    # found by factcheck scan: "rather than" in the statement, ", not" in the claim, both deny combat units
    statement = (
        "In reality, the U.S. military presence is small: a few advisors, trainers and support staff "
        "rather than combat units."
    )
    found = find_matches(starter_matcher, statement, top=1)
    assert [m.claim.id for m in found] == ["us-keeps-only-small-training-contingents-in-mexico"]
    assert found[0].polarity == "same"


def test_no_y_just_x_in_an_alias_is_no_opposite_of_x(starter_matcher: LexicalMatcher) -> None:
    # the claim's closest alias, "There are no US combat units in Mexico, just small training teams", was read
    # as a plain negation: the claim in other words was shown as saying its opposite
    (match,) = find_matches(starter_matcher, "The US keeps only small training teams there.", top=1)
    assert match.claim.id == "us-keeps-only-small-training-contingents-in-mexico"
    assert match.polarity == "same"
    (match,) = find_matches(starter_matcher, "There are US combat units in Mexico", top=1)
    assert match.claim.id == "us-keeps-only-small-training-contingents-in-mexico"
    assert match.polarity == "opposite"


def test_scores_are_probabilities_that_never_rise_down_the_list(starter_matcher: LexicalMatcher) -> None:
    for _, statement in _cases():
        scores = [m.score for m in starter_matcher.search(statement, top=10)]
        assert all(0.0 <= s <= 1.0 for s in scores)
        assert scores == sorted(scores, reverse=True)


def test_opposite_statement_is_flagged(starter_matcher: LexicalMatcher) -> None:
    found = find_matches(starter_matcher, "There are no US troops in Mexico", top=1)
    assert found and found[0].claim.id == "there-are-us-troops-in-mexico"
    assert found[0].polarity == "opposite"
    same = find_matches(starter_matcher, "There are American troops in Mexico", top=1)
    assert same and same[0].claim.id == "there-are-us-troops-in-mexico" and same[0].polarity == "same"


def _claim(cid: str, text: str, *aliases: str) -> Claim:
    return Claim(id=cid, claim=text, verdict=Verdict.FALSE, aliases=aliases)


def test_an_age_after_a_number_word_is_no_year() -> None:
    # "twenty fifteen-year-olds" was read 2015 and found the claim about 2015 (0.98)
    matcher = LexicalMatcher(
        [
            _claim("deported-2015", "In 2015 the US deported 300 teenagers to Mexico."),
            _claim("eleven-teens", "Eleven teenagers were deported to Mexico last week."),
        ],
        use_cache=False,
    )
    assert find_matches(matcher, "The US deported twenty fifteen-year-olds to Mexico.") == []
    said = "The US deported three hundred teenagers to Mexico in twenty fifteen."
    assert [m.claim.id for m in find_matches(matcher, said)] == ["deported-2015"]


def test_empty_or_stop_word_queries_find_nothing() -> None:
    matcher = LexicalMatcher([_claim("a", "Drones fly over the border")], use_cache=False)
    assert matcher.search("") == [] and matcher.search("the of and") == [] and matcher.search("!!!") == []


@pytest.mark.parametrize("top", [-1, -2])
def test_find_matches_refuses_a_negative_top(top: int) -> None:
    # it used to be passed on as a slice end: top=-1 gave every candidate but the last
    matcher = LexicalMatcher([_claim(c, f"Drones fly over the border {c}") for c in "abc"], use_cache=False)
    with pytest.raises(ValueError, match="top must be 0 or more"):
        find_matches(matcher, "drones over the border", top=top, min_score=0)
    assert find_matches(matcher, "drones over the border", top=0) == []
    assert matcher.search("drones over the border", top=top) == []  # the matcher's own search too


def test_find_matches_says_which_argument_has_the_wrong_type() -> None:
    # find_matches(kb, ...) (the knowledge base, not build_matcher(kb)) failed with
    # "AttributeError: 'KnowledgeBase' object has no attribute 'threshold'"; min_score=nan matched nothing, silently
    claims = [_claim("a", "Drones fly over the border")]
    matcher = LexicalMatcher(claims, use_cache=False)
    cases: list[tuple[dict[str, Any], type[Exception], str]] = [
        (
            {"matcher": KnowledgeBase(tuple(claims))},
            TypeError,
            "find_matches takes a Matcher (make one with build_matcher(kb)), not KnowledgeBase",
        ),
        ({"matcher": None}, TypeError, "find_matches takes a Matcher, not NoneType"),
        # the claims of an import's report.added, or a claims file's path: what build_matcher takes is named
        (
            {"matcher": claims},
            TypeError,
            "find_matches takes a Matcher (make one with build_matcher(claims)), not list",
        ),
        (
            {"matcher": "claims.yaml"},
            TypeError,
            "find_matches takes a Matcher (make one with build_matcher(load_knowledge_base(path))), not str",
        ),
        ({"matcher": Path("claims.yaml")}, TypeError, "(make one with build_matcher(load_knowledge_base(path)))"),
        # a statement given first is no path, and an empty list or a list of texts no claims
        ({"matcher": "drones over the border"}, TypeError, "find_matches takes a Matcher, not str"),
        ({"matcher": []}, TypeError, "find_matches takes a Matcher, not list"),
        ({"matcher": ["drones"]}, TypeError, "find_matches takes a Matcher, not list"),
        ({"query": b"drones"}, TypeError, "query must be text (str), not bytes"),
        ({"query": None}, TypeError, "query must be text (str), not NoneType"),
        ({"top": "3"}, TypeError, "top must be an int, not str"),
        ({"top": 1.5}, TypeError, "top must be an int, not float"),
        ({"min_score": "0.5"}, TypeError, "min_score must be a number or None, not str"),
        ({"min_score": float("nan")}, ValueError, "min_score must be a number, not nan"),
    ]
    for change, error, message in cases:
        arguments: dict[str, Any] = {"matcher": matcher, "query": "drones over the border", **change}
        with pytest.raises(error, match=re.escape(message)):
            find_matches(arguments.pop("matcher"), arguments.pop("query"), **arguments)
    assert [m.claim.id for m in find_matches(matcher, "drones over the border", top=1, min_score=0)] == ["a"]
    assert find_matches(matcher, "drones over the border", min_score=1.01) == []  # above 1: no match, as asked


def test_a_claim_made_with_its_verdict_as_text_is_a_verdict() -> None:
    # Claim(verdict="false") from a library user: the match's to_dict failed ('str' object has no
    # attribute 'value') and a claim with verdict="unsupported" was not listed as unsupported
    text = "Drones fly over the border every night"
    claim = Claim(id="a", claim=text, verdict="unsupported")  # type: ignore[arg-type]
    assert claim.verdict is Verdict.UNSUPPORTED and "verdict is unsupported" in claim.unsupported_reasons
    matcher = LexicalMatcher([claim], use_cache=False)
    (match,) = find_matches(matcher, "drones flying over the border at night")
    assert match.to_dict()["verdict"] == "unsupported"
    with pytest.raises(ValueError, match="verdict 'FALSE' is not one of true, mostly-true"):
        Claim(id="b", claim="x", verdict="FALSE")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "statement",
    ["10,000", "2025", "12%", "هناك أكثر من 10000 جندي أمريكي في المكسيك.", "В Мексике 10 000 американских солдат."],
)
def test_numbers_alone_match_nothing(starter_matcher: LexicalMatcher, statement: str) -> None:
    """Numbers alone are no statement; a sentence in another script shares only its numbers with English claims."""
    assert find_matches(starter_matcher, statement) == []
    assert find_matches(starter_matcher, "10,000 US troops")[0].claim.id == "us-troops-in-mexico-10000"


def test_empty_knowledge_base_finds_nothing() -> None:
    assert LexicalMatcher([], use_cache=False).search("anything at all") == []


def test_one_claim_knowledge_base_still_matches() -> None:
    matcher = LexicalMatcher([_claim("a", "Drones fly over the border every night")], use_cache=False)
    assert [m.claim.id for m in find_matches(matcher, "drones flying over the border at night")] == ["a"]


def test_ties_are_broken_by_claim_text_not_by_file_order() -> None:
    one = _claim("z-first", 'Mexico\'s senate approved "ten" marines.')
    two = _claim("a-second", "Mexico's senate approved 'ten' marines.")
    forward = LexicalMatcher([one, two], use_cache=False).search("senate approved ten marines", top=2)
    backward = LexicalMatcher([two, one], use_cache=False).search("senate approved ten marines", top=2)
    assert [m.claim.id for m in forward] == [m.claim.id for m in backward]
    assert forward[0].score == forward[1].score or forward[0].score > forward[1].score


def test_the_claim_worded_as_the_statement_comes_first_among_matches() -> None:
    # BM25F ranked the claim whose summary and alias repeat "US troops ... Mexico" above the claim worded
    # exactly as the statement, which was listed second and shown at the first's score
    repeating = Claim(
        id="repeating",
        claim="There are more than 10,000 US troops deployed in Mexico.",
        verdict=Verdict.FALSE,
        summary="The 10,000 US troops are on the US side of the border, not in Mexico. No US troops are deployed "
        "in Mexico in those numbers.",
        aliases=("Ten thousand US troops are in Mexico",),
    )
    exact = Claim(id="exact", claim="There are US troops in Mexico.", verdict=Verdict.MISLEADING, summary="Few.")
    others = [_claim("wall", "Mexico paid for the border wall."), _claim("drones", "US drones fly over Mexico.")]
    matcher = LexicalMatcher([repeating, exact, *others], use_cache=False)
    for statement in ("There are US troops in Mexico", "There are no US troops in Mexico"):
        found = find_matches(matcher, statement)
        assert [m.claim.id for m in found][:1] == ["exact"], statement
        assert found[0].score >= found[-1].score


EXACT = _claim(
    "exact", "There are US troops in Mexico.", "US troops are in Mexico", "There are American soldiers in Mexico"
)
REPEATING = "There are more than 10,000 US troops deployed in Mexico."
REPEATED_ALIASES = ("Over 10,000 US soldiers are deployed in Mexico", "Ten thousand American soldiers are in Mexico")


def _flat(candidates: list[Candidate]) -> list[float]:
    return [value for c in candidates for value in (c.position, c.rank_score, c.probability)]


@pytest.mark.parametrize("copies", [2, 4])
def test_repeating_an_alias_changes_nothing(copies: int) -> None:
    # aliases are other wordings of the same claim: saying it again adds no evidence
    once = [EXACT, _claim("repeating", REPEATING, *REPEATED_ALIASES)]
    repeated = [EXACT, _claim("repeating", REPEATING, *(REPEATED_ALIASES * copies))]
    statement = "There are US soldiers in Mexico"
    expected = LexicalMatcher(once, use_cache=False).candidates(statement)
    found = LexicalMatcher(repeated, use_cache=False).candidates(statement)
    assert _flat(found) == pytest.approx(_flat(expected))
    assert found[0].position == 0  # the claim worded as the statement comes first


def test_a_candidate_clearing_the_threshold_is_listed_before_those_that_do_not() -> None:
    # a calibration that contradicts the BM25 order: the more of the statement's BM25 a claim
    # reaches, the lower its score, so the BM25 winner scores low and the runner-up high
    inverted = TwoStageCalibration(
        evidence=Calibration(FEATURES, (0.0, 0.0, -20.0, 0.0, 0.0), 5.0),
        score=Calibration(("evidence", "stands_out"), (1.0, 0.0), 0.0),
        crowd_size=CALIBRATION.crowd_size,
        crowd_floor=CALIBRATION.crowd_floor,
    )
    claims = [_claim("all", "Drones fly over the border every night"), _claim("some", "Drones were seen in Texas")]
    statement = "drones fly over the border every night"
    by_bm25 = LexicalMatcher(claims, use_cache=False).search(statement, top=2)
    assert [m.claim.id for m in by_bm25] == ["all", "some"]
    matcher = LexicalMatcher(claims, use_cache=False, calibration=inverted)
    own = {matcher.claims[c.position].id: c.probability for c in matcher.candidates(statement, top=2)}
    assert own["all"] < matcher.threshold <= own["some"]
    found = matcher.search(statement, top=2)
    assert [m.claim.id for m in found] == ["some", "all"]
    assert [m.score for m in found] == [own["some"], own["all"]]
    assert [m.claim.id for m in find_matches(matcher, statement)] == ["some"]


STATEMENT = "Kim Kardashian and Kanye West are divorcing, it is official"


@pytest.mark.parametrize("statement", [STATEMENT, "Kim and Kanye split", "Kardashian news today"])
def test_a_lone_claim_gets_no_bonus_for_standing_alone(statement: str) -> None:
    # a file with one claim has no crowd: it counts at the floor (a typical crowd in a big pool),
    # so the claim does not "stand out" more than a candidate with a typical crowd would
    matcher = LexicalMatcher([DIVORCE], use_cache=False)
    (candidate,) = matcher.candidates(statement, top=5)
    evidence = CALIBRATION.evidence.logit(candidate.features)
    typical = CALIBRATION.score.probability((evidence, evidence - CALIBRATION.crowd_floor))
    assert candidate.probability == pytest.approx(typical)


def test_a_candidate_lost_in_a_crowd_of_similar_claims_scores_lower() -> None:
    # every fact-check about the couple resembles the statement; the right one must stand out of them
    alone = LexicalMatcher([DIVORCE], use_cache=False).search(STATEMENT, top=1)[0]
    crowded = LexicalMatcher([DIVORCE, *COUPLE], use_cache=False).search(STATEMENT, top=1)[0]
    assert alone.claim.id == crowded.claim.id == "divorce"
    assert crowded.score < alone.score


@pytest.mark.parametrize("statement", [STATEMENT, "Kim Kardashian and Kanye West are getting a divorce"])
def test_a_claim_checked_twice_is_no_rival_of_itself(statement: str) -> None:
    # a file gathered from several sources holds the same claim twice: the copies are twins (the same
    # terms), left out of each other's crowd, and their words are not the file's subjects (which would
    # make "getting" stand in for "announced" in the substitution check of a short statement)
    once = LexicalMatcher([DIVORCE, *COUPLE], use_cache=False)
    twice = LexicalMatcher([DIVORCE, DIVORCE_AGAIN, *COUPLE], use_cache=False)
    alone = once.search(statement, top=1)[0]
    first, second = twice.search(statement, top=2)
    assert {first.claim.id, second.claim.id} == {"divorce", "divorce-again"}
    assert first.score == second.score >= twice.threshold
    assert first.score == pytest.approx(alone.score, abs=0.08)  # the twin changes idf a little, nothing more
    candidates = twice.candidates(statement, top=15)
    rivals = CALIBRATION.probabilities([c.features for c in candidates])  # the copies counted in each other's crowd
    assert first.score > rivals[0] + 0.05


def test_exclude_leaves_claims_out() -> None:
    claims = [_claim("a", "Drones fly over the border"), _claim("b", "Drones fly over the capital")]
    matcher = LexicalMatcher(claims, use_cache=False)
    assert matcher.search("drones over the border", top=1)[0].claim.id == "a"
    assert [m.claim.id for m in matcher.search("drones over the border", exclude=["a"])] == ["b"]


def test_near_duplicates_finds_a_twin_but_not_itself() -> None:
    claims = [
        _claim("a", 'A "large-scale killing" of farmers is taking place.'),
        _claim("b", "A 'large-scale killing' of farmers is taking place."),
        _claim("c", "Drones fly over the capital every night."),
    ]
    matcher = build_matcher(claims, use_cache=False)
    assert [c.id for c, _ in near_duplicates(matcher, claims[0])] == ["b"]
    assert near_duplicates(matcher, claims[2]) == []


def test_match_json_has_polarity(starter_matcher: LexicalMatcher) -> None:
    match = starter_matcher.search("There are no US troops in Mexico", top=1)[0]
    data = match.to_dict()
    # every key, in order: "strength" (Match.label) was added last, after the keys scripts already read
    keys = ["id", "claim", "verdict", "score", "summary", "sources", "polarity", "differences", "strength"]
    assert list(data) == keys
    assert data["polarity"] == "opposite"
    assert data["strength"] == match.label == "match"
    assert Match(match.claim, 0.5).to_dict()["polarity"] is None


def test_check_cli_json_and_note(invoke: Callable[..., object], starter_kb: Path) -> None:
    result = invoke("check", "--kb", str(starter_kb), "--json", "There are no US troops in Mexico")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    data = json.loads(result.stdout)  # type: ignore[attr-defined]
    assert data["matches"][0]["polarity"] == "opposite"
    human = invoke("check", "--kb", str(starter_kb), "There are no US troops in Mexico")
    assert "your statement says the opposite" in human.stdout  # type: ignore[attr-defined]
    silent = invoke("check", "--kb", str(starter_kb), "--no-cache", "The Mexican peso is the strongest currency")
    assert silent.exit_code == 1  # type: ignore[attr-defined]


# from tests/fixtures/starter_review_heldout.tsv (a statement of another fact that lexical matching shows as a match)
GUATEMALA = "In February 2025 the Senate approved 10 US trainers for the Guatemalan army."


def test_check_shows_the_names_that_differ_from_the_claims(invoke: Callable[..., object], starter_kb: Path) -> None:
    data = json.loads(invoke("check", "--kb", str(starter_kb), "--json", "--top", "1", GUATEMALA).stdout)  # type: ignore[attr-defined]
    assert data["matches"][0]["id"] == "feb-2025-senate-approves-10-us-special-forces-trainers"
    assert data["matches"][0]["differences"] == {"statement": ["Guatemalan"], "claim": ["Mexico"]}
    human = invoke("check", "--kb", str(starter_kb), "--top", "1", GUATEMALA).stdout  # type: ignore[attr-defined]
    assert "Note: your statement says “Guatemalan” where the claim says “Mexico”" in " ".join(human.split())
    same = json.loads(
        invoke("check", "--kb", str(starter_kb), "--json", "Are there 10,000 US soldiers in Mexico?").stdout
    )  # type: ignore[attr-defined]
    assert same["matches"][0]["differences"] is None


@pytest.mark.parametrize(
    ("framed", "expected"),
    [
        ("It is false that there are US troops in Mexico", "there-are-us-troops-in-mexico"),
        ("It's a myth that there are US troops in Mexico", "there-are-us-troops-in-mexico"),
        # the short-statement check read "myth" as a word standing in the claim's place: capped at 0.20
        (
            "It's a myth that american troops bring foreign investment to Mexico",
            "us-military-cooperation-attracts-investment",
        ),
    ],
)
def test_a_statement_judged_false_finds_the_fact_check_of_what_it_judges(
    starter_matcher: LexicalMatcher, framed: str, expected: str
) -> None:
    # "false" and "myth" are no words of the claim: they pulled the right fact-check below the threshold
    (match,) = find_matches(starter_matcher, framed, top=1)
    assert match.claim.id == expected and match.polarity == "opposite"
    bare = framed.split(" that ", 1)[1]
    assert match.score == starter_matcher.search(bare, top=1)[0].score


def test_a_correction_of_the_claim_is_shown_with_the_place_it_moves_to(starter_matcher: LexicalMatcher) -> None:
    # still matched (no score change), but no longer shown as if it were the claim in other words
    (match,) = find_matches(starter_matcher, "More than 10,000 US troops have been sent to the southern border.", top=1)
    assert match.claim.id == "us-troops-in-mexico-10000"
    assert match.differences is not None and match.differences.to_dict() == {
        "statement": ["southern border"],
        "claim": ["Mexico"],
    }


def test_related_claims_that_differ_in_numbers_are_not_near_duplicates(starter_matcher: LexicalMatcher) -> None:
    # same event type, same words, different year and count: related, not duplicates
    claims = {c.id: c for c in starter_matcher.claims}
    feb_2025 = claims["feb-2025-senate-approves-10-us-special-forces-trainers"]
    assert near_duplicates(starter_matcher, feb_2025) == []
    assert all(near_duplicates(starter_matcher, c) == [] for c in starter_matcher.claims)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # a year apart: word and character cosines 0.90
        (
            "In February 2024 Mexico's Senate let about 10 US soldiers into the country to train Mexican Navy special"
            " forces.",
            "feb-2025-senate-approves-10-us-special-forces-trainers",
        ),
        # "mil" may be 10 million (slang) in English: 1.00, as terms reads "10 mil" as 10000
        ("There are more than 10 mil US troops deployed in Mexico.", "us-troops-in-mexico-10000"),
    ],
)
def test_a_wording_alike_with_other_numbers_is_no_near_duplicate(
    starter_matcher: LexicalMatcher, text: str, other: str
) -> None:
    claim = Claim(id="new", claim=text, verdict=Verdict.FALSE)
    assert [c.id for c, _ in starter_matcher.similar_claims(text, min_similarity=0.9)] == [other]
    assert near_duplicates(starter_matcher, claim) == []


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("There are more than ten thousand US troops deployed in Mexico.", "us-troops-in-mexico-10000"),
        ("There are more than 10k US troops deployed in Mexico!", "us-troops-in-mexico-10000"),
        # the claim's Spanish wording (an alias) says "10 mil": 10,000 in a Spanish text
        ("Hay más de 10 mil soldados estadounidenses desplegados en México.", "us-troops-in-mexico-10000"),
        (
            "In February 2026 Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces!",
            "feb-2026-senate-approves-19-navy-seals",
        ),
    ],
)
def test_a_wording_alike_with_the_same_numbers_is_a_near_duplicate(
    starter_matcher: LexicalMatcher, text: str, other: str
) -> None:
    claim = Claim(id="new", claim=text, verdict=Verdict.FALSE)
    assert [c.id for c, _ in near_duplicates(starter_matcher, claim)] == [other]


def test_ten_mil_in_english_still_finds_the_claim_of_ten_thousand(starter_matcher: LexicalMatcher) -> None:
    # tests/fixtures/starter_review_design.tsv: a paraphrase ("mil" as in Spanish); only near-duplicates tell them apart
    (match,) = find_matches(starter_matcher, "The gringos have 10 mil soldiers in Mexico", top=1)
    assert match.claim.id == "us-troops-in-mexico-10000"
    assert match.score >= 0.5


@pytest.mark.parametrize(
    ("statement", "strong"),
    [
        ("Riverton", False),
        ("border troops", False),
        ("U.S. troops", False),
        ("10,000 troops", False),
        ("US troops Mexico", True),
        (None, True),
    ],
)
def test_a_match_to_fewer_than_three_words_is_never_strong(statement: str | None, strong: bool) -> None:
    claim = Claim(id="c", claim="The Riverton bridge collapsed in the 2024 flood.", verdict=Verdict.FALSE)
    assert Match(claim, 0.99, statement=statement).is_strong is strong
    assert not Match(claim, 0.79, statement="The Riverton bridge collapsed").is_strong


@pytest.mark.parametrize(
    ("statement", "strong"),
    [
        # whose bridge, which flood: the statement names nothing the claim names
        ("The bridge collapsed in the flood", False),
        ("A bridge collapsed in a flood", False),
        ("The bridge collapsed in the 2024 flood", False),  # a date alone says which flood, not whose bridge
        # it names the claim's name, another, or an amount: compared as usual (``differences``)
        ("The Riverton bridge collapsed in the flood", True),
        ("Riverton's bridge collapsed", True),
        ("3 bridges collapsed in the flood", True),
        ("The Oakdale bridge collapsed in the flood", True),
    ],
)
def test_a_statement_naming_nothing_the_claim_names_is_a_possible_match(statement: str, strong: bool) -> None:
    claim = Claim(id="c", claim="The Riverton bridge collapsed in the 2024 flood.", verdict=Verdict.FALSE)
    assert Match(claim, 0.99, statement=statement).is_strong is strong
    # a claim that names nothing is no more precise than such a statement
    plain = Claim(id="p", claim="Bridges collapse in floods.", verdict=Verdict.FALSE)
    assert Match(plain, 0.99, statement="The bridge collapsed in the flood").is_strong


@pytest.mark.parametrize("statement", ["The military was deployed to the border", "Troops were sent to the border"])
def test_an_unowned_military_at_the_border_is_a_possible_match_saying_what_the_claim_adds(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    # "The military was deployed to the border" was shown as a match (0.94) for TRUE "Mexico deployed 10,000 of
    # its own troops to the US border", with no note: the file tells of US troops sent to that border too
    found = find_matches(starter_matcher, statement)
    assert found and found[0].claim.id == "mexico-sent-10000-national-guard-to-border"
    assert not any(match.is_strong for match in found)  # nor the FALSE claim of 10,000 US troops in Mexico
    assert "Mexico" in found[0].left_open and found[0].differences is not None
    assert found[0].differences.note().startswith("the claim says “Mexico”, “10,000")
    # naming the claim's actor, it is a match again
    (named,) = find_matches(starter_matcher, "Mexico deployed 10,000 troops to the border", top=1)
    assert named.is_strong and named.left_open == () and named.differences is None


@pytest.mark.parametrize(
    "statement",
    [
        "the us will invade mexico",
        "the us is going to invade mexico",
        "trump will invade mexico",
        "US troops will invade Mexico again",
        "the us plans to invade mexico",
    ],
)
def test_a_statement_about_the_future_is_not_the_fact_check_of_the_past(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    # "the us will invade mexico" was shown as TRUE, matched at 1.00 to "US troops have invaded Mexico in
    # the past" (from the teacher walkthrough)
    assert find_matches(starter_matcher, statement) == []


@pytest.mark.parametrize("statement", ["the us invaded mexico", "has the us invaded mexico before?"])
def test_a_statement_about_the_past_keeps_the_fact_check_of_the_past(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    (match,) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == "us-troops-invaded-mexico-in-past"


def test_the_same_words_with_another_actor_are_not_the_fact_check(starter_matcher: LexicalMatcher) -> None:
    # "the us sent 10000 troops to the border" was shown as TRUE "Mexico deployed 10,000 of its own troops
    # to the US border" at 0.98: the US is where those troops went, not who sent them
    for statement in ("the us sent 10000 troops to the border", "The US deployed 10,000 troops to the border"):
        found = find_matches(starter_matcher, statement)
        assert "mexico-sent-10000-national-guard-to-border" not in [m.claim.id for m in found]


@pytest.mark.parametrize(
    "statement",
    [
        "Bolsonaro rejected Trump's offer to send US troops into Mexico",
        "Bolsonaro rejected Trump's offer",  # silent before too, by the alias "Sheinbaum said no to Trump's offer ..."
    ],
)
def test_a_person_the_file_never_names_in_the_claims_actors_place(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    # shown as TRUE "Mexico's president turned down Trump's offer ..." at 0.998 by the alias "Trump offered to send
    # troops to Mexico and Sheinbaum refused": "Bolsonaro" opens the sentence, so it may have been an ordinary word
    assert "sheinbaum-rejected-trump-troop-offer" not in [m.claim.id for m in find_matches(starter_matcher, statement)]


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        # shown as TRUE at 1.00: another country opening the sentence, before the claim's own verb
        (
            "Guatemala approved 155 armed US Marines entering the country in spring 2025",
            "mar-2025-155-us-marines-fenix-exercise",
        ),
        (
            "Colombia approved 155 US Marines for a joint exercise in March 2025",
            "mar-2025-155-us-marines-fenix-exercise",
        ),
        ("Canada turned down Trump's offer to send the US Army into Mexico", "sheinbaum-rejected-trump-troop-offer"),
        # another country's institution, before the claim's verb (or another of the same deed)
        (
            "Canada's Senate approved 19 US Navy SEALs to train Mexican naval special forces",
            "feb-2026-senate-approves-19-navy-seals",
        ),
        ("In February 2026 the US Senate approved 19 Mexican Navy SEALs", "feb-2026-senate-approves-19-navy-seals"),
        (
            "Canada's president turned down Trump's offer to send the US Army into Mexico",
            "sheinbaum-rejected-trump-troop-offer",
        ),
        # a legislature by another name is still another country's ("Mexico's Senate must authorize ...")
        (
            "Guatemala's Congress must approve foreign troops entering the country",
            "mexico-senate-must-authorize-foreign-troops",
        ),
    ],
)
def test_another_country_in_the_claims_actors_place(
    starter_matcher: LexicalMatcher, statement: str, not_this: str
) -> None:
    assert not_this not in [m.claim.id for m in find_matches(starter_matcher, statement)]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # the claim's own actor, named as it is or otherwise
        (
            "Mexico approved 155 armed US Marines entering the country in spring 2025",
            "mar-2025-155-us-marines-fenix-exercise",
        ),
        (
            "The Mexican government approved 155 armed US Marines in spring 2025",
            "mar-2025-155-us-marines-fenix-exercise",
        ),
        (
            "Mexicans approved 155 US Marines for a joint exercise in March 2025",
            "mar-2025-155-us-marines-fenix-exercise",
        ),
        (
            "Sheinbaum approved 155 US Marines for a joint exercise in March 2025",
            "mar-2025-155-us-marines-fenix-exercise",
        ),
        ("Mexico turned down Trump's offer to send the US Army into Mexico", "sheinbaum-rejected-trump-troop-offer"),
        ("The Mexican president turned down Trump's offer to send the US Army", "sheinbaum-rejected-trump-troop-offer"),
        ("America has sent 10,000 troops into Mexico", "us-troops-in-mexico-10000"),
        ("America invaded Mexico in 1846", "us-troops-invaded-mexico-in-past"),
        (
            "The Mexican Senate approved 19 US Navy SEALs to enter the country in 2026",
            "feb-2026-senate-approves-19-navy-seals",
        ),
        ("In February 2026 the Senate of Mexico approved 19 US Navy SEALs", "feb-2026-senate-approves-19-navy-seals"),
        ("In February 2026 Mexico's Senate authorized 19 US Navy SEALs", "feb-2026-senate-approves-19-navy-seals"),
        (
            "Mexico's government rejected Trump's offer to send the US Army into Mexico",
            "sheinbaum-rejected-trump-troop-offer",
        ),
        (
            "Mexico's Senate approved US Special Forces team ODA 715 in September 2025",
            "sep-2025-us-special-forces-oda-715-training",
        ),
        # the claim's actor, by a Spanish verb, another verb of its deed, a chamber's name or its person
        ("Estados Unidos invadió México en 1846", "us-troops-invaded-mexico-in-past"),
        ("México fue invadido por Estados Unidos en 1846", "us-troops-invaded-mexico-in-past"),
        ("Mexico endured an invasion of US troops in the past", "us-troops-invaded-mexico-in-past"),
        (
            "Mexico's Senate passed 19 US Navy SEALs to enter the country in 2026",
            "feb-2026-senate-approves-19-navy-seals",
        ),
        (
            "Mexico's lower house approved 19 US Navy SEALs to enter the country in 2026",
            "feb-2026-senate-approves-19-navy-seals",
        ),
        ("The Mexican Senate OK'd 19 US Navy SEALs in February 2026", "feb-2026-senate-approves-19-navy-seals"),
        (
            "El Senado de México aprobó el ingreso de 19 Navy SEALs de Estados Unidos en 2026",
            "feb-2026-senate-approves-19-navy-seals",
        ),
        ("Sheinbaum rejected Trump's offer to send US troops into Mexico", "sheinbaum-rejected-trump-troop-offer"),
        (
            "President Sheinbaum turned down Trump's offer to send US troops into Mexico",
            "sheinbaum-rejected-trump-troop-offer",
        ),
        (
            "Mexican President Claudia Sheinbaum rejected Trump's offer to send US troops",
            "sheinbaum-rejected-trump-troop-offer",
        ),
    ],
)
def test_the_claims_country_named_otherwise_keeps_the_match(
    starter_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == expected


INVADED_ID = "us-troops-invaded-mexico-in-past"
SEALS_ID = "feb-2026-senate-approves-19-navy-seals"


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        # another country by its Spanish name, before the claim's verb in Spanish: shown as TRUE at 0.60-0.68
        ("Canadá invadió México en 1846", INVADED_ID),
        ("Francia invadió México en 1846", INVADED_ID),
        ("Alemania invadió México en 1846", INVADED_ID),
        ("España invadió México en 1846", INVADED_ID),
        ("Guatemala invadió México en 1846", INVADED_ID),
        ("China invadió México en 1846", INVADED_ID),
        # docs/limits.md: told apart (0.20), where an earlier version showed it TRUE at 1.00 by the Spanish alias
        (
            "Canadá rechazó la oferta de Trump de enviar tropas estadounidenses a México",
            "sheinbaum-rejected-trump-troop-offer",
        ),
        # another country's institution by other verbs of the deed, or by a chamber's name: TRUE at 1.00
        ("Canada's Senate passed 19 US Navy SEALs to enter the country in 2026", SEALS_ID),
        ("Canada's Senate OK'd 19 US Navy SEALs to enter the country in 2026", SEALS_ID),
        ("Canada's Senate voted for 19 US Navy SEALs to enter the country in 2026", SEALS_ID),
        ("Canada's lower house approved 19 US Navy SEALs to enter the country in 2026", SEALS_ID),
        ("Canada's House of Commons approved 19 US Navy SEALs to enter the country in 2026", SEALS_ID),
        ("El Senado de Canadá aprobó el ingreso de 19 Navy SEALs de Estados Unidos en 2026", SEALS_ID),
        # a capital city for its country's government: TRUE at 1.00
        ("Ottawa approved 19 US Navy SEALs to enter the country in 2026", SEALS_ID),
    ],
)
def test_another_actor_by_another_kind_of_name(starter_matcher: LexicalMatcher, statement: str, not_this: str) -> None:
    assert not_this not in [m.claim.id for m in find_matches(starter_matcher, statement)]


@pytest.mark.xfail(
    strict=True,
    reason="a known miss (docs/limits.md): the claim's own country in Spanish, before its verb, scores 0.20 (no match) "
    "where the English 'Mexico rejected Trump's offer to send US troops' is shown TRUE at 1.00",
)
def test_the_claims_own_country_in_spanish_finds_the_claim(starter_matcher: LexicalMatcher) -> None:
    statement = "México rechazó la oferta de Trump de enviar tropas estadounidenses a México"
    assert [m.claim.id for m in find_matches(starter_matcher, statement, top=1)] == [
        "sheinbaum-rejected-trump-troop-offer"
    ]


SEALS_2025_ID = "feb-2025-senate-approves-10-us-special-forces-trainers"
ODA_ID = "sep-2025-us-special-forces-oda-715-training"
MARINES_ID = "mar-2025-155-us-marines-fenix-exercise"
OFFER_ID = "sheinbaum-rejected-trump-troop-offer"


@pytest.mark.parametrize(
    "statement",
    [
        # longer than TYPED_STATEMENT_TERMS content words (13 and more), so unchecked: shown at 1.00, while the same
        # actor in fewer words was capped (the actors are read from the opening, however long: ``Check.ACTORS``)
        "Canada's lower house approved 19 US Navy SEALs to train Mexican naval special forces",
        "Canada's House of Commons approved 19 US Navy SEALs to train Mexican naval special forces in Campeche",
        "The Canadian Senate approved 19 US Navy SEALs to train Mexican naval special forces in Campeche in 2026",
        "According to officials, Canada's Senate approved 19 US Navy SEALs to train Mexican naval special forces",
        "In February 2025 Canada's Senate let about 10 US soldiers into the country to train Mexican Navy special "
        "forces",
        "In late September 2025 Canada's Senate approved another US Army Special Forces team to train Mexican Navy "
        "units through December",
        "Canada's Senate approved 155 US Marines for a joint exercise with the Mexican Navy in Baja California in "
        "March 2025",
        "In 1846 Mexico invaded the United States and took half of its territory in the war that followed",
        "Canada's prime minister turned down Trump's offer to send the US Army into Canada to fight cartels and drug "
        "traffickers",
        # a country acting as a whole, by its name or its capital, for another's institution: the February 2025
        # claim shown at 0.59 and 0.52 by an alias ("Mexico's Senate approved 10 US special forces trainers ..."),
        # the others at 1.00 (after a date the statement opens with, or in capitals), or by a passive alias
        "Ottawa approved 19 US Navy SEALs to train Mexican naval special forces",
        "On Tuesday, Ottawa approved 19 US Navy SEALs to train Mexican naval special forces",
        "On Tuesday, Ottawa approved 19 US Navy SEALs to enter the country in 2026",
        "OTTAWA APPROVED 19 US NAVY SEALS TO ENTER THE COUNTRY IN 2026",
        "Colombia approved 19 US Navy SEALs to train Mexican naval special forces in Campeche in February 2026",
        "The US passed a law in 2020 to restrict DEA agents in Mexico",
    ],
)
def test_another_actor_in_a_statement_of_any_length_shows_no_match(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    assert [(m.claim.id, round(m.score, 2)) for m in find_matches(starter_matcher, statement)] == []


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        # short statements main held back (one country's institution for another's): a later clause lifted the cap,
        # 0.20 -> 0.96-1.00 (review-actor2); a cap main had is never lifted
        ("Canada's Senate approved 19 US Navy SEALs after Mexico's Senate voted against them", SEALS_ID),
        ("Canada's Senate approved 19 US Navy SEALs until Mexico's Senate approves them", SEALS_ID),
        ("Canada's Senate approved 19 US Navy SEALs, while Mexico's Senate approved none", SEALS_ID),
        ("Canada's president turned down Trump's offer after Mexico's president turned down a deal", OFFER_ID),
        # longer, whose caps are the actors' check's (``Check.ACTORS``): the claim's actor after the opening, not
        # doing the claim's deed (voting against, a modal or future, none), or "its" of the statement's own country
        (
            "Canada approved 19 US Navy SEALs to train Mexican naval special forces after Mexico's Senate voted "
            "against them",
            SEALS_ID,
        ),
        (
            "Canada approved 19 US Navy SEALs to train Mexican naval special forces before Mexico's Senate could "
            "approve them",
            SEALS_ID,
        ),
        (
            "Ottawa approved 19 US Navy SEALs to train Mexican naval special forces; Mexico's Senate will approve "
            "them next week",
            SEALS_ID,
        ),
        (
            "Canada approved the mission after its Senate approved 19 US Navy SEALs to train Mexican naval special "
            "forces",
            SEALS_ID,
        ),
        (
            "Guatemala approved 155 armed US Marines entering the country in spring 2025, but Mexico approved none",
            MARINES_ID,
        ),
        # "its" of a country named only as a preposition's object: Guatemala's Senate
        (
            "Guatemala approved 155 armed US Marines for a joint exercise with Mexico in spring 2025, after its "
            "Senate approved them",
            MARINES_ID,
        ),
    ],
)
def test_the_claims_actor_further_on_not_doing_it_shows_no_match(
    starter_matcher: LexicalMatcher, statement: str, not_this: str
) -> None:
    assert not_this not in [m.claim.id for m in find_matches(starter_matcher, statement)]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # the claim's actor after an opening with another country: capped by the actors' check (1.00 -> 0.20), the
        # first two showing the FALSE "us-said-it-will-send-troops-into-mexico" at 0.82 and 0.87 instead
        (
            "Washington rejected Mexico's request after its president, Claudia Sheinbaum, turned down Trump's offer "
            "to send the US Army into Mexico to fight cartels",
            OFFER_ID,
        ),
        (
            "Washington rejected Mexico's request days after Sheinbaum turned down Trump's offer to send the US Army "
            "into Mexico to fight cartels",
            OFFER_ID,
        ),
        (
            "The US Congress approved funding for 19 Navy SEALs to train Mexican naval special forces following the "
            "Mexican Senate's approval in February 2026",
            SEALS_ID,
        ),
        (
            "Guatemala approved a smaller US contingent; separately Mexico approved 155 armed US Marines entering the "
            "country in spring 2025 for an exercise",
            MARINES_ID,
        ),
    ],
)
def test_the_claims_actor_further_on_finds_its_fact_check(
    starter_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    found = find_matches(starter_matcher, statement)
    assert [m.claim.id for m in found][:1] == [expected], [(m.claim.id, round(m.score, 2)) for m in found]


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        # a time or an adverb between the actor and its verb (review-actor2, 5): each shown at 0.99-1.00 on main
        ("Canada's Senate on Tuesday approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_ID),
        ("Canada's Senate in February 2026 approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_ID),
        ("Canada's Senate unanimously approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_ID),
        ("The Canadian Senate last week approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_ID),
        ("Canada on Tuesday approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_ID),
        ("Canada's Senate on Tuesday approved 19 US Navy SEALs", SEALS_ID),
        (
            "Guatemala's Congress on Monday approved 155 armed US Marines entering the country in spring 2025 for a "
            "joint training exercise",
            MARINES_ID,
        ),
        # a vote or two adverbs between the actor and its verb: each shown at 1.00 on main
        ("Canada's Senate in a 70-10 vote approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_ID),
        ("Canada's Senate, in a 70-10 vote, approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_ID),
        ("Canada's Senate by 70 votes to 10 approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_ID),
        ("Canada's Senate by a wide margin approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_ID),
        ("Canada in a 70-10 vote approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_ID),
        (
            "Canada's Senate quickly and unanimously approved 19 US Navy SEALs to train Mexican naval special forces",
            SEALS_ID,
        ),
        (
            "Guatemala's Congress in a 90-10 vote approved 155 armed US Marines entering the country in spring 2025 "
            "for a joint training exercise",
            MARINES_ID,
        ),
        (
            "El Senado de Canadá en una votación de 70 a 10 aprobó el ingreso de 19 Navy SEALs de Estados Unidos en "
            "2026",
            SEALS_ID,
        ),
        # another actor than the claim's said not to have done it ('same' on main, 1.00)
        ("Canada's Senate, not the US Senate, approved 19 US Navy SEALs in February 2026", SEALS_ID),
        # the claim's actor denied, but the statement worded as the alias that names no actor ("US Navy SEALs were
        # authorized to train Mexican naval special forces in Campeche"), which it does not contradict: kept capped
        # rather than shown as agreeing
        (
            "Canada, not Mexico, authorized US Navy SEALs to train Mexican naval special forces in Campeche",
            SEALS_ID,
        ),
    ],
)
def test_another_actor_with_a_time_or_an_aside_shows_no_match(
    starter_matcher: LexicalMatcher, statement: str, not_this: str
) -> None:
    assert not_this not in [m.claim.id for m in find_matches(starter_matcher, statement)]


@pytest.mark.parametrize(
    "statement",
    [
        # the review of int (rint1): each shown 'opposite' on main, capped (no match) by the ", not X," aside
        "The US Congress, not Mexico's Senate, approved 19 US Navy SEALs in February 2026",
        "The US Senate, not Mexico's Senate, approved 19 US Navy SEALs in February 2026",
        "The US Senate, rather than Mexico's Senate, approved 19 US Navy SEALs in February 2026",
        "Canada, not Mexico, approved 19 US Navy SEALs in February 2026",
        "Canada, not Mexico, approved 19 US Navy SEALs",
        "Canada's Senate, instead of the Mexican Senate, approved 19 US Navy SEALs",
        "El Senado de Canadá, y no el de México, aprobó 19 Navy SEALs de Estados Unidos en 2026",
        # the denied name said again elsewhere ("Mexican naval special forces"): read as saying the same by
        # polarity's contrast, so capped (no match) on main, where the same without "Mexican" was shown opposite
        "Canada, not Mexico, approved 19 US Navy SEALs to train Mexican naval special forces",
        "Canada, rather than Mexico, approved 19 US Navy SEALs to train Mexican naval special forces",
        "Canada's Senate, not Mexico's, approved 19 US Navy SEALs to train Mexican naval special forces",
        "Canada, not Mexico's Senate, approved 19 US Navy SEALs to train Mexican naval special forces",
        "The US Senate, not Mexico's Senate, approved 19 US Navy SEALs to train Mexican naval special forces",
        "The US Congress, instead of the Mexican Senate, approved 19 US Navy SEALs to train Mexican naval special "
        "forces",
        # the aside's verb past auxiliaries and adverbs, beyond its first three words: shown as saying the same on
        # main (1.00), which looked for the verb in those three words
        "Canada, not Mexico, has now formally approved 19 US Navy SEALs to train Mexican naval special forces",
        "Canada, not Mexico, had already unanimously approved 19 US Navy SEALs to train Mexican naval special forces",
        # past a time, "in fact" or "and" between two adverbs too (review-actor82): shown at 1.00 same before
        "Canada, not Mexico, in February 2026 formally approved 19 US Navy SEALs to train Mexican naval special forces",
        "Canada, not Mexico, last week formally approved 19 US Navy SEALs to train Mexican naval special forces",
        "Canada, not Mexico, has now formally and unanimously approved 19 US Navy SEALs to train Mexican naval special "
        "forces",
        "Canada, not Mexico, quickly and formally approved 19 US Navy SEALs to train Mexican naval special forces",
        "Canada, not Mexico, has in fact approved 19 US Navy SEALs to train Mexican naval special forces",
        # a reply's first word answers someone else: what follows it denies the claim all the same, and the claim
        # that refutes it is worth showing, as its opposite: a guard, as on main
        "No, Canada, not Mexico, approved 19 US Navy SEALs to train Mexican naval special forces",
        "No, Canada, not Mexico, has now formally approved 19 US Navy SEALs to train Mexican naval special forces",
        "Actually, Canada, not Mexico, approved 19 US Navy SEALs to train Mexican naval special forces",
    ],
)
def test_an_aside_denying_the_claims_actor_shows_the_claim_as_its_opposite(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    found = find_matches(starter_matcher, statement)
    assert [(m.claim.id, m.polarity) for m in found][:1] == [(SEALS_ID, "opposite")], [
        (m.claim.id, round(m.score, 2), m.polarity) for m in found
    ]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # an aside of another deed than the claim's, the claim's actor then doing the claim's deed: 'same' on main,
        # shown as the opposite of the TRUE claim by 2c99479 (review-actor74, 1)
        (
            "The US, not Mexico, asked for the training, and Mexico's Senate approved 19 US Navy SEALs in February "
            "2026",
            SEALS_ID,
        ),
        (
            "Washington, not Mexico, requested it; in February 2026 Mexico's Senate approved 19 US Navy SEALs to train "
            "Mexican naval special forces",
            SEALS_ID,
        ),
        (
            '"The US, not Mexico, will pay for it," Trump said, after Mexico\'s Senate approved 19 US Navy SEALs in '
            "February 2026",
            SEALS_ID,
        ),
        (
            "The US, not Mexico, sent the request, which Mexico's Senate approved in February 2026: 19 US Navy SEALs "
            "to train Mexican naval special forces",
            SEALS_ID,
        ),
        # the denied actor doing the claim's deed seven words on: shown as the opposite by 2c99479, which looked five
        # words ahead (review-int2c, 3)
        (
            "The US, not Mexico, approved sending them, though Mexico's Senate in February 2026 finally approved 19 US "
            "Navy SEALs",
            SEALS_ID,
        ),
        (
            "Trump, not Mexico, ordered it; Mexico approved 155 armed US Marines entering the country in spring 2025",
            "mar-2025-155-us-marines-fenix-exercise",
        ),
        # a reply's "No," before the claim's own actor, no aside: what follows says what the claim says
        ("No, Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_ID),
        (
            "The US, not Mexico, pays for the wall, while Mexico deployed 10,000 of its own troops to the US border in "
            "February 2025",
            "mexico-sent-10000-national-guard-to-border",
        ),
    ],
)
def test_an_aside_of_another_deed_keeps_the_claim_as_saying_the_same(
    starter_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    found = find_matches(starter_matcher, statement)
    assert [(m.claim.id, m.polarity) for m in found] == [(m.claim.id, "same") for m in found], [
        (m.claim.id, round(m.score, 2), m.polarity) for m in found
    ]
    assert [m.claim.id for m in found][:1] == [expected]


@pytest.mark.parametrize(
    "statement",
    [
        # a framing denying a denial of the claim's actor: capped on main, shown as the opposite at 1.00 by 2c99479
        # (review-actor74, 1)
        "It is false that Canada, not Mexico, approved 19 US Navy SEALs to train Mexican naval special forces",
        "FALSE: Canada, not Mexico, approved 19 US Navy SEALs to train Mexican naval special forces",
    ],
)
def test_a_framing_denying_an_aside_that_denies_the_claims_actor_shows_no_match(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    assert SEALS_ID not in [m.claim.id for m in find_matches(starter_matcher, statement)]


@pytest.mark.parametrize(
    "statement",
    [
        # a framing or a reporter the match's polarity is read with, which reads the aside's denial as saying the
        # same: capped on main, shown as saying what the claim says at 0.999 by 2c99479 (review-int2c, 1)
        "According to Reuters, Canada, not Mexico, approved 19 US Navy SEALs to train Mexican naval special forces",
        "According to my uncle, Canada, not Mexico, approved 19 US Navy SEALs to train Mexican naval special forces",
        "According to a viral post, Canada, not Mexico, approved 19 US Navy SEALs to train Mexican naval special "
        "forces",
        "It is true that Canada, not Mexico, approved 19 US Navy SEALs to train Mexican naval special forces",
        "Is it true that Canada, not Mexico, approved 19 US Navy SEALs to train Mexican naval special forces?",
        "My uncle says it was Canada, not Mexico, that approved 19 US Navy SEALs to train Mexican naval special forces",
    ],
)
def test_an_aside_denying_the_claims_actor_is_never_shown_as_saying_the_same(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    found = find_matches(starter_matcher, statement)
    assert (SEALS_ID, "same") not in [(m.claim.id, m.polarity) for m in found], [
        (m.claim.id, round(m.score, 2), m.polarity) for m in found
    ]


@pytest.mark.xfail(
    strict=True,
    reason="known miss: the claim's actor named later doing its deed to another thing still lifts the cap; telling "
    "another thing from a paraphrase of the claim's ('the deployment', 'them by 90 votes to 10') hid true fact-checks "
    "(review-actor68, 1)",
)
@pytest.mark.parametrize(
    "statement",
    [
        "Canada's Senate approved 19 US Navy SEALs to train Mexican naval special forces after Mexico's Senate "
        "approved a tax reform",
    ],
)
def test_the_claims_actor_later_doing_another_thing_shows_no_match(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    assert SEALS_ID not in [m.claim.id for m in find_matches(starter_matcher, statement)]


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        # the claim's actor named later doing the claim's deed to a thing said to be another ("a new", "another",
        # "a separate"), of no word or number of the claim: each shown at 1.00 on main
        (
            "Canada's Senate approved 19 US Navy SEALs to train Mexican naval special forces after Mexico approved a "
            "new budget",
            SEALS_ID,
        ),
        (
            "Canada's Senate approved 19 US Navy SEALs to train Mexican naval special forces after Mexico approved "
            "another budget",
            SEALS_ID,
        ),
        (
            "Canada's Senate approved 19 US Navy SEALs to train Mexican naval special forces after Mexico's Senate "
            "approved a separate pension bill",
            SEALS_ID,
        ),
        (
            "Guatemala approved 155 armed US Marines entering the country in spring 2025 for a joint training "
            "exercise after Mexico approved a new law",
            MARINES_ID,
        ),
    ],
)
def test_the_claims_actor_later_doing_its_deed_to_a_new_thing_shows_no_match(
    starter_matcher: LexicalMatcher, statement: str, not_this: str
) -> None:
    assert_not_shown(starter_matcher, statement, not_this)


@pytest.mark.parametrize(
    "statement",
    [
        # the claim's own actor, with a time or an adverb before its verb
        "Mexico's Senate on Tuesday approved 19 US Navy SEALs to train Mexican naval special forces",
        "The Mexican Senate unanimously approved 19 US Navy SEALs to train Mexican naval special forces",
        # with a vote or two adverbs before its verb
        "Mexico's Senate in a 70-10 vote approved 19 US Navy SEALs to train Mexican naval special forces",
        "Mexico's Senate, in a 70-10 vote, approved 19 US Navy SEALs to train Mexican naval special forces",
        "Mexico's Senate by a vote of 70 to 10 approved 19 US Navy SEALs to train Mexican naval special forces",
        "Mexico's Senate quickly and unanimously approved 19 US Navy SEALs to train Mexican naval special forces",
        "The Mexican Senate in a 70-10 vote approved 19 US Navy SEALs in February 2026",
        "Mexico's Senate approved 19 US Navy SEALs in a 70-10 vote in February 2026",
        # the claim's actor beside another, or named later doing the deed to the claim's object
        "Canada's Senate, like Mexico's Senate, approved 19 US Navy SEALs to train Mexican naval special forces",
        (
            "Canada's Senate on Tuesday said Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special "
            "forces"
        ),
        (
            "Canada's Senate approved 19 US Navy SEALs to train Mexican naval special forces after Mexico's Senate "
            "approved them in February 2026"
        ),
        (
            "The US approved sending 19 Navy SEALs to Mexico after Mexico's Senate approved them in February 2026 to "
            "train naval special forces"
        ),
        # the claim's actor named later doing it to the claim's object in other words (review-actor68, 1): each
        # capped, the last one shown as another claim (feb-2025, 0.81), by a check of the later clause's object
        *(
            "Canada's Senate approved 19 US Navy SEALs to train Mexican naval special forces after Mexico's Senate "
            + done
            for done in (
                "approved the deployment",
                "approved them unanimously",
                "approved them last week",
                "approved them first",
                "approved them by 90 votes to 10",
                # a thing named otherwise than as new, or a new one sharing a number, a date or a word with the claim
                "approved a similar request",
                "approved a Pentagon request",
                "approved a new request in February 2026",
                "approved a new deployment of 19 SEALs",
                "approved a new request for US trainers",
            )
        ),
        # an aside having the claim's actor do it too, or naming no actor (review-actor68, 2): each capped by a
        # reading of any ", not ...," or ", no ...," aside as another actor's
        *(
            f"Canada, {aside}, approved 19 US Navy SEALs to train Mexican naval special forces"
            for aside in (
                "not just Mexico",
                "not to mention Mexico",
                "no less than Mexico",
                "not unlike Mexico",
                "no differently from Mexico",
                "not alone",
            )
        ),
        "Canada's Senate, not to be outdone by Mexico's, approved 19 US Navy SEALs to train Mexican naval special "
        "forces",
    ],
)
def test_the_claims_actor_with_a_time_beside_another_or_doing_it_later_keeps_the_match(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    found = find_matches(starter_matcher, statement)
    assert [m.claim.id for m in found][:1] == [SEALS_ID], [(m.claim.id, round(m.score, 2)) for m in found]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (
            "According to officials, Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces",
            SEALS_ID,
        ),
        (
            "The Mexican Senate voted to let 19 US Navy SEALs train Mexican naval special forces in Campeche in 2026",
            SEALS_ID,
        ),
        ("19 US Navy SEALs were approved by Mexico's Senate to train Mexican naval special forces in 2026", SEALS_ID),
        ("Mexico's lower house approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_ID),
        ("US Navy SEALs were authorized to train Mexican naval special forces in Campeche", SEALS_ID),
        (
            "The Mexican Senate approved about 10 US soldiers to train Mexican Navy special forces in February 2025",
            SEALS_2025_ID,
        ),
        (
            "In late September 2025 the Senate approved another US Army Special Forces team to train Mexican Navy "
            "units",
            ODA_ID,
        ),
        (
            "Senate President Gerardo Fernández Noroña approved 155 US Marines for the Fénix 2025 joint exercise",
            MARINES_ID,
        ),
        (
            "Mexico's president rejected Trump's offer to send the US Army into Mexico to fight the drug cartels in "
            "2025",
            OFFER_ID,
        ),
        (
            "In 1846 the United States invaded Mexico and took half of its territory in the war that followed",
            INVADED_ID,
        ),
        ("Mexico was invaded by the United States in 1846, 1914 and 1916", INVADED_ID),
        ("México fue invadido por Estados Unidos en 1846", INVADED_ID),
        ("America invaded Mexico in 1846", INVADED_ID),
        # the claim's actor, in a clause after another country's doing (review of actor60: all capped 1.00 -> 0.20,
        # the first shown as FALSE "The US said it will send troops into Mexico" at 0.86)
        (
            "Washington rejected Mexico's request after its president turned down Trump's offer to send the US Army "
            "into Mexico to fight cartels",
            OFFER_ID,
        ),
        (
            "The US approved sending 19 Navy SEALs to Mexico after Mexico's Senate approved them in February 2026 to "
            "train naval special forces",
            SEALS_ID,
        ),
        (
            "The US voted with Mexico's Senate, which approved 19 US Navy SEALs to train Mexican naval special forces "
            "in February 2026",
            SEALS_ID,
        ),
        (
            "The US voted against it, but Mexico approved 155 armed US Marines entering the country in spring 2025 "
            "for a joint training exercise",
            MARINES_ID,
        ),
        (
            "The US Congress approved 19 Navy SEALs for Mexico in February 2026, and Mexico's Senate approved them to "
            "train naval special forces",
            SEALS_ID,
        ),
        (
            "Estados Unidos aprobó enviar 19 Navy SEALs a México en 2026 después de que el Senado mexicano autorizó "
            "su ingreso al país",
            SEALS_ID,
        ),
        (
            "Washington aprobó el envío de 19 Navy SEALs a México luego de que el Senado de México autorizó su "
            "ingreso en febrero de 2026",
            SEALS_ID,
        ),
        # no word the two names share read as a verb, nor another actor read from a long statement (capped, or
        # shown as the February 2025 claim at 0.94 and as FALSE "... 10,000 US troops ..." at 0.76)
        (
            "The US sent 155 armed Marines into Mexico in spring 2025 for a joint training exercise that Mexico "
            "approved beforehand",
            MARINES_ID,
        ),
        (
            "US Navy SEALs, 19 of them, got approval from the Senate in Mexico City in February 2026 to train naval "
            "special forces",
            SEALS_ID,
        ),
        (
            "Los Navy SEALs de Estados Unidos entrarán a México en 2026 tras la aprobación del Senado para entrenar "
            "a fuerzas especiales navales",
            SEALS_ID,
        ),
        (
            "The US border saw 10,000 troops deployed by its southern neighbour in February 2025 as part of a deal on "
            "tariffs",
            "mexico-sent-10000-national-guard-to-border",
        ),
        # the US sending forces of its own, whose entry Mexico approved: the same event
        (
            "The US approved 155 armed Marines to go to Mexico for the Fenix joint training exercise in spring 2025",
            MARINES_ID,
        ),
        (
            "The United States approved sending 19 Navy SEALs to Mexico in February 2026 to train Mexican naval "
            "special forces",
            SEALS_ID,
        ),
        (
            "Washington approved 19 US Navy SEALs to train Mexican naval special forces in Campeche in February 2026",
            SEALS_ID,
        ),
        # one word, no country acting
        (
            "US-approved Navy SEALs will train Mexican naval special forces after Mexico's Senate approved 19 of them "
            "in February 2026",
            SEALS_ID,
        ),
    ],
)
def test_the_claims_actor_in_a_statement_of_any_length_keeps_the_match(
    starter_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == expected
    assert match.score > 0.9


@pytest.fixture(scope="module")
def country_names_matcher() -> LexicalMatcher:
    kb = load_knowledge_base(Path(__file__).parent / "fixtures" / "country_names_desk.yaml")
    return LexicalMatcher(kb.claims, use_cache=False)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # another of the claim's country's names: capped (0.20) as another actor, a word no claim uses
        ("Holland legalised same-sex marriage in 2001", "netherlands-same-sex-marriage-2001"),
        ("Britain left the European Union in 2020", "uk-left-eu-2020"),
        # the claim's country doing the claim's deed in a later clause (review of actor60: 1.00 -> 0.20)
        (
            "Canada legalised same-sex marriage in 2005, four years after the Netherlands legalised it in 2001",
            "netherlands-same-sex-marriage-2001",
        ),
        (
            "Belgium legalised same-sex marriage in 2003, two years after the Netherlands legalised same-sex marriage "
            "in 2001",
            "netherlands-same-sex-marriage-2001",
        ),
    ],
)
def test_a_countrys_other_name_keeps_the_match(
    country_names_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = find_matches(country_names_matcher, statement, top=1)
    assert match.claim.id == expected


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        ("Belgium legalised same-sex marriage in 2001", "netherlands-same-sex-marriage-2001"),
        ("France left the European Union in 2020", "uk-left-eu-2020"),
        # a country the file knows (its cannabis claim), before a verb of no approving or refusing: shown at 1.00
        ("Canada legalised same-sex marriage in 2001", "netherlands-same-sex-marriage-2001"),
        ("Canada has legalized same-sex marriage in 2001", "netherlands-same-sex-marriage-2001"),
        ("Canada left the European Union in 2020", "uk-left-eu-2020"),
        # a later clause denying the claim's country did it
        (
            "Canada legalised same-sex marriage in 2001, but the Netherlands never legalised it",
            "netherlands-same-sex-marriage-2001",
        ),
        (
            "In October 2018 the Netherlands legalised recreational cannabis for adults across the whole country",
            "canada-legalised-cannabis-2018",
        ),
    ],
)
def test_another_country_than_the_claims_is_still_another_actor(
    country_names_matcher: LexicalMatcher, statement: str, not_this: str
) -> None:
    assert not_this not in [m.claim.id for m in find_matches(country_names_matcher, statement)]


#: the countries the capitals' claims open with (fixtures capital_cities_desk.yaml, capitals_of_the_world_desk.yaml)
_CLAIMS_COUNTRIES = frozenset({"US", "UK", "Germany", "Turkey", "Australia", "Kenya", "Ireland"})


def _no_note_of_the_country(match: Match) -> bool:
    """Does a match's differences note leave out the claim's country, which the statement's capital stands for?  A
    weekday against the claim's year stays a note ("On Tuesday, Nairobi sent ..." where the claim says "in 2024")."""
    return match.differences is None or not _CLAIMS_COUNTRIES & set(match.differences.claim)


@pytest.fixture(scope="module")
def capitals_matcher() -> LexicalMatcher:
    kb = load_knowledge_base(Path(__file__).parent / "fixtures" / "capital_cities_desk.yaml")
    return LexicalMatcher(kb.claims, use_cache=False)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # a capital for its government, doing a government's deed to another country or of foreign affairs: each
        # capped at 0.20 on main as another actor than its own country (review-actor60)
        ("Washington ratified the New START treaty with Russia in December 2010", "us-senate-ratified-new-start-2010"),
        ("Washington ratified the New START treaty in December 2010", "us-senate-ratified-new-start-2010"),
        ("Ankara approved Sweden's NATO membership in January 2024", "turkey-approved-sweden-nato-2024"),
        ("Berlin sent Leopard 2 tanks to Ukraine in 2023", "germany-sent-leopard-tanks-2023"),
        ("London approved the Rwanda asylum bill in April 2024", "uk-parliament-approved-rwanda-bill-2024"),
    ],
)
def test_a_capital_for_its_government_is_its_country(
    capitals_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = find_matches(capitals_matcher, statement, top=1)
    assert (match.claim.id, match.score >= 0.9) == (expected, True)
    # and no note that it says the capital where the claim says the country (review-intA, 1)
    assert match.differences is None, match.differences


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # a capital for its government after or before a time: each capped at 0.20 on main, where the same
        # statement with no time, or with the country's name, found its claim (review-actor68, 3)
        (
            "On Tuesday, Washington imposed sanctions on Russia's central bank",
            "us-sanctioned-russias-central-bank-2022",
        ),
        (
            "Washington on Tuesday imposed sanctions on Russia's central bank",
            "us-sanctioned-russias-central-bank-2022",
        ),
        (
            "In February 2022, Washington imposed sanctions on Russia's central bank",
            "us-sanctioned-russias-central-bank-2022",
        ),
        ("In March 2018, London expelled 23 Russian diplomats", "uk-expelled-russian-diplomats-2018"),
        ("London on Wednesday expelled 23 Russian diplomats", "uk-expelled-russian-diplomats-2018"),
        ("On Tuesday, Berlin sent Leopard 2 tanks to Ukraine", "germany-sent-leopard-tanks-2023"),
        ("In January 2024 Ankara approved Sweden's NATO membership", "turkey-approved-sweden-nato-2024"),
        # leaving an agreement is a government's deed too, by the claim's verb or another
        ("Washington left the Paris climate agreement in 2020", "us-left-paris-agreement-2020"),
        ("In 2020, Washington left the Paris climate agreement", "us-left-paris-agreement-2020"),
        ("Washington withdrew from the Paris climate agreement in 2020", "us-left-paris-agreement-2020"),
        ("Washington pulled out of the Paris climate agreement in 2020", "us-left-paris-agreement-2020"),
        # past a time too, leaving by another word
        ("In 2020, Washington withdrew from the Paris climate agreement", "us-left-paris-agreement-2020"),
    ],
)
def test_a_capital_for_its_government_past_a_time_or_leaving_an_agreement_is_its_country(
    capitals_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = find_matches(capitals_matcher, statement, top=1)
    assert (match.claim.id, match.score >= 0.9) == (expected, True), (match.claim.id, round(match.score, 2))
    assert _no_note_of_the_country(match), match.differences  # the capital is the country (review-intA, 1)


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        # a time of the statement's own, another than the claim's, is still a difference
        (
            "In 2019, Washington imposed sanctions on Russia's central bank",
            "us-sanctioned-russias-central-bank-2022",
        ),
        ("In June, London expelled 23 Russian diplomats", "uk-expelled-russian-diplomats-2018"),
        ("In 2019, Washington left the Paris climate agreement", "us-left-paris-agreement-2020"),
        # past a time, another deed than the claim's: joining or signing is not leaving (shown as the claim at 0.99
        # by 35f0048, review-actor74, 2)
        (
            "In 2020, Washington joined a pact of states to keep the Paris climate agreement",
            "us-left-paris-agreement-2020",
        ),
        (
            "In 2020, Washington signed a pact with California to keep to the Paris climate agreement",
            "us-left-paris-agreement-2020",
        ),
        # another country's capital after a time
        (
            "On Tuesday, Moscow imposed sanctions on Russia's central bank",
            "us-sanctioned-russias-central-bank-2022",
        ),
        ("In March 2018, Berlin expelled 23 Russian diplomats", "uk-expelled-russian-diplomats-2018"),
        ("On Tuesday, Paris sent Leopard 2 tanks to Ukraine", "germany-sent-leopard-tanks-2023"),
        # a capital city's own deed after a time
        ("On Monday, Berlin approved a rent cap", "germany-approved-rent-cap-2020"),
        ("In 2012, Washington legalised recreational cannabis", "us-legalised-cannabis-2012"),
    ],
)
def test_a_capital_past_a_time_of_its_own_or_of_another_country_stays_another(
    capitals_matcher: LexicalMatcher, statement: str, not_this: str
) -> None:
    assert_not_shown(capitals_matcher, statement, not_this)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # the claim's actor beside another doing it too, or named later doing it (review-actor68, 1 and 2): each
        # capped at 0.20 by the aside and the later clause's object checks
        ("Poland, not just Germany, sent Leopard 2 tanks to Ukraine in 2023", "germany-sent-leopard-tanks-2023"),
        ("Poland, no less than Germany, sent Leopard 2 tanks to Ukraine in 2023", "germany-sent-leopard-tanks-2023"),
        (
            "Hungary, not just Turkey's parliament, approved Sweden's NATO membership in January 2024",
            "turkey-approved-sweden-nato-2024",
        ),
        (
            "Russia ratified the New START treaty in January 2011 after the US Senate ratified the accord",
            "us-senate-ratified-new-start-2010",
        ),
        (
            "Russia ratified the New START treaty in 2011, weeks after the US Senate ratified it 71 to 26",
            "us-senate-ratified-new-start-2010",
        ),
    ],
)
def test_the_claims_actor_beside_another_or_named_later_keeps_its_capitals_claim(
    capitals_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = find_matches(capitals_matcher, statement, top=1)
    assert (match.claim.id, match.score >= 0.9) == (expected, True)


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        # a capital city's own deed, of no other country: Washington state, Berlin's city-state
        ("Washington legalised recreational cannabis in 2012", "us-legalised-cannabis-2012"),
        ("Berlin approved a rent cap in 2020", "germany-approved-rent-cap-2020"),
        ("Washington ratified the Equal Rights Amendment in 1973", "us-ratified-era-1973"),
        # another country's capital
        ("Moscow ratified the New START treaty with Russia in December 2010", "us-senate-ratified-new-start-2010"),
        ("Budapest approved Sweden's NATO membership in January 2024", "turkey-approved-sweden-nato-2024"),
        ("Paris sent Leopard 2 tanks to Ukraine in 2023", "germany-sent-leopard-tanks-2023"),
        ("Washington sent Leopard 2 tanks to Ukraine in 2023", "germany-sent-leopard-tanks-2023"),
        ("Paris approved the Rwanda asylum bill in April 2024", "uk-parliament-approved-rwanda-bill-2024"),
    ],
)
def test_a_capitals_own_deed_or_another_countrys_capital_is_another_actor(
    capitals_matcher: LexicalMatcher, statement: str, not_this: str
) -> None:
    assert not_this not in [m.claim.id for m in find_matches(capitals_matcher, statement)]


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        # a capital city already read so, by another name than its country's: a person, a paper, a namesake town; each
        # as on main (``text.CAPITAL_CITIES`` made whole, review-actor82)
        ("London Breed approved the Rwanda asylum bill in April 2024", "uk-parliament-approved-rwanda-bill-2024"),
        ("Moscow, Idaho approved a rent cap in 2020", "germany-approved-rent-cap-2020"),
        ("In 2020, Moscow, Idaho approved a rent cap", "germany-approved-rent-cap-2020"),
        # a capital the whole table added, doing another country's deed: no claim of this file is its country's
        ("Vienna approved a rent cap in 2020", "germany-approved-rent-cap-2020"),
        ("In March 2018, Dublin expelled 23 Russian diplomats", "uk-expelled-russian-diplomats-2018"),
        ("On Tuesday, Oslo sent Leopard 2 tanks to Ukraine", "germany-sent-leopard-tanks-2023"),
        ("In January 2024, Budapest approved Sweden's NATO membership", "turkey-approved-sweden-nato-2024"),
    ],
)
def test_a_capitals_namesake_or_another_countrys_capital_of_the_whole_table_stays_another_actor(
    capitals_matcher: LexicalMatcher, statement: str, not_this: str
) -> None:
    assert_not_shown(capitals_matcher, statement, not_this)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # a paper named after a capital, reporting the claim's country's deed: as on main
        (
            "The Washington Post says the US imposed sanctions on Russia's central bank in February 2022",
            "us-sanctioned-russias-central-bank-2022",
        ),
        ("Washington Post: the US left the Paris climate agreement in 2020", "us-left-paris-agreement-2020"),
    ],
)
def test_a_paper_named_after_a_capital_keeps_the_claims_actor(
    capitals_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = find_matches(capitals_matcher, statement, top=1)
    assert (match.claim.id, match.score >= 0.9) == (expected, True), (match.claim.id, round(match.score, 2))


#: the claim "The US signed a defence treaty with the Philippines in 1951" of capitals_of_the_world_desk.yaml
TREATY_1951_ID = "us-signed-defence-treaty-with-philippines-1951"
#: fixactor97: a year that is the statement's only word of its own is left to ``differences``' note (capping it showed
#: a neighbour claim instead: review of actor97, finding 3)
YEAR_ALONE = "a year alone is no other date to the substitution check: shown at 1.00 with the note, as on main"


@pytest.fixture(scope="module")
def world_capitals_matcher() -> LexicalMatcher:
    kb = load_knowledge_base(Path(__file__).parent / "fixtures" / "capitals_of_the_world_desk.yaml")
    return LexicalMatcher(kb.claims, use_cache=False)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # a capital for its government past a time, of a country whose capital the old list of twenty lacked: each
        # capped at 0.20 on main, where "Canberra signed the AUKUS pact in 2021" (no time) was shown at 1.00
        ("In 2021, Canberra signed the AUKUS pact", "australia-signed-aukus-2021"),
        ("On Tuesday, Canberra signed the AUKUS pact", "australia-signed-aukus-2021"),
        ("In 2024, Nairobi sent police officers to Haiti", "kenya-sent-police-to-haiti-2024"),
        ("On Tuesday, Nairobi sent police officers to Haiti", "kenya-sent-police-to-haiti-2024"),
        ("In May 2024, Dublin recognised the state of Palestine", "ireland-recognised-palestine-2024"),
        # with no time, as on main
        ("Canberra signed the AUKUS pact in 2021", "australia-signed-aukus-2021"),
        ("Dublin recognised the state of Palestine in May 2024", "ireland-recognised-palestine-2024"),
    ],
)
def test_a_capital_of_the_whole_table_past_a_time_is_its_country(
    world_capitals_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = find_matches(world_capitals_matcher, statement, top=1)
    assert (match.claim.id, match.score >= 0.9) == (expected, True), (match.claim.id, round(match.score, 2))
    # with no note that it says "Canberra" where the claim says "Australia": shown with one at 1.00 (review-intA, 1)
    assert _no_note_of_the_country(match), match.differences


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        # another country's capital, which the old list lacked: each shown at 1.00 on main, an unknown first word
        ("Canberra legalised recreational cannabis in 2018", "canada-legalised-cannabis-2018"),
        ("Kampala sent police officers to Haiti in 2024", "kenya-sent-police-to-haiti-2024"),
        # a capital's own deed past a time stays the city's, as "In 2012, Washington legalised ..." does
        ("In 2018, Ottawa legalised recreational cannabis", "canada-legalised-cannabis-2018"),
        # a capital of the table beside the place it names: another town of the name
        ("Dublin, Ohio recognised the state of Palestine in May 2024", "ireland-recognised-palestine-2024"),
        # names left out of the table, standing for something else as often: each as on main.  Victoria (the
        # Australian state, not the Seychelles' capital) signed a Belt and Road deal with China in 2018
        ("In 2018, Victoria signed a Belt and Road deal with China", "seychelles-signed-belt-and-road-2018"),
        ("In 2019, Kingston expelled two Venezuelan diplomats", "jamaica-expelled-venezuelan-diplomats-2019"),
        ("In 2017, Santiago legalised abortion in three cases", "chile-legalised-abortion-2017"),
        ("Santiago Peña legalised abortion in three cases in 2017", "chile-legalised-abortion-2017"),
        ("In 2023, Lima declared a state of emergency", "peru-declared-a-state-of-emergency-2023"),
        # the capital of a country of two words (``text.CAPITALS_OF_WORDS``): New Zealand's, no country of the file's
        ("In 2021, Wellington signed the AUKUS pact", "australia-signed-aukus-2021"),
    ],
)
def test_another_countrys_capital_or_a_name_left_out_of_the_table_stays_another_actor(
    world_capitals_matcher: LexicalMatcher, statement: str, not_this: str
) -> None:
    assert_not_shown(world_capitals_matcher, statement, not_this)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # a deal two countries made together, told from the other side, by its name or its capital: capped (no
        # match) as another country acting, as the claim's country is "with" it (review-actor82, 2)
        ("Manila signed a defence treaty with the US in 1951", "us-signed-defence-treaty-with-philippines-1951"),
        (
            "The Philippines signed a defence treaty with the US in 1951",
            "us-signed-defence-treaty-with-philippines-1951",
        ),
        ("Tripoli signed a migration deal with Italy in 2017", "italy-signed-migration-deal-with-libya-2017"),
        ("Libya signed a migration deal with Italy in 2017", "italy-signed-migration-deal-with-libya-2017"),
        ("Libya agreed a migration deal with Italy in 2017", "italy-signed-migration-deal-with-libya-2017"),
        # DR Congo's capital, which the table keeps: as on main
        ("In 2022, Kinshasa expelled Rwanda's ambassador", "congo-expelled-rwandas-ambassador-2022"),
        # the other side's capital past the claim's date, read as the sentence's opening it is without the date: each
        # capped at 0.20 on main, as a name no claim holds in the place of the claim's "Philippines", "Libya"
        ("In 1951, Manila signed a defence treaty with the US", "us-signed-defence-treaty-with-philippines-1951"),
        ("In 2017, Tripoli signed a migration deal with Italy", "italy-signed-migration-deal-with-libya-2017"),
        # the claim's year in other words, wherever it stands, is no year of the statement's own (``substitution.
        # _another_year``): as on main
        (
            "Manila signed a defence treaty with the US in August 1951",
            "us-signed-defence-treaty-with-philippines-1951",
        ),
        ("Manila signed a defence treaty with the US in the 1950s", "us-signed-defence-treaty-with-philippines-1951"),
        ("Manila signed a defence treaty with the US in '51", "us-signed-defence-treaty-with-philippines-1951"),
        ("In 1951 the Philippines signed a defence treaty with the US", TREATY_1951_ID),
        ("The Philippines and the US signed a defence treaty in 1951", TREATY_1951_ID),
        ("Manila signed a defence treaty with the US", "us-signed-defence-treaty-with-philippines-1951"),
        ("In 2018, Canada legalised recreational cannabis", "canada-legalised-cannabis-2018"),
        ("In October 2018, Canada legalised recreational cannabis", "canada-legalised-cannabis-2018"),
        ("In 2017 Italy signed a migration deal with Libya", "italy-signed-migration-deal-with-libya-2017"),
    ],
)
def test_a_deal_of_two_countries_told_from_the_other_side_is_the_same_deal(
    world_capitals_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    found = find_matches(world_capitals_matcher, statement, top=1)
    assert [(m.claim.id, m.score >= 0.9) for m in found] == [(expected, True)], [
        (m.claim.id, round(m.score, 2)) for m in found
    ]


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        # a third country's deal with the claim's country, by its capital or its name: another deal
        ("Tokyo signed a defence treaty with the US in 1951", "us-signed-defence-treaty-with-philippines-1951"),
        ("Japan signed a defence treaty with the US in 1951", "us-signed-defence-treaty-with-philippines-1951"),
        ("Tunis signed a migration deal with Italy in 2017", "italy-signed-migration-deal-with-libya-2017"),
        ("Egypt signed a migration deal with Italy in 2017", "italy-signed-migration-deal-with-libya-2017"),
        # the other side's deal with a third country: not "with" the claim's
        ("Manila signed a defence treaty with Japan in 1951", "us-signed-defence-treaty-with-philippines-1951"),
        # past a date: a year of the statement's own, a third country's capital, a deal with a third country (each as
        # on main; "In 1951, Manila signed ... with the US" is the claim's deal)
        ("In 2019, Manila signed a defence treaty with the US", "us-signed-defence-treaty-with-philippines-1951"),
        ("In 2018, Tripoli signed a migration deal with Italy", "italy-signed-migration-deal-with-libya-2017"),
        ("In 1951, Tokyo signed a defence treaty with the US", "us-signed-defence-treaty-with-philippines-1951"),
        ("In 2017, Tunis signed a migration deal with Italy", "italy-signed-migration-deal-with-libya-2017"),
        ("In 1951, Manila signed a defence treaty with Japan", "us-signed-defence-treaty-with-philippines-1951"),
        # a year of the statement's own at the end, or first, where the claim's stands elsewhere (``substitution.
        # _another_year``): each shown at 1.00 on main, with a note of the other year
        ("Manila signed a defence treaty with the US in 2019", "us-signed-defence-treaty-with-philippines-1951"),
        ("Manila signed a defence treaty with the US in the 2010s", "us-signed-defence-treaty-with-philippines-1951"),
        pytest.param(
            "The Philippines signed a defence treaty with the US in 2019",
            TREATY_1951_ID,
            marks=pytest.mark.xfail(
                strict=True,
                reason=YEAR_ALONE,
            ),
        ),
        ("Tripoli signed a migration deal with Italy in 2018", "italy-signed-migration-deal-with-libya-2017"),
        pytest.param(
            "In 2018, Italy signed a migration deal with Libya",
            "italy-signed-migration-deal-with-libya-2017",
            marks=pytest.mark.xfail(
                strict=True,
                reason=YEAR_ALONE,
            ),
        ),
        pytest.param(
            "In 2019, Canada legalised recreational cannabis",
            "canada-legalised-cannabis-2018",
            marks=pytest.mark.xfail(
                strict=True,
                reason=YEAR_ALONE,
            ),
        ),
        # Brazzaville, the Republic of the Congo's capital, left out of the table: "Congo" is DR Congo's name too,
        # and this was shown at 1.00 as the DR Congo's deed (review-actor82, 1)
        ("In 2022, Brazzaville expelled Rwanda's ambassador", "congo-expelled-rwandas-ambassador-2022"),
        pytest.param(
            "Victoria signed a Belt and Road deal with China in 2018",
            "seychelles-signed-belt-and-road-2018",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a word no claim holds opening an untimed statement is no actor the matcher reads: shown at "
                "1.00 same (Victoria, the Australian state, signed it; the Seychelles' capital is left out of the "
                "table, which changes nothing here)",
            ),
        ),
    ],
)
def test_a_deal_of_another_country_or_a_name_left_out_stays_another_actor(
    world_capitals_matcher: LexicalMatcher, statement: str, not_this: str
) -> None:
    assert_not_shown(world_capitals_matcher, statement, not_this)


@pytest.mark.parametrize(
    "statement",
    [
        "In 1951, Manila rejected a defence treaty with the US",
        "Manila rejected a defence treaty with the US in 1951",
        "The Philippines refused to sign a defence treaty with the US in 1951",
    ],
)
def test_the_other_side_refusing_the_deal_is_shown_as_its_opposite(
    world_capitals_matcher: LexicalMatcher, statement: str
) -> None:
    # each shown as the signing on main ('same', 0.99-1.00): a refusal says no to what signing says yes to
    (match, *_) = find_matches(world_capitals_matcher, statement, top=1)
    assert (match.claim.id, match.polarity) == ("us-signed-defence-treaty-with-philippines-1951", "opposite")


@pytest.mark.parametrize(
    ("statement", "expected", "polarity"),
    [
        # every starter claim or alias opening with "Mexico", written "Mexico City" (news writing's name for its
        # government), and more paraphrases: capped at 0.20 when "Mexico City" was read as the city's own deed
        (
            "In December 2020 Mexico City passed a law limiting what DEA and other foreign agents can do in the "
            "country.",
            "mexico-2020-law-limits-foreign-agents",
            "same",
        ),
        ("Mexico City passed a law in 2020 to restrict DEA agents", "mexico-2020-law-limits-foreign-agents", "same"),
        (
            "Mexico City approved 155 armed US Marines entering the country in spring 2025 for a joint training "
            "exercise.",
            "mar-2025-155-us-marines-fenix-exercise",
            "same",
        ),
        (
            "Mexico City approved 19 US Navy SEALs to enter the country in 2026",
            "feb-2026-senate-approves-19-navy-seals",
            "same",
        ),
        (
            "Mexico City never let US soldiers in to train its troops before Trump's second term",
            "us-training-contingents-new-under-trump",
            "opposite",
        ),
        (
            "Mexico City turned down Trump's offer to send the US Army into Mexico to fight cartels.",
            "sheinbaum-rejected-trump-troop-offer",
            "same",
        ),
        (
            "Mexico City rejected Trump's proposal to send American soldiers to fight the cartels",
            "sheinbaum-rejected-trump-troop-offer",
            "same",
        ),
        # shown as "The US government has said it will send troops into Mexico ..." (FALSE, 0.75) when capped
        (
            "Mexico City refused Trump's offer to send troops to fight the cartels",
            "sheinbaum-rejected-trump-troop-offer",
            "same",
        ),
        (
            "Mexico City said there will be no US military invasion after Trump's order against the cartels",
            "mexico-says-no-us-troops-after-cartel-directive",
            "same",
        ),
        (
            "Mexico City says there will be no US military invasion after Trump's order against the cartels",
            "mexico-says-no-us-troops-after-cartel-directive",
            "same",
        ),
        (
            "MEXICO CITY SAYS THERE WILL BE NO US MILITARY INVASION AFTER TRUMP'S ORDER AGAINST THE CARTELS",
            "mexico-says-no-us-troops-after-cartel-directive",
            "same",
        ),
        (
            "Mexico City officials said there will be no US military invasion after Trump's order against the cartels",
            "mexico-says-no-us-troops-after-cartel-directive",
            "same",
        ),
        (
            "Mexico City deployed 10,000 of its own troops to the US border in February 2025.",
            "mexico-sent-10000-national-guard-to-border",
            "same",
        ),
        (
            "Mexico City sent 10,000 National Guard troops to the US border",
            "mexico-sent-10000-national-guard-to-border",
            "same",
        ),
        (
            "Mexico City sent 10,000 troops to the border in February 2025",
            "mexico-sent-10000-national-guard-to-border",
            "same",
        ),
        # shown as "US spy planes are flying over Mexico" (MISLEADING, 0.83) when capped
        (
            "Mexico City asked the US to fly surveillance drones over its territory",
            "us-drones-fly-over-mexico-with-consent",
            "same",
        ),
        (
            "Mexico City limits US security aid because of sovereignty concerns",
            "sovereignty-concerns-limit-us-security-aid",
            "same",
        ),
        (
            "Mexico City is wary of US security involvement because of its sovereignty",
            "sovereignty-concerns-limit-us-security-aid",
            "same",
        ),
        (
            "Mexico City has sovereignty concerns that limit US security aid",
            "sovereignty-concerns-limit-us-security-aid",
            "same",
        ),
        (
            "Mexico City falls under US Northern Command, which handles US military cooperation with Mexico.",
            "northcom-responsible-for-mexico-cooperation",
            "same",
        ),
    ],
)
def test_mexico_city_for_mexico_keeps_the_starter_claim(
    starter_matcher: LexicalMatcher, statement: str, expected: str, polarity: str
) -> None:
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert (match.claim.id, match.score >= 0.9, match.polarity) == (expected, True, polarity), round(match.score, 2)


@pytest.fixture(scope="module")
def countries_of_words_matcher() -> LexicalMatcher:
    kb = load_knowledge_base(Path(__file__).parent / "fixtures" / "countries_of_words_desk.yaml")
    return LexicalMatcher(kb.claims, use_cache=False)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # the capital of a country of two words, or a capital of two words, for its government
        # (``text.CAPITALS_OF_WORDS``): each capped at 0.20 on main, as another actor than the claim's country
        ("Seoul signed a free trade agreement with the US in 2007", "south-korea-signed-fta-with-us-2007"),
        ("In 2007, Seoul signed a free trade agreement with the US", "south-korea-signed-fta-with-us-2007"),
        ("Wellington signed a free trade agreement with China in 2008", "new-zealand-signed-fta-with-china-2008"),
        ("In 2008, Wellington signed a free trade agreement with China", "new-zealand-signed-fta-with-china-2008"),
        ("Pretoria sent troops to Mozambique in 2021", "south-africa-sent-troops-to-mozambique-2021"),
        ("In 2021, Pretoria sent troops to Mozambique", "south-africa-sent-troops-to-mozambique-2021"),
        (
            "Abu Dhabi signed a normalisation agreement with Israel in 2020",
            "uae-signed-normalisation-agreement-with-israel-2020",
        ),
        (
            "In 2020, Abu Dhabi signed a normalisation agreement with Israel",
            "uae-signed-normalisation-agreement-with-israel-2020",
        ),
        ("Kuala Lumpur expelled North Korea's ambassador in 2017", "malaysia-expelled-north-koreas-ambassador-2017"),
        ("In 2017, Kuala Lumpur expelled North Korea's ambassador", "malaysia-expelled-north-koreas-ambassador-2017"),
        ("Buenos Aires recognised the state of Palestine in 2010", "argentina-recognised-palestine-2010"),
        ("In 2010, Buenos Aires recognised the state of Palestine", "argentina-recognised-palestine-2010"),
        # shown first as Malaysia's expelling North Korea's ambassador on main (1.00), the words of both claims
        ("Pyongyang expelled Malaysia's ambassador in 2017", "north-korea-expelled-malaysias-ambassador-2017"),
        # as on main: "New" is no term, Delhi is in ``text.CAPITAL_CITIES``; the countries by their names; Mexico
        # City doing a government's deed for Mexico, and its own deed of its own claim
        ("New Delhi signed a nuclear deal with the US in 2008", "india-signed-nuclear-deal-with-us-2008"),
        ("South Korea signed a free trade agreement with the US in 2007", "south-korea-signed-fta-with-us-2007"),
        (
            "The United Arab Emirates signed a normalisation agreement with Israel in 2020",
            "uae-signed-normalisation-agreement-with-israel-2020",
        ),
        ("Mexico City recalled its ambassador to Peru in 2022", "mexico-recalled-ambassador-to-peru-2022"),
        ("Seoul recalled its ambassador to Japan in 2005", "south-korea-recalled-its-ambassador-to-japan-2005"),
        ("Mexico City legalised same-sex marriage in 2009", "mexico-city-legalised-same-sex-marriage-2009"),
        ("Mexico legalised same-sex marriage in all its states in 2022", "mexico-legalised-same-sex-marriage-2022"),
    ],
)
def test_a_capital_of_words_or_of_a_country_of_words_is_its_country(
    countries_of_words_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = find_matches(countries_of_words_matcher, statement, top=1)
    assert (match.claim.id, match.score >= 0.9) == (expected, True), (match.claim.id, round(match.score, 2))
    assert match.differences is None, match.differences  # no note that it says the capital for the country


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        # another country's capital, of words or of a country of words, doing the claim's deed: each shown at 1.00 on
        # main, a word no claim holds opening the statement
        ("Seoul legalised recreational cannabis in 2018", "canada-legalised-cannabis-2018"),
        ("Wellington legalised recreational cannabis in 2018", "canada-legalised-cannabis-2018"),
        ("Pretoria sent Leopard 2 tanks to Ukraine in 2023", "germany-sent-leopard-tanks-2023"),
        ("Seoul expelled Malaysia's ambassador in 2017", "malaysia-expelled-north-koreas-ambassador-2017"),
        ("Pyongyang expelled Malaysia's ambassador in 2017", "malaysia-expelled-north-koreas-ambassador-2017"),
        # Mexico City's own deed is no Mexico's, nor Mexico's the city's (Mexico City legalised same-sex marriage in
        # 2009, the last of Mexico's states in 2022): "Mexico City" is read as Mexico, as the starter claims.yaml's
        # paraphrases need it to be (test_mexico_city_for_mexico_keeps_the_starter_claim)
        pytest.param(
            "Mexico City legalised same-sex marriage in all its states in 2022",
            "mexico-legalised-same-sex-marriage-2022",
            marks=pytest.mark.xfail(strict=True, reason="Mexico City is read as Mexico: shown at 1.00 same"),
        ),
        pytest.param(
            "Mexico legalised same-sex marriage in 2009",
            "mexico-city-legalised-same-sex-marriage-2009",
            marks=pytest.mark.xfail(strict=True, reason="Mexico City is read as Mexico: shown at 1.00 same"),
        ),
        # recalling is a government's deed only of an envoy: a capital recalling cars is no country's recalling
        ("Seoul recalled its ambassador to Japan in 2005", "japan-recalled-its-ambassador-to-south-korea-2017"),
        ("Seoul recalled 2 million cars sold in Japan in 2005", "japan-recalled-cars-sold-in-south-korea-2017"),
        # as on main: another country of words, by its name or its capital; a year of the statement's own; a city's
        # own deed; a capital before another name, which makes a name of its own (a firm, a zoo, a football club)
        (
            "Riyadh signed a normalisation agreement with Israel in 2020",
            "uae-signed-normalisation-agreement-with-israel-2020",
        ),
        (
            "In 2020, Riyadh signed a normalisation agreement with Israel",
            "uae-signed-normalisation-agreement-with-israel-2020",
        ),
        ("Seoul signed a free trade agreement with China in 2008", "new-zealand-signed-fta-with-china-2008"),
        ("Tokyo signed a free trade agreement with the US in 2007", "south-korea-signed-fta-with-us-2007"),
        ("North Korea signed a free trade agreement with the US in 2007", "south-korea-signed-fta-with-us-2007"),
        ("In 2007, Pyongyang signed a free trade agreement with the US", "south-korea-signed-fta-with-us-2007"),
        ("In 2008, Seoul signed a free trade agreement with the US", "south-korea-signed-fta-with-us-2007"),
        ("Kuala Lumpur banned recreational cannabis in 2018", "canada-legalised-cannabis-2018"),
        (
            "Seoul Semiconductor signed a free trade agreement with the US in 2007",
            "south-korea-signed-fta-with-us-2007",
        ),
        ("In 2008, Wellington Zoo signed a free trade agreement with China", "new-zealand-signed-fta-with-china-2008"),
        ("Wellington Phoenix legalised recreational cannabis in 2018", "canada-legalised-cannabis-2018"),
    ],
)
def test_another_country_of_words_or_a_capitals_own_deed_stays_another_actor(
    countries_of_words_matcher: LexicalMatcher, statement: str, not_this: str
) -> None:
    assert_not_shown(countries_of_words_matcher, statement, not_this)


#: claims of countries of words whose names another country's name spells alike ("Dominica", "Dominican Republic") or
#: shares a word with ("North Korean" in South Korea's claim): actor97
WORDS_DESK = [
    _claim("south-korea-expelled-diplomat-2019", "South Korea expelled a North Korean diplomat in 2019"),
    _claim("dominican-republic-banned-plastics-2021", "The Dominican Republic banned single-use plastics in 2021"),
    _claim("dominica-joined-alba-2008", "Dominica joined the ALBA alliance in 2008"),
    _claim("north-korea-expelled-ambassador-2017", "North Korea expelled Malaysia's ambassador in 2017"),
    _claim("malaysia-expelled-ambassador-2017", "Malaysia expelled North Korea's ambassador in 2017"),
    _claim("japan-signed-fisheries-deal-1998", "Japan signed a fisheries agreement with South Korea in 1998"),
    _claim("buenos-aires-legalised-civil-unions-2002", "Buenos Aires legalised civil unions in 2002"),
]


@pytest.fixture(scope="module")
def words_matcher() -> LexicalMatcher:
    return LexicalMatcher(WORDS_DESK, use_cache=False)


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        # a country of words or its capital opening a claim is read as a country acting (``substitution.
        # _opening_institution``), as one of one word is: each shown at 1.00 on main
        ("Pyongyang expelled a North Korean diplomat in 2019", "south-korea-expelled-diplomat-2019"),
        ("Pyongyang expelled a North Korean diplomat", "south-korea-expelled-diplomat-2019"),
        ("Dominica banned single-use plastics in 2021", "dominican-republic-banned-plastics-2021"),
        ("The Dominican Republic joined the ALBA alliance in 2008", "dominica-joined-alba-2008"),
        ("Santo Domingo joined the ALBA alliance in 2008", "dominica-joined-alba-2008"),
        # shown beside Malaysia's own claim at 1.00 on main
        ("Malaysia expelled a North Korean diplomat in 2017", "north-korea-expelled-ambassador-2017"),
    ],
)
def test_another_country_of_words_opening_a_claim_is_another_actor(
    words_matcher: LexicalMatcher, statement: str, not_this: str
) -> None:
    assert_not_shown(words_matcher, statement, not_this)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # the claim's own country of words, by its name, its capital or its institution: as on main
        ("Seoul expelled a North Korean diplomat in 2019", "south-korea-expelled-diplomat-2019"),
        ("South Korea expelled a North Korean diplomat in 2019", "south-korea-expelled-diplomat-2019"),
        ("In 2019, South Korea expelled a North Korean diplomat", "south-korea-expelled-diplomat-2019"),
        ("South Korea's parliament expelled a North Korean diplomat in 2019", "south-korea-expelled-diplomat-2019"),
        ("The Dominican Republic banned single-use plastics in 2021", "dominican-republic-banned-plastics-2021"),
        ("Dominica joined the ALBA alliance in 2008", "dominica-joined-alba-2008"),
        ("Malaysia expelled a North Korean diplomat in 2017", "malaysia-expelled-ambassador-2017"),
        ("Kuala Lumpur expelled North Korea's ambassador in 2017", "malaysia-expelled-ambassador-2017"),
        ("Pyongyang expelled Malaysia's ambassador in 2017", "north-korea-expelled-ambassador-2017"),
        ("South Korea signed a fisheries agreement with Japan in 1998", "japan-signed-fisheries-deal-1998"),
        # the deal told from the other side by its capital of a country of words: capped (0.20) on main
        ("Seoul signed a fisheries agreement with Japan in 1998", "japan-signed-fisheries-deal-1998"),
        ("In 1998, Seoul signed a fisheries agreement with Japan", "japan-signed-fisheries-deal-1998"),
    ],
)
def test_a_country_of_words_by_its_names_keeps_its_claim(
    words_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = find_matches(words_matcher, statement, top=1)
    assert (match.claim.id, match.score >= 0.9) == (expected, True), (match.claim.id, round(match.score, 2))


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        # a third country of words making the deal: as on main
        ("North Korea signed a fisheries agreement with Japan in 1998", "japan-signed-fisheries-deal-1998"),
        # known misses, as on main
        pytest.param(
            "Argentina legalised civil unions in 2002",
            "buenos-aires-legalised-civil-unions-2002",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a country for its capital's own deed (the city's civil unions, 2002) is shown at 1.00, as "
                "'Germany froze rents in 2020' is for 'Berlin froze rents in 2020' (0.99): a claim's capital may stand "
                "for its government in a domestic deed too ('Beijing banned Bitcoin mining'), which a cap would lose",
            ),
        ),
        pytest.param(
            "Tokyo signed a fisheries agreement with Seoul in 1998",
            None,
            marks=pytest.mark.xfail(
                strict=True,
                reason="the claim's own country by its capital, with the other side by its capital: capped (0.20)",
            ),
        ),
    ],
)
def test_a_deal_of_countries_of_words_by_another_or_by_both_capitals(
    words_matcher: LexicalMatcher, statement: str, not_this: str | None
) -> None:
    found = [m.claim.id for m in find_matches(words_matcher, statement)]
    if not_this is None:
        assert found == ["japan-signed-fisheries-deal-1998"], found
    else:
        assert not_this not in found, found


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        # another country's capital for the starter's Mexico: shown at 0.52-1.00 on main, the capital a word no
        # claim uses (review-actor82)
        ("Nairobi approved 19 US Navy SEALs to train Mexican naval special forces", None),
        ("On Tuesday, Nairobi approved 19 US Navy SEALs to train Mexican naval special forces", None),
        ("Canberra approved 19 US Navy SEALs to train Mexican naval special forces", None),
        ("Managua turned down Trump's offer to send the US Army into Mexico", "sheinbaum-rejected-trump-troop-offer"),
        ("Tegucigalpa approved 155 armed US Marines entering the country in spring 2025", MARINES_ID),
        ("In 2025, Tegucigalpa approved 155 armed US Marines entering the country", MARINES_ID),
    ],
)
def test_another_countrys_capital_of_the_whole_table_is_another_actor_than_mexico(
    starter_matcher: LexicalMatcher, statement: str, not_this: str | None
) -> None:
    found = [m.claim.id for m in find_matches(starter_matcher, statement)]
    assert (found == []) if not_this is None else (not_this not in found), found


@pytest.fixture(scope="module")
def leaders_matcher() -> LexicalMatcher:
    kb = load_knowledge_base(Path(__file__).parent / "fixtures" / "leaders_and_institutions_desk.yaml")
    return LexicalMatcher(kb.claims, use_cache=False)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # a claim whose actor is a country, told by its leader's or envoy's name (review57d)
        ("Olaf Scholz approved sending Leopard tanks to Ukraine in 2023", "germany-leopard-tanks-2023"),
        ("Chancellor Scholz approved sending Leopard tanks to Ukraine in 2023", "germany-leopard-tanks-2023"),
        (
            "German Chancellor Olaf Scholz approved sending Leopard tanks to Ukraine in 2023",
            "germany-leopard-tanks-2023",
        ),
        ("Xi Jinping approved the Hong Kong national security law in 2020", "china-hong-kong-security-law-2020"),
        ("Emmanuel Macron approved raising the pension age to 64 in 2023", "france-pension-age-2023"),
        ("President Macron approved raising the pension age to 64 in 2023", "france-pension-age-2023"),
        ("Élisabeth Borne approved raising the pension age to 64 in 2023", "france-pension-age-2023"),
        ("Nicolás Maduro turned away US deportation flights in 2025", "venezuela-deportation-flights-2025"),
        (
            "US Ambassador Robert Wood vetoed a UN ceasefire resolution on Gaza in December 2023",
            "us-veto-gaza-ceasefire-2023",
        ),
        (
            "Russian Ambassador Vassily Nebenzia vetoed a UN Security Council resolution on Ukraine in 2022",
            "russia-veto-ukraine-2022",
        ),
        ("Vassily Nebenzia vetoed a UN Security Council resolution on Ukraine in 2022", "russia-veto-ukraine-2022"),
        # a claim naming its person by a role only ("Mexico's president", "A judge")
        ("Claudia Sheinbaum rejected Trump's offer to send US troops into Mexico", "mexico-president-troop-offer"),
        ("President Sheinbaum rejected Trump's offer to send US troops into Mexico", "mexico-president-troop-offer"),
        (
            "Mexican President Claudia Sheinbaum rejected Trump's offer to send US troops into Mexico",
            "mexico-president-troop-offer",
        ),
        (
            "President Sheinbaum rejected the US terrorist designation of cartels",
            "mexico-president-terrorist-designation",
        ),
        (
            "Judge William Alsup blocked the mass firing of federal probationary workers in March 2025",
            "judge-blocked-probationary-firings",
        ),
        (
            "William Alsup blocked the mass firing of federal probationary workers in March 2025",
            "judge-blocked-probationary-firings",
        ),
        # the same institution by a longer name, or a country's by its chamber; a person's office by its building
        ("The European Union approved the AI Act in 2024", "eu-ai-act-2024"),
        ("The National Assembly approved raising the pension age to 64 in 2023", "france-pension-age-2023"),
        (
            "The White House vetoed a bill to overturn Biden's student loan forgiveness plan in 2023",
            "biden-veto-student-loans-2023",
        ),
        # a city's or a state's government by its name, where the claim's actor is its mayor or governor, no country
        ("London approved expanding the ULEZ to all boroughs in 2023", "khan-ulez-2023"),
        ("Washington approved a capital gains tax in 2021", "inslee-capital-gains-2021"),
        ("Paris approved tripling SUV parking fees in 2024", "hidalgo-suv-fees-2024"),
        ("Tokyo approved a four-day week for government workers in 2025", "koike-four-day-week-2025"),
    ],
)
def test_a_leader_member_or_seat_of_the_claims_actor_keeps_the_match(
    leaders_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    # each is 1.00 on main: a person's, a chamber's or a capital's name (``_CHAMBERS``, ``_CAPITAL_NAMES``) is no
    # other actor than the claim's country, institution or role (review57d)
    (match, *_) = find_matches(leaders_matcher, statement, top=1)
    assert match.claim.id == expected
    assert match.score >= 0.9


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # a person of the claim's institution or country, told by name, where no alias names a person doing it
        (
            "Senate President Gerardo Fernández Noroña approved 155 US Marines for a joint exercise",
            "mar-2025-155-us-marines-fenix-exercise",
        ),
        ("López Obrador passed a law in 2020 to restrict DEA agents", "mexico-2020-law-limits-foreign-agents"),
        # the president's office by its building, for its alias "Trump authorized military action ..."
        (
            "The White House authorized the US military to go after Latin American drug cartels",
            "trump-secret-order-military-force-against-cartels",
        ),
    ],
)
def test_a_leader_or_office_of_the_starter_claims_actor_keeps_the_match(
    starter_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    # TRUE 1.00 on main: a person or an office is no other actor than the claim's institution (review57d)
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == expected
    assert match.score >= 0.9


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        (
            "Guatemala approved 155 armed US Marines entering the country in spring 2025",
            "mar-2025-155-us-marines-fenix-exercise",
        ),
        ("Canada turned down Trump's offer to send the US Army into Mexico", "sheinbaum-rejected-trump-troop-offer"),
        (
            "Canada approved 155 armed US Marines entering the country in spring 2025",
            "mar-2025-155-us-marines-fenix-exercise",
        ),
    ],
)
def test_another_country_the_file_knows_in_the_claims_actors_place(statement: str, not_this: str) -> None:
    # once a claim of the file named Guatemala and Canada, their names were words it knows, no distinctive words,
    # and these were shown as TRUE at 1.00 again: the country check was reached only for words the file never uses
    kb = load_knowledge_base(Path(__file__).parent.parent / "claims.yaml")
    hosts = _claim("hosts", "Canada and Guatemala also host US military trainers.")
    matcher = LexicalMatcher([*kb.claims, hosts], use_cache=False)
    assert not_this not in [m.claim.id for m in find_matches(matcher, statement)]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # capped at 0.20 as another country opening the statement: "britain" and "uk" are two terms
        ("Britain's Parliament approved the Rwanda asylum bill in April 2024", "rwanda-bill"),
        ("Britain's inflation hit 11.1 percent in October 2022", "uk-inflation"),
        # review49b: checked for another actor before any word, a country the file names elsewhere was one:
        # "Mexico border ..." showed the Mexican troops claim (0.87), the others were capped at 0.20 (main: 1.00)
        ("Mexico border wall construction resumed in 2025", "us-border-wall"),
        ("Switzerland tariffs rose to 39 percent in August 2025", "swiss-tariffs"),
        ("Turkey sanctions were lifted in October 2019", "turkish-sanctions"),
    ],
)
def test_the_claims_own_country_opening_the_statement_keeps_the_match(statement: str, expected: str) -> None:
    matcher = LexicalMatcher(
        [
            _claim("rwanda-bill", "The UK Parliament approved the Rwanda asylum bill in April 2024."),
            _claim("uk-inflation", "UK inflation hit 11.1 percent in October 2022."),
            _claim("other", "France banned single-use plastic bags in 2016."),
            _claim("us-border-wall", "US border wall construction resumed in 2025."),
            _claim("mexico-troops", "Mexico deployed 10,000 of its own troops to the US border in February 2025."),
            _claim("swiss-tariffs", "US tariffs on Swiss goods rose to 39 percent in August 2025."),
            _claim("swiss-eu", "Switzerland is not a member of the European Union."),
            _claim("turkish-sanctions", "US sanctions on Turkish officials were lifted in October 2019."),
            _claim("turkey-nato", "Turkey blocked Sweden's NATO bid until 2024."),
        ],
        use_cache=False,
    )
    (match, *_) = find_matches(matcher, statement, top=1)
    assert match.claim.id == expected
    assert match.score > 0.9


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # "invas" (invasion) was read as "invad" (invaded), a spelling of it, and the roles as turned round
        ("Mexico endured an invasion of US troops in the past", "us-troops-invaded-mexico-in-past"),
        ("Mexico suffered the invasion of US troops in 1846", "us-troops-invaded-mexico-in-past"),
        ("México sufrió la invasión de tropas estadounidenses en 1846", "us-troops-invaded-mexico-in-past"),
        # "train" of "the training of US ..." is no verb, though "trainers" is spelled with it
        (
            "Mexico depends on the training of US military trainers",
            "us-keeps-only-small-training-contingents-in-mexico",
        ),
    ],
)
def test_a_noun_of_the_claims_verb_turns_no_roles_round(
    starter_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == expected


@pytest.mark.parametrize(
    "statement",
    [
        "Sheinbaum rejected Trump's offer to send US troops into Mexico",
        "Mexico rejected Trump's offer to send US troops into Mexico",
        # a word of its own before the claim's actor: no one in the actor's place
        "Reportedly Sheinbaum rejected Trump's offer to send US troops into Mexico",
        "Allegedly Sheinbaum refused Trump's offer",
    ],
)
def test_the_claims_actor_after_an_unknown_first_word_keeps_the_match(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == "sheinbaum-rejected-trump-troop-offer"


def test_us_troops_at_the_border_are_not_mexicos_own_troops(starter_matcher: LexicalMatcher) -> None:
    # shown as TRUE "Mexico deployed 10,000 of its own troops to the US border" first (0.96): "US troops" said whose
    # they are no more than "Mexico troops" does; now the FALSE claim of US troops, whose summary says they are at
    # the US border, with the note that the statement says "border" where it says "Mexico"
    found = find_matches(starter_matcher, "There are 10,000 US troops at the border")
    assert [m.claim.id for m in found] == ["us-troops-in-mexico-10000"]
    # whose, not said: either claim may be meant
    found = find_matches(starter_matcher, "There are 10,000 troops at the border")
    assert {m.claim.id for m in found} == {"mexico-sent-10000-national-guard-to-border", "us-troops-in-mexico-10000"}


@pytest.mark.parametrize("statement", US_TROOPS_SET_AGAINST)
def test_us_troops_set_against_the_troops_said_leave_mexicos_own_troops(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    # "US troops" here are not the 10,000 the statement is about: TRUE "Mexico deployed 10,000 of its own troops to
    # the US border" was capped (0.20) and FALSE us-troops-in-mexico-10000 shown first; it stays first, uncapped
    listed = {m.claim.id: m.score for m in find_matches(starter_matcher, statement, min_score=0.0)}
    mexicos = listed["mexico-sent-10000-national-guard-to-border"]
    assert mexicos > SUBSTITUTION_CAP
    assert mexicos >= listed.get("us-troops-in-mexico-10000", 0.0)


@pytest.mark.parametrize("statement", US_TROOPS_DONE_TO)
def test_us_troops_something_is_done_to_leave_mexicos_own_troops_first(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    # TRUE "Mexico deployed 10,000 of its own troops to the US border" was capped (0.99 -> 0.20) and FALSE
    # us-troops-in-mexico-10000 shown alone: any verb a list of verbs lacked read "US troops" as the 10,000
    found = find_matches(starter_matcher, statement)
    assert found[0].claim.id == "mexico-sent-10000-national-guard-to-border"


@pytest.mark.parametrize(
    "statement",
    [
        "Trump deployed 10,000 U.S. troops to the border",
        "there are 10,000 us troops at the border",
        "THERE ARE 10,000 US TROOPS AT THE BORDER",
        "Trump sent 10,000 us troops to the border",
    ],
)
def test_us_troops_sent_by_a_name_or_in_lower_case_are_not_mexicos_own_troops(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    # shown as TRUE "Mexico deployed 10,000 of its own troops to the US border" tied first or first (0.94, 0.96):
    # "Trump deployed" before the number, "us" after it, were read as no owner
    found = find_matches(starter_matcher, statement)
    assert "mexico-sent-10000-national-guard-to-border" not in [m.claim.id for m in found]


def test_us_the_pronoun_says_whose_troops_no_more_than_before(starter_matcher: LexicalMatcher) -> None:
    # "us" is the pronoun here: whose the troops are is not said, and Mexico's own troops stay first, as on main
    found = find_matches(starter_matcher, "They sent us troops to the border")
    assert found[0].claim.id == "mexico-sent-10000-national-guard-to-border"


def test_a_count_of_us_troops_at_the_border_is_not_mexicos_own_troops(starter_matcher: LexicalMatcher) -> None:
    for statement in (
        "There are more than 10,000 US troops at the border",
        "10,000 US troops were deployed to the border",
    ):
        found = find_matches(starter_matcher, statement)
        assert [m.claim.id for m in found] == ["us-troops-in-mexico-10000"]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # a country's name written out before troops is not read as their owner (the reverted 2b82571 capped these)
        ("Sheinbaum rejects Trump's Mexico troops offer", "sheinbaum-rejected-trump-troop-offer"),
        ("Mexico troop numbers are secret", "exact-number-of-us-troops-in-mexico-secret"),
        ("Sheinbaum said no to Trump's offer of US troops", "sheinbaum-rejected-trump-troop-offer"),
        ("US troop numbers in Mexico are secret", "exact-number-of-us-troops-in-mexico-secret"),
        ("10,000 Mexican soldiers are at the US border", "mexico-sent-10000-national-guard-to-border"),
    ],
)
def test_a_name_before_troops_keeps_the_claims_it_is(
    starter_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == expected


def test_a_word_capitalised_only_inside_a_longer_name_names_no_actor(starter_matcher: LexicalMatcher) -> None:
    # the alias "The Sinaloa Cartel and CJNG were labeled ..." made "cartel" a name of the claim "... the US
    # officially labeled Mexican cartels ... as terrorist organizations": the post opening with "The cartels"
    # named another actor than the US, and was capped, leaving a claim on what the label allows first (0.96)
    statement = "The cartels are officially terrorist organizations now #CJNG #Sinaloa"
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == "feb-2025-cartels-designated-terrorist-organizations"
    assert match.score >= starter_matcher.threshold


@pytest.mark.parametrize(
    "statement", ["10,000 Mexican troops were sent to the US border", "10,000 Mexican soldiers are at the US border"]
)
def test_troops_of_another_owner_at_a_border_are_not_the_fact_check(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    # shown as FALSE "There are more than 10,000 US troops deployed in Mexico" first (0.98 and 0.86), above
    # the claim they are, TRUE "Mexico deployed 10,000 of its own troops to the US border"
    found = [m.claim.id for m in find_matches(starter_matcher, statement)]
    assert found == ["mexico-sent-10000-national-guard-to-border"]


def test_a_word_in_lower_case_is_no_name_where_a_longer_name_capitalises_it() -> None:
    # the summary's "the US southern border in support of Customs and Border Protection" made "border" a name
    # of the claim, so "the US border" was read as a place named "border", not a border of the US
    claim = Claim(
        id="mx",
        claim="There are more than 10,000 US troops deployed in Mexico.",
        verdict=Verdict.FALSE,
        summary="The figure refers to troops at the US southern border in support of Customs and Border Protection.",
    )
    names = _claim_names(claim)
    assert "border" not in names and {"usa", "mexico"} <= names


@pytest.mark.parametrize(
    "statement", ["Over 10,000 Mexican soldiers are deployed in the US", "Mexican troops are in the US!!! Invasion!!!"]
)
def test_troops_of_the_claims_place_in_its_troops_country_are_not_the_fact_check(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    # shown as FALSE "There are more than 10,000 US troops deployed in Mexico" at 1.00, and as TRUE "... Mexico
    # said US troops would not come into Mexico" at 0.87 ("your statement says the opposite")
    found = [m.claim.id for m in find_matches(starter_matcher, statement)]
    assert "us-troops-in-mexico-10000" not in found
    assert "mexico-says-no-us-troops-after-cartel-directive" not in found


def test_troops_of_one_country_at_the_others_border_are_not_the_fact_check(starter_matcher: LexicalMatcher) -> None:
    # shown as TRUE "Mexico deployed 10,000 of its own troops to the US border in February 2025" at 0.95, first,
    # above the claim on the 10,000 US troops (who are on the US side of that border), which notes the place
    matches = find_matches(starter_matcher, "10,000 US troops were sent to the Mexico border")
    assert [m.claim.id for m in matches] == ["us-troops-in-mexico-10000"]
    assert matches[0].differences is not None


@pytest.mark.parametrize(
    "statement", ["There are thousands of US soldiers in Mexico", "Hundreds of American troops are in Mexico"]
)
def test_an_amount_no_one_counted_keeps_the_match(starter_matcher: LexicalMatcher, statement: str) -> None:
    # "There are thousands of US soldiers in Mexico" found nothing (closest 0.42): "thousands" was read as the
    # file's "thousand" (of "ten thousand"), a word of one claim, and "thousand", a term no claim has, weighed
    # as much as the three others together
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == "there-are-us-troops-in-mexico"


def test_saying_yes_to_us_troops_is_no_claim_on_their_being_there(starter_matcher: LexicalMatcher) -> None:
    # "Mexico said yes to US troops" was shown as "There are US troops in Mexico" (0.53): "said yes to" was stop
    # words and "yes", a word no claim has.  It says what "Mexico approved US troops" says, which the file has no
    # claim on (its approvals are of a number of trainers, Marines or SEALs, at a date)
    assert find_matches(starter_matcher, "Mexico said yes to US troops") == []
    (match,) = find_matches(starter_matcher, "Mexico said yes to 155 US Marines", top=1)
    assert match.claim.id == "mar-2025-155-us-marines-fenix-exercise"


#: a small local file: a desk's own claims, whose vocabulary is its few claims'
LOCAL_DESK = [
    _claim("border-closed", "The US closed the border with Mexico in March 2020.", "The US closed the Mexico border"),
    _claim("no-troops", "Mexico will not accept US troops on its soil."),
    _claim("wall", "Mexico paid for the border wall."),
    _claim("troops-sent", "The US sent 10,000 troops to the border in 2025."),
]


def test_shutting_the_border_is_closing_it() -> None:
    # "The US shut the border" scored 0.20, capped as "shut" in the place of "closed Mexico" (0.52 without the cap)
    matcher = LexicalMatcher(LOCAL_DESK, use_cache=False)
    (match, *_) = find_matches(matcher, "The US shut the border", top=1)
    assert match.claim.id == "border-closed"


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("The American military is in Mexico", "there-are-us-troops-in-mexico"),
        ("Is the US military in Mexico?", "there-are-us-troops-in-mexico"),
        ("Are US service members in Mexico?", "there-are-us-troops-in-mexico"),
        ("10,000 members of the US military are in Mexico", "us-troops-in-mexico-10000"),
    ],
)
def test_the_military_in_mexico_is_its_troops(starter_matcher: LexicalMatcher, statement: str, expected: str) -> None:
    # read as written, these found nothing ("The US military is in Mexico" scored 0.16), while "US soldiers are in
    # Mexico" found its claim: the statement's soldiers are read as the claims' "troops" (text.military_as_troops)
    assert [m.claim.id for m in find_matches(starter_matcher, statement, top=1)] == [expected]


@pytest.mark.parametrize(
    "statement",
    [
        "Mexico's army fights the cartels",
        "The Mexican Army is sent to fight cartels",
        "the mexican army is fighting the cartels",  # 0.74: a people's word typed in lower case was no owner
    ],
)
def test_an_army_of_the_country_a_claim_sends_an_army_into_is_not_that_claim(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    # shown as "Mexico's president turned down Trump's offer to send the US Army into Mexico to fight cartels" (0.86,
    # 0.76): another army than the claim's (substitution.another_owner)
    found = find_matches(starter_matcher, statement)
    assert "sheinbaum-rejected-trump-troop-offer" not in [m.claim.id for m in found]


def test_troops_a_country_sends_are_not_troops_sent_into_it(starter_matcher: LexicalMatcher) -> None:
    # "Mexico sent 10,000 troops to the border" was shown as TRUE "Mexico deployed 10,000 of its own troops ..." and
    # as FALSE "There are more than 10,000 US troops deployed in Mexico" at 0.97 each: that claim's alias opening with
    # "Over 10,000" was read as opening with the statement's actor (substitution.another_actor)
    found = find_matches(starter_matcher, "Mexico sent 10,000 troops to the border")
    assert [m.claim.id for m in found] == ["mexico-sent-10000-national-guard-to-border"]


def test_a_countrys_drones_over_it_are_not_anothers_drones_over_it(starter_matcher: LexicalMatcher) -> None:
    # shown as TRUE "US drones fly over Mexican territory and Mexico's government knows about it" at 0.90: "over" put
    # the drones nowhere, and drones in their own owner's country were no other owner's (substitution.another_owner)
    found = find_matches(starter_matcher, "Mexican drones patrol over Mexico")
    assert "us-drones-fly-over-mexico-with-consent" not in [m.claim.id for m in found]


@pytest.mark.parametrize(
    "statement",
    ["The Senate approved 19 Navy SEALs in February 2026", "Senators approved 19 Navy SEALs in February 2026"],
)
def test_a_claim_opening_with_a_date_then_someones_has_it_act_for_its_owner(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    # 1.00 -> 0.20 when a month became a number (no actor): "In February 2026 Mexico's Senate approved 19 US Navy
    # SEALs ..." was read for someone's only at its very start, so "Senate" was another actor than the claim's Mexico
    found = find_matches(starter_matcher, statement, top=1)
    assert [(m.claim.id, m.score >= 0.9) for m in found] == [("feb-2026-senate-approves-19-navy-seals", True)]


def test_a_claim_saying_military_is_still_found_by_its_own_words() -> None:
    # read only as "troops", "The US military is in Mexico" lost the claim worded so (1.00 -> 0.66) and matched one
    # about drones (0.54): the statement is read as written too, and the better reading kept
    claims = [
        _claim("military", "The US military is in Mexico."),
        _claim("drones", "US drones fly over Mexico."),
        _claim("sent", "Trump sent troops to the border."),
    ]
    found = find_matches(LexicalMatcher(claims, use_cache=False), "The US military is in Mexico")
    assert [m.claim.id for m in found] == ["military"] and found[0].score > 0.95


@pytest.mark.parametrize(
    "statement",
    [
        "The US closed the border in March 2020, Trump said",
        "The US closed the border in March 2020, said Trump",
        "According to Trump, the US closed the border in March 2020",
        # a quotation with who said it: the quotation's end stood between the comma and "said"
        '"The US closed the border in March 2020," said Trump.',
        '"The US closed the border in March 2020," President Trump said.',
        "“The US closed the border in March 2020”, Trump said.",
        'Trump said: "The US closed the border in March 2020."',
        # a quotation signed with a dash: found nothing (0.20), "Donald Trump" in the place of "Mexico"
        '"The US closed the border in March 2020" — Donald Trump',
        "“The US closed the border in March 2020” -- Donald Trump, president",
    ],
)
def test_who_reported_a_statement_names_nothing_in_the_claims_place(statement: str) -> None:
    # capped at 0.20 (1.00 without the cap): "Trump", a name the file never uses, while the claim names Mexico
    matcher = LexicalMatcher(LOCAL_DESK, use_cache=False)
    (match, *_) = find_matches(matcher, statement, top=1)
    assert match.claim.id == "border-closed"


@pytest.mark.parametrize(
    ("statement", "not_this"),
    [
        ("US troops have invaded one country — Canada", "us-troops-invaded-mexico-in-past"),
        ("US drones fly over one country — Canada", "us-drones-fly-over-mexico-with-consent"),
    ],
)
def test_a_name_after_a_dash_with_no_quotation_is_what_the_statement_says(
    starter_matcher: LexicalMatcher, statement: str, not_this: str
) -> None:
    # taken off as a signature, "Canada" was no longer compared, and the claim about Mexico was shown at 0.93
    assert not_this not in [m.claim.id for m in find_matches(starter_matcher, statement)]


def test_who_reported_a_statement_counts_against_a_claim_reporting_another(starter_matcher: LexicalMatcher) -> None:
    # the claim is about what someone said: the statement's reporter may be what it says otherwise
    desk = [*LOCAL_DESK[1:], _claim("biden-said", "Biden said the US closed the border with Mexico in March 2020.")]
    matcher = LexicalMatcher(desk, use_cache=False)
    assert find_matches(matcher, "The US closed the border in March 2020, Trump said") == []


def test_roles_turned_round_are_not_the_fact_check(starter_matcher: LexicalMatcher) -> None:
    # "Mexico invaded the US" was shown as TRUE "US troops have invaded Mexico in the past" at 1.00
    assert find_matches(starter_matcher, "Mexico invaded the US") == []
    (match, *_) = find_matches(starter_matcher, "the us invaded mexico", top=1)
    assert match.claim.id == "us-troops-invaded-mexico-in-past"
    (match, *_) = find_matches(starter_matcher, "Mexico was invaded by the US", top=1)
    assert match.claim.id == "us-troops-invaded-mexico-in-past"


@pytest.mark.parametrize(
    "statement",
    ["México invadió Estados Unidos en 1846", "México invadió a EE.UU. en 1846"],
)
def test_spanish_roles_turned_round_are_not_the_fact_check(starter_matcher: LexicalMatcher, statement: str) -> None:
    # shown as TRUE "US troops have invaded Mexico in the past" at 0.94 and 0.96, where "Mexico invaded the United
    # States in 1846" was silent: "invadió" is no term of the claim's, only its spelling's twin
    assert "us-troops-invaded-mexico-in-past" not in [m.claim.id for m in find_matches(starter_matcher, statement)]


@pytest.mark.parametrize(
    "statement",
    [
        "Estados Unidos invadió México en 1846",  # the same way round
        "México fue invadido por Estados Unidos en 1846",  # passive: the same roles (silent before)
        "México fue invadido por Estados Unidos",
    ],
)
def test_spanish_roles_the_same_way_round_find_the_fact_check(starter_matcher: LexicalMatcher, statement: str) -> None:
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == "us-troops-invaded-mexico-in-past"


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # a relation both take part in: the second name after "with" is a partner, not one done to
        (
            "Mexican soldiers patrol the border together with US troops inside Mexico",
            "us-mexican-soldiers-joint-patrols-inside-mexico",
        ),
        (
            "Mexico's army patrols the border together with American soldiers inside Mexico",
            "us-mexican-soldiers-joint-patrols-inside-mexico",
        ),
        (
            "Mexico runs joint border patrols with US troops on Mexican soil",
            "us-mexican-soldiers-joint-patrols-inside-mexico",
        ),
        (
            "Mexico cooperates militarily with the US through Northern Command",
            "northcom-responsible-for-mexico-cooperation",
        ),
        ("Mexican forces train with US troops in counter-narcotics", "us-troops-train-advise-mexican-military-police"),
        # "from": where the drones come from
        (
            "Mexico lets surveillance drones from the US fly over its territory",
            "us-drones-fly-over-mexico-with-consent",
        ),
        # a number the two share between the names is no verb
        ("The US border received 10,000 Mexican troops in February 2025", "mexico-sent-10000-national-guard-to-border"),
    ],
)
def test_roles_not_turned_round_keep_the_match(starter_matcher: LexicalMatcher, statement: str, expected: str) -> None:
    # each was capped to 0.20 as "roles turned round", their shared word being a noun or a number
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == expected


@pytest.mark.parametrize(
    "statement",
    [
        "Mexico flies surveillance drones over the US",
        "Mexican troops from Sonora invaded the US",
        "Mexico trains US troops",
    ],
)
def test_roles_turned_round_with_a_preposition_elsewhere(starter_matcher: LexicalMatcher, statement: str) -> None:
    assert find_matches(starter_matcher, statement) == []


@pytest.mark.parametrize(
    "statement", ["Mexico sent 10,000 troops to the border", "Sheinbaum sent 10,000 soldiers to the US border"]
)
def test_the_claims_own_actor_keeps_the_match(starter_matcher: LexicalMatcher, statement: str) -> None:
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == "mexico-sent-10000-national-guard-to-border"


def test_remember_that_does_not_lose_the_match(starter_matcher: LexicalMatcher) -> None:
    # it scored 0.20, where the sentence alone scored 1.00 (found by scanning a news article)
    bare = "the Senate approved 155 Marines in March 2025."
    (alone, *_) = find_matches(starter_matcher, bare, top=1)
    (pointed, *_) = find_matches(starter_matcher, "Remember that " + bare, top=1)
    assert pointed.claim.id == alone.claim.id
    assert pointed.score == pytest.approx(alone.score)


@pytest.mark.parametrize(
    "told",
    [
        "my uncle says there are american soldiers in mexico",
        "i heard that there are american soldiers in mexico",
        "someone on tiktok said there are american soldiers in mexico",
        "apparently there are american soldiers in mexico",
    ],
)
def test_who_told_the_writer_does_not_lose_the_match(starter_matcher: LexicalMatcher, told: str) -> None:
    # these found nothing ("uncle" even capped the claim at 0.20), where the bare statement matched at 0.66
    # (from the teacher walkthrough)
    bare = starter_matcher.search("there are american soldiers in mexico", top=1)[0]
    (match,) = find_matches(starter_matcher, told, top=1)
    assert match.claim.id == "there-are-us-troops-in-mexico" == bare.claim.id
    assert match.score == bare.score


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("us troops in mexcio", "there-are-us-troops-in-mexico"),  # two letters swapped
        ("are there us solders in mexico", "there-are-us-troops-in-mexico"),  # a letter missing
        ("the us goverment sent troops to mexico", "us-said-it-will-send-troops-into-mexico"),  # a letter missing
    ],
)
def test_a_misspelt_word_of_a_typed_statement_is_read_as_the_files_word(
    starter_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    # these found nothing (closest 0.01, none, 0.20: the substitution check took the misspelling for a word
    # in the place of the claim's) where the statements spelt right matched (from the teacher walkthrough)
    (match,) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == expected
    assert match.score > SUBSTITUTION_CAP
    assert match.statement == starter_matcher.corrected(statement) != statement  # the differences note sees it


def test_a_claim_compared_with_the_others_is_read_as_written(starter_matcher: LexicalMatcher) -> None:
    # near-duplicate warnings (add, import, validate) compare claims as their writers spelt them
    misspelt = [
        c.claim for c, _ in starter_matcher.similar_claims("There are US troops in mexcio.", min_similarity=0.9)
    ]
    assert misspelt == []
    spelt = [c.claim for c, _ in starter_matcher.similar_claims("There are US troops in Mexico!", min_similarity=0.9)]
    assert spelt == ["There are US troops in Mexico."]


def test_check_says_how_it_read_a_misspelt_statement(invoke: Callable[..., Any], tmp_path: Path) -> None:
    kb = Path(__file__).parent.parent / "claims.yaml"
    result = invoke("check", "--kb", str(kb), "us troops in mexcio", "--top", "1")
    assert result.exit_code == 0, result.output
    assert "Read as: us troops in mexico (misspelt words taken for the claims file's)" in result.output
    result = invoke("check", "--kb", str(kb), "us troops in mexico", "--top", "1")
    assert "Read as" not in result.output


def test_a_misspelling_keeps_its_case_when_read() -> None:
    kb = load_knowledge_base(Path(__file__).parent.parent / "claims.yaml")
    matcher = LexicalMatcher(kb.claims, use_cache=False)
    assert matcher.corrected("Goverment sends troops to Mexico") == "Government sends troops to Mexico"
    assert matcher.corrected("US TROOPS IN MEXCIO") == "US TROOPS IN MEXICO"
    off = LexicalMatcher(kb.claims, use_cache=False, correct_typos=False)
    assert off.corrected("us troops in mexcio") == "us troops in mexcio"


@pytest.mark.parametrize(
    "statement",
    [
        "us troops in mexico",  # every word in the file's vocabulary
        "us amry in mexico",  # "army" one swap away, but a word of four letters is too short to tell
        "US tropas are in Mexico",  # the Spanish aliases' own word, not misspelt
        "Hay trops en México",  # a Spanish statement: "troops" and "tropas" (both in the file) are one edit away
        "US troops in Mexcio",  # a name: one letter makes another name (America, American)
        "Latin America has many armies",  # a name the file says only as "American", not misspelt
        "us troops in mexcio https://example.com/story",  # a post (a link): not typed by a person
        "us troops in mexcio #breaking",  # a hashtag: a post
        "There are thousands of US troops in Mexico",  # "thousand" is in the file: another form, not a misspelling
        # a typed statement longer than TYPED_STATEMENT_TERMS content words
        "my neighbour told me yesterday evening that thousands of us troops quietly crossed into mexcio "
        "last week without congress voting or the mexican senate approving anything",
    ],
)
def test_words_that_are_not_misspelt_or_not_in_a_typed_statement_are_left_as_written(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    assert starter_matcher.corrected(statement) == statement


_OBFUSCATED_FILE = [
    _claim("vaccines-autism", "Vaccines cause autism"),
    _claim("covid-lab", "COVID was made in a lab"),
    _claim("5g-covid", "5G towers spread the coronavirus"),
    _claim("troops", "There are 4 US troops in Mexico"),
    _claim("lies", "The senator lies about taxes"),
    _claim("sam", "Sam said that Liam lies about loam and amen"),
    _claim("areal", "The areal flooding is real"),
]


@pytest.mark.parametrize(
    ("obfuscated", "read", "expected"),
    [
        ("V4ccines c4use 4utism", "Vaccines cause autism", "vaccines-autism"),
        ("VACC1NES CAUSE AUT1SM", "VACCINES CAUSE AUTISM", "vaccines-autism"),
        ("vaxxines cause autism", "vaccines cause autism", "vaccines-autism"),
        ("v@ccines cause autism", "vaccines cause autism", "vaccines-autism"),
        ("c0vid was made in a lab", "covid was made in a lab", "covid-lab"),
        ("The senator l1es about taxes", "The senator lies about taxes", "lies"),
    ],
)
def test_a_typed_statements_digits_for_letters_are_read_as_the_files_word(
    obfuscated: str, read: str, expected: str
) -> None:
    # moderation's obfuscations: "V4ccines c4use 4utism" found nothing (closest 0.00) where the statement spelt
    # right is the claim's own words (1.00)
    matcher = LexicalMatcher(_OBFUSCATED_FILE, use_cache=False)
    assert matcher.corrected(obfuscated) == read
    (match,) = find_matches(matcher, obfuscated, top=1)
    (spelt,) = find_matches(matcher, read, top=1)
    assert match.claim.id == spelt.claim.id == expected
    assert match.score == spelt.score


@pytest.mark.parametrize(
    "statement",
    [
        # numbers, with or without a unit or a letter: none spells a word of the file
        "5G towers spread the coronavirus",
        "There are 4 US troops in Mexico",
        "4 troops in 2024",
        "COVID-19 was made in a lab",
        "10k troops at 11am and 10am",  # "11am" as "liam": as many digits as letters
        # a time: "am" after a number is a word of its own, and "Sam", of three letters, is none of the file's
        # spellings (words of 4 letters or more)
        "5am: Sam said so",
        # a number before a word: "amen" (a word after "4" too short to tell), "areal" (the file's "real")
        "4men and 4real",
        "V4ccines c4use 4utism #truth",  # a hashtag: a post, as for misspellings
    ],
)
def test_numbers_and_words_that_spell_no_word_of_the_file_are_left_as_written(statement: str) -> None:
    assert LexicalMatcher(_OBFUSCATED_FILE, use_cache=False).corrected(statement) == statement


@pytest.mark.parametrize(
    ("obfuscated", "read", "expected"),
    [
        ("V4ccines d0 n0t c4use 4utism", "Vaccines d0 not cause autism", "vaccines-autism"),
        ("V4ccines n3ver c4use 4utism", "Vaccines never cause autism", "vaccines-autism"),
        ("V4CCINES D0N'T C4USE 4UTISM", "VACCINES DON'T CAUSE AUTISM", "vaccines-autism"),
        ("V4ccines c4use 4utism is f4ke news", "Vaccines cause autism is fake news", "vaccines-autism"),
        ("C0VID was n0t made in a l4b", "COVID was not made in a l4b", "covid-lab"),
        ("c0vid w4s n0t m4de in a l4b", "covid w4s not made in a l4b", "covid-lab"),
        ("N0 vaccines cause autism", "No vaccines cause autism", "vaccines-autism"),
        # a lone "n0t" of a statement in plain letters (main: 'same', with no note)
        ("Vaccines do n0t cause autism", "Vaccines do not cause autism", "vaccines-autism"),
    ],
)
def test_a_typed_negation_is_read_whatever_the_file_holds(obfuscated: str, read: str, expected: str) -> None:
    # "n0t", "n3ver", "f4ke" are no word of the file: its words alone read, "V4ccines d0 n0t c4use 4utism" was
    # shown the FALSE claim "Vaccines cause autism" at 1.00 with no note that it says the opposite (lang55)
    matcher = LexicalMatcher(_OBFUSCATED_FILE, use_cache=False)
    assert matcher.corrected(obfuscated) == read
    (match,) = find_matches(matcher, obfuscated, top=1)
    assert (match.claim.id, match.polarity) == (expected, "opposite")


@pytest.mark.parametrize(
    ("obfuscated", "expected"),
    [
        ("Angela Merkel ist n1cht die T0chter von Adolf Hitler", "merkel"),
        ("Die Rente wird ab 2026 n1cht um 20 Proz3nt gekürzt", "rente"),
        ("Die USA haben k31ne 10.000 S0ldaten nach Mexiko geschickt", "soldaten"),  # as many digits as letters
        ("Die USA haben n1e 10.000 S0ldaten nach Mexiko geschickt", "soldaten"),  # three letters
        ("Flüchtlinge bekommen k31n kostenloses 4uto vom Staat", "auto"),
    ],
)
def test_a_typed_german_negation_is_read_whatever_the_file_holds(obfuscated: str, expected: str) -> None:
    # review58f: the file's words alone were read ("T0chter", "S0ldaten"), not the German "n1cht", "k31ne", "n1e"
    # (no word of the file): each was shown its FALSE claim at 1.00 with no note that it says the opposite
    kb = load_knowledge_base(Path(__file__).parent / "fixtures" / "german_claims_mixed.yaml")
    (match,) = find_matches(LexicalMatcher(kb.claims, use_cache=False), obfuscated, top=1)
    assert (match.claim.id, match.polarity) == (expected, "opposite")


def test_a_typed_italian_negation_is_read_whatever_the_file_holds() -> None:
    claims = [
        Claim(id="vaccines", claim="Vaccines cause autism", verdict=Verdict.FALSE),
        Claim(id="vaccini", claim="I vaccini causano l'autismo", verdict=Verdict.FALSE),
    ]
    matcher = LexicalMatcher(claims, use_cache=False)
    assert matcher.corrected("I v4ccini n0n c4usano l'autismo").startswith("I vaccini non causano")
    (match,) = find_matches(matcher, "I v4ccini n0n c4usano l'autismo", top=1)
    assert match.polarity == "opposite"


@pytest.mark.parametrize(
    "statement",
    ["The N13 road was closed for a week", "The M41 was closed in March", "Flight N07 was cancelled in May"],
)
def test_a_code_of_more_digits_than_letters_is_no_typed_negation(statement: str) -> None:
    # "N13" spells the German "nie", "M41" the Italian "mai", "N07" "not": read so, the statement lost its own claim
    # ("The Nie road was closed for a week" capped at 0.2)
    claims = [
        Claim(id="road", claim="The N13 road was closed for a week", verdict=Verdict.FALSE),
        Claim(id="motorway", claim="The M41 was closed in March", verdict=Verdict.FALSE),
        Claim(id="flight", claim="Flight N07 was cancelled in May", verdict=Verdict.FALSE),
    ]
    matcher = LexicalMatcher(claims, use_cache=False)
    assert matcher.corrected(statement) == statement
    (match,) = find_matches(matcher, statement, top=1)
    assert (match.claim.claim, match.polarity) == (statement, "same")


def test_check_notes_that_a_typed_negation_says_the_opposite(invoke: Callable[..., Any], write_kb: Any) -> None:
    kb = write_kb('claims:\n  - id: vaccines-autism\n    claim: Vaccines cause autism\n    verdict: "false"\n')
    result = invoke("check", "--kb", str(kb), "--no-cache", "V4ccines d0 n0t c4use 4utism")
    assert result.exit_code == 0, result.output
    assert "Note: your statement says the opposite" in result.output
    assert "Read as: Vaccines d0 not cause autism" in result.output


@pytest.mark.parametrize(
    ("misspelt", "spelt"),
    [
        ("US trops are in Mexico", "US troops are in Mexico"),  # 0.95, where the statement spelt right is 0.88
        ("Are there American trops in Mexico?", "Are there American troops in Mexico?"),  # 0.95 for 0.66
        ("us trops in mexico", "us troops in mexico"),
    ],
)
def test_an_english_word_of_the_term_of_spanish_words_is_read_as_the_english_word(
    starter_matcher: LexicalMatcher, misspelt: str, spelt: str
) -> None:
    # "trops" is "trop" by the English stemmer: the term of the Spanish aliases' "tropas" and "soldados", held by
    # four claims, rarer than "troop", so the misspelling scored above the word spelt right, through the Spanish
    # wordings alone.  It is read as "troops", the one English word one edit away ("tropas" is Spanish)
    assert starter_matcher.corrected(misspelt) == spelt
    (match,) = find_matches(starter_matcher, misspelt, top=1)
    (right,) = find_matches(starter_matcher, spelt, top=1)
    assert (match.claim.id, match.score) == (right.claim.id, right.score)


def test_a_word_of_the_term_of_spanish_words_is_read_so_only_where_the_file_has_it_for_spanish_words_alone() -> None:
    spanish = _claim("spanish", "US troops are in Mexico", "Hay tropas de Estados Unidos en México")
    assert LexicalMatcher([spanish], use_cache=False).corrected("us trops in mexico") == "us troops in mexico"
    # an English text of the file has a word of that term by its own stem: it is the file's English word too
    english = _claim("english", "Too many troops: trop in French")
    matcher = LexicalMatcher([spanish, english], use_cache=False)
    assert matcher.corrected("us trops in mexico") == "us trops in mexico"
    # a file without the Spanish words: "trops" was read as "troops" already, a term the file lacks
    only_english = LexicalMatcher([_claim("plain", "US troops are in Mexico")], use_cache=False)
    assert only_english.corrected("us trops in mexico") == "us troops in mexico"


def test_the_file_is_read_for_a_term_of_spanish_words_only_as_far_as_a_typed_statement_needs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whether the file gives a term of Spanish words ("mexico", "trop") to Spanish words alone was asked of
    every word of every text, for every statement with a known word of such a term, before its length was
    known: "Mexico sent troops to the border" took 7.6-14.7 s on a 10,375-claim file, 1 s without the rule.
    Now the texts are read until one English word has the term, and not at all for a statement too long to be
    read for typos (counted, not timed: bench/check_speed.py times it)."""
    from factcheck import typos

    read: list[str] = []
    folded_words = typos.folded_words
    monkeypatch.setattr(typos, "folded_words", lambda text: read.append(text) or folded_words(text))
    claims = [_claim("mexico", "Mexico sent troops to the border")]
    claims += [_claim(f"river-{i}", f"Drones number {i} fly over the river") for i in range(200)]
    matcher = LexicalMatcher(claims, use_cache=False)
    # every word the file's (none misspelt), more than TYPED_STATEMENT_TERMS terms
    long = "Mexico sent troops to the border; drones number 1, 2, 3, 4, 5, 6, 7, 8, 9 and 10 fly over the river"
    assert matcher.corrected(long) == long
    assert read == []  # too long to be read for typos: the file's texts are not read
    statement = "Mexico sent troops to the border"
    assert matcher.corrected(statement) == statement
    assert read == ["Mexico sent troops to the border"]  # the first text has "Mexico": the rest are not read
    assert matcher.corrected("Mexico sent drones over the river") == "Mexico sent drones over the river"
    assert len(read) == 1  # the answer is kept


def test_a_very_long_word_is_no_misspelling_and_costs_nothing(
    starter_matcher: LexicalMatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word longer than any of the file's by two letters is one edit from none of them: its one-edit
    strings (some 54 per letter, each as long as the word) were made all the same, 10,000 letters about
    20 seconds and gigabytes of memory (a pasted blob in 'factcheck check'); now they are not made at all
    (counted, not timed: bench/hostile_input.py times it)."""
    from factcheck import typos

    edited: list[str] = []
    one_edit = typos._one_edit
    monkeypatch.setattr(typos, "_one_edit", lambda word: edited.append(word) or one_edit(word))
    statement = "us troops in " + "x" * 10_000
    assert starter_matcher.corrected(statement) == statement
    assert all(len(word) < 100 for word in edited)
    assert starter_matcher.corrected("us troops in mexcio") == "us troops in mexico"
    assert "mexcio" in edited  # the spy sees the words the speller edits


def test_many_is_no_question_of_how_many(starter_matcher: LexicalMatcher) -> None:
    # "There are many US soldiers in Mexico" was shown as "The exact number of US troops in Mexico is secret"
    # (0.99), through its alias "Nobody knows how many American soldiers are in Mexico"
    assert "exact-number-of-us-troops-in-mexico-secret" not in [
        m.claim.id for m in find_matches(starter_matcher, "There are many US soldiers in Mexico")
    ]
    asked = find_matches(starter_matcher, "How many US troops are in Mexico?", top=1)
    assert [m.claim.id for m in asked] == ["exact-number-of-us-troops-in-mexico-secret"]
    # and an amount is not a number: how much is spent is not how many there are
    assert "exact-number-of-us-troops-in-mexico-secret" not in [
        m.claim.id for m in find_matches(starter_matcher, "How much does the US spend on troops in Mexico?")
    ]


@pytest.mark.parametrize("statement", ["Mexican soldiers patrol the US border", "US soldiers patrol the border"])
def test_one_country_patrolling_is_not_the_claim_of_joint_patrols(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    # shown as FALSE "US and Mexican soldiers patrol the border together inside Mexico" at 0.98 and 0.99: the
    # claim adds a partner and a place the statement lacks, and its summary says each patrols its own side
    found = [m.claim.id for m in find_matches(starter_matcher, statement)]
    assert "us-mexican-soldiers-joint-patrols-inside-mexico" not in found


@pytest.mark.parametrize(
    "statement", ["US and Mexican troops patrol the border together inside Mexico", "US troops patrol inside Mexico"]
)
def test_joint_patrols_or_patrols_inside_mexico_are_the_claim(starter_matcher: LexicalMatcher, statement: str) -> None:
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == "us-mexican-soldiers-joint-patrols-inside-mexico"


def test_a_spanish_wording_in_lower_case_makes_no_name_ordinary() -> None:
    # Spanish writes a country's people in lower case: "soldados estadounidenses" made "usa" an ordinary word of
    # the claim, whose Spanish statements of Mexican soldiers in the US were then no other owner's troops
    claim = Claim(
        id="mx",
        claim="There are more than 10,000 US troops deployed in Mexico.",
        verdict=Verdict.FALSE,
        summary="The figure refers to troops at the US southern border.",
        aliases=("Hay más de 10 mil soldados estadounidenses desplegados en México",),
    )
    assert {"usa", "mexico"} <= _claim_names(claim, claim.aliases)


#: a desk's claims: one worded as the statement below, one holding its words within a fact of its own
PARTS_DESK = [
    _claim("free-buses", "Students ride Harbourton buses for free."),
    _claim("promise", "Mayor Dana Ortiz promised in 2023 that students would ride Harbourton buses for free by 2024"),
    _claim("tram", "The Eastside tram line was built on budget."),
    _claim("ferry", "Ferry ridership hit a record high in 2024."),
]


def test_beside_the_claim_worded_as_the_statement_a_claim_saying_much_more_is_no_match() -> None:
    matcher = LexicalMatcher(PARTS_DESK, use_cache=False)
    found = find_matches(matcher, "Students ride Harbourton buses for free")
    assert [m.claim.id for m in found] == ["free-buses"]
    # without the claim worded as it, the statement is a part of the promise, which may be what it means
    matcher = LexicalMatcher([claim for claim in PARTS_DESK if claim.id != "free-buses"], use_cache=False)
    assert [m.claim.id for m in find_matches(matcher, "Students ride Harbourton buses for free")] == ["promise"]


@pytest.mark.parametrize(
    "statement",
    [
        "US troops in Mexico is fake news",
        "US troops in Mexico = FAKE NEWS",
        "Are US troops in Mexico fake news?",
        "US troops in Mexico is not fake news",
    ],
)
def test_a_closing_verdict_is_read_past_where_it_judges_the_claim_found(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    # as written, "news" found a claim whose summary cites NBC News (0.55)
    found = starter_matcher.search(statement, top=1)
    assert [match.claim.id for match in found] == ["there-are-us-troops-in-mexico"], found


_HOAXES = [
    Claim(id="moon-landing-hoax", claim="NASA faked the moon landing.", verdict=Verdict.FALSE),
    Claim(id="moon-landing-1969", claim="The first moon landing took place in July 1969.", verdict=Verdict.TRUE),
    Claim(id="covid-vaccine-fake", claim="The COVID vaccine is fake.", verdict=Verdict.FALSE),
    Claim(id="covid-vaccine-approved", claim="The COVID vaccine was approved by the FDA.", verdict=Verdict.TRUE),
]


@pytest.mark.parametrize(
    ("statement", "expected", "unwanted"),
    [
        ("The COVID vaccine is fake", "covid-vaccine-fake", "covid-vaccine-approved"),
        ("The COVID vaccine is not fake", "covid-vaccine-fake", None),
        ("The moon landing was a hoax", "moon-landing-hoax", None),
    ],
)
def test_a_closing_verdict_that_judges_no_claim_found_is_read_as_written(
    statement: str, expected: str, unwanted: str | None
) -> None:
    # read without its verdict, "The COVID vaccine is fake" was its subject alone, and matched TRUE "The COVID
    # vaccine was approved by the FDA" (0.98); "The moon landing was a hoax" the TRUE 1969 claim at 0.89 (0.60)
    matcher = LexicalMatcher(_HOAXES, use_cache=False)
    found = matcher.search(statement, top=3)
    shown = {match.claim.id: match.score for match in found if match.score >= matcher.threshold}
    assert found[0].claim.id == expected and unwanted not in shown, shown
    if statement.startswith("The moon"):
        assert shown.get("moon-landing-1969", 0.0) < 0.7, shown


#: one number as people write it: the claim of more than 10,000 US troops in Mexico writes "10,000", an alias of it
#: "Ten thousand"
TEN_THOUSAND = ("10000", "10,000", "Ten thousand", "ten-thousand", "10k", "10.000")


def _ten_thousand_troops(starter_matcher: LexicalMatcher, number: str) -> Candidate:
    statement = f"{number} American soldiers are based in Mexico"
    return next(
        c
        for c in starter_matcher.candidates(statement, 10)
        if starter_matcher.claims[c.position].id == "us-troops-in-mexico-10000"
    )


def test_the_same_number_written_another_way_scores_the_same(starter_matcher: LexicalMatcher) -> None:
    # the word terms read every one as 10000, but the character grams of "10000", "10,000" and "Ten thousand" share
    # nothing: the statement scored 0.58, 0.75 and 0.97 by how its number was written
    scores = {}
    for number in TEN_THOUSAND:
        found = find_matches(starter_matcher, f"{number} American soldiers are based in Mexico", top=1)
        assert [m.claim.id for m in found] == ["us-troops-in-mexico-10000"], number
        scores[number] = found[0].score
    assert max(scores.values()) - min(scores.values()) < 0.05, scores
    features = {number: _ten_thousand_troops(starter_matcher, number).features for number in TEN_THOUSAND}
    assert len(set(features.values())) == 1, features  # the same evidence, whatever the writing


@pytest.mark.parametrize("number", ["1,000", "1000", "100,000", "100000", "one thousand", "10 mil millones"])
def test_another_number_is_not_read_as_the_claims(starter_matcher: LexicalMatcher, number: str) -> None:
    # only the claim's own value is read as the claim writes it: another amount keeps its own n-grams, and the
    # statement stays unmatched
    statement = f"{number} American soldiers are based in Mexico"
    assert _ten_thousand_troops(starter_matcher, number).probability < starter_matcher.threshold
    assert [m.claim.id for m in find_matches(starter_matcher, statement, top=3)] == []


def test_a_negated_bound_limits_the_number_and_denies_no_troops(starter_matcher: LexicalMatcher) -> None:
    # "There are not over 10,000 US troops in Mexico" was noted as saying the opposite of "There are US troops in
    # Mexico" (0.91), "No more than 155 US Marines entered Mexico" of the claim that 155 did (0.99): a bound on the
    # number, which those claims admit, is no denial that the troops are there
    found = {
        m.claim.id: m.polarity for m in find_matches(starter_matcher, "There are not over 10,000 US troops in Mexico")
    }
    assert found["there-are-us-troops-in-mexico"] == "same"
    assert found["us-troops-in-mexico-10000"] == "opposite"  # "more than 10,000": the bound denies it
    (match, *_) = find_matches(starter_matcher, "No more than 155 US Marines entered Mexico")
    assert (match.claim.id, match.polarity) == ("mar-2025-155-us-marines-fenix-exercise", "same")
    (match, *_) = find_matches(starter_matcher, "There are no US troops in Mexico")
    assert (match.claim.id, match.polarity) == ("there-are-us-troops-in-mexico", "opposite")


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        # its tariffs are in no wording of the claim: "US", "announced" and "Mexico" carried it (0.93, FALSE)
        ("The US announced new tariffs on Mexico", "us-said-it-will-send-troops-into-mexico"),
        ("The US government announced new tariffs on Mexico", "us-said-it-will-send-troops-into-mexico"),
        # an actor and a date, no claim of their own (0.97 and 0.95, TRUE)
        ("No, it was the US in February 2025.", "mexico-sent-10000-national-guard-to-border"),
        ("Mexico did in February 2025.", "mexico-sent-10000-national-guard-to-border"),
        # a person the file has send troops for Mexico, and a date: a reply of who and when (0.98, TRUE; the
        # Senate's vote of February 2025, whose summary names "President Sheinbaum's request", 0.61)
        ("Sheinbaum did in February 2025.", "mexico-sent-10000-national-guard-to-border"),
        ("Sheinbaum did in February 2025.", "feb-2025-senate-approves-10-us-special-forces-trainers"),
        # a Spanish month, which the Spanish alias "... en febrero de 2025" holds (0.86, TRUE)
        ("México lo hizo en febrero de 2025.", "feb-2025-senate-approves-10-us-special-forces-trainers"),
        # fix46d: a capitalised month before its day and a word in lower case (lang46's reverted 0d74cf9 read no
        # month in it and showed this claim at 0.91)
        ("México lo hizo Febrero 11 en 2025", "feb-2025-senate-approves-10-us-special-forces-trainers"),
    ],
)
def test_a_statement_sharing_only_who_and_when_with_a_claim_is_no_match(
    starter_matcher: LexicalMatcher, statement: str, claim_id: str
) -> None:
    scores = {m.claim.id: m.score for m in starter_matcher.search(statement, top=len(starter_matcher.claims))}
    assert scores[claim_id] <= SUBSTITUTION_CAP
    assert find_matches(starter_matcher, statement) == []


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        # names alone, the claim's own: they were capped as "who" (0.998, 0.999, 0.976 on main; 0.20)
        ("Navy SEALs in Mexico", "feb-2026-senate-approves-19-navy-seals"),
        ("NAVY SEALS IN MEXICO", "feb-2026-senate-approves-19-navy-seals"),
        ("Navy SEALs in Mexico in February 2026", "feb-2026-senate-approves-19-navy-seals"),
        ("Trump and Sheinbaum", "sheinbaum-rejected-trump-troop-offer"),
        # Sheinbaum, who stands for Mexico, with what the claim says
        ("Sheinbaum deployed 10,000 soldiers to the border", "mexico-sent-10000-national-guard-to-border"),
        # troops the file's claims share ("Marines"; "Secretaría de Marina") are what, not who: "landed" the
        # claim does not say keeps it (it was capped while the rule of names the file shares held troops too)
        ("US Marines landed in Mexico", "mar-2025-155-us-marines-fenix-exercise"),
        ("Trump administration plans to send troops into Mexico", "us-said-it-will-send-troops-into-mexico"),
        # the alias says "National Guard": "Mexico sent 10,000 National Guard troops to the US border"
        ("Mexico's National Guard in February 2025", "mexico-sent-10000-national-guard-to-border"),
    ],
)
def test_a_statement_of_names_the_claim_shares_is_a_match(
    starter_matcher: LexicalMatcher, statement: str, claim_id: str
) -> None:
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == claim_id


@pytest.mark.xfail(strict=True, reason="a known limit: only synonyms tell tariffs from troops (docs/matching.md)")
@pytest.mark.parametrize(
    "statement", ["The Trump administration announced tariffs on Mexico", "Trump announced tariffs on Mexico"]
)
def test_tariffs_beside_a_name_the_file_shares_are_a_known_limit(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    # carried by the alias "The Trump administration has decided to deploy US troops in Mexico" (0.99, 0.82,
    # FALSE): "Trump" is named by other claims too, but so it is in "Trump administration will invade Mexico", a
    # right paraphrase of the same claim, which no rule of names can tell from it (review42a)
    assert find_matches(starter_matcher, statement) == []


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        # paraphrases of the FALSE claim in words of their own beside "Trump", a name other claims of the file
        # name too: held back as its tariffs were by a rule of such names (0.992, 0.933, 0.98 -> 0.20)
        ("Trump administration will invade Mexico", "us-said-it-will-send-troops-into-mexico"),
        ("Trump administration plans to invade Mexico", "us-said-it-will-send-troops-into-mexico"),
        ("La administración Trump invadirá México", "us-said-it-will-send-troops-into-mexico"),
        ("Trump administration approves Mexico invasion", "us-said-it-will-send-troops-into-mexico"),
        # "billions": a word the claim lacks, as its "$3.5 billion" is a number (0.888 -> 0.20)
        ("The Mérida Initiative cost billions.", "merida-initiative-3-5-billion"),
        ("Sheinbaum turned Trump down", "sheinbaum-rejected-trump-troop-offer"),
        ("Sheinbaum desafió a Trump", "sheinbaum-rejected-trump-troop-offer"),
        ("Sheinbaum defied Trump", "sheinbaum-rejected-trump-troop-offer"),
        ("The Senate gave the green light in February 2026", "feb-2026-senate-approves-19-navy-seals"),
        # Sheinbaum, who sends troops for Mexico in another claim, is no "who" here: a search of her name, her
        # refusal (0.784, 0.81, 0.75 -> no match or 0.20)
        ("Sheinbaum", "mexico-says-no-us-troops-after-cartel-directive"),
        ("Sheinbaum said no", "mexico-says-no-us-troops-after-cartel-directive"),
        ("Sheinbaum said no in May 2025", "sheinbaum-rejected-trump-troop-offer"),
        ("Sheinbaum dijo que no en mayo de 2025", "sheinbaum-rejected-trump-troop-offer"),
    ],
)
def test_words_of_its_own_beside_a_shared_name_or_a_stand_in_keep_the_match(
    starter_matcher: LexicalMatcher, statement: str, claim_id: str
) -> None:
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == claim_id


def test_a_paraphrase_beside_a_shared_name_is_fact_checked_in_a_scanned_article() -> None:
    from factcheck.article import parse_article
    from factcheck.scan import scan_article

    kb = load_knowledge_base(Path(__file__).parent.parent / "claims.yaml")
    text = "The Trump administration will invade Mexico, some commentators claimed in November.\n"
    report = scan_article(parse_article(text.encode(), "a.txt"), kb, matcher=LexicalMatcher(kb.claims, use_cache=False))
    (result,) = report.results
    assert result.match is not None
    assert result.match.claim.id == "us-said-it-will-send-troops-into-mexico"


_PUTIN_FILE = [
    Claim(
        id="putin-russia-belarus",
        claim="Russia sent 30,000 troops to Belarus in February 2022",
        verdict=Verdict.TRUE,
        aliases=("Putin sent 30,000 troops to Belarus in February 2022",),
        summary="Russian troops held drills in Belarus before the invasion of Ukraine.",
    ),
    Claim(
        id="putin-ill",
        claim="Putin is seriously ill with cancer",
        verdict=Verdict.UNSUPPORTED,
        summary="No evidence supports reports that Putin is gravely ill.",
    ),
    Claim(
        id="putin-trump-alaska",
        claim="Putin and Trump met in Alaska in August 2025",
        verdict=Verdict.TRUE,
        summary="Putin and Trump met at a base in Anchorage on 15 August 2025.",
    ),
]


def test_a_person_who_sends_troops_for_a_country_is_a_name_still() -> None:
    # a file's alias "Putin sent 30,000 troops to Belarus" makes Putin a stand-in for Russia: the search "Putin"
    # was capped (0.539 -> 0.20), the reply of who and when still is
    matcher = LexicalMatcher(_PUTIN_FILE, use_cache=False)
    (match, *_) = find_matches(matcher, "Putin", top=1)
    assert match.claim.id == "putin-ill"
    assert find_matches(matcher, "Putin did in February 2022.") == []


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        # words of the claim's summary, not of its text or aliases: capped as "who and when" (0.87, 0.65 on main)
        (
            "The 3 Sep 2025 joint statement created a high-level group",
            "sep-2025-security-deal-allows-us-forces-in-mexico",
        ),
        ("Homicides in Mexico hit records in 2016-2019", "us-cooperation-reduced-drug-violence"),
    ],
)
def test_a_statement_in_the_words_of_its_claims_summary_is_a_match(
    starter_matcher: LexicalMatcher, statement: str, claim_id: str
) -> None:
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == claim_id


@pytest.mark.parametrize(
    "statement",
    [
        "The US announced it will send troops into Mexico",
        "The US government said it would send troops to Mexico to fight the cartels",
        "Washington announced American soldiers will go into Mexico",
    ],
)
def test_paraphrases_of_the_announced_troops_are_still_found(starter_matcher: LexicalMatcher, statement: str) -> None:
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert match.claim.id == "us-said-it-will-send-troops-into-mexico"


@pytest.mark.parametrize(
    ("statement", "claim", "only"),
    [
        (
            "The US announced new tariffs on Mexico",
            _claim("t", "The US announced it will send troops into Mexico"),
            True,
        ),
        ("Mexico did in February 2025.", _claim("m", "Mexico deployed 10,000 troops in February 2025."), True),
        # a name shared, and something said besides: in other words, which a name alone can tell
        ("Kim and Kanye split", DIVORCE, False),
        # names alone, shared: the claim's subject, not only who (German writes every noun capitalised)
        ("Navy SEALs in Mexico", _claim("s", "Mexico's Senate approved 19 US Navy SEALs in February 2026"), False),
        ("Mikrochip im Corona-Impfstoff", _claim("i", "Corona-Impfstoffe enthalten einen Mikrochip."), False),
        # a word of the claim spelt otherwise is said ("spend" for "spent")
        (
            "How much did Congress spend on the Merida Initiative?",
            _claim("c", "Congress spent about $3.5 billion on the Mérida Initiative."),
            False,
        ),
        # a capitalised first word the claim writes in lower case is a word, not a name
        ("Troops in Mexico", _claim("u", "There are US troops in Mexico"), False),
        ("Kids cannot get COVID", _claim("k", "Children cannot catch COVID-19"), False),
        # the summary's words are the claim's too
        (
            "The September 2012 minimum is still the lowest",
            Claim(
                id="a",
                claim="Arctic sea ice reached a record low in September 2012.",
                verdict=Verdict.TRUE,
                summary="The September 2012 minimum is still the lowest extent in the satellite record.",
            ),
            False,
        ),
        # "march" and "may" in lower case are a verb and a modal, no months: said by a claim that says them
        (
            "Mexicans marched",
            _claim("m", "Thousands of Mexicans marched against US troops in Mexico City."),
            False,
        ),
        ("The US may", _claim("y", "The US may send troops into Mexico."), False),
        # ... and not by a claim's month ("in March 2025", "19 Mar 2025")
        (
            "Mexicans march",
            _claim("f", "Mexico's Senate approved 155 US Marines in March 2025", "On 19 Mar 2025"),
            True,
        ),
        # a count is more than a date
        ("Mexico did 10,000 in 2025.", _claim("m", "Mexico deployed 10,000 troops in February 2025."), False),
    ],
)
def test_says_only_who_and_when(statement: str, claim: Claim, only: bool) -> None:
    assert says_only_who_and_when(statement, set(terms(statement)), claim) is only


_MEXICO_IN_FEBRUARY = _claim(
    "m",
    "Mexico deployed 10,000 troops in February 2025.",
    "México desplegó 10 mil soldados en febrero de 2025",
    "Le Mexique a déployé 10 000 soldats en février 2025",
    "Mexiko schickte im Februar 2025 10.000 Soldaten an die Grenze",
)


@pytest.mark.parametrize(
    "statement",
    [
        # the claim's wordings hold the month in the statement's language: it was read as said by the claim
        "México lo hizo en febrero de 2025.",
        "Nein, das war Deutschland im Februar 2025.",
        "Non, c'était la France en février 2025.",
        # fix45a: a day after the month ("febrero 3 de 2025") was not read, and this matched at 0.80 (main: silent)
        "México lo hizo febrero 3 de 2025.",
    ],
)
def test_a_month_in_another_language_is_when(statement: str) -> None:
    assert says_only_who_and_when(statement, set(terms(statement)), _MEXICO_IN_FEBRUARY)


def test_portuguese_marco_is_when() -> None:
    # lang38: "março" folds to "marco", which was read as a word of its own that the alias holds
    claim = _claim(
        "m", "Mexico deployed 10,000 troops in March 2025.", "O México enviou 10 mil soldados em março de 2025"
    )
    statement = "México, março de 2025."
    assert says_only_who_and_when(statement, set(terms(statement)), claim)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("México lo hizo en febrero de 2025.", {"febrer"}),
        ("Nein, das war Deutschland im Februar 2025.", {"februar"}),
        ("Não, foi o Brasil em fevereiro de 2025.", {"fevereir"}),
        ("Non, c'était la France en mars 2025.", {"mars"}),
        ("Mexiko schickte im Februar 2025 10.000 Soldaten an die Grenze", {"februar"}),
        ("Le Mexique a déployé 10 000 soldats en février 2025", {"fevri"}),
        # in a text of its language, after a word that dates it, without a number
        ("México lo hizo en febrero.", {"febrer"}),
        # "mars" away from a number is the planet or a name, and in an English text beside one too
        ("Bruno Mars in 2025", set()),
        ("NASA's Mars 2020 rover", set()),
        # names, beside no number: in an English text they were read as months in any language
        ("Mayo Clinic study in 2024", set()),
        ("Julio Frenk said in 2025", set()),
        ("Avril Lavigne toured in 2024", set()),
        ("Mai Khoi sang in 2019", set()),
        # "mayo" in a Spanish text, after no word that dates it, is mayonnaise as often
        ("Los tacos llevan mayo y queso", set()),
        # lang38: Portuguese "março" (folded "marco", a name), Italian months and a French month in lower case in a
        # text too short to read as French were not read
        ("Não, foi o Brasil em março de 2025.", {"marc"}),
        ("O Brasil fez isso em março.", {"marco"}),
        ("No, è stata l'Italia a febbraio 2025.", {"febbrai"}),
        ("L'Italia lo ha fatto a febbraio.", {"febbraio"}),
        ("Il 3 maggio 2025 il Senato ha votato", {"magg"}),
        ("Le 3 mars 2025", {"mar"}),
        # ... but the name "Marco", "Maggio" away from a number or a word that dates it, and "Mars" capitalised in
        # an English text are no months
        ("Marco Rubio said in 2025", set()),
        ("Anthony Maggio said in 2025", set()),
        ("I ate 3 Mars bars in 2025", set()),
        # fix44a: a number beside a month dates it only as a day before it (1 to 31) or a year after it: not the age
        # of "Anthony Maggio, 45"; and in an English text "mars" in lower case is English's verb or the planet or the
        # bar but as "3 mars 2025" or after a French word that dates it
        ("Anthony Maggio, 45, was arrested in Mexico", set()),
        ("Scandal mars 2024 election in Mexico", set()),
        ("Violence mars 2018 vote in Mexico", set()),
        ("nasa mars 2020 rover landed", set()),
        ("i ate 3 mars bars", set()),
        ("Mexico deployed troops en mars 2025", {"mars"}),
        ("Maggio 2025: Mexico sends troops", {"maggio"}),  # a year after it: a dateline
        ("Deutschland hat am 3. Februar 2025 die Grenzen geschlossen", {"februar"}),
        # fix45a: fix44a no longer read a day after the month (main did): "febrero 3 de 2025", "enero 15, 2025"
        ("Bogotá, febrero 3 de 2025.", {"febrer"}),
        ("México lo hizo febrero 3 de 2025.", {"febrer"}),
        ("enero 15, 2025 México envió tropas", {"ener"}),
        ("mayo 10", {"mayo"}),
        ("Mexiko schickte Soldaten, Februar 25", {"februar"}),
        # ... but an age after a name is none: over 31, or a capitalised month right after a capitalised name
        ("Anthony Maggio, 25, was arrested in Mexico", set()),
        ("Anthony Maggio 25 was arrested", set()),
        # fix46d: a capitalised month, its day and a word in lower case is a date (lang46's 0d74cf9, reverted, read
        # each as a first name and a count, as "Julio 5 goles" is); so "Julio 5 goles" reads 5 July (docs/limits.md)
        ("Febrero 11 en el Senado", {"febrer"}),
        ("Julio 5 al 10 de 2025", {"juli"}),
        ("Marzo 3 a las 10", {"marz"}),
        ("Septiembre 19 sismo", {"septiembr"}),
        ("Julio 5 goles", {"julio"}),
    ],
)
def test_months_of_other_languages(text: str, months: set[str]) -> None:
    assert months_of_other_languages(text) == months


@pytest.mark.parametrize("term", ["2025", "februari", "feb", "2020s", "monday"])
def test_a_year_a_month_or_a_decade_is_a_date(term: str) -> None:
    assert is_date(term)


@pytest.mark.parametrize("term", ["10000", "155", "5g", "troop"])
def test_a_count_or_a_word_is_no_date(term: str) -> None:
    assert not is_date(term)


@pytest.mark.parametrize(
    ("text", "term", "date"),
    [
        ("US Marines march in Mexico", "march", False),
        ("Mexicans marched", "march", False),
        ("Navy SEALs may train in Mexico", "may", False),
        ("It does not mar the deal", "mar", False),
        ("In March 2025 the Senate approved it", "march", True),
        ("Troops arrived in May 2025", "may", True),
        # in lower case beside a number: a date still
        ("mexico did in march 2025", "march", True),
        ("on 3 mar the US said so", "mar", True),
        ("the sep 2025 deal", "sep", True),
        ("US MARINES MARCH IN MEXICO", "march", True),  # its capitals say nothing
    ],
)
def test_a_month_that_is_a_word_is_a_date_only_as_a_month(text: str, term: str, date: bool) -> None:
    assert is_date(term, months_as_words(text)) is date


def test_marines_marching_in_mexico_is_their_claim(starter_matcher: LexicalMatcher) -> None:
    (match, *_) = find_matches(starter_matcher, "US Marines march in Mexico", top=1)
    assert match.claim.id == "mar-2025-155-us-marines-fenix-exercise"


#: claims with a year, for the years a short statement gives that are no other date of the claim's deed (fixactor97)
YEARS_DESK = [
    _claim("us-left-paris-2020", "The US left the Paris climate agreement in 2020"),
    _claim("turkey-approved-sweden-nato-2024", "Turkey's parliament approved Sweden's NATO membership in January 2024"),
    _claim("eu-petrol-cars-2035", "The EU will ban sales of new petrol cars from 2035"),
    _claim("mexico-judges-2024", "Mexico's 2024 judicial reform made judges elected by popular vote"),
    _claim("kenya-haiti-2024", "Kenya sent police officers to Haiti in 2024"),
    _claim("saudi-women-driving-2018", "Saudi Arabia lifted its ban on women driving in 2018"),
]


@pytest.fixture(scope="module")
def years_matcher() -> LexicalMatcher:
    return LexicalMatcher(YEARS_DESK, use_cache=False)


# review of actor97 (findings 2, 4): a year naming a thing ("the 2015 Paris agreement"), a claim's year after "from"
# or naming its reform, a count ("2000 police officers") and an age ("in their 30s") are no other date: each kept its
# claim on main and was capped at 0.20 by "a year of its own anywhere" (``substitution._another_year``)
@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("The US left the 2015 Paris climate agreement", "us-left-paris-2020"),
        ("Turkey's parliament approved Sweden's 2022 NATO bid", "turkey-approved-sweden-nato-2024"),
        ("Turkey approved Sweden's 2022 NATO application", "turkey-approved-sweden-nato-2024"),
        ("The EU agreed in 2023 to ban new petrol cars", "eu-petrol-cars-2035"),
        ("Mexico elected judges by popular vote in 2025", "mexico-judges-2024"),
        ("In 2025 Mexico elected its judges by popular vote", "mexico-judges-2024"),
        ("Mexico's judges were elected by popular vote in 2025", "mexico-judges-2024"),
        ("Kenya sent 2000 police officers to Haiti", "kenya-haiti-2024"),
        ("Kenya sent police officers in their 30s to Haiti", "kenya-haiti-2024"),
        ("Saudi Arabia let women in their 20s drive", "saudi-women-driving-2018"),
    ],
)
def test_a_year_naming_a_thing_a_count_or_an_age_is_no_other_date(
    years_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = find_matches(years_matcher, statement, top=1)
    assert (match.claim.id, match.score >= 0.9) == (expected, True), (match.claim.id, round(match.score, 2))


# review of actor97 (findings 2, 3), on the starter claims.yaml: a bound ("by 2027", "after 2020") is no other date,
# and a year that is the statement's only word of its own keeps the claim with ``differences``' note of it, as on
# main: capping it showed a neighbour instead ("Congress spent about $3.5 billion on the Mérida Initiative" at 0.97,
# TRUE, no note; "The Mérida Initiative sent US troops to Mexico", FALSE, 0.83-0.86)
@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("Before 2027 Mexico's Senate approved 19 Navy SEALs", "feb-2026-senate-approves-19-navy-seals"),
        ("By 2027 Mexico's Senate had approved 19 Navy SEALs", "feb-2026-senate-approves-19-navy-seals"),
        ("The Mérida Initiative was replaced by 2022", "merida-replaced-by-bicentennial-framework"),
        ("The Mérida Initiative was replaced after 2020", "merida-replaced-by-bicentennial-framework"),
        ("By 2022 the Mérida Initiative had been replaced", "merida-replaced-by-bicentennial-framework"),
        ("The Mérida Initiative was replaced in 2022", "merida-replaced-by-bicentennial-framework"),
        ("In 2022 the Mérida Initiative was replaced", "merida-replaced-by-bicentennial-framework"),
        ("In 2019 Mexico passed a law limiting DEA agents", "mexico-2020-law-limits-foreign-agents"),
    ],
)
def test_a_bound_or_a_year_alone_keeps_the_claim_as_on_main(
    starter_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = find_matches(starter_matcher, statement, top=1)
    assert (match.claim.id, match.score >= 0.9) == (expected, True), (match.claim.id, round(match.score, 2))


# review of years108, finding 4 (a strict xfail until years113): with "by 2027" after the claim's words, the
# substitution check put 2027 in the place of the year of the alias "Mexico approved 19 US Navy SEALs to enter the
# country in 2026" (the same frame, after "SEALs") and capped the claim at 0.2, no match.  A year or month the
# statement gives only as a bound or range holding the claim's date (``years.Bounds.held``) stands in the
# place of none; the statements of another year after the claim's words keep their cap (below).
@pytest.mark.parametrize(
    "statement",
    [
        "Mexico's Senate had approved 19 US Navy SEALs by 2027",
        "Mexico's Senate had approved 19 Navy SEALs by 2027",
        "Mexico's Senate had approved 19 Navy SEALs by March 2027",
        "El Senado aprobó el ingreso de 19 Navy SEALs de Estados Unidos antes de 2027",
    ],
)
def test_a_bound_after_the_claims_words_keeps_the_claim(starter_matcher: LexicalMatcher, statement: str) -> None:
    (match, *_) = starter_matcher.search(statement, top=1)  # the claim, capped: shown or not, its score is read
    assert (match.claim.id, match.score >= 0.9, match.differences) == (
        "feb-2026-senate-approves-19-navy-seals",
        True,
        None,
    ), (match.claim.id, round(match.score, 2))


# years113: what must not change with it: a bound or a Spanish "para" ("for", after a noun) the claim's date lies
# outside of, after the claim's words, is another year in its place (capped at 0.2, the claim shown with
# ``--min-score 0.2`` and its note of both years, as on main)
@pytest.mark.parametrize(
    ("statement", "said"),
    [
        ("Mexico's Senate had approved 19 Navy SEALs by 2020", "2020"),
        ("Mexico's Senate had approved 19 Navy SEALs by March 2025", "2025"),
        ("El Senado aprobó el ingreso de 19 Navy SEALs de Estados Unidos para 2027", "2027"),
        ("El Senado aprobó el ingreso de 19 Navy SEALs de Estados Unidos en 2027", "2027"),
        ("El Senado aprobó el ingreso de 19 Navy SEALs de Estados Unidos antes de 2020", "2020"),
    ],
)
def test_a_bound_the_claims_date_lies_outside_of_after_its_words_keeps_the_cap(
    starter_matcher: LexicalMatcher, statement: str, said: str
) -> None:
    (match, *_) = starter_matcher.search(statement, top=1)
    assert (match.claim.id, round(match.score, 2)) == ("feb-2026-senate-approves-19-navy-seals", 0.2)
    assert match.differences is not None
    assert (said in " ".join(match.differences.statement), "2026" in " ".join(match.differences.claim)) == (True, True)


def _dated_starter_wordings() -> list[tuple[str, str]]:
    """The starter file's wordings that give a year (each claim's text and aliases), with their claim's id."""
    kb = load_knowledge_base(Path(__file__).parent.parent / "claims.yaml")
    return [
        (claim.id, wording)
        for claim in kb.claims
        for wording in (claim.claim, *claim.aliases)
        if re.search(r"\b(?:18|19|20)\d\d\b", wording)
    ]


# years113: what must not change either: every dated wording of the starter file (a bound, "Before 2025 Mexico did
# not allow US troops in for training", and a range, "the 1916–17 hunt", among them) finds its own claim with no note,
# as on main, but "US Marines trained with the Mexican Navy in Baja California in 2025", capped at 0.2 on main too
# (the place and the year of its own: another exercise to the substitution check)
@pytest.mark.parametrize(("expected", "wording"), _dated_starter_wordings())
def test_a_dated_starter_wording_finds_its_claim_with_no_note(
    starter_matcher: LexicalMatcher, expected: str, wording: str
) -> None:
    (match, *_) = starter_matcher.search(wording, top=1)
    if wording == "US Marines trained with the Mexican Navy in Baja California in 2025":
        assert (match.claim.id, round(match.score, 2), match.differences) == (expected, 0.2, None)
        return
    assert (match.claim.id, match.score >= 0.99, match.differences) == (expected, True, None), round(match.score, 2)


# years108: what the YEAR_ALONE strict xfails leave a fact-checker, checked rather than said in their reasons: the
# claim with a note of both years (capping a year alone showed a neighbour instead: review of actor97, finding 3).
# The claim's own year, in any form, gets no note.
@pytest.mark.parametrize(
    ("statement", "expected", "said", "claimed"),
    [
        ("The Philippines signed a defence treaty with the US in 2019", TREATY_1951_ID, "2019", "1951"),
        (
            "In 2018, Italy signed a migration deal with Libya",
            "italy-signed-migration-deal-with-libya-2017",
            "2018",
            "2017",
        ),
        ("In 2019, Canada legalised recreational cannabis", "canada-legalised-cannabis-2018", "2019", "2018"),
        ("In 2019 Canada legalised recreational cannabis", "canada-legalised-cannabis-2018", "2019", "2018"),
    ],
)
def test_a_year_alone_keeps_the_claim_with_a_note_of_both_years(
    world_capitals_matcher: LexicalMatcher, statement: str, expected: str, said: str, claimed: str
) -> None:
    # the claim's score is not asserted: keeping it at 0.9 is the miss the YEAR_ALONE strict xfails record (review of
    # years108, finding 5); whenever the claim is shown, its note gives both years
    shown = [match for match in find_matches(world_capitals_matcher, statement, top=5) if match.claim.id == expected]
    for match in shown:
        assert match.differences is not None
        assert (match.differences.statement, match.differences.claim) == ((said,), (claimed,))


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("The Philippines signed a defence treaty with the US in 1951", TREATY_1951_ID),
        ("In 2017, Italy signed a migration deal with Libya", "italy-signed-migration-deal-with-libya-2017"),
        ("In 2018, Canada legalised recreational cannabis", "canada-legalised-cannabis-2018"),
        ("In October 2018 Canada legalised recreational cannabis", "canada-legalised-cannabis-2018"),
        ("Canada legalised recreational cannabis in the 2010s", "canada-legalised-cannabis-2018"),
    ],
)
def test_the_claims_own_year_in_any_form_gets_no_note(
    world_capitals_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = find_matches(world_capitals_matcher, statement, top=1)
    assert (match.claim.id, match.score >= 0.9, match.differences) == (expected, True, None)


#: ``WORDS_DESK`` without its claim naming Dominica, with more countries of words and Canada's: fixactor97
OWN_CAPITALS_DESK = [
    *[claim for claim in WORDS_DESK if claim.id != "dominica-joined-alba-2008"],
    _claim("north-korea-fired-missile-2022", "North Korea fired a missile over Japan in October 2022"),
    _claim("new-zealand-banned-weapons-2019", "New Zealand banned semi-automatic weapons in 2019"),
    _claim("south-africa-genocide-case-2023", "South Africa filed a genocide case against Israel in December 2023"),
    _claim("canada-legalised-cannabis-2018", "Canada legalised recreational cannabis in 2018"),
]


@pytest.fixture(scope="module")
def own_capitals_matcher() -> LexicalMatcher:
    return LexicalMatcher(OWN_CAPITALS_DESK, use_cache=False)


def test_a_capital_of_one_word_standing_for_its_country_keeps_the_claim(own_capitals_matcher: LexicalMatcher) -> None:
    (match, *_) = find_matches(own_capitals_matcher, "Ottawa legalised recreational cannabis in 2018", top=1)
    assert (match.claim.id, match.score >= 0.9) == ("canada-legalised-cannabis-2018", True)


# review of actor97 (finding 6): the capital of a country of words standing for the claim's own country is still read
# as another actor (0.20, as on main), where a country of one word's capital is its country ("Ottawa ...", above)
@pytest.mark.xfail(
    strict=True,
    reason="a capital of a country of words before the claim's own deed is capped (0.20, on main too) in a file of "
    "several countries of words' claims; in a file of fewer, 'Pyongyang ...' and 'Pretoria ...' keep theirs",
)
@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("Pyongyang fired a missile over Japan in October 2022", "north-korea-fired-missile-2022"),
        ("Santo Domingo banned single-use plastics in 2021", "dominican-republic-banned-plastics-2021"),
        ("Wellington banned semi-automatic weapons in 2019", "new-zealand-banned-weapons-2019"),
        ("Pretoria filed a genocide case against Israel in December 2023", "south-africa-genocide-case-2023"),
    ],
)
def test_a_capital_of_words_standing_for_the_claims_country_keeps_the_claim(
    own_capitals_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = find_matches(own_capitals_matcher, statement, top=1)
    assert (match.claim.id, match.score >= 0.9) == (expected, True), (match.claim.id, round(match.score, 2))


# review of actor97 (finding 5): "Dominica" is told from "The Dominican Republic" only in a file that names Dominica
# in a claim of its own (``WORDS_DESK``); in one that does not, it is shown as the Dominican Republic's claim (1.00)
@pytest.mark.xfail(
    strict=True,
    reason="without a claim naming Dominica, 'Dominica banned ...' is shown as 'The Dominican Republic banned ...' "
    "(1.00, on main too)",
)
def test_dominica_is_another_actor_in_a_file_without_its_claim(own_capitals_matcher: LexicalMatcher) -> None:
    assert_not_shown(
        own_capitals_matcher, "Dominica banned single-use plastics in 2021", "dominican-republic-banned-plastics-2021"
    )


# review of years113 (fixyears113), finding 1: a year-shaped number after a bound or range word that counts something
# is no bound: "hasta 2030 Navy SEALs" put 2030 in the place of the claim's 19 and got TRUE 1.00 with no note.  Each
# keeps main's cap (0.2, no match), or main's match and note.  Findings 2-4 likewise: a negated or cleft "hasta"
# ("No fue hasta 2022 que ..."), a dashed range naming a thing ("The 2024-2026 ... deal") and a range or bound far
# wider than the claim's date ("Between 1900 and 2099", "By 2030") keep main's cap.
@pytest.mark.parametrize(
    "statement",
    [
        "El Senado de México aprobó hasta 2030 Navy SEALs de EEUU en febrero de 2026.",
        "Mexico's Senate approved between 2000 and 2030 US Navy SEALs in February 2026.",
        "El Senado de México aprobó entre 2000 y 2030 Navy SEALs de EEUU en febrero de 2026.",
        "Mexico's Senate approved from 2000 to 2030 US Navy SEALs in February 2026.",
        "Mexico deployed between 2000 and 2030 of its own troops to the US border in February 2025.",
        "Mexico's Senate approved until 2030 US Navy SEALs in February 2026.",
        "Mexico deployed until 2030 troops to the US border in February 2025.",
        "México desplegó hasta 2030 soldados propios en la frontera con EEUU en febrero de 2025.",
        "México desplegó hasta 2027 de sus propios soldados en la frontera con EEUU en febrero de 2025.",
        "No fue hasta 2022 que México aprobó una ley que limita lo que la DEA y otros agentes extranjeros pueden hacer"
        " en el país.",
        "The 2024-2026 US–Mexico security deal allows US forces to operate in Mexico.",
        "Between 1900 and 2099 Mexico passed a law limiting what DEA and other foreign agents can do in the country.",
        "By 2030 the US turned a strip of the New Mexico border into a military base where troops can detain migrants.",
        "Between 2020 and 2030 the US turned a strip of the New Mexico border into a military base where troops can"
        " detain migrants.",
    ],
)
def test_a_count_after_a_bound_word_or_a_loose_bound_keeps_mains_cap(
    starter_matcher: LexicalMatcher, statement: str
) -> None:
    (match, *_) = starter_matcher.search(statement, top=1)
    assert round(match.score, 2) <= 0.2, (match.claim.id, round(match.score, 2))


@pytest.mark.parametrize(
    ("statement", "expected", "said", "claimed"),
    [
        (
            "Hasta 2027 personas murieron cuando el Senado de México aprobó 19 Navy SEALs de EEUU.",
            "feb-2026-senate-approves-19-navy-seals",
            "2027",
            "2026",
        ),
        (
            "The 2019-2021 law passed by Mexico limits what DEA and other foreign agents can do in the country.",
            "mexico-2020-law-limits-foreign-agents",
            "2019-2021",
            "December 2020",
        ),
        (
            "Mexico's 2019-2021 law limits what DEA and other foreign agents can do in the country.",
            "mexico-2020-law-limits-foreign-agents",
            "2019-2021",
            "December 2020",
        ),
    ],
)
def test_a_count_or_a_names_range_keeps_mains_note(
    starter_matcher: LexicalMatcher, statement: str, expected: str, said: str, claimed: str
) -> None:
    (match, *_) = starter_matcher.search(statement, top=1)
    assert match.claim.id == expected
    assert match.differences is not None
    assert (said in match.differences.statement, claimed in match.differences.claim) == (True, True)
