"""A cache of built indexes, so a big knowledge base is indexed once, not on every ``check``.

Where: ``$FACTCHECK_CACHE_DIR`` if set, else the platform's user cache folder
(``~/.cache/factcheck`` on Linux, ``~/Library/Caches/factcheck`` on macOS, via platformdirs).

What: one ``.npz`` file per knowledge-base content and index kind, named
``<key>-<kind>.npz``.  The key is the SHA-256 of what the index is built from (every claim's
text, aliases and summary, in order) plus a version that the caller bumps whenever the index
format or the text normalisation changes.  Hashing the content (rather than the file's bytes)
means the cached index can never describe other claims than the ones in memory, even if the
file changed after it was read; comment or formatting edits keep the cache valid.

Safety: a cache file is input like any other.  It is read with ``allow_pickle=False``, the
caller validates shapes and ranges, and any problem (missing, truncated, corrupt, a lone array
instead of an archive, a FIFO or a device, a file of another user's or writable by others, wrong
version, unreadable folder) means "no cache":
the index is rebuilt and nothing is reported.  Writes go to a temporary file that is then
renamed, so readers never see half a file; a read-only or missing folder only costs the
rebuild.  At most ``MAX_FILES_PER_KIND`` files of a kind are kept (least recently used deleted
first), and the temporary file of a writer killed mid-write is deleted a day later (by the next
read or write of a cache file in its folder; the embedding store, ``embedding_cache.py``, is written
and pruned the same way).

A future matcher (e.g. claim embeddings) stores its arrays beside the lexical index with the
same key and its own ``kind``.

One file here is not keyed by content: ``<key>-terms.npz`` (``lexical_terms``, kind ``terms``), the terms read
from the texts of the last index built of a file of at least ``lexical_terms.MIN_STORED_CLAIMS`` claims, whichever
file that was; its key holds only its versions, and saving it deletes the stores of other versions.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import stat
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from .model import Claim

CACHE_ENV_VAR = "FACTCHECK_CACHE_DIR"
_META = "__meta__"
#: files kept per kind; the least recently used beyond this are deleted when a new one is written
#: (a 10,000-claim lexical index is about 15 MB, and every edit of the claims file makes a new one)
MAX_FILES_PER_KIND = 8


def cache_dir() -> Path:
    """The folder for cached indexes (not created here)."""
    configured = os.environ.get(CACHE_ENV_VAR)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("factcheck", appauthor=False))


def content_key(claims: Iterable[Claim], version: str) -> str:
    """SHA-256 (hex) of the indexed text of ``claims``, in order, and ``version``."""
    digest = hashlib.sha256(version.encode())
    for claim in claims:
        # length-prefixed fields: no two different claim lists hash the same byte stream
        for field in (claim.claim, claim.summary or "", *claim.aliases):
            data = field.encode("utf-8", "surrogatepass")
            digest.update(len(data).to_bytes(8, "little"))
            digest.update(data)
        digest.update(b"\x00claim-end" + len(claim.aliases).to_bytes(4, "little"))
    return digest.hexdigest()


def cache_file(key: str, kind: str, folder: Path | None = None) -> Path:
    return (folder or cache_dir()) / f"{key}-{kind}.npz"


def _is_own_file(status: os.stat_result) -> bool:
    """Whether a cache file is the user's own: owned by this user (or by root) and writable by no one else.

    A cache file is trusted for what it says: the claims read from a claims file (``<key>-kb.json``, verdicts
    included), the index.  One planted by another user (a ``$FACTCHECK_CACHE_DIR`` in a shared or
    world-writable folder, made before this user's first run) under the name a public claims file's content
    gives made ``show`` print TRUE for a claim the file rates false, and ``validate`` find nothing wrong.
    factcheck writes its cache files readable and writable by their owner alone (``write_atomically``), so
    no file of its own is refused.  A file of root's is trusted too, as OpenSSH and sudo trust root's files:
    root can rewrite any file anyway, and a cache prepared by root (a Docker image warmed at its build, files
    0644 in a read-only folder) was refused on every run, rebuilt each time (the embedding cache warning that it
    could not be written).  Where there are no owner ids (Windows), every file passes."""
    geteuid = getattr(os, "geteuid", None)
    if geteuid is None:
        return True
    owner_trusted = status.st_uid in (geteuid(), 0)
    return owner_trusted and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def open_cache_file(path: Path) -> IO[bytes]:
    """``path`` opened for reading if it is a regular file (or a link to one) of the user's own
    (``_is_own_file``); ``OSError`` otherwise.

    A FIFO or a device (a link to ``/dev/zero``) at a cache file's name would hang the command or
    make it read without end: it is checked before it is opened, opened without waiting for a
    writer, and checked again once open."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if not _is_own_file(status):
            raise OSError(errno.EPERM, "not the user's own file, or writable by others", str(path))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def load_arrays(
    key: str, kind: str, folder: Path | None = None
) -> tuple[dict[str, np.ndarray], dict[str, object]] | None:
    """The arrays and metadata stored for ``key`` and ``kind``, or None when there is no usable file."""
    import numpy as np

    path = cache_file(key, kind, folder)
    # here, not only after a write: with an unchanged knowledge base nothing is ever written again
    prune_abandoned_temporary_files(path.parent, path.suffix)
    try:
        with open_cache_file(path) as handle:
            archive = np.load(handle, allow_pickle=False)
            if not isinstance(archive, np.lib.npyio.NpzFile):  # a lone .npy array, not an archive
                return None
            with archive:
                arrays = {name: archive[name] for name in archive.files}
    # A corrupt header can claim any shape: numpy then fails to allocate it (MemoryError) or
    # cannot even express its size (OverflowError).  Like any other damage: no cache, rebuild.
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, KeyError, MemoryError, OverflowError):
        return None
    raw_meta = arrays.pop(_META, None)
    if raw_meta is None or raw_meta.dtype != np.uint8 or raw_meta.ndim != 1:
        return None
    try:
        meta = json.loads(raw_meta.tobytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: absurdly nested JSON
        return None
    if not isinstance(meta, dict) or meta.get("key") != key:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # mark as recently used, for pruning
    return arrays, meta


def save_arrays(
    key: str, kind: str, arrays: Mapping[str, np.ndarray], meta: Mapping[str, object], folder: Path | None = None
) -> bool:
    """Store arrays and JSON-able metadata atomically; False (and no file) if the folder is not writable."""
    import numpy as np

    target = cache_file(key, kind, folder)
    payload = dict(arrays)
    payload[_META] = np.frombuffer(json.dumps({**meta, "key": key}).encode("utf-8"), dtype=np.uint8)
    # numpy's stub types savez's kwargs too narrowly
    return _write(target, kind, lambda handle: np.savez(handle, **payload))  # type: ignore[arg-type]


def load_json(key: str, kind: str, folder: Path | None = None) -> object | None:
    """The JSON document stored for ``key`` and ``kind``, or None when there is no usable file."""
    path = (folder or cache_dir()) / f"{key}-{kind}.json"
    prune_abandoned_temporary_files(path.parent, path.suffix)  # as load_arrays does
    try:
        with open_cache_file(path) as handle:
            document = json.loads(handle.read())
    except (OSError, ValueError, RecursionError):  # RecursionError: absurdly nested JSON
        return None
    if not isinstance(document, dict) or document.get("key") != key:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)
    return document.get("data")


