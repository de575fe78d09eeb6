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
    bounds_of,
    dated_years,
    dates_of,
    is_year_number,
    is_year_or_decade,
    same_time,
    year_date,
    years_and_decades,
)


def _holds(text: str, year: str, other: str) -> bool:
    """Does ``text`` give ``year`` only as a bound or range holding every month of the year ``other``, as the
    differences note reads a statement's year against a claim's (``Bounds.held`` of ``year_date``)?"""
    date = year_date(other)
    return date is not None and year in bounds_of(text).held([date])


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
        # a range's first year: no time alone, after a hyphen or an en dash (years113: "in 2020–2022" was a time of
        # 2020, and the substitution check capped "The Mérida Initiative was replaced in 2020–2022" as another date
        # than 2021, while "in 2020-2022" kept it)
        ("Deportations rose in 2019-20", ["2019"]),
        ("The Mérida Initiative was replaced in 2020–2022", ["2020", "2022"]),
        ("The Mérida Initiative was replaced in 2020 – 2022", ["2020", "2022"]),
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
        ("Through 2025, troops stayed", "2025", "2024", True),
        # review of years113: a bound's year before a word of no time may count ("2025 troops", as "Hasta 2027
        # personas murieron"): it keeps the note, as before years108
        ("Through 2025 troops stayed", "2025", "2024", False),
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
    assert _holds(text, year, other) is holds


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
    assert _holds(text, year, other) is False


def test_a_bound_word_in_capitals_is_a_bound() -> None:
    assert _holds("UNTIL 2027 Mexico's Senate had approved 19 Navy SEALs", "2027", "2026") is True


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


# years113: a bound with a month (and day) between its word and its year, Spanish and Portuguese bounds, and ranges of
# years.  A fact-checker writes "By March 2027 Mexico's Senate had approved 19 Navy SEALs" of the Senate's February
# 2026 vote as "By 2027 ..." (no other date); "antes de 2027", "hasta 2027", "Para 2027, ..." and "até 2027" as
# "before", "until" and "by"; a range holding the claim's year ("between 2019 and 2021" for 2020) is a date less
# precise than the claim's, not another.
@pytest.mark.parametrize(
    ("text", "year", "other"),
    [
        ("By March 2027 Mexico's Senate had approved 19 Navy SEALs", "2027", "2026"),
        ("By 1 March 2027 Mexico's Senate had approved 19 Navy SEALs", "2027", "2026"),
        ("By March 1, 2027 Mexico's Senate had approved 19 Navy SEALs", "2027", "2026"),
        ("By the end of March 2027 Mexico's Senate had approved 19 Navy SEALs", "2027", "2026"),
        ("Before Sept. 2027 the Senate voted", "2027", "2026"),
        ("Para 2027, el Senado había aprobado el ingreso de 19 Navy SEALs", "2027", "2026"),
        ("Para 2027 el Senado había aprobado el ingreso de 19 Navy SEALs", "2027", "2026"),
        ("Se espera que para 2030 México reduzca sus emisiones", "2030", "2029"),
        ("Hasta 2027 el Senado aprobó el ingreso de 19 Navy SEALs", "2027", "2026"),
        ("El Senado aprobó el ingreso de 19 Navy SEALs hasta el 2027", "2027", "2026"),
        ("Antes de 2027 el Senado aprobó el ingreso de 19 Navy SEALs", "2027", "2026"),
        ("El Senado aprobó el ingreso de 19 Navy SEALs antes del 2027", "2027", "2026"),
        ("Antes de marzo de 2027 el Senado aprobó el ingreso de 19 Navy SEALs", "2027", "2026"),
        ("Até 2027 o Senado aprovou a entrada de 19 Navy SEALs", "2027", "2026"),
        # a range holding the year, its ends included
        ("Between 2019 and 2021 Mexico passed a law limiting DEA agents", "2019", "2020"),
        ("Between 2019 and 2021 Mexico passed a law limiting DEA agents", "2021", "2020"),
        ("From 2019 to 2021 Mexico passed a law limiting DEA agents", "2021", "2019"),
        ("In 2019-2021 Mexico passed a law limiting DEA agents", "2021", "2020"),
        ("In 2019–2021 Mexico passed a law limiting DEA agents", "2019", "2020"),
        ("De 2019 a 2021 México aprobó una ley que limita a los agentes de la DEA", "2021", "2020"),
        ("Entre 2019 y 2021 México aprobó una ley que limita a los agentes de la DEA", "2019", "2020"),
        ("Desde 2019 hasta 2021 México limitó a los agentes de la DEA", "2021", "2020"),
    ],
)
def test_a_bound_with_a_month_a_spanish_bound_or_a_range_holds_the_year(text: str, year: str, other: str) -> None:
    assert _holds(text, year, other) is True


