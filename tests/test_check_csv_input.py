"""``check -`` given a whole CSV file of posts, as a researcher with a spreadsheet export pipes it first.

Each line is checked whole, its other columns (ids, dates, handles) with its text, and a post holding a
line break as two: the matches are wrong or missing, and nothing said so.  The header line says what the
input is: a note on standard error names it and the command that gives the posts alone, one a line.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from documentation import all_prose
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
    command = "python3 -c " + note.split(": python3 -c ", 1)[1]
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
        ('"tweet id","Tweet",lang\n', "Tweet", 'delimiter=","'),
        # pandas' to_csv writes its index's column with no name
        (",id,date,text\n", "text", 'delimiter=","'),
        # twarc2's csv: dotted names longer than 40 characters
        (
            "id,text,author.entities.description.hashtags,in_reply_to_user.entities.description.cashtags\n",
            "text",
            'delimiter=","',
        ),
        (
            "Page Name,User Name,Facebook Id,Is Video Owner?,Message\n",
            "Message",
            'delimiter=","',
        ),  # CrowdTangle
        ("Tweet ID,Date (UTC),Text\n", "Text", 'delimiter=","'),
        ("Author's name,Date,Text\n", "Text", 'delimiter=","'),
        ("id,created_at,text,\n", "text", 'delimiter=","'),  # a comma ending the line
        ("id\ttext\n", "text", 'delimiter="\\t"'),
        # R's write.table quotes every name: the file got no note (cli84)
        ('"id"\t"created_at"\t"text"\n', "text", 'delimiter="\\t"'),
        # twarc's csv of API v1.1: its "text" is cut at 140 characters, "full_text" is the post
        ("id,text,full_text,lang\n", "full_text", 'delimiter=","'),
        # a CR inside the line ends the header's row to the csv module: it was a traceback (csv.Error)
        ("id,text\rUS troops in Mexico,1\n", "text", 'delimiter=","'),
    ],
)
def test_the_note_names_the_column_of_posts_and_the_delimiter(
    invoke: Callable[..., Result], header: str, column: str, delimiter: str
) -> None:
    note = _note(invoke("check", "-", input=header + "US troops in Mexico\n"))
    # the column is taken by its place (R's quoted names were a KeyError when quotes were read as text)
    names = header.split("\r")[0].rstrip("\n").replace('"', "").split(delimiter.split('"')[1].replace("\\t", "\t"))
    assert f"k = {names.index(column)} +" in note and delimiter in note
    # a tab-separated file is named FILE.tsv in the command (research79: the note said FILE.csv)
    assert note.endswith(" FILE.tsv | factcheck check -" if "\t" in header else " FILE.csv | factcheck check -")


@pytest.mark.parametrize(
    "lines",
    [
        "Mexico, Canada and the US signed the USMCA\n",
        "Mexico, Canada, USA\n",  # prose puts a space after its commas
        "10,000 US troops,in Mexico,\n",
        "There are US troops in Mexico\npost_id,created_at,text\n",  # a header is a first line
        "1700000001,2025-08-11T12:55:00Z,@juanita_22,es,US troops in Mexico,2531\n",  # a row, not a header
        # statements whose commas or tabs have no space after them: they name no column of posts (review79)
        "Mexico,Canada,US\n",
        "Mexico,Canada,US signed the USMCA\n",
        "Trump,Biden,Obama all raised tariffs\n",
        "red,white,blue\n",
        "apples;oranges;bananas are fruits\n",
        "Breaking News\tUS troops in Mexico\n",
        "Bananas are berries.\tTrue\n",
        "US troops are in Mexico\tReuters\n",
        "a,b,c\n",
        # a column's name and a statement, two cells pasted from a spreadsheet
        "Tweet\tThere are 10,000 US troops in Mexico\n",
        "Text,Bananas are berries.\n",
    ],
)
def test_statements_with_commas_get_no_note(invoke: Callable[..., Result], lines: str) -> None:
    result = invoke("check", "-", input=lines)
    assert "CSV header" not in result.stderr


def test_the_readme_gives_the_command_the_note_gives(invoke: Callable[..., Result]) -> None:
    note = _note(invoke("check", "-", input=POSTS_CSV.encode("utf-8")))
    command = ("python3 -c " + note.split(": python3 -c ", 1)[1]).replace("FILE.csv", "posts.csv")
    readme = (Path(__file__).parent.parent / "docs" / "commands.md").read_text(encoding="utf-8")
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


RAGGED_CSV = "id,date,text\n1,2025-01-01,US troops in Mexico\n2,2025-01-02\n3,2025-01-03,Bananas are berries\n"
#: a plain tab-separated export: a post opening with a quote it never closes (review79)
UNQUOTED_TSV = (
    'id\ttext\n1\t"Wow. There are 10,000 US troops in Mexico\n2\tBananas are berries\n3\tUS troops in Mexico\n'
)


#: a tab-separated export of a quoting writer (pandas' to_csv(sep="\\t"), Excel's "Text (Tab delimited)", R's
#: readr): a post holding a quote or a line break is quoted, its quotes doubled.  Read with quotes as text, the
#: command gave '"He said ""there are...' and a post cut in two, its second half an empty line (cli84)
QUOTED_TSV = (
    'id\ttext\r\n1\t"He said ""there are 10,000 US troops in Mexico"""\r\n2\t"Tacos\nand more tacos"\r\n'
    "3\tUS troops in Mexico\r\n"
)
QUOTED_POSTS = 'He said "there are 10,000 US troops in Mexico"\nTacos and more tacos\nUS troops in Mexico\n'


