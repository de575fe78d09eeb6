"""The Typer application, its exit codes and its one place for turning errors into messages."""

from __future__ import annotations

import codecs
import io
import itertools
import math
import os
import re
import shlex
import sys
from collections.abc import Mapping, Sequence
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import typer
from typer.core import TyperGroup

from .. import __version__
from ..errors import SHOWN_PROBLEMS, Advice, FactcheckError, KnowledgeBaseError, LocatedError, Problem, quoted
from ..inputfiles import UNEXPANDED_HOME
from ..store import DEFAULT_KB_NAME
from ..validation import LONE_SURROGATE
from .output import OUTPUT_ERRNOS, error_console, point_at_devnull, sanitize

if TYPE_CHECKING:
    from ..editing import EditResult


class ExitCode(IntEnum):
    """What ``factcheck`` exits with (documented in the README)."""

    OK = 0
    #: no fact-check matched (check, scan), nothing listed or exported, or problems found (validate)
    NO_MATCH = 1
    FINDINGS = 1
    #: bad usage, or input/data that cannot be used (the claims file is left untouched); also a
    #: report that cannot be printed (then after a saved change, which the message says)
    ERROR = 2
    INTERRUPTED = 130


#: the settings the library's messages tell of (``Advice``), as the command line's user sets them: its options
OPTION_WORDING = {
    "check_similar": "--force",
    "skip_invalid": "--skip-invalid",
    "base_url": "--base-url",
    "publisher_name": "--publisher-name",
    "publisher_url": "--publisher-url",
    "editor_hint": " (run 'factcheck edit {claim_id}' without options to edit it in your editor)",
    "stdin_hint": " (use --kb - to read one from standard input)",
    "csv_export": "'factcheck export --format csv'",
    "add_source": "with 'factcheck edit ID --add-source URL'",
    "model_dir": "--model {model_path}",
    "edit_with_options": "'factcheck edit' with options",
    "editor_can": " (its editor can)",
    "validator": "'factcheck validate'",
    "importer": "import",
    "claim_updater": "'factcheck edit {claim_id}'",
    "file_reader": "factcheck {command}",
    "read_saved_file": "run: factcheck {command} {example_file}",
    "docx_format": "--input-format docx (or auto)",
    "odt_format": "--input-format odt (or auto)",
    "text_format": "--input-format text",
}


#: the arguments of the command running, as typed (``FactcheckGroup.invoke`` sets them): how a '~' the shell
#: left was typed, quoted or after '--kb=' (``_wording``)
_typed_args: list[str] = []


def _wording(advice: Advice | None) -> Mapping[str, str]:
    """``OPTION_WORDING``, and for a path from a home folder that names no file (``UNEXPANDED_HOME``) why the shell
    left its '~' and what to type instead, which only the command line knows."""
    if advice is None or UNEXPANDED_HOME not in advice.fields:
        return OPTION_WORDING
    said = _why_the_home_is_unexpanded(advice.fields["name"], _typed_args)
    return {**OPTION_WORDING, UNEXPANDED_HOME: said.replace("{", "{{").replace("}", "}}")}  # read as a template


def _why_the_home_is_unexpanded(name: str, typed: Sequence[str]) -> str:
    """Why the shell left the '~' of ``name``: after an option's '=' ('check --kb=~/claims.yaml', unquoted: the
    shell expands a '~' that starts a word only), or in quotes."""
    for arg in typed:
        option, equals, value = arg.partition("=")
        # as a path names the file: '--kb=~//claims.yaml' (and '~/./claims.yaml') is the name '~/claims.yaml'
        if option.startswith("--") and equals and value and str(Path(value)) == str(Path(name)):
            return f"the shell does not expand a ~ after {option}=: write {option} {home_path_typed(name)}"
    return "the shell leaves a quoted ~ as it is: write it without quotes"


def report_error(error: FactcheckError) -> None:
    error = error.worded_for(_wording(error.advice))
    console = error_console()
    if isinstance(error, KnowledgeBaseError):
        problems = [problem.worded_for(_wording(problem.advice)) for problem in error.problems]
        # a file of 20,000 broken entries gave 'check' 40,000 lines to print (17 s); a count of the
        # rest never takes the place of one problem
        cut = not error.bounded and len(problems) > SHOWN_PROBLEMS + 1
        shown = problems[:SHOWN_PROBLEMS] if cut else problems
        for problem in shown:
            console.print(sanitize(f"factcheck: {problem}"))
        if len(shown) < len(problems):
            count = len(problems) - len(shown)
            rest = (
                f"and {count:,} more errors from this line on, not named one by one: "
                "'factcheck validate' lists them all"
            )
            console.print(sanitize(f"factcheck: {Problem(problems[len(shown)].location, rest)}"))
    elif isinstance(error, LocatedError) and error.location is not None:
        # 'file:line:column: error: ...', as the problems above, each problem found with it on a line of its own,
        # cut as they are: a rating map of 3,000 bad lines printed 3,000 of them
        located = [Problem(error.location, error.message), *error.more]
        cut = len(located) > SHOWN_PROBLEMS + 1
        for problem in located[:SHOWN_PROBLEMS] if cut else located:
            console.print(sanitize(f"factcheck: {problem}"))
        if cut:
            rest = f"and {len(located) - SHOWN_PROBLEMS:,} more errors from this line on, not named one by one"
            console.print(sanitize(f"factcheck: {Problem(located[SHOWN_PROBLEMS].location, rest)}"))
    else:
        console.print(sanitize(f"factcheck: error: {error}"))


def error_message(error: FactcheckError) -> str:
    """What ``report_error`` says of ``error``, without 'factcheck: ' and the file's place: the message of the
    JSON object (validate --json, scan --json) that names the file a command could not use, which a script
    reading standard output would otherwise not know of."""
    error = error.worded_for(_wording(error.advice))
    if isinstance(error, KnowledgeBaseError):
        problems = [problem.worded_for(_wording(problem.advice)) for problem in error.problems]
        return "; ".join(problem.message for problem in [p for p in problems if p.is_error] or problems)
    if isinstance(error, LocatedError):
        return "; ".join([error.message, *(problem.message for problem in error.more)])
    return str(error)


def _silence_stdout() -> None:
    """Point standard output at devnull, so that Python's own flush at exit fails no second time."""
    point_at_devnull(sys.stdout)


#: the claims file the running command has written, if any (reset when a command starts)
_saved_to: Path | None = None


def note_saved(result: EditResult | None) -> None:
    """Called by a command that changes the claims file once the change is made, before its report
    is printed: a report that then cannot be printed must not read as if nothing had been written."""
    global _saved_to
    _saved_to = result.path if result is not None and result.written else None


def _output_failed(error: OSError) -> typer.Exit:
    """A write to standard output failed (a full disk...): one message, exit 2."""
    _silence_stdout()
    reason = error.strerror or error
    if _saved_to is None:
        message = f"cannot write the output: {reason}"
    else:
        message = f"the change was saved to {_saved_to}; only its report cannot be written: {reason}"
    error_console().print(sanitize(f"factcheck: error: {message}"))
    return typer.Exit(ExitCode.ERROR)


_SOURCE_ON_EDIT = "edit adds a source with --add-source URL, and changes source N with --source N"
_JSON_FLAG = "{command} prints JSON with --json"

#: options a command lacks that another factcheck command has, and what this one has instead: the
#: usage error's own guess goes by spelling alone ("export --json": "Possible options: --since")
_OPTION_INSTEAD: dict[tuple[str | None, str | None], str] = {
    ("check", "--output"): "check - writes CSV with --format csv",
    ("export", "--json"): "export writes JSON with --format json (the claims, as 'list --json' prints them); "
    "its default, ClaimReview, is JSON-LD",
    ("edit", "--source-url"): _SOURCE_ON_EDIT,
    ("edit", "--url"): _SOURCE_ON_EDIT,
    ("add", "--add-source"): "add gives its source with --source-url URL (and the --source-* fields)",
    ("add", "--source"): "add gives its source with --source-url URL (and the --source-* fields)",
    **{(command, "--format"): _JSON_FLAG for command in ("list", "show", "ratings")},
    # the score a match needs, which --json's answers name "threshold": '--threshold' got no hint at all
    **{
        (command, "--threshold"): "{command} sets the threshold with --min-score (a score from 0 to 1, e.g. 0.7)"
        for command in ("check", "scan")
    },
    ("import", "--format"): "import recognises its input's shape by itself (ClaimReview JSON-LD, a saved "
    "fact-check page, a Google Fact Check Tools response, claims as YAML, JSON or CSV); --json prints its report",
}


