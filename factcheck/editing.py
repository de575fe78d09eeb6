"""Adding, changing and removing claims in a claims file the way a careful person would.

Every change goes through one path (``_change_file``): take the file's lock, read it, change
the text of the one entry concerned (``layout.py`` finds its lines, ``roundtrip.py`` rewrites
it), check that the *whole* resulting file is valid with the reader itself
(``store.parse_knowledge_base``) and reads back as exactly the intended claims, then replace
the file atomically (``safewrite.py``).  Anything else in the file — comments, blank lines,
quoting, other entries — is left byte for byte as it was.

The functions here are the Python API (``factcheck import`` and the CLI use them; ``factcheck``
exports ``add_claims``, ``update_claim`` and ``remove_claim``)::

    from factcheck import add_claims
    result = add_claims("claims.yaml", [claim])
    print(result.summary)   # added claim 'x' to claims.yaml
"""

from __future__ import annotations

import codecs
import collections
import dataclasses
import difflib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from .entrytext import quick_entry
from .errors import (
    Advice,
    FactcheckError,
    KnowledgeBaseError,
    Location,
    Problem,
    UnknownClaimError,
    close_ids,
    quoted,
    shown_name,
)
from .filters import new_tags as _new_tags
from .filters import tag_key
from .indentation import keep_indentation
from .inputfiles import icloud_placeholder, no_such_file_advice, not_downloaded, text_lines, text_lines_with_ends
from .layout import DEFAULT_DASH_COLUMN, DEFAULT_KEY_COLUMN, HEADER_COMMENT, Entry, Layout, LayoutError, read_layout
from .matching import apart_from_opposites, build_matcher, find_matches, near_duplicates
from .model import CLAIM_KEYS, Claim, KnowledgeBase, Publisher, Source
from .roundtrip import (
    EntryFormatError,
    WrittenStyles,
    comments_in_flow,
    dump_entry,
    dump_settings,
    entry_places,
    load_entry,
    styled_mapping,
    sync_mapping,
    written_styles,
)
from .safewrite import (
    LOCK_TIMEOUT,
    FileChangedError,
    FileSnapshot,
    check_writable,
    file_lock,
    read_snapshot,
    write_atomically,
    write_target,
)
from .store import editor_lines, parse_knowledge_base, refuse_the_packaged_kb
from .validation import LONE_SURROGATE, control_character
from .yamltree import SAFE_LOADER

__all__ = [
    "DuplicateClaimError",
    "EditResult",
    "EntryDraft",
    "InvalidClaimError",
    "InvalidEditError",
    "NearDuplicateError",
    "add_claim",
    "add_claims",
    "check_entry_text",
    "claim_as_it_stands",
    "entry_for_editing",
    "normalize_claim",
    "remove_claim",
    "replace_entry",
    "unwritable_texts",
    "update_claim",
]


@dataclass(frozen=True)
class EditResult:
    """What ``add_claims``, ``update_claim`` or ``remove_claim`` did to the claims file (``diff``: the change)."""

    path: Path
    summary: str  # one line, e.g. "added claim 'x' to claims.yaml"
    diff: str  # unified diff of the file (empty when nothing changes)
    written: bool  # False for dry runs and no-ops
    #: the claims added or updated as they now read (for ``remove_claim``: the claim removed)
    claims: tuple[Claim, ...] = ()
    dry_run: bool = False  # the change was only shown
    #: (added claim's id, a claim of the file, score): what ``factcheck check`` already finds for an added claim's
    #: text among the file's other claims (``add_claims`` with ``check_similar``): the same fact-check in other
    #: words, perhaps, which the near-duplicate check (same wording) lets through
    related: tuple[tuple[str, Claim, float], ...] = ()
    #: (added claim's id, a claim of the file, similarity): the claims worded nearly as an added claim that it says
    #: the opposite of (``add_claims`` with ``check_similar``; ``matching.apart_from_opposites``, as ``import``
    #: reads them): added beside them, not refused, each with a note (``matching.opposite_note``)
    opposite: tuple[tuple[str, Claim, float], ...] = ()
    #: the tags the file's claims had before the change and have after it (see ``new_tags``)
    tags_before: frozenset[str] = frozenset()
    tags_after: frozenset[str] = frozenset()
    #: what was done to ``claims``: "added" (``add_claims``, ``import_file``), "updated" (``update_claim``, also
    #: when nothing changed) or "removed" (``remove_claim``), the key ``to_dict`` gives them under (as the
    #: command's ``--json`` does); None for a result made otherwise
    action: Literal["added", "updated", "removed"] | None = None
    #: the warnings ``validate`` gives the claims added or updated that it did not give them before the change (a
    #: source without a date, a URL that looks broken), at the lines an editor shows: said at once, where the
    #: desk's CI (``validate --strict``) found them later (editor128); a warning stops no change
    warnings: tuple[Problem, ...] = ()

    def new_tags(self) -> dict[str, list[str]]:
        """The tags of ``claims`` that no claim of the file had before the change (compared without case or
        accents, as ``--tag`` selects), each with up to three tags the file still has after it, other than
        the new ones, spelt like it: a tag misspelt, perhaps ("sovereignity" added to a file tagged
        "sovereignty"); a misspelling corrected ("sovereignty" for the file's only "sovereignity") has
        none.  Empty for a removal."""
        tags = (tag for claim in self.claims for tag in claim.tags)
        return _new_tags(tags, self.tags_before, self.tags_after)

    def to_dict(self, claims_key: str | None = None) -> dict[str, Any]:
        """The ``--json`` report of a change (``add --json``, ``edit --json``, ``remove --json``): ``claims``
        under ``claims_key``, by default ``action`` ("added", "updated", "removed": what the function that
        made the result did; "claims" when it is None).  ``kb`` names the claims file, under the key every
        command's JSON uses for it (after ``--kb``).  A report of claims added has ``related`` too: ``{"id",
        "claim", "verdict", "score", "added_id"}`` for each claim of ``related`` (named and scored as ``check
        --json`` gives a match), best first, and ``opposite``, in the same form, for each claim of ``opposite``
        (the claims worded nearly as an added claim that it says the opposite of; not in ``related``)."""
        if claims_key is None:
            claims_key = self.action or "claims"
        data: dict[str, Any] = {"kb": str(self.path), "written": self.written}
        data[claims_key] = [claim.to_dict() for claim in self.claims]
        if claims_key == "added":
            opposite = {(added_id, other.id) for added_id, other, _ in self.opposite}
            data["related"] = [
                _noted(added_id, other, score)
                for added_id, other, score in self.related
                if (added_id, other.id) not in opposite
            ]
            data["opposite"] = [_noted(added_id, other, score) for added_id, other, score in self.opposite]
        data["diff"] = self.diff
        data["dry_run"] = self.dry_run
        return data


def _noted(added_id: str, other: Claim, score: float) -> dict[str, Any]:
    """A claim of ``EditResult.related`` or ``opposite`` in a ``--json`` report (``EditResult.to_dict``)."""
    return {
        "id": other.id,
        "claim": other.claim,
        "verdict": other.verdict.value,
        "score": round(score, 4),
        "added_id": added_id,
    }


class DuplicateClaimError(FactcheckError):
    """A claim with this id is already in the file: ``claim_id``, and the claim the file has (``existing``)."""

    claim_id: str
    existing: Claim | None

    def __init__(self, claim_id: str, path: str, existing: Claim | None, line: int) -> None:
        self.claim_id = claim_id
        self.existing = existing
        where = str(Location(path, line))
        shown = f": {existing.claim}" if existing else ""
        super().__init__(f"there is already a claim with id {claim_id!r} ({where}){shown}")


def fix_errors_first(location: Location) -> Problem:
    """The problem heading those of a claims file refused for its errors: the library's caller lists them with
    ``validate_file``, the command line's user with 'factcheck validate' (``validator``, as cli/app.py words it)."""
    return Problem.advising(
        location, Advice("has errors; fix them first (see {validator})", {"validator": "validate_file"})
    )


class NearDuplicateError(FactcheckError):
    """The new claim says nearly the same as claims already in the file: ``similar`` holds each with its score."""

    claim: Claim
    similar: list[tuple[Claim, float]]
    advice: Advice | None  # always set here; declared again for type checkers, as __init__ sets it

    def __init__(self, claim: Claim, similar: list[tuple[Claim, float]], path: str) -> None:
        self.claim = claim
        self.similar = similar
        listed = "; ".join(f"{other.id!r} ({score:.2f}): {other.claim}" for other, score in similar)
        self.advice = Advice(
            "{path} already has a claim like this one — {listed} (use {check_similar} to add it anyway)",
            {"path": shown_name(path), "listed": listed, "check_similar": "check_similar=False"},
        )
        super().__init__(str(self.advice))


class InvalidClaimError(FactcheckError):
    """A claim (or an entry written in an editor) is not valid; ``problems`` says why."""

    problems: list[Problem]

    def __init__(self, problems: list[Problem], what: str = "the claim") -> None:
        self.problems = problems
        reasons = "; ".join(p.message for p in problems)
        super().__init__(f"{what} is not valid: {reasons}")


