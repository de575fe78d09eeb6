"""The claim model: verdicts, sources, claims and the knowledge base that holds them.

Plain frozen dataclasses; reading them from YAML (with positions and validation) lives in
``validation.py``, and turning them back into plain dicts (for JSON) lives here so that every
output format uses the same field names as the YAML file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from .errors import count_of, quoted
from .lazyregex import LazyPattern
from .months import ENGLISH_MONTHS

if TYPE_CHECKING:
    import datetime  # imported where a date is converted (_written_date): ``import factcheck`` stays light

#: the keys a claims file has, by the mapping that holds them (validation checks them; the YAML reader's
#: hints name only these, as a URL's 'https:' is no key)
CLAIM_KEYS = (
    "id",
    "claim",
    "verdict",
    "summary",
    "aliases",
    "tags",
    "claimant",
    "checked",
    "original_rating",
    "sources",
)
SOURCE_KEYS = ("url", "title", "publisher", "date", "quote", "note")
TOP_KEYS = ("claims", "publisher", "language", "base_url")
PUBLISHER_KEYS = ("name", "url")


class Verdict(StrEnum):
    """The verdict scale, ordered from true to false, then 'no evidence either way' (``list(Verdict)``).

    A verdict is text (``Verdict.FALSE == "false"``), compared as text: ``sorted()`` orders verdicts by name;
    on the scale with ``key=lambda verdict: verdict.rank``.  Not ordered by rank itself: a verdict equal to its
    text, yet ordered otherwise than it, would sort a list of both (a file's values, a script's) in no order."""

    TRUE = "true"
    MOSTLY_TRUE = "mostly-true"
    MIXED = "mixed"
    MISLEADING = "misleading"
    MOSTLY_FALSE = "mostly-false"
    FALSE = "false"
    UNSUPPORTED = "unsupported"

    def __str__(self) -> str:
        return self.value

    @property
    def rank(self) -> int:
        """Position on the scale: 0 for ``true`` ... 6 for ``unsupported``."""
        return list(Verdict).index(self)


VERDICTS: tuple[str, ...] = tuple(v.value for v in Verdict)


def as_choice(text: str) -> str:
    """A choice as people type it, spelt as the scale (and the options' choices) spell theirs:
    "Mostly True", "mostly_true", " MOSTLY  TRUE " -> "mostly-true"."""
    return "-".join(text.replace("_", " ").split()).casefold()


ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_LENGTH = 80
# [0-9], not \d: \d also matches other scripts' digits ("２０２０"), which int() reads but no date reader does
DATE_PATTERN = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
#: the note of a source that is where the claim was made, not evidence for the verdict (as ``import``
#: notes a ClaimReview's ``appearance`` and ``firstAppearance``, and ``export`` writes them back there)
APPEARANCE_NOTE = "where the claim appeared"
FIRST_APPEARANCE_NOTE = "where the claim first appeared"
APPEARANCE_NOTES = (APPEARANCE_NOTE, FIRST_APPEARANCE_NOTE)


def appearance_note(note: str | None) -> str | None:
    """``APPEARANCE_NOTE`` or ``FIRST_APPEARANCE_NOTE`` when ``note`` is one, written by hand or not
    ("Where the claim appeared."), else None.  Case, the spaces around and a final full stop aside,
    and no more: "where the claim appeared, says the post" is a note of its own, not this one."""
    if note is None:
        return None
    said = note.strip().removesuffix(".").casefold()
    return next((known for known in APPEARANCE_NOTES if said == known), None)


#: why ``list --unsupported`` lists a claim whose sources are all places where it appeared
ONLY_APPEARANCES = "no evidence: its sources are where the claim appeared"


if TYPE_CHECKING:

    class DateField:
        """The type of a date field (``Claim.checked``, ``Source.date``) for type checkers only, which read a
        dataclass field typed by a descriptor as its ``__set__`` and ``__get__`` say: given as text, a
        ``datetime.date`` or None (``Claim(..., checked=datetime.date(2025, 1, 2))``, as a spreadsheet or pandas
        gives a date), read as text or None, the date as the claims file writes it ("2025-01-02").  Annotated
        ``str | None``, the call with a ``datetime.date`` that the library takes was refused by mypy and pyright.

        At run time the field is annotated ``str | None`` and is a plain attribute (the class bodies say
        ``if TYPE_CHECKING``): ``typing.get_type_hints``, ``inspect.signature``, pydantic and hypothesis see the
        type a claim holds, and a claim is as quick to build and read as without it (a descriptor's calls took
        building a claim from 13 to 19 µs); ``__post_init__`` turns a date given into its text
        (``_written_date``), and refuses what is none."""

        @overload
        def __get__(self, instance: None, owner: type) -> None: ...
        @overload
        def __get__(self, instance: object, owner: type) -> str | None: ...
        def __get__(self, instance: object | None, owner: type) -> str | None: ...
        def __set__(self, instance: object, value: str | datetime.date | None) -> None: ...

    _Item = TypeVar("_Item")

    class ItemsField(Generic[_Item]):
        """The type of a field holding several values (``Claim.aliases``, ``.tags``, ``.sources``; the required
        ``KnowledgeBase.claims`` has its ``__init__`` declared instead) for type checkers only, as ``DateField``
        is: given as a list or a tuple, read as a tuple (``__post_init__`` makes one: ``_as_tuple``).  Annotated
        ``tuple[...]``, the list a script builds (``KnowledgeBase([Claim(...)])``, ``tags=["border"]``), which the
        library takes, was refused by mypy --strict and pyright ("list[Claim]" is not "tuple[Claim, ...]").  A
        text is refused, as at run time: it is a sequence of its letters, no list of tags."""

        def __get__(self, instance: object | None, owner: type) -> tuple[_Item, ...]: ...
        def __set__(self, instance: object, value: list[_Item] | tuple[_Item, ...]) -> None: ...


@dataclass(frozen=True)
class Source:
    """Where a claim's verdict comes from: a URL, and what the claims file says of it."""

    url: str
    title: str | None = None
    publisher: str | None = None
    #: ISO 8601, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD; a ``datetime.date`` given is kept so
    #: written ("2025-01-02": ``_written_date``): read as ``str | None`` (``DateField``, for type checkers)
    if TYPE_CHECKING:
        date: DateField = None  # type: ignore[assignment]  # shown as "= None" in a signature
    else:
        date: str | None = None
    quote: str | None = None  # the supporting sentence, copied exactly
    note: str | None = None

    def __post_init__(self) -> None:
        optional = (self.title, self.publisher, self.date, self.quote, self.note)
        if type(self.url) is str and all(value is None or type(value) is str for value in optional):
            return  # the common case, in one expression (see ``_well_typed``)
        object.__setattr__(self, "date", _written_date(self, "date", self.date))
        _check_text(self, "url", self.url, required=True)
        for name in ("title", "publisher", "date", "quote", "note"):
            _check_text(self, name, getattr(self, name))

    @property
    def is_appearance(self) -> bool:
        """Whether this is where the claim was made (its note says so), not evidence for the verdict:
        a page that spread a claim supports nothing, and its date is often unknown."""
        return appearance_note(self.note) is not None

    def to_dict(self) -> dict[str, Any]:
        """The source as the YAML file spells it (empty fields left out), as in ``Claim.to_dict``."""
        return _without_empty(
            {
                "url": self.url,
                "title": self.title,
                "publisher": self.publisher,
                "date": self.date,
                "quote": self.quote,
                "note": self.note,
            }
        )


@dataclass(frozen=True)
class Claim:
    """One fact-checked claim: an entry of a claims file (``to_dict`` gives its fields as written there)."""

    id: str
    claim: str
    verdict: Verdict
    summary: str | None = None
    # a list or tuple of text, read as a tuple (``ItemsField``, for type checkers)
    if TYPE_CHECKING:
        aliases: ItemsField[str] = ()  # type: ignore[assignment]  # shown as "= ()" in a signature
        tags: ItemsField[str] = ()  # type: ignore[assignment]
    else:
        aliases: tuple[str, ...] = ()
        tags: tuple[str, ...] = ()
    claimant: str | None = None
    #: ISO date of the verdict (YYYY-MM-DD, YYYY-MM or YYYY); a ``datetime.date`` given is kept so written
    #: ("2025-01-02": ``_written_date``): read as ``str | None`` (``DateField``, for type checkers)
    if TYPE_CHECKING:
        checked: DateField = None  # type: ignore[assignment]  # shown as "= None" in a signature
    else:
        checked: str | None = None
    original_rating: str | None = None  # a publisher's own wording of the verdict, when imported
    if TYPE_CHECKING:
        sources: ItemsField[Source] = ()  # type: ignore[assignment]  # a list or tuple, read as a tuple
    else:
        sources: tuple[Source, ...] = ()

    def __post_init__(self) -> None:
        if _well_typed(self):
            return  # as read from a file or the cache: nothing to convert (the checks below, field by field, cost more)
        # From Python, Claim(..., verdict="false") is the natural spelling: take the verdict's name,
        # and refuse one off the scale here rather than deep inside a later write.
        if not isinstance(self.verdict, Verdict):
            try:
                object.__setattr__(self, "verdict", Verdict(self.verdict))
            except ValueError:
                raise ValueError(
                    f"verdict {quoted(self.verdict)} is not one of {', '.join(VERDICTS)}{_meant(self.verdict)}"
                ) from None
        # Other types are refused here too, with the field's name: a claim of None failed deep inside
        # matching or a write (AttributeError), and aliases="one alias" became one alias per letter.
        object.__setattr__(self, "checked", _written_date(self, "checked", self.checked))
        _check_text(self, "id", self.id, required=True)
        _check_text(self, "claim", self.claim, required=True)
        for name in ("summary", "claimant", "checked", "original_rating"):
            _check_text(self, name, getattr(self, name))
        for name, kind in (("aliases", str), ("tags", str), ("sources", Source)):
            object.__setattr__(self, name, _as_tuple(self, name, getattr(self, name), kind))

    @property
    def is_unsupported(self) -> bool:
        """Listed as unsupported: the verdict says so, or nothing backs the verdict (no source, or only
        the places where the claim appeared).  Another publisher's fact-check the claim was imported
        from backs it: that page gives the verdict and its evidence."""
        return self.verdict is Verdict.UNSUPPORTED or not self.has_evidence

    @property
    def has_evidence(self) -> bool:
        """Whether a source of the claim is more than a place where the claim appeared."""
        return any(not source.is_appearance for source in self.sources)

    @property
    def unsupported_reasons(self) -> list[str]:
        """Why the claim is unsupported (``is_unsupported``): "verdict is unsupported", "no sources", or
        "no evidence: its sources are where the claim appeared"; empty for a supported claim."""
        reasons: list[str] = []
        if self.verdict is Verdict.UNSUPPORTED:
            reasons.append("verdict is unsupported")
        if not self.sources:
            reasons.append("no sources")
        elif not self.has_evidence:
            reasons.append(ONLY_APPEARANCES)
        return reasons

    def to_dict(self) -> dict[str, Any]:
        """The claim as the YAML file spells it (empty fields left out)."""
        return _without_empty(
            {
                "id": self.id,
                "claim": self.claim,
                "verdict": self.verdict.value,
                "summary": self.summary,
                "aliases": list(self.aliases),
                "tags": list(self.tags),
                "claimant": self.claimant,
                "checked": self.checked,
                "original_rating": self.original_rating,
                "sources": [s.to_dict() for s in self.sources],
            }
        )


#: the longest verdict off the scale whose meaning a message guesses (a publisher's rating is a few words; a cell
#: of a spreadsheet's wrong column may be a page, and the guess, by spelling, took 0.65 s for one of 600 KB)
_GUESSED_VERDICT_CHARS = 200


def _meant(verdict: object) -> str:
    """What a verdict off the scale most likely means, as the claims file's check says it ("; did you mean
    'false'?", for "FALSE" from a spreadsheet's cell, "Half true", "flase"), or nothing."""
    if not isinstance(verdict, str) or len(verdict) > _GUESSED_VERDICT_CHARS:
        return ""
    from .choices import did_you_mean, meant_choices, publishers_rating  # only when refused: it imports this module

    meant = meant_choices(verdict, VERDICTS, publishers_rating)
    return f"; {did_you_mean(meant)}" if meant else ""


def _well_typed(claim: Claim) -> bool:
    """Is every field of ``claim`` already what ``Claim.__post_init__`` would make it (a Verdict, text, tuples of
    text and of Source)?  One expression, so that the common case costs little: reading a 10,000-claim file back
    from the cache builds 10,000 claims."""
    return (
        type(claim.verdict) is Verdict
        and type(claim.id) is str
        and type(claim.claim) is str
        and (claim.summary is None or type(claim.summary) is str)
        and (claim.claimant is None or type(claim.claimant) is str)
        and (claim.checked is None or type(claim.checked) is str)
        and (claim.original_rating is None or type(claim.original_rating) is str)
        and type(claim.aliases) is tuple
        and type(claim.tags) is tuple
        and type(claim.sources) is tuple
        and all(type(alias) is str for alias in claim.aliases)
        and all(type(tag) is str for tag in claim.tags)
        and all(type(source) is Source for source in claim.sources)
    )


#: how much of a claim's text or alias the checks after the ranking read (polarity, the substitution check, the
#: differences shown): a claim is a sentence or two (the longest of CheckThat!'s 10,375 is 668 characters, of the
#: starter file 133), and these checks compare it with a statement of a few words.  A 5 MB claim text made `add`
#: beside it take 116 s and 1.05 GB; the ranking still reads the whole text.
MAX_COMPARED_CHARS = 10_000


#: where a sentence ends: a full stop, "!" or "?" before a space (or another blank), or a line break
_SENTENCE_END = LazyPattern(r"[.!?](?=\s)|\n")


def compared_text(text: str) -> str:
    """``text``, or its first ``MAX_COMPARED_CHARS`` characters when longer, cut after the last sentence end among
    them (``_SENTENCE_END``), else after the last space (at the limit when there is none: a run of letters pasted as
    a claim).  Cut at a space, a clause broken at the limit reads as another: "... There are no more than 10,000 US
    troops in Mexico." cut to "... There are no more" denies (review37b).  Only a sentence end in the second half
    of them: an early one ("Note. There are no US troops in Mexico, according to ..." with no other) left a word
    or two of the claim to read (review38a)."""
    if len(text) <= MAX_COMPARED_CHARS:
        return text
    # the limit's character and the one after it, for a sentence end (or line break) just at the limit
    head = text[: MAX_COMPARED_CHARS + 1]
    sentence_end = max(
        (match.end() if match[0] != "\n" else match.start() for match in _SENTENCE_END.finditer(head)), default=0
    )
    if MAX_COMPARED_CHARS // 2 <= sentence_end <= MAX_COMPARED_CHARS and text[:sentence_end].strip():
        return text[:sentence_end]
    cut = text.rfind(" ", 0, MAX_COMPARED_CHARS + 1)
    return text[: cut if cut > 0 else MAX_COMPARED_CHARS]


def compared_claim(claim: Claim) -> Claim:
    """``claim`` as the checks after the ranking read it: its text and aliases cut by ``compared_text``; the claim
    itself when none is longer than ``MAX_COMPARED_CHARS`` (every claim of a real file)."""
    if all(len(text) <= MAX_COMPARED_CHARS for text in (claim.claim, *claim.aliases)):
        return claim
    aliases = tuple(compared_text(alias) for alias in claim.aliases)
    return replace(claim, claim=compared_text(claim.claim), aliases=aliases)


@dataclass(frozen=True)
class Publisher:
    """Who publishes the fact-checks of a knowledge base (used by ClaimReview export)."""

    name: str
    url: str | None = None


@dataclass(frozen=True, repr=False)  # its own __repr__, below
class KnowledgeBase:
    """The claims of a claims file (``load_knowledge_base``) and its top-level settings; ``get(id)`` finds one.

    It is a collection of its claims, in the file's order: ``for claim in kb``, ``len(kb)``, ``list(kb)``
    (``kb.claims`` is the same claims, as a tuple), and ``"claim-id" in kb`` (an id; a ``Claim`` is in it
    when the claim of its id is that claim)."""

    # no default: ``KnowledgeBase(path="claims.yaml")`` was an empty knowledge base, silently (a file is read by
    # ``load_knowledge_base``); ``KnowledgeBase(())`` is an empty one
    if TYPE_CHECKING:
        # a list or tuple of claims, read as a tuple (``ItemsField``), in ``dataclasses.replace(kb, claims=[...])``
        # too, which mypy read from the field's type ("expected tuple[Claim, ...]"); mypy reads a descriptor's
        # ``__set__`` only of a field with a default, which the field has for type checkers alone: the ``__init__``
        # below, without one, is what they check a call against
        claims: ItemsField[Claim] = ()  # type: ignore[assignment]
    else:
        claims: tuple[Claim, ...]
    path: str = "<memory>"
    publisher: Publisher | None = None
    language: str | None = None
    base_url: str | None = None
    # Where each claim starts in the file, by id, for messages; not part of the content.
    positions: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False, repr=False)

    if TYPE_CHECKING:
        # the claims given as a list or a tuple (read as a tuple: ``__post_init__``), for type checkers only, as
        # ``ItemsField`` is for a claim's; required, as at run time: the field's default above is for type checkers
        # only, hence this signature, the dataclass's own (tests/test_library_notebook.py checks it)
        def __init__(
            self,
            claims: list[Claim] | tuple[Claim, ...],
            path: str = "<memory>",
            publisher: Publisher | None = None,
            language: str | None = None,
            base_url: str | None = None,
            positions: dict[str, tuple[int, int]] = ...,
        ) -> None: ...

    def __post_init__(self) -> None:
        if isinstance(self.claims, KnowledgeBase):
            # it iterates over its claims, but taking them would drop its path, publisher, language and base_url
            raise TypeError(
                "KnowledgeBase.claims must be a list or tuple of Claim, not KnowledgeBase (a copy with other "
                "settings: dataclasses.replace(kb, language=...); its claims alone: list(kb))"
            )
        # KnowledgeBase(claims=["..."]) failed later, deep inside matching (AttributeError)
        object.__setattr__(self, "claims", _as_tuple(self, "claims", self.claims, Claim))
        check_ids(self.claims, "KnowledgeBase.claims")

    def __repr__(self) -> str:
        """The settings, and the claims by their number and first ids: the dataclass's own repr, which a notebook
        shows for a cell ending in ``kb``, held every claim whole (88 KB for the 42 claims of the starter file,
        3.4 MB for the 10,375 of CheckThat!).  ``kb.claims`` shows them."""
        # an id of a file is at most MAX_ID_LENGTH characters; one built in memory may be any text
        ids = ", ".join(quoted(claim.id, MAX_ID_LENGTH) for claim in self.claims[:SHOWN_IDS])
        more = ", ..." if len(self.claims) > SHOWN_IDS else ""
        claims = f"<{count_of(len(self.claims), 'claim')}: {ids}{more}>" if self.claims else "()"
        # each field of the publisher cut alone: the 60 characters of quoted() cut a whole Publisher's repr,
        # an ordinary one (AFP Factuel's name and URL) in the middle of its URL
        publisher = (
            f"Publisher(name={quoted(self.publisher.name)}, url={quoted(self.publisher.url)})"
            if isinstance(self.publisher, Publisher)
            else quoted(self.publisher)
        )
        return (
            f"{type(self).__name__}(path={self.path!r}, claims={claims}, publisher={publisher}, "
            f"language={self.language!r}, base_url={quoted(self.base_url)})"
        )

    def __len__(self) -> int:
        """The number of claims."""
        return len(self.claims)

    def __iter__(self) -> Iterator[Claim]:
        """The claims, in the file's order (``kb.claims``)."""
        return iter(self.claims)

    def __contains__(self, item: object) -> bool:
        """Whether ``item``, a claim's id, is one of the claims' ids; a ``Claim``, whether it is one of the
        claims (the claim of its id, every field the same).  False for anything else, as a claim's text: the
        ids are what ``get`` takes."""
        if isinstance(item, str):
            return item in self._by_id()
        if isinstance(item, Claim):
            return self._by_id().get(item.id) == item  # an id is one claim's (``check_ids``)
        return False

    def get(self, claim_id: str) -> Claim | None:
        """The claim with id ``claim_id``, or None when the knowledge base has none."""
        return self._by_id().get(claim_id)

    def _by_id(self) -> dict[str, Claim]:
        cached: dict[str, Claim] | None = self.__dict__.get("_by_id_cache")
        if cached is None:
            cached = {c.id: c for c in self.claims}
            object.__setattr__(self, "_by_id_cache", cached)
        return cached

    def ids(self) -> list[str]:
        """The claims' ids, in the file's order."""
        return [c.id for c in self.claims]


