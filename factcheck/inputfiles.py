"""Reading a file the user names (or standard input) as text, with one set of rules for every
command that takes one (``scan``, ``import``): a size limit checked before reading, no web
addresses (factcheck never goes on the network), binary data and non-UTF-8 text refused with a
message that says what to do.
"""

from __future__ import annotations

import errno
import itertools
import os
import re
import shlex
import unicodedata
import urllib.parse
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import BinaryIO

from .errors import YAML_LINE_BREAK, Advice, InputError, Location, shown_name, typed_name

STDIN_NAME = "<stdin>"
#: a web address given for a file: a URL with its scheme, which a path never means (as a Path,
#: 'https://example.org/claims.yaml' lost a slash: 'https:/example.org/claims.yaml: no such file'), or 'www.'.
#: A scheme has two letters or more: 'C://Users/Ana/claims.yaml' is a Windows path typed with two slashes.
_WEB_ADDRESS = re.compile(r"^(?:(?P<scheme>[a-z][a-z0-9+.-]+)://|www\.)", re.IGNORECASE)


def is_url(name: str) -> bool:
    """Whether ``name`` is a URL ('https://...', 'file://...'), never a file's name on this computer."""
    match = _WEB_ADDRESS.match(name)
    return match is not None and match["scheme"] is not None


#: the schemes of the URLs curl fetches wherever it is installed (its others depend on how it was built)
_CURL_SCHEMES = frozenset({"http", "https", "ftp", "ftps"})
#: the tools that copy an object of cloud storage to a file, by its URL's scheme: curl fetches no s3:// nor gs://
_STORAGE_COPY = {"s3": "aws s3 cp {url} {file}", "gs": "gcloud storage cp {url} {file}"}


def download_command(url: str, file: str) -> str | None:
    """The command that saves what ``url`` names as ``file``: curl's for a web address ('https://...', 'www.',
    'ftp://'), the storage's own tool for s3:// and gs://; None for a URL of any other kind, or no URL, for which
    no tool is certain (a message then says to download it, and names none rather than a wrong one)."""
    match = _WEB_ADDRESS.match(url)
    if match is None:
        return None
    scheme = (match["scheme"] or "https").lower()  # 'www.example.org/...' is a web page's address
    if match["scheme"] is not None:
        url = scheme + url[len(match["scheme"]) :]  # 'S3://b/a.txt': aws s3 cp takes s3:// only
    if scheme in _CURL_SCHEMES:
        return f"curl -L -o {file} {shlex.quote(url)}"
    if scheme in _STORAGE_COPY:
        return _STORAGE_COPY[scheme].format(url=shlex.quote(url), file=file)
    return None


def save_it_first(url: str, file: str) -> str:
    """'save it first, curl -L -o FILE URL' (``download_command``), or, with no tool certain for ``url``,
    'download it first, as FILE'."""
    command = download_command(url, file)
    return f"save it first, {command}" if command is not None else f"download it first, as {file}"


#: what a file saved from a URL is named by, before its own name: "curl -L -o claims.yaml URL", advised in the
#: folder of the user's own claims.yaml (where 'factcheck https://.../claims.yaml' is typed), replaced it
DOWNLOADED_PREFIX = "downloaded-"
_YAML_ENDINGS = (".yaml", ".yml")


#: the longest name ``downloaded_name`` keeps, in bytes (its names are ASCII): a page's name of 245 characters
#: made one over the 255 bytes a file's name may have ('File name too long' from curl)
_MAX_DOWNLOADED_NAME = 200


def downloaded_name(
    url: str, default: str, endings: tuple[str, ...] = (), *, avoid: tuple[str | PathLike[str], ...] = ()
) -> str:
    """The name to save the file at ``url`` as, which no file of the user's has: its own name after
    ``DOWNLOADED_PREFIX`` when that is a plain one with ``default``'s ending (YAML's two endings are one) or
    one of ``endings`` (those the reader takes: '.md' for scan), else ``default`` after it
    ('downloaded-claims.csv' for '.../export.php.csv' with a space in it, or a name over
    ``_MAX_DOWNLOADED_NAME``).  Not the bare name: 'curl -L -o page.html URL', advised by scan and import,
    replaced a page.html of the user's own.  Never the name of a file in ``avoid`` (told by its name alone,
    whatever its folder or letter case): '-2' goes before the ending then ('downloaded-claims-2.yaml'), as
    import's advice named the very claims file it imports into ('--kb downloaded-claims.yaml')."""
    name = urllib.parse.unquote(urllib.parse.urlsplit(url).path).rsplit("/", 1)[-1]
    ending, default_ending = Path(name).suffix.lower(), Path(default).suffix.lower()
    same = (
        ending == default_ending or ending in endings or (ending in _YAML_ENDINGS and default_ending in _YAML_ENDINGS)
    )
    plain = re.fullmatch(r"\w[\w.-]*", name, re.ASCII) is not None
    kept = plain and same and len(DOWNLOADED_PREFIX + name) <= _MAX_DOWNLOADED_NAME
    saved = DOWNLOADED_PREFIX + (name if kept else default)
    taken = {Path(file).name.casefold() for file in avoid}
    numbered, number = saved, 1
    while numbered.casefold() in taken:
        number += 1
        numbered = f"{Path(saved).stem}-{number}{Path(saved).suffix}"
    return numbered


def is_web_address(name: str) -> bool:
    """Whether ``name`` is a web address ('https://...', 'www....', 'ftp://...'), which a message calls so; an
    s3:// or gs:// URL names cloud storage, another URL something else again."""
    match = _WEB_ADDRESS.match(name)
    return match is not None and (match["scheme"] or "https").lower() in _CURL_SCHEMES