@pytest.mark.parametrize(
    ("text", "year", "other"),
    [
        # a month's bound is up to that month: "by March 2027" does not hold all of 2027, "before" not 2027 at all
        ("By March 2027 Mexico's Senate had approved 19 Navy SEALs", "2027", "2027"),
        ("By 2020 Mexico's Senate had approved 19 Navy SEALs", "2020", "2026"),
        ("Antes de 2026 el Senado aprobó el ingreso de 19 Navy SEALs", "2026", "2026"),
        ("Hasta 2020 el Senado aprobó el ingreso de 19 Navy SEALs", "2020", "2026"),
        # Spanish "para" after a noun or a participle is "for": the year it gives is a time ("the budget for 2027")
        ("El presupuesto para 2027 aprobó el ingreso de 19 Navy SEALs", "2027", "2026"),
        ("El Senado aprobó el ingreso de 19 Navy SEALs para 2027", "2027", "2026"),
        ("La visita de los Navy SEALs está prevista para 2027", "2027", "2026"),
        ("Las metas para 2030 de México", "2030", "2029"),
        # a range the year lies outside of, or no range
        ("The Mérida Initiative was replaced between 2022 and 2024", "2022", "2021"),
        ("The Mérida Initiative was replaced in 2022-2024", "2024", "2021"),
        ("From 2019 to 2021 the Mérida Initiative was replaced", "2019", "2022"),
        ("Footage from 2015 shows a US military plane landing in Toluca", "2015", "2026"),
        ("Since 2019 Mexico has deployed 10,000 troops", "2019", "2020"),
        ("Troops went in 2019, between 2019 and 2021 in all", "2019", "2020"),  # 2019 a time too
        # a date in digits is no range, nor two years after "from ... and", nor a year and a month
        ("On 2024-03-04 the Senate voted", "2024", "2023"),
        ("Compare the two numbers from 2024 and 2025", "2025", "2024"),
        ("'2024-13' is not a real date", "2024", "2050"),
    ],
)
def test_a_bound_or_range_the_year_lies_outside_of_or_para_for_holds_nothing(text: str, year: str, other: str) -> None:
    assert _holds(text, year, other) is False


@pytest.mark.parametrize(
    ("text", "claim", "held_words"),
    [
        # the month of a bound holding the claim's month is no other month either
        ("By March 2027 Mexico's Senate had approved 19 Navy SEALs", "In February 2026", {"2027", "march"}),
        ("By March 2026 Mexico's Senate had approved 19 Navy SEALs", "In February 2026", {"2026", "march"}),
        ("Antes de marzo de 2026 el Senado aprobó el ingreso", "In February 2026", {"2026", "marzo"}),
        # a bound before the claim's month holds nothing: by a day, its month is left out ("by 1 February 2026" is
        # before the Senate's vote of 11 February)
        ("By January 2026 Mexico's Senate had approved 19 Navy SEALs", "In February 2026", set()),
        ("Before February 2026 Mexico's Senate approved 19 Navy SEALs", "In February 2026", set()),
        ("By 1 February 2026 Mexico's Senate had approved 19 Navy SEALs", "In February 2026", set()),
        ("By February 2026 Mexico's Senate had approved 19 Navy SEALs", "In February 2026", {"2026", "february"}),
        # a range's short end is its word too
        ("Deportations rose in 2019-20", "in 2020", {"2019", "20"}),
    ],
)
def test_the_words_of_a_bound_holding_the_claims_date(text: str, claim: str, held_words: set[str]) -> None:
    assert bounds_of(text).held(dates_of(claim)) == held_words


def test_a_month_or_a_short_range_end_given_elsewhere_is_no_bounds_alone() -> None:
    """The "21" of a count and the "March" of a return are words of the statement's own, no bound's alone."""
    assert bounds_of("In 2019-21, 21 US troops went in; by March 2027 they were back in March").held(
        dates_of("in 2020")
    ) == {"2019", "2027"}