#: the ids a ``KnowledgeBase``'s repr shows
SHOWN_IDS = 3
#: the problems of ids a ``check_ids`` message names one by one (then a count): fewer than a file's
#: (``errors.SHOWN_PROBLEMS``), as they are the lines of one exception's message, not a list printed one a line
SHOWN_ID_PROBLEMS = 10


def check_ids(claims: tuple[Claim, ...], owner: str) -> None:
    """A ``ValueError`` naming each claim of ``claims`` whose id is empty or used by an earlier claim, worded as
    ``validate`` words the same problem in a file without lines ("duplicate id 'a' in claim #2 (first used by
    claim #1): ...", "claim #3 id is empty"); ``owner`` opens the message ("KnowledgeBase.claims").

    A knowledge base built in memory (from a spreadsheet's rows) with an id twice was taken, and failed only when
    written (``add_claims``: "there is already a claim with id ..."), or never: ``get`` and ``in`` answered with
    the last claim of the id, an export wrote both, which its import then refused, and a matcher's ``exclude``
    and ``scan``'s reading of each claim key on ids.  A ``Claim`` alone may have an empty id (an import reads
    other publishers' fact-checks so, before it gives each an id): only a collection of claims needs them."""
    first: dict[str, int] = {}
    problems: list[str] = []
    for index, claim in enumerate(claims):
        if not claim.id.strip():
            problems.append(f"claim #{index + 1} id is empty")
            continue
        earlier = first.setdefault(claim.id, index)
        if earlier != index:
            where = f"in claim #{index + 1} (first used by claim #{earlier + 1})"
            problems.append(f"duplicate id {quoted(claim.id)} {where}: {repeated_claim_fix(claims[earlier], claim)}")
    if not problems:
        return
    if len(problems) == 1:
        raise ValueError(f"{owner}: {problems[0]}")
    shown = problems[:SHOWN_ID_PROBLEMS]
    more = [f"and {count_of(len(problems) - len(shown), 'more problem')}"] if len(problems) > len(shown) else []
    raise ValueError("\n".join([f"{owner} has {count_of(len(problems), 'problem')}:", *shown, *more]))


