"""A publisher's description of itself in its stories: boilerplate, not the story's claims.

A wire story or a nonprofit newsroom's article ends with a paragraph on who published it: "The Associated
Press is an independent global news organization dedicated to factual reporting. Founded in 1846, AP today
remains the most trusted source of fast, accurate, unbiased news ...", "ProPublica is an independent,
nonprofit newsroom that produces investigative journalism ...", and a note on its funding ("AP is solely
responsible for all content.").  Each sentence of it was a claim to research ("names an actor (Associated)",
"has a number (1846); names an actor (AP); comparison (most)").

A sentence is the publisher's (``BlockKind.PUBLISHER``, through ``Block.publisher_spans``) where
- it describes a news organisation (its name, "is a", "an" or "the", a few words, and what it is: a newsroom,
  a news organization, agency or service, a newspaper ...) in a paragraph it opens or that holds a note below,
  and that name is the publisher's: the one the story's dateline, byline or copyright notice gives ("(AP) —",
  "By The Associated Press", "© 2026 Reuters"), in full or by its initials (a whole name: not a word of it,
  "Sun" of "Sun Media" or of the author "Lena H. Sun", nor the initials of an author, "RT" of "By Rachel
  Thompson"); and it reports nothing ("RT is a news network that reported ...");
- it says that the publisher, named so, is solely responsible for the content ("AP is solely responsible for
  all content."), or says so of anyone in a short paragraph of its own (a funding note);
- it follows or precedes such a sentence in its paragraph, names the publisher and reports nothing ("Founded
  in 1846, AP today remains ...", "The Associated Press receives support from ...").
Another organisation's description is the story's ("RT is a Russian state-funded news network ...", "CNN is a
fake news network that hides the truth."), wherever it stands, as is the rest of the paragraph ("It reported
that 10,000 US troops ..." after "The Epoch Times is a newspaper ..."), and a sentence of the story that says
someone else is responsible for content ("each poster is solely responsible for all content on the site, and
said ...").  A description that closes a story whose publisher is named nowhere stays the story's: its name
is all there is to tell it from another outlet's, and "CNN is a fake news network ..." closing a post was
skipped, with the claim after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .blocks import Block, BlockKind

#: the publisher's name: capitalised words, perhaps joined by "of", "and" or "&" ("The Associated Press",
#: "KFF Health News", "The Texas Tribune"), its short form in brackets ("The Associated Press (AP)")
_NAME_WORD = r"[A-ZÀ-Þ0-9][\w&.'’-]*"
_NAME = rf"(?:The[ \t]+)?(?P<name>{_NAME_WORD}(?:[ \t]+(?:(?:of|and|&|for|the)[ \t]+)?{_NAME_WORD}){{0,5}})"
#: what a news organisation says it is: "newsroom", "news organization", "media company", "wire service" ...
_NEWS_ORGANISATION = (
    r"(?:newsrooms?|news[ \t-]+(?:and[ \t]+media[ \t]+)?(?:organi[sz]ations?|agency|agencies|services?|cooperative"
    r"|outlets?|sites?|websites?|providers?|publishers?|publications?|networks?|company|magazines?|platforms?"
    r"|nonprofits?|non-profits?|startups?|divisions?|brands?)"
    r"|(?:media|journalism|publishing)[ \t]+(?:company|companies|organi[sz]ations?|outlets?|groups?|networks?"
    r"|nonprofits?|non-profits?|platforms?|houses?)"
    r"|wire[ \t]+services?|newspapers?|broadcasters?|source[ \t]+of[ \t]+(?:news|journalism|reporting))\b"
)
_SELF_DESCRIPTION = re.compile(
    rf"[\W_]*{_NAME}(?:[ \t]*\([A-Z]{{2,6}}\))?"
    # perhaps set off by commas, what it is part of: "Reuters, the news and media division of Thomson Reuters,"
    r"(?:[ \t]*,[^,]{1,80},)?"
    r"[ \t]+is[ \t]+(?:a|an|the)[ \t]+"
    # a few words before what it is: "independent global", "member-supported, nonpartisan", "world's largest"; no
    # preposition nor relative, which would start saying something else ("Mexico is a country with a free press and
    # many newspapers")
    r"(?:(?!(?:with|of|in|on|for|from|that|which|who|whose|where|by|to|at|as|than)\b)[\w'’-]+,?[ \t]+"
    r"(?:and[ \t]+)?){0,8}?" + _NEWS_ORGANISATION
)
#: "AP is solely responsible for all content.", as a funded story's note says
_SOLELY_RESPONSIBLE_WORDS = (
    r"(?:is|are|remains?)[ \t]+solely[ \t]+responsible[ \t]+for[ \t]+(?:all|the|this|its|our)[ \t]+content\b"
)
_SOLELY_RESPONSIBLE = re.compile(rf"\b{_SOLELY_RESPONSIBLE_WORDS}")
#: ... said of a name: "AP is solely responsible ...", not "each poster is solely responsible ..."
_NOTE = re.compile(rf"[\W_]*{_NAME}[ \t]+{_SOLELY_RESPONSIBLE_WORDS}")
#: where a story names its publisher: a wire dateline's agency ("WASHINGTON (AP) —"), a byline ("By The Associated
#: Press", "Jane Doe, Reuters") and a copyright notice ("© 2026 The Associated Press", "Copyright 2026 CNN")
_DATELINE_AGENCY = re.compile(r"\((?P<name>[A-Z][\w.&'’ ]{0,30})\)[ \t]*[-—–]")
_BYLINE = re.compile(r"[\W_]*By[ \t]+(?P<name>.{1,80})\Z", re.DOTALL)
_COPYRIGHT = re.compile(r"[\W_]*(?:©|\([cC]\)|(?i:copyright))[ \t]*(?:©[ \t]*)?(?:\d{4}[ \t]*)?(?P<name>.{1,80})")
#: a byline or a copyright notice is a line of this many words at most ("By Jane Doe, ProPublica")
_LINE_WORDS = 12
#: a note on the content said of anyone is the publisher's in a paragraph of this many words at most ("This story
#: was produced with support from the Kaiser Family Foundation. The author is solely responsible for its content.")
_SHORT_PARAGRAPH_WORDS = 25
#: a sentence that reports something is a statement, whoever says it: "RT is a Russian state-funded news network
#: that reported 10,000 US troops ...", "It reported that ..."
_REPORTS = re.compile(
    r"\b(?:reported|reports|said|says|found|finds|revealed|reveals|claimed|claims|told|tells|wrote|writes"
    r"|announced|announces|according)\b"
)
#: capitalised words, perhaps joined by "of", "and", "&", "for" or "the": where a sentence names an organisation
_CAPITALISED = re.compile(rf"{_NAME_WORD}(?:[ \t]+(?:(?:of|and|&|for|the)[ \t]+)?{_NAME_WORD})*")
#: how far into a paragraph its "is" can be (a name of six words and what it is part of, set off by commas), and a
#: dateline's agency
_DESCRIPTION_REACH = 200


def _folded(name: str) -> str:
    """``name`` as names are compared: lower case, without "the" and the punctuation ("The Associated Press"
    -> "associated press")."""
    words = re.findall(r"[^\W_]+", name.lower())
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _initials(name: str) -> str:
    """The initials of a name of more than one word ("associated press" -> "ap"), or ""."""
    words = [word for word in name.split() if word not in ("of", "and", "for", "the")]
    return "".join(word[0] for word in words) if len(words) > 1 else ""


@dataclass(frozen=True)
class _Mention:
    """A name the story gives its publisher, folded ("associated press"), and whether it is known to be an
    organisation's: only then may its initials stand for it ("AP" for "The Associated Press", not "RT" for the
    byline's "Rachel Thompson")."""

    name: str
    organisation: bool


