"""Names, numbers and places that a statement and its matched claim do not share.

A match is shown with the claim's verdict.  When the statement names someone or something where
the claim names another ("the Senate approved 10 US trainers for the Guatemalan army" against
"Mexico's Senate let about 10 US soldiers into the country to train Mexican Navy special forces"),
or gives another date or amount ("in 2021" against "In December 2020"), or puts what the claim is
about in another place ("sent to the southern border" against "deployed in Mexico":
``substitution.other_place``; "in Mexico" against "in New Mexico":
``substitution.another_place_of_the_same_name``), the verdict may be about another fact.
``differences`` finds such pairs so that the match is shown with them side by side, for the
reader to compare.

It changes no score.  As a rule it would cost right matches: on the starter file's four statement
sets (``tests/fixtures/starter_*.tsv``), 8 of 177 right matches carry a note ("Army" for "Senate"
in "In Feb 2025 Mexico let ten US Army trainers in to train navy commandos"), against 21 of the 43
matches shown for a statement of another fact (``python bench/short_statements.py --differences``).

What counts (``substitution.analyse``): a name is a word written with a capital inside a
sentence, not a title or an initial ("Gen.", "Sen.", "J.", whose dots end no sentence either: "Cruz"
of "Sen. Cruz" is a name); a number is digits, a number in words, a month or a weekday.  A claim's capitalised
first word counts as a name too (claims are written with care: "Mexico deployed ..."), a
statement's does not (people capitalise whatever comes first).  Another spelling of a word of
the claim is no difference ("Merida"/"Mérida", "Feb"/"February"), nor is a claim word the
statement has anywhere, hashtags included.  Only a pair of the same sort counts: a name for a
name, a date (year, month, weekday; a season's "2023-24", a fiscal year's "FY2024", "'24") for a
date, a day of a month for a day ("3" of "3 February", "3/4/2024"), an amount for an amount; a word the statement
merely leaves out is not a difference, nor one it merely adds, unless the statement names no one and
no amount at all: then the claim's names and counts are what it leaves open (``_left_open``).
Nor are the words a longer name adds to one of the claim's names ("City" of "Mexico City" for the
claim's "Mexico", "Claudia" of "Claudia Sheinbaum"): they make that name precise and stand against
no other name ("City" where the claim says "US"), save a place against a place ("landed in Mexico
City" where the claim says "landed in Toluca", shown whole).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import Enum

from .model import Claim
from .substitution import (
    Kind,
    Wording,
    analyse,
    another_place_of_the_same_name,
    another_rate_than_a_multiple,
    capital_as_the_claims_country,
    closest_wording,
    is_count,
    is_variant,
    names,
    other_place,
    place_names,
    written_in_lower_case,
)
from .text import (
    Language,
    german_number_name,
    in_its_language,
    own_words,
    reads_german,
    term_set,
    terms,
    text_language,
    what_is_said,
    without_verdict_framing,
)
from .textcache import text_cache
from .years import (
    BOUND_WORDS,
    YEAR_DIGITS,
    bounds_of,
    is_year_number,
    same_time,
    year_date,
    years_and_decades,
)

#: at most this many words of each side are listed
SHOWN = 5
#: a term is looked for in spans of up to this many words of the text ("ten thousand", "United States")
_SPAN = 4
_WORD = re.compile(r"\S+")
_TRIM = "\"'“”‘’«»()[]{},;:!?….*"
#: the marks around each word a note quotes
QUOTATION_MARKS = ("“", "”")


@dataclass(frozen=True)
class Differences:
    """The statement's names or numbers, as written, that stand against the claim's."""

    statement: tuple[str, ...]  # empty when the statement names nothing (``left_open``)
    claim: tuple[str, ...]
    #: where the claim's side was read: its text and aliases, or (years only) its summary
    where: str = "the claim"

    @property
    def left_open(self) -> bool:
        """The statement names no one and no amount, where the claim does (``_left_open``): a match to compare,
        not to take as the statement's fact-check."""
        return not self.statement

    def describe(self, subject: str = "your statement", marks: tuple[str, str] = QUOTATION_MARKS) -> str:
        """``your statement says “Guatemalan” where the claim says “Mexico”``; ``the claim says “Mexico”, “10,000”,
        which your statement leaves open`` when it names nothing.  Each word between ``marks`` (the CLI's ASCII
        ones where its output has no curly quotes)."""
        if self.left_open:
            return f"{self.where} says {_quoted(self.claim, marks)}, which {subject} leaves open"
        return f"{subject} says {_quoted(self.statement, marks)} where {self.where} says {_quoted(self.claim, marks)}"

    def note(self, subject: str = "your statement", marks: tuple[str, str] = QUOTATION_MARKS) -> str:
        """The note shown with the match (``check``, ``scan``'s reports): what differs, and what it means."""
        return f"{self.describe(subject, marks)}: the verdict may be about another fact"

    def to_dict(self) -> dict[str, list[str]]:
        """The ``differences`` of a match in ``check --json``: what the statement says, what the claim says."""
        return {"statement": list(self.statement), "claim": list(self.claim)}