def url_kind(name: str, *, plural: bool = False) -> str:
    """What a message calls the URL ``name``: 'a web address' ('https://...', 'www....', 'ftp://...'), else 'a URL'
    (an s3:// or gs:// one names cloud storage, another something else again); 'web addresses' or 'URLs' with
    ``plural``.  One wording for every command and the library ('--kb s3://...', 'scan s3://...')."""
    if is_web_address(name):
        return "web addresses" if plural else "a web address"
    return "URLs" if plural else "a URL"


def file_url_message(name: str, *, named: bool = True) -> str | None:
    """What to say of a file:// URL given for a file: the path to give in its place, as a browser's address bar
    shows a file ('file:///tmp/x/claims.yaml': '/tmp/x/claims.yaml'), a Windows drive's where WSL shows it
    ('file:///C:/Users/Ana/claims.yaml': '/mnt/c/Users/Ana/claims.yaml', not '/C:/Users/...', which names no
    file); None for any other name, and for a file:// URL with no path.  Not ``named``: without the URL it
    opens with, for a message that names it as its place."""
    match = _WEB_ADDRESS.match(name)
    if match is None or (match["scheme"] or "").lower() != "file":
        return None
    path = urllib.parse.unquote(urllib.parse.urlsplit(name).path)
    wsl = ""
    if drive := _WINDOWS_DRIVE_IN_A_URL.match(path):
        path, wsl = (
            str(WSL_DRIVES / drive.group(1).lower() / path[drive.end() :]),
            " (the WSL path of that Windows drive's file)",
        )
    if not path:
        return None
    subject = f"{name!r} " if named else ""
    return f"{subject}is a file's address in a web browser, not its path: give the path, {shlex.quote(path)}{wsl}"


#: where WSL shows Windows' drives: C: is /mnt/c
WSL_DRIVES = Path("/mnt")
_WINDOWS_DRIVE = re.compile(r"^([A-Za-z]):[\\/]")
#: a Windows drive in a file:// URL's path: 'file:///C:/Users/...' has the path '/C:/Users/...'
_WINDOWS_DRIVE_IN_A_URL = re.compile(r"^/([A-Za-z])[:|](?:/|$)")
#: a Windows path typed without quotes, whose '\' the shell took out: C:\Users\Ana\claims.yaml is read
#: as 'C:UsersAnaclaims.yaml'
_DRIVE_WITHOUT_SEPARATORS = re.compile(r"^([A-Za-z]):\w[^/\\]*$")


#: TextEdit's save of claims.yaml as Rich Text (its default), which asks to add '.rtf' and the Finder then
#: shows as claims.yaml: a class's Mac users typed '--kb claims.yaml' and read "no such file"
RICH_TEXT_KB_NAME = "claims.yaml.rtf"


def rich_text_advice(name: str) -> str:
    """How to save again as plain text the file TextEdit saved as Rich Text when told to name it ``name``."""
    return f"open it in TextEdit, choose Format > Make Plain Text, then File > Save as {shown_name(Path(name).name)}"


#: the setting of ``no_such_file_advice``'s message for a path from a home folder ('~/claims.yaml') that names
#: no file while the one in the home folder is there: the library's caller expands it (the command line says why
#: the shell left the '~': quoted, or after '--kb=')
UNEXPANDED_HOME = "home_unexpanded"


def no_such_file(name: str) -> str:
    """``no_such_file_advice``'s message, as the library words it."""
    return str(no_such_file_advice(name))


def no_such_file_advice(name: str) -> Advice:
    """What to say of a file name that names no file: "no such file", with the file meant when the name
    was typed as on Windows and that file is there (a teacher's 'My Documents\\claims.yaml'; claims.yaml,
    as Windows shows claims.yaml.txt), which 'no such file' alone left to guess.  A name from a home folder
    ('~/claims.yaml', which only a shell expands) says what to do in the caller's words (``UNEXPANDED_HOME``,
    with ``name`` the name given)."""
    if name.startswith("~") and (home := os.path.expanduser(name)) != name and _is_file(home):
        return Advice(
            "no such file; did you mean {home}? ({" + UNEXPANDED_HOME + "})",
            {"home": f"'{home}'", "name": name, UNEXPANDED_HOME: "expand its '~' first: os.path.expanduser(path)"},
        )
    return Advice("{message}", {"message": _no_such_file(name)})


def _no_such_file(name: str) -> str:
    readings: list[tuple[str, str]] = []
    if not name.endswith((".txt", "/", "\\")):
        hidden = f"Windows hides the '.txt' of '{shown_name(name)}.txt': rename the file, or name it in full"
        readings.append((name + ".txt", hidden))
    if name and not Path(name).suffix and not name.endswith(("/", "\\", ".")):
        # the name typed without its extension ('--kb claims', 'scan article'), as a file manager shows it
        readings.extend((name + ending, f"its name ends in '{ending}'") for ending in (".yaml", ".yml"))
    for typed, other in ((".yaml", ".yml"), (".yml", ".yaml")):
        # YAML's two extensions: a class's 'claims.yml' named as docs/claims-file.md names it, 'claims.yaml'
        if name.endswith(typed) and len(name) > len(typed):
            readings.append((name[: -len(typed)] + other, f"its name ends in '{other}', not '{typed}'"))
    if "\\" in name:
        slashed, why = name.replace("\\", "/"), "'/' separates folders here, not '\\'"
        drive = _WINDOWS_DRIVE.match(slashed)
        if drive:  # Path drops a separator at the end
            mount = WSL_DRIVES / drive.group(1).lower()
            slashed, why = str(mount / slashed[drive.end() :]), f"{why}; drive {drive.group(1).upper()}: is {mount}"
        else:
            # a separator at the end is no part of a file's name: 'mine.yaml.txt\\' means mine.yaml.txt, and
            # 'mine.yaml.txt/', suggested, --kb refuses as a folder ('/' alone stays: no file, no suggestion)
            slashed = slashed.rstrip("/") or "/"
        readings.append((slashed, why))
    if name.endswith((".yaml", ".yml")):
        readings.append((name + ".rtf", f"TextEdit's Rich Text; the Finder hides its '.rtf': {rich_text_advice(name)}"))
    for candidate, why in readings:
        if _is_file(candidate):
            return f"no such file; did you mean '{candidate}'? ({why})"
    placeholder = icloud_placeholder(name)
    if placeholder is not None:
        return f"no such file on this Mac: {not_downloaded(placeholder)}"
    eaten = _DRIVE_WITHOUT_SEPARATORS.match(name)
    if eaten:
        letter = eaten.group(1).upper()
        # the users' folders are on C:; another drive's folders are its own
        where = f"{WSL_DRIVES / letter.lower()}/{'Users/' if letter == 'C' else ''}..."
        return (
            "no such file: a Windows path typed without quotes loses its '\\' to the shell; write it with '/', "
            f"where WSL shows drive {letter}: ({where}), in quotes if it holds a space"
        )
    return "no such file"


