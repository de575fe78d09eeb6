"""Polarity: a statement that negates or inverts the matched claim is flagged."""

from __future__ import annotations

import pytest

from factcheck.polarity import OPPOSITE, SAME, contrasts, negation_count, polarity

OPPOSITES = [
    ("There are no US troops in Mexico", "There are US troops in Mexico."),
    ("US troops are not in Mexico", "There are US troops in Mexico."),
    ("US troops have never been in Mexico", "US troops are in Mexico."),
    ("The Senate didn't approve the marines", "The Senate approved the marines."),
    ("Drug violence in Mexico decreased", "Drug violence in Mexico increased."),
    ("Fewer troops are deployed now", "More troops are deployed now."),
    ("Abortion is legal in Texas", "Abortion is illegal in Texas."),
    ("The claim that vaccines are dangerous is false", "The claim that vaccines are dangerous is true."),
    ("US troops are no longer in Mexico", "US troops are in Mexico."),
    # a contrast denies an alternative; a text affirming that alternative contradicts it
    ("There are US combat units in Mexico", "The US keeps only small numbers of trainers in Mexico, not combat units."),
    ("The US sent combat troops", "The US sent trainers instead of combat troops."),
    ("The US sent combat troops", "The US sent trainers as opposed to combat troops."),
]
SAMES = [
    ("Are there 10,000 US soldiers in Mexico?", "There are more than 10,000 US troops deployed in Mexico."),
    ("Foreign troops cannot enter Mexico without the Senate", "Foreign troops can't enter without the Senate's OK."),
    ("Not only marines but also seals went to Mexico", "Marines and SEALs went to Mexico."),
    ("No US troops are in Mexico", "There are no US troops in Mexico."),
    ("Crime rose in 2020", "Crime rose in 2020."),
    ("Prices increased and then decreased", "Prices increased."),
    # a double negative reads as the positive: two flips cancel
    ("Foreign troops can enter Mexico with the Senate's permission", "Troops can't enter without the Senate's OK."),
    # both deny the same alternative, one with "rather than", the other with ", not" (found by factcheck scan)
    (
        "In reality, the U.S. military presence is small: a few advisors, trainers and support staff rather than "
        "combat units.",
        "The US keeps only small numbers of military trainers in Mexico, not combat units.",
    ),
    ("The US sent trainers instead of combat troops", "The US sent trainers, not combat troops."),
    ("The US sent trainers as opposed to combat troops", "The US sent trainers, but not combat troops."),
    # the claim's denied alternative is not what the statement is about
    ("US trainers are in Mexico", "The US keeps only small numbers of trainers in Mexico, not combat units."),
    ("Marines, not only SEALs, went to Mexico", "Marines and SEALs went to Mexico."),
    # denying the alternative outright agrees with denying it by contrast
    ("There are no combat units in Mexico", "The US keeps only trainers in Mexico, not combat units."),
]


@pytest.mark.parametrize(("statement", "claim"), OPPOSITES)
def test_opposites(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE  # symmetric


@pytest.mark.parametrize(("statement", "claim"), SAMES)
def test_same(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME


def test_negation_count() -> None:
    assert negation_count("No one said this wasn't real") == 2
    assert negation_count("not only this") == 0
    assert negation_count("They don’t know") == 1  # typographic apostrophe


def test_contrasts_are_the_alternatives_denied() -> None:
    assert contrasts("advisors and trainers rather than combat units.") == [{"combat", "unit"}]
    assert contrasts("trainers, not combat units; and drones instead of planes") == [{"combat", "unit"}, {"plane"}]
    assert contrasts("There are no combat units") == []  # a plain negation denies the assertion itself
    assert contrasts("Marines, not only SEALs") == []
    assert contrasts("It is rather small") == []  # "rather" alone is no contrast


def test_a_contrast_is_not_a_plain_negation() -> None:
    assert negation_count("The US keeps trainers in Mexico, not combat units.") == 0
    assert negation_count("The US does not keep combat units in Mexico, not even trainers.") == 1