class InvalidEditError(FactcheckError):
    """The change would leave the file invalid or not reading back as intended: nothing written."""


# -- claims as written ---------------------------------------------------------------------------


def normalize_claim(claim: Claim) -> Claim:
    """The claim as the reader would give it back: text stripped, empty values dropped, and a
    tag or alias given twice (``--add-tag x --add-tag x``, ``x`` and `` x``; a tag in another case or
    with other accents, ``Border`` and ``border``, as tags are selected: ``filters.tag_key``) kept once,
    as first written."""

    def clean(value: str | None) -> str | None:
        value = (value or "").strip()
        return value or None

    def clean_list(values: Sequence[str], *, fold: bool = False) -> tuple[str, ...]:
        kept: dict[str, str] = {}  # by what the value is compared by -> the value as first written
        for value in values:
            if value.strip():
                kept.setdefault(tag_key(value.strip()) if fold else value.strip(), value.strip())
        return tuple(kept.values())

    return Claim(
        id=claim.id.strip(),
        claim=claim.claim.strip(),
        verdict=claim.verdict,
        summary=clean(claim.summary),
        aliases=clean_list(claim.aliases),
        tags=clean_list(claim.tags, fold=True),
        claimant=clean(claim.claimant),
        checked=clean(claim.checked),
        original_rating=clean(claim.original_rating),
        sources=tuple(
            Source(
                url=source.url.strip(),
                title=clean(source.title),
                publisher=clean(source.publisher),
                date=clean(source.date),
                quote=clean(source.quote),
                note=clean(source.note),
            )
            for source in claim.sources
        ),
    )


#: the columns a claim's entry is written at to validate it: those of a new file's entries (and of
#: most files'), so that the text checked is, for them, the very text written
_CHECK_COLUMNS = (DEFAULT_DASH_COLUMN, DEFAULT_KEY_COLUMN)


def _entry_text(claim: Claim, dash_column: int, key_column: int, styles: WrittenStyles | None = None) -> str:
    data = claim.to_dict()
    # the entry written directly when it is a plain case (ruamel writes the same bytes, slower: ``entrytext``)
    quick = quick_entry(data, dash_column=dash_column, key_column=key_column, styles=styles)
    if quick is not None:
        return quick
    return dump_entry(styled_mapping(data, styles), dash_column=dash_column, key_column=key_column)


def _texts(value: object, name: str) -> Iterator[tuple[str, str]]:
    """(field, text) for each text of a claim's ``to_dict`` ("claim", "aliases #2", "sources #1.quote")."""
    if isinstance(value, str):
        yield name, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, f"{name}.{key}" if name else key)
    elif isinstance(value, list):
        for i, item in enumerate(value, 1):
            yield from _texts(item, f"{name} #{i}")


def claim_texts(claim: Claim) -> Iterator[tuple[str, str]]:
    """(field, text) for each text ``claim`` keeps, named as ``unwritable_texts`` names them."""
    return _texts(claim.to_dict(), "")


def unwritable_texts(claim: Claim, *, kept: Claim | None = None) -> list[Problem]:
    """The texts of ``claim`` a change does not write, each a problem naming its field.

    * bytes that were not UTF-8 (lone surrogates: Python keeps them so in command-line arguments);
      YAML cannot store them and they are no text a reader could see;
    * a control character (U+0000, an escape...), which validate warns of: it shows as nothing or
      as an escape.  A text of ``kept`` (the claim before an edit) is the file's own and stays.
    """
    known = {text for _field, text in _texts(kept.to_dict(), "")} if kept is not None else set()
    problems: list[Problem] = []
    for field, text in _texts(claim.to_dict(), ""):
        if LONE_SURROGATE.search(text):
            problems.append(Problem(Location("<new claim>"), f"{field} holds bytes that are not UTF-8 text"))
        elif text not in known and (control := control_character(text)) is not None:
            problems.append(Problem(Location("<new claim>"), f"{field} {control}"))
    return problems


def _check_claim(claim: Claim, text: str | None = None, *, kept: Claim | None = None) -> str:
    """Validate one claim alone with the reader, so that errors name the claim, not a line.

    Returns the claim's entry as checked (``text`` when given: the claim at ``_CHECK_COLUMNS``)."""
    # named as validate names a claim (a new id may be anything given: 100,000 characters were echoed whole)
    what = f"claim {quoted(claim.id)}"
    unwritable = unwritable_texts(claim, kept=kept)
    if unwritable:
        raise InvalidClaimError(unwritable, what)
    if not claim.id.strip():
        # its entry, written without the empty field, read "claim #1 has no 'id'" (whichever claim it was), where a
        # knowledge base and validate say "id is empty" of the same claim (model.check_ids)
        raise InvalidClaimError([Problem(Location("<new claim>"), "id is empty")], what)
    text = _entry_text(claim, *_CHECK_COLUMNS) if text is None else text
    kb, problems = parse_knowledge_base(("claims:\n" + text).encode(), "<new claim>")
    # without the line and column: they are of this entry as written to check it, which no caller sees
    # (a script printing the problems showed '<new claim>:2:9: error: ...'); each message names its field
    errors = [dataclasses.replace(p, location=Location("<new claim>")) for p in problems if p.is_error]
    if errors:
        raise InvalidClaimError(errors, what)
    if kb.claims != (claim,):  # pragma: no cover - would be a bug in the writer
        raise InvalidEditError(f"{what} would not read back as given; nothing written (please report this)")
    return text


def _entries(
    claims: Sequence[Claim], styles: WrittenStyles, columns: tuple[int, int]
) -> tuple[list[str], Callable[[], None]]:
    """Each claim's entry at ``columns`` (dash, key) in the file's ``styles``, and what checks them one at a time.

    Writing a claim is most of the time of adding it (import: thousands), so each is written once, at the file's
    own columns, and the text passed along (written at ``_CHECK_COLUMNS`` to check it and again at the file's, an
    import of 450 claims into a file with its dashes at column 0 spent half its time in the writer).  They are not
    read back here: the whole file changed is (``_verify``), and when it does not come back valid and as the claims
    wanted, the second thing returned checks each claim as ``_check_claim`` does, at ``_CHECK_COLUMNS``, so that the
    error names the first claim that is not valid (as it would alone).  The entries were also read back alone first,
    all in one parse: an eighth of the time of importing 21,000 fact-checks (cProfile)."""
    texts = [_entry_text(claim, *columns, styles) for claim in claims]

    def check_each() -> None:
        # all in one parse first: when they come back valid and as the claims (the file changed has another
        # error), each is, and 20,000 claims are not read one at a time
        try:
            kb, problems = parse_knowledge_base(("claims:\n" + "".join(texts)).encode(), "<new claims>")
        except KnowledgeBaseError:
            kb, problems = KnowledgeBase((), "<new claims>"), [Problem(Location("<new claims>"), "not readable")]
        if kb.claims == tuple(claims) and not any(p.is_error for p in problems):
            return
        for claim, text in zip(claims, texts, strict=True):
            _check_claim(claim, text if columns == _CHECK_COLUMNS else _entry_text(claim, *_CHECK_COLUMNS, styles))

    return texts, check_each


# -- the file being changed ------------------------------------------------------------------------


@dataclass
class _Document:
    path: Path
    label: str  # the path as the user gave it, for messages
    snapshot: FileSnapshot
    text: str
    bom: bool
    kb: KnowledgeBase
    errors: list[Problem]
    layout: Layout
    claims: list[Claim | None]  # per entry, in file order (None: the entry has errors)
    #: the file's warnings as read, at the parser's lines: those a change does not bring go unsaid (``_new_warnings``)
    warnings: list[Problem] = dataclasses.field(default_factory=list)

    def entry(self, claim_id: str) -> Entry:
        entry = self.layout.find(claim_id)
        if entry is None:
            ids = [e.claim_id for e in self.layout.entries if e.claim_id]
            raise UnknownClaimError(claim_id, self.label, close_ids(claim_id, ids))
        return entry

    def encode(self, text: str) -> bytes:
        return (codecs.BOM_UTF8 if self.bom else b"") + text.encode("utf-8")


@dataclass
class _Plan:
    text: str
    expected: list[Claim | None]
    summary: str
    claims: tuple[Claim, ...] = ()
    related: tuple[tuple[str, Claim, float], ...] = ()
    opposite: tuple[tuple[str, Claim, float], ...] = ()  # ``EditResult.opposite``
    #: raises the error of the first new entry not valid alone, when the result is not as wanted (``_entries``)
    check_entries: Callable[[], None] | None = None