# review of years113 (fixyears113): a year-shaped number after a bound or range word that counts something ("hasta
# 2030 Navy SEALs", "between 2000 and 2030 of its own troops", "Hasta 2027 personas") is a count, no bound; a negated
# or cleft "until"/"hasta" ("No fue hasta 2022 que ...": "it was not until 2022") dates the event at the year; a dashed
# range naming a thing ("the 2019-2021 law") is a name's part; a chain of dashes is no range; and a bound or range
# far wider than the claim's date ("between 1900 and 2099") holds it not (``years.NEAR_MONTHS``)
@pytest.mark.parametrize(
    ("text", "year", "other"),
    [
        ("El Senado de México aprobó hasta 2030 Navy SEALs de EEUU en febrero de 2026.", "2030", "2026"),
        ("Mexico's Senate approved until 2030 US Navy SEALs in February 2026.", "2030", "2026"),
        ("Mexico's Senate approved between 2000 and 2030 US Navy SEALs in February 2026.", "2030", "2026"),
        ("El Senado de México aprobó entre 2000 y 2030 Navy SEALs de EEUU en febrero de 2026.", "2030", "2026"),
        ("Mexico's Senate approved from 2000 to 2030 US Navy SEALs in February 2026.", "2030", "2026"),
        ("Mexico deployed between 2000 and 2030 of its own troops to the US border in February 2025.", "2030", "2025"),
        ("Mexico deployed until 2030 troops to the US border in February 2025.", "2030", "2025"),
        ("México desplegó hasta 2030 soldados propios en la frontera con EEUU en febrero de 2025.", "2030", "2025"),
        ("México desplegó hasta 2027 de sus propios soldados en la frontera con EEUU.", "2027", "2025"),
        ("Hasta 2027 personas murieron cuando el Senado de México aprobó 19 Navy SEALs de EEUU.", "2027", "2026"),
        ("No fue hasta 2022 que México aprobó una ley que limita a la DEA.", "2022", "2020"),
        ("Mexico did not pass a law limiting DEA agents until 2022.", "2022", "2020"),
        ("Fue hasta 2022 que México aprobó una ley que limita a la DEA.", "2022", "2020"),
        ("The 2024-2026 US–Mexico security deal allows US forces to operate in Mexico.", "2026", "2025"),
        ("The 2019-2021 law passed by Mexico limits DEA agents.", "2021", "2020"),
        ("Mexico's 2019-2021 law limits what DEA agents can do.", "2021", "2020"),
    ],
)
def test_a_count_a_negated_until_or_a_names_range_holds_nothing(text: str, year: str, other: str) -> None:
    assert _holds(text, year, other) is False


@pytest.mark.parametrize(
    ("text", "claim", "near", "held_words"),
    [
        # to the substitution check (``near``), a bound or range more than three years past the claim's date holds
        # nothing of it; to the differences note it does, as years108 read it ("before 1900" of 1846)
        ("Between 1900 and 2099 Mexico passed a law limiting DEA agents", "In December 2020", True, set()),
        ("By 2030 the US turned a strip of the New Mexico border into a base", "In 2025", True, set()),
        ("Between 2020 and 2030 the US turned a strip of the border into a base", "In 2025", True, set()),
        ("Between 1900 and 2099 Mexico passed a law limiting DEA agents", "In December 2020", False, {"1900", "2099"}),
        ("By 2030 the US turned a strip of the New Mexico border into a base", "In 2025", False, {"2030"}),
        # within three years, both
        ("By 2028 the US turned a strip of the New Mexico border into a base", "In 2025", True, {"2028"}),
        ("Between 2019 and 2021 Mexico passed a law limiting DEA agents", "In December 2020", True, {"2019", "2021"}),
        ("By March 2027 Mexico's Senate had approved 19 Navy SEALs", "In February 2026", True, {"2027", "march"}),
    ],
)
def test_a_bound_far_wider_than_the_date_holds_it_not_to_the_substitution_check(
    text: str, claim: str, near: bool, held_words: set[str]
) -> None:
    assert bounds_of(text).held(dates_of(claim), near) == held_words


