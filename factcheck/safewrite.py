"""Writing a file so that no crash, full disk, Ctrl-C or second process can leave it half-written.

* ``file_lock`` — an exclusive ``fcntl.flock`` on ``<file>.lock`` beside the file, held for the
  whole read-modify-write.  The kernel releases it when its holder dies, so a killed process
  never leaves a lock that blocks the next one; the lock file is removed on release.
* ``write_atomically`` — refuses when the file changed since it was read (another program, or
  a person in an editor, wrote it), then writes a temporary file in the same folder, flushes
  and fsyncs it, gives it the original's permissions, renames it over the original (atomic on
  POSIX) and fsyncs the folder so that the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

from .errors import FactcheckError, KnowledgeBaseError, Location, Problem, shown_name
from .store import read_bytes

#: seconds to wait for another factcheck process to finish its write
LOCK_TIMEOUT = 10.0
_POLL_SECONDS = 0.002  # short: a waiting writer must catch the gap between two writes of another


class WriteError(FactcheckError):
    """A file could not be written; it is left as it was."""


class LockTimeoutError(WriteError):
    pass


class FileChangedError(WriteError):
    pass


@dataclass(frozen=True)
class FileSnapshot:
    """A file's bytes as read at one moment (``data`` is None when it did not exist)."""

    path: Path
    data: bytes | None

    @property
    def exists(self) -> bool:
        return self.data is not None

    @property
    def digest(self) -> str:
        return "missing" if self.data is None else hashlib.sha256(self.data).hexdigest()


def read_snapshot(path: Path) -> FileSnapshot:
    if not os.path.lexists(path):
        return FileSnapshot(path, None)
    refuse_special_file(path)  # before opening: opening a FIFO for reading waits for a writer forever
    return FileSnapshot(path, read_bytes(path))


def _refused(path: Path, message: str) -> KnowledgeBaseError:
    return KnowledgeBaseError([Problem(Location(str(path)), message)])


def _file_kind(mode: int) -> str | None:
    """What a file that is neither a regular file nor a folder is, for messages (None: one of those)."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None  # folders are refused by the reader with their own message
    if stat.S_ISFIFO(mode):
        return "named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def refuse_special_file(path: Path, label: Path | None = None) -> None:
    """Refuse a path that exists (symlinks followed) and is not a regular file or folder.

    Reading a FIFO hangs and replacing a device node with a regular file breaks the system:
    a claims file must be an ordinary file.  A missing path passes (it may be created).
    Messages name ``label`` (the path as the user gave it) when given.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:  # a symlink loop, a name too long: the path cannot be used at all
        raise _refused(label or path, f"{exc.strerror or exc}; nothing read or written") from None
    kind = _file_kind(mode)
    if kind is not None:
        raise _refused(label or path, f"is a {kind}, not a regular file; nothing read or written")


def write_target(path: Path) -> Path:
    """The file a change of ``path`` reads and replaces: a symlink's target (so that the link
    stays a link), refused with a clear message when it cannot be a claims file."""
    try:
        target = path.resolve() if path.is_symlink() else path
    except RuntimeError:  # Python 3.11 reports a symlink loop so (newer versions: OSError, below)
        raise _refused(path, "is a loop of symbolic links; nothing read or written") from None
    except OSError as exc:  # e.g. a file name too long for the file system
        raise _refused(path, f"{exc.strerror or exc}; nothing read or written") from None
    refuse_special_file(target, label=path)
    if target.is_dir():
        # refused here, before the lock file named after it: "." and "/" have no name to name one
        # after, and raised a ValueError ("PosixPath('.') has an empty name") instead of this error
        raise _refused(path, "is a folder, not a claims file")
    return target


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


