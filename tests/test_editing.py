"""factcheck.editing: changes touch only the entry concerned, and bad changes write nothing."""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from factcheck.editing import (
    DuplicateClaimError,
    EditResult,
    InvalidClaimError,
    InvalidEditError,
    NearDuplicateError,
    _unified_diff,
    add_claims,
    check_entry_text,
    entry_for_editing,
    remove_claim,
    replace_entry,
    update_claim,
)
from factcheck.errors import FactcheckError, KnowledgeBaseError, UnknownClaimError
from factcheck.layout import read_layout
from factcheck.model import MAX_ID_LENGTH, Claim, KnowledgeBase, Publisher, Source, Verdict, slugify, unique_id
from factcheck.roundtrip import EntryFormatError
from factcheck.safewrite import FileChangedError, WriteError, read_snapshot, stray_temp_files
from factcheck.store import load_knowledge_base, validate_file

EDITING = Path(__file__).parent / "fixtures" / "editing"
COMMENTED = EDITING / "commented_claims.yaml"

NEW_CLAIM = Claim(
    id="new-claim",
    claim="A new claim: with a colon",
    verdict=Verdict.MIXED,
    tags=("weather",),
    sources=(Source(url="https://example.org/new", title="New", date="2025-01-31"),),
)


def change(claim_id: str, **fields: object) -> Callable[[Path], EditResult]:
    return lambda path: update_claim(path, claim_id, lambda c: dataclasses.replace(c, **fields))  # type: ignore[arg-type]


GOLDEN_OPERATIONS: dict[str, Callable[[Path], EditResult]] = {
    "add": lambda path: add_claims(path, [NEW_CLAIM]),
    "edit": change("second-claim", verdict=Verdict.TRUE, tags=("politics",)),
    "edit-first": lambda path: update_claim(
        path,
        "first-claim",
        lambda c: dataclasses.replace(c, sources=(*c.sources, Source("https://example.org/more", date="2025"))),
    ),
    "edit-third": change("third-claim", summary="Added later."),
    "remove-first": lambda path: remove_claim(path, "first-claim"),
    "remove-second": lambda path: remove_claim(path, "second-claim"),
    "remove-third": lambda path: remove_claim(path, "third-claim"),
}


@pytest.fixture
def commented(tmp_path: Path) -> Path:
    target = tmp_path / "claims.yaml"
    shutil.copyfile(COMMENTED, target)
    return target


def changed_line_ranges(before: str, after: str) -> list[tuple[int, int]]:
    """0-based [start, end) ranges of the lines of ``before`` that differ in ``after``."""
    matcher = difflib.SequenceMatcher(None, before.splitlines(), after.splitlines(), autojunk=False)
    return [(i1, i2) for tag, i1, i2, _j1, _j2 in matcher.get_opcodes() if tag != "equal"]


def entry_lines(text: str, claim_id: str) -> tuple[int, int]:
    layout = read_layout(text)
    entry = layout.find(claim_id)
    assert entry is not None
    return entry.start, entry.end


def test_the_entries_of_a_big_file_are_found_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each entry's dash was looked for among every dash of the file: finding the entries of a
    # 4,000-claim file took 10 s, so 'edit' or 'remove' on it 13 s; 10,000 claims, over a minute.
    # Counted, not timed (tests stay deterministic): how often a dash's offset is read.
    reads = 0

    class CountedMark(yaml.Mark):  # type: ignore[misc]  # PyYAML has no type hints here
        @property
        def index(self) -> int:
            nonlocal reads
            reads += 1
            return self._index

        @index.setter
        def index(self, value: int) -> None:
            self._index = value

    real_scan = yaml.scan

    def scan(text: str, Loader: type) -> Iterator[yaml.Token]:
        for token in real_scan(text, Loader=Loader):
            mark = token.start_mark
            token.start_mark = CountedMark(mark.name, mark.index, mark.line, mark.column, None, None)
            yield token

    monkeypatch.setattr(yaml, "scan", scan)
    size = 2_000
    text = "claims:\n" + "".join(
        f"  # heading {i}\n  - id: c{i}\n    claim: Claim {i}.\n    verdict: 'false'\n" for i in range(size)
    )
    layout = read_layout(text)
    last = layout.entries[-1]
    assert (len(layout.entries), last.claim_id, last.start, last.dash, last.end) == (size, "c1999", 7997, 7998, 8001)
    assert reads < 10 * size  # a few per entry; each entry reading every dash was 10,001,000


def test_the_diff_of_a_change_compares_only_the_lines_around_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # difflib compared the whole old file with the whole new one: on a 10,000-claim file whose lines recur hundreds
    # of times (one source cited by many claims) an edit took 40 s, 30 of them in the diff. Counted, not timed: how
    # many lines difflib is given.
    compared: list[int] = []
    real_matcher = difflib.SequenceMatcher

    def matcher(isjunk: None, a: list[str], b: list[str]) -> difflib.SequenceMatcher[str]:
        compared.append(len(a) + len(b))
        return real_matcher(isjunk, a, b)

    monkeypatch.setattr(difflib, "SequenceMatcher", matcher)
    source = "    sources:\n      - url: https://example.org/cited-by-all\n"
    kb = tmp_path / "claims.yaml"
    kb.write_text(
        "claims:\n"
        + "".join(f"  - id: c{i}\n    claim: Claim {i}.\n    verdict: 'false'\n{source}" for i in range(500)),
        encoding="utf-8",
    )
    before = kb.read_text(encoding="utf-8")
    result = update_claim(kb, "c250", lambda c: dataclasses.replace(c, verdict=Verdict.TRUE), dry_run=True)
    assert max(compared) < 20  # the whole file is 2,500 lines, on each side
    monkeypatch.undo()
    after = before.replace(
        "id: c250\n    claim: Claim 250.\n    verdict: 'false'", "id: c250\n    claim: Claim 250.\n    verdict: 'true'"
    )
    whole = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True), str(kb), str(kb))
    assert result.diff == "".join(whole)
    assert result.diff.splitlines()[2] == "@@ -1251,7 +1251,7 @@"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\nX\nf\ng\nh\n"),  # one line changed
        ("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n"),  # lines added at the end
        ("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\ne\nh\n"),  # lines removed
        ("a\na\na\na\na\na\n", "a\na\na\na\na\na\na\n"),  # a repeated line added
        ("a\nb\nc\nd\ne\nf\ng\nh\n", "x\nb\nc\nd\ne\nf\ng\ny\n"),  # a change at each end
        ("a\nb", "a\nc"),  # no line break at the end
    ],
)
def test_the_diff_of_a_change_is_the_diff_of_the_whole_file(old: str, new: str) -> None:
    whole = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True), "f", "f")
    assert _unified_diff("f", old, new) == "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in whole
    )


SEALS = """\
claims:
  - id: seals-en
    claim: Mexico's Senate approved 19 US Navy SEALs in February 2026.
    verdict: "true"
    tags: [senate]
    checked: "2026-11-25"
  - id: seals-es
    claim: El Senado aprobó 19 Navy SEALs en febrero de 2026.
    verdict: "true"
    tags: [senate]
    checked: "2026-11-25"
  - id: troops-10000
    claim: There are more than 10,000 US troops in Mexico.
    verdict: "false"
"""


def test_removing_an_entry_like_the_one_before_it_diffs_with_the_context_after_it(tmp_path: Path) -> None:
    # The entry removed repeats the lines of the one before it: difflib, given the changed lines with 3 lines of
    # context each side, aligned them so that the hunk ended at the file's last kept line with no context after
    # it ('@@ -4,8 +4,3 @@'), a diff that git apply and patch refuse.
    kb = tmp_path / "claims.yaml"
    kb.write_text(SEALS, encoding="utf-8")
    diff = remove_claim(kb, "seals-es", dry_run=True).diff
    assert diff.splitlines()[2] == "@@ -4,11 +4,6 @@"
    assert diff.splitlines()[-3:] == [
        "   - id: troops-10000",
        "     claim: There are more than 10,000 US troops in Mexico.",
        '     verdict: "false"',
    ]
    assert apply_unified_diff(SEALS, diff) == SEALS.replace(
        SEALS[SEALS.index("  - id: seals-es") : SEALS.index("  - id: troops")], ""
    )


def apply_unified_diff(old: str, diff: str) -> str:
    """``old`` patched by ``diff`` as strictly as git apply: no offset, no fuzz, every hunk with its full context."""
    old_lines = old.splitlines(keepends=True)
    result: list[str] = []
    taken = 0  # old lines copied or replaced so far
    for header, body in _diff_hunks(diff):
        match = re.fullmatch(r"@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@", header)
        assert match, header
        count = int(match[2] if match[2] is not None else 1)
        start = int(match[1]) - 1 if count else int(match[1])  # an empty range names the line before it
        assert start >= taken, "hunks out of order"
        result += old_lines[taken:start]
        assert [line[1:] for line in body if line[0] in " -"] == old_lines[start : start + count], header
        leading = next(i for i, line in enumerate(body) if line[0] != " ")
        trailing = next(i for i, line in enumerate(reversed(body)) if line[0] != " ")
        assert leading == min(3, start + leading), f"{header}: {leading} lines of context before"
        after = len(old_lines) - (start + count)
        assert trailing == min(3, after + trailing), f"{header}: {trailing} lines of context after"
        result += [line[1:] for line in body if line[0] in " +"]
        taken = start + count
    return "".join(result + old_lines[taken:])


def _diff_hunks(diff: str) -> Iterator[tuple[str, list[str]]]:
    lines = diff.splitlines(keepends=True)
    assert lines[:2] == ["--- f\n", "+++ f\n"] or lines[0].startswith("--- "), lines[:2]
    header, body = "", []
    for line in lines[2:]:
        if line.startswith("@@ "):
            if header:
                yield header, body
            header, body = line.rstrip("\n"), []
        elif line == "\\ No newline at end of file\n":
            body[-1] = body[-1].removesuffix("\n")
        else:
            body.append(line)
    yield header, body


repeated_lines = st.lists(st.sampled_from(["a\n", "b\n", "c\n", "  - id: x\n"]), max_size=30)


@given(
    repeated_lines,
    st.lists(
        st.tuples(
            st.integers(0, 30), st.sampled_from(["insert", "delete", "replace"]), st.sampled_from(["a\n", "b\n", "y\n"])
        ),
        min_size=1,
        max_size=4,
    ),
    st.booleans(),
)
def test_the_diff_of_any_change_applies_to_the_old_file(
    lines: list[str], changes: list[tuple[int, str, str]], final_line_break: bool
) -> None:
    new = list(lines)
    for position, change, line in changes:
        at = min(position, len(new))
        if change == "insert":
            new.insert(at, line)
        elif new and change == "delete":
            del new[min(at, len(new) - 1)]
        elif new:
            new[min(at, len(new) - 1)] = line
    old_text, new_text = "".join(lines), "".join(new)
    if not final_line_break:
        old_text, new_text = old_text.removesuffix("\n"), new_text.removesuffix("\n")
    diff = _unified_diff("f", old_text, new_text)
    assert (diff == "") == (old_text == new_text)
    if diff:
        assert apply_unified_diff(old_text, diff) == new_text


# -- byte for byte ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(GOLDEN_OPERATIONS))
def test_change_matches_golden_file(commented: Path, name: str) -> None:
    result = GOLDEN_OPERATIONS[name](commented)
    assert result.written
    golden = EDITING / "golden" / f"commented_claims.{name}.yaml"
    assert commented.read_bytes() == golden.read_bytes()


@pytest.mark.parametrize("claim_id", ["first-claim", "second-claim", "third-claim"])
def test_edit_changes_only_lines_of_its_entry(commented: Path, claim_id: str) -> None:
    before = commented.read_text(encoding="utf-8")
    start, end = entry_lines(before, claim_id)
    update_claim(
        commented, claim_id, lambda c: dataclasses.replace(c, verdict=Verdict.MISLEADING, checked="2026-01-01")
    )
    ranges = changed_line_ranges(before, commented.read_text(encoding="utf-8"))
    assert ranges
    assert all(start <= i1 and i2 <= end for i1, i2 in ranges), (ranges, start, end)


def test_every_starter_entry_edits_as_a_one_line_diff(starter_kb: Path, tmp_path: Path) -> None:
    copy = tmp_path / "claims.yaml"
    shutil.copyfile(starter_kb, copy)
    for claim in load_knowledge_base(copy).claims:
        verdict = Verdict.MIXED if claim.verdict is not Verdict.MIXED else Verdict.TRUE
        result = update_claim(copy, claim.id, lambda c, v=verdict: dataclasses.replace(c, verdict=v), dry_run=True)
        changed = [line for line in result.diff.splitlines()[2:] if line[:1] in "+-"]
        assert changed == [f'-    verdict: "{claim.verdict}"', f'+    verdict: "{verdict}"'], claim.id
    assert copy.read_bytes() == starter_kb.read_bytes()


def test_add_then_remove_restores_the_file(commented: Path) -> None:
    original = commented.read_bytes()
    add_claims(commented, [NEW_CLAIM])
    assert commented.read_bytes() != original
    remove_claim(commented, "new-claim")
    assert commented.read_bytes() == original


