"""Typo tolerance: a typed statement's misspelt words read as the knowledge base's words.

"us troops in mexcio" is read as "us troops in mexico".  The character 4-grams of the lexical index
do not catch such misspellings ("mexcio" shares none with "mexico"), and the substitution check
(``short_statements.py``) took "mexcio" for a distinctive word in the place of "Mexico".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Sequence
from functools import cached_property

from .model import Claim
from .short_statements import TYPED_STATEMENT_TERMS
from .text import (
    SPANISH_WORD_TERMS,
    STOP_WORDS,
    Language,
    fold,
    folded_words,
    has_social_markup,
    own_words,
    read_as_spanish,
    stem,
    stop_words_of,
    terms,
    text_language,
    without_attribution,
    without_list_place,
    without_verdict_framing,
)

#: the shortest statement word read as a misspelling of a knowledge-base word one edit away.  Shorter words have
#: too many neighbours (a typo of "troop" or a real word?)
TYPO_MIN_LETTERS = 5
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_LETTER_RUN = re.compile(r"[^\W\d_]+")
#: what a character typed for a letter it looks like stands for ("V4ccines c4use 4utism", "c0vid", "v@ccines"), as
#: moderation meets them: "1" is "i" or "l"; and "xx" is "cc" ("vaxxines")
_OBFUSCATED_LETTERS = {"0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a"}
#: a word shorter than this after a number is a unit or word of its own: "4men" is no "amen", "3pm" none (``_a_word``)
_OBFUSCATED_MIN_LETTERS = 4
#: a word of ASCII letters and such characters, with at least two letters and one character or "xx" typed for a
#: letter, not joined to another word ("COVID-19", "5G", "4x4", "10k", "an @handle", "1.5bn", "x86")
_OBFUSCATED_WORD = re.compile(
    r"(?<![\w@#$£€.,/'’-])(?=[A-Za-z013457@]*(?:[013457@]|[xX]{2}))(?=[013457@]*[A-Za-z][013457@]*[A-Za-z])"
    r"[A-Za-z013457@]+(?![\w@%/'’-]|[.,]\w)"
)
#: a negation or a verdict word, and Spanish's ("no", "nunca", "nada"...), read whatever the file holds when typed
#: with such characters ("n0t", "n3ver", "d0esn't", "f4ke", "nunc4"): with the file's words alone read, "V4ccines d0
#: n0t c4use 4utism" was shown the claim "Vaccines cause autism" at 1.00 with no note that it says the opposite
_NEGATIONS = frozenset(
    "no not never none nobody nothing nowhere neither nor cannot cant dont doesnt didnt isnt arent wasnt werent wont "
    "wouldnt shouldnt couldnt hasnt havent hadnt aint fake false untrue hoax myth bogus debunked "
    "nunca jamas nada nadie ningun ninguno ninguna tampoco falso falsa "
    "nicht kein keine keinen keinem keiner keines nie niemals nichts niemand falsch "
    "non mai niente nessuno nessuna".split()
)
_LONGEST_NEGATION = max(map(len, _NEGATIONS)) + 1  # with its apostrophe
#: a word of ASCII letters and such characters with at least one of them, maybe with an apostrophe ("d0esn't")
_TYPED_NEGATION = re.compile(
    r"(?<![\w@#$£€.,/\\'’-])(?=[A-Za-z'’]*[013457@])[A-Za-z013457@]+(?:['’][A-Za-z013457@]+)?"
    r"(?![\w@%/'’-]|[.,:]\w)"
)


class Speller:
    """The words of a knowledge base's claims, and the one a misspelt statement word stands for."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self._claims = claims
        self._english_terms: dict[str, bool] = {}  # ``_has_english_word_of``'s answers

    def corrected(self, query: str, known_terms: Container[str]) -> str:
        """The statement with its misspelt words read as the knowledge base's words ("us troops in mexcio" ->
        "us troops in mexico"), when it is typed by a person (no link, handle or hashtag) and not long: at most
        ``TYPED_STATEMENT_TERMS`` content words, the statements the substitution check takes at their word.

        A word is misspelt when ``known_terms`` (the index's) hold neither it nor its term, it has at least
        ``TYPO_MIN_LETTERS`` letters, and exactly one content word of the knowledge base (words of one term count
        as one: "soldier", "soldiers") is one edit from it with the same first letter: a letter added, removed or
        changed, or two adjacent letters swapped (Damerau-Levenshtein distance 1).  With two or more ("solders":
        "soldiers", "solder" in a file that has both), it is left as typed; so is a name (capitalised inside a
        sentence, in a text not all in capitals), which one letter makes another name ("Latin America" is no
        misspelt "Latin American").  A real word the knowledge base lacks may still be read as one it has
        ("started" as "stated"): the statement's other words and the substitution check still decide, and
        ``bench/short_statements.py`` measured no loss.

        An English statement's word is misspelt too when its term is one the knowledge base has only for Spanish
        words (``_of_spanish_words_alone``): "trops" is "trop" by the stemmer, the term "tropas" and "soldados"
        get in the Spanish aliases, so "US trops are in Mexico" matched through them alone, a rarer term than
        "troop", at 0.95 where "US troops are in Mexico" scores 0.88.  It is read as the one English word one edit
        away ("troops"): the Spanish words ("tropas") are no reading of an English word."""
        if has_social_markup(without_list_place(query)):  # "#3 X" is a place in a thread, no hashtag
            return query
        # "I heard that ...": "heard" is read as written, not "head"; nor is who said it read ("..., dijo el senador
        # Ricardo Monreal" became "dijo el senado ...", which no longer read as who said it, and the name capped the
        # match at 0.2)
        statement = without_attribution(without_verdict_framing(query))
        language = text_language(query)  # "aprobaron" is a known term ("aprob") of a Spanish statement
        undone = self._obfuscations_undone(query, statement, language, known_terms)
        if undone != query:
            if len(set(terms(own_words(undone)))) > TYPED_STATEMENT_TERMS:
                return query
            query, statement = undone, without_attribution(without_verdict_framing(undone))
        stops = stop_words_of(query, language)  # a German statement's "nicht" is no misspelt "nicht"
        words = {
            word
            for word in (fold(run) for run in _LETTER_RUN.findall(statement))
            if len(word) >= TYPO_MIN_LETTERS and word.isascii() and word not in stops
        }
        suspects = {word for word in words if language.stem(word) not in known_terms}
        # known words whose term the file may give Spanish words alone ("trops": "trop"); whether it does is asked
        # of the file's texts after the early returns (a pass over them: most statements never need it)
        maybe_spanish = (
            {word for word in words - suspects if stem(word) in SPANISH_WORD_TERMS and not read_as_spanish(word)}
            if language is Language.ENGLISH
            else set()
        )
        if not (suspects or maybe_spanish) or len(set(terms(own_words(query)))) > TYPED_STATEMENT_TERMS:
            return query
        spanish_terms = {word for word in maybe_spanish if self._of_spanish_words_alone(word)}
        suspects |= spanish_terms
        if not suspects:
            return query
        suspects -= _names(statement)  # one letter makes another name: "Latin America" is not "Latin American"
        readings = {
            word: reading
            for word in suspects
            if (reading := self.spelling_of(word, language, english_only=word in spanish_terms)) is not None
        }
        if not readings:
            return query
        return _LETTER_RUN.sub(lambda run: _respelt(run.group(), readings), query)

    def _obfuscations_undone(self, query: str, statement: str, language: Language, known_terms: Container[str]) -> str:
        """``query`` with each word of the statement that types a digit or "@" for a letter it looks like, or "xx"
        for "cc" (``_OBFUSCATED_WORD``: "V4ccines c4use 4utism", "c0vid", "vaxxines"), read as the knowledge base's
        word it spells so (``_OBFUSCATED_LETTERS``: "Vaccines cause autism"), when the word's term is no known one
        and exactly one term of the file's words is spelt so.  Only a word of the file: "4chan", "h1n1", "b737",
        "m4a1" spell none, and a number ("4 troops", "2024", "5G", "COVID-19", "10k") is no such word.  A negation
        or verdict word so typed (``_NEGATIONS``: "n0t", "n3ver", "d0esn't", "f4ke") is read whatever the file
        holds, so that polarity sees it: "V4ccines d0 n0t c4use 4utism" is "Vaccines d0 not cause autism"."""
        if not any(character in query for character in "013457@xX"):
            return query
        readings = {
            word: negation
            for word in (fold(written) for written in _TYPED_NEGATION.findall(statement))
            if len(word) <= _LONGEST_NEGATION
            and _letters_not_outnumbered(word)
            and language.stem(word) not in known_terms
            and (negation := _negation_spelt(word)) is not None
        }
        negations = dict(readings)
        for written in _OBFUSCATED_WORD.findall(statement):
            word = fold(written)
            letters = sum(character.isalpha() for character in word)
            if word in readings or 2 * letters <= len(word) or len(word) > self._longest_spelling:
                continue  # as many digits as letters: "11am" is no "liam", "ak47" no "akat"; longer than any word
            if language.stem(word) in known_terms:
                continue
            if (core := word.strip("013457@")) != word and core.isalpha() and _a_word(core, language, known_terms):
                continue  # a number or a letter before a word: "4real" (for real) is no "areal", "5ever" no "sever"
            # the file's words (``_spellings``: 4 letters or more), but for stop words
            spellings = self._spellings
            found = {spelt for spelt in _spelt_out(word) if spelt in spellings and spelt not in language.stop_words}
            if found and len({language.stem(spelt) for spelt in found}) == 1:
                readings[word] = max(sorted(found), key=lambda spelt: spellings[spelt])
        if not readings:
            return query
        if negations:
            query = _TYPED_NEGATION.sub(lambda run: _respelt(run.group(), negations), query)
        return _OBFUSCATED_WORD.sub(lambda run: _respelt(run.group(), readings), query)

    def spelling_of(
        self, word: str, language: Language = Language.ENGLISH, *, english_only: bool = False
    ) -> str | None:
        """The one knowledge-base word (by term, in the statement's ``language``) one edit from ``word``, or None
        (none, or several).  ``english_only``: no word that English reads as a Spanish one (``read_as_spanish``:
        "tropas" is no reading of "trops")."""
        spellings = self._spellings
        if word in spellings or len(word) > self._longest_spelling + 1:  # one edit adds one letter at most
            return None
        # the first letter is kept: typists seldom miss it, while changing it makes other words ("lakes"/"makes")
        found = {
            edit
            for edit in _one_edit(word)
            if edit in spellings and edit[0] == word[0] and not (english_only and read_as_spanish(edit))
        }
        stems = {language.stem(w) for w in found}
        if not found or len(stems) > 1:
            return None
        if language.stem(word) in stems:
            # another form of the word, not a misspelling: the reading would be its own term, save where the
            # normaliser reads the forms apart ("thousands of" is no amount, "thousand" one)
            return None
        return max(sorted(found), key=lambda w: spellings[w])  # the commonest spelling of the term

    @cached_property
    def _spellings(self) -> dict[str, int]:
        """The words of the knowledge base's claims (texts, aliases, summaries: what the index holds), folded,
        with how many times each occurs.  Built on first need: only typed statements with an unknown word ask."""
        counts: Counter[str] = Counter()
        for claim in self._claims:
            for text in (claim.claim, *claim.aliases, claim.summary or ""):
                counts.update(folded_words(text))
        # stop words are no index term: "world" is not "would" misspelt
        return {
            word: count
            for word, count in counts.items()
            if word.isalpha() and len(word) >= TYPO_MIN_LETTERS - 1 and word not in STOP_WORDS
        }

    def _of_spanish_words_alone(self, word: str) -> bool:
        """Is the term of ``word``, an English statement's, one the knowledge base gives only Spanish words, which
        ``word`` is not ("trops": "trop", the term of the file's "tropas" and "soldados"), and is ``word`` none of
        the knowledge base's own words?"""
        term = stem(word)
        return (
            term in SPANISH_WORD_TERMS
            and not read_as_spanish(word)
            and not self._has_english_word_of(term)
            and word not in self._spellings
        )

    def _has_english_word_of(self, term: str) -> bool:
        """Does a word of the knowledge base's English texts have ``term`` (one of ``SPANISH_WORD_TERMS``) by its
        own stem, not as a Spanish word: "mexico" of "Mexico"; not "trop", where those texts say "troops" and
        "soldiers", and quote "no son tropas"?  Asked per term, and the texts are read until one says it: a whole
        pass over a file of 10,000 claims, read for every term, made a check of one statement 8 times slower."""
        known = self._english_terms.get(term)
        if known is None:
            known = self._english_terms[term] = any(
                any(stem(word) == term and not read_as_spanish(word) for word in folded_words(text))
                and text_language(text) is Language.ENGLISH  # asked last: the rarer condition is the word
                for claim in self._claims
                for text in (claim.claim, *claim.aliases, claim.summary or "")
            )
        return known

    @cached_property
    def _longest_spelling(self) -> int:
        """The length of the knowledge base's longest word: a longer statement word by two letters is no
        misspelling of one, and its ~54 one-edit strings per letter (10,000 letters: 540,000 strings of
        10,000 characters) are not made."""
        return max(map(len, self._spellings), default=0)


