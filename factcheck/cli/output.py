"""Consoles and the rules of output: colour only on a terminal, NO_COLOR respected, and text
from claims files or users always printed as text (never Rich markup, never raw control codes).
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from rich.console import Console

from ..jsontext import UNSHOWN, ascii_escaped, dumps
from ..validation import LONE_SURROGATE

#: C0 and C1 controls, DEL, the bidirectional controls (U+061C, the Arabic letter mark, among them:
#: an Arabic or Persian post may carry it) and the line and paragraph separators, as ``jsontext``
#: escapes them in JSON
_CONTROL = UNSHOWN


def sanitize(text: str) -> str:
    """Make control characters visible (``\\x1b`` instead of an escape sequence) so that a
    hostile claim cannot move the cursor, change colours or hide text in a terminal."""
    return _CONTROL.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text
    )


#: In a pipe nothing is wrapped or cropped: a line is as long as its content (grep, diff and
#: copy-paste see whole sentences and URLs); trailing padding is stripped.
_UNLIMITED = 100_000
#: Set to a number of columns to lay out piped output as a terminal that wide would (without
#: colour); the examples of README.md and docs/ use this.  None: never wrap.
pipe_width: int | None = None
#: the widest terminal laid out for: tables are padded to the full width, and COLUMNS=10000000
#: made 'list' print 657 MB of spaces
WIDEST_TERMINAL = 1_000


#: a write's failures for want of room or of a working device (a full disk or quota, /dev/full, a disk gone):
#: said as "cannot write the output" on standard output, lost messages on standard error
OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


class _Console(Console):
    #: True for the console on standard error (messages), whose reader going away ends nothing
    for_messages = False

    def print(self, *objects: Any, **kwargs: Any) -> None:
        try:
            self._print(*objects, **kwargs)
        except OSError as error:
            # standard output's reader went away, or its disk is full: the command stops (FactcheckGroup.invoke)
            if not self.for_messages or not (isinstance(error, BrokenPipeError) or error.errno in OUTPUT_ERRNOS):
                raise
            # standard error's: only the messages are lost.  'add --json 2>/dev/full' had added the claim and
            # written its JSON, then failed to say "added claim ..." and again to say it could not: exit 1, a
            # traceback nobody saw, where the exit codes keep 1 for "no match" and 2 for "nothing saved
            # unless the message says so", and no message could say so
            _drop_messages()

    def _print(self, *objects: Any, **kwargs: Any) -> None:
        # Never cut a line: what cannot wrap (a URL) runs past the edge, where a terminal wraps it.
        kwargs.setdefault("crop", False)
        if self.is_terminal or self.width < _UNLIMITED:
            super().print(*objects, **kwargs)
            return
        with self.capture() as captured:
            super().print(*objects, **kwargs)
        lines = captured.get().split("\n")
        self.file.write("\n".join(line.rstrip() for line in lines))
        self.file.flush()

    def on_broken_pipe(self) -> None:
        """The reader went away (``factcheck list | head``): stop quietly with success, as the
        commands' own BrokenPipeError handler does (Rich's default exits 1, which reads as "no match").
        On standard error only the messages are lost: see ``_drop_messages``."""
        if self.for_messages:
            _drop_messages()
            return
        point_at_devnull(sys.stdout)
        raise SystemExit(0)


def point_at_devnull(stream: TextIO) -> None:
    """Point ``stream``'s file descriptor at the null device: its reader went away, and no later write
    (nor Python's flush at exit) may fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, stream.fileno())
    finally:
        os.close(devnull)


class Reader:
    """Is the reader of standard output still there?  ``gone`` once a write found it went away."""

    gone = False


@contextlib.contextmanager
def until_the_reader_goes() -> Iterator[Reader]:
    """Print one file's part of a run of several (validate's, scan's) within this: a reader of standard output
    that goes away (``factcheck validate --json a.yaml b.yaml | head -1``) ends only the printing, pointed at the
    null device, and the run goes on, to end with the exit code of what it found (a broken pipe that reached the
    commands' handler ended it with exit 0: a missing file said by exit 2 was not, under ``set -o pipefail``)."""
    reader = Reader()
    try:
        yield reader
    except BrokenPipeError:
        reader.gone = True
        point_at_devnull(sys.stdout)  # the later files' output, and Python's flush at exit, go nowhere


def _drop_messages() -> None:
    """Standard error's reader went away (``factcheck check - < posts 2>&1 >results.jsonl | head -1``), or its
    disk is full (``2>/dev/full``):
    the messages it would have read are lost, not the results (``check -`` stopped at its first
    message, exit 0, with standard output pointed at the null device: one line of 3,000 answered).
    Standard error now goes to the null device, so that no later message (nor Python's flush at
    exit) fails again; ``check -`` also puts each line's error in its JSON line."""
    with contextlib.suppress(OSError, ValueError):  # no descriptor behind sys.stderr (a test runner's stream)
        point_at_devnull(sys.stderr)


def _console(stderr: bool) -> Console:
    # markup/highlight/emoji off: nothing in a string is ever interpreted, only printed.
    # Rich itself honours NO_COLOR and FORCE_COLOR, and drops styles when not on a terminal.
    stream = sys.stderr if stderr else sys.stdout
    unlimited = not stream.isatty() and pipe_width is None
    console = _Console(
        file=stream,
        markup=False,
        highlight=False,
        emoji=False,
        soft_wrap=unlimited,
        width=_UNLIMITED if unlimited else (pipe_width if not stream.isatty() else None),
    )
    console.for_messages = stderr
    if console.width < 1:  # COLUMNS=0: Rich would lay everything out in no width, and show nothing
        console.width = shutil.get_terminal_size().columns  # the terminal's own width, else 80
    if not unlimited:
        console.width = min(console.width, WIDEST_TERMINAL)
    return console


def console() -> Console:
    """A console on the current standard output (looked up on each call, for test runners)."""
    return _console(stderr=False)


def error_console() -> Console:
    return _console(stderr=True)


def is_terminal() -> bool:
    return sys.stdout.isatty()


#: the signs factcheck's own text is laid out with, and the ASCII that stands for each where the output's
#: encoding has no such character (``PYTHONIOENCODING=ascii``, ``LC_ALL=C``): written as an escape, the
#: "·" between a score and an id read "\xb7", four characters more than the layout counted and
#: "backslash x b 7" to a screen reader.  Text from a claims file or a user is never replaced: its
#: escape keeps the character it stands for.
_SIGN_STAND_INS = {"·": "-", "•": "*", "“": '"', "”": '"', "…": "...", "—": "--", "─": "-"}


def sign(char: str, stream: TextIO | None = None) -> str:
    """``char``, one of factcheck's own signs (``_SIGN_STAND_INS``), or its ASCII stand-in where ``stream``
    (standard output by default, looked up on each call) cannot write it."""
    encoding = getattr(sys.stdout if stream is None else stream, "encoding", None)
    if not encoding:  # a test runner's StringIO: text as it is
        return char
    try:
        char.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return _SIGN_STAND_INS[char]
    return char


def quoted(value: str) -> str:
    """``value`` in factcheck's quotation marks (ASCII ones where standard output has no curly ones)."""
    opening, closing = quotation_marks()
    return f"{opening}{value}{closing}"


def quotation_marks() -> tuple[str, str]:
    """factcheck's quotation marks, ASCII ones where standard output has no curly ones (``sign``): for text the
    library quotes words in (``Differences.note``)."""
    return sign("“"), sign("”")


def print_json(data: Any, *, lines: bool = False) -> None:
    """JSON on standard output: one compact line (JSON Lines) or an indented document, always valid
    UTF-8 (a lone surrogate, which no encoder accepts, becomes U+FFFD), with line breaks other than
    LF, C1 controls and bidirectional controls escaped (``jsontext``)."""
    text = LONE_SURROGATE.sub("\ufffd", dumps(data, indent=None if lines else 2))
    # One write with its line break: Ctrl-C between two writes (a script's SIGINT to ``check -``) left the
    # last answer without its "\n", which ``while read`` and ``wc -l`` do not count as a line
    sys.stdout.write((text if is_utf8_stream(sys.stdout) else ascii_escaped(text)) + "\n")
    sys.stdout.flush()


def is_utf8_stream(stream: TextIO) -> bool:
    """Whether ``stream`` writes (or reads) text as UTF-8: not where ``PYTHONIOENCODING`` (latin-1, ascii,
    cp1252) or a Latin-1 locale chose another encoding for the standard streams."""
    encoding = getattr(stream, "encoding", None)
    if not encoding:  # a test runner's StringIO: text as it is
        return True
    try:
        return codecs.lookup(encoding).name in ("utf-8", "utf-8-sig")
    except LookupError:
        return False


def write_document(text: str) -> None:
    """A document (``scan --format markdown``) on standard output: in a file or a pipe, UTF-8 whatever the
    output's encoding, as a Markdown file is read (``scan --format markdown a.md > report.md`` under cp1252
    held "\\U0001f680" for an emoji, and Latin-1 bytes no Markdown tool reads as such); on a terminal, text
    for people, what its encoding cannot show escaped, as ``check`` shows it."""
    if is_utf8_stream(sys.stdout) or is_terminal():
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_utf8(text)


def write_csv(text: str, *, terminal: bool) -> None:
    """CSV text (``export --format csv``, ``check --format csv``'s rows) on standard output, in one write: on a
    ``terminal`` (the caller's ``is_terminal()``) shown to be read, control characters as escapes, so that a cell
    holding ESC [2J does not clear the screen (or an OSC 8 sequence forge a link); elsewhere the cells as they are
    (CSV has no escapes), as UTF-8 whatever the output's encoding (``write_utf8``)."""
    if terminal:
        sys.stdout.write("\r\n".join(sanitize(line) for line in text.split("\r\n")))
    elif is_utf8_stream(sys.stdout):
        sys.stdout.write(text)
    else:
        write_utf8(text)
        return
    sys.stdout.flush()


def write_utf8(text: str) -> None:
    """``text`` on standard output as UTF-8 bytes, whatever its encoding: data such as a CSV file, which
    has no escapes, would otherwise lose every character that encoding cannot write to a Python escape
    (``\\u201c`` in a cell, silently)."""
    sys.stdout.flush()  # what the text layer holds goes first
    sys.stdout.buffer.write(LONE_SURROGATE.sub("\ufffd", text).encode("utf-8"))
    sys.stdout.buffer.flush()
