"""The matcher on a knowledge base of another topic than the starter file's: a health researcher's claims on
vaccines and public health (tests/fixtures/health_desk.yaml, invented test data).

factcheck was developed against the "US troops in Mexico" starter file; these statements are what a user of a
health desk types, and what such a desk's claims hold that the starter file's do not: organisations written as
acronyms, causes and effects, rises and falls.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.lexical import LexicalMatcher
from factcheck.store import load_knowledge_base
from factcheck.text import terms

HEALTH_DESK = Path(__file__).parent / "fixtures" / "health_desk.yaml"
WHO_PANDEMIC = "the-who-declared-covid-19-a-pandemic-in-march-2020"


@pytest.fixture(scope="module")
def health_matcher() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(HEALTH_DESK).claims, use_cache=False)


def _first(matcher: LexicalMatcher, statement: str) -> tuple[str, float] | None:
    found = matcher.search(statement, top=1)
    return (found[0].claim.id, found[0].score) if found and found[0].score >= matcher.threshold else None


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (
            "The World Health Organization declared a pandemic in March 2020",
            "the-who-declared-covid-19-a-pandemic-in-march-2020",
        ),
        ("WHO declared COVID a pandemic on 11 March 2020", WHO_PANDEMIC),
        ("The CDC declared COVID-19 a pandemic in March 2020", None),
        ("The WHO recommends the HPV vaccine for children aged 11 to 12", None),
    ],
)
def test_the_who_is_an_organisation_not_a_stop_word(
    health_matcher: LexicalMatcher, statement: str, expected: str | None
) -> None:
    """ "WHO" folded is the stop word "who": "The WHO declared ..." lost its subject, so the CDC's statement
    matched the WHO's claim at 1.00, and the WHO's statement the CDC's claim."""
    found = _first(health_matcher, statement)
    assert (found[0] if found else None) == expected, found


def test_who_in_capitals_is_a_name_only_beside_lower_case_words() -> None:
    assert terms("The WHO declared a pandemic") == terms("The World Health Organization declared a pandemic")
    assert terms("the who says masks work") == terms("The World Health Organisation says masks work")
    assert terms("La OMS declaró la pandemia") == terms("La Organización Mundial de la Salud declaró la pandemia")
    assert terms("The WHO's chief") == terms("The World Health Organization chief")
    # a text IN CAPITALS asks who; so does "who" in lower case
    assert terms("WHO CHANGED THE WHISTLEBLOWER RULES") == ["chang", "whistleblow", "rule"]
    assert terms("Who sent the troops?") == terms("the one who sent the troops")


@pytest.mark.parametrize(
    "statement",
    [
        "Lung cancer causes smoking",
        "Autism causes people to refuse the MMR vaccine",
        "Myocarditis causes young men to get the Moderna vaccine",
    ],
)
def test_a_cause_and_its_effect_turned_round_is_another_claim(health_matcher: LexicalMatcher, statement: str) -> None:
    """ "Lung cancer causes smoking" was TRUE "Smoking causes lung cancer" at 1.00: the same words, the roles of
    cause and effect turned round."""
    assert _first(health_matcher, statement) is None


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("Cigarettes cause lung cancer", "smoking-causes-lung-cancer"),
        ("Autism is caused by the MMR vaccine", "the-mmr-vaccine-causes-autism"),
        ("Does the measles vaccine cause autism?", "the-mmr-vaccine-causes-autism"),
        ("Moderna shots cause heart inflammation in young men", "the-moderna-vaccine-causes-myocarditis-in-young-men"),
        ("Vaccine immunity is better than natural immunity", "natural-immunity-is-better-than-vaccine-immunity"),
    ],
)
def test_a_cause_and_its_effect_in_other_words_still_match(
    health_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    """A passive sentence says it the other way round on purpose, and a comparison turned round is the claim's
    opposite, which ``polarity`` says (not another claim)."""
    found = _first(health_matcher, statement)
    assert found is not None and found[0] == expected, found


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("Ivermectin cures covid in 5 days", "ivermectin-cures-covid-19"),
        ("Obesity increases the risk of severe covid by 3 times", "obesity-increases-the-risk-of-severe-covid-19"),
    ],
)
def test_the_number_of_a_disease_s_name_is_no_count(
    health_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    """The 19 of "COVID-19" stood as a number the statement's 5 or 3 replaced, and the claim was capped."""
    found = _first(health_matcher, statement)
    assert found is not None and found[0] == expected, found


def test_the_number_of_a_disease_s_name_is_not_noted_as_another_number() -> None:
    from factcheck.differences import differences

    wording = "The WHO declared COVID-19 a pandemic in March 2020."
    assert differences("WHO declared COVID a pandemic on 11 March 2020", [wording]) is None
    found = differences("The WHO declared COVID-19 a pandemic in March 2021", [wording])
    assert found is not None and found.to_dict() == {"statement": ["2021"], "claim": ["2020"]}


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("Being obese raises the risk of severe covid", "obesity-increases-the-risk-of-severe-covid-19"),
    ],
)
def test_a_verb_of_causing_reworded_is_the_same_relation(
    health_matcher: LexicalMatcher, statement: str, expected: str
) -> None:
    """A health file's claims say what causes or changes what, so "increases" and "causes" are words several
    claims use, and were read as subjects of the file: "raises" in the place of "increases" capped the claim."""
    found = _first(health_matcher, statement)
    assert found is not None and found[0] == expected, found


