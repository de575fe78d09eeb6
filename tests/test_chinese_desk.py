"""A Chinese-language desk's claims file, statements and articles (and some Japanese).

Chinese is written without spaces: the matcher reads it as character bigrams (``test_other_scripts``).  What
failed before: an article's sentences were not told apart at "。", "！", "？", "；" (a paragraph was one sentence,
skipped as a title or "too short (2 words)"); a Chinese statement counted as one word, a search, its match a
"possible match" under "A word or two is a search"; "一万" and "1万" (10,000) were no numbers; "没有", "不", "未"
were no negations; ClaimReview's Chinese ratings ("错误", "錯誤", "误导") were unmapped.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.blocks import Block, BlockKind
from factcheck.matching import is_a_search
from factcheck.polarity import polarity
from factcheck.ratings import builtin_rating_map, normalize_rating
from factcheck.sentences import split_block
from factcheck.substitution import _cjk_countries
from factcheck.text import fold, stated_numbers, terms, word_count

KB = """\
claims:
  - id: us-troops-mexico-zh
    claim: 美国在墨西哥驻扎了一万名士兵
    verdict: "false"
    summary: 没有证据显示美国在墨西哥驻扎了一万名士兵。
  - id: vaccine-chip-zh
    claim: 新冠疫苗含有追踪芯片
    verdict: "false"
    summary: 疫苗不含芯片。
  - id: 5g-covid-zh
    claim: 5G基站会传播新冠病毒
    verdict: "false"
    summary: 无线电波不能传播病毒。
"""

ARTICLE = "据报道，美国在墨西哥驻扎了一万名士兵。这一说法在社交媒体上广泛流传！专家表示：5G基站会传播新冠病毒；"


def check_json(invoke: Callable[..., Result], kb: Path, statement: str) -> dict[str, object]:
    result = invoke("check", "--kb", str(kb), "--json", statement)
    assert result.exit_code in (0, 1), result.output
    found: dict[str, object] = json.loads(result.stdout)
    return found


@pytest.mark.parametrize("stop", ["。", "！", "？", "；", "。」", "！！"])
def test_sentences_end_at_full_width_stops(stop: str) -> None:
    text = f"美国在墨西哥驻扎了一万名士兵{stop}这一说法在社交媒体上广泛流传。"
    sentences = [s.text for s in split_block(Block(text, BlockKind.PARAGRAPH, ((0, 1),)))]
    assert sentences == [f"美国在墨西哥驻扎了一万名士兵{stop}", "这一说法在社交媒体上广泛流传。"]


def test_english_sentences_split_as_before() -> None:
    text = "There are 10,000 US troops in Mexico. The Senate said so; others did not."
    sentences = [s.text for s in split_block(Block(text, BlockKind.PARAGRAPH, ((0, 1),)))]
    assert sentences == ["There are 10,000 US troops in Mexico.", "The Senate said so; others did not."]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("美国在墨西哥驻扎了一万名士兵", 5),
        ("新冠疫苗", 2),
        ("疫苗", 1),
        ("5G基站会传播新冠病毒", 4),
        ("世界卫生组织", 2),
        ("新型コロナワクチン", 2),
        ("アメリカはメキシコに500人の兵士を駐留させている", 8),
        ("10,000 troops", 2),
        ("U.S. troops in Mexico", 4),
        # Thai, Lao, Myanmar, Khmer: a word a space-parted token, as before
        ("ไมโครชิป", 1),
        ("วัคซีนโควิดมีไมโครชิปติดตามตัว", 1),
    ],
)
def test_a_run_of_chinese_counts_as_a_third_of_its_characters_and_katakana_as_a_word(text: str, count: int) -> None:
    assert word_count(text) == count


@pytest.mark.parametrize("search", ["新型コロナワクチン", "世界卫生组织", "新冠肺炎疫苗", "トランプ大統領", "ไมโครชิป"])
def test_one_long_chinese_or_japanese_word_is_a_search(search: str) -> None:
    # at half a word a character "世界卫生组织" was three words, shown a match at 1.00 with no "search" banner
    assert is_a_search(search)


def test_a_chinese_statement_is_no_search_but_a_word_or_two_is() -> None:
    assert not is_a_search("美国在墨西哥有一万名士兵")
    assert is_a_search("新冠疫苗")


@pytest.mark.parametrize(("name", "article"), [("a.txt", ARTICLE), ("a.md", ARTICLE), ("a.html", f"<p>{ARTICLE}</p>")])
def test_scan_checks_the_sentences_of_a_chinese_article(
    tmp_path: Path, write_kb: Callable[[str], Path], invoke: Callable[..., Result], name: str, article: str
) -> None:
    kb = write_kb(KB)
    path = tmp_path / name
    path.write_text(article + "\n", encoding="utf-8")
    result = invoke("scan", str(path), "--kb", str(kb), "--json")
    assert result.exit_code in (0, 1), result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    sentences = [line for line in lines if line["type"] == "sentence"]
    assert len(sentences) == 3
    matched = {s["match"]["id"] for s in sentences if s["match"]}
    assert matched == {"us-troops-mexico-zh", "5g-covid-zh"}


def test_a_chinese_statement_is_a_match_not_a_search(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result]
) -> None:
    result = invoke("check", "--kb", str(write_kb(KB)), "美国在墨西哥有一万名士兵")
    assert "A word or two is a search" not in result.output
    assert "possible match" not in result.output and "match 1.00 · us-troops-mexico-zh" in result.output


@pytest.mark.parametrize(
    ("written", "as_read"),
    [
        ("一万", "10000"),
        ("1万", "10000"),
        ("两万五", "25000"),
        ("三千五百万", "35000000"),
        ("一千零五", "1005"),
        ("一百五", "150"),
        ("2.5亿", "250000000"),
        ("兩億", "200000000"),
        ("百分之三十", "30%"),
        ("十一月", "11月"),
    ],
)
def test_chinese_amounts_are_digits(written: str, as_read: str) -> None:
    assert fold(written) == as_read


@pytest.mark.parametrize("left", ["一五一十", "千万不要", "万一", "统一", "一个", "十分", "二〇二五年"])
def test_characters_that_are_no_amount_are_left(left: str) -> None:
    assert fold(left) == left


@pytest.mark.parametrize("written", ["一万", "1万", "１０，０００", "10,000"])
def test_an_amount_reads_alike_however_written(written: str) -> None:
    assert stated_numbers(f"美国在墨西哥驻扎了{written}名士兵") == {"10000"}
    assert terms(f"美国在墨西哥驻扎了{written}名士兵") == terms("美国在墨西哥驻扎了10000名士兵")


def test_another_amount_is_no_match_of_the_claim(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result]
) -> None:
    kb = write_kb(KB)
    assert check_json(invoke, kb, "美国在墨西哥驻扎了1万名士兵")["matches"]
    assert not check_json(invoke, kb, "美国在墨西哥驻扎了五百名士兵")["matches"]


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        ("美国在墨西哥没有驻扎一万名士兵", "us-troops-mexico-zh"),
        ("美國在墨西哥沒有駐紮一萬名士兵", "us-troops-mexico-zh"),
        ("美国未在墨西哥驻扎一万名士兵", "us-troops-mexico-zh"),
        ("新冠疫苗不含有追踪芯片", "vaccine-chip-zh"),
        ("5G基站并非会传播新冠病毒", "5g-covid-zh"),
    ],
)
def test_a_chinese_negation_is_noted(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], statement: str, claim_id: str
) -> None:
    (match, *_) = check_json(invoke, write_kb(KB), statement)["matches"]  # type: ignore[misc]
    assert match["id"] == claim_id and match["polarity"] == "opposite"


@pytest.mark.parametrize(
    "statement",
    ["美国在墨西哥驻扎了一万名士兵", "不少人说美国在墨西哥驻扎了一万名士兵", "美国不得不在墨西哥驻扎一万名士兵"],
)
def test_words_holding_a_negation_that_deny_nothing_are_none(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], statement: str
) -> None:
    (match, *_) = check_json(invoke, write_kb(KB), statement)["matches"]  # type: ignore[misc]
    assert match["polarity"] == "same"


@pytest.mark.parametrize(
    ("rating", "verdict"),
    [
        ("错误", "false"),
        ("錯誤", "false"),
        ("假", "false"),
        ("部分错误", "mixed"),
        ("误导", "misleading"),
        ("誤導", "misleading"),
        ("正确", "true"),
        ("錯誤：照片是2015年的", "false"),
        ("誤り", "false"),
        ("ミスリード", "misleading"),
    ],
)
def test_chinese_and_japanese_ratings_are_mapped(rating: str, verdict: str) -> None:
    found = builtin_rating_map().verdict_for(rating)
    assert found is not None and found.value == verdict


@pytest.mark.parametrize("rating", ["事實釐清", "正确，但有误导", "正確（但易生誤解）", "正確（部分）"])
def test_a_clarification_or_a_qualified_true_is_left_unmapped(rating: str) -> None:
    assert builtin_rating_map().verdict_for(rating) is None


JAPANESE_KB = """\
claims:
  - id: jp-troops
    claim: アメリカはメキシコに1万人の兵士を駐留させている
    verdict: "false"
    summary: テスト。
