"""Sentences of an article, each with the line it starts on.

Splitting is nupunkt's (the Punkt algorithm with a pre-trained English model; pure Python, no
dependencies, MIT).  It was chosen over pysbd, syntok, sentencex, blingfire and a regular
expression by ``bench/sentence_splitters.py``: it handled the most of our hard cases
(abbreviations such as "U.S." and "Gen.", "No. 5", decimals, quotes, initials) and splits
1 MB in well under a second, where pysbd takes several seconds.  Sentences never cross the
edge of a block, so headings without a full stop and list items stand alone.

nupunkt's time grows with the square of the length of a whitespace-free run that holds many
candidate sentence ends (100 KB of "?" took 7 s): each candidate looks at the rest of its run.
It is given a copy of the block in which such runs are defused (``defuse_long_runs``); the copy
has the same length, so its sentence spans apply to the block as they are.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from .blocks import Block, BlockKind
from .months import GERMAN_MONTHS
from .text import STOP_WORDS, reads_german
from .transcript import is_notice, without_filler


@dataclass(frozen=True)
class Sentence:
    text: str
    line: int  # the line of the file the sentence starts on (1-based)
    kind: BlockKind  # what kind of block it comes from (heading, list item...)
    speaker: str | None = None  # who says it, in a transcript (``Block.speaker``)
    spoken: bool = False  # a speaker's words, named or not (``Block.spoken``): a fragment said is no caption
    end_line: int | None = None  # the line of the file the sentence ends on (None: ``line``, unknown or one line)


class _Splitter(Protocol):
    def spans(self, text: str) -> list[tuple[int, int]]: ...


#: Spanish titles and ranks written short ("el Gral. Pershing", "la Sra. López"), which the English model does not
#: know: their dot ended the sentence, and "El Gral." was a sentence of its own
SPANISH_TITLES = ("sra", "srta", "dra", "gral", "lic", "ing", "tte", "sgto", "pdte", "mtro", "mtra", "cnel", "gob")
#: German abbreviations the English model does not know ("bzw." for "or rather", "vgl." for "compare", "sog." for
#: "so-called", "Mrd." for "billion"...): each ended its sentence, "Das sagen Politiker der AfD bzw." was a sentence
#: of its own and "ihre Anhänger." another.  Not "usw." (etc.), which ends sentences as often as not
GERMAN_ABBREVIATIONS = (
    *("bzw", "vgl", "sog", "ggf", "evtl", "inkl", "zzgl", "bspw", "insb", "mrd"),
    "z.b",  # "z.B." written without its space ("z. B." is two abbreviations the model knows): never a sentence's end
    *("okt", "dez"),  # months written short ("31. Dez. 2024") that English does not write so
)
#: Italian titles and references written short ("il dott. Bianchi", "il sig. Rossi", "l'avv. Conte", "cfr."), which
#: the English model does not know: "Il dott." was a sentence of its own ("pag." before a number:
#: ``_BEFORE_A_NUMBER_ENDING``).  Not "on." (onorevole: English "on."), "tab." ("the tab."), "ecc." (etc., which ends
#: sentences as often as not)
ITALIAN_ABBREVIATIONS = ("sig", "sigg", "dott", "avv", "geom", "cav", "mons", "cfr")
#: words the English model takes for abbreviations that end sentences: "Baja California Sur." ran on into the next
#: sentence, and so did "Der Benzinpreis lag über 2 Euro pro Liter." (as would "... per liter.")
NOT_ABBREVIATIONS = ("sur", "liter", "an")
#: nupunkt's abbreviations, learned from legal text, hold ordinary words ("story", "lead", "century", "tax").
#: Before a capitalised word it decides whether the sentence ends there from the share of breaks it saw
#: after the word, but only from ``BREAK_RATE_MIN_COUNT`` (20) sightings on; below that, from whether it
#: saw the next word capitalised mid-sentence, which it has not seen for most words of a news text:
#: "The certified count tells another story. Turnout in the mayoral race was 62%." and "... none in more
#: than a century." Post-1917 ..." were one sentence each, and a claim in the second half went unchecked.
#: From this many sightings on, a word that ended a sentence every time it was seen ends one here too.
MIN_ALWAYS_BREAK_SIGHTINGS = 3
#: ... but "No.", seen 19 times, all breaks: "No. A-12" is number A-12, and ``_no_endings_apart`` tells the
#: answer "No." apart itself
KEPT_ABBREVIATIONS = ("no",)


@lru_cache(maxsize=1)
def _splitter() -> _Splitter:
    import nupunkt

    tokenizer = nupunkt.load("default")
    tokenizer.add_abbreviations([*SPANISH_TITLES, *GERMAN_ABBREVIATIONS, *ITALIAN_ABBREVIATIONS])
    for word in NOT_ABBREVIATIONS:
        tokenizer.remove_abbreviation(word)
    _trust_words_that_always_ended_a_sentence(tokenizer)
    splitter: _Splitter = tokenizer
    return splitter


def _trust_words_that_always_ended_a_sentence(tokenizer: Any) -> None:
    """Count each abbreviation seen ``MIN_ALWAYS_BREAK_SIGHTINGS`` times or more, always before a sentence
    break, as seen often enough for nupunkt's break rate to decide (see above)."""
    enough = getattr(tokenizer, "BREAK_RATE_MIN_COUNT", None)
    rates = getattr(getattr(tokenizer, "parameters", None), "abbrev_break_rates", None)
    if not isinstance(enough, int) or not isinstance(rates, dict):
        return  # another nupunkt: left as it splits
    for word, (seen, breaks) in list(rates.items()):
        if MIN_ALWAYS_BREAK_SIGHTINGS <= seen < enough and breaks == seen and word not in KEPT_ABBREVIATIONS:
            rates[word] = (enough, enough)


#: A whitespace-free run longer than this may be defused: no sentence boundary sits inside a run
#: of 200 characters (a long URL is the longest a real text has), and shorter runs cost little.
MAX_RUN_CHARS = 200
#: ... when it holds more candidate sentence ends than this: a run with at most this many costs
#: nupunkt at most this many passes over it, and is left exactly as it is.
MAX_RUN_ENDS = 20
#: What a defused sentence end becomes: a word character, neither a letter's case nor a digit.
_DEFUSED = "_"
# A candidate sentence end inside a whitespace-free run, as nupunkt 0.8 finds them: one of its
# sentence-end characters (".", "?", "!" and the ellipsis) followed by a character that cannot
# start a word (its ``PunktLanguageVars._re_non_word_chars``, whitespace aside).
_END_CHARS = ".?!\u2026"
_RUN_END = re.compile(r"[.?!\u2026](?=[)\";}\]*:@({\[!?\u201d\u00bb]|['\u2019](?![^\W\d_]))")
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")
_NEXT_WORD = re.compile(r"\s+\S")


