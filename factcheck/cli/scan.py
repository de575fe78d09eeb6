"""``factcheck scan``: every sentence of an article, its checkable claims and their fact-checks."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, BinaryIO, Optional

import typer
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..article import FILE_EXTENSIONS, INPUT_FORMAT_NAMES, Article, InputFormat, read_article
from ..choices import synonyms
from ..errors import FactcheckError, InputError, Location, shown_name, typed_name
from ..inputfiles import STDIN_NAME, FolderGivenError, files_in_folder_hint
from ..matching import Matcher, threshold_text
from ..model import KnowledgeBase
from ..overview import (
    Overview,
    Unreadable,
    class_overview,
    heading,
    markdown_overview,
    nothing_found,
    unmatched_heading,
    unreadable_heading,
)
from ..scan import (
    ScanReport,
    Selection,
    SentenceResult,
    Status,
    handover_note,
    possible_matches,
    scan_article,
)
from ..scan_markdown import markdown_report
from ..store import looks_like_claims_file
from .app import ExitCode, app, error_message, report_error
from .matcher import MatcherChoice, MatcherOption, ModelDirOption, open_matcher
from .options import (
    FactcheckCommand,
    JsonOption,
    KbOption,
    MinScoreOption,
    is_named_as_yaml,
    json_or_format,
    kb_path,
    one_of,
    open_kb,
    stdin_read_once,
)
from .output import console, print_json, quotation_marks, sanitize, sign, until_the_reader_goes, write_document
from .progress import ProgressBar
from .render import (
    UrlsWhole,
    badge,
    first_source,
    first_source_url,
    holds_long_url,
    indented,
    shortened,
    text,
    url_text,
    verdict_line,
)

#: sentences longer than this are cut in the terminal report (JSON keeps them whole)
SHOWN_CHARS = 400
#: below this many sentences the scan is too quick for a progress bar to help
PROGRESS_MIN_SENTENCES = 300
PRINT_BATCH = 200
#: the overview's lines under a heading or a verdict (a claim's places, a sentence, a file left out)
PLACES_INDENT = 3
OPPOSITE_NOTE = "the sentence says the opposite of this claim: the verdict is about the claim as worded"


class OutputFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"


#: the choice a format's other name (a file extension, mostly) stands for, named when --format is given it
FORMAT_SYNONYMS = synonyms({**FILE_EXTENSIONS, "jsonl": "json", "ndjson": "json"})
INPUT_FORMAT_SYNONYMS = synonyms(INPUT_FORMAT_NAMES)


def _sentence_lines(result: SentenceResult, *, url_apart: bool = False) -> list[Text]:
    """The sentence, then what was found for it (nothing more for a skipped sentence); with ``url_apart``,
    the fact-check's source without its URL, which the caller prints whole (``_evidence_url``)."""
    sentence = text(shortened(result.attributed, SHOWN_CHARS))
    if result.status is Status.SKIPPED:
        sentence.stylize("dim")
        sentence.append(f"  {sign('·')} skipped: {sanitize(result.reason)}", style="dim italic")
        return [sentence]
    if result.match is None:
        found = Text("no fact-check found", style="bold yellow")
        found.append(f" {sign('·')} checkable: {sanitize(result.reason)}", style="dim")
        return [sentence, found]
    match = result.match
    verdict = verdict_line(match.claim.verdict, match.claim.claim)
    # a weak match is told apart as check tells it ("possible match"): its verdict beside a sentence that may say
    # something else read as the sentence's own, as a 1.00 does
    shown = f"{match.score:.2f}" if match.is_strong else f"{match.label} {match.score:.2f}"
    meta = Text(shown, style="bold cyan" if match.is_strong else "bold")
    meta.append(f" {sign('·')} {sanitize(match.claim.id)} {sign('·')} ", style="dim")
    meta.append_text(first_source(match.claim, with_url=not url_apart))
    notes = [Text(OPPOSITE_NOTE, style="bold yellow")] if match.is_opposite else []
    if match.differences is not None:
        notes.append(text(match.differences.note("the sentence", quotation_marks()), style="bold yellow"))
    return [sentence, verdict, *notes, meta]


