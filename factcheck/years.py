"""Years: which years a text gives, and as what (one home for reading them).

A year in a statement stands as one of several things, and the checks that compare a statement with a claim each
need a different reading:

- a time, when something happened: "in 2019", "In January 2024,", "during the 1990s" (``dated_years``: the years
  the substitution check compares, ``substitution.Wording.dated``);
- a name's part: "the 2015 Paris agreement", "Sweden's 2022 NATO bid", an edition after a name, "Fénix 2025"
  (``NAMED_YEAR``: no amount to the polarity check);
- a bound: "by 2027", "from 2035", "since 1917" (``SINCE_YEAR``: where the span a negation denies begins;
  ``a_bound_holding``: "by", "before", "until", "till" or "through" a year that holds the claim's year is no other
  date to the differences note; "since", "from" and "after" are not read so);
- a count: "2000 police officers"; an age: "in their 30s".

``dated_years`` reads a time only; ``years_and_decades`` reads every year and decade, whatever it stands as (the
differences note compares them: a statement's year is shown beside the claim's, and the note says what it is);
``YEARS_OF_EVENTS`` reads the years the polarity check sets before a span of time (after a word of time, a bound
included, or a month, a decade, a range's first year).  The three readings differ on purpose, and each is as its
check read it before they were gathered here (no score, note or verdict changed by the gathering; the differences
note's reading of a bound, ``a_bound_holding``, came after it and changes notes only: years108).

The ranges differ too: a year term is 1800-2100 (``is_year_number``, ``YEAR_DIGITS`` 1800-2099), a dateline's or an
edition's year 1900-2099 (``RECENT_YEAR_DIGITS``: "1500 US troops" opens no dateline), and a number the text's
digit reading or the polarity check may take for a year 1000-2099 (``text.PLAIN_YEAR``: the
Mexican-American war's 1846 and a "since 1517" are years there).

The years ``same_time`` compares are terms ("2019", "1990s", "90s"): a decade holds the years it covers.
"""

from __future__ import annotations

import re

from .lazyregex import LazyPattern
from .text import MONTH, PLAIN_YEAR

__all__ = [
    "BOUND_WORDS",
    "CENTURIES",
    "NAMED_YEAR",
    "PLAIN_YEAR",
    "RECENT_YEAR_DIGITS",
    "SINCE_YEAR",
    "YEARS_OF_EVENTS",
    "YEAR_DIGITS",
    "a_bound_holding",
    "dated_years",
    "is_decade",
    "is_year_number",
    "is_year_or_decade",
    "same_time",
    "years_and_decades",
]

#: the centuries of a year as the substitution check and the differences note read one (1800-2099)
CENTURIES = r"(?:18|19|20)"
#: a year of 1800-2099 written in digits
YEAR_DIGITS = CENTURIES + r"\d\d"
#: a year of 1900-2099: a dateline's, a title's date, an edition's ("Fénix 2025")
RECENT_YEAR_DIGITS = r"(?:19|20)\d\d"
#: a year of 1000-2099, as ``text.PLAIN_YEAR`` reads one whole (the polarity check's), as a group: the year a match
#: gives
_ANY_YEAR = "(" + PLAIN_YEAR.pattern + ")"

_MONTH_WORD = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
)
#: a year or decade standing as a time (``dated_years``): after "in", "on", "during" (Spanish "en", "durante"), a
#: determiner, "early"/"mid"/"late", a day and a month between ("in the 1950s", "on 5 February 2026", "in early
#: 2026"), or after a month anywhere ("January 2024"); a decade of two digits only after an apostrophe ("in their 30s"
#: is an age).  Not after "by", "before", "after", "since", "until", "from" (a bound), nor with no preposition ("the
#: 2015 Paris agreement", "Sweden's 2022 NATO bid", "2000 police officers")
_DATED = re.compile(
    rf"(?:\b(?:in|on|during|en|durante)\s+(?:(?:the|el|los)\s+)?(?:(?:early|mid|late)[\s-]+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?)?(?:{_MONTH_WORD}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:de\s+)?)?"
    rf"|\b{_MONTH_WORD}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:de\s+)?)"
    rf"(?P<year>{YEAR_DIGITS}(?:['’]?s)?|['’]\d0s)(?![\w,.]\d|[\w-])",
    re.IGNORECASE,
)


def dated_years(words: str) -> list[str]:
    """The years and decades ``words`` gives as a time (``_DATED``), as written, in order: "2019" of "in 2019",
    "1990s" of "during the 1990s", "'90s" of "in the '90s"; none of "by 2027", "the 2015 Paris agreement", "2000
    police officers" or "in their 30s"."""
    return [match.group("year") for match in _DATED.finditer(words)]


#: a year as the differences note takes one (1800-2099), not a part of an amount ("1,846", "2,025.5") nor a decade's
#: first year ("the 1990s" is not 1990); a year with its "'s" is one ("2016's election")
_YEAR = re.compile(rf"(?<![\d,.])({YEAR_DIGITS})(?!\d|[,.]\d|(?<=0)['’]?s\b)")
#: a decade as written: "1990s", "1990's", "'90s" (two digits only after an apostrophe: "in their 90s" is an age,
#: "in the 90s" may be a temperature)
_DECADE = re.compile(rf"(?<![\d,.]){CENTURIES}\d0['’]?s\b|(?<![\w'’])['’]\d0s\b")


def years_and_decades(text: str) -> list[str]:
    """The years and decades of ``text``, whatever each stands as (a time, a name's, a bound, a count), as written
    ("'90s" without its apostrophe, as the differences note shows it), each once, in the order of the text."""
    found = sorted([*_YEAR.finditer(text), *_DECADE.finditer(text)], key=lambda match: match.start())
    return list(dict.fromkeys(match.group(0).lstrip("'’") for match in found))


