"""The hybrid matcher: the lexical and the semantic matcher together.

The two fail differently.  The lexical matcher (``lexical.py``) finds a fact-check that shares the
statement's rare words, names and numbers, but not one worded otherwise ("American boots on Mexican
soil" against "US troops are deployed in Mexico"); the semantic matcher (``semantic.py``) finds
paraphrases but is drawn to any fact-check on the same subject.  Together:

Candidates.  The best ``POOL`` of each matcher (with the same ``exclude``), merged.

Ranking.  A linear blend of the candidate's cosine (semantic) and its fused BM25 over the best
candidate's (lexical; 0 outside the lexical matcher's best ``POOL``), the latter weighed by how
convinced the lexical matcher is by its best candidate (the square root of its score: train MAP@5
0.915 -> 0.920 in cross-validation), with weights fitted on the CheckThat! 2020 train split by logistic
regression of "is this candidate the fact-check" (``RANKING``).

Score.  A logistic model (``CALIBRATION``) on four features of the candidate: the lexical matcher's
calibrated score (as a logit), the cosine, how far the cosine stands out of the semantic crowd (as in
``semantic.py``, the crowd counted at most ``CROWD_CEILING``, the densest the fit saw), and whether
both matchers put this claim first.  That agreement is the strongest single sign of a right answer: on
the CheckThat! train posts, when the fact-check is in the file the two tops agree for 78 % of statements
and are then right 98 % of the time; with it removed they agree for 14 %.  Two claims worded alike
(twins that differ only in punctuation) count as the same claim for agreement.  As in the lexical
matcher, candidates whose score clears the threshold are shown first (``calibration.confident_first``)
and shown scores never rise down the list.

Short statements about something else.  "US drones fly over Venezuela" is close in meaning to "US
drones fly over Mexican territory", and both matchers put that claim first; the lexical matcher's
substitution check (``substitution.py``) sees Venezuela in Mexico's place and caps its score.  The
hybrid matcher takes that verdict as it is: a candidate the lexical matcher rejects as a substitution
scores at most ``lexical.SUBSTITUTION_CAP`` here too (listed as related, never a match).

Texts the model cannot read.  The model reads English: a statement or claim written mostly in another
script (``semantic.model_reads``) is embedded from letter-sized pieces, near any other such text, so
its cosine says nothing; both matchers would put "5G вызывает рак" (5G causes cancer) first for
"5G убивает птиц" (5G kills birds), the lexical one for the "5G" they share, and agreement made it a
match (0.74).  A statement the model cannot read gets the lexical matcher's answer, which reads every
script; a candidate whose closest wording it cannot read scores at most its lexical score.

Spanish.  The model reads Spanish no better: two Spanish texts come out close for the function words
and word pieces they share (``semantic.model_compares``), and agreement made "Me gusta la tortilla de
maíz." a match of "La tortilla cuesta 10 pesos el kilo" (0.75; the words alone 0.41).  So a candidate
whose closest wording is Spanish, as the statement is, scores at most its lexical score too.  Measured
with ``bench/spanish_statements.py``: on eleven Spanish claims the hybrid matcher had found the same 10
of 12 paraphrases as the lexical one and shown 6 of 13 statements of another fact on a claim's topic
(the lexical one 5); with the cap, as the lexical one.  Against the same claims in English the model
helps (3 paraphrases of 12 found, the lexical matcher 2; 13 statements of another fact silent of 13,
the lexical one 12), so a Spanish statement is still compared by meaning with English wordings, unlike
a statement in another script.  Not capping but requiring agreement would change nothing (both matchers
put the tortilla claim first).  English is untouched: no CheckThat! post or fact-check is Spanish.

Near-duplicates (``similar_claims``) are the lexical matcher's: they are about wording.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from .calibration import Calibration, confident_first, crowd_by_key, crowd_level
from .embedding_cache import ProgressCallback
from .lexical import SUBSTITUTION_CAP, Candidate, LexicalMatcher
from .matching import Match, matcher_repr
from .model import Claim
from .polarity import polarity
from .semantic import (
    CROWD_FLOOR,
    CROWD_SIZE,
    SemanticMatcher,
    build_semantic_matcher,
    model_compares,
    model_reads,
)
from .text import plain_styled

#: candidates taken from each matcher
POOL = 20
#: two claims whose own texts have at least this cosine are the same claim worded alike (measured on the
#: benchmark's twins: 0.988 and up; the closest claims that are not twins: 0.84 and below)
SAME_CLAIM_COSINE = 0.95
#: the lexical logit given to a candidate outside the lexical matcher's best POOL (and the clip of any logit)
LEXICAL_LOGIT_LIMIT = 8.0
#: the densest semantic crowd ``stands_out`` counts (its level: the mean cosine of the next CROWD_SIZE claims,
#: at least CROWD_FLOOR): the densest among the 3,200 rows CALIBRATION was fitted on (0.6226; 99 % were at
#: most 0.59; ``bench/checkthat.py --matcher hybrid --fit-calibration`` prints it).  The calibration's line
#: holds where it was fitted: past that level it would keep taking 13.7 logits off per unit of crowd with
#: nothing to say so.  A one-topic file can be denser than the benchmark's one-topic files: on the starter file
#: on US troops in Mexico the first candidate's crowd is at 0.65 (median) and up to 0.81 for a statement of
#: topic words only ("Mexico deployed troops to the border": 0.75, and its right claim scored 0.15 where the
#: lexical matcher gives 0.83).  As CROWD_FLOOR bounds it from below, this bounds it from above.
CROWD_CEILING = 0.623

#: what the ranking blends, in order
RANKING_FEATURES = (
    "cosine",  # cosine of the statement and the claim's closest wording
    # the lexical matcher's fused BM25 over its best candidate's (0 outside its best POOL), times the square
    # root of that best candidate's calibrated score: the lexical evidence counts as much as the lexical
    # matcher is convinced by anything (a short paraphrase sharing one common word gets little from it)
    "lexical_share",
)
#: what the score is computed from, in order
FEATURES = (
    "lexical",  # the lexical matcher's calibrated score as a logit (-LEXICAL_LOGIT_LIMIT outside its best POOL)
    "cosine",
    # cosine minus the mean of the next semantic candidates' (semantic.crowd_margins), at most CROWD_CEILING
    "stands_out",
    "agree",  # 1 when both matchers put this claim (or a claim worded alike, or a twin of it) first, else 0
)

# Fitted by `python bench/checkthat.py --matcher hybrid --fit-calibration` on the CheckThat! 2020 train
# split (800 tweets; bench/semantic_calibration.py).  RANKING: logistic regression over every merged
# candidate of each query in the pool of 10,375 fact-checks, labelled relevant or not; only the ratio of
# the weights matters (it orders).  CALIBRATION: logistic regression on the first candidate in RANKING
# order with the relevant fact-checks present (labelled right or wrong) and with them and their twins
# removed (labelled wrong), as the lexical calibration, in the whole pool and in a one-topic file per
# query (its fact-check and the 40 claims nearest to it, where agreement is commoner and means less);
# 3,200 rows.  Together the cosine and stands_out weights make the score rise with the cosine.  The bias is
# then moved so that the score crosses DEFAULT_THRESHOLD at the operating point chosen on train by 5-fold
# cross-validation of the whole fit: the lowest score whose held-out false-match rate over both shapes of
# file is at most 5 %.  Dev is reported by the benchmark, never used to fit or to choose.
RANKING = Calibration(features=RANKING_FEATURES, weights=(13.301, 6.933), bias=-12.269)
CALIBRATION = Calibration(features=FEATURES, weights=(0.506, -3.499, 13.744, 1.042), bias=-0.133)
#: scores at or above this are matches (the same for every matcher)
DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True)
class HybridCandidate:
    """A merged candidate with what its rank and score come from (for the benchmark and calibration)."""

    position: int  # index of the claim in the knowledge base
    tie: int  # breaks ranking ties: a hash of the claim's text, never file order or id
    ranking_features: tuple[float, ...]  # values of RANKING_FEATURES
    features: tuple[float, ...]  # values of FEATURES
    #: the lexical matcher rejects it: the statement puts something else in the claim's place
    substituted: bool = False
    #: the model cannot read the statement or the claim's closest wording, or both are Spanish
    #: (``semantic.model_compares``): the cosine says nothing
    unread: bool = False
    #: the lexical matcher's calibrated score (0 outside its best POOL): the most an unread candidate scores
    lexical_probability: float = 0.0
    #: the level of its semantic crowd before CROWD_CEILING (``bench/semantic_calibration.py`` reports the densest)
    crowd: float = 0.0
    rank_score: float = 0.0  # the RANKING logit the order follows
    #: the calibrated score (at most SUBSTITUTION_CAP when substituted, at most lexical_probability when
    #: unread), before ``search``
    probability: float = 0.0


def lexical_logit(probability: float | None) -> float:
    """A lexical score as a logit, clipped; ``None`` (not among the lexical candidates) at the floor."""
    if probability is None:
        return -LEXICAL_LOGIT_LIMIT
    p = min(max(probability, 1e-9), 1.0 - 1e-9)
    return max(-LEXICAL_LOGIT_LIMIT, min(LEXICAL_LOGIT_LIMIT, math.log(p / (1.0 - p))))


class HybridMatcher:
    name = "hybrid"

    def __init__(
        self,
        lexical: LexicalMatcher,
        semantic: SemanticMatcher,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        ranking: Calibration = RANKING,
        calibration: Calibration = CALIBRATION,
    ) -> None:
        if [c.id for c in lexical.claims] != [c.id for c in semantic.claims]:
            raise ValueError("the lexical and the semantic matcher must cover the same claims, in the same order")
        self.lexical = lexical
        self.semantic = semantic
        # The same lexical matcher without the substitution check: where the two disagree on a candidate's
        # score, the check rejected it (public API only: the check's rule stays in one place).
        self._unchecked = LexicalMatcher(
            lexical.claims,
            lexical.threshold,
            calibration=lexical.calibration,
            index=lexical.index,
            short_statement_terms=0,
            typed_statement_terms=0,
            correct_typos=lexical.correct_typos,  # reads misspellings as the checked one does
        )
        self.claims: tuple[Claim, ...] = lexical.claims
        self.threshold = threshold
        self.ranking = ranking
        self.calibration = calibration

    def __repr__(self) -> str:
        encoder = getattr(getattr(self, "semantic", None), "encoder", None)  # None until __init__ has set it
        return matcher_repr(self, model=getattr(encoder, "model_id", None))

    def prepare(self, statements: Sequence[str]) -> None:
        """Embed statements about to be searched in one batch (see ``SemanticMatcher.prepare``)."""
        self.semantic.prepare(statements)  # styled letters read as plain ones, as ``search`` reads them

    def pool(self, query: str, *, exclude: Collection[str] = ()) -> tuple[list[HybridCandidate], NDArray[np.float32]]:
        """Both matchers' best ``POOL`` candidates, merged (lexical order, then the semantic ones it lacked),
        unranked and unscored; and the statement's cosine with every wording (for polarity)."""
        if not query.strip() or not self.claims:
            return [], np.zeros(0, dtype=np.float32)
        semantic = self.semantic
        lexical = self.lexical.candidates(query, POOL, exclude=exclude)
        per_wording = semantic.wording_similarities(query)
        cosines = semantic.masked(semantic.by_claim(per_wording), exclude)
        closest = semantic.rank(cosines, POOL)
        if not closest:
            return [], per_wording
        lexical_top = lexical[0].position if lexical else None
        tops_agree = lexical_top is not None and (
            lexical_top == closest[0] or semantic.claim_cosine(lexical_top, closest[0]) >= SAME_CLAIM_COSINE
        )
        leaders: set[int] = {closest[0], lexical_top} if tops_agree and lexical_top is not None else set()
        by_position = {c.position: c for c in lexical}
        substituted = self._substituted(query, lexical, exclude)
        conviction = math.sqrt(max((c.probability for c in lexical), default=0.0))
        merged = list(dict.fromkeys([*by_position, *closest]))
        twin_key = dict(zip(merged, semantic.twin_keys(merged), strict=True))
        agreed = {twin_key[p] for p in leaders}  # a copy of the agreed claim (its twin) is agreed on too
        closest_cosines = [float(cosines[i]) for i in closest]
        closest_keys = [twin_key[i] for i in closest]
        pool: list[HybridCandidate] = []
        for position in merged:
            cosine = float(cosines[position])
            # the semantic crowd: the next best claims by cosine, its twins aside (as in semantic.crowd_margins)
            others = crowd_by_key(closest_cosines, closest_keys, twin_key[position], CROWD_SIZE)
            level = crowd_level(others, size=CROWD_SIZE, floor=CROWD_FLOOR)
            found = by_position.get(position)
            pool.append(
                HybridCandidate(
                    position,
                    tie=int(semantic.tie_keys[position]),
                    ranking_features=(cosine, found.rank_score * conviction if found else 0.0),
                    features=(
                        lexical_logit(found.probability if found else None),
                        cosine,
                        cosine - min(level, CROWD_CEILING),  # stands_out, the crowd counted at most CROWD_CEILING
                        1.0 if position in leaders or twin_key[position] in agreed else 0.0,
                    ),
                    substituted=position in substituted,
                    unread=not model_compares(query, semantic.closest_wording(position, per_wording)),
                    lexical_probability=found.probability if found else 0.0,
                    crowd=level,
                )
            )
        return pool, per_wording

    def _substituted(self, query: str, lexical: Sequence[Candidate], exclude: Collection[str]) -> set[int]:
        """Positions of the lexical candidates whose score the substitution check capped."""
        if not any(c.probability <= SUBSTITUTION_CAP for c in lexical):
            return set()  # nothing capped (a capped score is exactly SUBSTITUTION_CAP)
        unchecked = {c.position: c.probability for c in self._unchecked.candidates(query, POOL, exclude=exclude)}
        return {c.position for c in lexical if c.probability < unchecked.get(c.position, c.probability)}

    def rank(self, pool: Sequence[HybridCandidate]) -> list[HybridCandidate]:
        """``pool`` scored and in ranking order (ties by the claim-text hash, never file order)."""
        scored = [
            replace(
                c,
                rank_score=self.ranking.logit(c.ranking_features),
                probability=self._score(c),
            )
            for c in pool
        ]
        return sorted(scored, key=lambda c: (-c.rank_score, c.tie))

    def _score(self, candidate: HybridCandidate) -> float:
        probability = self.calibration.probability(candidate.features)
        if candidate.unread:  # the cosine says nothing: the words alone decide how high it goes
            probability = min(probability, candidate.lexical_probability)
        return min(probability, SUBSTITUTION_CAP) if candidate.substituted else probability

    def candidates(self, query: str, top: int = POOL, *, exclude: Collection[str] = ()) -> list[HybridCandidate]:
        """The best ``top`` merged candidates in ranking order, with their features and calibrated scores."""
        return self.rank(self.pool(query, exclude=exclude)[0])[:top]

    def shown(self, pool: Sequence[HybridCandidate]) -> list[tuple[HybridCandidate, float]]:
        """``pool`` as ``search`` shows it: each candidate with the score shown for it, best first.

        Ranking order, except that among the CROWD_SIZE + 1 first those whose score clears the
        threshold come first (``calibration.confident_first``); shown scores never rise down the list.
        """
        ranked = self.rank(pool)
        head, tail = ranked[: CROWD_SIZE + 1], ranked[CROWD_SIZE + 1 :]
        order = [head[i] for i in confident_first([c.probability for c in head], self.threshold)] + tail
        shown: list[tuple[HybridCandidate, float]] = []
        ceiling = 1.0
        for candidate in order:
            ceiling = min(ceiling, candidate.probability)
            shown.append((candidate, ceiling))
        return shown

    def scorer(self, query: str) -> str:
        """The name of the matcher whose scores ``search`` gives for ``query``: this one's, or the lexical
        matcher's for a statement the model cannot read (``semantic.model_reads``), so that a caller can say
        so (``check --json``'s ``scored_by``): its scores are the words' alone."""
        return self.name if model_reads(query) else self.lexical.name

    def search(self, query: str, top: int = 5, *, exclude: Collection[str] = ()) -> list[Match]:
        """The ``top`` best candidates for ``query``, best first (``shown``); claims whose id is in ``exclude``
        are treated as absent from the knowledge base.  A statement the model cannot read
        (``semantic.model_reads``) gets the lexical matcher's answer (``scorer``).  Styled letters are read as plain
        ones (``text.plain_styled``): the model read "zalgo" text as another claim's words."""
        query = plain_styled(query)
        if self.scorer(query) != self.name:
            return self.lexical.search(query, top, exclude=exclude)
        pool, per_wording = self.pool(query, exclude=exclude)
        read = self.lexical.corrected(query)  # as the lexical matcher read it: "mexcio" is "mexico" (check says so)
        matches: list[Match] = []
        for candidate, score in self.shown(pool)[:top]:
            wording = self.semantic.closest_wording(candidate.position, per_wording)
            matches.append(Match(self.claims[candidate.position], score, polarity(read, wording), statement=read))
        return matches

    def similar_claims(
        self, text: str, *, min_similarity: float, exclude: Collection[str] = (), top: int = 5
    ) -> list[tuple[Claim, float]]:
        """Claims worded nearly as ``text`` (near-duplicate warnings): the lexical matcher's answer."""
        return self.lexical.similar_claims(text, min_similarity=min_similarity, exclude=exclude, top=top)


def build_hybrid_matcher(
    claims: Sequence[Claim],
    *,
    model_dir: Path | None = None,
    use_cache: bool = True,
    progress: ProgressCallback | None = None,
) -> HybridMatcher:
    """Lexical and semantic matchers over ``claims`` (indexes and embeddings from the cache), fused.

    Raises SemanticUnavailableError when the semantic extra or its model cannot be used.
    """
    semantic = build_semantic_matcher(claims, model_dir=model_dir, use_cache=use_cache, progress=progress)
    return HybridMatcher(LexicalMatcher(claims, use_cache=use_cache), semantic)
