"""factcheck add / edit / remove on the command line, the editor flow with a fake $EDITOR, and
bad input: a clear message, exit 2, the claims file unchanged."""

from __future__ import annotations

import errno
import io
import json
import os
import shlex
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.cli import ExitCode
from factcheck.store import bundled_kb_path, load_knowledge_base

Invoke = Callable[..., Result]

FAKE_EDITOR = """
import json, os, sys
plan_path = os.environ["FAKE_EDITOR_PLAN"]
with open(plan_path, encoding="utf-8") as f:
    plan = json.load(f)
step = plan["step"]
plan["step"] = step + 1
with open(plan_path, "w", encoding="utf-8") as f:
    json.dump(plan, f)
buffer = sys.argv[-1]
with open(buffer, encoding="utf-8") as f:
    text = f.read()
with open(f"{plan_path}.seen{step}", "w", encoding="utf-8") as f:
    f.write(text)
with open(f"{plan_path}.buffer{step}", "w", encoding="utf-8") as f:
    f.write(buffer)
action = plan["actions"][step]
if action["do"] == "replace":
    assert action["old"] in text, (action["old"], text)
    text = text.replace(action["old"], action["new"])
elif action["do"] == "empty":
    text = ""
elif action["do"] == "touch-kb":
    with open(action["kb"], "a", encoding="utf-8") as f:
        f.write("# edited meanwhile\\n")
    text = text.replace(action["old"], action["new"])
elif action["do"] == "delete":
    os.remove(buffer)
    sys.exit(0)
elif action["do"] == "mkdir":
    os.remove(buffer)
    os.mkdir(buffer)
    sys.exit(0)
data = text.encode(action.get("encoding", "utf-8"))
if action.get("bom"):
    data = b"\\xef\\xbb\\xbf" + data  # a UTF-8 byte-order mark before text in any encoding
with open(buffer, "wb") as f:
    f.write(data)
sys.exit(action.get("exit", 0))
"""


@pytest.fixture
def fake_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Path]:
    """Install a scripted $EDITOR; each call to it performs the next action of the plan."""
    script = tmp_path / "fake editor.py"  # a space in the path: the command is shell-split
    script.write_text(FAKE_EDITOR, encoding="utf-8")
    plan = tmp_path / "plan.json"
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}")
    monkeypatch.setenv("FAKE_EDITOR_PLAN", str(plan))

    def install(*actions: dict[str, object]) -> Path:
        plan.write_text(json.dumps({"step": 0, "actions": list(actions)}), encoding="utf-8")
        return plan

    return install


def seen(plan: Path, step: int) -> str:
    return Path(f"{plan}.seen{step}").read_text(encoding="utf-8")


