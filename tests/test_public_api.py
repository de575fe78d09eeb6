"""factcheck used from Python, as a newsroom script or notebook would: ``from factcheck import ...`` only.

Each command has its function among the public names (``factcheck.__all__``), with the same
guarantees as the command: the edits keep the rest of the file byte for byte and write nothing on
an error, every error is a ``FactcheckError``, and nothing of the command line (Typer, Rich) is loaded.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import inspect
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import typing
from collections.abc import Callable
from pathlib import Path, PurePosixPath

import pytest
from semantic_fakes import WordEncoder

import factcheck
from factcheck import (
    Claim,
    DuplicateClaimError,
    EditResult,
    ExportFormat,
    FactcheckError,
    InputError,
    InputFormat,
    InvalidClaimError,
    KnowledgeBaseError,
    SemanticUnavailableError,
    Severity,
    Source,
    UnknownClaimError,
    Verdict,
    add_claims,
    build_matcher,
    export_settings,
    export_text,
    find_matches,
    find_matches_for_each,
    import_file,
    load_knowledge_base,
    parse_article,
    read_article,
    read_import_source,
    remove_claim,
    scan_article,
    update_claim,
    validate_file,
)

ARTICLE = "# Troops\n\nMexico's economy grew 3% in 2024. There are 10,000 US troops in Mexico.\n"


def test_each_command_has_its_function_among_the_public_names() -> None:
    commands = {
        "check": "find_matches",
        "scan": "scan_article",
        "add": "add_claims",
        "edit": "update_claim",
        "remove": "remove_claim",
        "export": "export_text",
        "import": "import_file",
        "validate": "validate_file",
    }
    assert [name for name in commands.values() if name not in factcheck.__all__] == []
    errors = [getattr(factcheck, name) for name in factcheck.__all__ if name.endswith("Error")]
    assert len(errors) >= 10
    assert all(issubclass(error, FactcheckError) for error in errors)


def test_every_public_name_says_what_it_is() -> None:
    # help(factcheck.InputFormat) said "Enum where members are also (and must be) strings" (StrEnum's), and
    # help(factcheck.Claim) gave its signature alone (the dataclass's)
    def own_doc(value: object) -> str:
        doc = vars(value).get("__doc__") if isinstance(value, type) else getattr(value, "__doc__", None)
        return doc or ""

    public = {name: getattr(factcheck, name) for name in factcheck.__all__ if name != "__version__"}
    unsaid = [name for name, value in public.items() if not own_doc(value) or own_doc(value).startswith(f"{name}(")]
    assert unsaid == []


def test_every_method_and_property_of_a_public_class_says_what_it_is() -> None:
    # help(factcheck.KnowledgeBase) showed get(self, claim_id) and ids(self) with nothing said of them (None or
    # an error for an unknown id?), nor of Match.is_opposite, Problem.to_dict, ScanSummary.skipped...
    unsaid = []
    seen = set()
    for name in factcheck.__all__:
        value = getattr(factcheck, name)
        if not isinstance(value, type):
            continue
        for attribute, member in vars(value).items():
            if isinstance(member, property):
                function = member.fget
            elif isinstance(member, functools.cached_property):  # Match.differences: no callable, and was skipped
                function = member.func
            else:
                function = getattr(member, "__func__", member)
            public = not attribute.startswith("_") and callable(function) and not isinstance(function, type)
            if public:
                seen.add(f"{name}.{attribute}")
            if public and not (function.__doc__ or "").strip():
                unsaid.append(f"{name}.{attribute}")
    assert unsaid == []
    assert {"Match.left_open", "Match.differences", "KnowledgeBase.get", "ScanSummary.skipped"} <= seen


def test_what_each_public_error_holds_is_declared_with_its_type(mini_kb: Path, tmp_path: Path) -> None:
    # pyright --verifytypes: "Type is missing type annotation and could be inferred differently by type
    # checkers" for LocatedError.message and .more, UnknownClaimError.suggestions, ...: a program reading
    # error.suggestions or error.location had them from __init__'s code, not from a declaration
    kb = load_knowledge_base(mini_kb)
    claim = kb.claims[0]
    location = factcheck.Location("claims.yaml", 3, 5)
    problem = factcheck.Problem(location, "no sources", Severity.ERROR)
    errors: list[FactcheckError] = [
        KnowledgeBaseError([problem]),
        factcheck.InvalidImportError([problem]),
        InputError("no such file", location, more=[problem]),
        UnknownClaimError("x", "claims.yaml", ["y"]),
        DuplicateClaimError(claim.id, "claims.yaml", claim, 3),
        factcheck.NearDuplicateError(claim, [(claim, 0.9)], "claims.yaml"),
        InvalidClaimError([problem]),
        factcheck.InvalidEditError("the file would not read back"),
        factcheck.WriteError("locked"),
        SemanticUnavailableError("the semantic extra is not installed"),
    ]
    undeclared = {}
    for error in errors:
        kind = type(error)
        declared = typing.get_type_hints(kind)
        held = [name for name in vars(error) if name not in declared]
        if held:
            undeclared[kind.__name__] = held
    assert undeclared == {}
    assert typing.get_type_hints(UnknownClaimError)["suggestions"] == list[str]


def test_what_the_public_functions_return_has_a_public_name_to_annotate_it_with(mini_kb: Path) -> None:
    # a typed newsroom script writing "def settings_for(kb: KnowledgeBase) -> ExportSettings" had to reach
    # into factcheck.claimreview, which docs/python.md never names, for the type export_settings returns
    kb = load_knowledge_base(mini_kb)
    names = ("ExportSettings", "RatingMap", "Differences", "ScanSummary")
    assert [name for name in names if name not in factcheck.__all__] == []
    public = {name: getattr(factcheck, name) for name in names}
    match = factcheck.Match(kb.claims[0], 0.9, statement="There are more than 20,000 US troops deployed in Mexico.")
    values = {
        "ExportSettings": export_settings(kb),
        "RatingMap": factcheck.load_rating_map(_rating_file(mini_kb.parent)),
        "Differences": match.differences,
        "ScanSummary": scan_article(parse_article(ARTICLE), kb).summary,
    }
    assert {name: type(value) for name, value in values.items()} == public


def factcheck_types(annotation: object) -> set[type]:
    """The factcheck classes an annotation names, inside unions and generics too."""
    found = {annotation} if isinstance(annotation, type) and annotation.__module__.startswith("factcheck") else set()
    return found.union(*(factcheck_types(arg) for arg in typing.get_args(annotation)))


def unnamed_types(found: dict[str, str], internal: frozenset[str]) -> dict[str, str]:
    """The types of ``found`` (a type's dotted name: where it was met) that factcheck does not export, but
    ``internal`` ones."""
    return {
        kind: where
        for kind, where in found.items()
        if kind.rsplit(".", 1)[1] not in factcheck.__all__ and kind not in internal
    }


#: types of public fields a program does not annotate with: an article's blocks are read by scan_article
INTERNAL_FIELD_TYPES = frozenset({"factcheck.blocks.Block", "factcheck.blocks.BlockKind"})


def test_every_type_a_public_result_holds_has_a_public_name() -> None:
    # a research script annotating "def tally(results: list[SentenceResult]) -> Counter[Status]" or
    # "shape: InputShape = report.shape" had to reach into factcheck.scan and factcheck.importformats
    held: dict[str, str] = {}
    for name in factcheck.__all__:
        value = getattr(factcheck, name)
        if isinstance(value, type) and dataclasses.is_dataclass(value):
            module = vars(sys.modules[value.__module__])
            hints = typing.get_type_hints(value, module)
            for attribute, member in vars(value).items():  # properties: SentenceResult.status
                getter = getattr(member, "fget", getattr(member, "func", None))
                if isinstance(member, (property, functools.cached_property)) and not attribute.startswith("_"):
                    # names a module imports for type checkers only (Match.differences) are public ones
                    public = {n: getattr(factcheck, n) for n in factcheck.__all__}
                    hints[attribute] = typing.get_type_hints(getter, module, public).get("return")
            for field, annotation in hints.items():
                for kind in factcheck_types(annotation):
                    held.setdefault(f"{kind.__module__}.{kind.__name__}", f"{name}.{field}")
    assert unnamed_types(held, INTERNAL_FIELD_TYPES) == {}
    assert "factcheck.scan.Status" in held and "factcheck.importformats.InputShape" in held  # the walk reaches them


#: types of public parameters a program does not give: the command line's snapshot of the file it read first
INTERNAL_PARAMETER_TYPES = frozenset({"factcheck.safewrite.FileSnapshot"})


def test_every_type_a_public_function_takes_has_a_public_name() -> None:
    # ScanReport.sentence_dicts(only=...) took a Selection that factcheck did not export: a script had to
    # reach into factcheck.scan for it (and its name, "matched", raised AttributeError)
    public = {name: getattr(factcheck, name) for name in factcheck.__all__}
    functions: list[tuple[str, Callable[..., object]]] = []
    for name, value in public.items():
        if isinstance(value, type):
            for attribute, member in vars(value).items():
                function = getattr(member, "__func__", member)  # classmethods, staticmethods
                if callable(function) and not isinstance(function, type) and not attribute.startswith("_"):
                    functions.append((f"{name}.{attribute}", function))
        elif callable(value):
            functions.append((name, value))
    taken: dict[str, str] = {}
    for where, function in functions:
        hints = typing.get_type_hints(function, vars(sys.modules[function.__module__]), public)
        for parameter, annotation in hints.items():
            for kind in factcheck_types(annotation):
                taken.setdefault(f"{kind.__module__}.{kind.__name__}", f"{where}({parameter})")
    assert unnamed_types(taken, INTERNAL_PARAMETER_TYPES) == {}
    assert "factcheck.scan.Selection" in taken  # the walk reaches the methods of a result


def _rating_file(folder: Path) -> Path:
    path = folder / "ratings.yaml"
    path.write_text("Sort of: mixed\n", encoding="utf-8")
    return path


def test_a_list_of_statements_gets_verdicts_scores_and_polarity(mini_kb: Path) -> None:
    matcher = build_matcher(load_knowledge_base(mini_kb), matcher="lexical")
    statements = ["Ten thousand US soldiers are in Mexico", "Foreign troops don't need the Senate's approval"]
    best = [find_matches(matcher, statement, top=1) for statement in statements]
    assert [(m[0].claim.id, m[0].claim.verdict, m[0].polarity) for m in best] == [
        ("us-troops-in-mexico-10000", Verdict.FALSE, "same"),
        ("senate-must-approve-foreign-troops", Verdict.TRUE, "opposite"),
    ]
    assert best[1][0].is_opposite and 0.5 <= best[1][0].score <= 1
    assert find_matches(matcher, "The moon is made of cheese") == []


def test_many_statements_get_the_matches_of_one_at_a_time_their_embeddings_made_in_batches(
    mini_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a researcher matching 10,000 posts in a loop of find_matches had each embedded alone: the hybrid
    # matcher took twice the time it takes on batches (bench/library_speed.py), and prepare was not public
    encoder = WordEncoder()
    monkeypatch.setattr("factcheck.semantic.load_encoder", lambda model_dir=None: encoder)
    hybrid = build_matcher(load_knowledge_base(mini_kb), matcher="hybrid", use_cache=False)
    posts = [f"Ten thousand US soldiers are in Mexico (post {n})" for n in range(factcheck.matching.PREPARE_BATCH + 2)]
    encoder.calls.clear()
    found = find_matches_for_each(hybrid, (post for post in posts), top=2)  # a generator, as a file's lines
    assert encoder.calls == []  # read as the matches are asked for
    each = list(found)
    assert [len(call) for call in encoder.calls] == [factcheck.matching.PREPARE_BATCH, 2]
    assert each == [find_matches(hybrid, post, top=2) for post in posts]
    assert each[0][0].claim.id == "us-troops-in-mexico-10000"


def test_many_statements_given_wrongly_are_type_errors_where_the_mistake_is(mini_kb: Path) -> None:
    kb = load_knowledge_base(mini_kb)
    matcher = build_matcher(kb, matcher="lexical")
    with pytest.raises(TypeError, match="find_matches takes one statement"):
        find_matches_for_each(matcher, "There are US troops in Mexico")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"find_matches_for_each takes a Matcher \(make one with build_matcher"):
        find_matches_for_each(kb, ["There are US troops in Mexico"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="top must be 0 or more"):
        find_matches_for_each(matcher, ["There are US troops in Mexico"], top=-1)
    empty_cell = find_matches_for_each(matcher, ["There are US troops in Mexico", None])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"statement 1 \(counting from 0\) must be text \(str\), not NoneType"):
        next(empty_cell)


def test_an_article_given_as_text_is_scanned_as_the_same_file_would_be(mini_kb: Path, tmp_path: Path) -> None:
    kb = load_knowledge_base(mini_kb)
    matcher = build_matcher(kb, matcher="lexical")
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    from_text = scan_article(parse_article(ARTICLE, "article.md"), kb, matcher=matcher)
    from_file = scan_article(read_article(tmp_path / "article.md"), kb, matcher=matcher)  # a Path, not only a str
    assert from_text.results == from_file.results
    assert from_text.format == "markdown"
    assert [(r.line, r.status.value, r.match and r.match.claim.id) for r in from_text.results] == [
        (1, "skipped", None),
        (3, "unmatched", None),
        (3, "matched", "us-troops-in-mexico-10000"),
    ]
    assert parse_article(ARTICLE, input_format="text").format is InputFormat.TEXT  # a format by its name too


def test_a_script_picks_the_sentences_of_a_scan_by_the_name_of_their_selection(mini_kb: Path) -> None:
    # report.sentence_dicts(only="matched") raised AttributeError ("'str' object has no attribute 'statuses'"),
    # and the Selection it wanted was no name of the package's
    kb = load_knowledge_base(mini_kb)
    report = scan_article(parse_article(ARTICLE, "article.md"), kb, matcher=build_matcher(kb, matcher="lexical"))
    matched = report.sentence_dicts(only="matched")
    found = [(d["line"], d["match"]["id"], d["source"]) for d in matched]
    assert found == [(3, "us-troops-in-mexico-10000", "article.md")]
    assert matched == report.sentence_dicts(only=factcheck.Selection.MATCHED)
    assert [r.line for r in report.selected("unmatched")] == [3]
    assert len(report.selected("checkable")) == 2 and len(report.selected()) == 3
    json.dumps([*report.sentence_dicts(), report.summary_dict()])  # the lines of scan --json, each a plain dict
    assert report.selected("Matched") == report.selected("matched")  # any case, as scan --only takes it
    choices = "'matched', 'unmatched', 'checkable'"
    with pytest.raises(ValueError, match=rf"^only='match' is not one of {choices}; did you mean 'matched'\?$"):
        report.selected("match")  # type: ignore[arg-type]
    # a Status is named by its value, not by its repr ("only=<Status.SKIPPED: 'skipped'>")
    with pytest.raises(ValueError, match=rf"^only='skipped' is not one of {choices}\.$"):
        report.selected(factcheck.Status.SKIPPED)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^only must be a Selection or its name \(str\), not int 3$"):
        report.selected(3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "why"),
    [("", "is empty"), ("  \n", "is empty"), ("a\x00b", "binary data"), ("ok\nHalf \ud800.", "U\\+D800 on line 2")],
)
def test_text_with_nothing_to_scan_is_an_input_error(text: str, why: str) -> None:
    with pytest.raises(InputError, match=f"^<text>: .*{why}"):
        parse_article(text)


def test_a_path_named_dash_is_a_file_not_standard_input(tmp_path: Path) -> None:
    (tmp_path / "-").write_text("There are 10,000 US troops in Mexico.\n", encoding="utf-8")
    assert read_article(tmp_path / "-").name == str(tmp_path / "-")
    assert read_import_source(tmp_path / "-")[0].startswith(b"There are")


def test_input_of_the_wrong_kind_says_what_is_wanted(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="path or its name"):
        read_article(ARTICLE.encode())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="the file's bytes"):
        import_file(tmp_path / "claims.yaml", ARTICLE, "article.md")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="NUL"):
        read_import_source(Path("claims\x00.json"))
    for wrong in (None, 42):  # a post field that was missing (None) raised AttributeError
        with pytest.raises(TypeError, match="text \\(str\\) or bytes, not"):
            parse_article(wrong)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="name must be text"):
        parse_article(ARTICLE, None)  # type: ignore[arg-type]
    assert parse_article(memoryview(ARTICLE.encode())).blocks == parse_article(ARTICLE).blocks
    assert not (tmp_path / "claims.yaml").exists()


def test_claimreview_held_as_text_or_parsed_json_is_told_how_to_give_it(tmp_path: Path) -> None:
    # an API's response as text (response.text) or parsed (response.json()): the message named only
    # read_import_source(path), for a file, and the script has none
    review = {"@type": "ClaimReview", "claimReviewed": "Hot water cures the flu.", "url": "https://example.org/c"}
    with pytest.raises(TypeError, match=r"not str \(a text: data\.encode\(\)"):
        import_file(tmp_path / "claims.yaml", json.dumps(review), "reviews.json")  # type: ignore[arg-type]
    for parsed in (review, [review]):
        with pytest.raises(TypeError, match=r"parsed JSON: json\.dumps\(data\)\.encode\(\)"):
            import_file(tmp_path / "claims.yaml", parsed, "reviews.json")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"not int \(read_import_source\(path\)\)$"):
        import_file(tmp_path / "claims.yaml", 42, "reviews.json")  # type: ignore[arg-type]
    assert not (tmp_path / "claims.yaml").exists()


def test_an_article_may_be_named_by_its_path() -> None:
    # the name of the file read, as a Path: it worked, then raised "name must be text (str), not PosixPath"
    page = b"<html><body><h1>Troops</h1><p>There are 10,000 US troops in Mexico.</p></body></html>"
    article = parse_article(page, name=Path("a.html"))
    assert article == parse_article(page, name="a.html") and article.name == "a.html"
    with pytest.raises(TypeError, match="name must be text"):
        parse_article(page, name=b"a.html")  # type: ignore[arg-type]


def test_claims_are_added_changed_and_removed_keeping_the_rest_of_the_file(mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    claim = Claim(
        "bridge-cost",
        "The new bridge cost 2 billion dollars.",
        Verdict.FALSE,
        sources=(Source("https://example.org/accounts", date="2024-04"),),
    )
    added = add_claims(str(mini_kb), [claim], check_similar=True)  # a path as text, as people type it
    assert (added.written, added.claims) == (True, (claim,))
    assert mini_kb.read_bytes().startswith(before)  # appended: every comment and quote above kept

    changed = update_claim(mini_kb, "bridge-cost", lambda c: dataclasses.replace(c, verdict=Verdict.MOSTLY_FALSE))
    assert changed.summary == "updated claim 'bridge-cost' in " + str(mini_kb) + " (verdict)"
    assert load_knowledge_base(mini_kb).get("bridge-cost") == dataclasses.replace(claim, verdict=Verdict.MOSTLY_FALSE)

    removed = remove_claim(mini_kb, "bridge-cost")
    assert removed.claims[0].verdict is Verdict.MOSTLY_FALSE
    assert mini_kb.read_bytes() == before


def test_a_refused_edit_raises_and_leaves_the_file_as_it_was(mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    taken = Claim("drones-over-mexico", "Drones fly.", Verdict.TRUE)
    with pytest.raises(DuplicateClaimError, match="drones-over-mexico"):
        add_claims(mini_kb, [taken])
    with pytest.raises(InvalidClaimError, match="not a real date"):
        update_claim(mini_kb, "drones-over-mexico", lambda c: dataclasses.replace(c, checked="2025-02-30"))
    with pytest.raises(UnknownClaimError, match="did you mean drones-over-mexico"):
        remove_claim(mini_kb, "drones-over-mexic")
    assert mini_kb.read_bytes() == before


def test_an_unknown_id_error_gives_the_ids_like_it_to_the_program(mini_kb: Path) -> None:
    # the docstring promised ``suggestions``: a bot offering "did you mean" got an AttributeError
    with pytest.raises(UnknownClaimError) as caught:
        update_claim(mini_kb, "drones-over-mexic", lambda c: c)
    error = caught.value
    expected = ("drones-over-mexic", str(mini_kb), ["drones-over-mexico"])
    assert (error.claim_id, error.path, error.suggestions) == expected
    with pytest.raises(UnknownClaimError) as caught:
        remove_claim(mini_kb, "nothing-like-any-id-here")
    assert caught.value.suggestions == []


def test_an_edit_given_the_wrong_kind_of_id_or_change_is_a_type_error(mini_kb: Path) -> None:
    # each failed deep inside, after the file was locked and read, with an AttributeError
    before = mini_kb.read_bytes()
    with pytest.raises(TypeError, match="id as text \\(str\\), not NoneType"):
        remove_claim(mini_kb, None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="id as text \\(str\\), not int"):
        update_claim(mini_kb, 3, lambda c: c)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="a Claim or a function of the current claim, not str"):
        update_claim(mini_kb, "drones-over-mexico", "false")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must give a Claim, not NoneType"):  # a function that edits in place
        update_claim(mini_kb, "drones-over-mexico", lambda c: None)  # type: ignore[arg-type,return-value]
    with pytest.raises(TypeError, match="must give a Claim, not dict"):
        update_claim(mini_kb, "drones-over-mexico", lambda c: c.to_dict())  # type: ignore[arg-type,return-value]
    assert mini_kb.read_bytes() == before


@pytest.mark.parametrize("folder", [".", "", "/"])
def test_an_edit_of_a_folder_without_a_name_is_refused_as_every_folder_is(
    folder: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "." and "/" have no name to name a lock file after: a ValueError ("PosixPath('.') has an empty name")
    monkeypatch.chdir(tmp_path)
    claim = Claim("bridge-cost", "The new bridge cost 2 billion dollars.", Verdict.FALSE)
    shown = str(Path(folder))
    edits: list[Callable[[], object]] = [
        lambda: add_claims(folder, [claim]),
        lambda: update_claim(folder, "bridge-cost", claim),
        lambda: remove_claim(folder, "bridge-cost"),
    ]
    for edit in edits:
        with pytest.raises(KnowledgeBaseError, match="is a folder, not a claims file") as caught:
            edit()
        assert str(caught.value).startswith(f"{shown}: error:")
    assert list(tmp_path.iterdir()) == []


def _raised(action: Callable[[], object]) -> FactcheckError:
    with pytest.raises(FactcheckError) as caught:
        action()
    return caught.value


def test_every_error_crosses_a_process_boundary_as_it_was(mini_kb: Path, tmp_path: Path) -> None:
    # unpickling called the class with the message alone: a KnowledgeBaseError raised in a worker of a
    # ProcessPoolExecutor broke the pool (BrokenProcessPool) instead of reaching the caller's except
    broken = tmp_path / "broken.yaml"
    broken.write_text("claims:\n  - id: x\n    claim: [unclosed\n", encoding="utf-8")
    taken = Claim("drones-over-mexico", "Drones fly.", Verdict.TRUE)
    kb = load_knowledge_base(mini_kb)
    first = kb.claims[0]
    errors = [
        _raised(lambda: load_knowledge_base(broken)),
        _raised(lambda: remove_claim(mini_kb, "drones-over-mexic")),
        _raised(lambda: add_claims(mini_kb, [taken])),
        _raised(lambda: add_claims(mini_kb, [dataclasses.replace(first, id="again")], check_similar=True)),
        _raised(lambda: add_claims(mini_kb, [Claim("Bad Id", "A claim.", Verdict.TRUE)])),
        _raised(lambda: read_import_source(tmp_path / "missing.json")),
        _raised(lambda: import_file(tmp_path / "new.yaml", b'[{"@type": "ClaimReview"}]', "reviews.json")),
    ]
    assert [type(e).__name__ for e in errors] == [
        "KnowledgeBaseError",
        "UnknownClaimError",
        "DuplicateClaimError",
        "NearDuplicateError",
        "InvalidClaimError",
        "InputError",
        "InvalidImportError",
    ]
    for error in errors:
        copied = pickle.loads(pickle.dumps(error))
        as_sent = (type(error), str(error), error.args, vars(error))
        assert (type(copied), str(copied), copied.args, vars(copied)) == as_sent


def test_claimreview_exported_imports_back_as_the_same_claims(mini_kb: Path, tmp_path: Path) -> None:
    kb = load_knowledge_base(mini_kb)
    settings = export_settings(kb)  # base_url and publisher from the file's top level
    reviews = json.loads(export_text(kb.claims, ExportFormat.CLAIMREVIEW, settings, feed=False))
    assert reviews[0]["url"] == "https://factdesk.example.org/checks/us-troops-in-mexico-10000"
    (tmp_path / "reviews.json").write_text(json.dumps(reviews), encoding="utf-8")

    data, name = read_import_source(tmp_path / "reviews.json")
    report = import_file(tmp_path / "imported.yaml", data, name)
    assert report.written and report.skipped == ()
    imported = load_knowledge_base(tmp_path / "imported.yaml")
    assert [(c.id, c.verdict, c.claim) for c in imported.claims] == [(c.id, c.verdict, c.claim) for c in kb.claims]

    again = import_file(str(tmp_path / "imported.yaml"), data, name, dry_run=True)
    assert (again.added, len(again.skipped), again.written) == ((), len(kb), False)


def test_claims_export_as_json_or_csv_without_claimreview_settings(mini_kb: Path) -> None:
    # export_text(kb.claims, "csv") raised TypeError: the ClaimReview settings and the DataFeed choice,
    # which mean nothing for JSON or CSV, had to be given (None, feed=False) all the same
    claims = load_knowledge_base(mini_kb).claims
    assert json.loads(export_text(claims, ExportFormat.JSON)) == [c.to_dict() for c in claims]
    assert export_text(claims, "csv").startswith("id,claim,verdict")
    settings = export_settings(load_knowledge_base(mini_kb))
    assert export_text(claims, "claimreview", settings) == export_text(claims, "claimreview", settings, feed=False)


def test_a_knowledge_base_exports_as_its_claims_do_and_anything_else_is_named(mini_kb: Path) -> None:
    # export_text(kb, "json") raised "'KnowledgeBase' object is not iterable" (build_matcher(kb) takes it),
    # and claims given as dicts or as the file's name an AttributeError from inside ("... has no attribute 'id'")
    kb = load_knowledge_base(mini_kb)
    settings = export_settings(kb)
    for fmt in ExportFormat:
        assert export_text(kb, fmt, settings) == export_text(kb.claims, fmt, settings)
    assert export_text(iter(kb.claims[:1]), "csv") == export_text([kb.claims[0]], "csv")  # type: ignore[arg-type]
    wrong = {
        "str 'claims.yaml'": "claims.yaml",
        "PurePosixPath('claims.yaml')": PurePosixPath("claims.yaml"),  # was "PurePosixPath PurePosixPath(...)"
        "a list holding dict {'id': 'a'}": [{"id": "a"}],
        "a list holding None": [kb.claims[0], None],  # was "list holding NoneType None"
        "a Claim (give it in a list: [claim])": kb.claims[0],
        "a dict of Claim (give its .values())": {claim.id: claim for claim in kb.claims},
        "dict {}": {},
        "None": None,
    }
    for shown, claims in wrong.items():
        with pytest.raises(TypeError, match=rf"^export_text takes a KnowledgeBase .* not {re.escape(shown)}$"):
            export_text(claims, "json")  # type: ignore[arg-type]


def test_a_format_that_is_none_of_the_choices_is_told_them(mini_kb: Path) -> None:
    # "'xml' is not a valid ExportFormat" and "'pdf' is not a valid InputFormat" (the enumerations' own
    # messages) named neither the argument nor the formats there are; the message is the command line's
    # (export --format, scan --format), after the argument's name, with the same "did you mean"
    claims = load_knowledge_base(mini_kb).claims
    with pytest.raises(ValueError, match=r"^fmt='xml' is not one of 'claimreview', 'json', 'csv', 'markdown'\.$"):
        export_text(claims, "xml")  # type: ignore[arg-type]
    meant = {"jsn": "json", "claim-review": "claimreview", "jsonld": "claimreview", "xlsx": "csv"}
    for given, choice in meant.items():
        with pytest.raises(ValueError, match=rf"^fmt={given!r} is not one of .*; did you mean {choice!r}\?$"):
            export_text(claims, given)  # type: ignore[arg-type]
    choices = "'auto', 'text', 'markdown', 'html', 'subtitles', 'docx', 'odt'"
    with pytest.raises(ValueError, match=rf"^input_format='pdf' is not one of {choices}\.$"):
        parse_article(ARTICLE, input_format="pdf")  # type: ignore[arg-type]
    meant = {"md": "markdown", "htm": "html", "srt": "subtitles", "txt": "text", "markdwn": "markdown", "word": "docx"}
    for given, choice in meant.items():
        with pytest.raises(ValueError, match=rf"^input_format={given!r} is not one of .*; did you mean {choice!r}\?$"):
            parse_article(ARTICLE, input_format=given)  # type: ignore[arg-type]
    assert parse_article(ARTICLE, input_format=InputFormat.MARKDOWN).format is InputFormat.MARKDOWN


def test_a_format_is_taken_in_any_case_as_the_command_line_takes_it(mini_kb: Path) -> None:
    # export_text(kb, "CSV") said "did you mean 'csv'?" where export --format CSV writes a CSV
    kb = load_knowledge_base(mini_kb)
    assert export_text(kb, "CSV") == export_text(kb, ExportFormat.CSV)  # type: ignore[arg-type]
    assert export_text(kb, " Json ") == export_text(kb, "json")  # type: ignore[arg-type]
    assert parse_article(ARTICLE, input_format="Markdown").format is InputFormat.MARKDOWN  # type: ignore[arg-type]


@pytest.mark.parametrize("given", [None, b"csv", 3])
def test_a_format_that_is_no_text_is_still_a_value_error(mini_kb: Path, given: object) -> None:
    # ExportFormat(None) raised ValueError, which scripts catch: a TypeError alone broke them
    kb = load_knowledge_base(mini_kb)
    claims = kb.claims
    report = scan_article(parse_article(ARTICLE), kb, matcher=build_matcher(kb, matcher="lexical"))
    shown = {None: "None", b"csv": "bytes b'csv'", 3: "int 3"}[given]  # type: ignore[index]
    for error in (ValueError, TypeError):
        with pytest.raises(error, match=rf"^fmt must be an ExportFormat or its name \(str\), not {re.escape(shown)}$"):
            export_text(claims, given)  # type: ignore[arg-type]
        with pytest.raises(error, match=r"^input_format must be an InputFormat or its name \(str\), not "):
            parse_article(ARTICLE, input_format=given)  # type: ignore[arg-type]
        if given is not None:  # only=None: every sentence
            with pytest.raises(error, match=r"^only must be a Selection or its name \(str\), not "):
                report.selected(given)  # type: ignore[arg-type]


def test_a_choice_is_typed_by_the_names_it_takes() -> None:
    # fmt: ExportFormat | str and only: Selection | str let a type checker pass "jsn" and "match" (build_matcher
    # takes its matcher as a Literal of its names): each argument takes its enumeration or one of its names
    from factcheck.article import InputFormatName
    from factcheck.exporting import ExportFormatName
    from factcheck.scan import SelectionName

    takes = {
        (export_text, "fmt"): (ExportFormat, ExportFormatName),
        (parse_article, "input_format"): (InputFormat, InputFormatName),
        (factcheck.read_article, "input_format"): (InputFormat, InputFormatName),
    }
    takes |= {
        (method, "only"): (factcheck.Selection, SelectionName)
        for method in (
            factcheck.ScanReport.selected,
            factcheck.ScanReport.sentence_dicts,
            factcheck.ScanReport.scored_apart,
        )
    }
    for (function, parameter), (kind, names) in takes.items():
        annotation = typing.get_type_hints(function)[parameter]
        assert set(typing.get_args(annotation)) - {type(None)} == {kind, names}, (function.__qualname__, annotation)
        assert typing.get_args(names) == tuple(member.value for member in kind)


def test_export_without_a_base_url_is_an_input_error_not_an_exit() -> None:
    kb = factcheck.KnowledgeBase((Claim("a", "The sky is green.", Verdict.FALSE),))
    with pytest.raises(InputError, match="base URL"):
        export_settings(kb)


def test_validate_gives_each_problem_with_its_place_and_raises_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "claims:\n  - id: a\n    claim: A claim.\n    verdict: fake\n"
        "    sources:\n      - url: https://example.org/a\n",
        encoding="utf-8",
    )
    _kb, problems = validate_file(broken)
    first = problems[0]
    assert (first.location.path, first.location.line, first.location.column, first.severity) == (
        str(broken),
        4,
        14,
        Severity.ERROR,
    )
    assert "fake" in first.message
    assert problems[-1].severity is Severity.WARNING  # errors first, then warnings (no source date)
    _, missing = validate_file(tmp_path / "missing.yaml")
    assert [str(p) for p in missing] == [f"{tmp_path / 'missing.yaml'}: error: no such file"]


def test_the_hybrid_matcher_by_name(mini_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kb = load_knowledge_base(mini_kb)
    monkeypatch.setattr("factcheck.semantic.load_encoder", lambda model_dir=None: WordEncoder())  # the extra, faked
    hybrid = build_matcher(kb, matcher="hybrid", use_cache=False)
    assert hybrid.name == "hybrid"
    assert find_matches(hybrid, "Ten thousand US soldiers are in Mexico")[0].claim.id == "us-troops-in-mexico-10000"
    assert repr(hybrid) == "HybridMatcher(4 claims, threshold=0.5, model='test-word-hash-v1')"
    semantic = build_matcher(kb, matcher="semantic", use_cache=False)
    assert repr(semantic) == "SemanticMatcher(4 claims, threshold=0.5, model='test-word-hash-v1')"


def test_a_matchers_repr_shows_a_numpy_threshold_as_a_number_and_a_half_built_one_without_raising(
    mini_kb: Path,
) -> None:
    import numpy as np

    from factcheck.hybrid import HybridMatcher
    from factcheck.lexical import LexicalMatcher
    from factcheck.semantic import SemanticMatcher

    kb = load_knowledge_base(mini_kb)
    lexical = LexicalMatcher(kb.claims, threshold=np.float32(0.25), use_cache=False)  # type: ignore[arg-type]
    assert repr(lexical) == "LexicalMatcher(4 claims, threshold=0.25)"  # not threshold=np.float32(0.25)
    # the locals of a traceback (pytest --showlocals, a debugger) show a matcher whose __init__ raised
    assert repr(object.__new__(LexicalMatcher)) == "LexicalMatcher(0 claims)"
    assert repr(object.__new__(SemanticMatcher)) == "SemanticMatcher(0 claims)"
    assert repr(object.__new__(HybridMatcher)) == "HybridMatcher(0 claims)"


def test_the_hybrid_matcher_where_it_cannot_run_is_a_factcheck_error(
    mini_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.embedding import ExtraNotInstalledError

    def not_installed(model_dir: Path | None = None) -> WordEncoder:
        raise ExtraNotInstalledError("semantic matching needs the semantic extra")

    monkeypatch.setattr("factcheck.semantic.load_encoder", not_installed)
    with pytest.raises(SemanticUnavailableError, match="semantic extra"):
        build_matcher(load_knowledge_base(mini_kb), matcher="hybrid")


_EVERY_FUNCTION = """
import dataclasses, sys
from pathlib import Path
import factcheck as f

kb = f.load_knowledge_base("claims.yaml")
matcher = f.build_matcher(kb, matcher="lexical")
f.find_matches(matcher, "There are no US troops in Mexico")
f.scan_article(f.parse_article("There are 10,000 US troops in Mexico."), kb, matcher=matcher)
claim = f.Claim("x", "The bridge cost 2 billion dollars.", f.Verdict.FALSE)
f.add_claims("new.yaml", [claim], check_similar=True)
f.update_claim("new.yaml", "x", lambda c: dataclasses.replace(c, verdict=f.Verdict.MIXED))
f.remove_claim("new.yaml", "x")
f.validate_file("claims.yaml")
settings = f.export_settings(kb, base_url="https://x.org/")
Path("reviews.json").write_text(f.export_text(kb.claims, "claimreview", settings, feed=True))
f.import_file("new.yaml", *f.read_import_source("reviews.json"), dry_run=True)
print(sorted({name.split(".")[0] for name in sys.modules} & {"typer", "rich", "click"}))
"""


def test_using_every_function_loads_neither_typer_nor_rich(starter_kb: Path, tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_bytes(starter_kb.read_bytes())
    result = subprocess.run(
        [sys.executable, "-c", _EVERY_FUNCTION], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert (result.stdout, result.stderr) == ("[]\n", "")


def _matches_of(matcher: factcheck.Matcher, statement: str) -> list[tuple[str, float, str | None]]:
    return [(m.claim.id, m.score, m.polarity) for m in find_matches(matcher, statement)]


def test_a_matcher_that_has_answered_pickles_for_worker_processes(starter_kb: Path) -> None:
    # multiprocessing pickles what it sends a worker: a new matcher pickled, but one that had answered a
    # statement did not (the substitution check's vocabulary, built on first use, holds local functions)
    matcher = build_matcher(load_knowledge_base(starter_kb), matcher="lexical")
    statements = ["Ten thousand US soldiers are in Mexico", "Sheinbaum sent 10,000 troops to the border"]
    answers = [_matches_of(matcher, statement) for statement in statements]
    assert "_vocabulary" in vars(matcher)  # what failed to pickle was built
    copy = pickle.loads(pickle.dumps(matcher))
    assert [_matches_of(copy, statement) for statement in statements] == answers
    assert _matches_of(matcher, statements[1]) == answers[1]  # the original still has what it built


def test_a_matcher_goes_to_a_spawned_worker_process(starter_kb: Path) -> None:
    import concurrent.futures
    import multiprocessing

    matcher = build_matcher(load_knowledge_base(starter_kb), matcher="lexical")
    statement = "Sheinbaum sent 10,000 troops to the border"
    expected = _matches_of(matcher, statement)
    spawn = multiprocessing.get_context("spawn")  # macOS's default: everything the worker gets is pickled
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=spawn) as pool:
        assert pool.submit(_matches_of, matcher, statement).result() == expected


def test_claims_built_in_memory_are_checked_by_a_dry_run_before_any_file_has_them(tmp_path: Path) -> None:
    # docs/python.md: add_claims(path, claims, dry_run=True) validates claims from a spreadsheet, say
    fine = Claim("bridge-cost", "The new bridge cost 2 billion dollars.", Verdict.FALSE)
    wrong = Claim("Bridge Cost 2", "The old bridge cost 1 billion dollars.", Verdict.FALSE, checked="2026-13-01")
    also_wrong = Claim("tacos", "Tacos are sandwiches.", Verdict.MIXED, sources=(Source("example.org/tacos"),))
    target = tmp_path / "claims.yaml"
    assert add_claims(target, [fine], dry_run=True).summary
    with pytest.raises(InvalidClaimError) as raised:
        add_claims(target, [fine, wrong, also_wrong], dry_run=True)
    assert "'Bridge Cost 2'" in str(raised.value)
    messages = [problem.message for problem in raised.value.problems]
    assert len(messages) == 2 and "must be a slug" in messages[0] and "not a real date" in messages[1]
    assert not target.exists()
    # no line or column: those of the entry written to check it, which the caller never sees, were shown
    # ('<new claim>:2:9: error: id ...'); the messages name the claim and its field
    assert [str(p) for p in raised.value.problems] == [f"<new claim>: error: {m}" for m in messages]
    assert all((p.location.line, p.location.column) == (0, 0) for p in raised.value.problems)


def test_a_post_cut_inside_an_emoji_gives_matches_that_write_as_utf8(mini_kb: Path) -> None:
    # a post's JSON cut inside an emoji reads as a str with a lone surrogate: the match's statement and its
    # differences echoed it, and writing the row (to_dict) to a UTF-8 file raised UnicodeEncodeError
    matcher = build_matcher(load_knowledge_base(mini_kb), matcher="lexical")
    post = json.loads('"Ten thousand Guatemalan\\ud83d soldiers are in Mexico"')
    shown = post.replace("\ud83d", "\ufffd")
    found = find_matches(matcher, post, top=1, min_score=0)
    assert [(m.claim.id, m.score, m.statement) for m in found] == [
        (m.claim.id, m.score, shown) for m in find_matches(matcher, shown, top=1, min_score=0)
    ]
    assert found[0].differences is not None and found[0].to_dict()["differences"]["statement"] == ["Guatemalan\ufffd"]
    json.dumps(found[0].to_dict(), ensure_ascii=False).encode("utf-8")
    each = list(find_matches_for_each(matcher, [post], top=1, min_score=0))
    assert each == [found]


def test_a_surrogate_pair_held_as_two_code_points_is_the_character_it_codes(mini_kb: Path) -> None:
    # "\ud83d\ude00" (a post decoded with surrogatepass) read as two U+FFFD (review37c); it is the emoji
    matcher = build_matcher(load_knowledge_base(mini_kb), matcher="lexical")
    found = find_matches(matcher, "Ten thousand US soldiers \ud83d\ude00 are in Mexico", top=1, min_score=0)
    assert found[0].statement == "Ten thousand US soldiers 😀 are in Mexico"


@pytest.mark.parametrize(
    "post", ["Ten thousand US soldiers are in Mexico", "Diez mil soldados del Ejército 😀 en México"]
)
def test_a_post_without_a_lone_surrogate_is_matched_as_written(mini_kb: Path, post: str) -> None:
    matcher = build_matcher(load_knowledge_base(mini_kb), matcher="lexical")
    found = find_matches(matcher, post, top=1, min_score=0)
    assert found and found[0].statement == post


def test_a_post_cut_inside_an_emoji_is_embedded_with_its_batch(mini_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the batch is prepared as its statements are searched: one cut inside an emoji was embedded a second time alone
    encoder = WordEncoder()
    monkeypatch.setattr("factcheck.semantic.load_encoder", lambda model_dir=None: encoder)
    hybrid = build_matcher(load_knowledge_base(mini_kb), matcher="hybrid", use_cache=False)
    posts = ["Ten thousand US soldiers are in Mexico \ud83d", "There are no US troops in Mexico"]
    encoder.calls.clear()
    each = list(find_matches_for_each(hybrid, posts, top=1))
    assert [len(call) for call in encoder.calls] == [2]
    assert each[0] and each[0][0].statement == "Ten thousand US soldiers are in Mexico \ufffd"


def test_a_missing_value_among_the_posts_is_named_as_one(mini_kb: Path) -> None:
    # pandas reads an empty cell of a column of posts as NaN: "not float" left the reader to guess why
    matcher = build_matcher(load_knowledge_base(mini_kb), matcher="lexical")
    missing = r"must be text \(str\), not float \(nan: a missing value, as pandas reads an empty cell\)"
    with pytest.raises(TypeError, match=f"query {missing}"):
        find_matches(matcher, float("nan"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=rf"statement 1 \(counting from 0\) {missing}"):
        next(find_matches_for_each(matcher, ["There are US troops in Mexico", float("nan")]))  # type: ignore[list-item]
    # a number that is one is not called missing
    with pytest.raises(TypeError, match=r"must be text \(str\), not float$"):
        find_matches(matcher, 2.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"statement 0 \(counting from 0\) must be text \(str\), not int$"):
        next(find_matches_for_each(matcher, [7]))  # type: ignore[list-item]


def test_numpy_numbers_are_numbers_for_top_and_min_score(mini_kb: Path) -> None:
    # a researcher's thresholds and ks come from numpy (np.arange(1, 6), a float32 array): "top must be an int,
    # not int64" and "min_score must be a number or None, not float32" refused them
    import numpy as np

    kb = load_knowledge_base(mini_kb)
    matcher = build_matcher(kb, matcher="lexical")
    statement = "Ten thousand US soldiers are in Mexico"
    plain = find_matches(matcher, statement, top=2, min_score=0.25)
    assert plain and find_matches(matcher, statement, top=np.int64(2), min_score=np.float32(0.25)) == plain
    assert list(find_matches_for_each(matcher, [statement], top=np.int32(2), min_score=np.float32(0.25))) == [plain]
    article = parse_article("There are 10,000 US troops in Mexico.\n")
    report = scan_article(article, kb, matcher=matcher, min_score=np.float32(0.25))
    assert report == scan_article(article, kb, matcher=matcher, min_score=0.25)
    assert report.results and report.results[0].match is not None


def test_what_is_no_number_stays_refused_for_top_and_min_score(mini_kb: Path) -> None:
    import decimal

    matcher = build_matcher(load_knowledge_base(mini_kb), matcher="lexical")
    statement = "Ten thousand US soldiers are in Mexico"
    for top in (True, 1.0, "2"):
        with pytest.raises(TypeError, match="top must be an int"):
            find_matches(matcher, statement, top=top)  # type: ignore[arg-type]
    for min_score in (True, "0.5", decimal.Decimal("0.5")):
        with pytest.raises(TypeError, match="min_score must be a number or None"):
            find_matches(matcher, statement, min_score=min_score)  # type: ignore[arg-type]
    assert find_matches(matcher, statement, min_score=10**400) == []  # an int past float's range: no match, as asked
    # so is any other real number past it (Fraction's float() raised OverflowError)
    import fractions

    assert find_matches(matcher, statement, min_score=fractions.Fraction(10**400)) == []
    assert find_matches(matcher, statement, min_score=fractions.Fraction(-(10**400))) == find_matches(
        matcher, statement, min_score=0
    )


class _Timestamp(datetime.datetime):
    """As pandas' Timestamp: a datetime with nanoseconds (a date column read by pandas holds them)."""

    nanosecond = 0


class _OneNanosecondIn(_Timestamp):
    nanosecond = 1


class _NaT(datetime.datetime):
    """As pandas' NaT, what it reads an empty date cell as: a datetime that is not equal to itself."""

    def __eq__(self, other: object) -> bool:
        return False

    def __ne__(self, other: object) -> bool:
        return True

    __hash__ = datetime.datetime.__hash__


def test_a_date_from_a_spreadsheet_is_taken_where_a_claim_takes_a_date(tmp_path: Path) -> None:
    # Claim(checked=datetime.date(2025, 1, 2)) was refused ("must be text (str) or None"): a spreadsheet or
    # pandas reader gives date objects. Kept as the file writes it, so that it reads back as the same claim.
    day = datetime.date(2025, 1, 2)
    claim = Claim("a", "The bridge cost 2 billion.", "false", checked=day, sources=[Source("https://e.org", date=day)])  # type: ignore[arg-type]
    assert (claim.checked, claim.sources[0].date) == ("2025-01-02", "2025-01-02")
    assert claim == Claim("a", "The bridge cost 2 billion.", Verdict.FALSE, checked="2025-01-02", sources=claim.sources)
    assert dataclasses.replace(claim, checked=datetime.date(2024, 5, 6)).checked == "2024-05-06"
    target = tmp_path / "claims.yaml"
    add_claims(target, [claim])
    assert '    checked: "2025-01-02"\n' in target.read_text(encoding="utf-8")
    assert load_knowledge_base(target, use_cache=False).claims == (claim,)
    # a date and time at midnight with no zone is how pandas, openpyxl and xlrd give a date cell: its day
    for midnight in (datetime.datetime(2025, 1, 2), _Timestamp(2025, 1, 2)):
        assert Claim("a", "x", Verdict.FALSE, checked=midnight).checked == "2025-01-02"
        assert Source("https://e.org", date=midnight).date == "2025-01-02"


#: calls of the public API that type checkers must accept, and what they must infer (never run)
TYPE_CHECKS = Path(__file__).parent / "type_checks"


def _type_checker(name: str, file: Path, tmp_path: Path) -> list[str]:
    """The command that type-checks ``file`` against this checkout's factcheck (not an installed one), failing on
    an unneeded ``# type: ignore`` too; the test is skipped when the checker is not installed (mypy comes with the
    test extra, which CI installs; pyright needs Node.js: docs/development.md)."""
    repo = str(Path(__file__).parent.parent)
    if name == "mypy":
        pytest.importorskip("mypy")
        config = Path(repo) / "pyproject.toml"
        return [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--warn-unused-ignores",
            "--config-file",
            str(config),
            str(file),
        ]
    pyright = shutil.which("pyright", path=str(Path(sys.executable).parent))
    if pyright is None or shutil.which("node") is None:  # without Node.js, pyright-python would download it
        pytest.skip("pyright (pip install pyright; needs Node.js) is not installed")
    (tmp_path / file.name).write_bytes(file.read_bytes())
    settings = {"include": [file.name], "extraPaths": [repo], "reportUnnecessaryTypeIgnoreComment": "error"}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(settings), encoding="utf-8")
    return [pyright, "-p", str(tmp_path / "pyrightconfig.json"), "--pythonpath", sys.executable]


