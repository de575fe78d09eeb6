"""``inputfiles.utf16_line``: a line of standard input told as a line of UTF-16 text by its bytes' layout."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.inputfiles import utf16_line

#: the letters of scripts written with spaces, none whose UTF-16 has a byte 0x0A (U+040A, U+010A would split
#: a line of UTF-16 text where no line ends: a case utf16_line does not claim)
LETTERS = "abcxyzABCXYZéüñ" + "".join(map(chr, range(0x0410, 0x0450))) + "αβγΔΩ"
WORDS = st.text(alphabet=LETTERS, min_size=1, max_size=8)
LINES = st.lists(WORDS, min_size=1, max_size=6).map(" ".join).map(lambda line: f"• {line}" if len(line) % 3 else line)


@given(lines=st.lists(LINES, min_size=2, max_size=5), encoding=st.sampled_from(["UTF-16BE", "UTF-16LE"]))
def test_every_line_of_utf16_text_in_a_script_with_spaces_is_laid_out_as_utf16(lines: list[str], encoding: str) -> None:
    raw = "".join(f"{line}\n" for line in lines).encode(encoding.lower())
    pieces = raw.split(b"\n")
    split = [piece + b"\n" for piece in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])
    # the first line alone; each later one after the line before it (one read alone may be laid out as the
    # other encoding: UTF-16LE's "\0U\0S\0\n" is UTF-16BE's "US\n")
    assert utf16_line(split[0]) == encoding
    assert [utf16_line(line, after=encoding) for line in split[1:]] == [encoding] * (len(split) - 1)


@given(post=st.text(alphabet="abcXYZ ,.", min_size=1, max_size=20))
def test_a_utf8_post_with_a_nul_before_each_letter_is_no_line_of_utf16(post: str) -> None:
    # 'jq -r .text' of "\u0000U\u0000S...": an odd number of bytes with its line break, which no line of
    # UTF-16 text has (UTF-16BE is whole characters; UTF-16LE after its first line opens with a NUL)
    raw = "".join(f"\0{char}" for char in post).encode() + b"\n"
    assert utf16_line(raw) is None
    assert utf16_line(raw, after="UTF-16BE") is None
    assert utf16_line(raw, after="UTF-16LE") is None


def test_a_blank_line_continues_utf16_text_but_is_none_alone() -> None:
    assert utf16_line(b"\x00\n", after="UTF-16BE") == "UTF-16BE"  # UTF-16BE's "\n"
    assert utf16_line(b"\x00", after="UTF-16LE") == "UTF-16LE"  # the last "\n"'s high byte
    assert utf16_line(b"\x00\n") is None  # a post of one NUL


def test_a_line_after_one_of_utf16le_continues_it_only_when_it_opens_with_a_nul() -> None:
    # the high byte of the line break before: two posts in a row with a NUL after each letter were two lines of
    # UTF-16LE, and ended a run
    assert utf16_line(b"M\x00e\x00x\x00i\x00c\x00o\x00\n", after="UTF-16LE") is None
    assert utf16_line(b"\x00M\x00e\x00x\x00i\x00c\x00o\x00\n", after="UTF-16LE") == "UTF-16LE"


def test_a_line_after_a_blank_one_opening_with_a_nul_is_utf16le_and_after_utf8_utf16be() -> None:
    # "\nUS troops\n" in UTF-16LE: its second line is "US troops" in either layout; its first ("\n", an odd number
    # of bytes, where a line of UTF-16BE has an even number) tells: it was named UTF-16BE
    second = "\nUS troops\n".encode("utf-16-le").split(b"\n")[1] + b"\n"
    assert utf16_line(second, after_odd=True) == "UTF-16LE"
    assert utf16_line(second) == "UTF-16BE"


@given(line=st.text(alphabet="abcXYZ \x07\x1b\x0c.", min_size=1, max_size=20))
def test_a_line_of_utf8_with_a_windows_line_end_and_no_nul_is_no_line_of_utf16(line: str) -> None:
    # "ab\x07\r\n" was UTF-16LE's U+6261 U+0D07 (its CR a high byte): a line of UTF-16 ending in CRLF holds
    # the CR's NUL, in either encoding
    raw = line.encode() + b"\r\n"
    assert utf16_line(raw) is None
    assert utf16_line(raw, after_odd=True) is None


def test_lines_of_utf16_with_windows_line_ends_are_still_laid_out_as_utf16() -> None:
    for encoding in ("UTF-16LE", "UTF-16BE"):
        pieces = "Hay tropas\r\nДа\r\n".encode(encoding.lower()).split(b"\n")
        assert utf16_line(pieces[0] + b"\n") == encoding
        assert utf16_line(pieces[1] + b"\n", after=encoding) == encoding