def _print_results(out: Console, results: list[SentenceResult]) -> None:
    """Sentences with their line numbers, printed in batches (one print per sentence is slow)."""
    width = len(str(max((r.line for r in results), default=1)))
    terminal = out.is_terminal
    for start in range(0, len(results), PRINT_BATCH):
        batch = results[start : start + PRINT_BATCH]
        if terminal:
            grid = _numbered_grid()
            column = out.width - width - 2  # what the grid leaves the sentence's lines
            for result in batch:
                said = _sentence_lines(result, url_apart=True)
                if any(holds_long_url(line.plain, column) for line in said):
                    if grid.row_count:
                        out.print(grid)
                        grid = _numbered_grid()
                    _print_keeping_urls_whole(out, result.line, width, said)
                else:
                    grid.add_row(Text(f"{result.line:>{width}}  ", style="dim"), Group(*said))
                url = _evidence_url(result)
                if url is not None:
                    # below the grid, whole: in it, a URL longer than its column was broken at the edge (the
                    # starter's "...&print=1&tmpl" / "=component" at 100 columns), and copied broken.  Past the
                    # edge, a terminal wraps it, and copies it as one line.
                    out.print(grid)
                    out.print(Group(url_text(url, indent=width + 2)))  # a Text printed alone is wrapped all the same
                    grid = _numbered_grid()
            if grid.row_count:
                out.print(grid)
        else:
            # In a pipe: one line per item, never wrapped, so grep and diff see whole sentences.
            lines: list[Text] = []
            for result in batch:
                first, *rest = _sentence_lines(result)
                lines.append(Text(f"{result.line:>{width}}  ", style="dim") + first)
                lines.extend(Text(" " * (width + 2)) + line for line in rest)
            # Not a terminal, so no styles to write (Rich has no colour system then): plain lines,
            # without Rich's rendering pass, which costs more than the whole scan on a long article.
            out.file.write("".join(line.plain + "\n" for line in lines))


def _print_keeping_urls_whole(out: Console, number: int, width: int, lines: list[Text]) -> None:
    """A sentence's lines, a web address longer than the column on a line of its own (``UrlsWhole``, as show
    and check print one): in the grid, "See https://www.northcom.mil/BorderSecuri" / "ty/index.html" at 40
    columns, copied broken.  The other words are wrapped at spaces under the sentence's number; a line without
    such an address is laid out as in the grid."""
    for index, line in enumerate(lines):
        prefix = Text(f"{number:>{width}}  " if index == 0 else " " * (width + 2), style="dim")
        grid = _numbered_grid()
        grid.add_row(prefix, line)
        out.print(UrlsWhole(line, width + 2, fallback=grid, lead=prefix))


def _numbered_grid() -> Table:
    """A sentence's line number, then what is said of it: wrapped lines keep their indent, so the line numbers
    stand alone in their column."""
    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    return grid


def _evidence_url(result: SentenceResult) -> str | None:
    """The URL of the source shown for a sentence's fact-check (None for a sentence without one)."""
    if result.status is Status.SKIPPED or result.match is None:
        return None
    return first_source_url(result.match.claim)


