"""Years: which years a text gives, and as what (one home for reading them).

A year in a statement stands as one of several things, and the checks that compare a statement with a claim each
need a different reading:

- a time, when something happened: "in 2019", "In January 2024,", "during the 1990s" (``dated_years``: the years
  the substitution check compares, ``substitution.Wording.dated``);
- a name's part: "the 2015 Paris agreement", "Sweden's 2022 NATO bid", an edition after a name, "Fénix 2025"
  (``NAMED_YEAR``: no amount to the polarity check);
- a bound: "by 2027", "from 2035", "since 1917" (``SINCE_YEAR``: where the span a negation denies begins;
  ``bounds_of``: "by", "before", "until", "till" or "through" a year, its month too ("by March 2027"), Spanish "antes
  de", "hasta" and "para" (opening a clause), Portuguese "até", and a range ("between 2019 and 2021", "2019-21"), that
  hold the claim's date (``Bounds.held``, ``dates_of``) say no other date, to the differences note and the
  substitution check alike (one reading: years119); "since", "from" and "after" are not read so, nor a year that
  counts after a bound word, "hasta 2030 Navy SEALs": ``_a_count``);
- a count: "2000 police officers"; an age: "in their 30s".

``dated_years`` reads a time only; ``years_and_decades`` reads every year and decade, whatever it stands as (the
differences note compares them: a statement's year is shown beside the claim's, and the note says what it is);
``YEARS_OF_EVENTS`` reads the years the polarity check sets before a span of time (after a word of time, a bound
included, or a month, a decade, a range's first year).  The three readings differ on purpose, and each is as its
check read it before they were gathered here (no score, note or verdict changed by the gathering; the differences
note's reading of a bound came after it and changes notes only: years108; years113 read a
bound's month, Spanish bounds and ranges, and lifted the substitution check's cap of a bound or range holding the
claim's date).

The ranges differ too: a year term is 1800-2100 (``is_year_number``, ``YEAR_DIGITS`` 1800-2099), a dateline's or an
edition's year 1900-2099 (``RECENT_YEAR_DIGITS``: "1500 US troops" opens no dateline), and a number the text's
digit reading or the polarity check may take for a year 1000-2099 (``text.PLAIN_YEAR``: the
Mexican-American war's 1846 and a "since 1517" are years there).

The years ``same_time`` compares are terms ("2019", "1990s", "90s"): a decade holds the years it covers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .lazyregex import LazyPattern
from .months import ENGLISH_MONTH_ABBREVIATIONS, ENGLISH_MONTHS, MONTH, PORTUGUESE_MONTHS, SPANISH_MONTHS
from .text import PLAIN_YEAR

__all__ = [
    "BOUND_WORDS",
    "CENTURIES",
    "NAMED_YEAR",
    "NO_BOUNDS",
    "PLAIN_YEAR",
    "RECENT_YEAR_DIGITS",
    "SINCE_YEAR",
    "YEARS_OF_EVENTS",
    "YEAR_DIGITS",
    "Bound",
    "Bounds",
    "Date",
    "bounds_of",
    "dated_years",
    "dates_of",
    "is_decade",
    "is_year_number",
    "is_year_or_decade",
    "same_time",
    "year_date",
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

#: the months by name, in order, English, Spanish and Portuguese (``months``' tables): the one table the months of a
#: time (``_DATED``), of a bound and of a claim's date (``_MONTH_NUMBERS``) are read from
_MONTH_NAMES = {
    "en": " ".join(month.lower() for month in ENGLISH_MONTHS),
    "es": " ".join(month for month in SPANISH_MONTHS if month != "setiembre"),  # September's other spelling: below
    "pt": " ".join(PORTUGUESE_MONTHS),
    # the usual English abbreviations and other spellings, each as a month of the line (none for May)
    "other": " ".join(
        "|".join(
            [abbreviation.lower() for abbreviation in ENGLISH_MONTH_ABBREVIATIONS if month.startswith(abbreviation)]
            + (["setiembre"] if month == "September" else [])
        )
        or "-"
        for month in ENGLISH_MONTHS
    ),
}
#: a month's name as a time gives it (English and Spanish, as ``_DATED`` read them before the table was one)
_MONTH_WORD = "(?:" + "|".join(dict.fromkeys(f"{_MONTH_NAMES['en']} {_MONTH_NAMES['es']}".split())) + ")"
#: a year or decade standing as a time (``dated_years``): after "in", "on", "during" (Spanish "en", "durante"), a
#: determiner, "early"/"mid"/"late", a day and a month between ("in the 1950s", "on 5 February 2026", "in early
#: 2026"), or after a month anywhere ("January 2024"); a decade of two digits only after an apostrophe ("in their 30s"
#: is an age).  Not after "by", "before", "after", "since", "until", "from" (a bound), nor with no preposition ("the
#: 2015 Paris agreement", "Sweden's 2022 NATO bid", "2000 police officers"), nor opening a range ("in 2019-2021", "in
#: 2020–2022": an en dash as a hyphen, where "in 2020–2022" was a time of 2020 and "2022" a word of its own beside it)
_DATED = re.compile(
    rf"(?:\b(?:in|on|during|en|durante)\s+(?:(?:the|el|los)\s+)?(?:(?:early|mid|late)[\s-]+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?)?(?:{_MONTH_WORD}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:de\s+)?)?"
    rf"|\b{_MONTH_WORD}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:de\s+)?)"
    rf"(?P<year>{YEAR_DIGITS}(?:['’]?s)?|['’]\d0s)(?![\w,.]\d|[\w-]|\s?[–—]\s?\d)",
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


#: the English words a year after which is a bound up to it, as ``bounds_of`` reads them (``differences``' short year
#: after a word of time too: "by '24"): up to it, itself too (by, until, till, through) or not (before)
BOUND_WORDS = ("by", "until", "till", "through", "before")
#: the words of a bound that leaves out the month or year it names: "before 2027", "antes de 2027", "by the start of
#: March"
_EXCLUDING = ("before", "antes", "start", "beginning", "principios", "inicios")
#: the months a bound or a date may name, by number: English (with the usual abbreviations), Spanish and Portuguese
_MONTH_NUMBERS = {
    name: number
    for names in _MONTH_NAMES.values()
    for number, spellings in enumerate(names.split(), start=1)
    for name in spellings.split("|")
    if name != "-"
}
#: (in ASCII but for Portuguese "março": a case-blind "s" matched a long "ſ", "ſeptember", no month of the table)
_MONTH_OF_A_BOUND = "(?a:" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
#: a year given as a bound of when something happened: "by 2027", "before 2021", "until 2019", "through 2025"; "the
#: end of" between ("by the end of 2025"), a month ("by March 2027") and its day ("by March 1, 2027", "by 1 March
#: 2027"); Spanish "antes de 2027", "hasta (el) 2027", "para 2027" (opening a clause only: ``_opens_a_clause``),
#: "antes del 1 de marzo de 2027"; Portuguese "até 2027".  Not "since", "from" nor "after": "Footage from 2015 shows
#: ..." dates a source (old footage passed off as new is what the differences note is for), and "since 2019" or
#: "after 2019" says when a state began, which a claim's event years later contradicts (review of years108, finding
#: 2).  The bound word is read in ASCII only (``(?a:...)``): a Turkish "İ" or "ı" matched a case-blind "i" ("UNTİL",
#: "Sınce") and folded to no known bound (review of years108, finding 1)
_BOUND = (
    r"\b(?P<bound>(?a:by|until|till|through|before|hasta|para|antes\s+del?)|at[éÉ])\s+"
    r"(?:(?:the\s+(?P<edge>(?a:end|start|beginning))\s+of|(?P<article>(?a:el))|(?P<borde>(?a:finales|fines|principios|inicios))"
    r"\s+del?)\s+)?"
    rf"(?:(?:the\s+)?(?P<day>{_DAY})\s+(?:of\s+|de\s+)?)?"
    rf"(?:(?P<month>{_MONTH_OF_A_BOUND})\s+(?:(?P<mday>{_DAY}),?\s+)?(?:of\s+|del?\s+)?)?"
    + rf"(?P<year>{YEAR_DIGITS})(?![\w,.]\d|[\w-])"
)
#: a range of years: "from 2019 to 2021", "between 2019 and 2021", "2019-2021", "2019–21"; Spanish "de 2019 a 2021",
#: "desde 2019 hasta 2021", "entre 2019 y 2021"; Portuguese "entre 2019 e 2021".  Not "2024-03-04" (a day) nor
#: a chain of dashes ("2019-2020-2021"); "2019-20" of a season after a word of its own is read so too, but not a
#: range naming a thing ("the 2019-2021 law", "Mexico's 2024-2026 deal": ``_NAMING``)
_RANGE = (
    r"(?:\b(?P<opening>(?a:from|between|desde|de|entre))\s+(?a:el\s+)?"
    rf"(?P<first>{YEAR_DIGITS})\s+(?P<ending>(?a:to|and|through|until|till|a|al|hasta|y|e))\s+(?a:el\s+)?"
    rf"(?P<last>{YEAR_DIGITS})"
    rf"|(?<![\d,.–—-])(?P<dashed>{YEAR_DIGITS})\s?[–—-]\s?(?P<end>{YEAR_DIGITS}|\d\d))"
    r"(?![\w,.]\d|[\w–—/-])"
)
#: the words that end a range each word opening one may have: "from 2019 to 2021", not "the two numbers from 2024
#: and 2025" (two years, no range)
_RANGE_ENDS = {
    "from": ("to", "through", "until", "till"),
    "between": ("and",),
    "desde": ("a", "al", "hasta"),
    "de": ("a", "al", "hasta"),
    "entre": ("y", "e"),
}
_BOUNDS = re.compile(_RANGE + "|" + _BOUND, re.IGNORECASE)
#: four digits that may be a year, anywhere: a text without them gives no bound nor date
_YEAR_DIGITS_ANYWHERE = re.compile(YEAR_DIGITS)
#: a number or a month given anywhere, as ``bounds_of`` compares them with the years and months of its bounds (a
#: range's short end is a number: "21" of "2019-21")
_NUMBER_OR_MONTH = re.compile(rf"(?<![\d,.])\d+(?![\d]|[,.]\d)|\b{_MONTH_OF_A_BOUND}(?!\w)", re.IGNORECASE)
#: what a clause may open with before Spanish "para", read as "by": the text's start, a comma or other mark, "que"
#: ("Para 2027, el Senado ...", "se espera que para 2030 ..."); after a noun it is "for" ("el presupuesto para 2027"),
#: a time, as after a participle ("previsto para 2027")
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:(¿¡\"“«—–]|\bque)\s*$", re.IGNORECASE)
#: how many characters before a bound ``_opens_a_clause``, ``_NEGATED`` and ``_NAMING`` read: a short window, so that
#: reading every bound of a long text stays linear (review of years113, finding 6: "para 2027 " 3,000 times took 3.1 s)
_WINDOW = 60
#: a negation before "until", "hasta" or "até" in its clause, or a cleft after it: "Mexico did not pass the law until
#: 2022", "No fue hasta 2022 que ..." ("it was not until 2022 that"), Mexican "Fue hasta 2022 que ...": the event is
#: at the year, no bound holding an earlier date (review of years113, finding 2)
_NEGATED = re.compile(r"(?:\b(?a:not|no|never|nunca|jamás|não|nem)\b|n['’]t\b)[^,;:.!?]*$", re.IGNORECASE)
_CLEFT = re.compile(r"\s+que\b", re.IGNORECASE)
_UNTIL = frozenset({"until", "till", "hasta", "até"})
#: a determiner or a possessive before a dashed range that names a thing ("the 2019-2021 law", "Mexico's 2024-2026
#: deal"), as ``NAMED_YEAR`` reads "the 2015 Paris agreement"; not after a word of time ("during the 2019-2021 period")
_NAMING = re.compile(
    r"(?:(?<!\bin\s)(?<!\bon\s)(?<!\ben\s)(?<!\bover\s)(?<!\bduring\s)(?<!\bdurante\s)(?<!\bthroughout\s)"
    r"\b(?a:the|a|an|this|that|its|their|his|her|our|el|la|los|las|su|sus|este|esta|o|os|as)|['’]s)\s+$",
    re.IGNORECASE,
)
#: the word after a bound's or range's year, if a word follows (``_a_count``)
_WORD_AFTER = re.compile(r"\s+(?P<word>[^\W\d_][\w'’]*)")
#: the words after a bound's year that say it is a time, not a count: determiners, pronouns, auxiliaries,
#: prepositions and conjunctions ("By 2027 the Senate had ...", "Para 2027 el Senado ...", "by 2027 at the latest")
_TIME_FOLLOWERS = frozenset(
    (
        "the a an this that these those its his her their our my it he she they we i you there all most many some no"
        " not every each both was were had has have is are will would could should may might can only already also"
        " still and or but as when while after before in on at to for with from so then if by under over into within"
        " without during since because"
        " el la los las lo un una unos unas este esta estos estas ese esa esos esas su sus se ya y e o u que en a con"
        " por no había habían ha han fue era eran ni sin cuando mientras"
        " os as um uma já em na no nas nos"
    ).split()
)
#: the verbs that tell what a picture or a report gives, read after an English bound's or range's year (``_a_verb``):
#: "Footage shot before 2027 shows US troops".  A closed list, not any word before an object: a counted noun has an
#: object-like word after it as often ("by 2020 votes the next day", "until 2027 migrants a day", "hasta 2030 soldados
#: a México": review of years119, findings 1 and 2)
_REPORTING_VERBS = frozenset(
    "show shows showed reveal reveals revealed depict depicts depicted prove proves proved confirm confirms confirmed"
    " capture captures captured".split()
)
#: a listed verb and the word after it (a name, a number, "that", an article or possessive), or an opening quote
_VERB_AND_OBJECT = re.compile(r"\s+(?P<verb>[^\W\d_]+)\s+(?:[\"“‘']|(?P<object>[^\W_]+)(?:\s+(?P<next>[^\W\d_]+))?)")
#: the words after a listed verb that say it is one: an article, a possessive or "that" ("showed the", "reveals that")
_OBJECT_OPENERS = frozenset("a an the this these those his her its their our my your that".split())
#: the bound and range words in English, after which a listed verb is read (``_a_verb``): no Spanish or Portuguese one
#: ("hasta 2030 soldados a México": a count)
_ENGLISH_BOUND_WORDS = frozenset("by until till through before from between".split())
#: a time after an article, which says the listed word before it is a counted noun: "until 2030 shows a year"
_TIME_NOUNS = frozenset("day days week weeks month months year years time times next last same".split())
#: how many months a bound or range may reach past the claim's date and still hold it, to the substitution check
#: (``Bounds.held``'s ``near``): "by 2027" holds February 2026 (22 months), "by 2030" and "between 1900 and 2099" hold
#: nothing of it and keep its cap of another date (review of years113, finding 4: a vacuous range is no date less
#: precise but no date at all).  The differences note reads bounds whatever their width, as years108 did ("US troops
#: invaded Mexico before 1900" says no other date than 1846)
NEAR_MONTHS = 36


class Date(NamedTuple):
    """A date a claim's wording gives: the months it covers, ``first`` to ``last`` (``month_of``: one of "February
    2026", twelve of "2026"), and whether it ends a range of the wording's own ("between 2007 and 2012")."""

    first: int
    last: int
    in_range: bool = False