def repeated_claim_fix(first: Claim, again: Claim) -> str:
    """What to do about a claim whose id an earlier one has, as ``validate`` says it of a file's entries (and an
    import of a record of factcheck's own whose id an earlier record has)."""
    same_claim = " ".join(first.claim.split()).casefold() == " ".join(again.claim.split()).casefold()
    return duplicate_id_fix(same_entry=first == again, same_claim=same_claim)


def duplicate_id_fix(*, same_entry: bool, same_claim: bool) -> str:
    """What to do about a second entry with an id already used, the one wording of ``validate`` (a file's entries:
    ``validation._duplicate_fix``) and of claims built in memory (``check_ids``).  A claim pasted twice, or a row
    read twice, is the same entry again, to delete; the same claim with other values (one side of a merge changed
    its verdict or summary) is two versions of it, to make one of (another id would keep both, each with its own
    verdict: one claim checked twice); two claims given one id (two people adding the same story) need another id
    for one of them."""
    if same_entry:
        return "this entry is the same claim again; delete one of them"
    if same_claim:
        return "this entry is the same claim with other values; keep one of the two, with what it should say"
    return "give one of the two claims another id"


def claims_of(kb: KnowledgeBase | Iterable[Claim], taker: str) -> tuple[Claim, ...]:
    """The claims of a knowledge base, or the claims given (a list, a tuple, ``kb.claims``); a TypeError
    naming ``taker`` (the function given them) and what was given for anything else (a file name was read
    as a sequence of one-letter claims, and failed on the first)."""
    if isinstance(kb, KnowledgeBase):
        return kb.claims
    claims = tuple(kb) if isinstance(kb, Iterable) and not isinstance(kb, (str, bytes, Mapping)) else None
    if claims is None or not all(isinstance(claim, Claim) for claim in claims):
        if claims is not None:
            given = f"a {type(kb).__name__} holding {shown_value(next(c for c in claims if not isinstance(c, Claim)))}"
        elif isinstance(kb, (str, bytes, PurePath)):
            given = shown_value(kb)  # "str 'claims.yaml'", "PosixPath('claims.yaml')": a file's name, not its claims
        elif isinstance(kb, Claim):
            given = "a Claim (give it in a list: [claim])"
        elif isinstance(kb, Mapping) and kb and all(isinstance(claim, Claim) for claim in kb.values()):
            given = f"a {type(kb).__name__} of Claim (give its .values())"
        else:
            given = shown_value(kb)
        raise TypeError(
            f"{taker} takes a KnowledgeBase (load_knowledge_base(path)) or a sequence of Claim, not {given}"
        )
    check_ids(claims, f"the claims given to {taker}")  # a knowledge base's are checked when it is built
    return claims