def test_a_change_names_the_tags_new_to_the_file_with_the_tags_like_them(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text('claims:\n  - id: a\n    claim: Tap water is safe\n    verdict: "true"\n    tags: [Sovereignty]\n')
    claim = Claim(
        id="b", claim="Bananas are berries", verdict=Verdict.TRUE, tags=("sovereignity", "fruit", "SOVEREIGNTY")
    )
    added = add_claims(path, [claim])
    assert added.new_tags() == {"sovereignity": ["Sovereignty"], "fruit": []}
    updated = update_claim(path, "a", lambda current: dataclasses.replace(current, tags=("fruit", "fruits")))
    assert updated.new_tags() == {"fruits": ["fruit"]}
    assert remove_claim(path, "b").new_tags() == {}


def test_a_misspelt_tag_corrected_is_new_with_no_tag_like_it(tmp_path: Path) -> None:
    # the note pointed back at the misspelling the change removed: {'sovereignty': ['sovereignity']}
    path = tmp_path / "claims.yaml"
    path.write_text(
        'claims:\n  - id: a\n    claim: Tap water is safe\n    verdict: "true"\n    tags: [sovereignity]\n'
        '  - id: b\n    claim: Bananas are berries\n    verdict: "true"\n    tags: [fruit]\n'
    )
    fixed = update_claim(path, "a", lambda current: dataclasses.replace(current, tags=("sovereignty",)))
    assert fixed.new_tags() == {"sovereignty": []}
    # two new tags alike are not named beside each other; a tag the file still has is
    both = update_claim(path, "b", lambda current: dataclasses.replace(current, tags=("fruits", "fruitz")))
    assert both.new_tags() == {"fruits": [], "fruitz": []}
    kept = update_claim(path, "b", lambda current: dataclasses.replace(current, tags=("fruits", "sovereignity")))
    assert kept.new_tags() == {"sovereignity": ["sovereignty"]}


def test_a_new_tag_is_named_beside_tags_spelt_like_it_not_another_word(tmp_path: Path) -> None:
    # a cutoff of 0.6 and a tag's words named "border" for "murder", "merida" for "media", "sovereignty" for
    # "security", "troop-numbers" for "numbers": one new tag in three of a newsroom's got a note
    path = tmp_path / "claims.yaml"
    tags = "[border, troop-numbers, merida, sovereignty, government-statements, economy]"
    path.write_text(f'claims:\n  - id: a\n    claim: Tap water is safe\n    verdict: "true"\n    tags: {tags}\n')
    words = ("murder", "numbers", "media", "security", "government", "borders", "economic")
    claim = Claim(id="b", claim="Bananas are berries", verdict=Verdict.TRUE, tags=words)
    assert add_claims(path, [claim]).new_tags() == {
        "murder": [],
        "numbers": [],
        "media": [],
        "security": [],
        "government": [],
        "borders": ["border"],
        "economic": ["economy"],
    }


# -- indentation: lists as the person indented them --------------------------------------------------

# Entries' dashes at the key's column, nested lists indented two (tags, aliases) or four (tags of
# 'b') or not at all (sources): a mix that people write and that ruamel dumps one way only.
MIXED_INDENTATION = """\
claims:
- id: a
  claim: There are US troops in Mexico.
  verdict: "false"
  summary: Not so.
  aliases:
    - US soldiers are in Mexico
  tags:
      - border   # four deep
      - troops
  sources:
  - url: https://example.org/a
    title: A
- id: b
  claim: Another claim.
  verdict: "true"
  tags:
    - b
"""


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    target = tmp_path / "claims.yaml"
    target.write_text(MIXED_INDENTATION, encoding="utf-8")
    return target


def diff_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)][2:]


def test_edit_keeps_the_indentation_of_untouched_lists(mixed: Path) -> None:
    update_claim(mixed, "a", lambda c: dataclasses.replace(c, summary="Changed."))
    after = mixed.read_text(encoding="utf-8")
    assert diff_lines(MIXED_INDENTATION, after) == ["@@ -5 +5 @@", "-  summary: Not so.", "+  summary: Changed."]


def test_a_changed_list_keeps_its_own_indentation(mixed: Path) -> None:
    update_claim(
        mixed,
        "a",
        lambda c: dataclasses.replace(
            c, tags=(*c.tags, "new"), sources=(*c.sources, Source("https://example.org/b")), aliases=()
        ),
    )
    after = mixed.read_text(encoding="utf-8")
    assert re.search(r"\n  tags:\n      - border +# four deep\n      - troops\n      - new\n", after)
    assert "  sources:\n  - url: https://example.org/a\n    title: A\n  - url: https://example.org/b\n" in after
    assert "aliases" not in after.split("- id: b")[0]


def test_a_new_list_is_indented_as_the_entrys_other_lists(mixed: Path) -> None:
    update_claim(mixed, "b", lambda c: dataclasses.replace(c, aliases=("Yet another claim",)))
    assert mixed.read_text(encoding="utf-8").endswith(
        '  verdict: "true"\n  aliases:\n    - Yet another claim\n  tags:\n    - b\n'
    )


def test_a_new_entry_indents_its_lists_as_the_last_entry(mixed: Path) -> None:
    add_claims(mixed, [NEW_CLAIM])
    after = mixed.read_text(encoding="utf-8")
    assert after.startswith(MIXED_INDENTATION)
    assert "  sources:\n    - url: https://example.org/new\n      title: New\n" in after[len(MIXED_INDENTATION) :]
    assert load_knowledge_base(mixed).get("new-claim") == NEW_CLAIM


# -- comments ------------------------------------------------------------------------------------------


def test_remove_takes_its_leading_comment_and_leaves_the_neighbours(commented: Path) -> None:
    remove_claim(commented, "second-claim")
    text = commented.read_text(encoding="utf-8")
    assert "# Second: a plain scalar over two lines" not in text
    assert "  # First: single quotes with an escaped quote\n  - id: first-claim\n" in text
    assert "  # Third (two blank lines above), with wider indentation\n  -   id: third-claim\n" in text
    assert "      # the only source\n" in text
    assert "# --- Weather ---" in text


def test_remove_first_keeps_the_section_comment_above_it(commented: Path) -> None:
    remove_claim(commented, "first-claim")
    text = commented.read_text(encoding="utf-8")
    assert "# First: single quotes" not in text and "# the only source" not in text
    assert "claims:\n\n  # --- Weather" in text


def test_add_does_not_steal_the_comment_after_the_last_entry(commented: Path) -> None:
    add_claims(commented, [NEW_CLAIM])
    text = commented.read_text(encoding="utf-8")
    new_at = text.index("id: new-claim")
    assert text.index("# a comment after the last entry (not part of it)") > new_at
    assert text.rstrip().endswith("# the end\nlanguage: en")


def test_removing_a_key_keeps_the_comment_above_the_next_key(write_kb: Callable[..., Path]) -> None:
    path = write_kb(
        'claims:\n  - id: a\n    claim: A thing\n    verdict: "true"\n    summary: s\n'
        "    # about the tags\n    tags: [x]\n"
    )
    update_claim(path, "a", lambda c: dataclasses.replace(c, summary=None))
    assert (
        path.read_text()
        == 'claims:\n  - id: a\n    claim: A thing\n    verdict: "true"\n    # about the tags\n    tags: [x]\n'
    )


def test_removing_a_source_takes_its_comment_and_keeps_the_next_one(write_kb: Callable[..., Path]) -> None:
    head = 'claims:\n  - id: a\n    claim: A thing\n    verdict: "true"\n    sources:\n'
    path = write_kb(
        head + "      # one\n      - url: https://one.example\n        date: '2020'  # eol one\n"
        "      # two\n      - url: https://two.example\n        date: '2021'\n"
        "      # three\n      - url: https://three.example\n        date: '2022'\n"
    )
    update_claim(path, "a", lambda c: dataclasses.replace(c, sources=(c.sources[0], c.sources[2])))
    assert path.read_text() == head + (
        "      # one\n      - url: https://one.example\n        date: '2020'  # eol one\n"
        "      # three\n      - url: https://three.example\n        date: '2022'\n"
    )
    update_claim(path, "a", lambda c: dataclasses.replace(c, sources=c.sources[1:]))
    assert path.read_text() == head + "      # three\n      - url: https://three.example\n        date: '2022'\n"


def test_changing_one_field_of_a_source_keeps_its_other_lines(write_kb: Callable[..., Path]) -> None:
    # 'edit ID --source 2 --remove-source 1 --source-date 2025' rewrote source 2 whole: its quoted
    # note came back folded over two lines, and a comment inside it was lost
    head = 'claims:\n  - id: a\n    claim: A thing\n    verdict: "true"\n    sources:\n'
    one = "      - url: https://one.example\n        date: '2020'\n"
    note = "a note long enough to be folded when it is written anew, " * 2
    two = (
        '      - url: https://two.example\n        date: "2021"\n'
        f'        # checked by hand\n        note: "{note.strip()}"\n'
    )
    path = write_kb(head + one + two)
    update_claim(path, "a", lambda c: dataclasses.replace(c, sources=(dataclasses.replace(c.sources[1], date="2022"),)))
    assert path.read_text() == head + two.replace('"2021"', '"2022"')
    path = write_kb(head + one + two)
    update_claim(
        path,
        "a",
        lambda c: dataclasses.replace(c, sources=(c.sources[0], dataclasses.replace(c.sources[1], date=None))),
    )
    assert path.read_text() == head + one + two.replace('        date: "2021"\n', "")


def test_a_control_character_is_not_written_but_one_already_there_is_kept(write_kb: Callable[..., Path]) -> None:
    # add, edit and import wrote "\\0" or "\\e" escapes, which 'factcheck validate' then warned of
    text = 'claims:\n  - id: a\n    claim: "A \\e thing"\n    verdict: "true"\n'
    path = write_kb(text)
    new = dataclasses.replace(NEW_CLAIM, sources=(Source("https://example.org/x", quote="Said \x00 this."),))
    with pytest.raises(InvalidClaimError, match=r"sources #1.quote holds a control character \(U\+0000\)"):
        add_claims(path, [new])
    with pytest.raises(InvalidClaimError, match=r"summary holds a control character \(U\+0007\)"):
        update_claim(path, "a", lambda c: dataclasses.replace(c, summary="Why\a."))
    assert path.read_text() == text
    update_claim(path, "a", lambda c: dataclasses.replace(c, summary="Why."))  # the file's own stays
    assert path.read_text() == text + "    summary: Why.\n"


def test_an_edit_leaves_a_list_with_a_repeated_item_alone_unless_it_changes_it(write_kb: Callable[..., Path]) -> None:
    # the claim was normalised whole, so the aliases listed twice were rewritten by an edit of the claimant
    head = 'claims:\n- id: a\n  claim: A thing\n  verdict: "true"\n'
    path = write_kb(head + '  aliases: ["no", "no"]\n  tags: [a, b, a]\n')
    update_claim(path, "a", lambda c: dataclasses.replace(c, claimant="Jo"))
    assert path.read_text() == head + '  aliases: ["no", "no"]\n  tags: [a, b, a]\n  claimant: Jo\n'
    update_claim(path, "a", lambda c: dataclasses.replace(c, tags=(*c.tags, "c")))  # written once when changed
    assert path.read_text() == head + '  aliases: ["no", "no"]\n  tags: [a, b, c]\n  claimant: Jo\n'


def test_a_comment_below_a_block_text_stays_below_its_new_value(write_kb: Callable[..., Path]) -> None:
    # 'claim: |-' with its text and a comment line below became 'claim: "yes" # verdict, next'
    head = "claims:\n- id: a\n"
    tail = '  # verdict, next\n  verdict: "true"\n'
    # (a text a block can hold stays one: 'claim: |-' + 'yes'; one with a line separator, U+2028, needs quotes)
    path = write_kb(head + "  claim: |-\n    A thing\n" + tail)
    update_claim(path, "a", lambda c: dataclasses.replace(c, claim="yes"))
    assert path.read_text() == head + "  claim: |-\n    yes\n" + tail
    update_claim(path, "a", lambda c: dataclasses.replace(c, claim="x\u2028y"))
    assert path.read_text() == head + '  claim: "x\\Ly"\n' + tail
    path = write_kb(head + "  claim: >-  # folded\n    A thing\n\n" + tail)
    update_claim(path, "a", lambda c: dataclasses.replace(c, claim="x\u2028y"))
    assert path.read_text() == head + '  claim: "x\\Ly"  # folded\n\n' + tail  # the comment's spaces kept


def test_a_key_added_or_removed_after_a_block_text_leaves_the_comments_with_their_keys(
    write_kb: Callable[..., Path],
) -> None:
    # the first comment line below a block text was read as the text's own: a key inserted after the text went
    # below the comment above the next key, one removed after it left its comment, one removed with it took the
    # next key's
    head = 'claims:\n- id: a\n  claim: A thing\n  verdict: "true"\n'
    sources = '  # above the sources\n  sources:\n  - url: https://example.org/0\n    date: "2024"\n'
    path = write_kb(head + "  summary: |-\n    Why\n" + sources)
    update_claim(path, "a", lambda c: dataclasses.replace(c, claimant="Jo"))
    assert path.read_text() == head + "  summary: |-\n    Why\n  claimant: Jo\n" + sources
    update_claim(path, "a", lambda c: dataclasses.replace(c, claimant=None, summary=None))
    assert path.read_text() == head + sources
    path = write_kb('claims:\n- id: a\n  claim: |\n    A thing\n  # why\n  summary: Why\n  verdict: "true"\n')
    update_claim(path, "a", lambda c: dataclasses.replace(c, summary=None))
    assert path.read_text() == 'claims:\n- id: a\n  claim: |\n    A thing\n  verdict: "true"\n'


def test_a_block_text_kept_with_its_line_breaks_can_be_left_last(write_kb: Callable[..., Path]) -> None:
    # ruamel closes a document ending in a '|+' text with '...', which was spliced into the file before the next entry:
    # removing the key after such a text was refused ('did not find expected <document start>')
    head = 'claims:\n- id: a\n  claim: A thing\n  verdict: "true"\n  summary: |+\n    Why\n\n'
    rest = '- id: b\n  claim: Another thing\n  verdict: "true"\n'
    path = write_kb(head + "  claimant: Jo\n" + rest)
    update_claim(path, "a", lambda c: dataclasses.replace(c, claimant=None))
    assert path.read_text() == head + rest
    assert yaml.safe_load(path.read_text())["claims"][0]["summary"] == "Why\n\n"


def test_a_key_inserted_after_a_block_text_kept_with_its_line_breaks_adds_its_line_alone(
    write_kb: Callable[..., Path],
) -> None:
    # the blank lines below a '|+' text (its own) were taken for a gap above the next key: the claimant inserted after
    # the text came with two more blank lines below it
    head = 'claims:\n- id: a\n  claim: A thing\n  verdict: "true"\n  summary: |+\n    Why\n\n\n'
    sources = "  # above the sources\n  sources:\n  - url: https://example.org/0\n"
    path = write_kb(head + sources)
    update_claim(path, "a", lambda c: dataclasses.replace(c, claimant="Jo"))
    assert path.read_text() == head + "  claimant: Jo\n" + sources


