"""The semantic matcher: finds fact-checks that say the same thing in other words.

Each claim is embedded once per wording (its text and each alias); a statement is embedded and
compared with all of them by cosine; a claim's similarity is that of its closest wording.  Raw
cosines are kept for whoever fuses them with other scores (``similarities``, ``wording_similarities``);
``search`` turns them into the calibrated [0, 1] score that every matcher shows, so one threshold
means "match".

Score.  A cosine alone does not say whether a claim is *the* fact-check: a statement about a
hurricane is close to every fact-check about that hurricane.  As in the lexical matcher, the score
sees the candidate's cosine and how far it stands out of its crowd (the next nine candidates, its
twins aside: claims whose own texts have the same terms, ``text.term_set``), the crowd never counted
below a fixed floor (its median level on the 10,375-claim benchmark), so a small knowledge base,
whose crowd is thin, gives no bonus (``calibration.stands_out``).

Texts the model cannot read.  The model reads English; a statement or wording with most of its words
in another script is embedded from letter-sized pieces, near any other such text (``model_reads``), and
two Spanish texts come out close for the function words and word pieces they share
(``model_compares``): such a candidate scores at most ``UNREAD_CAP``, never a match.

Needs the ``semantic`` extra for the real model (``embedding.load_encoder``); the matcher itself
takes any ``Encoder``, which keeps it testable without one.
"""

from __future__ import annotations

import zlib
from collections.abc import Collection, Hashable, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from .calibration import CROWD_RESERVE, Calibration, confident_first, crowd, stands_out
from .embedding import Encoder, load_encoder
from .embedding_cache import EmbeddingCache, ProgressCallback
from .matching import Match, matcher_repr
from .model import Claim
from .polarity import polarity
from .text import is_spanish, plain_styled, term_set, units_by_script_as_written, without_terminal_codes
from .textcache import text_cache

#: the features of a candidate the score is computed from, in order
FEATURES = (
    "cosine",  # cosine of the statement and the claim's closest wording
    "stands_out",  # that cosine minus the mean of the next CROWD_SIZE non-twin candidates' (at least CROWD_FLOOR)
)
#: how many next-best candidates form the crowd a candidate is compared with
CROWD_SIZE = 9
# Fitted by `python bench/checkthat.py --matcher semantic --fit-calibration` on the CheckThat! 2020 train
# split (bench/semantic_calibration.py), as the lexical calibration is: for each query its best candidate with
# the relevant fact-checks present (labelled right or wrong) and with them and their twins removed (labelled
# wrong), in the whole pool of 10,375 fact-checks and in a one-topic file (the fact-check and its 40 nearest
# claims).  CROWD_FLOOR is the median crowd level (mean cosine of the first candidate's crowd: the next nine
# candidates that are not its twins) in the whole pool.  The two weights together make the score rise with the
# cosine (stands_out moves with it) and fall as the crowd closes in.  The bias is then moved so that the score
# crosses DEFAULT_THRESHOLD at the operating point chosen on train by 5-fold cross-validation: the lowest
# score whose held-out false-match rate over both shapes of file is at most 5 %.  A wrong "this was
# fact-checked" costs more than a miss.
CROWD_FLOOR = 0.465
CALIBRATION = Calibration(features=FEATURES, weights=(-5.996, 29.085), bias=-0.491)
#: scores at or above this are matches (the same for every matcher)
DEFAULT_THRESHOLD = 0.5

#: the script the model reads.  all-MiniLM-L6-v2 was trained on English sentence pairs, and its WordPiece
#: vocabulary (bert-base-uncased's) holds words of Latin script only: a word of another script becomes one
#: piece per letter ("убивает" is у ##б ##и ##в ##а ##е ##т) or [UNK] (most Han characters), so two texts
#: made of such pieces embed near each other whatever they say ("5G убивает птиц", 5G kills birds, and
#: "5G вызывает рак", 5G causes cancer: cosine 0.76, semantic score 0.97 in a three-claim file)
READ_SCRIPT = "LATIN"
#: a text the model reads has at least this share of its words in READ_SCRIPT (``reading_units``; a text without
#: letters, "2020", counts as read): most of what it means is then in pieces the model was trained on
MIN_READ_SHARE = 0.5
#: the highest score the semantic matcher gives a claim when the model cannot read the statement or the
#: claim's closest wording, or both are Spanish (``model_compares``): its cosine says nothing, so never a
#: match (listed, as a substitution is)
UNREAD_CAP = 0.2


