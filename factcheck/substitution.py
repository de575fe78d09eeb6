"""Does a short statement put something else in one of the claim's places?

"US soldiers are stationed in Germany" shares "US soldiers ... stationed" with the checked claim
"Ten thousand American soldiers are stationed in Mexico", and a word matcher scores it high; but
it says Germany where the claim says Mexico, so the claim's verdict says nothing about it.  The
same with "There are many American tourists in Mexico" against "Nobody knows how many American
soldiers are in Mexico" (tourists for soldiers), or "In February 2024 ..." against "In February
2025 ..." (another year).

``substitutes(statement, claim, ...)`` detects this: a *distinctive* statement word the claim
lacks stands where the claim has a word the statement lacks, or the statement names something
the knowledge base never mentions while the claim names something the statement does not.

- distinctive: a name (written with a capital inside a sentence; a title or an initial, "Gen." or
  "J.", is none, and its dot ends no sentence), a number or date, or a word
  no claim of the knowledge base uses.  Ordinary words the knowledge base knows are not: "Ten
  thousand American soldiers are based in Mexico" is the claim above in other words.  Spelling
  variants of a claim word are not distinctive either ("protestors"/"protesters", "womxn"/"women",
  "spend"/"spent", "WH"/"White House").
- where: the runs of statement words absent from the claim and of claim words absent from the
  statement are compared by the words around them.  A run holding a name or number stands for a
  claim run of the same kind when one neighbour is the same word ("stationed [Germany]" /
  "stationed [Mexico]").  A run of other words needs both neighbours the same ("American
  [tourists] in Mexico" / "American [soldiers] are in Mexico"; the start or end of the text
  counts as a neighbour only on one side; after it, the words both texts share up to the next
  word one lacks may come in another order: "Mexican [fans celebrate] together at the border" /
  "Mexican [soldiers patrol] the border together"), a claim run at most one word longer, and one holding
  a word several claims use: a subject of the file (the soldiers it is about), not a word of one
  claim's wording ("stationed", which "based" may reword).  A verb of causing several claims use
  ("causes", "increases": a health desk's claims say what causes what) is the relation they share,
  no subject, where the statement says another verb of the same way ("triggers", "raises"); what
  such a verb says is caused is ("lung cancer" of "Smoking causes lung cancer"), however few claims
  name it, where the statement says the verb (``_holds_a_subject``).  A
  statement that adds words the claim has no place for ("I read that ...", "In Brazil a priest
  says ...") substitutes nothing.
- a name no claim of the file uses ("Iran" in "The US flies surveillance drones over Iran")
  needs no place: if the claim names something the statement lacks ("Mexico"), the statement is
  about something else, however its words are ordered.
- a place of the same name as one the claim names ("in Mexico" for "in New Mexico", "Korea" for
  "North Korea": ``another_place_of_the_same_name``), which shares its terms ("new" is a stop
  word), so the word comparison above cannot see it.

It is a heuristic for short statements typed by a person, where every word is meant: on long
posts, which add names, hashtags and asides to what they repeat, it would mostly reject right
matches.  The lexical matcher applies it to statements of at most a few content words
(``lexical.SHORT_STATEMENT_TERMS``) and measures what it costs on the CheckThat! posts
(``bench/short_statements.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Container, Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from enum import Enum
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple, Protocol

from .hanzi import TRADITIONAL_AS_SIMPLIFIED, spellings
from .lazyregex import AnyPattern, LazyPattern, built_once
from .months import (
    ENGLISH_MONTHS,
    FRENCH_DATING_WORDS,
    FRENCH_MONTHS,
    GERMAN_MONTHS,
    ITALIAN_DATING_WORDS,
    ITALIAN_MONTHS,
    PORTUGUESE_MONTHS,
    SPANISH_DATING_WORDS,
    SPANISH_MONTHS,
)
from .text import CAPITAL_CITIES as _CAPITAL_CITIES
from .text import CAPITALS_OF_WORDS as _CAPITALS_OF_WORDS
from .text import COUNTRIES_OF_WORDS as _COUNTRIES_OF_WORDS
from .text import COUNTRY_NAMES as _COUNTRY_NAMES
from .text import SEATS_OF_GOVERNMENT as _SEATS_OF_GOVERNMENT
from .text import (
    SPANISH_STOP_WORDS,
    SPANISH_WEEKDAY,
    STOP_WORDS,
    Language,
    fold,
    german_number_name,
    name_pairs,
    own_words,
    plain_terms,
    reads_german,
    reads_portuguese,
    spelled_out,
    stem,
    terms,
    text_language,
)
from .textcache import text_cache
from .years import (
    NO_BOUNDS,
    Bounds,
    Date,
    bounds_of,
    dated_years,
    dates_of,
    is_decade,
    is_year_number,
    is_year_or_decade,
    same_time,
)


class StandIns(Protocol):
    """Who sends troops for a country (``_stand_ins``): the country of a sender's term, or ``default``."""

    def get(self, key: str, default: str, /) -> str: ...


class _NoStandIns:
    """No one known to send troops for a country."""

    def get(self, key: str, default: str, /) -> str:
        return default


#: no one known to send troops for a country (``_stand_ins``)
_NO_STAND_INS: StandIns = _NoStandIns()


class Kind(Enum):
    """What a word of a wording is, for deciding what it can stand for."""

    NUMBER = "number"  # digits, a month or a weekday
    NAME = "name"  # written with a capital inside a sentence (not the first word)
    OPENING = "opening"  # capitalised first word of a sentence: a name or an ordinary word
    WORD = "word"


@dataclass(frozen=True)
class Vocabulary:
    """What the knowledge base's claims say: every term they use, those more than one claim uses (the file's
    subjects: troops, Mexico, the Merida Initiative; not one claim's own wording), and who sends troops for a
    country (``_stand_ins``: "sheinbaum" for "mexico")."""

    known: Container[str]
    recurring: Container[str]
    stand_ins: StandIns = _NO_STAND_INS


@dataclass(frozen=True)
class Wording:
    """A text's content terms in order (``text.terms``), each with its kind."""

    terms: tuple[str, ...]
    kinds: tuple[Kind, ...]
    #: the terms of the name a text opens with after a person's title ("trump" of "President Trump sent ...",
    #: ``_title_positions``); none when it opens otherwise
    titled_opening: tuple[str, ...] = ()
    #: read as Spanish (``text_language``): only there is "franci" the country Francia ("Pope Francis" is none)
    spanish: bool = False
    #: the terms of the years and decades the text gives as a time (``years.dated_years``: "in 2019", "In January
    #: 2024,", "during the 1990s"), not a year naming a thing ("the 2015 Paris agreement"), a bound ("by 2027", "from
    #: 2035"), a count ("2000 police officers") or an age ("in their 30s"): the years ``_another_year`` compares
    dated: frozenset[str] = frozenset()
    #: the bounds and ranges of years the text gives ("by March 2027", "antes de 2027", "between 2019 and 2021":
    #: ``years.bounds_of``), their words as terms, and the terms of the numbers and months it gives outside them: a
    #: bound holding the claim's date says no other (``years.Bounds.held`` of the claim's ``dates``)
    bounds: Bounds = NO_BOUNDS
    #: the dates the text gives, each the months it covers ("February 2026": one; "2026": twelve; ``years.dates_of``)
    dates: tuple[Date, ...] = ()

    @property
    def distinct_terms(self) -> int:
        return len(set(self.terms))


_MONTHS = [month.lower() for month in ENGLISH_MONTHS]
#: a month's usual abbreviations, as terms, and the month's term ("feb" -> "februari")
_MONTH_ABBREVIATIONS = {
    stem(abbreviation): stem(month)
    for month in _MONTHS
    for abbreviation in ({month[:3], "sept"} if month == "september" else {month[:3]})
    if abbreviation != month
}
_DATES = frozenset(
    [stem(word) for word in [*_MONTHS, *"monday tuesday wednesday thursday friday saturday sunday".split()]]
    + list(_MONTH_ABBREVIATIONS)
)
#: the months of other languages (``months``), folded as a text's words are: Portuguese "março" folds to the name
#: "marco", read only as written with its "ç" (``_MARCH_IN_PORTUGUESE``); the English months of the German table
#: are ``is_date``'s
_SPANISH_MONTHS = frozenset(map(fold, SPANISH_MONTHS))
_PORTUGUESE_MONTHS = frozenset(map(fold, PORTUGUESE_MONTHS)) - {"marco"}
_FRENCH_MONTHS = frozenset(map(fold, FRENCH_MONTHS))
_ITALIAN_MONTHS = frozenset(map(fold, ITALIAN_MONTHS))
_GERMAN_MONTHS = frozenset(map(fold, GERMAN_MONTHS)) - set(_MONTHS)
_OTHER_MONTHS = _SPANISH_MONTHS | _PORTUGUESE_MONTHS | _FRENCH_MONTHS | _ITALIAN_MONTHS | _GERMAN_MONTHS
#: Portuguese "março" as written (in lower case or capitalised), which ``fold`` makes the name "Marco"
_MARCH_IN_PORTUGUESE = LazyPattern(r"(?i:m)arço")
_ITALIAN_DATING_WORDS = frozenset(map(fold, ITALIAN_DATING_WORDS))
_FRENCH_DATING_WORDS = frozenset(map(fold, FRENCH_DATING_WORDS))
#: a word or a number of a text, for reading what stands beside a month
_WORD_OR_NUMBER = re.compile(r"[^\W\d_]+|\d+")
#: the words that join a month to its day or year ("febrero de 2025", "3 de febrero", "March of 2025")
_DATE_JOINERS = frozenset("de del di of".split())
#: words that date the month after them in a text of its language (Spanish's are ``months``'s, as the claim rules
#: read them): "en febrero", "desde marzo", "im Februar"; alone, "mayo" is mayonnaise as often
_DATING_WORDS = frozenset(map(fold, SPANISH_DATING_WORDS)) | frozenset(
    "del em ate depuis im seit ab bis vom zum anfang ende mitte".split()
)


@text_cache(maxsize=1024)
def months_of_other_languages(text: str) -> frozenset[str]:
    """The terms of the months ``text`` writes in Spanish, Portuguese, French, Italian or German, which ``is_date``
    reads in English only, as the text's terms have them ("febrer" in Spanish): those beside a number that dates them
    (``_beside_a_number``: "febrero de 2025", "3 de febrero", "Februar 2025", "3 marzo 2025"), and, in a text read as
    their language (``text_language``, which reads French and Portuguese as Spanish; ``reads_portuguese``;
    ``reads_german``), those after a word that dates them ("en febrero", "im Februar"), in lower case but in German:
    capitalised, "Julio" and "Mayo" are names as often.  A French or Italian month in lower case after a word of its
    language that dates it is read in any text ("en février", "a febbraio"): a text too short to read as French or
    Italian is read as English.  Not "Mayo Clinic study in 2024", "Julio Frenk said in 2025", "Mai Khoi", "Avril
    Lavigne", "Marco Rubio" (Portuguese "março" is read as written with its "ç"), "Anthony Maggio, 45"; in an English
    text, "mars" only in lower case as "3 mars 2025" or after a French word that dates it ("en mars"): not "NASA's Mars
    2020 rover", "nasa mars 2020 rover", "Scandal mars 2024 election", "I ate 3 mars bars"."""
    found = list(_WORD_OR_NUMBER.finditer(text))
    words = [fold(match.group()) for match in found]
    # "março" as written: "Marco" is a name
    months = [
        word in _OTHER_MONTHS or (word == "marco" and _MARCH_IN_PORTUGUESE.fullmatch(match.group()) is not None)
        for word, match in zip(words, found, strict=True)
    ]
    if not any(months):
        return frozenset()  # most texts: read no language
    language = text_language(text)
    portuguese, german_text = reads_portuguese(text), reads_german(text)
    english = language is Language.ENGLISH and not german_text and not portuguese
    # the months of the text's own language: written in lower case but in German
    own = _SPANISH_MONTHS | _FRENCH_MONTHS if language is Language.SPANISH else frozenset()
    own |= _PORTUGUESE_MONTHS | {"marco"} if portuguese or language is Language.SPANISH else frozenset()
    own |= _ITALIAN_MONTHS if language is Language.ITALIAN else frozenset()
    german = _GERMAN_MONTHS if german_text else frozenset()
    read = []
    for at, word in enumerate(words):
        if not months[at]:
            continue
        lower_case = found[at].group().islower()
        if english and word == "mars":
            # English's "mars" ("Scandal mars 2024 election", "nasa mars 2020 rover", "3 mars bars"), the planet and
            # the bar: the French month only as "3 mars 2025" or after a French word that dates it ("en mars")
            dated = (_a_day_before(words, at) and _a_year_after(words, at)) or (
                at > 0 and words[at - 1] in _FRENCH_DATING_WORDS
            )
            if lower_case and dated:
                read.append(word)
        elif (
            _beside_a_number(words, at)
            or (_a_day_after(words, at) and not _after_a_name(text, found, at))
            or (at > 0 and _dated(word, words[at - 1], lower_case, own, german))
        ):
            read.append(word)
    return frozenset(term for word in read for term in terms(word, language))


def _dated(month: str, before: str, lower_case: bool, own: frozenset[str], german: frozenset[str]) -> bool:
    """Is the ``month`` (folded) dated by the word ``before`` it: a German month of a German text after a word that
    dates it (``_DATING_WORDS``), a month of the text's ``own`` language in lower case after one, or a French or
    Italian one in lower case after a word of its own language that does (in any text)?"""
    if month in german:
        return before in _DATING_WORDS
    if not lower_case:
        return False
    return (
        (month in own and before in _DATING_WORDS)
        or (month in _FRENCH_MONTHS and before in _FRENCH_DATING_WORDS)
        or (month in _ITALIAN_MONTHS and before in _ITALIAN_DATING_WORDS)
    )


def _beside_a_number(words: Sequence[str], at: int) -> bool:
    """Is the word at ``at`` of a text's folded ``words`` beside a number that dates it: a day (1 to 31) before it
    ("3 febrero", "3. Februar") or a year after it ("Februar 2025"), or joined to one by "de", "del", "di" or "of"
    ("3 de febrero", "febrero de 2025", "March of 2025")?  Not "Anthony Maggio, 45, was arrested".  (A day after
    it, "febrero 3 de 2025", is ``_a_day_after``'s, not after a name: "Anthony Maggio, 25".)"""
    return _a_day_before(words, at) or _a_year_after(words, at)


def _a_day_before(words: Sequence[str], at: int) -> bool:
    """Is a day of the month (1 to 31) the word before ``words[at]``, or the word before its joiner ("3 de")?"""
    before = words[max(at - 2, 0) : at][::-1]
    day = before[0] if before and before[0].isdigit() else None
    if day is None and len(before) > 1 and before[0] in _DATE_JOINERS:
        day = before[1]
    return day is not None and day.isdigit() and 1 <= int(day) <= 31


def _a_day_after(words: Sequence[str], at: int) -> bool:
    """Is a day of the month (1 to 31, one or two digits) the word after ``words[at]``: "febrero 3 de 2025", "enero
    15, 2025", "mayo 10", "Februar 25"?  Not "Anthony Maggio, 45"."""
    after = words[at + 1] if at + 1 < len(words) else ""
    return after.isdigit() and len(after) <= 2 and 1 <= int(after) <= 31


def _after_a_name(text: str, found: Sequence[re.Match[str]], at: int) -> bool:
    """Is the capitalised word at ``at`` of ``found`` (the text's words) right after another capitalised one, with
    only spaces between: the last name of a person ("Anthony Maggio, 25"), no month a day follows?"""
    if at == 0 or found[at].group()[:1].islower():
        return False
    before = found[at - 1]
    return before.group()[:1].isupper() and not text[before.end() : found[at].start()].strip()


def _a_year_after(words: Sequence[str], at: int) -> bool:
    """Is a year (four digits) the word after ``words[at]``, or the word after its joiner ("de 2025")?"""
    after = words[at + 1 : at + 3]
    year = after[0] if after and after[0].isdigit() else None
    if year is None and len(after) > 1 and after[0] in _DATE_JOINERS:
        year = after[1]
    return year is not None and year.isdigit() and len(year) == 4


_TOKEN = re.compile(r"\S+")
_OPENING_MARKS = "\"'“‘«(["
_CLOSING_MARKS = "\"'”’»)]*"
#: what may stand around a word of a text: quotes, brackets and punctuation
_AROUND_A_WORD = _OPENING_MARKS + _CLOSING_MARKS + ",;:!?…."


def _bare(tokens: Iterable[str]) -> list[str]:
    """Each token without the marks around it, folded (``fold``): the words to compare."""
    return [fold(token.strip(_AROUND_A_WORD)) for token in tokens]


_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")  # "U.S." ends no sentence
#: a name's initial ("J." of "John J. Pershing"): part of a name that says nothing alone
_INITIAL = re.compile(r"[A-Z]\.")
#: titles and ranks written short, which stand before a name ("Gen. Pershing", "Sen. Cruz") or after one
#: ("Jr."), and places' "St." / "Ft." / "Mt."
_TITLES = frozenset(
    "gen sen lt col dr mr mrs ms st gov rep pres jr sr capt maj sgt cpl adm cmdr brig prof rev hon supt "
    "gens sens reps ft mt "
    # Spanish (sentences.SPANISH_TITLES)
    "sra srta dra gral lic ing tte sgto pdte mtro mtra cnel gob".split()
)
#: a person's titles written out, in English and Spanish, which belong to the name after them: "President Trump",
#: "Senator Cruz", "la presidenta Sheinbaum" (``_title_positions``)
_ENGLISH_PERSON_TITLES = (
    "president senator governor secretary minister mayor congressman congresswoman representative judge chancellor "
    "ambassador admiral colonel captain sergeant lieutenant commander sheriff king queen prince princess premier "
    "speaker attorney"
)
_SPANISH_PERSON_TITLES = (
    "presidente presidenta senador senadora gobernador gobernadora secretario secretaria ministro ministra alcalde "
    "alcaldesa congresista diputado diputada juez jueza canciller embajador embajadora almirante coronel capitan "
    "sargento teniente comandante rey reina principe princesa"
)
_PERSON_TITLES = frozenset(f"{_ENGLISH_PERSON_TITLES} {_SPANISH_PERSON_TITLES}".split())
#: words that may stand in a person's title beside it, but are none alone ("former President", "Vice President",
#: "Prime Minister", "Attorney General"; "General Motors" is no title)
_TITLE_QUALIFIERS = frozenset("former ex then vice deputy prime acting chief general interim expresidente".split())
#: articles before a title: "la presidenta Sheinbaum", "the late Queen"
_TITLE_ARTICLES = frozenset("the el la los las".split())


@built_once
def _title_terms() -> frozenset[str]:
    """The terms of a title's words (``_a_person_for_a_country``).  Built when first read, not at import: only a
    wording opening with a title reads them."""
    return frozenset(
        terms(" ".join([_ENGLISH_PERSON_TITLES, *_TITLE_QUALIFIERS, *_TITLES]), Language.ENGLISH)
        + terms(_SPANISH_PERSON_TITLES, Language.SPANISH)
    )


#: spelling variants: share at least this fraction of their character 3-grams (Jaccard)
VARIANT_GRAMS = 0.34


def _title_positions(tokens: Sequence[str]) -> frozenset[int]:
    """The positions of the tokens that are a person's title before the name they belong to: a run of titles
    (``_PERSON_TITLES``, ``_TITLES``) with the words beside them (``_TITLE_QUALIFIERS``, an article first) that
    holds one title and is followed by a word written with a capital ("President Trump", "Vice President Vance",
    "la presidenta Claudia Sheinbaum", "Sen. Cruz"); not a title before a word in lower case ("Mexico's president
    sent ...": the country's president, who sends as the country does, ``_as_its_country``)."""
    found: set[int] = set()
    run: list[int] = []
    # whether the run holds a title: kept as the run grows, not read again from it at each token (a run of 3,300
    # "ex" made that quadratic: 21 s for one statement)
    titled = False
    for at, token in enumerate(tokens):
        word = token.strip(_AROUND_A_WORD)
        bare = fold(word)
        if (
            bare in _PERSON_TITLES
            or bare in _TITLE_QUALIFIERS
            or _is_title(word)
            or (not run and bare in _TITLE_ARTICLES)
        ):
            run.append(at)
            titled = titled or bare in _PERSON_TITLES or _is_title(token)
            continue
        if run and titled and word[:1].isupper():
            found.update(run)
        run = []
        titled = False
    return frozenset(found)


@text_cache(maxsize=8192)
def _capitalised_terms(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """Terms of capitalised words inside sentences, of capitalised sentence openings, and of words written
    in lower case; None when capitals say nothing (a headline In Title Case, or text IN CAPITALS: no
    lower-case content word).  Cached, as the functions below reading names and places: comparing a
    statement with its candidates reads the same claim wordings and statement again and again."""
    inside: list[str] = []
    opening: list[str] = []
    lower: list[str] = []
    any_lower = False
    starts_sentence = True
    for token in _TOKEN.findall(text):
        word = token.strip(_OPENING_MARKS + _CLOSING_MARKS + ",;:!?…")
        first = starts_sentence or token[:1] in _OPENING_MARKS
        core = token.rstrip(_CLOSING_MARKS)
        # the dot of "U.S.", "J." or "Gen." ends no sentence: the name after it ("Pershing", "Cruz") is inside one
        starts_sentence = (
            core.endswith((".", "!", "?", ":", "…"))
            and not _INITIALS.fullmatch(core.rstrip("!?:…"))
            and not _is_title(core)
        )
        if not word or not word[0].isalpha():
            continue
        if _is_title(word) or _INITIAL.fullmatch(word):
            continue  # a rank or an initial is no name of its own: "Gen" and "J" against the claim's "US"
        if word[0].isupper():
            (opening if first else inside).append(spelled_out(word))
        elif fold(word) not in STOP_WORDS:
            any_lower = True
            lower.append(word)
    if not any_lower:
        return None
    language = text_language(text)  # alone, "Senado" is no Spanish text, and "El Paso" one
    german = reads_german(text)  # its number words are numbers: "Mehrere Hundert Migranten erreichten Lampedusa"
    return (
        frozenset(terms(" ".join(inside), language)) | _german_number_names(inside, language, german),
        frozenset(terms(" ".join(opening), language)) | _german_number_names(opening, language, german),
        frozenset(terms(" ".join(lower), language)),
    )


def _german_number_names(words: Sequence[str], language: Language, german: bool) -> frozenset[str]:
    """The terms of the German number words among capitalised ``words`` as their text may read them, as names:
    read apart from it, "Vier" of "the Vier brothers" or "Vier Pfoten rescued 500 dogs" opens a sentence and is
    4, and the text's "vier" was neither a name nor an opening word ("Neun Inch Nails" was noted as "Inch Nails").
    Where the text reads the word as digits, the term is a number's and these go unused.  None in a text that
    ``reads_german``, nor "Hundert", "Tausend" or their compounds, amounts of no name: "Mehrere Hundert Migranten",
    "Einige Tausend"."""
    if german:
        return frozenset()
    found = (german_number_name(word, language) for word in words)
    return frozenset(term for term in found if term is not None)


def _is_title(word: str) -> bool:
    """Is ``word`` a title or rank written short, as in a name ("Gen.", "Dr", "Sen."; not "GEN" or "gen")?"""
    bare = word.removesuffix(".")
    return bare[:1].isupper() and bare[1:].islower() and bare.lower() in _TITLES


#: a name with a small number joined by a hyphen: "COVID-19", "SARS-CoV-2", "Title-42".  The number is the
#: name's, no count or date: read as one, "Ivermectin cures covid in 5 days" put 5 in the place of the 19 of
#: "Ivermectin cures COVID-19" (capped), and "WHO declared COVID a pandemic on 11 March 2020" was noted as
#: saying 11 where the claim says COVID-19.  Four digits are a year ("mid-2025", "pre-2020").
_NUMBERED_NAME = re.compile(r"\b([^\W\d_]{2,})-\d{1,3}\b(?![-.,]?\d)")


@text_cache(maxsize=8192)
def analyse(text: str) -> Wording:
    """The statement's or claim wording's own words (``text.own_words``) as a ``Wording``; a name's number
    ("COVID-19") is no number of its own (``_NUMBERED_NAME``).  Its terms keep a German text's function words
    (``text.plain_terms``): the check reads runs of words between those of both texts."""
    words = _NUMBERED_NAME.sub(r"\1", own_words(text))
    found = tuple(plain_terms(words))  # a German text's function words kept: the runs between them are main's
    capitalised = _capitalised_terms(words)
    inside, opening, _ = capitalised if capitalised is not None else (frozenset[str](),) * 3
    kinds: list[Kind] = []
    for term in found:
        if term[:1].isdigit() or term in _DATES:
            kinds.append(Kind.NUMBER)
        elif term in inside:
            kinds.append(Kind.NAME)
        elif term in opening:
            kinds.append(Kind.OPENING)
        else:
            kinds.append(Kind.WORD)
    titled = _titled_opening(words) if capitalised is not None else ()
    dated = frozenset(term for year in dated_years(words) for term in plain_terms(year))
    language = text_language(words)
    bounds = bounds_of(words)
    # the bounds' words and the words outside them as terms (``plain_terms``), as the check compares a statement's
    # terms with a claim's; the differences note keeps them as written (``differences``: ``bounds_of`` alone)
    as_terms = Bounds(
        tuple(
            replace(bound, words=tuple(term for word in bound.words for term in plain_terms(word, language)))
            for bound in bounds.found
        ),
        frozenset(term for word in bounds.outside for term in plain_terms(word, language)),
    )
    return Wording(found, tuple(kinds), titled, language is Language.SPANISH, dated, as_terms, dates_of(words))


def _titled_opening(words: str) -> tuple[str, ...]:
    """The terms of the name a text's own ``words`` open with after a person's title (``_title_positions``): the
    capitalised words after the title ("Donald Trump" of "Former President Donald Trump said ..."); none when the
    text opens otherwise (after a short label: ``_after_label``)."""
    tokens = _TOKEN.findall(_after_label(words))
    titles = _title_positions(tokens)
    if 0 not in titles:
        return ()
    start = next(at for at in range(len(tokens)) if at not in titles)
    name: list[str] = []
    for token in tokens[start:]:
        word = token.strip(_AROUND_A_WORD)
        if not word[:1].isupper():
            break
        name.append(word)
        if token != word:
            break  # a comma or a full stop ends the name
    return tuple(terms(" ".join(name), text_language(words)))


@text_cache(maxsize=8192)
def written_in_lower_case(text: str) -> frozenset[str]:
    """The terms of the words ``text`` writes in lower case ("border" of "the US southern border"), none when
    its capitals say nothing (``_capitalised_terms``; cached: a claim's texts are read for every statement
    it is a candidate for)."""
    capitalised = _capitalised_terms(own_words(text))
    return frozenset(capitalised[2]) if capitalised is not None else frozenset()


def _grams(word: str) -> set[str]:
    padded = f" {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter changed, added or removed, in words of at least five letters ("womxn"/"women")."""
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 5:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    shorter, longer = sorted((a, b), key=len)
    return any(longer[:k] + longer[k + 1 :] == shorter for k in range(len(longer)))


def _extends(a: str, b: str) -> bool:
    """One stem is the other with an ending the stemmer left on ("know"/"knowledg"), in stems of at
    least four letters (three-letter stems begin too many unrelated words: "arm"/"armor")."""
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter)


def is_variant(term: str, others: Sequence[str]) -> bool:
    """Is ``term`` another spelling of one of ``others`` (or the initials of consecutive ones: "wh"; or a
    month's abbreviation: "feb"/"february")?"""
    if not term.isalpha():
        return False  # 2024 is not a spelling of 2025
    month = _MONTH_ABBREVIATIONS.get(term, term)
    if any(_MONTH_ABBREVIATIONS.get(other, other) == month for other in others if other in _DATES):
        return True
    if any(other.isalpha() and _spelled_alike(term, other) for other in others):
        return True
    return 2 <= len(term) <= 5 and term in "".join(other[0] for other in others)


@lru_cache(maxsize=65_536)
def _spelled_alike(term: str, other: str) -> bool:
    """Are two words another spelling of each other (``is_variant``)?  Cached: the same statement and claim
    terms are compared for every candidate of every sentence (210,650 pairs for a 1 MB article)."""
    grams, other_grams = _grams(term), _grams(other)
    return (
        len(grams & other_grams) >= VARIANT_GRAMS * len(grams | other_grams)
        or _one_edit_apart(term, other)
        or _extends(term, other)
    )


def is_count(term: str) -> bool:
    """Is a number term a count or amount ("10000", "155"), not a year (1800-2100), a month or a weekday?"""
    return term.isdigit() and not is_year_number(term)


def is_date(term: str, words: Container[str] = frozenset()) -> bool:
    """Is a term a time: a year (1800-2100), a decade ("2020s"), a month or a weekday (not a count)?  Not one of
    ``words``, the months a text writes as words (``months_as_words``: "US Marines march in Mexico")."""
    if term in words:
        return False
    return term in _DATES or (term.isdigit() and not is_count(term)) or is_decade(term)


@text_cache(maxsize=1024)
def months_as_words(text: str) -> frozenset[str]:
    """The terms of the months that are words too ("march", "may", "mar", "sep") that ``text`` writes in lower case
    and beside no number: "US Marines march in Mexico", "Navy SEALs may train there", not "in may 2025", "3 mar"."""
    dated = {stem((match.group(1) or match.group(2)).casefold()) for match in _MONTH_BESIDE_A_NUMBER.finditer(text)}
    return frozenset(
        term for term in written_in_lower_case(text) if term in _MONTHS_THAT_ARE_WORDS and term not in dated
    )


#: the terms of months that are words too: to march, may (a modal), to mar, "sep" (a separator, a sepal)
_MONTHS_THAT_ARE_WORDS = frozenset({"march", "may", "mar", "sep"})
_MONTH_WORDS = "|".join(sorted(_MONTHS_THAT_ARE_WORDS, key=len, reverse=True))
_MONTH_BESIDE_A_NUMBER = re.compile(
    rf"(?i)(?<![\w-])({_MONTH_WORDS})\.?(?=\s+\d)|(?<=\d)(?:st|nd|rd|th)?\s+({_MONTH_WORDS})\b"
)