#: where a byline or a notice divides its names: "By Jane Doe, ProPublica", "By Jane Doe | Reuters", "© 2026
#: Reuters. All rights reserved."), not at an initial ("By Lena H. Sun")
_NAME_BREAK = re.compile(r"[ \t]*(?:[,|;]|(?<!\b[A-Z])[.!][ \t]|[ \t][-—–/][ \t])[ \t]*")


#: where a byline's author ends and the outlet begins without a comma: "By Jane Doe of ProPublica", "... for
#: ProPublica", "By Jane Doe (ProPublica)", "By Jane Doe and The Associated Press", "... and ProPublica staff"
#: (not "By Jane Doe and Rachel Thompson": two authors), and after an author in capitals, "By JOHN HANNA
#: Associated Press"
_AUTHOR_THEN_OUTLET = re.compile(
    r"[ \t]+(?:of|for)[ \t]+(?=[A-Z])|[ \t]*[()][ \t]*"
    r"|[ \t]+and[ \t]+(?=The[ \t]|[^,|;]+[ \t](?i:staff|writers?|reporters?)\b)"
)
#: an author written in capitals before the outlet ("By JOHN HANNA Associated Press"), split off as at a "("
_AUTHOR_IN_CAPITALS = re.compile(r"\A[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+)+[ \t]+(?=[A-Z][a-z])")
#: what follows an outlet's name and is no part of it: a role ("Associated Press Writer", "AP Political Writer",
#: "Reuters staff"), a company's form ("ProPublica Inc."), a year ("© ProPublica 2026")
_AFTER_THE_NAME = re.compile(
    r"(?:[ \t]+(?i:(?:(?:chief|senior|political|national|foreign|staff|business|investigative|special)[ \t]+)?"
    r"(?:writers?|correspondents?|reporters?|staff|editors?|contributors?))"
    r"|,?[ \t]+(?i:inc|llc|ltd|corp|co)\.?|[ \t]+\d{4})+[ \t.]*\Z"
)