def _defuse_run(match: re.Match[str]) -> str:
    run = match.group()
    ends = [end.start() for end in _RUN_END.finditer(run)]
    if len(ends) <= MAX_RUN_ENDS:
        return run
    # nupunkt reports the last candidate of a run: it stays, so that the run still ends a
    # sentence where it did ("...page.html.)" keeps its "."), unless the run's own last character
    # is a candidate (followed by whitespace).  The run's first word stays as it is, with the
    # character after it: the sentence before the run ends there or not depending on that word,
    # and it ends at or before the character after the first candidate.
    first_word_end = ends[0] + 1
    last = len(ends) if run[-1] in _END_CHARS and _NEXT_WORD.match(match.string, match.end()) else -1
    chars = list(run)
    for position in ends[1:last]:
        if position > first_word_end:
            chars[position] = _DEFUSED
    return "".join(chars)


def defuse_long_runs(text: str) -> str:
    """``text`` with the candidate sentence ends inside its long whitespace-free runs turned
    into "_" (but for those of a run's first word and its last one), which nupunkt splits in
    linear time, at the same places but inside such runs.  The length stays the same.

    Only a run longer than ``MAX_RUN_CHARS`` holding more than ``MAX_RUN_ENDS`` candidates
    ("?????", "![![![") changes; ordinary text, long URLs included, is returned as it is.
    """
    if len(text) <= MAX_RUN_CHARS:
        return text
    return _LONG_RUN.sub(_defuse_run, text)


# "No." opening a sentence and followed by a word is the answer no, not "No. 5" (number 5): the model
# took it for the abbreviation, and "No. Mexico's president turned down Trump's offer ..." (a speaker's
# answer) was one sentence, that said the opposite of the claim it matched
_ANSWER_NO = re.compile(r"\A\s*No\.(?=\s+(?:[^\W\d_]{2}|I\b))")  # a word, not "No. A-12"


# "no" ending a sentence in lower case, before a name or "I": the model took "no." for the abbreviation there too,
# and "Mexico said no. Sheinbaum rejected the offer ..." was one sentence, the second's claim checked as part of the
# first.  The abbreviation is followed by a number or a code, often in capitals: "no. 5", "no. A-12", "Senate Bill
# no. SB 4", "route no. I-10", "unit no. IV", "Patent no. US 10,000,000" (cut there, "US 10,000,000 was granted." was
# a claim of its own).  So only a capital then a lower-case letter ("Sheinbaum", "Él") or "I" alone ends it
_NO_ENDING = re.compile(r"(?<![\w.])no\.[\"\u201d\u2019']?(?=\s+(?P<next>[^\W\d_]{2}|I\s))")


#: an acronym opening a sentence's subject, after a lower-case "no." that is an answer (``_ANSWER_BEFORE_NO``): "The
#: answer is a firm no. US officials said ..." was one sentence.  Two to five capitals, then a lower-case word; a
#: code with a figure ("Patent no. US 10,000,000", "Senate Bill no. SB 4", "route no. I-10") is none
_ACRONYM_SUBJECT = re.compile(r"[A-Z]{2,5}[ \t]+[a-z]{2,}\b")
#: the word before a lower-case "no." that makes it an answer, English only: "a firm no.", "said no.", "the answer was
#: no."; after any other ("Bill no. HB passed", "order no. EO signed", "Decreto no. DS del ...") it is "number", and
#: the capitals after it a code, whatever word follows them
_ANSWER_BEFORE_NO = frozenset(
    "a firm clear flat resounding emphatic definite definitive simple categorical unequivocal polite outright "
    "said says say saying answered answers replied replies voted was is were".split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w]*\Z")


def _opens_with_a_name(text: str, at: int, no: int) -> bool:
    """Whether the word at ``at`` is a name or "I" (a capital not followed by another: not "SB", "IV", "US"), or an
    acronym opening a subject ("US officials", ``_ACRONYM_SUBJECT``) after an answer "no." (which starts at ``no``)."""
    if text[at].isupper() and not text[at + 1].isupper():
        return True
    before = _WORD_BEFORE.search(text, max(0, no - 40), no)
    if before is None or before.group(1).lower() not in _ANSWER_BEFORE_NO:
        return False
    return _ACRONYM_SUBJECT.match(text, at) is not None


def _no_endings_apart(spans: Iterable[tuple[int, int]], text: str) -> Iterator[tuple[int, int]]:
    """Each span cut after an answer "No." opening it and after a lower-case "no." ending a sentence inside it."""
    for start, end in spans:
        answer = _ANSWER_NO.match(text, start, end)
        if answer:
            yield start, answer.end()
            start = answer.end()
        for ending in _NO_ENDING.finditer(text, start, end):
            after = ending.start("next")
            if _opens_with_a_name(text, after, ending.start()):
                yield start, ending.end()
                start = after
        yield start, end


# "US" or "UN" opening a sentence after a lower-case word that nupunkt's legal-trained model holds for an abbreviation
# ("found.", "saw.", "bombed.", "cancer.": most of its 5,865): lower-case "us" and "un" are common words, so the model
# never says a sentence starts at them there, and a student's "... what I found. US troops have invaded Mexico in the
# past." was one sentence, its claim checked with the filler before it and no fact-check found.  Cut only before
# the acronym then a lower-case word ("US troops", "UN officials"), after a lower-case word of three letters or
# more: not "vs." or "e.g." (shorter), "Gen." or "Found." (capitals), "US$3.5" or "no. US 10,000,000" (a figure)
_US_OPENING = re.compile(r"(?<![\w.])(?P<word>[a-z]{3,})\.[\"\u201d\u2019']?(?=\s+(?P<next>U[SN])[ \t]+[a-z]{2,}\b)")
#: the lower-case abbreviations of three letters or more that come before "US" within a sentence ("approx. US
#: troops", "incl. US aid"): no cut after them
_ABBREVIATIONS_BEFORE_US = frozenset(
    "approx incl excl esp etc viz govt dept est max min nos vol resp ibid"
    # review of teacher122: "The avg. US household ..." was cut after "avg." too
    " avg asst orig corp inc appx gov fig assoc intl univ fmr ref".split()
)


