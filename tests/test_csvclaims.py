"""Claims as CSV: what export writes, import reads back (fields, lists, and the formula marks)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.csvclaims import csv_delimiter, csv_header_lacking, csv_text, read_csv_rows
from factcheck.errors import InputError
from factcheck.model import Claim, Source, Verdict

# Cells are read stripped, and lists split as they are joined: tags on ";", aliases on line breaks.
_text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1).map(str.strip)
_cell = _text.filter(bool) | st.sampled_from(["'=1+1' is what he typed", "''-ism", "'quoted'", "'"])
_tag = _cell.filter(lambda t: ";" not in t).map(str.strip).filter(bool)
_url = st.from_regex(r"https://[a-z]{1,10}\.org/[a-z0-9]{0,8}", fullmatch=True)


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    return Claim(
        id=draw(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)),
        claim=draw(_cell),
        verdict=draw(st.sampled_from(Verdict)),
        summary=draw(st.none() | _cell),
        aliases=tuple(draw(st.lists(_cell.filter(lambda t: len(t.splitlines()) == 1), max_size=3))),
        tags=tuple(draw(st.lists(_tag, max_size=3))),
        claimant=draw(st.none() | _cell),
        checked=draw(st.none() | st.sampled_from(["2025", "2025-02", "2025-02-28"])),
        original_rating=draw(st.none() | _cell),
        sources=tuple(Source(url) for url in draw(st.lists(_url, max_size=3))),
    )


def as_entry(claim: Claim) -> dict[str, Any]:
    return claim.to_dict()  # its sources hold URLs alone, which is what a row carries


@given(st.lists(claims(), max_size=4))
def test_what_csv_text_writes_reads_back_as_the_same_entries(written: list[Claim]) -> None:
    text = csv_text(written)
    assert csv_delimiter(text) == ","
    rows = read_csv_rows(text, "claims.csv", ",")
    assert [row.entry for row in rows] == [as_entry(claim) for claim in written]


def test_rows_keep_the_line_they_start_on() -> None:
    text = csv_text(
        [
            Claim(id="a", claim="A", verdict=Verdict.TRUE, aliases=("one", "two")),  # one row over two lines
            Claim(id="b", claim="B", verdict=Verdict.FALSE),
        ]
    )
    assert [row.line for row in read_csv_rows(text, "c.csv", ",")] == [2, 4]


@pytest.mark.parametrize(
    ("first_line", "delimiter"),
    [
        ("claim,verdict", ","),
        ("Claim;Verdict;Tags", ";"),
        ("id\tclaim\tverdict", "\t"),
        ("claims:", None),
        ("a,b", None),
        ("x" * 200_000, None),  # over the csv module's field limit: it raised csv.Error, a traceback from import
        ("claim,verdict," + ",".join(f"c{i}" for i in range(30_000)), ","),  # one field in ';' or tab
    ],
)
def test_a_csv_file_is_known_by_its_header(first_line: str, delimiter: str | None) -> None:
    assert csv_delimiter(first_line + "\nx\n") == delimiter


def test_a_file_whose_lines_end_with_a_carriage_return_alone_is_read_row_by_row() -> None:
    # as old Mac spreadsheets save CSV: the whole file was taken for its first line, so no header
    text = 'claim,verdict,aliases\rThe moon is rock,true,"Moon rock\nRock moon"\rThe sun is cold,false,\r'
    assert csv_delimiter(text) == ","
    rows = read_csv_rows(text, "c.csv", ",")
    assert [(row.line, row.entry["claim"]) for row in rows] == [(2, "The moon is rock"), (4, "The sun is cold")]
    assert rows[0].entry["aliases"] == ["Moon rock", "Rock moon"]


@pytest.mark.parametrize(
    ("first_line", "lacking"),
    [
        ("Claim,Rating,URL", "without the column 'verdict': if 'Rating' holds the verdicts, rename it 'verdict' ("),
        ("id\tverdit\tclaim", "without the column 'verdict': if 'verdit' holds the verdicts, rename it 'verdict' ("),
        ("Rating;Ruling;Statement", "if 'Rating' holds the verdicts and 'Statement' the claims, rename them"),
        # no name for each of the two: what it was ("not a file factcheck can import ..." or a YAML error)
        ("claims:", None),
        ("a,b", None),
        ("Claim", None),
        ("claimant,verdict", None),  # a column of the export, not a misspelt 'claim'
        ("Text, date, and source", None),
        ("# statement, rating", None),
        # a claims file's YAML comment: read as the claims file
        ("# Claims, verdicts, sources: US troops in Mexico", None),
        ("#claim,verdit", None),
        (" # Statement;Ruling", None),
        ("x" * 200_000, None),
    ],
)
def test_a_header_naming_claims_and_verdicts_otherwise_is_told_to_rename_them(
    first_line: str, lacking: str | None
) -> None:
    said = csv_header_lacking(first_line + "\nx\n")
    assert said == lacking if lacking is None else said is not None and lacking in said


def test_a_row_without_a_claim_gets_no_made_up_id() -> None:
    (row,) = read_csv_rows("claim,verdict,summary\n,false,Why\n", "c.csv", ",")
    assert row.entry == {"verdict": "false", "summary": "Why"}  # the reader reports what is missing


def test_a_cell_too_large_for_the_csv_reader_is_an_input_error_with_its_line() -> None:
    with pytest.raises(InputError, match=r"^c\.csv:\d+: error: not readable as CSV \(field larger than field limit"):
        read_csv_rows("claim,verdict\nThe moon,false\n" + "x" * 200_000 + ",true\n", "c.csv", ",")


def test_a_spreadsheets_empty_columns_are_read_past_while_they_stay_empty() -> None:
    (row,) = read_csv_rows("claim,verdict,,\nThe moon is rock,true,,\n", "c.csv", ",")
    assert row.entry == {"claim": "The moon is rock", "verdict": "true", "id": "the-moon-is-rock"}
    with pytest.raises(InputError, match=r"^c\.csv:3: error: 'rock' is in a column without a name in the header$"):
        read_csv_rows("claim,verdict,\nThe moon,true,\nThe sun,false,rock\n", "c.csv", ",")


def test_a_verdict_a_spreadsheet_saved_in_capitals_is_read() -> None:
    rows = read_csv_rows("claim,verdict\nThe moon is rock,TRUE\nThe moon is cheese,Mostly-False\n", "c.csv", ",")
    assert [row.entry["verdict"] for row in rows] == ["true", "mostly-false"]


@pytest.mark.parametrize("text", ["'=1+1' is what he typed", "''-ism", "'quoted' text", "'"])
def test_text_that_starts_with_an_apostrophe_reads_back_as_it_was(text: str) -> None:
    claim = Claim(id="a", claim=text, verdict=Verdict.FALSE, summary=text)
    (row,) = read_csv_rows(csv_text([claim]), "c.csv", ",")
    assert (row.entry["claim"], row.entry["summary"]) == (text, text)


def test_a_quoted_cell_never_closed_is_refused_with_the_line_of_its_row() -> None:
    # the rest of the file was read as that one cell: the rows below became aliases of the row
    text = 'claim,verdict,aliases\nThe sky is green,false,"Sky green\nThe sea is wet,true,\nThe moon is near,false,\n'
    with pytest.raises(InputError, match=r"^c\.csv:2: error: a quoted cell of this row is never closed"):
        read_csv_rows(text, "c.csv", ",")
    with pytest.raises(InputError, match=r"^c\.csv:3: error: not readable as CSV \(',' expected after '\"'\)$"):
        read_csv_rows('claim,verdict\nok,true\n"He said "no"",false\n', "c.csv", ",")


def test_empty_cells_past_the_header_are_read_past() -> None:
    # 'x,false,' under 'claim,verdict' (a trailing comma) was "3 cells in a row under 2 columns"
    rows = read_csv_rows("claim,verdict\nThe sky is green,false,\nThe sea is wet,true, ,\n", "c.csv", ",")
    assert [row.entry["claim"] for row in rows] == ["The sky is green", "The sea is wet"]
    with pytest.raises(InputError, match=r"^c\.csv:2: error: 3 cells in a row under 2 columns$"):
        read_csv_rows("claim,verdict\nThe sky is green,false,blue\n", "c.csv", ",")


def test_a_cells_line_breaks_saved_on_windows_are_line_breaks() -> None:
    (row,) = read_csv_rows(
        'claim;verdict;summary\r\nThe moon is rock;true;"First line\r\nsecond line"\r\n', "c.csv", ";"
    )
    assert row.entry["summary"] == "First line\nsecond line"


def test_a_cells_lone_carriage_return_is_a_line_break() -> None:
    # an old spreadsheet's "\r" went to the claims file as 'claim: "Tacos are\rsandwiches"'
    (row,) = read_csv_rows('claim,verdict,summary\n"Tacos are\rsandwiches",false,"One\rTwo"\n', "c.csv", ",")
    assert (row.entry["claim"], row.entry["summary"]) == ("Tacos are\nsandwiches", "One\nTwo")


def test_an_alias_holding_a_unicode_line_separator_stays_one_alias() -> None:
    claim = Claim(id="a", claim="A", verdict=Verdict.TRUE, aliases=("one\u2028still one", "two"))
    (row,) = read_csv_rows(csv_text([claim]), "c.csv", ",")
    assert row.entry["aliases"] == ["one\u2028still one", "two"]
