"""Places in claims files at the lines an editor (and ``grep -n``) shows, not YAML's.

YAML (PyYAML, libyaml, ruamel) breaks lines at U+2028, U+2029 and U+0085 too, even inside a value, where
editors show the text around them on one line: every file:line:column printed below such a character was a
line too far down per character (cli88).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from factcheck import store
from factcheck.cli import ExitCode
from factcheck.conflicts import conflict_problems
from factcheck.errors import SHOWN_PROBLEMS, EditorLines
from factcheck.roundtrip import entry_places
from factcheck.store import check_knowledge_base, validate_file

Invoke = Callable[..., Result]

FACTCHECK = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or shutil.which("factcheck")
GREP = shutil.which("grep")

#: YAML's line breaks that an editor shows inside a line
UNUSUAL = ["\u2028", "\u2029", "\x85"]


def _file(char: str, newline: str = "\n") -> str:
    """A claims file with ``char`` twice inside a quoted text (validate warns of it, and reads the claim), then a
    claim with an error in its verdict and an unknown key."""
    lines = [
        "claims:",
        "  - id: a",
        f'    claim: "one{char}two{char}three"',
        '    verdict: "true"',
        "  - id: b",
        "    claim: B is here.",
        "    verdict: maybe",
        "    colour: red",
    ]
    return newline.join(lines) + newline


def _grep_n(text: str, needle: str) -> int:
    """The line ``grep -n`` names for the first line holding ``needle``: lines end at "\\n" alone."""
    return next(number for number, line in enumerate(text.split("\n"), 1) if needle in line)


def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("char", UNUSUAL)
def test_validate_names_each_problem_at_the_line_grep_names(
    invoke: Invoke, tmp_path: Path, char: str, newline: str
) -> None:
    # it said claims.yaml:9:14 and :10:5 for the verdict on line 7 and the key on line 8
    text = _file(char, newline)
    path = _write(tmp_path / "claims.yaml", text)
    verdict, colour = _grep_n(text, "verdict: maybe"), _grep_n(text, "colour:")
    assert (verdict, colour) == (7, 8)
    result = invoke("validate", str(path))
    assert result.exit_code == ExitCode.NO_MATCH  # problems found
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{path}:{verdict}:14: error: verdict 'maybe' of claim 'b'")
    assert lines[1].startswith(f"{path}:{colour}:5: error: unknown key 'colour'")
    # a U+0085 in double quotes is folded to a space, as a line break is: the text holds none, nothing to warn of
    warned = [(3, 12)] if char != "\x85" else []
    if warned:
        assert lines[2].startswith(f"{path}:3:12: warning: claim 'a' text (claim) holds a ")
    report = json.loads(invoke("validate", str(path), "--json").stdout)
    assert [(p["line"], p["column"]) for p in report["problems"]] == [(verdict, 14), (colour, 5), *warned]


@pytest.mark.parametrize("char", UNUSUAL)
def test_every_commands_load_error_names_the_line_grep_names(invoke: Invoke, tmp_path: Path, char: str) -> None:
    text = _file(char)
    path = _write(tmp_path / "claims.yaml", text)
    for args in (("list", "--kb", str(path)), ("check", "B is here", "--kb", str(path))):
        result = invoke(*args)
        assert result.exit_code == ExitCode.ERROR
        assert f"{path}:7:14: error: verdict 'maybe'" in result.stderr
        assert f"{path}:8:5: error: unknown key 'colour'" in result.stderr
        assert ":9:" not in result.stderr and ":10:" not in result.stderr


@pytest.mark.parametrize("char", UNUSUAL)
def test_edit_add_and_remove_refused_for_errors_name_the_lines_grep_names(
    invoke: Invoke, tmp_path: Path, char: str
) -> None:
    text = _file(char)
    path = _write(tmp_path / "claims.yaml", text)
    before = path.read_bytes()
    edited = invoke("edit", "b", "--verdict", "false", "--kb", str(path))
    assert edited.exit_code == ExitCode.ERROR
    assert f"claim 'b' ({path}:5) has errors" in edited.stderr  # '- id: b' is on line 5
    for args in (("remove", "a", "--yes"), ("add", "--claim", "A new claim here.", "--verdict", "false")):
        result = invoke(*args, "--kb", str(path))
        assert result.exit_code == ExitCode.ERROR
        assert f"{path}:7:14: error: verdict 'maybe'" in result.stderr, result.stderr
        assert f"{path}:8:5: error: unknown key 'colour'" in result.stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize("char", UNUSUAL)
def test_a_yaml_error_below_such_a_character_is_named_at_the_editors_line(tmp_path: Path, char: str) -> None:
    text = f'claims:\n  - id: a\n    claim: "x{char}y"\n    verdict: "true"\n  - id: b\n    claim: "never closed\n'
    path = _write(tmp_path / "claims.yaml", text)
    [problem] = check_knowledge_base(path)[1]
    assert (problem.location.line, problem.location.column) == (6, 12)  # the '"' that opens the text
    # the lines a message names are the editor's too
    text = f"claims:\n  - id: a\n    claim: 'x{char}y'\n    verdict: 'true'\n    verdict: 'false'\n"
    [problem] = [p for p in check_knowledge_base(_write(tmp_path / "dup.yaml", text))[1] if p.is_error]
    assert (problem.location.line, problem.message) == (5, "duplicate key 'verdict' (first at line 4)")


def test_a_duplicate_id_names_the_first_at_the_editors_line(tmp_path: Path) -> None:
    text = (
        'claims:\n  - id: a\n    claim: "x\u2028y"\n    verdict: "true"\n'
        '  - id: a\n    claim: Again.\n    verdict: "true"\n'
    )
    [problem] = [p for p in check_knowledge_base(_write(tmp_path / "c.yaml", text))[1] if p.is_error]
    assert problem.location.line == 5
    assert "duplicate id 'a' (first used at line 2)" in problem.message


def test_a_near_duplicate_is_named_at_the_editors_lines(tmp_path: Path) -> None:
    text = (
        'claims:\n  - id: a\n    claim: "Ten\u2028thousand\u2028US troops are in Mexico."\n    verdict: "false"\n'
        '  - id: b\n    claim: Ten thousand US troops are in Mexico.\n    verdict: "false"\n'
    )
    _, problems = validate_file(_write(tmp_path / "c.yaml", text))
    [near] = [p for p in problems if "near-duplicate" in p.message]
    assert near.location.line in (2, 5)
    other = 5 if near.location.line == 2 else 2
    assert f"(line {other}, similarity" in near.message


def test_a_file_of_cr_endings_keeps_its_lines() -> None:
    # a lone CR is a line break to YAML and to the editors that open such a file as lines (VS Code, nano,
    # Notepad, TextEdit): kept one; U+2028 is not
    lines = EditorLines('claims:\r  - id: a\r    claim: "x\u2028y"\r    verdict: maybe\r')
    assert [lines.line(number) for number in range(1, 6)] == [1, 2, 3, 3, 4]
    assert lines.place(4, 3) == (3, 3 + len('    claim: "x') + 1)
    assert EditorLines("a\nb\r\nc\rd\n").place(3, 2) == (3, 2)  # no such character: the parser's own


def test_the_parsers_place_of_an_editors_place() -> None:
    # ruamel (which edits an entry) gives the editor's places, mapped back to the parser's lines of the file's
    # layout: on one editor line, the parser's line that a column falls on (the last that begins at or before it)
    lines = EditorLines("a\u2028bc\x85d\ne\n")  # parser lines: "a", "bc", "d", "e"; editor lines "a bc d", "e"
    assert [lines.parsed(1, column) for column in (1, 2)] == [(1, 1), (1, 2)]  # the U+2028 ends the parser's line 1
    assert [lines.parsed(1, column) for column in (3, 4)] == [(2, 1), (2, 2)]  # "bc", after the U+2028
    assert lines.parsed(1, 6) == (3, 1)  # "d", after the U+0085
    assert lines.parsed(2, 1) == (4, 1)
    assert lines.parsed(9, 4) == (9, 4)  # past the text's lines: as given
    assert lines.parsed(0, 0) == (0, 0)  # unknown: as given
    for line, text in enumerate(["a", "bc", "d", "e"], 1):
        for column in range(1, len(text) + 1):
            assert lines.parsed(*lines.place(line, column)) == (line, column)
    assert EditorLines("a\nb\n").parsed(2, 1) == (2, 1)  # no such character: the editor's lines are the parser's


def test_an_entrys_places_leave_the_files_lines_read() -> None:
    # entry_place read each key's entry with EditorLines.of, whose one kept text (the file's, read for the many
    # places its messages name) the entry's then pushed out
    file_text = 'claims:\n  - id: a\n    claim: "x\u2028y"\n    verdict: "false"\n'
    file_lines = EditorLines.of(file_text)
    place_of = entry_places('  - id: a\n    claim: "x\u2028y"\n    verdict: "false"\n')
    assert place_of(3, 4) == (4, 4)  # ruamel's 'verdict' line, below the U+2028: the parser's next one
    assert EditorLines.of(file_text) is file_lines


@pytest.mark.skipif(FACTCHECK is None or GREP is None or os.name != "posix", reason="factcheck and grep")
def test_validates_line_is_greps_line_in_a_real_shell(tmp_path: Path) -> None:
    assert FACTCHECK is not None and GREP is not None
    path = _write(tmp_path / "claims.yaml", _file("\u2028"))
    grep = subprocess.run([GREP, "-n", "verdict: maybe", str(path)], capture_output=True, text=True, check=True)
    done = subprocess.run([FACTCHECK, "validate", str(path)], capture_output=True, text=True, check=False)
    line = grep.stdout.split(":", 1)[0]
    assert f"{path}:{line}:14: error: verdict 'maybe'" in done.stdout, (grep.stdout, done.stdout)


def test_import_names_an_error_of_the_claims_file_read_at_the_editors_line(invoke: Invoke, tmp_path: Path) -> None:
    source = _write(tmp_path / "desk.yaml", _file("\u2028"))
    target = _write(tmp_path / "claims.yaml", 'claims:\n  - id: z\n    claim: Zed.\n    verdict: "true"\n')
    result = invoke("import", str(source), "--kb", str(target))
    assert result.exit_code == ExitCode.ERROR
    assert f"{source}:7:14: error: verdict 'maybe'" in result.stderr, result.stderr


def _scans_of_the_text(monkeypatch: pytest.MonkeyPatch, path: Path) -> int:
    """How many times validating ``path`` reads its lines for editor places (``EditorLines`` made)."""
    made: list[str] = []
    original = EditorLines.__init__

    def counting(self: EditorLines, text: str) -> None:
        made.append(text)
        original(self, text)

    monkeypatch.setattr(EditorLines, "__init__", counting)
    check_knowledge_base(path)
    return len(made)


def test_the_files_lines_are_read_once_however_many_duplicate_keys_name_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # each duplicate key read the whole file's lines anew: 500 of them in a 2.6 MB file took 24 s to validate
    def claims(repeats: int) -> str:
        items = "".join(
            f"  - id: c{n}\n    claim: 'x\u2028y {n}'\n    verdict: 'true'\n    verdict: 'false'\n"
            for n in range(repeats)
        )
        return "claims:\n" + items

    few = _scans_of_the_text(monkeypatch, _write(tmp_path / "few.yaml", claims(2)))
    many = _scans_of_the_text(monkeypatch, _write(tmp_path / "many.yaml", claims(40)))
    assert 1 <= few == many <= 2


def test_a_byte_not_utf8_below_such_a_character_is_named_at_the_editors_line(tmp_path: Path) -> None:
    data = (
        'claims:\n  - id: a\n    claim: "one\u2028two"\n    verdict: "true"\n'.encode()
        + b"  - id: b\n    claim: h\xe9re\n"
    )
    path = tmp_path / "bad8.yaml"
    path.write_bytes(data)
    [problem] = check_knowledge_base(path)[1]
    assert (problem.location.line, problem.location.column) == (6, 13)  # grep -n's line of the byte 0xe9
    assert "not UTF-8" in problem.message


def test_the_lines_a_message_names_are_the_editors(tmp_path: Path) -> None:
    # the place was the editor's, the line the message named the parser's: 'first at line 7' of a tag on line 6
    text = 'claims:\n  - id: a\n    claim: "x\u2028y"\n    verdict: "true"\n    tags:\n      - x\n      - x\n'
    [repeat] = [p for p in validate_file(_write(tmp_path / "repeat.yaml", text))[1] if "listed twice" in p.message]
    assert repeat.location.line == 7
    assert repeat.message.endswith("(first at line 6)")
    text = 'claims:\n  - id: a\n    claim: "x\u2028y"\n    verdict: "true"\n      tags: [x]\n'
    [indent] = check_knowledge_base(_write(tmp_path / "indent.yaml", text))[1]
    assert indent.location.line == 5
    assert "'tags:' is indented more than 'verdict:' on line 4" in indent.message


def test_such_a_character_far_above_an_error_is_not_said_to_be_its_cause(tmp_path: Path) -> None:
    # a harmless one in a quoted text on line 3 was named in the note of a tab on line 9, where it changes nothing
    text = 'claims:\n  - id: a\n    claim: "one\u2028two"\n    verdict: "true"\n  - id: b\n    claim: B.\n'
    [far] = check_knowledge_base(
        _write(tmp_path / "far.yaml", text + '    verdict: "false"\n  - id: c\n\tclaim: C.\n')
    )[1]
    assert (far.location.line, "a tab character" in far.message, "U+2028" in far.message) == (9, True, False)
    # on the line above the error's, it is named
    [near] = check_knowledge_base(
        _write(tmp_path / "near.yaml", "claims:\n  - id: a\n    claim: x\u2028y\n\tverdict: z\n")
    )[1]
    assert "U+2028 LINE SEPARATOR at line 3, column 13" in near.message


# -- the lines inside messages: git merge conflicts, a list without 'claims:', ruamel's places (edlines95) --

#: a claim whose text holds a raw U+2028: one line to an editor, two to YAML
SEPARATED = 'claims:\n  - id: a\n    claim: "one\u2028two"\n    verdict: "true"\n'
#: the same claim with a space instead: the lines an editor shows are the same
SPACED = SEPARATED.replace("\u2028", " ")
CONFLICT = (
    "<<<<<<< HEAD\n  - id: b\n    claim: B.\n    verdict: 'false'\n=======\n"
    "  - id: c\n    claim: C.\n    verdict: 'false'\n>>>>>>> bob\n"
)


def test_a_merge_conflicts_lines_are_the_editors(invoke: Invoke, tmp_path: Path) -> None:
    # it said 'lines 6-14' of the conflict an editor shows on lines 5-13, at 5:1
    text = SEPARATED + CONFLICT
    path = _write(tmp_path / "claims.yaml", text)
    first, last = _grep_n(text, "<<<<<<<"), _grep_n(text, ">>>>>>>")
    assert (first, last) == (5, 13)
    result = invoke("validate", str(path))
    assert result.stdout.startswith(
        f"{path}:{first}:1: error: unresolved git merge conflict (lines {first}-{last}, '<<<<<<< HEAD' to"
    ), result.stdout


def _conflicted(base: str) -> list[str]:
    """Conflicts, after ``base``, whose messages name lines: a side beginning inside the entry above, the
    sides' shared last lines below, a source to move, and more markers than are named one by one."""
    return [
        base + "  - id: s\n<<<<<<< HEAD\n    claim: A.\n  - id: d\n    claim: D.\n"
        "=======\n    claim: P.\n  - id: e\n    claim: E.\n>>>>>>> bob\n",
        base + "<<<<<<< HEAD\n  - id: b\n    claim: B.\n=======\n  - id: c\n    claim: C.\n>>>>>>> bob\n"
        "    verdict: 'false'\n    checked: '2026-12-05'\n",
        base + "<<<<<<< HEAD\n  - id: b\n    claim: B.\n=======\n    sources:\n      - url: https://b.example/x\n"
        ">>>>>>> bob\n",
        base + "=======\n" * (SHOWN_PROBLEMS + 5),
    ]


