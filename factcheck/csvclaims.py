"""Claims as CSV, one row per claim: what ``export --format csv`` writes for spreadsheets and what
``import`` reads back (from that export, or from a spreadsheet saved with the same columns).

A row carries a claim's fields and its sources' URLs, not the sources' titles, dates or quotes: a
spreadsheet is a worklist, the claims file the record.  Reading, a file is CSV when its first line
is a header naming at least ``claim`` and ``verdict`` (with ``,``, ``;`` or a tab between columns,
as spreadsheets save it); every other column must be one of ``CSV_COLUMNS``, or have no name and
stay empty (a spreadsheet's trailing ``,,``).  The rows become plain claim entries, validated by
the claims-file reader like any other import, each placed at its line.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import Advice, InputError, Location
from .model import VERDICTS, Claim, as_choice, slugify, unique_id
from .validation import suggest_key

if TYPE_CHECKING:
    from .ratings import RatingMap

#: the CSV columns, in order (a stable interface: new columns are only ever added at the end)
CSV_COLUMNS = (
    "id",
    "claim",
    "verdict",
    "summary",
    "claimant",
    "checked",
    "original_rating",
    "tags",  # joined by ";"
    "aliases",  # one per line within the cell
    "source_count",
    "source_urls",  # joined by " "
)


# -- writing ----------------------------------------------------------------------------------------

#: first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV injection")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """``cell`` with an apostrophe in front when a spreadsheet would run it as a formula.

    Claims imported from other publishers are untrusted text, and a cell such as
    ``=HYPERLINK("http://…")`` in a CSV opened in Excel or LibreOffice runs.  The apostrophe is
    what those programs use to mark a cell as text; JSON and ClaimReview exports stay exact.  Text
    that starts with apostrophes before such a start (``'=1+1' he wrote``) gets one more, so that
    ``import`` gives it back as it was.
    """
    return "'" + cell if _formula_like(cell.lstrip("'")) else cell


#: what may come before a formula's first character and still let it run: spaces, line breaks and other control
#: characters (LibreOffice's import with "Trim spaces" and "Evaluate formulas" runs '  =HYPERLINK(...)')
_LEADING_BLANKS = re.compile(r"\A[\s\x00-\x1f\x7f]+")


def _formula_like(cell: str) -> bool:
    """Whether a spreadsheet could run ``cell`` as a formula: it starts with one of ``FORMULA_STARTS``, or with
    one of them after spaces or control characters."""
    return cell.startswith(FORMULA_STARTS) or _LEADING_BLANKS.sub("", cell).startswith(FORMULA_STARTS)


def csv_text(claims: Sequence[Claim]) -> str:
    """One row per claim, with a header row; RFC 4180 quoting (``\\r\\n`` line ends); formula-like
    cells neutralised (``spreadsheet_safe``)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for claim in claims:
        cells = [
            claim.id,
            claim.claim,
            claim.verdict.value,
            claim.summary or "",
            claim.claimant or "",
            claim.checked or "",
            claim.original_rating or "",
            ";".join(claim.tags),
            "\n".join(claim.aliases),
            str(len(claim.sources)),
            " ".join(s.url for s in claim.sources),
        ]
        writer.writerow([spreadsheet_safe(cell) for cell in cells])
    return out.getvalue()


def csv_warnings(claims: Sequence[Claim]) -> list[str]:
    """What the CSV cannot give back as it is: a tag holding ";" (tags are joined with it), an alias
    holding a line break (aliases are; a claims file may have one, which ``validate`` accepts: it came
    back as two aliases with no word said)."""
    warnings = []
    for split, holding, parts in (
        ([c.id for c in claims if any(";" in tag for tag in c.tags)], "a tag holding ';'", "two tags"),
        (
            [c.id for c in claims if any("\n" in alias or "\r" in alias for alias in c.aliases)],
            "an alias holding a line break",
            "two aliases",
        ),
    ):
        if split:
            shown = ", ".join(split[:3]) + (" ..." if len(split) > 3 else "")
            claims_said = f"{len(split)} claim{'' if len(split) == 1 else 's'}"
            warnings.append(f"{claims_said} with {holding}, which import reads as {parts}: {shown}")
    return warnings


# -- reading ----------------------------------------------------------------------------------------

#: between columns: "," as written; ";" and a tab as spreadsheets save CSV where "," is the decimal mark
_DELIMITERS = (",", ";", "\t")
_REQUIRED = ("claim", "verdict")
#: columns that say what the others hold, read past (the count follows from the URLs)
_DERIVED = frozenset({"source_count"})