def _one_edit(word: str) -> set[str]:
    """The strings one edit from ``word`` (a letter removed, two adjacent letters swapped, a letter changed or
    added): Damerau-Levenshtein distance 1.  Some 54 per letter, each a dictionary look-up: cheaper than an index
    of deletions, which would need building for every knowledge base."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {left + right[1:] for left, right in splits if right}
    edits |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    edits |= {left + c + right[1:] for left, right in splits if right for c in _LETTERS}
    edits |= {left + c + right for left, right in splits for c in _LETTERS}
    edits.discard(word)
    return edits


def _a_word(word: str, language: Language, known_terms: Container[str]) -> bool:
    """Is ``word`` short (a unit, "4men", "3pm"), a stop word or a known term's?"""
    return len(word) < _OBFUSCATED_MIN_LETTERS or word in language.stop_words or language.stem(word) in known_terms


def _letters_not_outnumbered(word: str) -> bool:
    """Has a folded word as many letters as characters typed for letters, or more: "n0t", "N0", "k31n" do; a code
    ("N13", "M41", "N07") does not, and is no "nie", "mai", "not" (review of a3887a6: "The N13 road was closed for a
    week" was read "The Nie road ..." and its own claim capped at 0.2)."""
    letters = sum(character.isalpha() for character in word)
    return 2 * letters >= len(word)


