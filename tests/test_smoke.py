from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck import __version__
from factcheck.cli import ExitCode


def test_version_option(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke("--version")
    assert result.exit_code == ExitCode.OK
    assert result.output.strip() == f"factcheck {__version__}"


def test_check_finds_paraphrase_in_mini_kb(invoke, mini_kb: Path) -> None:  # type: ignore[no-untyped-def]
    result = invoke("check", "--kb", str(mini_kb), "Ten thousand American soldiers are based in Mexico")
    assert result.exit_code == ExitCode.OK, result.output
    assert "There are more than 10,000 US troops deployed in Mexico." in result.output


def test_a_statement_over_the_limit_is_refused_before_any_matching(invoke, mini_kb: Path) -> None:  # type: ignore[no-untyped-def]
    result = invoke("check", "--kb", str(mini_kb), "troops " * 2_000)
    assert result.exit_code == ExitCode.ERROR
    assert "the statement is 14,000 characters long; a statement is at most 10,000" in result.stderr


def test_check_without_a_statement_on_a_terminal_says_what_to_give(  # type: ignore[no-untyped-def]
    invoke, mini_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("factcheck.cli.check._stdin_is_a_terminal", lambda: True)
    result = invoke("check", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert "Invalid value for 'STATEMENT': none given; type one, or pipe statements in" in result.stderr


@pytest.mark.parametrize(
    ("args", "option", "hint"),
    [
        (("export", "--json"), "--json", "export writes JSON with --format json"),
        (("edit", "drones-over-mexico", "--source-url", "https://example.org/x"), "--source-url", "--add-source URL"),
        (
            ("add", "--claim", "Moon", "--verdict", "false", "--add-source", "https://x.org"),
            "--add-source",
            "--source-url",
        ),
        (("list", "--format", "json"), "--format", "list prints JSON with --json"),
        # for import, --format means the input's: it recognises that by itself
        (("import", "claims.json", "--format", "csv"), "--format", "import recognises its input's shape by itself"),
        # --json's answers name the score a match needs "threshold": '--threshold' had no hint at all
        (("check", "-", "--threshold", "0.9"), "--threshold", "check sets the threshold with --min-score"),
        (("scan", "-", "--threshold=0.9"), "--threshold", "scan sets the threshold with --min-score"),
    ],
)
def test_an_option_of_another_command_is_answered_with_this_ones(
    invoke: Callable[..., Result], mini_kb: Path, args: tuple[str, ...], option: str, hint: str
) -> None:
    # the usage error's own guess goes by spelling: "export --json" got "(Possible options: --since)"
    before = mini_kb.read_bytes()
    result = invoke(*args, "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert f"No such option: {option}; " in result.stderr and hint in result.stderr
    assert "Possible options" not in result.stderr
    assert mini_kb.read_bytes() == before


def test_every_hint_of_another_commands_option_is_for_an_option_its_command_lacks() -> None:
    # a hint for an option the command has never fires: validate's '--format' hint ("validate prints JSON
    # with --json") stayed after validate got --format
    from typer.main import get_command

    from factcheck.cli import app
    from factcheck.cli.app import _OPTION_INSTEAD

    commands = get_command(app).commands  # type: ignore[attr-defined]
    dead = sorted(
        (command, option)
        for command, option in _OPTION_INSTEAD
        if command is not None
        and option is not None
        and any(option in param.opts for param in commands[command].params)
    )
    assert not dead


@pytest.mark.parametrize(
    ("args", "where"),
    [
        (("--kb", "KB", "check", "troops"), "factcheck check --kb ..."),
        (("--json", "list", "--kb", "KB"), "factcheck list --json ..."),
        (("--dry-run", "remove", "x", "--kb", "KB"), "factcheck remove --dry-run ..."),
        # an option the command typed lacks, or no command typed: where it goes, with no command named
        (("--dry-run", "list", "--kb", "KB"), "factcheck COMMAND --dry-run ..."),
        (("--kb", "KB"), "factcheck COMMAND --kb ..."),
        # the option's value is no command, though it is a command's name: 'factcheck --kb list check x' was
        # answered 'factcheck list --kb ...'
        (("--kb", "list", "check", "troops"), "factcheck check --kb ..."),
        (("--kb", "list"), "factcheck COMMAND --kb ..."),
        (("--top", "list", "check", "troops"), "factcheck check --top ..."),
        (("--kb=list", "check", "troops"), "factcheck check --kb ..."),
        (("--kb", "-", "check", "troops"), "factcheck check --kb ..."),
        # '-n' is a flag of add (--dry-run), check's --top N: after it, 'add' is the command
        (("-n", "add", "--kb", "KB"), "factcheck add -n ..."),
        (("-n", "3", "check", "troops"), "factcheck check -n ..."),
    ],
)
def test_an_option_before_the_command_is_answered_with_where_it_goes(
    invoke: Callable[..., Result], mini_kb: Path, args: tuple[str, ...], where: str
) -> None:
    # 'factcheck --kb claims.yaml check ...', as a class typed it, was "No such option: --kb", as though
    # factcheck had none
    before = mini_kb.read_bytes()
    result = invoke(*[str(mini_kb) if arg == "KB" else arg for arg in args])
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    option = args[0].split("=")[0]
    assert result.stderr.endswith(
        f"factcheck: error: No such option: {option}; an option of a command goes after the command's name: {where}\n"
    )
    assert mini_kb.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("check", "-kb", "KB", "troops"), "No such option: -kb; a long option takes two dashes: --kb"),
        (("check", "-kb=KB", "troops"), "No such option: -kb; a long option takes two dashes: --kb"),
        (
            ("list", "-unsupported", "--kb", "KB"),
            "No such option: -unsupported; a long option takes two dashes: --unsupported",
        ),
        # '-verdict' is '-v' with the value 'erdict': the value's error says which option was meant
        (("list", "-verdict", "false", "--kb", "KB"), "(-verdict: a long option takes two dashes, --verdict)"),
        # before the command's name: two dashes, and where the option goes
        (
            ("-kb", "KB", "check", "troops"),
            "No such option: -kb; a long option takes two dashes: --kb, after the "
            "command's name: factcheck check --kb ...",
        ),
    ],
)
def test_a_long_option_typed_with_one_dash_is_answered_with_two(
    invoke: Callable[..., Result], mini_kb: Path, args: tuple[str, ...], message: str
) -> None:
    # 'factcheck check -kb claims.yaml "..."', as a student typed it, was "No such option: -k": a letter never meant
    before = mini_kb.read_bytes()
    result = invoke(*[arg.replace("KB", str(mini_kb)) for arg in args])
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert result.stderr.rstrip("\n").endswith(message)
    assert "Traceback" not in result.stderr and "No such option: -k\n" not in result.stderr
    assert mini_kb.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "command"),
    [(("--", "--kb", "check"), "check"), (("--", "--kb", "KB", "check"), "check"), (("--", "--kb"), "COMMAND")],
)
def test_an_option_after_double_dash_is_no_command(
    invoke: Callable[..., Result], mini_kb: Path, args: tuple[str, ...], command: str
) -> None:
    # 'factcheck -- --kb check' read '--kb' as the command's name, and the hint had Typer's guess glued on:
    # "... factcheck COMMAND --kb . Did you mean 'check'?"
    before = mini_kb.read_bytes()
    result = invoke(*[str(mini_kb) if arg == "KB" else arg for arg in args])
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert result.stderr.endswith(
        "factcheck: error: No such command: '--kb' ('--' ends the options, so what follows it is read as a "
        "command's name); "
        f"drop the '--' and write the command first: factcheck {command} --kb ...\n"
    )
    assert mini_kb.read_bytes() == before


