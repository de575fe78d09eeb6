"""``factcheck model``: which semantic-matching model factcheck would use, and whether its files verify."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer
from rich.text import Text

from .app import OPTION_WORDING, ExitCode, app
from .matcher import ModelDirOption
from .options import FactcheckCommand, JsonOption
from .output import console, print_json, sanitize

if TYPE_CHECKING:
    from ..embedding import OnnxEncoder


def model_report(encoder: OnnxEncoder) -> dict[str, Any]:
    """What ``factcheck model --json`` prints when the model is ready."""
    from ..cache import cache_dir
    from ..embedding_cache import EmbeddingCache

    spec, location = encoder.spec, encoder.location
    cache_path = EmbeddingCache(cache_dir(), encoder).path
    return {
        "semantic": True,
        "model": spec.description,
        "model_id": spec.model_id,
        "dimensions": spec.dim,
        "origin": location.origin_said().text(OPTION_WORDING),  # "--model DIR", where the library says model_dir=
        "files": [
            {"path": str(location.model), "sha256": spec.model_sha256, "verified": True},
            {
                "path": str(location.tokenizer),
                "sha256": spec.tokenizer_sha256[location.tokenizer.name],
                "verified": True,
            },
        ],
        "cache": {
            "path": str(cache_path),
            "bytes": cache_path.stat().st_size if cache_path is not None and cache_path.is_file() else 0,
        },
    }


def _print_report(report: dict[str, Any]) -> None:
    out = console()
    out.print(Text("Semantic matching: ready", style="bold green"))
    rows = [
        ("Model", f"{report['model']} ({report['dimensions']} dimensions)"),
        ("From", report["origin"]),
    ]
    for label, file in zip(("Model file", "Tokenizer"), report["files"], strict=True):
        rows.append((label, file["path"]))
        rows.append(("  SHA-256", f"{file['sha256']} (verified)"))
    cache = report["cache"]
    rows.append(
        ("Cache", f"{cache['path']} ({cache['bytes']:,} bytes)" if cache["bytes"] else f"{cache['path']} (empty)")
    )
    for label, value in rows:
        line = Text(f"{label + ':':<12} ", style="bold")
        line.append(sanitize(str(value)))
        out.print(line)


@app.command("model", short_help="Show the semantic model and whether it verifies.", cls=FactcheckCommand)
def model_command(model: ModelDirOption = None, json_output: JsonOption = False) -> None:
    """Show the semantic-matching model: where it comes from and whether its files verify.

    Semantic matching is optional (pip install '.[semantic]' in the factcheck source folder); without it factcheck
    matches lexically. Every model file's SHA-256 is checked against the one factcheck pins.
    Exits 0 when the model is ready, 1 when the semantic extra is not installed, 2 when a
    model file is missing or fails its SHA-256 check.

    --json prints {"semantic": true, "model", "model_id", "dimensions", "origin", "files":
    [{"path", "sha256", "verified"}], "cache": {"path", "bytes"}} when the model is ready, or
    {"semantic": false, "reason"} when the extra is not installed.
    """
    # Imported here: numpy and the model code are not needed by the other commands' start-up.
    from ..embedding import ExtraNotInstalledError, load_encoder

    try:
        encoder = load_encoder(model)  # a missing or refused model file: FactcheckError, exit 2
    except ExtraNotInstalledError as error:
        if json_output:
            print_json({"semantic": False, "reason": str(error)})
        else:
            console().print(Text("Semantic matching: not installed", style="bold"))
            console().print(sanitize(f"{error}. factcheck matches lexically without it."))
        raise typer.Exit(ExitCode.FINDINGS) from None
    report = model_report(encoder)
    if json_output:
        print_json(report)
    else:
        _print_report(report)