def _read_document(path: Path, label: str, snapshot: FileSnapshot) -> _Document:
    data = snapshot.data or b""
    bom = data.startswith(codecs.BOM_UTF8)
    if data.strip(b" \r\n"):  # not bytes.strip(): a file of one tab is no empty file (has_yaml_content)
        # at the parser's lines, which the layout's entries have: said at the editor's (``_shown``)
        try:
            kb, problems = parse_knowledge_base(data, label, as_parsed=True)
        except KnowledgeBaseError as exc:
            raise KnowledgeBaseError(_shown(data, label, exc.problems), bounded=exc.bounded) from None
    else:
        kb, problems = KnowledgeBase((), label), []
    text = data.decode("utf-8-sig")
    try:
        layout = read_layout(text)
    except LayoutError as exc:
        if exc.position is None:
            raise
        where = Location(label, *exc.position)
        problem = Problem(where, str(exc)) if exc.advice is None else Problem.advising(where, exc.advice)
        raise KnowledgeBaseError(_shown(data, label, [problem])) from None
    by_position = {position: kb.get(claim_id) for claim_id, position in kb.positions.items()}
    claims = [by_position.get(entry.item_position) for entry in layout.entries]
    errors = [p for p in problems if p.is_error]
    warnings = [p for p in problems if not p.is_error]
    return _Document(path, label, snapshot, text, bom, kb, errors, layout, claims, warnings)


def _shown(data: bytes, label: str, problems: Iterable[Problem]) -> list[Problem]:
    """``problems`` of the claims file ``data``, found at the parser's lines, at the lines an editor shows
    (``store.editor_lines``), to say them."""
    lines = editor_lines(data, label)
    return [problem if lines is None else lines.problem(problem) for problem in problems]


def _line_shown(document: _Document, entry: Entry) -> int:
    """The line an editor shows ``entry`` on (``_shown``)."""
    lines = editor_lines(document.snapshot.data or b"", document.label)
    return entry.line_number if lines is None else lines.line(entry.line_number)


def _change_file(
    path: Path | str,
    plan_change: Callable[[_Document], _Plan],
    *,
    dry_run: bool,
    expected: FileSnapshot | None,
    create: bool = False,
    lock_timeout: float = LOCK_TIMEOUT,
    action: Literal["added", "updated", "removed"],
) -> EditResult:
    """The one read-modify-validate-write path every change takes (``action``: the result's)."""
    refuse_the_packaged_kb(path)  # a dry run too, as the commands refuse it: the change shown could not be made
    label = str(path)
    target = write_target(Path(path))
    if not create and not target.exists():
        raise KnowledgeBaseError([Problem.advising(Location(label), no_such_file_advice(label))])
    placeholder = icloud_placeholder(str(target)) if create and not target.exists() else None
    if placeholder is not None:
        # a new file beside iCloud's placeholder would hold this claim alone, apart from the claims it stands for
        message = f"not created: {not_downloaded(placeholder)}"
        raise KnowledgeBaseError([Problem(Location(label), message)])
    if not dry_run:
        check_writable(target)
    with nullcontext() if dry_run else file_lock(target, lock_timeout):
        snapshot = read_snapshot(target)
        if expected is not None and snapshot.digest != expected.digest:
            raise FileChangedError(
                f"{shown_name(label)} changed on disk since it was read; nothing written: run the command again"
            )
        document = _read_document(target, label, snapshot)
        plan = plan_change(document)
        new_data = document.encode(plan.text)
        changed, problems = _verify(document, plan, new_data)
        old_data = snapshot.data or b""
        diff = _unified_diff(label, document.text, plan.text)
        written = False
        if not dry_run and (new_data != old_data or not snapshot.exists):
            write_atomically(target, new_data, snapshot)
            written = True
    summary = _dry_run_summary(plan.summary) if dry_run and diff else plan.summary
    return EditResult(
        Path(path),
        summary,
        diff,
        written,
        plan.claims,
        dry_run=dry_run,
        related=plan.related,
        opposite=plan.opposite,
        tags_before=frozenset(tag for claim in document.kb.claims for tag in claim.tags),
        tags_after=frozenset(tag for claim in changed.claims for tag in claim.tags),
        action=action,
        warnings=_new_warnings(
            document, plan.claims if action != "removed" else (), changed, problems, plan.text, new_data
        ),
    )


def _claim_lines(layout: Layout) -> dict[str, range]:
    """Each claim's lines (the parser's, from 1), from its entry's '-' to its entry's end: the last one's ends
    there too, where what follows the claims (a 'publisher:') is the file's, not the claim's."""
    return {entry.claim_id: range(entry.dash + 1, entry.end + 1) for entry in layout.entries if entry.claim_id}


#: the place a warning's message names, which a change moves with no new warning (a source's number, the claim's id)
_PLACE_IN_MESSAGE = re.compile(r"source #\d+ of claim '[^']*'|claim '[^']*'")


def _new_warnings(
    document: _Document,
    claims: Sequence[Claim],
    kb: KnowledgeBase,
    problems: list[Problem],
    new_text: str,
    new_data: bytes,
) -> tuple[Problem, ...]:
    """The warnings of ``claims`` (added or updated) in the changed file (``kb``, ``problems``, read from
    ``new_data``) that they did not have before it, at the lines an editor shows: a claim's warning is one placed
    in its lines; one it had already (its undated source, when its verdict changes, its id or its sources' numbers)
    is not said again: warnings are compared by kind and what they quote (a source's URL), not by place."""
    ids = {claim.id for claim in claims}
    # a claim renamed: its id before the change is one the changed file no longer has
    ids_before = ids | (
        {claim.id for claim in document.kb.claims} - {claim.id for claim in kb.claims} if ids else set()
    )
    try:
        layout = read_layout(new_text)
    except LayoutError:  # pragma: no cover - the text was spliced from a layout, and read back valid
        return ()

    def of_claims(layout: Layout, problems: list[Problem], ids: set[str]) -> list[Problem]:
        lines = [span for claim_id, span in _claim_lines(layout).items() if claim_id in ids]
        return [p for p in problems if not p.is_error and any(p.location.line in span for span in lines)]

    def kind(problem: Problem) -> str:
        return _PLACE_IN_MESSAGE.sub("", problem.message)

    before = collections.Counter(kind(p) for p in of_claims(document.layout, document.warnings, ids_before))
    new: list[Problem] = []
    for problem in of_claims(layout, problems, ids):
        if before[kind(problem)] > 0:
            before[kind(problem)] -= 1
        else:
            new.append(problem)
    new.sort(key=lambda p: (p.location.line, p.location.column))  # in validate's order
    return tuple(_shown(new_data, document.label, new))


def _verify(document: _Document, plan: _Plan, new_data: bytes) -> tuple[KnowledgeBase, list[Problem]]:
    """Refuse any result that is invalid or does not read back as exactly the intended claims; the claims it
    reads as, and the result's problems (warnings alone: at the parser's lines, as the layout's, which
    ``_new_warnings`` compares them with; a U+2028 in a text made them wrong, or dropped)."""
    try:
        kb, problems = parse_knowledge_base(new_data, document.label, as_parsed=True)
    except KnowledgeBaseError as exc:  # the result would not even parse (e.g. an alias left dangling)
        kb, problems = KnowledgeBase((), document.label), exc.problems
    errors = _shown(new_data, document.label, [p for p in problems if p.is_error])  # their lines, said
    wanted = len(kb.claims) == len(plan.expected) and all(
        want is None or want == got for want, got in zip(plan.expected, kb.claims, strict=True)
    )
    if (errors or not wanted) and plan.check_entries is not None:
        plan.check_entries()  # a new entry that is not valid alone is the error to name
    if errors:
        if document.errors:
            raise KnowledgeBaseError(
                [
                    fix_errors_first(Location(document.label)),
                    *_shown(document.snapshot.data or b"", document.label, document.errors),
                ]
            )
        reasons = "; ".join(p.message for p in errors)
        shown = shown_name(document.label)
        raise InvalidEditError(f"the change would make {shown} invalid ({reasons}); nothing written")
    # an entry that did not read before the change (None: the second of two claims with one id, read once the first
    # is removed) reads as whatever it reads as now
    _refuse_changing_others(document, plan, kb)
    if not wanted:  # pragma: no cover - would be a bug in the splicing
        raise InvalidEditError(
            f"the changed {shown_name(document.label)} would not read back as intended; nothing written "
            "(please report this)"
        )
    return kb, problems


def _refuse_changing_others(document: _Document, plan: _Plan, kb: KnowledgeBase) -> None:
    """Refuse a change that changes claims it was not meant to: those whose value is an alias of the
    changed one's anchor ('summary: &s |' changed, another claim's 'summary: *s' with it), which
    ``roundtrip`` keeps, as it keeps every anchor, so that their aliases do not dangle."""
    if len(kb.claims) != len(plan.expected):
        return
    unchanged = {id(claim) for claim in document.claims if claim is not None}
    others = [
        wanted.id
        for wanted, got in zip(plan.expected, kb.claims, strict=True)
        if wanted is not None and id(wanted) in unchanged and wanted != got
    ]
    if others:
        names = ", ".join(repr(claim_id) for claim_id in others)
        raise InvalidEditError(
            f"the change would change {'claim' if len(others) == 1 else 'claims'} {names} too, through a "
            "YAML alias (*name) of a value it changes (&name); nothing written: edit the file by hand"
        )


