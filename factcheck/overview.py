"""Several scans seen together, by claim: which files make which claim (``factcheck scan --overview``).

A teacher who scans a class's essays, or an editor a day's articles, asks which claims turn up, in how
many files and where; the per-file reports answer it only once all are read.  Here each claim that some
file makes is named once, falsest first, with every place (file and line) that makes it; then the checkable
sentences no fact-check covers, with theirs.  A Markdown form is a table to hand out or paste.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .errors import undecoded_bytes_shown
from .matching import threshold_text
from .model import Claim, Verdict
from .scan import ScanReport, Status
from .scan_markdown import escape

#: the order claims are shown in: what students most need to hear about first (``Verdict.rank`` runs from true)
_FALSEST_FIRST = (
    Verdict.FALSE,
    Verdict.MOSTLY_FALSE,
    Verdict.MISLEADING,
    Verdict.MIXED,
    Verdict.UNSUPPORTED,
    Verdict.MOSTLY_TRUE,
    Verdict.TRUE,
)


def falsest_first(verdict: Verdict) -> int:
    """A sort key: false first, then mostly-false, misleading, mixed, unsupported, mostly-true, true."""
    return _FALSEST_FIRST.index(verdict)


@dataclass(frozen=True)
class Place:
    """One sentence of one file: where a claim is made, or a checkable sentence no fact-check covers."""

    source: str
    line: int
    text: str
    possible: bool = False  # a weak match ("possible match"), as the file's own report names it
    opposite: bool = False  # the sentence says the opposite of the claim: the verdict is about the claim

    @property
    def note(self) -> str | None:
        """What the file's own report says of the match beside its verdict, shortly; None for a plain match."""
        if self.opposite:
            return "says the opposite"
        if self.possible:
            return "possible match"
        return None

    def shown(self) -> str:
        """``file:line``, with the note in brackets when there is one."""
        note = f" ({self.note})" if self.note else ""
        return f"{undecoded_bytes_shown(self.source)}:{self.line}{note}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "line": self.line,
            "text": self.text,
            "possible": self.possible,
            "opposite": self.opposite,
        }


@dataclass(frozen=True)
class ClaimSeen:
    """A claim of the knowledge base and every place a file makes it, in the order the files were given."""

    claim: Claim
    places: tuple[Place, ...]

    @property
    def files(self) -> tuple[str, ...]:
        """The files that make the claim, each once (a claim made twice in one essay is one essay making it)."""
        return tuple(dict.fromkeys(place.source for place in self.places))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.claim.id,
            "claim": self.claim.claim,
            "verdict": self.claim.verdict.value,
            "files": len(self.files),
            "places": [place.to_dict() for place in self.places],
        }


@dataclass(frozen=True)
class Overview:
    files: tuple[str, ...]  # the files scanned, in the order given
    claims: tuple[ClaimSeen, ...]  # falsest first, then those made in the most files, then by id
    unmatched: tuple[Place, ...]  # checkable sentences without a fact-check, in the order of the files
    unreadable: tuple[str, ...] = ()  # files given that could not be read (each named on standard error too)
    threshold: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """``{"type": "overview", "files", "unreadable", "claims", "unmatched", "threshold"}``."""
        return {
            "type": "overview",
            "files": list(self.files),
            "unreadable": list(self.unreadable),
            "claims": [seen.to_dict() for seen in self.claims],
            "unmatched": [place.to_dict() for place in self.unmatched],
            "threshold": self.threshold,
        }


def class_overview(reports: Sequence[ScanReport], unreadable: Sequence[str] = ()) -> Overview:
    """The claims the ``reports`` find, each once with its places; the sentences they leave unmatched."""
    places: dict[str, list[Place]] = {}
    claims: dict[str, Claim] = {}
    unmatched: list[Place] = []
    for report in reports:
        for result in report.results:
            if result.status is Status.UNMATCHED:
                unmatched.append(Place(report.source, result.line, result.text))
            match = result.match
            if result.status is not Status.MATCHED or match is None:
                continue
            claims.setdefault(match.claim.id, match.claim)
            places.setdefault(match.claim.id, []).append(
                Place(report.source, result.line, result.text, not match.is_strong, match.is_opposite)
            )
    seen = [ClaimSeen(claims[claim_id], tuple(found)) for claim_id, found in places.items()]
    seen.sort(key=lambda s: (falsest_first(s.claim.verdict), -len(s.files), s.claim.id))
    threshold = reports[0].summary.threshold if reports else None
    return Overview(tuple(r.source for r in reports), tuple(seen), tuple(unmatched), tuple(unreadable), threshold)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def heading(overview: Overview) -> str:
    """The overview's first line, "Overview of 3 files" (and how many more could not be read, with their names)."""
    line = f"Overview of {_plural(len(overview.files), 'file')}"
    if overview.unreadable:
        names = ", ".join(undecoded_bytes_shown(name) for name in overview.unreadable)
        line += f" ({len(overview.unreadable)} more could not be read: {names})"
    return line


def unmatched_heading(overview: Overview) -> str:
    files = len({place.source for place in overview.unmatched})
    return (
        f"No fact-check found (research these next): {_plural(len(overview.unmatched), 'sentence')} "
        f"in {_plural(files, 'file')}"
    )


def markdown_overview(overview: Overview, kb_label: str | None = None) -> str:
    """The overview as a Markdown document: a table of the claims found (falsest first), then one of the
    sentences no fact-check covers.  Everything from the files or the knowledge base is escaped."""
    lines = [f"# {escape(heading(overview))}", ""]
    if kb_label is not None and overview.threshold is not None:
        label = escape(undecoded_bytes_shown(kb_label))
        lines += [f"Checked against {label} with a match threshold of {threshold_text(overview.threshold)}.", ""]
    if overview.claims:
        lines += ["| Verdict | Claim | Files | Where |", "| --- | --- | ---: | --- |"]
        for seen in overview.claims:
            where = ", ".join(escape(place.shown()) for place in seen.places)
            claim = f"`{seen.claim.id}`: {escape(seen.claim.claim)}"
            lines.append(f"| **{seen.claim.verdict.value.upper()}** | {claim} | {len(seen.files)} | {where} |")
        lines.append("")
    else:
        lines += ["No claim of the knowledge base is made in these files.", ""]
    if overview.unmatched:
        lines += [f"## {escape(unmatched_heading(overview))}", "", "| Where | Sentence |", "| --- | --- |"]
        lines += [f"| {escape(p.shown())} | {escape(p.text)} |" for p in overview.unmatched]
        lines.append("")
    if overview.unreadable:
        names = ", ".join(undecoded_bytes_shown(name) for name in overview.unreadable)
        lines += [f"Could not be read: {escape(names)}", ""]
    return "\n".join(lines)
