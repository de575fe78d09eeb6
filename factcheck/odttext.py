"""An OpenDocument text (.odt, what LibreOffice and Google Docs' "Download as OpenDocument" write: a zip whose
``mimetype`` member is ``application/vnd.oasis.opendocument.text`` and whose content.xml holds the text) read
as paragraphs, for ``scan`` (``article.parse_article``), as ``docxtext`` reads a Word document.

What is read: each paragraph and heading (``text:p``, ``text:h``) of the body in order, a list item's and a table
cell's paragraphs as paragraphs, then the footnotes' and then the endnotes' paragraphs (``text:note-body``, which
ODF writes where the note's mark is: read after the body, as a .docx's notes are); white space as a reader sees
it (ODF collapses a run of spaces, tabs and line ends written in the XML to one space and drops it at a
paragraph's ends), ``text:s`` as its spaces (at most ``_MAX_SPACES``), ``text:tab`` as a tab and
``text:line-break`` as U+2028 (a paragraph stays one line).  Not read, as the .docx reader leaves them out: the
text a tracked change deleted (``text:tracked-changes``: what is in the body is the text with the changes
accepted, a deleted paragraph break the one paragraph it made, as LibreOffice writes it), hidden text (a span or
paragraph whose style sets ``text:display="none"``, a
``text:hidden-text`` or ``text:hidden-paragraph`` that is hidden, a section with ``text:display="none"``),
frames, text boxes, pictures and shapes (the drawing namespace), comments (``office:annotation``), a note's
citation mark, ruby text, an index's template; headers and footers (styles.xml's master pages, not read).  A
``text:h``, or a paragraph whose style is a heading, title or subtitle, is a heading: by its name, its outline
level, or the style it is based on, followed through content.xml's automatic styles and styles.xml's own styles
(a style of one's own based on "Heading 1"; styles.xml is read apart from the article's budget, and one that
cannot be read is left out: content.xml's styles alone tell then); one in a list an item; one in a table a
cell.  A style of one's own whose text is hidden hides it, as an automatic style's does.

The text is ``paragraphs_text``: one paragraph a line, so a sentence's line is its paragraph's number (from 1,
empty paragraphs counted) and its offsets index that text, as a .docx's.  A hostile file is refused as a .docx
is (``zipxml``: one budget of XML unpacked, a DOCTYPE refused, at most ``MAX_PARAGRAPHS`` paragraphs); a
password-protected one (META-INF/manifest.xml names its encryption), a flat OpenDocument (.fodt), another
OpenDocument (a spreadsheet, a presentation), text or another file given as an .odt: each an ``InputError``
that says what it is and what to do.  Standard library only; nothing here imports Typer or Rich.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .blocks import BlockKind
from .docxtext import DOCX_FORMAT, is_docx_archive
from .errors import Advice, InputError, Location
from .zipxml import (
    EMPTY_PARAGRAPH,
    LINE_SEPARATOR,
    MAX_PARAGRAPHS,
    ZIP_ERRORS,
    ZIP_SIGNATURE,
    Budget,
    DocumentKind,
    Paragraph,
    no_zip_message,
    open_document,
    open_zip,
    parse,
    read_member,
    too_many_paragraphs,
    zip_errors,
)

#: how messages name an OpenDocument text
OPENDOCUMENT = DocumentKind("OpenDocument text", ".odt", "LibreOffice")
#: the part that holds the text, and the one that says which parts are encrypted
CONTENT_PART = "content.xml"
#: the part that holds the document's own (common) styles, its headers and its footers
STYLES_PART = "styles.xml"
#: the most of styles.xml read, apart from the article's budget (LibreOffice's is tens of kilobytes), and the
#: longest chain of styles each based on the next that is followed (a hostile file's could loop)
_STYLES_LIMIT = 4 * 1024 * 1024
_MAX_PARENTS = 32
_MANIFEST = "META-INF/manifest.xml"
#: the most of the mimetype member and of the manifest read (a real mimetype is 39 bytes, a manifest kilobytes)
_MIMETYPE_LIMIT = 200
_MANIFEST_LIMIT = 1024 * 1024
#: the endings of OpenDocument texts: a document, a template
ODT_SUFFIXES = frozenset({".odt", ".ott"})
_MIMETYPE_PREFIX = "application/vnd.oasis.opendocument."
#: the OpenDocument kinds read as a text: a document, a template, a master document (its own text)
_TEXT_KINDS = frozenset({"text", "text-template", "text-master", "text-master-template"})
#: the other kinds, as a message names them
_OTHER_KINDS = {
    "spreadsheet": ("spreadsheet", ".ods"),
    "presentation": ("presentation", ".odp"),
    "graphics": ("drawing", ".odg"),
    "chart": ("chart", ".odc"),
    "formula": ("formula", ".odf"),
    "database": ("database", ".odb"),
    "image": ("image", ".odi"),
}
_FLAT_SUFFIXES = {".fodt": "text", ".fods": "spreadsheet", ".fodp": "presentation", ".fodg": "graphics"}
#: a flat OpenDocument's root element and its kind (an XML file, not a zip), where the file starts (after its
#: XML declaration), never in a text that quotes one further on
_FLAT_DOCUMENT = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}>\s*)?<(?:[\w.-]+:)?document\b"
    rb"[^>]{0,4000}?\bmimetype\s*=\s*[\"']application/vnd\.oasis\.opendocument\.([\w.-]{1,40})"
)
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: what a message names as what scan reads, to a user given another OpenDocument
_READS = "scan reads an OpenDocument text (.odt), a Word document (.docx) and plain text"
#: the settings the messages name, as the library's caller words them (the command line: --input-format)
ODT_FORMAT = "input_format='odt' (or 'auto')"

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_DR3D = "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0"
#: styles.xml's element that holds the document's own styles (not its headers' automatic ones)
_COMMON_STYLES = f"{_OFFICE}}}styles"
_MANIFEST_NAMESPACE = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
#: the attributes read, as expat names them ("{namespace}}local")
_STYLE_NAME = f"{_TEXT}}}style-name"
_NOTE_CLASS = f"{_TEXT}}}note-class"
_IS_HIDDEN = f"{_TEXT}}}is-hidden"
_DISPLAY = f"{_TEXT}}}display"
_SPACES = f"{_TEXT}}}c"
_NAME = f"{_STYLE}}}name"
_PARENT = f"{_STYLE}}}parent-style-name"
_OUTLINE_LEVEL = f"{_STYLE}}}default-outline-level"
_FAMILY = f"{_STYLE}}}family"
#: the style families whose styles a paragraph (``paragraph``) or a span (``text``) names; ODF names a style
#: uniquely within its family only, so a style is known by both: (family, name)
_PARAGRAPH_FAMILY, _TEXT_FAMILY = "paragraph", "text"
_FAMILIES = frozenset((_PARAGRAPH_FAMILY, _TEXT_FAMILY))

#: a style that makes a paragraph a heading: "Heading", "Heading 1".. (written "Heading_20_1"), "Title",
#: "Subtitle": the names LibreOffice writes for its own styles, whatever the language it shows them in
_HEADING_STYLE = re.compile(r"(?i)heading(?:_20_\d+)?|title|subtitle")
#: the white space ODF collapses in a paragraph (not a no-break space, not U+2028)
_WHITESPACE = re.compile(r"[ \t\r\n]+")
#: the most spaces a ``text:s`` stands for: more is layout, and a hostile ``text:c="1000000000"`` would be a
#: gigabyte of text; at 16 the text read is never much longer than the XML it comes from
_MAX_SPACES = 16
_SPACE_RUNS = tuple(" " * count for count in range(_MAX_SPACES + 1))
#: the deepest paragraphs are read inside paragraphs (a note's in its mark's: two; a note in a table's cell in a
#: note...): a hostile file's millions, each kept until its end, would fill memory
_MAX_NESTED = 64

#: what ``_Reader`` does with an element, by its namespace and local name (any other: nothing, its text read)
_SKIP, _BODY, _PARAGRAPH, _HEADING, _ITEM, _CELL, _NOTE, _NOTE_BODY = range(8)
_S, _TAB, _BREAK, _SPAN, _HIDDEN_TEXT, _HIDDEN_PARAGRAPH, _SECTION, _STYLE_ELEMENT, _TEXT_PROPERTIES = range(8, 17)
_OTHER = -1
_ELEMENTS = {
    (_OFFICE, "text"): _BODY,
    (_OFFICE, "annotation"): _SKIP,  # a comment
    (_OFFICE, "forms"): _SKIP,
    (_TEXT, "p"): _PARAGRAPH,
    (_TEXT, "h"): _HEADING,
    (_TEXT, "list-item"): _ITEM,
    (_TEXT, "numbered-paragraph"): _ITEM,
    (_TABLE, "table-cell"): _CELL,
    (_TABLE, "covered-table-cell"): _CELL,
    (_TEXT, "note"): _NOTE,
    (_TEXT, "note-body"): _NOTE_BODY,
    (_TEXT, "note-citation"): _SKIP,  # the note's number, not a word of the paragraph (Word's is no text either)
    (_TEXT, "tracked-changes"): _SKIP,  # the deleted text, kept for its change marks
    (_TEXT, "ruby-text"): _SKIP,
    (_TEXT, "s"): _S,
    (_TEXT, "tab"): _TAB,
    (_TEXT, "line-break"): _BREAK,
    (_TEXT, "span"): _SPAN,
    (_TEXT, "hidden-text"): _HIDDEN_TEXT,
    (_TEXT, "hidden-paragraph"): _HIDDEN_PARAGRAPH,
    (_TEXT, "section"): _SECTION,
    (_STYLE, "style"): _STYLE_ELEMENT,
    (_STYLE, "text-properties"): _TEXT_PROPERTIES,
    # an index's settings: its title's template and its entries' are words of no paragraph
    **{
        (_TEXT, f"{index}-source"): _SKIP
        for index in (
            "table-of-content",
            "illustration-index",
            "table-index",
            "object-index",
            "user-index",
            "alphabetical-index",
            "bibliography",
        )
    },
}


def opendocument_kind(archive: zipfile.ZipFile) -> str | None:
    """What kind of OpenDocument the zip ``archive`` is by its ``mimetype`` member ("text", "spreadsheet"...), or
    None when it has none naming one (never raises)."""
    mimetype = read_member(archive, "mimetype", _MIMETYPE_LIMIT)
    if mimetype is None:
        return None
    text = mimetype.decode("ascii", "replace").strip()
    return text.removeprefix(_MIMETYPE_PREFIX) if text.startswith(_MIMETYPE_PREFIX) else None


def is_text_kind(kind: str | None) -> bool:
    """Whether an OpenDocument of ``kind`` (``opendocument_kind``) is read as a text."""
    return kind in _TEXT_KINDS


def looks_like_odt(data: bytes) -> bool:
    """Whether ``data`` is a zip whose ``mimetype`` names an OpenDocument text (never raises)."""
    archive = open_zip(data)
    if archive is None:
        return False
    with archive:
        return is_text_kind(opendocument_kind(archive))


def flat_opendocument_message(data: bytes, name: str) -> str | None:
    """What to say of a flat OpenDocument (one XML file: .fodt, .fods...) by its name or its first kilobytes,
    which scan does not read; None for any other file."""
    kind = _FLAT_SUFFIXES.get(Path(name).suffix.lower())
    if kind is None and not data.startswith(ZIP_SIGNATURE):
        found = _FLAT_DOCUMENT.search(data[:8192])
        kind = found.group(1).decode("ascii") if found else None
    if kind is None:
        return None
    if kind in _TEXT_KINDS:
        return (
            "is a flat OpenDocument text (.fodt), which scan does not read: open it in LibreOffice, File > Save As, "
            "ODF Text Document (.odt), and scan that file"
        )
    what, suffix = _OTHER_KINDS.get(kind.removesuffix("-template"), ("file", ""))
    flat = f"a flat OpenDocument {what}" + (f" (.fo{suffix[2:]})" if suffix else "")
    return f"is {flat}, not a text document: {_READS}; copy its text into a .txt file and use that file instead"


def read_odt(data: bytes, name: str, *, limit: int, archive: zipfile.ZipFile | None = None) -> list[Paragraph]:
    """The paragraphs of the OpenDocument text ``data`` (named ``name`` in messages): the body's, then its
    footnotes', then its endnotes'.  ``limit``: the most bytes of XML read unpacked from all its parts together;
    at most ``MAX_PARAGRAPHS`` paragraphs; ``archive``: ``data`` already opened, closed here.  ``InputError``
    when it is no usable OpenDocument text (see the module's text)."""
    if archive is None:
        if not data.startswith(ZIP_SIGNATURE):
            raise InputError(_not_a_zip(data, name), Location(name))
        archive = open_document(data, name, OPENDOCUMENT)
    with archive, zip_errors(name, OPENDOCUMENT):
        return _read_archive(archive, name, limit)


def _read_archive(archive: zipfile.ZipFile, name: str, limit: int) -> list[Paragraph]:
    kind = opendocument_kind(archive)
    if kind is not None and not is_text_kind(kind):
        what, suffix = _OTHER_KINDS.get(kind.removesuffix("-template"), (f"file ({_MIMETYPE_PREFIX}{kind})", ""))
        shown = f"an OpenDocument {what}" + (f" ({suffix})" if suffix else "")
        raise InputError(
            f"is {shown}, not a text document: {_READS}; copy its text into a .txt file and use that file instead",
            Location(name),
        )
    names = set(archive.namelist())
    if CONTENT_PART not in names:
        if kind is None and is_docx_archive(archive):
            raise InputError(
                Advice(
                    "is a Word document (.docx), not an OpenDocument text (.odt): read it with {docx_format}",
                    {"docx_format": DOCX_FORMAT},
                ),
                Location(name),
            )
        raise InputError(f"holds no {CONTENT_PART}: a zip file, not an OpenDocument text (.odt)", Location(name))
    if _MANIFEST in names and _is_encrypted(archive, name):
        raise InputError(
            "is a password-protected (encrypted) OpenDocument text: factcheck cannot read it; open it in "
            "LibreOffice, File > Save As, untick 'Save with password', save, and scan that file",
            Location(name),
        )
    reader = _Reader(name, _common_styles(archive, names, name))
    parse(archive, CONTENT_PART, name, Budget(limit), OPENDOCUMENT, reader.start, reader.end, reader.characters)
    return reader.paragraphs()


def _common_styles(archive: zipfile.ZipFile, names: set[str], name: str) -> dict[_StyleKey, _Style]:
    """The document's own paragraph and text styles (styles.xml's office:styles: "Heading 1", a style of one's
    own based on it, one with an outline level, one whose text is hidden), which content.xml's paragraphs and
    automatic styles name; none when styles.xml is missing or cannot be read (then content.xml's styles alone
    tell, as before it was read).  Its headers, footers and their automatic styles are not read.  A style's own
    ``text:display`` decides whether its text is hidden; the style it is based on decides only when it says
    nothing (LibreOffice shows a hidden style's text again with ``text:display="true"``)."""
    if STYLES_PART not in names:
        return {}
    own: dict[_StyleKey, _Style] = {}
    parents: dict[_StyleKey, str] = {}
    inside: list[int] = [0]  # how deep inside office:styles
    current: list[_Style] = []  # the style being read

    def start(element: str, attributes: dict[str, str]) -> None:
        if inside[0]:
            inside[0] += 1
        elif element == _COMMON_STYLES:
            inside[0] = 1
        if inside[0] != 2 and not (inside[0] == 3 and current):
            return
        if element == f"{_STYLE}}}style":
            current.clear()
            key = (attributes.get(_FAMILY, ""), attributes.get(_NAME, ""))
            if key[0] not in _FAMILIES or not key[1]:
                return  # no style a paragraph or a span names (a graphic one, a nameless one): not read
            style = own[key] = _Style(_names_a_heading(key[1], attributes))
            parents[key] = attributes.get(_PARENT, "")
            current.append(style)
        elif element == f"{_STYLE}}}text-properties" and current:
            current[0].display = _display(attributes)

    def end(_: str) -> None:
        if inside[0]:
            inside[0] -= 1
        if inside[0] < 2:
            current.clear()

    try:
        parse(archive, STYLES_PART, name, Budget(_STYLES_LIMIT), OPENDOCUMENT, start, end, None)
    except (InputError, RuntimeError, *ZIP_ERRORS):
        return {}  # styles.xml tells no word of the text: the text is read as content.xml alone says
    for (family, style_name), style in own.items():
        parent = parents[family, style_name]
        hidden = style.display
        for _ in range(_MAX_PARENTS):  # a style is what it is based on (a heading, hidden), and more
            style.heading = style.heading or bool(_HEADING_STYLE.fullmatch(parent))
            ancestor = own.get((family, parent))  # a style is based on one of its own family
            if ancestor is None:
                break
            style.heading = style.heading or ancestor.heading
            if hidden is None:  # the nearest style that says whether its text is shown decides
                hidden = ancestor.display
            parent = parents[family, parent]
        style.hidden = bool(hidden)
    return own


def _display(attributes: dict[str, str]) -> bool | None:
    """Whether a style's ``style:text-properties`` hides its text (``text:display="none"``), shows it
    (``"true"``), or says nothing (then the style it is based on tells)."""
    display = attributes.get(_DISPLAY)
    return True if display == "none" else False if display == "true" else None


def _names_a_heading(style_name: str, attributes: dict[str, str]) -> bool:
    """Whether a style is a heading by its own name ("Heading_20_1", "Title") or its own outline level."""
    return bool(_HEADING_STYLE.fullmatch(style_name)) or attributes.get(_OUTLINE_LEVEL, "") not in ("", "0")


def _is_encrypted(archive: zipfile.ZipFile, name: str) -> bool:
    """Whether META-INF/manifest.xml gives any part encryption data (the parts themselves are then no XML).
    OpenOffice.org 2.x wrote the manifest with a DOCTYPE naming its DTD (no entities in it): read.  A manifest
    that cannot be read (not XML, over ``_MANIFEST_LIMIT``) is not known to be encrypted unless its first bytes
    name encryption data: the text is read then (an encrypted content.xml would still be no XML)."""
    found: list[bool] = []

    def start(element: str, _: dict[str, str]) -> None:
        if element == f"{_MANIFEST_NAMESPACE}}}encryption-data":
            found.append(True)

    try:
        parse(archive, _MANIFEST, name, Budget(_MANIFEST_LIMIT), OPENDOCUMENT, start, None, None, external_doctype=True)
    except InputError:
        head = read_member(archive, _MANIFEST, _MANIFEST_LIMIT)
        return head is not None and b"encryption-data" in head
    return bool(found)


def _not_a_zip(data: bytes, name: str) -> str | Advice:
    """What to say of ``data``, asked to be read as an OpenDocument text, that is no zip."""
    flat = flat_opendocument_message(data, name)
    if flat is not None:
        return flat
    if data.startswith(_OLE_SIGNATURE):
        return (
            "is an Office document (as an old Word .doc is), not an OpenDocument text (.odt): open it in LibreOffice "
            "or Word, save it as an .odt or a .docx, and scan that file"
        )
    return no_zip_message(data, OPENDOCUMENT)


class _Style:
    """What a style (content.xml's automatic styles, styles.xml's own) tells of the text that names it."""

    __slots__ = ("display", "heading", "hidden")

    def __init__(self, heading: bool) -> None:
        self.heading = heading
        self.hidden = False  # whether its text is hidden, by itself or the style it is based on
        self.display: bool | None = None  # its own text:display: hidden, shown, or unsaid (None)


#: a style as paragraphs and spans name it: its family ("paragraph", "text") and its name
_StyleKey = tuple[str, str]


class _Reader:
    """The state of content.xml's reading: the paragraphs so far, the one being read, and where in the markup."""

    def __init__(self, name: str, common_styles: dict[_StyleKey, _Style] | None = None) -> None:
        self.name = name
        self.body: list[Paragraph] = []
        self.footnotes: list[Paragraph] = []
        self.endnotes: list[Paragraph] = []
        self.target = self.body  # where a paragraph read goes: the body, or a note's list
        self.skipped = 0  # how deep inside content that is no text (``_SKIP``, hidden text)
        self.in_body = 0  # inside office:text
        self.cells = 0  # how deep inside table cells (of the body or the note being read)
        self.items = 0  # how deep inside list items
        self.parts: list[str] | None = None  # the text of the paragraph being read; None outside one
        self.kind = BlockKind.PARAGRAPH
        self.pending_space = False  # white space written since the last text: one space if text follows
        self.paragraph_hidden = False
        #: the paragraphs a paragraph was read inside (a note's, in its mark's paragraph), and the notes' contexts
        self.outer: list[tuple[list[str] | None, BlockKind, bool, bool]] = []
        self.note_class = "footnote"
        self.notes: list[tuple[list[Paragraph], int, int]] = []
        #: the styles paragraphs and spans name: styles.xml's own, then content.xml's automatic styles
        self.styles: dict[_StyleKey, _Style] = dict(common_styles or {})
        self.style: _Style | None = None  # the automatic style being read
        self._kinds: dict[str, int] = {}

    def paragraphs(self) -> list[Paragraph]:
        return self.body + self.footnotes + self.endnotes

    def _kind(self, element: str) -> int:
        kind = self._kinds.get(element)
        if kind is None:
            namespace, _, local = element.rpartition("}")
            kind = _ELEMENTS.get((namespace, local), _OTHER)
            if kind == _OTHER and namespace in (_DRAW, _DR3D) and local != "a":
                kind = _SKIP  # a frame, a text box, a picture, a shape: its words are in no paragraph
            self._kinds[element] = kind
        return kind

    def start(self, element: str, attributes: dict[str, str]) -> None:
        if self.skipped:
            self.skipped += 1
            return
        kind = self._kind(element)
        if kind == _OTHER:
            return
        if kind == _SKIP:
            self.skipped = 1
        elif kind == _STYLE_ELEMENT:
            self._start_style(attributes)
        elif kind == _TEXT_PROPERTIES:
            display = _display(attributes)
            if self.style is not None and display is not None:
                self.style.hidden = display  # its own value wins over the style it is based on
        elif kind == _BODY:
            self.in_body += 1
        elif not self.in_body:
            return
        elif kind in (_PARAGRAPH, _HEADING):
            self._start_paragraph(kind, attributes)
        elif kind == _ITEM:
            self.items += 1
        elif kind == _CELL:
            self.cells += 1
        elif kind == _NOTE:
            self.note_class = attributes.get(_NOTE_CLASS, "footnote")
        elif kind == _NOTE_BODY:
            self.notes.append((self.target, self.cells, self.items))
            self.target = self.endnotes if self.note_class == "endnote" else self.footnotes
            self.cells = self.items = 0
        elif kind == _SECTION:
            if attributes.get(_DISPLAY) == "none" or attributes.get(_IS_HIDDEN) == "true":
                self.skipped = 1
        elif kind in (_SPAN, _HIDDEN_TEXT):
            style = self.styles.get((_TEXT_FAMILY, attributes.get(_STYLE_NAME, "")))
            if (style is not None and style.hidden) or (kind == _HIDDEN_TEXT and attributes.get(_IS_HIDDEN) != "false"):
                self.skipped = 1  # hidden text: not shown, not read (a note inside it neither)
        elif self.parts is not None:
            self._inside_paragraph(kind, attributes)

    def _start_style(self, attributes: dict[str, str]) -> None:
        family, name = attributes.get(_FAMILY, ""), attributes.get(_NAME, "")
        if family not in _FAMILIES or not name:
            return  # no style a paragraph or a span names (a graphic one, a nameless one): not read
        parent = self.styles.get((family, attributes.get(_PARENT, "")))
        heading = (
            bool(_HEADING_STYLE.fullmatch(name) or _HEADING_STYLE.fullmatch(attributes.get(_PARENT, "")))
            or attributes.get(_OUTLINE_LEVEL, "") not in ("", "0")
            or (parent is not None and parent.heading)
        )
        self.style = self.styles[family, name] = _Style(heading)
        # an automatic style over a style of one's own whose text is hidden (styles.xml) hides its text too
        self.style.hidden = parent is not None and parent.hidden

    def _start_paragraph(self, kind: int, attributes: dict[str, str]) -> None:
        if len(self.outer) >= _MAX_NESTED:
            raise InputError(
                f"is not a usable OpenDocument text: its {CONTENT_PART} has paragraphs inside paragraphs more than "
                f"{_MAX_NESTED} deep; open it in LibreOffice and save it again",
                Location(self.name),
            )
        self.outer.append((self.parts, self.kind, self.pending_space, self.paragraph_hidden))
        self.parts, self.pending_space, self.paragraph_hidden = [], False, False
        style_name = attributes.get(_STYLE_NAME, "")
        style = self.styles.get((_PARAGRAPH_FAMILY, style_name))
        if style is not None and style.hidden:
            self.paragraph_hidden = True
        if self.cells:
            self.kind = BlockKind.CELL  # a cell's paragraph stays a cell, whatever its style
        elif kind == _HEADING or _HEADING_STYLE.fullmatch(style_name) or (style is not None and style.heading):
            self.kind = BlockKind.HEADING
        elif self.items:
            self.kind = BlockKind.ITEM
        else:
            self.kind = BlockKind.PARAGRAPH

    def _inside_paragraph(self, kind: int, attributes: dict[str, str]) -> None:
        if kind == _S:
            try:
                count = min(max(int(attributes.get(_SPACES, "1")), 1), _MAX_SPACES)
            except ValueError:
                count = 1
            self._add_text(_SPACE_RUNS[count])
        elif kind == _TAB:
            self._add_text("\t")
        elif kind == _BREAK:
            self._add_text(LINE_SEPARATOR)
        elif kind == _HIDDEN_PARAGRAPH and attributes.get(_IS_HIDDEN) == "true":
            self.paragraph_hidden = True

    def _add_text(self, text: str) -> None:
        assert self.parts is not None
        if self.pending_space and self.parts:
            self.parts.append(" ")
        self.pending_space = False
        self.parts.append(text)

    def end(self, element: str) -> None:
        if self.skipped:
            self.skipped -= 1
            return
        kind = self._kind(element)
        if kind == _OTHER:
            return
        if kind == _STYLE_ELEMENT:
            self.style = None
        elif kind == _BODY:
            self.in_body -= 1
        elif not self.in_body:
            return
        elif kind in (_PARAGRAPH, _HEADING) and self.parts is not None:
            text = "" if self.paragraph_hidden else "".join(self.parts)
            paragraph = Paragraph(text, self.kind) if text else EMPTY_PARAGRAPH
            self.parts, self.kind, self.pending_space, self.paragraph_hidden = self.outer.pop()
            self._add(paragraph)
        elif kind == _ITEM:
            self.items -= 1
        elif kind == _CELL:
            self.cells -= 1
        elif kind == _NOTE_BODY and self.notes:
            self.target, self.cells, self.items = self.notes.pop()

    def _add(self, paragraph: Paragraph) -> None:
        if len(self.body) + len(self.footnotes) + len(self.endnotes) >= MAX_PARAGRAPHS:
            raise too_many_paragraphs(self.name, MAX_PARAGRAPHS)
        self.target.append(paragraph)

    def characters(self, data: str) -> None:
        if self.parts is None or self.skipped:
            return
        # ODF's white space: a run of it is one space between words, none at a paragraph's ends
        if _WHITESPACE.search(data) is None:
            self._add_text(data)
            return
        for index, piece in enumerate(_WHITESPACE.split(data)):
            if index:
                self.pending_space = True
            if piece:
                self._add_text(piece)
