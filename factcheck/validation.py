"""Turn a positioned YAML tree into a ``KnowledgeBase``, collecting every problem on the way.

Validation never stops at the first problem: ``factcheck validate`` shows them all, each with
the file:line:column of the value at fault.  Values that YAML 1.1 reads as something other
than text (``NO``, ``yes``, ``1.0``, a bare date) are reported, never converted.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from typing import TypeGuard
from urllib.parse import quote, urlsplit

from .choices import did_you_mean, meant_choices, publishers_rating
from .errors import QUOTED_CHARACTERS, UNUSUAL_LINE_BREAK_ADVICE, Advice, Location, Problem, Severity, quoted
from .model import (
    CLAIM_KEYS,
    ID_PATTERN,
    MAX_ID_LENGTH,
    PUBLISHER_KEYS,
    SOURCE_KEYS,
    TOP_KEYS,
    VERDICTS,
    Claim,
    KnowledgeBase,
    Publisher,
    Source,
    Verdict,
    appearance_note,
    date_before_time,
    duplicate_id_fix,
    is_valid_date,
    not_a_date,
    slugify,
    unique_id,
)
from .yamltree import (
    Mapping,
    Node,
    Scalar,
    Sequence,
    TrailingComment,
    odd_space_before_quotes,
    odd_space_opening,
    odd_space_problem,
    top_level_list_hint,
)

#: what other tools and habits call a field, for the hint on an unknown key: "explanation" is no
#: misspelling of "summary", so the spelling comparison alone has nothing to offer
KEY_SYNONYMS = {
    "explanation": "summary",
    "description": "summary",
    "reasoning": "summary",
    "review": "summary",
    "reviewbody": "summary",
    "body": "summary",
    "text": "claim",
    "statement": "claim",
    "claimreviewed": "claim",
    "rating": "verdict",
    "ruling": "verdict",
    "alternatename": "original_rating",
    "date": "checked",
    "datepublished": "checked",
    "reviewed": "checked",
    "alias": "aliases",
    "paraphrases": "aliases",
    "variants": "aliases",
    "tag": "tags",
    "keywords": "tags",
    "labels": "tags",
    "speaker": "claimant",
    "author": "claimant",
    "claimedby": "claimant",
    "source": "sources",
    "links": "sources",
    "urls": "sources",
    "references": "sources",
    "citations": "sources",
    "link": "url",
    "href": "url",
    "headline": "title",
    "name": "title",
    "outlet": "publisher",
    "site": "publisher",
    "published": "date",
    "excerpt": "quote",
    "quotation": "quote",
    "comment": "note",
}


def suggest_key(key: str, allowed: tuple[str, ...]) -> str | None:
    """The allowed key ``key`` most likely means: its spelling ("sumary"), else what others call
    it ("explanation" for "summary"), or None."""
    close = difflib.get_close_matches(key, allowed, n=1)
    if close:
        return close[0]
    folded = re.sub(r"[\s_-]+", "", key.casefold())
    synonym = KEY_SYNONYMS.get(folded)
    return synonym if synonym in allowed else None


_KIND_NAMES = {
    "bool": "a true/false value",
    "int": "a number",
    "float": "a number",
    "timestamp": "a date",
    "null": "nothing",
}


#: a lone surrogate: what Python makes of bytes that are not UTF-8 in a command-line argument or file
#: name (and what a JSON "\udcff" escape gives); no encoder writes it, YAML cannot hold it
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
#: a control character, other than the tab and line breaks a text may hold
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: the bidirectional overrides (LRO, RLO): each shows the letters after it in another order than they are read
#: ("Trojan Source": "\u202edias" shows as "said" in a web page or a spreadsheet, which the export passes it to),
#: though the matcher reads them as written, in any script
_BIDI_OVERRIDE = re.compile("[\u202d\u202e]")
#: a right-to-left embedding or isolate (RLE, RLI): in a text of left-to-right letters alone it shows the words and
#: numbers after it in another order ("\u2067000,01\u2069" shows as "10,000"); in a text with right-to-left letters
#: (Hebrew, Arabic...) it is how such text is written.  The others (LRE, LRI, FSI, PDF, PDI) reorder nothing in a
#: text of left-to-right letters: the iOS Twitter app puts LRI...PDI around each @mention (2 of the 800 CheckThat!
#: train tweets), and a lone PDF closes nothing.  Nor the marks (U+200E, U+200F, U+061C)
_BIDI_RTL_OPENING = re.compile("[\u202b\u2067]")
#: a source note that speaks of its date ("date not shown", "undated", "no dates given"), in Spanish too ("sin fecha",
#: "fecha no visible", "sin fechar", "sin datar"), as a Spanish-speaking desk writes its notes, or as a citation
#: abbreviates it: "s/f", "s. f." (sin fecha), "n.d." (no date); those two in lower case ("S.F." is San Francisco,
#: "N.D." North Dakota)
_SPEAKS_OF_DATE = re.compile(
    r"\b(?:un)?dated?s?\b|\bfechas?\b|\bfechad[oa]s?\b|\bfechar\b|\bdatar\b"
    r"|(?<!\w)(?:s/f|(?-i:s\. ?f\.|n\. ?d\.))(?!\w)",
    re.IGNORECASE,
)


#: what to say of a tab in a text without quotes: the library's update_claim cannot change the claim, nor
#: can the command line's 'factcheck edit' with options (whose editor can), as OPTION_WORDING says
_TAB_UNQUOTED = Advice(
    "has a tab in a text without quotes: {edit_with_options} cannot change this claim{editor_can}; "
    'put the text in double quotes, the tab written \\t ("a\\tb"), or make the tab a space',
    {"edit_with_options": "update_claim", "editor_can": ""},
)


def _with_time(value: str, what: str) -> str | None:
    """What to say of a real date with a time after it, or None: the date is real, only the time is
    one too many (it was called "not a real date"), so the date alone is the fix."""
    day = date_before_time(value)
    if day is None:
        return None
    return f'{what} {quoted(value)} is a date with a time; write the date alone in quotes: "{day}"'


def control_character(value: str) -> str | None:
    """What to say of a control character in a text ("holds a control character (U+0000), ..."),
    or None when it has none.  Written as an escape ("\\0", "\\e") or imported, it shows as nothing
    or as an escape: validate warns of it, and a change (add, edit, import) does not write it."""
    control = _CONTROL.search(value)
    if control is None:
        return None
    return (
        f"holds a control character (U+{ord(control.group()):04X}), which shows as nothing or as an escape; remove it"
    )


#: the line and paragraph separators: YAML reads them as line breaks (as U+0085, a control character above), which
#: some programs show as a line break and others as nothing ("one\u2028two" reads "onetwo" in many a terminal)
_SEPARATOR = re.compile("[\u2028\u2029]")


def line_separator(value: str) -> str | None:
    """What to say of a line or paragraph separator in a text ("holds a line separator (U+2028), ..."), or None
    when it has none: validate warns of it, as of the control character U+0085, the other line break of YAML's."""
    separator = _SEPARATOR.search(value)
    if separator is None:
        return None
    name = "line separator" if separator.group() == "\u2028" else "paragraph separator"
    return (
        f"holds a {name} (U+{ord(separator.group()):04X}), which some programs show as a line break and others "
        f"as nothing; {UNUSUAL_LINE_BREAK_ADVICE}"
    )


