"""The matcher interface: one statement in, the closest fact-checks out, each with a score.

Every matcher returns candidates best first with a score in [0, 1] that means the same across
queries: the calibrated probability that the candidate is the fact-check the statement refers
to (``calibration.py``), so one threshold decides "match" vs "no match"; ``find_matches``
applies it.  The matchers: ``lexical.py`` (words and character n-grams), ``semantic.py`` (sentence
embeddings; optional extra) and ``hybrid.py`` (both); ``build_matcher`` picks one.

This module stays light (no numpy): ``import factcheck`` loads it.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import numbers
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Literal, Protocol, get_args, runtime_checkable

from .errors import Advice, FactcheckError, count_of
from .model import Claim, KnowledgeBase, claims_of, compared_claim

# The text module (its tables and expressions) is imported in the four functions that read a statement
# (``says_the_opposite``, ``_states_the_same_numbers``, ``_word_count``, ``is_a_liking``), not here: 'factcheck
# --version', '--help' and 'show' import this module and read no statement (test_cli_imports says what each imports).

if TYPE_CHECKING:
    from .differences import Differences

#: At or above this score a match is shown as a match; between the threshold and this, as a
#: possible match to compare with the statement (the "suggestion" tier of Meedan's Check).
#: On the CheckThat! dev tweets, lexical answers at 0.80 were wrong 0.5 % of the time and a
#: fact-check absent from the knowledge base was replaced by another 1.0 % of the time
#: (against 1.5 % and 11.2 % at the 0.50 threshold): ``python bench/checkthat.py``.
STRONG_MATCH_SCORE = 0.8
#: A statement of fewer words than this is a search, not a claim ("Riverton", "border troops"): its
#: matches are at most possible ones, whatever their score.  Meedan's Check does the same: a match
#: to a text shorter than its ``text_length_matching_threshold`` is downgraded to a suggestion.
STRONG_MATCH_WORDS = 3
#: what a match that is not a strong one is called wherever one is shown (check, scan's text and Markdown
#: reports, their summaries): its verdict is the claim's, to compare with the statement before it is trusted
POSSIBLE_MATCH = "possible match"


@dataclass(frozen=True)
class Match:
    """A fact-check found for a statement (``find_matches``): the claim, its score, and whether the statement
    says the same or the opposite."""

    claim: Claim
    score: float  # calibrated: comparable across queries, in [0, 1]
    #: "same", "opposite" (the statement negates or inverts the claim), or None when not assessed
    polarity: str | None = None
    #: the statement matched, when the matcher gives it: ``differences`` compares it with the claim
    statement: str | None = None
    #: the sentence of a statement of several that matched (``search_statement``), None when it matched whole
    sentence: str | None = None

    @property
    def is_opposite(self) -> bool:
        """Whether the statement says the opposite of the claim (``polarity`` "opposite"): the verdict is
        about the claim as worded."""
        return self.polarity == "opposite"

    @property
    def is_strong(self) -> bool:
        """A match to show as one (else as a possible match): a high score, for a statement of a
        few words at least (when the statement is known) that names someone or an amount where the
        claim does: "The military was deployed to the border" leaves open whose and how many, which
        "Mexico deployed 10,000 of its own troops to the US border" says (``differences.claim_left_open``)."""
        if self.statement is not None and is_a_search(self.statement):
            return False
        if self.score < STRONG_MATCH_SCORE:
            return False
        return not self.left_open

    @property
    def label(self) -> str:
        """What the match is called where it is shown: "match", or ``POSSIBLE_MATCH`` when it is not strong."""
        return "match" if self.is_strong else POSSIBLE_MATCH

    @cached_property
    def left_open(self) -> tuple[str, ...]:
        """The claim's names and counts, as written, that the statement leaves open, naming no one and no amount
        (``differences.claim_left_open``); none when it names someone, or the statement is unknown."""
        if self.statement is None:
            return ()
        from .differences import claim_left_open  # not at import time: this module stays light

        return claim_left_open(self.statement, compared_claim(self.claim))

    @cached_property
    def differences(self) -> Differences | None:
        """The statement's names or numbers that stand against the claim's (``differences.py``); None
        when none do or the statement is unknown.  Computed when asked for: most candidates are never shown."""
        if self.statement is None:
            return None
        from .differences import claim_differences  # not at import time: this module stays light

        return claim_differences(self.statement, compared_claim(self.claim))

    def to_dict(self, *, threshold: float | None = None) -> dict[str, Any]:
        """The JSON shape of one match (part of the documented ``check --json`` contract).

        ``{"id", "claim", "verdict", "score", "summary", "sources", "polarity", "differences", "strength"}``.
        ``score`` is the calibrated probability (4 decimals; given the ``threshold`` that let the match
        through, never rounded below it: ``shown_score``).  ``polarity`` is ``"same"`` when the
        statement says what the claim says, ``"opposite"`` when it says the contrary ("There are no
        US troops in Mexico" against "There are US troops in Mexico"): the verdict then applies to
        the claim as worded, not to the statement; ``null`` when the matcher did not assess it.
        ``differences`` is ``{"statement": [...], "claim": [...]}``, the names or numbers of each,
        as written, that stand against each other (Guatemalan / Mexico, 2021 / December 2020), or
        ``null``: the verdict may then be about another fact.  ``strength`` is what the match is called where it
        is shown (``label``): ``"match"``, or ``"possible match"`` (a score under ``STRONG_MATCH_SCORE`` before
        ``shown_score`` rounds it, a statement of a word or two, one that leaves open whose or how many): a script
        had the score alone, and no threshold to set it against gave the terminal's label.  Added last, after the
        keys scripts already read.
        """
        data: dict[str, Any] = {
            "id": self.claim.id,
            "claim": self.claim.claim,
            "verdict": self.claim.verdict.value,
            "score": round(self.score, 4) if threshold is None else shown_score(self.score, threshold),
            "summary": self.claim.summary,
            "sources": [s.to_dict() for s in self.claim.sources],
            "polarity": self.polarity,
            "differences": self.differences.to_dict() if self.differences is not None else None,
            "strength": self.label,
        }
        return data


@runtime_checkable
class Matcher(Protocol):
    """What ``check``, ``scan``, ``add`` and the benchmark need from a matcher."""

    name: str
    #: scores at or above this are matches; below it the matcher stays silent
    threshold: float

    def search(self, query: str, top: int = 5) -> list[Match]:
        """The ``top`` best candidates for ``query``, best first, whatever their score.

        A matcher may also take ``exclude`` (a collection of claim ids to treat as absent from
        the knowledge base: a claim is not its own near-duplicate; the benchmark removes the
        right answer to measure false matches).  Every matcher here does.  It may also offer
        ``prepare(statements)`` for statements about to be searched (see ``prepare`` below).
        """
        ...


def matcher_repr(matcher: object, **settings: object) -> str:
    """A matcher's repr: its class, the number of its claims, its threshold and ``settings`` (the model):
    ``LexicalMatcher(42 claims, threshold=0.5)``, where a notebook showed ``<factcheck.lexical.LexicalMatcher
    object at 0x7f...>`` for a cell ending in ``matcher``.  The threshold as a float (a NumPy one showed as
    ``np.float32(0.5)``); what a matcher whose ``__init__`` raised has not set yet (a debugger or a traceback's
    locals show it) is left out, where reading it raised AttributeError, as does a setting that is None."""
    claims = getattr(matcher, "claims", ())
    threshold = getattr(matcher, "threshold", None)
    shown = [count_of(len(claims), "claim")]
    if threshold is not None:
        shown.append(f"threshold={float(threshold)!r}")
    shown.extend(f"{name}={value!r}" for name, value in settings.items() if value is not None)
    return f"{type(matcher).__name__}({', '.join(shown)})"


def prepare(matcher: Matcher, statements: Sequence[str]) -> None:
    """Tell ``matcher`` which statements are about to be searched, if it can use that.

    The semantic and hybrid matchers embed them in one batch (``prepare``), 2-3 times faster than
    one by one; the lexical matcher has nothing to prepare.
    """
    ready = getattr(matcher, "prepare", None)
    if callable(ready):
        ready(statements)


def scored_by(matcher: Matcher, query: str) -> str:
    """The name of the matcher whose scores ``matcher.search(query)`` gives: ``matcher``'s own, unless it hands
    the statement to another (the hybrid matcher gives a statement its model cannot read, mostly one in another
    script than Latin, the lexical matcher's answer: ``HybridMatcher.scorer``)."""
    scorer: Callable[[str], str] | None = getattr(matcher, "scorer", None)
    return scorer(query) if callable(scorer) else matcher.name


def _supports_exclude(matcher: Matcher) -> bool:
    import inspect

    try:
        return "exclude" in inspect.signature(matcher.search).parameters
    except (TypeError, ValueError):
        return False


def shown_score(score: float, threshold: float) -> float:
    """``score`` to 4 decimals, on the same side of ``threshold`` as the score itself: a shown figure
    never contradicts the decision.  Rounding can cross a threshold of more decimals: 0.126445 matched
    under '--min-score 0.12644' was shown 0.1264, and 0.49996 not matched under 0.4999999 was shown
    0.5.  Such a score is rounded the other way (up for a match, down otherwise), and given in full
    if even that crosses it (floating-point rounding at the last digit)."""
    matched = score >= threshold
    shown = round(score, 4)
    if (shown >= threshold) != matched:
        shown = (math.ceil if matched else math.floor)(score * 10_000) / 10_000
    return shown if (shown >= threshold) == matched else score


def threshold_text(threshold: float, *, apart_from: float | None = None) -> str:
    """A score or threshold with two decimals, or as many more as it takes to show it as it was
    given ('--min-score 0.999' is 0.999, not 1.00) or, with ``apart_from``, to tell it from that
    other value (a candidate at 0.9999 under 0.99999 is not "1.00 under 1.00").  No cap at six
    decimals: '--min-score 0.4999999' was shown 0.500000, and a candidate at 0.49999985 under it
    "0.500000" too, silent at a score equal to the threshold."""
    for decimals in range(2, 18):
        shown = f"{threshold:.{decimals}f}"
        if apart_from is None and float(shown) == threshold:
            return shown
        if apart_from is not None and shown != f"{apart_from:.{decimals}f}":
            return shown
    return repr(threshold)


def check_min_score(min_score: object) -> float | None:
    """``min_score`` as a float, or None; ``TypeError`` unless it is a number or None, ``ValueError`` for NaN
    (it let no match through, silently; a score above 1 is the way to ask for none).  A number is any real
    one: numpy's ``float32`` (a threshold read from an array) was refused as "not a number"."""
    if min_score is None:
        return None
    if isinstance(min_score, bool) or not isinstance(min_score, numbers.Real):
        raise TypeError(f"min_score must be a number or None, not {type(min_score).__name__}")
    if min_score != min_score:
        raise ValueError("min_score must be a number, not nan")
    # Python's own numbers as given (an int past float's range asks for no match, as before)
    if isinstance(min_score, (int, float)):
        return min_score
    try:
        return float(min_score)
    except OverflowError:  # Fraction(10**400): past float's range, as the int is (no match, or every match)
        return math.inf if min_score > 0 else -math.inf  # type: ignore[operator]  # a Real compares with 0


def find_matches(
    matcher: Matcher, query: str, *, top: int = 3, min_score: float | None = None, sentences: bool = False
) -> list[Match]:
    """The ``top`` best matches for ``query`` that clear the threshold (``min_score`` overrides it).  ``sentences``:
    a statement of several sentences that matches nothing whole may match by one of them, as ``check --sentences``
    does (``search_statement``; the match's ``sentence`` says which).

    Raises ``TypeError`` for arguments of the wrong type (a knowledge base in place of the matcher
    ``build_matcher`` makes of it) and ``ValueError`` for a negative ``top`` or a ``min_score`` of
    NaN (programming errors, not bad input)."""
    top, min_score = _check_search(matcher, top, min_score)
    if not isinstance(query, str):
        raise TypeError(f"query must be text (str), not {_what(query)}")
    query = _readable(query)
    threshold = matcher.threshold if min_score is None else min_score
    found = search_statement(matcher, query, top=top, sentences=bool(sentences))
    return [m for m in found if m.score >= threshold]


def search_statement(
    matcher: Matcher,
    statement: str,
    top: int = 5,
    *,
    exclude: Collection[str] = (),
    sentences: bool = False,
) -> list[Match]:
    """The ``top`` best candidates for ``statement`` (``Matcher.search``), as ``check`` and ``find_matches`` find
    them.  ``exclude``: claim ids treated as absent (the benchmark's removal), for a matcher that takes them.

    With ``sentences`` (``check --sentences``), a statement of several sentences that matches nothing at
    the matcher's own threshold read whole is also searched one sentence at a time
    (``sentences.statement_sentences``): "There are US troops in Mexico. Stay safe everyone." scored 0.15 whole,
    its first sentence 0.88.  The candidates of the sentence whose best candidate clears that threshold with the
    highest score are given instead, each with that ``sentence``, scored, with polarity and notes, as that sentence
    checked alone; only when that best candidate is also the statement's own best one read whole, which keeps a
    sentence from matching on its few words a fact-check the statement is not about.  Off by default: on the
    CheckThat! 2020 train tweets it answered 71.2 % of them right, not 69.1 %, but raised the false matches (a tweet
    whose fact-check is not in the file matched to another) from 6.5 % to 9.9 % (``bench/checkthat.py
    --sentences``; docs/matching.md)."""
    # the matcher's own threshold, never the caller's (--min-score), decides whether a sentence is searched: the score
    # of a post is then the same whatever threshold filters it (review of sentences125: --min-score 0.3 gave 0.88,
    # 0.2 gave 0.28 for the same post)
    limit = matcher.threshold
    whole = _search(matcher, statement, top, exclude)
    if not sentences or not whole or whole[0].score >= limit or not _may_hold_sentences(statement):
        return whole
    from .sentences import statement_sentences  # here: the splitter loads only for a statement of several sentences

    parts = [part for part in statement_sentences(statement) if part != statement.strip()][:MAX_SENTENCES]
    prepare(matcher, parts)
    best = whole
    for part in parts:
        found = _search(matcher, part, top, exclude)
        if not found or found[0].score < limit or found[0].claim.id != whole[0].claim.id:
            continue
        if best is whole or found[0].score > best[0].score:
            best = [dataclasses.replace(match, sentence=part) for match in found]
    return best


#: the most sentences of one statement searched alone (``search_statement``), its first ones: a post of 268 searchable
#: sentences took 2.5 s searched one by one, 0.2 s whole (lexical; docs/matching.md), and the more sentences searched,
#: the likelier one matches on its few words alone
MAX_SENTENCES = 50


#: a sentence's end followed by more text: a statement without one is a single sentence (the splitter is not loaded)
_SENTENCE_END_INSIDE = re.compile(r"[.!?\u2026\u061f\u0964][\"'\u201d\u2019)\]]*\s+\S|[\u3002\uff01\uff1f]\s*\S")


def _may_hold_sentences(statement: str) -> bool:
    return _SENTENCE_END_INSIDE.search(statement) is not None


def _search(matcher: Matcher, query: str, top: int, exclude: Collection[str]) -> list[Match]:
    if exclude:
        return matcher.search(query, top=top, exclude=exclude)  # type: ignore[call-arg]  # every matcher here takes it
    return matcher.search(query, top=top)


def _what(value: object) -> str:
    """The type of a statement that is not text, and for NaN what it is: the missing value of a pandas
    column of posts (an empty cell), which "not float" left to be guessed."""
    if isinstance(value, float) and math.isnan(value):
        return "float (nan: a missing value, as pandas reads an empty cell)"
    return type(value).__name__


def _readable(query: str) -> str:
    """``query`` with each lone surrogate (half an emoji a post's JSON cut in two: ``"\\ud83d"``) read as U+FFFD,
    as every matcher scores it: the match's ``statement`` and ``differences`` echoed it, and ``to_dict()`` could
    not be written as UTF-8 (``UnicodeEncodeError`` writing a post's row to a file)."""
    if query.isascii():
        return query
    from .validation import LONE_SURROGATE  # loaded already once a claims file is read

    if LONE_SURROGATE.search(query) is None:
        return query
    # a pair held as two code points ("\ud83d\ude00", as surrogatepass decodes) is the character it codes, not two
    # U+FFFD; a lone one is U+FFFD
    return query.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _check_search(
    matcher: Matcher, top: int, min_score: float | None, function: str = "find_matches"
) -> tuple[int, float | None]:
    """``top`` as an int and ``min_score`` as a float (or None); ``TypeError``/``ValueError`` for a matcher,
    ``top`` or ``min_score`` ``function`` cannot use.  An integer is any that Python indexes with (numpy's
    ``int64``, from ``np.arange``, was refused as "not an int"); a bool is not one."""
    if not isinstance(matcher, Matcher):
        hint = " (make one with build_matcher(kb))" if isinstance(matcher, KnowledgeBase) else ""
        # the claims of an import (report.added) or a list built in memory, as build_matcher takes them
        if isinstance(matcher, (list, tuple)) and matcher and all(isinstance(c, Claim) for c in matcher):
            hint = " (make one with build_matcher(claims))"
        elif isinstance(matcher, PurePath) or (isinstance(matcher, str) and matcher.endswith((".yaml", ".yml"))):
            # a claims file's path; not any text: a statement given first (find_matches(text, matcher))
            hint = " (make one with build_matcher(load_knowledge_base(path)))"
        raise TypeError(f"{function} takes a Matcher{hint}, not {type(matcher).__name__}")
    if isinstance(top, bool) or not isinstance(top, numbers.Integral):
        raise TypeError(f"top must be an int, not {type(top).__name__}")
    if top < 0:
        raise ValueError(f"top must be 0 or more, not {top}")
    return int(top), check_min_score(min_score)


#: statements ``find_matches_for_each`` hands a matcher to prepare at a time: a semantic model embeds
#: them in one batch, and the batch prepared is all a matcher keeps (memory stays bounded)
PREPARE_BATCH = 128


def find_matches_for_each(
    matcher: Matcher,
    statements: Iterable[str],
    *,
    top: int = 3,
    min_score: float | None = None,
    sentences: bool = False,
) -> Iterator[list[Match]]:
    """``find_matches`` for each of ``statements`` in turn: one list of matches a statement, in their order
    (``sentences`` as ``find_matches`` takes it).

    The same matches as calling ``find_matches`` in a loop, faster with the hybrid or semantic matcher:
    statements are embedded ``PREPARE_BATCH`` at a time (``prepare``), in about half the time the model takes
    one by one (``bench/library_speed.py``).  ``statements`` (a list, a file's lines, a generator) is read
    ``PREPARE_BATCH`` at a time, as the matches are asked for: up to that many are read before the first list
    comes (a producer waiting for each answer needs ``find_matches``).  ``TypeError``/``ValueError`` as
    ``find_matches``, the arguments checked at the call; a statement that is not text raises ``TypeError``
    (and an error the iterator raises is raised) before the lists of the batch it was read with."""
    # the arguments are checked now, not at the first next(): a mistake is reported where it is made
    top, min_score = _check_search(matcher, top, min_score, "find_matches_for_each")
    # a str is an iterable of one-letter statements: one statement given alone was matched letter by letter; a
    # KnowledgeBase is an iterable of claims, refused only at the first next() but for this check
    if isinstance(statements, (str, bytes, KnowledgeBase)) or not isinstance(statements, Iterable):
        hint = ""
        if isinstance(statements, str):
            hint = " (find_matches takes one statement)"
        elif isinstance(statements, KnowledgeBase):
            hint = " (its claims' texts: (claim.claim for claim in kb))"
        raise TypeError(
            f"statements must be an iterable of texts (a list of str), not {type(statements).__name__}{hint}"
        )
    return _matches_for_each(matcher, iter(statements), top, min_score, bool(sentences))


def _matches_for_each(
    matcher: Matcher, statements: Iterator[str], top: int, min_score: float | None, sentences: bool
) -> Iterator[list[Match]]:
    read = 0
    while batch := list(itertools.islice(statements, PREPARE_BATCH)):
        wrong = next((i for i, s in enumerate(batch) if not isinstance(s, str)), None)
        if wrong is not None:  # a model given a None (an empty CSV cell) among the texts fails saying nothing of it
            raise TypeError(f"statement {read + wrong} (counting from 0) must be text (str), not {_what(batch[wrong])}")
        read += len(batch)
        batch = [_readable(statement) for statement in batch]  # as find_matches searches them: prepared as searched
        prepare(matcher, batch)
        for statement in batch:
            yield find_matches(matcher, statement, top=top, min_score=min_score, sentences=sentences)


#: the matchers ``build_matcher`` knows; "auto" is hybrid when semantic matching can run here, else lexical
MatcherName = Literal["auto", "lexical", "semantic", "hybrid"]
MATCHERS: tuple[MatcherName, ...] = get_args(MatcherName)


def build_matcher(
    kb: KnowledgeBase | Sequence[Claim],
    *,
    matcher: MatcherName = "auto",
    model_dir: Path | None = None,
    use_cache: bool = True,
    progress: Callable[[int, int], None] | None = None,
    on_fallback: Callable[[Advice], None] | None = None,
) -> Matcher:
    """A matcher for a knowledge base: ``matcher`` is "lexical", "semantic", "hybrid" or "auto".

    "auto" is the hybrid matcher when the semantic extra is installed, else the lexical one, silently.
    When the extra is installed but its model cannot be used (missing, or refused by its SHA-256
    check), "auto" falls back to lexical matching and says why through ``on_fallback`` (default: a
    ``SemanticFallbackWarning``): an ``errors.Advice``, whose ``str()`` is the message and whose
    ``text(settings)`` words the setting it may name (``model_dir``) as ``settings`` word it (the command
    line: "--model DIR"), as every library message naming a setting does; an explicit "semantic" or
    "hybrid" raises the error instead (``embedding.SemanticUnavailableError``, a FactcheckError).

    ``model_dir``: the model folder (else ``$FACTCHECK_MODEL``, else the pinned package's model).
    Indexes and claim embeddings are cached per content (``cache.py``, ``embedding_cache.py``);
    ``use_cache=False`` builds them afresh and writes nothing.  ``progress(done, total)`` is called
    while claims are embedded (only when some are not in the cache).
    ``kb`` given as anything else (a file name) raises ``TypeError``.
    """
    if matcher not in MATCHERS:
        raise ValueError(f"unknown matcher {matcher!r}; expected one of {', '.join(MATCHERS)}")
    claims = claims_of(kb, "build_matcher")
    if matcher == "lexical":
        return _lexical(claims, use_cache)
    from .embedding import ExtraNotInstalledError, SemanticUnavailableError, model_configured

    try:
        if matcher == "semantic":
            from .semantic import build_semantic_matcher

            return build_semantic_matcher(claims, model_dir=model_dir, use_cache=use_cache, progress=progress)
        from .hybrid import build_hybrid_matcher

        return build_hybrid_matcher(claims, model_dir=model_dir, use_cache=use_cache, progress=progress)
    except SemanticUnavailableError as error:
        if matcher != "auto":
            raise
        if not isinstance(error, ExtraNotInstalledError) or model_configured(model_dir):
            _fall_back(_fallback_advice(error), on_fallback)
        return _lexical(claims, use_cache)


class SemanticFallbackWarning(UserWarning):
    """``build_matcher(matcher="auto")`` could not use the installed semantic model and matches lexically."""


def _fallback_advice(error: FactcheckError) -> Advice:
    """Why "auto" matches lexically: the error's own advice (a model folder the caller named is one of its
    settings, ``model_dir``) followed by what is done instead."""
    said = error.advice or Advice("{reason}", {"reason": str(error)})
    return Advice(said.template + ". Matching lexically instead.", said.fields)


def _fall_back(advice: Advice, on_fallback: Callable[[Advice], None] | None) -> None:
    if on_fallback is not None:
        on_fallback(advice)
    else:
        import warnings

        warnings.warn(str(advice), SemanticFallbackWarning, stacklevel=3)


def _lexical(claims: Sequence[Claim], use_cache: bool) -> Matcher:
    from .lexical import LexicalMatcher

    return LexicalMatcher(claims, use_cache=use_cache)


#: a claim whose wording is this similar to another claim's is reported as a near-duplicate
NEAR_DUPLICATE_SCORE = 0.9


def near_duplicates(
    matcher: Matcher, claim: Claim, *, min_score: float = NEAR_DUPLICATE_SCORE
) -> list[tuple[Claim, float]]:
    """Other claims that say nearly the same as ``claim``'s text (for validate and add).

    A matcher that can measure similarity of wording (``similar_claims``, as the lexical one
    does) is asked for it: the calibrated match score answers another question ("is this the
    fact-check the statement refers to?") and is high for claims on the same event that differ
    in a number.  Otherwise the match score is used.  ``claim`` itself is never reported.
    """
    similar_claims: Callable[..., list[tuple[Claim, float]]] | None = getattr(matcher, "similar_claims", None)
    if callable(similar_claims):
        found: list[tuple[Claim, float]] = similar_claims(claim.claim, min_similarity=min_score, exclude=(claim.id,))
    elif _supports_exclude(matcher):
        found = [(m.claim, m.score) for m in matcher.search(claim.claim, top=5, exclude=(claim.id,))]  # type: ignore[call-arg]
    else:
        found = [(m.claim, m.score) for m in matcher.search(claim.claim, top=6)]
    return [
        (other, score)
        for other, score in found
        if other.id != claim.id and score >= min_score and _states_the_same_numbers(claim.claim, other)
    ]


def says_the_opposite(text: str, other: Claim) -> bool:
    """Whether ``text`` says the opposite of ``other``, worded nearly as it, by check's own reading (``polarity``):
    of the wording closest to it (``closest_claim_wording``, as ``check`` compares) and of the claim's own text,
    never of another alias alone ("The exact number of US troops in Mexico is a secret." is the claim "... is
    secret.", though an alias "Nobody knows how many ..." reads opposite).  A verdict framing the text ("FALSE: X",
    "It is a myth that X", "X is fake news", "Es falso que X", "X. That is false.": a fact-check's headline) says
    nothing of X: the text without it must read opposite too, or it is the same claim."""
    # imported here: polarity (and the substitution check it reads) is what checking needs, not every command
    # that imports matching ("list" imported the transcript module through it)
    from .polarity import OPPOSITE, closest_claim_wording, polarity, without_verdict_sentence
    from .text import term_set, without_verdict_framing  # here: see the note at the imports

    compared = compared_claim(other)
    wordings = {closest_claim_wording(text, term_set(text), compared), compared.claim}
    judged = without_verdict_sentence(without_verdict_framing(text))
    return all(polarity(read, wording) == OPPOSITE for read in {text, judged} for wording in wordings)


def apart_from_opposites(
    text: str, similar: Sequence[tuple[Claim, float]]
) -> tuple[list[tuple[Claim, float]], list[tuple[Claim, float]]]:
    """``similar`` (near-duplicates of a claim's ``text``: ``near_duplicates``) in two: those it says nearly the same
    as, and those it says the opposite of (``says_the_opposite``).  The one rule of ``add`` and ``import``: "Crime
    never increased" is worded nearly as "Crime increased" (0.90) but is another fact-check, added with a note
    (``opposite_note``), where a claim saying nearly the same is refused (``add``) or skipped (``import``)."""
    alike: list[tuple[Claim, float]] = []
    opposite: list[tuple[Claim, float]] = []
    for other, score in similar:
        (opposite if says_the_opposite(text, other) else alike).append((other, score))
    return alike, opposite


def opposite_note(named: str, score: float, *, dry_run: bool = False) -> str:
    """The note on a claim added beside one worded nearly as it that it says the opposite of (``named``: how the
    other is named, "'crime-increased'"), as ``add`` and ``import`` give it; "would be added" on a dry run."""
    added = "would be added" if dry_run else "added"
    return f"{added}, though worded nearly as {named} (similarity {score:.2f}): it says the opposite"


def _states_the_same_numbers(text: str, other: Claim) -> bool:
    """Do ``text`` and ``other``'s claim, or one of its other wordings, state the same numbers
    (``text.stated_numbers``), or the numbers of one and more?  Two wordings alike but for a number say different
    facts: "In February 2024 Mexico's Senate let about 10 US soldiers into the country ..." is no duplicate of the
    claim saying February 2025 (word and character cosines 0.90), nor "There are more than 10 mil US troops deployed
    in Mexico" (10 million?) of the one saying 10,000 (1.00, as ``terms`` reads "10 mil" as 10000).  A wording with a
    number more may add a detail of the same fact-check: "ALDI offers free food to homeless people ... after 4 PM on
    Christmas Eve" and "In 2018, ALDI offered ..." (two CheckThat! fact-checks, still warned about)."""
    from .text import stated_numbers  # here: see the note at the imports

    numbers = stated_numbers(text)
    for wording in (other.claim, *other.aliases):
        theirs = stated_numbers(wording)
        if numbers <= theirs or theirs <= numbers:
            return True
    return False


def is_a_search(statement: str) -> bool:
    """Whether a statement is a word or two ("Riverton", "vaccines?", "border troops"): a search, not a
    claim (``STRONG_MATCH_WORDS``); a verdict found for it is about the claim found, not about the words.
    So is a liking of a word or two (``is_a_liking``: "I like tacos", "hot water is nice")."""
    return _word_count(statement) < STRONG_MATCH_WORDS or is_a_liking(statement)


def is_a_liking(statement: str) -> bool:
    """Whether a statement says only that its writer likes or dislikes a word or two (``text.short_liking``: "I like
    tacos", "I love the Navy SEALs", "hot water is nice", "Me gustan los tacos", "El agua caliente es agradable"):
    its words as written escaped ``STRONG_MATCH_WORDS``, and the matcher, which reads "tacos" alone of "I like
    tacos", showed "Tacos were invented in 1950" as a match (0.96 in a file of four claims).  "We hate US troops in
    Mexico" (three terms) stays a statement, as do a quoted or attributed liking and a liking of a clause ("I like
    that 10,000 troops are there").  A liking of a number is one ("I love 10,000 troops" asserts nothing the claim
    rates): its matches are possible ones."""
    from .text import short_liking  # here: see the note at the imports

    return short_liking(statement, STRONG_MATCH_WORDS) is not None


def _word_count(text: str) -> int:
    """Words as written, parted by spaces: "10,000 troops" and "U.S. troops" are two; a run of Chinese or Japanese
    (written without spaces) as a third of its characters (``text.word_count``): "新冠疫苗" is two, a search."""
    from .text import word_count  # here: see the note at the imports

    return word_count(text)
