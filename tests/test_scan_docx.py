"""``factcheck scan essay.docx``: a Word document read as its paragraphs, and hostile files refused.

Every document here is built in the test with zipfile, from the few parts Word itself writes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import Result

from factcheck.article import MAX_ARTICLE_BYTES, InputFormat, parse_article, read_article
from factcheck.blocks import BlockKind
from factcheck.cli import ExitCode
from factcheck.docxtext import (
    LINE_SEPARATOR,
    Paragraph,
    is_encrypted_office_file,
    looks_like_docx,
    paragraphs_text,
    read_docx,
)
from factcheck.errors import InputError

Invoke = Callable[..., Result]

W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)


def document_xml(body: str) -> str:
    """word/document.xml around ``body``'s paragraphs, as Word writes it (its namespaces, its declaration)."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W_NAMESPACE}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )


def para(*runs: str, style: str | None = None) -> str:
    """A paragraph of plain runs, each text as it is (``xml:space="preserve"``: its spaces kept)."""
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}" + "".join(run(text) for text in runs) + "</w:p>"


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def docx(
    body: str = "",
    *,
    parts: dict[str, str | bytes | None] | None = None,
    content_types: str = CONTENT_TYPES,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """A .docx's bytes: [Content_Types].xml, word/document.xml around ``body`` (unless ``parts`` says otherwise:
    None leaves a part out), and the other ``parts``; each dated 1980-01-01, so the same parts are the same bytes."""
    files: dict[str, str | bytes | None] = {
        "[Content_Types].xml": content_types,
        "word/document.xml": document_xml(body),
    }
    files.update(parts or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in files.items():
            if data is not None:
                archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data, compression)
    return buffer.getvalue()


#: the essay of docs/commands.md's example (tests/fixtures/docx/essay.docx, stored uncompressed: its XML reads
#: in the file as written here): a title, a paragraph, an empty one, a table's cell, a paragraph
ESSAY = (
    para("Troops essay", style="Title")
    + para("There are 10,000 US ", "troops in Mexico.")
    + "<w:p/>"
    + "<w:tbl><w:tr><w:tc>"
    + para("Mexico approved 155 US Marines in 2025.")
    + "</w:tc></w:tr></w:tbl>"
    + para("Then the Pentagon said 200 advisers went.")
)
ESSAY_FIXTURE = Path(__file__).parent / "fixtures" / "docx" / "essay.docx"


def essay_bytes() -> bytes:
    return docx(ESSAY, compression=zipfile.ZIP_STORED)


def test_the_documentation_essay_is_the_one_built_here() -> None:
    # rebuilt by: python -c "from tests.test_scan_docx import *; ESSAY_FIXTURE.write_bytes(essay_bytes())"
    assert ESSAY_FIXTURE.read_bytes() == essay_bytes()
    assert texts(ESSAY_FIXTURE.read_bytes())[1] == (2, "There are 10,000 US troops in Mexico.", BlockKind.PARAGRAPH)


def texts(data: bytes, name: str = "essay.docx") -> list[tuple[int, str, BlockKind]]:
    article = parse_article(data, name)
    return [(block.line, block.text, block.kind) for block in article.blocks]


# --- what is read -------------------------------------------------------------------------------------


def test_paragraphs_runs_tabs_and_breaks_are_read_with_their_paragraph_numbers() -> None:
    body = (
        para("Troops in Mexico", style="Title")
        + para("There are ", "10,000 US troops", " in Mexico.")
        + "<w:p/>"  # an empty paragraph: counted, as Word shows it (a blank line), never a block
        + "<w:p><w:r><w:t>Table</w:t><w:tab/><w:t>one.</w:t><w:br/><w:t>Next line.</w:t></w:r></w:p>"
    )
    assert texts(docx(body)) == [
        (1, "Troops in Mexico", BlockKind.HEADING),
        (2, "There are 10,000 US troops in Mexico.", BlockKind.PARAGRAPH),
        (4, "Table one. Next line.", BlockKind.PARAGRAPH),
    ]
    article = parse_article(docx(body), "essay.docx")
    assert article.format is InputFormat.DOCX
    # one paragraph a line: a break inside one is U+2028, a tab a tab
    assert article.source.split("\n") == [
        "Troops in Mexico",
        "There are 10,000 US troops in Mexico.",
        "",
        f"Table\tone.{LINE_SEPARATOR}Next line.",
    ]


def test_tracked_changes_keep_the_inserted_text_and_drop_the_deleted() -> None:
    body = (
        "<w:p>"
        + run("There are 10,000 US ")
        + '<w:del w:id="1" w:author="Ed"><w:r><w:delText>marines</w:delText></w:r></w:del>'
        + f'<w:ins w:id="2" w:author="Ed">{run("troops")}</w:ins>'
        + '<w:moveFrom w:id="3" w:author="Ed"><w:r><w:t>moved away</w:t></w:r></w:moveFrom>'
        + run(" in Mexico.")
        + "</w:p>"
    )
    assert texts(docx(body)) == [(1, "There are 10,000 US troops in Mexico.", BlockKind.PARAGRAPH)]


def test_table_cells_lists_and_headings_are_blocks_of_their_kind() -> None:
    cell = f"<w:tc><w:tcPr/>{para('Mexico approved 155 US Marines in 2025.')}</w:tc>"
    body = (
        para("Sources", style="Heading2")
        + f"<w:tbl><w:tblPr/><w:tr>{cell}{cell.replace('155', '200')}</w:tr></w:tbl>"
        + '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        + run("The Pentagon sent 200 advisers.")
        + "</w:p>"
        # a heading by its outline level (a style Word names in another language), and tab stops, no tab
        + '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:outlineLvl w:val="0"/></w:pPr>'
        + run("Überschrift")
        + "</w:p>"
    )
    assert texts(docx(body)) == [
        (1, "Sources", BlockKind.HEADING),
        (2, "Mexico approved 155 US Marines in 2025.", BlockKind.CELL),
        (3, "Mexico approved 200 US Marines in 2025.", BlockKind.CELL),
        (4, "The Pentagon sent 200 advisers.", BlockKind.ITEM),
        (5, "Überschrift", BlockKind.HEADING),
    ]


def test_text_boxes_pictures_field_codes_and_fallbacks_are_not_read() -> None:
    text_box = f"<w:txbxContent>{para('In a text box.')}</w:txbxContent>"
    body = (
        "<w:p>"
        + run("Troops arrived.")
        + f"<w:r><w:drawing><wp:inline xmlns:wp='urn:x'>{text_box}</wp:inline></w:drawing></w:r>"
        + f"<w:r><w:pict>{text_box}</w:pict></w:r>"
        + "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
        + run(" Page 3.")
        + "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
        + f"<mc:AlternateContent><mc:Choice Requires='w14'>{run(' Chosen.')}</mc:Choice>"
        + f"<mc:Fallback>{run(' Fallback.')}</mc:Fallback></mc:AlternateContent>"
        + "</w:p>"
    )
    assert texts(docx(body)) == [(1, "Troops arrived. Page 3. Chosen.", BlockKind.PARAGRAPH)]


def test_footnotes_follow_the_body_numbered_on_and_their_separators_are_not_read() -> None:
    footnotes = (
        f'<w:footnotes xmlns:w="{W_NAMESPACE}">'
        f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>{run("---")}</w:p></w:footnote>'
        f'<w:footnote w:id="1">{para("NORTHCOM counted 10,000 troops at the border.")}</w:footnote>'
        "</w:footnotes>"
    )
    body = para("There are 10,000 US troops in Mexico.") + para("The Senate voted.")
    assert texts(docx(body, parts={"word/footnotes.xml": footnotes})) == [
        (1, "There are 10,000 US troops in Mexico.", BlockKind.PARAGRAPH),
        (2, "The Senate voted.", BlockKind.PARAGRAPH),
        (3, "NORTHCOM counted 10,000 troops at the border.", BlockKind.PARAGRAPH),
    ]


def _notes(padding: str = "") -> str:
    note = f'<w:footnote w:id="1">{para("A note.")}</w:footnote>'
    return f'<w:footnotes xmlns:w="{W_NAMESPACE}">{note}{padding}</w:footnotes>'


def test_notes_named_as_the_main_part_are_read_once() -> None:
    types = CONTENT_TYPES.replace("/word/document.xml", "/word/footnotes.xml")
    data = docx(parts={"word/document.xml": None, "word/footnotes.xml": _notes()}, content_types=types)
    assert texts(data) == [(1, "A note.", BlockKind.PARAGRAPH)]


def test_headers_and_footers_are_not_read_as_documented() -> None:
    # docs/limits.md: a header's and a footer's text are not read (a page number, a running title, repeated on
    # every page); the body's section names them, as Word writes it, and [Content_Types].xml lists them
    relationships = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    section = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="default" '
        'r:id="rId8"/></w:sectPr>'
    )
    document = document_xml(para("There are 10,000 US troops in Mexico.")).replace("<w:sectPr/>", section)
    document = document.replace("<w:document ", f"<w:document {relationships} ", 1)

    def part(kind: str, text: str) -> str:
        return f'<?xml version="1.0" encoding="UTF-8"?><w:{kind} xmlns:w="{W_NAMESPACE}">{para(text)}</w:{kind}>'

    types = CONTENT_TYPES.replace(
        "</Types>",
        '<Override PartName="/word/header1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/footer1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>',
    )
    parts = {
        "word/document.xml": document,
        "word/header1.xml": part("hdr", "In the header: 5,000 troops."),
        "word/footer1.xml": part("ftr", "Footer: 7,000 troops."),
    }
    assert texts(docx(parts=parts, content_types=types)) == [
        (1, "There are 10,000 US troops in Mexico.", BlockKind.PARAGRAPH)
    ]