def _has_right_to_left_letter(value: str) -> bool:
    """Whether ``value`` holds a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, NKo...)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in value)


def bidi_control_code(value: str) -> str | None:
    """The first bidirectional control of ``value`` that can make it show otherwise than it reads, as messages name
    it ("U+202E"), or None: an override (``_BIDI_OVERRIDE``) anywhere, a right-to-left embedding or isolate
    (``_BIDI_RTL_OPENING``) in a text with no right-to-left letter."""
    found = []
    override = _BIDI_OVERRIDE.search(value)
    if override is not None:
        found.append(override.start())
    opening = _BIDI_RTL_OPENING.search(value)
    if opening is not None and not _has_right_to_left_letter(value):
        found.append(opening.start())
    return f"U+{ord(value[min(found)]):04X}" if found else None


def bidi_control(value: str) -> str | None:
    """What to say of a bidirectional control in a text (``bidi_control_code``), or None when it has none.
    factcheck's own output shows it as its escape (``\\u202e``); a spreadsheet opening the CSV export,
    or a page showing the ClaimReview export, obeys it."""
    code = bidi_control_code(value)
    if code is None:
        return None
    return (
        f"holds a bidirectional control ({code}), which makes a web page or a spreadsheet "
        "show the words around it in another order than they are read; remove it"
    )


def is_http_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises for a port that is no number 0-65535 ("example.org:abc", ":٨٠")
    except ValueError:  # "http://[oops": an unbalanced IPv6 bracket is no URL at all
        return False
    return (
        parts.scheme in ("http", "https")
        and bool(parts.hostname)  # "https://:80/x" has a netloc but no host
        and _WHITESPACE.search(value) is None
    )


#: a character a URL picks up at its end from the text it was copied from: a sentence's comma, a Markdown link's
#: ')', an e-mail's '>', a quote's closing mark ('.' is left alone: Wikipedia's "Apple_Inc." ends with one)
_COPIED_AFTER = ",;>\"'\u201d\u2019\u00bb"
#: a closing bracket and its opening one, literal or percent-encoded ('Mexico_%28disambiguation)')
_CLOSING_BRACKETS = {")": ("(", "%28"), "]": ("[", "%5B")}
#: one DNS label (letters of any script, digits, '-' and '_', which some hosts' names hold)
_HOST_LABEL = re.compile(r"[\w-]+")
#: a second address run into the first after a comma or semicolon (an archive's ".../https://..." is one)
_TWO_ADDRESSES = re.compile(r"[,;]https?://", re.IGNORECASE)


def broken_url_reason(url: str) -> str | None:
    """Why ``url``, an http(s) URL as ``is_http_url`` reads it, looks like one no browser opens, or None: a source's
    address pasted from a post, a sentence or a Markdown link, or typed by hand, that nobody can follow to check it
    (editor128: 'https://reuters/x', 'https://www.reuters.com/x)' and 'https://a.com/x,https://b.org/y' passed)."""
    if re.match(r"https?://+https?:", url, re.IGNORECASE):
        return f"it begins with {url.split(':', 1)[0].lower() + '://'!r} twice"
    if _TWO_ADDRESSES.search(url):
        return "it holds two addresses: give each its own source ('- url: ...')"
    if "\u2026" in url:
        return "'\u2026' shortens it, as a post shows a link: copy the whole address"
    # a final '.' is a page's own ('Apple_Inc.') as often as a sentence's; the mark before it is still looked at
    # ("(see https://.../x)." gave 'x).')
    kept = url.rstrip(".") or url
    last = kept[-1]
    openings = _CLOSING_BRACKETS.get(last)
    opened = 0 if openings is None else url.count(openings[0]) + url.upper().count(openings[1])
    if last in _COPIED_AFTER or (openings is not None and opened < url.count(last)):
        # a desk whose address is right keeps it so, with no warning in CI: the character percent-encoded
        return (
            f"it ends with {url[len(kept) - 1 :]!r}, copied with it from the text around it "
            f"(if it is part of the address, write it as {quote(last, safe='')})"
        )
    host = urlsplit(url).hostname or ""
    if ":" in host:  # an IPv6 address, '[2001:db8::1]'
        return None
    labels = host.removesuffix(".").split(".")
    if not all(_HOST_LABEL.fullmatch(label) for label in labels):
        return f"its host {host!r} is not a domain name"
    if len(labels) == 1:
        return f"its host {host!r} has no domain ending (.com, .org...)"
    return None


#: ``str.isspace``'s characters (both are CPython's ``Py_UNICODE_ISSPACE``): one search, where a test of
#: each character was a sixth of validating a big file (a URL per source)
_WHITESPACE = re.compile(r"\s")

#: the quotes a word processor types in place of '"' (and "'"), opening and closing
_CURLY_OPENING, _CURLY_CLOSING = "\u201c\u201e\u2018\u201a\u00ab", "\u201d\u201c\u2019\u2018\u00bb"


def curly_quotes_hint(value: str) -> str:
    """Why a value in typographic quotes is wrong, and what to type instead: the marks named are the
    value's own (a French '«faux»' was told of '“ ”')."""
    return (
        f"its quotes {value[0]} {value[-1]} are typographic (typed by a word processor), which YAML keeps as part "
        'of the text: type straight quotes " instead'
    )