def calls(plan: Path) -> int:
    return int(json.loads(plan.read_text())["step"])


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend a person is at the keyboard (prompts and confirmations are shown)."""
    monkeypatch.setattr("factcheck.cli.edit.can_prompt", lambda: True)


def assert_refused(result: Result, path: Path, before: bytes, message: str) -> None:
    assert result.exit_code == ExitCode.ERROR, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert path.read_bytes() == before


# -- add ------------------------------------------------------------------------------------------------


def test_add_with_flags(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke(
        "add", "--kb", str(mini_kb), "--claim", "The moon is made of cheese", "--verdict", "false",
        "--tag", "space", "--tag", "food", "--alias", "Moon cheese", "--summary", "It is rock.",
        "--source-url", "https://example.org/moon", "--source-title", "Moon rocks", "--source-date", "2024-05-01",
        "--source-quote", "The moon is made of rock.", "--checked", "2025-01-02",
    )  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout == f"added claim 'the-moon-is-made-of-cheese' to {mini_kb}\n"
    claim = load_knowledge_base(mini_kb).get("the-moon-is-made-of-cheese")
    assert claim is not None and claim.tags == ("space", "food") and claim.sources[0].title == "Moon rocks"
    assert mini_kb.read_text().endswith(
        "\n\n  - id: the-moon-is-made-of-cheese\n    claim: The moon is made of cheese\n"
        '    verdict: "false"\n    summary: It is rock.\n    aliases:\n      - Moon cheese\n'
        '    tags: [space, food]\n    checked: "2025-01-02"\n    sources:\n'
        "      - url: https://example.org/moon\n        title: Moon rocks\n"
        '        date: "2024-05-01"\n        quote: "The moon is made of rock."\n'
    )


def _line_of(path: Path, text: str) -> int:
    """The line (from 1) of ``path`` where ``text`` first is."""
    return next(number for number, line in enumerate(path.read_text().splitlines(), 1) if text in line)


# A reporter's 'add' said only "added claim ..." of a source without a date or with a broken-looking address; the
# desk's CI (validate --strict) then failed on it, in another place and later (editor128). Each warning validate
# gives the claim written is said at once, on standard error, at its line and in validate's order; the claim is
# written all the same.
def test_add_says_the_warnings_validate_will_give_the_claim_it_writes(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke(
        "add", "--kb", str(mini_kb), "--id", "moon", "--claim", "The moon is made of cheese", "--verdict", "false",
        "--source-url", "https://www.nasa.gov/moon)", "--source-publisher", "NASA",
    )  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout == f"added claim 'moon' to {mini_kb}\n"
    line = _line_of(mini_kb, "https://www.nasa.gov/moon)")
    assert result.stderr.splitlines() == [
        f"{mini_kb}:{line}:9: warning: source #1 of claim 'moon' has no date (if it has none, say so in its note: "
        "'date not shown' or 'sin fecha')",
        f"{mini_kb}:{line}:14: warning: source #1 of claim 'moon' url 'https://www.nasa.gov/moon)' looks broken: "
        "it ends with ')', copied with it from the text around it (if it is part of the address, write it as %29)",
    ]
    assert load_knowledge_base(mini_kb).get("moon") is not None  # written: a warning stops nothing


def test_add_of_a_claim_validate_finds_nothing_in_says_no_warning(invoke: Invoke, mini_kb: Path) -> None:
    # mini_kb has a warning of its own (drones-over-mexico's undated source): not the added claim's to say
    result = invoke(
        "add", "--kb", str(mini_kb), "--id", "moon", "--claim", "The moon is made of cheese", "--verdict", "false",
        "--source-url", "https://www.nasa.gov/moon", "--source-date", "2024-05-01",
    )  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    assert "warning" not in result.stderr


def test_edit_says_the_warnings_it_brings_not_those_the_claim_had(invoke: Invoke, mini_kb: Path) -> None:
    # drones-over-mexico's first source has no date already: a change of its verdict does not repeat it
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb), "--verdict", "false")
    assert result.exit_code == ExitCode.OK, result.output
    assert "warning" not in result.stderr
    result = invoke(
        "edit", "drones-over-mexico", "--kb", str(mini_kb), "--add-source", "https://reuters/drones", "--dry-run"
    )
    assert result.exit_code == ExitCode.OK, result.output
    assert "warning" in result.stderr  # a dry run says what the change would bring, too
    before = mini_kb.read_bytes()
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb), "--add-source", "https://reuters/drones")
    assert result.exit_code == ExitCode.OK, result.output
    assert mini_kb.read_bytes() != before
    line = _line_of(mini_kb, "https://reuters/drones")
    assert result.stderr.splitlines() == [
        f"{mini_kb}:{line}:9: warning: source #2 of claim 'drones-over-mexico' has no date (if it has none, say so "
        "in its note: 'date not shown' or 'sin fecha')",
        f"{mini_kb}:{line}:14: warning: source #2 of claim 'drones-over-mexico' url 'https://reuters/drones' looks "
        "broken: its host 'reuters' has no domain ending (.com, .org...)",
    ]


_TWO_CLAIMS = (
    'claims:\n  - id: a\n    claim: "First\u2028line"\n    verdict: "true"\n    summary: "S\u2028T\u2029U\u0085V"\n'
    '    sources:\n      - url: https://www.reuters.com/a\n        date: "2024-01-01"\n'
    '  - id: b\n    claim: Second claim about rivers\n    verdict: "false"\n'
    '    sources:\n      - url: https://www.reuters.com/b\n        date: "2024-01-02"\n'
)


def _validate_lines(invoke: Invoke, path: Path) -> list[str]:
    return [line for line in invoke("validate", str(path)).stdout.splitlines() if ": warning: " in line]


# A file with U+2028, U+2029 or U+0085 in a text (YAML's line breaks, none to an editor): add and edit said their
# warnings at wrong lines, or not at all (editor128 review): each is said at validate's line.
@pytest.mark.parametrize("command", ["add", "edit"])
def test_warnings_of_a_change_are_at_validates_lines_past_unusual_line_breaks(
    invoke: Invoke, tmp_path: Path, command: str
) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(_TWO_CLAIMS, encoding="utf-8")
    if command == "add":
        args = ["add", "--kb", str(path), "--id", "c", "--claim", "Third claim about seas", "--verdict", "false",
                "--source-url", "https://www.reuters.com/c)"]  # fmt: skip
    else:
        args = ["edit", "b", "--kb", str(path), "--add-source", "https://reuters/zz"]
    result = invoke(*args)
    assert result.exit_code == ExitCode.OK, result.output
    said = [line for line in result.stderr.splitlines() if ": warning: " in line]
    changed = "claim 'c'" if command == "add" else "claim 'b'"  # 'a' has warnings of its own, not said
    assert len(said) == 2 and said == [line for line in _validate_lines(invoke, path) if changed in line]


# The last claim's lines ran to the end of the file: a warning of the file's publisher was said as the added claim's,
# on every add (editor128 review).
def test_a_warning_of_the_file_is_not_said_as_the_added_claims(invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(_TWO_CLAIMS + "publisher:\n  name: We are #1 news\n", encoding="utf-8")
    assert any("publisher" in line for line in _validate_lines(invoke, path))
    result = invoke(
        "add", "--kb", str(path), "--id", "c", "--claim", "Third claim about seas", "--verdict", "false",
        "--source-url", "https://www.reuters.com/c", "--source-date", "2024-01-03",
    )  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    assert "warning" not in result.stderr


# A warning the claim had is not said again when its id or its sources' numbers change (editor128 review).
def test_a_warning_the_claim_had_is_not_said_again_after_a_rename_or_renumbering(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb), "--id", "drones-renamed")
    assert result.exit_code == ExitCode.OK, result.output
    assert "warning" not in result.stderr
    result = invoke(
        "edit", "drones-renamed", "--kb", str(mini_kb), "--add-source", "https://www.reuters.com/d",
        "--source-date", "2024-01-01",
    )  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    assert "warning" not in result.stderr


def test_warnings_of_a_change_stay_off_json_stdout(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke(
        "add", "--kb", str(mini_kb), "--id", "moon", "--claim", "The moon is made of cheese", "--verdict", "false",
        "--source-url", "https://www.nasa.gov/moon)", "--json",
    )  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    assert "looks broken" not in result.stdout and json.loads(result.stdout)["written"] is True
    assert "looks broken" in result.stderr


@pytest.mark.parametrize("option", ["--alias", "--tag", "--source-title", "--source-publisher"])
def test_add_writes_a_text_of_many_opening_brackets(invoke: Invoke, mini_kb: Path, option: str) -> None:
    # Whether "[[[[..." reads back written plain was asked of PyYAML's parser, which recursed once for each bracket:
    # 3,000 of them crashed add (and import) with a RecursionError and a traceback.  Now it is written quoted.
    brackets = "[" * 3_000
    result = invoke(
        "add", "--kb", str(mini_kb), "--claim", "The moon is made of cheese", "--verdict", "false",
        "--source-url", "https://example.org/moon", option, brackets,
    )  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    claim = load_knowledge_base(mini_kb).get("the-moon-is-made-of-cheese")
    assert claim is not None
    assert brackets in (*claim.aliases, *claim.tags, claim.sources[0].title, claim.sources[0].publisher)


@pytest.mark.parametrize("written", ["False", "FALSE", " false "])
def test_add_and_edit_read_a_verdict_in_any_case(invoke: Invoke, mini_kb: Path, written: str) -> None:
    # "factcheck add ... --verdict False" was refused: "'False' is not one of 'true', ..., 'false', ..."
    # (from the teacher walkthrough)
    result = invoke("add", "--kb", str(mini_kb), "--claim", "The moon is made of cheese", "--verdict", written)
    assert result.exit_code == ExitCode.OK, result.output
    result = invoke("edit", "the-moon-is-made-of-cheese", "--kb", str(mini_kb), "--verdict", "Mostly_True")
    assert result.exit_code == ExitCode.OK, result.output
    claim = load_knowledge_base(mini_kb).get("the-moon-is-made-of-cheese")
    assert claim is not None and claim.verdict.value == "mostly-true"
    assert 'verdict: "mostly-true"' in mini_kb.read_text()


def test_a_verdict_off_the_scale_is_still_refused(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("add", "--kb", str(mini_kb), "--claim", "The moon is made of cheese", "--verdict", "Fals")
    assert result.exit_code == ExitCode.ERROR
    assert "'Fals' is not one of 'true', 'mostly-true'" in result.output


def test_add_to_a_claims_file_with_errors_names_validate(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    # the library says "see validate_file" (test_library_messages); the command line its command
    kb = write_kb("claims:\n  - id: x\n    claim: y\n    verdict: maybe\n")
    before = kb.read_bytes()
    result = invoke("add", "--kb", str(kb), "--claim", "The sky is green", "--verdict", "false")
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr.splitlines() == [
        f"factcheck: {kb}: error: has errors; fix them first (see 'factcheck validate')",
        f"factcheck: {kb}:4:14: error: verdict 'maybe' of claim 'x' is not on the scale; use one of: true, "
        "mostly-true, mixed, misleading, mostly-false, false, unsupported",
    ]
    assert kb.read_bytes() == before


_DATE_THAT_IS_NONE = "claims:\n  - id: a\n    claim: c\n    verdict: 'true'\n    checked: {date}\n"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        *(
            (_DATE_THAT_IS_NONE.format(date=date), f"5:14: error: claim 'a' checked date '{date}'")
            for date in ("2026-13-45", "2026-02-30", "2026-01-01 25:00:00")
        ),
        (
            "claims:\n  - id: a\n    claim: c\n    verdict: 'true'\n    sources:\n      - url: https://example.org/a\n"
            "        date: 2026-13-45\n",
            "7:15: error: source #1 of claim 'a' date '2026-13-45'",
        ),
        (
            # a tab before a comment, which the editor makes a space when that reads the same: a date that is
            # none made it keep the tab, then say "a tab character, which YAML does not allow here"
            "claims:\n  - id: a\n    claim: c\t# a note\n    verdict: 'true'\n    checked: 2026-13-45\n",
            "5:14: error: claim 'a' checked date '2026-13-45'",
        ),
        (
            "claims:\n  - id: a\n    claim: c\n    verdict: 'true'\n    tags: [x, 2026-13-45]\n",
            "5:15: error: each of claim 'a' tags must be text, but YAML reads '2026-13-45' as a date",
        ),
    ],
)
@pytest.mark.parametrize(
    "change",
    [
        ("edit", "a", "--summary", "s"),
        ("edit", "a", "--add-source", "https://example.org/b"),
        ("add", "--claim", "The sky is green", "--verdict", "false"),
    ],
)
def test_a_change_beside_a_written_date_that_is_none_is_refused_with_its_error(
    invoke: Invoke, write_kb: Callable[..., Path], text: str, error: str, change: tuple[str, ...]
) -> None:
    # fuzz22: an unquoted '2026-13-45' made 'edit' a ValueError traceback (ruamel's and PyYAML's dates
    # for it raise), or "would not read back as intended (please report this)" in a list; the file's
    # error is the answer, as for a date that is one
    kb = write_kb(text)
    before = kb.read_bytes()
    result = invoke(*change, "--kb", str(kb))
    assert result.exit_code == ExitCode.ERROR, result.output
    assert f"factcheck: {kb}:{error}" in result.stderr
    assert "please report" not in result.stderr
    assert kb.read_bytes() == before


@pytest.mark.parametrize("date", ["2026-13-45", "2026-02-30", "2026-01-01 25:00:00"])
def test_editing_a_written_date_that_is_none_replaces_it(
    invoke: Invoke, write_kb: Callable[..., Path], date: str
) -> None:
    kb = write_kb(_DATE_THAT_IS_NONE.format(date=date))
    result = invoke("edit", "a", "--kb", str(kb), "--checked", "2026-01-01")
    assert result.exit_code == ExitCode.OK, result.output
    assert kb.read_text() == _DATE_THAT_IS_NONE.format(date='"2026-01-01"')


_CLAIM_HEAD = "claims:\n  - id: a\n    claim: Some claim here\n    verdict: 'false'\n"
_SOURCE_OK = "      - url: https://example.org/ok\n        date: 2026-01-02\n"
_SOURCE_QUOTED = _SOURCE_OK.replace("2026-01-02", '"2026-01-02"')  # no error of its own
#: (a field's lines holding a value the reader leaves out, that value's error)
_DROPPED_VALUES = {
    "tags": ("    tags: [x, 2026-01-05]\n", "5:15: error: each of claim 'a' tags must be text"),
    "tags-not-a-list": ("    tags: 5\n", "5:11: error: claim 'a' tags must be a list"),
    "aliases": ("    aliases: [x, 2026-01-05]\n", "5:18: error: each of claim 'a' aliases must be text"),
    "source-url": (
        "    sources:\n      - url: example.org/bad\n" + _SOURCE_OK,
        "6:14: error: source #1 of claim 'a' url 'example.org/bad' is not an http(s) URL",
    ),
    "source-without-key": (
        "    sources:\n      - https://example.org/bare\n" + _SOURCE_OK,
        "6:9: error: source #1 of claim 'a' must be a mapping",
    ),
    "sources-not-a-list": ("    sources: 5\n", "5:14: error: sources of claim 'a' must be a list"),
    "source-date": (
        "    sources:\n      - url: https://example.org/one\n        date: 2026-13-01\n" + _SOURCE_QUOTED,
        "7:15: error: source #1 of claim 'a' date '2026-13-01' is not a real date",
    ),
}


@pytest.mark.parametrize(
    ("field", "options"),
    [
        ("tags", ("--add-tag", "y")),
        ("tags", ("--remove-tag", "x")),
        ("tags-not-a-list", ("--add-tag", "y")),
        ("aliases", ("--add-alias", "y")),
        ("aliases", ("--remove-alias", "x")),
        ("source-url", ("--add-source", "https://example.org/new")),
        ("source-url", ("--remove-source", "1")),
        ("source-url", ("--source", "1", "--source-title", "T")),
        ("source-without-key", ("--remove-source", "1")),
        ("sources-not-a-list", ("--add-source", "https://example.org/new")),
        # only the repair of the value in error itself is made (below)
        ("source-date", ("--source", "1", "--source-title", "T")),
        ("source-date", ("--source", "1", "--source-date", "2026-01-01", "--source-title", "T")),
        ("source-date", ("--source", "2", "--source-date", "2026-01-01")),
        ("source-date", ("--add-source", "https://example.org/new")),
        ("source-date", ("--remove-source", "2")),
    ],
)
def test_an_edit_of_a_list_holding_a_value_the_reader_left_out_is_refused(
    invoke: Invoke, write_kb: Callable[..., Path], field: str, options: tuple[str, ...]
) -> None:
    # 'tags: [x, 2026-01-05]' reads as [x] (an error in an optional field); --add-tag y wrote 'tags: [x, y]',
    # exit 0, the date gone unsaid; a source without a URL was dropped and the others renumbered
    lines, error = _DROPPED_VALUES[field]
    kb = write_kb(_CLAIM_HEAD + lines)
    before = kb.read_bytes()
    result = invoke("edit", "a", "--kb", str(kb), *options)
    assert result.exit_code == ExitCode.ERROR, result.output
    listed = field.split("-")[0] if field.startswith(("tags", "aliases")) else "sources"
    assert result.stderr.splitlines()[0] == (
        f"factcheck: {kb}:2: error: claim 'a' has errors in its {listed}, which this change would rewrite; "
        "fix them first (run 'factcheck edit a' without options to edit it in your editor)"
    )
    assert f"factcheck: {kb}:{error}" in result.stderr
    assert kb.read_bytes() == before


@pytest.mark.parametrize(
    ("lines", "options", "written"),
    [
        ("    tags: [x, 2026-01-05]\n", ("--tag", "y"), "    tags: [y]\n"),
        ("    tags: 5\n", ("--tag", "y"), "    tags: [y]\n"),
        ("    aliases: [x, 2026-01-05]\n", ("--alias", "y"), "    aliases: [y]\n"),
        ("    summary: [p, q]\n", ("--summary", "S"), "    summary: S\n"),
        ("    claimant: 2026-01-05\n", ("--claimant", "C"), "    claimant: C\n"),
        ("    original_rating: 2026-01-05\n", ("--original-rating", "R"), "    original_rating: R\n"),
        ("    checked: [2026]\n", ("--checked", "2026-01-01"), '    checked: "2026-01-01"\n'),
        # a source's value in error, given in its place: every sources option was refused, this one too
        (
            "    sources:\n      - url: https://example.org/one\n        date: 2026-13-01\n" + _SOURCE_QUOTED,
            ("--source", "1", "--source-date", "2026-01-01"),
            '    sources:\n      - url: https://example.org/one\n        date: "2026-01-01"\n' + _SOURCE_QUOTED,
        ),
    ],
)
def test_an_edit_replacing_a_value_the_reader_left_out_replaces_it(
    invoke: Invoke, write_kb: Callable[..., Path], lines: str, options: tuple[str, ...], written: str
) -> None:
    # the value given is the field's whole value: nothing of the one written is lost
    kb = write_kb(_CLAIM_HEAD + lines)
    result = invoke("edit", "a", "--kb", str(kb), *options)
    assert result.exit_code == ExitCode.OK, result.output
    assert kb.read_text() == _CLAIM_HEAD + written


@pytest.mark.parametrize("field", list(_DROPPED_VALUES))
def test_an_edit_of_another_field_leaves_a_value_the_reader_left_out_as_written(
    invoke: Invoke, write_kb: Callable[..., Path], field: str
) -> None:
    lines, error = _DROPPED_VALUES[field]
    kb = write_kb(_CLAIM_HEAD + lines)
    before = kb.read_bytes()
    result = invoke("edit", "a", "--kb", str(kb), "--verdict", "true")
    # the file's errors refuse it, as before: the value stays as written
    assert result.exit_code == ExitCode.ERROR, result.output
    assert f"factcheck: {kb}:{error}" in result.stderr
    assert kb.read_bytes() == before


def test_add_json_and_generated_unique_id(invoke: Invoke, mini_kb: Path) -> None:
    args = ("add", "--kb", str(mini_kb), "--claim", "Cheese moon", "--verdict", "false", "--json", "--force")
    first = invoke(*args)
    second = invoke(*args)
    assert first.exit_code == second.exit_code == ExitCode.OK, second.output
    report = json.loads(first.stdout)
    assert report["added"] == [{"id": "cheese-moon", "claim": "Cheese moon", "verdict": "false"}]
    assert report["kb"] == str(mini_kb) and report["written"] is True and report["dry_run"] is False
    assert report["diff"].startswith(f"--- {mini_kb}\n") and "+  - id: cheese-moon\n" in report["diff"]
    assert [claim["id"] for claim in json.loads(second.stdout)["added"]] == ["cheese-moon-2"]
    assert "added claim 'cheese-moon-2'" in second.stderr


def test_a_dry_run_report_says_nothing_was_written(invoke: Invoke, mini_kb: Path) -> None:
    """Scripts tell a dry run, and an edit that changes nothing, from a saved change by the report alone."""
    before = mini_kb.read_bytes()
    added = json.loads(invoke("add", "--kb", str(mini_kb), "--claim", "Cheese moon", "--verdict", "false",
                              "--dry-run", "--json").stdout)  # fmt: skip
    assert added["dry_run"] is True and added["written"] is False and added["added"][0]["id"] == "cheese-moon"
    assert "+  - id: cheese-moon\n" in added["diff"]
    removed = json.loads(invoke("remove", "drones-over-mexico", "--kb", str(mini_kb), "--dry-run", "--json").stdout)
    assert removed["dry_run"] is True and removed["written"] is False
    assert [claim["id"] for claim in removed["removed"]] == ["drones-over-mexico"]
    assert mini_kb.read_bytes() == before
    same = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb), "--verdict", "mostly-true", "--json")
    assert same.exit_code == ExitCode.OK, same.output
    unchanged = json.loads(same.stdout)
    assert unchanged["dry_run"] is False and unchanged["written"] is False and unchanged["diff"] == ""
    assert mini_kb.read_bytes() == before


def test_add_dry_run_prints_the_diff_and_writes_nothing(invoke: Invoke, mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    result = invoke("add", "--kb", str(mini_kb), "--claim", "Cheese moon", "--verdict", "false", "--dry-run")
    assert result.exit_code == ExitCode.OK, result.output
    assert mini_kb.read_bytes() == before
    assert f"--- {mini_kb}\n+++ {mini_kb}\n@@ -46,3 +46,7 @@\n" in result.stdout
    assert '+  - id: cheese-moon\n+    claim: Cheese moon\n+    verdict: "false"\n' in result.stdout
    assert result.stdout.endswith(f"would add claim 'cheese-moon' to {mini_kb} (dry run: nothing written)\n")


@pytest.mark.parametrize("text", ["", "   "])
def test_add_refuses_an_empty_claim_saying_so(invoke: Invoke, mini_kb: Path, text: str) -> None:
    before = mini_kb.read_bytes()
    result = invoke("add", "--kb", str(mini_kb), "--claim", text, "--verdict", "false")
    assert_refused(result, mini_kb, before, "--claim is empty")
    assert "'claim'" not in result.stderr  # not the id made from no words


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "--claim", "!!!"], "--claim '!!!' has no words"),
        (["edit", "us-troops-in-mexico-10000", "--claim", " "], "--claim is empty"),
        (["edit", "us-troops-in-mexico-10000", "--claim", "!!!"], "--claim '!!!' has no words"),
    ],
)
def test_a_claim_text_with_no_words_is_refused_by_add_and_edit(
    invoke: Invoke, mini_kb: Path, args: list[str], message: str
) -> None:
    # edit said "claim 'us-troops-in-mexico-10000' has no 'claim'"; add saved "!!!" under the made-up id "claim"
    before = mini_kb.read_bytes()
    result = invoke(*args, "--kb", str(mini_kb), "--verdict", "false")
    assert_refused(result, mini_kb, before, message)


def test_add_in_a_missing_folder_says_it_is_missing(invoke: Invoke, tmp_path: Path) -> None:
    # it said "... is not a folder", as if something else were there
    result = invoke(
        "add", "--kb", str(tmp_path / "desk" / "claims.yaml"), "--claim", "Cheese moon", "--verdict", "false"
    )
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr == f"factcheck: error: {tmp_path / 'desk'}: no such folder; nothing written\n"
    assert not (tmp_path / "desk").exists()


def test_add_creates_claims_yaml_in_the_current_folder(invoke: Invoke, isolated_environment: Path) -> None:
    result = invoke("add", "--claim", "Cheese moon", "--verdict", "false")
    assert result.exit_code == ExitCode.OK, result.output
    assert load_knowledge_base(isolated_environment / "claims.yaml").ids() == ["cheese-moon"]


def test_add_prompts_for_missing_fields_on_a_terminal(invoke: Invoke, mini_kb: Path, terminal: None) -> None:
    answers = "\n".join(
        ["Cheese moon", "flase", "6", "Because rock.", "space, food", "2025-03-04", "https://example.org/m", "", "",
         "2024", "", ""]
    )  # fmt: skip
    result = invoke("add", "--kb", str(mini_kb), input=answers + "\n")
    assert result.exit_code == ExitCode.OK, result.output
    assert "Verdict (1=true, 2=mostly-true, 3=mixed" in result.output
    assert "Please answer with a number or one of" in result.output
    assert "unsupported (did you mean 'false'?)." in result.output  # "flase": no hint at all before
    claim = load_knowledge_base(mini_kb).get("cheese-moon")
    assert claim is not None
    assert (claim.verdict.value, claim.summary, claim.tags, claim.checked) == (
        "false", "Because rock.", ("space", "food"), "2025-03-04",
    )  # fmt: skip
    assert [(s.url, s.date, s.title) for s in claim.sources] == [("https://example.org/m", "2024", None)]


def test_questions_go_to_standard_error_leaving_the_json_report_alone(
    invoke: Invoke, mini_kb: Path, terminal: None
) -> None:
    # `factcheck add --json > report.json` (or `| jq`) on a terminal: the questions were written to
    # standard output, before the report, so that it was no JSON and the person saw no question.
    # (The test runner echoes the answers typed where the question is written: standard error.)
    answers = "\n".join(["Cheese moon", "6", "", "", "", ""])
    added = invoke("add", "--kb", str(mini_kb), "--json", input=answers + "\n")
    assert added.exit_code == ExitCode.OK, added.output
    assert "Verdict (1=true, 2=mostly-true" in added.stderr and "Source URL (Enter for none)" in added.stderr
    assert "Verdict" not in added.stdout and "Source URL" not in added.stdout
    report = json.loads(added.stdout)
    assert [claim["id"] for claim in report["added"]] == ["cheese-moon"]
    removed = invoke("remove", "cheese-moon", "--kb", str(mini_kb), "--json", input="y\n")
    assert removed.exit_code == ExitCode.OK, removed.output
    assert "Remove claim 'cheese-moon'" in removed.stderr and "Remove claim" not in removed.stdout
    assert [claim["id"] for claim in json.loads(removed.stdout)["removed"]] == ["cheese-moon"]


def test_add_takes_a_verdict_typed_with_a_space_on_a_terminal(invoke: Invoke, mini_kb: Path, terminal: None) -> None:
    # "mostly true" was asked again, though --verdict "Mostly true" is taken (teacher walkthrough)
    answers = "\n".join(["Cheese moon", "Mostly True", "", "", "", "", ""])
    result = invoke("add", "--kb", str(mini_kb), input=answers + "\n")
    assert result.exit_code == ExitCode.OK, result.output
    assert "Please answer" not in result.output
    assert load_knowledge_base(mini_kb).get("cheese-moon").verdict.value == "mostly-true"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("stdin_encoding", "said"),
    [
        ("ascii", "the answer to 'Claim' is not ascii text"),  # was a UnicodeDecodeError traceback
        ("latin-1", "the answer to 'Claim' is UTF-8 text"),  # "café" was saved as "cafÃ©"
        ("cp1252", "the answer to 'Claim' is UTF-8 text"),  # the same
    ],
)
def test_add_refuses_an_answer_its_standard_input_misreads(
    mini_kb: Path, terminal: None, stdin_encoding: str, said: str
) -> None:
    # PYTHONIOENCODING set to another encoding than the terminal's (UTF-8) reads what is typed wrong
    from typer.testing import CliRunner

    from factcheck.cli import app

    before = mini_kb.read_bytes()
    answers = "The café bridge was closed in 2024\nfalse\n\n\n\n\n".encode()  # as a UTF-8 terminal sends it
    result = CliRunner(charset=stdin_encoding).invoke(app, ["add", "--kb", str(mini_kb)], input=answers)
    assert result.exit_code == ExitCode.ERROR, result.output
    assert said in result.stderr and "PYTHONIOENCODING=utf-8" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)  # no traceback
    assert mini_kb.read_bytes() == before


def test_remove_refuses_a_confirmation_its_standard_input_cannot_read(mini_kb: Path, terminal: None) -> None:
    # "sí" typed where PYTHONIOENCODING=ascii was a UnicodeDecodeError traceback
    from typer.testing import CliRunner

    from factcheck.cli import app

    before = mini_kb.read_bytes()
    result = CliRunner(charset="ascii").invoke(
        app, ["remove", "drones-over-mexico", "--kb", str(mini_kb)], input="sí\n".encode()
    )
    assert result.exit_code == ExitCode.ERROR, result.output
    assert "is not ascii text" in result.stderr and "pass --yes" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)  # no traceback
    assert mini_kb.read_bytes() == before


@pytest.mark.parametrize(
    ("claim", "claim_id"),
    [
        ("The café “bridge” was closed in 2024", "the-cafe-bridge-was-closed-in-2024"),
        # bytes that are UTF-8 too (É’ = C9 92, "ɒ"): refused as a UTF-8 answer misread before
        ("JOSÉ’S CANTINA was closed in 2024", "joses-cantina-was-closed-in-2024"),
        ("The CAFÉ” sign and PÂ… were gone", "the-cafe-sign-and-pa-were-gone"),  # C9 94, C2 85 (a C1 control)
    ],
)
def test_add_takes_an_answer_typed_in_its_standard_inputs_own_encoding(
    mini_kb: Path, terminal: None, claim: str, claim_id: str
) -> None:
    # a Windows-1252 terminal with PYTHONIOENCODING=cp1252: its bytes are read right
    from typer.testing import CliRunner

    from factcheck.cli import app

    answers = f"{claim}\nfalse\n\n\n\n\n".encode("cp1252")
    result = CliRunner(charset="cp1252").invoke(app, ["add", "--kb", str(mini_kb)], input=answers)
    assert result.exit_code == ExitCode.OK, result.output
    added = load_knowledge_base(mini_kb).get(claim_id)
    assert added is not None and added.claim == claim


@pytest.mark.parametrize(
    "claim",
    ["The café bridge was closed in 2024", "Sheinbaum’s troops left", "Ποταμός closed", "Трамп said so", "سلام 2024"],
)
def test_add_refuses_text_typed_in_utf8_that_cp1252_misreads(mini_kb: Path, terminal: None, claim: str) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    before = mini_kb.read_bytes()
    result = CliRunner(charset="cp1252").invoke(
        app, ["add", "--kb", str(mini_kb)], input=f"{claim}\nfalse\n\n\n\n\n".encode()
    )
    assert result.exit_code == ExitCode.ERROR, result.output
    assert "is UTF-8 text" in result.stderr
    assert mini_kb.read_bytes() == before


def test_add_asks_again_for_a_mistyped_date_or_url_on_a_terminal(invoke: Invoke, mini_kb: Path, terminal: None) -> None:
    # a wrong date or URL is said at once and asked again: found only at the end, it lost every answer
    answers = "\n".join(
        ["Cheese moon", "6", "", "", "2025-02-31", "2025-02", "www.example.org/m", "https://example.org/m", "", "",
         "2024-13", "2024", "", ""]
    )  # fmt: skip
    result = invoke("add", "--kb", str(mini_kb), input=answers + "\n")
    assert result.exit_code == ExitCode.OK, result.output
    assert "'2025-02-31' is not a real date" in result.stderr
    assert "'www.example.org/m' is not an http(s) URL" in result.stderr
    assert "'2024-13' is not a real date" in result.stderr
    claim = load_knowledge_base(mini_kb).get("cheese-moon")
    assert claim is not None
    assert claim.checked == "2025-02"
    assert [(s.url, s.date) for s in claim.sources] == [("https://example.org/m", "2024")]


def test_add_asks_again_for_a_date_typed_day_first_with_its_readings(
    invoke: Invoke, mini_kb: Path, terminal: None
) -> None:
    # a class typing '12/03/2025' at the question was told only "not a real date written YYYY-MM-DD", where
    # --checked and validate name each reading: the question now says what to write, as they do
    answers = "\n".join(
        ["Cheese moon", "6", "", "", "12/03/2025", "2025-03-12", "https://example.org/m", "", "", "3 March 2025",
         "2025-03-03", "", ""]
    )  # fmt: skip
    result = invoke("add", "--kb", str(mini_kb), input=answers + "\n")
    assert result.exit_code == ExitCode.OK, result.output
    said = " ".join(result.stderr.split())
    assert (
        "'12/03/2025' is not a real date written YYYY-MM-DD (or YYYY-MM, YYYY); write it as \"2025-03-12\" if it "
        'is 12 March, or "2025-12-03" if it is 3 December; try again.'
    ) in said
    assert "'3 March 2025' is not a real date written YYYY-MM-DD (or YYYY-MM, YYYY); write it as \"2025-03-03\"" in said
    claim = load_knowledge_base(mini_kb).get("cheese-moon")
    assert claim is not None
    assert (claim.checked, [s.date for s in claim.sources]) == ("2025-03-12", ["2025-03-03"])


def test_add_asks_for_another_source_until_its_url_is_left_empty(invoke: Invoke, mini_kb: Path, terminal: None) -> None:
    # a teacher could type one source only, then had to learn 'edit --add-source' for the others
    answers = "\n".join(
        ["Cheese moon", "6", "", "", "", "https://example.org/a", "A", "", "2024", "",
         "example.org/b", "https://example.org/b", "", "Pub B", "", "Rock, not cheese.", ""]
    )  # fmt: skip
    result = invoke("add", "--kb", str(mini_kb), input=answers + "\n")
    assert result.exit_code == ExitCode.OK, result.output
    assert result.output.count("Another source URL (Enter for none): ") == 3  # the mistyped URL, asked again
    assert "'example.org/b' is not an http(s) URL" in result.stderr  # asked again, as the first is
    claim = load_knowledge_base(mini_kb).get("cheese-moon")
    assert claim is not None
    assert [(s.url, s.title, s.publisher, s.date, s.quote) for s in claim.sources] == [
        ("https://example.org/a", "A", None, "2024", None),
        ("https://example.org/b", None, "Pub B", None, "Rock, not cheese."),
    ]


def test_add_says_at_once_when_a_source_url_is_typed_again(invoke: Invoke, mini_kb: Path, terminal: None) -> None:
    # the same URL typed twice was saved twice, and validate warned of it only later; with a quote of its
    # own it is another piece of evidence from that page (validate allows it), and is kept
    answers = "\n".join(
        ["Cheese moon", "6", "", "", "", "https://example.org/a", "A", "", "2024", "",
         "https://example.org/a", "A again", "", "", "",
         "https://example.org/a", "", "", "", "Rock, not cheese.", ""]
    )  # fmt: skip
    result = invoke("add", "--kb", str(mini_kb), input=answers + "\n")
    assert result.exit_code == ExitCode.OK, result.output
    told = (
        "Source #1 has this URL already: give this one a quote of its own, or it repeats source #1 and is left out "
        "(a title, publisher or date it adds is put in source #1)."
    )
    assert result.stderr.replace("\n", " ").count(told) == 2
    assert "Left out: it repeats source #1 (same URL and quote); not used: title 'A again' (it has 'A')." in (
        result.stderr.replace("\n", " ")
    )
    claim = load_knowledge_base(mini_kb).get("cheese-moon")
    assert claim is not None
    assert [(s.url, s.title, s.quote) for s in claim.sources] == [
        ("https://example.org/a", "A", None),
        ("https://example.org/a", None, "Rock, not cheese."),
    ]
    result = invoke("validate", str(mini_kb))
    assert "repeats source" not in result.stdout + result.stderr


def test_add_puts_what_a_repeated_source_adds_in_the_first(invoke: Invoke, mini_kb: Path, terminal: None) -> None:
    # review24d: the URL typed again with no quote but a title, publisher and date: those were dropped, the bare
    # first source kept
    answers = "\n".join(
        ["Cheese moon", "6", "", "", "", "https://example.org/a", "", "", "", "",
         "https://example.org/a", "Title", "Pub", "2024", "", ""]
    )  # fmt: skip
    result = invoke("add", "--kb", str(mini_kb), input=answers + "\n")
    assert result.exit_code == ExitCode.OK, result.output
    said = "Left out: it repeats source #1 (same URL and quote); its title, publisher and date put in source #1."
    assert said in result.stderr.replace("\n", " ")
    claim = load_knowledge_base(mini_kb).get("cheese-moon")
    assert claim is not None
    assert [(s.url, s.title, s.publisher, s.date, s.quote) for s in claim.sources] == [
        ("https://example.org/a", "Title", "Pub", "2024", None)
    ]


def test_add_asks_for_no_other_source_after_none_or_one_given_as_an_option(
    invoke: Invoke, mini_kb: Path, terminal: None
) -> None:
    result = invoke("add", "--kb", str(mini_kb), input="Cheese moon\n6\n\n\n\n\n")
    assert result.exit_code == ExitCode.OK, result.output
    assert "Another source" not in result.output
    given = ("--source-url", "https://example.org/a", "--claim", "Milk moon")
    result = invoke("add", "--kb", str(mini_kb), *given, input="6\n\n\n\n")
    assert result.exit_code == ExitCode.OK, result.output
    assert "Another source" not in result.output and "Source URL" not in result.output


def test_input_ending_at_another_source_url_adds_the_claim(invoke: Invoke, mini_kb: Path, terminal: None) -> None:
    # Ctrl-D at the last, optional question threw away every answer; an expect script written for one
    # source ended there too.  It means "no more sources" (Enter would have)
    result = invoke("add", "--kb", str(mini_kb), input="Salt moon\n6\n\n\n\nhttps://example.org/a\nA\n\n\n\n")
    assert result.exit_code == ExitCode.OK, result.output
    assert "the input ended" not in result.stderr and "Aborted" not in result.output
    claim = load_knowledge_base(mini_kb).get("salt-moon")
    assert claim is not None and [(s.url, s.title) for s in claim.sources] == [("https://example.org/a", "A")]
    # ... after a mistyped URL too, which was no source
    result = invoke("add", "--kb", str(mini_kb), input="Pepper moon\n6\n\n\n\nhttps://example.org/p\n\n\n\n\nwww.x\n")
    assert result.exit_code == ExitCode.OK, result.output
    claim = load_knowledge_base(mini_kb).get("pepper-moon")
    assert claim is not None and [s.url for s in claim.sources] == ["https://example.org/p"]


@pytest.mark.parametrize(
    "typed",
    [
        "Salt moon\n6\n\n\n",  # at "Checked on", before any source
        "Salt moon\n6\n\n\n\nhttps://example.org/a\n\n",  # within the first source
        "Salt moon\n6\n\n\n\nhttps://example.org/a\n\n\n\n\nhttps://example.org/b\n",  # within another
    ],
)
def test_input_ending_before_the_last_question_still_writes_nothing(
    invoke: Invoke, mini_kb: Path, terminal: None, typed: str
) -> None:
    before = mini_kb.read_bytes()
    result = invoke("add", "--kb", str(mini_kb), input=typed)
    assert_refused(result, mini_kb, before, "the input ended before the question was answered")


def test_ctrl_c_at_another_source_url_exits_130(
    invoke: Invoke, mini_kb: Path, terminal: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = b"Salt moon\n6\n\n\n\nhttps://example.org/a\n\n\n\n\n"
    monkeypatch.setattr("typer.testing.make_input_stream", lambda _input, _charset: _KeyboardAfter(typed))
    before = mini_kb.read_bytes()
    result = invoke("add", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.INTERRUPTED, result.output
    assert mini_kb.read_bytes() == before


class _KeyboardAfter(io.BytesIO):
    """Typed input that ends in Ctrl-C: reading past ``data`` raises KeyboardInterrupt."""

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        if not data:
            raise KeyboardInterrupt
        return data

    read1 = read  # type: ignore[assignment]


@pytest.mark.parametrize(
    ("command", "typed"),
    [(("add",), b""), (("add",), b"Cheese moon\n"), (("remove", "drones-over-mexico"), b"")],
)
def test_ctrl_c_at_a_question_exits_130(
    invoke: Invoke,
    mini_kb: Path,
    terminal: None,
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
    typed: bytes,
) -> None:
    # Click turns Ctrl-C at a prompt into "Aborted!" and exit 1 ("no match" in the exit-code table)
    monkeypatch.setattr("typer.testing.make_input_stream", lambda _input, _charset: _KeyboardAfter(typed))
    before = mini_kb.read_bytes()
    result = invoke(*command, "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.INTERRUPTED, result.output
    assert "Aborted!" not in result.output and "Traceback" not in result.output
    assert mini_kb.read_bytes() == before


@pytest.mark.parametrize(
    ("command", "typed"),
    [(("add",), ""), (("add",), "Cheese moon\n"), (("remove", "drones-over-mexico"), "")],
)
def test_input_ending_at_a_question_is_refused(
    invoke: Invoke, mini_kb: Path, terminal: None, command: tuple[str, ...], typed: str
) -> None:
    # Ctrl-D (or the end of piped answers) at a prompt: "Aborted!" and exit 1 before
    before = mini_kb.read_bytes()
    result = invoke(*command, "--kb", str(mini_kb), input=typed)
    assert_refused(result, mini_kb, before, "factcheck: error: the input ended before the question was answered")
    assert "Aborted!" not in result.output


def test_add_without_terminal_needs_claim_and_verdict(invoke: Invoke, mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    result = invoke("add", "--kb", str(mini_kb), "--claim", "Cheese moon")
    assert_refused(result, mini_kb, before, "missing --verdict")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--verdict", "flase"), "Invalid value for '--verdict'"),
        (("--verdict", "false", "--source-url", "not a url"), "'not a url' is not an http(s) URL"),
        (("--verdict", "false", "--source-title", "T"), "--source-title needs --source-url"),
        # empty values (found by fuzzing: they used to crash with an IndexError)
        (("--verdict", "false", "--source-title", ""), "--source-title needs --source-url"),
        (("--verdict", "false", "--source-url", ""), "--source-url is empty"),
        (("--verdict", "false", "--source-url", " ", "--source-title", "T"), "--source-url is empty"),
        # named by its option: it said "claim 'x' is not valid: claim 'x' checked date '...' is not a real date"
        (
            ("--verdict", "false", "--checked", "2025-13-01"),
            "Invalid value for '--checked': '2025-13-01' is not a real",
        ),
        (
            ("--verdict", "false", "--source-url", "https://e.org/a", "--source-date", "1 March 2024"),
            "Invalid value for '--source-date': '1 March 2024' is not a real date written YYYY-MM-DD",
        ),
        (("--verdict", "false", "--id", "Bad Id"), "must be a slug"),
        (("--verdict", "false", "--id", "drones-over-mexico"), "already a claim with id 'drones-over-mexico'"),
        # a second URL used to replace the first silently: one source was lost
        (
            ("--verdict", "false", "--source-url", "https://a.example/", "--source-url", "https://b.example/"),
            "--source-url given 2 times: one source at a time (add the others with factcheck edit ID --add-source",
        ),
    ],
)
def test_add_bad_input(invoke: Invoke, mini_kb: Path, args: tuple[str, ...], message: str) -> None:
    before = mini_kb.read_bytes()
    result = invoke("add", "--kb", str(mini_kb), "--claim", "Cheese moon", *args)
    assert_refused(result, mini_kb, before, message)


def test_add_near_duplicate_shows_the_existing_claim(invoke: Invoke, mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    args = ("add", "--kb", str(mini_kb), "--claim", "More than 10,000 US troops are deployed in Mexico")
    result = invoke(*args, "--verdict", "false")
    assert_refused(result, mini_kb, before, "already has a claim like this one")
    assert "'us-troops-in-mexico-10000'" in result.stderr
    assert "There are more than 10,000 US troops deployed in Mexico." in result.stderr
    # the option, where the library names its parameter (check_similar=False)
    assert result.stderr.rstrip().endswith("(use --force to add it anyway)")
    assert invoke(*args, "--verdict", "false", "--force").exit_code == ExitCode.OK


@pytest.mark.parametrize("verdict", ["That is false.", "That is not true.", "Not true.", "Fake."])
def test_add_refuses_a_claim_quoted_and_called_false_in_a_sentence_of_its_own(
    invoke: Invoke, tmp_path: Path, verdict: str
) -> None:
    # "X. That is not true." is a fact-check's headline of X, as "FALSE: X" is: the claim is already there (polar98:
    # "That is not true." and "Not true." were added on main, with a note that they say the opposite, "not true" read as
    # one more negation of X's)
    kb = tmp_path / "claims.yaml"
    there = "Violent crime in Riverton increased sharply in 2023."
    kb.write_text(f'claims:\n  - id: there\n    claim: "{there}"\n    verdict: "false"\n', encoding="utf-8")
    before = kb.read_bytes()
    result = invoke("add", "--kb", str(kb), "--verdict", "false", "--claim", f"{there} {verdict}")
    assert_refused(result, kb, before, "already has a claim like this one — 'there'")


def test_add_a_claim_worded_alike_but_with_another_number(invoke: Invoke, mini_kb: Path) -> None:
    """In English "10 mil" may be 10 million (slang): refused as a duplicate of the claim saying 10,000 (1.00)."""
    args = ("add", "--kb", str(mini_kb), "--verdict", "false", "--claim")
    result = invoke(*args, "There are more than 10 mil US troops deployed in Mexico.")
    assert result.exit_code == ExitCode.OK, result.output
    assert "note: factcheck check already finds claim 'us-troops-in-mexico-10000'" in result.stderr


def test_add_refuses_the_same_number_in_other_words(invoke: Invoke, mini_kb: Path) -> None:
    # what the number check must not let through: the number the claim says, written otherwise or in Spanish
    for text in (
        "There are more than ten thousand US troops deployed in Mexico.",
        "There are more than 10k US troops deployed in Mexico!",
    ):
        before = mini_kb.read_bytes()
        result = invoke("add", "--kb", str(mini_kb), "--verdict", "false", "--claim", text)
        assert_refused(result, mini_kb, before, "already has a claim like this one — 'us-troops-in-mexico-10000'")


def test_add_notes_the_claim_check_already_finds(invoke: Invoke, mini_kb: Path) -> None:
    """The same fact-check in other words passes the near-duplicate check (another wording) and was added
    without a word: the file then gave a reader two verdicts for one fact."""
    args = ("add", "--kb", str(mini_kb), "--verdict", "false", "--claim")
    result = invoke(*args, "Ten thousand American soldiers are based in Mexico")
    assert result.exit_code == ExitCode.OK, result.output
    note = "note: factcheck check already finds claim 'us-troops-in-mexico-10000' for 'ten-thousand-american-soldiers"
    assert note in result.stderr
    assert "[false] There are more than 10,000 US troops deployed in Mexico." in result.stderr
    unrelated = invoke(*args, "The moon is made of cheese")
    assert unrelated.exit_code == ExitCode.OK and "note:" not in unrelated.stderr


def test_add_notes_a_long_claim_check_already_finds_shortened(invoke: Invoke, tmp_path: Path) -> None:
    # the note printed the claim it names whole: a claim of 1 MB went to the terminal (perf26)
    sentence = "There are more than 10,000 US troops deployed in Mexico."
    kb = tmp_path / "claims.yaml"
    kb.write_text(f'claims:\n  - id: long\n    claim: "{" ".join([sentence] * 200)}"\n    verdict: "false"\n')
    result = invoke("add", "--kb", str(kb), "--verdict", "false", "--claim", "Ten thousand American soldiers in Mexico")
    assert result.exit_code == ExitCode.OK, result.output
    assert "note: factcheck check already finds claim 'long'" in result.stderr
    assert "more characters)" in result.stderr and len(result.stderr) < 2_000


def test_add_json_names_the_claims_check_already_finds(invoke: Invoke, mini_kb: Path) -> None:
    # the notes went to standard error alone: a script adding claims had no way to see them
    text = "Ten thousand American soldiers are based in Mexico"
    checked = json.loads(invoke("check", text, "--kb", str(mini_kb), "--json").stdout)["matches"][0]
    result = invoke("add", "--kb", str(mini_kb), "--verdict", "false", "--json", "--claim", text)
    assert result.exit_code == ExitCode.OK, result.output
    report = json.loads(result.stdout)
    assert list(report) == ["kb", "written", "added", "related", "opposite", "diff", "dry_run"]
    assert report["related"][0] == {
        "id": "us-troops-in-mexico-10000",
        "claim": "There are more than 10,000 US troops deployed in Mexico.",
        "verdict": "false",
        "score": checked["score"],  # as check gives it
        "added_id": report["added"][0]["id"],
    }
    assert checked["id"] == "us-troops-in-mexico-10000"
    other = invoke("add", "--kb", str(mini_kb), "--verdict", "false", "--json", "--claim", "The moon is cheese")
    assert json.loads(other.stdout)["related"] == []


# -- edit with options -------------------------------------------------------------------------------------


def test_edit_fields(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke(
        "edit", "drones-over-mexico", "--kb", str(mini_kb), "--verdict", "true", "--add-tag", "drones",
        "--add-source", "https://example.org/drones-2", "--source-date", "2025-06-01", "--summary", "Confirmed.",
    )  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout == f"updated claim 'drones-over-mexico' in {mini_kb} (verdict, summary, tags, sources)\n"
    claim = load_knowledge_base(mini_kb).get("drones-over-mexico")
    assert claim is not None and claim.verdict.value == "true" and claim.tags == ("drones",)
    assert [s.url for s in claim.sources] == ["http://example.org/drones", "https://example.org/drones-2"]


def test_a_new_id_is_named_in_the_summary(invoke: Invoke, mini_kb: Path) -> None:
    # it said "updated claim 'drones-over-mexico' in F (id)": the claim's new id, needed to show or
    # edit it next, went unsaid (the editor's path says it)
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb), "--id", "drones-2025", "--verdict", "true")
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout == f"updated claim 'drones-over-mexico' in {mini_kb} (id, now 'drones-2025', verdict)\n"


def test_edit_removals_and_clearing(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke(
        "edit", "us-troops-in-mexico-10000", "--kb", str(mini_kb), "--remove-tag", "border", "--remove-source", "1",
        "--summary", "", "--remove-alias", "Ten thousand American soldiers are stationed in Mexico", "--json",
    )  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    assert json.loads(result.stdout)["updated"] == [{
        "id": "us-troops-in-mexico-10000",
        "claim": "There are more than 10,000 US troops deployed in Mexico.",
        "verdict": "false",
        "tags": ["troop-numbers"],
        "checked": "2025-03-01",
    }]  # fmt: skip


def test_adding_a_tag_twice_or_one_already_there_keeps_it_once(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke(
        "edit", "us-troops-in-mexico-10000", "--kb", str(mini_kb),
        "--add-tag", "army", "--add-tag", "army", "--add-tag", " border", "--add-alias", "A", "--add-alias", "A ",
    )  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    claim = load_knowledge_base(mini_kb).get("us-troops-in-mexico-10000")
    assert claim is not None and claim.tags == ("border", "troop-numbers", "army")
    assert claim.aliases == ("Ten thousand American soldiers are stationed in Mexico", "A")
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb), "--tag", "x", "--tag", "x")
    assert result.exit_code == ExitCode.OK, result.output
    result = invoke("add", "--kb", str(mini_kb), "--claim", "Bananas are berries", "--verdict", "true",
                    "--tag", "food", "--tag", "food")  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    kb = load_knowledge_base(mini_kb)
    assert kb.get("drones-over-mexico").tags == ("x",)  # type: ignore[union-attr]
    assert kb.get("bananas-are-berries").tags == ("food",)  # type: ignore[union-attr]


def test_a_tag_or_alias_is_removed_as_it_was_added_spaces_aside(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke(
        "edit", "us-troops-in-mexico-10000", "--kb", str(mini_kb), "--remove-tag", " border ",
        "--remove-alias", "Ten thousand American soldiers are stationed in Mexico ",
    )  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    claim = load_knowledge_base(mini_kb).get("us-troops-in-mexico-10000")
    assert claim is not None and claim.tags == ("troop-numbers",) and claim.aliases == ()


def test_tags_are_added_and_removed_without_case_as_they_are_selected(invoke: Invoke, mini_kb: Path) -> None:
    # "--add-tag Border" on a claim tagged "border" kept both; "list -t border" finds either (teacher walkthrough)
    claim_id = "us-troops-in-mexico-10000"
    result = invoke(
        "edit", claim_id, "--kb", str(mini_kb), "--add-tag", "Border", "--add-tag", "Army", "--add-tag", "army"
    )
    assert result.exit_code == ExitCode.OK, result.output
    assert load_knowledge_base(mini_kb).get(claim_id).tags == ("border", "troop-numbers", "Army")  # type: ignore[union-attr]
    result = invoke("edit", claim_id, "--kb", str(mini_kb), "--remove-tag", "ARMY", "--remove-tag", "Troop-Numbers")
    assert result.exit_code == ExitCode.OK, result.output
    assert load_knowledge_base(mini_kb).get(claim_id).tags == ("border",)  # type: ignore[union-attr]
    result = invoke("add", "--kb", str(mini_kb), "--claim", "Bananas are berries", "--verdict", "true",
                    "--tag", "Food", "--tag", "food")  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    assert load_knowledge_base(mini_kb).get("bananas-are-berries").tags == ("Food",)  # type: ignore[union-attr]
    # nor accents: "soberania" is the tag "soberanía", as "list -t soberania" finds it
    result = invoke("edit", claim_id, "--kb", str(mini_kb), "--add-tag", "soberanía", "--add-tag", "Soberania")
    assert load_knowledge_base(mini_kb).get(claim_id).tags == ("border", "soberanía")  # type: ignore[union-attr]
    result = invoke("edit", claim_id, "--kb", str(mini_kb), "--remove-tag", "SOBERANIA")
    assert result.exit_code == ExitCode.OK, result.output
    assert load_knowledge_base(mini_kb).get(claim_id).tags == ("border",)  # type: ignore[union-attr]


def test_a_new_tag_like_one_the_file_has_is_added_with_a_note(invoke: Invoke, mini_kb: Path) -> None:
    # 'add --tag sovereignity' added a misspelt tag silently, which 'list -t sovereignty' then missed; the tag is
    # still added (a new tag is a new subject), and one like none of the file's tags ("wildlife") goes unsaid
    result = invoke("add", "--kb", str(mini_kb), "--claim", "Bananas are berries", "--verdict", "true",
                    "--tag", "bordr,wildlife", "--tag", "Economy")  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    assert load_knowledge_base(mini_kb).get("bananas-are-berries").tags == ("bordr", "wildlife", "Economy")  # type: ignore[union-attr]
    assert result.stderr == f"note: tag 'bordr' is new to {mini_kb}; did you mean 'border'?\n"
    # edit --add-tag and --tag alike; with --json the note is on standard error beside the summary
    claim_id = "drones-over-mexico"
    result = invoke("edit", claim_id, "--kb", str(mini_kb), "--add-tag", "legal-framwork", "--json")
    assert result.exit_code == ExitCode.OK, result.output
    assert json.loads(result.stdout)["updated"][0]["tags"] == ["legal-framwork"]
    assert result.stderr.splitlines() == [
        f"updated claim {claim_id!r} in {mini_kb} (tags)",
        f"note: tag 'legal-framwork' is new to {mini_kb}; did you mean 'legal-framework'?",
    ]
    result = invoke("edit", claim_id, "--kb", str(mini_kb), "--tag", "troop-number", "--dry-run")
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stderr == f"note: tag 'troop-number' is new to {mini_kb}; did you mean 'troop-numbers'?\n"
    # a tag some claim has already (in any case, or this one's own) is no news
    for tags in (["--add-tag", "LEGAL-FRAMWORK"], ["--add-tag", "bordr"], ["--tag", "legal-framwork,Border"]):
        result = invoke("edit", claim_id, "--kb", str(mini_kb), *tags)
        assert result.exit_code == ExitCode.OK, result.output
        assert result.stderr == ""


def test_no_note_on_a_new_tag_in_a_file_without_tags(invoke: Invoke, write_kb: Callable[..., Path]) -> None:
    path = write_kb('claims:\n  - id: a\n    claim: Tap water is safe\n    verdict: "true"\n')
    result = invoke("edit", "a", "--kb", str(path), "--add-tag", "sovereignity")
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stderr == ""
    result = invoke("add", "--kb", str(path), "--claim", "Bananas are berries", "--verdict", "true",
                    "--tag", "sovereignty")  # fmt: skip
    # now the file has 'sovereignity' (claim a): the one added is like it
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stderr == f"note: tag 'sovereignty' is new to {path}; did you mean 'sovereignity'?\n"


def test_a_misspelt_tag_corrected_gets_no_note_pointing_back_at_it(
    invoke: Invoke, write_kb: Callable[..., Path], fake_editor: Callable[..., Path]
) -> None:
    # "note: tag 'sovereignty' is new to F; did you mean 'sovereignity'?", of a file that no longer had it
    text = (
        'claims:\n  - id: a\n    claim: Tap water is safe\n    verdict: "true"\n    tags: [sovereignity]\n'
        '  - id: b\n    claim: Bananas are berries\n    verdict: "true"\n    tags: [fruit]\n'
    )
    path = write_kb(text)
    for options in (["--tag", "sovereignty"], ["--remove-tag", "sovereignity", "--add-tag", "sovereignty"]):
        path.write_text(text)
        result = invoke("edit", "a", "--kb", str(path), *options)
        assert result.exit_code == ExitCode.OK, result.output
        assert load_knowledge_base(path).get("a").tags == ("sovereignty",)  # type: ignore[union-attr]
        assert result.stderr == ""
    # the editor flow alike; and it too notes a misspelt tag added
    path.write_text(text)
    fake_editor({"do": "replace", "old": "[sovereignity]", "new": "[sovereignty, fruits]"})
    result = invoke("edit", "a", "--kb", str(path))
    assert result.exit_code == ExitCode.OK, result.output
    assert load_knowledge_base(path).get("a").tags == ("sovereignty", "fruits")  # type: ignore[union-attr]
    assert result.stderr == f"note: tag 'fruits' is new to {path}; did you mean 'fruit'?\n"


def test_a_new_tag_that_is_another_word_gets_no_note(invoke: Invoke, mini_kb: Path) -> None:
    # spelling alike at 0.6, or a word of a tag, named "border" for "murder" and "troop-numbers" for "numbers"
    result = invoke("add", "--kb", str(mini_kb), "--claim", "Bananas are berries", "--verdict", "true",
                    "--tag", "murder,numbers,framework,economic")  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stderr == f"note: tag 'economic' is new to {mini_kb}; did you mean 'economy'?\n"
    # list --tag, where a tag that is not there selects nothing, still names the tags like it loosely
    result = invoke("list", "--kb", str(mini_kb), "--tag", "legal")
    assert result.exit_code == ExitCode.NO_MATCH
    assert f"no claim in {mini_kb} has the tag 'legal' (did you mean 'legal-framework'?)" in result.stderr


def test_add_to_a_cr_only_file_keeps_its_line_endings(invoke: Invoke, mini_kb: Path) -> None:
    mini_kb.write_bytes(mini_kb.read_bytes().replace(b"\n", b"\r"))
    result = invoke("add", "--kb", str(mini_kb), "--claim", "Bananas are berries", "--verdict", "true", "--tag", "f")
    assert result.exit_code == ExitCode.OK, result.output
    data = mini_kb.read_bytes()
    assert b"\n" not in data and b"\r  - id: bananas-are-berries\r" in data
    assert load_knowledge_base(mini_kb).get("bananas-are-berries") is not None


def test_edit_dry_run(invoke: Invoke, mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb), "--verdict", "mixed", "-n")
    assert result.exit_code == ExitCode.OK, result.output
    assert "-    verdict: mostly-true\n+    verdict: mixed\n" in result.stdout  # written as the verdict it replaces
    assert mini_kb.read_bytes() == before


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_a_dry_run_diff_of_a_text_with_a_line_separator_applies_with_git(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, separator: str, line_end: str
) -> None:
    # The diff split the file with str.splitlines(), at a U+2028, U+2029 or U+0085 too, where an editor, git and
    # patch see none: its hunks began lines too high, in the middle of a line ('@@ -4,6 +4,5 @@' over ' A."'), and
    # 'git apply' said "patch does not apply". The diff is made to be applied: it must give the file the edit writes.
    claims = ["  - id: a", f'    claim: "A{separator}A."', '    verdict: "true"']
    claims += ["  - id: b", f'    claim: "B{separator}b."', '    verdict: "false"']
    text = line_end.join(["claims:", *claims, ""])
    dry, real = tmp_path / "dry", tmp_path / "real"
    for folder in (dry, real):
        folder.mkdir()
        (folder / "claims.yaml").write_bytes(text.encode("utf-8"))
    monkeypatch.chdir(dry)
    result = invoke("edit", "b", "--verdict", "true", "--dry-run", "--json", "--kb", "claims.yaml")
    assert result.exit_code == ExitCode.OK, result.output
    diff = json.loads(result.stdout)["diff"]
    assert "\\ No newline at end of file" not in diff  # only the file's end has no line end, and it has one
    (tmp_path / "p.diff").write_bytes(diff.encode("utf-8"))
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull}
    apply = ["git", "apply", "-p0", str(tmp_path / "p.diff")]
    checked = subprocess.run([*apply[:2], "--check", *apply[2:]], cwd=dry, env=env, capture_output=True, timeout=120)
    assert checked.returncode == 0, checked.stderr
    assert subprocess.run(apply, cwd=dry, env=env, capture_output=True, timeout=120).returncode == 0
    monkeypatch.chdir(real)
    assert invoke("edit", "b", "--verdict", "true", "--kb", "claims.yaml").exit_code == ExitCode.OK
    assert (dry / "claims.yaml").read_bytes() == (real / "claims.yaml").read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("no-such-claim", "--verdict", "true"), "no claim with id 'no-such-claim'"),
        (("drones-over-mexio", "--verdict", "true"), "did you mean drones-over-mexico"),
        (("DRONES-OVER-MEXICO", "--verdict", "true"), "did you mean drones-over-mexico"),
        (("drones-over-mexico", "--verdict", "maybe"), "Invalid value for '--verdict'"),
        (("drones-over-mexico", "--remove-tag", "nope"), "has no tag 'nope'"),
        (("us-troops-in-mexico-10000", "--remove-tag", "nope"), "has no tag 'nope' (tags: border, troop-numbers)"),
        (
            ("us-troops-in-mexico-10000", "--remove-alias", "nope"),
            "has no alias 'nope' (aliases: Ten thousand American soldiers are stationed in Mexico)",
        ),
        (("drones-over-mexico", "--remove-source", "3"), "has no source #3"),
        (("drones-over-mexico", "--add-source", "ftp://x.example"), "is not an http(s) URL"),
        (("drones-over-mexico", "--add-source", ""), "--add-source is empty"),
        (
            ("drones-over-mexico", "--source-quote", ""),
            "--source-quote needs --add-source URL (a source is identified by its URL), or --source N to change "
            "source N",
        ),
        (
            ("drones-over-mexico", "--add-source", "https://a.example/", "--add-source", "https://b.example/"),
            "--add-source given 2 times: one source at a time (run factcheck edit once for each)",
        ),
        (("drones-over-mexico", "--claim", ""), "--claim is empty"),
        (("drones-over-mexico", "--id", "cooperation-attracts-investment"), "already a claim with id"),
    ],
)
def test_edit_bad_input(invoke: Invoke, mini_kb: Path, args: tuple[str, ...], message: str) -> None:
    before = mini_kb.read_bytes()
    assert_refused(invoke("edit", *args, "--kb", str(mini_kb)), mini_kb, before, message)


def test_an_entry_the_editor_cannot_load_is_refused_with_its_position(invoke: Invoke, tmp_path: Path) -> None:
    # a tab in a text without quotes reads fine for validation (libyaml), which warns of it, but not for
    # round-trip editing (ruamel)
    kb = tmp_path / "claims.yaml"
    kb.write_text(
        '# comment\nclaims:\n  - id: a\n    claim: Pigs fly\n    verdict: "false"\n'
        '  - id: b\n    claim: Cows\tfly\n    verdict: "false"\n',
        encoding="utf-8",
    )
    before = kb.read_bytes()
    validated = invoke("validate", str(kb))
    assert validated.exit_code == ExitCode.OK  # a warning: the file reads as it should
    assert f"{kb}:7:12: warning: claim 'b' text (claim) has a tab in a text without quotes: 'factcheck edit' with" in (
        " ".join(validated.output.split())
    )
    result = invoke("edit", "b", "--kb", str(kb), "--verdict", "true")
    # it said "this entry cannot be edited on its own (found character '\\t' that cannot start any token, at
    # ...:7:16); edit the file by hand": the tab was not named as the thing to change; then "factcheck: error:
    # F:7:16: a tab character, which YAML does not allow here: indent (and follow a 'key:') with spaces only",
    # though the tab indents nothing, and with its place after 'error:', unlike every other located error
    assert_refused(
        result,
        kb,
        before,
        f"factcheck: {kb}:7:16: error: a tab in a text without quotes, which 'factcheck edit' with options cannot "
        'change (its editor can); put the text in double quotes, the tab written \\t ("a\\tb"), or make the tab a '
        "space, then try again",
    )


def test_an_entry_that_cannot_be_edited_on_its_own_is_named_at_its_place(invoke: Invoke, tmp_path: Path) -> None:
    # it said "factcheck: error: this entry cannot be edited on its own (found undefined alias 'common', at
    # F:9:11); ...": every other error with a place starts with 'F:line:column: error:'
    kb = tmp_path / "claims.yaml"
    kb.write_text(
        'claims:\n  - id: a\n    claim: A thing\n    verdict: "true"\n    tags: &common [x, y]\n'
        '  - id: b\n    claim: Another thing\n    verdict: "false"\n    tags: *common\n',
        encoding="utf-8",
    )
    before = kb.read_bytes()
    result = invoke("edit", "b", "--kb", str(kb), "--verdict", "true")
    assert_refused(
        result,
        kb,
        before,
        f"factcheck: {kb}:9:11: error: this entry cannot be edited on its own (found undefined alias 'common'); "
        "edit the file by hand",
    )


def test_a_tab_between_tokens_does_not_stop_an_edit(invoke: Invoke, tmp_path: Path) -> None:
    # libyaml (validate) reads a tab before a comment, after 'key:' or at a line's end, as YAML does;
    # ruamel took none of them, so every edit of the claim was refused ('factcheck: error: ...:4:21:
    # a tab character ...'), though validate said nothing
    kb = tmp_path / "claims.yaml"
    head = "claims:\n  - id: a\t# the first\n    claim:\tThe sky is green.\t\n"
    tail = (
        "    aliases:\n      - Green sky\t# said so\n    claimant: Jane\t\n      \tDoe\n"
        '    sources:\n      - url: https://example.org/sky\t# u\n        date: "2024"\n'
    )
    kb.write_text(head + '    verdict: "false"\t# checked\n' + tail, encoding="utf-8")
    validated = invoke("validate", str(kb))
    assert validated.exit_code == ExitCode.OK and "warning:" not in validated.output
    assert invoke("edit", "a", "--kb", str(kb), "--summary", "It is blue.").exit_code == ExitCode.OK
    summary = "    summary: It is blue.\n"
    assert kb.read_text(encoding="utf-8") == head + '    verdict: "false"\t# checked\n' + summary + tail
    assert invoke("edit", "a", "--kb", str(kb), "--verdict", "true", "--add-alias", "Sky").exit_code == ExitCode.OK
    tail = tail.replace("# said so\n", "# said so\n      - Sky\n")
    # the tab before the comment is the user's spacing, kept on the changed line
    assert kb.read_text(encoding="utf-8") == head + '    verdict: "true"\t# checked\n' + summary + tail


def test_read_only_and_missing_files(invoke: Invoke, mini_kb: Path, tmp_path: Path) -> None:
    before = mini_kb.read_bytes()
    mini_kb.chmod(0o444)
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb), "--verdict", "true")
    assert_refused(result, mini_kb, before, "is read-only; nothing written")
    result = invoke("remove", "drones-over-mexico", "--kb", str(mini_kb), "--yes")
    assert_refused(result, mini_kb, before, "is read-only")
    missing = tmp_path / "missing.yaml"
    result = invoke("remove", "x", "--kb", str(missing), "--yes")
    assert result.exit_code == ExitCode.ERROR and "no such file" in result.stderr and not missing.exists()
    result = invoke("edit", "x", "--kb", str(missing))
    assert result.exit_code == ExitCode.ERROR and "no such file" in result.stderr and not missing.exists()


@pytest.mark.parametrize("args", [("edit", "x", "--verdict", "true"), ("remove", "x", "--yes"), ("remove", "x")])
def test_no_claims_file_in_this_folder_says_where_it_looked_and_what_to_do(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    # a student in another folder than their claims file's was told "claims.yaml: error: no such file"
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr == (
        f"factcheck: claims.yaml: error: no such file (none in this folder, {Path.cwd()}): cd to the folder of your "
        "claims file, or name it with --kb FILE\n"
    )
    assert not Path("claims.yaml").exists()
    missing = tmp_path / "gone.yaml"
    monkeypatch.setenv("FACTCHECK_KB", str(missing))
    result = invoke(*args)
    assert result.stderr == (
        f"factcheck: {missing}: error: no such file ($FACTCHECK_KB names it): set $FACTCHECK_KB to your claims file, "
        "or name it with --kb FILE\n"
    )
    assert not missing.exists()
    # named with --kb, the name is the user's own: as before
    assert invoke(*args, "--kb", str(missing)).stderr == f"factcheck: {missing}: error: no such file\n"


@pytest.mark.parametrize(
    "args",
    [
        ("edit", "drones-over-mexico", "--verdict", "true"),
        ("remove", "drones-over-mexico", "--yes"),
        ("add", "--id", "x", "--claim", "The Moon is made of cheese", "--verdict", "false", "--summary", "No."),
        ("import", "feed.json"),
    ],
)
def test_a_claims_file_windows_shows_as_claims_yaml_is_named_not_passed_over(
    invoke: Invoke, mini_kb: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    # saved by Notepad with extensions hidden, the folder's claims file was claims.yaml.txt: 'add' made a
    # second file, claims.yaml, beside it; a command that writes refuses there
    hidden = Path("claims.yaml.txt")
    hidden.write_bytes(mini_kb.read_bytes())
    feed = Path("feed.json")
    feed.write_text("[]\n", encoding="utf-8")
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert result.stderr == (
        "factcheck: claims.yaml: error: no such file, but there is 'claims.yaml.txt' (Windows hides its '.txt'): "
        "rename it to claims.yaml, or name it with --kb claims.yaml.txt\n"
    )
    assert sorted(path.name for path in Path().iterdir()) == ["claims.yaml.txt", "feed.json"]
    assert hidden.read_bytes() == mini_kb.read_bytes()
    # named, or with $FACTCHECK_KB naming a file, it is used as before
    assert "claims.yaml.txt'" not in invoke(*args, "--kb", str(hidden)).stderr
    monkeypatch.setenv("FACTCHECK_KB", str(mini_kb))
    assert "claims.yaml.txt" not in invoke(*args).stderr


@pytest.mark.parametrize(
    "args",
    [
        ("edit", "drones-over-mexico", "--verdict", "true"),
        ("add", "--id", "x", "--claim", "The Moon is made of cheese", "--verdict", "false", "--summary", "No."),
    ],
)
def test_a_claims_file_saved_as_claims_yml_is_named_not_passed_over(
    invoke: Invoke, mini_kb: Path, args: tuple[str, ...]
) -> None:
    # a class's students saved their file as claims.yml (YAML's other extension): 'add' started a second file,
    # claims.yaml, beside it, and 'edit' said only "no claim with id ..."
    Path("claims.yml").write_bytes(mini_kb.read_bytes())
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert result.stderr == (
        "factcheck: claims.yaml: error: no such file, but there is 'claims.yml' (spelt '.yml', not '.yaml'): "
        "rename it to claims.yaml, or name it with --kb claims.yml\n"
    )
    assert sorted(path.name for path in Path().iterdir()) == ["claims.yml"]
    assert Path("claims.yml").read_bytes() == mini_kb.read_bytes()
    # a reading command answers from the starter file, as documented, and says why
    checked = invoke("check", "US troops are in Mexico")
    assert checked.stderr.startswith(
        "factcheck: note: no ./claims.yaml here, and ./claims.yml (spelt '.yml', not '.yaml') is not read: "
        f"the claims are the bundled starter file's ({bundled_kb_path()}); rename it to claims.yaml, "
        "or name it with --kb claims.yml\n"
    )
    # named as docs/claims-file.md names it, it is pointed to; named with --kb, it is used, with no note
    named = invoke("list", "--kb", "claims.yaml")
    assert named.exit_code == ExitCode.ERROR
    assert named.stderr == (
        "factcheck: claims.yaml: error: no such file; did you mean 'claims.yml'? (its name ends in '.yml', not "
        "'.yaml')\n"
    )
    used = invoke(*args, "--kb", "claims.yml")
    assert used.exit_code == ExitCode.OK and "claims.yml'" not in used.stderr


#: what TextEdit writes for a file saved as Rich Text (its default)
_TEXTEDIT_RTF = (
    b"{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761\n{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n"
    b"\\f0\\fs24 \\cf0 - id: drones\\\n  claim: Drones fly\\\n}"
)


def test_a_claims_file_textedit_saved_as_rich_text_is_named_with_how_to_save_it_as_plain_text(
    invoke: Invoke,
) -> None:
    # TextEdit saved a student's claims.yaml as Rich Text, adding '.rtf', which the Finder hides: '--kb claims.yaml'
    # was "no such file", and without --kb the starter file answered unsaid, as claims.yml's did
    Path("claims.yaml.rtf").write_bytes(_TEXTEDIT_RTF)
    advice = "open it in TextEdit, choose Format > Make Plain Text, then File > Save as claims.yaml"
    named = invoke("check", "--kb", "claims.yaml", "Drones fly")
    assert named.exit_code == ExitCode.ERROR and named.stdout == ""
    assert named.stderr == (
        "factcheck: claims.yaml: error: no such file; did you mean 'claims.yaml.rtf'? (TextEdit's Rich Text; "
        f"the Finder hides its '.rtf': {advice})\n"
    )
    added = invoke("add", "--claim", "Drones fly", "--verdict", "false", "--summary", "No.")
    assert added.exit_code == ExitCode.ERROR and added.stdout == ""
    assert added.stderr == (
        "factcheck: claims.yaml: error: no such file, but there is 'claims.yaml.rtf' (TextEdit's Rich Text; "
        f"the Finder hides its '.rtf'): {advice}\n"
    )
    checked = invoke("check", "US troops are in Mexico")
    assert checked.stderr.startswith(
        "factcheck: note: no ./claims.yaml here, and ./claims.yaml.rtf (TextEdit's Rich Text; the Finder hides its "
        f"'.rtf') is not read: the claims are the bundled starter file's ({bundled_kb_path()}); {advice}\n"
    )
    assert sorted(path.name for path in Path().iterdir()) == ["claims.yaml.rtf"]
    assert Path("claims.yaml.rtf").read_bytes() == _TEXTEDIT_RTF


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("list",), None),
        (("list", "--json"), None),
        (("show", "us-troops-in-mexico-10000"), None),
        (("check", "US troops are in Mexico"), None),
        (("scan", "-"), "US troops are in Mexico.\n"),
        # validate refuses there (test_validate_beside_a_lookalike_claims_file_refuses_to_validate_another_file)
        (("export", "--format", "csv"), None),
        (("export",), None),  # the starter file has no base_url: exit 2, as with it named
    ],
)
def test_a_reading_command_beside_claims_yaml_txt_answers_from_the_starter_file_and_says_so(
    invoke: Invoke, mini_kb: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], stdin: str | None
) -> None:
    # the refusal of every command there (exit 2) took from a reading command the starter file's
    # documented answer; it answers, and a note says the starter file did and how to use claims.yaml.txt
    Path("claims.yaml.txt").write_bytes(mini_kb.read_bytes())
    result = invoke(*args, input=stdin)
    note = (
        "factcheck: note: no ./claims.yaml here, and ./claims.yaml.txt (Windows hides its '.txt') is not read: "
        f"the claims are the bundled starter file's ({bundled_kb_path()}); rename it to claims.yaml, "
        "or name it with --kb claims.yaml.txt\n"
    )
    assert result.stderr.startswith(note) and result.stderr.count("note: no ./claims.yaml") == 1
    # the answer and exit status of the starter file named ($FACTCHECK_KB), which no note follows
    monkeypatch.setenv("FACTCHECK_KB", str(bundled_kb_path()))
    named = invoke(*args, input=stdin)
    assert (result.exit_code, result.stdout) == (named.exit_code, named.stdout)
    assert result.stderr == note + named.stderr and "claims.yaml.txt" not in named.stderr
    assert sorted(path.name for path in Path().iterdir()) == ["claims.yaml.txt"]
    # named with --kb, it is read, with no note
    monkeypatch.delenv("FACTCHECK_KB")
    assert "note: no ./claims.yaml" not in invoke(*args, "--kb", "claims.yaml.txt", input=stdin).stderr


@pytest.mark.parametrize("ending", [".yaml", ".yml"])
def test_a_claims_file_named_without_its_extension_is_pointed_to(invoke: Invoke, mini_kb: Path, ending: str) -> None:
    # '--kb claims', as a file manager shows claims.yaml, was "no such file"
    Path(f"claims{ending}").write_bytes(mini_kb.read_bytes())
    for args in (("list",), ("validate",), ("edit", "x", "--verdict", "true")):
        result = invoke(*args, "--kb", "claims")
        assert result.exit_code == ExitCode.ERROR
        assert result.stderr == (
            f"factcheck: claims: error: no such file; did you mean 'claims{ending}'? (its name ends in '{ending}')\n"
        )
    assert sorted(path.name for path in Path().iterdir()) == [f"claims{ending}"]


def test_a_claims_file_named_as_on_windows_is_pointed_to(
    invoke: Invoke, mini_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # --kb "My Documents\claims.yaml", --kb claims.yaml for claims.yaml.txt: 'no such file' left the user to guess
    folder = Path("My Documents")
    folder.mkdir()
    (folder / "claims.yaml").write_bytes(mini_kb.read_bytes())
    for args in (("list",), ("validate",), ("edit", "x", "--verdict", "true")):
        result = invoke(*args, "--kb", "My Documents\\claims.yaml")
        assert result.exit_code == ExitCode.ERROR
        assert result.stderr == (
            "factcheck: My Documents\\claims.yaml: error: no such file; did you mean 'My Documents/claims.yaml'? "
            "('/' separates folders here, not '\\')\n"
        )
    (folder / "claims.yaml").rename(folder / "claims.yaml.txt")
    result = invoke("show", "x", "--kb", "My Documents/claims.yaml")
    assert result.stderr == (
        "factcheck: My Documents/claims.yaml: error: no such file; did you mean 'My Documents/claims.yaml.txt'? "
        "(Windows hides the '.txt' of 'My Documents/claims.yaml.txt': rename the file, or name it in full)\n"
    )
    # a drive's path, as Explorer copies it, where WSL shows the drive
    monkeypatch.setattr("factcheck.inputfiles.WSL_DRIVES", tmp_path / "mnt")
    drive = tmp_path / "mnt" / "c" / "Users" / "Ana"
    drive.mkdir(parents=True)
    (drive / "claims.yaml").write_bytes(mini_kb.read_bytes())
    result = invoke("list", "--kb", "C:\\Users\\Ana\\claims.yaml")
    assert result.stderr == (
        f"factcheck: C:\\Users\\Ana\\claims.yaml: error: no such file; did you mean '{drive / 'claims.yaml'}'? "
        f"('/' separates folders here, not '\\'; drive C: is {tmp_path / 'mnt' / 'c'})\n"
    )
    # typed without quotes, its '\' taken out by the shell: said so, with where WSL shows the drive
    assert invoke("list", "--kb", "C:UsersAnaclaims.yaml").stderr == (
        "factcheck: C:UsersAnaclaims.yaml: error: no such file: a Windows path typed without quotes loses its '\\' "
        f"to the shell; write it with '/', where WSL shows drive C: ({tmp_path / 'mnt' / 'c'}/Users/...), in quotes "
        "if it holds a space\n"
    )
    # on another drive than C:, where the users' folders are not, no 'Users' is shown
    assert invoke("list", "--kb", "D:Projectsclaims.yaml").stderr == (
        "factcheck: D:Projectsclaims.yaml: error: no such file: a Windows path typed without quotes loses its '\\' "
        f"to the shell; write it with '/', where WSL shows drive D: ({tmp_path / 'mnt' / 'd'}/...), in quotes if it "
        "holds a space\n"
    )
    # nothing to point to: as before
    assert invoke("list", "--kb", "Other\\claims.yaml").stderr == "factcheck: Other\\claims.yaml: error: no such file\n"
    assert invoke("scan", "essay").stderr == "factcheck: essay: error: no such file\n"
    Path("essay.txt").write_text("US troops are in Mexico.\n", encoding="utf-8")
    assert "did you mean 'essay.txt'?" in invoke("scan", "essay").stderr


def test_a_name_ending_with_a_backslash_is_pointed_to_the_file_not_a_folder(
    invoke: Invoke, mini_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 'mine.yaml.txt\\' was answered "did you mean 'mine.yaml.txt/'?", which --kb refuses as a folder
    Path("sub").mkdir()
    for name in ("mine.yaml.txt", "sub/c.yaml"):
        Path(name).write_bytes(mini_kb.read_bytes())
    for typed, meant in (
        ("mine.yaml.txt\\", "mine.yaml.txt"),
        ("mine.yaml.txt\\\\", "mine.yaml.txt"),
        ("sub\\c.yaml\\", "sub/c.yaml"),
    ):
        result = invoke("list", "--kb", typed)
        assert result.exit_code == ExitCode.ERROR
        assert result.stderr == (
            f"factcheck: {typed}: error: no such file; did you mean '{meant}'? ('/' separates folders here, not '\\')\n"
        )
        assert invoke("list", "--kb", meant).exit_code == ExitCode.OK  # what it suggests is taken
    assert "did you mean 'mine.yaml.txt'?" in invoke("scan", "mine.yaml.txt\\").stderr
    # a separator alone, or a folder's name, is no file: as before
    for typed in ("\\", "sub\\"):
        assert invoke("list", "--kb", typed).stderr == f"factcheck: {typed}: error: no such file\n"
    # a drive's path ending with a backslash, as before: the file under WSL's mount
    monkeypatch.setattr("factcheck.inputfiles.WSL_DRIVES", tmp_path / "mnt")
    drive = tmp_path / "mnt" / "c" / "Ana"
    drive.mkdir(parents=True)
    (drive / "claims.yaml").write_bytes(mini_kb.read_bytes())
    assert f"did you mean '{drive / 'claims.yaml'}'?" in invoke("list", "--kb", "C:\\Ana\\claims.yaml\\").stderr


def _in_a_deleted_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Leave the test in a folder deleted under it, as a shell can be (its path cannot be had)."""
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()


