"""The library never changes the starter file installed with factcheck, as the command line never does.

A newsroom script calling ``add_claims(bundled_kb_path(), ...)`` (or ``update_claim``, ``remove_claim``,
``replace_entry``, ``import_file``) on a wheel install wrote into ``site-packages/factcheck/data/claims.yaml``:
the next ``pip install`` replaced it, unsaid, and until then every reading command elsewhere answered with the
script's claims as the starter's.  ``add``, ``edit``, ``remove`` and ``import`` refused it already
(tests/test_cli_which_kb.py); the refusal is now the library's, which they use.  The checkout's own
claims.yaml, the starter's source, stays editable (docs/claims-file.md).
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck import (
    Claim,
    KnowledgeBaseError,
    Verdict,
    add_claims,
    bundled_kb_path,
    import_file,
    remove_claim,
    update_claim,
)
from factcheck.editing import entry_for_editing, replace_entry
from factcheck.store import is_packaged_kb, packaged_kb_path

#: a claim of tests/fixtures/mini_claims.yaml, the packaged file's content here (the ``packaged`` fixture)
OWN_CLAIM = "drones-over-mexico"

NEW_CLAIM = Claim(id="ferry-fare", claim="The ferry fare doubled.", verdict=Verdict.FALSE)

_FEED = json.dumps([{"id": "ferry", "claim": "The ferry fare doubled.", "verdict": "false"}]).encode()


def _add(path: Path | str, dry_run: bool) -> object:
    return add_claims(path, [NEW_CLAIM], dry_run=dry_run)


def _update(path: Path | str, dry_run: bool) -> object:
    return update_claim(path, OWN_CLAIM, lambda c: dataclasses.replace(c, verdict=Verdict.TRUE), dry_run=dry_run)


def _remove(path: Path | str, dry_run: bool) -> object:
    return remove_claim(path, OWN_CLAIM, dry_run=dry_run)


def _replace(path: Path | str, dry_run: bool) -> object:
    # the editor's path ('edit' without options): what it read of the entry, written back changed
    draft = entry_for_editing(Path(path), OWN_CLAIM)
    text = draft.text.replace("verdict: mostly-true", "verdict: mixed")
    return replace_entry(Path(path), OWN_CLAIM, text, expected=draft.snapshot, dry_run=dry_run)


def _import(path: Path | str, dry_run: bool) -> object:
    return import_file(path, _FEED, "feed.json", dry_run=dry_run)


WRITERS: dict[str, Callable[[Path | str, bool], object]] = {
    "add_claims": _add,
    "update_claim": _update,
    "remove_claim": _remove,
    "replace_entry": _replace,
    "import_file": _import,
}


def _refusal(shown: str) -> str:
    """The error the command line prints after 'factcheck: ' (tests/test_cli_which_kb.py), for the path given."""
    return (
        f"{shown}: error: is the starter file installed with factcheck, which factcheck never changes (the next "
        f"install would replace it): copy it into a folder of your own, cp {shown} FOLDER/, and change the copy"
    )


@pytest.mark.parametrize("dry_run", [False, True])
@pytest.mark.parametrize("writer", WRITERS)
def test_no_library_writer_changes_the_starter_file_installed_with_factcheck(
    packaged: Path, writer: str, dry_run: bool
) -> None:
    assert bundled_kb_path() == packaged  # what a script on a wheel install reaches for
    before = packaged.read_bytes()
    with pytest.raises(KnowledgeBaseError) as refused:
        WRITERS[writer](packaged, dry_run)
    assert str(refused.value) == _refusal(str(packaged))
    assert [problem.location.path for problem in refused.value.problems] == [str(packaged)]
    assert packaged.read_bytes() == before
    assert sorted(p.name for p in packaged.parent.iterdir()) == ["claims.yaml"]  # no lock or temporary file left


@pytest.mark.parametrize("writer", WRITERS)
def test_the_starter_file_is_refused_under_any_name(packaged: Path, tmp_path: Path, writer: str) -> None:
    # a link to it (./claims.yaml made with 'ln -s'), or its path through a folder of links, as text
    link = tmp_path / "claims.yaml"
    link.symlink_to(packaged)
    linked_folder = tmp_path / "through"
    linked_folder.symlink_to(packaged.parent)
    before = packaged.read_bytes()
    for path in (link, str(linked_folder / "claims.yaml")):
        with pytest.raises(KnowledgeBaseError) as refused:
            WRITERS[writer](path, False)
        assert str(refused.value) == _refusal(str(path))
    assert packaged.read_bytes() == before


def test_a_name_with_a_space_is_quoted_in_the_cp_to_type(packaged: Path, tmp_path: Path) -> None:
    link = tmp_path / "my desk.yaml"
    link.symlink_to(packaged)
    with pytest.raises(KnowledgeBaseError) as refused:
        add_claims(link, [NEW_CLAIM])
    assert f"cp '{link}' FOLDER/, and change the copy" in str(refused.value)


@pytest.mark.parametrize("writer", WRITERS)
def test_a_copy_of_the_starter_file_is_changed_as_the_refusal_advises(
    packaged: Path, tmp_path: Path, writer: str
) -> None:
    copy = tmp_path / "desk" / "claims.yaml"
    copy.parent.mkdir()
    shutil.copyfile(packaged, copy)
    before = packaged.read_bytes()
    assert not is_packaged_kb(copy)
    WRITERS[writer](copy, False)
    assert copy.read_bytes() != before and packaged.read_bytes() == before


def test_a_checkouts_own_claims_file_stays_editable() -> None:
    # in a source checkout (and an editable install) the starter file is the claims.yaml at the repository's top,
    # the starter's single source, which the README's tour edits: a change there is made, not refused (here a dry
    # run, which writes nothing)
    if packaged_kb_path().is_file():
        pytest.skip("factcheck is installed from a wheel here: its starter file is the packaged one")
    checkout = bundled_kb_path()
    before = checkout.read_bytes()
    added = add_claims(checkout, [NEW_CLAIM], dry_run=True)
    assert "+    claim: The ferry fare doubled." in added.diff and not added.written
    imported = import_file(checkout, _FEED, "feed.json", dry_run=True)
    assert [claim.id for claim in imported.added] == ["ferry"] and imported.result is not None
    assert not imported.result.written
    assert checkout.read_bytes() == before
