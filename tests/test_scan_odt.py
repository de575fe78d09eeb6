"""``factcheck scan essay.odt``: an OpenDocument text (LibreOffice's, Google Docs' download) read as its
paragraphs, as a Word document is (tests/test_scan_docx.py), and hostile files refused.

Every document here is built in the test with zipfile, from the parts LibreOffice writes: ``mimetype`` first and
stored, content.xml, META-INF/manifest.xml."""

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
from factcheck.errors import InputError
from factcheck.odttext import looks_like_odt, read_odt
from factcheck.zipxml import LINE_SEPARATOR, Paragraph, paragraphs_text
from tests.test_scan_docx import assert_scan_refuses  # one refusal, a .docx's and an .odt's

Invoke = Callable[..., Result]

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)
ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def content_xml(body: str, styles: str = "") -> str:
    """content.xml around ``body``'s paragraphs, as LibreOffice writes it (its declaration, automatic styles)."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {NAMESPACES} office:version="1.3">'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )


def p(text: str = "", style: str | None = None) -> str:
    """A paragraph of ``text``, escaped (its spaces as written: LibreOffice writes a second space as text:s)."""
    attribute = f' text:style-name="{style}"' if style else ""
    return f"<text:p{attribute}>{escape(text)}</text:p>"


def odt(
    body: str = "",
    *,
    styles: str = "",
    parts: dict[str, str | bytes | None] | None = None,
    mimetype: str = ODT_MIMETYPE,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """An .odt's bytes: mimetype (first, stored, as the format asks), content.xml around ``body`` (unless
    ``parts`` says otherwise: None leaves a part out), the manifest and the other ``parts``; each dated
    1980-01-01, so the same parts are the same bytes."""
    files: dict[str, str | bytes | None] = {
        "mimetype": mimetype,
        "content.xml": content_xml(body, styles),
        "META-INF/manifest.xml": MANIFEST,
    }
    files.update(parts or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            if data is not None:
                method = zipfile.ZIP_STORED if name == "mimetype" else compression
                archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data, method)
    return buffer.getvalue()


#: the essay of docs/commands.md's .odt example (tests/fixtures/odt/essay.odt, stored uncompressed), the .docx
#: essay's paragraphs: a title, a paragraph, an empty one, a table's cell, a paragraph
ESSAY = (
    p("Troops essay", style="Title")
    + "<text:p>There are 10,000 US <text:span>troops in Mexico.</text:span></text:p>"
    + "<text:p/>"
    + "<table:table><table:table-column/><table:table-row><table:table-cell>"
    + p("Mexico approved 155 US Marines in 2025.")
    + "</table:table-cell></table:table-row></table:table>"
    + p("Then the Pentagon said 200 advisers went.")
)
ESSAY_FIXTURE = Path(__file__).parent / "fixtures" / "odt" / "essay.odt"


def essay_bytes() -> bytes:
    return odt(ESSAY, compression=zipfile.ZIP_STORED)


def test_the_documentation_essay_is_the_one_built_here() -> None:
    # rebuilt by: python -c "from tests.test_scan_odt import *; ESSAY_FIXTURE.write_bytes(essay_bytes())"
    assert ESSAY_FIXTURE.read_bytes() == essay_bytes()
    assert texts(ESSAY_FIXTURE.read_bytes())[1] == (2, "There are 10,000 US troops in Mexico.", BlockKind.PARAGRAPH)


def texts(data: bytes, name: str = "essay.odt") -> list[tuple[int, str, BlockKind]]:
    article = parse_article(data, name)
    return [(block.line, block.text, block.kind) for block in article.blocks]


def kinds(data: bytes) -> list[tuple[str, BlockKind]]:
    """The reader's paragraphs and their kinds, before scan's blocks (which skip the empty ones)."""
    return [(paragraph.text, paragraph.kind) for paragraph in read_odt(data, "essay.odt", limit=MAX_ARTICLE_BYTES)]


def read(data: bytes) -> list[str]:
    return [paragraph.text for paragraph in read_odt(data, "essay.odt", limit=MAX_ARTICLE_BYTES)]


# --- what is read -------------------------------------------------------------------------------------


def test_paragraphs_headings_spaces_tabs_and_breaks_are_read_with_their_paragraph_numbers() -> None:
    body = (
        '<text:h text:outline-level="1">Troops in Mexico</text:h>'
        + "<text:p>There are <text:span>10,000 US troops</text:span> in Mexico.</text:p>"
        + "<text:p/>"  # an empty paragraph: counted, as LibreOffice shows it (a blank line), never a block
        + "<text:p>Table<text:tab/>one.<text:line-break/>Next line.</text:p>"
    )
    assert texts(odt(body)) == [
        (1, "Troops in Mexico", BlockKind.HEADING),
        (2, "There are 10,000 US troops in Mexico.", BlockKind.PARAGRAPH),
        (4, "Table one. Next line.", BlockKind.PARAGRAPH),
    ]
    article = parse_article(odt(body), "essay.odt")
    assert article.format is InputFormat.ODT
    # one paragraph a line: a break inside one is U+2028, a tab a tab, as a .docx's
    assert article.source.split("\n") == [
        "Troops in Mexico",
        "There are 10,000 US troops in Mexico.",
        "",
        f"Table\tone.{LINE_SEPARATOR}Next line.",
    ]


def test_white_space_is_read_as_a_reader_sees_it() -> None:
    # ODF collapses the XML's white space (a pretty-printed file's line ends and indents) to one space and drops
    # it at a paragraph's ends; text:s is spaces as typed (LibreOffice writes the second of two spaces so)
    body = (
        "<text:p>\n    There are\n    <text:span>10,000</text:span>   US troops.\n  </text:p>"
        + '<text:p>Two <text:s/>spaces, five <text:s text:c="4"/>here.</text:p>'
        + '<text:p><text:s text:c="1000000000"/>x</text:p>'  # a hostile count: at most 16 spaces
        + "<text:p>No\u00a0break stays.</text:p>"
    )
    assert read(odt(body)) == [
        "There are 10,000 US troops.",
        "Two  spaces, five     here.",
        " " * 16 + "x",
        "No\u00a0break stays.",
    ]


def test_lists_tables_and_styled_headings_are_blocks_of_their_kind() -> None:
    styles = (
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2"/>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body"/>'
    )
    cell = f"<table:table-cell>{p('Mexico approved 155 US Marines in 2025.')}</table:table-cell>"
    body = (
        p("Sources", style="P1")  # LibreOffice's automatic style over "Heading 2"
        + f"<table:table><table:table-row>{cell}{cell.replace('155', '200')}</table:table-row></table:table>"
        + f"<text:list><text:list-item>{p('The Pentagon sent 200 advisers.')}</text:list-item></text:list>"
        + p("Subtitle here", style="Subtitle")
        + p("Body text.", style="P2")
        + f"<table:table><table:table-row><table:table-cell>{'<text:h>In a cell</text:h>'}"
        + "</table:table-cell></table:table-row></table:table>"
    )
    assert texts(odt(body, styles=styles)) == [
        (1, "Sources", BlockKind.HEADING),
        (2, "Mexico approved 155 US Marines in 2025.", BlockKind.CELL),
        (3, "Mexico approved 200 US Marines in 2025.", BlockKind.CELL),
        (4, "The Pentagon sent 200 advisers.", BlockKind.ITEM),
        (5, "Subtitle here", BlockKind.HEADING),
        (6, "Body text.", BlockKind.PARAGRAPH),
        (7, "In a cell", BlockKind.CELL),  # a cell's paragraph stays a cell, as in a .docx
    ]


def styles_xml(styles: str, automatic: str = "", master: str = "") -> str:
    """styles.xml as LibreOffice writes it: the document's own (common) styles, the automatic styles of its
    headers and footers, and the master page that holds them."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-styles {NAMESPACES} office:version="1.3">'
        f"<office:styles>{styles}</office:styles><office:automatic-styles>{automatic}</office:automatic-styles>"
        f"<office:master-styles>{master}</office:master-styles></office:document-styles>"
    )