"""


def test_a_longer_japanese_statement_of_another_amount_is_no_match(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result]
) -> None:
    # 21 character pairs, 12 words: its numbers are checked as a typed statement's of 12 English words are
    kb = write_kb(JAPANESE_KB)
    assert check_json(invoke, kb, "アメリカはメキシコに一万人の兵士を駐留させている")["matches"]
    assert not check_json(invoke, kb, "アメリカはメキシコに500人の兵士を駐留させている")["matches"]


def test_a_japanese_rating_keeps_its_voicing_marks() -> None:
    # "ミスリード" was normalised as "ミスリート" (the voicing mark dropped as an accent): a key of the table no
    # label could reach as written
    assert builtin_rating_map().verdict_for("ミスリード：文脈が欠けている") is not None
    assert normalize_rating("ミスリード") == "ミスリード"


@pytest.mark.parametrize(
    ("written", "as_read"),
    [
        ("1万5000人", "15000人"),
        ("1万5千", "15000"),
        ("2億5000万円", "250000000円"),
        ("1万2000", "12000"),
        ("３億2000万円", "320000000円"),
        ("三億二千万円", "320000000円"),
        ("三点五亿", "350000000"),
        ("15,000万", "150000000"),
        ("1.5万亿", "1500000000000"),
        ("一万亿元", "1000000000000元"),
    ],
)
def test_an_amount_of_digits_and_characters_mixed_is_one_number(written: str, as_read: str) -> None:
    # "1万5000" was read "10000" and "5000" glued: 100005000
    assert fold(written) == as_read


@pytest.mark.parametrize("written", ["1万5000", "15000", "15,000", "一万五千", "1.5万", "1万5千", "1万5", "一万五"])
def test_fifteen_thousand_reads_alike_however_written(written: str) -> None:
    assert stated_numbers(f"美国在墨西哥驻扎了{written}名士兵") == {"15000"}


@pytest.mark.parametrize(
    ("written", "as_read"),
    [
        ("二十多万人", "200000多人"),
        ("200多万人", "2000000多人"),
        ("30余万人", "300000余人"),
        ("逾200万人", "逾2000000人"),
        ("1万多人", "10000多人"),
    ],
)
def test_more_than_an_amount_reads_the_amount(written: str, as_read: str) -> None:
    # "二十多万" (over 200,000) was 20
    assert fold(written) == as_read


@pytest.mark.parametrize("left", ["几十万人", "数十万人", "二十几万人", "十几万人", "〇〇県", "〇〇さん", "零零七"])
def test_an_amount_that_says_no_number_is_left(left: str) -> None:
    # "几十万" (some hundred thousands) was 100,000; "〇〇" (a name left out) was 0
    assert fold(left) == left


@pytest.mark.parametrize(
    ("written", "as_read"),
    [
        ("死亡人数2万", "死亡人数20000"),
        ("得票数7400万", "得票数74000000"),
        ("死者数2万人", "死者数20000人"),
        ("总数1万5000", "总数15000"),
        ("人数二十万", "人数200000"),
    ],
)
def test_a_number_after_shu_is_read(written: str, as_read: str) -> None:
    # "数" ends a word ("人数" the number of people) and says "some" only before a unit ("数十万"): "死亡人数2万" and
    # "得票数7400万" were left as written, no match of their own claims once these were written "20000", "74000000"
    assert fold(written) == as_read


SHU_KB = """\
claims:
  - id: votes
    claim: 特朗普在2020年大选中得票数7400万
    verdict: "true"
    summary: 测试。
  - id: us-deaths
    claim: 美国新冠死亡人数100万
    verdict: "true"
    summary: 测试。
"""


@pytest.mark.parametrize(
    ("statement", "matched"),
    [
        ("特朗普在2020年大选中得票数74000000", True),
        ("特朗普在2020年大选中得票数7400票", False),
        ("美国新冠死亡人数1000000", True),
        ("美国新冠死亡人数100人", False),
    ],
)
def test_a_claim_of_an_amount_after_shu_is_matched_by_its_number(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], statement: str, matched: bool
) -> None:
    assert bool(check_json(invoke, write_kb(SHU_KB), statement)["matches"]) is matched


@pytest.mark.parametrize(
    ("written", "as_read"),
    [
        ("20万至30万人", "200000至300000人"),
        ("二十万至三十万人", "200000至300000人"),
        ("5000至1万人", "5000至10000人"),
        ("五千至一万人", "5000至10000人"),
        ("3万-5万人", "30000-50000人"),
        ("1万到2万名", "10000到20000名"),
        ("二十至三十人", "20至30人"),
        # the unit written once, at the right end, is both ends' ("3-5万" 30,000 to 50,000): left as written, "3-5万"
        # was the numbers 3 and 5
        ("3-5万人", "30000-50000人"),
        ("三到五万人", "30000到50000人"),
        ("1到2万名", "10000到20000名"),
        ("二十至三十万", "200000至300000"),
        ("3千-5千万", "30000000-50000000"),
        ("2.5-3万", "25000-30000"),
    ],
)
def test_a_range_with_an_amount_at_each_end_reads_both(written: str, as_read: str) -> None:
    # "20万至30万" was "20万至300000" (the left end left as written, read 20), "5000至1万" was left as written
    assert fold(written) == as_read


RANGE_KB = """\
claims:
  - id: rally-range
    claim: 当天有20万至30万人参加了反对政府的集会
    verdict: "false"
    summary: 测试。
  - id: deaths-range
    claim: 地震造成5000至1万人死亡
    verdict: "false"
    summary: 测试。
"""


@pytest.mark.parametrize(
    ("statement", "matched"),
    [
        ("当天有200000至300000人参加了反对政府的集会", True),
        ("当天有20至30人参加了反对政府的集会", False),
        ("地震造成5000至10000人死亡", True),
        ("地震造成5000至1人死亡", False),
    ],
)
def test_a_claim_of_a_range_is_matched_by_its_numbers(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], statement: str, matched: bool
) -> None:
    assert bool(check_json(invoke, write_kb(RANGE_KB), statement)["matches"]) is matched


def test_a_run_of_thousands_of_units_is_left_without_a_recursion_error() -> None:
    run = "一万" * 3000
    assert fold(run) == run


DUO_KB = """\
claims:
  - id: duo
    claim: 香港有200多万人上街游行反对修例
    verdict: "true"
    summary: 测试。
  - id: jp-deaths
    claim: 新型コロナワクチン接種後に1万2000人が死亡した
    verdict: "false"
    summary: テスト。
