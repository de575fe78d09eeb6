"""Reading import files: each shape recognised from its content, every field mapped, and broken or
hostile input refused with a message that says what and where."""

from __future__ import annotations

import json
import re
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claimreview import APPEARANCE_NOTE, FIRST_APPEARANCE_NOTE, imported_review_note
from factcheck.errors import InputError, Location
from factcheck.importformats import MAX_JSON_DEPTH, InputShape, ParsedImport, parse_import
from factcheck.importing import plan_import
from factcheck.model import KnowledgeBase, Source, Verdict
from factcheck.ratings import RatingMap
from factcheck.store import load_knowledge_base

INTEROP = Path(__file__).parent / "fixtures" / "interop"
MINI = Path(__file__).parent / "fixtures" / "mini_claims.yaml"


def parse_fixture(name: str) -> ParsedImport:
    return parse_import((INTEROP / name).read_bytes(), name)


def parse_json(document: object) -> ParsedImport:
    return parse_import(json.dumps(document).encode(), "in.json")


def messages(parsed: ParsedImport) -> list[str]:
    return [p.message for p in parsed.problems]


#: the note of every review without a url (as most records written here for one point or another)
NO_REVIEW_URL = ": has no url: the fact-check"


def notes(parsed: ParsedImport) -> list[str]:
    """The notes, but that of a review without a url."""
    return [n.message for n in parsed.notes if NO_REVIEW_URL not in n.message]


LEFT_OUT = "not kept (the claims file has no field for them): "


def left_out(parsed: ParsedImport) -> list[str]:
    """The note of what the claims added (to an empty file) do not keep: said by the import's plan,
    which knows which records are added."""
    plan = plan_import(parsed, KnowledgeBase((), "claims.yaml"), RatingMap(), "in.json")
    return [n.message for n in plan.notes if n.message.startswith(LEFT_OUT)]


def planned_notes(parsed: ParsedImport) -> list[str]:
    """The notes the import's plan adds (to an empty file), once for the file, but the not-kept one."""
    plan = plan_import(parsed, KnowledgeBase((), "claims.yaml"), RatingMap(), "in.json")
    said = [n.message for n in plan.notes if n not in parsed.notes]
    return [message for message in said if not message.startswith(LEFT_OUT) and NO_REVIEW_URL not in message]


# -- ClaimReview --------------------------------------------------------------------------------------


def test_a_single_claim_review_maps_every_field() -> None:
    parsed = parse_fixture("claimreview_single.json")
    assert parsed.shape is InputShape.CLAIMREVIEW and parsed.problems == ()
    (imported,) = parsed.claims
    claim = imported.claim
    assert not imported.exact and claim.id == ""
    assert imported.rating == claim.original_rating == "Pants on Fire!"
    assert imported.review_urls == ("https://example.org/fact-checks/moon-cheese",)
    assert claim.claim == "The Moon is made of green cheese."
    assert claim.summary == "Lunar samples are rock and dust, not dairy."  # ratingExplanation
    assert claim.claimant == "Wallace"
    assert claim.checked == "2024-04-01"  # the date part of datePublished
    assert claim.tags == ("moon", "space")  # "moon, space" split at commas
    assert claim.sources == (
        Source(
            url="https://example.org/fact-checks/moon-cheese",
            title="No, the Moon is not made of cheese",
            publisher="Example Fact Desk",
            date="2024-04-01",
            # someone else's fact-check, with their rating: export must not pass it off as ours
            note="the fact-check this claim was imported from, rated “Pants on Fire!”",
        ),
        Source(
            url="https://example.org/lunar-samples",
            title="What lunar samples are made of",
            publisher="Example Space Agency",
            date="2019-07-20",
            quote="The samples are basalt and breccia.",
        ),
        Source(url="https://example.org/apollo-archive"),
        Source(url="https://example.org/posts/cheese-moon", publisher="Example Social", note=APPEARANCE_NOTE),
        Source(url="https://example.org/posts/first-cheese", note=FIRST_APPEARANCE_NOTE),
    )


def test_a_list_of_claim_reviews() -> None:
    parsed = parse_fixture("claimreview_list.json")
    assert parsed.shape is InputShape.CLAIMREVIEW
    assert [c.origin for c in parsed.claims] == ["[0]", "[1]"]
    assert [c.rating for c in parsed.claims] == ["Mostly False", "True"]
    assert [c.claim.checked for c in parsed.claims] == ["2024-05-02", "2024-05-03"]


def test_a_graph_keeps_only_its_claim_reviews() -> None:
    parsed = parse_fixture("claimreview_graph.json")
    assert parsed.shape is InputShape.CLAIMREVIEW
    assert [c.origin for c in parsed.claims] == ["@graph[1]", "@graph[2]"]
    assert [c.claim.claim for c in parsed.claims] == [
        "Schools will open on Sundays from next year.",
        "The tram line was cancelled to save money.",
    ]


def test_a_data_commons_feed() -> None:
    parsed = parse_fixture("datafeed.json")
    assert parsed.shape is InputShape.DATA_FEED and parsed.problems == ()
    first, second = parsed.claims
    assert first.origin == "dataFeedElement[0].item[0]"
    assert first.rating == "Falso"
    assert first.claim.checked == "2019-05-30"  # from dateCreated when there is no datePublished
    assert first.claim.claimant == "A. Blogger"
    assert first.claim.sources[0].publisher == "Example Checkers"
    assert second.claim.sources[0].publisher == "Example Checkers"  # author given as a list
    assert second.rating == "Half True"


def test_json_lines_of_claim_reviews() -> None:
    parsed = parse_fixture("claimreview.jsonl")
    assert parsed.shape is InputShape.CLAIMREVIEW
    assert [c.claim.claim for c in parsed.claims] == [
        "Owls can turn their heads all the way around.",
        "Bananas are berries.",
    ]


def test_a_record_of_json_lines_is_named_by_its_line() -> None:
    # Its index among the documents ("[2]") skips the blank lines and counts from 0: the record at fault
    # here is on line 5, which is where a reader of a JSON Lines file (an editor, sed -n 5p) looks.
    good = [
        json.dumps({"@type": "ClaimReview", "claimReviewed": f"Claim {n}.", "url": f"https://e.org/{n}"}) for n in "ab"
    ]
    ratings = [{"alternateName": "False"}, {"alternateName": "True"}]
    bad = json.dumps({"@type": "ClaimReview", "claimReviewed": "Two ratings.", "reviewRating": ratings})
    webpage = json.dumps({"@type": "WebPage", "name": "x"})
    parsed = parse_import("\n".join([good[0], "", webpage, "", bad, good[1]]).encode(), "in.jsonl")
    assert [problem.message.split(":")[0] for problem in parsed.problems] == ["line 5"]
    assert [c.origin for c in parsed.claims] == ["line 1", "line 6"]
    assert notes(parsed) == ["skipped 1 item that is not a ClaimReview: line 3 (WebPage)"]
    # the same records in a JSON list are named by their index, as JSON paths name them
    listed = parse_import(f"[{good[0]}, {webpage}, {bad}, {good[1]}]".encode(), "in.json")
    assert [problem.message.split(":")[0] for problem in listed.problems] == ["[2]"]


def test_an_api_error_among_google_pages_one_a_line_is_named_by_its_line() -> None:
    claims = json.loads((INTEROP / "google_search.json").read_text(encoding="utf-8"))["claims"]
    failed = {"error": {"code": 429, "message": "Quota exceeded", "status": "RESOURCE_EXHAUSTED"}}
    data = "\n\n".join(json.dumps(page) for page in ({"claims": claims}, failed))
    with pytest.raises(InputError, match=r"^in\.jsonl: error: line 3 is an error response from the API"):
        parse_import(data.encode(), "in.jsonl")


def test_a_factcheck_claim_of_json_lines_is_placed_on_its_line() -> None:
    # `factcheck list --json | jq -c '.[]'` gives factcheck claims one a line: a problem names its line
    claims = [
        {"id": "clock", "claim": "The town clock was built in 1820.", "verdict": "false"},
        {"id": "clock", "claim": "The bridge cost two billion dollars.", "verdict": "wrong"},
    ]
    parsed = parse_import("\n\n".join(json.dumps(claim) for claim in claims).encode(), "in.jsonl")
    assert parsed.shape is InputShape.FACTCHECK
    assert {problem.location.line for problem in parsed.problems} == {3}
    assert any("first used at line 1" in problem.message for problem in parsed.problems)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_json_lines_split_at_newlines_only(separator: str, newline: str) -> None:
    # JSON allows these unescaped inside a string; str.splitlines() would cut the line there.
    lines = [
        json.dumps({"@type": "ClaimReview", "claimReviewed": f"One{separator}two"}, ensure_ascii=False),
        json.dumps({"@type": "ClaimReview", "claimReviewed": "Three"}),
    ]
    parsed = parse_import((newline.join(lines) + newline).encode(), "in.jsonl")
    assert parsed.problems == ()
    assert [c.claim.claim for c in parsed.claims] == [f"One{separator}two", "Three"]


@pytest.mark.parametrize(
    "type_name", ["ClaimReview", ["ClaimReview"], "schema:ClaimReview", "http://schema.org/ClaimReview"]
)
def test_the_type_may_be_spelled_in_any_json_ld_way(type_name: object) -> None:
    parsed = parse_json({"@context": "https://schema.org", "@type": type_name, "claimReviewed": "A claim."})
    assert [c.claim.claim for c in parsed.claims] == ["A claim."]


@pytest.mark.parametrize(
    ("rating", "said"),
    [
        ({"ratingValue": 1}, True),  # 1 is the best of some scales, the worst of others
        ({"ratingValue": "4"}, True),
        ({"ratingValue": " 2.5 "}, True),  # a number given as text is still a number
        ({"ratingValue": -1}, True),
        ({"ratingValue": "False"}, False),  # a rating in words has no scale to ask about
        ({"ratingValue": "4 stars"}, False),
        ({"ratingValue": 2, "bestRating": 10}, False),  # kept as "2 (best 10)": the scale goes with it
        ({"ratingValue": 2, "worstRating": 0}, False),
        ({"ratingValue": 1, "alternateName": "False"}, False),  # the text is the rating
        ({}, False),  # no rating at all: said as one without a textual rating, as before
    ],
)
def test_a_rating_value_given_alone_is_noted_with_its_field(rating: dict[str, object], said: bool) -> None:
    parsed = parse_json({"@type": "ClaimReview", "claimReviewed": "A claim.", "reviewRating": rating})
    assert parsed.problems == () and notes(parsed) == []  # said by the plan, once for the file
    value = str(rating.get("ratingValue")).strip()
    expected = (
        "reviewRating.ratingValue is a number given alone (1 record; no bestRating, worstRating or textual "
        "rating): its scale is not said, and schema.org's default (1 to 5) is not assumed; kept as "
        f"original_rating as given ('{value}')"
    )
    assert planned_notes(parsed) == ([expected] if said else [])


def test_a_rating_value_given_alone_is_said_once_for_the_file_with_a_count() -> None:
    # a feed gives every record so: 20,000 records printed 20,000 identical lines
    rated = [{"ratingValue": 1}, {"ratingValue": "3"}, {"ratingValue": 2, "bestRating": 5}, {"ratingValue": 1}]
    records = [
        {"@type": "ClaimReview", "claimReviewed": f"Claim number {i}.", "reviewRating": rating}
        for i, rating in enumerate(rated)
    ]
    assert planned_notes(parse_json(records)) == [
        "reviewRating.ratingValue is a number given alone (3 records; no bestRating, worstRating or textual "
        "rating): its scale is not said, and schema.org's default (1 to 5) is not assumed; kept as "
        "original_rating as given (e.g. '1')"
    ]


def test_a_rating_given_only_as_name_is_still_read() -> None:
    parsed = parse_json({"@type": "ClaimReview", "claimReviewed": "A claim.", "reviewRating": {"name": "Mostly True"}})
    assert parsed.claims[0].rating == "Mostly True"


@pytest.mark.parametrize(
    ("rating", "kept"),
    [
        ({"ratingValue": 2, "bestRating": "10", "worstRating": 0}, "2 (worst 0, best 10)"),
        ({"ratingValue": "4.5", "bestRating": 5}, "4.5 (best 5)"),
        ({"ratingValue": 1}, "1"),  # schema.org's default scale is not assumed to be meant
        ({"ratingValue": 1, "alternateName": "False"}, "False"),  # the text, when there is one
    ],
)
def test_a_numeric_rating_is_kept_but_no_verdict_is_guessed_from_it(rating: dict[str, object], kept: str) -> None:
    (imported,) = parse_json({"@type": "ClaimReview", "claimReviewed": "A claim.", "reviewRating": rating}).claims
    assert imported.claim.original_rating == kept
    assert imported.rating == ("False" if "alternateName" in rating else None)  # only text goes to the map