@pytest.mark.parametrize("index", range(4))
def test_the_lines_a_conflicts_message_names_are_the_editors(index: int) -> None:
    # each line it names, counted as an editor does, is the one it names in the file with a space instead
    separated, spaced = _conflicted(SEPARATED)[index], _conflicted(SPACED)[index]
    said = [problem.message for problem in conflict_problems(separated, "claims.yaml")]
    assert said == [problem.message for problem in conflict_problems(spaced, "claims.yaml")]
    assert re.search(r"\bline \d|\blines \d", said[-1]), said[-1]


def test_a_list_without_claims_key_names_the_editors_line(invoke: Invoke, tmp_path: Path) -> None:
    # '... above line 3' of the '- id: a' an editor shows on line 2 (at 2:1)
    for text, said in [
        (
            "# desk\u2028# notes\n- id: a\n  claim: A.\n  verdict: 'true'\n",
            "write 'claims:' on a line of its own above line 2",
        ),
        ("# desk\u2028# notes\n- claims:\n  - id: a\n", "take away the '- ' before it on line 2"),
    ]:
        path = _write(tmp_path / "claims.yaml", text)
        before = path.read_bytes()
        for args in (
            ("validate", str(path)),
            ("list", "--kb", str(path)),
            ("add", "--claim", "New.", "--verdict", "false", "--kb", str(path)),
        ):
            result = invoke(*args)
            assert f"{path}:2:1: error: " in result.output and said in result.output, (args, result.output)
        report = json.loads(invoke("validate", str(path), "--json").stdout)
        assert [(p["line"], said in p["message"]) for p in report["problems"]] == [(2, True)]
        assert path.read_bytes() == before