"""


@pytest.mark.parametrize(
    "statement",
    [
        "香港有200万人上街游行反对修例",
        "香港有两百万人上街游行反对修例",
        "香港有逾200万人上街游行反对修例",
        "新型コロナワクチン接種後に12000人が死亡した",
        "新型コロナワクチン接種後に1.2万人が死亡した",
    ],
)
def test_an_amount_written_otherwise_still_matches(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], statement: str
) -> None:
    assert check_json(invoke, write_kb(DUO_KB), statement)["matches"]


@pytest.mark.parametrize(
    "text",
    [
        "Xinhua wrote “美国在墨西哥驻扎了一万名士兵。” on Monday, citing 3 officials.",
        "The slogan “不忘初心。” appears on 5,000 billboards.",
        "A Weibo user wrote 「美军已进入墨西哥！」and was shared 20,000 times.",
        "The phrase 美军已进入墨西哥！ was shared 20,000 times.",
    ],
)
def test_a_chinese_quotation_inside_an_english_sentence_ends_none(text: str) -> None:
    # its rest ("on Monday, citing 3 officials.") was a sentence alone
    assert [s.text for s in split_block(Block(text, BlockKind.PARAGRAPH, ((0, 1),)))] == [text]


@pytest.mark.parametrize(
    "text",
    [
        "A Weibo user wrote “美军已进入墨西哥！！” and the post was shared 20,000 times.",
        "A post said 「美军已进入墨西哥？！」 and went viral.",
        "Xinhua wrote “美国在墨西哥驻扎了一万名士兵。”, citing 3 officials.",
        "A user wrote “疫苗有芯片。”—a claim shared 20,000 times.",
        "He posted “美军已进入墨西哥！”; it was shared 20,000 times.",
    ],
)
def test_a_run_of_stops_inside_an_english_sentence_is_not_cut(text: str) -> None:
    # "！！” and the post..." was cut after the first "！" (the run given back one stop to end a sentence)
    assert [s.text for s in split_block(Block(text, BlockKind.PARAGRAPH, ((0, 1),)))] == [text]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("疫苗有芯片。。。 Facebook删了帖子", ["疫苗有芯片。。。", "Facebook删了帖子"]),
        ("美军已进入墨西哥！！！ RT if you agree", ["美军已进入墨西哥！！！", "RT if you agree"]),
        (
            "网传“美国在墨西哥驻扎了一万名士兵。”CNN报道称，这一说法没有根据。",
            ["网传“美国在墨西哥驻扎了一万名士兵。”", "CNN报道称，这一说法没有根据。"],
        ),
        (
            "网传「美军已进入墨西哥！」TikTok上的视频被转发两万次。",
            ["网传「美军已进入墨西哥！」", "TikTok上的视频被转发两万次。"],
        ),
        ("新冠疫苗含有追踪芯片。 Facebook已删除相关帖子。", ["新冠疫苗含有追踪芯片。", "Facebook已删除相关帖子。"]),
        (
            "ワクチンにはチップが入っている。」 Twitterで拡散された。",
            ["ワクチンにはチップが入っている。」", "Twitterで拡散された。"],
        ),
        ("苹果公司发布了新手机。 iPhone 16的价格为999美元。", ["苹果公司发布了新手机。", "iPhone 16的价格为999美元。"]),
    ],
)
def test_a_chinese_sentence_that_opens_with_a_latin_name_is_a_sentence(text: str, sentences: list[str]) -> None:
    # each was one sentence, or cut inside its run of stops ("疫苗有芯片。。", "。 Facebook删了帖子")
    assert [s.text for s in split_block(Block(text, BlockKind.PARAGRAPH, ((0, 1),)))] == sentences


def test_a_chinese_paragraph_with_quotations_still_splits() -> None:
    text = "他说：「美军已进入墨西哥！」 这是假的。有人说“疫苗有芯片。”5G基站很多。"
    sentences = [s.text for s in split_block(Block(text, BlockKind.PARAGRAPH, ((0, 1),)))]
    assert sentences == ["他说：「美军已进入墨西哥！」", "这是假的。", "有人说“疫苗有芯片。”", "5G基站很多。"]


@pytest.mark.parametrize(
    "statement",
    [
        "新冠疫苗是不是含有追踪芯片？",
        "新冠疫苗有没有追踪芯片？",
        "新冠疫苗含不含有追踪芯片？",
        "新冠疫苗会不会含有追踪芯片？",
        "新冠疫苗含有追踪芯片，对不对？",
        "新冠疫苗含有追踪芯片，不是吗",
        "新冠疫苗含有不明追踪芯片",
        "新冠疫苗含有未知的追踪芯片",
        "新冠疫苗含有追踪芯片，太不可思议了",
        "新冠疫苗含有追踪芯片，不得了",
        "新冠疫苗竟然含有追踪芯片，真不敢相信",
        "新冠疫苗含有追踪芯片，未成年人尤其危险",
        "新冠疫苗含有追踪芯片，不可否认",
        "新冠疫苗含有追踪芯片，不容置疑",
        "新冠疫苗含有追踪芯片，不用怀疑",
        "新冠疫苗含有追踪芯片，毫不夸张",
        "新冠疫苗含有追踪芯片，这是不争的事实",
        "新冠疫苗含有追踪芯片，绝非谣言",
        "新冠疫苗含有追踪芯片并非谣言",
        "新冠疫苗含有追踪芯片，不是谣言",
        "美国在墨西哥驻扎了不止一万名士兵",
        "美国在墨西哥驻扎了不下一万名士兵",
        "美国在墨西哥驻扎了不下于一万名士兵",
        "他问新冠疫苗是不是含有追踪芯片吗",
    ],
)
def test_a_question_or_a_word_that_denies_nothing_is_no_denial(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], statement: str
) -> None:
    # each was 'opposite' of the claim it asks about or affirms
    (match, *_) = check_json(invoke, write_kb(KB), statement)["matches"]  # type: ignore[misc]
    assert match["polarity"] == "same"


PARAPHRASE_KB = """\
claims:
  - id: zh-infertile
    claim: 新冠疫苗会导致女性不孕
    verdict: "false"
    summary: 测试。
  - id: elect-zh
    claim: 选举中存在大规模舞弊
    verdict: "false"
    summary: 测试。
  - id: jp-fraud
    claim: 選挙で大規模な不正があった
    verdict: "false"
    summary: テスト。
  - id: jp-unvax
    claim: ワクチン接種者の死亡率は未接種者より高い
    verdict: "false"
    summary: テスト。
"""


@pytest.mark.parametrize(
    ("statement", "polarity"),
    [
        ("新冠疫苗会导致女性无法生育", "same"),
        ("新冠疫苗会导致不孕不育", "same"),
        ("新冠疫苗不会导致女性不孕", "opposite"),
        ("选举中存在大规模不法行为", "same"),
        ("选举中存在大规模舞弊，民众不满", "same"),
        ("选举中不存在大规模舞弊", "opposite"),
        # Japanese: its "不"/"未" are inside words ("不正" fraud, "未接種" unvaccinated), its negations not read
        ("選挙で大規模な票の改ざんがあった", "same"),
        ("ワクチン接種者の死亡率は接種していない人より高い", "same"),
    ],
)
def test_a_word_holding_a_negation_reads_as_its_paraphrase(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], statement: str, polarity: str
) -> None:
    (match, *_) = check_json(invoke, write_kb(PARAPHRASE_KB), statement)["matches"]  # type: ignore[misc]
    assert match["polarity"] == polarity


DENIAL_KB = """\
claims:
  - id: congress-tiktok
    claim: 美国国会将通过禁止TikTok的法案
    verdict: "false"
    summary: 测试。
  - id: ai-doctors
    claim: 人工智能能够取代医生
    verdict: "false"
    summary: 测试。
  - id: trump-mexico
    claim: 特朗普现在在墨西哥
    verdict: "false"
    summary: 测试。
  - id: all-infected
    claim: 所有人都会感染新冠病毒
    verdict: "false"
    summary: 测试。
  - id: rain
    claim: 北京明天会下雨
    verdict: "false"
    summary: 测试。
  - id: appstore
    claim: 苹果将下架TikTok应用
    verdict: "false"
    summary: 测试。
  - id: knew
    claim: 特朗普知道爱泼斯坦的罪行
    verdict: "false"
    summary: 测试。
  - id: citizen
    claim: 唐纳德・特朗普是俄罗斯公民
    verdict: "false"
    summary: 测试。
  - id: age
    claim: 枪手已满18岁
    verdict: "true"
    summary: 测试。
"""


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        # an A-not-A in a statement is a denial: "能不能", "在不在", "会不会", "是不是" were read as questions
        ("美国国会不会通过禁止TikTok的法案", "congress-tiktok"),
        ("人工智能不能取代医生", "ai-doctors"),
        ("特朗普现在不在墨西哥", "trump-mexico"),
        ("新冠病毒传播很快，但是不是所有人都会感染", "all-infected"),
        ("有人问人工智能能不能取代医生？专家说人工智能不能取代医生", "ai-doctors"),
        # "不下", "不知", "不满" deny before a verb, a noun or a number
        ("北京明天不下雨", "rain"),
        ("苹果不下架TikTok应用", "appstore"),
        ("特朗普不知道爱泼斯坦的罪行", "knew"),
        ("枪手不满18岁", "age"),
        # "・" parts a Chinese name: no kana, the text is Chinese
        ("唐纳德・特朗普不是俄罗斯公民", "citizen"),
    ],
)
def test_a_chinese_denial_that_looks_like_a_question_or_an_idiom_denies(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], statement: str, claim_id: str
) -> None:
    # each was 'same' as the claim it denies
    (match, *_) = check_json(invoke, write_kb(DENIAL_KB), statement)["matches"]  # type: ignore[misc]
    assert (match["id"], match["polarity"]) == (claim_id, "opposite")


JAPANESE_NEGATION_KB = """\
claims:
  - id: chip-ja
    claim: コロナワクチンにはマイクロチップが含まれている
    verdict: "false"
    summary: テスト。
  - id: unvax-ja
    claim: ワクチン接種者の死亡率は未接種者より高い
    verdict: "false"
    summary: テスト。