@pytest.mark.parametrize(
    ("contents", "posts"),
    [
        # a row cut short has no text: an empty line, its own answer, no AttributeError on None
        (RAGGED_CSV, "US troops in Mexico\n\nBananas are berries\n"),
        # read with quotes as text: the rows stay three, not one merged up to the next quote
        (UNQUOTED_TSV, '"Wow. There are 10,000 US troops in Mexico\nBananas are berries\nUS troops in Mexico\n'),
        # a quote that closes no cell, later in the file: the quotes are text all the same
        (
            UNQUOTED_TSV + '4\tHe said "no"\n',
            UNQUOTED_TSV.split("\n", 1)[1].replace("1\t", "").replace("2\t", "").replace("3\t", "") + 'He said "no"\n',
        ),
        ("\ufeffid;date;text\r\n1;2025;US troops\r\n", "US troops\n"),
        ("id,date,text\r1,2025,US troops in Mexico\r2,x,Bananas\r", "US troops in Mexico\nBananas\n"),
        (QUOTED_TSV, QUOTED_POSTS),
        # R's write.table: every cell quoted, the names too
        ('"id"\t"text"\n"1"\t"Wow ""great"""\n"2"\t"A\tB"\n', 'Wow "great"\nA B\n'),
        # a post that is a quotation alone, in a plain export: read as a quoted cell, its quotes dropped
        ('id\ttext\n1\t"US troops in Mexico"\n', "US troops in Mexico\n"),
    ],
)
def test_the_notes_command_gives_one_line_a_row_of_any_file(
    invoke: Callable[..., Result], tmp_path: Path, contents: str, posts: str
) -> None:
    assert _posts_of(invoke, tmp_path, contents.encode("utf-8")) == posts