@runtime_checkable
class _SuggestsOptions(Protocol):
    """An error that lists the options meant (typer's NoSuchOption, whose class is not public)."""

    possibilities: Sequence[str] | None


def _say_what_instead(error: typer.TyperException) -> None:
    """Give an unknown option that is another command's the hint of what this command has instead."""
    option, ctx = getattr(error, "option_name", None), getattr(error, "ctx", None)
    command = getattr(ctx, "info_name", None)
    hint = _OPTION_INSTEAD.get((command, option))
    if hint is not None and isinstance(error, _SuggestsOptions):
        error.message = f"No such option: {option}; {hint.format(command=command)}"
        error.possibilities = None


#: quotes a word processor types, which a shell reads as letters: “ ” „ ‘ ’ ‚ « » ‹ ›
_TYPOGRAPHIC_QUOTES = frozenset("\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a")
#: a document's apostrophe, '’' between letters ("Biden’s"), which is no quote
_APOSTROPHE = re.compile(r"(?<=\w)\u2019(?=\w)")
#: '’' that ends a word ("the players’ union"): an apostrophe where the text opens no single quote ('‘no’')
_WORD_END_APOSTROPHE = re.compile(r"(?<=\w)\u2019(?!\w)")
#: the marks that open a single quotation, which a word-end '’' may close ("‘no’")
_SINGLE_OPENINGS = "\u2018\u201a"


def _has_typographic_quotes(text: str, *, single_open: bool = False) -> bool:
    """Whether ``text`` holds a quote a word processor types, an apostrophe in a word not counted, nor one
    that ends a word where no single quote is open (the plural possessive, "the players’ union").
    ``single_open``: a single quote opens before ``text`` (the statement's first mark, "‘Woke’ troops ...’")."""
    text = _APOSTROPHE.sub("", text)
    if not single_open and not any(c in text for c in _SINGLE_OPENINGS):
        text = _WORD_END_APOSTROPHE.sub("", text)
    return any(c in _TYPOGRAPHIC_QUOTES for c in text)


_EXTRA_ARGUMENTS = re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((.*)\)", re.S)


def _quote_the_statement(error: typer.TyperException) -> None:
    """``factcheck check US troops are in Mexico`` (unquoted): say how to give it as one statement."""
    ctx = getattr(error, "ctx", None)
    statement = getattr(ctx, "params", {}).get("statement") if getattr(ctx, "info_name", None) == "check" else None
    extra = _EXTRA_ARGUMENTS.fullmatch(getattr(error, "message", ""))
    if isinstance(statement, str) and statement != "-" and extra is not None:
        whole = f"{statement} {extra.group(1)}"
        # quotes pasted from a document ("“US troops are in Mexico”") are letters to the shell, which split the
        # statement at its spaces all the same: the hint quoting them again in '"' kept the user's mistake
        pasted = len(whole) > 2 and whole[0] in _TYPOGRAPHIC_QUOTES and whole[-1] in _TYPOGRAPHIC_QUOTES
        # only when those two are all: in '“US troops” “in Mexico”' the inner ones would stay, a statement
        # that was never typed; and '“ ”' holds no statement to suggest ('factcheck check ""')
        # the first mark counts as an opening ‘ too: "‘Woke’ troops are the players’" may quote 'Woke' and
        # go on, and taking off its first and last marks suggested "Woke’ troops are the players"
        if pasted and not _has_typographic_quotes(whole[1:-1], single_open=whole[0] in _SINGLE_OPENINGS):
            whole = whole[1:-1].strip()
            if not whole:
                return
        else:
            pasted = False
        # as the README writes statements, in double quotes, unless the shell would read inside them
        whole = shlex.quote(whole) if any(c in whole for c in '"$`\\!') else f'"{whole}"'
        error.message = f"{error.message}; a statement is one argument: put it in quotes, factcheck check {whole}"
        if pasted:
            error.message += (
                f" (the quotes {statement[0]} {extra.group(1)[-1]} of a document are no quotes to the terminal: "
                "type straight quotes \" or ')"
            )


#: an option as one is typed, rightly or not: "-t", "--jsn" (a statement pasted with a list's dash is "- US ...")
_OPTION_SPELLING = re.compile(r"--?[^\W\d_][\w-]*")


def _dash_before_the_statement(error: typer.TyperException) -> None:
    """``factcheck check "- US troops are in Mexico"`` (a list item pasted as it is): its dash made the statement
    options, and "No such option: - " was all a new user got.  Say how to give it as the statement."""
    option, ctx = getattr(error, "option_name", None), getattr(error, "ctx", None)
    if getattr(ctx, "info_name", None) != "check" or not isinstance(option, str) or _OPTION_SPELLING.fullmatch(option):
        return
    if isinstance(error, _SuggestsOptions):
        error.message = (
            f"No such option: {option!r}; a statement that starts with '-' is read as options: "
            'put -- before it, factcheck check -- "- ..."'
        )
        error.possibilities = None


def _given_options(error: typer.TyperException) -> dict[str, Any]:
    """The options given on the command line of the command that failed, by name, with their values."""
    ctx = getattr(error, "ctx", None)
    if ctx is None:
        return {}
    # by the source's name: Typer vendors its own click, whose ParameterSource is no public import
    return {
        name: value
        for name, value in ctx.params.items()
        if getattr(ctx.get_parameter_source(name), "name", None) == "COMMANDLINE"
    }


def _option_for_a_word(error: typer.TyperException) -> None:
    """``factcheck list unsupported``, ``list false``, ``export csv``: a word where list and export, which take
    options only, take an option's value.  "Got unexpected extra argument(s) (false)" did not say which option.
    The hint names the option to write in the word's place, not a whole command: one rebuilt from the word
    alone dropped the options given with it ('list --kb F false' became 'list --verdict false', which
    listed another file)."""
    from ..exporting import ExportFormat
    from ..model import VERDICTS, as_choice

    command = getattr(getattr(error, "ctx", None), "info_name", None)
    extra = _EXTRA_ARGUMENTS.fullmatch(getattr(error, "message", ""))
    if command not in ("list", "export") or extra is None or len(extra.group(1).split()) != 1:
        return
    typed, word = extra.group(1), as_choice(extra.group(1))
    given = _given_options(error)
    if word in VERDICTS and (word != "unsupported" or "verdict" in given):
        option = f"--verdict {word}"  # repeatable: beside '--verdict false', 'true' is a second verdict
    elif word == "unsupported" and "unsupported" not in given:
        option = "--unsupported"  # not '--verdict unsupported': the claims with no evidence too, as 'list' says
    elif command == "export" and word in {str(choice) for choice in ExportFormat} and "fmt" not in given:
        option = f"--format {word}"
    else:
        return  # the word's own option given already: a guess would drop the one given
    error.message = f"{error.message}; {command} takes options: write {option} in place of {quoted(typed)}"


def _remove_one_at_a_time(error: typer.TyperException, args: Sequence[str]) -> None:
    """``factcheck remove a-1 b-2``: remove takes one id, and "Got unexpected extra argument (b-2)" did not say
    how to remove both.  ``args``: those typed after the command's name (an option among them is said ' ...')."""
    ctx = getattr(error, "ctx", None)
    claim_id = getattr(ctx, "params", {}).get("claim_id") if getattr(ctx, "info_name", None) == "remove" else None
    extra = _EXTRA_ARGUMENTS.fullmatch(getattr(error, "message", ""))
    if not isinstance(claim_id, str) or extra is None:
        return
    more = " ..." if any(arg.startswith("-") and arg != "-" for arg in args) else ""
    ids = [claim_id, *extra.group(1).split()]
    error.message = f"{error.message}; remove takes one claim's id at a time: {_one_at_a_time(ids, more)}"