@pytest.mark.parametrize("statement", ["Smoking causes heart disease", "Smoking leads to heart disease"])
def test_another_effect_of_the_same_cause_is_another_claim(health_matcher: LexicalMatcher, statement: str) -> None:
    """ "Smoking causes heart disease" was shown as TRUE "Smoking causes lung cancer" (0.89): "lung cancer" is one
    claim's words, no subject of the file, though it is what the claim says smoking causes."""
    assert _first(health_matcher, statement) is None


def test_a_spanish_verb_of_causing_is_one_of_the_same_way(health_matcher: LexicalMatcher) -> None:
    """A Spanish text is stemmed in Spanish, so "provoca" became "provoc", no verb of causing (they were stemmed in
    English: "provoca"), and "La vacuna triple vírica provoca autismo" was capped for the alias "... causa
    autismo" as another subject in the place of "causa"."""
    found = _first(health_matcher, "La vacuna triple vírica provoca autismo")
    assert found is not None and found[0] == "the-mmr-vaccine-causes-autism", found


def test_kids_a_child_and_children_are_one_word() -> None:
    # the stemmer leaves "children" whole, apart from "child"
    assert terms("kids") == terms("children") == terms("a child") == terms("children's")


@pytest.mark.parametrize("word", ["kidding", "kidded"])
def test_kidding_is_no_child(word: str) -> None:
    # "kid" is the stem of "kidding" too: only the words "kid" and "kids" are read as "child"
    assert terms(word) != terms("child")


@pytest.mark.parametrize("statement", ["Kids cannot get COVID", "Kids can not get covid"])
def test_kids_find_the_claim_about_children(health_matcher: LexicalMatcher, statement: str) -> None:
    """ "Kids cannot get COVID" found nothing (0.02), while "Children cannot get COVID" found "Children cannot catch
    COVID-19" (0.99): "kids" was no claim's word."""
    found = _first(health_matcher, statement)
    assert (found[0] if found else None) == "children-cannot-catch-covid-19", found


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        ("Happy Monday everyone #VitaminD #COVID19", None),  # the post's words say nothing of the claim (0.87)
        # a hashtag naming what the words call "the jab" keeps the claim those words say (review of 58d452e)
        (
            "The jab is 95% effective against symptomatic COVID-19 #Pfizer",
            "the-pfizer-vaccine-is-95-effective-against-symptomatic-covid",
        ),
        (
            "#Pfizer The jab is 95% effective against symptomatic COVID-19",
            "the-pfizer-vaccine-is-95-effective-against-symptomatic-covid",
        ),
        ("The jabs alter your DNA #COVID19", "covid-19-vaccines-alter-your-dna"),
        ("The jab causes autism #MMR", "the-mmr-vaccine-causes-autism"),
        ("#MMR The jab causes autism", "the-mmr-vaccine-causes-autism"),
        ("Jabs cause autism in kids #MMR", "the-mmr-vaccine-causes-autism"),
    ],
)
def test_a_post_is_the_claim_its_own_words_say_not_its_hashtags_alone(
    health_matcher: LexicalMatcher, post: str, expected: str | None
) -> None:
    found = _first(health_matcher, post)
    assert (found[0] if found else None) == expected, found