def model_text(statement: str) -> str:
    """What the model reads of a statement: a terminal's colour codes pasted with it are dropped, as the lexical
    matcher reads past them.  The model read "\x1b[31m" as the pieces "[", "31", "m": "US troops in Mexico" in
    red scored 0.69 with the hybrid matcher, 0.96 as plain text."""
    return without_terminal_codes(statement) if "\x1b" in statement else statement


def claim_wordings(claim: Claim) -> list[str]:
    """The texts a claim is matched on: its own text, then each alias."""
    return [claim.claim, *claim.aliases]


@text_cache(maxsize=8192)  # a claim's wordings come up query after query (hybrid pools 40 candidates)
def model_reads(text: str) -> bool:
    """Whether the model reads ``text``: at least MIN_READ_SHARE of its word-sized units (``reading_units``) are
    in READ_SCRIPT."""
    units = reading_units(text)
    if not units:
        return True
    return sum(units) >= MIN_READ_SHARE * len(units)


def model_compares(statement: str, wording: str) -> bool:
    """Whether the model's cosine of ``statement`` and ``wording`` says how close they are in meaning: it reads both
    (``model_reads``), and they are not both Spanish (``text.is_spanish``).

    The model's vocabulary holds Spanish words and pieces of them, but it was trained on English pairs: two Spanish
    texts come out close for the function words and word pieces they share.  Against eleven Spanish claims
    (tests/fixtures/spanish_news.yaml, bench/spanish_statements.py) off-topic Spanish statements have a best cosine
    of 0.47-0.55 ("Mi abuela cocina muy bien"; the same sentences in English against the claims in English:
    0.05-0.36), and statements of another fact on a claim's topic 0.56-0.80, as high as paraphrases (0.79-0.98):
    "Me gusta la tortilla de maíz." came out at 0.66 from "La tortilla cuesta 10 pesos el kilo".  A Spanish
    statement against an English wording shares no such pieces, and its cosine is of the content words the model
    knows ("covid", "microchip", "pesos"): there it found paraphrases the words alone miss.  Most French and
    Portuguese texts count as Spanish here (their "de", "la", "que" and accented words)."""
    return model_reads(statement) and model_reads(wording) and not (is_spanish(statement) and is_spanish(wording))


def reading_units(text: str) -> list[bool]:
    """The word-sized units of ``text``, each as whether it is in READ_SCRIPT: a run of Latin letters is one unit,
    a run of letters of another script written with spaces (Cyrillic, Greek, Devanagari, Hangul...) one unit, and
    each letter of a script written without spaces (Han, kana, Thai...: ``text.written_without_spaces``) one unit.

    Words, not letters: "Bill Gates说疫苗含有芯片" (Bill Gates said vaccines contain chips) has 9 Latin letters to 7
    Han characters, but only two Latin words; counted by letters, the model was taken to read it, and a Chinese
    statement naming Gates matched it by cosine alone.  A Han character is about a word's worth of meaning (a
    Chinese word is one to three of them).  Marks and invisible joiners neither count nor part a run: a
    Devanagari vowel sign or virama is inside its word ("पक्षी" is one unit), as is a decomposed accent."""
    # as written: the model's tokenizer does not fold compatibility forms, mathematical bold "𝗧𝗿𝘂𝗺𝗽" is [UNK] to it
    return [script == READ_SCRIPT for script in units_by_script_as_written(text)]


def crowd_margins(
    ranked: Sequence[float],
    *,
    size: int = CROWD_SIZE,
    floor: float = CROWD_FLOOR,
    twins: Sequence[Hashable] | None = None,
) -> list[float]:
    """For each of the ranked values (best first), how far it stands out of the ``size`` best others
    (its twins aside: candidates with its key in ``twins``)."""
    if twins is not None and len(twins) != len(ranked):
        raise ValueError("one twin key per candidate")
    return [stands_out(own, crowd(ranked, i, size, twins), size=size, floor=floor) for i, own in enumerate(ranked)]