#: styles of one's own, as LibreOffice writes them in styles.xml: "Chapter" based on Heading 1 (defined after
#: it, as any order is), "Kicker" with an outline level of its own, "Aside" hidden, "Quote" a paragraph
OWN_STYLES = (
    '<style:style style:name="Chapter" style:display-name="Chapter" style:family="paragraph" '
    'style:parent-style-name="Heading_20_1"/>'
    '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
    'style:parent-style-name="Heading" style:default-outline-level="1"/>'
    '<style:style style:name="Kicker" style:family="paragraph" style:default-outline-level="2"/>'
    '<style:style style:name="Aside" style:family="paragraph">'
    '<style:text-properties text:display="none"/></style:style>'
    '<style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Text_20_body"/>'
)


def test_styles_of_one_s_own_in_styles_xml_are_followed_and_its_headers_and_footers_are_not_read() -> None:
    # a heading styled with a style of one's own (styles.xml, not content.xml's automatic styles) was read as a
    # paragraph; a header's and a footer's text (styles.xml's master page) is not read, as documented
    automatic = (
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Chapter"/>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Quote"/>'
    )
    body = (
        p("Troops in Mexico", style="Chapter")
        + p("Why it matters", style="P1")  # an automatic style over one's own
        + p("The numbers", style="Kicker")
        + p("There are 10,000 US troops in Mexico.", style="Quote")
        + p("A note to myself.", style="Aside")
        + p("Then 200 advisers went.", style="P2")
    )
    header_styles = '<style:style style:name="MP1" style:family="paragraph" style:parent-style-name="Chapter"/>'
    master = (
        '<style:master-page style:name="Standard" style:page-layout-name="pm1">'
        f"<style:header>{p('In the header: 5,000 troops.', style='MP1')}</style:header>"
        f"<style:footer>{p('Page 1 of 2', style='Footer')}</style:footer></style:master-page>"
    )
    data = odt(body, styles=automatic, parts={"styles.xml": styles_xml(OWN_STYLES, header_styles, master)})
    # the reader's own kinds (scan's first one-line paragraph is a title whatever its style)
    heading, paragraph = BlockKind.HEADING, BlockKind.PARAGRAPH
    assert kinds(data) == [
        ("Troops in Mexico", heading),
        ("Why it matters", heading),
        ("The numbers", heading),
        ("There are 10,000 US troops in Mexico.", paragraph),
        ("", paragraph),  # hidden: counted, empty, as content.xml's hidden paragraphs are
        ("Then 200 advisers went.", paragraph),
    ]
    assert [line for line, _, _ in texts(data)] == [1, 2, 3, 4, 6]
    assert (
        "header" not in parse_article(data, "essay.odt").source and "Page 1" not in parse_article(data, "x.odt").source
    )
    # without styles.xml (as before), each is a paragraph, the hidden one read
    assert kinds(odt(body, styles=automatic)) == [(text, paragraph) for text, _ in kinds(data)[:4]] + [
        ("A note to myself.", paragraph),
        ("Then 200 advisers went.", paragraph),
    ]


