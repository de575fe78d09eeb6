"""The ``factcheck`` command line: a thin layer that parses arguments, calls the library and renders.

Each command lives in its own module and registers itself on ``app`` when imported here.
"""

from . import browse, check, edit, interop, model, scan, validate  # noqa: F401  (importing registers the commands)
from .app import ExitCode, app, main

__all__ = ["ExitCode", "app", "main"]
