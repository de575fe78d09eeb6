"""How claims, matches and problems look in a terminal (and, without styles, in a pipe)."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TextIO
from urllib.parse import urlsplit

from rich import box
from rich.cells import cell_len, chop_cells
from rich.console import Console, ConsoleOptions, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..claimreview import is_evidence, leading_source
from ..errors import Problem, undecoded_bytes_shown
from ..matching import Match
from ..model import Claim, Source, Verdict
from .output import quotation_marks, quoted, sanitize, sign

VERDICT_STYLES = {
    Verdict.TRUE: "bold white on green",
    Verdict.MOSTLY_TRUE: "bold black on bright_green",
    Verdict.MIXED: "bold black on yellow",
    Verdict.MISLEADING: "bold black on dark_orange",
    Verdict.MOSTLY_FALSE: "bold white on red3",
    Verdict.FALSE: "bold white on red",
    Verdict.UNSUPPORTED: "bold white on grey42",
}


def text(value: str, style: str = "") -> Text:
    """User or knowledge-base text, made safe to print."""
    return Text(sanitize(value), style=style)


def url_text(url: str, indent: int = 0) -> Text:
    """A URL kept whole on one line, even past the width (a URL broken across lines, or cut,
    cannot be clicked or copied); print the block with ``crop=False``."""
    line = Text(" " * indent, no_wrap=True, overflow="ignore")
    line.append(sanitize(url), style="cyan")
    return line


def badge(verdict: Verdict) -> Text:
    return Text(f" {verdict.value.upper()} ", style=VERDICT_STYLES[verdict])


def verdict_line(verdict: Verdict, claim: str, style: str = "") -> Text:
    """The verdict's badge, then the claim in ``style``: only the badge in the verdict's colours (a Text's own
    style covers all that is appended to it, and a claim after ``badge`` was white on red to its end)."""
    line = Text()
    line.append_text(badge(verdict))
    line.append(" ")
    line.append(sanitize(claim), style=style)
    return line


def source_line(index: int, source: Source) -> Text:
    parts = [p for p in (source.publisher, quoted(source.title) if source.title else None) if p]
    line = Text(f"{index}. ")
    # Without a publisher or title, the site names the source: the full URL is on the next line.
    line.append(sanitize(", ".join(parts) if parts else _site(source.url)))
    line.append(f" ({sanitize(source.date)})" if source.date else " (no date)", style="dim")
    return line


def _site(url: str) -> str:
    """``https://www.example.org/a/b`` -> ``example.org`` (the URL itself when it has no host)."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        host = None
    return host.removeprefix("www.") if host else url


def indented(renderable: RenderableType, indent: int, *, above: int = 0) -> RenderableType:
    """Wrapped text with its left margin (and ``above`` blank lines); a web address in it is kept whole
    (``UrlsWhole``)."""
    padded = Padding(renderable, (above, 0, 0, indent), expand=False)
    if isinstance(renderable, Text) and WEB_ADDRESS.search(renderable.plain):
        return UrlsWhole(renderable, indent, fallback=padded, above=above)
    return padded


#: a web address in text: a word that starts with a scheme or "www."
WEB_ADDRESS = re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)\S+", re.IGNORECASE)


def holds_long_url(line: str, width: int, whole: tuple[str, ...] = ()) -> bool:
    """Whether ``line`` holds a web address wider than ``width``, which wrapping would break at the edge, or a
    word of ``whole`` (a file's path) that is."""
    if any(cell_len(word) > width for kept in whole if kept in line for word in kept.split()):
        return True
    return any(cell_len(found.group()) > width for found in WEB_ADDRESS.finditer(line))


def _kept_whole(word: str, whole: tuple[str, ...]) -> bool:
    """Whether a word wider than the line is left whole: a web address, or a word of a path in ``whole``
    (a path with spaces still wraps at them, as a terminal's copy of it is as good either way)."""
    return WEB_ADDRESS.search(word) is not None or any(word in kept.split() for kept in whole)


