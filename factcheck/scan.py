"""Scanning an article: every sentence, whether it makes a checkable claim, and the best
fact-check for each claim, in reading order, with a summary a fact-checker can act on.

The matcher is used only through ``build_matcher`` and the ``Matcher`` interface (``search``
and ``threshold``), so a better matcher changes the results without changing this module.
Identical sentences (a boilerplate line repeated on every page) are assessed and matched once.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal

from .article import Article, InputFormat
from .choices import enum_choice
from .matching import POSSIBLE_MATCH, Match, Matcher, build_matcher, check_min_score, prepare, scored_by
from .model import Claim, KnowledgeBase, Verdict
from .offsets import NO_OFFSETS, Offsets, sentence_offsets

if TYPE_CHECKING:
    # imported where used: the command line imports this module for every command (``check`` too, which needs
    # neither the claim rules nor the sentence splitter: some 0.02-0.05 s of its start)
    from .claimlike import Checkability
    from .sentences import Sentence

#: called as progress(done, total) while sentences are checked
Progress = Callable[[int, int], None]
PROGRESS_EVERY = 50
#: checkable sentences a matcher is given to prepare at a time (see ``matching.prepare``)
PREPARE_CHUNK = 128


class Status(StrEnum):
    """What ``scan_article`` found for a sentence (``SentenceResult.status``)."""

    MATCHED = "matched"  # a checkable claim with a fact-check
    UNMATCHED = "unmatched"  # a checkable claim with no fact-check: research it next
    SKIPPED = "skipped"  # not a checkable claim (question, filler, opinion...)


class Selection(StrEnum):
    """Which sentences a report shows (``--only``; ``ScanReport.selected(only)``, where its name does as well:
    "matched", "unmatched", "checkable"); the summary always covers them all."""

    MATCHED = "matched"
    UNMATCHED = "unmatched"
    CHECKABLE = "checkable"  # matched and unmatched: every checkable claim

    @property
    def statuses(self) -> frozenset[Status]:
        """The statuses of the sentences selected."""
        if self is Selection.CHECKABLE:
            return frozenset({Status.MATCHED, Status.UNMATCHED})
        return frozenset({Status(self.value)})


#: a selection's name as ``ScanReport.selected`` takes it, for type checkers (a typo is caught)
SelectionName = Literal["matched", "unmatched", "checkable"]


@dataclass(frozen=True)
class SentenceResult:
    """One sentence of a scanned article: whether it is a claim to check, why, and its best match."""

    line: int
    text: str
    checkable: bool
    reason: str  # why it is (or is not) a checkable claim
    match: Match | None = None  # the best fact-check at or above the threshold
    speaker: str | None = None  # who says it, in a transcript or subtitles
    #: the matcher whose scores the sentence got (``matching.scored_by``): the one in use, but "lexical" for a
    #: sentence the hybrid matcher's model cannot read; None for a sentence not matched (not checkable)
    scored_by: str | None = None
    #: where the sentence is in the article's text (``offsets``): None when it was not found there, or for an
    #: article built without its text
    offsets: Offsets | None = None

    @property
    def attributed(self) -> str:
        """The sentence as the reports show it: after its speaker, in a transcript ("CRUZ: There are ...")."""
        return f"{self.speaker}: {self.text}" if self.speaker else self.text

    @property
    def status(self) -> Status:
        """MATCHED (a fact-check found), UNMATCHED (a checkable claim without one) or SKIPPED."""
        if self.match is not None:
            return Status.MATCHED
        return Status.UNMATCHED if self.checkable else Status.SKIPPED

    def to_dict(self, *, threshold: float | None = None) -> dict[str, Any]:
        """One line of ``scan --json`` but its ``source`` (``ScanReport.sentence_dicts`` adds the article, which
        a sentence does not know); ``match`` has the shape of a match in ``check --json``: its score, given the
        ``threshold`` that let it through, is never rounded below it (``Match.to_dict``)."""
        return {
            "type": "sentence",
            "line": self.line,
            "text": self.text,
            "checkable": self.checkable,
            "reason": self.reason,
            "match": self.match.to_dict(threshold=threshold) if self.match is not None else None,
            "speaker": self.speaker,
            "scored_by": self.scored_by,
            **(self.offsets.to_dict() if self.offsets else NO_OFFSETS),
        }


@dataclass(frozen=True)
class ScanSummary:
    """The counts of a ``ScanReport``: sentences read, checkable claims among them, how many have a fact-check
    (``matched``) and how many have none, with the threshold the matches cleared."""

    sentences: int
    checkable: int
    matched: int
    unmatched: int
    #: matched claims per verdict, in the order of the verdict scale; verdicts never matched are left out
    by_verdict: dict[Verdict, int] = field(default_factory=dict)
    threshold: float = 0.0
    #: of those, the possible matches (not ``Match.is_strong``) per verdict: a summary that counted them as verdicts
    #: ("FALSE 1") said what the line of the sentence did not ("possible match 0.53")
    possible_by_verdict: dict[Verdict, int] = field(default_factory=dict)

    @property
    def possible(self) -> int:
        """The matched claims whose match is only a possible one."""
        return sum(self.possible_by_verdict.values())

    @property
    def skipped(self) -> int:
        """The sentences that are no checkable claim."""
        return self.sentences - self.checkable

    def to_dict(self) -> dict[str, Any]:
        """The summary object of ``scan --json`` but its ``source`` and ``format`` (``ScanReport.summary_dict``
        adds them), and the ``kb`` and ``matcher`` the command line adds (the label of the claims file, the
        matcher's name: what the caller knows)."""
        return {
            "type": "summary",
            "sentences": self.sentences,
            "checkable": self.checkable,
            "matched": self.matched,
            "unmatched": self.unmatched,
            "skipped": self.skipped,
            "matched_by_verdict": {verdict.value: count for verdict, count in self.by_verdict.items()},
            # as given, as check --json gives it: rounded to 4 decimals, '--min-score 0.99991948' was 0.9999,
            # under the scores it let through
            "threshold": self.threshold,
            # the matched claims whose match is a possible one (each sentence's "strength"), as the text and Markdown
            # summaries count them apart: added after the keys scripts already read
            "possible_matches": self.possible,
            "possible_matches_by_verdict": {
                verdict.value: count for verdict, count in self.possible_by_verdict.items()
            },
        }


@dataclass(frozen=True)
class ScanReport:
    """What ``scan_article`` found: a result for each sentence, in reading order, and their summary."""

    source: str
    format: str
    results: tuple[SentenceResult, ...]
    summary: ScanSummary

    def selected(self, only: Selection | SelectionName | None = None) -> list[SentenceResult]:
        """The results ``only`` asks for (all of them for None), in reading order: a ``Selection`` or its
        name ("matched", in any case); ``ValueError`` naming the choices for another name ("match": "did you
        mean 'matched'?"), and for a value that is no text (a ``TypeError`` too)."""
        if only is None:
            return list(self.results)
        # its name ("matched") failed with "'str' object has no attribute 'statuses'"
        wanted = enum_choice(Selection, only, "only").statuses
        return [r for r in self.results if r.status in wanted]

    def scored_apart(self, matcher: str, only: Selection | SelectionName | None = None) -> list[SentenceResult]:
        """The checkable sentences another matcher than ``matcher`` (the one in use) scored: those the hybrid
        matcher's model cannot read (mostly in another script than Latin), which it hands to the lexical one;
        of those ``only`` asks for (a report names no sentence it does not show)."""
        return [r for r in self.selected(only) if r.scored_by is not None and r.scored_by != matcher]

    def sentence_dicts(self, only: Selection | SelectionName | None = None) -> list[dict[str, Any]]:
        """The sentence objects of ``scan --json`` that ``only`` asks for, in reading order, each naming the
        article it was read from (``source``, as the summary names it): with several FILEs, a script that
        keeps the matched sentences (``jq 'select(.type == "sentence" and .match != null)'``) no longer has to
        find the summary that follows them to know which article each came from."""
        threshold = self.summary.threshold
        return [{**result.to_dict(threshold=threshold), "source": self.source} for result in self.selected(only)]

    def summary_dict(self) -> dict[str, Any]:
        """The summary object of ``scan --json`` (its last line) but the ``kb`` and ``matcher`` the command
        line adds to it (the label of the claims file, the matcher's name: what the caller knows)."""
        return {**self.summary.to_dict(), "source": self.source, "format": self.format}


def possible_matches(count: int) -> str:
    """How a summary says how many of its matches are possible ones: "(1 possible match)"; nothing for none."""
    if not count:
        return ""
    return f"({count} {POSSIBLE_MATCH}{'' if count == 1 else 'es'})"


#: how many line numbers a handover note lists before "and N more"
NOTED_LINES = 10


def handover_note(report: ScanReport, matcher: str, only: Selection | None = None) -> str | None:
    """What the text and Markdown reports say once of the sentences another matcher scored, as ``scan --json``
    says it of each (``scored_by``) and ``check`` of a statement: "lexical matching for 2 sentences (lines 3, 5):
    the hybrid matcher's model cannot read them"; None when there are none.  Without it, a Cyrillic sentence's
    "no fact-check found" read as the hybrid matcher's answer, meaning and all.  Of the sentences shown
    (``only``): with ``--only matched`` it named unmatched lines the report left out."""
    apart = report.scored_apart(matcher, only)
    if not apart:
        return None
    scorers = sorted({r.scored_by for r in apart if r.scored_by is not None})
    lines = sorted({r.line for r in apart})
    shown = ", ".join(str(line) for line in lines[:NOTED_LINES])
    if len(lines) > NOTED_LINES:
        shown += f" and {len(lines) - NOTED_LINES} more"
    one = len(apart) == 1
    return (
        f"{' and '.join(scorers)} matching for {len(apart)} sentence{'' if one else 's'} "
        f"(line{'' if len(lines) == 1 else 's'} {shown}): the {matcher} matcher's model cannot read "
        f"{'it' if one else 'them'}"
    )


def summarize(results: Sequence[SentenceResult], threshold: float) -> ScanSummary:
    counts: dict[Verdict, int] = {}
    possible: dict[Verdict, int] = {}
    for result in results:
        if result.match is not None:
            verdict = result.match.claim.verdict
            counts[verdict] = counts.get(verdict, 0) + 1
            if not result.match.is_strong:
                possible[verdict] = possible.get(verdict, 0) + 1
    return ScanSummary(
        sentences=len(results),
        checkable=sum(1 for r in results if r.checkable),
        matched=sum(counts.values()),
        unmatched=sum(1 for r in results if r.status is Status.UNMATCHED),
        by_verdict={verdict: counts[verdict] for verdict in Verdict if verdict in counts},
        threshold=threshold,
        possible_by_verdict={verdict: possible[verdict] for verdict in Verdict if verdict in possible},
    )


def check_sentences(
    sentences: Sequence[Sentence],
    matcher: Matcher,
    *,
    min_score: float | None = None,
    progress: Progress | None = None,
) -> list[SentenceResult]:
    """Assess each sentence and match the checkable ones; results in the sentences' order."""
    from .claimlike import (
        CHECKED_IF_NO_DETAIL,
        IF_MATCHED,
        NO_DETAIL,
        REPEATS_A_CLAIM,
        Checkability,
        assess,
        lower_case_words,
        place_names,
        written_as_names,
    )

    threshold = matcher.threshold if min_score is None else min_score
    repeated = _repeated_claims(matcher)
    verdicts: dict[tuple[str, str, bool], Checkability] = {}
    # a capitalised first word the article writes in lower case elsewhere is no name ("Copyright law ...")
    texts = dict.fromkeys(s.text for s in sentences)
    lower_case = lower_case_words(texts)
    places = place_names(texts)  # a place is no one a reply is said to ("That is true, Mexico.")
    names = written_as_names(texts, lower_case)  # a name acts in a headline ("Sheinbaum Vetoes 2 Security Bills")
    for sentence in sentences:
        key = _verdict_key(sentence)
        if key not in verdicts:
            verdicts[key] = assess(
                sentence.text, sentence.kind, lower_case, spoken=sentence.spoken, places=places, names=names
            )

    def searched(sentence: Sentence) -> bool:
        """Whether the sentence is matched: a checkable one, or running text with no detail the rules see, which
        is shown only if it matches a claim (``claimlike.REPEATS_A_CLAIM``)."""
        verdict = verdicts[_verdict_key(sentence)]
        if verdict.checkable:
            return True
        if verdict.reason != NO_DETAIL or sentence.kind not in CHECKED_IF_NO_DETAIL:
            return False
        return bool(repeated.said(sentence.text))  # a sentence that says no claim is not searched

    # Checkable statements are handed to the matcher PREPARE_CHUNK at a time, just before they are
    # searched: a semantic matcher embeds them in one batch (progress still moves every few sentences).
    checkable = list(dict.fromkeys(s.text for s in sentences if searched(s)))
    upcoming = {text: i for i, text in enumerate(checkable)}
    prepared_until = 0
    matches: dict[str, Match | None] = {}
    results: list[SentenceResult] = []
    total = len(sentences)
    for done, sentence in enumerate(sentences, start=1):
        verdict = verdicts[_verdict_key(sentence)]
        search = searched(sentence)
        if search and sentence.text not in matches:
            if upcoming[sentence.text] >= prepared_until:
                start = upcoming[sentence.text]
                prepare(matcher, checkable[start : start + PREPARE_CHUNK])
                prepared_until = start + PREPARE_CHUNK
            matches[sentence.text] = _best_match(matcher, sentence.text, threshold)
        best = matches[sentence.text] if search else None
        if best is not None and not verdict.checkable and not repeated.says(sentence.text, best):
            best = None  # a sentence the rules see no claim in, matched on a word or two: "This is an outrage."
        if best is not None and not verdict.checkable:  # no detail the rules see, but a claim's words
            verdict = Checkability(True, REPEATS_A_CLAIM)
        if best is None and verdict.checkable and verdict.reason in IF_MATCHED:
            # a sentence the claim rules cannot judge (another script) is a claim only if it matches one
            verdict = verdict._replace(checkable=False, reason=IF_MATCHED[verdict.reason])
        scorer = scored_by(matcher, sentence.text) if verdict.checkable else None
        result = SentenceResult(
            sentence.line, sentence.text, verdict.checkable, verdict.reason, best, sentence.speaker, scorer
        )
        results.append(result)
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)
    return results


