"""``factcheck export``, ``import`` and ``ratings``: exchanging claims with the fact-checking world.

The work is done by ``factcheck.exporting`` (formats), ``factcheck.claimreview`` (the ClaimReview
mapping), ``factcheck.importing`` (reading, de-duplicating, writing safely) and
``factcheck.ratings`` (publishers' ratings on the verdict scale); this module parses the options
and prints.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.text import Text

from ..choices import synonyms
from ..claimreview import ExportSettings, export_warnings
from ..csvclaims import csv_warnings
from ..errors import InputError, Location, count_of, shown_name
from ..exporting import EXPORT_FORMAT_NAMES, ExportFormat, export_settings, export_text, out_name_warning
from ..inputfiles import STDIN_NAME, InputKind, decode_text, read_input, read_stdin
from ..jsontext import ascii_escaped
from ..safewrite import check_writable, file_lock, read_snapshot, write_atomically
from ..store import looks_like_claims_file, refuse_the_packaged_kb
from ..yamltree import MAX_FILE_BYTES
from .app import OPTION_WORDING, ExitCode, app, note_saved
from .edit import DryRunOption, WriteKbOption, diff_text
from .options import (
    FactcheckCommand,
    JsonOption,
    KbOption,
    OneValueEach,
    SinceOption,
    TagFilterOption,
    UnsupportedFilterOption,
    UntilOption,
    VerdictFilterOption,
    claim_filter,
    file_path,
    is_stdin,
    kb_path,
    new_file_beside_a_lookalike,
    new_file_beside_claims_files,
    new_file_beside_the_one_above,
    note_the_claims_files,
    note_the_lookalike,
    note_the_new_file,
    one_of,
    open_kb,
    selected_claims,
    text_option,
    writable_kb_path,
)
from .output import (
    console,
    error_console,
    is_terminal,
    is_utf8_stream,
    print_json,
    quoted,
    sanitize,
    sign,
    write_csv,
    write_document,
)

# Importing and the ratings table (HTML and JSON-LD readers, the editing machinery) are imported by
# the commands that use them: every factcheck command loads this module, and `check` should not
# pay for them at start-up.
if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..importing import ImportReport, Skipped
    from ..ratings import RatingMap

RatingMapOption = Annotated[
    Optional[Path],
    typer.Option(
        "--rating-map",
        help="YAML file of 'publisher rating: verdict' lines that extend and override the built-in table "
        "(see 'factcheck ratings'), or - to read it from standard input.",
        show_default=False,
        parser=file_path,
        metavar="FILE",
    ),
]


def _rating_map(path: Path | None, *, stdin_read_for: str | None = None) -> RatingMap:
    """The rating map --rating-map names, read from standard input for '-' (``generate-map | factcheck import
    feed.json --rating-map -``), as --kb - and every file argument read it: '-' was "-: error: no such file".
    ``stdin_read_for``: what else the command reads there ('import -'), refused as --kb - is then."""
    from ..ratings import RatingMap, load_rating_map

    if path is None:
        return RatingMap()
    if not is_stdin(path):
        return load_rating_map(path)
    if stdin_read_for is not None:
        raise InputError(
            f"--rating-map - and {stdin_read_for} both read standard input, which can be read once: "
            "give the rating map by name"
        )
    stdin = typer.get_binary_stream("stdin")
    if stdin.isatty():
        # typed at the terminal, the map would be waited for with no prompt: refuse instead, as --kb - does
        raise InputError(
            "'--rating-map -' reads the rating map from standard input: pipe it in, "
            "e.g. cat my-ratings.yaml | factcheck ratings --rating-map -"
        )
    data = read_stdin(stdin, MAX_FILE_BYTES + 1)
    if not data.strip():
        # '</dev/null', a generator that failed upstream: read as no map, every rating was then unmapped
        # (import made its claims 'unsupported', exit 0)
        raise InputError("is empty, no rating map", Location(STDIN_NAME))
    return load_rating_map(STDIN_NAME, data=data)


def _warn(message: str) -> None:
    error_console().print(sanitize(f"factcheck: warning: {message}"), soft_wrap=True)


# -- export -----------------------------------------------------------------------------------------


@app.command(short_help="Export the claims as ClaimReview, JSON, CSV or a handout.", cls=OneValueEach)
def export(
    kb: KbOption = None,
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            parser=one_of(ExportFormat, synonyms(EXPORT_FORMAT_NAMES)),
            help="claimreview: schema.org ClaimReview JSON-LD; json: the claims as 'list --json' prints them; "
            "csv: one row per claim; markdown: a handout to read or print (each claim's verdict, summary and "
            "sources).",
            metavar="FORMAT",
        ),
    ] = ExportFormat.CLAIMREVIEW,
    out: Annotated[
        Optional[Path],
        typer.Option(
            "--out",
            "-o",
            help="Write to this file (default, or '-': standard output).",
            show_default=False,
            parser=file_path,
            metavar="FILE",
        ),
    ] = None,
    feed: Annotated[
        bool, typer.Option("--feed", help="ClaimReview only: one DataFeed (dataFeedElement[].item[]), not a list.")
    ] = False,
    base_url: Annotated[
        Optional[str],
        text_option(
            "--base-url",
            "ClaimReview only: each claim's url is this + its id. Default: 'base_url' in the claims file.",
            "URL",
        ),
    ] = None,
    publisher_name: Annotated[
        Optional[str],
        text_option(
            "--publisher-name",
            "ClaimReview only: the fact-checking organisation (default: 'publisher' in the file).",
            "NAME",
        ),
    ] = None,
    publisher_url: Annotated[
        Optional[str], text_option("--publisher-url", "ClaimReview only: the organisation's web site.", "URL")
    ] = None,
    verdict: VerdictFilterOption = None,
    tag: TagFilterOption = None,
    unsupported: UnsupportedFilterOption = False,
    since: SinceOption = None,
    until: UntilOption = None,
    bom: Annotated[
        bool,
        typer.Option(
            "--bom",
            help="CSV only: start the file with a UTF-8 byte-order mark, so that Excel on Windows, opening it "
            "with a double click, reads accents and other scripts right. Off by default: scripts and most "
            "other tools read the file as it is, and would see the mark in the first column's name.",
        ),
    ] = False,
) -> None:
    """Export the claims as ClaimReview JSON-LD (the default), JSON, CSV or a Markdown handout.

    A ClaimReview needs the URL of the fact-check page: --base-url (or 'base_url:' at the top of
    the claims file) + the claim's id. Its author is --publisher-name/--publisher-url (or
    'publisher:' in the file), its inLanguage the file's 'language:'. Warnings (claims longer than
    Google advises, no date, no author, another publisher's rating, claims not in English with no
    inLanguage or 'en') go to standard error; nothing in the claims is changed to hide them.
    Exits 1 when no claim is exported (an --out file is then left as it was).
    """
    if bom and fmt is not ExportFormat.CSV:
        # JSON must not start with one (RFC 8259, section 8.1): json.loads and jq refuse it; a Markdown handout
        # was told of JSON (posts124)
        read_as = "a Markdown handout is" if fmt is ExportFormat.MARKDOWN else "JSON is"
        raise InputError(f"--bom applies to --format csv only ({read_as} read as UTF-8 without one)")
    wanted = claim_filter(unsupported=unsupported, verdicts=verdict, tags=tag, since=since, until=until)
    knowledge_base = open_kb(kb)
    to_stdout = out is None or str(out) == "-"
    if not to_stdout:
        assert out is not None
        check_writable(out)  # before any warning about the claims: an --out that cannot be written is the news
        # the starter file in site-packages, written over, went back at the next install, unsaid (a link to it too)
        refuse_the_packaged_kb(out, "choose another --out file")
        _refuse_another_claims_file(out, kb_path(kb))
        if (named := out_name_warning(out, fmt)) is not None:  # before a ClaimReview's settings stop the command
            _warn(named)
    claims = selected_claims(knowledge_base, wanted, kb_path(kb))
    settings = None
    if fmt is ExportFormat.CLAIMREVIEW and not claims and not base_url:
        # nothing to export is placed at a URL: an empty export needs no base URL (and exits 1 below)
        settings = ExportSettings(base_url="", language=knowledge_base.language)
    elif fmt is ExportFormat.CLAIMREVIEW:
        settings = export_settings(
            knowledge_base, base_url=base_url, publisher_name=publisher_name, publisher_url=publisher_url
        )
        for warning in export_warnings(claims, settings, OPTION_WORDING):
            _warn(warning)
    elif feed or base_url or publisher_name or publisher_url:
        raise InputError("--feed, --base-url and --publisher-* apply to --format claimreview only")
    if fmt is ExportFormat.CSV:
        for warning in csv_warnings(claims):
            _warn(warning)
    if not claims:
        nothing = (
            "no claim matches the filters"
            if knowledge_base.claims
            else f"no claims to export from {shown_name(kb_path(kb))}"
        )
        # an --out file is left as it was: a mistyped tag must not empty a file a site publishes
        _warn(nothing if to_stdout or out is None else f"{nothing}; {shown_name(out)} left as it was")
    text = export_text(claims, fmt, settings, feed=feed)
    if bom and not (to_stdout and is_terminal()):  # a terminal shows text, not a file for Excel
        text = _UTF8_BOM + text
    if to_stdout:
        _write_to_stdout(text, fmt)
    elif claims:
        assert out is not None
        _write_export(out, text, kb_path(kb))
        error_console().print(
            sanitize(f"exported {len(claims)} claim{'' if len(claims) == 1 else 's'} to {shown_name(out)}")
        )
    if not claims:
        raise typer.Exit(ExitCode.NO_MATCH)


#: what Excel on Windows needs to read a CSV file as UTF-8 rather than in the system's code page (it
#: showed "cafÃ©" for "café"); written as UTF-8, the bytes EF BB BF, as Python's "utf-8-sig" writes them
_UTF8_BOM = "\ufeff"


def _write_to_stdout(text: str, fmt: ExportFormat) -> None:
    """The export on standard output: CSV on a terminal shown to be read; elsewhere the bytes ``--out``
    writes, or, where standard output is not UTF-8 (``PYTHONIOENCODING=latin-1``, a Latin-1 locale), JSON
    with its non-ASCII characters escaped and CSV as UTF-8 all the same: written in the output's encoding,
    "café" was invalid JSON (``caf\\xe9``, under ASCII) and a CSV cell held ``\\u201c`` for a quote."""
    if fmt is ExportFormat.CSV:
        write_csv(text, terminal=is_terminal())  # on a terminal, its control characters shown as escapes
        return
    if fmt is ExportFormat.MARKDOWN:
        write_document(text)  # as scan --format markdown writes its report: UTF-8 in a file or a pipe
        return
    sys.stdout.write(text if is_utf8_stream(sys.stdout) else ascii_escaped(text))
    sys.stdout.flush()


def _refuse_another_claims_file(out: Path, source: Path) -> None:
    """An ``--out`` that is a claims file other than the one exported is not written over: '-f markdown -o
    other.yaml' replaced another desk's claims with the handout, unsaid (the one exported: ``_write_export``)."""
    if looks_like_claims_file(out) and not (source.exists() and out.resolve() == source.resolve()):
        raise InputError(
            f"{shown_name(out)} is a claims file (it holds a list of claims), which an export would write over; "
            "choose another --out file"
        )


def _write_export(out: Path, text: str, source: Path) -> None:
    if out.exists() and source.exists() and out.resolve() == source.resolve():
        raise InputError(f"{shown_name(out)} is the claims file being exported; choose another --out file")
    with file_lock(out):
        write_atomically(out, text.encode("utf-8"), read_snapshot(out))


# -- import -----------------------------------------------------------------------------------------


@app.command("import", short_help="Import claims from another file.", cls=OneValueEach)
def import_(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE",
            help="ClaimReview JSON-LD (or a saved fact-check web page holding it), a Google Fact Check Tools "
            "response, or factcheck claims (YAML, JSON, or CSV as 'export --format csv' writes it); '-' reads "
            "standard input.",
            show_default=False,
        ),
    ],
    kb: WriteKbOption = None,
    rating_map: RatingMapOption = None,
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid",
            help="Leave out records that cannot be read (listed) instead of refusing; a file none of whose "
            "records can be read is still refused (exit 2).",
        ),
    ] = False,
    dry_run: DryRunOption = False,
    json_output: JsonOption = False,
) -> None:
    """Import claims from another file into the claims file.

    The shape is recognised from the content: ClaimReview JSON-LD (one object, a list, an
    @graph, a DataFeed, a page's mainEntity, or JSON Lines), an HTML page (a fact-check article
    saved from the web: the ClaimReviews in its <script type="application/ld+json"> elements),
    a Google Fact Check Tools claims:search response (or its pages, one a line or in a list),
    or factcheck's own claims (YAML, JSON, or CSV with the columns of 'export --format csv',
    'claim' and 'verdict' at least). Publishers' ratings are mapped onto the verdict scale (see
    'factcheck ratings'; the rating itself is kept as original_rating); a rating not on the map
    makes the claim 'unsupported' and is reported. So is a rating in a CSV's verdict column, but
    one not on the map is refused there, as a verdict not on the scale. Claims already in the file
    (same fact-check URL, same or nearly the same text) are skipped: import adds claims, it changes
    none. A fact-check without a URL has only its text to tell it by: once its claim's text was
    edited in the file, it is added again (--dry-run shows what would be added). Nothing is written
    if any record cannot be read (unless --skip-invalid) or the result would not be valid. Exits 2
    then, and when no record can be read even with --skip-invalid; 0 otherwise, also when every
    claim read is already there.

    --json prints one report object: {"source" (the file read), "kb" (the claims file),
    "format", "read", "written", "added": [claim, as 'list --json' prints it], "skipped":
    [{"origin", "claim", "reason", "existing_id", "not_kept": [{"url", "rating"}]}],
    "unmapped_ratings": [{"rating", "ids"}], "no_rating": [id], "renamed": [{"from", "to"}],
    "invalid": [message], "notes": [message], "diff", "dry_run"}.
    """
    from ..importing import import_file, read_import_source

    path = writable_kb_path(kb)
    above = new_file_beside_the_one_above(kb)
    lookalike = new_file_beside_a_lookalike(kb)
    # the file imported is no other file meant ('import desk.yaml' into a new claims.yaml)
    beside = [name for name in new_file_beside_claims_files(kb) if file == "-" or not _same_file(name, file)]
    mapping = _rating_map(rating_map, stdin_read_for="the file to import (FILE '-')" if file == "-" else None)
    data, name = read_import_source(file, sys.stdin.buffer, kb=path)
    report = import_file(path, data, name, rating_map=mapping, dry_run=dry_run, skip_invalid=skip_invalid)
    note_saved(report.result)
    if json_output:
        print_json(report.to_dict(OPTION_WORDING))
        error_console().print(sanitize(_headline(report, dry_run)))
    else:
        _print_report(report, dry_run=dry_run)
    note_the_new_file(above, report.result)
    note_the_lookalike(lookalike, path, report.result)
    note_the_claims_files(beside, report.result)


def _same_file(name: str, other: str) -> bool:
    """Whether the names ``name`` and ``other`` are one file (False where either cannot be looked at)."""
    try:
        return os.path.samefile(name, other)
    except (OSError, ValueError):
        return False


def _headline(report: ImportReport, dry_run: bool) -> str:
    if report.result is not None:
        return report.result.summary
    would = "would add" if dry_run else "added"
    return f"{would} no claims to {shown_name(report.target)} ({report.read} read, {len(report.skipped)} skipped)"


#: how many skipped records, and how many ids of one list, the printed report names: a daily import of a feed
#: that keeps every past fact-check (Data Commons') printed a line for each of its 21,000 records already in
#: the file, 3.4 MB, and a rating not on the map named 2,333 ids on one line; --json lists them all
SHOWN_SKIPS = 20
SHOWN_IDS = 10


def _more(count: int) -> str:
    return f"{sign('…')} and {count:,} more (--json lists them all)"


def _some_ids(ids: Sequence[str]) -> str:
    listed = ", ".join(ids[:SHOWN_IDS])
    return listed if len(ids) <= SHOWN_IDS else f"{listed} {_more(len(ids) - SHOWN_IDS)}"


def _skips_shown(skipped: Sequence[Skipped]) -> list[Skipped]:
    """The skips the printed report names, in the file's order: all when they are few, else the first
    ``SHOWN_SKIPS``, those whose fields differ from the file's claim first (they ask for an edit; the
    others are the file's claims read again)."""
    if len(skipped) <= SHOWN_SKIPS:
        return list(skipped)
    differing = [index for index, skip in enumerate(skipped) if skip.advice is not None]
    plain = [index for index, skip in enumerate(skipped) if skip.advice is None]
    return [skipped[index] for index in sorted((differing + plain)[:SHOWN_SKIPS])]


