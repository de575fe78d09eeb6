"""An interjection opening a short post is no word of its fact (count126).

"look: US troops in Mexico" scored 0.48 (no match), "breaking US troops in Mexico" 0.34, "wow US troops in Mexico"
0.53 and "ok US troops in Mexico" found another claim, where "US troops in Mexico" alone matches (0.88): the word
was one no claim has, as rare to the matcher as a name.  ``text.without_interjection`` reads past a closed list at
the very start; the words that are verbs or names too keep their place where they are one ("Look at ...", "Wait
times ...", "Breaking the law", "Hey Arnold").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.lexical import LexicalMatcher
from factcheck.store import load_knowledge_base
from factcheck.text import without_interjection, without_verdict_framing

STARTER = Path(__file__).parent.parent / "claims.yaml"


@pytest.fixture(scope="module")
def matcher() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(STARTER).claims, use_cache=False)


@pytest.mark.parametrize(
    "post",
    [
        "look: US troops in Mexico",
        "breaking US troops in Mexico",
        "wow US troops in Mexico",
        "ok US troops in Mexico",
        "Wow! US troops are in Mexico",
        "omg wow US troops in Mexico",
        "Breaking news US troops in Mexico",
        "Look, US troops in Mexico",
        "Wait, US troops in Mexico?",
        "Hmm US troops in Mexico",
        "um US troops in Mexico",
    ],
)
def test_an_opening_interjection_does_not_sink_a_short_post(matcher: LexicalMatcher, post: str) -> None:
    read = " ".join(without_interjection(post).split()).rstrip("?")
    assert read in ("US troops in Mexico", "US troops are in Mexico")
    (match, *_) = matcher.search(post, top=1)
    assert match.claim.id == "there-are-us-troops-in-mexico" and match.score >= 0.8


@pytest.mark.parametrize(
    "text",
    [
        "Look at the US troops in Mexico",  # the verb, going on
        "Look who is in Mexico: US troops",
        "Looking at US troops in Mexico",
        "Breaking the law, US troops entered Mexico",
        "Breaking Bad was filmed in New Mexico",
        "Wait times at the US border doubled",  # no mark sets "Wait" apart: a noun
        "Hey Arnold was filmed in Mexico",
        "Listen to the Senate debate on US troops",
        "Okay-ish numbers of US troops",
        '"Wow" is what the senator said about US troops',
        "wow",  # nothing after it
        "US troops in Mexico, wow",  # only at the start
        "Ojo: hay tropas de EE. UU. en México",  # other languages keep their words
        "Hay tropas estadounidenses en México",
        "Il y a des soldats américains au Mexique",
        "Es gibt US-Soldaten in Mexiko",
        "OKC Thunder won the title",
        "Wowza is a brand",
        "Um soldado americano está no México",  # Portuguese "um" is "a, one": only lower-case "um" is read past
        "Um milhão de soldados americanos estão no México",
        "UM researchers found US troops in Mexico",
    ],
)
def test_a_word_that_is_no_opening_interjection_is_kept(text: str) -> None:
    assert without_interjection(text) == text


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("US troops in Mexico", "there-are-us-troops-in-mexico"),
        ("Look at the Senate: Mexico's Senate approved 19 US Navy SEALs", "feb-2026-senate-approves-19-navy-seals"),
        ("Mexico approved 155 armed US Marines entering the country", "mar-2025-155-us-marines-fenix-exercise"),
        ("Hay tropas estadounidenses en México", "there-are-us-troops-in-mexico"),
    ],
)
def test_a_statement_without_an_interjection_keeps_its_match(
    matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    (match, *_) = matcher.search(statement, top=1)
    assert match.claim.id == expected and match.label == "match"


def test_a_teller_after_an_interjection_is_read_past_too() -> None:
    assert " ".join(without_verdict_framing("Wow, my uncle says US troops are in Mexico").split()) == (
        "US troops are in Mexico"
    )


@pytest.mark.parametrize(
    "post",
    [
        "Wait, no, US troops aren't in Mexico",
        "Wow, no, US troops are not in Mexico",
        "Hey, no, US troops are not in Mexico",
        "Wow. No, US troops are not in Mexico",
        "Ok no, US troops are not in Mexico",
        "Lol no, US troops are not in Mexico",
    ],
)
def test_no_after_an_interjection_still_answers_and_says_the_opposite(matcher: LexicalMatcher, post: str) -> None:
    # scoring reads past the interjection; polarity must too, or "no ... not" was read as a double negation and
    # the post was a confident match agreeing with MISLEADING "There are US troops in Mexico."
    (match, *_) = matcher.search(post, top=1)
    assert match.claim.id == "there-are-us-troops-in-mexico"
    assert match.polarity == "opposite"
