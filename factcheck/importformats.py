"""Recognising an import file and reading every claim in it (``factcheck import``).

``parse_import`` takes the file's bytes and returns its shape, the claims read from it and a
problem for each record that could not be read, naming its place (``claims[3].claimReview[0].url``,
jq-style, counting from 0).  Shapes, recognised from the content (never from the file name):

- factcheck's own claims file (YAML), read and validated by the claims-file reader itself;
- JSON: factcheck's own claims (``factcheck list --json``, ``export --format json``, or an object
  with ``claims``), ClaimReview JSON-LD (one object, a list, an ``@graph``, a ``DataFeed``, a page's
  ``mainEntity``, or JSON Lines), or a Google Fact Check Tools response (``claims`` with
  ``text``/``claimReview``, or ``results[].claim`` from ``claims:imageSearch``; several response
  pages as JSON Lines or a list);
- CSV with a header naming ``claim`` and ``verdict``: claims as ``export --format csv`` writes
  them (``csvclaims.py``), validated like a claims file;
- an HTML page (a fact-check article saved from the web): the ClaimReviews of the JSON-LD in its
  ``<script type="application/ld+json">`` elements, places starting ``script[2]`` (the third such
  script).  Other markup (XML) is refused.

What makes a record a claim is ``claimreview.py``'s business; choosing ids, verdicts and what is a
duplicate is ``importing.py``'s.  Hostile input is bounded: the caller limits the size, and JSON is
read strictly (``strictjson.py``: nested deeper than ``MAX_JSON_DEPTH`` levels, a key given twice,
NaN/Infinity or an overlong number are refused).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from .claimreview import (
    ImportedClaim,
    Note,
    RecordError,
    as_list,
    json_kind,
    language_tag,
    read_claim_review,
    read_google_claim,
    type_names,
)
from .errors import Advice, InputError, KnowledgeBaseError, Location, Problem, Severity
from .inputfiles import decode_text
from .model import repeated_claim_fix
from .strictjson import MAX_JSON_DEPTH as MAX_JSON_DEPTH  # the depth limit, where an import's reader looks
from .strictjson import JsonError, JsonLines, load_json, relaxed, value_lines

if TYPE_CHECKING:
    from .model import Publisher
    from .ratings import RatingMap
    from .yamltree import Mapping, Node


class InputShape(StrEnum):
    """The kind of file ``import_file`` recognised (``ImportReport.shape``; ``description`` words it)."""

    CLAIMREVIEW = "claimreview"  # schema.org ClaimReview JSON-LD (object, list, @graph, JSON Lines)
    DATA_FEED = "datafeed"  # a schema.org DataFeed of ClaimReviews (Data Commons)
    HTML = "html"  # ClaimReview JSON-LD in the scripts of an HTML page
    GOOGLE = "google"  # a Google Fact Check Tools claims:search response
    FACTCHECK = "factcheck"  # factcheck's own claims, as YAML or JSON
    CSV = "csv"  # factcheck's claims as CSV (export --format csv, or a spreadsheet with its columns)
    EMPTY = "empty"  # nothing in it to import

    @property
    def description(self) -> str:
        """What the shape is, in words ("Google Fact Check Tools response"), as ``import`` names it."""
        return _SHAPE_DESCRIPTIONS[self]


_SHAPE_DESCRIPTIONS = {
    InputShape.CLAIMREVIEW: "ClaimReview JSON-LD",
    InputShape.DATA_FEED: "ClaimReview DataFeed",
    InputShape.HTML: "ClaimReview JSON-LD in an HTML page",
    InputShape.GOOGLE: "Google Fact Check Tools response",
    InputShape.FACTCHECK: "factcheck claims",
    InputShape.CSV: "factcheck claims as CSV",
    InputShape.EMPTY: "nothing to import",
}


@dataclass(frozen=True)
class ParsedImport:
    shape: InputShape
    claims: tuple[ImportedClaim, ...]
    problems: tuple[Problem, ...]  # records that could not be read (each names its place)
    #: what was left out without refusing anything (warnings naming their place)
    notes: tuple[Problem, ...] = ()
    #: where in the file the record at a place is (``claims[0]``: its line, when known), for a
    #: problem found with a claim read (``importing.py``: a text too long) to name it as the others
    locate: Callable[[str], Location] | None = field(default=None, compare=False, repr=False)
    #: the ClaimReview settings of a factcheck claims file read (its 'publisher:' and 'base_url:'), which a claims
    #: file the import creates takes, as it takes its language; None for every other shape, which has none
    publisher: Publisher | None = None
    base_url: str | None = None


# ---------------------------------------------------------------------------------------------
# Import: factcheck's own JSON (a list of claims as ``factcheck list --json`` prints them)


def read_factcheck_json(entries: list[Any], name: str) -> tuple[list[ImportedClaim], list[Problem]]:
    """Validated exactly as a claims file would be, by the same code (``validation.py``)."""
    from .yamltree import Mapping, Scalar, Sequence

    # one claim a line (`factcheck list --json | jq -c '.[]'`): each problem names its claim's line
    lines = entries.lines if isinstance(entries, JsonLines) else [0] * len(entries)
    claims = Sequence([_node(entry, line) for entry, line in zip(entries, lines, strict=True)], 0, 0)
    return _validated(Mapping([(Scalar("claims", "str", 0, 0), claims)]), name)


def _node(value: Any, line: int = 0) -> Any:
    """Plain (JSON) values as the YAML reader's nodes, placed at ``line`` (0: unknown), so that
    every check and message of the claims-file reader is shared."""
    from .yamltree import Mapping, Scalar, Sequence

    if isinstance(value, dict):
        return Mapping([(Scalar(str(k), "str", line, 0), _node(v, line)) for k, v in value.items()], line, 0)
    if isinstance(value, list):
        return Sequence([_node(v, line) for v in value], line, 0)
    if isinstance(value, bool):
        return Scalar(str(value).lower(), "bool", line, 0)
    if value is None:
        return Scalar("", "null", line, 0)
    if isinstance(value, (int, float)):
        return Scalar(str(value), "int" if isinstance(value, int) else "float", line, 0)
    return Scalar(str(value), "str", line, 0)


def _validated(root: Any, name: str) -> tuple[list[ImportedClaim], list[Problem]]:
    from .validation import build_knowledge_base

    kb, problems = build_knowledge_base(root, name, whole_claims_only=True)
    language = language_tag(kb.language)
    claims = [ImportedClaim(f"claim {c.id!r}", c, exact=True, language=language) for c in kb.claims]
    return claims, [p for p in problems if p.is_error]


def read_csv_claims(text: str, name: str, delimiter: str, rating_map: RatingMap | None = None) -> ParsedImport:
    """The rows of a CSV file (``csvclaims.py``), validated as the claims of a claims file; a
    publisher's rating in the verdict column is mapped through ``rating_map``."""
    from .csvclaims import read_csv_rows
    from .yamltree import Mapping, Scalar, Sequence

    rows = read_csv_rows(text, name, delimiter, rating_map)
    entries = Sequence([_node(row.entry, row.line) for row in rows], 1, 0)
    claims, problems = _validated(Mapping([(Scalar("claims", "str", 1, 0), entries)], 1, 0), name)
    made = {row.entry["id"] for row in rows if row.id_made}
    claims = [dataclasses.replace(c, id_made=True) if c.claim.id in made else c for c in claims]
    shape = InputShape.CSV if claims or problems else InputShape.EMPTY
    return ParsedImport(shape, tuple(claims), tuple(problems))


