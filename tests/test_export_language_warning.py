"""A ClaimReview export of claims not written in English says when their inLanguage is missing or says "en".

A Mexican desk that adds its Spanish claims to a copy of the starter file (which has no ``language:``) exported
them with no ``inLanguage``, and nothing said so; in a file whose ``language:`` is ``en``, they were exported as
English.  The export is left as it is (a claims file has one language); a warning names the claims and what to
add.  English claims, and a file whose language is not English, get no such warning.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.claimreview import ExportSettings, export_warnings
from factcheck.cli import ExitCode
from factcheck.model import Claim, Verdict

Invoke = Callable[..., Result]
BASE = "https://verificado.example.mx/"
SPANISH = Claim(
    id="tropas-tamaulipas", claim="Hay 15 mil soldados estadounidenses en Tamaulipas", verdict=Verdict.FALSE
)
SPANISH_TOO = Claim(id="ha-invadido", claim="Estados Unidos ha invadido México", verdict=Verdict.TRUE)
ENGLISH = Claim(id="us-troops", claim="There are US troops in Mexico.", verdict=Verdict.MISLEADING)


def _language_warnings(claims: list[Claim], language: str | None) -> list[str]:
    warnings = export_warnings(claims, ExportSettings(BASE, language=language))
    return [w for w in warnings if "not written in English" in w]


def test_spanish_claims_beside_english_ones_in_a_file_with_no_language_are_to_be_moved_to_their_own_file() -> None:
    # adding 'language: es' to this file would export its English claims as Spanish
    [warning] = _language_warnings([ENGLISH, SPANISH, SPANISH_TOO], None)
    assert "2 claims not written in English" in warning
    assert "tropas-tamaulipas, ha-invadido" in warning
    assert "no inLanguage" in warning
    assert "move them to a claims file of their own" in warning
    assert "their language code (es for Spanish)" in warning and "below any '---' line" in warning
    assert "'language: es'" not in warning


def test_claims_none_of_them_english_in_a_file_with_no_language_are_told_the_line_to_add() -> None:
    [warning] = _language_warnings([SPANISH, SPANISH_TOO], None)
    assert "add 'language:' with their language code (es for Spanish)" in warning
    assert "at the top of the claims file, below any '---' line" in warning
    assert "move" not in warning


def test_a_french_claim_is_not_told_to_say_es() -> None:
    # French is read as Spanish: the warning names no code as the claims' own
    french = Claim(id="fr", claim="Il y a des soldats américains au Mexique", verdict=Verdict.FALSE)
    [warning] = _language_warnings([french], None)
    assert "its language code (es for Spanish)" in warning and "'language: es'" not in warning


@pytest.mark.parametrize(
    "claim",
    [
        'Sheinbaum said "no habrá tropas de EU en México"',
        '"Mi casa es su casa" is a Spanish phrase',
        "Sheinbaum said “no habrá tropas de EU en México”",
        "Sheinbaum said «no habrá tropas de EU en México»",
    ],
)
def test_an_english_claim_that_quotes_spanish_gets_no_warning(claim: str) -> None:
    assert _language_warnings([Claim(id="q", claim=claim, verdict=Verdict.TRUE)], None) == []


@pytest.mark.parametrize("language", ["en", "EN", "en-US", "en_US", "english", "English"])
def test_every_way_of_saying_english_is_english(language: str) -> None:
    [warning] = _language_warnings([SPANISH, ENGLISH], language)
    assert "tropas-tamaulipas" in warning and "a file of its own" in warning


def test_spanish_claims_in_a_file_whose_language_is_english_are_named() -> None:
    [warning] = _language_warnings([SPANISH, ENGLISH], "en")
    assert "1 claim not written in English" in warning and "tropas-tamaulipas" in warning
    assert "inLanguage 'en'" in warning


@pytest.mark.parametrize(("claims", "language"), [([ENGLISH], None), ([ENGLISH], "en"), ([SPANISH], "es"), ([], None)])
def test_no_language_warning_for_english_claims_or_a_file_in_their_language(
    claims: list[Claim], language: str | None
) -> None:
    assert _language_warnings(claims, language) == []


def test_the_starter_file_gets_no_language_warning(invoke: Invoke, starter_kb: Path) -> None:
    result = invoke("export", "--kb", str(starter_kb), "--base-url", BASE)
    assert result.exit_code == ExitCode.OK
    assert "not written in English" not in result.stderr


def test_export_of_a_spanish_claim_added_to_a_file_without_language_warns_and_exports_as_before(
    invoke: Invoke, tmp_path: Path
) -> None:
    kb = tmp_path / "claims.yaml"
    kb.write_text(
        "claims:\n"
        "  - id: tropas-tamaulipas\n"
        "    claim: Hay 15 mil soldados estadounidenses en Tamaulipas\n"
        '    verdict: "false"\n'
        '    checked: "2026-12-01"\n',
        encoding="utf-8",
    )
    before = kb.read_bytes()
    result = invoke("export", "--kb", str(kb), "--base-url", BASE)
    assert result.exit_code == ExitCode.OK
    assert "inLanguage" not in result.stdout
    assert "1 claim not written in English" in result.stderr and "(es for Spanish)" in result.stderr
    assert kb.read_bytes() == before
    kb.write_text("language: es\n" + before.decode(), encoding="utf-8")
    result = invoke("export", "--kb", str(kb), "--base-url", BASE)
    assert result.exit_code == ExitCode.OK
    assert '"inLanguage": "es"' in result.stdout and "not written in English" not in result.stderr