def test_a_styles_xml_that_cannot_be_read_leaves_the_text_read_as_content_xml_says() -> None:
    # styles.xml only tells which paragraphs are headings or hidden: a damaged, hostile or huge one is left out,
    # never the reason an article goes unread
    body = p("Intro.") + p("Troops in Mexico", style="Chapter") + p("There are 10,000 US troops in Mexico.")
    expected = [
        (text, BlockKind.PARAGRAPH) for text in ("Intro.", "Troops in Mexico", "There are 10,000 US troops in Mexico.")
    ]
    assert kinds(odt(body, parts={"styles.xml": styles_xml(OWN_STYLES)}))[1] == ("Troops in Mexico", BlockKind.HEADING)
    laughs = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    for broken in ("<office:document-styles><office:styles>", laughs, b"\xff\xfe not xml"):
        assert kinds(odt(body, parts={"styles.xml": broken})) == expected, broken


def test_a_style_that_shows_its_text_over_a_hidden_one_is_read() -> None:
    # what LibreOffice writes when a paragraph in a hidden style ("Aside") is shown again by direct formatting:
    # an automatic style over it with text:display="true"; the style's own value wins, the parent's counts only
    # when it says nothing (the .docx LibreOffice saves of it, w:vanish w:val="false", was read; this was not)
    common = (
        '<style:style style:name="Aside" style:family="paragraph">'
        '<style:text-properties text:display="none"/></style:style>'
        '<style:style style:name="Shown" style:family="paragraph" style:parent-style-name="Aside">'
        '<style:text-properties text:display="true"/></style:style>'
        '<style:style style:name="Under" style:family="paragraph" style:parent-style-name="Shown"/>'
        '<style:style style:name="Again" style:family="paragraph" style:parent-style-name="Shown">'
        '<style:text-properties text:display="none"/></style:style>'
    )
    automatic = (
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Aside">'
        '<style:text-properties text:display="true"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Aside"/>'
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Shown"/>'
    )
    body = (
        p("A note to myself.", style="Aside")
        + p("Shown again by direct formatting.", style="P1")
        + p("Still hidden.", style="P2")
        + p("Shown by its own style.", style="Shown")
        + p("Shown as its parent is.", style="Under")
        + p("Hidden again.", style="Again")
        + p("Shown over a shown style.", style="P3")
    )
    assert read(odt(body, styles=automatic, parts={"styles.xml": styles_xml(common)})) == [
        "",
        "Shown again by direct formatting.",
        "",
        "Shown by its own style.",
        "Shown as its parent is.",
        "",
        "Shown over a shown style.",
    ]


def test_a_style_is_known_by_its_family_and_name_and_a_nameless_one_by_none() -> None:
    # ODF names a style uniquely within its family only: a character style "A" that hides its text does not hide
    # the paragraphs of the paragraph style "A"; a graphic style's outline level makes no heading; a style with
    # no name is no style a paragraph names (text:style-name="" was hidden, or a heading)
    common = (
        '<style:style style:name="A" style:family="paragraph"/>'
        '<style:style style:name="A" style:family="text"><style:text-properties text:display="none"/></style:style>'
        '<style:style style:name="G" style:family="graphic" style:default-outline-level="1"/>'
        '<style:style style:family="paragraph" style:default-outline-level="1">'
        '<style:text-properties text:display="none"/></style:style>'
    )
    automatic = (
        '<style:style style:name="B" style:family="graphic"><style:text-properties text:display="none"/></style:style>'
    )
    body = (
        p("There are 10,000 US troops in Mexico.", style="A")
        + '<text:p>Then <text:span text:style-name="A">secretly </text:span>200 advisers went.</text:p>'
        + p("Troops in Mexico", style="G")
        + '<text:p text:style-name="">Nameless styles name nothing.</text:p>'
        + p("Neither do graphic ones.", style="B")
    )
    paragraph = BlockKind.PARAGRAPH
    assert kinds(odt(body, styles=automatic, parts={"styles.xml": styles_xml(common)})) == [
        ("There are 10,000 US troops in Mexico.", paragraph),
        ("Then 200 advisers went.", paragraph),
        ("Troops in Mexico", paragraph),
        ("Nameless styles name nothing.", paragraph),
        ("Neither do graphic ones.", paragraph),
    ]


