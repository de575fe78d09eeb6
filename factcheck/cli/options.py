"""Options shared by several commands, so each is spelled and documented once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..model import KnowledgeBase
from ..store import default_kb_path, load_knowledge_base

KbOption = Annotated[
    Optional[Path],
    typer.Option(
        "--kb",
        help="Claims file to use. Default: ./claims.yaml if present, else $FACTCHECK_KB, "
        "else the bundled starter knowledge base.",
        show_default=False,
        dir_okay=False,
    ),
]

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text (for scripts).")]


def kb_path(kb: Path | None) -> Path:
    return kb if kb is not None else default_kb_path()


def open_kb(kb: Path | None) -> KnowledgeBase:
    return load_knowledge_base(kb_path(kb))
