"""``factcheck add``, ``edit`` and ``remove``: changing the claims file safely.

The work is done by ``factcheck.editing`` (one entry's lines change, the whole file is
validated, the write is atomic and locked); this module gathers the fields, asks what it must
ask on a terminal, and prints a one-line summary, the diff (``--dry-run``) or JSON.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from rich.text import Text

from ..choices import did_you_mean, meant_choices, publishers_rating
from ..errors import InputError, KnowledgeBaseError, Location, Problem, quoted, shown_name
from ..filters import split_tags, tag_key
from ..inputfiles import icloud_placeholder, no_such_file
from ..model import VERDICTS, Claim, Source, Verdict, as_choice, is_valid_date, not_a_date, slugify, unique_id
from ..safewrite import read_snapshot
from ..store import DEFAULT_KB_NAME, KB_ENV_VAR, parse_knowledge_base
from ..validation import is_http_url
from .app import app, note_saved
from .options import (
    VERDICT_NAMES,
    JsonOption,
    OneValueEach,
    claims_files_here,
    claims_files_named,
    complete_claim_id,
    current_folder,
    date_text_option,
    kb_file_path,
    new_file_beside_a_lookalike,
    new_file_beside_claims_files,
    new_file_beside_the_one_above,
    note_the_claims_files,
    note_the_lookalike,
    note_the_new_file,
    one_of,
    refuse_an_unreadable_id,
    text_option,
    variable_file_missing,
    writable_kb_path,
)
from .output import console, error_console, is_utf8_stream, print_json, sanitize, sign
from .render import shortened

# The editing machinery (ruamel.yaml, the layout reader) is imported by the commands that use it:
# every factcheck command loads this module, and `check` should not pay for it at start-up.
if TYPE_CHECKING:
    from ..editing import EditResult

# -- options shared by the three commands ----------------------------------------------------------

WriteKbOption = Annotated[
    Optional[Path],
    typer.Option(
        "--kb",
        help=f"Claims file to change. Default: ./{DEFAULT_KB_NAME} if present, else ${KB_ENV_VAR}, "
        f"else ./{DEFAULT_KB_NAME} (never the bundled starter file).",
        show_default=False,
        parser=kb_file_path,
        metavar="FILE",
    ),
]
DryRunOption = Annotated[bool, typer.Option("--dry-run", "-n", help="Show the diff of the change and write nothing.")]


ClaimText = Annotated[Optional[str], text_option("--claim", "The claim, as people say it.", "CLAIM")]
VerdictOpt = Annotated[
    Optional[Verdict],
    typer.Option(
        "--verdict",
        parser=one_of(Verdict, publishers_rating),
        help=f"The verdict, on the scale: {VERDICT_NAMES}.",
        show_default=False,
        metavar="VERDICT",
    ),
]
Summary = Annotated[Optional[str], text_option("--summary", "Why the verdict: one or two sentences.", "SUMMARY")]
Claimant = Annotated[Optional[str], text_option("--claimant", "Who made the claim.", "NAME")]
# Dates are checked at the option: "Invalid value for '--checked'" names what to fix, where the
# claim's validation said "claim 'x' is not valid: claim 'x' checked date ..."
Checked = Annotated[
    Optional[str], date_text_option("--checked", "When the verdict was reached (YYYY-MM-DD, YYYY-MM, YYYY).")
]
OriginalRating = Annotated[
    Optional[str], text_option("--original-rating", "A publisher's own wording of the verdict.", "RATING")
]
SourceTitle = Annotated[Optional[str], text_option("--source-title", "Title of the source.", "TITLE")]
SourcePublisher = Annotated[Optional[str], text_option("--source-publisher", "Who published the source.", "NAME")]
SourceDate = Annotated[
    Optional[str], date_text_option("--source-date", "Date of the source (YYYY-MM-DD, YYYY-MM, YYYY).")
]
SourceQuote = Annotated[
    Optional[str],
    text_option("--source-quote", "The sentence of the source that supports the verdict, verbatim.", "QUOTE"),
]
SourceNote = Annotated[Optional[str], text_option("--source-note", "A note about the source.", "NOTE")]


def can_prompt() -> bool:
    """Whether to ask questions: only when a person is at the keyboard."""
    return sys.stdin.isatty()


# -- output -------------------------------------------------------------------------------------------


def diff_text(diff: str) -> Text:
    """A unified diff, coloured (on a terminal) like git's."""
    text = Text()
    for line in diff.splitlines(keepends=True):
        if line.startswith(("+++", "---")):
            style = "bold"
        elif line.startswith("+"):
            style = "green"
        elif line.startswith("-"):
            style = "red"
        elif line.startswith("@@"):
            style = "cyan"
        else:
            style = ""
        text.append(sanitize(line.rstrip("\n")) + "\n", style=style)
    return text