def save_json(key: str, kind: str, data: object, folder: Path | None = None) -> bool:
    """Store a JSON document atomically; False (and no file) if the folder is not writable."""
    target = (folder or cache_dir()) / f"{key}-{kind}.json"
    document = json.dumps({"key": key, "data": data}, ensure_ascii=False).encode("utf-8")
    return _write(target, kind, lambda handle: handle.write(document))


def _write(target: Path, kind: str, write: Callable[[IO[bytes]], object]) -> bool:
    """Write a cache file atomically (``write_atomically``) and prune old ones of its kind;
    False, leaving no file behind, when the folder cannot be written."""
    try:
        write_atomically(target, write)
    except OSError:
        return False
    _prune(target.parent, kind, suffix=target.suffix)
    return True


#: how the temporary file of a cache file being written is named (``write_atomically``), with its suffix
TEMPORARY_PREFIX = ".tmp-"


def write_atomically(target: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write a cache file (the text caches' and the embedding store, ``embedding_cache.py``) whole or not at
    all: ``write`` fills a temporary file beside it, which is then renamed over it.  The temporary file is
    deleted on any exception (a Ctrl-C or MemoryError mid-write too), and one left by a writer killed
    mid-write a day later (``prune_abandoned_temporary_files``: after each write, and by each reader).
    Raises ``OSError`` when the folder cannot be written."""
    temp_name: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            dir=target.parent, prefix=TEMPORARY_PREFIX, suffix=target.suffix, delete=False
        ) as handle:
            temp_name = handle.name
            write(handle)
        os.replace(temp_name, target)
    except BaseException:  # no half file left behind
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
        raise
    prune_abandoned_temporary_files(target.parent, target.suffix)


def _prune(folder: Path, kind: str, suffix: str = ".npz") -> None:
    """Delete the least recently used files of ``kind`` beyond ``MAX_FILES_PER_KIND``.

    Each file on its own: one that cannot be looked at (a broken link, one another process just
    pruned) is passed over, not a reason to stop pruning the others."""
    dated: list[tuple[float, Path]] = []
    with contextlib.suppress(OSError):
        for path in folder.glob(f"*-{kind}{suffix}"):
            with contextlib.suppress(OSError):
                dated.append((path.stat().st_mtime, path))
    dated.sort(key=lambda item: item[0], reverse=True)
    for _, stale in dated[MAX_FILES_PER_KIND:]:
        with contextlib.suppress(OSError):  # another process may be pruning too
            stale.unlink()


#: a temporary cache file older than this was left by a writer that died (a write takes seconds)
ABANDONED_AFTER_SECONDS = 24 * 60 * 60


def prune_abandoned_temporary_files(folder: Path, suffix: str, prefix: str = TEMPORARY_PREFIX) -> None:
    """Delete the temporary files (``prefix``, ``.tmp-``, then ``*`` ending in ``suffix``) of writers killed
    mid-write.

    ``write_atomically`` removes its own on any exception (a Ctrl-C too), but not when the process is
    killed: ``timeout`` or a cron job's SIGTERM while ``check`` wrote a big index left a ``.tmp-*.npz``
    (15 MB for 10,000 claims) that ``_prune``, which counts ``<key>-<kind>`` files only, never saw.
    Only old ones: a young one may be another process's write in progress.  Run on every load and
    write: a glob of one folder, cheap beside reading an index."""
    now = time.time()
    with contextlib.suppress(OSError):
        for path in folder.glob(f"{prefix}*{suffix}"):
            with contextlib.suppress(OSError):  # gone already, or renamed by its writer meanwhile
                if now - path.lstat().st_mtime > ABANDONED_AFTER_SECONDS:
                    path.unlink()