def _in_curly_quotes(value: str) -> bool:
    """Whether a value is wrapped in typographic quotes, as a word processor writes '"false"'."""
    return len(value) >= 2 and value[0] in _CURLY_OPENING and value[-1] in _CURLY_CLOSING


def _comment_in_text(path: str, comment: TrailingComment, what: str) -> Problem:
    """The warning for a free text that YAML ends at a comment touching its first word ('claim: We are #1 in
    exports' reads 'We are'), at the comment's '#'."""
    fix = f" ({comment.fix})" if comment.fix is not None and len(comment.fix) <= QUOTED_CHARACTERS else ""
    message = (
        f"{what}: the text after ' #' ({quoted(comment.text)}) is read as a comment, not as text; "
        f"if it is part of the text, put the whole value in quotes{fix}"
    )
    return Problem(Location(path, comment.line, comment.column), message, Severity.WARNING)


def _slug_keeps_most_of(claim_id: str) -> bool:
    """Whether the slug of ``claim_id`` (uncut) keeps at least half of its letters, and of its letters and
    digits: "日本 2025" as "2025" keeps its digits but loses what it was about, no id to suggest."""
    slug = slugify(claim_id, max_length=10 * len(claim_id))
    return all(2 * sum(map(counted, slug)) >= sum(map(counted, claim_id)) for counted in (str.isalpha, str.isalnum))


def _slug_hint(claim_id: str, taken: set[str]) -> str:
    """The id as a slug, for one that is not ("Pizza Day": "write 'pizza-day'"): "slug" alone told a new user
    neither what to type nor that the capitals or the space were what was wrong.  Nothing for an id without a
    letter or digit ``slugify`` keeps ("!!!", "日本"), whose slug would be its stand-in, "claim", or of which
    it keeps less than half.  One not in ``taken`` (the file's ids, and the slugs already suggested, which it
    gains): 'pizza-day' suggested for "Pizza Day" in a file with a 'pizza-day' gave a duplicate id."""
    slug = slugify(claim_id, max_length=MAX_ID_LENGTH)
    if (slug == "claim" and "claim" not in claim_id.casefold()) or not _slug_keeps_most_of(claim_id):
        return ""
    if not ID_PATTERN.match(slug):
        return ""
    slug = unique_id(slug, taken)
    taken.add(slug)
    # shown whole, however long (at most MAX_ID_LENGTH): a slug cut with "…" is no id to copy
    return f" (write {quoted(slug, limit=MAX_ID_LENGTH)})"