@pytest.mark.parametrize(
    ("text", "year", "other"),
    [
        # what must not change with the count reading: a bound or range opening the statement before a name or a
        # determiner, or ending it, is a time
        ("By 2027 Mexico's Senate had approved 19 Navy SEALs", "2027", "2026"),
        ("By 2027 the Senate had approved 19 Navy SEALs", "2027", "2026"),
        ("Mexico's Senate had approved 19 Navy SEALs by 2027.", "2027", "2026"),
        ("Mexico's Senate had approved 19 Navy SEALs by 2027, the record shows", "2027", "2026"),
        ("Hasta 2027 el Senado aprobó el ingreso de 19 Navy SEALs", "2027", "2026"),
        ("Between 2019 and 2021 Mexico passed a law limiting DEA agents", "2021", "2020"),
        ("The Mérida Initiative was replaced between 2020 and 2022", "2022", "2021"),
        ("The Mérida Initiative was replaced in 2020-2022", "2022", "2021"),
        ("In 2019-21 Mexico passed a law limiting DEA agents", "2019", "2020"),
        ("During the 2019-2021 period Mexico passed a law limiting DEA agents", "2021", "2020"),
        ("Entre 2019 y 2021 México aprobó una ley que limita a la DEA", "2021", "2020"),
        ("Mexico passed a law limiting DEA agents until 2021, the record shows", "2021", "2020"),
        ("Para 2027 el Senado había aprobado el ingreso de 19 Navy SEALs", "2027", "2026"),
        # a preposition after the year opens no count (the starter file's "replaced by 2021 by a new ... framework")
        (
            "After talks in 2019, the Mérida Initiative was replaced by 2021 by a new US–Mexico framework.",
            "2021",
            "2020",
        ),
    ],
)
def test_a_bound_opening_or_ending_a_statement_still_holds(text: str, year: str, other: str) -> None:
    assert _holds(text, year, other) is True


# years119: a bound's year before a verb that tells what a picture or report gives ("Footage shot before 2027 shows US
# troops in Mexico") is no count.  The count reading (review of years113) had taken "shows" for the counted word, and
# the statement got a note of 2027 that it had not before.  The verb is one of a short closed list
# (``years._REPORTING_VERBS``), after an English bound or range only, with its object after it
@pytest.mark.parametrize(
    ("text", "year", "other"),
    [
        ("Footage shot before 2027 shows US troops in Mexico.", "2027", "2025"),
        ("Footage shot before 2027 shows a US military plane landing in Toluca", "2027", "2026"),
        ("Footage shot before 2027 reveals 19 US Navy SEALs in Mexico", "2027", "2026"),
        ("Photos taken before 2027 showed the US troops in Mexico", "2027", "2026"),
        ("A video recorded until 2027 shows his troops in Mexico", "2027", "2026"),
        ("Footage filmed between 2024 and 2026 shows US troops in Mexico.", "2026", "2025"),
        ("Photos taken before 2027 show US troops in Mexico", "2027", "2025"),
        ("Footage shot before 2027 shows that US troops are in Mexico", "2027", "2025"),
        ("Footage shot before 2027 shows \u201cUS troops\u201d in Mexico", "2027", "2025"),
        ("A report written by 2027 confirmed the US troops in Mexico", "2027", "2026"),
    ],
)
def test_a_bounds_year_before_a_verb_holds_the_year(text: str, year: str, other: str) -> None:
    assert _holds(text, year, other) is True


