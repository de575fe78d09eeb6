"""``factcheck export``: a knowledge base as ClaimReview JSON-LD, as factcheck's JSON, or as CSV.

``export_text`` renders the claims in one format; ``export_settings`` settles what a ClaimReview
needs beyond the claims (the base of each review's URL, the publishing organisation), from the
command's options first, then the claims file's top-level ``base_url``/``publisher``/``language``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from pathlib import PurePath
from typing import Literal
from urllib.parse import urlsplit

from .choices import enum_choice, synonyms
from .claimreview import ExportSettings, claim_reviews, data_feed
from .csvclaims import csv_text
from .errors import Advice, InputError, shown_name
from .handout import handout_markdown
from .jsontext import dumps
from .model import Claim, KnowledgeBase, Publisher, claims_of
from .validation import LONE_SURROGATE, is_http_url


class ExportFormat(StrEnum):
    """What ``export_text`` writes: ClaimReview JSON-LD, the claims as JSON (as ``list --json`` prints them), CSV,
    or a Markdown handout to read (``handout.py``)."""

    CLAIMREVIEW = "claimreview"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


#: a format's name as ``export_text`` takes it, for type checkers (a typo is caught)
ExportFormatName = Literal["claimreview", "json", "csv", "markdown"]

#: other names of the formats, as a choice's synonyms: named when given ("'jsonld' is not one of ...; did you mean
#: 'claimreview'?"), not taken
EXPORT_FORMAT_NAMES = {
    "json-ld": "claimreview",
    "jsonld": "claimreview",
    **{name: "csv" for name in ("xlsx", "xls", "excel", "ods", "spreadsheet")},
    **{name: "markdown" for name in ("md", "handout")},
}


#: the publisher's settings as ``export_settings`` names them (the command line names its options)
_PUBLISHER_SETTINGS = {"publisher_name": "publisher_name", "publisher_url": "publisher_url"}


def export_settings(
    kb: KnowledgeBase,
    *,
    base_url: str | None = None,
    publisher_name: str | None = None,
    publisher_url: str | None = None,
) -> ExportSettings:
    """Options first, then the claims file's top level; ``InputError`` when no base URL is known
    (a ClaimReview must have a url, and factcheck will not invent a domain); ``TypeError`` for
    arguments of the wrong type."""
    if not isinstance(kb, KnowledgeBase):  # None failed with "'NoneType' object has no attribute 'base_url'"
        raise TypeError(f"export_settings takes a KnowledgeBase (load_knowledge_base(path)), not {type(kb).__name__}")
    for option, value in (("base_url", base_url), ("publisher_name", publisher_name), ("publisher_url", publisher_url)):
        if value is None:
            continue
        if not isinstance(value, str):
            raise TypeError(f"{option} must be text (str) or None, not {type(value).__name__}")
        if LONE_SURROGATE.search(value):
            # Python's stand-ins for bytes that are not UTF-8 on a command line (Latin-1 typed under a UTF-8
            # locale): no file can hold them, and writing the --out file ended in a UnicodeEncodeError
            raise InputError(
                Advice(
                    f"{{{option}}} holds bytes that are not UTF-8 text: set a UTF-8 locale and terminal encoding, "
                    "and type it again",
                    {option: option},
                )
            )
    base = base_url or kb.base_url
    if not base:
        raise InputError(
            Advice(
                "a ClaimReview needs the URL of its fact-check page: give {base_url} (each claim's URL is the "
                "base URL + its id, e.g. https://<your site>/fact-checks/), or add 'base_url:' at the top of {path}",
                {"base_url": "base_url", "path": str(kb.path)},
            )
        )
    if not is_http_url(base):
        raise InputError(f"the base URL {base!r} is not an http(s) URL")
    parts = urlsplit(base)
    if parts.query or parts.fragment or base.endswith(("?", "#")):
        # the claim's id is appended: "https://x.org/checks?lang=en" would give "...?lang=en/<id>"
        raise InputError(
            f"the base URL {base!r} has a query or fragment ('?', '#'); the claim's id is added at its end"
        )
    if publisher_name is not None and not publisher_name.strip():
        raise InputError(
            Advice("{publisher_name} is blank: give the fact-checking organisation's name", _PUBLISHER_SETTINGS)
        )
    name = publisher_name or (kb.publisher.name if kb.publisher else None)
    url = publisher_url or (kb.publisher.url if kb.publisher else None)
    if url and not is_http_url(url):
        raise InputError(f"the publisher URL {url!r} is not an http(s) URL")
    if url and not name:
        raise InputError(
            Advice("{publisher_url} needs {publisher_name} (an organisation is known by its name)", _PUBLISHER_SETTINGS)
        )
    publisher = Publisher(name.strip(), url) if name and name.strip() else None
    return ExportSettings(base_url=base, publisher=publisher, language=kb.language)


def export_text(
    claims: KnowledgeBase | Sequence[Claim],
    fmt: ExportFormat | ExportFormatName,
    settings: ExportSettings | None = None,
    *,
    feed: bool = False,
) -> str:
    """The document, ending with a newline.  ``claims``: a knowledge base (all its claims) or the claims
    chosen (``kb.claims``, a list); ``fmt`` is an ``ExportFormat`` or its name ("csv", in any case);
    ``settings`` (``export_settings``) is needed for ClaimReview only, and ``feed`` (a DataFeed rather
    than a list) means something for it only: ``export_text(kb, "csv")`` is enough for a CSV.
    ``ValueError`` for a format that is none of them (naming them: "'jsn' is not one of ...; did you mean
    'json'?"), for a format that is no text (None: a ``TypeError`` too), or for ClaimReview without
    settings; ``TypeError`` for claims given as anything else (a file's name, dicts)."""
    # export_text(kb, "json") raised "'KnowledgeBase' object is not iterable", and a list of dicts an
    # AttributeError ("'dict' object has no attribute 'to_dict'")
    claims = claims_of(claims, "export_text")
    fmt = enum_choice(ExportFormat, fmt, "fmt", synonyms(EXPORT_FORMAT_NAMES))
    if fmt is ExportFormat.CSV:
        return csv_text(claims)
    if fmt is ExportFormat.JSON:
        return _json([c.to_dict() for c in claims])
    if fmt is ExportFormat.MARKDOWN:
        return handout_markdown(claims)
    if settings is None:
        raise ValueError("a ClaimReview export needs its settings (see export_settings)")
    return _json_ld(data_feed(claims, settings) if feed else claim_reviews(claims, settings))


#: what a file's name says it holds, among the formats export writes ("x.tsv" is none of them); a spreadsheet's
#: own formats are apart
_NAMED_AS = {".csv": ExportFormat.CSV, ".json": ExportFormat.JSON, ".md": ExportFormat.MARKDOWN}
_NAMED_AS |= {suffix: ExportFormat.CLAIMREVIEW for suffix in (".jsonld", ".json-ld", ".jsonl")}
_SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers")


def out_name_warning(out: PurePath, fmt: ExportFormat) -> str | None:
    """What the ``--out`` file's name says against the format written, or None.

    ``export -o claims.csv`` without ``--format csv`` wrote JSON-LD that a spreadsheet shows as lines of
    braces (or stopped at the base URL ClaimReview needs, with no word of --format), and ``--format csv
    -o claims.xlsx`` a file Excel refuses to open ("the file format or file extension is not valid"),
    both with no word said.  The file is still written as asked: JSON and JSON-LD are both JSON, so only
    a name that says CSV, or a spreadsheet's own file, is held against JSON."""
    suffix = out.suffix.casefold()
    name = shown_name(out)
    writes = f"--format {fmt.value}{' (the default)' if fmt is ExportFormat.CLAIMREVIEW else ''} writes"
    if suffix in _SPREADSHEET_SUFFIXES:
        kind = _KIND[fmt]
        instead = _NAMED_INSTEAD.get(fmt, ".json, or use --format csv and .csv for a spreadsheet")
        return (
            f"{name} is named as a spreadsheet's own file ({suffix}), but {writes} {kind} text, which a spreadsheet "
            f"refuses or questions under that name; name it {instead}"
        )
    named = _NAMED_AS.get(suffix)
    if named is None or _KIND[named] == _KIND[fmt]:
        return None
    return f"{name} is named as {_KIND[named]}, but {writes} {_KIND[fmt]}: {_WRITES_IT[named]}"


#: what each format writes, as a file's name says it: JSON-LD is JSON
_KIND = {
    ExportFormat.CLAIMREVIEW: "JSON",
    ExportFormat.JSON: "JSON",
    ExportFormat.CSV: "CSV",
    ExportFormat.MARKDOWN: "Markdown",
}
_WRITES_IT = {
    ExportFormat.CSV: "--format csv writes CSV",
    ExportFormat.JSON: "--format json (or claimreview) writes JSON",
    ExportFormat.MARKDOWN: "--format markdown writes Markdown",
}
#: the name to give a format's file in the place of a spreadsheet's (JSON's: ``out_name_warning``)
_NAMED_INSTEAD = {ExportFormat.CSV: ".csv", ExportFormat.MARKDOWN: ".md"}


#: "<", ">" and "&" escaped: JSON-LD is pasted into a page's <script> element, where a claim holding
#: "</script>" would end it (and let what follows run as HTML). Still the same JSON values.
_HTML_SAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}
#: any of them: replaced where they are, not by ``str.translate``, which looks up every character (0.5 to
#: 0.9 s of an ``export`` of 10,375 claims, 7 MB of JSON)
_HTML_UNSAFE = re.compile("[<>&]")


def _json(data: object) -> str:
    return dumps(data, indent=2) + "\n"


def _json_ld(data: object) -> str:
    """JSON for a page's ``<script type="application/ld+json">``: safe to paste there as it is."""
    return _HTML_UNSAFE.sub(_html_safe, dumps(data, indent=2)) + "\n"


def _html_safe(found: re.Match[str]) -> str:
    return _HTML_SAFE[found.group()]