@pytest.mark.parametrize("args", [("edit", "x", "--verdict", "true"), ("remove", "x", "--yes")])
def test_no_claims_file_in_a_deleted_folder_is_a_message_not_a_traceback(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    # a shell left in a folder deleted under it: Path.cwd() raised FileNotFoundError, a traceback
    _in_a_deleted_folder(tmp_path, monkeypatch)
    result = invoke(*args)
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr == (
        "factcheck: claims.yaml: error: no such file (none in this folder, which was deleted or moved): "
        "cd to the folder of your claims file, or name it with --kb FILE\n"
    )


def test_validate_in_a_deleted_folder_refuses_to_validate_the_starter_file(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # it validated the bundled starter file, "42 claims, 0 errors", exit 0: read as the user's own file passing
    _in_a_deleted_folder(tmp_path, monkeypatch)
    result = invoke("validate")
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert result.stderr == (
        "factcheck: claims.yaml: error: no such file (none in this folder, which was deleted or moved), and "
        "validate does not check the bundled starter file in its place: cd to the folder of your claims file, or "
        "name it: factcheck validate FILE\n"
    )
    monkeypatch.setenv("FACTCHECK_KB", str(bundled_kb_path()))  # named, the starter file is validated
    assert invoke("validate").exit_code == ExitCode.OK


@pytest.mark.parametrize(
    ("args", "code"),
    [(("check", "US troops are in Mexico"), ExitCode.OK), (("list",), ExitCode.OK)],
)
def test_a_reading_command_in_a_deleted_folder_says_the_claims_are_the_starter_files(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], code: int
) -> None:
    # as documented, no ./claims.yaml there, so the starter file answers; unsaid, 'list' showed its
    # claims as the user's own (edit and remove refuse there, and say why)
    _in_a_deleted_folder(tmp_path, monkeypatch)
    result = invoke(*args)
    assert result.exit_code == code and "Traceback" not in result.output
    note = "factcheck: note: this folder was deleted or moved, so no ./claims.yaml is read here"
    assert result.stderr.count(note) == 1  # once, though list asks for its file's path twice
    assert "mexico-senate-must-authorize-foreign-troops" in result.stdout or args[0] != "list"
    # a claims file named (--kb, $FACTCHECK_KB) is the user's: no note
    kb = tmp_path / "mine.yaml"
    kb.write_text('claims:\n  - id: a\n    claim: US troops are in Mexico.\n    verdict: "false"\n')
    assert "note:" not in invoke(*args, "--kb", str(kb)).stderr
    monkeypatch.setenv("FACTCHECK_KB", str(kb))
    assert "note:" not in invoke(*args).stderr
    # ... the starter file's own path too: the user named it, and the answer is the same (review30b)
    monkeypatch.setenv("FACTCHECK_KB", str(bundled_kb_path()))
    named = invoke(*args)
    assert named.exit_code == code and "note:" not in named.stderr
    assert named.stdout == result.stdout


WRITING_COMMANDS = [
    ("add", "--claim", "Cheese moon", "--verdict", "false"),
    ("edit", "drones-over-mexico", "--verdict", "true"),
    ("edit", "drones-over-mexico"),  # the editor flow reads the file first
    ("remove", "drones-over-mexico", "--yes"),
]


@pytest.mark.parametrize("args", WRITING_COMMANDS)
@pytest.mark.parametrize("through_symlink", [False, True])
def test_refuses_a_claims_file_that_is_not_a_regular_file(
    invoke: Invoke, fifo: Path, tmp_path: Path, args: tuple[str, ...], through_symlink: bool
) -> None:
    # a FIFO stands for any special file (a device node needs root to make): it used to hang,
    # and a device node used to be replaced by a regular file
    kb = fifo
    if through_symlink:
        kb = tmp_path / "link.yaml"
        kb.symlink_to(fifo)
    result = invoke(*args, "--kb", str(kb))
    assert result.exit_code == ExitCode.ERROR, result.output
    assert f"{kb}: error: is a named pipe (FIFO), not a regular file" in result.stderr
    assert "Traceback" not in result.output
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.parametrize("args", WRITING_COMMANDS)
def test_symlink_loop_and_too_long_name_are_refused(invoke: Invoke, tmp_path: Path, args: tuple[str, ...]) -> None:
    loop = tmp_path / "l1"
    loop.symlink_to(tmp_path / "l2")
    (tmp_path / "l2").symlink_to(loop)
    result = invoke(*args, "--kb", str(loop))
    assert result.exit_code == ExitCode.ERROR, result.output
    assert f"{loop}: error:" in result.stderr and "symbolic links" in result.stderr
    assert "Traceback" not in result.output and os.readlink(loop) == str(tmp_path / "l2")
    too_long = tmp_path / ("a" * 300 + ".yaml")
    result = invoke(*args, "--kb", str(too_long))
    assert result.exit_code == ExitCode.ERROR, result.output
    assert "Traceback" not in result.output and result.stderr.count("\n") == 1
    assert "File name too long" in result.stderr or "no such file" in result.stderr


def test_never_writes_the_bundled_starter(invoke: Invoke, isolated_environment: Path, starter_kb: Path) -> None:
    before = starter_kb.read_bytes()
    result = invoke("remove", "mexico-senate-must-authorize-foreign-troops", "--yes")
    assert result.exit_code == ExitCode.ERROR and "no such file" in result.stderr
    assert starter_kb.read_bytes() == before


# -- remove ----------------------------------------------------------------------------------------------


def test_remove_with_yes(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("remove", "cooperation-attracts-investment", "--kb", str(mini_kb), "--yes")
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout == (
        f"removed claim 'cooperation-attracts-investment' from {mini_kb}: "
        "[unsupported] US military cooperation attracts investment to Mexico.\n"
    )
    assert "cooperation-attracts-investment" not in load_knowledge_base(mini_kb).ids()
    assert "# No sources: listed as unsupported" not in mini_kb.read_text()


def test_remove_json(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("remove", "drones-over-mexico", "--kb", str(mini_kb), "-y", "--json")
    assert result.exit_code == ExitCode.OK, result.output
    report = json.loads(result.stdout)
    assert [claim["id"] for claim in report["removed"]] == ["drones-over-mexico"] and report["written"] is True


def test_remove_needs_confirmation(invoke: Invoke, mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    result = invoke("remove", "drones-over-mexico", "--kb", str(mini_kb))
    assert_refused(result, mini_kb, before, "without confirmation: pass --yes")


@pytest.mark.parametrize(("answer", "removed"), [("y", True), ("n", False), ("", False)])
def test_remove_asks_on_a_terminal(invoke: Invoke, mini_kb: Path, terminal: None, answer: str, removed: bool) -> None:
    result = invoke("remove", "drones-over-mexico", "--kb", str(mini_kb), input=answer + "\n")
    assert result.exit_code == ExitCode.OK, result.output
    assert "Remove claim 'drones-over-mexico' ([mostly-true] US drones fly over" in result.output
    assert ".)? [y/N]" in result.output  # the claim's full stop, then the question's mark: not ".?"
    assert ("drones-over-mexico" not in load_knowledge_base(mini_kb).ids()) is removed


def test_remove_unknown_id(invoke: Invoke, mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    assert_refused(invoke("remove", "nope", "--kb", str(mini_kb), "-y"), mini_kb, before, "no claim with id 'nope'")
    assert_refused(
        invoke("remove", "DRONES-OVER-MEXICO", "--kb", str(mini_kb), "-y"),
        mini_kb,
        before,
        "(did you mean drones-over-mexico?)",
    )


def test_remove_unknown_id_is_said_before_asking_for_confirmation(
    invoke: Invoke, mini_kb: Path, tmp_path: Path
) -> None:
    # Without --yes, a mistyped id was answered "pass --yes"; passing it only then said the id was wrong.
    before = mini_kb.read_bytes()
    result = invoke("remove", "drones-over-mexic", "--kb", str(mini_kb))
    assert_refused(result, mini_kb, before, "no claim with id 'drones-over-mexic'")
    assert "(did you mean drones-over-mexico?)" in result.stderr and "--yes" not in result.stderr
    missing = tmp_path / "missing.yaml"
    result = invoke("remove", "drones-over-mexico", "--kb", str(missing))
    assert result.exit_code == ExitCode.ERROR and "no such file" in result.stderr and "--yes" not in result.stderr
    assert not missing.exists()


@pytest.mark.usefixtures("terminal")
def test_remove_unknown_id_is_not_offered_for_removal_on_a_terminal(invoke: Invoke, mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    result = invoke("remove", "nope", "--kb", str(mini_kb), input="y\n")
    assert_refused(result, mini_kb, before, "no claim with id 'nope'")
    assert "Remove claim" not in result.output


# -- the editor flow ------------------------------------------------------------------------------------


def test_editor_edit_changes_only_that_line(invoke: Invoke, mini_kb: Path, fake_editor: Callable[..., Path]) -> None:
    plan = fake_editor({"do": "replace", "old": "verdict: mostly-true", "new": "verdict: mixed"})
    before = mini_kb.read_text()
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK, result.output
    # the fields changed named, as the options' path names them (it said "updated claim 'x' in F" alone)
    assert result.stdout == f"updated claim 'drones-over-mexico' in {mini_kb} (verdict)\n"
    assert mini_kb.read_text() == before.replace("    verdict: mostly-true\n", "    verdict: mixed\n")
    shown = seen(plan, 0)
    assert shown.startswith("#> Editing claim 'drones-over-mexico'")
    assert "\nid: drones-over-mexico\nclaim: US drones fly over" in shown
    assert '\nsources:\n  - url: http://example.org/drones\n    title: "Drones: what we know"\n' in shown


def test_editor_keeps_a_line_separator_of_a_text_it_did_not_change(
    invoke: Invoke, tmp_path: Path, fake_editor: Callable[..., Path]
) -> None:
    # the buffer was made and read back with str.splitlines(), which breaks at U+2028 (as YAML does, not as an
    # editor does): the claim's "one<U+2028>two" came back as a line break, read "one two", and a change of the
    # verdict alone rewrote the claim's text ('updated ... (claim, verdict)'); the errors' lines were YAML's too
    path = tmp_path / "claims.yaml"
    text = 'claims:\n  - id: b\n    claim: "one\u2028two"\n    verdict: "false"\n'
    path.write_text(text, encoding="utf-8")
    plan = fake_editor(
        {"do": "replace", "old": 'verdict: "false"', "new": "verdict: flase"},
        {"do": "replace", "old": "verdict: flase", "new": 'verdict: "true"'},
    )
    result = invoke("edit", "b", "--kb", str(path))
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout == f"updated claim 'b' in {path} (verdict)\n"
    assert path.read_text(encoding="utf-8") == text.replace('"false"', '"true"')
    assert 'claim: "one\u2028two"\n' in seen(plan, 0)
    reopened = seen(plan, 1).split("\n")  # the lines an editor shows
    line_number = int(reopened[1].split("line ")[1].split(",")[0])
    assert reopened[line_number - 1] == "verdict: flase", reopened  # the line the error names, in this buffer


def test_editor_invalid_edit_reopens_with_the_error_then_saves_the_fix(
    invoke: Invoke, mini_kb: Path, fake_editor: Callable[..., Path]
) -> None:
    plan = fake_editor(
        {"do": "replace", "old": "verdict: mostly-true", "new": "verdict: flase"},
        {"do": "replace", "old": "verdict: flase", "new": "verdict: mostly-false"},
    )
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK, result.output
    assert calls(plan) == 2
    reopened = seen(plan, 1).splitlines()
    assert reopened[0] == "#> NOT SAVED: fix the error below and save again."
    error = reopened[1]
    assert error.startswith("#> error: line ") and "did you mean 'false'?" in error
    line_number = int(error.split("line ")[1].split(",")[0])
    assert reopened[line_number - 1] == "verdict: flase"  # the line the error names, in this buffer
    assert load_knowledge_base(mini_kb).get("drones-over-mexico").verdict.value == "mostly-false"  # type: ignore[union-attr]


def test_editor_buffer_saved_in_another_encoding_reopens_to_be_fixed(
    invoke: Invoke, mini_kb: Path, fake_editor: Callable[..., Path]
) -> None:
    plan = fake_editor(
        {"do": "replace", "old": "mostly-true", "new": "mixed\nclaimant: José", "encoding": "latin-1"},
        {"do": "replace", "old": "Jos\ufffd", "new": "José"},
    )
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK, result.output
    reopened = seen(plan, 1)
    assert "of what you saved is not UTF-8 text (shown as \ufffd below)" in reopened
    assert "claimant: Jos\ufffd" in reopened
    claim = load_knowledge_base(mini_kb).get("drones-over-mexico")
    assert claim is not None and claim.claimant == "José" and claim.verdict.value == "mixed"


def test_editor_buffer_with_a_byte_order_mark_and_bytes_not_utf8_names_their_line(
    invoke: Invoke, mini_kb: Path, fake_editor: Callable[..., Path]
) -> None:
    # the line was counted with the mark's three bytes but placed by the decoder without them: a byte that is
    # not UTF-8 at the start of a line was said to be on the line before it
    plan = fake_editor(
        {"do": "replace", "old": "mostly-true", "new": "mixed\n\xe9t\xe9: x", "encoding": "latin-1", "bom": True},
        {"do": "replace", "old": "\n\ufffdt\ufffd: x", "new": ""},
    )
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK, result.output
    saved = seen(plan, 0).replace("mostly-true", "mixed\n\xe9t\xe9: x").splitlines()
    error = next(line for line in seen(plan, 1).splitlines() if "is not UTF-8 text" in line)
    line_number = int(error.split("line ")[1].split(" ")[0])
    assert saved[line_number - 1] == "\xe9t\xe9: x", error
    assert load_knowledge_base(mini_kb).get("drones-over-mexico").verdict.value == "mixed"  # type: ignore[union-attr]


def test_editor_saving_a_byte_order_mark_applies_the_edit(
    invoke: Invoke, mini_kb: Path, fake_editor: Callable[..., Path]
) -> None:
    # Notepad (EDITOR=notepad.exe under WSL) and editors set to "UTF-8 with BOM" save one: it was kept at the
    # start of the first '#>' line, which then was no help line, and the entry was refused with an error no one
    # could fix (the mark is invisible), however often it was saved again
    plan = fake_editor(
        {"do": "replace", "old": "verdict: mostly-true", "new": "verdict: mixed", "encoding": "utf-8-sig"}
    )
    before = mini_kb.read_text()
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK, result.output
    assert calls(plan) == 1
    assert mini_kb.read_text() == before.replace("    verdict: mostly-true\n", "    verdict: mixed\n")


def test_editor_saving_only_a_byte_order_mark_is_no_change(
    invoke: Invoke, mini_kb: Path, fake_editor: Callable[..., Path]
) -> None:
    fake_editor({"do": "replace", "old": "", "new": "", "encoding": "utf-8-sig"})
    before = mini_kb.read_bytes()
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK, result.output
    assert "edit cancelled: no changes; nothing written" in result.stderr
    assert mini_kb.read_bytes() == before


def test_editor_deleting_the_buffer_cancels(invoke: Invoke, mini_kb: Path, fake_editor: Callable[..., Path]) -> None:
    fake_editor({"do": "delete"})
    before = mini_kb.read_bytes()
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK and "the editor deleted the file; nothing written" in result.stderr
    assert mini_kb.read_bytes() == before
    fake_editor({"do": "delete"})
    cancelled = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb), "--json")
    assert json.loads(cancelled.stdout) == {
        "kb": str(mini_kb), "written": False, "updated": [], "diff": "", "dry_run": False,
    }  # fmt: skip


def test_editor_leaving_a_folder_in_place_of_the_buffer_is_refused(
    invoke: Invoke, mini_kb: Path, fake_editor: Callable[..., Path]
) -> None:
    plan = fake_editor({"do": "mkdir"})
    before = mini_kb.read_bytes()
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb))
    assert_refused(result, mini_kb, before, "the editor left a folder at ")
    assert result.stderr.endswith(", not the claim; nothing written\n")
    buffer = Path(Path(f"{plan}.buffer0").read_text(encoding="utf-8"))
    assert not buffer.exists()  # the (empty) folder the editor made is cleaned up with the buffer


def test_editor_fixes_a_claim_whose_id_holds_a_slash(
    invoke: Invoke, write_kb: Callable[[str], Path], fake_editor: Callable[..., Path]
) -> None:
    # the advice "run 'factcheck edit ID' without options" for a broken claim failed when its id
    # held a '/' (typed by hand): the id went into the temporary file's name, a missing folder
    path = write_kb('claims:\n  - id: us/mexico\n    claim: US troops are in Mexico.\n    verdict: "false"\n')
    result = invoke("edit", "us/mexico", "--kb", str(path), "--verdict", "true")
    assert result.exit_code == ExitCode.ERROR and "without options to edit it in your editor" in result.stderr
    plan = fake_editor({"do": "replace", "old": "id: us/mexico", "new": "id: us-mexico"})
    result = invoke("edit", "us/mexico", "--kb", str(path))
    assert result.exit_code == ExitCode.OK, result.output
    assert load_knowledge_base(path).ids() == ["us-mexico"]
    buffer = Path(Path(f"{plan}.buffer0").read_text(encoding="utf-8"))
    assert buffer.name.startswith("factcheck-us-mexico-") and not buffer.exists()


def test_editor_names_the_fields_changed_as_the_options_do(
    invoke: Invoke, mini_kb: Path, fake_editor: Callable[..., Path]
) -> None:
    fake_editor(
        {"do": "replace", "old": "id: drones-over-mexico", "new": "id: drones-2025"},
        {"do": "replace", "old": "verdict: mostly-true", "new": "verdict: mostly-true  # checked again"},
    )
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb))
    assert result.stdout == f"updated claim 'drones-over-mexico' in {mini_kb} (id, now 'drones-2025')\n"
    result = invoke("edit", "drones-2025", "--kb", str(mini_kb))
    assert result.stdout == f"updated claim 'drones-2025' in {mini_kb} (comments or layout only)\n"