def _posts_of(invoke: Callable[..., Result], tmp_path: Path, contents: bytes) -> str:
    """What the command of the note ``check -`` prints for ``contents`` gives, run (python3 being this interpreter)
    as the note writes it, on a file of ``contents``."""
    note = _note(invoke("check", "-", input=contents))
    words = shlex.split(note.split(": python3 -c ", 1)[1].removesuffix(" | factcheck check -"))
    path = tmp_path / "posts.csv"
    path.write_bytes(contents)
    run = subprocess.run([sys.executable, "-c", *words[:-1], str(path)], capture_output=True, text=True)
    assert (run.returncode, run.stderr) == (0, ""), run.stderr
    return run.stdout


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_the_notes_command_reads_a_windows_ansi_file(
    invoke: Callable[..., Result], tmp_path: Path, delimiter: str
) -> None:
    # Excel's "CSV" on Windows in Western Europe and the Americas is Windows-1252: the command, reading UTF-8,
    # was a UnicodeDecodeError traceback (cli84); the note says how it reads a file not in UTF-8
    posts = ["Hay diez mil soldados estadounidenses en México", "“Bananas” are berries…", "Café ½ price"]
    contents = "".join(f"{n}{delimiter}{post}\r\n" for n, post in enumerate(posts, 1))
    header = f"id{delimiter}text\r\n"
    assert _posts_of(invoke, tmp_path, (header + contents).encode("cp1252")) == "\n".join(posts) + "\n"
    # UTF-8, with or without its mark, is read as UTF-8 (a character of it is no Windows-1252 pair of bytes)
    for encoded in ((header + contents).encode("utf-8"), (header + contents).encode("utf-8-sig")):
        assert _posts_of(invoke, tmp_path, encoded) == "\n".join(posts) + "\n"
    # a byte Windows-1252 leaves unused (0x81, 0x8d): a replacement character, not a traceback
    assert _posts_of(invoke, tmp_path, header.encode() + b"1" + delimiter.encode() + b"Caf\xe9 \x81\r\n") == (
        "Café \ufffd\n"
    )
    note = _note(invoke("check", "-", input=header.encode()))
    assert "a byte not UTF-8 read as Windows-1252" in note and "iconv -f WINDOWS-1251 -t UTF-8" in note