def _negation_spelt(word: str) -> str | None:
    """The negation or verdict word (``_NEGATIONS``) a folded word spells with its characters typed for letters
    read as those letters, as written ("n0t" -> "not", "d0esn't" -> "doesn't"), or None."""
    return next(
        (spelt for spelt in sorted(_spelt_out(word)) if spelt.replace("'", "").replace("’", "") in _NEGATIONS), None
    )


def _spelt_out(word: str) -> set[str]:
    """The words a folded word spells with its characters typed for letters read as those letters
    (``_OBFUSCATED_LETTERS``): "v4ccines" -> {"vaccines"}, "l1es" -> {"lies", "lles"}, "vaxxines" -> {"vaccines"}."""
    spellings = [""]
    for character in word.replace("xx", "cc"):
        letters = _OBFUSCATED_LETTERS.get(character, character)
        spellings = [spelt + letter for spelt in spellings for letter in letters]
        if len(spellings) > 64:  # a word of many "1"s: no reading
            return set()
    return set(spellings)


def _names(text: str) -> set[str]:
    """The folded words ``text`` writes with a capital inside a sentence (not after ``.``, ``!``, ``?`` or ``:``);
    none when capitals say nothing (no word of it in lower case: "US TROOPS IN MEXCIO")."""
    runs = list(_LETTER_RUN.finditer(text))
    if not any(run.group().islower() for run in runs):
        return set()
    return {
        fold(run.group())
        for run in runs
        if run.group()[:1].isupper()
        and text[: run.start()].rstrip(" \t\n\"'“‘«([").rstrip()[-1:] not in ("", ".", "!", "?", ":")
    }


def _respelt(written: str, readings: dict[str, str]) -> str:
    """``written`` respelt as its reading, if it has one, in the same case ("Mexcio" -> "Mexico")."""
    reading = readings.get(fold(written))
    if reading is None:
        return written
    if written.isupper() and sum(character.isalpha() for character in written) > 1:  # "N0T" -> "NOT", "N0" -> "No"
        return reading.upper()
    return reading.capitalize() if written[:1].isupper() else reading