#: how much of a claim's wording the terms a sentence the claim rules see no detail in shares with it must be for the
#: sentence to be shown the claim (``_RepeatedClaims``)
SAYS_THE_CLAIM_SHARE = 0.75
#: words a sentence may add anywhere to a claim's and still say just it: intensifiers ("Vaccines are really safe.")
FRAME_WORDS = "really truly"
#: a frame opening a sentence, which it may add to a claim's words and still say just it: "Many people say that
#: eating sugar makes children hyperactive.", "Everyone knows bats are blind."; its words ("some", "often",
#: "still") are a frame's only here: "Eating sugar makes some children hyperactive." narrows the claim (review57e)
_LEADING_FRAME = re.compile(
    r"\s*(?:(?:(?:many|most|some|lots\s+of|a\s+lot\s+of)\s+)?people|everyone|everybody|someone|somebody|they"
    r"|it\s+is)\s+(?:(?:often|still|really|commonly|widely|always)\s+)?"
    r"(?:says?|said|knows?|knew|thinks?|thought|believes?|believed|claims?|claimed)\s+(?:that\s+)?",
    re.IGNORECASE,
)
#: the words a sentence may hold beyond a claim's own, of those ``text.terms`` drops (stop words): articles, "be",
#: "that", and a denial's "not" (shown with the opposite note), with the forms of "be" in the claim's tense
#: (``_BE_IN_THE_PRESENT``, ``_BE_IN_THE_PAST``).  Any other ("few", "very", "only", "all", "can", "could", "would",
#: "once", "before", "too") is a word of its own: "Few vaccines are safe." or "Coffee can be bad for your health."
#: says no claim "Vaccines are safe.", "Coffee is bad for your health." (review57e)
SAYS_THE_CLAIM_ALSO = frozenset("a an the be been being that not dont doesnt didnt".split())
#: "be" in the present and the past: a sentence says a claim in its tense only, "Leaded petrol was legal." (true of
#: the past) is no "Leaded petrol is legal." (FALSE), nor "Bats were blind." "Bats are blind." (review58e)
_BE_IN_THE_PRESENT = frozenset("is are am isnt arent".split())
_BE_IN_THE_PAST = frozenset("was were wasnt werent".split())


