"""The lexical matcher: two BM25F models fused, then a calibrated score.

Ranking.  Each claim is indexed twice over its fields (claim text, aliases, summary), by words and by
character 4-grams (``lexical_index.py``); candidates are ranked by the fusion of both BM25F scores
(``lexical_scoring.py``).

Score.  BM25 ranks well but its raw value depends on the query, so it cannot carry a
threshold.  The score is a calibrated probability that the candidate is the right fact-check
(``calibration.py``), in two stages:

1. evidence: five features that mean the same for any query and any size of knowledge base
   (how much the statement and the claim's closest wording share: idf-weighted cosines, word
   and character; how much of the BM25 score the statement could reach it reaches; how many
   words they share and how rare the rarest of them is), combined by a logistic model;
2. score: that evidence, and how far it rises above the mean evidence of the next nine
   candidates (``stands_out``).  A statement about Kim Kardashian resembles every fact-check
   about her; the one it refers to stands out of that crowd, while with it missing the best of
   the rest does not.  The crowd is never counted below a fixed floor (its median level on the
   10,375-claim benchmark), so a small knowledge base, where the crowd is thin, gets no bonus
   for it: a lone claim does not "stand out" more than it would in a big pool.  A candidate's
   twins (claims whose own texts have the same terms: the same claim checked twice, common in
   files gathered from several fact-checkers) are not its crowd, or two copies of the right
   claim would hold each other below the threshold; a few candidates beyond the crowd
   (``CROWD_RESERVE``) are scored so that the crowd stays full without them.

Short statements.  A statement a person types means every word: a candidate whose claim says another
thing (another country, year, actor... in the place of the claim's) scores at most ``SUBSTITUTION_CAP``,
a related claim, not a match (``short_statements.py``); so does one whose claim shares with the statement
only who and when (countries, officials, "announced", dates: ``short_statements.says_only_who_and_when``).
Misspelt words of a typed statement are read as the knowledge base's words first (``typos.py``).

Numbers alone are no statement: a query whose terms are all numbers ("10,000", "2025") gets no candidate.
The words of a sentence in another script are terms too (``text._other_script_words``): "5G убивает птиц"
shares "5g" alone with "5G вызывает рак", and its other words, which that claim lacks, count against it.

Order.  ``search`` lists candidates in fused BM25 order, except that those whose score clears
the threshold come first (``calibration.confident_first``); shown scores never increase down
the list.  So a candidate among the ten scored whose own score clears the threshold is always
reported, even when the BM25 order put an unconvincing candidate above it.  Among those, a claim
worded as the statement is (its very terms) comes first (``_worded_alike_first``).

Ties are broken by a hash of the claim's text, never by file order or id, which would favour
whatever comes first (see the benchmark notes on "twin" claims).

Build cost is paid once per knowledge-base content: the index is cached (``lexical_index.py``).
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

import numpy as np

from .calibration import CROWD_RESERVE, Calibration, TwoStageCalibration, confident_first
from .lexical_index import FIELD_WEIGHTS, IDF_REFERENCE_SIZE, INDEX_VERSION, K1, B, LexicalIndex, load_or_build_index
from .lexical_scoring import (
    COSINE_SLACK,
    FUSION,
    Ranking,
    WordingsByTerm,
    char_cosine,
    char_weights,
    near_by_words,
    rank,
    top_positions,
    word_cosine,
    word_weights,
    wording_char_cosine,
)
from .matching import Match, matcher_repr
from .model import Claim, compared_claim, compared_text
from .polarity import (
    OPPOSITE,
    closest_claim_wording,
    closing_verdict_judges,
    polarity,
    says_it_is_fake,
    without_verdict_sentence,
)
from .short_statements import (
    SHORT_STATEMENT_TERMS,
    SUBSTITUTION_CAP,
    TYPED_STATEMENT_TERMS,
    Check,
    adds_a_count,
    knowing_german_function_words,
    said_only_in_hashtags,
    says_another_thing,
    says_much_more,
    says_only_who_and_when,
    substitution_check,
    vocabulary,
)
from .substitution import Vocabulary, analyse
from .text import (
    char_grams,
    drops_german_function_words,
    military_as_troops,
    numbers_written_as,
    plain_styled,
    plain_terms,
    says_german_words,
    script_of,
    stem,
    term_set,
    terms,
    units_by_script,
    without_verdict_framing,
)
from .typos import TYPO_MIN_LETTERS, Speller

# The names this module has always offered, whichever module now holds them (the benchmark, the tests).
__all__ = [
    "CALIBRATION",
    "CROWD_SIZE",
    "DEFAULT_THRESHOLD",
    "FEATURES",
    "FIELD_WEIGHTS",
    "FUSION",
    "IDF_REFERENCE_SIZE",
    "INDEX_VERSION",
    "K1",
    "SHORT_STATEMENT_TERMS",
    "SUBSTITUTION_CAP",
    "TYPED_STATEMENT_TERMS",
    "TYPO_MIN_LETTERS",
    "B",
    "Candidate",
    "Check",
    "LexicalIndex",
    "LexicalMatcher",
    "load_or_build_index",
]

#: the similarity features of a candidate, in the order the evidence stage expects them
FEATURES = (
    "word_cosine",  # idf^2-weighted cosine, statement terms vs the claim's closest wording
    "char_cosine",  # tf-idf cosine of character 4-grams, same pairing
    "bm25_share",  # word BM25 over the most the statement's terms could score
    "shared_terms",  # log(1 + distinct statement terms found in the claim)
    "rarest_shared",  # idf of the rarest shared term over the largest possible idf
)

#: how many next-best candidates form the crowd a candidate is compared with
CROWD_SIZE = 9
_NUMERIC = re.compile(r"[0-9.%]+")

# Fitted by `python bench/checkthat.py --fit-calibration` on the CheckThat! 2020 train split
# (calibration.fit_two_stage): for each query, its ranked candidates with the relevant
# fact-checks in the knowledge base (the first labelled right or wrong) and with them and their
# twins removed (the first labelled wrong); 1,600 rows.  Stage 1 is logistic regression on
# FEATURES of the first candidates; the floor is the median crowd level (mean stage-1 logit of
# the first candidate's crowd: the next nine candidates that are not its twins); stage 2 is
# logistic regression on (evidence, stands out).  5-fold cross-validation on train of the whole
# procedure is printed by --fit-calibration.  Leaving twins out of the crowd (they were counted
# until December 2026) raised cross-validated train "answered right at <= 10 % false match" from
# 71.0 % to 71.6 % (false match at 0.50: 7.4 % -> 6.8 %).
CALIBRATION = TwoStageCalibration(
    evidence=Calibration(features=FEATURES, weights=(3.059, 5.983, 3.898, 2.826, 7.065), bias=-13.064),
    score=Calibration(features=("evidence", "stands_out"), weights=(-0.017, 1.202), bias=-3.651),
    crowd_size=CROWD_SIZE,
    crowd_floor=-3.558,
)
#: default match threshold: the lowest of 0.40, 0.45, 0.50... whose cross-validated false-match rate
#: on the train split is at most 8 % (0.45: 8.8 %; 0.5: 6.8 %, with 68.4 % answered right, candidates
#: clearing it shown first).  Dev is reported, never used to choose: 66.5 % right, 11.2 % false match
#: (bench/checkthat.py --fit-calibration).
DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True)
class Candidate:
    """A ranked claim with the evidence behind its score (for the benchmark and calibration)."""

    position: int  # index of the claim in the knowledge base
    rank_score: float  # the fused BM25 score the ranking uses (1.0 for the best)
    features: tuple[float, ...]  # values of FEATURES (similarity to the statement)
    probability: float  # the calibrated score (at most SUBSTITUTION_CAP when rejected), before ``search`` orders it


#: the least share of a statement's word-sized units in scripts the file's claims are written in for a match to
#: rest on (``LexicalMatcher._unread_capped``), as the semantic model's (``semantic.MIN_READ_SHARE``)
MIN_READ_SHARE = 0.5


class _Read(NamedTuple):
    """A statement as the index reads it (``LexicalMatcher._read``)."""

    judged: str  # the statement without its verdict framing ("It is false that ...")
    word: Counter[int]  # its word terms the index holds (ids), with their counts
    word_unknown: Counter[str]  # those it lacks, with theirs
    framing_denies: bool = False  # its verdict framing denies what it judges ("It is false that ...": ``_read``)
    written: str = ""  # the statement as read, framing and all (``_read``): what a match's polarity is shown of


class _Evidence(NamedTuple):
    """A reading of a statement and its candidates' evidence (``LexicalMatcher._evidence``)."""

    read: _Read
    ranking: Ranking
    positions: list[int]  # the candidates to score, best first
    features: list[tuple[float, ...]]  # their values of FEATURES
    probabilities: list[float]  # calibrated, before the short-statement caps


