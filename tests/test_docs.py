"""The documentation tells the truth: the examples of README.md and docs/*.md are real output, docs/cli.md
is the real ``--help``, every command is documented, and every link of the pages leads somewhere."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from documentation import PAGES, REPO, all_prose, page_text

from factcheck import load_knowledge_base


@pytest.mark.parametrize("script", ["readme_examples.py", "cli_reference.py"])
def test_generated_documentation_is_up_to_date(script: str) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / script), "--check"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr


def test_every_command_has_help_and_a_readme_section() -> None:
    # README's tour, "Commands at a glance", gives each command a paragraph (opening with its name in bold);
    # docs/commands.md, or docs/matching.md for `model`, says the rest
    from typer.main import get_command

    from factcheck.cli import app

    readme = page_text("README.md")
    tour = readme.split("\n## Commands at a glance\n", 1)[1].split("\n## ", 1)[0]
    reference = " ".join(page_text(f"docs/{name}") for name in ("commands.md", "matching.md"))
    commands = get_command(app).commands  # type: ignore[attr-defined]
    assert {"check", "scan", "list", "show", "validate", "add", "edit", "remove", "import", "export"} <= set(commands)
    for name, command in commands.items():
        assert command.help, f"factcheck {name} has no help text"
        assert f"**`{name}`**" in tour, f"README's Commands at a glance does not present {name}"
        assert f"`{name}`" in reference or f"factcheck {name}" in reference, f"docs/ do not mention {name}"


def test_the_tour_says_where_its_examples_run_and_names_files_the_factcheck_folder_holds() -> None:
    # a reader fresh from the walkthrough is in fact-desk, with a one-claim claims.yaml, and the tour's scan example
    # read "article.md", a file no reader has: the tour says its examples run in the factcheck folder, and every file
    # a command of it names is there
    import shlex

    tour = page_text("README.md").split("\n## Commands at a glance\n", 1)[1].split("\n## ", 1)[0]
    assert "The examples below run in the factcheck folder" in " ".join(tour.split())
    commands = [shlex.split(line[2:].split(" | ")[0]) for line in tour.splitlines() if line.startswith("$ factcheck ")]
    named = [arg for args in commands for arg in args[2:] if re.fullmatch(r"[\w./-]+\.(?:md|ya?ml|json|html|txt)", arg)]
    assert "tests/fixtures/scan/explainer.md" in named
    assert [path for path in named if not (REPO / path).is_file()] == []


def test_every_command_help_speaks_command_line_notation_not_python_types() -> None:
    """Typer 0.29 printed 'show [OPTIONS] {ID}', 'ID <str>', 'PATH <list[str]>' and '--format <text|json>'."""
    from typer.main import get_command
    from typer.testing import CliRunner

    from factcheck.cli import app

    shapes = {}
    for name in get_command(app).commands:  # type: ignore[attr-defined]
        output = CliRunner().invoke(app, [name, "--help"], terminal_width=100).output
        usage = output.splitlines()[0]
        # the Arguments and Options sections: their first column, the names and values a user types
        sections = output[min(output.find(title) for title in ("\nArguments:\n", "\nOptions:\n") if title in output) :]
        names = [line.split("  ", 2)[1] for line in sections.splitlines() if re.match(r"  [-A-Z]", line)]
        for shown in [usage, *names]:
            assert not re.search(r"[{}<>]|\[str\]|\bstr\b", shown), f"factcheck {name} --help: {shown!r}"
        shapes[name] = (usage, [shown for shown in names if not shown.startswith("-")])
    assert shapes["show"] == ("Usage: factcheck show [OPTIONS] ID", ["ID"])
    assert shapes["check"] == ("Usage: factcheck check [OPTIONS] [STATEMENT]", ["STATEMENT"])
    assert shapes["validate"] == ("Usage: factcheck validate [OPTIONS] [PATH]...", ["PATH..."])
    assert shapes["import"] == ("Usage: factcheck import [OPTIONS] FILE", ["FILE"])
    scan = CliRunner().invoke(app, ["scan", "--help"], terminal_width=100).output
    assert "--format [text|markdown|json]" in scan


#: Click's names of a value's type, which say nothing of what to give: 'add --claimant TEXT' where 'NAME'
_TYPE_METAVARS = {"TEXT", "INTEGER", "FLOAT", "PATH", "BOOLEAN", "STR", "INT"}
#: the widest choice shown as its values, '[a|b|c]': wider, a NAME, the values listed in the option's help
_CHOICES_SHOWN = 20


def test_every_option_value_in_the_help_is_its_choices_or_a_name_for_it() -> None:
    """One notation in every --help: an option taking one of a set shows the set, ``[a|b|c]``, when it is
    short (at most ``_CHOICES_SHOWN`` columns: scan's '--format [text|markdown|json]'); a longer set (more
    values, or long ones) shows an upper-case NAME, with every value in the option's help text
    ('--matcher MATCHER', '--verdict VERDICT': '--matcher [auto|lexical|semantic|hybrid]' was wider than
    Click's first column and pushed every help text of check and scan to column 34); any other value an
    upper-case name of what to give, not Click's name of its type ('--claimant TEXT', '--source-title TEXT')."""
    import enum
    import typing

    from typer.main import get_command
    from typer.testing import CliRunner

    from factcheck.cli import app

    wrong = []
    functions = {info.name or info.callback.__name__: info.callback for info in app.registered_commands}  # type: ignore[union-attr]
    for name, command in get_command(app).commands.items():  # type: ignore[attr-defined]
        output = CliRunner().invoke(app, [name, "--help"], terminal_width=100).output
        options = output[output.index("\nOptions:\n") :]
        shown = {}  # the first column of each option's row: '-v, --verdict [true|...]'
        for line in options.splitlines():
            match = re.match(r"  (-\S.*?)(?:  |$)", line)
            if match:
                flags, _, value = match.group(1).partition(" ")
                if flags.endswith(","):
                    flags, _, value = value.partition(" ")
                shown[flags.strip(",")] = value
        hints = typing.get_type_hints(functions[name])
        for param in command.params:
            if param.param_type_name != "option" or param.is_flag or param.hidden:
                continue
            flag = max(param.opts, key=len)
            value = shown[flag]
            kind = hints[param.name]
            while typing.get_args(kind):  # Optional[list[Verdict]] -> Verdict
                kind = next(arg for arg in typing.get_args(kind) if arg is not type(None))
            if isinstance(kind, type) and issubclass(kind, enum.Enum):
                values = [str(member.value) for member in kind]
                choices = "[" + "|".join(values) + "]"
                if len(choices) <= _CHOICES_SHOWN:
                    if value != choices:
                        wrong.append(f"{name} {flag} {value} (takes {choices})")
                    continue
                unlisted = [v for v in values if not re.search(rf"(?<![\w-]){re.escape(v)}(?![\w-])", param.help or "")]
                if not re.fullmatch(r"[A-Z]+", value) or value in _TYPE_METAVARS or unlisted:
                    wrong.append(f"{name} {flag} {value} (takes a NAME for {choices}; its help omits {unlisted})")
            elif not re.fullmatch(r"[A-Z]+", value) or value in _TYPE_METAVARS:
                wrong.append(f"{name} {flag} {value}")
    assert not wrong, "\n".join(wrong)


def test_every_help_fits_80_columns() -> None:
    # '-v, --verdict [true|mostly-true|mixed|misleading|mostly-false|false|unsupported]' was 82 columns wide in
    # list's and export's --help at 80: the terminal wrapped it
    from typer.main import get_command
    from typer.testing import CliRunner

    from factcheck.cli import app

    wide = []
    for args in ([], *([name] for name in get_command(app).commands)):  # type: ignore[attr-defined]
        output = CliRunner().invoke(app, [*args, "--help"], terminal_width=80).output
        assert "Options:" in output, output
        wide += [f"{' '.join(args) or 'factcheck'}: {line}" for line in output.splitlines() if len(line) > 80]
    assert not wide, "\n".join(wide)


def test_no_option_pushes_the_help_text_of_the_others_to_column_34() -> None:
    # an option wider than Click's first column (30) stands on a line of its own and puts every help text of
    # its command at column 34: '--matcher [auto|lexical|semantic|hybrid]' made check's --help at 80 columns
    # 64 lines long where 58 say the same; every option's help starts on its own line, left of column 34
    from typer.main import get_command
    from typer.testing import CliRunner

    from factcheck.cli import app

    alone, columns = [], {}
    for name in get_command(app).commands:  # type: ignore[attr-defined]
        output = CliRunner().invoke(app, [name, "--help"], terminal_width=80).output
        for line in output[output.index("\nOptions:\n") :].splitlines():
            row = re.match(r"  (-\S.*?)(  +)\S", line)
            if line.startswith("  -") and row is None:
                alone.append(f"{name}: {line}")
            elif row:
                columns[name] = max(columns.get(name, 0), row.end(2))
    assert not alone, "\n".join(alone)
    assert all(column < 34 for column in columns.values()), columns
    assert set(columns) == set(get_command(app).commands)  # type: ignore[attr-defined]


def test_factcheck_help_lists_every_exit_code_the_readme_does() -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app
    from factcheck.cli.app import ExitCode

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.M)}
    assert documented == {int(code) for code in ExitCode}
    shown = " ".join(CliRunner().invoke(app, ["--help"], terminal_width=100).output.split())
    assert "Exit codes:" in shown
    for code in sorted(documented):
        assert re.search(rf"[:;] {code} \w", shown), f"factcheck --help does not explain exit code {code}"


