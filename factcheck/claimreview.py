"""schema.org ClaimReview: claims out as JSON-LD, and claims in from the fact-checking world's formats.

Export (``claim_review``, ``claim_reviews``, ``data_feed``) writes one ClaimReview per claim with
Google's required and recommended fields.  Import reads one record at a time:
``read_claim_review`` a ClaimReview object, ``read_google_claim`` a claim of a Google Fact Check
Tools ``claims:search`` (or ``claims:imageSearch``) response.  Recognising a file's shape and
finding its records (ClaimReview JSON-LD in JSON, JSON Lines or an HTML page, a Google response,
factcheck's own YAML, JSON or CSV) is ``importformats.parse_import``'s work; ids, verdicts and
duplicates are ``importing.py``'s.

How factcheck's fields travel in a ClaimReview (docs/commands.md explains the choices):

==================  =========================================================================
claim field         ClaimReview
==================  =========================================================================
id                  ``identifier`` (a ``PropertyValue`` with ``propertyID`` ``factcheck-id``);
                    ``url`` is the base URL + the id
claim               ``claimReviewed``
verdict             ``reviewRating``: ``alternateName`` (True, Mostly true ...), ``ratingValue``
                    on a 1-6 scale (``RATING_VALUES``), ``bestRating`` 6, ``worstRating`` 1;
                    ``unsupported`` has no number
summary             ``reviewBody``
checked             ``datePublished``
claimant            ``itemReviewed.author.name``
aliases             ``itemReviewed.alternateName``
tags                ``keywords``
original_rating     ``associatedClaimReview.reviewRating.alternateName`` (another fact-check's
                    rating of the claim)
sources             ``citation``: one ``CreativeWork`` each, in order (url, ``name`` = title,
                    ``publisher.name``, ``datePublished``, ``hasPart`` ``Quotation`` = quote,
                    ``comment`` = note), but for the sources noted as where the claim (first)
                    appeared, which are no evidence: ``itemReviewed.appearance`` (the first
                    "first" also ``firstAppearance``), read back after the citations; a source
                    noted as the fact-check the claim was imported from (``IMPORTED_REVIEW_NOTE``) is
                    also an ``associatedClaimReview`` (url, author = its publisher, date, rating)
==================  =========================================================================

Nothing here goes on the network; JSON is read strictly, bounded in size and depth (``strictjson.py``).
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any
from urllib.parse import SplitResult, urlsplit

from .errors import Advice, count_of
from .model import (
    APPEARANCE_NOTE,
    FIRST_APPEARANCE_NOTE,
    ID_PATTERN,
    MAX_ID_LENGTH,
    Claim,
    Publisher,
    Source,
    Verdict,
    appearance_note,
    is_valid_date,
)
from .validation import is_http_url

#: a note on a record read: text, or advice naming a setting of the caller (``Advice``)
Note = str | Advice

SCHEMA_CONTEXT = "https://schema.org"
#: ``propertyID`` of the identifier that marks a ClaimReview as one of factcheck's claims
ID_PROPERTY = "factcheck-id"
#: ``APPEARANCE_NOTE``, ``FIRST_APPEARANCE_NOTE`` (``model.py``): the note of a source that is where the
#: claim was made (not evidence): exported as an appearance
#: the note of a source that is someone else's fact-check page the claim was imported from: the
#: verdict is theirs, so export names them (``associatedClaimReview``) rather than passing it as ours
IMPORTED_REVIEW_NOTE = "the fact-check this claim was imported from"
_RATED = ", rated “"
#: Google: "try to keep [claimReviewed] less than 75 characters"
ADVISED_CLAIM_CHARS = 75

# The numeric scale: one number per verdict, in the scale's own order (true best, false worst).
# Six points rather than five so that every verdict keeps its own value: ``misleading`` (true
# facts, false impression) is not ``mixed`` (partly true, partly false), and a reader of the
# numbers alone can still tell them apart.  ``unsupported`` is not a degree of truth: no number.
BEST_RATING = 6
WORST_RATING = 1
RATING_VALUES: dict[Verdict, int] = {
    Verdict.TRUE: 6,
    Verdict.MOSTLY_TRUE: 5,
    Verdict.MIXED: 4,
    Verdict.MISLEADING: 3,
    Verdict.MOSTLY_FALSE: 2,
    Verdict.FALSE: 1,
}
#: the textual verdict (``Rating.alternateName``), as a reader would see it
VERDICT_LABELS: dict[Verdict, str] = {
    Verdict.TRUE: "True",
    Verdict.MOSTLY_TRUE: "Mostly true",
    Verdict.MIXED: "Mixed",
    Verdict.MISLEADING: "Misleading",
    Verdict.MOSTLY_FALSE: "Mostly false",
    Verdict.FALSE: "False",
    Verdict.UNSUPPORTED: "Unsupported",
}
_VERDICT_BY_LABEL = {label.casefold(): verdict for verdict, label in VERDICT_LABELS.items()}


# ---------------------------------------------------------------------------------------------
# Export


@dataclass(frozen=True)
class ExportSettings:
    """What a ClaimReview export says beyond the claims (``export_settings`` gives it): the URL each
    review's is made from, the publisher and the language."""

    base_url: str  # each ClaimReview's url is this + the claim's id
    publisher: Publisher | None = None  # the ClaimReview author (the fact-checking organisation)
    language: str | None = None  # inLanguage, when the knowledge base says


def review_url(base_url: str, claim_id: str) -> str:
    """``https://example.org/checks/`` + ``some-id``; a ``/`` is added unless the base ends the path."""
    return base_url + claim_id if base_url.endswith(("/", "#", "=")) else f"{base_url}/{claim_id}"


def rating(verdict: Verdict) -> dict[str, Any]:
    """The ``Rating`` of a verdict: its label, and its place on the 1-6 scale when it has one."""
    value: dict[str, Any] = {"@type": "Rating", "alternateName": VERDICT_LABELS[verdict]}
    if verdict in RATING_VALUES:
        value |= {"ratingValue": RATING_VALUES[verdict], "bestRating": BEST_RATING, "worstRating": WORST_RATING}
    return value


def _work(kind: str, source: Source, publisher_as: str) -> dict[str, Any]:
    """A source's url, title, publisher (under ``publisher_as``) and date as a schema.org ``kind``."""
    work: dict[str, Any] = {"@type": kind, "url": source.url}
    if source.title:
        work["name"] = source.title
    if source.publisher:
        work[publisher_as] = {"@type": "Organization", "name": source.publisher}
    if source.date:
        work["datePublished"] = source.date
    return work


def creative_work(source: Source) -> dict[str, Any]:
    """A source as a schema.org ``CreativeWork``, every field kept."""
    work = _work("CreativeWork", source, "publisher")
    if source.quote:
        work["hasPart"] = {"@type": "Quotation", "text": source.quote}
    if source.note:
        work["comment"] = {"@type": "Comment", "text": source.note}
    return work


def imported_review_note(rating: str | None) -> str:
    """The note of the fact-check page a claim was imported from, with its rating when known."""
    return f"{IMPORTED_REVIEW_NOTE}{_RATED}{rating}”" if rating else IMPORTED_REVIEW_NOTE


def imported_review_rating(source: Source) -> tuple[bool, str | None]:
    """(whether ``source`` is the fact-check its claim was imported from, the rating its note gives)."""
    note = source.note or ""
    if note == IMPORTED_REVIEW_NOTE:
        return True, None
    if note.startswith(IMPORTED_REVIEW_NOTE + _RATED) and note.endswith("”"):
        return True, note[len(IMPORTED_REVIEW_NOTE + _RATED) : -1] or None
    return False, None


def is_evidence(source: Source) -> bool:
    """Whether ``source`` is evidence for the verdict: not where the claim appeared, nor the other
    publisher's fact-check the claim (and its verdict) was imported from (their notes say so)."""
    return not (is_appearance(source) or imported_review_rating(source)[0])


def leading_source(claim: Claim) -> tuple[Source, str | None] | None:
    """The source to name where a claim has room for one (``scan``): its first that is evidence, or, with none,
    its first, and what that one is when it is no evidence: its note, and "no evidence" when the claim has none
    ("where the claim appeared; no evidence").  None for a claim with no source.  Named bare, the page that
    spread a claim read as the verdict's source, another publisher's fact-check as ours."""
    if not claim.sources:
        return None
    evidence = next((source for source in claim.sources if is_evidence(source)), None)
    if evidence is not None:
        return evidence, None
    first = claim.sources[0]
    caveat = appearance_note(first.note) or first.note or ""  # "Where the claim appeared." read as it is meant
    return first, caveat if claim.has_evidence else f"{caveat}; no evidence"


def carries_imported_rating(claim: Claim) -> bool:
    """Whether the claim's rating comes from another publisher's fact-check (it was imported)."""
    return bool(claim.original_rating) or any(imported_review_rating(s)[0] for s in claim.sources)


def _text_rating(label: str) -> dict[str, Any]:
    return {"@type": "Rating", "alternateName": label}


def _associated_reviews(claim: Claim) -> list[dict[str, Any]]:
    """The other publishers' fact-checks of the claim (``associatedClaimReview``).

    Each source that is the fact-check the claim was imported from becomes a ClaimReview with its
    url and its publisher as author (what a ClaimReview needs), its date and its rating.  A rating
    is given only while the claim keeps ``original_rating`` (removing it means not publishing
    it), and the review carrying ``original_rating`` comes first: that is where importing the
    export reads it back.  An ``original_rating`` no such source carries gets a review of its own.
    """
    reviews: list[dict[str, Any]] = []
    for source in claim.sources:
        imported, label = imported_review_rating(source)
        if not imported:
            continue
        review = _work("ClaimReview", source, "author")  # a ClaimReview is credited to its author
        if label and label == claim.original_rating:  # an edited original_rating replaces it
            review["reviewRating"] = _text_rating(label)
        reviews.append(review)
    if claim.original_rating:
        if all(_associated_label(r) != claim.original_rating for r in reviews):
            reviews.insert(0, {"@type": "ClaimReview", "reviewRating": _text_rating(claim.original_rating)})
        reviews.sort(key=lambda r: _associated_label(r) != claim.original_rating)  # stable
    return reviews