#: the claims' word for a country's soldiers (``LexicalMatcher._as_claims_say``)
_TROOPS = stem("troops")


#: ``similar_claims`` looks at every claim ``near_by_words`` keeps when they are at most this many (a few, in a file
#: of claims on many subjects), else ranks them at once and looks at the best only, as it does when one of the few is
#: found: 1,000 claims of the same words in other forms and orders (each near all the others by words, none by
#: characters): a cosine of each claim with each other claim.  ``factcheck validate`` of a file of
#: tests/test_similar_claims.py's ``same_words_claims(n)``, CPU time of the whole run (``NEAR_CHECKED`` set to 10**9
#: for "without"; load average 9, 2026-12-06): 1,000 claims 5.9 s without this limit, 2.1 s with it; 500 claims
#: 2.1 s and 1.2 s
NEAR_CHECKED = 50


class LexicalMatcher:
    name = "lexical"

    def __init__(
        self,
        claims: Sequence[Claim],
        threshold: float = DEFAULT_THRESHOLD,
        *,
        calibration: TwoStageCalibration = CALIBRATION,
        use_cache: bool = True,
        index: LexicalIndex | None = None,
        short_statement_terms: int = SHORT_STATEMENT_TERMS,
        typed_statement_terms: int = TYPED_STATEMENT_TERMS,
        correct_typos: bool = True,
    ) -> None:
        """``short_statement_terms``: the longest statement (distinct content words) the substitution
        check applies to; ``typed_statement_terms``: the longest typed statement its names-and-numbers
        part applies to; 0 turns either off (the benchmark compares).  ``correct_typos``: read a typed
        statement's misspelt words as the knowledge base's words (``corrected``)."""
        self.claims: tuple[Claim, ...] = tuple(claims)
        self.threshold = threshold
        self.calibration = calibration
        self.short_statement_terms = short_statement_terms
        self.typed_statement_terms = typed_statement_terms
        self.correct_typos = correct_typos
        self.index: LexicalIndex = index if index is not None else load_or_build_index(self.claims, use_cache=use_cache)
        if self.index.n_docs != len(self.claims):
            raise ValueError(f"the index covers {self.index.n_docs} claims, not {len(self.claims)}")
        self._positions = {claim.id: i for i, claim in enumerate(self.claims)}
        self._tie = np.array([zlib.crc32(c.claim.encode("utf-8", "surrogatepass")) for c in self.claims], np.int64)
        self._speller = Speller(self.claims)

    def __repr__(self) -> str:
        return matcher_repr(self)

    def __getstate__(self) -> dict[str, object]:
        # A matcher goes to worker processes (multiprocessing pickles it).  What is built on first use
        # (the substitution check's vocabulary holds functions of the index, which pickle cannot
        # take) is left out, to be built again there: a matcher that had answered one statement
        # failed to pickle, while a new one pickled.
        state = dict(self.__dict__)
        state.pop("_vocabulary", None)
        return state

    def search(self, query: str, top: int = 5, *, exclude: Collection[str] = ()) -> list[Match]:
        """The ``top`` best candidates for ``query``, best first; claims whose id is in ``exclude`` are skipped.

        Those whose own score clears the threshold come first (``calibration.confident_first``),
        then shown scores are capped to never rise down the list.
        """
        if top < 1:  # order[:top] below would take all but the last candidates for a negative top
            return []
        read = self.corrected(plain_styled(query))  # once: candidates is given what was read
        scored = self.candidates(read, max(top, self.calibration.crowd_size + 1), exclude=exclude, read_typos=False)
        order = confident_first([c.probability for c in scored], self.threshold)
        order = _worded_alike_first(scored, order, self.threshold)
        matches: list[Match] = []
        ceiling = 1.0
        query_terms = set(terms(read))
        for candidate in (scored[i] for i in order[:top]):
            ceiling = min(ceiling, candidate.probability)  # a lower rank never shows a higher score
            claim = self.claims[candidate.position]
            matches.append(
                Match(
                    claim,
                    ceiling,
                    polarity(read, closest_claim_wording(read, query_terms, compared_claim(claim))),
                    statement=read,
                )
            )
        return matches

    def similar_claims(
        self, text: str, *, min_similarity: float, exclude: Collection[str] = (), top: int = 5
    ) -> list[tuple[Claim, float]]:
        """Claims whose wording is nearly ``text``: word and character cosines both at least ``min_similarity``.

        This is similarity of wording (for near-duplicate warnings), not the calibrated "is this
        the fact-check" score: two claims on the same event with different numbers are related,
        not duplicates.

        The answer is that of ``candidates(text, top, exclude=exclude, read_typos=False, as_claims_say=False)``
        kept where ``min(features[0], features[1]) >= min_similarity`` (a claim is spelt as meant), in that order,
        without computing the rest of the candidates' evidence (crowd, calibration, substitution check),
        which took nearly all the time of ``validate`` on a big file.  The ``top`` candidates are ranked
        as ``candidates`` ranks them and both cosines computed by the same code, so claims and values are
        the same.  For a positive ``min_similarity`` most texts are not ranked at all: no claim outside
        ``near_by_words`` can have a word cosine that high, and when none of those has both cosines high
        enough, nothing can be found.
        """
        if top < 1 or not self.claims:
            return []
        read = self._read(text, read_typos=False, closing=False)
        if read is None:
            return []
        judged, q_word, word_unknown = read.judged, read.word, read.word_unknown
        excluded = self._excluded(exclude)
        q_idf2, word_mass = word_weights(self.index.word, q_word, word_unknown)
        near: list[int] | None = None
        if min_similarity > 0:
            near = near_by_words(self.index, self._wordings_by_term, q_word, word_mass, min_similarity, excluded)
            if not near:
                return []
        q_char, char_unknown = self.index.char.lookup(char_grams(judged))
        if not q_word and not q_char:
            return []
        q_char_vector, char_norm = char_weights(self.index.char, q_char, char_unknown)
        rewritten: dict[str, tuple[np.ndarray, float]] = {}
        numbers = self._number_ids(judged)

        def similarity(position: int) -> float:
            word_similarity = word_cosine(self.index, position, q_idf2, word_mass)
            char_similarity = self._char_cosine(position, judged, q_char_vector, char_norm, numbers, rewritten)
            return min(word_similarity, char_similarity)

        if (
            near is not None
            and len(near) <= NEAR_CHECKED
            and all(similarity(position) < min_similarity for position in near)
        ):
            return []  # what is ranked below is among these: none can be found
        ranking = rank(self.index, q_word, q_char, excluded)
        if ranking is None:
            return []
        found: list[tuple[Claim, float]] = []
        for position in top_positions(ranking.fused, top, self._tie):
            value = similarity(position)
            if value >= min_similarity:
                found.append((self.claims[position], value))
        return found

    def candidates(
        self,
        query: str,
        top: int = 5,
        *,
        exclude: Collection[str] = (),
        read_typos: bool = True,
        as_claims_say: bool = True,
    ) -> list[Candidate]:
        """Candidates in fused BM25 order with their features and calibrated probabilities.

        The ``CROWD_SIZE + 1`` best are always scored, whatever ``top``: each candidate's score
        depends on the others' evidence (its twins' aside).  When twins are among the
        ``CROWD_SIZE + 1 + CROWD_RESERVE`` best, all of those are scored, to keep the crowds full.
        ``read_typos``: read a typed statement's misspelt words as the file's (``corrected``); not for
        a claim compared with the others (``similar_claims``), which is spelt as its writer meant.
        ``as_claims_say``: read its soldiers as the claims' troops too, where that finds a fact-check better
        (``_as_claims_say``); not for a claim either, which is read as the index reads it."""
        if top < 1 or not self.claims:
            return []
        typed = self.corrected(query) if read_typos else query  # its misspelt words read once, for both readings
        read = self._read(typed, read_typos=False)
        if read is None:
            return []
        excluded = self._excluded(exclude)
        evidence = self._evidence(read, top, excluded)
        evidence = self._closing_verdict_read(typed, top, excluded, evidence)
        if as_claims_say:
            evidence = self._as_claims_say(read, top, excluded, evidence)
        if evidence is None:
            return []
        read, ranking, positions, features, probabilities = evidence
        probabilities = self._substitutions_capped(read, positions, probabilities)
        probabilities = self._counts_of_another_claim_capped(read, positions, features, probabilities)
        probabilities = self._unread_capped(read, probabilities)
        scored = [
            Candidate(position, float(ranking.fused[position]), values, probability)
            for position, values, probability in zip(positions, features, probabilities, strict=True)
        ]
        return scored[:top]

    def corrected(self, query: str) -> str:
        """The statement with its misspelt words read as the knowledge base's words ("us troops in mexcio" ->
        "us troops in mexico"), when it is typed by a person and not long (``typos.Speller.corrected``)."""
        if not self.correct_typos:
            return query
        return self._speller.corrected(query, self.index.word.index)

    def twin_keys(self, positions: Sequence[int]) -> list[bytes]:
        """Per claim, a key equal for twins (claims worded alike): the index's terms of its own text
        (``text.term_set``, as ids).  A claim whose text has no terms (its aliases carry it) is nobody's twin."""
        return self.index.twin_keys(positions)

    # -- reading a statement, choosing and scoring candidates ---------------------------------------

    def _read(self, query: str, *, read_typos: bool, closing: bool = True) -> _Read | None:
        """The statement judged (``without_verdict_framing``), its known term ids and the terms the index lacks,
        with their counts; None for a statement of numbers only.  Read without a verdict closing it too ("X is
        fake news" as "X", which ``_closing_verdict_read`` checks), unless ``closing`` is False: a claim compared
        with the others is read as written ("Man-made climate change is a hoax")."""
        read = self.corrected(query) if read_typos else query
        # what "It is false that ..." says is false; "X. That is false." judges X, whose words alone are matched (the
        # verdict sentence's "false", "lie", "fake news" found another claim: "There are US troops in Mexico. That is
        # false." 0.41 for a claim on equipment, X alone 0.88 for its own, polar107)
        judged = self._judged(read, closing=closing)
        reading = self._reading(judged)
        if reading is None or judged == read:
            return reading if reading is None else reading._replace(written=read)
        # "It is false that Canada, not Mexico, approved 19 US Navy SEALs ...": a denial of the claim's actor in what
        # it judges says the claim's opposite, the framing's denial again its opposite (the substitution check's cap
        # stays: ``short_statements.says_another_thing``)
        return reading._replace(framing_denies=polarity(read, judged) == OPPOSITE, written=read)

    def _closing_verdict_read(
        self, query: str, top: int, excluded: list[int], evidence: _Evidence | None
    ) -> _Evidence | None:
        """``evidence`` (``query``, as read for typos, read without a verdict closing it: "X is fake news" as "X"),
        unless the statement as written finds first a claim that calls something fake in its own words
        (``polarity.says_it_is_fake``): then its evidence as written.  Read without its verdict, "The COVID vaccine
        is fake" is its subject alone, which any claim about that vaccine says more of: beside the FALSE "The COVID
        vaccine is fake.", it matched TRUE "The COVID vaccine was approved by the FDA" (0.98), and "The moon landing
        was a hoax" TRUE "The first moon landing took place in July 1969" (0.89; 0.60 as written) beside "NASA faked
        the moon landing" (found by the review of 9d59b9f).  As written, "US troops in Mexico is fake news" found a
        claim through the "News" of "NBC News" (0.55), and "Marines landed in Mexico in 2025 is a hoax" nothing."""
        if evidence is None:
            return None
        written = without_verdict_sentence(without_verdict_framing(query, closing=False))
        if written == evidence.read.judged:
            return evidence  # no verdict closes it
        as_written = self._reading(written)
        alternative = self._evidence(as_written, top, excluded) if as_written is not None else None
        if alternative is None:
            return evidence
        best = self.claims[alternative.positions[int(np.argmax(alternative.probabilities))]]
        if any(says_it_is_fake(wording) for wording in (best.claim, *best.aliases)):
            return alternative
        found = self.claims[evidence.positions[int(np.argmax(evidence.probabilities))]]
        judged = any(closing_verdict_judges(written, wording) for wording in (found.claim, *found.aliases))
        if not judged and max(alternative.probabilities) > max(evidence.probabilities):
            # what the clause alone found is no claim the verdict judges, and the statement as written finds a more
            # probable one (56b27b2's fallback, compared before the caps: "The Mérida Initiative kept US troops out of
            # Mexico is fake news" still shows the Initiative's cost claim, its clause's best capped afterwards)
            return alternative
        return evidence

    @staticmethod
    def _judged(read: str, *, closing: bool) -> str:
        """What ``read`` judges (``without_verdict_framing``), without a verdict sentence closing it too
        (``polarity.without_verdict_sentence``: "X. That is false." as "X."), unless ``closing`` is False."""
        judged = without_verdict_framing(read, closing=closing)
        return without_verdict_sentence(judged) if closing else judged

    def _reading(self, judged: str) -> _Read | None:
        """``judged`` as the index reads it (``_read``)."""
        statement_terms = terms(judged)
        if statement_terms and all(_NUMERIC.fullmatch(term) for term in statement_terms):
            # numbers alone are no statement: before words of other scripts were read, a sentence in Arabic
            # ("هناك أكثر من 10000 جندي ...") kept only its "10000" and matched a claim of 10,000 troops
            return None
        q_word, word_unknown = self.index.word.lookup(statement_terms)
        return _Read(judged, q_word, word_unknown)

    def _evidence(self, read: _Read, top: int, excluded: list[int]) -> _Evidence | None:
        """The candidates to score for a reading of the statement, their features and calibrated probabilities
        (before the short-statement caps); None when no claim shares anything with it."""
        q_char, char_unknown = self.index.char.lookup(char_grams(read.judged))
        if not read.word and not q_char:
            return None
        ranking = rank(self.index, read.word, q_char, excluded)
        if ranking is None:
            return None
        positions, twins = self._to_score(ranking.fused, top)
        features = self._features(positions, ranking, read, q_char, char_unknown)
        return _Evidence(read, ranking, positions, features, self.calibration.probabilities(features, twins))

    def _as_claims_say(
        self, read: _Read, top: int, excluded: list[int], evidence: _Evidence | None
    ) -> _Evidence | None:
        """The evidence of the statement read with its soldiers named as the claims name them ("The US military is
        in Mexico" as "The US troops is in Mexico": ``text.military_as_troops``) where its best candidate is more
        probable than the best of ``evidence`` (the statement as written), else ``evidence``.

        Read so, "The US military is in Mexico" finds "There are US troops in Mexico" (0.88; 0.03 as written).
        Both readings are tried, as "military" is also a claim's own word: read only as "troops", a statement
        worded as the claim "The US military is in Mexico" lost it (1.00 -> 0.66) and matched "US drones fly over
        Mexico".  Nor are the claims read so: "troops" grew commoner in the starter file, and a paraphrase saying
        it ("Are there American troops in Mexico?") fell below the threshold with the hybrid matcher.  Only where
        a claim says "troops".  The readings are compared before the short-statement caps, so that a matcher
        without them (the hybrid matcher's ``_unchecked``) chooses the same reading."""
        troops = military_as_troops(read.judged)
        if troops == read.judged or _TROOPS not in self.index.word.index:
            return evidence
        other = self._reading(troops)
        alternative = self._evidence(other, top, excluded) if other is not None else None
        if alternative is None:
            return evidence
        if evidence is None or max(alternative.probabilities) > max(evidence.probabilities):
            return alternative
        return evidence

    def _excluded(self, exclude: Collection[str]) -> list[int]:
        """The positions of the claims ``exclude`` names (ids the knowledge base lacks aside)."""
        return [self._positions[i] for i in exclude if i in self._positions]

    def _to_score(self, fused: np.ndarray, top: int) -> tuple[list[int], list[bytes]]:
        """The positions of the candidates to score, best first, with their twin keys: the ``top`` best, and
        at least the crowd of the first (``CROWD_SIZE + 1``); the ``CROWD_RESERVE`` next too when twins are
        among them, to keep every crowd full without its twins."""
        crowded = self.calibration.crowd_size + 1
        ranked = top_positions(fused, max(top, crowded + CROWD_RESERVE), self._tie)
        twins = self.twin_keys(ranked)
        if len(set(twins[: crowded + CROWD_RESERVE])) == len(twins[: crowded + CROWD_RESERVE]):
            # no twins: no crowd reaches into the reserve, so it need not be scored
            ranked, twins = ranked[: max(top, crowded)], twins[: max(top, crowded)]
        return ranked, twins

    def _features(
        self, positions: list[int], ranking: Ranking, read: _Read, q_char: Counter[int], char_unknown: Counter[str]
    ) -> list[tuple[float, ...]]:
        """The values of ``FEATURES`` for each candidate."""
        word = self.index.word
        word_ids = np.fromiter(read.word.keys(), dtype=np.int64, count=len(read.word))
        q_idf2, word_mass = word_weights(word, read.word, read.word_unknown)
        q_char_vector, char_norm = char_weights(self.index.char, q_char, char_unknown)
        # the word BM25 score of a claim holding every statement term at an infinite frequency
        bm25_ceiling = (K1 + 1) * (float(word.idf[word_ids].sum()) + len(read.word_unknown) * word.max_idf)
        rewritten: dict[str, tuple[np.ndarray, float]] = {}  # for ``_char_cosine``, each rewriting once
        numbers = self._number_ids(read.judged)
        return [
            (
                word_cosine(self.index, position, q_idf2, word_mass),
                self._char_cosine(position, read.judged, q_char_vector, char_norm, numbers, rewritten),
                float(ranking.word_scores[position]) / bm25_ceiling if bm25_ceiling > 0 else 0.0,
                math.log1p(float(ranking.shared[position])),
                float(ranking.rarest[position]) / word.max_idf,
            )
            for position in positions
        ]

    def _number_ids(self, statement: str) -> frozenset[int]:
        """The word index's ids of the statement's number terms (``_char_cosine``)."""
        vocabulary = self.index.word.index
        return frozenset(vocabulary[term] for term in term_set(statement) if term.isdigit() and term in vocabulary)

    def _char_cosine(
        self,
        position: int,
        statement: str,
        q_vector: np.ndarray,
        q_norm: float,
        numbers: frozenset[int],
        rewritten: dict[str, tuple[np.ndarray, float]],
    ) -> float:
        """The character cosine of the statement and the claim's closest wording, each wording compared with the
        statement's numbers written as that wording writes the same number (``text.numbers_written_as``): the word
        terms read "10000", "10,000", "10k" and "Ten thousand" alike, but their n-grams share nothing, so the same
        statement scored 0.58, 0.75 or 0.97 against the claim of 10,000 US troops in Mexico by how its number was
        written.  Only the same value is so rewritten ("1,000" stays apart from "10,000"), and only in this cosine
        (here and in the near-duplicate search, ``similar_claims``): the ranking reads the n-grams as written.
        ``numbers``: the ids of the statement's number terms (``_number_ids``); a wording whose terms in the index
        hold none of them is not rewritten for, the wording's text not read again (it cost +22-29 % on 2,000
        statements with numbers).  ``rewritten``: the statement's vectors by rewriting, shared by the candidates."""
        best = char_cosine(self.index, position, q_vector, q_norm)
        if not numbers:
            return best
        claim = self.claims[position]
        word = self.index.word
        for wording, text in zip(self.index.wording_range(position), (claim.claim, *claim.aliases), strict=True):
            if numbers.isdisjoint(word.wterms[word.wptr[wording] : word.wptr[wording + 1]].tolist()):
                continue
            # how the wording writes the number is read from its first MAX_COMPARED_CHARS: all of a 5 MB claim,
            # read for every statement, took 20 s
            as_wording = numbers_written_as(statement, compared_text(text))
            if as_wording is None:
                continue
            if as_wording not in rewritten:
                q_char, char_unknown = self.index.char.lookup(char_grams(as_wording))
                rewritten[as_wording] = char_weights(self.index.char, q_char, char_unknown)
            best = max(best, wording_char_cosine(self.index, wording, *rewritten[as_wording]))
        return best

    def _check(self, read: _Read) -> Check | None:
        """The substitution check the statement gets (``short_statements.substitution_check``)."""
        distinct_terms = len(read.word) + len(read.word_unknown)
        if drops_german_function_words(read.judged):
            # counted with its function words, as before they were stop words (``text.plain_terms``): the check a
            # German statement gets is the one it got, "Die Amerikaner haben 10.000 Soldaten nach Mexiko entsandt"
            # (8 terms so) the names-and-numbers check, not the whole one (5), which capped its claim at 0.2
            distinct_terms = len(set(plain_terms(read.judged)))
        return substitution_check(read.judged, distinct_terms, self.short_statement_terms, self.typed_statement_terms)

    def _counts_of_another_claim_capped(
        self, read: _Read, positions: list[int], features: list[tuple[float, ...]], probabilities: list[float]
    ) -> list[float]:
        """The probabilities, each capped at ``SUBSTITUTION_CAP`` where a confident candidate is worded as the
        statement (its very terms) and the candidate's claim says all that and a count besides
        (``short_statements.adds_a_count``): "There are US troops in Mexico" is the claim so worded, not "There
        are more than 10,000 US troops deployed in Mexico", which the file tells from it by its number; and where the
        statement says at most half of the candidate's claim (``short_statements.says_much_more``): another fact
        holding the statement's words.  For the statements that get a substitution check (typed or short), as
        that check is."""
        alike = [
            i
            for i, (values, p) in enumerate(zip(features, probabilities, strict=True))
            if p >= self.threshold and values[0] >= 1 - COSINE_SLACK
        ]
        if not alike or self._check(read) in (None, Check.ACTORS):
            return probabilities  # a long typed statement gets only the actors' check
        query_terms = self._query_terms(read)
        return [
            SUBSTITUTION_CAP
            if p > SUBSTITUTION_CAP
            and i not in alike
            and (
                adds_a_count(read.judged, query_terms, compared_claim(self.claims[position]))
                or says_much_more(read.judged, query_terms, compared_claim(self.claims[position]), self._idf)
            )
            else p
            for i, (position, p) in enumerate(zip(positions, probabilities, strict=True))
        ]

    def _unread_capped(self, read: _Read, probabilities: list[float]) -> list[float]:
        """The probabilities, each capped at ``SUBSTITUTION_CAP`` where the file cannot read most of the statement:
        less than ``MIN_READ_SHARE`` of its word-sized units (``text.units_by_script``) are in scripts the file's
        claims are written in.  The match then rests on the little it shares, a name mostly: "Bill Gates说AI很重要"
        ("Bill Gates said AI matters") was shown as "Bill Gates is a billionaire" (0.89) in a file with no Chinese,
        by the name alone.  The semantic matcher caps a statement its model cannot read the same way
        (``semantic.UNREAD_CAP``)."""
        if read.judged.isascii():
            return probabilities  # most statements: nothing to read for scripts
        units = units_by_script(read.judged)
        unread = sum(script not in self._scripts for script in units)
        if len(units) - unread >= MIN_READ_SHARE * len(units):
            return probabilities
        return [min(p, SUBSTITUTION_CAP) for p in probabilities]

    @cached_property
    def _scripts(self) -> frozenset[str]:
        """The scripts the file's claims are written in (their terms' letters; Latin always)."""
        letters = {char for term in self.index.word.vocab if not term.isascii() for char in term if char.isalpha()}
        return frozenset({"LATIN"} | {script_of(char) for char in letters})

    def _query_terms(self, read: _Read) -> set[str]:
        """The statement's terms, those the index knows and those it lacks."""
        return {self.index.word.vocab[t] for t in read.word} | set(read.word_unknown)

    def term_idf(self, term: str) -> float:
        """A term's idf in the index; the largest for a term no claim has."""
        return self._idf(term)

    def claims_holding(self, term: str) -> list[Claim]:
        """The claims a wording of which (the claim's text or an alias) holds the term, from the term's postings:
        scan's no-detail sentences ask for their rarest term's claims alone, not the whole file."""
        position = self.index.word.index.get(term)
        if position is None:
            return []
        by_term = self._wordings_by_term
        wordings = by_term.wordings[by_term.term_ptr[position] : by_term.term_ptr[position + 1]]
        return [self.claims[i] for i in np.unique(by_term.claim_of_wording[wordings]).tolist()]

    def _idf(self, term: str) -> float:
        """A term's idf in the index; the largest for a term no claim has."""
        word = self.index.word
        position = word.index.get(term)
        return word.max_idf if position is None else float(word.idf[position])

    def _substitutions_capped(self, read: _Read, positions: list[int], probabilities: list[float]) -> list[float]:
        """The probabilities, each capped at ``SUBSTITUTION_CAP`` where the statement gets a substitution check
        (``short_statements.py``) and the candidate's claim says another thing."""
        worth_checking = max(probabilities, default=0.0) > SUBSTITUTION_CAP
        if not worth_checking:
            return probabilities  # nothing to cap: the statement is not stemmed again to choose its check
        check = self._check(read)
        if check is None:
            return probabilities
        statement = analyse(read.judged)  # "myth" in "It's a myth that ..." stands in no claim word's place
        # and the German function words the checks read (``text.plain_terms``): a German claim's own wording is
        # every term of its statement ("Österreich hatte im Februar 2025 keine Regierung"), no reply of who and when
        query_terms = self._query_terms(read) | set(plain_terms(read.judged))
        known = self._vocabulary
        if says_german_words(read.judged):
            # whether or not they are stop words of the statement: no distinctive words of it, as they were while the
            # file's German claims had them as terms ("Nicht 10.000 US-Soldaten in Mexiko", read as English, counted
            # "nicht" a word no claim says and capped its claim)
            known = knowing_german_function_words(known)
        # a long typed statement gets the actors' check alone (``Check.ACTORS``): it says more than who and when
        whole = check is not Check.ACTORS
        return [
            SUBSTITUTION_CAP
            if p > SUBSTITUTION_CAP
            and (
                (
                    whole
                    and (
                        said_only_in_hashtags(read.judged, compared_claim(self.claims[position]))
                        or says_only_who_and_when(
                            read.judged, query_terms, compared_claim(self.claims[position]), known
                        )
                    )
                )
                or says_another_thing(
                    read.judged,
                    statement,
                    query_terms,
                    compared_claim(self.claims[position]),
                    known,
                    check,
                    framing_denies=read.framing_denies,
                    written=read.written or read.judged,
                )
            )
            else p
            for position, p in zip(positions, probabilities, strict=True)
        ]

    @cached_property
    def _vocabulary(self) -> Vocabulary:
        """The substitution check's vocabulary of this knowledge base (``short_statements.vocabulary``)."""
        return vocabulary(self.index, self.claims)

    @cached_property
    def _wordings_by_term(self) -> WordingsByTerm:
        """For ``near_by_words``, built when a near-duplicate search first needs it."""
        return WordingsByTerm.of(self.index)


def _worded_alike_first(scored: Sequence[Candidate], order: list[int], threshold: float) -> list[int]:
    """``order`` with the confident candidates worded as the statement is (the same terms: word cosine 1)
    first.  BM25F ranks a claim whose summary and aliases repeat the statement's words above the claim
    worded exactly as the statement: in a four-claim file "There are US troops in Mexico" listed "There
    are more than 10,000 US troops deployed in Mexico" first and its own claim second, shown at the
    first's score (scores never rise down the list)."""
    alike = [i for i in order if scored[i].probability >= threshold and scored[i].features[0] >= 1 - COSINE_SLACK]
    return alike + [i for i in order if i not in alike] if alike else order
