"""The library's messages speak of its own parameters, never of the command line's options.

A Python caller has no flags: "pass --skip-invalid", "give --base-url" or "use --kb -" told it of
options it cannot give.  The core words such a setting as its caller sets it (``skip_invalid=True``)
or not at all, and the command line words it as its options (``Advice``, ``worded_for``); the
command line's own messages are tested with its commands (test_cli_*.py).
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck import (
    Claim,
    InputError,
    KnowledgeBaseError,
    Verdict,
    add_claims,
    import_file,
    read_article,
    read_import_source,
    update_claim,
    validate_file,
)
from factcheck.cli.app import OPTION_WORDING
from factcheck.editing import check_entry_text
from factcheck.errors import Advice, FactcheckError, Location, shown_name, typed_name, undecoded_bytes_shown
from factcheck.filters import ClaimFilter
from factcheck.store import default_kb_path


def test_advice_words_each_setting_as_its_reader_sets_it() -> None:
    advice = Advice(
        "pass {skip_invalid} for {name}{hint}", {"skip_invalid": "skip_invalid=True", "name": "x", "hint": ""}
    )
    assert str(advice) == "pass skip_invalid=True for x"
    # a wording may quote the other fields; a field's value is never read as a template ("{name}" kept)
    reworded = advice.text({"skip_invalid": "--skip-invalid", "hint": " (see {name})", "unused": "-u"})
    assert reworded == "pass --skip-invalid for x (see x)"
    quoting = Advice("no claim {claim}{hint}", {"claim": "'{hint}'", "hint": ""})
    assert quoting.text({"hint": "!"}) == "no claim '{hint}'!"


def test_an_error_reworded_for_the_command_line_keeps_its_place_and_pickles() -> None:
    advice = Advice("give {base_url}", {"base_url": "base_url"})
    error = InputError(advice, Location("claims.yaml", 3))
    assert str(error) == "claims.yaml:3: error: give base_url"
    reworded = error.worded_for({"base_url": "--base-url"})
    assert str(reworded) == "claims.yaml:3: error: give --base-url"
    assert reworded.message == "give --base-url" and reworded.location == Location("claims.yaml", 3)
    assert str(error) == "claims.yaml:3: error: give base_url"  # the original is left as it was
    assert str(pickle.loads(pickle.dumps(reworded))) == str(reworded)
    plain = FactcheckError("nothing to advise")
    assert plain.worded_for(OPTION_WORDING) is plain


def test_an_unknown_csv_column_names_no_command(tmp_path: Path) -> None:
    # it said "the columns are those of 'factcheck export --format csv'"
    with pytest.raises(InputError) as caught:
        import_file(tmp_path / "c.yaml", b"claim,verdict,tag\nThe moon is cheese,false,space\n", "in.csv")
    message = str(caught.value)
    assert "(did you mean 'tags'? the columns are those of the CSV export: id, claim," in message
    assert "factcheck export" not in message and "--" not in message
    assert "'factcheck export --format csv'" in str(caught.value.worded_for(OPTION_WORDING))


def test_factcheck_kb_set_to_a_dash_names_no_option() -> None:
    # "use --kb - to read one from standard input": the library reads standard input as any file
    with pytest.raises(InputError) as caught:
        default_kb_path(Path("/nonexistent-folder"), {"FACTCHECK_KB": "-"})
    assert str(caught.value) == "$FACTCHECK_KB is '-': name a claims file there"


def test_a_date_range_that_holds_no_date_names_the_filters_fields() -> None:
    # it said "'2026' is after --until '2025'": the command's option (list and export word it so themselves)
    with pytest.raises(ValueError, match=r"^since '2026' is after until '2025': no date is in both$"):
        ClaimFilter(since="2026", until="2025")


def test_a_tab_in_a_text_without_quotes_is_told_as_update_claim_meets_it(tmp_path: Path) -> None:
    # both said "'factcheck edit' with options cannot change (its editor can)": a command, and its editor
    kb = tmp_path / "claims.yaml"
    kb.write_text('claims:\n  - id: b\n    claim: Cows\tfly\n    verdict: "false"\n', encoding="utf-8")
    before = kb.read_bytes()
    (warning,) = validate_file(kb)[1]
    assert warning.message == (
        "claim 'b' text (claim) has a tab in a text without quotes: update_claim cannot change this claim; put "
        'the text in double quotes, the tab written \\t ("a\\tb"), or make the tab a space'
    )
    assert "'factcheck edit' with options cannot change this claim (its editor can)" in (
        warning.worded_for(OPTION_WORDING).message
    )
    with pytest.raises(FactcheckError) as caught:
        update_claim(kb, "b", lambda claim: dataclasses.replace(claim, verdict=Verdict.TRUE))
    assert str(caught.value) == (
        f"{kb}:3:16: error: a tab in a text without quotes, which update_claim cannot change; put the text in "
        'double quotes, the tab written \\t ("a\\tb"), or make the tab a space, then try again'
    )
    assert kb.read_bytes() == before


def test_a_skipped_claim_whose_fields_differ_names_the_functions_that_add_and_change(tmp_path: Path) -> None:
    # it said "import adds claims, 'factcheck edit moon' changes one": a command, to a Python caller
    kb = tmp_path / "claims.yaml"
    kb.write_text(
        'claims:\n  - id: moon\n    claim: The moon is made of cheese\n    verdict: "false"\n', encoding="utf-8"
    )
    report = import_file(kb, b"id,claim,verdict\nmoon,The moon is made of cheese,true\n", "sheet.csv")
    (skipped,) = report.skipped
    library = (
        "same text as 'moon'; its verdict differs from the file's: import_file adds claims, update_claim changes one"
    )
    assert skipped.reason == library
    assert report.to_dict()["skipped"][0]["reason"] == library
    command_line = (
        "same text as 'moon'; its verdict differs from the file's: import adds claims, 'factcheck edit moon' "
    )
    assert skipped.worded_for(OPTION_WORDING).reason == command_line + "changes one"
    assert report.to_dict(OPTION_WORDING)["skipped"][0]["reason"] == command_line + "changes one"


def test_a_claims_file_with_errors_is_refused_naming_validate_file(tmp_path: Path) -> None:
    # add_claims and import_file said "has errors; fix them first (see 'factcheck validate')"
    kb = tmp_path / "claims.yaml"
    kb.write_text("claims:\n  - id: x\n    claim: y\n    verdict: maybe\n", encoding="utf-8")
    before = kb.read_bytes()
    added = Claim(id="sky", claim="The sky is green", verdict=Verdict.FALSE)
    for refused in (
        lambda: add_claims(kb, [added]),
        lambda: import_file(kb, b"claim,verdict\nSky is green,false\n", "a.csv"),
    ):
        with pytest.raises(KnowledgeBaseError) as caught:
            refused()
        first = caught.value.problems[0]
        assert first.message == "has errors; fix them first (see validate_file)"
        assert "factcheck" not in str(caught.value)
        assert first.worded_for(OPTION_WORDING).message == "has errors; fix them first (see 'factcheck validate')"
    assert kb.read_bytes() == before


@pytest.mark.parametrize(
    ("read", "library", "command_line"),
    [
        (
            read_import_source,
            "read_import_source reads files, not web addresses (it never goes on the network); save the document "
            "first, e.g. curl -L -o downloaded-fact-checks.json 'URL', then call "
            "read_import_source('downloaded-fact-checks.json')",
            "factcheck import reads files, not web addresses (it never goes on the network); save the document "
            "first, e.g. curl -L -o downloaded-fact-checks.json 'URL', then run: "
            "factcheck import downloaded-fact-checks.json",
        ),
        (
            read_article,
            "read_article reads files, not web addresses (it never goes on the network); save the page first, e.g. "
            "curl -L -o downloaded-page.html 'URL', then call read_article('downloaded-page.html')",
            "factcheck scan reads files, not web addresses (it never goes on the network); save the page first, e.g. "
            "curl -L -o downloaded-page.html 'URL', then run: factcheck scan downloaded-page.html",
        ),
    ],
)
def test_a_web_address_to_read_is_told_as_the_reader_reads_files(
    read: Callable[[str], object], library: str, command_line: str
) -> None:
    # read_import_source("https://...") said "factcheck import reads files ... then run: factcheck import claims.json"
    with pytest.raises(InputError) as caught:
        read("https://example.org/fact-checks.json")
    assert caught.value.message == library
    assert caught.value.location == Location("https://example.org/fact-checks.json")
    assert caught.value.worded_for(OPTION_WORDING).message == command_line


def test_a_web_address_to_import_is_never_advised_saved_as_the_claims_file(tmp_path: Path) -> None:
    # the name '--kb URL' is advised ('downloaded-claims.yaml'), nor the claims file to import into, told by
    # kb=: 'import https://.../claims.yaml --kb downloaded-claims.yaml' advised saving the page over it
    with pytest.raises(InputError) as caught:
        read_import_source("https://partner.example.org/claims.yaml", kb=tmp_path / "downloaded-claims-2.yaml")
    assert "curl -L -o downloaded-claims-3.yaml 'URL', then call read_import_source('downloaded-claims-3.yaml')" in (
        caught.value.message
    )


def test_an_entry_checked_alone_keeps_the_advice_of_its_problems() -> None:
    # check_entry_text moved each problem to the entry's lines by building it anew, without its advice: the
    # tab warning then stayed "update_claim cannot change this claim" whatever the wording asked for
    claim, problems = check_entry_text('id: b\nclaim: Cows\tfly\nverdict: "false"\n')
    assert claim is not None
    (warning,) = problems
    assert (warning.location.line, warning.location.column) == (2, 8)
    assert "update_claim cannot change this claim;" in warning.message
    assert "'factcheck edit' with options cannot change this claim (its editor can);" in (
        warning.worded_for(OPTION_WORDING).message
    )


def test_a_byte_of_a_name_that_is_not_utf8_is_shown_as_bash_writes_it() -> None:
    # Python reads such a byte as a lone surrogate ('d\udce9sk.yaml'): printed, it was '\udce9' on standard error
    # and '\xe9' in GitHub's annotations; every message now writes it as bash's $'d\xe9sk.yaml' does
    latin_1 = os.fsdecode(b"d\xe9sk.yaml") if sys.getfilesystemencoding() == "utf-8" else "d\udce9sk.yaml"
    assert shown_name(latin_1) == shown_name(Path(latin_1)) == "d\\xe9sk.yaml"
    assert undecoded_bytes_shown("gone\udcff\udcfe.yaml") == "gone\\xff\\xfe.yaml"
    assert str(Location(latin_1, 4, 14)) == "d\\xe9sk.yaml:4:14"
    # UTF-8 bytes read as surrogates (the C locale reads names as ASCII) are kept, for the stream to write them back
    # as they were (cli.app's handler), a stray byte among them shown; any other lone surrogate as Python writes it
    assert undecoded_bytes_shown("caf\udcc3\udca9\udcff.yaml") == "caf\udcc3\udca9\\xff.yaml"
    assert undecoded_bytes_shown("half \ud83d of an emoji") == "half \\ud83d of an emoji"
    assert shown_name("café 2026.yaml") == "café 2026.yaml"  # accents and spaces as they are
    # a command to type: bash's $'...' reads the escape back, where 'd\xe9sk.yaml' named a backslash and an x
    assert typed_name(latin_1) == "$'d\\xe9sk.yaml'"
    assert typed_name("it's\n.yaml") == "$'it\\'s\\x0a.yaml'"
    assert typed_name("my desk.yaml") == "'my desk.yaml'" and typed_name("desk.yaml") == "desk.yaml"


def test_a_character_above_ascii_and_a_byte_that_is_not_utf8_are_shown_apart() -> None:
    # U+0085 (a C1 control, a line break to splitlines) was shown '\x85', as the byte 0x85 of a Latin-1 name is:
    # two files, one name in a message; and bash reads $'a\x85b.yaml' as the byte, a file that does not exist
    character, byte = "a\x85b.yaml", os.fsdecode(b"a\x85b.yaml") if sys.getfilesystemencoding() == "utf-8" else ""
    assert shown_name(character) == "a\\u0085b.yaml" and typed_name(character) == "$'a\\u0085b.yaml'"
    if byte:
        assert shown_name(byte) == "a\\x85b.yaml" and typed_name(byte) == "$'a\\x85b.yaml'"
    assert shown_name("a\x7fb\u2028.yaml") == "a\\x7fb\\u2028.yaml"  # DEL is ASCII: its byte and character are one


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash to read the hint back")
@pytest.mark.skipif(sys.getfilesystemencoding() != "utf-8", reason="names are read as UTF-8 here")
@pytest.mark.parametrize(
    "name",
    [b"a\xc2\x85b.yaml", b"d\xe9sk.yaml", b"it's \xe9\\x.yaml", b"a\nb\x1b.yaml", b"\xe2\x80\xa8 \xc3\xa9 $(id).yaml"],
)
def test_bash_reads_a_typed_name_back_into_the_files_own_bytes(name: bytes) -> None:
    # the hint of a refusal (cp, cd, validate FILE, --kb) is typed into bash: it must name the file, byte for byte
    typed = typed_name(os.fsdecode(name))
    environment = {**os.environ, "LC_ALL": "C.UTF-8"}  # bash's \u is a UTF-8 character in a UTF-8 locale
    read = subprocess.run(
        ["bash", "-c", f"printf '%s' {typed}"], capture_output=True, check=True, env=environment
    ).stdout
    assert read == name, (typed, read)