def _also_said(claimed_dropped: frozenset[str]) -> frozenset[str]:
    """The stop words a sentence may add to a wording whose own are ``claimed_dropped``: ``SAYS_THE_CLAIM_ALSO``
    and "be" in the wording's tense (the present, unless the wording says "was" or "were" alone)."""
    past = bool(claimed_dropped & _BE_IN_THE_PAST) and not claimed_dropped & _BE_IN_THE_PRESENT
    return claimed_dropped | SAYS_THE_CLAIM_ALSO | (_BE_IN_THE_PAST if past else _BE_IN_THE_PRESENT)


class _RepeatedClaims:
    """Which claims a sentence in which the claim rules see no number, actor, cause or comparison says in their own
    words (``claimlike.REPEATS_A_CLAIM``).  Read past a frame the matcher reads past ("It's a myth that ...", "my
    gran says") and a leading frame (``_LEADING_FRAME``), for a wording of the claim (its text or an alias): the
    sentence's terms, but for ``FRAME_WORDS``, are all the wording's, two or more, at least
    ``SAYS_THE_CLAIM_SHARE`` of the wording's, among them its rarest (the fewest wordings of the file hold it), in
    the wording's order; and each of its words that yields no term (a stop word) is the wording's own or one of
    ``SAYS_THE_CLAIM_ALSO``.  A sentence adding a word of its own narrows the claim and is not shown it
    (review49a, review57e): "Coffee is bad for your dog's health.", "The class election was stolen.", "Few
    vaccines are safe.", "Eating sugar makes some children hyperactive."; nor does one lacking the claim's rarest
    word say it ("Sugar makes children happy.", fix48d) or one with its words the other way round ("The flat
    earth idea is silly.").

    The claims are looked for in the postings of the sentence's rarest term, before the sentence is searched: one
    with no such claim is not searched at all (a scan of prose made of such sentences ran 2.7 to 3 times as long
    when each was searched, review49a).  The postings are the lexical index's (a lexical or a hybrid matcher), or
    built from the claims' terms for any other matcher (a semantic one searched each sentence, review57e)."""

    def __init__(self, matcher: Matcher) -> None:
        from .lexical import LexicalMatcher
        from .text import terms

        lexical = getattr(matcher, "lexical", matcher)
        self._lexical = lexical if isinstance(lexical, LexicalMatcher) else None
        self._claims: tuple[Claim, ...] = tuple(getattr(matcher, "claims", ()))
        self._postings: dict[str, list[int]] | None = None  # without a lexical index: term -> claims holding it
        self._held_by: dict[str, int] = {}  # ... and how many wordings hold it
        self._frame = frozenset(terms(FRAME_WORDS))
        self._wordings: dict[str, list[tuple[list[str], frozenset[str], frozenset[str]]]] = {}
        self._said: dict[str, frozenset[str]] = {}

    def _own_postings(self) -> dict[str, list[int]]:
        from .text import terms

        if self._postings is None:
            postings: dict[str, list[int]] = {}
            for position, claim in enumerate(self._claims):
                for wording in (claim.claim, *claim.aliases):
                    for term in set(terms(wording)):
                        self._held_by[term] = self._held_by.get(term, 0) + 1
                        held = postings.setdefault(term, [])
                        if not held or held[-1] != position:
                            held.append(position)
            self._postings = postings
        return self._postings

    def _idf(self, term: str) -> float:
        """How rare a term is among the claims' wordings: the lexical index's idf, else minus the wordings holding
        it (the same order); the largest for a term no claim has."""
        if self._lexical is not None:
            return self._lexical.term_idf(term)
        self._own_postings()
        return -float(self._held_by.get(term, 0))

    def _claims_holding(self, term: str) -> list[Claim]:
        if self._lexical is not None:
            return self._lexical.claims_holding(term)
        return [self._claims[position] for position in self._own_postings().get(term, ())]

    @staticmethod
    def _read(text: str) -> str:
        """The sentence past the frames it may add to a claim's words."""
        from .text import without_attribution, without_verdict_framing

        read = without_attribution(without_verdict_framing(text))
        return _LEADING_FRAME.sub("", read, count=1) if _LEADING_FRAME.match(read) else read

    def _content(self, text: str) -> list[str]:
        """The sentence's terms, read past its frames, but for ``FRAME_WORDS``."""
        from .text import terms

        return [t for t in terms(self._read(text)) if t not in self._frame]

    @staticmethod
    def _dropped(text: str) -> frozenset[str]:
        """The words of ``text`` that yield no term (its stop words), folded: "few", "the", "isnt"."""
        from .text import normalize, text_language

        language = text_language(text)
        return frozenset(word for word in normalize(text, language) if word in language.stop_words)

    def _terms_of(self, claim: Claim) -> list[tuple[list[str], frozenset[str], frozenset[str]]]:
        from .text import terms

        if claim.id not in self._wordings:
            self._wordings[claim.id] = [
                (listed, frozenset(listed), self._dropped(wording))
                for wording, listed in ((w, terms(w)) for w in (claim.claim, *claim.aliases))
                if listed
            ]
        return self._wordings[claim.id]

    def _says(self, text: str, said: list[str], claim: Claim) -> bool:
        said_set = frozenset(said)
        dropped: frozenset[str] | None = None
        for claimed, claimed_set, claimed_dropped in self._terms_of(claim):
            if not (
                said_set <= claimed_set
                and len(said_set) >= 2
                and len(said_set) >= SAYS_THE_CLAIM_SHARE * len(claimed_set)
            ):
                continue
            weights = {term: self._idf(term) for term in claimed_set}
            top = max(weights.values())
            rarest = frozenset(term for term, weight in weights.items() if weight >= top - 1e-9)
            if not (rarest <= said_set and _in_order(said, claimed, said_set)):
                continue
            if dropped is None:
                dropped = self._dropped(self._read(text))
            if dropped <= _also_said(claimed_dropped):
                return True
        return False

    def _holding_all(self, said: list[str]) -> list[Claim]:
        """The claims holding every term of the sentence, from the rarest term's postings narrowed by the next
        rarest ones': in a file whose claims share a few words, each held by hundreds of claims, checking every claim
        holding the rarest one made a lexical scan 3.7 times as long (review58e)."""
        by_rarity = sorted(set(said), key=self._idf, reverse=True)
        claims = self._claims_holding(by_rarity[0])
        for term in by_rarity[1:]:
            if not claims:
                break
            holding = {claim.id for claim in self._claims_holding(term)}
            claims = [claim for claim in claims if claim.id in holding]
        return claims

    def said(self, text: str) -> frozenset[str]:
        """The ids of the claims the sentence says (none: an empty set)."""
        if text not in self._said:
            said = self._content(text)
            claims = self._holding_all(said) if len(set(said)) >= 2 else []
            self._said[text] = frozenset(claim.id for claim in claims if self._says(text, said, claim))
        return self._said[text]

    def says(self, text: str, match: Match) -> bool:
        """Whether the sentence says the matched claim: a strong match (``Match.is_strong``) to a claim it says."""
        return match.is_strong and match.claim.id in self.said(text)