def _us_openings_apart(spans: Iterable[tuple[int, int]], text: str) -> Iterator[tuple[int, int]]:
    """Each span cut before a "US" or "UN" that opens a sentence after a word taken for an abbreviation."""
    for start, end in spans:
        for ending in _US_OPENING.finditer(text, start, end):
            if ending.group("word") in _ABBREVIATIONS_BEFORE_US:
                continue
            yield start, ending.end()
            start = ending.start("next")
        yield start, end


#: India's "Rs." before an amount, which the English model does not know: "The minister said Rs. 10,000 crore was
#: allocated" was split after "Rs.", and its claim checked without the rupees' subject.  Only before digits, and not
#: after an amount ("He paid 500 Rs. Officials said ..." ends there: as an abbreviation everywhere, "Rs." joined it
#: to the next sentence, whose claim was then checked against both)
#: Italian "pag." (page) likewise joins only a number after it ("a pag. 4 del rapporto"): as an abbreviation
#: everywhere, it joined Spanish "... citó la pag. Luego dijo ..." into one sentence.  So does Spanish "aprox."
#: (approximately: "Hay aprox. 10.000 soldados en México." was "Hay aprox." and a claim without its verb), which ends
#: a sentence after its figure ("Llegaron 10.000 soldados aprox. El Senado ...", "Llegaron 10.000 soldados aprox.
#: 2.000 se quedaron ...": a figure before it in its clause)
_BEFORE_A_NUMBER_ENDING = re.compile(
    r"(?:(?:\A|[^\d\s])\s*\bRs|\bpagg?|\b(?P<approx>aprox))\.\s*\Z", re.IGNORECASE
)  # a sentence's, not after digits
_AMOUNT_OPENING = re.compile(r"\s*\d")
#: where the clause "aprox." ends may start: a figure before it there is the one it approximates
_CLAUSE_BREAK = re.compile(r"[,;:(]")


def _joined_where(
    spans: Iterable[tuple[int, int]], joins: Callable[[tuple[int, int], int, int], bool]
) -> Iterator[tuple[int, int]]:
    """``spans`` with each joined to the one before it where ``joins(before, start, end)`` says so."""
    held: tuple[int, int] | None = None
    for start, end in spans:
        if held is not None:
            if joins(held, start, end):
                start = held[0]
            else:
                yield held
        held = (start, end)
    if held is not None:
        yield held


def _short_before_a_number_joined(spans: Iterable[tuple[int, int]], text: str) -> Iterator[tuple[int, int]]:
    def joins(held: tuple[int, int], start: int, end: int) -> bool:
        if not _AMOUNT_OPENING.match(text, start, end):
            return False
        sentence = text[held[0] : held[1]]
        ending = _BEFORE_A_NUMBER_ENDING.search(sentence)
        if ending is None:
            return False
        if ending["approx"] is None:
            return True
        clause = _CLAUSE_BREAK.split(sentence[: ending.start("approx")])[-1]
        return not any(char.isdigit() for char in clause)

    return _joined_where(spans, joins)


#: English military ranks written short as AP style writes them ("Lt. Gen.", "Lt. Col.", "Lt. Gov.", "Cmdr.", "Spc.",
#: "Pfc."), which the English model does not know (it knows "Gen.", "Col.", "Sgt."): "Lt. Gen. Gregory Guillot said
#: ..." was the sentence "Lt." and a claim cut from its first word.  Not the model's abbreviations, which ignore case:
#: "lt." is a litre in Spanish, Italian and German fuel prices, "LT." a trim level, "SPC." a storm centre, and those
#: joined two sentences.  So only in title case, and joined to what follows only when that is another rank or title
#: ("Lt. Cmdr.", "Lt. Gov.") or a name, a word in capitals that is no usual opening of a sentence ("Spc. Diaz said"
#: but "... as a 2nd Lt. He later served in Iraq." ends at "Lt.")
_RANK_ENDING = re.compile(r"(?<![\w.])(?:Lt|Cmdr|Spc|Pfc)\.\s*\Z")
_TITLE_OR_NAME_OPENING = re.compile(
    r"\s*(?:(?:Lt|Cmdr|Spc|Pfc|Gen|Col|Maj|Capt|Sgt|Adm|Cdr|Gov|Sen|Rep)\.|(?P<first>[A-Z][\w'\u2019-]*))"
)
#: the words a sentence opens with, not a first name's: "... a Pfc. The Senate approved 155 Marines." ends there
_SENTENCE_OPENERS = frozenset(
    "A An The This That These Those There Then He She It I We You They His Her Its Our Their My In On At By For From "
    "But And Or So After Before When While As If Since Later Now Today Yesterday Still Also However Meanwhile "
    "Officials".split()
)


def _ranks_before_names_joined(spans: Iterable[tuple[int, int]], text: str) -> Iterator[tuple[int, int]]:
    def joins(held: tuple[int, int], start: int, end: int) -> bool:
        opening = _TITLE_OR_NAME_OPENING.match(text, start, end)
        return bool(
            opening and opening.group("first") not in _SENTENCE_OPENERS and _RANK_ENDING.search(text, held[0], held[1])
        )

    return _joined_where(spans, joins)


