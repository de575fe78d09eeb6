"""``factcheck import``: bring claims from another file into a claims file, safely.

``import_file`` reads the file (``importformats.parse_import`` recognises its shape), settles each
claim's verdict (a publisher's rating through the rating map, ``ratings.py``) and id, leaves out
the claims the file already has, and appends the rest through the one safe write path
(``editing.add_claims``: locked, validated, atomic; nothing is written on any error).

A claim is a duplicate, and skipped, when
- the fact-check it comes from (its review URL) is already a source of a claim in the file;
- its text, or nearly its text (``matching.near_duplicates``), is already a claim or an alias there (a text
  there also as import reads it now: an older import kept other publishers' HTML references);
- for someone else's fact-checks, an earlier record of the same import has that review URL or
  that (near) text: a ``claims:search`` response often lists one claim several times.  Claims
  factcheck wrote itself are a knowledge base already and are all kept.

A claim whose id is taken by a different claim gets a numbered id (``x-2``), and the report says so.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from os import PathLike
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit

from . import jsontext
from .claimreview import LEFT_OUT_MEANING, ImportedClaim, counted_note, decoded
from .editing import EditResult, add_claims, claim_texts, fix_errors_first, unwritable_texts
from .errors import SHOWN_PROBLEMS, Advice, KnowledgeBaseError, Location, Problem, Severity, count_of
from .importformats import InputShape, ParsedImport, parse_import
from .inputfiles import STDIN_NAME, InputKind, downloaded_name, read_input
from .matching import Matcher, apart_from_opposites, build_matcher, near_duplicates, opposite_note
from .model import Claim, KnowledgeBase, Publisher, Verdict, slugify, unique_id
from .ratings import RatingMap
from .safewrite import FileSnapshot, read_snapshot
from .store import DEFAULT_KB_NAME, parse_knowledge_base, refuse_the_packaged_kb
from .validation import OWN_LINE

#: what ``slugify`` makes of a text without a letter or digit it can keep
PLACEHOLDER_ID = "claim"
#: the largest file ``import`` reads (the Data Commons feed is a few tens of MB)
MAX_IMPORT_BYTES = 64 * 1024 * 1024


class InvalidImportError(KnowledgeBaseError):
    """Records of an import file cannot be read; ``problems`` says which and why.  Nothing is written.

    The last problem says what to do, naming ``skip_invalid`` (its ``Problem.advice``; the command
    line's ``--skip-invalid``)."""

    bounded = True  # at most SHOWN_PROBLEMS problems named, then a count of the others and the advice


@dataclass(frozen=True)
class Skipped:
    """A claim ``import_file`` left out as already there (``ImportReport.skipped``): where it was read
    (``origin``: "claims[1]", "script[0].@graph[2]", "line 5" of JSON Lines), its text, why, and the id of the
    claim it duplicates."""

    origin: str
    claim: str
    reason: str
    existing_id: str | None = None  # the claim already in the file it duplicates, if any
    #: set when the reason names a function of the library (``Problem.advice`` says why)
    advice: Advice | None = field(default=None, compare=False, repr=False)
    #: the fact-check pages (url, rating) the skip loses: another publisher's review of the same claim, that
    #: none of the claims has (the reason names them too)
    not_kept: tuple[tuple[str, str | None], ...] = ()

    def worded_for(self, settings: Mapping[str, str]) -> Skipped:
        """This skip, the settings its reason names worded as ``settings`` words them (``Advice.text``)."""
        return self if self.advice is None else replace(self, reason=self.advice.text(settings))

    def to_dict(self) -> dict[str, Any]:
        """The skipped claim as ``import --json`` gives it: ``origin``, ``claim``, ``reason``, ``existing_id``,
        ``not_kept`` (added last: keys are added, not changed)."""
        return {
            "origin": self.origin,
            "claim": self.claim,
            "reason": self.reason,
            "existing_id": self.existing_id,
            "not_kept": [{"url": url, "rating": rating} for url, rating in self.not_kept],
        }


@dataclass(frozen=True)
class ImportReport:
    """What ``import_file`` read and did: the claims added, those skipped, the ratings it could not map."""

    source: str  # the file name, or <stdin>
    target: Path
    shape: InputShape
    read: int  # claims read from the file
    added: tuple[Claim, ...]
    skipped: tuple[Skipped, ...]
    #: publisher ratings not on the map, each with the ids of the claims imported as unsupported
    unmapped: dict[str, tuple[str, ...]]
    #: ids of claims that came without a textual rating (imported as unsupported; a numeric
    #: rating alone is kept as original_rating, not turned into a verdict)
    no_rating: tuple[str, ...]
    renamed: tuple[tuple[str, str], ...]  # (id in the file read, id given) when the id was taken
    invalid: tuple[Problem, ...]  # records left out with --skip-invalid
    result: EditResult | None  # None when nothing was to be added
    #: parts of records left out without refusing them (an appearance without a usable url ...)
    notes: tuple[Problem, ...] = ()
    dry_run: bool = False  # the import was only shown

    @property
    def written(self) -> bool:
        """Whether the claims file was written (False on a dry run, or with nothing to add)."""
        return self.result is not None and self.result.written

    def left_out(self, wording: Mapping[str, str] | None = None) -> list[str]:
        """The message of each record left out (``invalid``), as a list without locations tells it: a repeated
        id names its own line (``OWN_LINE``); ``wording`` as in ``to_dict``."""
        return [p.worded_for({**(wording or {}), **OWN_LINE}).message for p in self.invalid]

    def to_dict(self, wording: Mapping[str, str] | None = None) -> dict[str, Any]:
        """The ``import --json`` report; ``wording``: how the caller names the settings a note names
        (``Advice.text``; the command line: its options)."""
        return {
            "source": self.source,
            "kb": str(self.target),  # the claims file, as every command's JSON names it
            "format": self.shape.value,
            "read": self.read,
            "written": self.written,
            "added": [c.to_dict() for c in self.added],
            "skipped": [s.worded_for(wording or {}).to_dict() for s in self.skipped],
            "unmapped_ratings": [{"rating": r, "ids": list(ids)} for r, ids in self.unmapped.items()],
            "no_rating": list(self.no_rating),
            "renamed": [{"from": old, "to": new} for old, new in self.renamed],
            "invalid": self.left_out(wording),
            "notes": [p.worded_for(wording or {}).message for p in self.notes],
            "diff": self.result.diff if self.result is not None else "",
            "dry_run": self.dry_run,
        }


# -- reading ------------------------------------------------------------------------------------


_IMPORT = InputKind(
    function="read_import_source",
    command="import",
    too_large="to import",
    page="document",
    example_file="claims.json",
    # what import reads, told by content whatever the name: a page's own name is kept ('downloaded-check.html')
    endings=(".json", ".jsonld", ".html", ".htm", ".csv", ".yaml", ".yml"),
)


def read_import_source(
    source: str | PathLike[str], stdin: BinaryIO | None = None, *, kb: str | PathLike[str] | None = None
) -> tuple[bytes, str]:
    """The bytes of a file, or of ``stdin`` for ``"-"``, and the name to show for them: ``import_file``'s
    ``data`` and ``name``.  ``InputError`` for a file that cannot be read or is too large.

    For a web address, the error advises a name to save it as: never that of ``kb``, the claims file to
    import into, nor the one a web address given for the claims file is advised ('--kb URL':
    'downloaded-claims.yaml'), which may be it: 'import https://.../claims.yaml --kb downloaded-claims.yaml'
    advised 'curl -L -o downloaded-claims.yaml', which replaced the user's claims with the partner's."""
    avoid = (downloaded_name(str(source), DEFAULT_KB_NAME), *(() if kb is None else (kb,)))
    return read_input(source, stdin=stdin, limit=MAX_IMPORT_BYTES, kind=_IMPORT, avoid=avoid)


# -- planning -------------------------------------------------------------------------------------


def _text_key(text: str) -> str:
    """Texts that differ only in case, spacing or punctuation are the same claim."""
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


@dataclass
class ImportPlan:
    kb: KnowledgeBase
    rating_map: RatingMap
    location: Location  # of the file read, for the notes
    added: list[Claim] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    unmapped: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    no_rating: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    #: claims whose fact-checks disagree (one note each, naming them)
    notes: list[Problem] = field(default_factory=list)
    #: the language each record added names (``ImportedClaim.language``), None where it names none
    languages: list[str | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.taken_ids: set[str] = set(self.kb.ids())
        self.source_urls: dict[str, str] = {s.url: c.id for c in self.kb.claims for s in c.sources}
        self.texts: dict[str, str] = {_text_key(t): c.id for c in self.kb.claims for t in (c.claim, *c.aliases)}
        # and as an import reads a text now: a claim imported before other publishers' HTML was read kept
        # 'puces &quot;5G&quot;', and the same record without a url, imported again, was another claim
        for c in self.kb.claims:
            for t in (c.claim, *c.aliases):
                self.texts.setdefault(_text_key(decoded(t)), c.id)
        self.matcher: Matcher | None = build_matcher(self.kb, matcher="lexical") if self.kb.claims else None
        # Someone else's fact-checks accepted so far: review URL -> place, text -> place, places.
        self.batch_urls: dict[str, str] = {}
        self.batch_texts: dict[str, str] = {}
        self.batch_origins: set[str] = set()
        # factcheck's own records accepted so far: id -> (claim, place); the same record again is a duplicate
        self.batch_exact: dict[str, tuple[Claim, str]] = {}

    def duplicate(self, imported: ImportedClaim, batch: Matcher | None) -> tuple[Skipped | None, list[Problem]]:
        """Why ``imported`` is a duplicate of something already there (or None), and the notes it gets if it is
        added: of the claims worded nearly as it that it says the opposite of (``_by_reading``)."""
        reason, existing, opposed = self._in_file(imported)
        if reason is not None and imported.exact and existing is not None:
            changed = _fields_that_differ(imported.claim, self.kb.get(existing))
            if changed:
                advice = _not_changed_by_import(reason, changed, existing)
                return Skipped(imported.origin, imported.claim.claim, str(advice), existing, advice), []
        if reason is None and not imported.exact:
            reason, opposed_earlier = self._earlier_in_batch(imported, batch)
            opposed += opposed_earlier
        elif reason is None and (earlier := self.batch_exact.get(imported.claim.id)) and earlier[0] == imported.claim:
            # the same record again; another claim under the id is an error (``importformats._repeated_ids``)
            reason = f"same fact-check as {earlier[1]} (earlier in the file)"
        if reason:
            lost = () if imported.exact else self._pages_not_kept(imported)
            said = reason + _said_not_kept(lost)
            return Skipped(imported.origin, imported.claim.claim, said, existing, not_kept=lost), []
        return None, opposed

    def _pages_not_kept(self, imported: ImportedClaim) -> tuple[tuple[str, str | None], ...]:
        """The pages of someone else's fact-check, skipped, that neither the claims file nor the import keeps."""
        return tuple(
            (url, rating)
            for url, rating in imported.rated_pages()
            if url not in self.source_urls and url not in self.batch_urls
        )

    def _in_file(self, imported: ImportedClaim) -> tuple[str | None, str | None, list[Problem]]:
        """(why, the id of the claim) when the claims file already has this claim, and the notes of the claims
        worded nearly as it that it says the opposite of."""
        claim = imported.claim
        for url in imported.review_urls:
            if url in self.source_urls:
                why = f"its fact-check {url} is already a source of {self.source_urls[url]!r}"
                return why, self.source_urls[url], []
        same = self.texts.get(_text_key(claim.claim))
        if same is not None:
            return f"same text as {same!r}", same, []
        if self.matcher is None:
            return None, None, []
        # Searched under an id no claim has: a claim with the same id must count too.
        similar = near_duplicates(self.matcher, replace(claim, id="\x00import"))
        alike, opposed = self._by_reading(imported, similar, lambda other: repr(other.id))
        if alike:
            other, score = alike[0]
            return f"nearly the same as {other.id!r} (similarity {score:.2f})", other.id, []
        return None, None, opposed

    def _by_reading(
        self, imported: ImportedClaim, similar: list[tuple[Claim, float]], named: Callable[[Claim], str]
    ) -> tuple[list[tuple[Claim, float]], list[Problem]]:
        """``similar`` (near-duplicates of ``imported``) but for the claims it says the opposite of, and a note for
        each of those: "Crime never increased" is worded nearly as "Crime increased" is (0.90), and was skipped as
        it, a fact-check lost unseen.  A duplicate shown is better than a fact-check lost, but only where the
        reading is clear (``matching.says_the_opposite``, the rule ``add`` follows too)."""
        alike, opposite = apart_from_opposites(imported.claim.claim, similar)
        notes = [
            Problem(self.location, f"{imported.origin}: {opposite_note(named(other), score)}", Severity.WARNING)
            for other, score in opposite
        ]
        return alike, notes

    def _earlier_in_batch(self, imported: ImportedClaim, batch: Matcher | None) -> tuple[str | None, list[Problem]]:
        """Why someone else's fact-check repeats one accepted earlier from the same file (or None), and the notes of
        those worded nearly as it that it says the opposite of."""
        for url in imported.review_urls:
            if url in self.batch_urls:
                return f"same fact-check as {self.batch_urls[url]} (earlier in the file)", []
        earlier = self.batch_texts.get(_text_key(imported.claim.claim))
        if earlier is not None:
            return f"same text as {earlier} (earlier in the file)", []
        if batch is None:
            return None, []
        similar = [
            (other, score) for other, score in near_duplicates(batch, imported.claim) if other.id in self.batch_origins
        ]
        alike, opposed = self._by_reading(imported, similar, lambda other: f"{other.id} earlier in the file")
        if alike:
            other, score = alike[0]
            return f"nearly the same as {other.id} (earlier in the file; similarity {score:.2f})", []
        return None, opposed

    def accept(self, imported: ImportedClaim) -> None:
        claim_id = self._new_id(imported)
        self.taken_ids.add(claim_id)
        self.added.append(replace(imported.claim, id=claim_id, verdict=self._verdict(imported, claim_id)))
        if imported.exact:
            self.batch_exact.setdefault(imported.claim.id, (imported.claim, imported.origin))
        if not imported.exact:
            for url in imported.review_urls:
                self.batch_urls.setdefault(url, imported.origin)
            self.batch_texts.setdefault(_text_key(imported.claim.claim), imported.origin)
            self.batch_origins.add(imported.origin)

    def _verdict(self, imported: ImportedClaim, claim_id: str) -> Verdict:
        if imported.exact:
            return imported.claim.verdict
        if imported.rating is None:
            self.no_rating.append(claim_id)
            return Verdict.UNSUPPORTED
        verdict = self.rating_map.verdict_for(imported.rating)
        if verdict is None:
            self.unmapped[imported.rating].append(claim_id)
            return Verdict.UNSUPPORTED
        self._note_disagreement(imported, claim_id, verdict)
        return verdict

    def _note_disagreement(self, imported: ImportedClaim, claim_id: str, verdict: Verdict) -> None:
        """A note when another fact-check of the claim rates it otherwise: the verdict is the first
        review's ("False"), and a claim that a second publisher rates "Mostly true" needs a person."""
        differ = [
            f"{where} says “{rating}” ({other.value})"
            for where, rating in imported.other_ratings
            if (other := self.rating_map.verdict_for(rating)) is not None and other is not verdict
        ]
        if differ:
            rated = f"the first's “{imported.rating}”"
            if imported.rated_by:  # the first reviews had no url (``read_google_claim``)
                rated = f"the rating “{imported.rating}” of {imported.rated_by}, the first with a url"
            message = (
                f"{imported.origin}: its fact-checks disagree: imported as {verdict.value}, {rated}; "
                f"{', '.join(differ)}. Check the verdict of {claim_id!r}"
            )
            self.notes.append(Problem(self.location, message, Severity.WARNING))

    def _new_id(self, imported: ImportedClaim) -> str:
        wanted = imported.claim.id if imported.exact else _id_made(imported)
        new = unique_id(wanted, self.taken_ids)
        if imported.exact and new != wanted and not imported.id_made:
            self.renamed.append((wanted, new))
        return new


def _id_made(imported: ImportedClaim) -> str:
    """The id of someone else's fact-check: made from its text, else from the address of its page.

    A text in another script ("疫苗含有微芯片", "Вакцина содержит чипы") has no letter an id can hold:
    every such claim was "claim", "claim-2", "claim-3"... in the order read, ids that say nothing
    and change with the file.  Its page's host and path ("misbar-com-factcheck-2021-03-vaccine")
    say where it comes from, and stay the same.  So for a text mostly in another script: "5G вызывает рак"
    kept only "5g", "Вакцина Pfizer содержит чипы" only "pfizer", ids that name no claim (and "5g-2",
    "5g-3"... in the order read); the text's id is kept when there is no page to take one from."""
    text = imported.claim.claim
    made = _slug(text)
    if made is not None and _keeps_most_of(text):
        return made
    for url in imported.review_urls:
        from_page = _id_from_url(url)
        if from_page is not None:
            return from_page
    return made or PLACEHOLDER_ID


def _keeps_most_of(text: str) -> bool:
    """Whether an id made from ``text`` (uncut) keeps at least half its letters and digits: not a text mostly
    in a script an id cannot hold.  Letters with accents count as kept ("é" is "e")."""
    written = sum(character.isalnum() for character in text)
    kept = sum(character.isalnum() for character in slugify(text, max_length=10 * len(text)))
    return 2 * kept >= written


def _slug(text: str, max_length: int = 60) -> str | None:
    """``slugify(text)``, or None when it keeps nothing of the text (a text that says "Claim." is "claim")."""
    made = slugify(text, max_length)
    return None if made == PLACEHOLDER_ID and PLACEHOLDER_ID not in text.casefold() else made


#: what the id made from a page's address ends with when the address says more than the id can:
#: this many hex digits of the address's SHA-1
URL_HASH_LENGTH = 6


def _id_from_url(url: str) -> str | None:
    """An id from a page's host, path and query values ("?p=123": WordPress's page number), or None.

    A path in another script ("/ru/фейк/", percent-encoded) leaves nothing of a part an id can hold,
    and pages that differ there got one id, then "-2", "-3"... in the order read: the id then ends
    with a short hash of the address, the same whatever the order."""
    parts = urlsplit(url)
    # tracking parameters ("utm_source=twitter", "fbclid=...") say nothing of the page
    values = [value for key, value in parse_qsl(parts.query) if not _is_tracking(key)]
    pieces = [(parts.hostname or "").removeprefix("www."), *unquote(parts.path).split("/"), *values]
    text = " ".join(pieces)
    made = _slug(text)
    if made is None:
        return None
    lost = any(piece and _slug(piece) is None for piece in pieces)  # all in another script
    if lost or _slug(text, max_length=len(text)) != made:  # or cut short
        # of the address as read, not as written: a path percent-encoded or not, a tracking parameter or
        # not, is the same page, and gets the same id
        digest = hashlib.sha1(_as_read(parts).encode("utf-8", "surrogatepass")).hexdigest()[:URL_HASH_LENGTH]
        made = f"{made}-{digest}"
    return made


#: query parameters that say where a reader came from, not which page: Google's, Facebook's, Instagram's,
#: Mailchimp's, and a referrer's
_TRACKING_KEYS = frozenset(("fbclid", "gclid", "igshid", "mc_cid", "mc_eid", "ref_src"))


def _as_read(parts: SplitResult) -> str:
    """An address as read: its host without "www.", its path unquoted, its query's keys and values but tracking
    ones; "/a%20b/c" and "/a/b%20c", "?p=1" and "?page_id=1" stay apart."""
    query = [(key, value) for key, value in parse_qsl(parts.query) if not _is_tracking(key)]
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{unquote(parts.path)}?" + "&".join(f"{key}={value}" for key, value in query)


def _is_tracking(key: str) -> bool:
    key = key.casefold()
    return key.startswith("utm_") or key in _TRACKING_KEYS


def _fields_that_differ(new: Claim, old: Claim | None) -> list[str]:
    """What a skipped claim says otherwise than the file's (a CSV worklist edited and imported
    back): import only adds claims, so those changes are not made, and the reason says so."""
    if old is None or old.id != new.id:
        return []
    mine, theirs = new.to_dict(), old.to_dict()
    if all(set(source) == {"url"} for source in mine.get("sources", [])):  # a CSV row: URLs alone
        theirs["sources"] = [{"url": source["url"]} for source in theirs.get("sources", [])]
    # the same sources in another order are the same: an export gives the places where a claim appeared after its
    # evidence (``claimreview``), and importing it back is no change of the claim's sources
    for fields in (mine, theirs):
        fields["sources"] = sorted(fields.get("sources") or [], key=lambda source: json.dumps(source, sort_keys=True))
    return [key for key in dict.fromkeys([*mine, *theirs]) if (mine.get(key) or None) != (theirs.get(key) or None)]


def _not_changed_by_import(reason: str, changed: Sequence[str], claim_id: str) -> Advice:
    """Why a claim whose fields differ from the file's was skipped, and what changes one: the library's
    ``update_claim``, the command line's 'factcheck edit ID' (``claim_updater``, as cli/app.py words it)."""
    return Advice(
        "{reason}; its {changed} {differ} from the file's: {importer} adds claims, {claim_updater} changes one",
        {
            "reason": reason,
            "changed": ", ".join(changed),
            # "its verdict differs", "its sources differ"
            "differ": "differs" if len(changed) == 1 and not changed[0].endswith("s") else "differ",
            "claim_id": claim_id,
            "importer": "import_file",
            "claim_updater": "update_claim",
        },
    )


def _said_not_kept(pages: Sequence[tuple[str, str | None]]) -> str:
    """What a skip of someone else's fact-check loses, said in its reason: the pages none of the claims has (one
    of theirs is no loss), another publisher's fact-checks of the same claim, each with its rating.  The skip
    said "same text as claims[0]" alone, and a researcher counting fact-checks per claim had nothing to find
    those pages and ratings by (``Skipped.not_kept`` gives them to a script)."""
    if not pages:
        return ""
    said = [f"{url}{_rated(rating)}" for url, rating in pages]
    if len(said) == 1:
        return f"; its fact-check {said[0]} is not kept"
    return f"; its fact-checks {', '.join(said[:-1])} and {said[-1]} are not kept"


def _rated(rating: str | None) -> str:
    """`` (rated “False”)``, on one line: a rating holding a line break (markup copied with it) split the
    report's line in two, so it is shown escaped ("False\\n...")."""
    if not rating:
        return ""
    return f" (rated “{rating if rating.isprintable() else repr(rating)[1:-1]}”)"


def _batch_matcher(claims: Sequence[ImportedClaim]) -> Matcher | None:
    """A matcher over someone else's fact-checks in the file, to find repeats among them.

    Their placeholder ids are the record places ("claims[3]"), which no claim id can be.
    """
    foreign = [replace(c.claim, id=c.origin) for c in claims if not c.exact]
    return build_matcher(foreign, matcher="lexical", use_cache=False) if len(foreign) > 1 else None


def plan_import(parsed: ParsedImport, kb: KnowledgeBase, rating_map: RatingMap, name: str = "") -> ImportPlan:
    plan = ImportPlan(kb, rating_map, Location(name))
    batch = _batch_matcher(parsed.claims)
    accepted: list[ImportedClaim] = []
    for imported in parsed.claims:
        # Someone else's fact-check is known in the batch matcher by its place in the file.
        probe = imported if imported.exact else replace(imported, claim=replace(imported.claim, id=imported.origin))
        skipped, opposed = plan.duplicate(probe, batch)
        if skipped is not None:
            plan.skipped.append(skipped)
        else:
            plan.accept(imported)
            plan.notes += opposed
            accepted.append(imported)
            plan.languages.append(imported.language)
    # the file's notes, then each claim's
    said = [note for note in (_left_out_note(accepted), *_counted_notes(accepted)) if note]
    plan.notes[:0] = [Problem(plan.location, note, Severity.WARNING) for note in said]
    return plan


#: the field that gives a record's language, by the shape of the file imported
_LANGUAGE_FIELD = {InputShape.GOOGLE: "languageCode", InputShape.FACTCHECK: "language", InputShape.CSV: "language"}


def _language_note(shape: InputShape, named: Sequence[str | None], kept: str | None, new_file: bool) -> str | None:
    """The note for the records added whose language the claims file does not keep, as it keeps one language, its
    own (``kept``; a new file takes the one every record names): ``languageCode not kept (2 records: es): ...``.
    Google's ``languageCode`` was dropped unsaid, where ``claimDate`` was listed as not kept; None when none is."""
    # a language tag is the same in any case ('EN' is 'en', BCP 47): one in another case was said to be lost
    own = kept.casefold() if kept is not None else None
    lost = [language for language in named if language is not None and language.casefold() != own]
    if not lost:
        return None
    field = _LANGUAGE_FIELD.get(shape, "inLanguage")
    count = f"{len(lost):,} record{'' if len(lost) == 1 else 's'}: {', '.join(sorted(set(lost)))}"
    if new_file:
        why = "the records do not all name the same language, and a claims file has one ('language:'): this one none"
    elif kept is None and len({language.casefold() for language in lost}) == 1:
        # the common case (an English import into a file naming no language, as the starter file): what to do
        why = (
            f"the claims file names no language: to keep it, add 'language: {lost[0]}' at the top of the file, "
            f"below any '---' line"
        )
    else:
        own = f"'language: {kept}'" if kept is not None else "no 'language:'"
        why = f"the claims file keeps its own language ({own}); an import gives one to a file it creates only"
    return f"{field} not kept ({count}): {why}"


def _setting_line(setting: str, value: object) -> str:
    """``value`` of the top-level ``setting`` as a line of YAML ('base_url: "https://…"'), to paste as it is: texts
    in double quotes (``_yaml_text``), a publisher's fields in braces."""
    if isinstance(value, Publisher):
        fields = [f"name: {_yaml_text(value.name)}"]
        if value.url is not None:
            fields.append(f"url: {_yaml_text(value.url)}")
        return f"{setting}: {{{', '.join(fields)}}}"
    return f"{setting}: {_yaml_text(str(value))}"


def _yaml_text(text: str) -> str:
    """``text`` as a YAML text in double quotes that reads back the same: JSON's escapes are YAML's, and
    ``jsontext`` escapes what JSON leaves raw that YAML reads otherwise (U+2028, U+2029 and NEL, line breaks in
    YAML's quotes; DEL and the C1 controls, which it refuses) or a terminal shows otherwise (bidirectional
    controls)."""
    return jsontext.dumps(text)


def _settings_notes(parsed: ParsedImport, kb: KnowledgeBase, name: str) -> list[str]:
    """The notes for the ClaimReview settings of the claims file ``name`` read that the claims file imported into
    does not keep, as an import adds claims and changes none of the file's settings (a file it creates takes
    them): ``'publisher:' and 'base_url:' not kept: ...``; none when the file has the same, or ``name`` none.
    Read from standard input, no file to copy them from, each setting the file lacks is a note of its own, which
    ends with the line to add: the line is all that follows ': ' there, whatever quotes its values hold (an
    apostrophe, "O'Reilly", ended the quotes the line was once in)."""
    read = {"publisher": parsed.publisher, "base_url": parsed.base_url}
    lost = [setting for setting, value in read.items() if value is not None and value != getattr(kb, setting)]
    missing = [setting for setting in lost if getattr(kb, setting) is None]
    unset = [f"'{setting}:'" for setting in missing]
    own = [f"'{setting}:'" for setting in lost if getattr(kb, setting) is not None]
    kept_own = (
        f"{' and '.join(own)} not kept: the claims file keeps its own; an import sets "
        f"{'it' if len(own) == 1 else 'them'} only in a file it creates"
        if own
        else None
    )
    if name in (STDIN_NAME, ""):
        # standard input is no file to copy from: the values themselves, as lines of YAML
        to_add = [
            f"'{setting}:' not kept: the claims file names none, and an import sets it only in a file it creates: "
            f"to keep it (for 'export --format claimreview'), add this line at the top of the file, below any "
            f"'---' line: "
            f"{_setting_line(setting, read[setting])}"
            for setting in missing
        ]
        return [kept_own, *to_add] if kept_own is not None else to_add
    said = []
    if unset:
        them = "it" if len(unset) == 1 else "them"
        said.append(
            f"{' and '.join(unset)} not kept: the claims file names none, and an import sets {them} only in a file it "
            f"creates: to keep {them} (for 'export --format claimreview'), copy {them} from {name} to the top "
            f"of the file, below any '---' line"
        )
    if kept_own is not None:
        said.append(kept_own)
    return ["; ".join(said)] if said else []


def _counted_notes(added: list[ImportedClaim]) -> list[str]:
    """Each note of ``ImportedClaim.counted`` once for the file, with the number of records added that give it."""
    giving: dict[str, list[Claim]] = {}
    for imported in added:
        for kind in imported.counted:
            giving.setdefault(kind, []).append(imported.claim)
    return [counted_note(kind, claims) for kind, claims in giving.items()]


def _meaning(name: str) -> str:
    """What a user loses with the property ``name``, after its count, where its name alone does not say it."""
    meaning = LEFT_OUT_MEANING.get(name)
    return f": {meaning}" if meaning else ""


def _left_out_note(added: list[ImportedClaim]) -> str | None:
    """``not kept (the claims file has no field for them): claimDate (3 records), sdLicense (1 record)``:
    once for the file, as the same properties come with every record of a publisher; of the records
    added only (one skipped as already there loses nothing)."""
    counts = Counter(name for claim in added for name in claim.left_out)
    if not counts:
        return None
    said = ", ".join(
        f"{name} ({count:,} record{'' if count == 1 else 's'}{_meaning(name)})" for name, count in counts.items()
    )
    return f"not kept (the claims file has no field for them): {said}"


# -- the operation ---------------------------------------------------------------------------------


def _current_kb(path: Path) -> tuple[KnowledgeBase, FileSnapshot]:
    """The claims file as it is now (empty when missing), refusing one with errors."""
    snapshot = read_snapshot(path)
    if not snapshot.data or not snapshot.data.strip():
        return KnowledgeBase((), str(path)), snapshot
    kb, problems = parse_knowledge_base(snapshot.data, str(path))
    errors = [p for p in problems if p.is_error]
    if errors:
        raise KnowledgeBaseError([fix_errors_first(Location(str(path))), *errors])
    return kb, snapshot


#: why nothing is imported, after the records that cannot be read
_FIX_OR_SKIP = "nothing imported (fix the file, or pass {skip_invalid} to import the rest)"
_NONE_READABLE = "nothing imported: no record of the file can be read, so {skip_invalid} leaves nothing to import"


def _refuse_invalid(problems: Sequence[Problem], name: str, why: str = _FIX_OR_SKIP) -> None:
    # counted as errors, as --skip-invalid's report counts them: a record may have several (a bad verdict and a
    # bad date), and "and 40 more unreadable records" was said of 20 records; a count never takes the place of
    # one problem ("and 1 more")
    cut = len(problems) > SHOWN_PROBLEMS + 1
    shown = list(problems[:SHOWN_PROBLEMS] if cut else problems)
    if cut:
        shown.append(Problem(Location(name), f"... and {count_of(len(problems) - SHOWN_PROBLEMS, 'more error')}"))
    shown.append(Problem.advising(Location(name), Advice(why, {"skip_invalid": "skip_invalid=True"})))
    raise InvalidImportError(shown)


#: a text a claim would keep longer than this is its record's error: no fact-check's text is nearly
#: so long (a spreadsheet's CSV cell is bounded at 131,072 by Python's reader), and a claims file
#: given one of 50 MB took minutes to write.  Only what a claim keeps: a page's image as a data:
#: URL, another script's articleBody, are never read and refuse nothing.
MAX_TEXT_CHARS = 1_000_000


def _too_long(claim: Claim) -> list[Problem]:
    return [
        Problem(Location("<new claim>"), f"{field} is too long ({len(text):,} characters; at most {MAX_TEXT_CHARS:,})")
        for field, text in claim_texts(claim)
        if len(text) > MAX_TEXT_CHARS
    ]


def _without_unwritable(parsed: ParsedImport, name: str) -> ParsedImport:
    """``parsed`` with each record holding text no claims file gets (a control character, which
    validate warns of; bytes that were not UTF-8; a text over ``MAX_TEXT_CHARS``) among the records
    that cannot be read, so that nothing is written unless it is left out (--skip-invalid)."""
    kept: list[ImportedClaim] = []
    refused: list[Problem] = []
    where = parsed.locate or (lambda _place: Location(name))  # the record's line, as its other problems
    for imported in parsed.claims:
        problems = _too_long(imported.claim) or unwritable_texts(imported.claim)
        if problems:
            refused += [Problem(where(imported.origin), f"{imported.origin}: {p.message}") for p in problems]
        else:
            kept.append(imported)
    if not refused:
        return parsed
    return replace(parsed, claims=tuple(kept), problems=(*parsed.problems, *refused))


def _as_bytes_hint(data: object) -> str:
    """How to give ``import_file`` what a script holds: an API's JSON as text (``response.text``) or as
    parsed data (``response.json()``) is what a researcher has at hand, more often than a file."""
    if isinstance(data, str):
        return "a text: data.encode(); a file: read_import_source(path)"
    if isinstance(data, (dict, list)):
        return "parsed JSON: json.dumps(data).encode(); a file: read_import_source(path)"
    return "read_import_source(path)"


def import_file(
    target: Path | str,
    data: bytes,
    name: str,
    *,
    rating_map: RatingMap | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
) -> ImportReport:
    """Import the claims of ``data`` (the bytes of the file ``name``: ``read_import_source(path)``, or a
    page or API response fetched by the caller) into the claims file ``target``, created if missing.

    The shape is recognised from the content (ClaimReview JSON-LD, an HTML page holding some, a
    Google Fact Check Tools response, factcheck's YAML, JSON or CSV); publishers' ratings are put on
    the verdict scale with ``rating_map`` (``load_rating_map``; default: the built-in table).  The
    report says what was ``added``, ``skipped`` as already there, and ``unmapped``; with ``dry_run``
    nothing is written and ``report.result.diff`` shows the change.

    Raises ``InputError`` when the file is unusable and ``InvalidImportError`` when some records
    cannot be read (with ``skip_invalid``: when none can, as the file is then no more usable than
    an unreadable one), ``KnowledgeBaseError`` when ``target`` has errors or is the starter file installed with
    factcheck (``store.refuse_the_packaged_kb``); nothing is written then.
    """
    target = Path(target)
    if not isinstance(data, bytes):  # a str failed deep inside the format detection
        raise TypeError(f"data must be the file's bytes, not {type(data).__name__} ({_as_bytes_hint(data)})")
    # before the import is read, as 'import' refuses it: one that adds nothing (every claim there already) wrote
    # nothing, yet returned a report of the starter file as a file to import into
    refuse_the_packaged_kb(target)
    rating_map = rating_map or RatingMap()
    # Before duplicates are looked for, not only among the claims added: whether a record can be
    # written is the file's own matter, as its other errors are (one file is not refused by one claims
    # file and read by another), and a duplicate is found by matching the claim's text, which a text
    # over the limit keeps busy for seconds (1,000,001 characters: 1.7 s).
    parsed = _without_unwritable(parse_import(data, name, rating_map), name)
    if parsed.problems and not skip_invalid:
        _refuse_invalid(parsed.problems, name)
    if parsed.problems and not parsed.claims:
        _refuse_invalid(parsed.problems, name, _NONE_READABLE)
    kb, snapshot = _current_kb(target)
    plan = plan_import(parsed, kb, rating_map, name)
    result = None
    if plan.added:
        # A new file takes the language every claim read names (an export of a file with
        # 'language: es' then comes back with it): the claims file has one language, not one a claim.
        languages = {c.language.casefold() if c.language is not None else None for c in parsed.claims}
        # as the first record writes it: 'EN' and 'en' are one language (BCP 47), which a new file takes
        language = next((c.language for c in parsed.claims), None) if len(languages) == 1 else None
        # ``expected``: if the file changes between this reading and the write, nothing is written.
        new_file = not snapshot.data or not snapshot.data.strip()
        # and the ClaimReview settings of a claims file read ('publisher:', 'base_url:'): a new file lost them unsaid
        result = add_claims(
            target,
            plan.added,
            dry_run=dry_run,
            expected=snapshot,
            language=language,
            publisher=parsed.publisher if new_file else None,
            base_url=parsed.base_url if new_file else None,
        )
        for note in reversed(_settings_notes(parsed, kb, name) if not new_file else []):
            plan.notes.insert(0, Problem(plan.location, note, Severity.WARNING))
        said = _language_note(parsed.shape, plan.languages, language if new_file else kb.language, new_file)
        if said is not None:
            plan.notes.insert(0, Problem(plan.location, said, Severity.WARNING))
    return ImportReport(
        source=name,
        target=target,
        shape=parsed.shape,
        read=len(parsed.claims),
        added=result.claims if result is not None else (),
        skipped=tuple(plan.skipped),
        unmapped={rating: tuple(ids) for rating, ids in plan.unmapped.items()},
        no_rating=tuple(plan.no_rating),
        renamed=tuple(plan.renamed),
        invalid=parsed.problems,
        result=result,
        notes=(*parsed.notes, *plan.notes),
        dry_run=dry_run,
    )
