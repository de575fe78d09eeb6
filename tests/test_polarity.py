"""Polarity: a statement that negates or inverts the matched claim is flagged."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest

from factcheck.polarity import OPPOSITE, SAME, contrasts, negation_count, polarity
from factcheck.text import reads_portuguese

OPPOSITES = [
    # a refusal against its negation or its yes (from the review)
    ("Sheinbaum did not reject Trump's offer", "Sheinbaum rejected Trump's offer."),
    ("Mexico confirmed that US troops are in Mexico", "Mexico denied that US troops are in Mexico."),
    ("There are no US troops in Mexico", "There are US troops in Mexico."),
    ("US troops are not in Mexico", "There are US troops in Mexico."),
    ("US troops have never been in Mexico", "US troops are in Mexico."),
    ("The Senate didn't approve the marines", "The Senate approved the marines."),
    ("Drug violence in Mexico decreased", "Drug violence in Mexico increased."),
    # a cause's effect in other verbs (a health desk's claims)
    ("Face masks increase the spread of respiratory viruses", "Face masks reduce the spread of respiratory viruses."),
    ("Fluoride in drinking water raises children's IQ", "Fluoride in drinking water lowers children's IQ."),
    ("Being obese reduces the risk of severe covid", "Obesity increases the risk of severe COVID-19."),
    ("Handwashing boosts diarrhoeal disease", "Handwashing with soap cuts diarrhoeal disease by about a third."),
    ("Fewer troops are deployed now", "More troops are deployed now."),
    ("Abortion is legal in Texas", "Abortion is illegal in Texas."),
    ("US agents operate inside Mexico", "US agents operate outside Mexico."),
    ("FALSE: there are US troops in Mexico", "There are US troops in Mexico."),
    ("Fake news! US troops are in Mexico", "There are US troops in Mexico."),
    ("The claim that vaccines are dangerous is false", "The claim that vaccines are dangerous is true."),
    ("US troops are no longer in Mexico", "US troops are in Mexico."),
    # a contrast denies an alternative; a text affirming that alternative contradicts it
    ("There are US combat units in Mexico", "The US keeps only small numbers of trainers in Mexico, not combat units."),
    ("The US sent combat troops", "The US sent trainers instead of combat troops."),
    ("The US sent combat troops", "The US sent trainers as opposed to combat troops."),
    # "no Y, just X" denies Y as "X, not Y" does: a text affirming Y contradicts it
    ("There are US combat units in Mexico", "There are no US combat units in Mexico, just small training teams"),
    ("There are US troops in Mexico", "There are no US troops in Mexico, just trainers."),
    ("There are US troops in Mexico", "There are no US troops in Mexico, only Mexican troops."),
    ("The US sent combat troops", "The US sent not combat troops but trainers."),
    ("The US has bases in Mexico", "Mexico has no US bases, merely liaison offices."),
    # contrasts turned round: one contradiction, not two that cancel
    ("US troops rather than Mexican troops guard the border", "Mexican troops rather than US troops guard the border."),
    ("The US keeps trainers in Mexico, not combat units", "The US keeps combat units in Mexico, not trainers."),
    # other open questions presuppose what they ask about: someone sent troops
    ("Who sent troops to Mexico?", "No one sent troops to Mexico."),
    ("Violence declined in 2020", "Violence rose in 2020."),
    # a "without" of something the other text names still counts, in another spelling too
    ("US troops entered Mexico with the Senate's approval", "US troops entered Mexico without Senate approval."),
    (
        "US troops entered Mexico in 2025 with Senate approval",
        "US troops entered Mexico without Senate approval in 2025.",
    ),
    ("US troops entered Mexico with approval from the Senate", "US troops entered without approval from the Senate."),
    ("Can US troops enter Mexico without asking the Senado?", "Foreign troops need the Senate's approval."),
    (
        "Foreign soldiers can enter Mexico without the Senate",
        "Foreign troops cannot enter Mexico unless the Senate approves.",
    ),
    ("Mexico declined Trump's offer", "Mexico accepted the offer."),
    # a comparison turned round: what stands after "than" in one stands before it in the other
    ("The governor earns more than the mayor", "The mayor earns more than the governor."),
    ("Mexico is poorer than the US", "The US is poorer than Mexico."),
    ("Mexico is poorer than the US", "Mexico is richer than the US."),
    ("Mexico has more troops at the border than the U.S.", "The US has more troops at the border than Mexico."),
    ("More US troops than Mexican troops are at the border", "More Mexican troops than US troops are at the border."),
    ("Trump sent more troops to the border than Biden did", "Biden sent more troops to the border than Trump."),
]
SAMES = [
    ("Are there 10,000 US soldiers in Mexico?", "There are more than 10,000 US troops deployed in Mexico."),
    ("Foreign troops cannot enter Mexico without the Senate", "Foreign troops can't enter without the Senate's OK."),
    ("Not only marines but also seals went to Mexico", "Marines and SEALs went to Mexico."),
    ("No US troops are in Mexico", "There are no US troops in Mexico."),
    ("Crime rose in 2020", "Crime rose in 2020."),
    ("TRUE: crime rose in 2020", "Crime rose in 2020."),
    ("FALSE: there are no US troops in Mexico", "There are US troops in Mexico."),
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
    # "no Y, just X" affirms X, with what Y says of where and whose ("US", "in Mexico"): the claim's alias
    # "There are no US combat units in Mexico, just small training teams" was read as the opposite of its claim
    # in other words
    (
        "The US keeps only small training teams there.",
        "There are no US combat units in Mexico, just small training teams",
    ),
    (
        "There are no US combat units in Mexico, just small training teams",
        "The US keeps only small training teams there.",
    ),
    ("There are US troops in Mexico", "There are no US combat units in Mexico, just small training teams"),
    ("Mexico has US liaison offices", "Mexico has no US bases, only liaison offices."),
    ("The US sent trainers", "The US sent not combat troops but trainers."),
    (
        "there are no us combat units in mexico, just small training teams",
        "The US keeps only small numbers of military trainers in Mexico, not combat units.",
    ),
    ("There are no US combat units in Mexico", "There are no US combat units in Mexico, just small training teams"),
    # denying the alternative outright agrees with denying it by contrast
    ("There are no combat units in Mexico", "The US keeps only trainers in Mexico, not combat units."),
    # a refusal or a denial is a negation: it agrees with a "not" (from the teacher walkthrough)
    ("sheinbaum said no to us troops", "Sheinbaum said US troops will not operate on Mexican soil"),
    ("Sheinbaum did not accept Trump's offer", "Sheinbaum rejected Trump's offer."),
    ("Mexico denied that US troops are in Mexico", "There are no US troops in Mexico."),
    ("Violence declined in 2020", "Violence fell in 2020."),
    # "without Y" says nothing to a text that does not mention Y; "cannot X unless Y" is "can X only if Y"
    (
        "A US military plane carrying troops landed in Toluca",
        "A US military plane brought US troops without Senate approval.",
    ),
    ("Foreign soldiers cannot enter Mexico unless the Senate approves", "Foreign troops need the Senate's approval."),
    # a refusal in other words than the list's is the same refusal, not its opposite (from the review)
    ("Mexico rebuffed Trump's offer of troops", "Mexico rejected Trump's offer of troops."),
    ("The Senate voted down the request", "The Senate rejected the request."),
    ("Sheinbaum ruled out US troops in Mexico", "Sheinbaum rejected US troops in Mexico."),
    ("Sheinbaum dismissed the report", "Sheinbaum denied the report."),
    ("Sheinbaum accepted the offer", "Sheinbaum did not reject the offer."),
    # Y is what is absent, not where or when: "in Toluca", "in 2025" after it are the clause's (from the review)
    ("US troops landed in Toluca in January", "US troops landed in Toluca without the Senate's permission in January."),
    ("US troops entered Mexico in 2025", "US troops entered Mexico without Senate approval in 2025."),
    ("US drones flew over Sinaloa", "US drones flew without authorization over Sinaloa."),
    # a question of how many asserts no number and presupposes none (from the teacher walkthrough)
    ("how many us troops are in mexico", "Nobody knows how many American soldiers are in Mexico"),
    ("So how much did the US spend on the Merida Initiative?", "The US did not spend anything on it."),
    # the alternative's own words: "troops" is asserted as well as denied
    ("Mexican troops guard the border", "Mexican troops guard the border, not US troops."),
    # comparisons: the same order; turned round with the antonym (two flips); "more than" a number; other subjects
    ("The mayor earns more than the governor", "The mayor earns more than the governor."),
    ("The governor earns less than the mayor", "The mayor earns more than the governor."),
    ("The US spends more on defence than Mexico", "Mexico spends less on defence than the US."),
    # turned round with a comparative pair outside more/less (from the review: "opposite" before)
    ("Mexico is poorer than the US", "The US is richer than Mexico."),
    ("Mexican troops are younger than US troops", "US troops are older than Mexican troops."),
    ("The Mexican army is weaker than the US army", "The US army is stronger than the Mexican army."),
    ("There are more than 10,000 US troops in Mexico", "There are more than 10,000 US troops deployed in Mexico."),
    ("Trump sent more troops to the border than Biden did", "Trump sent more troops to the border than any president."),
    ("Mexico has more soldiers than the US has in Mexico", "There are US troops in Mexico."),
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
    # "no Y, just X": Y's own words, not where it is ("in Mexico")
    assert contrasts("There are no US combat units in Mexico, just small training teams") == [{"usa", "combat", "unit"}]
    assert contrasts("The US sent not combat troops but trainers") == [{"combat", "troop"}]
    assert contrasts("Not only marines but also SEALs") == []
    assert contrasts("There are no troops in Mexico, just as Sheinbaum said") == []  # "just as" opens a clause


def test_a_contrast_is_not_a_plain_negation() -> None:
    assert negation_count("The US keeps trainers in Mexico, not combat units.") == 0
    assert negation_count("The US does not keep combat units in Mexico, not even trainers.") == 1
    assert negation_count("There are no US combat units in Mexico, just small training teams") == 0
    assert negation_count("There are no US combat units in Mexico.") == 1


# Found in review: antonyms the pairs above missed ("turned down" is two words; "said no to" is a refusal, which
# counts as a negation).
ANTONYM_OPPOSITES = [
    ("Sheinbaum accepted Trump's offer of US troops", "Mexico's president turned down Trump's offer of US troops."),
    ("Sheinbaum accepted Trump's offer", "Sheinbaum turned it down when Trump made the offer."),
    ("Sheinbaum declined Trump's offer", "Sheinbaum accepted Trump's offer."),
    ("Mexico declined to let US troops in", "Mexico accepted US troops."),
    ("Mexico rejected Trump's offer", "Mexico accepted Trump's offer."),
    ("The Senate approved the marines", "The Senate refused the marines."),
    ("The Pentagon confirmed US troops are in Mexico", "The Pentagon denied US troops are in Mexico."),
    ("The troop deal was made in secret", "The troop deal was made public."),
    ("The troop deal was kept secret", "The troop deal is public."),
    ("US troops entered Mexico secretly", "US troops entered Mexico openly."),
    ("Sheinbaum publicly agreed to let US troops in", "Sheinbaum covertly agreed to let US troops in."),
    # from tests/fixtures/starter_review_design.tsv (category paraphrase-opposite)
    ("The number of US troops in Mexico is public information", "The exact number of US troops in Mexico is secret."),
]
# Found in review: statements that deny the claim by a framing ("it is false that X", "X is false").
FRAMING_OPPOSITES = [
    ("It is false that US troops are in Mexico", "US troops are in Mexico."),
    ("It's untrue that US troops are in Mexico", "US troops are in Mexico."),
    ("It is simply false that US troops are in Mexico", "US troops are in Mexico."),
    ("It is a myth that US troops are in Mexico", "US troops are in Mexico."),
    ("It's a lie that US troops are in Mexico", "US troops are in Mexico."),
    ("The claim that US troops are in Mexico is false.", "US troops are in Mexico."),
    ("That US troops are in Mexico is a myth", "US troops are in Mexico."),
    # the fact-check headline: the opening "No" answers something else, the clause after it is the statement
    ("No, Trump did not send US troops to Mexico", "Trump sent US troops to Mexico."),
    ("No. There are no US troops in Mexico.", "There are US troops in Mexico."),
    # a verdict closing the statement, as students type it: these read as "same"
    ("US troops in Mexico is fake news", "There are US troops in Mexico."),
    ("10,000 US troops in Mexico is fake news", "There are more than 10,000 US troops deployed in Mexico."),
    ("US troops in Mexico = FAKE NEWS", "There are US troops in Mexico."),
    ("There are US troops in Mexico - fake news!", "There are US troops in Mexico."),
    ("there are US troops in Mexico. FAKE NEWS", "There are US troops in Mexico."),
    ("US troops in Mexico is a total hoax", "There are US troops in Mexico."),
    ("Trump said US troops are in Mexico - fake news", "US troops are in Mexico."),
    # ... with who says so after it, asked ("Is X fake news?" is read as what it asks), or in Spanish
    ("US troops in Mexico is fake news, says Sheinbaum", "There are US troops in Mexico."),
    ("US troops in Mexico is fake news, Sheinbaum said.", "There are US troops in Mexico."),
    ("Are US troops in Mexico fake news?", "There are US troops in Mexico."),
    ("Hay tropas de EE. UU. en México es falso", "Hay tropas de EE. UU. en México."),
    ("Las tropas de EE. UU. en México son un bulo", "Hay tropas de EE. UU. en México."),
    # a clause that says the claim in its own words, as the matcher found it (all the claim's terms in the clause
    # were asked for, and these lost their note: the review of 19b4a04); or a claim denying in its own words
    # what a statement says is so
    ("Children cannot catch covid is false", "Children cannot catch COVID-19."),
    (
        "Sea level has gone up 20 centimetres since 1900 is a myth",
        "Global sea levels have risen about 20 cm since 1900.",
    ),
    ("The Sandy Hook shooting was real", "The Sandy Hook shooting was a hoax."),
    ("The moon landing was real", "The moon landing was a hoax."),
    ("Man-made climate change is not a hoax", "Man-made climate change is a hoax."),
    # a claim that only speaks of something fake denies nothing of its own (73b231f read "fake" so)
    ("Trump's fake electors were charged in Arizona is false", "Trump's fake electors were charged in Arizona."),
    ("Russia ran fake news sites before the election is a hoax", "Russia ran fake news sites before the election."),
]
# Guards: these already read as the opposite and must go on doing so.
KEPT_OPPOSITES = [
    ("It's not true that US troops are in Mexico", "US troops are in Mexico."),
    # a framing and the true/false antonym must not cancel each other out
    ("It is false that US troops are in Mexico", "It is true that US troops are in Mexico."),
    ("It is false that US troops are in Mexico", "The claim that US troops are in Mexico is true."),
    ("Isn't it false that US troops are in Mexico?", "US troops are in Mexico."),
    ("Sheinbaum said no to Trump's offer", "Sheinbaum accepted Trump's offer."),
    # "said yes to" accepts what a refusal says no to (it was read as the same as "turned down")
    ("Sheinbaum said yes to Trump's offer of US troops", "Sheinbaum turned down Trump's offer of US troops."),
    ("A false story about US troops in Mexico", "A true story about US troops in Mexico."),
    # a question about the negative, or asking why it holds, is about the negative
    ("Are there no US troops in Mexico?", "There are US troops in Mexico."),
    ("Why aren't there US troops in Mexico?", "There are US troops in Mexico."),
    ("US troops aren't in Mexico, are they?", "US troops are in Mexico."),
    # an imperative "don't" opens no question
    ("Don't believe that US troops are in Mexico", "US troops are in Mexico."),
    # a statement with a question mark is no negative question: its "didn't" does not open it
    ("The U.S. didn't send troops to Mexico?", "The US sent troops to Mexico."),
    # a "No" answering the statement's own question negates
    ("Are there US troops in Mexico? No.", "There are US troops in Mexico."),
    ("No one has seen US troops in Mexico", "People have seen US troops in Mexico."),
    ("No-one has seen US troops in Mexico", "People have seen US troops in Mexico."),
    ("Contrary to reports, US troops are not in Mexico", "US troops are in Mexico."),
]


@pytest.mark.parametrize(("statement", "claim"), ANTONYM_OPPOSITES + FRAMING_OPPOSITES + KEPT_OPPOSITES)
def test_review_opposites(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


# Found in review: agreeing statements wrongly read as the opposite.
WRONGLY_OPPOSITE = [
    # a denied denial; two framings of the same denial
    ("It is not false that US troops are in Mexico", "US troops are in Mexico."),
    ("US troops are not in Mexico", "It is untrue that US troops are in Mexico."),
    # "said no to" refuses, as "refused" does; a refused refusal accepts; "refused to comment" refuses nothing
    ("Sheinbaum refused Trump's offer of US troops", "Sheinbaum said no to Trump's offer of US troops."),
    ("Sheinbaum didn't turn it down", "Sheinbaum accepted it."),
    ("The Pentagon refused to comment on US troops in Mexico", "The Pentagon accepted US troops in Mexico."),
    # "never", "no", "not" in phrases that negate nothing the claim says
    ("Never-before-seen footage shows US troops in Mexico", "Footage shows US troops in Mexico."),
    ("Never before seen footage shows US troops in Mexico", "Footage shows US troops in Mexico."),
    ("US troops are pouring into Mexico as never before", "US troops are pouring into Mexico."),
    ("US troops are pouring into Mexico like never before", "US troops are pouring into Mexico."),
    ("The never-ending cartel war brought US troops to Mexico", "The cartel war brought US troops to Mexico."),
    ("The US declared a no-fly zone over Mexico", "The US declared an air exclusion zone over Mexico."),
    ("Never mind the Senate, US troops are in Mexico", "US troops are in Mexico."),
    ("No doubt US troops are in Mexico", "US troops are in Mexico."),
    ("There is no doubt that US troops are in Mexico", "US troops are in Mexico."),
    ("Without a doubt, US troops are in Mexico", "US troops are in Mexico."),
    ("No wonder US troops are in Mexico", "US troops are in Mexico."),
    ("No matter what Sheinbaum says, US troops are in Mexico", "US troops are in Mexico."),
    ("Not surprisingly, US troops are in Mexico", "US troops are in Mexico."),
    ("None other than Trump sent troops to Mexico", "Trump sent troops to Mexico."),
    ("Trump sent nothing but trainers to Mexico", "Trump sent trainers to Mexico."),
    ("Dozens, if not hundreds, of US troops are in Mexico", "Dozens of US troops are in Mexico."),
    ("Marines, not to mention SEALs, went to Mexico", "Marines and SEALs went to Mexico."),
    ("Executive Order No. 14157 sent US troops to Mexico", "Executive order 14157 sent US troops to Mexico."),
    # a negative yes/no question presupposes the positive ("Aren't there...?" = "There are..., aren't there?")
    ("Aren't there US troops in Mexico?", "There are US troops in Mexico."),
    ("Isn't it true that US troops are in Mexico?", "There are US troops in Mexico."),
    ("Isn't it true that US troops are in Mexico", "There are US troops in Mexico."),
    ("But isn't it the case that US troops are in Mexico?", "There are US troops in Mexico."),
    ("Didn't Trump send troops to Mexico?", "Trump sent troops to Mexico."),
    ("Did Trump not send troops to Mexico?", "Trump sent troops to Mexico."),
    ("Is it not true that US troops are in Mexico?", "US troops are in Mexico."),
    ("Doesnt Trump keep troops in Mexico?", "Trump keeps troops in Mexico."),
    ("Aren't there U.S. troops in Mexico?", "There are US troops in Mexico."),
    ("US troops are in Mexico, aren't they?", "US troops are in Mexico."),
    # from tests/fixtures/starter_review_design.tsv (a paraphrase)
    ("Hasn't the US already invaded Mexico several times in history?", "US troops have invaded Mexico in the past."),
    # an opening "No," answers something outside the statement
    ("No, US troops are in Mexico", "US troops are in Mexico."),
]
# Near misses kept as "same" on purpose (guards against false alarms).
NEAR_MISSES = [
    ("Are there US troops in Mexico?", "There are US troops in Mexico."),
    ("Is it true that US troops are in Mexico?", "US troops are in Mexico."),
    ("It is true that US troops are in Mexico", "US troops are in Mexico."),
    ("It's not true that US troops are in Mexico", "It is false that US troops are in Mexico."),
    ("It is false that US troops are in Mexico", "The claim that US troops are in Mexico is false."),
    # "Contrary to reports, X" asserts X against the reports
    ("Contrary to reports, US troops are in Mexico", "US troops are in Mexico."),
    # "that's false" points outside the statement, at what it answers
    ("That's false, US troops are in Mexico", "US troops are in Mexico."),
    ("US troops are in Mexico, that's fake news", "US troops are in Mexico."),
    # a closing "fake news" that says what a name is denies no statement
    ("Trump says CNN is fake news", "Trump called CNN fake news."),
    ("CNN is fake news", "Trump called CNN fake news."),
    ("Is CNN fake news?", "Trump called CNN fake news."),
    # a closing verdict denies the clause it judges, not what a claim says beyond it (half its terms at least)
    ("The moon landing photos are fake", "The moon landing was filmed in a Nevada studio."),
    pytest.param(
        "The moon landing photos are fake",
        "The flag in the moon landing photos is waving.",
        marks=pytest.mark.xfail(reason="known failure: the clause holds 3 of the claim's 5 terms", strict=True),
    ),
    # a word in the clause in the place of the claim's: a flat earth is no round one, stealing no winning; no
    # rule tells such a word from a paraphrase ("gone up" for "risen", which must deny the claim)
    pytest.param(
        "The earth is flat is a myth",
        "The earth is round.",
        marks=pytest.mark.xfail(reason="known failure: 'flat' in the place of 'round'", strict=True),
    ),
    pytest.param(
        "Biden stole the election is fake news",
        "Biden won the election.",
        marks=pytest.mark.xfail(reason="known failure: 'stole' in the place of 'won'", strict=True),
    ),
    # ... and two texts that each deny their clause agree, however short the clause, or a claim saying it was faked
    ("Climate change is a hoax", "Man-made climate change is a hoax."),
    ("The moon landing was a hoax", "NASA faked the moon landing."),
    ("The moon landing photos are fake", "The moon landing was a hoax."),
    ("The moon landing was fake", "The moon landing was a hoax."),
    # a denied verdict affirms the clause ("not fake news" was a negation: "opposite")
    ("US troops in Mexico is not fake news", "There are US troops in Mexico."),
    ("US troops in Mexico isn't a hoax", "There are US troops in Mexico."),
    ("Hay tropas de EE. UU. en México, eso es falso", "Hay tropas de EE. UU. en México."),
    ("Trump made false claims about troops in Mexico", "Trump made claims about troops in Mexico."),
    ("Trump has not sent troops into Mexico", "Trump never sent troops into Mexico."),
    ("More US troops than ever are in Mexico", "More US troops are in Mexico."),
    ("Did you ever hear that US troops are in Mexico?", "US troops are in Mexico."),
    # "public" as a noun or an attribute, "secret" as an attribute: no reading of secrecy
    ("The public learned that US troops entered Mexico", "US troops secretly entered Mexico."),
    ("US troops entered Mexico, public records show", "US troops secretly entered Mexico."),
    ("Public schools in Mexico closed as US troops arrived", "US troops arrived in Mexico in secret."),
    ("Secret Service agents went to Mexico", "Agents openly went to Mexico."),
    ("US troops went to Mexico in public schools' buses", "US troops went to Mexico in secret."),
    # "declined to" says what was not done, not what was refused
    ("Mexico declined to comment on the US troops it accepted", "Mexico accepted US troops."),
    ("Mexico declined to comment on US troops", "Mexico accepted US troops."),
    ("Sheinbaum turned down Trump's offer", "Sheinbaum rejected Trump's offer."),
    ("US officials confirmed that Mexico denied the troops entry", "Mexico denied the troops entry."),
    # begin/end are not flagged: "the end of" is no ending
    ("US troops began arriving at the end of January", "US troops began arriving in January."),
    ("It is not only true that US troops are in Mexico", "US troops are in Mexico."),
]


@pytest.mark.parametrize(("statement", "claim"), WRONGLY_OPPOSITE + NEAR_MISSES)
def test_review_sames(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME
    assert polarity(claim, statement) == SAME


def test_negation_count_of_framings_and_questions() -> None:
    assert negation_count("It is false that US troops are in Mexico") == 1
    assert negation_count("It is not false that US troops are in Mexico") == 2
    assert negation_count("The claim that they are in Mexico is untrue.") == 1
    assert negation_count("It is true that US troops are in Mexico") == 0
    assert negation_count("Aren't there US troops in Mexico?") == 0
    assert negation_count("Aren't there US troops in Mexico? No.") == 1


def test_a_long_clause_is_read_for_comparisons_in_linear_time() -> None:
    """The comparison pattern "(.+?) than (.+)" tried every start of a clause with no "than":
    20,000 characters without punctuation took about 20 seconds (a long pasted statement in
    'factcheck check' reaches it); now well under a second (bench/hostile_input.py times it: a timed
    test is no test here)."""
    long_clause = "word " * 4_000
    assert polarity(long_clause, "The mayor earns more than the governor.") == SAME
    assert (
        polarity("The governor earns more than the mayor " + long_clause, "The mayor earns more than the governor.")
        == OPPOSITE
    )


def test_a_long_sentence_of_cannots_is_read_in_linear_time() -> None:
    """Each "cannot" looked ahead to the sentence's end for an "unless": 'cannot ' 11,000 times took
    about 14 seconds; now the sentence is read once from its first "cannot" (bench/hostile_input.py
    times it)."""
    assert negation_count("cannot " * 11_000) == 11_000
    assert negation_count("cannot " * 11_000 + "unless") == 0
    assert negation_count("They cannot go unless asked, and cannot stay. They cannot come unless invited") == 1


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # the year lies before the century the negation covers: no contradiction (hybrid matching
        # showed the Pershing claim's alias with "your statement says the opposite")
        ("The US invaded Mexico in 1916", SAME),
        ("The US invaded Mexico in the 1840s", SAME),
        # inside the span, or no year at all: the negation stands
        ("US troops invaded Mexico in 2025", OPPOSITE),
        ("US troops invaded Mexico", OPPOSITE),
        # a count is no year: 1500 troops say nothing of when
        ("1500 US troops invaded Mexico", OPPOSITE),
        ("A force of 1200 US soldiers entered Mexico", OPPOSITE),
        # years written as years
        ("US troops entered Mexico in March 1916", SAME),
        ("US troops entered Mexico on March 15, 1916", SAME),
        ("US troops invaded Mexico in the 1916-17 expedition", SAME),
        # a span of its own is compared as negations are
        ("US troops have not invaded Mexico since 1917", SAME),
        ("US troops invaded Mexico in the past 10 years", OPPOSITE),
    ],
)
def test_a_negation_over_a_span_of_time_says_nothing_of_a_year_before_it(statement: str, expected: str) -> None:
    assert polarity(statement, "US troops have not invaded Mexico in more than a century") == expected
    assert polarity("US troops have not invaded Mexico in more than a century", statement) == expected


def test_since_a_year_bounds_the_negation_too() -> None:
    assert polarity("The US had a base in Mexico in 1910", "There has been no US base in Mexico since 1917") == SAME
    assert polarity("The US had a base in Mexico in 1990", "There has been no US base in Mexico since 1917") == OPPOSITE


# Spanish: its negative words ("nunca", "jamás", "ningún", "tampoco"...), written with or without accents,
# deny as "no" does; they agree with a "no" before them in the sentence (negative concord: "no hay ningún
# soldado" denies once), and refusals, acceptances and "es falso que" read as their English counterparts.
SPANISH_OPPOSITES = [
    ("Nunca ha habido tropas de Estados Unidos en México", "Hay tropas de Estados Unidos en México."),
    ("Jamás hubo tropas de EUA en México", "Hay tropas de EUA en México."),
    ("Jamas hubo tropas de EUA en Mexico", "Hay tropas de EUA en México."),
    ("Ningún soldado de EE. UU. está en México", "Hay soldados de EE. UU. en México."),
    ("Tampoco hay tropas de Estados Unidos en México", "Hay tropas de Estados Unidos en México."),
    ("Nadie autorizó tropas de Estados Unidos", "El Senado autorizó tropas de Estados Unidos."),
    ("No hay ningún soldado de EE. UU. en México", "Hay soldados de EE. UU. en México."),
    ("No, Estados Unidos no tiene ninguna base militar en México", "Estados Unidos tiene una base militar en México."),
    ("No hay tropas de EE. UU. en México, ni las habrá", "Hay tropas de EE. UU. en México."),
    ("Ni Trump ni Biden mandaron tropas a México", "Trump mandó tropas a México."),
    ("Es falso que haya tropas de Estados Unidos en México", "Hay tropas de Estados Unidos en México."),
    ("FALSO: hay tropas de Estados Unidos en México", "Hay tropas de Estados Unidos en México."),
    ("Sheinbaum aceptó la oferta de Trump", "Sheinbaum rechazó la oferta de Trump."),
    ("La violencia aumentó en 2024", "La violencia disminuyó en 2024."),
]
SPANISH_SAMES = [
    ("Sheinbaum dijo que no a las tropas de Trump", "Sheinbaum rechazó la oferta de Trump."),
    ("La presidenta dijo: «No aceptamos tropas extranjeras»", "Sheinbaum rechazó la oferta de tropas."),
    ("No solo hay tropas de Estados Unidos en México", "Hay tropas de Estados Unidos en México."),
    ("No obstante, hay tropas de EE. UU. en México", "Hay tropas de EE. UU. en México."),
    ("Nunca hubo tropas de EE. UU. en México", "No hay tropas de EE. UU. en México."),
]


@pytest.mark.parametrize(("statement", "claim"), SPANISH_OPPOSITES)
def test_spanish_opposites(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


@pytest.mark.parametrize(("statement", "claim"), SPANISH_SAMES)
def test_spanish_sames(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME


def test_spanish_negative_concord_counts_once() -> None:
    assert negation_count("No hay ningún soldado de EE. UU. en México") == 1
    assert negation_count("Nunca nadie dijo nada") == 1
    # a new sentence starts a new negation
    assert negation_count("No hay tropas. Nunca las hubo.") == 2


def test_ni_in_capitals_is_an_abbreviation_not_a_spanish_negation() -> None:
    # "NI" (Northern Ireland, National Insurance) was read as Spanish "ni" (nor): "NI voted to remain"
    # said the opposite of "Northern Ireland voted to remain"
    assert polarity("NI voted to remain in the EU", "Northern Ireland voted to remain in the EU") == SAME
    assert polarity("NI contributions will rise", "National Insurance contributions will rise") == SAME
    assert negation_count("NI contributions will not rise") == 1
    # Spanish "ni" still denies, in lower case, opening a sentence or in a headline in capitals
    assert negation_count("Ni Trump ni Biden mandaron tropas a México") == 1
    assert negation_count("NI TRUMP NI BIDEN MANDARON TROPAS A MÉXICO") == 1


@pytest.mark.parametrize("label", ["Correction: ", "Correction (March 3) - ", "BREAKING: ", "Update — "])
def test_a_publishers_label_does_not_hide_an_opening_no(label: str) -> None:
    # "Correction: no, there are not more than 10,000 US troops ..." was 'same' (the opening "No, X" is read as
    # answering something outside the statement only at the very start), while without its label it was 'opposite'
    claim = "There are more than 10,000 US troops deployed in Mexico."
    statement = "no, there are not more than 10,000 US troops deployed in Mexico."
    assert polarity(label + statement, claim) == polarity(statement, claim) == "opposite"


# A count's bound said with "under" / "below" / "over" / "above": read as "fewer than" / "more than" only where it
# bounds the same number of the same thing as a bound of the other text (review19c: "There are under 10,000 US troops
# deployed in Mexico" was "same", with no note, at 0.9988 against the FALSE claim).
THE_10000_CLAIM = "There are more than 10,000 US troops deployed in Mexico."
BOUND_OPPOSITES = [
    ("There are under 10,000 US troops deployed in Mexico", THE_10000_CLAIM),
    ("There are below 10,000 US troops deployed in Mexico", THE_10000_CLAIM),
    ("Under 10000 American soldiers are in Mexico", THE_10000_CLAIM),
    ("Below ten thousand US soldiers are in Mexico", "Over 10,000 US soldiers are deployed in Mexico."),
    ("Over 10,000 US troops are in Mexico", "Fewer than 10,000 US troops are in Mexico."),
    ("Under 10,000 US troops are in Mexico", "Over 10,000 US troops are in Mexico."),
    # review23: the same number bounded twice on one side is still that side
    ("Under 10,000 US troops are deployed in Mexico, under 10,000 in Canada", THE_10000_CLAIM),
    ("There are under 10,000 US troops deployed in Mexico, and under 10,000 are expected next year", THE_10000_CLAIM),
]
# review21's misfires of a rule that read any "under"/"below" a number as "fewer than": the bound is on another
# number or another thing than the claim's count, or on nothing the claim counts
BOUND_SAMES = [
    ("There are more than 10,000 US troops deployed in Mexico, most of them under 25.", THE_10000_CLAIM),
    ("More than 10,000 US troops are deployed in Mexico, at bases below 1,000 feet.", THE_10000_CLAIM),
    ("More than 10,000 US troops are deployed in Mexico, with children under 5 at the bases.", THE_10000_CLAIM),
    ("More than 10,000 US troops are deployed in Mexico in temperatures below 0 degrees.", THE_10000_CLAIM),
    ("More than 10,000 US troops are deployed in Mexico, under 1% of the US military.", THE_10000_CLAIM),
    ("More than 10,000 US troops are deployed in Mexico, under 10,000 of them in combat roles.", THE_10000_CLAIM),
    ("At under 10,000 feet, more than 10,000 US troops flew into Mexico.", THE_10000_CLAIM),
    ("There are over 10,000 US troops deployed in Mexico", THE_10000_CLAIM),
    ("There are under 10,000 US civilians deployed in Mexico", THE_10000_CLAIM),
    ("Over 20 years, fewer than 200 people died in the floods", "Fewer than 200 people died in the floods."),
    ("Under 10,000 US troops are in Mexico", "Fewer than 10,000 US troops are in Mexico."),
    ("US drones flew under the radar, over the border", "US drones flew over the border."),
    # review22a: one end of a change, or a text bounding the same number both ways, says no side of it
    ("US troops in Mexico grew from under 10,000 troops to 12,000.", THE_10000_CLAIM),
    ("US troops in Mexico rose from under 10,000 troops to 14,000 this year", THE_10000_CLAIM),
    ("Under 100 migrants died in 2023, over 100 in 2024", "More than 100 migrants died in 2024."),
]


@pytest.mark.parametrize(("statement", "claim"), BOUND_OPPOSITES)
def test_a_bound_under_the_claims_count_is_its_opposite(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


@pytest.mark.parametrize(("statement", "claim"), BOUND_SAMES)
def test_a_bound_on_another_number_or_thing_is_no_opposite(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME
    assert polarity(claim, statement) == SAME


# polarity35: bounds on the same count, said the same of, on its two sides: 'opposite' where both cannot hold, whatever
# their numbers ("under 10,000" was read against "more than 10,000" only)
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Under 10,000 US troops are in Mexico", "More than 20,000 US troops are in Mexico"),
        ("Under 10,000 US troops are in Mexico", "There are more than 20,000 US troops deployed in Mexico."),
        ("Below 5,000 US troops are in Mexico", "Over 10,000 US troops are in Mexico."),
        ("Over 20,000 US troops are in Mexico", "Fewer than 10,000 US troops are in Mexico."),
        # fix40a: a percent sign is read as "percent" is ("Under 5%" was no bound)
        ("Under 5% of voters back the plan", "Over 10% of voters back the plan"),
        ("Under 5% of voters back the plan", "Over 10 percent of voters back the plan"),
    ],
)
def test_bounds_that_cannot_both_hold_are_opposites(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


# review40a: where both can hold they are opposites too, as on main: the claim's verdict says nothing of the statement
# ("More than 10,000 US troops are in Mexico" FALSE makes "Fewer than 20,000 ..." true, and read as 'same' the FALSE was
# shown with no note); "under 20,000" says "fewer than 20,000" (it was 'same')
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Fewer than 20,000 US troops are in Mexico", "More than 10,000 US troops are in Mexico"),
        ("There are fewer than 20,000 US troops deployed in Mexico", THE_10000_CLAIM),
        ("Fewer than 20 percent of voters back the plan", "More than 10 percent of voters back the plan"),
        ("Fewer than 2 million people died in the war", "More than 500,000 people died in the war"),
        (
            "Menos de 20.000 soldados estadounidenses están en México",
            "Más de 10.000 soldados estadounidenses están en México",
        ),
        ("Under 20,000 US troops are in Mexico", "More than 10,000 US troops are in Mexico"),
        ("There are under 20,000 US troops deployed in Mexico", THE_10000_CLAIM),
        ("Under 20% of voters back the plan", "Over 10% of voters back the plan"),
    ],
)
def test_bounds_that_can_both_hold_are_opposites_too(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


# review41a: a rise against a fall on a bounded number is one contradiction, not two: the bound's comparative
# ("below 5%" as "fewer") and the swapped "fell" / "rose" said it twice, 'same' (a FALSE "rose above 5%" was shown
# with no note).  With no direction swapped the bounds still count ("Fewer than 20,000" / "More than 10,000" above)
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Mexico's inflation fell below 5% in 2024", "Mexico's inflation rose above 5% in 2024"),
        ("Sheinbaum's approval rating rose above 50%", "Sheinbaum's approval rating fell below 50%"),
        ("Inflation fell below 3% last year", "Inflation rose above 3% last year"),
        ("Unemployment fell below 4% in 2019", "Unemployment rose above 5% in 2019"),
        ("Unemployment fell to under 4% in 2019", "Unemployment rose to over 4% in 2019"),
        ("Unemployment fell below 4 percent", "Unemployment rose above 4 percent"),
        ("Prices fell below 5% in March", "Prices rose above 5% in March"),
        ("Remittances rose by over 10% in 2024", "Remittances fell by under 2% in 2024"),
        ("Inflation rose to more than 3 percent", "Inflation fell to under 3 percent"),
        ("Migrant crossings fell to fewer than 10,000 in May", "Migrant crossings rose to more than 20,000 in May"),
        ("Migrant crossings fell below 10,000 migrants", "Migrant crossings rose above 10,000 migrants"),
        ("The deficit increased to over 5 percent", "The deficit decreased to under 5 percent"),
        ("Las remesas aumentaron a más de 10 millones", "Las remesas disminuyeron a menos de 10 millones"),
    ],
)
def test_a_rise_against_a_fall_past_a_bound_is_one_contradiction(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


# review41a: "climbed", "dropped", "grew", "shrank" were no rise or fall: with a bound on no count the bound read
# ("below 10,000" of nothing counted, "under 4,000 in May"), or bounds on the same side, these were 'same'
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("US troop numbers dropped below 10,000", "US troop numbers rose above 10,000"),
        ("Border arrests fell to under 4,000 in May", "Border arrests climbed to over 5,000 in May"),
        ("Mexico's GDP grew by over 3% in 2024", "Mexico's GDP shrank by over 1% in 2024"),
        ("Remittances dropped in 2024", "Remittances climbed in 2024"),
    ],
)
def test_climbed_dropped_grew_shrank_are_a_rise_and_a_fall(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # as before: another place is another count, and "fewer" is still the antonym of "more" there
        ("Under 10,000 US troops are in Texas", "More than 20,000 US troops are in Mexico"),
        ("Under 20% of voters back the plan", "20% of voters back the plan"),  # no bound on the other side
    ],
)
def test_an_under_on_another_count_or_against_no_bound_is_no_opposite(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME


# polarity35: "not up to 10,000" is fewer than 10,000, a bound and no denial (read as "not" and "up to", at most, it
# said more than 10,000: 'same' as the claim of more than 10,000, 'opposite' of one that US troops are there).
# fix40a: it is read as "not even 10,000" is (``_NEGATED_BOUND``), its negation kept: dropping it (and reading "under"
# only in lower case, before what is counted) lost the denial in title case, in capitals, with the number last, against
# a count, and before a year or no count at all (review40a)
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        ("Not up to 10,000 US troops are in Mexico", THE_10000_CLAIM, OPPOSITE),
        ("There aren't up to 10,000 US troops in Mexico", THE_10000_CLAIM, OPPOSITE),
        ("Not up to 10,000 US troops are in Mexico", "There are US troops in Mexico.", SAME),
        # both negate, as "Not even 10,000 US troops are in Mexico" does against it
        ("There aren't up to 10,000 US troops in Mexico", "There are no US troops in Mexico.", SAME),
        ("It is not up to Mexico to decide", "It is up to Mexico to decide", OPPOSITE),  # no number: a denial
        ("There Are Not Up To 10,000 US Troops In Mexico", THE_10000_CLAIM, OPPOSITE),
        ("THERE ARE NOT UP TO 10,000 US TROOPS IN MEXICO", THE_10000_CLAIM, OPPOSITE),
        ("US troops in Mexico are not up to 10,000", THE_10000_CLAIM, OPPOSITE),
        ("There are not up to 10,000 US troops in Mexico", "There are 10,000 US troops in Mexico", OPPOSITE),
        ("There are not up to 10,000 US troops in Mexico", "There are 12,000 US troops in Mexico", OPPOSITE),
        ("Not up to 5,000 people attended the AMLO rally in Tijuana", "5,000 people attended the AMLO rally", OPPOSITE),
        ("Not up to 100 people attended the rally", "Thousands of people attended the rally", OPPOSITE),
        ("Not up to 100 people attended the rally", "80 people attended the rally", SAME),  # a count it takes in
        ("Turnout was not up to 50 percent", "Turnout was 60 percent", OPPOSITE),
        ("Inflation in Mexico is not up to 10 percent", "Inflation in Mexico is up to 10 percent", OPPOSITE),
        (
            "Manufacturing employment is not up to 2019 levels",
            "Manufacturing employment is back up to 2019 levels",
            OPPOSITE,
        ),
        ("It's not up to 5 states to decide", "It is up to 5 states to decide", OPPOSITE),
        ("Gas prices aren't up to 5 dollars a gallon", "Gas prices are up to 5 dollars a gallon", OPPOSITE),
    ],
)
def test_not_up_to_a_number_is_fewer_than_it(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected


# perf24: "from" or "between" before a bound is looked for where it can begin, not in all the text before it
@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("US troops in Mexico grew from\n   under 10,000 troops to 12,000.", SAME),  # any spaces, a line break
        ("US troops in Mexico grew FROM under 10,000 troops to 12,000.", SAME),
        ("Troops were counted therefrom under 10,000 troops in Mexico", OPPOSITE),  # no word "from"
        ("From 2020, under 10,000 US troops are deployed in Mexico", OPPOSITE),  # not just before the bound
    ],
)
def test_from_or_between_just_before_a_bound(statement: str, expected: object) -> None:
    assert polarity(statement, THE_10000_CLAIM) == expected


def test_from_or_between_is_searched_near_each_bound_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.polarity as module

    searched: list[int] = []
    pattern = module._FROM_OR_BETWEEN

    class Recording:
        def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> object:
            searched.append(min(endpos, len(text)) - pos)
            return pattern.search(text, pos, endpos)

    monkeypatch.setattr(module, "_FROM_OR_BETWEEN", Recording())
    text = " ".join(f"Sentence {n} says under {n + 10} troops; grew from  over {n} soldiers." for n in range(200))
    bounds = module._bounds(text)
    assert len(bounds) == 200  # each "from over ..." is one end of a change, each "under ..." a bound
    # the word and the spaces after it: was the whole text before the bound (quadratic in a long claim)
    assert searched and max(searched) <= len("between") + 2
    assert all(
        module._after_from_or_between(text, m.start()) == bool(pattern.search(text, 0, m.start()))
        for m in module._BOUND.finditer(text)
    )


# French, which factcheck does not claim to read, is negated in two parts: "ne" / "n'" and "pas", "jamais", "plus",
# "rien", "aucun"... after it, or a negative subject before it.  The pair denies once; "ne" alone does not.
FRENCH_OPPOSITES = [
    ("Les vaccins ne contiennent pas de puce électronique", "Les vaccins contiennent une puce électronique."),
    ("Les vaccins contre le Covid-19 ne contiennent jamais de puce", "Les vaccins contiennent une puce."),
    ("Aucun vaccin ne contient de puce électronique", "Les vaccins contiennent une puce électronique."),
    ("Les États-Unis n'envoient pas de troupes en Europe", "Les États-Unis envoient des troupes en Europe."),
    ("Les États-Unis n’envoient plus de troupes en Europe", "Les États-Unis envoient des troupes en Europe."),
    ("Personne n'a dit que les retraites seraient supprimées", "Macron a dit que les retraites seraient supprimées."),
    ("Il n'y a ni soldats ni bases américaines au Mexique", "Il y a des soldats américains au Mexique."),
    # a verdict opening the statement: "il est faux que X", a headline's "FAUX : X"
    ("Il est faux que les vaccins contiennent une puce", "Les vaccins contiennent une puce."),
    ("C'est faux de dire qu'Emmanuel Macron a supprimé les retraites", "Emmanuel Macron a supprimé les retraites."),
    ("FAUX : les éoliennes tuent des millions d'oiseaux", "Les éoliennes tuent des millions d'oiseaux."),
    ("C’est faux : les éoliennes tuent des millions d'oiseaux", "Les éoliennes tuent des millions d'oiseaux."),
]
FRENCH_SAMES = [
    # "ne ... que" is "only"
    ("Les vaccins ne contiennent qu'une puce électronique", "Les vaccins contiennent une puce électronique."),
    ("Il n'y a pas de soldats américains au Mexique", "Il n'y a aucun soldat américain au Mexique."),
    ("Macron n'a jamais dit que les retraites seraient supprimées", "Macron n'a pas dit cela."),
    # English with a "ne": no French negation
    ("The NE plus ultra of border policy is a wall", "The ne plus ultra of border policy is a wall."),
    ("NE Ohio lost jobs", "Northeast Ohio lost jobs."),
    ("Il est vrai que les vaccins contiennent une puce", "Les vaccins contiennent une puce."),
    # "faux" closing an English text is no verdict
    ("The fur on the coat is faux", "The fur on the coat is faux."),
]


@pytest.mark.parametrize(("statement", "claim"), FRENCH_OPPOSITES)
def test_french_opposites(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


@pytest.mark.parametrize(("statement", "claim"), FRENCH_SAMES)
def test_french_sames(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME


def test_french_negation_counts_once_per_ne() -> None:
    assert negation_count("Il n'y a pas de soldats américains au Mexique") == 1
    assert negation_count("Aucun soldat n'est au Mexique") == 1
    assert negation_count("Il n'y a jamais eu aucun soldat") == 1
    assert negation_count("Ni Trump ni Biden n'ont envoyé de troupes") == 1
    assert negation_count("Il n'y a pas de troupes. Il n'y en a jamais eu.") == 2
    assert negation_count("Les vaccins ne contiennent qu'une puce") == 0
    assert negation_count("the ne plus ultra of policy") == 0


# Portuguese, read as Spanish, says "no" for "in the" ("no México") and "não" for "not": "Há 10 mil soldados
# americanos no México" was noted 'says the opposite' of the claim of 10,000 US troops in Mexico, which it states.
TEN_THOUSAND_CLAIM = "There are more than 10,000 US troops deployed in Mexico."
THERE_ARE_TROOPS_PT = "There are US troops in Mexico."
PORTUGUESE_SAMES = [
    ("Há 10 mil soldados americanos no México", TEN_THOUSAND_CLAIM),
    ("Há mais de 10 mil soldados dos EUA no México", TEN_THOUSAND_CLAIM),
    ("Os EUA também têm tropas no México", THERE_ARE_TROOPS_PT),
    ("Não só há tropas americanas no México", THERE_ARE_TROOPS_PT),
    # with no word of the list above but a verb Spanish spells otherwise (review37b: read as Spanish, "no" a denial)
    ("Os EUA têm 10 mil soldados no México", TEN_THOUSAND_CLAIM),
    ("Foram enviados 10 mil soldados americanos pelo governo no México", TEN_THOUSAND_CLAIM),
    # with none of those words: Portuguese's article before a name ("Os EUA"), a past Spanish spells otherwise
    # ("chegaram", "enviou"), "ç" before a last vowel ("força"); read as English or Spanish, "no" was a denial
    ("Os EUA mandam soldados no México", TEN_THOUSAND_CLAIM),
    ("Soldados americanos chegaram no México", THERE_ARE_TROOPS_PT),
    ("Washington enviou soldados no México", THERE_ARE_TROOPS_PT),
    ("A força americana está no México", THERE_ARE_TROOPS_PT),
]
PORTUGUESE_OPPOSITES = [
    ("Não há 10 mil soldados americanos no México", TEN_THOUSAND_CLAIM),
    ("Não há nenhum soldado americano no México", TEN_THOUSAND_CLAIM),
    ("Nenhum soldado americano está no México", THERE_ARE_TROOPS_PT),
    ("Os EUA jamais enviaram tropas ao México", THERE_ARE_TROOPS_PT),
    ("Os EUA nunca enviaram tropas ao México", THERE_ARE_TROOPS_PT),
    ("Os EUA não enviaram tropas ao Mexico", THERE_ARE_TROOPS_PT),
]
# what the Portuguese reading must not change: Spanish and English "no", a Portuguese name in an English text
NOT_PORTUGUESE_OPPOSITES = [
    ("No hay 10 mil soldados en México", TEN_THOUSAND_CLAIM),
    ("Fueron a Texas, no México", TEN_THOUSAND_CLAIM),
    ("João said there are no US troops in Mexico", THERE_ARE_TROOPS_PT),
    ("There are no US troops in São Paulo or Mexico", THERE_ARE_TROOPS_PT),
    ("Uma said there are no US troops in Mexico", THERE_ARE_TROOPS_PT),
    # a Spanish text with one Portuguese-looking word ("em", "Uma", "são") is still Spanish: its Spanish words
    # ("hay", "en", "dice") outnumber it, and its "no" denies (they were read as Portuguese, "no" as "in the")
    ("No hay 10 mil soldados estadounidenses em México", TEN_THOUSAND_CLAIM),
    ("No hay tropas de Estados Unidos desplegadas em México", THERE_ARE_TROOPS_PT),
    ("No hay tropas estadounidenses en México, em serio", THERE_ARE_TROOPS_PT),
    ("Uma dice que no hay tropas de Estados Unidos en México", THERE_ARE_TROOPS_PT),
    ("no hay tropas de estados unidos en méxico, dice folha de são paulo", THERE_ARE_TROOPS_PT),
    ("¿No hay tropas em México?", THERE_ARE_TROOPS_PT),
    ("No hay tropas de Estados Unidos en México, foi lo que dijo", THERE_ARE_TROOPS_PT),  # one Portuguese verb
    # Spanish's past ("envió") outweighs an "O" before a name; "O'Brien" and "O Canada" (with no other
    # Portuguese word) are no Portuguese articles
    ("O México no envió tropas de EE. UU. a México", THERE_ARE_TROOPS_PT),
    ("No hay tropas de EE. UU. en México", THERE_ARE_TROOPS_PT),
    ("O'Brien: no US troops in Mexico", THERE_ARE_TROOPS_PT),
    ("O Canada! No US troops in Mexico", THERE_ARE_TROOPS_PT),
    # "O" before a name is Portuguese only beside another Portuguese word: a newspaper's name ("O Globo",
    # "O Estado") in an English or Spanish text made it Portuguese, its "no" "in the" (review40b)
    ("O Globo: no US soldiers stationed, Mexico says", THERE_ARE_TROOPS_PT),
    ("No US soldiers stationed, O Globo reports", THERE_ARE_TROOPS_PT),
    ("O Globo: No American Troops Deployed", THERE_ARE_TROOPS_PT),
    ("O Estado: no US troops", THERE_ARE_TROOPS_PT),
    ("O Globo: soldados de EE. UU. no entraron a México", THERE_ARE_TROOPS_PT),
    ("O Globo: Washington no mandará tropas a México", THERE_ARE_TROOPS_PT),
]


@pytest.mark.parametrize(("statement", "claim"), PORTUGUESE_SAMES)
def test_portuguese_no_is_in_the(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME
    assert polarity(unicodedata.normalize("NFD", statement), claim) == SAME  # accents typed decomposed


@pytest.mark.parametrize(("statement", "claim"), PORTUGUESE_OPPOSITES + NOT_PORTUGUESE_OPPOSITES)
def test_portuguese_negations_and_others_no(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(unicodedata.normalize("NFD", statement), claim) == OPPOSITE


@pytest.mark.parametrize(
    ("text", "portuguese"),
    [
        # "O"/"Os" before a name counts beside another Portuguese word ("mandam", "enviou", "têm")
        ("Os EUA mandam soldados no México", True),
        ("Os EUA enviam soldados para o México", True),  # "ao" alone would tell
        ("O México enviou 10 mil soldados para a fronteira", True),
        ("O Globo: EUA mandam soldados no México", True),
        # and alone is no Portuguese: Spanish's "o" is "or", and a newspaper's name is a name
        ("O Trump miente o Sheinbaum miente", False),
        ("O Globo: no US soldiers stationed, Mexico says", False),
        ("O Canada", False),
    ],
)
def test_an_article_before_a_name_is_portuguese_beside_another_portuguese_word(text: str, portuguese: bool) -> None:
    assert reads_portuguese(text) is portuguese


def test_portuguese_negation_counts_once() -> None:
    assert negation_count("Não há nenhum soldado americano no México") == 1
    assert negation_count("Nenhum soldado está no México") == 1
    assert negation_count("Há soldados no México") == 0


# A negation bounding a number ("not over 10,000", "no more than 155", "not even 100", "no fewer than 155") limits
# the number; it does not deny that the thing counted is there.  "There are not over 10,000 US troops in Mexico"
# was noted as the opposite of "There are US troops in Mexico", "No more than 155 US Marines entered Mexico" of the
# claim that 155 did.  The negation is set aside only against a text that gives no amount of any kind and no
# negation of its own, or one that gives one bare count of the same thing that the bound admits; anywhere else it
# denies as before (a "same" on a real denial applies a verdict to a statement saying the opposite: the reverted
# 34a20a8 made "Not even 100 US troops are in Mexico" agree with "Thousands of US troops are in Mexico").
THERE_ARE_TROOPS = "There are US troops in Mexico"
THE_155_CLAIM = (
    "Mexico approved 155 armed US Marines entering the country in spring 2025 for a joint training exercise."
)
NEGATED_BOUND_SAMES = [
    # no amount in the other text: a bound on how many is no denial that some are there
    ("There are not over 10,000 US troops in Mexico", THERE_ARE_TROOPS),
    ("There are no more than 10,000 US troops in Mexico", THERE_ARE_TROOPS),
    ("There aren't more than 10,000 US troops in Mexico", THERE_ARE_TROOPS),
    ("Not over 10,000 US troops are in Mexico", THERE_ARE_TROOPS),
    ("Not even 100 US troops are in Mexico", THERE_ARE_TROOPS),
    ("There are no fewer than 10,000 US troops in Mexico", THERE_ARE_TROOPS),
    # one bare count of the same thing, which the bound admits
    ("No more than 155 US Marines entered Mexico", THE_155_CLAIM),
    ("Not over 200 US Marines entered Mexico", THE_155_CLAIM),
    ("No fewer than 155 US Marines entered Mexico", THE_155_CLAIM),
    ("There are not over 10,000 US troops in Mexico", "There are 5,000 US troops in Mexico"),
    # a modifier before "US" or an adverb before a participle: the count is still of the troops, and admitted
    ("No more than 100 US troops are in Mexico", "There are 50 heavily armed US troops in Mexico"),
    ("No more than 100 US troops are in Mexico", "There are 80 elite US troops in Mexico"),
    # "US forces" are the thing counted, no amount ("a force of" is one)
    ("Not over 10,000 US forces are in Mexico", "US forces are in Mexico"),
    # "members" counts, it sizes no group as "5,000-man" does; a mass grave is no amount
    ("No more than 155 US Marines entered Mexico", "155 members of the US Marines entered Mexico"),
    ("No more than 10 US soldiers are buried in Mexico", "US soldiers are buried in a mass grave in Mexico"),
]
NEGATED_BOUND_OPPOSITES = [
    # the bound does not admit the other text's count
    ("There are not over 10,000 US troops in Mexico", THE_10000_CLAIM),
    ("There are no more than 10,000 US troops deployed in Mexico", THE_10000_CLAIM),
    ("Not even 100 US troops are in Mexico", "Thousands of US troops are in Mexico"),
    ("Not even 100 US troops are in Mexico", "There are 100 US troops in Mexico"),
    ("There are not over 10,000 US troops in Mexico", "There are 20,000 US troops in Mexico"),
    ("No more than 100 US Marines entered Mexico", THE_155_CLAIM),
    ("No fewer than 200 US Marines entered Mexico", THE_155_CLAIM),
    # an amount the other text gives in words, or an approximate one: the negation is left to deny
    ("There are not over 10,000 US troops in Mexico", "Tens of thousands of US troops are in Mexico"),
    ("Not even 100 US troops are in Mexico", "Many US troops are in Mexico"),
    ("There are not over 10,000 US troops in Mexico", "There are about 20,000 US troops in Mexico"),
    ("Not over 10,000 people died in the war", "Tens of thousands of people died in the war"),
    ("There are not over 10,000 US troops in Mexico", "US troops in Mexico number 20,000"),
    ("There are not over 10,000 US troops in Mexico", "There are 20,000 of them: US troops in Mexico"),
    ("Not even 100 US troops are in Mexico", "A thousand US troops are in Mexico"),
    # two counts of the thing: which one the bound is weighed against is not read
    ("No more than 155 US Marines entered Mexico", "155 US Marines entered Mexico in March and 200 in April"),
    # a denial of the thing itself, with a bound or without
    ("There are no US troops in Mexico", THERE_ARE_TROOPS),
    ("Not even one US soldier is in Mexico", THERE_ARE_TROOPS),
    ("There is not even 1 US soldier in Mexico", THERE_ARE_TROOPS),
    # a bound hedged to leave room for none: it does not say there are some (review35e)
    ("Not over 10 US troops, if any, are in Mexico", THERE_ARE_TROOPS),
    ("Not over 10 US troops are in Mexico, if at all", THERE_ARE_TROOPS),
    ("US troops are not in Mexico, not over 10,000 of them", THERE_ARE_TROOPS),
    # a number of something the other text does not speak of
    ("The war is not over 3 years on", "The war is over"),
    ("There are not even 10 minutes left", THERE_ARE_TROOPS),
    # amounts review35e found read as no amount, or as a count of something else, so that the bound was taken to
    # admit them: thousands grouped by a space (a no-break or narrow no-break space too)
    ("There are no more than 20 US troops in Mexico", "There are 20 000 US troops in Mexico"),
    ("There are no more than 20 US troops in Mexico", "There are 20\u00a0000 US troops in Mexico"),
    ("There are no more than 20 US troops in Mexico", "There are 20\u202f000 US troops in Mexico"),
    ("No more than 100 US troops are in Mexico", "There are 1 500 000 US troops in Mexico"),
    # a unit of troops, a group or a size
    ("No more than 100 US troops are in Mexico", "A massive force of US troops is in Mexico"),
    ("No more than 100 US troops are in Mexico", "A force of US troops is in Mexico"),
    ("No more than 100 US troops are in Mexico", "Brigades of US troops are in Mexico"),
    ("No more than 100 US soldiers were killed in Mexico", "A battalion of US soldiers was killed in Mexico"),
    ("No more than 100 US troops are in Mexico", "There are 3 brigades of US troops in Mexico"),
    ("No more than 100 US troops are in Mexico", "A huge contingent of US troops is in Mexico"),
    ("No more than 100 US troops are in Mexico", "A division of US troops is in Mexico"),
    ("No more than 100 US troops are in Mexico", "US troops by the thousand are in Mexico"),
    ("No more than 100 US troops are in Mexico", "US troops by the thousands are in Mexico"),
    ("No more than 100 US troops are in Mexico", "The largest ever number of US troops is in Mexico"),
    ("No more than 100 US troops are in Mexico", "The largest US troop presence in decades is in Mexico"),
    # a number sizing a group, or counting the troops past an adverb and participle or a word before "US"
    ("No more than 100 US troops are in Mexico", "A 20,000-strong force of US troops is in Mexico"),
    ("No more than 100 US troops are in Mexico", "US troops, 20,000 strong, are in Mexico"),
    ("No more than 100 US troops are in Mexico", "A 5,000-man force of US troops is in Mexico"),
    ("No more than 100 US troops are in Mexico", "There are 20,000-plus US troops in Mexico"),
    ("No more than 100 US troops are in Mexico", "There are 20,000 heavily armed US troops in Mexico"),
    ("No more than 100 US troops are in Mexico", "There are 20,000 newly deployed US troops in Mexico"),
    ("No more than 100 US troops are in Mexico", "There are 20,000 specially trained US troops in Mexico"),
    ("No more than 100 US troops are in Mexico", "There are 20,000 well armed US troops in Mexico"),
    ("No more than 100 US troops are in Mexico", "There are 20,000 elite US troops in Mexico"),
    ("No more than 100 US troops are in Mexico", "There are 20,000 additional US troops in Mexico"),
]


@pytest.mark.parametrize(("statement", "claim"), NEGATED_BOUND_SAMES)
def test_a_negation_bounding_a_number_denies_no_amount_it_admits(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME
    assert polarity(claim, statement) == SAME


@pytest.mark.parametrize(("statement", "claim"), NEGATED_BOUND_OPPOSITES)
def test_a_negation_bounding_a_number_still_denies_what_it_does_not_admit(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # both deny, as on main: the bound's negation is set aside only against a text without one of its own
        ("Not even 100 US troops are in Mexico", "There are no US troops in Mexico"),
        ("There are not over 10,000 US troops in Mexico", "There are no US troops in Mexico"),
        ("Not even 100 US troops are in Mexico", "US personnel in Mexico are DEA agents, not soldiers"),
        # a bound without a negation, as on main
        ("Fewer than 100 US troops are in Mexico", THERE_ARE_TROOPS),
        ("There are not under 10,000 US troops in Mexico", THE_10000_CLAIM),
    ],
)
def test_negated_bounds_left_as_they_were(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME
    assert polarity(claim, statement) == SAME


# An upper bound on a count ("fewer than 100", "under 1,000") against an amount in words it leaves no room for
# ("thousands of", "hundreds of" the same thing): "Fewer than 100 US troops are in Mexico" was noted 'same' as
# "Thousands of US troops are in Mexico" (no negation, no antonym word).  An amount it leaves room for, or of
# another thing, is no opposite, and a negated bound ("not under 100") turns the note back.
THOUSANDS_OF_TROOPS = "Thousands of US troops are in Mexico"
UPPER_BOUND_AGAINST_AN_AMOUNT_OPPOSITES = [
    ("Fewer than 100 US troops are in Mexico", THOUSANDS_OF_TROOPS),
    ("Less than 100 US troops are in Mexico", "Hundreds of US troops are in Mexico"),
    ("Under 1,000 US troops are in Mexico", THOUSANDS_OF_TROOPS),
    ("There are fewer than 500 US troops in Mexico", "Tens of thousands of US troops are in Mexico"),
    # what is said of them in another tense, or with a full stop, is the same
    ("Fewer than 100 US troops were in Mexico.", "Thousands of US troops are in Mexico."),
    ("Under 100 journalists were killed in Mexico in 2024.", "Hundreds of journalists were killed in Mexico in 2024."),
    # as before: a negation of the thing, or a negated bound, against the amount
    ("There are no US troops in Mexico", THOUSANDS_OF_TROOPS),
    ("Not even 100 US troops are in Mexico", THOUSANDS_OF_TROOPS),
    ("No more than 100 US troops are in Mexico", THOUSANDS_OF_TROOPS),
]
UPPER_BOUND_AGAINST_AN_AMOUNT_SAMES = [
    # room for the amount: thousands may be fewer than 5,000
    ("Fewer than 5,000 US troops are in Mexico", THOUSANDS_OF_TROOPS),
    ("Fewer than 1,000 US troops are in Mexico", "Hundreds of US troops are in Mexico"),
    # another thing counted
    ("Fewer than 100 US troops are in Mexico", "Thousands of migrants are in Mexico"),
    ("Fewer than 100 US troops are in Mexico", "Thousands of Mexicans protested against US troops"),
    # a lower bound, or a negated upper one, leaves room for thousands
    ("More than 100 US troops are in Mexico", THOUSANDS_OF_TROOPS),
    ("There are not under 100 US troops in Mexico", THOUSANDS_OF_TROOPS),
    # as before
    ("Fewer than 100 US troops are in Mexico", THERE_ARE_TROOPS),
    ("Thousands of US troops are in Mexico, fewer than 100 of them in combat", THOUSANDS_OF_TROOPS),
    # the same thing counted, but something else said of it (review of match28): fewer than 100 killed leaves room
    # for thousands there, fewer than 100 rescued for hundreds dead, fewer than 100 in Mexico for thousands in Texas
    ("Fewer than 100 US troops were killed in Mexico.", "Thousands of US troops are in Mexico."),
    (
        "Under 100 migrants were rescued in the Arizona desert in 2024.",
        "Hundreds of migrants died crossing the Arizona desert in 2024.",
    ),
    (
        "Fewer than 50 journalists were arrested in Mexico in 2024.",
        "Hundreds of journalists were killed in Mexico in 2024.",
    ),
    ("Fewer than 100 US troops are in Mexico.", "Thousands of US troops are in Texas."),
]


# match34: a count "deployed" or "stationed" somewhere is one there ("are deployed in Mexico" says what "are in
# Mexico" says); "at most", "up to" and Spanish "menos de", "hasta" bound a count as "fewer than" does ("at most"
# and "up to" take in their number); Spanish "miles de", "cientos de" are amounts as "thousands of" is.  Each was
# noted 'same' of the amount it leaves no room for.
WIDER_UPPER_BOUND_OPPOSITES = [
    ("Fewer than 100 US troops are deployed in Mexico", THOUSANDS_OF_TROOPS),
    ("Fewer than 100 US troops are stationed in Mexico", THOUSANDS_OF_TROOPS),
    ("Fewer than 100 US troops are in Mexico", "Thousands of US troops are deployed in Mexico"),
    ("At most 100 US troops are in Mexico", THOUSANDS_OF_TROOPS),
    ("Up to 100 US troops are in Mexico", THOUSANDS_OF_TROOPS),
    ("Up to 999 US troops are in Mexico", THOUSANDS_OF_TROOPS),
    ("Menos de 100 soldados estadounidenses están en México", "Miles de soldados estadounidenses están en México"),
    ("Hasta 100 soldados estadounidenses están en México", "Miles de soldados estadounidenses están en México"),
    ("Hay menos de 100 soldados estadounidenses en México", "Hay miles de soldados estadounidenses en México"),
    (
        "Menos de 100 soldados estadounidenses están desplegados en México",
        "Miles de soldados estadounidenses están en México",
    ),
    ("Menos de 100 soldados estadounidenses están en México", "Cientos de soldados estadounidenses están en México"),
]
WIDER_UPPER_BOUND_SAMES = [
    # something else said of them: what befell them, another place, a base
    ("Fewer than 100 US troops were killed in Mexico", THOUSANDS_OF_TROOPS),
    ("Up to 100 US troops were killed in Mexico", THOUSANDS_OF_TROOPS),
    ("At most 100 US troops were wounded in Mexico", THOUSANDS_OF_TROOPS),
    ("Fewer than 100 US troops are deployed in Texas", THOUSANDS_OF_TROOPS),
    ("Fewer than 100 US troops are based in Mexico", THOUSANDS_OF_TROOPS),
    (
        "Menos de 100 soldados estadounidenses murieron en México",
        "Miles de soldados estadounidenses están en México",
    ),
    # a bound the amount agrees with: "up to 1,000" may be 1,000 ("thousands" is taken at 1,000)
    ("Up to 20,000 US troops are in Mexico", THOUSANDS_OF_TROOPS),
    ("Up to 1,000 US troops are in Mexico", THOUSANDS_OF_TROOPS),
    ("At most 1,000 US troops are in Mexico", THOUSANDS_OF_TROOPS),
    ("Hasta 100 soldados estadounidenses están en México", "Cientos de soldados estadounidenses están en México"),
    # "up to" and "hasta" bounding no count: a verb phrase, "until", a year
    ("It is up to Mexico whether US troops are in Mexico", THOUSANDS_OF_TROOPS),
    ("It is up to Mexico whether 100 US troops are in Mexico", THOUSANDS_OF_TROOPS),
    ("US troops stayed in Mexico for up to 30 days", THOUSANDS_OF_TROOPS),
    ("Up to 2025 the migrants were in Mexico", "Millions of migrants were in Mexico"),
    ("Hasta 2025 los migrantes estaban en México", "Millones de migrantes estaban en México"),
    (
        "Hasta ahora, miles de soldados estadounidenses están en México",
        "Miles de soldados estadounidenses están en México",
    ),
    # another thing counted, or no amount to weigh the bound against
    ("Up to 100 migrants are in Mexico", THOUSANDS_OF_TROOPS),
    ("Up to 100 US troops are in Mexico", THERE_ARE_TROOPS),
]


@pytest.mark.parametrize(("statement", "claim"), WIDER_UPPER_BOUND_OPPOSITES)
def test_a_wider_upper_bound_below_an_amount_is_its_opposite(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


@pytest.mark.parametrize(("statement", "claim"), WIDER_UPPER_BOUND_SAMES)
def test_a_wider_upper_bound_that_leaves_room_or_bounds_nothing_is_no_opposite(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME
    assert polarity(claim, statement) == SAME


@pytest.mark.parametrize(("statement", "claim"), UPPER_BOUND_AGAINST_AN_AMOUNT_OPPOSITES)
def test_an_upper_bound_below_an_amount_in_words_is_its_opposite(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


@pytest.mark.parametrize(("statement", "claim"), UPPER_BOUND_AGAINST_AN_AMOUNT_SAMES)
def test_an_upper_bound_that_leaves_room_for_an_amount_is_no_opposite(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME
    assert polarity(claim, statement) == SAME


# review37b: "at most", "up to" in a later clause cancelled an earlier "over" / "above" on the same number, as a
# second comparative bound does ("Over 100 ..., under 100 in 2024"): the earlier bound is read as it was before
# 42bd1b6, so each stays 'opposite'
FEWER_THAN_100_MIGRANTS = "Fewer than 100 migrants died in 2023."
A_LATER_INCLUSIVE_BOUND_KEEPS_THE_EARLIER_ONE = [
    ("Over 100 migrants died in 2023, up to 100 in 2024.", FEWER_THAN_100_MIGRANTS),
    ("Above 100 migrants died in 2023, at most 100 in 2024.", FEWER_THAN_100_MIGRANTS),
    (
        "Over 10,000 US troops are in Mexico, up to 10,000 of them deployed.",
        "Fewer than 10,000 US troops are in Mexico.",
    ),
]


@pytest.mark.parametrize(("statement", "claim"), A_LATER_INCLUSIVE_BOUND_KEEPS_THE_EARLIER_ONE)
def test_a_later_inclusive_bound_does_not_unbind_an_earlier_one(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


# review37b: "at most N", "up to N", Spanish "hasta N" are the opposite of "more than N" (and of "more than M", M at
# least N) of the same thing said the same of, as "under N" is; they were weighed only against amounts in words
MORE_THAN_10000_TROOPS = "There are more than 10,000 US troops deployed in Mexico."
AN_INCLUSIVE_BOUND_UNDER_A_LOWER_BOUND = [
    ("At most 10,000 US troops are in Mexico.", MORE_THAN_10000_TROOPS),
    ("Up to 10,000 US troops are in Mexico.", MORE_THAN_10000_TROOPS),
    ("At most 9,999 US troops are in Mexico.", MORE_THAN_10000_TROOPS),
    ("At most 10,000 US troops are in Mexico.", "There are more than 20,000 US troops deployed in Mexico."),
    ("Up to 10,000 US troops are in Mexico.", "Over 10,000 US troops are deployed in Mexico."),
    (
        "Hasta 10.000 soldados estadounidenses están en México.",
        "Hay más de 10 mil soldados estadounidenses desplegados en México",
    ),
]
AN_INCLUSIVE_BOUND_THAT_LEAVES_ROOM = [
    # a higher bound, another thing or place, something else said of them
    ("At most 20,000 US troops are in Mexico.", MORE_THAN_10000_TROOPS),
    ("Up to 10,000 migrants are in Mexico.", MORE_THAN_10000_TROOPS),
    ("Up to 10,000 US troops are in Texas.", MORE_THAN_10000_TROOPS),
    ("At most 10,000 US troops were killed in Mexico.", MORE_THAN_10000_TROOPS),
    # another upper bound, or a lower bound the other way round
    ("At most 10,000 US troops are in Mexico.", "Fewer than 10,000 US troops are in Mexico."),
    ("Up to 10,000 US troops are in Mexico.", "Under 10,000 US troops are in Mexico."),
    # two bounds on its number: no one side, as "Under 100 ..., over 100 ..." (which stays 'same')
    ("Up to 10,000 US troops are in Mexico, over 10,000 in Texas.", MORE_THAN_10000_TROOPS),
    ("Over 100 migrants died in 2023, under 100 in 2024.", FEWER_THAN_100_MIGRANTS),
    # "up to" / "hasta" a year: until
    ("Up to 2025 more than 10,000 US troops were in Mexico.", MORE_THAN_10000_TROOPS),
    (
        "Hasta 2025 había más de 10 mil soldados estadounidenses en México",
        "Hay más de 10 mil soldados estadounidenses desplegados en México",
    ),
]


@pytest.mark.parametrize(("statement", "claim"), AN_INCLUSIVE_BOUND_UNDER_A_LOWER_BOUND)
def test_an_inclusive_bound_under_a_lower_bound_is_its_opposite(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


@pytest.mark.parametrize(("statement", "claim"), AN_INCLUSIVE_BOUND_THAT_LEAVES_ROOM)
def test_an_inclusive_bound_that_leaves_room_is_no_opposite(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME
    assert polarity(claim, statement) == SAME


# Spanish "no más de 155" / "no menos de 155" bound the number as English "no more than 155" does: "No más de 155
# marines entraron a México" was noted the opposite of the claim that 155 US Marines entered (and of its Spanish
# wording), where "No more than 155 US Marines entered Mexico" is 'same'.
THE_155_SPANISH_WORDING = (
    "El Senado aprobó la entrada de 155 marines estadounidenses armados para el ejercicio Fénix 2025"
)
SPANISH_NEGATED_BOUND_SAMES = [
    ("No más de 155 marines entraron a México", THE_155_CLAIM),
    ("No más de 155 marines entraron a México", THE_155_SPANISH_WORDING),
    ("No menos de 155 marines entraron a México", THE_155_SPANISH_WORDING),
    ("No más de 200 marines entraron a México", "Entraron 155 marines a México"),
    ("No hay más de 10 mil soldados estadounidenses en México", "Hay tropas de EE. UU. en México"),
    # the named year ending a sentence ("Fénix 2025.") is the same edition's name (review36d: it read as a count)
    ("No más de 155 marines entraron a México.", THE_155_SPANISH_WORDING + "."),
]
SPANISH_NEGATED_BOUND_OPPOSITES = [
    ("No más de 100 marines entraron a México", THE_155_SPANISH_WORDING),
    ("No menos de 200 marines entraron a México", THE_155_SPANISH_WORDING),
    ("No más de 155 marines entraron a México", "Miles de marines entraron a México"),
    ("No más de 155 marines entraron a México", "Más de 155 marines entraron a México"),
    ("No más de 155 marines entraron a México", "Unos 155 marines entraron a México"),
    ("No hay tropas de EE. UU. en México", "Hay tropas de EE. UU. en México"),
    ("No entraron marines a México", THE_155_SPANISH_WORDING),
]


@pytest.mark.parametrize(("statement", "claim"), SPANISH_NEGATED_BOUND_SAMES)
def test_a_spanish_negation_bounding_a_number_denies_no_amount_it_admits(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME
    assert polarity(claim, statement) == SAME


@pytest.mark.parametrize(("statement", "claim"), SPANISH_NEGATED_BOUND_OPPOSITES)
def test_a_spanish_negation_bounding_a_number_still_denies_what_it_does_not_admit(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


# Arabic negation particles standing alone ("لا", "لم", "لن", "ليس" and its persons): a statement denying an
# Arabic claim was shown its FALSE verdict at 1.00 with no note
_ARABIC_CLAIM = "لقاحات كورونا تحتوي على رقائق إلكترونية للتتبع."


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("لقاحات كورونا لا تحتوي على رقائق إلكترونية للتتبع", _ARABIC_CLAIM),
        ("لقاحات كورونا ليست فيها رقائق إلكترونية", _ARABIC_CLAIM),
        ("لَمْ تَحْتَوِ لقاحات كورونا على رقائق إلكترونية", _ARABIC_CLAIM),  # with its vowel signs
        ("شبكات الجيل الخامس لن تسبب السرطان", "شبكات الجيل الخامس تسبب السرطان."),
        ("لا يوجد أكثر من 10000 جندي أمريكي في المكسيك", "يوجد أكثر من 10000 جندي أمريكي في المكسيك."),
        ("لا توجد رقائق ولا أجهزة تتبع في لقاحات كورونا", _ARABIC_CLAIM),  # "لا ... ولا" denies once
        ("هل لقاحات كورونا تحتوي على رقائق؟ لا تحتوي.", _ARABIC_CLAIM),  # "؟" ends a sentence
    ],
)
def test_an_arabic_negation_says_the_opposite(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE


@pytest.mark.parametrize(
    "statement",
    [
        "لقاحات كورونا تحتوي على رقائق إلكترونية للتتبع",
        "لا تزال لقاحات كورونا تحتوي على رقائق إلكترونية",  # "still"
        "لا شك أن لقاحات كورونا تحتوي على رقائق إلكترونية",  # "no doubt"
        "لا بد أن لقاحات كورونا تحتوي على رقائق",  # "must"
        "ليس فقط لقاحات كورونا تحتوي على رقائق بل الأدوية أيضا",  # "not only"
        "لا تحتوي لقاحات كورونا إلا على رقائق إلكترونية",  # "only"
        "ما تحتويه لقاحات كورونا رقائق إلكترونية",  # "ما", "what", is not read
    ],
)
def test_arabic_words_that_deny_nothing_agree(statement: str) -> None:
    assert polarity(statement, _ARABIC_CLAIM) == SAME


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # polarity35: a question closed by "or not" asks the proposition (it was 'opposite')
        ("Are there US troops in Mexico or not?", SAME),
        ("Did Trump send troops to Mexico, or not?", SAME),
        ("Are there no US troops in Mexico or not?", OPPOSITE),  # its own negation still counts
    ],
)
def test_a_question_closed_by_or_not_asks_the_proposition(statement: str, expected: str) -> None:
    claim = "Trump sent troops to Mexico." if "Trump" in statement else "There are US troops in Mexico."
    assert polarity(statement, claim) == expected


@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        # fix40a: Spanish "o no?", Portuguese "ou não?", Hinglish "ya nahi?" / "ki nahi?" as English "or not?"
        # (review40a: each was 'opposite')
        ("¿Hay tropas estadounidenses en México o no?", "Hay tropas estadounidenses en México", SAME),
        ("Há tropas americanas no México ou não?", "Há tropas americanas no México", SAME),
        ("Mexico me US troops hain ya nahi?", "Mexico me US troops hain", SAME),
        ("Mexico me US troops hain ki nahi?", "Mexico me US troops hain", SAME),
        # their own negation still counts
        ("¿No hay tropas estadounidenses en México o no?", "Hay tropas estadounidenses en México", OPPOSITE),
        ("Não há tropas americanas no México, ou não?", "Há tropas americanas no México", OPPOSITE),
        ("Mexico me US troops nahi hain ya nahi?", "Mexico me US troops hain", OPPOSITE),
    ],
)
def test_or_not_closing_a_question_in_other_languages(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected


def test_arabic_why_written_with_its_kasra_is_no_negation() -> None:
    # polarity35: "لِمَ" (why) folds to "لم", the negation, and its question was noted the opposite of its claim
    assert polarity("لِمَ تحتوي لقاحات كورونا على رقائق إلكترونية؟", _ARABIC_CLAIM) == SAME
    # "why not" keeps its negation (as "Why aren't there...?" does), and "لَمْ" (not) and "لم" unvowelled still deny
    assert polarity("لِمَ لا تحتوي لقاحات كورونا على رقائق إلكترونية؟", _ARABIC_CLAIM) == OPPOSITE
    assert polarity("لَمْ تدخل قوات أمريكية المكسيك", "دخلت قوات أمريكية المكسيك") == OPPOSITE
    assert polarity("لم تدخل قوات أمريكية المكسيك", "دخلت قوات أمريكية المكسيك") == OPPOSITE


def test_an_arabic_claim_that_denies_agrees_with_a_statement_that_denies() -> None:
    assert polarity("لا تحتوي لقاحات كورونا على رقائق", "لقاحات كورونا لا تحتوي على رقائق إلكترونية.") == SAME
    # and a Latin text holding no Arabic counts as before
    assert negation_count("Vaccines do not contain chips, says the WHO") == 1


# An opening "لا،" (No,) answers something outside the statement, as English "No," does: the clause after it says
# what the statement asserts ("لا، مصر هي أكبر مستورد للقمح" was 'opposite' of the claim it states)
@pytest.mark.parametrize(
    "statement",
    ["لا، مصر هي أكبر مستورد للقمح في العالم.", "لا, مصر هي أكبر مستورد للقمح في العالم."],
)
def test_an_opening_arabic_no_with_a_comma_answers_as_english_no_does(statement: str) -> None:
    assert polarity("مصر هي أكبر مستورد للقمح في العالم.", statement) == SAME
    assert polarity("There are 10,000 US troops in Mexico", "No, there are 10,000 US troops in Mexico") == SAME


@pytest.mark.parametrize(
    "statement",
    [
        "لا، مصر ليست أكبر مستورد للقمح في العالم.",  # the clause after it denies
        "لا يوجد مصر أكبر مستورد للقمح في العالم.",  # no comma: a negation of the verb
        "مصر، لا هي أكبر مستورد للقمح في العالم.",  # not opening the text
    ],
)
def test_an_arabic_no_that_is_no_opening_answer_still_denies(statement: str) -> None:
    assert polarity("مصر هي أكبر مستورد للقمح في العالم.", statement) == OPPOSITE


# Persian and Urdu letters are letters of a word: "لاکھ" (lakh), "لنکا" (Sri Lanka), "لاگو", "لنگر" were cut into a
# negation "لا"/"لن" and a rest; and a Persian or Urdu text's "لا" is no Arabic negation; "لا ليغا" is La Liga
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("سری لنکا میں 10 ہزار فوجی ہیں", "Sri Lanka has 10 ہزار troops"),
        ("پاکستان میں 10 لاکھ افغان مہاجرین رہتے ہیں۔", "پاکستان میں 10 افغان مہاجرین رہتے ہیں۔"),
        ("القانون لاگو شد", "القانون شد"),  # Persian "گ", no letter only Persian and Urdu write
        ("السفينة في لنگر الميناء", "السفينة في الميناء"),
        ("در لا به لای درختان 10 سرباز هست", "در درختان 10 سرباز هست"),  # Persian "لا به لای" (among)
        ("ريال مدريد يتصدر لا ليغا برصيد 80 نقطة.", "ريال مدريد يتصدر الدوري برصيد 80 نقطة."),
    ],
)
def test_persian_and_urdu_words_and_la_liga_deny_nothing(statement: str, claim: str) -> None:
    assert negation_count(statement) == 0
    assert polarity(statement, claim) == SAME


# an Arabic denial that quotes a Persian or Urdu name or source is still Arabic (review38b: one such word dropped the
# text's every negation, and the denial read 'same')
@pytest.mark.parametrize(
    "statement",
    [
        "قال عمران خان إن مصر ليست أكبر مستورد للقمح في العالم، وفق وكالة ایرنا.",
        "ليس هناك 10 آلاف جندي في کراچی.",
        "مصر ليست أكبر مستورد للقمح في العالم (سازمان کشاورزی).",
        "کیهان وایرنا: مصر ليست أكبر مستورد للقمح في العالم",  # two Persian names in six words (review39)
    ],
)
def test_an_arabic_denial_quoting_a_persian_name_still_denies(statement: str) -> None:
    claim = "مصر هي أكبر مستورد للقمح في العالم." if "مصر" in statement else "هناك 10 آلاف جندي في کراچی."
    assert polarity(statement, claim) == OPPOSITE


# polarity37: the steep verbs of a rise and a fall were no pair ('same'); "collapsed" before a noun is a state
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        ("Remittances surged in 2024", "Remittances plunged in 2024", OPPOSITE),
        ("Remittances soared in 2024", "Remittances slumped in 2024", OPPOSITE),
        ("Remittances skyrocketed in 2024", "Remittances collapsed in 2024", OPPOSITE),
        ("Remittances surged in 2024", "Remittances fell in 2024", OPPOSITE),
        ("Remittances rose in 2024", "Remittances plunged in 2024", OPPOSITE),
        ("Remittances rose in 2024", "Remittances collapsed by 40% in 2024", OPPOSITE),
        ("Remittances rose in 2024", "Remittances collapsed.", OPPOSITE),
        ("Drones map collapsed buildings", "Measles cases in the US rose in 2025", SAME),
        ("Rescuers reached a collapsing mine", "Measles cases in the US rose in 2025", SAME),
    ],
)
def test_surged_plunged_soared_slumped_are_a_rise_and_a_fall(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected
    assert polarity(claim, statement) == expected


# polarity37: a number denied bare ("not 10,000") denied the thing counted: it is read as "not even 10,000"
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        ("There are not 10,000 US troops in Mexico", THERE_ARE_TROOPS, SAME),
        ("There aren't 10,000 US troops in Mexico", THERE_ARE_TROOPS, SAME),
        ("There are not 10,000 US troops in Mexico", "There are 5,000 US troops in Mexico", SAME),
        ("There are not 10,000 US troops in Mexico", "There are 10,000 US troops in Mexico", OPPOSITE),
        ("There are not 10,000 US troops in Mexico", "There are 20,000 US troops in Mexico", OPPOSITE),
        ("There are not 10,000 US troops in Mexico", "Thousands of US troops are in Mexico", OPPOSITE),
        ("Prices are not 2019 levels", "Prices are at 2019 levels", OPPOSITE),  # a year, no count
    ],
)
def test_a_number_denied_bare_is_fewer_than_it(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected
    assert polarity(claim, statement) == expected


# review42b: "surge", "collapse", "slump" as nouns were read as a rise or a fall on both sides, which hid the swap
# of "rose" and "fell" ('same'); "plunged into" / "collapsed into" X is a state reached, no fall ('opposite')
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        ("Violence in Iraq fell after the 2007 surge", "Violence in Iraq rose after the 2007 surge", OPPOSITE),
        ("Violence in Iraq fell after the troop surge", "Violence in Iraq rose after the troop surge", OPPOSITE),
        (
            "Unemployment rose after the collapse of Lehman Brothers",
            "Unemployment fell after the collapse of Lehman Brothers",
            OPPOSITE,
        ),
        (
            "Hospital admissions fell after the omicron surge",
            "Hospital admissions rose after the omicron surge",
            OPPOSITE,
        ),
        (
            "Migrant crossings dropped after the 2021 border surge",
            "Migrant crossings rose after the 2021 border surge",
            OPPOSITE,
        ),
        (
            "Migrant arrests fell after the border surge ended",
            "Migrant arrests rose after the border surge ended",
            OPPOSITE,
        ),
        ("Deaths rose after the bridge collapse", "Deaths fell after the bridge collapse", OPPOSITE),
        ("Unemployment rose during the slump", "Unemployment fell during the slump", OPPOSITE),
        (
            "Violence surged in Culiacán after El Mayo's arrest",
            "Culiacán plunged into violence after El Mayo's arrest",
            SAME,
        ),
        (
            "Sinaloa plunged into violence after the arrest of El Mayo",
            "Violence in Sinaloa rose after the arrest of El Mayo",
            SAME,
        ),
        ("Haiti has collapsed into gang violence", "Gang violence in Haiti has soared", SAME),
        ("Death toll rises after building collapse in Lagos", "Building collapse in Lagos kills 30", SAME),
        ("Rescuers searched collapsed family homes in Gaza", "Gaza's population rose", SAME),
        ("Remittances collapsed sharply in 2024", "Remittances rose sharply in 2024", OPPOSITE),
        ("Hurricane Helene's storm surge flooded Cedar Key", "Flood waters in Cedar Key dropped", SAME),
        # the verbs still swap
        ("Measles cases surged in Texas", "Measles cases in Texas dropped", OPPOSITE),
        ("Covid cases are surging", "Covid cases are declining", OPPOSITE),
    ],
)
def test_surge_and_collapse_as_nouns_are_no_rise_or_fall(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected
    assert polarity(claim, statement) == expected


# review42b: guards of polarity37 no test made bite
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        # "no secret" affirms only before "that": "no secret deal" still denies
        (
            "There was no secret deal between Trump and Sheinbaum",
            "There was a secret deal between Trump and Sheinbaum",
            OPPOSITE,
        ),
        # a title's short words may stay small: "Weder" in it is still a surname
        ("Karen Weder Told Reporters US Troops Are in Mexico", "US troops are in Mexico", SAME),
        # a number that may be a year after "not" bounds no count: it denies ("not 3000", "not 2,000" limit; known)
        ("There are not 2000 US troops in Mexico", "There are US troops in Mexico", OPPOSITE),
    ],
)
def test_guards_of_no_secret_a_title_and_a_year(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected
    assert polarity(claim, statement) == expected


# review42b: a number denied bare in a contrast that puts something else or zero in its place denies what it counts
# (it was read as a limit, 'same'); a contrast keeping the thing counted still limits the number
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        ("It's not 10,000 troops that were sent, it's 10,000 police", "Troops were sent to Mexico", OPPOSITE),
        (
            "It was not 10,000 soldiers but 10,000 police officers that were sent to Mexico",
            "Soldiers were sent to Mexico",
            OPPOSITE,
        ),
        ("There are not 10,000 US troops in Mexico, there are zero", THERE_ARE_TROOPS, OPPOSITE),
        ("There are not 10,000 US troops in Mexico, only 500", THERE_ARE_TROOPS, SAME),
        ("Not 10,000 but 20,000 US troops are in Mexico", "There are 20,000 US troops in Mexico", SAME),
        # review42b: in a title a "Kein" after an English small word is no surname
        ("Mexico Says Kein Deal With Trump On Troops", "Mexico made a deal with Trump on troops", OPPOSITE),
    ],
)
def test_a_number_denied_bare_in_a_contrast(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected
    assert polarity(claim, statement) == expected


# review43a: the Italian "detto no al" refusal is Italian only: Spanish "dice no a" denies as a bare "no"
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("El Papa dice no a la guerra", "El Papa dice sí a la guerra"),
        ("La OMS dice no a la ivermectina contra la covid", "La OMS recomienda la ivermectina contra la covid"),
        ("Sánchez dice no al envío de tropas a México", "Sánchez apoya el envío de tropas a México"),
    ],
)
def test_spanish_dice_no_a_is_a_denial(statement: str, claim: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (OPPOSITE, OPPOSITE)


# review43a: Hindi "मत" before a word of getting (मिलना, जुटाना, पाना) is the noun "votes", no "do not"
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("भाजपा को 40 प्रतिशत मत मिलना तय है", "भाजपा को 40 प्रतिशत वोट मिलेंगे"),
        ("उम्मीदवार को 5000 मत जुटाना जरूरी है", "उम्मीदवार को 5000 वोट चाहिए"),
    ],
)
def test_hindi_mat_before_getting_is_votes(statement: str, claim: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (SAME, SAME)
    assert polarity("सैनिक मत भेजो", "सैनिक भेजो") == OPPOSITE


# polarity38: a fall said of a number was read as a state: "collapsed yesterday" (a word of time that is no noun)
# and "plunged into negative territory" (a number's place, not a state reached: "plunged into violence" still is one)
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        ("Prices collapsed yesterday", "Prices rose yesterday", OPPOSITE),
        ("Prices collapsed today", "Prices soared today", OPPOSITE),
        ("Stocks plunged into negative territory", "Stocks rose", OPPOSITE),
        ("The company's profits plunged into the red", "The company's profits rose", OPPOSITE),
        ("Oil prices collapsed into negative territory in April 2020", "Oil prices surged in April 2020", OPPOSITE),
        # the nouns and states are still none
        ("Culiacán plunged into violence", "Violence surged in Culiacán", SAME),
        ("Rescuers searched collapsed buildings yesterday", "Rents rose yesterday", SAME),
    ],
)
def test_a_fall_said_of_a_number_is_a_fall(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected
    assert polarity(claim, statement) == expected


# review45b: a "veto" is no refusal (polarity38 and fix44b made "vetoed", and "veto" after "will", "to", "not"..., one):
# "will veto it", "power to veto", "subject to veto" flipped a text that says the bill was approved, and "cannot veto"
# or "did not use its veto" agreed with "vetoed".  Each reads as on main
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        (
            "The House approved the defense bill; the White House said Trump will veto it",
            "The House approved the defense bill",
            SAME,
        ),
        ("The president has the power to veto the bill", "The president approved the bill", SAME),
        ("The bill is subject to veto by the governor", "The governor approved the bill", SAME),
        ("Lawmakers approved the bill despite Newsom's threat to veto it", "Lawmakers approved the bill", SAME),
        ("Newsom cannot veto the bill", "Newsom vetoed the bill", OPPOSITE),
        ("Newsom did not immediately veto the bill", "Newsom vetoed the bill", OPPOSITE),
        ("Russia did not use its veto", "Russia vetoed the resolution", OPPOSITE),
    ],
)
def test_a_veto_is_no_refusal(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected
    assert polarity(claim, statement) == expected


# review44b: "recommends" and "endorsed" are no yes a refusal says no to (polarity38 made them one): any refusal or
# denial of anything else read as the opposite of any recommendation, and "recommends against" is itself a no
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        (
            "The CDC denied that the HPV vaccine causes infertility in children aged 11 to 12",
            "The CDC recommends the HPV vaccine for children aged 11 to 12.",
        ),
        ("The CDC denied that boosters cause myocarditis", "The CDC recommends boosters"),
        ("Hamas rejected the Gaza ceasefire proposal", "Biden endorsed the Gaza ceasefire proposal"),
        ("Trump rejected Jones", "Trump endorsed Smith"),
        (
            "The USPSTF rejected daily aspirin for people 60 and older",
            "The USPSTF recommends against starting daily aspirin for people 60 and older",
        ),
        ("The WHO said no to ivermectin", "The WHO recommends against ivermectin"),
        # both say no to ivermectin: the negation agrees with the refusal
        ("WHO did not recommend ivermectin", "WHO rejected ivermectin"),
    ],
)
def test_a_refusal_is_no_denial_of_a_recommendation(statement: str, claim: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (SAME, SAME)
    assert polarity("Doctors do not recommend ivermectin", "Doctors recommend ivermectin") == OPPOSITE


# review44b: "plunged into the red" is a fall, "plunged into the Red Sea" a place reached
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("A Houthi missile plunged into the Red Sea in 2024", "Houthi attacks in the Red Sea surged in 2024"),
        ("A bus plunged into the Red River, killing 20", "Deaths on the Red River rose"),
        ("Divers plunged into the Red Sea", "Diving tourism surged"),
        ("The plane plunged into the red sea", "The plane soared"),
    ],
)
def test_plunged_into_the_red_sea_is_no_fall(statement: str, claim: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (SAME, SAME)
    assert polarity("Oil plunged into the red", "Oil rose") == OPPOSITE
    assert polarity("The club plunged into the red zone", "The club rose") == OPPOSITE


# review45b: a headline in Title Case or capitals falls into the red too (any capitalised word after "Red" made a
# place of it, and each was 'same'); only the Red Sea, River, Square, Cross and Army are places reached
@pytest.mark.parametrize(
    "statement",
    [
        "Stocks Plunge Into The Red After Fed Decision",
        "STOCKS PLUNGE INTO THE RED AFTER FED DECISION",
        "Stocks Plunged Into The Red On Monday",
    ],
)
def test_a_headline_in_capitals_plunging_into_the_red_is_a_fall(statement: str) -> None:
    claim = "Stocks rose after the Fed decision on Monday"
    assert (polarity(statement, claim), polarity(claim, statement)) == (OPPOSITE, OPPOSITE)
    assert polarity("A TRUCK PLUNGED INTO THE RED RIVER", "Deaths on the Red River rose") == SAME
    assert polarity("Protesters Plunged Into The Red Square Crowd", "Protesters rose") == SAME


# polarity38: Persian's and Urdu's negations: a text read as either read none ("واکسن کرونا حاوی تراشه نیست" was
# 'same' as "... است"); "No," opening the text, "or not?" closing a question and "not only" deny nothing
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        ("واکسن کرونا حاوی تراشه نیست", "واکسن کرونا حاوی تراشه است", OPPOSITE),
        ("دولت مالیات را افزایش نداد", "دولت مالیات را افزایش داد", OPPOSITE),
        ("او به مکزیک نمی\u200cرود", "او به مکزیک می\u200cرود", OPPOSITE),
        ("دولت مالیات را افزایش نمیدهد", "دولت مالیات را افزایش میدهد", OPPOSITE),
        ("ویکسین میں مائیکروچپ نہیں ہے", "ویکسین میں مائیکروچپ ہے", OPPOSITE),
        ("امریکی فوجی میکسیکو میں نہیں ہیں", "امریکی فوجی میکسیکو میں ہیں", OPPOSITE),
        # Arabic letters for Persian's "ی" and "ک" in the negation, in a text read as Persian
        ("این واكسن حاوي تراشه نيست", "این واکسن حاوی تراشه است", OPPOSITE),
        ("نه، واکسن حاوی تراشه است", "واکسن حاوی تراشه است", SAME),
        ("نہیں، ویکسین میں مائیکروچپ ہے", "ویکسین میں مائیکروچپ ہے", SAME),
        ("واکسن حاوی تراشه است یا نه؟", "واکسن حاوی تراشه است", SAME),
        ("ویکسین میں مائیکروچپ ہے یا نہیں؟", "ویکسین میں مائیکروچپ ہے", SAME),
        ("نه تنها واکسن حاوی تراشه است", "واکسن حاوی تراشه است", SAME),
    ],
)
def test_persian_and_urdu_negations_are_read(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected
    assert polarity(claim, statement) == expected


# review44b: Persian's "نه" alone is as often "nine" or a contrast's "not" ("..., نه نیروهای رزمی"); "no doubt" and
# "no wonder" affirm; "نہ کہ" (rather than), "..., نہیں تو" (otherwise), "چرا که نه" / "کیوں نہیں" (why not), "معلوم
# نیست ... یا نه" (it is not known whether ... or not) and the name "نمیری" deny nothing (each was 'opposite')
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("نه ماه است که سربازان آمریکایی در مکزیک هستند", "سربازان آمریکایی در مکزیک هستند"),
        ("در این حادثه نه نفر کشته شدند", "در این حادثه ۹ نفر کشته شدند"),
        ("نه نفر از سربازان آمریکایی در مکزیک هستند", "There are US troops in Mexico"),
        (
            "آمریکا تنها مربیان نظامی را به مکزیک فرستاده است، نه نیروهای رزمی",
            "آمریکا مربیان نظامی را به مکزیک فرستاده است",
        ),
        ("شکی نیست که واکسن ایمن است", "واکسن ایمن است"),
        ("هیچ شکی نیست که سربازان آمریکایی در مکزیک هستند", "سربازان آمریکایی در مکزیک هستند"),
        ("جای تعجب نیست که سربازان آمریکایی در مکزیک هستند", "سربازان آمریکایی در مکزیک هستند"),
        ("کوئی شک نہیں کہ ویکسین محفوظ ہے", "ویکسین محفوظ ہے"),
        ("امریکی فوجی تربیت کے لیے ہیں نہ کہ لڑائی کے لیے", "امریکی فوجی تربیت کے لیے میکسیکو میں ہیں"),
        ("امریکی فوجی میکسیکو میں ہیں، نہیں تو حکومت انکار کیوں کرتی", "امریکی فوجی میکسیکو میں ہیں"),
        ("چرا که نه، سربازان آمریکایی در مکزیک هستند", "سربازان آمریکایی در مکزیک هستند"),
        ("کیوں نہیں، امریکی فوجی میکسیکو میں ہیں", "امریکی فوجی میکسیکو میں ہیں"),
        ("معلوم نیست سربازان آمریکایی در مکزیک هستند یا نه", "سربازان آمریکایی در مکزیک هستند"),
        ("جعفر نمیری رئیس جمهور سودان بود", "جعفر نمیری رئیس جمهور سودان است"),
        ("نہیں۔ ویکسین میں مائیکروچپ ہے۔", "ویکسین میں مائیکروچپ ہے"),
    ],
)
def test_persian_and_urdu_words_that_deny_nothing(statement: str, claim: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (SAME, SAME)


# review44b: "نه X و نه Y" (neither ... nor) denies; Urdu's full stop "۔" ends a word and a sentence ("موجود نہیں۔" was
# one word, no negation)
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("نه واکسن ایمن است و نه مؤثر", "واکسن ایمن است"),
        ("امریکی فوجی میکسیکو میں موجود نہیں۔", "امریکی فوجی میکسیکو میں موجود ہیں۔"),
        ("ویکسین میں مائیکروچپ نہیں ہے۔", "ویکسین میں مائیکروچپ ہے۔"),
        ("ویکسین میں مائیکروچپ نہیں ہے۔ نہ ہی یہ ڈی این اے بدلتی ہے۔", "ویکسین میں مائیکروچپ ہے"),
    ],
)
def test_persian_and_urdu_denials_in_their_sentences(statement: str, claim: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (OPPOSITE, OPPOSITE)


#: a comment closed by the sarcasm tag "/s" is read as its words are, the tag ignored: a tag cannot say what the
#: sarcasm is about ("such a shocker /s" mocks the surprise, not the fact), nor tell itself from a unit's "km /s"
TAGGED = [
    (
        "Wow, Sheinbaum rejected Trump's offer to send troops, such a shocker /s",
        "Sheinbaum rejected Trump's offer to send US troops into Mexico.",
        SAME,
    ),
    (
        "oh sure, there are totally 10,000 US troops in Mexico /s",
        "There are more than 10,000 US troops in Mexico.",
        SAME,
    ),
    (
        "Trump signed a secret order against the cartels /sarcasm",
        "Trump signed a secret order against the cartels.",
        SAME,
    ),
    ("The probe flies at 11.2 km /s", "The probe flies at 11.2 km/s.", SAME),
    ("Sure, there are no US troops in Mexico /s", "There are US troops in Mexico.", OPPOSITE),
]


@pytest.mark.parametrize(("statement", "claim", "expected"), TAGGED)
def test_the_sarcasm_tag_is_not_read(statement: str, claim: str, expected: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


#: a correction, "did not X, it Y" (a comma, semicolon or dash between; "didn't" too), denies X and says Y, as "not X
#: but Y" does (polar75: "Inflation did not fall in 2023, it rose sharply" was the opposite of "... rose sharply");
#: a clause after it that reports or hedges, or a negated clause that is a subordinate one, is none
CORRECTIONS = [
    ("Inflation did not fall in 2023, it rose sharply.", "Inflation rose sharply in 2023.", SAME),
    ("Inflation did not fall in 2023; it rose sharply.", "Inflation rose sharply in 2023.", SAME),
    ("Inflation didn't fall in 2023, it rose sharply.", "Inflation rose sharply in 2023.", SAME),
    ("Inflation did not fall in 2023, it rose sharply.", "Inflation fell in 2023.", OPPOSITE),
    ("Inflation did not fall in 2023 but rose sharply.", "Inflation fell in 2023.", OPPOSITE),
    ("Prices did not rise; they fell.", "Prices rose.", OPPOSITE),
    ("Prices did not rise; they fell.", "Prices fell.", SAME),
    ("US troops are not in Mexico, they are in Texas.", "US troops are in Texas.", SAME),
    ("US troops are not in Mexico, they are in Texas.", "US troops are in Mexico.", OPPOSITE),
    ("It's not the people who vote that count, it's the people who count the votes.", "People count votes.", SAME),
    ("Trump did not send troops to Mexico, he said.", "Trump sent troops to Mexico.", OPPOSITE),
    ("Inflation did not fall, it did not rise.", "Inflation rose.", OPPOSITE),
    ("If you don't surrender your guns, I will sign an order.", "I will sign an order.", OPPOSITE),
]


@pytest.mark.parametrize(("statement", "claim", "expected"), CORRECTIONS)
def test_a_correction_denies_only_what_it_replaces(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected


#: no reading of votes: a "voted against" anywhere in the text is not the text's own refusal (polar75 read it so:
#: the first pairs, where someone else votes against, were the opposite), and "did not vote for the bill; she voted
#: against it" keeps its negation (it was 'same' as "voted for the bill")
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        (
            "Congress approved the aid package; 57 Republicans voted against it",
            "Congress approved the aid package",
            SAME,
        ),
        ("Parliament approved the reform, although 200 MPs voted against", "Parliament approved the reform", SAME),
        (
            "Democrats voted for the bill while Republicans voted against it",
            "Democrats voted for the bill",
            SAME,
        ),
        (
            "The UN General Assembly voted 141 to 5 for the resolution; Russia voted against",
            "The UN General Assembly voted for the resolution",
            SAME,
        ),
        ("Kerry voted for the $87 billion before he voted against it", "Kerry voted for the $87 billion", SAME),
        ("The senator did not vote for the bill; she voted against it", "The senator voted for the bill", OPPOSITE),
        ("The senator did not vote for the bill. She voted against it.", "The senator voted for the bill.", OPPOSITE),
    ],
)
def test_a_vote_against_is_read_as_any_other_words(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected


#: spoken French drops the "ne": a "pas" right after a form of "avoir" or "être" denies as "n'a pas" does (polar75:
#: "Le chômage a pas augmenté" was the opposite of "Le chômage n'a pas augmenté"); "pas mal de" is quite a lot
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        ("Le chômage a pas augmenté.", "Le chômage n'a pas augmenté.", SAME),
        ("Le chômage a pas augmenté.", "Le chômage a augmenté.", OPPOSITE),
        ("Le chômage est pas en hausse.", "Le chômage est en hausse.", OPPOSITE),
        ("Il y a pas de soldats américains au Mexique.", "Il y a des soldats américains au Mexique.", OPPOSITE),
        ("C'est pas vrai que le chômage a augmenté.", "Le chômage a augmenté.", OPPOSITE),
        ("Le chômage ne l'a pas augmenté.", "Le chômage a pas augmenté.", SAME),
        ("Il y a pas mal de soldats américains au Mexique.", "Il y a des soldats américains au Mexique.", SAME),
    ],
)
def test_a_french_pas_without_its_ne_denies(statement: str, claim: str, expected: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


#: a correction that says its denied verb again denies the verb's complement, not the verb: "Obama was not born in
#: Kenya, he was born in Hawaii" is the opposite of "Obama was born in Kenya" (polar75's first correction rule read
#: it as denying "born" alone, and so as the same); "did not fall, it rose" still denies the fall alone
REPEATED_VERBS = [
    ("Obama was not born in Kenya, he was born in Hawaii", "Obama was born in Kenya", OPPOSITE),
    ("Obama wasn't born in Kenya, he was born in Hawaii", "Obama was born in Kenya", OPPOSITE),
    ("Obama was not born in Kenya; he was born in Hawaii", "Obama was born in Kenya", OPPOSITE),
    ("Biden did not send troops to Mexico, he sent troops to Texas", "Biden sent troops to Mexico", OPPOSITE),
    ("The photo was not taken in Gaza, it was taken in Syria", "The photo was taken in Gaza", OPPOSITE),
    ("The virus did not come from a lab, it came from bats", "The virus came from a lab", OPPOSITE),
    ("Prices didn't go down, they went up", "Prices went down", OPPOSITE),
    ("Taxes did not go up, they went down", "Taxes went up", OPPOSITE),
    ("The fire was not started by migrants, it was started by lightning", "The fire was started by migrants", OPPOSITE),
    ("He did not die of covid, he died of a heart attack", "He died of covid", OPPOSITE),
    ("The law was not passed in 2020, it was passed in 2021", "The law was passed in 2020", OPPOSITE),
    ("The drug was not approved by the FDA, it was approved in Europe", "The FDA approved the drug", OPPOSITE),
    ("The boat didn't sink near Lampedusa, it sank near Crete", "The boat sank near Lampedusa", OPPOSITE),
    # a claim that denies the same agrees
    ("The photo was not taken in Gaza, it was taken in Syria", "The photo was not taken in Gaza", SAME),
    ("Obama was not born in Kenya, he was born in Hawaii", "Obama was not born in Kenya", SAME),
    ("Obama was not born in Kenya, he was born in Hawaii", "Obama was born in Hawaii", SAME),
    # what stays: the verb alone denied and replaced
    ("Inflation did not fall in 2023, it rose sharply", "Inflation rose sharply in 2023", SAME),
    ("It's not a tax cut, it's a tax hike", "It is a tax hike", SAME),
]


@pytest.mark.parametrize(("statement", "claim", "expected"), REPEATED_VERBS)
def test_a_correction_saying_its_verb_again_denies_the_complement(statement: str, claim: str, expected: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


#: polar81 rules taken back by fixpolar81 (each read real denials as 'same', the worst error): what they were meant to
#: read is kept here as strict xfails, so that a safer rule shows up as an XPASS
_TAKEN_PARTICLE = "taken back: a particle turned round ('went up') also read real denials of a rise or vote as 'same'"
_TAKEN_PRONOUN = "taken back: an object said again as a pronoun ('raise them') read real denials as 'same'"
_TAKEN_JUST = "taken back: 'didn't just X' read 'won't just X', 'doesn't simply X' (denials) as 'same'"
_TAKEN_SURPRISE = (
    "taken back: the 'no surprise' frame fired on contrasts ('Ce n'est pas une surprise, c'est un scandale')"
)
_TAKEN_FRENCH = "taken back: a French clause carrying its own negation ('elle n'a pas bougé') was read as a correction"
_MAIN_MISS = "known miss, as on main: read as 'same'"


def _miss(row: tuple[str, str, str], reason: str) -> object:
    """A row of a table below that the code misses: a strict xfail."""
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


#: a correction saying its verb again with the other particle denies the particle, not the verb's object: "didn't go
#: down, they went up" says they went up, "did not vote for the bill; she voted against it" that she voted against it
#: (polar81: both were the opposite of what the correction says; "didn't vote for ...; she didn't vote against it" and
#: "did not run for office, he ran against corruption" were 'same' as what they deny); the first rows are what
#: changed, the rest what must not (the negated particle against a text that says it, the same particle again, votes
#: of other people).  fixpolar81 took the rule back (its particles, matched by their words alone, made "Prices didn't go
#: down, they went up" 'same' as "Prices fell": ``FIXPOLAR81_DENIALS``): its rows are strict xfails
TURNED_PARTICLES = [
    _miss(("Prices didn't go down, they went up", "Prices went up", SAME), _TAKEN_PARTICLE),
    _miss(("Prices haven't come down, they've gone up", "Prices have gone up", SAME), _TAKEN_PARTICLE),
    _miss(("Taxes did not go up, they went down", "Taxes went down", SAME), _TAKEN_PARTICLE),
    _miss(
        ("The senator did not vote for the bill; she voted against it", "The senator voted against the bill", SAME),
        _TAKEN_PARTICLE,
    ),
    _miss(("She did not vote for the bill; she voted against it", "She voted against the bill", SAME), _TAKEN_PARTICLE),
    _miss(("He did not run for office, he ran against corruption", "He ran for office", OPPOSITE), _MAIN_MISS),
    _miss(
        (
            "The senator didn't vote for the bill; she didn't vote against it",
            "The senator voted against the bill",
            OPPOSITE,
        ),
        _MAIN_MISS,
    ),
    # what must not change
    ("Prices didn't go down, they went up", "Prices went down", OPPOSITE),
    ("Prices haven't come down, they've gone up", "Prices have come down", OPPOSITE),
    ("Taxes did not go up, they went down", "Taxes went up", OPPOSITE),
    ("The senator did not vote for the bill; she voted against it", "The senator voted for the bill", OPPOSITE),
    ("She did not vote for the bill; she voted against it", "She voted for the bill", OPPOSITE),
    ("Prices did not go down in 2023, they went down in 2024", "Prices went down in 2023", OPPOSITE),
    (
        "Republicans didn't vote for the bill; Democrats voted against it",
        "Republicans voted against the bill",
        OPPOSITE,
    ),
    ("Congress approved the aid package; 57 Republicans voted against it", "Congress approved the aid package", SAME),
    ("Democrats voted for the bill while Republicans voted against it", "Democrats voted for the bill", SAME),
    ("He did not run for office, he ran against corruption", "He ran against corruption", SAME),
    ("Obama was not born in Kenya, he was born in Hawaii", "Obama was born in Kenya", OPPOSITE),
]


@pytest.mark.parametrize(("statement", "claim", "expected"), TURNED_PARTICLES)
def test_a_correction_turning_its_particle_denies_the_particle(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected


#: a vote corrected in a sentence of its own is read as any other words (a correction is read within a sentence)
@pytest.mark.xfail(strict=True, reason="known miss: a correction after a full stop keeps the negation it follows")
def test_a_vote_corrected_after_a_full_stop() -> None:
    assert (
        polarity("The senator did not vote for the bill. She voted against it.", "The senator voted against the bill.")
        == SAME
    )


#: contracted corrections: "they've", "they'll", "he'd" open one as "they" does ("He wouldn't resign, he'd be fired"
#: was the opposite of "He would be fired").  A verb whose object the correction says again as a pronoun ("they'll
#: raise them") denied alone was taken back by fixpolar81 ("He didn't pay his taxes on time, he paid them late" was
#: 'same' as "He paid his taxes on time": ``FIXPOLAR81_DENIALS``): its rows are strict xfails
CONTRACTED_CORRECTIONS = [
    _miss(("They won't cut taxes, they'll raise them", "They will raise taxes", SAME), _TAKEN_PRONOUN),
    ("He wouldn't resign, he'd be fired", "He would be fired", SAME),
    _miss(("We haven't cut spending, we've raised it", "We have raised spending", SAME), _TAKEN_PRONOUN),
    ("Trump won't send troops to Mexico, he'll send them to Texas", "Trump will send troops to Texas", SAME),
    _miss(("They didn't buy the house, they rented it", "They rented the house", SAME), _TAKEN_PRONOUN),
    # what must not change (an irregular past, "stole" for "steal", is still denied by its object)
    ("He didn't steal the money, he borrowed it", "He stole the money", OPPOSITE),
    ("They didn't buy the house, they rented it", "They bought the house", OPPOSITE),
    ("She didn't write the letter, she signed it", "She wrote the letter", OPPOSITE),
    ("He didn't sell the company, he closed it", "He sold the company", OPPOSITE),
    ("They won't cut taxes, they'll raise them", "They will cut taxes", OPPOSITE),
    ("He wouldn't resign, he'd be fired", "He would resign", OPPOSITE),
    ("We haven't cut spending, we've raised it", "We have cut spending", OPPOSITE),
    ("Trump won't send troops to Mexico, he'll send them to Texas", "Trump will send troops to Mexico", OPPOSITE),
    ("He wouldn't resign, he'd rather stay", "He would resign", OPPOSITE),
    ("They won't cut taxes, they'll say", "They will cut taxes", OPPOSITE),
    ("If you don't pay, you'll be fined", "You will be fined", OPPOSITE),
    ("Obama wasn't born in Kenya, he was born in Hawaii", "Obama was born in Kenya", OPPOSITE),
]


@pytest.mark.parametrize(("statement", "claim", "expected"), CONTRACTED_CORRECTIONS)
def test_a_contracted_correction_denies_only_what_it_replaces(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected


_SEALS = "In February 2026 Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces."

#: a correction whose verb is the antonym of the refusal it denies ("didn't refuse the SEALs, they approved them") says
#: what its verb says.  polar81's contracted corrections made "Mexico hasn't refused the SEALs, they've approved 19 US
#: Navy SEALs." the opposite of its claim: the refusal inside the denied clause was counted as a refusal and the denied
#: object weighed by the contrast, two readings that cancelled only by chance.  polar92 reads such a correction as its
#: corrected clause alone (``ANTONYM_CORRECTIONS``); "pass" against "reject" (polar98) one way only
#: (``ONE_WAY_CORRECTIONS``)
REFUSALS_CORRECTED = [
    ("Mexico hasn't refused the SEALs, they've approved 19 US Navy SEALs.", _SEALS, SAME),
    ("Mexico didn't refuse the SEALs, they approved 19 US Navy SEALs.", _SEALS, SAME),
    ("The Senate didn't reject the bill, they passed it", "The Senate passed the bill", SAME),
    ("The Senate didn't pass the bill, they rejected it", "The Senate rejected the bill", SAME),
    ("Mexico hasn't approved the SEALs, they've refused them.", _SEALS, OPPOSITE),
    # what must stay
    ("The Senate didn't pass the bill, they rejected it", "The Senate passed the bill", OPPOSITE),
    ("The Senate didn't reject the bill, they passed it", "The Senate rejected the bill", OPPOSITE),
    ("The Senate didn't reject the bill, they approved it", "The Senate approved the bill", SAME),
    ("The Senate didn't reject the bill, they approved it", "The Senate rejected the bill", OPPOSITE),
    ("Mexico hasn't refused the SEALs, they've approved 19 US Navy SEALs.", "Mexico refused the SEALs", OPPOSITE),
    # a contracted correction by an antonym of a change (polarity's comment on ``_CORRECTION``)
    ("Prices didn't rise in 2023, they'd fallen", "Prices fell in 2023", SAME),
    ("Prices didn't rise in 2023, they'd fallen", "Prices rose in 2023", OPPOSITE),
]


@pytest.mark.parametrize(("statement", "claim", "expected"), REFUSALS_CORRECTED)
def test_a_correction_by_the_antonym_of_a_denied_refusal_says_its_verb(
    statement: str, claim: str, expected: str
) -> None:
    assert polarity(statement, claim) == expected


#: "X did not V Y, they W Y", W the antonym of V (a refusal and a yes: refuse, reject, deny / approve, accept,
#: confirm; allow / ban, support / oppose), says what W says, against a text that says a verb of the same pair (a
#: refusal or a yes, for the first) (polar92).  Each row was the other reading on main (the denied verb's refusal
#: counted, or its antonym swapped, on top of the contrast), both ways round.  The last rows: the starter claims'
#: own statements ("turned down" is a refusal polarity reads)
ANTONYM_CORRECTIONS = [
    ("Mexico hasn't refused the SEALs, they've approved 19 US Navy SEALs.", _SEALS, SAME),
    ("Mexico didn't refuse the SEALs, they approved 19 US Navy SEALs.", _SEALS, SAME),
    ("Mexico has not refused the SEALs, it has approved 19 US Navy SEALs", _SEALS, SAME),
    ("Mexico hasn't approved the SEALs, they've refused them.", _SEALS, OPPOSITE),
    ("Mexico didn't approve the SEALs, it refused them", _SEALS, OPPOSITE),
    ("The Senate didn't accept the bill, they rejected it", "The Senate accepted the bill", OPPOSITE),
    ("He didn't confirm the report, he denied it", "He confirmed the report", OPPOSITE),
    ("She didn't oppose the bill, she supported it", "She supported the bill", SAME),
    ("She didn't support the bill, she opposed it", "She opposed the bill", SAME),
    ("The law doesn't ban guns, it allows them", "The law allows guns", SAME),
    ("The law doesn't allow guns, it bans them", "The law bans guns", SAME),
    ("The bill was not rejected, it was approved", "The bill was approved", SAME),
    ("The court didn't reject the appeal, it confirmed the sentence", "The court confirmed the sentence", SAME),
    ("Mexico didn't approve the SEALs, it refused them", "Mexico refused the SEALs", SAME),
    ("The Senate didn't accept the bill, they rejected it", "The Senate rejected the bill", SAME),
    ("He didn't confirm the report, he denied it", "He denied the report", SAME),
    ("The bill isn't rejected, it's approved", "The bill is approved", SAME),
    ("They're not banning guns, they're allowing them", "They are allowing guns", SAME),
    ("The bill wasn't rejected, it was approved", "The bill was not approved", OPPOSITE),
    ("The Senate didn't approve the bill, it rejected it", "The Senate approved the bill", OPPOSITE),
    ("The Senate didn't approve the bill, it rejected it", "The Senate turned down the bill", SAME),
    ("The Senate didn't confirm the bill, it denied it", "The Senate rejected the bill", SAME),
    (
        "Sheinbaum didn't accept Trump's offer to send the US Army into Mexico, she rejected it.",
        "Mexico's president turned down Trump's offer to send the US Army into Mexico to fight cartels.",
        SAME,
    ),
    (
        "The September 2025 security deal doesn't ban US forces in Mexico, it allows them to operate.",
        "The September 2025 US–Mexico security deal allows US forces to operate in Mexico.",
        SAME,
    ),  # a known limit (docs/limits.md): against a text that says the antonym in other words, the denial is read
    _miss(
        ("The FDA didn't reject the drug, it approved it", "The FDA authorized the drug", SAME),
        "known miss, as on main: 'authorized' is no word of the pairs, so the correction is not read (review of "
        "polar92: read against a text in other words, it agreed with their denials)",
    ),
]


@pytest.mark.parametrize(("statement", "claim", "expected"), ANTONYM_CORRECTIONS)
def test_a_denial_corrected_by_its_antonym_says_the_antonym(statement: str, claim: str, expected: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


#: what the antonym correction must not change: each row reads as on main, both ways round.  First the corrections it
#: reads (the denied verb said by the other text stays denied; the antonym said by it agrees), then denials it must not
#: read: a correction by a verb that is no antonym ("delayed", "refused to sign", "lower" for "raise", "blocked"), one
#: opened by "but" or no pronoun, one whose verb follows a modal ("it must approve"), "never" for "not", "didn't just",
#: a correction that is itself negated or reports ("they didn't approve", "they never approved", "they say"; "they
#: hardly approved" is read as "approved", as it is anywhere), a subordinate clause, questions, and Spanish and French
#: (French reads no correction; Spanish reads one opened by a clitic since polar98: ``SPANISH_CORRECTIONS``)
ANTONYM_CORRECTIONS_KEPT = [
    # the rule fires: the denied verb, said by the other text, is still denied
    ("Mexico didn't refuse the SEALs, they approved them", "Mexico refused the SEALs", OPPOSITE),
    ("Mexico didn't refuse the SEALs, they approved them", _SEALS, SAME),
    ("Mexico won't refuse the SEALs, it'll approve them", "Mexico will approve the SEALs", SAME),
    ("Mexico won't refuse the SEALs, it'll approve them", "Mexico will refuse the SEALs", OPPOSITE),
    ("Mexico did not refuse the SEALs; it approved them", "Mexico refused the SEALs", OPPOSITE),
    ("Mexico didn't refuse the SEALs, they've actually approved them", "Mexico refused the SEALs", OPPOSITE),
    ("The Senate didn't reject the bill, they accepted it", "The Senate accepted the bill", SAME),
    ("The Senate didn't reject the bill, they accepted it", "The Senate rejected the bill", OPPOSITE),
    ("He didn't deny the report, he confirmed it", "He confirmed the report", SAME),
    ("He didn't deny the report, he confirmed it", "He denied the report", OPPOSITE),
    ("Trump didn't lose the election, he won it", "Trump lost the election", OPPOSITE),
    ("Trump didn't win the election, he lost it", "Trump won the election", OPPOSITE),
    # win / lose is no pair it reads (one side's win is the other's loss: review of polar92), as on main
    ("Trump didn't lose the election, he won it", "Trump won the election", OPPOSITE),
    ("Trump didn't win the election, he lost it", "Trump lost the election", OPPOSITE),
    ("Trump can't win the election, he'll lose it", "Trump will lose the election", OPPOSITE),
    ("She didn't oppose the bill, she supported it", "She opposed the bill", OPPOSITE),
    ("She didn't support the bill, she opposed it", "She supported the bill", OPPOSITE),
    ("The law doesn't ban guns, it allows them", "The law bans guns", OPPOSITE),
    ("The law doesn't allow guns, it bans them", "The law allows guns", OPPOSITE),
    ("The bill was not rejected, it was approved", "The bill was rejected", OPPOSITE),
    ("The court didn't reject the appeal, it confirmed the sentence", "The court rejected the appeal", OPPOSITE),
    ("Mexico didn't refuse the SEALs, they approved them", "Mexico did not refuse the SEALs", SAME),
    ("Mexico didn't refuse the SEALs, they approved them", "Mexico did not approve the SEALs", OPPOSITE),
    ("Mexico didn't refuse the SEALs, they approved the Marines", "Mexico refused the SEALs", OPPOSITE),
    # no antonym: the correction's verb is another verb, or the same, or none the pairs hold
    ("Mexico didn't refuse the SEALs, it delayed them", "Mexico refused the SEALs", OPPOSITE),
    ("Mexico didn't refuse the SEALs, it delayed them", _SEALS, SAME),
    ("Mexico didn't refuse the SEALs, it postponed the vote", "Mexico refused the SEALs", OPPOSITE),
    ("Mexico didn't approve the SEALs, they approved the Marines", "Mexico approved the SEALs", OPPOSITE),
    ("Trump didn't sign the order, he refused to sign it", "Trump signed the order", OPPOSITE),
    ("They won't raise taxes, they'll lower them", "They will lower taxes", OPPOSITE),
    ("They won't raise taxes, they'll cut them", "They will raise taxes", OPPOSITE),
    ("Biden didn't win the election, he stole it", "Biden won the election", OPPOSITE),
    ("The Senate hasn't blocked the bill, they've approved it", "The Senate blocked the bill", OPPOSITE),
    # "but" and no pronoun: no correction clause ("didn't refuse, but delayed")
    ("Mexico didn't refuse the SEALs, but delayed them", "Mexico refused the SEALs", OPPOSITE),
    ("Mexico didn't refuse the SEALs, but delayed them", _SEALS, SAME),
    ("Mexico didn't refuse the SEALs but approved them", "Mexico refused the SEALs", OPPOSITE),
    ("Mexico didn't refuse the SEALs, the Senate approved them", "Mexico refused the SEALs", OPPOSITE),
    # the correction's verb after a modal ("it must approve"), a "never" for the "not", "didn't just"
    ("The bill isn't rejected, it's approved", "The bill is rejected", OPPOSITE),
    ("Trump can't win the election, he'll lose it", "Trump will win the election", OPPOSITE),
    ("Mexico can't refuse the SEALs, it must approve them", "Mexico can refuse the SEALs", OPPOSITE),
    ("Mexico shouldn't refuse the SEALs, it should approve them", "Mexico should refuse the SEALs", OPPOSITE),
    ("Mexico never refused the SEALs, it approved them", "Mexico refused the SEALs", OPPOSITE),
    ("Mexico didn't just refuse the SEALs, they denied them entry", "Mexico refused the SEALs", SAME),
    # a correction negated or hedged, a report, a subordinate clause
    ("Mexico didn't refuse the SEALs, they didn't approve them either", "Mexico approved the SEALs", OPPOSITE),
    ("Mexico didn't refuse the SEALs, they did not approve them", "Mexico approved the SEALs", OPPOSITE),
    ("Mexico didn't refuse the SEALs, they never approved them", "Mexico approved the SEALs", OPPOSITE),
    ("Mexico didn't refuse the SEALs, they hardly approved them", "Mexico refused the SEALs", OPPOSITE),
    ("Mexico didn't refuse the SEALs, they say", "Mexico refused the SEALs", OPPOSITE),
    ("If Mexico doesn't refuse the SEALs, they will approve them", "Mexico will approve the SEALs", SAME),
    ("If Mexico doesn't refuse the SEALs, they will approve them", "Mexico will refuse the SEALs", OPPOSITE),
    # questions
    ("Didn't Mexico refuse the SEALs?", "Mexico refused the SEALs", SAME),
    ("Did Mexico not refuse the SEALs, or did they approve them?", "Mexico refused the SEALs", SAME),
    ("Mexico didn't refuse the SEALs, did they?", "Mexico refused the SEALs", OPPOSITE),
    ("Why didn't Mexico refuse the SEALs, when they could?", "Mexico refused the SEALs", OPPOSITE),
    # Spanish and French (the Spanish rows read as the correction alone, as on main or righter)
    ("El Senado no rechazó a los SEAL, los aprobó", "El Senado rechazó a los SEAL", OPPOSITE),
    ("El Senado no aprobó a los SEAL, los rechazó", "El Senado aprobó a los SEAL", OPPOSITE),  # polar98
    ("Le Sénat n'a pas rejeté les SEAL, il les a approuvés", "Le Sénat a rejeté les SEAL", OPPOSITE),
    ("Le Sénat n'a pas approuvé les SEAL, il les a rejetés", "Le Sénat a approuvé les SEAL", OPPOSITE),
]


@pytest.mark.parametrize(("statement", "claim", "expected"), ANTONYM_CORRECTIONS_KEPT)
def test_the_antonym_correction_leaves_these_as_they_were(statement: str, claim: str, expected: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


def test_the_antonym_correction_reads_no_starter_statement_or_claim_otherwise() -> None:
    # the starter claims.yaml's claims and aliases and every statement of its fixtures (paraphrases, reviews, Spanish,
    # off-topic): the correction by an antonym is read in none of them, so their polarity is as it was
    from factcheck import polarity as polarity_module
    from factcheck.store import load_knowledge_base

    repository = Path(__file__).parent.parent
    texts = [
        text
        for claim in load_knowledge_base(repository / "claims.yaml").claims
        for text in (claim.claim, *claim.aliases)
    ]
    for fixture in sorted((repository / "tests" / "fixtures").glob("starter_*.tsv")):
        lines = fixture.read_text(encoding="utf-8").splitlines()
        texts += [cell for line in lines if not line.startswith("#") for cell in line.split("\t")]
    assert len(texts) > 500
    assert [text for text in texts if polarity_module._corrections_by_antonym(text)] == []


#: what the review of polar92 found the antonym correction changed, each as on main, both ways round: a text that says
#: the denied verb or its antonym in other words ("let", "permission", "authorized", "voted for", "prohibits",
#: "vetoed", "welcomed", "upheld": the correction alone would contradict nothing; the first four are the starter
#: claims'), win / lose against another actor's win or loss, or as a report, hedge or question, a label or a negation
#: opening the denial ("FALSE:", "Nobody says"), a verdict closing it, the "won" of "won't" and "do" of "don't" read
#: as no verb, and an adverb that takes the correction's verb back ("nearly", "hardly", ...)
_SEALS_SHORT = "Mexico approved the SEALs"
ANTONYM_CORRECTIONS_REVIEWED = [
    (
        "Mexico's Senate didn't approve the 10 US soldiers in February 2025, it rejected them.",
        "In February 2025 Mexico's Senate let about 10 US soldiers into the country to train Mexican Navy special "
        "forces.",
        OPPOSITE,
    ),
    (
        "Labeling the cartels as terrorists didn't allow the US military to operate in Mexico, it banned it.",
        "Labeling the cartels as terrorists gave the US military permission to operate in Mexico.",
        OPPOSITE,
    ),
    (
        "The White House didn't confirm Trump signed a secret order against the cartels, it denied it.",
        "Trump signed a secret order authorizing the US military to go after Latin American drug cartels.",
        OPPOSITE,
    ),
    (
        "The Pentagon didn't confirm US special forces are carrying out ground operations against cartels inside "
        "Mexico, it denied it.",
        "US special forces are already carrying out ground operations against cartels inside Mexico.",
        OPPOSITE,
    ),
    ("The FDA didn't approve the drug, it rejected it", "The FDA authorized the drug", OPPOSITE),
    ("Democrats didn't support the bill, they opposed it", "Democrats voted for the bill", OPPOSITE),
    ("The law doesn't ban guns in schools, it allows them", "The law prohibits guns in schools", OPPOSITE),
    ("The Senate didn't reject the bill, it approved it", "The Senate vetoed the bill", OPPOSITE),
    ("Mexico didn't accept US troops, it refused them", "Mexico welcomed US troops", OPPOSITE),
    ("The court didn't accept the appeal, it rejected it", "The court upheld the appeal", OPPOSITE),
    # win / lose
    ("Trump didn't lose the 2020 election, he won it", "Joe Biden won the 2020 US presidential election.", OPPOSITE),
    ("Trump didn't lose the 2020 election, he won it", "Biden defeated Trump in the 2020 election", OPPOSITE),
    (
        "Trump says he didn't lose the 2020 election, he won it",
        "Joe Biden won the 2020 US presidential election.",
        OPPOSITE,
    ),
    (
        "Trump probably didn't lose the 2020 election, he likely won it",
        "Joe Biden won the 2020 US presidential election.",
        OPPOSITE,
    ),
    ("Trump didn't lose the 2020 election, he won it?", "Joe Biden won the 2020 US presidential election.", OPPOSITE),
    ("Argentina didn't lose the 2022 World Cup final, they won it", "France won the 2022 World Cup final", OPPOSITE),
    ("France didn't win the 2022 World Cup final, they lost it", "Argentina lost the 2022 World Cup final", OPPOSITE),
    ("Trump didn't lose the election, it was won by Biden through fraud", "Trump won the election", OPPOSITE),
    # a label or a negation opening the denial, a verdict closing it
    ("FALSE: Mexico didn't refuse the SEALs, they approved them.", _SEALS, OPPOSITE),
    ("False: Mexico didn't refuse the SEALs, they approved them.", _SEALS, OPPOSITE),
    ("Fake news: Mexico didn't refuse the SEALs, they approved them.", _SEALS, OPPOSITE),
    ("Myth: Mexico didn't refuse the SEALs, they approved them.", _SEALS, OPPOSITE),
    ("Hoax: Mexico didn't refuse the SEALs, they approved them.", _SEALS, OPPOSITE),
    ("Fake: Mexico didn't refuse the SEALs, they approved them.", _SEALS, OPPOSITE),
    ("FALSE: Mexico didn't refuse the SEALs, they approved them.", _SEALS_SHORT, OPPOSITE),
    ("Nobody says Mexico didn't refuse the SEALs, they approved them", _SEALS_SHORT, OPPOSITE),
    ("Mexico didn't refuse the SEALs, they approved 19 US Navy SEALs. FALSE.", _SEALS, OPPOSITE),
    ("Mexico didn't refuse the SEALs, they approved 19 US Navy SEALs is fake news", _SEALS, OPPOSITE),
    ("Mexico didn't refuse the SEALs, they approved 19 US Navy SEALs = FAKE NEWS", _SEALS, OPPOSITE),
    ("Mexico didn't refuse the SEALs, they approved 19 US Navy SEALs. This claim is false.", _SEALS, OPPOSITE),
    # "won't", "don't": no verb
    ("Trump didn't lose the election, he won't accept that", "Trump lost the election", SAME),
    ("Mexico didn't refuse the SEALs, they won't approve them", _SEALS_SHORT, OPPOSITE),
    ("Mexico didn't refuse the SEALs, they don't approve them", _SEALS_SHORT, OPPOSITE),
    # an adverb that takes the verb back
    ("Harris didn't lose Pennsylvania by much, she nearly won it", "Harris won Pennsylvania", OPPOSITE),
    ("Trump didn't lose the election, he nearly won it", "Trump won the election", OPPOSITE),
    ("Mexico didn't refuse the SEALs, they nearly approved them", "Mexico refused the SEALs", OPPOSITE),
    ("Mexico didn't refuse the SEALs, they barely approved them", "Mexico refused the SEALs", OPPOSITE),
    ("Mexico didn't refuse the SEALs, they virtually approved them", "Mexico refused the SEALs", OPPOSITE),
    ("Mexico didn't refuse the SEALs, they practically approved them", "Mexico refused the SEALs", OPPOSITE),
    ("Mexico didn't refuse the SEALs, they almost approved them", "Mexico refused the SEALs", OPPOSITE),
    ("Mexico didn't refuse the SEALs, they scarcely approved them", "Mexico refused the SEALs", OPPOSITE),
]


@pytest.mark.parametrize(("statement", "claim", "expected"), ANTONYM_CORRECTIONS_REVIEWED)
def test_the_antonym_correction_leaves_what_its_review_found(statement: str, claim: str, expected: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


#: "didn't just X", "don't only X", "isn't merely X" add to X, as "did not just X" does (polar81: "The economy didn't
#: just grow, it boomed" was the opposite of "The economy grew"); "can't just", "couldn't simply" still deny, and so
#: does a "just" in the correction.  fixpolar81 took the rule back ("Mexico won't just let US troops in" was 'same' as
#: "Mexico will let US troops in": ``FIXPOLAR81_DENIALS``): its rows are strict xfails
NOT_ONLY_CONTRACTED = [
    _miss(("The economy didn't just grow, it boomed", "The economy grew", SAME), _TAKEN_JUST),
    _miss(("The economy didn't only grow, it boomed", "The economy grew", SAME), _TAKEN_JUST),
    _miss(("Vaccines don't just protect you, they protect others", "Vaccines protect you", SAME), _TAKEN_JUST),
    _miss(("The minister isn't merely wrong, she is lying", "The minister is wrong", SAME), _TAKEN_JUST),
    # what must not change
    ("The economy didn't grow, it just stagnated", "The economy grew", OPPOSITE),
    ("The economy didn't grow", "The economy grew", OPPOSITE),
    ("Trump can't just send troops to Mexico", "Trump can send troops to Mexico", OPPOSITE),
    ("Trump couldn't simply send troops to Mexico", "Trump could send troops to Mexico", OPPOSITE),
    (
        "There are no US combat units in Mexico, just small training teams",
        "There are US combat units in Mexico",
        OPPOSITE,
    ),
    ("The economy didn't grow, it shrank", "The economy grew", OPPOSITE),
]


@pytest.mark.parametrize(("statement", "claim", "expected"), NOT_ONLY_CONTRACTED)
def test_a_contracted_not_only_adds(statement: str, claim: str, expected: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


#: "It's no surprise that X", French "C'est pas une surprise, X", "Ce n'est pas étonnant que X" affirm X (polar81: each
#: was the opposite of X, and "It's no surprise, unemployment didn't rise" the same as "Unemployment rose"); "no
#: surprise" said of a thing still denies it ("La hausse n'est pas une surprise.").  fixpolar81 took the frames back
#: ("Ce n'est pas une surprise, c'est un scandale" was 'same' as "C'est une surprise", "It's no surprise that the US
#: refused to send troops" as "The US sent troops": ``FIXPOLAR81_DENIALS``): their rows are strict xfails
NO_SURPRISE = [
    _miss(("C'est pas une surprise, le chômage a augmenté", "Le chômage a augmenté", SAME), _TAKEN_SURPRISE),
    _miss(("Ce n'est pas une surprise que le chômage ait augmenté", "Le chômage a augmenté", SAME), _TAKEN_SURPRISE),
    _miss(("Il n'est pas surprenant que le chômage ait augmenté", "Le chômage a augmenté", SAME), _TAKEN_SURPRISE),
    _miss(("C'est pas étonnant, le chômage a augmenté", "Le chômage a augmenté", SAME), _TAKEN_SURPRISE),
    _miss(("It's no surprise that unemployment rose", "Unemployment rose", SAME), _TAKEN_SURPRISE),
    _miss(("It is not surprising, unemployment rose", "Unemployment rose", SAME), _TAKEN_SURPRISE),
    _miss(("It's no surprise, unemployment didn't rise", "Unemployment rose", OPPOSITE), _MAIN_MISS),
    # what must not change
    ("La hausse du chômage n'est pas une surprise.", "La hausse du chômage est une surprise.", OPPOSITE),
    ("La hausse du chômage, c'est pas une surprise.", "La hausse du chômage est une surprise.", OPPOSITE),
    ("C'est pas une surprise, le chômage a pas augmenté", "Le chômage a augmenté", OPPOSITE),
    ("Pas étonnant que le chômage ait augmenté", "Le chômage a augmenté", SAME),
    ("The attack was not a surprise", "The attack was a surprise", OPPOSITE),
    ("The attack was no surprise", "The attack was a surprise", OPPOSITE),
    ("It was not a surprise to anyone", "It was a surprise", OPPOSITE),
    ("Ce n'est pas une surprise.", "C'est une surprise.", OPPOSITE),
]


@pytest.mark.parametrize(("statement", "claim", "expected"), NO_SURPRISE)
def test_no_surprise_framing_a_statement_affirms_it(statement: str, claim: str, expected: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


#: a French correction, "a pas X, elle Y" (spoken) or "n'a pas X, elle Y", denies X alone, as "did not X, it Y" does
#: (polar81: "L'inflation a pas baissé, elle a augmenté" was the opposite of "L'inflation a augmenté").  fixpolar81
#: took it back ("L'inflation n'a pas baissé, elle n'a pas bougé" was 'same' as "L'inflation a baissé":
#: ``FIXPOLAR81_DENIALS``): its rows are strict xfails
FRENCH_CORRECTIONS = [
    _miss(("L'inflation a pas baissé, elle a augmenté", "L'inflation a augmenté", SAME), _TAKEN_FRENCH),
    _miss(("L'inflation n'a pas baissé, elle a augmenté", "L'inflation a augmenté", SAME), _TAKEN_FRENCH),
    _miss(("L'inflation a pas baissé en 2023, elle a augmenté", "L'inflation a augmenté en 2023", SAME), _TAKEN_FRENCH),
    # what must not change
    ("L'inflation a pas baissé, elle a augmenté", "L'inflation a baissé", OPPOSITE),
    ("L'inflation n'a pas baissé, elle a augmenté", "L'inflation a baissé", OPPOSITE),
    ("L'inflation a pas baissé en 2023, elle a augmenté", "L'inflation a baissé en 2023", OPPOSITE),
    ("Obama n'est pas né au Kenya, il est né à Hawaï", "Obama est né au Kenya", OPPOSITE),
    ("Obama est pas né au Kenya, il est né à Hawaï", "Obama est né au Kenya", OPPOSITE),
    ("Le chômage a pas baissé, il faut le dire", "Le chômage a baissé", OPPOSITE),
    ("Si l'inflation a pas baissé, elle va augmenter", "L'inflation va augmenter", OPPOSITE),
    ("Le chômage a pas augmenté.", "Le chômage a augmenté.", OPPOSITE),
    (
        "Il y a pas mal de soldats américains au Mexique, ils sont partout",
        "Il y a des soldats américains au Mexique",
        SAME,
    ),
]


@pytest.mark.parametrize(("statement", "claim", "expected"), FRENCH_CORRECTIONS)
def test_a_french_correction_denies_only_what_it_replaces(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected


#: real denials that polar81's rules read as 'same' (the review of polar81; 'opposite' on main): each must stay the
#: opposite of what it denies, both ways round (fixpolar81 took the rules back; a rule brought back must pass these)
FIXPOLAR81_DENIALS = [
    # review finding 1
    ("Trump didn't sign the order, he refused to sign it", "Trump signed the order", OPPOSITE),
    ("Trump won't sign the order, he'll refuse to sign it", "Trump will sign the order", OPPOSITE),
    ("Trump didn't send troops to Mexico, he sent them home", "Trump sent troops to Mexico", OPPOSITE),
    ("The US didn't send troops, it sent advisers to train them", "The US sent troops", OPPOSITE),
    ("They won't raise taxes this year, they'll raise them next year", "They will raise taxes this year", OPPOSITE),
    (
        "The Senate didn't approve the troops today, it approved them yesterday",
        "The Senate approved the troops today",
        OPPOSITE,
    ),
    ("He didn't pay his taxes on time, he paid them late", "He paid his taxes on time", OPPOSITE),
    ("She didn't sell the house, she sold her car", "She sold the house", OPPOSITE),
    ("He didn't fire the minister, he fired her deputy", "He fired the minister", OPPOSITE),
    ("The US won't send troops to Mexico, it'll send them home", "The US will send troops to Mexico", OPPOSITE),
    ("They won't raise taxes, they'll lower them", "They will lower taxes", OPPOSITE),
    ("Trump won't send troops into Mexico, he'll send them home", "Trump will send troops into Mexico", OPPOSITE),
    ("Trump won't send troops into Mexico, he'll send them home", "Trump will send troops to Mexico", OPPOSITE),
    # review finding 2
    ("Prices didn't go down, they went up", "Prices fell", OPPOSITE),
    ("Prices didn't go down, they went up", "Prices dropped", OPPOSITE),
    ("Prices didn't go down, they went up", "Prices decreased", OPPOSITE),
    ("Crime didn't go up, it went down", "Crime rose", OPPOSITE),
    ("Crime didn't go up, it went down", "Crime increased", OPPOSITE),
    ("Violence didn't go down, it went up", "Violence declined", OPPOSITE),
    ("The Senate didn't vote for the deployment, it voted against it", "The Senate approved the deployment", OPPOSITE),
    ("The Senate didn't vote for the deployment, it voted against it", "The Senate backed the deployment", OPPOSITE),
    ("The Senate didn't vote for the deployment, it voted against it", "The Senate supported the deployment", OPPOSITE),
    ("She didn't campaign for Trump, she campaigned against him", "She supported Trump", OPPOSITE),
    ("He did not vote for the bill, he voted against the budget", "He voted against the bill", OPPOSITE),
    ("Prices didn't go up in 2023, they went down in 2024", "Prices went down in 2023", OPPOSITE),
    # review finding 3
    ("L'inflation n'a pas baissé, elle n'a pas bougé", "L'inflation a baissé", OPPOSITE),
    ("L'inflation n'a pas baissé, elle a pas bougé", "L'inflation a baissé", OPPOSITE),
    ("Le Sénat a pas voté, il a refusé de voter", "Le Sénat a voté", OPPOSITE),
    _miss(("Inflation didn't fall, it didn't move", "Inflation fell", OPPOSITE), _MAIN_MISS),
    # review finding 4
    ("Ce n'est pas une surprise, c'est un scandale", "C'est une surprise", OPPOSITE),
    ("Ce n'était pas une surprise, c'était un choc", "C'était une surprise", OPPOSITE),
    ("C'était pas une surprise, c'était prévu", "C'était une surprise", OPPOSITE),
    ("Il n'est pas surprenant, il est ennuyeux", "Il est surprenant", OPPOSITE),
    # review finding 5
    ("Mexico won't just let US troops in", "Mexico will let US troops in", OPPOSITE),
    ("Mexico won't just let US troops in, it'll demand Senate approval", "Mexico will let US troops in", OPPOSITE),
    ("Mexico won't simply accept US troops", "Mexico will accept US troops", OPPOSITE),
    ("The Senate doesn't simply approve deployments", "The Senate approves deployments", OPPOSITE),
    ("You don't just walk into Mexico with troops", "You walk into Mexico with troops", OPPOSITE),
    ("He didn't just arrive, he has been here for hours", "He just arrived", OPPOSITE),
    # review finding 7
    ("It's no surprise that the US refused to send troops", "The US sent troops", OPPOSITE),
    # review finding 8
    ("Le chômage a pas baissé, il faut le dire", "Le chômage a baissé", OPPOSITE),
    # what a "no surprise ... that" frame narrowed to "that" / "que" still got wrong (fixpolar81 tried it, took it back)
    ("It is not surprising that the attack happened", "The attack was surprising", OPPOSITE),
    ("It was not a surprise that the attack happened", "It was a surprise that the attack happened", OPPOSITE),
    ("C'est pas une surprise que le chômage ait pas augmenté", "Le chômage a augmenté", OPPOSITE),
    ("Ce n'est pas étonnant que le Sénat ait refusé de voter", "Le Sénat a voté", OPPOSITE),
    # a denial framed by "no surprise": its two negations cancel (as on main)
    _miss(("It's no surprise that the bill didn't pass", "The bill passed", OPPOSITE), _MAIN_MISS),
]


@pytest.mark.parametrize(("statement", "claim", "expected"), FIXPOLAR81_DENIALS)
def test_a_real_denial_stays_the_opposite(statement: str, claim: str, expected: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


#: "pas à pas", "à pas feutrés": the preposition "à" is no "a" of "a pas" (polar75 read them as denials)
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Le chômage a augmenté pas à pas", "Le chômage a augmenté"),
        ("Le chômage a augmenté pas a pas", "Le chômage a augmenté"),
        (
            "Les soldats américains sont entrés au Mexique à pas feutrés",
            "Les soldats américains sont entrés au Mexique",
        ),
        (
            "Les soldats américains sont entrés au Mexique à pas de loup",
            "Les soldats américains sont entrés au Mexique",
        ),
        ("L'inflation recule à pas comptés", "L'inflation recule"),
        ("À pas de loup, les soldats sont entrés au Mexique", "Les soldats sont entrés au Mexique"),
    ],
)
def test_a_french_step_is_no_denial(statement: str, claim: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (SAME, SAME)


#: a spoken "pas" (no "ne") is no denial in "a pas de loup" / "feutrés" / "comptés" without the accent, nor before
#: "seulement", "que" (not only), "loin" (nearly) or "hésité" (review int1a: each was the opposite)
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Les troupes avancent a pas de loup", "Les troupes avancent"),
        ("Les troupes avancent a pas feutrés", "Les troupes avancent"),
        ("L'inflation recule a pas comptés", "L'inflation recule"),
        (
            "Le gouvernement a pas seulement augmenté les impôts, il a aussi coupé les aides",
            "Le gouvernement a augmenté les impôts",
        ),
        ("Le chômage est pas loin de 10%", "Le chômage est de 10%"),
        ("Macron a pas hésité à augmenter les impôts", "Macron a augmenté les impôts"),
        ("Il y a pas que le chômage qui a augmenté", "Le chômage a augmenté"),
    ],
)
def test_a_spoken_french_pas_before_these_is_no_denial(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME


#: the spoken "pas" still denies where it does: "il y a pas de loup" (there is none), "a pas augmenté"
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Il y a pas de loup dans la forêt", "Il y a des loups dans la forêt"),
        ("Le chômage a pas augmenté", "Le chômage a augmenté"),
    ],
)
def test_a_spoken_french_pas_still_denies(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE


SEALS_CLAIM = "In February 2026 Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces."


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # an aside denying the actor the claim opens with, the denied name said again further on ("Mexican naval
        # special forces"): 'same' on main, where the contrast's name, affirmed elsewhere, denied nothing
        ("Canada, not Mexico, approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_CLAIM),
        ("Canada, rather than Mexico, approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_CLAIM),
        (
            "Canada's Senate, instead of the Mexican Senate, approved 19 US Navy SEALs to train Mexican naval special "
            "forces",
            SEALS_CLAIM,
        ),
        (
            "The US Senate, not Mexico's Senate, approved 19 US Navy SEALs to train Mexican naval special forces",
            SEALS_CLAIM,
        ),
        # the aside's verb past auxiliaries and adverbs alone, further than its first three words: 'same' on main
        (
            "Canada, not Mexico, has now formally approved 19 US Navy SEALs to train Mexican naval special forces",
            SEALS_CLAIM,
        ),
        (
            "Canada, not Mexico, had already unanimously approved 19 US Navy SEALs to train Mexican naval special "
            "forces",
            SEALS_CLAIM,
        ),
        # past a time, "in fact" or "and" between two adverbs too (review-actor82): each 'same' before
        *(
            (
                f"Canada, not Mexico, {before} approved 19 US Navy SEALs to train Mexican naval special forces",
                SEALS_CLAIM,
            )
            for before in (
                "in February 2026 formally",
                "last week formally",
                "has now formally and unanimously",
                "quickly and formally",
                "has in fact",
            )
        ),
        # either way round
        (SEALS_CLAIM, "Canada, not Mexico, approved 19 US Navy SEALs to train Mexican naval special forces"),
        (
            SEALS_CLAIM,
            "Canada, not Mexico, has now formally approved 19 US Navy SEALs to train Mexican naval special forces",
        ),
        ("The US, not Mexico, paid for the wall on the Mexico border", "Mexico paid for the wall on the Mexico border"),
    ],
)
def test_an_aside_denying_the_other_texts_actor_is_the_opposite(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == "opposite"


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # the aside has the claim's actor do it too, or names another actor than the claim's, or another
        # institution of its country
        ("Canada, not just Mexico, approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_CLAIM),
        ("Canada, like Mexico, approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_CLAIM),
        (
            "Canada's Senate, not the US Senate, approved 19 US Navy SEALs to train Mexican naval special forces",
            SEALS_CLAIM,
        ),
        (
            "The US Senate, not Mexico's president, approved 19 US Navy SEALs to train Mexican naval special forces",
            SEALS_CLAIM,
        ),
        ("Mexico's Senate, not Canada's, approved 19 US Navy SEALs to train Mexican naval special forces", SEALS_CLAIM),
        # the denied actor doing the deed too, further on
        (
            "Canada, not Mexico, has now formally approved 19 US Navy SEALs, and Mexico's Senate approved them too",
            SEALS_CLAIM,
        ),
        # the claim's actor is the statement's: the denied name is said elsewhere in the claim, not as its actor
        (
            "The US, not Mexico, will pay for the border wall with Mexico",
            "The US will pay for the border wall with Mexico",
        ),
    ],
)
def test_an_aside_denying_no_actor_of_the_other_text_stays_the_same(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == "same"


@pytest.mark.parametrize(
    "statement",
    [
        # past the aside's auxiliaries, adverbs and times, another verb than the claim's deed, or an adverb of a deed
        # not done ("nearly"): the aside's verb is not the claim's deed, and it denies nothing of it.  'same' is what
        # polarity reads by default, no endorsement: these say something else, so only 'opposite' is ruled out
        "Canada, not Mexico, has now formally asked Mexico's Senate to approve 19 US Navy SEALs to train Mexican naval "
        "special forces",
        "Canada, not Mexico, has now formally requested that 19 US Navy SEALs be approved to train Mexican naval "
        "special forces",
        "Canada, not Mexico, has now nearly approved 19 US Navy SEALs to train Mexican naval special forces",
        # "and" before a verb, not between two adverbs, ends the run: another deed first
        "Canada, not Mexico, quickly and formally asked Mexico's Senate to approve 19 US Navy SEALs to train Mexican "
        "naval special forces",
        "Canada, not Mexico, formally objected and Mexico's Senate approved 19 US Navy SEALs to train Mexican naval "
        "special forces",
        # a time before another verb
        "Canada, not Mexico, in February 2026 asked for 19 US Navy SEALs to be approved to train Mexican naval "
        "special forces",
    ],
)
def test_an_asides_verb_not_the_claims_deed_is_not_read_as_its_opposite(statement: str) -> None:
    assert polarity(statement, SEALS_CLAIM) != "opposite"


def test_a_spanish_aside_denying_the_actor_is_read_once() -> None:
    # its "no" is a negation polarity counts already: a second flip for the aside would read it 'same'
    statement = (
        "El Senado de Canadá, y no el de México, aprobó 19 Navy SEALs para entrenar fuerzas especiales mexicanas"
    )
    claim = "El Senado de México aprobó 19 Navy SEALs para entrenar fuerzas especiales mexicanas"
    assert polarity(statement, claim) == "opposite"


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # the aside's own verb is another deed than the claim's: 'same' on main, shown as the opposite of the TRUE
        # claim by 2c99479 (review-actor74, 1)
        (
            "The US, not Mexico, asked for the training, and Mexico's Senate approved 19 US Navy SEALs in February "
            "2026",
            SEALS_CLAIM,
        ),
        (
            "Washington, not Mexico, requested it; in February 2026 Mexico's Senate approved 19 US Navy SEALs to train "
            "Mexican naval special forces",
            SEALS_CLAIM,
        ),
        (
            '"The US, not Mexico, will pay for it," Trump said, after Mexico\'s Senate approved 19 US Navy SEALs in '
            "February 2026",
            SEALS_CLAIM,
        ),
        (
            "The US, not Mexico, sent the request, which Mexico's Senate approved in February 2026: 19 US Navy SEALs "
            "to train Mexican naval special forces",
            SEALS_CLAIM,
        ),
        (
            "Trump, not Mexico, ordered it; Mexico approved 155 armed US Marines entering the country in spring 2025",
            "Mexico approved 155 armed US Marines entering the country in spring 2025 for a joint training exercise.",
        ),
        (
            "The US, not Mexico, pays for the wall, while Mexico deployed 10,000 of its own troops to the US border in "
            "February 2025",
            "Mexico deployed 10,000 of its own troops to the US border in February 2025.",
        ),
        (
            "Uruguay, not Canada, was the first country to legalise recreational cannabis; Canada legalised it in 2018",
            "Canada legalised recreational cannabis in 2018",
        ),
        (
            "Hungary, not Turkey, was the last to approve Sweden's NATO membership, after Turkey's parliament approved "
            "it in January 2024",
            "Turkey's parliament approved Sweden's NATO membership in January 2024",
        ),
        # the aside's verb is the claim's deed, but the denied actor is said to do it too further on
        (
            "Finland, not Sweden, joined NATO first; Sweden joined NATO in March 2024",
            "Sweden joined NATO in March 2024",
        ),
        # its deed seven words on: shown as the opposite by 2c99479, which looked five words ahead (review-int2c, 3)
        (
            "The US, not Mexico, approved sending them, though Mexico's Senate in February 2026 finally approved 19 US "
            "Navy SEALs",
            SEALS_CLAIM,
        ),
        (
            "The UK, not the US, expelled 23 Russian diplomats; the US expelled 60 Russian diplomats in March 2018",
            "The US expelled 60 Russian diplomats in March 2018",
        ),
        (
            "Germany, not France, sent Leopard tanks, while France sent AMX-10 armoured vehicles to Ukraine in 2023",
            "France sent AMX-10 armoured vehicles to Ukraine in 2023",
        ),
        (
            "The EU, not the US, imposed sanctions first, but the US imposed sanctions on Russia's central bank in "
            "February 2022",
            "The US imposed sanctions on Russia's central bank in February 2022",
        ),
    ],
)
def test_an_aside_of_another_deed_or_whose_actor_does_it_later_stays_the_same(statement: str, claim: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == ("same", "same")


_PHILIPPINES_TREATY = "The US signed a defence treaty with the Philippines in 1951"


# actor97: signing says yes to what a refusal says no to, as "approved" does: each was 'same' on main ("In 1951, Manila
# rejected a defence treaty with the US" shown as the signing at 0.99); "did not reject" was 'opposite'
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        ("In 1951, Manila rejected a defence treaty with the US", _PHILIPPINES_TREATY, OPPOSITE),
        ("The Philippines refused to sign a defence treaty with the US", _PHILIPPINES_TREATY, OPPOSITE),
        ("Biden denied signing the executive order", "Biden signed the executive order", OPPOSITE),
    ],
)
def test_a_refusal_is_the_opposite_of_a_signing(statement: str, claim: str, expected: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


# the refusal judged false by a label or a closing verdict says the signing happened, as "X. That is false." already
# read (review of the integration: the label's "not" was read as a negation of the refusal, which left the signing
# rule unread and the label alone turning the reading round: 'opposite', as main read all four)
@pytest.mark.parametrize(
    "statement",
    [
        "FALSE: In 1951, Manila rejected a defence treaty with the US",
        "It is a myth that Manila rejected a defence treaty with the US in 1951",
        "In 1951, Manila rejected a defence treaty with the US is fake news",
        "In 1951, Manila rejected a defence treaty with the US. That is false.",
    ],
)
def test_a_refusal_of_the_signing_judged_false_agrees_with_the_signing(statement: str) -> None:
    assert (polarity(statement, _PHILIPPINES_TREATY), polarity(_PHILIPPINES_TREATY, statement)) == (SAME, SAME)


# and what it must not change: a signing against a signing, a refusal against a refusal, "sign" and "signs" (as often
# nouns: "signs of recovery") no yes, a refusal of nothing ("declined to comment"); a refusal beside a negation is read
# as on main (``FIXPOLAR81_DENIALS``: "Trump didn't sign the order, he refused to sign it" is one denial)
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Manila signed a defence treaty with the US in 1951", _PHILIPPINES_TREATY),
        ("In 1951, the Philippines and the US signed a defence treaty", _PHILIPPINES_TREATY),
        (
            "The US rejected a defence treaty with the Philippines",
            "The US refused to sign a defence treaty with the Philippines",
        ),
        (
            "The US did not sign a defence treaty with the Philippines",
            "The US refused to sign a defence treaty with the Philippines",
        ),
        ("Economists deny the economy is recovering", "The economy shows signs of recovery"),
        ("The mayor refused to put up new road signs", "Road signs were put up on every street"),
        ("Officials declined to comment on the signed agreement", "Mexico signed the agreement"),
        ("Mexico rejected Trump's offer of troops", "Mexico rejected Trump's offer of troops after a deal was signed"),
    ],
)
def test_a_signing_stays_the_same_where_no_refusal_says_no_to_it(statement: str, claim: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (SAME, SAME)


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Trump didn't sign the order, he refused to sign it", "Trump signed the order"),
        ("The Philippines did not refuse to sign a defence treaty with the US", _PHILIPPINES_TREATY),
        ("Manila never refused a defence treaty with the US", _PHILIPPINES_TREATY),
    ],
)
def test_a_refusal_beside_a_negation_is_read_against_a_signing_as_on_main(statement: str, claim: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (OPPOSITE, OPPOSITE)


# fixactor97 (review of actor97, finding 1): a refusing text that says the signing itself, and a refusal by another
# than the signer (or the party it signs with), deny no signing: each stays 'same', as on main
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        (
            "Trump signed a secret order against cartels that Sheinbaum rejected",
            "Trump signed a secret order against cartels",
        ),
        (
            "Sheinbaum rejected the secret order Trump signed against cartels",
            "Trump signed a secret order against cartels",
        ),
        (
            "Mexico refused the order Trump signed against drug cartels",
            "Trump signed a secret order against drug cartels",
        ),
        (
            "Trump signed an order offering to send the US Army into Mexico",
            "Mexico's president turned down Trump's offer to send the US Army into Mexico to fight cartels.",
        ),
        (
            "Trump signed a memo to send the US Army into Mexico to fight cartels",
            "Mexico's president turned down Trump's offer to send the US Army into Mexico to fight cartels.",
        ),
        ("Messi turned down Barcelona and signed with Inter Miami", "Messi signed with Inter Miami in 2023"),
        ("Biden signed the bill after the House rejected amendments", "Biden signed the bill"),
        ("The court rejected a challenge to the law Newsom signed", "Newsom signed the law in 2023"),
        ("The US Senate rejected the Treaty of Versailles", "Woodrow Wilson signed the Treaty of Versailles in 1919"),
        ("Britain refused to sign the treaty", "France signed the treaty"),
        (
            "WHO rejected Trump's executive order withdrawing the US",
            "Trump signed an executive order withdrawing the US from the WHO",
        ),
    ],
)
def test_a_refusal_by_another_or_beside_the_signing_stays_the_same(statement: str, claim: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (SAME, SAME)


# and what the signer's own refusal still flips (each 'same' on main)
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Australia refused to sign the AUKUS pact", "Australia signed the AUKUS pact with the US and the UK in 2021"),
        ("Canberra rejected the AUKUS pact", "Australia signed the AUKUS pact with the US and the UK in 2021"),
        ("Trump refused to sign an order against drug cartels", "Trump signed a secret order against drug cartels"),
    ],
)
def test_the_signers_own_refusal_is_the_opposite_of_its_signing(statement: str, claim: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (OPPOSITE, OPPOSITE)
