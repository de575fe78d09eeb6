"""A verdict that is a sentence of its own closing a statement ("X. That is false.", "X. This is not true.", "X.
Fake.") says the opposite of what X says (polar98): the writer quotes a claim and calls it false, as a headline's
"FALSE: X" does.  Each row both ways round; the first rows were read otherwise on main, the rest as on main."""

from pathlib import Path

import pytest

from factcheck import polarity as polarity_module
from factcheck.lexical import LexicalMatcher
from factcheck.polarity import OPPOSITE, SAME, polarity
from factcheck.store import load_knowledge_base

_SEALS = "In February 2026 Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces."
_SEALS_ALIAS = "Mexico approved 19 US Navy SEALs to enter the country in 2026"
_OFFER = "Mexico's president turned down Trump's offer to send the US Army into Mexico to fight cartels."
_TROOPS = "There are US troops in Mexico."

#: read otherwise on main: the verdict sentence was the word "false" (no negation), "That is not true" / "That isn't
#: fake news" one more negation counted among X's, a subject-less "False." dropped where X held under half the claim's
#: terms
CHANGED = [
    # the brief's case: the correction X quotes says that Mexico approved them; calling it false says they did not
    ("Mexico didn't refuse the SEALs, they approved them. That is false.", _SEALS, OPPOSITE),
    ("Mexico didn't refuse the SEALs, they approved them. That is false.", _SEALS_ALIAS, OPPOSITE),
    ("Mexico didn't refuse the SEALs, they approved them. False.", _SEALS_ALIAS, OPPOSITE),
    ("Mexico didn't refuse the SEALs, they approved them. That is fake news!", _SEALS_ALIAS, OPPOSITE),
    ("Mexico didn't approve the SEALs, they refused them. That is false.", _SEALS_ALIAS, SAME),
    ("Mexico approved the SEALs. That is false.", _SEALS_ALIAS, OPPOSITE),
    ("Mexico refused the SEALs. That is false.", _SEALS_ALIAS, SAME),
    ("Mexico refused the SEALs. That's a lie.", _SEALS_ALIAS, SAME),
    ("Sheinbaum accepted Trump's offer to send the US Army into Mexico. That is false.", _OFFER, SAME),
    ("Some say there are no US troops in Mexico. That is false.", _TROOPS, SAME),
    ("There are no US troops in Mexico. That's a lie.", _TROOPS, SAME),
    ("There are US troops in Mexico. That is false.", _TROOPS, OPPOSITE),
    ("Remember that US troops are in Mexico. That is false.", _TROOPS, OPPOSITE),
    ("US troops are in Mexico. That was debunked.", _TROOPS, OPPOSITE),
    (
        "There are more than 10,000 US troops deployed in Mexico. That is false.",
        "There are more than 10,000 US troops deployed in Mexico.",
        OPPOSITE,
    ),
    (
        "The Mérida Initiative sent US troops to Mexico. That's a myth.",
        "The Mérida Initiative sent US troops to Mexico.",
        OPPOSITE,
    ),
    # a denied verdict affirms X: "not" was counted as X's negation
    ("Mexico approved the SEALs. That isn't fake news.", _SEALS_ALIAS, SAME),
    ("Mexico approved the SEALs. That's not false.", _SEALS_ALIAS, SAME),
    ("No US troops are in Mexico. That is not false.", _TROOPS, OPPOSITE),
]

#: as on main: the verdict sentences that counted as a negation already, "true", a verdict that is no sentence of its
#: own ("X, that's false"; opening the text, "That's false. X", it points at what X answers), a longer text (which
#: sentence "that" judges is not told), X holding a verdict of its own, and sentences that judge nothing
KEPT = [
    ("Mexico didn't refuse the SEALs, they approved them.", _SEALS_ALIAS, SAME),
    ("Mexico didn't refuse the SEALs, they approved them. That's not true.", _SEALS_ALIAS, OPPOSITE),
    ("Sheinbaum accepted Trump's offer to send the US Army into Mexico. That's true.", _OFFER, OPPOSITE),
    ("There are US troops in Mexico. This is not true.", _TROOPS, OPPOSITE),
    ("There are US troops in Mexico. Not true.", _TROOPS, OPPOSITE),
    ("There are US troops in Mexico. Fake news!", _TROOPS, OPPOSITE),
    ("US troops in Mexico. False.", _TROOPS, OPPOSITE),
    ("US troops are in Mexico. It's true.", _TROOPS, SAME),
    ("There are US troops in Mexico. True.", _TROOPS, SAME),
    ("US troops are in Mexico, that's fake news", _TROOPS, SAME),
    ("That's false. US troops are in Mexico.", _TROOPS, SAME),
    ("That's false, US troops are in Mexico", _TROOPS, SAME),
    ("FALSE: Mexico approved the SEALs. That's a lie.", _SEALS_ALIAS, OPPOSITE),
    ("It is false that there are US troops in Mexico. That's a lie.", _TROOPS, OPPOSITE),
    ("Some say US troops in Mexico is fake news. That is false.", _TROOPS, SAME),
    ("Trump says US troops are in Mexico. Sheinbaum says that is false.", _TROOPS, SAME),
    ("There are US troops in Mexico. That is a fact.", _TROOPS, SAME),
    ("There are US troops in Mexico. That is why Sheinbaum is angry.", _TROOPS, SAME),
    ("Troops? Fake.", _TROOPS, SAME),
    # an incredulous question is no verdict (fixpolar98: review finding 9)
    ("There are US troops in Mexico. That is false?", _TROOPS, SAME),
]