def test_the_one_dash_hint_names_the_option_that_failed(invoke: Callable[..., Result], mini_kb: Path) -> None:
    # before the command's name, '--kb' failed, and the hint was about '-top', typed after it: "No such option:
    # -top; a long option takes two dashes: --top, after the command's name"
    before = mini_kb.read_bytes()
    result = invoke("--kb", str(mini_kb), "check", "-top", "3", "troops")
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert result.stderr.endswith(
        "factcheck: error: No such option: --kb; an option of a command goes after the command's name: "
        "factcheck check --kb ...\n"
    )
    # an option's value that starts with a dash is no option typed with one dash ('--summary -summary')
    result = invoke(
        "add", "--kb", str(mini_kb), "--claim", "X", "--verdict", "ture", "--summary", "-summary", "--dry-run"
    )
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert "'ture' is not one of" in result.stderr and "-summary" not in result.stderr
    # nor in an error of no option's ('-summary' skipped as --summary's value, whatever the error)
    result = invoke("add", "--kb", str(mini_kb), "--claim", "X", "--summary", "-summary", "extra", "--dry-run")
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert result.stderr.endswith("factcheck: error: Got unexpected extra argument(s) (extra)\n")
    assert mini_kb.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("check", "-help"), "No such option: -help; a long option takes two dashes: --help"),
        (("-help",), "No such option: -help; a long option takes two dashes: --help"),
        # factcheck's own option: it goes before the command's name, not after ('-v' is list's --verdict)
        (("-version",), "No such option: -version; a long option takes two dashes: --version"),
    ],
)
def test_help_and_version_typed_with_one_dash_are_answered_with_two(
    invoke: Callable[..., Result], args: tuple[str, ...], message: str
) -> None:
    # 'check -help' said "No such option: -e"; '-version' said "-v ... goes after the command's name"
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert result.stderr.endswith(f"factcheck: error: {message}\n")


