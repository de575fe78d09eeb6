"""Run a command with its standard output on a pseudo-terminal, as a user's terminal would show it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


def run_on_a_terminal(
    command: list[str], *, cwd: Path, env: dict[str, str], timeout: float, stderr: bool = False
) -> tuple[int, bytes]:
    """Run ``command`` with its standard output on a pseudo-terminal; its exit code and what it showed.
    ``stderr``: its standard error there instead (its standard output and input, nothing, are apart).

    ``timeout`` is a safety net against a hang, not a measure of speed."""
    import pty  # POSIX only: imported here so that importing this module works everywhere

    main_end, terminal_end = pty.openpty()
    if stderr:
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=terminal_end
        )
    else:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=terminal_end, stderr=subprocess.PIPE)
    os.close(terminal_end)
    shown = b""
    while True:
        try:
            chunk = os.read(main_end, 65536)
        except OSError:  # EIO: the process closed its end
            break
        if not chunk:
            break
        shown += chunk
    os.close(main_end)
    process.communicate(timeout=timeout)
    return process.returncode, shown


def answer_on_a_terminal(
    command: list[str], answers: list[str], *, cwd: Path, env: dict[str, str], timeout: float
) -> subprocess.CompletedProcess[bytes]:
    """Run ``command`` with its standard input on a pseudo-terminal where ``answers`` are typed (each a
    line, queued before it asks), its standard output and standard error captured apart."""
    import pty

    main_end, terminal_end = pty.openpty()
    os.write(main_end, "".join(answer + "\r" for answer in answers).encode())
    try:
        process = subprocess.run(
            command, cwd=cwd, env=env, stdin=terminal_end, capture_output=True, timeout=timeout, check=False
        )
    finally:
        os.close(terminal_end)
        os.close(main_end)
    return process
