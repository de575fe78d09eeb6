"""The rule for statements a person types: a claim that says another thing is no match.

The lexical calibration learned from posts, where a fact-check shares a few words with a long text
that says much else; a short statement a person types means every word, and in a small file even
ordinary words look rare, so "US soldiers are stationed in Germany" scored 0.94 for "Ten thousand
American soldiers are stationed in Mexico".  The posts cannot teach this: few are short, and fitted
on them, features for the rarest statement word a candidate lacks and the rarest claim word the
statement lacks came out rewarding a missing word rather than penalising it (posts are full of words
no fact-check has).  So it is a rule, whose cost on the posts ``bench/short_statements.py`` measures:

- for a statement of at most ``SHORT_STATEMENT_TERMS`` content words, a candidate whose closest
  wording has one of the statement's distinctive words in the place of one of its own
  (``substitution.py``: Germany for Mexico, tourists for soldiers, 2024 for 2025) scores at most
  ``SUBSTITUTION_CAP``: a related claim, not a match (``Check.WHOLE``);
- a longer statement typed by a person (up to ``TYPED_STATEMENT_TERMS`` content words, without a
  post's links, handles or hashtags) gets the part of the check that posts survive least badly,
  names and numbers only (``Check.NAMES_AND_NUMBERS``): a reviewer's statements of another year,
  country or actor were shown as matches, while a post's names and numbers are often asides (the
  benchmark's posts keep the old rule).

Either way a claim also fails when the statement names another place of the same name, says what
will happen where the claim says what happened, names another actor, or sends other cargo where the
claim sends troops (``substitution.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from dataclasses import replace
from enum import Enum

from .lazyregex import built_once
from .lexical_index import LexicalIndex
from .model import Claim, compared_claim
from .polarity import NEGATION_TERMS, OPPOSITE, closest_claim_wording, negation_count, polarity
from .substitution import (
    Kind,
    KnowledgeBaseStandIns,
    Vocabulary,
    Wording,
    analyse,
    another_actor,
    another_cjk_country,
    another_countrys_institution,
    another_owner,
    another_place_of_the_same_name,
    another_rate_than_a_multiple,
    cause_and_effect_turned_round,
    closest_wording,
    denies_the_claims_actor,
    future_for_past,
    is_count,
    is_date,
    is_variant,
    months_as_words,
    months_of_other_languages,
    names_no_actor,
    one_of_joint_owners,
    roles_turned_round,
    sends_other_cargo,
    sends_troops,
    sent_elsewhere_by_another,
    substitutes,
    title_terms,
    written_in_lower_case,
)
from .text import (
    COUNTRY_NAMES,
    GERMAN_COUNTRY_NAMES,
    GERMAN_WHO_WORDS,
    Language,
    german_stop_terms,
    has_chinese_or_japanese,
    has_social_markup,
    in_its_language,
    own_words,
    plain_terms,
    says_german_words,
    sentence_and_tags,
    shows_a_picture,
    term_set,
    terms,
    text_language,
    what_is_said,
    word_count,
)

#: statements with at most this many distinct content words (stop words aside) get the substitution check
#: (``substitution.py``).  Meedan's Check, likewise, never confirms a match for a text under 8 words (field
#: notes B1).  7 is where the check stops paying: ``bench/short_statements.py --checkthat --topical 40
#: --lengths 0,6,7,8,10`` (off-topic starter statements silent / CheckThat! train answered right):
#: off 21 of 68 / 68.9 %; 6: 51 / 68.8 %; 7: 58 / 68.5 %; 8: 59 / 67.8 %; 10: 62 / 65.6 %.
SHORT_STATEMENT_TERMS = 7
#: typed statements (no link, @handle, #hashtag or post attribution: ``text.has_social_markup``) with more
#: content words than SHORT_STATEMENT_TERMS, up to this many, get the substitution check for names and numbers
#: only ("Mexico's Senate approved 19 US Navy SEALs in February 2025" is not the February 2026 claim).  The
#: CheckThat! posts all carry markup, so they cannot measure its cost; the check applied to them as if they
#: were typed is its worst case, and 12 is the largest length where that costs at most 2 points of "answered
#: right" on train (``bench/short_statements.py --checkthat --typed-lengths 0,10,12,15,20``: 68.9 % with the
#: check off; 68.2, 67.1, 65.6, 64.0 %; false match 6.2, 6.2, 6.1, 6.0 %).  Then measured once on statements
#: by a reviewer who had not seen the tests (tests/fixtures/starter_review_heldout.tsv): paraphrases found 52 of
#: 62 with and without it, statements of another fact silent 28 of 60 (22 without), off-topic 30 of 30.
TYPED_STATEMENT_TERMS = 12
#: the highest score of a candidate that the substitution check rejects: listed as related, never a match
SUBSTITUTION_CAP = 0.2


class Check(Enum):
    """The substitution check a statement gets (``substitution.substitutes``)."""

    WHOLE = "whole"  # short statements: any distinctive word in a claim word's place
    NAMES_AND_NUMBERS = "names and numbers"  # longer typed statements: a name or number in a name's or number's place
    ACTORS = "actors"  # typed statements longer still: who acts, as the statement opens (``_says_another_actor``)


def substitution_check(query: str, distinct_terms: int, short_terms: int, typed_terms: int) -> Check | None:
    """Which substitution check the statement gets, by its length in content words of its own (no
    hashtags...): the whole check when short (at most ``short_terms``), names and numbers when typed and
    not too long (at most ``typed_terms``), the actors' only when typed and longer (``Check.ACTORS``), else
    none (a post too long for the whole check).  ``distinct_terms``: the statement's, hashtags included.  The title
    of a person the statement opens with counts for nothing (``title_terms``): "President
    Putin sent 3,000 troops to Poland in February 2022" gets the check "Putin sent ..." gets, never a looser one."""
    title = title_terms(query)
    if distinct_terms - title <= short_terms:
        return Check.WHOLE  # its own words are a part of these
    own = len(set(plain_terms(own_words(query)))) - title  # a German text's function words counted, as the caller's
    if short_terms > 0 and own <= short_terms:
        return Check.WHOLE  # 0 turns the check off, even for a post of hashtags only
    if has_chinese_or_japanese(query):
        # a run of Chinese or Japanese is read as its character pairs, about two terms a word: counted as words
        # ("アメリカはメキシコに500人の兵士を駐留させている" is 21 pairs, 12 words; it was shown the claim of "1万人" at
        # 1.00, no check of its numbers)
        own = min(own, word_count(own_words(query)) - title)
    if typed_terms <= 0 or not _is_typed(query):
        return None  # 0 turns the typed statements' checks off
    return Check.NAMES_AND_NUMBERS if own <= typed_terms else Check.ACTORS


