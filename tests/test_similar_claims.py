"""``LexicalMatcher.similar_claims`` (near-duplicate warnings) gives exactly what it gave when it read the two
cosines off ``candidates()``: the same claims, the same values, in the same order.  Its own path ranks only the
texts that may have a near-duplicate (``lexical_scoring.near_by_words``) and computes no calibrated evidence."""

from __future__ import annotations

import random
from collections.abc import Callable, Collection
from itertools import chain
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import lexical
from factcheck.lexical import LexicalMatcher
from factcheck.lexical_scoring import (
    WordingsByTerm,
    char_cosine,
    char_weights,
    near_by_words,
    word_cosine,
    word_weights,
)
from factcheck.matching import NEAR_DUPLICATE_SCORE, near_duplicates
from factcheck.model import Claim, KnowledgeBase, Verdict
from factcheck.store import load_knowledge_base
from factcheck.text import char_grams
from factcheck.validation import near_duplicate_warnings

REPO = Path(__file__).parent.parent
THRESHOLDS = (0.9, 0.75, 0.5, 0.2, 0.0)


def by_candidates(
    matcher: LexicalMatcher, text: str, *, min_similarity: float, exclude: Collection[str] = (), top: int = 5
) -> list[tuple[Claim, float]]:
    """What ``similar_claims`` was: ``candidates()`` with all their evidence, of which it read two cosines."""
    found: list[tuple[Claim, float]] = []
    for candidate in matcher.candidates(text, top, exclude=exclude, read_typos=False, as_claims_say=False):
        similarity = min(candidate.features[0], candidate.features[1])
        if similarity >= min_similarity:
            found.append((matcher.claims[candidate.position], similarity))
    return found


def same_answers(
    matcher: LexicalMatcher, text: str, min_similarity: float, exclude: Collection[str] = (), top: int = 5
) -> None:
    new = matcher.similar_claims(text, min_similarity=min_similarity, exclude=exclude, top=top)
    old = by_candidates(matcher, text, min_similarity=min_similarity, exclude=exclude, top=top)
    assert new == old  # the same claims and exactly the same values, in the same order
    assert [(c.id, round(s, 4)) for c, s in new] == [(c.id, round(s, 4)) for c, s in old]


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("validate_speed")


def test_starter_claims_against_each_other_and_their_own_wordings() -> None:
    claims = load_knowledge_base(REPO / "claims.yaml").claims
    matcher = LexicalMatcher(claims, use_cache=False)
    for claim in claims:
        for text in (claim.claim, *claim.aliases, claim.summary or ""):
            for threshold in THRESHOLDS:
                same_answers(matcher, text, threshold, exclude=(claim.id,))
            same_answers(matcher, text, 0.5)  # itself included
            same_answers(matcher, text, 0.0, top=12)