@contextlib.contextmanager
def file_lock(path: Path, timeout: float = LOCK_TIMEOUT) -> Generator[None]:
    """Hold the write lock of ``path`` (waiting at most ``timeout`` seconds for it)."""
    lock_path = lock_path_for(path)
    deadline = time.monotonic() + timeout
    while True:
        fd = _open_lock_file(lock_path)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if time.monotonic() >= deadline:
                raise LockTimeoutError(
                    f"{shown_name(path)} is being changed by another factcheck process (waited {timeout:g} s for "
                    f"{lock_path.name}); nothing written, try again"
                ) from None
            time.sleep(_POLL_SECONDS)
            continue
        if _is_current(fd, lock_path):
            break
        os.close(fd)  # the previous holder removed that lock file as we opened it: lock the new one
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        os.close(fd)


def _open_lock_file(lock_path: Path) -> int:
    try:
        return os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise WriteError(
            f"cannot create the lock file {shown_name(lock_path)}: {exc.strerror or exc}; nothing written"
        ) from None


def _is_current(fd: int, lock_path: Path) -> bool:
    try:
        on_disk = os.stat(lock_path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def check_writable(path: Path) -> None:
    """Refuse early (before any work) when ``path`` or its folder cannot be written."""
    refuse_special_file(path)
    if path.exists():
        mode = path.stat().st_mode
        if not os.access(path, os.W_OK) or not mode & 0o222:
            raise WriteError(f"{shown_name(path)} is read-only; nothing written")
    folder = path.parent
    shown = shown_name(folder)
    if not folder.exists():
        raise WriteError(f"{shown}: no such folder; nothing written")
    if not folder.is_dir():
        raise WriteError(f"{shown} is not a folder; nothing written")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise WriteError(f"cannot write in the folder {shown} (permission denied); nothing written")


def write_atomically(path: Path, data: bytes, expected: FileSnapshot) -> None:
    """Replace ``path`` with ``data`` unless it changed since ``expected`` was read.

    Call it while holding ``file_lock(path)``.  On any failure the original is untouched and
    no temporary file is left behind.
    """
    check_writable(path)
    try:
        current = read_snapshot(path)
    except KnowledgeBaseError as exc:
        raise WriteError(str(exc)) from None
    if current.digest != expected.digest:
        raise FileChangedError(
            f"{shown_name(path)} changed on disk since factcheck read it (edited by someone or something else?); "
            "nothing written: run the command again"
        )
    remove_stale_temp_files(path)
    mode, owner = _permissions_for(path)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise WriteError(
            f"cannot write in the folder {shown_name(path.parent)}: {exc.strerror or exc}; nothing written"
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        if owner is not None:
            with contextlib.suppress(OSError):  # only root may give a file away; others keep their own
                os.chown(temp_name, *owner)
        os.replace(temp_name, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            reason = "the disk is full" if exc.errno == errno.ENOSPC else exc.strerror or str(exc)
            raise WriteError(f"cannot write {shown_name(path)}: {reason}; the file is unchanged") from None
        raise
    _fsync_folder(path.parent)


def _permissions_for(path: Path) -> tuple[int, tuple[int, int] | None]:
    """The original's mode and owner; for a new file, what ``open()`` would give it."""
    try:
        info = path.stat()
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask, None
    return info.st_mode & 0o7777, (info.st_uid, info.st_gid)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - some systems cannot open folders; the rename is done anyway
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - e.g. filesystems that do not support it
        pass
    finally:
        os.close(fd)


def _temp_name_pattern(path: Path) -> re.Pattern[str]:
    return re.compile(rf"^\.{re.escape(path.name)}\.[A-Za-z0-9_]{{8}}\.tmp$")


def remove_stale_temp_files(path: Path) -> list[Path]:
    """Delete temporary files left beside ``path`` by a writer that was killed mid-write.

    Only call this while holding the lock: then no other factcheck process is writing one.
    """
    pattern = _temp_name_pattern(path)
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for candidate in path.parent.iterdir():
            if pattern.match(candidate.name):
                with contextlib.suppress(OSError):
                    candidate.unlink()
                    removed.append(candidate)
    return removed


def stray_temp_files(path: Path) -> list[Path]:
    """Temporary files of ``path``'s writers present in its folder (for tests and diagnostics)."""
    pattern = _temp_name_pattern(path)
    return sorted(p for p in path.parent.iterdir() if pattern.match(p.name))