_WOULD = {"added": "would add", "updated": "would update", "removed": "would remove"}


def _dry_run_summary(summary: str) -> str:
    verb, _, rest = summary.partition(" ")
    return f"{_WOULD.get(verb, verb)} {rest} (dry run: nothing written)"


#: lines of context around each change in a diff (difflib's and git's default)
_DIFF_CONTEXT = 3

#: difflib's opcodes: (tag, old start, old end, new start, new end)
_Opcode = tuple[str, int, int, int, int]


def _unified_diff(label: str, old: str, new: str) -> str:
    # lines as git and patch count them: str.splitlines() broke at a U+2028 too, and the hunks began lines too high
    old_lines, new_lines = text_lines_with_ends(old), text_lines_with_ends(new)
    lines: list[str] = []
    for hunk in _hunks(_opcodes(old_lines, new_lines)):
        if not lines:
            lines += [f"--- {shown_name(label)}\n", f"+++ {shown_name(label)}\n"]
        lines += _hunk_lines(hunk, old_lines, new_lines)
    return "".join(
        line + "\n"  # a CR-only file: its lines end, as CRLF lines show theirs
        if line.endswith("\r")
        else line
        if line.endswith("\n")
        else line + "\n\\ No newline at end of file\n"
        for line in lines
    )


def _opcodes(old: Sequence[str], new: Sequence[str]) -> list[_Opcode]:
    # difflib compares every line with every equal line of the other side: on a 10,000-claim file whose lines
    # recur hundreds of times (one source cited by many claims) an edit's diff took 30 s. A change is one stretch of
    # lines, so difflib is given that stretch alone, without context: given context too, it may align a repeated
    # line of the stretch with one of the context and leave a hunk short of context lines, that git apply and patch
    # refuse. The lines around the stretch are equal lines of the whole files, and the hunks take their context there.
    prefix = _common_prefix_length(old, new)
    suffix = _common_suffix_length(old[prefix:], new[prefix:])
    changed = difflib.SequenceMatcher(None, old[prefix : len(old) - suffix], new[prefix : len(new) - suffix])
    opcodes: list[_Opcode] = [("equal", 0, prefix, 0, prefix)]
    opcodes += [
        (tag, i1 + prefix, i2 + prefix, j1 + prefix, j2 + prefix) for tag, i1, i2, j1, j2 in changed.get_opcodes()
    ]
    opcodes.append(("equal", len(old) - suffix, len(old), len(new) - suffix, len(new)))
    return _slid_as_git_does(_merged_equal_opcodes(opcodes), old, new)


def _slid_as_git_does(opcodes: list[_Opcode], old: Sequence[str], new: Sequence[str]) -> list[_Opcode]:
    """Each lone deletion or insertion (equal lines, or the file's edge, each side of it) moved where git diff shows
    it.  Lines that repeat the lines after them can be shown removed (added) at several places: the common prefix
    puts them as low as they go, which read as removing the end of one source and the start of the next
    ('-    publisher: X' / '-  - url: B'); always as high as they go put a repeated line added at a file's end
    before its last lines.  git chooses among the places by the lines' indentation and blank lines (xdiff's
    indent heuristic, the default since git 2.14), which reads as whole entries."""
    # empty equal stretches at the file's edges: a change slid away from an edge leaves equal lines there
    slid = [("equal", 0, 0, 0, 0), *opcodes, ("equal", len(old), len(old), len(new), len(new))]
    for index in range(1, len(slid) - 1):
        tag, i1, i2, j1, j2 = slid[index]
        before, after = slid[index - 1], slid[index + 1]
        if tag not in ("delete", "insert") or before[0] != "equal" or after[0] != "equal":
            continue  # next to another change: git would slide the two as one group
        lines, start, end = (old, i1, i2) if tag == "delete" else (new, j1, j2)
        up = _slide_room(lines, start, end, before[2] - before[1], step=-1)
        down = _slide_room(lines, start, end, after[2] - after[1], step=1)
        shift = _best_end(lines, end - up, end + down, end - start) - end
        slid[index - 1] = ("equal", before[1], before[2] + shift, before[3], before[4] + shift)
        slid[index] = (tag, i1 + shift, i2 + shift, j1 + shift, j2 + shift)
        slid[index + 1] = ("equal", after[1] + shift, after[2], after[3] + shift, after[4])
    return _merged_equal_opcodes(slid)


def _slide_room(lines: Sequence[str], start: int, end: int, room: int, *, step: int) -> int:
    """How many lines the changed lines ``lines[start:end]`` can move up (``step`` -1) or down (1) and stay the
    same change, at most ``room``: the line that enters at one end is the one that leaves at the other."""
    moved = 0
    while moved < room:
        entering, leaving = (start - moved - 1, end - moved - 1) if step < 0 else (end + moved, start + moved)
        if lines[entering] != lines[leaving]:
            break
        moved += 1
    return moved


#: xdiff's indent heuristic (git's xdiffi.c): how far it looks, and the weights of its scores
_MAX_SLIDING = 100
_MAX_INDENT = 200
_MAX_BLANKS = 20
_START_OF_FILE_PENALTY = 1
_END_OF_FILE_PENALTY = 21
_TOTAL_BLANK_WEIGHT = -30
_POST_BLANK_WEIGHT = 6
_RELATIVE_INDENT_PENALTY = -4
_RELATIVE_INDENT_WITH_BLANK_PENALTY = 10
_RELATIVE_OUTDENT_PENALTY = 24
_RELATIVE_OUTDENT_WITH_BLANK_PENALTY = 17
_RELATIVE_DEDENT_PENALTY = 23
_RELATIVE_DEDENT_WITH_BLANK_PENALTY = 17
_INDENT_WEIGHT = 60


def _best_end(lines: Sequence[str], earliest: int, latest: int, size: int) -> int:
    """Where git ends ``size`` changed lines that can end anywhere from ``earliest`` to ``latest``: the split
    around them that scores best, the lowest of equals (xdl_change_compact)."""
    if earliest == latest:
        return latest
    best: tuple[int, int] | None = None
    best_end = latest
    for end in range(max(earliest, latest - size - 1, latest - _MAX_SLIDING), latest + 1):
        indent_low, penalty_low = _split_score(lines, end)
        indent_high, penalty_high = _split_score(lines, end - size)
        score = (indent_low + indent_high, penalty_low + penalty_high)
        if best is None or _compare_scores(score, best) <= 0:
            best, best_end = score, end
    return best_end


def _compare_scores(one: tuple[int, int], other: tuple[int, int]) -> int:
    indents = (one[0] > other[0]) - (one[0] < other[0])
    return _INDENT_WEIGHT * indents + one[1] - other[1]


def _indent(line: str) -> int:
    """A line's indentation as xdiff measures it (a tab to the next multiple of 8); -1 for a blank line."""
    width = 0
    for char in line:
        if char not in " \t\n\r\v\f":
            return width
        if char == " ":
            width += 1
        elif char == "\t":
            width += 8 - width % 8
        if width >= _MAX_INDENT:
            return _MAX_INDENT
    return -1


def _blanks_then_indent(lines: Sequence[str], numbers: Iterable[int]) -> tuple[int, int]:
    """How many blank lines come first of the ``lines`` at ``numbers`` (read in that order), and the indent of the
    first one that is not blank: -1 when there is none, 0 after ``_MAX_BLANKS`` blank lines (as xdiff counts)."""
    blanks = 0
    for number in numbers:
        indent = _indent(lines[number])
        if indent != -1:
            return blanks, indent
        blanks += 1
        if blanks == _MAX_BLANKS:
            return blanks, 0
    return blanks, -1


def _split_score(lines: Sequence[str], split: int) -> tuple[int, int]:
    """The (effective indent, penalty) of splitting ``lines`` before ``split`` (xdiff's measure_split and
    score_add_split)."""
    end_of_file = split >= len(lines)
    indent = -1 if end_of_file else _indent(lines[split])
    pre_blank, pre_indent = _blanks_then_indent(lines, range(split - 1, -1, -1))
    post_blank, post_indent = _blanks_then_indent(lines, range(split + 1, len(lines)))
    penalty = 0
    if pre_indent == -1 and pre_blank == 0:
        penalty += _START_OF_FILE_PENALTY
    if end_of_file:
        penalty += _END_OF_FILE_PENALTY
    blank_after = 1 + post_blank if indent == -1 else 0
    total_blank = pre_blank + blank_after
    penalty += _TOTAL_BLANK_WEIGHT * total_blank + _POST_BLANK_WEIGHT * blank_after
    effective = indent if indent != -1 else post_indent
    any_blanks = total_blank != 0
    if effective == -1 or pre_indent == -1 or effective == pre_indent:
        pass
    elif effective > pre_indent:
        penalty += _RELATIVE_INDENT_WITH_BLANK_PENALTY if any_blanks else _RELATIVE_INDENT_PENALTY
    elif post_indent != -1 and post_indent > effective:
        penalty += _RELATIVE_OUTDENT_WITH_BLANK_PENALTY if any_blanks else _RELATIVE_OUTDENT_PENALTY
    else:
        penalty += _RELATIVE_DEDENT_WITH_BLANK_PENALTY if any_blanks else _RELATIVE_DEDENT_PENALTY
    return effective, penalty


