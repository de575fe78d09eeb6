"""A scan as a Markdown report that a person can paste into a document or a ticket.

Everything that comes from the article or the knowledge base is escaped, so a sentence with
pipes, brackets, backticks or HTML cannot break the tables or inject markup, and only http(s)
URLs become links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .claimreview import leading_source
from .errors import undecoded_bytes_shown
from .jsontext import UNSHOWN
from .matching import POSSIBLE_MATCH, Match, threshold_text
from .model import Claim
from .scan import ScanReport, Selection, SentenceResult, Status, handover_note, possible_matches

#: what is shown as a space (and left out of a URL): what no terminal gets raw either (``jsontext.UNSHOWN``), and the
#: tab and line feed that would break a table's row
_CONTROL = re.compile(f"[\t\n]|{UNSHOWN.pattern}")
_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
OPPOSITE_NOTE = " *(the sentence says the opposite; the verdict is about the claim as worded)*"
_URL_UNSAFE = {" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E", "|": "%7C", "\\": "%5C", '"': "%22"}


def escape(value: str) -> str:
    """Text that Markdown shows as it is: no emphasis, links, code, HTML or table breaks."""
    value = " ".join(_CONTROL.sub(" ", value).split())
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", value)


def link(label: str, url: str) -> str:
    """A Markdown link for an http(s) URL; anything else is shown as escaped text."""
    url = _CONTROL.sub("", url.strip())
    if not re.match(r"https?://", url, re.IGNORECASE):
        return escape(f"{label} ({url})")
    safe = "".join(_URL_UNSAFE.get(char, char) for char in url)
    return f"[{escape(label)}]({safe})"


#: what opens a Markdown block at a line's start in text ``escape`` gave (one line, its own marks escaped already):
#: an ATX heading ("# "), a bullet ("- ", "+ "; "* " is escaped), an ordered list item ("1. ", "2026) "), and a
#: thematic break of dashes ("---", "- - -"); a quote (">") and HTML ("<") are entities there, a fence is escaped
_BLOCK_START = re.compile(
    r"""^(?:
        (?P<mark>\#{1,6}|[-+])(?=\s|$)                  # a heading, a bullet
        | (?P<number>\d{1,9})(?P<delimiter>[.)])(?=\s|$)  # an ordered list's item
        | (?=(?:-\s*){3,}$)                              # a thematic break
    )""",
    re.VERBOSE,
)
#: the closing sequence of an ATX heading: a run of '#' at its end, after a space (or alone), dropped by Markdown
_HEADING_CLOSE = re.compile(r"(?:^|(?<=\s))(#+)$")


def as_line_start(escaped: str) -> str:
    """``escaped`` (``escape``'s or ``link``'s text) shown as text where it opens a line: a summary "# Note" made a
    heading of the handout, "- item" a list, "2026. The year" a list numbered 2026, "---" a rule (posts124).
    Ordinary text is unchanged: "#MeToo", "-5 degrees", "3.5 million" open no block."""
    found = _BLOCK_START.match(escaped)
    if found is None:
        return escaped
    if found["number"] is not None:
        return f"{found['number']}\\{found['delimiter']}{escaped[found.end() :]}"
    return "\\" + escaped


def as_heading_end(escaped: str) -> str:
    """``escaped`` shown whole at the end of an ATX heading: "Vote for item #" lost its '#', read as the heading's
    closing sequence."""
    return _HEADING_CLOSE.sub(r"\\\1", escaped)


def _row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _count(count: int, noun: str) -> str:
    return f"**{count}** {noun}{'' if count == 1 else 's'}"


def _of_them_possible(count: int) -> str:
    """ " (1 of them a possible match)" after the count of matched claims, as the Verdict table counts them apart."""
    if not count:
        return ""
    return f" ({count} of them {'a ' + POSSIBLE_MATCH if count == 1 else POSSIBLE_MATCH + 'es'})"


def _summary(report: ScanReport, kb_label: str | None, matcher: str | None, only: Selection | None) -> list[str]:
    s = report.summary
    lines = [
        f"{_count(s.sentences, 'sentence')} read; {_count(s.checkable, 'checkable claim')}: **{s.matched}** with a "
        f"fact-check{_of_them_possible(s.possible)}, **{s.unmatched}** without one (research these next); {s.skipped} "
        f"sentence{'' if s.skipped == 1 else 's'} not checkable.",
        "",
    ]
    where = f"Checked against {escape(undecoded_bytes_shown(kb_label))}" if kb_label else "Checked"
    checked = f"{where} with a match threshold of {threshold_text(s.threshold)}."
    note = handover_note(report, matcher, only) if matcher is not None else None
    if note is not None:
        checked += f" {escape(note[0].upper() + note[1:])}."
    lines += [checked, ""]
    if s.by_verdict:
        lines += [_row(["Verdict", "Claims"]), _row(["---", "---:"])]
        lines += [
            _row(
                [
                    f"**{verdict.value.upper()}**",
                    f"{count} {possible_matches(s.possible_by_verdict.get(verdict, 0))}".rstrip(),
                ]
            )
            for verdict, count in s.by_verdict.items()
        ]
        lines.append("")
    return lines


def _matched_row(result: SentenceResult) -> str:
    match = result.match
    assert match is not None
    claim = match.claim
    return _row(
        [
            str(result.line),
            escape(result.attributed),
            f"**{claim.verdict.value.upper()}**",
            f"`{claim.id}`: {escape(claim.claim)}"
            + (OPPOSITE_NOTE if match.is_opposite else "")
            + _differences_note(match),
            # a weak match named so, as check and the text output name it: pasted into a ticket, its verdict read
            # as the sentence's own
            f"{match.score:.2f}" if match.is_strong else f"{match.score:.2f} ({match.label})",
            _source_cell(claim),
        ]
    )


def _source_cell(claim: Claim) -> str:
    """The claim's first source that is evidence, as a link; with none, its first and what that is (see
    ``leading_source``): a bare link made the page that spread the claim read as its source."""
    leading = leading_source(claim)
    if leading is None:
        return "none"
    source, caveat = leading
    shown = link(source.publisher or source.title or "source", source.url)
    return shown if caveat is None else f"{shown} *({escape(caveat)})*"


def _differences_note(match: Match) -> str:
    if match.differences is None:
        return ""
    return f" *({escape(match.differences.note('the sentence'))})*"


def _section(title: str, header: list[str], align: list[str], rows: list[str]) -> list[str]:
    lines = [f"## {title} ({len(rows)})", ""]
    if not rows:
        return [*lines, "None.", ""]
    return [*lines, _row(header), _row(align), *rows, ""]


def markdown_report(
    report: ScanReport, *, only: Selection | None = None, kb_label: str | None = None, matcher: str | None = None
) -> str:
    """The whole report: title, summary, then the matched, unmatched and skipped sentences; with ``matcher``
    (the one in use), the sentences another matcher scored are named under the summary (``handover_note``)."""
    by_status: dict[Status, list[SentenceResult]] = {status: [] for status in Status}
    for result in report.results:
        by_status[result.status].append(result)
    shown = set(only.statuses if only else Status)
    # a byte of a file's name that is not UTF-8 as every message names it ('d\\xe9sk.yaml'), not raw in a UTF-8 file
    title = f"# Fact-check scan of {escape(undecoded_bytes_shown(report.source))}"
    lines = [title, "", *_summary(report, kb_label, matcher, only)]
    if Status.MATCHED in shown:
        lines += _section(
            "Claims with a fact-check",
            ["Line", "Sentence", "Verdict", "Fact-check", "Score", "First source"],
            ["---:", "---", "---", "---", "---:", "---"],
            [_matched_row(r) for r in by_status[Status.MATCHED]],
        )
    if Status.UNMATCHED in shown:
        lines += _section(
            "Checkable claims with no fact-check",
            ["Line", "Sentence", "Why it is checkable"],
            ["---:", "---", "---"],
            [_row([str(r.line), escape(r.attributed), escape(r.reason)]) for r in by_status[Status.UNMATCHED]],
        )
    if Status.SKIPPED in shown:
        lines += _section(
            "Sentences not checked",
            ["Line", "Sentence", "Why not"],
            ["---:", "---", "---"],
            [_row([str(r.line), escape(r.attributed), escape(r.reason)]) for r in by_status[Status.SKIPPED]],
        )
    return "\n".join(lines).rstrip() + "\n"