def test_a_generated_file_with_near_duplicates(bench: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(bench.claims_yaml(600, seed=3), encoding="utf-8")
    claims = load_knowledge_base(path).claims
    matcher = LexicalMatcher(claims, use_cache=False)
    found = 0
    for claim in claims:
        found += len(matcher.similar_claims(claim.claim, min_similarity=0.9, exclude=(claim.id,)))
        same_answers(matcher, claim.claim, 0.9, exclude=(claim.id,))
    for claim in claims[:150]:
        for threshold in (0.75, 0.3, 0.0):
            same_answers(matcher, claim.claim, threshold, exclude=(claim.id,))
    assert found >= 20  # the check had work: pairs were found


def test_more_twins_than_the_top_are_cut_as_the_ranking_cuts_them() -> None:
    """Eight copies of one text: all eight pass the cosines, the five ranked first are reported."""
    texts = ["Drones fly over the border every night.", "DRONES FLY OVER THE BORDER EVERY NIGHT!"] * 4
    claims = [Claim(id=f"c{i}", claim=text, verdict=Verdict.FALSE) for i, text in enumerate(texts)]
    claims.append(Claim(id="other", claim="Troops crossed the river at dawn.", verdict=Verdict.TRUE))
    matcher = LexicalMatcher(claims, use_cache=False)
    for top in (1, 3, 5, 10):
        same_answers(matcher, texts[0], 0.9, exclude=("c0",), top=top)
    assert len(matcher.similar_claims(texts[0], min_similarity=0.9, exclude=("c0",))) == 5


@pytest.mark.parametrize(
    "text",
    ["", "   ", "2025", "10,000 2025", "the of and", "It is false that drones fly", "zzzz qqqq", "Drones!"],
)
def test_edge_statements(text: str) -> None:
    claims = [
        Claim(id="a", claim="Drones fly over the border every night.", verdict=Verdict.FALSE),
        Claim(id="b", claim="Drones fly over the border every night!", verdict=Verdict.FALSE, aliases=("Drones",)),
        Claim(id="c", claim="10,000 troops arrived in 2025.", verdict=Verdict.TRUE),
    ]
    matcher = LexicalMatcher(claims, use_cache=False)
    for threshold in (*THRESHOLDS, 1.0, 1.5, -1.0, float("nan")):
        same_answers(matcher, text, threshold)
        same_answers(matcher, text, threshold, exclude=("a", "missing"))


WORDS = "troops border senate mayor river bridge drones fly over the night mexico us of in and 2025 10,000".split()
_texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=9).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(_texts, st.lists(_texts, max_size=2), st.booleans()), min_size=1, max_size=12),
    _texts,
    st.sampled_from((*THRESHOLDS, 0.95, 1.0)),
    st.integers(min_value=1, max_value=6),
    st.data(),
)
def test_the_same_as_candidates_on_random_files(
    rows: list[tuple[str, list[str], bool]], text: str, threshold: float, top: int, data: st.DataObject
) -> None:
    claims = [
        Claim(
            id=f"c{i}", claim=claim, verdict=Verdict.FALSE, aliases=tuple(aliases), summary=claim if summary else None
        )
        for i, (claim, aliases, summary) in enumerate(rows)
    ]
    matcher = LexicalMatcher(claims, use_cache=False)
    query = data.draw(st.sampled_from([text, *(c.claim for c in claims)]))
    exclude = data.draw(st.lists(st.sampled_from([c.id for c in claims]), max_size=2))
    same_answers(matcher, query, threshold, exclude=exclude, top=top)
    # the pre-filter keeps every claim whose word cosine reaches the threshold
    read = matcher._read(query, read_typos=False)
    if read is not None and threshold > 0:
        q_word, unknown = read.word, read.word_unknown
        index = matcher.index
        q_idf2, mass = word_weights(index.word, q_word, unknown)
        near = set(near_by_words(index, WordingsByTerm.of(index), q_word, mass, threshold, matcher._excluded(exclude)))
        reaching = {p for p in range(len(claims)) if word_cosine(index, p, q_idf2, mass) >= threshold}
        assert reaching - {matcher._positions[i] for i in exclude} <= near
        # and only claims within the slack of it (it reads the postings of the statement's rarest terms alone)
        assert all(word_cosine(index, p, q_idf2, mass) >= threshold - 1e-6 for p in near)


# -- validate's near-duplicate warnings against the simple pairwise check (perf14) ----------------------------


def pairwise_warnings(claims: list[Claim], min_similarity: float = NEAR_DUPLICATE_SCORE) -> list[str]:
    """The simple way, every claim's text against every other claim (both cosines, as ``similar_claims``
    measures them), each pair once, from the first claim in file order that finds it: what validate's
    fast path (a ranking pruned by ``near_by_words``, the five best) must equal while no claim has more
    than five others."""
    matcher = LexicalMatcher(claims, use_cache=False)
    index = matcher.index
    warnings: list[str] = []
    seen: set[frozenset[str]] = set()
    for claim in claims:
        read = matcher._read(claim.claim, read_typos=False, closing=False)
        if read is None:
            continue
        judged, q_word, word_unknown = read.judged, read.word, read.word_unknown
        q_idf2, word_mass = word_weights(index.word, q_word, word_unknown)
        q_char, char_unknown = index.char.lookup(char_grams(judged))
        if not q_word and not q_char:
            continue
        q_vector, char_norm = char_weights(index.char, q_char, char_unknown)
        for position, other in enumerate(matcher.claims):
            pair = frozenset((claim.id, other.id))
            if other.id == claim.id or pair in seen:
                continue
            word = word_cosine(index, position, q_idf2, word_mass)
            similarity = min(word, char_cosine(index, position, q_vector, char_norm))
            if similarity >= min_similarity:
                seen.add(pair)
                warnings.append(
                    f"claim {claim.id!r} looks like a near-duplicate of {other.id!r} (similarity {similarity:.2f})"
                )
    return warnings


def fast_warnings(claims: list[Claim]) -> list[str]:
    matcher = LexicalMatcher(claims, use_cache=False)
    kb = KnowledgeBase(tuple(claims), "claims.yaml")
    return [p.message for p in near_duplicate_warnings(kb, lambda claim: near_duplicates(matcher, claim))]


_NEAR_WORDS = "troops border senate mayor river bridge drones fly over the night mexico us of in 2025 10,000".split()


