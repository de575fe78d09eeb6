"""The documentation tells the truth: README examples are real output, docs/cli.md is the real
``--help``, and every command is documented."""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).parent.parent


@pytest.mark.parametrize("script", ["readme_examples.py", "cli_reference.py"])
def test_generated_documentation_is_up_to_date(script: str) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / script), "--check"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr


def test_every_command_has_help_and_a_readme_section() -> None:
    from typer.main import get_command

    from factcheck.cli import app

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = get_command(app).commands  # type: ignore[attr-defined]
    assert {"check", "scan", "list", "show", "validate", "add", "edit", "remove", "import", "export"} <= set(commands)
    for name, command in commands.items():
        assert command.help, f"factcheck {name} has no help text"
        assert f"`{name}`" in readme or f"factcheck {name}" in readme, f"README does not mention {name}"


def test_factcheck_help_lists_every_exit_code_the_readme_does() -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app
    from factcheck.cli.app import ExitCode

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.M)}
    assert documented == {int(code) for code in ExitCode}
    shown = " ".join(CliRunner().invoke(app, ["--help"], terminal_width=100).output.split())
    assert "Exit codes:" in shown
    for code in sorted(documented):
        assert re.search(rf"[:;] {code} \w", shown), f"factcheck --help does not explain exit code {code}"


def test_readme_opens_with_the_two_commands_and_ci_runs_the_test_one() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = [block.split("```", 1)[0].strip() for block in readme.split("```sh\n")[1:3]]
    assert "factcheck check" in blocks[0]
    assert "pytest" in blocks[1]
    assert blocks[1] in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_the_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```\n", readme, re.M | re.S)
    assert blocks, "README.md has no Python example"
    (tmp_path / "claims.yaml").write_bytes((REPO / "claims.yaml").read_bytes())
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_MATCHER", "lexical")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        for block in blocks:
            exec(compile(block, "README.md", "exec"), {"__name__": "readme_example"})
    lines = printed.getvalue().splitlines()
    assert re.fullmatch(r"[01]\.\d\d false There are more than 10,000 US troops deployed in Mexico\.", lines[0]), lines
    assert '"@type": "ClaimReview"' in printed.getvalue()
