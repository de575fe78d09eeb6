"""``list``, ``show`` and ``validate`` through the CLI runner."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.choices import meant_choices, publishers_rating
from factcheck.cli import ExitCode
from factcheck.cli.render import claims_table
from factcheck.errors import close_ids
from factcheck.model import Claim, Verdict

Invoke = Callable[..., Result]


def test_list_prints_one_tab_separated_line_per_claim_when_piped(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("list", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK
    lines = result.stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == [
        "us-troops-in-mexico-10000",
        "senate-must-approve-foreign-troops",
        "cooperation-attracts-investment",
        "drones-over-mexico",
    ]
    assert lines[0].split("\t") == [
        "us-troops-in-mexico-10000",
        "false",
        "1",
        "2025-03-01",
        "There are more than 10,000 US troops deployed in Mexico.",
    ]
    assert "\x1b[" not in result.stdout  # no colour codes in a pipe


@pytest.mark.parametrize("width", [70, 80, 100])
def test_why_listed_is_never_cut_on_a_terminal(width: int) -> None:
    # at 80 columns the reason read "verdict is unsupport…"
    from io import StringIO

    from rich.console import Console

    claim = Claim(
        id="ferry-ridership-record", claim="Ferry ridership hit a record high in 2024.", verdict=Verdict.UNSUPPORTED
    )
    buffer = StringIO()
    Console(file=buffer, force_terminal=True, width=width, color_system=None).print(
        claims_table([claim], reasons=True, width=width)
    )
    assert "…" not in buffer.getvalue() and "unsupported," in buffer.getvalue().split()


def _printed_table(claims: list[Claim], *, reasons: bool, width: int) -> str:
    from io import StringIO

    from rich.console import Console

    buffer = StringIO()
    Console(file=buffer, force_terminal=True, width=width, color_system=None).print(
        claims_table(claims, reasons=reasons, width=width)
    )
    return buffer.getvalue()


@pytest.mark.parametrize("reasons", [True, False])
@pytest.mark.parametrize("width", [80, 90, 100])
def test_list_keeps_every_id_whole_where_the_terminal_can_hold_it(reasons: bool, width: int) -> None:
    # at 80 and 100 columns the starter file's unsupported claims were listed with their ids broken over two
    # lines ("us-troops-respect-mexica" / "n-sovereignty-agreements"), copied broken (teacher walkthrough)
    claims = [
        Claim(
            id="us-troops-respect-mexican-sovereignty-agreements",
            claim="US troops respect.",
            verdict=Verdict.UNSUPPORTED,
        ),
        Claim(id="us-military-cooperation-attracts-investment", claim="Investment.", verdict=Verdict.TRUE),
    ]
    printed = _printed_table(claims, reasons=reasons, width=width)
    assert all(claim.id in printed.split() for claim in claims), printed
    assert "…" not in printed and max(len(line) for line in printed.splitlines()) <= width
    if reasons:  # why each is listed is still said, in a column of its own or below the id
        assert printed.split().count("verdict") == 1 + 1 and printed.split().count("sources") == 2, printed


@pytest.mark.parametrize("reasons", [True, False])
@pytest.mark.parametrize("width", [52, 60])
def test_list_gives_up_the_verdict_column_before_it_breaks_an_id(reasons: bool, width: int) -> None:
    # at 60 columns the starter file's unsupported claims were listed with every id broken
    # ("us-troops-respect-mexican-sovereignty-agre" / "ements"): the verdict's column took 16 of them
    claims = [
        Claim(
            id="us-troops-respect-mexican-sovereignty-agreements",
            claim="US troops in Mexico work within international agreements and respect Mexican sovereignty.",
            verdict=Verdict.UNSUPPORTED,
        ),
        Claim(id="us-military-cooperation-attracts-investment", claim="Investment.", verdict=Verdict.MOSTLY_FALSE),
    ]
    printed = _printed_table(claims, reasons=reasons, width=width)
    words = printed.split()
    assert all(claim.id in words for claim in claims), printed
    assert "UNSUPPORTED" in words and "MOSTLY-FALSE" in words  # each claim's verdict, before its text
    assert "…" not in printed and max(len(line) for line in printed.splitlines()) <= width


def test_list_on_a_very_narrow_terminal_still_shows_words_not_letters_in_pairs() -> None:
    # at 20 columns the claim's column was 2 characters wide: "Th" / "e" / "ca" / "fé", the id likewise
    claim = Claim(id="cafe-claim", claim="The café in Zürich serves crème brûlée.", verdict=Verdict.FALSE)
    printed = _printed_table([claim], reasons=False, width=20)
    assert {"FALSE", "café", "Zürich", "serves", "brûlée.", "cafe-claim"} <= set(printed.split()), printed


def test_an_ellipsis_in_a_claim_is_no_cell_cut_short() -> None:
    # a claim quoting "…" made every layout look cut: list dropped its sources and checked columns at any width
    claims = [
        Claim(id="ferry", claim="The mayor said “we will close the ferry…” in May.", verdict=Verdict.FALSE),
        Claim(id="bridge", claim="The bridge is closed.", verdict=Verdict.TRUE),
    ]
    printed = _printed_table(claims, reasons=False, width=160)
    assert "sources" in printed.split() and "checked" in printed.split(), printed


def test_list_breaks_an_id_only_where_no_layout_holds_it() -> None:
    claim = Claim(id="x" * 70, claim="A claim.", verdict=Verdict.UNSUPPORTED)
    printed = _printed_table([claim], reasons=True, width=60)
    assert "x" * 40 in printed and "…" not in printed and max(len(line) for line in printed.splitlines()) <= 60


def test_list_unsupported_says_why(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    path = write_kb(
        "claims:\n"
        '  - id: no-sources\n    claim: a\n    verdict: "true"\n'
        "  - id: unsupported-with-source\n    claim: b\n    verdict: unsupported\n"
        '    sources:\n      - url: https://e.org\n        date: "2020"\n'
        '  - id: sourced\n    claim: c\n    verdict: "false"\n'
        '    sources:\n      - url: https://e.org\n        date: "2020"\n'
    )
    result = invoke("list", "--kb", str(path), "--unsupported")
    assert result.exit_code == ExitCode.OK
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [(r[0], r[-1]) for r in rows] == [
        ("no-sources", "no sources"),
        ("unsupported-with-source", "verdict is unsupported"),
    ]


def test_list_unsupported_lists_a_claim_whose_sources_are_only_where_it_appeared(
    invoke: Invoke, write_kb: Callable[..., Path]
) -> None:
    # a page that spread the claim is no evidence: a claim with nothing else was not listed
    # (persona walkthrough); another desk's fact-check the claim was imported from backs it
    path = write_kb(
        "claims:\n"
        '  - id: appeared-only\n    claim: a\n    verdict: "false"\n    sources:\n'
        "      - url: https://e.org/post\n        note: where the claim appeared\n"
        "      - url: https://e.org/first\n        note: where the claim first appeared\n"
        '  - id: imported\n    claim: b\n    verdict: "false"\n    sources:\n'
        '      - url: https://e.org/fc\n        date: "2020"\n'
        "        note: the fact-check this claim was imported from, rated “False”\n"
        "      - url: https://e.org/post\n        note: where the claim appeared\n"
    )
    result = invoke("list", "--kb", str(path), "--unsupported")
    assert result.exit_code == ExitCode.OK
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [(r[0], r[2], r[-1]) for r in rows] == [
        ("appeared-only", "2", "no evidence: its sources are where the claim appeared")
    ]
    exported = invoke("export", "--kb", str(path), "--unsupported", "--format", "json")
    assert [c["id"] for c in json.loads(exported.stdout)] == ["appeared-only"]
    # show says so, as it says "No sources: this verdict is unsupported." of a claim with none
    no_evidence = "No evidence: these sources are where the claim appeared."
    assert no_evidence in invoke("show", "appeared-only", "--kb", str(path)).stdout
    assert no_evidence not in invoke("show", "imported", "--kb", str(path)).stdout


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--verdict", "false"], ["us-troops-in-mexico-10000"]),
        (
            ["--verdict", "false", "--verdict", "true"],
            ["us-troops-in-mexico-10000", "senate-must-approve-foreign-troops"],
        ),
        (["--tag", "legal-framework"], ["senate-must-approve-foreign-troops"]),
        (["--tag", "Legal-Framework"], ["senate-must-approve-foreign-troops"]),
        (["--tag", "border", "--tag", "economy"], ["us-troops-in-mexico-10000", "cooperation-attracts-investment"]),
        (["--since", "2025"], ["us-troops-in-mexico-10000", "drones-over-mexico"]),
        (["--until", "2024-12-31"], ["senate-must-approve-foreign-troops"]),
        (["--since", "2025-01-01", "--until", "2025-02"], ["drones-over-mexico"]),
        (["--since", "2025-02", "--until", "2025"], ["us-troops-in-mexico-10000", "drones-over-mexico"]),
        (["--unsupported", "--tag", "economy"], ["cooperation-attracts-investment"]),
        # a verdict in any case, as export writes it ("False", "Mostly true"): refused before (from the
        # teacher walkthrough)
        (["--verdict", "False"], ["us-troops-in-mexico-10000"]),
        (["-v", "TRUE", "-v", "FALSE"], ["us-troops-in-mexico-10000", "senate-must-approve-foreign-troops"]),
        (["-v", "Mostly True"], ["drones-over-mexico"]),
    ],
)
def test_list_filters(invoke: Invoke, mini_kb: Path, options: list[str], expected: list[str]) -> None:
    result = invoke("list", "--kb", str(mini_kb), "--json", *options)
    assert result.exit_code == ExitCode.OK, result.output
    assert [c["id"] for c in json.loads(result.stdout)] == expected


def test_since_and_until_say_which_claims_they_left_out_for_want_of_a_date(invoke: Invoke, mini_kb: Path) -> None:
    # cooperation-attracts-investment has no 'checked': --since left it out unsaid, so a count of
    # the claims of a period (or of all periods) silently missed it
    for command in (["list", "--json"], ["export", "--format", "json"]):
        result = invoke(*command, "--kb", str(mini_kb), "--since", "2000")
        assert [c["id"] for c in json.loads(result.stdout)] == [
            "us-troops-in-mexico-10000",
            "senate-must-approve-foreign-troops",
            "drones-over-mexico",
        ]
        assert result.stderr == (
            "factcheck: note: 1 claim has no checked date, so --since/--until left it out: "
            "cooperation-attracts-investment\n"
        )
    # not counted when another filter leaves it out anyway, nor without --since/--until
    assert invoke("list", "--kb", str(mini_kb), "--until", "2030", "--verdict", "false").stderr == ""
    assert invoke("list", "--kb", str(mini_kb), "--tag", "economy").stderr == ""


def test_list_json_uses_the_yaml_field_names(invoke: Invoke, mini_kb: Path) -> None:
    claims = json.loads(invoke("list", "--kb", str(mini_kb), "--json").stdout)
    assert claims[0] == {
        "id": "us-troops-in-mexico-10000",
        "claim": "There are more than 10,000 US troops deployed in Mexico.",
        "verdict": "false",
        "summary": "The 10,000+ figure is the troops sent to the US side of the border, not into Mexico.",
        "aliases": ["Ten thousand American soldiers are stationed in Mexico"],
        "tags": ["border", "troop-numbers"],
        "checked": "2025-03-01",
        "sources": [
            {
                "url": "https://example.org/border-mission",
                "title": "Border mission",
                "publisher": "Example News",
                "date": "2025-02-20",
                "quote": "Over 10,000 service members are deploying to the southern border.",
            }
        ],
    }


def test_list_with_nothing_to_show_exits_1_saying_so(invoke: Invoke, mini_kb: Path) -> None:
    # an exit status of 1 and nothing else looked like a failure to read the file
    for json_option, printed in (([], ""), (["--json"], "[]\n")):
        result = invoke("list", "--kb", str(mini_kb), "--verdict", "mixed", *json_option)
        assert result.exit_code == ExitCode.NO_MATCH
        assert result.stdout == printed
        assert result.stderr == f"factcheck: note: no claim in {mini_kb} matches the filters\n"
        result = invoke("list", "--kb", str(mini_kb), "--unsupported", "--verdict", "mixed", *json_option)
        assert result.exit_code == ExitCode.NO_MATCH and result.stdout == printed
        assert result.stderr == f"factcheck: note: no unsupported claim in {mini_kb} matches the filters\n"


def test_list_unsupported_of_a_file_fully_sourced_says_no_claim_is_unsupported(
    invoke: Invoke, write_kb: Callable[..., Path]
) -> None:
    # a good result, not a warning, and --unsupported asks a question more than it filters: it said
    # "warning: no claim matches the filters"
    sourced = "    sources:\n      - url: https://example.org/water\n        title: Water\n"
    path = write_kb(f'claims:\n  - id: a\n    claim: Tap water is safe\n    verdict: "true"\n{sourced}')
    for json_option, printed in (([], ""), (["--json"], "[]\n")):
        result = invoke("list", "--kb", str(path), "--unsupported", *json_option)
        assert result.exit_code == ExitCode.NO_MATCH
        assert result.stdout == printed
        assert result.stderr == f"factcheck: note: no claim in {path} is unsupported\n"


@pytest.mark.parametrize("text", ["claims: []\n", "# none yet\nclaims:\n"])
def test_list_of_a_file_with_no_claims_says_so(
    invoke: Invoke, write_kb: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    path = write_kb(text)
    for json_option, printed in (([], ""), (["--json"], "[]\n")):
        result = invoke("list", "--kb", str(path), *json_option)
        assert result.exit_code == ExitCode.NO_MATCH
        assert result.stdout == printed
        assert result.stderr == f"factcheck: note: {path} holds no claims\n"
    # on a terminal the table's count line says it: the warning would repeat it
    monkeypatch.setattr("factcheck.cli.browse.is_terminal", lambda: True)
    result = invoke("list", "--kb", str(path))
    assert result.exit_code == ExitCode.NO_MATCH
    assert result.stdout == f"0 claims of 0 in {path}\n" and result.stderr == ""


def test_list_after_the_last_claim_is_removed_says_the_file_holds_none(
    invoke: Invoke, write_kb: Callable[..., Path]
) -> None:
    path = write_kb('claims:\n  - id: a\n    claim: Tap water is safe\n    verdict: "true"\n    tags: [water]\n')
    assert invoke("remove", "a", "--kb", str(path), "--yes").exit_code == ExitCode.OK
    result = invoke("list", "--kb", str(path), "--json")
    assert result.exit_code == ExitCode.NO_MATCH and json.loads(result.stdout) == []
    assert result.stderr == f"factcheck: note: {path} holds no claims\n"
    result = invoke("list", "--kb", str(path), "--tag", "water")
    assert result.exit_code == ExitCode.NO_MATCH and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"factcheck: warning: no claim in {path} has the tag 'water'",
        f"factcheck: note: {path} holds no claims",
    ]


def test_a_tag_no_claim_has_is_named_with_the_tags_like_it(invoke: Invoke, mini_kb: Path) -> None:
    """A mistyped tag is not silently an empty knowledge base."""
    result = invoke("list", "--kb", str(mini_kb), "--tag", "bordr", "--tag", "economy", "--tag", "no-such-tag")
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout.splitlines()[0].startswith("cooperation-attracts-investment\t")
    assert result.stderr.splitlines() == [
        f"factcheck: warning: no claim in {mini_kb} has the tag 'bordr' (did you mean 'border'?)",
        f"factcheck: warning: no claim in {mini_kb} has the tag 'no-such-tag'",
    ]


def test_tags_are_compared_without_accents(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    # "-t soberania" found nothing and warned that no claim had the tag, for claims tagged "soberanía"
    path = write_kb('claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    tags: [soberanía]\n')
    for typed in ("soberania", "Soberanía", "SOBERANIA"):
        result = invoke("list", "--kb", str(path), "--tag", typed)
        assert result.exit_code == ExitCode.OK, result.output
        assert result.stdout.startswith("a\t") and result.stderr == ""


def test_tags_may_be_given_comma_separated_as_add_takes_them(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    # "add --tag health,water" adds two tags, but "list --tag health,water" looked for one tag
    # "health,water", warned that no claim had it and listed nothing (persona walkthrough)
    path = write_kb(
        "claims:\n"
        '  - id: a\n    claim: c\n    verdict: "true"\n    tags: [health]\n'
        '  - id: b\n    claim: d\n    verdict: "true"\n    tags: [water]\n'
        '  - id: c\n    claim: e\n    verdict: "true"\n    tags: ["schools, fees"]\n'
        '  - id: d\n    claim: f\n    verdict: "true"\n    tags: [other]\n'
    )
    for command in (["list", "--json"], ["export", "--format", "json"]):
        result = invoke(*command, "--kb", str(path), "--tag", "health, Water")
        assert result.exit_code == ExitCode.OK, result.output
        assert [c["id"] for c in json.loads(result.stdout)] == ["a", "b"]
        assert result.stderr == ""
        # a tag that holds a comma, written by hand, is still selected whole
        assert [c["id"] for c in json.loads(invoke(*command, "--kb", str(path), "--tag", "Schools, fees").stdout)] == [
            "c"
        ]
    result = invoke("list", "--kb", str(path), "--tag", "health,helth")
    assert result.stdout.startswith("a\t")
    assert result.stderr == f"factcheck: warning: no claim in {path} has the tag 'helth' (did you mean 'health'?)\n"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--verdict", "maybe"], "'maybe' is not one of"),
        # written so, but there is no month 13
        (["--since", "2025-13-01"], "'2025-13-01' is not a real date written YYYY-MM-DD"),
        # the dates and the option quoted, as in every other message of a bad value
        (
            ["--since", "2026", "--until", "2025"],
            "Invalid value for '--since': '2026' is after --until '2025': no date is in both",
        ),
        (["--since", "2025-03", "--until", "2025-02-28"], "'2025-03' is after --until '2025-02-28'"),
    ],
)
def test_list_rejects_bad_filters_with_usage_error(
    invoke: Invoke, mini_kb: Path, options: list[str], message: str
) -> None:
    result = invoke("list", "--kb", str(mini_kb), *options)
    assert result.exit_code == ExitCode.ERROR
    assert message in result.stderr


VERDICTS_LISTED = "'true', 'mostly-true', 'mixed', 'misleading', 'mostly-false', 'false', 'unsupported'"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("list", "--verdict", "bogus"), f"'--verdict': 'bogus' is not one of {VERDICTS_LISTED}."),
        (("list", "-v", "true", "-v", "bogus"), f"'--verdict': 'bogus' is not one of {VERDICTS_LISTED}."),
        (("export", "--verdict", "bogus"), f"'--verdict': 'bogus' is not one of {VERDICTS_LISTED}."),
        (("add", "--claim", "x", "--verdict", "bogus"), f"'--verdict': 'bogus' is not one of {VERDICTS_LISTED}."),
        (("edit", "x", "--verdict", "bogus"), f"'--verdict': 'bogus' is not one of {VERDICTS_LISTED}."),
        (
            ("export", "--format", "bogus"),
            "'--format': 'bogus' is not one of 'claimreview', 'json', 'csv', 'markdown'.",
        ),
        (
            ("check", "x", "--matcher", "bogus"),
            # typed, not read from $FACTCHECK_MATCHER: the variable is not named (cli84: it was, whatever the source)
            "'--matcher': 'bogus' is not one of 'auto', 'lexical', 'semantic', 'hybrid'.",
        ),
        (("scan", "a.txt", "--format", "bogus"), "'--format': 'bogus' is not one of 'text', 'markdown', 'json'."),
        (("scan", "a.txt", "--only", "bogus"), "'--only': 'bogus' is not one of 'matched', 'unmatched', 'checkable'."),
        (
            ("scan", "a.txt", "--input-format", "bogus"),
            "'--input-format': 'bogus' is not one of 'auto', 'text', 'markdown', 'html', 'subtitles', 'docx', 'odt'.",
        ),
    ],
)
def test_a_value_not_among_an_options_choices_is_a_usage_error_that_lists_them(
    invoke: Invoke, mini_kb: Path, args: tuple[str, ...], message: str
) -> None:
    # Typer's own check of such an option said "Invalid value for '--verdict' / '-v': Value error, 'bogus' ..."
    result = invoke(*args, "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr.splitlines()[-1] == f"factcheck: error: Invalid value for {message}"


@pytest.mark.parametrize(
    ("args", "meant"),
    [
        (("list", "--verdict", "flase"), "'false'"),
        (("export", "-v", "Mostly Flase"), "'mostly-false'"),
        # the start of two verdicts: both, as nothing tells them apart
        (("list", "-v", "mostly"), "'mostly-true' or 'mostly-false'"),
        # a publisher's rating: the verdict import reads it as, not the nearest spelling ('true')
        (("add", "--claim", "x", "--verdict", "half-true"), "'mixed'"),
        (("edit", "x", "--verdict", "Pants on Fire"), "'false'"),
        (("export", "--format", "jsn"), "'json'"),
        # ClaimReview is the JSON-LD; 'json' (the nearest spelling) is the claims as list --json prints them
        (("export", "--format", "JSON-LD"), "'claimreview'"),
        # a spreadsheet's format, which export does not write: the CSV opens in one
        (("export", "--format", "xlsx"), "'csv'"),
        (("export", "--format", "Excel"), "'csv'"),
        (("check", "x", "--matcher", "lexcal"), "'lexical'"),
        (("scan", "a.txt", "--format", "mardown"), "'markdown'"),
        (("scan", "a.txt", "--format", "md"), "'markdown'"),
        (("scan", "a.txt", "--only", "unmatchd"), "'unmatched'"),
        (("scan", "a.txt", "--input-format", "htm"), "'html'"),
        (("scan", "a.txt", "--input-format", "srt"), "'subtitles'"),
    ],
)
def test_a_mistyped_choice_is_refused_with_the_choice_it_most_likely_means(
    invoke: Invoke, mini_kb: Path, args: tuple[str, ...], meant: str
) -> None:
    # "list --verdict flase" listed the verdicts and left the reader to find the typo, while a mistyped
    # option got "(Possible options: --verdict)"
    result = invoke(*args, "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    error = result.stderr.splitlines()[-1]
    assert f"{args[-1]!r} is not one of '" in error and error.endswith(f"'; did you mean {meant}?"), error


@pytest.mark.parametrize(
    ("args", "ending"),
    [
        # a negation is no typo: 'not false' was "did you mean 'mostly-false'?", 'non-false' "'false'?"
        (("list", "--verdict", "not false"), "'unsupported'."),
        (("export", "-v", "non-false"), "'unsupported'."),
        (("add", "--claim", "x", "--verdict", "isn't true"), "'unsupported'."),
        # nor a list of values: 'true,false' was "did you mean 'false'?"; list and export take one per --verdict
        (
            ("list", "--verdict", "true,false"),
            "--verdict takes one value and may be repeated: --verdict true --verdict false.",
        ),
        (
            ("export", "--verdict", "True / Mostly false"),
            "--verdict takes one value and may be repeated: --verdict true --verdict mostly-false.",
        ),
        (("list", "-v", "true or bogus"), "--verdict takes one value and may be repeated: --verdict A --verdict B."),
        # add and edit take one verdict: the list alone
        (("edit", "x", "--verdict", "true,false"), "'unsupported'."),
        (("scan", "a.txt", "--only", "matched,unmatched"), "'checkable'."),
    ],
)
def test_a_negated_or_listed_choice_gets_no_spelling_guess(
    invoke: Invoke, mini_kb: Path, args: tuple[str, ...], ending: str
) -> None:
    result = invoke(*args, "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    error = result.stderr.splitlines()[-1]
    assert f"{args[-1]!r} is not one of '" in error, error
    assert error.endswith(ending) and "did you mean" not in error, error


def test_a_negated_verdict_is_read_by_the_rating_table_alone() -> None:
    # as add's verdict question reads an answer: no spelling guess, but a publisher's rating is what import reads
    # it as ("Not true": false)
    verdicts = [verdict.value for verdict in Verdict]
    assert meant_choices("not false", verdicts, publishers_rating) == []
    assert meant_choices("true, false", verdicts, publishers_rating) == []
    assert meant_choices("not true", verdicts, publishers_rating) == ["false"]
    assert meant_choices("flase", verdicts, publishers_rating) == ["false"]


def test_show_prints_everything_about_a_claim(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("show", "us-troops-in-mexico-10000", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK
    out = result.stdout
    for expected in (
        "FALSE",
        "There are more than 10,000 US troops deployed in Mexico.",
        "Ten thousand American soldiers are stationed in Mexico",
        "border, troop-numbers",
        "The 10,000+ figure is the troops sent",
        "Example News, “Border mission” (2025-02-20)",
        "“Over 10,000 service members are deploying to the southern border.”",
        "https://example.org/border-mission",
    ):
        assert expected in out


@pytest.mark.parametrize("width", [30, 60])
def test_show_on_a_narrow_terminal_cuts_no_field_short(
    invoke: Invoke, starter_kb: Path, monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    # below 70 columns the id of a starter claim read "us-troops-respect-mexic…", and at 30 its date checked
    # "2026-11-…" and a tag "senate-author…": cut, where the claim's text and summary wrap
    claim_id = "us-troops-respect-mexican-sovereignty-agreements"
    whole = invoke("show", claim_id, "--kb", str(starter_kb)).stdout  # in a pipe: nothing wrapped, nothing cut
    monkeypatch.setattr("factcheck.cli.output.pipe_width", width)  # laid out as a terminal that wide would
    result = invoke("show", claim_id, "--kb", str(starter_kb))
    assert result.exit_code == ExitCode.OK
    assert result.stdout.count("…") == whole.count("…")  # the quotes' own, no more
    assert all(len(line) <= width or line.strip().startswith("https://") for line in result.stdout.splitlines())
    run_together = "".join(result.stdout.split())  # a value broken over lines, read back as one
    for value in ("us-troops-respect-mexican-sovereignty-agreements", "2026-11-25", "senate-authorization"):
        assert value in run_together, result.stdout


def test_a_source_known_by_its_url_alone_is_named_by_its_site_and_its_url_shown_once(
    invoke: Invoke, write_kb: Callable[..., Path]
) -> None:
    kb = write_kb(
        'claims:\n  - id: a\n    claim: The town hall has solar panels\n    verdict: "true"\n'
        "    sources:\n      - url: https://www.example.org/solar\n        note: date not shown\n"
    )
    out = invoke("show", "a", "--kb", str(kb)).stdout
    assert "1. example.org (no date)" in out and out.count("https://www.example.org/solar") == 1


def test_show_json_is_the_claim_object(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("show", "drones-over-mexico", "--kb", str(mini_kb), "--json")
    assert json.loads(result.stdout)["sources"] == [
        {"url": "http://example.org/drones", "title": "Drones: what we know"}
    ]


def test_show_unknown_id_suggests_close_ones(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("show", "drones-over-mexic", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert result.stdout == ""
    assert result.stderr.strip() == (
        f"factcheck: error: no claim with id 'drones-over-mexic' in {mini_kb} (did you mean drones-over-mexico?)"
    )


@pytest.mark.parametrize("claim_id", ["DRONES-OVER-MEXICO", "Drones-Over-Mexic", " drones-over-mexico "])
def test_show_suggests_the_id_given_in_other_case_or_with_spaces(invoke: Invoke, mini_kb: Path, claim_id: str) -> None:
    # ids are lowercase slugs: an id typed in capitals used to get no suggestion at all
    result = invoke("show", claim_id, "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr.strip().endswith("(did you mean drones-over-mexico?)")


@pytest.mark.parametrize(
    ("given", "meant"),
    [
        ("drones", "drones-over-mexico"),
        ("Senate", "senate-must-approve-foreign-troops"),
        ("mexico", "drones-over-mexico"),
    ],
)
def test_show_suggests_the_ids_holding_a_word_or_two_given(
    invoke: Invoke, mini_kb: Path, given: str, meant: str
) -> None:
    # 'show goldfish' for 'goldfish-only-have-a-three-second-memory' had no suggestion (teacher walkthrough)
    result = invoke("show", given, "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert meant in result.stderr.split("did you mean", 1)[1]


def test_a_part_of_a_word_is_not_suggested_as_a_whole_one() -> None:
    assert close_ids("sen", ["senate-must-approve", "absent-senator"]) == []
    # ids opening with the words first
    assert close_ids("troops", ["us-troops-in-mexico", "troops-abroad-and-at-home"]) == [
        "troops-abroad-and-at-home",
        "us-troops-in-mexico",
    ]


def test_the_words_of_an_id_may_be_given_with_spaces() -> None:
    # 'factcheck show "three second"' suggested nothing for goldfish-only-have-a-three-second-memory (review)
    ids = ["goldfish-only-have-a-three-second-memory", "us-troops-in-mexico"]
    assert close_ids("three second", ids) == ["goldfish-only-have-a-three-second-memory"]
    assert close_ids("US troops", ids) == ["us-troops-in-mexico"]
    assert close_ids("three_second", ids) == ["goldfish-only-have-a-three-second-memory"]
    assert close_ids("---", ids) == []  # no words: no suggestion
    assert close_ids("second three", ids) == []  # the words in their order


def test_validate_clean_file(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("validate", str(mini_kb))
    assert result.exit_code == ExitCode.OK
    assert result.stdout.splitlines() == [
        f"{mini_kb}:47:9: warning: source #1 of claim 'drones-over-mexico' has no date"
        " (if it has none, say so in its note: 'date not shown' or 'sin fecha')",
        f"{mini_kb}: 4 claims, 0 errors, 1 warning",
    ]


def test_validate_counts_one_claim_in_the_singular(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    path = write_kb("claims:\n  - id: a\n    claim: c\n    verdict: unsupported\n")
    result = invoke("validate", str(path))
    assert result.exit_code == ExitCode.OK
    assert result.stdout.splitlines()[-1] == f"{path}: 1 claim, 0 errors, 0 warnings"


def test_validate_reports_every_problem_and_exits_1(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    path = write_kb("claims:\n  - id: a\n    claim: c\n    verdict: nope\n    colour: red\n")
    result = invoke("validate", str(path))
    assert result.exit_code == ExitCode.FINDINGS
    assert result.stdout.splitlines()[:2] == [
        f"{path}:4:14: error: verdict 'nope' of claim 'a' is not on the scale; use one of: true, mostly-true, mixed, "
        "misleading, mostly-false, false, unsupported",
        f"{path}:5:5: error: unknown key 'colour' in claim 'a' (allowed: id, claim, verdict, summary, aliases, tags, "
        "claimant, checked, original_rating, sources)",
    ]
    assert result.stdout.splitlines()[-1] == f"{path}: 0 claims read, 2 errors, 0 warnings"


def test_validate_does_not_call_a_claim_with_an_error_valid(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    # a claim with an impossible date is read without it: its file's summary read "1 valid claim,
    # 1 error" for its one claim, the one with the error (persona walkthrough)
    path = write_kb('claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    checked: "2025-02-30"\n')
    result = invoke("validate", str(path))
    assert result.exit_code == ExitCode.FINDINGS
    assert result.stdout.splitlines()[-1] == f"{path}: 1 claim read, 1 error, 0 warnings"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # what is wrong with it is named, as on the command line (--since 2025-02-30): it was not
        ("2025-02-30", ": February 2025 has 28 days; write the real date in quotes"),
        ("2025-12-00", ": there is no day 0; write the real date in quotes"),
        ("2025-13-01", ': there is no month 13; write it as "2025-01-13" if it is 13 January'),
        # a number YAML reads: it was told "put it in quotes: "20251101"", then, quoted, that it is no date
        ("20251101", '; write it as "2025-11-01"'),
        ("12345", ""),
    ],
)
def test_an_impossible_date_without_quotes_is_named_impossible_at_once(
    invoke: Invoke, write_kb: Callable[..., Path], written: str, said: str
) -> None:
    # "checked: 2025-02-30" was told only "put it in quotes", and once quoted, that it is no real date
    path = write_kb(f'claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    checked: {written}\n')
    result = invoke("validate", str(path))
    assert result.stdout.splitlines()[0] == (
        f"{path}:5:14: error: claim 'a' checked date '{written}' is not a real date written YYYY-MM-DD "
        f"(or YYYY-MM, YYYY){said}"
    )


@pytest.mark.parametrize(
    "written", ["2025-02-28T10:00:00Z", '"2025-02-28 10:00"', '"2025-02-28T10"', '"2025-02-28 9am"']
)
def test_a_real_date_with_a_time_is_told_to_drop_the_time(
    invoke: Invoke, write_kb: Callable[..., Path], written: str
) -> None:
    # it was called "not a real date ... write the real date in quotes": it is one, with a time
    path = write_kb(f'claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    checked: {written}\n')
    result = invoke("validate", str(path))
    value = written.strip('"')
    assert result.stdout.splitlines()[0] == (
        f"{path}:5:14: error: claim 'a' checked date '{value}' is a date with a time; "
        'write the date alone in quotes: "2025-02-28"'
    )


@pytest.mark.parametrize(
    ("written", "fix"),
    [
        ("05/12/2026", '"2026-12-05" if it is 5 December, or "2026-05-12" if it is 12 May'),
        ('"5.12.2026"', '"2026-12-05" if it is 5 December, or "2026-05-12" if it is 12 May'),
        ("25/12/2026", '"2026-12-25"'),  # one reading is a real date
        ("12-25-2026", '"2026-12-25"'),
        ("05/05/2026", '"2026-05-05"'),
    ],
)
def test_a_date_typed_day_or_month_first_is_told_how_to_write_it(
    invoke: Invoke, write_kb: Callable[..., Path], written: str, fix: str
) -> None:
    # a student's "checked: 05/12/2026" was told only "not a real date written YYYY-MM-DD"
    path = write_kb(f'claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    checked: {written}\n')
    result = invoke("validate", str(path))
    value = written.strip('"')
    assert result.stdout.splitlines()[0] == (
        f"{path}:5:14: error: claim 'a' checked date '{value}' is not a real date written YYYY-MM-DD "
        f"(or YYYY-MM, YYYY); write it as {fix}"
    )
    assert "'05/12/2026' is not a real date" in invoke("list", "--since", "05/12/2026").stderr
    assert 'write it as "2026-12-05" if it is 5 December' in invoke("list", "--since", "05/12/2026").stderr


@pytest.mark.parametrize(
    ("written", "fix"),
    [
        ("Dec. 5, 2026", "2026-12-05"),  # AP style
        ("December 5, 2026", "2026-12-05"),
        ("dec 5 2026", "2026-12-05"),
        ("5 December 2026", "2026-12-05"),
        ("1 March 2024", "2024-03-01"),
        ("Sept. 30, 2025", "2025-09-30"),
        ("December 2026", "2026-12"),
        # with the day's ordinal, as a student wrote "3rd March 2025" and was told only "not a real date"
        ("3rd March 2025", "2025-03-03"),
        ("3rd of March 2025", "2025-03-03"),
        ("March 3rd, 2025", "2025-03-03"),
        ("21ST Feb 2025", "2025-02-21"),
    ],
)
def test_a_date_written_with_its_months_name_is_told_how_to_write_it(
    invoke: Invoke, write_kb: Callable[..., Path], written: str, fix: str
) -> None:
    # a copy editor's "Dec. 5, 2026" was told only "not a real date written YYYY-MM-DD": it has one reading
    path = write_kb(f'claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    checked: "{written}"\n')
    assert invoke("validate", str(path)).stdout.splitlines()[0] == (
        f"{path}:5:14: error: claim 'a' checked date '{written}' is not a real date written YYYY-MM-DD "
        f'(or YYYY-MM, YYYY); write it as "{fix}"'
    )
    for option in ("--checked", "--source-date"):
        added = invoke("add", "--claim", "c", "--verdict", "true", option, written, "--kb", str(path), "--dry-run")
        assert added.exit_code == ExitCode.ERROR
        assert f'is not a real date written YYYY-MM-DD (or YYYY-MM, YYYY); write it as "{fix}"' in added.stderr


@pytest.mark.parametrize(
    "written",
    [
        "31/31/2026",
        "2026/13/05",  # '2026/12/05', year first, is "write it as "2026-12-05"" (test_cli_git_desk.py)
        "5/12/26",
        "Dec 32, 2026",
        "Feb. 29, 2025",
        "Mayo 5, 2026",
        "Decem 5, 2026",
        "31st February 2025",
        "3x March 2025",
    ],
)
def test_a_date_with_no_real_reading_is_told_as_before(
    invoke: Invoke, write_kb: Callable[..., Path], written: str
) -> None:
    path = write_kb(f'claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    checked: "{written}"\n')
    assert invoke("validate", str(path)).stdout.splitlines()[0] == (
        f"{path}:5:14: error: claim 'a' checked date '{written}' is not a real date written YYYY-MM-DD "
        "(or YYYY-MM, YYYY)"
    )


def test_two_dates_are_no_date_with_a_time(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    path = write_kb('claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    checked: "2025-02-28 2025-03-01"\n')
    result = invoke("validate", str(path))
    assert "date with a time" not in result.stdout
    assert "'2025-02-28 2025-03-01' is not a real date written YYYY-MM-DD" in result.stdout


def test_validate_json(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    path = write_kb("claims:\n  - id: a\n    claim: c\n    verdict: [x]\n")
    report = json.loads(invoke("validate", str(path), "--json").stdout)
    assert report["errors"] == 1
    assert report["problems"][0] | {"message": ""} == {
        "path": str(path),
        "line": 4,
        "column": 14,
        "severity": "error",
        "message": "",
    }


BROKEN = "claims:\n  - id: a\n    claim: c\n    verdict: [x]\n"


def test_validate_checks_every_file_given(invoke: Invoke, mini_kb: Path, write_kb: Callable[..., Path]) -> None:
    # pre-commit passes the files it matched as arguments: a second file was "Got unexpected extra argument"
    broken = write_kb(BROKEN, name="broken.yaml")
    result = invoke("validate", str(mini_kb), str(broken))
    assert result.exit_code == ExitCode.FINDINGS, result.output
    assert result.stdout.splitlines()[-3:] == [
        f"{mini_kb}: 4 claims, 0 errors, 1 warning",
        f"{broken}:4:14: error: verdict of claim 'a' must be text, not a list",
        f"{broken}: 0 claims read, 1 error, 0 warnings",
    ]
    assert invoke("validate", str(mini_kb), str(mini_kb)).exit_code == ExitCode.OK


def test_validate_json_of_several_files_is_one_line_each(
    invoke: Invoke, mini_kb: Path, write_kb: Callable[..., Path]
) -> None:
    broken = write_kb(BROKEN, name="broken.yaml")
    result = invoke("validate", str(broken), "-", "--json", input=mini_kb.read_bytes())
    assert result.exit_code == ExitCode.FINDINGS
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["kb"], r["claims"], r["errors"]) for r in reports] == [(str(broken), 0, 1), ("<stdin>", 4, 0)]
    one = invoke("validate", str(mini_kb), "--json")
    assert json.loads(one.stdout)["kb"] == str(mini_kb)  # one file: one JSON document, as before


def test_validate_goes_on_past_a_file_it_cannot_read_and_exits_2(
    invoke: Invoke, mini_kb: Path, write_kb: Callable[..., Path], tmp_path: Path
) -> None:
    empty = write_kb("", name="empty.yaml")
    broken = write_kb(BROKEN, name="broken.yaml")
    result = invoke("validate", str(tmp_path / "missing.yaml"), str(empty), str(broken), str(mini_kb), "--json")
    assert result.exit_code == ExitCode.ERROR  # worse than the error found in broken.yaml
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    # each file, those that cannot be read too (with their message: a script reading the lines misses none)
    assert [line["kb"] for line in lines] == [str(tmp_path / "missing.yaml"), str(empty), str(broken), str(mini_kb)]
    assert lines[0]["error"] == "no such file"
    assert lines[1]["error"] == "the file is empty; expected 'claims:' with a list of claims"
    assert result.stderr.splitlines() == [
        f"factcheck: {tmp_path / 'missing.yaml'}: error: no such file",  # it said 'error: F: no such file'
        f"factcheck: {empty}:1:1: error: the file is empty; expected 'claims:' with a list of claims",
    ]


def test_validate_refuses_standard_input_twice_and_files_with_kb(invoke: Invoke, mini_kb: Path) -> None:
    twice = invoke("validate", "-", "-", input=mini_kb.read_bytes())
    assert twice.exit_code == ExitCode.ERROR and "standard input can be read once" in twice.stderr
    both = invoke("validate", str(mini_kb), str(mini_kb), "--kb", str(mini_kb))
    assert both.exit_code == ExitCode.ERROR and "give them as arguments" in both.stderr


def test_validate_names_standard_input_as_told(invoke: Invoke, tmp_path: Path) -> None:
    """A pre-commit hook pipes the staged file in: its problems were named '<stdin>:4:14', not claims.yaml."""
    staged = b"claims:\n  - id: a\n    claim: x\n    verdict: maybe\n"
    result = invoke("validate", "-", "--stdin-name", "claims.yaml", input=staged)
    assert result.exit_code == ExitCode.FINDINGS
    assert result.stdout.startswith("claims.yaml:4:14: error: verdict 'maybe'")
    as_json = invoke("validate", "-", "--stdin-name", "claims.yaml", "--json", input=staged)
    assert json.loads(as_json.stdout)["kb"] == "claims.yaml"
    # the name is the piped file's alone: a file of that name is never read
    (tmp_path / "claims.yaml").write_text("not: claims\n", encoding="utf-8")
    assert invoke("validate", "-", "--stdin-name", str(tmp_path / "claims.yaml"), input=staged).stdout.startswith(
        f"{tmp_path / 'claims.yaml'}:4:14: error: verdict 'maybe'"
    )
    unread = invoke("validate", str(tmp_path / "claims.yaml"), "--stdin-name", "claims.yaml")
    assert unread.exit_code == ExitCode.ERROR and "give - as the file to check" in unread.stderr


def test_validate_malformed_yaml_gives_position(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    # a quote never closed: the place is the opening quote, not the end of the file (4:1, past the last line)
    path = write_kb("claims:\n  - id: a\n    claim: 'unterminated\n")
    result = invoke("validate", str(path))
    assert result.exit_code == ExitCode.FINDINGS
    assert result.stdout.startswith(
        f"{path}:3:12: error: invalid YAML: a quoted scalar begins here and is never closed (the file ends first)"
    )


def test_validate_malformed_yaml_says_where_the_unfinished_part_began(
    invoke: Invoke, write_kb: Callable[..., Path]
) -> None:
    path = write_kb('claims:\n  - id: a\n    claim: x\n    tags: [a, b\n    verdict: "false"\n')
    result = invoke("validate", str(path))
    assert result.exit_code == ExitCode.FINDINGS
    assert result.stdout.startswith(
        f"{path}:5:12: error: invalid YAML: while parsing a flow sequence (begun at line 4, column 11) did not find"
    )


@pytest.mark.parametrize(
    ("content", "place"),
    [
        ("claims: [a, b\n", "1:9: error: invalid YAML: a flow sequence begins here and is never closed"),
        ("claims:\n  - {id: a, claim: x\n", "2:5: error: invalid YAML: a flow mapping begins here and is never closed"),
        ("claims:\n  - id: a\n    tags: [\n\n", "3:1: error: invalid YAML: a '[' or '{' is never closed"),
    ],
)
def test_validate_a_bracket_never_closed_is_not_placed_past_the_last_line(
    invoke: Invoke, write_kb: Callable[..., Path], content: str, place: str
) -> None:
    path = write_kb(content)
    result = invoke("validate", str(path))
    assert result.exit_code == ExitCode.FINDINGS
    assert result.stdout.startswith(f"{path}:{place}"), result.stdout


@pytest.mark.parametrize(
    "command", [["list"], ["add", "A claim", "--verdict", "false"], ["export", "-f", "json", "-o"]]
)
def test_a_path_ending_in_a_slash_is_no_file(invoke: Invoke, tmp_path: Path, command: list[str]) -> None:
    # "desk/" was read as "desk": add and export wrote a file of that name
    option = [] if command[0] == "export" else ["--kb"]
    result = invoke(*command, *option, f"{tmp_path}/desk/")
    assert result.exit_code == ExitCode.ERROR and "names a folder (it ends with '/')" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_validate_missing_file_is_a_usage_error(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("validate", str(tmp_path / "missing.yaml"))
    assert result.exit_code == ExitCode.ERROR
    assert "no such file" in result.stderr


@pytest.mark.parametrize("command", [["list"], ["check", "troops"], ["add", "A claim", "--verdict", "false"]])
def test_an_empty_kb_path_or_a_folder_is_a_usage_error_that_says_so(
    invoke: Invoke, tmp_path: Path, command: list[str]
) -> None:
    empty = invoke(*command, "--kb", "")
    assert empty.exit_code == ExitCode.ERROR and "Invalid value for '--kb': the path is empty." in empty.stderr
    folder = invoke(*command, "--kb", str(tmp_path))
    assert folder.exit_code == ExitCode.ERROR and "is a folder, not a file" in folder.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("command", "option"),
    [(["list"], "'--kb'"), (["edit", "x", "--verdict", "true"], "'--kb'"), (["validate"], "'PATH'")],
)
def test_a_folder_named_as_the_claims_file_is_answered_with_the_claims_file_in_it(
    invoke: Invoke, tmp_path: Path, mini_kb: Path, command: list[str], option: str
) -> None:
    # a class named the folder they had made ('--kb ~/fact-desk/', '--kb .'): "is a folder, not a file" left
    # them to guess what to name instead
    desk = tmp_path / "fact-desk"
    desk.mkdir()
    (desk / "claims.yaml").write_bytes(mini_kb.read_bytes())
    for named in (str(desk), f"{desk}/"):
        given = [*command, named] if command == ["validate"] else [*command, "--kb", named]
        result = invoke(*given)
        assert result.exit_code == ExitCode.ERROR
        said = " ".join(result.stderr.split())
        assert f"Invalid value for {option}: '{named}'" in said
        assert f"not a file; name the file in it: '{desk}/claims.yaml'." in said
    assert (desk / "claims.yaml").read_bytes() == mini_kb.read_bytes()
    # a folder without one, or an option naming another kind of file, is only a folder, as before
    bare = tmp_path / "bare"
    bare.mkdir()
    empty = invoke(*([*command, str(bare)] if command == ["validate"] else [*command, "--kb", str(bare)]))
    assert "name the file in it" not in empty.stderr and "is a folder, not a file." in empty.stderr
    out = invoke("export", "--format", "csv", "--kb", str(mini_kb), "-o", str(desk))
    assert "name the file in it" not in out.stderr and "is a folder, not a file." in out.stderr


@pytest.mark.parametrize("names", [["claims.yml"], ["claims.yaml.txt"], ["claims.yaml.txt", "claims.yml"]])
def test_a_folder_named_as_the_claims_file_names_its_claims_file_saved_under_another_name(
    invoke: Invoke, tmp_path: Path, mini_kb: Path, names: list[str]
) -> None:
    # a folder holding claims.yml or claims.yaml.txt (Windows hides the '.txt'), not claims.yaml, was only "is a
    # folder, not a file", though factcheck names those files where it looks for claims.yaml
    desk = tmp_path / "fact-desk"
    desk.mkdir()
    for name in names:
        (desk / name).write_bytes(mini_kb.read_bytes())
    for args in (("list", "--kb", str(desk)), ("validate", str(desk))):
        result = invoke(*args)
        assert result.exit_code == ExitCode.ERROR and "Traceback" not in result.output
        said = " ".join(result.stderr.split())
        assert f"'{desk}' is a folder, not a file; name the file in it: '{desk}/{names[0]}'." in said
    # claims.yaml, when there, is the one named
    (desk / "claims.yaml").write_bytes(mini_kb.read_bytes())
    result = invoke("list", "--kb", str(desk))
    assert f"name the file in it: '{desk}/claims.yaml'." in " ".join(result.stderr.split())
    assert all((desk / name).read_bytes() == mini_kb.read_bytes() for name in names)


def test_a_folder_whose_files_cannot_be_looked_at_is_still_a_folder(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # whether the folder holds a claims.yaml was asked in the same try as whether it is a folder: a PermissionError
    # from the first (a folder that cannot be searched) let the folder through as no folder
    locked = tmp_path / "locked"
    locked.mkdir()
    is_file = Path.is_file

    def refused(self: Path) -> bool:
        if self.parent == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return is_file(self)

    monkeypatch.setattr(Path, "is_file", refused)
    for args in (("list", "--kb", str(locked)), ("validate", str(locked))):
        result = invoke(*args)
        assert result.exit_code == ExitCode.ERROR and "Traceback" not in result.output
        assert f"'{locked}' is a folder, not a file." in " ".join(result.stderr.split())


def test_validate_an_empty_path_or_a_folder_says_so_as_kb_does(invoke: Invoke, tmp_path: Path) -> None:
    # fuzz22: Click's dir_okay=False said "file '' is a directory" of 'validate ""'
    empty = invoke("validate", "")
    assert empty.exit_code == ExitCode.ERROR and "Invalid value for 'PATH': the path is empty." in empty.stderr
    folder = invoke("validate", str(tmp_path))
    assert folder.exit_code == ExitCode.ERROR and f"'{tmp_path}' is a folder, not a file." in folder.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b" \n\n", "the file is empty"),
        # as empty to YAML: validate exited 1 ("problems found") where list exited 2
        (b"# our claims\n\n  # none yet\n", "the file has only comments (lines starting with '#')"),
        (b"# our claims\r\r  # none yet\r", "the file has only comments (lines starting with '#')"),  # old Mac
        (b"claims:\n\x00\x00", "this is a binary file, not YAML text"),
        (b"\x7fELF\x02\x01\x01\x00\x00", "this is a binary file, not YAML text"),
        (b"claims: caf\xe9\n", "the file is not UTF-8 text"),
        # TextEdit's default save (Rich Text) and Word's: "while parsing a flow mapping did not find expected ','
        # or '}'" at 1:19, and "a binary file", with no word of how to save it (persona36)
        (
            b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\n\\f0 claims:\\par\n}\n",
            "error: this is an RTF document, not YAML text: save it again as plain text, UTF-8 (in TextEdit: Format "
            "> Make Plain Text, then File > Save; in Word: File > Save As, Plain Text)",
        ),
        (
            b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml\x00word/document.xml",
            "error: this is a Word document (.docx), not YAML text: save it again as plain text",
        ),
    ],
)
def test_validate_a_file_that_cannot_be_read_as_yaml_is_a_usage_error(
    invoke: Invoke, tmp_path: Path, content: bytes, message: str
) -> None:
    # like list, check and add on the same files (it used to exit 1, "problems found")
    path = tmp_path / "claims.yaml"
    path.write_bytes(content)
    said = set()
    for args in (("validate", str(path)), ("validate", str(path), "--json"), ("list", "--kb", str(path))):
        result = invoke(*args)
        assert result.exit_code == ExitCode.ERROR, result.output
        assert message in result.stderr and "Traceback" not in result.output
        said.add(result.stderr)
    # one message for one file, whichever command reads it: validate left out the empty file's 1:1
    assert len(said) == 1
    assert path.read_bytes() == content


#: a zip's local header up to its first entry's name (the name stored as written)
_ZIP_HEAD = b"PK\x03\x04\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00" + b"\x00" * 16
_OLE_HEAD = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("claims.yaml", b"{\\rtf1\\ansi claims:\\par}", "this is an RTF document, not YAML text: save it again"),
        ("claims.yaml", _ZIP_HEAD + b"[Content_Types].xml word/document.xml", "this is a Word document (.docx)"),
        ("claims.docx", _ZIP_HEAD + b"[Content_Types].xml", "this is a Word document (.docx)"),
        ("claims.yaml", _OLE_HEAD + "WordDocument".encode("utf-16-le"), "this is a Word document (.doc)"),
        # the others were told TextEdit's and Word's steps too: "this is a spreadsheet ...: save it again as plain
        # text, UTF-8 (in TextEdit: ...)"
        (
            "claims.xlsx",
            _ZIP_HEAD + b"[Content_Types].xml xl/workbook.xml",
            "this is a spreadsheet (an Excel .xlsx/.xls or OpenDocument .ods file), not YAML text: save it as CSV "
            "(File > Save As, CSV) and add its claims with 'factcheck import' on that file",
        ),
        (
            "claims.yaml",
            _ZIP_HEAD + b"claims.yaml" + b"claims: []",
            "this is a zip file, not YAML text: unzip it and name the file inside",
        ),
        (
            "claims.pdf",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
            "this is a PDF document, not YAML text: factcheck reads a claims file as plain text only",
        ),
        (
            "claims.pages",
            _ZIP_HEAD + b"Index/Document.iwa",
            "this is a Pages document, not YAML text: factcheck reads a claims file as plain text only; in Pages, "
            "choose File > Export To > Plain Text",
        ),
        (
            "claims.yaml",
            _ZIP_HEAD[:30] + b"mimetypeapplication/vnd.oasis.opendocument.text",
            "this is an OpenDocument text document (.odt), not YAML text: factcheck reads a claims file as plain text",
        ),
        ("claims.yaml", _OLE_HEAD, "this is an Office document (as an old Word .doc is), not YAML text: factcheck"),
    ],
)
def test_a_document_given_for_a_claims_file_is_told_its_own_way_to_text(
    invoke: Invoke, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    # TextEdit's and Word's steps are for an RTF or Word document: a spreadsheet is saved as CSV and imported, a
    # zipped claims file unzipped, and a PDF is named, with no fix that would not work
    path = tmp_path / name
    path.write_bytes(content)
    result = invoke("validate", str(path))
    assert result.exit_code == ExitCode.ERROR and "Traceback" not in result.output
    assert f"{path}: error: {message}" in result.stderr
    word_processor = "TextEdit" in result.stderr and "in Word: File > Save As, Plain Text" in result.stderr
    assert word_processor == ("RTF" in message or "Word document" in message)
    assert path.read_bytes() == content


@pytest.mark.parametrize("line_end", [b"\r", b"\r\n", b"\n"])
def test_a_file_with_classic_mac_line_ends_opening_with_a_comment_is_validated_as_list_reads_it(
    invoke: Invoke, tmp_path: Path, line_end: bytes
) -> None:
    # CR alone ends a line in YAML (an old Mac editor's save): read at "\n" only, the whole file was its first
    # line, a comment, so validate said "the file has only comments" (exit 2) while list read its claim
    path = tmp_path / "claims.yaml"
    content = line_end.join(
        [
            b"# desk claims",
            b"claims:",
            b"  - id: a",
            b"    claim: US troops are in Mexico.",
            b'    verdict: "false"',
            b"",
        ]
    )
    path.write_bytes(content)
    result = invoke("validate", str(path))
    assert (result.exit_code, result.output) == (ExitCode.OK, f"{path}: 1 claim, 0 errors, 0 warnings\n")
    assert invoke("list", "--kb", str(path)).stdout.startswith("a\tfalse\t")
    assert path.read_bytes() == content


@pytest.mark.parametrize(
    ("content", "where", "message"),
    [
        (b"\t\n", "1:1", "a tab character"),
        (b"# none yet\n\t\n", "2:1", "a tab character"),
        (b" \n\x0c\n", "2:1", "U+000C"),
        (b"\x0b\n", "1:1", "U+000B"),
    ],
)
def test_a_file_of_a_tab_or_a_control_character_is_named_at_it_by_every_command(
    invoke: Invoke, tmp_path: Path, content: bytes, where: str, message: str
) -> None:
    # str.strip() counts a tab or a form feed as blank, YAML does not: add, edit and remove skipped
    # parsing such a 'blank' file and crashed in the layout reader (a ScannerError traceback), and
    # validate called it empty where list named the tab
    path = tmp_path / "claims.yaml"
    path.write_bytes(content)
    for args in (
        ("list", "--kb", str(path)),
        ("validate", str(path)),
        ("add", "--claim", "A new claim", "--verdict", "false", "--kb", str(path)),
        ("edit", "x", "--verdict", "true", "--kb", str(path)),
        ("remove", "x", "--yes", "--kb", str(path)),
    ):
        result = invoke(*args)
        # validate read the file and found an error in it (findings); the others cannot use it
        expected = ExitCode.FINDINGS if args[0] == "validate" else ExitCode.ERROR
        assert result.exit_code == expected, (args, result.output)
        assert f"{path}:{where}: error:" in result.output and message in result.output, (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
    assert path.read_bytes() == content


def test_commands_refuse_an_invalid_knowledge_base_with_positions(
    invoke: Invoke, write_kb: Callable[..., Path]
) -> None:
    path = write_kb("claims:\n  - id: a\n    claim: c\n    verdict: nope\n")
    for args in (["list"], ["show", "a"], ["check", "c"]):
        result = invoke(*args, "--kb", str(path))
        assert result.exit_code == ExitCode.ERROR
        assert result.stderr.startswith(f"factcheck: {path}:4:14: error: verdict 'nope'")
        assert "Traceback" not in result.output


def test_an_invalid_knowledge_base_s_errors_are_listed_in_file_order(
    invoke: Invoke, write_kb: Callable[..., Path]
) -> None:
    # the unknown key is found with the claim's keys, before its verdict above it is read
    path = write_kb("claims:\n  - id: a\n    claim: c\n    verdict: nope\n    explanation: e\n")
    result = invoke("check", "c", "--kb", str(path))
    assert result.exit_code == ExitCode.ERROR
    lines = result.stderr.splitlines()
    assert [line.split(": error")[0] for line in lines] == [f"factcheck: {path}:4:14", f"factcheck: {path}:5:5"]


@pytest.mark.parametrize("command", [["check", "c"], ["list"], ["show", "a"], ["export", "--format", "csv"]])
def test_a_file_of_many_errors_names_twenty_and_counts_the_rest(
    invoke: Invoke, write_kb: Callable[..., Path], command: list[str]
) -> None:
    # every error was printed: a file of 20,000 broken entries gave 'check' 40,000 lines (17 s)
    path = write_kb("claims:\n" + "  - id: a\n    claim: 1\n" * 30)
    result = invoke(*command, "--kb", str(path))
    assert result.exit_code == ExitCode.ERROR
    lines = result.stderr.splitlines()
    assert len(lines) == 21 and "Traceback" not in result.output
    assert lines[-1].startswith(f"factcheck: {path}:")
    assert lines[-1].endswith(
        ": error: and 69 more errors from this line on, not named one by one: 'factcheck validate' lists them all"
    )
    assert (
        len(invoke("validate", str(path)).stdout.splitlines()) == 89 + 1
    )  # validate names every one (and counts them)


def test_an_unknown_id_as_long_as_an_article_is_quoted_cut_short(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("show", "word " * 20_000, "--kb", str(mini_kb))  # it was echoed whole, 100,000 characters
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr == f"factcheck: error: no claim with id '{('word ' * 20)[:99]}…' in {mini_kb}\n"


def test_hostile_text_is_printed_literally(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    path = write_kb(
        "claims:\n"
        "  - id: hostile\n"
        '    claim: "[red]Alarm[/red] \\e[2J\\e]0;pwned\\a cleared"\n'
        "    verdict: unsupported\n"
    )
    for args in (["show", "hostile"], ["list"], ["check", "Alarm cleared"]):
        out = invoke(*args, "--kb", str(path)).stdout
        assert "[red]Alarm[/red]" in out
        assert "\x1b" not in out and "\x07" not in out
        assert "\\x1b[2J\\x1b]0;pwned\\x07 cleared" in out


def test_check_lists_an_article_quoted_twice_once_and_show_keeps_both_quotes(
    invoke: Invoke, write_kb: Callable[..., Path]
) -> None:
    path = write_kb(
        "claims:\n"
        '  - id: two-quotes\n    claim: The council closed the old bridge\n    verdict: "true"\n'
        "    sources:\n"
        '      - url: https://news.example/bridge\n        publisher: Example News\n        quote: "First quote."\n'
        '      - url: https://news.example/bridge\n        publisher: Example News\n        quote: "Second quote."\n'
        "      - url: https://other.example/report\n        publisher: Other Paper\n"
    )
    checked = invoke("check", "--kb", str(path), "--matcher", "lexical", "the council closed the old bridge")
    assert checked.exit_code == ExitCode.OK, checked.output
    assert checked.stdout.count("https://news.example/bridge") == 1
    assert "1. Example News" in checked.stdout and "2. Other Paper" in checked.stdout
    shown = invoke("show", "--kb", str(path), "two-quotes")
    assert shown.stdout.count("https://news.example/bridge") == 2
    assert "First quote." in shown.stdout and "Second quote." in shown.stdout


def test_a_candidate_just_under_the_threshold_is_not_shown_as_equal_to_it(invoke: Invoke, mini_kb: Path) -> None:
    """Two decimals made it "closest candidate scored 1.00; the match threshold is 1.00"."""
    statement = "Ten thousand American soldiers are stationed in Mexico"
    result = invoke("check", statement, "--kb", str(mini_kb), "--min-score", "0.999999")
    assert result.exit_code == ExitCode.NO_MATCH
    found = re.search(r"closest candidate scored ([\d.]+); the match threshold is ([\d.]+)\)", result.stdout)
    assert found, result.stdout
    best, threshold = found.groups()
    assert best != threshold and float(best) < float(threshold) and len(best) > 4


@pytest.mark.parametrize(("given", "shown"), [("0.999", "0.999"), ("0.505", "0.505"), ("0.9", "0.90"), ("1", "1.00")])
def test_the_threshold_is_shown_as_it_was_given(invoke: Invoke, mini_kb: Path, given: str, shown: str) -> None:
    """'--min-score 0.999' was shown as "the match threshold is 1.00"."""
    result = invoke("check", "Cartels sell avocados in Mexico", "--kb", str(mini_kb), "--min-score", given)
    assert result.exit_code == ExitCode.NO_MATCH
    found = re.search(r"closest candidate scored ([\d.]+); the match threshold is ([\d.]+)\)", result.stdout)
    assert found, result.stdout
    assert found.group(2) == shown and float(found.group(1)) < float(given)


def test_validate_takes_the_claims_file_as_kb_too(invoke: Invoke, mini_kb: Path, tmp_path: Path) -> None:
    result = invoke("validate", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK and f"{mini_kb}: 4 claims, 0 errors" in result.stdout
    same = invoke("validate", str(mini_kb), "--kb", str(mini_kb.parent / ".." / mini_kb.parent.name / mini_kb.name))
    assert same.exit_code == ExitCode.OK, same.output  # one file, spelled two ways
    other = tmp_path / "other.yaml"
    both = invoke("validate", str(other), "--kb", str(mini_kb))
    assert both.exit_code == ExitCode.ERROR and "two claims files given" in both.stderr


def test_check_json_says_how_close_a_statement_came_without_naming_the_claim(invoke: Invoke, mini_kb: Path) -> None:
    # the text said "closest candidate scored 0.xx; the match threshold is 0.50", the JSON only "matches": []:
    # a script could not tell a near miss from nothing at all (persona walkthrough)
    statement = "Cartels sell avocados in Mexico"
    text = invoke("check", statement, "--kb", str(mini_kb))
    found = re.search(r"closest candidate scored ([\d.]+); the match threshold is ([\d.]+)\)", text.stdout)
    assert found, text.stdout
    single = invoke("check", statement, "--kb", str(mini_kb), "--json")
    lines = invoke("check", "-", "--kb", str(mini_kb), input=f"{statement}\n\n10000\n")
    assert single.exit_code == lines.exit_code == ExitCode.NO_MATCH
    answer = json.loads(single.stdout)
    streamed = json.loads(lines.stdout.splitlines()[0])
    assert streamed.pop("line") == 1 and answer == streamed  # check - numbers its input lines; one statement has none
    assert answer["matches"] == [] and answer["threshold"] == 0.5
    assert f"{answer['closest_score']:.2f}" == found.group(1) and 0 < answer["closest_score"] < 0.5
    # the existing keys unchanged, the new ones after them; no claim given for the near miss
    assert list(answer) == ["query", "matches", "kb", "matcher", "closest_score", "threshold", "scored_by", "sentence"]
    # a blank line and a number alone have no candidate at all
    assert [json.loads(line)["closest_score"] for line in lines.stdout.splitlines()[1:]] == [None, None]
    matched = json.loads(
        invoke("check", "Ten thousand American soldiers are in Mexico", "--kb", str(mini_kb), "--json").stdout
    )
    assert matched["closest_score"] == matched["matches"][0]["score"]
    raised = json.loads(invoke("check", statement, "--kb", str(mini_kb), "--json", "--min-score", "0.9").stdout)
    assert raised["threshold"] == 0.9


def test_check_json_never_rounds_a_near_miss_up_to_the_threshold(invoke: Invoke, mini_kb: Path) -> None:
    statement = "Ten thousand American soldiers are stationed in Mexico"
    answer = json.loads(invoke("check", statement, "--kb", str(mini_kb), "--json", "--min-score", "0.999999").stdout)
    assert answer["matches"] == [] and answer["closest_score"] < answer["threshold"] == 0.999999


def _score(kb: Path, statement: str) -> float:
    from factcheck import build_matcher, load_knowledge_base

    # the lexical matcher, as the tests using it ask of the CLI: with the semantic extra, the CLI's
    # hybrid matcher may read another model than the library's (tests/conftest.py)
    return build_matcher(load_knowledge_base(kb), matcher="lexical").search(statement, top=1)[0].score


def test_check_json_never_rounds_a_match_below_the_threshold_that_let_it_through(invoke: Invoke, mini_kb: Path) -> None:
    # a score of 0.99991948 matched under '--min-score 0.99991948' was shown 0.9999: under the threshold, yet matched
    # the case: a statement whose score rounding to 4 decimals takes down (which one does hangs on the matcher:
    # lexical, or hybrid with the semantic extra)
    wordings = ["Ten thousand American soldiers are in Mexico", "10,000 US troops are deployed in Mexico"]
    wordings += ["There are more than 10,000 US troops in Mexico", "More than 10,000 US troops are deployed in Mexico"]
    statement, score = next((w, s) for w in wordings if round(s := _score(mini_kb, w), 4) < s)
    answer = json.loads(
        invoke(
            "check", statement, "--kb", str(mini_kb), "--matcher", "lexical", "--json", "--min-score", repr(score)
        ).stdout
    )
    assert len(answer["matches"]) == 1 and answer["threshold"] == score
    assert answer["matches"][0]["score"] >= answer["threshold"] and answer["closest_score"] >= answer["threshold"]
    assert answer["matches"][0]["score"] == answer["closest_score"] == math.ceil(score * 10_000) / 10_000


def test_a_threshold_of_more_than_six_decimals_is_shown_as_given_and_apart_from_the_candidate(
    invoke: Invoke, mini_kb: Path
) -> None:
    # '--min-score 0.4999999' was "the match threshold is 0.500000"; a candidate a hair under a threshold
    # was shown at six decimals equal to it: "closest candidate scored 0.014192; the match threshold is 0.014192"
    statement = "Cartels sell avocados in Mexico"
    given = invoke("check", statement, "--kb", str(mini_kb), "--matcher", "lexical", "--min-score", "0.4999999")
    assert "the match threshold is 0.4999999)" in given.stdout
    score = _score(mini_kb, statement)
    hair_above = repr(score + 1e-12)
    result = invoke("check", statement, "--kb", str(mini_kb), "--matcher", "lexical", "--min-score", hair_above)
    assert result.exit_code == ExitCode.NO_MATCH
    found = re.search(r"closest candidate scored ([\d.]+); the match threshold is ([\d.]+)\)", result.stdout)
    assert found, result.stdout
    best, threshold = found.groups()
    assert float(best) < float(threshold) and threshold == hair_above


@pytest.mark.parametrize(
    ("option", "written"),
    [
        ("--since", "2024-05-01T00:00:00Z"),
        ("--until", "2024-05-01T23:30:00-05:00"),
        ("--since", "2024-05-01 10:00"),
    ],
)
def test_a_filter_date_with_a_time_is_told_to_drop_the_time(
    invoke: Invoke, mini_kb: Path, option: str, written: str
) -> None:
    # an archivist's script passing a timestamp was told "'2024-05-01T00:00:00Z' is not a real date", as
    # validate no longer tells it of a date in the file: it is one, with a time of day the filter does not take
    result = invoke("list", "--kb", str(mini_kb), option, written)
    assert result.exit_code == ExitCode.ERROR
    message = " ".join(result.stderr.split())
    assert f"'{written}' is a date with a time; give the date alone: \"2024-05-01\"" in message
    assert "not a real date" not in message


def test_an_edited_date_with_a_time_is_told_to_drop_the_time(invoke: Invoke, mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    claim_id = invoke("list", "--kb", str(mini_kb)).stdout.split("\t")[0]
    result = invoke("edit", claim_id, "--kb", str(mini_kb), "--checked", "2025-02-28T10:00")
    assert result.exit_code == ExitCode.ERROR
    assert 'is a date with a time; give the date alone: "2025-02-28"' in " ".join(result.stderr.split())
    assert mini_kb.read_bytes() == before


@pytest.mark.parametrize(
    ("written", "fix"), [("2024-5", '"2024-05"'), ("2024-5-1", '"2024-05-01"'), ("2024-05-1", '"2024-05-01"')]
)
def test_a_date_with_a_month_or_day_of_one_digit_is_told_how_to_write_it(
    invoke: Invoke, mini_kb: Path, write_kb: Callable[..., Path], written: str, fix: str
) -> None:
    # the year first, which is the month and which the day is not in doubt: only the zero is missing
    result = invoke("list", "--kb", str(mini_kb), "--since", written)
    assert result.exit_code == ExitCode.ERROR
    assert f"'{written}' is not a real date written YYYY-MM-DD (or YYYY-MM, YYYY); write it as {fix}" in " ".join(
        result.stderr.split()
    )
    path = write_kb(f'claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    checked: "{written}"\n')
    assert invoke("validate", str(path)).stdout.splitlines()[0] == (
        f"{path}:5:14: error: claim 'a' checked date '{written}' is not a real date written YYYY-MM-DD "
        f"(or YYYY-MM, YYYY); write it as {fix}"
    )


@pytest.mark.parametrize("written", ["2024-2-30", "2024-13", "2024-0-1", "24-5-1", "2024-005"])
def test_a_short_date_with_no_real_reading_gets_no_fix(invoke: Invoke, mini_kb: Path, written: str) -> None:
    result = invoke("list", "--kb", str(mini_kb), "--since", written)
    assert result.exit_code == ExitCode.ERROR
    assert "write it as" not in result.stderr and "is not a real date" in result.stderr


def test_a_filter_date_with_spaces_around_it_is_that_date(invoke: Invoke, mini_kb: Path) -> None:
    # --checked " 2025" was the date 2025 and --since " 2025" was refused as "not a real date"
    plain = invoke("list", "--kb", str(mini_kb), "--since", "2025", "--until", "2025-03-01")
    spaced = invoke("list", "--kb", str(mini_kb), "--since", " 2025 ", "--until", "2025-03-01 ")
    assert plain.exit_code == spaced.exit_code == ExitCode.OK
    assert spaced.stdout == plain.stdout != ""


@pytest.mark.parametrize("command", ["list", "export"])
@pytest.mark.parametrize("value", ["", ",", " , "])
def test_a_tag_filter_with_no_tag_is_a_usage_error(invoke: Invoke, mini_kb: Path, command: str, value: str) -> None:
    # a script's unset "$TAG" listed nothing, warned "no claim ... has the tag ''" and exited 1: as if the
    # claims file had no claim on it, where the command was given no tag at all
    result = invoke(
        command, "--kb", str(mini_kb), "--tag", value, *(["--format", "json"] if command == "export" else [])
    )
    assert result.exit_code == ExitCode.ERROR
    assert result.stdout == ""
    assert f"'{value}' names no tag: give one, as in --tag health" in result.stderr


@pytest.mark.parametrize("command", ["list", "export"])
@pytest.mark.parametrize(
    ("value", "meant"), [("economy,,border", "economy,border"), ("economy,", "economy"), (" ,border", "border")]
)
def test_an_empty_tag_among_others_is_a_usage_error(
    invoke: Invoke, mini_kb: Path, command: str, value: str, meant: str
) -> None:
    # dropped unsaid: "$A,$B" with $B unset listed $A's claims only, exit 0, as if $B's were none
    result = invoke(
        command, "--kb", str(mini_kb), "--tag", value, *(["--format", "json"] if command == "export" else [])
    )
    assert result.exit_code == ExitCode.ERROR
    assert result.stdout == ""
    assert (
        f"'{value}' holds an empty tag (two commas in a row, or one at an end): give each tag, as in --tag {meant}"
        in (" ".join(result.stderr.split()))
    )


def test_tags_with_spaces_after_their_commas_are_no_empty_tags(invoke: Invoke, mini_kb: Path) -> None:
    spaced = invoke("list", "--kb", str(mini_kb), "--tag", "economy, border ")
    plain = invoke("list", "--kb", str(mini_kb), "--tag", "economy,border")
    assert spaced.exit_code == plain.exit_code == ExitCode.OK
    assert spaced.stdout == plain.stdout != ""


def test_repeated_tags_list_the_claims_with_any_of_them(invoke: Invoke, mini_kb: Path) -> None:
    # a guard of what docs/commands.md says: --tag a --tag b (or --tag a,b) is either tag, not both
    def listed(*options: str) -> set[str]:
        return set(invoke("list", "--kb", str(mini_kb), *options).stdout.splitlines())

    border, economy = listed("--tag", "border"), listed("--tag", "economy")
    assert border and economy and not border & economy
    assert listed("--tag", "border", "--tag", "economy") == listed("--tag", "border,economy") == border | economy


def test_a_file_name_with_control_characters_is_printed_escaped(invoke: Invoke, mini_kb: Path, tmp_path: Path) -> None:
    # a name holding a line break printed a line of its own, which a CI log reads as a message: 'a\nb.yaml:1:1: ...'
    result = invoke("validate", "a\nb.yaml:1:1: error: fake")
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr.splitlines() == ["factcheck: a\\x0ab.yaml:1:1: error: fake: error: no such file"]
    coloured = tmp_path / "x\x1b[31mred\u2028.yaml"
    coloured.write_bytes(b"claims: [\n")
    result = invoke("validate", str(coloured))
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and "\x1b" not in result.stdout and "\u2028" not in result.stdout
    assert lines[0].startswith(f"{tmp_path}/x\\x1b[31mred\\u2028.yaml:1:1: error: invalid YAML")
    assert lines[1] == f"{tmp_path}/x\\x1b[31mred\\u2028.yaml: 0 claims read, 1 error, 0 warnings"
    kb = tmp_path / "k\nb.yaml"
    kb.write_bytes(mini_kb.read_bytes())
    result = invoke("check", "US troops are in Mexico", "--kb", str(kb))
    assert "Checked against " + str(tmp_path) + "/k\\x0ab.yaml." in result.stdout.replace("\n", "")
    result = invoke("list", "--kb", str(kb), "--tag", "nosuch")
    assert f"no claim in {tmp_path}/k\\x0ab.yaml has the tag 'nosuch'" in result.stderr
    result = invoke("validate", str(kb), "--json")  # JSON names the file as it is: its own escapes keep it on one line
    assert json.loads(result.stdout)["kb"] == str(kb)


def test_an_ordinary_file_name_is_printed_as_it_is(invoke: Invoke, mini_kb: Path, tmp_path: Path) -> None:
    kb = tmp_path / "Café claims – 2026.yaml"
    kb.write_bytes(mini_kb.read_bytes())
    result = invoke("validate", str(kb))
    assert result.stdout.splitlines() == [
        f"{kb}:47:9: warning: source #1 of claim 'drones-over-mexico' has no date (if it has none, say so in its note: "
        "'date not shown' or 'sin fecha')",
        f"{kb}: 4 claims, 0 errors, 1 warning",
    ]


@pytest.mark.parametrize("width", [40, 80])
def test_show_keeps_a_web_address_in_a_field_whole(
    invoke: Invoke, write_kb: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    # the fields' grid broke a claimant's or an alias's address at its column's edge: clicked or copied, it was cut
    claimant = "https://www.example.org/a/very/long/path/of/a/claimant/page/that/is/longer-than-the-column.html"
    alias = "https://www.example.org/an/alias/page/that/is/longer-than-the-line/index.html"
    kb = write_kb(
        "claims:\n  - id: a-claim-with-an-id-longer-than-forty-columns-in-all\n    claim: Cheese moon\n"
        f'    verdict: "false"\n    claimant: {claimant}\n    aliases:\n      - See {alias} for it\n'
        '    tags: [moon]\n    checked: "2025-01-01"\n'
    )
    monkeypatch.setattr("factcheck.cli.output.pipe_width", width)  # laid out as a terminal that wide would
    lines = [
        line.rstrip()
        for line in invoke(
            "show", "a-claim-with-an-id-longer-than-forty-columns-in-all", "--kb", str(kb)
        ).stdout.splitlines()
    ]
    assert f"  claimant      {claimant}" in lines
    assert f"                {alias}" in lines
    assert "  checked       2025-01-01" in lines and "  tags          moon" in lines
    assert "  also said as  • See" in lines and "                for it" in lines
    # the other values still wrap (or break) under their column, never past the width
    assert all(len(line) <= width for line in lines if "https://" not in line)
    assert "a-claim-with-an-id-longer-than-forty-columns-in-all" in "".join("".join(lines).split())


def test_a_file_name_with_control_characters_is_escaped_in_every_command(
    invoke: Invoke, mini_kb: Path, tmp_path: Path
) -> None:
    # show/edit/remove's unknown id, import's and add's lines, export's: the name printed raw, a line of its own
    kb, source = tmp_path / "k\nb.yaml", tmp_path / "y\tb.yaml"
    kb.write_bytes(mini_kb.read_bytes())
    source.write_text('claims:\n  - id: a\n    claim: The moon is made of green cheese\n    verdict: "false"\n')
    shown, source_shown = f"{tmp_path}/k\\x0ab.yaml", f"{tmp_path}/y\\x09b.yaml"
    for command in ("show", "edit", "remove"):
        result = invoke(command, "nosuch", "--kb", str(kb))
        assert result.stderr.startswith(f"factcheck: error: no claim with id 'nosuch' in {shown}"), command
    result = invoke("import", str(source), "--kb", str(kb), "--dry-run")
    assert f"read 1 claim from {source_shown} (factcheck claims)\n--- {shown}\n+++ {shown}\n" in result.stdout
    assert f"would add claim 'a' to {shown} (dry run: nothing written)" in result.stdout
    result = invoke("add", "--claim", "The moon is made of green cheese", "--verdict", "false", "--kb", str(kb), "-n")
    assert f"would add claim 'the-moon-is-made-of-green-cheese' to {shown} (dry run" in result.stdout
    out = tmp_path / "o\tb.json"
    result = invoke("export", "--format", "csv", "-o", str(out), "--kb", str(mini_kb))
    assert result.stderr.splitlines() == [
        f"factcheck: warning: {tmp_path}/o\\x09b.json is named as JSON, but --format csv writes CSV: --format json "
        "(or claimreview) writes JSON",
        f"exported 4 claims to {tmp_path}/o\\x09b.json",
    ]
    assert "\t" not in result.output and kb.read_bytes() == mini_kb.read_bytes()
    result = invoke("import", str(source), "--kb", str(kb), "--dry-run", "--json")
    assert (json.loads(result.stdout)["source"], json.loads(result.stdout)["kb"]) == (str(source), str(kb))


def test_an_ordinary_file_name_is_printed_as_it_is_by_import_add_and_export(
    invoke: Invoke, mini_kb: Path, tmp_path: Path
) -> None:
    kb, source = tmp_path / "Café claims – 2026 😀.yaml", tmp_path / "שלום עולם.yaml"
    kb.write_bytes(mini_kb.read_bytes())
    source.write_text('claims:\n  - id: a\n    claim: The moon is made of green cheese\n    verdict: "false"\n')
    result = invoke("import", str(source), "--kb", str(kb), "--dry-run")
    assert f"read 1 claim from {source} (factcheck claims)\n--- {kb}\n" in result.stdout
    assert f"would add claim 'a' to {kb} (dry run: nothing written)" in result.stdout
    out = tmp_path / "Exportación 😀.csv"
    result = invoke("export", "--format", "csv", "-o", str(out), "--kb", str(kb))
    assert result.stderr == f"exported 4 claims to {out}\n"
    result = invoke("show", "nosuch", "--kb", str(kb))
    assert f"no claim with id 'nosuch' in {kb}" in result.stderr