def _merged_equal_opcodes(opcodes: Iterable[_Opcode]) -> list[_Opcode]:
    merged: list[_Opcode] = []
    for opcode in opcodes:
        if opcode[0] == "equal" and opcode[1] == opcode[2]:
            continue  # an empty prefix or suffix
        if opcode[0] == "equal" and merged and merged[-1][0] == "equal":
            merged[-1] = ("equal", merged[-1][1], opcode[2], merged[-1][3], opcode[4])
        else:
            merged.append(opcode)
    return merged


def _hunks(opcodes: list[_Opcode]) -> Iterator[list[_Opcode]]:
    """The changes with up to _DIFF_CONTEXT equal lines each side: difflib's get_grouped_opcodes, on these opcodes."""
    context = _DIFF_CONTEXT
    codes = list(opcodes)
    if not codes:
        return
    if codes[0][0] == "equal":
        tag, i1, i2, j1, j2 = codes[0]
        codes[0] = (tag, max(i1, i2 - context), i2, max(j1, j2 - context), j2)
    if codes[-1][0] == "equal":
        tag, i1, i2, j1, j2 = codes[-1]
        codes[-1] = (tag, i1, min(i2, i1 + context), j1, min(j2, j1 + context))
    hunk: list[_Opcode] = []
    for tag, i1, i2, j1, j2 in codes:
        if tag == "equal" and i2 - i1 > 2 * context:  # too long for one hunk: it ends one and opens the next
            hunk.append((tag, i1, i1 + context, j1, j1 + context))
            yield hunk
            hunk = []
            i1, j1 = i2 - context, j2 - context
        hunk.append((tag, i1, i2, j1, j2))
    if not (len(hunk) == 1 and hunk[0][0] == "equal"):
        yield hunk


def _hunk_lines(hunk: list[_Opcode], old: Sequence[str], new: Sequence[str]) -> list[str]:
    first, last = hunk[0], hunk[-1]
    lines = [f"@@ -{_hunk_range(first[1], last[2])} +{_hunk_range(first[3], last[4])} @@\n"]
    for tag, i1, i2, j1, j2 in hunk:
        if tag == "equal":
            lines += [" " + line for line in old[i1:i2]]
        else:  # a deletion has no new lines, an insertion no old ones
            lines += ["-" + line for line in old[i1:i2]]
            lines += ["+" + line for line in new[j1:j2]]
    return lines


def _hunk_range(start: int, stop: int) -> str:
    length = stop - start
    if length == 1:
        return str(start + 1)
    return f"{start + 1 if length else start},{length}"  # an empty range names the line before it, as difflib does


def _common_prefix_length(old: Sequence[str], new: Sequence[str]) -> int:
    length = 0
    for old_line, new_line in zip(old, new, strict=False):  # stops at the shorter one
        if old_line != new_line:
            break
        length += 1
    return length


def _common_suffix_length(old: Sequence[str], new: Sequence[str]) -> int:
    return _common_prefix_length(old[::-1], new[::-1])


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


# -- the operations ----------------------------------------------------------------------------------


def add_claims(
    path: Path | str,
    claims: Sequence[Claim],
    *,
    dry_run: bool = False,
    check_similar: bool = False,
    expected: FileSnapshot | None = None,
    lock_timeout: float = LOCK_TIMEOUT,
    language: str | None = None,
    publisher: Publisher | None = None,
    base_url: str | None = None,
) -> EditResult:
    """Append ``claims`` in order after the last entry, creating the file if it is missing or empty.

    ``check_similar``: refuse a claim that says nearly the same as one in the file, as ``factcheck add``
    does unless ``--force``; one worded nearly as a claim of the file that it says the opposite of ("Crime
    never increased" beside "Crime increased", as ``check`` and ``import`` read it) is added, and the
    result's ``opposite`` names them; the claims ``factcheck check`` finds for an added claim's text (the
    same fact-check in other words, perhaps) are the result's ``related``. ``dry_run``: write nothing; the
    result's ``diff`` shows the change. ``language`` (a language tag, "es") is written as the
    ``language:`` of a file this creates (import: the language of the ClaimReviews read); a file that
    has content keeps its own; so are ``publisher`` and ``base_url``, the ClaimReview settings (import: those
    of a claims file read, which a new file lost unsaid).  A ``KnowledgeBase`` is refused (``TypeError``): this
    writes claims, none of its settings unless given so, which would be lost unsaid; give ``kb.claims`` to add
    its claims alone.

    Raises ``DuplicateClaimError`` for an id already used, ``NearDuplicateError`` (only with
    ``check_similar``) for a claim saying nearly the same as one in the file, ``InvalidClaimError``
    for an invalid claim, ``KnowledgeBaseError`` for a file with errors and ``WriteError`` when the
    file cannot be written (or another process holds it past ``lock_timeout`` seconds); nothing is
    written then.
    """
    if isinstance(claims, Claim):
        raise TypeError("add_claims takes a list of Claim: add_claims(path, [claim])")
    if isinstance(claims, KnowledgeBase):
        raise TypeError(_knowledge_base_given(claims))
    if isinstance(claims, (str, bytes, Mapping)) or not isinstance(claims, Iterable):
        raise TypeError(f"add_claims takes a list of Claim, not {type(claims).__name__}")
    claims = list(claims)
    # a dict or a str failed deep inside with an AttributeError; a list, not None, says that all are claims, as
    # None is one of the things that may be wrong
    wrong = [c for c in claims if not isinstance(c, Claim)]
    if wrong:
        raise TypeError(f"add_claims takes a list of Claim, not a list holding {type(wrong[0]).__name__}")
    settings = _settings_lines(language, publisher, base_url)  # a setting of the wrong type refused here, first
    new_claims = [normalize_claim(c) for c in claims]
    if any(unwritable_texts(claim) for claim in new_claims):
        for claim in new_claims:
            _check_claim(claim)  # raises for the first claim that is not valid, as it would alone

    def plan(document: _Document) -> _Plan:
        seen: set[str] = set()
        for claim in new_claims:
            _refuse_taken_id(document, claim.id)
            if claim.id in seen:
                raise DuplicateClaimError(claim.id, "the claims being added", None, 0)
            seen.add(claim.id)
        related: list[tuple[str, Claim, float]] = []
        opposite: list[tuple[str, Claim, float]] = []
        if check_similar and document.kb.claims:
            matcher = build_matcher(document.kb, matcher="lexical")
            for claim in new_claims:
                similar = [(c, s) for c, s in near_duplicates(matcher, claim) if c.id != claim.id]
                # a claim saying the opposite of one worded nearly as it is another fact-check, as import reads it
                alike, opposed = apart_from_opposites(claim.claim, similar)
                if alike:
                    raise NearDuplicateError(claim, alike, document.label)
                opposite += [(claim.id, other, score) for other, score in opposed]
                related += [(claim.id, m.claim, m.score) for m in find_matches(matcher, claim.claim, top=3)]
        dash_column, key_column = document.layout.indentation()
        styles = _file_styles(document)
        texts, check_entries = _entries(new_claims, styles, (dash_column, key_column))
        if document.layout.entries:  # nested lists indented as the last entry's are
            last = document.layout.text_of(document.layout.entries[-1])
            texts = [keep_indentation(t, key_column, like=last) for t in texts]
        layout = document.layout
        if settings and not document.text.strip():
            # a new file: its settings go after the header comment, before 'claims:'
            header = HEADER_COMMENT if layout.list_prefix.startswith(HEADER_COMMENT) else ""
            prefix = header + settings + layout.list_prefix.removeprefix(header)
            layout = dataclasses.replace(layout, list_prefix=prefix)
        text = layout.append(texts)
        what = f"claim {new_claims[0].id!r}" if len(new_claims) == 1 else _plural(len(new_claims), "claim")
        summary = f"added {what} to {shown_name(document.label)}"
        return _Plan(
            text,
            [*document.claims, *new_claims],
            summary,
            tuple(new_claims),
            tuple(related),
            tuple(opposite),
            check_entries,
        )

    return _change_file(
        path, plan, dry_run=dry_run, expected=expected, create=True, lock_timeout=lock_timeout, action="added"
    )


def _settings_lines(language: str | None, publisher: Publisher | None, base_url: str | None) -> str:
    """The top-level settings of a new claims file, as a claims file writes them ('language: "es"'), written by
    ``roundtrip.dump_settings``.  A ``publisher`` not a ``Publisher`` (a name given as text) or a ``base_url``
    or ``language`` not text is refused (``TypeError``): written, the file was refused when read."""
    if publisher is not None and not isinstance(publisher, Publisher):
        raise TypeError(
            f"add_claims: publisher= takes a Publisher (factcheck.Publisher(name, url)), not "
            f"{type(publisher).__name__} {publisher!r}"
        )
    for name, value in (("base_url", base_url), ("language", language)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"add_claims: {name}= takes a str, not {type(value).__name__} {value!r}")
    settings: dict[str, str | dict[str, str]] = {}
    if publisher is not None:
        written = {"name": publisher.name}
        if publisher.url is not None:
            written["url"] = publisher.url
        settings["publisher"] = written
    if base_url is not None:
        settings["base_url"] = base_url
    if language is not None:
        settings["language"] = language
    return dump_settings(settings) if settings else ""


