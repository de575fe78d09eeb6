"""``python -m factcheck``, and the ``factcheck`` command's entry point (``run``)."""

from __future__ import annotations

import sys


def run() -> None:
    """Load the command line, then run it.  Loading takes a few tenths of a second; a Ctrl-C then
    ends the command as one during its work does (exit 130, no traceback)."""
    try:
        from .cli import main
    except KeyboardInterrupt:
        sys.exit(130)  # cli.ExitCode.INTERRUPTED, not importable before the command line is
    main()


if __name__ == "__main__":
    run()