def report(result: EditResult, *, dry_run: bool, json_output: bool, claims_key: str) -> None:
    """The change's one-line summary (and its diff on a dry run), or with --json its report object,
    where ``claims_key`` ("added", "updated", "removed") holds the claims changed."""
    note_saved(result)
    if json_output:
        print_json(result.to_dict(claims_key))
        error_console().print(sanitize(result.summary))
    else:
        out = console()
        if dry_run and result.diff:
            out.print(diff_text(result.diff), end="", soft_wrap=True)
        out.print(sanitize(result.summary), soft_wrap=True)
    _note_new_tags(result)
    _say_warnings(result)


def _say_warnings(result: EditResult) -> None:
    """Say each warning validate will give the claim written that it did not have (``EditResult.warnings``), as
    validate says it: a source without a date or a broken-looking URL went unsaid until the desk's CI."""
    for warning in result.warnings:
        with contextlib.suppress(OSError):  # as a note: a full standard error leaves the change saved
            error_console().print(sanitize(str(warning)), soft_wrap=True)


def _note_new_tags(result: EditResult) -> None:
    """Say of a tag the change brings into the file that it is new there, when it is spelt like one the file
    has: 'add --tag sovereignity' added a misspelt tag silently, which 'list -t sovereignty' then missed.
    A new tag like none of the file's is a new subject, and goes unsaid."""
    for tag, like in result.new_tags().items():
        if like:
            meant = " or ".join(quoted(known) for known in like)
            note = f"note: tag {quoted(tag)} is new to {shown_name(result.path)}; did you mean {meant}?"
            # a note that cannot be written (standard error on a full disk) leaves the change and its exit code
            with contextlib.suppress(OSError):
                error_console().print(sanitize(note), soft_wrap=True)


def _report_unchanged(path: Path, message: str, *, dry_run: bool, json_output: bool, claims_key: str) -> None:
    """Nothing was changed (an edit cancelled, a removal declined): say why, and with --json say so
    in the same report object a change gives."""
    from ..editing import EditResult

    if json_output:
        print_json(EditResult(path, message, diff="", written=False, dry_run=dry_run).to_dict(claims_key))
    error_console().print(sanitize(message))


# -- add --------------------------------------------------------------------------------------------------


def _check_claim_text(claim: str | None) -> None:
    """Refuse a --claim with no words, saying so: made into an id, a blank claim was refused as
    "claim 'claim' has no 'claim'", and "!!!" was saved under the made-up id "claim"."""
    if claim is None:
        return
    if not claim.strip():
        raise InputError("--claim is empty: give the claim's text")
    if not any(character.isalnum() for character in claim):
        raise InputError(f"--claim {claim!r} has no words: give the claim's text")


#: the pairs of marks that quote a whole text, opening then closing: English, German and Polish („…“ „…”),
#: Swedish (”…”), French and Spanish («…»), Danish (»…«), typographic single ones, straight double ones, and CJK
#: corner brackets; not straight single ones: an apostrophe may open and close a claim ("'Twas ... gyre'")
_QUOTE_PAIRS = frozenset(
    {
        ("\u201c", "\u201d"),
        ("\u201e", "\u201c"),
        ("\u201e", "\u201d"),
        ("\u201d", "\u201d"),
        ("\u00ab", "\u00bb"),
        ("\u00bb", "\u00ab"),
        ("\u2018", "\u2019"),
        ("\u201a", "\u2018"),
        ("\u2039", "\u203a"),
        ('"', '"'),
        ("\u300c", "\u300d"),
        ("\u300e", "\u300f"),
    }
)
#: an apostrophe inside a word ("Biden’s", "don't"), which closes no single quote
_IN_WORD_APOSTROPHE = re.compile(r"(?<=\w)[\u2019'](?=\w)")


def _without_outer_quotes(claim: str) -> str:
    """The claim without the one pair of quotes around all of it ('“The Moon is made of cheese”', pasted from a
    document or typed in quotes): a claim is written as people say it, and the marks were kept as its first and
    last letters.  Only when neither mark is inside it too: in '“Fake news” is “dangerous”' the two mark two
    quoted phrases, and a claim that starts with one ('“Fake news” is ...') ends with no closing mark."""
    text = claim.strip()
    if len(text) < 3 or (text[0], text[-1]) not in _QUOTE_PAIRS:
        return claim
    inside = _IN_WORD_APOSTROPHE.sub("", text[1:-1])
    if text[0] in inside or text[-1] in inside:
        return claim
    return text[1:-1].strip()


def _unquoted_claim(claim: str | None) -> str | None:
    """``claim`` without quotes around the whole of it, said on standard error when they are taken off."""
    if claim is None:
        return None
    unquoted = _without_outer_quotes(claim)
    if unquoted != claim and unquoted.strip():
        error_console().print(
            sanitize(f"note: the quotes around the claim are taken off (a claim is written as said): {unquoted}"),
            soft_wrap=True,
        )
        return unquoted
    return claim


