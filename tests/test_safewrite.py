"""Atomic, locked writes: killed writers, racing writers, full disks and stale locks lose nothing."""

from __future__ import annotations

import errno
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcheck.editing import add_claims, remove_claim
from factcheck.model import Claim, Verdict
from factcheck.safewrite import (
    FileChangedError,
    LockTimeoutError,
    WriteError,
    file_lock,
    lock_path_for,
    read_snapshot,
    stray_temp_files,
    write_atomically,
)
from factcheck.store import load_knowledge_base

HELPER = Path(__file__).parent / "helpers" / "claims_writer.py"
EXTRA = Claim(id="crash-test-claim", claim="A claim added and removed over and over", verdict=Verdict.MIXED)


def test_write_keeps_permissions_and_leaves_no_stray_files(mini_kb: Path) -> None:
    mini_kb.chmod(0o640)
    snapshot = read_snapshot(mini_kb)
    with file_lock(mini_kb):
        assert lock_path_for(mini_kb).exists()
        write_atomically(mini_kb, b"claims:\n", snapshot)
    assert mini_kb.read_bytes() == b"claims:\n"
    assert mini_kb.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in mini_kb.parent.iterdir()) == ["claims.yaml"]


def test_refuses_when_the_file_changed_since_it_was_read(mini_kb: Path) -> None:
    snapshot = read_snapshot(mini_kb)
    mini_kb.write_text("claims:\n# changed by someone else\n")
    with pytest.raises(FileChangedError, match="changed on disk"):
        write_atomically(mini_kb, b"claims:\n", snapshot)
    assert mini_kb.read_text() == "claims:\n# changed by someone else\n"


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_write_leaves_the_original_and_no_temp_file(
    mini_kb: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    original = mini_kb.read_bytes()

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, failing, disk_full)
    with pytest.raises(WriteError, match="the disk is full; the file is unchanged"):
        add_claims(mini_kb, [EXTRA])
    assert mini_kb.read_bytes() == original
    assert sorted(p.name for p in mini_kb.parent.iterdir()) == ["claims.yaml"]


def test_interrupt_during_write_leaves_the_original(mini_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = mini_kb.read_bytes()

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        add_claims(mini_kb, [EXTRA])
    assert mini_kb.read_bytes() == original
    assert stray_temp_files(mini_kb) == []


def test_a_stale_lock_file_does_not_block(mini_kb: Path) -> None:
    lock_path_for(mini_kb).write_text("left by a killed process\n")
    add_claims(mini_kb, [EXTRA], lock_timeout=0.5)
    assert load_knowledge_base(mini_kb).get(EXTRA.id) is not None
    assert not lock_path_for(mini_kb).exists()


def test_waits_for_a_lock_held_by_another_process_then_gives_up(mini_kb: Path) -> None:
    original = mini_kb.read_bytes()
    holder = subprocess.Popen(
        [sys.executable, str(HELPER), "hold-lock", str(mini_kb)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        with pytest.raises(LockTimeoutError, match="being changed by another factcheck process"):
            add_claims(mini_kb, [EXTRA], lock_timeout=0.3)
        assert mini_kb.read_bytes() == original
    finally:
        holder.kill()
        holder.wait()
    add_claims(mini_kb, [EXTRA], lock_timeout=5)  # the kernel released the dead holder's lock
    assert load_knowledge_base(mini_kb).get(EXTRA.id) is not None


#: how long the writer's every fsync takes in the slow-disk case: a write (the file's fsync and its folder's)
#: then outlasts the longest wait before a kill (50 ms), as a write can on a loaded machine
SLOW_FSYNC_SECONDS = 0.06


@pytest.mark.parametrize(("trials", "fsync_seconds"), [(200, 0.0), (10, SLOW_FSYNC_SECONDS)], ids=["disk", "slow-disk"])
def test_killed_writers_leave_the_file_wholly_old_or_wholly_new(
    mini_kb: Path, trials: int, fsync_seconds: float
) -> None:
    """SIGKILL a writer (adding and removing one claim in a loop) at random moments of its writes.

    Each writer is killed a random 0 to 50 ms after it has completed one write, so that every kill lands
    among its writes however slow the machine is: the kills used to come 0 to 50 ms after the writer
    started, and "the writers did write between the kills" failed under load, when no write of the 200
    writers had ended within its 50 ms (the slow-disk case: each fsync takes SLOW_FSYNC_SECONDS)."""
    old = mini_kb.read_bytes()
    add_claims(mini_kb, [EXTRA])
    new = mini_kb.read_bytes()
    remove_claim(mini_kb, EXTRA.id)
    assert mini_kb.read_bytes() == old
    rng = random.Random(20260101)
    completed_writes = 0
    for _trial in range(trials):
        progress_read, progress_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the writer
            try:
                os.close(progress_read)
                if fsync_seconds:
                    _slow_down_fsync(fsync_seconds)
                while True:
                    if read_snapshot(mini_kb).data == old:
                        add_claims(mini_kb, [EXTRA])
                    else:
                        remove_claim(mini_kb, EXTRA.id)
                    os.write(progress_write, b".")
            finally:
                os._exit(1)
        os.close(progress_write)
        first_write_done = select.select([progress_read], [], [], FIRST_WRITE_LIMIT_SECONDS)[0]
        assert first_write_done, f"the writer of trial {_trial} completed no write in {FIRST_WRITE_LIMIT_SECONDS} s"
        time.sleep(rng.uniform(0, 0.05))  # the moment of the kill, among the writes that follow
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        completed_writes += len(_read_all(progress_read))
        os.close(progress_read)
        data = mini_kb.read_bytes()
        assert data in (old, new), f"torn file after trial {_trial}"
    assert completed_writes >= trials  # the writers did write between the kills: one write each at least
    # a normal write afterwards cleans up what killed writers left
    add_claims(mini_kb, [Claim(id="after-the-crashes", claim="Written after all the kills", verdict=Verdict.TRUE)])
    assert stray_temp_files(mini_kb) == []
    assert not lock_path_for(mini_kb).exists()
    assert load_knowledge_base(mini_kb).get("after-the-crashes") is not None


#: a bound on one write of a writer, so that a writer that cannot write fails the test rather than hangs it
FIRST_WRITE_LIMIT_SECONDS = 120


def _slow_down_fsync(seconds: float) -> None:
    """Make every fsync of this (writer) process take ``seconds`` more, as on a busy disk."""
    fsync = os.fsync

    def slow_fsync(fd: int) -> None:
        time.sleep(seconds)
        fsync(fd)

    os.fsync = slow_fsync


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def test_two_processes_adding_100_claims_each_lose_none(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    shutil.copyfile(Path(__file__).parent / "fixtures" / "mini_claims.yaml", path)
    writers = [
        subprocess.Popen([sys.executable, str(HELPER), "add", str(path), prefix, "100"], stderr=subprocess.PIPE)
        for prefix in ("alpha", "beta")
    ]
    for writer in writers:
        _out, err = writer.communicate(timeout=240)
        assert writer.returncode == 0, err.decode()
    ids = load_knowledge_base(path).ids()
    for prefix in ("alpha", "beta"):
        mine = [i for i in ids if i.startswith(prefix + "-")]
        assert mine == [f"{prefix}-{n}" for n in range(100)]  # all present, each writer's in its order
    assert len(ids) == 4 + 200
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml"]