def _is_typed(query: str) -> bool:
    """Is the statement typed by a person rather than a social-media post (no link, handle, hashtag...)?"""
    return not has_social_markup(query)


def says_another_thing(
    said: str,
    statement: Wording,
    query_terms: set[str],
    claim: Claim,
    vocabulary: Vocabulary,
    check: Check,
    *,
    framing_denies: bool = False,
    written: str | None = None,
) -> bool:
    """Does the statement put a distinctive word of its own in the place of one of the claim's, or
    name another place of the same name ("in Mexico" for "in New Mexico"), say what will happen
    where the claim says what happened in the past ("will invade" for "have invaded ... in the past"),
    name another actor ("the US sent ..." for "Mexico deployed ... to the US border"), or send something other
    than the troops the claim sends ("moved 10,000 migrants" for "deployed 10,000 of its own troops")?

    Who reported the statement ("..., Trump said", "According to Reuters, ...") is no part of what it says,
    unless the claim too reports someone's words ("Trump said ..."): "The US closed the border in March 2020,
    Trump said" named Trump, whom a small file never names, while the claim names Mexico, and was capped.

    ``framing_denies``: ``said`` is framed by a denial of it ("It is false that ..."); its denial of the claim's
    actor (``_denies_the_claim``) must then read as the opposite of every wording, one that names no actor too.
    ``written``: the statement as the match's polarity is shown of, its framing and who reported it left in ("It is
    true that ...", "According to Reuters, ..."; ``said`` when not given): a denial of the claim's actor lifts no cap
    unless it too reads as the opposite (``_denies_the_claim``)."""
    written = said if written is None else written
    texts = in_its_language(said, (claim.claim, *claim.aliases))
    reported = what_is_said(said, texts)
    if reported != said:
        said, statement = reported, analyse(reported)
    if check is Check.ACTORS:
        # a long typed statement: only another country's institution, or another country acting, before the same
        # deed (``another_countrys_institution``).  Not ``another_actor`` nor ``roles_turned_round``, whose reading
        # of a few words fits a short statement: a long one describes its actor ("The US border saw 10,000 troops
        # deployed by its southern neighbour ...", Mexico's, was capped 0.98 -> 0.20) or shares a word between two
        # names that is no verb ("155 armed Marines ... that Mexico approved": "arm"; "the Senate in Mexico City")
        return another_countrys_institution(said, (claim.claim, *claim.aliases), long=True) and not _denies_the_claim(
            said, claim, texts, query_terms, framing_denies, written
        )
    if another_place_of_the_same_name(said, texts) is not None or future_for_past(said, texts):
        return True
    if has_chinese_or_japanese(said) and another_cjk_country(said, texts):
        return True
    if _says_another_actor(said, texts, claim, query_terms, framing_denies, written):
        return True
    names = _claim_names(claim, texts)
    others = [text for text in (claim.claim, *claim.aliases) if text not in texts]
    if another_owner(said, texts, names, vocabulary.stand_ins, others) or one_of_joint_owners(said, texts, names):
        return True
    if sent_elsewhere_by_another(said, texts, names, vocabulary.stand_ins):
        return True
    if cause_and_effect_turned_round(said, texts) or sends_other_cargo(said, texts):
        return True
    if another_rate_than_a_multiple(said, texts) is not None:
        return True  # "went up 38 percent" for "doubled": a number in the place of the claim's
    wordings = [analyse(text) for text in texts]
    claim_terms = {term for wording in wordings for term in wording.terms}
    closest = closest_wording(statement, wordings)
    return substitutes(
        statement,
        query_terms,
        closest,
        claim_terms,
        vocabulary,
        names_and_numbers_only=check is Check.NAMES_AND_NUMBERS,
    )


