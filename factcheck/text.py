"""Text normalisation for matching: the same words in different clothes become the same tokens.

Two views of a text feed the lexical matcher:

- ``terms(text)``: words, accents and case folded, numbers written as digits ("ten thousand",
  "10k" and "10,000" are all ``10000``; "20th" is ``20``), a few spellings of the same entity merged ("U.S.",
  "USA", "American" -> ``usa``), an amount no one counted dropped ("thousands of", "dozens of": no number),
  chat-speak read as the words it stands for ("r" are, "rn" now; "lol", "tbh" none: ``_CHAT``), English stop words
  dropped and the rest stemmed (Snowball); a Spanish text (``is_spanish``) drops Spanish stop
  words too, is stemmed by the Spanish stemmer ("aprobó", "aprobaron" -> ``aprob``) and reads Spanish number words
  ("ciento cincuenta y cinco" -> ``155``) and "EU" (the United States); a French text is read as a Spanish one
  (``_FRENCH_MARKERS``), its elisions set apart ("l'armée" -> "l", "armee");
- ``char_grams(text)``: the character 4-grams of the same folded words, unstemmed, which catch
  what stemming misses (``photo``/``photograph``, ``#pizzagate``, misspellings).

A post's "10k", "1.5K", "2M", "$2m", "2bn" are written out as a fact-check writes them ("10,000", "1,500",
"2 million") before either view is taken, so that both read them as the claim's number.

Both first clean what social-media posts wrap around a statement (``clean_social``): links
(also when glued to the word before, as copied tweets often are), ``pic.twitter.com`` images,
and the "— Name (@handle) date" attribution of an embedded tweet, whose date is dropped but
whose name is kept, because who posted is often who the fact-check is about.  Terminal colour
and cursor codes pasted with a statement go too ("\\x1b[31mThere are..." made "31mthere" a
word).  @handles and #HashTags become words ("@realDonaldTrump" -> "real Donald Trump",
"#DefundTheCBC" -> "Defund The CBC").  ``own_words`` removes them all instead: what the writer
of a statement said, without what the post wrapped around it.

``without_verdict_framing`` takes out a verdict said of the statement ("It is false that X", a
headline's label such as "FALSE: X", "Fake news: X", "Debunked: X"), which the matcher reads past,
and who told the writer, opening the statement ("My uncle says X", "I heard that X").  ``without_attribution``
takes off who reported it ("X, Reuters reported", "According to Reuters, X"), for the checks that compare names.

Changing anything here changes the index: bump ``NORMALISER_VERSION`` so cached indexes rebuild.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache
from itertools import pairwise
from math import prod
from typing import TYPE_CHECKING, Any, NamedTuple

from .hanzi import TRADITIONAL_AS_SIMPLIFIED
from .lazyregex import LazyPattern
from .textcache import text_cache

if TYPE_CHECKING:  # each imported by the functions reading a number that need it: 4 to 7 ms of every import
    from decimal import Decimal
    from fractions import Fraction

#: part of the index cache key: bump on any change that alters ``terms`` or ``char_grams``
NORMALISER_VERSION = 223


class _Stemmers(threading.local):
    """Snowball's stemmers made in one thread, by language: each thread has its own."""

    def __init__(self) -> None:
        self.by_language: dict[str, Any] = {}


_STEMMERS = _Stemmers()


def _snowball(language: str) -> Any:
    """This thread's Snowball stemmer of ``language``, loaded when a word is first stemmed: the package loads the
    stemmers of every language it has (about 15 ms), which commands that only fold text ('list --tag') need not pay.

    One a thread: a pure-Python Snowball stemmer keeps the word it is stemming in its own attributes, so threads
    sharing a matcher (as docs/python.md allows) stemmed with one stemmer each other's words, and ``find_matches`` in 8
    threads raised ``IndexError: string index out of range`` from inside Snowball (or could return another word's
    stem).  Kept for good, where an ``lru_cache(maxsize=2)`` made English, Spanish and Italian ones again in turn."""
    stemmers = _STEMMERS.by_language
    stemmer = stemmers.get(language)
    if stemmer is None:
        import snowballstemmer

        stemmer = stemmers[language] = snowballstemmer.stemmer(language)
    return stemmer


#: the longest word Snowball stems; a longer one is its own term.  No word of a language is this long (the longest
#: in CheckThat!, the research notes and the starter file has 34 letters), but a claim may hold a run of letters
#: with no space, and Snowball's pure-Python stemmer walks it letter by letter, several times: one word of 2 MB took
#: most of ``validate``'s 9 s, one of 8 MB 16 of its 26 s (profiled).  Only such runs read otherwise: their
#: suffix stays ("...aaas" is not "...aaa"), in the file and in a statement alike.
LONGEST_STEMMED_WORD = 100


def _stemmed(language: str, word: str) -> str:
    """Snowball's stem of a folded ``word`` in ``language``, or the word itself when over ``LONGEST_STEMMED_WORD``."""
    if len(word) > LONGEST_STEMMED_WORD:
        return word
    stemmed: str = _snowball(language).stemWord(word)
    return stemmed


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

#: Spanish function words, accents folded: stop words of a Spanish text (``is_spanish``), which is full of them and
#: in which, in a small file, they look as rare as a name ("de", "en" pulled "No hay tropas de Estados Unidos en
#: México" to a claim whose summary repeats them).  Its negations are among them, as "no" and "never" are in
#: English: polarity.py reads them.  "hay" (there is) is not: it tells "Hay tropas de EE. UU. en México" from
#: "Las tropas de EE. UU. invadieron México", and its other tenses are read as it (``_SYNONYMS``).  Only for a
#: text read as Spanish: "El Paso", "Las Vegas", "Robert De Niro", "Sean Spicer" keep their words in an English one.
SPANISH_STOP_WORDS = frozenset(
    """
    a de del la las el los en e u o y que se por un una unos unas con para al lo le les su sus es son ser fue fueron
    sido era ha han he hemos habia tiene tienen tenia como mas pero muy ya sobre entre cuando
    donde desde hasta sin tambien porque segun ni nos mi mis tu te yo este esta estos estas ese esa esos esas eso
    esto estan estaba estaban aqui alli asi cual cuales quien quienes otro otra otros otras todo toda todos todas
    sea sean si no nunca jamas ningun ninguno ninguna nadie nada tampoco dijo dijeron dice dicen
    """.split()
)
#: Spanish function words that are no English words (not "a", "no", "me", "sin"), by which a Spanish text is told;
#: and "dijo", "dijeron" (said), before the words said, which may be another language's: "Kennedy dijo Ich bin ein
#: Berliner en Berlín" (its "en" against German's "ein") is Spanish
_SPANISH_MARKERS = frozenset(
    """
    de del la las el los en y que por para con una unos unas es se hay al su sus como pero mas muy tambien esta este
    estos estas estan fue fueron han sobre entre desde hasta cuando donde porque segun nunca ningun ninguna
    dijo dijeron
    """.split()
)
#: their English counterparts
_ENGLISH_MARKERS = frozenset(
    """
    the of and to in is are was were that for it with on at by from this have has an be will not there they their
    you he she his we our but or what who which about into than been had do does did can would should could
    """.split()
)
#: a Spanish text's own letters: a word written in lower case with one of them ("envía", "aprobó", "según") is
#: Spanish, a capitalised one may be a name in an English text ("Peña Nieto", "México City")
_SPANISH_LETTERS = frozenset("áéíóúñü")
#: French function words that are neither English nor Spanish words, accents folded.  factcheck does not read
#: French, but a French text is read as a Spanish one (its stemmer, its stop words) by these as by its "de", "la",
#: "que" and accents: a French claim and a French statement must be read alike, and were not when one of them had
#: no accent nor Spanish-looking word ("Les vaccins contre le Covid-19 contiennent une puce", read as English, was
#: no match of its own claim ending "... une puce électronique.", read as Spanish).  Not "pour", "plus", "sur"
#: (English or Spanish words), "et", "ou", nor "qui" and "est" ("qui tam", "5 pm est").
_FRENCH_MARKERS = frozenset(
    """
    les des du une sont au aux dans avec cette ces ne pas il ils elle elles nous vous leur leurs ont mais donc aussi
    etait selon
    """.split()
)
#: French words that are English or Spanish ones too, or names ("est", "qui tam", "Le Pen"): no vote for Spanish, but
#: a second French word beside a marker ("L'armée française quitte le Niger": "l'" and "le"; ``_reads_french``)
#: "la" too, in lower case or opening the text (a Spanish word that counts for Spanish only in lower case): "La
#: France envoie 500 soldats au Niger", its "La" before a name and its "au" borrowed, was read as English, and its
#: claim "La France a envoyé ..." as Spanish; "Cirque du Soleil tours La Jolla" is English
_FRENCH_COMPANIONS = frozenset("le la et est qui un sur pour par".split())
#: French markers English writes in borrowed phrases ("Cirque du Soleil", "café au lait", "faux pas", "ne plus
#: ultra"): one alone leaves a text English
_FRENCH_BORROWED = frozenset("du au aux ne pas il".split())
#: French function words a text read as Spanish drops as stop words too (``_FRENCH_MARKERS`` and the elided "l'",
#: "d'", "qu'", "n'"..., which ``normalize`` sets apart in such a text)
#: "n'", "jamais", "aucun" and "rien" among them (polarity.py reads them), as Spanish's "nunca", "ningun", "nada"
FRENCH_STOP_WORDS = _FRENCH_MARKERS | frozenset(
    "le l d qu n j c s m t on y se sa son ses ce lui jamais aucun aucune rien".split()
)
#: a French elision: "l'armée", "d'oiseaux", "qu'il", "n'a", "L'inflation" (not "L'Oréal", "I'd", "rock n' roll",
#: "C'mon": a vowel or "h" in lower case after it)
_FRENCH_ELISION = re.compile(
    r"(?<![\w'’])(?:[lLdDnNjJcCsSmMtT]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=[aeiouyhàâéèêëîïôûœ])"
)
#: the elisions English does not borrow ("hors d'oeuvres", "c'est la vie", "J'adore" are English's): one counts for
#: French alone, as a marker does ("Emmanuel Macron veut interdire l'argent liquide", "Il n'a rien dit")
_FRENCH_OWN_ELISION = re.compile(r"(?<![\w'’])(?:[lLnN]|[qQ]u)['’](?=[aeiouyhàâéèêëîïôûœ])")
_ITALIAN_PERCENT = LazyPattern(r"\bper\s+cento\b")
#: "mezzo milione", "mezzo miliardo" (half a million, a billion): read as the number
_ITALIAN_HALF = LazyPattern(r"\bmezzo\s+(milione|miliardo)\b")


def _italian_half(match: re.Match[str]) -> str:
    return " 500000 " if match[1] == "milione" else " 500000000 "


#: an Italian elision, folded: "l'autismo", "dell'Italia", "un'altra", "c'è", "quest'anno" (a vowel or "h" after it)
_ITALIAN_ELISION = LazyPattern(
    r"(?<![\w'’])(?:[lLdDcC]|[uU]n|[dDnNsS]ull|[dD]ell|[aA]ll|[nN]ell|[dD]all|[sS]ull|[qQ]uest|[qQ]uell|[tT]utt)['’]"
    r"(?=[aeiouh])"
)
#: a word of letters ("al-Qaeda", "Eid al-Adha": a hyphen joins no Spanish "al" to a name), or "¿", "¡"
_LETTER_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|[¿¡]")


#: Italian function words, accents folded: stop words of a text read as Italian (``reads_italian``), its negations
#: among them as Spanish's are (polarity.py reads them)
ITALIAN_STOP_WORDS = frozenset(
    """
    il lo la i gli le un uno una l d c un di da del dello della dei degli delle dell al allo alla ai agli alle all dal
    dallo dalla dai dagli dalle dall nel nello nella nei negli nelle nell sul sullo sulla sui sugli sulle sull con per
    tra fra su e ed o ma se che chi cui non ne mai nessun nessuno nessuna neanche nemmeno neppure niente nulla anche
    questo questa questi queste quello quella quelli quelle quest quell sono e stato stata stati state essere era
    erano sara sia siano ha hanno ho abbiamo avere aveva avevano suo sua suoi sue loro ci si mi ti piu gia cosi
    """.split()
)
#: Italian function words that no English, Spanish, French or Portuguese text says (accents kept), by which an Italian
#: text is told from them: an Italian text was read as English or Spanish by chance ("I vaccini anti Covid
#: contengono microchip" as English, "Il vaccino MPR non causa l'autismo" as Spanish), so a statement and its claim
#: were stemmed by different stemmers and missed each other.  Not "in", "per", "la", "una", "con", "da", "ha" (English,
#: Spanish or Portuguese words), nor "il", "non", "di", "mai" (``_ITALIAN_COMPANIONS``), nor "mila" (thousand; in
#: Hinglish, "got": "Har kisan ko 6000 mila" read as Italian made its 6000 six million)
_ITALIAN_MARKERS = frozenset(
    """
    gli della delle degli dei dello nel nella nelle negli nei nello sul sulla sulle sugli sui dal dalla dalle dagli
    dai alla alle agli allo sono anche hanno questo questa questi queste quello quella che ci essere stati nessun
    nessuno nessuna niente nulla più già perché però così può è sarà erano abbiamo ogni oltre milioni miliardi
    """.split()
)
#: Italian words French says too: they count for Italian as the markers do, but a French text says French words
#: beside them, which count against it ("Il y a des soldats au Niger")
_ITALIAN_COMPANIONS = frozenset("il non di mai".split())
#: endings of Italian words written in lower case that no English, Spanish or French word has: "-zione", "-zioni"
#: ("elezioni"; Spanish "-ción", French "-tion"), the present plural "-ngono", "-scono", "-ndono" ("contengono")
_ITALIAN_ENDING = re.compile(r"\w+zion[ei]|\w+(?:ngono|scono|ndono|ssono|gliono)")
#: Spanish and French words that are no Italian ones (accents folded), counted against the Italian ones
_NOT_ITALIAN = frozenset(
    """
    el los las y que por para es hay sus como pero muy tambien este esta estos estas fue fueron han hasta cuando donde
    segun nunca ningun ninguna nadie ni ya dice dijo les des du une sont au aux dans avec cette ces ne pas ils elle
    elles nous vous leur leurs ont mais donc aussi etait selon en et est tres ou de
    eu ao aos foi pelo pela pelos pelas
    """.split()
)
#: Spanish's, French's and Portuguese's own letters, written in lower case ("envió", "según", "España", "não"): no
#: Italian word has them
_NOT_ITALIAN_LETTERS = frozenset("áíóúñ¿¡çâêîôûëãõ")


class Language(Enum):
    """The language a text is read in: its stop words and its stemmer."""

    ENGLISH = "english"
    SPANISH = "spanish"
    ITALIAN = "italian"

    @property
    def stop_words(self) -> frozenset[str]:
        """English stop words, and Spanish (Italian) ones too in a Spanish (Italian) text (an English word there is
        still none)."""
        if self is Language.SPANISH:
            return _BOTH_STOP_WORDS
        return _ENGLISH_AND_ITALIAN_STOP_WORDS if self is Language.ITALIAN else STOP_WORDS

    def stem(self, word: str) -> str:
        """The term of a folded ``word``, stemmed by this language's Snowball stemmer."""
        if self is Language.SPANISH:
            return _spanish_stem(word)
        return _italian_stem(word) if self is Language.ITALIAN else stem(word)


#: letters written in another style's code points: fullwidth Latin letters ("Ｍｅｘｉｃｏ") and mathematical bold,
#: italic, script... ("𝐔𝐒 𝐭𝐫𝐨𝐨𝐩𝐬"), as posts style their text; NFKC reads them as the plain letters.  Not fullwidth
#: digits nor punctuation: Chinese and Japanese text writes them so ("，" tells Chinese from Japanese)
_STYLED_LETTERS = LazyPattern("[\uff21-\uff3a\uff41-\uff5a\U0001d400-\U0001d7ff]+")
#: combining marks of the Latin, Greek and Cyrillic blocks: stacked on letters ("zalgo" text, "T̶h̶e̶r̶e̶"), or an
#: accent written apart from its letter, which NFC composes ("e" and U+0301 is "é")
_STACKED_MARKS = LazyPattern("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")

#: three such marks or more on one letter: no language writes so many (Vietnamese and Yoruba two at most)
_MARK_STACK = LazyPattern("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{3,}")


@text_cache(maxsize=4_096)
def plain_styled(text: str) -> str:
    """``text`` with styled letters as plain ones and the combining marks NFC could not compose with their letter
    left out, in NFC, as a statement is searched: the index's terms read them so already, but the checks after it
    read the text as written (who owns the troops, where they are, what is denied).  "There are more than 10,000
    US troops deployed in Mexico" in "zalgo" text (marks stacked on each letter) read as words cut at each mark,
    and showed "Mexico deployed 10,000 of its own troops to the US border" (TRUE) alone, at 0.94; in fullwidth or
    bold letters, the same claim second at 0.98.  Only the marks left over go, and stacks of three or more:
    "мой", "ёлка", "señor" and Yoruba's tones stay as NFC composes them, Hangul whole (a stress mark on "Москва́" or
    a strike through a letter goes).  Cached: the hybrid matcher reads a statement so, then its lexical matcher
    again."""
    if text.isascii():
        return text
    text = _STYLED_LETTERS.sub(lambda found: unicodedata.normalize("NFKC", found.group()), text)
    if _STACKED_MARKS.search(text) is None:
        return text
    # a stack of three marks or more is decoration ("zalgo"): all of it goes, even a mark NFC would compose ("Ú")
    text = _MARK_STACK.sub("", text)
    return _STACKED_MARKS.sub("", unicodedata.normalize("NFC", text))


@text_cache(maxsize=65_536)
def is_spanish(text: str) -> bool:
    """Is ``text`` Spanish: more of its words are Spanish than English function words?  Spanish counts its function
    words, its number words ("diez mil soldados") and its words written in lower case with an accent or an "ñ"
    ("Trump envía tropas"), and "¿", "¡".  A capitalised function word not followed by a word in lower case is part
    of a name or a headline In Title Case ("El Paso", "Robert De Niro", "La La Land", "to LA"), and counts for
    neither.  "Hay tropas en México"
    is Spanish; "Trump sends National Guard to LA" is not (one vote each)."""
    if text.isascii() and _SPANISH_HINTS.isdisjoint(_ASCII_LETTERS.findall(text.lower())) and "'" not in text:
        return False  # no word that could count for Spanish: most texts, told without reading their words
    # composed first: text copied from a macOS file name or a PDF may write "é" as "e" and a combining accent,
    # which is no letter to ``_LETTER_WORD`` ("envía" was "envi", "a") nor one of ``_SPANISH_LETTERS``, so the same
    # statement was read in another language, stemmed otherwise, and matched otherwise
    cleaned = clean_social(unicodedata.normalize("NFC", text))
    found = list(_LETTER_WORD.finditer(cleaned))
    tokens = [word.group() for word in found]
    spanish = english = other = 0
    quoted: list[tuple[int, int]] | None = None  # what the text quotes, looked for at its first German word
    # German's "es" (it) is no Spanish word in a text of German function words that says words only German says:
    # "Deutschland hat es im Februar 2025 getan" was read as Spanish by it, and stemmed so ("febru" of "Februar",
    # where the claim that writes no "es" has "februar").  Not the "der" of "Ursula von der Leyen es presidenta"
    # nor the "ü" of "vergüenza" (``says_german_words``), nor "La Bundesregierung es responsable" (no German
    # function word): Spanish texts, whose "es" is Spanish's
    german = "es" in (token.lower() for token in tokens) and _looks_german(text) and says_german_words(text)
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        word = fold(token)
        if token[:1].isupper() and not following[:1].islower() and word in _NAME_PARTICLES:
            continue
        if german and word == "es":
            continue
        if word in _ENGLISH_MARKERS:
            english += 1
        elif token in _GERMAN_MARKERS and token.isascii():
            # for neither when it may be a name's, before a capitalised word after another or a particle ("La
            # Alternative für Deutschland es un partido ...", "Ursula von der Leyen es alemana" are Spanish), or in
            # quotes (`Olaf Scholz dijo que "es ist nicht fair"`); "für", "über" count for neither ("Pedí un über")
            previous = tokens[index - 1] if index > 0 else ""
            name = following[:1].isupper() and (previous[:1].isupper() or previous in _GERMAN_NAME_PARTICLES)
            if quoted is None:
                quoted = [quote.span() for quote in _QUOTED.finditer(cleaned)]
            at = found[index].start()
            other += not name and not any(start < at < end for start, end in quoted)
        elif _says_german(token):
            continue  # a word with "ä", "ö", "ß" or German's "ü": no Spanish word, but Spanish says "el führer"
        else:
            spanish += (
                _says_spanish(token, word)
                or _un_after_a_spanish_past(tokens, index)
                or _perfect_tense_auxiliary(cleaned, found, index)
            )
    return spanish + _french_votes(cleaned, tokens) > english + other


#: a form of "haber" that opens Spanish's perfect tenses ("ha invadido", "han enviado", "habían llegado"), as
#: written, in lower case: not folded, since Portuguese "Há soldados" is no Spanish "ha" ("habia" without its accent
#: is written so); "he" is not one (English's)
_HABER_AUXILIARIES = frozenset("ha han hemos había habían habia habian hubo".split())
#: a Spanish participle in lower case: a regular one ("invadido", "enviado", "desplegadas") or one of the common
#: irregular ones ("dicho", "hecho", "puesto"); one with an accent ("leído") counts already (``_says_spanish``).
#: Italian's "-ato", "-ito" never count, nor "visto" (Italian's too: "Il Messico ha visto truppe")
_SPANISH_PARTICIPLE = LazyPattern(
    r"[a-zñ]+(?:ado|ido)s?|[a-zñ]+(?:ada|ida)s?|(?:dicho|hecho|puesto|muerto|vuelto|escrito|abierto|roto|"
    r"cubierto|resuelto|devuelto|impuesto|propuesto|dispuesto)"
)
#: English words with a participle's ending: "lol ha tornado", "ha libido", "Ha armada" are English
_ENGLISH_LIKE_PARTICIPLES = frozenset(
    "avocado tornado desperado aficionado bravado incommunicado amontillado mikado dorado eldorado colorado "
    "libido cupido armada cicada".split()
)


def _perfect_tense_auxiliary(cleaned: str, found: list[re.Match[str]], index: int) -> bool:
    """Is word ``index`` of ``cleaned`` a form of "haber" (``_HABER_AUXILIARIES``), in lower case or capitalised,
    with only white space between it and a word in lower case with a participle's ending (``_SPANISH_PARTICIPLE``)?
    Such a statement may say no Spanish function word: "Estados Unidos ha invadido México" and "EU ha enviado tropas
    a México" were read as English (one vote each way: none), stemmed so ("invadido" no term of "invaded", "EU" the
    European Union), and found nothing (0.17, 0.21).  Not "Ha, avocado toast", "Han Solo", "HA" in capitals, a "ha"
    after "ha" (laughter: "ha ha tornado"), an English word ("ha avocado", ``_ENGLISH_LIKE_PARTICIPLES``), nor
    Portuguese "Há" (compared as written, not folded)."""
    token = found[index].group()
    if not (token.islower() or token.istitle()) or token.lower() not in _HABER_AUXILIARIES:
        return False
    if token.lower() == "ha" and index > 0 and found[index - 1].group().lower() == "ha":
        return False
    if index + 1 >= len(found) or not cleaned[found[index].end() : found[index + 1].start()].isspace():
        return False
    following = found[index + 1].group()
    if not following.islower() or following.removesuffix("s") in _ENGLISH_LIKE_PARTICIPLES:
        return False
    return _SPANISH_PARTICIPLE.fullmatch(following) is not None


def _un_after_a_spanish_past(tokens: list[str], index: int) -> bool:
    """Is ``tokens[index]`` "un" in lower case after a Spanish past ending in "ó", "í", "é" ("envió", "pedí",
    "compré") written in lower case or opening the text?  Such "un" is Spanish's: "Pedí un über" was read as English
    (its "über" counts for neither language, "Pedí" capitalised for none), where "un" alone counts for none ("Milei
    called the deal un éxito", "the un says").  Not "UN" in capitals, the United Nations: "José UN envoy visits
    Caracas" is English.  (``claimlike._a_spanish_past`` is another test: a past form in a line in capitals.)"""
    if tokens[index] != "un" or index == 0:
        return False
    past = tokens[index - 1]
    return len(past) > 2 and past[-1] in "óíé" and (index == 1 or past.islower())


#: German function words that no English, Spanish or French text says standing alone, written as German writes
#: them: only in lower case ("MIT", "Uber", "Seine", "ALS", "Der Spiegel" are names in an English text) and with
#: their umlaut ("für", "über": "fur" and "uber" are English words)
_GERMAN_MARKERS = frozenset(
    """der dem und ist sind nicht ein eine einen einem einer eines kein keine keinen keinem keiner keines auf für
    über nach zum zur vom bei wurde wurden wird werden haben auch sich dass daß oder noch schon nur wieder jedes
    jeden jeder als mit gegen seine ihre unsere niemals nichts niemand""".split()
)
#: ... and those an English text says too ("die", "an", "war"), which count where two of them stand in a text
#: without an English function word (``ENGLISH_ONLY_WORDS``): "Trump schickte Nationalgardisten an die Grenze",
#: not "I am an American." nor "The Mérida Initiative, an aid package, not a war plan."
_GERMAN_OR_ENGLISH = frozenset("die das an den hat war im am um von".split())
#: English function words no German text says ("in", "was", "will", "so", "Not" are German words too), as ``fold``
#: writes them; not written in capitals ("Die WHO hat ...")
ENGLISH_ONLY_WORDS = frozenset(
    """the of and to is are were that for it with on at by from this have has be there they their you he she his we
    our but or what who which about into than been had do does did can would should could said says a i my""".split()
)
#: a word standing alone: not a piece of "US-Soldaten" or of "Nord-Ost", nor "am" of "I'm"
_GERMAN_WORD = re.compile(r"(?<![\w\-'’])[^\W\d_]+(?![\w\-'’])")
_GERMAN_LETTERS = frozenset("äöüß")


@text_cache(maxsize=65_536)
def reads_german(text: str) -> bool:
    """Whether ``text`` reads as German: a German function word of ``_GERMAN_MARKERS`` standing alone, written in
    lower case, or two different words of ``_GERMAN_OR_ENGLISH`` ("an die Grenze") in a text without an English
    function word, or a word in lower case with "ä", "ö", "ü" or "ß" ("töten"), in a text ``is_spanish`` does not
    read as Spanish, French or Portuguese.  factcheck does not read German: a German text is matched as an English
    one; this only tells the claim rules that its verbs are unknown to them."""
    return _looks_german(text) and not is_spanish(text)


def _looks_german(text: str) -> bool:
    """Does ``text`` say German function words (``reads_german`` but for its reading as Spanish, French or
    Portuguese)?"""
    words = _GERMAN_WORD.findall(unicodedata.normalize("NFC", text))
    lower = {word for word in words if word.islower()}
    if _GERMAN_MARKERS.isdisjoint(lower) and not any(not _GERMAN_LETTERS.isdisjoint(word) for word in lower):
        folded = {fold(word) for word in words}
        english = {fold(word) for word in words if len(word) == 1 or not word.isupper()}
        if len(_GERMAN_OR_ENGLISH & folded) < 2 or not ENGLISH_ONLY_WORDS.isdisjoint(english):
            return False
    return True


#: countries as German names them, but those English spells alike ("Japan", "Iran", "Israel", "Portugal",
#: "Ukraine", "Venezuela" are ``COUNTRY_NAMES``; "England" is no country of theirs, and an English word): no English,
#: Spanish, French or Italian text writes these
GERMAN_COUNTRY_NAMES = (
    "Deutschland Mexiko Frankreich Spanien Italien Österreich Schweiz Russland Polen Türkei Niederlande Belgien "
    "Großbritannien Kanada Brasilien Amerika Vereinigte Vereinigten Staaten Griechenland Ungarn Tschechien Dänemark "
    "Schweden Norwegen Finnland Irland Rumänien Bulgarien Kroatien Serbien Indien Irak Syrien Ägypten Marokko "
    "Kolumbien Argentinien Kuba"
)
#: who speaks for a country in German, or that they said something
GERMAN_WHO_WORDS = (
    "Regierung Regierungen Bundesregierung Präsident Präsidentin Kanzler Kanzlerin Bundeskanzler Bundeskanzlerin "
    "Behörden Beamte angekündigt kündigte verkündet verkündete berichtet berichtete behauptet behauptete erklärt "
    "erklärte bestätigt bestätigte enthüllt enthüllte"
)
#: German words that no English, Spanish, French, Portuguese or Italian text says, in any case (``says_german_words``):
#: "Nein", a German name of a country or a month (not "Mai", "Juni", "Juli": names too), a German word of who, and
#: the verbs of a reply ("getan", "gewesen") that ``_GERMAN_MARKERS`` lacks; not "Italien", "Syrien", "Indien",
#: French words too ("un Italien", "le régime syrien")
_GERMAN_ONLY_WORDS = frozenset(
    word.lower()
    for word in f"""nein getan gewesen waren hatte hatten damals Januar Jänner Februar Feber März Maerz Oktober Dezember
    {GERMAN_COUNTRY_NAMES} {GERMAN_WHO_WORDS}""".split()
) - {"italien", "syrien", "indien"}
#: "der", "dem" of a name after its particle: "Van der Bellen", "Ursula von der Leyen", "Mies van der Rohe"
_GERMAN_NAME_PARTICLES = frozenset("von van vom zu ter de".split())
#: "ü" as Spanish and Portuguese write it, between "g" or "q" and "e" or "i", accented or not: "vergüenza",
#: "bilingüe", "pingüinos", "cinqüenta", "lingüística", "averigüé"
_SPANISH_U_UMLAUT = re.compile("[gq]ü[eéií]")


