"""``inputfiles.utf16_line``: a line of standard input told as a line of UTF-16 text by its bytes' layout."""

from __future__ import annotations

from pathlib import Path

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


#: ideographs, katakana and Hangul, none with a byte 0x0A in UTF-16 (U+4E0A '上' would split its line where none
#: ends); not hiragana, whose UTF-16 is often two bytes of ASCII ("いい" is "0D0D" in UTF-16BE): a line of it alone
#: is not told from text in a single-byte encoding (a sentence with ideographs or katakana in it is)
WIDE_LETTERS = "美国军队在墨西哥疫苗含有芯片参议院批准ワクチンチップメキシコ米軍백신에는칩이들어있다"
WIDE_LINES = st.text(alphabet=WIDE_LETTERS + "，。 ", min_size=4, max_size=30).filter(
    lambda line: sum(char in WIDE_LETTERS for char in line) >= 4
)


@given(line=WIDE_LINES, encoding=st.sampled_from(["UTF-16BE", "UTF-16LE"]))
def test_a_line_of_utf16_chinese_japanese_or_korean_is_laid_out_as_utf16(line: str, encoding: str) -> None:
    # no NUL and no common high byte: it was never named, "not UTF-8 text" or "binary data"
    raw = f"{line}\n".encode(encoding.lower())
    assert utf16_line(raw[: raw.index(b"\n") + 1]) == encoding  # UTF-16LE's break: b"\n\0", its NUL the next line's


def test_no_line_of_the_starter_file_in_a_single_byte_encoding_is_laid_out_as_utf16() -> None:
    # Windows-1252 letters read as UTF-16 are ideographs ("El" is U+6C45), Cyrillic ones Hangul or private use
    claims = (Path(__file__).parent.parent / "claims.yaml").read_text(encoding="utf-8")
    for encoding in ("cp1252", "latin-1", "cp1251", "iso-8859-7"):
        for line in claims.splitlines():
            raw = line.strip().encode(encoding, errors="replace") + b"\n"
            assert utf16_line(raw) is None, (encoding, line)