def _says_another_actor(
    said: str, texts: Sequence[str], claim: Claim, query_terms: set[str], framing_denies: bool, written: str
) -> bool:
    """Does the statement (what it says, without who reported it) open with another actor than the claim: a name the
    claim holds only further on (``substitution.another_actor``), the claim's roles turned round
    (``substitution.roles_turned_round``), or another country's institution or another country acting
    (``substitution.another_countrys_institution``)?  ``texts``: the claim's wordings in the statement's language.

    Asked of a short statement and of a typed one of up to ``TYPED_STATEMENT_TERMS`` content words; a longer typed
    one (``Check.ACTORS``) gets the last check alone: "Canada's lower house approved 19 US Navy SEALs to train Mexican
    naval special forces" (13 content words) was shown as TRUE "In February 2026 Mexico's Senate approved 19 US Navy
    SEALs ..." at 1.00, while "Canada's Senate approved ..." (12) was capped."""
    names = _claim_names(claim, texts)
    others = [text for text in (claim.claim, *claim.aliases) if text not in texts]
    if another_actor(said, texts, names, others) or roles_turned_round(said, texts, names):
        return True
    return another_countrys_institution(said, (claim.claim, *claim.aliases)) and not _denies_the_claim(
        said, claim, texts, query_terms, framing_denies, written
    )