def test_a_numeric_rating_that_is_no_number_is_refused() -> None:
    parsed = parse_json({"@type": "ClaimReview", "claimReviewed": "A claim.", "reviewRating": {"ratingValue": True}})
    assert messages(parsed) == ["the ClaimReview: reviewRating.ratingValue must be a number, not true/false"]


def test_a_review_without_rating_or_url_is_a_claim_without_them() -> None:
    (imported,) = parse_json({"@type": "ClaimReview", "claimReviewed": "A claim."}).claims
    assert imported.rating is None and imported.claim.sources == () and imported.review_urls == ()


def test_a_review_without_a_url_is_imported_with_a_note_naming_its_publisher() -> None:
    # a publisher's review without a url became a claim with no source, its publisher dropped, and
    # the report said nothing: the claim read as one's own unsourced fact-check
    record = {
        "@type": "ClaimReview",
        "claimReviewed": "Harbourton has more parks per resident than any city.",
        "author": {"@type": "Organization", "name": "Harbour Post Verify"},
        "reviewRating": {"@type": "Rating", "alternateName": "Unproven"},
    }
    parsed = parse_json([record, {**record, "url": "https://post.example.com/fc/parks"}])
    assert parsed.claims[0].claim.sources == () and len(parsed.claims[1].claim.sources) == 1
    # the library's wording: a command ('factcheck edit ID --add-source URL') is the command line's to add
    assert [n.message for n in parsed.notes] == [
        "[0]: has no url: the fact-check (by 'Harbour Post Verify') is not kept as a source, so the claim names "
        "neither its page nor its publisher; add the page as a source of the claim if you have it"
    ]
    assert parsed.notes[0].worded_for({"add_source": "with 'factcheck edit ID --add-source URL'"}).message == (
        "[0]: has no url: the fact-check (by 'Harbour Post Verify') is not kept as a source, so the claim names "
        "neither its page nor its publisher; add the page with 'factcheck edit ID --add-source URL' if you have it"
    )


def review(text: str, **more: object) -> dict[str, object]:
    return {"@type": "ClaimReview", "claimReviewed": text, "reviewRating": {"alternateName": "False"}, **more}


def origins(parsed: ParsedImport) -> list[str]:
    return [c.origin for c in parsed.claims]


# Where real pages nest ClaimReviews (a page's mainEntity, an @graph holding a DataFeed ...), in a
# JSON file as in an HTML page's scripts.


def test_a_pages_main_entity_is_read() -> None:
    parsed = parse_json({"@type": "WebPage", "mainEntity": review("One.")})
    assert parsed.shape is InputShape.CLAIMREVIEW and parsed.problems == ()
    assert origins(parsed) == ["mainEntity"]
    parsed = parse_json({"@type": "NewsArticle", "mainEntity": [review("One."), review("Two.")]})
    assert origins(parsed) == ["mainEntity[0]", "mainEntity[1]"]


def test_the_main_entity_and_parts_of_graph_nodes_are_read() -> None:
    document = {
        "@graph": [
            {"@type": "WebSite", "name": "Example"},
            {
                "@type": "Article",
                "mainEntity": review("One."),
                "hasPart": [{"@type": "WebPageElement"}, review("Two.")],
            },
        ]
    }
    parsed = parse_json(document)
    assert parsed.problems == () and notes(parsed) == []
    assert origins(parsed) == ["@graph[1].mainEntity", "@graph[1].hasPart[1]"]


def test_a_data_feed_in_a_graph_is_read() -> None:
    feed = {"@type": "DataFeed", "dataFeedElement": [{"item": [review("One.")]}, {"item": review("Two.")}]}
    parsed = parse_json({"@graph": [{"@type": "WebPage"}, feed]})
    assert parsed.shape is InputShape.DATA_FEED and parsed.problems == ()
    assert origins(parsed) == ["@graph[1].dataFeedElement[0].item[0]", "@graph[1].dataFeedElement[1].item[0]"]


def test_a_list_mixing_the_containers() -> None:
    parsed = parse_json(
        [
            {"@type": "WebPage", "mainEntity": review("One.")},
            {"@graph": [review("Two.")]},
            review("Three."),
            {"@type": "DataFeed", "dataFeedElement": [{"item": [review("Four.")]}]},
            {"@type": "Organization"},
        ]
    )
    assert parsed.shape is InputShape.DATA_FEED and parsed.problems == ()
    assert origins(parsed) == ["[0].mainEntity", "[1].@graph[0]", "[2]", "[3].dataFeedElement[0].item[0]"]
    assert notes(parsed) == ["skipped 1 item that is not a ClaimReview: [4] (Organization)"]


def test_a_review_given_twice_by_its_id_is_read_once() -> None:
    full = review("One.", **{"@id": "https://example.org/r#review", "url": "https://example.org/r"})
    reference = {"@type": "ClaimReview", "@id": "https://example.org/r#review"}
    page = {"@type": "WebPage", "mainEntity": full}
    for document, place in [
        ({"@graph": [{"@type": "WebPage", "mainEntity": reference}, full]}, "@graph[1]"),  # named by its @id
        ({"@graph": [page, full]}, "@graph[0].mainEntity"),  # given in full twice
        ([page, {"@context": "https://schema.org", **full}], "[0].mainEntity"),  # in two documents
    ]:
        parsed = parse_json(document)
        assert parsed.problems == () and origins(parsed) == [place]


def test_two_reviews_with_one_id_but_different_content_are_both_read() -> None:
    # JSON-LD would merge them; which text is meant is not clear, so neither is dropped unsaid
    one, other = (review(text, **{"@id": "https://example.org/r#review"}) for text in ("One.", "Other."))
    parsed = parse_json({"@graph": [{"@type": "WebPage", "mainEntity": one}, other]})
    assert [c.claim.claim for c in parsed.claims] == ["One.", "Other."]


def test_nodes_a_review_names_by_their_id_are_read() -> None:
    # Yoast-style @graph: the publisher, the claim and its author are nodes of their own, named by @id
    organization = {"@type": "Organization", "@id": "https://example.org/#org", "name": "Example Fact Desk"}
    claim = {
        "@type": "Claim",
        "@id": "https://example.org/fc/1#claim",
        "name": "The lake has dried up.",
        "author": {"@id": "https://example.org/#person"},
        "appearance": {"@id": "https://example.org/#post"},
    }
    reviewed = {
        "@type": "ClaimReview",
        "url": "https://example.org/fc/1",
        "author": {"@id": "https://example.org/#org", "@type": "Organization"},
        "itemReviewed": {"@id": "https://example.org/fc/1#claim"},
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
    }
    person = {"@type": "Person", "@id": "https://example.org/#person", "name": "Jo Doe"}
    post = {"@type": "SocialMediaPosting", "@id": "https://example.org/#post", "url": "https://social.example/p/1"}
    parsed = parse_json({"@graph": [reviewed, claim, organization, person, post]})
    assert parsed.problems == ()
    (imported,) = parsed.claims
    assert imported.claim.claim == "The lake has dried up."  # the name of the Claim node
    assert imported.claim.claimant == "Jo Doe"
    assert [(s.url, s.publisher) for s in imported.claim.sources] == [
        ("https://example.org/fc/1", "Example Fact Desk"),
        ("https://social.example/p/1", None),
    ]


def test_a_node_named_in_another_script_of_a_page_is_read() -> None:
    organization = {"@context": "https://schema.org", "@type": "Organization", "@id": "#org", "name": "Desk"}
    page = "<!DOCTYPE html><html><head>" + "".join(
        f'<script type="application/ld+json">{json.dumps(node)}</script>'
        for node in (organization, review("One.", url="https://example.org/fc/1", author={"@id": "#org"}))
    )
    (imported,) = parse_import(page.encode(), "page.html").claims
    assert imported.claim.sources[0].publisher == "Desk"


def test_a_node_that_names_itself_is_read_once() -> None:
    loop = {"@type": "Organization", "@id": "#org", "name": "Desk", "parentOrganization": {"@id": "#org"}}
    parsed = parse_json({"@graph": [review("One.", url="https://example.org/fc/1", author={"@id": "#org"}), loop]})
    assert parsed.claims[0].claim.sources[0].publisher == "Desk"


def test_a_review_nested_anywhere_else_is_not_looked_for() -> None:
    with pytest.raises(InputError, match="an object with keys '@type', 'about'"):
        parse_json({"@type": "WebPage", "about": review("One.")})
    parsed = parse_json({"@type": "WebPage", "mainEntity": review("One."), "about": {"mainEntity": review("Two.")}})
    assert [c.claim.claim for c in parsed.claims] == ["One."]


def test_a_misspelt_review_in_a_graph_or_main_entity_is_reported() -> None:
    misspelt = {"@type": "Claimreview", "claimReviewed": "Two."}
    parsed = parse_json({"@graph": [review("One."), misspelt, {"@type": "WebPage", "mainEntity": misspelt}]})
    assert origins(parsed) == ["@graph[0]"]
    assert messages(parsed) == [
        '@graph[1]: is not a ClaimReview ("@type": "Claimreview")',
        '@graph[2].mainEntity: is not a ClaimReview ("@type": "Claimreview")',
    ]


# -- HTML pages ---------------------------------------------------------------------------------------


def test_a_page_with_one_claim_review() -> None:
    parsed = parse_fixture("page_single.html")
    assert parsed.shape is InputShape.HTML and parsed.problems == ()
    assert notes(parsed) == [] and left_out(parsed) == [
        # its author.url is the home page of its own site (https://example.org/): nothing lost, nothing said
        f"{LEFT_OUT}reviewRating.ratingValue (1 record)"
    ]
    (imported,) = parsed.claims
    assert imported.origin == "script[0]" and imported.rating == "False"
    assert imported.claim.claim == "The harbour will close to fishing boats in August."
    assert imported.claim.claimant == "A. Poster" and imported.claim.checked == "2024-07-02"
    assert imported.review_urls == ("https://example.org/fact-checks/harbour-closing",)


def test_a_page_graph_whose_web_page_names_its_review_by_id() -> None:
    parsed = parse_fixture("page_graph.html")
    assert parsed.problems == () and parsed.notes == ()
    assert origins(parsed) == ["script[0].@graph[1]"]
    assert parsed.claims[0].rating == "Mostly False" and parsed.claims[0].claim.checked == "2024-08-15"


def test_an_articles_main_entity_and_parts_repeated_by_another_script() -> None:
    parsed = parse_fixture("page_main_entity.html")
    assert parsed.problems == ()
    assert origins(parsed) == ["script[0].mainEntity", "script[0].hasPart[0]"]  # script[1] repeats the first
    assert [c.rating for c in parsed.claims] == ["True", "Half True"]


def test_a_page_with_a_data_feed_in_its_graph() -> None:
    parsed = parse_fixture("page_datafeed.html")
    assert parsed.shape is InputShape.HTML and parsed.problems == ()
    assert origins(parsed) == [
        "script[0].@graph[1].dataFeedElement[0].item[0]",
        "script[0].@graph[1].dataFeedElement[1].item[0]",
    ]


def test_a_script_that_is_not_json_is_a_problem_and_the_others_are_read() -> None:
    parsed = parse_fixture("page_broken_script.html")
    assert [c.claim.claim for c in parsed.claims] == ["The ferry is free for everyone on Sundays."]
    (problem,) = parsed.problems
    # the script's number and line, and where in the page the JSON breaks (a comma missing)
    assert problem.message == "script[1] (line 9): not valid JSON: Expecting ',' delimiter (line 15, column 5)"
    assert problem.location.line == 9 and problem.is_error


def test_a_page_without_any_claim_review_is_refused_saying_what_it_holds() -> None:
    with pytest.raises(InputError) as caught:
        parse_fixture("page_no_claimreview.html")
    assert str(caught.value) == (
        "page_no_claimreview.html: error: an HTML page without any ClaimReview JSON-LD in it "
        "(3 ld+json scripts: Organization, WebSite, BreadcrumbList)"
    )