def test_readme_opens_with_the_two_commands_and_ci_runs_the_test_one() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = [block.split("```", 1)[0].strip() for block in readme.split("```sh\n")[1:3]]
    assert "factcheck check" in blocks[0]
    assert "pytest" in blocks[1]
    assert blocks[1] in (REPO / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [str(p.relative_to(REPO)) for p in PAGES])
def test_the_readme_says_truly_which_lines_of_its_examples_are_typed(name: str) -> None:
    # it said "the lines without `$ ` are what factcheck prints": untrue of the shell examples that are commands
    # alone (the pre-commit hook, the jq pipelines, the benchmark commands); and bash's message alone was named.
    # README says it of "the examples below": those of the docs pages too.
    prose = all_prose("README.md")
    assert "bash: $: command not found" in prose and "zsh: command not found: $" in prose
    assert "without `$ ` are what factcheck prints" not in all_prose()
    blocks = re.findall(r"^```(\w*)\n(.*?)^```", page_text(name), re.MULTILINE | re.DOTALL)
    for language, block in blocks:
        lines = [line for line in block.splitlines() if line.strip()]
        if any(line.startswith("$ ") for line in lines):
            # "the lines under it ... are what it prints": no line before the first command
            assert lines[0].startswith("$ "), block
        if language == "sh":
            # "a shell example with no `$ ` shows commands alone": none shows a prompt
            assert not any(line.startswith("$ ") for line in lines), block


