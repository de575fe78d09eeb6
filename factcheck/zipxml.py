"""The XML parts of a zip document read safely, for ``scan``: what a Word document (``docxtext``) and an
OpenDocument text (``odttext``) share, so that both are read within the same limits and a hostile file of
either is refused the same way.

A hostile file never crashes, hangs or fills memory: a part is read from the zip in chunks, at most ``limit``
bytes of XML unpacked from all the parts of one document read together (``Budget``: a zip bomb stops there); a
DOCTYPE or an entity declared is refused where expat meets it (an entity's expansion, "billion laughs", never
starts: neither Word nor an OpenDocument writer writes one); XML that is not well-formed, or in an encoding expat
cannot read, a damaged or cut-short zip, a password-protected zip: each an ``InputError`` that names the kind of
document (``DocumentKind``) and what to do.  A reader keeps at most ``MAX_PARAGRAPHS`` paragraphs.

The paragraphs read (``Paragraph``) become the text scan indexes (``paragraphs_text``: one paragraph a line, so a
sentence's line is its paragraph's number) and its blocks (``paragraph_blocks``).  Standard library only (zipfile
and the expat parser that ElementTree itself uses, driven directly: its handlers see the DOCTYPE as it is
declared and nothing is kept but the text).  Nothing here imports Typer or Rich.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from xml.parsers import expat

from .blocks import Block, BlockBuilder, BlockKind
from .errors import Advice, InputError, Location

#: how every zip file starts
ZIP_SIGNATURE = b"PK\x03\x04"
#: the unpacked bytes read at a time
_CHUNK = 64 * 1024
#: the most paragraphs read from one document (a 1,000-page book is tens of thousands): past it a small file
#: of empty paragraphs would cost scan minutes and gigabytes
MAX_PARAGRAPHS = 200_000
#: a line break inside a paragraph: not a line end to the offsets, whitespace to a block
LINE_SEPARATOR = "\u2028"
#: what opening or reading a zip raises for a zip that is damaged, cut short or of a kind zipfile cannot read
ZIP_ERRORS = (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError, zlib.error, KeyError)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of a document: its text ("" for an empty one) and what kind of block it is."""

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH


#: every empty paragraph is one object: 20 MB of "<w:p/>" are 3.5 million of them
EMPTY_PARAGRAPH = Paragraph("")


@dataclass(frozen=True, slots=True)
class DocumentKind:
    """How the messages name a kind of zip document: "Word document", ".docx", and the program that saves it
    again ("open it in Word and save it again")."""

    name: str
    suffix: str
    application: str

    @property
    def named(self) -> str:
        """ "Word document (.docx)"."""
        return f"{self.name} ({self.suffix})"