#: each matcher's ``_RepeatedClaims``, kept while the matcher lives: a scan of several files (or a second scan in
#: one process) reuses the postings built from the claims (a semantic matcher's: +1 s a file on 10,000 claims,
#: review58e) and the sentences already read
_REPEATED_CLAIMS: weakref.WeakKeyDictionary[Matcher, _RepeatedClaims] = weakref.WeakKeyDictionary()


def _repeated_claims(matcher: Matcher) -> _RepeatedClaims:
    try:
        repeated = _REPEATED_CLAIMS.get(matcher)
    except TypeError:  # a matcher no weak reference can name (a test's stand-in): its own, this scan
        return _RepeatedClaims(matcher)
    if repeated is None:
        repeated = _REPEATED_CLAIMS[matcher] = _RepeatedClaims(matcher)
    return repeated


def _in_order(said: list[str], claimed: list[str], shared: frozenset[str]) -> bool:
    """Whether the terms two texts share come in the same order in both: "The flat earth idea is silly." holds
    "The earth is flat."'s terms, the other way round."""
    first_said = [term for term in dict.fromkeys(said) if term in shared]
    first_claimed = [term for term in dict.fromkeys(claimed) if term in shared]
    return first_said == first_claimed


def _verdict_key(sentence: Sentence) -> tuple[str, str, bool]:
    """What ``assess`` judges a sentence by: its words, its block's kind, whether it is said."""
    return (sentence.text, sentence.kind.value, sentence.spoken)