@pytest.mark.parametrize(
    ("text", "year", "other"),
    [
        # a plural noun before a verb, a relative pronoun, a preposition or the end is a count, as before
        ("US troops were in Mexico before 2027 troops arrived.", "2027", "2026"),
        ("Before 2027 troops arrived in Mexico.", "2027", "2026"),
        ("Mexico deployed until 2030 troops that the US trained", "2030", "2026"),
        ("By 2027 shows of force were common at the border", "2027", "2026"),
        ("The bill passed by 2000 votes", "2000", "1999"),
        ("Hasta 2027 personas murieron en la frontera", "2027", "2026"),
        ("Mexico's Senate approved until 2030 armed US Navy SEALs", "2030", "2026"),
        ("Mexico's Senate approved until 2030 numerous US Navy SEALs", "2030", "2026"),
        # a name right after the year counts where the bound opens no clause, as before
        ("Mexico's Senate approved until 2030 US Navy SEALs", "2030", "2026"),
        ("El Senado aprobó hasta 2030 Navy SEALs", "2030", "2026"),
        # review of years119, findings 1 and 2: a counted noun before an article, a possessive, "this", a weekday, a
        # hyphenated name or a number is no verb; nor is a word after a Spanish or Portuguese bound
        ("El Pentágono envió hasta 2030 soldados a México", "2030", "2026"),
        ("EEUU enviará hasta 2030 soldados a la frontera", "2030", "2026"),
        ("Hasta 2030 soldados a la frontera", "2030", "2026"),
        ("Hasta 2025 soldados a la vez", "2025", "2024"),
        ("Hasta 2025 soldados estadounidenses a la vez", "2025", "2024"),
        ("El Senado autorizó hasta 2030 militares a ingresar", "2030", "2026"),
        ("El Senado aprobó hasta 2030 efectivos a la semana", "2030", "2026"),
        ("Hasta 2027 migrantes a diario cruzaron", "2027", "2026"),
        ("Hasta 2027 personas a pie cruzaron", "2027", "2026"),
        ("Antes de 2025 soldados a la frontera llegaron", "2025", "2024"),
        ("O Pentágono enviou até 2030 soldados a México", "2030", "2026"),
        ("Até 2030 soldados a fronteira", "2030", "2026"),
        ("Até 2025 militares a cada ano", "2025", "2024"),
        ("The reform passed by 2020 votes the next day", "2020", "2019"),
        ("The reform passed by 2020 votes a day later", "2020", "2019"),
        ("The bill passed by 2000 votes this week", "2000", "1999"),
        ("The mayor won by 2020 votes his second term", "2020", "2019"),
        ("The mayor lost by 2021 votes the runoff", "2021", "2020"),
        ("Until 2027 migrants a day crossed the border", "2027", "2026"),
        ("The US sent until 2030 troops a week to Mexico", "2030", "2026"),
        ("Mexico allowed until 2030 troops a year", "2030", "2026"),
        ("The US sent through 2027 troops a month", "2027", "2026"),
        ("Mexico sent through 2025 units a month", "2025", "2024"),
        ("Before 2027 troops a day crossed", "2027", "2026"),
        ("Mexico approved until 2030 troops this year", "2030", "2026"),
        ("Mexico approved until 2030 troops this week", "2030", "2026"),
        ("Mexico deployed until 2030 soldiers their commanders chose", "2030", "2026"),
        ("by 2027 troops the US trained were in Mexico", "2027", "2026"),
        ("Mexico's Senate approved until 2030 Marines a year", "2030", "2026"),
        ("Mexico's Senate approved until 2030 marines a year", "2030", "2026"),
        ("The reform passed by 2020 votes Tuesday", "2020", "2019"),
        ("The reform passed by 2020 votes on Tuesday", "2020", "2019"),
        ("The reform passed by 2020 votes Thursday, officials said", "2020", "2019"),
        ("Mexico hosted until 2030 troops US-trained", "2030", "2026"),
        ("Mexico approved until 2030 troops US-trained", "2030", "2026"),
        ("Mexico admitted before 2027 drones US-made", "2027", "2026"),
        ("Mexico received by 2027 drones 10 times", "2027", "2026"),
        ("Mexico approved until 2030 officers 19 of whom were SEALs", "2030", "2026"),
        ("Mexico approved until 2030 agents DEA sent", "2030", "2026"),
        ("El Senado aprobó hasta 2030 marines EEUU", "2030", "2026"),
        ("Hasta 2030 agentes EEUU", "2030", "2026"),
        # a listed word that is a noun or an adjective there: "of" after it, a time after its article, a noun after a
        # participle in -ed
        ("The network aired until 2030 shows a year", "2030", "2026"),
        ("The lab reported by 2027 confirmed cases", "2027", "2026"),
        ("The patrol made until 2030 captured US drones", "2030", "2026"),
    ],
)
def test_a_bounds_year_before_no_verb_still_counts(text: str, year: str, other: str) -> None:
    assert _holds(text, year, other) is False


