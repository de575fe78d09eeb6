"""Reading and validating claims files: every problem reported with file:line:column."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import Result

from factcheck import KnowledgeBaseError, Verdict, load_knowledge_base
from factcheck.store import check_knowledge_base, default_kb_path, validate_file
from factcheck.validation import CLAIM_KEYS, SOURCE_KEYS, is_http_url, suggest_key
from factcheck.yamltree import MAX_DEPTH, parse
from factcheck.yamltree import Mapping as YamlMapping

WriteKb = Callable[..., Path]

VALID_CLAIM = """\
  - id: valid-one
    claim: A valid claim.
    verdict: "true"
    sources:
      - url: https://example.org/a
        date: "2024-01-02"
"""


def problems_of(path: Path) -> list[str]:
    _, problems = check_knowledge_base(path)
    return [f"{p.location.line}:{p.location.column}: {p.severity.value}: {p.message}" for p in problems]


def only_error(path: Path) -> str:
    errors = [p for p in check_knowledge_base(path)[1] if p.is_error]
    assert len(errors) == 1, errors
    return f"{errors[0].location.line}:{errors[0].location.column} {errors[0].message}"


def test_loads_the_mini_fixture(mini_kb: Path) -> None:
    kb = load_knowledge_base(mini_kb)
    assert kb.ids() == [
        "us-troops-in-mexico-10000",
        "senate-must-approve-foreign-troops",
        "cooperation-attracts-investment",
        "drones-over-mexico",
    ]
    first = kb.claims[0]
    assert first.verdict is Verdict.FALSE
    assert first.aliases == ("Ten thousand American soldiers are stationed in Mexico",)
    assert first.tags == ("border", "troop-numbers")
    assert first.sources[0].quote == "Over 10,000 service members are deploying to the southern border."
    assert kb.claims[1].claim == "Foreign troops need the Mexican Senate's approval to enter Mexico."
    assert kb.publisher is not None and kb.publisher.name == "Test Fact Desk"
    assert kb.base_url == "https://factdesk.example.org/checks/"
    assert kb.positions["us-troops-in-mexico-10000"] == (9, 5)


def test_starter_knowledge_base_is_valid(starter_kb: Path) -> None:
    kb, problems = validate_file(starter_kb)
    assert [p for p in problems if p.is_error] == []
    assert len(kb) >= 34
    assert all(source.url.startswith(("http://", "https://")) for c in kb.claims for source in c.sources)


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            '  - id: x\n    claim: c\n    verdict: "true"\n    sumary: s\n',
            "5:5 unknown key 'sumary' in claim 'x' (did you mean 'summary'?)",
        ),
        (
            # not a misspelling but what other tools call it: still pointed to the key meant
            '  - id: x\n    claim: c\n    verdict: "true"\n    explanation: s\n',
            "5:5 unknown key 'explanation' in claim 'x' (did you mean 'summary'?)",
        ),
        (
            '  - id: x\n    claim: c\n    verdict: "true"\n    Date-Published: "2025"\n',
            "5:5 unknown key 'Date-Published' in claim 'x' (did you mean 'checked'?)",
        ),
        ('  - claim: c\n    verdict: "true"\n', "2:5 claim #1 has no 'id'"),
        ("  - id: x\n    verdict: unsupported\n", "2:5 claim 'x' has no 'claim'"),
        ("  - id: x\n    claim: c\n", "2:5 claim 'x' has no 'verdict'"),
        ("  - id: x\n    claim: c\n    verdict: wrong\n", "4:14 verdict 'wrong' of claim 'x' is not on the scale"),
        (
            "  - id: x\n    claim: c\n    verdict: False\n",
            "4:14 verdict of claim 'x' must be quoted: verdict: \"false\"",
        ),
        ("  - id: Not A Slug\n    claim: c\n    verdict: unsupported\n", "2:9 id 'Not A Slug' must be a slug"),
        (
            "  - id: x\n    claim: NO\n    verdict: unsupported\n",
            "3:12 claim 'x' text (claim) must be text, but YAML reads 'NO' as a true/false value",
        ),
        (
            "  - id: x\n    claim: 1.0\n    verdict: unsupported\n",
            "3:12 claim 'x' text (claim) must be text, but YAML reads '1.0' as a number",
        ),
        (
            "  - id: x\n    claim: c\n    verdict: unsupported\n    checked: 2025-02-20\n",
            "5:14 claim 'x' checked date must be text, but YAML reads '2025-02-20' as a date",
        ),
        (
            '  - id: x\n    claim: c\n    verdict: unsupported\n    checked: "2025-02-30"\n',
            "5:14 claim 'x' checked date '2025-02-30' is not a real date",
        ),
        (
            "  - id: x\n    claim: c\n    verdict: unsupported\n    sources:\n      - url: ftp://example.org/f\n",
            "6:14 source #1 of claim 'x' url 'ftp://example.org/f' is not an http(s) URL",
        ),
        (
            # urlsplit raises on an unbalanced IPv6 bracket: an invalid URL, not a crash
            "  - id: x\n    claim: c\n    verdict: unsupported\n    sources:\n      - url: http://[oops/f\n",
            "6:14 source #1 of claim 'x' url 'http://[oops/f' is not an http(s) URL",
        ),
        (
            # a port that is no number: urlsplit accepts it, so the check must look at the port itself
            "  - id: x\n    claim: c\n    verdict: unsupported\n    sources:\n      - url: https://example.org:٨٠/f\n",
            "6:14 source #1 of claim 'x' url 'https://example.org:٨٠/f' is not an http(s) URL",
        ),
        (
            "  - id: x\n    claim: c\n    verdict: unsupported\n    sources:\n      - url: https://:80/f\n",
            "6:14 source #1 of claim 'x' url 'https://:80/f' is not an http(s) URL",
        ),
        (
            "  - id: x\n    claim: c\n    verdict: unsupported\n    sources:\n      - title: t\n",
            "6:9 source #1 of claim 'x' has no 'url'",
        ),
        ("  - id: x\n    claim: c\n    verdict: unsupported\n    tags: border\n", "5:11 claim 'x' tags must be a list"),
        (
            "  - id: x\n    claim: c\n    verdict: unsupported\n    aliases: [yes]\n",
            "5:15 each of claim 'x' aliases must be text, but YAML reads 'yes' as a true/false value",
        ),
    ],
)
def test_each_validation_error_names_its_position(write_kb: WriteKb, entry: str, expected: str) -> None:
    path = write_kb("claims:\n" + entry)
    assert only_error(path).startswith(expected)


def test_duplicate_ids_point_at_the_second_one(write_kb: WriteKb) -> None:
    path = write_kb("claims:\n" + VALID_CLAIM + VALID_CLAIM)
    # a claim pasted twice, or kept from both sides of a merge: the same entry again, to delete
    assert only_error(path) == (
        "8:5 duplicate id 'valid-one' (first used at line 2): this entry is the same claim again; delete one of them"
    )
    # two people gave their claims the same id: one of them needs another id
    path = write_kb("claims:\n" + VALID_CLAIM + VALID_CLAIM.replace("A valid claim.", "Another claim."))
    assert (
        only_error(path) == "8:5 duplicate id 'valid-one' (first used at line 2): give one of the two claims another id"
    )


def test_a_duplicate_id_tells_the_same_claim_in_other_words_from_another_claim(write_kb: WriteKb) -> None:
    # the same claim with its keys in another order was "give one of the two claims another id"
    reordered = "  - id: a\n    verdict: 'true'\n    claim: A claim.\n"
    path = write_kb("claims:\n  - id: a\n    claim: A claim.\n    verdict: 'true'\n" + reordered)
    assert only_error(path) == (
        "5:5 duplicate id 'a' (first used at line 2): this entry is the same claim again; delete one of them"
    )
    # the same claim with another verdict (one side of a merge changed it): another id would keep
    # both verdicts as two claims; one of the two versions is to keep
    changed = "  - id: a\n    claim: A  claim.\n    verdict: 'false'\n"
    path = write_kb("claims:\n  - id: a\n    claim: A claim.\n    verdict: 'true'\n" + changed)
    assert only_error(path) == (
        "5:5 duplicate id 'a' (first used at line 2): this entry is the same claim with other values; keep one of "
        "the two, with what it should say"
    )


def test_a_duplicate_id_is_reported_even_when_its_first_entry_is_invalid(write_kb: WriteKb) -> None:
    path = write_kb(
        "claims:\n  - id: a\n    claim: c\n    verdict: maybe\n  - id: a\n    claim: c2\n    verdict: 'false'\n"
    )
    errors = problems_of(path)
    assert len(errors) == 2, errors
    assert errors[0].startswith("4:14: error: verdict 'maybe'")
    assert errors[1] == "5:5: error: duplicate id 'a' (first used at line 2): give one of the two claims another id"


def test_all_problems_are_reported_not_just_the_first(write_kb: WriteKb) -> None:
    path = write_kb(
        "claims:\n  - id: a\n    claim: c\n    verdict: nope\n  - id: b\n    claim: c2\n    verdict: sure\n"
    )
    errors = problems_of(path)
    assert len(errors) == 2
    assert errors[0].startswith("4:14: error: verdict 'nope'") and errors[1].startswith("7:14: error: verdict 'sure'")


def test_source_without_date_is_a_warning_not_an_error(write_kb: WriteKb) -> None:
    path = write_kb('claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    sources:\n      - url: https://e.org\n')
    assert problems_of(path) == [
        "6:9: warning: source #1 of claim 'a' has no date"
        " (if it has none, say so in its note: 'date not shown' or 'sin fecha')"
    ]
    load_knowledge_base(path)  # warnings do not stop loading


@pytest.mark.parametrize(
    "note",
    [
        "date not shown",
        "Undated page",
        "no DATE on the page (Feb 2025)",
        # a Spanish-speaking desk's notes were warned of, "say so in its note: 'date not shown'"
        "sin fecha",
        "Fecha no visible en la página",
        "nota no fechada",
        # nor these ways of saying it (review16c)
        "sin fechar",
        "Sin datar",
        "s/f",
        "publicado s. f.",
        "(n.d.)",
        "s.f.",
    ],
)
def test_a_source_whose_note_says_why_it_has_no_date_is_not_warned(write_kb: WriteKb, note: str) -> None:
    path = write_kb(
        f'claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    sources:\n      - url: https://e.org\n'
        f"        note: {note}\n"
    )
    assert problems_of(path) == []
    path = write_kb(
        'claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    sources:\n      - url: https://e.org\n'
        "        note: page updated daily\n"  # "updated" says nothing of a missing date
    )
    assert [p.split(" (")[0] for p in problems_of(path)] == ["6:9: warning: source #1 of claim 'a' has no date"]
    path = write_kb(
        'claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    sources:\n      - url: https://e.org\n'
        "        note: S.F. Chronicle, N.D. edition\n"  # San Francisco, North Dakota: no 's. f.', 'n.d.'
    )
    assert [p.split(" (")[0] for p in problems_of(path)] == ["6:9: warning: source #1 of claim 'a' has no date"]


def test_where_the_claim_appeared_needs_no_date_but_evidence_does(write_kb: WriteKb) -> None:
    # import notes a ClaimReview's appearances so, and they seldom have a date: validate warned twice per
    # imported claim right after the import, of dates nobody can look up and that back nothing
    path = write_kb(
        'claims:\n  - id: a\n    claim: c\n    verdict: "false"\n    sources:\n'
        "      - url: https://e.org/fact-check\n        note: the fact-check this claim was imported from\n"
        "      - url: https://e.org/evidence\n"
        "      - url: https://e.org/post\n        note: where the claim appeared\n"
        "      - url: https://e.org/first\n        note: where the claim first appeared\n"
        "      - url: https://e.org/by-hand\n        note: Where the claim appeared.\n"  # as a person writes it
    )
    assert [p.split(" (")[0] for p in problems_of(path)] == [
        "6:9: warning: source #1 of claim 'a' has no date",  # another desk's fact-check: its page has a date
        "8:9: warning: source #2 of claim 'a' has no date",
    ]


def test_a_repeated_tag_alias_or_source_is_a_warning_naming_the_claim(write_kb: WriteKb) -> None:
    path = write_kb(
        'claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    tags: [x, y, x]\n'
        "    aliases:\n      - c too\n      - c too\n    sources:\n"
        '      - url: https://e.org/1\n        date: "2024"\n'
        '      - url: https://e.org/1\n        date: "2024"\n        quote: another sentence of the page\n'
        '      - url: https://e.org/1\n        date: "2025"\n'
    )
    assert sorted(problems_of(path)) == [
        "15:9: warning: source #3 of claim 'a' repeats source #1 (same URL and quote)",
        "5:18: warning: tag 'x' of claim 'a' is listed twice (first at column 12)",
        "8:9: warning: alias 'c too' of claim 'a' is listed twice (first at line 7)",
    ]
    claim = load_knowledge_base(path).get("a")  # warnings do not stop loading
    assert claim is not None and claim.tags == ("x", "y", "x") and len(claim.sources) == 3


def test_a_tag_repeated_in_another_case_is_a_warning(write_kb: WriteKb) -> None:
    # tags are selected without case, so "Animals" and "animals" are one tag written twice
    path = write_kb('claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    tags: [Animals, y, animals]\n'
                    "    aliases: [C too, c too]\n")  # fmt: skip
    assert problems_of(path) == [
        "5:24: warning: tag 'animals' of claim 'a' repeats 'Animals' in another case (first at column 12)"
    ]


def test_near_duplicates_are_warned_about(write_kb: WriteKb) -> None:
    path = write_kb(
        "claims:\n"
        "  - id: a\n    claim: There are more than 10,000 US troops deployed in Mexico.\n    verdict: unsupported\n"
        "  - id: b\n    claim: There are over 10,000 US troops deployed in Mexico!\n    verdict: unsupported\n"
        "  - id: c\n    claim: The Senate must approve foreign troops.\n    verdict: unsupported\n"
    )
    _, problems = validate_file(path)
    warnings = [p.message for p in problems if not p.is_error]
    assert len(warnings) == 1
    assert (
        "'a' looks like a near-duplicate of 'b'" in warnings[0]
        or "'b' looks like a near-duplicate of 'a'" in warnings[0]
    )


def test_a_near_duplicate_warning_names_the_other_claims_line(write_kb: WriteKb) -> None:
    # the same claim added under two ids on two branches, merged: the other one's line was not given
    path = write_kb(
        "claims:\n"
        "  - id: drones-sinaloa\n    claim: US drones are flown from Sinaloa airfields\n    verdict: unsupported\n"
        "  - id: c\n    claim: The Senate must approve foreign troops.\n    verdict: unsupported\n"
        "  - id: us-drones-fly-from-sinaloa\n    claim: US drones are flown from Sinaloa airfields\n"
        "    verdict: unsupported\n"
    )
    _, problems = validate_file(path)
    assert [str(problem) for problem in problems] == [
        f"{path}:2:5: warning: claim 'drones-sinaloa' looks like a near-duplicate of 'us-drones-fly-from-sinaloa' "
        "(line 8, similarity 1.00)"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("claims:\n  - id: x\n   claim: [unclosed\n", "3:"),  # malformed YAML
        ("", "1:1 the file is empty"),
        ("- just\n- a list\n", "1:1 the top level must be a mapping"),
        ("claims: 3\n", "1:9 'claims' must be a list"),
        ("claims:\n  - id: x\n  - id: x\n---\nclaims: []\n", "4:1 the file holds more than one YAML document"),
        (
            "claims: !!python/object/apply:os.system ['echo pwned']\n",
            "1:9 YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed",
        ),
        ("claims: *nowhere\n", "1:9 unknown alias *nowhere"),
    ],
)
def test_unreadable_yaml_is_one_positioned_problem(write_kb: WriteKb, text: str, expected: str) -> None:
    path = write_kb(text)
    with pytest.raises(KnowledgeBaseError) as info:
        load_knowledge_base(path)
    assert only_error(path).startswith(expected)
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim's lines copied to start the next one, its '- ' left out: "duplicate key" three times, no fix
        (
            "claims:\n  - id: a\n    claim: A\n    verdict: 'false'\n    id: b\n    claim: B\n    verdict: 'true'\n",
            ["5:5 duplicate key 'id' (first at line 2); if it begins a new claim, write '- id: b', the '-' in "
             "column 3 as on line 2"],
        ),
        (
            "claims:\n- id: a\n  claim: A\n  verdict: 'false'\n  sources:\n  - url: https://e.org/1\n"
            "    title: One\n    url: https://e.org/2\n    title: Two\n",
            ["8:5 duplicate key 'url' (first at line 6); if it begins a new source, write '- url: https://e.org/2', "
             "the '-' in column 3 as on line 6"],
        ),
        # a key repeated that is not the item's first: no new item to begin
        (
            "claims:\n  - id: a\n    claim: A\n    verdict: 'false'\n    claim: B\n",
            ["5:5 duplicate key 'claim' (first at line 3)"],
        ),
    ],
)  # fmt: skip
def test_a_new_item_without_its_dash_in_the_column_of_its_keys_is_said_so(
    write_kb: WriteKb, text: str, expected: list[str]
) -> None:
    path = write_kb(text)
    problems = [f"{p.location.line}:{p.location.column} {p.message}" for p in check_knowledge_base(path)[1]]
    assert [problem for problem in problems if "duplicate" in problem] == expected
    # the hint followed, the file reads as two claims (two sources), with no duplicate
    if "write '" in expected[0]:
        line = int(expected[0].split(":")[0]) - 1
        lines = text.split("\n")
        column = len(lines[line]) - len(lines[line].lstrip())
        lines[line] = lines[line][: column - 2] + "- " + lines[line][column:]
        fixed = write_kb("\n".join(lines))
        assert not [p for p in check_knowledge_base(fixed)[1] if p.is_error]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # several claims pasted without '- ': one error (the first) where every claim's was listed before the hint
        (
            "claims:\n  - id: a\n    claim: A\n    verdict: 'false'\n    id: b\n    claim: B\n    verdict: 'true'\n"
            "    id: c\n    claim: C\n    verdict: 'true'\n",
            ["5:5 duplicate key 'id' (first at line 2); if it begins a new claim, write '- id: b', the '-' in "
             "column 3 as on line 2",
             "8:5 duplicate key 'id' (first at line 2); if it begins a new claim, write '- id: c', the '-' in "
             "column 3 as on line 2"],
        ),
        # a key repeated within the new claim itself is a duplicate of its own: it was hidden
        (
            "claims:\n  - id: a\n    claim: A\n    verdict: 'false'\n    id: b\n    claim: B\n    claim: C\n"
            "    verdict: 'true'\n",
            ["5:5 duplicate key 'id' (first at line 2); if it begins a new claim, write '- id: b', the '-' in "
             "column 3 as on line 2",
             "7:5 duplicate key 'claim' (first at line 6)"],
        ),
        # so is one the claim above has not
        (
            "claims:\n  - id: a\n    claim: A\n    verdict: 'false'\n    id: b\n    claim: B\n    tags: [x]\n"
            "    verdict: 'true'\n    tags: [y]\n",
            ["5:5 duplicate key 'id' (first at line 2); if it begins a new claim, write '- id: b', the '-' in "
             "column 3 as on line 2",
             "9:5 duplicate key 'tags' (first at line 7)"],
        ),
    ],
)  # fmt: skip
def test_each_problem_of_a_new_item_without_its_dash_is_listed(
    write_kb: WriteKb, text: str, expected: list[str]
) -> None:
    # the keys the missing '- ' repeats are said once, in the hint; every other duplicate is listed, in one run
    path = write_kb(text)
    problems = [f"{p.location.line}:{p.location.column} {p.message}" for p in check_knowledge_base(path)[1]]
    assert [problem for problem in problems if "duplicate" in problem] == expected


def test_a_duplicate_key_is_reported_with_the_files_other_errors(write_kb: WriteKb) -> None:
    # it stopped the reading alone: the typo two lines below came out only once it was fixed
    path = write_kb(
        "claims:\n  - id: a\n    claim: A\n    verdict: 'false'\n    verdict: 'true'\n    checkd: 2024-01-01\n"
    )
    problems = [f"{p.location.line}:{p.location.column} {p.message}" for p in check_knowledge_base(path)[1]]
    assert problems == [
        "5:5 duplicate key 'verdict' (first at line 4)",
        "6:5 unknown key 'checkd' in claim 'a' (did you mean 'checked'?)",
    ]
    with pytest.raises(KnowledgeBaseError, match="duplicate key 'verdict'"):
        load_knowledge_base(path)


def _use_loader(monkeypatch: pytest.MonkeyPatch, loader: str) -> None:
    """Read claims files with libyaml's loader or PyYAML's own (their error words differ)."""
    import yaml

    import factcheck.yamltree

    if not hasattr(yaml, loader):
        pytest.skip(f"PyYAML built without {loader}")
    monkeypatch.setattr(factcheck.yamltree, "SAFE_LOADER", getattr(yaml, loader))


@pytest.mark.parametrize(
    ("written", "column", "message"),
    [
        (
            "\\ud83d\\ude00",
            18,
            "'\\ud83d\\ude00' is one character written in two halves, as JSON writes it (a UTF-16 surrogate pair), "
            "which YAML does not read: write '\\U0001F600' instead, or the character itself",
        ),
        (
            "\\ud800",
            18,
            "'\\ud800' is half of a character as JSON writes one (a UTF-16 surrogate), not a character: remove it, "
            "or write the whole character as '\\U' and its 8 hexadecimal digits",
        ),
        (
            "\\udc00",
            18,
            "'\\udc00' is half of a character as JSON writes one (a UTF-16 surrogate), not a character: remove it, "
            "or write the whole character as '\\U' and its 8 hexadecimal digits",
        ),
        (  # JSON never writes '\\U': not said to be as JSON writes it
            "\\U0000D800",
            18,
            "'\\U0000D800' is half of a character (a UTF-16 surrogate), not a character: remove it, "
            "or write the whole character as '\\U' and its 8 hexadecimal digits",
        ),
        ("\\U00110000", 18, "'\\U00110000' is past the last Unicode character (U+10FFFF): remove it"),
        ("\\UFFFFFFFF", 18, "'\\UFFFFFFFF' is past the last Unicode character (U+10FFFF): remove it"),
    ],
)
@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
def test_an_escape_that_names_no_character_is_said_with_what_to_write(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, written: str, column: int, message: str
) -> None:
    # an emoji copied from JSON into a claims file: libyaml said "while parsing a quoted scalar found invalid
    # Unicode character escape code", naming neither the escape nor the character meant; the column is the
    # backslash's (a letter before it that is not ASCII counts once).  PyYAML's own loader (used without libyaml)
    # read the halves as a text no file can hold, and ended past U+10FFFF in a ValueError or OverflowError
    _use_loader(monkeypatch, loader)
    path = write_kb(f'claims:\n  - id: x\n    claim: "caf\u00e9 {written} rose"\n    verdict: "false"\n')
    assert only_error(path) == f"3:{column} invalid YAML: {message}"


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
def test_check_with_an_escape_past_the_last_character_is_an_error_not_a_traceback(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, invoke: Callable[..., Result], loader: str
) -> None:
    # PyYAML's own loader ended in "OverflowError: Python int too large to convert to C int"
    _use_loader(monkeypatch, loader)
    path = write_kb('claims:\n  - id: x\n    claim: "a \\UFFFFFFFF b"\n    verdict: "false"\n')
    before = path.read_bytes()
    result = invoke("check", "a b", "--kb", str(path))
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"factcheck: {path}:3:15: error: invalid YAML: '\\UFFFFFFFF' is past the last Unicode character "
        "(U+10FFFF): remove it\n"
    )
    assert path.read_bytes() == before


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
def test_an_escape_that_names_no_character_is_found_on_a_later_line_of_its_text(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str
) -> None:
    # a double-quoted text over two lines, and a backslash escaped before the first '\\ud800' (which is text)
    _use_loader(monkeypatch, loader)
    path = write_kb('claims:\n  - id: x\n    claim: "a \\\\ud800 b\n      c \\ud83d d"\n    verdict: "false"\n')
    assert only_error(path).startswith("4:9 invalid YAML: '\\ud83d' is half of a character as JSON writes one")


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
def test_an_escape_of_half_a_character_in_single_quotes_is_text(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str
) -> None:
    # in single quotes a backslash is a backslash: nothing to refuse
    _use_loader(monkeypatch, loader)
    path = write_kb("claims:\n  - id: x\n    claim: 'caf\u00e9 \\ud800 rose'\n    verdict: \"false\"\n")
    assert load_knowledge_base(path).claims[0].claim == "caf\u00e9 \\ud800 rose"


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
def test_a_control_character_is_reported_at_its_line_and_column(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str
) -> None:
    # The reader's own error has only an offset (bytes for libyaml, characters for PyYAML);
    # a non-ASCII letter before the character tells the two apart.
    _use_loader(monkeypatch, loader)
    path = write_kb('claims:\r\n  - id: x\r\n    claim: "caf\u00e9 \x07"\r\n')
    assert only_error(path) == "3:18 invalid YAML: character U+0007 (a control character) is not allowed; remove it"
    with pytest.raises(KnowledgeBaseError, match=r"\.yaml:3:18: error: "):
        load_knowledge_base(path)


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
def test_a_ctrl_z_that_ends_a_file_is_named_as_such(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str
) -> None:
    # a claims file saved by an old DOS or Windows editor ends in Ctrl-Z, which no editor shows: it was
    # "character U+001A (a control character)" on a line its writer could not see
    _use_loader(monkeypatch, loader)
    path = write_kb('claims:\r\n  - id: x\r\n    claim: "caf\u00e9"\r\n\x1a')
    assert only_error(path) == (
        "4:1 invalid YAML: character U+001A (Ctrl-Z, the end-of-file mark of old DOS and Windows editors) is not "
        "allowed; remove it"
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the parser stopped lines later: "3:10 invalid YAML: mapping values are not allowed in this context"
        ('claims:\n\u00a0 - id: a\n    claim: c\n    verdict: "true"\n', "2:1 invalid YAML: "),
        ("claims:\r\n  - id: a\r\n  \u00a0- id: b\r\n    claim: d\r\n", "3:3 invalid YAML: "),
        # read as a key: "unknown key '\xa0   verdict' in the top level"
        ('claims:\n  - id: a\n    claim: c\n\u00a0   verdict: "true"\n', "4:1 "),
    ],
)
def test_a_non_breaking_space_in_the_indentation_is_named(write_kb: WriteKb, text: str, place: str) -> None:
    problems = [f"{p.location.line}:{p.location.column} {p.message}" for p in check_knowledge_base(write_kb(text))[1]]
    expected = place + "a U+00A0 space (no-break space) in the indentation, which YAML does not read as one"
    assert any(p.startswith(expected) for p in problems), problems


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(("indent", "column"), [("\t", 1), ("  \t  ", 3)])
def test_a_tab_in_the_indentation_is_named_as_a_tab(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, indent: str, column: int
) -> None:
    # libyaml said "while scanning for the next token found character that cannot start any token"
    _use_loader(monkeypatch, loader)
    path = write_kb(f'claims:\r\n  - id: x\r\n    claim: "caf\u00e9"\r\n{indent}verdict: "false"\r\n')
    assert only_error(path) == (
        f"4:{column} invalid YAML: a tab character, which YAML does not allow here: indent (and follow a 'key:') "
        "with spaces only"
    )


@pytest.mark.parametrize(
    ("claim_id", "hint"),
    [
        ("Pizza Day", " (write 'pizza-day')"),  # "slug" alone: a new user knew neither what to type nor why
        ("pizza_day", " (write 'pizza-day')"),
        ("Día-del-Niño", " (write 'dia-del-nino')"),
        ("Claim", " (write 'claim')"),
        ("-pizza--day-", " (write 'pizza-day')"),
        # shown whole, not cut with "…" as an id quoted in a message is: one to copy
        ("Word-" * 20, f" (write '{'-'.join(['word'] * 16)}')"),
        ("!!!", ""),  # no letter or digit to keep: its slug would be the stand-in "claim"
        ("日本", ""),
        # a slug keeping less than half of the letters loses what the id was about: "write '2025'" was said
        ("日本 2025", ""),
        ("Москва 2024", ""),
        ("Выборы в Москве 2024", ""),
        ("Pizza Day 日本", " (write 'pizza-day')"),  # 8 of 10 letters kept
    ],
)
def test_an_id_that_is_no_slug_is_given_as_one(write_kb: WriteKb, claim_id: str, hint: str) -> None:
    path = write_kb(f'claims:\n  - id: "{claim_id}"\n    claim: c\n    verdict: unsupported\n')
    (problem,) = problems_of(path)
    assert problem.endswith(f"single hyphens, at most 80 characters{hint}"), problem


def test_an_id_suggested_for_one_that_is_no_slug_is_none_of_the_files_ids(write_kb: WriteKb) -> None:
    # "Pizza Day" beside a 'pizza-day' was told "write 'pizza-day'": a duplicate id, once followed
    claims = ["Pizza Day", "pizza-day", "Pizza  Day", "pizza-day-2", "pizza-day-3"]
    path = write_kb(
        "claims:\n"
        + "".join(f'  - id: "{i}"\n    claim: c {n}\n    verdict: unsupported\n' for n, i in enumerate(claims))
    )
    problems = problems_of(path)
    assert [p.split("at most 80 characters")[1] for p in problems] == [
        " (write 'pizza-day-4')",
        " (write 'pizza-day-5')",  # nor one suggested above
    ]
    # followed, the hints give a valid file
    text = path.read_text(encoding="utf-8").replace('"Pizza Day"', "pizza-day-4").replace('"Pizza  Day"', "pizza-day-5")
    assert problems_of(write_kb(text)) == []


@pytest.mark.parametrize(
    ("sources", "message"),
    [
        # a list of links, as a student writes one: "must be a mapping of 'key: value' lines" and no more
        (
            "    sources:\n      - https://school.example/menu\n",
            "7:9: error: source #1 of claim 'x' must be a mapping of 'key: value' lines: "
            "write '- url: https://school.example/menu'",
        ),
        (
            "    sources: https://school.example/menu  # the menu\n",
            "6:14: error: sources of claim 'x' must be a list of '- url: ...' entries: "
            "write 'sources:' alone on its line and, on the next line, indented more, "
            "'- url: https://school.example/menu'",
        ),
        # no address, or one in quotes: no hint (nor for a JSON or CSV import, whose values are never plain)
        ("    sources:\n      - school.example/menu\n", "7:9: error: source #1 of claim 'x' must be a mapping"),
        ('    sources:\n      - "https://a.example/x"\n', "7:9: error: source #1 of claim 'x' must be a mapping"),
        ("    sources: none\n", "6:14: error: sources of claim 'x' must be a list of '- url: ...' entries"),
        # in [...] or {...} a '- url:' line does not fit
        ("    sources: [https://a.example/x]\n", "6:15: error: source #1 of claim 'x' must be a mapping"),
        ('  - {id: y, claim: c, verdict: "true", sources: https://a.example/x}\n', "6:49: error: sources of claim 'y'"),
    ],
)
def test_a_source_given_as_its_bare_address_is_given_its_key(write_kb: WriteKb, sources: str, message: str) -> None:
    path = write_kb(f'claims:\n  - id: x\n    claim: c\n    verdict: "false"\n    summary: s\n{sources}')
    (problem,) = problems_of(path)
    assert problem.startswith(message) and ("write" in message) == ("write" in problem), problem
    fixed = sources.replace("- https", "- url: https").replace(
        "sources: https://school.example/menu  # the menu", "sources:\n      - url: https://school.example/menu"
    )
    if "write" in message:  # followed, the hint gives a file that reads as meant
        path.write_text(path.read_text().replace(sources, fixed))
        assert [p for p in problems_of(path) if ": error: " in p] == []


def test_a_sources_address_hint_followed_literally_gives_a_valid_file(write_kb: WriteKb) -> None:
    # "write '- url: ...' on the next line" followed as said left the address after 'sources:' too: invalid
    path = write_kb('claims:\n  - id: x\n    claim: c\n    verdict: "false"\n    sources: https://a.example/x\n')
    (problem,) = problems_of(path)
    hint = r".*: write '(sources:)' alone on its line and, on the next line, indented more, '(.*)'"
    said = re.fullmatch(hint, problem)
    assert said is not None, problem
    lines = path.read_text().splitlines()
    indent = " " * (len(lines[4]) - len(lines[4].lstrip()))
    lines[4:] = [indent + said[1], indent + "  " + said[2]]
    path.write_text("\n".join(lines) + "\n")
    assert [p for p in problems_of(path) if ": error: " in p] == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # claims written without 'claims:' above them: "the top level must be a mapping of 'key: value' lines"
        (
            '- id: a\n  claim: c\n  verdict: "true"\n',
            "1:1: error: the claims are a list with no 'claims:' above them: "
            "write 'claims:' on a line of its own above line 1",
        ),
        (
            '# my claims\n\n  - id: a\n    claim: c\n    verdict: "true"\n',
            "3:3: error: the claims are a list with no "
            "'claims:' above them: write 'claims:' on a line of its own above line 3",
        ),
        # no claims there, or not in lines: as before
        ("- a\n- b\n", "1:1: error: the top level must be a mapping of 'key: value' lines"),
        ("[{id: a}]\n", "1:1: error: the top level must be a mapping of 'key: value' lines"),
        # a list of mappings that are no claims (another tool's file) was told to write 'claims:' above it
        ("- hosts: all\n  tasks: []\n", "1:1: error: the top level must be a mapping of 'key: value' lines"),
        ("- id: a\n  claim: c\n- name: x\n", "1:1: error: the top level must be a mapping of 'key: value' lines"),
        ("- language: en\n  claims: []\n", "1:1: error: the top level must be a mapping of 'key: value' lines"),
        # 'claims:' itself typed as a list item: 'claims:' above line 1 would not do
        (
            '- claims:\n  - id: a\n    claim: c\n    verdict: "true"\n',
            "1:1: error: 'claims:' is written as a list item ('- claims:'): take away the '- ' before it on line 1",
        ),
    ],
)
def test_claims_without_their_key_are_told_to_add_it(write_kb: WriteKb, text: str, problem: str) -> None:
    path = write_kb(text)
    assert problems_of(path) == [problem]
    if "take away the '- '" in problem:  # followed, the hint gives a valid file
        path.write_text(text.replace("- claims:", "claims:", 1))
        assert problems_of(path) == []
    if "above line" in problem:  # followed, the hint gives a valid file
        line = int(problem.split(":")[0])
        lines = text.splitlines(keepends=True)
        path.write_text("".join([*lines[: line - 1], "claims:\n", *lines[line - 1 :]]))
        assert problems_of(path) == []


def test_a_very_long_value_is_quoted_cut_short(write_kb: WriteKb) -> None:
    # an id of 300,000 characters was quoted whole in each message about its claim (and a number of
    # 100,000 digits twice: "YAML reads '99...9' as a number; put it in quotes: "99...9"")
    long_id, digits = "X" * 300_000, "9" * 100_000
    path = write_kb(f"claims:\n  - id: {long_id}\n    claim: {digits}\n    verdict: nope\n")
    cut_id = "'" + "X" * 59 + "…'"
    assert problems_of(path) == [
        f"2:9: error: id {cut_id} must be a slug: lowercase letters, digits and single hyphens, at most 80 characters",
        f"3:12: error: claim {cut_id} text (claim) must be text, but YAML reads '{'9' * 59}…' as a number; "
        "put it in quotes",
        f"4:14: error: verdict 'nope' of claim {cut_id} is not on the scale; use one of: true, mostly-true, mixed, "
        "misleading, mostly-false, false, unsupported",
    ]


@pytest.mark.parametrize(
    ("verdict", "hint"),
    [
        # a publisher's rating typed as the verdict, in English or Spanish: the verdict import maps it to
        # ("Half true" was "did you mean 'true'?", the spelling nearest; "Engañoso" got no hint), as
        # --verdict and add's question answer it
        ("Half true", "did you mean 'mixed'? "),
        ("Engañoso", "did you mean 'misleading'? "),
        ("sin evidencia", "did you mean 'unsupported'? "),
        ("Pants on fire", "did you mean 'false'? "),
        # PolitiFact's older Mostly False: by spelling it was 'mostly-true', the opposite
        ("Barely true", "did you mean 'mostly-false'? "),
        ("Falso", "did you mean 'false'? "),
        ("flase", "did you mean 'false'? "),
        # a prefix names both verdicts it opens ("mostly" was "did you mean 'mostly-true'?")
        ("mostly", "did you mean 'mostly-true' or 'mostly-false'? "),
        # a negation is no typo of the verdict it negates, and nothing close is nothing
        ("not false", ""),
        ("bogus", ""),
    ],
)
def test_a_verdict_off_the_scale_is_named_as_the_verdict_option_names_it(
    write_kb: WriteKb, verdict: str, hint: str
) -> None:
    path = write_kb(f"claims:\n  - id: x\n    claim: c\n    verdict: {verdict}\n")
    assert only_error(path) == (
        f"4:14 verdict '{verdict}' of claim 'x' is not on the scale; {hint}use one of: true, mostly-true, mixed, "
        "misleading, mostly-false, false, unsupported"
    )


def test_alias_bomb_is_refused_quickly(write_kb: WriteKb) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [{', '.join(f'*a{i - 1}' for _ in range(9))}]" for i in range(1, 10)]
    path = write_kb("\n".join(lines) + "\nclaims: *a9\n")
    assert "expands to more than" in only_error(path)


def test_a_mapping_with_many_keys_is_read_in_linear_time() -> None:
    # Each key used to be compared with every earlier key of its mapping (for duplicates): a
    # 400 KB file of 40,000 keys took 37 s, a few MB hours.  Now it is a dictionary lookup, and
    # this test takes a fraction of a second (not timed here: tests stay deterministic).
    text = "".join(f"k{i}: x\n" for i in range(50_000))
    root = parse(text, "many-keys.yaml")
    assert isinstance(root, YamlMapping) and len(root.entries) == 50_000
    duplicate = r"many-keys.yaml:50001:1: error: duplicate key 'k7' \(first at line 8\)"
    with pytest.raises(KnowledgeBaseError, match=duplicate):
        parse(text + "k7: y\n", "many-keys.yaml")


@pytest.mark.parametrize("depth", [MAX_DEPTH + 5, 5000])
def test_deep_nesting_is_refused(write_kb: WriteKb, depth: int) -> None:
    path = write_kb("claims: " + "[" * depth + "]" * depth + "\n")
    # Our own limit, or for absurd depths libyaml's (1000), whichever comes first.
    assert "nesting" in only_error(path)


def test_binary_and_non_utf8_files_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert only_error(binary) == "0:0 this is a binary file, not YAML text"
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes("claims:\n  - id: x\n    claim: Fénix\n".encode("latin-1"))
    # it said "(a binary file?)" of a file an editor saved in Latin-1
    assert only_error(latin1) == (
        "3:13 the file is not UTF-8 text: byte 0xe9 is 'é' in Windows-1252 (Latin-1); save the file as UTF-8 "
        "(e.g. iconv -f WINDOWS-1252 -t UTF-8)"
    )
    undefined = tmp_path / "undefined.yaml"
    undefined.write_bytes(b"claims:\n  - id: x\x81\x8d\n")  # bytes Windows-1252 has no character for
    assert only_error(undefined) == "2:10 the file is not UTF-8 text (byte 0x81; a binary file?)"


def test_a_latin1_character_in_a_utf8_file_is_found_past_the_byte_order_mark(tmp_path: Path) -> None:
    # one person's editor saved a line in Latin-1 into a UTF-8 file with a BOM: the offsets are after
    # the BOM (the byte and column were 3 off), the column counts characters ('é' is one), and converting
    # the whole file would garble the UTF-8 above, so the message says to retype the character
    mixed = tmp_path / "mixed.yaml"
    mixed.write_bytes(b"\xef\xbb\xbfclaims:\n  - id: x\n    claim: Caf\xc3\xa9 F\xe9nix\n")
    assert only_error(mixed) == (
        "3:18 the file is not UTF-8 text: byte 0xe9 is 'é' in Windows-1252 (Latin-1); the text above is UTF-8, "
        "so retype this character (part of the file was saved in another encoding)"
    )


def test_a_latin1_character_after_utf8_curly_quotes_is_not_called_binary(tmp_path: Path) -> None:
    # the whole file was read as Windows-1252, which has no character for 0x9d, the last byte of a UTF-8
    # '”': a UTF-8 file with one Latin-1 'é' and a quotation was "(a binary file?)"
    quoted = tmp_path / "quoted.yaml"
    quoted.write_bytes("claims:\n  - id: x\n    claim: “Fénix”\n".encode() + b"  - id: y\n    claim: F\xe9nix\n")
    assert only_error(quoted) == (
        "5:13 the file is not UTF-8 text: byte 0xe9 is 'é' in Windows-1252 (Latin-1); the text above is UTF-8, "
        "so retype this character (part of the file was saved in another encoding)"
    )
    # UTF-8 below the byte: converting the whole file (iconv) would garble it too
    below = tmp_path / "below.yaml"
    below.write_bytes(b"claims:\n  - id: x\n    claim: F\xe9nix\n" + "  - id: y\n    claim: “Fénix”\n".encode())
    assert only_error(below) == (
        "3:13 the file is not UTF-8 text: byte 0xe9 is 'é' in Windows-1252 (Latin-1); text further down is UTF-8, "
        "so retype this character (part of the file was saved in another encoding)"
    )


def test_a_byte_that_is_not_utf8_is_placed_by_yamls_line_breaks(tmp_path: Path) -> None:
    # a file of CR endings (classic Mac OS) was one line: "1:33" for the 'é' on line 3
    mac = tmp_path / "mac.yaml"
    mac.write_bytes(b"claims:\r  - id: x\r    claim: F\xe9nix\r")
    assert only_error(mac).startswith("3:13 the file is not UTF-8 text: byte 0xe9 is 'é'")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_a_utf16_or_utf32_claims_file_is_named_as_such_not_as_binary(tmp_path: Path, encoding: str) -> None:
    # what Windows PowerShell 5's '>' and Notepad's "Unicode" write, byte-order mark first
    path = tmp_path / "claims.yaml"
    path.write_bytes('claims:\n  - id: x\n    claim: Fénix\n    verdict: "true"\n'.encode(encoding))
    # a teacher's file saved by Notepad as "Unicode": the message names the editor's way out, not only iconv
    assert only_error(path) == (
        "0:0 this is UTF-16 or UTF-32 text (what Notepad and Word call 'Unicode'); save it again with the encoding "
        "UTF-8 (Save As, Encoding: UTF-8) or convert it (e.g. with iconv)"
    )


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_claims_file_without_a_byte_order_mark_is_named_as_such(tmp_path: Path, encoding: str) -> None:
    # it was "this is a binary file, not YAML text"
    path = tmp_path / "claims.yaml"
    path.write_bytes('claims:\n  - id: x\n    claim: Fénix\n    verdict: "true"\n'.encode(encoding))
    name = encoding.upper().replace("-LE", "LE").replace("-BE", "BE")
    assert only_error(path) == (
        f"0:0 this is {name} text without a byte-order mark; convert it to UTF-8 first (e.g. iconv -f {name} -t UTF-8)"
    )


def test_huge_files_are_refused_without_reading_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.store

    monkeypatch.setattr(factcheck.store, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.yaml"
    path.write_text("claims:\n" + "# padding\n" * 200)
    assert "file is too large" in only_error(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert only_error(tmp_path / "nope.yaml") == "0:0 no such file"
    assert only_error(tmp_path) == "0:0 is a folder, not a claims file"


def test_a_file_name_holding_a_nul_byte_is_a_knowledge_base_error() -> None:
    # the library's callers catch FactcheckError: os functions raise a bare ValueError for it
    with pytest.raises(KnowledgeBaseError, match="NUL byte"):
        load_knowledge_base("claims\x00.yaml")


@pytest.mark.skipif(not Path("/dev/zero").is_char_device(), reason="needs /dev/zero")
def test_a_device_is_refused_before_reading() -> None:
    # /dev/zero never ends: it was read up to the size limit (64 MB), then called a file too large
    assert only_error(Path("/dev/zero")) == "0:0 is a device, not a claims file"


def test_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "windows.yaml"
    path.write_bytes(b"\xef\xbb\xbfclaims:\r\n  - id: x\r\n    claim: c\r\n    verdict: unsupported\r\n")
    assert load_knowledge_base(path).ids() == ["x"]


def test_empty_claims_list_is_a_valid_empty_knowledge_base(write_kb: WriteKb) -> None:
    assert len(load_knowledge_base(write_kb("claims:\n"))) == 0
    assert len(load_knowledge_base(write_kb("claims: []\n"))) == 0


def test_default_path_prefers_local_file_then_environment_then_bundled(tmp_path: Path) -> None:
    from factcheck.store import bundled_kb_path

    env_kb = tmp_path / "elsewhere.yaml"
    assert default_kb_path(cwd=tmp_path, environ={}) == bundled_kb_path()
    assert default_kb_path(cwd=tmp_path, environ={"FACTCHECK_KB": str(env_kb)}) == env_kb
    (tmp_path / "claims.yaml").write_text("claims: []\n")
    assert default_kb_path(cwd=tmp_path, environ={"FACTCHECK_KB": str(env_kb)}) == tmp_path / "claims.yaml"
    assert bundled_kb_path().is_file()


def _big_claims_file(path: Path, n: int = 1200) -> Path:
    entries = "".join(
        f"  - id: claim-{i}\n    claim: Claim number {i} says something checkable about topic {i % 37}.\n"
        f'    verdict: "false"\n    summary: {"A long explanation. " * 8}\n'
        f'    sources:\n      - url: https://example.org/{i}\n        date: "2024-01-{1 + i % 28:02d}"\n'
        for i in range(n)
    )
    path.write_text("claims:\n" + entries, encoding="utf-8")
    return path


def test_big_files_are_cached_parsed_and_a_bad_cache_is_ignored(tmp_path: Path) -> None:
    import os

    from factcheck.store import KB_CACHE_MIN_BYTES

    path = _big_claims_file(tmp_path / "big.yaml")
    assert path.stat().st_size >= KB_CACHE_MIN_BYTES
    first = load_knowledge_base(path)
    cache_files = list(Path(os.environ["FACTCHECK_CACHE_DIR"]).glob("*-kb.json"))
    assert len(cache_files) == 1
    second = load_knowledge_base(path)
    assert second == first and second.positions == first.positions

    cache_files[0].write_text('{"key": "garbage"')  # damaged: ignored, the file is parsed again
    assert load_knowledge_base(path) == first

    text = path.read_text().replace("Claim number 7 says", "Claim number seven says")
    path.write_text(text)  # new bytes, new key: the edit is seen
    assert load_knowledge_base(path).get("claim-7").claim.startswith("Claim number seven says")  # type: ignore[union-attr]


def _flip_cached_verdict(cache_file: Path, claim_index: int) -> None:
    """Rewrite a ``<key>-kb.json`` as another user could: claim ``claim_index`` rated true."""
    import json

    document = json.loads(cache_file.read_text(encoding="utf-8"))
    document["data"]["claims"][claim_index]["verdict"] = "true"
    cache_file.write_text(json.dumps(document), encoding="utf-8")


class _OwnedBy:
    """An ``os.stat_result`` as it would be of a file owned by ``uid``: the rest as the real one says."""

    def __init__(self, status: object, uid: int) -> None:
        self._status = status
        self.st_uid = uid

    def __getattr__(self, name: str) -> object:
        return getattr(self._status, name)


def _pretend_owner(monkeypatch: pytest.MonkeyPatch, owner: int, user: int) -> None:
    """Files read (``os.fstat``) as owned by ``owner``, the command run by ``user``: who runs the tests (root in a
    container, or not) cannot change what they find."""
    import os

    fstat = os.fstat
    monkeypatch.setattr(os, "fstat", lambda fd: _OwnedBy(fstat(fd), owner))
    monkeypatch.setattr(os, "geteuid", lambda: user)


@pytest.mark.parametrize(
    "planted", ["writable by the group", "writable by others", "another user's", "root's, writable by the group"]
)
def test_a_cache_file_not_the_users_own_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, planted: str
) -> None:
    # a <key>-kb.json planted in a shared cache folder (its name follows from a public file's content) made
    # 'show' print TRUE for a claim the file rates false, and validate found nothing wrong (persona26)
    import os
    import stat

    path = _big_claims_file(tmp_path / "big.yaml")
    load_knowledge_base(path)
    (cache_file,) = Path(os.environ["FACTCHECK_CACHE_DIR"]).glob("*-kb.json")
    assert stat.S_IMODE(cache_file.stat().st_mode) == 0o600  # as factcheck writes its own
    _flip_cached_verdict(cache_file, 7)
    if planted == "writable by the group":
        cache_file.chmod(0o620)
    elif planted == "writable by others":
        cache_file.chmod(0o602)
    elif planted == "another user's":
        _pretend_owner(monkeypatch, owner=1000, user=1001)
    else:
        cache_file.chmod(0o664)
        _pretend_owner(monkeypatch, owner=0, user=1000)
    assert load_knowledge_base(path).get("claim-7").verdict is Verdict.FALSE  # type: ignore[union-attr]


@pytest.mark.parametrize("owner", ["the user", "root"])
def test_the_users_own_cache_file_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, owner: str) -> None:
    # the guard of the test above: a cache file of one's own, writable by oneself alone, is used as before; and
    # one of root's (a Docker image's cache warmed at its build, 0644 in a read-only folder) too, as OpenSSH and
    # sudo trust root's files: it was rebuilt on every run (review of persona26's change)
    import os

    path = _big_claims_file(tmp_path / "big.yaml")
    load_knowledge_base(path)
    (cache_file,) = Path(os.environ["FACTCHECK_CACHE_DIR"]).glob("*-kb.json")
    _flip_cached_verdict(cache_file, 7)  # the change shows it was read, not parsed again
    cache_file.chmod(0o644)
    _pretend_owner(monkeypatch, owner=1000 if owner == "the user" else 0, user=1000)
    assert load_knowledge_base(path).get("claim-7").verdict is Verdict.TRUE  # type: ignore[union-attr]


def test_check_no_cache_leaves_the_cache_folder_untouched(tmp_path: Path, invoke: Callable[..., Result]) -> None:
    # 'check --kb big.yaml --no-cache' built its index afresh but still read and wrote <key>-kb.json
    import os

    path = _big_claims_file(tmp_path / "big.yaml")
    folder = Path(os.environ["FACTCHECK_CACHE_DIR"])
    result = invoke("check", "--kb", str(path), "--no-cache", "--json", "Claim number 7 says")
    assert result.exit_code in (0, 1), result.output
    assert list(folder.iterdir()) == []
    assert invoke("check", "--kb", str(path), "--json", "Claim number 7 says").output == result.output
    assert len(list(folder.glob("*-kb.json"))) == 1  # without --no-cache, the parsed file is cached


def test_cached_big_file_still_reports_its_warnings_and_errors(tmp_path: Path) -> None:
    path = _big_claims_file(tmp_path / "big.yaml")
    path.write_text(path.read_text().replace('        date: "2024-01-02"\n', "", 1))
    for _ in range(2):  # parsed, then from the cache
        warnings = [p for p in check_knowledge_base(path)[1] if not p.is_error]
        assert [str(p.location) for p in warnings] == [f"{path}:14:9"]
    path.write_text(path.read_text().replace('verdict: "false"', "verdict: nope", 1))
    for _ in range(2):  # files with errors are never cached
        with pytest.raises(KnowledgeBaseError):
            load_knowledge_base(path)


def test_editable_path_never_points_at_the_bundled_file(tmp_path: Path) -> None:
    from factcheck.store import editable_kb_path

    assert editable_kb_path(cwd=tmp_path, environ={}) == tmp_path / "claims.yaml"  # created on first add
    assert editable_kb_path(cwd=tmp_path, environ={"FACTCHECK_KB": "/x/kb.yaml"}) == Path("/x/kb.yaml")
    assert default_kb_path(environ={}) != Path("claims.yaml")  # the empty test folder has none


URL_LIKE = st.one_of(
    st.text(),
    st.builds(
        str.__add__, st.sampled_from(["http://", "https://", "ftp://", ""]), st.text(alphabet="[]@:/.%x1 ", max_size=12)
    ),
)


@given(URL_LIKE)
def test_url_check_answers_for_any_text(value: str) -> None:
    # urlsplit raises on some inputs ("http://[x"); the check must answer, never raise
    assert is_http_url(value) in (True, False)
    if is_http_url(value):
        assert value.lower().startswith(("http://", "https://"))


def test_the_starter_file_validates_without_any_problem() -> None:
    """The shipped file is the example users copy: not one error or warning (its undated sources
    say why in their notes)."""
    assert problems_of(Path(__file__).parent.parent / "claims.yaml") == []


@pytest.mark.parametrize(
    ("key", "allowed", "meant"),
    [
        ("sumary", CLAIM_KEYS, "summary"),
        ("Explanation", CLAIM_KEYS, "summary"),
        ("claim_reviewed", CLAIM_KEYS, "claim"),
        ("link", SOURCE_KEYS, "url"),
        ("name", SOURCE_KEYS, "title"),
        ("name", CLAIM_KEYS, None),  # a source's title is no field of a claim: no guess
        ("colour", CLAIM_KEYS, None),
    ],
)
def test_unknown_key_is_pointed_to_the_key_meant(key: str, allowed: tuple[str, ...], meant: str | None) -> None:
    assert suggest_key(key, allowed) == meant


def test_a_control_character_and_an_empty_list_item_are_warned_of(write_kb: WriteKb) -> None:
    # both were taken without a word: '"\0"' kept in the claim, '[~, ""]' dropped (hostile-input helper)
    path = write_kb('claims:\n  - id: a\n    claim: "c \\0 d"\n    verdict: "true"\n    aliases: [~, "", b]\n')
    kb, problems = check_knowledge_base(path)
    assert [p.is_error for p in problems] == [False, False, False]
    assert [(p.location.line, p.location.column) for p in problems] == [(3, 12), (5, 15), (5, 18)]
    assert "holds a control character (U+0000)" in problems[0].message
    assert problems[1].message == "an empty item of claim 'a' aliases is left out"
    assert kb.claims[0].aliases == ("b",)


@pytest.mark.parametrize(
    ("escape", "code"),
    [("\\u202E", "U+202E"), ("\\u202D", "U+202D"), ("\\u202B", "U+202B"), ("\\u2067", "U+2067")],
)
def test_a_bidirectional_control_is_warned_of(write_kb: WriteKb, escape: str, code: str) -> None:
    # "Trojan Source": "The governor \u202Edias\u202C cut..." is read (and matched) as written, while a web page
    # showing the ClaimReview export, or a spreadsheet opening the CSV, shows "said"; validate said nothing
    path = write_kb(
        f'claims:\n  - id: a\n    claim: "The governor {escape}dias cut the budget."\n    verdict: "true"\n'
        f'    summary: "ok {escape}x"\n'
    )
    kb, problems = check_knowledge_base(path)
    assert [(p.is_error, p.location.line, p.location.column) for p in problems] == [(False, 3, 12), (False, 5, 14)]
    assert problems[0].message == (
        f"claim 'a' text (claim) holds a bidirectional control ({code}), which makes a web page or a spreadsheet "
        "show the words around it in another order than they are read; remove it"
    )
    assert problems[1].message.startswith(f"claim 'a' summary holds a bidirectional control ({code})")
    assert len(kb.claims) == 1  # a warning: the claim is read as before


@pytest.mark.parametrize(
    ("escape", "name"), [("\\L", "line separator (U+2028)"), ("\\P", "paragraph separator (U+2029)")]
)
def test_a_line_or_paragraph_separator_in_a_text_is_warned_of(write_kb: WriteKb, escape: str, name: str) -> None:
    # U+0085, YAML's other line break ("\N"), was warned of as a control character; these two were kept unsaid,
    # and show as a line break in some programs and as nothing in others ("line onetwo")
    path = write_kb(f'claims:\n  - id: a\n    claim: "line one{escape}two"\n    verdict: "true"\n')
    kb, problems = check_knowledge_base(path)
    assert [(p.is_error, p.location.line, p.location.column) for p in problems] == [(False, 3, 12)]
    assert problems[0].message == (
        f"claim 'a' text (claim) holds a {name}, which some programs show as a line break and others as nothing; "
        "remove it, or, for a line break, write \\n inside double quotes"
    )
    assert len(kb.claims) == 1  # a warning: the claim is read as before


@pytest.mark.parametrize("char", ["\u2028", "\u2029"])
def test_the_yaml_error_of_a_separator_and_validates_warning_of_one_give_the_same_advice(
    write_kb: WriteKb, char: str
) -> None:
    # the YAML error said "write it as \u2028 inside double quotes", and validate then warned of the text so
    # written: "remove it, or write a line break"
    error = only_error(write_kb(f'claims:\n  - id: x\n    claim: Troops{char}extra: x\n    verdict: "true"\n'))
    escaped = write_kb(f'claims:\n  - id: x\n    claim: "Troops\\u{ord(char):04x}crossed"\n    verdict: "true"\n')
    [warning] = [p.message for p in check_knowledge_base(escaped)[1]]
    advice = "remove it, or, for a line break, write \\n inside double quotes"
    assert error.endswith(f"; {advice})") and warning.endswith(advice), (error, warning)
    # and what it says to write is warned of no more
    written = write_kb('claims:\n  - id: x\n    claim: "Troops\\ncrossed"\n    verdict: "true"\n')
    assert check_knowledge_base(written)[1] == []


def test_a_merge_key_is_named_as_one(write_kb: WriteKb) -> None:
    # "<<: *defaults" (a YAML merge key, which the reader does not merge) was "unknown key '<<' ... (allowed: id,
    # claim, ...)", then each key it was to bring in "missing", with no word of merging
    path = write_kb(
        "defaults: &d {verdict: 'false'}\nclaims:\n  - <<: *d\n    id: a\n    claim: A claim.\n"
        "    sources:\n      - <<: {date: '2024-01-01'}\n        url: https://example.org/\n"
    )
    messages = [(p.location.line, p.message) for p in check_knowledge_base(path)[1] if p.is_error]
    assert (3, "claim 'a' has no 'verdict'") in messages
    assert (
        3,
        "claim 'a' uses a YAML merge key ('<<'), which a claims file does not read: write the keys it would "
        "bring in here instead",
    ) in messages
    assert (
        7,
        "source #1 of claim 'a' uses a YAML merge key ('<<'), which a claims file does not read: write the "
        "keys it would bring in here instead",
    ) in messages


def test_a_quoted_key_named_like_a_merge_key_is_an_unknown_key(write_kb: WriteKb) -> None:
    path = write_kb("claims:\n  - id: a\n    claim: A claim.\n    verdict: 'false'\n    '<<': x\n")
    (problem,) = check_knowledge_base(path)[1]
    assert problem.message.startswith("unknown key '<<' in claim 'a' (allowed: id, claim,")


@pytest.mark.parametrize(
    ("claim", "code"),
    [
        # an override reorders letters of any script: "\u202E" in an Arabic text shows it backwards
        ("\u0627\u0644\u0633\u0644\u0627\u0645 \u202e\u0639\u0644\u064a\u0643\u0645\u202c.", "U+202E"),
        ("\u05e9\u05dc\u05d5\u05dd \u202dabc\u202c.", "U+202D"),
        # an RLE in English text, and the override after it: the first one named
        ("The \u202bgovernor\u202c cut \u202edias\u202c.", "U+202B"),
    ],
)
def test_an_override_in_any_text_and_a_right_to_left_opening_in_english_are_warned_of(
    write_kb: WriteKb, claim: str, code: str
) -> None:
    path = write_kb(f'claims:\n  - id: a\n    claim: "{claim}"\n    verdict: "true"\n    summary: A summary.\n')
    (problem,) = check_knowledge_base(path)[1]
    assert problem.message.startswith(f"claim 'a' text (claim) holds a bidirectional control ({code})")


@pytest.mark.parametrize(
    "claim",
    [
        # the iOS Twitter app's LRI...PDI around each @mention (2 of the 800 CheckThat! train tweets)
        "EXCLUSIVE: I have a copy of \u2066@realDonaldTrump\u2069's letter. \u2066@POTUS\u2069 warns him.",
        # an Arabic, a Hebrew text in right-to-left embeddings or isolates: how such text is written
        "\u202b\u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064a\u0643\u0645\u202c (2024)",
        "The sign read \u2067\u05e9\u05dc\u05d5\u05dd 2024\u2069 in the photo.",
        # a number, a name isolated left to right or by its first strong letter; a lone trailing PDF or PDI
        "The bill costs \u20665,000\u2069 dollars.",
        "Signed by \u2068Dr Martin\u2069 and \u202aDr Lee\u202c.",
        "The governor cut the budget.\u202c",
        "The governor cut the budget.\u2069",
    ],
)
def test_a_bidirectional_control_that_reorders_nothing_is_not_warned_of(write_kb: WriteKb, claim: str) -> None:
    # warned of on every embedding and isolate, validate cried wolf on a tweet copied from the iOS app and on Arabic
    # and Hebrew text (review of persona26's change): only what can show otherwise than it reads is warned of
    path = write_kb(f'claims:\n  - id: a\n    claim: "{claim}"\n    verdict: "true"\n    summary: A summary.\n')
    assert check_knowledge_base(path)[1] == []


def test_a_direction_mark_is_no_bidirectional_control_to_warn_of(write_kb: WriteKb) -> None:
    # the marks (U+200E, U+200F, U+061C) move no word of a sentence in one script; Arabic and Hebrew texts hold them
    path = write_kb(
        'claims:\n  - id: a\n    claim: "\u0627\u0644\u0633\u0644\u0627\u0645 \u200f(2024) and \u200e x \u061c y."\n'
        '    verdict: "true"\n    summary: A summary.\n'
    )
    assert check_knowledge_base(path)[1] == []


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
def test_a_colon_inside_an_unquoted_value_says_to_quote_the_value(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str
) -> None:
    # a teacher wrote "summary: Note: ..."; the parser said "mapping values are not allowed in this
    # context" (or "... here"), which names neither the colon nor the fix
    _use_loader(monkeypatch, loader)
    path = write_kb('claims:\n  - id: x\n    claim: A claim.\n    verdict: "false"\n    summary: Note: no study.\n')
    assert only_error(path) == (
        "5:18 invalid YAML: a ':' followed by a space inside the value of 'summary', which has no quotes, so YAML "
        'reads a second key on the line: put the whole value in double quotes (summary: "...")'
    )


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
def test_a_colon_inside_a_value_in_a_word_processors_quotes_says_to_type_straight_ones(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str
) -> None:
    # a student's claim pasted from a word processor, 'claim: “Trump: troops are coming”', was told to put the
    # value in double quotes, and quoted it around its curly quotes, which stayed part of the claim
    _use_loader(monkeypatch, loader)
    path = write_kb('claims:\n  - id: x\n    claim: \u201cTrump: troops are coming\u201d\n    verdict: "false"\n')
    assert only_error(path) == (
        "3:18 invalid YAML: a ':' followed by a space inside the value of 'claim', which has no quotes, so YAML "
        'reads a second key on the line: put the whole value in double quotes (claim: "..."); its quotes \u201c '
        "\u201d are typographic (typed by a word processor), which YAML does not read as quotes: type straight "
        'quotes " in their place'
    )
    # so typed, it is the claim alone
    fixed = write_kb('claims:\n  - id: x\n    claim: "Trump: troops are coming"\n    verdict: "false"\n')
    assert load_knowledge_base(fixed).claims[0].claim == "Trump: troops are coming"


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(("line", "column", "key"), [('    verdict:"false"', 13, "verdict"), ("  - id:x", 8, "id")])
def test_a_key_without_a_space_after_its_colon_is_named_on_its_own_line(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, line: str, column: int, key: str
) -> None:
    # the parser said "while scanning a simple key (begun at line 4, column 5) could not find expected
    # ':'" at the line below, when the colon is there and a space is what is missing
    _use_loader(monkeypatch, loader)
    path = write_kb(f"claims:\n  - id: a\n    claim: A claim.\n{line}\n    summary: Why.\n")
    assert only_error(path) == (
        f"4:{column} invalid YAML: a space is missing after '{key}:': write a space after the colon ('{key}: ...')"
    )


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # a word processor's '- ': "mapping values are not allowed in this context" at the line's colon
        (
            'claims:\n  \u2013 id: a\n    claim: A\n    verdict: "false"\n',
            "2:3 invalid YAML: the line opens with a '\u2013' (en dash), not the plain '-' of a list item "
            "(a word processor may have typed it): write '- id: a'",
        ),
        ('claims:\n\u2013 id: a\n  claim: A\n  verdict: "false"\n', "2:1 invalid YAML: the line opens with a '\u2013'"),
        # "did not find expected '-' indicator"
        (
            'claims:\n  - id: a\n    claim: A\n    verdict: "false"\n'
            '  \u2022 id: b\n    claim: B\n    verdict: "true"\n',
            "5:3 invalid YAML: the line opens with a '\u2022' (bullet), not the plain '-' of a list item",
        ),
    ],
)
def test_a_word_processors_dash_opening_a_list_item_is_named(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str, problem: str
) -> None:
    _use_loader(monkeypatch, loader)
    path = write_kb(text)
    assert only_error(path).startswith(problem)
    path.write_text(text.replace("\u2013 ", "- ").replace("\u2022 ", "- "))
    assert problems_of(path) == []  # followed, the hint gives a valid file


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    "text",
    [
        # a text's own line opening with a dash, the fault being another: no word of the dash
        '    summary: The points are\n      \u2013 first, one\n    verdict:"false"\n',
        '    summary: The points are\n      \u2013 first, one\n     verdict: "false"\n',
    ],
)
def test_a_dash_opening_a_texts_line_is_not_taken_for_a_list_item(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str
) -> None:
    _use_loader(monkeypatch, loader)
    message = only_error(write_kb(f"claims:\n  - id: a\n    claim: A\n{text}"))
    assert "invalid YAML" in message and "dash" not in message


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("line", "column", "key", "space"),
    [
        ('    verdict:\u00a0"false"', 13, "verdict", "U+00A0 space (no-break space)"),
        ("    claim:\u00a0A claim.", 11, "claim", "U+00A0 space (no-break space)"),
        ("  - id:\u202fa", 8, "id", "U+202F space (narrow no-break space)"),
    ],
)
def test_a_no_break_space_after_a_keys_colon_is_named_as_one(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, line: str, column: int, key: str, space: str
) -> None:
    # pasted from a word processor: "a space is missing after 'verdict:'", where the user sees one
    _use_loader(monkeypatch, loader)
    lines = ["claims:", "  - id: a", "    claim: A claim.", '    verdict: "false"', "    summary: Why."]
    at = next(i for i, old in enumerate(lines) if old.lstrip(" -").startswith(key + ":"))
    lines[at] = line
    path = write_kb("\n".join(lines) + "\n")
    assert only_error(path) == (
        f"{at + 1}:{column} invalid YAML: the space after '{key}:' is a {space}, which YAML does not read as one: "
        "type a plain space there"
    )
    path.write_text(path.read_text().replace(line, line.replace("\u00a0", " ").replace("\u202f", " ")))
    assert [p for p in problems_of(path) if ": error: " in p] == []  # followed, the hint gives a valid file


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("line", "what", "fixed"),
    [
        # a plain space before the no-break one: no YAML error, the quotes the value's own, and the value was
        # told of as "verdict '"false"' ... is not on the scale", "checked date '"2025-03-03"' is not a real date"
        ('    verdict: \u00a0"false"', "verdict of claim 'a'", '    verdict: "false"'),
        ("    verdict:  \u00a0 'false'", "verdict of claim 'a'", "    verdict: 'false'"),
        ('    checked: \u00a0"2025-03-03"', "claim 'a' checked date", '    checked: "2025-03-03"'),
    ],
)
def test_a_no_break_space_after_a_plain_one_before_quotes_is_named(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, line: str, what: str, fixed: str
) -> None:
    _use_loader(monkeypatch, loader)
    lines = ["claims:", "  - id: a", "    claim: A claim.", '    verdict: "false"', "    summary: Why."]
    text = "\n".join([*lines, line] if "checked" in line else [*lines[:3], line, lines[4]]) + "\n"
    path = write_kb(text)
    column = line.index("\u00a0") + 1  # where the value opens: at the no-break space
    assert only_error(path) == (
        f"{text.splitlines().index(line) + 1}:{column} {what} opens with a U+00A0 space (no-break space), which YAML "
        "does not read as one, so the quotes after it are part of the text: replace the spaces before them with "
        "one plain space"
    )
    path.write_text(text.replace(line, fixed))
    assert [p for p in problems_of(path) if ": error: " in p] == []  # followed, the hint gives a valid file
    # in a free text, or with no quotes after it, the value is read as before
    for kept in ('    claim: \u00a0"A claim," he said.', "    summary: \u00a0Why."):
        path.write_text(text.replace(line, fixed).replace(lines[2] if "claim" in kept else lines[4], kept))
        assert [p for p in problems_of(path) if ": error: " in p] == []


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("spaces", "named", "fix"),
    [
        ("\u00a0\u00a0", "2 spaces after 'verdict:' are U+00A0 spaces (no-break space)", "them"),
        (
            "\u00a0\u202f\u00a0",
            "3 spaces after 'verdict:' are U+00A0 and U+202F spaces (no-break space, narrow no-break space)",
            "them",
        ),
        # plain spaces among them: "type a plain space there" left the second no-break one before the value
        ("\u00a0 \u00a0", "3 spaces after 'verdict:' hold U+00A0 spaces (no-break space)", "all 3"),
        (
            "\u00a0\u00a0 \u202f",
            "4 spaces after 'verdict:' hold U+00A0 and U+202F spaces (no-break space, narrow no-break space)",
            "all 4",
        ),
    ],
)
def test_several_no_break_spaces_after_a_keys_colon_are_replaced_by_one_space(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, spaces: str, named: str, fix: str
) -> None:
    # "type a plain space there", followed for one of two, left the other before the value: still invalid
    _use_loader(monkeypatch, loader)
    path = write_kb(f'claims:\n  - id: a\n    claim: A claim.\n    verdict:{spaces}"false"\n')
    assert only_error(path) == (
        f"4:13 invalid YAML: the {named}, which YAML does not read as spaces: replace {fix} with one plain space"
    )
    path.write_text(path.read_text().replace(spaces, " "))
    assert [p for p in problems_of(path) if ": error: " in p] == []  # followed, the hint gives a valid file


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    "text",
    [
        # a second URL pasted on a line of its own under '- url:' (review19e): no key 'https'
        '    verdict: "false"\n    sources:\n      - url: https://example.org/a\n        https://example.org/b\n'
        "        title: B\n",
        # a Windows path likewise: no key 'C'
        '    verdict: "false"\n    sources:\n      - url: C:\\Users\\me\\a.pdf\n        C:\\Users\\me\\b.pdf\n'
        "        title: B\n",
        # or written with '/'
        '    verdict: "false"\n    sources:\n      - url: C:/Users/me/a.pdf\n        C:/Users/me/b.pdf\n'
        "        title: B\n",
        # a summary going on with a URL, then 'checked:' indented too far: the URL line is not the fault
        '    verdict: "false"\n    summary: The report says so, see\n      https://example.org/report\n'
        "      checked: 2025-01-01\n",
    ],
)
def test_a_line_opening_with_a_word_and_colon_that_is_no_key_gets_no_missing_space_hint(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str
) -> None:
    # each said "a space is missing after 'https:'" (or 'C:'), advice that breaks the URL or path
    _use_loader(monkeypatch, loader)
    message = only_error(write_kb(f"claims:\n  - id: a\n    claim: c\n{text}"))
    assert "invalid YAML" in message
    assert "space is missing" not in message


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize("key", ["verdcit", "explanation"])
def test_a_word_not_a_key_without_a_space_after_its_colon_is_still_named(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, key: str
) -> None:
    # a misspelling, or a key the file does not have (review21: 'explanation:' lost the hint, and the
    # parser's own message pointed a line too low): the missing space is the fault to name first
    _use_loader(monkeypatch, loader)
    path = write_kb(f'claims:\n  - id: a\n    claim: A claim.\n    {key}:"false"\n    summary: Why.\n')
    assert only_error(path) == (
        f"4:{len(key) + 6} invalid YAML: a space is missing after '{key}:': write a space after the colon "
        f"('{key}: ...')"
    )


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            # quoting the value, as the hint said, hid the date inside the summary without a word
            "    summary: No source. checked: 2025-01-01",
            "5:32 invalid YAML: 'checked:' inside the value of 'summary' looks like a second key: put it on a "
            "line of its own, lined up with 'summary:' (if it is part of the text, put the whole value in quotes)",
        ),
        (
            # in double quotes, as the hint said, the '"' inside ended the value: a new error
            '    summary: He said "no: never" on TV.',
            "5:25 invalid YAML: a ':' followed by a space inside the value of 'summary', which has no quotes, so "
            "YAML reads a second key on the line: put the whole value in single quotes, writing any ' inside it "
            "twice (summary: '...')",
        ),
        (
            # review21: English text around a key's name is no second key: put on a line of its own, as the
            # hint said, 'claim: no US troops ...' was a duplicate key
            "    summary: Officials rejected the claim: no US troops are in Mexico.",
            "5:42 invalid YAML: a ':' followed by a space inside the value of 'summary', which has no quotes, so "
            'YAML reads a second key on the line: put the whole value in double quotes (summary: "...")',
        ),
        (
            "    summary: Listed in the sources: Pentagon, SEDENA.",
            "5:35 invalid YAML: a ':' followed by a space inside the value of 'summary', which has no quotes, so "
            'YAML reads a second key on the line: put the whole value in double quotes (summary: "...")',
        ),
        (
            # a date key with no date after it: 'date: it was 5 May.' on its own line is no date
            "    sources:\n      - url: https://example.org/a\n        note: Corrected. date: it was 5 May.",
            "7:30 invalid YAML: a ':' followed by a space inside the value of 'note', which has no quotes, so "
            'YAML reads a second key on the line: put the whole value in double quotes (note: "...")',
        ),
        (
            # with a date after it, it is one
            "    sources:\n      - url: https://example.org/a\n        note: Seen. date: '2025-05-05'",
            "7:25 invalid YAML: 'date:' inside the value of 'note' looks like a second key: put it on a line of "
            "its own, lined up with 'note:' (if it is part of the text, put the whole value in quotes)",
        ),
        (
            # review21: the '"' on the value's next line ended the double quotes advised
            '    summary: Note: the Pentagon said\n      "no troops" on May 5.',
            "5:18 invalid YAML: a ':' followed by a space inside the value of 'summary', which has no quotes, so "
            "YAML reads a second key on the line: put the whole value in single quotes, writing any ' inside it "
            "twice (summary: '...')",
        ),
        (
            # review21: in double quotes, '\\U' of a Windows path is an escape, an error
            "    summary: Archived at: C:\\Users\\me\\archive.pdf",
            "5:25 invalid YAML: a ':' followed by a space inside the value of 'summary', which has no quotes, so "
            "YAML reads a second key on the line: put the whole value in single quotes, writing any ' inside it "
            "twice (summary: '...')",
        ),
    ],
)
def test_a_colon_inside_a_value_is_told_apart_by_what_is_around_it(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, line: str, expected: str
) -> None:
    _use_loader(monkeypatch, loader)
    path = write_kb(f'claims:\n  - id: a\n    claim: c\n    verdict: "false"\n{line}\n')
    assert only_error(path) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("'He said \"no: it''s\"'", 'He said "no: it\'s"'),
        ("'Note: the Pentagon said\n      \"no troops\" on May 5.'", 'Note: the Pentagon said "no troops" on May 5.'),
        ("'Archived at: C:\\Users\\me\\archive.pdf'", "Archived at: C:\\Users\\me\\archive.pdf"),
    ],
)
def test_the_single_quotes_advised_read_the_value_back(write_kb: WriteKb, value: str, expected: str) -> None:
    # the advice followed, the value is the text as written
    path = write_kb(f'claims:\n  - id: a\n    claim: c\n    verdict: "false"\n    summary: {value}\n')
    assert load_knowledge_base(path).claims[0].summary == expected


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    "line",
    [
        "    " + "k" * 1_000 + ": Note: x",  # a ': ' inside the value of a key of 1,000 characters
        "    " + "k" * 100_000 + ":x\n    summary: s",  # a key without its space
        "  -" + "k" * 100_000 + ": b",  # a dash without its space
    ],
)
def test_a_long_name_is_cut_in_the_message(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, line: str
) -> None:
    # review19e: a key of 100,000 characters was said back whole, twice: a message of 200 KB
    _use_loader(monkeypatch, loader)
    message = only_error(write_kb(f'claims:\n  - id: a\n    claim: c\n    verdict: "false"\n{line}\n'))
    assert len(message) < 400


@pytest.mark.parametrize("url", ["example.org/page", "www.example.org"])
def test_a_url_without_its_scheme_says_to_write_the_whole_address(write_kb: WriteKb, url: str) -> None:
    # copied from a browser's address bar, which hides 'https://': "is not an http(s) URL" alone
    # left a teacher asking what an http(s) URL is
    path = write_kb(f"claims:\n  - id: x\n    claim: c\n    verdict: unsupported\n    sources:\n      - url: {url}\n")
    assert only_error(path) == (
        f"6:14 source #1 of claim 'x' url '{url}' is not an http(s) URL: write the whole address, starting with https://"
    )


@pytest.mark.parametrize(
    ("line", "expected", "marks"),
    [
        (
            "    verdict: \u201cmisleading\u201d",
            "4:14 verdict '\u201cmisleading\u201d' of claim 'x' is not on the scale; did you mean 'misleading'? "
            "use one of: true, mostly-true, mixed, misleading, mostly-false, false, unsupported; ",
            "\u201c \u201d",
        ),
        (
            '    verdict: "false"\n    checked: \u201e2024-02-01\u201c',
            "5:14 claim 'x' checked date '\u201e2024-02-01\u201c' is not a real date written YYYY-MM-DD (or YYYY-MM, "
            "YYYY); ",
            "\u201e \u201c",
        ),
        (
            # review19e: French guillemets were named '\u201c \u201d', marks the file does not have
            "    verdict: \u00abfaux\u00bb",
            "4:14 verdict '\u00abfaux\u00bb' of claim 'x' is not on the scale; did you mean 'false'? use one of: "
            "true, mostly-true, mixed, misleading, mostly-false, false, unsupported; ",
            "\u00ab \u00bb",
        ),
    ],
)
def test_a_value_in_typographic_quotes_says_to_type_straight_ones(
    write_kb: WriteKb, line: str, expected: str, marks: str
) -> None:
    # a word processor turned '"misleading"' into '“misleading”', which YAML reads as text with the
    # quotes in it; the message showed the quotes but did not say they were the problem
    path = write_kb(f"claims:\n  - id: x\n    claim: c\n{line}\n")
    assert only_error(path) == expected + (
        f"its quotes {marks} are typographic (typed by a word processor), which YAML keeps as part of the "
        'text: type straight quotes " instead'
    )


def test_a_quoted_value_with_typographic_quotes_inside_gets_no_such_hint(write_kb: WriteKb) -> None:
    # inside straight quotes the typographic ones are the writer's own: nothing says they were meant as YAML's
    path = write_kb('claims:\n  - id: x\n    claim: c\n    verdict: "\u201cmisleading\u201d"\n')
    assert "typographic" not in only_error(path)


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    "text",
    [
        "claims:\n  -id: b\n    claim: d\n",
        'claims:\n  - id: a\n    claim: c\n    verdict: "true"\n  -id: b\n    claim: d\n',
    ],
)
def test_a_list_dash_without_a_space_is_named(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str
) -> None:
    # '-id: b' is a key '-id' to YAML: the parser said "mapping values are not allowed in this
    # context" a line below, or "did not find expected '-' indicator"
    _use_loader(monkeypatch, loader)
    line = text.count("\n") - 1
    assert only_error(write_kb(text)) == f"{line}:4 invalid YAML: a space is missing after '-': write '- id: b'"


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the teacher's slip: the parser said "mapping values are not allowed in this context" at its colon
            '    claim: Vaccines cause autism.\n        verdict: "false"\n',
            "4:9 invalid YAML: 'verdict:' is indented more than 'claim:' on line 3: line it up with 'claim:', in "
            "column 5 (if it is part of the text above, put that whole value in quotes)",
        ),
        (
            # after a quoted value: "did not find expected key"
            '    claim: "Vaccines cause autism."\n      verdict: "false"\n',
            "4:7 invalid YAML: 'verdict:' is indented more than 'claim:' on line 3: line it up with 'claim:', in "
            "column 5",
        ),
        (
            # after a '[...]' list, the same
            '    tags: [health]\n     verdict: "false"\n',
            "4:6 invalid YAML: 'verdict:' is indented more than 'tags:' on line 3: line it up with 'tags:', in "
            "column 5",
        ),
        (
            # review23: at the column of the claim's own '- ', a key of no new claim (one the claim lacks)
            "    claim: c\n  verdict: x\n",
            "4:3 invalid YAML: 'verdict:' is indented less than 'claim:' on line 3: line it up with 'claim:', in "
            "column 5",
        ),
        (
            "    claim: c\n    sources:\n      - url: https://example.org/a\n      title: T\n",
            "6:7 invalid YAML: 'title:' is indented less than 'url:' on line 5: line it up with 'url:', in column 9",
        ),
        (
            # one space in, left of the claim's '- ': the file's own mapping was open (review23)
            "    claim: c\n verdict: x\n",
            "4:2 invalid YAML: 'verdict:' is indented less than 'claim:' on line 3: line it up with 'claim:', in "
            "column 5",
        ),
        (
            # less deep: "did not find expected '-' indicator"
            '    claim: Vaccines cause autism.\n   verdict: "false"\n',
            "4:4 invalid YAML: 'verdict:' is indented less than 'claim:' on line 3: line it up with 'claim:', in "
            "column 5",
        ),
        (
            # under the '- id:' line: lined up with the key after the dash
            '      claim: Vaccines cause autism.\n    verdict: "false"\n',
            "3:7 invalid YAML: 'claim:' is indented more than 'id:' on line 2: line it up with 'id:', in column 5 "
            "(if it is part of the text above, put that whole value in quotes)",
        ),
        (
            # a source's key, under the one above it in that source; a block list's items are skipped
            "    claim: c\n    sources:\n      - url: https://example.org/a\n          title: T\n",
            "6:11 invalid YAML: 'title:' is indented more than 'url:' on line 5: line it up with 'url:', in column 9 "
            "(if it is part of the text above, put that whole value in quotes)",
        ),
        (
            '    claim: c\n    tags:\n      - health\n        verdict: "false"\n',
            "6:9 invalid YAML: 'verdict:' is indented more than 'tags:' on line 4: line it up with 'tags:', in "
            "column 5 "
            "(if it is part of the text above, put that whole value in quotes)",
        ),
    ],
)
def test_a_key_indented_more_or_less_than_the_key_above_it_is_named(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str, expected: str
) -> None:
    _use_loader(monkeypatch, loader)
    assert only_error(write_kb(f"claims:\n  - id: a\n{text}")) == expected


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    "text",
    [
        # a summary going on with words and a colon: no key of a claim, so no key put in the wrong place
        "    summary: The study said\n      something: else\n",
        # a claim's key under a source's: which mapping it was meant for is not known
        "    sources:\n      - url: https://example.org/a\n        title: T\n   verdict: 'false'\n",
        # a key the claim has: lined up, it would be a duplicate ('  id: b' is a new claim without its '- ')
        "    verdict: 'false'\n  id: b\n    claim: d\n",
        "    verdict: 'false'\n   id: b\n",
        # review22b: a key-like line of a block text above is no key to line up with (the key would join the text)
        "    summary: |\n      The study:\n      claim: stuff was wrong\n     checked: '2025-01-01'\n",
        # a key at the dash of a list of sources is a new source without its '- ' (lined up: a duplicate 'url')
        "    sources:\n      - url: https://example.org/a\n        date: '2024-01-01'\n      title: B\n"
        "        url: https://example.org/b\n",
        # a top-level key after a source: lined up with the source's 'title:', the file breaks elsewhere
        "    sources:\n      - url: https://example.org/a\n        title: T\n publisher: P\n",
    ],
)
def test_words_and_a_colon_deeper_than_a_key_get_no_indentation_hint(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str
) -> None:
    _use_loader(monkeypatch, loader)
    message = only_error(write_kb(f"claims:\n  - id: a\n    claim: c\n{text}"))
    assert "invalid YAML" in message
    assert "indented" not in message


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("text", "expected", "fixed"),
    [
        (
            # a new claim without its '- ', at the column of the claims' dashes (the parser: "did not find
            # expected '-' indicator")
            '  id: b\n    claim: d\n    verdict: "true"\n',
            "5:3 invalid YAML: this begins a new claim without its '- ' (it repeats 'id:' of the claim above, line "
            "2): write '- id: b', the '-' in column 3 as on line 2",
            '  - id: b\n    claim: d\n    verdict: "true"\n',
        ),
        (
            # one space right of the dashes, left of the keys
            '   id: b\n    claim: d\n    verdict: "true"\n',
            "5:4 invalid YAML: this begins a new claim without its '- ' (it repeats 'id:' of the claim above, line "
            "2): write '- id: b', the '-' in column 3 as on line 2",
            '  - id: b\n    claim: d\n    verdict: "true"\n',
        ),
        (
            # a comment and a blank line between
            '\n  # the second one\n  id: b\n    claim: d\n    verdict: "true"\n',
            "7:3 invalid YAML: this begins a new claim without its '- ' (it repeats 'id:' of the claim above, line "
            "2): write '- id: b', the '-' in column 3 as on line 2",
            '\n  # the second one\n  - id: b\n    claim: d\n    verdict: "true"\n',
        ),
        (
            # a new source, its first key one the source above lacks: the keys below it repeat its 'url'
            "    sources:\n      - url: https://example.org/a\n        date: '2024-01-01'\n      title: B\n"
            "        url: https://example.org/b\n        date: '2024-01-02'\n",
            "8:7 invalid YAML: this begins a new source without its '- ' (the keys below it repeat 'date:' of the "
            "source above, line 6): write '- title: B', the '-' in column 7 as on line 6",
            "    sources:\n      - url: https://example.org/a\n        date: '2024-01-01'\n      - title: B\n"
            "        url: https://example.org/b\n        date: '2024-01-02'\n",
        ),
        (
            # review24d: one right of the dashes, its 'title:' with it; said only "write '- url: ...'", which,
            # followed, left 'title:' out of line with 'url:'
            "    sources:\n      - url: https://example.org/a\n       url: https://example.org/b\n       title: B\n",
            "7:8 invalid YAML: this begins a new source without its '- ' (it repeats 'url:' of the source above, "
            "line 6): write '- url: https://example.org/b', the '-' in column 7 as on line 6, and move line 8 with "
            "it, 1 column right",
            "    sources:\n      - url: https://example.org/a\n      - url: https://example.org/b\n        title: B\n",
        ),
        (
            "    sources:\n      - url: https://example.org/a\n      url: https://example.org/b\n      title: B\n"
            "      quote: Q\n",
            "7:7 invalid YAML: this begins a new source without its '- ' (it repeats 'url:' of the source above, "
            "line 6): write '- url: https://example.org/b', the '-' in column 7 as on line 6, and move lines 8 to 9 "
            "with it, 2 columns right",
            "    sources:\n      - url: https://example.org/a\n      - url: https://example.org/b\n        title: B\n"
            "        quote: Q\n",
        ),
    ],
)
def test_a_new_item_without_its_dash_is_named_and_the_line_given_is_read_as_one(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str, expected: str, fixed: str
) -> None:
    # the parser said "did not find expected '-' indicator" (libyaml) or "expected <block end>, but found '?'"
    _use_loader(monkeypatch, loader)
    above = 'claims:\n  - id: a\n    claim: c\n    verdict: "false"\n'
    path = write_kb(above + text)
    before = path.read_bytes()
    assert only_error(path) == expected
    assert path.read_bytes() == before
    # the hint followed: the file loads, with the item meant
    kb = load_knowledge_base(write_kb(above + fixed, "fixed.yaml"), use_cache=False)
    if "source" in expected:
        assert [s.url for s in kb.claims[0].sources] == ["https://example.org/a", "https://example.org/b"]
        assert kb.claims[0].sources[1].title == "B"
    else:
        assert kb.ids() == ["a", "b"]


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
def test_a_new_claim_without_its_dash_in_a_list_at_column_one_is_named(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str
) -> None:
    # 'claims:' then '- id: a' at column 1: 'id: b' below is read as a key of the file's own mapping, and the
    # parser stops at '  claim: d'.  Its hint was to line 'claim:' up with 'id:', making both keys of the file
    _use_loader(monkeypatch, loader)
    above = 'claims:\n- id: a\n  claim: c\n  verdict: "false"\n'
    path = write_kb(above + 'id: b\n  claim: d\n  verdict: "true"\n')
    assert only_error(path) == (
        "5:1 invalid YAML: this begins a new claim without its '- ' (it repeats 'id:' of the claim above, line 2): "
        "write '- id: b', the '-' in column 1 as on line 2"
    )
    fixed = write_kb(above + '- id: b\n  claim: d\n  verdict: "true"\n', "fixed.yaml")
    assert load_knowledge_base(fixed, use_cache=False).ids() == ["a", "b"]


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("text", "expected", "fixed"),
    [
        (
            # three spaces left of the source's keys, one right of the claim's: "did not find expected key"
            "      - url: https://example.org/a\n     title: T\n",
            "7:6 invalid YAML: 'title:' is indented less than 'url:' on line 6: line it up with 'url:', in column 9",
            "      - url: https://example.org/a\n        title: T\n",
        ),
        (
            "      - url: https://example.org/a\n        title: T\n     date: '2024-01-01'\n",
            "8:6 invalid YAML: 'date:' is indented less than 'title:' on line 7: line it up with 'title:', in column 9",
            "      - url: https://example.org/a\n        title: T\n        date: '2024-01-01'\n",
        ),
    ],
)
def test_a_source_key_between_the_claims_and_the_sources_column_is_lined_up(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str, expected: str, fixed: str
) -> None:
    _use_loader(monkeypatch, loader)
    above = 'claims:\n  - id: a\n    claim: c\n    verdict: "false"\n    sources:\n'
    assert only_error(write_kb(above + text)) == expected
    (source,) = load_knowledge_base(write_kb(above + fixed, "fixed.yaml"), use_cache=False).claims[0].sources
    assert source.url == "https://example.org/a"
    assert (source.title, source.date) in (("T", None), ("T", "2024-01-01"))


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    "text",
    [
        # lined up with 'title:', the key-like line of a block text, 'note:' would join that text
        "      - url: https://example.org/a\n        quote: |\n          The study:\n          title: T\n"
        "     note: n\n",
        # lined up alone, the block text under it would be less indented than the key
        "      - url: https://example.org/a\n     quote: |\n       The study.\n",
    ],
)
def test_a_source_key_between_the_columns_gets_no_hint_that_would_change_the_file(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str
) -> None:
    _use_loader(monkeypatch, loader)
    message = only_error(write_kb('claims:\n  - id: a\n    claim: c\n    verdict: "false"\n    sources:\n' + text))
    assert "invalid YAML" in message and "line it up" not in message


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("text", "expected", "fixed", "summary"),
    [
        (
            "    summary: The study said\n      something: else\n",
            "6:16 invalid YAML: 'something:' on line 6 goes on with the text of 'summary:' (line 5), which has no "
            "quotes, so YAML reads a key in that text: if it is part of the text, put the whole value in double "
            'quotes (summary: "...")',
            '    summary: "The study said\n      something: else"\n',
            "The study said something: else",
        ),
        (
            # a '"' in the text, and spaces at the end of the key's line: single quotes
            '    summary: The "study" said   \n      something: else,\n      and more.\n    tags: [a]\n',
            "6:16 invalid YAML: 'something:' on line 6 goes on with the text of 'summary:' (line 5), which has no "
            "quotes, so YAML reads a key in that text: if it is part of the text, put the whole value in single "
            "quotes, writing any ' inside it twice (summary: '...')",
            "    summary: 'The \"study\" said\n      something: else,\n      and more.'\n    tags: [a]\n",
            'The "study" said something: else, and more.',
        ),
    ],
)
def test_a_key_like_line_going_on_with_a_text_gets_the_quotes_that_keep_it_one_text(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str, expected: str, fixed: str, summary: str
) -> None:
    # the parser said "mapping values are not allowed in this context" at the colon
    _use_loader(monkeypatch, loader)
    above = 'claims:\n  - id: a\n    claim: c\n    verdict: "false"\n'
    assert only_error(write_kb(above + text)) == expected
    assert load_knowledge_base(write_kb(above + fixed, "fixed.yaml"), use_cache=False).claims[0].summary == summary


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    "text",
    [
        # quoted, the comment would be text
        "    summary: The study said  # to check\n      something: else\n",
        # quoted, the blank line would be a line break of the text, not the end of it
        "    summary: The study said\n\n      something: else\n",
        # a claim's key misspelt: a key put too deep, perhaps, not words of the text
        "    summary: The study said\n      verdcit: x\n",
        # a list's item: no key's text
        "    aliases:\n      - The study said\n        something: else\n",
    ],
)
def test_a_key_like_line_going_on_with_a_text_gets_no_quotes_that_would_change_it(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str
) -> None:
    _use_loader(monkeypatch, loader)
    message = only_error(write_kb('claims:\n  - id: a\n    claim: c\n    verdict: "false"\n' + text))
    assert "invalid YAML" in message and "quotes" not in message


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("text", "expected", "fixed"),
    [
        (
            # at the end of the file the parser said "a simple key begins here and is never closed"
            '    verdict "false"\n',
            "4:12 invalid YAML: a ':' is missing after 'verdict': write 'verdict: \"false\"', or, if it goes on "
            "with the text of 'claim:' above, indent it more than 'claim:'",
            '    verdict: "false"\n',
        ),
        (
            # elsewhere, "while scanning a simple key (begun at line 4, column 5) could not find expected ':'"
            '    verdict "false"\n    summary: s\n',
            "4:12 invalid YAML: a ':' is missing after 'verdict': write 'verdict: \"false\"', or, if it goes on "
            "with the text of 'claim:' above, indent it more than 'claim:'",
            '    verdict: "false"\n    summary: s\n',
        ),
        (
            # a name alone, with its block below it
            '    verdict: "false"\n    sources\n      - url: https://example.org/a\n',
            "5:12 invalid YAML: a ':' is missing after 'sources': write 'sources:'",
            '    verdict: "false"\n    sources:\n      - url: https://example.org/a\n',
        ),
    ],
)
def test_a_key_without_its_colon_is_named(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str, expected: str, fixed: str
) -> None:
    _use_loader(monkeypatch, loader)
    above = "claims:\n  - id: a\n    claim: c\n"
    assert only_error(write_kb(above + text)) == expected
    assert load_knowledge_base(write_kb(above + fixed, "fixed.yaml"), use_cache=False).ids() == ["a"]


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize("date", ["2026-13-45", "2026-02-30", "2026-01-01 25:00:00"])
def test_a_key_without_its_colon_before_a_date_that_is_none_is_named(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, date: str
) -> None:
    # fuzz22: 'checked 2026-13-45' (no colon) was a ValueError traceback out of every command: the
    # message asks whether YAML reads the value as text, and PyYAML's date for it raised
    _use_loader(monkeypatch, loader)
    text = f'claims:\n  - id: a\n    claim: c\n    verdict: "false"\n    checked {date}\n'
    expected = f"5:12 invalid YAML: a ':' is missing after 'checked': write 'checked: \"{date}\"'"
    assert only_error(write_kb(text)) == expected


_SOURCE_ABOVE = "    sources:\n      - url: https://example.org/a\n"


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("text", "expected", "as_key", "as_text"),
    [
        (
            # review24d: said only "write 'quote: from the minister'": followed, it made up a quote
            _SOURCE_ABOVE + "        note: The page carried a\n        quote from the minister\n",
            "8:14 invalid YAML: a ':' is missing after 'quote': write 'quote: from the minister', or, if it goes on "
            "with the text of 'note:' above, indent it more than 'note:'",
            ("note", "The page carried a", "quote", "from the minister"),
            ("note", "The page carried a quote from the minister", "quote", None),
        ),
        (
            "    summary: The claim was\n      made in a speech by the\n    claimant Donald Trump\n",
            "7:13 invalid YAML: a ':' is missing after 'claimant': write 'claimant: Donald Trump', or, if it goes on "
            "with the text of 'summary:' above, indent it more than 'summary:'",
            ("summary", "The claim was made in a speech by the", "claimant", "Donald Trump"),
            ("summary", "The claim was made in a speech by the claimant Donald Trump", "claimant", None),
        ),
    ],
)
def test_a_line_that_may_be_a_key_without_its_colon_or_text_going_on_gets_both_readings(
    write_kb: WriteKb,
    monkeypatch: pytest.MonkeyPatch,
    loader: str,
    text: str,
    expected: str,
    as_key: tuple[str, str, str, str | None],
    as_text: tuple[str, str, str, str | None],
) -> None:
    _use_loader(monkeypatch, loader)
    above = 'claims:\n  - id: a\n    claim: c\n    verdict: "false"\n'
    assert only_error(write_kb(above + text)) == expected
    lines = text.splitlines(keepends=True)
    column = len(lines[-1]) - len(lines[-1].lstrip(" "))
    word = lines[-1].split()[0]
    key_written = lines[-1].replace(word, word + ":", 1)
    text_written = "  " + lines[-1]  # deeper than the key above
    for fixed, (key, value, other, other_value) in ((key_written, as_key), (text_written, as_text)):
        kb = load_knowledge_base(write_kb(above + "".join(lines[:-1]) + fixed, "fixed.yaml"), use_cache=False)
        item = kb.claims[0].sources[0] if column == 8 else kb.claims[0]
        assert (getattr(item, key), getattr(item, other)) == (value, other_value)


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the value above quoted: it cannot go on, the line is a key
        (
            _SOURCE_ABOVE + '        note: "The page"\n        quote from the minister\n',
            "8:14 invalid YAML: a ':' is missing after 'quote': write 'quote: from the minister'",
        ),
        (
            "    summary: |\n      The page\n    claimant Donald Trump\n",
            "7:13 invalid YAML: a ':' is missing after 'claimant': write 'claimant: Donald Trump'",
        ),
        (
            "    tags: [a]\n    claimant Donald Trump\n",
            "6:13 invalid YAML: a ':' is missing after 'claimant': write 'claimant: Donald Trump'",
        ),
        (
            "    summary: The page # a comment\n    claimant Donald Trump\n",
            "6:13 invalid YAML: a ':' is missing after 'claimant': write 'claimant: Donald Trump'",
        ),
    ],
)
def test_a_key_without_its_colon_below_a_value_that_cannot_go_on_gets_one_reading(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str, expected: str
) -> None:
    _use_loader(monkeypatch, loader)
    above = 'claims:\n  - id: a\n    claim: c\n    verdict: "false"\n'
    assert only_error(write_kb(above + text)) == expected


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("text", "fix", "fields"),
    [
        ('  - id: a\n    claim: "c"\n    verdict false\n', 'verdict: "false"', {"verdict": Verdict.FALSE}),
        (
            '  - id: a\n    claim: "c"\n    verdict: "false"\n    checked 2024-01-01\n',
            'checked: "2024-01-01"',
            {"checked": "2024-01-01"},
        ),
        # text as it is: no quotes added
        (
            '  - id: a\n    claim: "c"\n    verdict: "false"\n    claimant Trump\n',
            "claimant: Trump",
            {"claimant": "Trump"},
        ),
    ],
)
def test_a_key_without_its_colon_is_given_with_its_value_as_text(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str, fix: str, fields: dict[str, object]
) -> None:
    # 'verdict false' was told "write 'verdict: false'", which the loader refuses again ("must be quoted")
    _use_loader(monkeypatch, loader)
    error = only_error(write_kb("claims:\n" + text))
    assert f"write '{fix}'" in error, error
    lines = text.splitlines(keepends=True)
    lines[-1] = "    " + fix + "\n"
    claim = load_knowledge_base(write_kb("claims:\n" + "".join(lines), "fixed.yaml"), use_cache=False).claims[0]
    for key, value in fields.items():
        assert str(getattr(claim, key)) == str(value)


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("text", "expected", "fields"),
    [
        # review25c: after a list, the generic "this line has no ':'" (a line left of an item's '-' cannot go
        # on with its text)
        (
            "    aliases:\n      - The moon is cheese\n    claimant Trump\n",
            "7:13 invalid YAML: a ':' is missing after 'claimant': write 'claimant: Trump'",
            {"aliases": ("The moon is cheese",), "claimant": "Trump"},
        ),
        (
            "    aliases:\n    - The study said\n    claimant the minister\n",
            "7:13 invalid YAML: a ':' is missing after 'claimant': write 'claimant: the minister'",
            {"aliases": ("The study said",), "claimant": "the minister"},
        ),
        (
            '    aliases:\n      - The moon is cheese\n    checked "2024-01-01"\n',
            "7:12 invalid YAML: a ':' is missing after 'checked': write 'checked: \"2024-01-01\"'",
            {"aliases": ("The moon is cheese",), "checked": "2024-01-01"},
        ),
        (
            _SOURCE_ABOVE + "        title: The page\n    claimant Trump\n",
            "8:13 invalid YAML: a ':' is missing after 'claimant': write 'claimant: Trump'",
            {"claimant": "Trump"},
        ),
        # review25c: the text above a URL, an id, a date: indented more, the line makes it no URL (no more
        # "or, if it goes on with the text of 'url:' above")
        (
            _SOURCE_ABOVE + "    claimant Trump\n",
            "7:13 invalid YAML: a ':' is missing after 'claimant': write 'claimant: Trump'",
            {"claimant": "Trump"},
        ),
        (
            _SOURCE_ABOVE + "        title The title\n",
            "7:14 invalid YAML: a ':' is missing after 'title': write 'title: The title'",
            {"title": "The title"},
        ),
        # review25c: a line opening a block: indented more, it would take the block into the text (or fail)
        (
            "    summary: The study\n    sources\n      - url: https://example.org/a\n",
            "6:12 invalid YAML: a ':' is missing after 'sources': write 'sources:'",
            {"summary": "The study"},
        ),
        (
            _SOURCE_ABOVE + "        title: The page\n        quote |\n          said it\n",
            "8:14 invalid YAML: a ':' is missing after 'quote': write 'quote: |'",
            {"title": "The page", "quote": "said it"},
        ),
    ],
)
def test_a_key_without_its_colon_that_no_text_above_can_take_gets_one_reading(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str, expected: str, fields: dict[str, object]
) -> None:
    _use_loader(monkeypatch, loader)
    above = 'claims:\n  - id: a\n    claim: c\n    verdict: "false"\n'
    assert only_error(write_kb(above + text)) == expected
    # the hint followed: the colon after the word, and the file reads as meant
    line = int(expected.split(":")[0]) - len(above.splitlines()) - 1
    lines = text.splitlines(keepends=True)
    lines[line] = re.sub(r"^( *)(\w+)", r"\1\2:", lines[line], count=1)
    claim = load_knowledge_base(write_kb(above + "".join(lines), "fixed.yaml"), use_cache=False).claims[0]
    for key, value in fields.items():
        item = claim.sources[0] if key in ("title", "quote") else claim
        got = getattr(item, key)
        assert (tuple(got) if isinstance(value, tuple) else got) == value


_VERDICT = '    verdict: "false"\n'


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    "text",
    [
        # review24d: a source's key in a claim ('note:', 'date:' unknown keys there), a claim's in a source
        _VERDICT + "    summary: The claim was\n    note saying otherwise.\n",
        _VERDICT + "    summary: The claim was\n    date without a source\n",
        _VERDICT + _SOURCE_ABOVE + "        note: The page carried a\n        summary of the speech\n",
        # 'tags: like #fake': a comment; indented more, no more of the text
        _VERDICT + "    summary: The claim was\n    tags like #fake\n",
        # text going on at the keys' column, opening with a key's name the claim has: no key without its colon
        _VERDICT + "    summary: The study\n    claim that was false\n",
        # a word of no key
        _VERDICT + "    summary: The study\n    said more\n",
        # a key's name alone, nothing below it: 'verdict:' would be empty
        "    verdict\n    summary: s\n",
    ],
)
def test_a_line_without_a_colon_that_is_no_key_of_its_mapping_gets_no_key_hint(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str
) -> None:
    _use_loader(monkeypatch, loader)
    message = only_error(write_kb("claims:\n  - id: a\n    claim: c\n" + text))
    assert message.endswith(
        "invalid YAML: this line has no ':', and YAML reads it as a key (it is lined up with keys): write "
        "'key: value', or, if it goes on with the text above, indent it more than that text's key"
    )
    assert "simple key" not in message


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("value", "expected", "fixed", "meant"),
    [
        (
            "'It's wrong'",
            "5:18 invalid YAML: a ' inside a value in single quotes ends it early, so YAML finds more text after "
            'it: put it in double quotes (summary: "It\'s wrong")',
            '"It\'s wrong"',
            "It's wrong",
        ),
        (
            # one ' written twice already
            "'It''s Bob's'",
            "5:25 invalid YAML: a ' inside a value in single quotes ends it early, so YAML finds more text after "
            "it: put it in double quotes (summary: \"It's Bob's\")",
            "\"It's Bob's\"",
            "It's Bob's",
        ),
        (
            '"He said "no" today"',
            '5:24 invalid YAML: a " inside a value in double quotes ends it early, so YAML finds more text after '
            "it: put it in single quotes (summary: 'He said \"no\" today')",
            "'He said \"no\" today'",
            'He said "no" today',
        ),
        (
            '"No" was the answer',
            "5:19 invalid YAML: the value of 'summary' opens with a quoted part and goes on after it; quotes hold "
            "a whole value: put it in single quotes (summary: '\"No\" was the answer')",
            "'\"No\" was the answer'",
            '"No" was the answer',
        ),
        (
            "'Fake' news spreads",
            "5:21 invalid YAML: the value of 'summary' opens with a quoted part and goes on after it; quotes hold "
            "a whole value: put it in double quotes (summary: \"'Fake' news spreads\")",
            "\"'Fake' news spreads\"",
            "'Fake' news spreads",
        ),
        (
            # review24d: quoted words at both ends were read as one value with a '"' inside: 'Fake" news is "dangerous'
            '"Fake" news is "dangerous"',
            "5:21 invalid YAML: the value of 'summary' opens with a quoted part and goes on after it; quotes hold "
            'a whole value: put it in single quotes (summary: \'"Fake" news is "dangerous"\')',
            '\'"Fake" news is "dangerous"\'',
            '"Fake" news is "dangerous"',
        ),
        (
            '"a" "b"',
            "5:18 invalid YAML: the value of 'summary' opens with a quoted part and goes on after it; quotes hold "
            'a whole value: put it in single quotes (summary: \'"a" "b"\')',
            '\'"a" "b"\'',
            '"a" "b"',
        ),
        (
            # review24d: a tab after the value was kept in it, with the quotes
            "'It's wrong'\t",
            "5:18 invalid YAML: a ' inside a value in single quotes ends it early, so YAML finds more text after "
            'it: put it in double quotes (summary: "It\'s wrong")',
            '"It\'s wrong"',
            "It's wrong",
        ),
        (
            # the parser said "found character that cannot start any token"
            "@user said so",
            "5:14 invalid YAML: a text cannot open with '@' without quotes: put it in double quotes (summary: "
            '"@user said so")',
            '"@user said so"',
            "@user said so",
        ),
    ],
)
def test_quotes_that_end_a_text_early_are_named_with_the_quotes_it_needs(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, value: str, expected: str, fixed: str, meant: str
) -> None:
    # the parser said "did not find expected key" (libyaml) or "expected <block end>, but found '<scalar>'"
    _use_loader(monkeypatch, loader)
    above = 'claims:\n  - id: a\n    claim: c\n    verdict: "false"\n'
    assert only_error(write_kb(f"{above}    summary: {value}\n")) == expected
    fixed_kb = load_knowledge_base(write_kb(f"{above}    summary: {fixed}\n", "fixed.yaml"), use_cache=False)
    assert fixed_kb.claims[0].summary == meant


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    "text",
    [
        # a comment after it: what the text is is not known
        '    summary: "No" was it  # to check\n',
        # the value goes on below: quoting its first line would cut it
        "    summary: 'It's a long\n      text that goes on'\n",
        # no text: quoted whole, a verdict is no verdict
        '    summary: s\n    checked: "2024" or so\n',
        # a '\' in double quotes: an escape, or not
        '    summary: "C:\\\\dir" is "it"\n',
        # review25c: in single quotes an apostrophe is a closing quote: one text with a possessive inside (the
        # hint kept the outer quotes in the text), or quoted words at both ends, is not known
        "    summary: 'The workers' union won'\n",
        "    summary: 'Students' grades fell'\n",
        "    summary: 'Jesus' disciples'\n",
        "    summary: 'Fake' news is 'bad'\n",
    ],
)
def test_quotes_that_end_a_value_early_get_no_quotes_that_would_change_it(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str
) -> None:
    _use_loader(monkeypatch, loader)
    message = only_error(write_kb('claims:\n  - id: a\n    claim: c\n    verdict: "false"\n' + text))
    assert "invalid YAML" in message and "put it in" not in message


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("text", "expected", "fixed"),
    [
        (
            # the parser said "did not find expected key" (libyaml), "expected <block end>, but found '-'" (PyYAML)
            '    - id: b\n      claim: d\n      verdict: "true"\n  - id: c\n    claim: e\n    verdict: "true"\n',
            "5:5 invalid YAML: this claim's '-' is indented more than the '-' of the claim on line 2: line it up "
            "with that one, in column 3, and move lines 6 to 7 with it, 2 columns left",
            '  - id: b\n    claim: d\n    verdict: "true"\n  - id: c\n    claim: e\n    verdict: "true"\n',
        ),
        (
            # one space deeper: "did not find expected '-' indicator"
            '   - id: b\n     claim: d\n     verdict: "true"\n',
            "5:4 invalid YAML: this claim's '-' is indented more than the '-' of the claim on line 2: line it up "
            "with that one, in column 3, and move lines 6 to 7 with it, 1 column left",
            '  - id: b\n    claim: d\n    verdict: "true"\n',
        ),
        (
            # review24d: only the '-' line too deep; said "and the claim's other lines with it", which, followed,
            # put 'claim:' out of line with 'id:'
            '    - id: b\n    claim: d\n    verdict: "true"\n',
            "5:5 invalid YAML: this claim's '-' is indented more than the '-' of the claim on line 2: line it up "
            "with that one, in column 3 (this line only: the claim's other lines are in place)",
            '  - id: b\n    claim: d\n    verdict: "true"\n',
        ),
        (
            # the '-' line and the next too deep, the last in place
            '    - id: b\n      claim: d\n    verdict: "true"\n',
            "5:5 invalid YAML: this claim's '-' is indented more than the '-' of the claim on line 2: line it up "
            "with that one, in column 3, and move line 6 with it, 2 columns left",
            '  - id: b\n    claim: d\n    verdict: "true"\n',
        ),
    ],
)
def test_an_item_indented_more_than_the_item_above_is_named(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, text: str, expected: str, fixed: str
) -> None:
    _use_loader(monkeypatch, loader)
    above = 'claims:\n  - id: a\n    claim: c\n    verdict: "false"\n'
    assert only_error(write_kb(above + text)) == expected
    kb = load_knowledge_base(write_kb(above + fixed, "fixed.yaml"), use_cache=False)
    assert kb.ids()[:2] == ["a", "b"]
    assert (kb.claims[1].claim, kb.claims[1].verdict) == ("d", Verdict.TRUE)


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
def test_a_source_indented_more_than_the_source_above_is_named(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str
) -> None:
    _use_loader(monkeypatch, loader)
    above = 'claims:\n  - id: a\n    claim: c\n    verdict: "false"\n    sources:\n      - url: https://example.org/a\n'
    assert only_error(write_kb(above + "        - url: https://example.org/b\n")) == (
        "7:9 invalid YAML: this source's '-' is indented more than the '-' of the source on line 6: line it up "
        "with that one, in column 7"
    )
    fixed = write_kb(above + "      - url: https://example.org/b\n", "fixed.yaml")
    assert len(load_knowledge_base(fixed, use_cache=False).claims[0].sources) == 2


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
def test_a_list_item_deeper_than_no_item_of_its_kind_gets_no_item_hint(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str
) -> None:
    # a tag after a '[...]' list: its keys repeat none of the claim's, no claim put too deep
    _use_loader(monkeypatch, loader)
    message = only_error(write_kb('claims:\n  - id: a\n    claim: c\n    verdict: "false"\n    tags: [a]\n    - b\n'))
    assert "invalid YAML" in message and "indented more" not in message


@pytest.mark.parametrize(
    ("value", "expected", "fixed"),
    [
        (
            "*not bold* here",
            "3:12 unknown alias *not (if it is text opening with '*', put the whole value in quotes)",
            '"*not bold* here"',
        ),
        (
            "!important stuff",
            "3:12 YAML tag '!important' is not allowed in a claims file (if it is text opening with '!', put the "
            "whole value in quotes)",
            '"!important stuff"',
        ),
    ],
)
def test_a_text_opening_with_an_alias_or_tag_sign_is_told_to_take_quotes(
    write_kb: WriteKb, value: str, expected: str, fixed: str
) -> None:
    above, below = "claims:\n  - id: a\n    claim: ", '\n    verdict: "false"\n'
    assert only_error(write_kb(above + value + below)) == expected
    assert load_knowledge_base(write_kb(above + fixed + below, "fixed.yaml"), use_cache=False).claims[0].claim == (
        value
    )


# -- a text that YAML ends at a comment ('claim: We are #1 in exports' reads "We are") ---------------


def _comment_warning(what: str, comment: str, fix: str | None) -> str:
    shown = f" ({fix})" if fix is not None else ""
    return (
        f"{what}: the text after ' #' ({comment!r}) is read as a comment, not as text; if it is part of the text, "
        f"put the whole value in quotes{shown}"
    )


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("lines", "where", "what", "comment", "fix", "meant"),
    [
        (
            "    claim: We are #1 in exports\n",
            "3:19",
            "claim 'a' text (claim)",
            "#1 in exports",
            'claim: "We are #1 in exports"',
            "We are #1 in exports",
        ),
        (
            "    summary: see #MexicoTroops trend\n",
            "5:18",
            "claim 'a' summary",
            "#MexicoTroops trend",
            'summary: "see #MexicoTroops trend"',
            "see #MexicoTroops trend",
        ),
        ("    aliases:\n      - We're #1\n", "6:15", "each of claim 'a' aliases", "#1", '- "We\'re #1"', "We're #1"),
        (
            "    sources:\n      - url: https://example.org/a#b\n        title: Report #3\n        note: undated\n",
            "7:23",
            "source #1 of claim 'a' title",
            "#3",
            'title: "Report #3"',
            "Report #3",
        ),
        # the whole value a comment: the summary was left out without a word
        ("    summary: #1 seller\n", "5:14", "claim 'a' summary", "#1 seller", 'summary: "#1 seller"', "#1 seller"),
        # a '"' and a '\' in it: single quotes hold it as written
        (
            '    summary: a "b" \\ c #2 d\n',
            "5:24",
            "claim 'a' summary",
            "#2 d",
            "summary: 'a \"b\" \\ c #2 d'",
            'a "b" \\ c #2 d',
        ),
        (
            "    claimant: Über größe  #2 café\n",
            "5:27",
            "claim 'a' claimant",
            "#2 café",
            'claimant: "Über größe  #2 café"',
            "Über größe  #2 café",
        ),
    ],
)
def test_a_text_ending_at_a_comment_touching_its_word_is_warned_of_with_its_fix(
    write_kb: WriteKb,
    monkeypatch: pytest.MonkeyPatch,
    loader: str,
    lines: str,
    where: str,
    what: str,
    comment: str,
    fix: str,
    meant: str,
) -> None:
    _use_loader(monkeypatch, loader)
    base = 'claims:\n  - id: a\n    claim: c\n    verdict: "false"\n'
    text = base.replace("    claim: c\n", lines) if "claim:" in lines else base + lines
    path = write_kb(text)
    before = path.read_bytes()
    assert problems_of(path) == [f"{where}: warning: {_comment_warning(what, comment, fix)}"]
    assert path.read_bytes() == before
    # the fix followed: the line quoted so reads as meant, and says nothing
    line_number = int(where.split(":")[0])
    old = text.splitlines(keepends=True)[line_number - 1]
    fixed_line = old[: len(old) - len(old.lstrip(" "))] + fix + "\n"
    fixed = write_kb(text.replace(old, fixed_line), "fixed.yaml")
    assert problems_of(fixed) == []
    claim = load_knowledge_base(fixed, use_cache=False).claims[0]
    values = [claim.claim, claim.summary, claim.claimant, *claim.aliases, *(s.title for s in claim.sources)]
    assert meant in values


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    "lines",
    [
        "    summary: Checked again # see the ticket\n",  # '# ' with a space: how people annotate a line
        "    summary: Checked again\n    # #1 in exports\n",  # a comment on its own line
        '    summary: "We are #1 in exports"\n',  # quoted: the '#' is text
        "    summary: 'We are #1 in exports' #2\n",
        "    summary: |\n      We are #1 in exports\n",  # a block: the '#' is text
        "    summary: We are number#1\n",  # no space before '#': no comment
        "    summary: Checked ##2\n",  # '##': a marker, no word cut
        "    aliases: [a, b] #1\n",  # after a flow list, not after a text
        "    checked: '2024-01-02' #1\n",  # a date, an id, a URL, a verdict: no text lost to tell of
        "    sources:\n      - url: https://example.org/a #1\n        date: '2024-01-01'\n",
    ],
)
def test_a_comment_that_costs_no_text_is_not_warned_of(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, lines: str
) -> None:
    _use_loader(monkeypatch, loader)
    path = write_kb('claims:\n  - id: a #1\n    claim: c\n    verdict: "false" #2\n' + lines)
    assert problems_of(path) == []


def test_a_text_going_on_below_is_warned_of_without_a_line_to_copy(write_kb: WriteKb) -> None:
    # the line quoted alone would not hold the text of the line above
    path = write_kb('claims:\n  - id: a\n    claim: c\n    verdict: "false"\n    summary: We are\n      still #1\n')
    assert problems_of(path) == ["6:13: warning: " + _comment_warning("claim 'a' summary", "#1", None)]


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize("claim_line", ["    claim: &x c #y\n", "    claim: !!str c #y\n"])
def test_a_text_behind_an_anchor_or_a_tag_is_warned_of_without_a_line_to_copy(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, claim_line: str
) -> None:
    # the line quoted whole, '&x' or '!!str' and all, would read as another text than the claim's
    _use_loader(monkeypatch, loader)
    path = write_kb("claims:\n  - id: a\n" + claim_line + '    verdict: "false"\n')
    [problem] = problems_of(path)
    assert problem.endswith(_comment_warning("claim 'a' text (claim)", "#y", None)), problem


def test_the_bundled_claims_file_loses_no_text_to_a_comment() -> None:
    from factcheck.store import bundled_kb_path

    assert not [p for p in check_knowledge_base(bundled_kb_path())[1] if "read as a comment" in p.message]


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("char", "name"),
    [("\u2028", "U+2028 LINE SEPARATOR"), ("\u2029", "U+2029 PARAGRAPH SEPARATOR"), ("\x85", "U+0085 NEXT LINE")],
)
def test_a_line_break_an_editor_shows_inside_a_line_is_named_where_the_editor_shows_it(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, char: str, name: str
) -> None:
    # YAML breaks the line at it, an editor does not: the error was named at 5:12 (the parser's line; the
    # editor's 4:12, "verdict"), and nothing said why; it is named at the editor's line (cli88), the lines its
    # message names too ('extra:' on line 3, not 4)
    _use_loader(monkeypatch, loader)
    path = write_kb(f'claims:\n  - id: x\n    claim: Café troops{char}extra: x in Mexico\n    verdict: "true"\n')
    error = only_error(path)
    assert error.startswith("4:12 invalid YAML: 'verdict:' on line 4 goes on with the text of 'extra:' (line 3)")
    assert error.endswith(
        f" (the file holds a {name} at line 3, column 23, which YAML reads as a line break where an editor shows "
        "none; remove it, or, for a line break, write \\n inside double quotes)"
    )


def test_a_line_break_an_editor_shows_inside_a_line_after_the_error_is_not_named(write_kb: WriteKb) -> None:
    path = write_kb('claims:\n  - id: x\n    claim: "never closed\n    summary: a\u2028b\n')
    assert "U+2028" not in only_error(path)
    # one in a value that reads is no error (YAML folds it, as it folds a line break)
    path = write_kb('claims:\n  - id: x\n    claim: "a\u2028b"\n    verdict: "true"\n')
    assert [p for p in check_knowledge_base(path)[1] if p.is_error] == []


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            '    verdict: "true\n    summary: s\n    checked: "2026-11-25"\n',
            '4:14 invalid YAML: the " that opens this value is not closed on its line, so YAML reads the lines '
            'below into it, up to the next " (line 6): put a " at the end of line 4',
        ),
        (
            "    verdict: 'true\n    summary: s\n    checked: '2026-11-25'\n",
            "4:14 invalid YAML: the ' that opens this value is not closed on its line, so YAML reads the lines "
            "below into it, up to the next ' (line 6): put a ' at the end of line 4",
        ),
        (
            '    verdict: "true"\n    summary: "s\n    sources:\n      - url: "https://example.org/a"\n',
            '5:14 invalid YAML: the " that opens this value is not closed on its line, so YAML reads the lines '
            'below into it, up to the next " (line 7): put a " at the end of line 5',
        ),
        # an item's key after its '- ': 'title:' at its column is a key read into the value
        (
            '    verdict: "true"\n    sources:\n      - url: "https://example.org/a\n        title: T\n'
            '        date: "2025-02-17"\n',
            '6:14 invalid YAML: the " that opens this value is not closed on its line, so YAML reads the lines '
            'below into it, up to the next " (line 8): put a " at the end of line 6',
        ),
    ],
)
def test_a_quote_left_open_is_named_on_its_own_line(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, lines: str, expected: str
) -> None:
    # a student's 'verdict: "true' was "while parsing a block mapping (begun at line 2, column 5) did not find
    # expected key" at line 6, the line of the next quote: neither the quote nor its line was named
    _use_loader(monkeypatch, loader)
    path = write_kb(f"claims:\n  - id: a\n    claim: c\n{lines}")
    before = path.read_bytes()
    assert only_error(path) == expected
    assert path.read_bytes() == before


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # an interview's quote over two lines, closed on its second, then a misindented key
        (
            '    verdict: "false"\n    sources:\n      - url: https://example.org/interview\n'
            '        quote: "Q: Are there US troops?\n'
            '          A: No, only ten trainers."\n          date: "2025-02-17"\n',
            "9:11 invalid YAML: while parsing a block mapping (begun at line 6, column 9) ",
        ),
        # the same with text after its closing quote
        (
            '    verdict: "false"\n    sources:\n      - url: https://example.org/interview\n'
            '        quote: "Q: Are there US troops?\n'
            '          A: No, only ten trainers." (interview)\n        date: "2025-02-17"\n',
            "8:38 invalid YAML: while parsing a block mapping (begun at line 6, column 9) ",
        ),
        # a 'said: ' deeper than the value's key, in a text meant to go on below
        (
            '    summary: "Officials gave two figures. The ministry\n      said: ten soldiers" at most\n'
            '    checked: "2026-11-25"\n',
            "5:27 invalid YAML: while parsing a block mapping (begun at line 2, column 5) ",
        ),
        (
            '    summary: "Two figures circulate:\n      official: 10 soldiers, reported: 120"\n'
            '      verdict: "true"\n    checked: "2026-11-25"\n',
            "6:7 invalid YAML: while parsing a block mapping (begun at line 2, column 5) ",
        ),
        # lines of a text at its key's column, closed by a quote inside the text, not by a later value's opening
        # quote (review43c: "put a \" at the end of line 5" was a wrong fix)
        (
            '    verdict: "false"\n    summary: "Interview of 3 March:\n    Q: Are US troops in Mexico?\n'
            '    A: No, only "ten trainers"."\n    checked: "2025-01-01"\n',
            "7:18 invalid YAML: while parsing a block mapping (begun at line 2, column 5) ",
        ),
        # a line of such a text opening with a quoted word: nothing but spaces before its quote
        (
            '    verdict: "false"\n    summary: "Asked: were troops there?\n    A: no. See\n    "the report"\n'
            '    checked: "2025-01-01"\n',
            "7:6 invalid YAML: while parsing a block mapping (begun at line 2, column 5) ",
        ),
    ],
)
def test_a_quoted_value_spanning_lines_on_purpose_is_not_said_to_be_left_open(
    write_kb: WriteKb, monkeypatch: pytest.MonkeyPatch, loader: str, lines: str, expected: str
) -> None:
    # the value is closed on a line above where YAML stopped, or what reads as a key inside it is indented deeper
    # than the value's own key: the open-quote message ("put a \" at the end of line 7") was a wrong fix
    _use_loader(monkeypatch, loader)
    path = write_kb(f"claims:\n  - id: a\n    claim: c\n{lines}")
    before = path.read_bytes()
    assert only_error(path).startswith(expected)
    assert "is not closed on its line" not in only_error(path)
    assert path.read_bytes() == before


def test_the_library_tells_a_path_from_a_home_folder_to_expand_it_not_shell_advice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # load_knowledge_base('~/claims.yaml') and read_article('~/notes.txt') told a Python caller "the shell leaves a
    # quoted ~ as it is: write it without quotes", the command line's advice
    from factcheck.article import read_article
    from factcheck.errors import InputError

    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "claims.yaml").write_text('claims:\n  - id: a\n    claim: X.\n    verdict: "false"\n')
    (tmp_path / "notes.txt").write_text("US troops are in Mexico.\n")
    with pytest.raises(KnowledgeBaseError) as kb_error:
        load_knowledge_base("~/claims.yaml")
    with pytest.raises(InputError) as article_error:
        read_article("~/notes.txt")
    for error, name in ((kb_error.value, "claims.yaml"), (article_error.value, "notes.txt")):
        assert str(error) == (
            f"~/{name}: error: no such file; did you mean '{tmp_path / name}'? "
            "(expand its '~' first: os.path.expanduser(path))"
        )


# A reporter's address pasted from a post, a sentence or a Markdown link, or typed by hand, is an http(s) URL
# that no browser opens: validate warns of it on its line, with what looks wrong (editor128).
@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://reuters/world/x", "its host 'reuters' has no domain ending (.com, .org...)"),
        ("https://https://www.reuters.com/x", "it begins with 'https://' twice"),
        ("https://www.reuters..com/x", "its host 'www.reuters..com' is not a domain name"),
        ("https://www.reuters,com/x", "its host 'www.reuters,com' is not a domain name"),
        (
            "https://www.reuters.com/x)",
            "it ends with ')', copied with it from the text around it (if it is part of the address, write it as %29)",
        ),
        (
            "https://www.reuters.com/x,",
            "it ends with ',', copied with it from the text around it (if it is part of the address, write it as %2C)",
        ),
        (
            "https://www.reuters.com/x>",
            "it ends with '>', copied with it from the text around it (if it is part of the address, write it as %3E)",
        ),
        (
            "https://www.reuters.com/x\u201d",
            "it ends with '\u201d', copied with it from the text around it "
            "(if it is part of the address, write it as %E2%80%9D)",
        ),
        (
            "https://www.reuters.com/world/americas/us-dro\u2026",
            "'\u2026' shortens it, as a post shows a link: copy the whole address",
        ),
        (
            "https://www.reuters.com/x,https://apnews.com/y",
            "it holds two addresses: give each its own source ('- url: ...')",
        ),
        # "(see https://...)." pasted with the sentence's end: the full stop did not hide the bracket (editor128 review)
        (
            "https://www.reuters.com/x).",
            "it ends with ').', copied with it from the text around it (if it is part of the address, write it as %29)",
        ),
    ],
)
def test_a_broken_looking_source_url_is_a_warning_on_its_line(write_kb: WriteKb, url: str, why: str) -> None:
    path = write_kb(
        'claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    sources:\n'
        f"      - url: '{url}'\n        date: \"2024-01-02\"\n"
    )
    assert problems_of(path) == [f"6:14: warning: source #1 of claim 'a' url '{url}' looks broken: {why}"]
    load_knowledge_base(path)  # a warning: every command still reads the file


@pytest.mark.parametrize(
    "url",
    [
        "https://en.wikipedia.org/wiki/Apple_Inc.",  # a page whose name ends with a full stop
        "https://en.wikipedia.org/wiki/Mexico_(disambiguation)",  # balanced brackets
        "https://web.archive.org/web/20240101000000/https://www.reuters.com/x",  # an archived copy
        "https://archive.ph/newest/https://www.reuters.com/x",
        "https://www.google.com/url?q=https://www.reuters.com/x",
        "https://www.reuters.com./x",  # a fully qualified name
        "https://192.0.2.7/report.pdf",
        "https://[2001:db8::1]/report.pdf",
        "https://m\u00e9xico.example.org/informe",  # an internationalised name
        "https://www.reuters.com/x?a=1,2",
        "https://sub_domain.example.org/x",
        "https://www.reuters.com:8443/x",
        "https://en.wikipedia.org/wiki/Mexico_%28disambiguation)",  # its opening bracket percent-encoded
        "https://example.org/list%5Ba]",
        "https://en.wikipedia.org/wiki/Apple_(company).",  # balanced, then a full stop
    ],
)
def test_a_working_looking_source_url_is_not_warned_of(write_kb: WriteKb, url: str) -> None:
    path = write_kb(
        'claims:\n  - id: a\n    claim: c\n    verdict: "true"\n    sources:\n'
        f"      - url: '{url}'\n        date: \"2024-01-02\"\n"
    )
    assert problems_of(path) == []