def _denies_the_claim(
    said: str,
    claim: Claim,
    texts: Sequence[str],
    query_terms: set[str],
    framing_denies: bool = False,
    written: str | None = None,
) -> bool:
    """Does the statement name the claim's actor in an aside saying it did not do it, read as saying the opposite of
    each wording: "The US Congress, not Mexico's Senate, approved 19 US Navy SEALs in February 2026" denies "In
    February 2026 Mexico's Senate approved 19 US Navy SEALs ..." and is shown as its opposite, as before the cap of
    another country's institution (``substitution.another_countrys_institution``), which hid it.  Not when a wording
    reads the same ("Canada, not Mexico, approved 19 US Navy SEALs to train Mexican naval special forces": the cap
    stays rather than show it as saying what the claim says).  A wording that names no actor (``names_no_actor``:
    "US Navy SEALs were authorized to train Mexican naval special forces in Campeche") may read the same, as it says
    nothing of who did it, unless it is the wording the matcher compares (``closest_claim_wording``, of the
    statement's terms ``query_terms``): "Canada, not Mexico, approved 19 US Navy SEALs to train Mexican naval special
    forces" was capped for that alias, though it reads as the opposite of the claim it is shown with.

    Nor when the statement as ``written`` (its framing and who reported it left in; ``said`` when not given), whose
    polarity a match shows, reads the same as a wording: "According to Reuters, Canada, not Mexico, approved ...",
    "It is true that ...", "Is it true that ...?" and "My uncle says it was Canada, not Mexico, that approved ..."
    were shown at 0.999 as saying what the claim says, where the cap held them at 0.20."""
    if not denies_the_claims_actor(said, (claim.claim, *claim.aliases)):
        return False
    shown = closest_claim_wording(said, query_terms, compared_claim(claim))
    # not past a framing that denies it (``framing_denies``): "It is false that Canada, not Mexico, approved 19 US Navy
    # SEALs to train Mexican naval special forces" is capped, as it was before such a wording was left out
    written = said if written is None else written
    return all(
        polarity(read, text) == OPPOSITE
        for text in texts
        if framing_denies or text == shown or not names_no_actor(text)
        for read in dict.fromkeys((said, written))
    )


def said_only_in_hashtags(said: str, claim: Claim) -> bool:
    """Does a post say the claim's words only in its hashtags: the hashtags before or after its words share a term
    with a wording of the claim, and its words (``text.sentence_and_tags``) share none with any, negations aside
    (``polarity.NEGATION_TERMS``)?  Then the hashtags name the post's subject and its words say something else of
    it: "Nobody is talking about this. #USTroopsInMexico" was shown as "Nobody knows how many American soldiers are
    in Mexico" (MISLEADING, 0.95), "Happy Monday everyone #VitaminD #COVID19" as "Vitamin D prevents COVID-19
    infection" (0.87).  A post of hashtags only has no words besides: its hashtags are its words.  Nor is a post
    showing a picture asked: its words are the picture's caption, which the hashtags may name ("This is crazy!
    #CapeTown #capestorm pic.twitter.com/..." is CheckThat!'s "Videos show tornadoes in Cape Town")."""
    if "#" not in said or shows_a_picture(said):
        return False
    language = text_language(said)
    sentence, tags = sentence_and_tags(said)
    if not sentence:
        return False
    said_terms = set(terms(sentence, language)) - NEGATION_TERMS
    tag_terms = set(terms(tags, language))
    wordings = [term_set(wording) for wording in (claim.claim, *claim.aliases)]
    return any(tag_terms & wording for wording in wordings) and not any(said_terms & wording for wording in wordings)