def test_an_unchanged_field_keeps_its_line_breaks_and_flow_spacing(write_kb: Callable[..., Path]) -> None:
    # ruamel joins a plain text written over two lines and writes '[ a,b ]' as '[a, b]'
    rest = (
        '  verdict: "true"\n  aliases: [ x,y ,  "z" ]   # eol\n  sources:\n  - url: https://example.org/0\n'
        '    date: "2024"\n    quote: A quote\n      over two lines\n'
    )
    path = write_kb("claims:\n- id: a\n  claim: A thing\n" + rest)
    update_claim(path, "a", lambda c: dataclasses.replace(c, claim="Another thing"))
    assert path.read_text() == "claims:\n- id: a\n  claim: Another thing\n" + rest


def test_an_unchanged_field_keeps_a_comma_after_its_last_item(write_kb: Callable[..., Path]) -> None:
    # ruamel writes '[a, b,]' as '[a, b]': an edit of another field rewrote the tags' line
    path = write_kb('claims:\n- id: a\n  claim: A thing\n  verdict: "true"\n  tags: [a, b,]\n')
    update_claim(path, "a", lambda c: dataclasses.replace(c, verdict=Verdict.FALSE))
    assert path.read_text() == 'claims:\n- id: a\n  claim: A thing\n  verdict: "false"\n  tags: [a, b,]\n'
    # a new key below it, the comment above the next key staying there
    head = 'claims:\n- id: a\n  claim: A thing\n  verdict: "true"\n  tags: [a, b,]\n'
    tail = "  # the sources\n  sources: []\n"
    path = write_kb(head + tail)
    update_claim(path, "a", lambda c: dataclasses.replace(c, claimant="Jo"))
    assert path.read_text() == head + "  claimant: Jo\n" + tail


def test_an_unchanged_field_keeps_its_escapes(write_kb: Callable[..., Path]) -> None:
    # ruamel writes '"caf\\u00e9"' as '"café"' and '\\x41' as 'A'
    rest = '  summary: "Caf\\u00e9\\t\\x41 \\/ b"\n  aliases: ["\\u00fcber"]\n'
    path = write_kb('claims:\n- id: a\n  claim: "caf\\u00e9"\n  verdict: "true"\n' + rest)
    update_claim(path, "a", lambda c: dataclasses.replace(c, verdict=Verdict.FALSE))
    assert path.read_text() == 'claims:\n- id: a\n  claim: "caf\\u00e9"\n  verdict: "false"\n' + rest


def test_the_unchanged_sources_and_keys_of_a_changed_list_keep_their_lines(write_kb: Callable[..., Path]) -> None:
    # a note given to one source rewrote the other's quote ('\\u00e9', a text over two lines) and its own title
    head = 'claims:\n- id: a\n  claim: A thing\n  verdict: "true"\n  sources:\n'
    first = '  - url: https://example.org/a\n    title: "Caf\\u00e9 [a,]"\n'
    second = '  - url: https://example.org/b\n    quote: "caf\\u00e9"\n    note: A note\n      over two lines\n'
    path = write_kb(head + first + second)
    update_claim(
        path,
        "a",
        lambda c: dataclasses.replace(c, sources=(dataclasses.replace(c.sources[0], date="2024"), c.sources[1])),
    )
    assert path.read_text() == head + first + '    date: "2024"\n' + second


def test_the_other_sources_keep_their_lines_when_one_is_added_or_removed(write_kb: Callable[..., Path]) -> None:
    # only a list of as many sources as before was given its unchanged items back: adding a source wrote the others'
    # '\\u00e9' as the letter, removing one dropped another's anchor
    head = 'claims:\n- id: a\n  claim: A thing\n  verdict: "true"\n  sources:\n'
    first = '  - url: https://example.org/a\n    title: "Caf\\u00e9"\n'
    second = '  - &b {url: "https://example.org/b", quote: "caf\\u00e9"}  # why\n'
    path = write_kb(head + first + second)
    added = Source("https://example.org/c", date="2024")
    update_claim(path, "a", lambda c: dataclasses.replace(c, sources=(*c.sources, added)))
    assert path.read_text() == head + first + second + '  - url: https://example.org/c\n    date: "2024"\n'
    update_claim(path, "a", lambda c: dataclasses.replace(c, sources=c.sources[1:]))
    assert path.read_text() == head + second + '  - url: https://example.org/c\n    date: "2024"\n'


def test_an_unchanged_field_that_would_read_otherwise_is_written_anew(write_kb: Callable[..., Path]) -> None:
    # the aliases' '*c' means the claim's text: when the claim changes, the anchor goes with the alias
    path = write_kb('claims:\n- id: a\n  claim: &c A thing\n  verdict: "true"\n  aliases: [*c, b,]\n')
    update_claim(path, "a", lambda c: dataclasses.replace(c, claim="Another thing"))
    assert path.read_text() == (
        'claims:\n- id: a\n  claim: Another thing\n  verdict: "true"\n  aliases: [&c A thing, b]\n'
    )
    assert load_knowledge_base(path).claims[0].aliases == ("A thing", "b")


def test_a_changed_field_keeps_its_anchor_and_block_indicator(write_kb: Callable[..., Path]) -> None:
    # the anchor was dropped from a changed value ('summary: &s |' became 'summary: |'), a flow list's
    # ('tags: &t [...]') and a block list's ('tags: &t' + items) too: the name the writer gave was lost
    head = 'claims:\n- id: a\n  claim: A thing\n  verdict: "true"\n'
    path = write_kb(head + '  summary: &s |\n    First line.\n    Second line.\n  tags: &t [border, "yes"]\n')
    update_claim(path, "a", lambda c: dataclasses.replace(c, summary="New first.\nNew second.", tags=(*c.tags, "no")))
    assert path.read_text() == (
        head + '  summary: &s |\n    New first.\n    New second.\n  tags: &t [border, "yes", "no"]\n'
    )
    claim = load_knowledge_base(path).claims[0]
    assert (claim.summary, claim.tags) == ("New first.\nNew second.", ("border", "yes", "no"))
    # a flow list written anew, its items needing quotes; a one-line text; a block list
    update_claim(path, "a", lambda c: dataclasses.replace(c, summary="on", tags=("a: b", "[x]")))
    assert path.read_text() == head + '  summary: &s |\n    on\n  tags: &t ["a: b", "[x]"]\n'
    assert load_knowledge_base(path).claims[0].tags == ("a: b", "[x]")
    path = write_kb(head + "  tags: &t\n  - border\n")
    update_claim(path, "a", lambda c: dataclasses.replace(c, tags=(*c.tags, "no")))
    assert path.read_text() == head + '  tags: &t\n  - border\n  - "no"\n'


def test_a_change_that_would_change_another_claim_through_an_alias_is_refused(write_kb: Callable[..., Path]) -> None:
    # with the anchor dropped, the other claim's '*s' was left dangling: "invalid (unknown alias *s)"; with it
    # kept, the other claim would read the new summary too, which no diff of this claim shows
    text = (
        'claims:\n- id: a\n  claim: A thing\n  verdict: "true"\n  summary: &s |\n    Shared.\n'
        '- id: b\n  claim: Another thing\n  verdict: "true"\n  summary: *s\n'
    )
    path = write_kb(text)
    with pytest.raises(InvalidEditError, match=r"^the change would change claim 'b' too, through a YAML alias"):
        update_claim(path, "a", lambda c: dataclasses.replace(c, summary="Changed."))
    assert path.read_text() == text


def test_an_entry_ending_in_an_alias_item_is_edited_whole(write_kb: Callable[..., Path]) -> None:
    # '- *x' is composed as the node of '&x', which ends on the claim's line: the entry was taken to end
    # above its last line, and an alias added was refused as not reading back as intended
    entry = '  - id: a\n    claim: &x A thing\n    verdict: "true"\n    aliases:\n      - one\n      - *x\n'
    tail = '  - id: b\n    claim: Another\n    verdict: "true"\n'
    path = write_kb("claims:\n" + entry + tail)
    assert [(e.dash, e.end) for e in read_layout(path.read_text()).entries] == [(1, 7), (7, 10)]
    update_claim(path, "a", lambda c: dataclasses.replace(c, aliases=(*c.aliases, "two")))
    assert path.read_text() == "claims:\n" + entry + "      - two\n" + tail
    path = write_kb("claims:\n" + entry.rstrip("\n"))  # the alias ends the file, where the list's end is marked
    update_claim(path, "a", lambda c: dataclasses.replace(c, aliases=(*c.aliases, "two")))
    assert path.read_text() == "claims:\n" + entry + "      - two"


def test_a_claim_ending_in_an_alias_to_an_anchor_in_its_flow_list_is_removed_whole(
    write_kb: Callable[..., Path],
) -> None:
    # review19e: the '*mx' line below was left out of its claim when the dashes were read from the items'
    # lines (an alias told from the composed nodes, which missed this one): remove refused, "the change would
    # change claim 'a' too, through a YAML alias"
    first = "claims:\n  - id: a\n    claim: The US has a base in Mexico.\n    verdict: unsupported\n"
    second = "  - id: b\n    claim: Troops are in Mexico.\n    verdict: 'false'\n    tags: [&mx mexico, troops]\n"
    path = write_kb(first + second + "    claimant:\n      *mx\n")
    assert [(e.dash, e.end) for e in read_layout(path.read_text()).entries] == [(1, 4), (4, 10)]
    remove_claim(path, "b")
    assert path.read_text() == first


_ALIAS_WITH_COMMENTS = (
    'claims:\n- id: a\n  claim: &x A thing\n  # verdict, next\n  verdict: "true"\n'
    "  aliases:\n    - one\n    # above the alias\n    - *x  # the claim\n    # below the alias\n  tags: [t]\n"
)


def test_an_edit_of_a_list_keeps_the_comments_of_its_alias_item(write_kb: Callable[..., Path]) -> None:
    # ruamel composes '- *x' as the node of '&x': the alias item was loaded with the comment lines below the
    # claim ('# verdict, next') and its own were held elsewhere: an alias added wrote '# verdict, next' a
    # second time, an alias removed dropped '# below the alias', and the comment after '*x' left its line
    path = write_kb(_ALIAS_WITH_COMMENTS)
    update_claim(path, "a", lambda c: dataclasses.replace(c, aliases=(*c.aliases, "two")))
    assert path.read_text() == _ALIAS_WITH_COMMENTS.replace("claim\n", "claim\n    - two\n")
    path = write_kb(_ALIAS_WITH_COMMENTS)
    update_claim(path, "a", lambda c: dataclasses.replace(c, aliases=c.aliases[1:]))
    assert path.read_text() == _ALIAS_WITH_COMMENTS.replace("    - one\n", "")


def test_a_changed_anchored_claim_writes_its_comments_once(write_kb: Callable[..., Path]) -> None:
    # the anchor goes to the alias item, which kept its own comments, and '# verdict, next' stays below the claim
    path = write_kb(_ALIAS_WITH_COMMENTS)
    update_claim(path, "a", lambda c: dataclasses.replace(c, claim="Another thing"))
    assert path.read_text() == _ALIAS_WITH_COMMENTS.replace("&x A thing", "Another thing").replace(
        "- *x  # the claim", "- &x A thing  # the claim"
    )
    indented = (  # the entry as the property test found it
        'claims:\n  - id: a\n    claim: &x A thing\n    # verdict, next\n    verdict: "true"\n'
        "    aliases:\n      - one\n      # above the alias\n      - *x\n      # below the alias\n    tags: [t]\n"
    )
    path = write_kb(indented)
    update_claim(path, "a", lambda c: dataclasses.replace(c, claim="Another thing"))
    assert path.read_text() == indented.replace("&x A thing", "Another thing").replace("- *x", "- &x A thing")


def test_an_alias_item_first_in_a_list_leaves_the_items_added_in_the_lists_style(
    write_kb: Callable[..., Path],
) -> None:
    # ruamel writes '- *x' whatever the style of its list ('-   one'): read first, it hid that the list
    # dumped was not in the file's style, and an alias added was written '-   two'
    head = 'claims:\n-   id: a\n    claim: &x A thing\n    verdict: "true"\n    aliases:\n    - *x\n    - one\n'
    path = write_kb(head)
    update_claim(path, "a", lambda c: dataclasses.replace(c, aliases=(*c.aliases, "two")))
    assert path.read_text() == head + "    - two\n"


def test_a_flow_mapping_with_a_comment_before_a_block_one_is_written_back(write_kb: Callable[..., Path]) -> None:
    # after a comment on the key's line, ruamel wrote the block source's keys on one line,
    # '- url: https://example.org/b title: B', and the edit was refused as invalid YAML
    head = "claims:\n- id: a\n  claim: A thing\n"
    rest = (
        "  sources:  # two\n  - {url: https://example.org/a}  # why\n"
        "  - url: https://example.org/b\n    title: B\n    date: '2024'\n"
    )
    path = write_kb(head + '  verdict: "true"\n' + rest)
    update_claim(path, "a", lambda c: dataclasses.replace(c, verdict=Verdict.FALSE))
    assert path.read_text() == head + '  verdict: "false"\n' + rest
    new_title = dataclasses.replace(load_knowledge_base(path).claims[0].sources[1], title="C")
    update_claim(path, "a", lambda c: dataclasses.replace(c, sources=(c.sources[0], new_title)))
    assert path.read_text() == head + '  verdict: "false"\n' + rest.replace("title: B", "title: C")


def test_an_entry_written_as_a_flow_mapping_keeps_its_comments(write_kb: Callable[..., Path]) -> None:
    # ruamel holds the comment after '- {...}' on the list, not on the entry loaded alone: it was lost
    tail = "  - id: b\n    claim: Water is dry.\n    verdict: unsupported\n"
    path = write_kb('claims:\n  - {id: a, claim: "A thing", verdict: "false"}  # note\n      # more\n' + tail)
    update_claim(path, "a", lambda c: dataclasses.replace(c, verdict=Verdict.TRUE))
    after = 'claims:\n  - {id: a, claim: "A thing", verdict: "true"}   # note\n      # more\n' + tail
    assert path.read_text() == after