class SemanticMatcher:
    """Cosine similarity of sentence embeddings, best wording per claim."""

    name = "semantic"

    def __init__(
        self,
        claims: Sequence[Claim],
        encoder: Encoder,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        calibration: Calibration = CALIBRATION,
        cache: EmbeddingCache | None = None,
        progress: ProgressCallback | None = None,
    ) -> None:
        self.claims: tuple[Claim, ...] = tuple(claims)
        self.encoder = encoder
        self.threshold = threshold
        self.calibration = calibration
        self.cache: EmbeddingCache = cache if cache is not None else EmbeddingCache(None, encoder)
        wordings: list[str] = []
        starts: list[int] = []
        for claim in self.claims:
            starts.append(len(wordings))
            wordings.extend(claim_wordings(claim))
        self._vectors = self.cache.embed(wordings, progress)
        self._starts = np.array(starts, dtype=np.intp)
        #: per claim, the key that breaks score ties: a hash of the claim's text, never file order or
        #: id (see the benchmark notes on twin claims), the same rule as the lexical matcher's
        self.tie_keys: NDArray[np.int64] = np.array(
            [zlib.crc32(c.claim.encode("utf-8", "surrogatepass")) for c in self.claims]
        )
        self._positions = {claim.id: i for i, claim in enumerate(self.claims)}
        #: statements embedded ahead by ``prepare`` (the last batch only: memory stays bounded)
        self._prepared: dict[str, NDArray[np.float32]] = {}

    def __repr__(self) -> str:
        return matcher_repr(self, model=getattr(getattr(self, "encoder", None), "model_id", None))  # None until set

    def prepare(self, statements: Sequence[str]) -> None:
        """Embed statements about to be searched in one batch (2-3 times faster than one at a time), their styled
        letters read as plain ones, as ``search`` reads them (``text.plain_styled``)."""
        texts = list(dict.fromkeys(plain_styled(statement) for statement in statements))
        self._prepared = dict(zip(texts, self._encode(texts), strict=True)) if texts else {}

    def _encode(self, statements: Sequence[str]) -> NDArray[np.float32]:
        return self.encoder.encode([model_text(statement) for statement in statements])

    def _statement_vectors(self, queries: Sequence[str]) -> NDArray[np.float32]:
        # the batch prepared is read once: another thread's ``prepare`` (a bot scanning two articles with
        # one matcher) may replace it meanwhile, and a statement found in the old batch and looked for
        # in the new one was in neither (KeyError)
        prepared = self._prepared
        missing = list(dict.fromkeys(q for q in queries if q not in prepared))
        fresh = dict(zip(missing, self._encode(missing), strict=True)) if missing else {}
        return np.stack([prepared[q] if q in prepared else fresh[q] for q in queries])

    # -- raw similarities --------------------------------------------------------------------------

    def wording_similarity_matrix(self, queries: Sequence[str]) -> NDArray[np.float32]:
        """Raw cosines, ``(len(queries), number of wordings)``: every query against every claim text and alias."""
        if not self.claims or not queries:
            return np.zeros((len(queries), len(self._vectors)), dtype=np.float32)
        result: NDArray[np.float32] = (self._statement_vectors(queries) @ self._vectors.T).astype(
            np.float32, copy=False
        )
        return result

    def by_claim(self, wording_similarities: NDArray[np.float32]) -> NDArray[np.float32]:
        """Per claim, the best of its wordings' similarities (last axis: wordings -> claims)."""
        if not self.claims:
            return np.zeros((*wording_similarities.shape[:-1], 0), dtype=np.float32)
        reduced: NDArray[np.float32] = np.maximum.reduceat(wording_similarities, self._starts, axis=-1)
        return reduced

    def similarity_matrix(self, queries: Sequence[str]) -> NDArray[np.float32]:
        """Raw cosines, ``(len(queries), len(claims))``: each claim's best wording against each query."""
        return self.by_claim(self.wording_similarity_matrix(queries))

    def wording_similarities(self, query: str) -> NDArray[np.float32]:
        """Raw cosine of ``query`` against every wording (``claim_wordings`` of each claim, in order)."""
        row: NDArray[np.float32] = self.wording_similarity_matrix([query])[0]
        return row

    def similarities(self, query: str) -> NDArray[np.float32]:
        """Raw cosine in [-1, 1] of ``query`` against every claim (its best wording), in ``claims`` order."""
        return self.by_claim(self.wording_similarities(query))

    def closest_wording(self, position: int, wording_similarities: NDArray[np.float32]) -> str:
        """The text or alias of claim ``position`` closest to the statement (the claim text on ties)."""
        start = int(self._starts[position])
        wordings = claim_wordings(self.claims[position])
        best = int(np.argmax(wording_similarities[start : start + len(wordings)]))
        return wordings[best]

    def claim_cosine(self, first: int, second: int) -> float:
        """Cosine of two claims' own texts: near 1 for claims worded alike (twins that differ in punctuation)."""
        return float(self._vectors[self._starts[first]] @ self._vectors[self._starts[second]])

    # -- ranking and score --------------------------------------------------------------------------

    def masked(self, similarities: NDArray[np.float32], exclude: Collection[str]) -> NDArray[np.float32]:
        """``similarities`` with the claims whose id is in ``exclude`` set to -inf (treated as absent)."""
        left_out = [self._positions[i] for i in exclude if i in self._positions]
        if not left_out:
            return similarities
        result = similarities.copy()
        result[left_out] = -np.inf
        return result

    def rank(self, similarities: NDArray[np.float32], top: int) -> list[int]:
        """Indices of the ``top`` most similar claims, best first, ties in a fixed id-independent order.

        Claims at -inf (excluded) are never returned."""
        if top <= 0 or len(similarities) == 0:
            return []
        if top < len(similarities):
            # Everything tied with the top-th value is a candidate, so the tie-break decides, not argpartition.
            kth = np.partition(similarities, -top)[-top]
            candidates = np.flatnonzero((similarities >= kth) & np.isfinite(similarities))
        else:
            candidates = np.flatnonzero(np.isfinite(similarities))
        ordered = sorted(candidates.tolist(), key=lambda i: (-float(similarities[i]), int(self.tie_keys[i])))
        return ordered[:top]

    def twin_keys(self, positions: Sequence[int]) -> list[Hashable]:
        """Per claim, a key equal for twins: the terms of its own text (``text.term_set``), as the
        lexical matcher's.  A claim whose text has no terms is nobody's twin."""
        return [term_set(self.claims[p].claim) or p for p in positions]

    def scores(self, ranked_cosines: Sequence[float], twins: Sequence[Hashable] | None = None) -> list[float]:
        """Calibrated scores of candidates given their cosines, best first (each compared with the others
        but its twins: ``twin_keys`` of the candidates)."""
        margins = crowd_margins(ranked_cosines, twins=twins)
        return [self.calibration.probability((c, m)) for c, m in zip(ranked_cosines, margins, strict=True)]

    def search(self, query: str, top: int = 5, *, exclude: Collection[str] = ()) -> list[Match]:
        """The ``top`` closest claims, best first; claims whose id is in ``exclude`` are left out.  Styled letters
        are read as plain ones (``text.plain_styled``): fullwidth "Ｍｅｘｉｃｏ" found nothing."""
        query = plain_styled(query)
        if not query.strip() or not self.claims:
            return []
        per_wording = self.wording_similarities(query)
        sims = self.masked(self.by_claim(per_wording), exclude)
        shown = max(top, CROWD_SIZE + 1)
        ranked = self.rank(sims, shown + CROWD_RESERVE)  # the reserve fills the crowds its twins leave
        probabilities = self.scores([float(sims[i]) for i in ranked], self.twin_keys(ranked))[:shown]
        ranked = ranked[:shown]
        wordings = [self.closest_wording(position, per_wording) for position in ranked]
        probabilities = [
            p if model_compares(query, wording) else min(p, UNREAD_CAP)
            for p, wording in zip(probabilities, wordings, strict=True)
        ]
        matches: list[Match] = []
        ceiling = 1.0
        for i in confident_first(probabilities, self.threshold)[:top]:
            ceiling = min(ceiling, probabilities[i])  # a lower rank never shows a higher score
            position = ranked[i]
            wording = wordings[i]
            matches.append(Match(self.claims[position], ceiling, polarity(query, wording), statement=query))
        return matches


def build_semantic_matcher(
    claims: Sequence[Claim],
    *,
    model_dir: Path | None = None,
    cache_dir: Path | None = None,
    use_cache: bool = True,
    progress: ProgressCallback | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> SemanticMatcher:
    """A semantic matcher on the verified model, with embeddings from (and saved to) the cache.

    Raises SemanticUnavailableError (a FactcheckError) when the extra or the model is missing or the
    model's SHA-256 does not match; callers fall back to lexical matching then.
    """
    from .cache import cache_dir as default_cache_dir

    encoder = load_encoder(model_dir)
    folder = (cache_dir if cache_dir is not None else default_cache_dir()) if use_cache else None
    return SemanticMatcher(
        claims, encoder, threshold=threshold, cache=EmbeddingCache(folder, encoder), progress=progress
    )