def test_a_tab_an_edit_cannot_take_is_named_at_the_editors_place(invoke: Invoke, tmp_path: Path) -> None:
    # ruamel counts lines as an editor does: its line was added to the parser's line of the entry (8:15 for
    # the tab on line 7), and the tab, looked for at the parser's line, was not found ('edit the file by hand')
    text = SEPARATED + '  - id: b\n    claim: "x\u2028y"\n    summary: a\tb\n    verdict: "false"\n'
    path = _write(tmp_path / "claims.yaml", text)
    result = invoke("edit", "b", "--verdict", "true", "--kb", str(path))
    assert result.exit_code == ExitCode.ERROR
    line = _grep_n(text, "summary:")
    assert f"{path}:{line}:15: error: a tab in a text without quotes" in result.stderr, result.stderr
    assert path.read_text(encoding="utf-8") == text


def test_an_edit_keeps_refusing_to_rewrite_a_field_in_error_below_such_a_character(
    invoke: Invoke, tmp_path: Path
) -> None:
    # the tags' error was taken for the verdict's (ruamel's key lines against the parser's): --add-tag wrote
    # [x, y], the tag '2026-01-05' (a date, in error) dropped without a word
    text = 'claims:\n  - id: b\n    claim: "x\u2028y"\n    tags: [x, 2026-01-05]\n    verdict: "false"\n'
    path = _write(tmp_path / "claims.yaml", text)
    result = invoke("edit", "b", "--add-tag", "y", "--kb", str(path))
    assert result.exit_code == ExitCode.ERROR
    assert "has errors in its tags, which this change would rewrite" in result.stderr, result.stderr
    assert f"{path}:4:15: error: each of claim 'b' tags must be text" in result.stderr
    assert path.read_text(encoding="utf-8") == text