def test_the_readme_says_truly_where_a_date_object_comes_from_and_what_type_checkers_want() -> None:
    # its example said a row "as csv.DictReader ... gives it" held a datetime.date: csv gives text alone
    readme = page_text("docs/python.md")
    assert next(csv.DictReader(io.StringIO("checked\n2025-01-02\n")))["checked"] == "2025-01-02"
    assert all("gives text" in line for line in readme.splitlines() if "csv.DictReader" in line)
    # and "Type checkers still expect text there (a known limitation)": they take a datetime.date
    # (tests/test_public_api.py::test_type_checkers_accept_a_date_given_as_a_datetime_date); the old words are
    # looked for on every page, where the python page's text moved from README and could move again
    everywhere = all_prose()
    assert "csv or pandas reader gives one" not in everywhere
    assert "known limitation" not in everywhere and "but they want text" not in everywhere
    assert "type checkers take the date too, and read `claim.checked` back as `str | None`" in all_prose(
        "docs/python.md"
    )


def test_the_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the examples of "Using factcheck from Python", docs/python.md, run as one session
    readme = page_text("docs/python.md")
    blocks = re.findall(r"^```python\n(.*?)^```\n", readme, re.M | re.S)
    assert blocks, "docs/python.md has no Python example"
    (tmp_path / "claims.yaml").write_bytes((REPO / "claims.yaml").read_bytes())
    starter = load_knowledge_base(tmp_path / "claims.yaml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_MATCHER", "lexical")
    printed = io.StringIO()
    namespace = {"__name__": "readme_example"}  # one session: a block uses the names the blocks above it made
    with contextlib.redirect_stdout(printed):
        for block in blocks:
            exec(compile(block, "docs/python.md", "exec"), namespace)
    lines = printed.getvalue().splitlines()
    # with either matcher (CI runs the suite with and without the semantic extra)
    assert re.fullmatch(r"[01]\.\d\d false There are more than 10,000 US troops deployed in Mexico\.", lines[0]), lines
    assert "  note: the statement says the opposite of the claim" in lines
    assert "1 matched There are 10,000 US troops in Mexico. -> us-troops-in-mexico-10000" in lines
    assert "1 of 2 checkable claims have a fact-check" in lines
    scanned = [json.loads(line) for line in (tmp_path / "scan.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(d["type"], d.get("line"), d["source"]) for d in scanned] == [
        ("sentence", 1, "<text>"),
        ("summary", None, "<text>"),
    ]
    assert scanned[0]["match"]["id"] == "us-troops-in-mexico-10000" and scanned[1]["matched"] == 1
    edits = ["added claim 'bridge-cost' to newsroom.yaml", "updated claim 'bridge-cost' in newsroom.yaml (verdict)"]
    assert [line for line in lines if line in edits] == edits
    assert any(line.startswith("there is already a claim with id 'bridge-cost' (newsroom.yaml:3)") for line in lines)
    assert "newsroom.yaml:8:9: warning: source #1 of claim 'bridge-cost' has no date" in printed.getvalue()
    assert "added 2025-01-02" in lines  # the claim's date, given as a datetime.date, in add --json's report
    assert f"{len(starter)} read, {len(starter)} added, 0 already there" in lines
    feed = (
        "drinking-hot-water-cures-the-flu false 'Pants on Fire' A viral post https://example.org/checks/hot-water-flu"
    )
    assert lines[lines.index(feed) + 1] == "['drinking-hot-water-cures-the-flu']"
    assert not (tmp_path / "feed-only.yaml").exists()
    assert lines[-1] in ("lexical matching", "hybrid matching")
    assert '"@type": "ClaimReview"' in (tmp_path / "reviews.json").read_text(encoding="utf-8")
    assert load_knowledge_base(tmp_path / "newsroom.yaml").ids() == starter.ids()


def test_the_readme_says_what_the_scan_dicts_leave_out_of_scan_json(tmp_path: Path) -> None:
    # README said the example wrote "the lines of scan --json, as plain dicts", but the summary line of scan --json
    # has the "kb" and "matcher" the command line adds to ScanReport.summary_dict()
    from typer.testing import CliRunner

    from factcheck import build_matcher, parse_article, scan_article
    from factcheck.cli import app

    readme = page_text("docs/python.md")
    (tmp_path / "claims.yaml").write_bytes((REPO / "claims.yaml").read_bytes())
    text = "There are 10,000 US troops in Mexico.\n"
    args = ["scan", "--json", "--matcher", "lexical", "--kb", str(tmp_path / "claims.yaml"), "-"]
    result = CliRunner().invoke(app, args, input=text)
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout.splitlines()[-1])
    kb = load_knowledge_base(tmp_path / "claims.yaml")
    report = scan_article(parse_article(text), kb, matcher=build_matcher(kb, matcher="lexical"))
    added = set(printed) - set(report.summary_dict())
    assert set(report.summary_dict()) <= set(printed) and added == {"kb", "matcher"}
    (said,) = [line for line in readme.splitlines() if "scan.jsonl" in line]
    assert all(f'"{key}"' in said for key in added), said


