"""Text normalisation for matching: the same words in different clothes become the same tokens.

``terms(text)`` is what the lexical index stores and queries with: accents and case folded,
URLs, @handles and tweet attributions removed, #HashTags split into words, numbers written as
digits ("ten thousand", "10k" and "10,000" are all ``10000``), a few spelling variants of the
same entity merged ("U.S.", "USA", "American" -> ``usa``), English stop words dropped and the
rest stemmed (Snowball).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_STEMMER = snowballstemmer.stemmer("english")

STOP_WORDS = frozenset(
    """
    a about above after again against all am an and any are aren't as at be because been before being
    below between both but by can could did didn't do does doesn't doing don't down during each few for
    from further had has have having he her here hers herself him himself his how i if in into is isn't
    it its itself just let me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was wasn't we were what when where
    which while who whom why will with won't would you your yours yourself yourselves also ever never
    via s t re ve ll d m o y isnt arent wasnt werent dont doesnt didnt wont cant cannot couldnt shouldnt
    wouldnt hasnt havent hadnt amp rt im ive youre theyre thats whats heres theres u get got says said
    say like one new us
    """.split()
)

# Stems that name the same thing for matching purposes (applied after stemming).
_SYNONYMS = {
    "soldier": "troop",
    "servicemen": "troop",
    "servicememb": "troop",
    "mexican": "mexico",
    "percent": "%",
}

_URL = re.compile(r"(?:https?://|www\.)\S+|\bpic\.twitter\.com/\S+|\b\S+\.(?:com|org|net|ly|co)/\S*", re.I)
# "— Name (@handle) January 14, 2020" at the end of an embedded tweet.
_ATTRIBUTION = re.compile(r"[—–-]\s*[^—–\n]{0,80}\(@\w+\)\s*[A-Z][a-z]+ \d{1,2}, \d{4}\s*$")
_HANDLE = re.compile(r"(?<![\w@])@\w+")
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
_US = re.compile(r"\b(?:U\.\s?S\.(?:\s?A\.)?|USA|US|United States(?: of America)?)(?![\w.])|\bU\.S\.(?=\w)")
_AMERICA = re.compile(r"(?<!Latin )(?<!South )(?<!Central )(?<!North )\bAmerica(?:n|ns)?\b")
_THOUSANDS = re.compile(r"(?<=\d)[,.](?=\d{3}(?!\d))")
_SUFFIXED_NUMBER = re.compile(r"\b(\d+(?:\.\d+)?)\s?(k|m|bn|million|billion|thousand)\b", re.I)
_WORD = re.compile(r"[a-z0-9%]+")

_SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_MULTIPLIERS = {
    "k": 1_000,
    "thousand": 1_000,
    "m": 1_000_000,
    "million": 1_000_000,
    "bn": 1_000_000_000,
    "billion": 1_000_000_000,
}


def fold(text: str) -> str:
    """Lower-case and strip accents: ``Fénix`` -> ``fenix``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def clean_social(text: str) -> str:
    """Remove what tweets and posts add around a statement: links, handles, attributions."""
    text = _ATTRIBUTION.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    return _HASHTAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)) + " ", text)


def _digits(text: str) -> str:
    text = _THOUSANDS.sub("", text)

    def expand(match: re.Match[str]) -> str:
        value = float(match.group(1)) * _MULTIPLIERS[match.group(2).lower()]
        return str(int(value)) if value == int(value) else str(value)

    return _SUFFIXED_NUMBER.sub(expand, text)


def _number_words(words: list[str]) -> list[str]:
    """``["ten", "thousand", "troops"]`` -> ``["10000", "troops"]`` (cheap, common cases only)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] not in _SMALL and not (words[i] in _SCALES and out and out[-1].isdigit()):
            out.append(words[i])
            i += 1
            continue
        total, current, j = 0, 0, i
        if words[i] in _SCALES:  # "10 thousand": a digit followed by a scale word
            current = int(out.pop())
        while j < len(words) and (words[j] in _SMALL or words[j] in _SCALES or words[j] == "and"):
            word = words[j]
            if word == "and":
                if j + 1 < len(words) and words[j + 1] in _SMALL and current:
                    j += 1
                    continue
                break
            if word in _SMALL:
                current += _SMALL[word]
            elif word == "hundred":
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * _SCALES[word]
                current = 0
            j += 1
        out.append(str(total + current))
        i = j
    return out


def normalize(text: str) -> list[str]:
    """Folded words with numbers as digits, before stop words and stemming."""
    text = clean_social(text)
    text = _US.sub(" usa ", text)
    text = _AMERICA.sub(" usa ", text)
    text = _digits(fold(text))
    text = text.replace("'", "").replace("’", "")
    return _number_words(_WORD.findall(text))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    stemmed: str = _STEMMER.stemWord(word)
    return _SYNONYMS.get(stemmed, stemmed)


def terms(text: str) -> list[str]:
    """The index terms of a text, in order (duplicates kept)."""
    return [stem(w) for w in normalize(text) if w not in STOP_WORDS]