def _runs(flags: Sequence[bool]) -> list[tuple[int, int]]:
    """(first, last) index of each run of consecutive True values."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i - 1))
            start = None
    return runs


def _neighbours(words: tuple[str, ...], run: tuple[int, int]) -> tuple[str | None, str | None]:
    """The words before and after a run (None at the start or end of the text)."""
    before = words[run[0] - 1] if run[0] > 0 else None
    after = words[run[1] + 1] if run[1] + 1 < len(words) else None
    return before, after


def _shared_after(words: tuple[str, ...], apart: Sequence[bool], run: tuple[int, int]) -> tuple[str, ...]:
    """The words after a run up to the next word the other text lacks (``apart``) or the end: the words that
    follow it in both texts."""
    shared: list[str] = []
    for word, is_apart in zip(words[run[1] + 1 :], apart[run[1] + 1 :], strict=True):
        if is_apart:
            break
        shared.append(word)
    return tuple(shared)


def _same_words(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """The same words in any order, two or more ("together at the border", "the border together"): one word
    in common is the neighbour itself, which ``substitutes`` compares as it is."""
    return len(one) >= 2 and sorted(one) == sorted(other)


def _stands_for(kind: Kind, other: Kind) -> bool:
    """Can a word of one kind take the place of a word of the other?  Names for names, numbers for
    numbers; a sentence's capitalised first word may be either a name or an ordinary word."""
    if Kind.NUMBER in (kind, other):
        return kind == other
    return kind == other or Kind.OPENING in (kind, other) or {kind, other} == {Kind.NAME, Kind.WORD}


def _strong_stands_for(kind: Kind, other: Kind) -> bool:
    """A name or number that needs only one neighbour in common: the claim word must be one too."""
    return kind in (Kind.NAME, Kind.NUMBER) and other != Kind.WORD and _stands_for(kind, other)


def substitutes(
    statement: Wording,
    statement_terms: Collection[str],
    claim: Wording,
    claim_terms: Collection[str],
    vocabulary: Vocabulary,
    *,
    names_and_numbers_only: bool = False,
) -> bool:
    """Does a distinctive word of ``statement`` stand where ``claim`` has a word the statement lacks?

    ``statement_terms``: every term of the statement, including its hashtags and handles (a claim
    word found there is not missing); ``claim``: the claim's wording closest to the statement;
    ``claim_terms``: the terms of all the claim's wordings; ``vocabulary``: the knowledge base's.
    ``names_and_numbers_only``: only a name or number in the place of a claim's name or number
    counts (the rule for longer statements: "Mexico's Senate approved 19 US Navy SEALs in February
    2025" for "... in February 2026"), not other words or a name the file never uses.
    """
    known = vocabulary.known
    statement = _capital_past_a_time_as_an_opening(capital_as_the_claims_country(statement, claim), claim)
    if not names_and_numbers_only:
        # a name after a title stays a name for the names-and-numbers check, as without the title: "President
        # Putin sent 3,000 troops to Poland ..." is no more the US's sending than "Putin sent ..." is
        statement = _a_person_for_a_country(statement, statement_terms, claim, vocabulary.stand_ins)
    # a year within a decade the other text gives is no other date: "in the 2020s" for "in February 2025"; nor is a
    # bound or range holding the claim's date: "Mexico's Senate had approved 19 Navy SEALs by 2027" put 2027 in the
    # place of "Mexico approved 19 US Navy SEALs to enter the country in 2026"'s year (capped at 0.2), and "Between
    # 2019 and 2021 Mexico passed a law limiting DEA agents" its years in that of "In December 2020 ..."
    bounded = statement.bounds.held(claim.dates, near=True)
    absent = [
        t not in claim_terms
        and not is_variant(t, claim.terms)
        and not (t[:1].isdigit() and any(same_time(t, c) for c in claim_terms))
        and t not in bounded
        for t in statement.terms
    ]
    title = _title_span(statement)  # a person's title is the person's, no word of its own: "President Trump"
    distinctive = [
        is_absent and at >= title and (kind in (Kind.NAME, Kind.NUMBER) or term not in known)
        for at, (is_absent, term, kind) in enumerate(zip(absent, statement.terms, statement.kinds, strict=True))
    ]
    # a country's name opening the statement, before a verb of approving or refusing (``_DEEDS``), is checked for
    # another country (``_unknown_actor_for_a_name``) even where the file knows it: "Guatemala approved 155 armed
    # US Marines ..." in a file naming Guatemala.  Not before a noun: "Mexico border wall construction resumed" is
    # the "US border" of its claim, "Switzerland tariffs rose" the claim's "tariffs on Swiss goods" (review49b)
    # A country's Spanish name is checked so before any verb ("Canadá invadió México en 1846"): Spanish writes
    # no noun right after it
    opened = _country_at(statement)
    opening_country = (
        len(absent) > 1
        and absent[0]
        and opened is not None
        and opened[1] < len(statement.terms)
        and (
            (statement.spanish and statement.terms[0] in _SPANISH_COUNTRY_NAMES)
            or any(statement.terms[opened[1]] in deed for deed in _DEEDS)
        )
    )
    if not any(distinctive) and not opening_country:
        return False
    missing = [
        t not in statement_terms
        and not is_variant(t, statement.terms)
        and not (t[:1].isdigit() and any(same_time(t, said) for said in statement.terms))
        for t in claim.terms
    ]
    claim_runs = [(run, _neighbours(claim.terms, run), claim.kinds[run[0] : run[1] + 1]) for run in _runs(missing)]
    # a name no claim of the file uses (Belarus, Iran), while the claim names something the statement
    # does not (Mexico): about something else, whatever the order of the words
    named = zip(distinctive, statement.kinds, statement.terms, strict=True)
    if (
        not names_and_numbers_only
        and any(d and k == Kind.NAME and t not in known for d, k, t in named)
        and any(m and k in (Kind.NAME, Kind.OPENING) for m, k in zip(missing, claim.kinds, strict=True))
    ):
        return True
    if not names_and_numbers_only and _another_year(statement, distinctive, claim, missing):
        return True  # a year of its own, wherever it stands, while the claim's is not said: another date
    effect: range | None = None  # the claim's effect (``_effect``), when first needed
    for run in _runs(absent):
        span = slice(run[0], run[1] + 1)
        kinds = [k for k, d in zip(statement.kinds[span], distinctive[span], strict=True) if d]
        if not kinds and not (run[0] == 0 and opening_country):
            continue
        before, after = _neighbours(statement.terms, run)
        frame_after = _shared_after(statement.terms, absent, run)
        for claim_run, (claim_before, claim_after), claim_kinds in claim_runs:
            same_before = before is not None and before == claim_before
            same_after = after is not None and after == claim_after
            # a Spanish verb after a country's name is the English claim's with an ending left on ("invadió" for
            # "invaded"), or another of its deed ("aprobó" for "approved")
            same_verb_after = (
                not same_after
                and after is not None
                and claim_after is not None
                and _same_deed(after, claim_after)
                and claim_run[0] <= 1
                and _a_country_for_a_country(statement, claim)
            )
            if run == (0, 0) and same_verb_after and statement.kinds[0] is Kind.OPENING:
                return True  # another country's doing
            if not (same_before or same_after):
                continue
            pairs = [(k, c) for k in kinds for c in claim_kinds]
            if same_after and _unknown_actor_for_a_name(statement, run, claim, claim_run, known):
                return True  # a name in a name's place, for the names-and-numbers check too
            if not kinds:
                continue  # a country the file knows, checked only as an actor for another
            if run == (0, 0) and claim_run[0] == 0 and _another_name_of_the_country(statement, claim):
                # the claim's country by another of its names, for it and its institution: "Britain approved the
                # Rwanda asylum bill in April 2024" was capped (0.20) as another than "The UK Parliament approved ..."
                continue
            if names_and_numbers_only:
                # a capitalised first word may be an ordinary word or a name: not certain enough here
                if any(_strong_stands_for(k, c) and c != Kind.OPENING for k, c in pairs):
                    return True
                continue
            if any(_strong_stands_for(k, c) for k, c in pairs):
                return True
            # other words: in the same frame on both sides, for a phrase at most one word longer
            # ("Kim and Kanye [split]" does not replace "Kanye [West announced ... divorcing]") that
            # holds one of the file's subjects: "American [tourists] in Mexico" replaces the troops the
            # file is about, "soldiers are [based] in Mexico" only rewords one claim's "stationed"
            # the words both texts share after the runs may come in another order: "US and Mexican [fans celebrate]
            # together at the border" in the frame of "US and Mexican [soldiers patrol] the border together"
            both_sides = before == claim_before and (
                after == claim_after or _same_words(frame_after, _shared_after(claim.terms, missing, claim_run))
            )
            comparable = claim_run[1] - claim_run[0] <= run[1] - run[0] + 1
            if effect is None:  # once: per pair of runs it read all the claim's terms (quadratic in a long claim)
                effect = _effect(claim, statement)
            subject = _holds_a_subject(claim, claim_run, statement, run, vocabulary, effect)
            if both_sides and comparable and subject and any(_stands_for(k, c) for k, c in pairs):
                return True
    return False


def _another_year(statement: Wording, distinctive: Sequence[bool], claim: Wording, missing: Sequence[bool]) -> bool:
    """Does the statement say a year or decade of its own as a time (``distinctive``: no claim wording's, nor holding
    one: ``same_time``; ``Wording.dated``), beside another word of its own, while the claim's wording says one as a
    time the statement does not (``missing``), wherever each stands?  The runs ``substitutes`` compares need a
    neighbour in common, which a year rarely has once the sentence is turned round: "Manila signed a defence treaty
    with the US in 2019" (the deal told from the other side: "US" before the year, where the claim has "Philippines")
    was shown at 1.00 as "The US signed a defence treaty with the Philippines in 1951", with a note of the other year
    (``differences``, which compares years in any order).  A year alone is left to that note: "In 2019, Canada
    legalised recreational cannabis" is shown as "... in 2018" with it (capping it showed a neighbour claim instead:
    "The Mérida Initiative was replaced in 2022" as "Congress spent about $3.5 billion on the Mérida Initiative",
    TRUE, 0.97).  A year naming a thing ("the 2015 Paris agreement"), a bound ("by 2027", "from 2035"), a count
    ("2000 police officers") or an age ("in their 30s") is no time (review of actor97).  Years only, not a month or a
    weekday ("On Tuesday, ..." may be in the claim's month): a claim's year said as a decade holding it ("in the
    1950s") or the same year in another form ("in August 1951") is no other.  A short statement's only
    (``substitutes``' whole check): a longer one may date another deed than the claim's, where it says nothing of the
    claim's date ("Russia ratified the New START treaty in January 2011 after the US Senate ratified the accord" for
    "The US Senate ratified the New START treaty with Russia in December 2010")."""
    years = [
        kind is Kind.NUMBER and term in statement.dated and is_year_or_decade(term)
        for kind, term in zip(statement.kinds, statement.terms, strict=True)
    ]
    said = any(is_year and is_distinctive for is_year, is_distinctive in zip(years, distinctive, strict=True))
    # the year beside another word of the statement's own, not alone: a year alone is what ``differences`` notes
    # ("The Mérida Initiative was replaced in 2022" keeps its claim of 2021, with the note), and the cap showed a
    # neighbour claim in its place (review of actor97, finding 3: "Congress spent about $3.5 billion on the Mérida
    # Initiative" at 0.97, TRUE, no note)
    other = any(is_distinctive and not is_year for is_year, is_distinctive in zip(years, distinctive, strict=True))
    return (
        said
        and other
        and any(
            is_missing and kind is Kind.NUMBER and term in claim.dated and is_year_or_decade(term)
            for is_missing, kind, term in zip(missing, claim.kinds, claim.terms, strict=True)
        )
    )


def _unknown_actor_for_a_name(
    statement: Wording, run: tuple[int, int], claim: Wording, claim_run: tuple[int, int], known: Container[str]
) -> bool:
    """Does the statement open with another actor than the claim's, before the word that follows the claim's name
    the statement lacks: another country's name than the claim's opening one, known to the file or not
    (``_a_country_for_a_country``), or one word no claim of the file uses, before the verb that follows a name of
    the claim the statement lacks, of whom the claim says nothing?  "Bolsonaro rejected Trump's offer to
    send US troops into Mexico" was shown TRUE "Mexico's president turned down Trump's offer ..." (0.998) by its
    alias "Trump offered to send troops to Mexico and Sheinbaum refused": "Bolsonaro", the sentence's capitalised
    first word, may be an ordinary word (``Kind.OPENING``), so it needed both neighbours the same, and a sentence
    opening has none before it.  Only where the word after both is an ordinary word (the verb: "[Bolsonaro]
    rejected", "[Sheinbaum] refused"), and the claim's is surely a name (``Kind.NAME``, not a claim's own opening:
    "Jabs cause autism" may reword "Vaccines cause autism"): "Allegedly Sheinbaum refused ..." has a name after
    its first word, and adds a word where the claim has none."""
    if run != (0, 0) or statement.kinds[0] is not Kind.OPENING:
        return False
    if claim_run[0] <= 1 and _a_country_for_a_country(statement, claim):
        return True
    if claim_run[0] <= 1 and _another_name_of_the_country(statement, claim):
        # another of the claim's country's names is no other actor (``_SAME_COUNTRY``): "Holland legalised
        # same-sex marriage in 2001" was capped (0.20) as another than "The Netherlands legalised ...", "Holland"
        # a word no claim uses, as "Bolsonaro" is
        return False
    if statement.terms[0] in known:
        return False
    lacked = claim.kinds[claim_run[0] : claim_run[1] + 1]
    after = claim_run[1] + 1
    return (
        all(kind is Kind.NAME for kind in lacked)
        and len(statement.kinds) > 1
        and statement.kinds[1] is Kind.WORD
        and after < len(claim.kinds)
        and claim.kinds[after] is Kind.WORD
    )


def _a_country_for_a_country(statement: Wording, claim: Wording) -> bool:
    """Is a statement's opening term a country's name other than the one its claim's wording opens with
    (its first term, where the words the statement lacks start at it or right after it), before the
    same word: another actor, known to the file or not (``substitutes`` checks an opening country the file knows
    here too, before a verb of approving or refusing)? Another of one country's names is none (``_same_country``:
    "Britain's inflation hit ..." for "UK inflation hit ..."). "Guatemala approved 155 armed US Marines entering the
    country in spring 2025" was shown as TRUE "Mexico approved 155 armed US Marines ..." at 1.00, as "Colombia
    approved 155 US Marines for a joint exercise in March 2025" was by its alias opening with "Mexico's Senate" (the
    claim's words the statement lacks, which the country opens), and "Canada turned down Trump's offer to send the
    US Army into Mexico" as "Mexico's president turned down ..." (the claim's words the statement lacks being the
    president, right after the country it names elsewhere): a sentence's capitalised first word may be an ordinary
    word (``Kind.OPENING``), which a claim's own opening may reword ("Jabs cause autism" for "Vaccines cause
    autism"), but a country's name is none (``text.COUNTRY_NAMES``, or another name of a country's:
    ``_country_term``, "Canadá invadió México en 1846", "Ottawa approved ...")."""
    said, claimed = _country_at(statement), _country_at(claim)
    return said is not None and claimed is not None and said[0] != claimed[0]


def _another_name_of_the_country(statement: Wording, claim: Wording) -> bool:
    """Do a statement's opening term and its claim's name one country, by names of it, not its capital city
    ("Holland" and "Netherlands", "Canadá" and "Canada"; not "London" and "UK", a city of it), unless the capital
    stands for its government (``_capital_for_its_government``: "London approved the Rwanda asylum bill ...")?"""
    said, claimed = _country_at(statement), _country_at(claim)
    return (
        said is not None
        and claimed is not None
        and said[0] == claimed[0]
        and (not _is_capital(statement.terms[: said[1]]) or _capital_for_its_government(statement))
        and (not _is_capital(claim.terms[: claimed[1]]) or _capital_for_its_government(claim))
    )


#: terms of a time that a statement may say before or after the capital city it opens with, which no date of a claim
#: compares (``capital_as_the_claims_country``): "On Tuesday, Washington imposed ...", "Washington last week ..."
_TIMES_OF_NO_DATE = frozenset(
    terms("monday tuesday wednesday thursday friday saturday sunday last week earlier month yesterday today")
)


def capital_as_the_claims_country(statement: Wording, claim: Wording) -> Wording:
    """``statement`` with the capital city it opens with, past a time ("On Tuesday, Washington imposed ...",
    "Washington on Tuesday imposed ...", "In March 2018, London expelled ..."), read as the country its claim's
    ``wording`` opens with, where the capital stands for that country's government (``_capital_for_its_government``,
    read of the statement without its times): each was capped (0.20) as another actor than "The US imposed sanctions
    on Russia's central bank in February 2022" or "The UK expelled 23 Russian diplomats in March 2018", and
    "Washington withdrew from the Paris climate agreement in 2020" as another than "The US left ...", by another
    verb.  Only a weekday, "last week", "yesterday" or a date the claim gives (a month or a year it has) may stand
    beside the capital: "In 2019, Washington imposed ..." keeps its year, another than the claim's, and so its
    difference; "Washington imposed ..." for "Russia imposed ..." and "Berlin froze rents ..." stay as they were.
    The one home of that reading: the differences check (``differences.differences``) reads a statement so too."""
    if (claims_country := _country_at(claim)) is None:
        return statement
    country, claims_length = claims_country
    at = _past_a_time(statement, claim)
    said = _country_at(statement, at) if at is not None else None
    if at is None or said is None or not _is_capital(capital := statement.terms[at : at + said[1]]):
        return statement  # "In 2019, Washington ...": a date of the statement's own stays, and its difference
    end = at + said[1]  # past the capital's terms: "Kuala Lumpur" has two
    after = next((i for i in range(end, len(statement.terms)) if statement.terms[i] not in _TIMES_OF_NO_DATE), at)
    if said[0] != country:
        return statement
    deed = claim.terms[claims_length : claims_length + 2]  # the claim's terms after its country: its deed
    if (at > 0 or after > end) and not _the_claims_deed(statement.terms[after], deed):
        # past a time, only the claim's own deed: "In 2020, Washington joined a pact of states to keep the Paris
        # climate agreement" is no "The US left the Paris climate agreement in 2020" (shown as it at 0.99)
        return statement
    kinds = (Kind.OPENING, *statement.kinds[at + 1 : end])
    untimed = Wording((*capital, *statement.terms[after:]), (*kinds, *statement.kinds[after:]))
    if not _capital_for_its_government(untimed):
        return statement
    # the claim's country in the capital's place, by as many terms as the claim names it with ("Seoul signed ..." for
    # "South Korea signed ..."), its first of the capital's kind
    terms_read = (*statement.terms[:at], *claim.terms[:claims_length], *statement.terms[end:])
    kinds_read = (*statement.kinds[: at + 1], *claim.kinds[1:claims_length], *statement.kinds[end:])
    return replace(statement, terms=terms_read, kinds=kinds_read)


def _past_a_time(statement: Wording, claim: Wording) -> int | None:
    """Where ``statement``'s first term past a time of no date or a date ``claim`` gives stands ("In 1951, Manila
    ...", "On Tuesday, Washington ..."), None for a statement of nothing else: where a capital opening it past the
    time is read (``capital_as_the_claims_country``, ``_capital_past_a_time_as_an_opening``)."""
    claimed = set(claim.terms)
    return next(
        (
            i
            for i, term in enumerate(statement.terms)
            if term not in _TIMES_OF_NO_DATE and not (is_date(term) and term in claimed)
        ),
        None,
    )


def _capital_past_a_time_as_an_opening(statement: Wording, claim: Wording) -> Wording:
    """``statement`` with a capital city standing for its government (``_capital_for_its_government``), of a country
    ``claim`` names after its own (the other side of its deed), after nothing but a time of no date or a date the claim
    gives ("In 1951, Manila signed a defence treaty with the US", "On Tuesday, ...") read as the sentence's opening it
    would be without the time (``Kind.OPENING``), not as a name inside it, as "Manila signed ... in 1951" is.  As a
    name, it was a name no claim holds in the place of the claim's "Philippines" ("The US signed a defence treaty with
    the Philippines in 1951", a deal told from one side: ``_a_deal_of_the_two``), capped at 0.20, while the untimed
    statement found the claim.  A date of the statement's own keeps the cap: "In 2019, Manila signed ..." (untimed,
    "Manila signed ... in 2019" too: ``_another_year``).  The claim's own country's capital is
    ``capital_as_the_claims_country``'s."""
    at = _past_a_time(statement, claim)
    if not at or statement.kinds[at] is not Kind.NAME or (said := _country_at(statement, at)) is None:
        return statement
    if (claims := _country_at(claim)) is None or claims[0] == said[0]:
        # the claim's own country: read by ``capital_as_the_claims_country`` or not at all ("In 2020, Washington
        # joined a pact of states to keep the Paris climate agreement" is no "The US left ... in 2020")
        return statement
    if not any(
        (other := _country_at(claim, i)) is not None and other[0] == said[0] for i in range(1, len(claim.terms))
    ):
        # no other side of the claim's: "In 2007, Pyongyang signed a free trade agreement with the US" stays
        # another than "South Korea signed ..." (shown as it at 1.00 when read so)
        return statement
    end = at + said[1]
    if not _is_capital(statement.terms[at:end]):
        return statement
    untimed = Wording(statement.terms[at:], (Kind.OPENING, *statement.kinds[at + 1 :]))
    if not _capital_for_its_government(untimed):
        return statement
    kinds = (*statement.kinds[:at], Kind.OPENING, *statement.kinds[at + 1 :])
    return replace(statement, kinds=kinds)


#: terms of leaving an agreement or an alliance, one deed however worded (``_the_claims_deed``)
_LEAVING = frozenset(
    stem(word) for word in "withdraw withdrew withdrawn pull pulled leave left quit exit exited".split()
)


def _the_claims_deed(verb: str, claimed: Sequence[str]) -> bool:
    """Is a statement's ``verb`` the deed of one of the ``claimed`` terms (a claim's after its country): the same verb
    or another of the same deed (``_same_deed``), or leaving by another word ("withdrew" for "left", ``_LEAVING``)?
    Joining, signing or keeping to an agreement is not leaving it."""
    return any(_same_deed(verb, other) or (verb in _LEAVING and other in _LEAVING) for other in claimed)


def _capital_for_its_government(wording: Wording) -> bool:
    """Does a wording open with a capital city standing for its country's government: before a verb of a
    government's deed (``_government_deeds``), of a text naming another country or foreign affairs (a treaty, NATO:
    ``_foreign_affairs``)?  "Washington ratified the New START treaty with Russia in December 2010", "Ankara approved
    Sweden's NATO membership in January 2024" and "Berlin sent Leopard 2 tanks to Ukraine in 2023" are the US's,
    Turkey's and Germany's deeds, and were capped (0.20) as another actor than "The US Senate ratified ...",
    "Turkey's parliament approved ...", "Germany sent ...".  A city's own deed stays the city's: "Berlin froze rents
    ...", "Washington legalised recreational cannabis in 2012" (Washington state), "Berlin approved a rent cap in
    2020", "Washington ratified the Equal Rights Amendment in 1973" (a deed of government, of no other country)."""
    opened = _country_at(wording)
    length = opened[1] if opened is not None else 1  # "Kuala Lumpur" has two terms
    if len(wording.terms) < length + 2 or not _a_government_deed(wording.terms[length:]):
        return False
    own = opened[0] if opened is not None else None
    for at in range(length + 1, len(wording.terms)):
        term = wording.terms[at]
        if term in _foreign_affairs():
            return True
        country = _country_term(_DEMONYMS.get(term, term), wording.spanish)
        if country is None and (named := _country_at(wording, at)) is not None:  # of words: "... with South Korea"
            country = named[0]
        if country is not None and country != own:
            return True
    return False


def _a_person_for_a_country(
    statement: Wording, statement_terms: Collection[str], claim: Wording, stand_ins: StandIns = _NO_STAND_INS
) -> Wording:
    """``statement`` with the name of a person it opens with, after a title ("President Trump", "Secretary
    Hegseth"), read as a sentence's opening word, where the claim's wording opens with a country the statement does
    not name ("The US has sent ..."): the person may be its head, acting for it, as "Trump sent ..." may be.
    "President Trump sent 10,000 troops into Mexico" was capped (0.20) as another actor than the US, while "Trump
    sent 10,000 troops into Mexico" found the claim (0.98): the title made "Trump" a name inside the sentence,
    certain to stand for the claim's "US".  A titled person where the claim has another person stays a name ("Sen.
    Cruz said ..." for "Senator Cornyn said ..."), and so does one the file has send troops for another country
    (``_stand_ins``): "President Sheinbaum has invaded Mexico in the past" is not the US's invading."""
    if not statement.titled_opening or not claim.terms:
        return statement
    country = claim.terms[0]
    if country not in _COUNTRIES or country in statement_terms:
        return statement
    if any(stand_ins.get(term, country) != country for term in statement.titled_opening):
        return statement
    kinds = list(statement.kinds)
    for at, (term, kind) in enumerate(zip(statement.terms, statement.kinds, strict=True)):
        if term in statement.titled_opening and kind is Kind.NAME:
            kinds[at] = Kind.OPENING
        elif term not in _title_terms():
            break
    return replace(statement, kinds=tuple(kinds))


def title_terms(text: str) -> int:
    """How many distinct terms of ``text`` are the title of the person it opens with ("President Trump sent ...":
    1): a title is the person's, no word of the statement's own, so it does not make a statement longer
    (``short_statements.substitution_check``)."""
    wording = analyse(text)
    span = _title_span(wording)
    return len(set(wording.terms[:span]) - set(wording.terms[span:]))  # "the president" later is a word of its own


def _title_span(wording: Wording) -> int:
    """How many of a wording's first terms are the title of the person it opens with (``Wording.titled_opening``):
    1 for "President Trump sent ...", 3 for "Former Vice President Pence said ..."; 0 when it opens otherwise."""
    if not wording.titled_opening:
        return 0
    return next((at for at, term in enumerate(wording.terms) if term not in _title_terms()), len(wording.terms))


def _holds_a_subject(
    claim: Wording,
    claim_run: tuple[int, int],
    statement: Wording,
    run: tuple[int, int],
    vocabulary: Vocabulary,
    effect: range,
) -> bool:
    """Does the claim's run of words the statement lacks hold a subject, which the statement's run (of words the
    claim lacks, in the same place) replaces with another: a word several claims use (the soldiers a file is
    about; not a verb of causing the statement rewords, ``_reworded_relation``), or a word of the claim's effect
    where the statement says the claim's verb of causing, or another of its way (``effect``: ``_effect(claim,
    statement)``, which the caller reads once)?

    What a claim says is caused is what it is about, however few claims name it: "Smoking causes heart disease"
    was shown as TRUE "Smoking causes lung cancer" (0.89), and "Fracking causes cancer" as "Fracking causes
    earthquakes" (0.97), as "lung cancer" and "earthquakes" are one claim's words.  Only a run of no more words
    than the claim's: several words in the place of one may be what it means in everyday words ("Moderna shots
    cause heart inflammation in young men" for "... causes myocarditis in young men").  The cost: a word no
    claim uses for the same effect is read as another ("Fracking causes tremors" is capped as "cancer" is), and
    the claim listed as related only, which an alias of the claim ("Fracking causes tremors") mends; a wrong
    match shown with its verdict, the desk cannot see to mend."""
    said = statement.terms[run[0] : run[1] + 1]
    lacked = range(claim_run[0], claim_run[1] + 1)
    if any(claim.terms[i] in vocabulary.recurring and not _reworded_relation(claim.terms[i], said) for i in lacked):
        return True
    return len(said) <= len(lacked) and any(i in effect for i in lacked)


def _effect(claim: Wording, statement: Wording) -> range:
    """The positions of the claim's words after its verb of causing ("lung cancer" of "Smoking causes lung
    cancer"), when it has one verb of causing and the statement says it or another of its way ("triggers" for
    "causes"); none otherwise."""
    verbs = [i for i, term in enumerate(claim.terms) if term in _CAUSING]
    if len(verbs) != 1:
        return range(0)
    verb = claim.terms[verbs[0]]
    if verb not in statement.terms and not _reworded_relation(verb, statement.terms):
        return range(0)
    return range(verbs[0] + 1, len(claim.terms))


def another_actor(
    statement: str, wordings: Sequence[str], names: Container[str], other_languages: Sequence[str] = ()
) -> bool:
    """Does the statement open with a name the claim holds only further on, while the claim opens with a
    name the statement lacks: the same words, another actor?

    "the US sent 10,000 troops to the border" shares every word with "Mexico deployed 10,000 of its
    own troops to the US border" (TRUE), and was shown as that claim at 0.98; but the US is where
    that claim's troops went, not who sent them, and the claim's actor, Mexico, is not in the
    statement at all.  ``wordings``: the claim's text first, then its aliases; ``names``: the terms
    the claim writes as names (with a capital inside a sentence, in any wording or its summary):
    a statement typed in lower case has no capitals to tell its names by, the claim has.

    Only a wording whose first word (after "the" or "a") is a name gives the claim an actor: a text
    opening otherwise ("There are US troops ...", "During World War II, George Soros ...") names no
    actor this rule can trust, but an alias may ("The last time US troops went into Mexico in force
    ..." has the alias "US troops have not invaded Mexico ...", so "Mexican troops invaded Texas" is
    another actor).  An alias opening with a word of the statement may make it the actor, and
    so does a wording naming the statement's actor after "by" ("The American Health Care Act was
    scored twice by the CBO" for "CBO has scored #AHCA twice").

    ``other_languages``: the claim's wordings in other languages than the statement's, whose actors are the
    claim's too, as its names are: "Estados Unidos envió 19 Navy SEALs a México en 2026" names the Mexico that the
    English alias "Mexico approved 19 US Navy SEALs to enter the country in 2026" opens with, as the English
    statement does, and was capped (0.999 -> 0.20) as another actor than the Senate that the claim's only Spanish
    wording opens with ("El Senado aprobó el ingreso de 19 Navy SEALs de Estados Unidos en 2026")."""
    actor = _opening_term(statement)
    if actor is None or actor not in names:
        return False
    claim_actors = {
        opening for wording in wordings if (opening := _opening_term(wording)) is not None and opening in names
    }
    if not claim_actors:
        return False
    claim = [analyse(wording) for wording in wordings]
    said = set(analyse(statement).terms)
    if claim_actors & said or any(_opens_with_one_of(wording, said) for wording in claim):
        return False  # the claim's actor is in the statement, or an alias opens with one of its words
    if _actor_in_another_language(claim_actors, other_languages, said):
        return False
    if _PASSIVE.search(own_words(statement)):
        return False  # "Mexico was invaded in 1846": what it opens with is what was done to
    if any(actor in terms(agent) for wording in wordings for agent in _AGENT.findall(wording)):
        return False  # the claim is passive, its actor named after "by"
    if any(actor in terms(owned) for wording in wordings for owned in _owned_opening(wording)):
        return False  # the claim's actor is someone's, the statement's: "Mexico's Senate approved ..."
    return any(actor in wording.terms[1:] for wording in claim)