@pytest.mark.parametrize(
    ("page", "held"),
    [
        ("<!DOCTYPE html><title>x</title><p>No scripts.", 'no <script type="application/ld+json"> element'),
        (
            '<html>\n<script type="application/ld+json">{"@type": "WebSite"}</script>\n'
            '<script type="application/ld+json">\n{"@type": "ClaimReview" "url": 1}</script>',
            "2 ld+json scripts: WebSite; script[1] (line 3): not valid JSON: Expecting ',' delimiter "
            "(line 4, column 25)",
        ),
        (
            '<html><script type="application/ld+json"></script><script type="application/ld+json">{"a": 1}</script>',
            "2 ld+json scripts, empty or without any @type",
        ),
        (
            '<html><script type="application/ld+json">{"@graph": [{"@type": "Claimreview"}]}</script>',
            "1 ld+json script: Claimreview",
        ),
    ],
)
def test_a_page_without_claim_reviews_says_what_its_scripts_hold(page: str, held: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_import(page.encode(), "page.html")
    assert str(caught.value) == f"page.html: error: an HTML page without any ClaimReview JSON-LD in it ({held})"


def test_json_wrapped_in_a_comment_or_cdata_is_read() -> None:
    parsed = parse_fixture("page_wrapped.html")
    assert parsed.problems == ()
    assert origins(parsed) == ["script[0]", "script[1]", "script[2]", "script[3]"]


def test_what_is_and_is_not_a_json_ld_script() -> None:
    parsed = parse_fixture("page_script_edge.html")
    assert parsed.problems == () and parsed.notes == ()
    # not read: a script in a comment, JavaScript (and what it writes), another type, text
    assert [(c.origin, c.claim.claim) for c in parsed.claims] == [
        ("script[0]", "Writing </script> in a web page breaks it & more."),  # no entity decoded in a script
        ("script[1][1]", "A claim given in a list."),
    ]


def test_a_script_end_tag_inside_a_json_string_ends_the_script_as_in_browsers() -> None:
    page = (
        "<html>\n"
        '<script type="application/ld+json">{"@type": "ClaimReview", "claimReviewed": "a </script> b"}</script>\n'
        '<script type="application/ld+json">{"@type": "ClaimReview", "claimReviewed": "Fine."}</script>\n'
    )
    parsed = parse_import(page.encode(), "page.html")
    assert [c.origin for c in parsed.claims] == ["script[1]"]
    assert messages(parsed) == [
        "script[0] (line 2): not valid JSON: Unterminated string starting at (line 2, column 78)"
    ]


@pytest.mark.parametrize(
    ("script", "content"),
    [
        ('<script type="application/ld+json">{json}</SCRIPT >', "{json}"),
        ('<script type="application/ld+json">{json}</script\n>', "{json}"),
        ('<script type="application/ld+json">{json}', "{json}"),  # never closed: to the end of the page
        ('<script type="application/ld+json">{json}</script', "{json}</script"),
        ('<script type="application/ld+json">{json}<!-- x', "{json}<!-- x"),
        ("<script type=application/ld+json>{json}</script>", "{json}"),
        ('<script type="application/ld+json" type="text/plain">{json}</script>', "{json}"),
    ],
)
def test_script_boundaries(script: str, content: str) -> None:
    from factcheck.htmltext import json_ld_scripts

    json = '{"@type": "ClaimReview", "claimReviewed": "x"}'
    (found,) = json_ld_scripts("<html>\n<p>text</p>" + script.replace("{json}", json))
    assert found.content == content.replace("{json}", json) and found.line == 2


def test_problems_with_records_name_the_script_and_its_line() -> None:
    page = (
        "<!DOCTYPE html>\n"
        '<script type="application/ld+json">{"@type": "ClaimReview", "claimReviewed": "Fine."}</script>\n'
        '<script type="application/ld+json">\n{"@graph": [{"@type": "WebPage"},\n'
        '  {"@type": "ClaimReview", "claimReviewed": "A claim.", "reviewRating": "False"}]}\n</script>\n'
    )
    parsed = parse_import(page.encode(), "page.html")
    (problem,) = parsed.problems
    assert problem.message == "script[1].@graph[1]: reviewRating must be an object, not text ('False')"
    assert problem.location.line == 3


@pytest.mark.parametrize(
    ("script", "message"),
    [
        # the JSON starts on the script's line: columns count from the start of the line
        (
            '  <script type="application/ld+json">{"a" 1}</script>',
            "Expecting ':' delimiter (line 2, column 43)",
        ),
        (
            '<script type="application/ld+json">\n{"claimReviewed": "a",\n "claimReviewed": "b"}</script>',
            "the key 'claimReviewed' appears twice in one object (line 4, column 2)",
        ),
        (
            '<script type="application/ld+json">\n{"a": 1}\n{"b": }</script>',
            "line 4 is not valid JSON: Expecting value",
        ),
    ],
)
def test_a_broken_script_says_where_in_the_page(script: str, message: str) -> None:
    page = f'<html>\n{script}\n<script type="application/ld+json">{json.dumps(review("One."))}</script>'
    assert message in messages(parse_import(page.encode(), "page.html"))[0]


def test_a_page_is_recognised_by_its_content_not_its_name() -> None:
    page = (INTEROP / "page_single.html").read_bytes()
    assert parse_import(page, "saved.json").shape is InputShape.HTML
    assert parse_import(page, "<stdin>").shape is InputShape.HTML
    assert (
        parse_import(b"\n <meta charset=utf-8>" + page[page.index(b"<script") :], "part.txt").shape is InputShape.HTML
    )
    assert parse_json([review("One.")]).shape is InputShape.CLAIMREVIEW  # named in.json
    assert parse_import(json.dumps([review("One.")]).encode(), "page.html").shape is InputShape.CLAIMREVIEW


@pytest.mark.parametrize(
    "page",
    [
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">\n<html>',
        "<!-- saved by a browser -->\n<!doctype HTML>",
        "<head>",
        "<body>",
        "<link rel=canonical href='https://example.org/checks/one'>",
        "",  # the script alone
    ],
)
def test_pages_and_parts_of_pages_are_html(page: str) -> None:
    data = f'{page}<script type="application/ld+json">{json.dumps(review("One."))}</script>'.encode()
    assert parse_import(data, "x").shape is InputShape.HTML


# Hostile pages: bounded, and refused with a message (InputError) or read, never a crash.


def test_thousands_of_scripts() -> None:
    script = '<script type="application/ld+json">{"@type": "Organization"}</script>\n'
    page = "<html>" + script * 5_000 + f'<script type="application/ld+json">{json.dumps(review("One."))}</script>'
    assert origins(parse_import(page.encode(), "page.html")) == ["script[5000]"]
    with pytest.raises(InputError, match=r"\(5,000 ld\+json scripts: Organization\)$"):
        parse_import(("<html>" + script * 5_000).encode(), "page.html")


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 200_000])
def test_deeply_nested_json_in_a_script_is_a_problem(depth: int) -> None:
    deep = '<script type="application/ld+json">' + "[" * depth + "]" * depth + "</script>"
    page = f'<html>\n{deep}\n<script type="application/ld+json">{json.dumps(review("One."))}</script>'
    parsed = parse_import(page.encode(), "page.html")
    assert origins(parsed) == ["script[1]"]
    assert messages(parsed) == [f"script[0] (line 2): JSON nested too deeply (more than {MAX_JSON_DEPTH} levels)"]


# A page's JSON-LD written by hand in a template: comments and trailing commas, which browsers never
# parse and so nobody sees broken.  Read without them, with a note; a JSON file gets no such leniency.

SLIPPED_SCRIPT = """<script type="application/ld+json">
{
  // added by the theme
  "@context": "https://schema.org", /* review markup */
  "@type": "ClaimReview",
  "url": "https://example.org/fc/slips",
  "claimReviewed": "A claim with // and /* in it, and a comma before ] here,]",
  "reviewRating": {"@type": "Rating", "alternateName": "False",},
  "author": [{"@type": "Organization", "name": "Example Desk"},],
}
</script>"""


def test_comments_and_trailing_commas_in_a_pages_script_are_read_past_with_a_note() -> None:
    parsed = parse_import(f"<html>\n{SLIPPED_SCRIPT}\n".encode(), "page.html")
    assert parsed.problems == ()
    (imported,) = parsed.claims
    # the strings are kept whole, their "//", "/*" and ",]" too
    assert imported.claim.claim == "A claim with // and /* in it, and a comma before ] here,]"
    assert imported.claim.original_rating == "False" and imported.claim.sources[0].publisher == "Example Desk"
    assert notes(parsed) == [
        "script[0] (line 2): not valid JSON as written (a comment, or a comma before a closing bracket): "
        "read without them"
    ]


def test_a_slip_in_a_script_without_a_claim_review_is_not_noted() -> None:
    crumbs = '<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": [1, 2,]}</script>'
    page = f'<html>\n{crumbs}\n<script type="application/ld+json">{json.dumps(review("One."))}</script>'
    parsed = parse_import(page.encode(), "page.html")
    assert origins(parsed) == ["script[1]"] and parsed.problems == () and notes(parsed) == []


@pytest.mark.parametrize(
    ("script", "message"),
    [
        # what is still wrong once the slips are read past, where it is
        ('{"@type": "ClaimReview", // x\n "url" "https://x.org",}', "Expecting ':' delimiter (line 3, column 8)"),
        ('{"@type": "ClaimReview", /* never closed\n "url": 1}', "Expecting property name enclosed in double quotes"),
        ('{"@type": "ClaimReview",, "url": 1}', "enclosed in double quotes (line 2, column 60)"),
        # a comma after no value is no trailing comma: "[,]" is not an empty list, "{,}" no empty object
        ('{"@type": "ClaimReview", "keywords": [,]}', "Expecting value (line 2, column 74)"),
        ('{"@type": "ClaimReview", "author": {,}}', "enclosed in double quotes (line 2, column 72)"),
    ],
)
def test_a_script_broken_beyond_its_slips_is_still_a_problem(script: str, message: str) -> None:
    page = (
        f'<html>\n<script type="application/ld+json">{script}</script>\n'
        f'<script type="application/ld+json">{json.dumps(review("One."))}</script>'
    )
    parsed = parse_import(page.encode(), "page.html")
    assert origins(parsed) == ["script[1]"]
    (problem,) = parsed.problems
    assert problem.message.startswith("script[0] (line 2): not valid JSON: ") and message in problem.message


@pytest.mark.parametrize("pattern", ['"\\', "/* ", '"', '/*"', ',"', "// ", ", "])
def test_a_script_that_never_closes_its_string_or_comment_is_read_past_in_one_pass(pattern: str) -> None:
    # '"\\"\\"\\...' (80 kB) took 100 s: the string pattern, failing at the end, was tried again from each quote
    broken = '<script type="application/ld+json">{' + pattern * 50_000 + "</script>"
    page = f'<html>\n{broken}\n<script type="application/ld+json">{json.dumps(review("One."))}</script>'
    parsed = parse_import(page.encode(), "page.html")
    assert origins(parsed) == ["script[1]"]
    (problem,) = messages(parsed)
    assert problem.startswith("script[0] (line 2): ")


def test_a_json_file_with_a_trailing_comma_is_still_refused() -> None:
    # a JSON file is a program's output: one that is not JSON is broken, and said so
    with pytest.raises(InputError, match="not valid JSON"):
        parse_import(json.dumps(review("One.")).replace("}", ",}", 1).encode(), "in.json")


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='ab ,/*]}"\\\n'),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(alphabet="ab,/*"), children, max_size=3),
    max_leaves=12,
)


def _with_slips(value: object) -> str:
    """``value`` as JSON with a comment after every item and a comma after the last one."""
    if isinstance(value, list):
        return "[" + "".join(f"{_with_slips(v)}, // item\n" for v in value) + "]"
    if isinstance(value, dict):
        return "{" + "".join(f"{json.dumps(k)}: /* key */ {_with_slips(v)},\n" for k, v in value.items()) + "}"
    return json.dumps(value)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("[1,]", "[1 ]"),
        ('{"a": [1] ,}', '{"a": [1]  }'),
        ("[/* none */,]", "[          ,]"),  # the comment blanked, but no value before the comma
        ("[,]", None),
        ("{,}", None),
        ("[1,,]", None),
        ('{"a":,}', None),
    ],
)
def test_relaxed_json_blanks_only_a_comma_after_a_value(text: str, read: str | None) -> None:
    from factcheck.strictjson import relaxed

    assert relaxed(text) == read


def test_value_lines_follows_the_way_to_each_place_past_strings_that_look_like_json() -> None:
    from factcheck.strictjson import value_lines

    text = (
        '{"a": "[{\\"x\\": 1},\\n]", "k\\u0022y": [1, {"b": 2}],\n'
        ' "@graph": [\n  "}", {"deep": [[[{}]]]},\n\n  {"c": 3}\n ]}'
    )
    json.loads(text)  # valid JSON
    wanted = ["", "@graph[0]", "@graph[1]", "@graph[2]", 'k"y[1]', "a", "@graph[9]", "nowhere[0]"]
    assert value_lines(text, wanted) == {"": 1, "a": 1, 'k"y[1]': 1, "@graph[0]": 3, "@graph[1]": 3, "@graph[2]": 5}