@pytest.mark.parametrize(
    ("typed", "value"), [("-out=claims.json", "ut=claims.json"), ("-out", "ut"), ("-format=csv", "ormat=csv")]
)
def test_a_long_option_with_one_dash_is_no_short_options_value(
    invoke: Callable[..., Result], mini_kb: Path, typed: str, value: str
) -> None:
    # 'export -out=claims.json' is '-o' with the value 'ut=claims.json': the claims were written to a file of that
    # name, exit 0, unsaid
    result = invoke("export", "--kb", str(mini_kb), typed)
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    word, long = typed.split("=")[0], "-" + typed.split("=")[0]
    assert result.stderr.endswith(
        f"{typed} is {word[:2]} with the value {value!r} ({word}: a long option takes two dashes, {long})\n"
    )
    assert sorted(path.name for path in Path().iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # a statement that starts with '-', its command's name left out: 'drop the --' would make it options again
        (
            ("--", "- US troops are in Mexico"),
            "factcheck: error: No such command: '- US troops are in Mexico'; the command's name is missing: "
            'factcheck check -- "- US troops are in Mexico"\n',
        ),
        (
            ("--", "- it costs $5"),
            "factcheck: error: No such command: '- it costs $5'; the command's name is missing: "
            "factcheck check -- '- it costs $5'\n",
        ),
        # no option's spelling: Click's own message
        (("--", "-x"), "factcheck: error: No such option: -x\n"),
    ],
)
def test_what_follows_double_dash_is_said_to_be_an_option_only_when_it_is_one(
    invoke: Callable[..., Result], args: tuple[str, ...], message: str
) -> None:
    # 'factcheck -- "- US troops are in Mexico"' was told to drop the '--' and write the command first:
    # "factcheck COMMAND - US troops are in Mexico ...", which reads the statement as options
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert result.stderr.endswith(message)
    assert "drop the '--'" not in result.stderr