def _ask(
    label: str,
    *,
    default: str = "",
    required: bool = False,
    valid: tuple[Callable[[str], bool], Callable[[str], str]] | None = None,
) -> str:
    """One answer, asked again while it is missing (``required``) or, when given, not ``valid``
    (a test, and what to say of the answer when it fails): a mistyped date must not lose every answer
    after it."""
    while True:
        value = _prompt(label, default=default, show_default=bool(default)).strip()
        if not value and required:
            error_console().print(f"{label} is required.")
        elif value and valid is not None and not valid[0](value):
            error_console().print(sanitize(f"{value!r} {valid[1](value)}; try again."))
        else:
            return value


def _questions_on_stderr() -> contextlib.AbstractContextManager[object]:
    """Standard output pointed at standard error while a question is asked: Click writes a question's
    last character (its space) with ``input``, which writes it to standard output, so that each question
    put one space in 'factcheck add > out' (on a terminal, with standard output elsewhere).  ``input``
    then reads the line from ``sys.stdin`` itself; ``err=True`` already sends the rest of the question
    to standard error."""
    return contextlib.redirect_stdout(sys.stderr)


def _prompt(label: str, **options: Any) -> str:
    """``typer.prompt``'s answer, or an ``InputError`` when standard input's encoding misread it: nothing
    is saved, rather than a traceback (an answer in UTF-8 where ``PYTHONIOENCODING=ascii``: a
    UnicodeDecodeError) or mojibake (where it is latin-1 or cp1252, "café" typed read as "cafÃ©", and saved
    so).  Retyping cannot help, so the command stops with what to do."""
    try:
        with _questions_on_stderr():
            answer: str = typer.prompt(label, err=True, **options)
    except UnicodeDecodeError:
        raise _misread(label, "is not {encoding} text") from None
    if _is_utf8_misread(answer, sys.stdin.encoding or "utf-8"):
        raise _misread(label, "is UTF-8 text, which {encoding} misreads")
    return answer


def _confirm(question: str) -> bool:
    """``typer.confirm``'s answer (no by default), or an ``InputError`` as ``_prompt``'s for an answer
    standard input cannot decode ("sí" typed where ``PYTHONIOENCODING=ascii`` was a traceback)."""
    try:
        with _questions_on_stderr():
            return typer.confirm(question, default=False, err=True)
    except UnicodeDecodeError:
        raise _misread(question, "is not {encoding} text", instead="pass --yes") from None


def _misread(question: str, what: str, *, instead: str = "give the fields as options") -> InputError:
    encoding = sys.stdin.encoding or "utf-8"
    return InputError(
        f"the answer to '{question}' {what.format(encoding=encoding)}, the encoding standard input is read in "
        "(PYTHONIOENCODING, or the locale); run factcheck with PYTHONIOENCODING=utf-8 if your terminal writes "
        f"UTF-8, or {instead}"
    )


def _is_utf8_misread(answer: str, encoding: str) -> bool:
    """Whether ``answer``'s bytes, read in ``encoding`` (not UTF-8), are UTF-8 text with characters beyond
    ASCII: mojibake ("café" typed in UTF-8 reads "cafÃ©" in Latin-1, "’" reads "â€™" in Windows-1252).

    Latin-1 or Windows-1252 text is seldom valid UTF-8, but can be: a capital letter with an accent before
    a typographic sign ("JOSÉ’S" in Windows-1252, É’ = C9 92) is a UTF-8 character, "ɒ" (U+0252).  Such a
    reading yields characters no claim is written in (C1 controls, IPA letters...): the answer is taken as
    typed then, and refused only when every character of its UTF-8 reading is text a claim may hold."""
    if answer.isascii() or is_utf8_stream(sys.stdin):
        return False
    try:
        as_utf8 = answer.encode(encoding).decode("utf-8")
    except UnicodeError:  # not UTF-8 bytes: text of that encoding, as typed
        return False
    return not any(_UNLIKELY_IN_TEXT.match(character) for character in as_utf8)


#: characters of two UTF-8 bytes that a capital of Latin-1 before a sign of Windows-1252 reads as, and that
#: no claim is written in: C1 controls, Latin Extended-B, IPA, spacing modifiers and combining marks (text
#: typed is composed), Syriac, Thaana, N'Ko; Latin-1, Latin Extended-A, Greek, Cyrillic, Armenian, Hebrew and
#: Arabic are text, as is every character of three or four bytes ("’", "€", CJK, emoji)
_UNLIKELY_IN_TEXT = re.compile("[\u0080-\u009f\u0180-\u036f\u0700-\u07ff]")


#: a date answered as the options take it: '12/03/2025' gets its two readings, as --checked gives them (the
#: question said only "not a real date written YYYY-MM-DD", and a teacher's class retyped it at random)
_A_DATE = (is_valid_date, not_a_date)
_A_URL = (is_http_url, lambda _: "is not an http(s) URL (https://...)")


def _ask_verdict() -> Verdict:
    choices = ", ".join(f"{i}={v}" for i, v in enumerate(VERDICTS, 1))
    while True:
        answer = as_choice(_prompt(f"Verdict ({choices})"))  # "Mostly true" is mostly-true
        if answer.isdigit() and 1 <= int(answer) <= len(VERDICTS):
            return Verdict(VERDICTS[int(answer) - 1])
        if answer in VERDICTS:
            return Verdict(answer)
        meant = meant_choices(answer, VERDICTS, publishers_rating)
        hint = f" ({did_you_mean(meant)})" if meant else ""
        error_console().print(sanitize(f"Please answer with a number or one of: {', '.join(VERDICTS)}{hint}."))