def icloud_placeholder(name: str) -> str | None:
    """The name of the file iCloud Drive leaves in place of the file ``name`` it holds but has not
    downloaded to this Mac ("Optimize Mac Storage"): '.claims.yaml.icloud' for 'claims.yaml', or None.
    A claims file kept in iCloud Drive was "no such file" there, and ``add`` created a new one beside the
    placeholder: the claims split in two files once iCloud downloads the first."""
    path = Path(name)
    if not path.name or path.name.startswith("."):
        return None
    placeholder = path.with_name(f".{path.name}.icloud")
    return str(placeholder) if _is_file(str(placeholder)) else None


def not_downloaded(placeholder: str) -> str:
    """What to say of a file that iCloud Drive has not downloaded (``icloud_placeholder``)."""
    return (
        f"iCloud Drive holds it but has not downloaded it ('{placeholder}' stands in for it); download it "
        "(in the Finder, click its cloud icon, or open it), then run the command again"
    )


def _is_file(name: str) -> bool:
    try:
        return Path(name).is_file()
    except (OSError, ValueError):  # a name too long, or with a NUL byte
        return False


@dataclass(frozen=True)
class InputKind:
    """How messages about one command's input name things."""

    function: str  # "read_article": the library's function that reads it
    command: str  # "scan": the command line's command that reads it
    too_large: str  # "to be an article": "too large to be an article"
    page: str  # "page": save the page first
    example_file: str  # "page.html": curl -L -o downloaded-page.html (``downloaded_name``)
    endings: tuple[str, ...] = ()  # the endings of the files it reads, kept in a downloaded file's name


def read_input(
    source: str | PathLike[str],
    *,
    stdin: BinaryIO | None,
    limit: int,
    kind: InputKind,
    avoid: tuple[str | PathLike[str], ...] = (),
) -> tuple[bytes, str]:
    """The bytes of the file ``source`` (or of ``stdin`` for ``-``) and the name to show for them.

    ``source`` given as a path (``pathlib.Path``, from Python) is always a file: ``Path("-")`` is the
    file named ``-`` (as ``--kb`` takes only the text ``-`` for standard input).  For a web address, the
    name advised to save it as is none of ``avoid``'s (``downloaded_name``)."""
    if isinstance(source, PathLike):
        return _read_file(Path(source), str(source), limit, kind)
    if not isinstance(source, str):  # bytes or None failed inside with "... has no attribute 'strip'"
        raise TypeError(f"the file to read must be a path or its name (str), not {type(source).__name__}")
    if source == "-":
        if stdin is None:
            raise InputError("no standard input to read")
        data = read_stdin(stdin, limit + 1)
        _check_size(len(data), STDIN_NAME, limit, kind.too_large)
        return data, STDIN_NAME
    if (file_url := file_url_message(source)) is not None:
        raise InputError(file_url)
    if _WEB_ADDRESS.match(source):
        raise InputError(_web_address_advice(kind, source, avoid), Location(source))
    if not source.strip():
        raise InputError("the file name is empty: give a file, or - for standard input")
    return _read_file(Path(source), source, limit, kind)


def read_stdin(stdin: BinaryIO, size: int = -1, *, line: bool = False) -> bytes:
    """At most ``size`` bytes of standard input (a line of them with ``line``), or an ``InputError`` when it
    cannot be read: a descriptor open for writing only (``factcheck check - 0>>log``) raised EBADF, and a
    terminal gone (its window closed) EIO, in a traceback.  (A folder given as standard input, ``< somedir``,
    never reaches factcheck: Python itself stops before any of its code runs, exit 1, as docs/scripting.md says.)"""
    try:
        return stdin.readline(size) if line else stdin.read(size)
    except OSError as exc:
        reason = "it is open for writing only" if exc.errno == errno.EBADF else str(exc.strerror or exc)
        raise InputError(f"cannot be read: {reason}", Location(STDIN_NAME)) from None


def _web_address_advice(kind: InputKind, url: str, avoid: tuple[str | PathLike[str], ...] = ()) -> Advice:
    """What to do with a web address: save the page, then read the file; the library's caller reads it with
    ``kind.function``, the command line's user runs ``kind.command`` (``file_reader`` and ``read_saved_file``,
    as cli/app.py words them).  curl is named for what it fetches only: not for an s3:// URL
    (``download_command``)."""
    saved = downloaded_name(url, kind.example_file, kind.endings, avoid=avoid)
    command = download_command(url, saved)
    if is_web_address(url):
        save = "save the {page} first, e.g. curl -L -o {example_file} 'URL'"
    elif command is not None:
        save = "save the {page} first, e.g. {command_line}"  # the URL, a field: its braces are no template's
    else:
        save = "download the {page} first, as {example_file}"
    return Advice(
        "{file_reader} reads files, not "
        + url_kind(url, plural=True)
        + " (it never goes on the network); "
        + save
        + ", then {read_saved_file}",
        {
            "file_reader": kind.function,
            "read_saved_file": f"call {kind.function}({saved!r})",
            "command": kind.command,
            "page": kind.page,
            "example_file": saved,
            "command_line": command or "",
        },
    )