def test_hidden_runs_are_not_read_as_word_does_not_show_them() -> None:
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">Hidden: 10,000 troops. </w:t><w:tab/></w:r>'
    special = "<w:r><w:rPr><w:specVanish/></w:rPr><w:t>Also hidden.</w:t></w:r>"
    shown = '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve"> Shown.</w:t></w:r>'
    # a hidden paragraph mark (w:pPr/w:rPr/w:vanish) hides no text
    mark = "<w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>"
    body = f"<w:p>{mark}{run('Troops arrived.')}{hidden}{special}{shown}</w:p>"
    assert texts(docx(body)) == [(1, "Troops arrived. Shown.", BlockKind.PARAGRAPH)]


def test_a_paragraph_whose_mark_is_deleted_joins_the_next_as_word_shows_it() -> None:
    deleted_mark = '<w:pPr><w:rPr><w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>'
    body = f"<w:p>{deleted_mark}{run('There are 10,000 US troops ')}</w:p>" + para("in Mexico.") + para("Next.")
    assert texts(docx(body)) == [
        (1, "There are 10,000 US troops in Mexico.", BlockKind.PARAGRAPH),
        (2, "Next.", BlockKind.PARAGRAPH),
    ]
    # the last paragraph's mark deleted: its text is still read
    assert texts(docx(para("Troops.") + f"<w:p>{deleted_mark}{run('Last.')}</w:p>")) == [
        (1, "Troops.", BlockKind.PARAGRAPH),
        (2, "Last.", BlockKind.PARAGRAPH),
    ]


