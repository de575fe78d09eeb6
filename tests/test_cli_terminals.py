"""Text output on terminals and streams that are not the usual UTF-8 colour terminal: an ASCII or C locale,
forced colour, a pseudo-terminal.  Run as ``python -m factcheck`` in a subprocess where only a real process
has such streams."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pseudo_terminal import answer_on_a_terminal, run_on_a_terminal
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text
from typer.testing import Result

from factcheck.cli.render import _header_block, claim_header, indented
from factcheck.model import Claim, Source, Verdict

pytestmark = pytest.mark.e2e

#: data in non-ASCII (a claim, a title, a quote, an alias) beside factcheck's own signs (· “ ” • …)
CLAIMS_FILE = """\
claims:
  - id: cafe-claim
    claim: The café in Zürich serves the best crème brûlée.
    verdict: "false"
    aliases:
      - Zurich's best creme brulee is at the cafe
    sources:
      - url: https://example.org/cafe
        title: Café review
        publisher: Example News
        date: "2026-01-01"
        quote: "The brûlée was fine."
"""


def _environment(**settings: str) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_KB", "FORCE_COLOR", "NO_COLOR", "TERM")}
    environment.update(settings)
    return environment


def _factcheck(tmp_path: Path, *args: str, **settings: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        capture_output=True,
        cwd=tmp_path,
        env=_environment(**settings),
        timeout=120,  # a safety net against a hang, not a measure of speed
    )


def _on_a_terminal(tmp_path: Path, *args: str, **settings: str) -> tuple[int, bytes]:
    """Run factcheck with its standard output on a pseudo-terminal; its exit code and what it showed."""
    command = [sys.executable, "-m", "factcheck", *args]
    return run_on_a_terminal(command, cwd=tmp_path, env=_environment(**settings), timeout=120)


@pytest.fixture
def claims_file(tmp_path: Path) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS_FILE, encoding="utf-8")
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="the C locale's standard streams are POSIX Python's")
@pytest.mark.parametrize("args", [("check", "the cafe in Zurich serves the best creme brulee"), ("show", "cafe-claim")])
def test_text_output_under_the_c_locale_is_shown_not_a_traceback(
    tmp_path: Path, claims_file: Path, args: tuple[str, ...]
) -> None:
    # LC_ALL=C without Python's UTF-8 mode opens standard output as ASCII with surrogateescape: the "·" of
    # every match ended 'check' in a UnicodeEncodeError traceback, exit 1 ("no match")
    shown = _factcheck(tmp_path, *args, LC_ALL="C", LANG="C", PYTHONUTF8="0")  # LC_ALL overrides any LC_*
    assert shown.returncode == 0, shown.stderr
    assert b"Traceback" not in shown.stderr
    said = shown.stdout.decode("ascii")
    assert "The caf\\xe9 in Z\\xfcrich" in said  # the claim's own text: escaped, nothing lost


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_factchecks_own_signs_are_ascii_only_where_the_output_cannot_write_them(
    tmp_path: Path, claims_file: Path, encoding: str
) -> None:
    # under PYTHONIOENCODING=ascii the "·" between score and id read "\xb7", a title's quotes "\u201c...\u201d"
    # and an alias's bullet "\u2022": 3 to 5 characters more than laid out, and read out so by a screen reader
    checked = _factcheck(
        tmp_path, "check", "the cafe in Zurich serves the best creme brulee", PYTHONIOENCODING=encoding
    )
    shown = _factcheck(tmp_path, "show", "cafe-claim", PYTHONIOENCODING=encoding)
    assert checked.returncode == shown.returncode == 0
    said = checked.stdout.decode(encoding) + shown.stdout.decode(encoding)
    if encoding == "ascii":
        assert "match 1.00 - cafe-claim" in said
        assert 'Example News, "Caf\\xe9 review" (2026-01-01)' in said
        assert '"The br\\xfbl\\xe9e was fine."' in said
        assert "* Zurich's best creme brulee is at the cafe" in said
        assert "\\u" not in said and "\\xb7" not in said  # the claims' own characters escaped, no sign
    else:  # Windows-1252 has every sign but the table's rule "─": each is as on a UTF-8 terminal
        assert "match 1.00 · cafe-claim" in said
        assert "Example News, “Café review” (2026-01-01)" in said
        assert "• Zurich's best creme brulee is at the cafe" in said


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_list_on_an_ascii_terminal_draws_one_rule_not_a_grid(tmp_path: Path, claims_file: Path) -> None:
    # Rich drew its ASCII stand-in for the table's header rule: "|" and "+" around every cell, three "|" on each
    # line for a screen reader to read out
    code, shown = _on_a_terminal(tmp_path, "list", PYTHONIOENCODING="ascii", NO_COLOR="1", COLUMNS="80")
    said = shown.decode("ascii")
    assert code == 0
    assert "|" not in said and "+-" not in said
    assert re.search(r"^ -{70,} *\r?$", said, re.MULTILINE), said
    assert "The caf\\xe9 in Z\\xfcrich" in said


def test_import_and_add_use_ascii_signs_where_the_output_cannot_write_theirs(tmp_path: Path) -> None:
    # an unmapped rating read '  \u201cSpins the facts\u201d: ...', and add's note on a claim check already finds
    # '... Mexico. \u2014 if they are one fact-check'
    fixtures = Path(__file__).parent / "fixtures"
    source = fixtures / "interop" / "google_search.json"
    imported = _factcheck(tmp_path, "import", str(source), "--kb", "imported.yaml", PYTHONIOENCODING="ascii")
    assert imported.returncode == 0, imported.stderr
    assert '  "Spins the facts": the-town-hall-clock-was-built-in-1820' in imported.stdout.decode("ascii").splitlines()
    (tmp_path / "claims.yaml").write_bytes((fixtures / "mini_claims.yaml").read_bytes())
    claim = "Ten thousand American soldiers are based in Mexico"
    added = _factcheck(tmp_path, "add", "--verdict", "false", "--claim", claim, PYTHONIOENCODING="ascii")
    assert added.returncode == 0, added.stderr
    assert "deployed in Mexico. -- if they are one fact-check, keep one" in added.stderr.decode("ascii")


def test_only_the_verdicts_badge_is_in_its_colours() -> None:
    # a Text's own style covers what is appended to it: the claim after the badge was white on red to its end
    claim = Claim(
        id="a", claim="The ferry is free.", verdict=Verdict.FALSE, sources=(Source(url="https://example.org/a"),)
    )
    header = claim_header(claim)
    console = Console()
    assert header.get_style_at_offset(console, 1).bgcolor is not None  # " FALSE "
    claim_style = header.get_style_at_offset(console, header.plain.index("The ferry"))
    assert claim_style.bgcolor is None and claim_style.bold


def test_scan_shows_only_the_verdicts_badge_in_its_colours(tmp_path: Path, claims_file: Path) -> None:
    (tmp_path / "article.txt").write_text("The café in Zürich serves the best crème brûlée.\n", encoding="utf-8")
    scanned = _factcheck(tmp_path, "scan", "article.txt", FORCE_COLOR="1", PYTHONIOENCODING="utf-8")
    assert scanned.returncode == 0, scanned.stderr
    said = scanned.stdout.decode()
    badge_line = next(line for line in said.splitlines() if " FALSE " in line)
    # the last style set before the claim's text, on the badge's line
    before_claim = badge_line[: badge_line.index("The caf")]
    last_style = re.findall(r"\x1b\[([0-9;]*)m", before_claim)[-1]
    assert last_style == "0" or not re.search(r"(?:^|;)(?:4[0-7]|48|10[0-7])(?:;|$)", last_style), badge_line


@pytest.mark.parametrize("columns", ["40", "80"])
def test_the_list_of_commands_gives_each_a_whole_sentence(columns: str) -> None:
    # Click cut each command's first sentence to the room left: "check  Show the fact-checks that match..." at
    # 40 columns, "show  Show one claim in full: verdict, summary, aliases, tags and..." at 80
    from typer.main import get_command
    from typer.testing import CliRunner

    from factcheck.cli import app

    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": columns, "NO_COLOR": "1"})
    listed = result.stdout.split("Commands:\n", 1)[1].split("\n\n", 1)[0]
    entries = re.split(r"\n  (?=\S)", "\n" + listed)[1:]  # one a command, its wrapped lines included
    names = list(getattr(get_command(app), "commands", {}))
    assert [entry.split()[0] for entry in entries] == names
    for entry in entries:
        assert entry.rstrip().endswith(".") and "..." not in entry, entry


URL_CLAIMS = """\
claims:
  - id: gao-report
    claim: The GAO reviewed the Merida Initiative in 2010.
    verdict: "true"
    summary: The report is at https://www.gao.gov/assets/a307530-merida-initiative.html and says so; {chinese} end.
    sources:
      - url: https://gao.justia.com/department-of-state/2010/7/merida-initiative-gao-10-837
        publisher: Justia
        note: GAO-10-837; Justia copy; official text file at https://www.gao.gov/assets/a307530.html
