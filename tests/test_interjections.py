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
        "Ojo de agua es un pueblo de México",  # Spanish ones too, without a mark: "eye", not "watch out"
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


# Spanish (interj131): "Oye, no, no hay ..." read "no ... no" as a double negation and was a confident match
# agreeing with MISLEADING "There are US troops in Mexico." (0.999, polarity "same"), where "No, no hay ..." and
# "Oye, no hay ..." said the opposite.  A closed list, read past only when a mark sets the word off.
@pytest.mark.parametrize(
    "post",
    [
        "Oye, no, no hay tropas de Estados Unidos en México",
        "Mira, no, no hay tropas de Estados Unidos en México",
        "Vaya, no, no hay tropas de Estados Unidos en México",
        "Bueno, no, no hay tropas de Estados Unidos en México",
        "Pues, no, no hay tropas de Estados Unidos en México",
        "Ojo: no, no hay tropas de Estados Unidos en México",
        "Jaja, no, no hay tropas de Estados Unidos en México",
        "Uf, no, no hay tropas de Estados Unidos en México",
        "¡Oye! No, no hay tropas de Estados Unidos en México",
        "Mira... no, no hay tropas de Estados Unidos en México",
        "jajaja, no, no hay tropas de Estados Unidos en México",
    ],
)
def test_no_after_a_spanish_interjection_still_says_the_opposite(matcher: LexicalMatcher, post: str) -> None:
    (match, *_) = matcher.search(post, top=1)
    assert match.claim.id == "there-are-us-troops-in-mexico"
    assert match.polarity == "opposite"


@pytest.mark.parametrize(
    ("post", "read"),
    [
        ("Oye, hay tropas de Estados Unidos en México", "hay tropas de Estados Unidos en México"),
        ("Mira: hay marines en México", "hay marines en México"),
        ("¡Vaya! Hay tropas en México", "Hay tropas en México"),
        ("Ojo: hay tropas de EE. UU. en México", "hay tropas de EE. UU. en México"),
        ("Bueno, hay tropas en México", "hay tropas en México"),
        ("Jaja, hay tropas en México", "hay tropas en México"),
    ],
)
def test_a_spanish_interjection_set_off_by_a_mark_is_read_past(post: str, read: str) -> None:
    assert " ".join(without_interjection(post).split()) == read


@pytest.mark.parametrize(
    "text",
    [
        "Mira la frontera: hay tropas de Estados Unidos en México",  # "mira" the verb, going on
        "Mira que hay tropas en México",
        "Bueno es saber que no hay tropas en México",  # "bueno" the adjective
        "Buenos días, hay tropas en México",
        "Pues no hay tropas de Estados Unidos en México",  # no mark: "pues" keeps its place (see below)
        "Vaya tropas hay en México",  # "vaya" before a noun: "what troops"
        "Vayan a la frontera",
        "Oyeron que hay tropas en México",
        "Miramar es una ciudad de México",
        "Pueshay",
        "Uff",  # nothing after it
        "Mira,",
        "Ojo por ojo",
        "Jajaja",
        "Hay tropas en México, oye",  # only at the start
        "Olha, não há tropas americanas no México",  # Portuguese is not read past (polarity does not read it)
        "Bueno Aires",
        "Look at the troops in Mexico",  # English kept as it was
        "Wait times at the US border doubled",
        "US troops in Mexico",
    ],
)
def test_a_spanish_word_not_set_off_by_a_mark_is_kept(text: str) -> None:
    assert without_interjection(text) == text


@pytest.mark.parametrize(
    "statement",
    [
        "No, no hay tropas de Estados Unidos en México",
        "Oye, no hay tropas de Estados Unidos en México",
        "No hay tropas de Estados Unidos en México",
        "Pues no hay tropas de Estados Unidos en México",
    ],
)
def test_a_spanish_denial_without_an_interjection_still_says_the_opposite(
    matcher: LexicalMatcher, statement: str
) -> None:
    (match, *_) = matcher.search(statement, top=1)
    assert match.claim.id == "there-are-us-troops-in-mexico"
    assert match.polarity == "opposite"


@pytest.mark.parametrize(
    "statement",
    [
        "Hay tropas de Estados Unidos en México",
        "Oye, hay tropas de Estados Unidos en México",
        "Mira la frontera: hay tropas de Estados Unidos en México",
    ],
)
def test_a_spanish_affirmation_still_says_the_same(matcher: LexicalMatcher, statement: str) -> None:
    (match, *_) = matcher.search(statement, top=1)
    assert match.claim.id == "there-are-us-troops-in-mexico"
    assert match.polarity == "same"


@pytest.mark.xfail(strict=True, reason="'Pues' with no mark is kept (a conjunction too), so 'no, no' reads double")
def test_pues_no_no_hay_says_the_opposite(matcher: LexicalMatcher) -> None:
    (match, *_) = matcher.search("Pues no, no hay tropas de Estados Unidos en México", top=1)
    assert match.polarity == "opposite"