def _knowledge_base_given(kb: KnowledgeBase) -> str:
    """Why ``add_claims`` refuses a knowledge base, and what to give instead: it iterates over its claims, which
    were taken and written without its settings (publisher, base_url, language), unsaid: a file copied so lost
    them.  ``kb.claims`` says that the claims alone are meant."""
    settings = [name for name in ("publisher", "base_url", "language") if getattr(kb, name) is not None]
    if not settings:
        return (
            "add_claims takes a list of Claim, not a KnowledgeBase (it writes claims, not a file's settings): "
            "give its claims, add_claims(path, kb.claims)"
        )
    said = settings[0] if len(settings) == 1 else ", ".join(settings[:-1]) + " and " + settings[-1]
    # each setting a new file can take from it (all three since cli84: publisher and base_url were lost unsaid)
    given = ", ".join(f"{name}=kb.{name}" for name in settings)
    gives = f"gives a new file its {settings[0]}" if len(settings) == 1 else "give a new file its settings"
    return (
        f"add_claims takes a list of Claim, not a KnowledgeBase: it writes claims alone, and its {said} would "
        f"not be written; to add its claims without them: add_claims(path, kb.claims) ({given} {gives})"
    )


def add_claim(
    path: Path | str,
    claim: Claim,
    *,
    dry_run: bool = False,
    check_similar: bool = False,
    expected: FileSnapshot | None = None,
    lock_timeout: float = LOCK_TIMEOUT,
) -> EditResult:
    """``add_claims`` for one claim."""
    return add_claims(
        path, [claim], dry_run=dry_run, check_similar=check_similar, expected=expected, lock_timeout=lock_timeout
    )


ClaimChange = Claim | Callable[[Claim], Claim]


def update_claim(
    path: Path | str,
    claim_id: str,
    change: ClaimChange,
    *,
    dry_run: bool = False,
    expected: FileSnapshot | None = None,
    lock_timeout: float = LOCK_TIMEOUT,
) -> EditResult:
    """Replace the claim ``claim_id`` by ``change`` (a claim, or a function of the current one,
    applied under the lock).  Only the fields that differ are rewritten in the file::

        update_claim("claims.yaml", "x", lambda claim: dataclasses.replace(claim, verdict=Verdict.FALSE))

    Raises ``UnknownClaimError`` (with the ids like ``claim_id``) when no claim has that id,
    ``DuplicateClaimError`` when the new id is taken, ``InvalidClaimError`` for an invalid result,
    and the errors of ``add_claims`` for the file; nothing is written then.  ``TypeError`` when
    ``change`` is neither a claim nor a function, or the function returns something else.

    A field holding an error of the claim ('tags: [x, 2026-01-05]') is read without the value in error
    (tags ``("x",)``): a change of that field made from the value read (a tag added; for a list, any
    change of a claim given whole) raises ``KnowledgeBaseError`` with the field's errors rather than
    drop it.  A function whose result for the field ignores the value read (a new summary, the tags
    replaced) replaces it; it is called a second time, with that field holding more, to tell.  A change
    of the sources that only gives a value to each field of a source in error ('date: 2026-13-01' replaced
    by "2026-01-01", no other field changed) replaces exactly what is in error, and is made."""
    _check_claim_id("update_claim", claim_id)
    if not isinstance(change, Claim) and not callable(change):
        raise TypeError(f"update_claim takes a Claim or a function of the current claim, not {type(change).__name__}")

    def plan(document: _Document) -> _Plan:
        entry = document.entry(claim_id)
        current = document.claims[entry.index]
        if current is None:
            raise InvalidEditError.advising(
                Advice(
                    "claim {quoted_id} ({where}) has errors; fix them first{editor_hint}",
                    # the library's caller fixes them in the file; the command line names its editor
                    {
                        "quoted_id": repr(claim_id),
                        "claim_id": claim_id,
                        "where": str(Location(document.label, _line_shown(document, entry))),
                        "editor_hint": "",
                    },
                )
            )
        new = _untouched_as_they_are(current, _changed_claim(change, current))
        if new == current:
            return _Plan(document.text, document.claims, f"claim {claim_id!r} unchanged", (new,))
        _refuse_dropping_errors(document, entry, change, current, new)
        _check_claim(new, kept=current)
        if new.id != claim_id:
            _refuse_taken_id(document, new.id)
        # the last entry of a file without a final line break is read with one (which ``Layout.replace`` takes off
        # again): a '|+' text ending the file was read without a final break, and written back with '|-'
        entry_text = document.layout.text_of(entry)
        entry_text += "" if entry_text.endswith(("\n", "\r")) else "\n"
        node = _loaded_entry(document, entry_text, entry)
        before, after = current.to_dict(), new.to_dict()
        sync_mapping(node, before, after, CLAIM_KEYS, _file_styles(document))
        text = dump_entry(node, dash_column=entry.dash_column, key_column=entry.key_column)
        changed = [k for k in CLAIM_KEYS if before.get(k) != after.get(k)]
        # a key the file has that reads as nothing in both ('summary: !!null ""', 'claimant: ~') is unchanged too
        unchanged = [k for k in CLAIM_KEYS if k not in changed]
        text = keep_indentation(text, entry.key_column, like=entry_text, unchanged=unchanged)
        _refuse_dropping_flow_comments(document, entry, claim_id, text)
        expected_claims = list(document.claims)
        expected_claims[entry.index] = new
        summary = _updated_summary(claim_id, document.label, current, new)
        return _Plan(document.layout.replace(entry, text), expected_claims, summary, (new,))

    return _change_file(path, plan, dry_run=dry_run, expected=expected, lock_timeout=lock_timeout, action="updated")


def _loaded_entry(document: _Document, entry_text: str, entry: Entry) -> Any:
    """``load_entry`` of ``entry``'s text, its refusal at the line and column an editor shows (``_shown``)."""
    try:
        return load_entry(entry_text, (document.label, entry.line_number))
    except EntryFormatError as exc:
        if exc.location is None:
            raise
        lines = editor_lines(document.snapshot.data or b"", document.label)
        if lines is None:
            raise
        line, column = lines.place(exc.location.line, exc.location.column)
        raise EntryFormatError(
            exc.advice or exc.message, dataclasses.replace(exc.location, line=line, column=column)
        ) from None


def _refuse_dropping_flow_comments(document: _Document, entry: Entry, claim_id: str, new_text: str) -> None:
    """Refuse a change whose entry as written (``new_text``) lacks a comment the entry has inside a flow list
    or mapping ('- {url: x,' / '# c' / 'date: y}'): ruamel neither loads nor writes one, so that a field is
    written without it, changed or not (an unchanged field whose lines ``keep_indentation`` gives back keeps
    it). The first comment lost is located, and the editor, which writes the entry as saved, named."""
    found = comments_in_flow(document.layout.text_of(entry))
    if not found:
        return
    kept = collections.Counter(comment for _line, _column, comment in comments_in_flow(new_text))
    lost = []
    for line, column, comment in found:
        if kept[comment]:
            kept[comment] -= 1
        else:
            lost.append((line, column, comment))
    if not lost:
        return
    line, column, comment = lost[0]
    advice = Advice(
        "claim {quoted_id} has a comment inside a '{{...}}' or '[...]' ({comment}), which a change by options "
        "cannot keep; nothing written: edit the claim by hand{editor_hint}",
        {"quoted_id": repr(claim_id), "claim_id": claim_id, "comment": quoted(comment), "editor_hint": ""},
    )
    where = Location(document.label, entry.dash + 1 + line, column + 1)
    raise KnowledgeBaseError(_shown(document.snapshot.data or b"", document.label, [Problem.advising(where, advice)]))


#: the fields of a claim holding several values: one that is not valid ('tags: [x, 2026-01-05]', a source
#: without a URL) is left out of the claim as read, and a change made to the rest writes the list without it
_LIST_FIELDS = ("aliases", "tags", "sources")

#: what ``_probe`` gives a field in place of the claim's own value (text no claim of a file holds)
_PROBE_TEXT = "\ufffcfactcheck probe"