@st.composite
def _near_duplicate_files(draw: st.DrawFn) -> list[Claim]:
    """Up to six claims, many of them an earlier one reworded: other case or punctuation, a word dropped or added."""
    texts: list[str] = []
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        if texts and draw(st.booleans()):
            words = draw(st.sampled_from(texts)).rstrip(".!").split()
            change = draw(st.sampled_from(["upper", "bang", "drop", "add"]))
            if change == "drop" and len(words) > 1:
                del words[draw(st.integers(min_value=0, max_value=len(words) - 1))]
            elif change == "add":
                words.insert(draw(st.integers(min_value=0, max_value=len(words))), draw(st.sampled_from(_NEAR_WORDS)))
            text = " ".join(words).upper() if change == "upper" else " ".join(words)
            texts.append(text + ("!" if change == "bang" else "."))
        else:
            texts.append(" ".join(draw(st.lists(st.sampled_from(_NEAR_WORDS), min_size=1, max_size=12))) + ".")
    aliases = draw(st.lists(st.sampled_from([(), (texts[0],), ("Drones fly over the border.",)]), min_size=len(texts)))
    return [Claim(id=f"c{i}", claim=text, verdict=Verdict.FALSE, aliases=aliases[i]) for i, text in enumerate(texts)]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_near_duplicate_files())
def test_validate_warns_of_the_pairs_the_pairwise_check_finds(claims: list[Claim]) -> None:
    assert sorted(fast_warnings(claims)) == sorted(pairwise_warnings(claims))
    assert len(set(fast_warnings(claims))) == len(fast_warnings(claims))  # each pair once


def test_a_generated_file_warns_as_the_pairwise_check(bench: ModuleType, tmp_path: Path) -> None:
    # 400 claims: the pairwise check is quadratic (2,000 take a minute; they were checked once, equal too)
    path = tmp_path / "claims.yaml"
    path.write_text(bench.claims_yaml(400, seed=11), encoding="utf-8")
    claims = list(load_knowledge_base(path).claims)
    pairwise = pairwise_warnings(claims)
    assert len(pairwise) >= 15  # the check had work
    assert sorted(fast_warnings(claims)) == sorted(pairwise)


# -- claims that all share the same words (perf47) -------------------------------------------------------------

_FORMS = [
    forms.split("/")
    for forms in (
        "troops/troop/trooper/troopers deployed/deploying/deploys/deploy patrols/patrolling/patrolled/patrol "
        "guards/guarding/guarded/guard approved/approving/approves/approve reports/reported/reporting/report "
        "walls/walled/wall/walling drones/drone/droning/droned marines/marine camps/camped/camping/camp "
        "borders/bordered/bordering/border"
    ).split()
]


def same_words_claims(count: int, seed: int = 5) -> list[Claim]:
    """``count`` claims of the same eleven terms, each word in another form and the words in another order: every
    claim's word cosine with every other is 1, their character cosines differ (most are no near-duplicates)."""
    rng = random.Random(seed)
    texts: dict[str, None] = {}
    while len(texts) < count:
        words = [rng.choice(forms) for forms in _FORMS]
        rng.shuffle(words)
        texts[" ".join(words).capitalize() + "."] = None
    return [Claim(id=f"s{i}", claim=text, verdict=Verdict.FALSE) for i, text in enumerate(texts)]


def test_claims_sharing_every_word_are_not_each_compared_with_every_other(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every claim is near every other by words, so ``near_by_words`` keeps them all: a cosine of each claim with
    each other claim (the figures by ``NEAR_CHECKED``).  Beyond ``NEAR_CHECKED`` the
    ranking's five best are compared only, with the same answers as the candidates' evidence gives."""
    claims = same_words_claims(150)
    # copies differing in punctuation or case: three claims near-duplicates of one another, all found (not the best)
    copies = [(text.rstrip(".") + "!", text.upper()) for text in (claims[i].claim for i in (3, 70, 141))]
    claims += [
        Claim(id=f"copy{i}", claim=text, verdict=Verdict.FALSE) for i, text in enumerate(chain.from_iterable(copies))
    ]
    matcher = LexicalMatcher(claims, use_cache=False)
    compared: list[int] = []
    real = lexical.word_cosine

    def counting(*args: Any) -> float:
        compared.append(1)
        return real(*args)

    most = found_most = 0
    for claim in claims:
        compared.clear()
        monkeypatch.setattr(lexical, "word_cosine", counting)
        found = matcher.similar_claims(claim.claim, min_similarity=NEAR_DUPLICATE_SCORE, exclude=(claim.id,))
        most = max(most, len(compared))
        monkeypatch.setattr(lexical, "word_cosine", real)
        expected = by_candidates(matcher, claim.claim, min_similarity=NEAR_DUPLICATE_SCORE, exclude=(claim.id,))
        assert found == expected
        found_most = max(found_most, len(found))
    assert found_most == 2  # a copy's two others: all found, not the best only
    assert most <= 5  # the five best (before: up to 79 of the 149 claims near by words, one by one)
    assert sorted(fast_warnings(claims)) == sorted(pairwise_warnings(claims))
