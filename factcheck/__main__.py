"""``python -m factcheck``, and the ``factcheck`` command's entry point (``run``)."""

from __future__ import annotations

import sys


def run() -> None:
    """Load the command line, then run it.  Loading takes a few tenths of a second; a Ctrl-C then
    ends the command as one during its work does (exit 130, no traceback)."""
    if not __package__:
        # 'python factcheck check ...' in the factcheck folder runs this file as a script, outside its package:
        # it was a traceback ("attempted relative import with no known parent package")
        sys.stderr.write(
            "factcheck: error: 'python factcheck' runs factcheck's code folder as a script, which cannot work: "
            'type factcheck without python (factcheck check "..."), once installed as README.md says\n'
        )
        sys.exit(2)  # cli.ExitCode.ERROR
    try:
        from .cli import main
    except KeyboardInterrupt:
        sys.exit(130)  # cli.ExitCode.INTERRUPTED, not importable before the command line is
    except ModuleNotFoundError as error:
        if error.name != "fcntl":
            raise
        # Windows' own Python has no POSIX file locks, which safe writes take: it was a traceback
        sys.stderr.write(
            "factcheck: error: factcheck needs POSIX file locks, which Windows itself lacks: on Windows, run it "
            "in WSL (the Windows Subsystem for Linux: 'wsl --install' in PowerShell), as README.md says\n"
        )
        sys.exit(2)  # cli.ExitCode.ERROR
    main()


if __name__ == "__main__":
    run()
