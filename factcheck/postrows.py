"""The answers of ``check -`` as CSV rows, for a moderator's or a researcher's spreadsheet: to an export of posts
(``check - --input-format csv --format csv``) or to plain lines (``check - --format csv``: a line is a post with no
id, its number the ``line``).  The one home of the columns and their quoting, for both.

One row a post and its best match, or, for more matches asked for, one row a match (``rank`` 1, 2...): a post
nothing matched, or that could not be read, is one row with its match cells empty, so that every post of the
export is a row and the rows are counted as the summary counts the posts.  ``match`` says which it is: "match",
"possible match" (``Match.label``: a match to compare with the post before its verdict is trusted), "no match" or
"error" (the ``error`` cell says why, as the JSON answer's "error" does); ``differences`` where the claim names
another actor, place, date or amount than the post, as the terminal's note says it.

A post is untrusted text: a cell opening with ``=``, ``+``, ``-``, ``@``, a tab or a CR (spaces or control
characters before them aside) runs as a formula in
Excel, LibreOffice and Google Sheets (``=HYPERLINK(...)`` sends the sheet's cells away when clicked).  As OWASP's
"CSV Injection" page advises, such a cell gets an apostrophe in front (``csvclaims.spreadsheet_safe``, which
``export --format csv`` uses), and every cell is in double quotes, its quotes doubled, so that a spreadsheet that
splits by another delimiter (Excel opening a comma-separated file where ';' is the list separator) finds no
formula after a ';' inside a post either.  The JSON answers keep the post as written.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from .csvclaims import spreadsheet_safe
from .matching import Match, shown_score
from .posts import JsonValue

#: the columns, in order (a stable interface: new columns are only ever added at the end)
POST_ROW_COLUMNS = (
    "id",
    "line",
    "rank",
    "match",
    "verdict",
    "claim_id",
    "score",
    "polarity",
    "claim",
    "source_url",  # the claim's first source, as scan's report shows it
    "post",
    "error",
    # where the claim names another actor, place, date or amount than the post (the terminal's note, the JSON's
    # "differences"): without it a row read as a plain match
    "differences",
)
NO_MATCH = "no match"
ERROR = "error"


def _id_cell(post_id: JsonValue) -> str:
    """A post's id as a cell: text as it is, nothing for none, any other JSON value as JSON writes it (a number's
    digits, ``true``)."""
    if post_id is None:
        return ""
    if isinstance(post_id, str):
        return post_id
    return json.dumps(post_id, ensure_ascii=False)


def post_rows(
    post_id: JsonValue,
    line: int,
    post: str | None,
    matches: Sequence[Match],
    threshold: float,
    error: str | None = None,
    subject: str = "the post",
) -> list[list[str]]:
    """The rows of one post: one a match (best first), or one row with no match, or its ``error`` (``post`` then
    None); the score as the JSON answer shows it (``shown_score``).  Each row is built by the columns' names, so
    that a column added at the end leaves every cell under its own.  ``subject`` is what the ``differences`` cell
    calls the post ("your statement" for a line the user typed, as the terminal says it)."""
    start = {"id": _id_cell(post_id), "line": str(line), "post": post or ""}
    if error is not None or not matches:
        return [_row({**start, "match": ERROR if error is not None else NO_MATCH, "error": error or ""})]
    return [
        _row(
            {
                **start,
                "rank": str(rank),
                "match": match.label,
                "verdict": match.claim.verdict.value,
                "claim_id": match.claim.id,
                "score": repr(shown_score(match.score, threshold)),
                "polarity": match.polarity or "",
                "claim": match.claim.claim,
                "source_url": match.claim.sources[0].url if match.claim.sources else "",
                "differences": match.differences.describe(subject) if match.differences is not None else "",
            }
        )
        for rank, match in enumerate(matches, start=1)
    ]


def _row(cells: dict[str, str]) -> list[str]:
    """The cells of one row in the columns' order (empty for a column ``cells`` lacks), spreadsheet-safe."""
    return [spreadsheet_safe(cells.get(column, "")) for column in POST_ROW_COLUMNS]


def csv_lines(rows: Sequence[Sequence[str]], delimiter: str = ",") -> str:
    """``rows`` as CSV text: every cell in quotes, CRLF line ends (RFC 4180, as ``export --format csv`` writes),
    split by ``delimiter`` (";" for the answers to an export split so)."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL).writerows(rows)
    return out.getvalue()