def claim_differences(statement: str, claim: Claim) -> Differences | None:
    """``differences`` with the claim's text and aliases (those in the statement's language: ``in_its_language``);
    else the statement's years against its summary's.  Who reported or said the statement is no part of it, unless
    the claim too reports someone's words (``what_is_said``): '"Students ride our buses for free," said transit chief
    Dana Whitfield.' was noted as saying "Dana Whitfield" where the claim says "Harbourton"."""
    wordings = in_its_language(statement, (claim.claim, *claim.aliases))
    # nor is a label or a teller the matcher reads past ("Clarification (March 3): ...", "I heard on TikTok that ...")
    statement = what_is_said(without_verdict_framing(statement), wordings)
    found = differences(statement, wordings)
    if found is not None and _named_in_another_language(found.statement, claim, wordings):
        found = None  # "El Senado de México ..." against a Spanish alias without "México", where the claim has "Mexico"
    if found is not None and _only_the_claimant_speaking(statement, found, wordings, claim.claimant):
        found = None  # who made the claim, named as saying it: "Councilmember Dana Ortiz said the police budget ..."
    if found is None:
        found = _other_years(statement, claim)
    if found is None:
        left_open = _left_open(statement, wordings, claim.summary) or threshold_left_open(statement, wordings)
        found = Differences((), left_open) if left_open else None
    return found


def _folded(text: str) -> str:
    """``text`` without accents, case kept: "México" and "Mexico" are one name in two languages, but the name "UN" is
    not the Spanish article "un"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _named_in_another_language(names: Sequence[str], claim: Claim, compared: Sequence[str]) -> bool:
    """Whether each of the statement's ``names`` is a name of the claim's own text when that text is in another
    language than the wordings ``compared`` (the statement's): a Spanish sentence is compared with the Spanish alias
    alone, which need not name what the English text does ("El Senado aprobó ..." beside "Mexico's Senate approved
    ..."), and "México" was noted as standing against the alias's "Estados Unidos".  Only the claim's text counts, not
    an alias: "Campeche" of an English alias is where SEALs trained, not who approved them.  Case is kept, so "UN" is
    not the "un" of a Spanish alias.  A name the claim's text does not have is still noted."""
    if not names or claim.claim in compared:
        return False
    text = _folded(claim.claim)
    return all(re.search(rf"(?<!\w){re.escape(_folded(name))}(?!\w)", text) for name in names)


#: a verb of saying after its speaker: "Dana Ortiz said ...", "Ortiz, a councilmember, has claimed ..."
_SPEAKER_BEFORE_VERB = re.compile(
    r"\s*(?:,[^,]{1,60},\s*)?(?:(?:has|had|have|also|again|repeatedly|once)\s+){0,2}"
    r"(?:said|says|say|claimed|claims|told|tells|stated|states|wrote|writes|tweeted|tweets|argued|argues|"
    r"insisted|insists|asserted|asserts|reported|reports|posted|posts)\b",
    re.IGNORECASE,
)
#: who says it, after "according to" ("according to Councilmember Dana Ortiz"; up to three words of a title between)
_SPEAKER_AFTER_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)
#: a verb of saying before its speaker closing the clause: '"...," said Dana Ortiz.', "..., says Ortiz"
_SPEAKER_AFTER_VERB = re.compile(
    r"\b(?:said|says|claimed|claims|told|tells|stated|states|wrote|writes|tweeted|argued|insisted|asserted)\s+"
    r"(?:[\w.'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?\"”»)]|$)")
#: how far before a name a reporting verb or "according to" is looked for
_SPEAKER_REACH = 80


def _only_the_claimant_speaking(
    statement: str, found: Differences, wordings: Sequence[str], claimant: str | None
) -> bool:
    """Is what the statement says where the claim has others (``found``) only the claim's claimant, named as the one
    saying it (before a verb of saying, after one closing the clause, or after "according to")?  Then the statement
    names who made the claim, the file's own record of it: "At Tuesday's meeting, Councilmember Dana Ortiz said the
    police budget grew by 40 percent between 2020 and 2025" was noted as saying "Councilmember Dana Ortiz" where
    the claim says "Riverton", of the claim Dana Ortiz made.  Only when each of the statement's names is the
    claimant whole or its last words ("Dana Ortiz", "Ortiz"; not "New York" of "New York Post"), the claim's names
    are no speaker or actor of the claim ("Joe Biden said ...", "Mayor Linda Hayes cut ..."; its "Riverton's police
    budget" is neither), and the statement without the claimant speaking differs from the claim in nothing ("The
    New York Post said crime in New York rose", of "Crime in Chicago rose")."""
    if not found.statement or not claimant:
        return False
    words = [word.casefold() for word in re.findall(r"\w+", claimant)]
    tails = {tuple(words[at:]) for at in range(len(words))}
    if not all(
        tuple(word.casefold() for word in re.findall(r"\w+", name)) in tails and _is_speaker(statement, name)
        for name in found.statement
    ):
        return False
    if any(_is_speaker(wording, name) or _is_actor(wording, name) for wording in wordings for name in found.claim):
        return False
    rest = statement
    for at in range(len(words)):  # the claimant whole first, then its last words
        rest = _name_pattern(re.findall(r"\w+", claimant)[at:]).sub(" ", rest)
    left = differences(rest, wordings)
    return left is None or not left.statement


def _name_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """``words`` as one name in a text, in any case, whole words only."""
    return re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)


#: a name followed by a verb of its own: "Mayor Linda Hayes cut ...", not "Riverton's police budget", "in Chicago"
_ACTOR_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+|will\s+|would\s+)?(?!(?:in|of|on|at|for|and|or|to|from|with|by|as|the|a|an)\b)"
    r"[a-z]\w*(?:ed|s|t)\b"
)