def _actor_in_another_language(claim_actors: set[str], other_languages: Sequence[str], said: set[str]) -> bool:
    """Does a wording of the claim in another language than the statement's open with an actor the statement names
    (``said``: its terms), where the claim's actors in the statement's language (``claim_actors``) are words that
    language alone has?  "El Senado" of "El Senado aprobó el ingreso de 19 Navy SEALs de Estados Unidos en 2026" is
    "Mexico's Senate" in English, whose alias "Mexico approved 19 US Navy SEALs ..." opens with the Mexico that
    "Estados Unidos envió 19 Navy SEALs a México en 2026" names, as the English statement does.  Not an actor the
    other languages name too, the same term in every language: "Sheinbaum rechazó la oferta de Trump de enviar
    tropas estadounidenses a México" has Sheinbaum act, as "Sheinbaum said no to Trump's offer of US troops" does,
    and "EE. UU. envió 10 mil soldados a México" is another actor's, whatever the English "Mexico rejected ..."
    opens with."""
    other_terms = {term for wording in other_languages for term in analyse(wording).terms}
    if not claim_actors.isdisjoint(other_terms):
        return False
    return any(_opening_term(wording) in said for wording in other_languages)


#: what a text opening with someone's ("Mexico's Senate approved ...") has act: the owner's own, as much its actor
_OWNED_OPENING = LazyPattern(r"^\W*(?:(?:the|a|an)\s+)?[\w.-]+['’]s\s+([\w'’-]+)", re.IGNORECASE)
_MONTH_OR_WEEKDAY = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|" + "|".join(
    [*_MONTHS, *"monday tuesday wednesday thursday friday saturday sunday".split()]
)
#: a date a text opens with, before what it says happened then: "In February 2026 ", "On 11 Feb 2026, ",
#: "In early March, ", "In 2025 ", "On Monday, "
_LEADING_DATE = re.compile(
    r"^\W*(?:(?:in|on|by|since|during|until|from)\s+)?(?:(?:early|late|mid)[\s-]+)?"
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + _MONTH_OR_WEEKDAY + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?"
    r"|\d{4})(?![\w'’])\s*,?\s*",  # not "March's vote": a possessive is the owner
    re.IGNORECASE,
)


def _owned_opening(wording: str) -> list[str]:
    """What ``wording`` opens with someone's of, after a date it may open with: "Senate" of "In February 2026
    Mexico's Senate approved 19 US Navy SEALs ...", which "The Senate approved 19 Navy SEALs in February 2026"
    names as its actor (read at the very start only, that statement was another actor's, 1.00 -> 0.20)."""
    return _OWNED_OPENING.findall(_LEADING_DATE.sub("", wording, count=1))


def _opens_with_one_of(wording: Wording, said: Container[str]) -> bool:
    """Does ``wording`` open with one of the terms ``said``, a word that may be its actor?  A number is no actor:
    "Over 10,000 US soldiers are deployed in Mexico" opens with the 10,000 that "Mexico deployed 10,000 troops to
    the border" says too, and made Mexico an actor the claim might have, so that statement was shown as that
    FALSE claim at 0.99 beside the TRUE "Mexico deployed 10,000 of its own troops to the US border"."""
    return bool(wording.terms) and wording.kinds[0] is not Kind.NUMBER and wording.terms[0] in said


def roles_turned_round(statement: str, wordings: Sequence[str], names: Container[str]) -> bool:
    """Does the statement open with a name that a wording of the claim holds further on, and hold the name
    that wording opens with further on, with a word they share between the two in both: who did what to
    whom, turned round?

    "Mexico invaded the US" shares every word with "US troops have invaded Mexico in the past" (TRUE),
    and was shown as that claim at 1.00.  Only the same word between the two names counts, so verbs
    that turn roles round themselves ("Mexico received US military trainers" for "The US keeps ...
    military trainers in Mexico") are left alone, and so are passive sentences ("Mexico was invaded by
    the US") and wordings that open otherwise ("... the 1916-17 hunt for Pancho Villa" for "Pancho Villa
    hunt: ...").  ``names``: as ``another_actor`` takes them.

    Nor is a relation both take part in ("Mexican soldiers patrol the border together with US troops"
    for "American soldiers patrol together with the Mexican army", "Mexico cooperates militarily with
    the US" for "US Northern Command ... military cooperation with Mexico"), nor one whose second name
    is where something comes from ("Mexico lets surveillance drones from the US fly over ..." for "The
    US flies surveillance drones over Mexico"): the second name after "with", "from" or "by", in the
    statement or the wording, is no one done to.  A number the two share between the names ("The US
    border received 10,000 Mexican troops" for "Mexico sent 10,000 ... troops to the US border") is
    no verb saying what was done.

    A Spanish statement is read so too ("México invadió (a) Estados Unidos en 1846"), its verb's term the English
    one's with an ending left on (``_same_verb``), its passive ("México fue invadido por Estados Unidos") turning
    nothing round, and its words of joining ("con", "desde", "de") read as "with", "from", "of" are.  Its actor
    may be the owner of the forces it opens with, whose name Spanish writes after them ("Las tropas mexicanas
    invadieron Estados Unidos": ``_spanish_owner_opening``)."""
    own = own_words(statement)
    if _PASSIVE.search(own) or _SPANISH_PASSIVE.search(fold(own)):
        return False
    actor = _opening_term(statement)
    if actor is not None and actor not in names:
        actor = _spanish_owner_opening(statement, actor, names)
    if actor is None or actor not in names:
        return False
    said = analyse(statement).terms
    for wording in wordings:
        claim_actor = _opening_term(wording)
        if claim_actor is None or claim_actor == actor or claim_actor not in names or _PASSIVE.search(wording):
            continue
        claim = analyse(wording)
        if actor in claim.terms and claim_actor in said:
            between_said = said[said.index(actor) + 1 : said.index(claim_actor)]
            between = slice(claim.terms.index(claim_actor) + 1, claim.terms.index(actor))
            between_claim = [
                term
                for term, kind in zip(claim.terms[between], claim.kinds[between], strict=True)
                if term not in names and kind is not Kind.NUMBER
            ]
            shared = {term for term in between_said if term not in names and _same_verb(term, between_claim)}
            shared -= _nouns_of(statement, claim_actor)
            if shared and not _second_name_joins(statement, claim_actor) and not _second_name_joins(wording, actor):
                return True
    return False


def _spanish_owner_opening(statement: str, opening: str, names: Container[str]) -> str | None:
    """The name owning the forces a Spanish statement opens with ("tropas" of "Las tropas mexicanas invadieron
    ...", "soldados" of "Soldados de Estados Unidos ..."), read as ``_spanish_possessions`` reads whose a thing is:
    the actor, as "Mexican troops" makes Mexico an English statement's.  None for an English statement, or one
    opening with no forces of a name's."""
    if opening not in _FORCES or text_language(statement) is not Language.SPANISH:
        return None
    owners = {owner for owner, owned in _spanish_possessions(own_words(statement), names) if owned == opening}
    return next(iter(owners)) if len(owners) == 1 else None


#: an institution or office a country owns, by its terms in English and Spanish, each to one key: "Mexico's Senate",
#: "the US Senate", "El Senado de Estados Unidos" (``_opening_institution``).  A country's legislature is one, by
#: whichever name ("Guatemala's Congress must approve foreign troops ..." is no more Mexico's Senate than "Guatemala's
#: Senate" is).  Not the country's forces ("US troops", "tropas mexicanas"), whose owner ``another_owner`` reads, nor
#: "marina" (in English, the term of "Marines")
_INSTITUTIONS = {
    term: key
    for key, english, spanish in (
        ("legislature", "senate congress parliament legislature", "senado congreso parlamento legislatura"),
        ("government", "government", "gobierno"),
        ("president", "president", "presidente presidenta"),
        ("army", "army", "ejército"),
        ("navy", "navy", "armada"),
    )
    for term in (*terms(english), *terms(spanish, Language.SPANISH))
}


#: a country's people's adjective, before its institution ("the Canadian Senate"), as the country's term: the
#: normaliser reads only "Mexican" and "American" so ("canadian" is a word of its own)
_DEMONYMS = {
    term: country
    for adjective, name in (
        pair.split(":")
        for pair in (
            "Canadian:Canada Guatemalan:Guatemala Colombian:Colombia Brazilian:Brazil Chinese:China Russian:Russia "
            "British:Britain French:France German:Germany Spanish:Spain Cuban:Cuba Venezuelan:Venezuela "
            "Honduran:Honduras Nicaraguan:Nicaragua Panamanian:Panama Peruvian:Peru Chilean:Chile "
            "Argentine:Argentina Argentinian:Argentina Ukrainian:Ukraine Israeli:Israel Iranian:Iran Japanese:Japan "
            "Indian:India Italian:Italy"
        ).split()
    )
    for term in terms(adjective)
    for country in terms(f"the {name}")
    if term != country
}


#: a legislature's chamber by a name of more words than one, read as its legislature (``_INSTITUTIONS``): "Canada's
#: lower house approved ...", "Canada's House of Commons approved ..." were shown as "Mexico's Senate approved ..."
#: (1.00), which "Canada's Senate approved ..." is not
_CHAMBERS = re.compile(
    r"\b(?:(?:lower|upper)\s+(?:house|chamber)|house\s+of\s+(?:commons|representatives|lords|deputies)"
    r"|chamber\s+of\s+deputies|national\s+assembly|c[aá]mara\s+(?:de\s+)?(?:diputados|senadores|baja|alta))\b",
    re.IGNORECASE,
)

#: a country's leader by another title than "president", read as its president (``_INSTITUTIONS``): "Canada's prime
#: minister turned down Trump's offer to send the US Army into Canada ..." was shown as "Mexico's president turned
#: down Trump's offer ..." (0.99), which "Canada's president turned down ..." is not.  Read only beside a country's
#: name (``_opening_institution``): "The Premier League approved ..." opens with no country's leader
_LEADERS = re.compile(
    r"\b(?:prime\s+minister|premier|chancellor|head\s+of\s+(?:state|government)|primer[ao]?\s+ministr[ao])\b",
    re.IGNORECASE,
)


#: the actor a text opens with, up to four words, before what ``_opening_institution`` reads past
_OPENING_ACTOR = r"^(?P<actor>\W*(?:the\s+)?[\w'’.-]+(?:\s+(?!(?:on|in|last|this|earlier)\b)[\w'’.-]+){0,3}?)"
_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: a time between the actor and its verb: "on Tuesday", "on 3 March", "in February 2026", "in 2026", "last week",
#: "yesterday", and the Spanish "el martes", "ayer", "hoy"
_TIME_AFTER_ACTOR = (
    rf"on\s+(?:{_WEEKDAYS}|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{'|'.join(_MONTHS)})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?)"
    rf"|in\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:{'|'.join(_MONTHS)})(?:\s+\d{{4}})?|\d{{4}})"
    r"|(?:last|this|earlier\s+this)\s+(?:week|month|year)|yesterday|today"
    rf"|el\s+(?:{SPANISH_WEEKDAY})|ayer|hoy"
)
#: an adverb of the way it was done between the actor and its verb: "unanimously", "formally", "por unanimidad"
_WAY_ADVERB = (
    r"unanimously|overwhelmingly|narrowly|formally|officially|finally|quickly|swiftly|quietly|reportedly"
    r"|por\s+unanimidad|finalmente"
)
#: a vote's count or margin between the actor and its verb: "in a 70-10 vote", "by a vote of 70 to 10", "by 70 votes
#: to 10", "by a wide margin", "en una votación de 70 a 10"
_VOTE_AFTER_ACTOR = (
    r"(?:in|by)\s+an?\s+(?:\d+\s*(?:-|–|to)\s*\d+\s+)?(?:(?:wide|narrow|large|close|lopsided)\s+)?vote"
    r"(?:\s+of\s+\d+\s*(?:-|–|to)\s*\d+)?"
    r"|by\s+\d+\s+votes?\s+to\s+\d+|by\s+an?\s+(?:wide|narrow|large|slim)\s+margin"
    r"|(?:en|por)\s+una\s+votaci[oó]n\s+de\s+\d+\s+(?:a|contra)\s+\d+|por\s+\d+\s+votos\s+(?:a|contra)\s+\d+"
)
#: the way it was done: one adverb, two joined ("quickly and unanimously"), or a vote (``_VOTE_AFTER_ACTOR``)
_WAY_AFTER_ACTOR = rf"(?:{_WAY_ADVERB})(?:,?\s+(?:and|y)\s+(?:{_WAY_ADVERB}))?|{_VOTE_AFTER_ACTOR}"
#: a time or a way after the actor, of which the actor's deed says the same: "Canada's Senate on Tuesday approved
#: 19 US Navy SEALs ..." and "Canada's Senate unanimously approved ..." are "Canada's Senate approved ..."
_TIME_OR_WAY_AFTER_ACTOR = re.compile(
    _OPENING_ACTOR + rf"\s*,?\s+(?:{_TIME_AFTER_ACTOR}|{_WAY_AFTER_ACTOR})\b,?(?=\s)", re.IGNORECASE
)
#: the actor an aside names, up to four words before its closing comma (``_names_another_actor``)
_ASIDES_ACTOR = r"(?P<other>[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s*,(?=\s)"
#: another actor said not to have done it, in English: ", not Mexico,", ", rather than Mexico's,", ", instead of the
#: US Senate,"; what it names must be a country's name (``_names_another_actor``), so that ", not just Mexico,",
#: ", not to mention Mexico,", ", not unlike Mexico," (the claim's actor doing it too) are no such aside
_NOT_THIS_ACTOR = re.compile(
    _OPENING_ACTOR + r"\s*,\s*(?:not|rather\s+than|instead\s+of)\s+" + _ASIDES_ACTOR, re.IGNORECASE
)
#: the same in Spanish, read only in a text read as Spanish: ", no México,", ", y no el Senado de México,"
_SPANISH_NOT_THIS_ACTOR = LazyPattern(_OPENING_ACTOR + r"\s*,\s*(?:y\s+)?no\s+" + _ASIDES_ACTOR, re.IGNORECASE)
#: the words an aside's actor may have beside a country's name and an institution's (``_names_another_actor``)
_ARTICLES = frozenset("the el la los las de del".split())


def _names_another_actor(words: str, spanish: bool) -> bool:
    """Does an aside (``_NOT_THIS_ACTOR``) name nothing but a country, or a country's institution: "Mexico",
    "Mexico's", "the US Senate", "el Senado de México" (not "just Mexico", "to mention Mexico", "unlike Mexico", "least
    Mexico's", which have the claim's actor do it too)?"""
    return _asides_actor(words, spanish) is not None


def _asides_actor(words: str, spanish: bool) -> tuple[str, str | None] | None:
    """The country and the institution (``_INSTITUTIONS``' key, or None) an aside (``_NOT_THIS_ACTOR``) names, if it
    names nothing but a country or a country's institution (``_names_another_actor``): ("mexico", None) of "Mexico's",
    ("mexico", "legislature") of "the Mexican Senate" and of "el Senado de México"."""
    language = Language.SPANISH if spanish else Language.ENGLISH
    country: str | None = None
    institution: str | None = None
    for word in _CHAMBERS.sub("legislature", words).split():
        if word.lower() in _ARTICLES:
            continue
        found = terms(word, language)
        if not found:
            return None  # "just", "only", "to": a word of no term is no name
        for term in found:
            if (named := _country_term(_DEMONYMS.get(term, term), spanish)) is not None:
                country = named
            elif term in _INSTITUTIONS:
                institution = _INSTITUTIONS[term]
            elif term == "legislature":
                institution = "legislature"
            else:
                return None
    return None if country is None else (country, institution)


def denies_the_claims_actor(statement: str, wordings: Sequence[str]) -> bool:
    """Does the statement's aside after its actor (``_NOT_THIS_ACTOR``, ``_SPANISH_NOT_THIS_ACTOR``) name the actor a
    wording of the claim opens with: "The US Congress, not Mexico's Senate, approved 19 US Navy SEALs ..." and
    "Canada, not Mexico, approved ..." for "In February 2026 Mexico's Senate approved 19 US Navy SEALs ..."?  Then
    the statement denies the claim, which is no other actor's deed (``another_countrys_institution``'s cap); not
    "The US Senate, not Mexico's president, approved ..." (another institution of the claim's country)."""
    opening = _LEADING_DATE.sub("", _after_label(own_words(statement)), count=1)
    spanish = text_language(opening) is Language.SPANISH
    if _TIME_OR_WAY_AFTER_ACTOR.match(opening):
        return False
    found = (_SPANISH_NOT_THIS_ACTOR if spanish else _NOT_THIS_ACTOR).match(opening)
    if found is None or (named := _asides_actor(found["other"], spanish)) is None:
        return False
    country, institution = named
    claimed = [opened for wording in wordings if (opened := _opening_institution(wording)) is not None]
    return any(
        _same_country(other) == _same_country(country) and (None in (owned, institution) or owned == institution)
        for other, owned, _ in claimed
    )


#: a comma and an English word of denial opening an aside (``aside_denies_the_opening_actor``): ", not", ", rather than"
_DENYING_ASIDE = re.compile(r",\s*(?:not|rather\s+than|instead\s+of)\s", re.IGNORECASE)


def aside_denies_the_opening_actor(text: str, other: str) -> bool:
    """Does an English ``text`` deny, in an aside after its actor (``_NOT_THIS_ACTOR``), the actor the ``other`` text
    opens with (``denies_the_claims_actor``): "Canada, not Mexico, approved 19 US Navy SEALs to train Mexican naval
    special forces" for "In February 2026 Mexico's Senate approved 19 US Navy SEALs ..."?  ``polarity`` reads it as
    the opposite, where the denied name is also said elsewhere ("Mexican naval special forces"), which made its
    contrast (``polarity._contrast_flips``) read no denial.  Only where the aside's own verb is the ``other`` text's
    deed (``_same_deed``) and the denied actor is not named further on doing that deed itself
    (``_denied_actor_does_it``): "The US, not Mexico, asked for the training, and Mexico's Senate approved 19 US Navy
    SEALs ..." (another deed) and "Finland, not Sweden, joined NATO first; Sweden joined NATO in March 2024" (Sweden
    joins too) say what the other text says, and were shown as its opposite.  Not a Spanish text, whose ", no
    México," aside ``polarity`` already counts as a negation."""
    if not _DENYING_ASIDE.search(text):
        return False
    opening = _LEADING_DATE.sub("", _after_label(own_words(text)), count=1)
    if text_language(opening) is Language.SPANISH or not denies_the_claims_actor(text, (other,)):
        return False
    found = _NOT_THIS_ACTOR.match(opening)
    opened = _opening_institution(other)
    named = _asides_actor(found["other"], False) if found is not None else None
    if found is None or named is None or opened is None or opened[2] is None:
        return False
    deed = opened[2]
    after_verb = _after_the_asides_verb(opening[found.end() :], deed)
    return after_verb is not None and not _denied_actor_does_it(after_verb, named[0], deed)


#: auxiliaries and adverbs of time or of the way it was done that may stand between an aside and its verb, however
#: many (``_after_the_asides_verb``): "has now formally approved", "had already unanimously approved"; no negation
#: ("never"), modal ("will", "would") or adverb of a deed not done ("nearly", "almost"), which say something else of it
_BEFORE_AN_ASIDES_VERB = frozenset(
    "has have had did now also already just since then finally formally officially unanimously overwhelmingly "
    "narrowly quickly swiftly quietly reportedly recently secretly actually indeed".split()
)
#: the run of words an aside's verb may follow (``_after_the_asides_verb``): auxiliaries and adverbs
#: (``_BEFORE_AN_ASIDES_VERB``), a time (``_TIME_AFTER_ACTOR``: "in February 2026", "last week"), "in fact", and "and"
#: between two adverbs ("formally and unanimously"; not before a verb: "formally objected and approved")
_BEFORE_AN_ASIDES_VERB_RUN = LazyPattern(
    r"^(?:\W*(?:"
    + "|".join((_TIME_AFTER_ACTOR, r"in\s+fact", *sorted(_BEFORE_AN_ASIDES_VERB)))
    + r"|and(?=\s+(?:"
    + "|".join(sorted(_BEFORE_AN_ASIDES_VERB - {"has", "have", "had", "did"}))
    + r")(?![\w'’-])))(?![\w'’-]))+",
    re.IGNORECASE,
)


def _after_the_asides_verb(after: str, deed: str) -> list[str] | None:
    """The words after an aside's verb doing ``deed``, in the text ``after`` the aside
    (``aside_denies_the_opening_actor``): its verb one of the first three words ("approved", "quickly approved", "has
    approved"), or the first past a run of auxiliaries, adverbs, times and "in fact" (``_BEFORE_AN_ASIDES_VERB_RUN``):
    "Canada, not Mexico, has now formally approved 19 US Navy SEALs ..." was shown as saying what "In February 2026
    Mexico's Senate approved 19 US Navy SEALs ..." says (1.00), its verb the fourth word, and so were "Canada, not
    Mexico, in February 2026 formally approved ...", "... has now formally and unanimously approved ...", "... has in
    fact approved ...".  None where no such word does it ("has now formally asked Mexico's Senate to approve")."""
    run = _BEFORE_AN_ASIDES_VERB_RUN.match(after)
    if run is not None:
        rest: list[str] = _WORD.findall(after[run.end() :])
        if rest and any(_same_deed(term, deed) for term in terms(rest[0])):
            return rest[1:]
    tokens: list[str] = _WORD.findall(after)
    for at, token in enumerate(tokens[:3]):
        if any(_same_deed(term, deed) for term in terms(token)):
            return tokens[at + 1 :]
    return None


def _denied_actor_does_it(tokens: Sequence[str], country: str, deed: str) -> bool:
    """Do the words after an aside's verb (``aside_denies_the_opening_actor``) name the ``country`` the aside denies
    with the same ``deed`` in any word after it: "...; Sweden joined NATO in March 2024", "..., and Mexico's Senate
    approved 19 US Navy SEALs", "..., though Mexico's Senate in February 2026 finally approved 19 US Navy SEALs" (its
    deed seven words on) (not "... to train Mexican naval special forces", no deed of it)?"""
    for at, token in enumerate(tokens):
        if not any(_same_country(named) == _same_country(country) for t in terms(token) if (named := _country_term(t))):
            continue
        if any(_same_deed(t, deed) for word in tokens[at + 1 :] for t in terms(word)):
            return True
    return False


def names_no_actor(wording: str) -> bool:
    """Is a wording passive with no agent, saying nothing of who did it: "US Navy SEALs were authorized to train
    Mexican naval special forces in Campeche" (not "... were authorized by Mexico's Senate")?"""
    return _PASSIVE.search(wording) is not None and _AGENT.search(wording) is None


def _past_an_aside(opening: str, spanish: bool) -> str:
    """``opening`` without a time, a way (``_TIME_OR_WAY_AFTER_ACTOR``) or another actor said not to have done it
    (``_NOT_THIS_ACTOR``; ``_SPANISH_NOT_THIS_ACTOR`` in a text read as Spanish) between its actor and its verb:
    "Canada's Senate on Tuesday approved ..." and "Canada, not Mexico, approved ..." were shown as TRUE "In February
    2026 Mexico's Senate approved 19 US Navy SEALs ..." (1.00), where "Canada's Senate approved ..." is capped.  Not
    ", like Mexico,", ", not only Mexico,", ", not just Mexico,", ", no less than Mexico," (in English), which have
    the claim's actor do it too."""
    if (found := _TIME_OR_WAY_AFTER_ACTOR.match(opening)) is None:
        found = (_SPANISH_NOT_THIS_ACTOR if spanish else _NOT_THIS_ACTOR).match(opening)
        if found is None or not _names_another_actor(found["other"], spanish):
            return opening
    return found["actor"] + " " + opening[found.end() :]


def _opening_institution(text: str, *, plain: bool = False) -> tuple[str, str | None, str | None] | None:
    """The country, the institution (``_INSTITUTIONS``' key) and the term after them that a text opens with, after a
    date or a label it may open with: ("mexico", "legislature", "approv") of "In February 2026 Mexico's Senate approved
    ...", of "The Mexican Senate approved ..." and of "El Senado de México aprobó ..." (its term "aprob").  A country
    named alone before its verb acts as a whole, no institution of it: ("canada", None, "approv") of "Ottawa approved
    19 US Navy SEALs ..." and of "On Tuesday, Ottawa approved ...", ("canada", None, "legalis") of "Canada legalised
    same-sex marriage in 2001" (``_verb_after_a_country``; not "Mexico border wall construction resumed ...", whose
    "border" is no verb)."""
    opening = _LEADING_DATE.sub("", _after_label(own_words(text)), count=1)
    opening = _past_an_aside(opening, text_language(opening) is Language.SPANISH)
    named = _CHAMBERS.sub("legislature", opening)
    named = named if plain else _LEADERS.sub("president", named)
    read = [_DEMONYMS.get(term, term) for term in terms(named)[: _LONGEST_NAME + 2]]
    spanish = text_language(opening) is Language.SPANISH
    if (of_words := _country_of_words(read)) is not None:
        return _opening_country_of_words(opening, read, of_words, plain)
    found = read[:3]
    if len(found) < 2:
        return None
    after = found[2] if len(found) > 2 else None
    # a country by any of its names ("El Senado de Canadá aprobó ...": ``_country_term``)
    if (country := _country_term(found[0], spanish)) is not None and found[1] in _INSTITUTIONS:
        return country, _INSTITUTIONS[found[1]], after
    if (country := _country_term(found[1], spanish)) is not None and found[0] in _INSTITUTIONS:
        return country, _INSTITUTIONS[found[0]], after
    if plain:
        return None  # an institution's alone, as the short statements' check has long read it
    if (country := _country_term(found[0], spanish)) is not None and _verb_after_a_country(
        opening, found[:1], found[1], spanish
    ):
        return country, None, found[1]
    return None


def _country_of_words(found: Sequence[str]) -> tuple[str, int] | None:
    """The country (its key) of the name or capital of words the ``found`` terms open with (``_NAMES_OF_WORDS``,
    the longest first: "south korea" of ("south", "korea", "expel"), "north korea" of ("pyongyang", ...)), and how
    many terms name it; None for any other opening."""
    for length in range(min(_LONGEST_NAME, len(found)), 0, -1):
        if (country := _NAMES_OF_WORDS.get(tuple(found[:length]))) is not None:
            return country, length
    return None


def _opening_country_of_words(
    opening: str, found: Sequence[str], named: tuple[str, int], plain: bool
) -> tuple[str, str | None, str | None] | None:
    """``_opening_institution`` of an ``opening`` whose first ``found`` terms name a country of words or its capital
    (``named``: its key and how many terms): its institution ("South Korea's parliament approved ..."), or, unless
    ``plain``, the country acting as a whole before its verb ("South Korea expelled ...", "Pyongyang expelled ...").
    Read as a country of one word is: "Pyongyang expelled a North Korean diplomat" was shown at 1.00 as "South Korea
    expelled a North Korean diplomat in 2019", no country read at the claim's opening ("South Korea" is two terms)."""
    country, length = named
    rest = found[length:]
    if not rest:
        return None
    after = rest[1] if len(rest) > 1 else None
    if rest[0] in _INSTITUTIONS:
        return country, _INSTITUTIONS[rest[0]], after
    if plain or not _verb_after_a_country(opening, found[:length], rest[0], spanish=False):
        return None
    return country, None, rest[0]


#: English verbs' past tenses not ending in "-ed" that may follow a country acting ("Britain left the European
#: Union in 2020"): ``_verb_after_a_country``
_IRREGULAR_PASTS = frozenset(
    "sent left took gave made won lost began became brought bought built chose fought held kept led paid put sold "
    "spent struck told went".split()
)


def _verb_after_a_country(opening: str, country: Sequence[str], term: str, spanish: bool) -> bool:
    """Is ``term``, the first term after the ``country`` terms an ``opening`` starts with, a verb in the past (the
    country acting), not a noun the country's name qualifies?  Read from the word written: an English word ending in
    "-ed" or an irregular past ("left", "sent"), a verb of a deed (``_DEEDS``) in the present too ("approves"), a
    Spanish preterite ("invadió", "aprobaron").  "Canada legalised ..." and "The Netherlands has legalised ..." open
    with their country acting; "Mexico border wall construction resumed ..." (the "US border wall" of its claim),
    "Switzerland tariffs rose ...", "Canada vote approved the bill" (a noun of a deed), "US-approved Navy SEALs will
    train ..." (one word, no country acting) and a passive ("Mexico was invaded by the US in 1846": what was done to
    it) do not."""
    if _PASSIVE.search(opening) or _SPANISH_PASSIVE.search(fold(opening)):
        return False
    language = Language.SPANISH if spanish else Language.ENGLISH
    words: list[str] = _WORD.findall(opening)[: _NAME_WORDS + 3]
    for at in range(1, len(words)):
        if terms(words[at], language) != [term]:
            continue
        if terms(" ".join(words[:at]), language) != list(country):
            return False  # other words between the country and the verb ("Canada's lower house legalised")
        word = words[at].lower()
        if spanish:
            return word.endswith(("ó", "aron", "ieron"))
        deed = any(term in deed for deed in _DEEDS)
        return (len(word) > 3 and word.endswith(("ed", "s" if deed else "ed"))) or word in _IRREGULAR_PASTS
    return False