def shown_value(value: object) -> str:
    """``value`` as a message about a wrong argument names it: None, "PosixPath('a.yaml')" (its ``repr``
    names its type), "dict {'id': 'a'}" (it does not), cut to 60 characters."""
    if value is None:
        return "None"
    shown = repr(value)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return shown if shown.startswith(type(value).__name__) else f"{type(value).__name__} {shown}"


#: the fields that hold a date, by the class that has them: each takes a ``datetime.date`` too (``_written_date``)
_DATE_FIELDS = frozenset((("Claim", "checked"), ("Source", "date")))


def _check_text(owner: object, name: str, value: object, *, required: bool = False) -> None:
    if isinstance(value, str) or (value is None and not required):
        return
    where = f"{type(owner).__name__}.{name}"
    # NaN (and NaT, in a date field), what pandas reads an empty cell as, is not equal to itself
    missing = isinstance(value, float) and value != value
    if (type(owner).__name__, name) in _DATE_FIELDS:
        import datetime

        missing = missing or (isinstance(value, datetime.date) and value != value)
        expected = "text (str), a datetime.date or None"
    else:
        expected = "text (str)" if required else "text (str) or None"
    missing_hint = ""
    if missing:
        missing_hint = " (a missing value: this field needs text)" if required else " (a missing value: give None)"
    raise TypeError(f"{where} must be {expected}, not {_shown(value)}{missing_hint}")