def _summary_table(report: ScanReport) -> RenderableType:
    s = report.summary
    table = Table.grid(padding=(0, 3))
    table.add_column()
    table.add_column(justify="right")
    table.add_column()  # how many of a count are possible matches, told apart as each sentence's line tells them
    table.add_row(Text("Sentences read"), str(s.sentences))
    table.add_row(Text("Checkable claims", style="bold"), Text(str(s.checkable), style="bold"))
    table.add_row(Text("  with a fact-check"), str(s.matched), possible_matches(s.possible))
    for verdict, count in s.by_verdict.items():
        row = Text("    ")
        row.append_text(badge(verdict))
        table.add_row(row, str(count), possible_matches(s.possible_by_verdict.get(verdict, 0)))
    table.add_row(Text("  no fact-check found", style="yellow" if s.unmatched else ""), str(s.unmatched))
    table.add_row(Text("Not checkable (skipped)", style="dim"), Text(str(s.skipped), style="dim"))
    return table


def _print_text(report: ScanReport, only: Optional[Selection], kb_label: str, matcher: str) -> None:
    out = console()
    count = report.summary.sentences
    header = Text(f"{shown_name(report.source)} ({report.format}): {count:,} sentence{'' if count == 1 else 's'}, ")
    header.stylize("dim")
    header.append(
        f"checked against {shown_name(kb_label)} (threshold {threshold_text(report.summary.threshold)})", style="dim"
    )
    if only is not None:
        header.append(f"; showing only {only.value} sentences", style="dim")
    # the file's path (and the claims file's) whole on a line, as a web address is: broken at the edge, it
    # was copied broken
    out.print(UrlsWhole(header, 0, fallback=header, whole=(shown_name(report.source), shown_name(kb_label))))
    note = handover_note(report, matcher, only)
    if note is not None:  # said once, as check says it of a statement ("lexical matching: ...")
        out.print(Text(f"{sanitize(note[0].upper() + note[1:])}.", style="dim"))
    out.print()
    shown = report.selected(only)
    _print_results(out, shown)
    if shown:
        out.print()
    out.print(Text("Summary", style="bold underline"))
    out.print(_summary_table(report))


def _print_json(report: ScanReport, only: Optional[Selection], kb_label: str, matcher: str) -> None:
    for sentence in report.sentence_dicts(only):
        print_json(sentence, lines=True)
    print_json({**report.summary_dict(), "kb": kb_label, "matcher": matcher}, lines=True)


def _print_report(
    report: ScanReport, fmt: OutputFormat, only: Optional[Selection], kb_label: str, matcher: str
) -> None:
    if fmt is OutputFormat.JSON:
        _print_json(report, only, kb_label, matcher)
    elif fmt is OutputFormat.MARKDOWN:
        write_document(markdown_report(report, only=only, kb_label=kb_label, matcher=matcher))
    else:
        _print_text(report, only, kb_label, matcher)


def _sources(given: list[str], kb: Optional[Path]) -> list[str]:
    """The articles to scan, in order: standard input ("-") when none is given and it is piped."""
    if not given or "-" in given:
        stdin_read_once(kb, "the article (FILE '-', or none given)")
    if given.count("-") > 1:
        raise InputError("'-' (standard input) is given twice; it can be read once")
    if not given and typer.get_binary_stream("stdin").isatty():
        raise InputError("give a FILE to scan, or pipe the article into 'factcheck scan -'")
    return given or ["-"]


def _each_file_once(sources: list[str]) -> list[str]:
    """The FILEs of an overview, each once: 'essay.txt' and './essay.txt' (or a link to it) are one file, its
    claims counted once; a name that cannot be resolved stays as given, to be named as unreadable."""
    seen: set[str] = set()
    once: list[str] = []
    for source in sources:
        try:
            key = source if source == "-" else os.path.realpath(source)
        except (OSError, ValueError):  # a name with a NUL byte, a loop of links: read, and said to fail, as given
            key = source
        if key not in seen:
            seen.add(key)
            once.append(source)
    return once