def _is_actor(wording: str, name: str) -> bool:
    """Does ``name`` do something in ``wording``: followed by a verb, as "Mayor Linda Hayes cut the school lunch
    program" (a word ending like a past or present verb, or "cut")?"""
    words = re.findall(r"\w+", name)
    return bool(words) and any(_ACTOR_AFTER.match(wording, at.end()) for at in _name_pattern(words).finditer(wording))


def _is_speaker(statement: str, name: str) -> bool:
    """Is ``name`` somewhere in ``statement`` in the place of who says it?"""
    words = re.findall(r"\w+", name)
    if not words:
        return False
    for at in _name_pattern(words).finditer(statement):
        before = statement[max(0, at.start() - _SPEAKER_REACH) : at.start()]
        after = statement[at.end() : at.end() + _SPEAKER_REACH]
        if _SPEAKER_BEFORE_VERB.match(after) or _SPEAKER_AFTER_ACCORDING_TO.search(before):
            return True
        if _SPEAKER_AFTER_VERB.search(before) and _CLAUSE_END.match(after):
            return True
    return False


def claim_left_open(statement: str, claim: Claim) -> tuple[str, ...]:
    """The names and counts of the claim that the statement leaves open, naming no one and no amount (``_left_open``),
    as written; none when the statement names someone or something, or the claim does not."""
    wordings = in_its_language(statement, (claim.claim, *claim.aliases))
    said = what_is_said(without_verdict_framing(statement), wordings)
    return _left_open(said, wordings, claim.summary) or threshold_left_open(said, wordings)


def _left_open(statement: str, wordings: Sequence[str], summary: str | None) -> tuple[str, ...]:
    """The names and counts of the claim's closest wording, when the statement names no one and no number
    (``_names_something``): "The military was deployed to the border" was shown as a match (0.94) for TRUE
    "Mexico deployed 10,000 of its own troops to the US border in February 2025", with no note, while the file
    also tells of the US troops sent to its side of that border.  Whose military, how many: the claim says
    what the statement leaves open, and its verdict may be about another fact.  A date is not listed: a
    statement leaves out the date of the same fact (as ``short_statements.adds_a_count`` has it), nor are the
    numbers and capitals of one (``_date_terms``: "24" of "the 2023-24 season" was listed as an amount).  Nor is the
    claim's capitalised first word, unless the claim (an alias, its summary) writes it as a name inside a
    sentence: "Troops were deployed to the border" names no one."""
    said = analyse(statement)
    forms = [analyse(wording) for wording in wordings]
    if not said.terms or not forms:
        return ()
    ordinary = _ordinary_terms(wordings, forms)
    if _names_something(said, ordinary, _date_terms(statement)[0]):
        return ()
    closest_form = closest_wording(said, forms)
    closest = wordings[forms.index(closest_form)]
    written_as_names = {
        term
        for form in (*forms, analyse(summary or ""))
        for term, kind in zip(form.terms, form.kinds, strict=True)
        if kind is Kind.NAME
    }
    dates = _date_terms(closest)[0]  # "24" of "the 2023-24 season", "FY" of "FY 2024": no amount, no name
    named = [
        term
        for term, kind in _items(closest_form, (Kind.NAME, Kind.OPENING, Kind.NUMBER))
        if (is_count(term) if kind is Kind.NUMBER else term in written_as_names and term not in ordinary)
        and term not in said.terms
        and term not in dates
    ]
    # shown where the claim gives them outside a date: "24" of "24 US states", not of "the 2023-24 season"
    return _as_written(named, _without_dates(closest))


