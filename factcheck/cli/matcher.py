"""How commands that match statements get their matcher: --matcher, --model, fallback and progress."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import quoted_name
from ..matching import Matcher, build_matcher
from ..model import KnowledgeBase
from .app import OPTION_WORDING
from .options import one_of
from .output import error_console, sanitize
from .progress import ProgressBar

MODEL_ENV_VAR = "FACTCHECK_MODEL"  # embedding.MODEL_ENV_VAR, not imported: that module loads numpy
MATCHER_ENV_VAR = "FACTCHECK_MATCHER"
#: below this many claim texts to embed, an index build is too quick for a progress bar to help
PROGRESS_MIN_TEXTS = 500


class MatcherChoice(StrEnum):
    AUTO = "auto"
    LEXICAL = "lexical"
    SEMANTIC = "semantic"
    HYBRID = "hybrid"


MatcherOption = Annotated[
    MatcherChoice,
    typer.Option(
        "--matcher",
        envvar=MATCHER_ENV_VAR,
        parser=one_of(MatcherChoice),
        help="How to match: lexical (words), semantic (meaning; needs the semantic extra), hybrid (both), "
        "or auto: hybrid when the semantic extra is installed, else lexical.",
        metavar="MATCHER",  # not [auto|lexical|semantic|hybrid], 40 columns wide: the help lists the four
    ),
]


def model_folder(value: str | Path) -> Path:
    """The parser of --model: a folder.  Click's own check (``file_okay=False``) read an empty path as the
    current folder ("no model.onnx in model folder ."), and '-', which every file option reads as standard
    input, as a folder named '-' ("model folder - does not exist", then matching without the model)."""
    if isinstance(value, Path):
        return value  # a default
    if not value:
        raise typer.BadParameter("the path is empty.")
    if value == "-":
        raise typer.BadParameter(
            "a model is a folder of files (model.onnx and tokenizer.json or vocab.txt), which standard input "
            "cannot be: name the folder."
        )
    path = Path(value)
    try:
        is_file = path.exists() and not path.is_dir()
    except OSError:  # a name too long, say: the matcher that opens it says so
        is_file = False
    if is_file:
        raise typer.BadParameter(
            f"{quoted_name(value)} is a file, not a folder: name the folder that holds model.onnx."
        )
    return path


ModelDirOption = Annotated[
    Optional[Path],
    typer.Option(
        "--model",
        help=f"Semantic model folder (model.onnx and tokenizer.json or vocab.txt). Default: ${MODEL_ENV_VAR}, "
        "else the model installed with the semantic extra.",
        show_default=False,
        parser=model_folder,
        metavar="DIR",
    ),
]


def warn(message: str) -> None:
    error_console().print(sanitize(f"factcheck: warning: {message}"), soft_wrap=True)


def open_matcher(
    kb: KnowledgeBase, choice: MatcherChoice, model: Path | None = None, *, use_cache: bool = True
) -> Matcher:
    """The matcher the user asked for; "auto" falls back to lexical with a warning when the model cannot run.

    An explicit semantic or hybrid choice that cannot run raises its FactcheckError (exit 2).
    """
    progress = ProgressBar("Embedding claims (once; cached for next time)", min_total=PROGRESS_MIN_TEXTS)
    try:
        matcher = build_matcher(
            kb,
            matcher=choice.value,
            model_dir=model,
            use_cache=use_cache,
            progress=progress,
            # the library names its parameter ("(model_dir=DIR)"); the command line its option ("(--model DIR)")
            on_fallback=lambda advice: warn(advice.text(OPTION_WORDING)),
        )
    finally:
        progress.close()
    problem = _embedding_cache_problem(matcher)
    if problem:
        warn(f"{problem}; the claims will be embedded again next time")
    return matcher


def _embedding_cache_problem(matcher: Matcher) -> str | None:
    semantic = getattr(matcher, "semantic", matcher)  # the hybrid matcher holds a semantic one
    cache = getattr(semantic, "cache", None)
    return getattr(cache, "save_error", None)