def adds_a_count(said: str, query_terms: set[str], claim: Claim) -> bool:
    """Does the claim's wording closest to the statement (of those in its language) hold every term of the
    statement and a count besides, which the statement lacks ("more than 10,000", "155"; not a year or a month,
    which a statement leaves out of the same fact: "US Marines trained in Mexico in 2025")?

    A claim that says what the statement says and how many is another fact when the file also has the claim
    worded as the statement (``LexicalMatcher`` asks only then): "Hay tropas estadounidenses en México" was shown
    "There are more than 10,000 US troops deployed in Mexico" (FALSE) at 0.99 beside "There are US troops in
    Mexico" (its Spanish alias), as the few claims with a Spanish wording make a thin crowd to stand out of; the
    English statement's calibrated score for it was 0.08."""
    wordings = [analyse(text) for text in in_its_language(said, (claim.claim, *claim.aliases))]
    closest = closest_wording(analyse(said), wordings)
    if not query_terms <= set(closest.terms):
        return False
    return any(
        kind is Kind.NUMBER and is_count(term) and term not in query_terms
        for term, kind in zip(closest.terms, closest.kinds, strict=True)
    )


#: the largest share of a claim's wording (idf-weighted) a statement may say and the claim still be "much more"
#: than it (``says_much_more``)
MUCH_MORE_SHARE = 0.5


def says_much_more(said: str, query_terms: set[str], claim: Claim, weight: Callable[[str], float]) -> bool:
    """Does the statement say at most ``MUCH_MORE_SHARE`` of the claim: of each of its wordings (of those in the
    statement's language), the statement's terms weigh (``weight``: a term's idf) at most that share of the
    wording's?

    Asked only when another claim is worded as the statement (``LexicalMatcher``): then a claim that holds the
    statement's words within a fact of its own is that other fact.  "Hay tropas estadounidenses en México" was shown
    "Mexico's president turned down Trump's offer to send the US Army into Mexico to fight cartels" at 0.57, beside
    its own claim "There are US troops in Mexico" (1.00), by the words of its Spanish alias "Sheinbaum rechazó la
    oferta de Trump de enviar tropas estadounidenses a México" (it says 28 % of it)."""
    for text in in_its_language(said, (claim.claim, *claim.aliases)):
        wording = set(analyse(text).terms)
        total = sum(map(weight, wording))
        if total > 0 and sum(map(weight, wording & query_terms)) > MUCH_MORE_SHARE * total:
            return False
    return True


#: terms that name a country (``text.COUNTRY_NAMES``; "American" and "Estados Unidos" are "usa", "México" "mexico"),
#: say who speaks for one (its government, president, officials) or that it said something: who, not what
#: (``says_only_who_and_when``)
_WHO_WORDS = (
    "government governments administration president officials authorities leaders announced reported claimed "
    "declared confirmed revealed told"
)
_SPANISH_WHO_WORDS = "gobierno administración presidente presidenta autoridades funcionarios anunció informó declaró"
#: countries as German names them (``text.GERMAN_COUNTRY_NAMES``: its "USA" and "China" are English's), as English
#: stems them: no English word is spelt so, and a German text is matched as an English one (``text.reads_german``),
#: so they are "who" in any text
_WHO = frozenset(
    [*terms(COUNTRY_NAMES), *terms(_WHO_WORDS), *terms(_SPANISH_WHO_WORDS, Language.SPANISH)]
    + [term for word in COUNTRY_NAMES.split() for term in terms(word, Language.SPANISH)]
    + [term for word in GERMAN_COUNTRY_NAMES.split() for term in terms(word, Language.ENGLISH)]
)
#: in a text saying German words (``text.says_german_words``), which is matched as an English one (or as a Spanish
#: one, by Spanish words) and so keeps its function words as terms: who speaks for a country or that it said something
#: (``text.GERMAN_WHO_WORDS``), and the words of a reply of who and when ("Nein, das war Deutschland im Februar
#: 2025": "nein", "das", "war" were words of its own, and the claim that says "Deutschland" was shown at 0.93).
#: Only there: "war" and "die" are English words, and a Spanish stem of a country's German name a Spanish word
#: ("Polen": "pol")
_GERMAN_REPLY_WORDS = (
    "nein ja doch das dies es er sie wir war waren ist sind hat haben hatte hatten wurde wurden wird werden sein "
    "gewesen getan tat taten im am in an um von vom zum zur bei mit auch so schon noch nur dann da damals der die "
    "den dem des ein eine einen einem einer nicht kein keine keinen keiner nie niemals aber und oder"
)