@pytest.mark.parametrize(
    ("inside", "place"),
    [
        ("  sources:\n  - {url: https://example.org/a,\n     # why\n     date: '2024'}\n", ":7:6:"),
        ("  tags: [x,  # first\n    y]\n", ":5:14:"),
        ("  tags: [  # list\n    x]\n", ":5:12:"),
    ],
)
def test_a_comment_inside_a_flow_collection_refuses_the_change(
    write_kb: Callable[..., Path], inside: str, place: str
) -> None:
    # ruamel loads no comment inside '{...}' or '[...]' (or writes none back): any change of the entry, of that
    # field or another, wrote the collection on one line without it
    path = write_kb('claims:\n- id: a\n  claim: A thing\n  verdict: "true"\n' + inside)
    before = path.read_bytes()
    with pytest.raises(KnowledgeBaseError, match=re.escape("has a comment inside a '{...}' or '[...]'")) as raised:
        update_claim(path, "a", lambda c: dataclasses.replace(c, verdict=Verdict.FALSE))
    assert place in str(raised.value) and "edit the claim by hand" in str(raised.value)
    assert path.read_bytes() == before


def test_a_comment_after_a_flow_collection_or_in_a_block_one_is_kept(write_kb: Callable[..., Path]) -> None:
    # guards of the rule above: a comment after the closing bracket is the line's, and ruamel keeps it
    head = 'claims:\n- id: a\n  claim: A thing\n  verdict: "true"\n'
    rest = (
        "  tags: [x,\n    y]  # after\n  sources:\n  # above\n  - url: https://example.org/a  # on\n"
        "    # inside\n    date: '2024'  # end\n  - {url: https://example.org/b}  # flow\n"
    )
    path = write_kb(head + rest)
    update_claim(path, "a", lambda c: dataclasses.replace(c, summary="Why."))
    assert path.read_text() == head + "  summary: Why.\n" + rest


def test_an_end_of_line_comment_in_a_block_list_keeps_its_place(write_kb: Callable[..., Path]) -> None:
    # ruamel writes this list as '-   two # why', which set back at the file's indentation was '- two # why'
    head = 'claims:\n-   id: a\n    claim: A claim\n    verdict: "true"\n    aliases:\n'
    items, tail = "    - one      # first\n    - two  # why\n", "    # the sources\n    sources: []\n"
    path = write_kb(head + items + tail)
    update_claim(path, "a", lambda c: dataclasses.replace(c, claimant="Jo"))  # a key inserted below the list
    assert path.read_text() == head + items + "    claimant: Jo\n" + tail
    path = write_kb(head + items + tail)
    update_claim(path, "a", lambda c: dataclasses.replace(c, aliases=(*c.aliases, "three")))
    assert path.read_text() == head + items + "    - three\n" + tail
    path = write_kb(head + items + tail)
    update_claim(path, "a", lambda c: dataclasses.replace(c, aliases=("zero", *c.aliases)))
    assert path.read_text() == head + "    - zero\n" + items + tail


def test_a_changed_value_keeps_the_spaces_before_its_comment(write_kb: Callable[..., Path]) -> None:
    # a value too long for its comment's column had the comment one space after it:
    # 'verdict: "true"   # since September 2024' became 'verdict: "mostly-true" # since September 2024'
    head = "claims:\n  - id: a\n    claim: A claim\n"
    rest = '    verdict: "true"   # since September 2024\n    summary: Why.\t# a tab\n    tags: [x]     # tags\n'
    path = write_kb(head + rest)
    longer = {"verdict": Verdict.MOSTLY_TRUE, "summary": "Why not.", "tags": ("x", "yyyy")}
    update_claim(path, "a", lambda c: dataclasses.replace(c, **longer))  # type: ignore[arg-type]
    assert path.read_text() == head + (
        '    verdict: "mostly-true"   # since September 2024\n'
        "    summary: Why not.\t# a tab\n"
        "    tags: [x, yyyy]     # tags\n"
    )
    path = write_kb(head + rest)  # a shorter value: the comment stays at its column
    update_claim(path, "a", lambda c: dataclasses.replace(c, verdict=Verdict.FALSE, tags=()))
    assert path.read_text() == head + rest.replace('"true"   #', '"false"  #').replace("    tags: [x]     # tags\n", "")


def test_a_block_text_changed_keeps_its_indicator(write_kb: Callable[..., Path]) -> None:
    # 'summary: >' became 'summary: >-' for a new text without a final line break: two lines changed for one
    head = 'claims:\n  - id: a\n    claim: A claim\n    verdict: "true"\n'
    for indicator in (">", "|"):
        path = write_kb(
            head + f"    summary: {indicator}  # why\n      Old text,\n      on two lines.\n    tags: [t]\n"
        )
        update_claim(path, "a", lambda c: dataclasses.replace(c, summary="New text."))
        assert path.read_text() == head + f"    summary: {indicator}  # why\n      New text.\n    tags: [t]\n"
    path = write_kb(head + "    summary: |+\n      Old.\n\n    tags: [t]\n")  # one that keeps them, with them
    update_claim(path, "a", lambda c: dataclasses.replace(c, summary="New."))
    assert path.read_text() == head + "    summary: |+\n      New.\n\n    tags: [t]\n"
    path = write_kb(head + "    summary: |-\n      Old.\n")  # a text written without its final break stays so
    update_claim(path, "a", lambda c: dataclasses.replace(c, summary="New."))
    assert path.read_text() == head + "    summary: |-\n      New.\n"


def test_the_items_of_a_flow_list_written_anew_keep_their_quotes(write_kb: Callable[..., Path]) -> None:
    # an alias added to '["155 marines", 'Senate lets Marines in']' wrote '[155 marines, Senate lets Marines in, ...]'
    head = 'claims:\n  - id: a\n    claim: A claim\n    verdict: "true"\n'
    path = write_kb(head + "    aliases: [\"155 marines\", 'Senate lets Marines in']\n    tags: ['a', 'b']\n")
    update_claim(path, "a", lambda c: dataclasses.replace(c, aliases=(*c.aliases, "More"), tags=("b", "c")))
    assert path.read_text() == head + (
        "    aliases: [\"155 marines\", 'Senate lets Marines in', More]\n    tags: ['b', 'c']\n"
    )  # a list whose items are all in single quotes gets its new one so


def test_a_null_is_written_back_as_it_was_spelt(write_kb: Callable[..., Path]) -> None:
    # ruamel writes None as nothing in a block and as 'null' in a flow list: an edit of the summary
    # rewrote 'aliases: [~, "x"]' as '[null, "x"]', '- ~' as '-' and 'claimant: Null' as 'claimant:'
    head = 'claims:\n  - id: a\n    claim: A thing\n    verdict: "true"\n'
    rest = (
        '    claimant: Null\n    checked: ~\n    aliases: [~, "x", null, NULL]\n    tags:\n      - ~\n      - t\n'
        "    sources:\n      - url: https://one.example\n        title: ~\n        note: null\n"
    )
    path = write_kb(head + rest)
    update_claim(path, "a", lambda c: dataclasses.replace(c, summary="Why."))
    assert path.read_text() == head + "    summary: Why.\n" + rest


def test_an_explicitly_tagged_null_keeps_its_tag(write_kb: Callable[..., Path]) -> None:
    # a key reading as nothing was not counted as unchanged, so an edit of another field wrote it as
    # ruamel does: 'summary: !!null ""' became 'summary:'
    head = 'claims:\n  - id: a\n    claim: A thing\n    verdict: "true"\n    summary: !!null ""\n'
    rest = "    sources:\n      - url: https://one.example\n        title: !!null ''\n"
    path = write_kb(head + "    claimant: Bob\n" + rest)
    update_claim(path, "a", lambda c: dataclasses.replace(c, claimant="Jo"))
    assert path.read_text() == head + "    claimant: Jo\n" + rest
    new_source = dataclasses.replace(load_knowledge_base(path).claims[0].sources[0], date="2024")
    update_claim(path, "a", lambda c: dataclasses.replace(c, sources=(new_source,)))
    dated = rest.replace("        title", '        date: "2024"\n        title')
    assert path.read_text() == head + "    claimant: Jo\n" + dated


def test_a_new_value_is_written_as_the_file_writes_its_field(write_kb: Callable[..., Path]) -> None:
    # add wrote 'verdict: "unsupported"' and 'tags: [x]' in a file that writes verdicts without quotes and
    # tags as block lists; edit wrote 'verdict: "misleading"' over 'verdict: mostly-true'
    head = (
        "claims:\n  - id: a\n    claim: 'It''s blue'\n    verdict: mostly-true\n    checked: 2024-03\n"
        "    tags:\n      - sky\n    sources:\n      - url: https://example.org/a\n        date: 2024-03\n"
    )
    path = write_kb(head)
    new = Claim(
        id="b",
        claim="Grass isn't blue",
        verdict=Verdict.UNSUPPORTED,
        tags=("grass",),
        checked="2025-06",
        sources=(Source("https://example.org/b", date="2025-06-01"),),
    )
    also = Claim(id="c", claim="Grass is green", verdict=Verdict.TRUE, checked="2025")
    add_claims(path, [new, also])
    added = (
        "  - id: b\n    claim: 'Grass isn''t blue'\n    verdict: unsupported\n    tags:\n      - grass\n"
        '    checked: 2025-06\n    sources:\n      - url: https://example.org/b\n        date: "2025-06-01"\n'
    )
    # 'true' without quotes would read as a boolean, 2025 as a number
    assert path.read_text() == head + added + "  - id: c\n    claim: 'Grass is green'\n    verdict: \"true\"\n" + (
        '    checked: "2025"\n'
    )
    assert list(load_knowledge_base(path).claims)[1:] == [new, also]
    update_claim(path, "a", lambda c: dataclasses.replace(c, verdict=Verdict.MISLEADING, checked="2025-01"))
    assert path.read_text().startswith(
        head.replace("mostly-true", "misleading").replace("checked: 2024-03", "checked: 2025-01")
    )


def test_a_field_the_file_writes_in_several_ways_is_written_as_factcheck_does(write_kb: Callable[..., Path]) -> None:
    head = 'claims:\n  - id: a\n    claim: A\n    verdict: mixed\n  - id: b\n    claim: B\n    verdict: "false"\n'
    path = write_kb(head)
    add_claims(path, [Claim(id="c", claim="C", verdict=Verdict.MIXED, tags=("t",))])
    assert path.read_text() == head + '  - id: c\n    claim: C\n    verdict: "mixed"\n    tags: [t]\n'


# -- new values read back as written --------------------------------------------------------------------


def test_values_yaml_11_would_misread_are_quoted(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    tricky = Claim(
        id="tricky",
        claim="no",
        verdict=Verdict.TRUE,
        summary="1.0",
        aliases=("yes", "on", "2025-02-20", "~", "null", "=", "1_000", "0o17", "1:20"),
        tags=("true", "off", "a, b", "[x]"),
        claimant="NO",
        checked="2025-02-20",
        sources=(Source(url="https://example.org/a?b=1#c", title="#hash: colon", quote=' "quoted" ', date="2025"),),
    )
    add_claims(path, [tricky])
    loaded = load_knowledge_base(path).get("tricky")
    assert loaded is not None
    expected = dataclasses.replace(
        tricky, sources=(dataclasses.replace(tricky.sources[0], quote='"quoted"'),)
    )  # the reader strips surrounding spaces
    assert loaded == expected
    text = path.read_text()
    assert 'verdict: "true"' in text and 'checked: "2025-02-20"' in text and 'claim: "no"' in text


def test_created_when_missing_with_a_header(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    result = add_claims(path, [NEW_CLAIM])
    text = path.read_text()
    assert text.startswith("# factcheck knowledge base") and "\nclaims:\n  - id: new-claim\n" in text
    assert result.summary == f"added claim 'new-claim' to {path}"
    assert load_knowledge_base(path).claims == (NEW_CLAIM,)


@pytest.mark.parametrize(
    ("text", "expected_start"),
    [
        ("", "# factcheck knowledge base"),
        ("# just a comment\n", "# just a comment\nclaims:\n  - id: new-claim"),
        ("claims: []  # none yet\nlanguage: en\n", "claims: # none yet\n  - id: new-claim"),
        ("claims: ~\n", "claims:\n  - id: new-claim"),
        ("claims: null  # none yet\n", "claims: # none yet\n  - id: new-claim"),
        ("claims:\npublisher:\n  name: Desk\n", "claims:\n  - id: new-claim"),
        ("publisher:\n  name: Desk", "publisher:\n  name: Desk\nclaims:\n  - id: new-claim"),
    ],
)
def test_add_to_empty_lists(write_kb: Callable[..., Path], text: str, expected_start: str) -> None:
    path = write_kb(text)
    add_claims(path, [NEW_CLAIM])
    assert path.read_text().startswith(expected_start)
    assert load_knowledge_base(path).claims == (NEW_CLAIM,)


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        # the value was dropped without a word, and the claim added below: the file was valid after
        ("# desk\nclaims: see archive.yaml  # moved\n", "2:9", "'claims' holds 'see archive.yaml' where its list"),
        ("claims: ''\n", "1:9", "'claims' holds '' where its list of claims should be"),
        ("claims: 42\n", "1:9", "'claims' holds '42' where"),
        # the result would not parse: 'the change would make claims.yaml invalid (did not find expected ...)'
        ("{claims: []}\n", "1:1", "the top level is written in flow style ({...}); write it as 'key: value' lines"),
        # placed now, as the reader's errors are
        ("- a\n", "1:1", "the top level of the file is not a mapping of 'key: value' lines"),
        # claims without 'claims:' above them: the same message told a new user nothing to do
        ("- id: a\n", "1:1", "the claims are a list with no 'claims:' above them: write 'claims:' on a line"),
        ("- hosts: all\n", "1:1", "the top level of the file is not a mapping of 'key: value' lines"),
        ("- claims:\n  - id: a\n", "1:1", "'claims:' is written as a list item ('- claims:'): take away the '- '"),
        ("language: en\nclaims: {}\n", "2:9", "'claims' is not a block list"),
        ("claims: [\n  ]\n", "1:9", "'claims' has an empty value spread over several lines"),
    ],
)
def test_add_refuses_a_claims_value_it_cannot_add_below_saying_where(
    write_kb: Callable[..., Path], text: str, where: str, message: str
) -> None:
    path = write_kb(text)
    with pytest.raises(KnowledgeBaseError) as refused:
        add_claims(path, [NEW_CLAIM])
    (problem,) = refused.value.problems
    assert str(problem).startswith(f"{path}:{where}: error: {message}")
    assert path.read_text() == text


