"""Selecting claims: by verdict, tag, date checked, or because nothing supports them."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .errors import close_ids
from .model import Claim, Verdict


@dataclass(frozen=True)
class ClaimFilter:
    unsupported: bool = False
    verdicts: frozenset[Verdict] = frozenset()
    tags: frozenset[str] = frozenset()
    since: str | None = None  # ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), compared as text
    until: str | None = None

    def __post_init__(self) -> None:
        since, until = self.since, self.until
        if since and until and since[: len(until)] > until[: len(since)]:
            # the fields' names: this class has no options (it said "after --until", the command's)
            raise ValueError(f"since {since!r} is after until {until!r}: no date is in both")

    def accepts(self, claim: Claim) -> bool:
        if self.unsupported and not claim.is_unsupported:
            return False
        if self.verdicts and claim.verdict not in self.verdicts:
            return False
        # Tags are compared without case or accents: "-t Border" finds the claims tagged "border",
        # "-t soberania" those tagged "soberanía".
        if self.tags and not _folded(self.tags).intersection(_folded(claim.tags)):
            return False
        if self.since or self.until:
            if claim.checked is None:
                return False
            # A partial date covers its whole period: "2025-03" is on or after "2025" and
            # on or before "2025-03-31".
            if self.since and claim.checked < self.since[: len(claim.checked)]:
                return False
            if self.until and claim.checked[: len(self.until)] > self.until:
                return False
        return True

    def undated(self, claims: Iterable[Claim]) -> list[Claim]:
        """The claims left out only because they have no date checked (with --since/--until): a
        count of claims over a period should say it misses them."""
        if not (self.since or self.until):
            return []
        dateless = replace(self, since=None, until=None)
        return [claim for claim in claims if claim.checked is None and dateless.accepts(claim)]


def unknown_tags(tags: Iterable[str], claims: Iterable[Claim]) -> dict[str, list[str]]:
    """The tags asked for that no claim has (a typo filters everything out), each with up to
    three tags the claims do have that look like it (spelt alike, or holding it as a word of
    theirs)."""
    known = {tag for claim in claims for tag in claim.tags}
    return {tag: close_ids(tag, known) for tag in _unknown(tags, known)}


#: how alike in spelling a tag new to a file must be to one it has for ``new_tags`` to name that one
#: (difflib's ratio): 0.6, the cutoff of ``close_ids``, named "border" for "murder" and "sovereignty"
#: for "security", one tag in three of a newsroom's new tags; at 0.8 a misspelling ("sovereignity"),
#: a plural ("borders") or another form ("economic", "economy") is named, another word is not
TAG_LIKENESS = 0.8


def new_tags(tags: Iterable[str], before: Iterable[str], after: Iterable[str] | None = None) -> dict[str, list[str]]:
    """The ``tags`` that none of the tags ``before`` a change is (compared as ``tag_key`` compares them),
    each with up to three tags ``after`` it (``before`` when not given), other than the new ones, spelt
    like it, closest first: "sovereignity", a misspelling of "sovereignty", is new to a file tagged
    "sovereignty", with that one beside it; "sovereignty", replacing the file's only "sovereignity", is
    new with none beside it, since the file no longer has that one.  A tag given twice (in two cases) is
    listed once, as first given."""
    before = set(before)
    after = before if after is None else set(after)
    unknown = _unknown(tags, before)
    left = _folded(after) - _folded(unknown)
    by_key: dict[str, str] = {}
    for tag in [*sorted(before), *sorted(after)]:  # a tag as the file spelt it before, where it did
        if tag_key(tag) in left:
            by_key.setdefault(tag_key(tag), tag)
    return {
        tag: [by_key[key] for key in difflib.get_close_matches(tag_key(tag), list(by_key), n=3, cutoff=TAG_LIKENESS)]
        for tag in unknown
    }


def _unknown(tags: Iterable[str], known: Iterable[str]) -> list[str]:
    """The ``tags`` that none of ``known`` is, each once (as first given)."""
    folded = _folded(known)
    unknown: dict[str, str] = {}
    for tag in tags:
        if tag_key(tag) not in folded:
            unknown.setdefault(tag_key(tag), tag)
    return list(unknown.values())


def tag_key(tag: str) -> str:
    """What a tag is compared by, wherever tags are selected, added or removed: without case or
    accents ("Soberanía", "soberania")."""
    from .text import fold  # imported here: 'list' without --tag, and '--version', need no text module

    return fold(tag)


def wanted_tags(values: Iterable[str], claims: Iterable[Claim]) -> frozenset[str]:
    """The tags ``list --tag`` and ``export --tag`` select, read as ``add --tag`` and ``edit
    --add-tag`` read them: "health,water" is two tags ("-t health,water" found nothing and warned
    that no claim had that tag, where "add --tag health,water" had added both).  A value that is a
    tag some claim has, commas and all (a hand-written "health, water"), is that tag."""
    known = _folded(tag for claim in claims for tag in claim.tags)
    wanted: set[str] = set()
    for value in values:
        parts = split_tags([value])
        wanted.update([value] if tag_key(value) in known or not parts else parts)
    return frozenset(wanted)


def split_tags(values: Iterable[str]) -> list[str]:
    """The tags of values typed for ``add`` and ``edit``, each of which may hold several, comma-separated, as
    the question of ``add`` takes them ("health, imported"): ``--add-tag health,imported`` made one tag
    "health,imported" that no ``list --tag`` found.  Blanks are dropped."""
    return [tag.strip() for value in values for tag in value.split(",") if tag.strip()]


def _folded(tags: Iterable[str]) -> set[str]:
    return {tag_key(tag) for tag in tags}