def test_editor_unfixed_error_is_abandoned_and_kept(
    invoke: Invoke, mini_kb: Path, fake_editor: Callable[..., Path]
) -> None:
    # a script as $EDITOR that writes an invalid claim is told so by the exit code, not only in words
    fake_editor({"do": "replace", "old": "verdict: mostly-true", "new": "verdict: flase"}, {"do": "keep"})
    before = mini_kb.read_bytes()
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb), "--json")
    assert result.exit_code == ExitCode.ERROR, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("factcheck: error: the edit was not saved: the errors were not fixed (")
    assert "nothing written (your edit is kept in " in result.stderr
    kept = Path(result.stderr.split("kept in ")[1].split(")")[0])
    line = kept.read_text().splitlines().index("verdict: flase") + 1
    assert f"({kept}:{line}:10: verdict 'flase' of claim " in result.stderr  # where, in the file kept
    kept.unlink()
    assert mini_kb.read_bytes() == before


@pytest.mark.parametrize(
    ("action", "message"),
    [({"do": "keep"}, "no changes; nothing written"), ({"do": "empty"}, "the entry was emptied; nothing written")],
)
def test_editor_unchanged_or_emptied_buffer_aborts(
    invoke: Invoke, mini_kb: Path, fake_editor: Callable[..., Path], action: dict[str, object], message: str
) -> None:
    plan = fake_editor(action)
    before = mini_kb.read_bytes()
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.OK
    assert message in result.stderr
    assert mini_kb.read_bytes() == before
    buffer = Path(Path(f"{plan}.buffer0").read_text(encoding="utf-8"))
    assert buffer.suffix == ".yaml" and not buffer.exists()  # the temporary buffer is cleaned up