def test_value_lines_reads_no_further_than_the_last_place_wanted() -> None:
    # it walked on value by value to the end: a 4 MB @graph of one record and 2 million zeros took
    # 5 s; what follows the last place is not read at all, so here its broken tail is never met
    from factcheck.strictjson import value_lines

    text = '{"@graph": [\n{"a": 1},\n {"b": [2, 3]}, 0, 0, {"c": '
    assert value_lines(text, ["@graph[0]", "@graph[1]"]) == {"@graph[0]": 2, "@graph[1]": 3}
    assert value_lines(text, [""]) == {"": 1}
    assert value_lines('[{"a": 1, "a": 1},\n{"a": 2}, [', ["[0].a", "[1]"]) == {"[0].a": 1, "[1]": 2}


def test_value_lines_finds_a_place_in_a_list_given_as_one_value() -> None:
    # JSON-LD gives one value where a list may be ('"item": {...}'); the import reads it as a list of
    # it alone and names the record "item[0]", which then had no line
    from factcheck.strictjson import value_lines

    text = '{"@graph": {\n "dataFeedElement": [\n  {"item":\n   {"a": 1}},\n  {"item": [\n {"b": 2}]}]}}'
    json.loads(text)  # valid JSON
    wanted = ["@graph[0].dataFeedElement[0].item[0]", "@graph[0].dataFeedElement[1].item[0]", "@graph[0].x[0]"]
    assert value_lines(text, wanted) == {wanted[0]: 4, wanted[1]: 6}
    # a list stays a list: its first item is [0], never the list itself
    assert value_lines('{"a":\n [\n [1]]}', ["a[0]", "a[0][0]"]) == {"a[0]": 3, "a[0][0]": 3}


@pytest.mark.parametrize("one", [True, False])
def test_a_feeds_record_given_as_one_object_gets_its_line_as_one_in_a_list(one: bool) -> None:
    broken = {"@type": "ClaimReview", "url": "https://example.org/fc/1", "reviewRating": {"alternateName": "False"}}
    feed = {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "dataFeedElement": [{"item": broken if one else [broken]}],
    }
    parsed = parse_import(json.dumps(feed, indent=1).encode(), "in.json")
    assert [(p.location, p.message[:27]) for p in parsed.problems] == [
        (Location("in.json", 6 if one else 7), "dataFeedElement[0].item[0]:")
    ]


def test_a_json_files_notes_name_the_file_and_its_records_are_not_looked_for() -> None:
    # a note's line is shown nowhere (the report prints its message), and finding it read the file
    # again: a file with only notes paid for it, seeing nothing
    records = [review(f"Claim {i}.", itemReviewed={"appearance": {"headline": "No url"}}) for i in range(2)]
    data = json.dumps(records, indent=1).encode()
    with patch("factcheck.importformats.value_lines", side_effect=AssertionError("read again")):
        parsed = parse_import(data, "in.json")
    assert parsed.problems == () and len(notes(parsed)) == 2
    assert {n.location for n in parsed.notes} == {Location("in.json")}
    broken = json.dumps([records[0], {**records[1], "claimReviewed": 5}], indent=1).encode()
    assert [p.location for p in parse_import(broken, "in.json").problems] == [Location("in.json", 14)]  # its line


@settings(max_examples=200, deadline=None)
@given(_JSON_VALUES)
def test_relaxed_json_reads_what_was_written(value: object) -> None:
    from factcheck.strictjson import relaxed

    assert relaxed(json.dumps(value)) is None  # valid JSON is left alone: nothing to read past
    text = _with_slips(value)
    assert json.loads(relaxed(text) or text) == value


@pytest.mark.parametrize(
    ("more", "message"),
    [
        # the claim's author, not the review's: named where it is, so that the fix is made there
        ({"itemReviewed": {"author": 5}}, "itemReviewed.author must be a name or an object with a name, not a number"),
        ({"itemReviewed": {"author": {"name": 5}}}, "itemReviewed.author.name must be text, not a number (5)"),
        ({"itemReviewed": {"alternateName": [5]}}, "itemReviewed.alternateName must be text or a list of texts, not"),
        ({"citation": {"url": "https://example.org/a", "publisher": 7}}, "citation #1 publisher must be a name or"),
        ({"citation": {"url": "https://example.org/a", "author": [{"name": 7}]}}, "citation #1 author.name must be"),
        ({"author": {"name": 5}}, "author.name must be text, not a number (5)"),  # the review's own, as it was
    ],
)
def test_a_wrong_type_inside_the_review_is_named_by_its_path(more: dict[str, object], message: str) -> None:
    (problem,) = messages(parse_json([review("A claim.", **more)]))
    assert problem.startswith(f"[0]: {message}")


@pytest.mark.parametrize(
    ("more", "dropped"),
    [
        ({"itemReviewed": {"@type": "Claim", "datePublished": "2024-01-02"}}, "itemReviewed.datePublished"),
        ({"sdLicense": "https://creativecommons.org/licenses/by/4.0/"}, "sdLicense"),
        ({"reviewRating": {"alternateName": "False", "ratingValue": 1, "bestRating": 5}}, "reviewRating.ratingValue"),
        ({"reviewRating": {"name": "False", "ratingValue": "1"}}, "reviewRating.ratingValue"),
        (
            {"reviewBody": "Long.", "reviewRating": {"alternateName": "False", "ratingExplanation": "Short."}},
            "reviewBody",
        ),
        ({"author": "Desk A", "publisher": {"name": "Group B"}}, "publisher"),
        ({"author": "Desk A", "publisher": 7}, "publisher"),
        ({"url": "https://example.org/a", "sameAs": "https://amp.example.org/a"}, "sameAs"),
        # the claim's author without a name gives no claimant: it was lost unsaid
        (
            {"itemReviewed": {"author": {"@type": "Person", "url": "https://example.org/p"}}},
            "itemReviewed.author without a name",
        ),
        (
            {"itemReviewed": {"author": [{"@type": "Organization", "sameAs": "https://example.org/o"}]}},
            "itemReviewed.author without a name",
        ),
        # a name of spaces is no name: the claimant is none, not one whose address alone is lost
        (
            {"itemReviewed": {"author": {"@type": "Person", "name": "  ", "url": "https://example.org/p"}}},
            "itemReviewed.author without a name",
        ),
        # an author known by its address alone beside a named one (the claimant): it was lost unsaid
        (
            {"itemReviewed": {"author": [{"url": "https://example.org/p"}, "A. Senator"]}},
            "itemReviewed.author without a name",
        ),
        # the review's author by its address alone, without a page whose site it could be
        (
            {"author": {"@type": "Organization", "url": "https://example.org/"}, "publisher": {"name": "Desk B"}},
            "author.url",
        ),
        (
            {"url": "https://example.org/a", "author": {"name": "Desk A", "sameAs": "https://w.example/Desk_A"}},
            "author.sameAs",
        ),
        (
            {"itemReviewed": {"author": {"name": "A. Senator", "sameAs": "https://w.example/A"}}},
            "itemReviewed.author.sameAs",
        ),
        # several who made the claim are kept, as one claimant: said in a note of their own (below)
        ({"itemReviewed": {"author": [{"@type": "Person", "name": "Ann Lee"}, "Bo Chan"]}}, None),
        # what is kept is not said: a number alone (original_rating), a body alone (summary), a publisher
        # alone (the page's publisher), a sameAs that is the url
        ({"reviewRating": {"ratingValue": 2, "bestRating": 10, "worstRating": 0}}, None),
        ({"reviewBody": "Long."}, None),
        ({"publisher": {"name": "Group B"}}, None),
        ({"author": {"name": "Desk A"}, "publisher": "Desk A"}, None),  # the same name twice
        ({"author": ["Desk A"], "publisher": ["Desk A", "Desk B"]}, "publisher"),
        # as the reader keeps them: an author without a name leaves the publisher the page's; a publisher
        # among the authors, a body that is the explanation, a number beside a blank rating are kept
        (
            {
                "url": "https://example.org/a",
                "author": {"@type": "Organization", "url": "https://example.org/"},
                "publisher": {"name": "Desk B"},
            },
            None,  # the home page of the fact-check's site: the page kept says as much
        ),
        ({"author": ["Desk A", "Desk B"], "publisher": "Desk A"}, None),
        ({"reviewBody": "Same.", "reviewRating": {"alternateName": "False", "ratingExplanation": " Same. "}}, None),
        ({"reviewRating": {"alternateName": " ", "ratingValue": 2, "bestRating": 5}}, None),
        ({"url": "https://example.org/a", "sameAs": "https://example.org/a"}, None),
        ({"itemReviewed": {"@type": "Claim", "datePublished": ""}, "sdLicense": None}, None),
        ({"itemReviewed": {"author": {"@type": "Person", "name": "A. Senator"}}}, None),  # the claimant
        ({"itemReviewed": {"author": "A. Senator"}, "sdLicense": ""}, None),
        # a type alone says nobody: nothing is lost
        ({"itemReviewed": {"author": [{"@type": "Person"}, "A. Senator"]}}, None),
        ({"itemReviewed": {"author": {"@type": "Person"}}}, None),
    ],
)
def test_what_a_review_gives_that_is_not_kept_is_said(more: dict[str, object], dropped: str | None) -> None:
    parsed = parse_json([review("A claim.", **more)])
    assert parsed.problems == ()
    assert notes(parsed) == []
    assert left_out(parsed) == ([f"{LEFT_OUT}{dropped} (1 record)"] if dropped else [])


@pytest.mark.parametrize(
    ("authors", "said"),
    [
        (
            [[{"@type": "Person", "name": "Ann Lee"}, "Bo Chan"]],
            "(1 record): kept as one claimant naming them ('Ann Lee, Bo Chan')",
        ),
        (
            [["Ann Lee", "Bo Chan"], "Cy Dee", ["Di Eng", {"name": "Ed Fox"}]],
            "(2 records): kept as one claimant naming them (e.g. 'Ann Lee, Bo Chan')",
        ),
        ([["Ann Lee", {"name": "Ann Lee"}]], None),  # one name, twice: one author
        ([{"name": "Lee, Ann"}], None),  # one author, whatever the name holds
    ],
)
def test_several_authors_of_a_claim_are_said_kept_as_one_claimant(authors: list[object], said: str | None) -> None:
    # they were listed as "not kept (the claims file has no field for them)": their names are kept, joined
    parsed = parse_json([review(f"Claim {i}.", itemReviewed={"author": a}) for i, a in enumerate(authors)])
    assert parsed.problems == () and left_out(parsed) == []
    expected = f"itemReviewed.author gives several authors {said}, which an export writes back as one author"
    assert planned_notes(parsed) == ([expected] if said else [])


def test_what_is_not_kept_is_said_once_for_the_file_with_counts() -> None:
    dated = {"itemReviewed": {"@type": "Claim", "datePublished": "2024-01-02"}}
    texts = ["Tacos are sandwiches.", "The moon is cheese.", "Rivers run uphill."]
    records = [review(text, **dated, sdLicense="https://example.org/l") for text in texts]
    parsed = parse_json([*records, review("Another one.", **dated)])
    assert left_out(parsed) == [f"{LEFT_OUT}itemReviewed.datePublished (4 records), sdLicense (3 records)"]
    google = {"claims": [{"text": "A claim.", "claimDate": "2024-01-02T00:00:00Z", "claimReview": []}]}
    assert left_out(parse_json(google)) == [f"{LEFT_OUT}claimDate (1 record)"]


def test_factchecks_own_export_comes_back_without_a_note() -> None:
    # its ratingValue is the verdict's place on factcheck's scale, given again by the export
    exported = {**review("A claim."), "identifier": {"propertyID": "factcheck-id", "value": "a-claim"}}
    exported["reviewRating"] = {"alternateName": "False", "ratingValue": 1, "bestRating": 6, "worstRating": 1}
    parsed = parse_json([exported])
    assert parsed.problems == () and parsed.notes == ()


@pytest.mark.parametrize("pattern", ["<a", "<!--", "<![", "</", "<?", "<script>", "</script>", "&#x;"])
def test_broken_markup_after_a_script_does_not_hide_it(pattern: str) -> None:
    page = f'<html><script type="application/ld+json">{json.dumps(review("One."))}</script>' + pattern * 50_000
    assert origins(parse_import(page.encode(), "page.html")) == ["script[0]"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<html>\x00\x01\x02", "binary data"),
        (b"<html>\xff\xfe<script>", "not UTF-8 text"),
        (b"<html>" + "\u2028\ufffd\U0001f600".encode() * 1000, "without any ClaimReview"),
    ],
)
def test_junk_in_a_page_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_import(data, "page.html")


