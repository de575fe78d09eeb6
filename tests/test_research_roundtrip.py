"""A researcher's round trip: other publishers' fact-checks imported (a DataFeed, ClaimReview JSON-LD),
exported to analyse or to share, and imported again, from the library as a script runs it.  What a
publisher's markup says must come back, or the import must say it was not kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from factcheck import ExportFormat, export_settings, export_text, import_file, load_knowledge_base
from factcheck.claimreview import APPEARANCE_NOTE, FIRST_APPEARANCE_NOTE


def _review(**fields: Any) -> dict[str, Any]:
    """Another publisher's ClaimReview, as a DataFeed item or a page's JSON-LD gives it."""
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://checks.example.org/2019/bridge",
        "claimReviewed": "The new bridge cost 2 billion dollars.",
        "datePublished": "2019-05-01",
        "author": {"@type": "Organization", "name": "Example Checks"},
        "reviewRating": {"@type": "Rating", "alternateName": "Mostly False"},
        **fields,
    }


def _imported(tmp_path: Path, document: object, name: str = "feed.json") -> Any:
    return import_file(tmp_path / "lab.yaml", json.dumps(document).encode(), name)


# --- itemReviewed.firstAppearance that is also one of its appearances ------------------------------


FIRST_ALSO_LISTED = {
    "@type": "Claim",
    "author": {"@type": "Person", "name": "Senator Smith"},
    # publishers list the first appearance among the appearances too (Google's markup tool writes both)
    "appearance": [
        {"@type": "CreativeWork", "url": "https://social.example.net/smith/1"},
        {"@type": "CreativeWork", "url": "https://video.example.net/watch?v=2"},
    ],
    "firstAppearance": {"@type": "CreativeWork", "url": "https://social.example.net/smith/1"},
}


def test_a_first_appearance_also_listed_as_an_appearance_is_kept_as_the_first(tmp_path: Path) -> None:
    # it was read as one appearance more, then left out as a repeated url: the claim no longer said
    # where it first appeared, and an export wrote no firstAppearance
    report = _imported(tmp_path, _review(itemReviewed=FIRST_ALSO_LISTED))
    (claim,) = report.added
    assert [(s.url, s.note) for s in claim.sources[1:]] == [
        ("https://social.example.net/smith/1", FIRST_APPEARANCE_NOTE),
        ("https://video.example.net/watch?v=2", APPEARANCE_NOTE),
    ]


def test_a_first_appearance_survives_import_export_import(tmp_path: Path) -> None:
    _imported(tmp_path, _review(itemReviewed=FIRST_ALSO_LISTED))
    kb = load_knowledge_base(tmp_path / "lab.yaml")
    exported = export_text(kb, ExportFormat.CLAIMREVIEW, export_settings(kb, base_url="https://lab.example.edu/c/"))
    (review,) = json.loads(exported)
    item = review["itemReviewed"]
    assert item["firstAppearance"]["url"] == "https://social.example.net/smith/1"
    assert [a["url"] for a in item["appearance"]] == [
        "https://social.example.net/smith/1",
        "https://video.example.net/watch?v=2",
    ]
    again = import_file(tmp_path / "again.yaml", exported.encode(), "lab-export.json")
    assert again.added == kb.claims


def test_a_first_appearance_listed_later_among_the_appearances_is_the_first(tmp_path: Path) -> None:
    item = {**FIRST_ALSO_LISTED, "firstAppearance": "https://video.example.net/watch?v=2"}
    (claim,) = _imported(tmp_path, _review(itemReviewed=item)).added
    assert [(s.url, s.note) for s in claim.sources[1:]] == [
        ("https://social.example.net/smith/1", APPEARANCE_NOTE),
        ("https://video.example.net/watch?v=2", FIRST_APPEARANCE_NOTE),
    ]


def test_appearances_without_a_first_one_are_left_as_they_were(tmp_path: Path) -> None:
    item = {key: value for key, value in FIRST_ALSO_LISTED.items() if key != "firstAppearance"}
    (claim,) = _imported(tmp_path, _review(itemReviewed=item)).added
    assert [s.note for s in claim.sources[1:]] == [APPEARANCE_NOTE, APPEARANCE_NOTE]


def test_a_first_appearance_that_is_the_review_itself_stays_the_review(tmp_path: Path) -> None:
    # the url is the fact-check's own page (a slip of the markup): the page stays the fact-check imported
    item = {"@type": "Claim", "firstAppearance": "https://checks.example.org/2019/bridge"}
    (claim,) = _imported(tmp_path, _review(itemReviewed=item)).added
    (page,) = claim.sources
    assert page.note == "the fact-check this claim was imported from, rated “Mostly False”"


def test_a_first_appearance_given_twice_keeps_what_either_says_of_it(tmp_path: Path) -> None:
    item = {
        "@type": "Claim",
        "appearance": ["https://social.example.net/smith/1"],
        "firstAppearance": {
            "@type": "CreativeWork",
            "url": "https://social.example.net/smith/1",
            "datePublished": "2019-04-28",
        },
    }
    (claim,) = _imported(tmp_path, _review(itemReviewed=item)).added
    assert [(s.url, s.date, s.note) for s in claim.sources[1:]] == [
        ("https://social.example.net/smith/1", "2019-04-28", FIRST_APPEARANCE_NOTE)
    ]


# --- a second publisher's fact-check of the same claim -----------------------------------------------


def _feed(*reviews: dict[str, Any]) -> dict[str, Any]:
    elements = [{"@type": "DataFeedItem", "item": [review]} for review in reviews]
    return {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": elements}


SECOND_DESK = _review(
    url="https://desk-b.example.net/bridge-cost",
    author={"@type": "Organization", "name": "Desk B"},
    reviewRating={"@type": "Rating", "alternateName": "False"},
)


def test_a_second_publishers_fact_check_skipped_as_the_same_claim_is_named_with_its_rating(tmp_path: Path) -> None:
    # the skip said only "same text as dataFeedElement[0].item[0]": Desk B's page and rating were gone, and a
    # researcher counting fact-checks per claim had nothing to find them by
    report = _imported(tmp_path, _feed(_review(), SECOND_DESK))
    (skipped,) = report.skipped
    assert skipped.reason == (
        "same text as dataFeedElement[0].item[0] (earlier in the file); its fact-check "
        "https://desk-b.example.net/bridge-cost (rated “False”) is not kept"
    )


def test_a_fact_check_of_a_claim_the_file_has_is_named_when_skipped(tmp_path: Path) -> None:
    _imported(tmp_path, _review())
    (skipped,) = _imported(tmp_path, SECOND_DESK).skipped
    assert skipped.reason == (
        "same text as 'the-new-bridge-cost-2-billion-dollars'; its fact-check "
        "https://desk-b.example.net/bridge-cost (rated “False”) is not kept"
    )
    assert skipped.existing_id == "the-new-bridge-cost-2-billion-dollars"


def test_the_same_fact_check_again_is_skipped_as_before(tmp_path: Path) -> None:
    # nothing is lost: its page is a source already
    (skipped,) = _imported(tmp_path, _feed(_review(), _review())).skipped
    assert skipped.reason == "same fact-check as dataFeedElement[0].item[0] (earlier in the file)"
    _imported(tmp_path, _review())
    (again,) = _imported(tmp_path, _review()).skipped
    assert again.reason == (
        "its fact-check https://checks.example.org/2019/bridge is already a source of "
        "'the-new-bridge-cost-2-billion-dollars'"
    )


def test_a_repeat_without_a_page_is_skipped_as_before(tmp_path: Path) -> None:
    no_url = {key: value for key, value in SECOND_DESK.items() if key != "url"}
    (skipped,) = _imported(tmp_path, _feed(_review(), no_url)).skipped
    assert skipped.reason == "same text as dataFeedElement[0].item[0] (earlier in the file)"


# --- author.url: who published the fact-check, who made the claim ---------------------------------------


def _not_kept(report: Any) -> list[str]:
    return [n.message for n in report.notes if n.message.startswith("not kept (the claims file has no field")]


def test_the_url_of_a_reviews_author_is_said_not_kept(tmp_path: Path) -> None:
    # the publisher's address (its identity, where names vary: "PolitiFact", "Politifact.com") was dropped unsaid,
    # where the docs promise a note for each property a record gives that the claims file has no field for
    author = {"@type": "Organization", "name": "Example Checks", "url": "https://checks.example.org/"}
    report = _imported(tmp_path, _feed(_review(author=author), {**SECOND_DESK, "claimReviewed": "Tolls will triple."}))
    assert _not_kept(report) == ["not kept (the claims file has no field for them): author.url (1 record)"]
    assert report.added[0].sources[0].publisher == "Example Checks"


def test_the_url_of_the_claims_author_is_said_not_kept(tmp_path: Path) -> None:
    item = {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "Senator Smith", "url": "https://smith.example.com"},
    }
    report = _imported(tmp_path, _review(itemReviewed=item))
    assert _not_kept(report) == ["not kept (the claims file has no field for them): itemReviewed.author.url (1 record)"]
    assert report.added[0].claimant == "Senator Smith"


def test_authors_given_by_name_alone_bring_no_note(tmp_path: Path) -> None:
    item = {"@type": "Claim", "author": {"@type": "Person", "name": "Senator Smith"}}
    assert _not_kept(_imported(tmp_path, _review(itemReviewed=item, author="Example Checks"))) == []
