"""How commands that match statements get their matcher: --matcher, --model, fallback and progress."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

from ..matching import Matcher, build_matcher
from ..model import KnowledgeBase
from .output import error_console, sanitize

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
        help="How to match: lexical (words), semantic (meaning; needs the semantic extra), hybrid (both), "
        "or auto: hybrid when the semantic extra is installed, else lexical.",
        metavar="MATCHER",
    ),
]

ModelDirOption = Annotated[
    Optional[Path],
    typer.Option(
        "--model",
        help=f"Semantic model folder (model.onnx and tokenizer.json or vocab.txt). Default: ${MODEL_ENV_VAR}, "
        "else the model installed with the semantic extra.",
        show_default=False,
        file_okay=False,
        metavar="DIR",
    ),
]


class EmbeddingProgress:
    """A progress bar on standard error while claims are embedded, on a terminal and for long builds only."""

    def __init__(self, out: Console | None = None, min_total: int = PROGRESS_MIN_TEXTS) -> None:
        self._out = out if out is not None else error_console()
        self._min_total = min_total
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if self._progress is None:
            if total < self._min_total or not self._out.is_terminal:
                return
            self._progress = Progress(
                TextColumn("Embedding claims (once; cached for next time)"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=self._out,
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("embed", total=total)
        assert self._task is not None
        self._progress.update(self._task, completed=done)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


def warn(message: str) -> None:
    error_console().print(sanitize(f"factcheck: warning: {message}"), soft_wrap=True)


def open_matcher(
    kb: KnowledgeBase, choice: MatcherChoice, model: Path | None = None, *, use_cache: bool = True
) -> Matcher:
    """The matcher the user asked for; "auto" falls back to lexical with a warning when the model cannot run.

    An explicit semantic or hybrid choice that cannot run raises its FactcheckError (exit 2).
    """
    progress = EmbeddingProgress()
    try:
        matcher = build_matcher(
            kb, matcher=choice.value, model_dir=model, use_cache=use_cache, progress=progress, on_fallback=warn
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