_SCRIPT_TEXT = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00")),
    st.lists(
        st.sampled_from(
            [
                '{"@type": "ClaimReview"',
                '"claimReviewed": "x"',
                "}",
                "]",
                "[",
                "{",
                ",",
                ":",
                '"',
                "\\",
                "\n",
                "<!--",
                "-->",
                "//<![CDATA[",
                "]]>",
                "</script>",
                "</script",
                "<script>",
                "<\\/script>",
                "@graph",
                '"mainEntity":',
                '"@id": "#r"',
                "&amp;",
                "1e999",
                "NaN",
                "é",
            ]
        ),
        max_size=30,
    ).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(text=_SCRIPT_TEXT)
def test_any_text_in_a_script_is_read_or_refused_never_a_crash(text: str) -> None:
    page = f'<html>\n<script type="application/ld+json">{text}</script>\n' + (
        f'<script type="application/ld+json">{json.dumps(review("The next script."))}</script>'
    )
    try:
        parsed = parse_import(page.encode(), "page.html")
    except InputError:
        assert "<" in text  # only markup in the text can end its script early and hide the next one
        return
    if "<" not in text:
        assert "The next script." in [c.claim.claim for c in parsed.claims]
    assert all(p.message.startswith("script[") for p in parsed.problems)


# -- Google Fact Check Tools ------------------------------------------------------------------------------


def test_a_google_fact_check_tools_response() -> None:
    parsed = parse_fixture("google_search.json")
    assert parsed.shape is InputShape.GOOGLE and parsed.problems == ()
    first = parsed.claims[0]
    assert first.origin == "claims[0]"
    assert first.claim.claim == "Eating carrots lets you see in the dark."
    assert first.claim.claimant == "Old posters"
    assert first.rating == first.claim.original_rating == "Mostly False"  # the first review's
    assert first.claim.checked == "2024-01-12"  # its reviewDate
    assert first.review_urls == (
        "https://example.org/fact-checks/carrots-night-vision",
        "https://checks.example.net/carrots",
    )
    assert first.claim.sources == (
        Source(
            url="https://example.org/fact-checks/carrots-night-vision",
            title="Carrots and night vision: a wartime story",
            publisher="Example Fact Desk",
            date="2024-01-12",
            note=imported_review_note("Mostly False"),
        ),
        # a second review: publisher known by its site only, and its own rating in the note
        Source(
            url="https://checks.example.net/carrots",
            publisher="checks.example.net",
            date="2024-01-15",
            note="rated “Misleading”",
        ),
    )


def test_a_google_image_search_response() -> None:
    document = {
        "results": [
            {
                "claim": {
                    "text": "This photo shows a flood.",
                    "claimReview": [{"url": "https://example.org/r", "textualRating": "Altered"}],
                }
            }
        ]
    }
    parsed = parse_json(document)
    assert parsed.shape is InputShape.GOOGLE
    assert parsed.claims[0].origin == "results[0].claim" and parsed.claims[0].rating == "Altered"


# -- factcheck's own files -----------------------------------------------------------------------------------


def test_the_claims_of_a_google_response_without_their_wrapper() -> None:
    # `jq .claims response.json`: the list of Google claims on its own
    claims = json.loads((INTEROP / "google_search.json").read_text(encoding="utf-8"))["claims"]
    parsed = parse_json(claims)
    assert parsed.shape is InputShape.GOOGLE and parsed.problems == ()
    assert [c.origin for c in parsed.claims] == [f"[{i}]" for i in range(len(claims))]
    assert [c.claim for c in parsed.claims] == [c.claim for c in parse_fixture("google_search.json").claims]


def test_google_response_pages_one_a_line_are_read_page_after_page() -> None:
    # claims:search answers pageSize claims at a time; a script saves each page as a line (or
    # collects them in a list). Both were refused: "a list, but neither of ClaimReviews ...".
    claims = json.loads((INTEROP / "google_search.json").read_text(encoding="utf-8"))["claims"]
    pages = [{"claims": claims[:2], "nextPageToken": "CAo"}, {"nextPageToken": "CAp"}, {"claims": claims[2:]}]
    whole = parse_fixture("google_search.json")
    # a reader of JSON Lines counts lines (the empty page is line 2)
    one_a_line = ["claims[0] on line 1", "claims[1] on line 1", "claims[0] on line 3"]
    in_a_list = ["[0].claims[0]", "[0].claims[1]", "[2].claims[0]"]
    for data, places in (("\n".join(json.dumps(p) for p in pages) + "\n", one_a_line), (json.dumps(pages), in_a_list)):
        parsed = parse_import(data.encode(), "pages.jsonl")
        assert parsed.shape is InputShape.GOOGLE and parsed.problems == ()
        assert [c.origin for c in parsed.claims] == places
        assert [c.claim for c in parsed.claims] == [c.claim for c in whole.claims]


def test_a_list_mixing_google_pages_and_other_objects_is_still_refused() -> None:
    claims = json.loads((INTEROP / "google_search.json").read_text(encoding="utf-8"))["claims"]
    with pytest.raises(InputError, match="a list, but neither"):
        parse_json([{"claims": claims}, {"foo": 1}])


@pytest.mark.parametrize("document", [{"claims": [], "nextPageToken": "abc"}, {"nextPageToken": "abc"}])
def test_a_google_page_without_claims_has_nothing_to_import(document: object) -> None:
    parsed = parse_json(document)
    assert parsed.shape is InputShape.EMPTY and parsed.claims == () and parsed.problems == ()


def test_factcheck_json_is_read_exactly() -> None:
    parsed = parse_fixture("factcheck_claims.json")
    assert parsed.shape is InputShape.FACTCHECK and parsed.problems == ()
    assert all(c.exact for c in parsed.claims)
    assert tuple(c.claim for c in parsed.claims) == load_knowledge_base(MINI).claims


def test_a_claim_review_factcheck_exported_is_read_exactly_with_its_url() -> None:
    parsed = parse_json(
        {
            "@type": "ClaimReview",
            "url": "https://factcheck.example/claims/x",
            "claimReviewed": "A claim.",
            "reviewRating": {"alternateName": "False"},
            "identifier": {"@type": "PropertyValue", "propertyID": "factcheck-id", "value": "x"},
        }
    )
    (imported,) = parsed.claims
    assert imported.exact and imported.claim.id == "x" and imported.claim.verdict is Verdict.FALSE
    assert imported.review_urls == ("https://factcheck.example/claims/x",)


def test_a_factcheck_claims_file_is_read_exactly() -> None:
    parsed = parse_import(MINI.read_bytes(), "mini.yaml")
    assert parsed.shape is InputShape.FACTCHECK
    assert tuple(c.claim for c in parsed.claims) == load_knowledge_base(MINI).claims


def test_factcheck_json_is_validated_like_a_claims_file() -> None:
    parsed = parse_json(
        [{"id": "ok", "claim": "Fine.", "verdict": "true"}, {"id": "Bad Id", "claim": "x", "verdict": True}]
    )
    assert [c.claim.id for c in parsed.claims] == ["ok"]
    assert any("must be a slug" in m for m in messages(parsed))
    assert any("verdict of claim 'Bad Id' must be quoted: verdict: \"true\"" in m for m in messages(parsed))


def test_a_date_in_other_digits_is_refused_in_factcheck_json_too() -> None:
    parsed = parse_json([{"id": "x", "claim": "A claim.", "verdict": "true", "checked": "２０２０-０３-０５"}])
    assert messages(parsed) == [
        "claim 'x' checked date '２０２０-０３-０５' is not a real date written YYYY-MM-DD (or YYYY-MM, YYYY)"
    ]


def test_a_duplicate_id_in_factcheck_json_names_both_claims_by_position() -> None:
    # JSON has no lines: "first used at line 0" said nothing
    parsed = parse_json(
        [
            {"id": "a", "claim": "One.", "verdict": "true"},
            {"id": "b", "claim": "Two.", "verdict": "true"},
            {"id": "b", "claim": "Three.", "verdict": "false"},
        ]
    )
    assert [c.claim.claim for c in parsed.claims] == ["One.", "Two."]
    assert messages(parsed) == [
        "duplicate id 'b' in claim #3 (first used by claim #2): give one of the two claims another id"
    ]


def test_a_claims_file_with_errors_gives_its_problems_with_lines() -> None:
    parsed = parse_import(b"claims:\n  - id: x\n    claim: y\n    verdict: maybe\n", "bad.yaml")
    (problem,) = parsed.problems
    assert problem.location.line == 4 and "not on the scale" in problem.message


@pytest.mark.parametrize("document", [{}, [], {"claims": []}])
def test_an_empty_document_has_nothing_to_import(document: object) -> None:
    parsed = parse_json(document)
    assert parsed.shape is InputShape.EMPTY and parsed.claims == () and parsed.problems == ()


def test_an_empty_claims_file_has_nothing_to_import() -> None:
    assert parse_import(b"claims:\n", "empty.yaml").shape is InputShape.EMPTY


# -- records that cannot be read -------------------------------------------------------------------------------


def test_each_unreadable_record_is_named_by_its_place() -> None:
    parsed = parse_fixture("malformed_claimreview_types.json")
    assert messages(parsed) == [
        "[0]: claimReviewed must be text, not a number (42)",
        "[1]: url 'javascript:alert(1)' is not an http(s) URL",
    ]
    # a date that cannot be read is left out, not the fact-check
    assert [c.claim.claim for c in parsed.claims] == ["Bad date here."]
    assert [n.message for n in parsed.notes] == [
        "[2]: datePublished 'last Tuesday' is not a date written YYYY-MM-DD: "
        "left out (the claim is imported without it)"
    ]


@pytest.mark.parametrize(
    ("record", "note"),
    [
        ({"datePublished": "2025/01/03"}, "datePublished '2025/01/03' is not a date"),
        ({"datePublished": "3 January 2025"}, "datePublished '3 January 2025' is not a date"),
        ({"datePublished": "2024-02-30"}, "datePublished '2024-02-30' is not a date"),
        # digits of other scripts are digits to int(), not to anyone reading the date
        ({"datePublished": "２０２０-０３-０５"}, "datePublished '２０２０-０３-０５' is not a date"),
        ({"datePublished": "٢٠٢٠-03-05"}, "datePublished '٢٠٢٠-03-05' is not a date"),
        ({"citation": {"url": "https://e.org/s", "datePublished": "May 2024"}}, "citation #1 datePublished 'May"),
        (
            {"itemReviewed": {"appearance": {"url": "https://e.org/p", "datePublished": "yesterday"}}},
            "itemReviewed.appearance #1 datePublished 'yesterday' is not a date",
        ),
    ],
)
def test_a_date_that_cannot_be_read_is_left_out_with_a_note(record: dict[str, object], note: str) -> None:
    parsed = parse_json([review("A", url="https://e.org/fc", **record)])
    (imported,) = parsed.claims
    assert parsed.problems == () and imported.claim.checked is None
    # the source whose date it was is kept, without it
    assert len(imported.claim.sources) == (1 if "datePublished" in record else 2)
    assert all(source.date is None for source in imported.claim.sources)
    (message,) = [n.message for n in parsed.notes]
    assert message.startswith(f"[0]: {note}") and message.endswith("left out (the claim is imported without it)")


@pytest.mark.parametrize(
    "written", ["2020-04-03+02:00", "2020-04-03-05:00", "2020-04-03Z", "2020-04-03T23:30:00-05:00"]
)
def test_a_date_with_its_time_zone_is_the_day_written(written: str) -> None:
    # XML Schema's date may carry a zone without a time: it was left out as "not a date written YYYY-MM-DD"
    parsed = parse_json([review("A", url="https://e.org/fc", datePublished=written)])
    assert parsed.claims[0].claim.checked == "2020-04-03" and notes(parsed) == []
    google = {"claims": [{"text": "B", "claimReview": [{"url": "https://e.org/g", "reviewDate": written}]}]}
    parsed = parse_json(google)
    assert parsed.claims[0].claim.checked == "2020-04-03" and notes(parsed) == []


def test_a_review_date_that_cannot_be_read_gives_way_to_its_creation_date() -> None:
    parsed = parse_json([review("A", datePublished="30/05/2019", dateCreated="2019-05-29T09:00:00Z")])
    assert parsed.claims[0].claim.checked == "2019-05-29" and len(notes(parsed)) == 1


def test_a_google_review_date_that_cannot_be_read_is_left_out_with_a_note() -> None:
    review_ = {"url": "https://e.org/fc", "textualRating": "False", "reviewDate": "04/03/2024"}
    parsed = parse_json({"claims": [{"text": "A claim.", "claimReview": [review_]}]})
    (imported,) = parsed.claims
    assert parsed.problems == () and imported.claim.checked is None and imported.claim.sources[0].date is None
    assert [n.message for n in parsed.notes] == [
        "claims[0]: claimReview[0].reviewDate '04/03/2024' is not a date written YYYY-MM-DD: left out "
        "(the claim is imported without it)"
    ]


