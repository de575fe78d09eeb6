"""The ``factcheck`` command line: a thin layer that parses arguments, calls the library and renders.

Each module holds a command or a few related ones (``browse``: list and show; ``edit``: add, edit and
remove; ``interop``: export, import and ratings) and registers them on ``app`` when imported here.
"""

# Importing a module registers its commands, in this order in --help: the daily work first.
from . import check, scan  # noqa: I001, F401
from . import browse, validate  # noqa: F401
from . import edit  # noqa: F401
from . import interop, model  # noqa: F401
from .app import ExitCode, app, main

__all__ = ["ExitCode", "app", "main"]
