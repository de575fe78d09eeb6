"""Finding and reading a claims file.

Reading is PyYAML (libyaml when present) through the bounded reader in ``yamltree``; writing,
which must keep comments and formatting, is ``editing.py``'s job.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from importlib import resources
from pathlib import Path

from .errors import (
    UNUSUAL_LINE_BREAKS,
    YAML_LINE_BREAK,
    Advice,
    EditorLines,
    InputError,
    KnowledgeBaseError,
    Location,
    Problem,
    Severity,
    typed_name,
)
from .inputfiles import downloaded_name, file_url_message, is_url, no_such_file_advice, save_it_first, url_kind
from .model import KnowledgeBase, Publisher, claim_from_dict
from .validation import build_knowledge_base
from .yamltree import MAX_FILE_BYTES, collector_paused, parse, read_text

KB_ENV_VAR = "FACTCHECK_KB"
DEFAULT_KB_NAME = "claims.yaml"


def packaged_kb_path() -> Path:
    """Where a built wheel carries the starter knowledge base: ``factcheck/data/claims.yaml`` in the installed
    package (no file there in a source checkout)."""
    return Path(str(resources.files("factcheck"))) / "data" / DEFAULT_KB_NAME


def bundled_kb_path() -> Path:
    """The starter knowledge base shipped with factcheck.

    A built wheel carries it as ``factcheck/data/claims.yaml``; a source checkout (or an
    editable install) reads the one at the top of the repository, its single source.
    """
    packaged = packaged_kb_path()
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / DEFAULT_KB_NAME


def is_packaged_kb(path: Path) -> bool:
    """Whether ``path`` is the starter file inside the installed package (``packaged_kb_path``), however named
    (a link, $FACTCHECK_KB, a path through site-packages): a change there is lost at the next install, and
    goes into every user's answers.  A source checkout's claims.yaml, the starter's single source, is not it:
    the README's tour edits it there, knowingly.  A hard link to it is it too (the same file, ``samefile``), though
    a write there (a rename onto the link's name) would leave site-packages as it was: refused all the same, as
    rare (``cp -al``, some backup tools) and safe; a name compared after ``realpath`` instead missed the file
    under another case of a Mac's or Windows' disk."""
    try:
        return path.samefile(packaged_kb_path())
    except (OSError, ValueError):  # no packaged file (a checkout), or a name no file can have
        return False


def refuse_the_packaged_kb(path: Path | str, what_to_do: str | None = None) -> None:
    """Raise ``KnowledgeBaseError`` when ``path`` is the starter file installed with factcheck (``is_packaged_kb``),
    whatever its name: the one check of every writer of a claims file, the library's (``editing``'s changes,
    ``import_file``) and the commands' (add, edit, remove, import, before they read anything).  ``add_claims(
    bundled_kb_path(), ...)`` on a wheel install, as 'add --kb' of the path an error message named, wrote into
    site-packages, where the next install replaced it, unsaid, and every reading command elsewhere answered with
    it as the starter's.  Named as given, with ``what_to_do`` (by default the ``cp`` that copies it into a folder of
    one's own; 'export --out' says to choose another file, as its export is no change of the starter's)."""
    if is_packaged_kb(Path(path)):
        if what_to_do is None:
            what_to_do = f"copy it into a folder of your own, cp {typed_name(str(path))} FOLDER/, and change the copy"
        message = (
            "is the starter file installed with factcheck, which factcheck never changes (the next install would "
            f"replace it): {what_to_do}"
        )
        raise KnowledgeBaseError([Problem(Location(str(path)), message)])


#: a line of a block list's item below its first line: blank or a comment, or deeper than the item's dash
#: (group 1: the dash's indentation); each alternative excludes the others, so a failed search is linear
_ITEM_LINES = rb"(?:(?:[ \t]*(?:#[^\r\n]*)?|\1[ \t]+[^\s#][^\r\n]*)\r?\n)*?"
#: a claim's own key, 'id' or 'claim', quoted or not
_CLAIM_KEY = rb"[\"']?(?:id|claim)[\"']?[ \t]*:"
#: a flow mapping holding a claim's own key: '{id: a-1, claim: ...}'
_FLOW_CLAIM = rb"\{(?:[^{}]*?[,\s])?" + _CLAIM_KEY
#: a claims file's list of claims: the file's own 'claims' key (at the start of a line, after a UTF-8 byte order
#: mark), then a list whose first item is a mapping holding a claim's 'id' or 'claim' key, block ('- id: ...',
#: '- &base' then the keys below, '- verdict: ...' then 'claim:' among its lines) or flow ('[{id: ...}]').  A
#: 'claims:' mapping (a JWT claim map), a list of names (an identity provider's 'claims: [sub, email]') or of
#: statements (a researcher's to check) is no claims file.
_CLAIMS_LIST = re.compile(
    rb"^(?:\xef\xbb\xbf)?claims[ \t]*:(?:"
    rb"[ \t]*\[\s*" + _FLOW_CLAIM + rb"|"
    rb"[ \t]*(?:#[^\r\n]*)?\r?\n(?:[ \t]*(?:#[^\r\n]*)?\r?\n)*([ \t]*)-(?:[ \t]+&[^\s]+)?(?:"
    rb"[ \t]+" + _CLAIM_KEY + rb"|"
    rb"[ \t]+" + _FLOW_CLAIM + rb"|"
    rb"(?:[ \t]+[\"']?[\w-]+[\"']?[ \t]*:[^\r\n]*)?[ \t]*(?:#[^\r\n]*)?\r?\n"
    + _ITEM_LINES
    + rb"\1[ \t]+"
    + _CLAIM_KEY
    + rb"))",
    re.MULTILINE,
)

#: how much of a file ``looks_like_claims_file`` reads: a claims file's list starts near its top
_CLAIMS_LIST_WITHIN = 64 * 1024


def looks_like_claims_file(path: str | Path) -> bool:
    """Whether the file at ``path`` reads as a claims file, whatever its name: a regular file whose first bytes
    hold its list of claims (``_CLAIMS_LIST``).  The one test of it for every command: the notes naming a
    folder's claims files, validate's and edit's advice, scan's refusal of one as an article, add's lookalike.
    Only a regular file is opened: a named pipe's reader would wait for a writer, or take its article away."""
    try:
        if not os.path.isfile(path):
            return False
        with open(path, "rb") as file:
            return _CLAIMS_LIST.search(file.read(_CLAIMS_LIST_WITHIN)) is not None
    except (OSError, ValueError):  # unreadable, or a name no file can have (a NUL)
        return False