def test_footnotes_then_endnotes_follow_the_body_and_their_marks_are_not_read() -> None:
    body = (
        "<text:p>There are 10,000 US troops"
        '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        f"<text:note-body>{p('NORTHCOM counted 10,000 troops at the border.')}</text:note-body></text:note>"
        " in Mexico.</text:p>"
        "<text:p>The Senate voted."
        '<text:note text:id="edn1" text:note-class="endnote"><text:note-citation>i</text:note-citation>'
        f"<text:note-body>{p('Roll call 112.')}</text:note-body></text:note></text:p>"
        "<text:p>The end"
        '<text:note text:id="ftn2" text:note-class="footnote"><text:note-citation>2</text:note-citation>'
        f"<text:note-body>{p('A second note.')}</text:note-body></text:note>.</text:p>"
    )
    assert texts(odt(body)) == [
        (1, "There are 10,000 US troops in Mexico.", BlockKind.PARAGRAPH),
        (2, "The Senate voted.", BlockKind.PARAGRAPH),
        (3, "The end.", BlockKind.PARAGRAPH),
        (4, "NORTHCOM counted 10,000 troops at the border.", BlockKind.PARAGRAPH),
        (5, "A second note.", BlockKind.PARAGRAPH),
        (6, "Roll call 112.", BlockKind.PARAGRAPH),
    ]


def test_a_note_in_a_table_cell_is_a_note_and_the_cell_stays_a_cell() -> None:
    body = (
        "<table:table><table:table-row><table:table-cell><text:p>155 US Marines"
        '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        f"<text:note-body>{p('Per the Senate.')}</text:note-body></text:note> arrived.</text:p>"
        "</table:table-cell></table:table-row></table:table>"
    )
    assert texts(odt(body)) == [
        (1, "155 US Marines arrived.", BlockKind.CELL),
        (2, "Per the Senate.", BlockKind.PARAGRAPH),
    ]


def test_tracked_deletions_comments_frames_and_hidden_text_are_not_read() -> None:
    styles = (
        '<style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>'
        '<style:style style:name="P9" style:family="paragraph">'
        '<style:text-properties text:display="none"/></style:style>'
    )
    body = (
        # what a tracked change deleted is kept apart, for its mark; the body holds the text with it accepted
        '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
        "<office:change-info><dc:creator>Ed</dc:creator></office:change-info>"
        "<text:p>marines</text:p></text:deletion></text:changed-region></text:tracked-changes>"
        '<text:p>There are 10,000 US <text:change text:change-id="ct1"/>'
        '<text:change-start text:change-id="ct2"/>troops<text:change-end text:change-id="ct2"/> in Mexico.'
        "<office:annotation><dc:creator>Ed</dc:creator><text:p>Check this.</text:p></office:annotation>"
        '<draw:frame draw:name="Frame1"><draw:text-box><text:p>In a text box.</text:p></draw:text-box>'
        "</draw:frame>"
        '<draw:frame><draw:image xlink:href="Pictures/1.png" xmlns:xlink="http://www.w3.org/1999/xlink">'
        "<svg:title>A picture</svg:title></draw:image></draw:frame>"
        '<text:span text:style-name="T1"> Hidden: 10,000 troops.</text:span>'
        '<text:hidden-text text:condition="ooow:1" text:string-value="x" text:is-hidden="true">'
        " Also hidden.</text:hidden-text>"
        "</text:p>"
        + p("A hidden paragraph.", style="P9")
        + '<text:p><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>Hidden too.</text:p>'
        + '<text:section text:name="S1" text:display="none"><text:p>A hidden section.</text:p></text:section>'
        + '<text:section text:name="S2"><text:p>A shown section.</text:p></text:section>'
    )
    # a hidden paragraph is counted, empty, as a .docx's paragraph of hidden runs is
    assert texts(odt(body, styles=styles)) == [
        (1, "There are 10,000 US troops in Mexico.", BlockKind.PARAGRAPH),
        (4, "A shown section.", BlockKind.PARAGRAPH),
    ]


def test_a_deleted_paragraph_break_reads_as_the_one_paragraph_it_made() -> None:
    # what LibreOffice 7.4 writes when a tracked change deletes the break between two paragraphs (and types a space
    # there): the body holds the one paragraph the change made, the deletion the two empty paragraphs it joined; the
    # two half-sentences are read as one, as Word's deleted paragraph mark joins them (docs/limits.md said not)
    body = (
        '<text:tracked-changes><text:changed-region xml:id="ct1" text:id="ct1"><text:deletion>'
        "<office:change-info><dc:creator>Ed</dc:creator><dc:date>2026-12-07T21:01:09</dc:date></office:change-info>"
        '<text:p text:style-name="Standard"/><text:p text:style-name="Standard"/></text:deletion></text:changed-region>'
        '<text:changed-region xml:id="ct2" text:id="ct2"><text:insertion><office:change-info><dc:creator>Ed'
        "</dc:creator></office:change-info></text:insertion></text:changed-region></text:tracked-changes>"
        '<text:p text:style-name="Standard">There are 10,000 US troops<text:change text:change-id="ct1"/>'
        '<text:change-start text:change-id="ct2"/> <text:change-end text:change-id="ct2"/>'
        "in Mexico, the Pentagon said.</text:p>"
        '<text:p text:style-name="Standard">Last paragraph.</text:p>'
    )
    assert read(odt(body)) == ["There are 10,000 US troops in Mexico, the Pentagon said.", "Last paragraph."]