#: a bound on a count, before its number: what a claim of "more than 10,000 US troops" is about is how many
_THRESHOLD_WORDS = (
    r"more\s+than|over|at\s+least|fewer\s+than|less\s+than|as\s+many\s+as|upwards\s+of"
    r"|m[aá]s\s+de|menos\s+de|al\s+menos|por\s+lo\s+menos"  # Spanish
    r"|plus\s+de|moins\s+de|au\s+moins"  # French
    r"|mehr\s+als|weniger\s+als|mindestens|[uü]ber"  # German
    r"|pi[uù]\s+di|meno\s+di|almeno"  # Italian
    r"|mais\s+de|pelo\s+menos"  # Portuguese
)
#: such a bound and its count as written: digits, with separators (a comma, a dot, a space, a no-break or a narrow
#: no-break space: French "Plus de 10 000"), maybe a scale ("10,000", "10.000", "1.5 million", "10k", "10 mil"); not a
#: number joined to letters ("over F-35s", "more than C-130s" name models, not counts)
_THRESHOLD = re.compile(
    r"(?<![\w-])(?:" + _THRESHOLD_WORDS + r")\s+(\d{1,3}(?:[,. \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)"
    r"(?:\s?(?:k|thousand|million|billion|mil(?:\s+millones)?|millones|millions?|milliards?|tausend|millionen"
    r"|milioni|mila|milh[oõ]es))?(?![\w-])",
    re.IGNORECASE,
)
_DIGIT_GROUP_SEPARATORS = re.compile(r"[,. \u00a0\u202f]")
#: what gives an amount, or asks for one, without digits: "thousands of troops", "How many troops ...?" (the
#: statement asks what the claim answers), "Ten thousand American soldiers", "Dix mille soldats", "Dez mil soldados"
#: (a number in words, of the languages the substitution check's number terms do not read: French, Italian,
#: Portuguese), "a dozen", "a handful", "un millar"
_AN_AMOUNT_OR_ITS_QUESTION = re.compile(
    r"\b(?:how\s+(?:many|much)|cu[aá]nt[oa]s?|combien|wie\s+viele?|quant[io]|quant[ao]s)\b"
    r"|\b(?:hundreds|thousands|millions|dozens?|handful|cientos|centenares?|miles|millar(?:es)?|docenas?|centaines?"
    r"|milliers|douzaines?|hunderte|tausende|centinaia|migliaia|dozzin[ae]|centenas|milhares|d[uú]zias?)\b"
    r"|\b(?:mille|millions?|milliards?|cents?|dix|vingt|trente|quarante|cinquante|soixante|quatre-vingts?)\b"  # fr
    r"|\b(?:\w*mila|milioni?|miliardi?|cento|dieci|venti|trenta|quaranta|cinquanta)\b"  # Italian
    r"|\b(?:mil|milh[aã]o|milh[oõ]es|cem|dez|vinte|trinta|quarenta|cinquenta)\b",  # Portuguese (and Spanish "mil")
    re.IGNORECASE,
)
#: a denial ("There are no US troops in Mexico", "Not a single US soldier ...", "No hay soldados ..."): it says none,
#: which leaves no count open (its "says the opposite" note is what it needs)
_DENIAL = re.compile(
    r"\b(?:no|not|none|never|zero|n['’]t|ning[uú]n[oa]?s?|nadie|cero|aucun[e]?|kein(?:e[nmrs]?)?|nessun[oa]?"
    r"|nenhum[a]?|n[aã]o)\b|n['’]t\b",
    re.IGNORECASE,
)
#: "X or not?" asks; it denies nothing ("Are U.S. troops deployed in Mexico or not")
_OR_NOT = re.compile(r"\bor\s+not\b", re.IGNORECASE)
#: what a bound counts that is no point of a claim about how many: time, an age, a measure, a share ("built over 40
#: years ago", "Children over 12", "über 2 Euro", "more than 45 degrees", "plus de 10 %"): stems, in any of the
#: languages ``_THRESHOLD_WORDS`` reads
_NOT_COUNTED = re.compile(
    r"years?|yrs?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|old|aged?|degrees?"
    r"|percent|per|euros?|dollars?|pesos?"
    r"|a[ñn]os?|mes(?:es)?|semanas?|d[ií]as?|horas?|grados?|por|ciento"  # Spanish, Portuguese
    r"|ans?|ann[ée]es?|mois|semaines?|jours?|heures?|degr[ée]s?|pour|cent"  # French
    r"|jahre[n]?|jahr|monate[n]?|wochen?|tage[n]?|stunden?|grad|prozent"  # German
    r"|anni|anno|mesi|settiman[ae]|giorn[oi]|ore|gradi|cento|graus?",  # Italian, Portuguese
    re.IGNORECASE,
)
#: how far after a bounded number its counted noun may be: "more than 10,000 US troops", "At least 18 spy plane
#: missions"
_COUNTED_REACH = 3


def threshold_left_open(statement: str, wordings: Sequence[str]) -> tuple[str, ...]:
    """The bounded count of the claim's closest wording, as written ("more than 10,000"), when the statement gives no
    amount and asks for none: "US troops deployed in Mexico" was shown as a match (0.95) for FALSE "There are more
    than 10,000 US troops deployed in Mexico.", with no note, while the file also holds "There are US troops in
    Mexico." (MISLEADING), which is what the statement says.  A claim bounding a count ("more than", "at least",
    "fewer than") is about how many; a statement that names what is counted but no number has not said that.
    Only a bound and its digits, and only when the noun it counts is one the statement names too ("troops",
    "soldiers"; not "years", an age, degrees, a percent: "built over 40 years ago" is no point of the claim): a
    plain count ("155 armed US Marines") may be a detail the statement leaves out of the same fact, and a model's
    number ("C-130") is no amount.  Not when the statement gives an amount (digits other than a date's or a year's,
    words: "ten thousand", "dix mille", "a dozen"), asks how many (the claim answers it), or denies (it says none)."""
    if _AN_AMOUNT_OR_ITS_QUESTION.search(statement) or _DENIAL.search(_OR_NOT.sub(" ", statement)):
        return ()
    undated = _without_dates(statement)
    if any(not is_year_number(number) for number in re.findall(r"\d+", undated)):
        return ()  # a year ("in 2025") or a date is no amount; "10k", "155" are
    said = analyse(statement)
    forms = [analyse(wording) for wording in wordings]
    if not said.terms or not forms:
        return ()
    dates = _date_terms(statement)[0]
    if any(_an_amount(term, dates) for term, kind in zip(said.terms, said.kinds, strict=True) if kind is Kind.NUMBER):
        return ()  # a number in words ("Ten thousand" is "10000"); a month or a weekday ("monday"), a year is none
    closest = wordings[forms.index(closest_wording(said, forms))]
    language = text_language(statement)
    named = set(terms(statement, language))
    german = reads_german(closest)
    bounded = [
        re.sub(r"[ \t\r\n]+", " ", match.group(0))  # as written: "Plus de 10\u202f000" keeps its narrow space
        for match in _THRESHOLD.finditer(closest)
        if is_count(_DIGIT_GROUP_SEPARATORS.sub("", match.group(1)))
        and _counts_what_is_named(closest[match.end() :], named, language, german=german)
    ]
    return tuple(dict.fromkeys(bounded))[:SHOWN]


