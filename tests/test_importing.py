"""Importing into a claims file: the round trip, verdicts from ratings, ids, duplicates, and
nothing written whenever something is wrong."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.claimreview import (
    IMPORTED_REVIEW_NOTE,
    ExportSettings,
    claim_reviews,
    creative_work,
    data_feed,
    imported_review_note,
    is_appearance,
)
from factcheck.editing import update_claim
from factcheck.errors import SHOWN_PROBLEMS, InputError, KnowledgeBaseError, Location
from factcheck.exporting import ExportFormat, export_text
from factcheck.filters import tag_key
from factcheck.importformats import InputShape
from factcheck.importing import (
    MAX_TEXT_CHARS,
    ImportReport,
    InvalidImportError,
    import_file,
    read_import_source,
)
from factcheck.model import ID_PATTERN, MAX_ID_LENGTH, ONLY_APPEARANCES, Claim, Source, Verdict
from factcheck.ratings import RatingMap, load_rating_map
from factcheck.store import check_knowledge_base, load_knowledge_base

FIXTURES = Path(__file__).parent / "fixtures"
INTEROP = FIXTURES / "interop"
SETTINGS = ExportSettings("https://factcheck.example/claims/")


def import_fixture(target: Path, name: str, **options: object) -> object:
    return import_file(target, (INTEROP / name).read_bytes(), name, **options)  # type: ignore[arg-type]


def export_then_import(claims: tuple[Claim, ...], target: Path, *, feed: bool = False) -> tuple[Claim, ...]:
    document = export_text(claims, ExportFormat.CLAIMREVIEW, SETTINGS, feed=feed)
    import_file(target, document.encode(), "export.json")
    return load_knowledge_base(target).claims


# -- the round trip -------------------------------------------------------------------------------------


def test_round_trip_of_the_mini_knowledge_base(tmp_path: Path) -> None:
    claims = load_knowledge_base(FIXTURES / "mini_claims.yaml").claims
    assert export_then_import(claims, tmp_path / "new.yaml") == claims


def test_round_trip_of_the_starter_knowledge_base(starter_kb: Path, tmp_path: Path) -> None:
    claims = load_knowledge_base(starter_kb).claims
    assert len(claims) > 30
    assert export_then_import(claims, tmp_path / "new.yaml") == claims


def test_round_trip_through_the_feed(tmp_path: Path) -> None:
    claims = load_knowledge_base(FIXTURES / "mini_claims.yaml").claims
    assert export_then_import(claims, tmp_path / "new.yaml", feed=True) == claims


def test_round_trip_through_factcheck_json_and_yaml(tmp_path: Path) -> None:
    claims = load_knowledge_base(FIXTURES / "mini_claims.yaml").claims
    document = export_text(claims, ExportFormat.JSON, None, feed=False)
    import_file(tmp_path / "from-json.yaml", document.encode(), "claims.json")
    assert load_knowledge_base(tmp_path / "from-json.yaml").claims == claims
    import_file(tmp_path / "from-yaml.yaml", (FIXTURES / "mini_claims.yaml").read_bytes(), "mini.yaml")
    assert load_knowledge_base(tmp_path / "from-yaml.yaml").claims == claims


def test_round_trip_of_someone_elses_fact_checks(tmp_path: Path) -> None:
    # Imported claims carry the publisher's page as an associated ClaimReview; importing the
    # export still gives back the same claims.
    import_fixture(tmp_path / "imported.yaml", "google_search.json")
    claims = load_knowledge_base(tmp_path / "imported.yaml").claims
    assert claims[0].sources[0].note == imported_review_note("Mostly False")
    assert export_then_import(claims, tmp_path / "new.yaml") == claims
    assert export_then_import(claims, tmp_path / "feed.yaml", feed=True) == claims


def test_round_trip_keeps_what_ids_verdicts_and_dates_need() -> None:
    # The exported ClaimReview alone (no factcheck file) is enough to rebuild the claim.
    claim = load_knowledge_base(FIXTURES / "mini_claims.yaml").claims[0]
    (review,) = claim_reviews([claim], SETTINGS)
    assert review["identifier"]["value"] == claim.id
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["datePublished"] == claim.checked
    assert json.loads(json.dumps(data_feed([claim], SETTINGS)))["dataFeedElement"][0]["item"][0]["url"].endswith(
        claim.id
    )


#: no control character but a tab or a line break: import refuses them, as validate warns of them
_text = (
    st.text(st.characters(exclude_categories=["Cc", "Cs"]) | st.sampled_from("\t\n\r"), min_size=1, max_size=40)
    .map(str.strip)
    .filter(bool)
)
_date = st.builds(
    lambda d, precision: d.isoformat()[:precision],
    st.dates(min_value=__import__("datetime").date(1000, 1, 1)),
    st.sampled_from([4, 7, 10]),
)
_slug = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True)
_source = st.builds(
    Source,
    url=st.from_regex(r"https://example\.org/[a-z0-9/_-]{0,20}", fullmatch=True),
    title=st.none() | _text,
    publisher=st.none() | _text,
    date=st.none() | _date,
    quote=st.none() | _text,
    note=st.none()
    | _text
    | st.sampled_from(["where the claim appeared", "where the claim first appeared", IMPORTED_REVIEW_NOTE])
    | _text.map(imported_review_note),
)
_claim = st.builds(
    Claim,
    id=_slug,
    claim=_text,
    verdict=st.sampled_from(list(Verdict)),
    summary=st.none() | _text,
    # each tag and alias once: a claims file keeps a repeated one once (editing.normalize_claim), a tag
    # in another case or with other accents too ("O" and "Ò" are one tag: filters.tag_key)
    aliases=st.lists(_text, max_size=3, unique=True).map(tuple),
    tags=st.lists(_text, max_size=3, unique_by=lambda tag: tag_key(tag.strip())).map(tuple),
    claimant=st.none() | _text,
    checked=st.none() | _date,
    original_rating=st.none() | _text,
    sources=st.lists(_source, max_size=3).map(tuple),
)


def evidence_first(claim: Claim) -> Claim:
    """The claim with the sources that are where it appeared after the others, as the export gives
    them back: they are the claim's ``itemReviewed.appearance``, not citations of the review."""
    sources = [s for s in claim.sources if not is_appearance(s)] + [s for s in claim.sources if is_appearance(s)]
    return dataclasses.replace(claim, sources=tuple(sources))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_claim, min_size=1, max_size=4, unique_by=lambda c: c.id))