def assert_type_checks(checker: str, file: Path, tmp_path: Path) -> None:
    """That ``checker`` (mypy --strict, or pyright) finds no error in ``file``, with this tree's factcheck."""
    command = _type_checker(checker, file, tmp_path)
    env = {**os.environ, "MYPYPATH": str(Path(__file__).parent.parent)}
    result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env=env, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_type_checkers_accept_a_date_given_as_a_datetime_date(checker: str, tmp_path: Path) -> None:
    # Claim(checked=datetime.date(...)) and Source(date=...) are taken at run time, but the fields were annotated
    # ``str | None``: mypy and pyright refused the call ("incompatible type 'date'"); read back, the date is text
    assert_type_checks(checker, TYPE_CHECKS / "dates.py", tmp_path)


def test_the_test_extra_installs_mypy_so_ci_type_checks_the_public_api() -> None:
    # .ci/run installs '.[test]': without mypy there the test above was skipped on every CI run
    import tomllib

    pyproject = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    names = {
        re.split(r"[<>=!~\[ ;]", requirement, maxsplit=1)[0]
        for requirement in pyproject["project"]["optional-dependencies"]["test"]
    }
    assert "mypy" in names


def test_a_date_field_is_annotated_str_or_none_at_run_time() -> None:
    # the type checkers' declaration of a date field (DateField: takes a datetime.date, reads str | None) was the
    # run-time annotation too: typing.get_type_hints and help() showed DateField, hypothesis' from_type(Claim)
    # raised TypeError, and pydantic's TypeAdapter(Claim) (FastAPI's response_model) could not build a schema
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    for cls, name in ((Claim, "checked"), (Source, "date")):
        assert typing.get_type_hints(cls)[name] == str | None
        assert inspect.signature(cls).parameters[name].annotation == "str | None"
    assert not hasattr(factcheck.model, "DateField")  # a declaration for type checkers only

    @settings(max_examples=10, database=None, suppress_health_check=list(HealthCheck))
    @given(st.from_type(Claim), st.builds(Source, date=...))
    def built(claim: Claim, source: Source) -> None:
        assert claim.checked is None or isinstance(claim.checked, str)
        assert source.date is None or isinstance(source.date, str)

    built()