# ---------------------------------------------------------------------------------------------
# Import: recognising the shape


class ShapeError(Exception):
    """The whole file is unusable (not JSON, not a shape factcheck knows)."""


@dataclass(frozen=True)
class OtherNode:
    """A JSON-LD node of another type among ClaimReviews (a ``WebPage`` in a list or a feed item):
    not a broken record, so not refused, but counted in the report rather than dropped unsaid."""

    types: tuple[str, ...]


def _is_claim_review(node: Any) -> bool:
    return "ClaimReview" in type_names(node)


def _place(prefix: str, step: str) -> str:
    """``[0]`` + ``@graph[1]``: ``[0].@graph[1]``; ``[0]`` + ``[2]``: ``[0][2]``; ``""`` + ``[2]``: ``[2]``."""
    return prefix + step if not prefix or step.startswith("[") else f"{prefix}.{step}"


@dataclass
class _JsonLd:
    """What a JSON-LD document holds, as ``_collect`` finds it."""

    records: list[tuple[str, Any]] = field(default_factory=list)  # (place, node), in document order
    feed: bool = False  # some come from a DataFeed
    graph: bool = False  # it has an @graph
    types: list[str] = field(default_factory=list)  # of the other nodes looked into (said for a page without any)

    @property
    def has_claim_review(self) -> bool:
        return any(_is_claim_review(node) for _, node in self.records)


#: The nodes a ClaimReview is looked for in, and nowhere deeper: a page's JSON-LD holds much else
#: (its publisher, breadcrumbs, images, authors ...), none of it a fact-check, and a ClaimReview
#: found deep inside something else is more likely quoted than published.  These are where
#: publishers and their CMSs put them:
#: - the document itself, or each item of a top-level list (several documents pasted together);
#: - the nodes of its "@graph" (Yoast and other CMSs give a page's JSON-LD as one @graph);
#: - a DataFeed's dataFeedElement[].item[] (the Data Commons feed), alone or as an @graph node;
#: - the "mainEntity" and "hasPart" of the document or of an @graph node: a fact-check page (a
#:   WebPage, an Article ...) names its ClaimReview as its main entity, or as parts when it checks
#:   several claims.
_PARTS = ("mainEntity", "hasPart")


#: the place of a record that is the whole document
_WHOLE_DOCUMENT = "the ClaimReview"


