"""``factcheck scan --overview``: one view of several files, by claim (which files make which claim).

A teacher scanning a class's essays (or an editor a day's articles) asks which claims turn up, how often,
and in whose text; the per-file reports, one after another, answer it only after reading them all.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.article import read_article
from factcheck.cli import ExitCode
from factcheck.model import Verdict
from factcheck.overview import class_overview, falsest_first
from factcheck.scan import scan_article
from factcheck.store import load_knowledge_base

Invoke = Callable[..., Result]

TROOPS = "There are more than 10,000 US troops deployed in Mexico."
MERIDA = "The Merida Initiative sent US troops to Mexico."
INVADED = "US troops have invaded Mexico in the past."
UNKNOWN = "The Mexican Navy operates more than 180 ships."


@pytest.fixture
def essays(tmp_path: Path) -> list[Path]:
    texts = {
        "ana.md": f"# Ana's essay\n\nIn this essay I explain it.\n\n{TROOPS}\n\n{INVADED}\n",
        "ben.txt": f"{MERIDA}\n{TROOPS}\n",
        "carla.txt": f"I think this topic is interesting.\n{UNKNOWN}\n",
    }
    paths = []
    for name, content in texts.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        paths.append(path)
    return paths


def test_the_overview_names_each_claim_once_with_the_files_that_make_it(
    invoke: Invoke, essays: list[Path], starter_kb: Path
) -> None:
    ana, ben, carla = essays
    result = invoke("scan", "--overview", "--kb", str(starter_kb), *map(str, essays))
    assert result.exit_code == ExitCode.OK, result.output
    out = result.stdout
    # no per-file report: the claims, each once, with where each is made
    assert "Summary" not in out
    assert out.count("us-troops-in-mexico-10000") == 1
    lines = out.splitlines()
    assert lines[0] == f"Overview of 3 files, checked against {starter_kb} (threshold 0.50)"
    troops = next(i for i, line in enumerate(lines) if "FALSE  There are more than 10,000 US troops" in line)
    assert lines[troops + 1].split() == [
        "us-troops-in-mexico-10000",
        "·",
        "2",
        "files",
        "make",
        "it:",
        f"{ana}:5,",
        f"{ben}:2",
    ]
    # the false claims before the true one
    assert out.index(" FALSE ") < out.index(" TRUE ")
    assert f"{ben}:1" in out and "merida-initiative-sent-us-troops" in out
    # what no fact-check covers, where it is: to research next
    assert "No fact-check found (research these next): 1 sentence in 1 file" in out
    assert f"{carla}:2  {UNKNOWN}" in out


def test_the_overview_as_markdown_is_a_table_to_share(invoke: Invoke, essays: list[Path], starter_kb: Path) -> None:
    ana, ben, _ = essays
    result = invoke("scan", "--overview", "--format", "markdown", "--kb", str(starter_kb), *map(str, essays))
    assert result.exit_code == ExitCode.OK, result.output
    out = result.stdout
    assert out.startswith("# Overview of 3 files\n")
    assert "| Verdict | Claim | Files making it | Where |" in out
    row = next(line for line in out.splitlines() if "us-troops-in-mexico-10000" in line)
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[0] == "**FALSE**"
    assert cells[2] == "2"
    assert cells[3].replace("\\_", "_") == f"{ana}:5, {ben}:2"  # the names' "_" escaped, as Markdown needs


def test_the_overview_as_json_is_one_object(invoke: Invoke, essays: list[Path], starter_kb: Path) -> None:
    ana, ben, carla = essays
    result = invoke("scan", "--overview", "--json", "--kb", str(starter_kb), *map(str, essays))
    assert result.exit_code == ExitCode.OK, result.output
    (data,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert data["type"] == "overview"
    assert data["files"] == [str(ana), str(ben), str(carla)]
    troops = next(c for c in data["claims"] if c["id"] == "us-troops-in-mexico-10000")
    assert troops["verdict"] == "false"
    assert [(p["source"], p["line"]) for p in troops["places"]] == [(str(ana), 5), (str(ben), 2)]
    assert [(p["source"], p["line"], p["text"]) for p in data["unmatched"]] == [(str(carla), 2, UNKNOWN)]


def test_a_file_that_cannot_be_read_is_named_in_the_overview_and_exits_2(
    invoke: Invoke, essays: list[Path], starter_kb: Path, tmp_path: Path
) -> None:
    windows = tmp_path / "tomas.txt"
    windows.write_bytes("La Iniciativa Mérida envió tropas.\r\n".encode("cp1252"))
    result = invoke("scan", "--overview", "--kb", str(starter_kb), str(windows), *map(str, essays))
    assert result.exit_code == ExitCode.ERROR
    assert "not UTF-8" in result.stderr
    assert result.stdout.splitlines()[0].startswith("Overview of 3 of 4 files (1 could not be read), ")
    assert f"   {windows}: not UTF-8 text: " in result.stdout


def test_a_sentence_saying_the_opposite_is_marked_so(invoke: Invoke, starter_kb: Path, tmp_path: Path) -> None:
    essay = tmp_path / "dan.txt"
    essay.write_text("There are no US troops in Mexico.\n", encoding="utf-8")
    result = invoke("scan", "--overview", "--kb", str(starter_kb), str(essay))
    assert result.exit_code == ExitCode.OK, result.output
    assert f"{essay}:1 (says the opposite)" in result.stdout


def test_without_overview_each_file_keeps_its_own_report(invoke: Invoke, essays: list[Path], starter_kb: Path) -> None:
    result = invoke("scan", "--kb", str(starter_kb), *map(str, essays))
    assert result.stdout.count("Summary") == 3
    assert "Overview" not in result.stdout


def test_falsest_first_puts_false_first_and_true_last() -> None:
    ordered = sorted(Verdict, key=falsest_first)
    assert ordered[0] is Verdict.FALSE
    assert ordered[-1] is Verdict.TRUE
    assert ordered.index(Verdict.MOSTLY_FALSE) < ordered.index(Verdict.MIXED) < ordered.index(Verdict.MOSTLY_TRUE)


def test_the_library_overview_counts_files_not_sentences(starter_kb: Path, tmp_path: Path) -> None:
    """A claim made twice in one essay is one essay making it (and both lines are named)."""
    essay = tmp_path / "eve.txt"
    essay.write_text(f"{TROOPS}\nI repeat: {TROOPS}\n", encoding="utf-8")
    kb = load_knowledge_base(starter_kb)
    report = scan_article(read_article(str(essay)), kb)
    overview = class_overview([report])
    (seen,) = [c for c in overview.claims if c.claim.id == "us-troops-in-mexico-10000"]
    assert seen.files == (str(essay),)
    assert [p.line for p in seen.places] == [1, 2]


# fixteacher122 (review findings 4, 5, 7): the overview says what each file's report says, and no more
OPPOSITE = "There are fewer than 10,000 US troops in Mexico."


TOLUCA_KB = """claims:
  - id: toluca-plane
    claim: >-
      A US military plane landed in Toluca in January 2026 and brought US troops into Mexico without Senate approval.
    verdict: "false"