def another_countrys_institution(statement: str, wordings: Sequence[str], *, long: bool = False) -> bool:
    """Does the statement open with another country's institution, or another country acting, than a wording of the
    claim opens with, before the same verb: "Canada's Senate approved 19 US Navy SEALs to train Mexican naval special
    forces" and "In February 2026 the US Senate approved 19 Mexican Navy SEALs" for "In February 2026 Mexico's Senate
    approved 19 US Navy SEALs ..." (TRUE, shown at 1.00 for both)?  The country names no place to compare ("Mexican
    naval special forces" keeps Mexico in the statement), but whose Senate voted.  A country acting as a whole, by its
    name or its capital, is another country's doing too: "Ottawa approved ..." for "Mexico's Senate approved ..." (an
    alias of a claim whose closest wording opens otherwise, "US special forces were authorized ..."), "Canada
    legalised same-sex marriage in 2001" for "The Netherlands legalised same-sex marriage in 2001", in a file whose
    other claim names Canada (a name the file knows, whose verb ``substitutes`` reads for a country only among
    ``_DEEDS``).  Two institutions are compared by kind: "Canada's Senate" for "Mexico's president" is left to the
    other checks.  Not when a wording opens with the statement's own country ("The Mexican Senate approved ..." is
    "Mexico's Senate approved ...", "Holland legalised ..." "The Netherlands legalised ...": ``_same_country``), nor
    before another verb: "US President Trump offered to send troops to Mexico and Sheinbaum refused" is no other
    president than the one who refused in "Mexico's president turned down Trump's offer ...".  ``wordings``: the
    claim's, in any language (the verb then compared by its spelling or its deed: ``_same_deed``).  The claim's
    own actor named later lifts the cap (``_claims_actor_further_on``), but never a short statement's (``long``
    false) of one country's institution for another's (``_institutions_cap``), which its check has long had."""
    said = _opening_institution(statement)
    if said is None:
        return False
    country, institution, verb = said
    if verb is None:
        return False
    claimed = [found for wording in wordings if (found := _opening_institution(wording)) is not None]

    def alike(owned: str | None, after: str | None) -> bool:
        """The same kind of actor, doing the same: a country acting as a whole is any of its institutions acting
        (not "US Navy SEALs were authorized ...", whose US Navy does nothing, for "Washington approved ...")."""
        same_deed = after is not None and _same_deed(verb, after)
        return same_deed and (owned == institution or None in (owned, institution))

    if any(
        _same_country(other) == _same_country(country) and (owned == institution or alike(owned, after))
        for other, owned, after in claimed
    ):
        return False
    if institution is None and verb in _DEEDS[0] and _sends_its_own_forces(statement, country, wordings):
        return False  # approving the sending of its own forces: "The US rejected Mexico's offer ..." is capped
    if institution is None and _a_deal_of_the_two(statement, country, verb, wordings):
        return False  # "Manila signed a defence treaty with the US" of "The US signed ... with the Philippines"
    if not any(
        alike(owned, after) and _same_country(other) != _same_country(country) for other, owned, after in claimed
    ):
        return False
    if not long and _institutions_cap(statement, wordings):
        return True  # a short statement's cap of one institution for another is never lifted (review-actor2)
    return not _claims_actor_further_on(statement, verb, claimed, wordings)


#: the terms of verbs of a deal two sides make together, each side as much its maker as the other: "signed",
#: "agreed", "concluded", "struck" (``_a_deal_of_the_two``); not a deed one side does to a deal ("cancelled", "left")
_TWO_SIDED_DEEDS = frozenset(terms("sign signed agree agreed conclude concluded strike struck"))


def _a_deal_of_the_two(statement: str, country: str, verb: str, wordings: Sequence[str]) -> bool:
    """Does the statement's ``country`` make a deal (``_TWO_SIDED_DEEDS``) "with" the country a wording opens with,
    which makes it "with" the statement's, by the same verb: the same deal, told from the other side?  "Manila signed
    a defence treaty with the US in 1951" was capped (1.00 -> 0.20) as another country acting than "The US signed a
    defence treaty with the Philippines in 1951", as "The Philippines signed ..." was, and "Tripoli signed a migration
    deal with Italy in 2017" than "Italy signed a migration deal with Libya in 2017".  Not a third country ("Tokyo
    signed a defence treaty with the US in 1951": the claim's deal is not with Japan), nor another deed than a deal's
    making ("Manila cancelled a defence treaty with the US"): one side's doing, not both's."""
    if verb not in _TWO_SIDED_DEEDS or text_language(statement) is not Language.ENGLISH:
        return False
    for wording in wordings:
        claimed = _opening_institution(wording)
        if claimed is None or claimed[1] is not None or claimed[2] is None or not _same_deed(verb, claimed[2]):
            continue
        other = _same_country(claimed[0])
        if other != country and _country_after_with(statement, other) and _country_after_with(wording, country):
            return True
    return False


def _country_after_with(text: str, country: str) -> bool:
    """Is the first place ``text`` names ``country`` (its term, as ``_country_term`` reads a name or its capital:
    "the US", "Washington", "the United States"; or of words: "South Korea", "Seoul") right after "with" (and a
    determiner)?"""
    words: list[str] = _WORD.findall(own_words(text))[:_NAME_REACH]  # as written: "US" is a name, "us" no term
    for at in range(len(words)):
        if not terms(words[at]):
            continue  # a run from a word of no term ("with the US") is the name's with words before it
        for length in range(1, min(_NAME_WORDS, len(words) - at) + 1):
            found = terms(" ".join(words[at : at + length]))
            named = _country_term(found[0]) if len(found) == 1 else None
            if (named or _NAMES_OF_WORDS.get(tuple(found))) == country:
                before = [word.lower() for word in words[:at] if word.lower() not in _DETERMINERS][-1:]
                return before == ["with"]
    return False


def _institutions_cap(statement: str, wordings: Sequence[str]) -> bool:
    """Another country's institution than a wording's opening one, before the same deed, read as short statements
    have long been read (``_opening_institution``'s ``plain``: no leader by another title, no country acting as a
    whole): a cap no later clause lifts ("Canada's Senate approved 19 US Navy SEALs after Mexico's Senate voted
    against them" was shown as TRUE "... Mexico's Senate approved 19 US Navy SEALs ..." at 0.99)."""
    said = _opening_institution(statement, plain=True)
    if said is None:
        return False
    country, institution, verb = said
    if institution is None or verb is None:
        return False
    claimed = [found for wording in wordings if (found := _opening_institution(wording, plain=True)) is not None]
    if any(_same_country(other) == _same_country(country) and owned == institution for other, owned, _ in claimed):
        return False
    return any(
        owned == institution
        and _same_country(other) != _same_country(country)
        and after is not None
        and _same_deed(verb, after)
        for other, owned, after in claimed
    )


def _forces_owners(text: str) -> set[str]:
    """The countries ``text`` names right before forces of theirs: {"usa"} of "Mexico's Senate approved 19 US Navy
    SEALs ..." and of "Mexico approved 155 armed US Marines ..." (``_FORCES``, "army", "navy")."""
    spanish = text_language(text) is Language.SPANISH
    found = terms(text, Language.SPANISH if spanish else Language.ENGLISH)
    return {
        country
        for term, then in pairwise(found)
        if (then in _FORCES or _INSTITUTIONS.get(then) in ("army", "navy"))
        and (country := _country_term(term, spanish)) is not None
    }


def _sends_its_own_forces(statement: str, country: str, wordings: Sequence[str]) -> bool:
    """Does a country acting as a whole (``country``, a term) approve or refuse what the claim says of forces of its
    own, which another country's institution let in: "The US approved 155 armed Marines to go to Mexico ..." and
    "The United States approved sending 19 Navy SEALs to Mexico ..." are the sending of the "US Marines" and "US Navy
    SEALs" whose entry Mexico approved (the claims "Mexico approved 155 armed US Marines ...", "... Mexico's Senate
    approved 19 US Navy SEALs ..."), and were capped, 1.00 -> 0.20, hiding the fact-check of the event.  Not when the
    statement says the forces are another country's ("The US approved 19 Mexican Navy SEALs ..."), nor a country's
    refusing: "The US rejected Mexico's offer ..." is no "Mexico's president turned down Trump's offer to send the
    US Army into Mexico ..." (``another_countrys_institution`` asks only of a verb of approving)."""
    own = _same_country(country)
    if _forces_owners(statement) - {own}:
        return False
    return any(own in _forces_owners(wording) for wording in wordings)


#: words after which a country named alone may act (``_claims_actor_further_on``): a mark, or a word joining a clause
#: or a comparison ("Pakistan banned TikTok in 2020, months after India banned it", "..., India in June 2020"), not
#: a verb or a preposition whose object it is ("Guatemala approved 155 armed US Marines to enter Mexico")
_CLAUSE_JOINING = frozenset(
    ", ; : after before when once while whereas as since because but and so then following like separately later was "
    "neighbour neighbor tras cuando pero y e mientras porque luego después despues".split()
)
#: words after the claim's actor that make what it did no claim's deed: a negation, a modal or a future ("...
#: before Mexico's Senate could approve them", "; Mexico's Senate will approve them later"), voting against or for
#: nothing ("voted against", "approved none", "approved only 10")
_NO_DEED = frozenset(
    "not never no nor neither against none nothing only will would could can may might shall should yet until unless "
    "fail failed fails failing "
    "nunca jamás jamas tampoco contra".split()
)
_PREPOSITIONS = frozenset("with to in into from for of at on by against alongside con a en de desde por para".split())
#: words no actor opens with, that ``_opening_institution`` reads past: a date's
_NO_ACTOR = frozenset((*_MONTHS, *"in on by since during until from early late mid en , ; :".split()))
_VOTES = frozenset((*terms("vote voted votes voting"), *terms("votó votaron votar", Language.SPANISH)))
_CLAUSE_TOKEN = LazyPattern(r"[\w'’-]+|[,;:]")


def _claims_actor_further_on(
    statement: str, verb: str, claimed: Sequence[tuple[str, str | None, str | None]], wordings: Sequence[str]
) -> bool:
    """Does the statement name a claim's own actor (``claimed``: what its wordings open with,
    ``_opening_institution``) after its opening's ``verb``, with no negation, modal, vote or other deed after it, so
    that the statement says the claim whatever its opening says another country did: "Russia ratified the New START
    treaty in 2011 after the US Senate ratified it in December 2010", "The US Congress approved funding for 19 Navy
    SEALs ... following the Mexican Senate's approval in February 2026" (capped 1.00 -> 0.20).  The actor is the
    claim's country and institution, the claim's country alone after a joining word when the claim opens with it
    alone (``_CLAUSE_JOINING``: "Pakistan banned TikTok in 2020, months after India banned it"), a person a wording
    opens with before the same deed ("Sheinbaum rechazó ...": "... after its president, Claudia Sheinbaum, turned down
    ..."), or "its"/"their" before the claim's institution whose nearest country named before is the claim's and
    not the statement's own ("Washington rejected Mexico's request after its president turned down ...", not
    "Canada approved the mission after its Senate approved ...").  Not "..., but Mexico never approved them", "...
    after Mexico's Senate voted against them", "... until Mexico's Senate approves them".  Asked only of caps new
    to the actors' check (``another_countrys_institution``)."""
    spanish = text_language(statement) is Language.SPANISH
    language = Language.SPANISH if spanish else Language.ENGLISH
    tokens = _CLAUSE_TOKEN.findall(statement)
    at = next((i for i, token in enumerate(tokens) if verb in terms(token, language)), None)
    if at is None:
        return False
    opening = {_same_country(c) for t in terms(" ".join(tokens[:at]), language) if (c := _country_term(t, spanish))}
    people = {
        words[0]
        for wording in wordings
        if len(words := _WORD.findall(wording)) > 1
        and words[0][:1].isupper()
        and not any(_country_term(t) for t in terms(words[0]))
        and (deed := terms(words[1], text_language(wording))) != []
        and any(after is not None and _same_deed(deed[0], after) for _, _, after in claimed)
    }
    actors = {  # whose deed the statement's opening did (not "US Navy SEALs were authorized ...": no US Navy's)
        (_same_country(other), owned)
        for other, owned, after in claimed
        if after is not None and _same_deed(verb, after)
    }
    claim_terms = {term for wording in wordings for term in terms(wording, text_language(wording))}
    for i in range(at + 1, len(tokens)):
        if tokens[i].lower() in _NO_ACTOR or tokens[i].isdigit():
            continue  # a date, read past by ``_opening_institution``: its window is the actor's
        if not _doing_it(tokens[i + 1 : i + 6], language, claimed):
            continue
        if _to_something_new(tokens[i + 1 :], language, claimed, claim_terms):
            continue
        before = _before_a_date([token.lower() for token in tokens[at:i] if token.lower() not in ("the", "el", "la")])
        if (before and before[-1] == "until") or tokens[i - 1].lower() == "until":
            continue
        if tokens[i] in people:
            return True
        if tokens[i].lower() in ("its", "their", "su", "sus"):
            named = [c for t in terms(" ".join(tokens[:i]), language) if (c := _country_term(t, spanish))]
            found = terms(_LEADERS.sub("president", _CHAMBERS.sub("legislature", " ".join(tokens[i + 1 :]))))[:1]
            owner = _same_country(named[-1]) if named else None
            # the nearest country named before, unless a preposition's object ("Guatemala approved 155 armed US
            # Marines for a joint exercise with Mexico ..., after its Senate approved them": Guatemala's)
            last = next((j for j in range(i - 1, 0, -1) if named and named[-1] in terms(tokens[j], language)), None)
            if last is not None and tokens[last - 1].lower() in _PREPOSITIONS:
                owner = None
            institution = _INSTITUTIONS.get(found[0]) if found else None
            if institution is not None and owner not in opening and (owner, institution) in actors:
                return True
            continue
        named_here = _opening_institution(" ".join(tokens[i:]))
        if named_here is not None and named_here[1] is not None:
            if (_same_country(named_here[0]), named_here[1]) in actors:
                return True
            continue
        country = next(iter(terms(tokens[i], language)), None)
        if country is None or (country := _country_term(country, spanish)) is None or not before:
            continue
        if (before[-1] in _CLAUSE_JOINING or tokens[i - 1] in ",;:") and (_same_country(country), None) in actors:
            return True
    return False


#: words that end the thing a deed is done to (``_to_something_new``): a mark, or a clause's first word
_END_OF_A_THING = frozenset(
    ", ; : after before when while once since until following but and or so then because that which who".split()
)
#: words that say a thing is another than one known: "a new budget", "another request", "a separate bill"
_ANOTHER_THING = frozenset("new another separate different second unrelated".split())


def _to_something_new(
    after: Sequence[str], language: Language, claimed: Sequence[tuple[str, str | None, str | None]], known: set[str]
) -> bool:
    """Do the words after a claim's actor named later (``after``) have it do the claim's deed to a thing said to be
    another ("a new ...", "another ...", "a separate ...": ``_ANOTHER_THING``), none of whose words (to its clause's
    end) the claim's wordings have (``known``: their terms), nor any number: "... after Mexico approved a new budget"
    was shown as TRUE "In February 2026 Mexico's Senate approved 19 US Navy SEALs ..." at 1.00.  Not a thing named
    otherwise, which may be the claim's in other words ("the deployment", "them", "their entry", "it 71 to 26", "a
    request", "a tax reform": a known miss), nor one sharing a word, a number or a date with the claim ("a new
    deployment of 19 SEALs", "a new request in February 2026")."""
    verb = next(
        (
            at
            for at, token in enumerate(after[:4])
            for term in terms(token, language)
            if any(claimed_after is not None and _same_deed(term, claimed_after) for _, _, claimed_after in claimed)
        ),
        None,
    )
    if verb is None or verb + 2 >= len(after) or after[verb + 1].lower() not in ("a", "an", "another"):
        return False
    thing: list[str] = [after[verb + 1]]
    for token in after[verb + 2 : verb + 12]:
        if token.lower() in _END_OF_A_THING:
            break
        thing.append(token)
    if not _ANOTHER_THING & {token.lower() for token in thing[:3]}:
        return False
    found = terms(" ".join(thing), language)
    return bool(found) and not any(term in known or term[:1].isdigit() for term in found)


def _before_a_date(words: list[str]) -> list[str]:
    """``words`` without a date they end with: "..., and in December 2020" ends with "and" ("The US passed on the
    offer, and in December 2020 Mexico passed a law ...", capped 1.00 -> 0.20)."""
    end = len(words)
    while end and (words[end - 1].isdigit() or words[end - 1] in _MONTHS):
        end -= 1
    if end < len(words) and end and words[end - 1] in ("in", "on", "by", "since", "en"):
        end -= 1
    return words[:end]


def _doing_it(window: Sequence[str], language: Language, claimed: Sequence[tuple[str, str | None, str | None]]) -> bool:
    """Do the words after a claim's actor (``window``) leave it doing the claim's deed: no negation, modal or future,
    no vote, no verb of another deed (``_NO_DEED``, ``_VOTES``, ``_DEEDS``: "..., and Mexico's Senate rejected
    them")?"""
    for token in window:
        word = token.lower()
        if word in _NO_DEED or word.endswith(("n't", "n’t")):
            return False
        for term in terms(token, language):
            if term in _VOTES:
                return False
            deeds = [deed for deed in _DEEDS if term in deed]
            if deeds and not any(after is not None and _same_deed(term, after) for _, _, after in claimed):
                return False
    return True


#: the terms of verbs of approving and of refusing, in English and Spanish: what an institution opening a claim
#: does ("Mexico's Senate approved ...", "... authorized ...", "Mexico's president turned down ..."), which a
#: statement may say by another of them ("Canada's Senate approved ..." for "Mexico's Senate authorized ...")
_DEEDS = tuple(
    frozenset((*(stem(word) for word in english.split()), *terms(spanish, Language.SPANISH)))
    for english, spanish in (
        (
            "approve approved authorize authorized authorise authorised ratify ratified pass passed okay okayed okd "
            "vote voted",
            "aprobó autorizó ratificó votó",
        ),
        (
            "reject rejected refuse refused decline declined turn turned rebuff rebuffed block blocked veto vetoed "
            "vote voted",
            "rechazó negó bloqueó vetó votó",
        ),
    )
)


def _same_deed(verb: str, other: str) -> bool:
    """Is a statement's ``verb`` the ``other`` verb of a claim's wording, spelled alike (``_same_verb``) or another
    verb of the same deed (``_DEEDS``: "approved" for "authorized")?"""
    return _same_verb(verb, [other]) or any(verb in deed and other in deed for deed in _DEEDS)


def _same_verb(term: str, claimed: Sequence[str]) -> bool:
    """Is the statement's ``term`` one of the ``claimed`` terms (a wording's, between its two names), or the same
    stem with an ending left on (``_extends``): a Spanish verb's term is its English twin's with an ending left on
    ("invadi" of "invadió", "invad" of "invaded"), and "México invadió Estados Unidos en 1846" was shown as "US troops
    have invaded Mexico in the past" (TRUE) at 0.94, where "Mexico invaded the United States in 1846" was held back.
    Only such an ending (``_extends``, stems of four letters or more), not any other spelling ``is_variant`` allows:
    a noun of the same verb is none ("invas" of "an invasion of US troops" is no "invad"), nor is a word one letter
    off ("border"/"order", "defend"/"depend", "deport"/"report", "patrol"/"petrol")."""
    return term in claimed or any(_extends(term, other) for other in claimed)


#: words that make a relation go both ways, or a comparison (which ``polarity`` reads as the opposite when turned
#: round): "X is better than Y", "X interacts with Y", "X and Y are linked"
_BOTH_WAYS = LazyPattern(r"\b(?:than|with|and|between|versus|vs|each other|one another)\b", re.IGNORECASE)


#: the terms of verbs saying what a cause does to its effect ("causes", "leads to", "raises the risk of", Spanish
#: "causa", "provoca"): a relation of one way.  Others may be said either way round: "Mexico's Senate must
#: approve foreign troops" is "Foreign troops need the Mexican Senate's approval".  By what they do to the
#: effect: bring it about or make it more, or make it less.
_MAKING_MORE = frozenset(
    [stem(word) for word in "cause lead led trigger induce provoke produce result give gave increase raise".split()]
    + [stem(word) for word in "boost worsen contribute".split()]
    # a Spanish text is stemmed in Spanish: "provoca" is "provoc"
    + [Language.SPANISH.stem(word) for word in "causa causan provoca provocan".split()]
)
_MAKING_LESS = frozenset(stem(word) for word in "reduce lower decrease prevent".split())
_CAUSING = _MAKING_MORE | _MAKING_LESS
#: the terms of verbs saying that someone sent people or things to a place ("deployed 10,000 troops to the border"):
#: a relation too, which a file about troops says of many claims, and a statement may say by another of them
#: ("moved", "dispatched").  Not "stationed" or "based" (also a police station, a military base: subjects), nor a
#: verb of taking away ("withdrew", "pulled"), which says another thing.
_SENDING_WORDS = "deploy redeploy send sent dispatch move relocate transfer mobilize mobilise"
_SENDING = frozenset(stem(word) for word in _SENDING_WORDS.split())
#: the same verbs in a Spanish text, stemmed in Spanish ("envió", "mandó", "desplegó", "despliega", "movilizó",
#: "trasladó"): "México envió 10,000 soldados a la frontera" is "Mexico sent 10,000 soldiers to the border".  Kept
#: apart from the English ones, which an English text reads alone: "envi" is also the English term of "envy"
_SPANISH_SENDING_WORDS = "enviar envió mandar mandó desplegar desplegó despliega movilizar movilizó trasladar trasladó"
_SPANISH_SENDING = frozenset(term for word in _SPANISH_SENDING_WORDS.split() for term in terms(word, Language.SPANISH))
#: the same verbs in a Portuguese text (``reads_portuguese``), in the forms Spanish spells otherwise ("enviou",
#: "mandaram", "mandam"), stemmed as the text is read, in Spanish or English: "O México enviou 10 mil soldados para a
#: fronteira" sent nothing, and was shown as "There are more than 10,000 US troops deployed in Mexico" (FALSE, 0.87)
#: by its Spanish alias, where "México envió 10 mil soldados a la frontera" is held back (``another_owner``)
_PORTUGUESE_SENDING_WORDS = (
    "enviou enviaram enviam mandou mandaram mandam mobilizou mobilizaram mobilizam deslocou deslocaram deslocam "
    "transferiu transferiram"
)
_PORTUGUESE_SENDING = frozenset(
    term
    for word in _PORTUGUESE_SENDING_WORDS.split()
    for language in (Language.SPANISH, Language.ENGLISH)
    for term in terms(word, language)
)
#: the terms of verbs of sending in either language
_ANY_SENDING = _SENDING | _SPANISH_SENDING | _PORTUGUESE_SENDING


@built_once
def _recalling_and_envoys() -> tuple[frozenset[str], frozenset[str]]:
    """The terms of recalling, and of envoys: recalling is a government's deed only of an envoy ("Seoul recalled its
    ambassador to Japan in 2005", not "Seoul recalled 2 million cars sold in Japan in 2005", a firm's, nor "... held
    a recall referendum": ``_a_government_deed``).  Built when first read, as ``_government_deeds`` are."""
    return frozenset(terms("recall recalled recalls")), frozenset(
        terms("ambassador ambassadors envoy envoys diplomat diplomats")
    )


def _a_government_deed(deed: tuple[str, ...]) -> bool:
    """Do terms open with a verb of a government's deed (``_government_deeds``), or with recalling an envoy, the next
    term or the one after (``_recalling_and_envoys``: "recalled its ambassador", "recalled the envoy")?"""
    if deed[0] in _government_deeds():
        return True
    recalling, envoys = _recalling_and_envoys()
    return deed[0] in recalling and any(term in envoys for term in deed[1:3])


@built_once
def _government_deeds() -> frozenset[str]:
    """The terms of verbs of a government's deed toward another country, beside those of approving or refusing
    (``_DEEDS``) and sending (``_ANY_SENDING``): what a capital city opening a text does for its country's government
    (``_capital_for_its_government``).  Not a city's own deeds: banning, legalising, hosting, welcoming, voting.
    Built when first read, as ``_foreign_affairs`` is, not at import: only a text opening with a capital city reads
    them."""
    return frozenset(
        (
            *(term for deed in _DEEDS for term in deed if term not in _VOTES),
            *_ANY_SENDING,
            *(
                stem(word)
                for word in "annex annexed recognise recognised recognize recognized sanction sanctioned".split()
            ),
            *(stem(word) for word in "impose imposed invade invaded expel expelled designate designated".split()),
            *(stem(word) for word in "sign signed struck strike attack attacked bomb bombed join joined".split()),
            # leaving a treaty or an alliance: "Washington withdrew from ...", "... pulled out of ...", "... left ..."
            *_LEAVING,
            *terms("anexó reconoció sancionó impuso invadió expulsó designó firmó atacó retiró", Language.SPANISH),
        )
    )


@built_once
def _foreign_affairs() -> frozenset[str]:
    """Terms of a text naming foreign affairs without naming a country (``_capital_for_its_government``): a treaty, an
    agreement ("the Paris climate agreement", whose Paris is no country), an alliance, an embassy, the WHO.  Built
    when first read, as ``_government_deeds`` are."""
    return frozenset(
        terms(
            "treaty agreement accord pact NATO WHO embassy ambassador sanctions tratado acuerdo OTAN embajada embajador"
        )
    )


#: words before "mando" that make it the noun (command), not "mandó" typed without its accent: "el mando militar",
#: "bajo su mando", "alto mando"
_BEFORE_A_NOUN = frozenset("el un del al su sus nuestro este ese aquel alto segundo primer mismo".split())


def _spanish_noun_of_sending(tokens: Sequence[str], at: int) -> bool:
    """Is the Spanish word at ``at`` the noun "mando" (command) or "mandos" (commanders), not the verb "mandó"
    ("sent"), which folds to the same word and term: "Mandos militares de Estados Unidos visitaron México" was read
    as sending.  "mandos" is no form of the verb; "mando" is the noun as written (no accent) opening the text or
    after a word of ``_BEFORE_A_NOUN``: a text typed without accents writes "México mando 10 mil soldados"."""
    word = tokens[at].strip(_AROUND_A_WORD).lower()
    if word == "mandos":
        return True
    before = fold(tokens[at - 1].strip(_AROUND_A_WORD)) if at else ""
    return word == "mando" and (not at or before in _BEFORE_A_NOUN)


def _reworded_relation(term: str, said: Collection[str]) -> bool:
    """Is ``term`` a claim's verb of causing that ``said`` (the statement's words in its place) rewords by another
    of the same way ("raises" for "increases", "triggers" or "leads to" for "causes"), or its verb of sending
    reworded by another ("moved" for "deployed": ``_SENDING``)?

    A health or energy desk's claims say what causes or changes what, so their verbs of causing recur and looked
    like subjects of the file: "Being obese raises the risk of severe covid" and "Fracking triggers earthquakes"
    were read as putting another subject in the place of "increases" and "causes", and capped.  A verb of the
    other way ("prevents" for "causes", "worsen" for "reduce") still counts: no polarity rule says it is the
    opposite.  So with sending: "deployed" recurs in a file about troops, and "Mexico moved 10,000 soldiers to the
    border" was capped (0.20) as putting another subject in its place in "Mexico deployed 10,000 of its own troops
    to the US border"."""
    return any(term in side and not side.isdisjoint(said) for side in (_MAKING_MORE, _MAKING_LESS, _ANY_SENDING))


#: the terms of words for armed forces and their members: what a file about troops says its claims' verbs of
#: sending send ("deployed 10,000 of its own troops", "sent 10,000 National Guard troops", "soldiers", "members")
_FORCES_WORDS = (
    "troops soldiers servicemembers servicemen guard guardsmen members personnel forces marines army military "
    "navy sailors seals commandos trainers instructors advisers advisors officers units battalions brigades "
    "reservists militia infantry paratroopers recruits men boots airborne berets rangers "
    "guardia nacional divisions contingents detachments squads platoons"
)
#: Spanish, stemmed in Spanish: "10 mil elementos de la Guardia Nacional", "efectivos", "militares"; not a word whose
#: Spanish term is the English term of something else ("agentes" is "agent", as customs agents are, "infantes"
#: "infant", "reservistas" "reserv", "uniformados" "uniform")
_SPANISH_FORCES_WORDS = (
    "soldados tropas militares elementos efectivos guardia guardias marinos marines ejercito fuerzas comandos "
    "paracaidistas batallones brigadas unidades contingentes instructores entrenadores asesores miembros personal"
)
_FORCES = frozenset(term for word in _FORCES_WORDS.split() for term in terms(word)) | frozenset(
    term for word in _SPANISH_FORCES_WORDS.split() for term in terms(word, Language.SPANISH)
)
#: words that end what a verb of sending sends and begin where it goes, why or when ("10,000 migrants" of "moved
#: 10,000 migrants to the border"); "of" and "and" do not ("10,000 of its own troops", "troops and drones")
_CARGO_ENDS = frozenset(
    "to into in inside at from toward towards across along for back over on onto near through after before because "
    "as when while since against under with without by during amid between which who that where so but than".split()
)
#: the same in a Spanish text ("a la frontera", "hacia el norte", "para vigilar"); not "de" ("10 mil elementos de la
#: Guardia Nacional") nor "y"; "a" is also the personal "a" before those sent ("envió a 10 mil militares":
#: ``_personal_a``)
_SPANISH_CARGO_ENDS = frozenset(
    "a al en hacia desde para por con sin durante contra sobre entre tras ante bajo rumbo dentro cerca "
    "que quien quienes donde cuando porque como mientras pero segun".split()
)
#: the same in a Portuguese text (``reads_portuguese``), with the Spanish ones: its "no", "na", "ao", "em", "com"
#: ("mandam soldados no México": the soldiers go "in the" Mexico, no Mexico of theirs is sent)
_PORTUGUESE_CARGO_ENDS = _SPANISH_CARGO_ENDS | frozenset(
    "em no na nos nas num numa ao aos à às com pelo pela pelos pelas até rumo perto onde enquanto mas".split()
)
#: a verb's auxiliary in the passive, and the words that may stand between ("were quietly moved", "have been sent")
_PASSIVE_AUXILIARIES = frozenset(
    "is are was were be been being get gets got gotten es son fue fueron sera seran sido siendo esta estan".split()
)
_PASSIVE_FILLERS = frozenset("not never also just now quietly secretly reportedly no ya tambien ahora".split())
#: at most this many words are read as what is sent
_CARGO_WORDS = 6
#: words that qualify a count and send nothing ("nearly 10,000", "another 10,000", "an additional 10,000", "some
#: 10,000", "more than 10,000", "up to 10,000"): a count so qualified sends what the claim sends
_COUNT_QUALIFIERS = frozenset(
    "a an the nearly almost about roughly around approximately some over more than up to another additional extra "
    "further fresh new least at estimated just only close upwards of its their own".split()
    # Spanish: "unos 10 mil", "casi", "más de", "otros", "alrededor de", "al menos", "sus propios"
    + "un una unos unas el la los las casi cerca alrededor aproximadamente mas de otros otras nuevos nuevas "
    "adicionales al menos hasta sus propios propias".split()
)
#: words that end what is sent before a place ("sent over the border", "under the bridge") and qualify a count before
#: a number ("sent over 10,000 troops", "under 500 troops")
_BEFORE_A_COUNT = frozenset({"over", "under"})
#: the words of a qualifier of two that would end what is sent ("more than 10,000 troops", "up to 10,000 troops",
#: Spanish "al menos 10 mil")
_QUALIFYING_PAIRS = frozenset(
    {("more", "than"), ("fewer", "than"), ("less", "than"), ("up", "to"), ("at", "least"), ("al", "menos")}
)
#: people named as of the sender's own are its forces ("Mexico sent 10,000 of its own people to the border")
_OWN_PEOPLE = frozenset(term for word in "people men women personnel".split() for term in terms(word))