def _bare_url(node: Node) -> TypeGuard[Scalar]:
    """A web address without quotes where a source belongs (YAML's plain text: a JSON or CSV import's
    value is none, and its reader writes no '- url:'); the caller checks the list or mapping holding it is
    written as lines, where the '- url: ' line given fits."""
    return isinstance(node, Scalar) and node.plain and node.kind == "str" and is_http_url(node.value)


class _Checker:
    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        #: the claims' ids, for an id suggested to be none of them (``_slug_hint``)
        self.taken_ids: set[str] = set()

    def at(self, node: Node | Scalar) -> Location:
        return Location(self.path, node.line, node.column)

    def error(self, node: Node | Scalar, message: str | Advice) -> None:
        if isinstance(message, Advice):
            self.problems.append(Problem.advising(self.at(node), message))
            return
        if isinstance(node, Scalar) and node.plain and _in_curly_quotes(node.value):
            message += f"; {curly_quotes_hint(node.value)}"
        self.problems.append(Problem(self.at(node), message))

    def warn(self, node: Node | Scalar, message: str | Advice) -> None:
        if isinstance(message, Advice):
            self.problems.append(Problem.advising(self.at(node), message, Severity.WARNING))
        else:
            self.problems.append(Problem(self.at(node), message, Severity.WARNING))

    # -- values ---------------------------------------------------------------------------
    def text(self, node: Node | None, what: str, *, required: bool = False, free: bool = False) -> str | None:
        """A string value, or None (with a problem recorded) when it is missing or not text.  ``free``: a
        free text (a claim, a summary, a quote...), not an id, a verdict, a URL or a date."""
        if node is None:
            return None
        if isinstance(node, Scalar) and node.kind == "null":
            if required:
                self.error(node, f"{what} is empty")
            if free and node.comment is not None and not node.value:  # 'summary: #1 seller': all of it a comment
                self.problems.append(_comment_in_text(self.path, node.comment, what))
            return None
        if not isinstance(node, Scalar):
            self.error(node, f"{what} must be text, not a {'list' if isinstance(node, Sequence) else 'mapping'}")
            return None
        if node.kind != "str":
            self.error(
                node,
                f"{what} must be text, but YAML reads {quoted(node.value)} as {_KIND_NAMES[node.kind]}; "
                + (f'put it in quotes: "{node.value}"' if len(node.value) <= QUOTED_CHARACTERS else "put it in quotes"),
            )
            return None
        if node.plain and not free and (odd := odd_space_before_quotes(node.value)) is not None:
            # '"true"' and '"2026-11-25"' were said to be no verdict and no real date, the space unsaid
            self.error(node, f"{what} {odd}")
            return None
        value = node.value.strip()
        if not value:
            if required:
                self.error(node, f"{what} is empty")
            return None
        control = control_character(value)
        if control is not None:
            self.warn(node, f"{what} {control}")
        separator = line_separator(value)
        if separator is not None:
            self.warn(node, f"{what} {separator}")
        bidi = bidi_control(value)
        if bidi is not None:
            self.warn(node, f"{what} {bidi}")
        if node.plain and "\t" in value:
            # libyaml, the reader, takes it; ruamel, which rewrites an entry, takes no tab in a plain text
            self.warn(node, _TAB_UNQUOTED.prefixed(f"{what} "))
        if free and node.comment is not None:
            self.problems.append(_comment_in_text(self.path, node.comment, what))
        return value

    def text_list(self, node: Node | None, what: str, *, free: bool = False) -> tuple[str, ...]:
        if node is None or (isinstance(node, Scalar) and node.kind == "null"):
            return ()
        if not isinstance(node, Sequence):
            self.error(node, f"{what} must be a list (e.g. [a, b] or one '- item' per line)")
            return ()
        values: list[str] = []
        for item in node.items:
            value = self.text(item, f"each of {what}", free=free)
            if value:
                values.append(value)
            elif isinstance(item, Scalar) and (item.kind == "null" or not item.value.strip()):
                # "aliases: [~, '']": dropped, and said so, as the next edit writes the list without it
                self.warn(item, f"an empty item of {what} is left out")
        return tuple(values)

    def date(self, node: Node | None, what: str) -> str | None:
        if isinstance(node, Scalar) and node.kind == "timestamp" and not is_valid_date(node.value):
            # "checked: 2025-02-30" without quotes: "put it in quotes" alone sent the user round
            # twice, quoting it only to hear next that it is no real date
            # a month or day off the calendar is named, as on the command line ('February 2025 has 28 days')
            said = not_a_date(node.value)
            fix = "" if "; write" in said else "; write the real date in quotes"
            self.error(node, _with_time(node.value, what) or f"{what} {quoted(node.value)} {said}{fix}")
            return None
        if isinstance(node, Scalar) and node.kind in ("int", "float") and not is_valid_date(node.value):
            # "checked: 20251101" was told to be quoted as it was, "20251101", which is then no date either
            self.error(node, f"{what} {quoted(node.value)} {not_a_date(node.value)}")
            return None
        value = self.text(node, what)
        if value is not None and node is not None and not is_valid_date(value):
            self.error(node, _with_time(value, what) or f"{what} {quoted(value)} {not_a_date(value)}")
            return None
        return value

    def url(self, node: Node | None, what: str, *, required: bool = False) -> str | None:
        value = self.text(node, what, required=required)
        if value is not None and node is not None and not is_http_url(value):
            # 'example.org/page' or 'www.example.org': the address as a browser's bar shows it
            fix = "" if "://" in value else ": write the whole address, starting with https://"
            self.error(node, f"{what} {quoted(value)} is not an http(s) URL{fix}")
            return None
        return value

    def mapping(self, node: Node, what: str, allowed: tuple[str, ...]) -> Mapping | None:
        if not isinstance(node, Mapping):
            self.error(node, f"{what} must be a mapping of 'key: value' lines")
            return None
        for key, _value in node.entries:
            if key.value not in allowed and (odd := odd_space_opening(key.value)) is not None:
                self.error(key, odd_space_problem(odd))
            elif key.value == "<<" and key.plain:
                # a merge key ("<<: *defaults") was "unknown key '<<' ... (allowed: ...)", then each key it
                # was to bring in "missing", with no word that the reader does not merge (a plain '<<' only:
                # quoted, it is a key of that name, unknown as any other)
                self.error(
                    key,
                    f"{what} uses a YAML merge key ('<<'), which a claims file does not read: write the keys it "
                    "would bring in here instead",
                )
            elif key.value not in allowed:
                meant = suggest_key(key.value, allowed)
                hint = f" (did you mean {meant!r}?)" if meant else f" (allowed: {', '.join(allowed)})"
                self.error(key, f"unknown key {quoted(key.value)} in {what}{hint}")
        return node

    def required_key(self, node: Mapping, key: str, what: str) -> Node | None:
        value = node.get(key)
        if value is None:
            self.error(node, f"{what} has no {key!r}")
        return value

    # -- entries --------------------------------------------------------------------------
    def source(self, node: Node, what: str, *, in_block_list: bool = False) -> Source | None:
        if in_block_list and _bare_url(node):  # "- https://...": the address without its key, as links are listed
            self.error(node, f"{what} must be a mapping of 'key: value' lines: write '- url: {node.value}'")
            return None
        m = self.mapping(node, what, SOURCE_KEYS)
        if m is None:
            return None
        url_node = self.required_key(m, "url", what)
        url = self.url(url_node, f"{what} url", required=True)
        if url is not None and url_node is not None and (broken := broken_url_reason(url)) is not None:
            self.warn(url_node, f"{what} url {quoted(url)} looks broken: {broken}")
        date_node = m.get("date")
        date = self.date(date_node, f"{what} date")
        note = self.text(m.get("note"), f"{what} note", free=True)
        # A note that speaks of the date ("date not shown", "undated page"; not "updated daily")
        # says why there is none: the curator knows, and a warning on every such source would
        # bury the others.  Where the claim appeared is no evidence, and when it was posted is
        # often unknown (a ClaimReview's appearances seldom give it): no warning either, or
        # every freshly imported file would warn of what nobody can look up.
        if date_node is None and not _SPEAKS_OF_DATE.search(note or "") and appearance_note(note) is None:
            self.warn(m, f"{what} has no date (if it has none, say so in its note: 'date not shown' or 'sin fecha')")
        if url is None:
            return None
        return Source(
            url=url,
            title=self.text(m.get("title"), f"{what} title", free=True),
            publisher=self.text(m.get("publisher"), f"{what} publisher", free=True),
            date=date,
            quote=self.text(m.get("quote"), f"{what} quote", free=True),
            note=note,
        )

    def claim(self, node: Node, index: int) -> Claim | None:
        label = _claim_label(node, index)
        m = self.mapping(node, label, CLAIM_KEYS)
        if m is None:
            return None
        id_node = self.required_key(m, "id", label)
        claim_id = self.text(id_node, f"{label} id", required=True)
        if (
            claim_id is not None
            and id_node is not None
            and (not ID_PATTERN.match(claim_id) or len(claim_id) > MAX_ID_LENGTH)
        ):
            self.error(
                id_node,
                f"id {quoted(claim_id)} must be a slug: lowercase letters, digits and single hyphens, "
                f"at most {MAX_ID_LENGTH} characters{_slug_hint(claim_id, self.taken_ids)}",
            )
            claim_id = None
        text = self.text(self.required_key(m, "claim", label), f"{label} text (claim)", required=True, free=True)
        verdict = self._verdict(self.required_key(m, "verdict", label), label)
        sources_node = m.get("sources")
        sources: list[Source] = []
        if isinstance(sources_node, Sequence):
            first_of: dict[tuple[str, str | None], int] = {}
            for i, item in enumerate(sources_node.items):
                source = self.source(item, f"source #{i + 1} of {label}", in_block_list=sources_node.block)
                if source is not None:
                    self._repeated_source(item, source, i, first_of, label)
                    sources.append(source)
        elif sources_node is not None and not (isinstance(sources_node, Scalar) and sources_node.kind == "null"):
            fix = (
                # the address moves: 'write - url: ... on the next line' left it after 'sources:' too, invalid
                f": write 'sources:' alone on its line and, on the next line, indented more, "
                f"'- url: {sources_node.value}'"
                if m.block and _bare_url(sources_node)
                else ""
            )
            self.error(sources_node, f"sources of {label} must be a list of '- url: ...' entries{fix}")
        self._repeated_values(m.get("aliases"), "alias", label)
        self._repeated_values(m.get("tags"), "tag", label, fold=True)
        fields = dict(
            summary=self.text(m.get("summary"), f"{label} summary", free=True),
            aliases=self.text_list(m.get("aliases"), f"{label} aliases", free=True),
            tags=self.text_list(m.get("tags"), f"{label} tags", free=True),
            claimant=self.text(m.get("claimant"), f"{label} claimant", free=True),
            checked=self.date(m.get("checked"), f"{label} checked date"),
            original_rating=self.text(m.get("original_rating"), f"{label} original_rating", free=True),
        )
        if claim_id is None or text is None or verdict is None:
            return None
        return Claim(id=claim_id, claim=text, verdict=verdict, sources=tuple(sources), **fields)  # type: ignore[arg-type]

    # A repeat is harmless to every command, so a warning, not an error: but it is a slip
    # (a tag added twice, a source pasted twice) that a person will want to tidy.
    def _repeated_values(self, node: Node | None, one: str, label: str, *, fold: bool = False) -> None:
        """``fold``: compared without case (tags: "-t border" selects "Border" too)."""
        if not isinstance(node, Sequence):
            return
        first: dict[str, Scalar] = {}
        for item in node.items:
            if not isinstance(item, Scalar) or item.kind != "str" or not item.value.strip():
                continue  # not text: text_list reports it
            value = item.value.strip()
            key = value.casefold() if fold else value
            if key in first:
                earlier = first[key]
                written = earlier.value.strip()
                twice = "is listed twice" if written == value else f"repeats {written!r} in another case"
                said = f"{one} {value!r} of {label} {twice}"
                if earlier.line != item.line:  # the line an Advice's field, counted as an editor counts it
                    self.warn(
                        item,
                        Advice("{said} (first at line {first_line})", {"said": said, "first_line": str(earlier.line)}),
                    )
                else:
                    self.warn(item, f"{said} (first at column {earlier.column})")
            else:
                first[key] = item

    def _repeated_source(
        self, node: Node, source: Source, index: int, first_of: dict[tuple[str, str | None], int], label: str
    ) -> None:
        # The same URL with another quote is two pieces of evidence from one page (the starter
        # file does this); the same URL and quote again adds nothing.
        key = (source.url, source.quote)
        if key in first_of:
            self.warn(
                node,
                f"source #{index + 1} of {label} repeats source #{first_of[key] + 1} (same URL and quote)",
            )
        else:
            first_of[key] = index

    def _verdict(self, node: Node | None, label: str) -> Verdict | None:
        if isinstance(node, Scalar) and node.kind == "bool":
            wanted = "true" if node.value.lower() in ("true", "yes", "on", "y") else "false"
            self.error(
                node, f'verdict of {label} must be quoted: verdict: "{wanted}" (YAML reads {node.value} as a boolean)'
            )
            return None
        value = self.text(node, f"verdict of {label}", required=True)
        if value is None or node is None:
            return None
        if value not in VERDICTS:
            # as --verdict reads it: a publisher's rating ("Half true", "Engañoso") is the verdict import
            # maps it to, a prefix names the verdicts it opens ("mostly"), else the nearest spelling
            meant = meant_choices(value, VERDICTS, publishers_rating)
            hint = f"{did_you_mean(meant)} " if meant else ""
            self.error(
                node, f"verdict {quoted(value)} of {label} is not on the scale; {hint}use one of: {', '.join(VERDICTS)}"
            )
            return None
        return Verdict(value)

    def publisher(self, node: Node | None) -> Publisher | None:
        if node is None:
            return None
        m = self.mapping(node, "publisher", PUBLISHER_KEYS)
        if m is None:
            return None
        name = self.text(self.required_key(m, "name", "publisher"), "publisher name", required=True, free=True)
        url = self.url(m.get("url"), "publisher url")
        return Publisher(name, url) if name else None