def test_positional_tabs_and_symbols_keep_their_place() -> None:
    body = (
        '<w:p><w:r><w:t>A</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>'
        '<w:t>B</w:t><w:sym w:font="Wingdings" w:char="F0E0"/><w:t>C</w:t></w:r></w:p>'
    )
    assert read_docx(docx(body), "essay.docx", limit=MAX_ARTICLE_BYTES) == [Paragraph("A\tB C")]


def test_a_text_box_outside_a_drawing_leaves_its_paragraph_whole() -> None:
    box = f"<w:r><w:txbxContent>{para('inner')}</w:txbxContent></w:r>"
    body = f"<w:p>{run('Outer start ')}{box}{run('outer end.')}</w:p>"
    assert texts(docx(body)) == [(1, "Outer start outer end.", BlockKind.PARAGRAPH)]


def test_too_many_paragraphs_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.docxtext

    monkeypatch.setattr(factcheck.docxtext, "MAX_PARAGRAPHS", 3)
    assert len(read_docx(docx("<w:p/>" * 3), "essay.docx", limit=MAX_ARTICLE_BYTES)) == 3
    with pytest.raises(InputError, match="too large to be an article: more than 3 paragraphs; split it up"):
        read_docx(docx("<w:p/>" * 3, parts={"word/footnotes.xml": _notes()}), "essay.docx", limit=MAX_ARTICLE_BYTES)


def test_the_main_part_is_the_one_content_types_names() -> None:
    # a document written by another tool: its main part elsewhere than word/document.xml
    moved = CONTENT_TYPES.replace("/word/document.xml", "/word/main.xml")
    data = docx(
        parts={"word/document.xml": None, "word/main.xml": document_xml(para("Troops arrived."))}, content_types=moved
    )
    assert texts(data) == [(1, "Troops arrived.", BlockKind.PARAGRAPH)]


