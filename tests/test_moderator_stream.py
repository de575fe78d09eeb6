"""A forum moderator's stream of comments through ``check -`` against the starter file.

The comments are messy as forum comments are: emoji, capitals, hashtags, @mentions, links, quoted replies,
the sarcasm tag "/s", zero-width spaces, Windows line ends, blank lines, and lines that are no statement (not
UTF-8, a NUL byte, 100 KB of one comment).  Each gets its one JSON object, in order.  Sarcasm is not read, tagged
or not: "oh sure, ... /s" restates the claim as far as ``check`` can tell (the tag cannot say what the sarcasm is
about), so its polarity is that of its words.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

from factcheck.cli import ExitCode

TEN_THOUSAND = "us-troops-in-mexico-10000"

#: (comment, the claim it finds or None, its polarity); written for this test
COMMENTS: list[tuple[bytes, str | None, str | None]] = [
    ("OMG there are 10,000 US troops in Mexico right now 😱😱😱".encode(), TEN_THOUSAND, "same"),
    (b"THERE ARE MORE THAN 10000 US TROOPS DEPLOYED IN MEXICO!!!!! WAKE UP\r", TEN_THOUSAND, "same"),
    (b"#USTroops #Mexico 10,000 american soldiers deployed in mexico rn", TEN_THOUSAND, "same"),
    (
        b"@maria_g the US has more than 10,000 troops in Mexico, look it up https://example.com/p?id=3",
        TEN_THOUSAND,
        "same",
    ),
    (b"> there are more than 10,000 US troops in Mexico", TEN_THOUSAND, "same"),
    (b"oh sure, there are totally 10,000 US troops in Mexico /s", TEN_THOUSAND, "same"),
    ("Yeah right, 10,000 US troops in Mexico 🙄 /s\r".encode(), TEN_THOUSAND, "same"),
    (b"There are NOT 10,000 US troops in Mexico, stop spreading this", TEN_THOUSAND, "opposite"),
    ("US tr\u200boops in Me\u200bxico: more than 10,000 of them".encode(), TEN_THOUSAND, "same"),
    ("Hay más de 10.000 soldados estadounidenses en México".encode(), TEN_THOUSAND, "same"),
    (
        b"trump signed a SECRET ORDER authorizing the us military against latin american drug cartels!!!",
        "trump-secret-order-military-force-against-cartels",
        "same",
    ),
    (
        b"US drones fly over Mexico and the Mexican government knows about it",
        "us-drones-fly-over-mexico-with-consent",
        "same",
    ),
    ("Great recipe, thanks for sharing! 🍰".encode(), None, None),
    (b"first", None, None),
    ("I love this forum ❤️❤️❤️\r".encode(), None, None),
    (b"", None, None),
    (b"There are 10,000 US troops in M\xe9xico", None, None),  # not UTF-8: the line's error
    (b"There are US troops\x00 in Mexico", None, None),  # a NUL byte: the line's error
    (b"There are more than 10,000 US troops in Mexico " + b"a" * 100_000, None, None),  # too long: the line's error
    (b"Does anyone know when the next meetup is?", None, None),
]
UNREADABLE = {16, 17, 18}  # indexes into COMMENTS


def test_each_comment_gets_its_object_in_order_and_the_sarcasm_tag_is_not_read(
    invoke: Callable[..., Result], starter_kb: Path
) -> None:
    stream = b"\n".join(comment for comment, _, _ in COMMENTS) + b"\n"
    result = invoke("check", "-", "--kb", str(starter_kb), "--top", "1", input=stream)
    assert result.exit_code == ExitCode.ERROR  # lines that are no statement, each answered all the same
    lines = result.stdout.splitlines()
    assert len(lines) == len(COMMENTS)
    for index, (line, (comment, found, polarity)) in enumerate(zip(lines, COMMENTS, strict=True)):
        answer = json.loads(line)
        if index in UNREADABLE:
            assert answer["query"] is None and answer["matches"] == [] and answer["error"]
            continue
        assert answer["query"] == comment.decode("utf-8").rstrip("\r"), index
        assert "error" not in answer
        matched = [(match["id"], match["polarity"]) for match in answer["matches"]]
        assert matched == ([] if found is None else [(found, polarity)]), comment
    assert "Traceback" not in result.stderr


def test_a_byte_order_mark_opening_a_later_line_is_no_part_of_its_query(
    invoke: Callable[..., Result], starter_kb: Path
) -> None:
    # 'cat comments.txt notepad.txt | factcheck check -': the second file's mark opened a line, and was kept in
    # its "query" ("\ufeffUS troops in Mexico"), which then equalled no comment a script held
    stream = b"\xef\xbb\xbfBananas are yellow\r\n\xef\xbb\xbfThere are US troops in Mexico\r\n"
    result = invoke("check", "-", "--kb", str(starter_kb), "--top", "1", input=stream)
    queries = [json.loads(line)["query"] for line in result.stdout.splitlines()]
    assert queries == ["Bananas are yellow", "There are US troops in Mexico"]
    assert result.exit_code == ExitCode.OK


PLAIN = "There are more than 10,000 US troops deployed in Mexico"


def test_what_trails_a_comment_s_place_changes_none_of_its_matches(
    invoke: Callable[..., Result], starter_kb: Path
) -> None:
    # "... deployed in Mexico /s" (or "**", an emoji, a colour code left in a pasted comment) put its troops nowhere:
    # a place ended only at punctuation, the end or a linking word.  The statement then read as Mexico's own troops
    # and showed "Mexico deployed 10,000 of its own troops to the US border" (TRUE) second, at 0.97, where the plain
    # comment shows it not at all
    endings = [" /s", "**", " 🙄", " *", "\x1b[0m", " -- wake up"]
    stream = "\n".join([PLAIN] + [PLAIN + ending for ending in endings]) + "\n"
    result = invoke("check", "-", "--kb", str(starter_kb), input=stream.encode())
    assert result.exit_code == ExitCode.OK, result.stderr
    found = [[match["id"] for match in json.loads(line)["matches"]] for line in result.stdout.splitlines()]
    assert len(found) == len(endings) + 1
    assert found[0][0] == TEN_THOUSAND
    assert "mexico-sent-10000-national-guard-to-border" not in found[0]
    for ending, ids in zip(endings, found[1:], strict=True):
        assert ids == found[0], ending


def test_a_stop_word_in_capitals_before_troops_is_no_crash(invoke: Callable[..., Result], starter_kb: Path) -> None:
    # "UP navy" read as an initialism before a word for troops whose terms are none ("up" is a stop word):
    # IndexError and a traceback, in check and in scan (a rant's "WAKE UP navy ... US")
    result = invoke("check", "--kb", str(starter_kb), "UP navy US")
    assert result.exit_code in (ExitCode.OK, ExitCode.NO_MATCH)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.stderr
    result = invoke("scan", "--kb", str(starter_kb), "-", input=b"UP navy US.\n")
    assert result.exit_code in (ExitCode.OK, ExitCode.NO_MATCH)
    assert result.exception is None or isinstance(result.exception, SystemExit)


def _zalgo(text: str) -> str:
    """``text`` with marks stacked on each letter, as "zalgo" generators write it (the same marks each time)."""
    marks = "\u0301\u0316\u0334\u0353\u036b"
    return "".join(letter + marks if letter.isalpha() else letter for letter in text)


def test_styled_letters_find_the_claim_they_spell_and_no_other(invoke: Callable[..., Result], starter_kb: Path) -> None:
    # zalgo text, fullwidth and mathematical bold letters: the index read their words, but the checks after it read
    # the text as written; zalgo showed "Mexico deployed 10,000 of its own troops to the US border" (TRUE) alone at
    # 0.94, and the other two showed it second at 0.98, where the plain comment shows it not at all
    fullwidth = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in PLAIN)
    bold = "".join(
        chr(0x1D400 + ord(c) - 65) if "A" <= c <= "Z" else chr(0x1D41A + ord(c) - 97) if "a" <= c <= "z" else c
        for c in PLAIN
    )
    stream = "\n".join([PLAIN, _zalgo(PLAIN), fullwidth, bold]) + "\n"
    result = invoke("check", "-", "--kb", str(starter_kb), input=stream.encode())
    assert result.exit_code == ExitCode.OK, result.stderr
    found = [[match["id"] for match in json.loads(line)["matches"]] for line in result.stdout.splitlines()]
    assert found[0][0] == TEN_THOUSAND
    assert found[1:] == [found[0]] * 3