# known misses of the narrow verb reading (docs/limits.md, review of years119, finding 4): a lower-case noun after the
# verb, a headline's capitals, a verb after another, a Spanish verb; each is noted as 2027 against the claim's 2025
@pytest.mark.xfail(strict=True, reason="a known miss (docs/limits.md): the verb read as the counted word")
@pytest.mark.parametrize(
    ("text", "year", "other"),
    [
        ("Footage shot before 2027 shows troops in Mexico.", "2027", "2025"),
        ("Footage Shot Before 2027 Shows US Troops In Mexico", "2027", "2025"),
        ("Footage shot before 2027 appears to show US troops", "2027", "2025"),
        ("Video grabado antes de 2027 muestra a soldados de EEUU en México", "2027", "2025"),
    ],
)
def test_a_bounds_year_before_a_verb_the_narrow_reading_leaves(text: str, year: str, other: str) -> None:
    assert _holds(text, year, other) is True


def test_a_chain_of_dashes_is_no_range() -> None:
    assert bounds_of("The 2019-2020-2021 seasons").found == ()


def test_check_shows_footage_shot_before_the_claims_year_without_another_date(
    invoke: Callable[..., Result], starter_kb: Path
) -> None:
    """What a fact-checker sees (years119): "Footage shot before 2027 shows ..." says no other date than the claim
    summary's 2025, as before the count reading; footage "from 2015" and "2027 troops" that arrived are noted."""
    lines = [
        "Footage shot before 2027 shows US troops in Mexico.",
        "Footage from 2015 shows US troops in Mexico.",
        "US troops were in Mexico before 2027 troops arrived.",
    ]
    result = invoke("check", "-", "--top", "1", "--kb", str(starter_kb), input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    answers = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    first = [answer["matches"][0] for answer in answers]
    assert [match["id"] for match in first[:2]] == ["there-are-us-troops-in-mexico"] * 2
    assert first[0]["differences"] is None
    assert first[1]["differences"] == {"statement": ["2015"], "claim": ["2025"]}
    assert first[2]["differences"] == {"statement": ["2027"], "claim": ["2025"]}


def test_check_keeps_a_count_after_a_bound_capped_and_noted(
    invoke: Callable[..., Result], starter_kb: Path, write_kb: Callable[[str], Path]
) -> None:
    """What a fact-checker sees (review of years119, finding 1): a count after a bound ("by 2027 troops a year", "hasta
    2027 marines a ...", "by 2020 votes the next day") keeps its cap of another date and its note, as on main."""
    capped = [
        "Mexico approved by 2027 troops a year to enter the country in 2026",
        "Mexico's Senate approved through 2027 soldiers the Navy requested in February 2026",
        "El Senado de México aprobó hasta 2027 marines a entrenar en el país en febrero de 2026",
    ]
    noted = "Hasta 2026 soldados a la frontera: hay tropas de EEUU en México"
    result = invoke("check", "-", "--top", "1", "--kb", str(starter_kb), input="\n".join([*capped, noted]) + "\n")
    assert result.exit_code == 0, result.output
    answers = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [answer["matches"] for answer in answers[:3]] == [[], [], []]
    assert answers[3]["matches"][0]["id"] == "there-are-us-troops-in-mexico"
    assert answers[3]["matches"][0]["differences"] == {"statement": ["2026"], "claim": ["2025"]}
    kb = write_kb(
        """publisher:
  name: Scratch Desk
  url: https://desk.example.org
base_url: https://desk.example.org/checks/
claims:
  - id: reform-2019
    claim: The pension reform passed the Senate in 2019.
    verdict: "true"
    summary: The Senate passed the pension reform in 2019.
    checked: "2025-03-01"
    sources:
      - url: https://example.org/a
        title: A
        publisher: Example News
        date: "2019-02-20"
        quote: "The Senate passed the reform."
  - id: soldados-2026
    claim: En 2026 el Pentágono envió soldados a México.
    verdict: "false"
    summary: No hubo envío de soldados en 2026.
    checked: "2026-03-01"
    sources:
      - url: https://example.org/b
        title: B
        publisher: Example News
        date: "2026-02-20"
        quote: "No hubo envío."
"""
    )
    lines = [
        "The pension reform passed the Senate by 2020 votes the next day.",
        "El Pentágono envió hasta 2027 soldados a México.",
    ]
    result = invoke("check", "-", "--top", "1", "--kb", str(kb), input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    answers = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert answers[0]["matches"] == []
    assert answers[1]["matches"][0]["id"] == "soldados-2026"
    assert answers[1]["matches"][0]["differences"] == {"statement": ["2027"], "claim": ["2026"]}
