"""JSON text as factcheck writes it (``--json`` output, ``export``): UTF-8 as it is, except for the
characters ``json.dumps`` leaves raw that do something other than show themselves.

* U+0085, U+2028 and U+2029 are line breaks to ``str.splitlines`` (and to JavaScript before
  ES2019): raw inside a string, they cut one JSON Lines object in two for such a reader.
* DEL and the C1 controls (U+0080-U+009F; U+009B is a terminal's one-character CSI) may be acted on
  by a terminal the JSON is printed to.
* The bidirectional controls (U+200E, U+200F, U+061C, U+202A-U+202E, U+2066-U+2069) reorder the
  text around them: a claim holding U+202E shows in a terminal or an editor as something other
  than what it says.

Each is written as its ``\\uXXXX`` escape: the same JSON value for every reader.
"""

from __future__ import annotations

import json
import re
from typing import Any

_ESCAPED_CODES = [
    0x7F,
    *range(0x80, 0xA0),
    0x061C,
    0x200E,
    0x200F,
    0x2028,
    0x2029,
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
]
#: ``str.translate`` table: each character that does something other than show itself, as its escape
INVISIBLE_ESCAPED = {code: f"\\u{code:04x}" for code in _ESCAPED_CODES}
#: any of those characters: most texts hold none, and ``str.translate`` with a dict costs a lookup per
#: character (0.9 s for the 15 MB of ``scan --json`` on a 1 MB article) where a search costs almost nothing
_ANY_ESCAPED = re.compile("[" + "".join(re.escape(chr(code)) for code in _ESCAPED_CODES) + "]")

#: what text shown to a person (a terminal, a Markdown report) must not hold raw: the C0 controls but tab and line
#: feed (text keeps them, and JSON escapes them itself), and the characters above.  One definition for
#: ``cli.output.sanitize`` and ``scan_markdown``: the report's own list lacked U+2028 and U+2029, and a URL kept
#: them raw
UNSHOWN = re.compile("[\x00-\x08\x0b-\x1f" + "".join(re.escape(chr(code)) for code in _ESCAPED_CODES) + "]")


def dumps(data: Any, *, indent: int | None = None) -> str:
    """``json.dumps`` of ``data`` (non-ASCII kept), with the characters above escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return text.translate(INVISIBLE_ESCAPED) if _ANY_ESCAPED.search(text) else text


#: a character JSON text may hold only as an escape where its bytes must be ASCII
_NON_ASCII = re.compile("[^\x00-\x7f]")


def ascii_escaped(json_text: str) -> str:
    """JSON text with every non-ASCII character written as its ``\\uXXXX`` escape (a surrogate pair past
    U+FFFF): the same JSON value, in bytes that any ASCII-compatible encoding (Latin-1, Windows-1252, ASCII)
    writes as they are.  For an output that is not UTF-8, where such characters became Python's
    ``\\xe9`` escapes, which are no JSON (``PYTHONIOENCODING=ascii``), or Latin-1 bytes, which no JSON
    reader expects.  Only for JSON text, where a non-ASCII character can only be inside a string."""
    return _NON_ASCII.sub(lambda found: json.dumps(found.group()).strip('"'), json_text)