def test_an_index_is_read_as_its_entries_not_its_template() -> None:
    body = (
        "<text:table-of-content><text:table-of-content-source>"
        "<text:index-title-template>Contents</text:index-title-template>"
        "</text:table-of-content-source><text:index-body>"
        + p("Troops in Mexico\t1")
        + "</text:index-body></text:table-of-content>"
    )
    assert read(odt(body)) == ["Troops in Mexico 1"]


def test_only_the_body_s_paragraphs_are_read() -> None:
    # a paragraph outside office:text (a hostile or odd file's) is no text of the document
    data = odt(
        parts={"content.xml": content_xml(p("Troops.")).replace("<office:body>", f"{p('Outside.')}<office:body>")}
    )
    assert read(data) == ["Troops."]


def test_too_many_paragraphs_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.odttext

    monkeypatch.setattr(factcheck.odttext, "MAX_PARAGRAPHS", 3)
    assert len(read(odt("<text:p/>" * 3))) == 3
    note = "<text:p>x<text:note><text:note-body><text:p>n</text:p></text:note-body></text:note></text:p>"
    with pytest.raises(InputError, match="too large to be an article: more than 3 paragraphs; split it up"):
        read(odt("<text:p/>" * 2 + note))


@given(
    st.lists(
        st.lists(
            st.text(
                st.characters(exclude_categories=("Cc", "Cs", "Zs"), exclude_characters="\ufffe\uffff"), max_size=12
            ),
            max_size=4,
        ),
        min_size=1,
        max_size=6,
    )
)
def test_any_paragraphs_written_to_an_odt_read_back_as_the_same_paragraphs(paragraphs: list[list[str]]) -> None:
    # each paragraph's text split over spans, as LibreOffice splits it at each change of formatting
    body = "".join(
        "<text:p>" + "".join(f"<text:span>{escape(text)}</text:span>" for text in spans) + "</text:p>"
        for spans in paragraphs
    )
    assert read(odt(body)) == ["".join(spans) for spans in paragraphs]


# --- how it is told ---------------------------------------------------------------------------------


def test_an_odt_is_told_by_its_content_whatever_its_name() -> None:
    data = odt(p("Troops arrived."))
    assert looks_like_odt(data)
    for name in ("download", "essay.txt", "<stdin>"):
        assert parse_article(data, name).format is InputFormat.ODT, name
    # a template (.ott) is read as a document, as a .dotx is
    template = odt(p("Troops arrived."), mimetype="application/vnd.oasis.opendocument.text-template")
    assert parse_article(template, "letter.ott").format is InputFormat.ODT
    assert not looks_like_odt(odt(p("x"), mimetype="application/epub+zip"))
    assert not looks_like_odt(b"PK\x03\x04 cut short")


def test_an_odt_told_by_its_content_has_its_zip_directory_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []

    class Counted(zipfile.ZipFile):
        def __init__(self, *args: object, **kwargs: object) -> None:
            opened.append(args[0])
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    data = odt(p("There are 10,000 US troops in Mexico."))
    monkeypatch.setattr(zipfile, "ZipFile", Counted)
    article = parse_article(data, "download")
    assert article.format is InputFormat.ODT and len(opened) == 1