def _usable_id(node: Node) -> str | None:
    """The entry's id as written (stripped) when it is a non-empty string, whether or not it is valid."""
    id_node = node.get("id") if isinstance(node, Mapping) else None
    if isinstance(id_node, Scalar) and id_node.kind == "str" and id_node.value.strip():
        return id_node.value.strip()
    return None


def _duplicate_fix(first: Node, again: Node) -> str:
    """What to do about a second entry with an id already used (``model.duplicate_id_fix`` words it): the same
    entry again, the same claim (its spacing and case aside) with other values, or another claim."""
    claim = _claim_text(first)
    return duplicate_id_fix(
        same_entry=_content(first) == _content(again), same_claim=claim is not None and claim == _claim_text(again)
    )


def _content(node: Node) -> object:
    """A node's keys and values without their positions, to compare two entries; a mapping's keys in
    any order (the same claim with its keys written in another order is the same claim)."""
    if isinstance(node, Scalar):
        return (node.kind, node.value)
    if isinstance(node, Sequence):
        return [_content(item) for item in node.items]
    return sorted(((key.value, _content(value)) for key, value in node.entries), key=lambda entry: entry[0])


def _claim_text(node: Node) -> str | None:
    """The entry's claim as text, its spacing and case aside, when it has one."""
    claim = node.get("claim") if isinstance(node, Mapping) else None
    if isinstance(claim, Scalar) and claim.kind == "str" and claim.value.strip():
        return " ".join(claim.value.split()).casefold()
    return None