def user_kb_path(cwd: Path | None = None, environ: dict[str, str] | None = None) -> Path | None:
    """``./claims.yaml`` if present, else ``$FACTCHECK_KB`` if set, else None: the file the user names, where
    ``default_kb_path`` falls back to the starter file (which ``$FACTCHECK_KB`` may name too)."""
    local = cwd / DEFAULT_KB_NAME if cwd is not None else Path(DEFAULT_KB_NAME)
    if local.is_file():
        return local
    env_path = (environ if environ is not None else os.environ).get(KB_ENV_VAR)
    if env_path and env_path.strip() == "-":
        # '-' is standard input to --kb; from the environment, 'add' created a file named '-'
        # the library reads standard input as any file; the command line adds its '--kb -'
        raise InputError(
            Advice(
                "${variable} is '-': name a claims file there{stdin_hint}", {"variable": KB_ENV_VAR, "stdin_hint": ""}
            )
        )
    if env_path and is_url(url := env_path.strip()):
        raise InputError(kb_address_message(url, in_variable=True))
    return Path(env_path).expanduser() if env_path else None


def kb_address_message(url: str, *, in_variable: bool = False, named: bool = True) -> str:
    """What to say of a URL given for the claims file (``--kb``, validate's files, ``$FACTCHECK_KB`` with
    ``in_variable``), one wording for each: a file:// URL's path to give in its place; for another URL, that it
    is none on this computer, and how to save it first (``save_it_first``: curl fetches no s3:// URL).  Not
    ``named``: without the URL it opens with ("is a web address, ..."), for a message that names it as its
    place ('URL: error: ...')."""
    where = f"${KB_ENV_VAR} " if in_variable else ""
    if (file_url := file_url_message(url, named=named)) is not None:
        return f"{where.rstrip()}: {file_url}" if in_variable else file_url
    kind = url_kind(url)
    saved = downloaded_name(url, DEFAULT_KB_NAME)  # not claims.yaml: the user's own, where they typed it
    then = f"then set ${KB_ENV_VAR} to {saved}'s path" if in_variable else f"then give {saved}"
    subject = f"{url!r} " if named else ""
    return (
        f"{where}{subject}is {kind}, not a file on this computer (factcheck never goes on the network): "
        f"{save_it_first(url, saved)}, {then}"
    )