def _edit_options_typed_as_words(error: typer.TyperException, args: Sequence[str], command: Any) -> None:
    """``factcheck edit a-1 verdict false``: an option's name typed as a word, which "Got unexpected extra
    argument(s) (verdict false)" did not name, where 'factcheck update a-1 verdict false' is told 'factcheck edit
    a-1 --verdict false'.  Said only when the first word after the id is an option's name; ``args``: those typed
    after the command's name (another option among them is said ' ...')."""
    ctx = getattr(error, "ctx", None)
    if getattr(ctx, "info_name", None) != "edit" or _EXTRA_ARGUMENTS.fullmatch(getattr(error, "message", "")) is None:
        return
    words = _words_without_options(command, args)
    options = {opt for param in command.params for opt in getattr(param, "opts", ())}
    if len(words) < 2 or f"--{words[1]}" not in options or _holds_an_unread_byte(words):
        return
    rest = _options_dashed(words[1:], options)
    more = " ..." if len(words) < len(args) else ""
    error.message = f"{error.message}; edit takes options: factcheck edit {shlex.quote(words[0])} {rest}{more}"


def _options_dashed(words: Sequence[str], options: set[str]) -> str:
    """``words`` as a command to type takes them: an option's name typed as a word given its dashes ('verdict' as
    '--verdict', ``options``: the command's), the others shell-quoted."""
    return " ".join(f"--{word}" if f"--{word}" in options else shlex.quote(word) for word in words)


def _holds_an_unread_byte(words: Sequence[str]) -> bool:
    """Whether one of ``words`` holds a byte the locale could not read (Python's lone surrogate, '\\udcff'): a
    command suggested with it ('factcheck remove '\\udcff'') is refused as typed (``options.undecoded_byte``)."""
    return any(LONE_SURROGATE.search(word) for word in words)


def _score_as_a_fraction(error: typer.TyperException) -> None:
    """``--min-score 50`` or ``50%`` (a percentage, as a score is often read): "Input should be less than or equal
    to 1" did not say that a score is a fraction, nor what to give for 50%."""
    param = getattr(error, "param", None)
    message = getattr(error, "message", "")
    if getattr(param, "name", None) == "min_score" and message.startswith("Input should be"):
        error.message = f"{message}: a score is a number from 0 to 1 (for 50%, give 0.5)"


def _takes_a_value(option: str, command: Any) -> bool | None:
    """Whether ``option`` takes a value in ``command`` (a flag does not); None when the command has no such option."""
    for param in command.params:
        if option in getattr(param, "opts", ()) or option in getattr(param, "secondary_opts", ()):
            return not (getattr(param, "is_flag", False) or getattr(param, "count", False))
    return None


def _command_typed(commands: Mapping[str, Any], args: Sequence[str]) -> str | None:
    """The command's name among ``args`` typed after options meant for it: the first argument that names a
    command and is no option's value ('factcheck --kb list check x' is check's, 'list' the claims file's name).
    An option's value follows it unless written with '='; a name after an option that is a flag in that command
    ('-n' is add's --dry-run, check's --top N) is the command."""
    after_option: str | None = None
    for arg in args:
        value = after_option is not None and (
            _takes_a_value(after_option, commands[arg]) is not False if arg in commands else True
        )
        after_option = None
        if value:
            continue
        if arg.startswith("-") and arg != "-":
            if "=" not in arg and any(_takes_a_value(arg, command) for command in commands.values()):
                after_option = arg
            continue
        if arg in commands:
            return arg
    return None


def _option_before_the_command(group: TyperGroup, error: typer.TyperException, args: Sequence[str]) -> None:
    """``factcheck --kb claims.yaml check ...``: an option of the commands typed before the command's name was
    "No such option: --kb" (or, with Click's guess, "Possible options: --help"), as though factcheck had none.
    Say where it goes, with the command typed after it when there is one."""
    option = getattr(error, "option_name", None)
    if not isinstance(option, str) or not isinstance(error, _SuggestsOptions):
        return
    commands = group.commands
    with_it = [
        name
        for name, command in commands.items()
        if any(option in getattr(param, "opts", ()) for param in command.params)
    ]
    if not with_it:
        return
    typed = _command_typed(commands, args)
    where = f"factcheck {typed} {option} ..." if typed in with_it else f"factcheck COMMAND {option} ..."
    error.message = f"No such option: {option}; an option of a command goes after the command's name: {where}"
    error.possibilities = None


def _not_option_values(commands: Sequence[Any], args: Sequence[str]) -> list[str]:
    """The words of ``args`` up to '--' that are no option's value, as ``_command_typed`` tells them: a value
    follows an option of ``commands`` that takes one, unless written with '=' ('--summary -summary' is a summary)."""
    words: list[str] = []
    after_option = False
    for arg in args:
        if arg == "--":
            break
        if after_option:
            after_option = False
            continue
        if arg.startswith("-") and arg != "-" and "=" not in arg:
            after_option = any(_takes_a_value(arg, command) for command in commands)
        words.append(arg)
    return words


def _words_without_options(command: Any, args: Sequence[str]) -> list[str]:
    """The words of ``args`` that are neither options of ``command`` nor their values, wherever the options go
    ('delete --kb x.yaml a-1 b-2' is 'delete a-1 b-2'); up to '--', as ``_not_option_values``."""
    return [arg for arg in _not_option_values([command], args) if not arg.startswith("-") or arg == "-"]


def _is_option_of(option: str, commands: Sequence[Any]) -> bool:
    """Whether ``option`` is an option of one of ``commands`` ('--help' is every command's)."""
    return option == "--help" or any(_takes_a_value(option, command) is not None for command in commands)


def _failed_on(error: typer.TyperException, word: str) -> bool:
    """Whether ``error`` is about the one-dash ``word`` ('-kb') read as short options: its 'No such option' names
    one of its letters ('-k', '-e' of '-help'), or the value refused is that of its first letter's option ('-v' of
    '-verdict', given 'erdict').  'factcheck --kb F check -top 3' fails on '--kb', not on '-top'."""
    letters = {f"-{letter}" for letter in word[1:]}
    if isinstance(error, _SuggestsOptions):
        return getattr(error, "option_name", None) in letters
    opts = getattr(getattr(error, "param", None), "opts", None)
    if opts and any(opt.startswith("-") for opt in opts):
        return word[:2] in opts
    return True  # an error of no option ('Got unexpected extra argument (x.json)' after '-out x.json')


def _one_dash_for_two(
    error: typer.TyperException, args: Sequence[str], command: Any, *, own: Sequence[Any] = ()
) -> str | None:
    """``factcheck check -kb claims.yaml ...``: a long option typed with one dash is read as short options
    ('-k' then 'b', or '-v' with the value 'erdict' for '-verdict'), and "No such option: -k" named a letter the
    user never meant.  Say to type two dashes, when '--' and the word is an option of the command (or of any
    command, or of ``own``, the group's, before the command's name), and the error is about that word.  The long
    option meant, or None."""
    if not isinstance(error, typer.TyperException):
        return None
    commands = [*command.commands.values(), *own] if isinstance(command, TyperGroup) else [command]
    for arg in _not_option_values(commands, args):
        word = arg.split("=", 1)[0]
        if len(word) < 3 or word[0] != "-" or not word[1].isalpha():
            continue
        long = f"-{word}"
        if _is_option_of(long, commands) and _failed_on(error, word):
            if isinstance(error, _SuggestsOptions):
                error.message = f"No such option: {word}; a long option takes two dashes: {long}"
                error.possibilities = None
            else:
                error.message = f"{error.message.rstrip('.')} ({word}: a long option takes two dashes, {long})"
            return long
    return None


def _shell_quoted(text: str) -> str:
    """``text`` in double quotes, as the hints write a statement, or as ``shlex`` quotes it when the shell would
    read something in double quotes ('$', '`', '\\', '"', '!')."""
    return shlex.quote(text) if any(char in text for char in '$`\\"!') else f'"{text}"'


