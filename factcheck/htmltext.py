"""Reading HTML pages: their readable text as blocks with line numbers (``scan``), and the content
of their ``<script type="application/ld+json">`` elements (``import`` reads the ClaimReviews in them).

Uses the standard library's ``html.parser``: it is lenient with broken markup (unclosed
paragraphs, stray end tags), decodes entities, reports the line of every piece of text, and
adds no dependency.  Libraries that build a tree (lxml, BeautifulSoup, selectolax) are faster
on big pages or better at guessing the "main content", but give no line for a text node, and
factcheck needs the line more than it needs boilerplate detection: it drops what is never
article text (scripts, styles, navigation, forms, hidden elements) and keeps the rest.

Broken markup is read as a browser reads it (HTML5), whatever the Python version: a tag, comment
or declaration that the page ends inside of runs to the end of the page, which is not text.
``html.parser`` releases older than the 2025 security fixes (CVE-2025-6069, gh-135462; 3.11.7
for one) instead read it as text and try again at the next "<", each try reading to the end of
the page: quadratic time on a page of unterminated tags ("<a<a<a...": a minute for 100 KB).  And
a "<![" that is not a marked section they know (``<![CDATA[``, ``<![if ...]>``...) is a bogus
comment up to the next ">", where they raise ``AssertionError``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from .blocks import Block, BlockBuilder, BlockKind

#: elements whose content is never part of the article
SKIPPED = frozenset(
    """script style noscript template head title nav footer aside form button select textarea option
    svg math iframe object embed canvas video audio map dialog pre""".split()
)
#: ARIA roles of page furniture
SKIPPED_ROLES = frozenset({"navigation", "contentinfo", "complementary", "search", "menu", "menubar", "dialog"})
#: ARIA roles of a footnote's reference and of its link back: a number or an arrow inside a sentence
NOTE_LINK_ROLES = frozenset({"doc-noteref", "doc-backlink"})
#: elements that start or end a block of text
BLOCK_TAGS = frozenset(
    """p div section article main header ul ol dl table thead tbody tfoot tr address figure figcaption
    details summary center body html hr br fieldset legend blockquote h1 h2 h3 h4 h5 h6 li dt dd td th
    caption""".split()
)
#: end tags that close any list item or cell left open inside them
CONTAINER_TAGS = frozenset("ul ol dl table thead tbody tfoot tr".split())
VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())
KIND_OF_TAG = {
    **{f"h{n}": BlockKind.HEADING for n in range(1, 7)},
    "li": BlockKind.ITEM,
    "dt": BlockKind.ITEM,
    "dd": BlockKind.ITEM,
    "td": BlockKind.CELL,
    "th": BlockKind.CELL,
}


#: the marked sections ``_markupbase.ParserBase.parse_marked_section`` knows; "<![" and any other
#: name make it raise AssertionError
_MARKED_SECTIONS = frozenset({"temp", "cdata", "ignore", "include", "rcdata", "if", "else", "endif"})
_DECLARATION_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*")


def _is_in_page_link(attrs: list[tuple[str, str | None]]) -> bool:
    return any(name == "href" and (value or "").strip().startswith("#") for name, value in attrs)


def _is_note_link(attrs: list[tuple[str, str | None]]) -> bool:
    return any(name == "role" and (value or "").strip().lower() in NOTE_LINK_ROLES for name, value in attrs)


def _is_toggle(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """A button that opens or closes a part of the page (``aria-expanded``): an FAQ's question in an accordion
    ("<button aria-expanded="false">How many US troops are in Mexico?</button>"), read as a heading.  Skipped
    with the other buttons, the question was lost, and the page's first answer was read as its title."""
    return tag == "button" and any(name == "aria-expanded" for name, _ in attrs)