def test_scan_reads_an_odt_and_reports_paragraph_numbers(invoke: Invoke, tmp_path: Path, mini_kb: Path) -> None:
    path = tmp_path / "essay.odt"
    path.write_bytes(odt(p("My essay", style="Title") + "<text:p/>" + p("There are 10,000 US troops in Mexico.")))
    result = invoke("scan", str(path), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK, result.output
    assert f"{path} (odt): 2 sentences" in result.stdout
    assert "3  There are 10,000 US troops in Mexico." in result.stdout


def test_json_offsets_index_the_text_read_a_paragraph_a_line(invoke: Invoke, tmp_path: Path, mini_kb: Path) -> None:
    path = tmp_path / "essay.odt"
    body = p("Intro 😀 text.") + (
        "<text:p>Troops:\n  <text:span>there are 10,000 US troops in Mexico.</text:span> The end.</text:p>"
    )
    path.write_bytes(odt(body))
    result = invoke("scan", "--json", str(path), "--kb", str(mini_kb))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    source = read_article(path).source
    sentences = [line for line in lines if line["type"] == "sentence"]
    assert [s["line"] for s in sentences] == [1, 2, 2]
    for sentence in sentences:
        assert source[sentence["start"] : sentence["end"]] == sentence["text"]
        assert source.split("\n")[sentence["line"] - 1].find(sentence["text"]) >= 0
    # the emoji is two UTF-16 units: the offsets after it differ by one
    assert sentences[1]["start_utf16"] == sentences[1]["start"] + 1
    assert lines[-1]["format"] == "odt"


def test_input_format_odt_reads_any_name_and_text_refuses_an_odt(invoke: Invoke, tmp_path: Path, mini_kb: Path) -> None:
    path = tmp_path / "essay.bin"
    path.write_bytes(odt(p("There are 10,000 US troops in Mexico.")))
    result = invoke("scan", "--input-format", "odt", str(path), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK, result.output
    result = invoke("scan", "--input-format", "text", str(path), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr == (
        f"factcheck: {path}: error: is an OpenDocument text (.odt), not text: read it with --input-format odt "
        "(or auto)\n"
    )
    with pytest.raises(InputError, match=r"read it with input_format='odt' \(or 'auto'\)"):
        parse_article(path.read_bytes(), "essay.bin", "text")
    result = invoke("scan", "--input-format", "opendocument", str(path), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR and "did you mean 'odt'" in result.stderr


def test_a_docx_forced_as_odt_and_an_odt_forced_as_docx_are_each_told_the_format_that_reads_them(
    invoke: Invoke, tmp_path: Path, mini_kb: Path
) -> None:
    # an .odt given --input-format docx was told "holds no word/document.xml: a zip file", as if it were no
    # document at all; it is told what it is and the setting that reads it, as a .docx given odt always was
    from tests.test_scan_docx import docx, para

    word, opendocument = tmp_path / "essay.docx", tmp_path / "essay.odt"
    word.write_bytes(docx(para("There are 10,000 US troops in Mexico.")))
    opendocument.write_bytes(odt(p("There are 10,000 US troops in Mexico.")))
    result = invoke("scan", "--input-format", "odt", str(word), "--kb", str(mini_kb))
    assert (result.exit_code, result.stderr) == (
        ExitCode.ERROR,
        f"factcheck: {word}: error: is a Word document (.docx), not an OpenDocument text (.odt): read it with "
        "--input-format docx (or auto)\n",
    )
    result = invoke("scan", "--input-format", "docx", str(opendocument), "--kb", str(mini_kb))
    assert (result.exit_code, result.stderr) == (
        ExitCode.ERROR,
        f"factcheck: {opendocument}: error: is an OpenDocument text (.odt), not a Word document (.docx): read it "
        "with --input-format odt (or auto)\n",
    )
    with pytest.raises(InputError, match=r"not a Word document \(\.docx\): read it with input_format='odt'"):
        parse_article(opendocument.read_bytes(), "essay.odt", "docx")
    # a template (.ott) is a text too; a spreadsheet is no text: it is still the zip a .docx is not
    template = odt(p("x"), mimetype="application/vnd.oasis.opendocument.text-template")
    with pytest.raises(InputError, match=r"is an OpenDocument text \(\.odt\), not a Word document"):
        parse_article(template, "letter.ott", "docx")
    sheet = odt(p("x"), mimetype="application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(InputError, match=r"holds no word/document\.xml: a zip file, not a Word document"):
        parse_article(sheet, "sums.ods", "docx")


def test_an_odt_without_its_mimetype_forced_as_docx_is_told_the_format_that_reads_it() -> None:
    # an .odt whose mimetype member is missing or damaged (auto reads it as an .odt by its ending) was told
    # "holds no word/document.xml: a zip file", as if no document; it holds content.xml and no word/ part
    body = p("There are 10,000 US troops in Mexico.")
    for mimetype in (None, "application/octet-stream"):
        with pytest.raises(InputError, match=r"is an OpenDocument text \(\.odt\), not a Word document"):
            parse_article(odt(body, parts={"mimetype": mimetype}), "essay.odt", "docx")
    assert read(odt(body, parts={"mimetype": None})) == ["There are 10,000 US troops in Mexico."]
    # a zip with neither is still no document; one with word/ parts too is a (broken) Word document
    other = odt(body, parts={"mimetype": None, "content.xml": None, "notes.txt": "x"})
    with pytest.raises(InputError, match=r"holds no word/document\.xml: a zip file, not a Word document"):
        parse_article(other, "essay.odt", "docx")
    both = odt(body, parts={"mimetype": None, "word/styles.xml": "<x/>"})
    with pytest.raises(InputError, match=r"holds no word/document\.xml: a zip file, not a Word document"):
        parse_article(both, "essay.odt", "docx")


def test_a_zip_document_is_read_as_its_content_says_whatever_its_ending() -> None:
    # a Word document saved as "essay.odt" was read as a .docx before scan read .odt files; it still is (and the
    # reverse: an .odt named .docx is read as the .odt it is); the ending decides only when the content is silent
    from tests.test_scan_docx import docx, para

    word = parse_article(docx(para("There are 10,000 US troops in Mexico.")), "essay.odt")
    assert (word.format, word.source) == (InputFormat.DOCX, "There are 10,000 US troops in Mexico.")
    opendocument = parse_article(odt(p("There are 10,000 US troops in Mexico.")), "essay.docx")
    assert (opendocument.format, opendocument.source) == (InputFormat.ODT, "There are 10,000 US troops in Mexico.")
    with pytest.raises(InputError, match=r"holds no content\.xml: a zip file, not an OpenDocument text"):
        parse_article(odt(parts={"content.xml": None, "mimetype": None}), "essay.odt")


def test_scan_reads_a_docx_named_odt(invoke: Invoke, tmp_path: Path, mini_kb: Path) -> None:
    from tests.test_scan_docx import docx, para

    path = tmp_path / "essay.odt"
    path.write_bytes(docx(para("There are 10,000 US troops in Mexico.")))
    result = invoke("scan", str(path), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK, result.output
    assert f"{path} (docx): 1 sentence" in result.stdout


#: what OpenOffice.org 2.x wrote at the top of an .odt's manifest: a DOCTYPE naming its DTD, no entities
OPENOFFICE_2_MANIFEST = MANIFEST.replace(
    "?>", '?><!DOCTYPE manifest:manifest PUBLIC "-//OpenOffice.org//DTD Manifest 1.0//EN" "Manifest.dtd">', 1
)


@pytest.mark.parametrize(
    "manifest",
    [
        pytest.param(OPENOFFICE_2_MANIFEST, id="openoffice-2-doctype"),
        pytest.param("<manifest", id="not-xml"),
        pytest.param("<!DOCTYPE m [<!ENTITY a 'b'>]><m>&a;</m>", id="entities"),
        pytest.param(MANIFEST.replace("</manifest:manifest>", " " * (1024 * 1024) + "</manifest:manifest>"), id="1-MB"),
    ],
)
def test_a_manifest_that_names_no_encryption_does_not_stop_the_text_being_read(manifest: str) -> None:
    # only the check for a password reads the manifest: one that cannot be read says nothing of the text
    assert read(odt(p("There are 10,000 US troops in Mexico."), parts={"META-INF/manifest.xml": manifest})) == [
        "There are 10,000 US troops in Mexico."
    ]


def test_content_xml_with_the_openoffice_2_doctype_is_still_refused() -> None:
    content = content_xml(p("Troops.")).replace(
        "?>", '?><!DOCTYPE office:document-content PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "x.dtd">', 1
    )
    with pytest.raises(InputError, match=r"its content\.xml declares a DOCTYPE"):
        read(odt(parts={"content.xml": content}))


def test_a_docx_given_as_odt_is_told_to_be_read_as_docx() -> None:
    from tests.test_scan_docx import docx, para

    with pytest.raises(InputError, match=r"is a Word document \(\.docx\), not an OpenDocument text \(\.odt\): read"):
        parse_article(docx(para("Troops.")), "essay.bin", "odt")


# --- hostile files and other documents ----------------------------------------------------------------


def _bomb() -> bytes:
    # 21 MB of XML unpacked (spaces inside the document), about 21 kB packed
    return odt(p("Troops.") + " " * (MAX_ARTICLE_BYTES + 1024 * 1024))


def _laughs() -> bytes:
    lol = (
        '<?xml version="1.0"?><!DOCTYPE office:document-content [<!ENTITY a "lol">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        + "".join(f'<!ENTITY {c} "{("&" + q + ";") * 10}">' for q, c in zip("bcdefgh", "cdefghi", strict=True))
        + f"]><office:document-content {NAMESPACES}><office:body><office:text><text:p>&i;</text:p>"
        "</office:text></office:body></office:document-content>"
    )
    return odt(parts={"content.xml": lol})


#: what LibreOffice's "Save with password" writes: each part's entry in the manifest has its encryption data
ENCRYPTED_MANIFEST = MANIFEST.replace(
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="3012">'
    '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" '
    'manifest:checksum="AAAA"><manifest:algorithm '
    'manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
    'manifest:initialisation-vector="AAAA"/></manifest:encryption-data></manifest:file-entry>',
)


HOSTILE = [
    pytest.param(
        _bomb,
        "too large to be an article: more than 20 MB of XML unpacked (reading its content.xml)",
        id="zip-bomb",
    ),
    pytest.param(_laughs, "its content.xml declares a DOCTYPE, which LibreOffice never writes", id="billion-laughs"),
    pytest.param(
        lambda: odt(parts={"content.xml": b"\x9c\x01 encrypted bytes", "META-INF/manifest.xml": ENCRYPTED_MANIFEST}),
        "is a password-protected (encrypted) OpenDocument text: factcheck cannot read it; open it in LibreOffice, "
        "File > Save As, untick 'Save with password'",
        id="encrypted",
    ),
    pytest.param(
        lambda: odt(parts={"content.xml": None}),
        "holds no content.xml: a zip file, not an OpenDocument text (.odt)",
        id="no-content-xml",
    ),
    pytest.param(
        lambda: odt(p("There are 10,000 US troops in Mexico."))[:300],
        "is not a readable OpenDocument text (.odt): its zip is damaged or cut short",
        id="truncated",
    ),
    pytest.param(
        lambda: odt(parts={"content.xml": "<office:document-content><text:p>"}),
        "its content.xml is not well-formed XML (line 1, column 1: unbound prefix); open it in LibreOffice and "
        "save it again",
        id="bad-xml",
    ),
    pytest.param(
        lambda: odt(parts={"content.xml": content_xml(p("Troops.")).replace("UTF-8", "x-foo")}),
        "its content.xml declares an encoding factcheck cannot read (x-foo)",
        id="unknown-encoding",
    ),
    pytest.param(
        lambda: b"There are 10,000 US troops in Mexico.\n",
        "is not an OpenDocument text (.odt): it is text, not the zip file an .odt is; read it as text with "
        "--input-format text",
        id="really-text",
    ),
    pytest.param(lambda: b"", "is empty, not an OpenDocument text (.odt): nothing to scan", id="empty"),
    pytest.param(
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
        "is an Office document (as an old Word .doc is), not an OpenDocument text (.odt)",
        id="old-doc",
    ),
    pytest.param(lambda: odt(p("") + "<text:p/>"), "no readable text in this odt input", id="no-text"),
    pytest.param(
        lambda: odt("<text:p>" * 100_000 + "</text:p>" * 100_000),
        "its content.xml has paragraphs inside paragraphs more than 64 deep",
        id="nested-paragraphs",
    ),
    pytest.param(
        lambda: odt(
            parts={"content.xml": b"\x9c\x01 encrypted bytes", "META-INF/manifest.xml": ENCRYPTED_MANIFEST[:-5]}
        ),
        "is a password-protected (encrypted) OpenDocument text",
        id="encrypted-manifest-cut-short",
    ),
]


@pytest.mark.parametrize(("make", "message"), HOSTILE)
def test_a_hostile_odt_is_refused_with_one_message(
    invoke: Invoke, tmp_path: Path, mini_kb: Path, make: Callable[[], bytes], message: str
) -> None:
    path = tmp_path / "essay.odt"
    path.write_bytes(make())
    assert_scan_refuses(invoke, path, mini_kb, message)


def test_the_xml_budget_is_shared_with_the_manifest_apart() -> None:
    # content.xml reads from the same budget a .docx's parts do: the limit and one chunk at most
    data = odt(p("Troops.") + " " * 100_000)
    with pytest.raises(InputError, match=r"more than 50,000 bytes of XML unpacked \(reading its content.xml\)"):
        read_odt(data, "essay.odt", limit=50_000)
    assert read_odt(data, "essay.odt", limit=200_000) == [Paragraph("Troops.")]


FLAT_ODT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<office:document {NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
    "<office:body><office:text><text:p>There are 10,000 US troops in Mexico.</text:p></office:text></office:body>"
    "</office:document>\n"
).encode()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        pytest.param(
            "essay.fodt",
            FLAT_ODT,
            "is a flat OpenDocument text (.fodt), which scan does not read: open it in LibreOffice, File > Save As, "
            "ODF Text Document (.odt), and scan that file",
            id="fodt",
        ),
        pytest.param(
            "download",
            FLAT_ODT,
            "is a flat OpenDocument text (.fodt), which scan does not read",
            id="fodt-by-content",
        ),
        pytest.param(
            "essay.odt",
            FLAT_ODT,
            "is a flat OpenDocument text (.fodt), which scan does not read",
            id="fodt-named-odt",
        ),
        pytest.param(
            "budget.ods",
            odt(mimetype="application/vnd.oasis.opendocument.spreadsheet"),
            "is an OpenDocument spreadsheet (.ods), not a text document: scan reads an OpenDocument text (.odt), "
            "a Word document (.docx) and plain text; copy its text into a .txt file and use that file instead",
            id="ods",
        ),
        pytest.param(
            "download",
            odt(mimetype="application/vnd.oasis.opendocument.presentation"),
            "is an OpenDocument presentation (.odp), not a text document",
            id="odp-by-content",
        ),
        pytest.param(
            "slides.odt",
            odt(mimetype="application/vnd.oasis.opendocument.presentation"),
            "is an OpenDocument presentation (.odp), not a text document",
            id="odp-named-odt",
        ),
        pytest.param(
            "sheet.fods",
            FLAT_ODT.replace(b"opendocument.text", b"opendocument.spreadsheet"),
            "is a flat OpenDocument spreadsheet (.fods), not a text document",
            id="fods",
        ),
    ],
)
def test_another_opendocument_is_named_with_what_to_do(
    invoke: Invoke, tmp_path: Path, mini_kb: Path, name: str, data: bytes, message: str
) -> None:
    # a flat .fodt was read as text, its XML as sentences; an .odp was "a zip file (as a Word .docx ... is)"
    path = tmp_path / name
    path.write_bytes(data)
    result = invoke("scan", str(path), "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR, result.output
    assert result.stderr.startswith(f"factcheck: {path}: error: {message}")
    assert result.stderr.count("\n") == 1 and result.stdout == "" and "Traceback" not in result.output
    # asked for text, a flat .fodt is read as the XML text it is
    if name.endswith(".fodt"):
        result = invoke("scan", "--input-format", "text", str(path), "--kb", str(mini_kb))
        assert result.exit_code in (ExitCode.OK, ExitCode.NO_MATCH), result.output


def test_a_text_that_quotes_a_flat_opendocument_is_scanned() -> None:
    # only a file that opens as one is one: a note about the format, quoting its root element, is text
    note = b"How LibreOffice saves a flat file:\n\n" + FLAT_ODT
    assert parse_article(note, "notes.txt").format is InputFormat.TEXT
    assert parse_article(note, "download").format is not InputFormat.ODT


def test_paragraphs_text_is_a_paragraph_a_line() -> None:
    data = odt("<text:p>one&#10;two</text:p>" + p("three"))
    assert paragraphs_text(read_odt(data, "essay.odt", limit=MAX_ARTICLE_BYTES)) == "one two\nthree"


@pytest.mark.e2e
def test_installed_command_scans_an_odt(tmp_path: Path, mini_kb: Path) -> None:
    path = tmp_path / "essay.odt"
    path.write_bytes(odt(p("There are 10,000 US troops in Mexico.")))
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