def default_kb_path(cwd: Path | None = None, environ: dict[str, str] | None = None) -> Path:
    """The claims file commands read: ``./claims.yaml`` if present, else ``$FACTCHECK_KB``, else the
    bundled starter file.  Relative to the working directory unless ``cwd`` is given."""
    return user_kb_path(cwd, environ) or bundled_kb_path()


def editable_kb_path(cwd: Path | None = None, environ: dict[str, str] | None = None) -> Path:
    """The claims file commands that write change: like ``default_kb_path`` but never the bundled
    starter file; with neither a local file nor ``$FACTCHECK_KB``, a new ``./claims.yaml``."""
    return user_kb_path(cwd, environ) or (cwd or Path()) / DEFAULT_KB_NAME


def read_bytes(path: Path, what: str = "claims file") -> bytes:
    """Read a claims file (or another YAML file: ``what`` names it in messages), refusing what is
    not a regular, reasonably sized file."""
    where = Location(str(path))
    try:
        if path.is_dir():
            raise KnowledgeBaseError([Problem(where, f"is a folder, not a {what}")])
        if path.is_char_device() or path.is_block_device():
            # /dev/zero, /dev/urandom, a disk: endless or huge; a pipe is allowed (--kb <(command))
            raise KnowledgeBaseError([Problem(where, f"is a device, not a {what}")])
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise KnowledgeBaseError(
                [Problem(where, f"file is too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")]
            )
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KnowledgeBaseError([Problem.advising(where, no_such_file_advice(str(path)))]) from None
    except PermissionError:
        raise KnowledgeBaseError([Problem(where, "permission denied")]) from None
    except OSError as exc:
        raise KnowledgeBaseError([Problem(where, exc.strerror or str(exc))]) from None
    except ValueError:  # a NUL byte in the name: no file can have it
        raise KnowledgeBaseError([Problem(where, "not a usable file name (it holds a NUL byte)")]) from None


#: files at least this big are kept parsed in the cache (a 10,000-claim file takes ~0.4 s to
#: parse and validate, ~0.03 s to read back); smaller ones parse faster than a cache lookup pays
KB_CACHE_MIN_BYTES = 256 * 1024


def parse_knowledge_base(
    data: bytes, path: str, *, use_cache: bool = True, as_parsed: bool = False
) -> tuple[KnowledgeBase, list[Problem]]:
    """Parse and validate a claims file's bytes; every problem found, errors and warnings, at the line and column
    an editor shows (``EditorLines``: a U+2028 in a text is no line break there, as it is to YAML).

    Big valid files are cached by the SHA-256 of their bytes (and of the reader's own code, so
    a new validation rule never meets a stale result); ``use_cache=False`` neither reads nor
    writes that cache.  ``as_parsed``: the problems at the parser's own lines, which the file's layout indexes
    (``editing``), to be shown with ``editor_lines``."""
    try:
        kb, problems = _parse_knowledge_base(data, path, use_cache=use_cache)
    except KnowledgeBaseError as exc:
        if as_parsed or (lines := editor_lines(data, path)) is None:
            raise
        raise KnowledgeBaseError([lines.problem(problem) for problem in exc.problems], bounded=exc.bounded) from None
    # looked for only when there is a place to say: the search took 70 ms in a 3.8 MB file (the starter file 40
    # times, on a busy machine), more than reading a big file back from the cache
    if as_parsed or not problems or (lines := editor_lines(data, path)) is None:
        return kb, problems
    return kb, [lines.problem(problem) for problem in problems]


#: YAML's line breaks that an editor shows inside a line (``EditorLines``), in UTF-8
_UNUSUAL_BREAK_BYTES = tuple(char.encode() for char in UNUSUAL_LINE_BREAKS)