@app.command(short_help="Check every sentence of an article.", cls=FactcheckCommand)
def scan(
    sources: Annotated[
        Optional[list[str]],
        typer.Argument(
            metavar="FILE",
            help="Article to scan: a plain text, Markdown or HTML file, a Word document (.docx), an OpenDocument "
            "text (.odt), a transcript or subtitles (.srt, .vtt), "
            "or - for standard input (the default when input is piped). Several are scanned in turn.",
            show_default=False,
        ),
    ] = None,
    kb: KbOption = None,
    output_format: Annotated[
        Optional[OutputFormat],
        typer.Option(
            "--format",
            parser=one_of(OutputFormat, FORMAT_SYNONYMS),
            help="Report format (default: text).",
            show_default=False,
        ),
    ] = None,
    json_output: JsonOption = False,
    only: Annotated[
        Optional[Selection],
        typer.Option(
            "--only",
            parser=one_of(Selection),
            help="Show only matched claims, unmatched claims (to research next), or both (checkable). "
            "The summary always counts every sentence.",
            show_default=False,
            metavar="KIND",
        ),
    ] = None,
    min_score: MinScoreOption = None,
    overview: Annotated[
        bool,
        typer.Option(
            "--overview",
            help="Instead of a report per FILE, one overview of them all: each claim found, falsest first, "
            "with the files and lines that make it, then the sentences no fact-check covers.",
        ),
    ] = False,
    input_format: Annotated[
        InputFormat,
        typer.Option(
            "--input-format",
            parser=one_of(InputFormat, INPUT_FORMAT_SYNONYMS),
            help="How to read the article: text, markdown, html, subtitles, docx (a Word document), odt (an "
            "OpenDocument text), or auto: from the file name, then the content (a web page is HTML whatever its name "
            "ends in, captions saved as .txt are subtitles, a Word document is docx, an OpenDocument text odt).",
            metavar="FORMAT",
        ),
    ] = InputFormat.AUTO,
    matcher_choice: MatcherOption = MatcherChoice.AUTO,
    model: ModelDirOption = None,
) -> None:
    """Check every sentence of an article against the knowledge base.

    Splits the article into sentences, marks those that make a checkable claim (a number, a
    named actor, a cause or a comparison; not questions, filler or opinions) with the reason,
    and shows for each claim, in reading order and with its line number, the best fact-check
    (verdict, score, first source) or "no fact-check found": those are what to research next.
    Ends with a summary. Never goes on the network: save a web page to a file first. A Word
    document (.docx) or an OpenDocument text (.odt) is read as its paragraphs: a sentence's line
    is its paragraph's number.

    --json prints JSON Lines: one {"type": "sentence", "line", "text", "checkable", "reason",
    "match", "speaker", "scored_by", "start", "end", "start_utf16", "end_utf16", "source"} object
    per sentence shown ("match" as in check --json, or null; "speaker": who says it in a transcript
    or subtitles, as its label or voice names them, else null; "scored_by": the matcher whose
    scores it got, as in check --json, null if not checkable; "start", "end": where it is in the
    FILE's text, in characters (code points, a byte-order mark left out, a Windows line end two;
    a Word or OpenDocument text's is its paragraphs, one a line, as read_article(FILE).source holds it),
    "start_utf16", "end_utf16" the same in JavaScript's UTF-16 units, null if not found;
    "source": the article, as the summary names it), then one
    {"type": "summary", "sentences", "checkable", "matched", "unmatched", "skipped",
    "matched_by_verdict" (only the verdicts found), "threshold", "possible_matches" (of the matched,
    those whose "strength" is "possible match"), "possible_matches_by_verdict" (only the verdicts
    that have one), "source" (the article), "format" (how it was read), "kb", "matcher"} object.
    --format markdown prints a report to paste into a document or a ticket (in a file or a pipe, in
    UTF-8 whatever the locale).

    Several FILEs are scanned in turn against the same knowledge base (loaded once), each reported
    as if alone: its report, or its sentence objects then its summary (each names it), in the
    order given. A FILE that cannot be used is named on standard error (with --json, also in a
    {"type": "error", "source", "error"} object, its message), and the others are still scanned.
    --overview shows them together instead (a class's essays, a day's articles): each claim of the
    knowledge base that some FILE makes, once, falsest first, with how many FILEs make it and where
    (FILE:line, "possible match", "says the opposite" or "may be about another fact" as the file's
    report would say; a FILE that only says the opposite is counted apart), then the checkable
    sentences no fact-check covers, then each FILE that could not be read with why; --format
    markdown makes it a table to hand out, --json one {"type": "overview", "files" (the FILEs
    read), "unreadable" (those that could not be), "errors": [{"source", "error"}] (why), "claims":
    [{"id", "claim", "verdict", "files" (the FILEs that make it), "opposite_files" (those that only
    say the opposite), "places": [{"source", "line", "text", "possible", "opposite",
    "differences"}]}], "unmatched": [{"source", "line", "text", ...}], "threshold", "kb"} object:
    every "files" a list of names.

    Exits 0 when at least one claim has a fact-check, 1 when none has, 2 when the input
    cannot be used (missing, a folder, empty, binary, not UTF-8, over 20 MB, a URL, a claims file
    unless --input-format names a format other than auto; with several FILEs, when any cannot, after the
    others are scanned).
    """
    fmt = json_or_format(json_output, output_format, OutputFormat.JSON, OutputFormat.TEXT)
    if overview and only is not None:
        raise typer.BadParameter(
            "--only chooses the sentences of each file's report; --overview shows the claims found and the "
            "sentences without a fact-check together",
            param_hint="--only",
        )
    sources = _sources(sources or [], kb)
    if overview:
        sources = _each_file_once(sources)
    stdin = typer.get_binary_stream("stdin")
    # one article is read before the claims file and the matcher: its error comes at once, no model loaded (an
    # overview names a file it cannot read in its own report, which a script reading its JSON expects)
    alone = _read_article(sources[0], stdin, input_format) if len(sources) == 1 and not overview else None
    path = kb_path(kb)
    knowledge_base = open_kb(kb)
    matcher = open_matcher(knowledge_base, matcher_choice, model)
    kb_label = str(path)
    reported = any_match = unusable = reader_gone = False
    reports: list[ScanReport] = []  # for --overview, shown once all are scanned
    unreadable: list[Unreadable] = []  # for --overview, which names each with why
    for source in sources:
        try:
            article = alone if alone is not None else _read_article(source, stdin, input_format)
        except FactcheckError as error:  # one of several: named, and the others still scanned (as validate does)
            report_error(error)
            name = STDIN_NAME if source == "-" else source
            unreadable.append(Unreadable(name, error_message(error)))
            # and in a line of its own: a script reading the lines knows of it too (an overview names it in its own)
            if fmt is OutputFormat.JSON and not overview:
                with until_the_reader_goes() as reader:  # the reader gone ends the printing, not the run: exit 2
                    print_json({"type": "error", "source": name, "error": error_message(error)}, lines=True)
                reader_gone = reader_gone or reader.gone
            unusable = True
            continue
        if reader_gone and any_match:
            continue  # nobody reads the report, and a match is found: only a file that cannot be read changes the exit
        report = _scan(article, knowledge_base, matcher, min_score)
        any_match = any_match or bool(report.summary.matched)
        if overview:
            reports.append(report)
            continue
        # the reader gone ('scan --json a.txt b.txt | head -1') ends the printing only: the exit code says what
        # was found, whether or not the report had gone into the pipe's buffer before the reader went
        with until_the_reader_goes() as reader:
            if reported and fmt is not OutputFormat.JSON:
                sys.stdout.write("\n")  # a blank line between two reports (through the stream the reports use)
            _print_report(report, fmt, only, kb_label, matcher.name)
        reader_gone = reader_gone or reader.gone
        reported = True
    if overview:
        with until_the_reader_goes():
            _print_overview(class_overview(reports, unreadable), fmt, kb_label)
    raise typer.Exit(ExitCode.ERROR if unusable else ExitCode.OK if any_match else ExitCode.NO_MATCH)


