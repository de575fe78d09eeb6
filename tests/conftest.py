"""Shared fixtures: a small claims file, a CLI runner, and an environment that never touches
the user's real files (no $FACTCHECK_KB, a private cache folder, an empty working directory)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from factcheck.cli import app

FIXTURES = Path(__file__).parent / "fixtures"
REPO_ROOT = Path(__file__).parent.parent


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    workdir = tmp_path_factory.mktemp("cwd")
    monkeypatch.chdir(workdir)
    monkeypatch.delenv("FACTCHECK_KB", raising=False)
    monkeypatch.delenv("FACTCHECK_MODEL", raising=False)  # semantic tests use the pinned model
    # Lexical unless a test asks for another matcher: the same results with and without the semantic extra.
    monkeypatch.setenv("FACTCHECK_MATCHER", "lexical")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "120")
    return workdir


@pytest.fixture
def mini_kb(tmp_path: Path) -> Path:
    """A private copy of tests/fixtures/mini_claims.yaml (4 claims, comments, odd quoting)."""
    target = tmp_path / "claims.yaml"
    shutil.copyfile(FIXTURES / "mini_claims.yaml", target)
    return target


@pytest.fixture
def starter_kb() -> Path:
    """The starter knowledge base at the top of the repository (read only!)."""
    return REPO_ROOT / "claims.yaml"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def invoke(runner: CliRunner) -> Callable[..., Result]:
    """``invoke("check", "text", input=...)``: run the CLI in-process and return the result."""

    def run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(app, list(args), input=input, env=env)

    return run


@pytest.fixture
def write_kb(tmp_path: Path) -> Callable[[str], Path]:
    """Write YAML text to a claims file in a temporary folder and return its path."""

    def write(text: str, name: str = "claims.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