@dataclasses.dataclass
class _SourceFields:
    url: str | None
    title: str | None
    publisher: str | None
    date: str | None
    quote: str | None
    note: str | None

    def given(self) -> bool:
        return any(v is not None for v in dataclasses.astuple(self))

    def to_source(self, url_flag: str, *, or_else: str = "") -> Source:
        """The source, or an ``InputError`` when it has no URL (``or_else``: the other way to use
        the fields, said in that message)."""
        if self.url is not None and not self.url.strip():
            raise InputError(f"{url_flag} is empty (a source is identified by its URL)")
        if self.url is None:
            names = ("title", "publisher", "date", "quote", "note")
            values = dataclasses.astuple(self)[1:]
            given = next(name for name, value in zip(names, values, strict=True) if value is not None)
            raise InputError(f"--source-{given} needs {url_flag} URL (a source is identified by its URL){or_else}")
        return Source(self.url, self.title, self.publisher, self.date, self.quote, self.note)


def _one_source_url(urls: list[str] | None, flag: str, how: str) -> str | None:
    """The one source URL given, if any: the --source-* fields describe a single source, so a second
    URL is refused rather than silently replacing the first."""
    if not urls:
        return None
    if len(urls) > 1:
        raise InputError(f"{flag} given {len(urls)} times: one source at a time ({how})")
    return urls[0]


def _prompt_missing(fields: dict[str, Any], source: _SourceFields) -> list[_SourceFields]:
    """On a terminal, ask for what was not given on the command line; the sources after the first, when
    the first was asked for (a claim is seldom backed by one page, and options gave one source only)."""
    if not fields["claim"]:
        fields["claim"] = _unquoted_claim(_ask("Claim", required=True))
    if fields["verdict"] is None:
        fields["verdict"] = _ask_verdict()
    if fields["summary"] is None:
        fields["summary"] = _ask("Summary (why this verdict; Enter to skip)")
    if not fields["tags"]:
        fields["tags"] = split_tags([_ask("Tags, comma-separated (Enter to skip)")])
    if fields["checked"] is None:
        fields["checked"] = _ask("Checked on (YYYY-MM-DD)", default=datetime.date.today().isoformat(), valid=_A_DATE)
    if source.given():
        return []
    _ask_source(source, "Source URL (Enter for none)")
    more: list[_SourceFields] = []
    last = source
    while last.url is not None:  # Enter at a URL ends the sources, as it does at the first
        last = _SourceFields(None, None, None, None, None, None)
        try:
            _ask_source(last, "Another source URL (Enter for none)", earlier=[source, *more])
        except typer.Abort as abort:
            # the input ending here (Ctrl-D, or a script's answers for one source) is "no more": every
            # answer before it is a whole claim, and this question came after the last one once
            if not isinstance(abort.__context__, EOFError) or last.url is not None:
                raise
            error_console().print()  # the prompt's line ended, as Enter would have
            break
        repeated = _same_source(last, [source, *more])
        if repeated is not None:
            # validate would warn of it later, in a file already saved with it; what it adds goes to that one
            error_console().print(Text(sanitize(_merge_repeated(last, [source, *more][repeated - 1], repeated))))
        elif last.url is not None:
            more.append(last)
    return more


def _merge_repeated(source: _SourceFields, earlier: _SourceFields, number: int) -> str:
    """Put what a source repeating the ``earlier`` one (source #``number``: the same URL and quote) adds to it
    into that one, and say so: a title, publisher, date or note it lacks (review24d: a title, publisher and date
    typed with the URL again were dropped, the bare first source kept).  A field it has already stays, and
    the other answer is said back, not used."""
    added: list[str] = []
    other: list[str] = []
    for name in ("title", "publisher", "date", "note"):
        value, before = getattr(source, name), getattr(earlier, name)
        if value is None or value == before:
            continue
        if before is None:
            setattr(earlier, name, value)
            added.append(name)
        else:
            other.append(f"{name} {value!r} (it has {before!r})")
    said = f"Left out: it repeats source #{number} (same URL and quote)"
    if added:
        said += f"; its {_listed(added)} put in source #{number}"
    if other:
        said += f"; not used: {_listed(other)}"
    return said + "."