def test_a_comment_in_braces_is_named_at_the_editors_line(invoke: Invoke, tmp_path: Path) -> None:
    # said at 4:45 for the comment an editor shows on line 5
    text = (
        'claims:\n  - id: b\n    claim: "x\u2028y"\n    verdict: "false"\n'
        '    sources: [{url: "https://a.example/x",  # why\n        title: T}]\n'
    )
    path = _write(tmp_path / "claims.yaml", text)
    result = invoke("edit", "b", "--verdict", "true", "--kb", str(path))
    assert result.exit_code == ExitCode.ERROR
    assert f"{path}:{_grep_n(text, '# why')}:45: error: claim 'b' has a comment inside" in result.stderr
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("char", UNUSUAL)
def test_an_edit_keeps_a_block_texts_plus_below_such_a_character(invoke: Invoke, tmp_path: Path, char: str) -> None:
    # the '|+' header was looked for at ruamel's line (the editor's) among the parser's lines, a line up per
    # character: not found there, a summary changed was written back under '|', the header the user wrote lost
    # (with a space for the character it kept its '|+')
    text = f'claims:\n  - id: b\n    claim: "x{char}y"\n    summary: |+\n      text\n    verdict: "false"\n'
    path = _write(tmp_path / "claims.yaml", text)
    result = invoke("edit", "b", "--summary", "texts\n", "--kb", str(path))
    assert result.exit_code == ExitCode.OK, result.output
    spaced = _write(tmp_path / "spaced.yaml", text.replace(char, " "))
    assert invoke("edit", "b", "--summary", "texts\n", "--kb", str(spaced)).exit_code == ExitCode.OK
    written, as_spaced = path.read_text(encoding="utf-8"), spaced.read_text(encoding="utf-8")
    assert written[written.index("    summary:") :] == '    summary: |+\n      texts\n    verdict: "false"\n', written
    assert as_spaced[as_spaced.index("    summary:") :] == written[written.index("    summary:") :]