class Budget:
    """The bytes of XML still to be read unpacked, shared by every part of one document (``chunks``)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.left = limit


def open_zip(data: bytes) -> zipfile.ZipFile | None:
    """``data`` opened as a zip, or None when it is none or a damaged one (never raises)."""
    if not data.startswith(ZIP_SIGNATURE):
        return None
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError, zlib.error):
        return None


def read_member(archive: zipfile.ZipFile, member: str, limit: int) -> bytes | None:
    """The first ``limit`` bytes of ``member`` unpacked, or None when the zip has none or cannot give it."""
    try:
        with archive.open(member) as part:
            return part.read(limit)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, RuntimeError, NotImplementedError, ValueError, zlib.error):
        return None


def open_document(data: bytes, name: str, kind: DocumentKind) -> zipfile.ZipFile:
    """``data``, which starts as a zip does, opened; "damaged" (``damaged``) when it cannot be."""
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise damaged(name, kind, exc) from None


@contextmanager
def zip_errors(name: str, kind: DocumentKind) -> Iterator[None]:
    """Reading a document's zip: its errors (never the XML's, ``parse`` says those) as an ``InputError``: a
    password-protected zip, a zip that cannot be read, a damaged one."""
    try:
        yield
    except InputError:
        raise
    except RuntimeError as exc:  # zipfile: "File ... is encrypted, password required for extraction"
        reason = "its zip is password-protected" if "encrypt" in str(exc) else f"its zip cannot be read ({exc})"
        raise InputError(f"is not a readable {kind.named}: {reason}", Location(name)) from None
    except ZIP_ERRORS as exc:
        raise damaged(name, kind, exc) from None


def damaged(name: str, kind: DocumentKind, exc: Exception) -> InputError:
    return InputError(
        f"is not a readable {kind.named}: its zip is damaged or cut short ({exc or type(exc).__name__}); "
        f"open it in {kind.application} and save it again",
        Location(name),
    )


def binary_or_text(data: bytes) -> str:
    """What ``data``, given for a zip document and no zip, is: "empty", "binary" (a NUL, or no UTF-8 early) or
    "text" (then a message says to read it as text)."""
    head = data[:4096]
    if not head.strip():
        return "empty"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3 or b"\x00" in head:
            return "binary"
    return "text"


#: the setting that reads a file as plain text, as the library's caller words it (``Advice``; the command line:
#: --input-format text)
TEXT_FORMAT = "input_format='text'"


def _with_article(words: str) -> str:
    """ "a Word document (.docx)", "an OpenDocument text (.odt)", "a .docx", "an .odt"."""
    return f"{'an' if words.lstrip('.')[:1].casefold() in 'aeiou' else 'a'} {words}"


def no_zip_message(data: bytes, kind: DocumentKind) -> str | Advice:
    """What to say of ``data``, asked to be read as a ``kind`` of zip document, that is no zip and no file of
    another known kind: empty, binary, or text (then: read it as text)."""
    named = _with_article(kind.named)
    found = binary_or_text(data)
    if found == "empty":
        return f"is empty, not {named}: nothing to scan"
    if found == "binary":
        return f"is not {named}: it is no zip file (binary data of another kind)"
    return Advice(
        f"is not {named}: it is text, not the zip file {_with_article(kind.suffix)} is; read it as text with "
        "{text_format}",
        {"text_format": TEXT_FORMAT},
    )


def chunks(archive: zipfile.ZipFile, part: str, name: str, budget: Budget) -> Iterator[bytes]:
    """The unpacked bytes of ``part``, ``_CHUNK`` at a time, taken from ``budget``; an ``InputError`` once the
    budget is spent (a zip bomb's stop, and one document's parts together read no more than it)."""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            budget.left -= len(chunk)
            if budget.left < 0:
                limit = budget.limit
                shown = f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit:,} bytes"
                raise InputError(
                    f"too large to be an article: more than {shown} of XML unpacked (reading its {part}); split it up",
                    Location(name),
                )
            yield chunk


def parse(
    archive: zipfile.ZipFile,
    part: str,
    name: str,
    budget: Budget,
    kind: DocumentKind,
    start: Callable[[str, dict[str, str]], None] | None,
    end: Callable[[str], None] | None,
    characters: Callable[[str], None] | None,
    *,
    external_doctype: bool = False,
) -> None:
    """Parse ``part`` with expat, chunk by chunk, calling the handlers given (None: none); elements are named
    "{namespace}}local".  A DOCTYPE or an entity declared is refused as it comes (``external_doctype``: a
    DOCTYPE that only names an outside DTD, with no internal subset, is let be: it declares no entity, and
    expat never fetches the DTD); XML that is not well-formed, or in an encoding expat cannot read, is an
    ``InputError``."""
    parser = expat.ParserCreate(namespace_separator="}")

    def refuse(*_: object) -> None:
        raise InputError(
            f"is not a usable {kind.name}: its {part} declares a DOCTYPE, which {kind.application} never writes "
            "(refused: its entities could expand without end)",
            Location(name),
        )

    def doctype(_name: str, _system: str | None, _public: str | None, has_internal_subset: int) -> None:
        if has_internal_subset or not external_doctype:
            refuse()

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = refuse
    if start is not None:
        parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if characters is not None:
        parser.CharacterDataHandler = characters
    parser.buffer_text = True

    def feed(chunk: bytes, final: bool) -> None:
        try:
            parser.Parse(chunk, final)
        except (LookupError, ValueError, expat.ExpatError) as exc:
            raise _not_xml(archive, part, name, kind, exc) from None

    for chunk in chunks(archive, part, name, budget):
        feed(chunk, False)
    feed(b"", True)


def _not_xml(archive: zipfile.ZipFile, part: str, name: str, kind: DocumentKind, exc: Exception) -> InputError:
    """What to say of ``part``, which expat refused with ``exc``."""
    if not isinstance(exc, expat.ExpatError):
        # expat: LookupError for an encoding Python does not know, ValueError for a multi-byte one it cannot use
        # (both raised from its XML declaration, never from the zip, which ``chunks`` reads outside this)
        declared = re.search(rb"""encoding\s*=\s*["']([^"']{1,40})""", _head(archive, part))
        shown = f" ({declared.group(1).decode('ascii', 'replace')})" if declared else ""
        return InputError(
            f"is not a usable {kind.name}: its {part} declares an encoding factcheck cannot read{shown}; "
            f"open it in {kind.application} and save it again",
            Location(name),
        )
    return InputError(
        f"is not a usable {kind.name}: its {part} is not well-formed XML (line {exc.lineno}, column "
        f"{exc.offset + 1}: {expat.ErrorString(exc.code)}); open it in {kind.application} and save it again",
        Location(name),
    )


def _head(archive: zipfile.ZipFile, part: str) -> bytes:
    """The first bytes of ``part`` (its XML declaration), for a message."""
    with archive.open(part) as stream:
        return stream.read(200)


def too_many_paragraphs(name: str, limit: int) -> InputError:
    """A document of more than ``limit`` (``MAX_PARAGRAPHS``) paragraphs."""
    return InputError(f"too large to be an article: more than {limit:,} paragraphs; split it up", Location(name))


def paragraphs_text(paragraphs: list[Paragraph]) -> str:
    """The document's text as scan reads it: one paragraph a line ("\\n" between them), so line N is
    paragraph N; what a sentence's offsets index."""
    return "\n".join(paragraph.text for paragraph in paragraphs)


def paragraph_blocks(paragraphs: list[Paragraph]) -> list[Block]:
    """A block for each paragraph with words in it, on the line of its number (from 1)."""
    builder = BlockBuilder()
    for number, paragraph in enumerate(paragraphs, start=1):
        if paragraph.text.strip():
            builder.add(paragraph.text, number)
            builder.end_block(paragraph.kind)
    return builder.blocks
