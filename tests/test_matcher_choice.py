"""Choosing the matcher: build_matcher, --matcher/--model/$FACTCHECK_MATCHER, falling back, progress.

The semantic model is replaced by the stand-in encoder (``factcheck.semantic.load_encoder`` patched),
so these run without the semantic extra; test_semantic_real.py repeats the key ones on the real model.
"""

from __future__ import annotations

import dataclasses
import io
import json
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console
from semantic_fakes import WordEncoder
from typer.testing import Result

import factcheck
from factcheck.cli.progress import ProgressBar
from factcheck.embedding import ExtraNotInstalledError, ModelIntegrityError, locate_model
from factcheck.errors import Advice
from factcheck.hybrid import HybridMatcher
from factcheck.lexical import LexicalMatcher
from factcheck.matching import SemanticFallbackWarning, build_matcher, scored_by
from factcheck.semantic import SemanticMatcher
from factcheck.store import load_knowledge_base

REFUSAL = "refusing to run /models/model.onnx: its SHA-256 is 00ff, expected 8199 (tampered with)"


@pytest.fixture
def stand_in_model(monkeypatch: pytest.MonkeyPatch) -> WordEncoder:
    """The semantic model is the stand-in encoder (the extra need not be installed)."""
    encoder = WordEncoder()
    monkeypatch.setattr("factcheck.semantic.load_encoder", lambda model_dir=None: encoder)
    return encoder


