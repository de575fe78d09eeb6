"""Words in a script other than Latin (Cyrillic, Greek, Arabic, CJK...) are read, not dropped.

The normaliser read only ASCII letters and digits: "5G убивает птиц" was read as "5g", matched the claim
"5G вызывает рак" at 1.00, and an import skipped "5G убивает птиц" and "疫苗含有5G芯片" as near-duplicates of
it.  Such words are now terms as written (case folded; CJK and other scripts written without spaces as
character bigrams), so that they count both for a match and against one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.importing import import_file
from factcheck.lexical import DEFAULT_THRESHOLD, SUBSTITUTION_CAP, LexicalMatcher
from factcheck.matching import STRONG_MATCH_SCORE
from factcheck.model import Claim, Verdict
from factcheck.semantic import model_reads
from factcheck.text import char_grams, terms, units_by_script

KB_5G = """\
claims:
  - id: 5g-cancer
    claim: 5G causes cancer.
    verdict: "false"
    summary: No evidence links 5G radio waves to cancer.
  - id: 5g-rak
    claim: 5G вызывает рак
    verdict: "false"
    summary: Нет доказательств, что сети 5G вызывают рак.
  - id: vaccine-chips
    claim: Vaccines contain microchips.
    verdict: "false"
    summary: No vaccine contains a microchip.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5G вызывает рак", ["5g", "вызывает", "рак"]),
        ("5G ВЫЗЫВАЕТ РАК!", ["5g", "вызывает", "рак"]),  # case folded
        ("Ο ΛΌΓΟΣ", ["ο", "λογοσ"]),  # accents and the final sigma folded as in "ο λόγος"
        # Arabic vowel signs and the hamza are folded as accents ("رقائق" as "رقايق"), as Arabic search folds them
        # and the dotless final yaa as the yaa ("على" as "علي"; see test_arabic_letters_written_for_one_another...)
        ("اللقاح يحتوي على رقائق", ["اللقاح", "يحتوي", "علي", "رقايق"]),
        ("疫苗含有5G芯片", ["疫苗", "苗含", "含有", "5g", "芯片"]),  # no spaces: character bigrams
        ("癌", ["癌"]),  # a lone character is its own term
        ("हिन्दी समाचार", ["हिन्दी", "समाचार"]),  # vowel signs and the virama are part of the word
        ("5G 안전하다", ["5g", "안전하다"]),  # Hangul is written with spaces: words
        ("Biden said спасибо to Putin", ["biden", "спасибо", "putin"]),
    ],
)
def test_words_of_other_scripts_are_terms(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


def test_marks_that_make_another_letter_are_kept() -> None:
    # accents are folded, but a kana's voicing mark or a Devanagari virama makes another word, not an accented one
    assert terms("バス") != terms("パス") != terms("ハス")
    assert terms("ελληνικά") == terms("ΕΛΛΗΝΙΚΑ")


def test_char_grams_read_words_of_other_scripts() -> None:
    assert " выз" in char_grams("5G вызывает рак")


def test_latin_english_and_spanish_texts_read_as_before() -> None:
    # the letters and words the normaliser read before are read the same way
    assert terms("Ten thousand U.S. troops are in México") == ["10000", "usa", "troop", "mexico"]
    assert terms("Hay diez mil soldados de EE. UU. en México") == ["hay", "10000", "trop", "usa", "mexico"]
    assert terms("København") == ["k", "benhavn"]  # a Latin letter without a base letter: left as it was


def matcher() -> LexicalMatcher:
    def claim(claim_id: str, text: str, summary: str) -> Claim:
        return Claim(id=claim_id, claim=text, verdict=Verdict.FALSE, summary=summary)

    return LexicalMatcher(
        [
            claim("5g-cancer", "5G causes cancer.", "No evidence links 5G radio waves to cancer."),
            claim("5g-rak", "5G вызывает рак", "Нет доказательств, что сети 5G вызывают рак."),
            claim("vaccine-chips", "Vaccines contain microchips.", "No vaccine contains a microchip."),
        ],
        use_cache=False,
    )


@pytest.mark.parametrize("statement", ["5G убивает птиц", "疫苗含有5G芯片"])
def test_a_statement_sharing_only_its_latin_words_is_no_match(statement: str) -> None:
    found = matcher().search(statement, top=1)
    assert not found or found[0].score < DEFAULT_THRESHOLD


def test_a_word_shared_by_two_claims_is_not_the_one_that_says_only_it() -> None:
    # "5G" was all the matcher read of "5G вызывает рак": worded as the statement, a match at 1.00; it is one
    # word of that claim now, as of "5G causes cancer", and no match to show as one
    found = matcher().search("5G", top=2)
    assert {m.claim.id for m in found} == {"5g-rak", "5g-cancer"}
    assert all(m.score < STRONG_MATCH_SCORE for m in found)


@pytest.mark.parametrize("statement", ["5G вызывает рак", "5g вызывает рак!", "Правда ли, что 5G вызывает рак?"])
def test_a_statement_in_another_script_still_finds_its_claim(statement: str) -> None:
    (found,) = matcher().search(statement, top=1)
    assert found.claim.id == "5g-rak" and found.score >= DEFAULT_THRESHOLD


def test_check_does_not_match_on_the_latin_words_alone(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result]
) -> None:
    kb = write_kb(KB_5G)
    result = invoke("check", "--kb", str(kb), "5G убивает птиц")
    assert "match 1.00" not in result.output and "5G вызывает рак" not in result.output.split("\n")[0]
    same = invoke("check", "--kb", str(kb), "5G вызывает рак")
    assert same.exit_code == 0 and "match 1.00 · 5g-rak" in same.output


