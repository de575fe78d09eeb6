"""Names and numbers a statement and its matched claim do not share (factcheck/differences.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.differences import SHOWN, Differences, claim_differences, differences
from factcheck.lexical import LexicalMatcher
from factcheck.matching import Match
from factcheck.model import Claim, Verdict
from factcheck.store import load_knowledge_base

SENATE = (
    "In February 2025 Mexico's Senate let about 10 US soldiers into the country to train Mexican Navy special forces."
)


@pytest.mark.parametrize(
    ("statement", "wordings", "ours", "theirs"),
    [
        # a name where the claim has another
        (
            "In February 2025 the Senate approved 10 US trainers for the Guatemalan army.",
            [SENATE],
            ["Guatemalan"],
            ["Mexico", "Navy"],
        ),
        # a claim's capitalised first word is a name; runs of words are shown together
        (
            "10,000 US troops deployed to El Paso.",
            ["Mexico deployed 10,000 of its own troops to the US border."],
            ["El Paso"],
            ["Mexico"],
        ),
        # a date where the claim has another: the month goes with its year
        (
            "Mexico passed a law in 2021 limiting foreign agents",
            ["In December 2020 Mexico passed a law limiting foreign agents."],
            ["2021"],
            ["December 2020"],
        ),
        # an amount where the claim has another
        (
            "1,000 US Marines landed in Baja California.",
            ["155 armed US Marines landed in Baja California in 2025."],
            ["1,000"],
            ["155"],
        ),
        # "new" is a stop word, yet it is part of the name shown
        (
            "Reported by the New York Times: Trump signed a secret order.",
            ["Reported by the Washington Post: Trump signed a secret order."],
            ["New York Times"],
            ["Washington Post"],
        ),
        # another place, whatever the words around it: the correction of the claim, not the claim
        (
            "More than 10,000 US troops have been sent to the southern border.",
            ["There are more than 10,000 US troops deployed in Mexico.", "The US has sent 10,000 troops into Mexico"],
            ["southern border"],
            ["Mexico"],
        ),
        # the claim's place only qualifying the statement's: the place is the border, not Mexico (it was
        # no difference, as if the statement had said Mexico)
        (
            "Ten thousand troops to the US-Mexico border, says NORTHCOM",
            ["There are more than 10,000 US troops deployed in Mexico."],
            ["US-Mexico border"],
            ["Mexico"],
        ),
        (
            "10,000 US troops were sent to the Mexico border.",
            ["There are more than 10,000 US troops deployed in Mexico."],
            ["Mexico border"],
            ["Mexico"],
        ),
        # "of" links the words of one name
        (
            "The Library of Congress found that US ships patrol the Gulf of Mexico.",
            ["The State Department found that US ships patrol the Gulf of California."],
            ["Library of Congress", "Mexico"],
            ["State Department", "California"],
        ),
        # a place of the same name: "new" is a stop word, so the terms alone say the same place
        (
            "There is a US base in Mexico",
            ["Part of the US–Mexico border in New Mexico is now a military base"],
            ["Mexico"],
            ["New Mexico"],
        ),
        (
            "1,000 US Marines landed in Baja California.",
            ["1,000 US Marines landed in California."],
            ["Baja California"],
            ["California"],
        ),
        ("US ships patrol in the Gulf of Mexico", ["US ships patrol in Mexico"], ["Gulf of Mexico"], ["Mexico"]),
        (
            "US troops are stationed in North Korea",
            ["US troops are stationed in South Korea"],
            ["North Korea"],
            ["South Korea"],
        ),
        # ... but a place the statement puts something in stands against the claim's, shown whole
        (
            "A US plane carrying troops landed in Mexico City without Senate approval.",
            ["A US military plane landed in Toluca and brought US troops into Mexico without Senate approval."],
            ["Mexico City"],
            ["Toluca"],
        ),
        # a name holding only a word of the claim's name is another name: "Joe Biden" is not "Hunter Biden"
        (
            "In 2020 Joe Biden sent troops to Mexico",
            ["In 2020 Hunter Biden sent troops to Mexico"],
            ["Joe"],
            ["Hunter"],
        ),
        # a title or an initial is no name, nor does its dot end a sentence: "Gen" and "J" were shown against the
        # claim's "US" and "Mexico", and "Cruz" after an opening "Sen." was taken for an ordinary first word
        (
            "The last time troops went in force was when Gen. John J. Pershing hunted Pancho Villa in Chihuahua in "
            "1916-17.",
            [
                "The last time US troops went into Mexico in force was the 1916–17 hunt for Pancho Villa.",
                "Pershing's hunt for Pancho Villa was the last big US military incursion into Mexico",
            ],
            ["Chihuahua"],
            ["US", "Mexico"],
        ),
        (
            "Sen. Cruz said US troops went into Mexico",
            ["Senator Cornyn said US troops went into Mexico"],
            ["Cruz"],
            ["Senator Cornyn"],
        ),
        (
            "In 2025 Sen. Cruz said US troops went into Mexico",
            ["In 2025 Senator Cornyn said US troops went into Mexico"],
            ["Cruz"],
            ["Senator Cornyn"],
        ),
        # in any case, and in quotes: the statement's place is looked for by the claim's name
        (
            "there is a us base in mexico",
            ["Part of the US–Mexico border in New Mexico is now a military base"],
            ["mexico"],
            ["New Mexico"],
        ),
        ("US TROOPS ARE STATIONED IN MEXICO", ["US troops are stationed in New Mexico"], ["MEXICO"], ["New Mexico"]),
        ("US troops are stationed in “Mexico”", ["US troops are stationed in New Mexico"], ["Mexico"], ["New Mexico"]),
        ("US troops were seen in northern Mexico", ["US troops were seen in New Mexico"], ["Mexico"], ["New Mexico"]),
        # the statement's name wherever it stands too: its subject, its owner of something, its object
        (
            "Mexico hosts US military advisers at its naval bases.",
            ["Part of the US–Mexico border in New Mexico is now a military base"],
            ["Mexico"],
            ["New Mexico"],
        ),
        (
            "Mexico's navy hosts US military advisers",
            ["Part of the US–Mexico border in New Mexico is now a military base"],
            ["Mexico"],
            ["New Mexico"],
        ),
        (
            "The US Navy patrols the Gulf of Mexico.",
            ["US and Mexican soldiers patrol the border together inside Mexico."],
            ["Gulf of Mexico"],
            ["Mexico"],
        ),
        # the claim's name wherever it stands: its subject, its owner of something
        ("10,000 troops are deployed in New Mexico", ["Mexico deployed 10,000 troops"], ["New Mexico"], ["Mexico"]),
        (
            "US trainers were approved in New Mexico",
            ["Mexico's Senate approved US trainers"],
            ["New Mexico"],
            ["Mexico"],
        ),
    ],
)
def test_names_and_numbers_that_stand_against_the_claims_are_shown_as_written(
    statement: str, wordings: list[str], ours: list[str], theirs: list[str]
) -> None:
    found = differences(statement, wordings)
    assert found == Differences(tuple(ours), tuple(theirs))


@pytest.mark.parametrize(
    ("statement", "wordings"),
    [
        # leaving out a name or number is no difference: the statement says less, not something else
        ("The Senate let US soldiers in to train the navy", [SENATE]),
        # adding one the claim has no counterpart for is none either
        ("In February 2025 Mexico's Senate, led by Fernández Noroña, let 10 US soldiers train the Navy", [SENATE]),
        # a year range written short ends on a year, not an amount: "17" of "1916–17" is no count of soldiers
        ("10,000 US troops went into Mexico in 1916", ["US troops went into Mexico in force in 1916–17"]),
        # another spelling of the claim's word, and a month's abbreviation
        (
            "Congress spent $3.5 billion on the Merida Initiative in Feb 2021",
            ["Congress spent $3.5 billion on the Mérida Initiative in February 2021."],
        ),
        # the claim's word found anywhere in the statement, a hashtag included
        ("US soldiers are in the country to train sailors #Mexico", ["US soldiers are in Mexico to train sailors."]),
        # a statement's capitalised first word may be an ordinary word: not counted
        ("Guatemala trains US soldiers", ["Mexico trains US soldiers"]),
        # a year does not stand against an amount
        ("In 2019 Mexico sent troops to its border", ["Mexico sent 10,000 troops to its border"]),
        # the claim's other wording (an alias) says the statement's name
        (
            "American soldiers were let into Campeche",
            ["US soldiers were let into Mexico", "US soldiers trained in Campeche"],
        ),
        # the claim's place said, a time ("in 2021"), a verb after "to", "according to": no other place
        ("Ten thousand American soldiers are based in Mexico", ["There are 10,000 US troops deployed in Mexico."]),
        # the claim's place said in a hashtag, or elsewhere than before the place word it qualifies
        ("10,000 US troops went to the US-Mexico border #Mexico", ["There are 10,000 US troops deployed in Mexico."]),
        ("Mexico says 10,000 US troops went to the Mexico border", ["There are 10,000 US troops deployed in Mexico."]),
        ("US troops were sent in 2021 to train soldiers", ["US troops were sent to Mexico to train soldiers"]),
        ("According to the reports, US troops train soldiers", ["US troops train soldiers in Mexico"]),
        # a city or a region of the place is in it; a place inside another named after it; a name with a word more
        ("US troops were seen in Mexico City", ["US troops were seen in Mexico"]),
        ("US troops were seen in northern Mexico", ["US troops were seen in Mexico"]),
        ("Troops were sent to Texas", ["Troops were sent to El Paso, Texas"]),
        ("A Russian flag flew at the Texas Capitol", ["A Russian flag flew at the Texas State Capitol"]),
        # the longer name said elsewhere in the text, or the claim naming the statement's place too
        ("There is a US base in Mexico, not New Mexico", ["There is a US base in New Mexico"]),
        ("US soldiers train in Mexico", ["US soldiers train in New Mexico", "US soldiers train in Mexico"]),
        # the words a longer name adds to the claim's name ("City" of "Mexico City") name nothing else: they
        # stand against no other name of the claim ("City" where the claim says "US")
        ("Officials in Mexico City say troops are in the country", ["There are US troops in Mexico"]),
        (
            "Officials in Mexico City say the Senate let 10 soldiers into the country to train Navy special forces.",
            [SENATE],
        ),
        # a headline In Title Case: every word looks like a name
        ("Melania Trump went to Texas in high heels", ["Melania Trump Wore High Heels to Visit Texas"]),
        # names differing in other words than a namesake's ("new", "north", "baja", "gulf of"): the same one
        ("Trump sent a letter to Pelosi", ["Trump sent a letter to Nancy Pelosi"]),
        ("Trump offered troops to Sheinbaum", ["Trump offered troops to President Claudia Sheinbaum"]),
        ("The border bill failed in the Senate", ["The border bill failed in the US Senate"]),
        ("A US warship was handed over to the Navy", ["A US warship was handed over to the Mexican Navy"]),
        ("Mexican soldiers were deployed to Juárez", ["Mexican soldiers were deployed to Ciudad Juárez"]),
        ("US troops operate against the cartels in the State of Mexico", ["US troops operate in Mexico"]),
        ("US troops operate against the cartels in Ciudad de México", ["US troops operate in Mexico"]),
        # a compass word against the bare name is a region, or the usual name: "Korea" is South Korea
        ("A border wall is being built in Texas", ["A border wall is being built in South Texas"]),
        ("28,500 US troops are stationed in Korea", ["28,500 US troops are stationed in South Korea"]),
        # a name qualifying another word, and a place one is near, are not where something is
        ("The US military took over land at the Mexico border", ["The US military took over land in New Mexico"]),
        ("The US military took over land at the US Mexico border", ["The US military took over land in New Mexico"]),
        ("Troops detain migrants in a military zone near Mexico", ["Troops detain migrants in New Mexico"]),
        # nor is a name what the statement is about comes from or is with
        ("Migrants from Mexico are detained in a military zone", ["Troops detain migrants in New Mexico"]),
        ("The US took over land on the border with Mexico", ["The US took over land in New Mexico"]),
    ],
)
def test_no_difference(statement: str, wordings: list[str]) -> None:
    assert differences(statement, wordings) is None


def test_the_closest_wording_is_compared() -> None:
    # the alias says "Texas" as the statement does; its other names are compared, not the claim text's
    found = differences(
        "Mexican troops were seen near Laredo in Texas",
        ["Mexico's army entered Arizona", "Mexican troops were seen in Texas near Nogales"],
    )
    assert found == Differences(("Laredo",), ("Nogales",))


def test_at_most_a_few_words_a_side_are_shown() -> None:
    names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"]
    found = differences("Troops met " + ", then ".join(names) + " there", ["Troops met Zulu there"])
    assert found is not None and found.statement == tuple(names[:SHOWN])


def test_describe_and_json() -> None:
    found = Differences(("Guatemalan",), ("Mexico", "February 2025"))
    assert found.describe() == "your statement says “Guatemalan” where the claim says “Mexico”, “February 2025”"
    assert found.describe("the sentence").startswith("the sentence says")
    assert found.to_dict() == {"statement": ["Guatemalan"], "claim": ["Mexico", "February 2025"]}


def test_a_match_compares_its_statement_only_when_asked_and_says_it_in_json() -> None:
    claim = Claim(id="c", claim=SENATE, verdict=Verdict.TRUE)
    match = Match(
        claim, 0.9, "same", statement="In February 2025 the Senate approved 10 US trainers for the Guatemalan army."
    )
    assert match.to_dict()["differences"] == {"statement": ["Guatemalan"], "claim": ["Mexico", "Navy"]}
    assert Match(claim, 0.9, "same").to_dict()["differences"] is None  # no statement, nothing compared
    assert Match(claim, 0.9, "same", statement=SENATE).differences is None


INVADED = Claim(
    id="invaded",
    claim="US troops have invaded Mexico in the past.",
    verdict=Verdict.TRUE,
    summary="The 1846–1848 war; Veracruz, 1914; the Punitive Expedition of 1916–17.",
    aliases=("The US has invaded Mexico before", "The United States invaded Mexico in 1846, 1914 and 1916"),
)


def test_a_year_the_claim_does_not_give_is_noted_against_the_years_it_gives() -> None:
    # "the us invaded mexico in 2025" was shown with TRUE and no note: its closest wording has no year (teacher)
    found = claim_differences("the us invaded mexico in 2025", INVADED)
    assert found is not None and (found.statement, found.claim) == (("2025",), ("1846", "1914", "1916"))
    assert claim_differences("the us invaded mexico in 1914", INVADED) is None
    assert claim_differences("the us invaded mexico", INVADED) is None
    # no year in any wording: the summary's, said to be the summary's
    summary_only = Claim(id="s", claim="US troops have invaded Mexico in the past.", verdict=Verdict.TRUE,
                         summary="Veracruz was occupied in 1914.")  # fmt: skip
    found = claim_differences("The US invaded Mexico in 2025", summary_only)
    assert found is not None and found.note() == (
        "your statement says “2025” where the claim's summary says “1914”: the verdict may be about another fact"
    )
    assert claim_differences("The US sent 2,025 troops to Mexico", summary_only) is None  # an amount, not a year


BORDER = Claim(
    id="border",
    claim="Mexico deployed 10,000 of its own troops to the US border in February 2025.",
    verdict=Verdict.TRUE,
    aliases=("Sheinbaum deployed 10,000 soldiers to Mexico's northern border in February 2025",),
)


def test_the_claims_names_and_counts_are_noted_when_the_statement_names_nothing() -> None:
    # "The military was deployed to the border" was shown with no note: whose military, how many, it leaves open
    found = claim_differences("The military was deployed to the border", BORDER)
    assert found == Differences((), ("Mexico", "10,000", "US")) and found.left_open
    assert found.note() == (
        "the claim says “Mexico”, “10,000”, “US”, which your statement leaves open: "
        "the verdict may be about another fact"
    )
    assert found.describe("the sentence").endswith("which the sentence leaves open")
    assert found.to_dict() == {"statement": [], "claim": ["Mexico", "10,000", "US"]}
    # "troops", the claim's word in lower case, opens a statement that names nothing either; the date is not listed
    assert claim_differences("Troops were sent to the border in February", BORDER) == Differences(
        (), ("Mexico", "10,000", "US")
    )


@pytest.mark.parametrize(
    "statement",
    [
        "Mexico sent troops to the border",  # the claim's name, opening the statement
        "Mexican troops were sent to the border",
        "10,000 troops were sent to the border",  # an amount
        "Ten thousand troops were sent to the border",
        "Border troops were sent by Guatemala",  # a name inside the sentence
        "Thousands were sent to the border",  # a first word the claim lacks: a name, for all we know
        "Guatemala sent troops to the border",
    ],
)
def test_a_statement_naming_someone_or_an_amount_leaves_nothing_open(statement: str) -> None:
    found = claim_differences(statement, BORDER)
    assert found is None or not found.left_open


FLU_SHOTS = "More than half of US adults got a flu shot in {}."


@pytest.mark.parametrize(
    "date",
    [
        # a season's years: "24" of "2023-24" was listed as an amount the statement leaves open (health desk)
        "the 2023-24 season",
        "the 2023–24 season",
        "the 2023/24 season",
        "the 1999-00 season",
        # a fiscal year ("FY" was a name), a year written short, a day of a month, a date in digits
        "FY2024",
        "FY 2024",
        "FY24",
        "FY2023-24",
        "'24",
        "the winter of '23-'24",
        "3 February 2025",
        "February 3, 2025",
        "the 3rd of February",
        "3/4/2024",
        "2024-03-04",
    ],
)
def test_a_date_the_statement_leaves_out_is_not_listed(date: str) -> None:
    claim = Claim(id="flu", claim=FLU_SHOTS.format(date), verdict=Verdict.TRUE)
    assert claim_differences("Adults got a flu shot", claim) == Differences((), ("US",))


def test_a_count_beside_a_date_is_still_listed() -> None:
    two = Claim(id="flu", claim="More than half of US adults got 2 flu shots in the 2023-24 season.", verdict="true")
    assert claim_differences("Adults got flu shots", two) == Differences((), ("US", "2"))
    # "March 10" of "In March 10,000 troops ..." is no day of March: the 10,000 is an amount
    march = Claim(id="m", claim="In March 10,000 troops were sent to the US border.", verdict=Verdict.TRUE)
    assert claim_differences("Troops were sent to the border", march) == Differences((), ("10,000", "US"))
    # nor is "10 may" of "10 may enter" a day of May
    ten = Claim(id="t", claim="Of the soldiers, 10 may enter the US base.", verdict=Verdict.TRUE)
    assert claim_differences("Soldiers may enter the base", ten) == Differences((), ("10", "US"))
    # the same number as a date and as an amount: an amount, shown where it is one (it was shown as "2023-24")
    states = Claim(id="s", claim="In the 2023-24 season flu shots were free in 24 US states.", verdict=Verdict.TRUE)
    assert claim_differences("Flu shots were free", states) == Differences((), ("24 US",))  # a run, as written


@pytest.mark.parametrize(
    "statement",
    [
        # a quote opening a quotation before a number is no year written short ("'12" of 28b50ed)
        "In February 2025 Mexico's Senate let '12 US soldiers' into the country",
        "In February 2025 Mexico's Senate let ‘12 US soldiers’ into the country",
    ],
)
def test_a_small_count_beside_a_quote_or_a_month_is_a_count(statement: str) -> None:
    claim = Claim("s", "In February 2025 Mexico's Senate let about 10 US soldiers into the country.", "true")
    found = claim_differences(statement, claim)
    assert found is not None and "12" in found.statement and "10" in found.claim


@pytest.mark.parametrize("statement", ["In March 20 US Marines entered Mexico", "In March 20 soldiers entered Mexico"])
def test_a_count_after_a_month_is_no_day(statement: str) -> None:
    claim = Claim("m", "Mexico approved 155 armed US Marines entering the country in spring 2025.", "true")
    found = claim_differences(statement, claim)
    # as before 28b50ed: the run "March 20" against the claim's 155 (and its year)
    assert found is not None and found.statement == ("March 20",) and found.claim[:1] == ("155",)


@pytest.mark.parametrize("text", ["in '24", "class of '24", "since '19", "the winter of '23-'24"])
def test_a_short_year_after_a_word_of_time_is_a_date(text: str) -> None:
    claim = Claim(id="flu", claim=f"More than half of US adults got a flu shot {text}.", verdict=Verdict.TRUE)
    assert claim_differences("Adults got a flu shot", claim) == Differences((), ("US",))


@pytest.mark.parametrize("day", ["March 20, 2025", "March 20th", "March 20 2025", "March 20"])
def test_a_day_after_a_month_is_still_a_day(day: str) -> None:
    claim = Claim(id="flu", claim=f"More than half of US adults got a flu shot on {day}.", verdict=Verdict.TRUE)
    assert claim_differences("Adults got a flu shot", claim) == Differences((), ("US",))


@pytest.mark.parametrize("date", ["in 2023-24", "in 2023/24", "in '24", "in FY2024", "on 3 February"])
def test_a_statement_giving_only_a_date_names_no_one(date: str) -> None:
    # "Adults got a flu shot in 2023-24" named an amount (24) and left nothing open; "in FY2024" said "FY2024"
    # where the claim says "US", a date against a name
    claim = Claim(id="flu", claim="More than half of US adults got a flu shot.", verdict=Verdict.TRUE)
    assert claim_differences(f"Adults got a flu shot {date}", claim) == Differences((), ("US",))


def test_a_day_of_a_month_stands_against_a_day_not_a_year() -> None:
    # a guard: read as a date, "3" of "3 February" stood against the claim's "2025" (no note before: an amount)
    statement = "On 3 February Mexico deployed 10,000 of its own troops to the US border"
    assert claim_differences(statement, BORDER) is None
    eleventh = Claim("e", "On 11 February 2025 Mexico deployed 10,000 of its own troops to the US border.", "true")
    assert claim_differences(statement, eleventh) == Differences(("3",), ("11",))


def test_a_claim_naming_nothing_leaves_nothing_open() -> None:
    plain = Claim(id="plain", claim="Troops were deployed to the border.", verdict=Verdict.TRUE)
    assert claim_differences("The military was deployed to the border", plain) is None


def test_an_amount_the_claim_gives_is_no_year_in_the_statement() -> None:
    # "1700 troops" against "1,700 troops ... in 2025" was noted as "“1700” where the claim says “2025”" (review)
    sent = Claim(id="sent", claim="In 2025, the US sent 1,700 troops to the border.", verdict=Verdict.TRUE)
    assert claim_differences("The US sent 1700 troops to the border", sent) is None
    assert claim_differences("The US sent 1,700 troops to the border", sent) is None
    in_summary = Claim(id="s", claim="The US sent troops to the border.", verdict=Verdict.TRUE,
                       summary="2,000 troops, sent in January 2025.")  # fmt: skip
    assert claim_differences("The US sent 2000 troops to the border", in_summary) is None
    # a year still: another number than the claim's amount
    found = claim_differences("The US sent troops to the border in 2016", sent)
    assert found is not None and (found.statement, found.claim) == (("2016",), ("2025",))


def test_a_decade_is_ten_years_not_its_first_year() -> None:
    # "in the 1910s" was noted as "“1910” where the claim's summary says “1846”, “1848”, “1914”, “1916”":
    # the decade was read as the year 1910, though it covers 1914
    assert claim_differences("the us invaded mexico in the 1910s", INVADED) is None
    assert claim_differences("the us invaded mexico in the 1800s", INVADED) is None  # the century
    found = claim_differences("the us invaded mexico in the 1990s", INVADED)
    assert found is not None and found.statement == ("1990s",)  # another date still, said as written
    sent = Claim(id="sent", claim="In 2025, the US sent 1,700 troops to the border.", verdict=Verdict.TRUE)
    found = claim_differences("The US sent 1,700 troops to the border in the '90s", sent)
    assert found is not None and (found.statement, found.claim) == (("90s",), ("2025",))
    assert claim_differences("In the 2020s the US sent 1,700 troops to the border", sent) is None
    assert differences("In 1994 the US sent troops", ["In the 1990s the US sent troops"]) is None
    decade_claim = Claim(id="d", claim="In the 1910s the US sent troops into Mexico.", verdict=Verdict.TRUE)
    assert claim_differences("The US sent troops into Mexico in 1916", decade_claim) is None
    found = claim_differences("The US sent troops into Mexico in 2025", decade_claim)
    assert found is not None and (found.statement, found.claim) == (("2025",), ("1910s",))


def test_a_year_with_its_possessive_is_a_year_not_a_decade() -> None:
    # "2016's" was taken for a decade's "'s" and dropped: "in 2016's election year" had no note, while
    # "in 2016" has one
    found = claim_differences("US troops invaded Mexico in 2016's election year", INVADED)
    assert found is not None and found.statement == ("2016",)
    found = claim_differences("the us invaded mexico in the 1990's", INVADED)  # a decade still
    assert found is not None and found.statement == ("1990's",)


words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)


@pytest.mark.parametrize(
    ("statement", "wordings", "claim"),
    [
        # names parted by a comma are two names, not one "Texas Arizona" (found while fixing the next case)
        ("US troops went to New Mexico and Colorado", ["US troops went to Texas, Arizona"], ("Texas", "Arizona")),
        # a run parted by a line break or a carriage return is shown with a space (found by hypothesis: "00\r0")
        ("000", ["00\r0"], ("00 0",)),
    ],
)
def test_differences_show_runs_of_words_as_written(statement: str, wordings: list[str], claim: tuple[str, ...]) -> None:
    found = differences(statement, wordings)
    assert found is not None and found.claim == claim


@given(words, st.lists(words, min_size=1, max_size=3))
def test_differences_quote_the_texts_and_never_fail(statement: str, wordings: list[str]) -> None:
    found = differences(statement, wordings)
    if found is not None:
        # words are shown as written, one space between the words of a run ("San\nDiego" is "San Diego")
        def spaced(text: str) -> str:
            return " ".join(text.split())

        assert found.statement and found.claim
        assert all(shown in spaced(statement) for shown in found.statement)
        assert all(any(shown in spaced(wording) for wording in wordings) for shown in found.claim)


SEALS = Claim(
    "seals", "In February 2026 Mexico's Senate approved 19 US Navy SEALs to train Mexican forces.", Verdict.TRUE
)


@pytest.mark.parametrize(
    "statement",
    [
        # "says 'Reuters' where the claim says 'US'": the source of the report was read as a name of what it says
        "In February 2026 Mexico's Senate approved 19 Navy SEALs, Reuters reported.",
        "According to Reuters, in February 2026 Mexico's Senate approved 19 Navy SEALs.",
        "In February 2026 Mexico's Senate approved 19 Navy SEALs, according to The Associated Press.",
        "In February 2026 Mexico's Senate approved 19 Navy SEALs, a Morena senator told Reuters.",
        "In February 2026 Mexico's Senate approved 19 Navy SEALs, said Reuters.",
    ],
)
def test_who_reported_the_statement_is_no_difference(statement: str) -> None:
    assert claim_differences(statement, SEALS) is None


BUSES = Claim("buses", "Students ride Harbourton buses for free.", Verdict.MOSTLY_TRUE)


@pytest.mark.parametrize(
    "statement",
    [
        # "says 'Dana Whitfield' where the claim says 'Harbourton'": who said it was compared as what is said
        '"Students ride our buses for free," said transit chief Dana Whitfield.',
        '"Students ride our buses for free," transit chief Dana Whitfield said.',
        "“Students ride our buses for free” — Dana Whitfield, transit chief",
        'Transit chief Dana Whitfield said: "Students ride our buses for free."',
    ],
)
def test_who_said_the_statement_is_no_difference(statement: str) -> None:
    assert claim_differences(statement, BUSES) is None


POLICE_BUDGET = Claim(
    "police-budget",
    "Riverton's police budget grew by 40 percent between 2020 and 2025",
    Verdict.MOSTLY_FALSE,
    claimant="Councilmember Dana Ortiz",
)


@pytest.mark.parametrize(
    "statement",
    [
        # scan noted "says 'Councilmember Dana Ortiz' where the claim says 'Riverton'" of the claim she made
        "At Tuesday's meeting, Councilmember Dana Ortiz said the police budget grew by 40 percent between 2020 and "
        "2025.",
        "Dana Ortiz said the police budget grew by 40 percent between 2020 and 2025",
    ],
)
def test_the_claimant_saying_the_claim_is_no_difference(statement: str) -> None:
    assert claim_differences(statement, POLICE_BUDGET) is None
    # another speaker, or a name beside the claimant's, is still noted
    other = claim_differences(statement.replace("Dana Ortiz", "Linda Hayes"), POLICE_BUDGET)
    assert other is not None and other.statement[-1].endswith("Hayes") and other.claim == ("Riverton",)
    elsewhere = claim_differences(statement.replace("police budget", "police budget in Springfield"), POLICE_BUDGET)
    assert elsewhere is not None and "Springfield" in elsewhere.statement


@pytest.mark.parametrize(
    ("statement", "claim", "said", "claimed"),
    [
        # the claimant as the actor of what is said, after another speaker's verb: the claim's "Mayor Linda Hayes"
        (
            "Parents at the meeting said Councilmember Dana Ortiz cut the school lunch program without any public "
            "hearing.",
            Claim(
                "lunch",
                "Mayor Linda Hayes cut the school lunch program",
                Verdict.FALSE,
                claimant="Councilmember Dana Ortiz",
            ),
            "Councilmember Dana Ortiz",
            "Mayor Linda Hayes",
        ),
        # a place inside the claimant's name is another place, not the claimant
        (
            "crime in New York rose 40 percent in 2022",
            Claim("crime", "Crime in Chicago rose 40 percent in 2022", Verdict.FALSE, claimant="New York Post"),
            "New York",
            "Chicago",
        ),
        # the claimant speaking, but of another place than the claim's: "New York" of its name is that place too
        (
            "The New York Post said crime in New York rose 50 percent in 2024",
            Claim("crime", "Crime in Chicago rose 50 percent in 2024.", Verdict.FALSE, claimant="New York Post"),
            "New York Post",
            "Chicago",
        ),
        # the claimant speaking, where the claim has another speaker
        (
            "Donald Trump said he would ban fracking",
            Claim("fracking", "Joe Biden said he would ban fracking.", Verdict.FALSE, claimant="Donald Trump"),
            "Trump",
            "Joe Biden",
        ),
        # the claimant speaking, where the claim has another actor
        (
            "Dana Ortiz said she cut the school lunch program",
            Claim(
                "lunch",
                "Mayor Linda Hayes cut the school lunch program.",
                Verdict.FALSE,
                claimant="Councilmember Dana Ortiz",
            ),
            "Ortiz",
            "Mayor Linda Hayes",
        ),
    ],
)
def test_the_claimants_words_not_as_its_speaker_are_a_difference(
    statement: str, claim: Claim, said: str, claimed: str
) -> None:
    found = claim_differences(statement, claim)
    assert found is not None and found.statement == (said,) and found.claim == (claimed,)


def test_who_said_the_statement_stands_against_who_said_the_claim() -> None:
    # the claim is about someone's words: the statement's speaker is a part of the fact
    claim = Claim("trump-said", "Trump said Mexico's Senate approved 19 US Navy SEALs in 2026.", Verdict.TRUE)
    found = claim_differences("Mexico's Senate approved 19 US Navy SEALs in 2026, Biden said.", claim)
    assert found is not None and found.statement == ("Biden",) and found.claim == ("Trump",)


def test_a_reported_statement_still_shows_its_own_differences() -> None:
    found = claim_differences("In February 2025 Mexico's Senate approved 19 Navy SEALs, Reuters reported.", SEALS)
    assert found is not None and "2025" in found.statement and "Reuters" not in found.statement


@pytest.mark.parametrize(
    "labelled",
    [
        "Clarification (March 3): Mexico's Senate approved 19 US Navy SEALs.",
        "I heard on TikTok that Mexico's Senate approved 19 US Navy SEALs.",
    ],
)
def test_a_label_or_teller_the_matcher_reads_past_is_no_difference(labelled: str) -> None:
    # "Clarification (March 3): ..." was noted as saying "March" where the claim says "2026"
    claim = Claim(id="c", claim="In February 2026 Mexico's Senate approved 19 US Navy SEALs.", verdict=Verdict.TRUE)
    assert claim_differences(labelled, claim) is None


SEALS = Claim(
    "seals",
    "In February 2026 Mexico's Senate approved 19 US Navy SEALs to train Mexican naval special forces.",
    "true",
    aliases=("US Navy SEALs were authorized to train Mexican naval special forces in Campeche",),
)


def test_a_count_is_noted_against_another_wordings_when_the_closest_gives_none() -> None:
    # the closest wording is the alias, which gives no count: "25" stood against nothing, shown as TRUE, no note
    found = claim_differences("The Senate authorized 25 US Navy SEALs to enter Mexico for training.", SEALS)
    assert found == Differences(("25",), ("19",))


@pytest.mark.parametrize(
    "statement",
    [
        "The Senate authorized 19 US Navy SEALs to enter Mexico for training.",  # the claim's own count
        "US Navy SEALs were authorized to train Mexican naval special forces in Campeche",  # no count said
    ],
)
def test_no_count_is_noted_when_the_statement_gives_the_claims_or_none(statement: str) -> None:
    assert claim_differences(statement, SEALS) is None


# perf24: the dates of a text found in one sweep and cut out in one join, as the rules below say
_DATE_PIECES = [
    "in",
    "'19",
    "’21",
    "2024",
    "2023-24",
    "3",
    "March",
    "3/4/2024",
    "FY",
    "2024-03-04",
    "summer",
    "since",
    "1917",
    "the",
    "of",
    "Jan.",
    "1st",
    "1990s",
    "-",
    ",",
    "May",
    "to",
    "2025",
    "x",
]


@given(st.lists(st.tuples(st.sampled_from(_DATE_PIECES), st.sampled_from(["", " ", "  ", "\n"])), max_size=30))
def test_dates_are_the_spans_inside_no_other_and_each_is_cut_to_a_space(pieces: list[tuple[str, str]]) -> None:
    from factcheck import differences as module

    text = "".join(word + space for word, space in pieces)
    found = [m.span() for m in module._DATE.finditer(text)]
    found += [m.span("year") for m in module._SHORT_YEAR.finditer(text)]
    outermost = sorted(
        span for span in set(found) if not any(o[0] <= span[0] and span[1] <= o[1] for o in found if o != span)
    )
    assert module._date_spans(text) == outermost
    expected = text
    for start, end in reversed(outermost):  # each cut from what the later ones left (they may overlap)
        expected = f"{expected[:start]} {expected[end:]}"
    assert module._without_dates(text) == expected


def test_overlapping_and_touching_dates_are_cut_as_before() -> None:
    from factcheck.differences import _date_spans, _without_dates

    # "'19" (a short year after "in") and "19 May" (a day) overlap: the later cut first, the earlier from what it left
    assert _date_spans("in '19 May") == [(3, 6), (4, 10)]
    assert _without_dates("in '19 May") == "in  "
    assert _without_dates("On 3 March 2024 and 4 March 2025 troops left") == "On   2024 and   2025 troops left"
    assert _without_dates("no date here") == "no date here"


#: true paraphrases of starter claims naming the claim's subject by a synonym ("Sheinbaum" for "president",
#: "forces" for "troops"): a note that they say another subject was shown on each, teaching readers to ignore notes
STARTER_SYNONYM_PARAPHRASES = [
    "Mexico's Sheinbaum turned down Trump's offer to send US troops to fight cartels",
    "Mexico's leader turned down Trump's offer to send the US Army into Mexico to fight cartels.",
    "Mexico's government turned down Trump's offer",
    "US forces have invaded Mexico before, most recently in 1916.",
    "US armies have invaded Mexico in the past",
    "US personnel are in Mexico",
    "The US administration has said it will send troops into Mexico to fight cartels.",
    "US army aid has brought down drug violence in Mexico.",
    "US military personnel are already carrying out ground operations against cartels inside Mexico",
]


@pytest.mark.parametrize("statement", STARTER_SYNONYM_PARAPHRASES)
def test_a_true_paraphrase_of_a_starter_claim_by_a_synonym_of_its_subject_gets_no_note(
    starter_kb: Path, statement: str
) -> None:
    claims = load_knowledge_base(starter_kb).claims
    found = LexicalMatcher(claims, use_cache=False).search(statement, top=1)
    assert found, statement
    assert differences(statement, [found[0].claim.claim, *found[0].claim.aliases]) is None, found[0].claim.id


def test_a_percent_where_the_claim_says_a_multiple_is_shown() -> None:
    found = differences(
        "Riverton property taxes went up 38 percent in ten years",
        ["Riverton property taxes doubled in the last ten years"],
    )
    assert found is not None
    assert (found.statement, found.claim) == (("38 percent",), ("doubled",))
    assert differences("Riverton property taxes went up 100 percent", ["Riverton property taxes doubled"]) is None


@pytest.mark.parametrize(
    "place",
    [
        "मेक्सिको",  # Devanagari: a vowel sign is no "\w"
        "المَكسيك",  # vocalised Arabic
        "เม็กซิโก",  # Thai
    ],
)
def test_a_place_written_with_combining_marks_is_not_cut_at_its_first_mark(place: str) -> None:
    # any mark but a word's own ends a place ("deployed in Mexico /s"); a vowel sign read as such a mark cut
    # "मेक्सिको" to "म", shown as a place the claim does not name (main read no place there, as now)
    statement = f"There are more than 10,000 US troops deployed in {place}"
    assert differences(statement, ["There are more than 10,000 US troops deployed in Mexico."]) is None
    assert differences(statement + " /s", ["There are more than 10,000 US troops deployed in Mexico."]) is None


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # a capital standing for the government of the country its claim names, as the matcher reads it: each shown at
        # 1.00 with a note that it says the capital where the claim says the country (review-intA, 1)
        ("In 2021, Canberra signed the AUKUS pact.", "Australia signed the AUKUS pact in 2021"),
        ("Canberra signed the AUKUS pact in 2021", "Australia signed the AUKUS pact in 2021"),
        ("In 2024, Nairobi sent police officers to Haiti.", "Kenya sent police officers to Haiti in 2024"),
        (
            "In May 2024, Dublin recognised the State of Palestine.",
            "Ireland recognised the state of Palestine in May 2024",
        ),
        ("In March 2018, London expelled 23 Russian diplomats", "The UK expelled 23 Russian diplomats in March 2018"),
    ],
)
def test_a_capital_for_the_claims_country_is_no_difference(statement: str, claim: str) -> None:
    assert differences(statement, [claim]) is None


@pytest.mark.parametrize(
    ("statement", "claim", "ours", "theirs"),
    [
        # another country's capital
        ("In 2021, Ottawa signed the AUKUS pact.", "Australia signed the AUKUS pact in 2021", "Ottawa", "Australia"),
        (
            "In 2021, Wellington signed the AUKUS pact.",
            "Australia signed the AUKUS pact in 2021",
            "Wellington",
            "Australia",
        ),
        # a capital city's own deed, not its government's: Washington state, Canada's capital city
        (
            "In 2012, Washington legalised recreational cannabis",
            "The US legalised recreational cannabis in 2012",
            "Washington",
            "US",
        ),
        (
            "In 2018, Ottawa legalised recreational cannabis",
            "Canada legalised recreational cannabis in 2018",
            "Ottawa",
            "Canada",
        ),
        # past a time, another deed than the claim's
        (
            "In 2020, Washington joined a pact of states to keep the Paris climate agreement",
            "The US left the Paris climate agreement in 2020",
            "Washington",
            "US",
        ),
        # a time of its own, another than the claim's
        (
            "In 2019, Washington left the Paris climate agreement",
            "The US left the Paris climate agreement in 2020",
            "Washington",
            "US",
        ),
    ],
)
def test_a_capital_not_standing_for_the_claims_country_keeps_its_note(
    statement: str, claim: str, ours: str, theirs: str
) -> None:
    found = differences(statement, [claim])
    assert found is not None
    assert (ours in found.statement, theirs in found.claim) == (True, True), found


# years108: a fact-checker's statement may bound the claim's date rather than give it ("By 2027 Mexico's Senate had
# approved 19 Navy SEALs", true of its February 2026): each was noted as saying "2027" where the claim says "2026",
# "the verdict may be about another fact", on a true statement.  The starter claims.yaml's dated claims.
@pytest.mark.parametrize(
    "statement",
    [
        "By 2027 Mexico's Senate had approved 19 Navy SEALs",
        "Before 2027 Mexico's Senate approved 19 Navy SEALs",
        "By the end of 2026 Mexico's Senate had approved 19 Navy SEALs",
        "The Mérida Initiative was replaced by 2022",
        "By 2022 the Mérida Initiative had been replaced",
        "Mexico passed a law limiting DEA agents before 2021",
        "US troops invaded Mexico before 1900",  # the claim's 1846 (its wordings give 1846, 1914 and 1916)
    ],
)
def test_a_bound_that_holds_the_claims_year_is_no_other_date(starter_kb: Path, statement: str) -> None:
    claims = load_knowledge_base(starter_kb).claims
    (match, *_) = LexicalMatcher(claims, use_cache=False).search(statement, top=1)
    assert (match.score >= 0.9, match.differences) == (True, None), match.claim.id


@pytest.mark.parametrize(
    ("statement", "said", "claimed"),
    [
        # a bound the claim's year lies outside of
        ("By 2020 Mexico's Senate had approved 19 Navy SEALs", "2020", "2026"),
        ("The Mérida Initiative was replaced after 2022", "2022", "2021"),
        ("US troops invaded Mexico after 2000", "2000", "1846"),
        # "after", "since" and "from" are no bound of the claim's date (review of years108, finding 2): "after 2020"
        # may open a state as "since" does
        ("The Mérida Initiative was replaced after 2020", "2020", "2021"),
        # another year given as a time, anywhere
        ("The Mérida Initiative was replaced in 2022", "2022", "2021"),
        ("In 2022 the Mérida Initiative was replaced", "2022", "2021"),
        ("In 2019 Mexico passed a law limiting DEA agents", "2019", "2020"),
        ("In 2025 Mexico's Senate approved 19 US Navy SEALs", "2025", "2026"),
        # the same year as a bound and as a time: the time is said
        ("In 2027 Mexico's Senate approved 19 Navy SEALs, by 2027 at the latest", "2027", "2026"),
    ],
)
def test_a_bound_or_a_time_the_claims_year_lies_outside_of_is_still_noted(
    starter_kb: Path, statement: str, said: str, claimed: str
) -> None:
    claims = load_knowledge_base(starter_kb).claims
    (match, *_) = LexicalMatcher(claims, use_cache=False).search(statement, top=1)
    assert match.differences is not None, match.claim.id
    assert (said in match.differences.statement, claimed in match.differences.claim) == (True, True)


# review of years108, finding 2: "from 2015" after a noun dates a source ("Footage from 2015 shows ...": old footage
# passed off as new is what the note is for), and "since 2019" says when a state began, against a claim's event in
# 2026.  Reading "since", "from" (and "after") as bounds holding every later year dropped main's note on each of these;
# they keep main's claim and main's note.
def _top_match_and_its_note(kb: Path, statement: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """The id of ``statement``'s best match in ``kb`` and its differences note's two sides; None without a note."""
    (match, *_) = LexicalMatcher(load_knowledge_base(kb).claims, use_cache=False).search(statement, top=1)
    if match.differences is None:
        return None
    return match.claim.id, match.differences.statement, match.differences.claim


@pytest.mark.parametrize(
    ("statement", "expected", "said", "claimed"),
    [
        (
            "Footage from 2015 shows a US military plane landing in Toluca and bringing US troops into Mexico without "
            "Senate approval.",
            "toluca-c130-brought-us-troops-without-senate",
            ("2015",),
            ("January 2026",),
        ),
        (
            "A video from 2019 shows Mexico deploying 10,000 of its own troops to the US border.",
            "us-troops-in-mexico-10000",
            ("2019",),
            ("2025",),
        ),
        (
            "A report from 2018 says US soldiers coming to Mexico to train troops is new under Trump's second term",
            "us-training-contingents-new-under-trump",
            ("2018",),
            ("2025",),
        ),
        (
            "Since 2019 US military planes have landed in Toluca and brought US troops into Mexico without Senate "
            "approval.",
            "toluca-c130-brought-us-troops-without-senate",
            ("2019",),
            ("January 2026",),
        ),
        (
            "Photos from 2018 show US drones flying over Mexican territory.",
            "us-drones-fly-over-mexico-with-consent",
            ("2018",),
            ("2025", "2011"),
        ),
    ],
)
def test_a_source_dated_from_a_year_or_a_state_since_one_keeps_mains_note(
    starter_kb: Path, statement: str, expected: str, said: tuple[str, ...], claimed: tuple[str, ...]
) -> None:
    assert _top_match_and_its_note(starter_kb, statement) == (expected, said, claimed)


# review of years108, finding 3: the claim's own year given as a bound ("by 2026") still shows that the statement names
# the claim's date, as "in 2026" does: another year said of something else ("a first request in 2019") is no other date
# of the claim's fact.  Dropping the bound's year before that comparison noted "2019" where the claim says "2026".
@pytest.mark.parametrize(
    "statement",
    [
        "After a first request in 2019, Mexico's Senate had approved 19 US Navy SEALs by 2026.",
        "After a first request in 2019, Mexico's Senate had approved 19 US Navy SEALs in 2026.",
        "After talks in 2019, the Mérida Initiative was replaced by 2021 by a new US–Mexico security framework.",
    ],
)
def test_the_claims_own_year_as_a_bound_names_its_date_as_a_time_does(starter_kb: Path, statement: str) -> None:
    claims = load_knowledge_base(starter_kb).claims
    (match, *_) = LexicalMatcher(claims, use_cache=False).search(statement, top=1)
    assert (match.score >= 0.9, match.differences) == (True, None), (match.claim.id, match.differences)


# years113: a bound with a month or day between its word and its year ("By March 2027"), a Spanish or Portuguese bound
# ("antes de 2027", "hasta 2027", "Para 2027, ...", "até 2027") and a range holding the claim's date ("between 2019 and
# 2021" for December 2020) say no other date than the claim's: each was noted as saying its years where the claim says
# its own, "the verdict may be about another fact", on a true statement ("By March 2027" as "March 2027" where the
# claim says "2026"; "between 2019 and 2021" was even capped at 0.2, a neighbour shown in its place)
@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("By March 2027 Mexico's Senate had approved 19 Navy SEALs", "feb-2026-senate-approves-19-navy-seals"),
        ("By 1 March 2027 Mexico's Senate had approved 19 Navy SEALs", "feb-2026-senate-approves-19-navy-seals"),
        ("By March 1, 2027 Mexico's Senate had approved 19 Navy SEALs", "feb-2026-senate-approves-19-navy-seals"),
        (
            "By March 2026 Mexico's Senate had approved 19 US Navy SEALs to train Mexican naval special forces",
            "feb-2026-senate-approves-19-navy-seals",
        ),
        (
            "Para 2027, el Senado había aprobado el ingreso de 19 Navy SEALs de Estados Unidos",
            "feb-2026-senate-approves-19-navy-seals",
        ),
        (
            "Hasta 2027 el Senado aprobó el ingreso de 19 Navy SEALs de Estados Unidos",
            "feb-2026-senate-approves-19-navy-seals",
        ),
        (
            "Antes de 2027 el Senado aprobó el ingreso de 19 Navy SEALs de Estados Unidos",
            "feb-2026-senate-approves-19-navy-seals",
        ),
        (
            "Até 2027 o Senado aprovou a entrada de 19 Navy SEALs dos Estados Unidos",
            "feb-2026-senate-approves-19-navy-seals",
        ),
        ("Between 2019 and 2021 Mexico passed a law limiting DEA agents", "mexico-2020-law-limits-foreign-agents"),
        ("From 2019 to 2021 Mexico passed a law limiting DEA agents", "mexico-2020-law-limits-foreign-agents"),
        ("In 2019-2021 Mexico passed a law limiting DEA agents", "mexico-2020-law-limits-foreign-agents"),
        ("The Mérida Initiative was replaced between 2020 and 2022", "merida-replaced-by-bicentennial-framework"),
        ("The Mérida Initiative was replaced in 2020–2022", "merida-replaced-by-bicentennial-framework"),
        ("From 2025 to 2027 Mexico's Senate approved 19 Navy SEALs", "feb-2026-senate-approves-19-navy-seals"),
    ],
)
def test_a_bound_with_a_month_a_spanish_bound_or_a_range_holding_the_claims_date_is_no_other_date(
    starter_kb: Path, statement: str, expected: str
) -> None:
    claims = load_knowledge_base(starter_kb).claims
    (match, *_) = LexicalMatcher(claims, use_cache=False).search(statement, top=1)
    assert (match.claim.id, match.score >= 0.9, match.differences) == (expected, True, None), (
        match.claim.id,
        round(match.score, 2),
        match.differences,
    )


# years113: what must not change: a bound or range the claim's date lies outside of, a Spanish "para" after a noun
# ("el presupuesto para 2027": the budget for 2027, a time), a month's bound before the claim's month, and a range
# of the claim's own against a longer one keep main's note of both dates
@pytest.mark.parametrize(
    ("statement", "expected", "said", "claimed"),
    [
        (
            "By March 2025 Mexico's Senate had approved 19 Navy SEALs",
            "feb-2026-senate-approves-19-navy-seals",
            ("March 2025",),
            ("2026",),
        ),
        (
            "By January 2026 Mexico's Senate had approved 19 US Navy SEALs to train Mexican naval special forces",
            "feb-2026-senate-approves-19-navy-seals",
            ("January",),
            ("February",),
        ),
        (
            "Hasta 2020 el Senado aprobó el ingreso de 19 Navy SEALs de Estados Unidos",
            "feb-2026-senate-approves-19-navy-seals",
            ("2020",),
            ("2026",),
        ),
        (
            "El presupuesto para 2027 aprobó el ingreso de 19 Navy SEALs de Estados Unidos",
            "feb-2026-senate-approves-19-navy-seals",
            ("2027",),
            ("2026",),
        ),
        (
            "The Mérida Initiative was replaced between 2022 and 2024",
            "merida-replaced-by-bicentennial-framework",
            ("2022", "2024"),
            ("2021",),
        ),
        (
            "The Mérida Initiative was replaced in 2022-2024",
            "merida-replaced-by-bicentennial-framework",
            ("2022-2024",),
            ("2021",),
        ),
        (
            "Since 2019 US military planes have landed in Toluca and brought US troops into Mexico without Senate "
            "approval.",
            "toluca-c130-brought-us-troops-without-senate",
            ("2019",),
            ("January 2026",),
        ),
        (
            "The Mérida Initiative was replaced after 2020",
            "merida-replaced-by-bicentennial-framework",
            ("2020",),
            ("2021",),
        ),
    ],
)
def test_a_bound_or_range_the_claims_date_lies_outside_of_keeps_its_note(
    starter_kb: Path, statement: str, expected: str, said: tuple[str, ...], claimed: tuple[str, ...]
) -> None:
    assert _top_match_and_its_note(starter_kb, statement) == (expected, said, claimed)


@pytest.mark.parametrize(
    ("statement", "claim", "said", "claimed"),
    [
        # a range of the claim's own is a span of its own: a longer one holding its first year is another fact
        (
            "Mexico's homicide rate tripled between 2007 and 2023",
            "Mexico's homicide rate doubled between 2007 and 2012",
            ("2023",),
            ("2012",),
        ),
        # a bound by a day leaves its month out: the claim's 11 February 2026 is after 1 February 2026 (the days are
        # compared)
        (
            "By 1 February 2026 Mexico's Senate had approved 19 US Navy SEALs",
            "On 11 February 2026 Mexico's Senate approved 19 US Navy SEALs",
            ("1",),
            ("11",),
        ),
    ],
)
def test_a_claims_own_range_or_no_range_is_compared_as_before(
    statement: str, claim: str, said: tuple[str, ...], claimed: tuple[str, ...]
) -> None:
    found = differences(statement, [claim])
    assert found is not None
    assert (found.statement, found.claim) == (said, claimed)


# teacher122: a Spanish sentence is compared with the claim's Spanish wording alone (``in_its_language``); a name it
# shares with the claim's English text was noted as standing against the alias's: "El Senado de México aprobó ...
# 19 Navy SEALs ..." was TRUE with "the sentence says “México” where the claim says “Estados Unidos”: the verdict may
# be about another fact", in three of four Spanish essays of a class, where the claim says "Mexico's Senate" too
def _starter_claim(claim_id: str) -> Claim:
    kb = load_knowledge_base(Path(__file__).parent.parent / "claims.yaml")
    return next(claim for claim in kb.claims if claim.id == claim_id)


@pytest.mark.parametrize(
    "statement",
    [
        "El Senado de México aprobó en febrero de 2026 la entrada de 19 Navy SEALs para entrenar a fuerzas especiales.",
        "El Senado de Mexico aprobó el ingreso de 19 Navy SEALs en 2026.",
    ],
)
def test_a_name_the_claim_has_in_another_language_stands_against_nothing(statement: str) -> None:
    assert claim_differences(statement, _starter_claim("feb-2026-senate-approves-19-navy-seals")) is None


@pytest.mark.parametrize(
    ("statement", "ours"),
    [
        # a name no wording of the claim has is still noted, in Spanish as in English
        pytest.param(
            "El Senado de Guatemala aprobó el ingreso de 19 Navy SEALs de Estados Unidos en 2026.",
            "Guatemala",
            marks=pytest.mark.xfail(
                strict=True,
                reason="known miss, main's too: the Spanish alias names no country's Senate for Guatemala to stand "
                "against ('El Senado aprobó ...'), and the English text is not read for a Spanish sentence",
            ),
        ),
        ("In February 2026 Guatemala's Senate approved 19 US Navy SEALs to train naval special forces.", "Guatemala"),
        ("El Senado de México aprobó el ingreso de 19 Navy SEALs de Canadá en 2026.", "Canadá"),
    ],
)
def test_a_name_no_wording_of_the_claim_has_is_still_noted(statement: str, ours: str) -> None:
    found = claim_differences(statement, _starter_claim("feb-2026-senate-approves-19-navy-seals"))
    assert found is not None and ours in found.statement, found


# fixteacher122 (review findings 2 and 3): the name must be a name of the claim's own text, case kept: "UN" is not the
# Spanish article "un" of an alias, and "Campeche" of an English alias is where SEALs trained, not who approved them
TOLUCA = Claim(
    id="toluca-plane",
    claim="A US military plane landed in Toluca in January 2026 and brought US troops into Mexico without Senate "
    "approval.",
    verdict=Verdict.FALSE,
    aliases=[
        "Un avión militar de Estados Unidos aterrizó en Toluca en enero de 2026 con tropas sin permiso del Senado",
    ],
)


def test_an_acronym_that_is_a_word_of_an_alias_in_another_language_is_still_noted() -> None:
    statement = (
        "A UN military plane landed in Toluca in January 2026 and brought UN troops into Mexico "
        "without Senate approval."
    )
    found = claim_differences(statement, TOLUCA)
    assert found is not None and found.statement == ("UN",), found


@pytest.mark.parametrize(
    ("statement", "ours"),
    [
        ("El Senado de Campeche aprobó el ingreso de 19 Navy SEALs en 2026.", "Campeche"),
        pytest.param(
            "El Senado aprobó el ingreso de 19 Navy SEALs de México en 2026.",
            "México",
            marks=pytest.mark.xfail(
                strict=True,
                reason="known miss: 'México' is a name of the claim's own text (Mexico's Senate), whatever its role "
                "in the sentence; roles are not read (the matcher scores this sentence 0.20: check does not show it)",
            ),
        ),
    ],
)
def test_a_name_only_an_alias_has_in_another_role_is_still_noted(statement: str, ours: str) -> None:
    found = claim_differences(statement, _starter_claim("feb-2026-senate-approves-19-navy-seals"))
    assert found is not None and ours in found.statement, found