def editor_lines(data: bytes, path: str) -> EditorLines | None:
    """The lines of a claims file's bytes as an editor numbers them, to show the parser's places at; None when
    they are the parser's (the file holds no U+2028, U+2029 nor U+0085: nearly every file) or unreadable."""
    if not any(found in data for found in _UNUSUAL_BREAK_BYTES):
        return None
    try:
        return EditorLines(read_text(path, data))
    except KnowledgeBaseError:
        return None


def _parse_knowledge_base(data: bytes, path: str, *, use_cache: bool) -> tuple[KnowledgeBase, list[Problem]]:
    """``parse_knowledge_base`` at the parser's lines: the cache keeps them so."""
    if not use_cache or len(data) < KB_CACHE_MIN_BYTES:
        return _parse_and_validate(data, path)
    key = _kb_cache_key(data)
    with collector_paused():  # 10,000 claims read back are 100,000 objects: a full collection cost 0.05 s
        cached = _cached_knowledge_base(key, path)
    if cached is not None:
        return cached
    kb, problems = _parse_and_validate(data, path)
    if not any(p.is_error for p in problems):
        _save_knowledge_base(key, kb, problems)
    return kb, problems


def _kb_cache_key(data: bytes) -> str:
    digest = hashlib.sha256()
    for module in ("model.py", "validation.py", "yamltree.py", "store.py"):
        digest.update((Path(__file__).parent / module).read_bytes())
    digest.update(data)
    return digest.hexdigest()


def _cached_knowledge_base(key: str, path: str) -> tuple[KnowledgeBase, list[Problem]] | None:
    from .cache import load_json

    document = load_json(key, "kb")
    try:
        assert isinstance(document, dict)
        claims = tuple(claim_from_dict(c) for c in document["claims"])
        positions = {str(k): (int(v[0]), int(v[1])) for k, v in document["positions"].items()}
        publisher = document["publisher"]
        problems = [
            Problem(Location(path, int(p["line"]), int(p["column"])), str(p["message"]), Severity(p["severity"]))
            for p in document["problems"]
        ]
        kb = KnowledgeBase(
            claims=claims,
            path=path,
            publisher=Publisher(str(publisher["name"]), publisher.get("url")) if publisher else None,
            language=document["language"],
            base_url=document["base_url"],
            positions=positions,
        )
    except (AssertionError, KeyError, TypeError, ValueError, AttributeError, IndexError):
        return None  # a stale or damaged cache file is simply not used
    return kb, problems


def _save_knowledge_base(key: str, kb: KnowledgeBase, problems: list[Problem]) -> None:
    from .cache import save_json

    save_json(
        key,
        "kb",
        {
            "claims": [c.to_dict() for c in kb.claims],
            "positions": kb.positions,
            "publisher": {"name": kb.publisher.name, "url": kb.publisher.url} if kb.publisher else None,
            "language": kb.language,
            "base_url": kb.base_url,
            "problems": [p.to_dict() for p in problems],
        },
    )


def _parse_and_validate(data: bytes, path: str) -> tuple[KnowledgeBase, list[Problem]]:
    text = read_text(path, data)
    with collector_paused():
        duplicate_keys: list[Problem] = []  # reported with the file's other errors, not alone
        root = parse(text, path, duplicate_keys=duplicate_keys)
        if root is None:
            return KnowledgeBase((), path), [Problem(Location(path, 1, 1), _empty_file_message(text))]
        kb, problems = build_knowledge_base(root, path)
        # in file order, as validate shows them: a claim's unknown key is found before its verdict
        # above it, and 'check' on a broken file should not list line 5 before line 4
        return kb, sorted([*duplicate_keys, *problems], key=_in_file_order)


def has_yaml_content(text: str) -> bool:
    """Does ``text`` hold more than blank lines and comments, as YAML reads them?  A blank line is
    spaces alone: a tab or a form feed is no blank to YAML (the parser names it, at its line), where
    ``str.strip`` saw none, so validate called a file of one tab "empty" while list named the tab, and
    add, edit and remove, which skipped parsing a blank file, crashed on it (a traceback).  Lines end at
    each of YAML's line breaks: a file saved with a CR alone at each line's end (an old Mac editor's) that
    opens with a comment was one line of comment to a split at "\\n", so validate called it "only
    comments" while list read its claims."""
    for line in YAML_LINE_BREAK.split(text):
        kept = line.strip(" ")
        if kept and not kept.startswith("#"):
            return True
    return False