def _an_amount(term: str, dates: Collection[str]) -> bool:
    """Whether a number term of a statement is an amount: digits ("10000" of "Ten thousand"), not a year ("2025") nor
    a part of a date (``dates``); a month or a weekday ("monday", "februari") is none."""
    return any(char.isdigit() for char in term) and not is_year_number(term) and term not in dates


def _counts_what_is_named(after: str, named: set[str], language: Language | None, *, german: bool) -> bool:
    """Whether the noun a bounded number counts is one the statement names (``named``): "troops" of "more than
    10,000 US troops" for "US troops deployed in Mexico".  That noun is the first word in lower case after the number,
    within ``_COUNTED_REACH`` words (a capitalised one is a name or a people: "US", "American"); a unit of time, age,
    measure or share (``_NOT_COUNTED``) is never one, nor a word of no term ("Children over 12 can ...", "more than
    100 of them").  In German (``german``: the claim's wording reads German) every noun has a capital, so the words
    within reach are read as they are: "über 2 Euro" counts euros, "mehr als 10.000 Soldaten" soldiers."""
    words = re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", after)[:_COUNTED_REACH]
    if german:  # every German noun has a capital: "über 2 Euro", "mehr als 10.000 Soldaten"
        if not words or _NOT_COUNTED.fullmatch(words[0]):
            return False
        return not named.isdisjoint(terms(" ".join(words), language))
    noun = next((word for word in words if not word[0].isupper()), None)
    if noun is None or _NOT_COUNTED.fullmatch(noun):
        return False
    return not named.isdisjoint(terms(noun, language))


def _ordinary_terms(wordings: Sequence[str], forms: Sequence[Wording]) -> set[str]:
    """The terms a claim writes as ordinary words: in lower case in one of its wordings ("troops"), or inside a
    sentence without a capital."""
    lower = {term for form in forms for term, kind in zip(form.terms, form.kinds, strict=True) if kind is Kind.WORD}
    return lower.union(*map(written_in_lower_case, wordings))


def _names_something(said: Wording, ordinary: set[str], dates: frozenset[str]) -> bool:
    """Does the statement name someone, something or an amount: a name or count of its own, or a capitalised first
    word that the claim does not write as an ordinary word ("Mexico sent troops"; not "Troops were sent", whose
    "troops" the claim writes in lower case; a first word the claim lacks may be a name: "Guatemala")?  A date
    alone names no one: "Troops were sent to the border in February" leaves open whose, as do "in 2023-24" and "in
    FY2024" (``dates``: the statement's ``_date_terms``; "24" was an amount, "FY2024" a name)."""
    return any(
        term not in dates
        and (
            kind is Kind.NAME
            or (kind is Kind.NUMBER and is_count(term))
            or (kind is Kind.OPENING and term not in ordinary)
        )
        for term, kind in zip(said.terms, said.kinds, strict=True)
    )


#: an amount written with thousands separators ("1,700")
_AMOUNT = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")


def _other_years(statement: str, claim: Claim) -> Differences | None:
    """The statement's years, when the claim gives only others, in any of its wordings or else in its
    summary: "the us invaded mexico in 2025" against "US troops have invaded Mexico in the past"
    (TRUE; an alias names 1846, 1914 and 1916) was shown without a note, its closest wording having
    no year to compare."""
    texts = (claim.claim, *claim.aliases, claim.summary or "")
    # a number the claim gives as an amount is one in the statement too: "1700 troops" for "1,700 troops"
    amounts = {number.replace(",", "") for text in texts for number in _AMOUNT.findall(text)}
    said = [year for year in years_and_decades(own_words(statement)) if year not in amounts]
    if not said:
        return None
    in_wordings = list(dict.fromkeys(time for w in (claim.claim, *claim.aliases) for time in years_and_decades(w)))
    in_summary = years_and_decades(claim.summary or "")
    # the claim's own year, given in any form (a bound too: "by 2026"), names its date: a year said of something else
    # is no other date of it ("After a first request in 2019, ... by 2026"); compared before the bounds are dropped
    if any(same_time(ours, theirs) for ours in said for theirs in (*in_wordings, *in_summary)):
        return None
    # a bound holding one of the years it is compared with is no other date ("before 1900" for the claim's 1846)
    # (each of the claim's years alone, as years108 read it: a year named by two bounds is held when both hold one)
    # (its words as written, in lower case, as ``said`` is: not the terms the substitution check's Bounds holds)
    bounds = bounds_of(own_words(statement))
    dates = [date for theirs in in_wordings or in_summary if (date := year_date(theirs)) is not None]
    said = [ours for ours in said if not any(ours in bounds.held([date]) for date in dates)]
    if not said:
        return None
    if in_wordings:
        return Differences(tuple(said[:SHOWN]), tuple(in_wordings[:SHOWN]))
    if in_summary:
        return Differences(tuple(said[:SHOWN]), tuple(in_summary[:SHOWN]), "the claim's summary")
    return None