def test_an_unquoted_statement_is_answered_with_how_to_quote_it(invoke: Callable[..., Result], mini_kb: Path) -> None:
    # "Got unexpected extra argument(s) (troops are in Mexico)" was all a new user typing it unquoted got
    result = invoke("check", "US", "troops", "are", "in", "Mexico", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert 'put it in quotes, factcheck check "US troops are in Mexico"' in result.stderr
    result = invoke("check", "-", "extra", "--kb", str(mini_kb))  # no statement to quote there
    assert result.exit_code == ExitCode.ERROR and "quotes" not in result.stderr


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (("list", "false"), "--verdict false"),
        (("list", "Mostly-True"), "--verdict mostly-true"),
        (("list", "unsupported"), "--unsupported"),  # the claims without evidence too, as --unsupported lists
        (("export", "csv"), "--format csv"),
        (("export", "unsupported"), "--unsupported"),
        # the options given with the word are kept: the hint names what to write in the word's place ("did
        # you mean list --verdict false?" dropped '--tag', and run from another folder, '--kb')
        (("list", "--tag", "sovereignty", "false"), "--verdict false"),
        (("export", "--verdict", "false", "csv"), "--format csv"),
        # --verdict is repeatable: beside '--verdict false', 'true' is a second verdict
        (("list", "--verdict", "false", "true"), "--verdict true"),
        (("list", "-v", "false", "-v", "mixed", "true"), "--verdict true"),
        (("list", "--verdict", "false", "unsupported"), "--verdict unsupported"),
    ],
)
def test_a_word_given_to_list_or_export_is_answered_with_its_option(
    invoke: Callable[..., Result], mini_kb: Path, args: tuple[str, ...], option: str
) -> None:
    # "Got unexpected extra argument(s) (false)" did not say which option takes it
    result = invoke(*args, "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    word = args[-1]
    assert result.stderr.rstrip().endswith(f"({word}); {args[0]} takes options: write {option} in place of '{word}'")
    followed = [*args[:-1], *option.split(), "--kb", str(mini_kb)]  # the hint, followed, runs
    assert invoke(*followed).exit_code != ExitCode.ERROR


@pytest.mark.parametrize(
    "args",
    [("list", "--unsupported", "unsupported"), ("export", "--format", "json", "csv"), ("export", "-f", "json", "csv")],
)
def test_a_word_after_its_own_option_given_gets_no_guess(
    invoke: Callable[..., Result], mini_kb: Path, args: tuple[str, ...]
) -> None:
    # the word's own option given already: a guess would drop the one given
    result = invoke(*args, "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR and "takes options" not in result.stderr


@pytest.mark.parametrize("args", [("list", "school"), ("list", "false", "true"), ("export", "markdown")])
def test_other_words_given_to_list_or_export_get_no_guess(
    invoke: Callable[..., Result], mini_kb: Path, args: tuple[str, ...]
) -> None:
    result = invoke(*args, "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR and "did you mean" not in result.stderr


@pytest.mark.parametrize("command", ["check", "scan"])
@pytest.mark.parametrize(
    ("score", "reason"), [("50", "'50' is too large (at most 1)"), ("50%", "'50%' is not a number")]
)
def test_a_min_score_given_as_a_percentage_is_answered_with_the_fraction(
    invoke: Callable[..., Result], mini_kb: Path, command: str, score: str, reason: str
) -> None:
    # "Input should be less than or equal to 1" did not say a score is a fraction, nor what 50% is
    result = invoke(command, "--min-score", score, "US troops are in Mexico", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert f"{reason}: a score is a number from 0 to 1 (for 50%, give 0.5)" in result.stderr
    # another option's range is its own: no word of scores
    top = invoke("check", "--top", "0", "US troops are in Mexico", "--kb", str(mini_kb))
    assert top.exit_code == ExitCode.ERROR and "score" not in top.stderr


@pytest.mark.parametrize(("opening", "closing"), [("\u201c", "\u201d"), ("\u2018", "\u2019"), ("\u00ab", "\u00bb")])
def test_a_statement_in_a_documents_quotes_is_answered_with_straight_ones(
    invoke: Callable[..., Result], mini_kb: Path, opening: str, closing: str
) -> None:
    # pasted from a worksheet, “US troops are in Mexico” reaches factcheck as five words; the hint quoted
    # them again, typographic quotes and all: "factcheck check "“US troops are in Mexico”""
    words = f"{opening}US troops are in Mexico{closing}".split()
    result = invoke("check", *words, "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert 'put it in quotes, factcheck check "US troops are in Mexico" (the quotes' in result.stderr
    assert f"{opening} {closing} of a document are no quotes to the terminal" in result.stderr
    # quotes inside the statement are its own, and kept
    result = invoke("check", "\u201cUS", "troops\u201d", "are", "in", "Mexico", "--kb", str(mini_kb))
    assert 'factcheck check "\u201cUS troops\u201d are in Mexico"' in result.stderr
    assert "of a document" not in result.stderr


@pytest.mark.parametrize(
    ("words", "hint"),
    [
        # the inner quotes stayed: 'factcheck check "US troops” “in Mexico"', a statement never typed
        (
            ("\u201cUS", "troops\u201d", "\u201cin", "Mexico\u201d"),
            'factcheck check "\u201cUS troops\u201d \u201cin Mexico\u201d"',
        ),
        (("\u201cUS", "\u2018troops\u2019", "are\u201d"), 'factcheck check "\u201cUS \u2018troops\u2019 are\u201d"'),
        # an apostrophe in a word is no quote: the document's two are taken off
        (("\u201cBiden\u2019s", "troops\u201d"), 'factcheck check "Biden\u2019s troops" (the quotes'),
        # nor is one that ends a word where no single quote is open: the plural possessive (a pasted headline)
        (
            ("\u201cthe", "players\u2019", "union", "is", "on", "strike\u201d"),
            'factcheck check "the players\u2019 union is on strike" (the quotes',
        ),
        # where a single quote is open, a word's closing '’' may close it: the quotes stay
        (
            ("\u201cthe", "players\u2019", "\u2018union\u2019", "is\u201d"),
            'factcheck check "\u201cthe players\u2019 \u2018union\u2019 is\u201d"',
        ),
        # ... also one opening the statement: "Woke’ troops are the players" lost the first '‘' and the last '’',
        # and the first '’' may close the first '‘' as well as be a possessive (review30b)
        (
            ("\u2018Woke\u2019", "troops", "are", "the", "players\u2019"),
            'factcheck check "\u2018Woke\u2019 troops are the players\u2019"',
        ),
        (("\u2018the", "players\u2019", "union\u2019"), 'factcheck check "\u2018the players\u2019 union\u2019"'),
        (
            ("\u201aWoke\u2019", "troops", "are", "here\u2019"),
            'factcheck check "\u201aWoke\u2019 troops are here\u2019"',
        ),
        # with no single quote opened, the word-end '’' is the possessive and the document's quotes come off
        (("\u2018US", "troops", "are", "here\u2019"), 'factcheck check "US troops are here" (the quotes'),
        (
            ("\u201cWoke\u2019", "troops", "are", "here\u201d"),
            'factcheck check "Woke\u2019 troops are here" (the quotes',
        ),
        # an apostrophe in a statement with no document's quotes around it: no word of them
        (("the", "players\u2019", "union"), 'factcheck check "the players\u2019 union"'),
        # no statement inside them: 'factcheck check ""' was suggested
        (("\u201c", "\u201d"), None),
    ],
)
def test_a_documents_quotes_are_taken_off_only_when_they_are_its_only_ones(
    invoke: Callable[..., Result], mini_kb: Path, words: tuple[str, ...], hint: str | None
) -> None:
    result = invoke("check", *words, "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR and "Traceback" not in result.output
    if hint is None:
        assert "put it in quotes" not in result.stderr and "of a document" not in result.stderr
        return
    assert f"put it in quotes, {hint}" in result.stderr
    assert ("of a document are no quotes" in result.stderr) == hint.endswith("(the quotes")


@pytest.mark.parametrize("statement", ["- US troops are in Mexico", "-10,000 US troops are in Mexico"])
def test_a_statement_starting_with_a_dash_is_answered_with_how_to_give_it(
    invoke: Callable[..., Result], mini_kb: Path, statement: str
) -> None:
    # a list item pasted as it is: "No such option: - " was all a new user got
    result = invoke("check", statement, "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert "a statement that starts with '-' is read as options: put -- before it" in result.stderr
    assert invoke("check", "--kb", str(mini_kb), "--", statement).exit_code == ExitCode.OK
    # a mistyped option is still one: no hint about statements
    mistyped = invoke("check", "-t", "1", "US troops are in Mexico", "--kb", str(mini_kb))
    assert mistyped.exit_code == ExitCode.ERROR and "statement" not in mistyped.stderr


def test_a_statement_of_two_words_gets_a_possible_match_at_most(invoke, mini_kb: Path) -> None:  # type: ignore[no-untyped-def]
    # Two words are a search, not a claim: the verdict is shown, but as a claim to compare with.
    short = invoke("check", "--kb", str(mini_kb), "Senate approval")
    assert short.exit_code == ExitCode.OK, short.output
    assert "possible match 0.9" in short.output and "senate-must-approve-foreign-troops" in short.output
    full = invoke("check", "--kb", str(mini_kb), "Foreign troops need Senate approval")
    assert "\n  match 1.00" in full.output, full.output


def test_no_match_on_a_terminal_says_how_to_have_a_claim_found_by_these_words(
    invoke: Callable[..., Result], write_kb: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a teacher's "Jabs make children autistic" found nothing, and nothing said that a claim's aliases would
    # find it: the hint names them, and the command it gives does
    path = write_kb('claims:\n  - id: vaccines-autism\n    claim: Vaccines cause autism.\n    verdict: "false"\n')
    monkeypatch.setattr("factcheck.cli.check.is_terminal", lambda: True)
    statement = "Jabs make children autistic"
    result = invoke("check", statement, "--kb", str(path))
    assert result.exit_code == ExitCode.NO_MATCH
    hint = f'(to have a claim found by your words: factcheck edit ID --kb {path} --add-alias "...")'
    assert result.stdout.splitlines()[-1] == hint
    assert invoke("edit", "vaccines-autism", "--kb", str(path), "--add-alias", statement).exit_code == ExitCode.OK
    assert invoke("check", statement, "--kb", str(path)).exit_code == ExitCode.OK


def test_the_alias_hint_is_left_out_where_it_does_not_help(
    invoke: Callable[..., Result], write_kb: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_kb('claims:\n  - id: vaccines-autism\n    claim: Vaccines cause autism.\n    verdict: "false"\n')
    before = path.read_bytes()
    # in a pipe (a script's loop would get it each time), and in JSON
    assert "--add-alias" not in invoke("check", "Jabs make children autistic", "--kb", str(path)).stdout
    monkeypatch.setattr("factcheck.cli.check.is_terminal", lambda: True)
    assert "--add-alias" not in invoke("check", "Jabs make children autistic", "--kb", str(path), "--json").stdout
    # a word or two is a search, no wording to add
    assert "--add-alias" not in invoke("check", "jabs", "--kb", str(path)).stdout
    # the bundled starter file, which edit never changes
    monkeypatch.setattr("factcheck.cli.check.bundled_kb_path", lambda: path)
    result = invoke("check", "Jabs make children autistic", "--kb", str(path))
    assert result.exit_code == ExitCode.NO_MATCH and "--add-alias" not in result.stdout
    assert path.read_bytes() == before


def test_the_alias_hint_is_left_out_for_a_claims_file_read_from_a_pipe(
    invoke: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `check ... --kb <(cat claims.yaml)` suggested `edit ID --kb /dev/fd/63 ...`, which fails: no such file
    text = b'claims:\n  - id: vaccines-autism\n    claim: Vaccines cause autism.\n    verdict: "false"\n'
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)

    def feed() -> None:  # the file, once, as `<(cat claims.yaml)` gives it
        with contextlib.suppress(OSError):
            descriptor = os.open(path, os.O_WRONLY)  # waits for the reader
            with contextlib.suppress(OSError):
                os.write(descriptor, text)
            os.close(descriptor)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    monkeypatch.setattr("factcheck.cli.check.is_terminal", lambda: True)
    try:
        result = invoke("check", "Jabs make children autistic", "--kb", str(path))
    finally:
        with contextlib.suppress(OSError):  # a writer still waiting (nothing read the pipe): let it go
            os.close(os.open(path, os.O_RDONLY | os.O_NONBLOCK))
        writer.join(timeout=5)
    assert result.exit_code == ExitCode.NO_MATCH, result.output
    assert "--add-alias" not in result.stdout


@pytest.mark.parametrize("search", ["vaccines?", "Vaccines", "vaccines autism"])
def test_a_word_or_two_is_answered_as_a_search(
    invoke: Callable[..., Result], write_kb: Callable[..., Path], search: str
) -> None:
    # a teacher's "vaccines?" got FALSE beside "Vaccines cause autism.", read as "vaccines are false"
    path = write_kb('claims:\n  - id: vaccines-autism\n    claim: Vaccines cause autism.\n    verdict: "false"\n')
    result = invoke("check", search, "--kb", str(path))
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout.startswith(
        "A word or two is a search, not a statement: each verdict below is about its claim, not about your words.\n"
    )
    assert "possible match" in result.stdout
    # JSON is the same: a script counts words itself
    assert "search" not in invoke("check", search, "--kb", str(path), "--json").stdout


def test_a_statement_of_three_words_is_no_search(invoke: Callable[..., Result], write_kb: Callable[..., Path]) -> None:
    path = write_kb('claims:\n  - id: vaccines-autism\n    claim: Vaccines cause autism.\n    verdict: "false"\n')
    result = invoke("check", "Vaccines cause autism", "--kb", str(path))
    assert result.exit_code == ExitCode.OK and "search" not in result.stdout
    assert "\n  match 1.00" in result.stdout


STARTER_KB = Path(__file__).parent.parent / "claims.yaml"


@pytest.mark.parametrize(
    ("statement", "code", "exit_code"),
    [
        # shown where it came from as "There are not US troops in Mexico", checked as "ton": the starter file's
        # MISLEADING "There are US troops in Mexico." came with no word of it
        ("There are \u202eton\u202c US troops in Mexico.", "U+202E", ExitCode.OK),
        # shown as "10,000", checked as "000,01": a "no match" that the statement seen would not get
        ("There are more than \u2067000,01\u2069 US troops deployed in Mexico.", "U+2067", ExitCode.NO_MATCH),
    ],
)
def test_a_statement_holding_a_bidirectional_control_is_shown_as_checked(
    invoke: Callable[..., Result], statement: str, code: str, exit_code: int
) -> None:
    result = invoke("check", statement, "--kb", str(STARTER_KB))
    assert result.exit_code == exit_code, result.output
    shown = statement.replace("\u202e", "\\u202e").replace("\u202c", "\\u202c")
    shown = shown.replace("\u2067", "\\u2067").replace("\u2069", "\\u2069")
    assert result.stdout.startswith(
        f"Your statement holds a bidirectional control ({code}): where it came from, its words may show in another "
        f"order than they are checked. It was checked as written: {shown}\n\n"
    )
    # JSON gives the statement checked as its "query" already (escaped): no note there
    assert "bidirectional" not in invoke("check", statement, "--kb", str(STARTER_KB), "--json").stdout


@pytest.mark.parametrize(
    "statement",
    [
        # a tweet copied from the iOS Twitter app (2 of the 800 CheckThat! train tweets hold its LRI...PDI)
        "EXCLUSIVE: I have a copy of \u2066@realDonaldTrump\u2069's letter to #Erdogan. \u2066@POTUS\u2069 warns him.",
        # Arabic, Hebrew text in a right-to-left embedding or isolate: how such text is written
        "\u202b\u0647\u0646\u0627\u0643 \u0642\u0648\u0627\u062a \u0623\u0645\u0631\u064a\u0643\u064a\u0629\u202c",
        "The sign read \u2067\u05e9\u05dc\u05d5\u05dd\u2069 in Mexico.",
        # a number isolated left to right
        "The wall cost \u20665,000\u2069 dollars.",
    ],
)
def test_a_bidirectional_control_that_reorders_nothing_gets_no_note(
    invoke: Callable[..., Result], statement: str
) -> None:
    result = invoke("check", statement, "--kb", str(STARTER_KB))
    assert result.exit_code in (ExitCode.OK, ExitCode.NO_MATCH), result.output
    assert "bidirectional" not in result.stdout


@pytest.mark.parametrize(
    "statement",
    [
        "There are US troops in Mexico.",
        "There are US troops in \u200fMexico\u200e.",
        "There are US troops in Mexico\u061c.",
        # an isolate left to right (LRI...PDI, as the iOS Twitter app puts around each @mention), a lone PDF
        "There are US troops in \u2066Mexico\u2069.",
        "There are US troops in Mexico.\u202c",
    ],
)
def test_a_statement_without_a_bidirectional_control_gets_no_note(
    invoke: Callable[..., Result], statement: str
) -> None:
    # the direction marks move no word of a sentence in one script; nor do the left-to-right embeddings and isolates
    # and the closing PDF, PDI in a text of left-to-right letters: the note fired on them (review of persona26's)
    result = invoke("check", statement, "--kb", str(STARTER_KB))
    assert result.exit_code == ExitCode.OK, result.output
    assert "bidirectional" not in result.stdout
    assert result.stdout.startswith(" MISLEADING  There are US troops in Mexico.")


def test_an_option_with_one_dash_after_double_dash_is_written_with_two(invoke: Callable[..., Result]) -> None:
    # 'factcheck -- -kb check' was told to write 'factcheck check -kb ...', one dash again
    result = invoke("--", "-kb", "check")
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert result.stderr.endswith("drop the '--' and write the command first: factcheck check --kb ...\n")
