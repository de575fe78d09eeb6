"""Fact-checks about one couple, for the tests of crowds and twins: each resembles any statement about them."""

from __future__ import annotations

from factcheck.model import Claim, Verdict

EVENTS = (
    "wore matching coats made of dog fur",
    "bought a ranch in Wyoming",
    "met the president at the White House",
    "named their baby after a country",
    "were robbed in Paris",
    "endorsed a candidate for governor",
    "sold their house in Calabasas",
    "skipped the Met Gala",
    "launched a perfume together",
)


def _claim(claim_id: str, text: str) -> Claim:
    return Claim(id=claim_id, claim=text, verdict=Verdict.FALSE)


#: nine fact-checks on other stories about the couple: the crowd the right one must stand out of
COUPLE = [_claim(f"k{i}", f"Kim Kardashian and Kanye West {event}.") for i, event in enumerate(EVENTS)]
DIVORCE = _claim("divorce", "Kim Kardashian and Kanye West announced that they were divorcing.")
#: the same claim again (same terms: another fact-checker's copy), a twin of DIVORCE
DIVORCE_AGAIN = _claim("divorce-again", "Kim Kardashian and Kanye West announced they were divorcing!")
