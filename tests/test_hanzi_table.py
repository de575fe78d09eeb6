"""scripts/hanzi_table.py, which regenerates factcheck/hanzi.py's table from OpenCC's dictionary data: its rules on
a small made-up dictionary (OpenCC's data is not in the repository), and its writing of the table as hanzi.py has
it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from factcheck import hanzi

SCRIPT = Path(__file__).parent.parent / "scripts" / "hanzi_table.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hanzi_table", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _dictionary(folder: Path, **files: str) -> Path:
    for name in ("TSCharacters", "STCharacters", "JPVariants", "TWVariants", "HKVariants"):
        (folder / f"{name}.txt").write_text(files.get(name, ""), encoding="utf-8")
    return folder


def test_the_rules_on_a_small_dictionary(tmp_path: Path) -> None:
    folder = _dictionary(
        tmp_path,
        # 國 kept; 後 -> 后, whose 后 is given back as two characters, left out; 機 -> 机 left out (Japanese "desk");
        # 個 kept though its 个 has another (common); 乾 -> 干 (OpenCC's other form, 乾 itself, is not counted) left
        # out, as STCharacters.txt does not give 干 back as 乾
        TSCharacters="國\t国\n後\t后\n機\t机\n個\t个\n乾\t干 乾\n說\t说\n",
        STCharacters="国\t國\n后\t后 後\n机\t機\n个\t個 箇\n说\t說\n",
        # Taiwan's 説 for 說, which TSCharacters.txt reads as 说
        TWVariants="說\t説\n",
    )
    (folder / "TSCharacters.txt").write_text(
        (folder / "TSCharacters.txt").read_text(encoding="utf-8") + "説\t说\n", encoding="utf-8"
    )
    assert _script().table(folder) == {"個": "个", "國": "国", "說": "说", "説": "说"}


def test_an_unjudged_pair_of_common_kanji_stops_it(tmp_path: Path) -> None:
    # 著 and 着 are both JIS X 0208 level-1 kanji: two Japanese words or one is a judgement, not a rule
    folder = _dictionary(tmp_path, TSCharacters="著\t着\n", STCharacters="着\t著\n")
    result = subprocess.run([sys.executable, str(SCRIPT), str(folder), "--check"], capture_output=True, text=True)
    assert result.returncode == 1
    assert "judge 著/着" in result.stderr


def test_the_table_is_written_as_hanzi_py_has_it() -> None:
    script = _script()
    source = Path(hanzi.__file__).read_text(encoding="utf-8")
    pairs = dict(zip(hanzi._TRADITIONAL, hanzi._SIMPLIFIED, strict=True))
    assert script.render(source, pairs) == source
    assert script.render(source, {**pairs, "丟": "X"}) != source


def test_a_folder_without_the_files_is_one_message(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path), "--check"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "has no TSCharacters.txt" in result.stderr
    assert "Traceback" not in result.stderr


def _pairs(folder: Path, **files: str) -> dict[str, str]:
    pairs: dict[str, str] = _script().table(_dictionary(folder, **files))
    return pairs


def test_a_simplified_form_that_is_the_shinjitai_of_another_character_is_left_out(tmp_path: Path) -> None:
    # 说 as JPVariants.txt's Japanese form of another character (made up: 悅) would make two Japanese words one
    kept = _pairs(tmp_path, TSCharacters="說\t说\n", STCharacters="说\t說\n", JPVariants="說\t说\n")
    assert kept == {"說": "说"}
    assert _pairs(tmp_path, TSCharacters="說\t说\n", STCharacters="说\t說\n", JPVariants="悅\t说\n") == {}


def test_a_character_of_two_simplified_forms_is_left_out(tmp_path: Path) -> None:
    # two forms in the block: which one simplified Chinese writes is OpenCC's phrase-level choice
    assert _pairs(tmp_path, TSCharacters="鍾\t钟 锺\n", STCharacters="钟\t鍾\n") == {}
    # a form outside the block (a rare character) is not counted
    assert _pairs(tmp_path, TSCharacters="鍾\t钟 \U00028c3e\n", STCharacters="钟\t鍾\n") == {"鍾": "钟"}


def test_a_character_outside_the_block_is_left_out(tmp_path: Path) -> None:
    assert _pairs(tmp_path, TSCharacters="\U00020000\t丂\n", STCharacters="丂\t\U00020000\n") == {}
    # nor is a Taiwan form outside the block read
    tw = _pairs(
        tmp_path,
        TSCharacters="說\t说\n\U00020001\t说\n",
        STCharacters="说\t說\n",
        TWVariants="說\t\U00020001\n",
    )
    assert tw == {"說": "说"}


def test_hong_kongs_form_of_a_character_is_read_though_tscharacters_lacks_it(tmp_path: Path) -> None:
    # HKVariants.txt's 衞 for 衛 (卫), which TSCharacters.txt does not read: named in HONG_KONG; another such form
    # (made up: 躗) is left out
    files = {"TSCharacters": "衛\t卫\n", "STCharacters": "卫\t衛\n"}
    assert _pairs(tmp_path, **files, HKVariants="衛\t衞\n") == {"衛": "卫", "衞": "卫"}
    assert _pairs(tmp_path, **files, HKVariants="衛\t躗\n") == {"衛": "卫"}


def test_a_taiwan_form_of_a_character_both_scripts_write_alike_is_read(tmp_path: Path) -> None:
    # 污 is no key of TSCharacters.txt nor of STCharacters.txt: Taiwan's 汙, which TSCharacters.txt reads as 污, is
    # read as 污; not when STCharacters.txt gives 污 a traditional form (made up: 汚; or 汙 beside 污 itself), as
    # then 污 is a simplified character
    files = {"TSCharacters": "汙\t污\n", "TWVariants": "污\t汙\n"}
    assert _pairs(tmp_path, **files) == {"汙": "污"}
    assert _pairs(tmp_path, **files, STCharacters="污\t汚\n") == {}
    assert _pairs(tmp_path, **files, STCharacters="污\t污 汙\n") == {}