def _read_file(path: Path, source: str, limit: int, kind: InputKind) -> tuple[bytes, str]:
    try:
        if path.is_dir():
            raise _folder_error(path, source, kind)
        _check_size(path.stat().st_size, source, limit, kind.too_large)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError(no_such_file_advice(source), Location(source)) from None
    except PermissionError:
        raise InputError("permission denied", Location(source)) from None
    except OSError as exc:
        raise InputError(str(exc.strerror or exc), Location(source)) from None
    except ValueError:  # a NUL byte in the name (from Python: a command line cannot hold one)
        raise InputError(f"{source!r}: not a usable file name (it holds a NUL byte)") from None
    _check_size(len(data), source, limit, kind.too_large)  # a file that grew, or a device that reports size 0
    return data, source


#: what is said of a folder given for a file (a command may add how to name the files in it: scan)
NOT_A_FILE = "is a folder, not a file"
#: how many entries of a folder given for a file are looked at for a file in it (a folder of 100,000 photos)
FOLDER_ENTRIES_LOOKED_AT = 1000


class FolderGivenError(InputError):
    """A folder given for a file (not a Mac package, a document to its user): a command may add how to name
    the files in it (``files_in_folder_hint``), told by this kind, not by its message's words."""


def _folder_error(path: Path, source: str, kind: InputKind) -> InputError:
    """The error for a folder given for a file: a Mac package (``_PACKAGES``) is a document to its user."""
    package = _PACKAGES.get(path.suffix.lower())
    if package is None:
        return FolderGivenError(NOT_A_FILE, Location(source))
    return InputError(_package_message(package, kind), Location(source))


def files_in_folder_hint(folder: str, doing: str) -> str | None:
    """What to add to a ``FolderGivenError`` about ``folder``: "; to scan the files in it, name them: essays/*"
    (``doing`` "scan"), the shell's way to name them; None when it holds no file the shell's ``*`` would name
    (empty, only folders or only dotfiles, which ``*`` skips: 'hidden/*' was "no such file")."""
    if not _holds_a_file(folder):
        return None
    stripped = folder.rstrip("/")
    pattern = f"{typed_name(stripped)}/*" if stripped else "/*"  # the root: "/*", not "//*"
    return f"; to {doing} the files in it, name them: {pattern}"


def _holds_a_file(folder: str) -> bool:
    """Whether ``folder`` holds a file that is not a dotfile, among its first ``FOLDER_ENTRIES_LOOKED_AT``."""
    try:
        with os.scandir(folder) as entries:
            return any(
                entry.is_file() and not entry.name.startswith(".")
                for entry in itertools.islice(entries, FOLDER_ENTRIES_LOOKED_AT)
            )
    except OSError:  # a folder that cannot be listed: nothing to suggest
        return False


def _package_message(package: tuple[str, str], kind: InputKind) -> str:
    """What to say of a Mac package given for a file: a document saved as a folder, and how to save it as text."""
    document, save_as_text = package
    advice = (
        _document_advice(document, for_import=True)
        if kind.command == "import"
        else f"factcheck reads plain text only; {save_as_text}"
    )
    return f"is {document} saved as a package (a folder that the Finder shows as one file), not text: {advice}"


def _check_size(size: int, name: str, limit: int, too_large: str) -> None:
    if size > limit:
        shown = f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit:,} bytes"
        raise InputError(f"too large {too_large} (more than {shown}); split it up", Location(name))


#: how many bytes ``utf16_without_bom`` looks at: enough to tell, cheap for any file
_UTF16_SAMPLE_BYTES = 4096


def utf16_without_bom(data: bytes) -> str | None:
    """The name of the encoding ("UTF-16LE", "UTF-16BE") when ``data`` reads as UTF-16 text without a
    byte-order mark, else None.

    Only the case that can be told cheaply and surely: text mostly in Latin letters, where every
    other byte is NUL (the high byte of each character) and no byte between them is. A stray NUL
    in UTF-8 text (``jq -r`` writes a post's "\\u0000" so) is not it, nor is UTF-32 (NULs on both
    sides). A line of standard input is read from its start: UTF-16 after UTF-8 lines
    (``cat notes.txt windows.txt``) starts on a line of its own."""
    sample = data[:_UTF16_SAMPLE_BYTES].removesuffix(b"\n")
    even, odd = sample[0::2], sample[1::2]
    for nul_side, other_side, name in ((odd, even, "UTF-16LE"), (even, odd, "UTF-16BE")):
        nuls = nul_side.count(0)
        # a few non-Latin characters (no NUL in their high byte) allowed; 2 NULs at least
        if nuls >= 2 and nuls * 4 >= len(nul_side) * 3 and 0 not in other_side:
            return name
    return None


UTF16_ENCODINGS = ("UTF-16BE", "UTF-16LE")
#: the characters of no text: controls, private use, unassigned code points (a byte-order mark inside a line
#: neither: b"\0\x01\x02\xff\xfe", binary data, read as UTF-16LE "\u0201\ufeff")
_NO_TEXT = frozenset({"Cc", "Co", "Cn", "Cs"})