def _claim_label(node: Node, index: int) -> str:
    """How messages name a claim: by its id when it has a usable one, else by its position."""
    usable = _usable_id(node)
    return f"claim {quoted(usable)}" if usable is not None else f"claim #{index + 1}"


#: how a problem's message names the entry's own line where the message is told without its location (an
#: import's list of what ``skip_invalid`` left out: "duplicate id 'a' on line 5 (first used at line 1)"; its
#: location names line 5 elsewhere): ``Problem.worded_for(OWN_LINE)``
OWN_LINE = {"own_line": " on line {line}"}


#: what a ClaimReview JSON-LD file given as a claims file is told, a publisher's downloaded feed or what 'factcheck
#: export' writes alike: a newcomer runs 'factcheck validate' on it, who was told "the top level must be a mapping of
#: 'key: value' lines"
CLAIM_REVIEW_NOT_CLAIMS = (
    "this is ClaimReview JSON-LD, not a claims file (what validate and --kb read): "
    "'factcheck import FILE' brings its fact-checks into the claims file"
)
#: the same of JSON-LD that names no ClaimReview
JSON_LD_NOT_CLAIMS = (
    "this is JSON-LD, not a claims file (what validate and --kb read): "
    "'factcheck import FILE' brings ClaimReview JSON-LD into the claims file"
)
#: how many nodes of a JSON-LD file are looked through for a ClaimReview (``_names_claim_review``)
_CLAIM_REVIEW_REACH = 10_000

