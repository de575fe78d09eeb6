"""The semantic matcher's logic, on a stand-in encoder (no model needed): ranking, aliases, scores, ties."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray
from semantic_fakes import WordEncoder

from factcheck.matching import Matcher, find_matches
from factcheck.model import Claim, Verdict
from factcheck.semantic import (
    CALIBRATION,
    CROWD_FLOOR,
    CROWD_SIZE,
    DEFAULT_THRESHOLD,
    UNREAD_CAP,
    SemanticMatcher,
    claim_wordings,
    crowd_margins,
    model_compares,
    model_reads,
    reading_units,
)
from factcheck.store import load_knowledge_base


def claim(claim_id: str, text: str, *aliases: str) -> Claim:
    return Claim(id=claim_id, claim=text, verdict=Verdict.FALSE, aliases=aliases)


CLAIMS = [
    claim("troops", "There are US troops deployed in Mexico", "American soldiers are stationed south of the border"),
    claim("drones", "US drones fly over Mexican territory"),
    claim("eggs", "The price of eggs doubled last year"),
]


def cosine(encoder: WordEncoder, a: str, b: str) -> float:
    va, vb = encoder.encode([a, b])
    return float(va @ vb)


def test_it_is_a_matcher() -> None:
    matcher = SemanticMatcher(CLAIMS, WordEncoder())
    assert isinstance(matcher, Matcher)
    assert matcher.name == "semantic"
    assert matcher.threshold == DEFAULT_THRESHOLD


def test_similarities_are_the_best_wordings_cosine_for_every_claim_in_order() -> None:
    encoder = WordEncoder()
    matcher = SemanticMatcher(CLAIMS, encoder)
    query = "soldiers stationed south of the border"
    sims = matcher.similarities(query)
    assert sims.shape == (len(CLAIMS),)
    for i, c in enumerate(CLAIMS):
        expected = max(cosine(encoder, query, wording) for wording in claim_wordings(c))
        assert sims[i] == pytest.approx(expected, abs=1e-6)
    # the alias, not the claim text, is what made the first claim close
    assert sims[0] == pytest.approx(cosine(encoder, query, CLAIMS[0].aliases[0]), abs=1e-6)
    assert sims[0] > cosine(encoder, query, CLAIMS[0].claim)


def test_similarity_matrix_matches_one_query_at_a_time() -> None:
    matcher = SemanticMatcher(CLAIMS, WordEncoder())
    queries = ["eggs doubled", "drones over Mexico", "troops in Mexico"]
    matrix = matcher.similarity_matrix(queries)
    assert matrix.shape == (3, 3)
    for row, query in zip(matrix, queries, strict=True):
        np.testing.assert_allclose(row, matcher.similarities(query), atol=1e-6)


def test_search_ranks_best_first_with_calibrated_scores() -> None:
    matcher = SemanticMatcher(CLAIMS, WordEncoder())
    query = "did the price of eggs double last year"
    results = matcher.search(query, top=3)
    assert results[0].claim.id == "eggs"
    scores = [m.score for m in results]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    cosines = sorted(matcher.similarities(query).tolist(), reverse=True)
    assert results[0].score == pytest.approx(matcher.scores(cosines)[0])
    assert results[0].polarity == "same"


def test_top_limits_the_number_of_results() -> None:
    matcher = SemanticMatcher(CLAIMS, WordEncoder())
    assert len(matcher.search("US troops", top=1)) == 1
    assert len(matcher.search("US troops", top=10)) == len(CLAIMS)


def test_threshold_separates_matches_from_no_match() -> None:
    matcher = SemanticMatcher(CLAIMS, WordEncoder())
    assert [m.claim.id for m in find_matches(matcher, "There are US troops deployed in Mexico")] == ["troops"]
    assert find_matches(matcher, "Volcanic eruptions on Jupiter's moon Io") == []


def test_blank_query_and_empty_knowledge_base_give_nothing() -> None:
    assert SemanticMatcher(CLAIMS, WordEncoder()).search("   \n", top=3) == []
    empty = SemanticMatcher([], WordEncoder())
    assert empty.search("US troops", top=3) == []
    assert empty.similarities("US troops").shape == (0,)


def test_ties_are_broken_the_same_whatever_the_file_order() -> None:
    # Twins: the same words, different punctuation, so the stand-in encoder gives equal vectors.
    twins = [claim("a", 'He said "mentally ill."'), claim("b", "He said 'mentally ill.'"), claim("c", "Unrelated")]
    forward = [m.claim.id for m in SemanticMatcher(twins, WordEncoder()).search("mentally ill", top=2)]
    backward = [m.claim.id for m in SemanticMatcher(twins[::-1], WordEncoder()).search("mentally ill", top=2)]
    assert sorted(forward) == ["a", "b"]
    assert forward == backward


def test_rank_keeps_every_claim_tied_at_the_cut() -> None:
    claims = [claim(f"c{i}", f"same words {i % 2}") for i in range(6)]
    matcher = SemanticMatcher(claims, WordEncoder())
    sims = np.array([0.5, 0.9, 0.5, 0.5, 0.1, 0.5], dtype=np.float32)
    ranked = matcher.rank(sims, 2)
    assert ranked[0] == 1
    # which of the four tied claims comes second is decided by the text hash, not by position
    by_hash = sorted([0, 2, 3, 5], key=lambda i: int(matcher.tie_keys[i]))
    assert ranked[1] == by_hash[0]


def test_scores_rise_with_the_cosine_and_stay_in_zero_one() -> None:
    matcher = SemanticMatcher(CLAIMS, WordEncoder())
    for best in np.linspace(-1.0, 1.0, 21):
        ranked = [float(best), 0.3, 0.2, 0.1]
        scores = matcher.scores(ranked)
        assert all(0.0 <= s <= 1.0 for s in scores)
    firsts = [matcher.scores([float(c), 0.3, 0.2])[0] for c in np.linspace(0.3, 1.0, 15)]
    assert firsts == sorted(firsts)


def test_a_candidate_standing_out_of_its_crowd_scores_higher_than_one_in_a_close_crowd() -> None:
    matcher = SemanticMatcher(CLAIMS, WordEncoder())
    alone = matcher.scores([0.7] + [0.3] * CROWD_SIZE)[0]
    crowded = matcher.scores([0.7] + [0.65] * CROWD_SIZE)[0]
    assert alone > crowded


def test_a_thin_crowd_counts_at_the_floor_so_small_files_get_no_bonus() -> None:
    # Three claims, all far from the statement: the crowd is "missing", which must not make the best look outstanding.
    thin = crowd_margins([0.7, 0.1, 0.0])[0]
    assert thin == pytest.approx(0.7 - CROWD_FLOOR)
    full_of_strangers = crowd_margins([0.7] + [0.1] * CROWD_SIZE)[0]
    assert full_of_strangers == pytest.approx(thin)
    assert CALIBRATION.features == ("cosine", "stands_out")


def test_works_on_a_real_knowledge_base(mini_kb: Path) -> None:
    kb = load_knowledge_base(mini_kb)
    matcher = SemanticMatcher(kb.claims, WordEncoder())
    assert matcher.search("drones fly over Mexican territory", top=1)[0].claim.id == "drones-over-mexico"


def test_excluded_claims_are_treated_as_absent() -> None:
    matcher = SemanticMatcher(CLAIMS, WordEncoder())
    query = "There are US troops deployed in Mexico"
    assert matcher.search(query, top=1)[0].claim.id == "troops"
    without = matcher.search(query, top=3, exclude={"troops"})
    assert [m.claim.id for m in without] == [m.claim.id for m in matcher.search(query, top=3)][1:]
    assert matcher.search(query, top=3, exclude={c.id for c in CLAIMS}) == []


def test_a_terminals_colour_codes_pasted_with_a_statement_are_not_what_the_model_reads() -> None:
    # the lexical matcher reads past them; the model read "\x1b[31m" as pieces of the statement
    encoder = WordEncoder()
    matcher = SemanticMatcher(CLAIMS, encoder)
    red, plain = "\x1b[1;31mUS troops deployed in Mexico\x1b[0m", "US troops deployed in Mexico"
    assert np.allclose(matcher.similarities(red), matcher.similarities(plain))
    assert [(m.claim.id, m.score) for m in matcher.search(red, top=2)] == [
        (m.claim.id, m.score) for m in matcher.search(plain, top=2)
    ]
    encoder.calls.clear()
    matcher.prepare([red, "eggs \x07 doubled"])
    assert [text.split() for text in encoder.calls[-1]] == [plain.split(), ["eggs", "\x07", "doubled"]]


def test_prepared_statements_are_embedded_once_in_one_batch_with_the_same_results() -> None:
    encoder = WordEncoder()
    matcher = SemanticMatcher(CLAIMS, encoder)
    statements = ["US troops in Mexico", "eggs doubled", "US troops in Mexico", "drones over Mexico"]
    expected = [matcher.search(s, top=2) for s in statements]
    encoder.calls.clear()
    matcher.prepare(statements)
    assert encoder.calls == [["US troops in Mexico", "eggs doubled", "drones over Mexico"]]
    assert [matcher.search(s, top=2) for s in statements] == expected
    assert len(encoder.calls) == 1  # searching them embedded nothing more
    matcher.search("something not prepared", top=1)
    assert encoder.calls[-1] == ["something not prepared"]


class PreparingMeanwhile(WordEncoder):
    """An encoder during whose work another thread prepares other statements on the same matcher."""

    def __init__(self) -> None:
        super().__init__()
        self.meanwhile: list[str] = []
        self.matcher: SemanticMatcher | None = None

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        vectors = super().encode(texts)
        if self.matcher is not None and self.meanwhile:
            batch, self.meanwhile = self.meanwhile, []
            self.matcher.prepare(batch)
        return vectors


def test_statements_prepared_by_another_thread_meanwhile_change_no_result() -> None:
    # a statement read as prepared, then looked up once another thread's prepare had replaced the
    # batch, was in neither: KeyError (two articles scanned at once with one matcher)
    encoder = PreparingMeanwhile()
    matcher = SemanticMatcher(CLAIMS, encoder)
    statements = ["US troops in Mexico", "eggs doubled"]
    expected = matcher.similarity_matrix(statements)
    matcher.prepare(statements[:1])
    encoder.matcher, encoder.meanwhile = matcher, ["drones over Mexico"]
    assert np.array_equal(matcher.similarity_matrix(statements), expected)
    assert encoder.calls[-2:] == [["eggs doubled"], ["drones over Mexico"]]


COUPLE = [
    claim(f"k{i}", f"Kim Kardashian and Kanye West {event}.")
    for i, event in enumerate(
        (
            "wore dog fur coats",
            "bought a ranch",
            "met the president",
            "named a baby",
            "were robbed in Paris",
            "endorsed a governor",
            "sold a house",
            "skipped the Met Gala",
            "launched a perfume",
        )
    )
]
DIVORCE = claim("divorce", "Kim Kardashian and Kanye West announced their divorce.")
DIVORCE_AGAIN = claim("divorce-again", "Kim Kardashian and Kanye West announced their divorce!")


def test_twins_stay_out_of_each_others_crowd() -> None:
    assert crowd_margins([0.8, 0.8, 0.3], size=1, floor=0.0) == pytest.approx([0.0, 0.0, -0.5])
    twins = crowd_margins([0.8, 0.8, 0.3], size=1, floor=0.0, twins=["a", "a", "b"])
    assert twins == pytest.approx([0.5, 0.5, -0.5])
    with pytest.raises(ValueError):
        crowd_margins([0.8, 0.8], twins=["a"])


def test_a_claim_checked_twice_scores_as_a_claim_checked_once() -> None:
    # the copies (same terms: the same claim from two fact-checkers) are not each other's crowd
    statement = "Kim Kardashian and Kanye West are getting a divorce"
    once = SemanticMatcher([DIVORCE, *COUPLE], WordEncoder()).search(statement, top=1)
    twice = SemanticMatcher([DIVORCE, DIVORCE_AGAIN, *COUPLE], WordEncoder()).search(statement, top=2)
    assert {m.claim.id for m in twice} == {"divorce", "divorce-again"}
    assert twice[0].score == twice[1].score == pytest.approx(once[0].score)
    matcher = SemanticMatcher([DIVORCE, DIVORCE_AGAIN, *COUPLE], WordEncoder())
    sims = matcher.similarities(statement)
    ranked = matcher.rank(sims, 15)
    as_rivals = matcher.scores([float(sims[i]) for i in ranked])[0]
    assert twice[0].score > as_rivals  # counted as each other's crowd, the copies would score lower


#: the real model reads English only: it embeds texts of another script from letter-sized pieces, near each other
#: whatever they say ("5G убивает птиц", 5G kills birds, and "5G вызывает рак", 5G causes cancer: cosine 0.76).
#: The stand-in confuses them the same way.
CONFUSED = {"убивает": "unread", "вызывает": "unread", "птиц": "unread-2", "рак": "unread-2"}
CLAIMS_5G = [
    claim("5g-cancer", "5G causes cancer"),
    claim("5g-rak", "5G вызывает рак"),
    claim("5g-rak-aliased", "5G вызывает рак!", "5G networks cause cancer"),
    claim("vaccine-chips", "Vaccines contain microchips"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5G causes cancer", True),
        ("Hay diez mil soldados en México", True),  # Latin letters with accents
        ("Biden said спасибо to Putin", True),  # 16 Latin letters of 23
        ("2020", True),  # no letters: nothing the model cannot read
        ("", True),
        ("5G вызывает рак", False),
        ("疫苗含有5G芯片", False),  # the "G" is 1 letter of 7
        ("Ο λόγος", False),
        ("Путин said да", False),  # 1 Latin word of 3
    ],
)
def test_model_reads_texts_mostly_in_latin_letters(text: str, expected: bool) -> None:
    assert model_reads(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Latin name in Chinese: 9 Latin letters to 7 Han characters, but 2 words to 7 (each Han character is one)
        ("Bill Gates说疫苗含有芯片", False),
        ("Bill Gates说AI很重要", False),  # 3 Latin words to 4 Han characters
        ("Bill and Melinda Gates Foundation资助研究", True),  # 5 Latin words to 4 Han characters
        ("ワクチンにはBill Gatesのチップが入っている", False),  # kana and Han, one unit a character
        ("วัคซีนมีไมโครชิปของ Bill Gates", False),  # Thai, its vowel signs marks: one unit a letter
        # accents: Spanish, French, German, Vietnamese, composed and decomposed (NFD: a letter and its marks)
        ("El Gobierno aprobó la llegada de tropas estadounidenses a México", True),
        ("Les éoliennes tuent plus d'oiseaux que les chats", True),
        ("Die Impfung verändert die menschliche DNA", True),
        ("Tiêm vắc-xin gây vô sinh", True),
        (unicodedata.normalize("NFD", "Tiêm vắc-xin gây vô sinh ở phụ nữ"), True),
        ("🚨🚨🚨 2020!!!", True),  # no letters: emoji and digits
        ("5G 🚫 📡", True),
        # Devanagari: a vowel sign or virama is a mark inside its word, so "पक्षी" (birds) is one word, not three
        ("मोदी ने कहा कि टीका सुरक्षित है", False),
        ("WHO ने कहा कि टीका सुरक्षित है", False),  # 1 Latin word of 7
        ("Bill Gates पक्षी मरते", True),  # 2 Latin words to 2
        ("Bill पक्षी", True),  # 1 word to 1: parted at its virama, "पक्षी" was 2 words and the text unread
        ("Biden می\u200cخواهد", True),  # a zero-width non-joiner is inside a Persian word, as a mark is
    ],
)
def test_model_reads_counts_words_not_letters(text: str, expected: bool) -> None:
    assert model_reads(text) is expected


@pytest.mark.parametrize(
    ("statement", "wording", "expected"),
    [
        # two Spanish texts: close for the Spanish word pieces they share, whatever they say
        ("Me gusta la tortilla de maíz.", "La tortilla cuesta 10 pesos el kilo", False),
        ("La tortilla es rica.", "La tortilla cuesta 10 pesos el kilo", False),
        # French and Portuguese texts are most often taken for Spanish (text.is_spanish): "de", "la", "que"
        ("Le prix de la tortilla a baissé à 10 pesos le kilo", "La tortilla cuesta 10 pesos el kilo", False),
        # one Spanish and one English: compared by the content words the model knows
        ("Me gusta la tortilla de maíz.", "Tortillas cost 10 pesos a kilo", True),
        ("I like corn tortillas", "La tortilla cuesta 10 pesos el kilo", True),
        ("I like corn tortillas", "Tortillas cost 10 pesos a kilo", True),
        ("El Paso: Trump sends troops to the border", "Trump sent troops to El Paso", True),  # a name, no Spanish
        ("5G убивает птиц", "5G causes cancer", False),  # a text it cannot read at all
    ],
)
def test_the_model_compares_texts_it_reads_unless_both_are_spanish(
    statement: str, wording: str, expected: bool
) -> None:
    assert model_compares(statement, wording) is expected


def test_a_spanish_statement_is_never_matched_for_its_cosine_with_a_spanish_wording() -> None:
    claims = [claim("tortilla", "La tortilla cuesta 10 pesos el kilo"), claim("eggs", "Eggs doubled in price")]
    matcher = SemanticMatcher(claims, WordEncoder({"gusta": "cuesta", "maíz": "kilo"}))
    first = matcher.search("Me gusta la tortilla de maíz.", top=1)[0]
    assert first.claim.id == "tortilla"
    assert first.score <= UNREAD_CAP


def test_reading_units_are_words_of_spaced_scripts_and_characters_of_the_others() -> None:
    assert reading_units("Bill Gates说疫苗") == [True, True, False, False, False]
    assert reading_units("5G убивает птиц") == [True, False, False]  # the "G" of 5G is a word of its own
    assert reading_units("पक्षी मरते हैं") == [False, False, False]  # marks inside and after letters
    assert reading_units("café" + "\u0301") == [True]


def test_a_statement_the_model_cannot_read_is_never_a_match() -> None:
    matcher = SemanticMatcher(CLAIMS_5G, WordEncoder(CONFUSED))
    first = matcher.search("5G убивает птиц", top=1)[0]
    assert first.claim.id == "5g-rak"  # the stand-in's cosine: 1.0, scored 1.00 before
    assert first.score <= UNREAD_CAP
    # the claim worded as the statement too: its cosine is 1.0 for any model, but the semantic matcher cannot
    # tell it from a text it confuses with it (the lexical and hybrid matchers match it)
    assert matcher.search("5G вызывает рак", top=1)[0].score <= UNREAD_CAP


def test_a_claim_is_found_through_the_wording_the_model_reads() -> None:
    matcher = SemanticMatcher(CLAIMS_5G, WordEncoder(CONFUSED))
    # a readable statement against a claim whose closest wording the model cannot read: capped
    (unread,) = [m for m in matcher.search("5G вызывает", top=4) if m.claim.id == "5g-rak"]
    assert unread.score <= UNREAD_CAP
    # the same claim with an English alias is matched through it
    assert [m.claim.id for m in find_matches(matcher, "5G networks cause cancer", top=1)] == ["5g-rak-aliased"]


def test_styled_letters_are_searched_and_prepared_as_plain_ones() -> None:
    # fullwidth "Ｍｅｘｉｃｏ" (as posts style their text) was embedded as written: the real model found nothing for
    # "There are more than 10,000 US troops deployed in Mexico" in fullwidth letters with --matcher semantic
    plain = "did the price of eggs double last year"
    fullwidth = "".join(chr(ord(c) + 0xFEE0) if "a" <= c <= "z" else c for c in plain)
    encoder = WordEncoder()
    matcher = SemanticMatcher(CLAIMS, encoder)
    expected = [(m.claim.id, m.score) for m in matcher.search(plain, top=3)]
    assert [(m.claim.id, m.score) for m in matcher.search(fullwidth, top=3)] == expected
    matcher.prepare([fullwidth])
    assert encoder.embedded[-1] == plain