def test_add_several_in_order(commented: Path) -> None:
    others = [
        dataclasses.replace(NEW_CLAIM, id=f"n-{i}", claim=f"Claim number {i} about {i * 7} things") for i in range(3)
    ]
    result = add_claims(commented, others)
    assert result.summary.startswith("added 3 claims")
    assert [c.id for c in load_knowledge_base(commented).claims][-3:] == ["n-0", "n-1", "n-2"]


def test_crlf_and_bom_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    original = COMMENTED.read_text(encoding="utf-8").replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + original.encode())
    add_claims(path, [NEW_CLAIM])
    update_claim(path, "second-claim", lambda c: dataclasses.replace(c, verdict=Verdict.FALSE))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert [c.id for c in load_knowledge_base(path).claims] == [
        "first-claim",
        "second-claim",
        "third-claim",
        "new-claim",
    ]


def test_in_a_file_of_mixed_line_endings_a_change_takes_the_ending_of_its_lines(tmp_path: Path) -> None:
    # a merge left CRLF lines (one person's editor) above LF ones: every line an edit or an add wrote
    # became CRLF, so git diff showed a line ending changed in the LF part of the file
    path = tmp_path / "claims.yaml"
    lines = COMMENTED.read_text(encoding="utf-8").splitlines(keepends=True)
    second = next(i for i, line in enumerate(lines) if "id: second-claim" in line)
    path.write_bytes("".join([line.replace("\n", "\r\n") for line in lines[:second]] + lines[second:]).encode())
    crlf_part = path.read_bytes().split(b"  - id: second-claim")[0]
    update_claim(path, "first-claim", lambda c: dataclasses.replace(c, verdict=Verdict.FALSE))
    update_claim(path, "third-claim", lambda c: dataclasses.replace(c, verdict=Verdict.FALSE))
    add_claims(path, [NEW_CLAIM])
    before, after = path.read_bytes().split(b"  - id: second-claim")
    assert b"\n" not in before.replace(b"\r\n", b"") and before.count(b"\r\n") == crlf_part.count(b"\r\n")
    assert b"\r" not in after and b"id: new-claim\n" in after
    assert load_knowledge_base(path).get("first-claim").verdict is Verdict.FALSE  # type: ignore[union-attr]


def test_an_add_after_a_last_line_without_an_ending_takes_the_ending_of_the_lines_above(tmp_path: Path) -> None:
    # a CRLF header (one person's editor) above an LF list that does not end with a line break: the
    # last line and the new entry took the file's CRLF, as before edits kept the endings of their lines
    path = tmp_path / "claims.yaml"
    path.write_bytes(
        b'publisher:\r\n  name: X\r\nclaims:\n  - id: a\n    claim: A thing happened.\n    verdict: "true"'
    )
    add_claims(path, [NEW_CLAIM])
    header, rest = path.read_bytes().split(b"claims:")
    assert header.count(b"\r\n") == 2 and b"\r" not in rest and b'verdict: "true"\n' in rest
    assert b"id: new-claim\n" in rest


def test_cr_only_line_endings_are_kept(tmp_path: Path) -> None:
    # Classic Mac OS endings: each change writes CR too, never a mix of CR and LF.
    path = tmp_path / "claims.yaml"
    path.write_bytes(COMMENTED.read_bytes().replace(b"\n", b"\r"))
    preview = update_claim(path, "second-claim", lambda c: dataclasses.replace(c, verdict=Verdict.FALSE), dry_run=True)
    assert "No newline" not in preview.diff and '+    verdict: "false"\r\n' in preview.diff
    add_claims(path, [NEW_CLAIM])
    update_claim(path, "second-claim", lambda c: dataclasses.replace(c, verdict=Verdict.FALSE, tags=("a", "b")))
    draft = entry_for_editing(path, "third-claim")
    replace_entry(path, "third-claim", draft.text.replace("Someone", "Someone else"), expected=read_snapshot(path))
    remove_claim(path, "first-claim")
    data = path.read_bytes()
    assert b"\n" not in data and data.count(b"\r") > 10
    kb = load_knowledge_base(path)
    assert [c.id for c in kb.claims] == ["second-claim", "third-claim", "new-claim"]
    assert kb.get("second-claim").verdict is Verdict.FALSE  # type: ignore[union-attr]
    assert kb.get("third-claim").claimant == "Someone else"  # type: ignore[union-attr]


def test_a_tag_or_alias_given_twice_is_written_once(commented: Path) -> None:
    twice = dataclasses.replace(NEW_CLAIM, tags=("weather", " weather", "wind", "weather"), aliases=("A", "A "))
    result = add_claims(commented, [twice])
    assert result.claims[0].tags == ("weather", "wind") and result.claims[0].aliases == ("A",)
    update_claim(commented, "new-claim", lambda c: dataclasses.replace(c, tags=(*c.tags, "wind", "rain", "rain")))
    assert load_knowledge_base(commented).get("new-claim").tags == ("weather", "wind", "rain")  # type: ignore[union-attr]


def test_file_without_final_newline(write_kb: Callable[..., Path]) -> None:
    path = write_kb('claims:\n  - id: a\n    claim: A thing\n    verdict: "true"')
    add_claims(path, [NEW_CLAIM])
    assert path.read_text().startswith(
        'claims:\n  - id: a\n    claim: A thing\n    verdict: "true"\n  - id: new-claim\n'
    )


def test_an_edit_of_the_last_entry_keeps_a_file_without_a_final_line_break_so(write_kb: Callable[..., Path]) -> None:
    # editing the claim gave the verdict's line, the file's last, a line break it did not have
    path = write_kb('claims:\n- id: a\n  claim: A thing\n  verdict: "true"')
    update_claim(path, "a", lambda c: dataclasses.replace(c, claim="Another thing"))
    assert path.read_bytes() == b'claims:\n- id: a\n  claim: Another thing\n  verdict: "true"'
    path = write_kb('claims:\r\n- id: a\r\n  claim: A thing\r\n  verdict: "false"  # checked')
    update_claim(path, "a", lambda c: dataclasses.replace(c, verdict=Verdict.MIXED))
    assert path.read_bytes() == b'claims:\r\n- id: a\r\n  claim: A thing\r\n  verdict: "mixed"  # checked'


# -- results and dry runs -------------------------------------------------------------------------------


def test_dry_run_shows_the_diff_and_writes_nothing(commented: Path) -> None:
    original = commented.read_bytes()
    result = remove_claim(commented, "third-claim", dry_run=True)
    assert not result.written
    assert commented.read_bytes() == original
    assert result.summary == f"would remove claim 'third-claim' from {commented} (dry run: nothing written)"
    assert "-  -   id: third-claim\n" in result.diff
    assert result.diff.startswith(f"--- {commented}\n+++ {commented}\n@@ ")


def test_unchanged_update_writes_nothing(commented: Path) -> None:
    before = os.stat(commented).st_mtime_ns
    result = update_claim(commented, "first-claim", lambda c: c)
    assert (result.written, result.diff) == (False, "")
    assert result.summary == "claim 'first-claim' unchanged"
    assert os.stat(commented).st_mtime_ns == before


def test_no_stray_files_after_writes(commented: Path) -> None:
    add_claims(commented, [NEW_CLAIM])
    remove_claim(commented, "first-claim")
    assert sorted(p.name for p in commented.parent.iterdir()) == ["claims.yaml"]
    assert stray_temp_files(commented) == []


# -- refusals: nothing written ----------------------------------------------------------------------------


def unchanged_after(path: Path, action: Callable[[], object], error: type[Exception]) -> Exception:
    before = path.read_bytes() if path.exists() else None
    with pytest.raises(error) as caught:
        action()
    assert (path.read_bytes() if path.exists() else None) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ([path.name] if before is not None else [])
    return caught.value


def test_unknown_id_suggests_close_ones(commented: Path) -> None:
    error = unchanged_after(commented, lambda: remove_claim(commented, "second-clam"), UnknownClaimError)
    assert "no claim with id 'second-clam'" in str(error) and "did you mean second-claim" in str(error)


def test_duplicate_id_shows_the_existing_claim(commented: Path) -> None:
    duplicate = dataclasses.replace(NEW_CLAIM, id="first-claim")
    error = unchanged_after(commented, lambda: add_claims(commented, [duplicate]), DuplicateClaimError)
    assert f"already a claim with id 'first-claim' ({commented}:13)" in str(error)
    assert 'It\'s raining: "always"' in str(error)


def test_renaming_to_a_taken_id_is_refused(commented: Path) -> None:
    rename = change("first-claim", id="second-claim")
    unchanged_after(commented, lambda: rename(commented), DuplicateClaimError)


def test_near_duplicate_refused_only_when_asked(mini_kb: Path) -> None:
    similar = dataclasses.replace(
        NEW_CLAIM, id="troops-again", claim="More than 10,000 US troops are deployed in Mexico"
    )
    error = unchanged_after(mini_kb, lambda: add_claims(mini_kb, [similar], check_similar=True), NearDuplicateError)
    # the parameter that adds it anyway, not the command's option: it said "(use --force to add it anyway)"
    assert "'us-troops-in-mexico-10000'" in str(error) and str(error).endswith(
        "(use check_similar=False to add it anyway)"
    )
    assert isinstance(error, NearDuplicateError) and error.similar[0][0].id == "us-troops-in-mexico-10000"
    add_claims(mini_kb, [similar])
    assert load_knowledge_base(mini_kb).get("troops-again") is not None


def test_a_claim_saying_the_opposite_is_added_with_it_named(mini_kb: Path) -> None:
    # as import_file reads it (polar75: add_claims refused it as a near-duplicate of the claim it denies)
    denied = dataclasses.replace(
        NEW_CLAIM, id="no-troops", claim="There are no more than 10,000 US troops deployed in Mexico."
    )
    result = add_claims(mini_kb, [denied], check_similar=True)
    assert [(added, other.id) for added, other, _ in result.opposite] == [("no-troops", "us-troops-in-mexico-10000")]
    assert load_knowledge_base(mini_kb).get("no-troops") is not None


@pytest.mark.parametrize(
    ("claim", "message"),
    [
        (dataclasses.replace(NEW_CLAIM, sources=(Source(url="ftp://example.org/x"),)), "is not an http(s) URL"),
        (dataclasses.replace(NEW_CLAIM, id="Not A Slug"), "must be a slug"),
        (dataclasses.replace(NEW_CLAIM, checked="2025-02-30"), "is not a real date"),
        (dataclasses.replace(NEW_CLAIM, claim="   "), "has no 'claim'"),
        # a byte that was not UTF-8 in a command-line argument arrives as a lone surrogate
        (dataclasses.replace(NEW_CLAIM, claim="Bad \udcff byte"), "claim holds bytes that are not UTF-8 text"),
        (
            dataclasses.replace(NEW_CLAIM, sources=(Source(url="https://e.org", title="\ud800"),)),
            "sources #1.title holds bytes that are not UTF-8 text",
        ),
    ],
)
def test_invalid_claims_are_refused(commented: Path, claim: Claim, message: str) -> None:
    error = unchanged_after(commented, lambda: add_claims(commented, [claim]), InvalidClaimError)
    assert message in str(error)
    changed = dataclasses.replace(claim, id="first-claim" if claim.id == NEW_CLAIM.id else claim.id)
    unchanged_after(commented, lambda: update_claim(commented, "first-claim", changed), InvalidClaimError)


def test_file_with_errors_is_not_changed(write_kb: Callable[..., Path]) -> None:
    path = write_kb('claims:\n  - id: a\n    claim: A thing\n    verdict: "ture"\n')
    error = unchanged_after(path, lambda: add_claims(path, [NEW_CLAIM]), KnowledgeBaseError)
    assert "has errors; fix them first" in str(error) and "'ture'" in str(error)


def test_a_claim_with_errors_is_not_updated_and_the_library_names_no_command(write_kb: Callable[..., Path]) -> None:
    # the library told its caller to "run 'factcheck edit us/mexico' without options": a command, in a Python
    # program; the command line adds that advice itself (test_cli_edit)
    path = write_kb('claims:\n  - id: us/mexico\n    claim: US troops are in Mexico.\n    verdict: "false"\n')
    error = unchanged_after(path, lambda: change("us/mexico", verdict=Verdict.TRUE)(path), InvalidEditError)
    assert str(error).endswith("has errors; fix them first")
    assert "factcheck edit" not in str(error)


def test_removing_one_of_two_claims_with_one_id_leaves_the_other(write_kb: Callable[..., Path]) -> None:
    # the second entry did not read before (a duplicate id), so the claims expected after the change held None where
    # it reads now: 'remove' was refused as 'would not read back as intended ... (please report this)'
    first = '  - id: a\n    claim: A thing\n    verdict: "true"\n'
    second = '  - id: a\n    claim: Another thing\n    verdict: "false"\n'
    path = write_kb("claims:\n" + first + second)
    result = remove_claim(path, "a")
    assert [c.claim for c in result.claims] == ["A thing"]
    assert path.read_text() == "claims:\n" + second


def test_invalid_yaml_is_not_changed(write_kb: Callable[..., Path]) -> None:
    path = write_kb("claims:\n  - id: a\n   claim: [unclosed\n")
    error = unchanged_after(path, lambda: add_claims(path, [NEW_CLAIM]), KnowledgeBaseError)
    assert "invalid YAML" in str(error)


