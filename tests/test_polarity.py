"""Polarity: a statement that negates or inverts the matched claim is flagged."""

from __future__ import annotations

import pytest

from factcheck.polarity import OPPOSITE, SAME, negation_count, polarity

OPPOSITES = [
    ("There are no US troops in Mexico", "There are US troops in Mexico."),
    ("US troops are not in Mexico", "There are US troops in Mexico."),
    ("US troops have never been in Mexico", "US troops are in Mexico."),
    ("The Senate didn't approve the marines", "The Senate approved the marines."),
    ("Drug violence in Mexico decreased", "Drug violence in Mexico increased."),
    ("Fewer troops are deployed now", "More troops are deployed now."),
    ("Abortion is legal in Texas", "Abortion is illegal in Texas."),
    ("The claim that vaccines are dangerous is false", "The claim that vaccines are dangerous is true."),
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