@built_once
def _who_in_german() -> frozenset[str]:
    """Who in a text saying German words: ``_WHO`` and the German words above as English and Spanish stem them.
    Built when first read, not at import: only a text saying German words reads it."""
    german = (
        term
        for word in f"{GERMAN_WHO_WORDS} {_GERMAN_REPLY_WORDS} {GERMAN_COUNTRY_NAMES}".split()
        for language in (Language.ENGLISH, Language.SPANISH)  # a German text may be read as Spanish
        for term in terms(word, language)
    )
    return _WHO | frozenset(german)


def says_only_who_and_when(
    said: str, query_terms: set[str], claim: Claim, vocabulary: Vocabulary | None = None
) -> bool:
    """Does the statement say nothing of what the claim says, only who and when?  Either

    - it says nothing else: its terms are all countries, a government or its officials, a verb of announcing
      (``_WHO``), times (``substitution.is_date``; a count is more: "10,000"; "march", "may" in lower case are
      words: ``substitution.months_as_words``; a month in Spanish, Portuguese, French or German:
      ``substitution.months_of_other_languages``) and negations: "No, it was the US in February 2025." and
      "Mexico did in February 2025." were shown "Mexico deployed 10,000 of its own troops to the US border in
      February 2025" (TRUE, 0.97, 0.95), "México lo hizo en febrero de 2025." the Senate's vote of February 2025
      (0.86); or
    - the claim's wordings (its text, aliases and summary, of those in the statement's language) hold none of its
      other terms, not even spelt alike (``substitution.is_variant``: "spend" for "spent"): "The US announced new
      tariffs on Mexico" shares only "US", "announced" and "Mexico" with "The US announced it will send troops
      into Mexico against the cartels", an alias of the FALSE claim it was shown as (0.93).  The summary's words
      count: "The September 2012 minimum is still the lowest" is "Arctic sea ice reached a record low in September
      2012", whose summary says "minimum"; or
    - it is a reply of who and when: it names a time, and its other terms, all held by the claim, are people the
      file has act for a country (``vocabulary.stand_ins``: "Sheinbaum", who sends troops for Mexico in it):
      "Sheinbaum did in February 2025." was shown the claim above at 0.98.  With a negation, only where a wording
      of the claim has one of them send the troops (``substitution.sends_troops``): "Sheinbaum said no in May 2025"
      is the claim of her turning Trump's offer down.  Without a time, "Sheinbaum" is a search of her claims.

    A name the statement shares with the claim keeps it, alone or with other words (but such a stand-in as a reply
    of who and when): "Navy SEALs in Mexico" is the claim of the SEALs the Senate let in, and "Kim and Kanye split"
    is "Kim Kardashian and Kanye West are divorcing" in other words, which only a name can tell.  So does a name
    other claims of the file name too: "The Trump administration announced tariffs on Mexico" is still shown the
    FALSE claim of its alias "The Trump administration has decided to deploy US troops in Mexico" (0.99), as no
    rule of names tells it from "Trump administration will invade Mexico", a right paraphrase of that claim, whose
    "invade" the claim does not say either (a known limit).  A capitalised word is no name of its own here: German
    writes every noun so ("Mikrochip im Corona-Impfstoff").

    Never a statement that holds every term of the claim's text or of an alias ("Österreich hatte im Februar 2025
    keine Regierung", its claim word for word, whose "hatte" and "keine" are words of a German reply).  A negation
    the claim says too is no more than who and when: "The US did it without Mexico in January 2026" is no claim of
    US troops brought into Mexico without the Senate's approval, "France did nothing in 2015" none of Germany's.

    ``vocabulary``: the file's, for its people who act for a country (``vocabulary.stand_ins``, looked up in the
    claims holding a term, asked only of terms the claim holds); without it, no one does."""
    if any(query_terms.issuperset(wording) for wording in _wordings_terms(claim)):
        return False  # the claim's text or an alias, word for word: "Österreich hatte im Februar 2025 keine Regierung"
    words = months_as_words(said)  # "march" and "may" in lower case, beside no number, are no months
    months = months_of_other_languages(said)  # "febrero", "Februar"
    who = _who_in_german() if says_german_words(said) else _WHO
    rest = [
        term
        for term in query_terms
        if term not in who and term not in months and not is_date(term, words) and term not in NEGATION_TERMS
    ]
    if not rest:
        # a negation the claim says too is no exception: "The US did it without Mexico in January 2026" names no
        # country of the claim's ("... brought US troops into Mexico without Senate approval")
        return True
    every = (claim.claim, *claim.aliases, *((claim.summary,) if claim.summary else ()))
    texts = in_its_language(said, every)
    # and a German wording read as another language than the statement: a German summary may be read as Spanish (by
    # Spanish words; its "es" no more beside German function words), and "Grenzschließung im Februar 2025" as
    # English, yet it says "Grenzschließung" (German words have the same terms either way)
    held_texts = [*texts, *(text for text in every if text not in texts and says_german_words(text))]
    wordings = tuple(dict.fromkeys(term for text in held_texts for term in analyse(text).terms))
    held = set(wordings)
    # a month is no verb of the statement's: "Mexicans march" says nothing of "in March 2025" ("19 Mar 2025")
    claim_words = frozenset[str]().union(*map(months_as_words, texts))
    said_by_claim = [
        term
        for term in rest
        if ((term in claim_words) if term in words else (term in held or is_variant(term, wordings)))
    ]
    if not said_by_claim:
        return True
    if vocabulary is None or len(said_by_claim) < len(rest):
        return False  # a word of the statement's own ("turned down", "defied") says more than who and when
    if not any(is_date(term, words) or term in months for term in query_terms):
        return False  # "Sheinbaum" alone is a search for her claims, no reply of who and when
    # a reply of who and when naming people who act for a country (asked of the claim's words only: who does is
    # read from the claims holding the term); with a negation, only where one of them sends the claim's troops
    # ("Sheinbaum deployed 10,000 soldiers ..."): "Sheinbaum said no in May 2025" is her refusal of Trump's offer
    # (its "said no" is no term: stop words)
    negated = negation_count(said) > 0
    senders = (claim.claim, *claim.aliases)
    return all(
        vocabulary.stand_ins.get(term, "") and (not negated or sends_troops(term, senders)) for term in said_by_claim
    )