def test_pydantic_reads_and_writes_a_claim_with_its_date() -> None:
    pydantic = pytest.importorskip("pydantic")  # not a dependency: a web service's (FastAPI's response_model)
    adapter = pydantic.TypeAdapter(Claim)
    claim = adapter.validate_python({"id": "a", "claim": "x", "verdict": "false", "checked": "2025-01-02"})
    assert claim == Claim("a", "x", Verdict.FALSE, checked="2025-01-02")
    assert adapter.dump_python(claim, mode="json")["checked"] == "2025-01-02"


@pytest.mark.parametrize(
    ("given", "error", "message"),
    [
        (datetime.datetime(2025, 1, 2, 10, 30), ValueError, "a date and time (datetime.datetime(2025, 1, 2, 10, 30));"),
        (_OneNanosecondIn(2025, 1, 2), ValueError, "a date and time (_OneNanosecondIn(2025, 1, 2, 0, 0));"),
        (datetime.datetime(2025, 1, 2, tzinfo=datetime.UTC), ValueError, "a date and time with a time zone"),
        (_NaT(1970, 1, 1), TypeError, "(a missing value: give None)"),
        (float("nan"), TypeError, "not float nan (a missing value: give None)"),
        (20250102, TypeError, "text (str), a datetime.date or None, not int 20250102"),
    ],
)
def test_a_date_and_time_or_a_missing_date_is_refused_naming_the_field(
    given: object, error: type[Exception], message: str
) -> None:
    # a time of day or a zone is not dropped: which day an instant is depends on the zone it is read in
    with pytest.raises(error, match=r"^Claim\.checked must be .*" + re.escape(message)):
        Claim("a", "x", Verdict.FALSE, checked=given)  # type: ignore[arg-type]
    with pytest.raises(error, match=r"^Source\.date must be .*" + re.escape(message)):
        Source("https://e.org", date=given)  # type: ignore[arg-type]
    if error is ValueError:
        with pytest.raises(ValueError, match='give the day alone: "2025-01-02"'):
            Claim("a", "x", Verdict.FALSE, checked=given)  # type: ignore[arg-type]