def test_editor_file_changed_meanwhile_keeps_the_edit(
    invoke: Invoke, mini_kb: Path, fake_editor: Callable[..., Path]
) -> None:
    fake_editor({"do": "touch-kb", "kb": str(mini_kb), "old": "mostly-true", "new": "mixed"})
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR
    assert "changed on disk while you were editing; nothing written (your edit is kept in " in result.stderr
    assert mini_kb.read_text().endswith("# edited meanwhile\n")
    assert "verdict: mostly-true" in mini_kb.read_text()
    kept = Path(result.stderr.split("kept in ")[1].split(")")[0])
    assert "verdict: mixed" in kept.read_text()
    kept.unlink()


def test_editor_failure_and_missing_editor(
    invoke: Invoke, mini_kb: Path, fake_editor: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = mini_kb.read_bytes()
    fake_editor({"do": "replace", "old": "mostly-true", "new": "mixed", "exit": 3})
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb))
    assert_refused(result, mini_kb, before, "exited with status 3; nothing written")
    monkeypatch.setenv("VISUAL", "/no/such/editor --wait")
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb))
    assert_refused(result, mini_kb, before, "cannot run the editor '/no/such/editor': command not found")


def test_a_temporary_folder_that_cannot_be_written_is_said_as_such(
    invoke: Invoke, mini_kb: Path, fake_editor: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a full disk under the buffer must not read as "cannot write the output"
    fake_editor({"do": "replace", "old": "mostly-true", "new": "mixed"})
    before = mini_kb.read_bytes()

    def full_disk(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full_disk)
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb))
    assert_refused(result, mini_kb, before, "cannot write the editor's temporary file")
    assert "No space left on device; nothing written" in result.stderr