@text_cache(maxsize=65_536)
def says_german_words(text: str) -> bool:
    """Whether ``text`` says words only German says, be it read as Spanish or not (its "es" reads it so no more
    beside German function words, ``is_spanish``, but Spanish words may): a word of ``_GERMAN_MARKERS`` in lower
    case (not the "der" of "Van der Bellen"), a word in lower case with "ä", "ö", "ü" or "ß" (not Spanish's
    "vergüenza"), or a word of ``_GERMAN_ONLY_WORDS`` ("Nein", "Deutschland", "Februar", "Regierung").  Not
    ``reads_german``'s two words an English text says too ("war", "im", "die", "hat"): "usa war mexico march 2025 im
    scared" is English."""
    words = _GERMAN_WORD.findall(unicodedata.normalize("NFC", text))
    for at, word in enumerate(words):
        if word.islower():
            if word in _GERMAN_MARKERS and not (
                word in ("der", "dem") and at > 0 and words[at - 1].lower() in _GERMAN_NAME_PARTICLES
            ):
                return True
            if not _GERMAN_LETTERS.isdisjoint(word) and not _GERMAN_LETTERS.isdisjoint(_SPANISH_U_UMLAUT.sub("", word)):
                return True
        if word.lower() in _GERMAN_ONLY_WORDS:
            return True
    return False


#: Portuguese function words that are no Spanish, French or English word (accents kept): "Há 10 mil soldados no
#: México" is read as Spanish (its "mil", "soldados"), and Spanish reads its "no" ("in the") as a negation
#: and verbs and contractions Spanish spells otherwise ("têm", "foi", "pelo", "muito"): "Os EUA têm 10 mil soldados
#: no México" had none of the others, was read as Spanish, and its "no" noted as a denial
_PORTUGUESE_MARKERS = frozenset(
    "não nao há às ao aos nenhum nenhuma também você uma umas nas num numa em "
    "têm tem vêm foi foram pelo pela pelos pelas muito muitos muitas isso "
    # verbs of sending in their present plural, which Spanish writes "-an" ("Os EUA mandam soldados no México")
    "mandam enviam mobilizam deslocam".split()
)
#: of those, the ones that are names or English words when capitalised ("Nao", "Em")
_PORTUGUESE_NAMES = frozenset("nao em".split())
#: letters of Portuguese that Spanish, French and English never write: "não", "são", "milhões"
_PORTUGUESE_LETTERS = frozenset("ãõ")
#: Spanish function words that are no Portuguese words (accents kept; not "de", "que", "como", "nunca", "está",
#: "estas"), counted against the Portuguese ones: "No hay 10 mil soldados estadounidenses em México", a Spanish
#: text with one Portuguese-looking word ("em"), was read as Portuguese and its "no" lost as a negation
_SPANISH_NOT_PORTUGUESE = frozenset(
    """
    hay en el la los las del y con una unos unas es al su sus muy pero fue fueron han hasta cuando donde según segun
    ningún ningun ninguno ninguna nadie ni ya dice dicen dijo también tambien
    """.split()
)
#: Spanish's own letter: Portuguese writes "nh" ("España", "Espanha")
_SPANISH_ONLY_LETTERS = frozenset("ñ¿¡")
#: endings of Spanish words that no Portuguese word has, as ``_PORTUGUESE_ENDING`` Portuguese's: the past of a
#: verb ("envió", "mandó", "desplegó"; Portuguese "enviou", "mandou"), in the plural too ("enviaron", "dijeron",
#: "leyeron"; Portuguese "enviaram", "disseram", "leram") and "-ión" ("misión"; Portuguese "missão").  "No, os EUA
#: no mandaron tropas a México" had no Spanish word against "os EUA", and its "no" was read as "in the"
_SPANISH_ENDING = re.compile(r"\w{3,}ó|\w{2,}(?:aron|ieron|yeron)|\w+ión")
#: endings of Portuguese words that no Spanish or English word has, read in a word written in lower case: the past
#: of a verb ("enviou", "mandou"; "enviaram", "disseram", "partiram"; "estavam"), "ç" before a last "a" or "o"
#: ("força", "segurança", "espaço"; French writes "ça" alone, and "ç" inside a word: "reçu", "garçon"), and the
#: present plural of a verb made of "ter" or "vir" ("mantêm", "contêm", "obtêm", "provêm"; "têm", "vêm":
#: ``_PORTUGUESE_MARKERS``), which Spanish writes "-ienen", after two Latin letters at least: French's "ê" ends no
#: word ("même"), Vietnamese's "thêm", "đêm" are no Portuguese.  "O México enviou 10 mil soldados para a
#: fronteira" had no word of ``_PORTUGUESE_MARKERS`` and was read as Spanish, "Os EUA mantêm tropas no México" as
#: English, and its "no" ("in the") noted as a denial
_PORTUGUESE_ENDING = re.compile(r"\w{3,}ou|\w{2,}[aei]ram|\w+avam|\w+ç[ao]s?|[a-z]{2,}[tv]êm")
#: words of ``_PORTUGUESE_ENDING``'s shape of English and French (a name aside: "Bayou" is "Bayou")
_NOT_PORTUGUESE_ENDINGS = frozenset("bayou bijou caribou caillou genou hibou voyou verrou bisou tatou manitou".split())
#: Portuguese's articles before a name ("O México enviou", "Os EUA mandam"), where Spanish's "o" is "or" and its
#: "os" a pronoun before a verb ("Os lo dije"); not before an apostrophe ("O'Brien") or a word in lower case
_PORTUGUESE_ARTICLES = frozenset(("O", "Os"))


#: Portuguese's "the", "in the" before a country's name ("com os EUA", "tropas nos Estados Unidos"; Spanish "con
#: los EE. UU.", "en los Estados Unidos"), where Spanish's "os", "nos" ("you", "us") stand only before a verb, which
#: a headline writes with a capital ("nos DIJERON", "Dios nos Libre")
_PORTUGUESE_BEFORE_NAMES = frozenset(("os", "nos"))
#: the names of countries Portuguese writes in the plural, and so after "os", "nos" ("nos Estados Unidos", "com os
#: EUA"; "no México", "o Brasil"), as their folded words; with the names of ``COUNTRY_NAMES`` ("nos USA")
_PORTUGUESE_PLURAL_COUNTRIES = frozenset(
    (("eua",), ("estados", "unidos"), ("paises", "baixos"), ("emirados", "arabes"), ("camaroes",))
)


def _a_countrys_name(following: Sequence[str]) -> bool:
    """Do the words ``following`` open with a country's name written with a capital ("EUA", "Estados Unidos":
    ``_PORTUGUESE_PLURAL_COUNTRIES``, ``COUNTRY_NAMES``)?  Not any word with a capital: Spanish's "nos" ("us")
    stands before a verb, which a headline writes with a capital ("Estados Unidos no enviará tropas a México, nos
    DIJERON", "Dios nos Libre"), French's "nos" ("our") before a noun ("nos Forces Armées")."""
    if not following or not following[0][:1].isupper():
        return False
    words = tuple(fold(word) for word in following[:2])
    return (
        words[0] in _COUNTRIES_FOLDED
        or words[:1] in _PORTUGUESE_PLURAL_COUNTRIES
        or words in _PORTUGUESE_PLURAL_COUNTRIES
    )


def _before_a_portuguese_name(token: str, following: list[str]) -> bool:
    """Is ``token``, a word in lower case, Portuguese by the name after it: "os" or "nos" (``_PORTUGUESE_BEFORE_NAMES``)
    before a country's name (``_a_countrys_name``: "nos EUA", "nos Estados Unidos", "com os EUA"), or "dos" ("of
    the") before "EUA" or "Estados Unidos".  Not "nos" before another word with a capital, a Spanish verb in a
    headline ("nos DICEN", "Dios nos Libre") or French's "nos" ("our": "nos Alliés"); not "dos" before any other
    name: Spanish's "dos" is "two" ("dos Estados", "dos Marines"), "dos Santos" a name."""
    if token in _PORTUGUESE_BEFORE_NAMES:
        return _a_countrys_name(following)
    return token == "dos" and (following[:1] == ["EUA"] or following == ["Estados", "Unidos"])


#: cached: matching asks it of the same claim wordings for every statement they are a candidate for (41,224 calls
#: on 1,536 texts in ``check -`` over 2,000 forum comments, 13 % of the run: ``bench/stdin_check_speed.py``)
@text_cache(maxsize=16_384)
def reads_portuguese(text: str) -> bool:
    """Does ``text`` hold more Portuguese words than English function words, and more than Spanish words that are
    no Portuguese ones?  A Portuguese word is one of ``_PORTUGUESE_MARKERS`` in lower case, or capitalised before a
    word in lower case ("Há tropas"), or a word in lower case with "ã" or "õ" ("não", "milhões"; not a capitalised
    one, a name in an English text: "João said ...") or a Portuguese ending (``_PORTUGUESE_ENDING``: "enviou",
    "mantêm"), or "os", "nos", "dos" before a country's name (``_before_a_portuguese_name``: "nos Estados
    Unidos", "dos EUA"; not "nos DIJERON"), or "Os EUA" (one word: its "Os" is no article besides), or, in a text
    with another of these, "O" or "Os" before a name (``_PORTUGUESE_ARTICLES``: "Os EUA mandam"; not "O Globo: no
    US soldiers stationed").  "do" before a name counts for no language ("O governo do México", "How do
    Americans").  A Spanish word is one of
    ``_SPANISH_NOT_PORTUGUESE`` read alike ("Hay tropas", not "Los Angeles"), a word in lower case with "ñ" or a
    Spanish ending (``_SPANISH_ENDING``: "envió"), or "¿", "¡": "No hay tropas em México, dice folha de são paulo"
    is Spanish.  factcheck does not read Portuguese;
    this only keeps its "no" ("in the": "no México") from being taken for Spanish's "no" (``polarity``)."""
    normal = unicodedata.normalize("NFC", text)
    found = list(_LETTER_WORD.finditer(normal))
    tokens = [match.group() for match in found]
    portuguese = english = spanish = articles = 0
    for index, token in enumerate(tokens):
        lower = token.lower()
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token == "do" and following[:1].isupper():
            continue  # Portuguese's "of the" before a name ("O governo do México"), or English's: neither's word
        if lower in _ENGLISH_MARKERS:
            english += 1
        elif token.islower() and _before_a_portuguese_name(token, tokens[index + 1 : index + 3]):
            portuguese += 1
        elif token.islower():
            if (
                lower in _SPANISH_NOT_PORTUGUESE
                or not _SPANISH_ONLY_LETTERS.isdisjoint(token)
                or _SPANISH_ENDING.fullmatch(token) is not None
            ):
                spanish += 1
            else:
                portuguese += (
                    lower in _PORTUGUESE_MARKERS
                    or not _PORTUGUESE_LETTERS.isdisjoint(token)
                    or (_PORTUGUESE_ENDING.fullmatch(token) is not None and token not in _NOT_PORTUGUESE_ENDINGS)
                )
        elif token in "¿¡":
            spanish += 1
        elif token == "Os" and following == "EUA":
            portuguese += 1  # "Os EUA mantêm", one Portuguese word: Spanish writes "EE. UU." (or "EUA" after "los")
        elif token in _PORTUGUESE_ARTICLES:
            # before a name, and a space between: "O México", "Os EUA"; not "O'Brien".  Counted only beside another
            # Portuguese word (below): "O Globo: no US soldiers stationed, Mexico says" and "O Trump miente o
            # Sheinbaum miente" hold none and are English and Spanish
            spaced = normal[found[index].end() : found[index].end() + 1].isspace()
            articles += spaced and following[:1].isupper()
        elif token[:1].isupper() and token[1:].islower() and lower not in _PORTUGUESE_NAMES and following[:1].islower():
            portuguese += lower in _PORTUGUESE_MARKERS
            spanish += lower in _SPANISH_NOT_PORTUGUESE
    if portuguese:
        portuguese += articles
    return portuguese > max(english, spanish)


#: a quotation between double quotes or guillemets, German's „...“ too: a Spanish text may quote German
_QUOTED = LazyPattern(r'"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|»[^«]*«')


def _says_german(token: str) -> bool:
    """Is ``token`` a German word in lower case with "ä", "ö", "ß" or an "ü" Spanish does not write ("fünfhundert",
    "gekürzt"; not "vergüenza", "pingüino", "lingüística", "averigüé": ``_SPANISH_U_UMLAUT``)?  It counts for neither
    language in ``is_spanish``: Spanish writes "ü" too, and "Im Jahr 2024 kamen fünfhundert Menschen" was read as
    Spanish by its one word with one (stemmed as Spanish, "Menschen" was "mensch"), as was "Die Rente wird ab 2026 um
    20 Prozent gekürzt"; but a Spanish text may say a German word ("Hitler, el führer", "El müsli es saludable")."""
    if not token.islower():
        return False
    return not _GERMAN_LETTERS.isdisjoint(token) and not _GERMAN_LETTERS.isdisjoint(_SPANISH_U_UMLAUT.sub("", token))


def _says_spanish(token: str, word: str) -> bool:
    """Is a word, as written (``token``) and folded, one of a Spanish text: a function word or number word, "¿",
    "¡", or a word in lower case with a Spanish letter?"""
    if word in _SPANISH_MARKERS or word in _SPANISH_NUMBER_MARKERS or token in "¿¡":
        return True
    return token[:1].islower() and not _SPANISH_LETTERS.isdisjoint(token)


def _french_votes(cleaned: str, tokens: list[str]) -> int:
    """How many words of a text count for its being read as Spanish because they are French: ``_FRENCH_MARKERS``
    written in lower case, and elisions.  An all-caps marker never counts ("NE ranchers", "AU says", "CES 2026"),
    and a word English borrows (``_FRENCH_BORROWED``), an elision or a capitalised marker before a word in lower
    case only beside another French word (``_reads_french``): "Cirque du Soleil", "café au lait", "hors
    d'oeuvres", "Elle magazine" are English, "Il y a des soldats au Niger", "L'armée française quitte le Niger"
    and "Les oiseaux chantent le matin" French."""
    markers = [
        word
        for word in (fold(token) for token in tokens if token.islower() and _SPANISH_LETTERS.isdisjoint(token))
        if word in _FRENCH_MARKERS
    ]  # a word with an accent ("était") is counted already, by ``_says_spanish``
    own = sum(word not in _FRENCH_BORROWED for word in markers)
    if not _reads_french(cleaned, tokens):
        return own + _lone_elision_votes(cleaned, tokens)
    capitalised = sum(
        token[:1].isupper()
        and token[1:].islower()
        and following[:1].islower()
        and fold(token).lower() in _FRENCH_MARKERS
        for token, following in pairwise(tokens)
    )
    return len(markers) + capitalised + len(_FRENCH_ELISION.findall(cleaned))


#: a word in lower case that looks English: a past tense or a gerund ("fined", "banned", "rising")
_ENGLISH_LOOKING = LazyPattern(r"[a-z]+(?:ed|ing)")


def _lone_elision_votes(cleaned: str, tokens: list[str]) -> int:
    """How many elisions English does not borrow (``_FRENCH_OWN_ELISION``, in lower case: "l'argent", "n'a") count
    for a text's being French with no other French word: only where two more words in lower case stand beside them
    and none looks English ("Emmanuel Macron veut interdire l'argent liquide", "Il n'a rien dit").  A capitalised
    one opens a name ("L'Oréal", "L'oreal fined $100 million", "L'occitane shares fall 5%", "L'auberge"), and
    "Troops l'enfant terrible" says too little."""
    elisions = [m for m in _FRENCH_OWN_ELISION.finditer(cleaned) if m[0][:1].islower()]
    if not elisions:
        return 0
    if any(token.islower() and _ENGLISH_LOOKING.fullmatch(token) for token in tokens):
        return 0
    elided = {m.start() for m in elisions} | {m.end() for m in elisions}  # "l", "n" and the words after them
    others = sum(word[0].islower() and word.start() not in elided for word in _LETTER_WORD.finditer(cleaned))
    return len(elisions) if others >= 2 else 0


def _reads_french(cleaned: str, tokens: list[str]) -> bool:
    """Does a text hold two distinct French words (``_FRENCH_MARKERS``, ``_FRENCH_COMPANIONS``, an elision's
    "l'", "d'"...), in lower case or capitalised ("Les Etats-Unis envoient des troupes"), not in capitals?"""
    found = {fold(m[0][:-1]).lower() + "'" for m in _FRENCH_ELISION.finditer(cleaned)}
    opening_la = place_after_au = False
    for at, token in enumerate(tokens):
        if token.islower() or (token[:1].isupper() and token[1:].islower()):
            word = fold(token).lower()
            if word == "la" and not token.islower():
                if at:
                    continue  # a name's "La" ("La Jolla", "La Scala")
                opening_la = True
            if word in _FRENCH_MARKERS or word in _FRENCH_COMPANIONS:
                found.add(word)
            following = tokens[at + 1] if at + 1 < len(tokens) else ""
            place_after_au |= token in ("au", "aux") and following[:1].isupper() and following[1:].islower()
    rest = found - {"la"}
    if opening_la and "la" in found and len(rest) == 1 and rest <= _FRENCH_BORROWED and not place_after_au:
        # an opening "La" beside one word English borrows is a name's: "La Paz bans au pair visas", "La Liga: Real
        # Madrid's faux pas"; "La France envoie 500 soldats au Niger" is French, by its "au" before a place
        return False
    return len(found) >= 2


@text_cache(maxsize=65_536)
def reads_italian(text: str) -> bool:
    """Is ``text`` Italian: more Italian words than English function words and Spanish or French words that are no
    Italian ones (``_NOT_ITALIAN``, or a word in lower case with a letter of ``_NOT_ITALIAN_LETTERS``)?  An Italian
    word is one of ``_ITALIAN_MARKERS`` in lower case, or capitalised before a word in lower case ("Gli sbarchi"),
    a word in lower case with a grave accent ("è", "più", "città") or an Italian ending (``_ITALIAN_ENDING``), or
    one of ``_ITALIAN_COMPANIONS`` ("Il vaccino MPR provoca autismo").  "Ponte della Libertà is closed", "La dolce
    vita" and "Il Foglio says" are English; "Il y a des soldats au Niger" is French."""
    words = _ASCII_LETTERS.findall(text.lower()) if text.isascii() else []
    if text.isascii() and _ITALIAN_HINTS.isdisjoint(words) and not any(map(_ITALIAN_ENDING.fullmatch, words)):
        return False  # no word that could count for Italian: most texts
    tokens = _LETTER_WORD.findall(unicodedata.normalize("NFC", text))
    italian = other = 0
    # "né ... né" (neither, nor) is Italian; a "né" alone is French's "born" ("Il est né à Paris")
    neither_nor = sum(token.lower() == "né" for token in tokens) >= 2
    for index, token in enumerate(tokens):
        lower = token.lower()
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if not token.islower() and not (token[:1].isupper() and token[1:].islower() and following[:1].islower()):
            continue  # a name, or a word in capitals
        if index and tokens[index - 1][:1].isupper() and following[:1].isupper():
            continue  # a word inside a name: "Corriere della Sera", "Giovanni della Rocca" in an English headline
        if lower == "sui" and following.lower() == "generis":
            continue  # Latin, which English says: "Sui generis data protection law passed" (Italian "sui": "on the")
        if _ITALIAN_NUMBER_WORDS().fullmatch(token):
            continue  # "trentatrèmila": its accent, no French one, counts against Italian no more (as "mila", for none)
        if lower in _ITALIAN_MARKERS or (neither_nor and lower == "né"):  # as written: "ne" is French
            italian += 1
        elif (
            (lower in _ENGLISH_MARKERS and lower != "in")  # "in" is Italian too
            or fold(lower) in _NOT_ITALIAN
            or (token.islower() and not _NOT_ITALIAN_LETTERS.isdisjoint(token))
            or "é" in lower[:-1]  # "été", "también": Italian writes "é" last only ("perché", "né")
            # Italian writes a grave accent last in a word of two letters or more ("città", "più") or as "è": "à",
            # "às" (French, Portuguese) and "très", "mène", "où" are not Italian
            or lower in ("à", "às")
            or not _GRAVE_LETTERS.isdisjoint(lower[:-1])
        ):
            other += 1
        elif lower in _ITALIAN_COMPANIONS or (
            token.islower() and (lower[-1] in _GRAVE_LETTERS or _ITALIAN_ENDING.fullmatch(token))
        ):
            italian += 1
    return italian > other


def text_language(text: str) -> Language:
    """The language ``text`` is read in (``reads_italian``, ``is_spanish``), also for a few of its words read apart
    from it (``terms(words, language)``): alone, "Senado" is no Spanish text."""
    if reads_italian(text):
        return Language.ITALIAN
    return Language.SPANISH if is_spanish(text) else Language.ENGLISH


_BOTH_STOP_WORDS = STOP_WORDS | SPANISH_STOP_WORDS | FRENCH_STOP_WORDS
#: German function words, as ``fold`` writes them: stop words of a text read as German (``reads_german``), which is
#: read as English otherwise, as English's are: articles, pronouns, auxiliaries, conjunctions, prepositions and
#: negations ("nicht", "kein" as "not", "no": polarity.py reads them).  Each was a term: "Der Zug wird ab 2026 um 20
#: Minuten schneller sein, weil die Bahn die Strecke ausgebaut hat" found "Die Rente wird ab 2026 um 20 Prozent
#: gekürzt" at 0.91 by "die", "wird", "ab", "um" and the numbers.  Not "über" ("uber" is Uber), "ohne" (without),
#: "seit" (since), "mehr" (more), which English's lack or say otherwise.  "ab" (from) is one: with "gekürzt" no
#: longer read as Spanish, "Die Rente wird ab 2026 um 20 Prozent gekürzt" is read as German, and its "ab" was one of
#: three terms of six "Der Zug ..." shared with it (0.46 in a 3,047-claim file; 0.14 without it)
GERMAN_STOP_WORDS = frozenset(
    """
    der die das den dem des ein eine einen einem einer eines und oder aber dass sondern denn weil wenn als wie
    ob ist sind war waren wird werden wurde wurden worden sein bist hat haben hatte hatten habe hast er sie es
    wir ihr ich du man sich sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres dies diese dieser
    dieses diesen diesem zu zum zur im am um ab von vom auf fur mit bei nach aus an in durch gegen unter vor bis auch
    noch schon nur sehr so nicht kein keine keinen keinem keiner keines nie niemals nichts
    """.split()
)
_ENGLISH_AND_GERMAN_STOP_WORDS = STOP_WORDS | GERMAN_STOP_WORDS
_ENGLISH_AND_ITALIAN_STOP_WORDS = STOP_WORDS | ITALIAN_STOP_WORDS
_GRAVE_LETTERS = frozenset("àèìòù")
#: the ASCII words of ``_ITALIAN_MARKERS`` and ``_ITALIAN_COMPANIONS``: an ASCII text with none is no Italian one
_ITALIAN_HINTS = frozenset(word for word in _ITALIAN_MARKERS | _ITALIAN_COMPANIONS if word.isascii())


def in_its_language(statement: str, wordings: Sequence[str]) -> Sequence[str]:
    """The ``wordings`` of a claim written in the language of ``statement``, or all of them when none is.  A
    claim's wording in another language is found by its names and numbers alone, and the checks that read whose
    and where, what is missing or what stands in whose place read English: "The US Senate approved sending 155
    Marines to Mexico" shares "usa", "155", "marin" with "El Senado aprobó la entrada de 155 marines
    estadounidenses", which names no Mexico for the check to set against "US Senate"."""
    language = text_language(statement)
    same = [wording for wording in wordings if text_language(wording) is language]
    return same or wordings


# Stems that name the same thing for matching purposes (applied after stemming).
_SYNONYMS = {
    "soldier": "troop",
    "servicemen": "troop",
    "servicememb": "troop",
    "mexican": "mexico",
    # "The US shut the border" for "The US closed the border": "shut" was a word in the place of "closed"
    "shut": "close",
    "refus": "reject",
    "rebuf": "reject",
    "rebuff": "reject",
    # "Children cannot get COVID" found "Children cannot catch COVID-19" (0.99): the stemmer leaves "children" whole,
    # apart from "child" ("kid", "kids": ``_WORD_SYNONYMS``)
    "children": "child",
    "percent": "%",
    # media words: posts say "pic", fact-checks say "photograph" (+0.0015 MAP@5 on train)
    "photograph": "photo",
    "pictur": "photo",
    "pic": "photo",
    "pix": "photo",
    "imag": "photo",
    "footag": "video",
    "clip": "video",
}

#: Spanish words in a text read as English, as the English stemmer leaves them ("mexicanos" -> "mexicano"), given
#: the terms of the Spanish stemmer (``_SPANISH_SYNONYMS``)
_SPANISH_WORDS_IN_ENGLISH = {
    "mexicano": "mexico",
    "mexicana": "mexico",
    "soldado": "trop",
    "tropa": "trop",
    "haya": "hay",
    "hubo": "hay",
    "habido": "hay",
}
_SYNONYMS.update(_SPANISH_WORDS_IN_ENGLISH)

#: the terms an English text gives Spanish words ("tropas", "soldados": "trop"), which an English word may also have
#: ("trops", by the stemmer alone: ``typos`` tells them apart with ``read_as_spanish``)
SPANISH_WORD_TERMS = frozenset(_SPANISH_WORDS_IN_ENGLISH.values())

#: Spanish stems that name the same thing (applied after the Spanish stemmer).  A country's name is one term in
#: both languages ("México" is "mexico", as "Estados Unidos" is "usa"); a short stem that is an English word
#: ("sold" of "soldados", "sen" of "Senado": "Sen. Cruz") is given the term of its synonym or a longer one
_SPANISH_SYNONYMS = {
    "mexic": "mexico",
    "mexican": "mexico",
    "sold": "trop",
    "sen": "senad",
    "hub": "hay",
    "hab": "hay",
    "habr": "hay",
}

# Links end at whitespace or where the next glued link or image begins ("...stuffpic.twitter.com/x").
# A bare domain's labels are bounded (DNS allows 63 characters a label): unbounded, "U.S.U.S.U.S..." made
# the regex try every label count from every word start, and a 10,000-character statement took 6 s.
_URL = re.compile(
    r"https?://\S+?(?=https?://|pic\.twitter\.com|\s|$)"
    r"|pic\.twitter\.com/\w+"
    r"|\bwww\.\S+"
    r"|\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,20}\.(?:com|org|net|ly|co|gov|edu|io|me|tv|us|uk)/\S*",
    re.IGNORECASE,
)
# "— Name (@handle) January 14, 2020" closing an embedded tweet (dates are sometimes cut short).
_ATTRIBUTION = re.compile(r"[—–]\s*([^—–\n]{0,100}?)\s*\(@\w+\)[^()\n]{0,40}$")
_HANDLE = re.compile(r"(?<![\w@])@(\w+)")
_HASHTAG = re.compile(r"#(\w+)")
#: hashtags that tag a post for its feed, not its subject ("US troops are in Mexico!!! #breaking #viral"): read as
#: words they are ones no claim has, and "#breaking" alone took that statement below the threshold (0.34; 0.88
#: without it).  Dropped, as a link is; a hashtag that says what the post is about ("#CBP") stays words.
_FEED_TAGS = frozenset(
    "breaking breakingnews news latestnews developing viral trending fyp foryou foryoupage thread update updates "
    "alert mustread mustwatch share pleaseshare rt repost wow omg lol smh icymi".split()
)
_CAMEL = LazyPattern(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])|_")
# a dot after the name ends a sentence ("troops in the US."), unless a letter follows ("US.gov")
# ("US" only in capitals, "us" being a pronoun; the other spellings in any case, as typed statements have them)
# Spanish: "EE. UU.", "EE.UU.", "EEUU", "EUA", "E.U.A.", "Estados Unidos (de América)", "estadounidense(s)" ("EU", the
# European Union in English, is left alone)
_US = re.compile(
    r"\b(?:(?i:U\.\s?S\.(?:\s?A\.)?|USA|United States(?: of America)?)|US)(?!\w|\.\w)|\b(?i:U\.S\.)(?=\w)"
    r"|\b(?i:EE\.?\s?UU\.?|E\.\s?U\.\s?A\.|EUA|Estados\s+Unidos(?:\s+de\s+Am[eé]rica)?|estadounidenses?)(?!\w|\.\w)"
)
#: "the us" typed in lower case is the country ("us" alone is a stop word: "the us sent troops to the border"
#: lost its subject), as is "us" before a word only the country goes with ("us troops", "us military")
_LOWER_US = re.compile(
    r"(?<![\w-])(?:(?<=\b[Tt]he )us(?![\w'’-])|us(?=\s+(?:troops|soldiers|military|army|forces|marines|navy|"
    r"government|officials|border|embassy|president|drones|citizens)\b)|us(?=-(?:mexico|mexican|canada|led|backed)\b))"
)
#: the World Health Organization: "WHO" is the stop word "who" folded, so "The WHO declared COVID-19 a pandemic"
#: lost its subject, and "The CDC declared COVID-19 a pandemic" matched it at 1.00 (and "The WHO recommends X" the
#: CDC's claim).  "WHO" in capitals next to words that are not (a text IN CAPITALS, "WHO CHANGED THE RULES", asks
#: who), "the who" typed in lower case, and the name in full, in English or Spanish ("OMS") are one term
_WHO = re.compile(
    r"\bWHO\b|(?i:(?<=\bthe )who\b)|(?i:\bWorld\s+Health\s+Organi[sz]ation\b)|\bOMS\b"
    r"|(?i:\bOrganizaci[oó]n\s+Mundial\s+de\s+la\s+Salud\b)"
)
#: a word with a lower-case letter: one near a "WHO" in capitals tells it from a text IN CAPITALS
_LOWER_CASE_WORD = re.compile(r"\b\w*[a-z]\w*\b")
#: how far (characters) a lower-case word is looked for on either side of a "WHO" in capitals
_WHO_WINDOW = 30