def test_import_keeps_distinct_claims_in_other_scripts_and_skips_a_real_duplicate(tmp_path: Path) -> None:
    def google(text: str, url: str) -> dict[str, object]:
        return {"text": text, "claimReview": [{"url": url, "textualRating": "False"}]}

    claims = [
        google("5G вызывает рак", "https://www.stopfake.org/ru/5g-vyzyvaet-rak/"),
        google("疫苗含有5G芯片", "https://tfc-taiwan.org.tw/articles/5013"),
        google("5G убивает птиц", "https://www.stopfake.org/ru/5g-ubivaet-ptits/"),
        google("5G вызывает рак!", "https://www.provereno.media/5g-rak/"),  # the first, said again elsewhere
    ]
    report = import_file(tmp_path / "c.yaml", json.dumps({"claims": claims}).encode(), "google.json")
    assert [c.claim for c in report.added] == ["5G вызывает рак", "疫苗含有5G芯片", "5G убивает птиц"]
    assert [s.claim for s in report.skipped] == ["5G вызывает рак!"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bill Gates说AI很重要", ["LATIN", "LATIN", "CJK", "LATIN", "CJK", "CJK", "CJK"]),
        ("5G убивает птиц", ["LATIN", "CYRILLIC", "CYRILLIC"]),
        ("पक्षी मरते", ["DEVANAGARI", "DEVANAGARI"]),  # a vowel sign is inside its word
        ("2020!", []),
    ],
)
def test_units_by_script_count_a_han_character_as_a_word(text: str, expected: list[str]) -> None:
    assert units_by_script(text) == expected


GATES = [
    Claim(id="gates-billionaire", claim="Bill Gates is a billionaire.", verdict=Verdict.TRUE, summary="Forbes."),
    Claim(id="moon", claim="The moon landing was faked.", verdict=Verdict.FALSE, summary="It was not."),
    Claim(id="5g", claim="5G causes cancer.", verdict=Verdict.FALSE, summary="No evidence."),
    Claim(id="chips", claim="Vaccines contain microchips.", verdict=Verdict.FALSE, summary="None does."),
]


@pytest.mark.parametrize("statement", ["Bill Gates说AI很重要", "Bill Gates说疫苗含有芯片"])
def test_a_statement_mostly_in_a_script_the_file_has_not_is_no_match_by_a_name(statement: str) -> None:
    # "Bill Gates说AI很重要" (Bill Gates said AI matters) was shown as "Bill Gates is a billionaire" at 0.89, and the
    # vaccine chips one at 0.79: the file reads none of the Chinese, so the match rested on the name alone
    (found,) = LexicalMatcher(GATES, use_cache=False).search(statement, top=1)
    assert found.score <= SUBSTITUTION_CAP


