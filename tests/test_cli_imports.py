"""What the command line imports for a command: the modules of the commands not run are left alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

#: runs ``factcheck`` with the arguments given, then prints (to standard error) whether the transcript module was
#: imported
_RUN = """
import sys
from factcheck.cli import main
sys.argv = ["factcheck", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print("transcript imported:", "factcheck.transcript" in sys.modules, file=sys.stderr)
"""


def _transcript_imported(*arguments: str, cwd: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, *arguments], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )
    return done.stderr.strip().splitlines()[-1]


def test_list_does_not_import_the_transcript_module(starter_kb: Path, tmp_path: Path) -> None:
    # the heaviest module the command line imported, though only check (and scan) read transcripts
    (tmp_path / "claims.yaml").write_bytes(starter_kb.read_bytes())
    assert _transcript_imported("list", "--kb", "claims.yaml", cwd=tmp_path) == "transcript imported: False"


def test_check_imports_it_when_a_statement_is_checked(starter_kb: Path, tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_bytes(starter_kb.read_bytes())
    statement = "US troops are in Mexico"
    assert _transcript_imported("check", "--kb", "claims.yaml", statement, cwd=tmp_path) == "transcript imported: True"
