"""The starter file's countries as Spanish, Portuguese, French, German and Italian write them (lang46).

The Spanish stemmer made "Canadá" "can" and "Colombia" "colombi", the Italian one "Canada" "canad", and a German
text, read as English, kept "Mexiko" and "Kanada": no country the substitution check and the who-and-when rule
know, nor the term an English claim has.  The US in French, Italian and German ("les États-Unis", "gli Stati
Uniti", "die Vereinigten Staaten") was two words.
"""

from __future__ import annotations

import pytest

from factcheck.lexical import LexicalMatcher
from factcheck.matching import find_matches
from factcheck.model import Claim, Verdict
from factcheck.short_statements import says_only_who_and_when
from factcheck.text import terms


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Canadá envió soldados a México", "canada"),
        ("O Canadá enviou soldados ao México", "canada"),
        ("Le Canada a envoyé des soldats au Mexique", "canada"),
        ("Il Canada ha inviato soldati in Messico", "canada"),
        ("Kanada hat Soldaten nach Mexiko geschickt", "canada"),
        ("Colombia envió soldados a México", "colombia"),
        ("La Colombie a envoyé des soldats", "colombia"),
        ("Kolumbien hat Soldaten geschickt", "colombia"),
        ("Las Bahamas enviaron soldados a México", "bahama"),
        ("Le Canada a envoyé des soldats au Mexique", "mexico"),
        ("Il Canada ha inviato soldati in Messico", "mexico"),
        ("Kanada hat Soldaten nach Mexiko geschickt", "mexico"),
        ("Les États-Unis ont envoyé des soldats au Mexique", "usa"),
        ("Les Etats-Unis ont envoyé des soldats au Mexique", "usa"),
        ("Gli Stati Uniti hanno inviato soldati in Messico", "usa"),
        ("Die Vereinigten Staaten haben Soldaten nach Mexiko geschickt", "usa"),
    ],
)
def test_a_country_in_another_language_is_its_english_term(text: str, country: str) -> None:
    assert country in terms(text)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # ... while English, Spanish's own words and what only looks like a name stay as they were
        ("Canada sent troops to Mexico", ["canada", "sent", "troop", "mexico"]),
        ("Colombia and the Bahamas", ["colombia", "bahama"]),
        ("Los canes ladran", ["can", "ladr"]),
        ("Los Estados Unidos enviaron tropas a la frontera", ["usa", "envi", "trop", "fronter"]),
        ("Stati generali dell economia", ["general", "econom"]),
        ("Messi marcó 5 goles", ["messi", "marc", "5", "gol"]),
    ],
)
def test_other_words_stay_as_they_were(text: str, read: list[str]) -> None:
    assert terms(text) == read


_CANADA = Claim(
    id="canada",
    claim="Canada sent 10,000 troops to Mexico in February 2025.",
    verdict=Verdict.FALSE,
)


# a reply of who and when naming the country in Italian said "canad", which the English claim's "canada" held as a
# variant: a word of the claim's, no reply
def test_an_italian_reply_naming_a_country_is_who_and_when() -> None:
    said = "Il Canada lo ha fatto nel febbraio 2025."
    assert says_only_who_and_when(said, set(terms(said)), _CANADA)


# the US in German (0.04 on main: "vereinigten", "staaten", "mexiko" were words of its own)
def test_the_us_in_german_finds_the_english_claim() -> None:
    statement = "Die Vereinigten Staaten haben 10.000 Soldaten nach Mexiko geschickt"
    claims = [
        Claim(id="us", claim="The US has sent 10,000 troops into Mexico.", verdict=Verdict.FALSE),
        Claim(id="senate", claim="Mexico's Senate must approve foreign troops.", verdict=Verdict.TRUE),
        _CANADA,
    ]
    matcher = LexicalMatcher(claims, use_cache=False)
    assert [match.claim.id for match in find_matches(matcher, statement, top=1)] == ["us"]


# fix46d: the US in French, Italian and German in any case, as Spanish's "estados unidos" (lang46 read only these
# capitalised as written: "gli stati uniti" was "unit")
@pytest.mark.parametrize(
    "text",
    [
        "gli stati uniti hanno inviato soldati",
        "GLI STATI UNITI",
        "les etats-unis ont envoyé des soldats",
        "ETATS-UNIS",
        "die vereinigten staaten haben Soldaten geschickt",
    ],
)
def test_the_us_in_other_languages_in_any_case(text: str) -> None:
    assert "usa" in terms(text)


# fix46d: what lang46 read as a country and is none: the United States of Europe, Mexico's official name (the United
# Mexican States: Mexico alone, in Spanish too, where main read "usa" and "mexico"), Spanish "cañada" (a glen: the
# "ñ" folded made it "canada") and "Colombie-Britannique" (British Columbia, in Canada)
@pytest.mark.parametrize(
    ("text", "country", "read"),
    [
        ("Gli Stati Uniti d'Europa", "usa", False),
        ("Les États-Unis d'Europe", "usa", False),
        ("Les États-Unis d’Europe", "usa", False),
        ("Die Vereinigten Staaten von Europa", "usa", False),
        ("Gli Stati Uniti Messicani", "usa", False),
        ("Gli Stati Uniti Messicani", "mexico", True),
        ("Les États-Unis mexicains", "usa", False),
        ("Les États-Unis mexicains", "mexico", True),
        ("Los Estados Unidos Mexicanos", "usa", False),
        ("Los Estados Unidos Mexicanos", "mexico", True),
        ("La cañada del río", "canada", False),
        ("Cañada de Gómez es una ciudad", "canada", False),
        ("CAÑADA", "canada", False),
        ("La Colombie-Britannique est une province", "colombia", False),
        # ... while the United States of America, Canada with no "ñ" and Colombie alone stay countries
        ("Die Vereinigten Staaten von Amerika", "usa", True),
        ("Les États-Unis d'Amérique", "usa", True),
        ("Canadá envió soldados a México", "canada", True),
        ("La canada del río", "canada", True),
        ("La Colombie a envoyé des soldats", "colombia", True),
        ("COLOMBIE", "colombia", True),
    ],
)
def test_what_is_no_country(text: str, country: str, read: bool) -> None:
    assert (country in terms(text)) is read