def test_a_statement_mostly_in_a_script_the_file_has_is_read() -> None:
    # five Latin words to four Han characters: the file reads most of it, as before; and a file with the
    # statement's script reads it whole ("5G вызывает рак", above)
    (found,) = LexicalMatcher(GATES, use_cache=False).search("Bill and Melinda Gates Foundation资助研究", top=1)
    assert found.score >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        ("𝗕𝗶𝗹𝗹 𝗚𝗮𝘁𝗲𝘀 𝗶𝘀 𝗮 𝗯𝗶𝗹𝗹𝗶𝗼𝗻𝗮𝗶𝗿𝗲", "gates-billionaire"),
        ("Ｖａｃｃｉｎｅｓ ｃｏｎｔａｉｎ ｍｉｃｒｏｃｈｉｐｓ", "chips"),
    ],
)
def test_mathematical_and_full_width_latin_is_latin(statement: str, claim_id: str) -> None:
    # the normaliser reads them as their letters; their Unicode names (MATHEMATICAL SANS-SERIF BOLD ..., FULLWIDTH
    # LATIN ...) made them scripts the file has not, and the match was capped at 0.20
    assert set(units_by_script(statement)) == {"LATIN"}
    (found,) = LexicalMatcher(GATES, use_cache=False).search(statement, top=1)
    assert found.claim.id == claim_id
    assert found.score >= DEFAULT_THRESHOLD


def test_the_model_reads_no_mathematical_latin() -> None:
    # its tokenizer does not fold compatibility forms: "𝗧𝗿𝘂𝗺𝗽" is [UNK] to it, so it stays unread for the model
    assert not model_reads("𝗧𝗿𝘂𝗺𝗽 𝘀𝗲𝗻𝘁 𝘁𝗿𝗼𝗼𝗽𝘀 𝗶𝗻𝘁𝗼 𝗠𝗲𝘅𝗶𝗰𝗼")
    assert model_reads("Trump sent troops into Mexico")