def _outlet(part: str) -> _Mention:
    """A name a byline gives after its author, an outlet's, without its role or company form."""
    return _Mention(_folded(_AFTER_THE_NAME.sub("", part)), organisation=True)


def _byline_mentions(names: str) -> list[_Mention]:
    """The names of a byline: the organisations after its authors ("By Jane Doe, The Associated Press", "By Jane
    Doe of ProPublica"), or the byline's one name, an organisation's where "The" opens it or a role closes it ("By
    The Associated Press", "By Reuters Staff", not "By Lena H. Sun")."""
    parts = [
        piece
        for part in _NAME_BREAK.split(names.strip())
        for piece in _AUTHOR_THEN_OUTLET.split(_AUTHOR_IN_CAPITALS.sub(lambda author: author.group() + "(", part))
        if _folded(piece)
    ]
    if len(parts) > 1:
        return [_outlet(part) for part in parts[1:]]
    return [
        _outlet(part) if _AFTER_THE_NAME.search(part) else _Mention(_folded(part), part.lower().startswith("the "))
        for part in parts
    ]


def _notice_mentions(names: str) -> list[_Mention]:
    """The name of a copyright notice, before anything it goes on to say ("© 2026 Reuters. All rights reserved.")
    and without its company form or year ("ProPublica Inc.", "ProPublica 2026"); an organisation's where "The"
    opens it, as a byline's one name."""
    part = _NAME_BREAK.split(names.strip(), maxsplit=1)[0]
    name = _folded(_AFTER_THE_NAME.sub("", part))
    return [_Mention(name, organisation=part.lower().startswith("the "))] if name else []


def _publisher_mentions(blocks: Sequence[Block]) -> list[_Mention]:
    """Where the story names its publisher (see above): "ap" (a dateline), "associated press", "reuters" (the
    organisation after a byline's author)."""
    mentions: list[_Mention] = []
    for block in blocks:
        agency = _DATELINE_AGENCY.search(block.text, 0, _DESCRIPTION_REACH)
        if agency is not None:
            mentions.append(_Mention(_folded(agency.group("name")), organisation=True))
        if len(block.text.split(maxsplit=_LINE_WORDS)) <= _LINE_WORDS:  # a byline or a notice is a line of its own
            byline, notice = _BYLINE.match(block.text), _COPYRIGHT.match(block.text)
            mentions += _byline_mentions(byline.group("name")) if byline else []
            mentions += _notice_mentions(notice.group("name")) if notice else []
    return list(dict.fromkeys(mention for mention in mentions if mention.name))  # each once: a repeated notice