def _written_date(owner: object, name: str, value: object) -> object:
    """``value`` as the claims file writes a date when it is a ``datetime.date`` ("2025-01-02"), else as it is
    (text, None, or what ``_check_text`` refuses): a spreadsheet's or pandas' reader gives dates as such.

    A ``datetime`` (a pandas ``Timestamp`` is one) is taken only at midnight with no time zone, as those readers
    give a date column or cell; one with a time of day or a zone is refused (ValueError, naming the field): the
    file keeps a day, and which day an instant is depends on the zone it is read in (midnight UTC is the evening
    before in New York), which only the caller knows.  NaT, pandas' missing date, is left to ``_check_text``."""
    if value is None or isinstance(value, str):
        return value
    import datetime

    if not isinstance(value, datetime.date) or value != value:  # NaT, pandas' missing date, is not itself
        return value
    if isinstance(value, datetime.datetime):
        at_midnight = value.time() == datetime.time() and not getattr(value, "nanosecond", 0)
        if value.tzinfo is not None or not at_midnight:
            zone = " with a time zone" if value.tzinfo is not None else ""
            raise ValueError(
                f"{type(owner).__name__}.{name} must be a date, not a date and time{zone} ({value!r}); give the day "
                f'alone: "{value.date().isoformat()}" (its .date()), if that is the day meant'
            )
        value = value.date()
    return value.isoformat()


