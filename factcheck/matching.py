"""The matcher interface: one statement in, the closest fact-checks out, each with a score.

Every matcher returns candidates best first with a score in [0, 1] that means the same across
queries: the calibrated probability that the candidate is the fact-check the statement refers
to (``calibration.py``), so one threshold decides "match" vs "no match"; ``find_matches``
applies it.  The lexical matcher lives in ``lexical.py``; others plug in behind ``Matcher``.

This module stays light (no numpy): ``import factcheck`` loads it.
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
    #: "same", "opposite" (the statement negates or inverts the claim), or None when not assessed
    polarity: str | None = None

    @property
    def is_opposite(self) -> bool:
        return self.polarity == "opposite"

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of one match (part of the documented ``check --json`` contract).

        ``{"id", "claim", "verdict", "score", "summary", "sources", "polarity"}``.  ``score`` is
        the calibrated probability (4 decimals).  ``polarity`` is ``"same"`` when the statement
        says what the claim says, ``"opposite"`` when it says the contrary ("There are no US
        troops in Mexico" against "There are US troops in Mexico"): the verdict then applies to
        the claim as worded, not to the statement; ``null`` when the matcher did not assess it.
        """
        data: dict[str, Any] = {
            "id": self.claim.id,
            "claim": self.claim.claim,
            "verdict": self.claim.verdict.value,
            "score": round(self.score, 4),
            "summary": self.claim.summary,
            "sources": [s.to_dict() for s in self.claim.sources],
            "polarity": self.polarity,
        }
        return data


@runtime_checkable
class Matcher(Protocol):
    """What ``check``, ``scan``, ``add`` and the benchmark need from a matcher."""

    name: str
    #: scores at or above this are matches; below it the matcher stays silent
    threshold: float

    def search(self, query: str, top: int = 5) -> list[Match]:
        """The ``top`` best candidates for ``query``, best first, whatever their score.

        A matcher may also take ``exclude`` (a collection of claim ids to treat as absent from
        the knowledge base: a claim is not its own near-duplicate; the benchmark removes the
        right answer to measure false matches).  ``LexicalMatcher`` does.
        """
        ...


def _supports_exclude(matcher: Matcher) -> bool:
    import inspect

    try:
        return "exclude" in inspect.signature(matcher.search).parameters
    except (TypeError, ValueError):
        return False


def find_matches(matcher: Matcher, query: str, *, top: int = 3, min_score: float | None = None) -> list[Match]:
    """The matches for ``query`` that clear the threshold (``min_score`` overrides it)."""
    threshold = matcher.threshold if min_score is None else min_score
    return [m for m in matcher.search(query, top=top) if m.score >= threshold]


def build_matcher(kb: KnowledgeBase | Sequence[Claim], *, use_cache: bool = True) -> Matcher:
    """The default matcher for a knowledge base.

    Its index is cached per knowledge-base content (see ``cache.py``); ``use_cache=False``
    builds it afresh and writes nothing.
    """
    from .lexical import LexicalMatcher

    claims = kb.claims if isinstance(kb, KnowledgeBase) else tuple(kb)
    return LexicalMatcher(claims, use_cache=use_cache)


#: a claim whose wording is this similar to another claim's is reported as a near-duplicate
NEAR_DUPLICATE_SCORE = 0.9


def near_duplicates(
    matcher: Matcher, claim: Claim, *, min_score: float = NEAR_DUPLICATE_SCORE
) -> list[tuple[Claim, float]]:
    """Other claims that say nearly the same as ``claim``'s text (for validate and add).

    A matcher that can measure similarity of wording (``similar_claims``, as the lexical one
    does) is asked for it: the calibrated match score answers another question ("is this the
    fact-check the statement refers to?") and is high for claims on the same event that differ
    in a number.  Otherwise the match score is used.  ``claim`` itself is never reported.
    """
    similar_claims = getattr(matcher, "similar_claims", None)
    if callable(similar_claims):
        found: list[tuple[Claim, float]] = similar_claims(claim.claim, min_similarity=min_score, exclude=(claim.id,))
    elif _supports_exclude(matcher):
        found = [(m.claim, m.score) for m in matcher.search(claim.claim, top=5, exclude=(claim.id,))]  # type: ignore[call-arg]
    else:
        found = [(m.claim, m.score) for m in matcher.search(claim.claim, top=6)]
    return [(other, score) for other, score in found if other.id != claim.id and score >= min_score]
