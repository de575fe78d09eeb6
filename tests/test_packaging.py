"""The wheel carries the starter claims.yaml, copied from the one at the top of the repository."""

from __future__ import annotations

import ast
import zipfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).parent.parent


def test_wheel_includes_the_starter_knowledge_base(tmp_path: Path) -> None:
    wheel_builder = pytest.importorskip("hatchling.builders.wheel")
    builder = wheel_builder.WheelBuilder(str(REPO_ROOT))
    wheel = Path(next(iter(builder.build(directory=str(tmp_path), versions=["standard"]))))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert "factcheck/data/claims.yaml" in names
        assert archive.read("factcheck/data/claims.yaml") == (REPO_ROOT / "claims.yaml").read_bytes()
        assert "factcheck/cli/app.py" in names
        assert "factcheck/py.typed" in names  # PEP 561: type checkers use the package's own annotations
        assert not any(name.startswith(("tests/", "bench/")) for name in names)
        # hanzi.py's table is derived from OpenCC's Apache-2.0 data, whose licence must travel with it
        assert any(name.endswith(".dist-info/licenses/LICENSES/OpenCC-Apache-2.0.txt") for name in names)


def test_every_public_name_of_the_library_resolves() -> None:
    import factcheck

    assert [name for name in factcheck.__all__ if getattr(factcheck, name, None) is None] == []
    assert dir(factcheck) == sorted(factcheck.__all__)  # not the module's own helpers (importlib, Any ...)


def test_no_benchmark_imports_a_test_module() -> None:
    # bench/spanish_statements.py imported tests/test_spanish.py for its statement lists (and with it pytest and
    # the test's private imports); the statements a benchmark shares with a test live in tests/fixtures/ files
    imported: dict[str, list[str]] = {}
    for script in sorted((REPO_ROOT / "bench").glob("*.py")):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            tests = [name for name in names if name.split(".")[0].startswith(("test_", "tests", "conftest"))]
            if tests:
                imported[script.name] = tests
    assert imported == {}