def _names_the_publisher(name: str, mentions: Sequence[_Mention]) -> bool:
    """Whether the organisation ``name`` is the one the story's dateline, byline or notice names, in full or by
    its initials ("AP" for "The Associated Press"). A whole name, not a word of one: "The Sun is a British tabloid
    newspaper" is not the publisher's in a story by Lena H. Sun, nor "News is ..." in one from Fox News."""
    folded = _folded(name)
    forms = {folded, _initials(folded)} - {""}
    return any(
        mention.name in forms or (mention.organisation and _initials(mention.name) == folded) for mention in mentions
    )


def _may_hold_note(block: Block) -> bool:
    """Whether ``block`` is a paragraph written (not said) that opens with a description or holds a note on the
    content: only those are split into sentences and read (the pattern took a fifth of a second for 20,000
    paragraphs when tried on all)."""
    if block.kind is not BlockKind.PARAGRAPH or block.spoken:
        return False
    text = block.text
    return (" is " in text[:_DESCRIPTION_REACH] and _SELF_DESCRIPTION.match(text) is not None) or (
        _SOLELY_RESPONSIBLE.search(text) is not None
    )


def _same_organisation(written: str, name: str) -> bool:
    """Whether the capitalised words ``written`` name the organisation ``name``: in full, by its initials, or
    spelt out where ``name`` is the initials ("The Associated Press" for "AP", "AP's" for "Associated Press")."""
    words, folded = f" {_folded(written)} ", _folded(name)
    initials = _initials(folded)
    return bool(folded) and (
        f" {folded} " in words or (initials and f" {initials} " in words) or _initials(_folded(written)) == folded
    )


def _names_one_of(text: str, names: Sequence[str]) -> bool:
    """Whether ``text`` names one of the organisations ``names``."""
    return any(_same_organisation(written.group(), name) for written in _CAPITALISED.finditer(text) for name in names)


def _note_names(text: str, mentions: Sequence[_Mention], short_paragraph: bool) -> list[str] | None:
    """For a sentence that is the publisher's description of itself or its note on the content, the names it
    gives the publisher ([] for a note of a short paragraph with no name first); None for another sentence."""
    if _REPORTS.search(text):
        return None  # "RT is a news network that reported 10,000 US troops ...": the report is a statement
    description = _SELF_DESCRIPTION.match(text)
    if description is not None and _names_the_publisher(description.group("name"), mentions):
        return [description.group("name")]
    note = _NOTE.match(text)
    if note is not None and _names_the_publisher(note.group("name"), mentions):
        return [note.group("name")]
    if short_paragraph and _SOLELY_RESPONSIBLE.search(text):
        return [note.group("name")] if note is not None else []  # said of the publisher, whatever it is named
    return None


def _publisher_spans(block: Block, mentions: Sequence[_Mention]) -> tuple[tuple[int, int], ...]:
    """The spans of the sentences of ``block`` that are the publisher's (see above)."""
    from .sentences import sentence_spans  # the splitter is loaded only for a paragraph that may hold a note

    spans = sentence_spans(block)
    short = len(block.text.split(maxsplit=_SHORT_PARAGRAPH_WORDS)) <= _SHORT_PARAGRAPH_WORDS
    names_of = [_note_names(block.text[start:end], mentions, short) for start, end in spans]
    # each name once: a paragraph repeating "AP is solely responsible ..." would check each sentence against all
    names = list({_folded(name): name for found in names_of if found for name in found}.values())
    return tuple(
        span
        for span, found in zip(spans, names_of, strict=True)
        if found is not None
        or (
            names
            and not _REPORTS.search(block.text[span[0] : span[1]])
            and _names_one_of(block.text[span[0] : span[1]], names)
        )
    )


def publisher_notes(blocks: list[Block]) -> list[Block]:
    """The blocks, with the sentences in which the publisher describes itself noted in ``publisher_spans`` (see
    above)."""
    holding = [_may_hold_note(block) for block in blocks]
    if not any(holding):
        return blocks
    mentions = _publisher_mentions(blocks)
    read: list[Block] = []
    for block, may_hold in zip(blocks, holding, strict=True):
        spans = _publisher_spans(block, mentions) if may_hold else ()
        read.append(replace(block, publisher_spans=spans) if spans else block)
    return read