def test_missing_file_for_edit_and_remove(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    for action in (lambda: remove_claim(path, "x"), lambda: update_claim(path, "x", NEW_CLAIM)):
        error = unchanged_after(path, action, KnowledgeBaseError)
        assert "no such file" in str(error)


def test_read_only_file(commented: Path) -> None:
    commented.chmod(0o444)
    error = unchanged_after(commented, lambda: add_claims(commented, [NEW_CLAIM]), WriteError)
    assert "is read-only" in str(error)


def test_file_changed_since_read_is_refused(commented: Path) -> None:
    snapshot = read_snapshot(commented)
    commented.write_text(commented.read_text() + "\n# edited by hand meanwhile\n")
    unchanged_after(commented, lambda: remove_claim(commented, "first-claim", expected=snapshot), FileChangedError)


def test_entry_with_alias_to_another_entry_is_refused(write_kb: Callable[..., Path]) -> None:
    path = write_kb(
        'claims:\n  - id: a\n    claim: A thing\n    verdict: "true"\n    tags: &common [x, y]\n'
        '  - id: b\n    claim: Another thing\n    verdict: "false"\n    tags: *common\n'
    )
    unchanged_after(
        path, lambda: update_claim(path, "b", lambda c: dataclasses.replace(c, summary="s")), EntryFormatError
    )
    error = unchanged_after(path, lambda: remove_claim(path, "a"), InvalidEditError)
    assert str(error).startswith("claim 'b' uses the YAML anchor &common of claim 'a' (*common, line 9)")


def test_errors_are_factcheck_errors() -> None:
    for error in (DuplicateClaimError, InvalidClaimError, InvalidEditError, NearDuplicateError, WriteError):
        assert issubclass(error, FactcheckError)


# -- the editor's view of an entry ------------------------------------------------------------------------


def test_entry_for_editing_is_the_entry_alone(commented: Path) -> None:
    draft = entry_for_editing(commented, "third-claim")
    assert draft.text == (
        'id: third-claim\nclaim: "Escapes\\tand unicode — ünïcödé"\nverdict: unsupported\n'
        "# a comment inside the entry\nclaimant: Someone\n"
    )


def test_replace_entry_splices_the_edited_text(commented: Path) -> None:
    draft = entry_for_editing(commented, "third-claim")
    before = commented.read_text(encoding="utf-8")
    edited = draft.text.replace("unsupported", "mostly-false")
    result = replace_entry(commented, "third-claim", edited, expected=draft.snapshot)
    assert result.written
    after = commented.read_text(encoding="utf-8")
    assert after == before.replace("      verdict: unsupported\n", "      verdict: mostly-false\n")
    assert result.claims[0].verdict is Verdict.MOSTLY_FALSE


def test_check_entry_text_points_at_the_buffer_lines() -> None:
    claim, problems = check_entry_text('id: x\nclaim: Something\nverdict: "flase"\n')
    assert claim is None
    assert [(p.location.line, p.location.column) for p in problems] == [(3, 10)]
    assert "did you mean 'false'" in problems[0].message


def test_a_claim_made_in_python_takes_the_verdicts_name(tmp_path: Path) -> None:
    """Claim(..., verdict="false") is a Verdict, and a name off the scale is refused at once."""
    path = tmp_path / "claims.yaml"
    add_claims(path, [Claim(id="a", claim="The moon is made of cheese", verdict="false")])  # type: ignore[arg-type]
    assert load_knowledge_base(path).claims[0].verdict is Verdict.FALSE
    with pytest.raises(ValueError, match="verdict 'nope' is not one of true, mostly-true") as refused:
        Claim(id="b", claim="c", verdict="nope")  # type: ignore[arg-type]
    assert "did you mean" not in str(refused.value)  # nothing on the scale is like it


@pytest.mark.parametrize(
    ("cell", "meant"),
    [("FALSE", "'false'"), ("Mostly True", "'mostly-true'"), ("flase", "'false'"), ("Half true", "'mixed'")],
)
def test_a_verdict_off_the_scale_from_python_is_told_what_it_likely_means(cell: str, meant: str) -> None:
    # a spreadsheet's verdict column ("FALSE", as Excel writes it) was refused naming the scale alone, where the
    # claims file's check of the same verdict says "did you mean 'false'?"
    with pytest.raises(
        ValueError, match=f"^verdict {cell!r} is not one of true, .*, unsupported; did you mean {meant}[?]$"
    ):
        Claim(id="b", claim="c", verdict=cell)  # type: ignore[arg-type]


def test_a_verdict_of_a_page_of_text_is_quoted_cut_and_not_guessed() -> None:
    # a cell of a spreadsheet's wrong column may be a page: it was quoted whole, and the guess at its meaning (by
    # spelling) is what is slow.  "FALSE" and a page of spaces is what meant_choices reads as 'false': not guessed
    with pytest.raises(ValueError, match=r"^verdict 'FALSE .*…' is not one of .*, unsupported$") as refused:
        Claim(id="b", claim="c", verdict="FALSE" + " " * 300)  # type: ignore[arg-type]
    assert len(str(refused.value)) < 200
    with pytest.raises(ValueError, match=r"^verdict 'false false .*…' is not one of .*, unsupported$") as refused:
        Claim(id="b", claim="c", verdict="false " * 100_000)  # type: ignore[arg-type]
    assert len(str(refused.value)) < 200


def test_a_verdict_that_is_no_text_is_quoted_cut_too() -> None:
    # a list holding a page of text was quoted whole in the message
    with pytest.raises(ValueError, match=r"^verdict \['xxx+… is not one of .*, unsupported$") as refused:
        Claim(id="b", claim="c", verdict=["x" * 10**6])  # type: ignore[arg-type]
    assert len(str(refused.value)) < 200


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"claim": None}, "Claim.claim must be text (str), not NoneType None"),
        ({"id": 1}, "Claim.id must be text (str), not int 1"),
        ({"summary": 1}, "Claim.summary must be text (str) or None, not int 1"),
        ({"aliases": "Ten thousand soldiers"}, "Claim.aliases must be a list or tuple of text (str), not str"),
        ({"tags": "border"}, "Claim.tags must be a list or tuple of text (str), not str 'border'"),
        ({"tags": None}, "Claim.tags must be a list or tuple of text (str), not NoneType"),
        ({"aliases": ["fine", 2]}, "Claim.aliases must hold only text (str), not int 2"),
        (
            {"sources": ["https://example.org/a"]},
            "Claim.sources must hold only Source, not str 'https://example.org/a'",
        ),
    ],
)
def test_a_claim_made_in_python_with_a_field_of_the_wrong_type_is_refused_at_once(
    tmp_path: Path, fields: dict[str, object], message: str
) -> None:
    """A claim of None failed deep inside matching or add_claims (AttributeError), and aliases="one alias" or
    tags="border" were written to the file one letter each: the type is checked when the claim is made."""
    path = tmp_path / "claims.yaml"
    add_claims(path, [Claim(id="a", claim="The moon is made of cheese", verdict=Verdict.FALSE)])
    before = path.read_bytes()
    with pytest.raises(TypeError, match=re.escape(message)):
        claim = Claim(**{"id": "b", "claim": "Mars is made of cheese", "verdict": "false", **fields})  # type: ignore[arg-type]
        add_claims(path, [claim])
    assert path.read_bytes() == before
    with pytest.raises(TypeError, match=re.escape("Source.url must be text (str), not NoneType None")):
        Source(url=None)  # type: ignore[arg-type]
    # lists are the natural spelling: taken, as tuples
    listed = Claim(id="c", claim="x", verdict="false", aliases=["y"], tags=["z"], sources=[Source("https://e.org")])  # type: ignore[arg-type]
    assert (listed.aliases, listed.tags, listed.sources) == (("y",), ("z",), (Source("https://e.org"),))


@pytest.mark.parametrize(
    ("claims", "message"),
    [
        (["The moon is made of cheese"], "add_claims takes a list of Claim, not a list holding str"),
        ([{"id": "b", "claim": "x", "verdict": "false"}], "add_claims takes a list of Claim, not a list holding dict"),
        # None was taken for "nothing wrong": AttributeError ('NoneType' object has no attribute 'id')
        ([None], "add_claims takes a list of Claim, not a list holding NoneType"),
        (
            [Claim(id="b", claim="x", verdict=Verdict.FALSE), None],
            "add_claims takes a list of Claim, not a list holding NoneType",
        ),
        ("The moon is made of cheese", "add_claims takes a list of Claim, not str"),
        (
            Claim(id="b", claim="x", verdict=Verdict.FALSE),
            "add_claims takes a list of Claim: add_claims(path, [claim])",
        ),
    ],
)
def test_add_claims_given_something_else_than_claims_says_so(tmp_path: Path, claims: object, message: str) -> None:
    # a str or a dict in the list failed deep inside with "AttributeError: 'str' object has no attribute 'id'"
    path = tmp_path / "claims.yaml"
    add_claims(path, [Claim(id="a", claim="The moon is made of cheese", verdict=Verdict.FALSE)])
    before = path.read_bytes()
    with pytest.raises(TypeError, match=re.escape(message)):
        add_claims(path, claims)  # type: ignore[arg-type]
    assert path.read_bytes() == before


def test_add_claims_refuses_a_knowledge_base_whose_settings_it_would_drop(tmp_path: Path) -> None:
    # add_claims(path, kb) took the claims a knowledge base iterates over and wrote them without its publisher,
    # base_url and language, unsaid: a file "copied" so lost them. Refused, saying what to give for the claims alone.
    source = tmp_path / "desk.yaml"
    source.write_text(
        'publisher:\n  name: Desk\nbase_url: "https://desk.example/checks/"\nlanguage: es\nclaims:\n'
        '  - id: a\n    claim: The moon is made of cheese.\n    verdict: "false"\n',
        encoding="utf-8",
    )
    kb = load_knowledge_base(source, use_cache=False)
    target = tmp_path / "copy.yaml"
    with pytest.raises(TypeError) as refused:
        add_claims(target, kb)  # type: ignore[arg-type]
    assert str(refused.value) == (
        "add_claims takes a list of Claim, not a KnowledgeBase: it writes claims alone, and its publisher, base_url "
        "and language would not be written; to add its claims without them: add_claims(path, kb.claims) "
        "(publisher=kb.publisher, base_url=kb.base_url, language=kb.language give a new file its settings)"
    )
    assert not target.exists()
    bare = KnowledgeBase(claims=kb.claims)  # no settings to lose: refused all the same, the claims are kb.claims
    with pytest.raises(TypeError, match=re.escape("not a KnowledgeBase (it writes claims, not a file's settings)")):
        add_claims(target, bare)  # type: ignore[arg-type]
    assert not target.exists()
    # what the message says to do works, and is what it says
    add_claims(target, kb.claims, language=kb.language)
    copied = load_knowledge_base(target, use_cache=False)
    assert (copied.claims, copied.language, copied.publisher, copied.base_url) == (kb.claims, "es", None, None)
    whole = tmp_path / "whole.yaml"
    add_claims(whole, kb.claims, language=kb.language, publisher=kb.publisher, base_url=kb.base_url)
    copied = load_knowledge_base(whole, use_cache=False)
    assert (copied.claims, copied.language, copied.publisher, copied.base_url) == (
        kb.claims,
        kb.language,
        kb.publisher,
        kb.base_url,
    )


@pytest.mark.parametrize(
    "publisher",
    [
        Publisher("Desk: \"the\" #1 ('fact' checkers)", "https://desk.example/#about"),
        Publisher("Agência Exemplo \\ Checagem", None),
        Publisher("- true", "https://desk.example/?a=1&b=2"),
        Publisher("Desk\u2028Line \ufeff mark", None),  # YAML's escapes (\\L), written by ruamel
    ],
)
def test_a_new_files_claimreview_settings_are_written_as_they_are_read(tmp_path: Path, publisher: Publisher) -> None:
    # written in double quotes: a ':', '#', quote or backslash in a name or URL is read back as it was
    target = tmp_path / "new.yaml"
    claim = Claim(id="a", claim="The moon is made of cheese.", verdict=Verdict.FALSE)
    add_claims(target, [claim], publisher=publisher, base_url="https://desk.example/checks/#x:y")
    kb = load_knowledge_base(target, use_cache=False)
    assert (kb.publisher, kb.base_url, kb.claims) == (publisher, "https://desk.example/checks/#x:y", (claim,))
    # a file that has claims keeps its own settings (none here)
    add_claims(
        target, [dataclasses.replace(claim, id="b")], publisher=Publisher("Other"), base_url="https://o.example/"
    )
    assert load_knowledge_base(target, use_cache=False).publisher == publisher


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (
            {"publisher": "Desk"},
            "add_claims: publisher= takes a Publisher (factcheck.Publisher(name, url)), not str 'Desk'",
        ),
        ({"base_url": 1}, "add_claims: base_url= takes a str, not int 1"),
    ],
)
def test_a_new_files_setting_of_the_wrong_type_is_refused_and_nothing_written(
    tmp_path: Path, given: dict[str, object], said: str
) -> None:
    # a publisher given as its name was written 'publisher: Desk', a file then refused when read
    target = tmp_path / "new.yaml"
    claim = Claim(id="a", claim="The moon is made of cheese.", verdict=Verdict.FALSE)
    with pytest.raises(TypeError) as refused:
        add_claims(target, [claim], **given)  # type: ignore[arg-type]
    assert str(refused.value) == said
    assert not target.exists()


def test_a_knowledge_base_made_in_python_holds_only_claims() -> None:
    # KnowledgeBase(claims=["..."]) failed later inside build_matcher: "'str' object has no attribute 'claim'"
    with pytest.raises(TypeError, match=re.escape("KnowledgeBase.claims must hold only Claim, not str 'x'")):
        KnowledgeBase(claims=["x"])  # type: ignore[list-item]
    claim = Claim(id="a", claim="x", verdict=Verdict.FALSE)
    assert KnowledgeBase(claims=[claim]).claims == (claim,)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("There are 10,000 US troops deployed in Mexico.", "there-are-10000-us-troops-deployed-in-mexico"),
        # cut at 60 characters, then back to a word that means something
        (
            "Turnout in the 2024 Riverton mayoral election was the highest in 50 years",
            "turnout-in-the-2024-riverton-mayoral-election",
        ),
        ("¿Qué?", "que"),
        ("!!!", "claim"),
        # an apostrophe inside a word, straight or curly, splits no word (teacher walkthrough: "eastvale-s")
        ("Eastvale's tap water contains lead", "eastvales-tap-water-contains-lead"),
        ("Eastvale’s tap water isn't safe", "eastvales-tap-water-isnt-safe"),
        ("The 'official' count", "the-official-count"),
    ],
)  # fmt: skip
def test_an_id_made_from_a_claim(text: str, slug: str) -> None:
    assert slugify(text) == slug and len(slug) <= 60


def test_a_change_reports_whether_it_was_a_dry_run(commented: Path) -> None:
    """The library's report carries what the --json report says: dry_run and written."""
    shown = add_claims(commented, [NEW_CLAIM], dry_run=True).to_dict("added")
    assert shown["dry_run"] is True and shown["written"] is False and shown["added"][0]["id"] == NEW_CLAIM.id
    saved = add_claims(commented, [NEW_CLAIM]).to_dict("added")
    assert saved["dry_run"] is False and saved["written"] is True