def _associated_label(review: dict[str, Any]) -> str | None:
    label = review.get("reviewRating", {}).get("alternateName")
    return label if isinstance(label, str) else None


def is_appearance(source: Source) -> bool:
    """Whether ``source`` is where the claim was made, not evidence for the verdict: exported in
    ``itemReviewed`` (``appearance``, ``firstAppearance``) only, never as a ``citation`` of the review."""
    return source.is_appearance


def _claim_item(claim: Claim) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.claimant:
        # The model does not say whether the claimant is a person, an organisation or a work,
        # so the node carries only a name rather than a type that may be wrong.
        item["author"] = {"name": claim.claimant}
    if claim.aliases:
        item["alternateName"] = list(claim.aliases)
    # every source noted as where the claim (first) appeared, in order, each with its note (the first
    # appearance is an appearance too): what importing the export reads back after the citations
    appearances = [creative_work(s) for s in claim.sources if is_appearance(s)]
    if appearances:
        item["appearance"] = appearances
    first = next((s for s in claim.sources if appearance_note(s.note) == FIRST_APPEARANCE_NOTE), None)
    if first is not None:
        item["firstAppearance"] = creative_work(first)
    return item


def claim_review(claim: Claim, settings: ExportSettings, *, context: bool = True) -> dict[str, Any]:
    """One claim as a ClaimReview (with ``@context`` unless it goes inside a feed)."""
    review: dict[str, Any] = {"@context": SCHEMA_CONTEXT} if context else {}
    review |= {
        "@type": "ClaimReview",
        "url": review_url(settings.base_url, claim.id),
        "claimReviewed": claim.claim,
        "reviewRating": rating(claim.verdict),
    }
    if claim.checked:
        review["datePublished"] = claim.checked
    if settings.publisher is not None:
        author = {"@type": "Organization", "name": settings.publisher.name}
        if settings.publisher.url:
            author["url"] = settings.publisher.url
        review["author"] = author
    review["itemReviewed"] = _claim_item(claim)
    if claim.summary:
        review["reviewBody"] = claim.summary
    if claim.tags:
        review["keywords"] = list(claim.tags)
    if settings.language:
        review["inLanguage"] = settings.language
    evidence = [s for s in claim.sources if not is_appearance(s)]
    if evidence:
        review["citation"] = [creative_work(s) for s in evidence]
    associated = _associated_reviews(claim)
    if associated:
        review["associatedClaimReview"] = associated[0] if len(associated) == 1 else associated
    review["identifier"] = {"@type": "PropertyValue", "propertyID": ID_PROPERTY, "value": claim.id}
    return review


def claim_reviews(claims: Iterable[Claim], settings: ExportSettings) -> list[dict[str, Any]]:
    return [claim_review(c, settings) for c in claims]


def data_feed(claims: Iterable[Claim], settings: ExportSettings) -> dict[str, Any]:
    """The claims as a schema.org ``DataFeed``, the shape of the Data Commons fact-check feed."""
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "DataFeed",
        "dataFeedElement": [
            {"@type": "DataFeedItem", "item": [claim_review(c, settings, context=False)]} for c in claims
        ],
    }


def export_warnings(
    claims: Sequence[Claim], settings: ExportSettings, wording: Mapping[str, str] | None = None
) -> list[str]:
    """What Google would flag in the export (nothing is changed to hide it).  ``wording``: how the caller
    names the settings of ``export_settings`` (``Advice.text``; the command line: its options)."""
    warnings: list[str] = []
    long_ids = [c.id for c in claims if len(c.claim) > ADVISED_CLAIM_CHARS]
    if long_ids:
        warnings.append(
            f"{count_of(len(long_ids), 'claim')} longer than {ADVISED_CLAIM_CHARS} characters "
            f"(Google advises shorter claimReviewed): {_some(long_ids)}"
        )
    undated = [c.id for c in claims if not c.checked]
    if undated:
        warnings.append(
            f"{count_of(len(undated), 'claim')} without a checked date (no datePublished): {_some(undated)}"
        )
    imported = [c.id for c in claims if carries_imported_rating(c)]
    if imported:
        warnings.append(
            f"{count_of(len(imported), 'claim')} {'carries' if len(imported) == 1 else 'carry'} another "
            f"publisher's rating (imported): review them before publishing them as your own: {_some(imported)}"
        )
    language = _language_warning(claims, settings.language)
    if language is not None:
        warnings.append(language)
    if settings.publisher is None and claims:
        no_author = Advice(
            "no author: give {publisher_name} (and {publisher_url}) or a top-level 'publisher:' in the claims "
            "file (Google recommends naming the fact-checking organisation)",
            {"publisher_name": "publisher_name", "publisher_url": "publisher_url"},
        )
        warnings.append(no_author.text(wording))
    return warnings


#: what a claims file's ``language:`` may say for English ("en", "en-US", "en_US", "english")
_ENGLISH_CODE = re.compile(r"(?:en|english)(?:[-_].*)?", re.IGNORECASE | re.DOTALL)
#: a quotation in a claim: an English claim quoting Spanish ('Sheinbaum said "no habrá tropas"') is English
_QUOTATION = re.compile(r'"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|»[^«]*«')


def _language_warning(claims: Sequence[Claim], language: str | None) -> str | None:
    """A warning naming the claims not written in English (read, outside quotations, as Spanish or Italian by
    ``text_language``) when the export gives them no ``inLanguage`` (the claims file has no ``language:``) or says
    they are English.  A Mexican desk's Spanish claims added to a copy of the starter file were exported with no
    ``inLanguage``, and nothing said so.  A file in another language is left alone: its language is its own to say,
    and a claims file has one language, so nothing in the export is changed.  No code is named as the claims' own:
    French and Portuguese are read as Spanish; and when English claims are in the file too, adding a ``language:``
    would export them in the other language, so the claims are to be moved to a file of their own."""
    if language is not None and _ENGLISH_CODE.fullmatch(language.strip()) is None:
        return None
    from .text import Language, text_language  # late: ``factcheck --version`` reads no text module

    read = [(claim.id, text_language(_QUOTATION.sub(" ", claim.claim))) for claim in claims]
    ids = [claim_id for claim_id, found in read if found in (Language.SPANISH, Language.ITALIAN)]
    if not ids:
        return None
    what = f"{count_of(len(ids), 'claim')} not written in English"
    it, its = ("it", "its") if len(ids) == 1 else ("them", "their")
    code = f"{its} language code (es for Spanish)"
    if language is not None:
        return (
            f"{what}, exported with inLanguage {language!r} (the claims file's 'language:'): a claims file has one "
            f"language, so keep {it} in a file of {its} own, with 'language:' and {code}: {_some(ids)}"
        )
    if len(ids) < len(claims):
        return (
            f"{what}, and no inLanguage (the claims file has no 'language:'): a claims file has one language, so "
            f"move {it} to a claims file of {its} own, with 'language:' and {code} at its top, below any '---' "
            f"line: {_some(ids)}"
        )
    return (
        f"{what}, and no inLanguage (the claims file has no 'language:'): add 'language:' with {code} at the top "
        f"of the claims file, below any '---' line: {_some(ids)}"
    )


def _some(ids: Sequence[str], shown: int = 5) -> str:
    listed = ", ".join(ids[:shown])
    return listed if len(ids) <= shown else f"{listed} and {len(ids) - shown} more"


# ---------------------------------------------------------------------------------------------
# Import: shapes


@dataclass(frozen=True)
class ImportedClaim:
    """One claim read from an import file, before its id and verdict are settled.

    ``exact`` claims come from factcheck itself (its claims file, its JSON, or a ClaimReview it
    exported): their id and verdict are restored as they were.  The others are someone else's
    fact-checks: ``claim.id`` is empty and ``claim.verdict`` is a placeholder until the
    publisher's ``rating`` is mapped onto the scale.
    """

    origin: str  # where in the file, e.g. "claims[3]", "dataFeedElement[2].item[0]", "line 5" (JSON Lines)
    claim: Claim
    exact: bool
    rating: str | None = None  # the publisher's textual rating (also kept as original_rating)
    review_urls: tuple[str, ...] = ()  # the fact-check pages it comes from (to recognise duplicates)
    #: what was left out of the record without refusing the claim (an unusable optional part)
    notes: tuple[Note, ...] = ()
    #: the id was made from the claim (a CSV row without one): taking another when it is taken
    #: renames nothing the user wrote
    id_made: bool = False
    #: the language the record names (ClaimReview ``inLanguage``, Google ``languageCode``, a claims
    #: file's ``language``), when it is a plain language tag; the claims file has one per file
    language: str | None = None
    #: the ratings of the record's other fact-checks (Google gives several per claim), each with
    #: where it is and who gave it (``claimReview[1] (Example Desk)``): the verdict is the first's,
    #: and the import says when one of these says otherwise
    other_ratings: tuple[tuple[str, str], ...] = ()
    #: where ``rating`` comes from when it is not the first review's (a Google claim whose first
    #: reviews have no url takes the rating of the first that has one): ``claimReview[1] (Example Desk)``
    rated_by: str | None = None
    #: what the import says of the record once for the file, with a count (``counted_note``): a
    #: number given alone as its rating (``BARE_RATING``), several authors of the claim (``SEVERAL_AUTHORS``)
    counted: tuple[str, ...] = ()
    #: the properties the record gives that the claims file has no field for ("claimDate",
    #: "sdLicense" ...): not kept, and the import says so (once for the file, with a count)
    left_out: tuple[str, ...] = ()
    #: the rating each of ``review_urls`` gives, in their order, where a record has several (a Google claim's
    #: reviews); empty for one page, whose rating is ``rating``
    review_ratings: tuple[str | None, ...] = ()

    def rated_pages(self) -> tuple[tuple[str, str | None], ...]:
        """Each fact-check page of the record with the rating it gives (None where it gives none)."""
        if self.review_ratings:
            return tuple(zip(self.review_urls, self.review_ratings, strict=True))
        return tuple((url, self.rating if i == 0 else None) for i, url in enumerate(self.review_urls))