def sends_other_cargo(statement: str, wordings: Sequence[str]) -> bool:
    """Does the statement send something other than troops (migrants, weapons, aid) where a wording of the claim
    sends troops, by a verb of sending (``_SENDING``)?

    A verb of sending in the place of the claim's is the relation reworded (``_reworded_relation``: "Mexico moved
    10,000 soldiers to the border" for "Mexico deployed 10,000 of its own troops to the US border"), so what is
    sent is the subject, as the effect of a verb of causing is: "Mexico moved 10,000 migrants to the border" was
    shown as that TRUE claim (possible match 0.70), "Mexico deployed 10,000 migrants ..." (0.96) even before, as
    the file's one claim of migrants makes "migrants" a word it knows, no distinctive word (``substitutes``).
    What is sent is read as written (``_sent``): the words after the verb up to where it goes ("to the border"),
    or before it in the passive ("10,000 migrants were moved ..."); the statement's count for the claim's is left
    to ``substitutes``.  Only troops are told from other cargo, the subject of a file about troops; a word for
    them (``_FORCES``: "soldiers", "National Guard members", "personnel") or one of the claim's words is the
    claim's cargo in other words."""
    claim_cargo = [terms_sent for wording in wordings for terms_sent in _sent(wording)]
    if not any(sent & _FORCES for sent in claim_cargo):
        return False
    said = [sent for sent in _sent(statement) if sent]
    if not said or any(sent & _FORCES for sent in said):
        return False
    claim_terms = [term for wording in wordings for term in analyse(wording).terms]
    return any(term not in claim_terms and not is_variant(term, claim_terms) for sent in said for term in sent)


class _Sending(NamedTuple):
    """A verb of sending in a text: its word's position, whether it is in the passive ("were moved") and the terms
    of what it sends (``_sent``)."""

    at: int
    passive: bool
    sent: frozenset[str]


def _sent(text: str) -> tuple[frozenset[str], ...]:
    """The terms of what ``text`` says is sent, for each of its verbs of sending (``_SENDING``, in a Spanish text
    ``_SPANISH_SENDING``), numbers aside: the words after the verb up to where it goes (``_CARGO_ENDS``), or in
    the passive the words before its auxiliary, at most ``_CARGO_WORDS`` of them within the clause; an empty set
    when the verb sends nothing named ("moved to close the border")."""
    return tuple(sending.sent for sending in _sendings(text))


@text_cache(maxsize=8192)
def _sendings(text: str) -> tuple[_Sending, ...]:
    """The verbs of sending of ``text`` and what each sends (``_sent``).  Cached, as ``analyse`` is: a claim's
    wordings are read for every statement it is a candidate for."""
    words = own_words(text)
    language = text_language(words)
    spanish = language is Language.SPANISH
    sending = _SPANISH_SENDING if spanish else _SENDING
    portuguese = reads_portuguese(words)
    if portuguese:
        sending = sending | _PORTUGUESE_SENDING
    tokens = _TOKEN.findall(words)
    bare = _bare(tokens)
    found: list[_Sending] = []
    for at, word in enumerate(bare):
        verb = terms(word, language)
        if len(verb) != 1 or verb[0] not in sending or (spanish and _spanish_noun_of_sending(tokens, at)):
            continue
        before = at - 1
        while before >= 0 and bare[before] in _PASSIVE_FILLERS:
            before -= 1
        passive = before >= 0 and bare[before] in _PASSIVE_AUXILIARIES
        if passive:
            cargo = _clause_words(tokens, bare, before - 1, -1, language, portuguese=portuguese)
        else:
            start = _after_personal_a(bare, at + 1, language)
            cargo = _clause_words(tokens, bare, start, 1, language, portuguese=portuguese)
        named = [word for word in cargo if word not in _COUNT_QUALIFIERS]
        sent = frozenset(term for term in terms(" ".join(named), language) if not term[:1].isdigit())
        if ("own" in cargo or "propios" in cargo or "propias" in cargo) and sent and sent <= _OWN_PEOPLE:
            sent = frozenset(terms("troops"))  # "10,000 of its own people": its forces
        found.append(_Sending(at, passive, sent))
    return tuple(found)


def _after_personal_a(bare: Sequence[str], at: int, language: Language) -> int:
    """Where what a verb of sending sends begins, from ``at`` (the word after the verb): past a Spanish personal
    "a" before those sent ("envió a 10 mil militares", "mandó a la Guardia Nacional"), which is no "a" of where
    they go ("envió a la frontera 10 mil soldados"): a count, a qualifier of one or a word for troops follows it."""
    if language is not Language.SPANISH or at >= len(bare) or bare[at] != "a":
        return at
    following = next((word for word in bare[at + 1 :] if word not in ("la", "las", "el", "los")), "")
    sent = terms(following, language)
    if following[:1].isdigit() or following in _COUNT_QUALIFIERS or (len(sent) == 1 and sent[0] in _FORCES):
        return at + 1
    return at


def _ends_cargo(
    bare: Sequence[str], at: int, language: Language = Language.ENGLISH, *, portuguese: bool = False
) -> bool:
    """Does the word at ``at`` end what is sent (``_CARGO_ENDS``, in a Spanish text ``_SPANISH_CARGO_ENDS``, in a
    Portuguese one ``_PORTUGUESE_CARGO_ENDS``), save
    as a word of a qualifier of a count ("than" of "more than 10,000 troops", "to" of "up to", "at" of "at
    least", "al" of "al menos")?"""
    if portuguese:
        ends = _PORTUGUESE_CARGO_ENDS
    else:
        ends = _SPANISH_CARGO_ENDS if language is Language.SPANISH else _CARGO_ENDS
    if bare[at] not in ends:
        return False
    if bare[at] in _BEFORE_A_COUNT and at + 1 < len(bare) and _is_a_count(bare[at + 1], language):
        return False  # "sent over 10,000 troops": a count's qualifier, not where they went ("sent over the border")
    pairs = (tuple(bare[at - 1 : at + 1]) if at else (), tuple(bare[at : at + 2]))
    return not any(pair in _QUALIFYING_PAIRS for pair in pairs)


def _is_a_count(word: str, language: Language) -> bool:
    """Is a (bare) word a number: "10,000", "ten"?"""
    found = terms(word, language)
    return len(found) == 1 and found[0][:1].isdigit()


def _clause_words(
    tokens: Sequence[str],
    bare: Sequence[str],
    start: int,
    step: int,
    language: Language = Language.ENGLISH,
    *,
    portuguese: bool = False,
) -> list[str]:
    """The words from ``start`` on in the direction ``step``, up to a word of ``_CARGO_ENDS`` (of the text's
    ``language``, or Portuguese), a punctuation mark that ends a clause or ``_CARGO_WORDS`` words."""
    return [bare[at] for at in _clause_positions(tokens, bare, start, step, language, portuguese=portuguese)]


def _clause_positions(
    tokens: Sequence[str],
    bare: Sequence[str],
    start: int,
    step: int,
    language: Language = Language.ENGLISH,
    *,
    portuguese: bool = False,
) -> list[int]:
    """The positions of ``_clause_words``, in the text's order."""
    taken: list[int] = []
    at = start
    while (
        0 <= at < len(tokens)
        and len(taken) < _CARGO_WORDS
        and bare[at]
        and not _ends_cargo(bare, at, language, portuguese=portuguese)
    ):
        if step < 0 and tokens[at].rstrip(_CLOSING_MARKS)[-1:] in ",;:!?.…":
            break  # the clause before ends here: "In March, 10,000 migrants were moved"
        taken.append(at)
        if step > 0 and tokens[at].rstrip(_CLOSING_MARKS)[-1:] in ",;:!?.…":
            break  # "sent weapons, officials said"
        at += step
    return taken if step > 0 else taken[::-1]


def cause_and_effect_turned_round(statement: str, wordings: Sequence[str]) -> bool:
    """Does the statement say of a wording's effect what the wording says of its cause, and of the cause what it
    says of the effect, around the same verb of causing (``_CAUSING``): "Lung cancer causes smoking" for
    "Smoking causes lung cancer"?

    A health desk's claims are of causes and effects between ordinary words, which ``roles_turned_round`` (names
    only) leaves alone: "Lung cancer causes smoking" was shown as TRUE "Smoking causes lung cancer" at 1.00,
    "Autism causes people to refuse the MMR vaccine" as "The MMR vaccine causes autism".  The two texts must
    each have the verb once, something before it (their subjects, with no term in common) and each subject's
    terms after the verb in the other text.  Passive sentences ("Autism is caused by the MMR vaccine") say it the
    other way round on purpose, and a comparison or a relation that goes both ways ("than", "with", "and") is
    left alone."""
    own = own_words(statement)
    if _PASSIVE.search(own) or _BOTH_WAYS.search(own):
        return False
    said = analyse(statement).terms
    for wording in wordings:
        if _PASSIVE.search(wording) or _BOTH_WAYS.search(wording):
            continue
        claim = analyse(wording)
        for verb in set(said) & set(claim.terms) & _CAUSING:
            if said.count(verb) != 1 or claim.terms.count(verb) != 1:
                continue
            subject, rest = set(said[: said.index(verb)]), set(said[said.index(verb) + 1 :])
            at = claim.terms.index(verb)
            claim_subject, claim_rest = set(claim.terms[:at]), set(claim.terms[at + 1 :])
            apart = bool(subject) and bool(claim_subject) and not subject & claim_subject
            if apart and subject <= claim_rest and claim_subject <= rest:
                return True
    return False


#: what a text opening with a name calls that name's own: "Mexico deployed 10,000 of its own troops"
_ITS_OWN = re.compile(r"\b(?:its|their)\s+own\s+([\w'’-]+)", re.IGNORECASE)
#: words between a border's name and "border" ("Mexico's northern border")
_BORDER_SIDES = frozenset(("northern", "southern", "eastern", "western"))
#: the terms of words that make a place of one country's name before them: "the US border", "Mexican territory",
#: "Mexico's airspace", "American soil"
_TERRITORY = frozenset(stem(word) for word in ("border", "territory", "airspace", "soil"))


def _owners_and_places(
    text: str, names: Container[str], *, placeless: bool = False, stand_ins: StandIns = _NO_STAND_INS
) -> tuple[set[tuple[str, str]], set[str]] | None:
    """Whose the things ``text`` talks about are (``_owners``) and the names of the places it puts them in:
    "in the US", "into Mexico", a border named by one country ("to the US border", "to Mexico's northern
    border"; "the US-Mexico border" is both countries'); None when it has no owner, or no place unless
    ``placeless``.  ``stand_ins``: who sends troops for a country (``_stand_ins``), as its sender."""
    words = own_words(text)
    owners = _owners(words, names, stand_ins)
    places = _named_places(words, names)
    if not owners or not (places or placeless):
        return None
    return owners, places


def _named_places(words: str, names: Container[str]) -> set[str]:
    """The names of the places a text's own ``words`` put things in (``_owners_and_places``)."""
    places: set[str] = set()
    language = text_language(words)  # "en EU" is in the US in a Spanish text
    above = [match.group(1) for match in _ABOVE.finditer(words)] if language is not Language.SPANISH else []
    read = (*_places(words), *_spanish_places(words), *_portuguese_places(words))
    for written in (*(place for place, _ in read), *above):
        # a place read with an article, as places are: "in the us" is the country, "us" alone a pronoun
        found = terms(f"the {written}", language)
        if found and found[-1] in names:
            places.add(found[-1])
        elif len(found) >= 2 and found[-1] in _TERRITORY:
            named = [term for term in found[:-1] if term not in _BORDER_SIDES]
            if len(named) == 1 and named[0] in names:
                places.add(named[0])
    if language is Language.SPANISH:
        places |= _spanish_territories(words, names)
    else:
        places |= _borders_with(words, names)
    return places


#: a border an English text names by the country after "with": "to the border with the United States"
_BORDER_WITH = re.compile(r"\bborders?\s+with\s+((?:[\w.'’-]+\s+){0,3}[\w.'’-]+)", re.IGNORECASE)


def _borders_with(words: str, names: Container[str]) -> set[str]:
    """The names an English text makes a place of as the country a border is "with" (``_BORDER_WITH``), as Spanish
    "la frontera con Estados Unidos" (``_spanish_territories``) and English "the US border" are: without it, "Mexico
    sent 10,000 soldiers to the border with the United States" put its troops nowhere, and was shown as "There are
    more than 10,000 US troops deployed in Mexico" (FALSE) at 0.93, above the claim it is."""
    found: set[str] = set()
    for match in _BORDER_WITH.finditer(words):
        written = match.group(1)
        named = terms(written if _ARTICLE.match(written) else f"the {written}")
        if named and named[0] in names:
            found.add(named[0])
    return found


#: the terms of Spanish words that make a place of the name after them, as ``_TERRITORY`` of the name before them in
#: English: "la frontera con Estados Unidos" (the US border), "territorio mexicano", "el espacio aéreo de México"
_SPANISH_TERRITORY = frozenset(terms("frontera territorio espacio suelo", Language.SPANISH))
#: words between "frontera" and its country ("la frontera norte de México"), and those that link them
_SPANISH_BORDER_SIDES = frozenset("norte sur norteña sureña aereo".split())
_SPANISH_LINKS = frozenset(("de", "del", "con"))


def _spanish_territories(words: str, names: Container[str]) -> set[str]:
    """The names a Spanish text makes a place of by a word of territory before them (``_SPANISH_TERRITORY``), right
    after it or after "de", "del", "con" (and an article): "a la frontera con Estados Unidos" puts what it sends at
    the US border, as "to the US border" does in English (``_owners_and_places``); without it, "México envió a 10
    mil militares a la frontera con Estados Unidos" put them nowhere, and was shown as "There are more than 10,000
    US troops deployed in Mexico" (0.74)."""
    tokens = _bare(_TOKEN.findall(words))
    found: set[str] = set()
    for at, token in enumerate(tokens):
        territory = terms(token, Language.SPANISH)
        if len(territory) != 1 or territory[0] not in _SPANISH_TERRITORY:
            continue
        start = at + 1
        while start < len(tokens) and tokens[start] in _SPANISH_BORDER_SIDES:
            start += 1
        if start < len(tokens) and tokens[start] in _SPANISH_LINKS:
            start += 1 + (start + 1 < len(tokens) and tokens[start + 1] in _SPANISH_ARTICLES)
        if start >= len(tokens) or tokens[start] in SPANISH_STOP_WORDS:
            continue
        named = terms(" ".join(tokens[start : start + _NAME_WORDS]), Language.SPANISH)
        if named and named[0] in names:
            found.add(named[0])
    return found


def _owners(words: str, names: Container[str], stand_ins: StandIns = _NO_STAND_INS) -> set[tuple[str, str]]:
    """The (name, word) pairs of a text's own words where one of ``names`` stands right before a word that is
    no number ("Mexican troops": ("mexico", "troop")) or owns it ("Mexico deployed its own troops")."""
    said = analyse(words).terms
    owners = {(a, b) for a, b in pairwise(said) if a in names and not b[:1].isdigit()}
    portuguese = reads_portuguese(words)
    if portuguese or text_language(words) is Language.SPANISH:
        # Spanish names the owner after the thing: "soldados mexicanos", "tropas de Estados Unidos"; not after a word
        # of place: read through its stop words, "tropas en México" made Mexico the owner of troops it put in Mexico.
        # So does Portuguese, which may be read as English ("Há tropas mexicanas nos Estados Unidos": its "nos" was
        # the Mexican troops' thing, and the statement was no other owner's than "There are US troops in Mexico")
        owners = _spanish_possessions(words, names, _PORTUGUESE_OF if portuguese else _SPANISH_OF)
    actor = _opening_term(words)
    if actor is not None and actor in names:
        owners |= {(actor, owned[0]) for match in _ITS_OWN.finditer(words) if (owned := terms(match.group(1)))}
    return owners | _senders(words, names, stand_ins)


#: words that may stand between a sender and its verb of sending: "Mexico has sent", "Mexico quietly deployed",
#: "México ya envió"; adverbs of manner ("-ly", "-mente") too
_BEFORE_SENDING = frozenset(
    "has have had will would also just now already reportedly officially again ha han habia ya tambien ahora".split()
)
#: words for a country's government, which sends as the country does: "the Mexican government", "Mexico's
#: government", "the government of Mexico", "el gobierno de México", "el gobierno mexicano"; and for its head, who
#: commands its troops: "Mexico's president", "la presidenta de México"; in Portuguese, "o governo do México"
_GOVERNMENT = frozenset(
    "government administration gobierno administracion governo president presidente presidenta".split()
)
#: the words that link a government to its country after it: "the government of Mexico", "el gobierno de México",
#: "o governo do México" ("do", "da": Portuguese's "of the"), left out of the sender's words (``_as_its_country``).
#: The sender's terms would drop all but "da" as stop words; "o governo da Venezuela" was sent by "da venezuela"
_GOVERNMENT_LINKS = frozenset(("of", "de", "del", "do", "da"))


def _as_its_country(opening: Sequence[str]) -> list[str]:
    """The words of a sender (``_senders``) with a word for a government (``_GOVERNMENT``) left out, with its link
    to the country after it or the country's possessive "'s" before it: a country's government is the country.
    "El gobierno de México envió 10 mil soldados a la frontera" was read as no sender ("gobierno"), so its troops
    were no one's and the statement was shown as "There are more than 10,000 US troops deployed in Mexico" (FALSE,
    0.67)."""
    folded = [fold(token) for token in opening]
    at = next((i for i, word in enumerate(folded) if word in _GOVERNMENT), None)
    if at is None:
        return list(opening)
    before = [re.sub(r"['’]s$", "", token) if i == at - 1 else token for i, token in enumerate(opening[:at])]
    after = list(opening[at + 1 :])
    if after and fold(after[0]) in _GOVERNMENT_LINKS:
        after = after[1:]
    return before + after


#: Portuguese's articles, which may open a sender's name ("Os EUA mandam"; "os" is no Spanish or English stop word)
_PORTUGUESE_ARTICLES = frozenset(("o", "os", "a", "as"))
#: how many words a sender's name may take before its verb ("the United States of America", "EE. UU.")
_SENDER_WORDS = 5


def _senders(words: str, names: Container[str], stand_ins: StandIns = _NO_STAND_INS) -> set[tuple[str, str]]:
    """The (name, word) pairs of a text that opens with one of ``names`` sending troops by its first verb of sending
    (``_sent``), in the active: the troops are the sender's, as its own troops are ("Mexico sent 10,000 soldiers to
    the border": ("mexico", "troop"); "México envió 10,000 soldados a la frontera": ("mexico", "trop")).  Troops sent
    that are named another's ("Mexico sent US troops home") are that other's too (``_owners``), and no check
    reads them as the sender's alone.

    Without them, "México envió 10,000 soldados a la frontera" was shown as "There are more than 10,000 US troops
    deployed in Mexico" (FALSE) at 0.78 by its Spanish alias, which opens with no actor ("Hay más de 10 mil soldados
    estadounidenses desplegados en México"); in English an alias opening with its actor ("The US has sent 10,000
    troops into Mexico") had told the two apart (``another_actor``).

    ``stand_ins``: who sends troops for a country, as the knowledge base says (``_stand_ins``): "Sheinbaum envió 10
    mil soldados a la frontera" sends Mexico's, as "Sheinbaum deployed 10,000 soldiers to Mexico's northern border"
    is a wording of the claim that "Mexico deployed 10,000 of its own troops to the US border"."""
    sending = _sending_of_troops(words)
    if sending is None:
        return set()
    sender, sent = sending
    sender = stand_ins.get(sender, sender)
    if sender not in names:
        return set()
    return {(sender, term) for term in sent}


def _sending_of_troops(words: str) -> tuple[str, frozenset[str]] | None:
    """The term of who a text opens with sending troops by its first verb of sending, in the active, and the terms
    of the troops it sends (``_senders``); None when it opens otherwise.  A short label before it is skipped
    (``_after_label``: "Fact: Mexico sent 10,000 troops" is sent by Mexico)."""
    words = _after_label(words)
    sendings = _sendings(words)
    if not sendings or sendings[0].passive or not sendings[0].sent & _FORCES:
        return None
    first = sendings[0]
    tokens = _TOKEN.findall(words)[: first.at]
    titles = _title_positions(_TOKEN.findall(words))  # a person's title is the person's: "Secretary Hegseth sent"
    opening = [
        token
        for at, token in enumerate(tokens)
        if at not in titles and fold(token) not in _BEFORE_SENDING and not fold(token).endswith(("ly", "mente"))
    ]
    if opening and opening[0].lower() in _PORTUGUESE_ARTICLES and reads_portuguese(words):
        opening = opening[1:]  # Portuguese's article before a country's name: "O México enviou", "Os EUA mandam"
    if not opening or len(opening) > _SENDER_WORDS:
        return None
    opening = _as_its_country(opening)
    if not opening:
        return None
    language = text_language(words)
    # read with its article ("the us" is the country, "us" alone a pronoun), in the text's language ("EE. UU.")
    sender = terms(" ".join(opening if _ARTICLE.match(opening[0]) else ["the", *opening]), language)
    if len(sender) != 1:
        return None
    return sender[0], first.sent & _FORCES


def _beginnings(words: str) -> re.Pattern[str]:
    """A pattern of the beginnings of ``words`` (folded): the letters their other forms share ("mov" of "moved",
    "moving"; "sold" of "soldiers", "soldados"; "envi" of "envió", "enviaron")."""
    beginnings = {word[:4] if len(word) > 4 else word[:3] for word in fold(words).split()}
    return re.compile(r"\b(?:" + "|".join(sorted(beginnings)) + ")")


#: what a text that sends troops holds (folded): a verb of sending and a word for troops (``_SENDING``,
#: ``_SPANISH_SENDING``, ``_FORCES``, as written there), read before stemming a text for them
_MAY_SEND = _beginnings(_SENDING_WORDS + " " + _SPANISH_SENDING_WORDS + " " + _PORTUGUESE_SENDING_WORDS)
_MAY_BE_TROOPS = _beginnings(_FORCES_WORDS + " " + _SPANISH_FORCES_WORDS)


def _troops_sent_by(text: str) -> tuple[str, frozenset[str]] | None:
    """``_sending_of_troops`` of a text's own words, with no stemming of a text that holds no verb of sending or no
    word for troops (most of a large file's wordings: stemming each took 6 s on 10,000 CheckThat! fact-checks)."""
    folded = fold(text)
    if not (_MAY_SEND.search(folded) and _MAY_BE_TROOPS.search(folded)):
        return None
    return _sending_of_troops(own_words(text))


#: the world's countries (English names, one term each as the normaliser reads them: "the US" is "usa"): a sender
#: known as a country never stands in for another ("Niger sent troops into Nigeria" beside "Chad sent 2,500 troops
#: into Nigeria" made Niger send for Chad, in a file that never puts anything in Niger)
_COUNTRIES = frozenset(
    found[0] for name in _COUNTRY_NAMES.split() if len(found := terms(f"the {name}")) == 1 and found[0] != "the"
)
#: one country's other names, by their terms, to the one term ``_same_country`` reads them as: "Britain's
#: Parliament approved the Rwanda asylum bill" is "The UK Parliament approved ...", no other country's
_SAME_COUNTRY = {"britain": "uk", "burma": "myanmar", "holland": "netherland"}
#: a country's Spanish name, and its capital city standing for its government (``text.CAPITAL_CITIES``), by their
#: terms, to the country's term in English (``_country_term``): "Canadá invadió México en 1846" was shown as "US
#: troops have invaded Mexico in the past" (TRUE, 0.65), where "Canada invaded Mexico in 1846" was capped as another
#: actor; "Ottawa approved 19 US Navy SEALs ..." as "Mexico approved 19 US Navy SEALs ..." (1.00).  Spanish names
#: alike in English ("México", "Italia") and those of two words ("Reino Unido", whose terms are ordinary words) are
#: left out
_SPANISH_COUNTRIES = (
    "Canadá:Canada, Francia:France, Alemania:Germany, España:Spain, China:China, Rusia:Russia, Guatemala:Guatemala, "
    "Japón:Japan, Brasil:Brazil, Colombia:Colombia, Venezuela:Venezuela, Cuba:Cuba, Honduras:Honduras, "
    "Nicaragua:Nicaragua, Panamá:Panama, Chile:Chile, Argentina:Argentina, Ucrania:Ukraine, Irán:Iran, India:India, "
    "Inglaterra:UK, Bélgica:Belgium, Suecia:Sweden, Polonia:Poland, Turquía:Turkey, Egipto:Egypt, Marruecos:Morocco"
)


def _other_names(pairs: Iterable[tuple[str, str]], language: Language) -> dict[str, str]:
    """``pairs`` (("Canadá", "Canada"), ...: ``text.name_pairs``) as the term of each name (in ``language``) to its
    country's English term, for a name whose term is no country's of its own."""
    found = {}
    for name, english in pairs:
        term, country = terms(name, language)[0], terms(f"the {english}")[0]
        if country in _COUNTRIES and term not in _COUNTRIES:
            found[term] = country
    return found


_SPANISH_COUNTRY_NAMES = _other_names(name_pairs(_SPANISH_COUNTRIES), Language.SPANISH)
_CAPITAL_NAMES = _other_names(name_pairs(f"{_CAPITAL_CITIES}, {_SEATS_OF_GOVERNMENT}"), Language.ENGLISH)
_OTHER_COUNTRY_NAMES = _SPANISH_COUNTRY_NAMES | _CAPITAL_NAMES


def _country_term(term: str, spanish: bool = False) -> str | None:
    """The country ``term`` names, as one of its names reads (``_same_country``), by its English name, another
    of its names, its capital city or, in a text read as Spanish (``spanish``), its Spanish name
    (``_OTHER_COUNTRY_NAMES``); None for a term naming no country.  A Spanish name's term is an English word's in
    English text: "franci" of "Pope Francis", "cub" of "Cubs", "indi" of "Indie", "chin".  A country of words named
    by one term, or its capital of one, by its key (``_NAMES_OF_WORDS``): "south korea" of "seoul"."""
    country = (_OTHER_COUNTRY_NAMES if spanish else _CAPITAL_NAMES).get(term, term)
    return _same_country(country) if country in _COUNTRIES else _NAMES_OF_WORDS.get((term,))


def _is_capital(found: tuple[str, ...]) -> bool:
    """Are terms a capital city's (``text.CAPITAL_CITIES``, ``text.CAPITALS_OF_WORDS``), or a seat of government's?"""
    return found in _CAPITALS_OF_TERMS or (len(found) == 1 and found[0] in _CAPITAL_NAMES)


#: terms that may follow a capital city's and leave it the city's: "Washington DC", "Washington, D.C."
_AFTER_A_CAPITAL = frozenset(terms("DC D.C."))


def _country_at(wording: Wording, at: int = 0) -> tuple[str, int] | None:
    """The country a wording names at ``at`` (its key, as ``_country_term`` reads it) and how many terms name it: a
    name or capital of words first ("South Korea", "Kuala Lumpur": ``_NAMES_OF_WORDS``), then one term
    (``_country_term``).  None for a capital city's name followed by another name (a word with a capital inside a
    sentence), which makes a name of its own: "Paris Hilton", "London Breed", "Washington Post", "Canberra Raiders",
    "Moscow, Idaho" (not "Washington DC", nor a capital before a country's name: "Seoul, South Korea")."""
    found = wording.terms
    named: tuple[str, int] | None = None
    for length in range(min(_LONGEST_NAME, len(found) - at), 1, -1):
        if (country := _NAMES_OF_WORDS.get(found[at : at + length])) is not None:
            named = country, length
            break
    if named is None and at < len(found) and (country := _country_term(found[at], wording.spanish)) is not None:
        named = country, 1
    if named is None:
        return None
    after = at + named[1]
    if (
        _is_capital(found[at:after])
        and after < len(found)
        and wording.kinds[after] is Kind.NAME
        and found[after] not in _AFTER_A_CAPITAL
        and _country_term(found[after], wording.spanish) is None
        and not any(found[after : after + length] in _NAMES_OF_WORDS for length in range(2, _LONGEST_NAME + 1))
    ):
        return None
    return named


def _same_country(term: str) -> str:
    """A country's term as one of its names reads (``_SAME_COUNTRY``: "uk" for "britain"), any other term as it is:
    the home of a country's other names, which the normaliser reads as terms of their own."""
    return _SAME_COUNTRY.get(term, term)


def _key_of_country(name: str) -> str:
    """A country's English name (``text.COUNTRY_NAMES`` or ``text.COUNTRIES_OF_WORDS``) as the key its names are read
    as: a country of one term by its term, as one of its names reads ("uk" of "Britain"), one of words by its terms
    ("south korea"; "zealand" of "New Zealand", whose "New" is no term), which no text's term is."""
    found = terms(f"the {name}")
    return _same_country(found[0]) if len(found) == 1 and found[0] in _COUNTRIES else " ".join(found)


def _names_of_words() -> tuple[dict[tuple[str, ...], str], frozenset[tuple[str, ...]]]:
    """The terms of each name of ``text.COUNTRIES_OF_WORDS`` and ``text.CAPITALS_OF_WORDS`` to its country's key
    (``_key_of_country``), and those of the capitals: ("south", "korea") and ("seoul",) to "south korea", ("kuala",
    "lumpur") to "malaysia"."""
    names = {tuple(terms(f"the {name}")): _key_of_country(country) for name, country in name_pairs(_COUNTRIES_OF_WORDS)}
    capitals = {
        tuple(terms(f"the {city}")): _key_of_country(country) for city, country in name_pairs(_CAPITALS_OF_WORDS)
    }
    return names | capitals, frozenset(capitals)


