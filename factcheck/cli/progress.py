"""A progress bar for long work (embedding claims, scanning an article): on standard error, on a
terminal only, and only when the work is long enough to be worth one; invisible in a pipe."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

from .output import error_console


class ProgressBar:
    """Call it with ``(done, total)`` as work advances; ``close()`` when the work ends."""

    def __init__(self, label: str, *, min_total: int, out: Console | None = None) -> None:
        self._label = label
        self._out = out if out is not None else error_console()
        self._min_total = min_total
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if self._progress is None:
            if total < self._min_total or not self._out.is_terminal:
                return
            self._progress = Progress(
                TextColumn(self._label),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=self._out,
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task(self._label, total=total)
        assert self._task is not None
        self._progress.update(self._task, completed=done)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