class UrlsWhole:
    """Text whose web address is longer than the line: Rich breaks a word wider than the line at its edge
    ("official text file at https://www.gao.gov/asse" / "ts/a307530.html", a source's note at 40 columns), and
    the address was clicked and copied broken.  Here it has a line of its own that runs past the edge, where a
    terminal wraps it and copies it as one line, as ``url_text``; the other words wrap at spaces under an
    ``indent`` of spaces (the first line under ``lead`` instead, as wide: scan's line number), and a word wider
    than the line that is no address (a run of Chinese) still breaks.  Where no address is wider than the line,
    ``fallback`` is printed: the text as Rich lays it out.  The words of ``whole`` (the path of the file scan
    read) are kept whole as addresses are.  The one home of this rule for every command."""

    def __init__(
        self,
        text: Text,
        indent: int,
        *,
        fallback: RenderableType,
        above: int = 0,
        lead: Text | None = None,
        whole: tuple[str, ...] = (),
    ) -> None:
        self.text, self.indent, self.fallback, self.above, self.lead = text, indent, fallback, above, lead
        self.whole = whole

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[RenderableType]:
        width = options.max_width - self.indent
        if width < 1 or not holds_long_url(self.text.plain, width, self.whole):
            yield self.fallback
            return
        for _ in range(self.above):
            yield Text()
        for number, line in enumerate(_wrapped(self.text, width, self.whole)):
            whole = Text(no_wrap=True, overflow="ignore")
            whole.append_text(self.lead if number == 0 and self.lead is not None else Text(" " * self.indent))
            whole.append_text(line)
            yield whole


def _wrapped(text: Text, width: int, whole: tuple[str, ...] = ()) -> Iterator[Text]:
    """``text``'s lines wrapped at spaces to ``width`` cells (``_line_breaks``), its own line breaks kept (a
    summary written as a ``|`` block), as Rich splits it."""
    for paragraph in text.split("\n", allow_blank=True):
        if "\t" in paragraph.plain:  # as Rich expands them: a tab has no width of its own to wrap by
            paragraph.expand_tabs()
        for line in paragraph.divide(_line_breaks(paragraph.plain, width, whole)):
            yield _without_trailing_blanks(line)


def _without_trailing_blanks(line: Text) -> Text:
    """``line`` without the spaces that end it, but for those a background colour paints: the badge's own
    closing space (" FALSE ", the header wrapped right after it) is part of the badge."""
    end = len(line.plain.rstrip())
    for span in line.spans:
        if span.start <= end < span.end and " on " in str(span.style):
            end = span.end
    if end < len(line.plain):  # right_crop(0) would empty the line: it cuts plain[:-0]
        line.right_crop(len(line.plain) - end)
    return line


def _line_breaks(plain: str, width: int, whole: tuple[str, ...] = ()) -> list[int]:
    """Where ``plain`` wrapped at spaces to ``width`` cells breaks: a word wider than that is broken into pieces
    that fit, unless it holds a web address (or is a word of ``whole``), which is left whole on a line of its
    own."""
    breaks: list[int] = []
    line_start = len(plain) - len(plain.lstrip())  # where the line's first word starts
    used = cell_len(plain[:line_start])  # the cells of the line so far: a badge's leading space, each word's after
    for found in re.finditer(r"\S+\s*", plain):
        word = found.group().rstrip()
        if found.start() != line_start and used + cell_len(word) > width:
            breaks.append(found.start())
            line_start, used = found.start(), 0
        if cell_len(word) > width and not _kept_whole(word, whole):
            *pieces, last = chop_cells(word, width)
            start = found.start()
            for piece in pieces:
                start += len(piece)
                breaks.append(start)
            line_start = start
            used = cell_len(last) + cell_len(found.group()) - cell_len(word)
            continue
        used += cell_len(found.group())
    return breaks