@given(
    st.lists(
        st.lists(
            st.text(st.characters(exclude_categories=("Cc", "Cs"), exclude_characters="\ufffe\uffff"), max_size=12),
            max_size=4,
        ),
        min_size=1,
        max_size=6,
    )
)
def test_any_paragraphs_written_to_a_docx_read_back_as_the_same_paragraphs(paragraphs: list[list[str]]) -> None:
    # each paragraph's text split over runs, as Word splits it at each change of formatting
    data = docx("".join(para(*runs) for runs in paragraphs))
    read = read_docx(data, "essay.docx", limit=MAX_ARTICLE_BYTES)
    assert [paragraph.text for paragraph in read] == ["".join(runs) for runs in paragraphs]


# --- how it is told ---------------------------------------------------------------------------------


def test_a_docx_is_told_by_its_content_whatever_its_name() -> None:
    data = docx(para("Troops arrived."))
    assert looks_like_docx(data)
    for name in ("download", "essay.txt", "<stdin>"):
        assert parse_article(data, name).format is InputFormat.DOCX, name
    # a zip that names no WordprocessingML in its content types is no Word document by content
    assert not looks_like_docx(docx(para("x"), content_types="<Types/>"))
    assert not looks_like_docx(b"PK\x03\x04 cut short")


def test_a_docx_told_by_its_content_has_its_zip_directory_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # a zip of 190,000 entries took 6 s to read, half of it reading its directory a second time
    import factcheck.docxtext

    opened: list[object] = []

    class Counted(zipfile.ZipFile):
        def __init__(self, *args: object, **kwargs: object) -> None:
            opened.append(args[0])
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    data = docx(para("There are 10,000 US troops in Mexico."))
    monkeypatch.setattr(factcheck.docxtext.zipfile, "ZipFile", Counted)
    article = parse_article(data, "download")
    assert article.format is InputFormat.DOCX and len(opened) == 1