def differences(statement: str, wordings: Sequence[str]) -> Differences | None:
    """The names and numbers of ``statement`` that stand against those of the closest of a claim's
    ``wordings`` (its text and aliases); None when there is no such pair."""
    said = analyse(statement)
    forms = [analyse(wording) for wording in wordings]
    if not said.terms or not forms:
        return None
    closest_form = closest_wording(said, forms)
    closest = wordings[forms.index(closest_form)]
    # a capital standing for the claim's country is that country, as the matcher reads it: "In 2021, Canberra signed
    # the AUKUS pact." was shown at 1.00 as "Australia signed the AUKUS pact in 2021" with a note that it says
    # "Canberra" where the claim says "Australia" (review-intA, 1); "In 2021, Ottawa signed ..." keeps its note
    said = capital_as_the_claims_country(said, closest_form)
    claim_terms = {term for form in forms for term in form.terms}
    statement_terms = term_set(statement)  # hashtags and handles too: a claim word found there is not missing
    # a year within a decade the other text gives is no other date: "in 2025" and "in the 2020s"; nor is a bound
    # or range that holds the claim's date: "By 2027 Mexico's Senate had approved 19 Navy SEALs" was noted as saying
    # "2027" where the claim says "2026" (its February 2026), "the verdict may be about another fact" of a true
    # statement, and "By March 2027 ..." as saying "March 2027"
    bounded = said.bounds.held(closest_form.dates)
    extra = [
        (term, kind)
        for term, kind in _items(said, (Kind.NAME, Kind.NUMBER))
        if term not in claim_terms
        and not is_variant(term, closest_form.terms)
        and not any(same_time(term, theirs) for theirs in claim_terms)
        and term not in bounded
    ]
    missing = [
        (term, kind)
        for term, kind in _items(closest_form, (Kind.NAME, Kind.OPENING, Kind.NUMBER))
        if term not in statement_terms
        and not is_variant(term, said.terms)
        and not any(same_time(term, ours) for ours in said.terms)
    ]
    # the words a longer name adds to a name of the claim ("City" of "Mexico City", "John" of "John J. Pershing")
    # make that name precise; they name nothing else, so they stand against no other name of the claim ("City"
    # where the claim says "US"), save a place against a place ("in Mexico City" where the claim says "in Toluca")
    precise = _precise_names(statement, wordings, claim_terms)
    if precise:
        other_places = any(place - statement_terms for _, place in place_names(closest))
        extra = [
            (term, kind)
            for term, kind in extra
            if term not in precise or (other_places and _is_a_place(precise[term], statement))
        ]
    shown_extra: list[str] = []
    shown_missing: list[str] = []
    said_dates, claimed_dates = _date_terms(statement), _date_terms(closest)
    said_sorts = [(term, _sort(term, kind, said_dates)) for term, kind in extra]
    claimed_sorts = [(term, _sort(term, kind, claimed_dates)) for term, kind in missing]
    for sort in _Sort:
        said_of_sort = [term for term, of_sort in said_sorts if of_sort is sort]
        claimed_of_sort = [term for term, of_sort in claimed_sorts if of_sort is sort]
        if said_of_sort and claimed_of_sort:
            shown_extra += said_of_sort
            shown_missing += claimed_of_sort
    said_amounts = [term for term, sort in said_sorts if sort is _Sort.AMOUNT]
    other_counts: tuple[str, ...] = ()
    if said_amounts and not any(sort is _Sort.AMOUNT for _, sort in claimed_sorts):
        other_counts = _counts_of_other_wordings(said, statement_terms, wordings, forms)
        if other_counts:
            shown_extra += [term for term in said_amounts if term not in shown_extra]
    ours = _as_written(shown_extra, own_words(statement))
    ours = _with(ours, *dict.fromkeys(precise[term] for term in shown_extra if term in precise))  # "Mexico City"
    theirs = _with(_as_written(shown_missing, closest), *other_counts)
    place = other_place(statement, wordings)  # "sent to the southern border" for "deployed in Mexico"
    if place is not None:
        written, term, wording = place
        ours = _with(ours, written)
        theirs = _with(theirs, *_as_written([term], wording))
    namesake = another_place_of_the_same_name(statement, wordings)  # "in Mexico" for "in New Mexico"
    if namesake is not None:
        ours = _with(ours, namesake[0])
        theirs = _with(theirs, namesake[1])
    rate = another_rate_than_a_multiple(statement, wordings)  # "38 percent" for "doubled"
    if rate is not None:
        ours = _with(ours, rate[0])
        theirs = _with(theirs, rate[1])
    if not ours:
        return None
    return Differences(ours, theirs)


def _counts_of_other_wordings(
    said: Wording, statement_terms: Collection[str], wordings: Sequence[str], forms: Sequence[Wording]
) -> tuple[str, ...]:
    """The counts, as written, of the first of a claim's wordings that gives one the statement does not, for a
    statement whose count stands against nothing in the closest wording, which gives none: "The Senate authorized
    25 US Navy SEALs to enter Mexico for training." was shown as TRUE "In February 2026 Mexico's Senate approved 19
    US Navy SEALs ..." (0.96) with no note, its closest wording the alias "US Navy SEALs were authorized to train
    Mexican naval special forces in Campeche".  The claim is about its count, whichever wording says it."""
    for wording, form in zip(wordings, forms, strict=True):
        dates = _date_terms(wording)
        counts = [
            term
            for term, kind in _items(form, (Kind.NUMBER,))
            if term not in statement_terms
            and not is_variant(term, said.terms)
            and _sort(term, kind, dates) is _Sort.AMOUNT
        ]
        if counts:
            return _as_written(counts, wording)
    return ()


def _precise_names(statement: str, wordings: Sequence[str], claim_terms: set[str]) -> dict[str, str]:
    """The statement's terms that a name adds to one of the claim's names (the claim's name whole inside it:
    "Mexico City" holds "Mexico", "Gen. John J. Pershing" holds "Pershing"; "Joe Biden" does not hold "Hunter
    Biden"), each with that name as written."""
    claimed = {found for wording in wordings for _, found in names(wording)}
    precise: dict[str, str] = {}
    for written, found in names(statement):
        if any(name < found for name in claimed):
            for term in sorted(found - claim_terms):
                precise.setdefault(term, written)
    return precise