"""


@pytest.mark.parametrize("command", [("show", "gao-report"), ("check", "The GAO reviewed the Merida Initiative")])
def test_on_a_narrow_terminal_a_url_in_a_summary_or_a_note_stays_whole(
    invoke: Callable[..., Result],
    write_kb: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
) -> None:
    # at 40 columns a source's note read "official text file at https://www.gao.gov/asse" / "ts/a307530.html":
    # broken at the edge, clicked and copied broken; a run of Chinese with no space is no address, and still breaks
    chinese = "比尔盖茨说疫苗含有芯片" * 4
    kb = write_kb(URL_CLAIMS.format(chinese=chinese))
    monkeypatch.setattr("factcheck.cli.output.pipe_width", 40)  # laid out as a terminal that wide would
    result = invoke(*command, "--kb", str(kb))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    for url in ("https://www.gao.gov/assets/a307530-merida-initiative.html", "https://www.gao.gov/assets/a307530.html"):
        if command[0] == "show" or "merida" in url:  # check shows no notes of evidence
            assert any(url in line.split() for line in lines), lines
    source = "https://gao.justia.com/department-of-state/2010/7/merida-initiative-gao-10-837"
    assert all(cell_len(line.rstrip()) <= 40 for line in lines if "https://" not in line), lines
    run_together = "".join(result.stdout.split())
    assert f"saysso;{chinese}end." in run_together and source in result.stdout.split()


HEADER_URL_CLAIMS = """\
claims:
  - id: base-page
    claim: US troops are stationed at a base described at https://www.example.org/a/very/long/path/to/a/page.html today.
    verdict: "false"
    summary: |-
      First paragraph is short.
      See https://www.northcom.mil/BorderSecurity/index.html/and/a/long/path for more.
    sources:
      - url: https://example.org/x
        publisher: Example News