def test_a_knowledge_base_is_a_collection_of_its_claims(mini_kb: Path) -> None:
    # "for claim in kb" raised TypeError ('KnowledgeBase' object is not iterable)
    kb = load_knowledge_base(mini_kb)
    assert [claim.id for claim in kb] == kb.ids() and list(kb) == list(kb.claims) and len(kb) == 4
    first = kb.claims[0]
    assert first.id in kb and first in kb
    assert "drones-over-mexic" not in kb and dataclasses.replace(first, summary="other") not in kb
    assert first.claim not in kb and 4 not in kb and None not in kb  # a claim's text is no id
    # an id twice was taken, get() then giving the last claim of it: refused as validate refuses it (lib89)
    with pytest.raises(ValueError, match=r"^KnowledgeBase\.claims: duplicate id '.+' in claim #2 \(first used by"):
        factcheck.KnowledgeBase((first, dataclasses.replace(first, summary="the same id again")))


def test_a_knowledge_base_and_a_matcher_show_what_they_hold_on_a_line(starter_kb: Path) -> None:
    # a notebook shows the value of a cell ending in "kb" or "matcher": the knowledge base showed every claim whole
    # (88 KB for the starter file, 3.4 MB for CheckThat!'s 10,375 claims), the matcher "<factcheck.lexical.
    # LexicalMatcher object at 0x7f...>"
    kb = load_knowledge_base(starter_kb)
    first, second, third = (repr(claim.id) for claim in kb.claims[:3])
    assert repr(kb) == (
        f"KnowledgeBase(path={kb.path!r}, claims=<{len(kb)} claims: {first}, {second}, {third}, ...>, "
        "publisher=None, language=None, base_url=None)"
    )
    assert repr(build_matcher(kb, matcher="lexical")) == f"LexicalMatcher({len(kb)} claims, threshold=0.5)"
    claim = Claim("bridge-cost", "The bridge cost 2 billion dollars.", Verdict.FALSE)
    publisher = factcheck.Publisher("Desk")
    one = factcheck.KnowledgeBase((claim,), publisher=publisher, language="en")
    assert repr(one) == (
        "KnowledgeBase(path='<memory>', claims=<1 claim: 'bridge-cost'>, publisher=Publisher(name='Desk', url=None), "
        "language='en', base_url=None)"
    )
    # an ordinary publisher is shown whole (intB review: cut mid-URL at 60 characters), a long field alone is cut
    afp = factcheck.Publisher("Agence France-Presse Factuel", "https://factuel.afp.com/")
    assert "publisher=Publisher(name='Agence France-Presse Factuel', url='https://factuel.afp.com/'), " in repr(
        factcheck.KnowledgeBase((claim,), publisher=afp)
    )
    long = repr(
        factcheck.KnowledgeBase((claim,), publisher=factcheck.Publisher("Desk", "https://x.example/" + "a" * 500))
    )
    assert "publisher=Publisher(name='Desk', url='https://x.example/aaa" in long and len(long) < 250
    assert "claims=()" in repr(factcheck.KnowledgeBase(()))
    assert repr(build_matcher([claim], matcher="lexical")) == "LexicalMatcher(1 claim, threshold=0.5)"
    assert "'xxx" in repr(factcheck.KnowledgeBase((dataclasses.replace(claim, id="x" * 10_000),)))[:200]
    assert len(repr(factcheck.KnowledgeBase((dataclasses.replace(claim, id="x" * 10_000),)))) < 200  # cut