def utf16_line(raw: bytes, *, after: str | None = None, after_odd: bool = False) -> str | None:
    """The encoding ("UTF-16BE", "UTF-16LE") in which ``raw``, a line of standard input split at b"\\n", is laid
    out as a line of UTF-16 text, else None; ``after``: the encoding the line before was so laid out in;
    ``after_odd``: the line before, laid out as neither, ended in b"\\n" after an odd number of bytes, as the
    first line of UTF-16LE does (a blank one, or one with no NUL: Cyrillic's high bytes are 0x04).

    Told by the bytes' layout, not by NULs alone (``utf16_without_bom`` counts them in a file): a line of
    UTF-16BE is whole characters, its line break the last one (b"\\x00\\n"); a line of UTF-16LE ends with
    the low byte of its break, whose high byte, a NUL, opens the next line.  So a UTF-8 post with a NUL before
    each letter ("\\0U\\0S\\0 \\0t..."), an odd number of bytes with its line break, is laid out as neither
    (it read as UTF-16BE, and ended a run of posts), and a line after one of UTF-16LE continues it only if it
    opens with that NUL (two posts in a row with a NUL after each letter were read as two lines of UTF-16LE,
    and ended the run).  The characters must also read as text in one script with its spaces: their high
    bytes mostly NUL (Latin) or one or two other values, NULs among them or such a value under 0x20
    (Cyrillic is 0x04: UTF-16BE Russian has no NUL but at its spaces and breaks, and was never named), no
    NUL in their low bytes, no control, private or unassigned character (tab and CR allowed)."""
    # UTF-16LE's break opens the line with its high byte only after a line of UTF-16LE, or after one that may
    # have been its first (an odd number of bytes); a UTF-16BE line is an even number.  The likelier encoding
    # first: a later line of UTF-16LE read alone may be laid out as UTF-16BE too ("\0U\0S\0\n" is "US" in
    # either); a blank line (its break alone) only continues one
    if raw.endswith(b"\r\n") and b"\x00" not in raw:
        # a line of UTF-16 text with Windows line ends holds its CR's NUL (UTF-16LE's "\r\0\n", UTF-16BE's
        # "\0\r\0\n"): one without any NUL is a line of UTF-8 ending in CRLF.  "ab\x07\r\n" read as U+6261 U+0D07
        # (the CR the high byte of a Malayalam letter) was "UTF-16LE text without a byte-order mark", ending the run
        return None
    continues = after == "UTF-16LE" or (after is None and after_odd)
    likelier = after or ("UTF-16LE" if continues else None)
    for encoding in sorted(UTF16_ENCODINGS, key=lambda name: name != likelier):
        body = _utf16_body(raw, encoding, continues_le=continues, after_le=after == "UTF-16LE")
        if body is not None and (_reads_as_utf16(body, encoding) or (encoding == after and not body)):
            return encoding
    return None


def _utf16_body(raw: bytes, encoding: str, *, continues_le: bool, after_le: bool) -> bytes | None:
    """The whole characters of ``raw`` read as a line of UTF-16 in ``encoding``, its line break left out;
    None when its bytes cannot be such a line.  ``continues_le``: a line of UTF-16LE would open with the high
    byte of the break before; ``after_le``: it must (the line before was one of UTF-16LE)."""
    broken = raw.endswith(b"\n")
    if encoding == "UTF-16BE":
        if broken and not raw.endswith(b"\x00\n"):
            return None
        body = raw[:-2] if broken else raw
    else:
        if continues_le and raw.startswith(b"\x00"):
            body = raw[1:]  # the break before's high byte
        elif after_le:
            return None  # the next line of UTF-16LE text opens with that NUL: this is another post
        else:
            body = raw
        body = body[:-1] if broken else body
    return body if len(body) % 2 == 0 else None


def _reads_as_utf16(body: bytes, encoding: str) -> bool:
    if not body:
        return False
    high, low = (body[0::2], body[1::2]) if encoding == "UTF-16BE" else (body[1::2], body[0::2])
    if 0 in low:
        return False
    nuls = high.count(0)
    # the two commonest other high bytes: a script's block, and the punctuation block ("• Δ" is 0x20, 0x03)
    others = sorted(((high.count(value), value) for value in set(high) - {0}), reverse=True)[:2]
    if (nuls + sum(count for count, _ in others)) * 4 < len(high) * 3:
        return False
    if not nuls and all(value >= 0x20 for _, value in others):  # UTF-8 letters, read as high bytes
        return False
    try:
        text = body.decode(encoding.lower())
    except UnicodeDecodeError:  # half of a surrogate pair
        return False
    return not any(char not in "\t\r" and (char == "\ufeff" or unicodedata.category(char) in _NO_TEXT) for char in text)


#: text with a UTF-16 or UTF-32 byte-order mark: what Notepad and Word save as "Unicode", whose writer needs
#: the editor's way out, not only iconv (scan, import and check said "convert it to UTF-8 first (e.g. with
#: iconv)" alone, where the claims file's message named Notepad's Save As)
UTF16_WITH_BOM = (
    "UTF-16 or UTF-32 text (what Notepad and Word call 'Unicode'); save it again with the encoding "
    "UTF-8 (Save As, Encoding: UTF-8) or convert it (e.g. with iconv)"
)


#: a byte that is not UTF-8, as ``surrogateescape`` decodes it; and a character that UTF-8 bytes did write
_STRAY_BYTE = re.compile("[\udc80-\udcff]")
_UTF8_LETTER = re.compile("[^\x00-\x7f\udc80-\udcff]")
#: the line ends of an article (and of what an editor shows): CRLF, CR or LF
TEXT_LINE_BREAK = re.compile("\r\n|[\r\n]")


def text_lines(text: str) -> list[str]:
    """The lines of ``text`` as an editor shows them, without their line ends: ``str.splitlines()`` breaks at a
    U+2028, U+2029, U+0085, form feed or vertical tab too, which an editor shows inside a line, and the text
    joined again with "\n" had lost them (a claim's "one<U+2028>two" read "one two" after its editor saved)."""
    lines = TEXT_LINE_BREAK.split(text)
    if lines[-1] == "":  # the line end of the last line: no line after it, as splitlines() has it
        lines.pop()
    return lines


def text_lines_with_ends(text: str) -> list[str]:
    """The lines of ``text`` as an editor, git and patch count them, each with its line end (the last may have
    none): ``str.splitlines(keepends=True)`` without its breaks at U+2028, U+2029, U+0085 and the rest."""
    return _LINE_WITH_END.findall(text)


#: a line and its CRLF, CR or LF; or a last line that has no line end
_LINE_WITH_END = re.compile("[^\r\n]*(?:\r\n|[\r\n])|[^\r\n]+\\Z")


