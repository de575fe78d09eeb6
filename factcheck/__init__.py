"""factcheck: check statements against a knowledge base of claims already fact-checked.

The library is usable without the command line (it imports neither Typer nor Rich)::

    from factcheck import load_knowledge_base, build_matcher, find_matches

    kb = load_knowledge_base("claims.yaml")
    for match in find_matches(build_matcher(kb), "Ten thousand US soldiers are in Mexico"):
        print(match.score, match.claim.verdict, match.claim.claim)

What each command does has its function here: ``check`` is ``find_matches`` (for many
statements, ``find_matches_for_each``), ``scan`` is ``scan_article`` (on ``read_article(path)`` or
``parse_article(text)``), ``add``/``edit``/``remove`` are ``add_claims``/``update_claim``/
``remove_claim`` (the same locked, validated, atomic write that keeps comments and order),
``export`` is ``export_settings`` + ``export_text``, ``import`` is ``read_import_source`` +
``import_file``, ``validate`` is ``validate_file``.  Every error they report is a
``FactcheckError``; docs/python.md, "Using factcheck from Python", shows them together.

The names below are imported when first used (PEP 562), so that ``import factcheck`` (which the
``factcheck`` command does before anything else) loads nothing it does not need: a Ctrl-C in
the command's first moments then ends it quietly (``__main__.run``) instead of in a traceback.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .article import Article, InputFormat, parse_article, read_article
    from .claimreview import ExportSettings
    from .differences import Differences
    from .editing import (
        DuplicateClaimError,
        EditResult,
        InvalidClaimError,
        InvalidEditError,
        NearDuplicateError,
        add_claims,
        remove_claim,
        update_claim,
    )
    from .embedding import SemanticUnavailableError
    from .errors import (
        Advice,
        FactcheckError,
        InputError,
        KnowledgeBaseError,
        Location,
        Problem,
        Severity,
        UnknownClaimError,
    )
    from .exporting import ExportFormat, export_settings, export_text
    from .importformats import InputShape
    from .importing import ImportReport, InvalidImportError, Skipped, import_file, read_import_source
    from .matching import (
        Match,
        Matcher,
        SemanticFallbackWarning,
        build_matcher,
        find_matches,
        find_matches_for_each,
    )
    from .model import Claim, KnowledgeBase, Publisher, Source, Verdict
    from .offsets import Offsets
    from .ratings import RatingMap, load_rating_map
    from .safewrite import WriteError
    from .scan import ScanReport, ScanSummary, Selection, SentenceResult, Status, scan_article
    from .store import bundled_kb_path, default_kb_path, load_knowledge_base, validate_file

#: each public name and the module it lives in
_HOMES = {
    **dict.fromkeys(("Claim", "KnowledgeBase", "Publisher", "Source", "Verdict"), "model"),
    **dict.fromkeys(
        (
            "Advice",
            "FactcheckError",
            "InputError",
            "KnowledgeBaseError",
            "Location",
            "Problem",
            "Severity",
            "UnknownClaimError",
        ),
        "errors",
    ),
    # reading a claims file, and validate
    **dict.fromkeys(("bundled_kb_path", "default_kb_path", "load_knowledge_base", "validate_file"), "store"),
    # check
    **dict.fromkeys(
        ("Match", "Matcher", "SemanticFallbackWarning", "build_matcher", "find_matches", "find_matches_for_each"),
        "matching",
    ),
    "Differences": "differences",  # what Match.differences is, for code that annotates it
    "SemanticUnavailableError": "embedding",  # that module loads numpy: only when the name is asked for
    # scan
    **dict.fromkeys(("Article", "InputFormat", "parse_article", "read_article"), "article"),
    **dict.fromkeys(("ScanReport", "ScanSummary", "Selection", "SentenceResult", "Status", "scan_article"), "scan"),
    "Offsets": "offsets",  # where a scanned sentence is in the text (SentenceResult.offsets)
    # add, edit, remove (and import): the one safe write path
    **dict.fromkeys(("add_claims", "update_claim", "remove_claim", "EditResult"), "editing"),
    **dict.fromkeys(("DuplicateClaimError", "InvalidClaimError", "InvalidEditError", "NearDuplicateError"), "editing"),
    "WriteError": "safewrite",  # another process holds the file's lock, or it changed meanwhile
    # export, import
    **dict.fromkeys(("ExportFormat", "export_settings", "export_text"), "exporting"),
    "ExportSettings": "claimreview",  # what export_settings returns, for code that annotates it
    **dict.fromkeys(
        ("ImportReport", "InvalidImportError", "Skipped", "import_file", "read_import_source"), "importing"
    ),
    "InputShape": "importformats",  # what ImportReport.shape is
    **dict.fromkeys(("RatingMap", "load_rating_map"), "ratings"),
}

__all__ = [
    "Advice",
    "Article",
    "Claim",
    "Differences",
    "DuplicateClaimError",
    "EditResult",
    "ExportFormat",
    "ExportSettings",
    "FactcheckError",
    "ImportReport",
    "InputError",
    "InputFormat",
    "InputShape",
    "InvalidClaimError",
    "InvalidEditError",
    "InvalidImportError",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Location",
    "Match",
    "Matcher",
    "NearDuplicateError",
    "Offsets",
    "Problem",
    "Publisher",
    "RatingMap",
    "ScanReport",
    "ScanSummary",
    "Selection",
    "SemanticFallbackWarning",
    "SemanticUnavailableError",
    "SentenceResult",
    "Severity",
    "Skipped",
    "Source",
    "Status",
    "UnknownClaimError",
    "Verdict",
    "WriteError",
    "__version__",
    "add_claims",
    "build_matcher",
    "bundled_kb_path",
    "default_kb_path",
    "export_settings",
    "export_text",
    "find_matches",
    "find_matches_for_each",
    "import_file",
    "load_knowledge_base",
    "load_rating_map",
    "parse_article",
    "read_article",
    "read_import_source",
    "remove_claim",
    "scan_article",
    "update_claim",
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
