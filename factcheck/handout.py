"""Claims as a Markdown handout (``factcheck export --format markdown``): a page a student or reader reads.

Each claim is a heading with its verdict, then its summary, its sources (publisher or title as a link, date,
quote) and, apart, the pages where the claim appeared (no evidence for the verdict, named so).  Everything that
comes from the claims file is escaped (``scan_markdown.escape``), Markdown's block syntax opening a line too
(``as_line_start``), and only http(s) URLs become links.  A source's research notes ("URL slug: ...", "title not
shown") are left out (``reader_note``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .claimreview import is_evidence
from .model import Claim, Source
from .scan_markdown import as_heading_end, as_line_start, escape, link

#: what records how a source's page was read, for the desk, and tells a student nothing about the source
#: (docs/claims-file.md): its URL's slug (where a title is missing), a token within a part of the note (parts are
#: split by ";"), a comma after it dropped with it; "title not shown", a part whole
_URL_SLUG = re.compile(r"url slug\s*:\s*[^\s,;]*,?\s*", re.IGNORECASE)
_TITLE_NOT_SHOWN = re.compile(r"\s*title not shown\s*", re.IGNORECASE)


def reader_note(note: str) -> str:
    """``note`` without its research (``_URL_SLUG``, ``_TITLE_NOT_SHOWN``): what a reader needs to weigh the source
    stays, a translation, a caveat ("PARTLY VERIFIED: ..."), "date not shown", the rest of a part after a slug;
    ``note`` as written when it holds none; "" when nothing is left."""
    parts = note.split(";")
    if not any(_URL_SLUG.search(part) or _TITLE_NOT_SHOWN.fullmatch(part) for part in parts):
        return note  # nothing dropped: its own separators and spacing kept (a URL's ";jsessionid=" unspaced)
    shown = (_URL_SLUG.sub("", part).strip() for part in parts)
    return "; ".join(text for text in shown if text and not _TITLE_NOT_SHOWN.fullmatch(text))


def _source_line(source: Source) -> str:
    """``[Publisher](url), date: “quote”`` (the title in the link when there is no publisher; its note after)."""
    label = source.publisher or source.title or source.url
    line = link(label, source.url)
    if source.publisher and source.title:
        line += f", “{escape(source.title)}”"
    elif source.publisher and line.startswith("["):
        # no title: a printed page shows no link's target, and "[TAG24](...)" named no article; its URL as text
        # identifies it (no title made up; a URL that is no link is shown as text by ``link`` already)
        line += f" ({escape(source.url.strip())})"
    if source.date:
        line += f", {escape(str(source.date))}"
    if source.quote:
        line += f": “{escape(source.quote)}”"
    note = reader_note(source.note) if source.note and is_evidence(source) else ""
    if note:
        line += f" *({escape(note)})*"
    return as_line_start(line)  # a label shown as text ("# Evil (ftp://...)") opens the list item


def _claim_section(claim: Claim) -> list[str]:
    lines = [f"## {claim.verdict.value.upper()}: {as_heading_end(escape(claim.claim))}", ""]
    if claim.summary:
        lines += [as_line_start(escape(claim.summary)), ""]
    evidence = [source for source in claim.sources if is_evidence(source)]
    if evidence:
        lines += ["Sources:", ""]
        lines += [f"- {_source_line(source)}" for source in evidence]
        lines.append("")
    else:  # with a summary or not: a bare verdict is said to have no source behind it either
        lines += ["No source backs this verdict yet.", ""]
    appeared = [source for source in claim.sources if not is_evidence(source)]
    if appeared:
        where = ", ".join(link(s.publisher or s.title or s.url, s.url) for s in appeared)
        lines += [f"Where the claim appeared: {where} (not a source for the verdict).", ""]
    return lines


def handout_markdown(claims: Sequence[Claim]) -> str:
    """The claims, in the order given, as one Markdown document ending with a newline."""
    count = len(claims)
    lines = ["# Fact-checks", "", f"{count} claim{'' if count == 1 else 's'}, each with its verdict and sources.", ""]
    for claim in claims:
        lines += _claim_section(claim)
    return "\n".join(lines).rstrip("\n") + "\n"
