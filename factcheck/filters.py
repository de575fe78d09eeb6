"""Selecting claims: by verdict, tag, date checked, or because nothing supports them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from .errors import close_ids
from .model import Claim, Verdict
from .text import fold


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
    three tags the claims do have that look like it."""
    return new_tags(tags, (tag for claim in claims for tag in claim.tags))


def new_tags(tags: Iterable[str], known: Iterable[str]) -> dict[str, list[str]]:
    """The ``tags`` that none of the ``known`` tags is (compared as ``tag_key`` compares them), each
    with up to three known tags that look like it: "sovereignity", a misspelling of "sovereignty", is
    new to a file tagged "sovereignty", with that one beside it.  A tag given twice (in two cases) is
    listed once, as first given."""
    known = set(known)
    folded = _folded(known)
    unknown: dict[str, str] = {}
    for tag in tags:
        if tag_key(tag) not in folded:
            unknown.setdefault(tag_key(tag), tag)
    return {tag: close_ids(tag, known) for tag in unknown.values()}


def tag_key(tag: str) -> str:
    """What a tag is compared by, wherever tags are selected, added or removed: without case or
    accents ("Soberanía", "soberania")."""
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