def test_an_edit_result_gives_its_json_report_without_being_told_the_key(mini_kb: Path) -> None:
    # result.to_dict() raised TypeError (missing 'claims_key'): the key is what the function made of the claims
    claim = Claim("bridge-cost", "The new bridge cost 2 billion dollars.", Verdict.FALSE)
    added = add_claims(mini_kb, [claim], check_similar=True)
    updated = update_claim(mini_kb, "bridge-cost", lambda c: dataclasses.replace(c, verdict=Verdict.MIXED))
    unchanged = update_claim(mini_kb, "bridge-cost", lambda c: c)
    removed = remove_claim(mini_kb, "bridge-cost")
    imported = import_file(mini_kb, export_text([claim], "claimreview", _settings()).encode(), "r.json", dry_run=True)
    assert imported.result is not None
    for result, action in [(added, "added"), (updated, "updated"), (unchanged, "updated"), (removed, "removed")]:
        assert result.action == action
        report = result.to_dict()
        assert report == result.to_dict(action)  # the argument still works
        assert report[action] == [c.to_dict() for c in result.claims] and ("related" in report) == (action == "added")
    assert imported.result.action == "added" and imported.result.to_dict()["added"][0]["claim"] == claim.claim
    assert set(added.to_dict()) == {"kb", "written", "added", "related", "opposite", "diff", "dry_run"}
    assert "removed" in removed.to_dict("removed") and "updated" not in removed.to_dict("removed")
    made = EditResult(mini_kb, "nothing", diff="", written=False)  # made otherwise: the claims under "claims"
    assert made.to_dict() == {"kb": str(mini_kb), "written": False, "claims": [], "diff": "", "dry_run": False}


