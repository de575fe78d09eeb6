"""Does a statement say what the matched claim says, or its opposite?

"There are no US troops in Mexico" matches the checked claim "There are US troops in Mexico"
word for word, yet says the opposite, so the claim's verdict does not apply to the statement
as the user wrote it.  ``polarity(statement, claim_text)`` detects the common cases:

- negation: "no", "not", "n't", "never", "none", "nobody", "nothing", "no longer", "without",
  "cannot"... counted in each text; an odd difference means one text negates what the other
  affirms ("not only" does not count; "no one" does);
- contrast: "trainers, not combat units", "trainers rather than combat units", "instead of",
  "as opposed to" deny an alternative (combat units), not what the sentence asserts.  Such a
  denial flips only when the other text mentions the alternative: "There are US combat units in
  Mexico" contradicts "...trainers, not combat units", "US trainers are in Mexico" does not, and
  two texts that both deny combat units ("rather than" in one, "not" in the other) agree;
- antonyms: one text says "increase" where the other says "decrease" (rise/fall, more/fewer,
  higher/lower, legal/illegal, win/lose, allow/ban, true/false...), each such swap flips.

The result is ``"opposite"`` when the flips add up to an odd number, ``"same"`` otherwise.
It is a heuristic for a clear warning, not a parser: sarcasm, double negatives spread over
clauses and negations of a different part of the sentence are beyond it.
"""

from __future__ import annotations

import re

from .text import terms

SAME = "same"
OPPOSITE = "opposite"

_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_NEGATIONS = frozenset(
    "no not never none nobody nothing nowhere neither without cannot cant dont doesnt didnt isnt arent "
    "wasnt werent wont wouldnt shouldnt couldnt hasnt havent hadnt aint".split()
)
# A contrast and the alternative it denies (up to the next punctuation): ", not Y", ", but not Y", "- not Y",
# "rather than Y", "instead of Y", "as opposed to Y" ("not only"/"not just" add, they do not deny).
_CONTRAST = re.compile(
    r"(?:(?:[,;(—–]|\s-)\s*(?:but\s+)?not|\brather\s+than|\binstead\s+of|\bas\s+opposed\s+to)"
    r"\s+(?!only\b|just\b)([^,.;:!?()—–]+)",
    re.IGNORECASE,
)
# Word pairs of opposite meaning; each side lists the forms that count.
_ANTONYMS: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(a.split()), frozenset(b.split()))
    for a, b in (
        ("increase increased increases increasing", "decrease decreased decreases decreasing"),
        ("rise rises rising rose risen", "fall falls falling fell fallen"),
        ("more", "fewer less"),
        ("higher highest", "lower lowest"),
        ("larger largest bigger biggest", "smaller smallest"),
        ("most", "least fewest"),
        ("legal legally", "illegal illegally"),
        ("win wins won winning", "lose loses lost losing"),
        ("allow allows allowed allowing permit permits permitted", "ban bans banned banning forbid forbids forbidden"),
        ("true", "false"),
        ("approve approves approved", "reject rejects rejected"),
        ("support supports supported", "oppose opposes opposed"),
        ("accept accepts accepted", "refuse refuses refused"),
        ("alive", "dead"),
        ("guilty", "innocent"),
        ("gain gains gained", "loss losses"),
        ("always", "rarely seldom"),
    )
)


def _words(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _WORD.findall(text.casefold())]


def negation_count(text: str) -> int:
    """How many negations ``text`` holds ("not only" excluded; "no longer" counts once; contrasts such as
    ", not Y" or "rather than Y" are not counted here: see ``contrasts``)."""
    words = _words(_CONTRAST.sub(lambda m: " " + m.group(1), text))
    count = 0
    for i, word in enumerate(words):
        bare = word.replace("'", "")
        following = words[i + 1] if i + 1 < len(words) else ""
        if bare == "not" and following in ("only", "just"):
            continue
        if bare in _NEGATIONS or word.endswith("n't"):
            count += 1
    return count


def contrasts(text: str) -> list[set[str]]:
    """The alternatives ``text`` denies by contrast, each as its set of index terms:
    "trainers rather than combat units" -> [{"combat", "unit"}]."""
    found = [set(terms(m.group(1))) for m in _CONTRAST.finditer(text)]
    return [alternative for alternative in found if alternative]


def _contrast_flips(text: str, other: str) -> int:
    """Denied alternatives of ``text`` that ``other`` mentions (affirmed, or denied too)."""
    denied = contrasts(text)
    if not denied:
        return 0
    other_terms = set(terms(other))
    return sum(1 for alternative in denied if alternative & other_terms)


def _antonym_flips(statement: set[str], claim: set[str]) -> int:
    flips = 0
    for left, right in _ANTONYMS:
        s_left, s_right = bool(statement & left), bool(statement & right)
        c_left, c_right = bool(claim & left), bool(claim & right)
        # a swap: one side only in the statement, the other only in the claim
        if (s_left and not s_right and c_right and not c_left) or (s_right and not s_left and c_left and not c_right):
            flips += 1
    return flips


def polarity(statement: str, claim_text: str) -> str:
    """``"opposite"`` when ``statement`` contradicts ``claim_text`` by negation or antonym, else ``"same"``."""
    flips = negation_count(statement) + negation_count(claim_text)
    flips += _contrast_flips(statement, claim_text) + _contrast_flips(claim_text, statement)
    flips += _antonym_flips(set(_words(statement)), set(_words(claim_text)))
    return OPPOSITE if flips % 2 else SAME