def _fields_with_errors(document: _Document, entry: Entry) -> dict[str, list[Problem]]:
    """The errors of the file within ``entry``, by the claim's field (a key of the entry) they are in."""
    first, last = entry.dash + 1, entry.end  # 1-based lines of the entry
    errors = [p for p in document.errors if first <= p.location.line <= last]
    if not errors:
        return {}
    entry_text = document.layout.text_of(entry)
    loaded = entry_text + ("" if entry_text.endswith(("\n", "\r")) else "\n")
    node = load_entry(loaded)
    # (1-based line, 1-based column) of each key: the entry's '-' is line 1 of what load_entry loads
    # ruamel counts lines as an editor does, the file's problems and layout as the parser does (``entry_places``)
    place_of = entry_places(loaded)
    keys = sorted(
        ((entry.dash + line, column + 1), str(key)) for key in node for line, column in [place_of(*node.lc.key(key))]
    )
    by_field: dict[str, list[Problem]] = {}
    for problem in errors:
        place = (problem.location.line, problem.location.column)
        holding = [key for start, key in keys if start <= place]
        if holding:
            by_field.setdefault(holding[-1], []).append(problem)
    return by_field


def _probe(current: Claim, field: str) -> Claim:
    """``current`` with ``field`` holding more than it does: a change whose result for ``field`` is the
    same for both sets the field without reading it (``--tag x``, ``--checked 2026-01-01``)."""
    value: Any
    if field == "sources":
        value = (*current.sources, Source(url="https://example.invalid/" + _PROBE_TEXT))
    elif field in _LIST_FIELDS:
        value = (*getattr(current, field), _PROBE_TEXT)
    else:
        value = _PROBE_TEXT
    return dataclasses.replace(current, **{field: value})


def _reads_field(change: ClaimChange, current: Claim, new: Claim, field: str) -> bool:
    """Whether ``change`` made the new value of ``field`` out of the value read (``--add-tag``,
    ``--remove-source 1``) rather than replacing it.  A claim given whole is taken as the claim read,
    changed: its lists are (a function that ignores the list read replaces it)."""
    if isinstance(change, Claim):
        return field in _LIST_FIELDS
    try:
        probed = normalize_claim(_changed_claim(change, _probe(current, field)))
    except Exception:  # a change that cannot take the probe cannot be shown not to read the field
        return True
    return bool(getattr(probed, field) != getattr(new, field))


def _refuse_dropping_errors(document: _Document, entry: Entry, change: ClaimChange, current: Claim, new: Claim) -> None:
    """Refuse a change that would rewrite a field holding an error of the claim from the value read, which
    left the error out ('tags: [x, 2026-01-05]' read as [x]; --add-tag y wrote [x, y], the date gone, unsaid).
    A change of another field leaves the value as written (and the file's errors refuse it); one that
    replaces the field's value entirely (--checked 2026-01-01 for an impossible date, --tag y) loses nothing."""
    errors = _fields_with_errors(document, entry)
    if not errors:
        return
    before, after = current.to_dict(), new.to_dict()
    dropped = [
        field
        for field in CLAIM_KEYS
        if field in errors
        and before.get(field) != after.get(field)
        and _reads_field(change, current, new, field)
        and not (field == "sources" and _replaces_sources_in_error(document, entry, errors[field], current, new))
    ]
    if not dropped:
        return
    advice = Advice(
        "claim {quoted_id} has errors in its {fields}, which this change would rewrite; fix them first{editor_hint}",
        {
            "quoted_id": repr(current.id),
            "claim_id": current.id,
            "fields": " and ".join(dropped),
            "editor_hint": "",
        },
    )
    heading = Problem.advising(Location(document.label, entry.line_number), advice)
    in_error = [heading, *(problem for field in dropped for problem in errors[field])]
    raise KnowledgeBaseError(_shown(document.snapshot.data or b"", document.label, in_error))


#: the fields of a source a change may give a value in place of one in error (``_replaces_sources_in_error``)
_SOURCE_FIELDS = frozenset(field.name for field in dataclasses.fields(Source)) - {"url"}


def _replaces_sources_in_error(
    document: _Document, entry: Entry, errors: list[Problem], current: Claim, new: Claim
) -> bool:
    """Whether ``new`` changes the claim's sources only by giving a value to each field of a source the file
    holds in error, which the claim read left out ('date: 2026-13-01' read as no date): --source 1
    --source-date 2026-01-01 replaces exactly the value in error, and so drops nothing.  Every source must
    have been read (none left out, so that the n-th read is the file's n-th), and every error be in one
    field of one source; any other change of the sources (another field, another source) is not this.  Nor is
    an entry holding a YAML anchor or alias: a value given by an alias ('date: *d') is in error at its anchor's
    place, so that the error of source 2's date read as source 1's."""
    text = document.layout.text_of(entry)
    if _holds_an_anchor_or_alias(text):
        return False
    loaded = text + ("" if text.endswith(("\n", "\r")) else "\n")
    node = load_entry(loaded)
    listed: Any = node.get("sources")  # ruamel's list: its items' places are in its .lc
    if not isinstance(listed, list) or len(listed) != len(current.sources) or len(new.sources) != len(current.sources):
        return False
    # the field of a source each (1-based line, 1-based column) holds the value of: a value's problem is
    # there ('date: 2026-13-01' at its '2'); one anywhere else (the source's, a key's) is not of one field
    values: dict[tuple[int, int], tuple[int, str]] = {}
    place_of = entry_places(loaded)
    for index, source in enumerate(listed):
        if isinstance(source, dict):
            mapping: Any = source  # ruamel's: its values' places are in its .lc
            for key in mapping:
                line, column = place_of(*mapping.lc.value(key))  # the parser's, as the errors'
                values[(entry.dash + line, column + 1)] = (index, str(key))
    in_error: dict[int, set[str]] = {}
    for problem in errors:
        index, key = values.get((problem.location.line, problem.location.column), (-1, ""))
        if key not in _SOURCE_FIELDS or getattr(current.sources[index], key) is not None:
            return False  # not a source's field, or its value read as written: none left out
        in_error.setdefault(index, set()).add(key)
    for index, (old, changed) in enumerate(zip(current.sources, new.sources, strict=True)):
        fields = in_error.get(index, set())
        if changed != dataclasses.replace(old, **{key: getattr(changed, key) for key in fields}):
            return False  # another field, or another source, changed too
        if any(getattr(changed, key) is None for key in fields):
            return False  # the value in error left out, not replaced
    return True


def _refuse_leaving_an_alias_dangling(document: _Document, entry: Entry) -> None:
    """Refuse to remove ``entry`` when a later entry's YAML alias ('sources: *src') names an anchor the entry
    defines ('sources: &src'): the alias would name nothing, and the refusal said "unknown alias *src (if it is
    text opening with '*', put the whole value in quotes)", a hint for a text, naming neither claim.  (A file
    defining an anchor twice is refused before: ``layout``.)  A file with errors is told to fix them first
    (``_verify``), as before: a merge key ('<<: *base') got this advice in place of its errors."""
    if document.errors:
        return
    tokens = _anchors_and_aliases(document.layout.text_of(entry)) or []
    anchors = {token.value for token in tokens if token.id == "<anchor>"}
    for later in document.layout.entries[document.layout.entries.index(entry) + 1 :] if anchors else ():
        for token in _anchors_and_aliases(document.layout.text_of(later)) or []:
            if token.id == "<alias>" and token.value in anchors:
                shown_at = _line_shown(document, later)
                user = f"claim {later.claim_id!r}" if later.claim_id else f"the entry at line {shown_at}"
                # the text scanned starts with a line of its own; said at the line an editor shows (``_shown``)
                lines = editor_lines(document.snapshot.data or b"", document.label)
                line = later.dash + token.start_mark.line
                line = line if lines is None else lines.line(line)
                removed = entry.claim_id or "it"
                raise InvalidEditError(
                    f"{user} uses the YAML anchor &{token.value} of claim {entry.claim_id!r} (*{token.value}, "
                    f"line {line}), which would name nothing once {removed} is removed: write out the value in "
                    f"place of *{token.value} (or move &{token.value} there), then remove {removed}; nothing written"
                )


def _anchors_and_aliases(entry_text: str) -> list[Any] | None:
    """The anchor ('&d') and alias ('*d') tokens of an entry's text, in order; None when it does not scan alone."""
    if "&" not in entry_text and "*" not in entry_text:
        return []
    try:
        tokens = yaml.scan("claims:\n" + entry_text, Loader=SAFE_LOADER)
        return [token for token in tokens if isinstance(token, (yaml.AnchorToken, yaml.AliasToken))]
    except yaml.YAMLError:
        return None


def _holds_an_anchor_or_alias(entry_text: str) -> bool:
    """Whether the entry's text holds an anchor ('&d') or an alias ('*d'): a token the scanner reads as one
    (an '&' or '*' in a value is none), or, when the text does not scan alone, either character."""
    tokens = _anchors_and_aliases(entry_text)
    return tokens is None or bool(tokens)


#: how many of the file's last entries tell how it writes its fields: enough to see its habits, and
#: few enough that adding a claim to a file of thousands reads none but these again
_STYLE_SAMPLE = 50


def _file_styles(document: _Document) -> WrittenStyles:
    """How the file's entries write their fields (its last ``_STYLE_SAMPLE``): a new value follows it, so that
    a file writing 'verdict: mixed' unquoted gets no 'verdict: "unsupported"'.  Only the styles ``styled``
    would not follow anyway."""
    entries = document.layout.entries[-_STYLE_SAMPLE:]
    return written_styles("".join(document.layout.text_of(entry) for entry in entries)).beyond_defaults()