def sources_block(
    claim: Claim, *, indent: int = 0, limit: int | None = None, quotes: bool = False
) -> list[RenderableType]:
    """The sources of a claim, one renderable a line. Not wrapped in a container: a container
    would cut the URLs at its edge, and a URL must stay whole."""
    if not claim.sources:
        return [indented(Text("No sources: this verdict is unsupported.", style="yellow"), indent)]
    rows: list[RenderableType] = [indented(Text("Sources:", style="bold"), indent)]
    sources = claim.sources if quotes else _one_per_document(claim.sources)
    shown = sources if limit is None else sources[:limit]
    for i, source in enumerate(shown, 1):
        rows.append(indented(source_line(i, source), indent + 2))
        if quotes and source.quote:
            rows.append(indented(text(quoted(source.quote), "italic"), indent + 5))
        rows.append(url_text(source.url, indent=indent + 5))
        # a source that is no evidence shows its note even where notes are not: listed bare, the page that
        # spread a claim read as evidence for the verdict, and another desk's fact-check as ours
        if source.note and (quotes or not is_evidence(source)):
            rows.append(indented(text(f"Note: {source.note}", "dim"), indent + 5))
    hidden = len(sources) - len(shown)
    if hidden > 0:
        more = Text(f"{sign('…')} and {hidden} more (factcheck show {claim.id})", style="dim")
        rows.append(indented(more, indent + 2))
    if not claim.has_evidence:  # as a claim with no source says so: what is listed backs no verdict
        rows.append(indented(Text("No evidence: these sources are where the claim appeared.", style="yellow"), indent))
    return rows


def _one_per_document(sources: tuple[Source, ...]) -> tuple[Source, ...]:
    """The first source of each URL: two quotes from one article are one source where quotes are
    not shown (they would be two identical lines)."""
    first: dict[str, Source] = {}
    for source in sources:
        first.setdefault(source.url, source)
    return tuple(first.values())


def first_source(claim: Claim, *, with_url: bool = True) -> Text:
    """A claim's first source that is evidence on one line: who published it, then its URL; with none, its
    first source and, in brackets, what that is ("where the claim appeared; no evidence").  Without the URL
    (``with_url=False``) for a caller that prints it whole on a line of its own (``first_source_url``), the
    site names a source that has no publisher or title, as in ``sources_block``."""
    leading = leading_source(claim)
    if leading is None:
        return Text("no sources", style="yellow")
    source, caveat = leading
    line = Text()
    label = source.publisher or source.title or (None if with_url else _site(source.url))
    if label:
        line.append(sanitize(label) + (" " if with_url else ""))
    if with_url:
        line.append(sanitize(source.url), style="cyan")
    if caveat is not None:
        line.append(f" ({sanitize(caveat)})", style="yellow")
    return line


def first_source_url(claim: Claim) -> str | None:
    """The URL ``first_source`` shows, None for a claim without sources."""
    leading = leading_source(claim)
    return None if leading is None else leading[0].url


def shortened(value: str, limit: int) -> str:
    """``value`` cut to about ``limit`` characters, saying how much was left out."""
    if len(value) <= limit:
        return value
    return f"{value[:limit].rstrip()}{sign('…')} ({len(value) - limit:,} more characters)"


def claim_header(claim: Claim) -> Text:
    return verdict_line(claim.verdict, claim.claim, "bold")


def _header_block(claim: Claim) -> RenderableType:
    """``claim_header``, a web address in the claim kept whole (``UrlsWhole``): at 40 columns a claim's
    "https://www.example.org/a/very/long/path" / "/to/a/page/about/troops.html" was broken at the edge."""
    header = claim_header(claim)
    return UrlsWhole(header, 0, fallback=header)


def match_block(match: Match, *, source_limit: int = 3) -> RenderableType:
    claim = match.claim
    meta = Text(f"{match.label} {match.score:.2f}", style="bold cyan" if match.is_strong else "bold")
    if not match.is_strong:
        meta.append(" (compare the claim with your statement)")
    meta.append(f" {sign('·')} {claim.id}", style="dim")
    body: list[RenderableType] = [meta]
    if match.is_opposite:
        body.append(
            Text(
                "Note: your statement says the opposite; the verdict is about the claim as worded.",
                style="bold yellow",
            )
        )
    if match.differences is not None:
        body.append(text(f"Note: {match.differences.note(marks=quotation_marks())}.", style="bold yellow"))
    if claim.summary:
        body.append(text(claim.summary))
    rows: list[RenderableType] = [_header_block(claim), *(indented(row, 2) for row in body)]
    return Group(*rows, *sources_block(claim, indent=2, limit=source_limit))