"""


@pytest.mark.parametrize("command", [("show", "base-page"), ("check", "US troops are stationed at a base")])
def test_on_a_narrow_terminal_a_url_in_the_claim_or_a_summary_of_several_lines_stays_whole(
    invoke: Callable[..., Result],
    write_kb: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
) -> None:
    # at 40 columns the claim in the verdict's header read "https://www.example.org/a/very/long/path" /
    # "/to/a/page.html", and a summary with a line break of its own (a "|" block) was laid out by Rich, its URL
    # broken at the edge; the summary's own line break is kept
    kb = write_kb(HEADER_URL_CLAIMS)
    monkeypatch.setattr("factcheck.cli.output.pipe_width", 40)  # laid out as a terminal that wide would
    result = invoke(*command, "--kb", str(kb))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "https://www.example.org/a/very/long/path/to/a/page.html" in lines
    assert "  https://www.northcom.mil/BorderSecurity/index.html/and/a/long/path" in lines
    assert "  First paragraph is short." in lines and "  See" in lines and "  for more." in lines
    assert lines[0].split() == ["FALSE", "US", "troops", "are", "stationed", "at", "a"]  # wrapped as Rich wraps it
    assert all(cell_len(line.rstrip()) <= 40 for line in lines if "https://" not in line), lines


@pytest.mark.skipif(sys.platform == "win32", reason="the C locale's standard streams are POSIX Python's")
def test_under_the_c_locale_a_file_names_own_bytes_are_written_back(tmp_path: Path, claims_file: Path) -> None:
    # Python reads the name's bytes as surrogates there, and its standard output wrote them back
    # (surrogateescape); with only backslashreplace, "caf\udcc3\udca9.yaml" was written instead of "café.yaml"
    (tmp_path / "café.yaml").write_bytes(claims_file.read_bytes())
    validated = _factcheck(tmp_path, "validate", "café.yaml", LC_ALL="C", LANG="C", PYTHONUTF8="0")
    assert validated.returncode == 0, validated.stderr
    assert validated.stdout.startswith("café.yaml: 1 claim".encode()), validated.stdout
    # and any other character ASCII cannot write is still an escape, not a traceback: a claim's own text
    shown = _factcheck(tmp_path, "show", "cafe-claim", "--kb", "café.yaml", LC_ALL="C", LANG="C", PYTHONUTF8="0")
    assert shown.returncode == 0 and b"Traceback" not in shown.stderr, shown.stderr
    assert b"The caf\\xe9 in Z\\xfcrich" in shown.stdout and b"\\udc" not in shown.stdout


@pytest.mark.parametrize("encoding", ["ascii", "cp1252", "latin-1"])
def test_a_surrogateescape_stream_writes_a_surrogates_byte_and_escapes_the_rest(encoding: str) -> None:
    # the handler the C locale's standard output is given: a surrogate U+DC80-U+DCFF is the byte it was read
    # from, any other character the encoding lacks (one of factcheck's signs, a lone high surrogate) an escape
    import importlib

    handler = importlib.import_module("factcheck.cli.app")._SURROGATES_ELSE_ESCAPES  # `factcheck.cli.app` is the app
    written = "caf\udcc3\udca9.yaml \u2500 \ud800".encode(encoding, errors=handler)
    assert written == b"caf\xc3\xa9.yaml \\u2500 \\ud800"


@pytest.mark.parametrize("command", ["check", "scan"])
def test_a_differences_notes_quotation_marks_are_ascii_where_the_output_cannot_write_them(
    tmp_path: Path, command: str
) -> None:
    # the note's own marks read 'says \u201cGuatemalan\u201d where the claim says \u201cMexico\u201d' under
    # PYTHONIOENCODING=ascii, as factcheck's other signs did before they got ASCII stand-ins
    statement = "In February 2025 the Senate approved 10 US trainers for the Guatemalan army."
    (tmp_path / "article.md").write_text(statement + "\n", encoding="utf-8")
    starter = str(Path(__file__).parent.parent / "claims.yaml")
    args = ("check", statement) if command == "check" else ("scan", "article.md")
    said = {}
    for encoding in ("ascii", "utf-8"):
        run = _factcheck(tmp_path, *args, "--kb", starter, PYTHONIOENCODING=encoding)
        assert run.returncode == 0, run.stderr
        said[encoding] = " ".join(run.stdout.decode(encoding).split())
    assert 'says "Guatemalan" where the claim says "Mexico": the verdict' in said["ascii"]
    assert "\\u201c" not in said["ascii"]
    assert "says “Guatemalan” where the claim says “Mexico”: the verdict" in said["utf-8"]  # as it was


def test_a_tab_in_a_text_holding_a_long_url_is_expanded_as_rich_expands_it() -> None:
    # wrapped by factcheck, not Rich, the tab was written as it is, of no width to the wrapping: on a terminal
    # up to 8 columns more, past the edge
    console = Console(file=io.StringIO(), width=40, color_system=None)
    url = "https://www.northcom.mil/BorderSecurity/index.html/and/a/long/path"
    console.print(indented(Text(f"a\tb and some words here to wrap and more {url} x"), 2), crop=False)
    lines = console.file.getvalue().splitlines()
    assert f"  {url}" in lines and "\t" not in "".join(lines)
    assert all(len(line) <= 40 for line in lines if url not in line), lines


def test_a_header_wrapped_right_after_its_badge_keeps_the_badges_closing_space() -> None:
    # the line's closing spaces were cut, and the badge's own with them: the coloured box read " FALSE"
    claim = Claim(
        id="a",
        claim="https://www.example.org/a/very/long/path/to/a/page.html is a fake page.",
        verdict=Verdict.FALSE,
        sources=(Source(url="https://example.org/a"),),
    )
    out = io.StringIO()
    Console(file=out, width=40, force_terminal=True, color_system="standard").print(_header_block(claim))
    first = out.getvalue().splitlines()[0]
    assert re.search(r"\x1b\[[0-9;]*m FALSE \x1b\[0m$", first), repr(first)


def test_on_a_narrow_terminal_scan_keeps_the_files_path_whole(tmp_path: Path, claims_file: Path) -> None:
    # at 60 columns the header read "/tmp/.../aaaa/" / "bbbb.../article-t" / "ext.txt (text): ...": broken
    # at the edge, and copied broken (NO_COLOR, not TERM=dumb: Rich lays a dumb terminal out at 80 columns)
    folder = tmp_path / ("a" * 50) / ("b" * 50)
    folder.mkdir(parents=True)
    article = folder / "article-text.txt"
    article.write_text("The mayor said unemployment fell by 12 percent in 2024.\n", encoding="utf-8")
    assert len(str(article)) > 120
    code, shown = _on_a_terminal(tmp_path, "scan", str(article), "--kb", str(claims_file), COLUMNS="60", NO_COLOR="1")
    assert code == 1, shown
    lines = re.sub(r"\x1b\[[0-9;]*m", "", shown.decode("utf-8").replace("\r\n", "\n")).splitlines()
    assert lines[0] == str(article)  # a line of its own, past the edge, where the terminal wraps it whole
    assert lines[1].rstrip() == "(text): 1 sentence, checked against"
    assert str(claims_file) in lines[2].split()  # the claims file's, wider than the line too
    assert all(cell_len(line.rstrip()) <= 60 for line in lines[3:]), lines


def test_questions_asked_on_a_terminal_write_nothing_to_standard_output(tmp_path: Path) -> None:
    # Click writes each question's last character (its space) with input(), which writes to standard
    # output: 'factcheck add > out' typed at a terminal put a space in out per question (and the
    # questions on standard error lost their space)
    kb = tmp_path / "claims.yaml"
    kb.write_text(CLAIMS_FILE, encoding="utf-8")
    command = [sys.executable, "-m", "factcheck"]
    added = answer_on_a_terminal(
        [*command, "add", "--kb", str(kb)],
        ["Cheese moon", "6", "", "", "", ""],
        cwd=tmp_path,
        env=_environment(),
        timeout=120,
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout.decode().startswith("added claim 'cheese-moon'")
    assert b"Claim: Verdict (1=true" in added.stderr and added.stderr.endswith(b"Source URL (Enter for none): ")
    removed = answer_on_a_terminal(
        [*command, "remove", "cheese-moon", "--kb", str(kb)], ["y"], cwd=tmp_path, env=_environment(), timeout=120
    )
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.decode().startswith("removed claim 'cheese-moon'")
    assert removed.stderr.startswith(b"Remove claim 'cheese-moon' (") and removed.stderr.endswith(b"[y/N]: ")
    assert kb.read_text(encoding="utf-8") == CLAIMS_FILE