def _updated_summary(claim_id: str, label: str, before: Claim | None, after: Claim) -> str:
    """The line "updated claim 'x' in F (verdict, summary)": the fields changed, as every way of editing says it.

    The new id is named ("id, now 'y'"): "(id)" alone left the claim's new name, needed to show or edit it
    next, unsaid.  An entry that had errors (``before`` None) has no fields to compare but its id; one whose
    fields all read as before (its editor changed comments or layout) says so."""
    old, new = (before.to_dict() if before is not None else {"id": claim_id}), after.to_dict()
    keys = CLAIM_KEYS if before is not None else ("id",)
    fields = [f"id, now {after.id!r}" if key == "id" else key for key in keys if old.get(key) != new.get(key)]
    if not fields and before is not None:
        fields = ["comments or layout only"]
    return f"updated claim {claim_id!r} in {shown_name(label)}" + (f" ({', '.join(fields)})" if fields else "")


def _check_claim_id(function: str, claim_id: object) -> None:
    """``TypeError`` for an id that is not text: None (a field missing from a bot's request) or a number
    failed deep inside the edit with an AttributeError, after the file was locked and read."""
    if not isinstance(claim_id, str):
        raise TypeError(f"{function} takes the claim's id as text (str), not {type(claim_id).__name__}")


def _changed_claim(change: ClaimChange, current: Claim) -> Claim:
    """What ``update_claim``'s ``change`` makes of ``current``: a function that returns no claim (a lambda
    that edits in place and returns None, or the claim's ``to_dict()``) is a programming error, not an edit."""
    changed = change(current) if callable(change) else change
    if not isinstance(changed, Claim):
        raise TypeError(f"update_claim's change must give a Claim, not {type(changed).__name__}")
    return changed


def _untouched_as_they_are(current: Claim, changed: Claim) -> Claim:
    """``changed`` normalised, but for the fields it leaves as ``current`` has them: the file's.

    A tag or alias the file lists twice (validate warns of it) is written once when the list is
    changed; an edit of another field rewrote the list without it."""
    new = normalize_claim(changed)
    kept = {
        f.name: getattr(current, f.name)
        for f in dataclasses.fields(Claim)
        if getattr(changed, f.name) == getattr(current, f.name)
    }
    return dataclasses.replace(new, **kept)


def _refuse_taken_id(document: _Document, claim_id: str) -> None:
    entry = document.layout.find(claim_id)
    if entry is not None:
        raise DuplicateClaimError(claim_id, document.label, document.claims[entry.index], _line_shown(document, entry))


def remove_claim(
    path: Path | str,
    claim_id: str,
    *,
    dry_run: bool = False,
    expected: FileSnapshot | None = None,
    lock_timeout: float = LOCK_TIMEOUT,
) -> EditResult:
    """Remove the entry ``claim_id`` with its own leading comment; neighbours are untouched.  The
    result's ``claims`` holds the claim removed.  ``UnknownClaimError`` when no claim has that id."""
    _check_claim_id("remove_claim", claim_id)

    def plan(document: _Document) -> _Plan:
        entry = document.entry(claim_id)
        _refuse_leaving_an_alias_dangling(document, entry)
        removed = document.claims[entry.index]
        expected_claims = [c for i, c in enumerate(document.claims) if i != entry.index]
        summary = f"removed claim {claim_id!r} from {shown_name(document.label)}"
        return _Plan(document.layout.remove(entry), expected_claims, summary, (removed,) if removed else ())

    return _change_file(path, plan, dry_run=dry_run, expected=expected, lock_timeout=lock_timeout, action="removed")


# -- editing one entry as text (the editor flow) ------------------------------------------------------


@dataclass(frozen=True)
class EntryDraft:
    """One entry as a person edits it: a top-level YAML mapping, and the file it came from."""

    claim_id: str
    text: str
    snapshot: FileSnapshot


def entry_for_editing(path: Path, claim_id: str) -> EntryDraft:
    """The entry ``claim_id`` as stand-alone YAML (its own comments kept), for an editor."""
    document = _existing_document(path)
    entry = document.entry(claim_id)
    text = document.layout.text_of(entry)
    shown = text[: len(text) - len(_final_blank_lines(text))]
    return EntryDraft(claim_id, _dedent_entry(shown, entry), document.snapshot)


def _final_blank_lines(entry_text: str) -> str:
    """The blank lines that end an entry's text, as the file has them: those of a last '|+' text (its own,
    ``layout``).  The editor shows the entry without them (it strips what is saved of them anyway) and
    ``replace_entry`` leaves them in the file below what was saved: the text keeps them as long as it keeps
    its '|+', and they part it from the next entry as before when it does not."""
    lines = entry_text.splitlines(keepends=True)
    count = 0
    while count < len(lines) and not lines[len(lines) - 1 - count].strip():
        count += 1
    return "".join(lines[len(lines) - count :])


def claim_as_it_stands(path: Path, claim_id: str, *, to_remove: bool = False) -> tuple[FileSnapshot, Claim | None]:
    """The file as read now (pass it as ``expected`` so that a change it meanwhile undergoes
    refuses the edit) and the claim ``claim_id`` in it (None when the entry has errors);
    ``UnknownClaimError`` or ``KnowledgeBaseError`` as ``entry_for_editing``.  ``to_remove``: the
    ``InvalidEditError`` ``remove_claim`` would raise for a claim whose anchor another's alias names, said
    before 'remove' asks to confirm (it asked, and refused once the user said yes)."""
    document = _existing_document(path)
    entry = document.entry(claim_id)
    if to_remove:
        _refuse_leaving_an_alias_dangling(document, entry)
    return document.snapshot, document.kb.get(claim_id)


def _existing_document(path: Path) -> _Document:
    label = str(path)
    snapshot = read_snapshot(Path(path))
    if not snapshot.exists:
        raise KnowledgeBaseError([Problem.advising(Location(label), no_such_file_advice(label))])
    return _read_document(Path(path), label, snapshot)


def _dedent_entry(text: str, entry: Entry) -> str:
    lines = text_lines(text)
    first = lines[0]
    lines[0] = first[: entry.dash_column] + " " + first[entry.dash_column + 1 :]
    out: list[str] = []
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        out.append(line[min(indent, entry.key_column) :])
    while out and not out[0].strip():
        out.pop(0)
    return "\n".join(out) + "\n"


def _indent_entry(text: str, dash_column: int, key_column: int) -> str:
    lines = text.rstrip("\n").split("\n")
    out = [" " * dash_column + "-" + " " * (key_column - dash_column - 1) + lines[0]]
    out += [(" " * key_column + line) if line.strip() else "" for line in lines[1:]]
    return "\n".join(out) + "\n"


def check_entry_text(text: str, label: str = "<entry>") -> tuple[Claim | None, list[Problem]]:
    """Validate an entry written as a top-level mapping; problems point at ``text``'s lines."""
    mini = "claims:\n" + _indent_entry(text, 0, 2)
    try:
        kb, problems = parse_knowledge_base(mini.encode("utf-8"), label)
    except KnowledgeBaseError as exc:
        problems, kb = exc.problems, KnowledgeBase((), label)
    # replaced, not rebuilt: a problem's advice (``Problem.worded_for``) stays with it
    moved = [
        dataclasses.replace(p, location=Location(label, max(p.location.line - 1, 0), max(p.location.column - 2, 0)))
        for p in problems
    ]
    claim = kb.claims[0] if len(kb.claims) == 1 and not any(p.is_error for p in moved) else None
    return claim, moved


def replace_entry(
    path: Path,
    claim_id: str,
    text: str,
    *,
    expected: FileSnapshot,
    dry_run: bool = False,
    lock_timeout: float = LOCK_TIMEOUT,
) -> EditResult:
    """Replace the entry ``claim_id`` by ``text`` (a top-level mapping, as ``entry_for_editing``
    gave it), unless the file changed since ``expected`` was read.  Raises ``InvalidClaimError``
    with problems located in ``text`` when it is not a valid claim."""
    claim, problems = check_entry_text(text)
    errors = [p for p in problems if p.is_error]
    if claim is None:
        raise InvalidClaimError(errors or problems, "the entry")

    def plan(document: _Document) -> _Plan:
        entry = document.entry(claim_id)
        if claim.id != claim_id:
            _refuse_taken_id(document, claim.id)
        old_text = document.layout.text_of(entry)
        new_text = _indent_entry(text, entry.dash_column, entry.key_column) + _final_blank_lines(old_text)
        expected_claims = list(document.claims)
        expected_claims[entry.index] = claim
        if old_text == new_text:
            return _Plan(document.text, expected_claims, f"claim {claim_id!r} unchanged", (claim,))
        summary = _updated_summary(claim_id, document.label, document.claims[entry.index], claim)
        return _Plan(document.layout.replace(entry, new_text), expected_claims, summary, (claim,))

    return _change_file(path, plan, dry_run=dry_run, expected=expected, lock_timeout=lock_timeout, action="updated")