def _world_health_organization(match: re.Match[str]) -> str:
    """The World Health Organization's one term, for a name of it; a "WHO" in capitals with no lower-case word
    near it (a text IN CAPITALS) is the question word, left as written."""
    if match[0] == "WHO":
        text = match.string
        around = (
            text[max(0, match.start() - _WHO_WINDOW) : match.start()]
            + " "
            + text[match.end() : match.end() + _WHO_WINDOW]
        )
        if not _LOWER_CASE_WORD.search(around):
            return match[0]
    return " worldhealthorganization "


#: "WHO" alone, or with its possessive: a capitalised word as ``spelled_out`` reads it
_WHO_WORD = re.compile(r"WHO(?=(?:['’]s?)?$)")


def spelled_out(word: str) -> str:
    """A capitalised word taken out of its sentence, as a name: "WHO" is the World Health Organization (alone,
    a word IN CAPITALS is read as the question word ``normalize`` leaves a text in capitals)."""
    return _WHO_WORD.sub("World Health Organization", word)


_AMERICA = re.compile(
    r"(?i)(?<!Latin[ -])(?<!South[ -])(?<!Central[ -])(?<!North[ -])(?<!Latin\s\s)\bAmerica(?:n|ns)?\b"
    # the continent's parts in Spanish: "América Latina", "América del Sur", "América Central"
    r"(?!\s+(?:Latina|del\s+(?:Sur|Norte)|Central)\b)"
)
_THOUSANDS = re.compile(r"(?<=\d)[,.](?=\d{3}(?!\d))")
#: "cr" for crore where it can be nothing else: after an amount in rupees ("Rs 500 cr", "₹10,000 cr", "INR 2.5 cr";
#: "3 cr" alone may be credits), in folded text with its thousands separators taken off
_RUPEE_CRORE = LazyPattern(r"((?:\brs\.?|\binr|₹)\s?)(\d+(?:\.\d+)?)\s?(crs?)\b")
#: a number grouped as India writes it, in twos above the thousands ("1,00,000" is 100,000; "10,00,000" a million):
#: ``_THOUSANDS`` took only the last comma, and "1,00,000" read as the numbers 1 and 00000 (a claim of 1 was shown
#: for it).  Only the full pattern, at least one pair between the first digits and the last three, is read so
#: (its own, not a list's next number: "1,00,000, the minister said" is one, "1,00,000,5" none; after "rs." too:
#: "Rs.1,00,000")
_INDIAN_GROUPED = re.compile(r"(?:(?<=rs\.)|(?<![\d.,]))\d{1,2}(?:,\d{2})+,\d{3}(?!\d|,\d)")
_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")
# "10 mil" is Spanish for 10 thousand, as Mexican news writes it ("10 mil elementos")
#: the digits a multiplier multiplies, from the number's start ("5k" is no part of "1,5k"): a decimal point or a decimal
#: comma ("1,5k", as Spanish writes 1.5k), or a thousands separator ("1,500k")
_MULTIPLIED = r"(?<!\d[.,])\b(\d+(?:[.,]\d+)?)"
_SCALE_ALTERNATIVES = "million|billion|thousand|lakhs?|crores?|mil\\s+millones|{mil}millones|millon|bn"
_SCALED_NUMBER = re.compile(_MULTIPLIED + r"\s?(" + _SCALE_ALTERNATIVES.format(mil="mil|") + r")\b", re.IGNORECASE)
#: ``_SCALED_NUMBER`` without "mil" alone, for telling an English text's numbers apart (``stated_numbers``): there
#: "10 mil" may be Spanish's 10 thousand ("The gringos have 10 mil soldiers in Mexico") but is also slang for 10
#: million ("10 mil dollars")
_SCALED_NUMBER_BUT_MIL = LazyPattern(_MULTIPLIED + r"\s?(" + _SCALE_ALTERNATIVES.format(mil="") + r")\b", re.IGNORECASE)
#: Italian scales, in lower case and only in a text read as Italian ("157 mila", "157mila", "1,5 milioni", "2
#: miliardi"): read before folding, where case still tells them from a name ("In 2010 Mila Kunis starred" was
#: 2010000, "Season 3 Mila joined the cast" 3000)
_ITALIAN_SCALED_NUMBER = LazyPattern(_MULTIPLIED + r"\s?(mila|milion[ei]|miliard[io])\b")
#: Italian number words that count thousands, millions and billions ("diecimila", "dieci mila", "centomila", "mille",
#: "un milione", "due miliardi"), with what "e" adds to them ("tremila e cinquecento" 3500, "due miliardi e mezzo"
#: 2500000000): read as their digits in any text, as no other language writes them ("mille" is French's 1000 too),
#: so that a short statement not read as Italian reads them as its claim does.  In lower case, or capitalised
#: opening a sentence before a word in lower case ("Mille euro di bonus", "Un milione di posti"): "Mille Miglia" and
#: "Mille Lacs" are names, "mille-feuille" a word.  The words of 1 to 999 are written as one: a ten and a unit
#: ("venticinque", "ventuno", "trentotto": a ten's vowel drops before "uno" and "otto"), hundreds before them
#: ("centoventicinque", "duecentocinquanta"), so "venticinquemila" is 25000 ("ventitré" or "ventitrè", and "ventun"
#: before "mila" or a scale: "ventunmila" 21000); after a million or a billion, "e" adds thousands ("un milione e
#: duecentomila", "un milione e 200mila" 1200000)


def _italian_numbers() -> dict[str, int]:
    """The Italian words of 1 to 999 and their values (``_ITALIAN_NUMBERS``)."""
    units = "uno due tre quattro cinque sei sette otto nove".split()
    teens = "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove".split()
    below_hundred = {word: value for value, word in enumerate([*units, *teens], 1)}
    for tens, ten in enumerate("venti trenta quaranta cinquanta sessanta settanta ottanta novanta".split(), 2):
        below_hundred[ten] = 10 * tens
        for unit, unit_word in enumerate(units, 1):
            elided = ten[:-1] if unit_word in ("uno", "otto") else ten  # "ventuno", "ventotto"
            below_hundred[elided + unit_word] = 10 * tens + unit
        below_hundred[ten + "tré"] = below_hundred[ten + "trè"] = 10 * tens + 3  # "ventitré", as written alone
        below_hundred[ten[:-1] + "un"] = 10 * tens + 1  # "ventun" of "ventunmila", "ventun milioni"
    numbers = dict(below_hundred)
    for hundreds, prefix in enumerate(["", *units[1:]], 1):
        numbers[prefix + "cento"] = 100 * hundreds
        numbers.update((prefix + "cento" + word, 100 * hundreds + value) for word, value in below_hundred.items())
    return numbers


_ITALIAN_NUMBERS = _italian_numbers()
#: the words of ``_ITALIAN_NUMBERS`` as a pattern built of their parts (an alternative of each of a thousand words
#: made reading a text with "mila" 15 times slower)
_ITALIAN_NUMBER_WORD = (
    r"(?:(?:(?:due|tre|quattro|cinque|sei|sette|otto|nove)?cento)?"
    r"(?:(?:venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta)(?:due|tré|trè|tre|quattro|cinque|sei"
    r"|sette|nove)?|(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)(?:uno|otto|un)|dieci|undici|dodici"
    r"|tredici"
    r"|quattordici|quindici|sedici|diciassette|diciotto|diciannove|uno|due|tre|quattro|cinque|sei|sette|otto|nove)"
    r"|(?:due|tre|quattro|cinque|sei|sette|otto|nove)?cento)"
)
#: no letter, hyphen or apostrophe beside a word ("mille-feuille")
_ALONE_BEFORE, _ALONE_AFTER = r"(?<![\w\-'’])", r"(?![\w\-'’])"
_ITALIAN_NUMBER_WORDS = LazyPattern(
    rf"{_ALONE_BEFORE}(?:(?P<tens>{_ITALIAN_NUMBER_WORD})\s?mila|(?P<mille>mille)"
    rf"|(?P<count>un|{_ITALIAN_NUMBER_WORD})\s+(?P<scale>milion[ei]|miliard[io])){_ALONE_AFTER}"
    # "e mezzo", "e cinquecento", "e 500": not "e cinque mila", a number of its own; after a million or a billion,
    # thousands ("un milione e duecentomila")
    rf"(?:\s+e\s+(?:(?(count)(?P<thousands>{_ITALIAN_NUMBER_WORD}|\d{{1,3}})\s?mila|(?!))"
    rf"|(?P<plus>mezzo|{_ITALIAN_NUMBER_WORD}|\d{{1,3}})){_ALONE_AFTER}"
    r"(?![.,]\d|\s*(?:mila|mille|milion|miliard)))?",
    re.IGNORECASE,
)
#: the words before "mille" that make it French ("deux mille", "cent mille"): left as they are
_FRENCH_NUMBER_WORDS = frozenset(
    "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante "
    "cinquante soixante cent cents".split()
)
_WORD_BEFORE = LazyPattern(r"([\w’']+)\W*$")
_WORD_AFTER = LazyPattern(r"\W*(\w)")
#: the word right after "mille": a French number word there makes it French too ("mille cinq cents" 1500)
_NEXT_WORD = LazyPattern(r"\s+(\w+)")
#: how far before a match ``_italian_number`` looks (the word before it, a sentence's opening): a window, not the
#: whole text before it, which made a text of many "mille" quadratic
_LOOK_BEHIND = 40


def _italian_number(match: re.Match[str]) -> str:
    """The digits of a match of ``_ITALIAN_NUMBER_WORDS``, or the match as it is: capitalised away from a sentence's
    opening or before a name, "mille" after or before a French number word ("deux mille", "mille cinq cents"), a
    million with a number after "e" (but "mezzo").  It looks back ``_LOOK_BEHIND`` characters only."""
    text, said = match.string, match.group()
    if said[1:] != said[1:].lower():
        return said  # "MILLE", "tre Milioni"
    window = max(match.start() - _LOOK_BEHIND, 0)
    if said[0].isupper():
        before, after = text[window : match.start()].rstrip(), _WORD_AFTER.match(text, match.end())
        if not before and window > 0:
            return said  # spaces only as far as it looks: no sentence's opening it can tell
        if (before and before[-1] not in '.!?:;"«“(') or after is None or not after[1].islower():
            return said  # "la Mille Miglia", "Mille Lacs"
    plus = (match["plus"] or "").lower()
    if match["count"] is not None:
        scale = 1_000_000 if match["scale"].lower().startswith("milion") else 1_000_000_000
        if plus and plus != "mezzo":
            return said  # "un milione e duecento": no number this reads
        added = scale // 2 if plus else 0
        if match["thousands"] is not None:
            thousands = match["thousands"].lower()  # "un milione e duecentomila", "un milione e 200mila"
            added = (int(thousands) if thousands.isdigit() else _ITALIAN_NUMBERS[thousands]) * 1000
        return str(_ITALIAN_NUMBERS.get(match["count"].lower(), 1) * scale + added)
    if match["mille"] is not None:
        previous = _WORD_BEFORE.search(text, window, match.start())
        if previous is not None and (previous[1].isdigit() or previous[1].lower() in _FRENCH_NUMBER_WORDS):
            return said  # "deux mille": French, read as its words
        following = None if plus else _NEXT_WORD.match(text, match.end())
        if following is not None and following[1].lower() in _FRENCH_NUMBER_WORDS:
            return said  # "mille cinq cents", "mille neuf cent quatre-vingt": French
        value = 1000
    else:
        value = _ITALIAN_NUMBERS[match["tens"].lower()] * 1000
    if plus:
        value += 500 if plus == "mezzo" else int(plus) if plus.isdigit() else _ITALIAN_NUMBERS[plus]
    return str(value)


def _italian_number_words(text: str) -> str:
    """A text's Italian number words (``_ITALIAN_NUMBER_WORDS``) as digits: "diecimila" 10000, "mille" 1000, "un
    milione e mezzo" 1500000, "tremila e cinquecento" 3500."""
    if not _ITALIAN_NUMBER_NEEDLE.search(text):
        return text
    return _ITALIAN_NUMBER_WORDS().sub(_italian_number, text)


#: German number words, read as their digits in any text ("zehntausend" 10000, "Zwanzigtausend", "zweihundertfünfzig",
#: "einundzwanzig"), so that "Zehntausend US-Soldaten sind in Mexiko stationiert" states the 10000 of "10.000
#: US-Soldaten ..." (it was the word "zehntausend", no number: it missed the claim, and "Zwanzigtausend" was no other
#: number than its 10,000).  A word of 1 to 999 is written as one: a unit, "und", a ten ("einundzwanzig"), hundreds
#: before it ("dreihundertzwölf"), thousands before that ("zehntausendfünfhundert").  Written with or without the
#: umlaut or "ß" ("funf", "fuenf", "dreissig").  In lower case or capitalised (a sentence's opening); "ein", "eins"
#: and "elf" alone are left as words (an article, a pronoun, an English elf), as is a word a hyphen joins
#: ("Zwei-Drittel-Mehrheit", "drei-jährig")
_GERMAN_UNIT = r"(?:ein|zwei|drei|vier|f(?:ü|ue|u)nf|sechs|sieben|acht|neun)"
_GERMAN_BELOW_HUNDRED = (
    rf"(?:(?:{_GERMAN_UNIT}und)?(?:zwanzig|drei(?:ß|ss)ig|vierzig|f(?:ü|ue|u)nfzig|sechzig|siebzig|achtzig|neunzig)"
    r"|(?:drei|vier|f(?:ü|ue|u)nf|sech|sieb|acht|neun)zehn|zehn|elf|zw(?:ö|oe|o)lf|eins"
    rf"|{_GERMAN_UNIT})"
)
#: hundreds counted by a unit or by 11 to 19: "zweihundert", "zwölfhundert" (1200), "neunzehnhundertneunzig" (1990)
_GERMAN_HUNDREDS = rf"(?:{_GERMAN_UNIT}|elf|zw(?:ö|oe|o)lf|(?:drei|vier|f(?:ü|ue|u)nf|sech|sieb|acht|neun)zehn)?hundert"
_GERMAN_BELOW_THOUSAND = rf"(?:{_GERMAN_HUNDREDS}(?:{_GERMAN_BELOW_HUNDRED})?|{_GERMAN_BELOW_HUNDRED})"
_GERMAN_NUMBER_WORD = LazyPattern(
    rf"{_ALONE_BEFORE}(?:{_GERMAN_BELOW_THOUSAND}?tausend(?:{_GERMAN_BELOW_THOUSAND})?|{_GERMAN_BELOW_THOUSAND})"
    rf"{_ALONE_AFTER}",
    re.IGNORECASE,
)


def german_number_name(word: str, language: Language) -> str | None:
    """The term of ``word``, taken out of its text, where it is a German number word (``_GERMAN_NUMBER_WORD``)
    that its text may read as a word, a name's: alone it opens a sentence and reads as digits ("Vier" is "4"),
    where "Vier Pfoten rescued 500 dogs" and "the Vier brothers" read it as "vier".  None for any other word, and
    for "Hundert", "Tausend" and their compounds ("Zweihundert"), amounts: "Mehrere Hundert Migranten"."""
    if _GERMAN_NUMBER_WORD().fullmatch(word) is None:
        return None
    folded = fold(word)
    if folded.endswith(("hundert", "tausend")):
        return None  # an amount, no name: "Mehrere Hundert Migranten", "Einige Tausend", "Zweihundert"
    return language.stem(folded)


#: what every text that ``_german_number_words`` reads holds, in lower case, looked for before the longer patterns:
#: a pattern of them all with case ignored took 15 % of ``normalize``'s time on CheckThat!'s 10,375 claims (234 ms),
#: in the text in lower case 5 % (73 ms; the longer patterns, searched in every text, 218 ms).  "million" alone is
#: English's, read by ``_digits``
_GERMAN_NUMBER_NEEDLE = re.compile(
    "zehn|zig|ßig|ssig|hundert|tausend|zwei|drei|vier|fünf|funf|fuenf|sechs|sieben|acht|neun|zwölf|zwolf|zwoelf"
    "|millionen|milliard|mio|mrd|tsd|ine million|iner million|billion|einhalb|anderthalb"
)


def _says_german_number(text: str) -> bool:
    """May ``text`` hold a German number word or scale (``_GERMAN_NUMBER_NEEDLE``)?"""
    return _GERMAN_NUMBER_NEEDLE.search(text.lower()) is not None


_GERMAN_SMALL = {
    "ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sech": 6, "sieben": 7, "sieb": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwolf": 12,
    "zwanzig": 20, "dreissig": 30, "vierzig": 40, "funfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
    "neunzig": 90,
}  # fmt: skip
#: a German scale after a number in digits ("1,5 Mio.", "2 Mrd.", "10 Tsd.", "2,5 Milliarden", "1.500 Millionen"; a
#: decimal comma or point of one or two digits, or thousands dots) or after "eine", "einer" ("eine Million",
#: "einer Milliarde"): its digits; thousands after millions are added ("3 Millionen 500 Tausend" is 3500000).  Not
#: "Million" after digits, English's too, which ``_digits`` reads ("$1.255 million" is 1255000 there, no thousands
#: dot); nor a year before a plural ("seit 2015 Millionen Migranten", "bis 2030 Milliarden in die Bahn": not
#: 2015000000, as German writes "2.015 Millionen").  "Billionen" is German's 10**12, as is "Billion" in a text that
#: ``_looks_german`` or ``says_german_words`` reads (English's "billion" is 10**9, "1 Mrd."): "Die Hilfen haben 1
#: Billion Euro gekostet" is no "... 1 Mrd. Euro ..."
_GERMAN_SCALED = LazyPattern(
    r"(?<![\d.,])\b(?!(?:1[89]|20)\d\d(?![\d.,]))(?P<digits>\d{1,3}(?:\.\d{3})+|\d+(?:[.,]\d{1,2})?)(?![.,]?\d)\s?"
    r"(?P<scale>(?i:Millionen|Milliarden|Milliarde|Tausend|Billionen|Billion|Million(?=\s\d{1,3}\s?Tausend))"
    r"|Mio|Mrd|Tsd)\b\.?"
    r"(?:\s(?P<thousands>\d{1,3})\s?(?i:Tausend|Tsd)\b\.?)?"
    r"|\b(?P<one>[Ee]ine[rn]?)\s(?P<one_scale>Million|Milliarde|Billion)\b"
)
_GERMAN_THOUSANDS_DOT = LazyPattern(r"\d{1,3}(?:\.\d{3})+")
_GERMAN_SCALES = {"mio": 1_000_000, "mrd": 1_000_000_000, "tsd": 1_000, "tausend": 1_000}
#: German's decimal comma said in words, once its numbers are digits: "zwei Komma fünf Milliarden" is "2,5 Milliarden"
_GERMAN_KOMMA = LazyPattern(r"(?<![\d.,])\b(\d+)\sKomma\s(\d{1,2})\b(?![.,]?\d)", re.IGNORECASE)
#: what a number word after these is not: "außer Acht lassen", "in Acht nehmen" (attention), "halb acht" (7:30),
#: "ein paar Tausend", "einige Hundert" (no number, as "a few thousand" is none)
_GERMAN_NO_NUMBER_AFTER = {
    "acht": frozenset(("außer", "ausser", "in", "halb")),
    "tausend": frozenset(("paar", "einige", "einigen", "mehrere", "mehreren", "viele", "vielen", "etliche")),
    "hundert": frozenset(("paar", "einige", "einigen", "mehrere", "mehreren", "viele", "vielen", "etliche")),
}
_PREVIOUS_WORD = LazyPattern(r"([^\W_]+)[^\w.!?:;]*\Z")
#: what may stand between a sentence's end and its first word
_BEFORE_A_SENTENCE = " \t\"'“„«»([*-"
#: a German number word or scale as a word of its own, folded (``_number_in_runs``)
_GERMAN_SCALE_WORDS = frozenset("millionen milliarden milliarde mio mrd tsd tausend billion billionen".split())


def _opens_a_sentence(text: str, start: int) -> bool:
    """Does the word at ``start`` of ``text`` open it or a sentence (after ".", "!", "?", ":", ";" or a line's end,
    and quotes, brackets or spaces)?"""
    while start > 0 and text[start - 1] in _BEFORE_A_SENTENCE:
        start -= 1  # walked back, not a copy of what precedes: linear in a text of many number words
    return start == 0 or text[start - 1] in ".!?:;\n"


def _german_value(word: str) -> int:
    """The value of a word ``_GERMAN_NUMBER_WORD`` matched, folded ("zehntausend" 10000)."""
    thousands, tausend, rest = word.partition("tausend")
    if tausend:
        return (_german_value(thousands) if thousands else 1) * 1000 + (_german_value(rest) if rest else 0)
    hundreds, hundert, rest = word.partition("hundert")
    if hundert:
        return (_german_value(hundreds) if hundreds else 1) * 100 + (_german_value(rest) if rest else 0)
    unit, und, ten = word.partition("und")
    if und:
        return _german_value(unit) + _german_value(ten)
    if word.endswith("zehn") and word != "zehn":
        return 10 + _GERMAN_SMALL[word[:-4]]
    return _GERMAN_SMALL[word]


#: a German fraction after a number word: "drei Viertel", "zwei Drittel", "neun Zehntel" are no 3, 2, 9
_GERMAN_FRACTION = LazyPattern(
    r"\s+(?i:drittel|viertel|f(?:ü|ue|u)nftel|sechstel|siebtel|achtel|neuntel|zehntel|hundertstel|tausendstel)\b"
)


def _german_number(match: re.Match[str], english: list[bool | None]) -> str:
    said = match.group()
    lower = said.lower()
    if said[1:] != said[1:].lower() or lower in ("ein", "eins", "elf"):
        return said  # "ZWEI", "ein Auto", "Elf"
    before = match.string[max(0, match.start() - 40) : match.start()]
    if said[0].isupper() and not _opens_a_sentence(match.string, match.start()):
        return said  # capitalised inside a sentence, a name or a noun: "Vier Pfoten", "außer Acht"
    if _GERMAN_FRACTION.match(match.string, match.end()):
        return said  # a fraction's count: "Drei Viertel der Deutschen" (75 %), "zwei Drittel"
    previous = _PREVIOUS_WORD.search(before)
    previous_word = previous[1].lower() if previous else ""
    if previous_word in _GERMAN_NO_NUMBER_AFTER.get(lower, ()) or (lower == "acht" and previous_word == "halb"):
        return said
    if lower == "tausend" and previous and (previous_word.isdigit() or _GERMAN_NUMBER_WORD().fullmatch(previous_word)):
        return said  # "zehn Tausend": 10000, read as "10 Tausend" once "zehn" is "10" (``_german_number_words``)
    if english[0] is None:
        english[0] = _says_english_only(match.string)
    if english[0]:
        return said  # "Hundert Jahre Einsamkeit is a novel", "Vier Pfoten says 500 dogs were rescued"
    if said[0].isupper():
        if english[1] is None:
            english[1] = _writes_english(match.string)  # once a text: a long one has many number words
        if english[1]:
            return said  # a name opening an English text: "Vier Pfoten rescued 500 stranded dogs", "Neun Inch Nails
            # sold 20 million records"
    value = _german_value(fold(lower).replace("ue", "u").replace("oe", "o"))
    return str(value)


#: words an English text writes in lower case and a German one does not: English's scales ("sold 20 million
#: records": German writes "Millionen", "eine Million"), each a strong sign; and a past tense or participle
#: ("rescued", "founded"), a weak one: German says "entschied", "vermied", "unterschied" (not read: no "-ied"
#: word is one) and borrows English's ("relaxed")
_ENGLISH_IN_LOWER_CASE = LazyPattern(
    r"(?<![\w\-'’])(?:(?P<scale>million|millions|billion|billions|thousand|thousands|hundred|hundreds|percent)"
    r"|(?P<past>[a-z]+[a-hj-z]ed))(?![\w\-'’])"
)
#: a number in digits and the one or two words in lower case after it ("500 dogs", "500 stray dogs"), where English
#: says a plural (``_an_english_plural``): German writes the noun after a number with a capital ("500 Hunde",
#: "500 streunende Hunde") and its adjectives there end in "-e", "-en" ("500 neue")
_AFTER_DIGITS = LazyPattern(r"(?<=\d)[ \u00a0](?P<first>[a-z]+)(?: (?P<second>[a-z]+))?(?![\w\-'’])")
#: an English plural in "-s" but "-es" and "-ss" ("dogs"), in "-ies" after a consonant but "w" ("puppies",
#: "cities"; not German's "dies", "wies", "bewies", "pries"), or in "-es" after "s", "x", "ch", "sh" ("horses",
#: "taxes", "churches"; German's "dieses", "welches", "solches" are ``_GERMAN_WORDS_IN_S``).  Not "-es" after
#: another letter ("times"): German's "alles", "jedes", "eines", "neues" are no plural
_ENGLISH_PLURAL = LazyPattern(r"[a-z]+[a-df-rt-z]s|[a-z]{2,}[b-df-hj-np-tvxz]ies|[a-z]+(?:[sx]|[cs]h)es")
#: German words in lower case ending in "-s" (not "-es", "-ss") that may follow a number in digits: no English
#: plural ("seit 2015 bereits", "2019 erstmals"), beside those ending in "-seits" or "-stens"
_GERMAN_WORDS_IN_S = frozenset(
    """das was als bis aus uns ins las etwas nichts rechts links stets bereits damals abends nachts morgens mittags
    teils falls jeweils anfangs eins tags rings erstens zweitens drittens viertens letztens vorerst zunachst
    jedenfalls ebenfalls allenfalls keinesfalls notfalls gegebenenfalls andernfalls bestenfalls erstmals nochmals
    mehrmals niemals jemals vormals oftmals abermals ehemals allerdings neuerdings seitens mittels mangels
    angesichts zwecks namens anders besonders nirgends vergebens unterwegs keineswegs halbwegs durchaus heraus
    hinaus voraus daraus dieses manches welches solches gleiches""".split()
)
#: German words in lower case an English text seldom says, beside ``_GERMAN_MARKERS`` and ``_GERMAN_OR_ENGLISH``:
#: "Sieben Tipps, wie Sie relaxed bleiben" and "Sieben Tipps: So bleiben 3 kids relaxed" are German
_GERMAN_IN_LOWER_CASE = frozenset(
    """wie sie des zu bis vor beim ins vom aber dann denn weil wenn bleiben bleibt blieb blieben gibt kann konnte
    konnten muss musste soll sollte sollen wollen wollte geht ging gehen kommt kommen macht machen sagt sagte sagen
    zeigt zeigen steht stehen liegt liegen""".split()
)


def _an_english_plural(word: str | None) -> bool:
    return (
        word is not None
        and _ENGLISH_PLURAL.fullmatch(word) is not None
        and word not in _GERMAN_WORDS_IN_S
        and not word.endswith(("seits", "stens"))
    )


def _says_a_plural_after_digits(text: str) -> bool:
    """Does ``text`` say an English plural in lower case right after a number in digits, or after it and one word
    in lower case (``_AFTER_DIGITS``): "Vier Pfoten rescued 500 dogs", "... 500 stray dogs", "... 500 puppies"?"""
    return any(
        _an_english_plural(after["first"]) or _an_english_plural(after["second"])
        for after in _AFTER_DIGITS.finditer(text)
    )


def _writes_english(text: str) -> bool:
    """Does ``text`` write English in lower case: two signs of it (``_ENGLISH_IN_LOWER_CASE``: a scale counts two,
    each past tense one; a plural after digits, ``_says_a_plural_after_digits``, one however many it says: "Zehn
    Jahre Instagram: 500 followers, 20 posts" may be German), and no German word in lower case (``_looks_german``,
    ``_GERMAN_OR_ENGLISH``, ``_GERMAN_IN_LOWER_CASE``)?  Its capitalised German number word opening it is a
    name's: "Vier Pfoten rescued 500 dogs", where "Acht Jahre Haft: So entschied das Landgericht" and "Sechs
    Monate Haft, Amtsgericht entschied" state 8 and 6 (a German number is never dropped from a German text on a
    weaker sign)."""
    signs = 0
    for sign in _ENGLISH_IN_LOWER_CASE.finditer(text):
        signs += 2 if sign["scale"] else 1
        if signs >= 2:
            break
    if signs == 1:
        signs += _says_a_plural_after_digits(text)
    if signs < 2:
        return False
    lower = {word for word in _GERMAN_WORD.findall(text) if word.islower()}
    if not lower.isdisjoint(_GERMAN_OR_ENGLISH) or not lower.isdisjoint(_GERMAN_IN_LOWER_CASE):
        return False
    return not _looks_german(text)