def test_scan_reads_a_docx_and_reports_paragraph_numbers(invoke: Invoke, tmp_path: Path, mini_kb: Path) -> None:
    path = tmp_path / "essay.docx"
    path.write_bytes(docx(para("My essay", style="Title") + "<w:p/>" + para("There are 10,000 US troops in Mexico.")))
    result = invoke("scan", str(path), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK, result.output
    assert f"{path} (docx): 2 sentences" in result.stdout
    assert "3  There are 10,000 US troops in Mexico." in result.stdout


def test_json_offsets_index_the_text_read_a_paragraph_a_line(invoke: Invoke, tmp_path: Path, mini_kb: Path) -> None:
    path = tmp_path / "essay.docx"
    body = para("Intro 😀 text.") + para("Troops: ", "there are 10,000 US troops in Mexico.", " The end.")
    path.write_bytes(docx(body))
    result = invoke("scan", "--json", str(path), "--kb", str(mini_kb))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    source = read_article(path).source
    sentences = [line for line in lines if line["type"] == "sentence"]
    assert [s["line"] for s in sentences] == [1, 2, 2]
    for sentence in sentences:
        assert source[sentence["start"] : sentence["end"]] == sentence["text"]
        assert source.split("\n")[sentence["line"] - 1].find(sentence["text"]) >= 0
    # the emoji is two UTF-16 units: the offsets after it differ by one
    second = sentences[1]
    assert second["start_utf16"] == second["start"] + 1
    assert lines[-1]["format"] == "docx"


def test_input_format_docx_reads_any_name_and_text_refuses_a_docx(
    invoke: Invoke, tmp_path: Path, mini_kb: Path
) -> None:
    path = tmp_path / "essay.bin"
    path.write_bytes(docx(para("There are 10,000 US troops in Mexico.")))
    result = invoke("scan", "--input-format", "docx", str(path), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK, result.output
    result = invoke("scan", "--input-format", "text", str(path), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr == (
        f"factcheck: {path}: error: is a Word document (.docx), not text: read it with --input-format docx (or auto)\n"
    )
    # the library names its own setting
    with pytest.raises(InputError, match=r"read it with input_format='docx' \(or 'auto'\)"):
        parse_article(path.read_bytes(), "essay.bin", "text")
    result = invoke("scan", "--input-format", "word", str(path), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR and "did you mean 'docx'" in result.stderr


# --- hostile files ------------------------------------------------------------------------------------


def _bomb() -> bytes:
    # 21 MB of XML unpacked (spaces inside the document), about 21 kB packed
    padding = " " * (MAX_ARTICLE_BYTES + 1024 * 1024)
    return docx(parts={"word/document.xml": document_xml(para("Troops.") + padding)})


def _laughs() -> bytes:
    lol = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("bcdefgh", "cdefghi", strict=True))
        + f']><w:document xmlns:w="{W_NAMESPACE}"><w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>'
    )
    return docx(parts={"word/document.xml": lol})


def _compound_file(names: list[str], body: bytes = b"") -> bytes:
    """An OLE compound file (what an old .doc and an encrypted .docx are) of 512-byte sectors: sector 0 its
    FAT, its directory (4 entries a sector) in sector 1 then, past 4 entries, sector 3, ``body`` in sector 2."""
    end, free = 0xFFFFFFFE, 0xFFFFFFFF
    header = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    for offset, value, width in ((0x18, 0x3E, 2), (0x1A, 3, 2), (0x1C, 0xFFFE, 2), (0x1E, 9, 2), (0x20, 6, 2)):
        header[offset : offset + width] = value.to_bytes(width, "little")
    for offset, value in ((0x2C, 1), (0x30, 1), (0x38, 4096), (0x3C, end), (0x44, end), (0x4C, 0)):
        header[offset : offset + 4] = value.to_bytes(4, "little")
    header[0x50:512] = b"\xff" * (512 - 0x50)  # the rest of the DIFAT: free
    fat = [0xFFFFFFFD, 3 if len(names) > 4 else end, end, end] + [free] * 124
    entries = [
        name.encode("utf-16-le").ljust(64, b"\0")
        + (2 * len(name) + 2).to_bytes(2, "little")
        + bytes([5 if index == 0 else 2, 1])  # the root, then streams; black nodes of the directory's tree
        + b"\xff" * 4  # no left sibling
        + (index + 1 if 0 < index < len(names) - 1 else free).to_bytes(4, "little")  # each stream's right: the next
        + (1 if index == 0 and len(names) > 1 else free).to_bytes(4, "little")  # the root's child: the first
        + bytes(48)
        for index, name in enumerate(names)
    ]
    directory = b"".join(entries).ljust(1024, b"\0")
    return (
        bytes(header)
        + b"".join(value.to_bytes(4, "little") for value in fat)
        + directory[:512]
        + body.ljust(512, b"\0")[:512]
        + directory[512:]
    )


def _encrypted() -> bytes:
    # what Word saves with a password: an OLE compound file holding EncryptionInfo and EncryptedPackage (its
    # directory's fifth entry, in the directory's second sector)
    return _compound_file(["Root Entry", "\x06DataSpaces", "Version", "EncryptionInfo", "EncryptedPackage"])


def test_an_old_doc_that_names_an_encrypted_package_in_its_text_is_no_encrypted_file() -> None:
    # its text held "EncryptedPackage" (in UTF-16, as a .doc stores text outside Latin-1): it was told that it
    # is password-protected; only the compound file's directory says so
    text = "How Word stores an EncryptedPackage \u2014 a note".encode("utf-16-le")
    old = _compound_file(["Root Entry", "WordDocument", "1Table"], body=text)
    assert not is_encrypted_office_file(old)
    assert is_encrypted_office_file(_encrypted())
    with pytest.raises(InputError, match=r"is an old Word document \(\.doc\), not a \.docx"):
        read_docx(old, "essay.docx", limit=MAX_ARTICLE_BYTES)


HOSTILE = [
    pytest.param(
        _bomb,
        "too large to be an article: more than 20 MB of XML unpacked (reading its word/document.xml)",
        id="zip-bomb",
    ),
    pytest.param(_laughs, "its word/document.xml declares a DOCTYPE, which Word never writes", id="billion-laughs"),
    pytest.param(
        lambda: docx(parts={"word/document.xml": None}),
        "holds no word/document.xml: a zip file, not a Word document (.docx)",
        id="no-document-xml",
    ),
    pytest.param(
        lambda: docx(para("There are 10,000 US troops in Mexico."))[:300],
        "is not a readable Word document (.docx): its zip is damaged or cut short",
        id="truncated",
    ),
    pytest.param(
        lambda: docx(parts={"word/document.xml": "<w:document><w:body><w:p>"}),
        "its word/document.xml is not well-formed XML (line 1, column 1: unbound prefix)",
        id="bad-xml",
    ),
    pytest.param(
        lambda: b"There are 10,000 US troops in Mexico.\n",
        "is not a Word document (.docx): it is text, not the zip file a .docx is; read it as text with "
        "--input-format text",
        id="really-text",
    ),
    pytest.param(
        _encrypted, "is a password-protected (encrypted) Office document: factcheck cannot read it", id="encrypted"
    ),
    pytest.param(
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
        "is an old Word document (.doc), not a .docx: in Word, File > Save As, Word Document (.docx)",
        id="old-doc",
    ),
    pytest.param(lambda: docx(para("") + "<w:p/>"), "no readable text in this docx input", id="no-text"),
    pytest.param(
        lambda: docx(parts={"word/document.xml": document_xml(para("Troops.")).replace("UTF-8", "x-foo")}),
        "its word/document.xml declares an encoding factcheck cannot read (x-foo)",
        id="unknown-encoding",
    ),
    pytest.param(
        lambda: docx(content_types=CONTENT_TYPES.replace("UTF-8", "x-foo")),
        "its [Content_Types].xml declares an encoding factcheck cannot read (x-foo)",
        id="unknown-encoding-content-types",
    ),
    pytest.param(
        lambda: docx(parts={"word/document.xml": document_xml(para("Troops.")).replace("UTF-8", "euc-jp")}),
        "its word/document.xml declares an encoding factcheck cannot read (euc-jp)",
        id="multi-byte-encoding",
    ),
    pytest.param(
        lambda: docx(
            para("Troops."),
            parts={
                "word/document.xml": document_xml(para("Troops.") + " " * (MAX_ARTICLE_BYTES // 2)),
                "word/footnotes.xml": _notes(" " * (MAX_ARTICLE_BYTES // 2)),
            },
        ),
        "too large to be an article: more than 20 MB of XML unpacked (reading its word/footnotes.xml)",
        id="parts-over-the-budget-together",
    ),
]


@pytest.mark.parametrize(("make", "message"), HOSTILE)
def test_a_hostile_docx_is_refused_with_one_message(
    invoke: Invoke, tmp_path: Path, mini_kb: Path, make: Callable[[], bytes], message: str
) -> None:
    path = tmp_path / "essay.docx"
    path.write_bytes(make())
    assert_scan_refuses(invoke, path, mini_kb, message)


def assert_scan_refuses(invoke: Invoke, path: Path, kb: Path, message: str) -> None:
    """``scan PATH`` says ``message`` in one line naming PATH, exit 2, nothing on standard output, the claims file
    unchanged (a .docx's and an .odt's hostile files alike)."""
    before = kb.read_bytes()
    result = invoke("scan", str(path), "--kb", str(kb))
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr.startswith(f"factcheck: {path}: error: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    assert result.stdout == ""
    assert kb.read_bytes() == before


def test_the_unpacked_bytes_read_stop_at_the_limit() -> None:
    # reading stops at the limit and one chunk at most (zipfile itself stops at the size the header claims)
    data = docx(para("Troops.") + " " * 100_000)
    with pytest.raises(InputError, match="more than 50,000 bytes of XML unpacked"):
        read_docx(data, "essay.docx", limit=50_000)
    assert read_docx(data, "essay.docx", limit=200_000) == [Paragraph("Troops.")]


def test_paragraphs_text_is_a_paragraph_a_line() -> None:
    # a line end written inside a w:t is a space: a paragraph stays one line
    data = docx("<w:p><w:r><w:t>one\ntwo</w:t></w:r></w:p>" + para("three"))
    paragraphs = read_docx(data, "essay.docx", limit=MAX_ARTICLE_BYTES)
    assert paragraphs_text(paragraphs) == "one two\nthree"


@pytest.mark.e2e
def test_installed_command_scans_a_docx(tmp_path: Path, mini_kb: Path) -> None:
    path = tmp_path / "essay.docx"
    path.write_bytes(docx(para("There are 10,000 US troops in Mexico.")))
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "scan", "--json", str(path), "--kb", str(mini_kb)],
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    first = json.loads(result.stdout.decode().splitlines()[0])
    assert (first["line"], first["match"]["id"]) == (1, "us-troops-in-mexico-10000")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 cut short")
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "scan", str(bad), "--kb", str(mini_kb)],
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.decode().startswith(f"factcheck: {bad}: error: is not a readable Word document (.docx)")
    assert b"Traceback" not in result.stderr


def test_the_file_argument_s_help_names_a_word_document() -> None:
    from typer.testing import CliRunner

    from factcheck.cli.app import app

    help_text = " ".join(CliRunner().invoke(app, ["scan", "--help"], env={"COLUMNS": "200"}).stdout.split())
    assert "a Word document (.docx)" in help_text.split("Article to scan:")[1].split("--kb")[0]


# --- a Word document's headings in Word's other languages ---------------------------------------------


def _styles_xml(*styles: tuple[str, str, str]) -> str:
    """word/styles.xml of paragraph styles (id, name, based on), as Word writes them: a built-in style's name is
    English ("heading 1") whatever the language, its id the language's ("berschrift1": Word drops the Ü)."""
    written = "".join(
        f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
        + (f'<w:basedOn w:val="{based}"/>' if based else "")
        + "</w:style>"
        for style_id, name, based in styles
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NAMESPACE}">{written}</w:styles>'
    )


LOCALIZED_STYLES = _styles_xml(
    ("berschrift1", "heading 1", ""),  # German Word
    ("Überschrift2", "heading 2", ""),  # as another tool writes the German id
    ("Titre1", "heading 1", ""),  # French
    ("Ttulo1", "heading 1", ""),  # Spanish Word (Título)
    ("Título", "Title", ""),
    ("Untertitel", "Subtitle", ""),
    ("MeineUeberschrift", "Meine Überschrift", "berschrift1"),  # a style of one's own based on a heading
    ("Standard", "Normal", ""),
    ("Zitat", "Quote", "Standard"),
    ("Listenabsatz", "List Paragraph", "Standard"),
    ("Kreis", "Circle A", "Kreis"),  # based on itself: no loop
)


@pytest.mark.parametrize(
    ("style", "kind"),
    [
        ("berschrift1", BlockKind.HEADING),
        ("Überschrift2", BlockKind.HEADING),
        ("Titre1", BlockKind.HEADING),
        ("Ttulo1", BlockKind.HEADING),
        ("Título", BlockKind.HEADING),
        ("Untertitel", BlockKind.HEADING),
        ("MeineUeberschrift", BlockKind.HEADING),
        # what must stay a paragraph: body text, a quote, a list paragraph, a style no styles.xml names
        ("Standard", BlockKind.PARAGRAPH),
        ("Zitat", BlockKind.PARAGRAPH),
        ("Listenabsatz", BlockKind.PARAGRAPH),
        ("Kreis", BlockKind.PARAGRAPH),
        ("Unbekannt", BlockKind.PARAGRAPH),
    ],
)
def test_a_docx_heading_is_told_by_its_style_s_name_in_any_language(style: str, kind: BlockKind) -> None:
    # German Word writes "Überschrift 1" as the id "berschrift1": its headings were read as paragraphs (a short
    # heading then "a claim to research"); styles.xml names each by its English name
    # (second: a short first paragraph is a title whatever its style)
    body = para("Es gibt 10.000 US-Soldaten in Mexiko, sagte er.") + para("Truppen in Mexiko", style=style)
    data = docx(body, parts={"word/styles.xml": LOCALIZED_STYLES})
    assert texts(data, "aufsatz.docx")[1] == (2, "Truppen in Mexiko", kind)


def test_a_docx_whose_styles_cannot_be_read_is_read_as_before() -> None:
    # styles.xml only names headings: a broken one (or none) leaves a paragraph's style id to tell
    for styles in ("<w:styles", "<!DOCTYPE x []><x/>", None):
        data = docx(
            para("There are 10,000 US troops in Mexico, he said.")
            + para("Troops", style="berschrift1")
            + para("Heading", style="Heading1"),
            parts={"word/styles.xml": styles},
        )
        assert [kind for _, _, kind in texts(data, "essay.docx")][1:] == [BlockKind.PARAGRAPH, BlockKind.HEADING]


def test_text_hidden_by_its_style_is_not_read_as_word_does_not_show_it() -> None:
    # a paragraph style (or a character style) whose text is hidden (w:vanish in the style's run properties, as
    # LibreOffice 7.4 writes its "hidden" paragraph style to a .docx): its text was read, where the same
    # document saved as an .odt left it out (and Word shows it not); a run may show itself again (w:vanish="0"),
    # and a style based on a hidden one hides too
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NAMESPACE}">'
        '<w:style w:type="paragraph" w:styleId="Aside"><w:name w:val="Aside"/><w:pPr><w:widowControl/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="DejaVu Serif"/><w:vanish/><w:sz w:val="24"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="AsideToo"><w:name w:val="Aside too"/><w:basedOn w:val="Aside"/>'
        "</w:style>"
        '<w:style w:type="paragraph" w:styleId="Shown"><w:name w:val="Shown"/><w:basedOn w:val="Aside"/>'
        '<w:rPr><w:vanish w:val="0"/></w:rPr></w:style>'
        # a hidden paragraph mark alone (w:pPr/w:rPr) hides no text
        '<w:style w:type="paragraph" w:styleId="Mark"><w:name w:val="Mark"/><w:pPr><w:rPr><w:vanish/></w:rPr>'
        "</w:pPr></w:style>"
        '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>'
        "</w:styles>"
    )
    shown_again = '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve">Shown again.</w:t></w:r>'
    secret = '<w:r><w:rPr><w:rStyle w:val="Secret"/></w:rPr><w:t xml:space="preserve"> 5,000 troops.</w:t></w:r>'
    body = (
        para("There are 10,000 US troops in Mexico.")
        + para("A note to myself.", style="Aside")
        + para("Also a note.", style="AsideToo")
        + para("Not hidden.", style="Shown")
        + para("Its mark hidden.", style="Mark")
        + f'<w:p><w:pPr><w:pStyle w:val="Aside"/></w:pPr>{run("Hidden. ")}{shown_again}</w:p>'
        + f"<w:p>{run('Then 200 advisers went.')}{secret}</w:p>"
    )
    data = docx(body, parts={"word/styles.xml": styles})
    assert [paragraph.text for paragraph in read_docx(data, "essay.docx", limit=MAX_ARTICLE_BYTES)] == [
        "There are 10,000 US troops in Mexico.",
        "",
        "",
        "Not hidden.",
        "Its mark hidden.",
        "Shown again.",
        "Then 200 advisers went.",
    ]


def test_a_style_hides_text_only_by_its_own_run_properties_and_a_nameless_style_hides_nothing() -> None:
    # a style with no w:styleId was kept as the style "", which a w:pStyle or w:rStyle with no w:val names: their
    # text was hidden; a w:vanish outside the style's w:rPr (straight under w:style) hid its paragraphs too
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NAMESPACE}">'
        '<w:style w:type="paragraph"><w:name w:val="Nameless"/><w:rPr><w:vanish/></w:rPr></w:style>'
        '<w:style w:type="character"><w:rPr><w:vanish/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Loose"><w:name w:val="Loose"/><w:vanish/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Aside"><w:name w:val="Aside"/><w:rPr><w:vanish/></w:rPr></w:style>'
        # hidden before a tracked change of the style's formatting, shown now
        '<w:style w:type="paragraph" w:styleId="Was"><w:name w:val="Was"/><w:rPr><w:rPrChange w:id="1" w:author="Ed">'
        "<w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr></w:style>"
        "</w:styles>"
    )
    unnamed = '<w:r><w:rPr><w:rStyle/></w:rPr><w:t xml:space="preserve"> 5,000 troops.</w:t></w:r>'
    body = (
        "<w:p><w:pPr><w:pStyle/></w:pPr><w:r><w:t>There are 10,000 US troops in Mexico.</w:t></w:r></w:p>"
        + f"<w:p>{run('Then 200 advisers went.')}{unnamed}</w:p>"
        + para("Its vanish is in no run properties.", style="Loose")
        + para("A note to myself.", style="Aside")
        + para("Hidden once, shown now.", style="Was")
    )
    data = docx(body, parts={"word/styles.xml": styles})
    assert [paragraph.text for paragraph in read_docx(data, "essay.docx", limit=MAX_ARTICLE_BYTES)] == [
        "There are 10,000 US troops in Mexico.",
        "Then 200 advisers went. 5,000 troops.",
        "Its vanish is in no run properties.",
        "",
        "Hidden once, shown now.",
    ]


@pytest.mark.xfail(
    strict=True,
    reason="w:vanish is a toggle property (ECMA-376 17.7.3): hidden by both the paragraph's style and the run's "
    "character style, the two cancel and Word shows the text; the reader hides it (rare: docs/limits.md)",
)
def test_text_hidden_by_both_its_paragraph_style_and_its_character_style_is_shown() -> None:
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NAMESPACE}">'
        '<w:style w:type="paragraph" w:styleId="Aside"><w:name w:val="Aside"/><w:rPr><w:vanish/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>'
        "</w:styles>"
    )
    secret = '<w:r><w:rPr><w:rStyle w:val="Secret"/></w:rPr><w:t>There are 10,000 US troops in Mexico.</w:t></w:r>'
    body = f'<w:p><w:pPr><w:pStyle w:val="Aside"/></w:pPr>{secret}</w:p>'
    data = docx(body, parts={"word/styles.xml": styles})
    texts = [paragraph.text for paragraph in read_docx(data, "essay.docx", limit=MAX_ARTICLE_BYTES)]
    assert texts == ["There are 10,000 US troops in Mexico."]
