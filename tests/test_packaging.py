"""The wheel carries the starter claims.yaml, copied from the one at the top of the repository."""

from __future__ import annotations

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


def test_every_public_name_of_the_library_resolves() -> None:
    import factcheck

    assert [name for name in factcheck.__all__ if getattr(factcheck, name, None) is None] == []
    assert dir(factcheck) == sorted(factcheck.__all__)  # not the module's own helpers (importlib, Any ...)