def test_any_claims_survive_export_then_import(claims: list[Claim]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        expected = tuple(evidence_first(c) for c in claims)
        assert export_then_import(tuple(claims), Path(folder) / "claims.yaml") == expected


def test_where_a_claim_appeared_comes_back_from_its_appearances_not_its_citations(tmp_path: Path) -> None:
    # the export listed the claimant's post among the review's citations (its evidence) as well
    claim = Claim(
        id="tolls-triple",
        claim="Bridge tolls will triple.",
        verdict=Verdict.MOSTLY_FALSE,
        sources=(
            Source("https://social.example.net/@kell/1", note="where the claim first appeared"),
            Source("https://ledger.example.org/docs/toll-schedule", title="Toll schedule 2026"),
            Source("https://video.example.net/watch?v=abc", note="where the claim appeared"),
        ),
    )
    (review,) = claim_reviews([claim], SETTINGS)
    assert [c["url"] for c in review["citation"]] == ["https://ledger.example.org/docs/toll-schedule"]
    item = review["itemReviewed"]
    assert [a["url"] for a in item["appearance"]] == [claim.sources[0].url, claim.sources[2].url]
    assert item["firstAppearance"]["url"] == claim.sources[0].url
    assert export_then_import((claim,), tmp_path / "new.yaml") == (evidence_first(claim),)


def test_a_hand_written_note_that_says_where_the_claim_appeared_is_one(tmp_path: Path) -> None:
    # "Where the claim appeared." (a capital, a full stop) was counted as evidence, and exported as a citation
    claim = Claim(
        id="tolls-triple",
        claim="Bridge tolls will triple.",
        verdict=Verdict.FALSE,
        sources=(
            Source("https://social.example.net/@kell/1", note="Where the claim first appeared."),
            Source("https://video.example.net/watch?v=abc", note="WHERE THE CLAIM APPEARED"),
        ),
    )
    assert all(source.is_appearance for source in claim.sources) and not claim.has_evidence
    assert claim.unsupported_reasons == [ONLY_APPEARANCES]
    (review,) = claim_reviews([claim], SETTINGS)
    assert "citation" not in review and review["itemReviewed"]["firstAppearance"]["url"] == claim.sources[0].url
    assert export_then_import((claim,), tmp_path / "new.yaml") == (claim,)  # the notes as written
    assert Source("https://e.org/a", note=" where the claim appeared \n").is_appearance
    for other in ("where the claim appeared..", "where the claim appeared, says the post", "appeared"):
        assert not Source("https://e.org/a", note=other).is_appearance


def test_an_export_that_also_cited_the_appearances_reads_back_as_it_was(tmp_path: Path) -> None:
    # ClaimReviews exported before the appearances left the citations: every source in citation, in order
    claim = Claim(
        id="x",
        claim="Some claim.",
        verdict=Verdict.FALSE,
        sources=(
            Source("https://example.org/post", note="where the claim appeared"),
            Source("https://example.org/evidence"),
        ),
    )
    (review,) = claim_reviews([claim], SETTINGS)
    review["citation"] = [creative_work(s) for s in claim.sources]  # as those exports gave them
    import_file(tmp_path / "new.yaml", json.dumps([review]).encode(), "old.json")
    assert load_knowledge_base(tmp_path / "new.yaml").claims == (claim,)


# -- verdicts and ids ----------------------------------------------------------------------------------


def test_publisher_ratings_become_verdicts_and_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "claims.yaml"
    report = import_fixture(target, "datafeed.json")
    claims = load_knowledge_base(target).claims
    assert [(c.verdict, c.original_rating) for c in claims] == [(Verdict.FALSE, "Falso"), (Verdict.MIXED, "Half True")]
    assert report.unmapped == {}  # type: ignore[attr-defined]


def test_an_unmapped_rating_is_imported_as_unsupported_and_reported(tmp_path: Path) -> None:
    target = tmp_path / "claims.yaml"
    report = import_fixture(target, "claimreview_graph.json")
    claim = load_knowledge_base(target).get("the-tram-line-was-cancelled-to-save-money")
    assert claim is not None
    assert claim.verdict is Verdict.UNSUPPORTED and claim.original_rating == "Cherry Picks"
    assert report.unmapped == {"Cherry Picks": ("the-tram-line-was-cancelled-to-save-money",)}  # type: ignore[attr-defined]


def test_a_rating_map_file_decides_the_unmapped(tmp_path: Path) -> None:
    target = tmp_path / "claims.yaml"
    report = import_fixture(target, "claimreview_graph.json", rating_map=load_rating_map(INTEROP / "rating_map.yaml"))
    assert report.unmapped == {}  # type: ignore[attr-defined]
    claim = load_knowledge_base(target).get("the-tram-line-was-cancelled-to-save-money")
    assert claim is not None and claim.verdict is Verdict.MISLEADING


def test_a_google_claim_takes_its_verdict_from_the_first_review_with_a_page(tmp_path: Path) -> None:
    # the verdict was the first review's ("False") though it had no url: the claim stood "false" with one
    # source, another publisher's page noted rated "True", and nothing said the first review was left out
    reviews = [
        {"publisher": {"name": "No Page Desk"}, "textualRating": "False", "reviewDate": "2022-01-01"},
        {
            "publisher": {"name": "Paged Desk"},
            "url": "https://paged.example/fc",
            "textualRating": "True",
            "reviewDate": "2022-01-02",
        },
    ]
    claims = [{"text": "The ferry runs on hydrogen.", "claimReview": reviews}]
    report = import_file(tmp_path / "c.yaml", json.dumps({"claims": claims}).encode(), "google.json")
    (claim,) = report.added
    assert (claim.verdict, claim.original_rating, claim.checked) == (Verdict.TRUE, "True", "2022-01-02")
    (page,) = claim.sources
    assert page.url == "https://paged.example/fc" and page.note == imported_review_note("True")
    assert [n.message for n in report.notes] == [
        "claims[0]: claimReview[0] has no url: the fact-check (by 'No Page Desk') is not kept as a source, so the "
        "claim names neither its page nor its publisher; add the page as a source of the claim if you have it",
        "claims[0]: its fact-checks disagree: imported as true, the rating “True” of claimReview[1] (Paged Desk), "
        "the first with a url; claimReview[0] (No Page Desk) says “False” (false). Check the verdict of "
        "'the-ferry-runs-on-hydrogen'",
    ]
    # with no url at all, the first review's rating is still the verdict, and the claim says it has no page
    claims = [{"text": "The tram runs on diesel.", "claimReview": [{"textualRating": "False"}]}]
    report = import_file(tmp_path / "d.yaml", json.dumps({"claims": claims}).encode(), "google.json")
    assert report.added[0].verdict is Verdict.FALSE and report.added[0].sources == ()
    assert [n.message.split(":")[1] for n in report.notes] == [" claimReview[0] has no url"]


def test_fact_checks_of_one_claim_that_disagree_are_noted(tmp_path: Path) -> None:
    def review(publisher: str, page: str, rating: str) -> dict[str, object]:
        url = f"https://{publisher.lower()}.example/{page}"
        return {"publisher": {"name": publisher}, "url": url, "textualRating": rating}

    bridge = [review("One", "bridge", "False"), review("Two", "bridge", "Mostly True")]
    mayor = [review("One", "mayor", "False"), review("Two", "mayor", "Pants on Fire")]
    claims = [
        {"text": "The bridge cost two billion.", "claimReview": bridge},
        {"text": "The mayor resigned last week.", "claimReview": mayor},
    ]
    report = import_file(tmp_path / "c.yaml", json.dumps({"claims": claims}).encode(), "google.json")
    assert [c.verdict for c in report.added] == [Verdict.FALSE, Verdict.FALSE]  # the first review's rating
    # the first claim's reviewers disagree; the second's word it otherwise but agree
    assert [n.message for n in report.notes] == [
        "claims[0]: its fact-checks disagree: imported as false, the first's “False”; claimReview[1] (Two) says "
        "“Mostly True” (mostly-true). Check the verdict of 'the-bridge-cost-two-billion'"
    ]


def test_a_claim_without_rating_is_unsupported_and_reported(tmp_path: Path) -> None:
    document = {"@type": "ClaimReview", "claimReviewed": "Nobody rated this.", "url": "https://example.org/n"}
    report = import_file(tmp_path / "c.yaml", json.dumps(document).encode(), "in.json")
    assert report.no_rating == ("nobody-rated-this",)
    assert report.added[0].verdict is Verdict.UNSUPPORTED


def test_a_numeric_rating_alone_is_kept_and_reported_as_no_textual_rating(tmp_path: Path) -> None:
    document = {
        "@type": "ClaimReview",
        "claimReviewed": "Rated by number only.",
        "url": "https://example.org/n",
        "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 10, "worstRating": 0},
    }
    report = import_file(tmp_path / "c.yaml", json.dumps(document).encode(), "in.json")
    (claim,) = load_knowledge_base(tmp_path / "c.yaml").claims
    assert claim.verdict is Verdict.UNSUPPORTED and claim.original_rating == "2 (worst 0, best 10)"
    assert report.no_rating == (claim.id,) and report.unmapped == {}


def test_ids_are_made_from_the_text_and_numbered_when_taken(mini_kb: Path) -> None:
    documents = [
        {
            "@type": "ClaimReview",
            "claimReviewed": "US drones fly over Mexican territory",
            "reviewRating": {"alternateName": "True"},
        },
        {
            "@type": "ClaimReview",
            "claimReviewed": "Completely different: the drones are birds",
            "reviewRating": {"alternateName": "False"},
        },
    ]
    # make the first id collide with an id the file already has
    shutil.copyfile(mini_kb, mini_kb.with_suffix(".bak"))
    text = mini_kb.read_text().replace("id: drones-over-mexico", "id: us-drones-fly-over-mexican-territory")
    mini_kb.write_text(
        text.replace(
            "claim: US drones fly over Mexican territory with the Mexican government's consent.",
            "claim: Something else entirely about balloons.",
        )
    )
    report = import_file(mini_kb, json.dumps(documents).encode(), "in.json")
    assert [c.id for c in report.added] == [
        "us-drones-fly-over-mexican-territory-2",
        "completely-different-the-drones-are-birds",
    ]
    assert report.renamed == ()  # made-up ids are not renames


def test_a_factcheck_id_taken_by_a_different_claim_is_renamed_and_reported(mini_kb: Path) -> None:
    incoming = [{"id": "drones-over-mexico", "claim": "Balloons are not drones at all.", "verdict": "true"}]
    report = import_file(mini_kb, json.dumps(incoming).encode(), "in.json")
    assert report.renamed == (("drones-over-mexico", "drones-over-mexico-2"),)
    assert load_knowledge_base(mini_kb).get("drones-over-mexico-2") is not None


# -- duplicates ---------------------------------------------------------------------------------------


def test_importing_the_same_file_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    target = tmp_path / "claims.yaml"
    first = import_fixture(target, "google_search.json")
    before = target.read_bytes()
    second = import_fixture(target, "google_search.json")
    assert len(first.added) == 2  # type: ignore[attr-defined]
    assert second.added == () and second.result is None  # type: ignore[attr-defined]
    assert target.read_bytes() == before
    reasons = [s.reason for s in second.skipped]  # type: ignore[attr-defined]
    assert any("is already a source of 'eating-carrots-lets-you-see-in-the-dark'" in r for r in reasons)


def _without_url(text: str, day: str = "2024-03-05", rating: str = "False", desk: str = "Desk A") -> dict[str, object]:
    """Someone else's fact-check as some feeds give them: no url, so its text is all that tells it."""
    return {
        "@type": "ClaimReview",
        "claimReviewed": text,
        "datePublished": day,
        "author": {"@type": "Organization", "name": desk},
        "reviewRating": {"@type": "Rating", "alternateName": rating},
    }


def test_a_feed_without_urls_imported_before_html_was_read_adds_nothing_again(tmp_path: Path) -> None:
    # a claim imported before other publishers' HTML references were read kept them; the record, read now as
    # 'puces "5G"', was another text, and with no url to tell it by, each import of the feed added it again
    target = tmp_path / "claims.yaml"
    target.write_text(
        "claims:\n"
        "  - id: le-gouvernement-a-mis-des-puces-quot-5g-quot-dans-les-vaccins\n"
        "    claim: Le gouvernement a mis des puces &quot;5G&quot; dans les vaccins\n"
        '    verdict: "false"\n'
        '    checked: "2024-03-05"\n'
        "    original_rating: Faux\n",
        encoding="utf-8",
    )
    before = target.read_bytes()
    feed = [_without_url("Le gouvernement a mis des puces &quot;5G&quot; dans les vaccins", rating="Faux")]
    report = import_file(target, json.dumps(feed).encode(), "feed.json")
    assert report.added == () and target.read_bytes() == before
    (skipped,) = report.skipped
    assert skipped.existing_id == "le-gouvernement-a-mis-des-puces-quot-5g-quot-dans-les-vaccins"
    assert "same text" in skipped.reason


# the same first 60 characters (one id), the same date and rating: fact-checks the id cannot tell apart
_BAKHMUT = "Video shows Ukrainian soldiers burning a Russian flag in Bakhmut "
_FLAG = "video-shows-ukrainian-soldiers-burning-a-russian-flag"


@pytest.mark.parametrize("desk", ["Desk A", "Desk B"])
def test_a_fact_check_without_url_is_not_taken_for_a_claim_edited_since(tmp_path: Path, desk: str) -> None:
    # the morning's claim, imported without a url, was edited; the evening's fact-check of the same first words,
    # the same day and rating, by the same desk or another (a claim imported without a url keeps no publisher),
    # is another: it is added, not skipped as that claim (and lost)
    target = tmp_path / "claims.yaml"
    import_file(target, json.dumps([_without_url(_BAKHMUT + "in front of a church")]).encode(), "morning.json")
    claim = load_knowledge_base(target).get(_FLAG)
    assert claim is not None
    update_claim(target, _FLAG, dataclasses.replace(claim, claim="Soldiers burned a Russian flag by a church"))
    evening = json.dumps([_without_url(_BAKHMUT + "while singing the anthem", desk=desk)]).encode()
    report = import_file(target, evening, "evening.json")
    assert report.skipped == () and [c.id for c in report.added] == [f"{_FLAG}-2"]
    assert load_knowledge_base(target).get(f"{_FLAG}-2") is not None


def test_a_fact_check_without_url_whose_claim_was_edited_is_added_again_and_a_dry_run_shows_it(
    tmp_path: Path,
) -> None:
    # no url, and its claim's text edited since: nothing tells it from another fact-check, and it is added again
    # (a visible duplicate, not a fact-check lost); --dry-run says so first, and writes nothing
    target = tmp_path / "claims.yaml"
    feed = json.dumps([_without_url("Drinking seawater cures the common cold.")]).encode()
    (added,) = import_file(target, feed, "feed.json").added
    update_claim(target, added.id, dataclasses.replace(added, claim="A viral post says sea water is a remedy"))
    before = target.read_bytes()
    dry = import_file(target, feed, "feed.json", dry_run=True)
    assert dry.skipped == () and [c.id for c in dry.added] == [f"{added.id}-2"]
    assert target.read_bytes() == before


def test_a_review_url_already_cited_is_a_duplicate_whatever_the_text(mini_kb: Path) -> None:
    document = {
        "@type": "ClaimReview",
        "claimReviewed": "Totally new words here.",
        "url": "https://example.org/constitution",
    }
    report = import_file(mini_kb, json.dumps(document).encode(), "in.json")
    (skipped,) = report.skipped
    assert skipped.existing_id == "senate-must-approve-foreign-troops"
    assert report.added == ()


def test_a_claim_factcheck_exported_is_recognised_by_its_url(tmp_path: Path) -> None:
    # Someone cited our published fact-check; importing our export of it must find that.
    ours = Claim(id="moon-cheese", claim="The Moon is cheese.", verdict=Verdict.FALSE)
    (review,) = claim_reviews([ours], SETTINGS)
    assert review["url"] == "https://factcheck.example/claims/moon-cheese"
    cited = Claim(
        id="lunar-dairy",
        claim="Lunar dairy claims.",
        verdict=Verdict.FALSE,
        sources=(Source(url=review["url"]),),
    )
    target = tmp_path / "claims.yaml"
    import_file(target, export_text([cited], ExportFormat.JSON, None, feed=False).encode(), "claims.json")
    report = import_file(target, json.dumps(review).encode(), "export.json")
    assert report.added == ()
    (skipped,) = report.skipped
    assert skipped.existing_id == "lunar-dairy" and "is already a source of 'lunar-dairy'" in skipped.reason


def test_same_text_in_other_case_and_punctuation_is_a_duplicate(mini_kb: Path) -> None:
    document = {"@type": "ClaimReview", "claimReviewed": "there are MORE than 10,000 US troops deployed in Mexico!!"}
    (skipped,) = import_file(mini_kb, json.dumps(document).encode(), "in.json").skipped
    assert skipped.existing_id == "us-troops-in-mexico-10000" and "same text" in skipped.reason


def test_an_alias_counts_as_the_claims_text(mini_kb: Path) -> None:
    document = {"@type": "ClaimReview", "claimReviewed": "Ten thousand American soldiers are stationed in Mexico."}
    (skipped,) = import_file(mini_kb, json.dumps(document).encode(), "in.json").skipped
    assert skipped.existing_id == "us-troops-in-mexico-10000"


def test_nearly_the_same_text_is_a_duplicate(mini_kb: Path) -> None:
    # "U.S." for "US": not the same text, but the same wording by the matcher's near-duplicate
    # rule (the one 'validate' and 'add' use).
    document = {"@type": "ClaimReview", "claimReviewed": "There are more than 10,000 U.S. troops deployed in Mexico."}
    report = import_file(mini_kb, json.dumps(document).encode(), "in.json")
    assert [s.existing_id for s in report.skipped] == ["us-troops-in-mexico-10000"]
    assert "nearly the same" in report.skipped[0].reason


@pytest.mark.parametrize(
    ("there", "read"),
    [
        ("Violent crime in Riverton increased sharply in 2023.", "Violent crime in Riverton never increased in 2023."),
        (
            "Violent crime in Riverton increased sharply in 2023.",
            "Violent crime in Riverton did not increase sharply in 2023.",
        ),
        (
            "Le chômage à Riverton a augmenté fortement en 2023.",
            "Le chômage à Riverton n'a jamais augmenté fortement en 2023.",
        ),
    ],
)
def test_a_claim_saying_the_opposite_is_added_with_a_note(tmp_path: Path, there: str, read: str) -> None:
    # worded nearly alike (similarity 0.90 to 0.98), and skipped as a near-duplicate: a fact-check lost unseen
    path = tmp_path / "claims.yaml"
    path.write_text(f'claims:\n  - id: there\n    claim: {there}\n    verdict: "false"\n', encoding="utf-8")
    document = {"@type": "ClaimReview", "claimReviewed": read, "url": "https://example.org/r"}
    report = import_file(path, json.dumps(document).encode(), "in.json")
    assert [c.claim for c in report.added] == [read] and report.skipped == ()
    assert [c.claim for c in load_knowledge_base(path).claims] == [there, read]
    (note,) = [n.message for n in report.notes if "opposite" in n.message]
    assert note.startswith("the ClaimReview: added, though worded nearly as 'there' (similarity 0.")
    assert note.endswith("it says the opposite")


@pytest.mark.parametrize(
    ("there", "aliases", "read"),
    [
        # the starter file's claims: an alias reads opposite to the claim itself, and the claim read is the claim
        (
            "The exact number of US troops in Mexico is secret.",
            [
                "The number of US troops in Mexico is classified",
                "Nobody knows how many American soldiers are in Mexico",
            ],
            "The exact number of US troops in Mexico is a secret.",
        ),
        (
            "US soldiers coming to Mexico to train troops is new under Trump's second term.",
            [
                "Mexico never let US soldiers in to train its troops before Trump's second term",
                "Before 2025 Mexico did not allow US troops in for training",
            ],
            "US soldiers coming to Mexico to train its troops is new under Trump's second term.",
        ),
    ],
)
def test_an_alias_reading_opposite_does_not_make_a_claim_worded_nearly_alike_the_opposite(
    tmp_path: Path, there: str, aliases: list[str], read: str
) -> None:
    # only the wording closest to the claim read (here the claim's own text) is compared, as check compares
    path = tmp_path / "claims.yaml"
    listed = "".join(f"\n      - {json.dumps(alias)}" for alias in aliases)
    path.write_text(
        f'claims:\n  - id: there\n    claim: {json.dumps(there)}\n    verdict: "false"\n    aliases:{listed}\n',
        encoding="utf-8",
    )
    before = path.read_bytes()
    document = {"@type": "ClaimReview", "claimReviewed": read, "url": "https://example.org/r"}
    report = import_file(path, json.dumps(document).encode(), "in.json")
    assert report.added == () and [s.reason for s in report.skipped] == [
        "nearly the same as 'there' (similarity 1.00); its fact-check https://example.org/r is not kept"
    ]
    assert not [n for n in report.notes if "opposite" in n.message]
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "read",
    [
        "FALSE: Violent crime in Riverton increased sharply in 2023.",
        "Fake news: Violent crime in Riverton increased sharply in 2023.",
        "Violent crime in Riverton increased sharply in 2023 is false.",
        "It is a myth that violent crime in Riverton increased sharply in 2023.",
        # a verdict sentence closing it (polar98: polarity reads it as "FALSE: X" says)
        "Violent crime in Riverton increased sharply in 2023. That is false.",
        "Violent crime in Riverton increased sharply in 2023. Fake.",
        # added on main with a note that it says the opposite ("not true" read as one more negation of X's)
        "Violent crime in Riverton increased sharply in 2023. That is not true.",
        "Violent crime in Riverton increased sharply in 2023. Not true.",
    ],
)
def test_a_verdict_labelling_the_claim_read_does_not_make_it_the_opposite(tmp_path: Path, read: str) -> None:
    # a fact-check's headline: the label judges the claim, it is no claim of its own
    path = tmp_path / "claims.yaml"
    there = "Violent crime in Riverton increased sharply in 2023."
    path.write_text(f'claims:\n  - id: there\n    claim: {there}\n    verdict: "false"\n', encoding="utf-8")
    document = {"@type": "ClaimReview", "claimReviewed": read, "url": "https://example.org/r"}
    report = import_file(path, json.dumps(document).encode(), "in.json")
    assert report.added == () and [s.reason.split(" (")[0] for s in report.skipped] == ["nearly the same as 'there'"]