#: does a bound's year ``bound`` hold the year ``year``: up to it (by, until, till, through: itself too; before: not
#: itself)
_HOLDS = {
    "by": int.__le__,
    "until": int.__le__,
    "till": int.__le__,
    "through": int.__le__,
    "before": int.__lt__,
}
#: the words a year after which is a bound up to it, as ``a_bound_holding`` reads them (``differences``' short year
#: after a word of time too: "by '24")
BOUND_WORDS = tuple(_HOLDS)
#: a year given as a bound the time something happened by lies up to: "by 2027", "before 2021", "until 2019", "through
#: 2025"; "the end of" between ("by the end of 2025").  Not "since", "from" nor "after": "Footage from 2015 shows ..."
#: dates a source (old footage passed off as new is what the differences note is for), and "since 2019" or "after
#: 2019" says when a state began, which a claim's event years later contradicts (review of years108, finding 2)
_BOUND = re.compile(
    r"\b(?P<bound>(?a:" + "|".join(BOUND_WORDS) + r"))\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?"
    rf"(?P<year>{YEAR_DIGITS})(?![\w,.]\d|[\w-])",
    re.IGNORECASE,
)


def a_bound_holding(text: str, year: str, other: str) -> bool:
    """Does ``text`` give ``year`` only as a bound (``_BOUND``) that holds the year ``other``: "by 2027" holds 2026,
    "before 2021" holds 2020; "before 2020" does not hold 2020, nor "by 2020" 2026.  A year the text also gives
    otherwise ("in 2027 ... by 2027"), or a decade, is no bound of it; "since", "from" and "after" are no bounds."""
    if not (is_year_number(year) and is_year_number(other)):
        return False
    # the bound word is read in ASCII only ("(?a:...)" in ``_BOUND``, ``lower`` here): a Turkish "İ" or "ı" matched a
    # case-blind "i" and folded to no known bound ("unti̇l"), and a lookup crashed ``check``; a word read as no known
    # bound makes the year no bound
    holds = [_HOLDS.get(match["bound"].lower()) for match in _BOUND.finditer(text) if match["year"] == year]
    given = re.findall(rf"(?<![\d,.]){year}(?![\d]|[,.]\d)", text)
    return (
        bool(holds)
        and len(holds) == len(given)
        and all(hold is not None and hold(int(other), int(year)) for hold in holds)
    )


#: A year of an event, as the polarity check sets it before a span of time: a four-digit number written as a year,
#: after a word of time ("in 1916", "since", "before", "in early 1916", "in the 1916 expedition"), after a month
#: ("March 1916", "March 9, 1916"), as a decade ("the 1840s") or opening a range ("1916-17"); not a count ("1500 US
#: troops invaded Mexico" names no year before the span).  Group 1 or 2 is the year.
YEARS_OF_EVENTS = LazyPattern(
    r"(?i:\b(?:in|since|from|until|till|before|after|during|around|circa|between|early|late|mid)[\s-]+(?:the\s+)?"
    r"|\b"
    + MONTH
    + r"\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)"
    + _ANY_YEAR
    + r"\b|\b"
    + _ANY_YEAR
    + r"(?:s\b|\s?[-–]\s?\d{2,4}\b)"
)
#: a year as a bound a span of time starts from, in a folded text: "since 1917"
SINCE_YEAR = re.compile(r"\bsince\s+" + _ANY_YEAR + r"\b")
#: a year written after a name, which it says the edition of ("Fénix 2025", "Copa América 2024"); group 1 the year
NAMED_YEAR = LazyPattern(r"(?<![\w-])[A-ZÁÉÍÓÚÑ][\w-]*\s+(" + RECENT_YEAR_DIGITS + r")(?![\w,.]\d)")


def is_year_number(term: str) -> bool:
    """Is a term of four digits a year, 1800-2100 (not "5000", a count)?"""
    return len(term) == 4 and term.isdigit() and 1800 <= int(term) <= 2100


#: a decade as a term ("1990s" of "the 1990s", "1990's" or "mid-1990s"; "90s" of "the '90s"): its century and decade
#: digits
_DECADE_TERM = re.compile(rf"({CENTURIES}?)(\d)0['’]?s")


def is_decade(term: str) -> bool:
    """Is a term a decade ("2020s", "90s")?"""
    return _DECADE_TERM.fullmatch(term) is not None


def _years(time: str) -> str | None:
    """The years a year or decade covers, as four characters with "?" for any digit: "1994"; "199?" for the 1990s;
    "??9?" for the '90s, of any century (the text does not say which); "18??" for the 1800s, read as the century, as
    it mostly is, rather than its first decade. None for anything else."""
    if len(time) == 4 and time.isdigit():
        return time
    decade = _DECADE_TERM.fullmatch(time)
    if decade is None:
        return None
    century, digit = decade.groups()
    if not century:
        return f"??{digit}?"
    return f"{century}??" if digit == "0" else f"{century}{digit}?"


def same_time(one: str, other: str) -> bool:
    """Do two years or decades share a year? "2025" is in the 2020s, not in the 1990s; a decade is not a year the
    statement names but ten years: "in the 1910s" is no other date than "in 1914"."""
    first, second = _years(one), _years(other)
    if first is None or second is None:
        return one == other
    return all(a == b or "?" in (a, b) for a, b in zip(first, second, strict=True))


def is_year_or_decade(term: str) -> bool:
    """Is a number term a year (1800-2100, ``is_year_number``; not "5000") or a decade ("2010s", "90s")?"""
    return _years(term) is not None and not (term.isdigit() and not is_year_number(term))
