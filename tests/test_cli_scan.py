"""``factcheck scan`` from the command line: reports, exit codes, and clear refusals."""

from __future__ import annotations

import io
import itertools
import json
import math
import plistlib
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from rich.console import Console
from typer.testing import Result

from factcheck.article import MAX_ARTICLE_BYTES, parse_article
from factcheck.cli import ExitCode
from factcheck.cli.output import sanitize
from factcheck.cli.progress import ProgressBar
from factcheck.cli.scan import OPPOSITE_NOTE, _print_results, _sentence_lines
from factcheck.matching import Match
from factcheck.model import Claim, Source, Verdict
from factcheck.scan import SentenceResult, scan_article
from factcheck.store import load_knowledge_base

Invoke = Callable[..., Result]
FIXTURES = Path(__file__).parent / "fixtures" / "scan"

ARTICLE = (
    "# Troops in Mexico\n"
    "\n"
    "There are more than 10,000 US troops deployed in Mexico. Grab a coffee!\n"
    "Are there 10,000 troops in Mexico?\n"
    "The Mexican Navy operates more than 180 ships.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def json_lines(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_text_report_in_reading_order(invoke: Invoke, article: Path, mini_kb: Path) -> None:
    result = invoke("scan", str(article), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"{article} (markdown): 5 sentences, checked against {mini_kb} (threshold 0.50)"
    body = "\n".join(lines[2:])
    assert body.index("1  Troops in Mexico  · skipped: heading without a verb") < body.index(
        "3  There are more than 10,000 US troops deployed in Mexico."
    )
    assert "    FALSE  There are more than 10,000 US troops deployed in Mexico." in body
    assert "us-troops-in-mexico-10000 · Example News https://example.org/border-mission" in body
    assert "3  Grab a coffee!  · skipped: imperative/filler (grab)" in body
    assert "4  Are there 10,000 troops in Mexico?  · skipped: question" in body
    assert "5  The Mexican Navy operates more than 180 ships." in body
    assert "   no fact-check found · checkable: has a number (180)" in body
    summary = lines[lines.index("Summary") :]
    assert [line.split() for line in summary[1:]] == [
        ["Sentences", "read", "5"],
        ["Checkable", "claims", "2"],
        ["with", "a", "fact-check", "1"],
        ["FALSE", "1"],
        ["no", "fact-check", "found", "1"],
        ["Not", "checkable", "(skipped)", "3"],
    ]
    assert "\x1b[" not in result.stdout  # not a terminal: no colour


def test_only_filters_sentences_not_the_summary(invoke: Invoke, article: Path, mini_kb: Path) -> None:
    result = invoke("scan", str(article), "--kb", str(mini_kb), "--only", "unmatched")
    assert "showing only unmatched sentences" in result.stdout
    assert "The Mexican Navy operates" in result.stdout
    assert "There are more than 10,000" not in result.stdout and "Grab a coffee" not in result.stdout
    assert ["Sentences", "read", "5"] in [line.split() for line in result.stdout.splitlines()]
    assert result.exit_code == ExitCode.OK  # something matched, even if it is not shown


def test_json_lines_one_object_per_sentence_then_the_summary(invoke: Invoke, article: Path, mini_kb: Path) -> None:
    result = invoke("scan", str(article), "--kb", str(mini_kb), "--json")
    assert result.exit_code == ExitCode.OK
    objects = json_lines(result)
    assert [o["type"] for o in objects] == ["sentence"] * 5 + ["summary"]
    assert [(o["line"], o["checkable"], o["match"] and o["match"]["id"]) for o in objects[:5]] == [
        (1, False, None),
        (3, True, "us-troops-in-mexico-10000"),
        (3, False, None),
        (4, False, None),
        (5, True, None),
    ]
    assert objects[3] == {
        "type": "sentence",
        "line": 4,
        "text": "Are there 10,000 troops in Mexico?",
        "checkable": False,
        "reason": "question",
        "match": None,
        "speaker": None,
        "scored_by": None,  # not checkable: not matched
        # where it is in the file: ARTICLE[start:end] (code points; JavaScript's UTF-16 units too)
        "start": ARTICLE.index("Are there"),
        "end": ARTICLE.index("Are there") + len("Are there 10,000 troops in Mexico?"),
        "start_utf16": ARTICLE.index("Are there"),
        "end_utf16": ARTICLE.index("Are there") + len("Are there 10,000 troops in Mexico?"),
        "source": str(article),  # the article, as the summary names it
    }
    summary = objects[-1]
    assert {k: summary[k] for k in ("sentences", "checkable", "matched", "unmatched", "skipped")} == {
        "sentences": 5,
        "checkable": 2,
        "matched": 1,
        "unmatched": 1,
        "skipped": 3,
    }
    assert summary["matched_by_verdict"] == {"false": 1}
    assert (summary["source"], summary["format"], summary["kb"]) == (str(article), "markdown", str(mini_kb))
    assert 0 < summary["threshold"] <= 1


def test_json_match_is_exactly_what_check_json_prints(invoke: Invoke, article: Path, mini_kb: Path) -> None:
    scanned = json_lines(invoke("scan", str(article), "--kb", str(mini_kb), "--json", "--only", "matched"))
    (sentence, _summary) = scanned
    checked = json_lines(invoke("check", sentence["text"], "--kb", str(mini_kb), "--json", "--top", "1"))
    assert sentence["match"] == checked[0]["matches"][0]


def test_markdown_report(invoke: Invoke, article: Path, mini_kb: Path) -> None:
    result = invoke("scan", str(article), "--kb", str(mini_kb), "--format", "markdown")
    assert result.exit_code == ExitCode.OK
    escaped_path = str(article).replace("_", "\\_")
    assert result.stdout.startswith(f"# Fact-check scan of {escaped_path}\n\n**5** sentences read;")
    assert "## Claims with a fact-check (1)" in result.stdout
    assert "[Example News](https://example.org/border-mission)" in result.stdout


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_json_and_another_format_conflict(invoke: Invoke, article: Path, fmt: str) -> None:
    # the format given is named, as validate names it ('--json and --format github'), not "markdown/text"
    result = invoke("scan", str(article), "--json", "--format", fmt)
    assert result.exit_code == ExitCode.ERROR
    assert f"--json and --format {fmt} cannot be used together" in result.stderr
    assert invoke("scan", str(article), "--json", "--format", "json").exit_code == ExitCode.OK


def test_no_match_exits_1(invoke: Invoke, tmp_path: Path, mini_kb: Path) -> None:
    path = tmp_path / "other.txt"
    path.write_text("The Mexican Navy operates more than 180 ships.\nWhat do you think?\n", encoding="utf-8")
    result = invoke("scan", str(path), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.NO_MATCH
    assert "no fact-check found" in result.stdout


def test_min_score_above_every_score_matches_nothing(invoke: Invoke, article: Path, mini_kb: Path) -> None:
    result = invoke("scan", str(article), "--kb", str(mini_kb), "--json", "--min-score", "1")
    summary = json_lines(result)[-1]
    assert summary["threshold"] == 1.0
    # A perfect score is possible only for a sentence that is exactly a claim's wording.
    assert result.exit_code == (ExitCode.OK if summary["matched"] else ExitCode.NO_MATCH)
    assert invoke("scan", str(article), "--min-score", "1.5").exit_code == ExitCode.ERROR


def test_the_threshold_is_shown_as_it_was_given(invoke: Invoke, article: Path, mini_kb: Path) -> None:
    """'--min-score 0.999' was shown as "(threshold 1.00)"."""
    result = invoke("scan", str(article), "--kb", str(mini_kb), "--min-score", "0.999")
    assert result.stdout.splitlines()[0].endswith("(threshold 0.999)"), result.output
    result = invoke("scan", str(article), "--kb", str(mini_kb), "--min-score", "0.999", "--format", "markdown")
    assert "with a match threshold of 0.999." in result.stdout, result.output


def test_standard_input_with_dash_and_by_default(invoke: Invoke, mini_kb: Path) -> None:
    for args in (["scan", "-"], ["scan"]):
        result = invoke(*args, "--kb", str(mini_kb), "--json", input=ARTICLE.encode())
        assert result.exit_code == ExitCode.OK, result.output
        summary = json_lines(result)[-1]
        assert (summary["source"], summary["format"], summary["sentences"]) == ("<stdin>", "markdown", 5)


def test_input_format_can_be_forced(invoke: Invoke, article: Path, mini_kb: Path) -> None:
    result = invoke("scan", str(article), "--kb", str(mini_kb), "--json", "--input-format", "text")
    first = json_lines(result)[0]
    assert first["text"] == "# Troops in Mexico"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty, nothing to scan"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not text"),
        (b"<html><body><script>x()</script></body></html>", "no readable text in this html input"),
    ],
)
def test_unusable_files_exit_2_with_one_clear_line(
    invoke: Invoke, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "input.html"
    path.write_bytes(content)
    result = invoke("scan", str(path))
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr.startswith(f"factcheck: {path}: error: {message}")
    assert result.stderr.count("\n") == 1
    assert result.stdout == "" and "Traceback" not in result.output


def test_a_final_ctrl_z_is_no_sentence(invoke: Invoke, tmp_path: Path) -> None:
    # a DOS editor's end-of-file mark was listed as a last sentence, "\x1a · skipped: too short"
    path = tmp_path / "dos.txt"
    path.write_bytes(b"US troops are in Mexico.\r\n\r\nThe Pentagon denies it.\r\n\x1a")
    result = invoke("scan", str(path), "--json")
    sentences = [json.loads(line) for line in result.stdout.splitlines()][:-1]
    assert [sentence["text"] for sentence in sentences] == ["US troops are in Mexico.", "The Pentagon denies it."]


def test_a_file_not_utf8_is_named_at_its_byte(invoke: Invoke, tmp_path: Path) -> None:
    # "not UTF-8 text (byte 0xa0 on line 1)": no column, no character, where the claims file's says both
    path = tmp_path / "essay.txt"
    path.write_bytes(b"Intro.\n\nThe US sent 10,000 troops\xa0to Mexico \x97 really.\n")
    result = invoke("scan", str(path))
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr == (
        f"factcheck: {path}:3:26: error: not UTF-8 text: byte 0xa0 is a no-break space in Windows-1252 (Latin-1); "
        "save the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)\n"
    )
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("name", "content", "document"),
    [
        # a PDF without a NUL byte early was "not UTF-8 text; convert it to UTF-8 first, e.g. iconv"
        ("article.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
        ("article.docx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00[Content_Types].xml", "a zip file (as a Word .docx"),
        ("article.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "an Office document (as an old Word .doc"),
        ("article.odt", b"PK\x03\x04\x14\x00\x06\x00\x08\x00mimetype", "a zip file (as a Word .docx"),
        # read as text, its formatting codes as a sentence checked
        ("article.rtf", b"{\\rtf1\\ansi {\\fonttbl\\f0 Times;} US soldiers are in Mexico.\\par}", "an RTF"),
    ],
)
@pytest.mark.parametrize("command", ["scan", "import"])
def test_a_document_given_for_text_is_named_with_what_to_do(
    invoke: Invoke, tmp_path: Path, mini_kb: Path, command: str, name: str, content: bytes, document: str
) -> None:
    # a class saving the handout as it came: the message said "binary data" or "convert it with iconv"
    path = tmp_path / name
    path.write_bytes(content)
    before = mini_kb.read_bytes()
    result = invoke(command, str(path), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    if command == "scan" and name.endswith((".docx", ".odt")):
        # scan reads a .docx and an .odt (tests/test_scan_docx.py, test_scan_odt.py): one cut short, as this one
        # is, is told so
        named = "Word document (.docx)" if name.endswith(".docx") else "OpenDocument text (.odt)"
        damaged = f"is not a readable {named}: its zip is damaged or cut short"
        assert result.stderr.startswith(f"factcheck: {path}: error: {damaged}")
        assert result.stdout == "" and "Traceback" not in result.output
        return
    assert result.stderr.startswith(f"factcheck: {path}: error: is {document}")
    # import was sent to a .txt file, which it refuses: it is told what import reads; scan, which reads a .docx
    # and an .odt, tells a word processor's document (an old .doc) to be saved as a .docx
    word_processor = name.endswith(".doc")
    advice = (
        "not text: scan reads a Word document (.docx), an OpenDocument text (.odt) and plain text; save it as a "
        ".docx (File > Save As, in Word or LibreOffice) or copy its text into a .txt file, and scan that file instead"
        if command == "scan" and word_processor
        else "not text: scan reads plain text, Word documents (.docx) and OpenDocument texts (.odt) only; copy its "
        "text into a .txt file"
        if command == "scan"
        else "not text: import reads CSV, JSON, JSON Lines or a web page; put its claims in a spreadsheet, "
        "save that as CSV and import it instead\n"
    )
    assert advice in result.stderr
    assert result.stdout == "" and "Traceback" not in result.output
    assert mini_kb.read_bytes() == before


@pytest.mark.parametrize(
    ("name", "entries", "word_processor"),
    [
        ("archive.zip", {"a.txt": "There are 10,000 US troops in Mexico."}, False),
        ("book.epub", {"mimetype": "application/epub+zip", "OEBPS/chapter1.xhtml": "<html/>"}, False),
        ("sheet.xlsx", {"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}, False),
        # told by its entries whatever its name: a Word zip with no content types (an OpenDocument text or
        # presentation is read or named by tests/test_scan_odt.py)
        ("handout.zip", {"word/document.xml": "<x/>"}, True),
    ],
)
def test_only_a_word_processors_zip_is_told_to_be_saved_as_a_docx(
    invoke: Invoke, tmp_path: Path, mini_kb: Path, name: str, entries: dict[str, str], word_processor: bool
) -> None:
    # an archive, an e-book or a spreadsheet was told "save it as a .docx (File > Save As, in Word ...)"
    path = tmp_path / name
    path.write_bytes(_zip(entries, stored=True))  # as an OpenDocument stores its "mimetype"
    result = invoke("scan", str(path), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert ("save it as a .docx (File > Save As" in result.stderr) is word_processor
    if not word_processor:
        assert (
            "scan reads plain text, Word documents (.docx) and OpenDocument texts (.odt) only; copy its text into a "
            ".txt file" in result.stderr
        )
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output


#: what Safari's File > Save As writes: a binary property list holding the page (plistlib writes one as Safari does)
_WEB_ARCHIVE = plistlib.dumps(
    {
        "WebMainResource": {
            "WebResourceData": b"<html><body><p>There are US troops in Mexico.</p></body></html>",
            "WebResourceMIMEType": "text/html",
            "WebResourceTextEncodingName": "UTF-8",
            "WebResourceURL": "https://example.com/story",
            "WebResourceFrameName": "",
        }
    },
    fmt=plistlib.FMT_BINARY,
)


@pytest.mark.parametrize("name", ["story.webarchive", "download"])
def test_a_safari_web_archive_is_named_with_how_to_save_the_page_as_html(
    invoke: Invoke, tmp_path: Path, mini_kb: Path, name: str
) -> None:
    # it was "binary data, not text": its user saw a web page saved from Safari
    path = tmp_path / name
    path.write_bytes(_WEB_ARCHIVE)
    before = mini_kb.read_bytes()
    scanned = invoke("scan", str(path), "--kb", str(mini_kb))
    assert scanned.exit_code == ExitCode.ERROR and scanned.stdout == ""
    assert scanned.stderr == (
        f"factcheck: {path}: error: is a Safari web archive (.webarchive), not text: save the page from Safari as "
        "HTML instead (File > Save As, Format: Page Source) and use that file\n"
    )
    imported = invoke("import", str(path), "--kb", str(mini_kb))
    assert imported.exit_code == ExitCode.ERROR
    assert imported.stderr == (
        f"factcheck: {path}: error: is a Safari web archive (.webarchive), not text: import reads CSV, JSON, JSON "
        "Lines or a web page; save the page from Safari as HTML instead (File > Save As, Format: Page Source) and "
        "import that file\n"
    )
    assert mini_kb.read_bytes() == before


def test_another_binary_property_list_is_still_binary_data(invoke: Invoke, tmp_path: Path) -> None:
    # guard: a property list that holds no web page is no web archive
    path = tmp_path / "settings.plist"
    path.write_bytes(plistlib.dumps({"WebResourceURL": "https://example.com"}, fmt=plistlib.FMT_BINARY))
    assert invoke("scan", str(path)).stderr == f"factcheck: {path}: error: binary data, not text\n"


@pytest.mark.parametrize("package", [False, True])
@pytest.mark.parametrize("command", ["scan", "import"])
def test_a_pages_document_is_named_with_how_to_export_its_text(
    invoke: Invoke, tmp_path: Path, mini_kb: Path, package: bool, command: str
) -> None:
    # Pages saves a zip ("a zip file (as a Word .docx ... is)") or a package, a folder the Finder shows as one
    # file ("is a folder, not a file": its user saw a document)
    path = tmp_path / "Wire story.pages"
    if package:
        path.mkdir()
        (path / "Index.zip").write_bytes(_zip({"Index/Document.iwa": ""}))
    else:
        path.write_bytes(_zip({"Index/Document.iwa": "", "Metadata/Properties.plist": ""}))
    result = invoke(command, str(path), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    what = (
        "a Pages document saved as a package (a folder that the Finder shows as one file)"
        if package
        else ("a Pages document")
    )
    advice = (
        "factcheck reads plain text only; in Pages, choose File > Export To > Plain Text and use that .txt file instead"
        if command == "scan"
        else "import reads CSV, JSON, JSON Lines or a web page; put its claims in a spreadsheet, save that as CSV "
        "and import it instead"
    )
    assert result.stderr == f"factcheck: {path}: error: is {what}, not text: {advice}\n"


def test_a_textedit_document_with_pictures_is_named(invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "notes.rtfd"
    path.mkdir()
    (path / "TXT.rtf").write_bytes(b"{\\rtf1\\ansi US troops.}")
    result = invoke("scan", str(path))
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr == (
        f"factcheck: {path}: error: is a TextEdit document with pictures (.rtfd) saved as a package (a folder that "
        "the Finder shows as one file), not text: factcheck reads plain text only; in TextEdit, choose Format > Make "
        "Plain Text, save it and use that .txt file instead\n"
    )
    # guard: another folder is a folder, whatever its name ends in
    other = tmp_path / "story.txt"
    other.mkdir()
    assert invoke("scan", str(other)).stderr == f"factcheck: {other}: error: is a folder, not a file\n"


def _zip(entries: dict[str, str], *, stored: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as archive:
        for entry, text in entries.items():
            archive.writestr(entry, text)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "spreadsheet"),
    [
        ("claims.xlsx", _zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}), True),
        ("download", _zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}), True),
        ("claims.ods", _zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}, stored=True), True),
        ("download", _zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}, stored=True), True),
        ("claims.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", True),
        # a Word document and an .odt text stay documents
        ("download", _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<document/>"}), False),
        ("download", _zip({"mimetype": "application/vnd.oasis.opendocument.text"}, stored=True), False),
        ("claims.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", False),
    ],
)
def test_a_spreadsheet_given_to_import_is_told_to_save_it_as_csv(
    invoke: Invoke, tmp_path: Path, mini_kb: Path, name: str, content: bytes, spreadsheet: bool
) -> None:
    # a spreadsheet was "a zip file (as a Word .docx ... is)", told to copy its text into a .txt file
    path = tmp_path / name
    path.write_bytes(content)
    before = mini_kb.read_bytes()
    result = invoke("import", str(path), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR and "Traceback" not in result.output
    is_spreadsheet = "is a spreadsheet (an Excel .xlsx/.xls or OpenDocument .ods file), not text: import reads CSV"
    assert (is_spreadsheet in result.stderr) is spreadsheet
    assert ("save it as CSV (File > Save As, CSV) and import that file instead" in result.stderr) is spreadsheet
    assert mini_kb.read_bytes() == before
    # scan keeps its advice: copy the text into a .txt file (a word processor's document: or save it as a .docx);
    # an .odt, which scan reads, is told what it lacks (tests/test_scan_odt.py)
    result = invoke("scan", str(path), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    if b"opendocument.text" in content:
        assert "holds no content.xml: a zip file, not an OpenDocument text (.odt)" in result.stderr
        return
    assert (
        "copy its text into a .txt file and use that file instead" in result.stderr
        or "save it as a .docx (File > Save As, in Word or LibreOffice) or copy its text into a .txt file"
        in result.stderr
    )
    assert ("save it as a .docx" in result.stderr) is (not spreadsheet)


def test_missing_folder_url_and_huge_inputs_exit_2(invoke: Invoke, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    cases = {
        str(tmp_path / "missing.txt"): "no such file",
        str(tmp_path): "is a folder, not a file",
        "https://example.com/us-troops-in-mexico": "save the page first, e.g. curl -L -o downloaded-page.html 'URL'",
        str(huge): "too large to be an article (more than 20 MB)",
    }
    for source, message in cases.items():
        result = invoke("scan", source)
        assert result.exit_code == ExitCode.ERROR, source
        assert result.stderr.startswith(f"factcheck: {source}: error: ")
        assert message in result.stderr
    assert "factcheck: <stdin>: error: binary data" in invoke("scan", "-", input=b"\x00\x01").stderr
    assert "<stdin>: error: is empty" in invoke("scan", input=b"").stderr
    # an empty name is not the current folder (it read ": is a folder, not a file"), for import too
    for command in ("scan", "import"):
        empty = invoke(command, "")
        assert empty.exit_code == ExitCode.ERROR
        assert empty.stderr == "factcheck: error: the file name is empty: give a file, or - for standard input\n"


@pytest.mark.parametrize(
    ("command", "page", "url", "example"),
    [
        ("scan", "page", "https://example.com/fact-checks", "downloaded-page.html"),
        ("import", "document", "https://example.com/fact-checks", "downloaded-claims.json"),
        # the address's own name where the command reads its kind of file, after 'downloaded-'
        ("scan", "page", "https://example.com/news/story.md", "downloaded-story.md"),
        ("scan", "page", "https://example.com/news/story.php", "downloaded-page.html"),
        ("import", "document", "https://example.com/fc/check.html", "downloaded-check.html"),
        ("import", "document", "https://example.com/fc/export.csv", "downloaded-export.csv"),
        # not the name '--kb URL' is advised ('downloaded-claims.yaml'), which may be the claims file itself
        ("import", "document", "https://partner.example.org/claims.yaml", "downloaded-claims-2.yaml"),
        # no name over 255 bytes ('File name too long'): a page's own name of 245 characters is not kept
        ("scan", "page", "https://example.com/news/" + "a" * 245 + ".html", "downloaded-page.html"),
        ("import", "document", "https://example.com/fc/" + "a" * 245 + ".csv", "downloaded-claims.json"),
    ],
)
def test_a_web_address_is_refused_naming_the_command(
    invoke: Invoke, command: str, page: str, url: str, example: str
) -> None:
    # the library names its function (read_article, read_import_source: test_library_messages), the command itself.
    # Never a bare page.html or claims.json: 'curl -L -o page.html URL' replaced a file of the user's own
    result = invoke(command, url)
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr == (
        f"factcheck: {url}: error: factcheck {command} reads files, not web addresses "
        f"(it never goes on the network); save the {page} first, e.g. curl -L -o {example} 'URL', then run: "
        f"factcheck {command} {example}\n"
    )


@pytest.mark.parametrize(
    ("kb", "env", "example"),
    [
        (["--kb", "downloaded-claims.yaml"], {}, "downloaded-claims-2.yaml"),
        (["--kb", "DOWNLOADED-CLAIMS-2.yaml"], {}, "downloaded-claims-3.yaml"),  # its name whatever its case
        ([], {"FACTCHECK_KB": "downloaded-claims-2.yml"}, "downloaded-claims-3.yml"),
    ],
)
def test_import_never_advises_saving_a_web_address_over_the_claims_file(
    invoke: Invoke, tmp_path: Path, kb: list[str], env: dict[str, str], example: str
) -> None:
    # 'import https://.../claims.yaml --kb downloaded-claims.yaml' advised 'curl -L -o downloaded-claims.yaml':
    # followed, it replaced the user's own claims with the partner's, before the import that would merge them
    url = "https://partner.example.org/" + ("claims.yml" if example.endswith(".yml") else "claims.yaml")
    result = invoke("import", url, *kb, env={key: str(tmp_path / value) for key, value in env.items()})
    assert result.exit_code == ExitCode.ERROR
    assert f"curl -L -o {example} 'URL', then run: factcheck import {example}\n" in result.stderr


def test_a_broken_knowledge_base_exits_2(invoke: Invoke, article: Path, write_kb: Callable[..., Path]) -> None:
    path = write_kb("claims:\n  - id: a\n    claim: c\n    verdict: nope\n")
    result = invoke("scan", str(article), "--kb", str(path))
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr.startswith(f"factcheck: {path}:4:14: error:")


def test_hostile_article_text_is_printed_literally(invoke: Invoke, tmp_path: Path, mini_kb: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text("The [red]Senate[/red] voted \x1b[2J 155 times \x07 on the troops.\n", encoding="utf-8")
    result = invoke("scan", str(path), "--kb", str(mini_kb))
    assert "[red]Senate[/red]" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\\x1b[2J 155 times \\x07" in result.stdout


@pytest.mark.parametrize("output", [[], ["--format", "markdown"]])
def test_an_arabic_letter_mark_is_shown_escaped_as_the_other_bidirectional_controls(
    invoke: Invoke, tmp_path: Path, mini_kb: Path, output: list[str]
) -> None:
    # U+061C reorders the text around it as U+200F does; it reached the terminal (and the report) raw
    path = tmp_path / "post.txt"
    path.write_text("The Senate voted \u061c155 times on the troops.\n", encoding="utf-8")
    shown = invoke("scan", str(path), "--kb", str(mini_kb), *output).stdout
    assert "\u061c" not in shown and "155 times on the troops" in shown
    if not output:  # the text report shows it escaped; Markdown drops it, as it drops U+200F
        assert "voted \\u061c155 times" in shown


@pytest.mark.parametrize(("raw", "shown"), [("\u061c", "\\u061c"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")])
def test_sanitize_escapes_what_json_output_escapes(raw: str, shown: str) -> None:
    assert sanitize(f"a{raw}b") == f"a{shown}b"


def test_long_sentences_are_shortened_on_screen_but_whole_in_json(
    invoke: Invoke, tmp_path: Path, mini_kb: Path
) -> None:
    sentence = "The Senate voted on " + ", ".join(f"item {n}" for n in range(140)) + "."
    path = tmp_path / "long.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    shown = invoke("scan", str(path), "--kb", str(mini_kb)).stdout
    assert "more characters)" in shown and sentence not in shown
    assert json_lines(invoke("scan", str(path), "--kb", str(mini_kb), "--json"))[0]["text"] == sentence


def test_explainer_example_from_the_readme(invoke: Invoke, starter_kb: Path) -> None:
    result = invoke("scan", str(FIXTURES / "explainer.md"), "--kb", str(starter_kb), "--only", "unmatched")
    assert result.exit_code == ExitCode.OK
    for claim in ("Tourism in Cancún grew by 12 percent", "daily allowance of 80 dollars", "more than 180 ships"):
        assert claim in result.stdout


# --- the progress bar ---------------------------------------------------------------------------


def terminal(buffer: io.StringIO) -> Console:
    return Console(file=buffer, force_terminal=True, width=80)


def test_progress_bar_on_a_terminal_for_long_scans() -> None:
    buffer = io.StringIO()
    bar = ProgressBar("Checking sentences", out=terminal(buffer), min_total=10)
    for done in range(0, 101, 50):
        bar(done, 100)
    bar.close()
    assert "Checking sentences" in buffer.getvalue()


@pytest.mark.parametrize(("is_terminal", "total"), [(False, 1000), (True, 5)])
def test_no_progress_bar_in_a_pipe_or_for_short_scans(is_terminal: bool, total: int) -> None:
    buffer = io.StringIO()
    out = terminal(buffer) if is_terminal else Console(file=buffer, width=80)
    bar = ProgressBar("Checking sentences", out=out, min_total=10)
    bar(total, total)
    bar.close()
    assert buffer.getvalue() == ""


@pytest.mark.e2e
def test_installed_command_scans_html_from_standard_input(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "scan", "--json", "--only", "matched"],
        input=(FIXTURES / "explainer.html").read_bytes(),
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    objects = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert objects[-1]["format"] == "html" and objects[-1]["matched"] == len(objects) - 1 >= 20
    assert result.stderr == b""


def test_a_sentence_saying_the_opposite_of_its_match_is_flagged() -> None:
    claim = Claim("us-troops", "There are US troops in Mexico.", Verdict.MISLEADING, sources=(Source("https://e.org"),))
    result = SentenceResult(3, "There are no US troops in Mexico.", True, "names an actor (US)")
    same = [line.plain for line in _sentence_lines(replace(result, match=Match(claim, 0.9, polarity="same")))]
    opposite = [line.plain for line in _sentence_lines(replace(result, match=Match(claim, 0.9, polarity="opposite")))]
    assert OPPOSITE_NOTE not in same and opposite == [*same[:2], OPPOSITE_NOTE, same[2]]
    assert replace(result, match=Match(claim, 0.9, polarity="opposite")).to_dict()["match"]["polarity"] == "opposite"


@pytest.mark.parametrize("width", [40, 100])
def test_on_a_terminal_a_sources_url_stays_whole_on_one_line(
    invoke: Invoke, tmp_path: Path, starter_kb: Path, monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    # at 100 columns the starter's first source for the 155 Marines read
    # ".../25576-2025-03-20-01-52-32?layout=default&print=1&tmpl" / "   =component": broken, and copied broken
    url = "https://muralsonorense.com/nacional/sucesos/25576-2025-03-20-01-52-32?layout=default&print=1&tmpl=component"
    article = tmp_path / "a.txt"
    article.write_text(
        "Mexico approved 155 armed US Marines entering the country in spring 2025 for a joint training exercise.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("factcheck.cli.output.pipe_width", width)  # laid out as a terminal that wide would
    result = invoke("scan", str(article), "--kb", str(starter_kb), env={"FORCE_COLOR": "1"})
    assert result.exit_code == ExitCode.OK
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    assert "\x1b[" in result.stdout  # laid out for a terminal (colours and all)
    assert url in plain.split(), plain  # the whole URL, on a line of its own
    run_together = "".join(plain.split())  # what is wrapped, read back as one
    assert "MuralSonorense" in run_together and "mar-2025-155-us-marines-fenix-exercise" in run_together


@pytest.mark.parametrize("width", [40, 80])
def test_on_a_terminal_a_url_in_a_sentence_stays_whole_and_the_other_lines_wrap(
    invoke: Invoke, tmp_path: Path, mini_kb: Path, monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    # at 40 columns "See https://www.northcom.mil/BorderSecuri" / "ty/index.html": broken at the column's edge,
    # and copied broken; then the sentence's whole line was printed unwrapped, and the terminal folded it at
    # column 0 mid-word ("10,0" / "00"), no indent.  Now the URL alone has a line of its own, the other words wrap
    # under the sentence's number; a run of Chinese with no space is no address, and still folds within the width
    url = "https://www.example.org/reports/2025/us-troops-deployed-to-the-southern-border/index.html"
    chinese = "比尔盖茨说疫苗含有芯片" * 8 + "。"
    after = "there are more than 10,000 US troops deployed in Mexico, officials said on Tuesday at the border."
    article = tmp_path / "a.txt"
    article.write_text(
        f"Read the report at {url} {after}\n\nThere are more than 10,000 US troops in Mexico.\n\n{chinese}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("factcheck.cli.output.pipe_width", width)  # laid out as a terminal that wide would
    result = invoke("scan", str(article), "--kb", str(mini_kb), env={"FORCE_COLOR": "1"})
    assert result.exit_code == ExitCode.OK
    lines = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout).splitlines()
    assert f"   {url}" in lines, lines  # the whole URL, on a line of its own under the sentence's number
    assert "1  Read the report at" in lines
    # the files' paths, wider than 40 columns, are kept whole too, each on a line of its own
    others = [line for line in lines if url not in line and line.rstrip() not in (str(article), str(mini_kb))]
    assert all(cell_len(line.rstrip()) <= width for line in others), others
    first = lines.index("1  Read the report at")
    sentence = list(itertools.takewhile(lambda line: line.startswith("   "), lines[first + 1 :]))
    assert sentence[0] == f"   {url}", sentence  # wrapped under the number
    assert " ".join(sentence[1:]).split()[: len(after.split())] == after.split(), sentence  # at spaces only
    assert any(line.startswith("3  There are more than 10,000") for line in lines)
    assert chinese in "".join(line.strip() for line in lines if "比" in line or "芯" in line)


def test_on_a_terminal_wrapped_lines_keep_their_indent(mini_kb: Path) -> None:
    report = scan_article(parse_article(ARTICLE.encode(), "a.md"), load_knowledge_base(mini_kb))
    buffer = io.StringIO()
    _print_results(Console(file=buffer, force_terminal=True, width=50, color_system=None), list(report.results))
    lines = buffer.getvalue().splitlines()
    assert lines[0].startswith("1  Troops in Mexico")
    assert any(line.startswith("3  There are more than 10,000 US troops") for line in lines)
    # Every line is either a new sentence (its line number) or indented under one.
    assert all(line[:1].isdigit() or line.startswith("   ") for line in lines)
    assert max(len(line.rstrip()) for line in lines) <= 50


def test_a_sentence_naming_something_else_than_its_claim_says_so(
    invoke: Invoke, tmp_path: Path, starter_kb: Path
) -> None:
    article = tmp_path / "guatemala.md"
    article.write_text(
        "In February 2025 the Senate approved 10 US trainers for the Guatemalan army.\n", encoding="utf-8"
    )
    note = "the sentence says “Guatemalan” where the claim says “Mexico”: the verdict may be about another fact"
    text = invoke("scan", str(article), "--kb", str(starter_kb))
    assert note in " ".join(text.stdout.split())
    markdown = invoke("scan", str(article), "--kb", str(starter_kb), "--format", "markdown")
    assert f"*({note})*" in markdown.stdout
    (sentence, _summary) = json_lines(invoke("scan", str(article), "--kb", str(starter_kb), "--json"))
    assert sentence["match"]["differences"] == {"statement": ["Guatemalan"], "claim": ["Mexico"]}


@pytest.mark.parametrize(
    "args",
    [
        ("scan", "{missing}"),
        ("import", "{missing}", "--kb", "{kb}"),
        ("validate", "{missing}"),
        ("list", "--kb", "{missing}"),
        ("edit", "x", "--verdict", "true", "--kb", "{missing}"),
        ("remove", "x", "--yes", "--kb", "{missing}"),
    ],
)
def test_a_missing_file_is_named_in_one_form_by_every_command(
    invoke: Invoke, tmp_path: Path, args: tuple[str, ...]
) -> None:
    # scan and import said 'factcheck: error: F: no such file', commands reading a claims file
    # 'factcheck: F: error: no such file' (as every message about a place in a file)
    missing = tmp_path / "missing.txt"
    result = invoke(*(arg.format(missing=missing, kb=tmp_path / "claims.yaml") for arg in args))
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr == f"factcheck: {missing}: error: no such file\n"


NO_EVIDENCE_KB = """claims:
  - id: hot-water-cures-covid
    claim: Drinking hot water cures COVID-19.
    verdict: "false"
    sources:
      - url: https://facebook.com/somepost/123
        note: where the claim appeared
  - id: finnish-teachers-masters
    claim: Finnish teachers must hold a master's degree.
    verdict: "true"
    sources:
      - url: https://other.example.org/fc/123
        publisher: Other Desk
        note: the fact-check this claim was imported from, rated “True”
      - url: https://news.example.com/a
        note: where the claim appeared
  - id: harbour-bridge-1932
    claim: The harbour bridge opened in 1932.
    verdict: "true"
    sources:
      - url: https://news.example.com/bridge-post
        note: where the claim appeared
      - url: https://example.org/bridge
        publisher: City Archive
"""
NO_EVIDENCE_ARTICLE = (
    "Drinking hot water cures COVID-19.\n\n"
    "Finnish teachers must hold a master's degree.\n\n"
    "The harbour bridge opened in 1932.\n"
)


@pytest.mark.parametrize("output", [[], ["--format", "markdown"], ["--json"]])
def test_scan_says_which_source_is_no_evidence(invoke: Invoke, tmp_path: Path, output: list[str]) -> None:
    # scan named a claim's first source bare, "1.00 · hot-water-cures-covid · https://facebook.com/somepost/123"
    # and "[source](https://facebook.com/somepost/123)": the page that spread the claim read as the verdict's
    # source, another publisher's fact-check as ours, while check and show print what they are
    kb = tmp_path / "claims.yaml"
    kb.write_text(NO_EVIDENCE_KB, encoding="utf-8")
    article = tmp_path / "article.md"
    article.write_text(NO_EVIDENCE_ARTICLE, encoding="utf-8")
    result = invoke("scan", str(article), "--kb", str(kb), *output)
    assert result.exit_code == ExitCode.OK, result.output
    if output == ["--json"]:  # the notes were there already, as check --json gives them
        notes = [[source.get("note") for source in line["match"]["sources"]] for line in json_lines(result)[:-1]]
        assert notes == [
            ["where the claim appeared"],
            ["the fact-check this claim was imported from, rated “True”", "where the claim appeared"],
            ["where the claim appeared", None],
        ]
    elif output:
        rows = [line.split(" | ")[-1] for line in result.stdout.splitlines() if line.startswith("| ") and "`" in line]
        assert rows == [
            "[source](https://facebook.com/somepost/123) *(where the claim appeared; no evidence)* |",
            "[Other Desk](https://other.example.org/fc/123) *(the fact-check this claim was imported from, rated "
            "“True”)* |",
            "[City Archive](https://example.org/bridge) |",  # the first source that is evidence
        ]
    else:
        lines = [line.strip() for line in result.stdout.splitlines()]
        assert (
            "1.00 · hot-water-cures-covid · https://facebook.com/somepost/123 (where the claim appeared; no evidence)"
            in lines
        )
        assert (
            "1.00 · finnish-teachers-masters · Other Desk https://other.example.org/fc/123 (the fact-check this claim "
            "was imported from, rated “True”)"
        ) in lines
        assert "1.00 · harbour-bridge-1932 · City Archive https://example.org/bridge" in lines


def _lexical_score(kb: Path, sentence: str) -> float:
    from factcheck import build_matcher

    return build_matcher(load_knowledge_base(kb), matcher="lexical").search(sentence, top=1)[0].score


def test_scan_json_gives_the_threshold_as_given_and_never_a_score_below_it(
    invoke: Invoke, tmp_path: Path, mini_kb: Path
) -> None:
    # the summary of 'scan --json --min-score 0.99991948' said "threshold": 0.9999, and a match it let through
    # was shown 0.9999 too: under the threshold given, as check --json gave them before shown_score
    wordings = ["Ten thousand American soldiers are in Mexico.", "10,000 US troops are deployed in Mexico."]
    wordings += [
        "There are more than 10,000 US troops in Mexico.",
        "More than 10,000 US troops are deployed in Mexico.",
    ]
    sentence, score = next((w, s) for w in wordings if round(s := _lexical_score(mini_kb, w), 4) < s)
    path = tmp_path / "one.txt"
    path.write_text(f"{sentence}\n", encoding="utf-8")
    args = ("scan", str(path), "--kb", str(mini_kb), "--matcher", "lexical", "--json", "--min-score", repr(score))
    result = invoke(*args)
    assert result.exit_code == ExitCode.OK, result.output
    found, summary = json_lines(result)
    assert summary["threshold"] == score and summary["matched"] == 1
    assert found["match"]["score"] == math.ceil(score * 10_000) / 10_000 >= score


@pytest.fixture
def second_article(tmp_path: Path) -> Path:
    path = tmp_path / "second.txt"
    path.write_text("Grab a coffee!\nThe Mexican Navy operates more than 180 ships.\n", encoding="utf-8")
    return path


def test_several_files_are_scanned_in_turn_each_reported_as_if_alone(
    invoke: Invoke, article: Path, second_article: Path, mini_kb: Path
) -> None:
    # 'factcheck scan a.md b.txt' said "Got unexpected extra argument (b.txt)" and scanned nothing
    both = invoke("scan", str(article), str(second_article), "--kb", str(mini_kb), "--json")
    assert both.exit_code == ExitCode.OK, both.output  # a claim of the first has a fact-check
    alone = [invoke("scan", str(path), "--kb", str(mini_kb), "--json") for path in (article, second_article)]
    assert both.stdout == alone[0].stdout + alone[1].stdout
    summaries = [line for line in json_lines(both) if line["type"] == "summary"]
    assert [s["source"] for s in summaries] == [str(article), str(second_article)]
    text = invoke("scan", str(article), str(second_article), "--kb", str(mini_kb))
    assert text.stdout == alone_output(invoke, mini_kb, article) + "\n" + alone_output(invoke, mini_kb, second_article)
    markdown = invoke("scan", str(second_article), str(article), "--kb", str(mini_kb), "--format", "markdown")
    titles = [line for line in markdown.stdout.splitlines() if line.startswith("# Fact-check scan of ")]
    assert len(titles) == 2 and titles[0].endswith("second.txt") and titles[1].endswith("article.md")
    # no claim of either with a fact-check: 1, as for one file
    none = invoke("scan", str(second_article), str(second_article), "--kb", str(mini_kb))
    assert none.exit_code == ExitCode.NO_MATCH, none.output


def test_each_sentence_object_names_its_article_for_a_nightly_job_over_several(
    invoke: Invoke, article: Path, second_article: Path, mini_kb: Path
) -> None:
    # A job keeping the matched sentences of the day's articles ('scan --json --only matched a.md b.txt |
    # jq 'select(.type == "sentence")'') could not tell which article each came from: only the summary,
    # after them, named it
    result = invoke("scan", str(second_article), str(article), "--kb", str(mini_kb), "--json")
    objects = json_lines(result)
    sentences = [(o["source"], o["line"], o["text"]) for o in objects if o["type"] == "sentence"]
    assert sentences == [
        (str(second_article), 1, "Grab a coffee!"),
        (str(second_article), 2, "The Mexican Navy operates more than 180 ships."),
        (str(article), 1, "Troops in Mexico"),
        (str(article), 3, "There are more than 10,000 US troops deployed in Mexico."),
        (str(article), 3, "Grab a coffee!"),
        (str(article), 4, "Are there 10,000 troops in Mexico?"),
        (str(article), 5, "The Mexican Navy operates more than 180 ships."),
    ]
    matched = invoke("scan", str(second_article), str(article), "--kb", str(mini_kb), "--json", "--only", "matched")
    kept = [(o["source"], o["match"]["id"]) for o in json_lines(matched) if o["type"] == "sentence"]
    assert kept == [(str(article), "us-troops-in-mexico-10000")]
    piped = invoke("scan", "-", "--kb", str(mini_kb), "--json", input=ARTICLE.encode())
    assert {o["source"] for o in json_lines(piped)} == {"<stdin>"}  # as its summary names it


def alone_output(invoke: Invoke, kb: Path, path: Path) -> str:
    return invoke("scan", str(path), "--kb", str(kb)).stdout


def test_a_file_of_several_that_cannot_be_used_is_named_and_the_others_still_scanned(
    invoke: Invoke, tmp_path: Path, article: Path, mini_kb: Path
) -> None:
    missing = tmp_path / "missing.txt"
    result = invoke("scan", str(missing), str(article), "--kb", str(mini_kb), "--json")
    assert result.exit_code == ExitCode.ERROR  # as validate does: the others reported, exit 2 at the end
    assert result.stderr == f"factcheck: {missing}: error: no such file\n"
    assert json_lines(result)[-1]["source"] == str(article)
    twice = invoke("scan", "-", str(article), "-", "--kb", str(mini_kb), input=ARTICLE.encode())
    assert twice.exit_code == ExitCode.ERROR and twice.stdout == ""
    assert "'-' (standard input) is given twice; it can be read once" in twice.stderr


FOLDER = "is a folder, not a file"


def test_scan_json_gives_a_file_of_several_that_cannot_be_used_an_error_object(
    invoke: Invoke, tmp_path: Path, article: Path, mini_kb: Path
) -> None:
    # it had its line on standard error and no JSON object: a script reading the lines never knew of it
    missing = tmp_path / "missing.txt"
    result = invoke("scan", str(article), str(missing), str(tmp_path), "--kb", str(mini_kb), "--json")
    assert result.exit_code == ExitCode.ERROR
    objects = json_lines(result)
    errors = [obj for obj in objects if obj["type"] == "error"]
    assert errors == [
        {"type": "error", "source": str(missing), "error": "no such file"},
        # the folder holds files (the article, the claims file): scan names how to give them
        {
            "type": "error",
            "source": str(tmp_path),
            "error": f"{FOLDER}; to scan the files in it, name them: {tmp_path}/*",
        },
    ]
    assert objects[-3]["type"] == "summary" and objects[-3]["source"] == str(article)  # in the order given
    assert result.stderr.splitlines() == [
        f"factcheck: {missing}: error: no such file",
        f"factcheck: {tmp_path}: error: {FOLDER}; to scan the files in it, name them: {tmp_path}/*",
    ]


def test_scan_with_its_reader_gone_and_a_match_found_reads_the_other_files_without_scanning_them(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, article: Path, mini_kb: Path
) -> None:
    # 'scan a.md ... f.md | head -1' scanned every article after head had gone (a review timed 12.7 s -> 46.8 s on
    # six long ones): once a match is found, only a file that cannot be read still changes the exit code
    import factcheck.cli.output as output
    import factcheck.cli.scan as scan_cli

    scanned: list[str] = []
    real_scan = scan_cli._scan

    def counted(article_read, *args, **kwargs):  # type: ignore[no-untyped-def]
        scanned.append(article_read.name)
        return real_scan(article_read, *args, **kwargs)

    def the_reader_goes(*args: object, **kwargs: object) -> None:
        raise BrokenPipeError

    monkeypatch.setattr(scan_cli, "_scan", counted)
    monkeypatch.setattr(scan_cli, "_print_report", the_reader_goes)
    monkeypatch.setattr(output, "point_at_devnull", lambda stream: None)
    result = invoke("scan", str(article), str(article), str(article), "--kb", str(mini_kb), "--json")
    assert result.exit_code == ExitCode.OK, result.output
    assert len(scanned) == 1
    scanned.clear()
    missing = tmp_path / "missing.txt"
    result = invoke("scan", str(article), str(article), str(missing), "--kb", str(mini_kb), "--json")
    assert result.exit_code == ExitCode.ERROR, result.output  # still exit 2 for the file it cannot read
    assert len(scanned) == 1


#: a reporter's draft: the second sentence explains the first's figure, and its match below the strong score
#: (the starter's FALSE "more than 10,000 US troops deployed in Mexico") was shown as the 1.00 above it was: a
#: verdict beside a sentence that does not say the claim, where check calls it a possible match
DRAFT_WITH_A_WEAK_MATCH = (
    "Mexico deployed 10,000 of its own troops to the U.S. border in February 2025.",
    "That figure, often repeated online, actually refers to soldiers on the U.S. side of the border.",
)


def test_a_weak_match_is_shown_as_a_possible_match_as_check_shows_it(
    invoke: Invoke, tmp_path: Path, starter_kb: Path
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(" ".join(DRAFT_WITH_A_WEAK_MATCH) + "\n", encoding="utf-8")
    result = invoke("scan", str(draft), "--kb", str(starter_kb))
    assert result.exit_code == ExitCode.OK, result.output
    metas = [line.strip() for line in result.stdout.splitlines() if " · " in line and "skipped" not in line]
    strong, weak = metas
    assert re.match(r"\d\.\d\d · mexico-sent-10000-national-guard-to-border · ", strong), strong
    checked = invoke("check", "--json", "--top", "1", "--kb", str(starter_kb), DRAFT_WITH_A_WEAK_MATCH[1])
    score = json.loads(checked.stdout)["matches"][0]["score"]
    assert score < 0.8 and weak.startswith(f"possible match {score:.2f} · us-troops-in-mexico-10000 · "), weak
    assert "possible match" in checked_text(invoke, starter_kb, DRAFT_WITH_A_WEAK_MATCH[1])


def test_the_summary_counts_a_possible_match_apart(invoke: Invoke, tmp_path: Path, starter_kb: Path) -> None:
    # the Summary said "with a fact-check 2" and "FALSE 1" under a line that called that FALSE a possible match
    draft = tmp_path / "draft.txt"
    draft.write_text(" ".join(DRAFT_WITH_A_WEAK_MATCH) + "\n", encoding="utf-8")
    result = invoke("scan", str(draft), "--kb", str(starter_kb))
    summary = [" ".join(line.split()) for line in result.stdout.split("Summary")[1].splitlines()]
    assert "with a fact-check 2 (1 possible match)" in summary, summary
    assert "FALSE 1 (1 possible match)" in summary, summary
    draft.write_text(DRAFT_WITH_A_WEAK_MATCH[0] + "\n", encoding="utf-8")
    result = invoke("scan", str(draft), "--kb", str(starter_kb))
    assert "possible" not in result.stdout.split("Summary")[1]


def checked_text(invoke: Invoke, kb: Path, statement: str) -> str:
    return invoke("check", "--top", "1", "--kb", str(kb), statement).stdout