def _as_tuple(owner: object, name: str, values: object, kind: type) -> tuple[Any, ...]:
    """``values`` (a list, tuple or other iterable of ``kind``) as a tuple; TypeError for anything else."""
    what = "text (str)" if kind is str else kind.__name__
    if isinstance(values, tuple) and all(isinstance(v, kind) for v in values):
        return values
    if not isinstance(values, (str, bytes, Mapping)) and isinstance(values, Iterable):
        items = tuple(values)
        wrong = [v for v in items if not isinstance(v, kind)]
        if not wrong:
            return items
        # a row of a JSON file or a spreadsheet (claim.to_dict()'s shape, its sources as mappings too) given whole
        made = f" (give {kind.__name__}(**item) for each)" if kind is not str and isinstance(wrong[0], Mapping) else ""
        raise TypeError(f"{type(owner).__name__}.{name} must hold only {what}, not {_shown(wrong[0])}{made}")
    missing = isinstance(values, float) and values != values  # NaN: what pandas reads an empty cell as
    hint = " (a missing value: give ())" if missing else ""
    raise TypeError(f"{type(owner).__name__}.{name} must be a list or tuple of {what}, not {_shown(values)}{hint}")


def _shown(value: object) -> str:
    shown = repr(value)
    return f"{type(value).__name__} {shown if len(shown) <= 60 else shown[:57] + '...'}"


def _without_empty(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None and v != [] and v != ""}


#: what a date that ``is_valid_date`` refuses is not, as every message says it
NOT_A_DATE = "is not a real date written YYYY-MM-DD (or YYYY-MM, YYYY)"


