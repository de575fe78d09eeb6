"""The matcher interface: one statement in, the closest fact-checks out, each with a score.

Every matcher returns candidates best first with a score in [0, 1] that means the same across
queries (so one threshold decides "match" vs "no match"); ``find_matches`` applies that
threshold.  The lexical matcher lives in ``lexical.py``; others plug in behind ``Matcher``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from .model import Claim, KnowledgeBase


@dataclass(frozen=True)
class Match:
    claim: Claim
    score: float  # calibrated: comparable across queries, in [0, 1]

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of one match (part of the documented ``check --json`` contract)."""
        data: dict[str, Any] = {
            "id": self.claim.id,
            "claim": self.claim.claim,
            "verdict": self.claim.verdict.value,
            "score": round(self.score, 4),
            "summary": self.claim.summary,
            "sources": [s.to_dict() for s in self.claim.sources],
        }
        return data


@runtime_checkable
class Matcher(Protocol):
    """What ``check``, ``scan`` and the benchmark need from a matcher."""

    name: str
    #: scores at or above this are matches; below it the matcher stays silent
    threshold: float

    def search(self, query: str, top: int = 5) -> list[Match]:
        """The ``top`` best candidates for ``query``, best first, whatever their score."""
        ...


def find_matches(matcher: Matcher, query: str, *, top: int = 3, min_score: float | None = None) -> list[Match]:
    """The matches for ``query`` that clear the threshold (``min_score`` overrides it)."""
    threshold = matcher.threshold if min_score is None else min_score
    return [m for m in matcher.search(query, top=top) if m.score >= threshold]


def build_matcher(kb: KnowledgeBase | Sequence[Claim]) -> Matcher:
    """The default matcher for a knowledge base."""
    from .lexical import LexicalMatcher

    claims = kb.claims if isinstance(kb, KnowledgeBase) else tuple(kb)
    return LexicalMatcher(claims)


#: a claim whose text scores this high against another claim is reported as a near-duplicate
NEAR_DUPLICATE_SCORE = 0.9


def near_duplicates(
    matcher: Matcher, claim: Claim, *, min_score: float = NEAR_DUPLICATE_SCORE
) -> list[tuple[Claim, float]]:
    """Other claims that say nearly the same as ``claim``'s text (for validate and add)."""
    return [
        (m.claim, m.score)
        for m in matcher.search(claim.claim, top=5)
        if m.claim.id != claim.id and m.score >= min_score
    ]