def _says_english_only(text: str) -> bool:
    """Does ``text`` say an English function word no German text says (``ENGLISH_ONLY_WORDS``), and no German one
    (``_looks_german``)?  Its German number words are names: "Vier Pfoten says 500 dogs were rescued"."""
    words = {word for word in _GERMAN_WORD.findall(text) if word.islower()}
    return not ENGLISH_ONLY_WORDS.isdisjoint(words) and not _looks_german(text)


#: a text's opening German article before a capitalised noun: "Die Staatsschulden betragen 1 Billion Euro"
_GERMAN_OPENING_ARTICLE = LazyPattern(r"[\s\"'„“«»(]*(?:Der|Die|Das|Dem|Den|Des)\s+[A-ZÄÖÜ][a-zäöüß]")


def _opens_german(text: str) -> bool:
    """Does ``text`` open with a German article before a noun ("Die Staatsschulden betragen ...") and say no English
    function word (``ENGLISH_ONLY_WORDS``)?  Its capitalised "Billion" is German's 10**12: ``_looks_german`` counts
    no "Die" alone (English says "die" too)."""
    if _GERMAN_OPENING_ARTICLE.match(text) is None:
        return False
    return ENGLISH_ONLY_WORDS.isdisjoint(fold(word) for word in _GERMAN_WORD.findall(text) if word.islower())


def _german_scaled(match: re.Match[str], german: list[bool | None]) -> str:
    scale = (match["scale"] or match["one_scale"]).lower()
    if scale == "billion":
        if german[0] is None:
            german[0] = _looks_german(match.string) or says_german_words(match.string)
        written = match["scale"] or match["one_scale"]
        if not german[0] and not (written[:1].isupper() and _opens_german(match.string)):
            return match.group()  # English's "1 Billion" (10**9), which ``_digits`` reads
    multiplier = _GERMAN_SCALES.get(scale) or (
        1_000_000 if scale.startswith("millio") else 1_000_000_000_000 if scale.startswith("billion") else 10**9
    )
    digits = match["digits"] or "1"
    # "1.500 Millionen" (a thousands dot), "1,5 Mio." or "1.5 Mio." (a decimal comma or point)
    thousands = _GERMAN_THOUSANDS_DOT.fullmatch(digits) is not None
    from decimal import Decimal

    value = Decimal(digits.replace(".", "") if thousands else digits.replace(",", ".")) * multiplier
    said = str(value.to_integral_value()) if value == value.to_integral_value() else str(value.normalize())
    if match["thousands"]:
        added = int(match["thousands"]) * 1000
        # after millions, "3 Millionen 500 Tausend" is 3500000; after another scale a number of its own
        return str(value + added) if multiplier == 1_000_000 else f"{said} {added}"
    return said


#: a German number and a half in words: "zweieinhalb Millionen" is "2,5 Millionen" (2500000), "anderthalb",
#: "eineinhalb" 1,5; it was no number, so that "Der Bund gab zweieinhalb Millionen Euro aus" matched "... 3,5
#: Millionen Euro aus" with no note.  In lower case, or capitalised opening a sentence, as ``_german_number`` reads
_GERMAN_AND_A_HALF = LazyPattern(
    r"(?<![\w\-'’])(?:(?P<one>[Aa]nderthalb)|(?P<count>[Ee]in|[Zz]wei|[Dd]rei|[Vv]ier|[Ff](?:ü|ue|u)nf|[Ss]echs"
    r"|[Ss]ieben|[Aa]cht|[Nn]eun|[Zz]ehn)einhalb)(?![\w\-'’])"
)
_GERMAN_HALF_COUNTS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7, "acht": 8,
                       "neun": 9, "zehn": 10}  # fmt: skip


def _german_and_a_half(match: re.Match[str]) -> str:
    said = match.group()
    if said[0].isupper() and not _opens_a_sentence(match.string, match.start()):
        return said  # capitalised inside a sentence: a name's
    if match["one"]:
        return "1,5"
    count = _GERMAN_HALF_COUNTS.get(fold(match["count"]).replace("ue", "u"))
    return said if count is None else f"{count},5"


def _german_number_words(text: str) -> str:
    """A text's German number words (``_GERMAN_NUMBER_WORD``) and scales (``_GERMAN_SCALED``) as digits:
    "Zehntausend" 10000, "eine Million" 1000000, "1,5 Mio." 1500000.  A number word written with a capital is read
    only where a sentence opens ("Zehntausend US-Soldaten ...", not "Vier Pfoten", "außer Acht"), and none in a text
    of English function words ("Neun Inch Nails sold 20 million records")."""
    if not _says_german_number(text):
        return text
    german: list[bool | None] = [None]  # is the text German (``_looks_german``), asked once, if a Billion asks

    def scaled(match: re.Match[str]) -> str:
        return _german_scaled(match, german)

    if "halb" in text:
        text = _GERMAN_AND_A_HALF.sub(_german_and_a_half, text)  # "zweieinhalb Millionen": "2,5 Millionen"
    komma = "omma" in text or "OMMA" in text
    if komma:
        text = _GERMAN_KOMMA.sub(r"\1,\2", text)  # "2 Komma 5": "2,5"
    text = _GERMAN_SCALED.sub(scaled, text)  # "10 Tausend" before "Tausend" alone is read as 1000
    english: list[bool | None] = [None, None]  # ``_says_english_only``, ``_writes_english``: asked once a text
    text = _GERMAN_NUMBER_WORD().sub(lambda match: _german_number(match, english), text)
    if komma:
        text = _GERMAN_KOMMA.sub(r"\1,\2", text)  # "zwei Komma fünf": "2,5"
    return _GERMAN_SCALED.sub(scaled, text)  # "zwei Millionen", "zehn Tausend"


#: what every text that ``_italian_number_words`` reads holds, tested before the longer pattern
_ITALIAN_NUMBER_NEEDLE = re.compile(r"(?i:mila|mille|milion|miliard)")
#: "2 miliardi e mezzo", "1 milione e mezzo" in an Italian text: "2,5 miliardi" (for ``_ITALIAN_SCALED_NUMBER``)
_ITALIAN_SCALED_AND_A_HALF = LazyPattern(r"(?<![\d.,])\b(\d+)\s?(milion[ei]|miliard[io])\s+e\s+mezzo\b")
#: "1 milione e 200mila", "2 milioni e 300 mila" in an Italian text: one amount, as "un milione e 200mila" is
_ITALIAN_SCALED_AND_THOUSANDS = LazyPattern(
    r"(?<![\d.,])\b(\d{1,3})\s?(milion[ei]|miliard[io])\s+e\s+(\d{1,3})\s?mila\b(?![.,]\d)"
)


def _scaled_and_thousands(match: re.Match[str]) -> str:
    scale = 1_000_000 if match[2].startswith("milion") else 1_000_000_000
    return str(int(match[1]) * scale + int(match[3]) * 1000)


#: a post's "10k", "1.5K", "15k+", "2M", "$2m", "2bn": a letter right after the digits, read before case is folded.  A
#: lower-case "m" is a million only after a currency sign ("2m tall", "the 100m" are metres), a "k" or "M" set apart
#: ("10 m") is no multiplier, "4K video" is a screen's resolution and "a 10K run", "the 5K-race" are distances
_LETTER_SUFFIXED_NUMBER = re.compile(
    _MULTIPLIED + r"([kK]|M|bn)(?![\w&])"
    r"(?!\s*(?i:video|tv|tvs|resolution|display|screen|monitor|uhd|hdr|footage|camera))"
    r"(?![\s-]*(?i:run|runs|runner|runners|race|races|walk|walks|marathon|fun\s*run)\b)"
    r"|(?<=[$£€])(\d+(?:[.,]\d+)?)(m)\b"
)
_APOSTROPHES = "'’`´"


def _without_apostrophes(text: str) -> str:
    """``text`` without its apostrophes (``_APOSTROPHES``): "don't" is "dont".  ``str.replace`` four times, not
    ``str.translate``, which reads a text a character at a time and was 4 % of an index build."""
    for apostrophe in _APOSTROPHES:
        text = text.replace(apostrophe, "")
    return text


#: ways of saying "now" ("now" is a stop word): in a small file "right" or "moment" may be rare enough
#: to pull "There are US troops in Mexico right now" away from "There are US troops in Mexico"
_NOW = LazyPattern(r"\b(?:right now|at the moment|as we speak)\b")
#: what each match of ``_NOW`` holds, in the same case: the text is searched only when it holds one
_NOW_NEEDLES = ("right now", "at the moment", "as we speak")
#: any decimal digit, as ``\d`` reads it: the number patterns that need one are not tried on a text without
_ANY_DIGIT = re.compile(r"\d")
#: ways of saying no to something, one term with "reject" and "refuse" ("refus", "rebuff" are its
#: synonyms): "said no to" is three stop words, and "turned down" kept only "turn", so "Mexico
#: turned down US troops" was drawn to "the US turned a strip of the New Mexico border…" (0.79),
#: and "Mexico said no to US troops" never reached the claim whose alias "said no to" them
_REFUSAL = re.compile(
    r"\b(?:(?:turn|turns|turned|turning)\s+(?:(?:it|them|this|that|him|her)\s+)?down|(?:say|says|said|saying)\s+no\s+to)\b"
)
#: ways of saying yes to something, one term with "approve": "said yes to" is three stop words and "yes", a word no
#: claim has, so "Mexico said yes to US troops" was shown as "There are US troops in Mexico" (0.53)
_CONSENT = re.compile(r"\b(?:say|says|said|saying)\s+yes\s+to\b")
#: an amount no one counted ("thousands of", "hundreds of", "dozens of"): no number, and a word no claim of a small
#: file has, so "There are thousands of US soldiers in Mexico" was held below the threshold (0.42) for "There are US
#: troops in Mexico" by the one word
#: a question of a number or an amount, one word ("howmany", "howmuch"): "many" alone says there are a lot
#: ("There are many US soldiers in Mexico"), "how many" asks how many, and the first was shown as the claim
#: "Nobody knows how many American soldiers are in Mexico" (0.99) over "There are US troops in Mexico"
_HOW_MANY = re.compile(r"\bhow\s+(?P<quantity>many|much)\b")
_UNCOUNTED = re.compile(r"\b(?:dozens|hundreds|thousands|millions|billions|tens)\s+of\b")
#: chat-speak, read as the words it stands for before case is folded.  Each was a word no claim has, as rare as a
#: name to the matcher: "10k troops r in mexico rn" went to the claim of Mexico's 10,000 troops (0.63) where "10k
#: troops in mexico" finds the US's (0.99), and "trump sent marines to mexico fr fr" scored lower than without "fr
#: fr".  Most stand for stop words ("are", "your", "now") or for nothing a fact is about ("for real", "to be honest",
#: "laughing out loud", "please"), and are dropped; "ppl" is "people".  The letters that are also a name, an initial
#: or an abbreviation in capitals ("R-Texas", "Toys R Us", "Edward R. Murrow", "an RN", "FR") are chat only in lower
#: case; none joined to another word by "&", "-", "/", "'" or a dot before a letter ("R&D", "r/politics", "R.I.P.").
_CHAT_IN_ANY_CASE: dict[str, str] = dict.fromkeys(
    "tbh imho lol lmao lmfao rofl omg idk plz btw fyi ikr istg wtf".split(), " "
)
#: chat-speak only in lower case: in capitals these are names and things ("R-AZ", "Toys R Us", an "RN", "FR"; the
#: IMO, the International Maritime Organization; NGL, natural gas liquids; the SMH; PPL, a utility; "PLS")
_CHAT_IN_LOWER_CASE: dict[str, str] = {
    **{"r": " are ", "ur": " your ", "rn": " now ", "fr": " ", "ppl": " people "},
    **dict.fromkeys("ngl imo smh pls".split(), " "),
}
_CHAT = re.compile(
    r"(?<![\w&'’./@#-])(?:(?i:" + "|".join(_CHAT_IN_ANY_CASE) + ")|" + "|".join(_CHAT_IN_LOWER_CASE) + r")"
    r"(?![\w&'’/@-]|\.\w)"
)


def _chat_spelled_out(text: str) -> str:
    """``text`` with its chat-speak read as the words it stands for (``_CHAT``): "troops r in mexico rn" ->
    "troops are in mexico now"."""
    return _CHAT.sub(_chat_words, text)


def _chat_words(match: re.Match[str]) -> str:
    written = match.group()
    return _CHAT_IN_LOWER_CASE.get(written) or _CHAT_IN_ANY_CASE[written.lower()]


#: a sentence's place in a list ("Second, 120 US soldiers came ..."), not what it says: "second" drew
#: that sentence to the claim on Trump's "second term" (0.90)
#: (removed by ``_without_enumerators``: the word opens a sentence, after nothing but non-word characters)
_ENUMERATOR = re.compile(
    r"(?<!\w)(?:first|second|third|fourth|fifth|firstly|secondly|thirdly|next|finally|lastly)\s*[,:]"
)
#: what ends the sentence before an enumerator, read just before the run of non-word characters opening the next
_ENUMERATED_SENTENCE_END = LazyPattern(r"[.!?:;]\s")
_WORD_CHARACTER = LazyPattern(r"\w")
#: a percent sign is a word of its own: "40%" is "40 percent" ("percent" is a synonym of "%")
_WORD = re.compile(r"[a-z0-9]+|%")
#: the same, and a run of characters outside ASCII, in which ``_other_script_words`` finds words
_WORD_OR_NOT_ASCII = re.compile(r"[a-z0-9]+|%|[^\x00-\x7f]+")
#: the blocks of the Latin script outside ASCII (and of what NFKD makes ASCII letters of: ligatures, full-width
#: letters): its letters that fold to no ASCII letter ("ø", "ł") part words as they always did
_LATIN_BLOCKS = (
    (0x0080, 0x036F),
    (0x1D00, 0x1EFF),
    (0x2C60, 0x2C7F),
    (0xA720, 0xA7FF),
    (0xAB30, 0xAB6F),
    (0xFB00, 0xFB06),
    (0xFF00, 0xFF5F),
)
#: the scripts written without spaces between words (Han, kana, Thai, Lao, Myanmar, Khmer): a run of them is read
#: as its overlapping character bigrams, as is common for CJK retrieval ("疫苗含有" -> "疫苗", "苗含", "含有")
_UNSPACED_BLOCKS = (
    (0x0E00, 0x0EFF),
    (0x1000, 0x109F),
    (0x1780, 0x17FF),
    (0x2E80, 0x2FDF),
    (0x3005, 0x3007),
    (0x3040, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x3FFFF),
)
#: a run of Han characters and kana (Chinese and Japanese: ``_UNSPACED_BLOCKS`` but for Thai, Lao, Myanmar, Khmer)
_CHINESE_OR_JAPANESE_RUN = LazyPattern(
    "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _UNSPACED_BLOCKS if low >= 0x2E80) + "]+"
)
#: a run of katakana (with its long-vowel mark "ー"), a loanword mostly: "コロナワクチン", "メキシコ"
_KATAKANA_RUN = LazyPattern("[\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]+")

_SMALL = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
_SMALL.update({"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80})
_SMALL["ninety"] = 90
#: India's "lakh" (100,000) and "crore" (10,000,000), as Indian English writes amounts ("1 lakh jobs", "Rs 10,000
#: crore", "two lakh"): left as words, "10 lakh soldiers" read as 10 soldiers and was shown the claim of 10 US soldiers
_INDIAN_SCALES = {"lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
#: Hinglish "hazar", "hazaar" (a thousand: "US ke 10 hazaar troops" was 10, shown the claim of 10 soldiers) in any
#: case after digits ("10 Hazaar", "10 HAZAAR"), but not before a hyphen ("10 hazar-e-sharif") nor, capitalised,
#: after a number that may be a year: "The 1990 Hazar earthquake" is a place (it read 1990000), "2000 hazaar" is two
#: million; written "thousand" before folding (``_with_indian_words``)
_HAZAAR = LazyPattern(r"(\d+)(\s?)hazaa?r\b(?!-)", re.IGNORECASE)
#: a number that may be a year, 1000 to 2099 (read whole, with ``fullmatch``)
PLAIN_YEAR = LazyPattern(r"1[0-9]{3}|20[0-9]{2}")
#: "lac", "lacs" (lakh spelt the old way) only in an amount of rupees, in any case but not before a hyphen: "Rs 5
#: lacs", "Rs. 2.5 lac", "RS 5 LACS"; elsewhere "lac" is a resin or a French lake ("In 2013, the Lac-Mégantic rail
#: disaster", "Le parc compte 12 lacs" read 2013 hundred thousand and 1200000)
_RUPEE_LAC = LazyPattern(r"((?:\b(?i:rs)\.?|\bINR|₹)\s?\d+(?:[.,]\d+)*\s?)(?i:lac(s?))\b(?!-)")
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, **_INDIAN_SCALES}
_LARGE_SCALES = frozenset(("thousand", "million", "billion", *_INDIAN_SCALES))
_MULTIPLIERS = {
    "k": 1_000,
    "thousand": 1_000,
    "mil": 1_000,
    "mil millones": 1_000_000_000,
    "millon": 1_000_000,
    "millones": 1_000_000,
    "m": 1_000_000,
    "million": 1_000_000,
    "bn": 1_000_000_000,
    "billion": 1_000_000_000,
    # Italian: "157 mila", "157mila", "1,5 milioni", "2 miliardi"
    "mila": 1_000,
    "milione": 1_000_000,
    "milioni": 1_000_000,
    "miliardo": 1_000_000_000,
    "miliardi": 1_000_000_000,
    # French: "2,5 millions", "3,2 milliards" (``_FRENCH_SCALED_NUMBER``)
    "millions": 1_000_000,
    "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
    **_INDIAN_SCALES,
}

#: Spanish number words, accents folded ("dieciséis", "veintidós"): read as digits in a Spanish text only
_SPANISH_NUMBERS = {
    word: value
    for value, word in enumerate(
        "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis diecisiete "
        "dieciocho diecinueve veinte veintiuno veintidos veintitres veinticuatro veinticinco veintiseis veintisiete "
        "veintiocho veintinueve".split()
    )
}
_SPANISH_TENS = "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
_SPANISH_NUMBERS.update({word: 10 * tens for tens, word in enumerate(_SPANISH_TENS, 3)})
_SPANISH_NUMBERS.update({"un": 1, "una": 1, "veintiun": 21, "veintiuna": 21, "cien": 100, "ciento": 100})
for _hundreds, _word in enumerate(
    "doscient trescient cuatrocient quinient seiscient setecient ochocient novecient".split(), 2
):
    _SPANISH_NUMBERS[_word + "os"] = _SPANISH_NUMBERS[_word + "as"] = 100 * _hundreds
#: "un", "una", "uno" are also articles and pronouns ("uno de ellos"): a number only in a run of number words
#: ("un millón", "treinta y un mil"); "once" (11) is an English word
_SPANISH_ONES = frozenset(("un", "una", "uno"))
_SPANISH_SCALES = {"mil": 1_000, "millon": 1_000_000, "millones": 1_000_000}
#: an amount no one counted ("miles de", "cientos de", "millones de" with no number before it), as ``_UNCOUNTED``
_SPANISH_UNCOUNTED = frozenset("miles cientos centenares decenas docenas millones".split())
#: Spanish number words that say a text is Spanish (``is_spanish``)
_SPANISH_NUMBER_MARKERS = (_SPANISH_NUMBERS.keys() | _SPANISH_SCALES.keys()) - _SPANISH_ONES - {"once"}
#: words that are part of a name when capitalised before no word in lower case ("El Paso", "De Niro", "Dos Passos")
_NAME_PARTICLES = _SPANISH_MARKERS | _SPANISH_NUMBER_MARKERS
#: the words of an ASCII text that may count for Spanish (``_says_spanish``), read in runs of letters
_SPANISH_HINTS = _SPANISH_MARKERS | _SPANISH_NUMBER_MARKERS | _FRENCH_MARKERS | _HABER_AUXILIARIES
_ASCII_LETTERS = re.compile(r"[a-z]+")
#: "por ciento" is "percent" ("40 por ciento" is "40%"), and "ciento" there no hundred
_SPANISH_PERCENT = re.compile(r"\bpor\s+ciento\b")
#: the United States as only Spanish writes it: "EU" (in English the European Union), "norteamericano(s)" (in
#: English "North American" takes in Canada and Mexico), and Mexico's everyday "gringo(s)" ("Hay 10.000 soldados
#: gringos en México" found nothing where "soldados estadounidenses" finds the 10,000 troops).  Not "gringa(s)": in
#: Mexico that is also a taco ("Hay gringas de pastor en México" was shown a verdict on US troops, 0.85)
_SPANISH_US = re.compile(r"\bEU(?!\w|\.\w)|\b(?i:norteamerican[oa]s?|gringos?)\b")

#: length of the character n-grams (4 was best on the CheckThat! 2020 train split; 3 and 5 were worse)
GRAM_LENGTH = 4


def fold(text: str) -> str:
    """Lower-case and strip accents: ``Fénix`` -> ``fenix``, ``λόγος`` -> ``λογοσ``.  Only accents: the marks
    that make another letter of a syllable in other scripts (a kana's voicing mark, a Devanagari virama, a Thai
    vowel) are kept, or "バス" (bus) and "パス" (pass) were one word (``_is_accent``)."""
    if text.isascii():
        return text.lower()  # the same, without decomposing: most text is ASCII, and this is on every word
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not _is_accent(c)).casefold()
    if _ARABIC_FOLDED.search(folded):  # searched first: translating each text cost 30 % more than folding it
        folded = folded.translate(_ARABIC_SPELLINGS)
    if not folded.isascii() and _OTHER_DIGIT.search(folded):
        folded = _OTHER_DIGIT.sub(_ascii_digit, folded)
    if _CHINESE_AMOUNT().search(folded):
        folded = _chinese_amounts_as_digits(folded)
    # composed again: kana with their kept marks, Hangul syllables (NFKD parts them into letters)
    return folded if folded.isascii() else unicodedata.normalize("NFC", folded)


#: Arabic letters written for one another, read as one (as Arabic search engines fold them, after the hamza and
#: the vowel signs: ``_ACCENT_BLOCKS``): the tatweel that only stretches a word ("يوجـــد" is "يوجد"), the wasla's
#: alef, the dotless final yaa as Egypt writes "في" and "هي" ("فى", "هى"), the taa marbuta as the haa it is often
#: typed as ("السياره"); "فى" found no claim saying "في", "يوجـــد" scored 0.98 and not 1.00.  The cost is a few
#: words one letter tells apart ("على", on, and the name "علي"; "كتابة", writing, and "كتابه", his book)
#: And the Arabic-Indic digits ("١٠٠", and Persian's "۱۰۰") as the digits they are, with the Arabic thousands and
#: decimal separators and percent sign ("١٠٬٠٠٠", "١٠٫٥", "٢٠٪"): they parted words, so "There are more than ١٠٠ US
#: troops deployed in Mexico" was a match (0.95, no note) of the claim of more than 10,000
_ARABIC_SPELLINGS = str.maketrans(
    {"\u0640": None, "\u0671": "\u0627", "\u0649": "\u064a", "\u0629": "\u0647"}
    | {chr(0x0660 + i): str(i) for i in range(10)}
    | {chr(0x06F0 + i): str(i) for i in range(10)}
    | {"\u066b": ".", "\u066c": ",", "\u066a": "%"}
)
#: what ``_ARABIC_SPELLINGS`` changes
_ARABIC_FOLDED = re.compile("[\u0640\u0671\u0649\u0629\u0660-\u066c\u06f0-\u06f9]")


#: the blocks of combining marks that are accents, folded away: the diacritical marks of Latin, Greek and Cyrillic
#: letters (and their extensions), Cyrillic titlo, Hebrew points and Arabic vowel signs (written or not, one word)
_ACCENT_BLOCKS = (
    (0x0300, 0x036F),
    (0x0483, 0x0489),
    (0x0591, 0x05C7),
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06ED),
    (0x08D3, 0x08FF),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
)


#: the digits and the units of the numbers Chinese and Japanese write in characters ("一万", "三千五百", "兩億"),
#: their values
_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
_CHINESE_DIGITS |= {"八": 8, "九": 9}
_CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}
_CHINESE_BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
#: the same, for character classes: the digits, the digits written after a decimal point (no "两"), the big units,
#: and every number character
_DIGIT_CHARACTERS = "".join(_CHINESE_DIGITS)
_DECIMAL_CHARACTERS = _DIGIT_CHARACTERS.replace("两", "").replace("兩", "")
_BIG_UNIT_CHARACTERS = "".join(_CHINESE_BIG_UNITS)
CJK_NUMBER_CHARACTERS = _DIGIT_CHARACTERS + "".join(_CHINESE_UNITS) + _BIG_UNIT_CHARACTERS
#: one piece of an amount: digits ("5000", "15,000", "2.5"), a digit in characters with its decimals ("三点五"), a
#: digit or a unit in characters
_AMOUNT_PIECE = LazyPattern(
    r"(?P<digits>\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:\.(?P<fraction>\d+))?"
    rf"|(?P<point>[{_DIGIT_CHARACTERS}])[点點](?P<decimals>[{_DECIMAL_CHARACTERS}]+)"
    rf"|(?P<char>[{CJK_NUMBER_CHARACTERS}])"
)
#: an amount written with Chinese characters, in characters or digits and characters mixed, opening with a digit or
#: "十" ("一万", "三十", "十万", "1万", "1万5000", "2億5000万", "三点五亿"; not "千万", "by all means", nor "万一", "in
#: case", nor the "百" of "百分之"); ``_chinese_number`` reads it, or leaves it
_MORE_BEFORE_UNIT = f"[多余餘](?=[{_BIG_UNIT_CHARACTERS}])"
#: digits after a unit, but not those of a name, digits before one Latin letter ("1万5G基站" is 10,000 5G base
#: stations, not "15000G"; "3万2000km" is 32,000 km: a unit's two letters name nothing)
_DIGITS_AFTER_A_UNIT = r"\d+(?:\.\d+)?(?![A-Za-z](?![A-Za-z])|\d|\.\d)"
_CHINESE_AMOUNT = LazyPattern(
    rf"(?<![\d.,])(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+)(?:\.\d+)?(?=[{CJK_NUMBER_CHARACTERS}]|[多余餘][{_BIG_UNIT_CHARACTERS}])"
    rf"(?:{_DIGITS_AFTER_A_UNIT}|[{CJK_NUMBER_CHARACTERS}]|{_MORE_BEFORE_UNIT})+"
    rf"|[{_DIGIT_CHARACTERS}十]"
    rf"(?:{_DIGITS_AFTER_A_UNIT}|[点點](?=[{_DECIMAL_CHARACTERS}])|[{CJK_NUMBER_CHARACTERS}]|{_MORE_BEFORE_UNIT})+"
    rf"|百分之(?=[\d{_DIGIT_CHARACTERS}十])"
)
_HUNDREDTHS = LazyPattern(r"百分之(\d+(?:\.\d+)?)")
#: what joins the ends of a range: "-", "~" (and "～", which NFKD makes "~"), "〜" (U+301C, Japanese's), dashes,
#: "至", "到"
_RANGE_MARKS = "-~〜–—至到"
#: an amount that says no number: "几"/"数" (some) before it or "几" (and some) after it ("几十万", "数十万",
#: "二十几万", some hundred thousands), or an end of a range that ``_shared_unit_range`` did not write in full
#: ("3-5千", "1-2万3"): it is left as written.  Read, "几十万" was 100,000 and "3-5千" 3 and 5,000.
#: "几"/"数" say "some" only before a unit ("十"): "数" before a number ends a word ("人数2万" the number of
#: people, 20,000; "得票数7400万"), and it is read.
#: "多"/"余" (more than) between a number and its unit ("二十多万", "200多万") are read as the amount and the
#: word after it ("200000多", as "1万多" is "10000多"): "二十多万" was 20
_ABOUT_BEFORE = LazyPattern(rf"[\d{_DIGIT_CHARACTERS}十百千][{_RANGE_MARKS}]\Z")
_SOME_BEFORE = LazyPattern(r"[几幾数數]\Z")
_ABOUT_AFTER = LazyPattern(rf"[几幾]|[{_RANGE_MARKS}][\d{_DIGIT_CHARACTERS}十]")
#: the ends of a range ("20万至30万", "3-5万"), each a run of digits and number characters
_RANGE_LEFT_END = LazyPattern(rf"[\d.,点點{CJK_NUMBER_CHARACTERS}]+\Z")
_RANGE_RIGHT_END = LazyPattern(rf"[\d.,点點{CJK_NUMBER_CHARACTERS}]+")
#: the longest amount read: a longer run of digits and units is no amount anyone writes (and a run of thousands of
#: "万" was read with one recursion each, a RecursionError)
_LONGEST_AMOUNT = 40
_MORE_THAN = LazyPattern("[多余餘]")