@pytest.mark.parametrize(
    ("statement", "latin"),
    [
        ("US troops in M\u0435xico", "US troops in Mexico"),  # a Cyrillic "е" in a Latin word
        ("US troops in \u039c\u0395\u03a7\u0399C\u039f", "US troops in MEXICO"),  # Greek capitals and a Latin "C"
        ("5G \u0441aus\u0435s \u0441an\u0441\u0435r", "5G causes cancer"),
        ("\u0422h\u0435 US sent troops", "The US sent troops"),  # a Cyrillic "Т" and "е"
        ("Va\u0441\u0441in\u0435s \u0441\u043ent\u0430in mi\u0441r\u043e\u0441hips", "Vaccines contain microchips"),
    ],
)
def test_a_latin_word_spelt_with_cyrillic_or_greek_lookalikes_is_read_as_latin(statement: str, latin: str) -> None:
    # written so to slip past a filter, "US troops in Mеxico" (its "е" Cyrillic) found nothing against the starter
    # file (closest candidate 0.22)
    assert terms(statement) == terms(latin)
    assert char_grams(statement) == char_grams(latin)
    assert set(units_by_script(statement)) == {"LATIN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u0441\u043e\u043a", ["\u0441\u043e\u043a"]),  # "сок" (juice): lookalikes alone, in a text with no Latin word
        # "СОК И ВОДА": beside a word that holds other letters
        (
            "\u0421\u041e\u041a \u0418 \u0412\u041e\u0414\u0410",
            ["\u0441\u043e\u043a", "\u0438", "\u0432\u043e\u0434\u0430"],
        ),
        (
            "5G \u0432\u044b\u0437\u044b\u0432\u0430\u0435\u0442 \u0440\u0430\u043a",
            ["5g", "\u0432\u044b\u0437\u044b\u0432\u0430\u0435\u0442", "\u0440\u0430\u043a"],
        ),
        ("5G \u0440\u0430\u043a", ["5g", "\u0440\u0430\u043a"]),  # "рак" alone beside no more Latin words
        (
            "Biden said \u0441\u043f\u0430\u0441\u0438\u0431\u043e to Putin",
            ["biden", "\u0441\u043f\u0430\u0441\u0438\u0431\u043e", "putin"],
        ),  # "п", "б", "и" are no lookalikes
        # a word of lookalikes alone is a word of its script, among Latin words too: "МТС" (a Russian brand),
        # "СССР", Ukrainian "і" (and), Greek "Το" were read as "MTC", "CCCP", "i", "To" in a mostly Latin text
        ("\u041c\u0422\u0421 raises tariffs by 50%", ["\u043c\u0442\u0441", "rais", "tariff", "50", "%"]),
        ("\u0421\u0421\u0421\u0420 https://example.com/news/world/today", ["\u0441\u0441\u0441\u0440"]),
        (
            "The slogan \u0421\u0421\u0421\u0420 was painted on the wall",
            ["slogan", "\u0441\u0441\u0441\u0440", "paint", "wall"],
        ),
        ("Zelensky \u0456 Biden signed", ["zelenski", "\u0456", "biden", "sign"]),
        ("\u03a4\u03bf US troops", ["\u03c4\u03bf", "usa", "troop"]),
        # so a Latin word written wholly in lookalikes is not read as Latin (docs/limits.md: a known limit)
        ("US troops in \u041c\u0415\u0425\u0406\u0421\u041e", ["usa", "troop", "\u043c\u0435\u0445\u0456\u0441\u043e"]),
        ("Flights to \u03a4\u039f\u039a\u03a5\u039f", ["flight", "\u03c4\u03bf\u03ba\u03c5\u03bf"]),
    ],
)
def test_words_of_russian_are_kept(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


def test_a_word_of_lookalikes_alone_counts_in_its_own_script() -> None:
    assert units_by_script("\u041c\u0422\u0421 raises tariffs") == ["CYRILLIC", "LATIN", "LATIN"]


MTS = [
    Claim(
        id="mts-tariff",
        claim="\u041c\u0422\u0421 \u043f\u043e\u0432\u044b\u0448\u0430\u0435\u0442 "
        "\u0442\u0430\u0440\u0438\u0444\u044b \u043d\u0430 50%",
        verdict=Verdict.MISLEADING,
        summary="",
    ),
    Claim(
        id="sssr-gold",
        claim="\u0421\u0421\u0421\u0420 \u043f\u0440\u043e\u0434\u0430\u043b \u0432\u0441\u0451 "
        "\u0437\u043e\u043b\u043e\u0442\u043e \u0432 1991 \u0433\u043e\u0434\u0443",
        verdict=Verdict.FALSE,
        summary="",
    ),
    Claim(
        id="slogan",
        claim="The slogan \u0421\u0421\u0421\u0420 was painted on the Mexico border wall",
        verdict=Verdict.FALSE,
        summary="",
    ),
]


@pytest.mark.parametrize(
    ("statement", "claim_id"),
    [
        ("\u041c\u0422\u0421 raises tariffs by 50%", "mts-tariff"),  # 0.83; found nothing read as "MTC"
        ("\u0421\u0421\u0421\u0420 sold all its gold in 1991", "sssr-gold"),  # 0.55; nothing read as "CCCP"
    ],
)
def test_a_russian_name_in_an_english_statement_finds_the_claim_naming_it_in_russian(
    statement: str, claim_id: str
) -> None:
    (found,) = LexicalMatcher(MTS, use_cache=False).search(statement, top=1)
    assert found.claim.id == claim_id and found.score >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "statement", ["\u0421\u0421\u0421\u0420 https://example.com/news/world/today", "\u0421\u0421\u0421\u0420"]
)
def test_a_russian_name_alone_is_no_match(statement: str) -> None:
    # its link's words made "СССР" one lookalike word among Latin ones: read as "CCCP", as was the English claim
    # quoting it, it was shown as that claim (0.65)
    found = LexicalMatcher(MTS, use_cache=False).search(statement, top=1)
    assert not found or found[0].score < DEFAULT_THRESHOLD


def test_a_statement_spelt_with_lookalikes_finds_its_claim() -> None:
    (found,) = matcher().search("5G \u0441aus\u0435s \u0441an\u0441\u0435r", top=1)
    assert found.claim.id == "5g-cancer" and found.score >= DEFAULT_THRESHOLD