"""


@pytest.mark.parametrize(
    ("statement", "polarity"),
    [
        # Japanese negations are verb endings: each was 'same' as the claim it denies
        ("コロナワクチンにはマイクロチップが含まれていない", "opposite"),
        ("コロナワクチンにはマイクロチップは含まれていません", "opposite"),
        ("コロナワクチンにはマイクロチップは含まれていなかった", "opposite"),
        ("コロナワクチンにはマイクロチップが含まれているわけではない", "opposite"),
        ("コロナワクチンにはマイクロチップが含まれているのではない", "opposite"),
        ("コロナワクチンにはマイクロチップが含まれているじゃない", "opposite"),
        # endings that hold "ない" or "ません" and deny nothing: "no doubt", "may", a question, "must", "only"
        ("コロナワクチンにはマイクロチップが含まれている。間違いない", "same"),
        ("コロナワクチンにはマイクロチップが含まれているに違いない", "same"),
        ("コロナワクチンにはマイクロチップが含まれているかもしれない", "same"),
        ("コロナワクチンにはマイクロチップが含まれていないか", "same"),
        ("コロナワクチンにはマイクロチップが含まれているのではないでしょうか", "same"),
        ("コロナワクチンにはマイクロチップが含まれていませんか", "same"),
        ("コロナワクチンにはマイクロチップが含まれている。少なくない人が危ないと言う", "same"),
        ("コロナワクチンにはマイクロチップが含まれていなければならない", "same"),
        ("コロナワクチンにはマイクロチップしか含まれていない", "same"),
        # an ending that describes a noun: the unvaccinated ("未接種者") are those "接種していない人"
        ("ワクチン接種者の死亡率は接種していない人より高い", "same"),
        ("ワクチン接種者の死亡率は未接種者より高くない", "opposite"),
    ],
)
def test_a_japanese_negation_is_read(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], statement: str, polarity: str
) -> None:
    (match, *_) = check_json(invoke, write_kb(JAPANESE_NEGATION_KB), statement)["matches"]  # type: ignore[misc]
    assert match["polarity"] == polarity


PLACES_KB = """\
claims:
  - id: us-troops-mexico-zh
    claim: 美国在墨西哥驻扎了一万名士兵
    verdict: "false"
    summary: 测试。
  - id: vaccine-chip-zh
    claim: 新冠疫苗含有追踪芯片
    verdict: "false"
    summary: 测试。
  - id: us-troops-mexico-ja
    claim: アメリカはメキシコに1万人の兵士を駐留させている
    verdict: "false"
    summary: テスト。
  - id: us-troops-china-ja
    claim: 米軍が中国に駐留している
    verdict: "false"
    summary: テスト。
  - id: kepco-ja
    claim: 韓国電力が電気料金を値上げした
    verdict: "true"
    summary: テスト。
"""


@pytest.mark.parametrize(
    "statement",
    [
        # another country in the claim's place, the rest word for word: each was the claim's match (0.9995 for the
        # first).  Only that: "美军在加拿大..." (troops for the US) or the traditional script are another frame
        "美国在加拿大驻扎了一万名士兵",
        "美国在新墨西哥驻扎了一万名士兵",
        "アメリカはカナダに1万人の兵士を駐留させている",
        "アメリカはニューメキシコに1万人の兵士を駐留させている",
        # the state said as one ("新墨西哥州"; 1.00 against the Mexico claim) and Japan's Chūgoku region, read as
        # China (1.00 each); its power company against Korea's (capped before too, as China for Korea)
        "美国在新墨西哥州驻扎了一万名士兵",
        "アメリカはニューメキシコ州に1万人の兵士を駐留させている",
        "米軍が中国地方に駐留している",
        "米軍が中国・四国地方に駐留している",
        "中国電力が電気料金を値上げした",
        # another country in the claim's place, the rest in other words ("美军", troops, for "美国"; an "已" more;
        # a source before it): each was a match (0.99 for the first)
        "美军在加拿大驻扎了一万名士兵",
        "美军已在加拿大驻扎了一万名士兵",
        "据报道，美军在加拿大驻扎了一万名士兵",
        "美军在加拿大驻扎了一万名士兵。",
        # and in traditional characters ("駐紮" for "驻扎": 0.98 and 0.71)
        "美國在新墨西哥州駐紮了一萬名士兵",
        "美軍在加拿大駐紮了一萬名士兵",
        # Hong Kong's spellings of a name ("新西蘭", "尼日利亞": 1.00 each against the Mexico claim, the name
        # unread where the rest of the text was simplified)
        "美國在新西蘭駐紮了一萬名士兵",
        "美國在尼日利亞駐紮了一萬名士兵",
    ],
)
def test_a_chinese_or_japanese_statement_naming_another_country_is_no_match(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], statement: str
) -> None:
    found = check_json(invoke, write_kb(PLACES_KB), statement)
    assert found["matches"] == []
    assert found["closest_score"] == 0.2  # capped (``SUBSTITUTION_CAP``): related, never a match


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        ("美国在墨西哥驻扎了一万名士兵", "us-troops-mexico-zh"),
        ("美军在墨西哥驻扎了一万名士兵", "us-troops-mexico-zh"),
        ("美國在墨西哥駐紮了一萬名士兵", "us-troops-mexico-zh"),
        ("米国はメキシコに1万人の兵士を駐留させている", "us-troops-mexico-ja"),
        # another country in a clause of its own, beside the claim's
        ("美国在墨西哥驻扎了一万名士兵，加拿大表示关切", "us-troops-mexico-zh"),
        ("美军在墨西哥驻扎了一万名士兵，加拿大表示关切", "us-troops-mexico-zh"),
        ("米軍が中国に駐留している", "us-troops-china-ja"),
        ("韓国電力が電気料金を値上げした", "kepco-ja"),
    ],
)
def test_a_chinese_or_japanese_statement_naming_the_claims_countries_still_matches(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], statement: str, claim_id: str
) -> None:
    (match, *_) = check_json(invoke, write_kb(PLACES_KB), statement)["matches"]  # type: ignore[misc]
    assert match["id"] == claim_id


CHINA_LOCAL_KB = """\
claims:
  - id: detain-ja
    claim: 中国当局が日本人記者を拘束した
    verdict: "true"
    summary: テスト。
  - id: debt-ja
    claim: 中国債務が急増している
    verdict: "true"
    summary: テスト。
  - id: cities-ja
    claim: 中国都市で住宅価格が下落している
    verdict: "true"
    summary: テスト。
  - id: officials-ja
    claim: 中国官僚が汚職で逮捕された
    verdict: "true"
    summary: テスト。
"""


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        # "中国地方" before a word is China's local ... (authorities, debt, cities, officials), as Japanese writes
        # it: each was read as Japan's Chūgoku region, China's claim capped (1.00 on main, no match)
        ("中国地方当局が日本人記者を拘束した", "detain-ja"),
        ("中国地方債務が急増している", "debt-ja"),
        ("中国地方都市で住宅価格が下落している", "cities-ja"),
        ("中国地方官僚が汚職で逮捕された", "officials-ja"),
    ],
)
def test_a_japanese_statement_of_chinas_local_authorities_still_matches(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], statement: str, claim_id: str
) -> None:
    (match, *_) = check_json(invoke, write_kb(CHINA_LOCAL_KB), statement)["matches"]  # type: ignore[misc]
    assert match["id"] == claim_id
    assert match["score"] >= 0.99


CHINA_OR_CHUGOKU_KB = """\
claims:
  - id: china-rain-ja
    claim: 中国豪雨で100人が死亡した
    verdict: "true"
    summary: テスト。
  - id: china-power-ja
    claim: 中国電力消費量が過去最高を記録した
    verdict: "true"
    summary: テスト。
  - id: china-rain-zh
    claim: 中国大雨致百人死亡
    verdict: "true"
    summary: 测试。
  - id: china-snow-zh
    claim: 中国大雪，数千人滞留
    verdict: "true"
    summary: 测试。
  - id: chugoku-electric-customers
    claim: 中国電力の需要家向け料金が値上げされた
    verdict: "true"
    summary: テスト。
  - id: chugoku-electric-market
    claim: 中国電力が市場連動型プランの料金を値上げした
    verdict: "true"
    summary: テスト。
"""


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        ("中国地方豪雨で100人が死亡した", None),
        ("中国豪雨で100人が死亡した", "china-rain-ja"),
        # China's power in a traditional character: the claim's "中国電力消費量" was read as the Chūgoku firm, China
        # for it capped (0.2 on main)
        ("中國電力消費量が過去最高を記録した", "china-power-ja"),
        ("中国電力消費量が過去最高を記録した", "china-power-ja"),
        # a Chinese statement of China's local rain ("致"): no match of the Japanese claim of the region's rain
        ("中国地方大雨致百人死亡", "china-rain-zh"),
        # ... and of China's local snow, told Chinese by its comma "，" (lang47: read as the region, no match)
        ("中国地方大雪，数千人滞留", "china-snow-zh"),
        # the firm's customers' rates and its market-linked plan: each was China, no match of the firm's claim
        ("中国電力需要家向け料金が値上げされた", "chugoku-electric-customers"),
        ("中国電力市場連動型プランの料金を値上げした", "chugoku-electric-market"),
    ],
)
def test_chinas_rain_and_power_against_the_chugoku_regions(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], statement: str, claim_id: str | None
) -> None:
    # "中国地方豪雨" (the Chūgoku region's heavy rain, as a kanji-only headline says it) was read as China: the
    # claim of China's heavy rain at 1.00 on main
    found = check_json(invoke, write_kb(CHINA_OR_CHUGOKU_KB), statement)
    if claim_id is None:
        assert found["matches"] == []
        assert found["closest_score"] == 0.2
    else:
        (match, *_) = found["matches"]  # type: ignore[misc]
        assert match["id"] == claim_id


SAME_CLAIM_COUNTRIES_KB = """\
claims:
  - id: ru-ua-zh
    claim: 俄罗斯入侵了乌克兰
    verdict: "true"
    summary: 测试。
  - id: ru-ua-ja
    claim: ロシアがウクライナに侵攻した
    verdict: "true"
    summary: テスト。
  - id: drill-ja
    claim: 中国とロシアが合同軍事演習を行った
    verdict: "true"
    summary: テスト。
  - id: vax-zh
    claim: 中国向拉丁美洲提供了一亿剂新冠疫苗
    verdict: "false"
    summary: 测试。
  - id: plane-zh
    claim: 美国侦察机飞越了中国南海岛礁
    verdict: "true"
    summary: 测试。
  - id: gas-zh
    claim: 俄罗斯切断了对欧洲的天然气供应
    verdict: "true"
    summary: 测试。
