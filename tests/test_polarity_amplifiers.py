"""A post that spreads a claim and says nobody talks about it agrees with the claim (moderator123's walkthrough).

Posts that spread a claim add what amplifies it: "Nobody is talking about it", "The media won't tell you", "You
won't see this on CNN", "Not a joke", "I can't believe it".  Each negation was counted against the claim, so the
post was marked as saying the opposite of the FALSE claim it spreads, and a moderator's filter for usable matches
(``.polarity=="same"``, docs/scripting.md) dropped exactly these posts.  Such a phrase says that the fact is kept
quiet or real, never that it is false.  And a question closed by "or not" or "yes or no" without its question mark
("Are U.S. troops deployed in Mexico or not") asks, as it does with one: it was shown as a confident FALSE match
saying the opposite.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.polarity import OPPOSITE, SAME, polarity

TEN_THOUSAND = "There are more than 10,000 US troops deployed in Mexico."
SAID = "There are more than 10,000 US troops deployed in Mexico"

#: each was 'opposite' of the claim it spreads
AMPLIFIED = [
    f"{SAID}. Nobody talks about it.",
    f"{SAID} and nobody is talking about it",
    f"{SAID}. Why is no one talking about this?",
    f"{SAID}. No one is reporting this.",
    f"{SAID}. The media won't tell you.",
    f"{SAID}. The mainstream media will not tell you this!",
    f"{SAID}. You won't see this on CNN.",
    f"{SAID}. You won’t hear about it on the news 🙄",
    f"{SAID}. Not a joke.",
    f"{SAID}. This is no joke.",
    f"{SAID}. I can't believe it.",
    f"{SAID}. Can't make this up.",
    f"Thread 🧵\n1/ {SAID}.\n2/ Nobody talks about it.",
    "Nobody is talking about the 10,000 US troops in Mexico",
]

#: a question asked without its question mark; each was 'opposite'
ASKED = [
    "Are U.S. troops deployed in Mexico or not",
    "Are there more than 10,000 US troops in Mexico or not 🤔",
    "Are there more than 10,000 US troops in Mexico or not!!",
    "More than 10,000 US troops in Mexico, yes or no?",
    "Yes or no: are there more than 10,000 US troops in Mexico?",
]

#: what the rules must not read past: a denial of the claim's own, a verdict, a disbelief of what others think
STILL_OPPOSITE = [
    "There are no US troops in Mexico. Nobody is talking about it.",  # it was 'same'
    f"{SAID}. That is not true.",
    f"{SAID}. Not true.",
    "Nobody sent 10,000 US troops to Mexico.",
    "No one has deployed more than 10,000 US troops in Mexico.",
    "No one reported more than 10,000 US troops deployed in Mexico",
    "I can't believe anyone thinks there are 10,000 US troops in Mexico",
    "I don't believe there are more than 10,000 US troops in Mexico",
    "There are not more than 10,000 US troops in Mexico, and nobody is talking about it",
    "Are there no US troops in Mexico or not",  # its own negation still counts (it was 'same')
    "Whether or not anyone says so, there are not 10,000 US troops in Mexico",
]


@pytest.mark.parametrize("statement", AMPLIFIED)
def test_a_phrase_that_amplifies_a_claim_denies_nothing(statement: str) -> None:
    assert polarity(statement, TEN_THOUSAND) == SAME


@pytest.mark.parametrize("statement", ASKED)
def test_or_not_and_yes_or_no_ask_without_a_question_mark(statement: str) -> None:
    assert polarity(statement, TEN_THOUSAND) == SAME


@pytest.mark.parametrize("statement", STILL_OPPOSITE)
def test_a_denial_beside_such_a_phrase_still_counts(statement: str) -> None:
    assert polarity(statement, TEN_THOUSAND) == OPPOSITE


@pytest.mark.xfail(strict=True, reason="two negations of one fact cancel: the counter cannot tell they are one")
def test_a_denial_said_twice_beside_such_a_phrase() -> None:
    # it was 'opposite' only because "nobody" was counted as a third negation
    post = "There are no US troops in Mexico. Nobody is talking about it because it is not happening."
    assert polarity(post, TEN_THOUSAND) == OPPOSITE


@pytest.mark.parametrize(
    "statement",
    [
        "There are US troops in Mexico.",
        "Are there US troops in Mexico or not?",
        "Did anyone see US troops in Mexico?",
        "The media reported US troops in Mexico.",
        "You will see US troops in Mexico soon.",
        "It is a joke that there are US troops in Mexico",  # no negation to read past
    ],
)
def test_statements_without_such_a_phrase_read_as_before(statement: str) -> None:
    assert polarity(statement, "There are US troops in Mexico.") == SAME


def test_a_moderators_filter_keeps_the_posts_that_spread_the_false_claim(
    invoke: Callable[..., Result], starter_kb: Path
) -> None:
    # the usable matches, as docs/scripting.md selects them: a match, the same polarity, no differences
    posts = "\n".join([*AMPLIFIED[:9], ASKED[0]]) + "\n"
    result = invoke("check", "-", "--kb", str(starter_kb), "--top", "1", input=posts)
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == 10
    for answer in answers[:9]:
        best = answer["matches"][0]
        assert best["id"] == "us-troops-in-mexico-10000", answer["query"]
        assert (best["strength"], best["polarity"]) == ("match", "same"), answer["query"]
    asked = answers[9]["matches"][0]
    assert asked["polarity"] == "same"
