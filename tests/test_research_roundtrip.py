"""A researcher's round trip: other publishers' fact-checks imported (a DataFeed, ClaimReview JSON-LD),
exported to analyse or to share, and imported again, from the library as a script runs it.  What a
publisher's markup says must come back, or the import must say it was not kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

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
    tmp_path.mkdir(parents=True, exist_ok=True)
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
    # where the docs promise a note for each property a record gives that the claims file has no field for; an
    # address on another site than the fact-check's page (its group's) is one the claims file does not keep
    author = {"@type": "Organization", "name": "Example Checks", "url": "https://media-group.example.com/checks"}
    report = _imported(tmp_path, _feed(_review(author=author), {**SECOND_DESK, "claimReviewed": "Tolls will triple."}))
    assert _not_kept(report) == ["not kept (the claims file has no field for them): author.url (1 record)"]
    assert report.added[0].sources[0].publisher == "Example Checks"


@pytest.mark.parametrize(
    "home",
    [
        "https://checks.example.org/",
        "https://checks.example.org",
        "http://checks.example.org/",  # the scheme: the same site
        "https://www.checks.example.org/",  # Google's publisher.site is the host "without the ... www prefix"
        "https://Checks.Example.org/",
        " https://checks.example.org/ ",
    ],
)
def test_an_author_url_that_is_the_home_page_of_the_fact_checks_site_brings_no_note(tmp_path: Path, home: str) -> None:
    # the commonest shape of real markup (Google's example, Data Commons' feed: "author": {"name", "url"}): the
    # publisher's home page, on the host of the fact-check's own url, which is kept as the claim's first source (as
    # Google's API derives its publisher.site from the review url): nothing a user loses, yet a note on nearly
    # every import, which buried the ones that lose something
    author = {"@type": "Organization", "name": "Example Checks", "url": home}
    publisher = {"@type": "Organization", "name": "Example Checks", "url": home}
    report = _imported(tmp_path, _review(author=author, publisher=publisher))
    assert _not_kept(report) == []
    assert report.added[0].sources[0].url == "https://checks.example.org/2019/bridge"


@pytest.mark.parametrize(
    "address",
    [
        "https://checks.example.org/about",  # a page of the site, not its home page
        "https://checks.example.org/?lang=en",
        "https://example.org/",  # the parent domain is another host
        "https://checks.example.org.evil.example/",
        "ftp://checks.example.org/",
    ],
)
def test_an_author_url_that_is_not_the_fact_checks_home_page_is_said(tmp_path: Path, address: str) -> None:
    author = {"@type": "Organization", "name": "Example Checks", "url": address}
    report = _imported(tmp_path, _review(author=author))
    assert _not_kept(report) == ["not kept (the claims file has no field for them): author.url (1 record)"]


def test_an_author_url_of_a_review_without_a_url_is_said(tmp_path: Path) -> None:
    # no page is kept, so the site of none tells the publisher's
    author = {"@type": "Organization", "name": "Example Checks", "url": "https://checks.example.org/"}
    review = {key: value for key, value in _review(author=author).items() if key != "url"}
    assert _not_kept(_imported(tmp_path, review)) == [
        "not kept (the claims file has no field for them): author.url (1 record)"
    ]


def test_the_same_as_of_the_authors_is_said_not_kept(tmp_path: Path) -> None:
    # Google's markup tool gives the claim's author a sameAs (claimAuthor.sameAs: a Wikipedia page, a profile) and
    # publishers their organisation's profiles: dropped unsaid
    author = {"@type": "Organization", "name": "Example Checks", "sameAs": ["https://social.example.net/checks"]}
    item = {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "Senator Smith", "sameAs": "https://wiki.example.org/Senator_Smith"},
    }
    report = _imported(tmp_path, _review(author=author, itemReviewed=item))
    assert _not_kept(report) == [
        "not kept (the claims file has no field for them): author.sameAs (1 record), "
        "itemReviewed.author.sameAs (1 record)"
    ]
    assert report.added[0].claimant == "Senator Smith"


def test_the_same_as_of_the_publisher_is_said_unless_it_is_the_fact_checks_home_page(tmp_path: Path) -> None:
    publisher = {"@type": "Organization", "name": "Example Checks", "sameAs": "https://social.example.net/checks"}
    report = _imported(tmp_path, _review(author="Example Checks", publisher=publisher))
    assert _not_kept(report) == ["not kept (the claims file has no field for them): publisher.sameAs (1 record)"]
    home = {"@type": "Organization", "name": "Example Checks", "sameAs": "https://checks.example.org/"}
    assert _not_kept(_imported(tmp_path / "b", _review(author=home))) == []


def test_an_author_given_by_its_url_alone_is_said_not_kept(tmp_path: Path) -> None:
    # {"@type": "Organization", "url": ...}: no name for the page's publisher (the publisher's is taken), and its
    # address was dropped unsaid
    author = {"@type": "Organization", "url": "https://media-group.example.com/"}
    report = _imported(tmp_path, _review(author=author, publisher={"name": "Example Checks"}))
    assert _not_kept(report) == ["not kept (the claims file has no field for them): author.url (1 record)"]
    assert report.added[0].sources[0].publisher == "Example Checks"
    # on the fact-check's own site, the page kept says as much
    author = {"@type": "Organization", "url": "https://checks.example.org/"}
    assert _not_kept(_imported(tmp_path / "b", _review(author=author))) == []


def test_a_claims_author_given_by_its_url_beside_a_named_one_is_said_not_kept(tmp_path: Path) -> None:
    # the named one is the claimant; the other, known by its address only, was dropped unsaid
    item = {"@type": "Claim", "author": [{"@type": "Person", "url": "https://smith.example.com"}, "Senator Smith"]}
    report = _imported(tmp_path, _review(itemReviewed=item))
    assert _not_kept(report) == [
        "not kept (the claims file has no field for them): itemReviewed.author without a name (1 record)"
    ]
    assert report.added[0].claimant == "Senator Smith"


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


# --- review fixes: a first appearance that says otherwise, every lost page, --json ---------------------


def test_the_first_appearance_keeps_its_own_date_and_title_and_says_the_other(tmp_path: Path) -> None:
    # the entry labelled "first appeared" took the other appearance's date: the label vouched for a date the
    # markup contradicts
    item = {
        "@type": "Claim",
        "appearance": [
            {
                "@type": "CreativeWork",
                "url": "https://s.example.net/1",
                "datePublished": "2019-04-30",
                "name": "Listed title",
            }
        ],
        "firstAppearance": {
            "@type": "CreativeWork",
            "url": "https://s.example.net/1",
            "datePublished": "2019-04-28",
            "name": "First title",
        },
    }
    report = _imported(tmp_path, _review(itemReviewed=item))
    (claim,) = report.added
    (first,) = claim.sources[1:]
    assert (first.url, first.title, first.date, first.note) == (
        "https://s.example.net/1",
        "First title",
        "2019-04-28",
        FIRST_APPEARANCE_NOTE,
    )
    said = [n.message for n in report.notes if "firstAppearance" in n.message]
    assert any("'2019-04-28'" in m and "'2019-04-30'" in m for m in said), said
    assert any("'First title'" in m and "'Listed title'" in m for m in said), said


def test_a_first_appearance_that_agrees_with_its_listing_brings_no_note(tmp_path: Path) -> None:
    report = _imported(tmp_path, _review(itemReviewed=FIRST_ALSO_LISTED))
    assert [n.message for n in report.notes if "firstAppearance" in n.message] == []


def _google(*claims: dict[str, Any]) -> dict[str, Any]:
    return {"claims": list(claims)}


def _g_review(url: str, rating: str) -> dict[str, Any]:
    return {"publisher": {"name": url.split("/")[2]}, "url": url, "textualRating": rating}


def test_every_page_of_a_skipped_google_claim_is_named_with_its_rating(tmp_path: Path) -> None:
    document = _google(
        {"text": "The bridge cost 2 billion.", "claimReview": [_g_review("https://a.example/1", "False")]},
        {
            "text": "The bridge cost 2 billion.",
            "claimReview": [
                _g_review("https://b.example/1", "Mostly false"),
                _g_review("https://c.example/1", "Wrong"),
            ],
        },
        {
            "text": "The bridge cost two billion!",
            "claimReview": [_g_review("https://a.example/1", "False"), _g_review("https://d.example/1", "Misleading")],
        },
    )
    report = _imported(tmp_path, document, "google.json")
    first, partly = report.skipped
    assert first.reason == (
        "same text as claims[0] (earlier in the file); its fact-checks https://b.example/1 (rated “Mostly false”) "
        "and https://c.example/1 (rated “Wrong”) are not kept"
    )
    assert first.not_kept == (("https://b.example/1", "Mostly false"), ("https://c.example/1", "Wrong"))
    # a's page is kept (claims[0]), d's is not: the skip said nothing of it
    assert partly.reason == (
        "same fact-check as claims[0] (earlier in the file); its fact-check https://d.example/1 "
        "(rated “Misleading”) is not kept"
    )
    assert partly.not_kept == (("https://d.example/1", "Misleading"),)


def test_the_json_report_names_the_pages_not_kept_after_existing_id(tmp_path: Path) -> None:
    report = _imported(tmp_path, _feed(_review(), SECOND_DESK, _review()))
    lost, kept = (s.to_dict() for s in report.skipped)
    assert list(lost) == ["origin", "claim", "reason", "existing_id", "not_kept"]
    assert lost["not_kept"] == [{"url": "https://desk-b.example.net/bridge-cost", "rating": "False"}]
    assert kept["not_kept"] == []


def test_a_rating_with_a_line_break_stays_on_the_skips_line(tmp_path: Path) -> None:
    broken = {**SECOND_DESK, "reviewRating": {"@type": "Rating", "alternateName": "False\n[bold]x[/bold]"}}
    (skipped,) = _imported(tmp_path, _feed(_review(), broken)).skipped
    assert "\n" not in skipped.reason and "False\\n[bold]x[/bold]" in skipped.reason
    assert skipped.not_kept == (("https://desk-b.example.net/bridge-cost", "False\n[bold]x[/bold]"),)


def test_the_url_of_the_publisher_is_said_not_kept_too(tmp_path: Path) -> None:
    publisher = {"@type": "Organization", "name": "Example Checks", "url": "https://media-group.example.com/"}
    report = _imported(tmp_path, _review(author="Example Checks", publisher=publisher))
    assert _not_kept(report) == ["not kept (the claims file has no field for them): publisher.url (1 record)"]
    assert report.added[0].sources[0].publisher == "Example Checks"


@pytest.mark.xfail(strict=True, reason="a firstAppearance that is a citation's url is kept as the citation, unnoted")
def test_a_first_appearance_that_is_a_citation_is_noted_first(tmp_path: Path) -> None:
    item = {"@type": "Claim", "firstAppearance": "https://s.example.net/1"}
    (claim,) = _imported(tmp_path, _review(itemReviewed=item, citation=["https://s.example.net/1"])).added
    assert [s.note for s in claim.sources if s.url == "https://s.example.net/1"] == [FIRST_APPEARANCE_NOTE]


@pytest.mark.xfail(strict=True, reason="a firstAppearance that differs from its appearance by a trailing slash is two")
def test_a_first_appearance_with_a_trailing_slash_is_the_listed_one(tmp_path: Path) -> None:
    item = {"@type": "Claim", "appearance": ["https://s.example.net/1"], "firstAppearance": "https://s.example.net/1/"}
    (claim,) = _imported(tmp_path, _review(itemReviewed=item)).added
    assert len(claim.sources) == 2