"""


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        # a clause or a source naming another country, the claim's said otherwise ("俄军", "露軍", "中露"), or a
        # country read inside a word ("拉美国家" Latin American countries, "飞越南海" flew over the South China Sea,
        # "欧美国家" Europe and America): each was capped as another country's claim
        ("俄军入侵了乌克兰，美国总统拜登表示谴责", "ru-ua-zh"),
        ("俄方入侵了乌克兰，英国表示谴责", "ru-ua-zh"),
        ("据美国有线电视新闻网报道，俄军入侵了乌克兰", "ru-ua-zh"),
        ("露軍がウクライナに侵攻、米国が非難", "ru-ua-ja"),
        ("中露が日本海で合同軍事演習を行った", "drill-ja"),
        ("中国・ロシアが日本海で合同軍事演習を行った", "drill-ja"),
        ("中方向拉美国家提供了一亿剂新冠疫苗", "vax-zh"),
        ("美国侦察机飞越南海岛礁", "plane-zh"),
        ("俄方切断了对欧美国家的天然气供应", "gas-zh"),
        ("俄罗斯军队入侵了乌克兰，日本表示谴责", "ru-ua-zh"),
        ("普京下令入侵乌克兰，美国谴责", "ru-ua-zh"),
        ("中国向拉美国家提供了一亿剂新冠疫苗", "vax-zh"),
        ("美军侦察机飞越了南海岛礁，越南表示关注", "plane-zh"),
        ("ロシア軍がウクライナに侵攻した、アメリカが非難", "ru-ua-ja"),
    ],
)
def test_a_chinese_or_japanese_statement_of_the_claim_naming_another_country_beside_it_still_matches(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], statement: str, claim_id: str
) -> None:
    (match, *_) = check_json(invoke, write_kb(SAME_CLAIM_COUNTRIES_KB), statement)["matches"]  # type: ignore[misc]
    assert match["id"] == claim_id


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("美国在墨西哥驻扎了一万名士兵", {"us", "mexico"}),
        ("美國在加拿大駐紮", {"us", "canada"}),
        ("印度尼西亚和印度", {"indonesia", "india"}),
        ("新墨西哥州", {"new-mexico"}),
        ("内蒙古", {"inner-mongolia"}),
        ("ニューメキシコとメキシコ", {"new-mexico", "mexico"}),
        # "・" parts names: it was read as katakana, and the name beside it as part of a longer word
        ("中国・ロシア", {"china", "russia"}),
        ("新冠疫苗含有追踪芯片", set()),
        # a name's first character ending another word
        ("非法国际汇款", set()),
        ("精英国家和道德国家", set()),
        ("法国和德国", {"france", "germany"}),
        # Japan's Chūgoku region (in a Japanese text: a Chinese one's "中国地方" is China's local ...) and its power
        # company ("電" with "国" is Japanese); China's local governments as Japanese and Chinese write them
        ("中国地方で大雨", {"chugoku_region"}),
        ("中国・四国地方の天気", {"chugoku_region"}),
        ("中国電力の株価", {"chugoku_electric"}),
        ("中国電力", {"chugoku_electric"}),
        ("中国地方政府の債務", {"china"}),
        ("中国地方政府债务", {"china"}),
        ("中国地方", {"china"}),
        ("中国电力", {"china"}),
        ("中國電力", {"china"}),
        # the region only before a particle, punctuation or the end; before a word, China's local ...
        ("大雨は中国地方", {"chugoku_region"}),
        ("中国地方、四国地方で大雨", {"chugoku_region"}),
        ("中国地方の天気", {"chugoku_region"}),
        ("中国地方当局が記者を拘束した", {"china"}),
        ("中国地方債務が急増している", {"china"}),
        ("中国地方都市で住宅価格が下落している", {"china"}),
        # the region's mountains and newspaper in a Japanese text (China's mountain land in a Chinese one; China
        # News Service "中国新聞社" and its website "中国新聞網" stay China), its expressway and a kanji-only
        # headline's weather in any text ("動" with "車" is Japanese; Chinese writes no "中国地方豪雨"); China's
        # power before consumption, demand, shortage ("中国電力消費量"): each was read the other way
        ("中国山地で大雪が降った", {"chugoku_region"}),
        ("中国山地面积很大", {"china"}),
        ("中国新聞によると", {"chugoku_region"}),
        ("中国新聞が報じた", {"chugoku_region"}),
        ("中国新聞社によると", {"china"}),
        ("中国新聞網によると", {"china"}),
        ("中国新闻报道", {"china"}),
        ("中国自動車道で事故があった", {"chugoku_region"}),
        ("中国自動車道事故", {"chugoku_region"}),
        ("中国地方豪雨", {"chugoku_region"}),
        ("中国地方梅雨入り", {"chugoku_region"}),
        ("中国地方整備局が発表した", {"chugoku_region"}),
        ("中国地方大学", {"china"}),
        ("中国地方政府", {"china"}),
        ("中国電力消費量が増えた", {"china"}),
        ("中国電力需要", {"china"}),
        ("中国電力不足", {"china"}),
        ("中国電力の株価", {"chugoku_electric"}),
        ("中国電力株", {"chugoku_electric"}),
        # China's power only before a whole word: the firm's customers ("需要家"), its consumers, its market-linked
        # plan ("市場連動"): each was China
        ("中国電力需要家向け料金", {"chugoku_electric"}),
        ("中国電力消費者", {"chugoku_electric"}),
        ("中国電力市場連動型プラン", {"chugoku_electric"}),
        ("中国電力需要量", {"china"}),
        ("中国電力需要、過去最高", {"china"}),
        ("中国電力危機が深刻", {"china"}),
        ("中国電力市場改革", {"china"}),
        # the mountains and the newspaper both before a particle only: "中国山地帯" was the region
        ("中国山地帯の村では", {"china"}),
        ("中国新聞社の記者", {"china"}),
        # a kanji-only headline's weather, but in a Chinese text ("致", "是"): "中国地方大雨致百人死亡" (China's local
        # rain) was the region
        ("中国地方大雨致百人死亡", {"china"}),
        ("中国地方大雨是真的", {"china"}),
        # ... nor with another verb, a Chinese comma or a character only simplified Chinese writes (second review)
        ("中国地方大雨造成百人死亡", {"china"}),
        ("中国地方大雨，数百人撤离", {"china"}),
        ("中国地方大雨引发洪水", {"china"}),
        ("日本中国地方大雨致百人死亡", {"china", "japan"}),
        ("中国地方大雨警戒", {"chugoku_region"}),
        # lang47: the Chinese comma "，" was folded to "," before it was looked for, so it told nothing; "封路" (roads
        # closed) and "预" (Japanese "予") are Chinese: each was the region
        ("中国地方大雪，数千人滞留", {"china"}),
        ("中国地方大雪封路", {"china"}),
        ("中国地方大雪预警", {"china"}),
        ("中国地方大雪、交通に影響", {"chugoku_region"}),
        ("中国地方大雪, 交通障害", {"chugoku_region"}),
        # ... and a "，" beside kanji only Japanese writes ("広", "県") is Japanese official writing (review48f)
        ("中国地方大雨，広島県土砂災害", {"chugoku_region"}),
        # ... as beside a Japanese word of characters Chinese writes too, or another kanji only Japanese writes
        # (lang55: each was China)
        ("中国地方大雪，交通障害", {"chugoku_region"}),
        ("中国地方大雨，新幹線運休", {"chugoku_region"}),
        ("中国地方大雨，3人行方不明", {"chugoku_region"}),
        ("中国地方大雪，気象庁警戒", {"chugoku_region"}),
        # near-misses: Chinese's own words, simplified or traditional, beside the comma
        ("中国地方大雪，交通障碍", {"china"}),
        ("中國地方大雪，交通障礙", {"china"}),
        ("中国地方大雨，电车停运", {"china"}),
        # ... and a character only simplified Chinese writes ("严", Japanese "厳") beside a Japanese word, or in a
        # kanji-only headline (fix57b: each was the Chugoku region)
        ("中国地方大雨，土砂流失严重", {"china"}),
        ("中国地方大雨土砂流失严重", {"china"}),
        ("中国地方大雪", {"chugoku_region"}),
        ("中国地方豪雨100人死亡", {"chugoku_region"}),
        ("中国地方大雨で100人が死亡した", {"chugoku_region"}),
        ("一致", set()),
        # a name in every traditional spelling the folding reads (``hanzi``): Hong Kong's "新西蘭", "尼日利亞"
        ("新西蘭和尼日利亞", {"new-zealand", "nigeria"}),
        ("非法國際匯款", set()),
    ],
)
def test_chinese_and_japanese_country_names_are_read_longest_first(text: str, countries: set[str]) -> None:
    assert _cjk_countries(text) == countries


@pytest.mark.parametrize(
    ("written", "as_read"),
    [
        # one digit after a unit is read as one in characters ("一万五" is 15,000): "1万5" was 10,005
        ("1万5名士兵", "15000名士兵"),
        ("10万5", "105000"),
        ("2亿5", "250000000"),
        ("1千5", "1500"),
        ("1万50", "10050"),
        # digits before a Latin letter are a name's, not the amount's: "1万5G基站" (10,000 5G base stations) was 10005g
        ("1万5G基站", "10000 5g基站"),
        ("一万5G基站", "10000 5g基站"),
        # a unit's two letters name nothing: "3万2000km" was 30000 and 2000km
        ("3万2000km", "32000km"),
        ("长城全长2万1000km", "长城全长21000km"),
    ],
)
def test_a_digit_after_a_unit_reads_as_in_speech(written: str, as_read: str) -> None:
    assert fold(written) == as_read


RANGE_UNIT_KB = """\
claims:
  - id: rally
    claim: 当天有3万至5万人参加了反对政府的集会
    verdict: "false"
    summary: 测试。
  - id: rally-small
    claim: 当天有3人参加了反对政府的集会
    verdict: "false"
    summary: 测试。