def _option_after_the_end_of_options(group: TyperGroup, error: typer.TyperException, args: Sequence[str]) -> None:
    """``factcheck -- --kb check``: after '--', which ends the options, '--kb' is read as the command's name,
    and the message was the option's hint with Typer's guess glued on ("... --kb . Did you mean 'check'?")."""
    if not args or not args[0].startswith("-") or args[0] == "-":
        return
    word = args[0].split("=", 1)[0]
    commands = [*group.commands.values(), group]
    if not (_is_option_of(word, commands) or (word[1:2] != "-" and _is_option_of(f"-{word}", commands))):
        # no option's spelling: a statement that starts with '-' ('factcheck -- "- US troops ..."'), whose
        # command's name was left out: dropping the '--' would make it options again
        if " " in args[0]:
            error.message = (
                f"No such command: {args[0]!r}; the command's name is missing: "
                f"factcheck check -- {_shell_quoted(args[0])}"
            )
            if isinstance(error, _SuggestsOptions):
                error.possibilities = None
        return
    typed = _command_typed(group.commands, args) or next((arg for arg in args if arg in group.commands), None)
    option = args[0] if _is_option_of(word, commands) else f"-{args[0]}"  # '-kb' is '--kb' with one dash
    error.message = (
        f"No such command: {args[0]!r} ('--' ends the options, so what follows it is read as a command's name); "
        f"drop the '--' and write the command first: factcheck {typed or 'COMMAND'} {option} ..."
    )
    if isinstance(error, _SuggestsOptions):
        error.possibilities = None


#: other tools' names of factcheck's commands ('factcheck delete ID'), said with factcheck's: Typer's guess, by
#: spelling, told 'change' "Did you mean 'scan'?", and the words were otherwise taken for a statement to check
_COMMAND_SYNONYMS = {
    "delete": "remove",
    "del": "remove",
    "rm": "remove",
    "update": "edit",
    "change": "edit",
    "modify": "edit",
    "view": "show",
    "get": "show",
    "new": "add",
    "create": "add",
}
#: other tools' names of remove, which start no statement of a word or two: told remove whatever one word follows
#: ('delete foo', 'rm foo'), where 'new york' and 'get vaccinated' are statements ('delete the troops', a sentence
#: of three words, is one too)
_NEVER_A_STATEMENT = frozenset({"delete", "del", "rm"})
#: words a new user tries from other tools that are neither a command of factcheck's nor a statement
_TOOL_WORDS = frozenset({"init", "install", "setup", "start", "run", "config", "upgrade", "uninstall", "exit"})
#: other programs typed after 'factcheck' ('factcheck pip install .'), to run on their own ('ls' is left to
#: Typer's "Did you mean 'list'?")
_OTHER_PROGRAMS = frozenset({"pip", "pip3", "git", "python", "python3", "sudo", "cd"})
#: what only a claim's id or a file's name holds ('us-troops-in-mexico-10000', 'claims.yaml'), not a word
_ID_LIKE = re.compile(r"[-.\d/]")
#: a claim's id as factcheck writes them: lower case, words joined by hyphens ('us-troops-in-mexico-10000')
_CLAIM_ID_SHAPE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
#: what a file to scan is named: an article, a web page, a transcript
_ARTICLE_ENDINGS = (".txt", ".md", ".markdown", ".html", ".htm", ".srt", ".vtt")
#: what a file of claims to import is named: ClaimReview JSON, JSON Lines, a CSV ('new claims.csv' is told import)
_IMPORT_ENDINGS = (".csv", ".json", ".jsonl", ".ndjson")


def _a_command_of_other_words(words: Sequence[str], kb: str | None = None) -> bool:
    """Whether words start with another tool's name of a command followed by an id ('delete a-1 b-2 c-3',
    'update ID verdict false') or by nothing ('delete'), checked before the words are taken for a sentence;
    'new york' and 'get vaccinated' are statements: the word after the synonym is no id.  remove's other names
    are commands whatever one word follows them ('delete foo', 'rm foo'); three words or more read as a sentence."""
    first = words[0]
    if first != first.lower() or first not in _COMMAND_SYNONYMS:
        return False
    if first in _NEVER_A_STATEMENT and not _reads_as_a_sentence(words):
        return True
    if first in _NEVER_A_STATEMENT:  # a sentence's words, unless ids ('rm 50 million was spent': ringgit)
        return _ids_typed(words[1:], kb) or _first_file_named(words[1:]) is not None
    return len(words) == 1 or (" " not in words[1].strip() and _ID_LIKE.search(words[1]) is not None)


#: English words that make the words after 'delete' a sentence ('delete the tweets about vaccines'): no claim's id
#: is one of them, where 'delete foo bar' and 'rm a b' name claims to remove
_PROSE_WORDS = frozenset(
    "the a an all any every some no his her their its our your my this that these those of about from in on to and "
    "or for with by at as is are was were be been has have had will would should can could not".split()
)


def _ids_typed(words: Sequence[str], kb: str | None = None) -> bool:
    """Whether ``words`` (two or more, after 'delete', 'del' or 'rm') name claims to remove, not the rest of a
    sentence: one word each, none a file's name; each an id (``_each_an_id``) or, where one is not, none a word of
    English prose ('foo bar', not 'the tweets about vaccines') nor a name in capitals ('Trump tweets')."""
    if len(words) < 2 or any(word != word.strip() or not word or " " in word for word in words):
        return False
    if any(_a_file_named(word) is not None for word in words):
        return False
    if _each_an_id(words, kb):
        return True
    return not any(word.lower() in _PROSE_WORDS or word != word.lower() for word in words)


def _each_an_id(words: Sequence[str], kb: str | None = None) -> bool:
    """Whether each of ``words`` is a claim's id: one of the claims file's, or holding what only an id holds ('a-1',
    'claim-2024'); remove is said for each only then ('delete vaccines cause autism' named three ids no claim has)."""
    unshaped = [word for word in words if _ID_LIKE.search(word) is None]
    if not unshaped:
        return True
    ids = _the_claims_files_ids(kb)  # read once, not once a word
    return all(word in ids for word in unshaped)


def _first_file_named(words: Sequence[str]) -> str | None:
    """The first of ``words`` that names a file (``_a_file_named``), None when none does."""
    return next((word for word in words if word == word.strip() and _a_file_named(word) is not None), None)


def _one_at_a_time(ids: Sequence[str], more: str, command: str = "remove") -> str:
    """``command`` (remove, edit, show) for each of ``ids``, which it takes one at a time: 'factcheck remove a-1,
    then factcheck remove b-2' (``more``: ' ...' for the options typed after them); past three ids, the first two
    and 'and so on'."""
    commands = [f"factcheck {command} {shlex.quote(claim_id)}{more}" for claim_id in ids]
    if len(commands) > 3:
        return f"{commands[0]}, then {commands[1]}, and so on for each id"
    return ", then ".join(commands)


def _a_claim_id(word: str, kb: str | None = None) -> bool:
    """Whether a word typed alone is a claim's id: one of the claims file's (the one commands use by default),
    or shaped as one with two hyphens or more ('us-troops-in-mexico-10000'; 'covid-19' is a statement)."""
    if not _CLAIM_ID_SHAPE.fullmatch(word):
        return False
    return word.count("-") >= 2 or word in _the_claims_files_ids(kb)


def _kb_typed(args: Sequence[str]) -> str | None:
    """The claims file given with --kb among ``args`` ('--kb x.yaml', '--kb=x.yaml'), the last one; None for none."""
    kb = None
    for arg, following in zip(args, [*args[1:], None], strict=True):
        if arg == "--kb" and following is not None:
            kb = following
        elif arg.startswith("--kb="):
            kb = arg.removeprefix("--kb=")
    return kb or None