def not_utf8_text(exc: UnicodeDecodeError, *, line_break: re.Pattern[str] = YAML_LINE_BREAK) -> tuple[int, int, str]:
    """Where the first byte that is not UTF-8 is (line and column, from 1) and what to say of it:
    "not UTF-8 text: byte 0x97 is '—' in Windows-1252 (Latin-1); save the file as UTF-8 (...)".
    One message for the claims file, an article, a file to import and a line of ``check -`` (scan and
    import said "byte 0xa0 on line 1" alone, with neither the column nor the character).

    The error's offsets are into the bytes after a byte-order mark (``exc.object``).  The line counts
    the breaks of ``line_break`` (YAML's for the claims file: a file of CR endings has more than one
    line), and the column counts characters, as the YAML parser's do.  A file whose bytes that are not
    UTF-8 read as Windows-1252 (Latin-1, and its curly quotes) is text an editor saved in that encoding,
    the usual case; otherwise it may well be binary.  Only those bytes are read so: the UTF-8 of the rest
    of the file may hold bytes Windows-1252 has no character for (0x9d of '”', 0x81 of 'Á')."""
    data, start = bytes(exc.object), exc.start
    above = line_break.split(data[:start].decode("utf-8"))  # UTF-8 up to the first byte that is not
    line, column = len(above), len(above[-1]) + 1
    byte = data[start]
    decoded = data.decode("utf-8", "surrogateescape")  # each byte that is not UTF-8 as a lone surrogate
    stray = bytes(ord(char) - 0xDC00 for char in _STRAY_BYTE.findall(decoded))
    try:
        stray.decode("cp1252")
    except UnicodeDecodeError:
        return line, column, f"not UTF-8 text (byte 0x{byte:02x}; a binary file?)"
    char = bytes([byte]).decode("cp1252")
    # a no-break space (0xa0) or a soft hyphen (0xad) shown in quotes is a blank: named instead
    shown = f"'{char}'" if char.isprintable() and not char.isspace() else f"a {unicodedata.name(char).lower()}"
    if max(data[:start], default=0) >= 0x80:
        # UTF-8 letters above it: converting the whole file would garble them, so only this one is wrong
        fix = "the text above is UTF-8, so retype this character (part of the file was saved in another encoding)"
    elif _UTF8_LETTER.search(decoded):
        # the same, the UTF-8 letters being further down
        fix = "text further down is UTF-8, so retype this character (part of the file was saved in another encoding)"
    else:
        fix = "save the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)"
    return line, column, f"not UTF-8 text: byte 0x{byte:02x} is {shown} in Windows-1252 (Latin-1); {fix}"


#: what U+001A is where a file ends: a file saved by such an editor was refused for "U+001A (a control
#: character)" on its last line, which its writer cannot see
CTRL_Z = "Ctrl-Z, the end-of-file mark of old DOS and Windows editors"


def without_end_of_file_mark(text: str) -> str:
    """``text`` without one Ctrl-Z that is its very last character: the end-of-file mark an old DOS or
    Windows editor wrote, no part of the text (scan listed it as a sentence, ``check -`` refused it as a
    line).  Only there and only one: a Ctrl-Z anywhere else (a second one before it too) is a control
    character in the text, read as before.  Not for the claims file, which is read byte for byte."""
    return text.removesuffix("\x1a")


def control_character_code(char: str) -> str:
    """A control character as messages name it: "U+0007"; "U+001A, Ctrl-Z, the end-of-file mark..."."""
    code = f"U+{ord(char):04X}"
    return f"{code}, {CTRL_Z}" if char == "\x1a" else code


def utf16_message(encoding: str) -> str:
    """What to say of UTF-16 text without a byte-order mark (``utf16_without_bom``): it is text to
    convert, not binary data; iconv needs the byte order, which it would guess wrong without a mark."""
    return f"{encoding} text without a byte-order mark; convert it to UTF-8 first (e.g. iconv -f {encoding} -t UTF-8)"


#: the first bytes of the documents a user may give for an article, and what each is: they were refused as
#: "binary data" or, a PDF without a NUL byte early, "not UTF-8 text; convert it (iconv)", and an RTF file was
#: read as text, its formatting codes as sentences
_DOCUMENT_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip file (as a Word .docx or an OpenDocument .odt document is)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Office document (as an old Word .doc is)"),
    (b"{\\rtf", "an RTF document"),
)

#: the suffixes of a word processor's documents: one scan cannot read (an old .doc, or a zip named .docx or .odt
#: that is none) a Save As turns into a .docx
_WORD_PROCESSOR_SUFFIXES = frozenset({".odt", ".ott", ".doc", ".dot", ".docx", ".docm", ".dotx", ".dotm"})
#: what only a word processor's zip holds (entry names are stored as written in a zip's headers): a Word
#: document's part folder, an OpenDocument's content part (unless its "mimetype" entry names another kind)
_WORD_PROCESSOR_ENTRIES = (b"word/", b"content.xml")
_OPENDOCUMENT_MIMETYPE = b"application/vnd.oasis.opendocument."


def _is_word_processor_file(data: bytes, name: str) -> bool:
    """Whether ``data`` (named ``name``), a zip or an old Office file, is a word processor's document: scan tells
    it to be saved as a .docx, which it reads; an ordinary zip, an e-book or a spreadsheet is not one."""
    if Path(name).suffix.lower() in _WORD_PROCESSOR_SUFFIXES:
        return True
    if data.startswith(b"PK\x03\x04"):
        kind = data.find(_OPENDOCUMENT_MIMETYPE, 0, 200)  # the first entry's, stored uncompressed
        if kind >= 0:
            return data[kind + len(_OPENDOCUMENT_MIMETYPE) :].startswith(b"text")
        return any(entry in data for entry in _WORD_PROCESSOR_ENTRIES)
    return data.startswith(b"\xd0\xcf\x11\xe0") and _WORD_OLE_STREAM in data