#: a date typed by hand with its day and month (or month and day) first: "05/12/2026", "5.12.2026"
_DAY_MONTH_YEAR = LazyPattern(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")
_MONTHS = ENGLISH_MONTHS


#: a date written with its month's English name, as a newsroom writes it: "Dec. 5, 2026", "December 5, 2026",
#: "5 December 2026", "Sept. 30, 2025", "December 2026", and with the day's ordinal: "3rd March 2025",
#: "3rd of March 2025", "March 3rd, 2025"
_MONTH_NAMED_DATE = LazyPattern(
    r"(?:(?P<day_first>\d{1,2})(?i:st|nd|rd|th)? (?i:of )?(?P<month_after_day>[A-Za-z]+)\.?,? "
    r"|(?P<month_first>[A-Za-z]+)\.? (?P<day_after_month>\d{1,2})(?i:st|nd|rd|th)?,? "
    r"|(?P<month_alone>[A-Za-z]+)\.?,? )(?P<year>\d{4})"
)
#: a month's name, its three first letters and AP style's "Sept" (in any case) → its number
_MONTH_NUMBERS = {
    **{name.lower(): number for number, name in enumerate(_MONTHS, 1)},
    **{name[:3].lower(): number for number, name in enumerate(_MONTHS, 1)},
    "sept": 9,
}


def _month_named_date(value: str) -> str | None:
    """``value`` written YYYY-MM-DD (or YYYY-MM) when it is a real date written with its month's name, else
    None: "Dec. 5, 2026" is "2026-12-05", one reading only ("Dec 5, 2026" was only "not a real date")."""
    typed = _MONTH_NAMED_DATE.fullmatch(" ".join(value.split()))
    if typed is None:
        return None
    month = _MONTH_NUMBERS.get(
        (typed.group("month_after_day") or typed.group("month_first") or typed.group("month_alone")).lower()
    )
    day = typed.group("day_first") or typed.group("day_after_month")
    if month is None:
        return None
    written = f"{typed.group('year')}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    return written if is_valid_date(written) else None


#: a date and a time of day, as YAML reads a timestamp or a person writes one ("2025-02-28T10:00:00Z",
#: "2025-02-28T10", "2025-02-28 10:00", "2025-02-28 9am"), not two dates ("2025-02-28 2025-03-01")
_DATE_AND_TIME = LazyPattern(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[Tt][0-9]{1,2}(?![0-9])|\s*[Tt ]\s*[0-9]{1,2}(?::[0-9]{2}|\s*[ap]\.?m\b)).*",
    re.DOTALL | re.IGNORECASE,
)


def date_before_time(value: str) -> str | None:
    """The real date of a date written with a time of day after it ("2025-02-28T10:00:00Z": "2025-02-28"), else
    None.  The day is the one written, whatever the zone: a claim is dated by the day its checker wrote."""
    timed = _DATE_AND_TIME.fullmatch(value.strip())
    if timed is None or not is_valid_date(timed.group(1)):
        return None
    return timed.group(1)


#: a date written year first with a month or day of one digit: "2024-5", "2024-5-1", "2024-05-1"
_SHORT_MONTH_OR_DAY = LazyPattern(r"([0-9]{4})-([0-9]{1,2})(?:-([0-9]{1,2}))?")


def _padded(value: str) -> str | None:
    """``value`` with its one-digit month or day written with two ("2024-5" -> "2024-05"), when that is a real
    date, else None: the year first, the order is not in doubt as it is in "05/12/2026"."""
    typed = _SHORT_MONTH_OR_DAY.fullmatch(value.strip())
    if typed is None:
        return None
    padded = "-".join([typed.group(1)] + [f"{int(part):02d}" for part in typed.groups()[1:] if part is not None])
    return padded if padded != value.strip() and is_valid_date(padded) else None


#: a date written year first with another separator than '-', or none: "2025/11/01", "2025.11.01", "20251101"
#: (ISO 8601's basic format); the order is not in doubt, the year first
_YEAR_FIRST_OTHERWISE = LazyPattern(r"([0-9]{4})(?:([/.])([0-9]{1,2})\2([0-9]{1,2})|([0-9]{2})([0-9]{2}))")
#: a date written YYYY-MM-DD (or YYYY-MM), its month or day off the calendar: "2025-13-01", "2025-02-30", "2025-13"
_OFF_THE_CALENDAR = LazyPattern(r"([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?")


def _year_first_otherwise(value: str) -> str | None:
    """``value`` written YYYY-MM-DD when it is a real date written year first with '/' or '.' between its parts,
    or none ("2025/11/01", "20251101"), else None: each was only "not a real date"."""
    typed = _YEAR_FIRST_OTHERWISE.fullmatch(value.strip())
    if typed is None:
        return None
    year, month, day = typed.group(1), typed.group(3) or typed.group(5), typed.group(4) or typed.group(6)
    written = f"{year}-{int(month):02d}-{int(day):02d}"
    return written if is_valid_date(written) else None


def _off_the_calendar(value: str) -> str | None:
    """What is wrong with a date written YYYY-MM-DD (or YYYY-MM) whose month or day is none ("2025-13-01": 'there
    is no month 13', with the date it is read day first, "2025-01-13"; "2025-02-30": 'February 2025 has 28 days';
    "2025-12-00": 'there is no day 0'), else None."""
    import calendar

    typed = _OFF_THE_CALENDAR.fullmatch(value.strip())
    if typed is None or int(typed.group(1)) < 1000:
        return None
    year, month = int(typed.group(1)), int(typed.group(2))
    day = None if typed.group(3) is None else int(typed.group(3))
    if not 1 <= month <= 12:
        swapped = None if day is None else f"{year}-{day:02d}-{month:02d}"
        if swapped is not None and day is not None and is_valid_date(swapped):
            return f'there is no month {month}; write it as "{swapped}" if it is {month} {_MONTHS[day - 1]}'
        return f"there is no month {month}"
    if day == 0:
        return "there is no day 0"  # "December 2025 has 31 days" named no problem of its
    days = calendar.monthrange(year, month)[1]
    if day is not None and day > days:
        return f"{_MONTHS[month - 1]} {year} has {days} days"
    return None