def test_a_new_id_is_the_first_free_one_within_the_longest_id() -> None:
    assert unique_id("moon", set()) == "moon"
    assert unique_id("moon", {"moon", "moon-2"}) == "moon-3"
    long = "a" * MAX_ID_LENGTH
    assert unique_id(long, {long}) == "a" * (MAX_ID_LENGTH - 2) + "-2"


def test_each_claim_added_is_written_once_however_many(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Import adds thousands of claims at once. Each was written twice (to check it alone, then into the
    # file) through a cache of 4,096 entries: past 4,096 claims every look-up missed, and an import of
    # 5,000 took twice as long per claim as one of 4,000.  (A fast stand-in writer keeps this test short.)
    import json

    from factcheck import editing

    written: list[str] = []

    def dump_entry(entry: object, *, dash_column: int, key_column: int) -> str:
        written.append(str(entry["id"]))  # type: ignore[index]
        return " " * dash_column + "- " + json.dumps(entry) + "\n"

    monkeypatch.setattr(editing, "dump_entry", dump_entry)
    monkeypatch.setattr(editing, "quick_entry", lambda *_args, **_kwargs: None)  # each through the stand-in
    claims = [Claim(id=f"claim-{i}", claim=f"Claim number {i}", verdict=Verdict.FALSE) for i in range(4200)]
    result = add_claims(tmp_path / "new.yaml", claims)
    assert result.written and load_knowledge_base(tmp_path / "new.yaml").claims == tuple(claims)
    assert sorted(written) == sorted(c.id for c in claims)


def test_each_claim_added_to_a_file_with_other_columns_is_written_once(
    mixed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file whose dashes are at column 0 (as PyYAML writes a file): each claim was written at the columns
    # it is checked at, then again at the file's, half of an import's time
    from factcheck import editing

    written: list[tuple[str, int, int]] = []
    real_dump_entry = editing.dump_entry

    def dump_entry(entry: Any, *, dash_column: int, key_column: int) -> str:
        written.append((str(entry["id"]), dash_column, key_column))
        return real_dump_entry(entry, dash_column=dash_column, key_column=key_column)

    real_quick_entry = editing.quick_entry

    def quick_entry(data: Any, *, dash_column: int, key_column: int, styles: Any = None) -> str | None:
        # the writer of plain cases, which these are: ruamel's (above) is not asked then
        written.append((str(data["id"]), dash_column, key_column))
        return real_quick_entry(data, dash_column=dash_column, key_column=key_column, styles=styles)

    monkeypatch.setattr(editing, "dump_entry", dump_entry)
    monkeypatch.setattr(editing, "quick_entry", quick_entry)
    claims = [
        dataclasses.replace(NEW_CLAIM, id=f"n-{i}", claim=f"Claim number {i} about {i * 7} things") for i in range(3)
    ]
    add_claims(mixed, claims)
    assert written == [(f"n-{i}", 0, 2) for i in range(3)]
    assert load_knowledge_base(mixed).claims[-3:] == tuple(claims)
    assert mixed.read_text(encoding="utf-8").endswith(
        '- id: n-2\n  claim: Claim number 2 about 14 things\n  verdict: "mixed"\n  tags:\n    - weather\n'
        '  sources:\n    - url: https://example.org/new\n      title: New\n      date: "2025-01-31"\n'
    )


def test_an_invalid_claim_is_named_alike_whatever_the_files_columns(tmp_path: Path) -> None:
    # the claims are checked one at a time at the same columns in both files: the same message, line and column
    paths = [tmp_path / "indented" / "claims.yaml", tmp_path / "at-column-0" / "claims.yaml"]
    for path, text in zip(paths, (COMMENTED.read_text(encoding="utf-8"), MIXED_INDENTATION), strict=True):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    good = [dataclasses.replace(NEW_CLAIM, id=f"good-{i}", claim=f"Good claim {i}") for i in range(3)]
    bad = dataclasses.replace(NEW_CLAIM, id="bad", claim="Bad one", checked="2025-02-30")
    errors = [str(unchanged_after(p, lambda p=p: add_claims(p, [*good, bad]), InvalidClaimError)) for p in paths]  # type: ignore[misc]
    assert errors[0] == errors[1] and "claim 'bad'" in errors[0] and "is not a real date" in errors[0]


def test_the_first_invalid_claim_of_many_is_named(commented: Path) -> None:
    good = [dataclasses.replace(NEW_CLAIM, id=f"good-{i}", claim=f"Good claim {i}") for i in range(3)]
    first_bad = dataclasses.replace(NEW_CLAIM, id="first-bad", claim="Bad one", checked="2025-02-30")
    second_bad = dataclasses.replace(NEW_CLAIM, id="second-bad", claim="Bad two", sources=(Source(url="ftp://x"),))
    error = unchanged_after(commented, lambda: add_claims(commented, [*good, first_bad, second_bad]), InvalidClaimError)
    assert "claim 'first-bad'" in str(error) and "is not a real date" in str(error)
    repeated = [*good, dataclasses.replace(NEW_CLAIM, id="good-1", claim="Another text")]
    unchanged_after(commented, lambda: add_claims(commented, repeated), DuplicateClaimError)


def test_valid_claims_added_are_read_back_once_with_the_file(commented: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the new entries were read back alone, then again in the whole file changed: the first reading was an eighth
    # of the time of importing 21,000 fact-checks (cProfile).  The file alone is read back now (an error still
    # names the first claim that is not valid: the tests above)
    from factcheck import editing

    read: list[str] = []
    real_parse = editing.parse_knowledge_base

    def parse(data: bytes, path: str, **options: Any) -> Any:
        read.append(path)
        return real_parse(data, path, **options)

    monkeypatch.setattr(editing, "parse_knowledge_base", parse)
    claims = [
        dataclasses.replace(NEW_CLAIM, id=f"n-{i}", claim=f"Claim number {i} about {i * 7} things") for i in range(3)
    ]
    add_claims(commented, claims)
    assert read == [str(commented), str(commented)]  # the file as read, then as it would be written
    assert load_knowledge_base(commented).claims[-3:] == tuple(claims)


def test_add_claims_reports_the_claims_check_already_finds(mini_kb: Path) -> None:
    new = Claim("us-soldiers-based-in-mexico", "Ten thousand American soldiers are based in Mexico", Verdict.FALSE)
    result = add_claims(mini_kb, [new], check_similar=True)
    assert [(added, other.id) for added, other, _score in result.related] == [
        ("us-soldiers-based-in-mexico", "us-troops-in-mexico-10000")
    ]
    assert all(score >= 0.5 for _added, _other, score in result.related)
    other = Claim("moon-cheese", "The moon is made of cheese", Verdict.FALSE)
    assert add_claims(mini_kb, [other], check_similar=True).related == ()
    assert add_claims(mini_kb, [dataclasses.replace(new, id="again")], check_similar=False).related == ()


# A '|+' text (its final line breaks kept) that is the last field of its entry: the blank lines below it are its
# own, but the entry was taken to end at its last line of text, so that an edit rewrote the text without them
# ('|+' became '|', or a key inserted after it went above them) and a neighbour's edit moved or dropped them.
KEPT_BREAKS_LAST = (
    "claims:\n"
    '  - id: a\n    claim: A thing\n    verdict: "true"\n    summary: |+\n      Why.\n\n\n'
    '  - id: b\n    claim: Another thing\n    verdict: "false"\n    summary: |+\n      Because.\n\n'
)


@pytest.mark.parametrize("claim_id", ["a", "b"])
@pytest.mark.parametrize(
    "fields",
    [{"tags": ("x",)}, {"claimant": "Jo"}, {"sources": (Source("https://example.org/x"),)}],
    ids=["tags", "claimant", "sources"],
)
def test_a_last_block_text_keeps_its_final_line_breaks_when_its_entry_is_edited(
    write_kb: Callable[..., Path], claim_id: str, fields: dict[str, object]
) -> None:
    path = write_kb(KEPT_BREAKS_LAST)
    update_claim(path, claim_id, lambda c: dataclasses.replace(c, **fields))  # type: ignore[arg-type]
    text = path.read_text()
    assert text.count("summary: |+\n") == 2
    entry = [e for e in yaml.compose(text, Loader=yaml.SafeLoader).value[0][1].value][claim_id == "b"]
    summary = next(value for key, value in entry.value if key.value == "summary")
    assert summary.value == {"a": "Why.\n\n\n", "b": "Because.\n\n"}[claim_id]


def test_a_last_block_text_changed_keeps_its_indicator_and_final_line_breaks(write_kb: Callable[..., Path]) -> None:
    path = write_kb(KEPT_BREAKS_LAST)
    update_claim(path, "a", lambda c: dataclasses.replace(c, summary="New."))
    update_claim(path, "b", lambda c: dataclasses.replace(c, summary="Also new."))
    assert path.read_text() == KEPT_BREAKS_LAST.replace("Why.", "New.").replace("Because.", "Also new.")


def test_a_neighbour_added_or_removed_leaves_a_last_block_texts_final_line_breaks(
    write_kb: Callable[..., Path],
) -> None:
    path = write_kb(KEPT_BREAKS_LAST)
    remove_claim(path, "b")  # the blank lines above it are a's text
    assert path.read_text() == KEPT_BREAKS_LAST.split("  - id: b")[0]
    path = write_kb(KEPT_BREAKS_LAST)
    add_claims(path, [Claim(id="c", claim="A third thing", verdict=Verdict.MIXED)])
    assert path.read_text().startswith(KEPT_BREAKS_LAST)  # b's text ends the file with its blank line: c below it
    assert yaml.safe_load(path.read_text())["claims"][1]["summary"] == "Because.\n\n"


def test_an_entry_edited_in_an_editor_leaves_its_last_block_texts_final_line_breaks(
    write_kb: Callable[..., Path],
) -> None:
    # the editor is shown the entry without the blank lines below its '|+' text (a buffer saved is stripped of
    # them), and they stay in the file below what is saved
    path = write_kb(KEPT_BREAKS_LAST)
    draft = entry_for_editing(path, "a")
    assert draft.text.endswith("summary: |+\n  Why.\n")
    replace_entry(path, "a", draft.text, expected=draft.snapshot)
    assert path.read_text() == KEPT_BREAKS_LAST
    replace_entry(path, "a", draft.text.replace('"true"', '"mixed"'), expected=read_snapshot(path))
    assert path.read_text() == KEPT_BREAKS_LAST.replace('"true"', '"mixed"')


# -- which comment is whose, when a list's first item is removed ------------------------------------------------

ENTRY_A = "  - id: a\n    claim: A thing\n    verdict: mixed\n"
ENTRY_B = "  - id: b\n    claim: Another thing\n    verdict: mixed\n"
ENTRY_C = "  - id: c\n    claim: A third thing\n    verdict: mixed\n"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # right under 'claims:', the next entry without a comment of its own: the list's, kept
        ("claims:\n  # claims about X\n" + ENTRY_A + ENTRY_B, "claims:\n  # claims about X\n" + ENTRY_B),
        ("claims:\n  # claims about X\n" + ENTRY_A, "claims:\n  # claims about X\n"),
        # ... each entry with its own, as the starter file writes them: the first entry's
        ("claims:\n  # A\n" + ENTRY_A + "  # B\n" + ENTRY_B, "claims:\n  # B\n" + ENTRY_B),
        ("claims:\n  # A\n" + ENTRY_A + ENTRY_B + "  # C\n" + ENTRY_C, "claims:\n" + ENTRY_B + "  # C\n" + ENTRY_C),
        # a blank line below the list's, none below the entry's
        ("claims:\n  # claims about X\n\n  # A\n" + ENTRY_A + ENTRY_B, "claims:\n  # claims about X\n\n" + ENTRY_B),
        ("claims:\n\n  # A\n" + ENTRY_A + "\n" + ENTRY_B, "claims:\n\n" + ENTRY_B),
    ],
    ids=[
        "heading",
        "heading-only-entry",
        "each-entry-its-own",
        "another-its-own",
        "heading-blank-entry",
        "blank-entry",
    ],
)
def test_removing_the_first_claim_leaves_the_comment_heading_the_list(
    write_kb: Callable[..., Path], before: str, after: str
) -> None:
    # the comment right under 'claims:' went with the first claim removed
    path = write_kb(before)
    remove_claim(path, "a")
    assert path.read_text() == after


def test_a_claim_added_after_the_only_one_was_removed_goes_below_the_comment_heading_the_list(
    write_kb: Callable[..., Path],
) -> None:
    # the comment right under 'claims:' is the list's when no other claim has one of its own, and stays when the
    # only claim is removed; a claim added then went above it, between 'claims:' and its heading
    path = write_kb("claims:\n  # claims about X\n" + ENTRY_A)
    remove_claim(path, "a")
    add_claims(path, [Claim(id="b", claim="Another thing", verdict=Verdict.MIXED)])
    assert path.read_text() == "claims:\n  # claims about X\n" + ENTRY_B.replace("mixed", '"mixed"')
    # a comment at the key's column just above the next key is that key's: the claim goes above it
    path = write_kb("claims:\n  # claims about X\n# who publishes\npublisher:\n  name: Desk\n")
    add_claims(path, [Claim(id="b", claim="Another thing", verdict=Verdict.MIXED)])
    added = ENTRY_B.replace("mixed", '"mixed"')
    assert path.read_text() == "claims:\n  # claims about X\n" + added + "# who publishes\npublisher:\n  name: Desk\n"


TAGGED = "claims:\n" + ENTRY_A


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("    tags:\n      # the topics\n      - x\n      - y\n", "    tags:\n      # the topics\n      - y\n"),
        (
            "    tags:  # why\n      # the topics\n      - x\n      - y\n",
            "    tags:  # why\n      # the topics\n      - y\n",
        ),
        (
            "    tags:\n      # the topics\n\n      # x: the first\n      - x\n      # y\n      - y\n",
            "    tags:\n      # the topics\n\n      # y\n      - y\n",
        ),
        (
            "    tags:  # why\n      # the topics\n\n      # x: the first\n      - x\n      - y\n",
            "    tags:  # why\n      # the topics\n\n      - y\n",
        ),
        (
            "    tags:\n      # x\n      - x\n      # y\n      - y\n",
            "    tags:\n      # y\n      - y\n",
        ),
        (
            "    tags:\n      # x\n      - x\n      - y\n      # z\n      - z\n",
            "    tags:\n      - y\n      # z\n      - z\n",
        ),
        ("    tags:\n\n      # x\n      - x\n      - y\n", "    tags:\n\n      - y\n"),
    ],
    ids=[
        "heading",
        "eol-heading",
        "heading-blank-item",
        "eol-heading-blank-item",
        "each-item-its-own",
        "another-its-own",
        "blank-item",
    ],
)
def test_removing_a_first_tag_leaves_the_comment_heading_the_list(
    write_kb: Callable[..., Path], before: str, after: str
) -> None:
    path = write_kb(TAGGED + before)
    update_claim(path, "a", lambda c: dataclasses.replace(c, tags=c.tags[1:]))
    assert path.read_text() == TAGGED + after