def _empty_file_message(text: str) -> str:
    """What to say of a file with no YAML in it: "empty" of a file of comments puzzled its writer, who
    sees text in it."""
    what = "the file is empty" if not text.strip() else "the file has only comments (lines starting with '#')"
    return f"{what}; expected 'claims:' with a list of claims"


def _in_file_order(problem: Problem) -> tuple[int, int]:
    return (problem.location.line, problem.location.column)


def check_knowledge_base(path: Path | str, data: bytes | None = None) -> tuple[KnowledgeBase, list[Problem]]:
    """Read (unless ``data``, the file's bytes, is given) and validate; unreadable or unparsable files
    come back as a single problem."""
    path = Path(path)
    try:
        return parse_knowledge_base(read_bytes(path) if data is None else data, str(path))
    except KnowledgeBaseError as exc:
        return KnowledgeBase((), str(path)), exc.problems


def load_knowledge_base(path: Path | str, *, use_cache: bool = True) -> KnowledgeBase:
    """Read a claims file, raising ``KnowledgeBaseError`` (with positions) if it has any error.

    ``use_cache=False``: a big file is parsed afresh, and nothing is written to the cache folder."""
    path = Path(path)
    kb, problems = parse_knowledge_base(read_bytes(path), str(path), use_cache=use_cache)
    if any(p.is_error for p in problems):
        raise KnowledgeBaseError([p for p in problems if p.is_error])
    return kb


def check_readable(path: Path | str, data: bytes | None = None) -> bytes:
    """The file's bytes; ``KnowledgeBaseError`` when ``path`` cannot be read as YAML text at all:
    missing, a folder, unreadable, too large, binary, not UTF-8, or empty (or only comments).
    ``validate`` tells these apart (nothing to validate: a usage error) from a file it could read that
    has errors (findings).
    ``data``: the bytes, already read (from standard input: ``path`` only names them)."""
    path = Path(path)
    if data is None:
        data = read_bytes(path)
    text = read_text(str(path), data)
    # only comments is as empty to YAML: 'list' refused such a file as empty (exit 2), validate called
    # it findings (1); at 1:1, as every other command names it: validate's 'F: error: the file is empty'
    # had no line for a CI annotator to read
    if not has_yaml_content(text):
        raise KnowledgeBaseError([Problem(Location(str(path), 1, 1), _empty_file_message(text))])
    return data


def validate_file(path: Path | str, data: bytes | None = None) -> tuple[KnowledgeBase, list[Problem]]:
    """Everything ``factcheck validate`` reports: errors, then warnings such as near-duplicates
    (``data``: the file's bytes, when already read).

    Raises nothing for a bad file: one that cannot be read or parsed comes back as its problem(s),
    each with its ``location`` (path, line, column) and ``severity``; the knowledge base holds the
    claims that could be read.  The file is valid when no problem ``is_error``."""
    from .matching import build_matcher, near_duplicates
    from .validation import near_duplicate_warnings

    try:  # read once: the near-duplicates' places below are found in the same bytes
        read = read_bytes(Path(path)) if data is None else data
    except KnowledgeBaseError as exc:
        return KnowledgeBase((), str(path)), exc.problems
    kb, problems = check_knowledge_base(path, read)
    if kb.claims:
        matcher = build_matcher(kb, matcher="lexical")

        # the claims' places (``kb.positions``) are the parser's: said at the editor's, as the other problems are,
        # the file's lines found for the first warning (``parse_knowledge_base`` says why not before)
        @functools.cache
        def lines() -> EditorLines | None:
            return editor_lines(read, str(path))

        def place(line: int, column: int) -> tuple[int, int]:
            found = lines()
            return (line, column) if found is None else found.place(line, column)

        problems += near_duplicate_warnings(kb, lambda claim: near_duplicates(matcher, claim), place=place)
    return kb, sorted(problems, key=lambda p: (not p.is_error, p.location))
