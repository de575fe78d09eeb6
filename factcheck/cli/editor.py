"""Editing one claim in the user's text editor, the way ``git commit`` and ``kubectl edit`` do.

The entry is written alone to a temporary ``.yaml`` file under a few ``#>`` help lines; the
editor is ``$VISUAL``, else ``$EDITOR``, else ``vi``, run as a shell-split command (so
``EDITOR="code -w"`` works).  On save the entry is validated; if it is invalid the editor opens
again with the errors as ``#>`` lines at the top.  An unchanged or emptied buffer cancels the edit.
An editor that exits with an error status, leaves something other than a file, or saves the
errors shown unfixed raises ``EditorError`` (exit 2): nothing is written, and in the last case the
buffer is kept for the user.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import shlex
import stat
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..editing import (
    DuplicateClaimError,
    EditResult,
    InvalidClaimError,
    InvalidEditError,
    entry_for_editing,
    replace_entry,
)
from ..errors import FactcheckError, Location, Problem, shown_name
from ..inputfiles import text_lines
from ..model import slugify
from ..safewrite import FileChangedError
from ..yamltree import MAX_FILE_BYTES
from .app import OPTION_WORDING

MARK = "#>"
DEFAULT_EDITOR = "vi"


class EditorError(FactcheckError):
    pass


@dataclass(frozen=True)
class EditorOutcome:
    """What came of an editor session: a result, or why nothing was written."""

    result: EditResult | None
    message: str  # for the user when nothing was written ("" otherwise)


def chosen_editor(environ: Mapping[str, str] | None = None) -> list[str] | None:
    """The editor command from ``$VISUAL`` or ``$EDITOR``, or None when neither is set."""
    env = os.environ if environ is None else environ
    for name in ("VISUAL", "EDITOR"):
        value = env.get(name, "").strip()
        if value:
            try:
                command = shlex.split(value)
            except ValueError as exc:
                raise EditorError(f"cannot understand ${name} ({value!r}): {exc}") from None
            if command:
                return command
    return None


def editor_command(environ: Mapping[str, str] | None = None) -> list[str]:
    return chosen_editor(environ) or [DEFAULT_EDITOR]


def run_editor(path: Path) -> None:
    command = editor_command()
    try:
        completed = subprocess.run([*command, str(path)], check=False)
    except FileNotFoundError:
        raise EditorError(
            f"cannot run the editor {command[0]!r}: command not found (set $VISUAL or $EDITOR, e.g. EDITOR=nano)"
        ) from None
    except PermissionError:
        raise EditorError(f"cannot run the editor {command[0]!r}: permission denied") from None
    if completed.returncode != 0:
        raise EditorError(f"the editor {command[0]!r} exited with status {completed.returncode}; nothing written")


def buffer_text(claim_id: str, kb_label: str, body: str, problems: list[Problem]) -> str:
    """The editor buffer: the errors of the last attempt (if any), help lines, then the entry.

    Error positions are given as lines of this buffer, so that the editor can jump to them.
    """
    help_lines = [
        f"{MARK} Editing claim {claim_id!r} of {kb_label}. Save and close the editor to apply.",
        f"{MARK} Leave it unchanged, or empty it, to cancel. Lines starting with '{MARK}' are ignored.",
    ]
    error_lines: list[str] = []
    if problems:
        error_lines.append(f"{MARK} NOT SAVED: fix the error{'s' if len(problems) > 1 else ''} below and save again.")
        offset = 1 + len(problems) + len(help_lines)
        for problem in problems:
            line, column = problem.location.line, problem.location.column
            where = f"line {line + offset}" + (f", column {column}" if column else "") + ": " if line else ""
            error_lines.append(f"{MARK} {problem.severity.value}: {where}{problem.message}")
    return "\n".join(error_lines + help_lines) + "\n" + body


def strip_marks(text: str) -> str:
    lines = [line for line in text_lines(text) if not line.startswith(MARK)]
    return "\n".join(lines).strip("\n") + "\n" if any(line.strip() for line in lines) else ""


def _write_buffer(buffer: Path, text: str) -> None:
    try:
        buffer.write_text(text, encoding="utf-8")
    except OSError as exc:  # a full temporary folder: said as such, not as "cannot write the output"
        raise EditorError(
            f"cannot write the editor's temporary file {shown_name(buffer)}: {exc.strerror or exc}; nothing written"
        ) from None


def _read_buffer(buffer: Path) -> tuple[str, list[Problem]] | None:
    """The saved buffer's text, and a problem when it is not UTF-8 (its bad bytes then shown as
    U+FFFD, for the user to fix); None when the editor deleted it."""
    try:
        # Checked before reading: a folder would fail to open, and a FIFO or a device put in the
        # buffer's place would block or never end.
        mode = buffer.stat().st_mode
        if not stat.S_ISREG(mode):
            left = "a folder" if stat.S_ISDIR(mode) else "something that is not a regular file"
            raise EditorError(f"the editor left {left} at {shown_name(buffer)}, not the claim; nothing written")
        with buffer.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise EditorError(
            f"cannot read what the editor saved ({shown_name(buffer)}: {exc.strerror or exc}); nothing written"
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise EditorError(f"what the editor saved is over {MAX_FILE_BYTES:,} bytes; nothing written")
    # A byte-order mark (Notepad's, or an editor set to "UTF-8 with BOM") was kept before the first '#>' line,
    # which then was no help line: the entry was refused with an error its invisible cause hid.  Removed from
    # the bytes, not by decoding as "utf-8-sig", so that the line of a bad byte is counted in what was decoded.
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        message = f"line {line} of what you saved is not UTF-8 text (shown as \ufffd below): retype it or save as UTF-8"
        return data.decode("utf-8", "replace"), [Problem(Location("<entry>"), message)]


def _where(problems: list[Problem], buffer: Path, saved: str) -> str:
    """The errors as ``file:line:column: message``, lines counted in the buffer as saved (below its
    ``#>`` lines)."""
    lines = text_lines(saved)
    offset = next((i for i, line in enumerate(lines) if not line.startswith(MARK)), len(lines))
    shown: list[str] = []
    for problem in problems:
        if not problem.is_error:
            continue
        line, column = problem.location.line, problem.location.column
        where = str(Location(str(buffer), line + offset, column)) if line else str(buffer)
        shown.append(f"{where}: {problem.message}")
    return "; ".join(shown)


def _is_empty(body: str) -> bool:
    return all(not line.strip() or line.lstrip().startswith("#") for line in text_lines(body))


def edit_in_editor(path: Path, claim_id: str, *, dry_run: bool = False, interactive: bool = True) -> EditorOutcome:
    """Open the entry in the editor until it is valid (or abandoned), then write it.

    ``interactive``: whether a person is at a terminal.  Without one, only an editor the user chose
    runs (a script, ``code -w``): vi on no terminal would hang whatever called factcheck.
    """
    draft = entry_for_editing(path, claim_id)
    if not interactive and chosen_editor() is None:
        raise EditorError(
            f"no change given for {claim_id!r}, and no terminal to open an editor in: give the changes as "
            "options (see factcheck edit --help), or set $VISUAL or $EDITOR"
        )
    original = draft.text
    body = original
    problems: list[Problem] = []
    try:
        # the id as a slug: a broken claim's id may hold a '/' (a folder that does not exist)
        handle, name = tempfile.mkstemp(prefix=f"factcheck-{slugify(claim_id, max_length=40)}-", suffix=".yaml")
    except OSError as exc:  # a full or read-only temporary folder: not an output error
        raise EditorError(
            f"cannot create the editor's temporary file: {exc.strerror or exc}; nothing written"
        ) from None
    os.close(handle)
    buffer = Path(name)
    keep_buffer = False
    try:
        while True:
            _write_buffer(buffer, buffer_text(claim_id, str(path), body, problems))
            run_editor(buffer)
            saved = _read_buffer(buffer)
            if saved is None:
                return EditorOutcome(None, "edit cancelled: the editor deleted the file; nothing written")
            text, decode_problems = saved
            edited = strip_marks(text)
            if _is_empty(edited):
                return EditorOutcome(None, "edit cancelled: the entry was emptied; nothing written")
            if edited == original:
                return EditorOutcome(None, "edit cancelled: no changes; nothing written")
            if problems and edited == body:
                # Not a cancellation: the edit was refused, so the exit code must say so (a script as $EDITOR)
                keep_buffer = True
                raise EditorError(
                    f"the edit was not saved: the errors were not fixed ({_where(problems, buffer, text)}); "
                    f"nothing written (your edit is kept in {shown_name(buffer)})"
                )
            body = edited
            if decode_problems:
                problems = decode_problems
                continue
            try:
                result = replace_entry(path, claim_id, body, expected=draft.snapshot, dry_run=dry_run)
            except InvalidClaimError as exc:
                problems = [problem.worded_for(OPTION_WORDING) for problem in exc.problems]
                continue
            except (DuplicateClaimError, InvalidEditError) as exc:
                problems = [Problem(Location("<entry>"), str(exc.worded_for(OPTION_WORDING)))]
                continue
            except FileChangedError:
                keep_buffer = True
                raise EditorError(
                    f"{shown_name(path)} changed on disk while you were editing; nothing written "
                    f"(your edit is kept in {shown_name(buffer)})"
                ) from None
            return EditorOutcome(result, "")
    finally:
        if not keep_buffer:
            with contextlib.suppress(OSError):
                buffer.unlink()
            with contextlib.suppress(OSError):
                buffer.rmdir()  # an editor that left an (empty) folder in its place
