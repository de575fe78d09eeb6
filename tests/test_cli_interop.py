"""factcheck export / import / ratings on the command line: outputs, reports, exit codes, and bad
input refused with one clear message, exit 2 and the claims file unchanged."""

from __future__ import annotations

import csv
import io
import json
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from factcheck.cli import ExitCode
from factcheck.model import Verdict
from factcheck.store import load_knowledge_base

Invoke = Callable[..., Result]
INTEROP = Path(__file__).parent / "fixtures" / "interop"
BASE = "https://factcheck.example/claims/"


# -- export ------------------------------------------------------------------------------------------


def test_export_of_the_starter_knowledge_base(invoke: Invoke, starter_kb: Path) -> None:
    before = starter_kb.read_bytes()
    result = invoke("export", "--kb", str(starter_kb), "--base-url", BASE)
    assert result.exit_code == ExitCode.OK, result.output
    reviews = json.loads(result.stdout)
    claims = load_knowledge_base(starter_kb).claims
    assert len(reviews) == len(claims)
    for review, claim in zip(reviews, claims, strict=True):
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["url"] == BASE + claim.id
        assert review["claimReviewed"] == claim.claim
        assert review["reviewRating"]["alternateName"]
        assert [c["url"] for c in review.get("citation", [])] == [s.url for s in claim.sources]
    # the starter file has no publisher: said on stderr, not hidden
    assert "no author" in result.stderr and "longer than 75 characters" in result.stderr
    assert "no author: give --publisher-name (and --publisher-url)" in result.stderr
    assert starter_kb.read_bytes() == before