#: what a Mac saves where a user expects text, told apart from the kinds above by its content or name: Safari's
#: "Save As" writes a web archive (a binary property list holding the page), read as "binary data, not text";
#: Pages saves a zip (one file), named "a zip file (as a Word .docx ... is)", or a package: a folder that the
#: Finder shows as one file, "a folder, not a file", as TextEdit's document with pictures (.rtfd) is
_WEB_ARCHIVE = "a Safari web archive (.webarchive)"
_PAGES = "a Pages document"
#: Safari's own way to save a page as the HTML factcheck reads (scan and import alike)
_SAVE_AS_PAGE_SOURCE = "save the page from Safari as HTML instead (File > Save As, Format: Page Source)"
#: the Mac packages a user may give for a file, each with what it is and how its text is saved as plain text
_PACKAGES: dict[str, tuple[str, str]] = {
    ".pages": (_PAGES, "in Pages, choose File > Export To > Plain Text and use that .txt file instead"),
    ".rtfd": (
        "a TextEdit document with pictures (.rtfd)",
        "in TextEdit, choose Format > Make Plain Text, save it and use that .txt file instead",
    ),
}


#: a spreadsheet is a zip (.xlsx, .ods) or an old Office file (.xls) as a Word document is: what import
#: asks of it differs (save it as CSV), so it is told apart by the zip's entries or the file's suffix
_SPREADSHEET = "a spreadsheet (an Excel .xlsx/.xls or OpenDocument .ods file)"
_SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
#: an OpenDocument zip's first entry, "mimetype", stored uncompressed right after its 30-byte local header
_ODS_MIMETYPE = b"mimetype" + b"application/vnd.oasis.opendocument.spreadsheet"


def _is_spreadsheet(data: bytes, name: str) -> bool:
    """Whether the zip or old Office file ``data`` (named ``name``) is a spreadsheet: an Excel zip names
    its entries xl/... (its names are stored uncompressed), an .ods says so in its first entry."""
    if Path(name).suffix.lower() in _SPREADSHEET_SUFFIXES:
        return True
    if not data.startswith(b"PK\x03\x04"):
        return False
    return data[30:].startswith(_ODS_MIMETYPE) or (b"xl/workbook.xml" in data and b"word/document.xml" not in data)


#: how far a PDF is looked into for a binary byte: its header, catalog and first streams fit in this
_PDF_HEAD = 4096
#: a PDF's version line, then the comment of bytes 128 or above that the format advises to mark it binary
_PDF_BINARY_MARKER = re.compile(rb"%PDF-[12]\.\d\r?\n%[\x80-\xff]{4}")
#: an RTF file's header: '{\rtf1' then, at once or after a line break, a control word (\ansi, \mac...)
_RTF_HEADER = re.compile(rb"\{\\rtf1[ \r\n]*\\[a-z]")


def _is_binary_head(head: bytes) -> bool:
    """Whether ``head``, a file's first bytes, holds a NUL or is no UTF-8 (a character cut at its end is)."""
    if b"\x00" in head:
        return True
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start < len(head) - 3
    return False


def _has_document_evidence(data: bytes) -> bool:
    """Whether ``data``, starting as a PDF or RTF file does, is one: a text whose first line starts as
    theirs do (notes about the formats) was refused as a document on those few bytes alone."""
    if data.startswith(b"%PDF-"):
        return _is_binary_head(data[:_PDF_HEAD]) or _PDF_BINARY_MARKER.match(data) is not None
    if data.startswith(b"{\\rtf"):
        return _RTF_HEADER.match(data) is not None
    return True


def _document_kind(data: bytes, name: str) -> str | None:
    """What document ``data`` is, by its first bytes, if one of ``_DOCUMENT_SIGNATURES``."""
    kind = next((kind for signature, kind in _DOCUMENT_SIGNATURES if data.startswith(signature)), None)
    if kind is not None and not _has_document_evidence(data):
        return None
    if kind is not None and data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")) and _is_spreadsheet(data, name):
        return _SPREADSHEET
    if data.startswith(b"PK\x03\x04") and Path(name).suffix.lower() == ".pages":
        return _PAGES
    if data.startswith(b"bplist00") and b"WebMainResource" in data:  # the archive's key, stored as written
        return _WEB_ARCHIVE
    return kind


#: how a YAML file typed in a word processor is saved as the text factcheck reads: the steps of TextEdit (a
#: Mac's, which saves Rich Text unless told otherwise) and Word, for an RTF or a Word document only
SAVE_AS_PLAIN_TEXT = (
    "save it again as plain text, UTF-8 (in TextEdit: Format > Make Plain Text, then File > Save; in Word: "
    "File > Save As, Plain Text)"
)
_WORD_SUFFIXES = frozenset({".docx", ".docm", ".dotx", ".doc"})
#: a Word zip's main part, its name stored as written in the zip; an old Word file's stream, in UTF-16
_WORD_ZIP_ENTRY = b"word/document.xml"
_WORD_OLE_STREAM = "WordDocument".encode("utf-16-le")
#: an OpenDocument text's first entry (see ``_ODS_MIMETYPE``)
_ODT_MIMETYPE = b"mimetype" + b"application/vnd.oasis.opendocument.text"


def _is_word_document(data: bytes, name: str) -> bool:
    """Whether the zip or old Office file ``data`` (named ``name``) is a Word document."""
    if Path(name).suffix.lower() in _WORD_SUFFIXES:
        return True
    if data.startswith(b"PK\x03\x04"):
        return _WORD_ZIP_ENTRY in data
    return _WORD_OLE_STREAM in data