def _the_claims_files_ids(kb: str | None = None) -> frozenset[str]:
    """The ids of the claims file ``kb`` (the one given with --kb), else of the one commands use by default; none
    when it cannot be read."""
    try:
        from ..store import default_kb_path, load_knowledge_base

        return frozenset(claim.id for claim in load_knowledge_base(kb or default_kb_path()).claims)
    except (FactcheckError, OSError, ValueError):  # an unreadable claims file leaves the word a statement
        return frozenset()


def _a_file_typed_alone(word: str, kb: str | None = None) -> str | None:
    """What to type for a file's name, path or URL, or a claim's id, typed alone without a command's name
    ('factcheck article.txt' was told to check "article.txt" as a statement); None for a word."""
    if (file := _a_file_named(word)) is not None:
        return file
    if _a_claim_id(word, kb):
        return f"to see a claim: factcheck show {shlex.quote(word)}"
    return None


def _a_file_named(word: str) -> str | None:
    """What to type for a file's name, path or URL (``_a_file_typed_alone``), None for anything else."""
    from ..article import downloaded_article_name
    from ..inputfiles import download_command, file_url_message, is_url, save_it_first

    quoted_word = shlex.quote(word)
    path = word.lower().split("?", 1)[0].rstrip("/")
    if (file_url := file_url_message(word, named=False)) is not None:
        return f"it {file_url}"  # 'validate file:///...' was told, which refuses a URL
    if is_url(word) and not path.startswith("file:") and path.split("#", 1)[0].endswith((".yaml", ".yml")):
        # a claims file's address was told to be saved as page.html and scanned as an article
        name = _saved_name(word, path.split("#", 1)[0])
        return f"factcheck never goes on the network: {save_it_first(word, name)}, then factcheck validate {name}"
    if is_url(word) and not path.startswith("file:"):
        # not page.html: a file of the user's own ('curl -o page.html' replaced it), as scan's own advice says
        name = downloaded_article_name(word)
        command = download_command(word, name)  # none for a URL curl cannot fetch (s3://): no wrong tool
        save = f"save the page first, e.g. {command}" if command is not None else "download the page first"
        return f"factcheck never goes on the network: {save}, then factcheck scan {name}"
    if an_unexpanded_home(word):
        # "factcheck '~/notes'": quoted, the shell did not make '~' the home folder, and the hint's own quotes
        # ('~/notes') would not either
        if (folder := _a_home_folder(word)) is not None:
            return folder
        command = "validate" if path.endswith((".yaml", ".yml")) else "scan"
        return (
            f"the shell leaves a quoted ~ as it is, so {quoted_word} is no file in your home folder: "
            f"write it without quotes, factcheck {command} {home_path_typed(word)}"
        )
    if path.endswith((".yaml", ".yml")):
        return f"to check a claims file: factcheck validate {quoted_word}"
    try:
        is_file = os.path.isfile(word)
    except (OSError, ValueError):
        is_file = False
    # not '1/2', a fraction, nor '~40%', a number
    a_path = re.match(r"(?:/|\.\.?[/\\]|[A-Za-z]:[/\\])", word) is not None or a_home_path(word)
    try:
        is_folder = (a_path or word.endswith("/")) and os.path.isdir(word)
    except (OSError, ValueError):
        is_folder = False
    if is_folder:
        # './desk' and '/tmp' were told 'factcheck scan ./desk', which refuses a folder
        folder = word.rstrip("/") or "/"
        return (
            f"{quoted_word} is a folder, and factcheck reads files: name one in it, as "
            f"{_in_the_folder(shlex.quote(folder), word)}"
        )
    if is_file or path.endswith(_ARTICLE_ENDINGS) or a_path:
        return f"to find the claims in a file: factcheck scan {quoted_word}"
    return None


def _a_home_folder(word: str) -> str | None:
    """What to say of a quoted '~', '~/' or '~/desk' (``a_home_path``) that is a folder unquoted, the home folder
    or one in it: "factcheck '~'" was told "write it without quotes, factcheck scan ~", which refuses a folder.
    The claims file in it is told validate; else a file in it, scan.  None for a path that is no folder."""
    home = _HOME_PATH.fullmatch(word)
    expanded = os.path.expanduser(word)
    try:
        is_folder = os.path.isdir(expanded) or (home is not None and not home["rest"])
    except (OSError, ValueError):
        return None
    if not is_folder:
        return None
    todo = _in_the_folder(home_path_typed(word.rstrip("/")) if word.rstrip("/") else "~", expanded)
    return (
        f"the shell leaves a quoted ~ as it is, so {shlex.quote(word)} is no folder here; without quotes it is a "
        f"folder, and factcheck reads files: name one in it, as {todo}"
    )


def _in_the_folder(typed: str, folder: str) -> str:
    """The command for a file in ``folder`` (``typed``: the folder as to type it, quoted for the shell, a '~' to
    expand bare): its claims file's validate, else scan of a file to name."""
    try:
        has_claims = os.path.isfile(os.path.join(folder, DEFAULT_KB_NAME))
    except (OSError, ValueError):
        has_claims = False
    separator = "" if typed.endswith("/") else "/"
    return (
        f"factcheck validate {typed}{separator}{DEFAULT_KB_NAME}"
        if has_claims
        else f"factcheck scan {typed}{separator}FILE"
    )


#: a path from a home folder as a shell expands it: '~', '~/notes', '~ana/notes' (the user's name: no space, no '%')
_HOME_PATH = re.compile(r"~(?P<user>[\w.-]*)(?:/(?P<rest>.*))?", re.S)


def a_home_path(word: str) -> bool:
    """Whether ``word`` is a path from a home folder that a shell would have expanded had it not been quoted:
    '~', '~/my notes.txt', '~ana/notes' (when there is a user ana); not '~40% of voters back the plan', a
    statement."""
    home = _HOME_PATH.fullmatch(word)
    if home is None:
        return False
    return not home["user"] or os.path.expanduser(word) != word  # '~40' names no user: a number, not a path


def an_unexpanded_home(word: str) -> bool:
    """Whether ``word`` is a path from a home folder (``a_home_path``) whose '~' the shell left as it is, where
    this folder holds no '~' (nor '~ana') to read it from: "factcheck '~'" beside a folder named '~' was told
    "'~' is no folder here", which --kb reads as any folder.  One test for every message of it."""
    return a_home_path(word) and not os.path.lexists(word.split("/", 1)[0])


def home_path_typed(word: str) -> str:
    """``word``, a path from a home folder (``a_home_path``), as to type it for the shell to expand its '~': the
    '~' (and its user's name) bare, the rest quoted ('~/a&b.txt' as ~/'a&b.txt'; '~/notes' as it is)."""
    home = _HOME_PATH.fullmatch(word)
    if home is None or not home["rest"]:
        return word  # '~', '~/', '~ana': nothing to quote
    return f"~{home['user']}/{shlex.quote(home['rest'])}"


def _a_file_given_to(meant: str, file: str, alone: str) -> str:
    """What to say of a file named after another tool's name of the command ``meant`` ('view claims.yaml',
    'delete notes.txt'), which was told 'factcheck show claims.yaml', read as a claim's id.  show's synonyms are
    told what the file typed alone is told (``alone``: validate a claims file, scan an article); edit, remove and
    add, which change a claims file, take it with --kb, and add's a file of claims to import ('new claims.csv')
    is told import.  A web address or a quoted '~' is said as --kb says it: to save the file first, to write the
    '~' without quotes ('new https://.../claims.csv' and "new '~/claims.csv'" were told to scan them)."""
    from ..inputfiles import is_url, save_it_first

    path = file.lower().split("?", 1)[0].split("#", 1)[0]
    address = is_url(file) and not path.startswith("file:")
    home = an_unexpanded_home(file)
    claims_file = path.endswith((".yaml", ".yml"))
    to_import = meant == "add" and path.endswith(_IMPORT_ENDINGS)
    if meant == "show" or ((address or home) and not (claims_file or to_import)):
        if claims_file and not (address or home):
            return f"{alone} (to see its claims: factcheck list --kb {shlex.quote(file)})"
        return alone  # an article, a quoted '~', a URL: as typed alone
    before = after = ""
    typed = shlex.quote(file)
    if address:
        typed = _saved_name(file, path)
        before = f"{save_it_first(file, typed)} (factcheck never goes on the network), then "
    elif home:
        typed = home_path_typed(file)
        after = " (the shell leaves a quoted ~ as it is: write it without quotes)"
    if meant == "add" and not claims_file:
        # 'new notes.txt' was told 'factcheck add ID', which fails: add takes no id, nor any word
        if to_import:
            to_add = f"{before}factcheck import {typed}{after}"
            return f"add takes the claim as options, not a file; to add a file's claims: {to_add}"
        return (
            "add takes the claim as options, not a file: factcheck add --claim CLAIM --verdict VERDICT "
            "(factcheck add --help lists the others)"
        )
    if not claims_file:
        return f"{meant} takes a claim's id, not a file: factcheck {meant} ID (factcheck list shows the ids)"
    what = "the claim as options" if meant == "add" else "a claim's id"
    target = "" if meant == "add" else " ID"
    return (
        f"{meant} takes {what}, not a file; a claims file goes with --kb: "
        f"{before}factcheck {meant}{target} --kb {typed}{after}"
    )


def _saved_name(url: str, path: str) -> str:
    """The name to save the file at ``url`` as (``path``: its address in lower case, without query), one that
    cannot replace the user's own file (``downloaded_name``): 'downloaded-claims.csv'."""
    from ..inputfiles import downloaded_name

    return downloaded_name(url, "claims." + path.rsplit(".", 1)[-1])


def _reads_as_a_sentence(words: Sequence[str]) -> bool:
    """Whether words given where a command's name goes read as a sentence: three words or more, a quoted
    sentence, or a capitalised one ('US troops are in Mexico', 'Inflation')."""
    return len(" ".join(words).split()) >= 3 or any(" " in word.strip() for word in words) or words[0][:1].isupper()


def _looks_like_a_statement(words: Sequence[str], kb: str | None = None) -> bool:
    """Whether the words before any option, given where a command's name goes, are a statement to check: a
    sentence, or a word or two ('inflation'); never another tool's command ('init', 'install'), nor a word
    followed by an id or a file's name ('delete us-troops-in-mexico-10000', 'open claims.yaml')."""
    if _reads_as_a_sentence(words):
        return True
    if words[0].lower() in _TOOL_WORDS or _a_command_of_other_words(words, kb):
        return False
    return len(words) == 1 or (len(words) == 2 and _ID_LIKE.search(words[1]) is None)


def _a_headline(words: Sequence[str]) -> bool:
    """'IMPORT TARIFFS DOUBLED': words in capitals, a headline's, not a command's name typed in capitals."""
    return len(words) >= 2 and all(word.isupper() or not any(ch.isalpha() for ch in word) for word in words)


#: Typer's guess at the command meant, as it adds it to Click's "No such command 'chek'."
_TYPERS_GUESS = re.compile(r"\. Did you mean (.+)\?$", re.S)


def _statement_without_a_command(group: TyperGroup, error: typer.TyperException, args: Sequence[str]) -> None:
    """``factcheck "US troops are in Mexico"``: a statement given without the command's name was "No such command
    'US troops are in Mexico'.", which did not say that the command is 'check'.  A word close to a command's name
    ('chek') keeps Typer's "Did you mean 'check'?"; a word that is an option's spelling is said elsewhere.  Only
    words that read as a statement are told to check it: another tool's command ('delete ID', 'version', 'init')
    is told factcheck's, or the commands there are; a command's name after the statement, to put it first."""
    message = getattr(error, "message", "")
    if not args or args[0].startswith("-") or not message.startswith("No such command"):
        return
    if _holds_an_unread_byte(args):  # no command to suggest: Typer's "No such command" alone
        return
    first = args[0]
    words = list(itertools.takewhile(lambda arg: not arg.startswith("-"), args))
    if first.lower() in _COMMAND_SYNONYMS:
        # 'delete --kb other.yaml a-1 b-2': the ids after the options are those typed, as with the options last
        words = _words_without_options(group.commands[_COMMAND_SYNONYMS[first.lower()]], args)
    more = " ..." if len(words) < len(args) else ""
    kb = _kb_typed(args)  # the ids of the claims file it names are the ids words may be
    said = f"No such command: {first!r}; "
    alone = _a_file_typed_alone(first, kb) if len(words) == 1 and first == first.strip() else None
    synonym = _a_command_of_other_words(words, kb) or (
        first.lower() in _COMMAND_SYNONYMS and not _looks_like_a_statement(words, kb)
    )
    # the file among several words to remove ('rm notes.txt old.txt'): not claims' ids
    several = synonym and len(words) > 2 and _COMMAND_SYNONYMS[first.lower()] == "remove"
    named = words[1] if len(words) == 2 else _first_file_named(words[1:]) if several else None
    file = _a_file_named(named) if synonym and named is not None and named == named.strip() else None
    if file is None and synonym and len(words) == 2 and _COMMAND_SYNONYMS.get(first.lower()) == "add":
        # 'new claims.csv', not there yet: told import all the same (it was told 'factcheck add claims.csv')
        file = "" if words[1].lower().endswith(_IMPORT_ENDINGS) else None
    if file is not None:
        # 'view claims.yaml' was told 'factcheck show claims.yaml', which looked for a claim of that id
        error.message = said + _a_file_given_to(_COMMAND_SYNONYMS[first.lower()], named or words[1], file)
    elif synonym:
        meant = _COMMAND_SYNONYMS[first.lower()]
        options = {opt for param in group.commands[meant].params for opt in getattr(param, "opts", ())}
        # 'update ID verdict false': an option's name typed as a word is given its dashes
        rest = _options_dashed(words[1:], options) or ("ID" if meant in ("remove", "edit", "show") else "")
        several_ids = len(words) > 2 and not any(f"--{word}" in options for word in words[1:])
        if meant == "remove" and len(words) > 2:
            # 'delete a-1 b-2' was told 'factcheck remove a-1 b-2', which takes one id ("unexpected extra argument")
            each = _one_at_a_time(words[1:], more) if _each_an_id(words[1:], kb) else None
            error.message = (
                said
                + "factcheck's command is remove, one claim at a time: "
                + (each or f"factcheck remove ID{more} (factcheck list shows the ids)")
            )
        elif meant in ("edit", "show") and several_ids and _each_an_id(words[1:], kb):
            # 'modify --add-tag x a-1 b-2' was told 'factcheck edit a-1 b-2 ...', which edit refuses, as remove does
            error.message = (
                said + f"factcheck's command is {meant}, one claim at a time: {_one_at_a_time(words[1:], more, meant)}"
            )
        else:
            error.message = (
                said + f"factcheck's command is {meant}: factcheck {meant}{' ' + rest if rest else ''}{more}"
            )
    elif first in _OTHER_PROGRAMS:
        typed = " ".join(shlex.quote(arg) for arg in args)
        error.message = said + f"run {typed} on its own, without factcheck"
    elif (guess := _TYPERS_GUESS.search(message)) is not None and first not in _NEVER_A_STATEMENT:
        # 'del the claims' is remove's other name or a statement, never 'model', Typer's guess by spelling
        # Typer's own "No such command 'chek'. Did you mean 'check'?", worded as factcheck's messages are
        error.message = said + f"did you mean {guess.group(1)}?"
    elif alone is not None:
        error.message = said + alone
    elif first.lower() in group.commands and not _a_headline(words):  # 'CHECK', which Typer's guess missed
        error.message = said + f"commands are lower case: factcheck {first.lower()} ..."
    elif first.lower().strip("-/") in ("help", "?", "h"):  # 'factcheck help', as git and pip take it
        error.message = said + "for help: factcheck --help (or factcheck COMMAND --help)"
    elif first.lower() == "version":
        error.message = said + "factcheck's version: factcheck --version"
    elif len(words) > 1 and words[-1] == "check" and _looks_like_a_statement(words[:-1], kb):
        # 'factcheck "US troops are in Mexico" check' was told to check "US troops are in Mexico check"
        statement = _shell_quoted(" ".join(" ".join(words[:-1]).split()))
        error.message = said + f"the command's name goes first: factcheck check {statement}{more}"
    elif _looks_like_a_statement(words, kb):
        statement = _shell_quoted(" ".join(" ".join(words).split()))  # a line break made the hint three lines
        error.message = (
            said + f"to check a statement, write the command check before it: factcheck check {statement}{more}"
        )
    else:
        error.message = said + f"the commands are {', '.join(group.commands)} (factcheck --help)"
    if isinstance(error, _SuggestsOptions):
        error.possibilities = None


#: Click's usage error, which Typer vendors under a private module: BadParameter's base
_UsageError = typer.BadParameter.__bases__[0]


def _refuse_a_long_option_read_as_a_value(name: str | None, command: Any, args: Sequence[str], ctx: Any) -> None:
    """``factcheck export -out=x.json``: '-out=x.json' is '-o' with the value 'ut=x.json', and the export was
    written to a file named 'ut=x.json', unsaid.  A one-dash word whose first letter is a short option that takes
    a value is refused, with the hint to type two dashes, when it spells a long option of the command ('-out',
    '-out=...') or holds '=' ('-output=x.json' wrote 'utput=x.json', '-o=x.json' a file '=x.json'): nobody means
    the value that is the rest of the option's name, nor one that starts with '='."""
    for arg in _not_option_values([command], args):
        word = arg.split("=", 1)[0]
        if len(word) < 2 or word[0] != "-" or not word[1].isalpha():
            continue
        if name == "check" and any(char.isspace() for char in arg):
            # 'check "-n=3 is a flag"': words with a space are a statement, not an option to tell how to type
            raise _UsageError(
                f"{arg!r} is read as options, as is any statement that starts with '-': put -- before it, "
                f"factcheck check -- {_shell_quoted(' '.join(arg.split()))}",
                ctx=command.context_class(command, info_name=name, parent=ctx),
            )
        if _is_option_of(word, [command]) and "=" not in arg:
            continue
        long, short = f"-{word}", word[:2]
        param = next((param for param in command.params if short in getattr(param, "opts", ())), None)
        if param is None or not _takes_a_value(short, command):
            continue
        if _is_option_of(long, [command]) and len(word) > 2:
            # the hint to type two dashes is added as to any error of the command's ('-verdict false')
            message = f"{arg} is {short} with the value {arg[2:]!r}"
        elif "=" in arg:
            value = arg.split("=", 1)[1]
            meant = _long_name(param) or short
            message = (
                f"{arg} is {short} with the value {arg[2:]!r}: write {meant}={shlex.quote(value) if value else 'VALUE'}"
                f" (two dashes) or {short} {shlex.quote(value) if value else 'VALUE'}"
            )
        else:
            continue
        raise typer.BadParameter(message, ctx=command.context_class(command, info_name=name, parent=ctx), param=param)


#: pydantic's wording of a value Typer could not convert, as a new user reads it: "Input should be a valid
#: integer, unable to parse string as an integer" said neither what was typed nor what to type
_NOT_A_WHOLE_NUMBER = re.compile(r"Input should be a valid integer\b[^:]*")
_NOT_A_NUMBER = re.compile(r"Input should be a valid number\b[^:]*")
_BOUND = re.compile(r"Input should be (greater|less) than or equal to ([^\s:]+)")


def _long_name(param: Any) -> str | None:
    """The name a message gives an option: its long one ('--top', not "'--top' / '-n'"); None for an argument."""
    opts: list[str] = [opt for opt in getattr(param, "opts", ()) if opt.startswith("-")]
    if not opts:
        return None
    return next((opt for opt in opts if opt.startswith("--")), opts[0])


def _typed_value(param: Any, args: Sequence[str]) -> str | None:
    """The value typed for ``param`` in ``args`` ('--top abc', '--top=abc', '-n abc'), the last one; None if none."""
    opts = getattr(param, "opts", ())
    value: str | None = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg in opts and index + 1 < len(args):
            value = args[index + 1]
        elif "=" in arg and arg.split("=", 1)[0] in opts:
            value = arg.split("=", 1)[1]
        elif not arg.startswith("--") and arg[:2] in opts and len(arg) > 2:
            value = arg[2:]  # '-nabc', a short option and its value in one word
    return value


def _not_a_number(value: str | None) -> bool:
    """Whether ``value`` is read as the float NaN ('nan', 'NaN'), which is neither too small nor too large."""
    try:
        return value is not None and math.isnan(float(value))
    except ValueError:
        return False


def _plain_value_error(error: typer.TyperException, args: Sequence[str]) -> None:
    """A value refused in pydantic's words ('check --top abc'): what was typed, what is wanted, an example."""
    param = getattr(error, "param", None)
    message = getattr(error, "message", "")
    name = _long_name(param)
    if name is None or not isinstance(message, str):
        return
    value = _typed_value(param, args)
    typed = f"{value!r} is" if value is not None else "it is"
    # what follows the words matched is a hint of factcheck's, kept ('a score is a number from 0 to 1 ...')
    if (wrong := _NOT_A_WHOLE_NUMBER.match(message)) is not None:
        error.message = f"{typed} not a whole number{message[wrong.end() :] or f' (e.g. {name} 5)'}"
    elif (wrong := _NOT_A_NUMBER.match(message)) is not None:
        error.message = f"{typed} not a number{message[wrong.end() :] or f' (e.g. {name} 0.5)'}"
    elif (bound := _BOUND.match(message)) is not None and _not_a_number(value):
        # 'nan' is a float no bound holds: it was "too large (at most 1)"
        error.message = f"{typed} not a number{message[bound.end() :]}"
    elif bound is not None:
        side, limit = bound.groups()
        rest = message[bound.end() :]  # the score's hint ('a score is a number from 0 to 1')
        size = f"too small (at least {limit})" if side == "greater" else f"too large (at most {limit})"
        error.message = f"{typed} {size}{rest}"


def _from_environment(ctx: Any, param: Any) -> bool:
    """Whether ``param``'s value was read from its environment variable, not typed on the command line."""
    source = ctx.get_parameter_source(getattr(param, "name", None) or "")
    return getattr(source, "name", None) == "ENVIRONMENT"


def _exit_with_a_short_usage_error(error: typer.TyperException) -> typer.Exit | None:
    """Click printed a usage error in four lines: the command's usage, "Try 'factcheck check -h' for help.", a
    blank line and "Error: ...".  Now two, as argparse (httpie's) prints one: the usage with where to read more,
    then the error, as every other factcheck error ('factcheck: error: ...'), where the eye lands by the prompt.
    An option is named by its long name ("'--top'", not "'--top' / '-n'").  The exit to raise in place of
    ``error``; None for the help that 'factcheck' alone prints (Click's NoArgsIsHelpError), and for no usage
    error."""
    ctx = getattr(error, "ctx", None)
    format_message = getattr(error, "format_message", None)
    if type(error).__name__ == "NoArgsIsHelpError" or format_message is None:
        return None
    param = getattr(error, "param", None)
    name = _long_name(param)
    if param is not None and name is not None and getattr(error, "param_hint", None) is None:
        # Click's BadParameter: "'--top' / '-n'" as "'--top'", and the env var named only when the bad value came
        # from it: Click named it whatever the source, "'--matcher' (env var: 'FACTCHECK_MATCHER')" for a
        # `--matcher foo` typed, sending the user to look for a variable that was not set
        hint = f"'{name}'"
        envvar = getattr(param, "envvar", None)
        if ctx is not None and isinstance(envvar, str) and _from_environment(ctx, param):
            hint += f" (from the environment variable {envvar})"
        error.param_hint = hint  # type: ignore[attr-defined]
    console = error_console()
    if ctx is not None:
        usage = " ".join(ctx.get_usage().split())
        console.print(sanitize(f"{usage}  (more: {ctx.command_path} --help)"), soft_wrap=True)
    console.print(sanitize(f"factcheck: error: {format_message()}"), soft_wrap=True)
    return typer.Exit(getattr(error, "exit_code", ExitCode.ERROR))