def _is_hidden(attrs: list[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        value = (value or "").strip().lower()
        # hidden="until-found": a collapsed part the page shows when it is searched for or opened (an FAQ's answer)
        if (name == "hidden" and value != "until-found") or (name == "aria-hidden" and value == "true"):
            return True
        if name == "role" and value in SKIPPED_ROLES:
            return True
        if name == "style" and "display:none" in value.replace(" ", ""):
            return True
    return False


class _BrowserLikeParser(HTMLParser):
    """``html.parser`` reading a whole page (``read``) as browsers do, whatever the Python version."""

    def parse_html_declaration(self, i: int) -> int:
        if self.rawdata.startswith("<![", i):
            name = _DECLARATION_NAME.match(self.rawdata, i + 3)
            if name is None or name.group().lower() not in _MARKED_SECTIONS:
                return self.parse_bogus_comment(i)  # as HTML5 reads "<![" outside SVG and MathML
        return super().parse_html_declaration(i)

    def read(self, text: str) -> None:
        self.feed(text)  # once: what follows relies on where a single feed() stops
        # feed() stops at the first tag, comment or declaration that does not end before the end
        # of the text, and keeps the rest of the text, unread, in ``rawdata``: drop it ("<" and
        # "</" alone at the very end are text).
        rest = self.rawdata
        if self.cdata_elem is not None:
            self.ends_inside(rest)
        elif rest.startswith("<") and rest not in ("<", "</"):
            self.rawdata = ""
        self.close()

    def ends_inside(self, rest: str) -> None:
        """The page ends inside a script or style element: ``rest`` is its content up to the end.

        By default left to ``close()`` (which drops it, or in newer Pythons gives it as data).
        """


class _TextExtractor(_BrowserLikeParser):
    def __init__(self, first_line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = BlockBuilder()
        self._line_offset = first_line - 1
        # Names of the skipped elements we are inside, innermost last.  Only the same name
        # nests inside a skipped element (<div hidden><div>...</div></div>), so a stack of
        # names is enough without building a tree.
        self._skipping: list[str] = []
        self._kind: BlockKind | None = None  # set inside headings, list items and cells
        self._quote_depth = 0
        self._toggles = 0  # accordion buttons open (``_is_toggle``): their end tag ends a heading
        # "sup" or "a#" (a link within the page) just opened, before any text: the one inside the
        # other is a footnote reference ("<sup><a href="#fn1">1</a></sup>", Wikipedia's "[1]")
        self._opened: str | None = None
        # the text of a superscript being read, held until its end says whether it is a note's number
        self._superscript: list[tuple[str, int]] | None = None

    def _default_kind(self) -> BlockKind:
        return BlockKind.QUOTE if self._quote_depth else BlockKind.PARAGRAPH

    def _end_block(self) -> None:
        self.builder.end_block(self._kind or self._default_kind())

    def _is_note_reference(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """A footnote's number, not text: left in, "Mexico.<sup>1</sup> The Pentagon..." read as
        one sentence ("Mexico.1 The"), and "[1]" began the next one."""
        opened, self._opened = self._opened, None
        if tag == "sup":
            if opened == "a#":
                return True
            self._opened = "sup"
        elif tag == "a" and _is_in_page_link(attrs):
            if opened == "sup":
                return True
            self._opened = "a#"
        return False

    def _superscript_ends(self, *, whole: bool) -> None:
        """A superscript ends: its text is left out when it is a note's number after words
        ("Mexico.<sup>1</sup> Is that true?" read as one question, "Mexico.1 Is that true?"), kept
        when it is an exponent ("10<sup>3</sup>", "km<sup>2</sup>"), a suffix ("1<sup>st</sup>") or
        cut short by a block."""
        held, self._superscript = self._superscript, None
        if not held:
            return
        if whole and _NOTE_NUMBER.fullmatch("".join(text for text, _ in held)):
            before = self.builder.last_words()
            if _AFTER_PUNCTUATION.search(before) or _AFTER_WORD.search(before):
                return
        for text, line in held:
            self.builder.add(text, line)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipping:
            if tag == self._skipping[-1] and tag not in VOID_TAGS:
                self._skipping.append(tag)
            return
        if self._is_note_reference(tag, attrs) or (tag not in VOID_TAGS and _is_note_link(attrs)):
            self._skipping.append(tag)  # inline: the sentence around it goes on
            return
        if tag == "sup" and self._superscript is None:
            self._superscript = []
            return
        if tag in BLOCK_TAGS or tag in SKIPPED:
            self._superscript_ends(whole=False)
        if _is_toggle(tag, attrs) and not _is_hidden(attrs):
            self._end_block()
            self._kind = BlockKind.HEADING
            self._toggles += 1
            return
        if tag not in VOID_TAGS and (tag in SKIPPED or _is_hidden(attrs)):
            self._end_block()
            self._skipping.append(tag)
            return
        if tag in BLOCK_TAGS:
            self._end_block()
            if tag in KIND_OF_TAG:
                self._kind = KIND_OF_TAG[tag]
            elif tag == "blockquote":
                self._quote_depth += 1

    def handle_endtag(self, tag: str) -> None:
        self._opened = None
        if self._skipping:
            if tag == self._skipping[-1]:
                self._skipping.pop()
            elif tag in ("body", "html"):  # an unclosed skipped element ends with the page
                self._skipping.clear()
            return
        if tag == "sup":
            self._superscript_ends(whole=True)
            return
        if tag == "button" and self._toggles:
            self._toggles -= 1
            self._superscript_ends(whole=False)
            self._end_block()
            self._kind = None
            return
        if tag in BLOCK_TAGS:
            self._superscript_ends(whole=False)
        if tag in BLOCK_TAGS:
            self._end_block()
            if tag in KIND_OF_TAG or tag in CONTAINER_TAGS:
                self._kind = None
            elif tag == "blockquote":
                self._quote_depth = max(self._quote_depth - 1, 0)

    def handle_data(self, data: str) -> None:
        if data.strip():
            self._opened = None
        if not self._skipping:
            # With convert_charrefs the position is still that of the data's first character.
            line = self.getpos()[0] + self._line_offset
            if self._superscript is not None:
                self._superscript.append((data, line))
            else:
                self.builder.add(data, line)

    def finish(self) -> list[Block]:
        self._superscript_ends(whole=False)
        self._end_block()
        return self.builder.blocks


#: a superscript that is a note's number: "1", "[2]", "3,4", "5–7", "*", "†"
_NOTE_NUMBER = re.compile(r"\s*(?:[\[(]?\d{1,3}(?:\s*[,–-]\s*\d{1,3})*[\])]?|[*†‡]{1,3})\s*")
#: what a note's number follows: the end of a sentence or clause, or a word of four letters or more
#: (not a unit: "km<sup>2</sup>", nor a number: "10<sup>3</sup>")
_AFTER_PUNCTUATION = re.compile(r"[.,;:!?\"”’')\]]$")
_AFTER_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{4,}$")


def html_blocks(text: str, first_line: int = 1) -> list[Block]:
    """The blocks of readable text of an HTML document (or fragment starting on ``first_line``)."""
    extractor = _TextExtractor(first_line)
    extractor.read(text)
    return extractor.finish()


# ---------------------------------------------------------------------------------------------
# JSON-LD scripts


@dataclass(frozen=True)
class JsonLdScript:
    """The content of one ``<script type="application/ld+json">`` element of a page."""

    number: int  # among the page's JSON-LD scripts, counting from 0
    line: int  # the line of its start tag
    #: as written: no entity is decoded in a script (a browser decodes none either)
    content: str
    content_line: int  # where the content starts (from 1)
    content_column: int


def _is_json_ld(attrs: list[tuple[str, str | None]]) -> bool:
    """``type="application/ld+json"``, in any case, with spaces or parameters (``; charset=utf-8``)."""
    for name, value in attrs:
        if name == "type":  # the first one counts, as in browsers
            return (value or "").split(";")[0].strip().lower() == "application/ld+json"
    return False


class _JsonLdExtractor(_BrowserLikeParser):
    """Collects the content of JSON-LD scripts.  ``html.parser`` reads a script's content as browsers
    do: as it is, up to the first ``</script>`` (in a JSON string too: pages write ``<\\/script>``)."""

    def __init__(self) -> None:
        # convert_charrefs: html.parser's other mode stops reading at the second "&#" that is no
        # character reference ("&#x;"), leaving the rest of the page unread.
        super().__init__(convert_charrefs=True)
        self.scripts: list[JsonLdScript] = []
        self._open_line = 0  # the line of the JSON-LD script being read, 0 outside one
        self._start: tuple[int, int] | None = None  # where its content starts (line, column from 0)
        self._chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and _is_json_ld(attrs):
            self._open_line, self._start, self._chunks = self.getpos()[0], None, []

    def handle_data(self, data: str) -> None:
        if self._open_line:
            self._add(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._open_line:
            self._close()

    def ends_inside(self, rest: str) -> None:
        if self._open_line:  # a script left open runs to the end of the page, as in browsers
            self._add(rest)
            self.rawdata = ""

    def _add(self, data: str) -> None:
        if self._start is None:
            self._start = self.getpos()
        self._chunks.append(data)

    def _close(self) -> None:
        line, column = self._start or (self._open_line, 0)
        self.scripts.append(JsonLdScript(len(self.scripts), self._open_line, "".join(self._chunks), line, column + 1))
        self._open_line, self._chunks = 0, []

    def finish(self) -> list[JsonLdScript]:
        if self._open_line:
            self._close()
        return self.scripts


def json_ld_scripts(text: str) -> list[JsonLdScript]:
    """The ``<script type="application/ld+json">`` elements of an HTML page, in order.

    A script inside an HTML comment, or written as text by another script, is none (as in browsers).
    """
    extractor = _JsonLdExtractor()
    extractor.read(text)
    return extractor.finish()


#: the elements an HTML page, or a part of one saved on its own, starts with; any other first
#: element (``<feed>``, ``<rss>``, ``<svg>``) makes XML, not a page
_PAGE_ELEMENTS = (SKIPPED | BLOCK_TAGS | VOID_TAGS) - {"math", "svg"} | {"html", "head", "body", "span", "a", "img"}
_SPACES = re.compile(r"\s*")  # matches anywhere (maybe empty)
_FIRST_NAME = re.compile(r"<(!doctype\s+)?([a-zA-Z][-_.:a-zA-Z0-9]{0,40})", re.I)


def _skip_spaces(text: str, start: int) -> int:
    spaces = _SPACES.match(text, start)
    return spaces.end() if spaces else start


def first_element(text: str) -> tuple[bool, str] | None:
    """(whether it is a doctype, the name) of the first element or doctype of markup, after an XML
    declaration and comments if any; None when there is none."""
    start = _skip_spaces(text, 0)
    while text.startswith(("<?", "<!--"), start):
        closing = "?>" if text.startswith("<?", start) else "-->"
        end = text.find(closing, start + 2)
        if end < 0:
            return None
        start = _skip_spaces(text, end + len(closing))
    first = _FIRST_NAME.match(text, start)
    return None if first is None else (first.group(1) is not None, first.group(2))


def is_html_page(text: str) -> bool:
    """Whether markup is an HTML page (or part of one): its doctype says so (XHTML's too), or its
    first element is an HTML one."""
    first = first_element(text)
    if first is None:
        return False
    doctype, name = first
    return name.lower() == "html" if doctype else name.lower() in _PAGE_ELEMENTS
