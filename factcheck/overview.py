"""Several scans seen together, by claim: which files make which claim (``factcheck scan --overview``).

A teacher who scans a class's essays, or an editor a day's articles, asks which claims turn up, in how
many files and where; the per-file reports answer it only once all are read.  Here each claim that some
file makes is named once, falsest first, with every place (file and line) that makes it; then the checkable
sentences no fact-check covers, with theirs; then each file that could not be read, with why (an overview saved
to a file has no standard error beside it).  A Markdown form is a table to hand out or paste.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import shown_name, undecoded_bytes_shown
from .matching import threshold_text
from .model import Claim, Verdict
from .scan import ScanReport, Status
from .scan_markdown import escape

if TYPE_CHECKING:
    from .differences import Differences

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
    # names or numbers of the sentence that stand against the claim's, as the file's report notes them
    differences: Differences | None = None

    @property
    def note(self) -> str | None:
        """What the file's own report says of the match beside its verdict, shortly (each of its notes); None for
        a plain match."""
        notes = [
            "possible match" if self.possible else "",
            "says the opposite" if self.opposite else "",
            "may be about another fact" if self.differences is not None else "",
        ]
        return "; ".join(note for note in notes if note) or None

    def shown(self) -> str:
        """``file:line``, with the note in brackets when there is one."""
        note = f" ({self.note})" if self.note else ""
        return f"{shown_name(self.source)}:{self.line}{note}"

    def to_dict(self) -> dict[str, Any]:
        """``{"source", "line", "text", "possible", "opposite", "differences"}`` (``differences`` null or
        ``{"statement": [...], "claim": [...]}``, as in a match's JSON)."""
        return {
            "source": self.source,
            "line": self.line,
            "text": self.text,
            "possible": self.possible,
            "opposite": self.opposite,
            "differences": None if self.differences is None else self.differences.to_dict(),
        }


@dataclass(frozen=True)
class ClaimSeen:
    """A claim of the knowledge base and every place a file makes it, in the order the files were given."""

    claim: Claim
    places: tuple[Place, ...]

    @property
    def files(self) -> tuple[str, ...]:
        """The files that make the claim, each once (a claim made twice in one essay is one essay making it).
        A file that only says the opposite does not make the claim: it is one of ``opposite_files``."""
        return tuple(dict.fromkeys(place.source for place in self.places if not place.opposite))

    @property
    def opposite_files(self) -> tuple[str, ...]:
        """The files that say the opposite of the claim and do not make it too, each once."""
        making = set(self.files)
        return tuple(dict.fromkeys(p.source for p in self.places if p.opposite and p.source not in making))

    def files_shown(self) -> str:
        """ "2 files make it", "1 file makes it, 1 says the opposite", "no file makes it, 2 say the opposite": a
        sentence, each count true ("0 files (+1 says the opposite)" read as one more than none)."""
        making = len(self.files)
        shown = (
            "no file makes it" if not making else f"{_plural(making, 'file')} {'makes' if making == 1 else 'make'} it"
        )
        if self.opposite_files:
            shown += f", {_says_the_opposite(len(self.opposite_files))}"
        return shown

    def files_cell(self) -> str:
        """The Markdown table's "Files making it": "2", or "0 (1 says the opposite)"."""
        cell = str(len(self.files))
        if self.opposite_files:
            cell += f" ({_says_the_opposite(len(self.opposite_files))})"
        return cell

    def to_dict(self) -> dict[str, Any]:
        """``files`` and ``opposite_files`` are lists of names, as the overview's own ``files`` is (their
        length the count)."""
        return {
            "id": self.claim.id,
            "claim": self.claim.claim,
            "verdict": self.claim.verdict.value,
            "files": list(self.files),
            "opposite_files": list(self.opposite_files),
            "places": [place.to_dict() for place in self.places],
        }


@dataclass(frozen=True)
class Unreadable:
    """A file given that could not be read, and why (the message standard error gives, without 'factcheck: ')."""

    source: str
    error: str

    def shown(self) -> str:
        """The line the text overview lists it as, "name: why": the name escaped as ``shown_name`` escapes it
        (a line break in it shown as an escape, not as a line of its own)."""
        return f"{shown_name(self.source)}: {self.error}"

    def to_dict(self) -> dict[str, Any]:
        """``{"source", "error"}``, as scan --json's ``{"type": "error"}`` line names such a file."""
        return {"source": self.source, "error": self.error}


@dataclass(frozen=True)
class Overview:
    """The claims several files make, each once with its places, and the sentences no fact-check covers."""

    files: tuple[str, ...]  # the files scanned, in the order given
    claims: tuple[ClaimSeen, ...]  # falsest first, then those made in the most files, then by id
    unmatched: tuple[Place, ...]  # checkable sentences without a fact-check, in the order of the files
    # files given that could not be read, with why (said on standard error too, which a saved overview loses)
    unreadable: tuple[Unreadable, ...] = ()
    threshold: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """``{"type": "overview", "files", "unreadable", "errors", "claims", "unmatched", "threshold"}``:
        ``files`` the names read, ``unreadable`` those that could not be, ``errors`` why (``{"source",
        "error"}`` each)."""
        return {
            "type": "overview",
            "files": list(self.files),
            "unreadable": [item.source for item in self.unreadable],
            "errors": [item.to_dict() for item in self.unreadable],
            "claims": [seen.to_dict() for seen in self.claims],
            "unmatched": [place.to_dict() for place in self.unmatched],
            "threshold": self.threshold,
        }


def class_overview(reports: Sequence[ScanReport], unreadable: Sequence[Unreadable] = ()) -> Overview:
    """The claims the ``reports`` find, each once with its places; the sentences they leave unmatched."""
    places: dict[str, list[Place]] = {}
    claims: dict[str, Claim] = {}
    unmatched: list[Place] = []
    given: dict[str, ScanReport] = {}
    for report in reports:
        if report.source in given:
            continue  # the same file given twice is one file: its places once
        given[report.source] = report
        for result in report.results:
            if result.status is Status.UNMATCHED:
                unmatched.append(Place(report.source, result.line, result.text))
            match = result.match
            if result.status is not Status.MATCHED or match is None:
                continue
            claims.setdefault(match.claim.id, match.claim)
            places.setdefault(match.claim.id, []).append(
                Place(
                    report.source, result.line, result.text, not match.is_strong, match.is_opposite, match.differences
                )
            )
    seen = [ClaimSeen(claims[claim_id], tuple(found)) for claim_id, found in places.items()]
    seen.sort(key=lambda s: (falsest_first(s.claim.verdict), -len(s.files), s.claim.id))
    threshold = reports[0].summary.threshold if reports else None
    return Overview(tuple(given), tuple(seen), tuple(unmatched), tuple(unreadable), threshold)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _says_the_opposite(count: int) -> str:
    return f"{count} {'says' if count == 1 else 'say'} the opposite"


def heading(overview: Overview) -> str:
    """The overview's first line, its counts true as read: "Overview of 3 files", "Overview of 2 of 5 files (3
    could not be read)", "Overview: none of the 2 files could be read" (not "of 0 files (2 more ...)"), "Overview:
    nothing could be read" for one."""
    read, left_out = len(overview.files), len(overview.unreadable)
    if not left_out:
        return f"Overview of {_plural(read, 'file')}"
    if read:
        return f"Overview of {read} of {_plural(read + left_out, 'file')} ({left_out} could not be read)"
    # one input: "nothing", not "the file", as it may be standard input or a folder
    if left_out == 1:
        return "Overview: nothing could be read"
    return f"Overview: none of the {left_out} files could be read"


def unreadable_heading(overview: Overview) -> str:
    """ "Could not be read (2 files)", above each such file with why."""
    return f"Could not be read ({_plural(len(overview.unreadable), 'file')})"


NO_CLAIM = "No claim of the knowledge base is made in these files."
NO_CLAIM_IN_ONE = "No claim of the knowledge base is made in this file."


def nothing_found(overview: Overview) -> str | None:
    """The line said when no claim is found: none made (in this file, or these); None when no file could be read,
    which the heading says (and no claim made in them would be untrue: nothing was looked at)."""
    if not overview.files:
        return None
    return NO_CLAIM_IN_ONE if len(overview.files) == 1 else NO_CLAIM


def unmatched_heading(overview: Overview) -> str:
    """The heading of the sentences no fact-check covers, with how many there are and in how many files."""
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
        lines += ["| Verdict | Claim | Files making it | Where |", "| --- | --- | ---: | --- |"]
        for seen in overview.claims:
            where = ", ".join(escape(place.shown()) for place in seen.places)
            claim = f"`{seen.claim.id}`: {escape(seen.claim.claim)}"
            lines.append(f"| **{seen.claim.verdict.value.upper()}** | {claim} | {seen.files_cell()} | {where} |")
        lines.append("")
    elif (nothing := nothing_found(overview)) is not None:
        lines += [nothing, ""]
    if overview.unmatched:
        lines += [f"## {escape(unmatched_heading(overview))}", "", "| Where | Sentence |", "| --- | --- |"]
        lines += [f"| {escape(p.shown())} | {escape(p.text)} |" for p in overview.unmatched]
        lines.append("")
    if overview.unreadable:
        # a table, as the unmatched sentences are: a "- name: why" list made '# gone.md' a heading in it and
        # '1. Introduction.docx' a numbered list (a block marker escape() leaves alone at a line's start)
        lines += [f"## {escape(unreadable_heading(overview))}", "", "| File | Why |", "| --- | --- |"]
        lines += [f"| {escape(item.source)} | {escape(item.error)} |" for item in overview.unreadable]
        lines.append("")
    return "\n".join(lines)
