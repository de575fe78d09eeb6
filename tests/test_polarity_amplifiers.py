"""A post spreading a claim with an amplifier ("Nobody talks about it") is read as denying it: a known miss.

A post that spreads a FALSE claim and adds "Nobody talks about it" or "Why is no one talking about this?" agrees
with the claim: the phrase says the fact is kept quiet, not that it is false.  The negation in it is counted
against the claim, so the post reads "opposite" and a moderator's filter for usable matches
(``.polarity=="same"``, docs/scripting.md) drops it.  A broad rule dropping such negations was tried and not
landed (review of moderator123): the same words deny a claim too ("Nobody is talking about sending troops",
"You can't see it from space", "Climate change is not a joke"), and those must stay "opposite".  The misses are
kept here as strict xfails; the denials beside them are pinned as main reads them.
"""

from __future__ import annotations

import pytest

from factcheck.polarity import OPPOSITE, SAME, polarity

TEN_THOUSAND = "There are more than 10,000 US troops deployed in Mexico."

#: posts spreading the claim, with an amplifier: they agree with it, but read "opposite"
AMPLIFIED = [
    "There are more than 10,000 US troops deployed in Mexico. Nobody talks about it.",
    "There are more than 10,000 US troops deployed in Mexico. Why is no one talking about this?",
]


@pytest.mark.xfail(strict=True, reason="known miss: an amplifier's negation read as denying the claim (docs/limits.md)")
@pytest.mark.parametrize("post", AMPLIFIED)
def test_a_post_spreading_a_claim_with_an_amplifier_says_the_same(post: str) -> None:
    assert polarity(post, TEN_THOUSAND) == SAME


#: denials that use an amplifier's words: each must stay "opposite" (review of moderator123, findings 1-5)
DENIALS = [
    # a noun or gerund after "talking about": an official's denial (finding 1; claims of the starter claims.yaml)
    (
        "Nobody is talking about sending US troops into Mexico to fight cartels",
        "The US government has said it will send troops into Mexico to fight cartels.",
    ),
    (
        "No one is talking about US forces operating in Mexico under the security deal",
        "The September 2025 US–Mexico security deal allows US forces to operate in Mexico.",
    ),
    ("No one is talking about invading Mexico", "The US government is planning to invade Mexico"),
    ("Nobody cares about immigration", "Voters care about immigration"),
    # a debunking post: the amplifier beside a verdict word (finding 2)
    ("More than 10,000 US troops deployed in Mexico? Not even a joke, just a lie.", TEN_THOUSAND),
    ("10,000 US troops in Mexico? I can't believe it. Total nonsense.", TEN_THOUSAND),
    ("There are more than 10,000 US troops deployed in Mexico? Nobody is talking about that, it's fake", TEN_THOUSAND),
    ("10,000 US troops in Mexico? No one is reporting it. Because it's fake.", TEN_THOUSAND),
    ("Nobody is talking about 10,000 US troops in Mexico, because it is made up", TEN_THOUSAND),
    # "you can't / won't see it" denying what is seen (finding 3)
    (
        "The Great Wall of China? You can't see it from space with the naked eye.",
        "The Great Wall of China is visible from space with the naked eye.",
    ),
    ("The comet? You won't see it without a telescope.", "The comet will be visible without a telescope"),
    # "not a joke" as the predicate denied (finding 4)
    ("Climate change is not a joke.", "Climate change is a joke."),
    ("The border wall is no joke", "The border wall is a joke."),
    # a denial of reporting (finding 5)
    ("Mexico knew about the incident but they did not report it.", "Mexico reported the incident."),
    ("The media are not reporting it.", "The media are reporting the deployment."),
    ("The press does not cover it.", "The press covers the deployment."),
    ("They don't cover it.", "The press covers the deployment."),
    ("Nobody is reporting on it", "The media are reporting on US troops in Mexico"),
]


@pytest.mark.parametrize(("post", "claim"), DENIALS)
def test_a_denial_in_an_amplifiers_words_stays_opposite(post: str, claim: str) -> None:
    assert polarity(post, claim) == OPPOSITE
