"""``check -`` given a whole CSV file of posts, as a researcher with a spreadsheet export pipes it first.

Each line is checked whole, its other columns (ids, dates, handles) with its text, and a post holding a
line break as two: the matches are wrong or missing, and nothing said so.  The header line says what the
input is: a note on standard error names it and the command that gives the posts alone, one a line.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

POSTS_CSV = (
    "\ufeffpost_id,created_at,author,text,retweets\r\n"
    "1,2025-02-01,@border_watch,Hay diez mil soldados estadounidenses en México 😡,12\r\n"
    '2,2025-02-02,@juanita_22,"Tacos, tacos\r\nand more tacos 🌮",0\r\n'
    "\r\n"
    "3,2025-02-03,@CBP,,4\r\n"
)


def _note(result: Result) -> str:
    notes = [line for line in result.stderr.splitlines() if "looks like a CSV header" in line]
    assert len(notes) == 1, result.stderr
    return notes[0]


def test_a_csv_file_piped_whole_is_named_with_the_command_giving_its_posts(
    invoke: Callable[..., Result], tmp_path: Path
) -> None:
    result = invoke("check", "-", "--top", "1", input=POSTS_CSV.encode("utf-8"))
    note = _note(result)
    assert note.startswith("factcheck: <stdin>:1: note: this line looks like a CSV header (post_id, created_at, ")
    # still one answer a line, as the contract says: the note changes nothing on standard output
    assert len(result.stdout.splitlines()) == len(POSTS_CSV.splitlines())
    # the command it gives, run as written (python3 being this interpreter), gives each post on a line of its own
    command = note.split("one a line: ", 1)[1]
    words = shlex.split(command.removesuffix(" | factcheck check -"))
    assert words[0] == "python3" and words[-1] == "FILE.csv"
    path = tmp_path / "posts.csv"
    path.write_bytes(POSTS_CSV.encode("utf-8"))
    posts = subprocess.run([sys.executable, *words[1:-1], str(path)], capture_output=True, check=True, text=True)
    expected = "Hay diez mil soldados estadounidenses en México 😡\nTacos, tacos and more tacos 🌮\n\n"
    assert posts.stdout == expected
    answers = invoke("check", "-", "--top", "1", input=posts.stdout.encode("utf-8"))
    assert "CSV header" not in answers.stderr
    first = json.loads(answers.stdout.splitlines()[0])
    assert first["matches"][0]["id"] == "us-troops-in-mexico-10000"


@pytest.mark.parametrize(
    ("header", "column", "delimiter"),
    [
        ("id\tcreated_at\tfull_text\n", "full_text", 'delimiter="\\t"'),
        ("Id;Date;Message\n", "Message", 'delimiter=";"'),
        ('"tweet id","Tweet",lang\n', "Tweet", "DictReader(f)]"),
        ("a,b,c\n", "COLUMN", "DictReader(f)]"),
    ],
)
def test_the_note_names_the_column_of_posts_and_the_delimiter(
    invoke: Callable[..., Result], header: str, column: str, delimiter: str
) -> None:
    note = _note(invoke("check", "-", input=header + "US troops in Mexico\n"))
    assert f'row["{column}"]' in note and delimiter in note


@pytest.mark.parametrize(
    "lines",
    [
        "Mexico, Canada and the US signed the USMCA\n",
        "Mexico, Canada, USA\n",  # prose puts a space after its commas
        "10,000 US troops,in Mexico,\n",
        "There are US troops in Mexico\npost_id,created_at,text\n",  # a header is a first line
        "1700000001,2025-08-11T12:55:00Z,@juanita_22,es,US troops in Mexico,2531\n",  # a row, not a header
    ],
)
def test_statements_with_commas_get_no_note(invoke: Callable[..., Result], lines: str) -> None:
    result = invoke("check", "-", input=lines)
    assert "CSV header" not in result.stderr


def test_the_readme_gives_the_command_the_note_gives(invoke: Callable[..., Result]) -> None:
    note = _note(invoke("check", "-", input=POSTS_CSV.encode("utf-8")))
    command = note.split("one a line: ", 1)[1].replace("FILE.csv", "posts.csv")
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"\n{command}\n" in readme


def test_each_answer_of_a_stream_names_its_input_line_so_a_filtered_one_still_says_which_post(
    invoke: Callable[..., Result],
) -> None:
    # a line that cannot be read, an empty line, a line a CR alone ends: each is a line, numbered as the input's
    posts = b"Tacos al pastor\nHay diez mil soldados estadounidenses en M\xe9xico\n\nBananas\rUS troops in Mexico\r"
    result = invoke("check", "-", "--top", "1", input=posts)
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [answer["line"] for answer in answers] == [1, 2, 3, 4, 5]
    assert answers[1]["query"] is None and "<stdin>:2:" in answers[1]["error"]
    matched = [(answer["line"], answer["matches"][0]["id"]) for answer in answers if answer["matches"]]
    assert matched == [(5, "there-are-us-troops-in-mexico")]
    # one statement has no input line: its --json object stays as it was
    single = json.loads(invoke("check", "US troops in Mexico", "--json").stdout)
    assert "line" not in single and next(iter(single)) == "query"