def test_a_claim_review_whose_claim_text_is_the_name_of_its_claim_is_read() -> None:
    # refused as "has no claimReviewed": some publishers give the claim only as itemReviewed.name
    records = [
        {"@type": "ClaimReview", "url": "https://e.org/1", "itemReviewed": {"@type": "Claim", "name": " Named. "}},
        {  # claimReviewed, when given, is the claim's text
            "@type": "ClaimReview",
            "claimReviewed": "Reviewed.",
            "itemReviewed": {"@type": "Claim", "name": "Named."},
        },
        {"@type": "ClaimReview", "claimReviewed": " ", "itemReviewed": [None, {"@type": "Claim", "name": "Blank."}]},
        # the name of a reviewed article or video is its title, not a claim
        {"@type": "ClaimReview", "itemReviewed": {"@type": "CreativeWork", "name": "An article"}},
        {"@type": "ClaimReview", "itemReviewed": {"@type": "Claim", "name": ["One.", "Two."]}},
    ]
    parsed = parse_import(json.dumps(records).encode(), "in.json")
    assert [(c.origin, c.claim.claim) for c in parsed.claims] == [
        ("[0]", "Named."),
        ("[1]", "Reviewed."),
        ("[2]", "Blank."),
    ]
    assert messages(parsed) == [
        "[3]: has no claimReviewed (the text of the claim), nor an itemReviewed Claim with a name",
        "[4]: itemReviewed.name has several different values ('One.', 'Two.'): which one is meant is not clear",
    ]


def test_a_claim_reviewed_that_reads_as_blank_gives_way_to_the_name_of_its_claim() -> None:
    # "&nbsp;" is not blank as written, so the Claim's name was never looked at, and the record was refused
    # as "the text of the claim, '&nbsp;', reads as blank"
    def named(reviewed: str, name: str) -> dict[str, object]:
        return review(reviewed, url="https://e.org/fc", itemReviewed={"@type": "Claim", "name": name})

    parsed = parse_json(
        [
            named("&nbsp;", "The ferry is free on Sundays"),
            named(" &#32; ", "The ferry &amp; the bus are free"),  # the name is read as any text is
            named("&nbsp;", "&#32;"),  # both blank: said of claimReviewed
        ]
    )
    assert [(c.origin, c.claim.claim) for c in parsed.claims] == [
        ("[0]", "The ferry is free on Sundays"),
        ("[1]", "The ferry & the bus are free"),
    ]
    assert messages(parsed) == ["[2]: the text of the claim, '&nbsp;', reads as blank once its HTML markup is read"]


def test_a_google_field_spelt_in_another_case_makes_its_claim_unreadable() -> None:
    # {"claimreview": [...]} (a response rebuilt by hand, or by a tool that lower-cases keys) was read as
    # a claim without any fact-check, imported as unsupported, and reported only as "without a rating"
    review = {"url": "https://example.org/checks/a", "textualRating": "False"}
    parsed = parse_json(
        {
            "claims": [
                {"text": "A fine claim.", "claimReview": [review]},
                {"text": "Another claim.", "claimreview": [review]},
                {"text": "A third claim.", "claimReview": [{"url": "https://example.org/c", "TextualRating": "False"}]},
            ]
        }
    )
    assert [c.claim.claim for c in parsed.claims] == ["A fine claim."]
    assert messages(parsed) == [
        "claims[1]: has 'claimreview' where the API writes 'claimReview' (keys are case-sensitive)",
        "claims[2]: has 'claimReview[0].TextualRating' where the API writes 'claimReview[0].textualRating' "
        "(keys are case-sensitive)",
    ]


def test_a_google_claim_without_text_is_unreadable_the_others_are_kept() -> None:
    parsed = parse_fixture("malformed_google_no_text.json")
    assert [c.claim.claim for c in parsed.claims] == ["A fine claim with a review."]
    assert messages(parsed) == ["claims[1]: has no text (the claim)"]


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"@type": "ClaimReview"}, "has no claimReviewed"),
        ({"@type": "ClaimReview", "claimReviewed": "   "}, "has no claimReviewed"),
        ({"@type": "ClaimReview", "claimReviewed": ["A", " A"]}, None),  # JSON-LD lists: one value repeated
        # several different values of a single-valued property: keeping one would be a guess
        (
            {"@type": "ClaimReview", "claimReviewed": ["A", "B"]},
            "claimReviewed has several different values ('A', 'B'): which one is meant is not clear",
        ),
        (
            {
                "@type": "ClaimReview",
                "claimReviewed": "A",
                "reviewRating": [{"alternateName": "False"}, {"alternateName": "True"}],
            },
            "reviewRating has several different values",
        ),
        (
            {"@type": "ClaimReview", "claimReviewed": "A", "reviewRating": {"alternateName": ["False", "True"]}},
            "reviewRating.alternateName has several different values ('False', 'True')",
        ),
        # ... but real feeds give several of what does not decide the claim (a canonical and an AMP url,
        # a date with and without its time, two headlines), and translations: the first is kept
        ({"@type": "ClaimReview", "claimReviewed": "A", "url": ["https://e.org/1", "https://e.org/1/amp"]}, None),
        ({"@type": "ClaimReview", "claimReviewed": "A", "datePublished": ["2024-03-05", "2024-03-05T10:00Z"]}, None),
        ({"@type": "ClaimReview", "claimReviewed": "A", "headline": ["One", "Two"]}, None),
        ({"@type": "ClaimReview", "claimReviewed": "A", "itemReviewed": [{"author": "X"}, {"author": "Y"}]}, None),
        (
            {"@type": "ClaimReview", "claimReviewed": "A", "citation": {"url": ["https://e.org/1", "https://e.org/2"]}},
            None,
        ),
        (
            {
                "@type": "ClaimReview",
                "claimReviewed": [{"@value": "A", "@language": "en"}, {"@value": "Ah", "@language": "es"}],
                "author": {
                    "name": [{"@value": "AFP Fact Check", "@language": "en"}, {"@value": "AFP", "@language": "es"}]
                },
            },
            None,
        ),
        (
            {
                "@type": "ClaimReview",
                "claimReviewed": "A",
                "reviewRating": [{"alternateName": "False"}, {"alternateName": "False"}],
            },
            None,
        ),
        ({"@type": "ClaimReview", "claimReviewed": {"x": 1}}, "claimReviewed must be text, not an object"),
        ({"@type": "ClaimReview", "claimReviewed": "c", "reviewRating": "False"}, "reviewRating must be an object"),
        (
            {"@type": "ClaimReview", "claimReviewed": "c", "reviewRating": {"alternateName": 0}},
            "alternateName must be text",
        ),
        ({"@type": "ClaimReview", "claimReviewed": "c", "url": 7}, "url must be a URL, not a number (7)"),
        ({"@type": "ClaimReview", "claimReviewed": "c", "citation": [{"name": "no url"}]}, "citation #1 has no url"),
        ({"@type": "ClaimReview", "claimReviewed": "c", "citation": [True]}, "citation #1 must be a URL or an object"),
        (
            {"@type": "ClaimReview", "claimReviewed": "c", "citation": ["ftp://example.org/x"]},
            "citation #1 'ftp://example.org/x' is not",
        ),
        ({"@type": "ClaimReview", "claimReviewed": "c", "keywords": [1, 2]}, "keywords must be text"),
        ({"@type": "ClaimReview", "claimReviewed": "c", "itemReviewed": {"author": 5}}, "author must be a name"),
        (
            {
                "@type": "ClaimReview",
                "claimReviewed": "c",
                "identifier": {"propertyID": "factcheck-id", "value": "Not A Slug"},
            },
            "is not a claim id",
        ),
        (
            {
                "@type": "ClaimReview",
                "claimReviewed": "c",
                "identifier": {"propertyID": "factcheck-id", "value": "x"},
                "reviewRating": {"alternateName": "Pants on Fire"},
            },
            "is not one of factcheck's verdicts",
        ),
    ],
)
def test_a_bad_claim_review_says_which_field_and_why(record: dict[str, object], message: str | None) -> None:
    parsed = parse_json([record])
    if message is None:
        assert parsed.problems == () and parsed.claims[0].claim.claim == "A"
    else:
        (problem,) = messages(parsed)
        assert problem.startswith("[0]: ") and message in problem


@pytest.mark.parametrize(
    ("item", "urls", "note"),
    [
        (
            {"appearance": {"@type": "CreativeWork", "headline": "Speech at rally"}},
            [],
            "[0]: itemReviewed.appearance #1 has no url: left out (the claim is imported without it)",
        ),
        (
            {"appearance": [{"url": "www.facebook.com/post/1"}, "https://example.org/post"]},
            ["https://example.org/post"],
            "[0]: itemReviewed.appearance #1 url 'www.facebook.com/post/1' is not an http(s) URL: left out "
            "(the claim is imported without it)",
        ),
        (
            {"firstAppearance": "Speech at rally", "appearance": "https://example.org/post"},
            ["https://example.org/post"],
            "[0]: itemReviewed.firstAppearance 'Speech at rally' is not an http(s) URL: left out "
            "(the claim is imported without it)",
        ),
    ],
)
def test_an_appearance_without_a_usable_url_is_left_out_and_noted(
    item: dict[str, object], urls: list[str], note: str
) -> None:
    parsed = parse_json([{"@type": "ClaimReview", "claimReviewed": "A claim.", "itemReviewed": item}])
    assert parsed.problems == ()  # the claim is not refused for optional context
    (imported,) = parsed.claims
    assert [s.url for s in imported.claim.sources] == urls
    assert notes(parsed) == [note]
    assert all(not n.is_error for n in parsed.notes)


def test_list_items_that_are_not_claim_reviews_are_reported() -> None:
    parsed = parse_json(
        [
            {"@type": "ClaimReview", "claimReviewed": "ok"},
            3,
            {"claimReviewed": "no type"},
            {"@type": "WebPage"},
            {"@type": "Claimreview", "claimReviewed": "misspelt type"},
            {"@type": ["Organization", "NewsMediaOrganization"]},
        ]
    )
    assert [c.claim.claim for c in parsed.claims] == ["ok"]
    assert messages(parsed) == [
        "[1]: must be an object, not a number (3)",
        '[2]: is not a ClaimReview (no "@type": "ClaimReview")',
        '[4]: is not a ClaimReview ("@type": "Claimreview")',
    ]
    # other JSON-LD nodes (a page's WebPage, its publisher) are no broken records: counted, not refused
    assert notes(parsed) == [
        "skipped 2 items that are not ClaimReviews: [3] (WebPage), [5] (NewsMediaOrganization, Organization)"
    ]


def test_json_lines_that_are_not_claim_reviews_are_counted() -> None:
    lines = [{"@type": "ClaimReview", "claimReviewed": "ok"}, {"@type": "WebPage", "name": "x"}]
    parsed = parse_import("\n".join(json.dumps(line) for line in lines).encode(), "in.jsonl")
    assert [c.claim.claim for c in parsed.claims] == ["ok"] and parsed.problems == ()
    assert notes(parsed) == ["skipped 1 item that is not a ClaimReview: line 2 (WebPage)"]


def test_feed_items_that_are_not_claim_reviews_are_reported_not_dropped() -> None:
    good = {"@type": "ClaimReview", "claimReviewed": "ok"}
    parsed = parse_json(
        {
            "@type": "DataFeed",
            "dataFeedElement": [
                {"@type": "DataFeedItem", "item": [good]},
                {"@type": "DataFeedItem", "item": [{"claimReviewed": "no type"}]},
                {"@type": "DataFeedItem", "item": [{"@type": "Claimreview", "claimReviewed": "misspelt"}]},
                "junk",
                {"@type": "DataFeedItem", "dateCreated": "2024-01-02", "item": []},  # a deleted entry
                {"@type": "DataFeedItem", "item": [good, {"@type": "WebPage"}]},
                {"item": []},
            ],
        }
    )
    assert parsed.shape is InputShape.DATA_FEED
    assert [c.origin for c in parsed.claims] == ["dataFeedElement[0].item[0]", "dataFeedElement[5].item[0]"]
    assert messages(parsed) == [
        'dataFeedElement[1].item[0]: is not a ClaimReview (no "@type": "ClaimReview")',
        'dataFeedElement[2].item[0]: is not a ClaimReview ("@type": "Claimreview")',
        "dataFeedElement[3]: must be an object, not text ('junk')",
        'dataFeedElement[6]: is not a ClaimReview (no "@type": "ClaimReview")',
    ]
    assert notes(parsed) == [
        "skipped 2 items that are not ClaimReviews: dataFeedElement[4] (DataFeedItem), "
        "dataFeedElement[5].item[1] (WebPage)"
    ]