"""


def test_a_range_with_its_unit_written_once_is_the_range_written_in_full(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result]
) -> None:
    # "3-5万" was the numbers 3 and 5: no number shared with "3万至5万", and 3 shared with the claim of 3 people
    (match, *_) = check_json(invoke, write_kb(RANGE_UNIT_KB), "当天有3-5万人参加了反对政府的集会")["matches"]  # type: ignore[misc]
    assert match["id"] == "rally"


@pytest.mark.parametrize(
    ("written", "as_read"),
    [
        # the whole run of units at the right end is both ends': "两到三百万" was 20000 to 3000000
        ("两到三百万人", "2000000到3000000人"),
        ("2-3千万元", "20000000-30000000元"),
        ("3-5百万", "3000000-5000000"),
        ("二十至三十万", "200000至300000"),
        ("3〜5万人", "30000〜50000人"),
        ("三到十万", "30000到100000"),
        # a left end with its own unit is an amount: "1万" stays 10000
        ("1万-3万5", "10000-35000"),
        # a digit after the right end, a unit before the run, or a run without "万"/"亿": no shared unit, left as
        # written ("2-3万5" was 20000-300005, "2到3万5千" 2000到35000, "一到二十岁" 10到20)
        ("2-3万5", "2-3万5"),
        ("2到3万5千", "2到3万5千"),
        ("1-2万3", "1-2万3"),
        ("一到二十岁", "一到二十岁"),
        ("3-5千人", "3-5千人"),
    ],
)
def test_a_range_shares_the_whole_run_of_units_at_its_right_end(written: str, as_read: str) -> None:
    assert fold(written) == as_read


RANGE_RUN_KB = """\
claims:
  - id: fine
    claim: 该公司被罚款2000万-3000万元
    verdict: "false"
    summary: 测试。
  - id: fine-small
    claim: 该公司被罚款2万元
    verdict: "false"
    summary: 测试。
  - id: protest
    claim: 香港的游行有200万至300万人参加
    verdict: "false"
    summary: 测试。
  - id: protest-small
    claim: 香港的游行有2万人参加
    verdict: "false"
    summary: 测试。
"""


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        # each was the small claim's match at 1.000 ("2-3千万" read 20000-30000000)
        ("该公司被罚款2-3千万元", "fine"),
        ("香港的游行有2-3百万人参加", "protest"),
        ("香港的游行有两到三百万人参加", "protest"),
    ],
)
def test_a_range_with_a_run_of_units_matches_the_claim_of_its_amounts(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], statement: str, claim_id: str
) -> None:
    (match, *_) = check_json(invoke, write_kb(RANGE_RUN_KB), statement)["matches"]  # type: ignore[misc]
    assert match["id"] == claim_id


JAPANESE_FRAMES_KB = """\
claims:
  - id: chip-ja
    claim: コロナワクチンにはマイクロチップが含まれている
    verdict: "false"
    summary: テスト。
  - id: nai
    claim: ワクチンにマイクロチップは含まれていない
    verdict: "false"
    summary: テスト。
  - id: zu
    claim: 政府は副作用の責任を認めず
    verdict: "false"
    summary: テスト。
  - id: mask
    claim: マスクをしないとコロナに感染する
    verdict: "false"
    summary: テスト。
  - id: pm
    claim: 岸田首相は増税を発表した
    verdict: "false"
    summary: テスト。