def _settings() -> factcheck.ExportSettings:
    return factcheck.ExportSettings(base_url="https://factdesk.example.org/checks/")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda nan: Claim("a", "x", Verdict.FALSE, summary=nan), "Claim.summary must be text (str) or None"),
        (lambda nan: Claim("a", "x", Verdict.FALSE, claimant=nan), "Claim.claimant must be text (str) or None"),
        (lambda nan: Claim("a", "x", Verdict.FALSE, original_rating=nan), "Claim.original_rating must be"),
        (lambda nan: Source("https://e.org", title=nan), "Source.title must be text (str) or None"),
        (lambda nan: Source("https://e.org", publisher=nan), "Source.publisher must be"),
        (lambda nan: Source("https://e.org", quote=nan), "Source.quote must be"),
        (lambda nan: Source("https://e.org", note=nan), "Source.note must be"),
    ],
)
def test_an_empty_spreadsheet_cell_in_any_text_field_is_named_a_missing_value(
    make: Callable[[float], object], message: str
) -> None:
    # pandas reads an empty cell as NaN: only the date fields said so, the others "not float nan" alone
    with pytest.raises(TypeError, match=re.escape(message) + r".*, not float nan \(a missing value: give None\)$"):
        make(float("nan"))


def test_an_empty_cell_where_text_is_required_or_a_list_is_named_a_missing_value() -> None:
    with pytest.raises(TypeError, match=r"^Claim\.claim must be text \(str\), not float nan \(a missing value: this"):
        Claim("a", float("nan"), Verdict.FALSE)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^Source\.url must be text \(str\), not float nan \(a missing value: this"):
        Source(float("nan"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^Claim\.aliases must be .*, not float nan \(a missing value: give \(\)\)$"):
        Claim("a", "x", Verdict.FALSE, aliases=float("nan"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^Claim\.summary must be text \(str\) or None, not int 3$"):
        Claim("a", "x", Verdict.FALSE, summary=3)  # type: ignore[arg-type]  # no hint for a value that is there


def test_a_knowledge_base_is_refused_as_the_claims_of_another(mini_kb: Path) -> None:
    # iterable now, KnowledgeBase(kb) took its claims and dropped its path, publisher, language and base_url
    kb = dataclasses.replace(load_knowledge_base(mini_kb), language="de", base_url="https://e.org/checks/")
    with pytest.raises(
        TypeError, match=r"^KnowledgeBase\.claims must be .*, not KnowledgeBase \(.*dataclasses\.replace\("
    ):
        factcheck.KnowledgeBase(kb)  # type: ignore[arg-type]
    assert factcheck.KnowledgeBase(list(kb)).claims == kb.claims  # its claims, as the hint says


def test_a_knowledge_base_is_refused_as_statements_at_the_call(mini_kb: Path) -> None:
    # iterable now (of claims), find_matches_for_each(matcher, kb) was refused only at the first next()
    kb = load_knowledge_base(mini_kb)
    matcher = build_matcher(kb, matcher="lexical")
    with pytest.raises(TypeError, match=r"not KnowledgeBase \(its claims' texts: \(claim\.claim for claim in kb\)\)$"):
        find_matches_for_each(matcher, kb)  # type: ignore[arg-type]
    each = list(find_matches_for_each(matcher, (claim.claim for claim in kb)))  # as the hint says
    assert [matches[0].claim.id for matches in each] == kb.ids()
