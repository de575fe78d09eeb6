"""factcheck: check statements against a knowledge base of claims already fact-checked.

The library is usable without the command line::

    from factcheck import load_knowledge_base, build_matcher, find_matches

    kb = load_knowledge_base("claims.yaml")
    for match in find_matches(build_matcher(kb), "Ten thousand US soldiers are in Mexico"):
        print(match.score, match.claim.verdict, match.claim.claim)
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import FactcheckError, KnowledgeBaseError, Location, Problem, Severity, UnknownClaimError
from .matching import Match, Matcher, build_matcher, find_matches
from .model import Claim, KnowledgeBase, Publisher, Source, Verdict
from .store import bundled_kb_path, default_kb_path, load_knowledge_base, validate_file

__all__ = [
    "Claim",
    "FactcheckError",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Location",
    "Match",
    "Matcher",
    "Problem",
    "Publisher",
    "Severity",
    "Source",
    "UnknownClaimError",
    "Verdict",
    "__version__",
    "build_matcher",
    "bundled_kb_path",
    "default_kb_path",
    "find_matches",
    "load_knowledge_base",
    "validate_file",
]