def _listed(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _same_source(source: _SourceFields, earlier: list[_SourceFields], *, by_url_only: bool = False) -> int | None:
    """The number of the first of the ``earlier`` sources that ``source`` repeats, as validate tells a source
    repeated (the same URL and quote; ``by_url_only``: the same URL), or None."""
    if source.url is None:
        return None
    for number, other in enumerate(earlier, 1):
        if other.url == source.url and (by_url_only or other.quote == source.quote):
            return number
    return None


def _ask_source(source: _SourceFields, question: str, *, earlier: list[_SourceFields] | None = None) -> None:
    """A source's fields asked for, its URL first: none (``source.url`` None) when that is left empty.
    ``earlier``: the sources asked for before it; a URL one of them has is said at once."""
    source.url = _ask(question, valid=_A_URL) or None
    same_url = _same_source(source, earlier or [], by_url_only=True)
    if same_url is not None:
        # the same page may back a claim twice, with another quote (validate warns only of the same quote)
        error_console().print(
            f"Source #{same_url} has this URL already: give this one a quote of its own, or it repeats "
            f"source #{same_url} and is left out (a title, publisher or date it adds is put in source #{same_url})."
        )
    if source.url:
        source.title = _ask("Source title (Enter to skip)") or None
        source.publisher = _ask("Source publisher (Enter to skip)") or None
        source.date = _ask("Source date, YYYY-MM-DD (Enter to skip)", valid=_A_DATE) or None
        source.quote = _ask("Supporting quote, verbatim (Enter to skip)") or None


def _existing_ids(path: Path) -> set[str]:
    try:
        snapshot = read_snapshot(path)
        if not snapshot.data or not snapshot.data.strip():
            return set()
        kb, _problems = parse_knowledge_base(snapshot.data, str(path))
    except KnowledgeBaseError:
        return set()  # add itself reports what is wrong with the file
    return set(kb.ids())


def _claims_file_to_change(kb: Path | None) -> Path:
    """The claims file edit and remove change, which must be there already.  Without --kb, its absence is
    most often a user in another folder than theirs: 'claims.yaml: error: no such file' told them neither
    where factcheck looked nor what to type next."""
    path = writable_kb_path(kb, to_create=False)  # $FACTCHECK_KB's file not there is said there
    if kb is None and not path.exists():
        if icloud_placeholder(str(path)) is not None:  # the user's file is here, not downloaded from iCloud Drive
            message = no_such_file(str(path))
        elif path == Path(DEFAULT_KB_NAME) and (names := claims_files_here()):
            message = f"no such file in this folder, but {claims_files_named(names)}"
        elif path == Path(DEFAULT_KB_NAME):
            message = (
                f"no such file (none in this folder, {current_folder()}): cd to the folder of your claims file, "
                "or name it with --kb FILE"
            )
        else:
            message = variable_file_missing(path)  # a file that could not be looked at before
        raise KnowledgeBaseError([Problem(Location(str(path)), message)])
    return path


@app.command(short_help="Add a claim to the claims file.", cls=OneValueEach)
def add(
    kb: WriteKbOption = None,
    claim_id: Annotated[
        Optional[str], text_option("--id", "Id of the claim (default: made from the claim's words).", "ID")
    ] = None,
    claim: ClaimText = None,
    verdict: VerdictOpt = None,
    summary: Summary = None,
    tag: Annotated[
        Optional[list[str]], text_option("--tag", "A tag (repeatable, or several comma-separated).", "TAG")
    ] = None,
    alias: Annotated[
        Optional[list[str]], text_option("--alias", "Another wording of the claim (repeatable).", "ALIAS")
    ] = None,
    claimant: Claimant = None,
    checked: Checked = None,
    original_rating: OriginalRating = None,
    source_url: Annotated[
        Optional[list[str]], text_option("--source-url", "URL of a source backing the verdict.", "URL")
    ] = None,
    source_title: SourceTitle = None,
    source_publisher: SourcePublisher = None,
    source_date: SourceDate = None,
    source_quote: SourceQuote = None,
    source_note: SourceNote = None,
    force: Annotated[
        bool, typer.Option("--force", help="Add it even if a claim saying nearly the same is already there.")
    ] = False,
    dry_run: DryRunOption = False,
    json_output: JsonOption = False,
) -> None:
    """Add a claim to the claims file (created if missing).

    Give the fields as options; on a terminal, factcheck asks for the ones missing. Refuses an
    id already used, or a claim that says nearly the same as one already there (unless
    --force), and anything invalid: the file is only written when the result is valid. A tag
    new to the file that is spelt like one it has is added with a note ("did you mean ...?").

    --json prints one report object: {"kb" (the claims file), "written", "dry_run", "added":
    [claim], "related", "opposite", "diff"} (the one-line summary goes to standard error).
    "related" lists the claims of the file 'factcheck check' already finds for the claim added (the
    same fact-check in other words, perhaps), best first, each {"id", "claim", "verdict", "score",
    "added_id"}: on standard error each is a note. "opposite" lists, in the same form, the claims
    worded nearly as the claim added that it says the opposite of ("Crime never increased" beside
    "Crime increased"): it is added beside them, with a note, and they are not in "related". Both
    are empty with --force, which does not look.
    """
    path = writable_kb_path(kb)
    above = new_file_beside_the_one_above(kb)
    lookalike = new_file_beside_a_lookalike(kb)
    beside = new_file_beside_claims_files(kb)
    claim = _unquoted_claim(claim)
    _check_claim_text(claim)
    fields: dict[str, Any] = {
        "claim": claim,
        "verdict": verdict,
        "summary": summary,
        "tags": split_tags(tag or []),
        "checked": checked,
    }
    url = _one_source_url(source_url, "--source-url", "add the others with factcheck edit ID --add-source URL")
    source = _SourceFields(url, source_title, source_publisher, source_date, source_quote, source_note)
    more: list[_SourceFields] = []
    if (not claim or verdict is None) and can_prompt():
        more = _prompt_missing(fields, source)
    missing = [flag for flag, key in (("--claim", "claim"), ("--verdict", "verdict")) if not fields[key]]
    if missing:
        raise InputError(f"missing {' and '.join(missing)} (or run factcheck add on a terminal to be asked)")
    text = str(fields["claim"]).strip()
    new = Claim(
        id=claim_id.strip() if claim_id else unique_id(slugify(text), _existing_ids(path)),
        claim=text,
        verdict=fields["verdict"],
        summary=fields["summary"],
        aliases=tuple(alias or ()),
        tags=tuple(fields["tags"]),
        claimant=claimant,
        checked=fields["checked"],
        original_rating=original_rating,
        sources=(source.to_source("--source-url"), *(extra.to_source("--source-url") for extra in more))
        if source.given()
        else (),
    )
    from ..editing import add_claims

    result = add_claims(path, [new], dry_run=dry_run, check_similar=not force)
    report(result, dry_run=dry_run, json_output=json_output, claims_key="added")
    note_the_new_file(above, result)
    note_the_lookalike(lookalike, path, result)
    note_the_claims_files(beside, result)
    _note_related(result)


#: how much of the claim check already finds the note on an added claim shows: a claim of 1 MB was printed whole
NOTED_CLAIM_CHARS = 400


def _note_related(result: EditResult) -> None:
    """Say which claims of the file ``check`` already finds for the claim added: two fact-checks of one
    fact, in other words, give a reader two verdicts ("Eastvale's tap water contains lead" was added beside
    "There is dangerous lead in the tap water in Eastvale", which check matched at 1.00)."""
    from ..matching import opposite_note

    opposite = {(added_id, other.id) for added_id, other, _ in result.opposite}
    for added_id, other, score in result.opposite:
        # as import notes it: worded nearly as a claim of the file, it is another fact-check (``apart_from_opposites``)
        note = opposite_note(repr(other.id), score, dry_run=result.dry_run)
        error_console().print(sanitize(f"note: {added_id!r} {note}"), soft_wrap=True)
    for added_id, other, score in result.related:
        if (added_id, other.id) in opposite:
            continue  # check finds it, noted as its opposite: no "keep one" of two fact-checks
        error_console().print(
            sanitize(
                f"note: factcheck check already finds claim {other.id!r} for {added_id!r} ({score:.2f}): "
                f"[{other.verdict.value}] {shortened(other.claim, NOTED_CLAIM_CHARS)} {sign('—', sys.stderr)} "
                "if they are one fact-check, keep one "
                f"(factcheck remove ID)"
            ),
            soft_wrap=True,
        )


# -- edit -------------------------------------------------------------------------------------------------


def _same(value: str, *, fold: bool) -> str:
    """What two values are compared by: tags without case or accents (as --tag selects them), aliases as written."""
    return tag_key(value) if fold else value


def _remove_values(
    current: tuple[str, ...], unwanted: list[str], what: tuple[str, str], claim_id: str, *, fold: bool = False
) -> tuple[str, ...]:
    """``current`` without ``unwanted``; ``what``: the field's name, singular and plural."""
    unwanted_keys = {_same(value.strip(), fold=fold) for value in unwanted}  # as added: --add-tag " x" stores "x"
    have_keys = {_same(value, fold=fold) for value in current}
    for value in unwanted:
        if _same(value.strip(), fold=fold) not in have_keys:
            have = ", ".join(current) if current else "none"
            raise InputError(f"claim {claim_id!r} has no {what[0]} {quoted(value.strip())} ({what[1]}: {have})")
    return tuple(v for v in current if _same(v, fold=fold) not in unwanted_keys)


def _add_values(current: tuple[str, ...], extra: list[str], *, fold: bool = False) -> tuple[str, ...]:
    """``current`` and the ``extra`` values it does not have yet (a tag it has in another case it has)."""
    have = {_same(value, fold=fold) for value in current}
    added = tuple(dict.fromkeys(v for v in extra if _same(v.strip(), fold=fold) not in have))
    return current + added


def _optional(value: str | None, current: str | None) -> str | None:
    """An option left out keeps the field; an empty value (--summary '') clears it."""
    if value is None:
        return current
    return value or None


def _check_source_change(number: int, source: _SourceFields, removals: list[int]) -> None:
    """``--source N`` changes one source with the --source-* fields, and nothing else of sources."""
    if source.url is not None:
        raise InputError("--source N changes a source and --add-source adds one: one at a time")
    if not source.given():
        raise InputError(f"--source {number} needs a --source-* field to change (--source-date, --source-quote ...)")
    if number in removals:
        raise InputError(f"--source {number} and --remove-source {number}: change the source or remove it")


def _one_source_number(numbers: list[int] | None) -> int | None:
    """The one source number --source gives, if any: the --source-* fields are one source's, and Click
    does not say which --source each followed, so a second --source is refused rather than take them all."""
    if not numbers:
        return None
    if len(numbers) > 1:
        raise InputError(
            f"--source given {len(numbers)} times: one source at a time (run factcheck edit once for each)"
        )
    return numbers[0]


def _source_number(claim: Claim, number: int) -> int:
    """The index of source ``number`` (counted from 1, as 'show' numbers them), or an ``InputError``."""
    if not 1 <= number <= len(claim.sources):
        raise InputError(
            f"claim {claim.id!r} has no source #{number} (it has {len(claim.sources)}; see factcheck show {claim.id})"
        )
    return number - 1


def _changed_source(current: Source, fields: _SourceFields) -> Source:
    return dataclasses.replace(
        current,
        title=_optional(fields.title, current.title),
        publisher=_optional(fields.publisher, current.publisher),
        date=_optional(fields.date, current.date),
        quote=_optional(fields.quote, current.quote),
        note=_optional(fields.note, current.note),
    )


def _claim_change(
    options: dict[str, Any], source: _SourceFields, remove_sources: list[int], change_source: int | None = None
) -> Callable[[Claim], Claim]:
    def change(current: Claim) -> Claim:
        tags = current.tags if options["tag"] is None else tuple(split_tags(options["tag"]))
        tags = _remove_values(tags, split_tags(options["remove_tag"]), ("tag", "tags"), current.id, fold=True)
        tags = _add_values(tags, split_tags(options["add_tag"]), fold=True)
        aliases = current.aliases if options["alias"] is None else tuple(options["alias"])
        aliases = _add_values(
            _remove_values(aliases, options["remove_alias"], ("alias", "aliases"), current.id), options["add_alias"]
        )
        sources = list(current.sources)
        if change_source is not None:  # numbered as 'show' numbers them: before any removal
            index = _source_number(current, change_source)
            sources[index] = _changed_source(sources[index], source)
        for index in sorted({_source_number(current, number) for number in remove_sources}, reverse=True):
            del sources[index]
        if source.given() and change_source is None:
            sources.append(source.to_source("--add-source", or_else=", or --source N to change source N"))
        return dataclasses.replace(
            current,
            id=options["new_id"] or current.id,
            claim=options["claim"] if options["claim"] is not None else current.claim,
            verdict=options["verdict"] or current.verdict,
            summary=_optional(options["summary"], current.summary),
            claimant=_optional(options["claimant"], current.claimant),
            checked=_optional(options["checked"], current.checked),
            original_rating=_optional(options["original_rating"], current.original_rating),
            tags=tags,
            aliases=aliases,
            sources=tuple(sources),
        )

    return change


@app.command(short_help="Change a claim, with options or in your editor.", cls=OneValueEach)
def edit(
    claim_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="The id of the claim to change.", show_default=False, autocompletion=complete_claim_id
        ),
    ],
    kb: WriteKbOption = None,
    new_id: Annotated[Optional[str], text_option("--id", "Give the claim this new id.", "ID")] = None,
    claim: ClaimText = None,
    verdict: VerdictOpt = None,
    summary: Summary = None,
    claimant: Claimant = None,
    checked: Checked = None,
    original_rating: OriginalRating = None,
    tag: Annotated[
        Optional[list[str]],
        text_option("--tag", "Replace the tags with these (repeatable, or comma-separated).", "TAG"),
    ] = None,
    add_tag: Annotated[
        Optional[list[str]],
        text_option(
            "--add-tag",
            "Add a tag, unless the claim has it in any case or accents (repeatable, or comma-separated).",
            "TAG",
        ),
    ] = None,
    remove_tag: Annotated[
        Optional[list[str]],
        text_option("--remove-tag", "Remove a tag, in any case or accents (repeatable, or comma-separated).", "TAG"),
    ] = None,
    alias: Annotated[
        Optional[list[str]], text_option("--alias", "Replace the aliases with these (repeatable).", "ALIAS")
    ] = None,
    add_alias: Annotated[Optional[list[str]], text_option("--add-alias", "Add an alias (repeatable).", "ALIAS")] = None,
    remove_alias: Annotated[
        Optional[list[str]], text_option("--remove-alias", "Remove an alias (repeatable).", "ALIAS")
    ] = None,
    add_source: Annotated[
        Optional[list[str]],
        text_option("--add-source", "Add a source with this URL (and the --source-* fields).", "URL"),
    ] = None,
    source_title: SourceTitle = None,
    source_publisher: SourcePublisher = None,
    source_date: SourceDate = None,
    source_quote: SourceQuote = None,
    source_note: SourceNote = None,
    remove_source: Annotated[
        Optional[list[int]],
        text_option("--remove-source", "Remove source number N, as numbered by 'factcheck show' (repeatable).", "N"),
    ] = None,
    change_source: Annotated[
        Optional[list[int]],
        text_option(
            "--source",
            "Change source number N, as numbered by 'factcheck show', with the --source-* fields "
            "(an empty value clears one).",
            "N",
        ),
    ] = None,
    dry_run: DryRunOption = False,
    json_output: JsonOption = False,
) -> None:
    """Change a claim: with options, just those fields; without, in your editor.

    The editor is $VISUAL, else $EDITOR, else vi (vi only on a terminal); it shows the claim
    alone as YAML. Save to apply (it is validated first; on an error the editor opens again with
    the error at the top); leave it unchanged or empty it to cancel. If the editor fails (exits
    with an error status) or the errors are saved again unfixed, nothing is written and the exit
    code is 2. Empty values clear a field (--summary ''). A tag new to the file that is spelt
    like one it has is added with a note ("did you mean ...?").

    --json prints one report object: {"kb" (the claims file), "written", "dry_run", "updated":
    [claim], "diff"}; "written" is false on a dry run, a cancelled edit or a change that changes
    nothing ("updated" is empty when the edit is cancelled).
    """
    refuse_an_unreadable_id(claim_id)
    path = _claims_file_to_change(kb)
    claim = _unquoted_claim(claim)
    _check_claim_text(claim)
    options: dict[str, Any] = {
        "new_id": new_id,
        "claim": claim,
        "verdict": verdict,
        "summary": summary,
        "claimant": claimant,
        "checked": checked,
        "original_rating": original_rating,
        "tag": tag,
        "add_tag": list(add_tag or []),
        "remove_tag": list(remove_tag or []),
        "alias": alias,
        "add_alias": list(add_alias or []),
        "remove_alias": list(remove_alias or []),
    }
    url = _one_source_url(add_source, "--add-source", "run factcheck edit once for each")
    source = _SourceFields(url, source_title, source_publisher, source_date, source_quote, source_note)
    removals = list(remove_source or [])
    # taken as a list to see it repeated: given once, Click kept the last '--source N' and applied every
    # --source-* field to it ('--source 1 --source-title A --source 2 --source-title B' wrote B to source 2 only)
    number = _one_source_number(change_source)
    if number is not None:
        _check_source_change(number, source, removals)
    if all(v is None or v == [] for v in options.values()) and not source.given() and not removals:
        _edit_with_editor(path, claim_id, dry_run=dry_run, json_output=json_output)
        return
    from ..editing import update_claim

    change = _claim_change(options, source, removals, number)
    result = update_claim(path, claim_id, change, dry_run=dry_run)
    report(result, dry_run=dry_run, json_output=json_output, claims_key="updated")