def test_validate_file_reads_the_file_once_to_place_its_near_duplicates(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # the near-duplicates' places were mapped with a second read from disk: a file saved again in between (here
    # without its U+2028s) left them at the parser's lines of the first read, a line down per character
    text = (
        'claims:\n  - id: a\n    claim: "Ten\u2028thousand\u2028US troops are in Mexico."\n    verdict: "false"\n'
        "  - id: b\n    claim: Ten thousand US troops are in Mexico.\n    verdict: 'false'\n"
    )
    path = _write(tmp_path / "c.yaml", text)
    reads: list[Path] = []
    read_bytes = store.read_bytes

    def read_then_save_again(read: Path, *args: Any, **kwargs: Any) -> bytes:
        reads.append(read)
        data = read_bytes(read, *args, **kwargs)
        path.write_text(text.replace("\u2028", " "), encoding="utf-8")  # saved again once read
        return data

    monkeypatch.setattr(store, "read_bytes", read_then_save_again)
    _, problems = validate_file(path)
    [near] = [p for p in problems if "near-duplicate" in p.message]
    assert (near.location.line, near.message.count(f"(line {7 - near.location.line}, similarity")) in {(2, 1), (5, 1)}
    assert reads == [path]


def test_a_rating_maps_problems_are_named_at_the_editors_lines(invoke: Invoke, tmp_path: Path) -> None:
    # a rating map is YAML its user edits too: its places, and the line a message names, were the parser's
    text = "Cherry picks: \"sorta\u2028really\"\nSpin: nope\nTwist: misleading\ntwist: 'false'\n"
    path = _write(tmp_path / "ratings.yaml", text)
    result = invoke("ratings", "--rating-map", str(path))
    assert result.exit_code == ExitCode.ERROR
    lines = result.stderr.splitlines()
    assert lines[1].startswith(f"factcheck: {path}:{_grep_n(text, 'Spin')}:7: error: 'nope' (for 'Spin')"), lines
    assert lines[2] == (
        f"factcheck: {path}:{_grep_n(text, 'twist')}:1: error: 'twist' is already mapped to 'misleading' on line "
        f"{_grep_n(text, 'Twist')}"
    )
    broken = _write(tmp_path / "broken.yaml", 'Cherry picks: "sorta\u2028really"\nSpin: [nope\n')
    result = invoke("ratings", "--rating-map", str(broken))
    assert f"{broken}:2:7: error: invalid YAML" in result.stderr, result.stderr


@pytest.mark.parametrize("char", UNUSUAL)
def test_the_anchor_messages_of_remove_name_the_lines_grep_names(invoke: Invoke, tmp_path: Path, char: str) -> None:
    """An anchor defined twice, and an alias a removal would leave naming nothing, at the editor's lines (review of
    the integration: both said the parser's line, one more per such character above)."""
    twice = "\n".join(
        [
            "claims:",
            "  - id: a-1",
            f'    claim: "First{char}still first"',
            '    verdict: "false"',
            "    tags: &t [x]",
            "  - id: b-2",
            "    claim: Second claim about something else",
            '    verdict: "true"',
            "    tags: &t [y]",
            "",
        ]
    )
    path = _write(tmp_path / "twice.yaml", twice)
    result = invoke("remove", "a-1", "--yes", "--kb", str(path))
    assert result.exit_code == ExitCode.ERROR
    assert f"{path}:{_grep_n(twice, '&t [y]')}:11: error: the YAML anchor &t is defined again here" in result.stderr
    assert f"(first at line {_grep_n(twice, '&t [x]')})" in result.stderr
    assert path.read_text(encoding="utf-8") == twice
    dangling = "\n".join(
        [
            "claims:",
            "  - id: a-1",
            f'    claim: "First{char}still first"',
            '    verdict: "false"',
            "    sources: &src",
            "      - url: https://example.org/a",
            "  - id: b-2",
            "    claim: Second claim about something else",
            '    verdict: "true"',
            "    sources: *src",
            "",
        ]
    )
    path = _write(tmp_path / "dangling.yaml", dangling)
    result = invoke("remove", "a-1", "--yes", "--kb", str(path))
    assert result.exit_code == ExitCode.ERROR
    assert f"(*src, line {_grep_n(dangling, '*src')})" in result.stderr, result.stderr
    assert path.read_text(encoding="utf-8") == dangling
