"""How much slower is ``factcheck scan`` on a Word document (.docx) or an OpenDocument text (.odt) than on the
same text as a .txt?

    python bench/docx_scan_speed.py [--mb 1 5] [--repeat 3] [--no-cli]

For each size, builds a .docx of about that many MB: the paragraphs of a plain-text article (scan_corpus.py,
as bench/scan_speed.py builds it; its line breaks made spaces), written as Word writes them (a paragraph's
properties, revision ids, a run every few words with its font and language), as many as make the .docx that
size while its word/document.xml stays under 18 MB unpacked (scan's limit is 20 MB: a MB of text is about
5.3 MB of such XML, 0.45 MB packed), the rest a picture (incompressible bytes in word/media/, which scan
never reads), as a 5 MB document of a newsroom's mostly is.  The same paragraphs are an .odt written as
LibreOffice writes them (a paragraph's automatic style, a span every few words: its content.xml is smaller than
the .docx's XML, so it holds the same text with a larger picture in Pictures/ to be the same size) and a .txt
(blank lines between them).  Then times, best of ``--repeat``:

- read: ``parse_article`` of the bytes (unzipping and parsing the XML, or decoding; the blocks built);
- CLI: ``factcheck scan FILE --json`` once in a subprocess (start-up, claim rules, matching included).

Prints the sizes (the .docx, its word/document.xml unpacked, the .odt, its content.xml, the text), the seconds
of each and the ratios .docx / .txt and .odt / .txt of each, measured in the same run, so that figures from a busy
machine can still be compared.
Needs nothing outside the repository.
"""

from __future__ import annotations

import argparse
import io
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scan_corpus import build_article
from timing import best_of

from factcheck.article import parse_article
from factcheck.errors import InputError
from factcheck.store import bundled_kb_path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
#: a run's properties as Word writes them in a document typed in Calibri
RUN_PROPERTIES = '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:lang w:val="en-US"/></w:rPr>'
ODT_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
ODT_STYLES = (
    '<office:automatic-styles><style:style style:name="P1" style:family="paragraph" '
    'style:parent-style-name="Text_20_body"/><style:style style:name="T1" style:family="text">'
    '<style:text-properties officeooo:rsid="0012a3f4" xmlns:officeooo="http://openoffice.org/2009/office"/>'
    "</style:style></office:automatic-styles>"
)


def paragraphs_of(target_bytes: int) -> list[str]:
    """The paragraphs of scan_corpus's article of about ``target_bytes``, each on one line."""
    return [" ".join(p.split()) for p in build_article(target_bytes).split("\n\n") if p.strip()]


def document_xml(paragraphs: list[str], rng: random.Random) -> str:
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>']
    for paragraph in paragraphs:
        rsid = f"{rng.randrange(16**8):08X}"
        out.append(f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}"><w:pPr><w:spacing w:after="160"/></w:pPr>')
        words = paragraph.split(" ")
        step = rng.randint(4, 12)  # Word splits runs at each edit and change of formatting
        for start in range(0, len(words), step):
            chunk = " ".join(words[start : start + step]) + (" " if start + step < len(words) else "")
            out.append(
                f'<w:r w:rsidR="{rng.randrange(16**8):08X}">{RUN_PROPERTIES}'
                f'<w:t xml:space="preserve">{escape(chunk)}</w:t></w:r>'
            )
        out.append("</w:p>")
    out.append("<w:sectPr/></w:body></w:document>")
    return "".join(out)


def content_xml(paragraphs: list[str], rng: random.Random) -> str:
    """content.xml as LibreOffice writes it: a paragraph's automatic style, a span at each edit (its rsid style)."""
    out = [
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODT_NAMESPACES} office:version="1.3">'
        f"{ODT_STYLES}<office:body><office:text>"
    ]
    for paragraph in paragraphs:
        out.append('<text:p text:style-name="P1">')
        words = paragraph.split(" ")
        step = rng.randint(4, 12)
        for start in range(0, len(words), step):
            chunk = " ".join(words[start : start + step]) + (" " if start + step < len(words) else "")
            out.append(f'<text:span text:style-name="T1">{escape(chunk)}</text:span>')
        out.append("</text:p>")
    out.append("</office:text></office:body></office:document-content>")
    return "".join(out)


def build_odt(paragraphs: list[str], picture: int = 0) -> tuple[bytes, int]:
    """The .odt's bytes and its content.xml's size unpacked; ``picture``: the bytes of a picture in it."""
    xml = content_xml(paragraphs, random.Random(4)).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        archive.writestr("content.xml", xml)
        if picture > 0:
            archive.writestr("Pictures/image1.jpeg", random.Random(5).randbytes(picture), zipfile.ZIP_STORED)
    return buffer.getvalue(), len(xml)


