"""Where each sentence of a scanned article is in the text it was read from, for a tool that highlights it there
(a CMS showing the checked sentences in the draft).

An offset is a code point's index in the article's text as decoded from UTF-8, a leading byte-order mark left out
(what ``open(path, encoding="utf-8-sig").read()`` gives, and a browser's ``TextDecoder``), its line ends as they
are (a Windows line end is two characters): a Python ``str`` index.  JavaScript indexes strings in UTF-16 code
units, in which a character beyond U+FFFF (most emoji) counts two: ``Utf16`` gives those.

A sentence's text is the block's (``blocks``): whitespace runs made one space, markup (Markdown's emphasis and
link addresses, HTML's tags) and list markers left out, a speaker's label and filler taken off.  So its span is
found again in the text rather than carried through every reader: from the lines the sentence starts and ends on,
the shortest stretch that holds its characters other than whitespace, in order, after the sentences before it
(a sentence said twice on one line gets the second place the second time).  ``text[start]`` is then the
sentence's first character (in either case: a transcript's reader capitalises the word after a speaker's filler)
and ``text[end - 1]`` its last; in HTML and Markdown a character written as an entity ("&amp;") is the whole
entity, and markup that holds no sentence's words (a link's address and title, an HTML tag) is looked past, so that
no span starts or ends inside an address ("[Mexico](https://x.org/mx)." ends at its own ".").  A sentence whose
characters are not all there after the sentence before it (a reader that changed one) has no span (None) rather
than a wrong one: spans never overlap.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol

#: a line end as the article readers count them (``article.decode``): a Windows one, an old Mac one, a Unix one
_LINE_END = re.compile(r"\r\n|\r|\n")
#: an HTML character reference, as ``html.unescape`` reads them (a named one may lack its ";": "&amp")
_ENTITY = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
#: one as Markdown's reader (CommonMark) decodes them: with its ";" ("&copy 2024" is as written)
_MARKDOWN_ENTITY = re.compile(r"&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]*;)")
#: the character references each input format's reader decodes
ENTITIES = {"html": _ENTITY, "markdown": _MARKDOWN_ENTITY}


#: lines after the one a sentence ends on that its span may end in, when it is not found before (see above)
LINE_SLACK = 3

#: an HTML tag, comment or element whose content is never read (a script's, a style's), in an HTML page: its
#: attributes hold addresses ("href=\"https://x.org/Mexico.html\""), where a sentence's last "." was found
_HTML_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style)\b.*?(?:</\1\s*>|\Z)|<[A-Za-z/!?][^>]*>?", re.DOTALL | re.IGNORECASE
)
#: ... and in Markdown, where only a tag is HTML ("<https://x.org>", an autolink, is text: its address is its words)
_MARKDOWN_HTML = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.DOTALL)
#: a run of backticks: a Markdown code span's opening or closing one, whose text is as written
_BACKTICKS = re.compile(r"`+")
#: a bracket that may open or close a link's text ("[Mexico](x.org)"), not escaped (``_escaped``)
_BRACKET = re.compile(r"[\[\]]")


class Placed(Protocol):
    """A sentence to place (``sentences.Sentence``): the lines it starts and ends on (1-based; an ``end_line`` of
    None: ``line``) and its text."""

    @property
    def line(self) -> int: ...
    @property
    def end_line(self) -> int | None: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class Offsets:
    """Where a sentence is in the article's text: ``start`` and ``end`` in code points (Python ``str`` indexes,
    ``text[start:end]``), and the same in UTF-16 code units (JavaScript's ``text.slice(start_utf16, end_utf16)``)."""

    start: int
    end: int
    start_utf16: int
    end_utf16: int

    def to_dict(self) -> dict[str, int | None]:
        """The offsets' keys of a sentence in ``scan --json``."""
        return {"start": self.start, "end": self.end, "start_utf16": self.start_utf16, "end_utf16": self.end_utf16}


#: the offsets' keys of a sentence not found in the article's text, in ``scan --json``: each null
NO_OFFSETS: Mapping[str, None] = MappingProxyType(dict.fromkeys(("start", "end", "start_utf16", "end_utf16")))


class _View:
    """The text as the readers saw it where it differs from the input (the character references ``entities`` finds
    decoded: HTML's, Markdown's), with the way back to the input's offsets."""

    def __init__(self, source: str, entities: re.Pattern[str] | None) -> None:
        # (index in the view, index in the source, length in the view, length in the source) of each reference
        self._spans: list[tuple[int, int, int, int]] = []
        if entities is None or "&" not in source:
            self.text = source
            return
        parts: list[str] = []
        done = 0
        length = 0
        for entity in entities.finditer(source):
            decoded = html.unescape(entity.group())
            if decoded == entity.group():
                continue
            parts.append(source[done : entity.start()])
            length += entity.start() - done
            self._spans.append((length, entity.start(), len(decoded), len(entity.group())))
            parts.append(decoded)
            length += len(decoded)
            done = entity.end()
        parts.append(source[done:])
        self.text = "".join(parts)
        self._starts = [span[0] for span in self._spans]

    def view_spans(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``spans`` of the input (in order, none starting or ending inside a reference) as the view's."""
        if not self._spans:
            return spans
        indexes = sorted({index for span in spans for index in span})
        in_view: dict[int, int] = {}
        at = 0  # the references before the index
        shift = 0  # what they take less in the view than in the input
        for index in indexes:
            while at < len(self._spans) and self._spans[at][1] < index:
                _, _, view_length, source_length = self._spans[at]
                shift += source_length - view_length
                at += 1
            in_view[index] = index - shift
        return [(in_view[start], in_view[end]) for start, end in spans]

    def start(self, index: int) -> int:
        """The input's offset of the character at ``index`` of the view (a reference's first one, within one)."""
        return self._source(index, end=False)

    def end(self, index: int) -> int:
        """The input's offset just after the character before ``index`` of the view (a reference's end, within one)."""
        return self._source(index, end=True)

    def _source(self, index: int, *, end: bool) -> int:
        if not self._spans:
            return index
        at = bisect.bisect_right(self._starts, index - (1 if end else 0)) - 1
        if at < 0:
            return index
        view_start, source_start, view_length, source_length = self._spans[at]
        inside = index - view_start
        if inside < view_length or (end and inside == view_length):
            return source_start + source_length if end else source_start
        return source_start + source_length + inside - view_length


def _markup_spans(source: str, markup: str | None) -> list[tuple[int, int]]:
    """Where ``source``'s markup that never holds a sentence's words is, in order: an HTML page's tags, comments,
    scripts and styles; Markdown's link and image addresses with their titles ("(https://x.org/mx \"Mexico.\")") and
    its inline HTML tags, not inside a code span.  A span found there would end or start inside an address."""
    if markup == "html":
        return [found.span() for found in _HTML_MARKUP.finditer(source)] if "<" in source else []
    if markup != "markdown" or ("](" not in source and "<" not in source):
        return []
    code = _code_spans(source)
    spans = [found.span() for found in _MARKDOWN_HTML.finditer(source) if not _inside(code, found.start())]
    spans += [
        address
        for closing in _opened_link_ends(source, code)
        if (address := _link_address(source, closing + 1)) is not None
    ]
    return sorted(spans)


def _opened_link_ends(source: str, code: list[tuple[int, int]]) -> Iterator[int]:
    """Where each "]" that a "[" before it opens is followed by "(", an inline link's address (in order): neither
    escaped ("\\[Mexico](x.org)" is text, which the reader keeps) nor in a code span, each "[" closed by the first "]"
    after it not closing one opened later ("[a [b] c](x.org)").  A "](" nothing opens ("Foo](x.org)") is text, and not
    read further: a page of them would each be read as an address to its end (markdown-it reads one at a time)."""
    opened = 0
    for bracket in _BRACKET.finditer(source):
        at = bracket.start()
        if _escaped(source, at) or _inside(code, at):
            continue
        if bracket.group() == "[":
            opened += 1
        elif opened:
            opened -= 1
            if source.startswith("(", at + 1):
                yield at


def _code_spans(source: str) -> list[tuple[int, int]]:
    """Markdown's code spans, roughly as CommonMark pairs them: a run of backticks up to the next run as long (a block's
    edge aside: a run without its pair may pair with one a paragraph on, which leaves a link there unmasked, as
    before)."""
    if "`" not in source:
        return []
    runs: dict[int, list[int]] = {}
    for run in _BACKTICKS.finditer(source):
        runs.setdefault(len(run.group()), []).append(run.start())
    spans: list[tuple[int, int]] = []
    taken: dict[int, int] = {}  # for each length, how many of its runs are used (as an opening or a closing run)
    for run in _BACKTICKS.finditer(source):
        length, start = len(run.group()), run.start()
        if spans and start < spans[-1][1]:
            continue  # inside a code span
        same = runs[length]
        index = bisect.bisect_right(same, start, taken.get(length, 0))
        if index < len(same):
            spans.append((start, same[index] + length))
            taken[length] = index + 1
    return spans


def _inside(spans: list[tuple[int, int]], index: int) -> bool:
    """Whether ``index`` is inside one of ``spans`` (in order, none overlapping)."""
    at = bisect.bisect_right(spans, index, key=lambda span: span[0]) - 1
    return at >= 0 and spans[at][0] <= index < spans[at][1]


def _escaped(source: str, index: int) -> bool:
    """Whether the character at ``index`` follows an odd run of backslashes (Markdown's escape)."""
    before = index
    while before > 0 and source[before - 1] == "\\":
        before -= 1
    return (index - before) % 2 == 1


#: the longest link address read as one (in characters): browsers and servers take some 2,000 (a "data:" image's
#: longer one is text to the offsets, its span found as in the text as it is)
LONGEST_ADDRESS = 4096


def _link_address(source: str, at: int) -> tuple[int, int] | None:
    """Where an inline link's "(address \"title\")" that opens at ``at`` ends, read as CommonMark reads it (with
    markdown-it's own helpers), or None: not one ("[sic](and so on)" is text)."""
    from markdown_it.helpers import parseLinkDestination, parseLinkTitle

    end = len(source)
    position = _past_whitespace(source, at + 1)
    # an address read no further than ``LONGEST_ADDRESS`` (a longer one is left unmasked, as text): a page of "[](a..."
    # without a space would have each read to the 32nd "(" after it
    destination = parseLinkDestination(source, position, min(end, position + LONGEST_ADDRESS))
    if not destination.ok:
        return None
    position = _past_whitespace(source, destination.pos)
    if position > destination.pos and position < end and source[position] in "\"'(":
        title = parseLinkTitle(source, position, end)
        if title.ok:
            position = _past_whitespace(source, title.pos)
    return (at, position + 1) if position < end and source[position] == ")" else None


def _past_whitespace(source: str, at: int) -> int:
    """The index of ``source``'s first character from ``at`` that is not whitespace (or its end)."""
    while at < len(source) and source[at] in " \t\r\n":
        at += 1
    return at


#: a character of masked markup that stays: a line end (``_line_starts`` counts them)
_NOT_A_LINE_END = re.compile(r"[^\r\n]")


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` but its line ends made NUL, which no sentence's words hold: the
    same length, the same lines."""
    if not spans:
        return text
    parts: list[str] = []
    done = 0
    for start, end in spans:
        start = max(start, done)
        if end <= start:
            continue
        parts.append(text[done:start])
        markup = text[start:end]
        parts.append(_NOT_A_LINE_END.sub("\0", markup) if "\n" in markup or "\r" in markup else "\0" * len(markup))
        done = end
    parts.append(text[done:])
    return "".join(parts)


def _line_starts(text: str) -> list[int]:
    """Where each line of ``text`` starts: line 1 at 0, and after each line end."""
    return [0, *(end.end() for end in _LINE_END.finditer(text))]


def _span_in(text: str, words: list[str], begin: int, limit: int) -> tuple[int, int] | None:
    """The shortest stretch of ``text[begin:limit]`` that holds the characters of ``words`` in order and ends first,
    or None: the end reading forwards, then the start reading back from it (a list marker's "1" before "10,000" is
    left out)."""
    end = _forwards(text, words, begin, limit)
    return None if end is None else (_backwards(text, words, begin, end), end)


def _forwards(text: str, words: list[str], at: int, limit: int) -> int | None:
    """Where the first stretch from ``at`` holding ``words``' characters in order ends, or None.  A word is taken
    whole where it is (some 3 times as fast on a long article as character by character) only if its first
    character is not before it: else the word may be there earlier with markup inside it ("said</a>.",
    "**Pen**tagon"), and its whole form further on would run the span into the sentences after it.  The
    sentence's first character in either case (``_initial``)."""
    for number, word in enumerate(words):
        initial = _initial(word) if number == 0 else word[0]
        found = text.find(word, at, limit)
        if found >= 0 and _find(text, initial, at, found) < 0:
            at = found + len(word)
            continue
        for index, char in enumerate(word):
            found = _find(text, initial if index == 0 else char, at, limit)
            if found < 0:
                return None
            at = found + 1
    return at


def _backwards(text: str, words: list[str], begin: int, end: int) -> int:
    """Where the last stretch before ``end`` (and from ``begin``) holding ``words``' characters in order starts; the
    words are there (``_forwards`` found them), and a word taken whole the same way round as there."""
    at = end
    for number in range(len(words) - 1, -1, -1):
        word = words[number]
        found = text.rfind(word, begin, at)
        if found >= 0 and text.find(word[-1], found + len(word), at) < 0:
            at = found
            continue
        for index in range(len(word) - 1, -1, -1):
            chars = _initial(word) if number == index == 0 else word[index]
            at = max(text.rfind(char, begin, at) for char in chars)
    return at


def _initial(word: str) -> str:
    """A sentence's first character in both cases: a transcript's reader capitalises the word after a speaker's
    filler ("Um, troops are ..." is "Troops are ..."), which the text has as it was said."""
    return word[0] + word[0].swapcase() if word[0].swapcase() != word[0] and len(word[0].swapcase()) == 1 else word[0]


def _find(text: str, chars: str, at: int, limit: int) -> int:
    """Where the first of ``chars`` is in ``text[at:limit]``, or -1."""
    if len(chars) == 1:
        return text.find(chars, at, limit)
    found = [index for index in (text.find(char, at, limit) for char in chars) if index >= 0]
    return min(found, default=-1)


def _span_in_unmasked(plain: str, masked: str, words: list[str], begin: int, limit: int) -> tuple[int, int] | None:
    """The span of ``words`` in ``masked`` (``plain`` with its markup masked: "[Mexico](https://x.org/mx)." ends at its
    own ".", not at "x."), or in ``plain`` where the sentence holds the markup the span there holds: the reader kept
    it as text ("See [a] b](x.org). Troops (x.org) are there."), and the masked span is the words' characters gathered
    from the sentences after."""
    span = _span_in(masked, words, begin, limit)
    if span is None or masked is plain or masked.find("\0", begin, span[1]) < 0:
        return span  # none found, or as in ``plain``: the same up to its end, so the same span
    first = _span_in(plain, words, begin, limit)
    if first is None or first == span or masked[first[1] - 1] == "\0":
        return span  # the span in ``plain`` ends inside markup
    sentence = "".join(words)
    kept = any(
        "".join(plain[run.start() : run.end()].split()) in sentence
        for run in _MASKED_RUN.finditer(masked, first[0], first[1])
    )
    return first if kept else span


#: a stretch of masked markup (its line ends stay)
_MASKED_RUN = re.compile(r"\0[\0\r\n]*")


def sentence_offsets(source: str, sentences: Sequence[Placed], *, markup: str | None = None) -> list[Offsets | None]:
    """The offsets of each sentence in ``source`` (the module's docstring), in order; None for a sentence
    not found there.  ``sentences`` in reading order, as the article's; ``markup``: the input format whose
    character references the reader decoded and whose markup it left out (a key of ``ENTITIES``: "html",
    "markdown"), None for none."""
    view = _View(source, None if markup is None else ENTITIES[markup])
    plain = view.text
    # markup no sentence's words are in masked (an address, a tag): a span ends at "Mexico](https://x.org/mx)."'s
    # stop, not at "https://x."; a sentence not found so (a reader that kept what looked like markup) is looked for
    # in the text as it is
    masked = _masked(plain, view.view_spans(_markup_spans(source, markup)))
    starts = _line_starts(plain)
    utf16 = Utf16(source)
    placed: list[Offsets | None] = []
    after = 0  # where the sentence before ends: the next one on its lines is after it
    for sentence in sentences:
        words = sentence.text.split()
        first = starts[min(max(sentence.line, 1), len(starts)) - 1]
        last = sentence.line if sentence.end_line is None else max(sentence.end_line, sentence.line)
        span = None
        # a reader's line count may lag by a line or two (Markdown's code span "`a,\nb`" counts as one line)
        for slack in (0, LINE_SLACK):
            limit = starts[last + slack] if last + slack < len(starts) else len(plain)
            # never before the sentence before's end: a sentence not found after it has no span, not an overlap
            begin = max(first, after)
            if words and begin < limit:
                span = _span_in_unmasked(plain, masked, words, begin, limit)
            if span is not None:
                break
        if span is None:
            placed.append(None)
            continue
        after = span[1]
        start, end = view.start(span[0]), view.end(span[1])
        placed.append(Offsets(start, end, utf16.offset(start), utf16.offset(end)))
    return placed


#: a character beyond U+FFFF: two UTF-16 code units (a surrogate pair)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16:
    """Offsets into a text in UTF-16 code units, as JavaScript indexes strings: a code point's index, plus one
    for each character beyond U+FFFF before it (found once, by bisection after: an article may hold thousands)."""

    def __init__(self, text: str) -> None:
        self._astral = [char.start() for char in _ASTRAL.finditer(text)]

    def offset(self, index: int) -> int:
        """``index`` (a code point's index in the text) in UTF-16 code units."""
        return index + bisect.bisect_left(self._astral, index)