def _collect(node: dict[str, Any], place: str, found: _JsonLd, *, in_graph: bool = False) -> None:
    """The records of a JSON-LD node (see ``_PARTS``) added to ``found``."""
    if _is_claim_review(node):
        found.records.append((place or _WHOLE_DOCUMENT, node))
        return
    if "dataFeedElement" in node or "DataFeed" in type_names(node):
        found.feed = True
        found.types.append("DataFeed")
        found.records += _feed_records(node, place)
        return
    found.types += sorted(type_names(node))
    if "@graph" in node and not in_graph:
        found.graph = True
        for i, member in enumerate(as_list(node.get("@graph"))):
            where = _place(place, f"@graph[{i}]")
            if _misspelt_claim_review(member):
                found.records.append((where, member))
            elif isinstance(member, dict):
                _collect(member, where, found, in_graph=True)
    for key in _PARTS:
        value = node.get(key)
        for i, part in enumerate(as_list(value)):
            if _is_claim_review(part) or _misspelt_claim_review(part):
                found.records.append((_place(place, f"{key}[{i}]" if isinstance(value, list) else key), part))


def _feed_records(feed: dict[str, Any], place: str) -> list[tuple[str, Any]]:
    # Every element and item is a record, ClaimReview or not: a feed is a list of fact-checks,
    # so an item that is not one (no "@type", "Claimreview", junk) is reported, not dropped;
    # one typed as something else (a WebPage) is counted in the notes.
    found: list[tuple[str, Any]] = []
    for i, element in enumerate(as_list(feed.get("dataFeedElement"))):
        where = _place(place, f"dataFeedElement[{i}]")
        items = as_list(element.get("item")) if isinstance(element, dict) else []
        if _is_claim_review(element):
            found.append((where, element))
        elif not items:
            # A DataFeedItem without item marks a deleted entry (schema.org): counted, not refused.
            found.append((where, _other_or_record(element)))
        else:
            found += [(f"{where}.item[{j}]", _other_or_record(it)) for j, it in enumerate(items)]
    return found