def test_a_removed_source_takes_the_comments_inside_it_and_leaves_the_others(write_kb: Callable[..., Path]) -> None:
    # the comment lines below a source, indented as its keys, are inside it: they were left behind (above the next
    # source, deeper than its dash), and the section comment above a source removed went with it
    sources = (
        "    sources:\n      # best first\n      - url: https://x.org\n        # inside x\n\n      # section\n\n"
        "      # y\n      - url: https://y.org\n        # inside y\n      - url: https://z.org\n"
        "    # above the claimant\n    claimant: Jo\n"
    )
    path = write_kb(TAGGED + sources)
    update_claim(path, "a", lambda c: dataclasses.replace(c, sources=c.sources[::2]))
    assert path.read_text() == TAGGED + sources.replace(
        "      # y\n      - url: https://y.org\n        # inside y\n", ""
    )
    update_claim(path, "a", lambda c: dataclasses.replace(c, sources=c.sources[1:]))
    assert path.read_text() == TAGGED + (
        "    sources:\n      # best first\n      # section\n\n      - url: https://z.org\n"
        "    # above the claimant\n    claimant: Jo\n"
    )


def test_a_claim_added_after_a_last_block_text_keeping_its_line_breaks_adds_no_blank_line_to_it(
    write_kb: Callable[..., Path],
) -> None:
    # the entries are parted by a blank line, and so is the last by its '|+' text's own: the blank line added above
    # the new entry was one more of that text's
    last = "  - id: b\n    claim: Another thing\n    verdict: mixed\n    summary: |+\n      Because.\n\n"
    path = write_kb("claims:\n" + ENTRY_A + "\n" + last)
    add_claims(path, [Claim(id="c", claim="A third thing", verdict=Verdict.MIXED)])
    assert path.read_text() == "claims:\n" + ENTRY_A + "\n" + last + ENTRY_C


@pytest.mark.parametrize("indicator", ["|+", ">+"])
def test_a_block_text_keeping_its_one_final_line_break_keeps_its_indicator_when_changed(
    write_kb: Callable[..., Path], indicator: str
) -> None:
    # ruamel tells a block text's header from its final line breaks, and wrote '|' for a '|+' text ending in one
    head = "claims:\n  - id: a\n    claim: A claim\n    verdict: mixed\n"
    path = write_kb(head + f"    summary: {indicator}\n      Old.\n    tags: [t]\n")
    update_claim(path, "a", lambda c: dataclasses.replace(c, summary="New."))
    assert path.read_text() == head + f"    summary: {indicator}\n      New.\n    tags: [t]\n"


def test_a_block_text_keeping_its_line_breaks_that_ends_the_file_without_one_keeps_its_indicator(
    write_kb: Callable[..., Path],
) -> None:
    # read without a final line break (the file has none), it was written back as '|-' by any edit of its entry
    head = "claims:\n  - id: a\n    claim: A claim\n    verdict: mixed\n"
    path = write_kb(head + "    summary: |+\n      Old.")
    update_claim(path, "a", lambda c: dataclasses.replace(c, claim="Another claim"))
    assert path.read_text() == head.replace("A claim", "Another claim") + "    summary: |+\n      Old."
    update_claim(path, "a", lambda c: dataclasses.replace(c, summary="New."))
    assert path.read_text() == head.replace("A claim", "Another claim") + "    summary: |+\n      New."


def test_removing_the_claim_below_a_last_block_text_keeping_its_line_breaks_gives_it_no_blank_line(
    write_kb: Callable[..., Path],
) -> None:
    # the blank line below the last claim removed came to stand below the '|+' text above, one more of its lines
    last = "  - id: b\n    claim: Another thing\n    verdict: mixed\n    summary: |+\n      Because.\n"
    path = write_kb("claims:\n" + last + ENTRY_C + "\nlanguage: en\n")
    remove_claim(path, "c")
    assert path.read_text() == "claims:\n" + last + "language: en\n"
    assert yaml.safe_load(path.read_text())["claims"][0]["summary"] == "Because.\n"


def test_a_quote_written_as_a_block_text_stays_one_when_changed(write_kb: Callable[..., Path]) -> None:
    # 'quote: |' changed to a one-line text was written in double quotes, as a new quote is
    head = (
        "claims:\n  - id: a\n    claim: A claim\n    verdict: mixed\n    sources:\n      - url: https://example.org/a\n"
    )
    path = write_kb(head + "        quote: |\n          Old words.\n        note: n\n")
    update_claim(
        path, "a", lambda c: dataclasses.replace(c, sources=(dataclasses.replace(c.sources[0], quote="New."),))
    )
    assert path.read_text() == head + "        quote: |\n          New.\n        note: n\n"


def test_removing_the_last_item_of_a_list_spaced_by_blank_lines_leaves_no_blank_line_below_the_list(
    write_kb: Callable[..., Path],
) -> None:
    # the item kept above it came back with the blank line that parted it from the item removed
    tags = "    tags:\n      - x\n\n      - y\n"
    path = write_kb("claims:\n" + ENTRY_A + tags + "\n      - z\n    claimant: Jo\n")
    update_claim(path, "a", lambda c: dataclasses.replace(c, tags=("x", "y")))
    assert path.read_text() == "claims:\n" + ENTRY_A + tags + "    claimant: Jo\n"


@pytest.mark.parametrize("end", ["", "\n"])
def test_a_claim_added_after_a_last_block_text_keeping_its_line_breaks_without_blank_lines_goes_right_below(
    write_kb: Callable[..., Path], end: str
) -> None:
    # the file's blank line between entries, added above the new entry, was one more of the text's lines
    last = "  - id: b\n    claim: Another thing\n    verdict: mixed\n    summary: |+\n      Because."
    path = write_kb("claims:\n" + ENTRY_A + "\n" + last + end)
    add_claims(path, [Claim(id="c", claim="A third thing", verdict=Verdict.MIXED)])
    assert path.read_text() == "claims:\n" + ENTRY_A + "\n" + last + "\n" + ENTRY_C


_WITH_A_DATE_TAG = "claims:\n  - id: a\n    claim: Some claim here\n    verdict: 'false'\n    tags: [x, 2026-01-05]\n"
_WITH_A_LIST_SUMMARY = "claims:\n  - id: a\n    claim: Some claim here\n    verdict: 'false'\n    summary: [p, q]\n"


@pytest.mark.parametrize(
    ("text", "change"),
    [
        (_WITH_A_DATE_TAG, lambda claim: dataclasses.replace(claim, tags=(*claim.tags, "y"))),
        # the claim as read, changed, given whole: its tags are those read
        (_WITH_A_DATE_TAG, Claim(id="a", claim="Some claim here", verdict=Verdict.FALSE, tags=("x", "y"))),
        (_WITH_A_LIST_SUMMARY, lambda claim: dataclasses.replace(claim, summary=(claim.summary or "") + "More.")),
        (
            "claims:\n  - id: a\n    claim: Some claim here\n    verdict: 'false'\n    sources:\n"
            "      - url: example.org/bad\n      - url: https://example.org/ok\n        date: 2026-01-02\n",
            lambda claim: dataclasses.replace(claim, sources=claim.sources[1:]),
        ),
    ],
)
def test_update_claim_refuses_to_rewrite_a_value_the_reader_left_out(
    write_kb: Callable[..., Path], text: str, change: Any
) -> None:
    # 'tags: [x, 2026-01-05]' reads as [x]: a tag added wrote [x, y], the date gone unsaid
    path = write_kb(text)
    error = unchanged_after(path, lambda: update_claim(path, "a", change), KnowledgeBaseError)
    heading, *errors = error.problems
    assert str(heading.location) == f"{path}:2" and "claim 'a' has errors in its " in heading.message
    assert heading.message.endswith(", which this change would rewrite; fix them first")
    assert errors and all(p.is_error and p.location.line >= 5 for p in errors)


@pytest.mark.parametrize(
    ("text", "change", "written"),
    [
        (_WITH_A_DATE_TAG, lambda claim: dataclasses.replace(claim, tags=("y",)), "    tags: [y]\n"),
        (_WITH_A_DATE_TAG, lambda claim: dataclasses.replace(claim, tags=()), ""),  # whatever the tags read
        (_WITH_A_LIST_SUMMARY, lambda claim: dataclasses.replace(claim, summary="S."), "    summary: S.\n"),
        (
            _WITH_A_LIST_SUMMARY,
            Claim(id="a", claim="Some claim here", verdict=Verdict.FALSE, summary="S."),
            "    summary: S.\n",
        ),
    ],
)
def test_update_claim_replaces_a_value_the_reader_left_out(
    write_kb: Callable[..., Path], text: str, change: Any, written: str
) -> None:
    path = write_kb(text)
    update_claim(path, "a", change)
    assert path.read_text() == text.rsplit("\n", 2)[0] + "\n" + written


_BAD_SOURCE_DATE = (
    "claims:\n  - id: a\n    claim: Some claim here\n    verdict: 'false'\n    sources:\n"
    "      - url: https://example.org/one\n        date: 2026-13-01\n"
    "      - url: https://example.org/two\n        date: '2025-01-01'\n"
)


def _sources_changed(**changes: dict[str, Any]) -> Callable[[Claim], Claim]:
    """The claim with its sources' fields changed: ``s0={"date": ...}`` the first's."""

    def change(claim: Claim) -> Claim:
        sources = [dataclasses.replace(s, **changes.get(f"s{i}", {})) for i, s in enumerate(claim.sources)]
        return dataclasses.replace(claim, sources=tuple(sources))

    return change


@pytest.mark.parametrize(
    ("text", "change", "written"),
    [
        # edit a --source 1 --source-date 2026-01-01: refused as a rewrite of the sources, which no sources
        # option could then fix
        (_BAD_SOURCE_DATE, _sources_changed(s0={"date": "2026-01-01"}), "        date: '2026-01-01'\n"),
        (
            _BAD_SOURCE_DATE.replace("2026-13-01\n", "2026-13-01\n        title: 5\n"),
            _sources_changed(s0={"date": "2026-01-01", "title": "T"}),
            "        date: '2026-01-01'\n        title: T\n",
        ),
        (
            _BAD_SOURCE_DATE.replace("      - url: https://example.org/one\n        date: 2026-13-01\n", "")
            + "      - {url: https://example.org/one, date: 2026-13-01}\n",
            _sources_changed(s1={"date": "2026"}),
            "",
        ),
    ],
)
def test_update_claim_replaces_exactly_a_sources_value_the_reader_left_out(
    write_kb: Callable[..., Path], text: str, change: Any, written: str
) -> None:
    path = write_kb(text)
    update_claim(path, "a", change)
    expected = (
        text.replace("date: 2026-13-01}", "date: '2026'}")
        if "{" in text
        else text.replace("        date: 2026-13-01\n        title: 5\n", written).replace(
            "        date: 2026-13-01\n", written
        )
    )
    assert path.read_text() == expected
    assert [p for p in validate_file(path)[1] if p.is_error] == []


@pytest.mark.parametrize(
    "change",
    [
        _sources_changed(s0={"title": "T"}),  # the date in error dropped
        _sources_changed(s1={"date": "2026-01-01"}),  # another source's
        _sources_changed(s0={"date": "2026-01-01", "title": "T"}),  # more than the value in error
        _sources_changed(s0={"note": "n"}, s1={"note": "n"}),
        lambda claim: dataclasses.replace(claim, sources=claim.sources[1:]),
        lambda claim: dataclasses.replace(claim, sources=(*claim.sources, Source(url="https://example.org/3"))),
        Claim(id="a", claim="Some claim here", verdict=Verdict.FALSE, sources=(Source(url="https://example.org/one"),)),
    ],
)
def test_update_claim_still_refuses_a_sources_change_that_drops_a_value_in_error(
    write_kb: Callable[..., Path], change: Any
) -> None:
    path = write_kb(_BAD_SOURCE_DATE)
    error = unchanged_after(path, lambda: update_claim(path, "a", change), KnowledgeBaseError)
    assert "claim 'a' has errors in its sources, which this change would rewrite" in error.problems[0].message


@pytest.mark.parametrize(
    ("text", "change"),
    [
        # two values in error, one replaced
        (
            _BAD_SOURCE_DATE.replace("2026-13-01\n", "2026-13-01\n        title: 5\n"),
            _sources_changed(s0={"date": "2026-01-01"}),
        ),
        # a source left out when read (its url in error): the sources read are not the file's, one for one
        (
            _BAD_SOURCE_DATE.replace("https://example.org/one\n        date: 2026-13-01", "ftp:/x")
            + "      - url: https://example.org/three\n        date: 2026-13-01\n",
            _sources_changed(s1={"date": "2026-01-01"}),
        ),
        # an unknown key: no field of a source to give a value to
        (
            _BAD_SOURCE_DATE.replace("2026-13-01\n", "'2026-01-01'\n        dated: x\n"),
            _sources_changed(s0={"note": "n"}),
        ),
    ],
)
def test_update_claim_refuses_a_sources_change_that_leaves_an_error_unreplaced(
    write_kb: Callable[..., Path], text: str, change: Any
) -> None:
    path = write_kb(text)
    unchanged_after(path, lambda: update_claim(path, "a", change), KnowledgeBaseError)