def _edit_with_editor(path: Path, claim_id: str, *, dry_run: bool, json_output: bool) -> None:
    from .editor import edit_in_editor

    outcome = edit_in_editor(path, claim_id, dry_run=dry_run, interactive=can_prompt())
    if outcome.result is None:
        _report_unchanged(path, outcome.message, dry_run=dry_run, json_output=json_output, claims_key="updated")
        return
    report(outcome.result, dry_run=dry_run, json_output=json_output, claims_key="updated")


# -- remove -----------------------------------------------------------------------------------------------


@app.command(short_help="Remove a claim from the claims file.", cls=OneValueEach)
def remove(
    claim_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="The id of the claim to remove.", show_default=False, autocompletion=complete_claim_id
        ),
    ],
    kb: WriteKbOption = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    dry_run: DryRunOption = False,
    json_output: JsonOption = False,
) -> None:
    """Remove a claim (with its own comments: those right above it, and inside it) from the claims file.

    Asks for confirmation on a terminal; elsewhere --yes is required.

    --json prints one report object: {"kb" (the claims file), "written", "dry_run", "removed":
    [claim], "diff"} ("removed" is empty when the removal is declined).
    """
    refuse_an_unreadable_id(claim_id)
    path = _claims_file_to_change(kb)
    expected = None
    if not yes and not dry_run:
        from ..editing import claim_as_it_stands

        # a missing file or an unknown id is said before any --yes; the removal is refused if
        # the file changes while the question waits
        expected, found = claim_as_it_stands(path, claim_id, to_remove=True)
        if not can_prompt():
            raise InputError(f"not removing claim {claim_id!r} without confirmation: pass --yes")
        # the claim in parentheses: its own full stop before the question mark read "... of lead.? [y/N]"
        shown = sanitize(f"claim {claim_id!r}" + (f" ({_one_line(found)})" if found else ""))
        if not _confirm(f"Remove {shown}?"):
            _report_unchanged(path, "nothing removed", dry_run=dry_run, json_output=json_output, claims_key="removed")
            return
    from ..editing import remove_claim

    result = remove_claim(path, claim_id, dry_run=dry_run, expected=expected)
    removed = result.claims[0] if result.claims else None
    if removed is not None and not json_output:
        result = dataclasses.replace(result, summary=f"{result.summary}: {_one_line(removed)}")
    report(result, dry_run=dry_run, json_output=json_output, claims_key="removed")


def _one_line(claim: Claim) -> str:
    return f"[{claim.verdict.value}] {claim.claim}"