def _best_match(matcher: Matcher, text: str, threshold: float) -> Match | None:
    candidates = matcher.search(text, top=1)
    if candidates and candidates[0].score >= threshold:
        return candidates[0]
    return None


def scan_article(
    article: Article,
    kb: KnowledgeBase,
    *,
    min_score: float | None = None,
    progress: Progress | None = None,
    matcher: Matcher | None = None,
) -> ScanReport:
    """Scan an article against a knowledge base (``min_score`` overrides the matcher's threshold).

    ``matcher``: one built for ``kb`` (default: ``build_matcher(kb)``).  Arguments of the wrong type
    raise ``TypeError`` (a min_score of NaN: ``ValueError``)."""
    if not isinstance(article, Article):  # a str failed deep inside: "'str' object has no attribute 'blocks'"
        made_by = "read_article(path), parse_article(text)"
        raise TypeError(f"scan_article takes an Article ({made_by}), not {type(article).__name__}")
    if matcher is not None and not isinstance(matcher, Matcher):
        raise TypeError(f"matcher must be a Matcher (build_matcher(kb)) or None, not {type(matcher).__name__}")
    min_score = check_min_score(min_score)
    matcher = matcher if matcher is not None else build_matcher(kb)
    from .sentences import split_sentences

    threshold = matcher.threshold if min_score is None else min_score
    sentences = split_sentences(article.blocks)
    results = check_sentences(sentences, matcher, min_score=min_score, progress=progress)
    if article.source:
        # the readers of HTML and Markdown decode character references ("&rsquo;"), which are spanned whole, and leave
        # out their markup (a link's address), where no span ends
        markup = article.format.value if article.format in (InputFormat.HTML, InputFormat.MARKDOWN) else None
        placed = sentence_offsets(article.source, sentences, markup=markup)
        results = [replace(result, offsets=offsets) for result, offsets in zip(results, placed, strict=True)]
    return ScanReport(article.name, article.format.value, tuple(results), summarize(results, threshold))
