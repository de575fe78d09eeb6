"""A claim text far longer than a claim (a pasted article, a blob): the checks after the ranking read its first
``MAX_COMPARED_CHARS`` characters (``model.compared_text``); the ranking reads it all.  bench/long_claim_speed.py
times it (a 5 MB claim made ``add`` beside it take 116 s): a timed test is no test here."""

from __future__ import annotations

from factcheck.differences import claim_differences
from factcheck.lexical import LexicalMatcher
from factcheck.matching import Match
from factcheck.model import MAX_COMPARED_CHARS, Claim, compared_claim, compared_text
from factcheck.polarity import OPPOSITE, SAME, polarity

#: words enough to push what follows past the characters the checks read
FILLER = " ".join(["the report said"] * (MAX_COMPARED_CHARS // 15 + 10))


def test_a_text_up_to_the_limit_is_read_whole() -> None:
    text = "x" * (MAX_COMPARED_CHARS - 5) + " tail"
    assert len(text) == MAX_COMPARED_CHARS
    assert compared_text(text) is text


def test_a_longer_text_without_a_sentence_end_is_cut_after_its_last_space_within_the_limit() -> None:
    text = "US troops are in Mexico, " + FILLER + " Guatemala"
    cut = compared_text(text)
    assert len(cut) <= MAX_COMPARED_CHARS
    assert text.startswith(cut)
    assert text[len(cut)] == " "  # no word is cut in two
    assert cut.split() == text[: len(cut)].split()


#: a sentence broken at the limit (review37b): cut at its last space, "... There are no more" denied
BROKEN_AT_THE_LIMIT = " There are no more than 10,000 US troops in Mexico."


def _broken_at_the_limit(opening: str, end: str) -> str:
    """``opening``, words, ``end`` and ``BROKEN_AT_THE_LIMIT``, whose "more" ends just before the limit."""
    words = opening + FILLER[: MAX_COMPARED_CHARS - len(opening) - len(end) - len(" There are no more") - 1]
    text = words.rstrip() + end + BROKEN_AT_THE_LIMIT
    assert text.index(" than 10,000") < MAX_COMPARED_CHARS < len(text)
    return text


def test_a_longer_text_is_cut_after_its_last_sentence_end_within_the_limit() -> None:
    for end, kept in ((".", "."), ("!", "!"), ("?", "?"), ("\n", ""), (".\n", ".")):
        text = _broken_at_the_limit("US troops are in Mexico. ", end)
        before = text[: text.index(end + BROKEN_AT_THE_LIMIT)]
        assert compared_text(text) == before + kept
    # a full stop before no blank ends no sentence ("10.5", "1.5"): the last one before a blank does
    text = _broken_at_the_limit("It was", " 10.5 km. It was 1.5")
    assert compared_text(text) == text[: text.index(" It was 1.5")]


def test_a_sentence_broken_at_the_limit_is_not_read_as_a_denial() -> None:
    claim = _broken_at_the_limit("US troops are in Mexico. ", ".")
    assert polarity("US troops are in Mexico", claim) == SAME


def test_a_run_without_spaces_is_cut_at_the_limit() -> None:
    assert compared_text("troops" * 5_000) == ("troops" * 5_000)[:MAX_COMPARED_CHARS]


def test_a_claim_of_normal_length_is_compared_as_it_is() -> None:
    claim = Claim(id="x", claim="There are US troops in Mexico", verdict="false", aliases=("Hay tropas en México",))
    assert compared_claim(claim) is claim


def test_a_long_claim_and_its_long_aliases_are_cut_its_other_fields_kept() -> None:
    long = "There are US troops in Mexico. " + FILLER
    claim = Claim(id="x", claim=long, verdict="false", aliases=("Short alias", long), summary=long, tags=("t",))
    compared = compared_claim(claim)
    assert compared.claim == compared_text(long) != long
    assert compared.aliases == ("Short alias", compared_text(long))
    assert (compared.id, compared.verdict, compared.summary, compared.tags) == (claim.id, claim.verdict, long, ("t",))


def test_polarity_reads_the_first_characters_of_a_long_claim() -> None:
    """A negation past the limit is not read: the checks compare a statement with what a claim says first."""
    said = "US troops are in Mexico"
    assert polarity(said, "US troops are in Mexico. " + FILLER + " There are no US troops in Mexico.") == SAME
    assert polarity(said, "There are no US troops in Mexico. " + FILLER) == OPPOSITE


def test_the_differences_shown_read_the_first_characters_of_a_long_claim() -> None:
    claim = Claim(
        id="x", claim="In 2024 Mexico sent 10,000 troops to the border. " + FILLER + " Guatemala", verdict="false"
    )
    statement = "In 2024 Guatemala sent 10,000 troops to the border"
    differences = Match(claim, 0.9, statement=statement).differences
    assert differences is not None
    assert (differences.statement, differences.claim) == (("Guatemala",), ("Mexico",))
    assert claim_differences(statement, compared_claim(claim)) == differences


def test_a_long_claim_is_still_found_by_its_words() -> None:
    """The ranking reads the whole text: the cut changes only what the checks after it read."""
    long = Claim(id="long", claim="Mexico sent 10,000 troops to the border. " + FILLER, verdict="false")
    others = [
        Claim(id="d", claim="Vitamin D prevents COVID-19 infection", verdict="false"),
        Claim(id="moon", claim="The moon landing was faked", verdict="false"),
    ]
    matcher = LexicalMatcher([long, *others], use_cache=False)
    found = matcher.search("Mexico did not send troops to the border", top=1)
    assert [(m.claim.id, m.polarity) for m in found] == [("long", OPPOSITE)]
    assert found[0].claim is long  # the match shows the claim as written


def test_an_early_sentence_end_leaves_the_claim_cut_at_its_last_space() -> None:
    # the last sentence end far from the limit (a heading's, a note's) left "Note." of a 10,000-character claim
    claim = "Note. There are no US troops in Mexico, " + "according to officials and reports " * 300
    assert compared_text(claim).startswith(claim[: MAX_COMPARED_CHARS // 2])
    assert polarity("There are US troops in Mexico.", claim) == "opposite"
    assert (
        compared_text("Title\n" + "x" * (2 * MAX_COMPARED_CHARS))
        == ("Title\n" + "x" * (2 * MAX_COMPARED_CHARS))[:MAX_COMPARED_CHARS]
    )