def test_edit_without_options_terminal_or_editor_refuses_instead_of_starting_vi(
    invoke: Invoke, mini_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    before = mini_kb.read_bytes()
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb))  # CliRunner: stdin is no terminal
    assert_refused(result, mini_kb, before, "no terminal to open an editor in: give the changes as options")


def test_editor_dry_run(invoke: Invoke, mini_kb: Path, fake_editor: Callable[..., Path]) -> None:
    fake_editor({"do": "replace", "old": "verdict: mostly-true", "new": "verdict: mixed"})
    before = mini_kb.read_bytes()
    result = invoke("edit", "drones-over-mexico", "--kb", str(mini_kb), "--dry-run")
    assert result.exit_code == ExitCode.OK, result.output
    assert "-    verdict: mostly-true\n+    verdict: mixed\n" in result.stdout
    assert mini_kb.read_bytes() == before


def test_edit_changes_the_fields_of_one_source(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke(
        "edit", "us-troops-in-mexico-10000", "--kb", str(mini_kb), "--source", "1",
        "--source-date", "2025-02-21", "--source-title", "", "--source-note", "date from the page",
    )  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    claim = load_knowledge_base(mini_kb).get("us-troops-in-mexico-10000")
    assert claim is not None
    (source,) = claim.sources
    assert (source.url, source.title, source.publisher, source.date, source.note) == (
        "https://example.org/border-mission", None, "Example News", "2025-02-21", "date from the page",
    )  # fmt: skip
    assert source.quote == "Over 10,000 service members are deploying to the southern border."


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--source", "2", "--source-date", "2025"], "has no source #2 (it has 1;"),
        (["--source", "1"], "--source 1 needs a --source-* field to change"),
        (["--source", "1", "--source-date", "2025", "--remove-source", "1"], "change the source or remove it"),
        (["--source", "1", "--add-source", "https://e.org/x", "--source-date", "2025"], "one at a time"),
        (["--source", "1", "--source-date", "2025-02-30"], "Invalid value for '--source-date': '2025-02-30' is not"),
    ],
)
def test_a_source_change_that_cannot_be_made_is_refused(
    invoke: Invoke, mini_kb: Path, options: list[str], message: str
) -> None:
    before = mini_kb.read_bytes()
    result = invoke("edit", "us-troops-in-mexico-10000", "--kb", str(mini_kb), *options)
    assert result.exit_code == ExitCode.ERROR and message in result.stderr, result.output
    assert mini_kb.read_bytes() == before