#: German "lt." (laut: according to) before its source, which the English model took for a sentence's end: "Es sind
#: lt. Pentagon 10.000 Soldaten in Mexiko." was "Es sind lt." and a claim without its verb.  Not an abbreviation
#: everywhere: "lt." is a litre too, which ends sentences ("Benzin kostet 1,80 Euro pro lt. Die Regierung ...", "The
#: tank holds 50 lt. It was full."), so joined only after a word that no litre follows (not a number or a number
#: word, "pro", "je", an article: "einen lt.", "fünfzig lt.", "einen ganzen lt."), before a word, in a paragraph
#: read as German (``reads_german``: "Es gibt 5 Soldaten lt. Pentagon." alone has no German function word)
_LAUT_ENDING = re.compile(r"(?<![\w.])(?P<before>[^\W\d_]+),?[ \t]+lt\.\s*\Z")
_BEFORE_A_LITRE = frozenset(
    (
        *("pro", "per", "je"),
        *("ein", "eine", "einen", "einem", "einer", "eines", "kein", "keinen", "keinem", "keiner", "keines"),
        *("halb", "halben", "halbem", "halber", "ganzen", "ganzem", "ganzer", "viertel", "paar", "mehrere"),
        *("einige", "wenige", "viele", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"),
        *("elf", "zwölf", "hundert", "tausend"),
    )
)
#: a German number word ("fünfzig", "dreiundzwanzig", "zweihundert", "siebzehn"), which a litre follows too
_GERMAN_NUMBER_WORD = re.compile(r"\w*(?:zig|ßig|zehn|hundert|tausend)\Z")

_WORD_OPENING = re.compile(r"\s*[^\W\d_]")


def _laut_joined(spans: Iterable[tuple[int, int]], text: str) -> Iterator[tuple[int, int]]:
    def joins(held: tuple[int, int], start: int, end: int) -> bool:
        ending = _LAUT_ENDING.search(text, held[0], held[1])
        return bool(
            ending
            and ending["before"].lower() not in _BEFORE_A_LITRE
            and not _GERMAN_NUMBER_WORD.match(ending["before"].lower())
            and _WORD_OPENING.match(text, start, end)
            and reads_german(text)
        )

    return _joined_where(spans, joins)


#: A German ordinal is a number with a full stop ("am 3. Februar 2025", "im 20. Jahrhundert"), which the model took
#: for a sentence's end: "Deutschland hat am 3." and "Februar 2025 seine Grenzen geschlossen." were checked apart, the
#: claim with its date cut off.  Joined again where a month or "Jahrhundert" follows the number, a word of its own
#: ("Augsburg", "Janet", "Novak" are none), a German word before the number says a date ("am", "vom", "bis zum",
#: "seit dem"...) or a year follows the month ("3. Februar 2025"), and the month is no English one ("Februar",
#: "Okt.", "Jahrhundert") or the sentences joined read as German (``reads_german``): not "The vote was 52 to 48.
#: November will tell.", "The Senate voted 87 to 12. November 2025 polls showed ...", "I am 45. September is my
#: birthday month."
_ENGLISH_TOO_MONTHS = r"April|August|September|November|Jan|Feb|Apr|Jun|Jul|Aug|Sep|Sept|Nov"
_GERMAN_ONLY_MONTHS = "|".join(
    [*(month for month in GERMAN_MONTHS if month not in _ENGLISH_TOO_MONTHS.split("|")), "Mär", "Okt", "Dez"]
)
_ORDINAL_ENDING = re.compile(r"(?:\A|\s)(?P<before>[^\W\d_]+)?\s*\b\d{1,2}\.\s*\Z")
_DATE_WORDS = frozenset("am vom zum bis seit ab den dem der des im ins".split())
_MONTH_OPENING = re.compile(
    r"\s*(?:(?:(?P<german>" + _GERMAN_ONLY_MONTHS + r")|" + _ENGLISH_TOO_MONTHS + r")\b\.?(?P<year>\s+\d{4}\b)?"
    r"|(?P<century>Jahrhunderts?\b))"
)


def _german_ordinals_joined(spans: Iterable[tuple[int, int]], text: str) -> Iterator[tuple[int, int]]:
    held: tuple[int, int] | None = None
    for start, end in spans:
        if held is not None and _is_german_date_apart(text, held, start, end):
            start = held[0]
        elif held is not None:
            yield held
        held = (start, end)
    if held is not None:
        yield held


def _is_german_date_apart(text: str, held: tuple[int, int], start: int, end: int) -> bool:
    """Whether the sentence ``held`` ends on a German ordinal whose month (or "Jahrhundert") opens the next one."""
    ending = _ORDINAL_ENDING.search(text, held[0], held[1])
    if ending is None:
        return False
    opening = _MONTH_OPENING.match(text, start, end)
    if opening is None:
        return False
    if not opening["year"] and (ending["before"] or "").lower() not in _DATE_WORDS:
        return False
    return bool(opening["german"] or opening["century"]) or reads_german(text[held[0] : end])


#: ... and a month written short ends the sentence before a capitalised word: "Die Frist endet im Dez. Danach gilt das
#: neue Gesetz." and "Die Wahl ist am 12. Okt. Merz tritt an." were one sentence each ("Okt." and "Dez." are
#: abbreviations, the model's "Jan.", "Feb."... too); "am 12. Okt. 2025" and "von Okt. bis Dez." stay whole.  A month
#: English writes so too ("Feb.", "Nov.") only in a sentence read as German (``reads_german``)
_GERMAN_MONTH_SHORT_ENDING = re.compile(
    r"\b(?:(?P<german>Okt|Dez|Mär|Mai)|Jan|Feb|Apr|Jun|Jul|Aug|Sep|Sept|Nov)\.\s+(?=[A-ZÄÖÜ])"
)


def _german_month_short_ends_apart(spans: Iterable[tuple[int, int]], text: str) -> Iterator[tuple[int, int]]:
    for start, end in spans:
        for ending in _GERMAN_MONTH_SHORT_ENDING.finditer(text, start, end):
            if ending["german"] or reads_german(text[start:end]):
                yield start, ending.end()
                start = ending.end()
        yield start, end


#: the Devanagari danda ("।") and double danda ("॥"), the full stop of Hindi, Marathi, Nepali...: the English
#: model knows no such end, and "मेक्सिको में १०,००० अमेरिकी सैनिक हैं। सरकार ने ... घोषणा की। यह गलत है।" was scanned as
#: one sentence, shown the verdict of a claim only its first sentence says
_DANDA_END = re.compile(r"[\u0964\u0965]+\s+(?=\S)")


def _danda_ends_apart(spans: Iterable[tuple[int, int]], text: str) -> Iterator[tuple[int, int]]:
    for start, end in spans:
        for danda in _DANDA_END.finditer(text, start, end):
            yield start, danda.start() + len(danda.group().rstrip())
            start = danda.end()  # the next sentence's first letter: its line is the sentence's
        yield start, end


#: what English goes on with after a Chinese quotation (``_FULL_WIDTH_END``): a lower-case Latin letter ("and",
#: "on Monday"; not the "i" of "iPhone", nor the "e" of "eBay") or a comma, semicolon, colon or dash
_ENGLISH_GOES_ON = "[a-z](?![A-Z])|[,;:\u2013\u2014]"

#: the full stops of Chinese and Japanese, full-width ("。", "！", "？", "；", and the half-width "｡"), with the closing
#: quotes and brackets after them ("」", "”", "）"): written with no space after, the English model knows no such end,
#: and "据报道，美国在墨西哥驻扎了一万名士兵。这一说法在社交媒体上广泛流传！" was scanned as one sentence (and
#: a paragraph of such a page as one, skipped).  A run of them ("！！", "？！」", "。。。") ends one sentence, never cut
#: inside (each quantifier possessive: "！！” and" was cut after the first "！").  Not one that English goes on after
#: (``_ENGLISH_GOES_ON``), with or without a space: a Chinese quotation inside an English sentence ('Xinhua wrote
#: “美国在墨西哥驻扎了一万名士兵。” on Monday, citing 3 officials.', 'wrote 「美军已进入墨西哥！」and was shared'),
#: which the English sentence model reads; its rest was checked as a sentence alone.  A Chinese sentence that opens
#: with a Latin name ('”CNN随后报道称', '」TikTok上的视频', '。 Facebook已删除', '。iPhone 16的价格') is one
#: of its own
_FULL_WIDTH_END = re.compile(
    "[\u3002\uff01\uff1f\uff1b\uff61]++[\u300d\u300f\u201d\u2019\uff09\u3011\u300b\"')]*+\\s*+"
    "(?=\\S)(?!" + _ENGLISH_GOES_ON + ")"
)


def _full_width_ends_apart(spans: Iterable[tuple[int, int]], text: str) -> Iterator[tuple[int, int]]:
    for start, end in spans:
        for stop in _FULL_WIDTH_END.finditer(text, start, end):
            yield start, stop.start() + len(stop.group().rstrip())
            start = stop.end()
        yield start, end


#: what an emoji sequence may hold after its pictograph: the variation selector asking for the emoji form (❤️),
#: a skin tone (👍🏽), the joiner of a sequence (🙋‍♂️) and the keycap's enclosing mark (1️⃣)
_EMOJI_TRAILERS = frozenset("\ufe0f\u200d\u20e3\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")
#: below this, symbols that end no sentence: ©, ®, °, ™
_FIRST_PICTOGRAPH = 0x2190
#: the start of a line that opens a sentence: a capital letter, after an opening quote or bracket if any
_SENTENCE_OPENING = re.compile(r"[\"“‘'«¿¡(]?(?=[^\W\d_])")
_LETTER = re.compile(r"[^\W\d_]")


def _ends_in_emoji(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with an emoji (😡, 🇲🇽, ❤️, 👍🏽): an "other symbol" from the arrows on.
    Only the characters just before ``end`` are read (no copy of the span: a paragraph of 80,000 lines made one
    per line, and its time grew with the square of its lines)."""
    last = end - 1
    while last >= start and text[last].isspace():
        last -= 1
    while last >= start and text[last] in _EMOJI_TRAILERS:
        last -= 1
    return last >= start and unicodedata.category(text[last]) == "So" and ord(text[last]) >= _FIRST_PICTOGRAPH


def _opens_sentence(text: str, start: int) -> bool:
    opening = _SENTENCE_OPENING.match(text, start)
    return opening is not None and text[opening.end()].isupper()


def _emoji_line_ends_apart(spans: Iterable[tuple[int, int]], block: Block) -> Iterator[tuple[int, int]]:
    """Each span cut where a line of the file ends in emoji and the next line opens a sentence.  A post's
    sentence often ends in emoji with no full stop ("Sheinbaum secretly approved it 😡😡" above "The Marines
    came in 2025 and never left."): the splitter sees no end there, and the two were one sentence, a claim
    matched by its second half.  Only at a line break, as after a full stop: "I love 🇲🇽 Mexico" within a
    line is one sentence; nor when nothing but emoji comes before it in the span (the emoji after a "!"
    that ended the sentence: it is left where the splitter put it)."""
    text = block.text
    offsets = [offset for offset, _line in block.line_marks]
    for start, end in spans:
        # whether the span has a letter before the mark, carried forward from mark to mark: each character is
        # read once, not once per line after it
        has_letter, read_up_to = False, start
        # the marks inside the span, found by bisection: a paragraph of 20,000 lines has as many marks
        for offset in offsets[bisect.bisect_right(offsets, start) : bisect.bisect_left(offsets, end)]:
            # a line's words start at its mark, after the space its line break became
            if text[offset - 1] == " " and _opens_sentence(text, offset) and _ends_in_emoji(text, start, offset):
                has_letter = has_letter or _LETTER.search(text, read_up_to, offset) is not None
                read_up_to = offset
                if has_letter:
                    yield start, offset
                    start = offset
                    has_letter, read_up_to = False, start
        yield start, end


# A label and its value on a line of their own ("Location: El Paso", "Date: March 3, 2026", "Filed by: Jane Doe")
# end no sentence with a full stop, and ran on into the next line's: "Location: El Paso Troops arrived on Monday."
# was one sentence, "names an actor (Paso)".  The label: one to three words, the first capitalised, then a colon;
# its value short (at most ``_MAX_LABEL_VALUE_WORDS`` words, or more In Title Case) and ending as no sentence
# does.  A wrapped sentence's line is longer than that, or goes on in lower case ("Update: officials say the
# troops will leave by" above "June"), and stays one sentence with the next line.
# Prose wrapped at a fixed width (fmt, e-mail) puts a colon near a line's end as often as not, and a sentence cut
# there was checked in two pieces, each matched to the wrong fact-check ("It said: Mexico sent" / "10,000 National
# Guard troops ...": "It said: Mexico sent" matched a FALSE claim at 0.95).  So the line must be a whole line of
# the file, from its start, and the first of its sentence (not the rest of a line after a sentence ended on it,
# nor a line inside one: "... on Tuesday. The" / "Pentagon's count: ..."); its label no pronoun nor verb of
# saying ("It said:", "She told reporters:", "Officials say:") nor a phrase opening with a function word ("In
# short:", "In February:"; a press advisory's "Who:", "What:", "When:" are labels); and its value must not end in
# a word that leaves it open (an article, a preposition, a verb: "Mexico sent", "the Senate approved"), nor hold
# an auxiliary or a verb in the past, which make it a clause ("Officially: Mexico sent 10,000" / "National Guard
# troops ...", "Bottom line: Mexico will not accept" / "US troops ...").  Subtitles are never cut: a cue's line
# is a piece of what is said, wherever the speaker paused ("President Sheinbaum said: Mexico" / "Will not accept").
_LABEL_LINE = re.compile(
    r"[^\w\n]*(?P<label>[A-ZÀ-Þ][\w'’&.-]*(?:[ \t]+[\w'’&.-]+){0,2})[ \t]*:[ \t]+"
    r"(?P<value>[^\s.!?;:,…][^\n]*?)[ \t]*"
)
_MAX_LABEL_VALUE_WORDS = 6
_MAX_LABEL_LINE_CHARS = 120
_LABEL_VALUE_END = re.compile(r"[.!?;:,…\"”’')\]]\Z")
#: words no label holds: pronouns ("It said:", "Her message:")
_PRONOUNS = frozenset(
    "i you he she it we they me him her us them my your his its our their this that these those one who".split()
)
#: verbs of saying after a label's first word, its subject ("Officials say:", "She told reporters:"); as the first
#: word, a noun ("Note:", "Claim:", "State:", "Reply:")
_SAYING = frozenset(
    """say says said saying tell tells told add adds added write writes wrote ask asks asked explain explains
    explained state states stated note notes noted announce announces announced declare declares declared insist
    insists insisted argue argues argued reply replies replied respond responds responded warn warns warned
    claim claims claimed put puts""".split()
)
#: a label's first word that is a function word opens a phrase of a sentence, not a label ("In short: 155" above
#: "Marines took part ..."); "By:" is a byline's label
_LABEL_FUNCTION_WORDS = STOP_WORDS - {"by", "us", "new"}
#: one-word labels of a press advisory or a mail's header, which are function words elsewhere ("Who: President
#: Sheinbaum", "What: Press conference", "Where: Mexico City", "When: Monday", "From: ...", "To: ...")
_HEADER_LABELS = frozenset("who what where when why how from to about re cc".split())
#: auxiliaries and negations, which make a value a clause of a sentence ("Bottom line: Mexico will not accept")
_AUXILIARIES = frozenset(
    "is are was were be been being will would shall should can could may might must do does did has have had not "
    "never".split()
)
#: verbs whose past form does not end in -ed, which leave a value open ("It said: Mexico sent" above "10,000 ...")
_IRREGULAR_PAST = frozenset(
    """sent spent lent built held told sold made paid laid brought bought thought sought caught taught fought
    found bound led fed met kept left felt meant dealt won lost shot hit set put cut let began gave took came
    became went saw knew grew drew threw flew wrote rose broke chose spoke stole froze woke drove rode hid bit
    struck stood understood withdrew overtook undertook forbade""".split()
)


#: words in -ed that are no verb in the past: a number's ("Casualties: two hundred civilians" ran into the next
#: line, its "hundred" read as a verb), a colour's, a noun's, an adjective's (not "need", "shed": verbs too)
_NOT_PAST = frozenset(
    "hundred red infrared bed sled creed greed deed steed reed kindred sacred naked wicked rugged ragged".split()
)


def _lower_case_word(word: str) -> str | None:
    """``word`` in lower case without the quotes and brackets around it, or None when it is not written in lower
    case (a name, a number)."""
    word = word.strip("\"'“”‘’()[],")
    return word.lower() if word[:1].islower() else None


def _is_a_verb(lower: str) -> bool:
    """Whether a word in lower case is a verb in the past ("approved", "sent"): what leaves a value open at its
    end, and makes it a clause after its first word."""
    return lower in _IRREGULAR_PAST or (lower.endswith("ed") and lower not in _NOT_PAST)


def _leaves_value_open(word: str) -> bool:
    """Whether a value ending in ``word`` is a sentence's line that goes on: a word in lower case that no value
    ends in, a function word or a verb ("the Senate approved", "Mexico sent", "leave by")."""
    lower = _lower_case_word(word)
    if lower in ("am", "pm"):  # a time's, "When: Monday at 10 am", not "I am"
        return False
    return lower is not None and (lower in STOP_WORDS or _is_a_verb(lower))


def _is_a_clause(words: list[str]) -> bool:
    """Whether a value's ``words`` are a clause, not a label's value: an auxiliary or a verb in the past after its
    first word, with its subject before it ("Officially: Mexico sent 10,000" above "National Guard troops ...",
    "Bottom line: Mexico will not accept"); not a value that opens with a participle ("Source: leaked Pentagon
    memo", "Origin: made in Mexico")."""
    for word in words[1:]:
        lower = _lower_case_word(word)
        if lower is not None and (lower in _AUXILIARIES or _is_a_verb(lower)):
            return True
    return False


#: a press advisory's labels in capitals: no prose line opens so, whatever its value (a clause) and the line below
_ADVISORY_LABELS = frozenset({"WHO", "WHAT", "WHEN", "WHERE", "WHY", "HOW"})


def _is_label_line(text: str, start: int, end: int, above_a_label: bool = False) -> bool:
    """Whether ``text[start:end]``, a line of the file, is a label and its value (see above).  ``above_a_label``:
    the next line is one; an advisory's "WHAT:" is then a label whatever its value ("WHAT: The Secretary will
    meet President Sheinbaum ..." above "WHERE: National Palace" ran into it, a clause)."""
    if end - start > _MAX_LABEL_LINE_CHARS:
        return False
    label = _LABEL_LINE.fullmatch(text, start, end)
    if label is None or _LABEL_VALUE_END.search(label.group("value")):
        return False
    if label.group("label") in _ADVISORY_LABELS:
        return True  # "WHAT: Secretary Hegseth will visit troops ..." ran into "WHEN: Thursday, December 4 at 10 a.m."
    label_words = label.group("label").lower().split()
    header_label = len(label_words) == 1 and label_words[0] in _HEADER_LABELS
    if not header_label and (label_words[0] in _LABEL_FUNCTION_WORDS or not _PRONOUNS.isdisjoint(label_words)):
        return False
    if not _SAYING.isdisjoint(label_words[1:]):
        return False
    words = label.group("value").split()
    if _leaves_value_open(words[-1]):
        return False
    if header_label and above_a_label:
        return True
    if _is_a_clause(words):
        return False
    return len(words) <= _MAX_LABEL_VALUE_WORDS or all(not word[0].islower() for word in words)


def _has_label_shape(text: str, offsets: list[int], index: int) -> bool:
    """Whether the line of ``text`` that ends at ``offsets[index]`` is written as a label and a value."""
    line_start = offsets[index - 1] if index else 0
    return _LABEL_LINE.fullmatch(text, line_start, offsets[index] - 1) is not None


# Prose wrapped at a narrow width (25 to 45 columns: a mobile client's quote, a newsletter's column) breaks after
# a label-like opening as often as not, and its line may end in a name, which leaves nothing open: "Bottom line:
# Only the Mexican" above "Senate can authorize US troops" was cut there, and each piece checked apart.  Such a
# block reads as wrapped at one width W: every line at most W long, and every line but the last too long to take
# the next line's first word (up to its hyphen, where a wrapper may break it too).  Lines an author ends leave
# room for the next word, or stand among longer lines ("Location: El Paso" above "Troops arrived on Monday.").
# Three short lines may fit one width by chance ("Troops came." / "Note: Mexico City" / "Ten more came."), so the
# block must also break a sentence at another line, one that ends in a word ("Senate can authorize US troops" above
# "to enter Mexico."), and hold no other line written as a label (a mail's header, an advisory's "Who:" / "What:"
# are an author's lines).
_FIRST_CHUNK = re.compile(r"[^\s-]*-?")
#: A wrapper that balances its lines (fmt) leaves a line room for the next word: "Update: President" above "Claudia
#: Sheinbaum said" (fmt -w 26: 17 characters and a word of 7 below lines of 25) was a label line, its sentence cut
#: there.  A line is too long to take the next word when taking it would make it longer than this share of the
#: widest line; an author's label line is shorter ("Location: El Paso" and "Troops" make 24 of 28).
_WRAPPED_LINE_FILL = 0.9
_MIN_WRAPPED_LINES = 3


def _reads_as_wrapped(text: str, offsets: list[int]) -> bool:
    """Whether the lines of a block's ``text`` (each ending a space before the next of ``offsets``, the last at the
    text's end) read as prose a wrapper cut at one width (see above)."""
    if len(offsets) < _MIN_WRAPPED_LINES:
        return False
    widest, narrowest_break = 0, len(text)
    labels, breaks_a_sentence = 0, False
    for index, start in enumerate(offsets):
        last = index + 1 == len(offsets)
        end = len(text) if last else offsets[index + 1] - 1
        widest = max(widest, end - start)
        if _LABEL_LINE.fullmatch(text, start, end):
            labels += 1
        elif not last:
            breaks_a_sentence = breaks_a_sentence or text[end - 1].isalnum()
        if not last:
            next_chunk = _FIRST_CHUNK.match(text, offsets[index + 1])
            chunk = next_chunk.end() - next_chunk.start() if next_chunk else 0
            narrowest_break = min(narrowest_break, end - start + chunk)  # the width that would have taken it
        if _WRAPPED_LINE_FILL * widest > narrowest_break + 1 or labels > 1:
            return False
    return breaks_a_sentence


def _ends_as_label_line(text: str, offsets: list[int], index: int) -> bool:
    """Whether the line of ``text`` that ends at ``offsets[index]`` (where the next starts) is a label line, read
    as such above another (``_is_label_line``)."""
    line_start = offsets[index - 1] if index else 0
    if _is_label_line(text, line_start, offsets[index] - 1):
        return True
    next_end = offsets[index + 1] - 1 if index + 1 < len(offsets) else len(text)
    return _is_label_line(text, offsets[index], next_end) and _is_label_line(
        text, line_start, offsets[index] - 1, above_a_label=True
    )


_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d\d\b")


def _value_holds_a_figure(text: str, start: int, end: int) -> bool:
    """Whether the label line ``text[start:end]`` ends in a date or a count or gives a time ("Source: Pentagon briefing,
    December 3", "Fecha: 4 de diciembre de 2026", "Updated: December 4, 2026, 10:45 a.m. EST").  Such a line
    ends its sentence even in a block that reads as wrapped: its width fits the block's by chance as often as
    not (25 of review16s' 3,042 wrappings of a label line above a paragraph ran into its first sentence), while
    a wrapper's line that only looks like a label's ends in a name the next line goes on with ("Bottom line: Only
    the Mexican" above "Senate can authorize ...")."""
    label = _LABEL_LINE.fullmatch(text, start, end)
    if label is None:
        return False
    value = label.group("value")
    if _CLOCK_TIME.search(value):
        return True
    # a count alone ("Put simply: 10,000" above "National Guard troops ...") is a wrapper's line as often
    words = value.split()
    return len(words) > 1 and any(character.isdigit() for character in words[-1])


def _label_line_ends_apart(spans: Iterable[tuple[int, int]], block: Block) -> Iterator[tuple[int, int]]:
    """Each span cut after a line of the file that is a label and its value ("Location: El Paso") where the next
    line opens a sentence (see above)."""
    if block.spoken:
        yield from spans
        return
    text = block.text
    offsets = [offset for offset, _line in block.line_marks]
    wrapped: bool | None = None  # whether the block reads as wrapped at one width: found at its first label line
    for start, end in spans:
        # the marks inside the span, found by bisection; the line before each starts at the mark before it
        first = bisect.bisect_right(offsets, start)
        inside = False  # whether the sentence has words before the line read (it has them till the next cut)
        for index in range(first, bisect.bisect_left(offsets, end)):
            offset = offsets[index]
            # the whole line, from its start, and the sentence's first: not the rest of one after a sentence that
            # ended on it, nor a line in the middle of a sentence ("... on Tuesday. The" / "Pentagon's count: ...")
            line_start = offsets[index - 1] if index else 0
            if line_start < start:
                continue  # the rest of a line after a sentence that ended on it
            inside = inside or bool(text[start:line_start].strip())  # a line at most: read once
            if inside and not _has_label_shape(text, offsets, index - 1):
                # a line inside the sentence, below one that is no label's: so is every line after it (``start``
                # moves only at a cut); below a label's line that is a clause ("Photo: Troops stationed near
                # Reynosa" above "Credit: Reuters"), the labels after it still end their lines
                break
            opens = _opens_sentence(text, offset) or text[offset].isdigit()
            if text[offset - 1] == " " and opens and _ends_as_label_line(text, offsets, index):
                wrapped = _reads_as_wrapped(text, offsets) if wrapped is None else wrapped
                if wrapped and not _value_holds_a_figure(text, line_start, offset - 1):
                    continue  # a wrapper's line, that only looks like a label's (see above)
                yield start, offset
                start, inside = offset, False
        yield start, end


# A footnote's number right after a sentence's end, as a word processor or a wiki page pasted as text writes it:
# "... a viral post.¹ Mexico's Senate ..." was one sentence (nupunkt sees no end in "post.¹"), and "troops.[1]"
# ending a paragraph a sentence of its own, "[1]".  Only glued to the end and before a space or the text's end.
# So are a dagger and a double dagger, Word's and Google Docs' other note marks: "... in 2021.\u2020 Sovereignty
# worries ..." was one sentence, its first claim lost and the second read with the first's year.
_NOTE_NUMBER_AFTER_END = re.compile(
    r"(?<=[.!?\u2026\"\u201d\u2019')])"
    r"(?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}|[\u2020\u2021]{1,3}|(?:\[\d{1,3}(?:[,\u2013-] ?\d{1,3})*\])+)"
    r"(?=\s|\Z)"
)


def _without_note_numbers(text: str) -> str:
    """``text`` with the footnote numbers after a sentence's end (see above) turned into spaces: the same length."""
    return _NOTE_NUMBER_AFTER_END.sub(lambda match: " " * len(match.group()), text)


def sentence_spans(block: Block) -> list[tuple[int, int]]:
    """Where each sentence of ``block`` starts and ends in its text, in order (``split_block``'s sentences,
    before their spaces and a speaker's filler are taken off)."""
    # the Arabic question mark ends a sentence as "?" does (nupunkt knows only "?"); one character for one, so the
    # spans apply to the block's text as they are
    spans = _splitter().spans(defuse_long_runs(_without_note_numbers(block.text.replace("؟", "?"))))
    spans = list(_ranks_before_names_joined(_short_before_a_number_joined(spans, block.text), block.text))
    spans = list(_german_ordinals_joined(_laut_joined(spans, block.text), block.text))
    spans = list(_german_month_short_ends_apart(spans, block.text))
    apart = _danda_ends_apart(_us_openings_apart(_no_endings_apart(spans, block.text), block.text), block.text)
    apart = _full_width_ends_apart(apart, block.text)
    return list(_label_line_ends_apart(_emoji_line_ends_apart(apart, block), block))


def split_block(block: Block) -> Iterator[Sentence]:
    """The sentences of one block, in order."""
    # every sentence of a notice is the notice's: "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS ..."
    kind = BlockKind.NOTICE if block.kind is BlockKind.PARAGRAPH and is_notice(block.text) else block.kind
    for start, end in sentence_spans(block):
        text = block.text[start:end].strip()
        if block.spoken:
            text = without_filler(text)  # "Um, and I mean, the ...": "Um" was an actor, the filler no claim
        if text:
            # the publisher's description of itself is the publisher's, not the rest of its paragraph
            said_by = BlockKind.PUBLISHER if block.is_publishers(start) else kind
            last = block.line_at(max(start, end - 1))
            yield Sentence(text, block.line_at(start), said_by, block.speaker, block.spoken, last)


def split_sentences(blocks: Iterable[Block]) -> list[Sentence]:
    """The sentences of a sequence of blocks, in reading order."""
    return [sentence for block in blocks for sentence in split_block(block)]


#: the fewest words of a question searched alone: "Is that true?" asks about another sentence
_QUESTION_WORDS = 4
#: the fewest words of a sentence searched alone (``matching.STRONG_MATCH_WORDS``): "Wow.", "Thread 🧵" are no claims
_FEWEST_WORDS = 3


def statement_sentences(statement: str) -> list[str]:
    """The parts of a statement of several sentences that ``check --sentences`` also searches one at a time
    (``matching.search_statement``), split as ``scan`` splits a paragraph: "There are US troops in Mexico. Stay safe
    everyone." holds the claim in its first sentence, which the statement read whole (0.15) did not match.

    A sentence that closes with a verdict on the one before it ("X. That is false.",
    ``polarity.without_verdict_sentence``) is searched with it, so that the match says the statement denies X.  None
    (an empty list) when the statement is one sentence, or when one of its sentences judges another in words that
    rule is not sure of (``polarity.doubts_another_sentence``: "X. Lies!", "False. X.", "X. Don't believe it.", "X.
    Completely made up.", "X. I doubt it."), whatever its length: X alone would read as the statement
    agreeing with it, and silence beats that.  When verdict sentences are joined, only the parts they close are
    given (in "X. Y. That is false." the verdict may be on X too).  A part of fewer than three words ("Wow.",
    "Thread 🧵"), or that makes no claim by scan's rules ("Stay safe everyone.": ``_may_stand_alone``), is left out."""
    # here: polarity is the heaviest module; scan's splitting needs none of it
    from .polarity import doubts_another_sentence, without_verdict_sentence
    from .text import own_words

    # the writer's own words: an embedded post's attribution ("— Dana Whitfield (@dana) May 1, 2020"), its links and
    # handles are no sentence of the claim (the attribution alone matched claims about the poster: bench/checkthat.py)
    said = " ".join(own_words(statement).split())
    sentences = [s.text for s in split_block(Block(said, BlockKind.PARAGRAPH, ((0, 1),)))]
    if len(sentences) < 2:
        return []
    parts: list[str] = []
    closed: list[bool] = []  # whether a verdict sentence closes the part
    for sentence in sentences:
        if doubts_another_sentence(sentence):
            # a sentence judging or doubting another, of any length ("Lies!", "Completely made up.", "I doubt it.",
            # "he is wrong about it."): searched only as a closing verdict polarity reads ("X. That is false.");
            # else the statement is read whole, as a sentence of it alone would read as agreeing with its claim
            joined = f"{parts[-1]} {sentence}" if parts else sentence
            if not parts or without_verdict_sentence(joined) == joined:
                return []
            parts[-1], closed[-1] = joined, True
        else:
            parts.append(sentence)
            closed.append(False)
    if any(closed):
        parts = [part for part, judged in zip(parts, closed, strict=True) if judged]
    return [part for part in parts if len(part.split()) >= _FEWEST_WORDS and _may_stand_alone(part)]


def _may_stand_alone(part: str) -> bool:
    """Whether a part of a statement is worth searching alone: a claim by scan's rules (``claimlike.assess``), or a
    question ("Are there US troops in Mexico?", which ``check`` answers).  "Stay safe everyone.", "Is that true?"
    (no detail of its own) and "We have our name!" are not: on the CheckThat! tweets, such sentences searched
    alone matched another fact-check than the tweet's (bench/checkthat.py --sentences)."""
    from .claimlike import assess  # here: the claim rules load only for a statement of several sentences

    verdict = assess(part)
    return verdict.checkable or (verdict.reason == "question" and len(part.split()) >= _QUESTION_WORDS)