#: the keys of a ClaimReview JSON-LD object that no claims file has (``_is_claim_review_json_ld``)
_JSON_LD_KEYS = frozenset({"@context", "@type", "@graph", "claimReviewed", "reviewRating"})


def _is_claim_review_json_ld(root: Node) -> bool:
    """Is the parsed file ClaimReview JSON-LD: an object, or a list of objects, with keys of JSON-LD or a
    ClaimReview ("@context", "claimReviewed"...), which no claims file has?"""
    items = root.items if isinstance(root, Sequence) else [root]
    return bool(items) and all(
        isinstance(item, Mapping) and any(key.value in _JSON_LD_KEYS for key, _ in item.entries) for item in items
    )


def _names_claim_review(root: Node) -> bool:
    """Does the file name a ClaimReview: a key "claimReviewed" or "reviewRating", or "@type" "ClaimReview", in its
    first ``_CLAIM_REVIEW_REACH`` nodes?"""
    pending: list[Node] = [root]
    for _ in range(_CLAIM_REVIEW_REACH):
        if not pending:
            return False
        node = pending.pop()
        if isinstance(node, Mapping):
            for key, value in node.entries:
                if key.value in ("claimReviewed", "reviewRating"):
                    return True
                if key.value == "@type" and isinstance(value, Scalar) and value.value == "ClaimReview":
                    return True
                pending.append(value)
        elif isinstance(node, Sequence):
            pending.extend(node.items)
    return False


