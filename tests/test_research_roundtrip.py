"""A researcher's round trip: other publishers' fact-checks imported (a DataFeed, ClaimReview JSON-LD),
exported to analyse or to share, and imported again, from the library as a script runs it.  What a
publisher's markup says must come back, or the import must say it was not kept."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
        "https://user:pw@checks.example.org/",  # userinfo: not the address of the site's home page
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


def test_the_claimants_job_title_and_picture_and_the_fact_checkers_logo_are_said_not_kept(tmp_path: Path) -> None:
    # dropped unsaid: the claimant's job title (who "Senator Smith" is: what a reader of the claim may want back) and
    # picture, the logo of who published the fact-check; the note says what each is, not only its property's name
    item = {
        "@type": "Claim",
        "author": {
            "@type": "Person",
            "name": "Senator Smith",
            "jobTitle": "State senator for the 5th district",
            "image": "https://smith.example.com/portrait.jpg",
        },
    }
    logo = {"@type": "ImageObject", "url": "https://checks.example.org/logo.png"}
    author = {"@type": "Organization", "name": "Example Checks", "logo": logo}
    report = _imported(tmp_path, _review(itemReviewed=item, author=author))
    assert _not_kept(report) == [
        "not kept (the claims file has no field for them): itemReviewed.author.jobTitle (1 record: the claimant's "
        "job title), itemReviewed.author.image (1 record: a picture of the claimant), author.logo (1 record: the "
        "fact-checker's logo)"
    ]
    (claim,) = report.added
    assert (claim.claimant, claim.sources[0].publisher) == ("Senator Smith", "Example Checks")
    _round_trip(tmp_path)
    # a publisher's logo beside an author that names it too; a publisher named by no author is said whole
    publisher = {"@type": "Organization", "name": "Example Checks", "logo": logo, "image": logo}
    report = _imported(tmp_path / "again", _review(publisher=publisher))
    assert _not_kept(report) == [
        "not kept (the claims file has no field for them): publisher.logo (1 record: the fact-checker's logo), "
        "publisher.image (1 record: a picture of the fact-checker)"
    ]
    other = {**publisher, "name": "Media Group"}
    assert _not_kept(_imported(tmp_path / "third", _review(publisher=other))) == [
        "not kept (the claims file has no field for them): publisher (1 record)"
    ]


def test_the_claimants_logo_is_said_not_kept(tmp_path: Path) -> None:
    # schema.org's own example names an organisation as the claimant, with its logo: that logo was dropped unsaid
    item = {"@type": "Claim", "author": {"@type": "Organization", "name": "Google", "logo": "https://g.example/logo"}}
    report = _imported(tmp_path, _review(itemReviewed=item))
    assert _not_kept(report) == [
        "not kept (the claims file has no field for them): itemReviewed.author.logo (1 record: the claimant's logo)"
    ]
    assert report.added[0].claimant == "Google"


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


def test_a_google_review_given_twice_is_one_source_and_only_another_rating_is_said(tmp_path: Path) -> None:
    # the same review twice in claimReview[] was said kept "without its note 'rated “False”'": the rating kept, and
    # a note is no field of the API's; the same page with another rating is said to lose that rating
    review = {**_g_review("https://a.example/1", "False"), "title": "Tolls did not triple"}
    report = _imported(tmp_path, _google({"text": "Tolls tripled.", "claimReview": [review, review]}), "google.json")
    (claim,) = report.added
    assert [(s.url, s.title) for s in claim.sources] == [("https://a.example/1", "Tolls did not triple")]
    assert (claim.original_rating, [n.message for n in report.notes]) == ("False", [])
    other = {**review, "textualRating": "Pants on Fire"}
    document = _google({"text": "Tolls tripled.", "claimReview": [review, other, other]})
    report = _imported(tmp_path / "other", document, "google.json")
    (claim,) = report.added
    assert (len(claim.sources), claim.original_rating) == (1, "False")
    assert [n.message for n in report.notes] == [
        f"claims[0]: claimReview[{i}] gives the url of claimReview[0] (https://a.example/1): kept as one source, "
        "without its rating 'Pants on Fire'"
        for i in (1, 2)
    ]


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


# --- a firstAppearance that is a citation, or its appearance with a trailing slash -----------------------------


def _round_trip(tmp_path: Path) -> None:
    """Import -> export --format claimreview -> import gives back the claims the first import wrote."""
    kb = load_knowledge_base(tmp_path / "lab.yaml")
    exported = export_text(kb, ExportFormat.CLAIMREVIEW, export_settings(kb, base_url="https://lab.example.edu/c/"))
    again = import_file(tmp_path / "again.yaml", exported.encode(), "lab-export.json")
    assert again.added == kb.claims
    assert _not_kept(again) == [] and again.notes == ()


def test_a_first_appearance_that_is_a_citation_is_noted_first(tmp_path: Path) -> None:
    # publishers cite the post the claim first appeared in: it stayed a citation (evidence for the verdict), with no
    # "first appeared" note, and an export wrote no firstAppearance
    item = {"@type": "Claim", "firstAppearance": "https://s.example.net/1"}
    cited = {
        "@type": "CreativeWork",
        "url": "https://s.example.net/1",
        "name": "The post",
        "datePublished": "2019-04-28",
    }
    report = _imported(tmp_path, _review(itemReviewed=item, citation=["https://ledger.example.org/tolls", cited]))
    (claim,) = report.added
    assert [(s.url, s.title, s.date, s.note) for s in claim.sources[1:]] == [
        ("https://ledger.example.org/tolls", None, None, None),
        ("https://s.example.net/1", "The post", "2019-04-28", FIRST_APPEARANCE_NOTE),
    ]
    # no longer evidence: said
    assert [n.message for n in report.notes] == [
        "the ClaimReview: citation #2 is itemReviewed.firstAppearance: kept as where the claim first appeared"
    ]
    _round_trip(tmp_path)


def test_an_appearance_that_is_a_citation_is_noted_as_where_the_claim_appeared(tmp_path: Path) -> None:
    item = {"@type": "Claim", "appearance": ["https://video.example.net/watch?v=2"]}
    report = _imported(tmp_path, _review(itemReviewed=item, citation="https://video.example.net/watch?v=2"))
    (claim,) = report.added
    assert [(s.url, s.note) for s in claim.sources[1:]] == [("https://video.example.net/watch?v=2", APPEARANCE_NOTE)]
    _round_trip(tmp_path)


def test_a_citations_own_comment_on_an_appearance_is_said_not_kept(tmp_path: Path) -> None:
    # the source's note says it is where the claim appeared: the citation's comment has no place left
    item = {"@type": "Claim", "firstAppearance": {"@type": "CreativeWork", "url": "https://s.example.net/1"}}
    cited = {"@type": "CreativeWork", "url": "https://s.example.net/1", "comment": "Since deleted by the senator"}
    report = _imported(tmp_path, _review(itemReviewed=item, citation=cited))
    (claim,) = report.added
    assert [s.note for s in claim.sources[1:]] == [FIRST_APPEARANCE_NOTE]
    assert [n.message for n in report.notes] == [
        "the ClaimReview: citation #1 is itemReviewed.firstAppearance: kept as where the claim first appeared, "
        "without its comment 'Since deleted by the senator'"
    ]


def test_a_citation_that_is_the_review_itself_stays_the_review(tmp_path: Path) -> None:
    item = {"@type": "Claim", "firstAppearance": "https://checks.example.org/2019/bridge"}
    report = _imported(tmp_path, _review(itemReviewed=item, citation="https://checks.example.org/2019/bridge"))
    (page,) = report.added[0].sources
    assert page.note == "the fact-check this claim was imported from, rated “Mostly False”"


def _said(report: Any, text: str) -> bool:
    """Whether ``text`` is kept in a source of the claim or said in a note of the import."""
    (claim,) = report.added
    kept = [str(getattr(s, f)) for s in claim.sources for f in ("title", "quote", "note") if getattr(s, f)]
    return any(text in k for k in kept) or any(text in n.message for n in report.notes)


def test_a_second_citation_of_an_appearance_is_not_lost(tmp_path: Path) -> None:
    # two citations of one page (with and without a trailing slash) that is where the claim appeared: the first was
    # merged into the appearance, the second taken out of the evidence too, its title, quote and comment gone unsaid
    cited = [
        {
            "@type": "CreativeWork",
            "url": "https://s.example.net/1",
            "name": "Cited post",
            "hasPart": {"@type": "Quotation", "text": "cheese moon"},
        },
        {
            "@type": "CreativeWork",
            "url": "https://s.example.net/1/",
            "name": "Cited again",
            "hasPart": {"@type": "Quotation", "text": "another quote"},
            "comment": "second comment",
        },
    ]
    item = {"@type": "Claim", "appearance": ["https://s.example.net/1"]}
    report = _imported(tmp_path, _review(itemReviewed=item, citation=cited))
    for text in ("Cited post", "cheese moon", "Cited again", "another quote", "second comment"):
        assert _said(report, text), text
    assert [n.message for n in report.notes] == [
        "the ClaimReview: citation #1 is the itemReviewed.appearance: kept as where the claim appeared",
        "the ClaimReview: citation #1 gives the title 'Cited post' where citation #2 gives 'Cited again': "
        "citation #1's is kept",
        "the ClaimReview: citation #1 gives the quote 'cheese moon' where citation #2 gives 'another quote': "
        "citation #1's is kept",
        "the ClaimReview: citation #2 is the itemReviewed.appearance: kept as where the claim appeared, without its "
        "comment 'second comment'",
    ]
    _round_trip(tmp_path)


LEDGER = "https://ledger.example.org/tolls"


def test_two_citations_of_one_url_keep_what_each_gives(tmp_path: Path) -> None:
    # a second citation of a url already cited was dropped unsaid, its quote with it: two quotes from one report are
    # two pieces of evidence (as a claims file keeps them: a source per quote); a repeat of the same quote is one
    # source, what else it gives said
    cited = [
        LEDGER,
        {"@type": "CreativeWork", "url": LEDGER, "name": "Tolls ledger", "datePublished": "2019-04-30"},
        {"@type": "CreativeWork", "url": LEDGER, "hasPart": {"@type": "Quotation", "text": "2 billion"}},
        {"@type": "CreativeWork", "url": LEDGER, "hasPart": {"@type": "Quotation", "text": "1.2 billion"}},
        {
            "@type": "CreativeWork",
            "url": LEDGER,
            "name": "Tolls ledger (PDF)",
            "hasPart": {"@type": "Quotation", "text": "2 billion"},
            "comment": "page 12",
        },
        LEDGER,
    ]
    report = _imported(tmp_path, _review(citation=cited))
    (claim,) = report.added
    assert [(s.url, s.title, s.date, s.quote, s.note) for s in claim.sources[1:]] == [
        (LEDGER, "Tolls ledger", "2019-04-30", "2 billion", None),  # #1 filled in by #2 and #3: nothing lost
        (LEDGER, None, None, "1.2 billion", None),
    ]
    assert [n.message for n in report.notes] == [
        "the ClaimReview: citation #5 gives the url and the quote of citation #1 (https://ledger.example.org/tolls): "
        "kept as one source, without its title 'Tolls ledger (PDF)' and its comment 'page 12'"
    ]
    _round_trip(tmp_path)


def test_a_citation_of_the_reviews_own_url_is_kept_when_it_quotes_and_said_when_it_is_left_out(tmp_path: Path) -> None:
    page = "https://checks.example.org/2019/bridge"
    cited = [
        {"@type": "CreativeWork", "url": page, "hasPart": {"@type": "Quotation", "text": "the key quote"}},
        {"@type": "CreativeWork", "url": page, "name": "Our transcript", "comment": "see the video"},
    ]
    report = _imported(tmp_path, _review(citation=cited, headline="Bridge cost"))
    (claim,) = report.added
    assert [(s.url, s.title, s.quote) for s in claim.sources] == [
        (page, "Bridge cost", None),  # the fact-check itself, rated
        (page, None, "the key quote"),
    ]
    assert [n.message for n in report.notes] == [
        # nothing of it is kept ("kept as one source, without..." read as if part of it were)
        "the ClaimReview: citation #2 gives the url of the review itself (https://checks.example.org/2019/bridge): "
        "left out, as the review's own page is already a source, and with it its title 'Our transcript' and its "
        "comment 'see the video'"
    ]
    _round_trip(tmp_path)


def test_a_citation_of_the_reviews_own_page_listed_as_an_appearance_stays_a_citation(tmp_path: Path) -> None:
    # the review's page written without its "/", cited with a quote, and listed as an appearance with it: the citation
    # was merged into the appearance, which was then left out as the page itself, the quote with it, unsaid
    cited = {
        "@type": "CreativeWork",
        "url": "https://checks.example.org/2019/bridge",
        "name": "Our transcript",
        "hasPart": {"@type": "Quotation", "text": "the key quote"},
    }
    item = {"@type": "Claim", "appearance": ["https://checks.example.org/2019/bridge/"]}
    review = _review(url="https://checks.example.org/2019/bridge/", itemReviewed=item, citation=cited)
    (claim,) = _imported(tmp_path, review).added
    assert [(s.url, s.title, s.quote, s.note) for s in claim.sources[1:]] == [
        ("https://checks.example.org/2019/bridge", "Our transcript", "the key quote", None)
    ]


def test_a_citation_kept_as_where_the_claim_appeared_is_always_said(tmp_path: Path) -> None:
    # no longer evidence (a review without a url may then have none): the import said so only when the citation had a
    # comment to drop
    item = {"@type": "Claim", "appearance": ["https://s.example.net/1"]}
    review = {k: v for k, v in _review(itemReviewed=item, citation="https://s.example.net/1").items() if k != "url"}
    report = _imported(tmp_path, review)
    assert "the ClaimReview: citation #1 is the itemReviewed.appearance: kept as where the claim appeared" in [
        n.message for n in report.notes
    ]


def test_a_first_appearance_that_gives_no_title_is_not_named_as_giving_one(tmp_path: Path) -> None:
    # the title is its appearance's: the note named the firstAppearance as giving it
    item = {
        "@type": "Claim",
        "firstAppearance": {"@type": "CreativeWork", "url": "https://s.example.net/1"},
        "appearance": [{"@type": "CreativeWork", "url": "https://s.example.net/1/", "name": "Listed"}],
    }
    cited = {"@type": "CreativeWork", "url": "https://s.example.net/1/", "name": "Cited post"}
    report = _imported(tmp_path, _review(itemReviewed=item, citation=cited))
    assert (
        "the ClaimReview: itemReviewed.appearance gives the title 'Listed' where citation #1 gives 'Cited post': "
        "the appearance's is kept"
    ) in [n.message for n in report.notes]


def test_a_first_appearance_with_a_trailing_slash_is_the_listed_one(tmp_path: Path) -> None:
    item = {"@type": "Claim", "appearance": ["https://s.example.net/1"], "firstAppearance": "https://s.example.net/1/"}
    report = _imported(tmp_path, _review(itemReviewed=item))
    (claim,) = report.added
    # the firstAppearance's own, as for its other fields; one page written two ways is no difference worth a note
    assert [(s.url, s.note) for s in claim.sources[1:]] == [("https://s.example.net/1/", FIRST_APPEARANCE_NOTE)]
    assert report.notes == ()
    _round_trip(tmp_path)


def test_a_citation_with_a_trailing_slash_is_the_first_appearance(tmp_path: Path) -> None:
    item = {"@type": "Claim", "firstAppearance": "https://s.example.net/1"}
    (claim,) = _imported(tmp_path, _review(itemReviewed=item, citation="https://s.example.net/1/")).added
    assert [(s.url, s.note) for s in claim.sources[1:]] == [("https://s.example.net/1", FIRST_APPEARANCE_NOTE)]


def test_pages_that_differ_by_more_than_a_trailing_slash_stay_two(tmp_path: Path) -> None:
    item = {
        "@type": "Claim",
        "appearance": ["https://s.example.net/1", "https://s.example.net/1?share=2"],
        "firstAppearance": "https://s.example.net/1//",
    }
    cited = ["https://S.example.net/1", "https://s.example.net/", "https://s.example.net"]
    (claim,) = _imported(tmp_path, _review(itemReviewed=item, citation=cited)).added
    assert [s.url for s in claim.sources[1:]] == [
        "https://S.example.net/1",
        "https://s.example.net/",
        "https://s.example.net",
        "https://s.example.net/1",
        "https://s.example.net/1?share=2",
        "https://s.example.net/1//",
    ]


def test_a_citation_and_its_first_appearance_that_differ_are_said(tmp_path: Path) -> None:
    item = {
        "@type": "Claim",
        "firstAppearance": {"@type": "CreativeWork", "url": "https://s.example.net/1", "name": "A"},
    }
    cited = {"@type": "CreativeWork", "url": "https://s.example.net/1/", "name": "B", "datePublished": "2019-04-28"}
    report = _imported(tmp_path, _review(itemReviewed=item, citation=cited))
    (first,) = report.added[0].sources[1:]
    assert (first.url, first.title, first.date) == ("https://s.example.net/1", "A", "2019-04-28")
    assert [n.message for n in report.notes] == [
        "the ClaimReview: itemReviewed.firstAppearance gives the title 'A' where citation #1 gives 'B': the "
        "firstAppearance's is kept",
        "the ClaimReview: citation #1 is itemReviewed.firstAppearance: kept as where the claim first appeared",
    ]


def test_a_first_appearance_listed_both_ways_is_the_one_written_the_same(tmp_path: Path) -> None:
    item = {
        "@type": "Claim",
        "appearance": ["https://s.example.net/1", {"url": "https://s.example.net/1/", "name": "Listed"}],
        "firstAppearance": "https://s.example.net/1/",
    }
    (claim,) = _imported(tmp_path, _review(itemReviewed=item)).added
    assert [(s.url, s.title, s.note) for s in claim.sources[1:]] == [
        ("https://s.example.net/1", None, APPEARANCE_NOTE),
        ("https://s.example.net/1/", "Listed", FIRST_APPEARANCE_NOTE),
    ]


# --- import -> export -> import, whatever another publisher's markup gives ---------------------------------------

#: pages of one pool, two written with and without a trailing slash, so that citations, appearances and the first
#: appearance name the same ones in the ways markup does
_PAGES = [
    "https://s.example.net/1",
    "https://s.example.net/1/",
    "https://video.example.net/watch?v=2",
    "https://ledger.example.org/tolls",
    "https://checks.example.org/2019/bridge",  # the review's own url
]
_work = st.sampled_from(_PAGES) | st.builds(
    lambda url, name, date, comment, quote: {
        "@type": "CreativeWork",
        "url": url,
        **({"name": name} if name else {}),
        **({"datePublished": date} if date else {}),
        **({"comment": comment} if comment else {}),
        **({"hasPart": {"@type": "Quotation", "text": quote}} if quote else {}),
    },
    st.sampled_from(_PAGES),
    st.sampled_from([None, "The post", "Another title"]),
    st.sampled_from([None, "2019-04-28", "2019-04-30"]),
    st.sampled_from([None, "Since deleted", "Archived"]),
    st.sampled_from([None, "The bridge cost 2 billion", "Two billion, at least"]),
)
_person = st.sampled_from(
    [
        "Senator Smith",
        {"@type": "Person", "name": "Senator Smith"},
        {"@type": "Person", "name": "Senator Smith", "url": "https://smith.example.com/"},
        {"@type": "Person", "name": "Senator Smith", "sameAs": "https://wiki.example.org/Smith"},
        {
            "@type": "Person",
            "name": "Senator Smith",
            "jobTitle": "State senator",
            "image": "https://smith.example.com/p",
        },
        {"@type": "Person", "url": "https://smith.example.com/"},
        [{"@type": "Person", "url": "https://smith.example.com/"}, "Senator Smith"],
    ]
)
_publisher = st.sampled_from(
    [
        "Example Checks",
        {"@type": "Organization", "name": "Example Checks", "url": "https://checks.example.org/"},
        {"@type": "Organization", "name": "Example Checks", "url": "https://media-group.example.com/"},
        {"@type": "Organization", "name": "Example Checks", "sameAs": ["https://social.example.net/checks"]},
        {"@type": "Organization", "url": "https://www.checks.example.org"},
        {
            "@type": "Organization",
            "name": "Example Checks",
            "logo": {"@type": "ImageObject", "url": "https://l.example"},
        },
    ]
)


@st.composite
def _foreign_reviews(draw: st.DrawFn) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    if draw(st.booleans()):
        item["author"] = draw(_person)
    appearances = draw(st.lists(_work, max_size=3))
    if appearances:
        item["appearance"] = appearances
    if draw(st.booleans()):
        item["firstAppearance"] = draw(_work)
    fields: dict[str, Any] = {"itemReviewed": item, "author": draw(_publisher)}
    citations = draw(st.lists(_work, max_size=3))
    if citations:
        fields["citation"] = citations
    review = _review(**fields)
    if draw(st.booleans()):
        del review["url"]
    return review


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_foreign_reviews())
def test_any_imported_review_survives_export_then_import(review: dict[str, Any]) -> None:
    # what the first import kept comes back whole from its export: the appearances (the first one among them),
    # the citations, their fields and order
    with tempfile.TemporaryDirectory() as folder:
        report = _imported(Path(folder), review)
        (claim,) = report.added
        _round_trip(Path(folder))
        # and where the claim first appeared is kept, unless it is the review's own page
        first = review["itemReviewed"].get("firstAppearance")
        url = first if isinstance(first, str) or first is None else first["url"]
        noted_first = [s.url for s in claim.sources if s.note == FIRST_APPEARANCE_NOTE]
        if url is None or url == review.get("url"):
            assert noted_first == []
        else:
            assert noted_first == [url]
        # and what each citation gives is kept, in a source or said in a note: one of the review's own url, or of a
        # url an earlier citation gives, too (those were dropped unsaid, a quote with them)
        for work in review.get("citation", []):
            cited = {"url": work} if isinstance(work, str) else work
            given = [cited.get("name"), cited.get("comment"), cited.get("hasPart", {}).get("text")]
            assert all(_said(report, text) for text in given if text), (cited, claim.sources, report.notes)