def _print_report(report: ImportReport, *, dry_run: bool) -> None:
    from ..importformats import InputShape

    out = console()
    out.print(
        sanitize(
            f"read {count_of(report.read, 'claim')} from {shown_name(report.source)} ({report.shape.description})"
        ),
        soft_wrap=True,
    )
    if dry_run and report.result is not None and report.result.diff:
        out.print(diff_text(report.result.diff), end="", soft_wrap=True)
    out.print(sanitize(_headline(report, dry_run)), soft_wrap=True)
    if report.skipped:
        out.print(Text(f"skipped {count_of(len(report.skipped), 'duplicate')}:", style="bold"))
        shown = _skips_shown(report.skipped)
        for skipped in shown:
            reason = skipped.worded_for(OPTION_WORDING).reason  # the command line's words ('factcheck edit ID')
            out.print(sanitize(f"  {skipped.origin}: {reason}"), soft_wrap=True)
        if len(shown) < len(report.skipped):
            out.print(sanitize(f"  {_more(len(report.skipped) - len(shown))}"), soft_wrap=True)
    if report.unmapped:
        count = sum(len(ids) for ids in report.unmapped.values())
        out.print(
            Text(
                f"{count_of(count, 'claim')} imported as unsupported: "
                f"{'its rating is' if count == 1 else 'their ratings are'} not on the map "
                "(kept as original_rating; map them with --rating-map, or edit the verdict):",
                style="bold yellow",
            ),
            soft_wrap=True,
        )
        for rating, ids in report.unmapped.items():
            out.print(sanitize(f"  {quoted(rating)}: {_some_ids(ids)}"), soft_wrap=True)
    if report.no_rating:
        out.print(
            Text(f"{count_of(len(report.no_rating), 'claim')} without a textual rating, imported as unsupported:"),
            style="yellow",
        )
        out.print(sanitize(f"  {_some_ids(report.no_rating)}"), soft_wrap=True)
    for old, new in report.renamed:
        out.print(sanitize(f"id {old!r} is taken by another claim: imported as {new!r}"), soft_wrap=True)
    if report.invalid:
        # a factcheck claim can have several errors: each is listed, and its claim left out whole
        heading = (
            f"left out the claims with errors ({count_of(len(report.invalid), 'error')}):"
            if report.shape in (InputShape.FACTCHECK, InputShape.CSV)
            else f"left out {count_of(len(report.invalid), 'unreadable record')}:"
        )
        out.print(Text(heading, style="bold yellow"))
        for message in report.left_out(OPTION_WORDING):
            out.print(sanitize(f"  {message}"), soft_wrap=True)
    if report.notes:
        out.print(Text(f"{count_of(len(report.notes), 'note')}:", style="yellow"))
        for note in report.notes:
            out.print(sanitize(f"  {note.worded_for(OPTION_WORDING).message}"), soft_wrap=True)