def test_repeated_factcheck_ids_are_reported() -> None:
    review = {
        "@type": "ClaimReview",
        "claimReviewed": "c",
        "reviewRating": {"alternateName": "True"},
        "identifier": {"@type": "PropertyValue", "propertyID": "factcheck-id", "value": "same"},
    }
    parsed = parse_json([review, review, {**review, "claimReviewed": "d"}])
    # another claim under the id is an error; the same record again is read, for the import to skip as a duplicate
    assert messages(parsed) == ["[2]: id 'same' repeats [0]: give one of the two claims another id"]
    assert [imported.origin for imported in parsed.claims] == ["[0]", "[1]"]  # [2] left out: not added as 'same-2'


# -- files that cannot be read at all ------------------------------------------------------------------------------


def test_a_csv_file_ending_in_a_ctrl_z_is_read_without_it() -> None:
    # a DOS program's end-of-file mark was read as a last row ("claim 'claim' has no 'verdict'"), and the
    # import refused; a Ctrl-Z elsewhere is text's, as before
    parsed = parse_import(b"claim,verdict\r\nThe moon is cheese,false\r\n\x1a", "z.csv")
    assert [imported.claim.claim for imported in parsed.claims] == ["The moon is cheese"]
    assert not parsed.problems


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary data"),
        ("[]".encode("utf-16"), "UTF-16"),
        (b'{"claims": [\xff]}', "in.json:1:13: error: not UTF-8 text: byte 0xff is '\xff' in Windows-1252"),
        # placed as a YAML error is, file:line:column (it was "not valid JSON: ... (line 1, column 13)")
        (b'{"claims": [', "in.json:1:13: error: not valid JSON: Expecting value"),
        (b'{"a": 1} {', "in.json:1:10: error: not valid JSON: Extra data"),
        (b'[{"@type": "ClaimReview", "claimReviewed": "c", "ratingValue": NaN}]', "NaN is not a JSON number"),
        (b"42", "not a file factcheck can import"),
        (b'{"hello": "world"}', "an object with keys 'hello': not a ClaimReview"),
        (  # a claims:search body saved without a look at the HTTP status: the API's own reason, not "keys 'error'"
            b'{"error": {"code": 403, "message": "API key not valid. Please pass a valid API key.", '
            b'"status": "PERMISSION_DENIED"}}',
            "in.json: error: an error response from the API, not fact-checks (403 PERMISSION_DENIED: API key not "
            "valid. Please pass a valid API key.): the request failed",
        ),
        (b'{"error": "nope"}', "an object with keys 'error': not a ClaimReview"),
        (b'[1, 2, "three"]', "a list, but neither of ClaimReviews"),
        (b'{"claims": [{"foo": 1}]}', "its 'claims' are neither"),
        (b'{"@graph": [{"@type": "WebPage"}]}', "@graph without any ClaimReview"),
        (b'{"@type": "DataFeed", "dataFeedElement": [{"item": []}]}', "DataFeed without any ClaimReview"),
        (b"just some words\n", "not a file factcheck can import"),
        (b"x" * 200_000 + b"\n", "not a file factcheck can import"),  # a first line over the csv field limit
        (b"claims: [\n", "not JSON, and not a claims file either"),
        (
            b"<html><body>fact check</body></html>",
            "in.json: error: an HTML page without any ClaimReview JSON-LD in it "
            '(no <script type="application/ld+json"> element)',
        ),
        (
            b'\n  <?xml version="1.0"?><feed/>',
            "in.json: error: markup (<feed>) that is not an HTML page, and not JSON: factcheck imports ClaimReview "
            'JSON-LD, on its own or in the <script type="application/ld+json"> elements of an HTML page',
        ),
        (b"<rss><channel/></rss>", "markup (<rss>) that is not an HTML page"),
        (b'<!DOCTYPE svg><svg><script type="application/ld+json">{}</script></svg>', "(<!DOCTYPE svg>)"),
        (b"<<< >>>", "in.json: error: markup that is not an HTML page"),
        (  # pages of a paged search, the quota met on the second: that page named, with the API's reason
            b'[{"claims": [{"text": "t", "claimReview": [{"url": "https://example.org/a"}]}], "nextPageToken": "x"}, '
            b'{"error": {"code": 429, "message": "Quota exceeded.", "status": "RESOURCE_EXHAUSTED"}}]',
            "in.json: error: [1] is an error response from the API, not fact-checks (429 RESOURCE_EXHAUSTED: "
            "Quota exceeded.): that page's request failed",
        ),
        (  # a message of pages is cut, not quoted whole
            b'{"error": {"code": 400, "message": "' + b"x" * 5000 + b'"}}',
            "(400: " + "x" * 299 + "…): the request failed",
        ),
        (b'[{"text": "no review"}]', "a list, but neither of ClaimReviews"),
    ],
)
def test_an_unusable_file_is_refused_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_import(data, "in.json")
    # the file's name, and its line and column where the message has them ("in.json:1:13: error: ")
    assert re.match(r"in\.json(:\d+:\d+)?: error: ", str(caught.value))
    assert message in str(caught.value)


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 5_000, 200_000])
def test_deeply_nested_json_is_refused_not_a_crash(depth: int) -> None:
    with pytest.raises(InputError, match="nested too deeply"):
        parse_import(b"[" * depth + b"]" * depth, "deep.json")


def test_nesting_within_the_limit_is_fine() -> None:
    document = {"@type": "ClaimReview", "claimReviewed": "c", "x": json.loads("[" * 50 + "]" * 50)}
    assert len(parse_json(document).claims) == 1


def test_a_huge_integer_is_refused() -> None:
    with pytest.raises(InputError, match="not valid JSON"):
        parse_import(b'[{"verdict": ' + b"9" * 5000 + b"}]", "big.json")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'[{"verdict": ' + b"9" * 5000 + b"}]",
            "big.json: error: not valid JSON: a number is too long (5,000 characters",
        ),
        (b'{"x": -' + b"1" * 200 + b"}\n", "big.json: error: not valid JSON: a number is too long (201 characters"),
        (b'{"x": 0.' + b"1" * 200 + b"e3}", "big.json: error: not valid JSON: a number is too long"),
        (b'{"x": 1e999}', "big.json: error: not valid JSON: the number 1e999 is too large"),
        (b'{"a": 1}\n{"x": ' + b"9" * 5000 + b"}\n", "big.json: error: line 2 is not valid JSON: a number is too long"),
    ],
)
def test_a_huge_number_is_refused_in_plain_words(data: bytes, message: str) -> None:
    # Not Python's own "Exceeds the limit (4300 digits) for integer string conversion ..."
    with pytest.raises(InputError) as caught:
        parse_import(data, "big.json")
    assert str(caught.value).startswith(message)
    assert "4300" not in str(caught.value) and "sys." not in str(caught.value)


def test_a_key_repeated_with_the_same_value_is_no_ambiguity() -> None:
    data = b'[{"@type": "ClaimReview", "claimReviewed": "A", "inLanguage": "en", "inLanguage": "en"}]'
    assert [c.claim.claim for c in parse_import(data, "dup.json").claims] == ["A"]


def test_the_repeated_key_named_is_the_one_with_different_values() -> None:
    data = (
        b'{"@type": "ClaimReview", "inLanguage": "en", "inLanguage": "en",\n'
        b' "claimReviewed": "A", "claimReviewed": "B"}'
    )
    with pytest.raises(InputError) as caught:
        parse_import(data, "dup.json")
    assert (
        str(caught.value) == "dup.json:2:24: error: not valid JSON: the key 'claimReviewed' appears twice in one object"
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'{"@type": "ClaimReview",\n "claimReviewed": "Cheese.",\n "claimReviewed": "Rock."}',
            "dup.json:3:2: error: not valid JSON: the key 'claimReviewed' appears twice in one object",
        ),
        (  # the first repeat in reading order; braces and quotes inside strings are not structure
            b'[{"a": "{\\"b\\": [", "r": {"b": 1, "c": 2}, "b": {"x": 1, "x": 2}, "r": 3}]',
            "dup.json:1:58: error: not valid JSON: the key 'x' appears twice in one object",
        ),
        (
            b'{"@type": "ClaimReview", "claimReviewed": "c"}\n{"@type": "ClaimReview", "url": "u", "url": "v"}\n',
            "dup.json:2:38: error: not valid JSON: the key 'url' appears twice in one object",
        ),
    ],
)
def test_a_repeated_key_is_refused_naming_the_key_and_where(data: bytes, message: str) -> None:
    # json.loads would keep the last value without a word; which one the publisher meant is a guess.
    with pytest.raises(InputError) as caught:
        parse_import(data, "dup.json")
    assert str(caught.value) == message
    assert (caught.value.location.line, caught.value.location.column) == tuple(map(int, message.split(":")[1:3]))


def test_verdicts_of_foreign_claims_wait_for_the_rating_map() -> None:
    (imported,) = parse_json(
        {"@type": "ClaimReview", "claimReviewed": "c", "reviewRating": {"alternateName": "True"}}
    ).claims
    assert imported.claim.verdict is Verdict.UNSUPPORTED and imported.rating == "True"


@pytest.mark.parametrize(
    ("value", "language"),
    [("es-MX", "es-MX"), ({"@type": "Language", "name": "Spanish"}, None), (["es", "en"], None), ("Spanish!", None)],
)
def test_a_reviews_language_is_kept_only_as_a_plain_tag_and_never_refuses_it(value: object, language: object) -> None:
    review = {
        "@type": "ClaimReview",
        "url": "https://example.org/r",
        "claimReviewed": "The harbour is closed.",
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
        "inLanguage": value,
    }
    parsed = parse_json(review)
    assert parsed.problems == () and parsed.claims[0].language == language


def test_html_character_references_in_someone_elses_fact_check_are_read_as_text() -> None:
    # a WordPress page's JSON-LD and Google's API give texts escaped for a page: the claim read
    # "Le vaccin contient des puces 5G &amp; des nanorobots" and its id ended "-5g-amp-des-nanorobots"
    record = review(
        "COVID&#8211;19 vaccines contain 5G chips &amp;amp; nanobots",
        url="https://e.org/fc?a=1&amp;b=2",  # a URL is kept as written
        headline="Non, pas de puces &quot;5G&quot;",
        author={"name": "Boom &amp; Co"},
        reviewRating={"alternateName": "Pants on Fire&#33;"},
        itemReviewed={"@type": "Claim", "author": "L&#39;ami", "alternateName": "Vacinas t&ecirc;m chips"},
        keywords="sant&eacute;, AT&T",
    )
    (imported,) = parse_json([record]).claims
    claim = imported.claim
    assert claim.claim == "COVID–19 vaccines contain 5G chips & nanobots"
    assert imported.rating == claim.original_rating == "Pants on Fire!"  # mapped as written on the page
    assert claim.claimant == "L'ami" and claim.aliases == ("Vacinas têm chips",)
    assert claim.tags == ("santé", "AT&T")  # an "&" that opens no reference is text
    (page,) = claim.sources
    assert (page.url, page.title, page.publisher) == (
        "https://e.org/fc?a=1&amp;b=2",
        'Non, pas de puces "5G"',
        "Boom & Co",
    )
    assert page.note == imported_review_note("Pants on Fire!")
    google = {
        "claims": [
            {
                "text": "Isso &#233; falso",
                "claimant": "Jo&atilde;o",
                "claimReview": [
                    {"url": "https://e.org/1", "textualRating": "Falso", "title": "&lt;b&gt;Falso&lt;/b&gt;"},
                    {
                        "url": "https://e.org/2",
                        "textualRating": "Verdadeiro &amp; falso",
                        "publisher": {"site": "a&amp;b.org"},
                    },
                ],
            }
        ]
    }
    (imported,) = parse_json(google).claims
    assert (imported.claim.claim, imported.claim.claimant) == ("Isso é falso", "João")
    assert imported.claim.sources[0].title == "<b>Falso</b>"
    assert imported.other_ratings == (("claimReview[1] (a&b.org)", "Verdadeiro & falso"),)
    assert imported.claim.sources[1].note == "rated “Verdadeiro & falso”"