FULL_CLAIM = """\
claims:
  - id: bridge-cost
    claim: The new bridge cost 2 billion dollars.
    verdict: "false"
    summary: The city's accounts give 1.2 billion dollars.
    aliases: [The bridge cost two billion]
    tags: [budget]
    claimant: A council member
    checked: "2024-05-02"
    original_rating: Four Pinocchios
    sources:
      - url: https://example.org/accounts
        title: City accounts 2023
        publisher: Example City
        date: "2024-04"
        quote: "Bridge: 1.2 billion dollars."
        note: page 12
      - url: https://example.org/accounts
        note: the same page again (a warning for validate)
"""


def _keys(
    value: object, skip: frozenset[str] = frozenset({"match", "matched_by_verdict", "possible_matches_by_verdict"})
) -> set[str]:
    """Every key of every object in a JSON value, but below ``skip`` (documented elsewhere, or data)."""
    if isinstance(value, dict):
        return {k for k in value} | {key for k, v in value.items() if k not in skip for key in _keys(v, skip)}
    if isinstance(value, list):
        return {key for item in value for key in _keys(item, skip)}
    return set()


def test_every_key_of_a_json_output_is_named_in_the_help(tmp_path: Path) -> None:
    # A script reads these keys: each must be documented in --help (of the command, or of
    # 'list' for a claim's fields, 'check' for a match's). list, show, validate, import and the
    # scan summary printed objects whose keys no help named.
    import json

    from typer.testing import CliRunner

    from factcheck.cli import app

    runner = CliRunner()
    kb = tmp_path / "claims.yaml"
    kb.write_text(FULL_CLAIM, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text("The new bridge cost 2 billion dollars, the council member said.\n", encoding="utf-8")
    google = REPO / "tests" / "fixtures" / "interop" / "google_search.json"
    runs = {
        "list": (["list", "--kb", str(kb), "--json"], False),
        "show": (["show", "bridge-cost", "--kb", str(kb), "--json"], False),
        "validate": (["validate", str(kb), "--json"], False),
        "import": (["import", str(google), "--kb", str(tmp_path / "new.yaml"), "--json"], False),
        "scan": (["scan", str(article), "--kb", str(kb), "--json", "--matcher", "lexical"], True),
        "check": (["check", "The new bridge cost 2 billion dollars", "--kb", str(kb), "--json"], True),
        "add": (["add", "--kb", str(kb), "--claim", "Cheese moon", "--verdict", "false", "--json"], False),
        "edit": (["edit", "bridge-cost", "--kb", str(kb), "--summary", "Cheaper.", "-n", "--json"], False),
        "remove": (["remove", "cheese-moon", "--kb", str(kb), "--yes", "--json"], False),
        "ratings": (["ratings", "Pants on Fire", "--json"], False),
        "model": (["model", "--json"], False),
    }

    def help_of(*names: str) -> str:
        return " ".join(
            " ".join(runner.invoke(app, [name, "--help"], terminal_width=100).output.split()) for name in names
        )

    for command, (args, lines) in runs.items():
        result = runner.invoke(app, args)
        assert result.exit_code in (0, 1), (command, result.output)
        out = result.stdout
        documents = [json.loads(line) for line in out.splitlines()] if lines else [json.loads(out)]
        shown = help_of(command, "list", "check")
        missing = sorted(k for k in _keys(documents) if f'"{k}"' not in shown)
        assert not missing, f"factcheck {command} --json keys not named in --help: {missing}"


def test_every_option_the_readme_names_exists() -> None:
    # An option renamed or removed in the code but still named in the README sends a reader to an
    # error. factcheck's options are its commands'; the others belong to a benchmark or script the
    # README runs (or to mypy: --strict; or to git: git checkout --conflict=diff3, git add --renormalize;
    # or to wsl: wsl --install; or to curl: --no-clobber, which the README advises against).
    from typer.main import get_command

    from factcheck.cli import app

    group = get_command(app)
    commands = [group, *group.commands.values()]  # type: ignore[attr-defined]
    factcheck_options = {opt for command in commands for p in command.params for opt in [*p.opts, *p.secondary_opts]}
    tools = " ".join(p.read_text(encoding="utf-8") for p in [*REPO.glob("bench/*.py"), *REPO.glob("scripts/*.py")])
    prose = all_prose()
    named = set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*[a-z0-9]", prose))
    # "--source-url/-title/-publisher": --source-title, --source-publisher
    for prefix, more in re.findall(r"(--[a-z-]+-)[a-z]+((?:/-[a-z]+)+)", prose):
        named |= {prefix + suffix for suffix in more.split("/-")[1:]}
    unknown = sorted(
        o
        for o in named - factcheck_options - {"--strict", "--conflict", "--renormalize", "--install", "--no-clobber"}
        if f'"{o}"' not in tools
    )
    assert not unknown, f"README.md or docs/ name options that no command, benchmark or script has: {unknown}"


def test_every_command_but_export_has_json() -> None:
    # docs/commands.md: "every one but export (which has --format json) has --json"; README's tour says it too
    from typer.main import get_command

    from factcheck.cli import app

    commands = get_command(app).commands  # type: ignore[attr-defined]
    with_json = {name for name, command in commands.items() if any("--json" in p.opts for p in command.params)}
    assert set(commands) - with_json == {"export"}
    assert "every one but `export` (which has `--format json`) has `--json`" in all_prose("docs/commands.md")
    assert "every command but `export` has `--json`" in all_prose("README.md")


def test_the_readme_layout_names_every_module_of_the_package() -> None:
    # The Layout paragraph is where a newcomer looks for the home of a concern; a module left out
    # of it (transcript.py, jsontext.py, indentation.py were) has no home there.
    from fnmatch import fnmatch

    development = all_prose("docs/development.md")
    layout = development.split("Layout: `factcheck/` is the package", 1)[1].split("`bench/` the benchmarks", 1)[0]
    assert "`docs/` the documentation pages" in layout and "`scripts/`" in layout  # the folders beside the package
    named = set(re.findall(r"`([\w*]+\.py)`", layout))
    package = {p.name for p in (REPO / "factcheck").glob("*.py")} - {"__init__.py", "__main__.py"}
    cli = {p.name for p in (REPO / "factcheck" / "cli").glob("*.py")}
    assert sorted(m for m in package if not any(fnmatch(m, pattern) for pattern in named)) == []
    assert sorted(p for p in named if not any(fnmatch(m, p) for m in package | cli)) == []


def _fixture_rows(name: str) -> list[list[str]]:
    text = (REPO / "tests" / "fixtures" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def test_the_readme_figures_on_the_starter_fixtures_are_their_counts() -> None:
    # docs/accuracy.md quotes the fixtures' sizes (docs/limits.md the starter file's, README its number of claims).
    # That every paraphrase is found and every "silent" line stays silent (each "xfail" line a strict xfail) is
    # tests/test_matching_quality.py's to check; this test keeps the counts the pages give those results in
    # true as the fixtures grow.
    from factcheck.store import load_knowledge_base

    prose = all_prose("docs/accuracy.md")
    paraphrases = [row for row in _fixture_rows("starter_paraphrases.tsv") if row[0] != "-"]
    found = re.search(r"(\d+) of (\d+) paraphrases find the right claim", prose)
    assert found and found.groups() == (str(len(paraphrases)),) * 2

    expected = [row[0] for row in _fixture_rows("starter_offtopic.tsv")]
    silent = re.search(
        r"of (\d+) statements that borrow a claim's words but are about something else, lexical matching stays "
        r"silent on (\d+) \(the other (\d+) are the tests' known failures.*?hybrid matching on those (\d+) too",
        prose,
    )
    counts = (len(expected), expected.count("silent"), expected.count("xfail"), expected.count("silent"))
    assert silent and tuple(map(int, silent.groups())) == counts

    starter = len(load_knowledge_base(REPO / "claims.yaml").claims)
    prose = all_prose("README.md")
    assert re.search(r"(\d+) claims whose every citation", prose).group(1) == str(starter)  # type: ignore[union-attr]
    limits = all_prose("docs/limits.md")
    assert re.search(r"the starter file has (\d+)\)", limits).group(1) == str(starter)  # type: ignore[union-attr]


def test_the_readme_scores_on_a_three_claim_file_are_real() -> None:
    # docs/limits.md: a file of a few claims gives the matcher little to go on.
    from factcheck.lexical import LexicalMatcher
    from factcheck.store import load_knowledge_base

    quoted = re.search(
        r"three-claim file \(`(tests/fixtures/[\w.]+)`\), the statement \"(Riverton)\", the town one claim names, "
        r"scores (\d\.\d\d), and \"([^\"]+)\" (\d\.\d\d)\.",
        all_prose("docs/limits.md"),
    )
    assert quoted, "docs/limits.md: the sentence on a three-claim file is not worded as this test reads it"
    path, first, first_score, second, second_score = quoted.groups()
    kb = load_knowledge_base(REPO / path)
    assert len(kb.claims) == 3
    matcher = LexicalMatcher(kb.claims, use_cache=False)
    for statement, score in ((first, first_score), (second, second_score)):
        assert f"{matcher.search(statement, top=1)[0].score:.2f}" == score, statement


def test_every_file_the_readme_names_in_the_repository_exists() -> None:
    # A benchmark, script, fixture or test the README or a docs page sends a reader to must be there to run or read.
    named = set(re.findall(r"(?<![\w./~-])(?:\.ci|bench|scripts|tests|factcheck|docs)/[\w./-]*\w", all_prose()))
    assert len(named) > 10
    assert sorted(path for path in named if not (REPO / path).exists()) == []


def _prose_lines(path: Path) -> list[tuple[int, str]]:
    """The lines of a Markdown file outside its fenced code blocks and tables, numbered from 1."""
    lines, in_code = [], False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith("```"):
            in_code = not in_code
        elif not in_code and not line.lstrip().startswith("|"):
            lines.append((number, line))
    return lines


@pytest.mark.parametrize(
    "name",
    sorted(
        str(p.relative_to(REPO))
        for p in [REPO / "README.md", *REPO.glob("docs/*.md"), *REPO.glob("tests/fixtures/**/README.md")]
    ),
)
def test_prose_lines_are_at_most_100_characters(name: str) -> None:
    # Read in a terminal or a diff, a paragraph wraps where its writer wrapped it: a 149-character line
    # came in with a merge of sentences and went unseen.
    long = [f"{name}:{number}: {len(line)}" for number, line in _prose_lines(REPO / name) if len(line) > 100]
    assert long == []


def test_the_first_claims_file_walkthrough_runs_its_commands_on_the_file_it_shows() -> None:
    # the README never walked a beginner from an empty folder to a checked claim; its commands are run, in an empty
    # folder holding the YAML it shows as claims.yaml, by scripts/readme_examples.py (the test above: its output is
    # what they print)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Your first claims.yaml\n", 1)[1].split("\n## ", 1)[0]
    commands = [line[2:] for line in section.splitlines() if line.startswith("$ ")]
    assert commands[:2] == ["mkdir fact-desk", "cd fact-desk"]
    named = [command.split()[1] for command in commands[2:]]
    assert named == ["validate", "check", "add", "list", "edit", "validate"]
    assert commands[5] == "factcheck list --unsupported"
    saved = re.findall(r"^```yaml\n(# claims\.yaml:.*?)^```", section, re.M | re.S)
    assert len(saved) == 1
    # the file it shows is valid, with a source, and validate says so where it is run
    assert "claims.yaml: 1 claim, 0 errors, 0 warnings" in section
    assert "sources:\n      - url: https://" in saved[0]
    lines = section.splitlines()
    assert lines[lines.index("$ factcheck list --unsupported") + 1].endswith("\tno sources")
    # the source it then adds is given whole (a bare --add-source URL left validate's warning of a source with no
    # date), and the file ends as it began: no error, no warning
    assert section.split("\n$ factcheck validate\n")[-1].startswith("claims.yaml: 2 claims, 0 errors, 0 warnings\n")
    edit = next(command for command in commands if command.startswith("factcheck edit "))
    assert all(f"--source-{field} " in edit for field in ("title", "publisher", "date", "quote"))


def test_the_walkthrough_says_how_to_type_factcheck_alone_and_save_the_file_on_windows() -> None:
    # a beginner who set up factcheck went to ~/fact-desk and typed 'factcheck validate': 'command not found',
    # as the set-up made only .venv/bin/factcheck; and Windows' Notepad alone saved nowhere near ~/fact-desk
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Your first claims.yaml\n", 1)[1].split("\n## ", 1)[0]
    before = section.split("\n$ ", 1)[0]
    assert "`source /path/to/factcheck/.venv/bin/activate`" in " ".join(before.split())
    assert "`notepad.exe claims.yaml`" in " ".join(section.split())


def test_the_walkthrough_summary_says_what_its_source_says() -> None:
    # "before 2008" for the CRS's "Prior to FY2008" (research C30, in the starter file): a fiscal year, which
    # began in October 2007
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Your first claims.yaml\n", 1)[1].split("\n## ", 1)[0]
    assert '"Prior to FY2008, Mexico did not receive large amounts' in (REPO / "claims.yaml").read_text("utf-8")
    added = next(line for line in section.splitlines() if line.startswith("$ factcheck add "))
    assert "before fiscal year 2008," in added and "before 2008" not in added


def _github_anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped but for '-' and '_', spaces '-'."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    """The anchors of a Markdown page's headings (outside fenced code), a repeated one numbered as GitHub does."""
    seen: dict[str, int] = {}
    anchors, in_code = set(), False
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("```"):
            in_code = not in_code
            continue
        heading = None if in_code else re.match(r"#{1,6} (.+)", line)
        if heading:
            anchor = _github_anchor(heading.group(1))
            anchors.add(f"{anchor}-{seen[anchor]}" if anchor in seen else anchor)
            seen[anchor] = seen.get(anchor, 0) + 1
    return anchors


def _broken_links(page: Path) -> list[str]:
    """Each relative link of a page (outside code) whose file is not there, or whose anchor no heading has."""
    broken, in_code = [], False
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            continue
        for target in re.findall(r"\]\(([^)\s]+)\)", re.sub(r"`[^`]*`", "", line)):
            if re.match(r"[a-z]+:", target):
                continue  # https:, mailto:: not a file of the repository
            path, _, anchor = target.partition("#")
            linked = (page.parent / path).resolve() if path else page
            if not linked.exists() or (anchor and (linked.suffix != ".md" or anchor not in _anchors(linked))):
                broken.append(f"{page.name}:{number}: {target}")
    return broken


def test_the_anchors_are_the_ones_github_makes() -> None:
    assert _github_anchor("`add`, `edit`, `remove`: change the claims file safely") == (
        "add-edit-remove-change-the-claims-file-safely"
    )
    assert _github_anchor("Keeping `claims.yaml` in git, as a team") == "keeping-claimsyaml-in-git-as-a-team"
    assert _github_anchor("Semantic matching (optional)") == "semantic-matching-optional"


def test_a_broken_link_or_anchor_is_found(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("# A page\n\n## Two words\n\n## Two words\n", encoding="utf-8")
    page = tmp_path / "README.md"
    page.write_text(
        "# Top\n\n[ok](docs/a.md) [ok](docs/a.md#two-words-1) [ok](#top) [web](https://example.org/#x)\n"
        "```\n[in code](nowhere.md)\n```\n`[in code](nowhere.md)`\n"
        "[no file](docs/b.md) [no anchor](docs/a.md#three-words) [no anchor here](#bottom)\n",
        encoding="utf-8",
    )
    assert [link.split(": ", 1)[1] for link in _broken_links(page)] == [
        "docs/b.md",
        "docs/a.md#three-words",
        "#bottom",
    ]


@pytest.mark.parametrize("name", ["README.md", *sorted(f"docs/{p.name}" for p in REPO.glob("docs/*.md"))])
def test_every_relative_link_and_anchor_of_the_documentation_resolves(name: str) -> None:
    # the reference sections moved from README.md to docs/: a link to "#limits" left in README (or in a page,
    # to a section now on another page) leads nowhere on GitHub
    assert _broken_links(REPO / name) == []


def test_the_readme_contents_link_every_docs_page() -> None:
    readme = page_text("README.md")
    contents = readme.split("\n## Documentation\n", 1)[1].split("\n## ", 1)[0]
    linked = set(re.findall(r"\]\((docs/[\w-]+\.md)[#)]", contents))
    assert linked == {f"docs/{p.name}" for p in REPO.glob("docs/*.md")}
    # and each page written by hand leads back to it
    for page in PAGES[1:]:
        assert "[all pages](../README.md#documentation)" in page.read_text(encoding="utf-8"), page.name