#: a preposition that puts something in the place named after it
_IN_PLACE = r"\b(?:in|into|inside|at|to)\s+(?:the\s+)?"


def _is_a_place(name: str, text: str) -> bool:
    """Does ``text`` put something in the place ``name`` ("landed in Mexico City")?"""
    return re.search(_IN_PLACE + re.escape(name.split()[0]) + r"\b", text, re.IGNORECASE) is not None


def _with(shown: tuple[str, ...], *words: str) -> tuple[str, ...]:
    """``shown`` and then ``words``, each unless one shown already holds it, in the place of those it
    holds ("North Korea" for "North"), at most ``SHOWN``."""
    for word in words:
        if not any(word in other for other in shown):
            held = [other for other in shown if other in word]
            shown = (*(other for other in shown if other not in held), word)
    return shown[:SHOWN]


class _Sort(Enum):
    """What may stand against what: a name against a name, a date against a date, an amount against an amount."""

    NAME = "name"
    DATE = "date"  # a year, month or weekday: "in 2019" against "In February 2025"
    AMOUNT = "amount"  # "1,000 US Marines" against "155 armed US Marines", not against "2025"
    DAY = "day"  # of a month: "3 February" against "11 February", not against "2025" ("On 3 February ...")


def _sort(term: str, kind: Kind, dates: tuple[frozenset[str], frozenset[str]]) -> _Sort:
    """What a term is: a name, a date, a day or an amount ("24" of "2023-24", "FY" of "FY 2024", "3" of "3
    February": one of its text's ``_date_terms``, is a date or a day)."""
    in_dates, days = dates
    if term in days:
        return _Sort.DAY
    if term in in_dates:
        return _Sort.DATE
    if kind is not Kind.NUMBER:
        return _Sort.NAME
    if not term.isdigit() or is_year_number(term):
        return _Sort.DATE  # a month or weekday, or a year
    return _Sort.AMOUNT


_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may(?!\s+(?-i:[a-z]))|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: the nouns a count counts, in lower case: the number after a month before one is a count, no day ("In March 20
#: soldiers entered ..."; a capitalised word after it is one too: "In March 20 US Marines entered ...")
_COUNTED = (
    r"(?-i:(?:people|persons?|men|women|children|kids|troops|soldiers|marines|sailors|agents|officers|members|"
    r"personnel|guardsmen|migrants|refugees|civilians|workers|residents|citizens|americans|mexicans|deaths|dead|"
    r"killed|wounded|cases|states|countries|cities|towns|units|planes|drones|ships|tanks|weapons|guns|rifles|"
    r"tons|vehicles|trucks|flights|missions|bases|days|weeks|months|years|times|percent|million|billion|thousand|"
    r"hundred|more|of))"
)
#: dates that give a day: in digits ("2024-03-04", "3/4/2024", "03.04.24") and a day of a month ("3 February", "the
#: 3rd of Feb.", "February 3"; not "March 10,000 troops", nor "10 may be sent")
_DAY_FORMS = (
    rf"\b{YEAR_DIGITS}-\d\d-\d\d\b",
    r"\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d\d)\b(?![/.]?\d)",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}(?!\w)",
    rf"\b{_MONTH_NAME}\s+\d{{1,2}}(?:(?:st|nd|rd|th)\b|\b(?![,.]?\d)(?!\s+(?-i:[A-Z]))(?!\s+{_COUNTED}\b))",
)
#: years written so that ``is_count`` would read a part as an amount, or a capital as a name: a range of years
#: ("2023-24", "2023–2024", "2023/24", "1999-00"), a fiscal year ("FY2024", "FY 2024", "FY24", "FY2023-24") and a
#: year written short ("'24", "'23-'24"; not a decade: "'90s")
_YEAR_FORMS = (
    rf"\b{YEAR_DIGITS}\s?[–—/-]\s?(?:{YEAR_DIGITS}|\d\d)\b(?![–—/-]?\d)",
    r"\bFY\s?['’]?(?:\d{4}|\d\d)(?:\s?[–—/-]\s?['’]?(?:\d{4}|\d\d))?\b",
    r"(?<![\w'’])['’]\d\d\s?[–—/-]\s?['’]\d\d\b",
)
#: a year written short alone ("'24") needs a word of time before it ("in '24", "class of '24", "since '19"): a
#: quote opening a quotation is no year ("let '12 US soldiers' into the country" counts 12 soldiers)
_SHORT_YEAR = re.compile(
    r"\b(?:in|of|since|from|" + "|".join(BOUND_WORDS) + r"|to|after|during|circa|the|summer|spring|fall|autumn|"
    r"winter|season)\s+(?P<year>['’]\d\d)\b(?!['’]?s\b)",
    re.IGNORECASE,
)
_DATE = re.compile("|".join((*_DAY_FORMS, *_YEAR_FORMS)), re.IGNORECASE)  # days first: "2024-03-04" is no range
_DAY = re.compile("|".join(_DAY_FORMS), re.IGNORECASE)


