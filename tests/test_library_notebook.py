"""factcheck used as a data scientist uses it, from a notebook: claims built in memory from rows, errors
read by their attributes, results turned into plain data.  The command line's own behaviour is tested with
its commands (test_cli_*.py)."""

from __future__ import annotations

import ast
import dataclasses
import json
import pickle
import typing
from pathlib import Path

import pytest

import factcheck
from factcheck import (
    Claim,
    KnowledgeBase,
    KnowledgeBaseError,
    Location,
    Verdict,
    build_matcher,
    export_text,
    find_matches,
    import_file,
    load_knowledge_base,
    validate_file,
)
from tests.test_public_api import TYPE_CHECKS, assert_type_checks

#: a claims file with the two problems a spreadsheet's rows have most often: an id twice, and none
_TWICE_AND_NONE = """\
claims:
  - id: bridge-cost
    claim: The new bridge cost 2 billion dollars.
    verdict: "false"
  - id: bridge-cost
    claim: The old tunnel cost 3 million dollars.
    verdict: "true"
  - id: ""
    claim: The mayor rode a bicycle to work.
    verdict: "true"
"""


def test_a_knowledge_base_error_says_where_as_an_input_error_does(tmp_path: Path) -> None:
    # the place of a claims file's error was only under error.problems[0].location: a caller handling
    # InputError and KnowledgeBaseError alike (error.location, error.message) got an AttributeError
    path = tmp_path / "claims.yaml"
    path.write_text(_TWICE_AND_NONE, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as caught:
        load_knowledge_base(path, use_cache=False)
    error = caught.value
    assert error.location == Location(str(path), 5, 5) == error.problems[0].location
    assert (error.location.path, error.location.line, error.location.column) == (str(path), 5, 5)
    assert error.message == "duplicate id 'bridge-cost' (first used at line 2): give one of the two claims another id"
    # the line the message opens with, and the command line prints first, is the location and message
    assert str(error).splitlines()[0] == f"{error.location}: error: {error.message}"
    assert len(error.problems) == 2  # the others are still there


def test_a_knowledge_base_error_of_a_file_not_read_names_the_file_alone(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    with pytest.raises(KnowledgeBaseError) as caught:
        load_knowledge_base(missing)
    assert caught.value.location == Location(str(missing))  # line and column 0: unknown
    assert caught.value.message == "no such file"
    again = pickle.loads(pickle.dumps(caught.value))  # as a worker process hands it back
    assert (again.location, again.message) == (caught.value.location, caught.value.message)


def test_a_knowledge_base_errors_location_is_its_first_errors_not_a_warnings() -> None:
    warning = factcheck.Problem(Location("a.yaml", 1, 1), "a warning", factcheck.Severity.WARNING)
    error = factcheck.Problem(Location("a.yaml", 7, 3), "an error")
    both = KnowledgeBaseError([warning, error])
    assert (both.location, both.message) == (Location("a.yaml", 7, 3), "an error")
    assert str(both) == "a.yaml:7:3: error: an error"
    assert KnowledgeBaseError([warning]).location == Location("a.yaml", 1, 1)  # warnings alone: the first
    empty = KnowledgeBaseError([])
    assert (empty.location, empty.message) == (None, "")
    # an import's error is one too: where the first record it could not read is
    refused = factcheck.InvalidImportError([error])
    assert refused.location == Location("a.yaml", 7, 3)


def test_an_edit_refused_for_the_files_errors_names_the_first_of_them_not_its_heading(tmp_path: Path) -> None:
    # an edit of a file with errors lists them under a heading at no line ("has errors; fix them first"):
    # .location was Location(path, 0, 0) and .message that heading, where there was a line to look at
    path = tmp_path / "claims.yaml"
    path.write_text(_TWICE_AND_NONE, encoding="utf-8")
    first = ("duplicate id 'bridge-cost' (first used at line 2): give one of the two claims another id", 5)
    review = {
        "@type": "ClaimReview",
        "url": "https://example.org/checks/1",
        "claimReviewed": "Cats can fly.",
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
    }
    edits = [
        lambda: factcheck.add_claims(path, [_claim("cats-fly", "Cats can fly.")]),
        lambda: import_file(path, json.dumps(review).encode(), "reviews.json"),
    ]
    for edit in edits:
        with pytest.raises(KnowledgeBaseError) as caught:
            edit()
        error = caught.value
        assert error.problems[0].message.startswith("has errors; fix them first")  # the heading is still there
        assert (error.message, error.location.line if error.location else None) == first
        assert error.location == Location(str(path), 5, 5)
        assert path.read_text(encoding="utf-8") == _TWICE_AND_NONE
    # a heading alone (no error with a line) is still what is named
    heading = factcheck.Problem(Location("a.yaml"), "has errors")
    assert KnowledgeBaseError([heading]).location == Location("a.yaml")


def _claim(claim_id: str, text: str, verdict: Verdict = Verdict.FALSE) -> Claim:
    return Claim(claim_id, text, verdict)


def test_a_knowledge_base_built_in_memory_refuses_an_id_twice_as_validate_does(tmp_path: Path) -> None:
    # KnowledgeBase(claims) with an id twice was taken: kb.get(id) gave the last, an export wrote both (which
    # import then refused), and add_claims refused it only when written
    bridge = _claim("bridge-cost", "The new bridge cost 2 billion dollars.")
    tunnel = _claim("bridge-cost", "The old tunnel cost 3 million dollars.", Verdict.TRUE)
    with pytest.raises(ValueError) as caught:
        KnowledgeBase((bridge, tunnel))
    assert str(caught.value) == (
        "KnowledgeBase.claims: duplicate id 'bridge-cost' in claim #2 (first used by claim #1): "
        "give one of the two claims another id"
    )
    # validate says the same of a file without lines (a JSON import) and, with lines, names them
    path = tmp_path / "claims.yaml"
    path.write_text(_TWICE_AND_NONE, encoding="utf-8")
    said = [problem.message for problem in validate_file(path)[1]]
    assert said[0].startswith(
        "duplicate id 'bridge-cost' (first used at line 2): give one of the two claims another id"
    )
    assert said[1] == "claim #3 id is empty"


@pytest.mark.parametrize(
    ("again", "fix"),
    [
        # a row read twice
        (
            _claim("a", "The new bridge cost 2 billion dollars."),
            "this entry is the same claim again; delete one of them",
        ),
        # the same claim with another verdict: two versions of one fact-check
        (
            _claim("a", "The new  bridge cost 2 billion dollars. ", Verdict.TRUE),
            "this entry is the same claim with other values; keep one of the two, with what it should say",
        ),
        # two claims given one id
        (_claim("a", "The old tunnel cost 3 million dollars.", Verdict.TRUE), "give one of the two claims another id"),
    ],
)
def test_an_id_twice_is_told_what_to_do_as_validate_tells_it(again: Claim, fix: str, tmp_path: Path) -> None:
    first = _claim("a", "The new bridge cost 2 billion dollars.")
    with pytest.raises(ValueError) as caught:
        KnowledgeBase((first, again))
    # validate, given the same two claims in a file (JSON is YAML), tells the same thing to do
    path = tmp_path / "claims.yaml"
    path.write_text(json.dumps({"claims": [first.to_dict(), again.to_dict()]}, indent=2), encoding="utf-8")
    duplicates = [p.message for p in validate_file(path)[1] if p.message.startswith("duplicate id 'a'")]
    assert len(duplicates) == 1 and duplicates[0].endswith(f"): {fix}")
    assert str(caught.value).endswith(f"): {fix}")


def test_an_empty_id_and_every_other_problem_are_named_together() -> None:
    claims = [
        _claim("a", "One."),
        _claim("", "Two."),
        _claim("a", "Three."),
        _claim("  ", "Four."),
        *(_claim("b", f"Claim {n}.") for n in range(12)),
    ]
    with pytest.raises(ValueError) as caught:
        KnowledgeBase(claims)  # a list, as rows give it: taken
    lines = str(caught.value).splitlines()
    assert lines[:4] == [
        "KnowledgeBase.claims has 14 problems:",
        "claim #2 id is empty",
        "duplicate id 'a' in claim #3 (first used by claim #1): give one of the two claims another id",
        "claim #4 id is empty",
    ]
    assert lines[4].startswith("duplicate id 'b' in claim #6 (first used by claim #5)")
    assert lines[-1] == "and 4 more problems" and len(lines) == 12  # 10 named


def test_a_claim_added_with_an_empty_id_is_told_so_as_a_knowledge_base_tells_it(
    starter_kb: Path, tmp_path: Path
) -> None:
    # add_claims said "claim #1 has no 'id'" (of whichever claim it was), a knowledge base "claim #1 id is empty"
    path = tmp_path / "claims.yaml"
    path.write_bytes(starter_kb.read_bytes())
    before = path.read_bytes()
    for empty in ("", "   "):
        with pytest.raises(factcheck.InvalidClaimError) as caught:
            factcheck.add_claims(path, [_claim("cats-fly", "Cats can fly."), _claim(empty, "Dogs can fly.")])
        assert str(caught.value) == "claim '' is not valid: id is empty"
        assert [p.message for p in caught.value.problems] == ["id is empty"]
    with pytest.raises(ValueError, match=r"id is empty$"):
        KnowledgeBase([_claim("", "Dogs can fly.")])
    assert path.read_bytes() == before


def test_a_matcher_built_on_claims_refuses_them_as_a_knowledge_base_does() -> None:
    # build_matcher takes a list of claims too (an import's report.added): its exclude= and scan's reading
    # of each claim key on ids
    claims = [_claim("a", "Drones fly over the border."), _claim("a", "Tanks cross the river.")]
    with pytest.raises(ValueError, match=r"^the claims given to build_matcher: duplicate id 'a' in claim #2"):
        build_matcher(claims, matcher="lexical", use_cache=False)
    with pytest.raises(ValueError, match=r"^the claims given to export_text: claim #1 id is empty"):
        export_text([_claim("", "Drones fly over the border.")], "json")


def test_what_is_no_problem_is_still_taken(starter_kb: Path, tmp_path: Path) -> None:
    kb = load_knowledge_base(starter_kb)
    # a selection, a copy with other settings, claims of ids a file could not hold (any text, built in memory)
    border = KnowledgeBase(tuple(c for c in kb if "border" in c.tags), kb.path)
    assert len(border) > 0 and dataclasses.replace(kb, language="en").claims == kb.claims
    drones = _claim("a", "Drones fly over the border every night.")
    odd = KnowledgeBase((_claim("Not A Slug", "One."), _claim("x" * 200, "Two."), drones))
    assert odd.ids() == ["Not A Slug", "x" * 200, "a"] and odd.get("a") == drones
    assert KnowledgeBase(()).claims == () and _claim("", "A claim alone may have no id yet.").id == ""
    assert find_matches(build_matcher(odd.claims, matcher="lexical", use_cache=False), "drones fly over the border")
    # an import of other publishers' fact-checks, whose claims have no id until the import gives them one,
    # two of them on one page: each gets its own, and the report's claims build a matcher
    reviews = [
        {
            "@type": "ClaimReview",
            "url": f"https://example.org/checks/{n}",
            "claimReviewed": text,
            "reviewRating": {"@type": "Rating", "alternateName": "False"},
        }
        for n, text in enumerate(["Drinking hot water cures the flu.", "Drinking hot water cures the flu!"])
    ]
    feed = import_file(tmp_path / "feed.yaml", json.dumps(reviews).encode(), "reviews.json", dry_run=True)
    assert feed.added and len({c.id for c in feed.added}) == len(feed.added)
    assert find_matches(build_matcher(feed.added, matcher="lexical", use_cache=False), "hot water cures the flu")


def test_claims_from_a_list_of_dicts_are_told_how_to_make_their_sources() -> None:
    # rows of export_text(kb, "json") (claim.to_dict()) given to Claim(**row): "must hold only Source, not dict",
    # with no word of how to make one
    row = {"id": "a", "claim": "The bridge cost 2 billion.", "verdict": "false", "sources": [{"url": "https://e.org"}]}
    with pytest.raises(
        TypeError, match=r"^Claim\.sources must hold only Source, not dict .*\(give Source\(\*\*item\) for each\)$"
    ):
        Claim(**row)  # type: ignore[arg-type]
    made = Claim(**{**row, "sources": [factcheck.Source(**source) for source in row["sources"]]})  # type: ignore[arg-type]
    assert made.to_dict() == row
    with pytest.raises(
        TypeError, match=r"^KnowledgeBase\.claims must hold only Claim, not dict .*\(give Claim\(\*\*item\)"
    ):
        KnowledgeBase([{"id": "a", "claim": "x", "verdict": "false"}])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"must hold only text \(str\), not int 3$"):  # no hint for a tag
        Claim("a", "x", Verdict.FALSE, tags=["x", 3])  # type: ignore[list-item]


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_type_checkers_accept_a_notebooks_script(checker: str, tmp_path: Path) -> None:
    # mypy --strict: '"KnowledgeBaseError" has no attribute "location"' (and "message"), where InputError has both
    assert_type_checks(checker, TYPE_CHECKS / "notebook.py", tmp_path)


def test_what_a_list_is_given_for_is_read_as_a_tuple_and_annotated_so_at_run_time() -> None:
    # type checkers take a list for the claims, aliases, tags and sources (type_checks/notebook.py); at run time
    # each is a tuple, as typing.get_type_hints, pydantic and hypothesis read it
    kb = KnowledgeBase([Claim("a", "A claim.", Verdict.FALSE, tags=["border"])])
    assert type(kb.claims) is tuple and kb.claims[0].tags == ("border",)
    hints = {**typing.get_type_hints(Claim), "claims": typing.get_type_hints(KnowledgeBase)["claims"]}
    assert [hints[name] for name in ("aliases", "tags", "sources", "claims")] == [
        tuple[str, ...],
        tuple[str, ...],
        tuple[factcheck.Source, ...],
        tuple[Claim, ...],
    ]
    assert len(KnowledgeBase(())) == 0 and len(KnowledgeBase([])) == 0  # an empty knowledge base, asked for
    grown = dataclasses.replace(kb, claims=[*kb, Claim("b", "Another.", Verdict.TRUE)])
    assert type(grown.claims) is tuple and grown.ids() == ["a", "b"]
    with pytest.raises(TypeError):  # no default at run time either: a knowledge base is given its claims
        KnowledgeBase()  # type: ignore[call-arg]
    assert sorted(Verdict) != list(Verdict) and sorted(Verdict, key=lambda verdict: verdict.rank) == list(Verdict)


def test_the_signature_type_checkers_see_for_a_knowledge_base_is_its_dataclasss() -> None:
    # KnowledgeBase.__init__ is declared for type checkers (claims: a list or a tuple); a field added to the
    # dataclass and not to that declaration would be refused by them, one given another default misread
    tree = ast.parse(Path(factcheck.model.__file__).read_text(encoding="utf-8"))
    kb_class = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "KnowledgeBase")
    declared = next(n for n in ast.walk(kb_class) if isinstance(n, ast.FunctionDef) and n.name == "__init__")
    names = [a.arg for a in declared.args.args[1:]]
    assert names == [f.name for f in dataclasses.fields(KnowledgeBase) if f.init]
    defaults = dict(zip(names[len(names) - len(declared.args.defaults) :], declared.args.defaults, strict=True))
    for f in dataclasses.fields(KnowledgeBase):
        if f.default is not dataclasses.MISSING:
            assert ast.literal_eval(defaults[f.name]) == f.default, f.name
        elif f.default_factory is not dataclasses.MISSING:
            assert isinstance(defaults[f.name], ast.Constant) and defaults[f.name].value is Ellipsis, f.name
        else:
            assert f.name not in defaults, f.name


def test_a_knowledge_base_given_a_path_and_no_claims_is_refused_not_empty() -> None:
    # a file is read by load_knowledge_base; KnowledgeBase(path=...) was an empty knowledge base, silently
    # (every statement then matched nothing)
    with pytest.raises(TypeError, match="'claims'"):
        KnowledgeBase(path="claims.yaml")  # type: ignore[call-arg]