def not_a_date(value: str) -> str:
    """``NOT_A_DATE``, with the fix when ``value`` is a date typed with its day and month first or its month
    and day ("05/12/2026" was only "not a real date written YYYY-MM-DD": which of 5 December or May 12 the
    writer meant is theirs to say, so each real reading is named), with its month's name, or with a month or
    day of one digit."""
    named_month = _month_named_date(value)
    if named_month is not None:
        return f'{NOT_A_DATE}; write it as "{named_month}"'
    padded = _padded(value) or _year_first_otherwise(value)
    if padded is not None:
        return f'{NOT_A_DATE}; write it as "{padded}"'
    off = _off_the_calendar(value)
    if off is not None:
        return f"{NOT_A_DATE}: {off}"
    typed = _DAY_MONTH_YEAR.fullmatch(value.strip())
    if typed is None:
        return NOT_A_DATE
    first, second, year = int(typed.group(1)), int(typed.group(3)), typed.group(4)
    readings = dict.fromkeys(f"{year}-{month:02d}-{day:02d}" for day, month in ((first, second), (second, first)))
    real = [reading for reading in readings if is_valid_date(reading)]
    if not real:
        return NOT_A_DATE
    named = [f'"{reading}" if it is {int(reading[8:])} {_MONTHS[int(reading[5:7]) - 1]}' for reading in real]
    return f"{NOT_A_DATE}; write it as " + (f'"{real[0]}"' if len(real) == 1 else ", or ".join(named))


def is_valid_date(value: str) -> bool:
    """True for a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD."""
    import datetime

    m = DATE_PATTERN.match(value)
    if not m:
        return False
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        datetime.date(year, int(month or 1), int(day or 1))
    except ValueError:
        return False
    return year >= 1000


#: words a shortened id does not end on
_SLUG_FILLERS = frozenset(
    "a an the and or but of to in on at by for from with as into than that which who is are was were be been "
    "has have had will would can could its their his her".split()
)


def slugify(text: str, max_length: int = 60) -> str:
    """A readable id from a claim's text: ``There are 10,000 US troops`` -> ``there-are-10000-us-troops``."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    folded = re.sub(r"(?<=\d)[,.](?=\d{3}\b)", "", folded)
    # an apostrophe inside a word joins it: "Eastvale's" is "eastvales", as "Eastvale’s" (whose curly
    # apostrophe the ASCII fold drops) already was, not "eastvale-s"
    folded = re.sub(r"(?<=[a-z])'(?=[a-z])", "", folded)
    words = re.findall(r"[a-z0-9]+", folded)
    kept: list[str] = []
    length = 0  # of "-".join(kept), counted as words are kept: joining them anew for each word was quadratic
    for word in words:
        length += len(word) + (1 if kept else 0)
        if length > max_length:
            # cut short: end on a word that carries meaning, not on "...-election-was-the"
            while len(kept) > 1 and kept[-1] in _SLUG_FILLERS:
                kept.pop()
            break
        kept.append(word)
    return "-".join(kept) or "claim"


def unique_id(base: str, taken: set[str] | frozenset[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... the first not ``taken`` (cut to stay within
    ``MAX_ID_LENGTH``): the id of a new claim made from its text."""
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: MAX_ID_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        number += 1


def _text(data: Mapping[str, Any], key: str, *, required: bool = False) -> str | None:
    value = data.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key!r} must be text")
    return value


def _texts(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    values = data.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError(f"{key!r} must be a list of text")
    return tuple(values)


#: the field names of a claim and of a source, once: ``fields()`` on every call took some 15 % of the time of
#: reading a 10,000-claim file back from the cache
_CLAIM_FIELDS = frozenset(f.name for f in fields(Claim))
_SOURCE_FIELDS = frozenset(f.name for f in fields(Source))


def claim_from_dict(data: Mapping[str, Any]) -> Claim:
    """The inverse of ``Claim.to_dict``, checking every type (the input may be a stale or tampered file).

    Raises ``ValueError`` on anything that is not a well-formed claim object; it does not
    re-run the claims file's validation rules (use the YAML reader for untrusted files)."""
    if not isinstance(data, Mapping):
        raise ValueError("a claim must be an object")
    unknown = set(data) - _CLAIM_FIELDS
    if unknown:
        raise ValueError(f"unknown fields {sorted(unknown)}")
    raw_sources = data.get("sources", [])
    if not isinstance(raw_sources, list) or not all(isinstance(s, Mapping) for s in raw_sources):
        raise ValueError("'sources' must be a list of objects")
    sources = []
    for raw in raw_sources:
        if set(raw) - _SOURCE_FIELDS:
            raise ValueError("unknown source fields")
        url = _text(raw, "url", required=True)
        assert url is not None
        sources.append(
            Source(
                url=url,
                title=_text(raw, "title"),
                publisher=_text(raw, "publisher"),
                date=_text(raw, "date"),
                quote=_text(raw, "quote"),
                note=_text(raw, "note"),
            )
        )
    claim_id, text, verdict = (
        _text(data, "id", required=True),
        _text(data, "claim", required=True),
        _text(data, "verdict", required=True),
    )
    assert claim_id is not None and text is not None and verdict is not None
    return Claim(
        id=claim_id,
        claim=text,
        verdict=Verdict(verdict),
        summary=_text(data, "summary"),
        aliases=_texts(data, "aliases"),
        tags=_texts(data, "tags"),
        claimant=_text(data, "claimant"),
        checked=_text(data, "checked"),
        original_rating=_text(data, "original_rating"),
        sources=tuple(sources),
    )