KB_ARABIC = """\
language: ar
claims:
  - id: egypt-wheat
    claim: مصر هي أكبر مستورد للقمح في العالم.
    verdict: "true"
    summary: بحسب بيانات منظمة الأغذية والزراعة.
  - id: saudi-driving
    claim: السعودية سمحت للمرأة بقيادة السيارة عام 2018.
    verdict: "true"
    summary: صدر المرسوم عام 2017.
"""


@pytest.mark.parametrize(
    ("written", "as_read"),
    [
        # Egypt's dotless final yaa: "فى", "هى" are "في", "هي"
        ("مصر هى اكبر مستورد للقمح فى العالم", "مصر هي أكبر مستورد للقمح في العالم"),
        ("يوجـــد أكثـــر من 10000 جنـــدي", "يوجد أكثر من 10000 جندي"),  # the tatweel only stretches a word
        ("السياره", "السيارة"),  # the taa marbuta typed as a haa
        ("ٱلسيارة", "السيارة"),  # the wasla's alef
    ],
)
def test_arabic_letters_written_for_one_another_are_one_term(written: str, as_read: str) -> None:
    assert terms(written) == terms(as_read)
    assert char_grams(written) == char_grams(as_read)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("مصر", "مضر"),  # another letter is another word
        ("ی", "ي"),  # Persian yeh (U+06CC) is left as it is
        ("שלום", "שלומ"),  # Hebrew final letters are not folded
    ],
)
def test_other_letters_are_not_folded_as_arabic_spellings(one: str, other: str) -> None:
    assert terms(one) != terms(other)


def test_an_arabic_statement_in_egyptian_spelling_finds_its_claim(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result]
) -> None:
    kb = write_kb(KB_ARABIC)
    result = invoke("check", "--kb", str(kb), "--json", "مصر هى اكبر مستورد للقمح فى العالم")
    (match,) = json.loads(result.output)["matches"]
    assert match["id"] == "egypt-wheat" and match["score"] == 1.0
    # another place is another claim: no match on the words the two share
    other = invoke("check", "--kb", str(kb), "--json", "مصر هى اكبر مستورد للقمح فى أفريقيا")
    assert all(m["score"] < 1.0 for m in json.loads(other.output).get("matches", []))


@pytest.mark.parametrize(
    ("written", "as_read"),
    [
        ("يوجد ١٠٬٠٠٠ جندي", "يوجد 10,000 جندي"),  # Arabic-Indic digits, the Arabic thousands separator
        ("يوجد ۱۰۰۰۰ جندي", "يوجد 10000 جندي"),  # Persian's digits
        ("There are ١٠٠ US troops", "There are 100 US troops"),
        ("ارتفعت بنسبة ٢٠٪", "ارتفعت بنسبة 20%"),
        ("نسبة ١٠٫٥", "نسبة 10.5"),  # the Arabic decimal separator
    ],
)
def test_arabic_indic_digits_are_digits(written: str, as_read: str) -> None:
    assert terms(written) == terms(as_read)


def test_a_number_in_arabic_indic_digits_tells_claims_apart(
    write_kb: Callable[[str], Path], invoke: Callable[..., Result]
) -> None:
    # "١٠٠" was no term: "There are more than ١٠٠ US troops deployed in Mexico" was a match (0.95) of 10,000
    kb = write_kb(
        "claims:\n  - id: troops\n    claim: There are more than 10,000 US troops deployed in Mexico.\n"
        '    verdict: "false"\n    summary: They are on the US side of the border.\n'
    )
    other = invoke("check", "--kb", str(kb), "--json", "There are more than ١٠٠ US troops deployed in Mexico")
    assert other.exit_code == 1
    same = invoke("check", "--kb", str(kb), "--json", "There are more than ١٠٬٠٠٠ US troops deployed in Mexico")
    assert [m["id"] for m in json.loads(same.output)["matches"]] == ["troops"]
    # as are other scripts' digits (Devanagari's, tests/test_indian_desk.py)
    assert terms("१०० troops") == terms("100 troops")
