from __future__ import annotations

from pathlib import Path

from factcheck import __version__
from factcheck.cli import ExitCode


def test_version_option(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke("--version")
    assert result.exit_code == ExitCode.OK
    assert result.output.strip() == f"factcheck {__version__}"


def test_check_finds_paraphrase_in_mini_kb(invoke, mini_kb: Path) -> None:  # type: ignore[no-untyped-def]
    result = invoke("check", "--kb", str(mini_kb), "Ten thousand American soldiers are based in Mexico")
    assert result.exit_code == ExitCode.OK, result.output
    assert "There are more than 10,000 US troops deployed in Mexico." in result.output


def test_a_statement_over_the_limit_is_refused_before_any_matching(invoke, mini_kb: Path) -> None:  # type: ignore[no-untyped-def]
    result = invoke("check", "--kb", str(mini_kb), "troops " * 2_000)
    assert result.exit_code == ExitCode.ERROR
    assert "the statement is 14,000 characters long; a statement is at most 10,000" in result.stderr
