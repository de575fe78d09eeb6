"""A publisher's description of itself, at the end of its stories: boilerplate, not the story's claims.

A wire story or a nonprofit newsroom's article ends with a paragraph on who published it: "The Associated
Press is an independent global news organization dedicated to factual reporting. Founded in 1846, AP today
remains the most trusted source of fast, accurate, unbiased news ...", "ProPublica is an independent,
nonprofit newsroom that produces investigative journalism ...", and a note on its funding ("AP is solely
responsible for all content.").  Each sentence of it was a claim to research ("names an actor (Associated)",
"has a number (1846); names an actor (AP); comparison (most)").

A paragraph that opens with a news organisation's description of itself (its name, "is a", "an" or "the", a
few words, and what it is: a newsroom, a news organization, agency or service, a newspaper ...) is the
publisher's (``BlockKind.PUBLISHER``) where it speaks of the publisher: where its name is the one the story's
dateline, byline or copyright notice gives ("(AP) —", "By The Associated Press", "© 2026 Reuters"), or where it
closes the story (no paragraph of more than a line follows it).  In the middle of a story about the news
("RT is a Russian state-funded news network, the report found. ...") such a sentence is a statement to check.
A note that the publisher alone is responsible for its content is the publisher's wherever it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

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
_SOLELY_RESPONSIBLE = re.compile(
    r"\b(?:is|are|remains?)[ \t]+solely[ \t]+responsible[ \t]+for[ \t]+(?:all|the|this|its|our)[ \t]+content\b"
)
#: where a story names its publisher: a wire dateline's agency ("WASHINGTON (AP) —"), a byline ("By The Associated
#: Press", "Jane Doe, Reuters") and a copyright notice ("© 2026 The Associated Press", "Copyright 2026 CNN")
_DATELINE_AGENCY = re.compile(r"\((?P<name>[A-Z][\w.&'’ ]{0,30})\)[ \t]*[-—–]")
_BYLINE = re.compile(r"[\W_]*By[ \t]+(?P<name>.{1,80})\Z", re.DOTALL)
_COPYRIGHT = re.compile(r"[\W_]*(?:©|\([cC]\)|(?i:copyright))[ \t]*(?:©[ \t]*)?(?:\d{4}[ \t]*)?(?P<name>.{1,80})")
#: a line of a page's furniture after a story ("Purchase Licensing Rights", "© 2026 Reuters"): this many words at most
_LINE_WORDS = 12
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


def _publisher_mentions(blocks: Sequence[Block]) -> list[str]:
    """Where the story names its publisher (see above), folded: "ap", "associated press", "jane doe reuters"."""
    mentions: list[str] = []
    for block in blocks:
        found = [_DATELINE_AGENCY.search(block.text, 0, _DESCRIPTION_REACH)]
        if len(block.text.split(maxsplit=_LINE_WORDS)) <= _LINE_WORDS:  # a byline or a notice is a line of its own
            found += [_BYLINE.match(block.text), _COPYRIGHT.match(block.text)]
        mentions += [_folded(name.group("name")) for name in found if name]
    return mentions


def _names_the_publisher(name: str, mentions: Sequence[str]) -> bool:
    """Whether the organisation ``name`` is the one the story's dateline, byline or notice names, in full or by
    its initials ("AP" for "The Associated Press")."""
    folded = _folded(name)
    forms = {folded, _initials(folded)} - {""}
    for mention in mentions:
        words = f" {mention} "
        if any(f" {form} " in words for form in forms) or (mention and _initials(mention) == folded):
            return True
    return False


def _closing(blocks: Sequence[Block]) -> list[bool]:
    """For each block, whether no block after it is more than a line of the page's furniture ("Purchase Licensing
    Rights", "© 2026 Reuters") or a note on the publisher's funding: whether it closes the story.  Another
    organisation's description is no furniture: "RT is a Russian state-funded news network ..." closing the story
    before its publisher's own description is the story's."""
    closing = [True] * len(blocks)
    for index in range(len(blocks) - 2, -1, -1):  # read once, from the end
        after = blocks[index + 1].text
        furniture = len(after.split()) <= _LINE_WORDS or _SOLELY_RESPONSIBLE.search(after) is not None
        closing[index] = closing[index + 1] and furniture
    return closing


def _may_describe(block: Block) -> bool:
    """Whether ``block`` is written (not said) and has an "is" near its start, which a description needs: the
    pattern is tried on those only (it took a fifth of a second for 20,000 paragraphs)."""
    return not block.spoken and " is " in block.text[:_DESCRIPTION_REACH]


def publisher_notes(blocks: list[Block]) -> list[Block]:
    """The blocks, with the paragraphs in which the publisher describes itself marked ``BlockKind.PUBLISHER`` (see
    above)."""
    described = [
        _SELF_DESCRIPTION.match(block.text) if block.kind is BlockKind.PARAGRAPH and _may_describe(block) else None
        for block in blocks
    ]
    if not any(described) and not any(_SOLELY_RESPONSIBLE.search(block.text) for block in blocks):
        return blocks
    mentions = _publisher_mentions(blocks)
    closing = _closing(blocks)
    read: list[Block] = []
    for block, description, closes in zip(blocks, described, closing, strict=True):
        if block.kind is BlockKind.PARAGRAPH and (
            (description is not None and (closes or _names_the_publisher(description.group("name"), mentions)))
            or _SOLELY_RESPONSIBLE.search(block.text)
        ):
            block = replace(block, kind=BlockKind.PUBLISHER)
        read.append(block)
    return read