def test_a_reference_to_a_control_character_reads_as_nothing() -> None:
    (imported,) = parse_json([review("A&#27;[31m claim&#0;", url="https://e.org/fc")]).claims
    assert "\x1b" not in imported.claim.claim and "\x00" not in imported.claim.claim


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("5G towers&#13;&#10;spread the virus", "5G towers spread the virus"),  # a space, one for the run
        ("5G towers &#10; spread&#9;the&amp;#13;virus", "5G towers spread the virus"),  # twice escaped too
        ("&#x202E;5G towers spread&#8203; the virus&#0;", "5G towers spread the virus"),  # a bidi override
        ("5G towers&#x2028;spread&#xad; the virus", "5G towers spread the virus"),
        ("5G towers&#x85;", "5G towers…"),  # as browsers read it (HTML: a windows-1252 ellipsis)
    ],
)
def test_a_reference_to_a_line_break_is_a_space_and_one_to_an_invisible_character_nothing(text: str, read: str) -> None:
    # html.unescape gives "\r", "\n", a tab, a bidi override, a zero-width space: the claims file
    # got 'claim: "5G towers\rspread the virus"', or a claim that shows otherwise than it reads
    record = review(text, url="https://e.org/fc", reviewBody="Two lines:&#13;&#10;one,&#10;two&#8203;.")
    parsed = parse_json([record])
    (imported,) = parsed.claims
    assert imported.claim.claim == read
    assert imported.claim.summary == "Two lines:\none,\ntwo."  # a text of several lines keeps its breaks


@pytest.mark.parametrize(
    ("body", "summary"),
    [
        ("It costs money. &#10;Always.", "It costs money.\nAlways."),
        ("It costs money.&nbsp;&#13;&#10;Always.", "It costs money.\nAlways."),
        ("It costs money. <br>Always.", "It costs money.\nAlways."),  # a page's line break tag
        ("It costs money.<BR/> Always.", "It costs money.\nAlways."),  # the spaces after one are no indent
        ("It costs money.&lt;br /&gt;Always.", "It costs money.\nAlways."),  # escaped, as a reference is
        ("It costs money.&#10;&#10;Always.", "It costs money.\n\nAlways."),  # a paragraph stays one
        ("It costs money.  \nAlways.", "It costs money.\nAlways."),  # a line break written as such too
        # no break tag: a bold "br" (its tags are markup, read as nothing), "<bra>" (no element), "<brb>"
        ("Costs < 5 euros, <b>br</b> <bra> &lt;brb&gt;", "Costs < 5 euros, br <bra> <brb>"),
    ],
)
def test_a_line_break_of_a_summary_keeps_no_space_before_it(body: str, summary: str) -> None:
    # the claims file got 'summary: "It costs money. \nAlways."': a space nobody sees, in quotes where
    # the summary could have been written as its lines; "<br>" was kept as written
    (imported,) = parse_json([review("A <br>claim&#10; here", url="https://e.org/fc", reviewBody=body)]).claims
    assert imported.claim.summary == summary
    assert imported.claim.claim == "A claim here"  # a text of one line: a space, one for the run


@pytest.mark.parametrize(
    ("body", "summary"),
    [
        (
            "<p>The bridge was <b>closed</b> for two years &amp; reopened.</p>",
            "The bridge was closed for two years & reopened.",
        ),
        (
            '<p>He voted <a href="https://e.org/?a=1&amp;b=2">twice</a>.</p>\n  <P class=x>Then once.</P>',
            "He voted twice.\n\nThen once.",
        ),
        ("Two reasons:<ul>\n<li>one;</li>\n<li>two.</li>\n</ul>", "Two reasons:\n\none;\ntwo."),
        ("It <em>is</em> <strong>not</strong> <span lang=es>cierto</span>.", "It is not cierto."),
        # escaped, a tag is what the page shows; no element's name, or no tag, is text
        ("&lt;b&gt;Falso&lt;/b&gt; for <5 kids, a <tag> and a<b", "<b>Falso</b> for <5 kids, a <tag> and a<b"),
    ],
)
def test_a_publishers_markup_reads_as_the_page_shows_it(body: str, summary: str) -> None:
    # '<p>The bridge was <b>closed</b> ...</p>' went into the claims file, and check and show printed it so
    (imported,) = parse_json([review("Candidate <em>never</em> voted", url="https://e.org/fc", reviewBody=body)]).claims
    assert imported.claim.summary == summary
    assert imported.claim.claim == "Candidate never voted"


def test_a_paragraph_in_a_text_of_one_line_is_a_space() -> None:
    (imported,) = parse_json([review("<p>Bridges</p>\n<p>are closed</p>", url="https://e.org/fc")]).claims
    assert imported.claim.claim == "Bridges are closed"


@pytest.mark.parametrize(
    "text",
    [
        # no attributes read as attributes: "The vaccine killed 100,000" was imported, a claim nobody made
        "The vaccine killed <a thousand people in 2021, while COVID killed >100,000",
        "Cases went <a thousand => now 10k",
        "Crime is up <i think> says mayor",
        "if a<b and c>d then x",
        "if a<b>c",
        "Under <section 230> platforms are immune",
        "grade <A or B> only",
        # claims about HTML: no markup around content, their subject was taken off
        "A hidden <img> tag tracks you",
        "Use <b> for bold",
        "LLMs emit <s> and </s> tokens",
        "The <HR> department fired him",
        "Hackers used the <script> and <iframe> tags",
    ],
)
def test_a_text_that_is_not_markup_is_kept_as_written(text: str) -> None:
    (imported,) = parse_json([review(text, url="https://e.org/fc", reviewBody=text)]).claims
    assert imported.claim.claim == text
    assert imported.claim.summary == text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # review58c: a tag no end tag closes was read as one where another pair of its element was ("Bitcoin fell
        # 10% today; it was higher", "if ad then x")
        (
            '<p>Bitcoin fell <a href="https://x">10%</a> today; it was <a lot> higher</p>',
            "Bitcoin fell 10% today; it was <a lot> higher",
        ),
        ("Use <b>bold</b>: if a<b and c>d then x", "Use bold: if a<b and c>d then x"),
        (
            "<p>Mayor Lee <i>did not</i> say crime was up; <i think> so, says aide</p>",
            "Mayor Lee did not say crime was up; <i think> so, says aide",
        ),
        # a pair inside a script made the text markup, and the script, the claim's subject, went ("The attack used
        # to inject ads")
        (
            'The attack used <script>document.write("<b>hi</b>")</script> to inject ads',
            'The attack used <script>document.write("<b>hi</b>")</script> to inject ads',
        ),
    ],
)
def test_a_tag_is_read_only_when_its_element_is_closed(text: str, read: str) -> None:
    (imported,) = parse_json([review("A claim", url="https://e.org/fc", reviewBody=text)]).claims
    assert imported.claim.summary == read


def test_a_greater_than_sign_in_a_quoted_attribute_ends_no_tag() -> None:
    # 'Link b" title="x > y">here proves it': the tag was taken to end at the first ">"
    body = "<p>Link <a href=\"https://e.org/?q=a>b\" title='x > y'>here</a> proves it</p>"
    (imported,) = parse_json([review("A claim", url="https://e.org/fc", reviewBody=body)]).claims
    assert imported.claim.summary == "Link here proves it"


def test_a_tag_read_as_nothing_between_two_spaces_leaves_one() -> None:
    # "The bridge was  closed  for  two  years"
    body = "<p>The bridge was <b> closed </b> for <em> two </em> years</p>"
    (imported,) = parse_json([review("A claim", url="https://e.org/fc", reviewBody=body)]).claims
    assert imported.claim.summary == "The bridge was closed for two years"


def test_what_a_page_does_not_show_is_not_read() -> None:
    # WordPress's block comments and a script's content were imported as text
    body = (
        "<!-- wp:paragraph -->\n<p>The bridge was <b>closed</b>.<script type=x>alert('a > b')</script></p>"
        "\n<!-- /wp:paragraph --><style>p { color: red }</style>"
    )
    (imported,) = parse_json([review("A claim", url="https://e.org/fc", reviewBody=body)]).claims
    assert imported.claim.summary == "The bridge was closed."


def test_a_claim_blank_once_its_markup_is_read_says_so() -> None:
    (message,) = messages(parse_json([review("<p><b></b></p>", url="https://e.org/fc")]))
    assert "'<p><b></b></p>', reads as blank once its HTML markup is read" in message


def test_a_long_run_of_spaces_inside_a_text_is_kept() -> None:
    # "[\s]+$" was tried at every space of the run: 9.6 s for this one text
    text = "a" + " " * 30_000 + "b"
    record = review("A claim", url="https://e.org/fc", reviewBody=f" \u200c{text}\u3000\u200d ")
    (imported,) = parse_json([record]).claims
    assert imported.claim.summary == text


def test_a_line_break_of_a_quote_keeps_no_space_before_it() -> None:
    citation = {"url": "https://e.org/s", "hasPart": {"@type": "Quotation", "text": "Quote one &#10;two <br />three"}}
    (imported,) = parse_json([review("A claim", url="https://e.org/fc", citation=citation)]).claims
    assert imported.claim.sources[1].quote == "Quote one\ntwo\nthree"


def test_a_carriage_return_written_in_a_text_is_a_line_break() -> None:
    # a text saved on Windows ("\r\n") or with a lone "\r" wrote 'claim: "The ferry\ris free"': shown raw, a
    # carriage return takes the cursor back to the line's start
    record = review("The ferry\ris free", url="https://e.org/fc", reviewBody="Line one \r\nline two\rthree")
    google = {"claims": [{"text": "The bus\r\nis free", "claimReview": [{"url": "https://e.org/g"}]}]}
    claims = [c.claim for c in parse_json([record]).claims + parse_json(google).claims]
    assert [(c.claim, c.summary) for c in claims] == [
        ("The ferry\nis free", "Line one\nline two\nthree"),
        ("The bus\nis free", None),
    ]


def test_a_reference_to_a_joiner_a_word_is_spelt_with_is_kept() -> None:
    # Persian writes "می‌خواهم" with a zero-width non-joiner; an emoji sequence is joined by a zero-width joiner
    (imported,) = parse_json([review("می&zwnj;خواهم 👩&#x200D;⚕️", url="https://e.org/fc")]).claims
    assert imported.claim.claim == "می\u200cخواهم 👩\u200d⚕️"


def test_joiners_join_nothing_at_a_texts_ends() -> None:
    # kept anywhere, a joiner made "&zwnj;" a claim of its own and "&#8205; Vaccines contain chips &zwj;" one
    # with joiners at both ends
    (imported,) = parse_json([review("&#8205; Vaccines contain chips &zwj;", url="https://e.org/fc")]).claims
    assert imported.claim.claim == "Vaccines contain chips"
    blank = parse_json([review("&zwnj;", url="https://e.org/fc")])
    assert blank.claims == () and "reads as blank" in messages(blank)[0]


def test_characters_written_as_such_are_not_read_as_references() -> None:
    # only what a reference gives is read: a character the publisher wrote is theirs (validate speaks of it)
    (imported,) = parse_json([review("5G\u200btowers\tspread &#8203;it", url="https://e.org/fc")]).claims
    assert imported.claim.claim == "5G\u200btowers\tspread it"


@pytest.mark.parametrize(
    "document",
    [
        [review("&nbsp;&nbsp;", url="https://desk.example.org/f")],
        {
            "claims": [
                {"text": "&#32;", "claimReview": [{"url": "https://desk.example.org/f", "textualRating": "False"}]}
            ]
        },
    ],
)
def test_a_claim_whose_text_reads_as_blank_is_an_unreadable_record(document: object) -> None:
    # it was read as a claim with no text, and stopped the whole import, --skip-invalid or not
    parsed = parse_json(document)
    assert parsed.claims == ()
    (message,) = messages(parsed)
    assert "reads as blank once its HTML markup is read" in message


def test_other_texts_that_read_as_blank_are_none() -> None:
    record = review(
        "A claim",
        url="https://e.org/fc",
        headline="&#32;",
        reviewBody="&nbsp;",
        author={"name": "&#8203;"},
        reviewRating={"alternateName": "&nbsp;"},
        itemReviewed={"@type": "Claim", "author": "&#9;", "alternateName": ["&#10;", "Other"]},
        keywords=["&nbsp;", "tag"],
    )
    (imported,) = parse_json([record]).claims
    claim = imported.claim
    assert (claim.summary, claim.claimant, claim.original_rating, imported.rating) == (None, None, None, None)
    assert (claim.aliases, claim.tags) == (("Other",), ("tag",))
    (page,) = claim.sources
    assert (page.title, page.publisher, page.note) == (None, None, imported_review_note(None))


def test_a_claim_factcheck_exported_keeps_its_texts_as_they_are() -> None:
    # the claims file's own text, which may speak of "&amp;" itself: nothing to read back
    record = review(
        "Write &amp; as &", identifier={"@type": "PropertyValue", "propertyID": "factcheck-id", "value": "a"}
    )
    (imported,) = parse_json([record]).claims
    assert imported.exact and imported.claim.claim == "Write &amp; as &"
