"""``factcheck list`` and ``factcheck show``: reading the knowledge base."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.text import Text

from ..errors import FactcheckError, UnknownClaimError, close_ids, shown_name
from .app import ExitCode, app
from .options import (
    FactcheckCommand,
    JsonOption,
    KbOption,
    SinceOption,
    TagFilterOption,
    UnsupportedFilterOption,
    UntilOption,
    VerdictFilterOption,
    claim_filter,
    complete_claim_id,
    kb_path,
    open_kb,
    refuse_an_unreadable_id,
    selected_claims,
)
from .output import console, error_console, is_terminal, print_json, sanitize
from .render import claim_detail, claims_table, print_claims_plain


@app.command("list", short_help="List the claims, optionally filtered.", cls=FactcheckCommand)
def list_claims(
    kb: KbOption = None,
    unsupported: UnsupportedFilterOption = False,
    verdict: VerdictFilterOption = None,
    tag: TagFilterOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    json_output: JsonOption = False,
) -> None:
    """List the claims of the knowledge base, optionally filtered.

    On a terminal this is a table; in a pipe, one tab-separated line per claim
    (id, verdict, number of sources, checked date, claim). With --unsupported, a last column
    says why each claim is listed. Exits 1 when no claim is listed, with a note on standard
    error saying why (the file holds no claims, no claim is unsupported, or none matches the
    filters).

    --json prints a list of claims, each as the claims file spells it: {"id", "claim",
    "verdict", "summary", "aliases", "tags", "claimant", "checked", "original_rating",
    "sources": [{"url", "title", "publisher", "date", "quote", "note"}]}, where a field the
    claim does not have is left out, not null (a claim without sources has no "sources" key).
    Nothing is added to them, so the output reads back into 'factcheck import': with
    --unsupported, why a claim is listed is in it, a "verdict" of "unsupported" or no "sources".
    """
    wanted = claim_filter(unsupported=unsupported, verdicts=verdict, tags=tag, since=since, until=until)
    knowledge_base = open_kb(kb)
    claims = selected_claims(knowledge_base, wanted, kb_path(kb))
    if json_output:
        print_json([c.to_dict() for c in claims])
    elif is_terminal():
        out = console()
        if claims:
            out.print(claims_table(claims, reasons=unsupported, width=out.width))
        label = "unsupported claim" if unsupported else "claim"
        out.print(
            Text(
                f"{len(claims)} {label}{'' if len(claims) == 1 else 's'} of {len(knowledge_base)} "
                f"in {shown_name(kb_path(kb))}",
                style="dim",
            )
        )
    else:
        print_claims_plain(sys.stdout, claims, reasons=unsupported)
    if claims:
        raise typer.Exit(ExitCode.OK)
    if json_output or not is_terminal():  # a terminal has the count line: "0 claims of 4 in claims.yaml"
        # an exit status of 1 and nothing else looked like a failure to read the file; a note, not a warning:
        # "no claim is unsupported" is a good answer, and --unsupported asks a question more than it filters
        name = shown_name(kb_path(kb))
        if not knowledge_base.claims:
            nothing = f"{name} holds no claims"
        elif verdict or tag or since or until:
            nothing = f"no {'unsupported ' if unsupported else ''}claim in {name} matches the filters"
        else:
            nothing = f"no claim in {name} is unsupported"
        error_console().print(sanitize(f"factcheck: note: {nothing}"), soft_wrap=True)
    raise typer.Exit(ExitCode.NO_MATCH)


@app.command(short_help="Show one claim in full, with every source.", cls=FactcheckCommand)
def show(
    claim_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="The id of the claim to show.", show_default=False, autocompletion=complete_claim_id
        ),
    ],
    kb: KbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Show one claim in full: verdict, summary, aliases, tags and every source with its quote.

    --json prints the claim as one object, as 'list --json' prints each claim (a field the
    claim does not have is left out).
    """
    refuse_an_unreadable_id(claim_id)
    knowledge_base = open_kb(kb)
    claim = knowledge_base.get(claim_id)
    if claim is None:
        raise unknown_claim(claim_id, knowledge_base.ids(), str(kb_path(kb)))
    if json_output:
        print_json(claim.to_dict())
    else:
        console().print(claim_detail(claim))


def unknown_claim(claim_id: str, ids: list[str], path: str) -> FactcheckError:
    return UnknownClaimError(claim_id, path, close_ids(claim_id, ids))