_NAMES_OF_WORDS, _CAPITALS_OF_TERMS = _names_of_words()
#: the most terms a name of ``_NAMES_OF_WORDS`` has
_LONGEST_NAME = max(len(name) for name in _NAMES_OF_WORDS)


#: words that name a kind of troops, not whose they are, when written with a capital: "10,000 National Guard troops",
#: "Special Forces", "Coast Guard" (``_named_as_someones``)
_KINDS_OF_FORCES = frozenset(
    term
    for word in "national nacional special coast air naval reserve armed elite combat".split()
    for term in terms(word)
)


def _named_as_someones(words: str, sending: _Sending) -> bool:
    """Are the troops of a text's first ``sending`` named as some country's: a word written with a capital among
    what it sends, other than a word for forces or their kind ("Tiani sent Nigerien troops", "Austin sent 3,000 US
    troops", "envió tropas de Estados Unidos"), or a country's name ("soldados mexicanos")?  Such a text does not say
    its sender sends for the country of the claim (``_stand_ins``)."""
    tokens = _TOKEN.findall(words)
    bare = _bare(tokens)
    language = text_language(words)
    start = _after_personal_a(bare, sending.at + 1, language)
    for at in _clause_positions(tokens, bare, start, 1, language, portuguese=reads_portuguese(words)):
        written = tokens[at].strip(_AROUND_A_WORD)
        found = terms(f"the {written}" if written.isupper() else written, language)
        if any(term in _COUNTRIES for term in found):
            return True
        ordinary = all(term in _FORCES or term in _KINDS_OF_FORCES or term[:1].isdigit() for term in found)
        if written[:1].isupper() and not ordinary:
            return True
    return False


def _plain_sender(text: str) -> str | None:
    """The term of who a text opens with sending troops (``_troops_sent_by``) when it names them no country's
    (``_named_as_someones``); None otherwise."""
    sending = _troops_sent_by(text)
    if sending is None:
        return None
    words = _after_label(own_words(text))
    return None if _named_as_someones(words, _sendings(words)[0]) else sending[0]


def sends_troops(sender: str, wordings: Iterable[str]) -> bool:
    """Does one of ``wordings`` open with ``sender`` (a term) sending troops it names no country's
    (``_plain_sender``): "Sheinbaum deployed 10,000 soldiers to Mexico's northern border" for "sheinbaum"?"""
    return any(_plain_sender(text) == sender for text in wordings)


def _countries_sending_or_owning(text: str, is_country: Container[str]) -> set[str]:
    """The countries a text names as sending something, by any of its verbs of sending in the active ("both the US
    and Mexico sent thousands of troops", "... while the US sent thousands to its side"), or as owning troops ("US
    and Mexican soldiers", "with US troops"): not those it puts things in ("into Mexico", "to the US border")."""
    words = own_words(text)
    # the text's countries: names it writes as names (a common word, "border" or "troops", is read as no country:
    # asking the file whether it is a place read thousands of wordings), or known countries however written
    wording = analyse(text)
    kinds = zip(wording.terms, wording.kinds, strict=True)
    countries = {term for term in wording.terms if term in _COUNTRIES}
    countries |= {term for term, kind in kinds if kind is not Kind.WORD and term in is_country}
    if not countries:
        return set()
    places = _named_places(words, countries)
    found = {owner for owner, owned in _owners(words, countries) if owned in _FORCES}
    found |= {owner for owners, owned in _joint_owners(words, countries) if owned in _FORCES for owner in owners}
    tokens = _TOKEN.findall(words)
    bare = _bare(tokens)
    language = text_language(words)
    portuguese = reads_portuguese(words)
    for sending in _sendings(words):
        if not sending.passive:
            before = _clause_positions(tokens, bare, sending.at - 1, -1, language, portuguese=portuguese)
            subject = [tokens[at] for at in before]
            found |= {term for term in terms(" ".join(["the", *subject]), language) if term in countries}
    return found - places


class _Countries:
    """The terms that are countries, as a knowledge base has them (``KnowledgeBaseStandIns``): a country's name known
    to the world (``_COUNTRIES``) or a name some wording of the file puts things in, as a place ("in Chad", "to
    Mexico's northern border"), which a person never is."""

    def __init__(self, wordings_holding: Callable[[str], Iterable[str]]) -> None:
        self._wordings_holding = wordings_holding
        self._known: dict[str, bool] = {}

    def __contains__(self, term: object) -> bool:
        if not isinstance(term, str):
            return False
        if term in _COUNTRIES:
            return True
        if term[:1].isdigit() or term in _FORCES or term in _ANY_SENDING:
            return False
        if term not in self._known:
            self._known[term] = any(_a_named_place(term, text) for text in self._wordings_holding(term))
        return self._known[term]


def _a_named_place(term: str, text: str) -> bool:
    """Does ``text`` put things in ``term`` as a place written as a name ("in Chad", "to Mexico's northern
    border"), not a word read as a place ("to train its troops")?"""
    if term not in _named_places(own_words(text), {term}):
        return False
    wording = analyse(text)
    return any(
        found == term and kind is not Kind.WORD for found, kind in zip(wording.terms, wording.kinds, strict=True)
    )


class KnowledgeBaseStandIns:
    """Who sends troops for a country, as a knowledge base says it (``_stand_ins``), found for a sender's term when a
    statement has it send (``get``): only the claims whose wordings hold the term are read, so a ``check`` of a few
    statements reads a few claims, not a file of 10,000 (building it all took 3 s of each ``check`` of such a file).

    ``claims_holding``: the wordings (text and aliases) of each claim whose wordings may hold a term (more is fine:
    each is read)."""

    def __init__(self, claims_holding: Callable[[str], Iterable[Sequence[str]]]) -> None:
        self._claims_holding = claims_holding
        self._countries = _Countries(lambda term: (text for wordings in claims_holding(term) for text in wordings))
        self._found: dict[str, str | None] = {}

    def get(self, key: str, default: str, /) -> str:
        if key not in self._found:
            self._found[key] = self._country_of(key)
        return self._found[key] or default

    def _country_of(self, sender: str) -> str | None:
        """The country ``sender`` sends troops for, when the file says so unambiguously: each claim with a wording
        that has it send troops, the claim's only country named as a sender or owner of troops sending them in
        another wording ("Sheinbaum deployed 10,000 soldiers to Mexico's northern border" beside "Mexico deployed
        10,000 of its own troops to the US border"), the same country in every such claim.  None for a sender that
        is a country (``_Countries``).  Skipped: a wording whose troops are named as some country's (``"Tiani sent
        Nigerien troops ..."``: ``_named_as_someones``), and a claim naming a second country as sending or owning
        troops ("In 2025 both the US and Mexico sent thousands of troops to their shared border", with "Trump sent
        troops to the southern border and Mexico sent its own to the other side", made Trump send for Mexico)."""
        if sender in _COUNTRIES:
            return None  # most senders: read no claim for them
        found: set[str] = set()
        for wordings in self._claims_holding(sender):
            if len(wordings) < 2:
                continue
            senders = {term for text in wordings if (term := _plain_sender(text)) is not None}
            if sender not in senders:
                continue
            countries = {term for term in senders if term in self._countries}
            named = {term for text in wordings for term in _countries_sending_or_owning(text, self._countries)}
            if len(countries) == 1 and named <= countries:
                found |= countries
        if len(found) != 1 or sender in self._countries:
            return None
        return next(iter(found))


def _stand_ins(wordings_of_claims: Iterable[Sequence[str]]) -> dict[str, str]:
    """Who sends troops for a country, as a knowledge base says it (``wordings_of_claims``: each claim's text and
    aliases): the term of a name one wording of a claim has send troops where another wording of the same claim
    has a country send them ("Sheinbaum deployed 10,000 soldiers to Mexico's northern border" and "Mexico deployed
    10,000 of its own troops to the US border": {"sheinbaum": "mexico"}), when the file says so unambiguously
    (``KnowledgeBaseStandIns``).  A name the file has send for two countries sends for neither.

    Without it, "Sheinbaum envió 10 mil soldados a la frontera" put troops of no one's at the border, and was
    shown as "There are more than 10,000 US troops deployed in Mexico" (FALSE) at 0.53 by the hybrid matcher,
    while "México envió ..." was told apart (``_senders``).  A person no wording has send troops ("AMLO") is not
    read: the file does not say whose they are.  The matcher finds them one sender at a time
    (``KnowledgeBaseStandIns``); this reads them all, for a small file: the tests' view of the whole table, private
    as no module of the package calls it."""
    claims = [tuple(wordings) for wordings in wordings_of_claims]
    holding: dict[str, list[Sequence[str]]] = {}
    for wordings in claims:
        for term in {term for text in wordings for term in terms(text)}:
            holding.setdefault(term, []).append(wordings)
    found = KnowledgeBaseStandIns(lambda term: holding.get(term, ()))
    senders = {sending[0] for wordings in claims for text in wordings if (sending := _troops_sent_by(text))}
    return {sender: country for sender in sorted(senders) if (country := found.get(sender, "")) and country != sender}


#: a thing and whose it is, as an English text says it: "Mexico's army" (also typed in lower case), "Mexican
#: troops" (a people's name; in lower case only one the normaliser reads as its country: ``_possessions``)
_POSSESSION = re.compile(r"\b((?i:[a-z][\w.]{0,40}?['’]s)|(?i:[a-z]\w*?(?:an|ese|ish|i)))\s+([\w'’-]+)")


def _possessions(words: str, names: Container[str], stand_ins: StandIns = _NO_STAND_INS) -> set[tuple[str, str]]:
    """The (name, word) pairs of a text where one of ``names`` is written as the owner of a word: in English before
    it (``_POSSESSION``), in Spanish after it (``_spanish_possessions``); and the troops a name opening the text
    sends (``_senders``: "Mexico sent 10,000 soldiers" are Mexico's, as "Mexico's soldiers" are)."""
    if text_language(words) is Language.SPANISH:
        return _spanish_possessions(words, names) | _senders(words, names, stand_ins)
    found: set[tuple[str, str]] = _senders(words, names, stand_ins)
    for owner, owned in _POSSESSION.findall(words):
        owner_terms, owned_terms = terms(owner), terms(owned)
        # "the mexican army" is Mexico's, as the normaliser reads "mexican" as "mexico"; a word written in lower case
        # that it keeps ("human", "urban"; "republican" of a claim's "Republican Party") is no people's
        people = owner[:1].isupper() or owner.endswith(("'s", "’s")) or owner_terms != [fold(owner)]
        if people and len(owner_terms) == 1 and owner_terms[0] in names and len(owned_terms) == 1:
            found.add((owner_terms[0], owned_terms[0]))
    return found


#: a country written as an initialism right before the next word, apart by spaces alone: "US troops", "U.S.
#: soldiers", "UK forces" (not "US-Mexico", "the US, troops", "US and Mexican troops"); and "us" in lower case, read
#: only after a number (``_after_a_number``: "10,000 us troops", not "they sent us troops")
_INITIALISM_BEFORE = LazyPattern(r"(?<![\w.'’-])((?:[A-Z]\.){2,}|[A-Z]{2,3}(?![\w.'’-])|us(?![\w.'’-]))\s+([\w'’-]+)")
#: the words of a count that may stand right before a lower-case "us" (or "US" in a text in capitals) for it to be
#: the country, not the pronoun: "10,000 us troops", "ten thousand us troops" (no pronoun follows a number)
_MULTIPLIERS = frozenset(("hundred", "thousand", "million", "billion"))
#: the words of a count that is no one number: "thousands of US troops"
_MULTIPLES = frozenset(("hundreds", "thousands", "millions", "dozens", "tens"))


#: where a clause begins: a mark that ends one (not the comma of "10,000" nor the dots of "U.S")
_CLAUSE_BREAK = LazyPattern(r"[;:!?()\"“”]|[,.](?!\S)")
_WORD = LazyPattern(r"[\w'’-]+")
#: words before a count or troops that say which or how many: "the", "10,000", "about 10,000", "ten thousand"
_COUNTING_WORDS = frozenset(
    "a an the some all these those nearly almost roughly approximately another additional extra more fewer less "
    "estimated just only one two three four five six seven eight nine ten twelve fifteen twenty thirty forty fifty "
    "hundred thousand million thousands hundreds dozens tens millions".split()
)
#: words that count only right before a number: "over 10,000 US troops", not "over US troops"
_BEFORE_A_NUMBER = frozenset({"over", "under", "about", "around"})
#: the pairs that count only together: "more than 10,000" (not "rather than"), "up to" (not "to"), "at least",
#: "thousands of", "the deployment of" (not "instead of")
_COUNTING_PAIRS = {
    "than": frozenset({"more", "fewer", "less"}),
    "to": frozenset({"up"}),
    "least": frozenset({"at"}),
    "of": frozenset("thousands hundreds dozens tens millions number numbers deployment presence arrival".split()),
}
#: all that may open a clause before troops (and their count) that are what the clause is about: "There are 10,000
#: US troops", "Are there ...", "Is it true that ...", a question's verb ("Did 10,000 US troops go ...")
_OPENING_TROOPS = frozenset(
    tuple(opening.split())
    for opening in (
        "there are",
        "there were",
        "there is",
        "there was",
        "there will be",
        "there have been",
        "are there",
        "were there",
        "is it true that",
        "it is true that",
        "is it true",
        "did",
        "do",
        "does",
        "have",
        "has",
        "are",
        "were",
        "will",
    )
)


def _troops_open_their_clause(before: str) -> bool:
    """Do troops after ``before`` open their clause: does it hold before them nothing but a count ("10,000",
    "more than 10,000", "thousands of", "the deployment of") and an opening of ``_OPENING_TROOPS`` ("There are",
    "Is it true that"), or a number and, before it, a name sending them (``_sent_by_a_name``: "Trump deployed 10,000
    US troops")?  Only such troops are surely those the clause is about.  Any other word before them may set
    them against those troops or do something to them ("instead of US troops", "to replace US troops", "Sheinbaum
    barred US troops and deployed 10,000 soldiers"), and no list of such words is whole: this lists what may stand
    there, not what may not."""
    written = _WORD.findall(_CLAUSE_BREAK.split(before)[-1])
    words = [word.lower() for word in written]
    number = False  # the word last taken off is a number
    while words:
        last = words[-1]
        together = _COUNTING_PAIRS.get(last)
        if together is not None:
            if len(words) < 2 or words[-2] not in together:
                break
            del words[-2:]
            number = False
        elif last in _COUNTING_WORDS or (number and last in _BEFORE_A_NUMBER):
            words.pop()
            number = False
        elif last.replace(",", "").replace(".", "").isdigit():
            words.pop()
            number = True
        else:
            break
    if not words or tuple(words) in _OPENING_TROOPS:
        return True
    # a name sending them, only before a number: "Sheinbaum sent US troops back and deployed 10,000 soldiers"
    counted = any(_is_a_number(word) or word in _MULTIPLES for word in written[len(words) :])
    return counted and _sent_by_a_name(written[: len(words)])


#: the auxiliaries that may stand before that verb, or open a question before the name ("Did Trump send ...")
_SENDING_AUXILIARIES = frozenset("has have had will would did is was".split())
#: the words in lower case a sender's name may hold after its first: "the Trump administration"
_SENDER_NAME_WORDS = frozenset(("administration", "government"))
#: the most words a sender's name is written in ("the Trump administration", "President Donald Trump")
_SENDER_NAME_LENGTH = 3


def _sent_by_a_name(words: Sequence[str]) -> bool:
    """Are ``words`` (as written) a name and a verb sending troops (``_SENDING``), all that stands before the number
    of the troops in their clause: "Trump deployed", "The US has sent", "the Trump administration moved", "Did Trump
    send"?  A name is a word in capitals, after "the" or not, then up to two more in capitals or "administration",
    "government": "Sheinbaum refused to let Trump deploy" is no name, and the troops it counts are not surely those
    the statement is about."""
    words = list(words)
    if words and words[0].lower() in _SENDING_AUXILIARIES:
        words = words[1:]  # a question: "Did Trump deploy"
    # a verb of sending (``_SENDING``): not one that does something else to them ("barred", "spurned")
    if not words or stem(words[-1].lower()) not in _SENDING:
        return False
    words = words[:-1]
    if words and words[-1].lower() in _SENDING_AUXILIARIES:
        words = words[:-1]
    if words and words[0].lower() == "the":
        words = words[1:]
    return (
        0 < len(words) <= _SENDER_NAME_LENGTH
        and words[0][:1].isupper()
        and all(word[:1].isupper() or word in _SENDER_NAME_WORDS for word in words[1:])
    )


def _initialism_forces(words: str, names: Container[str]) -> set[tuple[str, str]]:
    """The (country, word for troops) pairs of an English text where a country of ``names`` written as an
    initialism stands right before a word for troops (``_FORCES``): "US troops", "U.S. soldiers".  An initialism is
    how English writes a country's name as an adjective, whose the troops are ("US troops" are the US's, as
    "American troops" are: ``_POSSESSION``); a country's name written out is also where troops go or what they are
    about ("Trump's Mexico troops offer", "Mexico troop numbers"), so it is not read here.  In a text written all
    in capitals an initialism cannot be told from a word ("SEND US TROOPS"): only a dotted one is read there.

    Only the troops the text is about are read: its first troops, opening their clause (``_troops_open_their_clause``):
    "10,000 troops were deployed to the border instead of US troops", "Without US troops, 10,000 troops went to the
    border" and "Sheinbaum barred US troops and deployed 10,000 soldiers" say nothing of whose the 10,000 are."""
    if text_language(words) is Language.SPANISH:
        return set()
    all_capitals = not any(character.islower() for character in words)
    for match in _INITIALISM_BEFORE.finditer(words):
        owner, owned = match.groups()
        owned_terms = terms(owned)
        if len(owned_terms) != 1 or owned_terms[0] not in _FORCES:
            continue
        # the first initialism before troops is the only one that may be before the troops the text is about
        before = words[: match.start()]
        if not _FORCES.isdisjoint(terms(before)) or not _troops_open_their_clause(before):
            return set()  # troops before these, or a word before these: not surely the troops the text is about
        owner_terms = terms(f"the {owner}")
        # "us" in lower case, or "US" in capitals, may be the pronoun ("they sent us troops"), but not after a number
        may_be_a_pronoun = owner == "us" or (all_capitals and "." not in owner)
        if (
            (may_be_a_pronoun and not _after_a_number(before))
            # one term ("the" is a stop word); none when the initialism is one too: "UP navy US" crashed here
            or len(owner_terms) != 1
            or owner_terms[0] not in names
            or owner_terms[0] not in _COUNTRIES
        ):
            return set()
        return {(owner_terms[0], owned_terms[0])}
    return set()


def _after_a_number(before: str) -> bool:
    """Does ``before`` end in a number ("10,000 ", "ten thousand ")?  An initialism that may be a pronoun ("us")
    after it is a country's: no pronoun follows a number ("10,000 us troops")."""
    last = _WORD.findall(before[-40:])[-1:]
    return bool(last) and before[-1:].isspace() and _is_a_number(last[0])


def _is_a_number(word: str) -> bool:
    """Is ``word`` (a ``_WORD``) a number or a word of one: "000" (of "10,000"), "ten", "thousand"?"""
    word = word.lower()
    found = terms(word)
    return word in _MULTIPLIERS or word.isdigit() or (len(found) == 1 and found[0].isdigit())


#: the words that link a thing to its owner in Spanish: "tropas de Estados Unidos", "el ejército de México"
_SPANISH_OF = frozenset(("de", "del"))
#: and in Portuguese (``reads_portuguese``): "tropas dos Estados Unidos", "o exército do México"
_PORTUGUESE_OF = frozenset(("de", "do", "da", "dos", "das"))
_SPANISH_ARTICLES = frozenset(("el", "la", "los", "las"))


def _spanish_possessions(
    words: str, names: Container[str], links: Container[str] = _SPANISH_OF
) -> set[tuple[str, str]]:
    """The (name, word) pairs of a Spanish text where one of ``names`` owns the word before it, as Spanish writes
    it: a people's adjective right after the thing ("soldados mexicanos", "tropas estadounidenses") or a name after
    "de" ("tropas de Estados Unidos", "los soldados de EE. UU."), as ``_POSSESSION`` reads "Mexican soldiers" and
    "Mexico's soldiers" in English.  A name after another word is where the thing is, not whose ("soldados en
    México").

    Without them, "Hay soldados mexicanos en la frontera" was shown as "There are US troops in Mexico" (0.92), by
    its Spanish alias "Hay tropas de Estados Unidos en México": Mexican soldiers for US ones, where "Mexican soldiers
    are at the border" found nothing."""
    tokens = _bare(_TOKEN.findall(words))
    found: set[tuple[str, str]] = set()
    for at, token in enumerate(tokens[:-1]):
        owned = terms(token, Language.SPANISH)
        if len(owned) != 1 or owned[0] in names or owned[0][:1].isdigit():
            continue
        start = at + 1
        if tokens[start] in links:
            start += 1 + (start + 1 < len(tokens) and tokens[start + 1] in _SPANISH_ARTICLES)
        if start >= len(tokens) or tokens[start] in SPANISH_STOP_WORDS:
            continue  # "soldados en México": where they are
        owner = terms(" ".join(tokens[start : start + _NAME_WORDS]), Language.SPANISH)
        if owner and owner[0] in names:
            found.add((owner[0], owned[0]))
    return found


#: where a Spanish text puts what it talks about: "en México", "a Estados Unidos", "dentro de México"
_SPANISH_PLACE = LazyPattern(
    r"\b(?:en|a|hacia|dentro\s+de)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:y|o|para|con|por|desde|en|a|como|que|donde|durante|desde|hace)\b)",
    re.IGNORECASE,
)


def _spanish_places(text: str) -> list[tuple[str, set[str]]]:
    """The places a Spanish text names (``_SPANISH_PLACE``), as ``_places`` gives an English text's; none in
    English."""
    return _places_after(_SPANISH_PLACE, text) if text_language(text) is Language.SPANISH else []


def _places_after(place: AnyPattern, text: str) -> list[tuple[str, set[str]]]:
    """The places ``place`` finds in ``text`` (its first group), each with its terms read as Spanish ones; not a
    number or a date ("en 2025", "em março")."""
    found: list[tuple[str, set[str]]] = []
    for match in place.finditer(text):
        words = terms(match.group(1), Language.SPANISH)
        if words and not (words[0][:1].isdigit() or words[0] in _DATES):
            found.append((match.group(1), set(words)))
    return found


#: where a Portuguese text puts what it talks about (``reads_portuguese``), as ``_SPANISH_PLACE`` a Spanish one's:
#: "nos Estados Unidos", "no México", "na fronteira", "em Washington", "ao México"
_PORTUGUESE_PLACE = LazyPattern(
    r"\b(?:em|no|na|nos|nas|num|numa|ao|aos|dentro\s+d[eoa]s?)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:e|ou|para|com|por|desde|em|no|na|nos|nas|ao|aos|como|que|onde|durante|há)\b)",
    re.IGNORECASE,
)


def _portuguese_places(text: str) -> list[tuple[str, set[str]]]:
    """The places a Portuguese text names (``_PORTUGUESE_PLACE``); none in a text ``reads_portuguese`` does not read
    as Portuguese, where "no" is Spanish's or English's "no" and "nos" Spanish's "us".  Without them, "Há tropas
    mexicanas nos Estados Unidos" put its troops nowhere, and was shown as "There are US troops in Mexico" (0.95),
    where "Hay tropas mexicanas en Estados Unidos" is held back (``another_owner``)."""
    return _places_after(_PORTUGUESE_PLACE, text) if reads_portuguese(text) else []


def another_owner(
    statement: str,
    wordings: Sequence[str],
    names: Container[str],
    stand_ins: StandIns = _NO_STAND_INS,
    other_languages: Sequence[str] = (),
) -> bool:
    """Does the statement give what a wording of the claim is about to the name the wording puts it in, and
    put it in the name the wording gives it to: "Mexican troops ... in the US" or "... at the US border" for
    "US troops ... in Mexico"?

    "Over 10,000 Mexican soldiers are deployed in the US" shares every word with "There are more than 10,000
    US troops deployed in Mexico" (FALSE), and was shown as that claim at 1.00; "Mexican troops are in the
    US!!! Invasion!!!" as "... Mexico said US troops would not come into Mexico", saying its opposite; "10,000
    Mexican soldiers are at the US border" as the same FALSE claim first (0.86), above the claim it is,
    "Mexico deployed 10,000 of its own troops to the US border" (TRUE).  A statement that gives it to the name
    the wording puts it in, and puts it in another place the claim names (none the wording names), is of
    another owner too: "Mexican soldiers are stationed in Texas" was shown as the same FALSE claim at 0.99.
    Whose they are is the name right before the word they share ("Mexican troops", "US troops"), or the name
    a text opens with for what it calls "its own"; where they are, the places of ``_owners_and_places``.  The
    two names must be the claim's (``names``, as ``another_actor`` takes them); neither text may put the thing
    in its own owner's place, nor give it to both names: "US and Mexican soldiers patrol together inside
    Mexico" is no other owner than "American soldiers patrol together with the Mexican army inside Mexico",
    nor "Mexican troops went to the US border" than "Mexico deployed 10,000 of its own troops to the US
    border".

    A statement that puts the thing nowhere is of another owner when it never names the wording's owner:
    "Mexico's army is fighting the cartels" was shown as "Mexico's president turned down Trump's offer to send
    the US Army into Mexico to fight cartels" at 0.83, an army of Mexico's for the US Army sent into Mexico.

    ``stand_ins``: who sends troops for a country (``_stand_ins``): the statement's troops sent by one are its
    country's.

    ``other_languages``: the claim's wordings in other languages than the statement's, read only when none of
    ``wordings`` says whose its things are and where: "EE. UU. envió 10.000 soldados a México" was shown "Mexico
    deployed 10,000 of its own troops to the US border" (0.53) by its only Spanish alias, "México desplegó 10 mil
    elementos de la Guardia Nacional en la frontera norte ...", which names no country for its border, while "The
    US sent 10,000 soldiers to Mexico" was capped by the English wording."""
    said = _owners_and_places(statement, names, placeless=True, stand_ins=stand_ins)
    if said is None:
        return False
    said_owners, said_places = said
    words = own_words(statement)
    named = set(analyse(words).terms)
    # put nowhere, a thing is another owner's only where the statement says whose it is: "Mexico's army", not
    # the verb after a name ("Mexico refused US troops") nor the word after a place ("in Toluca without ...")
    possessions = _possessions(words, names, stand_ins)
    possessed = set() if said_places else possessions
    # "US troops" says whose they are against a wording that says whose its own are ("Mexico deployed 10,000 of its
    # own troops", "Mexican troops"), not against a name merely before troops ("Mexico troop numbers")
    initialled = set() if said_places else _initialism_forces(words, names) - possessions
    readings = _readings(wordings, names) or _readings(other_languages, names)
    for wording, (owners, places) in readings:
        claim_whose = _said_whose(wording, names, stand_ins) if initialled else set()
        for owner, word in said_owners:
            if owner not in places or (owner, word) in owners:
                continue
            # said to be its owner's ("Mexican drones", not the place after a Spanish "soldados en") and in its owner's
            # own place, where the wording puts another's: "Mexican drones fly over Mexico" for "US drones fly over
            # Mexico"; not a thing of both ("US and Mexican soldiers patrol together inside Mexico")
            at_home = owner in said_places and (owner, word) in possessions and not _TAKING_PART.search(words)
            if owner in said_places and not at_home:
                continue
            # or put somewhere the wording never puts it: "Mexican soldiers are stationed in Texas"
            elsewhere = bool(said_places - places - {owner})
            whose = (owner, word) in possessed or at_home  # said whose, the claim's owner never named
            if any(
                _same_thing(claim_word, word)
                and (
                    (claim_owner in said_places and not at_home)
                    or elsewhere
                    or (
                        (whose or ((owner, word) in initialled and (claim_owner, claim_word) in claim_whose))
                        and claim_owner not in named
                    )
                )
                and claim_owner not in places
                and (claim_owner, word) not in said_owners
                for claim_owner, claim_word in owners
            ):
                return True
    return False


def _readings(
    wordings: Sequence[str], names: Container[str]
) -> list[tuple[str, tuple[set[tuple[str, str]], set[str]]]]:
    """The wordings that say whose their things are and where (``_owners_and_places``), with what they say."""
    return [(wording, found) for wording in wordings if (found := _owners_and_places(wording, names)) is not None]


def _said_whose(text: str, names: Container[str], stand_ins: StandIns = _NO_STAND_INS) -> set[tuple[str, str]]:
    """The (name, word) pairs of a text that say whose a thing is, not merely a name before it: a possessive or a
    people's name ("Mexico's army", "Mexican troops": ``_possessions``), a country's initialism before troops ("US
    troops": ``_initialism_forces``), the troops a name opening the text sends, or calls its own ("Mexico deployed
    10,000 of its own troops")."""
    words = own_words(text)
    found = _possessions(words, names, stand_ins) | _initialism_forces(words, names)
    actor = _opening_term(words)
    if actor is not None and actor in names:
        found |= {(actor, owned[0]) for match in _ITS_OWN.finditer(words) if (owned := terms(match.group(1)))}
    return found