@pytest.fixture
def refused_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The semantic extra is installed but its model fails the SHA-256 check."""

    def refuse(model_dir: Path | None = None) -> WordEncoder:
        raise ModelIntegrityError(REFUSAL)

    monkeypatch.setattr("factcheck.semantic.load_encoder", refuse)


@pytest.fixture
def extra_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(model_dir: Path | None = None) -> WordEncoder:
        raise ExtraNotInstalledError("semantic matching needs the semantic extra")

    monkeypatch.setattr("factcheck.semantic.load_encoder", missing)


# -- build_matcher -------------------------------------------------------------------------------


def test_each_matcher_by_name(mini_kb: Path, stand_in_model: WordEncoder) -> None:
    kb = load_knowledge_base(mini_kb)
    assert isinstance(build_matcher(kb, matcher="lexical"), LexicalMatcher)
    assert isinstance(build_matcher(kb, matcher="semantic"), SemanticMatcher)
    hybrid = build_matcher(kb, matcher="hybrid")
    assert isinstance(hybrid, HybridMatcher)
    assert [m.name for m in (build_matcher(kb, matcher="lexical"), hybrid)] == ["lexical", "hybrid"]


@pytest.mark.parametrize("given", ["claims.yaml", Path("claims.yaml"), b"claims.yaml", ["a claim"], None])
def test_build_matcher_given_no_knowledge_base_says_what_it_takes(given: object) -> None:
    # a file name is the likely slip (it was read as a sequence of one-letter "claims": AttributeError)
    with pytest.raises(TypeError, match=r"build_matcher takes a KnowledgeBase \(load_knowledge_base\(path\)\)"):
        build_matcher(given, matcher="lexical")  # type: ignore[arg-type]


def test_auto_is_hybrid_when_the_model_can_run(mini_kb: Path, stand_in_model: WordEncoder) -> None:
    assert build_matcher(load_knowledge_base(mini_kb)).name == "hybrid"


def test_auto_is_lexical_without_a_word_when_the_extra_is_not_installed(mini_kb: Path, extra_missing: None) -> None:
    told: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning fails the test
        matcher = build_matcher(load_knowledge_base(mini_kb), on_fallback=told.append)
    assert matcher.name == "lexical"
    assert told == []


def test_auto_falls_back_to_lexical_and_says_why_when_the_model_is_refused(mini_kb: Path, refused_model: None) -> None:
    told: list[Advice] = []
    matcher = build_matcher(load_knowledge_base(mini_kb), on_fallback=told.append)
    assert matcher.name == "lexical"
    assert [str(advice) for advice in told] == [f"{REFUSAL}. Matching lexically instead."]
    with pytest.warns(SemanticFallbackWarning, match="refusing to run"):
        assert build_matcher(load_knowledge_base(mini_kb)).name == "lexical"


def test_a_model_the_user_named_is_worth_a_warning_even_without_the_extra(mini_kb: Path, extra_missing: None) -> None:
    told: list[Advice] = []
    build_matcher(load_knowledge_base(mini_kb), model_dir=Path("/models"), on_fallback=told.append)
    assert len(told) == 1 and "semantic extra" in str(told[0])


def test_the_fallback_tells_a_model_folder_as_a_setting_each_caller_words_its_own_way(
    mini_kb: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # on_fallback was given text alone, so the command line rewrote "(model_dir=DIR)" in it by string replacement;
    # it gets the advice, as the library's other messages that name a setting give it (errors.Advice)
    monkeypatch.setattr("factcheck.semantic.load_encoder", lambda model_dir=None: locate_model(model_dir))
    missing = tmp_path / "nowhere"
    told: list[Advice] = []
    build_matcher(load_knowledge_base(mini_kb), model_dir=missing, on_fallback=told.append)
    [advice] = told
    assert str(advice).startswith(f"model folder {missing} (model_dir={missing}) does not exist;")
    worded = advice.text({"model_dir": "--model {model_path}"})
    assert worded.startswith(f"model folder {missing} (--model {missing}) does not exist;")
    assert worded.endswith(". Matching lexically instead.")
    # what the callback receives is a public name, for a caller's annotations (it was errors.Advice alone)
    assert "Advice" in factcheck.__all__ and isinstance(advice, factcheck.Advice)


@pytest.mark.parametrize("name", ["semantic", "hybrid"])
def test_an_explicit_choice_that_cannot_run_is_an_error(mini_kb: Path, refused_model: None, name: str) -> None:
    with pytest.raises(ModelIntegrityError, match="refusing to run"):
        build_matcher(load_knowledge_base(mini_kb), matcher=name)


def test_an_unknown_matcher_is_a_programming_error(mini_kb: Path) -> None:
    with pytest.raises(ValueError, match="unknown matcher"):
        build_matcher(load_knowledge_base(mini_kb), matcher="fuzzy")


def test_claim_embeddings_are_cached_per_text(mini_kb: Path, stand_in_model: WordEncoder) -> None:
    kb = load_knowledge_base(mini_kb)
    build_matcher(kb, matcher="hybrid")
    first = len(stand_in_model.embedded)
    assert first >= len(kb.claims)
    build_matcher(kb, matcher="hybrid")
    assert len(stand_in_model.embedded) == first  # nothing embedded the second time
    build_matcher(kb, matcher="hybrid", use_cache=False)
    assert len(stand_in_model.embedded) == 2 * first


def test_after_an_edit_only_the_changed_claim_is_embedded(mini_kb: Path, stand_in_model: WordEncoder) -> None:
    kb = load_knowledge_base(mini_kb)
    build_matcher(kb, matcher="hybrid")
    before = len(stand_in_model.embedded)
    edited = dataclasses.replace(kb.claims[0], claim="A claim reworded by its fact-checker.")
    matcher = build_matcher([edited, *kb.claims[1:]], matcher="hybrid")
    assert stand_in_model.embedded[before:] == [edited.claim]
    assert matcher.search("A claim reworded by its fact-checker.", top=1)[0].claim.id == edited.id


# -- the commands --------------------------------------------------------------------------------


def check_json(invoke: Callable[..., Result], *args: str, env: dict[str, str] | None = None) -> tuple[Result, dict]:  # type: ignore[type-arg]
    result = invoke("check", *args, "--json", env=env)
    return result, (json.loads(result.stdout) if result.stdout.strip() else {})


def test_check_json_says_which_matcher_answered(
    invoke: Callable[..., Result], mini_kb: Path, stand_in_model: WordEncoder
) -> None:
    statement = "drones fly over Mexican territory"
    result, data = check_json(invoke, statement, "--kb", str(mini_kb), "--matcher", "hybrid")
    assert result.exit_code == 0, result.stderr
    assert data["matcher"] == "hybrid"
    assert data["matches"][0]["id"] == "drones-over-mexico"
    assert set(data) == {"query", "matches", "kb", "matcher", "closest_score", "threshold", "scored_by", "sentence"}
    assert data["scored_by"] == "hybrid"
    _, lexical = check_json(invoke, statement, "--kb", str(mini_kb))  # the tests' default: lexical
    assert lexical["matcher"] == "lexical"


def test_the_environment_chooses_the_default_matcher(
    invoke: Callable[..., Result], mini_kb: Path, stand_in_model: WordEncoder
) -> None:
    statement = "drones fly over Mexican territory"
    _, data = check_json(invoke, statement, "--kb", str(mini_kb), env={"FACTCHECK_MATCHER": "semantic"})
    assert data["matcher"] == "semantic"
    _, data = check_json(
        invoke, statement, "--kb", str(mini_kb), "--matcher", "lexical", env={"FACTCHECK_MATCHER": "semantic"}
    )
    assert data["matcher"] == "lexical"  # the option wins


def test_auto_in_the_cli_is_hybrid_when_the_model_can_run(
    invoke: Callable[..., Result], mini_kb: Path, stand_in_model: WordEncoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_MATCHER")
    result, data = check_json(invoke, "drones fly over Mexican territory", "--kb", str(mini_kb))
    assert data["matcher"] == "hybrid"
    assert result.stderr == ""


def test_a_bad_matcher_name_is_a_usage_error(invoke: Callable[..., Result], mini_kb: Path) -> None:
    result = invoke("check", "drones", "--kb", str(mini_kb), env={"FACTCHECK_MATCHER": "fuzzy"})
    assert result.exit_code == 2
    assert "fuzzy" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["check", "scan"])
def test_a_bad_matcher_name_is_said_to_come_from_where_it_was_given(
    invoke: Callable[..., Result], mini_kb: Path, command: str
) -> None:
    # typed on the command line (the variable set to a good value, or not): the variable is not named; it was,
    # "'--matcher' (env var: 'FACTCHECK_MATCHER')", sending the user to look for a variable they never set
    for env in ({"FACTCHECK_MATCHER": "lexical"}, {"FACTCHECK_MATCHER": ""}):
        typed = invoke(command, "drones", "--kb", str(mini_kb), "--matcher", "fuzzy", env=env)
        assert typed.exit_code == 2
        error = typed.stderr.splitlines()[-1]
        assert error.startswith("factcheck: error: Invalid value for '--matcher': 'fuzzy' is not one of 'auto'")
        assert "FACTCHECK_MATCHER" not in typed.stderr
    # read from the variable: named as the place the bad value is
    result = invoke(command, "drones", "--kb", str(mini_kb), env={"FACTCHECK_MATCHER": "fuzzy"})
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1].startswith(
        "factcheck: error: Invalid value for '--matcher' (from the environment variable FACTCHECK_MATCHER): 'fuzzy' "
    )


def test_a_refused_model_falls_back_to_lexical_with_a_warning(
    invoke: Callable[..., Result], mini_kb: Path, refused_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_MATCHER")
    result, data = check_json(invoke, "drones fly over Mexican territory", "--kb", str(mini_kb))
    assert result.exit_code == 0
    assert data["matcher"] == "lexical"
    assert result.stderr == f"factcheck: warning: {REFUSAL}. Matching lexically instead.\n"


def test_a_model_folder_is_named_as_the_option_that_gave_it(
    invoke: Callable[..., Result], mini_kb: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # the library says "(model_dir=DIR)", its parameter; the command line "(--model DIR)", as it did
    monkeypatch.setattr("factcheck.semantic.load_encoder", lambda model_dir=None: locate_model(model_dir))
    monkeypatch.delenv("FACTCHECK_MATCHER")
    missing = tmp_path / "nowhere"
    said = f"model folder {missing} (--model {missing}) does not exist"
    explicit = invoke("check", "drones", "--kb", str(mini_kb), "--matcher", "hybrid", "--model", str(missing))
    assert explicit.exit_code == 2 and explicit.stderr.startswith(f"factcheck: error: {said};")
    fallback = invoke("check", "drones", "--kb", str(mini_kb), "--model", str(missing))
    assert fallback.stderr.startswith(f"factcheck: warning: {said};")
    assert fallback.stderr.rstrip().endswith("Matching lexically instead.")


@pytest.mark.parametrize(
    ("value", "said"),
    [
        # '-' was a folder named '-' ("does not exist"), and check matched lexically on after a warning
        ("-", "a model is a folder of files (model.onnx and tokenizer.json or vocab.txt), which standard input"),
        ("", "the path is empty."),  # Click's check read it as '.': "no model.onnx in model folder ."
    ],
)
@pytest.mark.parametrize("command", [("check", "drones"), ("scan", "-"), ("model",)])
def test_a_model_folder_that_cannot_be_one_is_refused_in_one_line(
    invoke: Callable[..., Result], mini_kb: Path, command: tuple[str, ...], value: str, said: str
) -> None:
    kb = () if command == ("model",) else ("--kb", str(mini_kb))
    result = invoke(*command, *kb, "--model", value, input="Drones were seen.\n")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.splitlines()[-1].startswith(f"factcheck: error: Invalid value for '--model': {said}")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ["semantic", "hybrid"])
def test_a_refused_model_asked_for_explicitly_exits_2(
    invoke: Callable[..., Result], mini_kb: Path, refused_model: None, name: str
) -> None:
    before = mini_kb.read_bytes()
    result = invoke("check", "drones", "--kb", str(mini_kb), "--matcher", name)
    assert result.exit_code == 2
    assert result.stderr == f"factcheck: error: {REFUSAL}\n"
    assert result.stdout == ""
    assert mini_kb.read_bytes() == before


def test_check_lines_from_standard_input_each_name_the_matcher(
    invoke: Callable[..., Result], mini_kb: Path, stand_in_model: WordEncoder
) -> None:
    lines = "drones fly over Mexican territory\nBananas are berries\n"
    result = invoke("check", "-", "--kb", str(mini_kb), "--matcher", "hybrid", input=lines)
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["matcher"] for o in objects] == ["hybrid", "hybrid"]
    assert objects[0]["matches"] and objects[1]["matches"] == []


def test_a_statement_the_hybrid_matcher_hands_to_the_lexical_one_says_so(
    invoke: Callable[..., Result], mini_kb: Path, stand_in_model: WordEncoder
) -> None:
    # "5G убивает птиц": the model cannot read Cyrillic, so the hybrid matcher gives the lexical matcher's answer;
    # "matcher" still names the matcher in use, and "scored_by" whose scores these are (it said "hybrid" alone)
    lines = "drones fly over Mexican territory\n5G убивает птиц\n".encode() + b"not UTF-8 \xff\n"
    result = invoke("check", "-", "--kb", str(mini_kb), "--matcher", "hybrid", input=lines)
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["matcher"] for o in objects] == ["hybrid"] * 3
    assert [o["scored_by"] for o in objects] == ["hybrid", "lexical", None]  # None: a line that was not read
    lexical = invoke("check", "-", "--kb", str(mini_kb), input="5G убивает птиц\n")
    assert json.loads(lexical.stdout)["scored_by"] == "lexical"
    human = invoke("check", "5G убивает птиц", "--kb", str(mini_kb), "--matcher", "hybrid")
    assert "(lexical matching: the hybrid matcher's model cannot read this statement)" in human.stdout
    assert "words and meaning" not in human.stdout
    kb = load_knowledge_base(mini_kb)
    hybrid = build_matcher(kb, matcher="hybrid")
    assert [scored_by(hybrid, s) for s in ("drones over Mexico", "5G убивает птиц")] == ["hybrid", "lexical"]
    assert scored_by(build_matcher(kb, matcher="semantic"), "5G убивает птиц") == "semantic"


def test_scan_json_says_which_matcher_scored_each_sentence(
    invoke: Callable[..., Result], mini_kb: Path, stand_in_model: WordEncoder, tmp_path: Path
) -> None:
    # scan --json said "matcher": "hybrid" in its summary alone, over the lexical score of a Cyrillic sentence
    article = tmp_path / "article.txt"
    article.write_text("Drones fly over Mexican territory.\n\n5G убивает птиц в Мексике.\n\nIs it true?\n")
    result = invoke("scan", str(article), "--kb", str(mini_kb), "--matcher", "hybrid", "--json")
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    sentences = [o for o in objects if o["type"] == "sentence"]
    assert [(o["checkable"], o["scored_by"]) for o in sentences] == [(True, "hybrid"), (True, "lexical"), (False, None)]
    assert objects[-1]["matcher"] == "hybrid"


def test_scan_text_and_markdown_say_once_which_sentences_the_lexical_matcher_scored(
    invoke: Callable[..., Result], mini_kb: Path, stand_in_model: WordEncoder, tmp_path: Path
) -> None:
    # scan --json said "scored_by": "lexical" of a Cyrillic sentence; its text and Markdown reports said nothing,
    # and its "no fact-check found" read as the hybrid matcher's answer
    article = tmp_path / "article.txt"
    article.write_text(
        "Drones fly over Mexican territory.\n\n5G убивает птиц в Мексике.\n\nIs it true?\n\n"
        "Мексика отправила 10 000 солдат.\n",
        encoding="utf-8",
    )
    note = "Lexical matching for 2 sentences (lines 3, 7): the hybrid matcher's model cannot read them."
    text = invoke("scan", str(article), "--kb", str(mini_kb), "--matcher", "hybrid")
    assert text.stdout.splitlines()[1] == note
    assert text.stdout.count("Lexical matching") == 1
    markdown = invoke("scan", str(article), "--kb", str(mini_kb), "--matcher", "hybrid", "--format", "markdown")
    assert f"with a match threshold of 0.50. {note}\n" in markdown.stdout
    assert markdown.stdout.count("Lexical matching") == 1
    one = tmp_path / "one.txt"
    one.write_text("Drones fly over Mexican territory.\n5G убивает птиц в Мексике.\n", encoding="utf-8")
    said = invoke("scan", str(one), "--kb", str(mini_kb), "--matcher", "hybrid").stdout.splitlines()[1]
    assert said == "Lexical matching for 1 sentence (line 2): the hybrid matcher's model cannot read it."
    for output in ([], ["--format", "markdown"]):  # nothing to say: the matcher in use scored every sentence
        lexical = invoke("scan", str(article), "--kb", str(mini_kb), "--matcher", "lexical", *output)
        assert "matching for" not in lexical.stdout
    for output in ([], ["--format", "markdown"]):
        # the note named lines 3 and 7 under '--only matched', which shows neither (both unmatched)
        shown = invoke("scan", str(article), "--kb", str(mini_kb), "--matcher", "hybrid", "--only", "matched", *output)
        assert "Drones fly over Mexican territory" in shown.stdout and "Мексика" not in shown.stdout
        assert "matching for" not in shown.stdout
        unmatched = ["--only", "unmatched", *output]
        assert note in invoke("scan", str(article), "--kb", str(mini_kb), "--matcher", "hybrid", *unmatched).stdout


def test_human_output_names_a_matcher_other_than_lexical(
    invoke: Callable[..., Result], mini_kb: Path, stand_in_model: WordEncoder
) -> None:
    hybrid = invoke("check", "drones fly over Mexican territory", "--kb", str(mini_kb), "--matcher", "hybrid")
    assert "(hybrid matching: words and meaning)" in hybrid.stdout
    lexical = invoke("check", "drones fly over Mexican territory", "--kb", str(mini_kb))
    assert "matching" not in lexical.stdout.splitlines()[-1]


def test_a_bad_statement_is_reported_before_the_model_is_loaded(
    invoke: Callable[..., Result], mini_kb: Path, refused_model: None
) -> None:
    result = invoke("check", "   ", "--kb", str(mini_kb), "--matcher", "hybrid")
    assert result.exit_code == 2
    assert "the statement is empty" in result.stderr


def test_scan_takes_the_matcher_and_says_which_in_its_summary(
    invoke: Callable[..., Result], mini_kb: Path, stand_in_model: WordEncoder, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("US drones fly over Mexican territory, officials said in 2025.\n", encoding="utf-8")
    result = invoke("scan", str(article), "--kb", str(mini_kb), "--json", "--matcher", "hybrid")
    summary = json.loads(result.stdout.splitlines()[-1])
    assert summary["type"] == "summary" and summary["matcher"] == "hybrid"
    assert summary["matched"] == 1


def test_editing_and_validating_never_need_the_model(
    invoke: Callable[..., Result], mini_kb: Path, refused_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_MATCHER", "hybrid")
    result = invoke("validate", str(mini_kb))
    assert result.exit_code == 0, result.stderr
    assert "refusing" not in result.stderr


def test_an_unwritable_embedding_cache_is_worth_a_warning(
    invoke: Callable[..., Result], mini_kb: Path, stand_in_model: WordEncoder, tmp_path: Path
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    result = invoke(
        "check", "drones", "--kb", str(mini_kb), "--matcher", "hybrid", env={"FACTCHECK_CACHE_DIR": str(blocker)}
    )
    assert result.exit_code in (0, 1)
    assert "factcheck: warning: could not write the embedding cache" in result.stderr
    assert "embedded again next time" in result.stderr


# -- progress ------------------------------------------------------------------------------------


def terminal(buffer: io.StringIO) -> Console:
    return Console(file=buffer, force_terminal=True, width=100)


def test_a_long_build_shows_a_progress_bar_on_a_terminal() -> None:
    buffer = io.StringIO()
    progress = ProgressBar("Embedding claims", out=terminal(buffer), min_total=100)
    for done in (0, 256, 512, 600):
        progress(done, 600)
    progress.close()
    assert "Embedding claims" in buffer.getvalue()


@pytest.mark.parametrize(("total", "on_terminal"), [(50, True), (600, False)], ids=["short", "piped"])
def test_no_progress_bar_for_short_builds_or_off_a_terminal(total: int, on_terminal: bool) -> None:
    buffer = io.StringIO()
    console = terminal(buffer) if on_terminal else Console(file=buffer, force_terminal=False)
    progress = ProgressBar("Embedding claims", out=console, min_total=100)
    progress(0, total)
    progress(total, total)
    progress.close()
    assert buffer.getvalue() == ""


def test_commands_that_do_not_match_never_load_the_model_libraries(mini_kb: Path) -> None:
    # In a fresh interpreter: onnxruntime and tokenizers cost start-up time (and need the extra).
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from factcheck.cli import app\n"
        "codes = [int(CliRunner().invoke(app, args).exit_code) for args in\n"
        "         (['--version'], ['list', '--kb', sys.argv[1]], ['show', 'drones-over-mexico', '--kb', sys.argv[1]],\n"
        "          ['validate', sys.argv[1]])]\n"
        "print(codes, [name in sys.modules for name in ('onnxruntime', 'tokenizers')])\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(mini_kb)], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[0, 0, 0, 0] [False, False]"


def test_scan_hands_checkable_sentences_to_the_matcher_in_batches(
    mini_kb: Path, stand_in_model: WordEncoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.article import parse_article
    from factcheck.scan import scan_article

    monkeypatch.setattr("factcheck.scan.PREPARE_CHUNK", 2)
    kb = load_knowledge_base(mini_kb)
    matcher = build_matcher(kb, matcher="hybrid")
    text = "".join(f"In 2025, {n} US drones flew over Mexican territory, officials said.\n" for n in range(5))
    article = parse_article(text.encode(), "article.txt")
    stand_in_model.calls.clear()
    report = scan_article(article, kb, matcher=matcher)
    assert report.summary.checkable == 5
    assert [len(call) for call in stand_in_model.calls] == [2, 2, 1]  # every statement embedded once, in batches
    assert all(r.match is not None and r.match.claim.id == "drones-over-mexico" for r in report.results)
