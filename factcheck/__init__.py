"""factcheck: check statements against a knowledge base of claims already fact-checked.

The library is usable without the command line::

    from factcheck import load_knowledge_base, build_matcher, find_matches

    kb = load_knowledge_base("claims.yaml")
    for match in find_matches(build_matcher(kb), "Ten thousand US soldiers are in Mexico"):
        print(match.score, match.claim.verdict, match.claim.claim)

The names below are imported when first used (PEP 562), so that ``import factcheck`` (which the
``factcheck`` command does before anything else) loads nothing it does not need: a Ctrl-C in
the command's first moments then ends it quietly (``__main__.run``) instead of in a traceback.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .errors import FactcheckError, KnowledgeBaseError, Location, Problem, Severity, UnknownClaimError
    from .matching import Match, Matcher, build_matcher, find_matches
    from .model import Claim, KnowledgeBase, Publisher, Source, Verdict
    from .store import bundled_kb_path, default_kb_path, load_knowledge_base, validate_file

#: each public name and the module it lives in
_HOMES = {
    **dict.fromkeys(
        ("FactcheckError", "KnowledgeBaseError", "Location", "Problem", "Severity", "UnknownClaimError"), "errors"
    ),
    **dict.fromkeys(("Match", "Matcher", "build_matcher", "find_matches"), "matching"),
    **dict.fromkeys(("Claim", "KnowledgeBase", "Publisher", "Source", "Verdict"), "model"),
    **dict.fromkeys(("bundled_kb_path", "default_kb_path", "load_knowledge_base", "validate_file"), "store"),
}

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value  # once imported, an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