#: a range whose ends may share the unit written once at its right end ("3-5万", "三到五万", "二十至三十万"), no
#: digit after it ("2-3万5" is no such range): ``_shared_unit_range`` reads both ends with it
_RANGE = LazyPattern(
    rf"(?<![\d.,点點{CJK_NUMBER_CHARACTERS}])"
    rf"([\d{CJK_NUMBER_CHARACTERS}](?:[\d.,点點{CJK_NUMBER_CHARACTERS}]*[\d{CJK_NUMBER_CHARACTERS}])?)"
    rf"([{_RANGE_MARKS}])"
    rf"([\d{CJK_NUMBER_CHARACTERS}](?:[\d.,点點{CJK_NUMBER_CHARACTERS}]*[{CJK_NUMBER_CHARACTERS}])?)"
    rf"(?![\d{CJK_NUMBER_CHARACTERS}]|[.,点點][\d{CJK_NUMBER_CHARACTERS}])"
)
_UNIT_CHARACTERS = "".join(_CHINESE_UNITS) + _BIG_UNIT_CHARACTERS
#: an amount's shape: its units, each run of digits between them as "0" ("二十" and "30" ... "0十", "0")
_NOT_A_UNIT = LazyPattern(f"[^{_UNIT_CHARACTERS}]+")


def _shared_unit(left: str, right: str) -> int | None:
    """The units written once at the right end of a range, both ends': the run of units after the part of the right
    end shaped as the left end is ("两到三百万" 1,000,000, "二十至三十万" 10,000, "3千-5千万" 10,000); None if there
    is none, or it holds no "万" or "亿" ("一到二十岁" is 1 to 20 years old, not 10 to 20; "3-5千" is left)."""
    shape = _NOT_A_UNIT.sub("0", left)
    for cut in range(len(right) - 1, 0, -1):
        if right[cut] not in _UNIT_CHARACTERS:
            return None
        head = right[:cut]
        if _NOT_A_UNIT.sub("0", head) == shape or (head == "十" and shape == "0"):  # "三到十万" 30000 to 100000
            units = right[cut:]
            if not any(unit in _CHINESE_BIG_UNITS for unit in units):
                return None
            return prod(_CHINESE_UNITS.get(unit) or _CHINESE_BIG_UNITS[unit] for unit in units)
    return None


def _shared_unit_range(found: re.Match[str]) -> str:
    """A range of two amounts with the unit written once, at its right end (``_shared_unit``), in digits, each end
    with the unit ("3-5万" "30000-50000", "两到三百万" "2000000到3000000", "二十至三十万" "200000至300000", "3千-5千万"
    "30000000-50000000"): left as written, "3-5万" was the numbers 3 and 5, and it shared no number with "3万至5万".
    A range whose ends are each an amount ("20万至30万"), or whose ends are not both read, is left to
    ``_amount_as_digits``."""
    left, between, right = found.groups()
    unit = _shared_unit(left, right)
    left_value, right_value = _range_end_value(left), _range_end_value(right)
    if unit is None or left_value is None or right_value is None or not left_value * unit < right_value:
        return found.group()
    return f"{_as_digits(left_value * unit)}{between}{_as_digits(right_value)}"


def _chinese_amounts_as_digits(folded: str) -> str:
    """Amounts written with Chinese characters as digits: "一万" and "1万" as "10000" ("１０，０００" is already
    "10,000" to NFKD), "1万5000" as "15000", "百分之三十" as "30%".  They were read as the characters' bigrams
    ("一万", "万名") and "1万" as 1: a statement of "1万名士兵" (10,000 soldiers) and a claim of "一万名士兵" shared
    no number, nor did "五百名" (500) differ from it as a number does.  A run that is no well-formed number
    ("一五一十", "一二十", "〇〇"), and an amount that says no number (``_ABOUT_BEFORE``), are left."""
    folded = _CHINESE_AMOUNT().sub(_amount_as_digits, _RANGE().sub(_shared_unit_range, folded))
    return _HUNDREDTHS.sub(r"\1%", folded)


def _amount_as_digits(found: re.Match[str]) -> str:
    amount = found.group()
    if amount == "百分之":
        return amount  # before a number: ``_HUNDREDTHS`` reads it once the number is in digits
    text = found.string
    some = amount.startswith("十") and _SOME_BEFORE.search(text, max(0, found.start() - 1), found.start())
    if some:
        return amount
    if _ABOUT_BEFORE.search(text, max(0, found.start() - 2), found.start()):
        left = _RANGE_LEFT_END.search(text, 0, found.start() - 1)
        if left is None or _shares_a_unit(left.group(), amount):
            return amount
    after = _ABOUT_AFTER.match(text, found.end())
    if after:
        right = _RANGE_RIGHT_END.match(text, found.end() + 1)
        if right is None or _shares_a_unit(amount, right.group()):
            return amount
    more = _MORE_THAN.findall(amount)
    number = _chinese_number(_MORE_THAN.sub("", amount)) if len(more) <= 1 else None
    if number is None:
        return amount
    # a space before the digits of a name after it ("1万5G": ``_DIGITS_AFTER_A_UNIT``), or they were one number
    return number + "".join(more) + (" " if text[found.end() : found.end() + 1].isdigit() else "")


def _shares_a_unit(left: str, right: str) -> bool:
    """Whether the ends of a range may share the unit written once, at its right end ("3-5万" 30,000 to 50,000, "二十至
    三十万"), or, unsure, say no number: then both are left as written.  The ends of "20万至30万", "5000至1万",
    "五千至一万" are each an amount, read: the left end with the right's unit would be larger than the right end."""
    left, right = left.strip(".,"), right.strip(".,")
    if not re.search(f"[{_UNIT_CHARACTERS}]", left) and re.search(f"[{_UNIT_CHARACTERS}]\\d\\Z", right):
        return True  # "1-2万3": 10,000 to 23,000 or 1 to 20,003, unsure ("1万-3万5" is read)
    unit = _CHINESE_UNITS.get(right[-1:]) or _CHINESE_BIG_UNITS.get(right[-1:])
    if unit is None:
        return False  # "20万至300000": the right end is a number of its own
    left_value, right_value = _range_end_value(left), _range_end_value(right)
    return left_value is None or right_value is None or left_value * unit < right_value


def _range_end_value(end: str) -> Fraction | None:
    """The value of an end of a range: digits ("5000", "15,000", "2.5"), one digit in characters ("三") or an amount
    (``_chinese_number``); None if it is none of those."""
    from fractions import Fraction

    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", end):
        return Fraction(end.replace(",", ""))
    if end in _CHINESE_DIGITS:
        return Fraction(_CHINESE_DIGITS[end])
    number = _chinese_number(end)
    return None if number is None else Fraction(number)