def yaml_document_message(data: bytes, name: str, *, what: str = "claims file") -> str | None:
    """What to say of ``data``, named ``name`` and given for a YAML file (``what``: a claims file, a rating
    map), when it is a document (``_document_kind``): what it is, and how to make the YAML text of it where
    that is known. Only an RTF or Word document is told TextEdit's and Word's steps: a spreadsheet, a PDF,
    a zipped claims file were told them too."""
    document = _document_kind(data, name)
    if document is None:
        return None
    plain = f"factcheck reads a {what} as plain text only"
    if document == _SPREADSHEET:
        advice = (
            "save it as CSV (File > Save As, CSV) and add its claims with 'factcheck import' on that file"
            if what == "claims file"
            else plain
        )
    elif document.startswith("an RTF"):
        advice = SAVE_AS_PLAIN_TEXT
    elif data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")) and _is_word_document(data, name):
        document = "a Word document (.doc)" if data.startswith(b"\xd0") else "a Word document (.docx)"
        advice = SAVE_AS_PLAIN_TEXT
    elif document == _PAGES:
        advice = f"{plain}; {_PACKAGES['.pages'][1]}"
    elif data.startswith(b"PK\x03\x04"):
        if data[30:].startswith(_ODT_MIMETYPE) or Path(name).suffix.lower() == ".odt":
            document = "an OpenDocument text document (.odt)"
            advice = plain
        else:  # a zip whose entries are no document's: a claims file zipped to be sent
            document, advice = "a zip file", "unzip it and name the file inside"
    else:  # a PDF, an Office file not Word's, a web archive: no way to the YAML text is known
        advice = plain
    return f"this is {document}, not YAML text: {advice}"


def _document_advice(document: str, *, for_import: bool, scan_word_processor: bool | None = None) -> str:
    """What to do with a document given for text: scan reads plain text and a .docx, import a table or a feed
    (told to copy the text into a .txt file, an import user was sent to a file import refuses).
    ``scan_word_processor``: None for neither scan nor import (plain text only), else for scan whether the
    document is a word processor's (``_is_word_processor_file``: told to save it as a .docx)."""
    reads = "import reads CSV, JSON, JSON Lines or a web page"
    if document == _WEB_ARCHIVE:
        return (
            f"{reads}; {_SAVE_AS_PAGE_SOURCE} and import that file"
            if for_import
            else f"{_SAVE_AS_PAGE_SOURCE} and use that file"
        )
    if document == _PAGES and not for_import:
        return f"factcheck reads plain text only; {_PACKAGES['.pages'][1]}"
    if not for_import and scan_word_processor:
        # scan reads a .docx (``docxtext``) and an .odt (``odttext``): an old .doc is one Save As away from them
        return (
            "scan reads a Word document (.docx), an OpenDocument text (.odt) and plain text; save it as a .docx "
            "(File > Save As, in Word or LibreOffice) or copy its text into a .txt file, and scan that file instead"
        )
    if not for_import and scan_word_processor is not None:
        return (
            "scan reads plain text, Word documents (.docx) and OpenDocument texts (.odt) only; copy its text into a "
            ".txt file and use that file instead"
        )
    if not for_import:
        return "factcheck reads plain text only; copy its text into a .txt file and use that file instead"
    if document == _SPREADSHEET:
        return f"{reads}; save it as CSV (File > Save As, CSV) and import that file instead"
    return f"{reads}; put its claims in a spreadsheet, save that as CSV and import it instead"


#: how many bytes of a file opening as a document does (``DOCUMENT_SIGNATURES``) are enough to tell which one:
#: a zip's entries are named in its first kilobytes (an Excel file's xl/workbook.xml)
DOCUMENT_SAMPLE_BYTES = 65_536


def opens_as_document(head: bytes) -> bool:
    """Whether ``head``, a file's first bytes, opens as one of the documents ``export_not_text`` names does."""
    return head.startswith(tuple(signature for signature, _ in _DOCUMENT_SIGNATURES))


def export_not_text(head: bytes, name: str = "") -> str | None:
    """Why ``head``, the first bytes of an export of posts (CSV, tab-separated, JSON Lines), is no UTF-8 text,
    in the words ``check -`` uses for a line of it: a spreadsheet or another document (from its first
    ``DOCUMENT_SAMPLE_BYTES``: a zip is told by the entries it names), UTF-16 text, binary data (a NUL in bytes
    that are no UTF-8: gzip); None when it may be text (a NUL in UTF-8 text is one post's flaw)."""
    document = _document_kind(head, name)
    if document == _SPREADSHEET:
        return f"{document}, not text: save it as CSV (File > Save As, CSV) and read that file"
    if document is not None:
        return f"{document}, not text: factcheck reads an export saved as CSV, tab-separated text or JSON Lines"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return UTF16_WITH_BOM
    utf16 = utf16_without_bom(head)
    if utf16 is not None:
        return utf16_message(utf16)
    if b"\x00" in head and not _is_utf8_head(head):
        return "binary data, not text"
    return None


def _is_utf8_head(head: bytes) -> bool:
    """Whether ``head`` is UTF-8, but for a character cut at its end (a line read in pieces)."""
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"
    return True


def decode_text(data: bytes, name: str, *, empty: str, for_import: bool = False, for_scan: bool = False) -> str:
    """UTF-8 text (a byte-order mark dropped), or an ``InputError`` saying why the bytes are not;
    ``empty`` finishes the message for a file with nothing in it ("nothing to scan"), ``for_import``
    says what to do with a document as import would, ``for_scan`` as scan (which reads a .docx too) would."""
    document = _document_kind(data, name)
    if document is not None:
        word_processor = _is_word_processor_file(data, name) if for_scan else None
        advice = _document_advice(document, for_import=for_import, scan_word_processor=word_processor)
        raise InputError(f"is {document}, not text: {advice}", Location(name))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"is {UTF16_WITH_BOM}", Location(name))
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        raise InputError(f"is {utf16_message(utf16)}", Location(name))
    if b"\x00" in data:
        raise InputError("binary data, not text", Location(name))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column, message = not_utf8_text(exc, line_break=TEXT_LINE_BREAK)
        raise InputError(message, Location(name, line, column)) from None
    text = without_end_of_file_mark(text)
    if not text.strip():
        raise InputError(f"is empty, {empty}", Location(name))
    return text
