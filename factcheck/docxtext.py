"""A Word document (.docx, Office Open XML: a zip holding word/document.xml) read as paragraphs of text, for
``scan`` (``article.parse_article``).

What is read: each paragraph (``w:p``) of the body in order, a table cell's paragraphs as paragraphs, then the
footnotes' and endnotes' paragraphs; a run's text (``w:t``), its tabs (``w:tab``) as a tab and its breaks
(``w:br``, ``w:cr``) as U+2028 (a line break inside a paragraph, as Word's own is: a paragraph stays one line),
a positional tab (``w:ptab``) as a tab and a symbol (``w:sym``) as a space; the text a tracked change inserted
(``w:ins``), never the text it deleted (``w:del``, ``w:delText``) nor moved away (``w:moveFrom``), and a
paragraph whose mark it deleted joined to the next (outside a table's cells).  Not read: hidden runs
(``w:vanish``, ``w:specVanish``: Word does not show them; a run's own, or its paragraph's or character style's in
styles.xml, or a style's that style is based on), text boxes (``w:txbxContent``), pictures and shapes
(``w:drawing``, ``w:pict``), headers and footers, comments, a field's code (``w:instrText``: its result is
read).  A paragraph styled as a heading or title is a heading (its style's id, "Heading1", or the name
word/styles.xml gives it, "heading 1", which is English whatever the language of the Word that wrote it, or a
style based on one; styles.xml is read apart from the article's budget, and one that cannot be read is left
out); one in a numbered or bulleted list an item; one in a table a cell.

The text is ``paragraphs_text``: one paragraph a line, so a sentence's line is its paragraph's number (from 1,
empty paragraphs counted) and its offsets index that text.

A hostile file never crashes, hangs or fills memory: the XML is read from the zip as ``zipxml`` reads an
OpenDocument text's too, in chunks, at most ``limit`` bytes of it unpacked from all the parts read together (a
zip bomb stops there), at most ``MAX_PARAGRAPHS`` paragraphs; a DOCTYPE is refused where it is declared (an
entity's expansion, "billion laughs", never starts: Word never writes one); a damaged or cut-short zip, a zip
with no Word document in it, a part in an encoding expat cannot read, text or another document named .docx, a
password-protected (encrypted) Office file: each an ``InputError`` that says what it is.  Standard library only.
Nothing here imports Typer or Rich.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from typing import NamedTuple

from .blocks import BlockKind
from .errors import Advice, InputError, Location
from .zipxml import (
    EMPTY_PARAGRAPH,
    LINE_SEPARATOR,
    MAX_PARAGRAPHS,
    TEXT_FORMAT,
    ZIP_ERRORS,
    ZIP_SIGNATURE,
    Budget,
    DocumentKind,
    Paragraph,
    no_zip_message,
    open_document,
    open_zip,
    paragraph_blocks,
    paragraphs_text,
    parse,
    read_member,
    too_many_paragraphs,
    zip_errors,
)

__all__ = [
    "DOCX_FORMAT",
    "DOCX_SUFFIXES",
    "LINE_SEPARATOR",
    "MAX_PARAGRAPHS",
    "TEXT_FORMAT",
    "Paragraph",
    "docx_blocks",
    "is_encrypted_office_file",
    "looks_like_docx",
    "open_docx",
    "paragraphs_text",
    "read_docx",
]

#: how messages name a Word document
WORD = DocumentKind("Word document", ".docx", "Word")

#: the namespaces of WordprocessingML: Transitional (what Word writes) and Strict
_WORD_NAMESPACES = frozenset(
    {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"}
)
_MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006"
#: the main document part when [Content_Types].xml names none
DOCUMENT_PART = "word/document.xml"
#: the notes' parts, read after the body (their own separators are no text)
_NOTE_PARTS = ("word/footnotes.xml", "word/endnotes.xml")
_NOTE_SEPARATORS = frozenset({"separator", "continuationSeparator", "continuationNotice"})
#: the content types of a Word document's main part: a document, a template, with macros or not
_MAIN_CONTENT_TYPE = re.compile(r"application/vnd\.(?:openxmlformats-officedocument|ms-word)\.[\w.-]*main\+xml")
#: what a Word zip's [Content_Types].xml names (``looks_like_docx``)
_WORDPROCESSINGML = b"wordprocessingml"
_CONTENT_TYPES = "[Content_Types].xml"
#: the most of [Content_Types].xml read to find the main part: a real one is a few kilobytes
_CONTENT_TYPES_LIMIT = 1024 * 1024
#: the endings of Word's zip documents: a document, with macros, a template
DOCX_SUFFIXES = frozenset({".docx", ".docm", ".dotx", ".dotm"})
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: the stream of an encrypted Office file (a password-protected .docx is an OLE file holding the zip encrypted)
_ENCRYPTED_PACKAGE = "EncryptedPackage"
#: the most sectors of an OLE file's directory looked at (a real one has a few; a hostile chain may loop)
_MAX_DIRECTORY_SECTORS = 1024
#: an OLE file's sector numbers from this one up are markers (end of chain, free...), not sectors
_NO_SECTOR = 0xFFFFFFFA
#: a style that makes a paragraph a heading: Word's "Heading 1".."Heading 9", "Title", "Subtitle" (their ids)
_HEADING_STYLE = re.compile(r"(?i)heading\s*\d|title|subtitle")
#: the same styles by the names word/styles.xml gives them, English in every language's Word (whose ids are the
#: language's: German Word's "heading 1" is the id "berschrift1", French Word's "Titre1")
_HEADING_STYLE_NAME = re.compile(r"(?i)heading \d|title|subtitle")
_STYLES_PART = "word/styles.xml"
#: the most of word/styles.xml read (Word's own are tens to hundreds of kilobytes), apart from the article's
#: budget, as [Content_Types].xml is
_STYLES_LIMIT = 4 * 1024 * 1024
#: the most styles followed up a chain of w:basedOn (Word's are a few deep; a hostile file's may loop)
_MAX_BASED_ON = 32
#: a line end as the offsets count them (``offsets``)
_LINE_END = re.compile(r"\r\n|[\r\n]")
#: elements whose content is never text: deleted or moved-away text, a field's code, text boxes and pictures,
#: a tracked change's old properties, and markup compatibility's fallback (the same content again)
_SKIPPED = frozenset(
    {
        "del",
        "moveFrom",
        "instrText",
        "delInstrText",
        "drawing",
        "pict",
        "object",
        "txbxContent",
        "pPrChange",
        "rPrChange",
    }
)


#: the settings the messages name, as the library's caller words them (``Advice``; the command line: --input-format)
DOCX_FORMAT = "input_format='docx' (or 'auto')"


#: a Word document's paragraphs as blocks (``zipxml.paragraph_blocks``): an alias kept only so that code which
#: imported ``docx_blocks`` from here before the move to zipxml still works; new code uses ``paragraph_blocks``
docx_blocks = paragraph_blocks


def is_encrypted_office_file(data: bytes) -> bool:
    """Whether ``data`` is a password-protected Office file: an OLE file whose directory names an encrypted
    package (only its directory: an old .doc whose text holds the name is none)."""
    return data.startswith(_OLE_SIGNATURE) and _ENCRYPTED_PACKAGE in _ole_directory_names(data)


def _ole_directory_names(data: bytes) -> Iterator[str]:
    """The names in the directory of the OLE compound file ``data`` (MS-CFB): its sectors followed from the
    header through the FAT the header's first 109 entries point to; stops, never raises, at whatever is
    missing or out of range."""
    shift = int.from_bytes(data[0x1E:0x20], "little")
    if len(data) < 512 or shift not in (9, 12):  # 512- or 4096-byte sectors, as the format allows
        return
    size = 1 << shift
    sector = int.from_bytes(data[0x30:0x34], "little")  # the directory's first sector
    for _ in range(_MAX_DIRECTORY_SECTORS):
        if sector >= _NO_SECTOR:
            return
        block = data[(sector + 1) * size : (sector + 2) * size]
        for entry in range(0, len(block) - 127, 128):
            length = int.from_bytes(block[entry + 64 : entry + 66], "little")  # in bytes, with its final NUL
            if 2 <= length <= 64:
                yield block[entry : entry + length - 2].decode("utf-16-le", "replace")
        fat_index, slot = divmod(sector, size // 4)
        if fat_index >= 109:
            return
        fat_sector = int.from_bytes(data[0x4C + 4 * fat_index : 0x50 + 4 * fat_index], "little")
        if fat_sector >= _NO_SECTOR:
            return
        position = (fat_sector + 1) * size + 4 * slot
        if position + 4 > len(data):
            return
        sector = int.from_bytes(data[position : position + 4], "little")


def looks_like_docx(data: bytes) -> bool:
    """Whether ``data`` is a zip whose [Content_Types].xml names WordprocessingML (a Word document, whatever its
    file's name): never raises, a damaged zip is no Word document here (``read_docx`` says why it is unusable)."""
    archive = open_docx(data)
    if archive is None:
        return False
    archive.close()
    return True


def open_docx(data: bytes) -> zipfile.ZipFile | None:
    """``data`` opened as a zip if it is a Word document by its content (``looks_like_docx``), else None: given
    to ``read_docx``, its directory (which a zip of many entries takes seconds to read) is read once."""
    archive = open_zip(data)
    if archive is not None and not is_docx_archive(archive):
        archive.close()
        return None
    return archive


def is_docx_archive(archive: zipfile.ZipFile) -> bool:
    """Whether the zip ``archive``'s [Content_Types].xml names WordprocessingML (never raises)."""
    content_types = read_member(archive, _CONTENT_TYPES, _CONTENT_TYPES_LIMIT)
    return content_types is not None and _WORDPROCESSINGML in content_types


def read_docx(data: bytes, name: str, *, limit: int, archive: zipfile.ZipFile | None = None) -> list[Paragraph]:
    """The paragraphs of the Word document ``data`` (named ``name`` in messages): the body's, then its notes'.
    ``limit``: the most bytes of XML read unpacked from all its parts together; at most ``MAX_PARAGRAPHS``
    paragraphs; ``archive``: ``data`` already opened (``open_docx``), closed here.  ``InputError`` when it is no
    usable Word document (see the module's text)."""
    if archive is None:
        if not data.startswith(ZIP_SIGNATURE):
            raise InputError(_not_a_zip(data), Location(name))
        archive = open_document(data, name, WORD)
    with archive, zip_errors(name, WORD):
        return _read_archive(archive, name, limit)


def _read_archive(archive: zipfile.ZipFile, name: str, limit: int) -> list[Paragraph]:
    """``read_docx``'s reading of an opened zip (its zip's errors said by ``zipxml.zip_errors``)."""
    names = set(archive.namelist())
    main = _main_part(archive, names, name)
    if main is None:
        # an OpenDocument text given as a .docx (``--input-format docx``) is told the setting that reads it, as
        # the .odt reader tells a Word document (one whose mimetype is missing or damaged, as ``auto`` reads it by
        # its ending, by its content.xml beside no word/ part); imported here: odttext imports this module
        from .odttext import CONTENT_PART, ODT_FORMAT, is_text_kind, opendocument_kind

        kind = opendocument_kind(archive)
        if is_text_kind(kind) or (
            kind is None and CONTENT_PART in names and not any(part.startswith("word/") for part in names)
        ):
            raise InputError(
                Advice(
                    "is an OpenDocument text (.odt), not a Word document (.docx): read it with {odt_format}",
                    {"odt_format": ODT_FORMAT},
                ),
                Location(name),
            )
        raise InputError(f"holds no {DOCUMENT_PART}: a zip file, not a Word document (.docx)", Location(name))
    budget = Budget(limit)
    reader = _Reader(name, _styles(archive, names, name))
    # the notes after the body, unless [Content_Types].xml named one of them the main part
    for part in (main, *(part for part in _NOTE_PARTS if part in names and part != main)):
        reader.start_part()
        parse(archive, part, name, budget, WORD, reader.start, reader.end, reader.characters)
        reader.end_part()
    return reader.paragraphs


def _not_a_zip(data: bytes) -> str | Advice:
    """What to say of ``data``, asked to be read as a Word document, that is no zip."""
    if is_encrypted_office_file(data):
        return (
            "is a password-protected (encrypted) Office document: factcheck cannot read it; in Word, remove the "
            "password (File > Info > Protect Document > Encrypt with Password, leave it empty), save, and scan it"
        )
    if data.startswith(_OLE_SIGNATURE):
        return (
            "is an old Word document (.doc), not a .docx: in Word, File > Save As, Word Document (.docx), "
            "and scan that file"
        )
    return no_zip_message(data, WORD)


class _Styles(NamedTuple):
    """What word/styles.xml tells of the styles a document's paragraphs and runs name (``_styles``)."""

    #: the ids of the paragraph styles that are headings, title or subtitle
    headings: frozenset[str] = frozenset()
    #: the ids of the paragraph and character styles whose text is hidden (``w:vanish`` in their run properties)
    hidden: frozenset[str] = frozenset()


def _styles(archive: zipfile.ZipFile, names: set[str], name: str) -> _Styles:
    """The paragraph styles word/styles.xml names as headings, title or subtitle (by their names, or the style
    they are based on), and the paragraph and character styles whose text is hidden (by their own run
    properties, or the style they are based on: Word does not show it); none when it has none or cannot be read
    (then the ids alone tell a heading, as before)."""
    if _STYLES_PART not in names:
        return _Styles()
    named: dict[str, bool] = {}
    vanish: dict[str, bool] = {}  # the styles that say whether their text is hidden, and what they say
    based_on: dict[str, str] = {}
    current: list[str] = []  # the paragraph or character style being read
    paragraph_styles: set[str] = set()
    #: the elements open inside that style, below its w:style: only its own w:rPr's w:vanish hides its text (its
    #: w:pPr's w:rPr is the paragraph mark's, which hides no text; a w:rPrChange's is what it was before)
    path: list[str] = []

    def start(element: str, attributes: dict[str, str]) -> None:
        namespace, _, local = element.rpartition("}")
        if current:
            path.append(local)  # every element, as ``end`` pops every one
        if namespace not in _WORD_NAMESPACES:
            return
        if local == "style":
            current.clear()
            path.clear()
            kind, style_id = _attribute(attributes, "type"), _attribute(attributes, "styleId")
            if kind in ("paragraph", "character") and style_id:  # one with no id is named by no paragraph
                current.append(style_id)
                if kind == "paragraph":
                    paragraph_styles.add(current[0])
                    named.setdefault(current[0], False)
        elif not current:
            return
        elif local == "name" and current[0] in paragraph_styles:
            named[current[0]] = _HEADING_STYLE_NAME.fullmatch(_attribute(attributes, "val")) is not None
        elif local == "basedOn":
            based_on[current[0]] = _attribute(attributes, "val")
        elif local in ("vanish", "specVanish") and path == ["rPr", local]:
            vanish[current[0]] = _attribute(attributes, "val").lower() not in _OFF

    def end(element: str) -> None:
        if path:
            path.pop()
        elif element.rpartition("}")[2] == "style":
            current.clear()

    try:
        parse(archive, _STYLES_PART, name, Budget(_STYLES_LIMIT), WORD, start, end, None)
    except (InputError, RuntimeError, *ZIP_ERRORS):
        return _Styles()  # a heading is then told by its id, as when styles.xml was not read

    def heading(style: str) -> bool:
        for _ in range(_MAX_BASED_ON):
            if named.get(style):
                return True
            style = based_on.get(style, "")
            if not style:
                return False
        return False

    def hidden(style: str) -> bool:
        for _ in range(_MAX_BASED_ON):  # the nearest style that says, itself or one it is based on
            if style in vanish:
                return vanish[style]
            style = based_on.get(style, "")
            if not style:
                return False
        return False

    return _Styles(
        frozenset(style for style in named if heading(style)),
        frozenset(style for style in {*based_on, *vanish} if hidden(style)),
    )


def _main_part(archive: zipfile.ZipFile, names: set[str], name: str) -> str | None:
    """The main document part: the one [Content_Types].xml names, else word/document.xml; None if neither."""
    if _CONTENT_TYPES in names:
        found: list[str] = []

        def start(element: str, attributes: dict[str, str]) -> None:
            if element.rpartition("}")[2] == "Override" and _MAIN_CONTENT_TYPE.fullmatch(
                attributes.get("ContentType", "")
            ):
                found.append(attributes.get("PartName", "").lstrip("/"))

        parse(archive, _CONTENT_TYPES, name, Budget(_CONTENT_TYPES_LIMIT), WORD, start, None, None)
        part = next((part for part in found if part in names), None)
        if part is not None:
            return part
    return DOCUMENT_PART if DOCUMENT_PART in names else None


#: what ``_Reader`` calls an element of no interest (any other namespace's too), and mc:Fallback
_OTHER = ""
_FALLBACK = "mc:Fallback"
#: the WordprocessingML elements ``_Reader`` looks at, by their local names
_READ = _SKIPPED | {
    "p",
    "pPr",
    "tc",
    "r",
    "t",
    "tab",
    "ptab",
    "sym",
    "br",
    "cr",
    "noBreakHyphen",
    "pStyle",
    "rStyle",
    "outlineLvl",
    "numPr",
    "vanish",
    "specVanish",
}
#: a w:val that turns a property off (``<w:vanish w:val="0"/>``)
_OFF = frozenset({"0", "false", "off"})
_NOTES = frozenset({"footnote", "endnote"})


class _Reader:
    """The state of a document's reading: the paragraphs so far, the one being read, and where in the markup."""

    def __init__(self, name: str, styles: _Styles | None = None) -> None:
        self.name = name
        self.heading_styles = (styles or _Styles()).headings  # the ids styles.xml names as headings (``_styles``)
        self.hidden_styles = (styles or _Styles()).hidden  # and those whose text is hidden
        self.paragraph_hidden = False  # the paragraph's style hides its text (a run may show itself again)
        self.paragraphs: list[Paragraph] = []
        self.parts: list[str] | None = None  # the text of the paragraph being read; None outside one
        self.kind = BlockKind.PARAGRAPH
        self.skipped = 0  # how deep inside content that is no text (``_SKIPPED``, a note's separator)
        self.cells = 0  # how deep inside table cells
        self.runs = 0  # inside a run: its w:tab is a tab (a paragraph's w:tabs/w:tab are tab stops)
        self.in_text = False
        self.in_properties = False  # inside w:pPr: its w:rPr is the paragraph mark's, not a run's
        self.hidden = False  # the run being read is hidden (w:vanish): Word does not show its text
        self.mark_deleted = False  # the paragraph's mark is a tracked deletion: Word shows it joined to the next
        self.carried = ""  # the text of paragraphs whose marks were deleted, waiting for the next one
        #: each element's name as expat gives it ("{namespace}}local") read once: its local name if read, else
        #: ``_OTHER`` (a document names a few dozen kinds of element, hundreds of thousands of times)
        self._names: dict[str, str] = {}

    def _local(self, element: str) -> str:
        local = self._names.get(element)
        if local is None:
            namespace, _, name = element.rpartition("}")
            if namespace == _MARKUP_COMPATIBILITY and name == "Fallback":
                local = _FALLBACK
            elif namespace in _WORD_NAMESPACES and (name in _READ or name in _NOTES):
                local = name
            else:
                local = _OTHER
            self._names[element] = local
        return local

    def start_part(self) -> None:
        self.skipped = self.cells = self.runs = 0
        self.parts, self.in_text, self.in_properties, self.hidden = None, False, False, False

    def end_part(self) -> None:
        """A part ends: a paragraph whose mark was deleted with none after it is read as it is."""
        if self.carried:
            self._add(Paragraph(self.carried))
            self.carried = ""

    def start(self, element: str, attributes: dict[str, str]) -> None:
        if self.skipped:
            self.skipped += 1
            return
        local = self._local(element)
        if local == _OTHER:
            return
        if local == "del" and self.in_properties and self.parts is not None and not self.cells:
            # w:pPr/w:rPr/w:del: the paragraph mark deleted (in a cell, where joining is not simple, not joined)
            self.mark_deleted = True
            self.skipped = 1
        elif local in _SKIPPED or local == _FALLBACK:  # mc:Fallback: its mc:Choice's content again, for old readers
            self.skipped = 1
        elif local in _NOTES:
            if _attribute(attributes, "type") in _NOTE_SEPARATORS:
                self.skipped = 1
        elif local == "p":
            self.parts, self.kind = [], BlockKind.CELL if self.cells else BlockKind.PARAGRAPH
            self.mark_deleted = self.paragraph_hidden = False
        elif local == "pPr":
            self.in_properties = True
        elif local == "tc":
            self.cells += 1
        elif local == "r":
            self.runs += 1
            self.hidden = self.paragraph_hidden
        elif local == "t":
            self.in_text = True
        elif local in ("vanish", "specVanish"):
            if self.runs and not self.in_properties:
                self.hidden = _attribute(attributes, "val").lower() not in _OFF
        elif local == "rStyle":
            if self.runs and not self.in_properties and _attribute(attributes, "val") in self.hidden_styles:
                self.hidden = True  # a character style that hides its text (a w:vanish after it may say not)
        elif local == "pStyle" and self.parts is not None and _attribute(attributes, "val") in self.hidden_styles:
            self.paragraph_hidden = True  # each run of the paragraph hidden unless it says otherwise
            self._inside_paragraph(local, attributes)
        elif self.parts is not None and not self.hidden:
            self._inside_paragraph(local, attributes)

    def _inside_paragraph(self, local: str, attributes: dict[str, str]) -> None:
        assert self.parts is not None
        if local in ("tab", "ptab") and self.runs:
            self.parts.append("\t")
        elif local in ("br", "cr") and self.runs:
            self.parts.append(LINE_SEPARATOR)
        elif local == "noBreakHyphen":
            self.parts.append("-")
        elif local == "sym" and self.runs:
            self.parts.append(" ")  # a Symbol or Wingdings character: no text, but it parts its neighbours
        elif self.kind is BlockKind.CELL:
            return  # a cell's paragraph stays a cell, whatever its style
        elif local == "pStyle" and self._is_heading_style(_attribute(attributes, "val")):
            self.kind = BlockKind.HEADING
        elif local == "outlineLvl" and _attribute(attributes, "val") not in ("", "9"):
            self.kind = BlockKind.HEADING  # a level of the outline (9: body text)
        elif local == "numPr" and self.kind is BlockKind.PARAGRAPH:
            self.kind = BlockKind.ITEM

    def _is_heading_style(self, style: str) -> bool:
        return style in self.heading_styles or _HEADING_STYLE.search(style) is not None

    def end(self, element: str) -> None:
        if self.skipped:
            self.skipped -= 1
            return
        local = self._local(element)
        if local == "p" and self.parts is not None:
            # a line end written in a w:t is a space: a paragraph is one line of ``paragraphs_text``
            text = self.carried + "".join(self.parts)
            if "\n" in text or "\r" in text:
                text = _LINE_END.sub(" ", text)
            self.parts = None
            if self.mark_deleted:
                self.carried = text  # joined to the next paragraph, as Word shows the changes accepted
                return
            self.carried = ""
            self._add(Paragraph(text, self.kind) if text else EMPTY_PARAGRAPH)
        elif local == "pPr":
            self.in_properties = False
        elif local == "tc":
            self.cells -= 1
        elif local == "r":
            self.runs -= 1
            self.hidden = False
        elif local == "t":
            self.in_text = False

    def _add(self, paragraph: Paragraph) -> None:
        if len(self.paragraphs) >= MAX_PARAGRAPHS:
            raise too_many_paragraphs(self.name, MAX_PARAGRAPHS)
        self.paragraphs.append(paragraph)

    def characters(self, data: str) -> None:
        if self.in_text and not self.skipped and not self.hidden and self.parts is not None:
            self.parts.append(data)


def _attribute(attributes: dict[str, str], local: str) -> str:
    """The value of the attribute ``local`` in WordprocessingML's namespace (w:val), or without one; else ""."""
    for key, value in attributes.items():
        namespace, _, name = key.rpartition("}")
        if name == local and (not namespace or namespace in _WORD_NAMESPACES):
            return value
    return ""