def test_the_notes_command_checks_a_quoted_tab_separated_file_post_by_post(
    invoke: Callable[..., Result], tmp_path: Path
) -> None:
    # the whole pipeline, as typed in a shell: the command of the note, its output piped to factcheck check -
    path = tmp_path / "posts.tsv"
    path.write_bytes(QUOTED_TSV.encode("utf-8"))
    note = _note(invoke("check", "-", input=QUOTED_TSV.encode("utf-8")))
    command = "python3 -c " + note.split(": python3 -c ", 1)[1].replace("FILE.tsv", shlex.quote(str(path)))
    command = command.replace("python3 -c", f"{shlex.quote(sys.executable)} -c", 1).replace(
        "| factcheck check -", f"| {shlex.quote(sys.executable)} -m factcheck check - --top 1"
    )
    run = subprocess.run(["sh", "-c", command], capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    answers = [json.loads(line) for line in run.stdout.splitlines()]
    assert [answer["query"] for answer in answers] == QUOTED_POSTS.splitlines()
    assert answers[2]["matches"][0]["id"] == "there-are-us-troops-in-mexico"
    assert run.stderr == "" and run.returncode == 0


def test_the_readme_names_the_columns_the_note_looks_for_in_the_order_it_chooses_them() -> None:
    from factcheck.posts import TEXT_COLUMNS

    readme = (Path(__file__).parent.parent / "docs" / "commands.md").read_text(encoding="utf-8")
    paragraph = " ".join(readme.split("A CSV file of posts (a platform's", 1)[1].split("```sh", 1)[0].split())
    listed = paragraph.split("a column of posts, whatever its case: ", 1)[1].split(". The other names", 1)[0]
    assert re.findall(r"`(\w+)`", re.sub(r"\([^)]*\)", "", listed)) == list(TEXT_COLUMNS)
    for example in ("red,white,blue", "Bananas are berries.<TAB>True"):
        assert f'"{example}"' in paragraph


def test_a_line_is_numbered_as_scan_numbers_it_but_where_a_cr_alone_comes_before_a_line_feed(
    invoke: Callable[..., Result],
) -> None:
    def numbers(text: bytes) -> tuple[list[int], list[int]]:
        checked = [json.loads(line)["line"] for line in invoke("check", "-", input=text).stdout.splitlines()]
        scanned = invoke("scan", "-", "--json", input=text).stdout.splitlines()
        sentences = [json.loads(line) for line in scanned]
        return checked, [s["line"] for s in sentences if s.get("type") == "sentence"]

    same_ends = b"There are US troops in Mexico.\nx y z.\n\nThere are 10,000 US troops in Mexico.\n"
    for text in (same_ends, same_ends.replace(b"\n", b"\r\n"), same_ends.replace(b"\n", b"\r")):
        checked, scanned = numbers(text)
        assert checked == [1, 2, 3, 4] and scanned == [1, 2, 4]
    # the reviewer's input: a CR alone before a line feed ends a line to scan, not to check -
    checked, scanned = numbers(b"Bananas are yellow.\rThere are US troops in Mexico.\r\nx y z.\n\nUS troops in Mexico.")
    assert checked == [1, 2, 3, 4] and scanned == [1, 2, 3, 5]
    commands = all_prose("docs/commands.md")
    assert "but where a CR alone comes before a line feed, a line end to `scan`, not to `check -`" in commands
    assert "as `scan` numbers a sentence's line;" not in all_prose()  # the old, untrue words, on no page


#: characters some programs take for a line's end and others not: Python's str.splitlines ends a line at each,
#: ``nl -ba``, ``wc -l``, ``grep -n`` and editors (vim, nano) at none; a form feed opens each page of pdftotext's text
ODD_LINE_ENDS = ["\f", "\v", "\x85", "\u2028", "\u2029", "\x1c", "\x1d", "\x1e", "\ufeff"]


@pytest.mark.parametrize("odd", ODD_LINE_ENDS)
def test_a_line_is_numbered_as_nl_numbers_it_whatever_odd_line_end_it_holds(
    invoke: Callable[..., Result], odd: str
) -> None:
    # the documented rule: a line ends at a line feed (a CR before it part of it), nothing else (a CR alone only
    # where no line feed follows); each answer's "line" is the one nl -ba shows, and so is an error's <stdin>:N
    text = (
        f"There are US troops in Mexico.{odd}\n{odd}There are 10,000{odd}US troops in Mexico.\r\n"
        f"Bananas are berries.{odd}x.\nCaf\udce9 prices rose.\nUS troops in Mexico.\n"
    )
    data = text.encode("utf-8", "surrogateescape")
    nl_lines = data.split(b"\n")[:-1]  # grep -n's and nl -ba's numbering: one line each line feed ends
    result = invoke("check", "-", "--top", "1", input=data)
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [answer["line"] for answer in answers] == list(range(1, len(nl_lines) + 1)) == [1, 2, 3, 4, 5]
    for answer, raw in zip(answers, nl_lines, strict=True):
        if answer["query"] is not None:  # the line as nl shows it, its odd character kept where it is
            assert answer["query"] == raw.decode("utf-8").removesuffix("\r").removeprefix("\ufeff")
    assert answers[3]["query"] is None and answers[3]["error"].startswith("<stdin>:4:4: error: not UTF-8 text")
    assert "factcheck: <stdin>:4:4: error: not UTF-8 text" in result.stderr
    if odd != "\ufeff":  # a zero-width no-break space glues "10,000" to "US", as it shows them
        assert answers[1]["matches"][0]["id"] == "us-troops-in-mexico-10000"  # read as a space between words
    # scan numbers an article's lines so too (one not UTF-8 refuses the whole article: it is left out)
    article = data.replace(b"Caf\xe9 prices rose", b"Prices rose")
    scanned = [json.loads(line) for line in invoke("scan", "-", "--json", input=article).stdout.splitlines()]
    lines = [s["line"] for s in scanned if s.get("type") == "sentence"]
    assert lines[-1] == 5
    if odd != "\ufeff":  # scan ends no sentence at "Mexico.\ufeff" (a full stop, then no space): one on line 1
        assert lines[:3] == [1, 2, 3]


def test_the_readme_names_the_characters_that_end_no_line_of_check_input() -> None:
    commands = all_prose("docs/commands.md")
    paragraph = commands.split("A line ends at a line feed or a Windows CR LF.", 1)[1].split("A line copied", 1)[0]
    for name in ("form feed", "vertical tab", "U+0085", "U+2028", "U+2029", "U+001C to U+001E", "`nl -ba`"):
        assert name in paragraph
    assert "<stdin>:4:4: error: not UTF-8 text" in paragraph  # the example, as the test above gives it


@pytest.mark.parametrize(
    ("contents", "posts"),
    [
        # R's write.table defaults (cli84 review): names quoted, a quote in a post escaped ('\"'), and a row name
        # before each row that the header does not name: a KeyError: 'text' traceback, then the ids printed
        (
            '"id"\t"text"\n"1"\t1\t"US troops in Mexico"\n"2"\t2\t"He said \\"no\\""\n"3"\t3\t"Tacos\nand more"\n',
            'US troops in Mexico\nHe said "no"\nTacos and more\n',
        ),
        # row.names=TRUE with quotes doubled (qmethod="double")
        ('"id"\t"text"\n"1"\t1\t"US troops"\n"2"\t2\t"He said ""no"""\n', 'US troops\nHe said "no"\n'),
        # row.names=FALSE, quotes escaped
        ('"id"\t"text"\n1\t"He said \\"no\\""\n2\t"Tacos"\n', 'He said "no"\nTacos\n'),
        # a delimiter ending each row, not the header: no row names, the column where the header puts it
        ("id,text\n1,hello,\n2,world,\n", "hello\nworld\n"),
        # an unquoted comma in the first post alone (intB review): the first row one cell longer, not every row, so
        # no row names; each post stays in its column (the first cut at its comma) where every one moved a
        # column on, printing "says a post" and two empty lines
        (
            "id,text\n1,US troops are in Mexico, says a post\n2,Ten thousand American soldiers are based in Mexico\n"
            "3,The Senate let 10 soldiers in\n",
            "US troops are in Mexico\nTen thousand American soldiers are based in Mexico\n"
            "The Senate let 10 soldiers in\n",
        ),
        # a file of one post with an unquoted comma (review-final, 2): one row is no "every row" of row names
        ("id,text\n1,Hello, world\n", "Hello\n"),
        # a tab-separated file whose first row alone has an extra cell the header does not name
        (
            "id\ttext\n1\tUS troops in Mexico\tflagged\n2\tTacos\n3\tBananas are berries\n",
            "US troops in Mexico\nTacos\nBananas are berries\n",
        ),
        # write.table(sep=",") with row names on every row, one of its last cells empty: the column one further on
        ("id,text,note\n1,1,US troops,\n2,2,Tacos,seen\n", "US troops\nTacos\n"),
        # row.names=TRUE as a comma-separated file writes them (write.csv): the header names them ""
        ('"","id","text"\n"1",1,"US troops"\n', "US troops\n"),
        # a plain export: one post opens a quote a later row closes; each row is one post, its quotes text
        (
            'id\ttext\n1\t"We will build a wall\n2\tBananas are berries\n3\tand Mexico will pay for it"\n4\tTacos\n',
            '"We will build a wall\nBananas are berries\nand Mexico will pay for it"\nTacos\n',
        ),
        # while a quoted post holding line breaks (no tab after its first line) is one post
        ('id\ttext\n1\t"Tacos\nand more\ntacos"\n2\tUS troops\n', "Tacos and more tacos\nUS troops\n"),
    ],
)
def test_the_notes_command_reads_r_s_write_table_and_plain_exports(
    invoke: Callable[..., Result], tmp_path: Path, contents: str, posts: str
) -> None:
    assert _posts_of(invoke, tmp_path, contents.encode("utf-8")) == posts


def test_the_notes_command_reads_a_utf8_file_with_one_windows_1252_byte_byte_by_byte(
    invoke: Callable[..., Result], tmp_path: Path
) -> None:
    # one row pasted from a Windows-1252 file into a UTF-8 one: read whole as Windows-1252, every accented post
    # was garbled ('MÃ©xico') and lost its matches; now only that byte is read so
    contents = "id,text\n1,Hay diez mil soldados en México\n2,Café ½ price\n".encode() + b"3,A\xf1os despu\xe9s\n"
    assert _posts_of(invoke, tmp_path, contents) == "Hay diez mil soldados en México\nCafé ½ price\nAños después\n"
