"""A number of millions as Mexican news writes it, "3 mil 500 millones", is one number (3,500 million).

Mexican news writes 3,500 million dollars "3 mil 500 millones de dólares", the thousands and the rest in digits on
either side of "mil", then the scale.  It was read as two numbers, 3000 and 500 million, so "El Congreso gastó 3 mil
500 millones de dólares en la Iniciativa Mérida" had neither the 3.5 billion of "Congress spent about $3.5 billion
on the Mérida Initiative" nor that of "3.500 millones", "3,500 millones" or "tres mil quinientos millones".
"""

from __future__ import annotations

import pytest

from factcheck.lexical import LexicalMatcher
from factcheck.model import Claim, Verdict
from factcheck.text import terms


def _numbers(text: str) -> list[str]:
    return [term for term in terms(text) if term[:1].isdigit()]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("El Congreso gastó 3 mil 500 millones de dólares en la Iniciativa Mérida", "3500000000"),
        ("Hay 2 mil 500 millones de pesos en México", "2500000000"),
        ("Se invirtieron mil 200 millones de pesos en el Tren Maya", "1200000000"),
        ("La deuda llegó a 29 mil 675 millones de pesos", "29675000000"),
    ],
)
def test_mil_and_digits_before_millions_are_one_number(text: str, number: str) -> None:
    assert _numbers(text) == [number]


@pytest.mark.parametrize(
    "written",
    ["3.500 millones", "3,500 millones", "tres mil quinientos millones", "3 mil 500 millones", "3.5 mil millones"],
)
def test_every_way_of_writing_3500_million_in_spanish_reads_alike(written: str) -> None:
    assert _numbers(f"El Congreso gastó {written} de dólares") == ["3500000000"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # as before: after a number word or digits, "mil 500" is no thousands-and of its own, nor in an English text
        ("Hay dos mil 500 millones de pesos en México", ["2000", "500000000"]),
        ("Costó 1,5 mil 200 millones de pesos", ["1500", "200000000"]),
        ("Se registraron 29 mil 675 víctimas", ["29675"]),
        ("Hay 2 mil millones de pesos en México", ["2000000000"]),
        ("Hay 500 millones de pesos en México", ["500000000"]),
    ],
)
def test_other_spanish_numbers_are_read_as_before(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


def test_a_spanish_statement_of_3_mil_500_millones_finds_the_claim_of_3_5_billion() -> None:
    claim = Claim(
        id="merida", claim="Congress spent about $3.5 billion on the Mérida Initiative.", verdict=Verdict.TRUE
    )
    other = Claim(id="other", claim="Congress spent about $500 million on the Mérida Initiative.", verdict=Verdict.TRUE)
    matcher = LexicalMatcher([claim, other], use_cache=False)
    best = matcher.search("El Congreso gastó 3 mil 500 millones de dólares en la Iniciativa Mérida", top=1)[0]
    assert best.claim.id == "merida"