"""


@pytest.mark.parametrize(
    ("statement", "claim_id", "polarity"),
    [
        # "ず", "ておらず" and Kansai's "へん" deny as "ない" does: each was 'opposite' to a claim saying the same
        ("政府は副作用の責任を認めなかった", "zu", "same"),
        ("ワクチンにマイクロチップは含まれず", "nai", "same"),
        ("ワクチンにマイクロチップは含まれておらず、安全だ", "nai", "same"),
        ("ワクチンにマイクロチップは含まれてへん", "nai", "same"),
        ("政府は副作用の責任を認めた", "zu", "opposite"),
        # a condition denies nothing ("if one does not")
        ("マスクをしなければコロナに感染する", "mask", "same"),
        # frames that affirm what they follow, and a sentence that asks: each was 'opposite'
        ("コロナワクチンにはマイクロチップが含まれている。これは嘘ではない", "chip-ja", "same"),
        ("コロナワクチンにはマイクロチップが含まれている。否定できない", "chip-ja", "same"),
        ("コロナワクチンにはマイクロチップが含まれている。疑いの余地はない", "chip-ja", "same"),
        ("岸田首相は増税を発表した。これは疑いようがない", "pm", "same"),
        ("岸田首相は増税を発表したと言っても過言ではない", "pm", "same"),
        ("岸田首相は増税を発表したに他ならない", "pm", "same"),
        ("岸田首相は増税を発表したことに変わりはない", "pm", "same"),
        ("コロナワクチンにはマイクロチップが含まれていないって本当？", "chip-ja", "same"),
        ("コロナワクチンにはマイクロチップが含まれていないというのは本当か", "chip-ja", "same"),
        ("岸田首相は増税を発表するしかなかった", "pm", "same"),
        # a double negation of "ワケ"; a headline's "ない方針"; "しかも", "たしか" and "正しかった" are no "only";
        # "ないし" after a verb: each was 'same'
        ("コロナワクチンにはマイクロチップが含まれていないワケではない", "chip-ja", "same"),
        ("岸田首相は増税を発表しない方針", "pm", "opposite"),
        ("しかも、コロナワクチンにはマイクロチップは含まれていない", "nai", "same"),
        ("たしか、コロナワクチンにはマイクロチップは含まれていない", "nai", "same"),
        ("コロナワクチンにはマイクロチップが含まれていないし", "chip-ja", "opposite"),
        ("コロナワクチンにはマイクロチップが含まれていないとWHOが発表", "chip-ja", "opposite"),
    ],
)
def test_a_japanese_denial_is_read_in_its_frame(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], statement: str, claim_id: str, polarity: str
) -> None:
    (match, *_) = check_json(invoke, write_kb(JAPANESE_FRAMES_KB), statement)["matches"]  # type: ignore[misc]
    assert (match["id"], match["polarity"]) == (claim_id, polarity)


@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        # a fact-check's label closing the sentence ("Xは誤り", X is false) denies X, as "X is false" does: around
        # a quoted negation, two negations, it affirms; each of the first two was 'opposite' (review43a)
        ("「米軍はメキシコにいない」という投稿は誤り", "米軍はメキシコにいる", "same"),
        ("「ワクチンは安全ではない」は誤り", "ワクチンは安全だ", "same"),
        ("「ワクチンは安全ではない」は誤り", "ワクチンは安全ではない", "opposite"),
        ("「ワクチンは安全だ」は誤り", "ワクチンは安全だ", "opposite"),
        ("「ワクチンは安全だ」という話はデマです。", "ワクチンは安全だ", "opposite"),
        ("ワクチンは安全だというのは誤情報", "ワクチンは安全だ", "opposite"),
        # a label followed by the denial said again, in a sentence of its own, denies once
        ("「ワクチンにマイクロチップ」は誤り。含まれていない", "ワクチンにマイクロチップが含まれている", "opposite"),
        # "誤りではない" (not false) affirms, a question asks, and "は事実ではない" is read by its own "ない"
        ("「ワクチンは安全だ」は誤りではない", "ワクチンは安全だ", "same"),
        ("「ワクチンは安全だ」は誤りか？", "ワクチンは安全だ", "same"),
        ("「ワクチンは安全ではない」は事実ではない", "ワクチンは安全だ", "same"),
        # unprecedented ("過去にないほど", "かつてないほど") and won't stop ("止まらない") deny nothing: each was
        # 'opposite' of the claim it affirms
        ("過去にないほど物価が上がった", "物価が上がった", "same"),
        ("かつてないほど物価が上がった", "物価が上がった", "same"),
        ("円安が止まらない", "円安が進んでいる", "same"),
        ("円安が止まらなかった", "円安が進んでいる", "same"),
        # polarity38: only after a word of a change or trend ("物価の上昇が止まらない"); a train that does not stop
        # at a station denies that it stops there (it was 'same')
        ("物価の上昇が止まらない", "物価が上昇している", "same"),
        ("急行はこの駅に止まらない", "急行はこの駅に止まる", "opposite"),
        ("急行はこの駅には止まらなかった", "急行はこの駅に止まった", "opposite"),
        # "ほかない" after a verb (have no choice but to) affirms, as "しかない" does (it was 'opposite'); "他にない"
        # after a noun denies ("no other side effects")
        ("マスクを着用するほかない", "マスクを着用する", "same"),
        ("ワクチンに頼るより他にない", "ワクチンに頼る", "same"),
        ("副作用は他にない", "副作用は他にある", "opposite"),
        # review44b: the idiom after any word but a place stopped at or a vehicle or machine (a cough, bleeding,
        # a winning streak that won't stop go on); "ほかない" of a verb, not "他にない" after an adverb (there is
        # no other)
        ("ワクチン接種後、咳が止まらない", "ワクチン接種後、咳が続いている", "same"),
        ("ワクチン接種後、出血が止まらない", "ワクチン接種後、出血が続いている", "same"),
        ("連勝が止まらない", "連勝が続いている", "same"),
        ("電車が駅に止まらない", "電車が駅に止まる", "opposite"),
        ("ブレーキが効かず車が止まらない", "車が止まった", "opposite"),
        ("時計が止まらない", "時計が止まった", "opposite"),
        ("受け入れるよりほかはない", "受け入れる", "same"),
        ("治療法はもう他にない", "治療法は他にある", "opposite"),
        ("同じ成分のワクチンは全くほかにない", "同じ成分のワクチンはほかにある", "opposite"),
        # review45b: an adverb ending in "と" or "に" before it is no place stopped at ("ずっと", "一向に", "いまだに",
        # "本当に", "次々と": each was 'opposite'); a station's "に" still is (above)
        ("咳がずっと止まらない", "咳が続いている", "same"),
        ("物価上昇が一向に止まらない", "物価上昇が続いている", "same"),
        ("円安がいまだに止まらない", "円安が続いている", "same"),
        ("涙が本当に止まらない", "涙が出ている", "same"),
        ("値上げが次々と止まらない", "値上げが続いている", "same"),
        ("値上げがさらに止まらない", "値上げが続いている", "same"),
        ("こんな国はそう他にない", "こんな国は他にある", "opposite"),
        # "ないよう" (so as not to) negates what it asks or aims at: "外出しないよう呼びかけた" (asked people not to go
        # out) is the opposite of "外出するよう呼びかけた"
        ("政府は外出しないよう呼びかけた", "政府は外出するよう呼びかけた", "opposite"),
        ("物価は上がらなかった", "物価が上がった", "opposite"),
        ("雨が止まない", "雨が降っている", "opposite"),
    ],
)
def test_a_japanese_label_or_idiom_is_read_as_what_it_says(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected


def test_a_japanese_condition_looks_for_a_word_of_saying_only_near_it() -> None:
    # "ないと" before a word of saying is a denial said ("ないとWHOが発表"); the word is looked for at most 40
    # characters on, not to the sentence's end: the look to the end was quadratic (a 50,000-character run of
    # "ワクチンを打たないと" took 3.8 s)
    near = "コロナワクチンにはマイクロチップが含まれていないとWHOが発表"
    far = "マスクをしないと" + "コロナウイルスに感染する人が増えて病院が足りなくなり医療が崩壊する" * 2 + "と発表"
    assert polarity(near, "コロナワクチンにはマイクロチップが含まれている") == "opposite"
    assert polarity(far, far.replace("しないと", "すると", 1)) == "same"
    assert polarity("ワクチンを打たないと" * 5000, "ワクチンを打つと") == "same"


SCRIPTS_KB = """\
claims:
  - id: wall-zh
    claim: 美国政府决定在边境修建一堵墙
    verdict: "true"
    summary: 测试。
  - id: us-troops-mexico-zh
    claim: 美国在墨西哥驻扎了一万名士兵
    verdict: "false"
    summary: 测试。
  - id: vaccine-chip-zh
    claim: 新冠疫苗含有追踪芯片
    verdict: "false"
    summary: 测试。
  - id: 5g-zh
    claim: 5G基站会传播新冠病毒
    verdict: "false"
    summary: 测试。
