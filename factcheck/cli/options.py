"""Options shared by several commands, so each is spelled and documented once."""

from __future__ import annotations

import contextlib
import datetime
import os
import shlex
import sys
from collections.abc import Callable
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, TypeVar

import typer
from typer.core import TyperCommand, TyperOption

from ..choices import LIST_SEPARATOR, Meaning, named_choice, not_one_of, publishers_rating
from ..errors import (
    Advice,
    FactcheckError,
    InputError,
    KnowledgeBaseError,
    Location,
    Problem,
    quoted,
    quoted_name,
    shown_name,
    typed_name,
)
from ..filters import ClaimFilter, split_tags, unknown_tags, wanted_tags
from ..inputfiles import (
    RICH_TEXT_KB_NAME,
    STDIN_NAME,
    UNEXPANDED_HOME,
    file_url_message,
    icloud_placeholder,
    is_url,
    no_such_file,
    no_such_file_advice,
    not_downloaded,
    read_stdin,
    rich_text_advice,
    url_kind,
)
from ..model import (
    NOT_A_DATE,
    Claim,
    KnowledgeBase,
    Verdict,
    as_choice,
    date_before_time,
    is_valid_date,
    not_a_date,
)
from ..store import (
    DEFAULT_KB_NAME,
    KB_ENV_VAR,
    bundled_kb_path,
    check_readable,
    default_kb_path,
    editable_kb_path,
    kb_address_message,
    load_knowledge_base,
    looks_like_claims_file,
    parse_knowledge_base,
    refuse_the_packaged_kb,
    user_kb_path,
)
from ..validation import LONE_SURROGATE
from ..yamltree import MAX_FILE_BYTES
from .app import an_unexpanded_home
from .output import error_console, sanitize

if TYPE_CHECKING:
    from ..editing import EditResult

E = TypeVar("E", bound=Enum)
_T = TypeVar("_T")


def one_of(kind: type[E], meaning: Meaning | None = None, repeatable: str | None = None) -> Callable[[str], E]:
    """The parser of an option whose value is one of an Enum's: a bad value is a usage error that
    lists them, worded as the other options' errors ("'x' is not one of 'a', 'b'."; Typer's own
    check of an Enum option would prefix it with Pydantic's "Value error, "), and names the choice
    it most likely means ("'flase' ...; did you mean 'false'?"): ``not_one_of``, as the library words a
    value none of its arguments' choices (``export_text(kb, "jsn")``).  A value is read
    in any case, with a space or "_" for a "-": "False", "Mostly True" (as ``export`` writes the verdicts
    and a spreadsheet holds them) were refused.  ``repeatable``: the option's name, when it may be given
    more than once: a list of values in one ("true,false") is told so."""

    def parse(value: str) -> E:
        # a byte the locale could not read is said as typed, not as Python's '\udcff' (``undecoded_byte``)
        undecoded = undecoded_byte(value, "the value") if isinstance(value, str) else None
        if undecoded is not None:
            raise typer.BadParameter(str(undecoded))
        member = named_choice(kind, value)  # a member (an option's default) is returned as is
        if member is not None:
            return member
        otherwise = "."
        if repeatable is not None and LIST_SEPARATOR.search(value):
            otherwise = f"; {repeatable} takes one value and may be repeated: {_repeated(repeatable, value, kind)}."
        raise typer.BadParameter(not_one_of(value, kind, meaning, otherwise))

    return parse


def json_or_format(json_output: bool, chosen: E | None, json: E, default: E) -> E:
    """The report format of a command that has both --json and --format (scan, validate): --json is
    ``--format json``, and with any other format a usage error that names it; else ``chosen``, or ``default``
    when none is given."""
    if json_output and chosen not in (None, json):
        raise typer.BadParameter(f"--json and --format {chosen.value} cannot be used together", param_hint="--json")
    return json if json_output else (chosen or default)


def _repeated(option: str, value: str, kind: type[Enum]) -> str:
    """How to give the values listed in ``value`` to a repeatable ``option``: "--verdict true --verdict
    false" where each is a choice, else the form of it ("--verdict A --verdict B")."""
    parts = [as_choice(part) for part in LIST_SEPARATOR.split(value)]
    known = {str(member.value).casefold() for member in kind}
    if len(parts) < 2 or not all(part in known for part in parts):
        parts = ["A", "B"]
    return " ".join(f"{option} {part}" for part in parts)


class FactcheckCommand(TyperCommand):
    """A command whose help speaks the notation of Click and most command lines: an argument is its name
    (``show [OPTIONS] ID``, ``scan [OPTIONS] [FILE]...``; under Arguments ``ID``, ``FILE...``), a choice of
    values ``[text|markdown|json]``.  Typer 0.29 prints a required argument in braces (``{ID}``), puts the
    Python type after each argument (``PATH <list[str]>``) and a choice in angle brackets: notation no reader
    of a command line knows.  What the command accepts is unchanged: only its help is written."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:  # ctx: Typer's vendored Click context
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = _argument_name(param)
                pieces.append(f"{name}..." if param.nargs != 1 else name)
            else:
                pieces.extend(param.get_usage_pieces(ctx))
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            name, help = record
            if param.param_type_name == "argument":
                name = param.metavar or param.name.upper()
                arguments.append((f"{name}..." if param.nargs != 1 else name, help))
            else:
                if isinstance(param, TyperOption) and param.metavar is None and not (param.is_flag or param.count):
                    shown = param.display_type(ctx)
                    name = name.replace(f" {shown}", f" {_value_name(shown)}")
                options.append((name, help))
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


def _argument_name(param: Any) -> str:
    """An argument as the usage line shows it: ``ID`` when required, ``[STATEMENT]`` when not."""
    name = param.metavar or param.name.upper()
    return name if param.required else f"[{name}]"


#: the value of an option without a metavar, by Typer's name of its type, as Click names it
_TYPE_NAMES = {"str": "TEXT", "int": "INTEGER", "float": "FLOAT", "Path": "PATH", "bool": "BOOLEAN"}


def _value_name(shown: str) -> str:
    """The value an option takes, for Typer's ``<text|json>`` (a choice), ``<list[true|false]>`` (a choice, repeatable)
    or ``<int>``: ``[text|json]``, ``[true|false]``, ``INTEGER``."""
    label = shown[1:-1] if shown.startswith("<") and shown.endswith(">") else shown
    if label.startswith("list[") and label.endswith("]"):  # a repeatable option: each time, one value
        label = label[len("list[") : -1]
    if "|" in label:
        return f"[{label}]"
    return _TYPE_NAMES.get(label, label.upper())


class OneValueEach(FactcheckCommand):
    """A command whose options that take one value refuse to be given it twice: Click keeps the last
    ('edit ID --verdict false --verdict true' wrote true, unsaid), and which one was meant is a guess.
    Options meant to repeat (``--tag``, taken as a list) and flags (``--dry-run``) are not counted."""

    #: the list options the command itself takes once, with a message of its own (``edit --source 1 --source-title
    #: A --source 2 --source-title B``): given twice, theirs is the message, which says how to do what was meant
    ONE_OF_A_LIST = frozenset({"--source", "--source-url", "--add-source"})

    def make_parser(self, ctx: Any) -> Any:  # Typer vendors its Click, whose Context and parser are no public types
        parser = super().make_parser(ctx)
        parse = parser.parse_args

        def parse_once(args: list[str]) -> Any:
            opts, rest, order = parse(args=args)
            # shell completion reads half-typed lines, and --help (eager) shows the help whatever else is given
            if not ctx.resilient_parsing and not any(getattr(param, "is_eager", False) for param in order):
                _refuse_repeated(order, self.ONE_OF_A_LIST)
            return opts, rest, order

        parser.parse_args = parse_once  # type: ignore[method-assign]  # the parser is built here, for this one parse
        return parser


def _refuse_repeated(order: list[Any], left_to_the_command: frozenset[str]) -> None:
    """An ``InputError`` for the first option in ``order`` (the parameters as the command line gave them,
    once per time given) that takes one value and was given more than once; none when an option of
    ``left_to_the_command`` was (the command refuses it in its own words)."""
    counts: dict[str, int] = {}
    for param in order:
        if getattr(param, "param_type_name", None) == "option" and not (param.is_flag or param.count):
            counts[param.opts[0]] = counts.get(param.opts[0], 0) + 1
    if any(counts.get(flag, 0) > 1 for flag in left_to_the_command):
        return
    lists = {param.opts[0] for param in order if getattr(param, "multiple", False)}
    for flag, count in counts.items():
        if count > 1 and flag not in lists:
            raise InputError(f"{flag} given {count} times: it takes one value (give it once)")


def file_path(value: str | Path, *, in_a_folder: tuple[str, ...] = (), to_read: bool = False) -> Path:
    """The parser of an option naming a file: a path that is no folder.  Click's own check
    (``dir_okay=False``) read an empty path as the current folder: "file '' is a directory".
    ``in_a_folder``: the file's usual names, the first the folder named holds said with the folder;
    ``to_read``: a claims file, whose '~' the shell left may be said with the file meant
    (``refuse_an_unexpanded_home``)."""
    if isinstance(value, Path):
        return value  # a default
    if not value:
        raise typer.BadParameter("the path is empty.")
    if is_url(value):
        raise typer.BadParameter(web_address_message(value))
    refuse_an_unexpanded_home(value, to_read=to_read)
    if (folder := a_folder_named(value, in_a_folder=in_a_folder)) is not None:
        raise typer.BadParameter(f"{quoted_name(value)} {folder}.")
    if value != "-" and is_stdin(Path(value)):
        # './-' names the file '-' (the Unix way to), where '-' alone is standard input; Path('./-') is
        # Path('-'), which read standard input
        try:
            return Path(value).absolute()
        except OSError:  # this folder was deleted under the shell: no file is in it
            raise typer.BadParameter(
                f"{quoted_name(value)}: this folder was deleted or moved, so no file is in it."
            ) from None
    return Path(value)


def a_folder_named(value: str, *, in_a_folder: tuple[str, ...] = ()) -> str | None:
    """What to say of ``value`` when it names a folder, not a file, without the name ("is a folder, not a file;
    name the file in it: ..."), for a message that names it before (``file_path``) or as its place (validate's
    'FILE: error: ...'); None for a name that may be a file's."""
    try:
        is_folder = Path(value).is_dir()
    except OSError:  # a name too long, say: the command that opens it says so
        is_folder = False
    if not (is_folder or value.endswith("/")):
        return None
    hint = _file_in_folder_hint(value, in_a_folder)
    if value.endswith("/"):  # Path() drops the slash: "out/" would be written as a file named "out"
        return f"names a folder (it ends with '/'), not a file{hint}"
    return f"is a folder, not a file{hint}"


def _file_in_folder_hint(folder: str, names: tuple[str, ...]) -> str:
    """'; name the file in it: ...' with the first of ``names`` that is a file in ``folder``; '' when none is, or
    when that cannot be told (a folder that cannot be searched): asked in the same ``try`` as whether it is a
    folder, a PermissionError here let a folder through as no folder."""
    for name in names:
        inside = os.path.join(folder, name)
        try:
            is_file = Path(inside).is_file()
        except OSError:
            return ""
        if is_file:
            return f"; name the file in it: {quoted_name(inside)}"
    return ""


def web_address_message(value: str) -> str:
    """What to say of a web address given for a file to write (``export -o``): a file:// URL's path to give in
    its place; for another, that it is none on this computer (a claims file's is ``kb_address_message``)."""
    if (file_url := file_url_message(value)) is not None:
        return file_url
    kind = url_kind(value)
    return f"{value!r} is {kind}, not a file on this computer"


def kb_file_path(value: str | Path) -> Path:
    """The parser of a claims file named (``--kb``, validate's paths): ``file_path``, a folder holding a
    claims.yaml said with it ('--kb .', '--kb ~/fact-desk/', as a class named the folder they had made), or,
    without one, the claims file saved under another name (``_LOOKALIKE_KB_NAMES``: claims.yaml.txt, claims.yml),
    which was left unsaid."""
    if isinstance(value, str) and is_url(value):
        raise typer.BadParameter(kb_address_message(value))
    return file_path(value, in_a_folder=KB_FILE_NAMES, to_read=True)


def refuse_an_unexpanded_home(value: str, *, to_read: bool = True) -> None:
    """Refuse a claims file named from a home folder whose '~' the shell left as it is (quoted, or after
    '--kb='), where this folder holds no '~': every command's --kb, and validate's files, say so in one
    wording, before any work.  It was said by the reading commands alone, when the file was there in the home
    folder; 'add --kb=~/claims.yaml' and 'import' were told "~: no such folder; nothing written" and 'check
    --kb=~/new.yaml' "no such file", with no word of the '~'.  The error is the library's
    (``no_such_file_advice``), and the command line words its ``UNEXPANDED_HOME`` (app's ``_wording``).
    Not ``to_read`` (a file to write, any file option: ``file_path``): never "no such file; did you mean"
    ('export --out=~/claims.csv' was told "~: no such folder; nothing written")."""
    if not an_unexpanded_home(value):
        return  # no home's path, or one from a folder named '~' here, which is read as any folder is
    name = str(Path(value))  # as every message names the file: '~//claims.yaml' is '~/claims.yaml'
    advice = no_such_file_advice(name) if to_read else None
    if (
        advice is None or UNEXPANDED_HOME not in advice.fields
    ):  # the file is not in the home folder either (add makes it there)
        advice = Advice(
            "the ~ names your home folder only where the shell expands it ({" + UNEXPANDED_HOME + "})",
            {"name": name, UNEXPANDED_HOME: "expand its '~' first: os.path.expanduser(path)"},
        )
    raise KnowledgeBaseError([Problem.advising(Location(name), advice)])


KbOption = Annotated[
    Optional[Path],
    typer.Option(
        "--kb",
        parser=kb_file_path,
        help="Claims file to use, or - to read it from standard input. Default: ./claims.yaml if present, "
        "else $FACTCHECK_KB, else the bundled starter knowledge base.",
        show_default=False,
        metavar="FILE",
    ),
]

#: the verdicts, as a --verdict option's help lists them: its value is shown as VERDICT, as the seven choices in
#: brackets made a line of 82 columns ('-v, --verdict [true|...|unsupported]') and pushed every help text right
VERDICT_NAMES = ", ".join(verdict.value for verdict in list(Verdict)[:-1]) + f" or {list(Verdict)[-1].value}"

VerdictFilterOption = Annotated[
    Optional[list[Verdict]],
    typer.Option(
        "--verdict",
        "-v",
        parser=one_of(Verdict, publishers_rating, repeatable="--verdict"),
        help=f"Only claims with this verdict (repeatable): {VERDICT_NAMES}.",
        show_default=False,
        metavar="VERDICT",
    ),
]


def complete_tag(ctx: typer.Context, incomplete: str) -> list[str]:
    """Shell completion of --tag: the tags of the claims file in use."""
    return sorted({tag for claim in _claims_for_completion(ctx) for tag in claim.tags if tag.startswith(incomplete)})


def _tag_filter_option(values: Optional[list[str]]) -> Optional[list[str]]:
    """The tags of list's and export's --tag; a value with none ("", ",", a script's unset "$TAG") is a usage
    error: it selected no claim and warned "no claim ... has the tag ''", exit 1, as if the file had none.  So is
    an empty tag among others ("a,,b", "a,", ",b": "$A,$B" with one unset), which was dropped unsaid: the claims
    of the tag meant were left out of the list as if there were none."""
    readable_text(values, "--tag")
    for value in values or ():
        tags = split_tags([value])
        if not tags:
            raise typer.BadParameter(f"{quoted(value)} names no tag: give one, as in --tag health")
        if len(tags) < len(value.split(",")):
            raise typer.BadParameter(
                f"{quoted(value)} holds an empty tag (two commas in a row, or one at an end): "
                f"give each tag, as in --tag {','.join(tags)}"
            )
    return values


TagFilterOption = Annotated[
    Optional[list[str]],
    typer.Option(
        "--tag",
        "-t",
        help="Only claims with this tag, in any case, with or without accents (repeatable, or comma-separated: "
        "any of them); a tag no claim has is named on standard error.",
        callback=_tag_filter_option,
        show_default=False,
        metavar="TAG",
        autocompletion=complete_tag,
    ),
]


def text_option(flag: str, help: str, metavar: str) -> Any:
    """An option given as text (or, annotated with a list, repeatable), with no default shown; ``metavar``
    names the value in the help (``--claimant NAME``), as every option's does, not its type (``TEXT``).
    A value holding a byte the locale could not read is refused at the option (``readable_text``)."""
    return typer.Option(flag, help=help, show_default=False, metavar=metavar, callback=readable_option)


def readable_text(value: _T, flag: str) -> _T:
    """``value`` (a text option's: one text, a list, or None), refused when it holds a byte the locale could not
    read (``undecoded_byte``): 'add --id $'caf\xe9'' was "claim 'caf\udce9' is not valid", 'list --tag' "no claim
    has the tag 'caf\udce9'": Python's name for the byte, not what was typed."""
    for text in value if isinstance(value, list) else (value,):
        undecoded = undecoded_byte(text, flag) if isinstance(text, str) else None
        if undecoded is not None:
            raise undecoded
    return value


def readable_option(value: Any, param: typer.CallbackParam) -> Any:
    """``text_option``'s check of its value (``readable_text``), named by the option's flag; the callback of any
    option taking text that ``text_option`` does not build (``validate --stdin-name``)."""
    return readable_text(value, param.opts[0] if param.opts else "the value")


def date_text_option(flag: str, help: str) -> Any:
    """A date a claim or source is given (``--checked``, ``--source-date``): refused at the option,
    named by its flag, when it is no date; empty is allowed (``edit`` clears the field with it)."""

    def check(value: Optional[str]) -> Optional[str]:
        if value is not None and value.strip() and not is_valid_date(value.strip()):
            raise _not_a_date(value)
        return value

    return typer.Option(flag, help=help, show_default=False, metavar="DATE", callback=check)


def _date_option(value: Optional[str]) -> Optional[str]:
    """A --since or --until date; the spaces around it (a pasted " 2024") are no part of it, as for --checked."""
    if value is None:
        return None
    if not is_valid_date(value.strip()):
        raise _not_a_date(value)
    return value.strip()


def _not_a_date(value: str) -> typer.BadParameter:
    """A date option's refusal, with its fix: a date with a time of day ("2024-05-01T00:00:00Z", as a script
    writes a timestamp) was called "not a real date"; it is one, and the day is what the options take."""
    day = date_before_time(value)
    if day is not None:
        return typer.BadParameter(f'{quoted(value)} is a date with a time; give the date alone: "{day}"')
    offset = _RELATIVE_DAYS.get(value.strip().lower())
    if offset is not None:
        # as git's --since reads it; said with the day it is today, not taken: a claims file keeps the day
        # itself, and --since yesterday in a script run after midnight would be another day
        meant = (datetime.date.today() + datetime.timedelta(days=offset)).isoformat()
        return typer.BadParameter(f'{quoted(value)} {NOT_A_DATE}; write the day itself: "{meant}"')
    return typer.BadParameter(f"{quoted(value)} {not_a_date(value)}")


#: the days said by their name relative to today, and how many days from today each is
_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}


UnsupportedFilterOption = Annotated[
    bool,
    typer.Option(
        "--unsupported",
        help="Only claims with verdict 'unsupported' or without evidence: no source, or only where the "
        "claim appeared (sources noted 'where the claim (first) appeared').",
    ),
]
SinceOption = Annotated[
    Optional[str],
    typer.Option(
        "--since",
        callback=_date_option,
        help="Only claims checked on or after this date (YYYY-MM-DD, YYYY-MM or YYYY). A claim's "
        "date checked given as YYYY or YYYY-MM covers that whole period; claims without one are left "
        "out (counted on standard error).",
        show_default=False,
        metavar="DATE",
    ),
]
UntilOption = Annotated[
    Optional[str],
    typer.Option(
        "--until",
        callback=_date_option,
        help="Only claims checked on or before this date (YYYY-MM-DD, YYYY-MM or YYYY); see --since.",
        show_default=False,
        metavar="DATE",
    ),
]


def claim_filter(
    *,
    unsupported: bool = False,
    verdicts: list[Verdict] | None = None,
    tags: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> ClaimFilter:
    """The filter of list's and export's options; a --since after --until is a usage error."""
    try:
        return ClaimFilter(
            unsupported=unsupported,
            verdicts=frozenset(verdicts or ()),
            tags=frozenset(tags or ()),
            since=since,
            until=until,
        )
    except ValueError:
        # the only one: a --since after --until, said with the options' names (the filter names its fields);
        # quoted as click quotes the option it names itself ("Invalid value for '--since': '2025-13-01' ...")
        raise typer.BadParameter(
            f"{since!r} is after --until {until!r}: no date is in both", param_hint="'--since'"
        ) from None


MinScoreOption = Annotated[
    Optional[float],
    typer.Option(
        "--min-score",
        min=0.0,
        max=1.0,
        help="Match threshold in [0, 1] (default: the matcher's calibrated threshold, 0.50).",
        show_default=False,
        metavar="SCORE",
    ),
]

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text (for scripts).")]


#: the claims file read from standard input (``--kb -``), named as standard input is in every message
STDIN_KB = Path(STDIN_NAME)


def is_stdin(path: Path | None) -> bool:
    """Whether an option or argument naming a file said ``-``: standard input."""
    return path is not None and str(path) == "-"


def kb_path(kb: Path | None) -> Path:
    """The claims file a reading command uses: ``--kb``, else the default one; ``STDIN_KB`` for ``--kb -``."""
    if is_stdin(kb):
        return STDIN_KB
    if kb is None:
        _refuse_a_missing_variable_file(to_create=False)
    return kb if kb is not None else default_kb_path()


def _refuse_a_missing_variable_file(*, to_create: bool) -> None:
    """Refuse the claims file ``$FACTCHECK_KB`` names (``user_kb_path``: there is no ./claims.yaml) when it is
    not there, or, ``to_create`` (add and import, which make it), when its folder is not:
    "/old/desk/claims.yaml: error: no such file" (add's "/old/desk: no such folder") did not say where that
    name came from, set in a profile long ago, nor what to do.  Said for every command, in one wording
    (``variable_file_missing``).  A link to nothing is said as such ("is a link to X, which does not exist"):
    the variable names the link, which is there."""
    path = user_kb_path()
    if path is None:
        return  # no variable (./claims.yaml, when it is the file, is there: the test below)
    try:
        if path.parent.is_dir() if to_create else path.exists():
            return
    except OSError:
        return  # the command that opens it says why it cannot
    message = None if to_create else not_a_file(str(path))
    raise KnowledgeBaseError([Problem(Location(str(path)), message or variable_file_missing(path, to_create))])


def variable_file_missing(path: Path, to_create: bool = False) -> str:
    """What to say of the claims file ``$FACTCHECK_KB`` names that is not there (``to_create``: whose folder is
    not), one wording for every command: where the name came from, then what to do, or the file meant ('did you
    mean ...?', ``no_such_file``).  A file iCloud Drive has not downloaded is told to be downloaded, with no word
    of the variable, which is right."""
    named = f"(${KB_ENV_VAR} names it)"
    todo = f": set ${KB_ENV_VAR} to your claims file, or name it with --kb FILE"
    if to_create:
        return f"no such folder, {shown_name(path.parent)} {named}{todo}; nothing written"
    missing = no_such_file(str(path))
    if icloud_placeholder(str(path)) is not None:
        return missing  # '... then run the command again'
    if missing == "no such file":
        return f"no such file {named}{todo}"
    return f"no such file {named}{missing.removeprefix('no such file')}"  # '; did you mean ...? (why)'


#: Notepad's save of claims.yaml, which Windows shows as claims.yaml (hiding extensions)
_HIDDEN_KB_NAME = f"{DEFAULT_KB_NAME}.txt"

#: names a claims file is saved under that are not ./claims.yaml, with why: Notepad's, and YAML's other
#: extension ('.yml', as many editors and tutorials name YAML files), which a class's students saved
#: theirs as: each command answered from the starter file, or 'add' started a claims.yaml beside it
_LOOKALIKE_KB_NAMES = {
    _HIDDEN_KB_NAME: "Windows hides its '.txt'",
    "claims.yml": "spelt '.yml', not '.yaml'",
    RICH_TEXT_KB_NAME: "TextEdit's Rich Text; the Finder hides its '.rtf'",
}


#: the names of a claims file a folder named for one is searched for (``kb_file_path``)
KB_FILE_NAMES = (DEFAULT_KB_NAME, *_LOOKALIKE_KB_NAMES)


def _what_to_do(name: str) -> str:
    """How to make ``name`` (one of ``_LOOKALIKE_KB_NAMES``) the claims file: Rich Text is no YAML, renamed or named."""
    if name == RICH_TEXT_KB_NAME:
        return rich_text_advice(DEFAULT_KB_NAME)
    return f"rename it to {DEFAULT_KB_NAME}, or name it with --kb {name}"


def _lookalike_kb() -> tuple[str, str] | None:
    """The first of ``_LOOKALIKE_KB_NAMES`` that is a file in this folder, with why it is not read, else a file
    named as claims.yaml or one of them but for capitals (``_spelt_with_capitals``), or None."""
    for name, why in _LOOKALIKE_KB_NAMES.items():
        if Path(name).is_file():
            return name, why
    return _spelt_with_capitals()


#: why a claims file named with capitals ('Claims.yaml', 'CLAIMS.YML') is not read
_CAPITALS_WHY = f"spelt with capitals, which this computer tells apart from {DEFAULT_KB_NAME}"


def _spelt_with_capitals() -> tuple[str, str] | None:
    """The first file of this folder named as ./claims.yaml, claims.yml or claims.yaml.txt but for capitals
    ('Claims.yaml': a student's editor, or Windows, capitalised it), with why it is not read, or None.  Linux
    tells the names apart, so each command answered from the starter file, unsaid, and 'add' started a second
    file beside it; a Mac's disk does not (Claims.yaml is opened as claims.yaml there)."""
    wanted = {DEFAULT_KB_NAME, "claims.yml", _HIDDEN_KB_NAME}
    try:
        names = sorted(entry.name for entry in os.scandir() if entry.name.lower() in wanted and entry.is_file())
    except OSError:  # a folder deleted under the shell, or unreadable: said by the command, not here
        return None
    found = next((name for name in names if name not in wanted), None)
    if found is None:
        return None
    # Windows shows 'Claims.yaml.txt' as 'Claims.yaml': the capital is all the student sees of the difference
    hidden = f", and {_LOOKALIKE_KB_NAMES[_HIDDEN_KB_NAME]}" if found.lower() == _HIDDEN_KB_NAME else ""
    return found, f"{_CAPITALS_WHY}{hidden}"


def current_folder() -> str:
    """The folder the user is in, for a message, as every message names a file (``shown_name``: a byte that is
    not UTF-8 as ``\\xe9``, a line break as ``\\x0a``, which raw began a line of its own on standard error, a
    workflow command to a CI job's runner); a folder deleted or moved under them (a shell still in it) has no
    path any more, and Path.cwd() raises."""
    try:
        return shown_name(Path.cwd())
    except OSError:
        return "which was deleted or moved"


#: git's own limit to its walk up to a repository's top (colon-separated folders it does not go into)
GIT_CEILING_VAR = "GIT_CEILING_DIRECTORIES"


def _repository_top(here: Path) -> Path | None:
    """The top of the git repository ``here`` is in (the folder holding .git), found as git finds it: not in
    or above a folder of ``$GIT_CEILING_DIRECTORIES`` (set where a repository above is not the user's, a home
    folder under git), or None."""
    ceilings: set[str] = set()
    for entry in os.environ.get(GIT_CEILING_VAR, "").split(os.pathsep):
        if os.path.isabs(entry):  # git ignores a relative one
            ceilings.update((os.path.normpath(entry), os.path.realpath(entry)))
    for folder in (here, *here.parents):
        if folder != here and str(folder) in ceilings:
            return None
        if (folder / ".git").exists():
            return folder
    return None


def github_path(path: str, workspace: str | None) -> str:
    """The name under which GitHub finds the file ``path`` (as typed, from the current folder) in an annotation's
    ``file=``, which it reads from the top of the repository the job checked out, ``workspace``
    (``$GITHUB_WORKSPACE``, or a repository checked out in a subfolder of it: ``_checkout_top``): the file's
    path from there, as pytest's GitHub plugin gives it ('claims.yaml' typed
    in a step's 'working-directory: desks/health' marked the top's claims.yaml, or no file); the runner itself
    makes a full path under the workspace so (ruff writes full paths).  A file outside the workspace gets its full
    path, which names no file of the repository (typed 'claims.yaml' in another folder, its name marked the
    repository's own).  ``path`` itself outside a job (no workspace), as yamllint and actionlint give it."""
    if not workspace:
        return path
    # on disk, not by text: 'linked/../claims.yaml' is the file the system reads, the one above the link's target
    # (os.path.abspath folded it to the workspace's own claims.yaml), and a workspace named through a link (/tmp,
    # /private/tmp on a Mac) is the folder it names; the file's own name is kept (a link in the repository is the
    # file GitHub knows)
    folder, name = os.path.split(path)
    try:
        full = os.path.join(os.path.realpath(folder or os.curdir), name)
        top = os.path.realpath(workspace)
        if _outside(full, top):
            return full
        return os.path.relpath(full, _checkout_top(os.path.dirname(full), top))
    except (OSError, ValueError):  # the current folder was removed (or another drive): nothing to place it from
        return path


def _checkout_top(folder: str, workspace: str) -> str:
    """The top of the repository holding ``folder`` of ``workspace`` (``_repository_top``'s, the nearest folder
    holding .git) when it is within the workspace, else the workspace.  actions/checkout's ``path:`` checks a
    repository out into a subfolder of the workspace (the desk's claims beside its clone of factcheck), and
    GitHub reads ``file=`` from that repository's top: its 'claims/claims.yaml' named no file of it."""
    top = _repository_top(Path(folder))
    if top is None or _outside(str(top), workspace):
        return workspace
    return str(top)


def _outside(path: str, folder: str) -> bool:
    """Whether ``path`` is outside ``folder`` (both full paths, links resolved)."""
    relative = os.path.relpath(path, folder)
    return relative == os.pardir or relative.startswith(os.pardir + os.sep)


def _is_home(folder: Path) -> bool:
    """Whether ``folder`` is the user's home folder: its dotfiles kept in git make it a repository's top."""
    home = os.path.expanduser("~")
    return os.path.isabs(home) and os.path.realpath(home) == str(folder)


def _is_the_starter_file(path: Path) -> bool:
    """Whether ``path`` is the bundled starter file (in factcheck's own source, a checkout's claims.yaml)."""
    try:
        return path.samefile(bundled_kb_path())
    except OSError:  # no starter file there (a broken install): ``path`` is not it
        return False


def _as_the_shell_names_it(path: Path, here: Path) -> str:
    """``path`` (a file in a folder above ``here``) relative to this folder, as '../claims.yaml', when the
    shell's 'cd ..' goes where that says; else its whole path.  In a folder reached through a symbolic link
    ($PWD, the shell's path, is not the folder's own), the shell's '..' is the link's folder, not the one
    above: 'cd ..' went elsewhere."""
    relative = os.path.relpath(path, here)
    shell_here = os.environ.get("PWD", "")
    if os.path.isabs(shell_here) and shell_here != str(here) and os.path.realpath(shell_here) == str(here):
        shell_folder = os.path.normpath(os.path.join(shell_here, os.path.dirname(relative)))
        if os.path.realpath(shell_folder) != str(path.parent):
            return str(path)
    return relative


def claims_file_above() -> str | None:
    """The claims file of a folder above this one, in the same git repository, as the command would name it
    ('../claims.yaml'), or None: in a subfolder of the desk's repository (a newsroom keeps claims.yaml in git,
    and a shell in its drafts/ folder), 'list' listed the bundled starter file's claims as the desk's own, unsaid,
    and 'add' made a second claims.yaml there.  Looked for up to the repository's top only (the folder holding
    .git): a claims file in a folder above a repository is no sign of the one meant (outside any repository,
    ``_claims_file_in_the_parent`` looks in the folder just above, and no higher).
    None too where something is at ./claims.yaml (a folder, a link to nothing: said as such), where the top is
    the home folder (dotfiles in git: its claims.yaml is no desk's), and for the bundled starter file (a
    subfolder of factcheck's own source)."""
    try:
        if os.path.lexists(DEFAULT_KB_NAME):
            return None
        here = Path.cwd()
        top = _repository_top(here)
        if top is None or top == here or _is_home(top):
            return None
        folders = here.parents[: here.parents.index(top) + 1]
        found = next((folder / DEFAULT_KB_NAME for folder in folders if (folder / DEFAULT_KB_NAME).is_file()), None)
        if found is None or _is_the_starter_file(found):
            return None
        return _as_the_shell_names_it(found, here)
    except OSError:  # a folder deleted under the shell, one that cannot be searched: nothing said
        return None


def _cd_above(name: str) -> str:
    """'cd ..': how to go to the folder of ``name``, the claims file of a folder above (``claims_file_above``)."""
    return f"cd {typed_name(os.path.dirname(name))}"


def _above_what_to_do(name: str) -> str:
    """How to use the claims file of a folder above (``claims_file_above``)."""
    return f"{_cd_above(name)}, or name it with --kb {typed_name(name)}"


def new_file_beside_the_one_above(kb: Path | None) -> str | None:
    """The claims file of a folder above (``claims_file_above``) when 'add' or 'import' without --kb is to
    start a new ./claims.yaml here, else None.  It does, as it always did (scripts run 'cd data/$partner &&
    factcheck import feed.json'), and says so (``note_the_new_file``)."""
    if kb is not None or user_kb_path() is not None:
        return None
    return claims_file_above()


def note_the_new_file(above: str | None, result: EditResult | None) -> None:
    """After 'add' or 'import' started ./claims.yaml (or would, on a dry run) where a folder above holds the
    repository's claims file (``new_file_beside_the_one_above``), one line on standard error naming it."""
    if above is not None:
        _note_another_file(result, f"./{DEFAULT_KB_NAME}", f"{shown_name(above)} above", above)


def _note_another_file(result: EditResult | None, started: str, other: str, typed: str) -> None:
    """After 'add' or 'import' started the file ``started`` (or would, on a dry run), one line on standard error
    naming ``other``, the file likely meant, and how to add there (``typed``: its name to type)."""
    if result is None or not (result.written or (result.dry_run and result.diff)):
        return
    done = "added" if result.written else "would add"
    say(
        f"factcheck: note: {done} to a new {started}; there is also {other}: name it with --kb {typed_name(typed)} "
        "to add there"
    )


def say(line: str) -> None:
    """One line on standard error (a note, a warning), if it can be written: one that cannot (standard error
    closed, '2>&-', or on a full disk) is lost, never the command's answer nor its exit status, which the
    failed write turned into exit 1 with nothing on standard output."""
    with contextlib.suppress(OSError, ValueError):  # a closed stream raises ValueError, a bad or full one OSError
        error_console().print(sanitize(line), soft_wrap=True)


_DEFAULT_STEM = Path(DEFAULT_KB_NAME).stem  # 'claims'

#: the endings a claims file's name is seen with: '.yaml', and those of ``_LOOKALIKE_KB_NAMES`` ('.yml',
#: '.yaml.txt', '.yaml.rtf'), longest first; taken off a name to compare it with another (``_kb_name_stem``)
_KB_NAME_ENDINGS = tuple(
    sorted({".yaml", *(name.removeprefix(_DEFAULT_STEM) for name in _LOOKALIKE_KB_NAMES)}, key=len, reverse=True)
)


#: a part of a name a difference in which is a label, not a typo: 'a'/'b' (a team), 'de'/'es', 'fra'/'spa'
_LABEL_LETTERS = 3


def _kb_name_stem(name: str) -> str:
    """``name`` without the ending of a claims file's name (``_KB_NAME_ENDINGS``): 'claims' for 'claims.yml'."""
    ending = next((ending for ending in _KB_NAME_ENDINGS if name.endswith(ending) and name != ending), "")
    return name[: len(name) - len(ending)]


def _part_around(stem: str, index: int) -> str:
    """The run of letters and digits of ``stem`` holding (or touching) the character at ``index``."""
    start = index
    while start > 0 and stem[start - 1].isalnum():
        start -= 1
    end = index
    while end < len(stem) and stem[end].isalnum():
        end += 1
    return stem[start:end]


def _a_letter_mistyped(typed: str, other: str) -> bool:
    """Whether ``typed`` is ``other`` with one letter left out, added, changed or two swapped: a typo.
    A digit ('desk2', 'claims-2026') or another character ('_config') is no typo, nor is a letter in a part
    of the name no longer than a label ('team-a', 'claims-de', ``_LABEL_LETTERS``): each names a second file."""
    if typed == other:
        return False
    short, long = sorted((typed, other), key=len)
    if len(long) - len(short) > 1:
        return False
    at = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    if len(short) < len(long):  # a letter left out or added
        changed = [long[at]] if short[at:] == long[at + 1 :] else []
    elif short[at + 1 :] == long[at + 1 :]:  # a letter changed
        changed = [short[at], long[at]]
    elif len(short) > at + 1 and short[at : at + 2] == long[at : at + 2][::-1] and short[at + 2 :] == long[at + 2 :]:
        changed = [short[at], long[at]]  # two letters swapped
    else:
        changed = []
    if not changed or not all(character.isalpha() for character in changed):
        return False
    return min(len(_part_around(typed, at)), len(_part_around(other, at))) > _LABEL_LETTERS


#: the endings of a YAML file's name, compared in lower case ('desk.yaml', 'Claims.YML')
_YAML_ENDINGS = (".yaml", ".yml")

#: the most YAML files of one folder opened to find claims files among them: a folder of a thousand
#: configuration files costs a glance at twenty, not a read of each
_YAML_FILES_OPENED = 20


def is_named_as_yaml(name: str) -> bool:
    """Whether the file name ``name`` ends as a YAML file's, in any case ('desk.yaml', 'Claims.YML')."""
    return name.lower().endswith(_YAML_ENDINGS)


def claims_files_here() -> list[str]:
    """This folder's files named as YAML files that are claims files (``looks_like_claims_file``: 'desk.yaml',
    'class-2026.yml'), sorted, of the first ``_YAML_FILES_OPENED`` such names; [] where none is or the folder
    cannot be read."""
    try:
        names = sorted(entry.name for entry in os.scandir() if is_named_as_yaml(entry.name) and entry.is_file())
    except OSError:
        return []
    return [name for name in names[:_YAML_FILES_OPENED] if looks_like_claims_file(name)]


def _claims_file_in_the_parent() -> str | None:
    """The claims file of the folder above this one, outside any git repository, as the command would name it
    ('../claims.yaml'), or None: a teacher's class folder holds claims.yaml and a shell one folder too deep,
    in week-3/, listed the starter file's claims as theirs, unsaid.  Only a file that holds a list of claims
    (``looks_like_claims_file``; a JWT claim map named claims.yaml is none), only one folder up (higher up is
    anyone's), never inside a repository (``claims_file_above`` reads that one's folders), and never the
    starter file."""
    try:
        if os.path.lexists(DEFAULT_KB_NAME):
            return None
        here = Path.cwd()
        if here.parent == here or _repository_top(here) is not None:
            return None
        found = here.parent / DEFAULT_KB_NAME
        if not found.is_file() or _is_the_starter_file(found) or not looks_like_claims_file(str(found)):
            return None
        return _as_the_shell_names_it(found, here)
    except OSError:
        return None


def _claims_file_of_a_folder_above() -> str | None:
    """The claims file of a folder above that the user likely meant: the git repository's (``claims_file_above``),
    else, outside any, the folder just above's (``_claims_file_in_the_parent``); or None."""
    return claims_file_above() or _claims_file_in_the_parent()


def _named_alike(typed: str, other: str) -> bool:
    """Whether the file name ``other`` is the one ``typed`` likely meant: the same name with another ending
    of a claims file's (``_KB_NAME_ENDINGS``: 'claims' or 'claims.yml' for 'claims.yaml'), or a letter
    mistyped (``_a_letter_mistyped``)."""
    if typed == other or not other.endswith(_KB_NAME_ENDINGS):
        return False
    typed_stem, other_stem = _kb_name_stem(typed), _kb_name_stem(other)
    return typed_stem == other_stem or _a_letter_mistyped(typed_stem, other_stem)


def new_file_beside_a_lookalike(kb: Path | None) -> str | None:
    """The claims file beside the one --kb names when 'add' or 'import' is to start that one, named as it
    likely meant (``_named_alike``: 'claims.yaml' for 'claim.yaml' or 'claims'), else None.  It does (a new
    file is often meant: a second desk's, next year's), and says so (``note_the_lookalike``): 'add --kb
    claim.yaml' added the claim to a new file, unsaid, and 'list' showed the other file without it.  Only a
    file that reads as a claims file counts, and never the name --kb gives (a link to nothing is listed)."""
    if kb is None:
        return None
    folder = kb.parent
    try:  # a name too long, a loop of links: said by the command, not here
        if kb.exists():
            return None
        names = [entry.name for entry in os.scandir(folder) if _named_alike(kb.name, entry.name)]
        # the file of the very name, with another ending, before one a letter off ('claims': claims.yaml, claim.yaml)
        names.sort(key=lambda name: (_kb_name_stem(name) != _kb_name_stem(kb.name), name))
    except OSError:
        return None
    found = next((name for name in names if looks_like_claims_file(str(folder / name))), None)
    if found is None:
        return None
    return found if folder == Path() else str(folder / found)  # as typed: 'claims.yaml', 'desk/claims.yaml'


def note_the_lookalike(lookalike: str | None, path: Path, result: EditResult | None) -> None:
    """After 'add' or 'import' started the file --kb names (or would, on a dry run) beside one named as it was
    likely meant (``new_file_beside_a_lookalike``), one line on standard error naming it."""
    if lookalike is not None:
        _note_another_file(result, f"file, {shown_name(str(path))}", f"{shown_name(lookalike)} beside it", lookalike)


def _lookalike_unnamed() -> tuple[str, str] | None:
    """This folder's lookalike claims file (``_lookalike_kb``) when neither ./claims.yaml nor $FACTCHECK_KB
    names the claims file, or None."""
    return _lookalike_kb() if user_kb_path() is None else None


def _unhidden(default: Path, *, to_create: bool = True) -> Path:
    """The claims file a writing command changes without --kb, unless this folder's claims file is
    ./claims.yaml.txt or ./claims.yml: 'add' made a second file, claims.yaml, beside it.  A reading command
    answers from the starter file there, as documented, and says so (``note_the_starter_file``)."""
    lookalike = _lookalike_unnamed()
    if lookalike is not None:
        name, why = lookalike
        message = f"no such file, but there is '{name}' ({why}): {_what_to_do(name)}"
        raise KnowledgeBaseError([Problem(Location(DEFAULT_KB_NAME), message)])
    unnamed = not to_create and user_kb_path() is None
    if unnamed and not os.path.lexists(DEFAULT_KB_NAME) and (names := claims_files_here()):
        # before a folder above's, as in note_the_starter_file: the file right here is likelier meant
        message = f"no such file in this folder, but {claims_files_named(names)}"
        raise KnowledgeBaseError([Problem(Location(DEFAULT_KB_NAME), message)])
    if unnamed and (above := _claims_file_of_a_folder_above()) is not None:
        # edit and remove said "no such file (none in this folder)", with no word of the file above; add and
        # import start a new file here, as they always did, and say so (``note_the_new_file``)
        message = f"no such file in this folder, but there is {quoted_name(above)} above it: {_above_what_to_do(above)}"
        raise KnowledgeBaseError([Problem(Location(DEFAULT_KB_NAME), message)])
    return default


def refuse_to_validate_the_starter_file() -> None:
    """'validate' without a file, where neither ./claims.yaml nor $FACTCHECK_KB names the claims file: it
    validated the bundled starter file, "42 claims, 0 errors", exit 0, which a student read as their own file
    passing (the README's tutorial: run 'factcheck validate' until it says 0 errors), in the wrong folder or
    beside ./claims.yaml.txt, ./claims.yml or ./claims.yaml.rtf (a note above it unread).  A reading command's
    answer may be meant to come from the starter file; validate's verdict is about a file, the user's: refused,
    as add and edit refuse beside a lookalike, with what to do.  The starter file named is validated."""
    if user_kb_path() is not None:
        return
    lookalike = _lookalike_kb()
    if lookalike is not None:
        name, why = lookalike
        todo = rich_text_advice(DEFAULT_KB_NAME) if name == RICH_TEXT_KB_NAME else f"factcheck validate {name}"
        message = (
            f"no such file, but there is '{name}' ({why}), which validate does not check in its place "
            f"(nor the bundled starter file): {todo}"
        )
    elif (placeholder := icloud_placeholder(DEFAULT_KB_NAME)) is not None:
        # the file is here, not downloaded: "cd to the folder of your claims file" was no advice, and the
        # sentence ran on after "then run the command again"
        message = f"no such file on this Mac: {not_downloaded(placeholder)}"
    elif (other := not_a_file(DEFAULT_KB_NAME)) is not None:
        message = other  # a folder named claims.yaml was "no such file (none in this folder)", as add says not
    elif names := claims_files_here():  # before a folder above's, as in note_the_starter_file
        typed = " ".join(typed_name(name) for name in names) if len(names) <= _CLAIMS_FILES_NAMED else "FILE..."
        message = (
            f"no such file in this folder, but {_claims_files_are(names)}, which validate does not check in its "
            f"place (nor the bundled starter file): name {'it' if len(names) == 1 else 'them'}: factcheck validate "
            f"{typed}"
        )
    elif (above := _claims_file_of_a_folder_above()) is not None:
        message = (
            f"no such file in this folder, but there is {quoted_name(above)} above it, which validate does not check "
            f"in its place (nor the bundled starter file): {_cd_above(above)}, or name it: "
            f"factcheck validate {typed_name(above)}"
        )
    else:
        missing = no_such_file(DEFAULT_KB_NAME)
        if missing == "no such file":
            missing = f"no such file (none in this folder, {current_folder()})"
        message = (
            f"{missing}, and validate does not check the bundled starter file in its place: cd to the folder of "
            "your claims file, or name it: factcheck validate FILE"
        )
    raise KnowledgeBaseError([Problem(Location(DEFAULT_KB_NAME), message)])


def not_a_file(name: str) -> str | None:
    """What is at ``name`` when it is no file to read: a folder (as add says), or a symbolic link to nothing
    (said "no such file", with the name in the folder listing); None otherwise."""
    path = Path(name)
    try:
        if path.is_dir():
            return "is a folder, not a claims file"
        if path.is_symlink() and not path.exists():
            return f"is a link to {shown_name(os.readlink(path))}, which does not exist"
    except (OSError, ValueError):
        return None
    return None


def note_the_starter_file(kb: Path | None) -> None:
    """Say on standard error that the bundled starter file answers, where the user may take its claims for
    their own, without --kb and $FACTCHECK_KB: in a folder deleted (or moved) under the shell, which has no
    ./claims.yaml; beside an iCloud Drive placeholder of it; in a folder whose claims file is a lookalike
    (``_lookalike_kb``: ./claims.yaml.txt, which Windows shows as claims.yaml, ./claims.yml, claims.yaml.rtf,
    Claims.yaml); beside claims files of other names (``claims_files_here``: desk.yaml); and below a folder
    holding the claims file (``_claims_file_of_a_folder_above``).
    Each answered unsaid: 'list' showed the starter's claims as the user's own, 'check' its matches.  edit,
    remove, add and import refuse there; a reading command, which may be meant to read the starter file,
    keeps its answer and exit status.  Called once a command, where it opens the file."""
    if kb is not None or user_kb_path() is not None:
        return  # a file the user named, the starter file's path in $FACTCHECK_KB too: no fallback to say
    starter = f"the claims are the bundled starter file's ({bundled_kb_path()})"
    try:
        os.getcwd()
    except OSError:  # the folder is gone: its path cannot be had
        note = (
            f"factcheck: note: this folder was deleted or moved, so no ./claims.yaml is read here: {starter}; "
            "cd to the folder of your claims file, or name it with --kb FILE"
        )
    else:
        placeholder = icloud_placeholder(DEFAULT_KB_NAME)
        if placeholder is not None:
            note = f"factcheck: note: no ./{DEFAULT_KB_NAME} on this Mac, so {starter}: {not_downloaded(placeholder)}"
        elif (lookalike := _lookalike_kb()) is not None:
            name, why = lookalike
            note = (
                f"factcheck: note: no ./{DEFAULT_KB_NAME} here, and ./{name} ({why}) "
                f"is not read: {starter}; {_what_to_do(name)}"
            )
        elif claims_files := claims_files_here():  # before a folder above's: the file right here is likelier meant
            note = f"factcheck: note: no ./{DEFAULT_KB_NAME} here, and {_claims_files_not_read(claims_files)}"
            note = f"{note}: {starter}; {_name_one_of(claims_files)}"
        elif (above := _claims_file_of_a_folder_above()) is not None:
            note = (
                f"factcheck: note: no ./{DEFAULT_KB_NAME} here, and {above} (in a folder above) is not read: "
                f"{starter}; {_above_what_to_do(above)}"
            )
        else:
            return
    say(note)


#: the most claims files of a folder a note names, the others counted
_CLAIMS_FILES_NAMED = 3


def _claims_files_not_read(names: list[str]) -> str:
    """'./desk.yaml (a claims file) is not read', or of several, the first ``_CLAIMS_FILES_NAMED`` named."""
    if len(names) == 1:
        return f"./{shown_name(names[0])} (a claims file) is not read"
    return f"its claims files {_listed(names)} are not read"


def claims_files_named(names: list[str]) -> str:
    """What edit and remove say of this folder's claims files (``claims_files_here``) where ./claims.yaml is not:
    './desk.yaml is a claims file: name it with --kb desk.yaml, or rename it to claims.yaml'."""
    return f"{_claims_files_are(names)}: {_name_one_of(names)}"


def _claims_files_are(names: list[str]) -> str:
    """'./desk.yaml is a claims file', or of several, the first ``_CLAIMS_FILES_NAMED`` named, the others counted."""
    if len(names) == 1:
        return f"./{shown_name(names[0])} is a claims file"
    return f"{_listed(names)} are claims files"


def _listed(names: list[str]) -> str:
    """'./b.yml, ./c.yaml, ./d.yaml and 2 more': the first ``_CLAIMS_FILES_NAMED`` of ``names`` named, the
    others counted."""
    shown = ", ".join(f"./{shown_name(name)}" for name in names[:_CLAIMS_FILES_NAMED])
    more = len(names) - _CLAIMS_FILES_NAMED
    return f"{shown}{f' and {more} more' if more > 0 else ''}"


def new_file_beside_claims_files(kb: Path | None) -> list[str]:
    """This folder's claims files of other names (``claims_files_here``) when 'add' or 'import' without --kb is
    to start a new ./claims.yaml here, else [].  It does (a second desk's file may be meant), and says so once
    (``note_the_claims_files``): from then on every command reads ./claims.yaml, and desk.yaml never again."""
    if kb is not None or user_kb_path() is not None:
        return []
    return claims_files_here()


def note_the_claims_files(names: list[str], result: EditResult | None) -> None:
    """After 'add' or 'import' started ./claims.yaml (or would, on a dry run) beside this folder's claims files
    of other names (``new_file_beside_claims_files``), one line on standard error naming the first."""
    if names:
        more = f" and {len(names) - 1} other claims files" if len(names) > 1 else ""
        _note_another_file(result, f"./{DEFAULT_KB_NAME}", f"./{shown_name(names[0])}{more} beside it", names[0])


def _name_one_of(names: list[str]) -> str:
    """How to read one of this folder's claims files (``claims_files_here``)."""
    if len(names) == 1:
        return f"name it with --kb {typed_name(names[0])}, or rename it to {DEFAULT_KB_NAME}"
    return f"name one with --kb FILE (--kb {typed_name(names[0])}), or rename one to {DEFAULT_KB_NAME}"


def writable_kb_path(kb: Path | None, *, to_create: bool = True) -> Path:
    """The file add/edit/remove/import change: never the bundled starter knowledge base, nor a
    file named "-" (which ``--kb -`` created, where every other command reads standard input).
    Not ``to_create``: a file to change that must be there (edit, remove)."""
    if is_stdin(kb):
        raise InputError(
            "--kb -: the claims file to change must be a file (standard input cannot be written back); give its name"
        )
    if kb is None:
        _refuse_a_missing_variable_file(to_create=to_create)
    path = kb if kb is not None else _unhidden(editable_kb_path(), to_create=to_create)
    # named with --kb, in $FACTCHECK_KB or through a link at ./claims.yaml: refused before anything is read (an
    # import's file), as the library's writers refuse it
    refuse_the_packaged_kb(path)
    return path


def read_stdin_kb(given: str, example: str) -> bytes:
    """The claims file piped in (what git has staged, say); one byte over the size limit is read,
    so that the reader refuses it.  ``given``: what asked for it; ``example``: a command using it."""
    stdin = typer.get_binary_stream("stdin")
    if stdin.isatty():
        # typed at the terminal, a claims file would be waited for with no prompt: refuse instead
        raise InputError(
            f"{given!r} reads the claims file from standard input: pipe it in, e.g. git show :claims.yaml | {example}"
        )
    return read_stdin(stdin, MAX_FILE_BYTES + 1)


def open_kb(kb: Path | None, *, use_cache: bool = True) -> KnowledgeBase:
    """The claims file of a reading command, from standard input for ``--kb -`` (``kb_path``'s ``STDIN_KB``)."""
    # only "-" is standard input: a file named "<stdin>" (STDIN_KB, kb_path's name for "-") is a file
    if is_stdin(kb):
        data = check_readable(STDIN_KB, read_stdin_kb("--kb -", "factcheck list --kb -"))
        knowledge_base, problems = parse_knowledge_base(data, STDIN_NAME, use_cache=use_cache)
        if any(p.is_error for p in problems):
            raise KnowledgeBaseError([p for p in problems if p.is_error])
        return knowledge_base
    note_the_starter_file(kb)
    return load_knowledge_base(kb_path(kb), use_cache=use_cache)


def stdin_read_once(kb: Path | None, other: str) -> None:
    """Refuse ``--kb -`` when standard input is already ``other`` (the statements, the article)."""
    if is_stdin(kb):
        raise InputError(
            f"--kb - and {other} both read standard input, which can be read once: give the claims file by name"
        )


def selected_claims(knowledge_base: KnowledgeBase, wanted: ClaimFilter, path: Path) -> list[Claim]:
    """The claims ``wanted`` accepts; a --tag that no claim has is named on standard error, since
    a mistyped tag would otherwise look like a knowledge base with nothing on it, and so are the
    claims --since/--until leaves out for want of a date checked."""
    wanted = replace(wanted, tags=wanted_tags(wanted.tags, knowledge_base.claims))
    for tag, like in unknown_tags(sorted(wanted.tags), knowledge_base.claims).items():
        hint = f" (did you mean {', '.join(repr(known) for known in like)}?)" if like else ""
        warning = f"factcheck: warning: no claim in {shown_name(path)} has the tag {tag!r}{hint}"
        say(warning)
    undated = [claim.id for claim in wanted.undated(knowledge_base.claims)]
    if undated:
        shown = ", ".join(undated[:5]) + (", ..." if len(undated) > 5 else "")
        count = "1 claim has" if len(undated) == 1 else f"{len(undated)} claims have"
        them = "it" if len(undated) == 1 else "them"
        note = f"factcheck: note: {count} no checked date, so --since/--until left {them} out: {shown}"
        say(note)
    return [claim for claim in knowledge_base.claims if wanted.accepts(claim)]


#: commands whose claims file is the one they would write (never the bundled starter file)
_WRITING_COMMANDS = frozenset({"edit", "remove"})


def _claims_for_completion(ctx: typer.Context) -> tuple[Claim, ...]:
    """The claims of the file the command will use (``--kb``, typed before or after the word completed).

    Completion runs on every Tab: it must never fail, so an unreadable file gives no claims.
    """
    kb = ctx.params.get("kb")
    try:
        if kb is None and "kb" in (param.name for param in ctx.command.params):
            kb = _kb_after_the_word_completed()
        path = writable_kb_path(kb) if ctx.command.name in _WRITING_COMMANDS else kb_path(kb)
        return load_knowledge_base(path).claims
    except (FactcheckError, OSError, typer.BadParameter):  # BadParameter: a --kb after it naming a folder
        return ()


def _kb_after_the_word_completed() -> Path | None:
    """The ``--kb FILE`` typed after the word being completed ('factcheck remove mo<Tab> --kb mine.yaml'),
    which Click does not parse: it reads the words up to that one only.  Bash gives the whole line
    (``COMP_WORDS``, the word completed at ``COMP_CWORD``); zsh and fish give only the words up to
    the cursor, so there --kb counts before it only."""
    line, completed = os.environ.get("COMP_WORDS"), os.environ.get("COMP_CWORD", "")
    if line is None or not completed.isdigit():
        return None
    try:
        words = shlex.split(line)  # each word as typed: a quoted path loses its quotes
    except ValueError:  # an open quote: the line is being typed
        words = line.split()
    after = words[int(completed) + 1 :]
    for index, word in enumerate(after):
        if word == "--":
            break
        if word == "--kb" and index + 1 < len(after):
            # bash parts '--kb=mine.yaml' into '--kb', '=', 'mine.yaml' (COMP_WORDBREAKS holds '=')
            value = after[index + 1 : index + 3]
            return file_path(value[1] if value[0] == "=" and len(value) == 2 else value[0])
        if word.startswith("--kb="):
            return file_path(word.removeprefix("--kb="))
    return None


def complete_claim_id(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Shell completion of an ID argument: the claim ids, each with the start of its claim as help."""
    return [(claim.id, claim.claim[:70]) for claim in _claims_for_completion(ctx) if claim.id.startswith(incomplete)]


def undecoded_byte(typed: str, what: str) -> InputError | None:
    """Why an argument (``what``: 'the statement', 'the id') is not text, or None.  A terminal set to Latin-1
    or Windows-1252 while the system reads UTF-8 passes "café" as bytes Python keeps as lone surrogates: a
    statement matched as it was, "Zürich" was no word of any claim, and the answer was a "no match" (exit 1) that
    the claims file did not give; an id was "no claim with id '\\udcff'", Python's name for the byte typed
    (no claim's id holds one: a claims file is UTF-8 text); ``check -`` refuses such a line as not UTF-8 text."""
    found = LONE_SURROGATE.search(typed)
    if found is None:
        return None
    byte = ord(found.group()) - 0xDC00  # how Python's surrogateescape keeps an undecodable byte
    shown = f"byte 0x{byte:02x}" if 0x80 <= byte <= 0xFF else "a lone surrogate"
    # Arguments are read in the locale's encoding: the bytes may be another encoding's text (a Latin-1
    # terminal, a UTF-8 locale), or UTF-8 that the locale does not read (LC_ALL=C with PYTHONUTF8=0 reads
    # "México" as ASCII): "not UTF-8 text" was false of the second
    return InputError(
        f"{what} could not be read as text in the locale's encoding, {sys.getfilesystemencoding()} "
        f"({shown}); set a UTF-8 locale and terminal encoding, and type it again"
    )


def refuse_an_unreadable_id(claim_id: str) -> None:
    """``undecoded_byte``'s error for an id typed after show, edit or remove that holds a byte the locale could not
    read, said before the claims file is opened."""
    undecoded = undecoded_byte(claim_id, "the id")
    if undecoded is not None:
        raise undecoded