def _chinese_number(amount: str) -> str | None:
    """The value, in digits, of an amount in Chinese characters or digits and characters ("三千五百万" 35000000,
    "1万5000" 15000, "2億5000万" 250000000, "三点五亿" 350000000), or None if it is not well formed or has no unit
    ("一五一十", "〇〇", "1万20000").  Read piece by piece, with no recursion: any length is read in one pass."""
    if len(amount) > _LONGEST_AMOUNT:
        return None
    from fractions import Fraction

    upper = Fraction(0)  # what the "亿" and "万" read so far make
    section = Fraction(0)  # below the last big unit: what the "十", "百", "千" since it make
    pending: Fraction | None = None  # a number read, its unit not yet
    pending_is_digit = False  # it is one digit in characters: "两万五" is 25,000, "一百五" 150
    small_unit = 10**4  # the last "十", "百" or "千" since the last big unit
    big_unit = 0  # the last "万" or "亿", 0 before either
    zero = False  # a "零" read: the digit after it counts ones ("一千零五" 1005; "一千五" 1500)
    for piece in _AMOUNT_PIECE().finditer(amount):
        char = piece.group("char")
        if char is None or char in _CHINESE_DIGITS:
            if pending is not None and not (pending == 0 and pending_is_digit):
                return None  # two numbers in a row: "一五一十", "一二十", "〇〇" are no numbers
            if char is not None:
                pending, pending_is_digit = Fraction(_CHINESE_DIGITS[char]), True
                zero = zero or pending == 0
            elif piece.group("point"):
                decimals = "".join(str(_CHINESE_DIGITS[c]) for c in piece.group("decimals"))
                pending = _CHINESE_DIGITS[piece.group("point")] + Fraction(int(decimals), 10 ** len(decimals))
                pending_is_digit = False
            else:
                fraction = piece.group("fraction") or ""
                pending = Fraction(int(piece.group("digits").replace(",", "") + fraction), 10 ** len(fraction))
                # one digit alone is read as one in characters: "1万5" is 15,000 as "一万五" is ("1万5000" 15,000)
                pending_is_digit = len(piece.group()) == 1
            continue
        if char in _CHINESE_UNITS:
            unit = _CHINESE_UNITS[char]
            if unit >= small_unit or pending == 0 or (pending is None and (section or unit != 10)):
                return None
            section += (1 if pending is None else pending) * unit
            pending, small_unit = None, unit
            continue
        unit = _CHINESE_BIG_UNITS[char]
        if unit == 10**8 and big_unit == 10**4 and not section and pending is None:
            upper, big_unit = upper * unit, 10**12  # "万亿" is 10**12: "1.5万亿" 1,500,000,000,000
            continue
        value = section + (pending or 0)
        if not value or (big_unit and (big_unit <= unit or value >= big_unit // unit)):
            return None  # "万万", "2亿50000万", "1万2亿": no amount; each unit below the one before
        upper += value * unit
        section, pending, small_unit, big_unit, zero = Fraction(0), None, 10**4, unit, False
    if not big_unit and small_unit == 10**4:
        return None  # no unit: "〇〇", "12"
    if pending is not None and pending_is_digit and pending and not zero and 100 <= small_unit < 10**4:
        pending *= small_unit // 10  # "一百五" is 150, as "一百五十"
    elif pending is not None and pending_is_digit and pending and not zero and big_unit and small_unit == 10**4:
        pending *= big_unit // 10  # "两万五" is 25,000, as "两万五千"
    rest = section + (pending or 0)
    if big_unit and rest >= big_unit:
        return None  # "1万20000": what follows a unit is as large as it
    value = upper + rest
    return _as_digits(value) if value else None


def _as_digits(value: Fraction) -> str:
    """A value (of a finite decimal) written in digits: 15000, 2.5."""
    places = 0
    while value.denominator != 1:
        value, places = value * 10, places + 1
    digits = str(value.numerator).rjust(places + 1, "0")
    return digits if not places else f"{digits[:-places]}.{digits[-places:]}".rstrip("0").rstrip(".")


#: a decimal digit of a script other than ASCII's (``_ARABIC_SPELLINGS`` writes Arabic's and Persian's first)
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _ascii_digit(digit: re.Match[str]) -> str:
    """A decimal digit of another script as its ASCII digit ("१०,०००" in Devanagari is "10,000").  They were dropped
    as punctuation is: "मेक्सिको में २०,००० अमेरिकी सैनिक हैं" (20,000) was shown the claim of "१०,०००" (10,000)
    soldiers at 1.00 (NFKD already makes full-width digits ASCII)."""
    return str(unicodedata.decimal(digit.group()))


def _is_accent(char: str) -> bool:
    """Is ``char`` (of a decomposed text) a combining mark that is an accent (``_ACCENT_BLOCKS``)?"""
    return bool(unicodedata.combining(char)) and _in_blocks(char, _ACCENT_BLOCKS)


def split_words(name: str) -> str:
    """``DefundTheCBC`` -> ``Defund The CBC``; ``Tokyo2020`` -> ``Tokyo 2020``; ``a_b`` -> ``a b``."""
    return _CAMEL.sub(" ", name)


# A verdict said of the statement around it: "It is false that X", "Is it true that X?", "FALSE: X".
# The words judge X, they are not part of it: a fact-check of X is the match, whichever verdict the
# statement gives it (polarity.py reads the verdict).  "false" or "myth" among X's words, unknown to
# most knowledge bases, would otherwise pull the match down ("It is false that there are US troops
# in Mexico" scored 0.41 against "There are US troops in Mexico").
#: a fact-check headline's labels that deny the statement after them ("FALSE: X", "Hoax! X"):
#: polarity.py counts one as a negation; the matcher reads past them, and past the other labels
#: the world's countries, in English, one name a word ("US", "UK", "America" too): a sender known as a country
#: (``substitution``), a country no one speaks to (``claimlike``: "That is true, Mexico.")
COUNTRY_NAMES = (
    "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain "
    "Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Britain Brunei Bulgaria "
    "Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark "
    "Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia "
    "Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq "
    "Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia "
    "Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta "
    "Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Burma "
    "Namibia Nauru Nepal Netherlands Holland Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama "
    "Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore "
    "Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand "
    "Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam "
    "Yemen Zambia Zimbabwe US USA UK America"
)
#: the capital city of each country of ``COUNTRY_NAMES`` as "City:Country", by commas as the other tables of names are
#: (``name_pairs`` reads them), by its English name only ("Roma", "Lisboa",
#: "Wien" are not): a capital may stand for its country's government ("Canberra signed the AUKUS pact in 2021", "Ottawa
#: approved ...": ``substitution``, which reads one only where it does a government's deed).  General knowledge, no
#: source's.  One word each, whose term is no country's: "Buenos Aires", "Kuala Lumpur", "Mexico City" are not (their
#: first word alone is no name of the city), nor the capitals of a country of two words ("Seoul", "Riyadh", "Pretoria",
#: "Wellington"), which ``COUNTRY_NAMES`` lacks: those are in ``CAPITALS_OF_WORDS``.  Left out as standing for something
#: else as often: "Victoria" (Seychelles; an Australian state, British Columbia's capital, a first name), "Kingston"
#: (Jamaica; Kingston, Ontario, Kingston upon Thames), "Santiago" (Chile; Santiago Peña, Santiago de Compostela),
#: "Georgetown" (Guyana; the university), "Lima" (Peru; a surname, Lima, Ohio), "Sofia" (Bulgaria; a first name), "Male"
#: (Maldives; the English word), "Nassau" (Bahamas; Nassau County, New York), "Sucre" (Bolivia; a surname), "Brussels"
#: (Belgium; the EU's institutions), "Amsterdam" and "The Hague" (the Netherlands; the international courts, a city's
#: own deeds), "Jerusalem" (Israel's, contested), "Sanaa" (Yemen; held by the Houthis, not its recognised government),
#: "Brazzaville" (the Republic of the Congo, whose "Congo" is also DR Congo's: "In 2022, Brazzaville expelled Rwanda's
#: ambassador" was read as Kinshasa's deed, "Congo expelled Rwanda's ambassador in 2022", 1.00), "Asuncion" (Paraguay; a
#: first name), "Athens" (Greece; Athens, Georgia and Athens, Ohio, towns of their own deeds)
CAPITAL_CITIES = (
    "Kabul:Afghanistan, Tirana:Albania, Algiers:Algeria, Luanda:Angola, Yerevan:Armenia, Canberra:Australia, "
    "Vienna:Austria, Baku:Azerbaijan, Manama:Bahrain, Dhaka:Bangladesh, Bridgetown:Barbados, Minsk:Belarus, "
    "Belmopan:Belize, Thimphu:Bhutan, Sarajevo:Bosnia, Gaborone:Botswana, Brasilia:Brazil, Gitega:Burundi, "
    "Yaounde:Cameroon, Ottawa:Canada, Beijing:China, Bogota:Colombia, Moroni:Comoros, Kinshasa:Congo, Zagreb:Croatia, "
    "Havana:Cuba, Nicosia:Cyprus, Prague:Czechia, Copenhagen:Denmark, Roseau:Dominica, Quito:Ecuador, Cairo:Egypt, "
    "Asmara:Eritrea, Tallinn:Estonia, Mbabane:Eswatini, Suva:Fiji, Helsinki:Finland, Paris:France, Libreville:Gabon, "
    "Banjul:Gambia, Tbilisi:Georgia, Berlin:Germany, Accra:Ghana, Conakry:Guinea, Tegucigalpa:Honduras, "
    "Budapest:Hungary, Reykjavik:Iceland, Delhi:India, Jakarta:Indonesia, Tehran:Iran, Baghdad:Iraq, Dublin:Ireland, "
    "Rome:Italy, Tokyo:Japan, Amman:Jordan, Astana:Kazakhstan, Nairobi:Kenya, Tarawa:Kiribati, Pristina:Kosovo, "
    "Bishkek:Kyrgyzstan, Vientiane:Laos, Riga:Latvia, Beirut:Lebanon, Maseru:Lesotho, Monrovia:Liberia, "
    "Tripoli:Libya, Vaduz:Liechtenstein, Vilnius:Lithuania, Antananarivo:Madagascar, Lilongwe:Malawi, "
    "Putrajaya:Malaysia, Bamako:Mali, Valletta:Malta, Nouakchott:Mauritania, Palikir:Micronesia, Chisinau:Moldova, "
    "Ulaanbaatar:Mongolia, Podgorica:Montenegro, Rabat:Morocco, Maputo:Mozambique, Naypyidaw:Myanmar, "
    "Naypyitaw:Myanmar, Windhoek:Namibia, Kathmandu:Nepal, Managua:Nicaragua, Niamey:Niger, Abuja:Nigeria, "
    "Oslo:Norway, Muscat:Oman, Islamabad:Pakistan, Ngerulmud:Palau, Manila:Philippines, Warsaw:Poland, "
    "Lisbon:Portugal, Doha:Qatar, Bucharest:Romania, Moscow:Russia, Kigali:Rwanda, Apia:Samoa, Dakar:Senegal, "
    "Belgrade:Serbia, Bratislava:Slovakia, Ljubljana:Slovenia, Mogadishu:Somalia, Madrid:Spain, Khartoum:Sudan, "
    "Paramaribo:Suriname, Stockholm:Sweden, Bern:Switzerland, Berne:Switzerland, Damascus:Syria, Taipei:Taiwan, "
    "Dushanbe:Tajikistan, Dodoma:Tanzania, Bangkok:Thailand, Lome:Togo, Tunis:Tunisia, Ankara:Turkey, "
    "Ashgabat:Turkmenistan, Funafuti:Tuvalu, Kampala:Uganda, Kyiv:Ukraine, Kiev:Ukraine, London:UK, Washington:US, "
    "Montevideo:Uruguay, Tashkent:Uzbekistan, Caracas:Venezuela, Hanoi:Vietnam, Lusaka:Zambia, Harare:Zimbabwe"
)
#: the countries whose English name has more than one word, which ``COUNTRY_NAMES`` lacks, separated by commas, each
#: as its name or "Other name:Name" ("UAE:United Arab Emirates", "United Kingdom:UK"): a statement's actor of words
#: (``substitution``: "South Korea signed ..." is no "Japan signed ...", and "Seoul" stands for it).  Left out: those
#: known by a word of ``COUNTRY_NAMES`` too ("Republic of the Congo", "Democratic Republic of the Congo": "Congo")
#: and "El Salvador" (its capital is "San Salvador")
COUNTRIES_OF_WORDS = (
    "South Korea, North Korea, Saudi Arabia, South Africa, New Zealand, Sri Lanka, Sierra Leone, Burkina Faso, "
    "South Sudan, North Macedonia, Dominican Republic, United Arab Emirates, UAE:United Arab Emirates, "
    "United Kingdom:UK, Great Britain:UK, Czech Republic:Czechia"
)
#: beside ``CAPITAL_CITIES``, by commas: the capital of each country of ``COUNTRIES_OF_WORDS`` and each capital of two
#: words, as "City:Country" ("Seoul" for South Korea, "Kuala Lumpur" for Malaysia, whose seat of government,
#: "Putrajaya", the table has; "New Delhi" is there as "Delhi": "New" is no term).  Left out: the capitals of two words
#: whose first is their country's name ("Mexico City", "Guatemala City", "Kuwait City"), read as their country by that
#: word, as everywhere else ("Mexico City says there will be no US military invasion ..." is Mexico's saying; telling
#: the city's own deeds apart, "Mexico City legalised same-sex marriage in 2009", capped such paraphrases of the
#: starter claims.yaml at 0.20); and as standing for something else as often: "Panama City" (Florida), "San Jose"
#: (Costa Rica; California), "Port Louis" (Mauritius; St. Louis) and the capitals of countries left out above
CAPITALS_OF_WORDS = (
    "Seoul:South Korea, Pyongyang:North Korea, Riyadh:Saudi Arabia, Pretoria:South Africa, Wellington:New Zealand, "
    "Colombo:Sri Lanka, Freetown:Sierra Leone, Ouagadougou:Burkina Faso, Juba:South Sudan, Skopje:North Macedonia, "
    "Santo Domingo:Dominican Republic, Abu Dhabi:United Arab Emirates, Buenos Aires:Argentina, Kuala Lumpur:Malaysia, "
    "Addis Ababa:Ethiopia, Phnom Penh:Cambodia"
)
#: beside ``CAPITAL_CITIES``, read as they are: a seat of government in a capital standing for its country's, no city
#: ("The Kremlin expelled ...", "Kremlin approved ..." are Russia's)
SEATS_OF_GOVERNMENT = "Kremlin:Russia"


def name_pairs(table: str) -> list[tuple[str, str]]:
    """The entries of a table of names (``CAPITAL_CITIES``, ``COUNTRIES_OF_WORDS``, ``CAPITALS_OF_WORDS``,
    ``SEATS_OF_GOVERNMENT``: "Name:Country" by commas) as (name, country); an entry without its country names its own
    ("South Korea").  Spaces around an entry or its colon are no part of a name: a stray double space or a comma
    without its space reads as one."""
    entries = (entry.partition(":") for entry in table.split(","))
    return [(name.strip(), country.strip() or name.strip()) for name, _, country in entries if name.strip()]


#: ``COUNTRY_NAMES`` folded ("mexico" of "México"): a country's name after "os", "nos" (``_a_countrys_name``: "nos
#: USA"), read when a text is (``reads_portuguese``), not as this module is imported
_COUNTRIES_FOLDED = frozenset(fold(name) for name in COUNTRY_NAMES.split())

DENYING_LABELS = r"false|untrue|fake(?:\s+news)?|myth|hoax|debunked|falso|falsa|bulo|mentira"
#: French verdicts opening a statement, denying what follows: "Il est faux que X", "C'est faux de dire que X", and a
#: headline's "FAUX : X", "Intox : X" (not among ``DENYING_LABELS``, which also close a text: "The fur is faux")
FRENCH_DENYING_FRAME = (
    r"\b(?:il|c)\s*['’]?\s*est\s+(?:(?:totalement|compl[eè]tement|absolument|tout\s+simplement)\s+)?"
    r"(?:faux|inexact)\s+(?:de\s+(?:dire|pr[eé]tendre|affirmer)\s+)?qu(?:e\b|['’])"
)
FRENCH_DENYING_LABEL = r"(?:c\s*['’]\s*est\s+)?(?:faux|intox|infox)"
_OTHER_LABELS = r"true|misleading|fact[\s-]*check(?:ed)?"
_VERDICT_FRAMING = LazyPattern(
    r"\b(?:(?:it|this|that)(?:['’]s|\s+is|\s+was)|is\s+it|was\s+it)\s+"
    r"(?:(?:not|simply|just|completely|totally|entirely|absolutely)\s+){0,2}"
    r"(?:true|false|untrue|a\s+myth|a\s+lie|fake|wrong)\s+that\b"
    # Spanish: "es falso que X", "no es cierto que X", "es mentira que X"
    r"|\b(?:es|era|fue|resulta|resultó)\s+(?:(?:totalmente|completamente|absolutamente|simplemente)\s+)?"
    r"(?:cierto|verdad|falso|una\s+mentira|mentira|un\s+mito|un\s+bulo)\s+que\b"
    # French, which factcheck does not claim to read: "il est faux que X", "c'est faux de dire que X"
    r"|" + FRENCH_DENYING_FRAME + r"|^\W*" + FRENCH_DENYING_LABEL + r"\s*[:!]"
    # a fact-check headline's label: "FALSE: X", "Fake news: X", "Hoax! X", "Fact-check: X"
    r"|^\W*(?:" + DENYING_LABELS + "|" + _OTHER_LABELS + r")\s*[:!]",
    re.IGNORECASE,
)

#: a verdict said of the text before it, closing it: "X is fake news", "X = FAKE NEWS", "X - fake news!", "X. Myth.",
#: "X is a hoax", "X es falso" (students type it so: "US troops in Mexico is fake news" was matched, through "news",
#: to a claim whose summary cites NBC News, not to "There are US troops in Mexico"); denied ("X is not fake news",
#: "X isn't a hoax") it affirms X.  Not after "it", "that" or "this" ("eso", "esto"): "..., that's fake" points at
#: what the text answers (polarity.py reads them alike, as ``_truth`` does "that's false")
_VERDICT_QUALIFIERS = (
    r"(?:(?:just|all|simply|total|totally|complete|completely|pure|a|an|not|no|"
    r"totalmente|completamente|absolutamente|simplemente|un|una)\s+){0,3}"
)
_VERDICT_CLOSING = LazyPattern(
    r"(?:\s*[-—–=:.!?]+\s*|(?<!\bit)(?<!\bthat)(?<!\bthis)(?<!\beso)(?<!\besto)\s+(?:no\s+)?"
    r"(?:is|are|was|were|es|son|era|fue)(?:n['’]t)?\s+)" + _VERDICT_QUALIFIERS + r"(?:" + DENYING_LABELS + r")\W*$",
    re.IGNORECASE,
)
#: a question opened by its verb, asking a verdict of what follows: "Are US troops in Mexico fake news?", "Is the moon
#: landing a hoax?" (read as what it asks, as questions are: the statement "X is fake news")
_VERDICT_ASKING = re.compile(r"^\W*(?:is|are|was|were)(?:n['’]t)?\s+", re.IGNORECASE)
_VERDICT_ASKED = LazyPattern(r"\s+" + _VERDICT_QUALIFIERS + r"(?:" + DENYING_LABELS + r")\s*\?\W*$", re.IGNORECASE)
#: the words that deny a verdict: "X is not fake news" says X is so
_VERDICT_DENIED = LazyPattern(r"\b(?:not|no)\b|n['’]t\b", re.IGNORECASE)
#: the fewest words of the clause a closing verdict judges: "CNN is fake news" and "Trump says CNN is fake news"
#: say what is fake news, they deny no statement
_WORDS_BEFORE_A_CLOSING_VERDICT = 3
#: a verb of saying: the clause a closing verdict judges is what follows it ("Trump says CNN is fake news")
_SAYING = LazyPattern(
    r"\b(?:says|said|calls|called|thinks|thought|believes|believed|tweeted|insists|insisted)\b", re.IGNORECASE
)
#: how far from its end a closing verdict is looked for: searched from every place of a long text, a run of dashes
#: or dots would be tried again from each of its characters (quadratic time on hostile input)
_CLOSING_VERDICT_REACH = 60


@dataclass(frozen=True)
class ClosingVerdict:
    """A verdict closing a statement: the clause it judges is the text up to ``start``; ``denies`` is False for a
    denied verdict ("X is not fake news"), which affirms the clause."""

    start: int
    denies: bool


def closing_verdict(text: str, *, of_a_name_too: bool = False) -> ClosingVerdict | None:
    """The verdict judging the statement before it that closes ``text`` ("X is fake news": " is fake news"), with
    who says so after it ("X is fake news, says Y": ``_ATTRIBUTION_CLOSING``), or asked ("Is X fake news?"); None
    when there is none, or one judging a name rather than a statement (see above; ``of_a_name_too``: one judging
    a clause of any length, "Climate change is a hoax")."""
    said = _attribution_closing(text).search(text, max(0, len(text) - _CLOSING_VERDICT_REACH))
    end = len(text) if said is None else said.start()
    reach = max(0, end - _CLOSING_VERDICT_REACH)
    asking = _VERDICT_ASKING.match(text)
    closing = _VERDICT_CLOSING().search(text, reach, end)
    if closing is None and asking is not None:
        closing = _VERDICT_ASKED().search(text, reach, end)
    if closing is None:
        return None
    judged = text[asking.end() if asking is not None else 0 : closing.start()]
    if not of_a_name_too and len(_SAYING.split(judged)[-1].split()) < _WORDS_BEFORE_A_CLOSING_VERDICT:
        return None
    return ClosingVerdict(closing.start(), _VERDICT_DENIED.search(closing[0]) is None)


#: the Spanish weekdays as written, with their accents: the one list of ``claimlike``'s dates and attributions and
#: ``substitution``'s ("el miércoles"); a pattern that reads them typed without an accent folds them or makes the
#: accent optional (``SPANISH_WEEKDAY``)
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
#: the same as one alternation, no group and no word boundaries (its user adds them), each accent optional:
#: "miércoles" or "miercoles", "sábado" or "sabado"
SPANISH_WEEKDAY = "|".join(day.replace("é", "[eé]").replace("á", "[aá]") for day in SPANISH_WEEKDAYS)


# Who told the writer, opening what they were told: "my uncle says X", "I heard that X", "people on
# TikTok say X", "apparently X".  The teller is no part of X, and "uncle", "TikTok", unknown to the
# knowledge base, pulled the match down: "my uncle says there are american soldiers in mexico"
# scored 0.20 where "there are american soldiers in mexico" scored 0.66.  Only at the start, and
# only a teller who is no one a fact-check could be about ("my ...", "someone", "people"): "The
# Pentagon says X" and "Trump said X" keep their words.  So is the writer pointing the reader at X
# ("Remember that X", "Did you know X?"): "remember", a word no claim has, was taken for a substituted
# name, and "Remember that the Senate approved 155 Marines in March 2025" scored 0.20 (1.00 without it).
_SOURCE = r"(?:\s+(?:on|in|at)\s+(?:the\s+)?[\w'’]+)?"  # "on TikTok", "in the news"
#: what ends a label opening a text: a colon, or a dash after a space ("Correction — X", "BREAKING - X")
_LABEL_END = r"(?:[ \t]*:|[ \t]+[-—–])"
#: a publisher's label on a corrected fact, the label's word its group: "Correction: X", "Correction — X",
#: "Clarification (March 3) - X" (scan's ``claimlike`` and the matcher's ``without_verdict_framing`` read it alike)
CORRECTION_LABEL = r"((?i:corrections?|clarifications?))(?:[ \t]*\([^()]{0,40}\))?" + _LABEL_END
#: a piece of media a paper runs or a post shares, one alternation with no word boundaries (its user adds them): a
#: correction's note on "this story", "this op-ed" (``claimlike``'s note on the story itself) and the thing "it"
#: may point at in "NBC published an op-ed on the troops. It is fake news." (``polarity``'s verdict sentence,
#: fixpolar107) read the same list
MEDIA_NOUNS = (
    r"(?:stor(?:y|ies)|articles?|reports?|posts?|pieces?|headlines?|captions?|versions?|items?|columns?|graphics?|"
    r"videos?|op-?eds?|editorials?|tiktoks?)"
)
#: a feed's label on a post: "BREAKING: X", "Breaking news - X", "JUST IN: X", "UPDATE: X", "ICYMI: X"
FEED_LABEL = r"(?i:breaking(?:\s+news)?|just\s+in|update[ds]?|icymi|developing(?:\s+story)?)" + _LABEL_END
_PUBLISHER_LABEL = re.compile(r"^\W*(?:" + CORRECTION_LABEL + "|" + FEED_LABEL + r")\s+")
_HEARSAY_FRAMING = LazyPattern(
    r"^\W*(?:(?:so|but|and|ok|okay|well|wait|hey|um|lol)\W+)?"
    r"(?:(?:"
    r"(?:my|our)\s+(?:[\w'’]+\s+){1,3}?(?:says|said|told\s+(?:me|us)|tells\s+(?:me|us)|thinks|claims|"
    r"swears|insists|keeps\s+saying)"
    r"|(?:someone|somebody|people|everyone|everybody|a\s+(?:friend|guy|kid|classmate)|some\s+(?:people|kids))"
    + _SOURCE
    + r"\s+(?:say|says|said|are\s+saying|keep\s+saying|claim|claims|told\s+(?:me|us))"
    r"|i\s+(?:(?:have|'ve|’ve)\s+)?heard" + _SOURCE + r"|i\s+(?:read|saw)" + _SOURCE + r"(?=\s*,?\s+that\b)"
    r"|i\s+was\s+told|apparently|rumou?r\s+has\s+it"
    # the writer pointing the reader at X: "Remember that X", "Did you know X?", "Fun fact: X"
    r"|(?:remember|note|notice|consider|recall|keep\s+in\s+mind|bear\s+in\s+mind|don['’]?t\s+forget|"
    r"do\s+not\s+forget)(?=\s*,?\s+that\b)|did\s+you\s+know|fun\s+fact(?=\s*:)"
    # a short label naming what follows, as a fact-check's box or a post does: "Claim: X", "Fact: X", "Reminder: X";
    # its word, which no claim has, counted against the claim ("Claim: Mexico sent 10,000 troops" 0.50, 0.80 without)
    r"|(?:claim|fact|reminder|dato|afirmaci[oó]n)(?=\s*:)"
    # "People said no to US troops": the teller answering is its subject
    r")(?!\s+(?:no|yes|so)\b)\s*[,:]?"
    # a publisher's label on the corrected fact, as scan reads it (claimlike's _CORRECTION): "Correction: X",
    # "Correction — X", "Clarification (March 3) - X"; "correction", a word no claim has, was taken for a
    # substituted name.  Whatever follows it: "Correction: no US troops are in Mexico." is read past its label
    r"|"
    + CORRECTION_LABEL
    + r"|"
    # a feed's label on a post: "BREAKING: X", "Breaking news: X", "JUST IN: X", "ICYMI: X", as its "#breaking" is
    # (``_FEED_TAGS``): "BREAKING: US troops are in Mexico" found nothing (0.34), "Breaking news: ..." another claim
    + FEED_LABEL
    + r")\s+(?:that\s+)?",
    re.IGNORECASE,
)


def without_publisher_label(text: str) -> str:
    """``text`` without a correction's or a feed's label opening it ("Correction: X", "BREAKING: X" -> "X"),
    for what reads its words as written (``polarity``: "Correction: no, X" answers no as "No, X" does)."""
    return _PUBLISHER_LABEL.sub("", text, count=1)


#: a post's place in a thread or a list, opening it: "[14] X", "(1/3) X", "1/ X", "2) X", "1. X", "#3 X".  Its
#: number is no amount of X: "[14] US troops in Mexico" scored 0.24 and "(1/3) US troops are in Mexico" 0.31, where
#: the statement alone scores 0.88, the number counted against the claim.  Only at the very start, only a number
#: set apart as a place is (brackets, a slash or parenthesis closing it, a full stop and a space after it), so
#: "10,000 troops ...", "2025 saw ...", "1/3 of the troops ...", "9/11 was ..." and "1.5 million ..." keep their
#: numbers; "#1" before a word in lower case is a rank ("#1 cause of death"), not a place in a thread
_LIST_PLACE = re.compile(
    r"^\s*(?:\U0001f9f5\s*)?"  # a thread's spool emoji may open it: "🧵 1/ X"
    r"(?:[\[(]\d{1,3}(?:/\d{1,3})?[\])]|\d{1,3}(?:/\d{1,3})?[/)]|\d{1,3}\.|#\d{1,3}(?!\s+[a-z]))(?=\s+\S)"
)


def without_list_place(text: str) -> str:
    """``text`` without a place in a thread or a list opening it (``_LIST_PLACE``): "(1/3) X" -> " X"."""
    return _LIST_PLACE.sub(" ", text, count=1)


#: a word a writer opens a post with that says nothing of its fact: "wow US troops in Mexico" (0.53), "look: US troops
#: in Mexico" (0.48) and "breaking US troops in Mexico" (0.34) against 0.88 for the statement alone, the word being one
#: no claim has, as rare to the matcher as a name.  A closed list; "lol", "omg", "smh" are chat-speak read as nothing
#: wherever they are (``_CHAT``; here too, so that a word after them opens the post: "omg wow X"), "so" a stop word,
#: "BREAKING: X" a feed's label (``FEED_LABEL``).  Those that are verbs too, or name a thing ("Wait times at the
#: border", "Look at the troops", "Breaking the law", "Hey Arnold"), are interjections only when set apart by a mark
#: ("Wait, X", "Look: X") or, for "look" and "breaking", before no word that goes on the verb (an article, a
#: preposition, a pronoun: ``_GOES_ON_THE_VERB``).  "um" only in lower case: "Um soldado ..." is Portuguese "a
#: soldier", "UM researchers" a university
_SET_APART = r"\s*(?:[:,!.…]+|\s[-—–])"
_GOES_ON_THE_VERB = (
    r"(?:at|to|for|into|like|up|out|after|over|how|what|who|whom|where|when|why|if|whether|forward|back|around|round"
    r"|through|down|away|off|in|on|with|as|and|or|but|good|bad|great|fine|closely|again|it|this|that|these|those"
    r"|the|a|an|my|your|his|her|its|our|their|me|him|them|records?|ground|bread|free|even|point)\b"
)
#: Spanish ones, only set apart by a mark ("Oye, X", "Mira: X", "¡Vaya! X", "Jaja, X"): each is a word too that goes
#: on ("Mira la frontera", "Bueno es saber", "Vaya tropas", "Ojo por ojo", "Pues no hay ...").  "Oye, no, no hay
#: tropas ..." read "no ... no" as a double negation and agreed with "There are US troops in Mexico." (0.999, "same").
#: No Portuguese ("Olha, X"): polarity does not read Portuguese ("Não, não há ..." is "same" with or without it)
_SPANISH_INTERJECTIONS = r"oye|mira|vaya|bueno|pues|ojo|ja(?:ja)+j?|uf+"
_OPENING_INTERJECTION = LazyPattern(
    r"^[\s\"'“‘(¡]*(?:"
    r"(?:wow+|whoa+|woah|yikes|ugh+|ok|okay|(?-i:um+)|uh+|hmm+|omg|lol|lmao)\b(?!['’-])(?:" + _SET_APART + r")?"
    r"|(?:breaking(?:\s+news)?|look)\b(?:" + _SET_APART + r"|(?=\s+(?!" + _GOES_ON_THE_VERB + r")[\w\"“]))"
    r"|(?:hey|listen|wait|" + _SPANISH_INTERJECTIONS + r")" + _SET_APART + r")(?=\s+\S)",
    re.IGNORECASE,
)


def without_interjection(text: str) -> str:
    """``text`` without an interjection opening it (``_OPENING_INTERJECTION``): "wow US troops in Mexico",
    "Look: US troops in Mexico" -> " US troops in Mexico"; twice at most ("omg wow X" is chat-speak and one)."""
    for _ in range(2):
        text, found = _OPENING_INTERJECTION().subn(" ", text, count=1)
        if not found:
            break
    return text


def without_verdict_framing(text: str, *, closing: bool = True) -> str:
    """The statement a text judges, without the judgement: "It is false that X" -> " X"; and
    without who told the writer: "My uncle says X", "I heard that X" -> " X", nor the writer's pointer
    to the reader: "Remember that X", "Did you know X" -> " X"; nor a place in a thread or a list opening it:
    "(1/3) X", "2) X" -> " X"; nor an interjection opening it: "wow X", "Look: X" -> " X" (``without_interjection``);
    nor, unless ``closing`` is False, a verdict closing it: "X is fake news" -> " X"."""
    judged = without_interjection(without_list_place(text))
    judged = _VERDICT_FRAMING().sub(" ", _HEARSAY_FRAMING().sub(" ", judged, count=1))
    verdict = closing_verdict(judged) if closing else None
    return judged if verdict is None else judged[: verdict.start]


# Who reported what the sentence says, opening or closing it: "According to Reuters, X", "X, according to
# the Gazette.", "X, Reuters reported.", "X, a senator said.", "X, said a senator" (not "X, said to number 500").
# The source names no one the statement is about: "Mexico's Senate approved 19 Navy SEALs in February 2026,
# Reuters reported" was noted as saying "Reuters" where the claim says "US".  At most six words of a source, set
# apart by a comma.
_SOURCE_WORDS = r"(?:[\w'’.&-]+\s+){0,5}[\w'’.&-]+"
#: a Spanish verb of saying, as it closes a quotation or a report ("..., dijo Sheinbaum", "..., informó Reuters"),
#: its accent typed or not: "..., según Reuters" capped the claim "El Senado aprobó el ingreso de 155 marines de
#: Estados Unidos" at 0.2, "Reuters" read as said in the place of "Estados Unidos"
_SAID_ES = (
    r"(?:dijo|dijeron|dice|dicen|sostuvo|sostuvieron|escribi[oó]|a[nñ]adi[oó]|advirti[oó]"
    r"|(?:afirm|asegur|declar|se[nñ]al|inform|report|public|indic|explic|agreg|denunci)(?:[oó]|aron|an?))"
)
#: a French verb of saying, in a text read as Spanish (a French one): "..., a affirmé le Dr Martin", "..., déclare
#: le ministère".  Reading French as Spanish made "Dr Martin" a name said in the place of the claim's "Covid-19"
_SAID_FR = (
    r"(?:(?:a|ont)\s+(?:dit|(?:affirm|d[eé]clar|indiqu|assur|pr[eé]cis|expliqu|estim|ajout|soulign|annonc|[eé]crit)"
    r"[eé]s?)|affirme|d[eé]clare|indique|assure|pr[eé]cise|explique|estime|ajoute|souligne|annonce)"
)
_SAID_EN = r"(?:said|says|reported|reports|claimed|claims|wrote|writes)"
_SAID = r"(?:" + _SAID_EN + "|" + _SAID_ES + ")"
#: "according to" in English, Spanish and French ("Selon le ministère, X")
_ACCORDING_TO = r"(?:according\s+to|seg[uú]n|de\s+acuerdo\s+con|selon)"
#: what sets a closing attribution apart from what was said: a comma, with the end of a quotation before or after it
#: ('"X," said Y', '"X", said Y', "'X,' said Y"), or a double quotation mark's end alone ('"X" Y said'; a single one
#: alone ends a plural's possessive too: "the workers’ union said")
_BEFORE_CLOSING = r"(?:[\"”'’]?\s*,\s*[\"”'’]?|[\"”])\s*"
_ATTRIBUTION_CLOSING = LazyPattern(
    _BEFORE_CLOSING
    + r"(?:according\s+to\s+"
    + _SOURCE_WORDS
    + r"|"
    + _SOURCE_WORDS
    + r"\s+(?:"
    + _SAID_EN
    + r"|told\s+[\w'’]+|(?:has|have)\s+(?:said|reported))|"
    + _SAID_EN
    + r"\s+(?!to\b|that\b)"
    + _SOURCE_WORDS
    + r")\W*$",
    re.IGNORECASE,
)
#: a name as a Spanish text's source: capitalised words, "de", "la" ... between them ("Claudia Sheinbaum", "Secretaría
#: de la Defensa Nacional")
_NAME_ES = r"(?-i:[A-ZÁÉÍÓÚÑ])[\w'’.&-]*(?:\s+(?:(?:de|del|la|las|los|y)\s+)*(?-i:[A-ZÁÉÍÓÚÑ])[\w'’.&-]*){0,5}"
#: who may be a Spanish text's source named by what they are ("dijo la presidenta", "informó el diario")
_SOURCE_NOUNS_ES = (
    r"(?:president[ae]|secretari[oa]|gobiern(?:o|os)|gobernador(?:a)?|ministr[oa]|ministerio|portavoz|vocer[oa]"
    r"|diario|peri[oó]dico|agencia|cadena|fuentes?|funcionari[oa]s?|autoridad(?:es)?|embajada|embajador(?:a)?"
    r"|senador(?:a)?|diputad[oa]|alcalde(?:sa)?|canciller|dependencia|comunicado|informe|polic[ií]a|fiscal[ií]a"
    r"|medios?|prensa|mandatari[oa]|jef[ae]|director(?:a)?|vocer[ií]a|ej[eé]rcito|marina|secretar[ií]a)"
)
#: a Spanish text's source, as a source looks (not "50 muertos", "la guerra a los cárteles" nor "el estado" of "...,
#: según el estado", "depending on the state"): a name, or an article and a noun of who may report, then maybe a name
_SOURCE_ES = (
    r"(?:(?:el|la|los|las|un|una|le|les|l['’]\s*)\s*)?(?:"
    + _SOURCE_NOUNS_ES
    + r"(?:\s+(?:(?:de|del)\s+(?:(?:la|las|los)\s+)?)?"
    + _NAME_ES
    + r")?|"
    + _NAME_ES
    + r")"
)
#: ``_BEFORE_CLOSING``, or a dialogue's dash before the verb of saying ("—... —dijo Sheinbaum"), with « » quotes
_BEFORE_CLOSING_ES = r"(?:[\"”'’»]?\s*,\s*[\"”'’»]?|[\"”»]|\s*[—–]\s*(?=" + _SAID_ES + r"\b))\s*"
#: a verb of saying closing a Spanish or a French text (``is_spanish``)
_SAID_ES_FR = r"(?:" + _SAID_ES + "|" + _SAID_FR + ")"
#: ``_ATTRIBUTION_CLOSING`` of a Spanish text (``is_spanish``), its verbs and "según" Spanish: only there, as "dice"
#: is an English word ("Monopoly needs two things, dice and money"), and only a source that looks like one
#: (``_SOURCE_ES``): "..., reportó 50 muertos", "..., declaró la guerra a los cárteles" say more of the statement
_ATTRIBUTION_CLOSING_ES = LazyPattern(
    _BEFORE_CLOSING_ES
    + r"(?:(?:seg[uú]n|de\s+acuerdo\s+con|selon)\s+(?:"
    + _SAID_ES
    + r"\s+)?"
    + _SOURCE_ES
    + r"|"
    + _SOURCE_ES
    + r"\s+"
    + _SAID_ES_FR
    + r"|"
    + _SAID_ES_FR
    + r"\s+(?!que\b)"
    + _SOURCE_ES
    + r")\W*$",
    re.IGNORECASE,
)
#: a signature closing a quotation: '"X" — Dana Whitfield', '"X" -- Dana Whitfield, transit chief': a dash, then a
#: name (one to four capitalised words) and a role after a comma; only a name, as a dash also opens an aside of the
#: statement's own ("US troops entered Mexico — a first since 1916"), and only after a quotation (``_is_quotation``)
_SIGNATURE = LazyPattern(
    r"\s(?:[—–]|--?)\s*(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s*,\s*[\w'’.&-]+(?:\s+[\w'’.&-]+){0,5})?\W*$"
)
_ATTRIBUTION_OPENING = LazyPattern(
    r"^\W*(?:" + _ACCORDING_TO + r"\s+" + _SOURCE_WORDS + r"\s*,\s*"
    # who is quoted, opening the quotation: 'Dana Whitfield said: "X"', 'Whitfield said, “X”'
    r"|" + _SOURCE_WORDS + r"\s+" + _SAID + r"\s*[,:]\s*(?=[\"“«]))",
    re.IGNORECASE,
)

#: ``_ATTRIBUTION_CLOSING`` not tried from inside a run of white space (what follows one space of a run follows the
#: run's first space too, and that is tried first, so no match is lost): its ``\s*,`` was tried from each space of a
#: long run, each time to the run's end (quadratic: a statement with 10,000 tabs or no-break spaces took 0.2 s for
#: each claim it was compared with)
_ATTRIBUTION_CLOSING_FROM_A_RUN_START = LazyPattern(
    r"(?!(?<=\s)\s)(?:" + _ATTRIBUTION_CLOSING.pattern + ")", re.IGNORECASE
)
_ATTRIBUTION_CLOSING_ES_FROM_A_RUN_START = LazyPattern(
    r"(?!(?<=\s)\s)(?:" + _ATTRIBUTION_CLOSING_ES.pattern + ")", re.IGNORECASE
)


def _attribution_closing(text: str, *, from_a_run_start: bool = False) -> re.Pattern[str]:
    """The closing attribution of ``text``'s language: Spanish verbs of saying only in a Spanish text.
    ``from_a_run_start``: the pattern that starts only where a run of spaces does (for ``sub``)."""
    if is_spanish(text):
        return _ATTRIBUTION_CLOSING_ES_FROM_A_RUN_START() if from_a_run_start else _ATTRIBUTION_CLOSING_ES()
    return _ATTRIBUTION_CLOSING_FROM_A_RUN_START() if from_a_run_start else _ATTRIBUTION_CLOSING()


def without_attribution(statement: str) -> str:
    """``statement`` without who reported or said it, at its start or end ("According to X, ...", "..., X said.",
    '"...," said X.', '... — X', 'X said: "..."')."""
    closed = _attribution_closing(statement, from_a_run_start=True).sub("", statement, count=1)
    signature = _SIGNATURE().search(statement) if closed == statement else None
    if signature is not None and _is_quotation(statement[: signature.start()]):
        closed = statement[: signature.start()]
    return _ATTRIBUTION_OPENING().sub("", closed, count=1)


def _is_quotation(text: str) -> bool:
    """Whether ``text`` is in double quotation marks, opened or closed: what a dash and a name after it sign.
    Without them the name after a dash is what the statement says: "US troops have invaded one country —
    Canada" was matched as "US troops have invaded Mexico in the past" (0.93) with "Canada" taken off."""
    return text.lstrip().startswith(('"', "“", "«")) or text.rstrip().endswith(('"', "”", "»"))


#: a claim reporting someone's words, whose reporter may be what a statement's differs in: "Trump said ...",
#: "..., according to the Pentagon", "Reuters reported ..."
_REPORTS = LazyPattern(
    r"\b(?:said|says|say|told|tells|according\s+to|reported|reports|claimed|wrote|writes|seg[uú]n|de\s+acuerdo\s+con|"
    + _SAID_ES
    + r")(?!\w)",
    re.I,
)


def what_is_said(statement: str, wordings: Sequence[str]) -> str:
    """The statement without who reported or said it (``without_attribution``), unless the claim (its ``wordings``)
    too reports someone's words ("Trump said ..."): then who said it is a part of the fact, and "..., Biden said"
    stands against the claim's "Trump"."""
    reported = without_attribution(statement)
    if reported != statement and any(_REPORTS.search(wording) for wording in wordings):
        return statement
    return reported


# A terminal's colour and cursor codes, pasted along with text from one: "\x1b[31mThere are ..."
# made "31mthere" a word, and the statement lost its match.
_TERMINAL_CODE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")


def without_terminal_codes(text: str) -> str:
    """``text`` without a terminal's colour and cursor codes (each a space)."""
    return _TERMINAL_CODE.sub(" ", text)


# Characters that show nothing but split a word: a zero-width space or joiner, a soft hyphen, a word joiner,
# a byte order mark, the marks that set a text's direction.  Pasted from a page or a post ("tro\u200bops",
# "Mex\u00adico"), they made two words of one, and "... 10,000 US troops deployed in Mex\u00adico" found nothing.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


#: superscript digits (¹²³⁰⁴...⁹), as a word processor types a footnote's number
_SUPERSCRIPT_DIGITS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"

# A footnote's number in superscript digits glued to a word, pasted from a word processor: "Mexico¹" folded
# to the word "mexico1", and "Ten thousand American soldiers are based in Mexico¹, according to..." found
# nothing (0.97 without the mark).  Told as the HTML reader tells a <sup> note's number: after the end of a
# sentence or clause, or after a word of four letters or more; not after a unit ("km²") nor a number ("10²")
_FOOTNOTE_MARK = re.compile(
    r"(?:(?<=[.,;:!?\"”’')\]])|(?<=[^\W\d_" + _SUPERSCRIPT_DIGITS + r"]{4}))"
    r"[" + _SUPERSCRIPT_DIGITS + r"]{1,3}(?!\w)"
)


# A number's groups of three digits apart by a no-break, narrow no-break or thin space, as Word types "10 000"
# in French and as SI style writes it: folded to a space, "10 000 American soldiers are based in Mexico" was the
# numbers 10 and 000, and found nothing (closest 0.01; "10,000 ..." 0.75).  A plain space is left alone: "in
# 2020 500 troops" is two numbers
_SPACED_THOUSANDS = re.compile("(?<![\\d.,])\\d{1,3}(?:[\u00a0\u202f\u2009]\\d{3})+(?!\\d)")
_THOUSANDS_SPACE = LazyPattern("[\u00a0\u202f\u2009]")


def _shown(text: str) -> str:
    """The text without the characters that show nothing (``_INVISIBLE``, none of them ASCII), nor the
    footnote marks glued to its words (``_FOOTNOTE_MARK``, none of them ASCII either), with a number's
    digits that no-break spaces group joined (``_SPACED_THOUSANDS``; not plain spaces, in any language: "On May
    15 200 protesters" is two numbers, and a claim and a statement must read a number alike, whatever else
    they say), its Latin words spelt with Cyrillic or Greek lookalikes in Latin letters
    (``latin_lookalikes_undone``)."""
    if text.isascii():
        return text
    text = _FOOTNOTE_MARK.sub("", _INVISIBLE.sub("", text))
    text = _SPACED_THOUSANDS.sub(lambda number: _THOUSANDS_SPACE.sub("", number.group()), text)
    return latin_lookalikes_undone(text)


# Cyrillic and Greek letters drawn as Latin ones (Unicode's confusables), which a post writes in a Latin word to
# slip past a filter: "US troops in M\u0435xico" (a Cyrillic "е") found nothing.  Only the letters that look like
# a Latin one in their case: Cyrillic "т", "к" or "м" do not, nor Greek "α" or "ι".
_LOOKALIKES = dict(
    zip(
        "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0406\u0408\u0405\u0423\u04ae"
        "\u0430\u0435\u0456\u0458\u043e\u0440\u0441\u0455\u0445\u0443\u04bb\u0501\u04cf"
        "\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7\u03bf\u03bd",
        "ABEKMHOPCTXIJSYYaeijopcsxyhdlABEZHIKMNOPTYXov",
        strict=True,
    )
)
_LOOKALIKE_TABLE = str.maketrans(_LOOKALIKES)
_LOOKALIKE = re.compile("[" + "".join(_LOOKALIKES) + "]")
_LETTER_RUN = LazyPattern(r"[^\W\d_]+")


def latin_lookalikes_undone(text: str) -> str:
    """``text`` with the Cyrillic and Greek lookalikes of Latin letters (``_LOOKALIKES``) read as those letters in
    a word that mixes them with Latin letters ("Mеxico", its "е" Cyrillic), and nowhere else.  A word of
    lookalikes alone is a word of its own script, whatever the words around it: "МТС" and "СССР" are Russian in
    "МТС raises tariffs by 50%" as in "СССР продал всё золото" (read as "MTC", "CCCP", they lost the claim that
    names them in Russian, and one-word "СССР https://..." matched an English claim quoting it), and so "US
    troops in МЕХІСО" written wholly in Cyrillic is left unread as Latin.  A word holding a letter that is no
    lookalike ("вызывает") is no mixed word either: it is kept."""
    if not _LOOKALIKE.search(text):
        return text
    return _LETTER_RUN.sub(lambda m: m[0].translate(_LOOKALIKE_TABLE) if _is_mixed(m[0]) else m[0], text)


def _is_mixed(run: str) -> bool:
    """Does a run of letters hold both Latin letters and Latin lookalikes (``_LOOKALIKES``), and no other letter?"""
    latin = lookalike = False
    for char in run:
        if char in _LOOKALIKES:
            lookalike = True
        elif char.isascii() or _in_blocks(char, _LATIN_BLOCKS):
            latin = True
        else:
            return False
    return latin and lookalike


#: what every match of a pattern holds, in lower case (``_sub_if_held``).  Lower-casing is the pattern's ignored case
#: for these needles: where the pattern ignores case they have no "i" nor "s" (in any case "ı" and "İ" match "i", "ſ"
#: matches "s", and "ı", "ſ" lower-case to no "i", "s"); "oms" is the capitals "OMS" (``tests/test_text_needles.py``)
_URL_NEEDLES = ("/", "www.")  # a scheme, an image's or a domain's path, or "www."
_WHO_NEEDLES = ("who", "world", "oms", "organ")  # "WHO", "the who", "World Health...", "OMS", "Organización..."
_AMERICA_NEEDLES = ("amer",)


def _sub_if_held(pattern: re.Pattern[str], repl: Any, text: str, needles: tuple[str, ...]) -> str:
    """``pattern.sub(repl, text)``, without reading the text for a match when it holds none of ``needles`` (in lower
    case), one of which every match holds: these patterns, tried at every word, took a fifth of ``normalize``."""
    lowered = text.lower()
    return pattern.sub(repl, text) if any(needle in lowered for needle in needles) else text


@text_cache(maxsize=4096)
def clean_social(text: str) -> str:
    """Remove links and dates that posts add around a statement (and terminal codes pasted with
    it, and characters that show nothing); turn handles and hashtags into words.

    Cached: a text's language (``is_spanish``), its terms and its n-grams each clean it, one after the other
    (an index build cleaned every text 2.7 times)."""
    text = _TERMINAL_CODE.sub(" ", _shown(text))
    text = _ATTRIBUTION.sub(lambda m: " " + m.group(1) + " ", text)
    text = _sub_if_held(_URL, " ", text, _URL_NEEDLES)
    text = _HANDLE.sub(lambda m: " " + split_words(m.group(1)) + " ", text)
    return _HASHTAG.sub(_hashtag_words, text)


def _hashtag_words(match: re.Match[str]) -> str:
    """A hashtag's words ("#DefundTheCBC" -> "Defund The CBC"), none for a feed's tag (``_FEED_TAGS``)."""
    tag = match.group(1)
    return " " if tag.casefold() in _FEED_TAGS else " " + split_words(tag) + " "


@text_cache(maxsize=16_384)
def own_words(text: str) -> str:
    """The statement without links, images, @handles, #hashtags and an embedded post's attribution (nor
    characters that show nothing).  Cached: comparing a statement with the claims it matches reads it again
    for every check (536,500 substitutions for one ``scan`` of a 1 MB article)."""
    text = _TERMINAL_CODE.sub(" ", _shown(text))
    text = _ATTRIBUTION.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    return _HASHTAG.sub(" ", text)


def poster(text: str) -> str:
    """The name an embedded post's closing attribution gives ("Dana Whitfield" of "... — Dana Whitfield
    (@dana) May 1, 2020"), "" when there is none: the words ``clean_social`` keeps of it and ``own_words``
    drops (``bench/checkthat.py --false-matches`` tells the terms a claim shares with it apart)."""
    found = _ATTRIBUTION.search(_TERMINAL_CODE.sub(" ", _shown(text)))
    return found.group(1).strip() if found else ""


_A_WORD = LazyPattern(r"[^\W_]")
#: a hashtag or an @handle: the markup a post's sentence may hold among its words (``sentence_and_tags``)
_TAG_OR_HANDLE = LazyPattern(r"#(\w+)|(?<![\w@])@(\w+)")
_PICTURE = LazyPattern(r"pic\.twitter\.com/\w", re.IGNORECASE)


class PostParts(NamedTuple):
    """A post's sentence and the hashtags around it (``sentence_and_tags``)."""

    sentence: str  # its words, with the hashtags and @handles among them read as words
    tags: str  # the words of the hashtags before or after them (all of them for a post of hashtags only)


def sentence_and_tags(text: str) -> PostParts:
    """A post's words and the hashtags standing before or after them: "Nobody is talking about this." and "US Troops
    In Mexico" of "#USTroopsInMexico Nobody is talking about this. #Breaking" (a feed's tag is no word:
    ``_FEED_TAGS``).  A hashtag or @handle among the words is one of them, as ``clean_social`` reads it: "Thank you
    Target for reopening your website to" of "Thank you @Target for reopening your website to #Israel", "You will not
    be seeing Pumpkin Spice Charmin anytime soon" of "You will not be seeing #PumpkinSpice Charmin anytime soon".
    Links, handles outside the words and an embedded post's attribution are neither."""
    plain = _URL.sub(" ", _ATTRIBUTION.sub(" ", _TERMINAL_CODE.sub(" ", _shown(text))))
    marks = list(_TAG_OR_HANDLE.finditer(plain))
    gaps = [plain[a.end() if a else 0 : b.start() if b else len(plain)] for a, b in pairwise([None, *marks, None])]
    worded = [at for at, gap in enumerate(gaps) if _A_WORD.search(gap)]
    if not worded:
        return PostParts("", _tag_words(marks))
    first, last = worded[0], worded[-1]  # marks[at] stands between gaps[at] and gaps[at + 1]
    sentence = [gaps[first]]
    for at in range(first, last):
        sentence += [_mark_words(marks[at]), gaps[at + 1]]
    outer = marks[:first] + marks[last:]
    return PostParts(" ".join(sentence), _tag_words(outer))


def _tag_words(marks: list[re.Match[str]]) -> str:
    """The words of the hashtags among ``marks`` (not of the @handles)."""
    return " ".join(words for mark in marks if mark.group(1) and (words := _mark_words(mark)))


def _mark_words(mark: re.Match[str]) -> str:
    """A hashtag's or an @handle's words (``split_words``); none for a feed's tag (``_FEED_TAGS``)."""
    name = mark.group(1) or mark.group(2)
    return "" if mark.group(1) and name.casefold() in _FEED_TAGS else split_words(name)


def shows_a_picture(text: str) -> bool:
    """Does the post carry a picture (a ``pic.twitter.com`` link)?"""
    return _PICTURE.search(text) is not None


def has_social_markup(text: str) -> bool:
    """Does the text carry a post's markup: a link, an @handle, a #hashtag or an embedded post's attribution?"""
    return any(pattern.search(text) for pattern in (_URL, _HANDLE, _HASHTAG, _ATTRIBUTION))


def _multiplied(match: re.Match[str], scale: str | None = None) -> str:
    """The number of a match of digits and a multiplier, in digits: "8.2 million" -> "8200000" (exactly: in floats
    8.2 * 1000000 is 8199999.999999999).  ``scale``: the multiplier's word, when the match's last group is an
    abbreviation of it ("cr": ``_RUPEE_CRORE``, whose first group is the currency)."""
    if scale is not None:
        digits, multiplier = match.group(2), scale
    else:
        digits, multiplier = (group for group in match.groups() if group is not None)
    value = _decimal(digits) * _MULTIPLIERS[" ".join(multiplier.lower().split())]
    return str(value.to_integral_value()) if value == value.to_integral_value() else str(value.normalize())


def _written_out(match: re.Match[str]) -> str:
    """A post's "10k" as a fact-check writes it: "10,000"; "2M" and "2bn": "2 million", "2 billion"."""
    digits, letter = (group for group in match.groups() if group is not None)
    number = _decimal(digits)
    if letter in "kK":
        value = number * 1_000
        return f"{value.to_integral_value():,}" if value == value.to_integral_value() else f"{value.normalize():,f}"
    return f" {number:f} {'billion' if letter == 'bn' else 'million'} "


def _decimal(digits: str) -> Decimal:
    """Digits with a decimal point, a decimal comma ("1,5": 1.5) or a thousands separator ("1,500") as a number."""
    from decimal import Decimal

    whole, comma, part = digits.partition(",")
    if comma:
        digits = whole + part if len(part) == 3 else f"{whole}.{part}"
    return Decimal(digits)


def _with_suffixed_numbers(text: str) -> str:
    """Text, not yet folded, with a post's "10k", "1.5K", "2M", "$2m" written out as fact-checks write them
    ("10,000", "1,500", "2 million"): ``terms`` then reads them as the digits of "10,000", and ``char_grams`` as
    the words of the claim that says "10,000 troops" (case tells "2M" from "2m")."""
    if not _ANY_DIGIT.search(text):  # every match has a digit; most texts have none, and the search is cheap
        return text
    return _LETTER_SUFFIXED_NUMBER.sub(_written_out, text)


def _with_indian_words(text: str) -> str:
    """Text, not yet folded, with Hinglish "10 hazaar" as "10 thousand" and "Rs 5 lacs" as "Rs 5 lakhs"
    (``_HAZAAR``, ``_RUPEE_LAC``), for ``_digits`` to read as numbers; case and the currency still tell them from
    names there."""
    lowered = text.lower()
    if "haza" in lowered:  # most texts have neither
        text = _HAZAAR.sub(_hazaar_as_thousand, text)
    if "lac" in lowered:
        text = _RUPEE_LAC.sub(r"\1lakh\2", text)
    return text


def _hazaar_as_thousand(match: re.Match[str]) -> str:
    number, space = match.group(1, 2)
    named = not match.group().islower()  # "Hazar" after a year names a place
    year = named and PLAIN_YEAR.fullmatch(number) is not None
    return match.group() if year else f"{number}{space}thousand"


def _digits(text: str, mil_as_thousand: bool = True) -> str:
    """Folded text with thousands separators, multipliers ("10 thousand", "2bn"; "10 mil" unless not
    ``mil_as_thousand``) and ordinal suffixes ("20th") resolved (a letter suffix, "10k", was read before folding:
    ``_with_suffixed_numbers``).  A text without a digit (``\\d``, which each of these patterns needs) is as it is."""
    if not _ANY_DIGIT.search(text):
        return text
    if "," in text:  # each of its matches has one
        text = _INDIAN_GROUPED.sub(lambda number: number.group().replace(",", ""), text)
    if "," in text or "." in text:  # as each separator ``_THOUSANDS`` takes off is
        text = _THOUSANDS.sub("", text)
    text = _ORDINAL.sub(r"\1", text)
    if "cr" in text:  # most texts have no "cr"
        text = _RUPEE_CRORE.sub(lambda amount: amount[1] + _multiplied(amount, "crore"), text)
    return (_SCALED_NUMBER if mil_as_thousand else _SCALED_NUMBER_BUT_MIL).sub(_multiplied, text)


def _starts_number(words: list[str], i: int, out: list[str]) -> bool:
    word = words[i]
    if word == "one":  # "one" alone is mostly a pronoun ("no one", "one of them"); "one hundred" is a number
        return i + 1 < len(words) and (words[i + 1] in _SCALES or _and_a_half(words, i + 1) is not None)
    if word == "a":  # "a hundred", "a million"; "a" alone is the article
        return i + 1 < len(words) and words[i + 1] in _SCALES
    if word in _SMALL:
        return True
    return word in _SCALES and bool(out) and out[-1].isdigit()  # "10 thousand"


def _and_a_half(words: list[str], j: int) -> int | None:
    """The scale of "and a half thousand/million/billion" at ``words[j]``: "three and a half billion"
    is 3.5 billion (without a scale, "two and a half years", it is left as words)."""
    if words[j : j + 3] == ["and", "a", "half"] and j + 3 < len(words) and words[j + 3] in _LARGE_SCALES:
        return _SCALES[words[j + 3]]
    return None


def _half_a(words: list[str], i: int) -> int | None:
    """The value of "half a million" (or thousand, billion) starting at ``words[i]``."""
    if words[i : i + 2] == ["half", "a"] and i + 2 < len(words) and words[i + 2] in _LARGE_SCALES:
        return _SCALES[words[i + 2]] // 2
    return None


def _number_words(words: list[str]) -> list[str]:
    """``["ten", "thousand", "troops"]`` -> ``["10000", "troops"]`` (cheap, common cases only)."""
    if _SMALL.keys().isdisjoint(words) and _SCALES.keys().isdisjoint(words):
        return list(words)  # every number here has a word of either ("a hundred", "half a million"): most texts
    return _numbers_read(words)


def _numbers_read(words: list[str]) -> list[str]:
    """``_number_words``, word by word."""
    out: list[str] = []
    i = 0
    while i < len(words):
        half = _half_a(words, i)
        if half is not None:
            out.append(str(half))
            i += 3
            continue
        if not _starts_number(words, i, out):
            out.append(words[i])
            i += 1
            continue
        total, current, j = 0, 0, i
        if words[i] == "a":
            current, j = 1, i + 1
        elif words[i] in _SCALES:
            current = int(out.pop())
        while j < len(words) and (words[j] in _SMALL or words[j] in _SCALES or words[j] == "and"):
            word = words[j]
            if word == "and":
                scale = _and_a_half(words, j)
                if scale is not None and current:
                    total += current * scale + scale // 2
                    current = 0
                    j += 4
                    break
                if j + 1 < len(words) and words[j + 1] in _SMALL and current:
                    j += 1
                    continue
                break
            if word in _SMALL and not total and _says_a_year(current, _SMALL[word], j - i):
                # "twenty twenty five", "nineteen fourteen": a year said in two pairs of digits, never a sum
                # (they read 45 and 33, and "In twenty twenty five Mexico sent ..." matched no year)
                current = current * 100 + _SMALL[word]
                j += 1
                if _SMALL[word] >= 20 and j < len(words) and 1 <= _SMALL.get(words[j], 0) <= 9:
                    current += _SMALL[words[j]]
                    j += 1
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


def _says_a_year(first: int, second: int, read: int) -> bool:
    """Whether a number word worth ``second`` after one word worth ``first`` (``read``: the words read so far)
    says a year's second pair of digits: "eleven" to "twenty" (the centuries people say so) then a teen or a
    ten, which no sum has ("twenty five" adds a unit to a ten; "twenty twenty", "nineteen ninety" add nothing)."""
    return read == 1 and 11 <= first <= 20 and second >= 10


def _spanish_number_words(words: list[str], *, portuguese: bool = False) -> list[str]:
    """``["diez", "mil", "soldados"]`` -> ``["10000", "soldados"]``: a run of Spanish number words as its digits
    ("ciento cincuenta y cinco" 155, "mil quinientos" 1500, "dos millones" 2000000, "10000 millones"); "un",
    "una", "uno" alone are left as words.  In a Portuguese text (``portuguese``: ``reads_portuguese``, which
    ``text_language`` reads as Spanish) "dos" is "of the" (Portuguese's two is "dois"): "O litro da gasolina passou
    dos sete reais" was read as 2 and capped at 0.2 against "O preço da gasolina passou de 7 reais o litro"."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in _SPANISH_UNCOUNTED and words[i + 1 : i + 2] == ["de"]:
            i += 2  # "miles de soldados": no number, and no word of any claim
            continue
        j = i if portuguese and words[i] == "dos" else _spanish_number_end(words, i)
        if j == i:
            out.append(words[i])
            i += 1
            continue
        millions = thousands = small = 0
        for word in words[i:j]:
            if word == "y":
                continue
            if word.isdigit():
                small = int(word)
            elif word == "mil":
                thousands += max(small, 1) * 1_000
                small = 0
            elif word in _SPANISH_SCALES:
                millions += max(thousands + small, 1) * 1_000_000
                thousands = small = 0
            else:
                small += _SPANISH_NUMBERS[word]
        out.append(str(millions + thousands + small))
        i = j
    return out


#: Spanish "militar(es)" as a noun, and the soldiers' word it is read as ("soldados": ``_SPANISH_SYNONYMS``)
_MILITARY_NOUNS = {"militares": "soldados", "militar": "soldado"}


#: Spanish function words after which "militar" is still an adjective: a verb "to be" ("La cooperación es militar")
#: and the words that join it to another adjective ("La ayuda fue militar y económica"), read folded
_BEFORE_AN_ADJECTIVE = frozenset(
    "es son fue fueron era eran sera seran sea sean ser esta estan estaba estaban estar y e o u muy mas tan".split()
)


def _opens_a_noun(word: str) -> bool:
    """Whether a Spanish "militar" after ``word`` is a noun: after an article or another function word, not a verb
    "to be" or "y"."""
    return word in SPANISH_STOP_WORDS and word not in _BEFORE_AN_ADJECTIVE


def _military_as_soldiers(words: list[str]) -> list[str]:
    """Spanish "militares" where it is a noun, soldiers ("Hay militares estadounidenses en México", "10 militares de
    fuerzas especiales", "los militares"), as the claims' "soldados" and "tropas": read apart, the statement had no
    word for the troops the claims are about, and "Hay militares estadounidenses en México" was shown the claim of
    10,000 troops first.  It is a noun after a function word, a number or "hay", or opening the text; after a noun
    it is an adjective ("bases militares", "cooperación militar"), kept as it is."""
    return [
        _MILITARY_NOUNS[word]
        if word in _MILITARY_NOUNS
        and (i == 0 or words[i - 1] == "hay" or words[i - 1].isdigit() or _opens_a_noun(words[i - 1]))
        else word
        for i, word in enumerate(words)
    ]


#: after "military" or "armed forces", where it stands for soldiers somewhere: a word of place ("the US military in
#: Mexico", "on Mexican soil", "at the border"), of being put there ("deployed", "stationed") or of going there
#: ("entered", "crossed"), maybe after a verb "to be" and an adverb or two ("is now in Mexico", "has been deployed").
#: Not "to" ("the US military to go after cartels" is an authorisation, as a claim words it), nor any other verb
#: ("the military said", "runs", "has permission"), nor another noun ("military base", "military aid", "military
#: land", "a military patrol": an adjective)
_TROOPS_HERE = (
    r"(?:\s+(?:is|are|was|were|be|been|being|has|have|had|will|would|remain|remains|remained))*"
    r"(?:\s+(?:not|never|now|already|still|currently|also|reportedly|secretly|quietly|permanently))*"
    r"\s+(?:in|inside|into|at|on|onto|across|along|near|within|deployed|stationed|based|present|posted|sent"
    r"|enter|enters|entered|entering|crossed|invade|invades|invaded|invading|landed|arrive|arrives|arrived|arriving"
    r"|patrolled|patrolling)\b"
)
#: the English nouns for a country's soldiers that the claims call "troops": "service members" always means them
#: ("servicemembers", "servicemen" are read so by ``_SYNONYMS``); "military" and "armed forces" only in the
#: places of ``_TROOPS_HERE``, or after "send" or "deploy" ("Trump sent the military to the border")
_AS_TROOPS = LazyPattern(
    r"\bservice[\s-]+members\b"
    rf"|\b(?:military|armed\s+forces)(?={_TROOPS_HERE})"
    r"|\b(?:send|sends|sent|sending|deploy|deploys|deployed|deploying)\s+"
    r"(?:(?:the|in|our|their|its)\s+)*(?:(?:US|U\.S\.|American|Mexican|Mexico's)\s+)?(?:military|armed\s+forces)\b",
    re.IGNORECASE,
)
_AS_A_TROOP = re.compile(r"\bservice[\s-]+member\b", re.IGNORECASE)


def military_as_troops(statement: str) -> str:
    """An English statement with the words for a country's soldiers that the claims call "troops" written so: "The US
    military is in Mexico", "American armed forces are deployed in Mexico", "US service members in Mexico" found no
    fact-check, while "US soldiers are in Mexico" found "There are US troops in Mexico".  For the statement only: a
    claim is indexed as it is worded, and reading its "military" as "troops" made "troops" commoner in the starter
    file, so that a paraphrase with that word ("Are there American troops in Mexico?") scored lower.  Where
    "military" or "armed forces" is the institution or an adjective ("the military said", "military aid", "the
    US military to go after cartels") it is left as it is (``_AS_TROOPS``)."""
    return _AS_A_TROOP.sub("soldier", _AS_TROOPS().sub(_troops_for, statement))


def _troops_for(match: re.Match[str]) -> str:
    """ "troops" for the soldiers' noun matched, keeping the words before it ("sent the US military" -> "sent the US
    troops")."""
    text = match.group()
    return re.sub(r"(?i)service[\s-]+members|military|armed\s+forces", "troops", text)


def _spanish_number_end(words: list[str], i: int) -> int:
    """The end of the run of Spanish number words at ``words[i]`` (``i`` itself when none starts there): digits
    only before a scale ("10000 millones"), "y" only between two number words ("cincuenta y cinco"), and a run
    of only "un", "una" or "uno" is none."""
    j = i
    while j < len(words) and _in_spanish_number(words, i, j):
        j += 1
    if all(word in _SPANISH_ONES for word in words[i:j]):
        return i
    return j


def _in_spanish_number(words: list[str], start: int, j: int) -> bool:
    """Is ``words[j]`` part of the run of number words from ``words[start]``?"""
    word, following = words[j], words[j + 1] if j + 1 < len(words) else ""
    if word in _SPANISH_NUMBERS or word in _SPANISH_SCALES:
        return True
    if word.isdigit():
        return j == start and following in _SPANISH_SCALES
    return word == "y" and j > start and following in _SPANISH_NUMBERS


def _set_phrases(text: str) -> str:
    """Folded text with the phrases read as one word ("said no to" -> "reject", "said yes to" -> "approve") and the
    amounts no one counted ("thousands of") dropped, for both views (``terms``, ``char_grams``)."""
    return _PHRASES.sub(_phrase_word, text)


def _phrase_word(match: re.Match[str]) -> str:
    kind = match.lastgroup
    return f" how{match.group('quantity')} " if kind == "how" else _PHRASE_WORDS[kind or ""]


# The phrases of _set_phrases in one pass (none of them overlaps another, nor does what one is read as)
_PHRASES = re.compile(
    rf"(?P<reject>{_REFUSAL.pattern})|(?P<approve>{_CONSENT.pattern})|(?P<uncounted>{_UNCOUNTED.pattern})"
    rf"|(?P<how>{_HOW_MANY.pattern})"
)
_PHRASE_WORDS = {"reject": " reject ", "approve": " approve ", "uncounted": " "}


def folded_words(text: str) -> list[str]:
    """The words of a post or statement, cleaned, its chat-speak spelled out ("rn": "now") and folded, before numbers
    and entities are merged."""
    return _words(_without_apostrophes(fold(_chat_spelled_out(clean_social(text)))))


def _words(folded: str) -> list[str]:
    """The words of a folded text: runs of ASCII letters and digits, "%", and the words of other scripts than
    Latin (``_other_script_words``).  Those were dropped: "5G убивает птиц" was read as "5g" alone, and matched
    "5G вызывает рак" at 1.00 (an import skipped it as a near-duplicate of that claim)."""
    if folded.isascii():
        return _WORD.findall(folded)
    words: list[str] = []
    for token in _WORD_OR_NOT_ASCII.findall(folded):
        if token.isascii():
            words.append(token)
        else:
            words.extend(_other_script_words(token))
    return words


def _other_script_words(run: str) -> list[str]:
    """The words in a run of folded characters outside ASCII: letters of scripts other than Latin, with the marks
    that follow them (a Devanagari vowel sign is no letter, but part of the word), as written; a run of a
    script written without spaces as its character bigrams (``_UNSPACED_BLOCKS``).  Anything else parts words:
    punctuation, symbols, emoji, digits of other scripts, and the Latin letters that fold to no ASCII letter."""
    words: list[str] = []
    word = ""
    for char in run + " ":  # the space ends the last word
        if (char.isalpha() and not _in_blocks(char, _LATIN_BLOCKS)) or (
            word and unicodedata.category(char).startswith("M")
        ):
            if word and _in_blocks(char, _UNSPACED_BLOCKS) != _in_blocks(word[-1], _UNSPACED_BLOCKS):
                words.extend(_as_terms(word))  # "5G 안전하다" aside, a change of script parts words too
                word = ""
            word += char
        elif word:
            words.extend(_as_terms(word))
            word = ""
    return words


def _as_terms(word: str) -> list[str]:
    """A word of another script as it is, or a run of an unspaced one as its character bigrams ("癌" alone), a
    traditional Chinese character as its simplified form (``hanzi``: "美國" is "美国")."""
    if not _in_blocks(word[0], _UNSPACED_BLOCKS):
        return [word]
    word = word.translate(TRADITIONAL_AS_SIMPLIFIED)
    if len(word) <= 2:
        return [word]
    return [word[i : i + 2] for i in range(len(word) - 1)]


def units_by_script(text: str) -> list[str]:
    """The script of each word-sized unit of ``text`` ("LATIN", "CJK", "CYRILLIC", as Unicode names a letter's
    script), as the normaliser reads it: compatibility forms are their letters (NFKC), as ``fold`` reads them, so
    mathematical bold "𝗧𝗿𝘂𝗺𝗽" and full-width "Ｍｅｘｉｃｏ" are Latin words, not words of scripts named MATHEMATICAL
    and FULLWIDTH (which capped "𝗧𝗿𝘂𝗺𝗽 𝘀𝗲𝗻𝘁 𝟭𝟬,𝟬𝟬𝟬 𝘁𝗿𝗼𝗼𝗽𝘀 𝗶𝗻𝘁𝗼 𝗠𝗲𝘅𝗶𝗰𝗼" at 0.20 as unread).  See
    ``units_by_script_as_written``.  So is a Latin word holding Cyrillic or Greek lookalikes
    (``latin_lookalikes_undone``), as the normaliser reads it."""
    return units_by_script_as_written(latin_lookalikes_undone(unicodedata.normalize("NFKC", text)))


def units_by_script_as_written(text: str) -> list[str]:
    """The script of each word-sized unit of ``text`` as its characters are written (no normalisation: what a
    tokenizer that does not fold compatibility forms sees): a run of letters of one script written with spaces is
    one unit, each letter of a script written without spaces (Han, kana, Thai: ``written_without_spaces``) one
    unit, about a word's worth of meaning; marks and invisible joiners are inside their word.  "Bill Gates说AI很重要":
    3 Latin units, 4 Han ("CJK")."""
    units: list[str] = []
    run: str | None = None  # the script of the run of letters being read; None between runs
    for char in text:
        category = unicodedata.category(char)
        if category.startswith("M") or category == "Cf":
            continue  # a vowel sign, a virama, an accent, a zero-width joiner: part of the word around it
        if not category.startswith("L"):
            run = None  # a space, a digit, punctuation, an emoji: the run ends
        elif written_without_spaces(char):
            units.append(script_of(char))
            run = None
        else:
            script = script_of(char)
            if script != run:
                units.append(script)
            run = script
    return units


def word_count(text: str) -> int:
    """The words of ``text`` as a reader counts them: those parted by spaces (holding a letter or a digit), a run of
    Chinese or Japanese (Han and kana: ``_CHINESE_OR_JAPANESE_RUN``) counting as each run of katakana in it, one
    loanword ("コロナワクチン"), and a third of its other characters, rounded up ("美国在墨西哥驻扎了一万名士兵" is 5
    words, "世界卫生组织" 2, "新型コロナワクチン" 2, "5G基站" 2).  Such a run was one word: a Chinese sentence was "too
    short (1 word)" to ``scan``, and a search of a word or two to ``check``.  A third, not a half: a name of six
    characters ("世界卫生组织") was three words, no search, and shown a match.  Thai, Lao, Myanmar and Khmer count as
    before: a word a space-parted token."""
    count = 0
    for token in text.split():
        if not any(char.isalnum() for char in token):
            continue
        runs = _CHINESE_OR_JAPANESE_RUN().findall(token)
        if not runs:
            count += 1
            continue
        for run in runs:
            katakana = len(_KATAKANA_RUN.findall(run))
            count += katakana + (len(_KATAKANA_RUN.sub("", run)) + 2) // 3
        count += any(char.isalnum() for char in _CHINESE_OR_JAPANESE_RUN().sub(" ", token))  # "5G" of "5G基站"
    return count


#: a writer saying they like or dislike what follows ("I like", "We really love", "I don't like"): no claim
_LIKING_OPENING = LazyPattern(
    r"^\W*(?:i|we)\s+(?:(?:really|just|so|totally|absolutely|also|do|don['’]t|do\s+not)\s+)*"
    r"(?:like|love|hate|enjoy|adore|dislike|prefer)s?\b",
    re.IGNORECASE,
)
#: a determiner that makes "odio", "amo" a verb when it follows ("Odio la pizza", "Amo este país")
_ARTICLE = r"(?:el|la|los|las|lo|o|os|as|este|esta|estos|estas|mi|mis|su|sus|tu|tus|meu|minha|nuestr[oa]s?)"
#: ... in Spanish or Portuguese: "Me gustan", "A mí no me encanta", "Amo a", "Odio a", "Eu amo", "Gosto muito de".
#: Only at the start ("El odio crece" is no liking); the "a" or "de" before the topic is the liking's ("Amo a los Navy
#: SEALs": "los Navy SEALs")
_SPANISH_LIKING_OPENING = LazyPattern(
    r"^\W*(?:(?:a\s+(?:m[ií]|nosotr[oa]s)|yo|nosotr[oa]s|eu|n[oó]s)\s+)?"
    r"(?:(?:no|n[aã]o|tambi[eé]n|tamb[eé]m|realmente|s[ií])\s+)*"
    r"(?:(?:me|nos)\s+(?:gusta|encanta|fascina|chifla|apasiona)n?"
    r"|(?:amamos|adoro|adoramos|odiamos|detesto|detestamos|disfruto|disfrutamos|odeio|gostamos)"
    r"(?:\s+(?:much[ií]simo|mucho|muito|demais|tanto))?(?:\s+(?:a|de|do|da|dos|das)(?=\s))?"
    # "amo", "odio" and "gosto" are nouns too ("Odio racial se dispara", "Odio en redes se triplicó", "Gosto de Lula
    # aumenta", "Amo de casa"): the verb only with a word a noun does not take next, "a" ("Amo a los Navy SEALs") or
    # an article ("Odio la pizza", "Gosto do México"), or an adverb ("Gosto muito de tacos")
    r"|(?:amo|odio)(?:\s+(?:much[ií]simo|mucho|muito|demais|tanto)(?:\s+a(?=\s))?|\s+a(?=\s)"
    r"|(?=\s+" + _ARTICLE + r"\s))"
    r"|gosto(?:\s+(?:muito|demais|tanto)(?:\s+(?:de|do|da|dos|das)(?=\s))?|\s+(?:do|da|dos|das)(?=\s)))\b",
    re.IGNORECASE,
)
#: ... or calling it pleasant or not, as a sentence's close ("is nice", "are so delicious", "tastes amazing"); words
#: a claim may end on ("cool", "good", "bad", "dangerous") are not among them: "Coffee is bad" may be "Coffee is
#: unhealthy", "The planet is cool" a climate claim
_LIKING_CLOSING = LazyPattern(
    r"\b(?:is|are|was|were|looks?|tastes?|smells?|seems?)\s+(?:(?:so|very|really|pretty|super|quite|too)\s+)*"
    r"(?:nice|awesome|lovely|delicious|tasty|yummy|amazing|beautiful|gorgeous|cute|fun|boring|great|wonderful|"
    r"fantastic|disgusting)\W*$",
    re.IGNORECASE,
)
#: ... in Spanish or Portuguese ("es agradable", "son muy deliciosos", "é maravilhoso"); not "rico" ("Bezos es rico"
#: is a claim), "legal", "bueno", "malo", "padre", as English leaves out "cool", "good" and "bad"
_SPANISH_LIKING_CLOSING = LazyPattern(
    r"\b(?:es|son|era|eran|fue|est[aá]n?|parecen?|saben?|huelen?|huele|é|s[aã]o)\s+"
    r"(?:(?:muy|tan|s[uú]per|bien|bastante|muito|t[aã]o|bem)\s+)*"
    r"(?:agradables?|delicios[oa]s?|sabros[oa]s?|bonit[oa]s?|hermos[oa]s?|lind[oa]s?|precios[oa]s?|genial(?:es)?|"
    r"divertid[oa]s?|aburrid[oa]s?|maravill?os[oa]s?|maravilhos[oa]s?|incre[ií]bles?|incr[ií]ve(?:l|is)|"
    r"fant[aá]stic[oa]s?|asqueros[oa]s?|gostos[oa]s?|estupend[oa]s?)\W*$",
    re.IGNORECASE,
)


class Liking(NamedTuple):
    """A writer's liking (``liking``): the words that say it ("I love", "is nice", "Me encanta"), its topic, and
    whether the topic states a number ("I love 10,000 troops", "I love 5G")."""

    marker: str
    topic: str
    has_number: bool


def liking(text: str) -> Liking | None:
    """The liking or disliking ``text``'s writer says, in English, Spanish or Portuguese, of a thing rather than of a
    fact, or None: its marker, the opening ("I like", "Me gustan", "Amo a") or else the close ("is nice", "es
    agradable") that says it, and its topic, the rest once both are taken out ("tacos" of "I like tacos", "hot
    water" of "hot water is nice", "los Navy SEALs" of "Amo a los Navy SEALs").  None too for a liking that is not
    the writer's own or says more than a liking (``_MORE_THAN_A_LIKING``): a quoted or attributed one ('"I hate
    Mexicans," Trump said', "Trump dijo que México es maravilloso": whether they said it is checkable), a hedge
    before a claim ("I hate to say it, but Trump won"), and a liking of a clause ("I like that 10,000 troops are
    there", "Me gusta que haya soldados": the clause is a claim)."""
    if _MORE_THAN_A_LIKING.search(text):
        return None
    opening = _LIKING_OPENING.match(text) or _SPANISH_LIKING_OPENING.match(text)
    rest = text[opening.end() :] if opening else text
    closing = _LIKING_CLOSING.search(rest) or _SPANISH_LIKING_CLOSING.search(rest)
    found = opening or closing
    if found is None:
        return None
    topic = (" " if opening else "") + (rest[: closing.start()] + " " if closing else rest)
    if _CLAUSE_TOPIC.match(topic):
        return None
    has_number = bool(_DIGIT.search(topic)) or bool(stated_numbers(topic))
    return Liking(_WORDS_ONLY.sub("", found.group()), topic, has_number)


#: what makes a sentence with a liking's words more than its writer's liking: a quotation mark ('"I hate Mexicans,"
#: Trump said'), a verb of saying ("Trump said Mexico is great", "I love Mexico, Trump said", "dijo Trump"), a
#: clause's break after the liking ("I hate to say it, but Trump won", "We hate to say it: Biden won")
_MORE_THAN_A_LIKING = LazyPattern(
    r"[\"“”«»„]|\b(?:" + _SAID + r"|say|tweeted|tweets|told|tells|stated|states|announced|announces|insisted"
    r"|posted|added|dijeron|dicen|declaró|escribió|disse|disseram|diz)\b|,\s*(?:but|and|yet|so|pero|mas|y)\b|[:;—–]",
    re.IGNORECASE,
)
#: a liking's topic opening a clause, its leading punctuation aside: "that", "que" ("I like that 10,000 troops are
#: there", "Me gusta que haya soldados"), "it that", "it when" ("I hate it that Trump won").  "how" and "when" are
#: left to a liking ("I love how you smile", "I love when it rains"): they seldom open a claim to rate
_CLAUSE_TOPIC = LazyPattern(r"^\W*(?:it\s+(?:that|when)|that|que)\b", re.IGNORECASE)
_DIGIT = LazyPattern(r"\d")
#: what is around a liking's words in ``liking``'s marker: "¡", the spaces and the full stop of " is nice."
_WORDS_ONLY = LazyPattern(r"^\W+|\W+$")


def short_liking(text: str, fewer_terms_than: int) -> Liking | None:
    """``text``'s liking (``liking``) when its topic has fewer than ``fewer_terms_than`` terms as the matcher reads
    them (``terms``, in the text's language: stop words aside, "the Navy SEALs" is two), or None: such a liking
    rates nothing a fact-check rates ("I like tacos", "Amo a los Navy SEALs"); "We hate US troops in Mexico" says
    something of its topic.  ``matching.is_a_liking`` (``check``'s note) and ``claimlike`` (``scan``'s skip) read
    it."""
    found = liking(text)
    if found is None or len(terms(found.topic, text_language(text))) >= fewer_terms_than:
        return None
    return found


def liked_topic(text: str) -> str | None:
    """What ``text`` says its writer likes or dislikes (``liking``): the rest of it, once "I like" or "is nice" is
    taken out ("tacos" of "I like tacos", "hot water" of "hot water is nice"); None when it says no liking.  With a
    topic of a word or two, such a statement rates nothing a fact-check rates: a search (``matching.is_a_liking``),
    though written in three words or more."""
    found = liking(text)
    return None if found is None else found.topic


def has_chinese_or_japanese(text: str) -> bool:
    """Does ``text`` hold a Han character or a kana (``_CHINESE_OR_JAPANESE_RUN``)?"""
    return _CHINESE_OR_JAPANESE_RUN().search(text) is not None


def script_of(char: str) -> str:
    """The script of a letter, as the first word of its Unicode name ("LATIN", "CJK", "HIRAGANA")."""
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


def written_without_spaces(char: str) -> bool:
    """Is ``char`` of a script written without spaces between words (Han, kana, Thai, Lao, Myanmar, Khmer)?  Such a
    script's words are not told by spaces: a character is the smallest unit a reader can count on."""
    return _in_blocks(char, _UNSPACED_BLOCKS)


def _in_blocks(char: str, blocks: tuple[tuple[int, int], ...]) -> bool:
    point = ord(char)
    return any(low <= point <= high for low, high in blocks)


def _without_enumerators(text: str) -> str:
    """``text`` with each list place opening a sentence ("Second, ...") made a space, with what opens it.

    What the regular expression ``(?:^|(?<=[.!?:;]\\s))\\W*(?:first|...)\\s*[,:]`` removes, found in linear time: that
    expression tried its ``\\W*`` from every sentence end in a run of punctuation, each time to the run's end, so that
    a statement of 10,000 characters of ". " took 3.5 s (quadratic).  Here each enumerator word is found once, and the
    removal starts where that expression's leftmost match started: the first sentence end (or the text's start) in
    the run of non-word characters before the word, and no earlier than the end of the enumerator removed last."""
    pieces: list[str] = []
    removed_to = 0
    for found in _ENUMERATOR.finditer(text):
        start = _enumerator_opening(text, removed_to, found.start())
        if start is not None:
            pieces += [text[removed_to:start], " "]
            removed_to = found.end()
    pieces.append(text[removed_to:])
    return "".join(pieces)


def _enumerator_opening(text: str, earliest: int, word_start: int) -> int | None:
    """Where the removal of the enumerator word at ``word_start`` starts: the first position, from ``earliest`` on, of
    the run of non-word characters just before it that is the text's start or follows a sentence end and a space;
    None if there is none (the word is no list place)."""
    run_start = word_start
    while run_start > earliest and not _WORD_CHARACTER.match(text, run_start - 1):
        run_start -= 1
    for start in range(run_start, word_start + 1):
        if start == 0 or (start >= 2 and _ENUMERATED_SENTENCE_END.match(text, start - 2)):
            return start
    return None


def normalize(text: str, language: Language | None = None, *, mil_as_thousand: bool = True) -> list[str]:
    """Folded words with numbers as digits and entity spellings merged, before stop words and stemming; in a Spanish
    text (``language``, by default the text's own) Spanish number words too, and "EU" is the United States.
    ``mil_as_thousand``: is "10 mil" 10000 in an English text too (in a Spanish one it always is)?"""
    spanish = (language or text_language(text)) is Language.SPANISH
    written = text
    text = _chat_spelled_out(_with_indian_words(_with_suffixed_numbers(clean_social(text))))
    text = _US.sub(" usa ", text)
    if spanish:
        text = _SPANISH_US.sub(" usa ", text)
    if "us" in text:  # every match of ``_LOWER_US`` is these letters, in lower case
        text = _LOWER_US.sub(" usa ", text)
    text = _sub_if_held(_AMERICA, " usa ", text, _AMERICA_NEEDLES)
    text = _sub_if_held(_WHO, _world_health_organization, text, _WHO_NEEDLES)
    italian = not spanish and (language is Language.ITALIAN or (language is None and reads_italian(text)))
    text = _italian_number_words(text)  # "diecimila", "mille", "un milione e mezzo": in any text
    text = _german_number_words(text)  # "zehntausend", "eine Million", "1,5 Mio.": in any text
    if italian:
        text = _ITALIAN_SCALED_AND_A_HALF.sub(r"\1,5 \2", text)  # "2 miliardi e mezzo" is "2,5 miliardi"
        text = _ITALIAN_SCALED_AND_THOUSANDS.sub(_scaled_and_thousands, text)  # "1 milione e 200mila" is 1200000
        text = _ITALIAN_SCALED_NUMBER.sub(_multiplied, text)  # "157 mila" is 157000
    folded = fold(text)
    if spanish:
        folded = _SPANISH_THOUSANDS_AND.sub(_thousands_and, folded)
    if spanish:  # a French elision is a word of its own: "l'armée" is "l" and "armee", as "armée" alone is
        folded = _FRENCH_ELISION.sub(lambda m: m[0][:-1] + " ", folded)
    elif italian:
        folded = _ITALIAN_ELISION.sub(lambda m: m[0][:-1] + " ", folded)  # "l'autismo", "dell'Italia"
        folded = _ITALIAN_PERCENT.sub(" % ", folded)  # "50 per cento" is "50%"
        folded = _ITALIAN_HALF.sub(_italian_half, folded)  # "mezzo milione" is 500000
    text = _without_enumerators(_without_apostrophes(_digits(folded, spanish or mil_as_thousand)))
    if any(needle in text for needle in _NOW_NEEDLES):  # searched only then: a sixth of normalize's passes
        text = _NOW.sub(" now ", text)
    if spanish:
        words = _words(_set_phrases(_SPANISH_PERCENT.sub(" % ", text)))
        # read as Spanish, but its "dos" is "of the": asked only of a text with that word (reads_portuguese reads
        # each word of the text: a tenth of a Spanish text's normalize, when it was asked of each)
        portuguese = "dos" in words and reads_portuguese(written)
        return _military_as_soldiers(_spanish_number_words(words, portuguese=portuguese))
    return _number_words(_words(_set_phrases(_no_year_across(text))))


#: two number words that ``_numbers_read`` would read as a year said in pairs of digits ("nineteen fourteen"), with
#: what stands between them and the unit that may follow a ten ("twenty twenty five"): ``_no_year_across``
_SPOKEN_YEAR = LazyPattern(
    r"\b(?P<first>eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
    r"(?P<between>[^\w]+)(?P<second>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
    r"(?:(?P<unit_between>[^\w]+)(?P<unit>one|two|three|four|five|six|seven|eight|nine)\b)?"
)
_LAST_WORD = LazyPattern(r"([a-z0-9]+)[^a-z0-9]*\Z")


def _no_year_across(folded: str) -> str:
    """Folded text with the number words that say no year written so that ``_numbers_read`` reads none: the first
    of two as its digits when a mark stands between them ("twenty, thirty soldiers", "nineteen, twenty troops": no
    one says a year so) or the second is joined by a hyphen to the word after it ("twenty fifteen-year-olds",
    "twenty twenty-year-olds": ages); they were read 2030, 1920, 2015, 2020, and are now two numbers ("20", "30").
    A year's unit after a mark ("twenty twenty, five") is no part of it: the year is written as its digits.
    "twenty twenty hours" stays 2020: "2020 hours" in digits reads the same."""
    if not ("twe" in folded or "teen" in folded or "eleven" in folded):
        return folded  # most texts: no word that opens such a year
    return _SPOKEN_YEAR.sub(lambda match: _no_year(match, folded), folded)


def _after_a_number_word(folded: str, start: int) -> bool:
    """Whether the word before ``start`` goes on a run of number words ("hundred", "five", "and" after one)."""
    previous = _LAST_WORD.search(folded, max(0, start - 40), start)
    if previous and previous[1] == "and":
        previous = _LAST_WORD.search(folded, max(0, previous.start() - 40), previous.start())
    return previous is not None and (previous[1] in _SMALL or previous[1] in _SCALES)


def _no_year(match: re.Match[str], folded: str) -> str:
    first, second = _SMALL[match["first"]], _SMALL[match["second"]]
    if _after_a_number_word(folded, match.start()):
        return match[0]  # within a longer run of number words, which reads no year ("one hundred twenty, thirty")
    unit = second >= 20 and match["unit"] is not None and match["unit_between"] in (" ", "-")
    end = match.end() if unit else match.end("second")
    if match["between"].strip() or (folded[end : end + 1] == "-" and folded[end + 1 : end + 2].isalnum()):
        return f"{first}{match['between']}{match[0][match.start('second') - match.start() :]}"
    if second >= 20 and match["unit"] is not None and not unit and match["unit_between"].strip():
        # "twenty twenty, five": the year, then a number
        return f"{first * 100 + second}{match[0][match.end('second') - match.start() :]}"
    return match[0]


#: a number as Mexican news writes it, the thousands and the rest in digits on either side of "mil" ("29 mil 675
#: víctimas", "mil 500 elementos"), folded: read as "29000" and "675", "Se registraron 29 mil 675 víctimas" had
#: neither 29675 nor the number of "29,675 víctimas".  Before "millones" too, which ``_digits`` then multiplies: "3 mil
#: 500 millones de dólares" (3,500 million) was 3000 and 500 million, and found no claim of "$3.5 billion".  Not before
#: another "mil" nor a decimal, nor after a number (a number word's run is ``_spanish_number_words``'s: "dos mil 500"
#: is left as it is)
_SPANISH_THOUSANDS_AND = re.compile(r"(?<![\d.,])\b(?:(\d{1,3})\s+)?mil\s+(\d{1,3})\b(?![.,]\d)(?!\s+mil\b)")


def _thousands_and(match: re.Match[str]) -> str:
    """The digits of "29 mil 675" (29675) or "mil 500" (1500); the match as it is after a number, in words or in
    digits ("1,5 mil 200": "1,5 mil" is 1500, as ``_digits`` reads it)."""
    if match.group(1) is None:
        before = _word_before(match.string, match.start())
        if before and (before in _SPANISH_NUMBERS or before[-1:].isdigit()):
            return match.group()
    return str(int(match.group(1) or 1) * 1_000 + int(match.group(2)))


#: more characters than the longest Spanish number word (``_word_before``)
_NUMBER_WORD_REACH = 40


def _word_before(text: str, at: int) -> str:
    """The word before position ``at`` of ``text``, or its last ``_NUMBER_WORD_REACH`` characters when longer (no
    number word, and its last character the same).  Only a short slice is read: splitting all the text before
    each "mil N" took 4.85 s for 80,000 characters of them (quadratic).  The white space walked over before the
    word is the run before this "mil" alone, so the walks of all matches add up to the text's length."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    words = text[max(0, end - _NUMBER_WORD_REACH) : end].split()
    return words[-1] if words else ""


#: words read as another word's term before stemming, as their stem is another word's too: "Kids cannot get COVID"
#: found nothing (0.02) where "Children cannot get COVID" found "Children cannot catch COVID-19" (0.99), and "kid" is
#: also the stem of "kidding", "kidded", which say nothing of children
_WORD_SYNONYMS = {"kid": "child", "kids": "child"}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The term of a folded English word (``_WORD_SYNONYMS``, else Snowball's English stemmer, then ``_SYNONYMS``)."""
    if word in _WORD_SYNONYMS:
        return _WORD_SYNONYMS[word]
    stemmed = _stemmed("english", word)
    return _SYNONYMS.get(stemmed, stemmed)


def read_as_spanish(word: str) -> bool:
    """Does ``stem`` read a folded English word as a Spanish one (``_SPANISH_WORDS_IN_ENGLISH``: "tropas",
    "mexicanos"), not by its own stem ("trops", "Mexico")?"""
    return word not in _WORD_SYNONYMS and _stemmed("english", word) in _SPANISH_WORDS_IN_ENGLISH


@lru_cache(maxsize=50_000)
def _spanish_stem(word: str) -> str:
    """The term of a folded Spanish word: "invadieron" and "invadir" are "invad" (Snowball's Spanish stemmer, then
    ``_SPANISH_SYNONYMS``).  Digits and "%" are left as they are, as in English."""
    stemmed = _stemmed("spanish", word)
    return _SPANISH_SYNONYMS.get(stemmed, stemmed)


@lru_cache(maxsize=50_000)
def _italian_stem(word: str) -> str:
    """The term of a folded Italian word: "vaccini" and "vaccino" are "vaccin" (Snowball's Italian stemmer)."""
    return _stemmed("italian", word)


def terms(text: str, language: Language | None = None) -> list[str]:
    """The index terms of a text, in order (duplicates kept).  ``language``: that of the text these words were
    taken from (``text_language``), for a few words read apart from it; by default, the text's own."""
    return list(_cached_terms(text, text_language(text) if language is None else language))


@text_cache(maxsize=65_536)
def _cached_terms(text: str, language: Language) -> tuple[str, ...]:
    """``terms``, remembered: comparing a statement with a claim reads the same names and words again and again
    (145,132 calls for 6,518 texts when ``scan`` shows the differences of a 1 MB article's matches)."""
    stops = stop_words_of(text, language)
    return tuple(language.stem(w) for w in normalize(text, language) if w not in stops)


def stop_words_of(text: str, language: Language) -> frozenset[str]:
    """The stop words of ``text`` read in ``language``: the language's, and German's too in a text read as English
    that reads as German (``reads_german``: a German text is matched as an English one), says words only German
    says (``says_german_words``) and whose German function words clearly outnumber its English ones
    (``german_words_outnumber_english``): not "usa war mexico march 2025 im scared" (two words English says too),
    "..., Van der Bellen recalled" (a name's "der") nor "The Alternative für Deutschland says the war in Ukraine
    started in February 2022" (a name's "für"), whose "war" is English's."""
    if language is Language.ENGLISH and drops_german_function_words(text):
        return _ENGLISH_AND_GERMAN_STOP_WORDS
    return language.stop_words


def drops_german_function_words(text: str) -> bool:
    """Are German's function words stop words of ``text`` read as English (``stop_words_of``)?"""
    return reads_german(text) and says_german_words(text) and german_words_outnumber_english(text)


def plain_terms(text: str, language: Language | None = None) -> list[str]:
    """``terms`` with the language's own stop words only: a German text's function words kept ("zu", "hat",
    "die"), as ``terms`` read them before they were German's stop words (``stop_words_of``).  The substitution check
    reads these (``substitution.analyse``): its runs of words a statement says in the place of a claim's are runs
    between such words, and without them "Deutschland schließt Grenze zu Polen" (a German paraphrase that drops the
    claim's date) was capped at 0.2 in a file of 3,047 claims."""
    language = text_language(text) if language is None else language
    if stop_words_of(text, language) is language.stop_words:
        return list(_cached_terms(text, language))  # no German text: its terms, remembered once
    return list(_cached_plain_terms(text, language))


@text_cache(maxsize=65_536)
def _cached_plain_terms(text: str, language: Language) -> tuple[str, ...]:
    stops = language.stop_words
    return tuple(language.stem(w) for w in normalize(text, language) if w not in stops)


@cache
def german_stop_terms() -> frozenset[str]:
    """The terms of ``GERMAN_STOP_WORDS`` as ``plain_terms`` reads them (stemmed as English): words every German
    text says, no distinctive word of a statement's to the substitution check, though no claim of a German file has
    them as terms any more (``short_statements.vocabulary``).  Made when first asked for: stemming them loads
    Snowball's stemmers, which importing this module then need not (``_snowball``)."""
    return frozenset(stem(word) for word in GERMAN_STOP_WORDS)


if TYPE_CHECKING:
    #: ``german_stop_terms()``, by its former name (made when first read)
    GERMAN_STOP_TERMS: frozenset[str]
else:

    def __getattr__(name: str) -> object:
        if name == "GERMAN_STOP_TERMS":
            return german_stop_terms()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: German function words English writes too as function words ("an", "am", "im", "um", "so"): half a sign of a German
#: text when counted against its English ones
_GERMAN_AND_ENGLISH_WORDS = frozenset("das den im am um von an in so also will was bis".split())
#: ... and those English writes as words of their own ("die", "war", "hat", "man"): no sign ("Soldiers die in
#: Mexico", "usa war mexico", "The war in Ukraine started in February 2022 und nicht 2014")
_GERMAN_WORDS_ENGLISH_SAYS = frozenset("die war hat man".split())
#: English stop words German writes too ("in", "so", "was", "will", "also"): no sign of an English text
_ENGLISH_STOP_WORDS_GERMAN_WRITES = frozenset("am an im in so was will also all".split())
#: a word or number standing alone, as ``_GERMAN_WORD``: its neighbours tell a name's "für" ("Alternative für
#: Deutschland") from a sentence's ("Die USA haben 10.000 Soldaten ...": "haben" before a number)
_A_WORD_OR_NUMBER = re.compile(r"(?<![\w\-'’])[^\W_]+(?![\w\-'’])")


@text_cache(maxsize=65_536)
def german_words_outnumber_english(text: str) -> bool:
    """Do the German function words of ``text`` (``GERMAN_STOP_WORDS``, written in lower case) outnumber its
    English stop words (but those German writes too: "in", "so", "was", "will") more than twice?  A word English
    writes too counts half ("im", "am", "um") or not at all ("die", "war", "hat"); a word inside a name, between
    two capitalised words, not at all ("Alternative für Deutschland", "Bundesamt für Migration und Flüchtlinge",
    "Van der Bellen"), nor a shout in capitals.  An English statement with a German name, title or quote is
    English: "The Alternative für Deutschland says the war in Ukraine started in February 2022" (no German word;
    "the", "says", "the"), "Merz says Germany "ist nicht im Krieg" but the war in Ukraine started in February
    2022" (2.5 and 3), "Vaccinated people will die within two years, claims Alternative für Deutschland" (none);
    "Sie ist die Tochter" (one, none) and "Die USA haben 10.000 Soldaten nach Mexiko geschickt" (one) are German."""
    words = _A_WORD_OR_NUMBER.findall(unicodedata.normalize("NFC", text))
    german = 0.0
    english = 0
    for at, word in enumerate(words):
        if len(word) > 1 and word.isupper():
            continue  # "DIE", "MIT", "THE": a shout or an acronym
        folded = fold(word)
        if folded in STOP_WORDS:
            english += folded not in _ENGLISH_STOP_WORDS_GERMAN_WRITES
        elif word.islower() and folded in GERMAN_STOP_WORDS and folded not in _GERMAN_WORDS_ENGLISH_SAYS:
            inside_a_name = 0 < at < len(words) - 1 and words[at - 1][:1].isupper() and words[at + 1][:1].isupper()
            if not inside_a_name:
                german += 0.5 if folded in _GERMAN_AND_ENGLISH_WORDS else 1.0
    return german >= 1 and german > 2 * english


@text_cache(maxsize=16384)
def stated_numbers(text: str) -> frozenset[str]:
    """The numbers ``text`` states, as ``terms`` reads them ("10,000", "10k", "ten thousand": "10000"), for telling
    two wordings of a fact apart (``matching.near_duplicates``), where a number that may be either of two is neither:
    in an English text "10 mil" is "10" and the word "mil", as it may be 10 thousand (Spanish) or 10 million (slang).
    ``terms`` reads it as 10000, so "The gringos have 10 mil soldiers in Mexico" finds the claim of 10,000 US troops,
    but "There are more than 10 mil US troops deployed in Mexico" is no duplicate of it."""
    language = text_language(text)
    return frozenset(word for word in normalize(text, language, mil_as_thousand=False) if word.isdigit())


@text_cache(maxsize=16384)
def term_set(text: str) -> frozenset[str]:
    """The distinct terms of a text (cached: the same claims come up statement after statement).

    Two claims whose own texts have the same term set are *twins*: the same claim worded alike."""
    return frozenset(terms(text))


def char_grams(text: str) -> list[str]:
    """Character n-grams of the text's content words, each padded with spaces: ``" pho"``, ``"phot"``...

    A word shorter than the n-gram length is kept whole (``" 5g "``).  A post's "10k" is written out first: the
    grams of "10k troops" are those of "10,000 troops" (``_with_suffixed_numbers``)."""
    grams: list[str] = []
    words = _set_phrases(" ".join(folded_words(_with_suffixed_numbers(text)))).split()
    stops = stop_words_of(text, text_language(text))
    for word in words:
        if word not in stops:
            grams += _word_grams(word)
    return grams


@lru_cache(maxsize=65_536)
def _word_grams(word: str) -> tuple[str, ...]:
    """The n-grams of one word (``char_grams``), remembered: a 10,000-claim file has 1,000,000 grams of 60,000
    distinct words."""
    n = GRAM_LENGTH
    padded = f" {word} "
    if len(padded) <= n:
        return (padded,)
    return tuple(padded[i : i + n] for i in range(len(padded) - n + 1))


#: the most words a number's run is looked for in ("three and a half billion" is five)
_NUMBER_RUN_WORDS = 5
_TOKEN = re.compile(r"\S+")
#: the words a number is read from (``normalize``): a run of words holding none of them, nor a digit, reads as no
#: number ("half a million", "a hundred" hold a scale)
_NUMBER_WORDS = frozenset(
    (
        *_SMALL,
        *_SCALES,
        *_SPANISH_NUMBERS,
        *_SPANISH_SCALES,
        *(w for key in _MULTIPLIERS for w in key.split()),
        "half",
        *("cr", "crs"),  # "₹10,000 cr" (``_RUPEE_CRORE``)
        *("hazar", "hazaar", "lac", "lacs"),  # "10 hazaar", "Rs 5 lacs" (``_with_indian_words``)
    )
)
_LETTERS = re.compile(r"[^\W\d_]+")


class WrittenNumber(NamedTuple):
    """A number of a text: its term (digits, as ``terms`` reads it) and the shortest run of words giving it."""

    value: str
    written: str
    start: int  # the run's place in the text
    end: int


@lru_cache(maxsize=65_536)
def _number_in_runs(token: str, language: Language) -> bool:
    """May a run of words holding ``token`` read as a number for it?  Yes for a number word ("Diez,", "ｔｅｎ",
    "half": folded) or digits that ``terms`` reads as a number's alone (a link's digits, "t.co/8OhiQ0aZmO", are
    none)."""
    letters = _LETTERS.findall(fold(token))
    if not _NUMBER_WORDS.isdisjoint(letters) or not _GERMAN_SCALE_WORDS.isdisjoint(letters):
        return True  # a German scale or abbreviation too ("Millionen", "Mio.")
    if any(_GERMAN_NUMBER_WORD().fullmatch(word) for word in letters):
        return True  # a German number word ("Zehntausend", folded: "funfhundert"), not "Javier", "yacht"
    return any(c.isnumeric() for c in token) and any(c.isnumeric() for term in terms(token, language) for c in term)


@text_cache(maxsize=16_384)
def written_numbers(text: str) -> tuple[WrittenNumber, ...]:
    """Each number term of ``text`` once, with the shortest run of its words (the first of those) that ``terms``
    reads as that number alone: "Ten thousand" (10000) of "Ten thousand American soldiers", "10,000" of "More than
    10,000 US troops".  A run that reads as another number ("Ten" alone: 10) is not this number's, nor is a run
    inside another number's run: "Ten" of "Ten thousand" is no run of 10 (10 of "Ten thousand troops ..., 10
    officials said" is the second "10"), or a rewriting put a number inside another one."""
    language = text_language(text)
    wanted = {term for term in terms(text, language) if term.isdigit()}
    if not wanted:
        return ()  # most texts
    tokens = list(_TOKEN.finditer(text))
    # a run is read only when it holds a token a number may be read from (``_number_in_runs``) and no word that
    # reads alone as a word's term ("troops"): such a run reads as more than a number.  It read every run of up to
    # five words: 81,908 ``terms`` calls for 1,000 statements
    number_at = [i for i, token in enumerate(tokens) if _number_in_runs(token.group(), language)]
    reach = _NUMBER_RUN_WORDS - 1
    near = sorted({j for i in number_at for j in range(max(0, i - reach), min(len(tokens), i + reach + 1))})
    numbers_at = set(number_at)
    words_at = {j for j in near if j not in numbers_at and terms(tokens[j].group(), language)}
    # every run reading as one number of the text, by its first token and size: shortest first, then first
    runs: dict[tuple[int, int], WrittenNumber] = {}
    for size in range(1, _NUMBER_RUN_WORDS + 1):
        for first in near:
            last = first + size - 1
            if last >= len(tokens) or numbers_at.isdisjoint(range(first, last + 1)):
                continue
            if not words_at.isdisjoint(range(first, last + 1)):
                continue
            start, end = tokens[first].start(), tokens[last].end()
            read = terms(text[start:end], language)
            if len(read) == 1 and read[0] in wanted:
                runs[first, size] = WrittenNumber(read[0], text[start:end], start, end)
    found: dict[str, WrittenNumber] = {}
    for (first, size), run in runs.items():
        if run.value not in found and not _inside_another(runs, first, size):
            found[run.value] = run
    return tuple(sorted(found.values(), key=lambda number: number.start))


def _inside_another(runs: dict[tuple[int, int], WrittenNumber], first: int, size: int) -> bool:
    """Is the run of ``size`` tokens from ``first`` part of a longer run that reads as another number?"""
    value = runs[first, size].value
    for longer in range(size + 1, _NUMBER_RUN_WORDS + 1):
        for other_first in range(max(0, first + size - longer), first + 1):
            other = runs.get((other_first, longer))
            if other is not None and other.value != value:
                return True
    return False


def numbers_written_as(text: str, wording: str) -> str | None:
    """``text`` with each of its numbers that ``wording`` also says, in other words or digits, written as
    ``wording`` writes it ("10,000 US troops" as "Ten thousand US troops" for a wording saying "Ten thousand");
    None when there is none.  A number ``wording`` does not say (another value: "1,000" for "10,000") is left as
    it is."""
    # the runs of words are looked for only when the wording says one of the text's numbers (their terms, cached):
    # reading them run by run is the cost, and most wordings a statement is compared with share none of its numbers
    if term_set(wording).isdisjoint(term for term in term_set(text) if term.isdigit()):
        return None
    ours = written_numbers(text)
    theirs = {number.value: number.written for number in written_numbers(wording)}
    changed = False
    pieces: list[str] = []
    at = 0
    for number in ours:
        written = theirs.get(number.value)
        if written is None or number.start < at or folded_words(written) == folded_words(number.written):
            continue  # "2019," is "2019"; a run overlapping the one rewritten before it is left
        pieces += [text[at : number.start], written]
        at = number.end
        changed = True
    return "".join([*pieces, text[at:]]) if changed else None
