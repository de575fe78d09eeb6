"""Shared fixtures: a small claims file, a CLI runner, and an environment that never touches
the user's real files (no $FACTCHECK_KB, a private cache folder, an empty working directory)."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
from hypothesis import settings
from typer.testing import CliRunner, Result

from factcheck import store
from factcheck.cli import app

# The property tests draw the same examples on every run, and no example fails for being slow: a test's
# outcome must not depend on the seed or on how busy the machine is (a CSV round trip failed once with
# DeadlineExceeded on a loaded machine).  HYPOTHESIS_PROFILE=explore draws new examples each run.
settings.register_profile("deterministic", deadline=None, derandomize=True)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

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
    # set on a GitHub Actions runner: validate --format github marks files at their path from it
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
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
def packaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The starter file as a built wheel installs it (factcheck/data/claims.yaml in site-packages), here a copy
    of tests/fixtures/mini_claims.yaml, which no command nor library function that writes may change."""
    path = tmp_path / "site-packages" / "factcheck" / "data" / "claims.yaml"
    path.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "mini_claims.yaml", path)
    # where importlib.resources finds the package installed: its data/claims.yaml is then the starter file
    monkeypatch.setattr(store, "resources", SimpleNamespace(files=lambda package: path.parent.parent))
    return path


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


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A named pipe (``pipe.yaml``) to give as a claims file.

    A thread keeps opening its write end and closing it at once, so that a reader that wrongly
    opens the pipe gets end-of-file instead of hanging the test run (the test then fails on
    what it checks, not by never finishing).
    """
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    done = threading.Event()

    def feed_end_of_file() -> None:
        while not done.is_set():
            with contextlib.suppress(OSError):
                os.close(os.open(path, os.O_WRONLY))  # waits until someone opens it for reading

    feeder = threading.Thread(target=feed_end_of_file, daemon=True)
    feeder.start()
    yield path
    done.set()
    with contextlib.suppress(OSError):  # release the feeder, waiting for a reader that never came
        os.close(os.open(path, os.O_RDONLY | os.O_NONBLOCK))
    feeder.join(timeout=5)


@pytest.fixture(scope="session")
def load_bench() -> Callable[[str], ModuleType]:
    """Import a script of bench/ by its name ("checkthat"), as the module "<name>_bench"."""

    def load(name: str) -> ModuleType:
        path = Path(__file__).parent.parent / "bench" / f"{name}.py"
        spec = importlib.util.spec_from_file_location(f"{name}_bench", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
        return module

    return load
