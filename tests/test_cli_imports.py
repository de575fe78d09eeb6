"""What the command line imports for a command: the modules of the commands not run are left alone."""

from __future__ import annotations

import os
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


#: runs ``factcheck`` as ``_RUN`` does, then prints (to standard error) the modules named in ``FACTCHECK_WATCHED``
#: (comma-separated) that were imported
_RUN_WATCHING = _RUN.rsplit("print(", 1)[0] + (
    "import os\n"
    "watched = os.environ['FACTCHECK_WATCHED'].split(',')\n"
    "print('imported:', sorted(name for name in watched if name in sys.modules), file=sys.stderr)\n"
)

#: what reading a statement needs: the text module's tables and expressions, the lexical matcher and its numpy
STATEMENT_READING = ("factcheck.text", "factcheck.lexical", "factcheck.polarity", "factcheck.substitution", "numpy")


def _imported(*arguments: str, cwd: Path, watched: tuple[str, ...] = STATEMENT_READING) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _RUN_WATCHING, *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "FACTCHECK_WATCHED": ",".join(watched)},
    )
    return done.stderr.strip().splitlines()[-1]


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


def test_version_and_help_read_no_statement(starter_kb: Path, tmp_path: Path) -> None:
    # 'factcheck --version' imported the text module (its tables and expressions) through matching, and 'check'
    # its lexical matcher with numpy: what only reading a statement needs
    (tmp_path / "claims.yaml").write_bytes(starter_kb.read_bytes())
    assert _imported("--version", cwd=tmp_path) == "imported: []"
    assert _imported("--help", cwd=tmp_path) == "imported: []"
    assert _imported("check", "--help", cwd=tmp_path) == "imported: []"
    assert _imported("show", "--kb", "claims.yaml", "there-are-us-troops-in-mexico", cwd=tmp_path) == "imported: []"


def test_check_imports_what_reading_a_statement_needs(starter_kb: Path, tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_bytes(starter_kb.read_bytes())
    said = _imported("check", "--kb", "claims.yaml", "US troops are in Mexico", cwd=tmp_path)
    assert said == f"imported: {sorted(STATEMENT_READING)}"