# -- ratings ----------------------------------------------------------------------------------------

#: the most standard input 'ratings -' reads: ratings are words, and a list of every one a desk uses is small
_MAX_RATINGS_BYTES = 16 * 1024 * 1024
_RATINGS_INPUT = InputKind(
    function="factcheck ratings", command="ratings", too_large="to be a list of ratings", page="", example_file=""
)


def _stdin_ratings(given: list[str]) -> list[str]:
    """The ratings piped in for ``ratings -``, one a line (blank lines skipped).  '-' was looked up as a
    rating ("-\tunmapped", exit 1), where every other command that takes a file reads standard input."""
    if len(given) > 1:
        raise typer.BadParameter(
            "- reads the ratings from standard input, one per line: give it alone, or give the ratings themselves.",
            param_hint="'RATING'",
        )
    stdin = typer.get_binary_stream("stdin")
    if stdin.isatty():
        # typed at the terminal, the ratings would be waited for with no prompt: refuse instead
        raise InputError(
            "'ratings -' reads the ratings from standard input, one per line: pipe them in, e.g. "
            "cut -f2 ratings.tsv | factcheck ratings -, or give them as arguments"
        )
    data, name = read_input("-", stdin=stdin, limit=_MAX_RATINGS_BYTES, kind=_RATINGS_INPUT)
    text = decode_text(data, name, empty="no ratings to look up")
    # a byte-order mark opens any line, not the first alone, as for 'check -': 'cat a.txt notepad.txt' put
    # the second file's mark before its first rating, which was looked up and printed with it
    lines = (line.lstrip("\ufeff").strip() for line in text.splitlines())
    return [line for line in lines if line]