class FactcheckGroup(TyperGroup):
    """Turns expected failures into one clear message and an exit code, never a traceback."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        typed = list(args)
        try:
            return super().parse_args(ctx, args)
        except typer.TyperException as error:
            long = _one_dash_for_two(error, typed, self, own=[self])
            if long is None:
                _option_before_the_command(self, error, typed)
            elif not _is_option_of(long, [self]):  # '-version' is factcheck's own: it goes here
                where = _command_typed(self.commands, typed) or "COMMAND"
                error.message += f", after the command's name: factcheck {where} {long} ..."
            raise

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        # parse_args's errors are said here, not in parse_args, which resolve_command calls too (for a command's
        # name that starts with '-'), where Click catches its error
        try:
            return super().make_context(info_name, args, parent, **extra)
        except typer.TyperException as error:
            short = _exit_with_a_short_usage_error(error)
            if short is None:
                raise
            raise short from None

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        typed = list(args)
        try:
            cmd_name, cmd, rest = super().resolve_command(ctx, args)
        except typer.TyperException as error:
            # an option's spelling where the command's name goes is reached only after '--': an option before
            # the command's name fails in parse_args
            _option_after_the_end_of_options(self, error, typed)
            _statement_without_a_command(self, error, typed)
            raise
        else:
            if cmd is not None and not ctx.resilient_parsing:  # not while completing a command line
                _refuse_a_long_option_read_as_a_value(cmd_name, cmd, rest, ctx)
            return cmd_name, cmd, rest

    def invoke(self, ctx: Any) -> Any:  # ctx: the Click context Typer passes in
        note_saved(None)  # nothing written yet (a test runner invokes the app many times in one process)
        typed = [*getattr(ctx, "_protected_args", ()), *ctx.args]
        _typed_args[:] = typed
        try:
            return super().invoke(ctx)
        except typer.TyperException as error:
            sub = self.commands.get(typed[0]) if typed else None
            if sub is not None:
                _one_dash_for_two(error, typed[1:], sub)
            _say_what_instead(error)
            _quote_the_statement(error)
            _dash_before_the_statement(error)
            _score_as_a_fraction(error)
            _option_for_a_word(error)
            _remove_one_at_a_time(error, typed[1:])
            if sub is not None:
                _edit_options_typed_as_words(error, typed[1:], sub)
            _plain_value_error(error, typed[1:])
            short = _exit_with_a_short_usage_error(error)
            if short is None:
                raise
            raise short from None
        except FactcheckError as error:
            report_error(error)
            raise typer.Exit(ExitCode.ERROR) from None
        except BrokenPipeError:
            # The reader went away (``factcheck list | head``): stop quietly, like other tools.
            # Python would complain again when flushing stdout at exit; point it at devnull.
            _silence_stdout()
            raise typer.Exit(ExitCode.OK) from None
        except OSError as error:
            if error.errno not in OUTPUT_ERRNOS:
                raise
            raise _output_failed(error) from None
        except KeyboardInterrupt:
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except typer.Abort as abort:
            # Click ends a question (add's prompts, remove's confirmation) answered with Ctrl-C or
            # Ctrl-D in Abort: "Aborted!" and exit 1, which the exit codes keep for "no match".
            if isinstance(abort.__context__, KeyboardInterrupt):
                raise typer.Exit(ExitCode.INTERRUPTED) from None
            error_console().print(
                "\nfactcheck: error: the input ended before the question was answered; nothing written"
            )
            raise typer.Exit(ExitCode.ERROR) from None


app = typer.Typer(
    name="factcheck",
    cls=FactcheckGroup,
    help=(
        "Check statements against a knowledge base of claims already fact-checked, "
        "and keep that knowledge base (a claims.yaml file) in good shape."
    ),
    epilog=(
        "Exit codes: 0 ok; 1 no match, nothing listed or exported, problems found, an unmapped rating, or no "
        "semantic extra; 2 bad usage, unusable input (or none: a question left unanswered), a failed edit, "
        "or output that cannot be written (the claims "
        "file is left unchanged unless the message says the change was saved); 130 interrupted (Ctrl-C)."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Options of factcheck itself (the help text and the exit codes are the app's ``help`` and ``epilog``)."""


def _never_fail_on_output() -> None:
    """Let standard output and error write any text: what their encoding cannot carry (a file name
    with bytes that are not UTF-8, or any non-ASCII on an ASCII terminal) is written as a
    backslash escape instead of ending the command with a UnicodeEncodeError.  Under the C or POSIX
    locale (``LC_ALL=C`` with ``PYTHONUTF8=0``) Python opens standard output ASCII with
    ``surrogateescape``, which fails as ``strict`` does on any other non-ASCII character: "·" in
    every match of ``check`` ended in a traceback.  There a file name's bytes, which Python read
    as surrogates, are still written back as they were (``_SURROGATES_ELSE_ESCAPES``)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")
        elif isinstance(stream, io.TextIOWrapper) and stream.errors == "surrogateescape":
            stream.reconfigure(errors=_SURROGATES_ELSE_ESCAPES)


#: the error handler of a stream Python opened with ``surrogateescape`` (the C locale's standard output):
#: "caf\udcc3\udca9.yaml", a file name of UTF-8 bytes, was written so under plain ``backslashreplace``,
#: where ``surrogateescape`` writes back "café.yaml"'s own bytes
_SURROGATES_ELSE_ESCAPES = "factcheck.surrogateescape-else-backslashreplace"


def _surrogates_else_escapes(error: UnicodeError) -> tuple[str | bytes, int]:
    """The byte a surrogate U+DC80-U+DCFF stands for (``surrogateescape``), a backslash escape for any other
    character the encoding cannot write (``backslashreplace``); one character at a time."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    char = error.object[error.start]
    if 0xDC80 <= ord(char) <= 0xDCFF:
        return bytes([ord(char) - 0xDC00]), error.start + 1
    shown, _ = codecs.backslashreplace_errors(
        UnicodeEncodeError(error.encoding, error.object, error.start, error.start + 1, error.reason)
    )
    return shown, error.start + 1


codecs.register_error(_SURROGATES_ELSE_ESCAPES, _surrogates_else_escapes)


def _replace_closed_standard_streams() -> None:
    """Give a standard stream the shell closed (``>&-``, ``<&-``, ``2>&-``) the null device.

    Python starts with ``sys.stdout`` (``stdin``, ``stderr``) set to None then, and every command
    would end in a traceback at its first output.  Like ``print()`` and Click with no stdout,
    output then goes nowhere and input is empty; the exit code still says what happened.  The
    null device takes the closed descriptor itself, so no file factcheck opens later (a lock, a
    temporary file) can become "standard output".
    """
    for name, flags, mode in (("stdin", os.O_RDONLY, "r"), ("stdout", os.O_WRONLY, "w"), ("stderr", os.O_WRONLY, "w")):
        if getattr(sys, name) is None:
            descriptor = os.open(os.devnull, flags)  # the lowest free descriptor, so the closed one
            stream = open(descriptor, mode, encoding="utf-8", errors="backslashreplace")  # noqa: SIM115 - kept open
            setattr(sys, name, stream)


def _flush_standard_output() -> None:
    """Write out what standard output still holds: here, not at exit, so that a full disk is
    reported like any other error.  A reader that went away only ends the writing: Ctrl-C reaches a
    whole pipeline (``factcheck check - < posts | jq ...``), and when it came between an answer's
    write and its flush, the flush here met jq gone and ended in a BrokenPipeError traceback, exit
    120, instead of exit 130.  The command's own exit code stands."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()


def main() -> None:
    """Entry point of the ``factcheck`` command and ``python -m factcheck``."""
    _replace_closed_standard_streams()
    _never_fail_on_output()
    try:
        try:
            app(prog_name="factcheck")
        finally:
            _flush_standard_output()
    except KeyboardInterrupt:  # pragma: no cover - outside any command (e.g. during import)
        sys.exit(ExitCode.INTERRUPTED)
    except OSError as error:  # --help, or the last flush, on a full disk
        if error.errno not in OUTPUT_ERRNOS:
            raise
        sys.exit(_output_failed(error).exit_code)