def test_export_uses_the_claims_files_metadata(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("export", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK
    review = json.loads(result.stdout)[0]
    assert review["url"] == "https://factdesk.example.org/checks/us-troops-in-mexico-10000"
    assert review["author"] == {
        "@type": "Organization",
        "name": "Test Fact Desk",
        "url": "https://factdesk.example.org",
    }
    assert "no author" not in result.stderr


def test_export_options_override_the_claims_files_metadata(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke(
        "export",
        "--kb",
        str(mini_kb),
        "--base-url",
        BASE,
        "--publisher-name",
        "Other Desk",
        "--publisher-url",
        "https://other.example.org",
    )
    review = json.loads(result.stdout)[0]
    assert review["url"].startswith(BASE)
    assert review["author"] == {"@type": "Organization", "name": "Other Desk", "url": "https://other.example.org"}


def test_export_without_a_base_url_is_an_error(invoke: Invoke, starter_kb: Path) -> None:
    result = invoke("export", "--kb", str(starter_kb))
    assert result.exit_code == ExitCode.ERROR
    assert result.stdout == ""
    assert "factcheck: error: a ClaimReview needs the URL of its fact-check page: give --base-url" in result.stderr


def test_export_with_a_blank_publisher_name_is_an_error(invoke: Invoke, mini_kb: Path) -> None:
    # The claims file names a publisher; a blank option must not silently drop the author and the URL.
    result = invoke("export", "--kb", str(mini_kb), "--publisher-name", " ", "--publisher-url", "https://x.example.org")
    assert result.exit_code == ExitCode.ERROR
    assert result.stdout == ""
    assert "factcheck: error: --publisher-name is blank" in result.stderr


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--publisher-name", "Caf\udcc3 Desk"),  # 'Café' typed in Latin-1 under a UTF-8 locale: Python's surrogate
        ("--publisher-url", "https://caf\udce9.example.org/"),
        ("--base-url", "https://x.example.org/v\udce9rifications/"),
    ],
)
def test_export_an_option_holding_bytes_that_are_not_utf8_is_refused(
    invoke: Invoke, mini_kb: Path, tmp_path: Path, option: str, value: str
) -> None:
    # it ended in a UnicodeEncodeError traceback writing the --out file, which was not written; refused at the
    # option as every text option's value is, naming the byte (the library's own check words it for its callers)
    out = tmp_path / "reviews.json"
    result = invoke("export", "--kb", str(mini_kb), option, value, "--out", str(out))
    assert result.exit_code == ExitCode.ERROR, result.output
    byte = ord(next(c for c in value if "\udc80" <= c <= "\udcff")) - 0xDC00
    assert result.stderr == (
        f"factcheck: error: {option} could not be read as text in the locale's encoding, "
        f"{sys.getfilesystemencoding()} (byte 0x{byte:02x}); set a UTF-8 locale and terminal encoding, and type it "
        "again\n"
    )
    assert not out.exists()


def test_export_with_a_publisher_url_and_no_name_names_the_options(invoke: Invoke, starter_kb: Path) -> None:
    # the library's message names its parameters (publisher_url, publisher_name); the command its options
    result = invoke("export", "--kb", str(starter_kb), "--base-url", BASE, "--publisher-url", "https://x.example.org")
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr == (
        "factcheck: error: --publisher-url needs --publisher-name (an organisation is known by its name)\n"
    )


def test_export_as_a_feed(invoke: Invoke, mini_kb: Path) -> None:
    feed = json.loads(invoke("export", "--kb", str(mini_kb), "--feed").stdout)
    assert feed["@type"] == "DataFeed" and len(feed["dataFeedElement"]) == 4


def test_export_filters_like_list(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("export", "--kb", str(mini_kb), "--verdict", "false", "--verdict", "true")
    assert [r["identifier"]["value"] for r in json.loads(result.stdout)] == [
        "us-troops-in-mexico-10000",
        "senate-must-approve-foreign-troops",
    ]
    result = invoke("export", "--kb", str(mini_kb), "--format", "json", "--tag", "economy")
    assert [c["id"] for c in json.loads(result.stdout)] == ["cooperation-attracts-investment"]


def test_export_json_is_list_json(invoke: Invoke, mini_kb: Path) -> None:
    exported = invoke("export", "--kb", str(mini_kb), "--format", "json")
    listed = invoke("list", "--kb", str(mini_kb), "--json")
    assert exported.exit_code == ExitCode.OK and exported.stdout == listed.stdout


def test_export_csv(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("export", "--kb", str(mini_kb), "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["id"] for r in rows] == load_knowledge_base(mini_kb).ids()
    assert rows[0]["tags"] == "border;troop-numbers"


def test_a_csv_export_for_excel_starts_with_a_byte_order_mark_only_when_asked(
    invoke: Invoke, mini_kb: Path, tmp_path: Path
) -> None:
    # Excel on Windows reads a CSV file without the mark in the system's code page ("cafÃ©"); scripts
    # read the first column's name with it ("\ufeffid"), so it is an option, off by default
    plain, for_excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    assert invoke("export", "--kb", str(mini_kb), "-f", "csv", "-o", str(plain)).exit_code == ExitCode.OK
    result = invoke("export", "--kb", str(mini_kb), "-f", "csv", "--bom", "-o", str(for_excel))
    assert result.exit_code == ExitCode.OK, result.output
    assert plain.read_bytes().startswith(b"id,claim,")
    assert for_excel.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    piped = invoke("export", "--kb", str(mini_kb), "-f", "csv", "--bom")
    assert piped.stdout_bytes == for_excel.read_bytes()  # standard output gets the bytes of the file
    target = tmp_path / "back.yaml"  # and import reads it back, the mark dropped
    assert invoke("import", str(for_excel), "--kb", str(target)).exit_code == ExitCode.OK
    assert load_knowledge_base(target).ids() == load_knowledge_base(mini_kb).ids()


@pytest.mark.parametrize(
    ("options", "said"),
    [
        # a spreadsheet showed JSON-LD's braces; the base URL a ClaimReview needs stopped the command with no
        # word of --format
        (["-o", "claims.csv"], "claims.csv is named as CSV, but --format claimreview (the default) writes JSON: "),
        (["-f", "json", "-o", "claims.CSV"], "claims.CSV is named as CSV, but --format json writes JSON: "),
        # Excel refuses to open a .xlsx that is not a workbook
        (["-f", "csv", "-o", "claims.xlsx"], "claims.xlsx is named as a spreadsheet's own file (.xlsx), but "),
        (["-f", "csv", "-o", "claims.json"], "claims.json is named as JSON, but --format csv writes CSV: "),
        (["-f", "csv", "-o", "claims.csv"], None),
        (["-f", "csv", "-o", "claims.tsv"], None),
        (["-f", "csv", "-o", "claims"], None),
        (["-f", "json", "-o", "claims.json"], None),
        (["-f", "json", "-o", "claims.jsonld"], None),
        (["-o", "claims.json"], None),
    ],
)
def test_an_out_file_named_as_another_format_is_warned_of_and_written_as_asked(
    invoke: Invoke, mini_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: list[str], said: str | None
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("export", "--kb", str(mini_kb), *options)
    warned = [line for line in result.stderr.splitlines() if "is named as" in line]
    if said is None:
        assert warned == []
    else:
        assert len(warned) == 1 and warned[0].startswith(f"factcheck: warning: {said}")
    assert result.exit_code == ExitCode.OK, result.output
    assert (tmp_path / options[-1]).read_text(encoding="utf-8")[:1] == ("i" if "csv" in options else "[")


def test_an_out_file_named_as_csv_is_warned_of_before_a_claimreview_is_refused(
    invoke: Invoke, write_kb: Callable[..., Path], tmp_path: Path
) -> None:
    # 'export -o claims.csv' without a base URL stopped at it, with no word of --format csv
    kb = write_kb('claims:\n  - id: a\n    claim: The moon is rock\n    verdict: "true"\n')
    result = invoke("export", "--kb", str(kb), "-o", str(tmp_path / "claims.csv"))
    assert result.exit_code == ExitCode.ERROR and not (tmp_path / "claims.csv").exists()
    warning, error = result.stderr.splitlines()
    assert warning.endswith(
        "is named as CSV, but --format claimreview (the default) writes JSON: --format csv writes CSV"
    )
    assert error.startswith("factcheck: error: a ClaimReview needs the URL of its fact-check page")


def test_a_csv_export_on_a_terminal_shows_no_byte_order_mark(
    invoke: Invoke, mini_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the mark is for a file Excel opens; a terminal shows the rows (sanitised, it was "\\ufeffid,claim,...")
    monkeypatch.setattr("factcheck.cli.interop.is_terminal", lambda: True)
    shown = invoke("export", "--kb", str(mini_kb), "-f", "csv", "--bom")
    assert shown.exit_code == ExitCode.OK and shown.stdout.startswith("id,claim,")


@pytest.mark.parametrize("fmt", ["claimreview", "json"])
def test_a_byte_order_mark_is_refused_for_json(invoke: Invoke, mini_kb: Path, fmt: str) -> None:
    # JSON must not start with one (RFC 8259): json.loads and jq refuse it
    result = invoke("export", "--kb", str(mini_kb), "-f", fmt, "--bom", "--base-url", BASE)
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert result.stderr == "factcheck: error: --bom applies to --format csv only (JSON is read as UTF-8 without one)\n"


def test_claimreview_options_are_refused_with_other_formats(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("export", "--kb", str(mini_kb), "-f", "csv", "--feed")
    assert result.exit_code == ExitCode.ERROR and "apply to --format claimreview only" in result.stderr


def test_export_to_a_file(invoke: Invoke, mini_kb: Path, tmp_path: Path) -> None:
    out = tmp_path / "reviews.json"
    result = invoke("export", "--kb", str(mini_kb), "--out", str(out))
    assert result.exit_code == ExitCode.OK and result.stdout == ""
    assert "exported 4 claims to" in result.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml", "reviews.json"]  # no lock or temp file left


def test_export_into_a_missing_folder_says_so_before_anything_else(
    invoke: Invoke, mini_kb: Path, tmp_path: Path
) -> None:
    # it said "cannot create the lock file .../reviews.json.lock", after the warnings about the claims
    result = invoke("export", "--kb", str(mini_kb), "--base-url", BASE, "--out", str(tmp_path / "nowhere" / "r.json"))
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr == f"factcheck: error: {tmp_path / 'nowhere'}: no such folder; nothing written\n"
    assert not (tmp_path / "nowhere").exists()


def test_export_to_dash_is_standard_output(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("export", "--kb", str(mini_kb), "-f", "json", "-o", "-")
    assert result.exit_code == ExitCode.OK, result.output
    assert [c["id"] for c in json.loads(result.stdout)] == load_knowledge_base(mini_kb).ids()
    assert result.stderr == ""
    assert not Path("-").exists()  # not a file named '-' in the working folder


def test_export_refuses_an_option_of_one_value_given_twice(invoke: Invoke, mini_kb: Path, tmp_path: Path) -> None:
    # '-o a.csv -o b.csv' wrote b.csv alone, unsaid: which file was meant is a guess, and the guess was written
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    result = invoke("export", "--kb", str(mini_kb), "--format", "csv", "-o", str(first), "-o", str(second))
    assert (result.exit_code, result.stderr) == (
        ExitCode.ERROR,
        "factcheck: error: --out given 2 times: it takes one value (give it once)\n",
    )
    assert not first.exists() and not second.exists()
    result = invoke("export", "--kb", str(mini_kb), "-f", "csv", "--format", "json")
    assert result.exit_code == ExitCode.ERROR and "--format given 2 times" in result.stderr
    # the filters meant to repeat are still each taken
    result = invoke(
        "export", "--kb", str(mini_kb), "-f", "json", "-v", "false", "-v", "true", "-t", "border", "-t", "economy"
    )
    assert result.exit_code == ExitCode.OK, result.output


def test_export_refuses_to_overwrite_the_claims_file(invoke: Invoke, mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    result = invoke("export", "--kb", str(mini_kb), "-f", "json", "--out", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR and "is the claims file being exported" in result.stderr
    assert mini_kb.read_bytes() == before


@pytest.mark.parametrize("fmt", ["markdown", "json", "csv", "claimreview"])
def test_export_refuses_to_write_over_another_claims_file(
    invoke: Invoke, mini_kb: Path, tmp_path: Path, fmt: str
) -> None:
    # integration review: 'export -f markdown -o other.yaml' replaced another desk's claims file with the handout,
    # exit 0, no word said (only the file being exported was refused)
    other = tmp_path / "other.yaml"
    other.write_bytes(mini_kb.read_bytes().replace(b"claims:", b"# the other desk's\nclaims:", 1))
    before = other.read_bytes()
    placed = ["--base-url", BASE] if fmt == "claimreview" else []
    result = invoke("export", "--kb", str(mini_kb), "-f", fmt, *placed, "--out", str(other))
    assert result.exit_code == ExitCode.ERROR, result.output
    assert "is a claims file" in result.stderr and "choose another --out file" in result.stderr
    assert other.read_bytes() == before
    # a file of another kind is still written over as asked (an export written again)
    earlier = tmp_path / "earlier.md"
    earlier.write_text("# old handout\n", encoding="utf-8")
    result = invoke("export", "--kb", str(mini_kb), "-f", "markdown", "--out", str(earlier))
    assert result.exit_code == ExitCode.OK and earlier.read_text(encoding="utf-8") != "# old handout\n"


def test_export_of_nothing_is_an_empty_document_and_exit_1(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    kb = write_kb("claims:\n")
    result = invoke("export", "--kb", str(kb), "--base-url", BASE)
    assert result.exit_code == ExitCode.NO_MATCH and json.loads(result.stdout) == []
    assert "no claims to export" in result.stderr


def test_export_filtered_to_nothing_names_the_unknown_tag_and_exits_1(
    invoke: Invoke, mini_kb: Path, tmp_path: Path
) -> None:
    out = tmp_path / "export.csv"
    out.write_text("the previous export\n", encoding="utf-8")
    result = invoke("export", "--kb", str(mini_kb), "-f", "csv", "-t", "Economie", "-o", str(out))
    assert result.exit_code == ExitCode.NO_MATCH
    assert f"no claim in {mini_kb} has the tag 'Economie' (did you mean 'economy'?)" in result.stderr
    # a mistyped tag must not empty a file that a site publishes
    assert f"no claim matches the filters; {out} left as it was" in result.stderr
    assert out.read_text(encoding="utf-8") == "the previous export\n"
    result = invoke("export", "--kb", str(mini_kb), "-f", "json", "-t", "ECONOMY")
    assert result.exit_code == ExitCode.OK and [c["id"] for c in json.loads(result.stdout)] == [
        "cooperation-attracts-investment"
    ]


# -- import ----------------------------------------------------------------------------------------------


def test_round_trip_on_the_command_line(invoke: Invoke, mini_kb: Path, tmp_path: Path) -> None:
    exported = tmp_path / "export.json"
    assert invoke("export", "--kb", str(mini_kb), "-o", str(exported)).exit_code == ExitCode.OK
    target = tmp_path / "new.yaml"
    result = invoke("import", str(exported), "--kb", str(target))
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout.splitlines()[:2] == [
        f"read 4 claims from {exported} (ClaimReview JSON-LD)",
        f"added 4 claims to {target}",
    ]
    assert load_knowledge_base(target).claims == load_knowledge_base(mini_kb).claims


def test_a_round_trip_into_a_new_file_keeps_the_language(
    invoke: Invoke, write_kb: Callable[..., Path], tmp_path: Path
) -> None:
    # export wrote "inLanguage": "es" from the file's 'language: es'; imported into a new file and
    # exported again, every review had lost it (the new file had no 'language:').
    kb = write_kb(
        "language: es\nclaims:\n  - id: puente\n    claim: El puente costó dos mil millones.\n"
        '    verdict: "false"\n    checked: "2024-05-02"\n'
    )
    first = invoke("export", "--kb", str(kb), "--base-url", BASE, "--publisher-name", "Desk")
    assert json.loads(first.stdout)[0]["inLanguage"] == "es"
    exported = tmp_path / "export.json"
    exported.write_text(first.stdout, encoding="utf-8")
    target = tmp_path / "new.yaml"
    assert invoke("import", str(exported), "--kb", str(target)).exit_code == ExitCode.OK
    assert load_knowledge_base(target).language == "es"
    again = invoke("export", "--kb", str(target), "--base-url", BASE, "--publisher-name", "Desk")
    assert again.stdout == first.stdout


def test_a_new_file_takes_a_language_only_when_every_record_names_the_same_one(
    invoke: Invoke, write_kb: Callable[..., Path], tmp_path: Path
) -> None:
    # the Google fixture: every review says "en"; one in "es" as well, and the file gets none
    google = json.loads((INTEROP / "google_search.json").read_text(encoding="utf-8"))
    single = tmp_path / "en.json"
    single.write_text(json.dumps(google), encoding="utf-8")
    google["claims"][2]["claimReview"][0]["languageCode"] = "es"
    mixed = tmp_path / "mixed.json"
    mixed.write_text(json.dumps(google), encoding="utf-8")
    for source, language in ((single, "en"), (mixed, None)):
        target = tmp_path / f"{source.stem}.yaml"
        assert invoke("import", str(source), "--kb", str(target)).exit_code == ExitCode.OK
        assert load_knowledge_base(target).language == language
    # a file that has content keeps its own (here none)
    kb = write_kb('claims:\n  - id: a\n    claim: A claim about the harbour.\n    verdict: "true"\n')
    assert invoke("import", str(single), "--kb", str(kb)).exit_code == ExitCode.OK
    assert load_knowledge_base(kb).language is None


#: a claims file with the ClaimReview settings export reads, a publisher's name with a letter JSON would escape
DESK_FILE = (
    "base_url: https://agencia.example/checagem/   # each claim's page: this + its id\n"
    "publisher:\n  name: Agência Exemplo\n  url: https://agencia.example/\n"
    'claims:\n  - id: ponte\n    claim: A ponte custou dois bilhões.\n    verdict: "false"\n'
    '    checked: "2024-05-02"\n'
)


def test_an_import_into_a_new_file_keeps_the_claimreview_settings(
    invoke: Invoke, write_kb: Callable[..., Path], tmp_path: Path
) -> None:
    # the new file had the claims alone: its 'export --format claimreview' was refused for want of a base URL,
    # and the publisher was gone, with nothing said (cli84)
    source = write_kb(DESK_FILE, "desk.yaml")
    target = tmp_path / "new.yaml"
    result = invoke("import", str(source), "--kb", str(target))
    assert result.exit_code == ExitCode.OK, result.output
    assert "not kept" not in result.stdout
    kb, read = load_knowledge_base(target), load_knowledge_base(source)
    assert (kb.publisher, kb.base_url, kb.claims) == (read.publisher, read.base_url, read.claims)
    assert '  name: "Agência Exemplo"\n' in target.read_text(encoding="utf-8")
    assert invoke("validate", "--kb", str(target)).exit_code == ExitCode.OK
    assert invoke("export", "--kb", str(target)).stdout == invoke("export", "--kb", str(source)).stdout
    # --dry-run shows them in the diff, and writes nothing
    dry = tmp_path / "dry.yaml"
    shown = invoke("import", str(source), "--kb", str(dry), "--dry-run")
    assert '+base_url: "https://agencia.example/checagem/"' in shown.stdout and not dry.exists()


@pytest.mark.parametrize(
    ("own", "note"),
    [
        (
            "",
            "'publisher:' and 'base_url:' not kept: the claims file names none, and an import sets them only in a "
            "file it creates: to keep them (for 'export --format claimreview'), copy them from {source} to the top of "
            "the file, below any '---' line",
        ),
        (
            "base_url: https://other.example/\n",
            "'publisher:' not kept: the claims file names none, and an import sets it only in a file it creates: "
            "to keep it (for 'export --format claimreview'), copy it from {source} to the top of the file, below "
            "any '---' line; 'base_url:' "
            "not kept: the claims file keeps its own; an import sets it only in a file it creates",
        ),
        # the same settings: nothing is lost, nothing said
        (
            "base_url: https://agencia.example/checagem/\npublisher:\n  name: Agência Exemplo\n"
            "  url: https://agencia.example/\n",
            None,
        ),
    ],
)
def test_an_import_into_a_file_with_claims_says_which_settings_it_does_not_keep(
    invoke: Invoke, write_kb: Callable[..., Path], own: str, note: str | None
) -> None:
    source = write_kb(DESK_FILE, "desk.yaml")
    kb = write_kb(own + 'claims:\n  - id: a\n    claim: A claim about the harbour.\n    verdict: "true"\n')
    before = load_knowledge_base(kb)
    result = invoke("import", str(source), "--kb", str(kb))
    assert result.exit_code == ExitCode.OK, result.output
    after = load_knowledge_base(kb)
    assert (after.publisher, after.base_url) == (before.publisher, before.base_url)  # an import changes none
    said = [line.strip() for line in result.stdout.splitlines() if "not kept" in line]
    assert said == ([] if note is None else [note.format(source=source)])
    report = json.loads(
        invoke("import", str(source), "--kb", str(write_kb(own + "claims: []\n", "b.yaml")), "--json").stdout
    )
    assert [n for n in report["notes"] if "not kept" in n] == ([] if note is None else [note.format(source=source)])


def test_an_import_from_standard_input_names_the_settings_it_does_not_keep_by_their_values(
    invoke: Invoke, write_kb: Callable[..., Path]
) -> None:
    # "copy them from <stdin> to the file's top" (intB review): standard input is no file to copy from
    kb = write_kb('claims:\n  - id: a\n    claim: A claim about the harbour.\n    verdict: "true"\n')
    result = invoke("import", "-", "--kb", str(kb), input=DESK_FILE.encode("utf-8"))
    assert result.exit_code == ExitCode.OK, result.output
    said = [line.strip() for line in result.stdout.splitlines() if "not kept" in line]
    assert said == [
        "'publisher:' not kept: the claims file names none, and an import sets it only in a file it creates: to "
        "keep it (for 'export --format claimreview'), add this line at the top of the file, below any '---' line: "
        """publisher: {name: "Agência Exemplo", url: "https://agencia.example/"}""",
        "'base_url:' not kept: the claims file names none, and an import sets it only in a file it creates: to "
        "keep it (for 'export --format claimreview'), add this line at the top of the file, below any '---' line: "
        'base_url: "https://agencia.example/checagem/"',
    ]
    # the lines it names, added at the file's top, are the source's settings
    lines = [note.split("at the top of the file, below any '---' line: ", 1)[1] for note in said]
    kb.write_text("\n".join(lines) + "\n" + kb.read_text(encoding="utf-8"), encoding="utf-8")
    after, source = load_knowledge_base(kb), load_knowledge_base(write_kb(DESK_FILE, "desk.yaml"))
    assert (after.publisher, after.base_url) == (source.publisher, source.base_url)


def test_import_reports_added_skipped_and_unmapped(invoke: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "claims.yaml"
    result = invoke("import", str(INTEROP / "google_search.json"), "--kb", str(target))
    assert result.exit_code == ExitCode.OK
    lines = result.stdout.splitlines()
    assert lines[1] == f"added 2 claims to {target}"
    assert "skipped 1 duplicate:" in lines
    assert (
        "  claims[1]: same text as claims[0] (earlier in the file); its fact-check "
        "https://another.example.com/carrots (rated “False”) is not kept"
    ) in lines
    assert any(line.startswith("1 claim imported as unsupported: its rating is not on the map") for line in lines)
    assert "  “Spins the facts”: the-town-hall-clock-was-built-in-1820" in lines


def test_an_import_note_names_the_command_that_adds_a_source(invoke: Invoke, tmp_path: Path) -> None:
    # the library says "add the page as a source of the claim"; the command line names its command
    review = {
        "@type": "ClaimReview",
        "claimReviewed": "Harbourton has the most parks.",
        "reviewRating": {"alternateName": "False"},
    }
    source = tmp_path / "review.json"
    source.write_text(json.dumps(review), encoding="utf-8")
    note = (
        "the ClaimReview: has no url: the fact-check is not kept as a source, so the claim names neither its "
        "page nor its publisher; add the page with 'factcheck edit ID --add-source URL' if you have it"
    )
    text = invoke("import", str(source), "--kb", str(tmp_path / "a.yaml"))
    assert text.exit_code == ExitCode.OK and f"  {note}" in text.stdout.splitlines()
    report = json.loads(invoke("import", str(source), "--kb", str(tmp_path / "b.yaml"), "--json").stdout)
    assert report["notes"] == [note]


def test_someone_elses_fact_check_is_not_exported_as_ours(invoke: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "claims.yaml"
    assert invoke("import", str(INTEROP / "google_search.json"), "--kb", str(target)).exit_code == ExitCode.OK
    result = invoke("export", "--kb", str(target), "--base-url", BASE, "--publisher-name", "Desk")
    assert result.exit_code == ExitCode.OK, result.output
    associated = json.loads(result.stdout)[0]["associatedClaimReview"]
    assert associated["url"] == "https://example.org/fact-checks/carrots-night-vision"
    assert associated["author"] == {"@type": "Organization", "name": "Example Fact Desk"}
    assert associated["reviewRating"]["alternateName"] == "Mostly False"
    assert (
        "factcheck: warning: 2 claims carry another publisher's rating (imported): review them before "
        "publishing them as your own" in result.stderr
    )


def test_check_says_which_sources_are_no_evidence(invoke: Invoke, tmp_path: Path) -> None:
    # check listed an imported claim's sources bare under "Sources:": the page where the (false)
    # claim appeared read as evidence for the verdict, and another publisher's fact-check as ours;
    # only 'show' printed the notes that say what they are (persona walkthrough)
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://other.example.org/fc/123",
        "claimReviewed": "Finnish teachers must hold a master's degree",
        "author": {"@type": "Organization", "name": "Other Desk"},
        "itemReviewed": {"@type": "Claim", "appearance": "https://news.example.com/a"},
        "reviewRating": {"@type": "Rating", "alternateName": "True"},
    }
    source = tmp_path / "review.json"
    source.write_text(json.dumps(review), encoding="utf-8")
    target = tmp_path / "claims.yaml"
    assert invoke("import", str(source), "--kb", str(target)).exit_code == ExitCode.OK
    result = invoke("check", "Finnish teachers must hold a master's degree", "--kb", str(target))
    assert result.exit_code == ExitCode.OK, result.output
    lines = [line.strip() for line in result.stdout.splitlines()]
    assert lines[lines.index("https://other.example.org/fc/123") + 1] == (
        "Note: the fact-check this claim was imported from, rated “True”"
    )
    assert lines[lines.index("https://news.example.com/a") + 1] == "Note: where the claim appeared"
    # an ordinary source's note stays for 'show'
    kb = tmp_path / "own.yaml"
    kb.write_text(
        'claims:\n  - id: a\n    claim: The harbour bridge opened in 1932.\n    verdict: "true"\n'
        "    sources:\n      - url: https://example.org/bridge\n        note: page 4\n",
        encoding="utf-8",
    )
    assert "page 4" not in invoke("check", "The harbour bridge opened in 1932", "--kb", str(kb)).stdout
    assert "Note: page 4" in invoke("show", "a", "--kb", str(kb)).stdout


def test_import_help_says_a_fact_check_without_url_is_added_again_once_its_claim_was_edited(invoke: Invoke) -> None:
    shown = " ".join(invoke("import", "--help").stdout.split())
    assert "A fact-check without a URL has only its text to tell it by: once its claim's text was edited" in shown
    assert "in the file, it is added again (--dry-run shows what would be added)" in shown


def test_import_with_a_rating_map(invoke: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "claims.yaml"
    result = invoke(
        "import",
        str(INTEROP / "google_search.json"),
        "--kb",
        str(target),
        "--rating-map",
        str(INTEROP / "rating_map.yaml"),
    )
    assert "not on the map" not in result.stdout
    claim = load_knowledge_base(target).get("the-town-hall-clock-was-built-in-1820")
    assert claim is not None and claim.verdict.value == "misleading" and claim.original_rating == "Spins the facts"


def test_import_reads_a_rating_map_piped_in_as_rating_map_dash(invoke: Invoke, tmp_path: Path) -> None:
    # '--rating-map -' was "-: error: no such file", where --kb - and every file argument read standard input
    target = tmp_path / "claims.yaml"
    mapping = (INTEROP / "rating_map.yaml").read_bytes()
    result = invoke(
        "import", str(INTEROP / "google_search.json"), "--kb", str(target), "--rating-map", "-", input=mapping
    )
    assert result.exit_code == ExitCode.OK, result.stderr
    claim = load_knowledge_base(target).get("the-town-hall-clock-was-built-in-1820")
    assert claim is not None and claim.verdict.value == "misleading" and claim.original_rating == "Spins the facts"
    # a problem in it is named at its line in '<stdin>', as a file's at its own
    result = invoke("ratings", "Spin", "--rating-map", "-", input=b"# mine\nSpin: sorta\n")
    assert (result.exit_code, result.stdout) == (ExitCode.ERROR, "")
    assert result.stderr.startswith("factcheck: <stdin>:2:7: error: 'sorta' (for 'Spin') is not a verdict")


@pytest.mark.parametrize("command", ["import", "ratings"])
@pytest.mark.parametrize("piped", [b"", b"\n  \n"])
def test_an_empty_rating_map_on_standard_input_is_refused(
    invoke: Invoke, mini_kb: Path, command: str, piped: bytes
) -> None:
    # '</dev/null' (a generator that failed upstream) was no map: import made every claim 'unsupported', exit 0,
    # and 'ratings' said a rating of the map unmapped
    before = mini_kb.read_bytes()
    args = ("import", str(INTEROP / "google_search.json"), "--kb", str(mini_kb)) if command == "import" else ()
    result = invoke(*(args or ("ratings", "Spin")), "--rating-map", "-", input=piped)
    assert (result.exit_code, result.stdout, result.stderr) == (
        ExitCode.ERROR,
        "",
        "factcheck: <stdin>: error: is empty, no rating map\n",
    )
    assert mini_kb.read_bytes() == before


def test_dot_slash_dash_names_a_file_named_dash_not_standard_input(
    invoke: Invoke, tmp_path: Path, mini_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # './-' is the Unix way to name a file '-': Path('./-') is Path('-'), which read standard input
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-").write_bytes(b"Spin: misleading\n")
    result = invoke("ratings", "Spin", "--rating-map", "./-", input=b"Spin: false\n")
    assert (result.exit_code, result.stdout) == (ExitCode.OK, "Spin\tmisleading\n")
    (tmp_path / "-").write_bytes(mini_kb.read_bytes())
    result = invoke("list", "--kb", "./-", "--json", input=b"claims: []\n")
    assert result.exit_code == ExitCode.OK, result.stderr
    assert len(json.loads(result.stdout)) == 4  # the file's claims, not standard input's none
    (tmp_path / "-").unlink()
    result = invoke("export", "--kb", str(mini_kb), "--format", "json", "--out", "./-")
    assert (result.exit_code, result.stdout) == (ExitCode.OK, "")
    assert len(json.loads((tmp_path / "-").read_text(encoding="utf-8"))) == 4


def test_a_rating_map_and_the_input_both_on_standard_input_are_refused_in_one_line(
    invoke: Invoke, mini_kb: Path
) -> None:
    before = mini_kb.read_bytes()
    result = invoke("import", "-", "--kb", str(mini_kb), "--rating-map", "-", input=b"Cherry Picks: misleading\n")
    assert (result.exit_code, result.stdout) == (ExitCode.ERROR, "")
    assert result.stderr == (
        "factcheck: error: --rating-map - and the file to import (FILE '-') both read standard input, which can "
        "be read once: give the rating map by name\n"
    )
    assert mini_kb.read_bytes() == before
    result = invoke("ratings", "-", "--rating-map", "-", input=b"Cherry Picks\n")
    assert (result.exit_code, result.stdout) == (ExitCode.ERROR, "")
    assert result.stderr.startswith("factcheck: error: --rating-map - and the ratings (RATING '-') both read")


def test_import_json_report(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("import", str(INTEROP / "claimreview_graph.json"), "--kb", str(tmp_path / "c.yaml"), "--json")
    report = json.loads(result.stdout)
    assert report["format"] == "claimreview" and report["dry_run"] is False and report["written"] is True
    assert [c["verdict"] for c in report["added"]] == ["misleading", "unsupported"]
    assert report["unmapped_ratings"] == [
        {"rating": "Cherry Picks", "ids": ["the-tram-line-was-cancelled-to-save-money"]}
    ]
    assert "added 2 claims" in result.stderr


def test_import_dry_run_prints_the_diff_and_writes_nothing(invoke: Invoke, mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    result = invoke("import", str(INTEROP / "claimreview_list.json"), "--kb", str(mini_kb), "--dry-run")
    assert result.exit_code == ExitCode.OK
    assert mini_kb.read_bytes() == before
    assert f"+++ {mini_kb}" in result.stdout and "+  - id: the-new-bridge-toll-doubled-overnight" in result.stdout
    assert "would add 2 claims" in result.stdout and "(dry run: nothing written)" in result.stdout


def test_import_from_standard_input(invoke: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "claims.yaml"
    result = invoke("import", "-", "--kb", str(target), input=(INTEROP / "claimreview.jsonl").read_bytes())
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout.startswith("read 2 claims from <stdin> (ClaimReview JSON-LD)")
    assert len(load_knowledge_base(target)) == 2


def test_import_everything_already_there(invoke: Invoke, mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    result = invoke("import", str(INTEROP / "factcheck_claims.json"), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK
    assert f"added no claims to {mini_kb} (4 read, 4 skipped)" in result.stdout
    assert mini_kb.read_bytes() == before


def test_import_writes_to_claims_yaml_in_the_current_folder_by_default(
    invoke: Invoke, isolated_environment: Path
) -> None:
    result = invoke("import", str(INTEROP / "claimreview_single.json"))
    assert result.exit_code == ExitCode.OK
    assert load_knowledge_base(isolated_environment / "claims.yaml").ids() == ["the-moon-is-made-of-green-cheese"]


_SCRIPT = '<script type="application/ld+json">{}</script>\n'


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01binary", "binary data"),
        (b"not json, not yaml claims", "not a file factcheck can import: expected ClaimReview JSON-LD (or an HTML"),
        (b"a,b\n1,2\n", "a factcheck claims file ('claims:' list), or CSV with 'claim' and 'verdict' columns"),
        # CSV: a column factcheck does not write, a row longer than the header, a broken quote
        (
            b"claim,verdict,tag\nThe moon is cheese,false,space\n",
            "input.json:1: error: unknown column 'tag' (did you mean 'tags'? the columns are those of "
            "'factcheck export --format csv': id,",
        ),
        (
            b"claim,verdict,explanation\nThe moon is cheese,false,rock\n",
            "input.json:1: error: unknown column 'explanation' (did you mean 'summary'?",
        ),
        (b"claim,verdict\nThe moon is cheese,false,rock\n", "input.json:2: error: 3 cells in a row under 2 columns"),
        (
            b"claim,verdict,claim\nThe moon is cheese,false,x\n",
            "input.json:1: error: the column 'claim' is given twice",
        ),
        # a desk's own spreadsheet: read as YAML, it was "not JSON, and not a claims file either (invalid YAML:
        # mapping values are not allowed in this context)", of the ': ' in a claim
        (
            b"Claim,Rating,URL\r\nTacos: sandwiches,False,https://e.org/x\r\n",
            "input.json:1: error: a CSV header without the column 'verdict': if 'Rating' holds the verdicts, rename "
            "it 'verdict' (a CSV of claims needs 'claim' and 'verdict'; its columns are those of the CSV export: id,",
        ),
        (
            b"Statement;Ruling\nThe moon is cheese;false\n",
            "input.json:1: error: a CSV header without the columns 'claim' and 'verdict': if 'Statement' holds the "
            "claims and 'Ruling' the verdicts, rename them 'claim' and 'verdict' (",
        ),
        # a claims file opening with a comment: its YAML error, as before, not a CSV header's
        (
            b"# claim, verdict, sources\nclaims:\n  - id: a\n    claim: The moon: cheese\n    verdict: 'false'\n",
            "input.json: error: not JSON, and not a claims file either (invalid YAML: ",
        ),
        # a CSV whose header starts with "#" is still read as one
        (b"#,claim,verdict\n1,The moon is cheese,false\n", "input.json:1: error: unknown column '#' ("),
        (b'{"weird": true}', "an object with keys 'weird'"),
        (b"[" * 3000 + b"]" * 3000, "nested too deeply"),
        (b'{"claims": [{"claimReview": []}]}', "claims[0]: has no text"),
        (
            b'[{"@type": "ClaimReview", "claimReviewed": ["x", "x"], "url": "file:///etc/passwd"}]',
            "is not an http(s) URL",
        ),
        (
            b'{"@type": "ClaimReview", "url": "https://e.org/r", "claimReviewed": "Cheese.", "claimReviewed": "Rock."}',
            "input.json:1:80: error: not valid JSON: the key 'claimReviewed' appears twice in one object",
        ),
        # placed as a YAML error is ("input.json: error: not valid JSON: ... (line 1, column 21)")
        (b'{"statements": ["a" "b"]}', "/input.json:1:21: error: not valid JSON: Expecting ',' delimiter\n"),
        (
            b'{"@type": "ClaimReview", "claimReviewed": "c", "reviewRating": {"ratingValue": ' + b"9" * 5000 + b"}}",
            "input.json: error: not valid JSON: a number is too long (5,000 characters; at most 100)",
        ),
        # HTML pages
        (
            (INTEROP / "page_no_claimreview.html").read_bytes(),
            "input.json: error: an HTML page without any ClaimReview JSON-LD in it "
            "(3 ld+json scripts: Organization, WebSite, BreadcrumbList)",
        ),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', "markup (<rss>) that is not an HTML page"),
        (b"<html>" + _SCRIPT.format("[" * 100_000).encode(), "JSON nested too deeply"),
        (b"<html>" + _SCRIPT.format('{"@type": "WebSite"}').encode() * 20_000, "(20,000 ld+json scripts: WebSite)"),
        (b"<html>" + b"<a" * 500_000, "without any ClaimReview"),
        (b"<!DOCTYPE html>\n\x00\x89PNG\r\n", "binary data"),
        (b"<html><p>caf\xe9</p>", "input.json:1:13: error: not UTF-8 text: byte 0xe9 is '\xe9' in Windows-1252"),
        (
            b'<html><script type="application/ld+json">{"@type": "ClaimReview", "claimReviewed": "</script>"}</script>',
            "script[0] (line 1): not valid JSON: Unterminated string",
        ),
    ],
)
def test_bad_input_is_refused_and_the_claims_file_is_unchanged(
    invoke: Invoke, mini_kb: Path, tmp_path: Path, content: bytes, message: str
) -> None:
    source = tmp_path / "input.json"
    source.write_bytes(content)
    before = mini_kb.read_bytes()
    result = invoke("import", str(source), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert message in result.stderr and "Traceback" not in result.output
    assert result.stderr.startswith("factcheck: ")
    assert mini_kb.read_bytes() == before


@pytest.mark.parametrize(
    "comment",
    [
        "# Claims, verdicts, sources: US troops in Mexico",  # was refused as a CSV header lacking 'claim'
        "#claim,verdict",
        "# claim, verdict, sources",
        "# fields per entry: id, claim, verdict, sources",  # was "unknown column '# fields per entry: id'"
        "  # claim;verdict",
    ],
)
def test_a_claims_file_opening_with_a_comment_that_names_columns_is_imported(
    invoke: Invoke, mini_kb: Path, tmp_path: Path, comment: str
) -> None:
    source = tmp_path / "new.yaml"
    source.write_text(f'{comment}\nclaims:\n  - id: a\n    claim: The moon is cheese\n    verdict: "false"\n')
    result = invoke("import", str(source), "--kb", str(mini_kb), "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert f"read 1 claim from {source} (factcheck claims)" in result.stdout


def test_a_missing_import_file_and_a_bad_rating_map(
    invoke: Invoke, mini_kb: Path, write_kb: Callable[..., Path]
) -> None:
    result = invoke("import", "nowhere.json", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR and "nowhere.json: error: no such file" in result.stderr
    bad_map = write_kb("Cherry picks: sorta\n", "map.yaml")
    result = invoke(
        "import", str(INTEROP / "claimreview_graph.json"), "--kb", str(mini_kb), "--rating-map", str(bad_map)
    )
    assert result.exit_code == ExitCode.ERROR
    # file:line:column first, as every message about a file: the map's place was on a second line
    assert result.stderr.startswith(f"factcheck: {bad_map}:1:15: error: 'sorta' (for 'Cherry picks') is not a verdict")
    result = invoke("ratings", "Cherry Picks", "--rating-map", str(bad_map.with_name("nowhere.yaml")))
    # it was 'factcheck: error: rating map F: error: no such file'
    assert (result.exit_code, result.stderr) == (
        ExitCode.ERROR,
        f"factcheck: {bad_map.with_name('nowhere.yaml')}: error: no such file\n",
    )


def test_import_into_a_claims_file_that_cannot_be_one(invoke: Invoke, fifo: Path, tmp_path: Path) -> None:
    source = str(INTEROP / "claimreview_single.json")
    # a FIFO (standing for any special file, such as a device node) used to hang the import
    result = invoke("import", source, "--kb", str(fifo))
    assert result.exit_code == ExitCode.ERROR, result.output
    assert f"{fifo}: error: is a named pipe (FIFO), not a regular file" in result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    loop = tmp_path / "l1"
    loop.symlink_to(tmp_path / "l2")
    (tmp_path / "l2").symlink_to(loop)
    too_long = tmp_path / ("a" * 300 + ".yaml")
    for kb, message in ((loop, "symbolic links"), (too_long, "File name too long")):
        result = invoke("import", source, "--kb", str(kb))
        assert result.exit_code == ExitCode.ERROR, result.output
        assert message in result.stderr and "Traceback" not in result.output


def test_skip_invalid_on_the_command_line(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke(
        "import", str(INTEROP / "malformed_google_no_text.json"), "--kb", str(tmp_path / "c.yaml"), "--skip-invalid"
    )
    assert result.exit_code == ExitCode.OK
    assert "left out 1 unreadable record:" in result.stdout and "claims[1]: has no text" in result.stdout


def test_skip_invalid_exits_2_when_no_record_can_be_read(invoke: Invoke, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("claim,verdict\nSomething,nonsense\n")
    target = tmp_path / "c.yaml"
    for extra in ([], ["--json"], ["--dry-run"]):
        result = invoke("import", str(source), "--kb", str(target), "--skip-invalid", *extra)
        assert result.exit_code == ExitCode.ERROR, result.output
        assert result.stdout == "" and not target.exists()
        assert result.stderr.splitlines()[-1] == (
            f"factcheck: {source}: error: nothing imported: no record of the file can be read, "
            "so --skip-invalid leaves nothing to import"
        )
    # every claim read already in the file is no error: a repeated import exits 0
    source.write_text("claim,verdict\nSomething,false\n")
    assert invoke("import", str(source), "--kb", str(target)).exit_code == ExitCode.OK
    again = invoke("import", str(source), "--kb", str(target), "--skip-invalid")
    assert again.exit_code == ExitCode.OK and "added no claims" in again.stdout


def test_many_unreadable_records_keep_their_count_and_the_skip_invalid_advice(invoke: Invoke, tmp_path: Path) -> None:
    # the importer names 20 records, counts the rest and says --skip-invalid; the command cut its list again as a
    # broken claims file's ('and 2 more errors from this line on ... factcheck validate lists them all'), which
    # hid the count (80) and the advice, and sent the user to validate, which reads no CSV
    source = tmp_path / "in.csv"
    source.write_text("claim,verdict\n" + "".join(f"Claim {i} about things,Weird rating {i}\n" for i in range(100)))
    target = tmp_path / "c.yaml"
    result = invoke("import", str(source), "--kb", str(target))
    assert result.exit_code == ExitCode.ERROR and not target.exists()
    lines = result.stderr.splitlines()
    assert len(lines) == 22 and "validate" not in result.stderr
    assert lines[-2] == f"factcheck: {source}: error: ... and 80 more errors"
    advice = "nothing imported (fix the file, or pass --skip-invalid to import the rest)"
    assert lines[-1] == f"factcheck: {source}: error: {advice}"


@pytest.mark.parametrize(
    ("rows", "one_error_more", "count"),
    [(10, False, None), (10, True, None), (11, False, "... and 2 more errors"), (30, False, "... and 40 more errors")],
)
def test_unreadable_records_are_counted_by_their_errors(
    invoke: Invoke, tmp_path: Path, rows: int, one_error_more: bool, count: str | None
) -> None:
    # each row has two errors (a verdict, a date): 30 rows named 10 of them, then said '... and 40 more unreadable
    # records' of 20; --skip-invalid counts errors too ('left out the claims with errors (60 errors)')
    source = tmp_path / "two.csv"
    lines_in = "".join(f"Claim {i} about things,Weird rating {i},notadate{i}\n" for i in range(rows))
    lines_in += "A last claim,Weird rating,2024-01-01\n" if one_error_more else ""
    source.write_text("claim,verdict,checked\n" + lines_in)
    result = invoke("import", str(source), "--kb", str(tmp_path / "c.yaml"))
    assert result.exit_code == ExitCode.ERROR and not (tmp_path / "c.yaml").exists()
    lines = result.stderr.splitlines()
    assert "unreadable record" not in result.stderr and "validate" not in result.stderr
    if count is None:  # 20 errors, or 21 (a count never takes the place of one): all named
        assert len(lines) == 2 * rows + one_error_more + 1 and "more error" not in result.stderr
    else:
        assert len(lines) == 22 and lines[-2] == f"factcheck: {source}: error: {count}"


def test_conflicting_values_of_one_property_are_refused(invoke: Invoke, mini_kb: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(
        json.dumps(
            {
                "@type": "ClaimReview",
                "claimReviewed": "A claim.",
                "reviewRating": [{"alternateName": "False"}, {"alternateName": "True"}],
            }
        )
    )
    before = mini_kb.read_bytes()
    result = invoke("import", str(source), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR and mini_kb.read_bytes() == before
    assert "the ClaimReview: reviewRating has several different values" in result.stderr


def test_an_unusable_appearance_does_not_refuse_the_claim(invoke: Invoke, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(
        json.dumps(
            {
                "@type": "ClaimReview",
                "url": "https://factdesk.example.org/checks/post",
                "claimReviewed": "A claim that appeared in a post.",
                "itemReviewed": {"@type": "Claim", "appearance": {"url": "www.facebook.com/post/1"}},
            }
        )
    )
    result = invoke("import", str(source), "--kb", str(tmp_path / "c.yaml"), "--json")
    assert result.exit_code == ExitCode.OK, result.output
    report = json.loads(result.stdout)
    assert len(report["added"]) == 1 and report["invalid"] == []
    assert report["notes"] == [
        "the ClaimReview: itemReviewed.appearance #1 url 'www.facebook.com/post/1' is not an http(s) URL: "
        "left out (the claim is imported without it)"
    ]


def test_feed_items_that_are_not_claim_reviews_are_not_dropped_unsaid(invoke: Invoke, tmp_path: Path) -> None:
    feed = {
        "@type": "DataFeed",
        "dataFeedElement": [
            {"item": [{"@type": "ClaimReview", "claimReviewed": "A claim in a feed."}]},
            {"item": [{"claimReviewed": "Another claim, without a type."}]},
            "junk",
        ],
    }
    source = tmp_path / "feed.json"
    source.write_text(json.dumps(feed))
    target = tmp_path / "c.yaml"
    result = invoke("import", str(source), "--kb", str(target))
    assert result.exit_code == ExitCode.ERROR and not target.exists()
    assert 'dataFeedElement[1].item[0]: is not a ClaimReview (no "@type": "ClaimReview")' in result.stderr
    assert "dataFeedElement[2]: must be an object, not text ('junk')" in result.stderr
    result = invoke("import", str(source), "--kb", str(target), "--skip-invalid")
    assert result.exit_code == ExitCode.OK and "left out 2 unreadable records:" in result.stdout


def test_skip_invalid_says_a_factcheck_claim_with_errors_is_left_out_whole(invoke: Invoke, tmp_path: Path) -> None:
    bad = {"id": "bad-one", "claim": "Burritos are soups.", "verdict": "false", "tags": 5, "date": "2025"}
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"claims": [{"id": "ok", "claim": "Tacos are food.", "verdict": "true"}, bad]}))
    target = tmp_path / "c.yaml"
    result = invoke("import", str(source), "--kb", str(target), "--skip-invalid")
    assert result.exit_code == ExitCode.OK, result.output
    assert "left out the claims with errors (2 errors):" in result.stdout
    assert "bad-one" not in target.read_text(encoding="utf-8")


def test_import_of_a_saved_fact_check_page(invoke: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "claims.yaml"
    result = invoke("import", str(INTEROP / "page_graph.html"), "--kb", str(target))
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout.splitlines() == [
        f"read 1 claim from {INTEROP / 'page_graph.html'} (ClaimReview JSON-LD in an HTML page)",
        f"added claim 'the-new-city-trams-run-on-diesel-engines' to {target}",
    ]
    (claim,) = load_knowledge_base(target).claims
    assert claim.verdict is Verdict.MOSTLY_FALSE and claim.original_rating == "Mostly False"
    assert claim.sources[0].url == "https://example.org/fact-checks/tram-diesel"


def test_import_of_a_page_dry_run_and_json(invoke: Invoke, mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    page = str(INTEROP / "page_main_entity.html")
    result = invoke("import", page, "--kb", str(mini_kb), "--dry-run")
    assert result.exit_code == ExitCode.OK, result.output
    assert (
        "would add 2 claims" in result.stdout and "+  - id: library-fines-have-tripled-since-last-year" in result.stdout
    )
    result = invoke("import", page, "--kb", str(mini_kb), "--dry-run", "--json")
    report = json.loads(result.stdout)
    assert report["format"] == "html" and report["written"] is False and report["read"] == 2
    assert report["dry_run"] is True and "+  - id: library-fines-have-tripled-since-last-year\n" in report["diff"]
    assert mini_kb.read_bytes() == before


def test_import_of_a_page_from_standard_input(invoke: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "claims.yaml"
    result = invoke("import", "-", "--kb", str(target), input=(INTEROP / "page_wrapped.html").read_bytes())
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout.startswith("read 4 claims from <stdin> (ClaimReview JSON-LD in an HTML page)")


def test_a_page_with_a_broken_script_is_refused_unless_skip_invalid(invoke: Invoke, mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    page = INTEROP / "page_broken_script.html"
    result = invoke("import", str(page), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR and mini_kb.read_bytes() == before
    assert result.stderr.splitlines() == [
        f"factcheck: {page}:9: error: script[1] (line 9): not valid JSON: Expecting ',' delimiter (line 15, column 5)",
        f"factcheck: {page}: error: nothing imported (fix the file, or pass --skip-invalid to import the rest)",
    ]
    result = invoke("import", str(page), "--kb", str(mini_kb), "--skip-invalid")
    assert result.exit_code == ExitCode.OK, result.output
    assert "left out 1 unreadable record:\n  script[1] (line 9): not valid JSON" in result.stdout
    assert "the-ferry-is-free-for-everyone-on-sundays" in load_knowledge_base(mini_kb).ids()


def test_a_huge_text_is_one_message_and_the_claims_file_unchanged(
    invoke: Invoke, mini_kb: Path, tmp_path: Path
) -> None:
    # one claim of 50 MB (under the 64 MB an import may be) took minutes to be written into the file
    before = mini_kb.read_bytes()
    source = tmp_path / "huge.json"
    source.write_text(json.dumps({"@type": "ClaimReview", "claimReviewed": "x" * 2_000_000}))
    result = invoke("import", str(source), "--kb", str(mini_kb), "--skip-invalid")
    assert result.exit_code == ExitCode.ERROR and mini_kb.read_bytes() == before
    assert result.stderr == (
        f"factcheck: {source}:1: error: the ClaimReview: claim is too long (2,000,000 characters; at most 1,000,000)\n"
        f"factcheck: {source}: error: nothing imported: no record of the file can be read, so --skip-invalid "
        "leaves nothing to import\n"
    )


def test_hostile_text_is_shown_harmlessly(invoke: Invoke, tmp_path: Path) -> None:
    document = [
        {
            "@type": "ClaimReview",
            "claimReviewed": "Evil \x1b[31mred\x1b[0m claim",
            "reviewRating": {"alternateName": "Nope\x1b[2J"},
        }
    ]
    source = tmp_path / "evil.json"
    source.write_text(json.dumps(document))
    result = invoke("import", str(source), "--kb", str(tmp_path / "c.yaml"))
    # a control character is not written to a claims file (validate would warn of it), nor shown raw
    assert result.exit_code == ExitCode.ERROR and not (tmp_path / "c.yaml").exists()
    assert "\x1b" not in result.stdout + result.stderr
    assert "[0]: claim holds a control character (U+001B)" in result.stderr
    assert "[0]: original_rating holds a control character (U+001B)" in result.stderr


def test_a_bad_record_of_json_lines_is_named_by_its_line(invoke: Invoke, tmp_path: Path) -> None:
    # A moderation team's export, one ClaimReview a line, a blank line in it: the record at fault is on line 4,
    # not "[2]" (its index among the documents), with --skip-invalid and without
    rating = {"alternateName": "False"}
    reviews = [
        {"@type": "ClaimReview", "claimReviewed": text, "url": f"https://checks.example/{n}", "reviewRating": rating}
        for n, text in enumerate(["The ferry is free on Sundays.", "A bell \x07 rang.", "Owls can swim."])
    ]
    lines = [json.dumps(reviews[0]), json.dumps(reviews[2]), "", json.dumps(reviews[1])]
    source = tmp_path / "reviews.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "c.yaml"
    result = invoke("import", str(source), "--kb", str(target))
    assert result.exit_code == ExitCode.ERROR and not target.exists()
    assert f"{source}: error: line 4: claim holds a control character (U+0007)" in result.stderr
    result = invoke("import", str(source), "--kb", str(target), "--skip-invalid", "--json")
    assert result.exit_code == ExitCode.OK, result.output
    assert [m.split(":")[0] for m in json.loads(result.stdout)["invalid"]] == ["line 4"]
    assert len(load_knowledge_base(target)) == 2


def test_a_repeated_id_in_json_lines_left_out_names_its_own_line_and_the_first(invoke: Invoke, tmp_path: Path) -> None:
    # --skip-invalid lists what it left out without locations: "(first used at line 1)" alone did not
    # say which record repeats the id (the two share it)
    claims = [{"id": "a", "claim": "One.", "verdict": "true"}, {"id": "b", "claim": "Two.", "verdict": "true"}]
    lines = [json.dumps(claims[0]), "", json.dumps(claims[1]), "  ", json.dumps({**claims[0], "claim": "Three."})]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "c.yaml"
    result = invoke("import", str(source), "--kb", str(target), "--skip-invalid", "--dry-run")
    assert result.exit_code == ExitCode.OK, result.output
    assert "  duplicate id 'a' on line 5 (first used at line 1): " in result.stdout
    result = invoke("import", str(source), "--kb", str(target), "--skip-invalid", "--json")
    (message,) = json.loads(result.stdout)["invalid"]
    assert message.startswith("duplicate id 'a' on line 5 (first used at line 1): ")


def test_a_repeated_id_in_json_lines_refused_names_its_line_once(invoke: Invoke, tmp_path: Path) -> None:
    # without --skip-invalid the error has its place: "d.jsonl:3: error: duplicate id 'a' on line 3" said it twice
    claims = [{"id": "a", "claim": "One.", "verdict": "true"}, {"id": "b", "claim": "Two.", "verdict": "true"}]
    source = tmp_path / "d.jsonl"
    source.write_text("".join(json.dumps(c) + "\n" for c in [*claims, {**claims[0], "claim": "Three."}]), "utf-8")
    target = tmp_path / "c.yaml"
    target.write_bytes(b"claims:\n")
    result = invoke("import", str(source), "--kb", str(target))
    assert result.exit_code == ExitCode.ERROR
    assert f"{source}:3: error: duplicate id 'a' (first used at line 1): give one of the two claims another id" in (
        result.stderr
    )
    assert "on line" not in result.stderr and target.read_bytes() == b"claims:\n"


HOSTILE_CLAIM = (
    "claims:\n"
    "  - id: hostile\n"
    '    claim: "Clear \\e[2J \\e]8;;https://evil.example/\\e\\\\link\\e]8;;\\e\\\\ \\u202eevil\\u202c \\x9b31m"\n'
    "    verdict: unsupported\n"
)
HOSTILE_TEXT = "Clear \x1b[2J \x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\ \u202eevil\u202c \x9b31m"


def test_a_csv_export_on_a_terminal_shows_control_characters_as_escapes(
    invoke: Invoke, write_kb: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # CSV cells are written as they are: on a terminal a claim holding ESC [2J cleared the screen,
    # and an OSC 8 sequence made 'link' a link to another address
    path = write_kb(HOSTILE_CLAIM)
    piped = invoke("export", "--format", "csv", "--kb", str(path))
    assert next(csv.DictReader(io.StringIO(piped.stdout)))["claim"] == HOSTILE_TEXT  # a file gets the claim itself
    monkeypatch.setattr("factcheck.cli.interop.is_terminal", lambda: True)
    shown = invoke("export", "--format", "csv", "--kb", str(path)).stdout
    assert not any(c in shown for c in "\x1b\x9b\u202e\u202c")
    assert "Clear \\x1b[2J \\x1b]8;;https://evil.example/" in shown and "\\u202eevil" in shown
    assert "\\x0d" not in shown  # CSV's own line ends (CRLF) are kept


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--json"],
        ["show", "hostile", "--json"],
        ["export", "--format", "json"],
        ["export", "--base-url", "https://x.example/"],
    ],
)
def test_json_output_escapes_c1_and_bidirectional_controls(
    invoke: Invoke, write_kb: Callable[..., Path], args: list[str]
) -> None:
    # json.dumps leaves U+202E (which shows the text after it reversed) and U+009B (a terminal's
    # one-character CSI) raw; escaped, they are the same JSON string
    path = write_kb(HOSTILE_CLAIM)
    out = invoke(*args, "--kb", str(path)).stdout
    assert not any(c in out for c in "\x1b\x9b\u202e\u202c")
    assert "\\u202eevil\\u202c \\u009b31m" in out
    document = json.loads(out)
    claim = document[0] if isinstance(document, list) else document
    assert claim.get("claim", claim.get("claimReviewed")) == HOSTILE_TEXT


# -- ratings ---------------------------------------------------------------------------------------------------


def test_ratings_looks_up_ratings(invoke: Invoke) -> None:
    result = invoke("ratings", "Pants on Fire!", "Half-True")
    assert result.exit_code == ExitCode.OK
    assert result.stdout == "Pants on Fire!\tfalse\nHalf-True\tmixed\n"
    result = invoke("ratings", "Cherry Picks")
    assert result.exit_code == ExitCode.NO_MATCH and result.stdout == "Cherry Picks\tunmapped\n"
    result = invoke("ratings", "Cherry Picks", "--rating-map", str(INTEROP / "rating_map.yaml"))
    assert result.exit_code == ExitCode.OK and result.stdout == "Cherry Picks\tmisleading\n"


def test_ratings_reads_its_rating_map_from_standard_input(invoke: Invoke) -> None:
    mapping = (INTEROP / "rating_map.yaml").read_bytes()
    result = invoke("ratings", "Cherry Picks", "Pants on Fire!", "--rating-map", "-", input=mapping)
    assert (result.exit_code, result.stdout) == (ExitCode.OK, "Cherry Picks\tmisleading\nPants on Fire!\tfalse\n")


def test_ratings_output_stays_one_line_per_rating(invoke: Invoke) -> None:
    # a tab or line break inside a rating used to split its line (like 'list', they become spaces)
    result = invoke("ratings", "Pants on\tFire!", "False\nTrue")
    assert result.stdout == "Pants on Fire!\tfalse\nFalse True\tunmapped\n"


def test_ratings_with_a_contrasting_explanation_stay_unmapped(invoke: Invoke) -> None:
    result = invoke("ratings", "True (but misleading)", "Correct – but lacks context", "True: the photo is real")
    assert result.exit_code == ExitCode.NO_MATCH
    assert result.stdout == (
        "True (but misleading)\tunmapped\nCorrect – but lacks context\tunmapped\nTrue: the photo is real\ttrue\n"
    )


def test_ratings_json(invoke: Invoke) -> None:
    result = invoke("ratings", "Pants on Fire!", "Cherry Picks", "--json")
    assert result.exit_code == ExitCode.NO_MATCH
    assert json.loads(result.stdout) == [
        {"rating": "Pants on Fire!", "verdict": "false"},
        {"rating": "Cherry Picks", "verdict": None},
    ]
    table = json.loads(invoke("ratings", "--json").stdout)
    assert table["pants on fire"] == "false" and table["half true"] == "mixed"
    assert set(table.values()) <= {v.value for v in Verdict}


def test_ratings_prints_the_table_as_a_usable_rating_map(invoke: Invoke, tmp_path: Path) -> None:
    table = invoke("ratings").stdout
    assert '"pants on fire": "false"' in table
    saved = tmp_path / "all.yaml"
    saved.write_text(table)
    assert invoke("ratings", "four pinocchios", "--rating-map", str(saved)).stdout == "four pinocchios\tfalse\n"


def test_ratings_dash_reads_the_ratings_from_standard_input(invoke: Invoke) -> None:
    # '-' was looked up as a rating ("-\tunmapped", exit 1), where every other command taking a file reads
    # standard input: `jq -r '.[].reviewRating.alternateName' export.json | sort -u | factcheck ratings -`
    result = invoke("ratings", "-", input=b"\xef\xbb\xbfPants on Fire!\r\n\r\n  Half True \nCherry Picks\n")
    assert result.exit_code == ExitCode.NO_MATCH
    assert result.stdout == "Pants on Fire!\tfalse\nHalf True\tmixed\nCherry Picks\tunmapped\n"
    result = invoke("ratings", "-", "--json", input="False\n")
    assert result.exit_code == ExitCode.OK and json.loads(result.stdout) == [{"rating": "False", "verdict": "false"}]
    # a byte-order mark opening a later line, as 'cat ratings.txt notepad.txt' gives, as 'check -' drops it:
    # it was printed with the rating
    result = invoke("ratings", "-", input=b"False\n\xef\xbb\xbfPants on Fire!\n")
    assert result.exit_code == ExitCode.OK
    assert result.stdout == "False\tfalse\nPants on Fire!\tfalse\n"
    # a rating that is '-' itself is looked up piped in (docs/scripting.md, 'ratings --help')
    assert invoke("ratings", "-", input="-\n").stdout == "-\tunmapped\n"


@pytest.mark.parametrize(
    ("args", "piped", "message"),
    [
        (["-", "False"], b"True\n", "- reads the ratings from standard input, one per line: give it alone"),
        (["-"], b"", "<stdin>: error: is empty, no ratings to look up"),
        (["-"], b" \n\n", "<stdin>: error: is empty, no ratings to look up"),
        (["-"], b"caf\xe9\n", "<stdin>:1:4: error: not UTF-8 text: byte 0xe9"),
        (["-"], b"Fa\x00lse\n", "<stdin>: error: binary data, not text"),
    ],
)
def test_ratings_dash_refuses_unusable_input_in_one_line(
    invoke: Invoke, args: list[str], piped: bytes, message: str
) -> None:
    result = invoke("ratings", *args, input=piped)
    assert result.exit_code == ExitCode.ERROR
    assert result.stdout == ""
    assert message in " ".join(result.stderr.split())
    assert "Traceback" not in result.output


# -- CSV --------------------------------------------------------------------------------------------------


def test_a_csv_export_imports_back_with_its_sources_urls(invoke: Invoke, mini_kb: Path, tmp_path: Path) -> None:
    exported = tmp_path / "claims.csv"
    assert invoke("export", "--kb", str(mini_kb), "-f", "csv", "-o", str(exported)).exit_code == ExitCode.OK
    target = tmp_path / "back.yaml"
    result = invoke("import", str(exported), "--kb", str(target))
    assert result.exit_code == ExitCode.OK, result.output
    assert f"read 4 claims from {exported} (factcheck claims as CSV)" in result.stdout
    original = json.loads(invoke("list", "--kb", str(mini_kb), "--json").stdout)
    for claim in original:  # a row carries its sources' URLs alone
        claim["sources"] = [{"url": source["url"]} for source in claim.get("sources", [])] or None
        if claim["sources"] is None:
            del claim["sources"]
    assert json.loads(invoke("list", "--kb", str(target), "--json").stdout) == original


def test_a_spreadsheets_csv_imports_with_ids_made_and_formula_marks_taken_off(invoke: Invoke, tmp_path: Path) -> None:
    """Saved by a spreadsheet where "," is the decimal mark: ";" between cells, a byte-order mark,
    headers in capitals, blank rows, a cell over two lines; no ids (made from the claims)."""
    sheet = tmp_path / "sheet.csv"
    sheet.write_bytes(
        "\ufeffClaim;Verdict;Tags;Aliases;Source_URLs\r\n"
        'The bridge cost 3,5 million;false;"budget; roads";"Bridge cost 3.5m\nA bridge for 3.5 million";'
        "https://e.org/a https://e.org/b\r\n"
        ";;;;\r\n"
        "'=1+1 is two;true;;;\r\n"
        "The bridge cost 3,5 million;mixed;;;\r\n".encode()
    )
    target = tmp_path / "claims.yaml"
    result = invoke("import", str(sheet), "--kb", str(target))
    assert result.exit_code == ExitCode.OK, result.output
    claims = load_knowledge_base(target).claims
    assert [(c.id, c.claim, c.verdict.value) for c in claims] == [
        ("the-bridge-cost-3-5-million", "The bridge cost 3,5 million", "false"),
        ("1-1-is-two", "=1+1 is two", "true"),
        ("the-bridge-cost-3-5-million-2", "The bridge cost 3,5 million", "mixed"),
    ]
    assert claims[0].tags == ("budget", "roads") and claims[0].aliases == (
        "Bridge cost 3.5m",
        "A bridge for 3.5 million",
    )
    assert [s.url for s in claims[0].sources] == ["https://e.org/a", "https://e.org/b"]


def test_a_csv_export_saved_with_carriage_returns_alone_imports_back(
    invoke: Invoke, starter_kb: Path, tmp_path: Path
) -> None:
    # "CSV (Macintosh)": it was refused as "not a file factcheck can import ... or CSV with 'claim' and
    # 'verdict' columns", of a file that had them
    exported = tmp_path / "claims.csv"
    assert invoke("export", "--kb", str(starter_kb), "-f", "csv", "-o", str(exported)).exit_code == ExitCode.OK
    mac = tmp_path / "mac.csv"
    mac.write_bytes(exported.read_bytes().replace(b"\r\n", b"\r"))  # row ends; a cell's line breaks are "\n"
    assert b"\n" in mac.read_bytes()  # alias cells over several lines: not only row ends
    result = invoke("import", str(mac), "--kb", str(tmp_path / "mac.yaml"))
    assert result.exit_code == ExitCode.OK, result.output
    assert invoke("import", str(exported), "--kb", str(tmp_path / "crlf.yaml")).exit_code == ExitCode.OK
    listed = [invoke("list", "--kb", str(tmp_path / name), "--json").stdout for name in ("mac.yaml", "crlf.yaml")]
    assert listed[0] == listed[1] and len(json.loads(listed[0])) == len(load_knowledge_base(starter_kb).claims)


def test_a_csv_verdict_typed_with_a_space_for_its_hyphen_is_read(invoke: Invoke, tmp_path: Path) -> None:
    # "Mostly True" was refused (exit 2: "verdict 'mostly true' ... did you mean 'mostly-true'?")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "claim,verdict\nThe ferry runs twice a day,Mostly True\nThe pier is 300 m long,mostly_false\n"
        "The harbour opened in 1850,  MOSTLY  TRUE \n",
        encoding="utf-8",
    )
    target = tmp_path / "claims.yaml"
    result = invoke("import", str(sheet), "--kb", str(target))
    assert result.exit_code == ExitCode.OK, result.output
    assert [c.verdict.value for c in load_knowledge_base(target).claims] == [
        "mostly-true",
        "mostly-false",
        "mostly-true",
    ]
    # a publisher's rating no rating map knows is no verdict, and is named as written
    sheet.write_text("claim,verdict\nThe ferry runs twice a day,Spins the facts\n", encoding="utf-8")
    result = invoke("import", str(sheet), "--kb", str(tmp_path / "other.yaml"))
    assert result.exit_code == ExitCode.ERROR and "verdict 'spins the facts'" in result.stderr
    # one the map knows is mapped, as in other formats (it was refused even with --rating-map)
    mapping = tmp_path / "map.yaml"
    mapping.write_text('"Spins the facts": misleading\n', encoding="utf-8")
    result = invoke("import", str(sheet), "--kb", str(tmp_path / "other.yaml"), "--rating-map", str(mapping))
    assert result.exit_code == ExitCode.OK, result.output
    (claim,) = load_knowledge_base(tmp_path / "other.yaml").claims
    assert claim.verdict is Verdict.MISLEADING and claim.original_rating == "Spins the facts"


def test_a_csv_row_with_an_error_is_named_by_its_line(invoke: Invoke, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        'claim,verdict,aliases\nThe moon is rock,true,"Moon rock\nThe moon is made of rock"\nThe sun is cold,nope,\n',
        encoding="utf-8",
    )
    target = tmp_path / "claims.yaml"
    refused = invoke("import", str(sheet), "--kb", str(target))
    assert refused.exit_code == ExitCode.ERROR and not target.exists()
    assert f"{sheet}:4: error: verdict 'nope' of claim 'the-sun-is-cold' is not on the scale" in refused.stderr
    skipped = invoke("import", str(sheet), "--kb", str(target), "--skip-invalid")
    assert skipped.exit_code == ExitCode.OK, skipped.output
    assert load_knowledge_base(target).ids() == ["the-moon-is-rock"]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--since", "2025"], ["us-troops-in-mexico-10000", "drones-over-mexico"]),
        (["--until", "2024-12-31"], ["senate-must-approve-foreign-troops"]),
        (["--unsupported"], ["cooperation-attracts-investment"]),
    ],
)
def test_export_selects_claims_as_list_does(
    invoke: Invoke, mini_kb: Path, options: list[str], expected: list[str]
) -> None:
    listed = invoke("list", "--kb", str(mini_kb), "--json", *options)
    exported = invoke("export", "--kb", str(mini_kb), "-f", "json", *options)
    assert exported.exit_code == ExitCode.OK, exported.output
    assert [c["id"] for c in json.loads(exported.stdout)] == [c["id"] for c in json.loads(listed.stdout)] == expected


def test_export_refuses_a_since_after_its_until(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("export", "--kb", str(mini_kb), "-f", "json", "--since", "2026", "--until", "2025")
    assert result.exit_code == ExitCode.ERROR and "'2026' is after --until '2025'" in result.stderr


def test_an_empty_claimreview_export_needs_no_base_url(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    """Nothing to export is placed at a URL: exit 1 (nothing exported), not 2 (no base URL)."""
    kb = write_kb('claims:\n  - id: a\n    claim: The moon is rock\n    verdict: "true"\n    tags: [space]\n')
    result = invoke("export", "--kb", str(kb), "-t", "no-such-tag")
    assert result.exit_code == ExitCode.NO_MATCH and json.loads(result.stdout) == []
    assert "base URL" not in result.stderr and "no claim matches the filters" in result.stderr
    feed = invoke("export", "--kb", str(kb), "-t", "no-such-tag", "--feed")
    assert feed.exit_code == ExitCode.NO_MATCH and json.loads(feed.stdout)["dataFeedElement"] == []
    needed = invoke("export", "--kb", str(kb), "-t", "space")  # a claim to export needs its page's URL
    assert needed.exit_code == ExitCode.ERROR and "a ClaimReview needs the URL of its fact-check page" in needed.stderr


def test_a_csv_export_warns_of_a_tag_it_cannot_give_back(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    kb = write_kb('claims:\n  - id: a\n    claim: The moon is rock\n    verdict: "true"\n    tags: ["us;mexico"]\n')
    result = invoke("export", "--kb", str(kb), "-f", "csv")
    assert result.exit_code == ExitCode.OK
    assert "1 claim with a tag holding ';', which import reads as two tags: a" in result.stderr


def test_a_csv_export_warns_of_an_alias_it_cannot_give_back(
    invoke: Invoke, write_kb: Callable[..., Path], tmp_path: Path
) -> None:
    # aliases are joined with line breaks: this one came back as two aliases, with no word said
    kb = write_kb(
        'claims:\n  - id: a\n    claim: The moon is rock\n    verdict: "true"\n'
        '    aliases: ["Moon rock\\nis real", "Rock moon", "One\\u2028line"]\n'
        '  - id: b\n    claim: The sun is hot\n    verdict: "true"\n    aliases: [Hot sun]\n'
    )
    assert invoke("validate", str(kb)).exit_code == ExitCode.OK  # a claims file may hold one
    out = tmp_path / "claims.csv"
    result = invoke("export", "--kb", str(kb), "-f", "csv", "-o", str(out))
    assert result.exit_code == ExitCode.OK
    assert "factcheck: warning: 1 claim with an alias holding a line break, which import reads as two aliases: a\n" in (
        result.stderr
    )
    assert "tag" not in result.stderr  # no tag holds ';'
    assert invoke("import", str(out), "--kb", str(tmp_path / "back.yaml")).exit_code == ExitCode.OK
    back = load_knowledge_base(tmp_path / "back.yaml").claims
    assert back[0].aliases == ("Moon rock", "is real", "Rock moon", "One\u2028line")  # what the warning said


def test_ids_made_for_csv_rows_are_not_reported_as_renamed(invoke: Invoke, mini_kb: Path, tmp_path: Path) -> None:
    """A row without an id gets one made from its claim; when that one is taken it gets another,
    and since nobody wrote the first, no rename is reported."""
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("claim,verdict\nDrones over Mexico,false\n", encoding="utf-8")  # 'drones-over-mexico' is taken
    result = invoke("import", str(sheet), "--kb", str(mini_kb), "--json")
    assert result.exit_code == ExitCode.OK, result.output
    report = json.loads(result.stdout)
    assert [c["id"] for c in report["added"]] == ["drones-over-mexico-2"] and report["renamed"] == []


def test_a_csv_row_edited_in_a_spreadsheet_is_said_to_differ_when_skipped(
    invoke: Invoke, mini_kb: Path, tmp_path: Path
) -> None:
    """Import adds claims: a row already in the file is skipped, and the reason names what the
    spreadsheet changed rather than dropping it without a word (sources compared by URL, as a row has them)."""
    sheet = tmp_path / "worklist.csv"
    assert invoke("export", "--kb", str(mini_kb), "-f", "csv", "-o", str(sheet)).exit_code == ExitCode.OK
    edited = sheet.read_text(encoding="utf-8").replace(",false,", ",mostly-false,", 1)
    sheet.write_text(edited, encoding="utf-8")
    result = invoke("import", str(sheet), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK, result.output
    lines = [line for line in result.stdout.splitlines() if "us-troops-in-mexico-10000'" in line]
    assert lines == [
        "  claim 'us-troops-in-mexico-10000': same text as 'us-troops-in-mexico-10000'; its verdict differs from "
        "the file's: import adds claims, 'factcheck edit us-troops-in-mexico-10000' changes one"
    ]
    assert "differ" not in result.stdout.replace(lines[0], "")  # the unchanged rows, URL-only sources and all


def test_a_skip_reason_names_the_commands_in_the_json_report(invoke: Invoke, mini_kb: Path, tmp_path: Path) -> None:
    # the library names import_file and update_claim (test_library_messages); import --json names the commands
    sheet = tmp_path / "worklist.csv"
    assert invoke("export", "--kb", str(mini_kb), "-f", "csv", "-o", str(sheet)).exit_code == ExitCode.OK
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(",false,", ",mostly-false,", 1), encoding="utf-8")
    result = invoke("import", str(sheet), "--kb", str(mini_kb), "--json")
    assert result.exit_code == ExitCode.OK, result.output
    reasons = [s["reason"] for s in json.loads(result.stdout)["skipped"] if "differs" in s["reason"]]
    assert reasons == [
        "same text as 'us-troops-in-mexico-10000'; its verdict differs from the file's: import adds claims, "
        "'factcheck edit us-troops-in-mexico-10000' changes one"
    ]


@pytest.mark.parametrize("json_output", [False, True])
def test_import_into_a_claims_file_with_errors_names_validate(
    invoke: Invoke, write_kb: Callable[..., Path], json_output: bool
) -> None:
    # the library says "see validate_file" (test_library_messages); the command line its command
    kb = write_kb("claims:\n  - id: x\n    claim: y\n    verdict: maybe\n")
    before = kb.read_bytes()
    result = invoke("import", str(INTEROP / "claimreview_list.json"), "--kb", str(kb), *(["--json"] * json_output))
    assert result.exit_code == ExitCode.ERROR
    assert (
        result.stderr.splitlines()[0]
        == f"factcheck: {kb}: error: has errors; fix them first (see 'factcheck validate')"
    )
    assert kb.read_bytes() == before


def test_an_export_imported_back_into_its_file_is_the_same_claim_whatever_the_order_of_its_sources(
    invoke: Invoke, write_kb: Callable[..., Path], tmp_path: Path
) -> None:
    # the export gives where the claim appeared after its evidence: imported back, the sources came in another
    # order and the claim was said to differ ("its sources differs from the file's")
    kb = write_kb(
        "base_url: https://fc.example/\npublisher:\n  name: FC\n  url: https://fc.example/\nclaims:\n"
        '  - id: a-one\n    claim: Cats can fly.\n    verdict: "false"\n    summary: They cannot.\n    sources:\n'
        "      - url: https://example.org/first\n        note: where the claim first appeared\n"
        "      - url: https://example.org/evidence\n        title: Cats on the ground\n"
        "      - url: https://example.org/again\n        note: where the claim appeared\n"
    )
    exported = tmp_path / "export.json"
    assert invoke("export", "--kb", str(kb), "-o", str(exported)).exit_code == ExitCode.OK
    result = invoke("import", str(exported), "--kb", str(kb))
    assert result.exit_code == ExitCode.OK, result.output
    assert "same text as 'a-one'" in result.stdout and "differ" not in result.stdout


def test_a_records_language_in_another_case_than_the_claims_files_is_the_same_language(
    invoke: Invoke, write_kb: Callable[..., Path], tmp_path: Path
) -> None:
    # 'EN' was said to be lost in a file of 'language: en', and records naming 'en' and 'EN' made a new file
    # with no language ("the records do not all name the same language"): a language tag has no case (BCP 47)
    google = json.loads((INTEROP / "google_search.json").read_text(encoding="utf-8"))
    for claim in google["claims"]:
        for review in claim.get("claimReview", []):
            review["languageCode"] = "EN"
    google["claims"][0]["claimReview"][0]["languageCode"] = "en"
    source = tmp_path / "en.json"
    source.write_text(json.dumps(google), encoding="utf-8")
    kb = write_kb('language: en\nclaims:\n  - id: a\n    claim: A claim about the harbour.\n    verdict: "true"\n')
    into = invoke("import", str(source), "--kb", str(kb), "--dry-run")
    assert into.exit_code == ExitCode.OK and "languageCode" not in into.stdout, into.stdout
    new = invoke("import", str(source), "--kb", str(tmp_path / "new.yaml"))
    assert new.exit_code == ExitCode.OK and "languageCode" not in new.stdout, new.stdout
    assert load_knowledge_base(tmp_path / "new.yaml").language is not None


def test_a_records_language_the_claims_file_does_not_keep_is_named_as_not_kept(
    invoke: Invoke, write_kb: Callable[..., Path], tmp_path: Path
) -> None:
    # Google's languageCode was dropped unsaid where the file keeps another language (or none), while
    # claimDate was listed as not kept; a new file takes the language every record names, and says nothing
    google = json.loads((INTEROP / "google_search.json").read_text(encoding="utf-8"))
    source = tmp_path / "en.json"
    source.write_text(json.dumps(google), encoding="utf-8")
    kb = write_kb('language: es\nclaims:\n  - id: a\n    claim: A claim about the harbour.\n    verdict: "true"\n')
    before = kb.read_bytes()
    dry = invoke("import", str(source), "--kb", str(kb), "--dry-run")
    assert dry.exit_code == ExitCode.OK and kb.read_bytes() == before
    assert (
        "  languageCode not kept (2 records: en): the claims file keeps its own language ('language: es'); an "
        "import gives one to a file it creates only"
    ) in dry.stdout.splitlines()
    # into a file naming no language (the starter file's case), the note says what keeps it (review47b)
    unnamed = write_kb('claims:\n  - id: a\n    claim: A claim about the harbour.\n    verdict: "true"\n')
    told = invoke("import", str(source), "--kb", str(unnamed), "--dry-run")
    assert (
        "  languageCode not kept (2 records: en): the claims file names no language: to keep it, add 'language: en' "
        "at the top of the file, below any '---' line"
    ) in told.stdout.splitlines(), told.stdout
    new = invoke("import", str(source), "--kb", str(tmp_path / "new.yaml"))
    assert new.exit_code == ExitCode.OK and "languageCode" not in new.stdout
    google["claims"][2]["claimReview"][0]["languageCode"] = "es"
    source.write_text(json.dumps(google), encoding="utf-8")
    mixed = invoke("import", str(source), "--kb", str(tmp_path / "mixed.yaml"))
    assert "  languageCode not kept (2 records: en, es): the records do not all name the same language" in "\n".join(
        mixed.stdout.splitlines()
    )


def test_the_printed_import_report_names_a_few_of_many_records_and_json_all(
    invoke: Invoke, write_kb: Callable[..., Path], tmp_path: Path
) -> None:
    """A daily import of a feed that keeps every past fact-check printed a line for each record already in
    the file (21,000 lines for a 20 MB Data Commons feed) and every id of a rating not on the map on one
    line: the printed report names the first few, a claim whose fields differ from the file's among them,
    and says how many more --json lists."""
    reviews = [
        {
            "@type": "ClaimReview",
            "url": f"https://checks.example.org/fc/{number}",
            "claimReviewed": f"The harbour ferry number {number} runs on diesel fuel only.",
            "reviewRating": {"@type": "Rating", "alternateName": "Spins the facts"},
        }
        for number in range(25)
    ]
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(reviews), encoding="utf-8")
    kb = tmp_path / "claims.yaml"
    first = invoke("import", str(feed), "--kb", str(kb))
    assert first.exit_code == ExitCode.OK, first.output
    unmapped = [line for line in first.stdout.splitlines() if line.startswith("  “Spins the facts”: ")]
    assert len(unmapped) == 1 and unmapped[0].endswith(" … and 15 more (--json lists them all)")
    assert unmapped[0].count(", ") == 9  # ten ids
    # the last claim, as factcheck JSON with its verdict changed: its skip asks for an edit, and is named
    claims = json.loads(invoke("export", "--kb", str(kb), "-f", "json").stdout)
    claims[-1]["verdict"] = "false"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(claims), encoding="utf-8")
    before = kb.read_bytes()
    again = invoke("import", str(edited), "--kb", str(kb))
    assert again.exit_code == ExitCode.OK, again.output
    lines = again.stdout.splitlines()
    assert "skipped 25 duplicates:" in lines
    skips = lines[lines.index("skipped 25 duplicates:") + 1 :]
    assert len(skips) == 21 and skips[-1] == "  … and 5 more (--json lists them all)"
    assert "its verdict differs from the file's" in skips[-2]
    assert kb.read_bytes() == before
    report = json.loads(invoke("import", str(edited), "--kb", str(kb), "--json").stdout)
    assert len(report["skipped"]) == 25
    listed = json.loads(invoke("import", str(feed), "--kb", str(tmp_path / "new.yaml"), "--json").stdout)
    assert len(listed["unmapped_ratings"][0]["ids"]) == 25


#: the line a note says to add at the claims file's top: the note's end, after this
_LINE_TO_ADD = "add this line at the top of the file, below any '---' line: "


@pytest.mark.parametrize(
    ("publisher", "base_url"),
    [
        ('name: "O\'Reilly Fact Check"\n  url: https://oreilly.example/', "https://x.example/o'reilly/"),
        ('name: "The \\"Truth\\" Desk: C:\\\\checks # 1"', "https://x.example/checks/"),
        ("name: 'It''s: a # desk'", "https://x.example/"),
        # characters a terminal or YAML reads otherwise: a line separator (a line break to YAML), a bidirectional
        # control, a tab, NEL
        ('name: "Desk\\u2028One\\u202e\\tTwo\\x85"', "https://x.example/"),
    ],
)
def test_the_settings_lines_an_import_from_standard_input_names_paste_back_as_the_same_values(
    invoke: Invoke, write_kb: Callable[..., Path], publisher: str, base_url: str
) -> None:
    # "add 'publisher: {name: "O'Reilly Fact Check"}' ..." (cli88): the apostrophe ended the quotes around the
    # line; each setting's line now ends a note of its own, and pasted as printed reads back the same value
    source_text = f'base_url: "{base_url}"\npublisher:\n  {publisher}\n' + DESK_FILE.split("claims:", 1)[1].join(
        ["claims:", ""]
    )
    source = load_knowledge_base(write_kb(source_text, "desk.yaml"))
    assert source.publisher is not None and source.base_url == base_url
    kb = write_kb('claims:\n  - id: a\n    claim: A claim about the harbour.\n    verdict: "true"\n')
    result = invoke("import", "-", "--kb", str(kb), input=source_text.encode("utf-8"))
    assert result.exit_code == ExitCode.OK, result.output
    lines = [line.split(_LINE_TO_ADD, 1)[1] for line in result.stdout.splitlines() if _LINE_TO_ADD in line]
    assert [line.split(":", 1)[0] for line in lines] == ["publisher", "base_url"]
    kb.write_text("\n".join(lines) + "\n" + kb.read_text(encoding="utf-8"), encoding="utf-8")
    after = load_knowledge_base(kb)
    assert (after.publisher, after.base_url) == (source.publisher, source.base_url)
    assert invoke("validate", "--kb", str(kb)).exit_code == ExitCode.OK


def _own_claimreview_records(invoke: Invoke, tmp_path: Path) -> list[dict[str, Any]]:
    """The records of factcheck's own ClaimReview export of two claims, 'tacos' and 'moon'."""
    kb = tmp_path / "mine.yaml"
    kb.write_text(
        "claims:\n"
        "  - id: tacos\n    claim: Tacos are sandwiches.\n    verdict: 'false'\n"
        "  - id: moon\n    claim: The moon is made of cheese.\n    verdict: 'false'\n",
        encoding="utf-8",
    )
    exported = tmp_path / "exported.json"
    export = ("export", "--kb", str(kb), "-f", "claimreview", "--base-url", "https://x.org/", "-o", str(exported))
    assert invoke(*export).exit_code == ExitCode.OK
    records: list[dict[str, Any]] = json.loads(exported.read_text(encoding="utf-8"))
    return records


def test_skip_invalid_leaves_out_a_different_claim_under_an_id_of_its_own_claimreview_as_it_says(
    invoke: Invoke, tmp_path: Path
) -> None:
    # a record of factcheck's own ClaimReview export repeating an id was said to be "left out" yet added as 'tacos-2'
    records = _own_claimreview_records(invoke, tmp_path)
    source = tmp_path / "twice.json"
    source.write_text(
        json.dumps([records[0], {**records[0], "claimReviewed": "Burritos are soups."}, records[1]]), encoding="utf-8"
    )
    target = tmp_path / "c.yaml"
    refused = invoke("import", str(source), "--kb", str(target))
    assert refused.exit_code == ExitCode.ERROR and not target.exists()
    result = invoke("import", str(source), "--kb", str(target), "--skip-invalid")
    assert result.exit_code == ExitCode.OK, result.output
    assert [c.id for c in load_knowledge_base(target).claims] == ["tacos", "moon"]
    assert "added 2 claims" in result.stdout and "-2" not in result.stdout
    assert "  [1]: id 'tacos' repeats [0]: give one of the two claims another id" in result.stdout.splitlines()


@pytest.mark.parametrize("shape", ["list", "graph", "page"])
def test_the_same_record_of_its_own_claimreview_twice_is_skipped_as_a_duplicate(
    invoke: Invoke, tmp_path: Path, shape: str
) -> None:
    # docs/commands.md: one review given twice (the page's mainEntity and in the @graph) is read once; factcheck's
    # own record (no @id) refused the whole import: "id 'tacos' repeats @graph[0].mainEntity: ... delete one of
    # them", advice for someone else's page, or was "left out 1 unreadable record" with --skip-invalid
    records = _own_claimreview_records(invoke, tmp_path)
    record = records[0]
    if shape == "list":
        source, text, first = tmp_path / "twice.json", json.dumps([record, record, records[1]]), "[0]"
    elif shape == "graph":
        page = {"@type": "WebPage", "mainEntity": record}
        text = json.dumps({"@context": "https://schema.org", "@graph": [page, record]})
        source, first = tmp_path / "twice.json", "@graph[0].mainEntity"
    else:
        script = f'<script type="application/ld+json">{json.dumps(record)}</script>'
        source, text, first = tmp_path / "twice.html", f"<html><head>{script}{script}</head></html>", None
    source.write_text(text, encoding="utf-8")
    target = tmp_path / "c.yaml"
    result = invoke("import", str(source), "--kb", str(target))
    assert result.exit_code == ExitCode.OK, result.output
    assert [c.id for c in load_knowledge_base(target).claims][:1] == ["tacos"]
    assert "tacos-2" not in target.read_text(encoding="utf-8")
    assert "skipped 1 duplicate:" in result.stdout.splitlines()
    if first is not None:
        assert any(
            line.endswith(f": same fact-check as {first} (earlier in the file)") for line in result.stdout.splitlines()
        )
    assert "unreadable" not in result.output and "error" not in result.output