@app.command(short_help="Show how publishers' ratings map onto verdicts.", cls=FactcheckCommand)
def ratings(
    rating: Annotated[
        Optional[list[str]],
        typer.Argument(
            metavar="RATING",
            help="Publisher ratings to look up, or - to read them from standard input, one per line.",
            show_default=False,
        ),
    ] = None,
    rating_map: RatingMapOption = None,
    json_output: JsonOption = False,
) -> None:
    """Show how publishers' ratings map onto the verdict scale (used by 'factcheck import').

    With ratings, one line each: the rating, a tab, its verdict or 'unmapped' (exit 1 if any is
    unmapped); with RATING "-", given alone, the ratings are the lines of standard input (blank
    lines skipped; a rating that is "-" itself is looked up so: echo - | factcheck ratings -).
    Without, the whole table as a rating map file: save it, edit it, and pass it to --rating-map.
    With --json: a list of {"rating", "verdict"} (null when unmapped), or the whole table as one
    object.
    """
    from ..ratings import rating_map_yaml

    reads_stdin = bool(rating and "-" in rating)
    mapping = _rating_map(rating_map, stdin_read_for="the ratings (RATING '-')" if reads_stdin else None)
    if rating and reads_stdin:
        rating = _stdin_ratings(rating)
    if not rating:
        if json_output:
            print_json({name: verdict.value for name, verdict in sorted(mapping.entries.items())})
        else:
            sys.stdout.write(rating_map_yaml(mapping))
        return
    found = [(value, mapping.verdict_for(value)) for value in rating]
    if json_output:
        print_json([{"rating": value, "verdict": verdict.value if verdict else None} for value, verdict in found])
    else:
        for value, verdict in found:
            shown = value.replace("\t", " ").replace("\n", " ")  # one line per rating, as in 'list'
            sys.stdout.write(sanitize(f"{shown}\t{verdict.value if verdict else 'unmapped'}") + "\n")
    if any(verdict is None for _, verdict in found):
        raise typer.Exit(ExitCode.NO_MATCH)