def sent_elsewhere_by_another(
    statement: str, wordings: Sequence[str], names: Container[str], stand_ins: StandIns = _NO_STAND_INS
) -> bool:
    """Does the statement have troops sent, by a sender the file does not know as the claim's owner of them, to
    another place than a wording of the claim puts them in: into the country that the wording has own and send
    them elsewhere, or to a border where the wording has them inside a country?

    "Secretary Hegseth sent 10,000 troops into Mexico" was shown as "Mexico deployed 10,000 of its own troops to the
    US border" (0.70): the claim's troops are Mexico's, sent out of it, the statement's sent into it.  "AMLO envió
    10 mil soldados a la frontera" was shown as "There are more than 10,000 US troops deployed in Mexico" (FALSE,
    0.79 by the hybrid matcher): the claim's troops are inside Mexico, the statement's at a border, sent by a
    person no wording of the file has send troops; nor, by NORTHCOM, Texas or Trump, Mexico's own troops sent to the
    US border.  A sender the file has send for the claim's owner (``_stand_ins``) is the owner, who may put its troops
    where the claim does not say."""
    sending = _troops_sent_by(statement)
    if sending is None:
        return False
    sender, sent = sending
    sender = stand_ins.get(sender, sender)
    words = own_words(statement)
    said_places = _named_places(words, names)
    to_a_border = not said_places and _to_a_border(words)
    for wording in wordings:
        claim = _owners_and_places(wording, names)
        if claim is None:
            continue
        owners, places = claim
        countries = {owner for owner, word in owners if any(_same_thing(word, term) for term in sent)}
        if not countries or sender in countries or countries & places:
            continue
        into_the_owner = bool(said_places & countries) and not said_places & places
        inside_a_country = not _BORDER_WORD.search(wording) and not said_places & places
        # troops sent to a border by a sender not known as their owner, a country, are another's, also where the
        # wording has the country send them to a border: "Texas sent 10,000 troops to the border" is not Mexico's own
        # sent to the US border (0.97).  Not where the owner read is no country ("National Guard" of "Mexico sent
        # 10,000 National Guard troops to its border with the US", in a file that names Mexico only at openings)
        sent_by_another_to_a_border = to_a_border and bool(countries & _COUNTRIES)
        if into_the_owner or (to_a_border and inside_a_country) or sent_by_another_to_a_border:
            return True
    return False


#: a border, in English or Spanish, as a place things are put in: "to the border", "a la frontera"
_BORDER_WORD = LazyPattern(r"\b(?:borders?|frontera|fronteras)\b", re.IGNORECASE)
#: sent to a border no country names: "to the border", "at the southern border", "a la frontera (norte)"
_TO_A_BORDER = LazyPattern(
    r"\b(?:(?:to|at|along|on)\s+the\s+(?:(?:northern|southern|eastern|western)\s+)?border|"
    r"(?:a|en|hacia)\s+la\s+frontera)\b",
    re.IGNORECASE,
)


def _to_a_border(words: str) -> bool:
    """Does a text put something at a border it names no country of ("to the border", "a la frontera")?"""
    return _TO_A_BORDER.search(words) is not None


def _same_thing(one: str, other: str) -> bool:
    """Are two terms of what an owner owns the same thing: the same term, or two words for troops (``_FORCES``:
    "soldados" and "elementos", "troops" and "personnel"), which a statement says of another's as well ("México
    desplegó a 10 mil elementos en la frontera" for "Hay más de 10 mil soldados estadounidenses desplegados en
    México")?"""
    return one == other or (one in _FORCES and other in _FORCES)


#: two names that own one thing together, as written: "US and Mexican soldiers", "the American & Mexican troops",
#: opening the text or after an article (not two clauses: "... to Mexico and Sheinbaum refused")
_JOINT = LazyPattern(r"(?:^\W*|\b(?:the|both)\s+)([\w.'’-]+)\s+(?:and|&)\s+([\w.'’-]+)\s+([\w'’-]+)", re.IGNORECASE)
#: words by which a text has others take part in what its actor does: "... together", "with the US", "joint patrols"
_TAKING_PART = re.compile(
    r"&|\b(?:and|with|together|joint|jointly|alongside|both|combined|coordinated|mutual|shared|each)\b",
    re.IGNORECASE,
)


def _joint_owners(text: str, names: Container[str]) -> set[tuple[frozenset[str], str]]:
    """The things ``text`` gives two of ``names`` together ("US and Mexican soldiers": ({"usa", "mexico"},
    "troop")), each name read with an article, as places are ("the us" is the country)."""
    found: set[tuple[frozenset[str], str]] = set()
    for first, second, word in _JOINT.findall(own_words(text)):
        owners = [terms(f"the {name}") for name in (first, second)]
        owned = terms(word)
        named = all(len(owner) == 1 and owner[0] in names for owner in owners)
        if named and len(owned) == 1 and not owned[0][:1].isdigit() and owned[0] not in names:
            found.add((frozenset(owner[0] for owner in owners), owned[0]))
    return found


def one_of_joint_owners(statement: str, wordings: Sequence[str], names: Container[str]) -> bool:
    """Does the statement give to one name alone what a wording of the claim gives to two together, without
    putting it where the wording puts it: "Mexican soldiers patrol the US border" for "US and Mexican soldiers
    patrol the border together inside Mexico"?

    That statement shares every word with the claim (FALSE), and was shown as it at 0.98; but Mexican soldiers
    patrolling their border is what the claim's summary says happens, and the verdict is of the joint patrols
    inside Mexico.  A statement that has others take part ("and", "with", "together", "joint": ``_TAKING_PART``)
    is left alone, and so is one that puts the thing in a place a wording of the claim puts it in ("US troops patrol
    inside Mexico"): a part of the claim, which lexical matching shows as it shows other parts.  ``names``: as
    ``another_actor`` takes them."""
    own = own_words(statement)
    if _TAKING_PART.search(own):
        return False
    said_owners = _owners(own, names)
    if not said_owners:
        return False
    said_places = {term for _, place in _places(own) for term in place}
    claim_places = {term for wording in wordings for _, place in _places(wording) for term in place if term in names}
    if claim_places & said_places:
        return False
    joint = {found for wording in wordings for found in _joint_owners(wording, names)}
    return any(owner in owners and owned == word for owners, word in joint for owner, owned in said_owners)


#: words before a text's second name that make it a partner or a source, not the one done to: "patrol
#: together with US troops", "cooperation with Mexico", "drones from the US", "an invasion by the US"
_JOINING = frozenset(("with", "from", "by", "alongside"))
#: the same in a Spanish text, folded: "con", "desde", "por", "junto a", and "de" ("of"), which makes the name the
#: owner or the source of something ("entrenadores militares de Estados Unidos"), no one done to; the one done to
#: comes after no word or after "a" ("México invadió (a) Estados Unidos")
_JOINING |= frozenset(("con", "desde", "por", "junto", "de", "del"))
#: words that may stand between those and the name: "with the US", "together with its army", "con el ejército"
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "el", "la", "los", "las", "su", "sus"))
#: the most words a name takes ("the United States of America"), and how far into a text it is looked for
_NAME_WORDS, _NAME_REACH = 5, 40


def _second_name_joins(text: str, name: str) -> bool:
    """Is the first place ``text`` names ``name`` (a term) after "with", "from", "by" or "alongside"?

    Only the text's first few dozen words are read, a few at a time (a name may be several words,
    "the united states"), so that a long text costs no more than a short one."""
    before = _words_before_name(text, name)
    return bool(before) and before[-1] in _JOINING


#: "of" (and Spanish "de", "del"), after a noun and before a name: the name owns or does what the noun says
_OF = frozenset(("of", "de", "del"))


def _nouns_of(text: str, name: str) -> set[str]:
    """The term of the word before "of" (or "de") and the first place ``text`` names ``name``: a noun, no verb the
    statement's first name does to the second ("Mexico depends on the training of US military trainers" trains no
    one: "train" is no "trainer" of "The US keeps only small numbers of military trainers in Mexico").  Empty when
    the name follows no "of"."""
    before = _words_before_name(text, name)
    if len(before) < 2 or before[-1] not in _OF:
        return set()
    return set(terms(before[-2], text_language(text)))


def _words_before_name(text: str, name: str) -> list[str]:
    """The words, folded, before the first place ``text`` names ``name`` (a term), less the determiners right
    before it ("with the US": "with"); empty when it names it nowhere in its first few dozen words."""
    words = own_words(text).split()[:_NAME_REACH]
    for end in range(len(words)):
        # the shortest run of words ending here that names it (the name's own words, not those before it)
        starts = range(end, max(-1, end - _NAME_WORDS), -1)
        start = next((j for j in starts if name in terms(" ".join(words[j : end + 1]))), None)
        if start is not None:
            before = [fold(word).strip("\"'“”‘’(),;:.") for word in words[:start]]
            while before and before[-1] in _DETERMINERS:
                before.pop()
            return before
    return []


_FIRST_WORDS = re.compile(r"^\W*(?:(?:the|a|an)\s+)?[\w.'’-]+", re.IGNORECASE)
#: the same in a Spanish text, whose articles are others: "El Senado aprobó ...", "Los militares de EU ..."
_SPANISH_FIRST_WORDS = LazyPattern(r"^\W*(?:(?:el|la|los|las|un|una)\s+)?[\w.'’-]+", re.IGNORECASE)
#: and in a Portuguese one (``reads_portuguese``), read as English's "the" ("os" is no stop word): "O México enviou
#: ...", "Os EUA mandam ..." (their "Os" was the opening term)
_PORTUGUESE_FIRST_WORDS = LazyPattern(r"^\W*(?:(?:o|a|os|as|um|uma)\s+)?([\w.'’-]+)", re.IGNORECASE)
#: a passive verb: "was invaded", "were sent", "is being trained", "got paid"
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|gets?|got|gotten)\s+(?:(?:being|been|not|never|also|just|now|\w+ly)\s+)?"
    r"(?:\w+ed|\w{2,}[^aeiou\W]en|sent|built|bought|brought|caught|held|hit|kept|left|made|paid|put|run|said|seen|"
    r"set|shot|sold|spent|taught|told|won|beaten|done|drawn|given|known|shown|taken|thrown|written)\b",
    re.IGNORECASE,
)
#: a passive verb in a Spanish text, folded: "fue invadido", "fueron enviados", "ha sido aprobada", "son entrenados":
#: "México fue invadido por Estados Unidos en 1846" turns no roles round
_SPANISH_PASSIVE = LazyPattern(
    r"\b(?:es|son|fue|fueron|era|eran|sera|seran|sido|siendo)\s+(?:(?:no|ya|tambien|\w+mente)\s+)?"
    r"\w{2,}(?:ad|id)[oa]s?\b"
)
#: who did it, in a passive sentence: "scored twice by the CBO", "was approved by Mexico's Senate"
_AGENT = LazyPattern(r"\bby\s+((?:[\w.'’-]+\s+){0,3}[\w.'’-]+)", re.IGNORECASE)


#: a short label opening a text before a colon: "Fact:", "Claim:", "FALSE:", "BREAKING:", "Update:", "Breaking
#: news:" (at most three words, the colon followed by a space: "10:30" is no label)
_LABEL = re.compile(r"^\W*(?:[^\W\d_][\w'’.-]*\s+){0,2}[^\W\d_][\w'’.-]*:\s+")


#: a reply's first word before a comma, which answers what was said before and names no actor: "No, the US did in
#: February 2025.", "Yes, Mexico sent ...", "Sí, México envió ..."
_REPLY = re.compile(r"^\W*(?:no|nope|nah|yes|yeah|yep|s[ií]|actually|well)\s*,\s+", re.IGNORECASE)


def _after_label(words: str) -> str:
    """A text's own ``words`` without the short label opening them (``_LABEL``) or a reply's first word
    (``_REPLY``), for reading who the text opens with: "Fact: Mexico sent 10,000 troops" was read as opening with
    "fact", no sender, and shown as "There are more than 10,000 US troops deployed in Mexico" (FALSE) at 1.00, while
    "Mexico sent 10,000 troops" found the claim it is; "No, the US did in February 2025." was read as opening with
    "no", no actor, and shown as "Mexico deployed 10,000 of its own troops to the US border in February 2025" (TRUE)
    at 0.97, which "The US did in February 2025." is not (another actor).  A text that is its label alone is kept
    whole."""
    label = _LABEL.match(words) or _REPLY.match(words)
    return words[label.end() :] if label and words[label.end() :].strip() else words


def _opening_term(text: str) -> str | None:
    """The term of the text's first word (after an article and a short label: ``_after_label``), when it has one:
    "The US sent ..." -> "usa"; with the words after it that the normaliser reads as one name with it: "The United
    States sent ..." and "Estados Unidos desplegó ..." -> "usa" (read as their first word alone, "unit" and "estado",
    no name of any claim, they named no actor, and "Estados Unidos desplegó 10,000 tropas en México" was shown as
    "México desplegó 10 mil elementos de la Guardia Nacional en la frontera norte")."""
    words = _after_label(own_words(text))
    language = text_language(words)
    portuguese = reads_portuguese(words)
    first_words: AnyPattern
    if portuguese:
        first_words = _PORTUGUESE_FIRST_WORDS
    else:
        first_words = _SPANISH_FIRST_WORDS if language is Language.SPANISH else _FIRST_WORDS
    opening = first_words.match(words)
    if opening is None:
        return None
    first = f"the {opening.group(1)}" if portuguese else opening.group()
    found = terms(first, language)  # with its article: "the us" is the country, "us" a stop word
    if len(found) != 1:
        return None
    following = words[opening.end() :].split()[: _NAME_WORDS - 1]
    for count in range(1, len(following) + 1):
        longer = terms(" ".join([first, *following[:count]]), language)
        if len(longer) != 1:
            break
        found = longer
    return found[0]