def test_a_second_source_number_is_refused(invoke: Invoke, tmp_path: Path) -> None:
    # Click kept the last --source alone: title A was never written and B went to source 2, exit 0
    kb = tmp_path / "claims.yaml"
    kb.write_text(
        'claims:\n  - id: a\n    claim: Some claim here\n    verdict: "false"\n    sources:\n'
        '      - url: https://example.org/one\n        date: "2026-01-01"\n'
        '      - url: https://example.org/two\n        date: "2026-01-02"\n'
    )
    before = kb.read_bytes()
    result = invoke(
        "edit", "a", "--kb", str(kb), "--source", "1", "--source-title", "A", "--source", "2", "--source-title", "B"
    )
    assert result.exit_code == ExitCode.ERROR, result.output
    assert "--source given 2 times: one source at a time (run factcheck edit once for each)" in result.stderr
    assert kb.read_bytes() == before


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        # the marks were kept as the claim's first and last letters
        ("\u201cThe Moon is made of cheese\u201d", "The Moon is made of cheese"),
        ('"The Moon is made of cheese"', "The Moon is made of cheese"),
        (" \u00abLa Luna es de queso.\u00bb ", "La Luna es de queso."),
        ("\u201eThe Moon is made of cheese\u201c", "The Moon is made of cheese"),
        ("\u2018Biden\u2019s troops are in Mexico\u2019", "Biden\u2019s troops are in Mexico"),
        ("\u201cHe said \u2018no\u2019 to the troops\u201d", "He said \u2018no\u2019 to the troops"),
        # quotes that are not around the whole claim stay
        ("\u201cFake news\u201d is a term of abuse", "\u201cFake news\u201d is a term of abuse"),
        ("\u201cFake news\u201d is \u201cdangerous\u201d", "\u201cFake news\u201d is \u201cdangerous\u201d"),
        ('"Fake" news is "fake"', '"Fake" news is "fake"'),
        ("The Moon is \u201ccheese\u201d", "The Moon is \u201ccheese\u201d"),
        ("\u201cThe Moon\u201d is cheese.", "\u201cThe Moon\u201d is cheese."),
        ("\u2018Woke\u2019 troops are the players\u2019", "\u2018Woke\u2019 troops are the players\u2019"),
        # a straight apostrophe at both ends is no pair of quotes: an elision opens the claim (review35b)
        ("'Twas brillig, and the slithy toves did gyre'", "'Twas brillig, and the slithy toves did gyre'"),
        ("'The Moon is made of cheese'", "'The Moon is made of cheese'"),
    ],
)
def test_quotes_around_the_whole_claim_are_taken_off(invoke: Invoke, mini_kb: Path, typed: str, kept: str) -> None:
    result = invoke("add", "--kb", str(mini_kb), "--claim", typed, "--verdict", "false", "--force", "--json")
    assert result.exit_code == ExitCode.OK, result.output
    assert json.loads(result.stdout)["added"][0]["claim"] == kept
    assert ("the quotes around the claim are taken off" in result.stderr) == (kept != typed.strip())
    result = invoke("edit", "us-troops-in-mexico-10000", "--kb", str(mini_kb), "--claim", typed, "--json")
    assert result.exit_code == ExitCode.OK, result.output
    assert json.loads(result.stdout)["updated"][0]["claim"] == kept


def test_quotes_around_no_words_are_still_no_claim(invoke: Invoke, mini_kb: Path) -> None:
    before = mini_kb.read_bytes()
    result = invoke("add", "--kb", str(mini_kb), "--claim", "\u201c \u201d", "--verdict", "false")
    assert_refused(result, mini_kb, before, "has no words: give the claim's text")


@pytest.mark.parametrize(
    ("command", "options", "message"),
    [
        # Click kept the last value unsaid: 'true' was written, exit 0
        (("edit", "us-troops-in-mexico-10000"), ("--verdict", "false", "--verdict", "true"), "--verdict given 2 times"),
        (("edit", "us-troops-in-mexico-10000"), ("--summary", "A.", "--claimant", "X", "--summary", "B."), "--summary"),
        (("edit", "us-troops-in-mexico-10000"), ("--id", "one", "--id", "two", "--id", "three"), "--id given 3 times"),
        (("edit", "us-troops-in-mexico-10000"), ("--checked", "2026-01-01", "--checked", "2026-01-02"), "--checked"),
        (("edit", "us-troops-in-mexico-10000"), ("--verdict", "false", "-n", "--verdict", "true"), "--verdict given"),
        (("add",), ("--claim", "Cheese moon", "--claim", "Moon cheese", "--verdict", "false"), "--claim given 2"),
        (
            ("add",),
            (
                "--claim",
                "Cheese moon",
                "--verdict",
                "false",
                "--source-url",
                "https://e.org/a",
                "--source-quote",
                "A",
                "--source-quote",
                "B",
            ),
            "--source-quote given 2 times",
        ),
    ],
)
def test_an_option_of_one_value_given_twice_is_refused(
    invoke: Invoke, mini_kb: Path, command: tuple[str, ...], options: tuple[str, ...], message: str
) -> None:
    before = mini_kb.read_bytes()
    result = invoke(*command, "--kb", str(mini_kb), *options)
    assert_refused(result, mini_kb, before, message)
    assert ": it takes one value (give it once)" in result.stderr


def test_options_meant_to_repeat_are_not_refused(invoke: Invoke, mini_kb: Path) -> None:
    # lists (--tag, --alias, --add-tag ...) take each value; a flag given twice (--dry-run, --json) says one thing
    result = invoke(
        "edit",
        "us-troops-in-mexico-10000",
        "--kb",
        str(mini_kb),
        "--add-tag",
        "a",
        "--add-tag",
        "b",
        "--add-alias",
        "One wording",
        "--add-alias",
        "Another wording",
        "-n",
        "--dry-run",
        "--json",
        "--json",
    )
    assert result.exit_code == ExitCode.OK, result.output
    assert json.loads(result.stdout)["updated"][0]["aliases"][-2:] == ["One wording", "Another wording"]
    result = invoke(
        "add",
        "--kb",
        str(mini_kb),
        "--claim",
        "Cheese moon",
        "--verdict",
        "false",
        "--tag",
        "a",
        "--tag",
        "b",
        "--alias",
        "Moon of cheese",
        "--alias",
        "Cheesy moon",
    )
    assert result.exit_code == ExitCode.OK, result.output
    added = next(claim for claim in load_knowledge_base(mini_kb).claims if claim.claim == "Cheese moon")
    assert added.tags == ("a", "b") and added.aliases == ("Moon of cheese", "Cheesy moon")


def test_help_is_shown_whatever_else_is_repeated(invoke: Invoke, mini_kb: Path) -> None:
    result = invoke("edit", "x", "--kb", str(mini_kb), "--verdict", "false", "--verdict", "true", "--help")
    assert result.exit_code == ExitCode.OK and "Usage:" in result.stdout, result.output


@pytest.mark.parametrize("options", [("--source", "1", "--source-date", "2026-02-02"), ("--summary", "Why.")])
def test_a_comment_inside_a_flow_source_is_not_dropped_unsaid(
    invoke: Invoke, tmp_path: Path, options: tuple[str, ...]
) -> None:
    # the source was written back as '- {url: ..., date: "2026-02-02", note: n}  # t', '# c' gone, exit 0
    kb = tmp_path / "claims.yaml"
    kb.write_text(
        'claims:\n  - id: a\n    claim: Some claim here\n    verdict: "false"\n    sources:\n'
        '      - {url: https://example.org/one,\n         # c\n         date: "2026-01-05", note: n}  # t\n'
        "    tags: [x]\n"
    )
    before = kb.read_bytes()
    result = invoke("edit", "a", "--kb", str(kb), *options)
    assert result.exit_code == ExitCode.ERROR, result.output
    assert f"{kb}:7:10: error: claim 'a' has a comment inside a '{{...}}' or '[...]' ('# c')" in result.stderr
    assert "edit the claim by hand (run 'factcheck edit a' without options" in result.stderr
    assert kb.read_bytes() == before


_SOURCE_IN_ERROR_HEAD = 'claims:\n  - id: a\n    claim: Some claim here\n    verdict: "false"\n    sources:\n'


@pytest.mark.parametrize(
    "rest",
    [  # the alias in another source, in another claim, in the same claim
        "      - url: https://example.org/one\n        date: &d 2026-13-01\n"
        "      - url: https://example.org/two\n        date: *d\n",
        "      - url: https://example.org/one\n        date: &d 2026-13-01\n"
        '  - id: b\n    claim: Other claim there\n    verdict: "true"\n    checked: *d\n',
        "      - url: https://example.org/one\n        date: &d 2026-13-01\n    checked: *d\n",
    ],
)
def test_a_source_in_error_with_an_anchor_is_not_taken_for_one_to_repair(
    invoke: Invoke, tmp_path: Path, rest: str
) -> None:
    # the error of the alias's value is at the anchor's place: source 2's (or another field's) read as source 1's,
    # which '--source 1 --source-date' was taken to repair; later checks refused it, with 'has errors; fix them
    # first' in place of the errors of the sources the change would rewrite
    kb = tmp_path / "claims.yaml"
    kb.write_text(_SOURCE_IN_ERROR_HEAD + rest)
    before = kb.read_bytes()
    result = invoke("edit", "a", "--kb", str(kb), "--source", "1", "--source-date", "2026-01-01")
    assert result.exit_code == ExitCode.ERROR, result.output
    assert f"{kb}:2: error: claim 'a' has errors in its sources, which this change would rewrite" in result.stderr
    assert kb.read_bytes() == before


def test_a_source_in_error_with_an_ampersand_in_a_value_is_repaired(invoke: Invoke, tmp_path: Path) -> None:
    # a guard of the rule above: '&' or '*' in a value is no anchor or alias
    kb = tmp_path / "claims.yaml"
    source = "      - url: https://example.org/?a=1&b=2\n        title: A & B *new*\n        date: 2026-13-01\n"
    kb.write_text(_SOURCE_IN_ERROR_HEAD + source)
    result = invoke("edit", "a", "--kb", str(kb), "--source", "1", "--source-date", "2026-01-01")
    assert result.exit_code == ExitCode.OK, result.output
    assert kb.read_text() == _SOURCE_IN_ERROR_HEAD + source.replace("2026-13-01", '"2026-01-01"')


def test_tags_given_comma_separated_are_several_tags(invoke: Invoke, mini_kb: Path) -> None:
    # "--add-tag health,imported" made the one tag "health,imported", which no 'list --tag' found; add's
    # question takes tags comma-separated (teacher walkthrough)
    result = invoke("add", "--kb", str(mini_kb), "--claim", "Cheese moon", "--verdict", "false", "--tag", "space, food")
    assert result.exit_code == ExitCode.OK, result.output
    assert load_knowledge_base(mini_kb).get("cheese-moon").tags == ("space", "food")  # type: ignore[union-attr]
    result = invoke("edit", "cheese-moon", "--kb", str(mini_kb), "--add-tag", "health,Food,,imported")
    assert result.exit_code == ExitCode.OK, result.output
    assert load_knowledge_base(mini_kb).get("cheese-moon").tags == ("space", "food", "health", "imported")  # type: ignore[union-attr]
    result = invoke("edit", "cheese-moon", "--kb", str(mini_kb), "--remove-tag", "space,imported")
    assert result.exit_code == ExitCode.OK, result.output
    assert load_knowledge_base(mini_kb).get("cheese-moon").tags == ("food", "health")  # type: ignore[union-attr]
    result = invoke("edit", "cheese-moon", "--kb", str(mini_kb), "--tag", "a,b")
    assert result.exit_code == ExitCode.OK, result.output
    assert load_knowledge_base(mini_kb).get("cheese-moon").tags == ("a", "b")  # type: ignore[union-attr]


def test_edit_add_and_remove_keep_a_last_block_texts_final_line_breaks(
    invoke: Invoke, tmp_path: Path, fake_editor: Callable[..., Path]
) -> None:
    # '|+' keeps a text's final line breaks: the blank lines below it are the text's; an entry whose last field it
    # is was taken to end above them ('|+' became '|' when edited, a tag added went above them, a neighbour removed
    # took them)
    original = (
        "claims:\n  - id: a\n    claim: A thing\n    verdict: mixed\n    summary: |+\n      Why.\n\n\n"
        "  - id: b\n    claim: Another thing\n    verdict: mixed\n    summary: |+\n      Because.\n\n"
    )
    kb = tmp_path / "claims.yaml"
    steps = [
        (("edit", "a", "--summary", "New."), original.replace("Why.", "New.")),
        (("edit", "b", "--add-tag", "x"), original + "    tags: [x]\n"),
        (("edit", "a"), original.replace("verdict: mixed", "verdict: misleading", 1)),  # in the editor
        (("add", "--claim", "A third claim", "--verdict", "true", "--id", "c"), original + "  - id: c\n"),
        (("remove", "b", "--yes"), original.split("  - id: b")[0]),
    ]
    fake_editor({"do": "replace", "old": "verdict: mixed", "new": "verdict: misleading"})
    for args, expected in steps:
        kb.write_text(original, encoding="utf-8")
        result = invoke(*args, "--kb", str(kb))
        assert result.exit_code == 0, result.output
        assert kb.read_text(encoding="utf-8").startswith(expected), args


def test_removing_a_first_claim_or_tag_leaves_the_comment_heading_its_list(invoke: Invoke, tmp_path: Path) -> None:
    # the comment right under 'claims:' (or 'tags:') went with the first claim (or tag) removed
    head = "claims:\n  # claims about X\n"
    second = "  - id: b\n    claim: Another thing\n    verdict: mixed\n"
    kb = tmp_path / "claims.yaml"
    kb.write_text(head + "  - id: a\n    claim: A thing\n    verdict: mixed\n" + second, encoding="utf-8")
    assert invoke("remove", "a", "--yes", "--kb", str(kb)).exit_code == 0
    assert kb.read_text(encoding="utf-8") == head + second
    kb.write_text(head + second + "    tags:\n      # the topics\n      - x\n      - y\n", encoding="utf-8")
    assert invoke("edit", "b", "--remove-tag", "x", "--kb", str(kb)).exit_code == 0
    assert kb.read_text(encoding="utf-8") == head + second + "    tags:\n      # the topics\n      - y\n"


def test_removing_the_first_claim_of_a_file_heading_each_claim_takes_its_comment(invoke: Invoke, mini_kb: Path) -> None:
    # mini_kb heads its first claim ('# First claim: troop numbers', right under 'claims:') and another so
    assert "  # First claim: troop numbers\n" in mini_kb.read_text(encoding="utf-8")
    assert invoke("remove", "us-troops-in-mexico-10000", "--yes", "--kb", str(mini_kb)).exit_code == 0
    assert "claims:\n  - id: senate-must-approve-foreign-troops\n" in mini_kb.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("slip", "where", "said"),
    [
        ('  id: b\n    claim: d\n    verdict: "true"\n', "5:3", "this begins a new claim without its '- '"),
        ("    summary: The study said\n      something: else\n", "6:16", "goes on with the text of 'summary:'"),
        ("    sources:\n      - url: https://example.org/a\n     title: T\n", "7:6", "line it up with 'url:'"),
        ("    summary No source.\n", "5:12", "a ':' is missing after 'summary'"),
        ("    summary: 'It's wrong'\n", "5:18", "a ' inside a value in single quotes ends it early"),
    ],
)
def test_a_hand_edit_slip_is_named_where_it_is_and_no_command_changes_the_file(
    invoke: Invoke, tmp_path: Path, slip: str, where: str, said: str
) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(('claims:\n  - id: a\n    claim: The sky is green.\n    verdict: "false"\n' + slip).encode())
    before = path.read_bytes()
    result = invoke("validate", str(path))
    assert result.exit_code == ExitCode.FINDINGS, result.output
    assert f"{path}:{where}: error: invalid YAML: " in result.stdout and said in result.stdout
    for command in (["edit", "a", "--verdict", "true"], ["add", "--claim", "Pigs fly.", "--verdict", "false"]):
        result = invoke(*command, "--kb", str(path))
        assert result.exit_code == ExitCode.ERROR and said in result.stderr, result.output
        assert "Traceback" not in result.output and path.read_bytes() == before


def test_a_text_lost_to_a_comment_is_a_warning_of_validate_at_its_place_the_file_unchanged(
    invoke: Invoke, tmp_path: Path
) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(b'claims:\n  - id: a\n    claim: We are #1 in exports\n    verdict: "false"\n')
    before = path.read_bytes()
    result = invoke("validate", str(path))
    assert result.exit_code == 0, result.output
    assert (
        f"{path}:3:19: warning: claim 'a' text (claim): the text after ' #' ('#1 in exports') is read as a comment, "
        "not as text; if it is part of the text, put the whole value in quotes "
        '(claim: "We are #1 in exports")'
    ) in " ".join(result.stdout.split())
    assert path.read_bytes() == before


_LONG = "us troops " * 10_000  # a pasted article where a short value goes


@pytest.mark.parametrize(
    "args",
    [
        ("edit", "us-troops-in-mexico-10000", "--id", _LONG),
        ("add", "--id", _LONG, "--claim", "The moon is made of cheese", "--verdict", "false"),
        ("edit", "us-troops-in-mexico-10000", "--remove-tag", _LONG),
        ("edit", "us-troops-in-mexico-10000", "--remove-alias", _LONG),
        ("edit", "us-troops-in-mexico-10000", "--verdict", _LONG),
        ("edit", "us-troops-in-mexico-10000", "--checked", _LONG),
        ("edit", "us-troops-in-mexico-10000", "--source", "1", "--source-date", _LONG),
        ("list", "--verdict", _LONG),
        ("list", "--since", _LONG),
    ],
)
def test_a_long_value_in_error_is_quoted_cut_as_every_message_quotes_one(
    invoke: Invoke, mini_kb: Path, args: tuple[str, ...]
) -> None:
    # 'claim ... is not valid', 'has no tag ...', an option's 'is not one of' / 'is not a real date'
    # echoed 100,000 characters whole; the unknown id and the id's own problem were cut already
    before = mini_kb.read_bytes()
    result = invoke(*args, "--kb", str(mini_kb))
    assert result.exit_code == ExitCode.ERROR, result.output
    assert "'us troops us troops" in result.stderr and "…'" in result.stderr
    assert len(result.stderr) < 1_000
    assert mini_kb.read_bytes() == before