def test_a_spanish_verdict_labelling_the_claim_read_does_not_make_it_the_opposite(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    there = "La criminalidad en Riverton aumentó en 2023."
    path.write_text(f'claims:\n  - id: there\n    claim: "{there}"\n    verdict: "false"\n', encoding="utf-8")
    read = "Es falso que la criminalidad en Riverton aumentó en 2023."
    document = {"@type": "ClaimReview", "claimReviewed": read, "url": "https://example.org/r"}
    report = import_file(path, json.dumps(document).encode(), "in.json")
    assert report.added == () and [s.reason.split(" (")[0] for s in report.skipped] == ["nearly the same as 'there'"]


def test_within_a_file_a_claim_saying_the_opposite_of_an_earlier_one_is_added(tmp_path: Path) -> None:
    reviews = [
        {
            "@type": "ClaimReview",
            "claimReviewed": "Violent crime in Riverton increased sharply in 2023.",
            "url": "https://example.org/1",
        },
        {
            "@type": "ClaimReview",
            "claimReviewed": "Violent crime in Riverton did not increase sharply in 2023.",
            "url": "https://example.org/2",
        },
        {
            "@type": "ClaimReview",
            "claimReviewed": "Violent crime in Riverton has increased sharply in 2023.",
            "url": "https://example.org/3",
        },
    ]
    report = import_file(tmp_path / "c.yaml", json.dumps(reviews).encode(), "in.json")
    assert [c.claim for c in report.added] == [reviews[0]["claimReviewed"], reviews[1]["claimReviewed"]]
    assert [s.reason.split(";")[0] for s in report.skipped] == ["nearly the same as [0] (earlier in the file"]
    assert any(
        n.message.startswith("[1]: added, though worded nearly as [0] earlier in the file (similarity 0.95)")
        for n in report.notes
    )


def test_an_unrelated_claim_is_not_a_duplicate(mini_kb: Path) -> None:
    document = {"@type": "ClaimReview", "claimReviewed": "Penguins live at the North Pole."}
    report = import_file(mini_kb, json.dumps(document).encode(), "in.json")
    assert report.skipped == () and [c.id for c in report.added] == ["penguins-live-at-the-north-pole"]


def test_repeats_within_someone_elses_file_are_skipped(tmp_path: Path) -> None:
    reviews = [
        {"@type": "ClaimReview", "claimReviewed": "Cats always land on their feet.", "url": "https://example.org/cats"},
        {"@type": "ClaimReview", "claimReviewed": "Other words, same review page.", "url": "https://example.org/cats"},
        {
            "@type": "ClaimReview",
            "claimReviewed": "cats always land on their feet",
            "url": "https://example.org/cats-2",
        },
        {
            "@type": "ClaimReview",
            "claimReviewed": "More than 10,000 US troops are in Mexico.",
            "url": "https://example.org/t1",
        },
        {
            "@type": "ClaimReview",
            "claimReviewed": "More than 10,000 U.S. troops are in Mexico.",
            "url": "https://example.org/t2",
        },
    ]
    report = import_file(tmp_path / "c.yaml", json.dumps(reviews).encode(), "in.json")
    assert [c.claim for c in report.added] == [
        "Cats always land on their feet.",
        "More than 10,000 US troops are in Mexico.",
    ]
    assert [s.reason.split(";")[0] for s in report.skipped] == [
        "same fact-check as [0] (earlier in the file)",
        "same text as [0] (earlier in the file)",
        "nearly the same as [3] (earlier in the file",
    ]


def test_factchecks_own_claims_are_all_kept_even_when_alike(tmp_path: Path) -> None:
    alike = [
        {"id": "a", "claim": "Cats always land on their feet.", "verdict": "false"},
        {"id": "b", "claim": "Cats always land on their feet.", "verdict": "false"},
    ]
    report = import_file(tmp_path / "c.yaml", json.dumps(alike).encode(), "in.json")
    assert [c.id for c in report.added] == ["a", "b"]


def test_a_publishers_rating_in_a_csv_verdict_column_is_mapped(tmp_path: Path) -> None:
    # "Pants on Fire" in the verdict column was refused ("not on the scale") even with --rating-map
    # mapping it; ClaimReview imports map their ratings and keep them as original_rating
    sheet = (
        b"claim,verdict,original_rating\n"
        b"The bridge is made of cheese,Pants on Fire,\n"
        b"The river runs uphill,Spins the facts,\n"
        b"The mayor is a robot,Spins the facts,Four Pinocchios\n"
        b"The moon is rock,Mostly true,\n"
    )
    with pytest.raises(InvalidImportError) as caught:  # "Spins the facts" is on no built-in table
        import_file(tmp_path / "a.yaml", sheet, "in.csv")
    assert "verdict 'spins the facts' of claim 'the-river-runs-uphill' is not on the scale" in str(caught.value)
    assert "pants on fire" not in str(caught.value)
    mapping = tmp_path / "map.yaml"
    mapping.write_text('"Spins the facts": misleading\n')
    report = import_file(tmp_path / "b.yaml", sheet, "in.csv", rating_map=load_rating_map(mapping))
    assert [(c.verdict, c.original_rating) for c in load_knowledge_base(tmp_path / "b.yaml").claims] == [
        (Verdict.FALSE, "Pants on Fire"),
        (Verdict.MISLEADING, "Spins the facts"),
        (Verdict.MISLEADING, "Four Pinocchios"),  # the row's own original_rating is kept
        (Verdict.MOSTLY_TRUE, None),  # a verdict is no rating
    ]
    assert report.unmapped == {} and report.no_rating == ()


# -- nothing written when something is wrong --------------------------------------------------------------


def test_unreadable_records_stop_the_import_and_nothing_is_written(mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    with pytest.raises(InvalidImportError) as caught:
        import_fixture(mini_kb, "malformed_google_no_text.json")
    assert mini_kb.read_bytes() == before
    assert "claims[1]: has no text" in str(caught.value)
    # the library's parameter, not the command's option ("pass --skip-invalid" meant nothing here)
    assert str(caught.value).endswith("(fix the file, or pass skip_invalid=True to import the rest)")
    assert "--" not in str(caught.value)


def test_skip_invalid_imports_the_rest_and_lists_what_was_left_out(tmp_path: Path) -> None:
    report = import_fixture(tmp_path / "c.yaml", "malformed_google_no_text.json", skip_invalid=True)
    assert [c.claim for c in report.added] == ["A fine claim with a review."]  # type: ignore[attr-defined]
    assert [p.message for p in report.invalid] == ["claims[1]: has no text (the claim)"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("in.csv", "claim,verdict\nSomething,nonsense\nOther,bogus\n"),
        ("in.json", '[{"@type": "ClaimReview", "url": "https://example.org/1"}, {"@type": "ClaimReview"}]'),
    ],
)
def test_skip_invalid_still_refuses_a_file_none_of_whose_records_can_be_read(
    tmp_path: Path, name: str, data: str
) -> None:
    # with --skip-invalid this "added no claims" and exited 0: a script could not tell it from a file
    # whose claims are all in the claims file already
    target = tmp_path / "c.yaml"
    with pytest.raises(InvalidImportError) as caught:
        import_file(target, data.encode(), name, skip_invalid=True)
    assert not target.exists()
    assert str(caught.value.problems[-1]).endswith(
        "nothing imported: no record of the file can be read, so skip_invalid=True leaves nothing to import"
    )


@pytest.mark.parametrize("form", ["json", "yaml"])
def test_skip_invalid_leaves_out_a_factcheck_claim_with_an_error_whole(tmp_path: Path, form: str) -> None:
    # the claims-file reader reads a claim without its bad fields (so validate can list them all);
    # an import must not add that half claim as if it were fine
    good = {"id": "good-one", "claim": "Tacos are sandwiches.", "verdict": "false"}
    bad = {"id": "bad-one", "claim": "Burritos are soups.", "verdict": "false", "tags": 5, "date": "2025"}
    document = {"claims": [good, bad]}
    data = json.dumps(document) if form == "json" else yaml.safe_dump(document, sort_keys=False)
    target = tmp_path / "c.yaml"
    report = import_file(target, data.encode(), f"in.{form}", skip_invalid=True)
    assert [c.id for c in report.added] == ["good-one"] and report.read == 1
    assert [c.id for c in load_knowledge_base(target).claims] == ["good-one"]
    assert len(report.invalid) == 2 and all("'bad-one'" in p.message for p in report.invalid)


@pytest.mark.parametrize("form", ["claimreview", "yaml"])
def test_a_record_holding_a_control_character_is_refused_as_unreadable(tmp_path: Path, form: str) -> None:
    # it was written, and 'factcheck validate' then warned of it: U+0000 shows as nothing or as "\\0"
    texts = ["Tacos are \x00sandwiches.", "Burritos are soups."]
    if form == "claimreview":
        records = [
            {"@type": "ClaimReview", "claimReviewed": t, "url": f"https://example.org/{i}"} for i, t in enumerate(texts)
        ]
        data, name = json.dumps(records), "in.json"
    else:
        claims = [{"id": f"c{i}", "claim": t, "verdict": "false"} for i, t in enumerate(texts)]
        data, name = yaml.safe_dump({"claims": claims}), "in.yaml"
    target = tmp_path / "c.yaml"
    with pytest.raises(InvalidImportError) as caught:
        import_file(target, data.encode(), name)
    assert not target.exists()
    assert "claim holds a control character (U+0000), which shows as nothing or as an escape" in str(caught.value)
    report = import_file(target, data.encode(), name, skip_invalid=True)
    assert [c.claim for c in report.added] == ["Burritos are soups."]
    assert len(report.invalid) == 1 and "U+0000" in report.invalid[0].message
    assert not any("control character" in p.message for p in check_knowledge_base(target)[1])


def _review(text: str, number: int, **more: object) -> dict[str, object]:
    return {"@type": "ClaimReview", "claimReviewed": text, "url": f"https://example.org/{number}", **more}


@pytest.mark.parametrize("form", ["json", "jsonl", "page", "own"])
def test_a_huge_text_a_claim_keeps_is_its_records_error_not_written_for_minutes(tmp_path: Path, form: str) -> None:
    # a claimReviewed of 50 MB took minutes writing the claims file: refused at once, as its record's
    # error (named by its line in JSON Lines), and --skip-invalid imports the rest
    huge = "x" * (MAX_TEXT_CHARS + 1)
    if form == "own":
        data = json.dumps([{"id": i, "claim": t, "verdict": "false"} for i, t in (("a", "Fine."), ("b", huge))])
        place = "claim 'b'"
    else:
        records = [_review("Fine.", 0), _review(huge, 1)]
        data = "\n\n".join(map(json.dumps, records)) if form == "jsonl" else json.dumps(records)
        place = {"json": "[1]", "jsonl": "line 3", "page": "script[0][1]"}[form]
        if form == "page":
            data = f'<html><script type="application/ld+json">{data}</script></html>'
    target = tmp_path / "c.yaml"
    target.write_text("claims: []\n")
    with pytest.raises(InvalidImportError) as caught:
        import_file(target, data.encode(), "in.json")
    assert target.read_text() == "claims: []\n"
    assert f"{place}: claim is too long (1,000,001 characters; at most 1,000,000)" in str(caught.value)
    report = import_file(target, data.encode(), "in.json", skip_invalid=True)
    assert [c.claim for c in report.added] == ["Fine."] and len(report.invalid) == 1


def _huge_review_file(layout: str) -> str:
    fine, huge = json.dumps(_review("Fine.", 0)), json.dumps(_review("x" * (MAX_TEXT_CHARS + 1), 1))
    return {
        "list": f"[\n{fine},\n\n{huge}\n]",
        "feed": '{"@type": "DataFeed", "dataFeedElement": [\n'
        + f'{{"item": [{fine}]}},\n{{"item": [\n{fine},\n{huge}]}}]}}',
        "graph": f'{{"@context": "https://schema.org",\n"@graph": [{fine},\n{huge}]}}',
        "page": f'<html>\n<p>\n<script type="application/ld+json">[{fine},\n{huge}]</script></html>',
        "one": f"\n\n{huge}",
    }[layout]


@pytest.mark.parametrize(
    ("layout", "place", "line"),
    [
        ("list", "[1]", 4),
        ("feed", "dataFeedElement[1].item[1]", 5),
        ("graph", "@graph[1]", 3),
        ("page", "script[0][1]", 3),  # an HTML page's record names its script's line
        ("one", "the ClaimReview", 3),
    ],
)
def test_a_huge_texts_error_names_its_records_line_as_the_records_other_errors(
    tmp_path: Path, layout: str, place: str, line: int
) -> None:
    # it named the file alone ("in.json: error: [1]: claim is too long ..."), the line of a JSON
    # error not given: the record's is, where it starts
    data = _huge_review_file(layout).encode()
    with pytest.raises(InvalidImportError) as caught:
        import_file(tmp_path / "c.yaml", data, "in.json")
    problem = caught.value.problems[0]
    assert problem.message.startswith(f"{place}: claim is too long")
    assert problem.location == Location("in.json", line)
    # a record's other error, where the file is read, names the same line
    other = data.replace(b'"claimReviewed": "xxx', b'"claimReviewed": 7, "x": "xxx')
    with pytest.raises(InvalidImportError) as caught:
        import_file(tmp_path / "c.yaml", other, "in.json")
    assert caught.value.problems[0].message.startswith(f"{place}: claimReviewed must be text")
    assert caught.value.problems[0].location == Location("in.json", line)


@pytest.mark.parametrize("more", [{"reviewBody": "y" * (MAX_TEXT_CHARS + 1)}, {"reviewBody": "a bell \a"}])
def test_a_duplicate_with_a_text_no_claims_file_gets_is_refused_not_skipped(
    tmp_path: Path, more: dict[str, object]
) -> None:
    # Whether a record can be written is the file's own matter, as its other errors are: the same file
    # is not refused by one claims file and read by another.  And duplicates are found by matching the
    # claim's text, which a text over the limit would keep busy for seconds (1.7 s for 1,000,001 characters)
    target = tmp_path / "c.yaml"
    import_file(target, json.dumps([_review("The bridge was built in 1820.", 0)]).encode(), "in.json")
    before = target.read_bytes()
    again = json.dumps([_review("The bridge was built in 1820.", 0, **more)]).encode()
    with pytest.raises(InvalidImportError, match=r"\[0\]: summary (is too long|holds a control character)"):
        import_file(target, again, "in.json")
    assert target.read_bytes() == before


def test_a_text_of_the_limit_is_imported(tmp_path: Path) -> None:
    report = import_file(tmp_path / "c.yaml", json.dumps(_review("x" * MAX_TEXT_CHARS, 0)).encode(), "in.json")
    assert len(report.added[0].claim) == MAX_TEXT_CHARS


@pytest.mark.parametrize(
    "more",
    [
        {"image": {"@type": "ImageObject", "url": "data:image/jpeg;base64," + "A" * (MAX_TEXT_CHARS + 1)}},
        {"k" * (MAX_TEXT_CHARS + 1): 1},
        {"itemReviewed": {"@type": "Claim", "text": "y" * (MAX_TEXT_CHARS + 1)}},
    ],
)
def test_a_huge_text_import_never_reads_refuses_nothing(tmp_path: Path, more: dict[str, object]) -> None:
    # a page's image as a data: URL is no text of the claim: the record was refused whole for it
    report = import_file(tmp_path / "c.yaml", json.dumps([_review("Fine.", 0, **more)]).encode(), "in.json")
    assert [c.claim for c in report.added] == ["Fine."] and report.invalid == ()


def test_a_huge_text_in_another_script_of_a_page_refuses_nothing(tmp_path: Path) -> None:
    article = {"@type": "NewsArticle", "articleBody": "z" * (MAX_TEXT_CHARS + 1)}
    scripts = [json.dumps(article), json.dumps(_review("Fine.", 0))]
    page = "<html>" + "".join(f'<script type="application/ld+json">{s}</script>' for s in scripts) + "</html>"
    report = import_file(tmp_path / "c.yaml", page.encode(), "page.html")
    assert [c.claim for c in report.added] == ["Fine."] and report.invalid == ()


def test_what_is_not_kept_is_counted_of_the_claims_added(tmp_path: Path) -> None:
    # a record skipped as already there loses nothing: re-importing a file said "added no claims"
    # and then "not kept: claimDate (1 record)", and a DataFeed's repeated record was counted twice
    dated = {"itemReviewed": {"@type": "Claim", "datePublished": "2024-01-02"}}
    records = [_review("Tacos are sandwiches.", 0, **dated), _review("Rivers run uphill.", 1, **dated)]
    data = json.dumps([*records, records[0]]).encode()
    target = tmp_path / "c.yaml"

    def not_kept(report: ImportReport) -> list[str]:
        return [n.message for n in report.notes if n.message.startswith("not kept")]

    report = import_file(target, data, "in.json")
    assert len(report.added) == 2 and len(report.skipped) == 1
    assert not_kept(report) == [
        "not kept (the claims file has no field for them): itemReviewed.datePublished (2 records)"
    ]
    again = import_file(target, data, "in.json")
    assert again.added == () and len(again.skipped) == 3 and not_kept(again) == []


def test_a_claim_is_imported_without_an_unusable_appearance_and_the_report_says_so(tmp_path: Path) -> None:
    record = {
        "@type": "ClaimReview",
        "url": "https://factdesk.example.org/checks/bridge",
        "claimReviewed": "The mayor promised a new bridge.",
        "itemReviewed": {"@type": "Claim", "appearance": {"@type": "CreativeWork", "headline": "Speech at rally"}},
    }
    report = import_file(tmp_path / "c.yaml", json.dumps(record).encode(), "in.json")
    assert [c.claim for c in report.added] == ["The mayor promised a new bridge."] and report.invalid == ()
    assert report.to_dict()["notes"] == [
        "the ClaimReview: itemReviewed.appearance #1 has no url: left out (the claim is imported without it)"
    ]


def test_many_unreadable_records_are_listed_up_to_a_limit(tmp_path: Path) -> None:
    document = {"claims": [{"claimant": f"nobody {i}"} for i in range(50)] + [{"text": "ok"}]}
    with pytest.raises(InvalidImportError) as caught:
        import_file(tmp_path / "c.yaml", json.dumps(document).encode(), "in.json")
    problems = caught.value.problems
    assert len(problems) == SHOWN_PROBLEMS + 2
    assert problems[-2].message == "... and 30 more errors"
    assert not (tmp_path / "c.yaml").exists()


def test_a_target_file_with_errors_is_refused(write_kb: object) -> None:
    target = write_kb("claims:\n  - id: x\n    claim: y\n    verdict: maybe\n")  # type: ignore[operator]
    before = target.read_bytes()
    with pytest.raises(KnowledgeBaseError, match="fix them first"):
        import_fixture(target, "claimreview_list.json")
    assert target.read_bytes() == before


def test_a_dry_run_shows_the_diff_and_writes_nothing(mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    report = import_fixture(mini_kb, "claimreview_list.json", dry_run=True)
    assert mini_kb.read_bytes() == before
    assert report.result is not None and not report.written  # type: ignore[attr-defined]
    assert "+  - id: the-new-bridge-toll-doubled-overnight" in report.result.diff  # type: ignore[attr-defined]
    assert report.result.summary.startswith("would add 2 claims")  # type: ignore[attr-defined]


def test_a_dry_run_into_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    import_fixture(tmp_path / "new.yaml", "claimreview_list.json", dry_run=True)
    assert list(tmp_path.iterdir()) == []


def test_the_target_is_appended_to_and_keeps_its_comments(mini_kb: Path) -> None:
    before = mini_kb.read_text()
    import_fixture(mini_kb, "claimreview_list.json")
    after = mini_kb.read_text()
    assert after.startswith(before)
    assert len(load_knowledge_base(mini_kb)) == 6


def test_an_empty_document_adds_nothing(tmp_path: Path) -> None:
    report = import_file(tmp_path / "c.yaml", b"{}", "in.json")
    assert report.shape is InputShape.EMPTY and report.added == () and not (tmp_path / "c.yaml").exists()


def test_the_json_report_lists_everything(tmp_path: Path) -> None:
    report = import_fixture(tmp_path / "c.yaml", "google_search.json").to_dict()  # type: ignore[attr-defined]
    assert report["format"] == "google" and report["read"] == 3 and report["written"] is True
    assert [c["id"] for c in report["added"]] == [
        "eating-carrots-lets-you-see-in-the-dark",
        "the-town-hall-clock-was-built-in-1820",
    ]
    assert report["skipped"] == [
        {
            "origin": "claims[1]",
            "claim": "Eating carrots lets you see in the dark!",
            "reason": "same text as claims[0] (earlier in the file); its fact-check "
            "https://another.example.com/carrots (rated “False”) is not kept",
            "existing_id": None,
            "not_kept": [{"url": "https://another.example.com/carrots", "rating": "False"}],
        }
    ]
    # keys are added, not changed (docs/scripting.md): the old ones keep their order, the new one comes after
    assert list(report["skipped"][0]) == ["origin", "claim", "reason", "existing_id", "not_kept"]
    assert report["unmapped_ratings"] == [
        {"rating": "Spins the facts", "ids": ["the-town-hall-clock-was-built-in-1820"]}
    ]
    json.dumps(report)  # serialisable as is


# -- reading the source -------------------------------------------------------------------------------------


def test_reading_refuses_folders_urls_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        read_import_source(str(tmp_path))
    with pytest.raises(InputError, match="no such file"):
        read_import_source(str(tmp_path / "missing.json"))
    with pytest.raises(InputError, match="never goes on the network"):
        read_import_source("https://example.org/claims.json")


def test_reading_refuses_a_file_over_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.importing.MAX_IMPORT_BYTES", 100)
    big = tmp_path / "big.json"
    big.write_text("[" + " " * 200 + "]")
    with pytest.raises(InputError, match="too large to import"):
        read_import_source(str(big))


def test_the_rating_map_default_is_the_builtin_table(tmp_path: Path) -> None:
    document = {"@type": "ClaimReview", "claimReviewed": "x y z", "reviewRating": {"alternateName": "Four Pinocchios"}}
    report = import_file(tmp_path / "c.yaml", json.dumps(document).encode(), "in.json", rating_map=RatingMap())
    assert report.added[0].verdict is Verdict.FALSE


def test_a_claim_in_another_script_gets_its_id_from_its_fact_checks_page(tmp_path: Path) -> None:
    # a text without a Latin letter or digit made every such claim "claim", "claim-2", "claim-3"...
    def google(text: str, url: str | None) -> dict[str, object]:
        return {"text": text, "claimReview": [{"url": url, "textualRating": "False"}] if url else []}

    claims = [
        google("疫苗含有微芯片", "https://tfc-taiwan.org.tw/articles/5012"),
        google("Вакцина содержит чипы", "https://www.stopfake.org/ru/%D1%84%D0%B5%D0%B9%D0%BA-vaktsina-chipy/"),
        google("اللقاح يحتوي على رقائق", None),  # no page: nothing better than the placeholder
        google("Claim.", "https://e.org/fc/1"),  # a text that is the placeholder's word is its id
        google("Vaccines contain chips", "https://e.org/fc/2"),
    ]
    report = import_file(tmp_path / "c.yaml", json.dumps({"claims": claims}).encode(), "google.json")
    assert [c.id for c in report.added] == [
        "tfc-taiwan-org-tw-articles-5012",
        "stopfake-org-ru-vaktsina-chipy",
        "claim",
        "claim-2",
        "vaccines-contain-chips",
    ]


def test_a_fact_check_whose_text_reads_as_blank_is_left_out_with_skip_invalid(tmp_path: Path) -> None:
    # "&nbsp;&nbsp;" read as a claim without text: the write refused it ("claim 'desk-example-org-f'
    # is not valid"), and nothing was imported, --skip-invalid or not
    def review(text: str, url: str) -> dict[str, object]:
        return {"@type": "ClaimReview", "url": url, "claimReviewed": text, "reviewRating": {"alternateName": "False"}}

    data = json.dumps([review("&nbsp;&nbsp;", "https://desk.example.org/f"), review("Real", "https://e.org/g")])
    target = tmp_path / "c.yaml"
    with pytest.raises(InvalidImportError, match=r"\[0\]: the text of the claim, '&nbsp;&nbsp;', reads as blank"):
        import_file(target, data.encode(), "in.json")
    assert not target.exists()
    report = import_file(target, data.encode(), "in.json", skip_invalid=True)
    assert [c.claim for c in report.added] == ["Real"] and len(report.invalid) == 1


def test_the_id_made_from_a_fact_checks_address_is_the_same_whatever_the_order_read(tmp_path: Path) -> None:
    # a path all in another script, or an id in the query, left "stopfake-org-ru", "stopfake-org-ru-2"...
    # numbered in the order read: the same page got another id in another file
    urls = [
        "https://www.stopfake.org/ru/%D1%84%D0%B5%D0%B9%D0%BA/",  # /ru/фейк/
        "https://www.stopfake.org/ru/%D1%87%D0%B8%D0%BF%D1%8B/",  # /ru/чипы/
        "https://www.stopfake.org/zh/%E7%96%AB%E8%8B%97",  # /zh/疫苗
        "https://e.org/?p=123",
        "https://e.org/?p=124&utm_source=feed",  # a tracking parameter says nothing of the page
        "https://e.org/fact-checks/" + "very-long-words-" * 6 + "a",  # cut short, one "-2" away from another
        "https://e.org/fact-checks/" + "very-long-words-" * 6 + "b",
    ]

    texts = [
        "Вакцина содержит чипы",
        "Земля плоская",
        "Луна из сыра",
        "疫苗含有微芯片",
        "Вода помнит",
        "Птицы",
        "Солнце",
    ]

    def ids(order: list[str], target: Path) -> dict[str, str]:
        claims = [
            {"text": texts[urls.index(url)], "claimReview": [{"url": url, "textualRating": "False"}]} for url in order
        ]
        report = import_file(target, json.dumps({"claims": claims}).encode(), "google.json")
        return {claim.sources[0].url: claim.id for claim in report.added}

    read = ids(urls, tmp_path / "a.yaml")
    assert read == ids(urls[::-1], tmp_path / "b.yaml")
    assert len(set(read.values())) == len(urls)
    assert re.fullmatch(r"stopfake-org-ru-[0-9a-f]{6}", read[urls[0]])
    assert (read[urls[3]], read[urls[4]]) == ("e-org-123", "e-org-124")
    assert all(ID_PATTERN.match(made) and len(made) <= MAX_ID_LENGTH for made in read.values())


def test_one_page_written_two_ways_gets_one_id(tmp_path: Path) -> None:
    # the hash was of the address as written: percent-encoded or not, with a tracking parameter or not, one page
    # got two ids ("stopfake-org-ru-af9182", "...-e0e7cd"), and "?fbclid=IwAR123abc" went into the id
    ways = [
        "https://www.stopfake.org/ru/%D1%84%D0%B5%D0%B9%D0%BA/",
        "https://www.stopfake.org/ru/фейк/?utm_source=feed",
        "https://stopfake.org/ru/фейк/?fbclid=IwAR123abc",
    ]
    made = set()
    for i, url in enumerate(ways):
        claims = [{"text": "Вакцина содержит чипы", "claimReview": [{"url": url, "textualRating": "False"}]}]
        report = import_file(tmp_path / f"{i}.yaml", json.dumps({"claims": claims}).encode(), "google.json")
        made.update(claim.id for claim in report.added)
    assert len(made) == 1 and "iwar" not in made.pop()


def test_pages_that_read_alike_get_ids_of_their_own(tmp_path: Path) -> None:
    # the hash was of the id's own words: "?p=1" and "?page_id=1", "/a%20b/c" and "/a/b%20c" got one id, then
    # "-2" in the order read
    pages = ["?p=1", "?page_id=1", "a%20b/c", "a/b%20c", "?ref=42", "?REF=42&UTM_source=feed"]
    texts = ["Вакцина содержит чипы", "Земля плоская", "Луна из сыра", "Вода помнит", "Птицы", "Солнце"]
    claims = [
        {"text": text, "claimReview": [{"url": "https://stopfake.org/ru/фейк/" + page}]}
        for text, page in zip(texts, pages, strict=True)
    ]
    report = import_file(tmp_path / "c.yaml", json.dumps({"claims": claims}).encode(), "google.json")
    ids = [claim.id for claim in report.added]
    assert len(ids) == 6 and len(set(ids)) == 6 and not any(made.endswith("-2") for made in ids)


def test_a_summary_of_lines_is_written_as_its_lines(tmp_path: Path) -> None:
    # the claims file got 'summary: "It costs money. \nAlways.<br>\r\nSee the\rtimetable."': a space before a
    # line break, a break tag, two carriage returns, and the summary in quotes rather than as its lines; a break
    # tag and the line end after it in the page's source are one break
    document = {
        "@type": "ClaimReview",
        "claimReviewed": "The ferry is free on Sundays",
        "url": "https://example.org/ferry",
        "reviewBody": "It costs money. &#10;Always.<br>\r\nSee the\rtimetable.",
        "reviewRating": {"alternateName": "False"},
    }
    target = tmp_path / "c.yaml"
    import_file(target, json.dumps(document).encode(), "in.json")
    written = target.read_text(encoding="utf-8")
    assert "    summary: |-\n      It costs money.\n      Always.\n      See the\n      timetable.\n" in written
    assert "\r" not in written and "\\r" not in written


def test_a_publishers_markup_is_not_written_into_the_claims_file(tmp_path: Path) -> None:
    # the claims file got 'id: candidate-em-never-em-voted-for-the-budget', 'claim: Candidate <em>never</em>
    # voted ...' and 'summary: <p>He voted <a href="https://e.org/x">twice</a> for it.</p><p>Once ...</p>'
    document = {
        "@type": "ClaimReview",
        "claimReviewed": "Candidate <em>never</em> voted for the budget",
        "url": "https://example.org/budget",
        "reviewRating": {
            "alternateName": "False",
            "ratingExplanation": '<p>He voted <a href="https://e.org/x">twice</a> for it.</p><p>Once in 2023.</p>',
        },
    }
    target = tmp_path / "c.yaml"
    import_file(target, json.dumps(document).encode(), "in.json")
    written = target.read_text(encoding="utf-8")
    assert "  - id: candidate-never-voted-for-the-budget\n    claim: Candidate never voted for the budget\n" in written
    assert "    summary: |-\n      He voted twice for it.\n\n      Once in 2023.\n" in written
    assert "<" not in written


def test_a_claim_mostly_in_another_script_gets_its_id_from_its_fact_checks_page(tmp_path: Path) -> None:
    # the few Latin letters or digits of the text were its id: "5g", "pfizer", then "5g-2" in the order read
    def google(text: str, url: str | None) -> dict[str, object]:
        return {"text": text, "claimReview": [{"url": url, "textualRating": "False"}] if url else []}

    claims = [
        google("5G вызывает рак", "https://www.stopfake.org/ru/5g-vyzyvaet-rak/"),
        google("疫苗含有5G芯片", "https://tfc-taiwan.org.tw/articles/5013"),
        google("Вакцина Pfizer содержит чипы", "https://www.stopfake.org/ru/pfizer-chipy/"),
        google("5G убивает птиц", None),  # no page: the text's id, better than "claim"
        google("5G causes COVID", "https://e.org/fc/5g"),  # in Latin letters: the text's id, as before
        google("Biden said спасибо to Putin", "https://e.org/fc/biden"),  # most of it kept
        google("Straße für Autos gesperrt", "https://e.org/fc/strasse"),  # a letter lost is not the text lost
    ]
    made = []
    for i, claim in enumerate(claims):  # one file each: the matcher reads texts in another script as alike
        report = import_file(tmp_path / f"{i}.yaml", json.dumps({"claims": [claim]}).encode(), "google.json")
        made += [c.id for c in report.added]
    assert made == [
        "stopfake-org-ru-5g-vyzyvaet-rak",
        "tfc-taiwan-org-tw-articles-5013",
        "stopfake-org-ru-pfizer-chipy",
        "5g",
        "5g-causes-covid",
        "biden-said-to-putin",
        "strae-fur-autos-gesperrt",
    ]


def _with_text(form: str, text: str) -> tuple[str, str]:
    """A file of ``form`` holding one claim whose text is ``text``, and its name."""
    review = {"@type": "ClaimReview", "claimReviewed": text, "url": "https://e.org/1"}
    if form == "google":
        return json.dumps({"claims": [{"text": text, "claimReview": [{"url": "https://e.org/1"}]}]}), "g.json"
    if form == "feed":
        return json.dumps({"@type": "DataFeed", "dataFeedElement": [{"item": [review]}]}), "feed.json"
    if form == "html":
        return f'<html><script type="application/ld+json">{json.dumps(review)}</script></html>', "page.html"
    return 'claim,verdict\n"' + text + '",false\n', "rows.csv"


@pytest.mark.parametrize("form", ["google", "feed", "html", "csv"])
@pytest.mark.parametrize("control", ["\x1b", "\x7f", "\x9b", "\x0b"])
def test_a_control_character_of_any_format_leaves_the_claims_file_as_it_was(
    tmp_path: Path, form: str, control: str
) -> None:
    # the claims file never gets one: an escape, DEL, a C1 CSI or a vertical tab (a carriage return is a line end)
    target = tmp_path / "c.yaml"
    shutil.copyfile(FIXTURES / "mini_claims.yaml", target)
    before = target.read_bytes()
    data, name = _with_text(form, f"Tacos are{control}[31m sandwiches")
    with pytest.raises(InvalidImportError, match=rf"holds a control character \(U\+{ord(control):04X}\)"):
        import_file(target, data.encode(), name)
    assert target.read_bytes() == before


def test_a_claim_skipped_as_a_repeat_gets_no_note_that_it_was_added(tmp_path: Path) -> None:
    # both say the opposite of the file's claim; the second repeats the first, and is skipped, without a note
    # saying it was added
    path = tmp_path / "claims.yaml"
    there = "Violent crime in Riverton increased sharply in 2023."
    path.write_text(f'claims:\n  - id: there\n    claim: {there}\n    verdict: "false"\n', encoding="utf-8")
    texts = [
        "Violent crime in Riverton did not increase sharply in 2023.",
        "Violent crime in Riverton has not increased sharply in 2023.",
    ]
    reviews = [
        {"@type": "ClaimReview", "claimReviewed": t, "url": f"https://example.org/{i}"} for i, t in enumerate(texts)
    ]
    report = import_file(path, json.dumps(reviews).encode(), "in.json")
    assert [c.claim for c in report.added] == texts[:1]
    assert [s.origin for s in report.skipped] == ["[1]"]
    assert [n.message.split(":")[0] for n in report.notes if "opposite" in n.message] == ["[0]"]