"""
CANADIAN = (
    "A Canadian military plane landed in Toluca in January 2026 and brought Canadian troops into Mexico "
    "without Senate approval."
)


def test_a_difference_the_files_report_notes_is_marked_in_the_overview(invoke: Invoke, tmp_path: Path) -> None:
    kb = tmp_path / "claims.yaml"
    kb.write_text(TOLUCA_KB, encoding="utf-8")
    essay = tmp_path / "essay.txt"
    essay.write_text(f"{CANADIAN}\n", encoding="utf-8")
    report = invoke("scan", "--kb", str(kb), str(essay))
    assert "may be about another fact" in report.stdout, report.stdout  # the file's own report notes it
    text = invoke("scan", "--overview", "--kb", str(kb), str(essay))
    assert f"{essay}:1 (may be about another fact)" in text.stdout, text.stdout
    markdown = invoke("scan", "--overview", "--format", "markdown", "--kb", str(kb), str(essay))
    assert "may be about another fact" in markdown.stdout
    shown = json.loads(invoke("scan", "--overview", "--json", "--kb", str(kb), str(essay)).stdout)
    place = shown["claims"][0]["places"][0]
    assert place["differences"] == {"statement": ["Canadian"], "claim": ["US"]}


def test_a_file_saying_the_opposite_is_not_counted_as_making_the_claim(
    invoke: Invoke, starter_kb: Path, tmp_path: Path
) -> None:
    paths = []
    for name, sentence in {"a.txt": TROOPS, "b.txt": OPPOSITE, "c.txt": TROOPS}.items():
        (tmp_path / name).write_text(f"{sentence}\n", encoding="utf-8")
        paths.append(str(tmp_path / name))
    result = invoke("scan", "--overview", "--kb", str(starter_kb), *paths)
    assert "2 files make it, 1 says the opposite:" in result.stdout, result.stdout
    shown = json.loads(invoke("scan", "--overview", "--json", "--kb", str(starter_kb), *paths).stdout)
    troops = next(seen for seen in shown["claims"] if seen["id"] == "us-troops-in-mexico-10000")
    assert (len(troops["files"]), len(troops["opposite_files"])) == (2, 1)


def test_a_claim_only_said_the_opposite_of_comes_after_one_made(starter_kb: Path, tmp_path: Path) -> None:
    kb = load_knowledge_base(starter_kb)
    texts = {"a.txt": f"{OPPOSITE}\n", "b.txt": f"{OPPOSITE}\n", "c.txt": f"{MERIDA}\n"}
    reports = []
    for name, content in texts.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        reports.append(scan_article(read_article(str(tmp_path / name)), kb))
    seen = class_overview(reports).claims
    assert [len(s.files) for s in seen if s.claim.verdict is Verdict.FALSE] == sorted(
        (len(s.files) for s in seen if s.claim.verdict is Verdict.FALSE), reverse=True
    )
    troops = next(s for s in seen if s.claim.id == "us-troops-in-mexico-10000")
    assert (troops.files, len(troops.opposite_files)) == ((), 2)


def test_the_same_file_given_twice_is_seen_once(invoke: Invoke, starter_kb: Path, tmp_path: Path) -> None:
    essay = tmp_path / "essay.txt"
    essay.write_text(f"{TROOPS}\n", encoding="utf-8")
    result = invoke("scan", "--overview", "--kb", str(starter_kb), str(essay), str(essay))
    assert result.stdout.splitlines()[0].startswith("Overview of 1 file,"), result.stdout
    assert result.stdout.count(f"{essay}:1") == 1


def test_an_overview_of_nothing_readable_says_so(invoke: Invoke, starter_kb: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = invoke("scan", "--overview", "--kb", str(starter_kb), str(empty), str(tmp_path / "missing.txt"))
    assert result.exit_code == ExitCode.ERROR
    assert result.stdout.startswith("Overview: none of the 2 files could be read\n")
    assert "No claim of the knowledge base is made" not in result.stdout


def test_the_overview_line_falls_back_to_ascii(starter_kb: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    essay = tmp_path / "essay.txt"
    essay.write_text(f"{TROOPS}\n", encoding="utf-8")
    result = CliRunner(charset="ascii").invoke(app, ["scan", "--overview", "--kb", str(starter_kb), str(essay)])
    assert "us-troops-in-mexico-10000 - 1 file makes it:" in result.stdout, result.stdout


def test_one_file_under_two_spellings_is_seen_once(
    invoke: Invoke, starter_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # integration review: 'a.odt' and '../dir/a.odt' were two files, each claim counted twice
    (tmp_path / "class").mkdir()
    essay = tmp_path / "class" / "essay.txt"
    essay.write_text(f"{TROOPS}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "class")
    result = invoke("scan", "--overview", "--kb", str(starter_kb), "essay.txt", "../class/essay.txt")
    assert result.stdout.splitlines()[0].startswith("Overview of 1 file,"), result.stdout
    assert result.stdout.count("essay.txt:1") == 1


@pytest.mark.parametrize("json_output", [False, True])
def test_an_overview_of_one_unreadable_file_is_still_an_overview(
    invoke: Invoke, starter_kb: Path, tmp_path: Path, json_output: bool
) -> None:
    # integration review: one FILE failed before the overview was made, and nothing went to standard output
    # (with --json, not the one {"type": "overview"} object --help promises)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = invoke("scan", "--overview", *(["--json"] if json_output else []), "--kb", str(starter_kb), str(empty))
    assert result.exit_code == ExitCode.ERROR
    assert "empty" in result.stderr
    if json_output:
        shown = json.loads(result.stdout)
        assert shown["type"] == "overview" and shown["unreadable"] == [str(empty)] and shown["claims"] == []
    else:
        assert result.stdout.startswith("Overview: nothing could be read\n")
        assert f"   {empty}: is empty, nothing to scan" in result.stdout


# overview127: every count line plain English that is true; the files left out named with why, in the overview
# itself (a teacher saves it, '> report.md', and standard error is gone); one meaning of "files" in the JSON
def _write(tmp_path: Path, texts: dict[str, str]) -> list[str]:
    paths = []
    for name, content in texts.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def test_a_claim_only_said_the_opposite_of_is_made_in_no_file(invoke: Invoke, starter_kb: Path, tmp_path: Path) -> None:
    # was "0 files (+1 says the opposite)": zero files, then one more?
    (only,) = _write(tmp_path, {"b.txt": f"{OPPOSITE}\n"})
    result = invoke("scan", "--overview", "--kb", str(starter_kb), only)
    line = next(line for line in result.stdout.splitlines() if "us-troops-in-mexico-10000" in line)
    assert line.split(" · ", 1)[1] == f"no file makes it, 1 says the opposite: {only}:1 (says the opposite)"
    markdown = invoke("scan", "--overview", "--format", "markdown", "--kb", str(starter_kb), only).stdout
    assert "| Verdict | Claim | Files making it | Where |" in markdown
    row = next(line for line in markdown.splitlines() if "us-troops-in-mexico-10000" in line)
    assert [cell.strip() for cell in row.strip("|").split("|")][2] == "0 (1 says the opposite)"


def test_counts_of_files_making_a_claim_read_as_sentences(invoke: Invoke, starter_kb: Path, tmp_path: Path) -> None:
    paths = _write(tmp_path, {"a.txt": f"{TROOPS}\n", "b.txt": f"{OPPOSITE}\n", "c.txt": f"{TROOPS}\n{MERIDA}\n"})
    result = invoke("scan", "--overview", "--kb", str(starter_kb), *paths)
    lines = result.stdout.splitlines()
    troops = next(line for line in lines if "us-troops-in-mexico-10000" in line)
    assert troops.split(" · ", 1)[1].startswith("2 files make it, 1 says the opposite: ")
    merida = next(line for line in lines if "merida-initiative-sent-us-troops" in line)
    assert merida.split(" · ", 1)[1] == f"1 file makes it: {paths[2]}:2"


@pytest.mark.parametrize(
    ("given", "first"),
    [
        (["essay.txt", "empty.txt", "missing.txt"], "Overview of 1 of 3 files (2 could not be read)"),
        (["essay.txt", "missing.txt"], "Overview of 1 of 2 files (1 could not be read)"),
        (["empty.txt", "missing.txt"], "Overview: none of the 2 files could be read"),
        (["missing.txt"], "Overview: nothing could be read"),
        (["essay.txt", "essay.txt"], "Overview of 1 file"),
    ],
)
def test_the_heading_counts_the_files_given_truly(
    invoke: Invoke, starter_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: list[str], first: str
) -> None:
    # was "Overview of 0 files (2 more could not be read: ...)": of 0 files, and 2 more
    _write(tmp_path, {"essay.txt": f"{TROOPS}\n", "empty.txt": ""})
    monkeypatch.chdir(tmp_path)
    text = invoke("scan", "--overview", "--kb", str(starter_kb), *given).stdout
    assert text.splitlines()[0].split(", checked against")[0] == first, text
    markdown = invoke("scan", "--overview", "--format", "markdown", "--kb", str(starter_kb), *given).stdout
    assert markdown.splitlines()[0] == f"# {first}", markdown


def test_the_files_left_out_are_named_with_why_in_the_overview_itself(
    invoke: Invoke, starter_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the reasons went to standard error only: 'scan --overview *.txt > report.md' left a "could not be read"
    # with no why, and the teacher the file to look at
    _write(tmp_path, {"essay.txt": f"{TROOPS}\n", "empty.txt": ""})
    (tmp_path / "folder").mkdir()
    monkeypatch.chdir(tmp_path)
    given = ["essay.txt", "empty.txt", "folder", "missing.txt"]
    text = invoke("scan", "--overview", "--kb", str(starter_kb), *given)
    assert text.exit_code == ExitCode.ERROR
    lines = text.stdout.splitlines()
    start = lines.index("Could not be read (3 files):")
    assert lines[start + 1 : start + 4] == [
        "   empty.txt: is empty, nothing to scan",
        "   folder: is a folder, not a file",
        "   missing.txt: no such file",
    ]
    markdown = invoke("scan", "--overview", "--format", "markdown", "--kb", str(starter_kb), *given).stdout
    assert "## Could not be read (3 files)\n\n| File | Why |\n| --- | --- |\n" in markdown
    assert "| empty.txt | is empty, nothing to scan |\n| folder | is a folder, not a file |\n" in markdown
    assert "| missing.txt | no such file |\n" in markdown
    shown = json.loads(invoke("scan", "--overview", "--json", "--kb", str(starter_kb), *given).stdout)
    assert shown["unreadable"] == ["empty.txt", "folder", "missing.txt"]
    assert shown["errors"] == [
        {"source": "empty.txt", "error": "is empty, nothing to scan"},
        {"source": "folder", "error": "is a folder, not a file"},
        {"source": "missing.txt", "error": "no such file"},
    ]


def test_files_in_the_json_is_a_list_of_names_at_every_level(invoke: Invoke, starter_kb: Path, tmp_path: Path) -> None:
    # was a list at the top level and a count in each claim ("files": 2): one key, two meanings
    a, b, c = _write(
        tmp_path, {"a.txt": f"{TROOPS}\n", "b.txt": f"{OPPOSITE}\n", "c.txt": f"{TROOPS}\nAgain, {TROOPS}\n"}
    )
    shown = json.loads(invoke("scan", "--overview", "--json", "--kb", str(starter_kb), a, b, c).stdout)
    assert shown["files"] == [a, b, c]
    troops = next(seen for seen in shown["claims"] if seen["id"] == "us-troops-in-mexico-10000")
    assert (troops["files"], troops["opposite_files"]) == ([a, c], [b])
    assert shown["unreadable"] == [] and shown["errors"] == []


def test_one_file_with_no_claim_is_this_file(invoke: Invoke, starter_kb: Path, tmp_path: Path) -> None:
    (one,) = _write(tmp_path, {"a.txt": "I think this topic is interesting.\n"})
    result = invoke("scan", "--overview", "--kb", str(starter_kb), one)
    assert result.exit_code == ExitCode.NO_MATCH
    assert "No claim of the knowledge base is made in this file." in result.stdout


def test_a_name_with_a_line_break_stays_on_its_line(invoke: Invoke, starter_kb: Path, tmp_path: Path) -> None:
    # a place's name and a left-out file's were printed raw: 'gone<LF>fake: error.txt' made a line of its own
    made = tmp_path / "new\nline.txt"
    made.write_text(f"{TROOPS}\n", encoding="utf-8")
    gone = tmp_path / "gone\nfake: error.txt"
    result = invoke("scan", "--overview", "--kb", str(starter_kb), str(made), str(gone))
    lines = result.stdout.splitlines()
    assert f"   {tmp_path}/gone\\x0afake: error.txt: no such file" in lines, result.stdout
    assert any(line.endswith(f"1 file makes it: {tmp_path}/new\\x0aline.txt:1") for line in lines), result.stdout


def test_a_long_line_wraps_under_its_indent_on_a_terminal(
    invoke: Invoke, starter_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # on an 80-column terminal a class's "where" list wrapped to the first column, under the verdicts
    from factcheck.cli import output

    monkeypatch.chdir(tmp_path)
    names = _write(tmp_path, {f"student-{n:02}.txt": f"{TROOPS}\n{UNKNOWN}\n" for n in range(8)})
    given = [Path(name).name for name in names] + ["a-file-nobody-saved-under-this-name.txt"]
    monkeypatch.setattr(output, "pipe_width", 60)  # wrapped as a 60-column terminal wraps
    result = invoke("scan", "--overview", "--kb", str(starter_kb), *given)
    lines = result.stdout.splitlines()
    body = lines[lines.index("") + 1 :]
    assert len(body) > 2 + 1 + 8 + 3, result.stdout  # the long lines did wrap
    # each place, sentence and file left out, and what wraps of it, under its indent
    assert not any(line.startswith(("student-", "ships.", "a-file-", "no such file")) for line in body), result.stdout


@pytest.mark.parametrize("overview", [True, False])
def test_a_folder_of_essays_given_says_how_to_name_its_files(
    invoke: Invoke, starter_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, overview: bool
) -> None:
    # 'factcheck scan --overview essays' (or 'essays/') said "is a folder, not a file" and no more
    (tmp_path / "my essays").mkdir()
    (tmp_path / "my essays" / "ana.txt").write_text(f"{TROOPS}\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    args = ["--overview"] if overview else []
    result = invoke("scan", *args, "--kb", str(starter_kb), "my essays", "empty")
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr.splitlines() == [
        "factcheck: my essays: error: is a folder, not a file; to scan the files in it, name them: 'my essays'/*",
        "factcheck: empty: error: is a folder, not a file",  # nothing in it to name
    ]


# fixoverview127: the review's findings


def test_the_names_of_files_left_out_are_shown_literally_in_markdown(
    invoke: Invoke, starter_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the section was a "- name: why" list: '# gone.md' became a heading in it, '1. gone.txt' a numbered list
    from markdown_it import MarkdownIt

    _write(tmp_path, {"essay.txt": f"{TROOPS}\n"})
    monkeypatch.chdir(tmp_path)
    names = ["# gone.md", "- gone.txt", "1. gone.txt", "+ gone", "2) gone"]
    markdown = invoke("scan", "--overview", "--format", "markdown", "--kb", str(starter_kb), "--", "essay.txt", *names)
    html = MarkdownIt("commonmark").enable("table").render(markdown.stdout)
    section = html[html.index("<h2>Could not be read (5 files)</h2>") :]
    for name in names:
        assert f"<td>{name}</td>\n<td>no such file</td>" in section, section
    assert not any(tag in section for tag in ("<h1>", "<ul>", "<ol>", "<li>")), section


@pytest.mark.parametrize("given", [["missing.txt"], ["missing.txt", "gone.txt"]])
def test_nothing_readable_leaves_one_blank_line_not_two(
    invoke: Invoke, starter_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("scan", "--overview", "--kb", str(starter_kb), *given)
    lines = result.stdout.splitlines()
    assert lines[1:3] == ["", f"Could not be read ({len(given)} file{'s' if len(given) > 1 else ''}):"], lines


def test_a_folder_holding_only_hidden_files_gets_no_hint(
    invoke: Invoke, starter_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 'hidden/*' matches no dotfile in the shell: the hint led to "hidden/*: no such file"
    (tmp_path / "hidden").mkdir()
    (tmp_path / "hidden" / ".DS_Store").write_bytes(b"\0")
    monkeypatch.chdir(tmp_path)
    result = invoke("scan", "--kb", str(starter_kb), "hidden")
    assert result.stderr.splitlines() == ["factcheck: hidden: error: is a folder, not a file"]


@pytest.mark.parametrize("root", ["/", "//"])
def test_the_root_folder_hint_is_slash_star(
    invoke: Invoke, starter_kb: Path, monkeypatch: pytest.MonkeyPatch, root: str
) -> None:
    # 'scan /' said "name them: //*"
    from factcheck import inputfiles

    monkeypatch.setattr(inputfiles, "_holds_a_file", lambda folder: True)  # whatever this machine's / holds
    result = invoke("scan", "--kb", str(starter_kb), root)
    assert result.stderr.splitlines() == [
        f"factcheck: {root}: error: is a folder, not a file; to scan the files in it, name them: /*"
    ]


def test_a_folder_given_is_its_own_kind_of_input_error(tmp_path: Path) -> None:
    # the hint was added when the message read exactly "is a folder, not a file": a new word in it, and no hint
    from factcheck.errors import InputError
    from factcheck.inputfiles import FolderGivenError

    (tmp_path / "essays").mkdir()
    with pytest.raises(FolderGivenError) as raised:
        read_article(str(tmp_path / "essays"))
    assert isinstance(raised.value, InputError)  # every caller catching InputError still does
    (tmp_path / "essay.pages").mkdir()  # a Mac package is a document to its user, not a folder of files
    with pytest.raises(InputError) as package:
        read_article(str(tmp_path / "essay.pages"))
    assert not isinstance(package.value, FolderGivenError)


@pytest.mark.parametrize("given", ["-", "essays"])
def test_one_input_that_is_no_file_is_not_called_the_file(
    invoke: Invoke, starter_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str
) -> None:
    # ': | factcheck scan --overview -' and 'scan --overview essays' said "Overview: the file could not be read"
    (tmp_path / "essays").mkdir()
    monkeypatch.chdir(tmp_path)
    result = invoke("scan", "--overview", "--kb", str(starter_kb), given, input="")
    assert result.exit_code == ExitCode.ERROR
    assert result.stdout.splitlines()[0] == "Overview: nothing could be read", result.stdout