"""


@pytest.mark.parametrize(
    ("simplified", "traditional"),
    [
        # the same words in the two scripts: the traditional ones shared 3 of 10 character pairs with the claim
        # ("美國政府決定在邊境修牆" a match at 0.5005 where the simplified one is at 1.00), the others scored less too
        ("美国政府决定在边境修墙", "美國政府決定在邊境修牆"),
        ("有一万名美国士兵驻扎在墨西哥", "有一萬名美國士兵駐紮在墨西哥"),
        ("新冠病毒是通过5G基站传播的", "新冠病毒是通過5G基站傳播的"),
    ],
)
def test_a_traditional_chinese_statement_scores_as_its_simplified_words_do(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result], simplified: str, traditional: str
) -> None:
    assert terms(traditional) == terms(simplified)
    kb = write_kb(SCRIPTS_KB)
    (as_simplified, *_) = check_json(invoke, kb, simplified)["matches"]  # type: ignore[misc]
    (as_traditional, *_) = check_json(invoke, kb, traditional)["matches"]  # type: ignore[misc]
    assert (as_traditional["id"], as_traditional["score"]) == (as_simplified["id"], as_simplified["score"])


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Japanese kanji that one simplified character stands for in Chinese stay two terms ("机上" on a desk,
        # "機上" aboard; "後" after, "后" empress; "乾" dry, "幹" trunk; "復" return, "複" double; "準" standard,
        # "准" quasi), and a kanji a Japanese text writes as Chinese does is no other
        ("机上の空論", "機上の空論"),
        ("皇后の後", "皇后の后"),
        ("乾燥した幹", "幹燥した幹"),
        ("回復した", "回複した"),
        ("準決勝", "准決勝"),
        # "可憐" (pretty, poor) and "怜悧" (clever): "憐" was folded to "怜"
        ("可憐な花", "可怜な花"),
    ],
)
def test_japanese_kanji_that_simplified_chinese_merges_stay_apart(one: str, other: str) -> None:
    assert terms(one) != terms(other)


def test_japanese_shinjitai_are_read_as_written() -> None:
    # the shinjitai simplified Chinese shares ("国", "会") and those it writes otherwise ("駅", "広", "図"); a kanji
    # Japanese writes as traditional Chinese does is read as that ("書館" as "书馆"), in a claim as in a statement
    assert terms("国会の駅") == ["国会", "会の", "の駅"]
    assert terms("広い図書館") == ["広い", "い図", "図书", "书馆"]


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        # characters OpenCC gives a rare alternative outside the Unified Ideographs block too, dropped against the
        # table's own rule ("開" 开 and "𫔭")
        ("開戰", "开战"),
        ("廬山", "庐山"),
        ("進諫", "进谏"),
        # the forms Taiwan and Hong Kong write (OpenCC's TWVariants.txt, HKVariants.txt)
        ("群眾", "群众"),
        ("偽造", "伪造"),
        ("啟動", "启动"),
        ("汙染", "污染"),
        ("洩露", "泄露"),
        ("濕度", "湿度"),
        ("衞生", "卫生"),
        ("説明", "说明"),
        ("閲讀", "阅读"),
        ("鋭利", "锐利"),
    ],
)
def test_traditional_characters_of_every_standard_are_read_as_simplified(traditional: str, simplified: str) -> None:
    assert terms(traditional) == terms(simplified)


@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        # Cantonese's "冇" (has not) and "唔" (not, "唔係" is not) deny: each was 'same' as the claim
        ("美國喺墨西哥冇駐軍", "美國喺墨西哥有駐軍", "opposite"),
        ("新冠疫苗唔含有追蹤晶片", "新冠疫苗含有追蹤晶片", "opposite"),
        ("呢個唔係真嘅", "呢個係真嘅", "opposite"),
        ("美國喺墨西哥唔會駐軍", "美國喺墨西哥會駐軍", "opposite"),
        # and deny as Mandarin's do: the Cantonese and the Mandarin denial are one, a double denial none
        ("美國喺墨西哥冇駐軍", "美國在墨西哥沒有駐軍", "same"),
        ("美國喺墨西哥唔係冇駐軍", "美國喺墨西哥有駐軍", "same"),
        # no denial: an A-not-A question ("有冇", "係唔係"), a closing "唔係咩" (isn't it?), the words that deny
        # nothing ("唔該" thanks, "唔少" many, "唔止" more than, "唔係謠言" no rumour) and the Mandarin
        # interjection "唔" (hmm)
        ("美國喺墨西哥有冇駐軍？", "美國喺墨西哥有駐軍", "same"),
        ("美國喺墨西哥有冇駐軍咩", "美國喺墨西哥有駐軍", "same"),
        ("新冠疫苗係唔係含有晶片？", "新冠疫苗含有晶片", "same"),
        ("美國喺墨西哥有駐軍，唔係咩？", "美國喺墨西哥有駐軍", "same"),
        ("唔該晒，美國喺墨西哥有駐軍", "美國喺墨西哥有駐軍", "same"),
        ("唔少人話美國喺墨西哥有駐軍", "美國喺墨西哥有駐軍", "same"),
        ("美國喺墨西哥唔止一萬名士兵", "美國喺墨西哥有一萬名士兵", "same"),
        ("呢個唔係謠言，美國喺墨西哥有駐軍", "美國喺墨西哥有駐軍", "same"),
        ("唔，美國在墨西哥有駐軍", "美國在墨西哥有駐軍", "same"),
        ("唔唔，美國在墨西哥有駐軍", "美國在墨西哥有駐軍", "same"),
    ],
)
def test_a_cantonese_negation_is_read(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected


@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        # words that affirm, each 'opposite' of the claim it affirms: "冇錯"/"没错" (that's right) and
        # "冇問題"/"没问题" (no problem) as a clause of their own, "冇耐" (not long ago), "唔理" (regardless),
        # "唔係假嘅" (not fake), "唔怪之得" (no wonder), "講唔定" (maybe), "唔緊要" (never mind), the exclamation
        # "有冇搞錯！"/"有没有搞错！"
        ("冇錯，美國喺墨西哥有駐軍", "美國喺墨西哥有駐軍", "same"),
        ("没错，美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        ("美國喺墨西哥有駐軍，冇錯呀", "美國喺墨西哥有駐軍", "same"),
        ("你说得没错，美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        ("冇問題，疫苗係安全嘅", "疫苗係安全嘅", "same"),
        ("没问题，疫苗含有芯片", "疫苗含有芯片", "same"),
        ("冇耐之前美國喺墨西哥駐軍", "美國喺墨西哥駐軍", "same"),
        ("唔理點，疫苗含有晶片", "疫苗含有晶片", "same"),
        ("唔係假嘅，疫苗含有晶片", "疫苗含有晶片", "same"),
        ("唔怪之得疫苗含有晶片", "疫苗含有晶片", "same"),
        ("講唔定疫苗含有晶片", "疫苗含有晶片", "same"),
        ("唔緊要，疫苗含有晶片", "疫苗含有晶片", "same"),
        ("有冇搞錯！美國喺墨西哥有駐軍", "美國喺墨西哥有駐軍", "same"),
        ("有没有搞错！美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        # Cantonese's "有冇" and "係唔係" ask without a "？" (a question ends with "呀", "呢" as often)
        ("美國喺墨西哥有冇駐軍呀", "美國喺墨西哥有駐軍", "same"),
        ("疫苗有冇含有晶片", "疫苗含有晶片", "same"),
        ("美國喺墨西哥係唔係有駐軍呢", "美國喺墨西哥有駐軍", "same"),
        # the Mandarin interjection "唔" without a comma
        ("唔我想想美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        ("嗯唔美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        ("唔嗯，美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        ("咿唔读书声中美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        # a denial in a word that held a word denying nothing: "唔通過"/"不通过" (does not pass), "唔同意"/"不同意"
        # (disagree) were 'same'
        ("立法會唔通過議案", "立法會通過議案", "opposite"),
        ("我唔同意政府加稅", "我同意政府加稅", "opposite"),
        ("我不同意政府加税", "我同意政府加税", "opposite"),
        # near-misses: each the same with or without the change
        ("他没错", "他错了", "opposite"),
        ("疫苗没问题", "疫苗有问题", "opposite"),
        ("我没错过航班", "我错过航班", "opposite"),
        ("政府唔會加稅", "政府會加稅", "opposite"),
        ("唔通疫苗含有晶片？", "疫苗含有晶片", "same"),
        ("唔同人都話疫苗含有晶片", "疫苗含有晶片", "same"),
        ("各方有不同意见，疫苗含有芯片", "疫苗含有芯片", "same"),
        # "不同" (different) before a noun of "意": no disagreement (second review: 'opposite' with "不同意" a denial)
        ("中美两国有不同意识形态", "中美两国意识形态不同", "same"),
        ("不同意識形態的國家", "意識形態不同的國家", "same"),
        ("专家指出两份报告有不同意义，美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        ("各国有不同意愿", "各国意愿不同", "same"),
        ("这两个决定有不同意图", "这两个决定意图不同", "same"),
        # Mandarin's words that only look negative (review47c; 'opposite' on main): maybe, no wonder, never mind,
        # before long, "what he said is right"
        ("说不定美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        ("怪不得美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        ("不要紧，美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        ("没多久美国就在墨西哥有驻军了", "美国在墨西哥有驻军", "same"),
        ("他说的没错，美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        # near-misses: their own denials still deny
        ("美国不要在墨西哥驻军", "美国要在墨西哥驻军", "opposite"),
        ("说不定美国在墨西哥没有驻军", "美国在墨西哥有驻军", "opposite"),
        ("唔，美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        # "没错" (right) after a word that stresses it, with an "儿" or a particle (lang47; 'opposite' on main)
        ("确实没错，美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        ("美国在墨西哥有驻军，确实没错", "美国在墨西哥有驻军", "same"),
        ("一点也没错，美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        ("的確沒錯，美國在墨西哥有駐軍", "美國在墨西哥有駐軍", "same"),
        ("美国在墨西哥有驻军，没错吧？", "美国在墨西哥有驻军", "same"),
        ("没错儿，美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        # "不同意见面" disagrees to meet ("见面"): 'same' on main, read as "不同意见" (different views)
        ("他不同意见面", "他同意见面", "opposite"),
        ("我不同意見面", "我同意見面", "opposite"),
        # near-misses: "他确实没错" (he's indeed not wrong) denies; "不同意见面临" (different views face) is none
        ("他确实没错", "他错了", "opposite"),
        ("他没错吧", "他错了", "opposite"),
        ("各方不同意见面临压制", "各方意见面临压制", "same"),
        # ... and "没问题" after a stressing word still denies (review48f: 'same' with lang47's first rule)
        # "没错" after 这/那 (this, that), which points back at the statement: "this is right" (lang55; 'opposite'
        # on main)
        ("这没错，美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        ("美国在墨西哥有驻军，这话一点也没错", "美国在墨西哥有驻军", "same"),
        ("那倒没错，美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        ("這話沒錯，美國在墨西哥有駐軍", "美國在墨西哥有駐軍", "same"),
        ("这个说法没错，美国在墨西哥有驻军", "美国在墨西哥有驻军", "same"),
        # near-misses: who is not wrong is named, so each still denies
        ("这个人没错", "这个人错了", "opposite"),
        ("这次没错", "这次错了", "opposite"),
        ("他这没错", "他这错了", "opposite"),
        # ... and against a claim that says something is wrong ("错", "错误"), which the statement does not say
        # again, 这/那 names what is not wrong: each denies (fix57b: 'same' with lang55's rule)
        ("吸大麻，这没错", "吸大麻是错的", "opposite"),
        ("世卫组织的新冠死亡数据？这没错", "世卫组织的新冠死亡数据是错误的", "opposite"),
        ("选举结果，那没错", "选举结果是错的", "opposite"),
        ("堕胎，這沒錯", "墮胎是錯的", "opposite"),
        ("这没错", "这错了", "opposite"),
        # near-misses: the statement says "wrong" too, or the claim does not: "这没错" affirms
        ("世卫组织的数据是错误的，这没错", "世卫组织的数据是错误的", "same"),
        ("吸大麻，这没错", "吸大麻是对的", "same"),
        ("美国在墨西哥没有驻军，这没错", "美国在墨西哥有驻军", "opposite"),
        ("疫苗有问题吗？完全没问题", "疫苗有问题", "opposite"),
        ("疫苗有问题？绝对没问题！", "疫苗有问题", "opposite"),
        ("有人说疫苗有问题，当然没问题", "疫苗有问题", "opposite"),
    ],
)
def test_cantonese_and_mandarin_words_that_affirm_or_deny(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected
