"""``factcheck validate``: every problem of claims files, with where it is."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.text import Text

from ..errors import (
    FactcheckError,
    InputError,
    KnowledgeBaseError,
    LocatedError,
    Location,
    Problem,
    quoted_name,
    shown_name,
    undecoded_bytes_shown,
)
from ..inputfiles import is_url, no_such_file_advice
from ..store import check_readable, kb_address_message, validate_file
from .app import OPTION_WORDING, ExitCode, app, error_message, report_error
from .options import (
    KB_FILE_NAMES,
    STDIN_KB,
    FactcheckCommand,
    JsonOption,
    a_folder_named,
    github_path,
    is_stdin,
    json_or_format,
    kb_file_path,
    kb_path,
    not_a_file,
    one_of,
    read_stdin_kb,
    readable_option,
    refuse_an_unexpanded_home,
    refuse_to_validate_the_starter_file,
)
from .output import console, print_json, until_the_reader_goes
from .render import github_annotation, problem_line


class ReportFormat(StrEnum):
    """How validate reports: ``text`` (file:line:column: severity: message, for people and editors), ``json``
    (as --json), ``github`` (GitHub Actions workflow commands: each problem marked on its line of a pull
    request, where ``text`` leaves it in the job's log)."""

    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


def _refused(name: str, ctx: typer.Context, alone: bool) -> FactcheckError | None:
    """Why validate cannot check the file ``name`` before opening it: a web address, a folder, an empty name, a
    '~' the shell left (``kb_file_path``'s checks, as --kb's: Click's dir_okay=False said "file '' is a
    directory" of ''); None for a name to open.  Given ``alone``, the error --kb's would be is raised instead;
    one of several files is named when its turn comes, as a missing file is told ('FILE: error: ...'), and the
    others are still checked ('validate a.yaml /tmp b.yaml' checked none: the arguments' parser refused the
    folder)."""
    if not name:
        if alone:
            raise typer.BadParameter("the path is empty.", ctx=ctx, param_hint="'PATH'")
        return InputError("the path is empty")  # '' has no place to name
    if is_url(name):
        return (
            InputError(kb_address_message(name))
            if alone
            else InputError(kb_address_message(name, named=False), Location(name))
        )
    try:
        refuse_an_unexpanded_home(name)
    except KnowledgeBaseError as error:
        if alone:
            raise
        return error
    folder = a_folder_named(name, in_a_folder=KB_FILE_NAMES)
    if folder is None:
        return None
    if alone:
        raise typer.BadParameter(f"{quoted_name(name)} {folder}.", ctx=ctx, param_hint="'PATH'")
    return InputError(folder, Location(name))


#: validate's --kb: the other commands' (``KbOption``), whose help said "else the bundled starter knowledge base",
#: which validate never checks (PATH's help said so)
_ValidateKbOption = Annotated[
    Optional[Path],
    typer.Option(
        "--kb",
        parser=kb_file_path,
        help="Claims file to check, or - to read it from standard input, as PATH. Default: ./claims.yaml if "
        "present, else $FACTCHECK_KB's file, never the bundled starter file.",
        show_default=False,
        metavar="FILE",
    ),
]


@app.command(short_help="Report every error and warning of claims files.", cls=FactcheckCommand)
def validate(
    ctx: typer.Context,
    paths: Annotated[
        Optional[list[str]],
        typer.Argument(
            help="Claims files to check, or - to read one from standard input (or --kb, as in the other "
            "commands; default: ./claims.yaml, else $FACTCHECK_KB's file, never the bundled starter file).",
            show_default=False,
            metavar="PATH",
        ),
    ] = None,
    kb: _ValidateKbOption = None,
    stdin_name: Annotated[
        Optional[str],
        typer.Option(
            "--stdin-name",
            help="The name to give standard input's file (-) in messages, instead of <stdin>: the file a "
            "pre-commit hook pipes in ('git show :claims.yaml | factcheck validate - --stdin-name claims.yaml').",
            metavar="NAME",
            callback=readable_option,
        ),
    ] = None,
    json_output: JsonOption = False,
    report_format: Annotated[
        Optional[ReportFormat],
        typer.Option(
            "--format",
            parser=one_of(ReportFormat),
            help="Report format (default: text; json as --json). github: each problem as a GitHub Actions "
            "workflow command ('::error file=claims.yaml,line=4,col=14::...'), which marks it on its line of "
            "the pull request (GitHub shows 10 errors and 10 warnings a step; the log has all); the summary "
            "stays text.",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Fail on warnings too, as yamllint --strict does (which exits 2): exit 1 when a file has a "
            "warning, as when it has an error (2 is a file that cannot be read); the summary says so. Each "
            "warning is still reported as one: 'warning' in --json, ::warning with --format github.",
        ),
    ] = False,
) -> None:
    """Check claims files: report every error and warning as file:line:column: message.

    Errors: malformed YAML, unknown keys, missing id/claim/verdict, duplicate ids, verdicts off
    the scale, non-http(s) URLs, impossible dates, values YAML does not read as text.
    Warnings (do not fail, unless --strict): a source URL that looks broken ('https://reuters/x', an
    'x)' copied from a sentence), near-duplicate claims, sources without a date (nor a note that
    speaks of the date: 'date not shown'), a tag or alias listed twice in a claim, a source
    repeated in a claim, a control character or a line separator (U+2028, U+2029) in a text, an empty
    item of a list, a tab in a text
    without quotes, a text cut short by a comment ('claim: We are #1': YAML reads 'We are').
    Exits 0 when there is no error, 1 when there is (with --strict, also when there is a warning), 2
    when a file cannot be read as YAML text at all (missing, binary, not UTF-8, empty or only comments), like
    every other command. Given several files
    (as pre-commit passes them), checks each, one after the other: a file that cannot be read is
    named on standard error and the others are still checked; the exit code is the worst.

    With PATH "-", reads the file from standard input, named <stdin> in messages (or --stdin-name):
    a pre-commit hook checks what is staged with
    'git show :claims.yaml | factcheck validate - --stdin-name claims.yaml'.

    --json prints one line per file checked (JSON Lines; one file: one JSON document):
    {"kb" (the file checked), "claims", "errors", "warnings", "problems": [{"path", "line",
    "column", "severity", "message"}]} ("claims", "errors" and "warnings" are counts); with several
    files, one that cannot be checked (missing, a folder, a URL...) gets {"kb", "error"} (its message).
    --format github writes each problem as a GitHub Actions annotation, and a file that cannot be
    checked as one too, for a CI job: 'factcheck validate claims.yaml --format github'. Each names its file
    from the top of its repository (the nearest folder holding .git within $GITHUB_WORKSPACE, else
    $GITHUB_WORKSPACE), from any folder, as GitHub reads it.
    """
    fmt = json_or_format(json_output, report_format, ReportFormat.JSON, ReportFormat.TEXT)
    named = paths or []
    # a web address or a folder among the files is named on standard error, and the others are still checked,
    # as a file that cannot be read ('validate a.yaml https://... b.yaml' checked none)
    if len(named) == 1:
        _refuse_alone(named[0], ctx, fmt)
    refused = {name: why for name in named if (why := _refused(name, ctx, len(named) == 1)) is not None}
    files = [Path(name) for name in named if name not in refused]
    targets = _targets(files, kb, fmt) if files or not refused else []
    if stdin_name is not None:
        targets = _named_stdin(targets, stdin_name)
    # each file in the order given, a refused one in its turn ('validate a.yaml /tmp b.yaml' named the folder
    # first): None for the next of ``targets``
    turns = [name if name in refused else None for name in named] if named else [None] * len(targets)
    pending = iter(targets)
    unreadable = any_errors = False
    for turn in turns:
        if turn is not None:
            _not_checked(turn, refused[turn], fmt)
            unreadable = True
            continue
        target, data = next(pending)
        # a file on disk is marked at its path in the repository, from any folder; standard input under its name
        marked = github_path(str(target), os.environ.get("GITHUB_WORKSPACE")) if data is None else str(target)
        try:
            if data is None and not target.exists():
                # as every command names a claims file it cannot read ('F: error: no such file'), and as the
                # next line names an empty one; it said 'error: F: no such file'
                where = Location(str(target))
                other = not_a_file(str(target))  # a link to nothing says so
                missing = Problem(where, other) if other else Problem.advising(where, no_such_file_advice(str(target)))
                raise KnowledgeBaseError([missing])
            data = check_readable(target, data)  # nothing to validate: exit 2, not 1 ("problems found")
        except FactcheckError as error:
            if len(targets) == 1 and not refused:
                _annotate_unchecked(str(target), error, fmt, marked)
                raise
            _not_checked(str(target), error, fmt, marked)
            unreadable = True
            continue
        any_errors = _validate_one(target, data, fmt, marked, strict=strict) or any_errors
    if unreadable:
        raise typer.Exit(ExitCode.ERROR)
    raise typer.Exit(ExitCode.FINDINGS if any_errors else ExitCode.OK)


def _refuse_alone(name: str, ctx: typer.Context, fmt: ReportFormat) -> None:
    """Raise the error of the one file named when it cannot be checked (``_refused``'s, alone), with
    ``--format github`` marked as it would be among other files first: a folder or a '~' the shell left was a
    usage error in the job's log alone, where a pull request's reviewer does not see it."""
    try:
        why = _refused(name, ctx, alone=True)
    except (FactcheckError, typer.BadParameter):
        among = _refused(name, ctx, alone=False)
        if among is not None:
            _annotate_unchecked(name, among, fmt)
        raise
    if why is not None:
        _annotate_unchecked(name, why, fmt)
        raise why


def _not_checked(name: str, error: FactcheckError, fmt: ReportFormat, marked: str | None = None) -> None:
    """Name a file of several that cannot be checked on standard error, and in JSON in a JSON line of its own,
    {"kb", "error"}: a script reading the lines would not know of it otherwise (for GitHub, an annotation, on the
    file ``marked``, else ``name``)."""
    report_error(error)
    _annotate_unchecked(name, error, fmt, marked)
    if fmt is ReportFormat.JSON:
        with until_the_reader_goes():  # as a file's report: the run goes on, and exits 2 for this file
            print_json({"kb": name, "error": error_message(error)}, lines=True)


def _annotate_unchecked(name: str, error: FactcheckError, fmt: ReportFormat, marked: str | None = None) -> None:
    """With ``--format github``, a file that cannot be checked as an annotation on standard output, at the
    place its error names (a file not UTF-8, at its first bad byte's line), else on the file (``marked``, its
    name in the repository, else ``name``): the message on standard error is in the job's log only, where a pull
    request's reviewer does not see it."""
    if fmt is not ReportFormat.GITHUB:
        return
    where = error.location if isinstance(error, (KnowledgeBaseError, LocatedError)) else None
    problem = Problem(where or Location(name), error_message(error))
    with until_the_reader_goes():
        console().print(Text(_annotation(problem, name, marked)), soft_wrap=True)


def _annotation(problem: Problem, name: str, marked: str | None) -> str:
    """``problem`` of the file ``name`` as a GitHub annotation, marked on ``marked`` when it is in that file."""
    return github_annotation(problem, marked if marked is not None and problem.location.path == name else None)


def _targets(paths: list[Path], kb: Path | None, fmt: ReportFormat) -> list[tuple[Path, bytes | None]]:
    """The files to check, each with its bytes when already read (standard input)."""
    if paths and kb is not None:
        if len(paths) > 1:
            raise InputError(
                f"claims files given both as arguments and as --kb {shown_name(kb)}: give them as arguments"
            )
        if str(paths[0]) == "-" or paths[0].resolve() != kb.resolve():
            given = f"{shown_name(paths[0])} and --kb {shown_name(kb)}"
            raise InputError(f"two claims files given, {given}: give one")
    if sum(str(path) == "-" for path in paths) > 1:
        raise InputError("- is given twice: standard input can be read once")
    if not paths:
        if kb is None:
            _refuse_the_starter_file(fmt)
        paths = [kb if kb is not None and is_stdin(kb) else _variable_file(kb, fmt)]  # --kb - is standard input, as -
    targets: list[tuple[Path, bytes | None]] = []
    for path in paths:
        if str(path) == "-":
            targets.append(_read_stdin())
        else:
            targets.append((path, None))
    return targets


def _variable_file(kb: Path | None, fmt: ReportFormat) -> Path:
    """``kb_path``, with a missing file ``$FACTCHECK_KB`` names marked for ``--format github`` on that file, as
    '--kb missing.yaml' is: said on standard error alone, the job failed with no reason in the pull request."""
    try:
        return kb_path(kb)
    except KnowledgeBaseError as error:
        name = error.problems[0].location.path
        _annotate_unchecked(name, error, fmt, github_path(name, os.environ.get("GITHUB_WORKSPACE")))
        raise


def _refuse_the_starter_file(fmt: ReportFormat) -> None:
    """``refuse_to_validate_the_starter_file``, with ``--format github`` marked as the other files that cannot be
    checked are (``_annotate_unchecked``): a job's step run where there is no ./claims.yaml (a desk.yaml beside it,
    or nothing) failed with the message in its log alone, where a pull request's reviewer does not see it.  The
    mark is the job's own, as an empty name's is: there is no file to mark; its message names the file looked for."""
    try:
        refuse_to_validate_the_starter_file()
    except KnowledgeBaseError as error:
        if fmt is ReportFormat.GITHUB:
            # 'claims.yaml: no such file ...', as the log says it (Location's str is the name shown)
            problem = Problem(Location(""), f"{error.problems[0].location}: {error_message(error)}")
            with until_the_reader_goes():
                console().print(Text(github_annotation(problem)), soft_wrap=True)
        raise


def _named_stdin(targets: list[tuple[Path, bytes | None]], name: str) -> list[tuple[Path, bytes | None]]:
    """``targets`` with standard input's file named ``name`` in messages (its bytes are already read)."""
    if not any(data is not None for _path, data in targets):
        raise InputError("--stdin-name names the file read from standard input: give - as the file to check")
    if not name.strip() or any(ch in name for ch in "\0\n\r"):
        raise InputError(f"--stdin-name {name!r}: give a file's name, such as claims.yaml")
    return [(Path(name), data) if data is not None else (path, data) for path, data in targets]


def _validate_one(target: Path, data: bytes, fmt: ReportFormat, marked: str, *, strict: bool) -> bool:
    """Print one file's problems and summary (or its JSON line); whether it fails the run: whether it has errors,
    or, ``strict``, any problem.

    A reader of standard output that goes away (``factcheck validate claims.yaml | head -20`` in CI)
    ends only the printing: the exit code still says whether the file has errors (it was 0, and a CI
    job under ``set -o pipefail`` passed a broken file), and the files after it are still checked."""
    knowledge_base, found = validate_file(target, data)
    problems = [problem.worded_for(OPTION_WORDING) for problem in found]  # its options, not the library's names
    with until_the_reader_goes():
        fails = _fails(problems, strict=strict)
        _print_findings(target, len(knowledge_base), problems, fmt, marked, fails=fails)
    return fails


def _fails(problems: list[Problem], *, strict: bool) -> bool:
    """Whether a file with ``problems`` fails the run: an error does, and, ``strict``, a warning too."""
    return any(problem.is_error for problem in problems) or (strict and bool(problems))


def _print_findings(
    target: Path, count: int, problems: list[Problem], fmt: ReportFormat, marked: str, *, fails: bool
) -> None:
    """One file's problems and summary on standard output (its JSON line in JSON; for GitHub, each problem as
    an annotation on the file ``marked``, then the summary as text, naming the file as typed).  A file that
    ``fails`` (``_fails``) without an error fails for its warnings (--strict): its summary says why
    ("0 errors, 1 warning" read as a pass in a job's log that failed)."""
    errors = [p for p in problems if p.is_error]
    warnings = [p for p in problems if not p.is_error]
    if fmt is ReportFormat.JSON:
        print_json(
            {
                "kb": str(target),
                "claims": count,
                "errors": len(errors),
                "warnings": len(warnings),
                "problems": [p.to_dict() for p in problems],
            },
            lines=True,
        )
        return
    out = console()
    for problem in problems:
        if fmt is ReportFormat.GITHUB:
            # one line a problem, never wrapped
            out.print(Text(_annotation(problem, str(target), marked)), soft_wrap=True)
        else:
            out.print(problem_line(problem))
    # with errors, say the count is of the claims that could be read: "0 claims" for a file of
    # two broken entries read as if the file were empty; not "valid": a claim with an error in an
    # optional field (an impossible date) is read without it, and a file whose one claim has such
    # an error read "1 valid claim, 1 error"
    counted = f"claim{'' if count == 1 else 's'}{' read' if errors else ''}"
    name = shown_name(target)
    if fmt is ReportFormat.GITHUB:
        name = undecoded_bytes_shown(name)  # the log is UTF-8 text, as the marks' names
    if fmt is ReportFormat.GITHUB and name.lstrip().startswith("::"):
        # a file named '::stop-commands::tok.yaml' began a workflow command that made GitHub ignore the
        # marks after it; './' names the same file and begins no command
        name = f"./{name}"
    summary = Text(f"{name}: {count} {counted}, ")
    summary.append(
        f"{len(errors)} error{'' if len(errors) == 1 else 's'}", style="bold red" if errors else "bold green"
    )
    warnings_fail = fails and not errors
    summary.append(
        f", {len(warnings)} warning{'' if len(warnings) == 1 else 's'}", style="bold red" if warnings_fail else ""
    )
    if warnings_fail:
        summary.append(" (--strict: warnings fail)")
    out.print(summary)


def _read_stdin() -> tuple[Path, bytes]:
    """The claims file piped in, named as the other commands name standard input."""
    return STDIN_KB, read_stdin_kb("validate -", "factcheck validate -")