#: a BCP 47 language tag as publishers write one ("en", "es-MX", "zh-Hant-TW")
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")


def language_tag(value: Any) -> str | None:
    """``value`` if it is a plain language tag, else None (a ``Language`` object, a name, a list:
    not refused, just not kept; the language never decides whether a record is read)."""
    if isinstance(value, str) and LANGUAGE_TAG.fullmatch(value.strip()):
        return value.strip()
    return None


class RecordError(Exception):
    """One record of an import file cannot be read; the message says which field and why."""


# ---------------------------------------------------------------------------------------------
# Import: reading JSON values defensively


def as_list(value: Any) -> list[Any]:
    """JSON-LD allows one value or a list of values for any property."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def type_names(node: Any) -> set[str]:
    if not isinstance(node, dict):
        return set()
    names: set[str] = set()
    for name in as_list(node.get("@type")):
        if isinstance(name, str):
            names.add(re.split(r"[/:#]", name)[-1])
    return names


def _single(values: Sequence[Any], what: str) -> Any:
    """The value of a single-valued property given as a list: the same value repeated is that value;
    several different ones are refused, since keeping one of them would be a guess."""
    for other in values[1:]:
        if other != values[0]:
            shown = f" ({_shown(values[0], 40)}, {_shown(other, 40)})" if isinstance(other, str) else ""
            raise RecordError(f"{what} has several different values{shown}: which one is meant is not clear")
    return values[0]


def _text(node: dict[str, Any], key: str, what: str | None = None, *, strict: bool = False) -> str | None:
    """A text property: a string (the first, when it is a list), stripped; None when absent.

    ``strict`` for what decides the claim (its text, its rating): several different plain strings
    are then refused, since keeping one would be a guess.  Language-tagged variants (``@value``
    with ``@language``) are translations, not a conflict, and elsewhere the first value is kept as
    real feeds give several (a canonical and an AMP url, two headlines)."""
    values = [v for v in as_list(node.get(key)) if v is not None]
    texts = [t for t in (_as_text(v, what or key) for v in values) if t]
    if not texts:
        return None
    if strict and all(isinstance(v, str) for v in values):
        return str(_single(texts, what or key))
    return texts[0]


def _as_text(value: Any, what: str) -> str:
    if isinstance(value, dict) and isinstance(value.get("@value"), str):  # an expanded JSON-LD value
        value = value["@value"]
    if not isinstance(value, str):
        raise RecordError(f"{what} must be text, not {json_kind(value)}")
    return value.strip()


def _texts(node: dict[str, Any], key: str, what: str | None = None) -> tuple[str, ...]:
    values: list[str] = []
    for value in as_list(node.get(key)):
        if not isinstance(value, str):
            raise RecordError(f"{what or key} must be text or a list of texts, not {json_kind(value)}")
        if value.strip():
            values.append(value.strip())
    return tuple(values)


def _object(node: dict[str, Any], key: str) -> dict[str, Any] | None:
    values = [v for v in as_list(node.get(key)) if v is not None]
    if not values:
        return None
    for value in values:
        if not isinstance(value, dict):
            raise RecordError(f"{key} must be an object, not {json_kind(value)}")
    # Several different ratings: which verdict is meant would be a guess.  Elsewhere the first.
    chosen: dict[str, Any] = _single(values, key) if key == "reviewRating" else values[0]
    return chosen


def _name(node: dict[str, Any], key: str, what: str | None = None) -> str | None:
    """The name of a person/organisation property: a string, or the ``name`` of each object.
    ``what``: the property as a message names it, when ``node`` is not the record itself
    ("itemReviewed.author": the claim's author, not the review's)."""
    return ", ".join(_name_list(node, key, what)) or None


def _name_list(node: dict[str, Any], key: str, what: str | None = None) -> list[str]:
    """The names ``_name`` joins, each once."""
    what = what or key
    names: list[str] = []
    for value in as_list(node.get(key)):
        if isinstance(value, str):
            name: str | None = value.strip()
        elif isinstance(value, dict):
            name = _text(value, "name", f"{what}.name")
        elif value is None:
            continue
        else:
            raise RecordError(f"{what} must be a name or an object with a name, not {json_kind(value)}")
        if name and name not in names:
            names.append(name)
    return names


def _url(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise RecordError(f"{what} must be a URL, not {json_kind(value)}")
    url = value.strip()
    if not is_http_url(url):
        raise RecordError(f"{what} {_shown(url)} is not an http(s) URL")
    return url


def _optional_url(node: dict[str, Any], key: str, what: str) -> str | None:
    values = [v for v in as_list(node.get(key)) if v is not None and v != ""]
    return _url(values[0], what) if values else None  # the first: a canonical url, then an AMP one


def _date(node: dict[str, Any], *keys: str, notes: list[Note], prefix: str = "") -> str | None:
    """An ISO date (its date part: ``2024-03-05T10:00:00Z`` and ``2024-03-05+02:00`` -> ``2024-03-05``)
    from the first key present with one.

    A date is optional context, not what the claim is: one that is not a date written YYYY-MM-DD
    ("2025/01/03", "3 January 2025", "2024-02-30") is left out with a note in ``notes`` rather than
    refusing the whole fact-check, as an appearance without a usable url is."""
    for key in keys:
        value = _text(node, key, prefix + key)
        if value is None:
            continue
        day = re.split(r"[T ]", value, maxsplit=1)[0]
        zoned = _DATE_WITH_ZONE.fullmatch(day)
        if zoned is not None:
            day = zoned.group(1)
        if is_valid_date(day):
            return day
        notes.append(f"{prefix}{key} {_shown(value)} is not a date written YYYY-MM-DD: {_LEFT_OUT}")
    return None


_LEFT_OUT = "left out (the claim is imported without it)"
#: a date with its time zone and no time, as XML Schema's ``date`` allows ("2020-04-03+02:00",
#: "2020-04-03Z"): the day is the one written, as for a date with a time and zone
_DATE_WITH_ZONE = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)")


def json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, str):
        return f"text ({_shown(value, 40)})"
    return "nothing" if value is None else type(value).__name__


def _shown(value: str, limit: int = 80) -> str:
    return repr(value if len(value) <= limit else value[:limit] + "…")


#: an HTML character reference closed by ";" ("&amp;", "&#8217;", "&#x27;", "&eacute;"); one left open
#: ("AT&T", "R&D", "&para" in "Tom&paraglider") is text, not a reference
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: what a reference to a line break, a tab... reads as (``_read_reference``): marks, replaced once all
#: references are read (``_laid_out``), so that "&#13;&#10;" is one break, not two
_CARRIAGE_RETURN, _LINE_BREAK, _TAB = _MARKS = ("cr", "lf", "tab")
_LINE_BREAKS = frozenset("\n\x0b\x0c\x85\u2028\u2029")
#: the invisible format characters a word is spelt with, kept: Persian writes "می‌خواهم" with a zero-width
#: non-joiner, and an emoji sequence ("👩‍⚕️") is joined by a zero-width joiner
_JOINERS = frozenset("\u200c\u200d")
#: the noncharacters the marks are taken from: never text a publisher means (and ``html.unescape``
#: reads a reference to one as nothing); one that the text holds is not used
_NONCHARACTERS = [chr(code) for code in range(0xFDD0, 0xFDF0)]


def decoded(text: str, *, one_line: bool = True) -> str:
    """``text`` with its HTML character references read: other publishers' texts often come escaped
    for a page ("Non, le vaccin ne contient pas de puces &quot;5G&quot;", "COVID&#8211;19"; a
    WordPress page's JSON-LD, Google's API), and sometimes escaped twice ("&amp;quot;").

    What a reference gives is text a reader sees: a reference to a line break or a tab ("&#13;",
    "&#10;", "&#9;") is a space in a ``one_line`` text (one space for a run of them and the spaces
    around), and a line break ("\\n") else; a reference to another control or format character
    (U+0000, an escape, a bidi override, a zero-width space) reads as nothing.  Those characters
    written as such are left as they are: they are the publisher's, and validate speaks of them.

    A ``<br>`` tag (``<br/>``, ``<br />``; escaped, ``&lt;br&gt;``, too) is a line break as a reference
    to one is: a publisher's summary written for a page breaks its lines so.  The page's other markup
    (``<p>``, ``<li>``, ``<b>``, ``<a href=...>``: ``_markup_read``) reads as the page shows it: a paragraph's
    tags as a blank line, a list item's as a line break (a space in a ``one_line`` text), the others as
    nothing.  Escaped (``&lt;b&gt;``), such a tag is what the page shows: text."""
    if "&" not in text and "<" not in text:  # no reference: most texts, read for every field of every record
        return text
    free = list(itertools.islice((mark for mark in _NONCHARACTERS if mark not in text), len(_MARKS)))
    if len(free) < len(_MARKS):  # a text of noncharacters: its breaks are plain spaces
        free = [" ", " ", " "]
    marks: dict[str, str] = dict(zip(_MARKS, free, strict=True))
    if "<" in text:  # before the references are read: "&lt;p&gt;" is a page's text, not its markup
        text = _markup_read(text, marks[_LINE_BREAK])
    for _ in range(3):  # escaped at most this often in practice; a bound, not a loop on hostile text
        read = _CHARACTER_REFERENCE.sub(lambda reference: _read_reference(reference.group(), marks), text)
        if read == text:
            break
        text = read
    text = _BREAK_TAG.sub(marks[_LINE_BREAK], text)  # after the references: "&lt;br&gt;" is one once read
    return _laid_out(text, marks, one_line=one_line)


#: an HTML line break tag, as pages write it ("<br>", "<BR/>", "<br />", "<br class=x>"), and the line end its
#: page's source may put after it ("Always.<br>\r\nSee"): one break, as the page shows it, not a blank line
_BREAK_TAG = re.compile(r"<br(?:\s[^<>]*)?/?>(?:[ \t]*(?:\r\n|\r|\n))?", re.IGNORECASE)


#: the HTML elements a page's texts are marked up with: a publisher's ``reviewBody`` or ``ratingExplanation``
#: copied from its article ("<p>The bridge was <b>closed</b> for two years.</p>") was written to the claims
#: file, and shown by check and show, with its tags, and a claim "Candidate <em>never</em> voted" got the id
#: 'candidate-em-never-em-voted'.  Only these names: "<5 kids", "<bra>", "a <tag> of its own" are text.
#: ``<br>`` is read after the references (``_BREAK_TAG``).
_PARAGRAPH_ELEMENTS = frozenset(
    "p div section article blockquote h1 h2 h3 h4 h5 h6 ul ol dl table figure pre hr".split()
)
_LINE_ELEMENTS = frozenset("li dt dd tr td th figcaption caption".split())
_INLINE_ELEMENTS = frozenset(
    "a abbr b bdi bdo big cite code del dfn em font i img ins kbd mark q s samp small span strike strong sub "
    "sup time tt u var wbr".split()
)
#: elements without an end tag: read as markup only with attributes or written "<hr/>" ("<img src=...>"); a bare
#: "<img>", "<HR>" is text ("A hidden <img> tag tracks you", "The <HR> department fired him")
_VOID_ELEMENTS = frozenset("hr img wbr".split())
_ATTRIBUTE_NAME = r"[A-Za-z_:][-\w:.]*"
#: a start or end tag of one of those elements, its attributes parsed as attributes (a value quoted "..." or
#: '...', which may hold a ">", or unquoted): "<a thousand people in 2021, while COVID killed >" is no tag
_TAG = re.compile(
    rf"<(/?)({'|'.join(sorted(_PARAGRAPH_ELEMENTS | _LINE_ELEMENTS | _INLINE_ELEMENTS, key=len, reverse=True))})"
    rf"""(?=[\s/>])((?:\s+{_ATTRIBUTE_NAME}(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(/?)>""",
    re.IGNORECASE,
)


def _markup_read(text: str, line_break: str) -> str:
    """``text`` with its markup tags read when it is markup (``_is_markup``; else it is kept as written: a wrong
    deletion makes a claim nobody made): a run of a paragraph's tags as a blank line, of a list item's or a
    cell's as a line break, of inline ones as nothing (one space kept where there were two: "was <b> closed
    </b> for").  Only a start tag and the end tag closing it are read (``_paired``: "Crime is up <i
    think> says mayor" in a paragraph keeps its "<i think>"), and a void element's with attributes."""
    # whether it is markup is asked of what a page shows: "<script>document.write("<b>hi</b>")</script>" in prose
    # about an attack made it markup, and the script (the claim's subject) went (review58c)
    shown = _without_hidden(text) if "<!--" in text or _HIDDEN_START.search(text) else text
    tags = _tags_of(shown)
    if not _is_markup(shown, tags):
        return text
    text = shown
    paired = _paired(tags)
    read: list[str] = []
    position = 0  # the end of what is read so far
    run_start = run_end = -1  # the run of tags being read
    level = 0  # 2 for a paragraph's tag in the run, 1 for a line's, 0 for inline ones only
    for number, (tag, name) in enumerate(tags):
        if name in _VOID_ELEMENTS:
            if not (tag.group(3) or tag.group(4)):
                continue
        elif number not in paired:
            continue
        if run_start >= 0 and (tag.start() == run_end or (level and text[run_end : tag.start()].isspace())):
            run_end = tag.end()
        else:
            if run_start >= 0:
                position = _run_read(text, read, position, run_start, run_end, level, line_break)
            run_start, run_end, level = tag.start(), tag.end(), 0
        level = max(level, 2 if name in _PARAGRAPH_ELEMENTS else 1 if name in _LINE_ELEMENTS else 0)
    if run_start >= 0:
        position = _run_read(text, read, position, run_start, run_end, level, line_break)
    read.append(text[position:])
    return "".join(read)


def _tags_of(text: str) -> list[tuple[re.Match[str], str]]:
    """The text's tags (``_TAG``) and their element names, in lower case."""
    return [(tag, tag.group(2).lower()) for tag in _TAG.finditer(text)]


def _paired(tags: list[tuple[re.Match[str], str]]) -> set[int]:
    """The positions in ``tags`` of the start tags closed by an end tag of their element, and of those end tags:
    "<a few>" in "Bitcoin fell <a href=...>10%</a>; it was <a lot> higher" is no tag, its element closed by no
    end tag of its own (a text's other <a> pair read it, and "a lot" went, review58c)."""
    paired: set[int] = set()
    open_tags: dict[str, list[int]] = {}
    for number, (tag, name) in enumerate(tags):
        if not tag.group(1):
            open_tags.setdefault(name, []).append(number)
        elif open_tags.get(name):
            paired.update((open_tags[name].pop(), number))
    return paired


#: what a page does not show: a comment ("<!-- wp:paragraph -->", WordPress's blocks), a script's or a style's content
_HIDDEN_START = re.compile(r"<!--|<(script|style)(?=[\s/>])[^<>]*>", re.IGNORECASE)


def _without_hidden(text: str) -> str:
    """A text that is markup without what its page does not show (``_HIDDEN_START``); one left open is kept."""
    read: list[str] = []
    position = 0
    lower = text.lower()
    while (start := _HIDDEN_START.search(text, position)) is not None:
        end_tag = "-->" if start.group(1) is None else f"</{start.group(1).lower()}"
        end = lower.find(end_tag, start.end())
        if end < 0:
            break
        end = end + len(end_tag) if end_tag == "-->" else lower.find(">", end) + 1
        if end <= 0:
            break
        read.append(text[position : start.start()])
        position = end
    read.append(text[position:])
    return "".join(read)


def _run_read(text: str, read: list[str], position: int, start: int, end: int, level: int, line_break: str) -> int:
    """Appends to ``read`` the text before a run of tags and what the run reads as; returns where the text goes on."""
    read.append(text[position:start])
    if level:
        read.append(line_break * level)
        while end < len(text) and text[end].isspace():  # the page's source breaks its lines between them
            end += 1
    elif start > 0 and text[start - 1].isspace():  # "was <b> closed": one space, not two
        while end < len(text) and text[end] in " \t":
            end += 1
    return end


def _is_markup(text: str, tags: list[tuple[re.Match[str], str]]) -> bool:
    """Whether ``text`` is clearly HTML markup: an element opened and closed around its content as a page
    writes it ("<b>closed</b>": no space inside the tags; "LLMs emit <s> and </s> tokens" is text), or a
    paragraph's or a line's around lines or other tags ("<p>\\n  The bridge ... \\n</p>")."""
    last_opened: dict[str, re.Match[str]] = {}
    for tag, name in tags:
        if not tag.group(1):
            last_opened[name] = tag
            continue
        opening = last_opened.pop(name, None)  # each opening checked once: "<p>" + "x</p>" * 10,000 is linear
        if opening is None:
            continue
        inside = text[opening.end() : tag.start()]
        if inside and not inside[0].isspace() and not inside[-1].isspace():
            return True
        if name not in _INLINE_ELEMENTS and ("\n" in inside or "<" in inside):
            return True
    return False


def _read_reference(reference: str, marks: dict[str, str]) -> str:
    """What one reference reads as, its line breaks and tabs as ``marks``."""
    read: list[str] = []
    for character in html.unescape(reference):
        if character == "\r":
            read.append(marks[_CARRIAGE_RETURN])
        elif character in _LINE_BREAKS:
            read.append(marks[_LINE_BREAK])
        elif character == "\t":
            read.append(marks[_TAB])
        elif character == "\ufffd" or (unicodedata.category(character) in ("Cc", "Cf") and character not in _JOINERS):
            # "&#0;" and a reference to no character ("&#xD800;") read as U+FFFD: nothing a publisher wrote
            continue
        else:
            read.append(character)
    return "".join(read)


def _laid_out(text: str, marks: dict[str, str], *, one_line: bool) -> str:
    """``text`` with the marks of ``_read_reference`` replaced by what they stand for."""
    cr, lf, tab = marks[_CARRIAGE_RETURN], marks[_LINE_BREAK], marks[_TAB]
    if cr == " ":
        return text
    if not any(mark in text for mark in (cr, lf, tab)):
        return text
    if one_line:
        # a run of white space holding a mark is one space; matched as one run, not from each space of it
        # ("\s*" before the mark was tried again at every space: quadratic on a claim of 40,000 spaces)
        any_mark = re.escape(cr + lf + tab)
        return re.sub(rf"[\s{any_mark}]+", lambda run: " " if _holds_a_mark(run.group(), marks) else run.group(), text)
    # the spaces a page's source puts after a break ("Costs money.<br> Always.") are no indent of the next line:
    # a page shows none; they are the ones before it (``_lines_ended``) on the other side
    text = re.sub(rf"([{re.escape(cr + lf)}])[ \t\u00a0{re.escape(tab)}]+", r"\1", text)
    return text.replace(cr + lf, "\n").replace(cr, "\n").replace(lf, "\n").replace(tab, " ")


def _holds_a_mark(run: str, marks: dict[str, str]) -> bool:
    return any(mark in run for mark in marks.values())


def _decoded_or_none(text: str | None, *, one_line: bool = True) -> str | None:
    """``decoded``, its lines ended as the claims file ends them (``_lines_ended``), stripped (of joiners at its
    ends too: they join nothing there); None for a text that reads as blank ("&nbsp;", "&#32;", "&zwnj;")."""
    if text is None:
        return None
    return _lines_ended(decoded(text, one_line=one_line)).strip(_EDGES) or None


def _lines_ended(text: str) -> str:
    """``text`` with "\\n" for its line ends ("\\r\\n", "\\r": a text saved on Windows, which the claims file
    got as 'claim: "The ferry\\ris free"'), and without the white space before each: "It costs money. &#10;Always."
    wrote 'summary: "It costs money. \\nAlways."', a space nobody sees, in quotes where the text's lines could
    have been written as lines."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" not in text:
        return text
    # line by line, not a pattern: "[^\S\n]+\n" is tried again at every space of a long run of them
    return "\n".join(line.rstrip() for line in text.split("\n"))


#: white space and joiners opening or closing a text, taken off by ``str.strip``: the pattern
#: "[\s\u200c\u200d]+$" was tried again at every space of a long run inside a text ("a" + 30,000 spaces + "b":
#: 9.6 s); white space is what ``\s`` matches (``str.isspace``; none above U+3000)
_EDGES = "".join(character for character in map(chr, range(0x3001)) if character.isspace()) + "\u200c\u200d"


def _decoded_note(note: str | None) -> str | None:
    """A note, its rating read too: one that reads as blank is no rating (import's own notes quote it)."""
    if note is None:
        return None
    is_page, rating = imported_review_rating(Source(url="", note=note))
    if is_page:
        return imported_review_note(_decoded_or_none(rating))
    if note.startswith("rated “") and note.endswith("”"):
        return _rated(_decoded_or_none(note[len("rated “") : -1]))
    return _decoded_or_none(note)


def _decoded_source(source: Source) -> Source:
    return replace(
        source,
        title=_decoded_or_none(source.title),
        publisher=_decoded_or_none(source.publisher),
        quote=_decoded_or_none(source.quote, one_line=False),
        note=_decoded_note(source.note),
    )


def _decoded_texts(texts: Iterable[str]) -> tuple[str, ...]:
    """Each text read, those that read as blank left out, and a text read twice kept once."""
    return tuple(dict.fromkeys(text for text in map(_decoded_or_none, texts) if text))


def _decoded_record(imported: ImportedClaim) -> ImportedClaim:
    """Someone else's fact-check with its texts read as text (``decoded``), before its rating is mapped,
    its id made from its text and its text compared with the file's.  URLs are kept as written, and
    so is a claim factcheck exported (its texts are the claims file's own).

    Raises ``RecordError`` when the claim's text reads as blank ("&nbsp;&nbsp;", "&#32;"): a claim
    must say something, and an empty one stopped the whole import when it was written."""
    claim = imported.claim
    text = _decoded_or_none(claim.claim)
    if text is None:
        raise RecordError(f"the text of the claim, {_shown(claim.claim)}, reads as blank once its HTML markup is read")
    claim = replace(
        claim,
        claim=text,
        summary=_decoded_or_none(claim.summary, one_line=False),
        aliases=_decoded_texts(claim.aliases),
        tags=_decoded_texts(claim.tags),
        claimant=_decoded_or_none(claim.claimant),
        original_rating=_decoded_or_none(claim.original_rating),
        sources=tuple(_decoded_source(source) for source in claim.sources),
    )
    # the places name their publishers: "claimReview[1] (Boom & Co)"
    others = tuple(
        (decoded(where), rating)
        for where, raw in imported.other_ratings
        if (rating := _decoded_or_none(raw)) is not None
    )
    return replace(
        imported,
        claim=claim,
        rating=_decoded_or_none(imported.rating),
        other_ratings=others,
        rated_by=_decoded_or_none(imported.rated_by),
        review_ratings=tuple(_decoded_or_none(rating) for rating in imported.review_ratings),
    )


# ---------------------------------------------------------------------------------------------
# Import: one ClaimReview


def source_from_work(work: Any, what: str, notes: list[Note]) -> Source:
    """A source from a ``citation``/``appearance`` value: a URL, or a CreativeWork with a url
    (a date of it that cannot be read is said in ``notes``)."""
    if isinstance(work, str):
        return Source(url=_url(work, what))
    if not isinstance(work, dict):
        raise RecordError(f"{what} must be a URL or an object, not {json_kind(work)}")
    urls = [u for u in as_list(work.get("url")) if u]
    if not urls:
        raise RecordError(f"{what} has no url")
    quote = None
    for part in as_list(work.get("hasPart")):
        if isinstance(part, dict) and "Quotation" in type_names(part):
            quote = _text(part, "text", f"{what} quotation text")
            break
    note = None
    for comment in as_list(work.get("comment"))[:1]:
        if isinstance(comment, dict):
            note = _text(comment, "text", f"{what} comment text")
        elif isinstance(comment, str):
            note = comment.strip()
        else:
            raise RecordError(f"{what} comment must be text or a Comment, not {json_kind(comment)}")
    return Source(
        url=_url(urls[0], f"{what} url"),
        title=_text(work, "name", f"{what} name") or _text(work, "headline", f"{what} headline"),
        publisher=_name(work, "publisher", f"{what} publisher") or _name(work, "author", f"{what} author"),
        date=_date(work, "datePublished", prefix=f"{what} ", notes=notes),
        quote=quote,
        note=note or None,
    )


def _factcheck_id(review: dict[str, Any]) -> str | None:
    """The id of a claim factcheck exported (``identifier`` with our ``propertyID``), else None."""
    for identifier in as_list(review.get("identifier")):
        if isinstance(identifier, dict) and identifier.get("propertyID") == ID_PROPERTY:
            value = identifier.get("value")
            if not isinstance(value, str) or not ID_PATTERN.match(value) or len(value) > MAX_ID_LENGTH:
                raise RecordError(f"identifier {value!r} ({ID_PROPERTY}) is not a claim id")
            return value
    return None


def _keywords(review: dict[str, Any]) -> tuple[str, ...]:
    words: list[str] = []
    for value in as_list(review.get("keywords")):
        if not isinstance(value, str):
            raise RecordError(f"keywords must be text, not {json_kind(value)}")
        # One string may hold several keywords separated by commas (schema.org allows it).
        words += [word.strip() for word in value.split(",") if word.strip()]
    return tuple(dict.fromkeys(words))


def _appearances(item: dict[str, Any]) -> tuple[list[Source], list[Note], dict[str, str]]:
    """Where the claim appeared, as sources; a note for each appearance that cannot be one; and who gives each field
    of the first appearance that its listed appearance filled in (``_first_among_appearances``).

    An appearance is optional context, not evidence: one without a usable url ("Speech at
    rally", "www.facebook.com/post/1") is left out and said, rather than refusing the claim.
    """
    works = [
        (f"itemReviewed.appearance #{i}", w, APPEARANCE_NOTE) for i, w in enumerate(as_list(item.get("appearance")), 1)
    ]
    works += [
        ("itemReviewed.firstAppearance", w, FIRST_APPEARANCE_NOTE) for w in as_list(item.get("firstAppearance"))[:1]
    ]
    sources: list[Source] = []
    notes: list[Note] = []
    for what, work, note in works:
        try:
            sources.append(replace(source_from_work(work, what, notes), note=note))
        except RecordError as exc:
            notes.append(f"{exc}: {_LEFT_OUT}")
    appearances, filled = _first_among_appearances(sources, notes)
    return appearances, notes, filled


def _same_page(one: str, other: str) -> bool:
    """Whether two urls name one page: the same, or but for a "/" ending the path of one (``https://x.org/1/`` and
    ``https://x.org/1``, as a markup tool and a publisher's hand write the same post); not a "/" of a query or a
    fragment, nor two ("/1//" and "/1")."""
    if one == other:
        return True
    try:
        first, second = urlsplit(one), urlsplit(other)
    except ValueError:
        return False
    if first[:2] != second[:2] or first[3:] != second[3:]:  # scheme, host; query, fragment
        return False
    return first.path + "/" == second.path or second.path + "/" == first.path


def _first_among_appearances(sources: list[Source], notes: list[Note]) -> tuple[list[Source], dict[str, str]]:
    """The appearances, the one whose url the ``firstAppearance`` repeats noted as the first: publishers list
    the first appearance among the appearances too, and the repeat, left out as a url given twice, took with it
    what said which appearance was the first (an export then wrote no ``firstAppearance``).  And the fields of
    the first that its appearance gave (a note comparing a citation with them names the appearance)."""
    first = next((s for s in sources if s.note == FIRST_APPEARANCE_NOTE), None)
    if first is None:
        return sources, {}
    others = [s for s in sources if s is not first]
    # the one written the same first: "/1/" listed beside "/1" is that one
    listed = next((s for s in others if s.url == first.url), None) or next(
        (s for s in others if _same_page(s.url, first.url)), None
    )
    if listed is None:
        return sources, {}
    # The entry is labelled "first appeared": what the firstAppearance node says of it wins, the appearance fills
    # in what it leaves out (an appearance given as its url alone, the first one with its date).  Every field of
    # Source is merged, so that one added later is not dropped here.
    merged = replace(
        first,
        **{f.name: getattr(first, f.name) or getattr(listed, f.name) for f in fields(Source) if f.name != "note"},
    )
    notes += _differences(first, listed, "itemReviewed.firstAppearance", "its appearance")
    filled = {
        f.name: "itemReviewed.appearance"
        for f in fields(Source)
        if getattr(listed, f.name) and not getattr(first, f.name)
    }
    return [merged if s is listed else s for s in sources if s is not first], filled


def _differences(kept: Source, other: Source, kept_as: str, other_as: str) -> list[str]:
    """A note for each field but the note that two entries of one page give otherwise (a url that is the same
    page, ``_same_page``, is no difference): ``kept``'s is kept."""
    said: list[str] = []
    for f in fields(Source):
        ours, theirs = getattr(kept, f.name), getattr(other, f.name)
        if f.name == "note" or not (ours and theirs) or ours == theirs:
            continue
        if f.name == "url" and _same_page(ours, theirs):
            continue
        said.append(_difference(f.name, ours, kept_as, theirs, other_as))
    return said


def _difference(name: str, ours: object, kept_as: str, theirs: object, other_as: str) -> str:
    """The note that ``kept_as`` (``itemReviewed.firstAppearance``, ``citation #1``) gives the field ``name`` as
    ``ours``, kept, where ``other_as`` gives ``theirs``."""
    owner = kept_as if kept_as.startswith("citation") else f"the {kept_as.rsplit('.', 1)[-1]}"
    return (
        f"{kept_as} gives the {name} {_shown(str(ours))} where {other_as} gives {_shown(str(theirs))}: "
        f"{owner}'s is kept"
    )


def _cited_appearances(
    citations: Sequence[Source],
    appearances: Sequence[Source],
    notes: list[Note],
    *,
    page: str | None,
    filled: dict[str, str],
) -> tuple[list[tuple[int, Source]], list[Source]]:
    """The citations that are not where the claim appeared (each with its number), and the appearances, each filled in
    by the citations of its page: publishers cite the post a claim (first) appeared in, and that citation was kept as
    evidence, the appearance left out as a url given twice: the claim no longer said where it (first) appeared, and an
    export wrote no ``firstAppearance``.  An appearance of the review's own ``page`` takes none: it is left out as the
    page itself (``_unique_sources``), and a citation merged into it would go with it.  ``filled``: who gave the fields
    of the first appearance that are not its own (``_first_among_appearances``)."""
    evidence = list(enumerate(citations, 1))
    read: list[Source] = []
    for appearance in appearances:
        own_page = page is not None and _same_page(appearance.url, page)
        cited = [] if own_page else [(number, c) for number, c in evidence if _same_page(c.url, appearance.url)]
        if not cited:
            read.append(appearance)
            continue
        evidence = [(number, c) for number, c in evidence if all(c is not other for _, other in cited)]
        is_first = appearance.note == FIRST_APPEARANCE_NOTE
        read.append(_merged_citations(appearance, cited, notes, filled if is_first else {}))
    return evidence, read


def _merged_citations(
    appearance: Source, cited: Sequence[tuple[int, Source]], notes: list[Note], filled: dict[str, str]
) -> Source:
    """``appearance`` filled in by each citation of its page in turn, each said: that it is kept as where the claim
    appeared (no longer evidence; its comment, which the appearance's note replaces, not kept), and each field it
    gives otherwise than the one kept, named by who gave that one (the appearance, ``filled``, an earlier
    citation), so that a second citation of the page is not lost unsaid."""
    is_first = appearance.note == FIRST_APPEARANCE_NOTE
    kept_as = "itemReviewed.firstAppearance" if is_first else "itemReviewed.appearance"
    where = "where the claim first appeared" if is_first else "where the claim appeared"
    values = {f.name: getattr(appearance, f.name) for f in fields(Source) if f.name != "note"}
    owners = {name: filled.get(name, kept_as) for name, value in values.items() if value}
    for number, citation in cited:
        for name, ours in list(values.items()):
            theirs = getattr(citation, name)
            if not theirs or ours == theirs or (name == "url" and _same_page(ours, theirs)):
                continue
            if not ours:
                values[name], owners[name] = theirs, f"citation #{number}"
                continue
            notes.append(_difference(name, ours, owners[name], theirs, f"citation #{number}"))
        said = f"citation #{number} is {'' if is_first else 'the '}{kept_as}: kept as {where}"
        notes.append(f"{said}, without its comment {_shown(citation.note)}" if citation.note else said)
    return replace(appearance, **values)


def _no_review_url_note(publisher: str | None, what: str = "") -> Advice:
    """How to add the page: the library's caller adds a source (``update_claim``), the command line's
    user runs 'factcheck edit ID --add-source URL' (``add_source``, as cli/app.py words it)."""
    return Advice(
        "{what}has no url: the fact-check{whose} is not kept as a source, so the claim names neither its page "
        "nor its publisher; add the page {add_source} if you have it",
        {
            "what": f"{what} " if what else "",
            "whose": f" (by {_shown(publisher)})" if publisher else "",
            "add_source": "as a source of the claim",
        },
    )


def _own_appearances(item: dict[str, Any], citations: tuple[Source, ...]) -> tuple[Source, ...]:
    """The sources of a claim factcheck exported that are where it appeared: ``itemReviewed.appearance``,
    each with the note it was exported with (they come back after the evidence).  An export made before
    they were left out of ``citation`` has them there too, in their place: then they are read from there."""
    if any(is_appearance(c) for c in citations):
        return ()
    notes: list[Note] = []
    return tuple(
        source_from_work(w, f"itemReviewed.appearance #{i}", notes)
        for i, w in enumerate(as_list(item.get("appearance")), 1)
    )


def read_claim_review(review: dict[str, Any], origin: str) -> ImportedClaim:
    """One ClaimReview object as a claim; raises ``RecordError`` saying what is wrong with it."""
    text = _claim_text(review)
    if text is None:
        raise RecordError("has no claimReviewed (the text of the claim), nor an itemReviewed Claim with a name")
    item = _object(review, "itemReviewed") or {}
    rating_node = _object(review, "reviewRating") or {}
    notes: list[Note] = []
    citations = tuple(
        source_from_work(w, f"citation #{i}", notes) for i, w in enumerate(as_list(review.get("citation")), 1)
    )
    read = Claim(
        id="",
        claim=text,
        verdict=Verdict.UNSUPPORTED,
        summary=_text(review, "reviewBody"),
        aliases=_texts(item, "alternateName", "itemReviewed.alternateName"),
        tags=_keywords(review),
        claimant=_name(item, "author", "itemReviewed.author"),
        checked=_date(review, "datePublished", "dateCreated", notes=notes),
    )
    claim_id = _factcheck_id(review)
    url = _optional_url(review, "url", "url")
    if claim_id is not None:
        # The url too: a claim factcheck exported is then recognised when it comes back.
        claim = _factcheck_claim(read, claim_id, rating_node, review, (*citations, *_own_appearances(item, citations)))
        language = language_tag(review.get("inLanguage"))
        return ImportedClaim(
            origin, claim, exact=True, review_urls=(url,) if url else (), notes=tuple(notes), language=language
        )
    # Someone else's fact-check: its page is the first source, then what it cites, then where
    # the claim appeared (kept as sources with a note saying so: the model has no other place).
    rating_text = _text(rating_node, "alternateName", "reviewRating.alternateName", strict=True) or _text(
        rating_node, "name", "reviewRating.name"
    )
    # Only a number: kept as the publisher gave it, but no verdict is guessed from it.
    original = rating_text or _numeric_rating(rating_node)
    # said once for the file, with a count (``counted_note``): a feed gives every record so
    several = len(_name_list(item, "author", "itemReviewed.author")) > 1
    bare_number = rating_text is None and original is not None and _is_number(original) and not _has_scale(rating_node)
    publisher = _name(review, "author") or _name(review, "publisher")
    page = (
        Source(
            url=url,
            title=_text(review, "headline") or _text(review, "name"),
            publisher=publisher,
            date=read.checked,
            note=imported_review_note(original),
        )
        if url
        else None
    )
    if page is None:
        # The page is where the claim's verdict comes from, and whose it is: without it the claim reads
        # as a fact-check of one's own with no source, and export credits nobody else for the rating
        notes.append(_no_review_url_note(publisher))
    appearances, appearance_notes, filled = _appearances(item)
    evidence, appearances = _cited_appearances(citations, appearances, appearance_notes, page=url, filled=filled)
    explanation = _text(rating_node, "ratingExplanation", "reviewRating.ratingExplanation")
    claim = replace(
        read,
        summary=explanation or read.summary,
        original_rating=original,
        sources=_unique_sources(
            [
                *([(REVIEW_ITSELF, page)] if page else []),
                *((f"citation #{number}", source) for number, source in evidence),
                *((_appearance_label(source), source) for source in appearances),
            ],
            notes,
        ),
    )
    return _decoded_record(
        ImportedClaim(
            origin,
            claim,
            exact=False,
            rating=rating_text,
            review_urls=(url,) if url else (),
            notes=(*notes, *appearance_notes),
            language=language_tag(review.get("inLanguage")),
            counted=(*((BARE_RATING,) if bare_number else ()), *((SEVERAL_AUTHORS,) if several else ())),
            left_out=_left_out(
                review,
                item,
                rating_node,
                page=url,
                rated=rating_text is not None,
                replaced_body=_differ(explanation, read.summary),
            ),
        )
    )


def _given(node: dict[str, Any], key: str) -> bool:
    return any(value not in (None, "", [], {}) for value in as_list(node.get(key)))


def _left_out(
    review: dict[str, Any],
    item: dict[str, Any],
    rating_node: dict[str, Any],
    *,
    page: str | None,
    rated: bool,
    replaced_body: bool,
) -> tuple[str, ...]:
    """The properties of another publisher's ClaimReview that no field of the claim keeps (docs/commands.md,
    "What goes where"), so that the import says they were left out rather than losing them unsaid.
    Each by the test the reader keeps it by: ``rated``, a textual rating was read (a ratingValue is
    then not kept); ``replaced_body``, a ratingExplanation other than the reviewBody is the summary;
    ``page``, the review's url, kept as the claim's first source: an address of its publisher that is
    only its site's home page (``_site_home``) is said by it, and not said lost."""
    publisher_read = not _publisher_left_out(review)  # its whole is said below when it is not
    dropped = [
        ("itemReviewed.datePublished", _given(item, "datePublished")),
        # who made the claim, given without a name ({"@type": "Person", "url": ...}), alone or beside a named one:
        # no claimant, or not that one, unsaid
        ("itemReviewed.author without a name", _nameless_given(item, "author")),
        # an address of the review's author or publisher (its site, its profiles): the source keeps the publisher's
        # name, and has no field for an address; one that is the home page of the fact-check's own site loses
        # nothing the page's url does not say (the commonest markup: "author": {"name", "url": its home page})
        ("author.url", _address_given(review, "author", "url", page)),
        ("author.sameAs", _address_given(review, "author", "sameAs", page)),
        ("publisher.url", publisher_read and _address_given(review, "publisher", "url", page)),
        ("publisher.sameAs", publisher_read and _address_given(review, "publisher", "sameAs", page)),
        # the claimant's address (a profile, a Wikipedia page: Google's markup tool writes claimAuthor.sameAs):
        # the claim keeps its name only; a nameless one is said above
        ("itemReviewed.author.url", _address_given(item, "author", "url", None, named=True)),
        ("itemReviewed.author.sameAs", _address_given(item, "author", "sameAs", None, named=True)),
        # who the claimant is beyond a name ("State senator"), a picture of them, the fact-checker's logo: the claims
        # file keeps a claimant's and a publisher's name alone (what an export writes back)
        ("itemReviewed.author.jobTitle", _property_given(item, "author", "jobTitle", named=True)),
        ("itemReviewed.author.image", _property_given(item, "author", "image", named=True)),
        ("itemReviewed.author.logo", _property_given(item, "author", "logo", named=True)),
        ("author.logo", _property_given(review, "author", "logo")),
        ("author.image", _property_given(review, "author", "image")),
        ("publisher.logo", publisher_read and _property_given(review, "publisher", "logo")),
        ("publisher.image", publisher_read and _property_given(review, "publisher", "image")),
        ("sdLicense", _given(review, "sdLicense")),
        ("reviewRating.ratingValue", _given(rating_node, "ratingValue") and rated),
        ("reviewBody", replaced_body),
        ("publisher", not publisher_read),
        ("sameAs", _given(review, "sameAs") and as_list(review.get("sameAs")) != as_list(review.get("url"))),
    ]
    return tuple(name for name, given in dropped if given)


#: what a user loses with a property ``_left_out`` names whose name alone does not say it, as the import's note
#: says it (``not kept (...): itemReviewed.author.jobTitle (1 record: the claimant's job title)``)
LEFT_OUT_MEANING = {
    "itemReviewed.author.jobTitle": "the claimant's job title",
    "itemReviewed.author.image": "a picture of the claimant",
    "itemReviewed.author.logo": "the claimant's logo",
    "author.logo": "the fact-checker's logo",
    "author.image": "a picture of the fact-checker",
    "publisher.logo": "the fact-checker's logo",
    "publisher.image": "a picture of the fact-checker",
}


def _property_given(node: dict[str, Any], key: str, name: str, *, named: bool = False) -> bool:
    """Whether an object of ``node[key]`` (a person, an organisation) gives ``name`` (``jobTitle``, ``logo``);
    ``named``: of the objects with a name only (a nameless one is said as such)."""
    return any(
        isinstance(value, dict) and (not named or _named(value)) and _given(value, name)
        for value in as_list(node.get(key))
    )


def _nameless_given(node: dict[str, Any], key: str) -> bool:
    """Whether ``node[key]`` (a person, an organisation) is given with no name, or lists one without a name (an
    object whose ``name`` is not given) beside others: that one is kept by nothing.  One that gives its type alone
    (``{"@type": "Person"}``) says nobody: nothing is lost."""
    return any(
        isinstance(value, dict)
        and not _named(value)
        and any(_given(value, other) for other in value if other not in ("@type", "@context"))
        for value in as_list(node.get(key))
    )


def _named(value: dict[str, Any]) -> bool:
    """Whether a person or organisation object has a name as ``_name`` reads it: one of spaces is none."""
    try:
        return _text(value, "name", "name") is not None
    except RecordError:  # a name of the wrong type: refused where the name is read, so given
        return True


def _address_given(node: dict[str, Any], key: str, address: str, page: str | None, *, named: bool = False) -> bool:
    """Whether an object of ``node[key]`` (a person, an organisation) gives an ``address`` (``url``, ``sameAs``)
    that the claim does not keep: any but the home page of ``page``'s site.  ``named``: of the objects with a
    name only (a nameless one is said as such)."""
    for value in as_list(node.get(key)):
        if not isinstance(value, dict) or (named and not _named(value)):
            continue
        given = [v for v in as_list(value.get(address)) if v not in (None, "", [], {})]
        if any(not (isinstance(v, str) and _site_home(v, page)) for v in given):
            return True
    return False


def _site_home(url: str, page: str | None) -> bool:
    """Whether ``url`` is the home page of the site of ``page`` (the fact-check's url), which the claim keeps:
    the same host, but for a "www." and its case, over http or https, with no path, query or fragment
    (``https://www.example.org/`` for ``https://example.org/2024/some-check``).  Google's API names a
    review's publisher so, by its ``site``: "Host-level site name, without the protocol or www prefix
    ... based purely on the claim review URL"."""
    if page is None:
        return False
    home, kept = _url_parts(url.strip()), _url_parts(page)
    if home is None or kept is None or home.scheme.lower() not in ("http", "https"):
        return False
    if home.username is not None or home.password is not None:  # "user:pw@": an address of someone, not the site's
        return False
    return home.path in ("", "/") and not (home.query or home.fragment) and _host(home) == _host(kept)


def _url_parts(url: str) -> SplitResult | None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises for a port that is no number
    except ValueError:
        return None
    return parts if parts.hostname else None


def _host(parts: SplitResult) -> tuple[str, int | None]:
    """The host of a url as a site is told by (lower case, without "www.") and its port (the scheme's default
    written or not is left as written: a slip no real markup shows)."""
    return (parts.hostname or "").removeprefix("www."), parts.port


def _publisher_left_out(review: dict[str, Any]) -> bool:
    """Whether the publisher names someone the page's publisher leaves out: the author's names are
    kept when it has any (``read_claim_review``), and a publisher beside them is not read, so a wrong
    type in it refuses nothing (it is said not kept)."""
    authors = _name_list(review, "author")  # read already: it cannot fail here
    if not authors or not _given(review, "publisher"):
        return False
    try:
        return not set(_name_list(review, "publisher")) <= set(authors)
    except RecordError:
        return True


def _differ(explanation: str | None, body: str | None) -> bool:
    """Whether both are given and read otherwise once their references are read ("&amp;" is "&")."""
    if not explanation or not body:
        return False
    return _decoded_or_none(explanation, one_line=False) != _decoded_or_none(body, one_line=False)


def _claim_text(review: dict[str, Any]) -> str | None:
    """``claimReviewed``, or the name of the ``Claim`` reviewed when it has none or one that reads as blank
    once its references are read ("&nbsp;", " &#32; "): a publisher's tool that fills the field with an
    entity gives the claim's text in the ``Claim`` only.  A blank one stays when the name is blank too, for
    ``_decoded_record`` to say so."""
    reviewed = _text(review, "claimReviewed", strict=True)
    if reviewed is not None and _decoded_or_none(reviewed) is not None:
        return reviewed
    name = _claim_name(review)
    return name if name is not None and _decoded_or_none(name) is not None else reviewed or name


def _claim_name(review: dict[str, Any]) -> str | None:
    """The ``name`` of the ``Claim`` reviewed: the text of the claim where a publisher gives it
    there and not as ``claimReviewed`` (a ``Claim`` is a ``Thing``, its name is what it says).
    Only a node typed ``Claim``: the name of a reviewed article or video is its title, not a claim."""
    for item in as_list(review.get("itemReviewed")):
        if isinstance(item, dict) and "Claim" in type_names(item):
            return _text(item, "name", "itemReviewed.name", strict=True)
    return None


def _factcheck_claim(
    read: Claim, claim_id: str, rating_node: dict[str, Any], review: dict[str, Any], citations: tuple[Source, ...]
) -> Claim:
    """A claim factcheck exported, restored as it was: its id, verdict, original rating and sources."""
    label = _text(rating_node, "alternateName", "reviewRating.alternateName", strict=True)
    verdict = _VERDICT_BY_LABEL.get((label or "").casefold())
    if verdict is None:
        raise RecordError(f"reviewRating.alternateName {label!r} is not one of factcheck's verdicts")
    # The first associated review carries original_rating (export puts it first); any others are
    # fact-check pages the claim was imported from, restored from the citations.
    associated = [a for a in as_list(review.get("associatedClaimReview")) if a is not None][:1]
    if associated and not isinstance(associated[0], dict):
        raise RecordError(f"associatedClaimReview must be an object, not {json_kind(associated[0])}")
    rating_of_first = _object(associated[0], "reviewRating") if associated else None
    original = _text(rating_of_first or {}, "alternateName", "associatedClaimReview rating")
    # Tags exactly as listed (not split at commas: a tag may hold one).
    tags = _texts(review, "keywords")
    return replace(read, id=claim_id, verdict=verdict, tags=tags, original_rating=original, sources=citations)


def _numeric_rating(rating_node: dict[str, Any]) -> str | None:
    """``ratingValue`` with the scale given beside it: ``2 (worst 0, best 10)``; None without one.

    The scale is shown only as given: schema.org's defaults (1 to 5) are not assumed to be meant.
    """
    value = _rating_number(rating_node, "ratingValue")
    if value is None:
        return None
    scale = [
        f"{word} {number}"
        for word, key in (("worst", "worstRating"), ("best", "bestRating"))
        if (number := _rating_number(rating_node, key)) is not None
    ]
    return f"{value} ({', '.join(scale)})" if scale else value


#: a ``ratingValue`` given alone, a number: 1 is the best of some scales and the worst of others, and
#: the claim keeps only the number (``original_rating``), so the import says so while it can.  Not a
#: refused record: one without any rating is imported (as unsupported), and this one gives more
BARE_RATING = "reviewRating.ratingValue alone"


#: several who made the claim (``itemReviewed.author``): the claimant names them all, ", " between,
#: which a name may hold too ("Smith, John"), so an export writes them back as one author of that name
SEVERAL_AUTHORS = "itemReviewed.author several"


def counted_note(kind: str, claims: Sequence[Claim]) -> str:
    """The note of ``kind`` (``ImportedClaim.counted``) for the ``claims`` that give it, once for the
    file: the same comes with every record of a publisher's feed, and one line each buried the rest."""
    count = len(claims)
    records = f"{count:,} record{'' if count == 1 else 's'}"
    if kind == SEVERAL_AUTHORS:
        example = f"{claims[0].claimant!r}" if count == 1 else f"e.g. {claims[0].claimant!r}"
        return (
            f"itemReviewed.author gives several authors ({records}): kept as one claimant naming them "
            f"({example}), which an export writes back as one author"
        )
    example = f"{'' if count == 1 else 'e.g. '}{claims[0].original_rating!r}"
    return (
        f"reviewRating.ratingValue is a number given alone ({records}; no bestRating, worstRating or textual "
        f"rating): its scale is not said, and schema.org's default (1 to 5) is not assumed; kept as "
        f"original_rating as given ({example})"
    )


#: a number as JSON writes one, also given as text ("4", "-1.5", "2e3"): only a number has a scale to ask
#: about; a ratingValue in words ("False") is the publisher's rating as it is
_NUMBER = re.compile(r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def _is_number(value: str) -> bool:
    return _NUMBER.fullmatch(value) is not None


def _has_scale(rating_node: dict[str, Any]) -> bool:
    return any(_rating_number(rating_node, key) is not None for key in ("bestRating", "worstRating"))


def _rating_number(rating_node: dict[str, Any], key: str) -> str | None:
    values: list[str] = []
    for value in as_list(rating_node.get(key)):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            values.append(str(value))
        elif isinstance(value, str) and value.strip():
            values.append(value.strip())
        elif value is not None and value != "":
            raise RecordError(f"reviewRating.{key} must be a number, not {json_kind(value)}")
    return _single(values, f"reviewRating.{key}") if values else None


def _rated(rating: str | None) -> str | None:
    return f"rated “{rating}”" if rating else None


#: how a note names the review's own page, the first source (``_unique_sources``)
REVIEW_ITSELF = "the review itself"


def _appearance_label(source: Source) -> str:
    return "itemReviewed.firstAppearance" if source.note == FIRST_APPEARANCE_NOTE else "itemReviewed.appearance"


def _unique_sources(labelled: Sequence[tuple[str, Source]], notes: list[Note]) -> tuple[Source, ...]:
    """The sources, each named as a note names it ("citation #2"), with a url given again taken as the claims file
    takes it: a source that quotes what no source of its url quotes is one of its own (two quotes from one report
    are two pieces of evidence: a claims file keeps a source per quote); any other is the first source of its url
    with the same quote or none, whose empty fields it fills (but the review's own page, whose quote, title... an
    export would not write back), and what else it gives is said in ``notes`` (a second citation of a url was
    dropped unsaid, its quote with it)."""
    kept: list[tuple[str, Source]] = []
    for label, source in labelled:
        index = _same_source(kept, source)
        if index is None:
            kept.append((label, source))
            continue
        first_label, first = kept[index]
        fill = first_label != REVIEW_ITSELF
        values = {f.name: getattr(first, f.name) for f in fields(Source)}
        lost: list[str] = []
        for name, ours in values.items():
            theirs = getattr(source, name)
            if name == "url" or not theirs or theirs == ours:
                continue
            if name == "note" and (appearance_note(theirs) is not None or imported_review_rating(source)[0]):
                continue  # what the source is (an appearance, a fact-check), not words of it
            if name == "note" and label.startswith("claimReview["):  # a Google review's note is its rating
                rating = _note_rating(theirs)
                if rating is not None and rating != _note_rating(ours or ""):
                    lost.append(f"its rating {_shown(rating)}")  # the API's textualRating: a note is ours
                continue
            if fill and not ours and name != "note":
                values[name] = theirs
                continue
            shown = ("comment" if label.startswith("citation") else "note") if name == "note" else name
            lost.append(f"its {shown} {_shown(str(theirs))}")
        kept[index] = (first_label, replace(first, **values))
        if lost:
            gives = "the url and the quote" if source.quote and source.quote == first.quote else "the url"
            said = f"{', '.join(lost[:-1])} and {lost[-1]}" if len(lost) > 1 else lost[0]
            if fill:
                notes.append(
                    f"{label} gives {gives} of {first_label} ({source.url}): kept as one source, without {said}"
                )
            else:  # the review's own page takes nothing from it: none of it is kept
                notes.append(
                    f"{label} gives {gives} of {first_label} ({source.url}): left out, as the review's own page is "
                    f"already a source, and with it {said}"
                )
    return tuple(source for _, source in kept)


def _note_rating(note: str) -> str | None:
    """The rating a Google review's note gives: the lead review's (``imported_review_note``) or another's
    (``_rated``); None for none."""
    imported, rating = imported_review_rating(Source(url="", note=note or None))
    if imported:
        return rating
    if note.startswith("rated “") and note.endswith("”"):
        return note[len("rated “") : -1] or None
    return None


def _same_source(kept: Sequence[tuple[str, Source]], source: Source) -> int | None:
    """Which of ``kept`` ``source`` is one with (``_unique_sources``): the first of its url with its quote, else,
    for a source that quotes, the first of its url that quotes nothing and takes a quote (not the review itself),
    else, for one that quotes nothing (or an appearance), the first of its url; None when it is a source of its
    own."""
    same_url = [i for i, (_, k) in enumerate(kept) if k.url == source.url]
    if not source.quote or source.is_appearance:  # one page is where the claim appeared once, quote or none
        return same_url[0] if same_url else None
    quoting = next((i for i in same_url if kept[i][1].quote == source.quote), None)
    if quoting is not None:
        return quoting
    return next((i for i in same_url if kept[i][1].quote is None and kept[i][0] != REVIEW_ITSELF), None)


# ---------------------------------------------------------------------------------------------
# Import: one claim of a Google Fact Check Tools response


def read_google_claim(entry: dict[str, Any], origin: str) -> ImportedClaim:
    """``{"text", "claimant", "claimDate", "claimReview": [{"publisher": {"name", "site"}, "url",
    "title", "reviewDate", "textualRating", "languageCode"}]}``: the first review with a url gives the
    rating and the date (the first review when none has one); every review with a url is a source
    (the others noted with their own rating)."""
    _refuse_miscased_keys(entry, GOOGLE_CLAIM_KEYS, "")
    text = _text(entry, "text", strict=True)
    if text is None:
        raise RecordError("has no text (the claim)")
    reviews = as_list(entry.get("claimReview"))
    sources: list[tuple[str, Source]] = []  # each named as a note names it
    rating_text = checked = language = rated_by = None
    urls: list[str] = []
    ratings: list[str | None] = []
    others: list[tuple[str, str]] = []
    notes: list[Note] = []
    lead = _lead_review(reviews)
    for i, review in enumerate(reviews):
        what = f"claimReview[{i}]"
        if not isinstance(review, dict):
            raise RecordError(f"{what} must be an object, not {json_kind(review)}")
        _refuse_miscased_keys(review, GOOGLE_REVIEW_KEYS, f"{what}.")
        publisher = _object(review, "publisher") or {}
        review_rating = _text(review, "textualRating", f"{what}.textualRating", strict=True)
        date = _date(review, "reviewDate", prefix=f"{what}.", notes=notes)
        by = _text(publisher, "name", f"{what}.publisher.name") or _text(publisher, "site", f"{what}.publisher.site")
        place = f"{what} ({by})" if by else what
        if i == lead:
            rating_text, checked, language = review_rating, date, language_tag(review.get("languageCode"))
            rated_by = place if i else None
        elif review_rating:
            others.append((place, review_rating))
        url = _optional_url(review, "url", f"{what}.url")
        if url is None:
            notes.append(_no_review_url_note(by, what))
            continue
        urls.append(url)
        ratings.append(review_rating)
        source = Source(
            url=url,
            title=_text(review, "title", f"{what}.title"),
            publisher=by,
            date=date,
            note=imported_review_note(review_rating) if i == lead else _rated(review_rating),
        )
        sources.append((what, source))
    claim = Claim(
        id="",
        claim=text,
        verdict=Verdict.UNSUPPORTED,
        claimant=_name(entry, "claimant"),
        checked=checked,
        original_rating=rating_text,
        sources=_unique_sources(sources, notes),
    )
    return _decoded_record(
        ImportedClaim(
            origin,
            claim,
            exact=False,
            rating=rating_text,
            review_urls=tuple(urls),
            review_ratings=tuple(ratings),
            notes=tuple(notes),
            language=language,
            other_ratings=tuple(others),
            rated_by=rated_by,
            left_out=("claimDate",) if _given(entry, "claimDate") else (),
        )
    )


#: the fields of a ``claims:search`` claim and of each of its reviews (Fact Check Tools API v1alpha1)
GOOGLE_CLAIM_KEYS = ("text", "claimant", "claimDate", "claimReview")
GOOGLE_REVIEW_KEYS = ("publisher", "url", "title", "reviewDate", "textualRating", "languageCode")


def _refuse_miscased_keys(node: dict[str, Any], known: Sequence[str], prefix: str) -> None:
    """``RecordError`` for a key that is one of ``known`` in another case ("claimreview",
    "textualrating": a response rebuilt by hand, or by a tool that lower-cases keys).  Keys are
    case-sensitive: the field was not read, and the claim came in as unsupported, without its
    fact-check, reported only as "without a rating"."""
    by_case = {key.casefold(): key for key in known}
    for key in node:
        meant = by_case.get(key.casefold()) if isinstance(key, str) else None
        if meant is not None and meant != key and meant not in node:
            raise RecordError(f"has '{prefix}{key}' where the API writes '{prefix}{meant}' (keys are case-sensitive)")


def _lead_review(reviews: Sequence[Any]) -> int:
    """The index of the review a Google claim takes its rating from: the first with a url, else the first.

    The verdict is then the rating of the page kept as "the fact-check this claim was imported from":
    taken from a review without one, it stood beside another publisher's page that rates the claim
    otherwise, as if that page were its source."""
    for i, review in enumerate(reviews):
        if isinstance(review, dict) and any(isinstance(url, str) and url.strip() for url in as_list(review.get("url"))):
            return i
    return 0