@pytest.mark.parametrize(
    ("command", "options", "message"),
    [
        # Click kept the last value unsaid, and the command wrote to it: the guess was written
        (("remove", "us-troops-in-mexico-10000", "--yes"), ("--kb", "other.yaml"), "--kb given 2 times"),
        (("import", "x.json"), ("--rating-map", "a.yaml", "--rating-map", "b.yaml"), "--rating-map given 2 times"),
    ],
)
def test_remove_and_import_refuse_an_option_of_one_value_given_twice(
    invoke: Invoke, mini_kb: Path, command: tuple[str, ...], options: tuple[str, ...], message: str
) -> None:
    before = mini_kb.read_bytes()
    result = invoke(*command, "--kb", str(mini_kb), *options)
    assert_refused(result, mini_kb, before, message)


def test_the_read_commands_take_the_last_of_an_option_given_twice(invoke: Invoke, mini_kb: Path) -> None:
    # a shell alias (alias fc='factcheck check --top 3') is given the option again: the last one is meant
    result = invoke("check", "--kb", str(mini_kb), "--json", "--top", "3", "--top", "1", "US troops are in Mexico")
    assert result.exit_code == ExitCode.OK, result.output
    assert len(json.loads(result.stdout)["matches"]) == 1


#: "Crime never increased" beside "Crime increased" is another fact-check: add adds it with the note import gives it
#: (polar75: add refused it as a near-duplicate, asking for --force, where import added it), and refuses a claim
#: saying nearly the same still
OPPOSITE_PAIRS = [
    ("Violent crime in Riverton increased sharply in 2023.", "Violent crime in Riverton never increased in 2023."),
    (
        "Le chômage à Riverton a augmenté fortement en 2023.",
        "Le chômage à Riverton n'a jamais augmenté fortement en 2023.",
    ),
]


@pytest.mark.parametrize(("there", "typed"), OPPOSITE_PAIRS)
def test_add_adds_a_claim_saying_the_opposite_with_import_s_note(
    invoke: Invoke, tmp_path: Path, there: str, typed: str
) -> None:
    kb = tmp_path / "claims.yaml"
    kb.write_text(f'claims:\n  - id: there\n    claim: {there}\n    verdict: "false"\n', encoding="utf-8")
    result = invoke("add", "--kb", str(kb), "--claim", typed, "--verdict", "false", "--id", "typed")
    assert result.exit_code == ExitCode.OK, result.output
    assert [c.claim for c in load_knowledge_base(kb).claims] == [there, typed]
    (note,) = [line for line in result.stderr.splitlines() if "opposite" in line]
    assert note.startswith("note: 'typed' added, though worded nearly as 'there' (similarity 0.")
    assert note.endswith("): it says the opposite")
    assert "keep one" not in result.stderr  # no "one fact-check twice" note on it
    # import reads the same pair alike, with the same words
    other = tmp_path / "other.yaml"
    other.write_text(f'claims:\n  - id: there\n    claim: {there}\n    verdict: "false"\n', encoding="utf-8")
    review = tmp_path / "review.json"
    review.write_text(json.dumps({"@type": "ClaimReview", "claimReviewed": typed, "url": "https://example.org/r"}))
    imported = invoke("import", str(review), "--kb", str(other))
    assert imported.exit_code == ExitCode.OK, imported.output
    assert [c.claim for c in load_knowledge_base(other).claims] == [there, typed]
    (imported_note,) = [line for line in imported.output.splitlines() if "opposite" in line]
    assert imported_note.strip() == "the ClaimReview: " + note.removeprefix("note: 'typed' ")


def test_add_still_refuses_a_claim_saying_nearly_the_same(invoke: Invoke, tmp_path: Path) -> None:
    kb = tmp_path / "claims.yaml"
    kb.write_text('claims:\n  - id: there\n    claim: Crime in Riverton increased in 2023.\n    verdict: "false"\n')
    before = kb.read_bytes()
    result = invoke("add", "--kb", str(kb), "--claim", "Crime in Riverton increased during 2023.", "--verdict", "false")
    assert result.exit_code != ExitCode.OK and "already has a claim like this one" in result.stderr
    assert "opposite" not in result.stderr and kb.read_bytes() == before


def test_add_json_names_the_claim_it_says_the_opposite_of_apart_from_related(invoke: Invoke, tmp_path: Path) -> None:
    # a script adding claims saw the claim said the opposite of under "related" (whose note says "keep one"), and
    # nothing said it was the opposite
    there, typed = OPPOSITE_PAIRS[0]
    kb = tmp_path / "claims.yaml"
    kb.write_text(f'claims:\n  - id: there\n    claim: {there}\n    verdict: "false"\n', encoding="utf-8")
    result = invoke("add", "--kb", str(kb), "--claim", typed, "--verdict", "false", "--id", "typed", "--json")
    assert result.exit_code == ExitCode.OK, result.output
    report = json.loads(result.stdout)
    (opposite,) = report["opposite"]
    assert {k: v for k, v in opposite.items() if k != "score"} == {
        "id": "there",
        "claim": there,
        "verdict": "false",
        "added_id": "typed",
    }
    assert 0.8 < opposite["score"] <= 1
    assert "there" not in [other["id"] for other in report["related"]]


def test_add_dry_run_says_the_claim_saying_the_opposite_would_be_added(invoke: Invoke, tmp_path: Path) -> None:
    there, typed = OPPOSITE_PAIRS[0]
    kb = tmp_path / "claims.yaml"
    kb.write_text(f'claims:\n  - id: there\n    claim: {there}\n    verdict: "false"\n', encoding="utf-8")
    before = kb.read_bytes()
    result = invoke("add", "--kb", str(kb), "--claim", typed, "--verdict", "false", "--id", "typed", "--dry-run")
    assert result.exit_code == ExitCode.OK, result.output
    (note,) = [line for line in result.stderr.splitlines() if "opposite" in line]
    assert note.startswith("note: 'typed' would be added, though worded nearly as 'there'")
    assert kb.read_bytes() == before


def test_add_help_names_the_opposite_key(invoke: Invoke) -> None:
    result = invoke("add", "--help")
    assert result.exit_code == ExitCode.OK and '"opposite"' in result.output


_ANCHORED = (
    "claims:\n"
    "  - id: a-1\n    claim: Tacos are sandwiches.\n    verdict: 'false'\n    sources: &src\n"
    "      - url: https://example.org/tacos\n        publisher: Example\n"
    "  - id: b-2\n    claim: Burritos are soups.\n    verdict: 'false'\n    sources: *src\n"
)


def test_removing_a_claim_whose_anchor_another_claim_uses_says_which_and_what_to_do(
    invoke: Invoke, tmp_path: Path
) -> None:
    # it said "invalid (unknown alias *src (if it is text opening with '*', put the whole value in quotes))",
    # a hint for a text, where b-2's sources are a-1's through a YAML alias
    kb = tmp_path / "claims.yaml"
    kb.write_text(_ANCHORED)
    result = invoke("remove", "a-1", "--kb", str(kb), "--yes")
    assert result.exit_code == ExitCode.ERROR, result.output
    assert result.stderr.splitlines() == [
        "factcheck: error: claim 'b-2' uses the YAML anchor &src of claim 'a-1' (*src, line 11), which would name "
        "nothing once a-1 is removed: write out the value in place of *src (or move &src there), then remove a-1; "
        "nothing written"
    ]
    assert kb.read_text() == _ANCHORED
    # the claim using the anchor is removed as before, and so is a claim after another defines the anchor again
    assert invoke("remove", "b-2", "--kb", str(kb), "--yes").exit_code == ExitCode.OK
    assert kb.read_text() == _ANCHORED.split("  - id: b-2")[0]
    kb.write_text(_ANCHORED.replace("    sources: *src\n", "    sources: []\n"))
    assert invoke("remove", "a-1", "--kb", str(kb), "--yes").exit_code == ExitCode.OK


@pytest.mark.parametrize(
    "command",
    [
        ("remove", "a-1", "--yes"),
        ("edit", "a-1", "--add-tag", "x"),
        ("add", "--claim", "New one", "--verdict", "false"),
    ],
)
def test_a_file_defining_an_anchor_twice_is_refused_with_where_not_a_traceback(
    invoke: Invoke, tmp_path: Path, command: tuple[str, ...]
) -> None:
    # YAML 1.2 allows it (an alias names the last anchor of its name) and validate reads it; the edits' reader
    # (PyYAML's composer) raised "found duplicate anchor", a traceback
    kb = tmp_path / "claims.yaml"
    text = _ANCHORED + "  - id: c-3\n    claim: Nachos are salads.\n    verdict: 'false'\n    sources: &src []\n"
    kb.write_text(text)
    assert invoke("validate", str(kb)).exit_code == ExitCode.OK
    result = invoke(*command, "--kb", str(kb))
    assert result.exit_code == ExitCode.ERROR, result.output
    assert result.stderr.splitlines()[0] == (
        f"factcheck: {kb}:15:14: error: the YAML anchor &src is defined again here (first at line 5); factcheck "
        "cannot edit a file that defines an anchor twice: rename one of them (and the aliases that mean it)"
    )
    assert kb.read_text() == text


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (("a-1", "verdict", "false"), "factcheck edit a-1 --verdict false ..."),
        (("a-1", "summary", "Not so.", "--dry-run"), "factcheck edit a-1 --summary 'Not so.' ..."),
        (("--dry-run", "a-1", "add-tag", "border"), "factcheck edit a-1 --add-tag border ..."),
    ],
)
def test_edit_with_an_options_name_typed_as_a_word_is_told_the_option(
    invoke: Invoke, tmp_path: Path, args: tuple[str, ...], hint: str
) -> None:
    # 'factcheck edit a-1 verdict false' said only "Got unexpected extra argument(s) (verdict false)", where
    # 'factcheck update a-1 verdict false' is told 'factcheck edit a-1 --verdict false'
    kb = tmp_path / "claims.yaml"
    kb.write_text(_ANCHORED)
    result = invoke("edit", *args, "--kb", str(kb))
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr.splitlines()[-1].endswith(f"; edit takes options: {hint}"), result.stderr
    assert kb.read_text() == _ANCHORED


def test_edit_with_extra_words_that_name_no_option_keeps_clicks_message(invoke: Invoke, tmp_path: Path) -> None:
    kb = tmp_path / "claims.yaml"
    kb.write_text(_ANCHORED)
    result = invoke("edit", "a-1", "b-2", "--kb", str(kb))
    assert result.stderr.splitlines()[-1] == "factcheck: error: Got unexpected extra argument(s) (b-2)"


def test_add_to_a_new_file_named_nearly_as_one_beside_it_says_so(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 'add --kb claim.yaml' (claims.yaml mistyped) added the claim to a new file, unsaid: 'list' then showed
    # claims.yaml without it
    monkeypatch.chdir(tmp_path)
    Path("claims.yaml").write_text(_ANCHORED)
    Path("notes.yaml").write_text("x: 1\n")
    result = invoke("add", "--kb", "claim.yaml", "--claim", "Chips are fries.", "--verdict", "false")
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stderr.splitlines() == [
        "factcheck: note: added to a new file, claim.yaml; there is also claims.yaml beside it: name it with "
        "--kb claims.yaml to add there"
    ]
    assert Path("claims.yaml").read_text() == _ANCHORED
    # a file there already, and a new one named like none beside it, get no note
    again = invoke("add", "--kb", "claim.yaml", "--claim", "Salsa is soup.", "--verdict", "false")
    fresh = invoke("add", "--kb", "desk-two.yaml", "--claim", "Salsa is soup.", "--verdict", "false")
    assert (again.exit_code, again.stderr, fresh.exit_code, fresh.stderr) == (ExitCode.OK, "", ExitCode.OK, "")


@pytest.mark.parametrize(
    ("typed", "beside"),
    [
        ("claim.yaml", "claims.yaml"),  # a letter left out
        ("claimss.yaml", "claims.yaml"),  # one too many
        ("claism.yaml", "claims.yaml"),  # two letters swapped
        ("clains.yaml", "claims.yaml"),  # one for another
        ("claims", "claims.yaml"),  # the ending left off, as a file manager shows the name
        ("claims.yml", "claims.yaml"),  # YAML's other ending
        ("claims.yaml", "claims.yaml.txt"),  # Windows hides the '.txt' (_LOOKALIKE_KB_NAMES)
        ("desk/claim.yaml", "desk/claims.yaml"),  # in a folder: named as typed
    ],
)
def test_add_to_a_new_file_whose_name_is_one_letter_off_another_claims_file_notes_it(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, beside: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("desk").mkdir()
    Path(beside).write_text(_ANCHORED)
    result = invoke("add", "--kb", typed, "--claim", "Chips are fries.", "--verdict", "false")
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stderr.splitlines() == [
        f"factcheck: note: added to a new file, {typed}; there is also {beside} beside it: name it with "
        f"--kb {beside} to add there"
    ]
    assert Path(beside).read_text() == _ANCHORED


@pytest.mark.parametrize(
    ("typed", "beside"),
    [
        # a second file of a series, named as files are: a number, a year, a language, a team, a word
        ("desk2.yaml", "desk.yaml"),
        ("health2.yaml", "health.yaml"),
        ("week02.yaml", "week01.yaml"),
        ("claims-2026.yaml", "claims-2025.yaml"),
        ("claims-2024.yaml", "claims-2023.yaml"),
        ("election-2026.yaml", "election-2022.yaml"),
        ("claims-de.yaml", "claims-es.yaml"),
        ("claims-en.yaml", "claims-es.yaml"),
        ("claims-fra.yaml", "claims-fry.yaml"),
        ("team-b.yaml", "team-a.yaml"),
        ("crime_desk.yaml", "climate_desk.yaml"),
        ("indonesian_desk.yaml", "indian_desk.yaml"),
        ("config.yaml", "_config.yml"),  # not a letter apart
        ("desk-two.yaml", "claims.yaml"),
    ],
)
def test_add_to_a_new_file_named_as_the_next_of_a_series_says_nothing(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, beside: str
) -> None:
    # a near name was noted as a typo by its likeness alone: 'there is also claims-2025.yaml beside it' for
    # every yearly, numbered, per-language or per-team claims file
    monkeypatch.chdir(tmp_path)
    Path(beside).write_text(_ANCHORED)
    result = invoke("add", "--kb", typed, "--claim", "Chips are fries.", "--verdict", "false")
    assert (result.exit_code, result.stderr) == (ExitCode.OK, ""), result.output
    assert Path(typed).is_file()


def test_add_beside_a_file_one_letter_off_that_is_no_claims_file_says_nothing(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("claims.yaml").write_text("name: site\ntheme: dark\n")  # some other tool's YAML
    result = invoke("add", "--kb", "claim.yaml", "--claim", "Chips are fries.", "--verdict", "false")
    assert (result.exit_code, result.stderr) == (ExitCode.OK, ""), result.output


def test_add_through_a_link_to_nothing_does_not_name_the_link_as_its_lookalike(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 'there is also dang2.yaml beside it: name it with --kb dang2.yaml', of the file --kb named
    monkeypatch.chdir(tmp_path)
    Path("dang2.yaml").symlink_to("missing.yaml")
    result = invoke("add", "--kb", "dang2.yaml", "--claim", "Chips are fries.", "--verdict", "false")
    assert result.exit_code == ExitCode.OK, result.output
    assert "note" not in result.stderr


def test_removing_a_claim_whose_anchor_another_claim_uses_is_refused_before_the_question(
    invoke: Invoke, tmp_path: Path, terminal: None
) -> None:
    # "Remove claim 'a-1' ...? [y/N]" was asked, and only once confirmed was the removal refused
    kb = tmp_path / "claims.yaml"
    kb.write_text(_ANCHORED)
    result = invoke("remove", "a-1", "--kb", str(kb), input="y\n")
    assert result.exit_code == ExitCode.ERROR, result.output
    assert "Remove" not in result.output
    assert "uses the YAML anchor &src of claim 'a-1'" in result.stderr
    assert kb.read_text() == _ANCHORED


def test_removing_from_a_file_with_errors_says_fix_them_first_not_the_alias(invoke: Invoke, tmp_path: Path) -> None:
    # a merge key ('<<: *base') is an error of the file: the alias advice came in place of its errors
    kb = tmp_path / "claims.yaml"
    text = (
        "claims:\n  - &base\n    id: a-1\n    claim: Tacos are sandwiches.\n    verdict: 'false'\n"
        "  - <<: *base\n    id: b-2\n    claim: Burritos are soups.\n"
    )
    kb.write_text(text)
    result = invoke("remove", "a-1", "--kb", str(kb), "--yes")
    assert result.exit_code == ExitCode.ERROR, result.output
    assert "has errors; fix them first (see 'factcheck validate')" in result.stderr
    assert "anchor" not in result.stderr.splitlines()[0]
    assert kb.read_text() == text


def test_edit_with_an_id_the_locale_could_not_read_suggests_no_command(invoke: Invoke, tmp_path: Path) -> None:
    # 'edit $'\xff' verdict false' was told 'factcheck edit '\udcff' --verdict false', which edit then refuses
    kb = tmp_path / "claims.yaml"
    kb.write_text(_ANCHORED)
    result = invoke("edit", "\udcff", "verdict", "false", "--kb", str(kb))
    assert result.exit_code == ExitCode.ERROR
    assert "edit takes options" not in result.stderr and "\\udcff" not in result.stderr


def test_an_anchor_defined_twice_after_a_tag_is_named(invoke: Invoke, tmp_path: Path) -> None:
    # 'tags: !!seq &t [meal]': the parser's place is the tag's, and the message read "the YAML anchor this anchor"
    kb = tmp_path / "claims.yaml"
    text = _ANCHORED.replace("    sources: &src\n", "    tags: &t [food]\n    sources: &src\n") + (
        "  - id: c-3\n    claim: Nachos are salads.\n    verdict: 'false'\n    tags: !!seq &t [meal]\n"
    )
    kb.write_text(text)
    result = invoke("edit", "c-3", "--verdict", "true", "--kb", str(kb))
    assert result.exit_code == ExitCode.ERROR, result.output
    assert "the YAML anchor &t is defined again here (first at line 5)" in result.stderr.splitlines()[0]
    assert kb.read_text() == text


def test_add_to_a_new_file_named_as_another_without_its_ending_names_that_one_first(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # '--kb claims' beside claims.yaml and claim.yaml named claim.yaml (first by name), a letter off, not the
    # file of its very name
    monkeypatch.chdir(tmp_path)
    Path("claims.yaml").write_text(_ANCHORED)
    Path("claim.yaml").write_text(_ANCHORED)
    result = invoke("add", "--kb", "claims", "--claim", "Chips are fries.", "--verdict", "false")
    assert result.exit_code == ExitCode.OK, result.output
    assert "there is also claims.yaml beside it" in result.stderr