def build_knowledge_base(
    root: Node | None, path: str, *, whole_claims_only: bool = False
) -> tuple[KnowledgeBase, list[Problem]]:
    """Validate a parsed claims file; returns what could be read and every problem found.

    A claim with an error in an optional field (a bad date, tags that are not a list) is read
    without that field, so that every command can say what else is wrong; ``whole_claims_only``
    leaves such a claim out instead (``import --skip-invalid`` must not add half a claim)."""
    checker = _Checker(path)
    claims: list[Claim] = []
    positions: dict[str, tuple[int, int]] = {}
    if root is None:
        checker.problems.append(
            Problem(Location(path, 1, 1), "the file is empty; expected 'claims:' with a list of claims")
        )
        return KnowledgeBase((), path), checker.problems
    if isinstance(root, Sequence) and root.block and all(isinstance(i, Mapping) for i in root.items):
        item_keys = [[key.value for key, _ in item.entries] for item in root.items if isinstance(item, Mapping)]
        hint = top_level_list_hint(item_keys, root.line)
        if hint is not None:
            checker.error(root, hint)
            return KnowledgeBase((), path), checker.problems
    if _is_claim_review_json_ld(root):
        checker.error(root, CLAIM_REVIEW_NOT_CLAIMS if _names_claim_review(root) else JSON_LD_NOT_CLAIMS)
        return KnowledgeBase((), path), checker.problems
    top = checker.mapping(root, "the top level", TOP_KEYS)
    if top is None:
        return KnowledgeBase((), path), checker.problems
    claims_node = top.get("claims")
    if claims_node is None:
        checker.error(top, "no 'claims:' list at the top level")
    elif isinstance(claims_node, Scalar) and claims_node.kind == "null":
        pass  # "claims:" with nothing under it: an empty knowledge base
    elif not isinstance(claims_node, Sequence):
        checker.error(claims_node, "'claims' must be a list of claims ('- id: ...')")
    else:
        first_seen: dict[str, tuple[int, Node]] = {}
        checker.taken_ids = {raw for raw in map(_usable_id, claims_node.items) if raw is not None}
        for index, item in enumerate(claims_node.items):
            problems_before = len(checker.problems)
            claim = checker.claim(item, index)
            if whole_claims_only and any(p.is_error for p in checker.problems[problems_before:]):
                claim = None
            # an id is taken by the first entry that uses it, valid or not, so a duplicate is
            # reported even when the first entry has errors of its own
            raw_id = _usable_id(item)
            if raw_id is not None and raw_id in first_seen:
                first_index, first = first_seen[raw_id]
                fix = _duplicate_fix(first, item)
                if first.line:
                    # its location names its line; an import lists the records it leaves out by their message
                    # alone (--skip-invalid), where it is worded with ``OWN_LINE`` to name it: the two share the id
                    fields = {"claim_id": quoted(raw_id), "own_line": "", "line": str(item.line), "fix": fix}
                    template = "duplicate id {claim_id}{own_line} (first used at line {first_line}): {fix}"
                    checker.error(item, Advice(template, {**fields, "first_line": str(first.line)}))
                else:  # no lines (JSON import): both entries by their position
                    where = f"in claim #{index + 1} (first used by claim #{first_index + 1})"
                    checker.error(item, f"duplicate id {quoted(raw_id)} {where}: {fix}")
                continue
            if raw_id is not None:
                first_seen[raw_id] = (index, item)
            if claim is None:
                continue
            positions[claim.id] = (item.line, item.column)
            claims.append(claim)
    kb = KnowledgeBase(
        claims=tuple(claims),
        path=path,
        publisher=checker.publisher(top.get("publisher")),
        language=checker.text(top.get("language"), "language"),
        base_url=checker.url(top.get("base_url"), "base_url"),
        positions=positions,
    )
    return kb, checker.problems


def near_duplicate_warnings(
    kb: KnowledgeBase,
    find_similar: Callable[[Claim], list[tuple[Claim, float]]],
    *,
    place: Callable[[int, int], tuple[int, int]] | None = None,
) -> list[Problem]:
    """Warn once per pair of claims whose texts are near-duplicates according to ``find_similar``.  ``place``: the
    line and column to say for a claim's place in ``kb.positions`` (``EditorLines.place``), where not its own."""
    problems: list[Problem] = []
    seen: set[frozenset[str]] = set()
    for claim in kb.claims:
        for other, score in find_similar(claim):
            pair = frozenset((claim.id, other.id))
            if other.id == claim.id or pair in seen:
                continue
            seen.add(pair)
            line, column = kb.positions.get(claim.id, (0, 0))
            # the other claim's line too: after a merge the two are often far apart (one id each)
            other_line = kb.positions.get(other.id, (0, 0))[0]
            if place is not None:
                (line, column), other_line = place(line, column), place(other_line, 0)[0]
            where = f"line {other_line}, " if other_line else ""
            problems.append(
                Problem(
                    Location(kb.path, line, column),
                    f"claim {claim.id!r} looks like a near-duplicate of {other.id!r} ({where}similarity {score:.2f})",
                    Severity.WARNING,
                )
            )
    return problems