def _wordings_terms(claim: Claim) -> list[frozenset[str]]:
    """The terms of the claim's text and of each alias (those that have terms)."""
    return [wording for text in (claim.claim, *claim.aliases) if (wording := frozenset(analyse(text).terms))]


class _KnownTerms:
    """The terms the claims use, and German's function words (``text.german_stop_terms``)."""

    def __init__(self, known: Container[str]) -> None:
        self._known = known
        self._german = german_stop_terms()

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and (term in self._known or term in self._german)


def knowing_german_function_words(vocabulary: Vocabulary) -> Vocabulary:
    """``vocabulary`` for a statement saying German words (``text.says_german_words``): German's function words
    are known terms, no distinctive words of its own ("keine", "zu", "wurde" where the claim says none), as they
    were while they were terms of the file's German claims; stop words of them now, they are no term of the index.
    Whether or not they are stop words of the statement too: "Nicht 10.000 US-Soldaten in Mexiko" is read as
    English, and "nicht", a word no claim had as a term, capped its claim (0.998 before the stop words, 0.2)."""
    return replace(vocabulary, known=_KnownTerms(vocabulary.known))


def vocabulary(index: LexicalIndex, claims: Sequence[Claim] = ()) -> Vocabulary:
    """The terms the claims use, those more than one claim uses, and who the ``claims`` have send troops for a
    country (``substitution.KnowledgeBaseStandIns``: looked up for a statement's sender in the claims the index's
    postings give for it, not built for the whole file in every process), for the substitution check.

    Twins count as one claim: a claim checked twice does not make its own words the file's subjects
    (``shared_terms``, stored in the index)."""
    model = index.word

    def claims_holding(term: str) -> list[tuple[str, ...]]:
        # the index's postings: the claims whose text, aliases or summary hold the term
        at = model.index.get(term)
        if at is None or not claims:
            return []
        positions = model.docs[model.ptr[at] : model.ptr[at + 1]].tolist()
        return [(claims[position].claim, *claims[position].aliases) for position in sorted(positions)]

    return Vocabulary(
        model.index,
        frozenset(model.vocab[t] for t in index.shared_terms.tolist()),
        KnowledgeBaseStandIns(claims_holding),
    )