def _print_overview(shown: Overview, fmt: OutputFormat, kb_label: str) -> None:
    if fmt is OutputFormat.JSON:
        print_json({**shown.to_dict(), "kb": kb_label}, lines=True)
    elif fmt is OutputFormat.MARKDOWN:
        write_document(markdown_overview(shown, kb_label))
    else:
        _print_overview_text(shown, kb_label)


def _print_overview_text(shown: Overview, kb_label: str) -> None:
    out = console()
    header = Text(sanitize(heading(shown)), style="dim")
    if shown.threshold is not None:
        header.append(
            f", checked against {shown_name(kb_label)} (threshold {threshold_text(shown.threshold)})", style="dim"
        )
    out.print(header)
    out.print()
    said = bool(shown.claims)  # whether a line follows the heading's blank one: no second blank line after it
    for seen in shown.claims:
        out.print(verdict_line(seen.claim.verdict, seen.claim.claim, style="bold"))
        where = ", ".join(place.shown() for place in seen.places)
        # indented as a whole: a class's list of places wraps under it, not under the verdicts
        out.print(indented(text(f"{seen.claim.id} {sign('·')} {seen.files_shown()}: {where}"), PLACES_INDENT))
    if not shown.claims and (nothing := nothing_found(shown)) is not None:
        out.print(nothing)
        said = True
    if shown.unmatched:
        out.print()
        said = True
        out.print(Text(unmatched_heading(shown), style="yellow"))
        for place in shown.unmatched:
            out.print(indented(text(f"{place.shown()}  {place.text}"), PLACES_INDENT))
    if shown.unreadable:  # with why: an overview saved to a file ('> report.txt') has no standard error beside it
        if said:
            out.print()
        out.print(Text(unreadable_heading(shown) + ":", style="yellow"))
        for item in shown.unreadable:
            out.print(indented(text(item.shown()), PLACES_INDENT))


