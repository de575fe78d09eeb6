"""Text output on terminals and streams that are not the usual UTF-8 colour terminal: an ASCII or C locale,
forced colour, a pseudo-terminal.  Run as ``python -m factcheck`` in a subprocess where only a real process
has such streams."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

#: data in non-ASCII (a claim, a title, a quote, an alias) beside factcheck's own signs (· “ ” • …)
CLAIMS_FILE = """\
claims:
  - id: cafe-claim
    claim: The café in Zürich serves the best crème brûlée.
    verdict: "false"
    aliases:
      - Zurich's best creme brulee is at the cafe
    sources:
      - url: https://example.org/cafe
        title: Café review
        publisher: Example News
        date: "2026-01-01"
        quote: "The brûlée was fine."
"""


def _environment(**settings: str) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_KB", "FORCE_COLOR", "NO_COLOR", "TERM")}
    environment.update(settings)
    return environment


def _factcheck(tmp_path: Path, *args: str, **settings: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        capture_output=True,
        cwd=tmp_path,
        env=_environment(**settings),
        timeout=120,  # a safety net against a hang, not a measure of speed
    )


def _on_a_terminal(tmp_path: Path, *args: str, **settings: str) -> tuple[int, bytes]:
    """Run factcheck with its standard output on a pseudo-terminal; its exit code and what it showed."""
    import pty

    main_end, terminal_end = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        cwd=tmp_path,
        env=_environment(**settings),
        stdout=terminal_end,
        stderr=subprocess.PIPE,
    )
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
    process.communicate(timeout=120)
    return process.returncode, shown


@pytest.fixture
def claims_file(tmp_path: Path) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS_FILE, encoding="utf-8")
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="the C locale's standard streams are POSIX Python's")
@pytest.mark.parametrize("args", [("check", "the cafe in Zurich serves the best creme brulee"), ("show", "cafe-claim")])
def test_text_output_under_the_c_locale_is_shown_not_a_traceback(
    tmp_path: Path, claims_file: Path, args: tuple[str, ...]
) -> None:
    # LC_ALL=C without Python's UTF-8 mode opens standard output as ASCII with surrogateescape: the "·" of
    # every match ended 'check' in a UnicodeEncodeError traceback, exit 1 ("no match")
    shown = _factcheck(tmp_path, *args, LC_ALL="C", LANG="C", PYTHONUTF8="0")  # LC_ALL overrides any LC_*
    assert shown.returncode == 0, shown.stderr
    assert b"Traceback" not in shown.stderr
    said = shown.stdout.decode("ascii")
    assert "The caf\\xe9 in Z\\xfcrich" in said  # the claim's own text: escaped, nothing lost
