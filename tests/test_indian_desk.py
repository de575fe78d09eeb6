"""An Indian fact-checking desk writing in English: Indian digit grouping ("1,00,000"), "lakh" and "crore",
Hinglish posts and Devanagari digits, against tests/fixtures/indian_desk.yaml (invented test data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.blocks import BlockBuilder
from factcheck.lexical import LexicalMatcher
from factcheck.polarity import OPPOSITE, SAME, polarity
from factcheck.sentences import split_block
from factcheck.store import load_knowledge_base
from factcheck.text import stated_numbers, terms, written_numbers

INDIAN_DESK = Path(__file__).parent / "fixtures" / "indian_desk.yaml"


@pytest.fixture(scope="module")
def matcher() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(INDIAN_DESK).claims, use_cache=False)


def _shown(matcher: LexicalMatcher, statement: str) -> str | None:
    found = matcher.search(statement, top=1)
    return found[0].claim.id if found and found[0].score >= matcher.threshold else None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1,00,000 jobs", "100000"),
        ("10,00,000 jobs", "1000000"),
        ("1,00,00,000 voters", "10000000"),
        ("1 lakh jobs", "100000"),
        ("2 lakhs jobs", "200000"),
        ("one lakh jobs", "100000"),
        ("a lakh jobs", "100000"),
        ("ten lakh jobs", "1000000"),
        ("one lakh fifty thousand jobs", "150000"),
        ("1.5 crore voters", "15000000"),
        ("Rs 10,000 crore", "100000000000"),
        ("Rs 2.5 lakh crore", "2500000000000"),
    ],
)
def test_indian_grouping_lakh_and_crore_are_numbers(text: str, number: str) -> None:
    # "1,00,000" read as the numbers 1 and 00000, "10 lakh" as 10: a claim of 10 soldiers was shown for "10 lakh"
    assert number in terms(text)
    assert stated_numbers(text) == {number}


def test_the_same_number_in_indian_and_western_writing_is_one_term() -> None:
    assert terms("1,00,000 jobs") == terms("100,000 jobs") == terms("1 lakh jobs") == terms("one hundred thousand jobs")
    assert [number.written for number in written_numbers("In 2024, 1,00,000 jobs")] == ["2024,", "1,00,000"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lakhs of people", ["lakh", "peopl"]),  # no count: the word stays, as "thousands of" does
        ("1,20 and 1,2,000", ["1", "20", "1", "2000"]),  # no Indian grouping: read as before
        ("1,000,000", ["1000000"]),
        ("150,000.50", ["150000", "50"]),
    ],
)
def test_what_is_not_an_indian_number_reads_as_before(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


@pytest.mark.parametrize(
    "statement",
    [
        "The government announced 100,000 jobs in 2024",
        "The government announced one hundred thousand jobs in 2024",
        "The government announced 1,00,000 jobs in 2024",
        "Rs 10000 crore was allocated to the railways in the 2025 budget",
    ],
)
def test_an_indian_number_finds_the_claim_saying_it_otherwise(matcher: LexicalMatcher, statement: str) -> None:
    assert _shown(matcher, statement) in {"govt-1-lakh-jobs-2024", "rs-10000-crore-allocated-railways"}


@pytest.mark.parametrize(
    "statement",
    [
        "The government announced 10 lakh jobs in 2024",
        "The village school has only 1,00,000 teacher for 200 pupils",
        "The village school has only 1 lakh teacher for 200 pupils",
    ],
)
def test_another_indian_number_shows_no_claim(matcher: LexicalMatcher, statement: str) -> None:
    # "1 lakh" was read as 1 and "10 lakh" as 10: the claim of 1 teacher, of 1 lakh jobs, were shown at 1.00
    assert _shown(matcher, statement) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("१०,००० troops", ["10000", "troop"]),  # Devanagari digits
        ("१,००,००० jobs", ["100000", "job"]),
        ("١٠٠٠ troops", ["1000", "troop"]),  # Arabic-Indic digits
        ("১০০ troops", ["100", "troop"]),  # Bengali digits
    ],
)
def test_the_digits_of_other_scripts_are_digits(text: str, expected: list[str]) -> None:
    # they were dropped as punctuation is: "१०,००० troops" was "troops" alone
    assert terms(text) == expected


def test_a_hindi_statement_of_another_number_shows_no_hindi_claim(matcher: LexicalMatcher) -> None:
    # "२०,०००" (20,000) was shown the claim of "१०,०००" (10,000) soldiers at 1.00: its digits were dropped
    assert _shown(matcher, "मेक्सिको में २०,००० अमेरिकी सैनिक हैं") is None
    assert _shown(matcher, "मेक्सिको में १०,००० अमेरिकी सैनिक हैं") == "hindi-claim"
    assert _shown(matcher, "मेक्सिको में 10,000 अमेरिकी सैनिक हैं") == "hindi-claim"


def test_a_hindi_statement_with_a_claims_number_finds_no_english_claim(starter_kb: Path) -> None:
    starter = LexicalMatcher(load_knowledge_base(starter_kb).claims, use_cache=False)
    found = starter.search("मेक्सिको में १०,००० अमेरिकी सैनिक हैं", top=1)
    assert not found or found[0].score < starter.threshold


@pytest.mark.parametrize(
    "statement",
    [
        "US ke 10,000 troops Mexico mein nahi hain",
        "Mexico mein 10,000 US troops nahin hain",
        "Nahi, US ke 10,000 troops Mexico mein nahi hain",  # the opening "Nahi," answers, as "No," does
    ],
)
def test_a_hinglish_nahi_denies(statement: str) -> None:
    # Hindi's "not" in Latin letters: the post was shown the claim it denies with no note
    assert polarity(statement, "There are more than 10,000 US troops deployed in Mexico.") == OPPOSITE


@pytest.mark.parametrize(
    "statement",
    [
        "US ke 10,000 troops Mexico mein hain",  # no "nahi": it states the claim
        "Nahid says US ke 10,000 troops Mexico mein hain",  # a name holding "nahi" is no negation
    ],
)
def test_a_hinglish_post_without_one_denial_states_the_claim(statement: str) -> None:
    assert polarity(statement, "There are more than 10,000 US troops deployed in Mexico.") == SAME


def test_bhai_and_yaar_make_a_post_hinglish() -> None:
    # polarity35: "bhai", "yaar" were no Hindi words, so the post's capitalised "Nahi" was read as a name
    claim = "There are more than 10,000 US troops deployed in Mexico."
    assert polarity("Arre bhai, Mexico me 10,000 US troops Nahi", claim) == OPPOSITE
    assert polarity("Mexico me 10,000 US troops Nahi yaar", claim) == OPPOSITE
    # an opening "Nahi bhai," answers something outside the post, as "Nahi," and "No," do
    assert polarity("Nahi bhai, Mexico me 10,000 US troops hain", claim) == SAME
    assert polarity("Nahi yaar, US ke 10,000 troops Mexico mein nahi hain", claim) == OPPOSITE


_HINDI_CLAIM = "मेक्सिको में 10,000 अमेरिकी सैनिक हैं"


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # polarity35: Devanagari was not read for negations: each of these denials was 'same'
        ("मेक्सिको में 10,000 अमेरिकी सैनिक नहीं हैं", OPPOSITE),
        ("मेक्सिको में 10,000 अमेरिकी सैनिक नही हैं", OPPOSITE),  # without the nasal sign
        ("मेक्सिको में 10,000 अमेरिकी सैनिक न हैं, न थे", OPPOSITE),  # "न ... न" denies once
        ("मेक्सिको में न तो 10,000 अमेरिकी सैनिक हैं न अधिकारी", OPPOSITE),
        # what denies nothing: the tag "न?" (aren't there?), an opening "नहीं," (No,), "नहीं तो" (otherwise)
        ("मेक्सिको में 10,000 अमेरिकी सैनिक हैं न?", SAME),
        ("नहीं, मेक्सिको में 10,000 अमेरिकी सैनिक हैं", SAME),
        ("मेक्सिको में 10,000 अमेरिकी सैनिक हैं, नहीं तो युद्ध होगा", SAME),
        ("मेक्सिको में न केवल 10,000 अमेरिकी सैनिक हैं बल्कि अधिकारी भी", SAME),  # "not only"
        # a question closed by "या नहीं" / "कि नहीं" (or not), or the tag ", नहीं?", asks the proposition
        ("क्या मेक्सिको में 10,000 अमेरिकी सैनिक हैं या नहीं?", SAME),
        ("मेक्सिको में 10,000 अमेरिकी सैनिक हैं कि नहीं?", SAME),
        ("मेक्सिको में 10,000 अमेरिकी सैनिक हैं, नहीं?", SAME),
        ("क्या मेक्सिको में 10,000 अमेरिकी सैनिक नहीं हैं?", OPPOSITE),
        (_HINDI_CLAIM, SAME),
    ],
)
def test_a_hindi_negation_says_the_opposite(statement: str, expected: str) -> None:
    assert polarity(statement, _HINDI_CLAIM) == expected


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # review40a: idioms that deny nothing were each read as a denial ('opposite')
        ("कहीं न कहीं मेक्सिको में 10,000 अमेरिकी सैनिक हैं", SAME),  # somewhere or other
        ("किसी न किसी रूप में मेक्सिको में 10,000 अमेरिकी सैनिक हैं", SAME),  # in some form or other
        ("कुछ न कुछ बात है, मेक्सिको में 10,000 अमेरिकी सैनिक हैं", SAME),  # something or other
        ("हो न हो, मेक्सिको में 10,000 अमेरिकी सैनिक हैं", SAME),  # maybe
        ("इसमें कोई शक नहीं कि मेक्सिको में 10,000 अमेरिकी सैनिक हैं", SAME),  # no doubt
        ("इसमें कोई दो राय नहीं कि मेक्सिको में 10,000 अमेरिकी सैनिक हैं", SAME),  # no two opinions
        ("मेक्सिको में सिर्फ 10,000 अमेरिकी सैनिक ही नहीं, विमान भी हैं", SAME),  # not only ..., ... too
        ("मेक्सिको में 10,000 अमेरिकी सैनिक ही नहीं बल्कि अधिकारी भी हैं", SAME),
        # still denials: "ही नहीं" with no "भी" after it (none at all), a "न" between two other words
        ("मेक्सिको में 10,000 अमेरिकी सैनिक हैं ही नहीं", OPPOSITE),
        ("मेक्सिको में न सैनिक हैं न अधिकारी", OPPOSITE),
        ("इसमें कोई शक नहीं कि मेक्सिको में 10,000 अमेरिकी सैनिक नहीं हैं", OPPOSITE),
    ],
)
def test_hindi_idioms_that_only_look_negative(statement: str, expected: str) -> None:
    assert polarity(statement, _HINDI_CLAIM) == expected


# review41a: the idioms' exemptions were too wide: a word of doubt or "राय" before any "नहीं", and any "भी" after a
# "ही नहीं", took the denial away ('same')
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("सरकार ने विपक्ष की राय नहीं ली", "सरकार ने विपक्ष की राय ली"),  # did not take the opposition's view
        ("पुलिस को किसी पर शक नहीं है", "पुलिस को किसी पर शक है"),  # the police suspect no one
        ("अमेरिका ने मेक्सिको में सैनिक भेजे ही नहीं, यह बात ट्रंप ने भी मानी", "अमेरिका ने मेक्सिको में सैनिक भेजे"),
        ("अमेरिका ने मेक्सिको में सैनिक भेजे ही नहीं, और पेंटागन ने भी यही कहा", "अमेरिका ने मेक्सिको में सैनिक भेजे"),
        ("मेक्सिको में अमेरिकी सैनिक हैं ही नहीं, मंत्री ने भी कहा", "मेक्सिको में अमेरिकी सैनिक हैं"),
    ],
)
def test_hindi_doubt_and_not_only_exempt_only_their_idioms(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE


@pytest.mark.parametrize(
    "statement",
    [
        "इसमें कोई शक नहीं है कि मेक्सिको में 10,000 अमेरिकी सैनिक हैं",  # "है" before "कि"
        "इसमें कोई संदेह नहीं कि मेक्सिको में 10,000 अमेरिकी सैनिक हैं",
        "मेक्सिको में 10,000 अमेरिकी सैनिक ही नहीं, विमान भी हैं",  # no "ने": "not only"
    ],
)
def test_hindi_no_doubt_that_and_not_only_still_affirm(statement: str) -> None:
    assert polarity(statement, _HINDI_CLAIM) == SAME


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Rs." before an amount ended the sentence: "The finance minister said Rs." was a sentence of its own
        (
            "The finance minister said Rs. 10,000 crore was allocated. It was not.",
            ["The finance minister said Rs. 10,000 crore was allocated.", "It was not."],
        ),
        (
            "He paid Rs. 500 for it. Sr. officials i.e. the board agreed etc. He left.",
            ["He paid Rs. 500 for it.", "Sr. officials i.e. the board agreed etc.", "He left."],
        ),
        # what must not change: "Rs." ending a sentence before a capitalised word still ends it
        ("The fine was 500 Rs. The court said so.", ["The fine was 500 Rs.", "The court said so."]),
    ],
)
def test_rupees_abbreviated_end_no_sentence(text: str, expected: list[str]) -> None:
    builder = BlockBuilder()
    builder.add(text, 1)
    builder.end_block()
    assert [sentence.text for sentence in split_block(builder.blocks[0])] == expected


def _sentences(*lines: str) -> list[tuple[int, str]]:
    builder = BlockBuilder()
    builder.add("\n".join(lines), 1)
    builder.end_block()
    return [(sentence.line, sentence.text) for sentence in split_block(builder.blocks[0])]


def test_a_danda_ends_a_sentence() -> None:
    # "।" is Hindi's full stop: three sentences were one, shown the verdict of a claim only the first says
    assert _sentences("मेक्सिको में १०,००० अमेरिकी सैनिक हैं। सरकार ने 2024 में 1 लाख नौकरियों की घोषणा की। यह गलत है।") == [
        (1, "मेक्सिको में १०,००० अमेरिकी सैनिक हैं।"),
        (1, "सरकार ने 2024 में 1 लाख नौकरियों की घोषणा की।"),
        (1, "यह गलत है।"),
    ]
    # the double danda too, and a sentence after a line's danda starts on the next line
    assert _sentences("सैनिक हैं।", "सरकार ने घोषणा की॥ ठीक है।।") == [
        (1, "सैनिक हैं।"),
        (2, "सरकार ने घोषणा की॥"),
        (2, "ठीक है।।"),
    ]


def test_a_danda_inside_a_word_run_ends_nothing() -> None:
    # only a danda before a space ends a sentence (what must not change: English text has none)
    assert _sentences("Text।more text here. Next one.") == [(1, "Text।more text here."), (1, "Next one.")]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("US ke 10 hazaar troops", "10000"),  # Hinglish "thousand": was 10
        ("10 hazar troops", "10000"),
        ("Rs 5 lacs", "500000"),  # lakh spelt the old way
        ("Rs 500 cr", "5000000000"),  # crore abbreviated, after an amount in rupees
        ("Rs. 500 cr", "5000000000"),
        ("₹10,000 cr", "100000000000"),
        ("INR 2.5 cr", "25000000"),
    ],
)
def test_hinglish_thousand_old_lakh_and_rupee_crore_are_numbers(text: str, number: str) -> None:
    assert stated_numbers(text) == {number}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a hazar", ["hazar"]),  # only after digits
        ("Hazar lake", ["hazar", "lake"]),
        ("the lac resin", ["lac", "resin"]),
        ("3 cr course", ["3", "cr", "cours"]),  # "cr" without rupees may be credits
        ("Rs 500 credit", ["rs", "500", "credit"]),
    ],
)
def test_those_words_elsewhere_read_as_before(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


def test_ten_hazaar_soldiers_is_noted_as_another_number_than_ten(starter_kb: Path) -> None:
    # shown TRUE at 0.96 as the claim of about 10 US soldiers training Mexico's Navy, with no note; now as the
    # same post saying "10,000" is: with the note that it says "10 hazaar" where the claim says "10"
    starter = LexicalMatcher(load_knowledge_base(starter_kb).claims, use_cache=False)
    statement = (
        "Mexico's Senate ne February 2025 mein 10 hazaar US soldiers ko Mexican Navy special forces train karne diya"
    )
    found = starter.search(statement, top=1)
    assert found[0].claim.id == "feb-2025-senate-approves-10-us-special-forces-trainers"
    assert found[0].differences is not None
    assert found[0].differences.statement == ("10 hazaar",)
    assert found[0].differences.claim == ("10",)


def test_rupees_in_crore_abbreviated_find_the_claim(matcher: LexicalMatcher) -> None:
    statement = "INR 10,000 cr was allocated to the railways in the 2025 budget"
    assert _shown(matcher, statement) == "rs-10000-crore-allocated-railways"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # "lac(s)" and "hazar" were multipliers after any number, in any case (review37d)
        ("The 2013 Lac-Mégantic rail disaster killed 47 people.", {"2013", "47"}),  # read 201300000
        ("Le parc compte 12 lacs et 3 rivières.", {"12", "3"}),  # French lakes: read 1200000
        ("The 1990 Hazar earthquake", {"1990"}),  # a place: read 1990000
        ("Route 138 Lac-Saint-Jean", {"138"}),  # read 13800000
        ("5 lacs", {"5"}),  # "lac" only in an amount of rupees
        ("Rs 5 lac-based dye", {"5"}),
        # what must not change: lower case after digits (hazaar) and in rupees (lac)
        ("Rs. 2.5 lac", {"250000"}),
        ("₹5 lacs", {"500000"}),
        ("US ke 10 hazaar troops", {"10000"}),
    ],
)
def test_lac_and_hazar_are_multipliers_only_in_lower_case_and_lac_only_in_rupees(text: str, numbers: set[str]) -> None:
    assert stated_numbers(text) == numbers


def test_a_statement_naming_lac_megantic_after_its_year_finds_its_claim(tmp_path: Path) -> None:
    kb = tmp_path / "claims.yaml"
    kb.write_text(
        "claims:\n"
        "  - id: lac-megantic-2013\n"
        "    claim: The 2013 Lac-Mégantic rail disaster killed 47 people.\n"
        '    verdict: "false"\n'
        "    summary: Invented test data.\n"
        '    checked: "2026-12-05"\n'
        "    sources:\n"
        "      - url: https://example.org/a\n"
        "        publisher: Example\n"
        "        note: invented\n",
        encoding="utf-8",
    )
    matcher = LexicalMatcher(load_knowledge_base(kb).claims, use_cache=False)
    # the claim's "2013 Lac-Mégantic" read as 201300000: no claim was shown (1.00 now)
    assert _shown(matcher, "In 2013, the Lac-Mégantic rail disaster killed 47 people.") == "lac-megantic-2013"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Rs." after an amount may end a sentence: as an abbreviation everywhere it joined the next one (review37d)
        (
            "He paid 500 Rs. Officials said there are 10,000 US troops in Mexico.",
            ["He paid 500 Rs.", "Officials said there are 10,000 US troops in Mexico."],
        ),
        ("The fee is 20 Rs. 10,000 US troops are in Mexico.", ["The fee is 20 Rs.", "10,000 US troops are in Mexico."]),
        # what must not change: "Rs." before an amount ends no sentence
        ("Rs. 500 was paid. Rs. 600 was too.", ["Rs. 500 was paid.", "Rs. 600 was too."]),
        ("Onions cost Rs. 40 a kilo. It rained.", ["Onions cost Rs. 40 a kilo.", "It rained."]),
    ],
)
def test_rupees_abbreviated_after_an_amount_may_end_a_sentence(text: str, expected: list[str]) -> None:
    builder = BlockBuilder()
    builder.add(text, 1)
    builder.end_block()
    assert [sentence.text for sentence in split_block(builder.blocks[0])] == expected


@pytest.mark.parametrize(
    "statement",
    [
        # "Nahi"/"Nahin" as a name or in "nahi toh" (otherwise) read as "not": 'opposite' (review37d)
        "Nahin said there are 10,000 US troops in Mexico.",
        "Ahmed Nahin confirmed 10,000 US troops are in Mexico.",
        "There are 10,000 US troops in Mexico, says the Nahi family.",
        "There are 10,000 US troops in Mexico, nahi toh war hoga.",
    ],
)
def test_nahi_as_a_name_or_in_nahi_toh_is_no_negation(statement: str) -> None:
    assert polarity(statement, "There are 10,000 US troops in Mexico.") == SAME


@pytest.mark.parametrize(
    "statement",
    [
        # what must not change: Hinglish "nahi" denies, opening a Hinglish sentence too, or in capitals
        "Nahi hain 10,000 US troops Mexico mein",
        "NAHI hain 10,000 US troops Mexico mein",
        "Mexico mein 10,000 US troops hain. Nahi hain, officials said.",
    ],
)
def test_a_hinglish_nahi_opening_a_sentence_denies(statement: str) -> None:
    assert polarity(statement, "There are 10,000 US troops in Mexico.") == OPPOSITE


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # Indian grouping next to punctuation read as 1 and 00000 (review37d)
        ("He counted 1,00,000, the minister said", {"100000"}),
        ("Rs.1,00,000", {"100000"}),
        # what must not change: a list, European decimals, a grouping run on into more digits
        ("Pick 1,2,3", {"1", "2", "3"}),
        ("1,00 € and 2,50 €", {"1", "00", "2", "50"}),
        ("1,00,000,5", {"1", "00000", "5"}),
        ("x.1,00,000", {"1", "00000"}),
    ],
)
def test_indian_grouping_next_to_punctuation(text: str, numbers: set[str]) -> None:
    assert stated_numbers(text) == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # "hazaar" capitalised and "lac(s)" in capitals after rupees were no multipliers: 10 and 5 (review38a)
        ("US ke 10 Hazaar troops", {"10000"}),
        ("10 HAZAAR troops", {"10000"}),
        ("Rs 5 Lacs", {"500000"}),
        ("RS 5 LACS", {"500000"}),
        ("US ke 2000 hazaar troops", {"2000000"}),  # in lower case, after a year-like number too (review39)
        # what must not change: a number that may be a year before it, a hyphen after it, "lac" without rupees
        ("The 1990 Hazar earthquake", {"1990"}),
        ("10 Hazar-e-Sharif", {"10"}),
        ("Rs 5 Lac-Mégantic", {"5"}),
        ("Lake Lac 12 LACS", {"12"}),
        ("10 Hazara people", {"10"}),
    ],
)
def test_hazaar_and_rupee_lac_are_multipliers_in_any_case(text: str, numbers: set[str]) -> None:
    assert stated_numbers(text) == numbers


def test_ten_hazaar_capitalised_is_noted_as_another_number_than_ten(starter_kb: Path) -> None:
    # "10 Hazaar" read 10: TRUE 0.96 with no note (review38a), as "10 hazaar" in lower case was before 2f3f1ef
    starter = LexicalMatcher(load_knowledge_base(starter_kb).claims, use_cache=False)
    statement = (
        "Mexico's Senate ne February 2025 mein 10 Hazaar US soldiers ko Mexican Navy special forces train karne diya"
    )
    found = starter.search(statement, top=1)
    assert found[0].claim.id == "feb-2025-senate-approves-10-us-special-forces-trainers"
    assert found[0].differences is not None
    assert found[0].differences.statement == ("10 Hazaar",)


@pytest.mark.parametrize(
    "statement",
    [
        # "nahi toh" inside a clause and a capitalised "Nahi"/"Nahin" in a Hinglish text were blanked (review38a)
        "Mexico mein US troops hai hi nahi toh 10,000 kaise?",
        "Mexico mein koi US troops nahi toh 10,000 ki baat kahan se aayi",
        "US ke 10,000 troops Mexico mein Nahi hain",
        "Mexico mein 10,000 US troops Nahin hain!",
        "Yeh sach Nahi hai: 10,000 US troops Mexico mein",
        "Bhai, Nahi hain 10,000 US troops Mexico mein",
        "Fake news\nNahi hain 10,000 US troops Mexico mein",
    ],
)
def test_hinglish_nahi_inside_a_clause_denies(statement: str) -> None:
    assert polarity(statement, "There are more than 10,000 US troops deployed in Mexico.") == OPPOSITE


@pytest.mark.parametrize(
    "statement",
    [
        # what must not change: "nahi toh" opening a clause, a capitalised name in an English text or before "ne"
        "10,000 US troops Mexico mein hain, nahi toh news galat hai",
        "10,000 US troops Mexico mein hain; nahi toh kya?",
        "10,000 US troops Mexico mein hain - nahi toh kya?",
        "Nahi toh 10,000 US troops Mexico mein hote",
        "Ahmed Nahin confirmed 10,000 US troops are in Mexico.",
        "The Nahi family says 10,000 US troops are in Mexico.",
        "Nahin said there are 10,000 US troops in Mexico.",
        "Ahmed Nahin ne kaha ki 10,000 US troops Mexico mein hain",
        # review39: a name before "ka"/"ki"/"ke"/"ko" too, Hindi words only standing alone ("per se", "ho-hum" are
        # English), and "nahi toh" after an opening parenthesis
        "Ahmed Nahin ka kehna hai ki 10,000 US troops Mexico mein hain",
        "Ahmed Nahin said there are, per se, 10,000 US troops in Mexico.",
        "Ahmed Nahin, a ho-hum analyst, said there are 10,000 US troops in Mexico.",
        "Mexico mein 10,000 US troops hain (nahi toh sab jhooth)",
    ],
)
def test_nahi_toh_opening_a_clause_or_a_name_is_no_negation(statement: str) -> None:
    assert polarity(statement, "There are more than 10,000 US troops deployed in Mexico.") == SAME


# polarity37: the prohibitive "मत" (do not) was no negation ('same'); the noun "मत" (vote, opinion) stays none.
# (Its reading of "गलत नहीं" (not wrong) as a double negation is reverted: review42b)
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        # "did nothing wrong": a verb after "गलत नहीं", it denies
        ("उसने कुछ गलत नहीं किया", "उसने कुछ गलत किया", OPPOSITE),
        ("मेक्सिको में अमेरिकी सैनिक मत भेजो", "मेक्सिको में अमेरिकी सैनिक भेजो", OPPOSITE),
        ("मेक्सिको में अमेरिकी सैनिक मत भेजिए", "मेक्सिको में अमेरिकी सैनिक भेजिए", OPPOSITE),
        ("लोगों ने अपना मत दिया", "लोगों ने मत दिया", SAME),
    ],
)
def test_hindi_mat_prohibits(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected


# review42b: "गलत नहीं" / "झूठ नहीं" (not wrong, not a lie) was dropped as a double negation even where the other text
# says "गलत" / "झूठ" itself ('same'): "नहीं" denies, on one side as on the other
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("सरकार के आंकड़े गलत नहीं हैं", "सरकार के आंकड़े गलत हैं"),
        ("ईवीएम के आंकड़े गलत नहीं थे", "ईवीएम के आंकड़े गलत थे"),
        ("यह गलत नहीं है कि मेक्सिको में 10,000 अमेरिकी सैनिक हैं", "यह गलत है कि मेक्सिको में 10,000 अमेरिकी सैनिक हैं"),
        ("यह वीडियो झूठा नहीं है", "यह वीडियो झूठा है"),
        ("यह खबर झूठी नहीं है", "यह खबर झूठी है"),
        ("राहुल गांधी का बयान गलत नहीं है", "राहुल गांधी का बयान गलत है"),
        ("उसका इरादा गलत नहीं था", "उसका इरादा गलत था"),
        ("मेक्सिको में 10,000 अमेरिकी सैनिक होने का दावा झूठ नहीं है", "मेक्सिको में 10,000 अमेरिकी सैनिक होने का दावा झूठ है"),
    ],
)
def test_hindi_not_wrong_against_wrong_is_opposite(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


# review42b: "मत" as the noun "vote" and a reassurance ("घबराइए मत", do not panic) were read as a prohibition
# ('opposite'); a possessive before it makes it the noun "opinion" ("जनता का मत जानना", to know the people's view)
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("बिहार में मत गणना शुरू हुई", "बिहार में वोटों की गिनती शुरू हुई"),
        ("बिहार में मत गणना शुरू हो गई है", "बिहार में मतगणना शुरू हो गई है"),
        ("मत देना हमारा अधिकार है", "वोट देना हमारा अधिकार है"),
        ("सभी नागरिक मत दें", "सभी नागरिक वोट दें"),
        ("घबराइए मत, कोरोना वैक्सीन सुरक्षित है", "कोरोना वैक्सीन सुरक्षित है"),
        ("चिंता मत करो, टीका सुरक्षित है", "टीका सुरक्षित है"),
        ("जनता का मत जानना ज़रूरी है", "जनता की राय जानना ज़रूरी है"),
    ],
)
def test_hindi_mat_as_a_vote_or_a_reassurance_denies_nothing(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME
    assert polarity(claim, statement) == SAME