@dataclass
class CsvRow:
    """A row as a plain claim entry (the claims file's keys), with the line it starts on."""

    line: int
    entry: dict[str, Any]
    id_made: bool = False  # the row had no id: the entry's is made from its claim


def csv_delimiter(text: str) -> str | None:
    """The delimiter of ``text`` when its first line is a CSV header naming ``claim`` and ``verdict``."""
    # a header ends at "\r" too: a spreadsheet of old Macs ("CSV (Macintosh)") ends its lines with it alone, and the
    # whole file, read as the first line, was then no header ("not a file factcheck can import ... 'claim' and
    # 'verdict' columns", of a file that had them); the rows are read with any line end (newline="")
    first = _first_line(text)
    for delimiter in _DELIMITERS:
        names = _header_names(first, delimiter)
        if names is not None and set(_REQUIRED) <= {name.casefold() for name in names}:
            return delimiter
    return None


def csv_header_lacking(text: str) -> str | None:
    """Why ``text`` is no CSV of claims, when its first line reads as the header of one that names a
    column for each of ``claim`` and ``verdict`` but not by those names ("Claim,Rating,URL", as a desk's
    own spreadsheet has it); None for any other first line.

    Such a file was refused as no claims file either ("invalid YAML: mapping values are not allowed",
    of a claim holding ": "), or as no CSV "with 'claim' and 'verdict' columns", with no word of the
    column to rename.  A column counts for one only by the name itself, its spelling ("verdit") or
    what others call it ("rating", "statement"): any other line stays what it was.  Nor is a first line
    opening with "#" one: a YAML comment ("# Claims, verdicts, sources: ...") of a claims file, which
    is read as one (and its YAML error named) as before."""
    first = _first_line(text)
    if first.lstrip(" \t").startswith("#"):
        return None
    for delimiter in _DELIMITERS:
        names = _header_names(first, delimiter)
        if names is None or len(names) < 2:
            continue
        meant = {name: _column_meant(name) for name in names}
        missing = [column for column in _REQUIRED if column not in {n.casefold() for n in names}]
        if not missing or not all(column in meant.values() for column in _REQUIRED):
            continue
        # the first name meaning each missing column, in the header's order ("Rating,Ruling": 'Rating')
        holders = {column: name for name, column in reversed(meant.items()) if column in missing}
        order = sorted(holders, key=lambda column: names.index(holders[column]))
        holding = " and ".join(
            f"{holders[column]!r} {'holds ' if i == 0 else ''}{_HELD[column]}" for i, column in enumerate(order)
        )
        columns = " and ".join(repr(column) for column in order)
        return (
            f"a CSV header without {'the column' if len(order) == 1 else 'the columns'} {columns}: if {holding}, "
            f"rename {'it' if len(order) == 1 else 'them'} {columns} (a CSV of claims needs 'claim' and 'verdict'; "
            f"its columns are those of the CSV export: {', '.join(CSV_COLUMNS)})"
        )
    return None


def _first_line(text: str) -> str:
    """The text's first line, ended by any line break ("\r" alone too: old Macs' "CSV (Macintosh)")."""
    return _LINE_BREAK.split(text, maxsplit=1)[0]


_LINE_BREAK = re.compile(r"[\r\n]")


#: what a required column holds, for the message naming the column that may be it
_HELD = {"claim": "the claims", "verdict": "the verdicts"}


def _header_names(first: str, delimiter: str) -> list[str] | None:
    """The names of the first line's cells with ``delimiter`` between them, stripped; None when the line
    is too long a cell for the csv module (no header with this delimiter)."""
    try:
        return [name.strip() for name in next(csv.reader([first], delimiter=delimiter), [])]
    except csv.Error:
        return None


def _column_meant(name: str) -> str | None:
    """The column a header's name is, or most likely means (``suggest_key``)."""
    folded = name.casefold()
    return folded if folded in CSV_COLUMNS else suggest_key(folded, CSV_COLUMNS)