#: a place in a list opening either text: read alike whichever side it is on (fixpolar98: the claim side kept "1." as a
#: sentence of its own, so the verdict was read one way round only)
LISTED = [
    ("1. Mexico approved the SEALs. That is false.", "Mexico approved the SEALs", OPPOSITE),
    ("(2/3) Mexico approved the SEALs. That is false.", "Mexico approved the SEALs", OPPOSITE),
    ("1. Mexico refused the SEALs. That is false.", "Mexico approved the SEALs", SAME),
    ("1. Mexico approved the SEALs.", "Mexico approved the SEALs", SAME),
]


#: "it" / "this" closing a text that shares something points at the thing shared, not at the sentence (fixpolar98: each
#: read 'opposite' on the branch before this fix, 'same' on main): only "that" and a subject-less verdict judge it
ITEM_JUDGED = [
    (
        "Trump posted a video of US troops in Mexico. It was fake.",
        "Trump posted a video of US troops in Mexico",
        SAME,
    ),
    (
        "Sheinbaum showed a letter from the Senate. It was a hoax.",
        "Sheinbaum showed a letter from the Senate",
        SAME,
    ),
    (
        "CNN aired a report on US troops in Mexico. It was debunked.",
        "CNN aired a report on US troops in Mexico",
        SAME,
    ),
    (
        "Fox News ran a story about 10,000 troops. It was false.",
        "Fox News ran a story about 10,000 troops",
        SAME,
    ),
    (
        "Sheinbaum shared a photo of US troops in Sinaloa. This is fake.",
        "Sheinbaum shared a photo of US troops in Sinaloa",
        SAME,
    ),
]


@pytest.mark.parametrize(("statement", "claim", "expected"), CHANGED + KEPT + ITEM_JUDGED + LISTED)
def test_a_verdict_sentence_closing_a_statement_says_the_opposite_of_it(
    statement: str, claim: str, expected: str
) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


#: X read alone as agreeing with the claim where it does not (another actor, antonyms polarity does not know): turned
#: round, the misreading becomes a confident 'opposite' (each 'same' on main, right by chance: the verdict was the word
#: "false"; "FALSE: X" is read so on main too).  The rule's cost, in docs/limits.md
X_MISREAD = [
    ("The earth is round. That is false.", "The earth is flat"),
    ("Trump won the 2020 election. That is false.", "Joe Biden won the 2020 election"),
    ("Vaccines are safe. That's a lie.", "Vaccines are dangerous"),
    ("The bill passed. That is false.", "The bill failed"),
    ("Unemployment went down in 2024. That is a lie.", "Unemployment went up in 2024"),
    ("Violent crime in Riverton fell in 2023. That is false.", "Violent crime in Riverton increased sharply in 2023."),
]


@pytest.mark.xfail(strict=True, reason="known cost: X's misreading turned round (docs/limits.md)")
@pytest.mark.parametrize(("statement", "claim"), X_MISREAD)
def test_a_verdict_sentence_after_an_x_misread_as_agreeing(statement: str, claim: str) -> None:
    # "The earth is round" is false: the earth is not round, which says nothing against "the earth is flat"
    assert (polarity(statement, claim), polarity(claim, statement)) == (SAME, SAME)


@pytest.mark.xfail(strict=True, reason="known miss, as on main: the verdict after two sentences is not read")
def test_a_verdict_sentence_after_a_report_judges_the_report() -> None:
    # "that" points at the sentence just before it: "some say they refused" is false, so Mexico approved them; read as
    # the word "false" among the rest it is one flip more (fixpolar98: review finding 5)
    statement = "Mexico approved the SEALs. Some say they refused. That is false."
    assert (polarity(statement, _SEALS_ALIAS), polarity(_SEALS_ALIAS, statement)) == (SAME, SAME)


@pytest.mark.parametrize(
    "statement",
    [
        # not a sentence of its own, or not the last, or not one that judges: the rule reads none of them (whatever
        # polarity then makes of them, as on main)
        "US troops are in Mexico, that's false.",
        "There are US troops in Mexico. This is false, Sheinbaum said.",
        "There are US troops in Mexico. Is that false?",
        "There are US troops in Mexico. That is false?",
        "There are US troops in Mexico. That is false, says Sheinbaum.",
        "There are US troops in Mexico. The rumour that they left is false.",
        "US troops are in Mexico. Mexico denies it. That is false.",  # which sentence it judges is not told
        "Troops. That is false.",  # fewer than three words judged
        "Myth: US troops are in Mexico. That's a lie.",  # a verdict of X's own
        "US troops in Mexico is a hoax. That is false.",
        # "it" / "this" as often point at a thing X names as at X (``ITEM_JUDGED``); after an X naming none they judge
        # it (polar107: tests/test_verdict_sentence_pronouns_and_spanish.py)
        "Trump posted a video of US troops in Mexico. It was fake.",
        "Sheinbaum shared a photo of US troops in Sinaloa. This is fake.",
    ],
)
def test_these_are_no_verdict_sentence(statement: str) -> None:
    assert polarity_module._judged_by_a_verdict_sentence(statement) == (statement, False)


def test_the_brief_statement_gets_the_note_against_the_starter_claim() -> None:
    # what `factcheck check` shows: the SEALs claim first, with "your statement says the opposite"
    matcher = LexicalMatcher(load_knowledge_base(Path(__file__).parent.parent / "claims.yaml").claims, use_cache=False)
    for statement, expected in [
        ("Mexico didn't refuse the SEALs, they approved them. That is false.", OPPOSITE),
        ("Mexico didn't refuse the SEALs, they approved them.", SAME),
        ("FALSE: Mexico didn't refuse the SEALs, they approved them.", OPPOSITE),
    ]:
        best = matcher.search(statement, top=1)[0]
        assert (best.claim.id, best.polarity) == ("feb-2026-senate-approves-19-navy-seals", expected)