def claim_detail(claim: Claim) -> RenderableType:
    rows: list[RenderableType] = [_header_block(claim)]
    fields: list[tuple[str, list[Text]]] = [("id", [text(claim.id)]), ("verdict", [text(claim.verdict.value)])]
    if claim.claimant:
        fields.append(("claimant", [text(claim.claimant)]))
    if claim.checked:
        fields.append(("checked", [text(claim.checked)]))
    if claim.original_rating:
        fields.append(("original rating", [text(claim.original_rating)]))
    if claim.tags:
        fields.append(("tags", [text(", ".join(claim.tags))]))
    if claim.aliases:
        fields.append(("also said as", [text(f"{sign('•')} {a}") for a in claim.aliases]))
    rows.append(_Fields(fields, 2, above=1))
    if claim.summary:
        rows.append(indented(text(claim.summary), 2, above=1))
    rows.append(Text())
    rows.extend(sources_block(claim, indent=2, quotes=True))
    return Group(*rows)


class _Fields:
    """``show``'s fields, a name and its value a row: a grid, but for a value holding a web address wider than
    the value's column, which the grid broke at the column's edge ("https://www.example.org/a/.../that" /
    "/is/longer.html": a claimant's or an alias's address was clicked and copied broken).  Then each row is laid
    out as ``UrlsWhole`` lays out text, under its name: the address on a line of its own, run past the edge."""

    def __init__(self, fields: list[tuple[str, list[Text]]], indent: int, *, above: int = 0) -> None:
        self.fields, self.indent, self.above = fields, indent, above
        self.name_width = max(cell_len(name) for name, _ in fields)

    def _grid(self, rows: Sequence[tuple[str, RenderableType]], *, name_width: int | None = None) -> Table:
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", width=name_width)
        # a word wider than the column is broken, not cut: Rich's "…" left 'us-troops-res…' of an id, a date and a
        # tag below 70 columns (an id of the starter file)
        grid.add_column(overflow="fold")
        for name, value in rows:
            grid.add_row(name, value)
        return grid

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[RenderableType]:
        value_width = options.max_width - self.indent - self.name_width - 2
        if value_width < 1 or not any(
            holds_long_url(value.plain, value_width) for _, values in self.fields for value in values
        ):
            rows = [(name, values[0] if len(values) == 1 else Group(*values)) for name, values in self.fields]
            yield Padding(self._grid(rows), (self.above, 0, 0, self.indent), expand=False)
            return
        for _ in range(self.above):
            yield Text()
        for name, values in self.fields:
            for number, value in enumerate(values):
                shown = name if number == 0 else ""
                lead = Text(" " * self.indent)
                lead.append(shown.ljust(self.name_width), style="bold")
                lead.append("  ")
                row = Padding(self._grid([(shown, value)], name_width=self.name_width), (0, 0, 0, self.indent))
                yield UrlsWhole(value, self.indent + self.name_width + 2, fallback=row, lead=lead)


#: below this many columns, list leaves out the sources and checked columns: the claim needs the room
NARROW_TABLE = 70


def claims_table(claims: Iterable[Claim], *, reasons: bool = False, width: int | None = None) -> Table:
    """Claims as a table: the claim text, with its id on a dim line below it (an id is a long
    slug; in a column of its own it would be broken mid-word and could not be copied).  The sources
    and checked columns are left out on a terminal narrower than ``NARROW_TABLE`` (``width``), and
    where they would leave the claim's column too narrow for the longest id: at 80 and 100 columns the
    starter file's ids were broken over two lines, and copied broken; then why a claim is listed goes
    below its id rather than in a column of its own; then the verdict goes before the claim rather than
    in a column of its own.  Only where even that cannot hold an id whole is it broken."""
    claims = list(claims)
    longest_id = max((len(claim.id) for claim in claims), default=0)
    layouts = [_FULL, _NARROW, _COMPACT, _STACKED]
    if width is not None and width < NARROW_TABLE:
        layouts.remove(_FULL)
    if not reasons:
        layouts.remove(_COMPACT)
    trial = _widest_rows(claims, reasons=reasons)
    for layout in layouts:
        tried = _claims_table(trial, reasons=reasons, layout=layout, id_width=longest_id)
        if width is None or _holds_ids(tried, trial, width):
            return _claims_table(claims, reasons=reasons, layout=layout, id_width=longest_id)
    return _claims_table(claims, reasons=reasons, layout=layouts[-1], id_width=None)


#: the table's layouts, widest first: with the sources and checked columns; without them; without a column
#: of its own for why a claim is listed; and without one for the verdict, shown before the claim (the verdict's
#: column took 16 of 60 columns, and the starter file's ids, up to 48 characters, were broken)
_FULL, _NARROW, _COMPACT, _STACKED = "full", "narrow", "compact", "stacked"


def _widest_rows(claims: list[Claim], *, reasons: bool) -> list[Claim]:
    """The claims whose cells set the columns' least widths (the longest id, the widest verdict, count of
    sources, date checked, word of why listed): a table of them is laid out as the whole one is, since the
    claim's column shares out by ratio what the others leave."""
    keys: list[Callable[[Claim], int]] = [
        lambda claim: len(claim.id),
        lambda claim: len(claim.verdict.value),
        lambda claim: len(str(len(claim.sources))),
        lambda claim: len(claim.checked or ""),
    ]
    if reasons:
        keys.append(lambda claim: max((len(word) for word in _why_listed(claim).split()), default=0))
    widest = [max(claims, key=key) for key in keys] if claims else []
    return list({id(claim): claim for claim in widest}.values())


def _holds_ids(table: Table, claims: list[Claim], width: int) -> bool:
    """Whether ``table``, printed ``width`` columns wide, shows every id of ``claims`` whole and cuts no cell
    short ("unsupporte…", "sou…").  Printed, not measured: Rich shares the width out by ratio, then narrows the
    columns that may wrap, which its measure of the table does not tell."""
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None).print(table)
    printed = buffer.getvalue()
    words = set(printed.split())
    written = sum(sanitize(claim.claim).count("…") for claim in claims)  # "we will close the ferry…" is no cut
    return printed.count("…") == written and all(sanitize(claim.id) in words for claim in claims)


def _claims_table(claims: list[Claim], *, reasons: bool, layout: str, id_width: int | None) -> Table:
    table = Table(box=_simple_head(), header_style="bold", pad_edge=False, expand=True)
    stacked = layout is _STACKED
    why_column = reasons and layout in (_FULL, _NARROW)
    if not stacked:
        table.add_column("verdict", no_wrap=True)
    # its longest id at least (a flexible column's ``width`` is its least, as for "why listed")
    table.add_column(
        ("verdict, " if stacked else "") + ("claim / id / why listed" if reasons and not why_column else "claim / id"),
        ratio=3,
        width=id_width,
    )
    if layout is _FULL:
        table.add_column("sources", justify="right")
        table.add_column("checked", no_wrap=True)
    if why_column:
        # its longest word at least: at 80 columns the ratio alone left it 9 characters, and "verdict is
        # unsupported, no sources" read "unsupport…"
        longest = max((len(word) for claim in claims for word in _why_listed(claim).split()), default=1)
        table.add_column("why listed", ratio=1, width=longest)
    for claim in claims:
        cell = Text()
        if stacked:
            cell.append_text(badge(claim.verdict))
            cell.append(" ")
        cell.append(sanitize(claim.claim))
        cell.overflow = "fold"
        cell.append("\n")
        cell.append(sanitize(claim.id), style="dim")
        if reasons and not why_column:
            cell.append("\n")
            cell.append(sanitize(_why_listed(claim)), style="italic")
        row: list[RenderableType] = [cell] if stacked else [badge(claim.verdict), cell]
        if layout is _FULL:
            row += [str(len(claim.sources)), text(claim.checked or "")]
        if why_column:
            row.append(text(_why_listed(claim)))
        table.add_row(*row)
    return table


#: Rich's SIMPLE_HEAD with its rule in ASCII
_ASCII_SIMPLE_HEAD = box.Box("    \n    \n -- \n    \n    \n    \n    \n    \n", ascii=True)


def _simple_head() -> box.Box:
    """A rule under the header and no other lines, in ASCII where standard output has no "─": what Rich draws
    instead of a box it cannot (``PYTHONIOENCODING=ascii``, ``LC_ALL=C``) is a grid of "|" and "+" around every
    cell, three "|" more on each line for a screen reader to read out."""
    return box.SIMPLE_HEAD if sign("─") == "─" else _ASCII_SIMPLE_HEAD


def _why_listed(claim: Claim) -> str:
    return ", ".join(claim.unsupported_reasons)


def print_claims_plain(stream: TextIO, claims: Iterable[Claim], *, reasons: bool = False) -> None:
    """Tab-separated lines for pipes: id, verdict, source count, checked, claim[, why listed].

    Written straight to the stream: Rich would expand the tabs into spaces."""
    for claim in claims:
        fields = [claim.id, claim.verdict.value, str(len(claim.sources)), claim.checked or "", claim.claim]
        if reasons:
            fields.append("; ".join(claim.unsupported_reasons))
        stream.write(sanitize("\t".join(f.replace("\t", " ").replace("\n", " ") for f in fields)) + "\n")


def problem_line(problem: Problem) -> Text:
    style = "red" if problem.is_error else "yellow"
    line = Text(sanitize(str(problem.location)) + ": ")
    line.append(problem.severity.value, style=f"bold {style}")
    line.append(": " + sanitize(problem.message))
    return line


def github_annotation(problem: Problem, file: str | None = None) -> str:
    """``problem`` as a GitHub Actions workflow command (``::error file=claims.yaml,line=4,col=14::message``),
    which the job's log turns into a mark on that line of the pull request (a warning as ``::warning``).
    A place without a line (0: unknown) is the file alone, and one without a file (an empty name) the job's.
    Its values are escaped as GitHub's own toolkit
    escapes them: ``%`` as ``%25`` (a ``%0A`` in a quoted URL would be read as a line break), a line break as
    ``%0A`` (a claim's text cannot start a workflow command of its own on a new line), and ``:`` and ``,``
    inside a property (a ``,`` in a file's name would end its ``file=``).  Control characters are shown, as in
    the text report (``\\x1b``), not sent to the log, and so is a byte of a file's name that is not UTF-8
    (``errors.undecoded_bytes_shown``).  ``file``, given, is the name to mark instead of the
    location's path (``options.github_path``'s)."""
    where = problem.location
    properties = [f"file={_github_property(file or where.path)}"] if where.path else []
    if properties and where.line > 0:
        properties.append(f"line={where.line}")
        if where.column > 0:
            properties.append(f"col={where.column}")
    command = " ".join([problem.severity.value, ",".join(properties)]) if properties else problem.severity.value
    return f"::{command}::{_github_data(sanitize(problem.message))}"


def _github_data(text: str) -> str:
    """A workflow command's message, escaped (``escapeData`` of GitHub's actions/toolkit), in UTF-8 text."""
    # a byte of a name that is not UTF-8 as its escape (\xe9), as every message shows it: the log is UTF-8
    return undecoded_bytes_shown(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: str) -> str:
    """A workflow command's property value, escaped (``escapeProperty`` of GitHub's actions/toolkit)."""
    return _github_data(sanitize(text)).replace(":", "%3A").replace(",", "%2C")
