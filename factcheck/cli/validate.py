"""``factcheck validate``: every problem of a claims file, with where it is."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.text import Text

from ..errors import InputError
from ..inputfiles import STDIN_NAME
from ..store import check_readable, validate_file
from ..yamltree import MAX_FILE_BYTES
from .app import ExitCode, app
from .options import JsonOption, KbOption, kb_path
from .output import console, print_json
from .render import problem_line


@app.command()
def validate(
    path: Annotated[
        Optional[Path],
        typer.Argument(
            help="Claims file to check, or - to read it from standard input (or --kb, as in the other commands; "
            "default: the one 'check' would use).",
            show_default=False,
            dir_okay=False,
            metavar="PATH",
        ),
    ] = None,
    kb: KbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Check a claims file: report every error and warning as file:line:column: message.

    Errors: malformed YAML, unknown keys, missing id/claim/verdict, duplicate ids, verdicts off
    the scale, non-http(s) URLs, impossible dates, values YAML does not read as text.
    Warnings (do not fail): near-duplicate claims, sources without a date (nor a note that
    speaks of the date: 'date not shown'), a tag or alias listed twice in a claim, a source
    repeated in a claim.
    Exits 0 when there is no error, 1 when there is, 2 when the file cannot be read as YAML text
    at all (missing, binary, not UTF-8, empty), like every other command.

    With PATH "-", reads the file from standard input, named <stdin> in messages: a pre-commit
    hook checks what is staged with 'git show :claims.yaml | factcheck validate -'.

    --json prints {"kb" (the file checked), "claims", "errors", "warnings", "problems": [{"path",
    "line", "column", "severity", "message"}]} ("claims", "errors" and "warnings" are counts).
    """
    if path is not None and kb is not None and (str(path) == "-" or path.resolve() != kb.resolve()):
        raise InputError(f"two claims files given, {path} and --kb {kb}: give one")
    data: bytes | None = None
    if path is not None and str(path) == "-":
        target, data = _read_stdin()
    else:
        target = kb_path(path or kb)
        if not target.exists():
            raise InputError(f"{target}: no such file")
    data = check_readable(target, data)  # nothing to validate: exit 2, not 1 ("problems found")
    knowledge_base, problems = validate_file(target, data)
    errors = [p for p in problems if p.is_error]
    warnings = [p for p in problems if not p.is_error]
    if json_output:
        print_json(
            {
                "kb": str(target),
                "claims": len(knowledge_base),
                "errors": len(errors),
                "warnings": len(warnings),
                "problems": [p.to_dict() for p in problems],
            }
        )
    else:
        out = console()
        for problem in problems:
            out.print(problem_line(problem))
        count = len(knowledge_base)
        # with errors, say the count is of the claims that could be read: "0 claims" for a file of
        # two broken entries read as if the file were empty
        counted = "valid claim" if errors else "claim"
        summary = Text(f"{target}: {count} {counted}{'' if count == 1 else 's'}, ")
        summary.append(
            f"{len(errors)} error{'' if len(errors) == 1 else 's'}", style="bold red" if errors else "bold green"
        )
        summary.append(f", {len(warnings)} warning{'' if len(warnings) == 1 else 's'}")
        out.print(summary)
    raise typer.Exit(ExitCode.FINDINGS if errors else ExitCode.OK)


def _read_stdin() -> tuple[Path, bytes]:
    """The claims file piped in (what git has staged, say), named as the other commands name
    standard input; one byte over the size limit is read, so that the reader refuses it."""
    stdin = typer.get_binary_stream("stdin")
    if stdin.isatty():
        # typed at the terminal, a claims file would be waited for with no prompt: refuse instead
        raise InputError(
            "'validate -' reads the claims file from standard input: pipe it in, "
            "e.g. git show :claims.yaml | factcheck validate -"
        )
    return Path(STDIN_NAME), stdin.read(MAX_FILE_BYTES + 1)