def _read_article(source: str, stdin: BinaryIO, input_format: InputFormat) -> Article:
    """The article ``source`` names, unless it is a claims file (``_refuse_a_claims_file``)."""
    _refuse_a_claims_file(source, input_format)
    try:
        return read_article(source, stdin, input_format)
    except FolderGivenError as error:
        # a teacher's 'scan --overview essays' (the folder of a class's essays): the files are what to name
        hint = files_in_folder_hint(source, "scan")
        if hint is None:
            raise
        raise InputError(error.message + hint, error.location) from None


def _refuse_a_claims_file(source: str, input_format: InputFormat) -> None:
    """Refuse a FILE that is a claims file, named as YAML and opening a list of claims: 'scan claims.yaml' read
    its keys and URLs as an article's sentences, 29 of them, 'no fact-check found' for each claim, checked
    against the starter file, exit 0 or 1.  Meant was --kb, or validate; a claims file is no article anyone
    scans.  A --input-format naming a format (text, markdown; not auto, which tells it from the name) scans
    it as asked: the way to do it all the same."""
    if source == "-" or input_format is not InputFormat.AUTO:
        return
    if not is_named_as_yaml(source) or not looks_like_claims_file(source):
        return
    name = typed_name(source)
    message = (
        f"is a claims file, not an article: to scan an article against it, factcheck scan ARTICLE --kb {name}; "
        f"to check it for mistakes, factcheck validate {name}; to scan it as text all the same, "
        "add --input-format text"
    )
    raise InputError(message, Location(source))


def _scan(article: Article, knowledge_base: KnowledgeBase, matcher: Matcher, min_score: Optional[float]) -> ScanReport:
    progress = ProgressBar("Checking sentences", min_total=PROGRESS_MIN_SENTENCES)
    try:
        return scan_article(article, knowledge_base, min_score=min_score, progress=progress, matcher=matcher)
    finally:
        progress.close()