def build_docx(paragraphs: list[str], picture: int = 0) -> tuple[bytes, int]:
    """The .docx's bytes and its word/document.xml's size unpacked; ``picture``: the bytes of a picture in it."""
    xml = document_xml(paragraphs, random.Random(4)).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", xml)
        if picture > 0:
            archive.writestr("word/media/image1.jpeg", random.Random(5).randbytes(picture), zipfile.ZIP_STORED)
    return buffer.getvalue(), len(xml)


#: the XML a .docx of the benchmark holds at most (scan's limit is 20 MB), and the text that makes it
MAX_XML = 18_000_000
XML_PER_TEXT = 5.3


def sized_docx(docx_bytes: int) -> tuple[list[str], bytes, int]:
    """Paragraphs and a .docx of about ``docx_bytes`` holding them (``MAX_XML`` of XML at most, then a picture)."""
    text_bytes = min(int(docx_bytes / 0.45), int(MAX_XML / XML_PER_TEXT))
    paragraphs = paragraphs_of(text_bytes)
    docx, xml_size = build_docx(paragraphs)
    if len(docx) < docx_bytes * 0.95:
        docx, xml_size = build_docx(paragraphs, docx_bytes - len(docx))
    return paragraphs, docx, xml_size


def sized_odt(paragraphs: list[str], odt_bytes: int) -> tuple[bytes, int]:
    """An .odt of ``paragraphs`` about ``odt_bytes`` large (a picture making up the rest)."""
    odt, xml_size = build_odt(paragraphs)
    if len(odt) < odt_bytes * 0.95:
        odt, xml_size = build_odt(paragraphs, odt_bytes - len(odt))
    return odt, xml_size


def cli_seconds(path: Path) -> float:
    command = [sys.executable, "-m", "factcheck", "scan", str(path), "--kb", str(bundled_kb_path()), "--json"]
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, cwd=path.parent)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"factcheck scan {path.name} failed ({done.returncode}): {done.stderr.decode()}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1.0, 5.0], help=".docx sizes in MB (default 1 5)")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs (default 3)")
    parser.add_argument("--no-cli", action="store_true", help="time the reading only, not factcheck scan")
    args = parser.parse_args()
    print(f"{'':30} {'.txt s':>8} {'.docx s':>8} {'ratio':>6} {'.odt s':>8} {'ratio':>6}")
    for mb in args.mb:
        paragraphs, docx, xml_size = sized_docx(int(mb * 1_000_000))
        odt, odt_xml_size = sized_odt(paragraphs, len(docx))
        text = "\n\n".join(paragraphs).encode("utf-8") + b"\n"
        as_text, as_docx = parse_article(text, "bench.txt"), parse_article(docx, "bench.docx")
        as_odt = parse_article(odt, "bench.odt")
        if as_odt.source != as_docx.source:
            raise SystemExit("the .odt and the .docx were read as different texts")
        print(
            f"{mb:g} MB .docx: .txt {len(text) / 1e6:.2f} MB, .docx {len(docx) / 1e6:.2f} MB "
            f"(word/document.xml {xml_size / 1e6:.2f} MB unpacked), .odt {len(odt) / 1e6:.2f} MB "
            f"(content.xml {odt_xml_size / 1e6:.2f} MB), {len(paragraphs):,} paragraphs, "
            f"blocks {len(as_text.blocks):,} / {len(as_docx.blocks):,} / {len(as_odt.blocks):,}"
        )
        rows = [
            (
                "read (parse_article)",
                best_of(args.repeat, lambda text=text: parse_article(text, "bench.txt")),
                best_of(args.repeat, lambda docx=docx: parse_article(docx, "bench.docx")),
                best_of(args.repeat, lambda odt=odt: parse_article(odt, "bench.odt")),
            )
        ]
        if not args.no_cli:
            with tempfile.TemporaryDirectory() as folder:
                paths = [Path(folder) / f"article.{suffix}" for suffix in ("txt", "docx", "odt")]
                for path, data in zip(paths, (text, docx, odt), strict=True):
                    path.write_bytes(data)
                rows.append(("CLI scan --json", *(cli_seconds(path) for path in paths)))
        for label, txt_seconds, docx_seconds, odt_seconds in rows:
            print(
                f"  {label:28} {txt_seconds:8.2f} {docx_seconds:8.2f} {docx_seconds / txt_seconds:6.2f} "
                f"{odt_seconds:8.2f} {odt_seconds / txt_seconds:6.2f}"
            )
    # a .docx of text alone over the limit: refused when its XML passes 20 MB, after reading that much
    paragraphs = paragraphs_of(int(25_000_000 / XML_PER_TEXT))
    docx, xml_size = build_docx(paragraphs)
    start = time.perf_counter()
    try:
        parse_article(docx, "bench.docx")
    except InputError as error:
        refused = time.perf_counter() - start
        print(
            f"a .docx of {len(docx) / 1e6:.2f} MB, its XML {xml_size / 1e6:.1f} MB: refused in {refused:.2f} s "
            f"({error})"
        )


if __name__ == "__main__":
    main()