@text_cache(maxsize=8192)
def _date_terms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The terms ``text`` gives only as a part of a date (``_DATE``): "2023" and "24" of "the 2023-24 season", "fy"
    of "FY 2024", "3" of "on 3 February"; and of those, the days ("3" of "3 February", "3" and "4" of "3/4/2024"),
    which stand against another day, not a year.  A term the text also gives elsewhere is not one: "24" of "24
    states in the 2023-24 season" is an amount.  Cached: a claim's wordings are read for every statement it is
    shown for."""
    words = own_words(text)
    language = text_language(words)
    elsewhere = terms(_without_dates(words), language)
    spans = _date_spans(words)
    dates = frozenset(terms(" ".join(words[start:end] for start, end in spans), language))
    in_days = terms(" ".join(words[start:end] for start, end in spans if _DAY.fullmatch(words[start:end])), language)
    days = frozenset(term for term in in_days if term.isdigit() and len(term) <= 2)
    return dates.difference(elsewhere), days.difference(elsewhere)


def _date_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` gives a date (``_DATE``, and a year written short after a word of time: ``_SHORT_YEAR``),
    in order."""
    spans = [match.span() for match in _DATE.finditer(text)]
    spans += [match.span("year") for match in _SHORT_YEAR.finditer(text)]
    # a span lies inside another when one before it (by start, the longer first at a start) ends at or after its
    # end: one sweep, where comparing each span with every other took time growing with the square of the dates
    outermost = []
    furthest = -1
    for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if end > furthest:
            outermost.append((start, end))
            furthest = end
    return sorted(outermost)


def _without_dates(text: str) -> str:
    """``text`` with a space for each of its dates (``_date_spans``)."""
    spans = _date_spans(text)
    if any(start < end for (_, end), (start, _) in itertools.pairwise(spans)):
        for start, end in reversed(spans):  # overlapping dates: each cut from what the later ones left, as ever
            text = f"{text[:start]} {text[end:]}"
        return text
    # apart: the pieces between them joined once (copying the text for each date was quadratic in its length)
    bounds = [(0, 0), *spans, (len(text), len(text))]
    pieces = [text[end:start] for (_, end), (start, _) in itertools.pairwise(bounds)]
    return " ".join(pieces)


def _items(wording: Wording, kinds: tuple[Kind, ...]) -> list[tuple[str, Kind]]:
    """Each term of one of ``kinds`` once, in the order of the text."""
    seen: dict[str, Kind] = {}
    for term, kind in zip(wording.terms, wording.kinds, strict=True):
        if kind in kinds:
            seen.setdefault(term, kind)
    return list(seen.items())


def _as_written(wanted: list[str], text: str) -> tuple[str, ...]:
    """The words of ``text`` that give the ``wanted`` terms, as written, at most ``SHOWN``: for each term
    the shortest run of words giving it (a term no run gives on its own is left out: it only arises
    across many words), and runs that touch shown as one ("San" and "Diego" as "San Diego")."""
    tokens = [token for token in _WORD.findall(text) if token.strip(_TRIM)]
    words = [token.strip(_TRIM) for token in tokens]
    pending = set(wanted)
    used: set[int] = set()
    language = text_language(text)  # "El" alone is Spanish, and no term; in "to El Paso" it is a name
    names = not reads_german(text)  # a German text's "außer Acht" is shown whole, as its "acht" arises from both
    for size in range(1, _SPAN + 1):
        for start in range(len(words) - size + 1):
            if not pending:
                break
            found = pending.intersection(terms(" ".join(words[start : start + size]), language))
            if names and size == 1 and (name := german_number_name(words[start], language)) in pending:
                found.add(name)  # "Vier" of "Vier Pfoten rescued 500 dogs": alone, 4 (``text.german_number_name``)
            if found:
                pending -= found
                used.update(range(start, start + size))
    # "York Times" is "New York Times" ("new" gives no term of its own); the text's first word is
    # capitalised whatever it is, so it is never taken in this way
    for index in sorted(used):
        while index > 1 and index - 1 not in used and words[index - 1][:1].isupper() and not terms(words[index - 1]):
            index -= 1
            used.add(index)
    # "Library" and "Congress" are one name in "Library of Congress" ("of" gives no term)
    for index in sorted(used):
        if index - 2 in used and index - 1 not in used and _joins_a_name(words[index - 2 : index + 1]):
            used.add(index - 1)
    runs: list[str] = []
    for index in sorted(used):
        # words run on across spaces, not across punctuation: "Texas, Arizona" are two names
        if (
            index - 1 in used
            and tokens[index - 1] == tokens[index - 1].rstrip(_TRIM)
            and tokens[index][:1] not in _TRIM
        ):
            runs[-1] += " " + words[index]
        else:
            runs.append(words[index])
    return tuple(dict.fromkeys(_without_possessive(run) for run in runs))[:SHOWN]


#: lower-case words inside a name: "Gulf of Mexico", "Bank of America", "Ciudad de México"
_NAME_LINKS = frozenset(("of", "de", "del", "la"))


def _joins_a_name(words: list[str]) -> bool:
    """``[capitalised, link, capitalised]``: a name such as "Department of Defense"."""
    first, link, last = words
    return link in _NAME_LINKS and first[:1].isupper() and last[:1].isupper() and not first.endswith(("'s", "’s"))


def _without_possessive(words: str) -> str:
    for ending in ("'s", "’s"):
        if words.endswith(ending):
            return words[: -len(ending)]
    return words


def _quoted(words: tuple[str, ...], marks: tuple[str, str]) -> str:
    opening, closing = marks
    return ", ".join(f"{opening}{word}{closing}" for word in words)
