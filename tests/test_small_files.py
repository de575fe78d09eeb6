"""Matching on a user's own small file (tests/fixtures/small_kb.yaml), where every word looks rare and a short alias
makes one shared word most of a wording: a statement sharing only a claim's subject, a word or a name, and saying
something else of it is no match (``short_statements._rests_on_its_subject``).  The statements, with the claim each
should find or "-" for none, are in tests/fixtures/small_kb_statements.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest
from statement_sets import tsv_cases

from factcheck.lexical import SUBSTITUTION_CAP, LexicalMatcher
from factcheck.model import Claim, Verdict
from factcheck.short_statements import _rests_on_its_subject
from factcheck.store import load_knowledge_base
from factcheck.substitution import analyse

FIXTURES = Path(__file__).parent / "fixtures"
SMALL_KB = FIXTURES / "small_kb.yaml"
STATEMENTS = FIXTURES / "small_kb_statements.tsv"
HOW_MUCH = "How much did Congress spend on the Merida Initiative?"


@pytest.fixture(scope="module")
def small() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(SMALL_KB).claims, use_cache=False)


@pytest.mark.parametrize(("expected", "statement"), tsv_cases(STATEMENTS, "ok"))
def test_a_small_file_answers_typed_statements(small: LexicalMatcher, expected: str, statement: str) -> None:
    # "La tortilla es rica." was shown "La tortilla cuesta 10 pesos el kilo" (0.85) by its alias "Precio de la
    # tortilla", "Tortillas are tasty." the English claim (0.58), "Bill Gates said AI is very important" "Bill Gates
    # is a billionaire" (0.89)
    found = small.search(statement)
    shown = [match.claim.id for match in found if match.score >= small.threshold]
    if expected == "-":
        assert shown == [], [(m.claim.id, round(m.score, 3)) for m in found]
    else:
        assert expected in shown, [(m.claim.id, round(m.score, 3)) for m in found]


def test_a_post_keeps_what_its_hashtags_share() -> None:
    # a post's hashtags are no words of its own, and often what it shares with a fact-check: the rule is for typed
    # statements (CheckThat! train posts such as "... #PumpkinSpice Charmin anytime soon" lost their right match)
    claims = [
        Claim(id="charmin", claim="Charmin is launching a pumpkin spice toilet paper.", verdict=Verdict.FALSE),
        Claim(id="moon", claim="The moon landing was faked.", verdict=Verdict.FALSE),
    ]
    matcher = LexicalMatcher(claims, use_cache=False)
    post = "You will not be seeing #PumpkinSpice Charmin anytime soon. #StopTheMadness"
    typed = "You will not be seeing Charmin anytime soon."
    assert matcher.search(typed, top=1)[0].score <= SUBSTITUTION_CAP
    assert matcher.search(post, top=1)[0].score > SUBSTITUTION_CAP


@pytest.mark.parametrize(
    ("statement", "claim", "summary", "expected"),
    [
        ("Tortillas are tasty.", "Tortillas cost 10 pesos a kilo", None, True),  # one word shared
        ("Bill Gates said AI is very important", "Bill Gates is a billionaire.", None, True),  # a name alone
        ("Bill Gates", "Bill Gates is a billionaire.", None, False),  # the subject alone: a search
        ("Bill Gates has billions", "Bill Gates is a billionaire.", None, False),  # another form of its word
        ("Bill Gates is rich", "Bill Gates is a billionaire.", "He is rich.", False),  # what the summary says
        # "spend", a form of the claim's "spent", is shared with the names: more than names
        (HOW_MUCH, "Congress spent $3.5 billion on the Merida Initiative.", None, False),
        # a Spanish stem ("tortill") is shared with an English wording's "tortilla", and the number
        ("El kilo de tortilla ya cuesta 10 pesos", "Tortillas cost 10 pesos a kilo", None, False),
        ("Troops are at the border", "Mexico sent troops to the border", None, False),  # more than one word, no names
    ],
)
def test_a_statement_resting_on_the_claims_subject(
    statement: str, claim: str, summary: str | None, expected: bool
) -> None:
    assert _rests_on_its_subject(analyse(statement), [analyse(claim)], summary) is expected
