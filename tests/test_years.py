"""Which years a text gives, and as what (``factcheck/years.py``, the one home of the readings the substitution
check, the differences note and the polarity check make of a year).

Each reading is as its check made it before they were gathered there: these tests hold what a fact-checker's dated
statements are read as, so that a change to one reading is seen here, beside the others."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.substitution import analyse
from factcheck.years import (
    NAMED_YEAR,
    SINCE_YEAR,
    YEARS_OF_EVENTS,
    a_bound_holding,
    dated_years,
    is_year_number,
    is_year_or_decade,
    same_time,
    years_and_decades,
)


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("In 2019 Canada legalised recreational cannabis", ["2019"]),
        ("In 2019, Canada legalised recreational cannabis", ["2019"]),
        ("Canada legalised recreational cannabis in 2018", ["2018"]),
        ("US troops stayed in Panama during the 1990s", ["1990s"]),
        ("Mexico's Senate approved the SEALs in early 2026", ["2026"]),
        ("On 5 February 2026, Mexico's Senate approved 19 US Navy SEALs", ["2026"]),
        ("In February 2026 Mexico's Senate approved 19 US Navy SEALs", ["2026"]),
        ("January 2024 was the warmest on record", ["2024"]),
        ("México envió 10,000 soldados a la frontera en 2025", ["2025"]),
        ("It was a popular claim in the '90s", ["'90s"]),
    ],
)
def test_a_year_given_as_a_time_is_read_as_one(text: str, times: list[str]) -> None:
    assert dated_years(text) == times
    assert analyse(text).dated  # the terms the substitution check compares as another date


@pytest.mark.parametrize(
    ("text", "given"),
    [
        # a bound
        ("By 2027 every new car sold in the EU will be electric", ["2027"]),
        ("Sales of petrol cars are banned from 2035", ["2035"]),
        ("US troops have not invaded Mexico since 1917", ["1917"]),
        # a name's
        ("The US withdrew from the 2015 Paris agreement", ["2015"]),
        ("Sweden's 2022 NATO bid was blocked by Turkey", ["2022"]),
        # a count
        ("The city hired 2000 police officers", ["2000"]),
        # an age: no year at all
        ("Most migrants who cross the border are in their 30s", []),
        # a range's first year: no time alone
        ("Deportations rose in 2019-20", ["2019"]),
    ],
)
def test_a_year_given_as_no_time_is_no_date_to_compare(text: str, given: list[str]) -> None:
    """The true statements a fact-checker writes with a year that dates nothing: the substitution check compares
    none of them as another date (``Wording.dated``), while the differences note still names each year given."""
    assert dated_years(text) == []
    assert analyse(text).dated == frozenset()
    assert years_and_decades(text) == given


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("The Mexican-American War began in 1846", ["1846"]),
        ("1,846 US troops were deployed", []),  # an amount, no year
        ("Troops stayed there during the 1990s", ["1990s"]),  # the decade, not 1990
        ("It was a popular claim in the '90s", ["90s"]),  # shown without its apostrophe
        ("Russia meddled in 2016's election", ["2016"]),
        ("Troops went in 2019 and again in 2019", ["2019"]),  # each once
    ],
)
def test_the_years_and_decades_a_text_gives_whatever_they_stand_as(text: str, given: list[str]) -> None:
    assert years_and_decades(text) == given


def test_the_polarity_check_reads_bounds_and_events_its_own_way() -> None:
    """The years a negated span is set against: after a word of time, a bound included ("since"), not a count."""
    events = [
        match[1] or match[2] for match in YEARS_OF_EVENTS.finditer("The US invaded Mexico in 1916 and since 1917")
    ]
    assert events == ["1916", "1917"]
    assert list(YEARS_OF_EVENTS.finditer("1500 US troops invaded Mexico")) == []
    assert SINCE_YEAR.findall("us troops have not entered mexico since 1917") == ["1917"]
    assert [match[1] for match in NAMED_YEAR.finditer("Mexico joined the Fénix 2025 exercise")] == ["2025"]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("2025", "2020s", True),
        ("2025", "1990s", False),
        ("1914", "1910s", True),
        ("1994", "90s", True),  # the '90s of any century
        ("2019", "2018", False),
        ("1846", "1800s", True),  # the 1800s read as the century
    ],
)
def test_a_decade_holds_its_years(one: str, other: str, same: bool) -> None:
    assert same_time(one, other) is same
    assert same_time(other, one) is same


@pytest.mark.parametrize(
    ("term", "year"),
    [("2019", True), ("1800", True), ("2100", True), ("2101", False), ("5000", False), ("155", False)],
)
def test_a_four_digit_number_is_a_year_from_1800_to_2100(term: str, year: bool) -> None:
    assert is_year_number(term) is year
    assert is_year_or_decade(term) is year


def test_a_decade_is_a_year_or_decade_and_a_month_is_not() -> None:
    assert is_year_or_decade("2010s")
    assert is_year_or_decade("90s")
    assert not is_year_or_decade("march")


@pytest.mark.parametrize(
    ("text", "year", "other", "holds"),
    [
        ("By 2027 Mexico's Senate had approved 19 Navy SEALs", "2027", "2026", True),
        ("By 2026 Mexico's Senate had approved 19 Navy SEALs", "2026", "2026", True),  # by: itself too
        ("Before 2026 Mexico's Senate approved 19 Navy SEALs", "2026", "2026", False),  # before: not itself
        ("By the end of 2025 troops had left", "2025", "2024", True),
        ("Mexico passed a law limiting DEA agents before 2021", "2021", "2020", True),
        ("Until 2019 the treaty held", "2019", "2015", True),
        ("Through 2025 troops stayed", "2025", "2024", True),
        # "after", "since" and "from" are no bound (review of years108, finding 2): "Footage from 2015", a source's
        # date; "since 2015", when a state began, which a treaty signed in 2019 cannot have held from
        ("The Mérida Initiative was replaced after 2020", "2020", "2021", False),
        ("Since 2015 the treaty has held", "2015", "2019", False),
        ("Footage from 2015 shows a US military plane landing in Toluca", "2015", "2026", False),
        ("The EU will ban sales of new petrol cars from 2035", "2035", "2036", False),
        # no bound: a time, a name's, or the same year said as a time too
        ("Mexico's Senate approved 19 Navy SEALs in 2027", "2027", "2026", False),
        ("Standby 2027 was the exercise's name", "2027", "2026", False),
        ("In 2027, by 2027 at the latest, the Senate voted", "2027", "2026", False),
        ("By 2020s standards the budget was small", "2020s", "2021", False),
    ],
)
def test_a_bound_holds_the_years_on_its_side(text: str, year: str, other: str, holds: bool) -> None:
    assert a_bound_holding(text, year, other) is holds


# review of years108, finding 1: a bound word written with a Turkish dotted or dotless i ("UNTİL", "Sınce") matched
# the case-blind pattern but folded to no known bound ("unti̇l"), and `check` crashed with a KeyError.  A bound word is
# read in ASCII only; a word read as none is no bound.
@pytest.mark.parametrize(
    ("text", "year", "other"),
    [
        ("UNTİL 2027 Mexico's Senate had approved 19 Navy SEALs", "2027", "2026"),
        ("Tİll 2027 Mexico's Senate had approved 19 Navy SEALs", "2027", "2026"),
        ("Sınce 2019 Mexico has deployed 10,000 of its own troops to the US border.", "2019", "2025"),
    ],
)
def test_a_bound_word_outside_ascii_is_no_bound_and_no_crash(text: str, year: str, other: str) -> None:
    assert a_bound_holding(text, year, other) is False


def test_a_bound_word_in_capitals_is_a_bound() -> None:
    assert a_bound_holding("UNTIL 2027 Mexico's Senate had approved 19 Navy SEALs", "2027", "2026") is True


def test_a_batch_with_a_turkish_i_in_a_bound_word_answers_every_line(
    invoke: Callable[..., Result], starter_kb: Path
) -> None:
    lines = [
        "UNTİL 2027 Mexico's Senate had approved 19 Navy SEALs",
        "Tİll 2027 Mexico's Senate had approved 19 Navy SEALs",
        "Sınce 2019 Mexico has deployed 10,000 of its own troops to the US border.",
        "By 2027 Mexico's Senate had approved 19 Navy SEALs",
    ]
    result = invoke("check", "-", "--top", "1", "--kb", str(starter_kb), input="\n".join(lines) + "\n")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    answers = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [answer["query"] for answer in answers] == lines
    assert "Traceback" not in result.output
    # each line gets an answer: the Senate's 19 Navy SEALs for the three of them that name it
    shown = [answer["matches"][0]["id"] if answer["matches"] else None for answer in answers]
    assert shown[0] == shown[1] == shown[3] == "feb-2026-senate-approves-19-navy-seals"
    assert result.exit_code == 0