def read_csv_rows(text: str, name: str, delimiter: str, rating_map: RatingMap | None = None) -> list[CsvRow]:
    """Every row with something in it, as a claim entry; ``InputError`` for a header factcheck does
    not know (an unknown or repeated column), or a row with a value past the header's last column.

    A ``verdict`` that is no verdict but a publisher's rating ``rating_map`` knows ("Pants on
    Fire") is read as its verdict, the rating kept as ``original_rating`` (unless the row has one)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1
    try:
        header = [column.strip().casefold() for column in next(reader)]
        _check_header(header, name)
        rows: list[CsvRow] = []
        line = reader.line_num + 1
        for cells in reader:
            if any(cell.strip() for cell in cells[len(header) :]):  # empty cells past the header: a trailing ','
                raise InputError(f"{len(cells)} cells in a row under {len(header)} columns", Location(name, line))
            if any(cell.strip() for cell in cells):
                _check_unnamed(header, cells, Location(name, line))
                rows.append(CsvRow(line, _entry(dict(zip(header, cells, strict=False)), rating_map)))
            line = reader.line_num + 1
    except csv.Error as exc:
        if str(exc) == "unexpected end of data":  # strict: not the rest of the file read as one cell
            raise InputError(
                "a quoted cell of this row is never closed (no '\"' to end it)", Location(name, line)
            ) from None
        raise InputError(f"not readable as CSV ({exc})", Location(name, reader.line_num)) from None
    _give_ids(rows)
    return rows


def _give_ids(rows: list[CsvRow]) -> None:
    """An id made from the claim for each row without one (a spreadsheet's new rows), unlike any
    id of the file; a row without a claim keeps its missing id, for the reader to report."""
    taken = {row.entry["id"] for row in rows if "id" in row.entry}
    for row in rows:
        if "id" in row.entry or "claim" not in row.entry:
            continue
        candidate = unique_id(slugify(row.entry["claim"]), taken)
        taken.add(candidate)
        row.entry["id"] = candidate
        row.id_made = True


def _check_header(header: list[str], name: str) -> None:
    known = (*CSV_COLUMNS,)
    for index, column in enumerate(header):
        if not column:
            continue  # a spreadsheet's empty trailing column ("claim,verdict,,"): fine while it stays empty
        if column not in known:
            meant = suggest_key(column.strip().casefold(), known)
            hint = f"did you mean {meant!r}? " if meant else ""
            raise InputError(
                Advice(
                    "unknown column {column} ({hint}the columns are those of {csv_export}: {known})",
                    {"column": repr(column), "hint": hint, "csv_export": "the CSV export", "known": ", ".join(known)},
                ),
                Location(name, 1),
            )
        if column in header[:index]:
            raise InputError(f"the column {column!r} is given twice", Location(name, 1))


def _check_unnamed(header: list[str], cells: list[str], where: Location) -> None:
    for column, cell in zip(header, cells, strict=False):
        if not column and cell.strip():
            raise InputError(f"{cell.strip()[:40]!r} is in a column without a name in the header", where)


def _entry(cells: dict[str, str], rating_map: RatingMap | None = None) -> dict[str, Any]:
    """A row's cells as a claims-file entry: blank cells left out, lists split as ``csv_text`` joins them."""
    entry: dict[str, Any] = {}
    rating = None  # a publisher's rating in the verdict column, mapped onto the scale
    for column, raw in cells.items():
        # a cell's line breaks as Windows ("\r\n") or an old spreadsheet ("\r") saves them: a lone CR went to the
        # claims file as '"Tacos are\rsandwiches"' (review of 0bd8bd4)
        cell = _as_text(raw).replace("\r\n", "\n").replace("\r", "\n").strip()
        if not cell or not column or column in _DERIVED:
            continue
        if column == "tags":
            entry["tags"] = [tag.strip() for tag in cell.split(";") if tag.strip()]
        elif column == "aliases":
            # "\n" as csv_text joins them: splitlines() would also split an alias holding U+2028
            entry["aliases"] = [alias.strip() for alias in cell.split("\n") if alias.strip()]
        elif column == "source_urls":
            entry["sources"] = [{"url": url} for url in cell.split()]
        elif column == "verdict":
            # a spreadsheet saves the cell "false" it read as a boolean as "FALSE"; people type
            # "Mostly true" (or mostly_true) for mostly-true. A publisher's rating ("Pants on
            # Fire") is mapped as import maps other formats' ratings; anything else is left for
            # the reader to refuse as written.
            spelt = as_choice(cell)
            mapped = rating_map.verdict_for(cell) if rating_map is not None and spelt not in VERDICTS else None
            if mapped is not None:
                entry["verdict"], rating = mapped.value, cell
            else:
                entry["verdict"] = spelt if spelt in VERDICTS else cell.casefold()
        else:
            entry[column] = cell
    if rating is not None:
        entry.setdefault("original_rating", rating)
    return entry


def _as_text(cell: str) -> str:
    """A cell as written before ``spreadsheet_safe``: the apostrophe it put before a formula-like
    start is taken off again (an apostrophe before anything else is the text's own; text that
    itself starts with apostrophes before such a start was given one more)."""
    return cell[1:] if cell.startswith("'") and _formula_like(cell.lstrip("'")) else cell
