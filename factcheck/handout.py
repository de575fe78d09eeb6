"""Claims as a Markdown handout (``factcheck export --format markdown``): a page a student or reader reads.

Each claim is a heading with its verdict, then its summary, its sources (publisher or title as a link, date,
quote) and, apart, the pages where the claim appeared (no evidence for the verdict, named so).  Everything that
comes from the claims file is escaped (``scan_markdown.escape``), and only http(s) URLs become links.
"""

from __future__ import annotations

from collections.abc import Sequence

from .claimreview import is_evidence
from .model import Claim, Source
from .scan_markdown import escape, link


def _source_line(source: Source) -> str:
    """``[Publisher](url), date: “quote”`` (the title in the link when there is no publisher; its note after)."""
    label = source.publisher or source.title or source.url
    line = link(label, source.url)
    if source.publisher and source.title:
        line += f", “{escape(source.title)}”"
    if source.date:
        line += f", {escape(str(source.date))}"
    if source.quote:
        line += f": “{escape(source.quote)}”"
    if source.note and is_evidence(source):
        line += f" *({escape(source.note)})*"
    return line


def _claim_section(claim: Claim) -> list[str]:
    lines = [f"## {claim.verdict.value.upper()}: {escape(claim.claim)}", ""]
    if claim.summary:
        lines += [escape(claim.summary), ""]
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