def _claim_names(claim: Claim, wordings: Sequence[str] | None = None) -> frozenset[str]:
    """The terms a claim writes as names: with a capital inside a sentence in its text, an alias or its summary,
    and never in lower case there.  A word capitalised only as a part of a longer name is an ordinary word
    of the claim: "The Sinaloa Cartel and CJNG were labeled terrorist groups" made "cartel" a name of the
    claim that says "the US officially labeled Mexican cartels ... as terrorist organizations", and "The
    cartels are officially terrorist organizations now" was read as naming the cartels as another actor
    than the US (as is "Armed Forces" of "armed forces", "Special Forces" of "special forces").

    ``wordings``: the claim's text and aliases whose words may make a name ordinary (by default all), those in a
    statement's language: Spanish writes "estadounidenses" in lower case, and a Spanish alias made "usa" an ordinary
    word of the claim.  A name of its other wordings is still the claim's: the Spanish alias "Hay más de 10 mil
    soldados estadounidenses desplegados en México" writes the US in lower case, which "There are more than 10,000
    US troops deployed in Mexico" names, and "México envió 10,000 soldados a la frontera" was no other owner's
    troops than the alias's when the summary did not name the US."""
    every = (claim.claim, *claim.aliases, claim.summary or "")
    texts = (*(wordings if wordings is not None else (claim.claim, *claim.aliases)), claim.summary or "")
    kinds = [found for text in every for found in _kinds(text)]
    # a word written in lower case anywhere is ordinary, also where its text capitalises it in a name:
    # "the US southern border in support of Customs and Border Protection" made "border" a name; but not in a
    # Spanish text, which writes a country's people in lower case: "Hay más de 10 mil soldados estadounidenses
    # desplegados en México" made "usa" an ordinary word, and "Hay soldados mexicanos en Estados Unidos" no
    # other owner of the troops than the claim's (``another_owner``)
    english = [text for text in texts if text_language(text) is not Language.SPANISH]
    ordinary = {term for text in english for term, kind in _kinds(text) if kind is Kind.WORD}.union(
        *map(written_in_lower_case, english)
    )
    return frozenset(term for term, kind in kinds if kind is Kind.NAME and term not in ordinary)


def _kinds(text: str) -> list[tuple[str, Kind]]:
    """The terms of ``text`` with their kinds (``substitution.analyse``)."""
    wording = analyse(text)
    return list(zip(wording.terms, wording.kinds, strict=True))