# Where a text puts or sends what it talks about: "in Mexico", "into Mexico", "at the southern
# border", "to Texas".  The place is the words after the preposition up to the end of the clause
# or a word that starts another phrase ("... in Texas in January", "to Texas as the first wave");
# "to" followed by a verb ("sent to train troops") is no place: its object must start with an
# article, a possessive or a capital; nor is "according to the Pentagon".
#: the combining marks that are a word's own, though no "\\w": accents left uncomposed, Cyrillic, Hebrew and Arabic
#: vowel marks, the Indic scripts' vowel signs (not the danda, a full stop), Thai, Lao, Tibetan and Myanmar marks:
#: "deployed in मेक्सिको" is one word, not a place cut at its first vowel sign
_WORD_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0963"
    "\u0966-\u0dff\u0e31-\u0e3a\u0e47-\u0e4e\u0eb1-\u0ebc\u0ec8-\u0ecd\u0f18-\u0fbc\u1000-\u109f"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a"
)
#: a place's words, up to the end of the clause or a word that starts another phrase; any mark but a word's own
#: ends it, as punctuation does: "deployed in Mexico /s" (or "**", an emoji, a colour code) put its troops nowhere
_PLACE_WORDS = (
    r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"(?=\s*(?:[^\w\s'’"
    + _WORD_MARKS
    + r"-]|-+(?!\S)|$)|\s+(?:and|or|to|for|with|by|from|in|into|at|as|where|which|that|since|after|before|"
    r"during|last|next|this|under|on|over|while|when|because|right|now|today|yesterday|already|again)\b)"
)
_PLACE = re.compile(
    r"\b(?:(?:in|into|inside|at|near)\s+|(?<!according )(?<!due )(?<!thanks )(?<!next )"
    r"to\s+(?=(?:the|its|their|our|his|her|a|an)\b|(?-i:[A-Z])))" + _PLACE_WORDS,
    re.IGNORECASE,
)
#: where a text has something fly: "drones fly over Mexico", "planes above Mexican territory".  Read only for whose
#: a thing is and where (``_owners_and_places``), by a place's name: "over" is mostly no place ("over 10,000
#: troops", "over the years", "fought over water"), which the checks reading any place word would take for one
_ABOVE = re.compile(r"\b(?:over|above)\s+" + _PLACE_WORDS, re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@text_cache(maxsize=8192)
def _places(text: str, *, near: bool = True) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each place ``text`` names (``_PLACE``) as written (without a leading article), with its terms;
    dates and numbers are no place ("in 2019").  ``near=False``: not what is only near a place."""
    found: list[tuple[str, frozenset[str]]] = []
    for match in _PLACE.finditer(own_words(text)):
        if not near and fold(match.group(0)).startswith("near"):
            continue
        words = terms(match.group(1))
        if words and not (words[0][:1].isdigit() or words[0] in _DATES):  # "in 2021 limiting ..." is a time
            found.append((_ARTICLE.sub("", match.group(1)), frozenset(words)))
    return tuple(found)


def other_place(statement: str, wordings: Sequence[str]) -> tuple[str, str, str] | None:
    """The place the statement names where the claim names another: the statement's as written,
    the claim's name of its place (a term) and the wording naming it; None when the statement names
    no place, or one of the claim's.

    Every place a claim's wording names by a name ("deployed in Mexico") must be missing from
    the statement, which names a place of its own that no wording has: "More than 10,000 US
    troops have been sent to the southern border" is the correction of "There are more than
    10,000 US troops deployed in Mexico", not that claim in other words.  Unlike ``substitutes``,
    the two need not stand in the same place among the words: word order around a place varies
    too much ("sent to the border", "at the border, troops were deployed").  Not a reason to
    stay silent (on the starter file's statement sets it would cost as many right matches as it
    saves wrong ones), but one to say so beside the match (``differences``).
    """
    claim_places: dict[str, str] = {}  # the term of a place's name -> the wording naming it
    claim_terms: set[str] = set()
    one_word_places: set[str] = set()  # "Mexico", not "New Mexico" (whose land the Mexico border may be)
    for wording in wordings:
        form = analyse(wording)
        names = {t for t, k in zip(form.terms, form.kinds, strict=True) if k in (Kind.NAME, Kind.OPENING)}
        for _, place in _places(wording):
            for term in sorted(place & names):
                claim_places.setdefault(term, wording)
        claim_terms.update(form.terms)
        one_word_places.update(t for shown, name in _place_names(wording) if len(name) == 1 for t in terms(shown))
    if not claim_places or claim_places.keys() & _named_outside_modifiers(statement, one_word_places):
        return None
    for written, place in _places(statement):
        if place - claim_terms:
            term, wording = next(iter(claim_places.items()))
            return written, term, wording
    return None


def _named_outside_modifiers(statement: str, places: Container[str]) -> set[str]:
    """The statement's terms, save those of one of ``places`` (a claim's places of a one-word name) that only
    qualifies a place word after it ("Mexico" of "to the US-Mexico border", "the Mexico border": the place is
    the border, not Mexico; ``_ATTRIBUTIVE``, in lower case: "Mexico City" is in Mexico); its hashtags and
    handles included.  Each word is read as a name may be, after an article ("us" alone is a pronoun)."""
    words = [word.strip(_AROUND_A_WORD) for word in _NAME_PARTS.split(own_words(statement))]
    named: set[str] = set()
    for word, following in zip(words, [*words[1:], ""], strict=True):
        found = terms(f"the {word}")
        qualifies = following.islower() and following in _ATTRIBUTIVE
        if not (qualifies and found and all(term in places for term in found)):
            named.update(found)
    in_markup = Counter(terms(statement)) - Counter(terms(own_words(statement)))  # hashtags, handles
    return named | set(in_markup)


#: what separates the words of a text and the names joined in one ("US-Mexico", "US/Mexico")
_NAME_PARTS = re.compile(r"\s+|(?<=\w)[-–/](?=\w)")


def another_place_of_the_same_name(statement: str, wordings: Sequence[str]) -> tuple[str, str] | None:
    """The place the statement names where the claim names a namesake place (``_namesakes``):
    ``("Mexico", "New Mexico")``, ``("Baja California", "California")``, ``("North
    Korea", "South Korea")``, each as written; None when there is no such pair.

    ``other_place`` compares terms, and "New Mexico" gives the same term as "Mexico" ("new" is a
    stop word), so "There is a US base in Mexico" looked like the claim about a base "in New
    Mexico".  Here places are compared by their names.  The claim's are its places and every other
    name it holds, wherever it stands (``_place_names``, ``_name_runs``: "Mexico deployed ...",
    "Mexico's Senate"), and so are the statement's, looked for by the claim's names in any case
    ("there is a us base in mexico", "IN MEXICO", "Mexico hosts ...", "patrols the Gulf of Mexico":
    ``_said_names``), each with the namesake words before it (``_NAMESAKE_WORDS``: "new", "north",
    "baja", "gulf of").  Two names differing in other words
    are not namesakes: "Pelosi" is "Nancy Pelosi", "the Senate" may be "the US Senate", "Juárez"
    is "Ciudad Juárez", "the State of Mexico" is in Mexico.  Nor is a region ("northern Mexico",
    "West Texas", "Korea" for "South Korea": ``_COMPASS_PLACES``), a name used as a modifier ("at
    the Mexico border"), a place one is near, comes from or is with ("near Mexico", "from Mexico"),
    or a side that names the other's place anywhere in its text ("in Mexico, not New Mexico").
    """
    claimed = [name for wording in wordings for name in _claim_names(wording)]
    if not claimed:
        return None
    said = _said_names(own_words(statement), {_base(name) for _, name in claimed})
    said_names = {name for _, name in said}
    claimed_names = {name for _, name in claimed}
    statement_text = _folded_words(own_words(statement))
    claim_text = " ".join(_folded_words(wording) for wording in wordings)
    for written, name in said:
        for claim_written, claim_name in claimed:
            if name in claimed_names or claim_name in said_names or not _namesakes(name, claim_name):
                continue
            if _named_apart(claim_name, name, statement_text) and _named_apart(name, claim_name, claim_text):
                return written, claim_written
    return None


@text_cache(maxsize=8192)
def _claim_names(wording: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A claim wording's places and other names (cached, as ``analyse`` is: the same claims come up
    statement after statement)."""
    return (*_place_names(wording), *_name_runs(wording))


def _namesakes(name: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Do two place names end alike and differ only in namesake words before that, none shared ("New
    Mexico" and "Mexico", "North Korea" and "South Korea", "Gulf of Mexico" and "Mexico"; not
    "Nancy Pelosi" and "Pelosi", "Ciudad Juárez" and "Juárez", nor a region: "West Texas" and
    "Texas")?"""
    same = 0
    while same < min(len(name), len(other)) and name[-1 - same] == other[-1 - same]:
        same += 1
    ours, theirs = name[: len(name) - same], other[: len(other) - same]
    if not same or set(ours) & set(theirs) or not (ours or theirs):
        return False
    if not all(word in _NAMESAKE_WORDS or word in _NAME_LINKS for word in (*ours, *theirs)):
        return False
    prefix = ours or theirs
    if not (ours and theirs) and len(prefix) == 1 and prefix[0] in _COMPASS:
        return (name if ours else other) in _COMPASS_PLACES  # "West Texas" is in Texas
    return True


def _named_apart(name: tuple[str, ...], other: tuple[str, ...], other_text: str) -> bool:
    """Is ``name`` missing from the text of the side that names ``other``?  Where ``other`` holds
    ``name`` ("New Mexico" holds "Mexico"), ``name`` is looked for outside it: "The US invaded
    Mexico ... after Villa attacked Columbus in New Mexico" names Mexico too."""
    text = f" {other_text} "
    if other[-len(name) :] == name:
        text = text.replace(f" {' '.join(other)} ", "  ")
    return f" {' '.join(name)} " not in text


@text_cache(maxsize=8192)
def _folded_words(text: str) -> str:
    """The words of ``text`` as a name's words are folded (``_fold_name``), one space apart.  Cached: a claim's
    wordings are folded again for every statement compared with them (23,309 calls for a 1 MB article)."""
    return " ".join(_fold_name(word.strip(_AROUND_A_WORD)) for word in _TOKEN.findall(text))


def _fold_name(word: str) -> str:
    """A word of a name, folded, in English ("Nuevo" -> "new", "Golfo" -> "gulf", "de" -> "of")."""
    folded = fold(word)
    return _SAME_WORD.get(folded, folded)


def _base(name: tuple[str, ...]) -> tuple[str, ...]:
    """The name without its namesake words ("mexico" of "new mexico" and of "gulf of mexico")."""
    start = 0
    while start < len(name) - 1 and (name[start] in _NAMESAKE_WORDS or name[start] in _NAME_LINKS):
        start += 1
    return name[start:]


def _located(text: str) -> list[str]:
    """The places ``text`` puts something in, as written (``_places``, without "near": what is near
    Mexico is not said to be in it), quotes and hyphens aside ("“Mexico”", "New-Mexico")."""
    text = re.sub(r"[\"“”«»(]", " ", own_words(text))
    text = re.sub(r"(?<=\w)-(?=[A-Z])", " ", text)
    return [written for written, _ in _places(text, near=False)]


def _said_names(text: str, bases: set[tuple[str, ...]]) -> list[tuple[str, tuple[str, ...]]]:
    """The names ``text`` gives by one of ``bases`` (the claim's names without namesake words), wherever
    they stand and in any case, each as written and as folded words with the namesake words before it
    ("New Mexico", "new mexico", "NEW MEXICO"; in a text with capitals, only capitalised ones: "a new
    Mexico", "northern Mexico" are Mexico).  The base must end the name: "the Mexico border", "Mexico
    City" are not Mexico.  Nor is a name that something is only near, comes from or is with
    (``_BESIDE``): "Migrants from Mexico are detained by troops in a military zone" is the claim of a
    zone on the New Mexico border (1.00), whose migrants come from Mexico.

    A claim's names are read wherever they stand (``_claim_names``), and so are the statement's: read
    in the places it puts something in only ("in Mexico"), "Mexico hosts US military advisers at its
    naval bases." named no Mexico to set against a claim's "New Mexico" (0.57, a possible match), nor
    "The US Navy patrols the Gulf of Mexico." a Gulf of Mexico against a claim's "inside Mexico" (0.56)."""
    found: list[tuple[str, tuple[str, ...]]] = []
    # in a text IN CAPITALS or In Title Case a capital after a name makes no longer name: "MEXICO HOSTS ..."
    names_by_capitals = _capitalised_terms(own_words(text)) is not None
    for clause in _clauses(text):
        shown = [word.strip(_AROUND_A_WORD) for word in clause.split()]
        folded = [_POSSESSIVE.sub("", _fold_name(word)) for word in shown]  # "Mexico's army": Mexico's
        for base in bases:
            for end in range(len(base), len(folded) + 1):
                if tuple(folded[end - len(base) : end]) == base:
                    name = _name_ending_at(shown, folded, (end - len(base), end), names_by_capitals)
                    found.extend([name] if name is not None else [])
    return found


def _name_ending_at(
    shown: list[str], folded: list[str], base: tuple[int, int], names_by_capitals: bool
) -> tuple[str, tuple[str, ...]] | None:
    """The name of a clause's words (``shown``, and ``folded`` without possessives) that ends with the claim's
    ``base`` (its first and end index), as written and as folded words, with the namesake words before it; None
    when the base is no name there (``_said_names``)."""
    first, end = base
    capitalised = shown[first][:1].isupper()
    owner = folded[end - 1] != _fold_name(shown[end - 1])  # "Mexico's navy" is Mexico's: no modifier
    following = shown[end] if end < len(shown) and not owner else ""
    if fold(following) in _ATTRIBUTIVE or (capitalised and names_by_capitals and following[:1].isupper()):
        return None  # "the Mexico border", "Mexico City": not Mexico
    if owner and end < len(shown) and _owned_edge(shown[end:]):
        return None  # "Mexico's border with the US", as "the Mexico border": the place is the border
    if not owner and _speaks(folded[end:]):
        return None  # "Mexico says US troops ...": a speaker, not a place
    first = _with_namesake_words(shown, folded, first, capitalised)
    while first < end and folded[first] in _NAME_LINKS:  # "of Mexico": "Mexico"
        first += 1
    if first > 0 and shown[first - 1].endswith(("'s", "’s")):
        return None  # "Nancy's Mexico": someone's
    if _BESIDE.search(" ".join(folded[:first])):
        return None
    written = " ".join(shown[first:end])
    return (_POSSESSIVE.sub("", written) if owner else written), tuple(folded[first:end])


def _with_namesake_words(shown: list[str], folded: list[str], first: int, capitalised: bool) -> int:
    """Where a name starting at ``first`` starts with the namesake words and links before it ("New", "Gulf of");
    after a capitalised name, only capitalised namesake words ("a new Mexico" is Mexico)."""
    while first > 0 and (folded[first - 1] in _NAMESAKE_WORDS or folded[first - 1] in _NAME_LINKS):
        if capitalised and folded[first - 1] not in _NAME_LINKS and not shown[first - 1][:1].isupper():
            break
        first -= 1
    return first


def _clauses(text: str) -> list[str]:
    """``text`` in runs of words that punctuation sets apart, quotes and hyphens aside ("“Mexico”", "New-Mexico"):
    the word after a name is looked at only in its clause ("... in Mexico. Border agents ...")."""
    text = re.sub(r"[\"“”«»()]", " ", own_words(text))
    text = re.sub(r"(?<=\w)-(?=[A-Z])", " ", text)
    return re.split(r"[,;:!?…]+\s|\.\s+(?=[A-Z\W])|[.,;:!?…]+$", text)


#: the words before a name that put it beside what a text is about, not where it is nor who acts: "near Mexico",
#: "migrants from Mexico", "the border with Mexico", "crossing out of Mexico"
_BESIDE = re.compile(r"\b(?:near|from|with|out\s+of)(?:\s+the)?$")
#: the edges of a place that a name owns ("Mexico's border", "Mexico's northern side"): the place is the edge, which
#: the namesake's may be (the New Mexico border is Mexico's border with the US)
_EDGES = frozenset("border borders borderlands frontier frontiers side boundary line".split())
#: (only the north: Mexico's southern border is with Guatemala, not the US border a New Mexico claim is on)
_EDGE_QUALIFIERS = frozenset("northern north own".split())
#: verbs of saying: a name before one is a speaker ("Mexico says ...", "Mexico has denied ...")
_SPEAKING = frozenset(
    "says said say claims claimed denies denied reports reported announces announced insists insisted "
    "stated warns warned confirms confirmed admits admitted tells told argues argued accuses accused "
    "acknowledges acknowledged".split()
)
_BEFORE_SPEAKING = frozenset("has have had also now officially publicly again".split())


def _owned_edge(following: Sequence[str]) -> bool:
    """Do the words after an owner's name ("Mexico's") give an edge of a place (``_EDGES``), a compass word
    before it at most?"""
    words = [fold(word) for word in following[:2]]
    if words and words[0] in _EDGE_QUALIFIERS:
        words = words[1:]
    return bool(words) and words[0] in _EDGES


def _speaks(following: Sequence[str]) -> bool:
    """Do the folded words after a name open with a verb of saying (``_SPEAKING``), an auxiliary or adverb before
    it at most ("Mexico says", "Mexico has said")?"""
    words = list(following[:3])
    while words and words[0] in _BEFORE_SPEAKING:
        words = words[1:]
    return bool(words) and words[0] in _SPEAKING


_POSSESSIVE = re.compile(r"['’]s$")


@text_cache(maxsize=8192)
def _place_names(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The places ``text`` names by a name (``_places``), each as written and as folded words: the
    capitalised words of a place ("New Mexico" of "New Mexico is"), with the lower-case links inside
    a name ("Gulf of Mexico"); none for a place in ordinary words ("the border"), a name qualifying
    another word ("the New Mexico border"), a region of a named place ("northern Mexico") or
    something of someone's ("NBC's Town Hall")."""
    if _capitalised_terms(own_words(text)) is None:
        return ()  # a headline In Title Case: every word looks like a name
    found: list[tuple[str, tuple[str, ...]]] = []
    for written in _located(text):
        words: list[str] = []
        following = ""
        for word in written.split():
            if not (word[:1].isupper() or (words and word in _NAME_LINKS)):
                following = word
                break
            words.append(word)
        if fold(following) in _ATTRIBUTIVE:
            continue  # "the New Mexico border": not New Mexico
        while words and not words[-1][:1].isupper():  # "Gulf of" ends on its link: not a name's end
            words.pop()
        shown = " ".join(words).strip(_CLOSING_MARKS + ",;:!?….")
        name = tuple(_fold_name(word) for word in shown.split())
        if name and name[0] not in _REGIONS and not any(word.endswith(("'s", "’s")) for word in name):
            found.append((shown, name))
    return tuple(found)


def names(text: str) -> list[tuple[str, frozenset[str]]]:
    """Every name ``text`` holds (``_name_runs``), as written and as its terms: ("Mexico City", {"mexico",
    "citi"})."""
    return [(written, frozenset(terms(written))) for written, _ in _name_runs(text)]


def place_names(text: str) -> list[tuple[str, frozenset[str]]]:
    """The places ``text`` puts something in by a name (``_place_names``), as written and as its terms."""
    return [(written, frozenset(terms(written))) for written, _ in _place_names(text)]


@text_cache(maxsize=8192)
def _name_runs(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every name ``text`` holds, wherever it stands ("Mexico" of "Mexico deployed 10,000 of its own
    troops", "Mexico" of "Mexico's Senate"), as written and as folded words: runs of capitalised
    words, with the links inside a name, without the ordinary words a sentence may open with
    ("The", "In"), ended by punctuation or a possessive (its owner is the name).  None in a headline
    In Title Case, where every word looks like a name."""
    if _capitalised_terms(own_words(text)) is None:
        return ()
    runs: list[list[str]] = [[]]
    for token in _TOKEN.findall(re.sub(r"[\"“”«»()]", " ", own_words(text))):
        word = token.strip(_AROUND_A_WORD)
        owner = re.sub(r"['’]s$", "", word)
        if word[:1].isupper() or (runs[-1] and word in _NAME_LINKS):
            runs[-1].append(owner)
            # "Mexico's Senate": Mexico; "El Paso, Texas": two names; the dot of "Gen." or "J." ends none
            if owner != word or (token[-1:] in ",;:!?.…" and not _is_title(token) and not _INITIAL.fullmatch(token)):
                runs.append([])
        elif runs[-1]:
            runs.append([])
    found: list[tuple[str, tuple[str, ...]]] = []
    for run in runs:
        while run and (run[-1] in _NAME_LINKS or not run[-1][:1].isupper()):
            run.pop()
        while run and fold(run[0]) in STOP_WORDS and fold(run[0]) not in _NAMESAKE_WORDS:
            run.pop(0)
        if run and fold(run[0]) not in _REGIONS:
            found.append((" ".join(run), tuple(_fold_name(word) for word in run)))
    return tuple(found)


#: lower-case words inside a name: "Gulf of Mexico", "Bank of America", "Ciudad de México"
_NAME_LINKS = frozenset(("of", "de", "del", "la"))
#: words that make a region of a place, not another place: "Northern Mexico" is in Mexico
_REGIONS = frozenset(("northern", "southern", "eastern", "western", "central"))
#: words that make another place of the same name: "New Mexico", "North Korea", "Baja California", "Gulf of Mexico"
_NAMESAKE_WORDS = frozenset(("new", "north", "south", "east", "west", "baja", "gulf"))
_COMPASS = frozenset(("north", "south", "east", "west"))
#: compass names that are not a region of the bare name ("South Texas" is in Texas, "Korea" is often South Korea)
_COMPASS_PLACES = frozenset(
    tuple(place.split())
    for place in ("north korea", "south africa", "south sudan", "west virginia", "north macedonia", "east timor")
)
#: words a place's name may qualify ("the Mexico border", "Mexico City"): the name is then no place
_ATTRIBUTIVE = frozenset(
    "border borders borderlands frontier side desert coast region area government army navy state city town "
    "county airspace waters".split()
)
_SAME_WORD = {"nuevo": "new", "nueva": "new", "golfo": "gulf", "de": "of", "del": "of"}


def closest_wording(statement: Wording, wordings: Sequence[Wording]) -> Wording:
    """The wording sharing the largest fraction of terms with the statement (Jaccard; the first on ties)."""
    own = set(statement.terms)

    def overlap(wording: Wording) -> float:
        other = set(wording.terms)
        union = own | other
        return len(own & other) / len(union) if union else 0.0

    return max(wordings, key=overlap)


# What will happen, or what someone means to do: "will invade", "is going to invade", "plans to send".
_FUTURE = re.compile(
    r"\b(?:will|shall|gonna)\b(?!\s+(?:of|power)\b)|(?<=\w)['’]ll\b|"
    r"\b(?:going|about|plans?|planning|intends?|intending|threatens?|threatening|wants?|wanting|prepares?|"
    r"preparing)\s+to\s+(?!the\b|an?\b)[a-z]",
    re.IGNORECASE,
)
# A claim that says it is about the past: "US troops have invaded Mexico in the past", "... before",
# "The last time US troops went into Mexico in force was ...", "... in more than a century".
_PAST_ONLY = LazyPattern(
    r"\bin\s+the\s+past\b|\bbefore\s*[.!]?\s*$|\bpreviously\b|\bhistorically\b|\bin\s+history\b|"
    r"\bthe\s+last\s+time\b|\bwas\s+the\s+last\b|\bin\s+(?:more\s+than|over)\s+a\s+century\b",
    re.IGNORECASE,
)


def future_for_past(statement: str, wordings: Sequence[str]) -> bool:
    """Does the statement say what will happen where the claim says what happened in the past?

    "The US will invade Mexico" shares every content word with "US troops have invaded Mexico in the
    past" (TRUE): matched at 1.00, it was shown as true.  A claim counts as about the past when one of
    its wordings says so ("in the past", "before", "previously") and none speaks of the future; the
    statement, when it has a future ("will", "is going to", "plans to", "wants to")."""
    if not _FUTURE.search(own_words(statement)):
        return False
    if any(_FUTURE.search(wording) for wording in wordings):
        return False
    return any(_PAST_ONLY.search(wording) for wording in wordings)


#: the world's commoner countries as Chinese (simplified and traditional) and Japanese write them, each with its
#: key: a Chinese or Japanese text has no capitals that tell a name (``analyse`` reads its character pairs as
#: words), so "美国在加拿大驻扎了一万名士兵" was the claim "美国在墨西哥驻扎了一万名士兵" (0.9995, where "... in Canada"
#: is capped against "... in Mexico").  The places named after a country ("新墨西哥" New Mexico, "内蒙古" Inner
#: Mongolia) are places of their own, read first (the longest name at a place is read), with the word for a
#: state ("新墨西哥州": "美国在新墨西哥州驻扎了一万名士兵" was the Mexico claim at 1.00); a name in katakana only as a
#: whole word ("メキシコ", not the "メキシコ" of "ニューメキシコ").  A name is read in every spelling that the
#: traditional characters read as simplified (``hanzi``) give it (``hanzi.spellings``), Hong Kong's "新西蘭" and
#: "尼日利亞" too: "美國在新西蘭駐紮了一萬名士兵" was the Mexico claim at 1.00, its other words simplified and
#: the name unread
_CJK_COUNTRIES = {
    spelling: key
    for key, names in (
        ("us", "美国 美國 美利坚合众国 美利堅合眾國 アメリカ 米国 アメリカ合衆国"),
        ("mexico", "墨西哥 メキシコ"),
        ("new-mexico", "新墨西哥 新墨西哥州 ニューメキシコ ニューメキシコ州"),
        ("canada", "加拿大 カナダ"),
        ("china", "中国 中國 中华人民共和国 中華人民共和國 中国大陆 中國大陸"),
        ("taiwan", "台湾 台灣 臺灣"),
        ("japan", "日本"),
        ("south-korea", "韩国 韓国 韓國 南韩 南韓"),
        ("north-korea", "朝鲜 朝鮮 北韩 北韓 北朝鮮"),
        ("russia", "俄罗斯 俄羅斯 俄国 俄國 ロシア"),
        ("ukraine", "乌克兰 烏克蘭 ウクライナ"),
        ("uk", "英国 英國 イギリス"),
        ("france", "法国 法國 フランス"),
        ("germany", "德国 德國 ドイツ"),
        ("italy", "意大利 義大利 イタリア"),
        ("spain", "西班牙 スペイン"),
        ("portugal", "葡萄牙 ポルトガル"),
        ("netherlands", "荷兰 荷蘭 オランダ"),
        ("poland", "波兰 波蘭 ポーランド"),
        ("sweden", "瑞典 スウェーデン"),
        ("switzerland", "瑞士 スイス"),
        ("india", "印度 インド"),
        ("indonesia", "印度尼西亚 印度尼西亞 印尼 インドネシア"),
        ("pakistan", "巴基斯坦 パキスタン"),
        ("afghanistan", "阿富汗 アフガニスタン"),
        ("iran", "伊朗 イラン"),
        ("iraq", "伊拉克 イラク"),
        ("syria", "叙利亚 敘利亞 シリア"),
        ("israel", "以色列 イスラエル"),
        ("turkey", "土耳其 トルコ"),
        ("egypt", "埃及 エジプト"),
        ("saudi-arabia", "沙特 沙特阿拉伯 沙烏地阿拉伯 サウジアラビア"),
        ("vietnam", "越南 ベトナム"),
        ("thailand", "泰国 泰國"),
        ("philippines", "菲律宾 菲律賓 フィリピン"),
        ("singapore", "新加坡 シンガポール"),
        ("malaysia", "马来西亚 馬來西亞 マレーシア"),
        ("australia", "澳大利亚 澳大利亞 澳洲 オーストラリア"),
        ("new-zealand", "新西兰 紐西蘭 ニュージーランド"),
        ("brazil", "巴西 ブラジル"),
        ("argentina", "阿根廷 アルゼンチン"),
        ("colombia", "哥伦比亚 哥倫比亞 コロンビア"),
        ("venezuela", "委内瑞拉 委內瑞拉 ベネズエラ"),
        ("cuba", "古巴 キューバ"),
        ("south-africa", "南非 南アフリカ"),
        ("nigeria", "尼日利亚 奈及利亞 ナイジェリア"),
        ("mongolia", "蒙古 モンゴル"),
        ("inner-mongolia", "内蒙古 內蒙古"),
    )
    for name in names.split()
    for spelling in spellings(name)
}
#: katakana, but for "・" (U+30FB), the dot that parts names: "中国・ロシア" names Russia
_KATAKANA = "\u30a0-\u30fa\u30fc-\u30ff\u31f0-\u31ff"
#: the characters that, before a name, make its first character another word's end: "非法国际" (illegal
#: international: "非法", not "法国" France), "精英国家" (elite countries), "道德国家" (a moral country)
_NOT_A_COUNTRY_AFTER = {"法国": "非", "英国": "精", "德国": "道", "法國": "非", "英國": "精", "德國": "道"}
#: what follows a Japanese name that ends a word: a particle, punctuation, a space or the end
_JAPANESE_WORD_END = "(?=[のでにはがもとへをや、。,.!?」』)\\s]|$)"
#: China's power: "電力" before a whole word of consumption, demand, shortage, crisis or market ("中国電力消費量",
#: "中国電力需要、", "中国電力不足が"), not the firm's customers' rates "中国電力需要家向け料金" nor its market-linked
#: plan "中国電力市場連動型プラン" (each was China, no match of the firm's claim)
_CHINAS_POWER = f"電力(?:(?:消費|需要)量?{_JAPANESE_WORD_END}|(?:不足|危機){_JAPANESE_WORD_END}|市場(?!連動))"
#: Japan's own names that begin with "中国" (China): the "中国" of the Chūgoku region's power company "中国電力"
#: ("電" with "国" is Japanese: Chinese writes "中国电力" or "中國電力"), a firm as the "韓国" of "韓国電力" is a
#: country, but for China's power (``_CHINAS_POWER``, as Japanese writes it); and, in a Japanese text, the region
#: itself, a place of its own: "中国・四国地方", and "中国地方" before a particle, punctuation (folded: "，" is ",")
#: or the end ("中国地方に", "中国地方の", "中国地方、"), as before a word it is China's local one ("中国地方当局"
#: China's local authorities, "中国地方政府", "中国地方債務", "中国地方都市", as Japanese too writes them:
#: "中国地方当局が日本人記者を拘束した", read as the region, was no match of the claim
#: "中国当局が日本人記者を拘束した"); the region's mountains "中国山地" (a Chinese text's "中国山地" is China's
#: mountain land; "中国山地帯" is no name of the region's) and its newspaper "中国新聞", each before a particle,
#: punctuation or the end ("中国新聞社" is also China News Service, "中国新聞網" its website).  In any text, as
#: Chinese writes neither: the expressway "中国自動車道" ("動" with "車" is Japanese) and the state's regional
#: bureau "中国地方整備局"; in any text but a Chinese one (``_chinese_text``), "中国地方" before a word of the
#: weather that a kanji-only headline puts after the region ("中国地方豪雨", "中国地方梅雨入り": Chinese writes
#: "中国多地暴雨"; "中国地方大雨致百人死亡" is China's local rain).  Each was China ("米軍が中国地方に駐留している"
#: was the claim "米軍が中国に駐留している", "中国電力が電気料金を値上げした" the claim "韓国電力が...",
#: "中国地方豪雨で100人が死亡した" the claim "中国豪雨で100人が死亡した"), and China's power the firm
#: ("中國電力消費量が..." was no match of the claim "中国電力消費量が...")
_CHUGOKU_ELECTRIC = f"(?P<chugoku_electric>中国(?=電力)(?!{_CHINAS_POWER}))"
_CHUGOKU_REGION = (
    f"(?P<chugoku_region>中国地方{_JAPANESE_WORD_END}|中国・四国地方|中国(?=(?:山地|新聞){_JAPANESE_WORD_END}))"
)
#: the names of the region in any text (``_CHUGOKU_WEATHER``: in any but a Chinese one)
_CHUGOKU_ROAD = "(?P<chugoku_road>中国(?=自動車道)|中国地方(?=整備局))"
_CHUGOKU_WEATHER = "(?P<chugoku_weather>中国地方(?=大雨|豪雨|梅雨|大雪|台風))"


def _simplified_only() -> str:
    """The characters only simplified Chinese writes: the simplified forms of ``TRADITIONAL_AS_SIMPLIFIED`` that
    are no kanji of JIS X 0208 (what Shift JIS encodes: "严", "电", "马"; not "国", "万", "台", "会", which
    Japanese writes too), 2,253 of them."""

    def kanji(character: str) -> bool:
        try:
            character.encode("shift_jis")
        except UnicodeEncodeError:
            return False
        return True

    simplified = {chr(form) for written, form in TRADITIONAL_AS_SIMPLIFIED.items() if form != written}
    return "".join(sorted(character for character in simplified if not kanji(character)))


@built_once
def _chinese_text() -> re.Pattern[str]:
    """A kanji-only text that is Chinese: it holds "致" (causing), "了", "的", "在", "是", "被", "将"/"將", "这"/"這",
    "们"/"們" or "吗"/"嗎", but in the Japanese words that hold them ("一致", "終了", "記録的", "現在", "是正", "被害"),
    or one of the marks below.  Built when first read (of a Chinese or Japanese text), not at import, with the
    characters ``_simplified_only`` lists."""
    return re.compile(
        "(?<![一合招誘拉極])致|(?<![終完修満魅])了(?![解承])|(?<![録続地史発時劇目私公知])的(?![確中])"
        "|(?<![現存滞所駐実健不自潜散点偏])在(?![住籍庫日宅任留職])|是(?![正非認])|被(?![害災告服])"
        "|[将將](?![来來軍棋])|[这這们們吗嗎]"
        # characters only simplified Chinese writes (Japanese "発", "災", "離", "予"...), "造成" (causing), "已"
        # (already) and "封路" (roads closed; Japanese "通行止め"): "中国地方大雨造成百人死亡", "中国地方大雪封路" are
        # China's weather.  Its full-width comma (Japanese writes "、") is read in the text as written
        # (``_CHINESE_COMMA``): folded, it is ","
        "|[发灾离导报为说门车东气击难级员风长场时间动过还进对现开关实问题预]|造成|已|封路"
        # and any other character only simplified Chinese writes: "中国地方大雨，土砂流失严重" ("严", Japanese "厳")
        f"|[{_simplified_only()}]"
    )


#: the comma Chinese writes, "，" (U+FF0C), read before folding: "中国地方大雪，数千人滞留" is China's snow
_CHINESE_COMMA = "\uff0c"
#: kanji only Japanese writes (Chinese "广"/"廣", "县"/"縣", "驿"/"驛", "气"/"氣", "对"/"對"...: each a Japanese
#: form of OpenCC's JPVariants.txt that no Chinese table of it holds), and Japanese words of characters Chinese
#: writes too that Chinese says otherwise: "障害" (Chinese "障碍"/"障礙"), "運休" (a service suspended; "停运"),
#: "欠航" (flights cancelled; "停飞"), "行方不明"/"安否不明" (missing; "失踪", "下落不明"), "休校" (schools closed;
#: "停课"), "土砂" (earth and sand, of landslides).  Japanese official writing uses "，" too: "中国地方大雨，広島県
#: 土砂災害", "中国地方大雪，交通障害" (lang55: China) are Japan's region
_JAPANESE_ONLY_KANJI = LazyPattern(
    "[広県駅図円発売読転戦辺沢鉄関気対帰険遅圏払乗伝価労団圧実帯庁応拡効検歳済浜営経続総観変軽隠雑験黒両処]"
    "|障害|運休|欠航|行方不明|安否不明|休校|土砂"
)
#: the key of a name read by a group of its own, by the group's name (else the group's name is the key)
_GROUP_KEYS = {"chugoku_road": "chugoku_region", "chugoku_weather": "chugoku_region"}
#: a Japanese text: one with kana (U+3041-U+3096, U+30A1-U+30FA: not "・" nor "ー", which Chinese writes too)
_KANA = LazyPattern("[\u3041-\u3096\u30a1-\u30fa]")
_CHINESE_COUNTRY = LazyPattern(
    "|".join(
        (
            _CHUGOKU_ELECTRIC,
            _CHUGOKU_ROAD,
            *(
                f"(?<![{_KATAKANA}]){re.escape(name)}(?![{_KATAKANA}])"
                if re.fullmatch(f"[{_KATAKANA}]+", name)
                else f"(?<!{_NOT_A_COUNTRY_AFTER[name]}){name}"
                if name in _NOT_A_COUNTRY_AFTER
                else re.escape(name)
                for name in sorted(_CJK_COUNTRIES, key=len, reverse=True)
            ),
        )
    )
)
#: a kanji-only text that is not Chinese: a headline may be Japanese's
_CJK_COUNTRY = LazyPattern(f"{_CHUGOKU_WEATHER}|{_CHINESE_COUNTRY.pattern}")
_JAPANESE_COUNTRY = LazyPattern(f"{_CHUGOKU_REGION}|{_CJK_COUNTRY.pattern}")
#: each country's own mark (of private use, from U+E001): "美国" and "米国" one, "墨西哥" another
_CJK_MARKS = {
    key: chr(0xE001 + rank)
    for rank, key in enumerate(sorted({*_CJK_COUNTRIES.values(), "chugoku_electric", "chugoku_region"}))
}
#: each mark's country
_MARKED = {mark: key for key, mark in _CJK_MARKS.items()}
#: every country's mark as the one mark of ``_cjk_frame``
_ANY_COUNTRY = {ord(mark): "\ue000" for mark in _MARKED}


def _names_in(folded: str, text: str) -> AnyPattern:
    """The names a Chinese or Japanese text (and its folding) is read for: a Japanese one's with Japan's own."""
    if _KANA.search(folded):
        return _JAPANESE_COUNTRY
    chinese_comma = _CHINESE_COMMA in text and not _JAPANESE_ONLY_KANJI.search(text)
    return _CHINESE_COUNTRY if chinese_comma or _chinese_text().search(folded) else _CJK_COUNTRY


def _country_key(found: re.Match[str]) -> str:
    """The key of a name found (the region's or the firm's, or the country's)."""
    if found.lastgroup:
        return _GROUP_KEYS.get(found.lastgroup, found.lastgroup)
    return _CJK_COUNTRIES[found.group()]


@text_cache(maxsize=8192)
def _cjk_countries(text: str) -> frozenset[str]:
    """The keys of the countries a Chinese or Japanese text names (``_CJK_COUNTRIES``; Japan's regions and firms
    named after China, ``_CHUGOKU_REGION`` and ``_CHUGOKU_ELECTRIC``, are keys of their own)."""
    folded = fold(text)
    return frozenset(_country_key(found) for found in _names_in(folded, text).finditer(folded))


#: what stands between the words of a Chinese or Japanese text and is no part of its frame
_CJK_NOT_FRAME = LazyPattern("[^\\w\ue000-\ue0ff]+|_")


def another_cjk_country(statement: str, wordings: Sequence[str]) -> bool:
    """Does a Chinese or Japanese statement say a wording of the claim with another country in the place of the
    claim's ("美国在加拿大驻扎了一万名士兵" for "美国在墨西哥驻扎了一万名士兵")?  Each country name of both
    (``_CJK_COUNTRIES``) stands for a mark.  Either the statement is the wording so marked, but for punctuation and
    spaces, while naming a country it does not; or, said in other words ("美军在加拿大驻扎了一万名士兵", troops for
    the US), it has one country where the wording has another (``_one_country_for_another``).  Only that: a
    statement that adds a clause ("俄军入侵了乌克兰，美国总统拜登表示谴责"), a source ("据美国有线电视新闻网报道")
    or says the country otherwise ("露軍", "中露") is none, nor is a country read inside a word of its own ("欧美国家",
    "飞越南海", "朝鲜半岛", "今日本港") unless the rest is the claim's word for word or so close that the misread
    country stands in the place of the claim's."""
    said = _cjk_countries(statement)
    if not said:
        return False
    frame = _cjk_frame(statement)
    claimed = frozenset().union(*(_cjk_countries(wording) for wording in wordings))
    return any(
        said - countries
        and (_cjk_frame(wording) == frame or _one_country_for_another(statement, wording, said, claimed))
        for wording in wordings
        if (countries := _cjk_countries(wording))
    )


def _one_country_for_another(statement: str, wording: str, said: frozenset[str], claimed: frozenset[str]) -> bool:
    """Is the statement, each country a mark of its own (``_cjk_marked``), the wording with one of the claim's
    countries, which it never names, in the place of one no wording of the claim names?  In the place: where the
    two differ, one mark against the other, beside a run the two share ("在" in "美国在墨西哥驻扎" and "美军在加拿大
    驻扎"); and the rest close: the characters in runs the two share are at least half of the longer text's (each
    mark one character).  So "飞越南海" (a country read across two words) is nothing against "飞越了中国南海" (more
    than a mark differs), nor is a clause naming another country after the claim's (a mark where the wording has
    none)."""
    own, theirs = _cjk_marked(statement), _cjk_marked(wording)
    matcher = SequenceMatcher(None, theirs, own, autojunk=False)
    blocks = matcher.get_opcodes()
    shared = sum(i2 - i1 for tag, i1, i2, _, _ in blocks if tag == "equal")
    if 2 * shared < max(len(own), len(theirs)):
        return False
    for at, (tag, i1, i2, j1, j2) in enumerate(blocks):
        if tag != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
            continue
        if (theirs_key := _MARKED.get(theirs[i1])) is None or (own_key := _MARKED.get(own[j1])) is None:
            continue
        beside = [blocks[near][0] for near in (at - 1, at + 1) if 0 <= near < len(blocks)]
        if theirs_key not in said and own_key not in claimed and "equal" in beside:
            return True
    return False


@text_cache(maxsize=8192)
def _cjk_marked(text: str) -> str:
    """A Chinese or Japanese text with each country name its country's mark (``_CJK_MARKS``), without punctuation
    and spaces, its other traditional characters simplified (``hanzi``: "美國在加拿大駐紮" is "美国在加拿大驻扎"; the
    names are read first, as written: "中国電力" is a Japanese firm, "中国电力" China's power)."""
    folded = fold(text)
    marked = _names_in(folded, text).sub(lambda found: _CJK_MARKS[_country_key(found)], folded)
    return _CJK_NOT_FRAME.sub("", marked).translate(TRADITIONAL_AS_SIMPLIFIED)


@text_cache(maxsize=8192)
def _cjk_frame(text: str) -> str:
    """``_cjk_marked`` with every country the one mark U+E000."""
    return _cjk_marked(text).translate(_ANY_COUNTRY)


#: a claim's change by a multiple, as the percent it is: "doubled" is up 100 percent, "halved" down 50
_MULTIPLE_RATES = {
    "doubled": 100.0,
    "doubles": 100.0,
    "tripled": 200.0,
    "triples": 200.0,
    "trebled": 200.0,
    "quadrupled": 300.0,
    "quadruples": 300.0,
    "halved": 50.0,
    "halves": 50.0,
    "by half": 50.0,
    "in half": 50.0,
}
_MULTIPLE = LazyPattern(
    r"(?<![\w-])(?P<multiple>" + "|".join(m.replace(" ", r"\s+") for m in _MULTIPLE_RATES) + r")(?![\w-])",
    re.IGNORECASE,
)
#: a multiple in any form: "double", "doubling", "half"
_ANY_MULTIPLE = re.compile(r"\b(?:doubl|tripl|trebl|quadrupl|halv|half)\w*", re.IGNORECASE)
#: "more than doubled", "nearly halved": a bound, not the multiple itself, left alone
_QUALIFIED = LazyPattern(
    r"\b(?:more\s+than|over|nearly|almost|about|roughly|around|close\s+to|at\s+least|less\s+than|not\s+quite)\s*$",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(?<![\d.,])(?P<number>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
#: a rate per period, not a change over the claim's: "rose 7% a year", "annually", "monthly inflation", "per
#: month", "un 7% anual" (never "per cent"; "in a decade" is a change over it)
_PER_PERIOD = LazyPattern(
    r"\b(?:a|an|per|each|every|al|por)\s+(?!cent\b)(?:year|month|week|day|quarter|annum|año|mes|semana)\b"
    r"|\b(?:annual|annually|yearly|monthly|weekly|daily|quarterly|anual|anuales|mensual|mensuales|interanual)\b"
    r"|\byear[-\s]+(?:on|over)[-\s]+year\b",
    re.IGNORECASE,
)
#: a level the percent is, not a change by it: "fell to 2.7%", "stood at 40 percent", "hit 5%"
_TO_A_LEVEL = LazyPattern(
    r"\b(?:to|at|hit|hits|reached|reaches|reaching|stood|stands|hasta|en)"
    r"(?:\s+(?:about|around|nearly|almost|just|only|under|over|below|above|roughly|un|el|del))?\s*$",
    re.IGNORECASE,
)
#: a word opening another clause before the percent, whose number it is: "fell after fares went up 25 percent",
#: "dropped after a 25% fare hike"
_ANOTHER_CLAUSE = LazyPattern(
    r"\b(?:after|before|when|while|as|because|since|following|despite|amid|once|until|though|although|if|whereas"
    r"|and|but|then|tras|después|antes|cuando|mientras|porque|desde|aunque|pero)\b",
    re.IGNORECASE,
)


def another_rate_than_a_multiple(statement: str, wordings: Sequence[str]) -> tuple[str, str] | None:
    """(the statement's percent, the claim's multiple), as written, when a wording of the claim says a change by a
    multiple ("doubled", "halved", "fell by half") and gives no percent, and the statement gives one percent, far
    from the multiple's (more than a tenth of it off), never saying the multiple: "Riverton property taxes went up
    38 percent in ten years" was shown as FALSE "Riverton property taxes doubled in the last ten years" at 1.00, as
    "doubled" is no number for the substitution check to compare.  "went up 100 percent" is "doubled", "dropped
    50%" "fell by half", and "up 300%" may be said for "tripled" (three times the old level: so "up 200%" for
    "doubled" is left alone too); a bound ("more than doubled", "nearly halved") is left alone.  The percent must be the
    change the statement says of its subject: not a rate per period ("rose 7% a year", "monthly inflation"), nor
    a level ("fell to 2.7%", "stood at 40 percent"), nor another clause's ("fell after fares went up 25 percent",
    "dropped after a 25% fare hike").  None otherwise; every wording must say a multiple (an alias in other words
    may give the percent)."""
    if _ANY_MULTIPLE.search(statement) is not None:
        return None  # "Did property taxes double?", "doubled, up 38%": the claim's multiple, said
    percents = {match.group("number") for match in _PERCENT.finditer(statement)}
    if len(percents) != 1 or _PER_PERIOD.search(statement) is not None:
        return None  # which percent is its?  "rose 7% a year": a rate per period, not the change over the claim's
    percent = next(_PERCENT.finditer(statement))
    before = statement[: percent.start()]
    if _TO_A_LEVEL.search(before) is not None or _ANOTHER_CLAUSE.search(before) is not None:
        return None  # "fell to 2.7%", a level; "fell after fares went up 25 percent", another clause's change
    said = float(next(iter(percents)))
    found: tuple[str, str] | None = None
    for wording in wordings:
        multiples = list(_MULTIPLE.finditer(wording))
        if len(multiples) != 1 or _PERCENT.search(wording) is not None:
            return None
        multiple = multiples[0]
        if _QUALIFIED.search(wording[: multiple.start()]) is not None:
            return None
        rate = _MULTIPLE_RATES[re.sub(r"\s+", " ", multiple.group("multiple").lower())]
        # "tripled" is up 200 percent, and as often said "up 300%" (three times 100): either is the multiple's
        readings = (rate,) if rate < 100 else (rate, rate + 100)
        if any(abs(said - reading) <= reading / 10 for reading in readings):
            return None
        if found is None:
            found = (percent.group(0), multiple.group("multiple"))
    return found