def _once(records: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """The records with each ClaimReview node once.  JSON-LD names a node by its "@id", so a page may
    give one review as its WebPage's mainEntity and again in its @graph, or in two scripts: in full
    each time, or in one place as a reference (only "@id" and "@type").  Two nodes with one "@id" but
    different content are both kept (the import then skips a repeated fact-check URL or text)."""

    def node_id(node: Any) -> str | None:
        value = node.get("@id") if _is_claim_review(node) else None
        return value if isinstance(value, str) and value else None

    def is_reference(node: dict[str, Any]) -> bool:
        return set(node) <= {"@id", "@type", "@context"}

    in_full = {node_id(node) for _, node in records if node_id(node) and not is_reference(node)}
    seen: set[tuple[str, str]] = set()
    kept: list[tuple[str, Any]] = []
    for place, node in records:
        identifier = node_id(node)
        if identifier is not None:
            if is_reference(node) and identifier in in_full:
                continue
            content = json.dumps({k: v for k, v in node.items() if k != "@context"}, sort_keys=True)
            if (identifier, content) in seen:
                continue
            seen.add((identifier, content))
        kept.append((place, node))
    return kept


def _claim_review_nodes(document: Any, prefix: str) -> tuple[InputShape, list[tuple[str, Any]]] | None:
    """The ClaimReviews of a JSON-LD object with their places, or None if it is not JSON-LD."""
    if not isinstance(document, dict):
        return None
    found = _JsonLd()
    _collect(document, prefix, found)
    if found.has_claim_review:
        return (InputShape.DATA_FEED if found.feed else InputShape.CLAIMREVIEW), found.records
    if found.feed:
        raise ShapeError("a DataFeed without any ClaimReview in it")
    if found.graph:
        raise ShapeError("a JSON-LD @graph without any ClaimReview in it")
    return None


def _misspelt_claim_review(node: Any) -> bool:
    """``"@type": "Claimreview"``: meant as a ClaimReview (types are case-sensitive), so a broken record."""
    return any(name.casefold() == "claimreview" for name in type_names(node)) and not _is_claim_review(node)


def _looks_like_factcheck_claim(node: Any) -> bool:
    return isinstance(node, dict) and "verdict" in node


def _looks_like_google_claim(node: Any) -> bool:
    return isinstance(node, dict) and ("claimReview" in node or ("text" in node and "verdict" not in node))


def detect_shape(document: Any) -> tuple[InputShape, list[tuple[str, Any]]]:
    """What a parsed JSON document is, and its records (place, value); ``ShapeError`` if unknown.

    Records are returned as found, good or bad: ``read_records`` says what is wrong with each.
    """
    if document == [] or _is_empty_page(document):
        return InputShape.EMPTY, []
    if isinstance(document, dict):
        shape, records = _object_shape(document)
    elif isinstance(document, list):
        shape, records = _list_shape(document)
        if isinstance(document, JsonLines):
            records = [(_on_line(place, document.lines), node) for place, node in records]
    else:
        raise ShapeError(f"JSON {json_kind(document)}, not an object or a list")
    return shape, (_once(records) if shape in (InputShape.CLAIMREVIEW, InputShape.DATA_FEED) else records)


#: the place of a top-level item of a list (``[2]``, ``[2].claims[0]``), as ``_list_shape`` names it
_ITEM_PLACE = re.compile(r"\[(\d+)\]\.?")


def _on_line(place: str, lines: list[int]) -> str:
    """The place of a record of a JSON Lines file named by the line it is on (``line 5``, ``claims[0] on line
    1``), not by its index among the documents (``[2]``, ``[0].claims[0]``), which skips blank lines and counts
    from 0: its reader looks for the line."""
    item = _ITEM_PLACE.match(place)
    if item is None:
        return place
    line, rest = lines[int(item.group(1))], place[item.end() :]
    return f"{rest} on line {line}" if rest else f"line {line}"


def _item(document: list[Any], index: int) -> str:
    """How a message names a list's item: by its line in JSON Lines (``_on_line``), else its index."""
    place = f"[{index}]"
    return _on_line(place, document.lines) if isinstance(document, JsonLines) else place


def _is_empty_page(document: Any) -> bool:
    """``{}``, ``{"claims": []}``, or a Google response page without claims (``nextPageToken`` only)."""
    return (
        isinstance(document, dict)
        and set(document) <= {"claims", "nextPageToken"}
        and document.get("claims") in (None, [])
    )


def _google_page_records(document: Any, prefix: str = "") -> list[tuple[str, Any]] | None:
    """The claims of one Google Fact Check Tools response page (``claims`` from ``claims:search``,
    ``results[].claim`` from ``claims:imageSearch``) with their places, or None if it is none."""
    if not isinstance(document, dict):
        return None
    claims = document.get("claims")
    if isinstance(claims, list) and any(_looks_like_google_claim(n) for n in claims):
        return [(f"{prefix}claims[{i}]", n) for i, n in enumerate(claims)]
    results = document.get("results")
    if isinstance(results, list) and any(isinstance(r, dict) and "claim" in r for r in results):
        return [
            (f"{prefix}results[{i}].claim", r.get("claim") if isinstance(r, dict) else r) for i, r in enumerate(results)
        ]
    return None


def _object_shape(document: dict[str, Any]) -> tuple[InputShape, list[tuple[str, Any]]]:
    found = _claim_review_nodes(document, "")
    if found is not None:
        return found
    page = _google_page_records(document)
    if page is not None:
        return InputShape.GOOGLE, page
    claims = document.get("claims")
    if isinstance(claims, list):
        if any(_looks_like_factcheck_claim(n) for n in claims):
            return InputShape.FACTCHECK, [("claims", claims)]
        raise ShapeError(
            "its 'claims' are neither Google Fact Check Tools claims (text, claimReview) "
            "nor factcheck claims (id, claim, verdict)"
        )
    failed = _api_error(document)
    if failed is not None:
        raise ShapeError(f"an error response from the API, not fact-checks ({failed}): the request failed")
    keys = ", ".join(repr(k) for k in list(document)[:6])
    raise ShapeError(
        f"an object with keys {keys}: not a ClaimReview, a DataFeed, a Google Fact Check Tools response "
        '("claims": [...]) nor factcheck claims'
    )


def _api_error(document: dict[str, Any]) -> str | None:
    """What a Google API error body says (``{"error": {"code": 403, "message": "API key not valid...",
    "status": "PERMISSION_DENIED"}}``), or None for another object.  A script that saves what
    ``claims:search`` answered without looking at the HTTP status saves this for a bad key or quota:
    "an object with keys 'error'" sent its reader looking at the file's format."""
    error = document.get("error") if set(document) == {"error"} else None
    if not isinstance(error, dict) or not isinstance(error.get("message"), str):
        return None
    said = " ".join(str(error[key])[:40] for key in ("code", "status") if isinstance(error.get(key), (str, int)))
    message: str = error["message"]
    if len(message) > _API_MESSAGE_CHARS:
        message = message[: _API_MESSAGE_CHARS - 1] + "…"
    return f"{said}: {message}" if said else message


#: the most of an API error's message an import error quotes (a body may carry pages of details)
_API_MESSAGE_CHARS = 300


def _other_or_record(node: Any) -> Any:
    """A node typed as something else (a WebPage) as an ``OtherNode``; anything else as a record,
    whose reading says what is wrong (no "@type", "Claimreview", not an object)."""
    if isinstance(node, dict) and type_names(node) and not _is_claim_review(node) and not _misspelt_claim_review(node):
        return OtherNode(tuple(sorted(type_names(node))))
    return node


def _list_shape(document: list[Any]) -> tuple[InputShape, list[tuple[str, Any]]]:
    shapes: list[InputShape] = []
    records: list[tuple[str, Any]] = []
    for i, node in enumerate(document):
        inner = _claim_review_nodes(node, f"[{i}]")
        if inner is not None:
            shapes.append(inner[0])
            records += inner[1]
        else:
            records.append((f"[{i}]", _other_or_record(node)))
    if shapes:
        return (InputShape.DATA_FEED if InputShape.DATA_FEED in shapes else InputShape.CLAIMREVIEW), records
    if any(_looks_like_factcheck_claim(n) for n in document):
        return InputShape.FACTCHECK, [("", document)]
    if any(isinstance(n, dict) and "claimReview" in n for n in document):
        # The claims of a Google response without their wrapper (what `jq .claims` prints).
        return InputShape.GOOGLE, [(f"[{i}]", n) for i, n in enumerate(document)]
    pages = [_google_page_records(n, f"[{i}].") for i, n in enumerate(document)]
    if any(pages) and all(p is not None or _is_empty_page(n) for p, n in zip(pages, document, strict=True)):
        # Google response pages one after the other (pageToken: a JSON Lines file, one response
        # a line, or a list of them): the claims of every page, in order.
        return InputShape.GOOGLE, [record for page in pages for record in page or []]
    for i, node in enumerate(document):
        failed = _api_error(node) if isinstance(node, dict) else None
        if failed is not None:  # a page of a paged search whose request failed (a quota met half-way)
            raise ShapeError(
                f"{_item(document, i)} is an error response from the API, not fact-checks ({failed}): "
                "that page's request failed"
            )
    raise ShapeError(
        'a list, but neither of ClaimReviews ("@type": "ClaimReview"), of Google Fact Check Tools claims '
        "(text, claimReview) nor of factcheck claims"
    )


# ---------------------------------------------------------------------------------------------
# Import: nodes named by their "@id"


def _is_reference(node: Any) -> bool:
    """``{"@id": "https://example.org/#org"}`` (a type may be said too): a node given elsewhere."""
    return isinstance(node, dict) and isinstance(node.get("@id"), str) and set(node) <= {"@id", "@type", "@context"}


def node_definitions(documents: Iterable[Any]) -> dict[str, dict[str, Any]]:
    """Every node the documents give in full with an "@id", by that id (the first, if given twice).

    A page's JSON-LD often says a thing once and names it elsewhere by its "@id": Yoast and other
    CMSs give the site's Organization as one @graph node and a review's ``author`` as
    ``{"@id": "https://example.org/#organization"}``; the ``Claim`` reviewed may be a node of its own.
    """
    definitions: dict[str, dict[str, Any]] = {}
    stack: list[Any] = list(documents)
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            identifier = value.get("@id")
            if isinstance(identifier, str) and not _is_reference(value):
                definitions.setdefault(identifier, value)
            stack.extend(reversed(list(value.values())))
    return definitions


#: How far below a ClaimReview a reference is followed: what the reader looks at is at most two
#: nodes down (``itemReviewed`` -> its ``author``; ``citation`` -> its ``publisher``).
_REFERENCE_LEVELS = 2


class _References:
    """A ClaimReview with the references in it (and in what they name) replaced by the nodes named."""

    def __init__(self, definitions: dict[str, dict[str, Any]]) -> None:
        self.definitions = definitions
        # Each node named is resolved once per level, however many reviews name it (a feed of
        # thousands naming one Organization); and a node naming itself cannot loop.
        self.resolved: dict[tuple[str, int], dict[str, Any]] = {}

    def node(self, node: dict[str, Any], levels: int = _REFERENCE_LEVELS) -> dict[str, Any]:
        resolved: dict[str, Any] = {}
        for key, value in node.items():
            if key.startswith("@"):
                resolved[key] = value
            elif isinstance(value, list):
                resolved[key] = [self._value(item, levels) for item in value]
            else:
                resolved[key] = self._value(value, levels)
        return resolved

    def _value(self, value: Any, levels: int) -> Any:
        if not isinstance(value, dict):
            return value
        if _is_reference(value):
            identifier = value["@id"]
            named = self.definitions.get(identifier)
            if named is None:
                return value
            if levels <= 1:
                return named
            key = (identifier, levels)
            if key not in self.resolved:
                self.resolved[key] = named  # while it is being resolved: a node naming itself stops here
                self.resolved[key] = self.node(named, levels - 1)
            return self.resolved[key]
        return self.node(value, levels - 1) if levels > 1 else value


def read_records(
    shape: InputShape,
    records: list[tuple[str, Any]],
    name: str,
    locate: Callable[[str], Location] | None = None,
    definitions: dict[str, dict[str, Any]] | None = None,
    *,
    locate_notes: bool = True,
) -> ParsedImport:
    """Every record as a claim, or a problem naming its place; the caller decides what to do with them.

    ``locate`` gives the location of a problem with the record at a place (by default the file), and
    of a note unless ``locate_notes`` is false (a JSON file's: a note's line is shown nowhere, and
    finding it is a second reading of the file);
    ``definitions``, the nodes of the file named by their "@id" (``node_definitions``), are read
    where a ClaimReview names one (its ``author``, its ``itemReviewed`` ...).
    """
    where = locate or (lambda _place: Location(name))
    if shape is InputShape.FACTCHECK:
        claims, problems = read_factcheck_json(records[0][1], name)
        return ParsedImport(shape, tuple(claims), tuple(problems))
    reader = read_google_claim if shape is InputShape.GOOGLE else read_claim_review
    references = _References(definitions) if definitions and reader is read_claim_review else None
    imported: list[ImportedClaim] = []
    found: list[Problem] = []
    others: list[str] = []
    for origin, record in records:
        if isinstance(record, OtherNode):
            others.append(f"{origin} ({', '.join(record.types) or 'no type'})")
            continue
        try:
            if not isinstance(record, dict):
                raise RecordError(f"must be an object, not {json_kind(record)}")
            if reader is read_claim_review and not _is_claim_review(record):
                raise RecordError(f"is not a ClaimReview ({_type_shown(record)})")
            imported.append(reader(references.node(record) if references else record, origin))
        except RecordError as exc:
            found.append(Problem(where(origin), f"{origin}: {exc}"))
    if shape is not InputShape.GOOGLE:
        imported, repeated = _repeated_ids(imported, where)
        found += repeated
    where_noted = where if locate_notes else (lambda _place: Location(name))
    notes = [_record_note(where_noted(c.origin), c.origin, note) for c in imported for note in c.notes]
    if others:
        shown = ", ".join(others[:MAX_PLACES_SHOWN]) + (" ..." if len(others) > MAX_PLACES_SHOWN else "")
        notes.insert(0, _note(name, f"skipped {_not_claim_reviews(len(others))}: {shown}"))
    return ParsedImport(shape, tuple(imported), tuple(found), tuple(notes), where)


#: at most this many places are named in a note (then "...")
MAX_PLACES_SHOWN = 5


def _not_claim_reviews(count: int) -> str:
    return "1 item that is not a ClaimReview" if count == 1 else f"{count} items that are not ClaimReviews"


def _type_shown(record: dict[str, Any]) -> str:
    types = [t for t in as_list(record.get("@type")) if isinstance(t, str)]
    if not types:
        return 'no "@type": "ClaimReview"'
    return '"@type": ' + ", ".join(json.dumps(t, ensure_ascii=False) for t in types[:3])


def _note(name: str, message: str) -> Problem:
    return Problem(Location(name), message, Severity.WARNING)


def _record_note(location: Location, origin: str, note: Note) -> Problem:
    """A record's note, after its place ("claims[0]: ..."); advice stays advice (``Problem.worded_for``)."""
    if isinstance(note, Advice):
        return Problem.advising(location, note.prefixed(f"{origin}: "), Severity.WARNING)
    return Problem(location, f"{origin}: {note}", Severity.WARNING)


def _repeated_ids(
    claims: list[ImportedClaim], where: Callable[[str], Location]
) -> tuple[list[ImportedClaim], list[Problem]]:
    """``claims`` without each of factcheck's own records whose id an earlier one has for another claim, and the
    error of each, with what to do as ``validate`` words it (``repeated_claim_fix``): the record is left out, as a
    claims file's entry of a repeated id is, where it was said to be "left out" by --skip-invalid yet added under
    the id 'x-2'.  The same record again (a page's ``mainEntity`` and its ``@graph``, one script twice) is kept:
    the import skips it as a duplicate, as it does another publisher's (``importing.ImportPlan.duplicate``)."""
    first: dict[str, ImportedClaim] = {}
    kept: list[ImportedClaim] = []
    problems: list[Problem] = []
    for imported in claims:
        claim_id = imported.claim.id
        earlier = first.get(claim_id) if imported.exact else None
        if earlier is None or earlier.claim == imported.claim:
            kept.append(imported)
            if imported.exact:
                first.setdefault(claim_id, imported)
            continue
        fix = repeated_claim_fix(earlier.claim, imported.claim)
        message = f"{imported.origin}: id {claim_id!r} repeats {earlier.origin}: {fix}"
        problems.append(Problem(where(imported.origin), message))
    return kept, problems


# ---------------------------------------------------------------------------------------------
# An HTML page

#: at most this many types are named in the message for a page without ClaimReviews (then "...")
MAX_TYPES_SHOWN = 8
_SCRIPT_PLACE = re.compile(r"script\[(\d+)\]")
# What pages wrap a script's JSON in, from the days when browsers did not know <script>: an HTML
# comment, or a CDATA section (XHTML) inside a JavaScript comment.  Blanked, not cut, so that
# JSON errors keep their lines and columns.
_WRAPPER_START = re.compile(r"\s*(?:<!--|(?://|/\*)?[ \t]*<!\[CDATA\[(?:[ \t]*\*/)?)")
_WRAPPER_END = re.compile(r"(?:(?://[ \t]*)?-->|(?://|/\*)?[ \t]*\]\]>(?:[ \t]*\*/)?)\s*\Z")


def _blank(text: str) -> str:
    return re.sub(r"[^\r\n]", " ", text)


def _unwrapped(content: str) -> str:
    """A script's content without the ``<!--``/``-->`` or ``//<![CDATA[``/``//]]>`` around its JSON."""
    for _ in range(2):  # a comment around CDATA, or CDATA around a comment
        start = _WRAPPER_START.match(content)
        if start is not None:
            content = _blank(start.group()) + content[start.end() :]
        trimmed = content.rstrip()
        end = _WRAPPER_END.search(trimmed, max(len(trimmed) - 40, 0))
        if end is not None:
            content = trimmed[: end.start()] + _blank(content[end.start() :])
    return content


def _read_html_page(text: str, name: str) -> ParsedImport:
    """The ClaimReviews of the JSON-LD scripts of an HTML page; ``InputError`` when it has none, or
    when the markup is not an HTML page.

    Each script is read on its own: one that is not valid JSON, even without its comments and
    trailing commas (``_load_script``), is a problem (``script[1] (line 40): not valid JSON ...``)
    and does not stop the others from being read; scripts without
    ClaimReviews (a site's Organization, its BreadcrumbList) are ignored.
    """
    from .htmltext import first_element, is_html_page, json_ld_scripts

    if not is_html_page(text):
        first = first_element(text)
        shown = f" (<{'!DOCTYPE ' if first[0] else ''}{first[1]}>)" if first else ""
        raise InputError(
            f"markup{shown} that is not an HTML page, and not JSON: factcheck imports ClaimReview "
            'JSON-LD, on its own or in the <script type="application/ld+json"> elements of an HTML page',
            Location(name),
        )
    scripts = json_ld_scripts(text)
    found = _JsonLd()
    documents: list[Any] = []
    broken: list[Problem] = []
    slips: list[Problem] = []
    for script in scripts:
        place = f"script[{script.number}]"
        content = _unwrapped(script.content)
        if not content.strip():
            continue
        try:
            document = _load_script(content, (script.content_line, script.content_column))
        except JsonError as exc:
            broken.append(Problem(Location(name, script.line), f"{place} (line {script.line}): {exc}"))
            continue
        lenient = isinstance(document, _Relaxed)
        if lenient:
            document = document.document
        documents.append(document)
        before = len(found.records)
        # A list in a script is several documents; what is not JSON-LD in it is ignored.
        for where, node in [(place, document)] if isinstance(document, dict) else _items(document, place):
            if isinstance(node, dict):
                _collect(node, where, found)
        if lenient and any(_is_claim_review(node) for _, node in found.records[before:]):
            # said of a script a claim comes from: the site's breadcrumbs are none of the reader's concern
            slips.append(_note(name, f"{place} (line {script.line}): {_RELAXED_NOTE}"))
    records = _once(found.records)
    if not found.has_claim_review:
        types = found.types + [t for _, node in found.records for t in sorted(type_names(node))]
        raise InputError(_without_claim_reviews(len(scripts), types, broken), Location(name))
    lines = {script.number: script.line for script in scripts}

    def locate(place: str) -> Location:
        number = _SCRIPT_PLACE.match(place)
        return Location(name, lines[int(number.group(1))] if number else 0)

    # A node named in one script may be given in another (the site's Organization on its own).
    parsed = read_records(InputShape.HTML, records, name, locate, node_definitions(documents))
    # In the order of the page: a broken script among the records of the others.
    problems = sorted([*broken, *parsed.problems], key=lambda problem: problem.location.line)
    return ParsedImport(parsed.shape, parsed.claims, tuple(problems), (*slips, *parsed.notes), locate)


_RELAXED_NOTE = "not valid JSON as written (a comment, or a comma before a closing bracket): read without them"


@dataclass(frozen=True)
class _Relaxed:
    """A script's JSON read once its comments and trailing commas were blanked (``strictjson.relaxed``)."""

    document: Any


def _load_script(content: str, start: tuple[int, int]) -> Any:
    """A script's JSON; failing that, the same without JavaScript comments and trailing commas, as
    hand-written templates leave them and browsers never complain (``_Relaxed``, for a note).  Only
    for a web page's scripts: a JSON file is a program's output, and one that is not JSON is broken.
    When that fails too, the error is the one left once they are blanked (same line and column)."""
    try:
        return load_json(content, start)
    except JsonError:
        lenient = relaxed(content)
        if lenient is None:
            raise
    return _Relaxed(load_json(lenient, start))


def _items(document: Any, place: str) -> list[tuple[str, Any]]:
    return [(f"{place}[{i}]", node) for i, node in enumerate(document)] if isinstance(document, list) else []


def _without_claim_reviews(scripts: int, types: list[str], broken: list[Problem]) -> str:
    """``an HTML page without any ClaimReview JSON-LD in it (3 ld+json scripts: Organization ...)``."""
    if not scripts:
        held = 'no <script type="application/ld+json"> element'
    else:
        names = list(dict.fromkeys(t if len(t) <= 40 else t[:39] + "…" for t in types))
        said = [", ".join(names[:MAX_TYPES_SHOWN]) + (" ..." if len(names) > MAX_TYPES_SHOWN else "")] if names else []
        if broken:
            more = f" (and {len(broken) - 1} more scripts that are not valid JSON)" if len(broken) > 1 else ""
            said.append(broken[0].message + more)
        count = "1 ld+json script" if scripts == 1 else f"{scripts:,} ld+json scripts"
        held = f"{count}: {'; '.join(said)}" if said else f"{count}, empty or without any @type"
    return f"an HTML page without any ClaimReview JSON-LD in it ({held})"


# ---------------------------------------------------------------------------------------------
# The file


def decode(data: bytes, name: str) -> str:
    """UTF-8 text, or an ``InputError`` saying why the bytes are not."""
    return decode_text(data, name, empty="nothing to import", for_import=True)


def parse_import(data: bytes, name: str, rating_map: RatingMap | None = None) -> ParsedImport:
    """Every claim of an import file; ``InputError`` when the file as a whole is unusable.

    ``rating_map``: how a CSV's verdict column holding a publisher's rating is read (the other
    formats' ratings are mapped when the import is planned, ``importing.py``)."""
    text = decode(data, name)
    if text.lstrip()[:1] == "<":
        return _read_html_page(text, name)
    if text.lstrip()[:1] in ("{", "["):
        try:
            document = load_json(text)
            shape, records = detect_shape(document)
        except JsonError as exc:
            # its place as a YAML error's is given, "x.json:1:24: error: not valid JSON: Expecting ','"
            if exc.line:
                raise InputError(exc.reason, Location(name, exc.line, exc.column)) from None
            raise InputError(str(exc), Location(name)) from None
        except ShapeError as exc:
            raise InputError(str(exc), Location(name)) from None
        definitions = node_definitions([document]) if shape is not InputShape.GOOGLE else None
        # JSON Lines names a record by its line already ("line 5")
        locate = None if isinstance(document, JsonLines) else _json_locator(text, name, [p for p, _ in records])
        return read_records(shape, records, name, locate, definitions, locate_notes=False)
    from .csvclaims import csv_delimiter, csv_header_lacking

    if text.lstrip(" \t").startswith("#"):
        # a claims file opening with a comment ("# Claims, verdicts, sources: ...", "# fields: id, claim,
        # verdict") is no CSV header: read as the claims file it is.  Only then, so that a CSV whose
        # header starts with "#" ("#,claim,verdict") gets the CSV messages it had
        root = _claims_file_root(data, name)
        if root is not None:
            return _read_claims_file(data, name, root)
    delimiter = csv_delimiter(text)
    if delimiter is not None:
        return read_csv_claims(text, name, delimiter, rating_map)
    lacking = csv_header_lacking(text)
    if lacking is not None:
        raise InputError(lacking, Location(name, 1))
    return _read_claims_file(data, name)


def _json_locator(text: str, name: str, places: list[str]) -> Callable[[str], Location]:
    """The location of a record of a JSON file by its place: the line its object starts on, as a
    record's problem in an HTML page names its script's line.  Found when first asked (an error),
    for all the records at once: a second reading of the file, up to the last record."""
    lines: dict[str, int] | None = None

    def locate(place: str) -> Location:
        nonlocal lines
        if lines is None:
            # "the ClaimReview" is the document itself
            lines = value_lines(text, ["" if p == _WHOLE_DOCUMENT else p for p in places])
            lines[_WHOLE_DOCUMENT] = lines.get("", 0)
        return Location(name, lines.get(place, 0))

    return locate


def _claims_file_root(data: bytes, name: str) -> Mapping | None:
    """The file's YAML tree when it parses as a claims file (a mapping with ``claims``), else None."""
    from .yamltree import Mapping, parse, read_text

    try:
        root = parse(read_text(name, data), name)
    except KnowledgeBaseError:
        return None
    return root if isinstance(root, Mapping) and root.get("claims") is not None else None


def _read_claims_file(data: bytes, name: str, root: Node | None = None) -> ParsedImport:
    """The claims of a factcheck claims file; ``root``: its YAML tree, when already parsed."""
    from .store import editor_lines
    from .validation import build_knowledge_base
    from .yamltree import Mapping, parse, read_text

    if root is None:
        try:
            root = parse(read_text(name, data), name)
        except KnowledgeBaseError as exc:
            raise InputError(
                f"not JSON, and not a claims file either ({exc.problems[0].message})", Location(name)
            ) from None
    if not isinstance(root, Mapping) or root.get("claims") is None:
        raise InputError(
            "not a file factcheck can import: expected ClaimReview JSON-LD (or an HTML page holding it), "
            "a Google Fact Check Tools response (JSON), a factcheck claims file ('claims:' list), or CSV with "
            "'claim' and 'verdict' columns",
            Location(name),
        )
    kb, problems = build_knowledge_base(root, name, whole_claims_only=True)
    language = language_tag(kb.language)
    claims = tuple(ImportedClaim(f"claim {c.id!r}", c, exact=True, language=language) for c in kb.claims)
    shape = InputShape.FACTCHECK if claims or any(p.is_error for p in problems) else InputShape.EMPTY
    lines = editor_lines(data, name)  # its places as an editor shows them, as validate says them
    errors = tuple(p if lines is None else lines.problem(p) for p in problems if p.is_error)
    return ParsedImport(shape, claims, errors, publisher=kb.publisher, base_url=kb.base_url)
