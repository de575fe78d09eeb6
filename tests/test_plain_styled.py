"""Styled letters read as plain ones (factcheck.text.plain_styled): what is left out, and what is kept."""

from __future__ import annotations

import unicodedata

import pytest

from factcheck.text import plain_styled


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stress mark NFC cannot compose goes; "й" and "ё" (composed) stay
        ("Москва\u0301 — мой родной край, ёлка", "Москва — мой родной край, ёлка"),
        ("Año nuevo en México, n\u0308 y señor", "Año nuevo en México, n y señor"),
        # Yoruba written decomposed: tones NFC composes are kept
        (unicodedata.normalize("NFD", "àìkú ni ọjà"), "àìkú ni ọjà"),
        # a strike through one Hangul letter: the syllables stay whole (not decomposed into jamo)
        ("한국어 문장 테\u0336스트", "한국어 문장 테스트"),
        ("Me\u0301xico", "México"),
        ("Ｍｅｘｉｃｏ", "Mexico"),
    ],
)
def test_only_the_marks_nfc_could_not_compose_are_left_out(text: str, expected: str) -> None:
    read = plain_styled(text)
    assert read == expected
    assert unicodedata.is_normalized("NFC", read)


def test_a_zalgo_stack_leaves_its_letter() -> None:
    zalgo = "".join(c + "\u0301\u0316\u0334\u0353\u036b" if c.isalpha() else c for c in "US troops")
    # the whole stack goes, the acute NFC would compose with its letter too ("ÚŚ")
    assert plain_styled(zalgo) == "US troops"
