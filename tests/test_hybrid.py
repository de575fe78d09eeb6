"""The hybrid matcher's logic on a stand-in encoder (no model needed): merging, ranking, agreement, scores."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from semantic_fakes import WordEncoder

from factcheck.calibration import Calibration, crowd_level
from factcheck.hybrid import (
    CALIBRATION,
    CROWD_CEILING,
    DEFAULT_THRESHOLD,
    FEATURES,
    LEXICAL_LOGIT_LIMIT,
    POOL,
    RANKING,
    HybridMatcher,
    lexical_logit,
)
from factcheck.lexical import SUBSTITUTION_CAP, LexicalMatcher
from factcheck.matching import Matcher, find_matches, near_duplicates
from factcheck.model import Claim, Verdict
from factcheck.semantic import CROWD_FLOOR, CROWD_SIZE, SemanticMatcher
from factcheck.store import load_knowledge_base

#: the stand-in model's "meaning": these words mean the same to it (and nothing to the lexical matcher)
SYNONYMS = {
    "boots": "troops",
    "soldiers": "troops",
    "soil": "mexico",
    "mexican": "mexico",
    "american": "us",
    "poultry": "eggs",
    "cost": "price",
}


#: what the claims of a one-topic file add to their shared words
TOPIC_WORDS = ("patrol", "train", "fly", "land", "stay", "leave", "arrive", "fight", "wait", "rest", "march", "camp")


def claim(claim_id: str, text: str, *aliases: str) -> Claim:
    return Claim(id=claim_id, claim=text, verdict=Verdict.FALSE, aliases=aliases)


CLAIMS = [
    claim("troops", "There are US troops in Mexico"),
    claim("drones", "US drones fly over Mexican territory"),
    claim("eggs", "The price of eggs doubled last year"),
    claim("wall", "Mexico paid for the border wall"),
    claim("peso", "The peso lost half its value against the dollar"),
]


def hybrid(claims: list[Claim] = CLAIMS, **options: object) -> HybridMatcher:
    lexical = LexicalMatcher(claims, use_cache=False)
    semantic = SemanticMatcher(claims, WordEncoder(SYNONYMS))
    return HybridMatcher(lexical, semantic, **options)  # type: ignore[arg-type]


def feature(candidate_features: tuple[float, ...], name: str) -> float:
    return candidate_features[FEATURES.index(name)]


def test_it_is_a_matcher_with_the_common_threshold() -> None:
    matcher = hybrid()
    assert isinstance(matcher, Matcher)
    assert matcher.name == "hybrid"
    assert matcher.threshold == DEFAULT_THRESHOLD == 0.5


def test_a_paraphrase_sharing_almost_no_words_is_found_through_its_meaning() -> None:
    statement = "American boots on Mexican soil"
    lexical_first = LexicalMatcher(CLAIMS, use_cache=False).search(statement, top=1)
    assert not lexical_first or lexical_first[0].claim.id != "troops"  # the words alone do not find it
    assert hybrid().search(statement, top=1)[0].claim.id == "troops"


def test_the_pool_merges_both_matchers_candidates_once_each() -> None:
    matcher = hybrid()
    statement = "US troops in Mexico"
    pool, per_wording = matcher.pool(statement)
    positions = [c.position for c in pool]
    assert len(positions) == len(set(positions))
    lexical = {c.position for c in matcher.lexical.candidates(statement, POOL)}
    semantic = set(matcher.semantic.rank(matcher.semantic.similarities(statement), POOL))
    assert set(positions) == lexical | semantic
    assert per_wording.shape == (len(CLAIMS),)  # one wording per claim here


def test_features_are_what_the_calibration_expects() -> None:
    matcher = hybrid()
    statement = "There are US troops in Mexico"
    cosines = matcher.semantic.similarities(statement)
    lexical = matcher.lexical.candidates(statement, POOL)
    by_position = {c.position: c for c in lexical}
    conviction = math.sqrt(max(c.probability for c in lexical))
    for candidate in matcher.pool(statement)[0]:
        assert len(candidate.features) == len(FEATURES) == len(CALIBRATION.weights)
        assert feature(candidate.features, "cosine") == pytest.approx(float(cosines[candidate.position]))
        found = by_position.get(candidate.position)
        expected = lexical_logit(found.probability if found else None)
        assert feature(candidate.features, "lexical") == pytest.approx(expected)
        # the lexical share counts as much as the lexical matcher believes its own best candidate
        assert candidate.ranking_features[1] == pytest.approx(found.rank_score * conviction if found else 0.0)


def test_a_crowd_denser_than_the_calibration_was_fitted_on_counts_at_the_ceiling() -> None:
    # A one-topic file whose claims all share the statement's words: the stand-in model finds every one close,
    # so the crowd's level is far above CROWD_CEILING, the densest the calibration saw.  Its line is not
    # extrapolated there: the candidate stands out of a crowd counted at the ceiling.
    topic = [claim(f"t{i}", f"US troops in Mexico {topic}") for i, topic in enumerate(TOPIC_WORDS)]
    matcher = hybrid(topic)
    statement = "US troops in Mexico"
    cosines = matcher.semantic.similarities(statement)
    for candidate in matcher.pool(statement)[0]:
        others = sorted((float(c) for i, c in enumerate(cosines) if i != candidate.position), reverse=True)
        assert candidate.crowd == pytest.approx(crowd_level(others, size=CROWD_SIZE, floor=CROWD_FLOOR))
        assert candidate.crowd > CROWD_CEILING + 0.1
        cosine = float(cosines[candidate.position])
        assert feature(candidate.features, "stands_out") == pytest.approx(cosine - CROWD_CEILING)


def test_a_crowd_within_what_the_calibration_saw_counts_as_it_is() -> None:
    matcher = hybrid()
    for candidate in matcher.pool("There are US troops in Mexico")[0]:
        assert candidate.crowd < CROWD_CEILING  # a file on many subjects: a thin crowd
        cosine = feature(candidate.features, "cosine")
        assert feature(candidate.features, "stands_out") == pytest.approx(cosine - candidate.crowd)


def test_agreement_marks_the_claim_both_matchers_put_first_and_nothing_else() -> None:
    matcher = hybrid()
    pool = matcher.pool("There are US troops in Mexico")[0]
    agreeing = [matcher.claims[c.position].id for c in pool if feature(c.features, "agree") == 1.0]
    assert agreeing == ["troops"]


def test_no_agreement_when_the_matchers_disagree() -> None:
    # Lexically, "cost of poultry" shares nothing; the stand-in model reads it as eggs and price.
    matcher = hybrid()
    statement = "the cost of poultry went up, says the peso report"
    lexical_top = matcher.lexical.candidates(statement, 1)[0].position
    semantic_top = matcher.semantic.rank(matcher.semantic.similarities(statement), 1)[0]
    assert lexical_top != semantic_top
    assert all(feature(c.features, "agree") == 0.0 for c in matcher.pool(statement)[0])


def test_claims_worded_alike_count_as_the_same_claim_for_agreement() -> None:
    # Twins: the same words, different punctuation; the matchers may each pick a different one.
    twins = [
        claim("a", 'He called them "mentally ill."'),
        claim("b", "He called them 'mentally ill.'"),
        *CLAIMS,
    ]
    matcher = hybrid(twins)
    assert matcher.semantic.claim_cosine(0, 1) == pytest.approx(1.0)
    pool = matcher.pool("He called them mentally ill")[0]
    agreeing = {matcher.claims[c.position].id for c in pool if feature(c.features, "agree") == 1.0}
    assert agreeing and agreeing <= {"a", "b"}


def test_candidates_follow_the_ranking_blend() -> None:
    matcher = hybrid()
    ranked = matcher.candidates("US troops and drones over Mexico")
    logits = [RANKING.logit(c.ranking_features) for c in ranked]
    assert logits == sorted(logits, reverse=True)
    assert [c.rank_score for c in ranked] == pytest.approx(logits)
    assert all(c.probability == pytest.approx(CALIBRATION.probability(c.features)) for c in ranked)


def test_ties_are_broken_by_the_claim_text_not_the_file_order() -> None:
    statement = "US drones fly over Mexican territory and troops"
    forward = [m.claim.id for m in hybrid(CLAIMS).search(statement, top=5)]
    backward = [m.claim.id for m in hybrid(CLAIMS[::-1]).search(statement, top=5)]
    assert forward == backward


def test_search_shows_scores_in_zero_one_that_never_rise_down_the_list() -> None:
    for statement in ["There are US troops in Mexico", "eggs", "peso dollar wall drones", "Volcanoes on Io"]:
        scores = [m.score for m in hybrid().search(statement, top=5)]
        assert all(0.0 <= s <= 1.0 for s in scores)
        assert scores == sorted(scores, reverse=True)


def test_a_claim_worded_as_the_statement_is_a_match_and_an_unrelated_statement_is_not() -> None:
    matcher = hybrid()
    assert [m.claim.id for m in find_matches(matcher, "There are US troops in Mexico", top=1)] == ["troops"]
    assert find_matches(matcher, "Volcanic eruptions on Jupiter's moon Io") == []


def test_a_candidate_that_clears_the_threshold_is_shown_before_one_ranked_higher_that_does_not() -> None:
    # A ranking that prefers low cosines, and a score that rises with the cosine: the two disagree.
    backwards = Calibration(RANKING.features, (-10.0, 0.0), 0.0)
    by_cosine = Calibration(FEATURES, (0.0, 40.0, 0.0, 0.0), -30.0)
    matcher = hybrid(ranking=backwards, calibration=by_cosine)
    pool = matcher.pool("The price of eggs doubled last year")[0]
    assert matcher.rank(pool)[0].position != 2  # the ranking puts the eggs claim last...
    shown = matcher.shown(pool)
    assert shown[0][0].position == 2 and shown[0][1] >= 0.5  # ...but its score clears 0.5: shown first
    assert [score for _, score in shown] == sorted((score for _, score in shown), reverse=True)


def test_a_claim_the_lexical_matcher_rejects_as_a_substitution_is_capped_here_too() -> None:
    # The stand-in model reads Venezuela as Mexico; the lexical check sees a name no claim uses in its place.
    matcher = HybridMatcher(
        LexicalMatcher(CLAIMS, use_cache=False),
        SemanticMatcher(CLAIMS, WordEncoder({**SYNONYMS, "venezuela": "mexican"})),
    )
    statement = "US drones fly over Venezuela"
    drones = next(c for c in matcher.candidates(statement) if matcher.claims[c.position].id == "drones")
    assert drones.substituted
    assert CALIBRATION.probability(drones.features) > SUBSTITUTION_CAP  # what it would have scored
    assert drones.probability == SUBSTITUTION_CAP
    assert find_matches(matcher, statement) == []
    same = next(c for c in matcher.candidates("US drones fly over Mexican territory") if c.position == drones.position)
    assert not same.substituted and same.probability > 0.5


def test_excluded_claims_are_treated_as_absent() -> None:
    matcher = hybrid()
    statement = "There are US troops in Mexico"
    without = matcher.search(statement, top=5, exclude={"troops"})
    assert without and all(m.claim.id != "troops" for m in without)
    assert all(matcher.claims[c.position].id != "troops" for c in matcher.pool(statement, exclude={"troops"})[0])
    assert matcher.search(statement, top=5, exclude={c.id for c in CLAIMS}) == []


def test_polarity_is_assessed_against_the_closest_wording() -> None:
    matcher = hybrid()
    assert matcher.search("There are no US troops in Mexico", top=1)[0].polarity == "opposite"
    assert matcher.search("There are US troops in Mexico", top=1)[0].polarity == "same"


def test_a_misspelt_statement_is_shown_as_the_lexical_matcher_read_it() -> None:
    # its notes (polarity, differences) and check's "Read as" take the statement as read, as the lexical
    # matcher's do; the hybrid showed the misspelt text
    (match,) = hybrid().search("us drones fly over mexcian territory", top=1)
    assert match.claim.id == "drones" and match.statement == "us drones fly over mexican territory"


def test_blank_statements_and_empty_knowledge_bases_give_nothing() -> None:
    assert hybrid().search("  ", top=3) == []
    assert hybrid([]).search("US troops", top=3) == []


def test_near_duplicates_are_about_wording_as_with_the_lexical_matcher() -> None:
    claims = [*CLAIMS, claim("troops-again", "There are US troops in Mexico.")]
    matcher = hybrid(claims)
    found = near_duplicates(matcher, claims[0])
    assert [c.id for c, _ in found] == ["troops-again"]
    assert found == near_duplicates(matcher.lexical, claims[0])


def test_both_matchers_must_cover_the_same_claims() -> None:
    with pytest.raises(ValueError, match="same claims"):
        HybridMatcher(LexicalMatcher(CLAIMS, use_cache=False), SemanticMatcher(CLAIMS[:2], WordEncoder()))


def test_lexical_logit_is_clipped_and_absent_is_the_floor() -> None:
    assert lexical_logit(None) == -LEXICAL_LOGIT_LIMIT
    assert lexical_logit(0.0) == -LEXICAL_LOGIT_LIMIT
    assert lexical_logit(1.0) == LEXICAL_LOGIT_LIMIT
    assert lexical_logit(0.5) == pytest.approx(0.0)


def test_works_on_a_real_knowledge_base(mini_kb: Path) -> None:
    kb = load_knowledge_base(mini_kb)
    matcher = HybridMatcher(LexicalMatcher(kb.claims, use_cache=False), SemanticMatcher(kb.claims, WordEncoder()))
    assert matcher.search("drones fly over Mexican territory", top=1)[0].claim.id == "drones-over-mexico"


def test_a_claim_checked_twice_is_no_rival_of_itself() -> None:
    # both matchers leave a candidate's twins (same terms) out of its crowd; with a copy of the claim in
    # the file, the copies score alike ("agree" marks a twin of the agreed top too) and about as the claim
    # alone (the copy moves idf a little)
    couple = [
        claim(f"k{i}", f"Kim Kardashian and Kanye West {event}.")
        for i, event in enumerate(("bought a ranch", "met the president", "were robbed in Paris", "sold a house"))
    ]
    divorce = claim("divorce", "Kim Kardashian and Kanye West announced their divorce.")
    again = claim("divorce-again", "Kim Kardashian and Kanye West announced their divorce!")
    statement = "Kim Kardashian and Kanye West are getting a divorce"
    (alone,) = hybrid([divorce, *couple]).search(statement, top=1)
    first, second = hybrid([divorce, again, *couple]).search(statement, top=2)
    assert {first.claim.id, second.claim.id} == {"divorce", "divorce-again"}
    assert first.score == pytest.approx(alone.score, abs=0.05)
    assert second.score == pytest.approx(first.score, abs=0.01)
    # the copies stand out of the semantic crowd exactly as much as the claim alone does
    stand_out = [feature(c.features, "stands_out") for c in hybrid([divorce, again, *couple]).candidates(statement, 2)]
    (single,) = [feature(c.features, "stands_out") for c in hybrid([divorce, *couple]).candidates(statement, 1)]
    assert stand_out == pytest.approx([single, single])


#: the real model reads English only: "5G убивает птиц" (5G kills birds) and "5G вызывает рак" (5G causes cancer)
#: are made of letter-sized pieces it embeds near each other (cosine 0.76); the stand-in confuses them too
CONFUSED = {**SYNONYMS, "убивает": "unread", "вызывает": "unread", "птиц": "unread-2", "рак": "unread-2"}
CLAIMS_5G = [
    claim("5g-cancer", "5G causes cancer"),
    claim("5g-rak", "5G вызывает рак"),
    claim("vaccine-chips", "Vaccines contain microchips"),
    *CLAIMS,
]


def confused_hybrid(claims: list[Claim]) -> HybridMatcher:
    return HybridMatcher(LexicalMatcher(claims, use_cache=False), SemanticMatcher(claims, WordEncoder(CONFUSED)))


def test_a_statement_the_model_cannot_read_gets_the_lexical_matchers_answer() -> None:
    # both matchers put "5G вызывает рак" first (the lexical one for the "5G" they share), and agreement made
    # it a match: 0.74 with the real model in a three-claim file
    matcher = confused_hybrid(CLAIMS_5G)
    statement = "5G убивает птиц"
    shown = [(m.claim.id, m.score) for m in matcher.search(statement, top=3)]
    assert shown == [(m.claim.id, m.score) for m in matcher.lexical.search(statement, top=3)]
    assert shown[0][0] == "5g-rak"
    assert shown[0][1] < DEFAULT_THRESHOLD
    # ... which reads every script: the claim worded as the statement is a match
    assert [m.claim.id for m in find_matches(matcher, "5G вызывает рак", top=1)] == ["5g-rak"]


def test_a_candidate_whose_wording_the_model_cannot_read_scores_at_most_its_lexical_score() -> None:
    matcher = confused_hybrid(CLAIMS_5G)
    # a statement the model reads (13 Latin letters of 16), against a claim it cannot
    by_id = {matcher.claims[c.position].id: c for c in matcher.candidates("5G causes cancer (рак)", POOL)}
    assert by_id["5g-rak"].unread
    assert by_id["5g-rak"].probability <= by_id["5g-rak"].lexical_probability
    assert not by_id["5g-cancer"].unread


def test_a_chinese_claim_naming_someone_in_latin_letters_is_one_the_model_cannot_read() -> None:
    # "Bill Gates说疫苗含有芯片" (Bill Gates said vaccines contain chips) has 9 Latin letters to 7 Han characters:
    # counted by letters the model read it, and "Bill and Melinda Gates Foundation资助研究" (the foundation funds
    # research) was FALSE at 0.90 with the real model (lexical 0.447).  By words, 2 Latin to 7 Han.
    claims = [claim("gates-chips", "Bill Gates说疫苗含有芯片"), claim("moon", "The moon landing was faked")]
    matcher = confused_hybrid(claims)
    (gates,) = [c for c in matcher.candidates("Bill and Melinda Gates Foundation资助研究", POOL) if c.position == 0]
    assert gates.unread
    assert gates.probability <= gates.lexical_probability


#: the real model was trained on English pairs: two Spanish texts come out close for the function words and word
#: pieces they share ("Me gusta la tortilla de maíz." and "La tortilla cuesta 10 pesos el kilo": 0.66, where
#: off-topic Spanish statements sit at 0.47-0.55); the stand-in reads "gusta" and "cuesta" as one meaning
SPANISH_CONFUSED = {**SYNONYMS, "gusta": "cuesta", "maíz": "kilo"}
CLAIMS_TORTILLA = [
    claim("tortilla", "El precio de la tortilla bajó a 10 pesos el kilo", "La tortilla cuesta 10 pesos el kilo"),
    claim("tortilla-en", "Tortillas cost 10 pesos a kilo"),
    *CLAIMS,
]


def test_a_spanish_statement_against_a_spanish_wording_scores_at_most_its_lexical_score() -> None:
    # agreement and the cosine made it a match (0.75 with the real model; the words alone: 0.41)
    claims = CLAIMS_TORTILLA
    matcher = HybridMatcher(
        LexicalMatcher(claims, use_cache=False), SemanticMatcher(claims, WordEncoder(SPANISH_CONFUSED))
    )
    statement = "Me gusta la tortilla de maíz."
    by_id = {matcher.claims[c.position].id: c for c in matcher.candidates(statement, POOL)}
    assert by_id["tortilla"].unread
    assert by_id["tortilla"].probability <= by_id["tortilla"].lexical_probability < DEFAULT_THRESHOLD
    assert find_matches(matcher, statement) == []
    # against an English wording its cosine still counts (the model knows "tortilla" and "pesos"), and an English
    # statement's against a Spanish wording
    assert not by_id["tortilla-en"].unread
    english = {matcher.claims[c.position].id: c for c in matcher.candidates("Tortillas cost 10 pesos a kilo", POOL)}
    assert not english["tortilla"].unread and not english["tortilla-en"].unread