@dataclass(frozen=True)
class Bound:
    """A span of time a text gives as a bound of when something happened ("by March 2027", "antes de 2027") or as a
    range ("between 2019 and 2021", "2019-21"): the months it holds, ``first`` to ``last`` (counted as ``month_of``
    does), the words it names them with (its years and month, in lower case, as written), and whether it is a range."""

    first: int
    last: int
    words: tuple[str, ...]
    is_range: bool = False

    def holds(self, date: Date, near: bool = False) -> bool:
        """Does the bound hold every month of ``date``?  A range holds no end of a range: "Mexico's homicide rate
        tripled between 2007 and 2023" is another span than "... doubled between 2007 and 2012", whose 2007 it holds;
        a bound does ("by the end of 2025" holds the 2023-24 season, as it holds 2023).  ``near``: neither reaches more
        than ``NEAR_MONTHS`` past the date (the substitution check's reading)."""
        if self.is_range and date.in_range:
            return False
        if near and (self.last - date.last > NEAR_MONTHS or (self.is_range and date.first - self.first > NEAR_MONTHS)):
            return False  # a bound or range far wider than the date: no date of it at all (``NEAR_MONTHS``)
        return self.first <= date.first and date.last <= self.last


def month_of(year: int, month: int) -> int:
    """A month as a number that orders months: ``year * 12 + month - 1`` (month 1 to 12)."""
    return year * 12 + month - 1


def _before(text: str, at: int) -> tuple[str, bool]:
    """The ``_WINDOW`` characters of ``text`` before ``at``, and whether they start the text."""
    start = max(0, at - _WINDOW)
    return text[start:at], start == 0


def _opens_a_clause(text: str, at: int) -> bool:
    """Does a clause open at ``at`` of ``text`` (``_CLAUSE_OPENING``, in the window before it)?"""
    window, whole = _before(text, at)
    found = _CLAUSE_OPENING.search(window)
    return found is not None and (whole or found.group(0).strip() != "")


def _a_count(text: str, end: int, opening: bool, english: bool = False) -> bool:
    """Does the year of a bound or range ending at ``end`` count something ("hasta 2030 Navy SEALs", "between 2000 and
    2030 of its own troops", "Hasta 2027 personas murieron"), as "2000 police officers" does: followed by "of"/"de",
    a word of no time (``_TIME_FOLLOWERS``), or a name where the bound opens no clause ("approved until 2030 US Navy
    SEALs"; "By 2027 Mexico's Senate had ..." is a time)?  Review of years113, finding 1.  ``english``: the bound or
    range word is English, after which a listed verb with its object is no count (``_a_verb``)."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False  # the end of the text, a mark or a number: a time
    word = after["word"]
    if word.lower() in ("of", "de", "del", "do", "da"):
        return True
    if word.lower() in _TIME_FOLLOWERS:
        return False
    if english and _a_verb(text, end):
        return False  # "Footage shot before 2027 shows US troops": the year is the bound's, the word a verb
    return not (word[:1].isupper() and opening)


def _a_verb(text: str, end: int) -> bool:
    """Is the word after an English bound's or range's year ending at ``end`` a verb of ``_REPORTING_VERBS``, with its
    object after it: an opening quote; an article, a possessive or "that" (``_OBJECT_OPENERS``) but no time after it
    ("shows a US plane", not "shows a year"); a name or a number after a form that is no adjective ("shows US troops",
    "reveals 19"; not "confirmed US cases")?  Years119: the count reading had taken "shows" for the counted word, and
    "Footage shot before 2027 shows ..." got a note of 2027 that it had not before.  A lower-case noun after the verb
    ("shows troops") is still read as a count (docs/limits.md)."""
    found = _VERB_AND_OBJECT.match(text, end)
    if found is None or found["verb"] not in _REPORTING_VERBS:
        return False
    thing = found["object"]
    if thing is None:
        return True  # an opening quote: "shows “US troops”"
    if thing in _OBJECT_OPENERS:
        return found["next"] is None or found["next"].lower() not in _TIME_NOUNS
    named = thing[:1].isupper() or thing[:1].isdigit()
    return named and (found["verb"] == "showed" or not found["verb"].endswith("ed"))


def _bound(match: re.Match[str], text: str) -> Bound | None:
    """The bound or range a match of ``_BOUNDS`` gives; None for none (Spanish "para" after a noun: "for")."""
    if match["first"] or match["dashed"]:
        if match["opening"] and match["ending"].lower() not in _RANGE_ENDS[match["opening"].lower()]:
            return None
        first = int(match["first"] or match["dashed"])
        written = match["last"] or match["end"]
        last = int(written) if len(written) == 4 else first // 100 * 100 + int(written)
        if last < first and len(written) == 2 and first % 100 >= 90:
            last += 100  # "1999-00", "1998-02"; not "2024-13", no range
        if last <= first:
            return None  # "2021 to 2019": no range
        if match["dashed"]:
            window, _ = _before(text, match.start())
            if _NAMING.search(window) and _WORD_AFTER.match(text, match.end()):
                return None  # "the 2019-2021 law": a name's part
        elif _a_count(
            text, match.end(), _opens_a_clause(text, match.start()), match["opening"].lower() in _ENGLISH_BOUND_WORDS
        ):
            return None  # "between 2000 and 2030 US Navy SEALs": a count
        return Bound(month_of(first, 1), month_of(last, 12), (str(first), written.lower()), is_range=True)
    word = match["bound"]
    if word.lower() == "para" and not _opens_a_clause(text, match.start()):
        return None
    if word.lower() in _UNTIL and (_NEGATED.search(_before(text, match.start())[0]) or _CLEFT.match(text, match.end())):
        return None  # "No fue hasta 2022 que ...": at 2022, no bound
    # a month, a day, an edge or an article says the number is a year ("hasta el 2027"); a bare one may count
    written_as_a_date = any(match[group] for group in ("month", "day", "edge", "borde", "article"))
    english = word.lower() in _ENGLISH_BOUND_WORDS
    if not written_as_a_date and _a_count(text, match.end(), _opens_a_clause(text, match.start()), english):
        return None  # "hasta 2030 Navy SEALs", "until 2030 troops": a count
    year = int(match["year"])
    excluding = any(part and part.lower() in _EXCLUDING for part in (word.split()[0], match["edge"], match["borde"]))
    if match["month"] is None:
        last = month_of(year - 1, 12) if excluding else month_of(year, 12)
        return Bound(0, last, (match["year"],))
    month = month_of(year, _MONTH_NUMBERS[match["month"].lower().rstrip(".")])
    # a bound by a day leaves its month out, as "before" does: "by 1 February 2026" does not hold the claim's 11
    # February 2026, nor, whatever its day, its February
    last = month - 1 if excluding or match["day"] or match["mday"] else month
    return Bound(0, last, (match["year"], match["month"].lower().rstrip(".")))


@dataclass(frozen=True)
class Bounds:
    """The bounds and ranges a text gives (``found``: ``bounds_of``), and the years, numbers and months it gives
    outside them (``outside``), as written or as terms: the one reading of which of a statement's years and months say
    no other date than a claim's (``held``), for the differences note and the substitution check alike."""

    found: tuple[Bound, ...] = ()
    outside: frozenset[str] = frozenset()

    def held(self, dates: Iterable[Date], near: bool = False) -> frozenset[str]:
        """The words of the bounds that name only a bound holding one of ``dates`` (a claim's: ``dates_of``; a year's:
        ``year_date``), given nowhere else (``outside``): of "By March 2027 Mexico's Senate had approved ..." against
        February 2026, "2027" and "march"; none against March 2027 of "before March 2027".  ``near``: only bounds
        within ``NEAR_MONTHS`` of a date hold it (``Bound.holds``), the substitution check's reading."""
        if not self.found:
            return frozenset()  # most texts: no bound, no word held
        dates = tuple(dates)
        holding = [any(bound.holds(date, near) for date in dates) for bound in self.found]
        words = {word for bound, holds in zip(self.found, holding, strict=True) if holds for word in bound.words}
        other = {word for bound, holds in zip(self.found, holding, strict=True) if not holds for word in bound.words}
        return frozenset(words - other - self.outside)


#: a text's bounds when it gives none (most texts)
NO_BOUNDS = Bounds()


def bounds_of(text: str) -> Bounds:
    """The bounds and ranges ``text`` gives (``_BOUNDS``), and the years and months it gives outside them (lower case,
    as written): "In 2027, by 2027 at the latest, ..." gives 2027 as a time too."""
    if _YEAR_DIGITS_ANYWHERE.search(text) is None:
        return NO_BOUNDS  # no year, no bound: most texts, read at once (``substitution.analyse`` reads every text so)
    found = [(match, _bound(match, text)) for match in _BOUNDS.finditer(text)]
    if not any(bound is not None for _, bound in found):
        return NO_BOUNDS  # the words outside bounds are compared with those of bounds only
    spans = [match.span() for match, bound in found if bound is not None]  # in order, none overlapping
    starts = [start for start, _ in spans]
    outside = frozenset(
        word.group(0).lower().rstrip(".")
        for word in _NUMBER_OR_MONTH.finditer(text)
        if not _within(spans, starts, word.start())
    )
    return Bounds(tuple(bound for _, bound in found if bound is not None), outside)


def _within(spans: Sequence[tuple[int, int]], starts: Sequence[int], at: int) -> bool:
    """Is ``at`` within one of ``spans`` (in order, none overlapping; ``starts`` their starts)?  A search, not a walk
    over every span for every word: a long text of many bounds is read in linear time (review of years113, finding
    6)."""
    index = bisect_right(starts, at) - 1
    return index >= 0 and at < spans[index][1]


#: a date as a claim gives one: a year, with its month before it ("February 2026", "11 February 2026", "February
#: 11, 2026", "febrero de 2026")
_DATE = re.compile(
    rf"(?:\b(?P<month>{_MONTH_OF_A_BOUND})\s+(?:{_DAY},?\s+)?(?:of\s+|del?\s+)?)?(?<![\d,.])(?P<year>{YEAR_DIGITS})"
    r"(?!\d|[,.]\d)",
    re.IGNORECASE,
)


def dates_of(text: str) -> tuple[Date, ...]:
    """The dates ``text`` gives: each year, with its month before it ("February 2026"; ``_DATE``), and whether it ends
    a range of years (``_RANGE``)."""
    if _YEAR_DIGITS_ANYWHERE.search(text) is None:
        return ()
    ranges = [
        match.span()
        for match in _BOUNDS.finditer(text)
        if (match["first"] or match["dashed"]) and _bound(match, text) is not None
    ]
    dates: list[Date] = []
    for match in _DATE.finditer(text):
        year = int(match["year"])
        in_range = any(start <= match.start("year") < end for start, end in ranges)
        if match["month"] is None:
            dates.append(Date(month_of(year, 1), month_of(year, 12), in_range))
        else:
            month = month_of(year, _MONTH_NUMBERS[match["month"].lower().rstrip(".")])
            dates.append(Date(month, month, in_range))
    return tuple(dict.fromkeys(dates))


def year_date(year: str) -> Date | None:
    """The date a year gives, its twelve months ("2026"), to compare a bound with (``Bounds.held``: "before 1900"
    holds the 1846 of a claim); None for a decade or any other term."""
    if not is_year_number(year):
        return None
    whole = int(year)
    return Date(month_of(whole, 1), month_of(whole, 12))


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
