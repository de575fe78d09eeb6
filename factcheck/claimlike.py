"""Does a sentence make a checkable claim?  Transparent rules, each with a reason a person can read.

A statement of fact names something that can be looked up: a number or a date, an actor (a
person, a country, an institution), a cause or effect, a comparison.  Questions, greetings and
filler ("grab a coffee"), first-person opinions and fragments are not claims.  The exclusions
are tried first, so "Grab a coffee, because this one is long" is filler even though it has a
"because".  The rules are deliberately simple: a fact-checker must be able to predict them, and
a sentence wrongly skipped still shows up in the report with the reason it was skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import partial
from itertools import pairwise
from typing import NamedTuple

from .blocks import BlockKind
from .months import MONTH, SPANISH_DATING_WORDS, SPANISH_MONTHS
from .text import (
    CORRECTION_LABEL,
    COUNTRY_NAMES,
    MEDIA_NOUNS,
    SPANISH_STOP_WORDS,
    SPANISH_WEEKDAY,
    SPANISH_WEEKDAYS,
    STOP_WORDS,
    fold,
    has_chinese_or_japanese,
    is_spanish,
    reads_german,
    short_liking,
    units_by_script,
    word_count,
)
from .transcript import is_notice
from .years import RECENT_YEAR_DIGITS

MIN_WORDS = 3
MAX_WORDS = 150


class Checkability(NamedTuple):
    checkable: bool
    reason: str


_WORD = re.compile(r"[^\W_][\w'’.-]*")
# Trailing closers and question marks are found by stripping, not by a regex ending in ``[...]+$``:
# ``re.search``/``re.sub`` retry such a pattern at every position of a long run that is not at the
# end (a line of 160,000 underscores then a word took over a minute).
_CLOSERS = "\"”’'»)]*_」』）》】"  # and the closing quotes and brackets of Chinese and Japanese
_QUESTION_TAIL = "!?.…؟？！。"
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»")
_INTERJECTION = r"(?:(?:so|now|ok|okay|well|alright|anyway|first|first things first|but|and)\s*[,:!—–-]?\s+)?"

# --- exclusions ---------------------------------------------------------------------------------
_PLATFORM = r"(?:x|twitter|facebook|instagram|linkedin|tiktok|youtube|threads|bluesky|whatsapp|telegram)\b"
#: the one a Spanish greeting is said to, one word of it: a name ("Buenas tardes, Claudia."), a form of address
#: ("Buenos días, señor presidente.", "compañeras y compañeros") or the words joining them; any word
#: ("Buenos días, hubo 30 homicidios.") made a claim after a greeting a greeting alone
_ES_ADDRESSEE = (
    r"(?:(?-i:[A-ZÁÉÍÓÚÜÑ])[\w.'’-]*|y|a|de|del|la|el|los|las|mis|queridos?|queridas?|estimados?|estimadas?|"
    r"se[ñn]or(?:a|es|as)?|se[ñn]orita|president[ae]s?|compa[ñn]er[oa]s?|amig[oa]s?|tod[oa]s|"
    r"licenciad[oa]s?|doctor(?:a|es|as)?|diputad[oa]s?|senador(?:a|es|as)?|secretari[oa]s?|ministr[oa]s?|"
    r"gobernador(?:a|es|as)?|alcalde(?:sa|s|sas)?|ciudadan[oa]s?|mexican[oa]s?|periodistas?|reporter[oa]s?|"
    r"colegas?|maestr[oa]s?|profesor(?:a|es|as)?|jefes?|jefas?|general(?:es)?|almirantes?|don|doña|"
    r"familias?|hermanos?|hermanas?|público|audiencia)\b"
)
#: when a farewell says to meet again, and nothing after it: "See you at eleven.", "Nos vemos mañana a las siete."
_FAREWELL_WHEN = (
    r"(?:\s+(?:soon|later|then|there|tomorrow|tonight|next\s+\w+|on\s+\w+|at\s+(?:\w+|\d{1,2}(?::\d\d)?)"
    r"(?:\s*(?:o['’]clock|[ap]\.?m\.?))?|pronto|luego|ma[ñn]ana|el\s+\w+|la\s+pr[oó]xima(?:\s+semana)?"
    r"|a\s+las?\s+(?:\w+|\d{1,2}(?::\d\d)?)(?:\s+(?:de\s+la\s+(?:ma[ñn]ana|tarde|noche)|horas|en\s+punto))?)){0,3}"
    r"(?:,?\s+(?:(?:a\s+)?tod[oa]s|everyone|everybody|all|folks|amig[oa]s))?[\W_]*$"
)
#: a welcome after a greeting, to the end of the sentence: "welcome", "welcome back", "welcome to the debate" or
#: "to Meet the Press" (words, no number, no clause: ``_WELCOME_WORD``), perhaps to someone ("everyone", ", Senator
#: Cruz").  Anything else goes on to say something: "Good evening, welcome to Mexico, where more than 10,000 US troops
#: are now stationed." and "Good evening welcome back there are more than 10,000 US troops in Mexico." (a caption's
#: line, unpunctuated) were skipped as greetings when any words after "welcome" were
_WELCOME_WORD = (
    r"(?!(?:where|which|who|whose|that|as|because|since|while|when|if|there|here|it|is|are|was|were|be|been|has|"
    r"have|had|will|would|can|could|should|may|might|must|did|does|do|not|no)\b)[^\W\d_][\w'’-]*(?<![\d_])"
)
_WELCOME = (
    r"welcome(?:\s+back)?(?:\s+to\s+" + _WELCOME_WORD + r"(?:\s+" + _WELCOME_WORD + r"){0,7})?"
    r"(?:,?\s+(?:everybody|everyone|all|folks)|\s*,\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3})?"
    r"[\W_]*$"
)
_FILLER_START = re.compile(
    r"^\W*" + _INTERJECTION + r"(grab|pour|buckle up|let's|let’s|let us|stay tuned|click|tap|subscribe|sign up|"
    r"follow us|share this|join us|contact (?:us|me|the (?:author|reporter|writer|editors?|newsroom))|email us|"
    r"keep reading|read on|scroll|check out|take a look|don't forget|don’t forget|"
    r"do not forget|imagine|picture this|bookmark|leave a comment|welcome|hello|hi|hey|thanks|thank you|"
    r"happy reading|cheers|enjoy|read more|see (?:also|more|below|above|here|our|https?://|www\.)|"
    # a greeting alone, perhaps to someone after a comma ("Good afternoon, everybody.", "Good evening, Senator
    # Cruz."), or a welcome after it and nothing more (``_WELCOME``: "Good evening and welcome ...", "Good evening,
    # welcome to the debate.": it was checkable, "names an actor (Good)"), not one before a claim nor a name that
    # opens with it ("Good Morning America reported 200 troops.")
    r"good (?:morning|afternoon|evening|night)(?=[\W_]*$|,?\s+(?:everybody|everyone|all|folks)[\W_]*$|"
    # the words set apart by required spaces: "(?:[A-Z][\w.'’-]*\s*){1,4}" split a run of capitals every way
    # ("Good morning, " + 300 x "A" took 38 s)
    r"\s*,\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}[\W_]*$|,?\s+(?:and\s+)?" + _WELCOME + r")|"
    # in Spanish: "Buenos días a todas y a todos.", "Buenas tardes, presidenta."
    r"buen(?:os|as)\s+(?:d[ií]as|tardes|noches)(?=[\W_]*$|,?\s+(?:a\s+)?tod[oa]s(?:\s+y\s+(?:a\s+)?tod[oa]s)?[\W_]*$|"
    r"\s*,\s*" + _ES_ADDRESSEE + r"(?:\s+" + _ES_ADDRESSEE + r"){0,3}[\W_]*$)|"
    r"share (?:on|via)|(?:accept|reject|allow) (?:all|cookies)|"
    r"(?:manage|customi[sz]e) (?:cookies|preferences|settings)|cookie (?:settings|policy|preferences):?|"
    r"related(?: stories| articles| coverage| content| links| reading| news)?:|(?:also|further) read(?:ing)?:|"
    r"read (?:also|next):|more on this(?: story| topic)?:|"
    r"(?:sources?|photo|image|credit|caption):|"
    # a press release's contact line: "Contact: Press Office, (602) 555-0147, press@example.gov" was a claim,
    # "has a number (602)"
    r"(?:media |press )?contacts?(?: information| info)?:|"
    # a publisher's notes and footer: "Editor's note: ..." (a correction: ``_CORRECTION``), Reuters' "Our
    # Standards: The Thomson Reuters Trust Principles." and "Purchase Licensing Rights", "Follow Reuters on X",
    # "This article was originally published by ...", "Support independent journalism"
    r"editor['’]?s['’]? note|"
    r"our (?:standards|editorial standards|ethics policy)\s*:|"
    # "Follow Reuters on X and Facebook", nothing after the platforms but a handle ("Follow the money on X and ...")
    r"purchase licensing rights|follow [\w'’.& -]{1,40}? on "
    + _PLATFORM
    + r"(?:(?:\s*,\s*|\s+(?:and|or|&)\s+)"
    + _PLATFORM
    + r")*(?=\W*(?:@\w+\W*)?$)|this (?:article|story|piece|post) (?:was|is|has been|first)"
    r"(?: originally| first)? (?:updated|corrected|published|republished|appeared)\b|"
    r"support (?:independent |our |quality |local )?(?:journalism|reporting|newsroom)|"
    # Spanish: a news site's calls to the reader ("Síganos en redes sociales", "Lea también: ...")
    r"s[ií]g(?:anos|uenos)|suscr[ií]b(?:ete|ase)|comp[aá]rt(?:e|a|elo|alo)|(?:lea|lee) (?:tambi[eé]n|m[aá]s)|"
    r"(?:te|le) recomendamos|(?:haz|da|haga|d[eé]) clic|gracias por leer|(?:fuentes?|foto|imagen|cr[eé]ditos?):|"
    # a farewell alone, and thanks ("See you at eleven.", "Nos vemos a las once.", "Muchas gracias a todos."): a
    # clock's hour made them a claim, "has a number (once)"; not "Nos vemos obligados a ..." nor "Gracias a los
    # militares, ..." (thanks to), which go on
    r"see\s+you(?=" + _FAREWELL_WHEN + r")|nos\s+vemos(?=" + _FAREWELL_WHEN + r")|hasta\s+(?:luego|pronto|ma[ñn]ana"
    r"|la\s+pr[oó]xima)(?=[\W_]*$)|(?:muchas\s+)?gracias(?=[\W_]*$|,?\s+(?:a\s+)?tod[oa]s(?:\s+y\s+(?:a\s+)?tod[oa]s)?"
    r"[\W_]*$|\s*,\s*" + _ES_ADDRESSEE + r"(?:\s+" + _ES_ADDRESSEE + r"){0,3}[\W_]*$))"
    r"(?:\b|(?<=[:/.]))",
    re.IGNORECASE,
)
_FILLER_ANYWHERE = re.compile(
    r"\b(in this (?:article|post|guide|piece|blog post|explainer)|without further ado|"
    # a link's label for screen readers (Reuters: "Purchase Licensing Rights, opens new tab"), and a newsletter's
    r"opens (?:in )?(?:a )?new (?:tab|window)|to your inbox|"
    r"let['’]s (?:dive|break|unpack|"
    r"explore|get|take|look|talk|jump)|dive (?:right )?in|stay tuned|thanks for reading|hope (?:this|you)|buckle up|"
    r"grab a (?:coffee|cup|seat|snack)|bear with me|you['’]re probably wondering|you might be wondering|"
    r"stick around|read on to|we['’]ll (?:explore|look at|break|dive|cover|unpack)|"
    r"we will (?:explore|look at|break|dive|cover|unpack))\b",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b((?:I|we)\s+(?:really\s+)?(?:think|believe|feel|guess|reckon|suppose|hope)|i['’]d say|in (?:my|our) "
    r"(?:opinion|view|humble opinion)|personally|imo|imho|if you ask me|my take|i['’]m (?:sure|convinced)|"
    r"to be honest|honestly)\b",
    re.IGNORECASE,
)
# An instruction to the reader ("Find one source for each claim.", "Look up the Senate vote."): a
# sentence opening with a verb in its base form asserts nothing, whatever it names.  Kept narrow,
# because an opening word can be a noun or a name ("Report finds...", "Find of the year",
# "Will Smith said...", "Mark Kelly voted..."): the verb must be one of these and be followed,
# after a space (not "Look, ..."), by a lower-case word; for a verb that is also a noun or a name
# that word must begin an object: a determiner, a number, a pronoun, a question word, or a particle
# ("Check the date", "List three sources", "Fill in", but not "Check marks are...").  "See ..."
# and "Check out ..." are filler (above).
_INSTRUCTION_VERBS = frozenset(
    """write read discuss compare explain decide underline identify describe choose justify evaluate
    analyse analyze predict define cite verify summarise summarize rewrite look listen give tell ask try
    take fact-check""".split()
)
_INSTRUCTION_OR_NOUN = frozenset(
    """find check list answer circle mark match label name highlight sort rank count copy draw use make
    show complete select research search review state report visit watch share think talk fill turn""".split()
)
_OBJECT_STARTS = frozenset(
    """the a an each every all any some both either one two three four five six seven eight nine ten
    several your their his her its our my this that these those it them him me us yourself yourselves
    someone something everything anything why how what who whom whose which where when whether if
    up down out back""".split()
)
#: particles some verbs take before their object: "Think about", "Talk to", "Fill in", "Make sure"
_PARTICLES = {
    "think": {"about"},
    "talk": {"about", "to", "with"},
    "search": {"for"},
    "fill": {"in"},
    "turn": {"to"},
    "make": {"sure"},
}
#: what a press release or a page puts before its instruction: "For more information, visit the Governor's website."
#: was a claim, "names an actor (Governor)"
_FOR_MORE = (
    r"(?:(?:for|to)\s+(?:more|further|additional)\s+(?:information|info|details|updates)"
    r"|to\s+(?:learn|find\s+out|read)\s+more|for\s+(?:details|updates))\s*,?\s+"
)
_INSTRUCTION_START = re.compile(
    r"^\W*" + _INTERJECTION + r"(?:" + _FOR_MORE + r")?(?:please\s+)?([^\W\d_][\w-]*)\s+(\w[\w'’-]*)", re.IGNORECASE
)


#: where an instruction can hand over to a statement of its own: "Read the report: 200 US troops are in Mexico.",
#: or to a clause on the time or place it names: "Compare that to 2019, when 5,000 troops were sent to the
#: border." (a rhetorical imperative, not work for the reader); a clause addressed to the reader ("Compare the
#: articles, when you have read both") is still part of the instruction
_THEN_A_STATEMENT = re.compile(r"[:;]\s+|\s[—–]\s|,\s+(?=(?:when|where)\s+(?!(?:you|your)\b))", re.IGNORECASE)


def _instruction(text: str) -> str | None:
    """The verb an instruction to the reader opens with ("find"), or None; None too when a statement with a
    verb follows a colon, semicolon or dash ("Look at the numbers: the US spent $3 billion ...")."""
    if any(_has_verb(part) for part in _THEN_A_STATEMENT.split(text)[1:]):
        return None
    return _imperative(text)


def _imperative(text: str) -> str | None:
    """The verb an imperative opens with ("compare" in "Compare that to 2019, when ..."), as ``_instruction``
    knows them, whatever follows; or None."""
    start = _INSTRUCTION_START.match(text)
    if not start:
        return None
    verb, after = start.group(1).lower(), start.group(2)
    if not (after[0].islower() or after[0].isdigit()):  # "Will Smith", "Mark Kelly", "Compare Mexico..."
        return None
    if verb in _INSTRUCTION_VERBS:
        return verb
    if verb in _INSTRUCTION_OR_NOUN and (
        after in _OBJECT_STARTS or after[0].isdigit() or after in _PARTICLES.get(verb, ())
    ):
        return verb
    return None


# "Remember that the Senate approved 155 Marines", "Note that ...", "Keep in mind that ...": the reader is
# pointed at a fact, and the clause after "that" is what the sentence says; it is judged alone, so the verb
# is not taken for an actor ("names an actor (Note)" made "Note that each claim needs a source." a claim).
# A clause addressed to the reader ("Remember that you need two sources") is an instruction.
_POINTER = re.compile(
    r"\W*" + _INTERJECTION + r"(?:please\s+)?(remember|note|notice|consider|recall|keep in mind|bear in mind|"
    r"don['’]t forget|do not forget)\s+that\s+",
    re.IGNORECASE,
)
_TO_THE_READER = re.compile(r"\W*(?:you|your|yourself|yourselves)\b", re.IGNORECASE)
# A wire story's dateline: a place in capitals, perhaps a state or a date after a comma, the agency in parentheses
# and a dash ("WASHINGTON (Reuters) -", "EL PASO, Texas (AP) —", "MEXICO CITY, March 3 (Reuters) -").  It says
# where the story was written: its place is no actor of the claim ("WASHINGTON (AP) — It rained all day." was
# checkable for "names an actor (WASHINGTON)") and its date no number of it.
_WIRE_DATELINE = re.compile(
    r"\W*[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*){0,3}(?:,[ \t]+[\w.]+(?:[ \t]+[\w.]+){0,2})?"
    # the agency: "(AP)", "(CNN Business)", "(dpa)"
    r"[ \t]*\((?:[A-Z][\w.&'’]*(?:[ \t]+[\w.&'’]+){0,2}|dpa)\)[ \t]*[-—–]{1,2}[ \t]*"
)


# A post's label: "EDIT: some of you are saying I'm wrong." was a claim, "names an actor (EDIT)", as "UPDATE: the
# Pentagon confirmed it." named UPDATE (a word in capitals reads as an acronym).  The label says how the post came
# about, no actor: what follows it is judged alone.  With its colon only ("ETA" alone may be the Basque group).
_POST_LABEL = re.compile(
    r"[\W_]*(?i:edit(?:ed)?|update[ds]?|eta|psa|thread|tl;?dr|fyi|nb|p\.?s\.?|breaking(?:[ \t]+news)?|just[ \t]+in"
    r"|icymi|developing(?:[ \t]+story)?"
    # a press advisory's: "WHAT: The Secretary will meet President Sheinbaum ..." named an actor (WHAT)
    r"|what|when|where|why)(?:[ \t]*\d{1,2})?[ \t]*:[ \t]*"
)
#: An advisory's "WHO:" is the World Health Organization's name too, written as a headline's source: "WHO: 3,000
#: measles deaths in Europe" lost its actor (WHO) when it was read past as a label.  In capitals before a number it
#: is the organization's (an advisory's "WHO:" lists people: "WHO: The Secretary of Defense and Navy officials");
#: otherwise ("Who:", or no number after it) a label.
_ADVISORY_WHO = re.compile(r"[\W_]*(?i:who)[ \t]*:[ \t]*")
_ORGANIZATION_WHO = re.compile(r"[\W_]*WHO[ \t]*:")


# A correction ("Correction: ...", "Clarification (March 3):") states the corrected fact ("Correction: The
# deployment involved 200 troops, not 2,000.") or is a note on the story itself: what an earlier version of it
# got wrong, a name misspelled, "We regret the error".  The fact is judged without its label (which named an actor
# (Correction)); the note is filler, as an editor's note is.
_CORRECTION = re.compile(r"[\W_]*" + CORRECTION_LABEL + r"[ \t]*")
_ABOUT_THE_STORY = re.compile(
    r"\b(?:(?:earlier|previous|prior|original|initial)\s+(?:version|draft|edition)|"
    r"this\s+" + MEDIA_NOUNS + "|"
    r"(?:the|a|our)\s+(?:story|article|headline|(?:photo\s+)?caption|graphic)\b|we\s+regret|"
    r"(?:has|have)\s+been\s+(?:corrected|updated|amended|changed|clarified)|"
    r"mis(?:spell|spelt|spelled|identif|attribut|quot|label|stat|characteri[sz]|report|nam|transcri|gend)\w*|"
    r"(?:incorrectly|erroneously|wrongly|mistakenly)\s+(?:said|stated|reported|identified|described|attributed|"
    r"named|gave|referred|spelled|quoted|listed|called))",
    re.IGNORECASE,
)


def _advisory_who(text: str, start: int) -> re.Match[str] | None:
    """An advisory's "WHO:" opening ``text`` at ``start``, unless it is the World Health Organization's (above)."""
    label = _ADVISORY_WHO.match(text, start)
    if label and _ORGANIZATION_WHO.match(text, start) and _DIGITS.search(text, label.end()):
        return None
    return label


def _after_the_organization_who(text: str) -> int:
    """Where the World Health Organization's "WHO:" opening ``text`` ends, at its colon; 0 for none.  Its name asks
    nothing: "WHO: 3,000 measles deaths in Europe" was a "title announcing questions"."""
    who = _ORGANIZATION_WHO.match(text)
    return who.end() - 1 if who and _advisory_who(text, 0) is None else 0


def _correction(text: str, start: int) -> tuple[str, int] | None:
    """The label of a correction opening ``text`` at ``start`` ("correction") and where what it says starts; None
    for no correction."""
    label = _CORRECTION.match(text, start)
    return (label.group(1).lower(), label.end()) if label else None


# Headings and table cells are titles, labels or values unless they have a verb ("US drones fly over
# Mexico" is a statement, "Total troops" and "March 2025" are not).  A verb is recognised by its
# form, from lists a person can read, never by guessing:
# - an auxiliary or modal ("is", "has", "will"), or a past form: any word in -ed ("deployed"), or
#   an irregular one below ("flew", "rose", "took");
# - the third person in -s of a common verb ("arrives", "operates"), unless that form is as often a
#   plural noun ("lives", "finds", "leaves", "forces": their verbs are in _BASE_ONLY_VERBS);
# - the base form of a common verb right after a plural noun or "they", perhaps with an adverb
#   between ("drones fly", "troops regularly patrol"): alone, "impact", "report" or "march" is as
#   likely a noun, and a noun after a determiner ("the impact") or a singular noun ("border
#   patrol") is not taken for a verb.
_COMMON_VERBS = """
    accept accuse achieve admit advise agree allow announce appear approve argue arrest arrive ask
    attract become begin believe belong bring build buy carry choose come conduct confirm consider
    continue cooperate create decide declare defend deliver deny depend deploy describe destroy detain
    die direct disappear earn enter establish exist expand expect explain extradite fail feel flee fly
    follow forbid gather get give go govern grow happen hear hold ignore improve include intend invade
    invest join keep know launch lead learn let lose maintain make manage meet occupy occur open
    operate oppose own pay prefer prepare prevent produce protect provide pull push put receive reduce
    refuse reject rely remove replace represent require resign respond say see seek seem seize sell
    send serve smuggle speak spend stay steal suffer surrender take teach tell tend think threaten try
    understand wait want warn withdraw write
""".split()
#: verbs whose -s form is as often a plural noun: only their base form after a subject counts
_BASE_ONLY_VERBS = """
    attack claim control cost cross drop escape face fall fear fight find guard handle help hide hire
    increase kill land leave limit live mean move need order patrol plan raise reach remain rescue
    respect return rise run show sign stand start stop strike supply target train urge visit vote win
""".split()
#: irregular past forms; those often used as adjectives or in labels are left out ("known cases",
#: "fallen soldiers", "made in Mexico", "units built")
_IRREGULAR_PAST = """
    arose ate became began bought brought caught chose drew drove fell felt fled flew fought found gave
    got grew heard held hid kept knew meant met oversaw ran rose sank saw shook sold sought spent spoke
    stole stood struck swore taught thought threw told took understood withdrew woke won wore wrote
""".split()
#: regular past forms too short for ``\w{3,}ed`` (which keeps "red", "bed", "shed" out): "Trump lied about the
#: troops.", "The Pentagon used drones over Mexico." were "no verb: a caption or a fragment"
_SHORT_PAST = "died lied tied used owed sued eyed aged".split()


def _third_person(verb: str) -> str:
    """The third person of ``verb``: "says", "flies", "launches", "goes"."""
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        return verb[:-1] + "ies"
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    return verb + "s"


_VERB = re.compile(
    r"\b(is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|do|does|did|says|said|"
    r"sends|sent|plans|wants|gets|keeps|makes|takes|gives|leads|led|goes|went|comes|came|enters|trains|"
    r"approves|deploys|rejects|denies|confirms|signs|votes|orders|launches|lands|invades|"
    + "|".join(sorted({_third_person(verb) for verb in _COMMON_VERBS} | set(_IRREGULAR_PAST) | set(_SHORT_PAST)))
    + r"|\w{3,}ed)\b",
    re.IGNORECASE,
)
#: words in -s that are no plural noun: "this", "was", "always" ("is", "us", "less" end in is, us, ss)
_NOT_PLURAL = "its|was|has|does|yes|news|always|perhaps|sometimes|whereas|ours|yours|theirs|hers|thus|plus"
#: the base forms of the verbs known: after a plural subject ("the troops train") or "to" ("the first to sign")
_BASE_VERBS = "|".join(sorted(_COMMON_VERBS + _BASE_ONLY_VERBS))
#: adverbs that stand between a subject and its verb: the word before them decides whether a word in -s after
#: them is a verb ("The US military also runs a base", "The CIA also funds the cartels" were captions: after a
#: stop word, "runs" and "funds" were taken for plural nouns, as in "the runs"); one list for ``_may_hide_a_verb``
#: and a base verb after a plural subject ("the troops still train"), which had a list of its own
_ADVERBS_BEFORE_A_VERB = frozenset("also often still never sometimes already now just even reportedly".split())
_BASE_AFTER_SUBJECT = re.compile(
    rf"\b(?:they|(?!(?:{_NOT_PLURAL})\b)[^\W\d_]+[^\W\d_sui]s)\s+"
    r"(?:(?:\w+ly|" + "|".join(sorted(_ADVERBS_BEFORE_A_VERB)) + r")\s+)?"
    r"(?:" + _BASE_VERBS + r")\b",
    re.IGNORECASE,
)


#: a negated auxiliary ("didn't", "isn't", "can't"): "did" alone is no word of "didn't"
_NEGATED_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|has|have|had|do|does|did|ca|wo|could|would|should|must|might|need)n['’]t\b", re.IGNORECASE
)
#: a verb whose past form is its base form ("read", "put", "let"), after a personal pronoun: alone, "read",
#: "set" or "cut" is as often a noun or an imperative ("A good read", "Let's go"); "Senator, you read the report."
#: was "no verb: a caption or a fragment"
_SAME_PAST_AFTER_PRONOUN = re.compile(
    r"\b(?:I|you|he|she|we|they)\s+(?:(?:\w+ly|also|never|just|already|once)\s+)?"
    r"(?:read|put|let|set|cut|hit|quit|shut|spread|cast|hurt|split|bet)\b",
    re.IGNORECASE,
)


def _has_verb(text: str) -> bool:
    """Whether ``text`` has a verb that ``_VERB``, ``_BASE_AFTER_SUBJECT``, ``_NEGATED_AUXILIARY`` or
    ``_SAME_PAST_AFTER_PRONOUN`` recognises (see above)."""
    return bool(
        _VERB.search(text)
        or _BASE_AFTER_SUBJECT.search(text)
        or _NEGATED_AUXILIARY.search(text)
        or _SAME_PAST_AFTER_PRONOUN.search(text)
    )


# A Spanish headline's verb ("Tropas de EU invadieron México, 21 de abril de 1914", "Aprueba Senado entrada de 155
# marines") was none ``_has_verb`` knows, and every Spanish heading was "heading without a verb".  In a Spanish text
# only (``is_spanish``), and by the forms no noun has: a word in lower case in a past or future ending ("aprobó",
# "invadieron", "llegaron", "enviará", "tendrán"), or, in any case, one of the common verbs below, as a headline
# writes them (its present: "Aprueba Senado ...", "Llegan 200 soldados ...").  Not the verbs whose form is as often
# a noun ("captura", "amenaza", "denuncia", "firma", "baja") nor a name of a verb's ending ("Irán", capitalised).
_SPANISH_VERB_FORMS = frozenset(
    """
    es son fue fueron era eran sera seran esta estan estaba estaban estuvo hay hubo habia habra ha han habian
    tiene tienen tuvo va van dijo dice dicen hizo hace hacen puede pueden pudo debe deben quiere quieren da dan dio
    sigue siguen llega llegan aprueba aprueban rechaza rechazan envia envian anuncia anuncian confirma confirman
    niega niegan pide piden exige exigen advierte advierten acusa acusan asegura aseguran afirma afirman revela
    revelan reporta reportan registra registran despliega despliegan autoriza autorizan recibe reciben descarta
    descartan invade invaden ocupa ocupan detiene detienen
    """.split()
)
#: forms of that list that are as often a noun, a determiner, a name or a time (review22a), a verb only where
#: they read as one (review23): "era", "son" not after an article ("La era de las tropas", "El son jarocho"; "La
#: frontera era segura", "Las tropas ... son más de 10,000" are verbs); "esta", "hace" not opening the title
#: ("Esta semana: ...", "Hace un siglo: ..."; "El ejército de EU esta en Tamaulipas"), "hace" not before an amount
#: of time ("..., hace 110 años"); "da" not before a name
#: ("Da Nang"; "EU da 500 millones")
_AFTER_NO_ARTICLE = frozenset({"era", "son"})
_NOT_OPENING = frozenset({"esta", "hace"})
#: "hace" before an amount of time is "ago" ("La invasión de Veracruz, hace 110 años", "hace un siglo")
_HACE_AGO_BEFORE = frozenset(
    """un una unos unas varios varias mas mucho muchos poco pocos dos tres cuatro cinco seis siete ocho nueve diez
    cien mil""".split()
)
_NOT_BEFORE_A_NAME = frozenset({"da"})


def _names_an_age_of(words: list[str], index: int) -> bool:
    """Whether ``words[index]``, after an opening "Era de", is what the age is of: an article or a name ("Era de
    los cárteles", "Era de Trump"), not an infinitive ("Era de esperarse", the verb "era")."""
    word = words[index] if index < len(words) else ""
    return fold(word) in _SPANISH_ARTICLES or word[:1].isupper()


_SPANISH_ARTICLES = frozenset({"el", "la", "los", "las", "un", "una", "unos", "unas", "del", "al"})
#: a past or future ending, in lower case: "aprobó", "invadieron", "llegaron", "enviará", "tendrán" (not "dio",
#: "vio": in the list; a word of three letters or more before its "ó": not "yo", "no")
_SPANISH_VERB_ENDING = re.compile(r"(?-i:\b[a-zñáéíú]{2,}(?:[a-zñ]ó|aron|ieron|[aei]rán?|drán?)\b)")
#: nouns stressed on a final "ó", which ``_SPANISH_VERB_ENDING`` takes for a past form: "El buró de investigaciones
#: de Sinaloa" was a heading with a verb (buró), a claim to research
_NOUNS_IN_O = frozenset("buró capó dominó plató rondó landó yoyó gigoló rococó bordó paletó".split())
_SPANISH_WORD = re.compile(r"\w+")


def _has_spanish_verb(text: str) -> bool:
    """Whether ``text``, a Spanish text, has a verb (see above).  A line in capitals is Spanish by its words in lower
    case (in capitals ``is_spanish`` counts no function word), and its verbs are those of the list: a past or future
    ending tells no verb from a name there ("IRÁN"): "SON MÁS DE 10,000 LAS TROPAS DE EU EN MÉXICO" and "APRUEBA
    SENADO ENVÍO DE TROPAS" were headings without a verb."""
    shouted = _shouted(text)
    if not is_spanish(text.lower() if shouted else text):
        return False
    if not shouted and any(found.group() not in _NOUNS_IN_O for found in _SPANISH_VERB_ENDING.finditer(text)):
        return True
    words = _SPANISH_WORD.findall(text)
    return any(_reads_as_a_spanish_verb(words, index) for index in range(len(words)))


def _reads_as_a_spanish_verb(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is one of ``_SPANISH_VERB_FORMS`` where it reads as a verb (see above)."""
    word = fold(words[index])
    if word not in _SPANISH_VERB_FORMS:
        return False
    if word in _AFTER_NO_ARTICLE and index > 0 and fold(words[index - 1]) in _SPANISH_ARTICLES:
        return False
    if word in _NOT_OPENING and index == 0:
        return False
    following = words[index + 1] if index + 1 < len(words) else ""
    if word == "era" and index == 0 and fold(following) == "de" and _names_an_age_of(words, index + 2):
        return False  # "Era de los cárteles", a table's cell, was a statement (review24c); "Era de esperarse" is one
    if word == "hace" and (following[:1].isdigit() or fold(following) in _HACE_AGO_BEFORE):
        return False
    return not (word in _NOT_BEFORE_A_NAME and following[:1].isupper())


_PAST = re.compile(r"\w{3,}ed|" + "|".join([*_IRREGULAR_PAST, *_SHORT_PAST]), re.IGNORECASE)
_FIRST_WORD = re.compile(r"\W*(\w+)")
_FURTHER_PARTICIPLE = re.compile(r"(?:[,;/|]|\b(?:and|or|but|then))\s+(?:" + _PAST.pattern + r")\b", re.IGNORECASE)


def _participle_label(text: str) -> bool:
    """Does ``text`` open with a past form that is its only verb ("Approved by Senate", "Deployed to
    Texas")?  With no subject before it, that is a participle: a table's column label or a status
    value, not a statement ("The Senate approved 155 US Marines" has its subject; "Deployed in 2025,
    the troops stayed a month" has another verb)."""
    first = _FIRST_WORD.match(text)
    if first is None or not _PAST.fullmatch(first.group(1)):
        return False
    # a further participle opening its own part is another value, not a verb: "Rejected by Mexico, accepted by
    # Guatemala"
    rest = _FURTHER_PARTICIPLE.sub(" ", text[first.end() :])
    return not _has_verb(rest)


# "How Many, What They Do, and Why It Matters": a title that announces questions
_QUESTION_HEADING = re.compile(
    r"(?:^\W*|[:,;]\s*|\band\s+)(how|what|why|who|whom|where|when|which|are|is|do|does|did|can|should|will)\b",
    re.IGNORECASE,
)


#: a Spanish title that asks, by its question word's accent (not "como", "que"): "Cómo llegaron las tropas a
#: Veracruz", "Tropas en México: qué se sabe", as "How troops arrived in Veracruz" is one
_SPANISH_QUESTION_HEADING = re.compile(
    r"(?:^\W*|[:,;]\s*|\by\s+)(?:c[óÓ]mo|qu[éÉ]|por\s+qu[éÉ]|qui[éÉ]n(?:es)?|cu[áÁ]ndo|d[óÓ]nde|cu[áÁ]nt[oa]s?|cu[áÁ]l(?:es)?)\b",
    re.IGNORECASE,
)


def _announces_questions(text: str) -> bool:
    """Whether a heading announces questions (``_QUESTION_HEADING``).  Not for the World Health Organization's name:
    "WHO:" before a number (``_after_the_organization_who``), nor "WHO" in capitals in a line that is not in
    capitals, where its case says it is a name: "WHO Says 3,000 Measles Deaths Reported in Mexico" was a "title
    announcing questions", its claim never looked up.  In a line in capitals ("WHO PAYS FOR THE WALL") the case
    tells nothing, and "Who" asks."""
    shouted = _shouted(text)
    return _SPANISH_QUESTION_HEADING.search(text) is not None or any(
        shouted or found.group(1) != "WHO"
        for found in _QUESTION_HEADING.finditer(text, _after_the_organization_who(text))
    )


# "Your questions answered", "US troops in Mexico: questions answered", "Q&A: US troops in Mexico", "FAQ": a title
# that announces an FAQ's questions and answers, whatever its kind of block (a Markdown line of its own is a
# paragraph); "answered" is no statement's verb there ("names an actor (US)" made the title a claim to research).
# The FAQ words are the title's label itself: the whole line; what opens it (alone before a colon or a dash, or
# after an article or its owner, "An FAQ about", "Sheinbaum's Q&A on", before "about"/"on"/"for"/"with"); what
# closes it, after a colon or a dash or a name ("Mexico border Q&A", "Pentagon FAQ"), perhaps before a date
# ("(March 2026)", ", March 3, 2026") or, after a name, a colon and the questions ("US troops in Mexico Q&A: what
# we know").  Said in a sentence, they label nothing: "According to the FAQ, 10,000 US troops in Mexico.",
# "Pentagon FAQ: 10,000 US troops in Mexico, none at the border." and "Questions answered by Sheinbaum: no US
# troops in Mexico." are claims (the rule first matched the words anywhere and made them "title announcing
# questions and answers"; then only at the line's ends, and lost "Q&A with Sheinbaum on ..." and "Pentagon FAQ").
# With a verb besides ("Questions answered: the Senate approved 155 Marines"), or a statement after a colon
# ("Q&A with Sheinbaum: no US troops in Mexico."), the line says something.
_ANSWERS_LABEL = (
    r"(?:(?:your|the|our)\s+)?(?:questions,?\s+(?:answered|and\s+answers)|Q\s*&\s*As?|FAQs?"
    r"|frequently\s+asked\s+questions)"
)
#: the label, perhaps with its short form in brackets: "Frequently asked questions (FAQ)"
_ANSWERS_NAME = _ANSWERS_LABEL + r"(?:\s*\(\s*(?:FAQs?|Q\s*&\s*As?)\s*\))?"
#: what owns the label before it: "An FAQ about", "Sheinbaum's Q&A on", or a name alone, as headlines write it
#: ("Trump Q&A on tariffs", "White House Q&A on the border": only "Trump's Q&A on ..." was a title, and "Trump Q&A
#: on 25% tariffs" a claim to research, "has a number (25%); names an actor (Trump)")
_ANSWERS_OWNER = (
    r"(?:a|an|the|your|our|their|its|[A-ZÀ-Þ][\w.-]*['’]s"
    r"|(?-i:[A-ZÀ-Þ][\w.&'’-]*)(?:[ \t]+(?-i:[A-ZÀ-Þ][\w.&'’-]*)){0,3})"
)
#: the end of a title, perhaps after its date: "(March 2026)", ", March 3, 2026"
#: (each part a single run of characters the next cannot take: hostile input repeating ". ," was minutes long)
_TITLE_END = (
    r"(?:\s*\(\s*(?:"
    + MONTH
    + r"|\d)[^()]*\)[\W_]*|\s*,\s*(?:"
    + MONTH
    + r"|\d{1,2}\s+"
    + MONTH
    + r"|"
    + RECENT_YEAR_DIGITS
    + r"\b)"
    r"[\w \t,.]*[^\w \t,.]*|[\W_]*)\Z"
)
_QUESTION_WORD = r"(?:how|what|why|who|whom|where|when|which)\b"
#: the words a name's label is not after: "according to the FAQ" is a sentence's
_NOT_A_NAME = r"(?:the|a|an|to|in|by|from|per|of|on|at|with|and|or|according)\s"
#: what follows the label closing a title after a name: the title's end, or a colon and the questions
_ANSWERS_NAME_CLOSING = rf"(?:{_TITLE_END}|\s*:(?=\s*{_QUESTION_WORD}))"
_ANSWERS_TITLE = re.compile(
    rf"[\W_]*{_ANSWERS_NAME}(?:{_TITLE_END}|\s*[:—–|-]|\s+(?:about|on|for|with)\b)"  # opening the line
    rf"|[\W_]*{_ANSWERS_OWNER}\s+{_ANSWERS_NAME}(?:{_TITLE_END}|\s+(?:about|on|for|with)\b)"  # after its owner
    rf"|.*?(?:[:—–|]|\s-)\s*{_ANSWERS_NAME}{_TITLE_END}"  # closing it, after a colon or a dash
    # closing it after a name, "Pentagon FAQ", or before a colon and the questions
    # (the name's word is looked for within a run of its characters only once the run is seen to end before the
    # label: tried from each place of a run ("a'a'a'...") to its end, it took quadratic time, 16 s for 40,000 of them)
    rf"|[^,;:.!?]*?(?<![\w'’&])(?=[\w'’&]+\s+{_ANSWERS_NAME}{_ANSWERS_NAME_CLOSING})"
    rf"[\w'’&]*?\b(?!{_NOT_A_NAME})[\w'’&]+\s+{_ANSWERS_NAME}{_ANSWERS_NAME_CLOSING}",
    re.IGNORECASE | re.DOTALL,
)
_ANSWERS_WORDS = re.compile(_ANSWERS_LABEL, re.IGNORECASE)
#: the questions a title announces after a colon ("... Q&A: what we know"), whose verbs are the questions'
_QUESTIONS_AFTER_COLON = re.compile(rf":\s*{_QUESTION_WORD}.*", re.IGNORECASE | re.DOTALL)
#: a statement after a colon past the title's label: "Q&A with Sheinbaum: no US troops in Mexico."
_STATEMENT_AFTER_COLON = re.compile(rf"[:—–]\s*(?!{_QUESTION_WORD})\w", re.IGNORECASE)


#: an FAQ cited as a statement's source: "200 Marines in Mexico per Pentagon FAQ", "... according to Pentagon Q&A"
_CITED_ANSWERS = re.compile(
    rf"\b(?:per|according\s+to|under|citing|from)\s+(?:[\w'’&]+\s+){{0,3}}?{_ANSWERS_NAME}", re.IGNORECASE
)


def _announces_answers(text: str) -> bool:
    """Whether ``text`` is a title announcing questions and answers (see above)."""
    title = _ANSWERS_TITLE.match(text)
    if title is None or _STATEMENT_AFTER_COLON.search(text, title.end()) or _CITED_ANSWERS.search(text):
        return False
    return not _has_verb(_QUESTIONS_AFTER_COLON.sub(" ", _ANSWERS_WORDS.sub(" ", text)))


# A byline or dateline: "By Maria Lopez", "Posted by the Editorial Team", "Published March 3, 2026",
# "Last updated: ...", a broadcast's "Aired March 3, 2026 - 17:00 ET".  "By" opens a byline only
# before a name ("By February 2025, Mexico had deployed 10,000 troops", "By law, ..." and "By the end
# of 2025, ..." are statements), and a byline has no verb after its opening words ("By Mexico's
# count, 200 US advisers are in the country" is a statement).
#: how a date opens: a month, a day and its month ("3 March"), a numeric date ("2026-03-03", "3/3/2026",
#: "3/3") or a year alone ("2026, 10:45"); not any number ("Reported 3,000 cases in 2024.", "Reported 3.5
#: million cases", "Reported 2000 cases of fraud" are statements)
_DATE_OPENING = (
    r"(?:"
    + MONTH
    + r"|\d{1,2}(?:st|nd|rd|th)?\s+"
    + MONTH
    + r"|\d{4}-\d{1,2}-\d{1,2}\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\d{1,2}/\d{1,2}\b"
    + r"|"
    + RECENT_YEAR_DIGITS
    + r"\b(?![,.]\d)(?!\s+(?!at\b)[a-z]))"
)
_BYLINE = re.compile(
    r"^\W*(?:(?i:by)\s+(?=(?:(?i:the)\s+)?(?!(?i:" + MONTH + r"))[A-Z])"
    r"|(?i:(?:posted|written|reported|edited|updated|published|aired|broadcast)(?:\s+(?:by|on)\b|\s*:|\s+(?="
    + _DATE_OPENING
    + r"))"
    r"|last updated\b"
    # a wire story's credits: "Reporting by Jane Doe; Editing by Mark Smith", "Additional reporting by ..."
    r"|(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|photographs?|photos|graphics|illustrations?)"
    r"\s+by\b))"
)
#: what a byline's verbs are looked for in: not its capitalised words, which are names ("By The Associated
#: Press": "Associated" is no verb), nor its own words that look like verbs ("By Maria Lopez | updated March 3")
_BYLINE_NOT_VERBS = re.compile(
    r"\b[A-Z][\w'’.-]*|\b(?i:posted|written|reported|edited|updated|published|aired|broadcast|compiled|produced)\b"
)


#: a Spanish byline: "Por" and a name alone ("Por María López", "Por la Redacción"): "Por México, el
#: Senado aprobó..." goes on, and "por" opens no English sentence
_SPANISH_BYLINE = re.compile(
    r"^\W*(?i:por)\s+(?:(?:de|del|la|las|los|el|y)\s+)?"
    r"(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:(?:de|del|la|y)\s+)?|\s*$)){1,5}[\W_]*$"
)
_SPANISH_MONTH = "(?:" + "|".join(SPANISH_MONTHS) + ")"
#: a place in a Spanish dateline, in capitals, and its state after a comma: "Ciudad de México, ", "Monterrey, Nuevo
#: León, "
_SPANISH_DATELINE_PLACE = (
    r"(?:[A-ZÁÉÍÓÚÑ][\w.]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)?[A-ZÁÉÍÓÚÑ][\w.]*){0,3}\s*,\s*){1,2}"
)
#: a Spanish date, its weekday and the "a" of an official one: "jueves 4 de diciembre de 2026", "a 4 de diciembre
#: de 2026" (a government's bulletin: "Ciudad de México, a 4 de diciembre de 2026." was a claim, "has a number (4)")
_SPANISH_DATE = (
    r"(?i:(?:a\s+)?(?:(?:"
    + SPANISH_WEEKDAY
    + r")\s*,?\s+)?\d{1,2}\s+de\s+"
    + _SPANISH_MONTH
    + r"(?:\s+(?:de|del)\s+\d{4})?)"
)
#: a Spanish dateline: "3 de marzo de 2025.", "Actualizado: 3 de marzo de 2025, 10:45 h", and with its place and
#: weekday: "Ciudad de México, 4 de diciembre de 2026." and "Jueves 4 de diciembre de 2026" were claims to
#: research, "has a number (4); names an actor (México)"
_SPANISH_DATELINE = re.compile(
    r"^\W*(?i:(?:actualizad|publicad)[oa](?:\s+el)?\s*:?\s*)?(?:"
    + _SPANISH_DATELINE_PLACE
    + r")?"
    + _SPANISH_DATE
    + r"[\s\d:.,hapm]*$"
)


#: A dateline with its date and a dash, opening a story's first sentence: "Washington, Dec. 4, 2026 - The Pentagon
#: said ...", "WASHINGTON, D.C., December 4, 2026 — ...", "Ciudad de México, 4 de diciembre de 2026.- La Secretaría
#: ...", "Washington, DC — December 4, 2026 — ...".  As a wire story's (``_WIRE_DATELINE``), its place named an actor
#: ("names an actor (Washington)") and its date made a number ("has a number (4)") of a sentence that had neither:
#: "Washington, Dec. 4, 2026 - Thank you all for coming." was checkable.  A place of capitalised words (a Spanish
#: one's "de", "del", "la" between them), a state after a comma, a date (an English one's month first, a Spanish
#: one's day first), perhaps the agency in parentheses, and a dash ("-", "—", "–", ".-"): a sentence with no date
#: there, "Mexico, Canada - and the US", is no dateline.
_DATELINE_PLACE_WORD = r"[A-ZÀ-Þ][\w'’.-]*"
_DATELINE_PLACE_NAME = (
    rf"{_DATELINE_PLACE_WORD}(?:[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)?{_DATELINE_PLACE_WORD}){{0,3}}"
)
_DATED_DATELINE = re.compile(
    rf"\W*{_DATELINE_PLACE_NAME}(?:,[ \t]+{_DATELINE_PLACE_NAME})?(?:,[ \t]+|[ \t]+[-—–][ \t]+)"
    rf"(?:(?i:{MONTH})\.?[ \t]+\d{{1,2}}(?:,[ \t]+\d{{4}})?|{_SPANISH_DATE})"
    r"(?:[ \t]*\((?:[A-Z][\w.&'’]*(?:[ \t]+[\w.&'’]+){0,2}|dpa)\))?[ \t]*\.?[ \t]*[-—–]{1,2}[ \t]+"
)


#: An English date line, places and a date alone, as a transcript's header writes it: "The White House, Washington,
#: D.C., December 4, 2026." above "TRUMP:" made the text no transcript (a sentence above the first label) and its
#: unlabelled paragraphs nobody's, as the Spanish one did.  Places of capitalised words, each before a comma, a
#: weekday perhaps, and the date (month first or day first, with its year), ending the line.
_ENGLISH_DATELINE = re.compile(
    rf"\W*(?:{_DATELINE_PLACE_NAME},[ \t]+){{1,4}}"
    r"(?i:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \t]+)?"
    rf"(?:(?i:{MONTH})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+(?i:{MONTH})\.?,?[ \t]+\d{{4}})"
    r"[\W_]*\Z"
)


def is_date_line(text: str) -> bool:
    """Whether ``text`` is an English date line, places and a date alone ("The White House, Washington, D.C.,
    December 4, 2026."): a transcript's header.  Not a byline everywhere: a headline ending in its date ("US
    Troops Invaded Mexico, Veracruz, April 21, 1914") reads the same, and is a claim (review20s)."""
    return _ENGLISH_DATELINE.match(text) is not None


def is_byline(text: str) -> bool:
    """Whether ``text`` is a byline or a dateline ("By Jane Doe", "Por María López", "3 de marzo de 2025.")."""
    if _SPANISH_BYLINE.match(text) or _SPANISH_DATELINE.match(text):
        return True
    opening = _BYLINE.match(text)
    return opening is not None and not _has_verb(_BYLINE_NOT_VERBS.sub(" ", text[opening.end() :]))


# --- signs of a checkable claim -----------------------------------------------------------------
# the number with its scale or unit, as the reason shows it: "$4 million", "3.5 percent"
_DIGITS = re.compile(
    r"[$€£]?\d+(?:[.,:/–-]\d+)*"
    r"(?:\s?%|\s(?:percent|per\s+cent|thousand|million|billion|trillion|dollars|pesos|euros|pounds)\b)?",
    re.IGNORECASE,
)
_NUMBER_WORDS = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|"
    r"millions?|billions?|trillions?|dozens?|half|twice|double|triple)\b",
    re.IGNORECASE,
)
#: Spanish number words, in a Spanish text only ("once" is eleven there): "Dicen en redes que bajó a diez pesos el
#: kilo." and "... regalar un millón de computadoras ..." were skipped, "no checkable detail"
_SPANISH_NUMBER_WORDS = re.compile(
    r"\b(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\w+|veinte|veinti\w+|"
    r"treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|cientos|(?:dos|tres|cuatro|seis|siete|"
    r"ocho|nove)cient[oa]s|quinient[oa]s|mil|miles|mill[oó]n|millones|docenas?|mitad|doble|triple)\b",
    re.IGNORECASE,
)
_DATE = re.compile(r"\b" + MONTH + r"\.?")
#: a Spanish month, in a Spanish text only, as ``_DATE`` reads an English one: "Desde enero, la violencia bajó." was
#: "no checkable detail" where "Since January, violence fell." has a date.  In lower case, as Spanish writes a month
#: in a sentence: capitalised, "Julio" and "Mayo" are names as often ("Julio dijo ...", "Mayo Clinic").  Only after
#: a word that dates it ("desde", "en", "hasta", "el pasado", "a partir de", "a finales de"...): alone, "mayo" is
#: mayonnaise as often ("Los tacos llevan mayo y queso"), and an Italian sentence is read as Spanish at times ("La
#: violenza è diminuita da marzo": "da" is no Spanish preposition)
_SPANISH_DATING_WORD = "(?i:" + "|".join(SPANISH_DATING_WORDS) + ")"
_SPANISH_DATE_WORD = re.compile(rf"\b{_SPANISH_DATING_WORD}\s+(?P<month>{_SPANISH_MONTH})\b")
#: a Spanish month IN CAPITALS, after a word that dates it, as ``_SPANISH_DATE_WORD`` reads one in lower case:
#: "LA VIOLENCIA BAJÓ DESDE MARZO." and "Desde MARZO, la violencia bajó." had no date.  Not "MAYO", "JULIO" and
#: "ABRIL", names as often ("LA DETENCIÓN DE MAYO ZAMBADA", "EL GOL DE JULIO"); with a day or a year, a month in
#: capitals has a number all the same ("3 DE MAYO", "MAYO DE 2025")
_SPANISH_MONTH_IN_CAPITALS = r"(?:ENERO|FEBRERO|MARZO|JUNIO|AGOSTO|SEPTIEMBRE|SETIEMBRE|OCTUBRE|NOVIEMBRE|DICIEMBRE)"
_SPANISH_DATE_IN_CAPITALS = re.compile(rf"\b{_SPANISH_DATING_WORD}\s+(?P<month>{_SPANISH_MONTH_IN_CAPITALS})\b")
_DATING_WORD_AND_MONTH = re.compile(rf"{_SPANISH_DATING_WORD}\s+{_SPANISH_MONTH_IN_CAPITALS}\W*")
_ACTOR_WORDS = frozenset(
    """government governments administration army navy military troops soldiers marines forces police officials
    officers agents senate senators congress parliament president presidents minister ministers ministry
    department agency agencies court courts judge cartel cartels company companies authorities personnel advisors
    advisers trainers contractors embassy diplomats lawmakers legislature legislators commander commanders
    pentagon prosecutors governor mayor""".split()
)
#: Spanish actors a sentence names in lower case, folded, as ``_ACTOR_WORDS`` are English ones: "Los soldados llegaron a
#: las 3 de la mañana." was "no checkable detail" where "The soldiers arrived at 3 a.m." names an actor (soldiers).
#: Institutions and forces only: not "presidenta", "secretario", "gobernador", which a Spanish transcript says to
#: the person it speaks to far more often ("Presidenta, una pregunta."); and only where no other word names an actor
#: (``_actor``), so that no reason given before changes ("Hay tropas de EU en México" still names EU).  Not
#: "marina" and "armada", English words too ("We walked along the marina", review22a)
_SPANISH_ACTOR_WORDS = frozenset(
    """gobierno gobiernos ejercito ejercitos militares soldados tropas policia policias agentes senado
    senadores congreso diputados legisladores autoridades funcionarios cartel carteles fiscalia embajada tribunal
    tribunales""".split()
)
_SENTENCE_STARTERS = frozenset(
    """however meanwhile overall still yet also instead today here there now so well indeed thus hence
    moreover furthermore besides therefore nevertheless nonetheless finally first second third next then
    ultimately basically essentially clearly obviously sure yes no many several every another none nobody
    everyone everything something nothing one while although though since unless whether""".split()
)
#: who says or does something without being named: "Readers say the army is in Mexico" names the army, not
#: "Readers" (capitalised because it opens the sentence, it was taken for a name)
_UNNAMED_SUBJECTS = frozenset(
    """others people readers viewers listeners users fans critics experts analysts observers commentators
    skeptics sceptics supporters opponents proponents detractors somebody someone anybody anyone everybody
    whoever""".split()
)
#: Spanish function words and the verbs a sentence opens with ("El Senado...", "Hay más de...", "Es un
#: tema..."): capitalised at the start, but no actor
_NO_ACTORS = SPANISH_STOP_WORDS | {"hay", "segun", "tras", "ante", "bajo", "cada", "ademas", "aunque", "sin"}
#: Spanish adverbs a sentence opens with, and "hay" in other tenses, folded: "Hoy hace un día soleado en la capital."
#: named an actor (Hoy), "Hubo once heridos." (Hubo)
_NO_ACTORS |= set(
    "hoy ayer manana ahora ahi luego despues antes entonces todavia aun incluso mientras hubo habia habra".split()
)
#: thanks opening a sentence: "Gracias por la respuesta, Presidenta." named an actor (Gracias), "Muchas gracias,
#: presidenta, por la respuesta." (Muchas), and "Gracias a los militares, bajó la violencia 30 por ciento." (Gracias,
#: not militares)
_NO_ACTORS |= {"gracias", "mucho", "mucha", "muchos", "muchas"}
#: a verdict opening what it judges, and "hay" in the subjunctive: "ES FALSO QUE HAYA 10,000 SOLDADOS DE EU." named an
#: actor (FALSO), then (HAYA) (review24c)
_NO_ACTORS |= {"falso", "falsa", "cierto", "cierta", "mentira", "haya"}
#: a possessive, or a contraction's verb: "We'll have to leave it there.", "I'm proud ..." named an actor (We'll),
#: (I'm); without it the pronoun is the stop word it is, and a name stays one ("Trump'll", "Mexico's")
_POSSESSIVE = re.compile(r"['’](?:s|ll|re|ve|m|d)?$", re.IGNORECASE)
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
_CAUSAL = re.compile(
    r"\b(caus(?:e|es|ed|ing)|lead(?:s|ing)? to|led to|result(?:s|ed|ing)? in|because|due to|thanks to|"
    r"as a result|therefore|consequently|reduc(?:e|es|ed|ing|tion)|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
    r"boost(?:s|ed|ing)?|fuel(?:s|ed|led|ing|ling)?|drive(?:s|n)?|drove|trigger(?:s|ed|ing)?|prevent(?:s|ed|ing)?|"
    r"attract(?:s|ed|ing)?|contribut(?:e|es|ed|ing) to|brought (?:down|about)|bring(?:s|ing)? (?:down|about)|"
    r"curb(?:s|ed|ing)?|spark(?:s|ed|ing)?|undermin(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|"
    r"weaken(?:s|ed|ing)?|allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)
#: the words after which "last" is a verb: "will last", "to last", "did not last", "won't last"
_BEFORE_THE_VERB_LAST = (
    "will|would|can|could|may|might|must|should|shall|to|not|never|won['’]t|didn['’]t|doesn['’]t|don['’]t|at".split("|")
)
#: the words before "record" that make it a turn of phrase, which compares nothing ("For the record, ...")
_NOT_A_RECORD_BEFORE = ("for the", "on the", "off the")
#: the words before "record" that make it someone's record (what they did), unless a noun follows ("Their record
#: profits ..." compares) or the record says what it shows ("My record shows I cut taxes every year.")
_SOMEONES_RECORD = re.compile(
    r"\b(?:my|his|her|your|their|our|its|voting|track|criminal|public|service|military)[ \t]+\Z", re.IGNORECASE
)
_RECORD_INTRODUCES = frozenset("shows show showed says said proves proved".split())
#: verbs after someone's record that say nothing of what it holds ("His record speaks for itself.")
_RECORD_VERBS = frozenset("stands matters remains counts".split())
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_COMPARATIVE = re.compile(
    r"\b(more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse)\s+than\b|\b\w+er\s+than\b|"
    # "last" compares ("the last country to ..."), but "last spring", "last year", "the last few years" only say
    # when, "at last" is "finally", and after a modal or "to", or before "until" or "for", "last" is the verb
    # ("The training will last until June." was "comparison (last)")
    r"\b(most|least|largest|biggest|smallest|highest|lowest|first|"
    + r"last"
    # (the word before is looked at once "last" is found: before it, at every position, it took half the time of
    # the whole pattern)
    + "".join(rf"(?<!\b{word} last)" for word in _BEFORE_THE_VERB_LAST)
    + r"(?!\s+(?:(?:few|couple(?:\s+of)?|several|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?"
    r"(?:years?|months?|weeks?|nights?|days|hours|time|decades?|century|centuries|weekend|spring|summer|fall|autumn"
    r"|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\s+(?:until|till|through|for|into|beyond"
    r"|longer)\b)|"
    r"only|"
    # a record beaten compares ("a record 10,000 troops", "broke the record"); "for the record" is a turn of
    # phrase, and someone's record what they did (``_someones_record``)
     + "".join(rf"(?<!\b{word} )" for word in _NOT_A_RECORD_BEFORE) + r"record|doubled|tripled|quadrupled|"
    r"halved|twice|majority|compared (?:with|to)|outnumber(?:s|ed)?|exceed(?:s|ed)?|surpass(?:es|ed)?)\b",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


# "first" compares as a superlative does ("Mexico was the first country to sign", "the first-ever visit", "for the
# first time in its history"), but an ordinal or an adverb only counts or says when: "the first time US troops
# entered Mexico", "the first two weeks", "the first round of talks", "First Lady", "was first reported",
# "Sheinbaum first said no", "at first", and "First, ..." listing points ("the first time", "first reported" were
# "comparison (first)", as "last year" was "comparison (last)").
_ORDINAL_FIRST_AFTER = re.compile(
    r"(?:\s+|-)(?:(?:few|couple(?:\s+of)?|several|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"hundred|thousand)\b|"
    # a time, not "the first time ever" nor "the first time in (the country's) history"
    r"times?\b(?!\s+(?:ever\b|in\s+(?:[\w'’]+\s+){0,2}history\b))|"
    r"(?:days?|weeks?|months?|years?|quarters?|half|halves|decades?|hours?|minutes?|nights?|weekend|"
    r"round|phase|stage|step|part|term|reading|draft|wave|batch|leg|season|chapter|episode|"
    r"lady|ladies|gentleman|responders?|aid|amendment|names?|floor|hand|degree|person|"
    # the order of a talk: "Our first topic tonight is the border." was "comparison (first)"
    r"topics?|questions?|segment|item)\b|"
    # an adverb before a verb: "first reported", "first said", "first took office"
    r"(?P<verb>" + _PAST.pattern + r"|said|made|had|did|went|sent|built|paid|led|left|put|used|set|read)\b)",
    re.IGNORECASE,
)
#: "first X to <verb>" is the superlative again where X is a person or a count and its noun: "The first person to
#: cross was a soldier.", "the first two countries to sign", "the first lady to address Congress" (the "person" of
#: "in the first person", and the counts, made them no comparison).  The infinitive follows the noun itself: a verb
#: between them is the sentence's ("The first step is to ask your doctor.", "The first phase is expected to
#: start soon."), a time or a step is never the superlative's noun ("It was my first time to visit the border.",
#: "The first step to take is to register.": a step comes first by its order, not by beating others), and a
#: preposition's "to" is not an infinitive's ("the first step to recovery")
_COUNT = (
    r"(?:few|couple(?:[ \t]+of)?|several|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twelve|hundred"
    r"|thousand)"
)
_FIRST_TO_DO = re.compile(
    r"(?:[ \t]+|-)(?:person|persons|people|lady|ladies|gentleman|gentlemen|responders?"
    # a count, perhaps with its noun: "the first two to sign", "the first 1,500 to arrive", "the first several
    # hundred troops to arrive"
    rf"|{_COUNT}(?:[ \t]+{_COUNT})*(?:[ \t]+(?P<noun>[\w'’-]+))?)"
    r"(?:[ \t]+ever)?[ \t]+to[ \t]+(?:be|have|do|" + _BASE_VERBS + r")\b",
    re.IGNORECASE,
)
#: what a count's noun never is in "the first two countries to sign": a time or a step ("the first two weeks to
#: register"), or a verb ("the first two are to sign")
_NOT_A_SUPERLATIVE_NOUN = re.compile(
    r"(?:times?|days?|weeks?|months?|years?|quarters?|decades?|hours?|minutes?|nights?|rounds?|phases?|stages?"
    r"|steps?|parts?|terms?|waves?|seasons?|chapters?|episodes?)",
    re.IGNORECASE,
)
#: where "first" lists a point, opening the sentence: "First, ...", "First of all", "And first and foremost"
_LISTING_FIRST = re.compile(
    r"[\W_]*(?:(?:and|but|so|now|well|ok|okay)[\s,]+)?first(?:\s*[,:;—–]|\s+of\s+all\b|\s+and\s+foremost\b"
    r"|\s+off\b|\s+things\s+first\b)",
    re.IGNORECASE,
)
#: before "first" and a past form, a determiner makes "first" an adjective: "the first elected woman president"
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|its|his|her|their|our|your|my|whose)|\w['’]s?)\s+\Z", re.IGNORECASE)


def _comparison(text: str) -> str | None:
    """The word or words that make ``text`` a comparison ("more than", "largest", "first"), or None."""
    listing = _LISTING_FIRST.match(text)  # once, not for each "first": hostile input repeats it thousands of times
    listed_until = listing.end() if listing else 0
    for found in _COMPARATIVE.finditer(text):
        word = found.group(0).lower()
        if word == "record" and _someones_record(text, found.start(), found.end()):
            continue
        if word != "first" or (found.start() >= listed_until and not _ordinal_first(text, found.start(), found.end())):
            return word
    return None


def _someones_record(text: str, start: int, end: int) -> bool:
    """Whether the "record" at ``text[start:end]`` is someone's, what they did, and compares nothing: "I'm proud of
    my record." (was "comparison (record)"), "His record speaks for itself."; not "Their record profits came ..."
    (a noun after it: a record beaten) nor "My record shows I cut taxes every year." (what it shows is a claim)."""
    if _SOMEONES_RECORD.search(text, max(0, start - 12), start) is None:
        return False
    following = _NEXT_WORD.match(text, end)
    if following is None:  # "I'm proud of my record."
        return True
    word = following.group(1).lower()
    if word in _RECORD_INTRODUCES:
        return False
    return word in STOP_WORDS or word in _RECORD_VERBS or _VERB.fullmatch(word) is not None


def _ordinal_first(text: str, start: int, end: int) -> bool:
    """Whether the "first" at ``text[start:end]`` counts or says when, and compares nothing (see above)."""
    if text[max(0, start - 3) : start].lower() == "at " and not text[start - 4 : start - 3].isalnum():  # "at first"
        return True
    after = _ORDINAL_FIRST_AFTER.match(text, end)
    if after is None or _superlative_to_do(text, end):
        return False
    # the determiner is looked for in the few characters before "first", not in all the text before it
    return not (after.group("verb") and _DETERMINER_BEFORE.search(text, max(0, start - 12), start))


def _superlative_to_do(text: str, end: int) -> bool:
    """Whether the "first" ending at ``text[end]`` is a person's or a count's who did something first (see
    ``_FIRST_TO_DO``)."""
    to_do = _FIRST_TO_DO.match(text, end)
    if to_do is None:
        return False
    noun = to_do.group("noun")
    return noun is None or not (_NOT_A_SUPERLATIVE_NOUN.fullmatch(noun) or _has_verb(noun))


# A courtesy title or a short form of a rank before a name ("Mr. Smith", "Dr Fauci", "First Lady Jill Biden", "Sen.
# Cruz") says nothing of who acts: the name after it does ("names an actor (Mr)", "(Lady)", "(Sen)" were given).  A
# rank written in full stays the actor ("Senator Cruz voted no": Senator), as it names an office; so does "First
# Lady" with no name after it ("The First Lady said ..."), the only such title that names one.  A short form counts
# only with its full stop: "Gen Z", "Rep" alone may be words or names.
_COURTESY_TITLES = frozenset("mr mrs ms mx dr miss madam madame mme sir dame".split())
_SHORT_RANKS = frozenset(
    "sen gov rep gen lt col sgt capt cmdr adm prof rev pres amb sec atty supt insp det cpl pvt maj brig".split()
)
_SPOUSE_TITLE = re.compile(r"(?i:first)\Z")
_SPOUSE_NOUN = frozenset({"lady", "gentleman"})


# The person a speaker turns to ("MODERATOR: Senator, your answer.", "That is not true, Governor.") is no actor of
# what is said: "names an actor (Senator)" made a moderator's cue a claim to research.  A title alone set off by
# commas is always one ("Senator,", ", Mr. President.", "Madam Secretary,"); a name with or without a title
# ("Senator Cruz,", "Jake,") only where the sentence speaks to someone: before "you", "your", "please", "go
# ahead" opening it, or ending a sentence that says "you", "please" or "go ahead" ("Senator Cruz, a Texas
# Republican, voted no" and "Mexico, frankly, is failing" name their actors; so does "... by a Texas Republican,
# Senator Cruz.").
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr)\.?|Miss|Madam|Madame|Mister)"
#: Spanish titles a speaker is addressed by, in lower case as Spanish writes them after "señora" (capitalised, they
#: open a sentence: "Presidenta, ...")
_ES_TITLE = (
    r"presidenta|presidente|secretari[ao]|senador(?:a)?|gobernador(?:a)?|diputad[ao]|licenciad[ao]|ministr[ao]"
    r"|alcalde(?:sa)?|embajador(?:a)?|canciller|doctora"
)
_ADDRESS_TITLE = (
    r"(?:(?:Vice[ \t]+)?President|Senator|Governor|Secretary|Congressman|Congresswoman|Representative|Ambassador"
    r"|(?:Attorney[ \t]+)?General|Admiral|Colonel|Captain|(?:Prime[ \t]+)?Minister|Mayor|Judge|Sir|Ma['’]am|Doctor"
    r"|Professor|Chairman|Chairwoman|Chair|Speaker|Commissioner|Director|Sheriff|Leader"
    # in Spanish, as a press conference's reporter turns to the president: "Presidenta, una pregunta más." and
    # "Señora presidenta, ..." named an actor (Presidenta), (Señora)
    rf"|Se[ñn]or(?:a)?[ \t]+(?i:{_ES_TITLE})|(?=[A-Z])(?i:{_ES_TITLE})|Se[ñn]or(?:a|ita)?)"
)
_BARE_ADDRESS = rf"(?:{_HONORIFIC}[ \t]+)?{_ADDRESS_TITLE}"
_NAME_WORD = r"[A-ZÀ-Þ][\w'’-]+"
#: a rank's short form before a name: "Sen. Alvarez, you let us down." named an actor (Sen)
_SHORT_RANK = r"(?:" + "|".join(sorted(rank.capitalize() for rank in _SHORT_RANKS)) + r")\."
_NAMED_ADDRESS = rf"(?:(?:{_HONORIFIC}|{_ADDRESS_TITLE}|{_SHORT_RANK})[ \t]+)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?"
_SPEAKS_TO = r"(?i:you|your|yours|please|go[ \t]+ahead)\b"
#: a dash or an ellipsis sets the person spoken to off as a comma does ("Senator — you let us down.", "Senator...
#: you let us down." named an actor (Senator)), only before words to them: "Senator — and Governor — ..." may be
#: a list
_PAUSE = r"(?:[ \t]*[—–]|\.\.\.|…)"
_OPENING_ADDRESS = re.compile(
    rf"[\W_]*(?:{_BARE_ADDRESS}[ \t]*,|(?:{_BARE_ADDRESS}{_PAUSE}|{_NAMED_ADDRESS}[ \t]*(?:,|{_PAUSE}))"
    rf"(?=[ \t]*{_SPEAKS_TO}))"  # matched at the start
)
_CLOSING_ADDRESS = re.compile(rf",[ \t]*(?:({_BARE_ADDRESS})|{_NAMED_ADDRESS})[\W_]*\Z")  # matched at the last comma
_INNER_ADDRESS = re.compile(rf",[ \t]*{_BARE_ADDRESS}[ \t]*,")
_INNER_NAMED_ADDRESS = re.compile(rf",[ \t]*{_NAMED_ADDRESS}[ \t]*,")
_SECOND_PERSON = re.compile(r"\b(?i:you|your|yours|yourself|please|go[ \t]+ahead)\b")
# But the person spoken to who is told what they did ("Senator Cruz, you voted against the bill.", "You signed the
# order, Governor.") is the actor of the claim: blanked, the sentence was "no checkable detail".  "You" and a past
# form, perhaps after an auxiliary or an adverb ("you have repeatedly voted", "you did not vote"); not the present
# ("Senator, you know that is false.", "Senator Cruz, you have two minutes.") nor a greeting ("Thank you, Senator.")
_ADDRESSEE_ACTED = re.compile(
    r"\b(?i:you)[ \t]+(?i:(?:(?:have|had|not|never|also|once|just|already|repeatedly|previously|personally|"
    r"yourself|both|all)[ \t]+)*(?:did(?:n['’]t|[ \t]+not|[ \t]+never)?[ \t]+(?P<base>[a-z]+)|(?P<past>"
    + _PAST.pattern
    + r"|said|made|went|sent|built|paid|led|left|put|used|cut|let|lost|read|set|sat)))\b"
)
# Nor what the person spoken to did in the conversation itself, a moderator's or a debater's cue: "Senator, you have
# used your time.", "Senator, you interrupted me.", "Governor, you said that last week.", "Mr. President, you asked
# me a question.", "Senator, you didn't answer my question." were claims, "names an actor (Senator)" ("(Mr)").  A
# verb of talk, or any verb whose object is the speaker or the talk's time, turn or question ("you let me
# finish", "you went over your time"); what they did in the world still is a claim ("you voted against the bill").
_TALK_VERB = re.compile(
    r"(?:sa(?:y|id)|ask(?:ed)?|answer(?:ed)?|interrupt(?:ed)?|sp(?:eak|oke)|talk(?:ed)?|mention(?:ed)?|t(?:ell|old)|"
    r"respond(?:ed)?|repl(?:y|ied)|misspoke|misspeak|yield(?:ed)?|hear|heard|mishear|misheard)",
    re.IGNORECASE,
)
_TALK_OBJECT = re.compile(
    r"[ \t]+(?:(?:over|out[ \t]+of|past|into|up|off)[ \t]+)?(?:your|my|our|the|a|this|that)[ \t]+"
    r"(?:time|turn|questions?|answers?|minutes?|seconds?|chance|point|debate|floor)\b",
    re.IGNORECASE,
)
#: the speaker as the object is talk only after a verb that lets or stops them talking: "you let me finish", "you
#: cut me off"; after any other verb it is what the person spoken to did to them ("Senator, you promised us a
#: wall.", "Governor, you failed us." lost their actor when any verb's "me"/"us" was the talk's)
_LETS_SPEAKER_TALK = re.compile(
    r"(?i:let|cut|misquoted?|misrepresent(?:ed)?|mischaracteri[sz]ed?|call(?:ed)?|ignored?|accused?|insult(?:ed)?)\Z"
)
_SPEAKER_OBJECT = re.compile(r"[ \t]+(?i:me|us)\b")
#: "you said" and a clause of its own ("Governor, you said you would veto the bill.") tells what they promised or
#: claimed, no cue of the talk ("Governor, you said that last week." is one): "said" kept it from naming its actor
_SAYING = re.compile(r"(?i:sa(?:y|id))\Z")
_CLAUSE_END = re.compile(r"[.;!?]")


#: Nor how the person spoken to made the speaker feel: "Senator, you let the country down." was a claim, "names an
#: actor (Senator)", though a reproach tells no act to check (as "Senator, you let us down." was none already).
#: "Let ... down" and "disappointed": a feeling, no act; "you failed us", "you betrayed your voters" say something
#: was done (or left undone) and stay claims.  The words between "let" and "down" are its object, not a verb that
#: goes down ("Governor, you let the prices go down." says what happened to prices), and "down" ends the clause
_REPROACH = re.compile(
    r"(?:[ \t]+(?!(?:go|goes|going|went|come|came|fall|fell|drop|dropped|slow|sink|sank|settle|die|died|calm|cool|"
    r"back|step|stand|sit|lie|run|ran|break|shut|close|wind)\b)[\w'’-]+){1,4}?[ \t]+down"
    # "down" closes the clause: "you let the country down.", "... down when you ...", not "you let your party vote
    # down the border bill", "you let them tear down the fence" (acts to check); or it follows "let" ("let down")
    r"(?=[ \t]*(?:[.,;:!?)—–-]|\Z)|[ \t]+(?:again|when|by|because|and|but|so|once|twice|badly|too|every)\b)"
    r"|[ \t]+down\b",
    re.IGNORECASE,
)
_DISAPPOINTED = re.compile(r"(?i:disappointed)\Z")


def _reproached(verb: str, text: str, end: int) -> bool:
    """Whether "you" and ``verb`` (ending at ``end``) tell the person spoken to that they disappointed the speaker
    (see above): "you let the country down", "you let down the voters", "you disappointed everyone"."""
    return _DISAPPOINTED.match(verb) is not None or (verb.lower() == "let" and _REPROACH.match(text, end) is not None)


#: Spanish: "usted"/"ustedes" and a past form, perhaps after "ha"/"había" or an adverb or a pronoun ("usted no
#: ordenó", "usted ha firmado", "usted nos prometió"), tells the person spoken to what they did, as "you" does:
#: "Presidente, usted prometió bajar la violencia." and "Secretario, usted ordenó el despliegue." lost their actor
#: when a Spanish title became one spoken to (f52f1bb).  Not the present ("Presidenta, usted sabe que eso es
#: falso.") nor the talk itself: a verb of talk ("usted me interrumpió", "usted no respondió", but "usted dijo
#: que la violencia bajó" tells what they claimed), the talk's time or question as the object ("usted ya usó su
#: tiempo"), or a reproach ("usted nos decepcionó")
_ES_ADDRESSEE_ACTED = re.compile(
    r"\b(?i:usted(?:es)?)[ \t]+(?i:(?:(?:no|nunca|ya|tambi[ée]n|personalmente|mism[oa]s?|me|nos|le|les|lo|la|los|las"
    r"|se)[ \t]+)*(?:(?:ha|han|hab[íi]a|hab[íi]an)[ \t]+(?P<participle>\w+)|(?P<past>\w+)))\b"
)
_ES_PAST = re.compile(
    r"(?-i:[a-zñáéíú]{2,}(?:[a-zñ]ó|aron|ieron)|(?:dij|hic|tuv|pus|estuv|quis|vin|traj|sup|pud|conduj|reduj|produj)"
    r"(?:o|eron)|fue|fueron|dio|dieron|hizo)"
)
_ES_PARTICIPLE = re.compile(r"(?-i:[a-zñ]+(?:ad|id)[oa]|dicho|hecho|puesto|visto|vuelto|escrito|roto|abierto|muerto)")
_ES_TALK_VERB = re.compile(
    r"(?i:dij\w*|dicho|pregunt\w+|respond\w+|respondi\w*|contest\w+|interrump\w+|habl\w+|mencion\w+|coment\w+"
    r"|decepcion\w+)"
)
_ES_SAYING = re.compile(r"(?i:dij(?:o|eron)|dicho)")
#: "que" after "dijo" opens what was said, a clause ("usted dijo que no habría militares en las calles")
_ES_THAT = re.compile(r"[ \t]+(?i:que)\b")
_ES_TALK_OBJECT = re.compile(
    r"[ \t]+(?i:(?:de|con|en|a)[ \t]+)?(?i:mi|su|sus|la|las|esta|esa|nuestra|el|este|ese)[ \t]+"
    r"(?i:pregunta|preguntas|tiempo|turno|respuesta|minutos?|segundos?|oportunidad|palabra|debate)\b"
)


def _spanish_addressee_acted(text: str) -> bool:
    """Whether ``text`` tells the person it speaks to, as "usted", what they did in the world (see above)."""
    for acted in _ES_ADDRESSEE_ACTED.finditer(text):
        verb = acted.group("participle") or acted.group("past")
        if not (_ES_PARTICIPLE if acted.group("participle") else _ES_PAST).fullmatch(verb) or verb in _NOUNS_IN_O:
            continue
        if _ES_SAYING.fullmatch(verb) and _ES_THAT.match(text, acted.end()):
            return True
        if not _ES_TALK_VERB.fullmatch(verb) and not _ES_TALK_OBJECT.match(text, acted.end()):
            return True
    return False


def _addressee_acted(text: str) -> bool:
    """Whether ``text`` tells the person it speaks to what they did in the world (see above), not in the talk."""
    if _spanish_addressee_acted(text):
        return True
    for acted in _ADDRESSEE_ACTED.finditer(text):
        verb = acted.group("base") or acted.group("past")
        if _reproached(verb, text, acted.end()):
            continue
        if _SAYING.match(verb) and _says_a_clause(text, acted.end()):
            return True
        talk_object = _TALK_OBJECT.match(text, acted.end()) or (
            _LETS_SPEAKER_TALK.match(verb) and _SPEAKER_OBJECT.match(text, acted.end())
        )
        if not _TALK_VERB.fullmatch(verb) and not talk_object:
            return True
    return False


def _says_a_clause(text: str, start: int) -> bool:
    """Whether what is said from ``text[start:]`` to the sentence's end is a clause with a verb of its own, and
    not about the talk itself ("Governor, you said you would let me finish.", "Senator, you said I could
    respond.")."""
    end = _CLAUSE_END.search(text, start)
    clause = text[start : end.start() if end else len(text)]
    return _has_verb(clause) and _TALK_CLAUSE.search(clause) is None


#: a clause about the talk: its speakers talking, or letting the speaker talk
_TALK_CLAUSE = re.compile(
    r"\b(?:I|you|we)[ \t]+(?:[\w'’]+[ \t]+){0,2}?" + _TALK_VERB.pattern + r"\b|\blet[ \t]+(?:me|us)\b", re.IGNORECASE
)


#: what sets the person spoken to off: a comma, or at the start a dash or an ellipsis (``_PAUSE``)
_SET_OFF_MARK = re.compile(r"[,—–…]|\.\.\.")

# A reply that judges what was just said ("That's simply false", "That is not true", "It's a lie") is said to
# someone: the name set off by a comma before or after it is the person spoken to, not an actor ("That's simply
# false, Tom." and "Tom, that is false." named an actor (Tom), though they assert nothing to check).  Only when
# the reply is all the rest of the sentence, a pronoun and a verdict: "Hale, as a state senator, cut the border
# budget." and "The agreement was negotiated by the ambassador, Salazar." keep their actors (a rule that took
# any name of a debate's speakers for the person spoken to blanked them: b51dffc, reverted).
_VERDICT_WORD = (
    r"(?:false|untrue|true|wrong|right|correct|incorrect|inaccurate|misleading|nonsense|ridiculous|absurd|"
    r"not[ \t]+the[ \t]+case|(?:a|an)[ \t]+(?:[\w-]+[ \t]+)?(?:lie|falsehood|myth|distortion|exaggeration))"
)
_VERDICT_REPLY = re.compile(
    # one way only to read the spaces after each opening word ("[ \t]*,?[ \t]+" read "well  " two ways, and
    # "Tom, " followed by 22 "well  " took 2.6 s, 1.8 times more for each word more)
    r"[\W_]*(?i:(?:(?:well|no|look|again|sorry|but|and|so|now|sir)(?:[ \t]*,)?[ \t]+)*"
    r"(?:that|this|it|you|which|what[ \t]+you[ \t]+(?:just[ \t]+)?said)"
    r"(?:['’](?:s|re)|[ \t]+(?:is|are|was|were))[ \t]+"
    r"(?:(?:simply|just|absolutely|completely|totally|flat|flatly|plainly|patently|dead|also|still|not|never|so|"
    r"very|quite|entirely|categorically|demonstrably)[ \t]+)*" + _VERDICT_WORD + r")[\W_]*"
)
#: a name or a title opening a sentence, set off by a comma (before a reply: ``_VERDICT_REPLY``)
_OPENING_NAME = re.compile(rf"[\W_]*(?:{_BARE_ADDRESS}|{_NAMED_ADDRESS})[ \t]*,[ \t]*")


def _shouted(text: str) -> bool:
    """Whether ``text`` is written IN CAPITALS (no letter in lower case)."""
    return not any(character.islower() for character in text)


def _as_written(text: str) -> str:
    """``text`` IN CAPITALS as a sentence writes it, each word capitalised ("THAT IS NOT TRUE, SENATOR." ->
    "That Is Not True, Senator."), for the rules that know a title or a month by its case; of the same length,
    letter for letter (a letter whose lower case is longer stays as it is)."""
    written: list[str] = []
    in_word = False
    for character in text:
        lower = character.lower()
        written.append(lower if in_word and len(lower) == 1 else character)
        in_word = character.isalpha() or (in_word and character in "'’")  # "MA'AM": "Ma'am"
    return "".join(written)


# A place is no one spoken to: "That is true, Mexico." and "Chicago, that is true." had their place blanked as the
# person the reply is said to, and "no checkable detail".  A place is a country the world knows, or a name the
# article puts something in, to or from ("in Chicago": ``place_names``).  Countries that are first names too
# ("Chad", "Jordan") are places only where the article writes them as places.
_COUNTRIES_NO_ONE_IS_NAMED = frozenset(fold(name) for name in COUNTRY_NAMES.split()) - {
    "chad",
    "jordan",
    "georgia",
    "india",
    "israel",
    "america",
}
# "to" only after a word of going or sending ("They flew to Mexico City.", "sent 1,500 troops to Texas"): "Our
# first question goes to Senator Cruz." and "I now turn to Governor Abbott." made a person a place, so "That is
# simply false, Senator Cruz." named an actor; a person's title is no place either
_GOING = (
    r"(?:sent|send|sends|sending|deployed|deploy|deploys|deploying|moved|move|moves|moving|flew|fly|flies|flying|"
    r"travell?ed|travels?|travell?ing|went|go|going|came|come|comes|coming|returned|returns?|returning|headed|"
    r"heading|shipped|ships?|shipping|smuggled|smuggling|exported|exports?|exporting|migrated|fled|flee|fleeing|"
    r"deported|deports?|deporting|extradited|trips?|visits?|back|bound|routes?|flights?|crossed|drove|driven|"
    r"walked|marched|shifted|transferred|relocated|arrived|arrive|arrives|arriving|way)"
)
_PLACE_AFTER = re.compile(
    r"\b(?:in|from|into|near|across|outside|inside|throughout|"
    + _GOING
    + r"(?:[ \t]+[\w'’,.$%-]+){0,4}?[ \t]+to)[ \t]+"
    r"(?P<place>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?)"
)
_TITLES_BEFORE_A_NAME = frozenset(
    "president senator governor secretary minister mayor congressman congresswoman representative judge "
    "chancellor ambassador admiral colonel captain sergeant lieutenant commander sheriff king queen prince "
    "princess premier speaker attorney general sen gov rep pres gen mr mrs ms dr "
    "presidente presidenta senador senadora gobernador gobernadora secretario secretaria ministro ministra "
    "alcalde alcaldesa diputado diputada".split()
)
_AROUND_A_NAME = " \t,.…—–!?;:\"'“”‘’()[]"


def place_names(texts: Iterable[str]) -> frozenset[str]:
    """The names ``texts`` (an article's sentences) put something in, to or from ("in Chicago", "to Mexico
    City"), folded, for ``assess``: places, which no reply is said to."""
    places = (found.group("place") for text in texts for found in _PLACE_AFTER.finditer(text))
    return frozenset(fold(place) for place in places if fold(place.split()[0]) not in _TITLES_BEFORE_A_NAME)


# A word written with a capital inside a sentence, after a word of it that ends none ("said Sheinbaum", "President
# Claudia Sheinbaum"), and never in lower case, is a name; not in a line In Title Case, whose every word is.
_CAPITALISED_INSIDE = re.compile(r"(?<=[\w,;)’'] )[A-ZÀ-Þ][a-zß-ÿ'’-]+")


def written_as_names(texts: Iterable[str], lower_case: AbstractSet[str]) -> frozenset[str]:
    """The words ``texts`` (an article's sentences) write as names (see above), folded, for ``assess``: a headline's
    subject so written is an actor ("Sheinbaum Vetoes 2 Security Bills")."""
    found: set[str] = set()
    for text in texts:
        words = text.split()
        if words and not all(word[0].isupper() for word in words if len(word) > 3 and word[0].isalpha()):
            found.update(name.group() for name in _CAPITALISED_INSIDE.finditer(text))
    return frozenset(fold(name) for name in found if name.lower() not in lower_case)


def _is_a_place(address: str, places: AbstractSet[str]) -> bool:
    """Whether the name in ``address`` ("Mexico", ", Chicago,") is a place (see above)."""
    name = fold(address.strip(_AROUND_A_NAME))
    return name in places or name in _COUNTRIES_NO_ONE_IS_NAMED


# An interjection to someone opening a sentence sets the name after it off as the person spoken to: "Come on, Tom,
# the numbers say otherwise." named an actor (Tom), though it says nothing of him.  Not "Well," nor "Now,": "Well,
# Hale, as a state senator, cut the budget" may name what Hale did.
_INTERJECTED_ADDRESS = re.compile(
    r"[\W_]*(?i:come[ \t]+on|look|listen|hey|oh|sorry|please|excuse[ \t]+me|okay|ok|yes|no|honestly|seriously"
    r"|with[ \t]+(?:all[ \t]+(?:due[ \t]+)?)?respect)[ \t]*,[ \t]*"
    rf"(?P<name>{_BARE_ADDRESS}|{_NAMED_ADDRESS})[ \t]*,"
)


def _clause_follows(text: str, start: int) -> bool:
    """Whether ``text`` goes on at ``start`` with a clause of its own, a verb before the next comma ("Come on, Tom,
    the numbers say otherwise."): not an aside about the name, which then acts ("Look, Hegseth, the defense
    secretary, ordered the deployment.", "Yes, Obama, like Trump, deported millions", "Oh, Trump, of course,
    promised ...")."""
    comma = text.find(",", start)
    return _has_verb(text[start : len(text) if comma < 0 else comma])


def _without_vocatives(text: str, places: AbstractSet[str] = frozenset()) -> str:
    """``text`` with the person it speaks to ("Senator, ...", "..., Governor.") blanked, for ``_actor``; not when
    it says what that person did (see ``_addressee_acted``), nor a place (``places``: see ``_is_a_place``).  A line
    IN CAPITALS is read as written: "THAT IS NOT TRUE, SENATOR." named an actor (SENATOR), the titles being known
    in their written case only."""
    if not _shouted(text):
        return _blank_vocatives(text, places)
    blanked = _blank_vocatives(_as_written(text), places)
    return "".join(" " if mark == " " else character for character, mark in zip(text, blanked, strict=True))


def _blank_vocatives(text: str, places: AbstractSet[str]) -> str:
    """``_without_vocatives`` of a text as written."""
    if not _SET_OFF_MARK.search(text) or _addressee_acted(text):
        return text
    opening = _OPENING_ADDRESS.match(text) or _opening_name_before_a_reply(text, places)
    interjected = _INTERJECTED_ADDRESS.match(text) if opening is None else None
    if interjected and not _is_a_place(interjected.group("name"), places) and _clause_follows(text, interjected.end()):
        opening = interjected
    if opening:
        text = " " * opening.end() + text[opening.end() :]
    speaks_to_someone = _SECOND_PERSON.search(text) is not None
    closing = _CLOSING_ADDRESS.match(text, text.rfind(","))
    if closing and (
        closing.group(1)
        or speaks_to_someone
        or (_VERDICT_REPLY.fullmatch(text, 0, closing.start()) is not None and not _is_a_place(closing.group(), places))
    ):
        text = text[: closing.start()] + " " * (closing.end() - closing.start())
    inner = _INNER_NAMED_ADDRESS if speaks_to_someone else _INNER_ADDRESS
    return inner.sub(lambda address: " " * len(address.group()), text)


def _opening_name_before_a_reply(text: str, places: AbstractSet[str]) -> re.Match[str] | None:
    """The name opening ``text`` before a comma, when the rest of it is a reply to what was said ("Tom, that is
    false.": see ``_VERDICT_REPLY``) and it is no place (``_is_a_place``); None otherwise."""
    opening = _OPENING_NAME.match(text)
    if opening is None or _VERDICT_REPLY.fullmatch(text, opening.end()) is None:
        return None
    if _is_a_place(opening.group(), places):
        return None
    # a phrase opening with a function word is no one spoken to: "In Mexico, that is not the case.", "Under
    # Obama, that was true." (their names were blanked, and the sentences had "no checkable detail")
    first_word = _WORD.search(text, 0, opening.end())
    if first_word is None or fold(first_word.group()) in STOP_WORDS:
        return None
    return opening


_LOWER_CASE_WORD = re.compile(r"(?<![\w'’.-])[^\W\d_A-ZÀ-Þ][\w'’-]*")


#: what is no prose: a hashtag, an @handle, an e-mail address, a web address ("#mexico", "press@hobbs.az.gov"
#: wrote "mexico" and "hobbs" in lower case, so "HOBBS SIGNS THE BUDGET." named no one)
_TOKEN = re.compile(r"\S+")
_WEB_ADDRESS = re.compile(r"\bwww\.")


def _without_markup(text: str) -> str:
    """``text`` with its hashtags, handles and addresses blanked: a run of non-spaces holding "#", "@" or "://",
    and what follows "www." in one.  Token by token: the pattern ``\\S*[#@]\\S*`` was tried at each character of
    a run of non-spaces, and a 60 KB line of base64 in an article took 22 s."""

    def blanked(token: re.Match[str]) -> str:
        word = token.group()
        if "#" in word or "@" in word or "://" in word:
            return " "
        address = _WEB_ADDRESS.search(word)
        return word if address is None else word[: address.start()] + " "

    return _TOKEN.sub(blanked, text)


#: an article just before two words in lower case: they describe one thing ("a white house on the corner", "the
#: house democrats live in"), and made no ordinary words of "WHITE HOUSE" nor "HOUSE DEMOCRATS" in capitals
_AFTER_AN_ARTICLE = re.compile(r"(?<![\w'’-])(?i:a|an|the)\s+\Z")


def _written_together(prose: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether two lower-case words of ``prose`` are written one after the other, with no article before them."""
    # searched between positions, not in a slice: the lookbehind sees the letter before ("soothe white house")
    return prose[first.end() : second.start()].isspace() and not _AFTER_AN_ARTICLE.search(
        prose, max(0, first.start() - 12), first.start()
    )


def lower_case_words(texts: Iterable[str]) -> frozenset[str]:
    """The words written in lower case in ``texts`` (an article's sentences), for ``assess``; its prose only,
    not the hashtags, handles and addresses (``_without_markup``), which write names in lower case.  With them,
    each two such words written one after the other ("copyright law") in a sentence that writes capitals too, for
    ``_ordinary_subject``: one that writes none ("lol the white house is lying") tells nothing by its case."""
    found: set[str] = set()
    for text in texts:
        prose = _without_markup(text)
        cased = not _shouted(prose) and any(character.isupper() for character in prose)
        previous: re.Match[str] | None = None
        for word in _LOWER_CASE_WORD.finditer(prose):
            found.add(word.group())
            if cased and previous is not None and _written_together(prose, previous, word):
                found.add(f"{previous.group()} {word.group()}")
            previous = word
    return frozenset(found)


def _ordinary_subject(words: list[str], lower_case: AbstractSet[str]) -> bool:
    """Whether the subject of a line in capitals (``words``, two or more: "COPYRIGHT LAW") is a phrase the article
    writes in lower case, word after word ("copyright law"), so ordinary words, not a name: "COPYRIGHT LAW PROTECTS
    NEWS PHOTOGRAPHS." named an actor (COPYRIGHT) in an article about copyright law.  Each word written in lower
    case somewhere apart says nothing of them together: "the white pickup", "the house of representatives" make
    no ordinary words of "WHITE HOUSE" (``_plain_word_in_capitals``)."""
    lower = [_POSSESSIVE.sub("", word).rstrip(".-'’,:;!?").lower() for word in words]
    return len(lower) >= 2 and all(f"{first} {second}" in lower_case for first, second in pairwise(lower))


def _title_words(words: list[str], index: int) -> int:
    """How many words of a courtesy title or a rank's short form open at ``words[index]`` (see above): 2 for
    "First Lady", 1 for "Mr." or "Sen.", 0 for none."""
    word = words[index]
    if _SPOUSE_TITLE.match(word) and index + 1 < len(words) and words[index + 1].lower() in _SPOUSE_NOUN:
        return 2
    bare = word.rstrip(".")
    lower = bare.lower()
    if lower in _COURTESY_TITLES or (lower in _SHORT_RANKS and word.endswith(".")):
        return 1 if bare[:1].isupper() else 0
    return 0


#: endings of adjectives and adverbs, never of a name: "THIS IS OUTRAGEOUS." named an actor (OUTRAGEOUS); not "-ing",
#: which ends names in capitals ("BEIJING", "BOEING"), nor a short "-ly" ("ITALY", "KELLY")
_ADJECTIVE_ENDING = re.compile(r"\w{3,}(?:ous|ful|less|able|ible)|\w{4,}ly")
#: the labels of a news flash: "BREAKING: US TROOPS CROSS INTO MEXICO" named an actor (BREAKING)
_NEWS_FLASH_LABELS = frozenset("breaking developing exclusive update updated watch alert urgent".split())


#: the words after which a word in capitals is the subject, not a verb or an adverb by its ending: "AHMED WAS
#: ARRESTED." named no one (AHMED was read as a verb in -ed), nor "CONNOLLY SAYS ..." (an adverb in -ly)
_AFTER_A_SUBJECT = frozenset("is was are were has had have will would can could says said".split())
#: a verb or an adverb known only by its ending, which names in capitals have too (AHMED, SAEED, CONNOLLY)
_ENDING_ONLY = re.compile(r"\w{3,}ed|\w{4,}ly")


def _plain_word_in_capitals(
    name: str, lower_case: AbstractSet[str], subject: bool = False, before_a_verb: bool = False
) -> bool:
    """Whether ``name``, in a line written in capitals, is a common word and no acronym: "WILL THE SENATE APPROVE
    IT" named an actor (WILL), "SENATOR, YOU ..." (YOU), "THIS IS OUTRAGEOUS." (OUTRAGEOUS).  In capitals every
    word looks like an acronym, so each is read as a sentence's first word is (capitalised anyway, see ``_actor``):
    a name only when it is no common word (a stop word, a common opener, a news flash's label, a word the article
    writes in lower case elsewhere, in ``lower_case``), nor a verb (``_VERB``: "APPROVED", "BEGIN") or an adjective
    or adverb by its ending.  All but "US", which a headline in capitals means as the country.

    A word of the line's ``subject`` (the words opening it, see ``_shouted_subject``) is not judged by the
    article's lower-case words: a post writes names in lower case ("lol trump fans ..." above "TRUMP THREATENED
    MEXICO ..."), an article the words of one ("the white pickup" above "WHITE HOUSE DENIES REPORT."); and a
    word ``before_a_verb`` ("AHMED WAS ...") is no verb nor adverb by its ending alone."""
    lower = name.lower()
    if lower == "us":
        return False
    if (
        before_a_verb
        and _ENDING_ONLY.fullmatch(lower)
        and lower not in _KNOWN_VERB_FORMS
        and lower not in _ADVERBS_BEFORE_A_VERB
    ):
        return lower in STOP_WORDS or (not subject and lower in lower_case)
    return (
        lower in STOP_WORDS
        or (not subject and lower in lower_case)
        or lower in _SENTENCE_STARTERS
        or lower in _UNNAMED_SUBJECTS
        or lower in _COMMON_OPENERS
        or lower in _NEWS_FLASH_LABELS
        or _VERB.fullmatch(lower) is not None
        or lower in _BASE_VERB_SET
        or _ADJECTIVE_ENDING.fullmatch(lower) is not None
    )


def _shouted_subject(words: list[str]) -> int:
    """How many words open a line in capitals before its first stop word or verb (and through a word that ends
    in a comma or a colon): its subject when no article or pronoun opens it ("BORDER PATROL DENIES ...",
    "TRUMP THREATENED ..."; none in "THAT FIGURE IS FALSE.")."""
    for index, word in enumerate(words):
        lower = _POSSESSIVE.sub("", word).rstrip(".-'’,:;!?").lower()
        following = words[index + 1].lower().rstrip(".,:;!?") if index + 1 < len(words) else ""
        if lower in STOP_WORDS or lower in _BASE_VERB_SET or lower in _KNOWN_VERB_FORMS:
            return index
        if _VERB.fullmatch(lower) and not (
            following in _AFTER_A_SUBJECT or (index == 0 and _VERB.fullmatch(following))
        ):
            return index
        if word[-1:] in ",:;!?":
            return index + 1
    return len(words)


_BASE_VERB_SET = frozenset(_COMMON_VERBS + _BASE_ONLY_VERBS)
#: the verb forms known by name, not by their ending
_KNOWN_VERB_FORMS = frozenset({_third_person(verb) for verb in _COMMON_VERBS} | set(_IRREGULAR_PAST) | set(_SHORT_PAST))


def _actor(words: list[str], imperative: bool = False, lower_case: AbstractSet[str] = frozenset()) -> str | None:
    """The first word that names an actor: an institution, an acronym, a capitalised name; not the verb an
    ``imperative`` opens with ("names an actor (Compare)" was given for "Compare that to 2019, when ..."), nor a
    courtesy title before a name ("Mr. Smith": Smith).

    A first word capitalised, as every first word is, names an actor only when no other name does ("Tourism in
    Cancún grew ..." names Cancún) and when the article never writes it in lower case (``lower_case``, the
    words it does: "Copyright law protects ..." in an article about copyright is no actor's)."""
    opening: str | None = None  # the first word, when only its capital makes it a name
    spanish: str | None = None  # the first of ``_SPANISH_ACTOR_WORDS``
    shouted = all(map(_shouted, words))  # a line IN CAPITALS
    spanish_in_capitals: bool | None = None  # whether it is Spanish, once asked
    skip_until = 0  # the words of a title before a name are passed over
    subject = _shouted_subject(words) if shouted else 0
    if subject and _ordinary_subject(words[:subject], lower_case):
        subject = 0  # its words are judged by the article's lower-case words, as any word of the line is
    for index, word in enumerate(words):
        if index < skip_until or (index == 0 and imperative):
            continue
        title = _title_words(words, index)
        if title:
            after = words[index + title] if index + title < len(words) else ""
            if after[:1].isupper():  # "Mr. Smith", "First Lady Jill Biden": the name is the actor
                skip_until = index + title
                continue
            if title == 2 and word[0].isupper():  # "The First Lady said ...": the title names the office
                return " ".join(words[index : index + title])
        name = _POSSESSIVE.sub("", word).rstrip(".-'’")
        if _INITIALISM.fullmatch(word):
            return word
        lower = name.lower()
        following = words[index + 1].lower().rstrip(".,:;!?") if index + 1 < len(words) else ""
        # "AHMED WAS ARRESTED.", "MOHAMMED ARRESTED IN RAID": a word in -ed before a verb is its subject
        before_a_verb = following in _AFTER_A_SUBJECT or (index == 0 and _VERB.fullmatch(following) is not None)
        if shouted and name.isalpha() and _plain_word_in_capitals(name, lower_case, index < subject, before_a_verb):
            if lower in _ACTOR_WORDS:
                return name  # "THE SENATE APPROVED ...", in an article that writes "senate" too
            continue
        if shouted and (fold(lower) in _NO_ACTORS or _reads_as_a_spanish_verb(words, index) or _a_spanish_past(lower)):
            if spanish_in_capitals is None:  # the line's language read once, not for each word (quadratic)
                spanish_in_capitals = _spanish_in_capitals(words)
            if spanish_in_capitals:
                continue  # "SON MÁS DE 10,000 LAS TROPAS ...", "APRUEBA SENADO ...": Spanish words, as in lower case
        if len(name) >= 2 and name.isalpha() and name.isupper():
            if (
                index > 0
                and _DATING_WORD_AND_MONTH.fullmatch(f"{words[index - 1]} {word}")
                and is_spanish(" ".join(words).lower())
            ):
                continue  # "Desde MARZO, ...": the date, no one's name
            return name  # before stop words: "US" is not "us"
        if not name or lower in STOP_WORDS or name == "I" or _DATE.fullmatch(name) or fold(lower) in _NO_ACTORS:
            continue
        if _a_substance(words, index):
            if index == 1:
                opening = None  # "Chemical agents were found ...": no name either
            continue
        if lower in _ACTOR_WORDS:
            return opening or name  # "Mexico sends troops": Mexico
        if name[0].islower() and fold(lower) in _SPANISH_ACTOR_WORDS:
            # in lower case, an actor when no other word names one: the reasons given before stay ("El Senado",
            # capitalised, is a name as it was)
            spanish = spanish or name
            continue
        # A capital inside a sentence marks a name; the first word is capitalised anyway, so it
        # counts only when it is not a common way to start a sentence ("However", "Clearly").
        if name[0].isupper() and index > 0:
            return opening if opening and index == 1 else name  # "Mark Kelly voted": Mark
        if name[0].isupper() and _names_at_the_start(lower) and lower not in lower_case:
            if index == 0 and _opens_with_a_spanish_verb(words):
                continue  # "Aprueba Senado envío de tropas": the verb before its subject, Senado
            opening = name
    return opening or spanish


#: "Agents" are a substance after these words, and Spanish "agentes" before these: "Los agentes químicos fueron
#: hallados en una bodega." and "The chemical agents were found ..." named an actor (agentes), (agents), as "Los
#: agentes detuvieron a dos hombres." does
_SUBSTANCE_BEFORE_AGENTS = frozenset("chemical biological nerve toxic infectious pathogenic".split())
_SUBSTANCE_AFTER_AGENTES = frozenset(
    """quimico quimicos biologico biologicos patogeno patogenos toxico toxicos infeccioso infecciosos contaminante
    contaminantes nervioso nerviosos radiactivo radiactivos cancerigeno cancerigenos""".split()
)


def _a_substance(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is "agents" or "agentes" naming a substance, not people (see above)."""
    word = fold(words[index])
    if word in ("agent", "agents"):
        return index > 0 and fold(words[index - 1]) in _SUBSTANCE_BEFORE_AGENTS
    if word in ("agente", "agentes"):
        return index + 1 < len(words) and fold(words[index + 1]) in _SUBSTANCE_AFTER_AGENTES
    return False


#: a Spanish past form in capitals, read in lower case ("GANÓ", "LLEGARON"), is no name in a Spanish line: "EL MAS
#: GANÓ LAS ELECCIONES EN 2020." named an actor (GANÓ) once the words before it were read as Spanish (review24c)
_SPANISH_PAST_ENDING = re.compile(r"[a-zñáéíú]{2,}(?:[a-zñ]ó|aron|ieron)")


def _a_spanish_past(lower: str) -> bool:
    """Whether ``lower``, a word of a line in capitals in lower case, has a Spanish past form's ending (see above).
    Not a word opening with "sh", as no Spanish verb does: "SHARON STONE DONÓ 500 MIL DÓLARES ..." named an actor
    (STONE), "SHARON" read as a past in "-aron" ("LLEGARON").  Only at the start: des- before an h writes "sh" in
    Spanish verbs ("DESHABILITARON", "DESHICIERON", "DESHABILITÓ")."""
    return _SPANISH_PAST_ENDING.fullmatch(lower) is not None and lower not in _NOUNS_IN_O and not lower.startswith("sh")


def _spanish_in_capitals(words: list[str]) -> bool:
    """Whether ``words``, a line in capitals, are Spanish read in lower case: in capitals no function word is
    followed by a word in lower case, and ``is_spanish`` counts none ("SON MÁS DE 10,000 LAS TROPAS DE EU EN MÉXICO"
    named an actor (SON), as an acronym)."""
    return is_spanish(" ".join(words).lower())


def _opens_with_a_spanish_verb(words: list[str]) -> bool:
    """Whether ``words``, a Spanish text, open with one of the common verbs a Spanish headline puts before its
    subject (``_SPANISH_VERB_FORMS``, where it reads as one): "Aprueba Senado envío de tropas" named an actor
    (Aprueba), capitalised as a first word is, and "Llegan 200 soldados a Veracruz" (Llegan).  Not a name that is no
    verb of the list ("Irán envió tropas", "Da Nang ...": ``_reads_as_a_spanish_verb``), nor in English ("Dan Smith
    said ...")."""
    return _reads_as_a_spanish_verb(words, 0) and is_spanish(" ".join(words))


#: Common English words that open sentences and are no names, for a short article that never writes them in
#: lower case ("Water is wet.", "Go ahead, Dana." were checkable for "names an actor (Water)", "(Go)").  None is a
#: common first name, surname, place, company or publication: "Mark", "Bill", "Will", "May", "Hope", "Grace",
#: "Rose", "Frank", "Rich", "Price", "Young", "Brown", "Bush", "Trump", "Turkey", "China", "Jordan", "Time",
#: "Fortune", "Nature", "Science", "Fox", "Target", "Shell", "Jobs", "Rather" and "Copyright" are left out, and
#: stay names there.
_COMMON_OPENERS = frozenset(
    """
    water food life work money trade crime violence security safety health education poverty inflation
    unemployment employment migration immigration tourism energy oil housing climate weather history research
    data evidence information technology business industry agriculture production growth demand supply aid
    cooperation corruption fraud peace war conflict tension tensions pressure protests elections polls prices
    wages taxes tariffs exports imports remittances investment spending debt funding costs children women men
    families students residents citizens voters migrants refugees immigrants victims murders homicides
    kidnappings deaths arrests seizures attacks shootings
    go come wait stay sorry okay ok maybe perhaps again even only almost nearly just about around
    please look listen true false wrong
    most few fewer less much more such other each every all any enough certain various recent current
    previous former later earlier soon often sometimes always never already once twice
    despite during after before because although unless until whether without within between among across
    against along amid beyond behind toward towards upon unlike instead
    """.split()
)


def _names_at_the_start(lower: str) -> bool:
    """Whether the first word of a sentence (``lower``: in lower case) is a name for being capitalised: not a
    common way to start a sentence ("However", "Clearly", "Meanwhile"), a subject that names no one ("Others",
    "Critics") nor another common word ("Water", "Go")."""
    return (
        lower not in _SENTENCE_STARTERS
        and lower not in _UNNAMED_SUBJECTS
        and lower not in _COMMON_OPENERS
        and not lower.endswith(("ly", "ing"))
    )


def _strip_closers(text: str) -> str:
    """``text`` without its trailing whitespace, quotes, brackets and emphasis marks."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in _CLOSERS):  # isspace: what ``\s`` matches
        end -= 1
    return text[:end]


def _ends_with_question(text: str) -> bool:
    """Whether ``text`` ends with a question mark, perhaps followed by more of ``!?.…``."""
    tail = text[len(text.rstrip(_QUESTION_TAIL)) :]
    return "?" in tail or "؟" in tail or "？" in tail  # the Arabic and the full-width question marks too


# A statement that a rhetorical question follows in one sentence ("Congress spent about $3.5 billion on it and what
# did we get?", "The Senate approved 155 Marines - so why deny it?", "Mexico signed it, didn't it?") asserts its
# first part: it was skipped as a question, though the first part is a claim a fact-check has.  Only what comes
# before the question is judged, and only when it is a statement of its own: it does not open as a question ("Did
# the US send troops, and why?") and has a verb.  A question alone asserts nothing to check, even where it presumes
# something ("Why did the US send 10,000 troops?" asks, and may be asked by one who doubts it): it stays a question.
_QUESTION_OPENER = (
    r"(?:what|why|how|who|whom|whose|where|when|which|is|are|was|were|am|do|does|did|can|could|will|would|shall|"
    r"should|has|have|had|(?:is|are|was|were|do|does|did|has|have|had|ca|wo|could|would|should)n['’]t)\b"
)
#: where the question starts: after "and", "but" or "so" (perhaps after a comma), a semicolon or a dash
_THEN_A_QUESTION = re.compile(
    r"(?:,?[ \t]+(?:and|but|so)|[ \t]*[;—–]|[ \t]+--?)[ \t]+(?:(?:and|but|so|then|yet)[ \t]+)?"
    r"(?=" + _QUESTION_OPENER + ")",
    re.IGNORECASE,
)
#: a question tag: "..., didn't it?", "..., right?"
_QUESTION_TAG = re.compile(
    r",[ \t]*(?:(?:is|are|was|were|do|does|did|has|have|had|ca|wo|could|would|should)n['’]t[ \t]+"
    r"(?:it|he|she|they|we|you|there|that|I)|right)[ \t]*[?!.…]*\Z",
    re.IGNORECASE,
)
_OPENS_A_QUESTION = re.compile(r"[\W_]*" + _INTERJECTION + _QUESTION_OPENER, re.IGNORECASE)
#: a first part the writer does not assert: a hypothesis or a doubt ("Suppose the Pentagon sent 10,000 troops, and what
#: then?", "I doubt the Pentagon sent 10,000 troops, but who knows?", "Some people think the moon landing was faked in
#: 1969 - but was it?"), which with its question stays a question: it was checkable, some naming a made-up actor
#: ("names an actor (Suppose)")
_NOT_ASSERTED = re.compile(
    r"[\W_]*" + _INTERJECTION + r"(?:(?:even|only|but|and|so)[ \t]+)?"
    r"(?:if(?![ \t]+anything\b)|unless|suppose|supposing|assuming|assume|imagine|whether|whoever|(?:I[ \t]+)?wonder|"
    r"(?:I['’]m[ \t]+|I[ \t]+am[ \t]+)?not[ \t]+sure|(?:I|we)[ \t]+(?:doubt|wonder)|"
    r"(?:the[ \t]+)?question[ \t]+is|(?:some|many|a[ \t]+lot[ \t]+of)[ \t]+(?:people|folks)[ \t]+"
    r"(?:think|say|believe|claim|still[ \t]+(?:think|say|believe|claim)))\b",
    re.IGNORECASE,
)


def _statement_before_question(text: str) -> str | None:
    """The statement a rhetorical question follows in ``text`` (see above), or None."""
    bare = _strip_closers(text)
    if not _ends_with_question(bare):
        return None
    cut = _THEN_A_QUESTION.search(bare) or _QUESTION_TAG.search(bare)
    if cut is None:
        return None
    statement = bare[: cut.start()]
    if "?" in statement or _OPENS_A_QUESTION.match(statement) or _NOT_ASSERTED.match(statement):
        return None
    if not _has_verb(statement):
        return None
    return statement


#: a word in -s after another, then the quantity it acts on: "Mexico bans 10,000 US troops", "Trump Hosts 200 Mexican
#: Advisers", "Violence rises 40% in Sinaloa" (the word's group 2, the one before it group 1); not a year, which
#: dates a title ("Mexico deaths 2024", "Cartel killings 2025")
_VERB_AND_QUANTITY = re.compile(
    r"(?<![\w'’.-])([^\W_][\w'’.-]*)[ \t]+([^\W\d_]+[^\W\d_sui]s)[ \t]+"
    r"(?:(?:the|a|an|its|their|his|her|over|nearly|almost|about|another|some|more[ \t]+than|up[ \t]+to)[ \t]+)?"
    r"(?!" + RECENT_YEAR_DIGITS + r"\b)[$€£]?\d",
    re.IGNORECASE,
)


def _headline_with_a_verb(text: str, names: AbstractSet[str] = frozenset()) -> bool:
    """Whether a heading whose verb ``_has_verb`` does not know reports what someone did to a quantity (see above):
    "Mexico bans 10,000 US troops from its soil", a line of its own amid a text's paragraphs (a title there), was
    "heading without a verb".  The word in -s is a verb where it is no plural known by itself or by the word before
    it (``_known_plural``: "US troops 10,000", "Top 10 cartels") nor a noun in -ings ("Cartel killings 500"), nor
    the second of two capitalised words: a label and its value ("Quick Facts 10", "Ticket Prices $25", "Top Stories
    10 minutes ago", "View Comments 48", "Los Angeles Dodgers 5 New York Mets 3") were claims, the plural taken for
    a verb; a headline in Title Case ("Mexico Hosts 155 US Marines") is a title again, as before the rule.
    ``names``: the words the article writes as names (``written_as_names``)."""
    for found in _VERB_AND_QUANTITY.finditer(text):
        word = found.group(2).lower()
        if word.endswith("ings") or word in _NOT_PLURAL_WORDS or _known_plural(word, found.group(1)):
            continue
        capitalised = found.group(1)[0].isupper() and found.group(2)[0].isupper()
        if capitalised and not _counts_a_named_thing(text, found, names):
            continue
        return True
    return False


#: the rest of a quantity whose first digit ``_VERB_AND_QUANTITY`` found ("155", "3.5 million", "40%"), then the
#: first word after it (group 1) and the start of a second
_COUNTED_THING = re.compile(
    r"[\d.,:/–-]*(?:[ \t]*%|[ \t]+(?i:thousand|million|billion|trillion)\b)?[ \t]+([^\W\d_][\w'’.&-]*)[ \t]+\S"
)
#: words that begin no counted thing after a quantity: a stop word, or a rate's "per"
_NO_COUNTED_THING = STOP_WORDS | {"per"}
_ANY_DIGIT = re.compile(r"\d")


def _counts_a_named_thing(text: str, found: re.Match[str], names: AbstractSet[str]) -> bool:
    """Whether the quantity after two capitalised words (``found``) counts a thing the headline names after it, In
    Title Case, as a headline's object ("Mexico Hosts 155 US Marines For Joint Exercise", "Sheinbaum Rejects
    10,000 Troops Claim"): two words at least, the first capitalised and no stop word, and no number after them.
    Then the word in -s is a verb, not a label's plural: a label's value is the number alone or with its unit
    ("Quick Facts 10", "Top Stories 10 minutes ago", "Drug Seizures $3.5 billion"), a score has a number after the
    other team ("Los Angeles Dodgers 5 New York Mets 3"), a rate goes on with "Per" ("Ticket Prices $25 Per Seat"),
    and a list's label opens with a stop word ("Most Reads 5 Things to Know About the Border")."""
    if found.group(1).lower() in STOP_WORDS:
        return False
    thing = _COUNTED_THING.match(text, found.end())
    if thing is None or not thing.group(1)[0].isupper():
        return False
    word = thing.group(1)
    # "US" is a name in capitals ("155 US Marines"), "Per" a unit's ("$25 Per Seat")
    if not word.isupper() and word.lower() in _NO_COUNTED_THING:
        return False
    if _ANY_DIGIT.search(text, thing.end(1)) is not None:
        return False
    return "%" in text[found.end() : thing.start(1)] or _about_actors(found.group(1), text, thing.start(1), names)


#: how many words after a headline's quantity may name who it counts ("1,500 More Troops", "155 US Marines")
_COUNTED_WORDS = 3


#: what a listicle's title counts ("10 Charts That Explain The Border", "5 Things To Watch"): no actor's doing
_LIST_WORDS = frozenset(
    "things charts graphs maps photos pictures images videos stories moments ways reasons facts tips questions "
    "answers takeaways lessons signs myths quotes numbers books songs films movies shows places trends rules "
    "steps secrets mistakes ideas words".split()
)


def _about_actors(subject: str, text: str, counted: int, names: AbstractSet[str]) -> bool:
    """Whether a headline In Title Case whose quantity counts a thing is about actors, as a claim is: its subject or
    the thing counted an actor ("Senate Passes 2 Border Bills", "Trump Orders 200 Troops To Southern Border"), a
    name in capitals or a people ("155 US Marines", "200 Mexican Advisers").  A page's label In Title Case counts
    other things: "Latest Headlines 5 Things To Watch", "Career Stats 500 Home Runs", "Popular Searches 10 Cheapest
    Flights To Cancun", "Editors Picks 5 Books To Read" were checked, their label's plural taken for a verb.  A
    subject the article writes as a name elsewhere (``names``) is an actor too: "Sheinbaum Vetoes 2 Security Bills"
    was a title, skipped."""
    words = _words(text[counted : counted + 80])[:_COUNTED_WORDS]
    if words and words[0].lower() in _LIST_WORDS:
        return False  # "Reuters Graphics 10 Charts That Explain The Border": a list's title, whoever its subject
    if subject.lower() in _ACTOR_WORDS or fold(subject) in names:
        return True
    return any(
        word.lower() in _ACTOR_WORDS or (len(word) > 1 and word.isupper()) or _DEMONYM.search(word.lower())
        for word in words
    )


def _exclusion(text: str, words: list[str], kind: BlockKind, names: AbstractSet[str] = frozenset()) -> str | None:
    """Why the sentence is not a claim, or None (``names``: see ``_headline_with_a_verb``)."""
    # a run of Chinese or Japanese is one of ``words``, however long: counted as a reader counts it
    counted = word_count(text) if has_chinese_or_japanese(text) else len(words)
    if counted > MAX_WORDS:
        return f"too long to be one claim ({counted} words)"
    if _ends_with_question(_strip_closers(text)):
        return "question"
    if kind is BlockKind.RELATED:
        # "Related: - Trump signs order on cartels" matched a claim, as if the article said it
        return "a link to another story (a list of related stories), not a statement"
    if kind is BlockKind.PUBLISHER:
        # "The Associated Press is an independent global news organization ..." ending a story was a claim to research
        return "the publisher's description of itself (boilerplate), not a statement"
    if kind is BlockKind.NOTICE or is_notice(text):
        # "Copyright 2026 CNN." was checkable, "has a number (2026); names an actor (Copyright)"
        return "a notice of the page (copyright, transcript note), not a statement"
    if _announces_answers(text):
        return "title announcing questions and answers (not a statement)"
    if kind is BlockKind.HEADING:
        if _announces_questions(text):
            return "title announcing questions (not a statement)"
        if not _has_verb(text) and not _headline_with_a_verb(text, names) and not _has_spanish_verb(text):
            return "heading without a verb (a title, not a statement)"
    if kind is BlockKind.CELL and not _has_verb(text) and not _has_spanish_verb(text):
        # "Baja California Sur", "10,000 | US border": a label or a value of a table, not a sentence; a Spanish
        # cell's verb is one as a Spanish heading's is ("Son más de 10,000 las tropas de EU en la frontera",
        # "El Senado aprobó el ingreso de 155 marines" were labels)
        return "table cell without a verb (a label or value, not a statement)"
    if kind is BlockKind.CELL and _participle_label(text):
        # "Approved by Senate" (a column's label or a status) was checked, "names an actor (Approved)"
        return "table cell opening with a participle, without a subject (a label or value, not a statement)"
    if counted < MIN_WORDS:
        return f"too short ({counted} word{'' if counted == 1 else 's'})"
    if _ATTRIBUTION.match(text) and not _has_verb(text):
        return "attribution (who said the quote above), not a statement"
    if _is_attribution_alone(text):
        # "Trump said the next day." matched a claim, with its verdict (a possible match on "Trump" and "day")
        return "attribution alone (who said it, when or where, not what), not a statement"
    if _is_name_or_citation(text, words):
        return "a name or citation (no verb, no lower-case word), not a statement"
    unquoted = _QUOTED.sub(" ", text)
    if is_byline(text):
        return "imperative/filler (byline)"
    if text.rstrip().endswith(":"):
        return "imperative/filler (introduces what follows)"
    filler = _FILLER_START.search(unquoted) or _FILLER_ANYWHERE.search(unquoted)
    if filler:
        return f"imperative/filler ({filler.group(filler.lastindex or 0).lower()})"
    instruction = _instruction(unquoted)
    if instruction:
        return f"imperative/filler (instruction: {instruction})"
    opinion = _OPINION.search(unquoted)
    if opinion:
        return f"opinion marker ({opinion.group(1)})"
    # the whole sentence, not ``unquoted``: a quotation mark is what tells a quoted liking from the writer's own
    liked = _liking_marker(text)
    if liked:
        return f"opinion marker ({liked})"
    # blanking the person spoken to costs a pass over every sentence: only one naming a unit of time can be a cue
    if _TIME_UNIT.search(text) and _TIME_CUE.fullmatch(_without_vocatives(text).strip()):
        return "a cue of the talk (the time a speaker has), not a statement"
    return None


def _liking_marker(text: str) -> str | None:
    """The words saying the writer likes or dislikes a word or two ("I love", "is nice", "Me encanta"), or None
    (``text.short_liking``, which ``check``'s note reads too).  Such a sentence has nothing to research: "Hot water
    is nice." was a claim ("names an actor (Hot)") shown the hot-water claim as a possible match (0.92 in a file of
    four claims), "I love the Navy SEALs." "a caption or a fragment".  A quoted or attributed liking, a liking of a
    clause or of three words or more is read as before ('"I hate Mexicans," Trump said.', "Me gusta que haya
    10.000 soldados"), and so is a liking of a number ("I love 5G.", "We love the 1990s."): scan keeps what has a
    number to check, where check only notes that its matches are possible ones."""
    from .matching import STRONG_MATCH_WORDS  # here: assess's other readers need not load the matcher

    found = short_liking(text, STRONG_MATCH_WORDS)
    return None if found is None or found.has_number else found.marker


#: a moderator giving a speaker their time, the person spoken to set aside: "Congressman Hale, you have ninety
#: seconds." was a claim, "has a number (ninety)"; "you have used your time" is a cue too (``_TALK_OBJECT``)
_TIME_UNIT = re.compile(r"(?i:second|minute)")
_TIME_CUE = re.compile(
    r"(?i:you(?:['’]ve|[ \t]+have)(?:[ \t]+got)?[ \t]+(?:(?:just|only|another)[ \t]+)?(?:[\w-]+|\d+)[ \t]+"
    r"(?:more[ \t]+)?(?:seconds?|minutes?)(?:[ \t]+(?:left|remaining|to[ \t]+\w+|for[ \t]+(?:your[ \t]+)?\w+))?)"
    r"[ \t]*[.!]*"
)


def _is_name_or_citation(text: str, words: list[str]) -> bool:
    """A line of names and numbers in a citation's shape ("Riverton Elections Office, 2024.",
    "Mexico City, Mexico.", "AP Photo/Eduardo Verdugo"): parts set apart by commas or slashes, every
    word capitalised, no verb and no word that joins a sentence's parts ("With", "To").  Capitals
    say nothing in a line IN CAPITALS, and ``_has_verb`` does not know every verb, so a headline In Title Case ("Trump
    Threatens Mexico, Canada With 25% Tariffs.") is not one."""
    # parts set apart by commas, or by slashes as a photo's credit is ("(Reuters/Henry Romero)")
    if ("," not in text and "/" not in text) or not any(c.islower() for c in text):
        return False
    if any(word.lower() in _SENTENCE_JOINERS for word in words):
        return False
    return all(word[0].isupper() or word[0].isdigit() for word in words) and not _has_verb(text)


#: a quote's attribution on a line of its own: "— Claudia Sheinbaum, press conference"
_ATTRIBUTION = re.compile(r"^\s*(?:[—–―]|--)\s*[A-Z]")
#: a sentence that only says who said something and when or where, not what: "Trump said the next day.", "Officials
#: said on Tuesday.", "The Pentagon said in a statement.", "Sheinbaum told reporters on Monday."  Its subject is
#: one to five words with no comma, figure, verb or negation ("There are 10,000 troops, officials said." and "The
#: plan was said." are no attribution alone); the words after the verb say only when or where
#: (``_when_or_where_said``: what was said, "said 10,000 troops ...", "said no", "said that ...", "said it had ...",
#: is a claim or part of one).  "added", "adds", "noted" and "explained" only before a preposition ("added on
#: Tuesday"): "Congress added a week." is a claim.  "reported", "posted" and "tweeted" too, and only in what is
#: written (``_WRITTEN_SETTING``): "Reuters reported on Tuesday.", "Trump posted on Truth Social." ("CNN reported on
#: the White House." is what it reported on).  "wrote" only with where it was written ("Sheinbaum wrote in a
#: letter."): "Einstein wrote the letter." and "Orwell wrote in 1948." are claims (the first was one, word for word,
#: in a user's knowledge base)
#: the end of a sentence an attribution alone reads: its full stop and closing quotes
_ATTRIBUTION_END = r"[ \t]*[.!…]*[\"”’')]*"
#: a word of the subject of an attribution alone: letters first, no figure ("Sheinbaum", "EE.UU.", "O'Brien")
_SUBJECT_WORD = r"[^\W\d_][\w'’.-]*"
_ATTRIBUTION_ALONE = re.compile(
    rf"(?P<subject>{_SUBJECT_WORD}(?:[ \t]+{_SUBJECT_WORD}){{0,4}})[ \t]+"
    r"(?:(?P<said>said|says|stated|told[ \t]+(?:reporters|journalists|the[ \t]+press))|added|adds|noted|explained"
    r"|(?P<reported>reported|reports)|(?P<posted>posted|posts|tweeted|tweets)|(?P<wrote>wrote|writes))"
    r"(?P<when>(?:[ \t]+[\w'’.-]+,?)*)" + _ATTRIBUTION_END
)
#: words no subject of an attribution alone holds: a verb, a negation, "there" ("There was said ...")
_NO_ATTRIBUTION_SUBJECT = frozenset(
    "is are was were be been being has have had will would can could may might must do does did not no never there "
    "that which who what said says added adds noted explained stated wrote told reported posted tweeted".split()
)
#: the prepositions that open where or when something was said: "on Tuesday", "in a statement", "at a briefing"
_SAID_PREPOSITIONS = frozenset("on in at during".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
#: words that say when on their own, after the verb: "said late Friday", "said yesterday", "said Tuesday"
_WHEN_SAID = _WEEKDAYS | frozenset(
    "late early later earlier then also again previously separately recently today yesterday tonight".split()
)
#: words of a time after a preposition only ("on the same day", "in the morning", "at her briefing"): the same words
#: after the verb ("said the letter", "said the day") are what was said
_AFTER_SAID_PREPOSITION = (
    _WHEN_SAID
    | _MONTHS
    | frozenset(
        "the a an this last next same day week month year morning afternoon evening night weekend his her their its "
        "daily".split()
    )
)
#: where or in what something is said, after "said at", "said in", "said on" (lower case, one space between words):
#: the one list of the settings and platforms of an attribution alone ("at a press conference", "at the White House",
#: "at a rally", "in a post on X"), and a piece of media of ``text.MEDIA_NOUNS`` ("in a TikTok", "in an op-ed", "in a
#: video"), the list claimlike's note on the story and polarity read.  A closed list: a place that is a claim's
#: subject ("said in Mexico City", "at the border") is not on it; an interview may name whom it was with, in capitals
#: ("in an interview with Fox News": ``_partner_length``)
_SAID_SETTING = re.compile(
    r"(?:(?:televised|daily) )?(?:(?:(?:press|news) )?conferences?|briefings?|interviews?|speech(?:es)?|"
    r"address(?:es)?|statements?|rall(?:y|ies)|hearings?)"
    r"|letters?|press|news|(?:social )?media|white house|pentagon|truth social|x|twitter|facebook|" + MEDIA_NOUNS
)
#: where something is written, reported or posted, after "wrote in", "reported in", "posted on": a letter, a
#: statement, a platform or a piece of media of ``text.MEDIA_NOUNS`` ("in a story", "in a post on X", "on Truth
#: Social"); not a place ("reported on the White House", "posted at the Pentagon" say what was reported or where
#: troops are)
_REPORTED_SETTING = re.compile(r"letters?|statements?|" + MEDIA_NOUNS)
#: and a platform after "wrote on", "posted on", "tweeted on" ("Trump posted on Truth Social."); not after
#: "reported on", which says what a report is about ("Reuters reported on X.")
_WRITTEN_SETTING = re.compile(
    r"letters?|statements?|(?:social )?media|truth social|x|twitter|facebook|instagram|" + MEDIA_NOUNS
)
#: words of a count, which make "reported", "posted" a participle of what was counted ("Three deaths reported on
#: Tuesday.", "Dozens of videos posted on X.")
_QUANTITIES = frozenset(
    "one two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand thousands "
    "million millions several many some few more fewer most all no".split()
)
#: the most words a setting of ``_SAID_SETTING`` or ``_WRITTEN_SETTING`` has ("daily press conference")
_SAID_SETTING_WORDS = 3
#: the most words of the one an interview is with: after "the" ("in an interview with The New York Times"), and
#: else ("with Fox News", "with El Universal"); more words in capitals may be a claim in title case ("with CNN Mexico
#: Pays.")
_PARTNER_WORDS_AFTER_THE = 4
_PARTNER_WORDS = 2
#: words in capitals that end whom an interview was with: an answer, a claim ("with Fox News No.")
_PARTNER_STOPS = frozenset("no yes never not".split())
_DAY_OR_YEAR = re.compile(r"\d{1,2}(?:st|nd|rd|th)?|\d{4}")


def _attribution_alone(text: str) -> bool:
    """Whether the sentence only says who said something, and when or where (``_ATTRIBUTION_ALONE``)."""
    alone = _ATTRIBUTION_ALONE.fullmatch(text.strip())
    if alone is None:
        return False
    subject = alone.group("subject").split()
    if any(word.lower() in _NO_ATTRIBUTION_SUBJECT for word in subject) or _has_verb(" ".join(subject)):
        return False  # "There was said ...", "Prices fell officials said ...": a clause, no speaker
    if not _is_a_noun_phrase(subject):
        return False
    when = [word.rstrip(",.") for word in alone.group("when").split()]
    if alone.group("said") is None and not (when and when[0].lower() in _SAID_PREPOSITIONS):
        return False  # "Congress added a week.", "The agency noted 2024.": what was added or noted
    participle = alone.group("reported") or alone.group("posted")
    if participle and not _reports_or_posts(subject):
        return False  # "Three deaths reported on Tuesday.", "Videos posted on TikTok.": a headline's participle
    if alone.group("reported") is not None:
        return _when_or_where_said(when, _REPORTED_SETTING)
    if alone.group("posted") is not None:
        return _when_or_where_said(when, _WRITTEN_SETTING)
    if alone.group("wrote") is not None:  # where it was written, or the time is when the work was ("in 1948")
        return _when_or_where_said(when, _WRITTEN_SETTING, setting_needed=True)
    return _when_or_where_said(when, _SAID_SETTING)


def _is_attribution_alone(text: str) -> bool:
    """Whether ``text`` only says who said something, and when or where, in English or Spanish, subject or verb
    first ("Trump said the next day.", "Sheinbaum dijo el martes.", "Dijo Sheinbaum el martes.")."""
    return _attribution_alone(text) or _spanish_attribution_alone(text) or _spanish_verb_first_attribution_alone(text)


#: last words of a name in capitals ending in "s" that name who reports, not what was reported ("Reuters reported
#: on Tuesday.", "NBC News reported", "The New York Times reported"; "Explosions reported on Tuesday.", "US Marines
#: posted in a video." are a headline's participle)
_OUTLETS_ENDING_IN_S = frozenset("reuters axios news times".split())


def _reports_or_posts(subject: list[str]) -> bool:
    """Whether ``subject`` (as written) of "reported" or "posted" names who reported or posted, not what was (a
    headline's participle: "Explosions reported on Tuesday.", "Videos posted on TikTok.", "Images of US troops posted
    on X.", "Three deaths reported on Tuesday."): no count, and a head word (the last) that is a speaker's role
    ("officials"), a name of words all in capitals ("NBC News", "Trump", "Reuters"; not ending in a plural: "US
    Marines", "Troops"), or a word in the singular after a determiner ("The agency")."""
    folded = [fold(word) for word in subject]
    if any(word in _QUANTITIES for word in folded):
        return False
    head = folded[-1]
    if any(word in _SPEAKER_ROLES for word in folded):
        return True  # "Officials reported on Tuesday.", "A spokesman for the Pentagon posted on X."
    if all(word[:1].isupper() for word in subject):
        plural = head.endswith("s") and not subject[-1].isupper()  # "Marines", not "AP", "CBS"
        return not plural or head in _OUTLETS_ENDING_IN_S
    return (
        folded[0] in _SUBJECT_DETERMINERS
        and all(
            word[:1].isupper() or word_folded in _SUBJECT_DETERMINERS | _SUBJECT_LINKS
            for word, word_folded in zip(subject[1:-1], folded[1:-1], strict=True)
        )
        and not head.endswith("s")
    )


def _spanish_attribution_alone(text: str) -> bool:
    """Whether a Spanish sentence only says who said something, and when or where (``_SPANISH_ATTRIBUTION_ALONE``)."""
    alone = _SPANISH_ATTRIBUTION_ALONE.fullmatch(fold(text.strip()))
    if alone is None:
        return False
    # the subject's words as written (the pattern reads the folded text, which has no capitals): the subject opens
    # the sentence, its words are the first ones
    subject = text.split()[: len(alone.group("subject").split())]
    if any(fold(word) in _NO_SPANISH_ATTRIBUTION_SUBJECT for word in subject):
        return False
    if any(found.group() not in _NOUNS_IN_O for found in _SPANISH_VERB_ENDING.finditer(" ".join(subject))):
        return False  # "El peso cayó funcionarios dijeron ...": a verb, a clause before the speaker
    return _is_a_noun_phrase(subject)


#: words that join a clause to the next: a subject holding one is a claim and then its speaker, no speaker alone
#: ("Prices fell as officials said at a hearing.", "Trump mintió cuando dijo el martes.", "Trump lied and said ...")
_SUBJECT_CONNECTIVES = frozenset(
    "as when after before because since while if and but or nor than though although unless until whereas so "
    "cuando como mientras porque tras despues segun aunque si y e o u pero ni sino pues antes luego".split()
)
#: words a name may follow inside a noun phrase (folded): a determiner, "of"/"de", a title or a role ("the
#: Pentagon", "secretary of State", "president Claudia Sheinbaum", "spokesman John Ullyot", "el secretario de la
#: Defensa"), and before the verb a preposition of where a speaker is or whom they speak for (``_SUBJECT_PLACES``:
#: "Officials in Washington", "A spokesman for the Pentagon", "Funcionarios en Washington"); after any other word in
#: lower case a name or a pronoun opens a new subject ("Mexico pays Trump said", "Trump won the election he said",
#: "México ganó Sheinbaum dijo")
_SUBJECT_DETERMINERS = frozenset(
    "the a an this these those his her their its our my your some several many two three four five "
    "el la los las un una unos unas su sus este esta estos estas ese esa esos esas varios varias dos tres".split()
)
_SUBJECT_LINKS = frozenset("of de del".split())
#: not after the verb: "Dijo Sheinbaum en la frontera." says where she said it, a place of no list (a claim to
#: research, as "Sheinbaum said at the border." is)
_SUBJECT_PLACES = frozenset("in for at from en".split())
_SUBJECT_ROLES = _TITLES_BEFORE_A_NAME | frozenset(
    "spokesman spokeswoman spokesperson official officials vocero vocera portavoz canciller".split()
)
#: speakers named in lower case (folded), besides the titles and roles of ``_SUBJECT_ROLES``: "Dijeron funcionarios
#: estadounidenses ayer.", "Funcionarios en Washington"; not soldiers or troops, whose being somewhere is this
#: knowledge base's subject ("US soldiers in Mexico said in a statement." is a claim)
_SPEAKER_ROLES = _SUBJECT_ROLES | frozenset(
    "funcionario funcionaria funcionarios funcionarias voceros voceras portavoces gobierno autoridades fuentes "
    "presidentes secretarios ministros spokesmen spokeswomen spokespeople spokespersons".split()
)
#: what may follow a speaker's role in Spanish, lower case: "funcionarios estadounidenses"; any other word after it
#: may be what was said ("Dijeron funcionarios mentiras ayer.")
_SPANISH_ROLE_ADJECTIVES = frozenset(
    "estadounidense estadounidenses mexicano mexicana mexicanos mexicanas federal federales militar militares "
    "norteamericano norteamericanos".split()
)
_SUBJECT_PRONOUNS = frozenset("i he she it we they you ella ellos ellas yo nosotros usted ustedes".split())


def _is_a_noun_phrase(words: list[str], *, places: bool = True) -> bool:
    """Whether a subject of ``_ATTRIBUTION_ALONE`` or ``_SPANISH_ATTRIBUTION_ALONE`` (its words as written) is one
    noun phrase, a speaker: no word joining two clauses (``_SUBJECT_CONNECTIVES``), a determiner only first or after
    "of"/"de" (or, with ``places``, a preposition of ``_SUBJECT_PLACES`` right after a speaker's role: "Officials in
    Washington", not "Troops in Mexico"), and a name or a pronoun only first or after a capitalised word, a
    determiner, one of those or a title.  A subject that is not holds a claim before its speaker, with no comma ("We
    won Trump said at a rally.", "Troops in Mexico officials said on Tuesday.")."""
    folded = [fold(word) for word in words]
    if any(word in _SUBJECT_CONNECTIVES for word in folded):
        return False
    for index in range(1, len(words)):
        word, before = folded[index], folded[index - 1]
        place = places and before in _SUBJECT_PLACES and index >= 2 and folded[index - 2] in _SPEAKER_ROLES
        links = _SUBJECT_LINKS | {before} if place else _SUBJECT_LINKS
        if word in _SUBJECT_DETERMINERS and before not in links:
            return False  # "Prices rose the Pentagon said ..."
        opens = words[index][:1].isupper() or word in _SUBJECT_PRONOUNS
        if opens and words[index - 1][:1].islower() and before not in _SUBJECT_DETERMINERS | links | _SUBJECT_ROLES:
            return False
    return True


def _when_or_where_said(written: list[str], settings: re.Pattern[str], *, setting_needed: bool = False) -> bool:
    """Whether ``written`` (the words after "said", as written) say only when or where: "the next day" or "the same
    day", words of ``_WHEN_SAID``, and after a preposition those of ``_AFTER_SAID_PREPOSITION`` or a setting of
    ``settings``, an interview maybe with whom, in capitals ("in an interview with Fox News": ``_partner_length``);
    a day's number or a year only after "on", "in", a month or a day ("on 3 May", "on May 3, 2025", "in 2025"):
    "said 1500." is a claim.  With ``setting_needed``, only if they name a setting ("wrote in a letter", not "wrote in
    1948")."""
    words = [word.lower() for word in written]
    if words[:3] in (["the", "next", "day"], ["the", "same", "day"]):
        words, written = words[3:], written[3:]
    after_preposition = False
    named_a_setting = False
    before = ""
    at = 0
    while at < len(words):
        word = words[at]
        setting = _said_setting_length(words[at:], settings) if after_preposition else 0
        if setting:
            at += setting
            named_a_setting = True
            if words[at - 1].startswith("interview") and words[at : at + 1] == ["with"]:
                partner = _partner_length(written[at + 1 :])
                if not partner:
                    return False  # "said in an interview with the troops": a claim may go on
                at += 1 + partner
            before = words[at - 1]
            continue
        if word in _SAID_PREPOSITIONS:
            after_preposition = True
        elif _DAY_OR_YEAR.fullmatch(word):
            if not (before in ("on", "in") or before in _MONTHS or _DAY_OR_YEAR.fullmatch(before)):
                return False
        elif word not in _WHEN_SAID and not (after_preposition and word in _AFTER_SAID_PREPOSITION):
            return False
        before = word
        at += 1
    return named_a_setting or not setting_needed


def _said_setting_length(words: list[str], settings: re.Pattern[str]) -> int:
    """How many of the first ``words`` name a setting of ``settings`` ("white house": 2), the most it can; 0 if they
    name none."""
    for length in range(min(_SAID_SETTING_WORDS, len(words)), 0, -1):
        if settings.fullmatch(" ".join(words[:length])):
            return length
    return 0


def _partner_length(written: list[str]) -> int:
    """How many of the first ``written`` words name whom an interview was with: "the" maybe, then one to
    ``_PARTNER_WORDS`` words in capitals with no figure ("Fox News", "CNN"; after "the" up to
    ``_PARTNER_WORDS_AFTER_THE``: "the BBC", "The New York Times"); 0 if they name no one.  The words in capitals
    stop at the first in lower case or of ``_PARTNER_STOPS``: what follows says when ("on Tuesday") or is a claim
    ("that ...", "she rejected ...", "Mexico will pay ...", "No.", "Mexico Pays.", which no list of when holds)."""
    at = 1 if written[:1] and written[0].lower() == "the" else 0
    start = at
    most = _PARTNER_WORDS_AFTER_THE if at else _PARTNER_WORDS
    while (
        at < len(written)
        and at - start < most
        and _is_a_name_s_word(written[at])
        and written[at].lower() not in _PARTNER_STOPS
    ):
        at += 1
    return at if at > start else 0


def _is_a_name_s_word(word: str) -> bool:
    """A word of a name: a capital first, no figure ("Fox", "CNN", "McCain", "O'Reilly")."""
    return word[:1].isupper() and not any(character.isdigit() for character in word)


_SPANISH_WEEKDAY = "(?:" + "|".join(map(fold, SPANISH_WEEKDAYS)) + ")"


def _spaced(pattern: str) -> str:
    """``pattern`` with each of its spaces any run of spaces and tabs, as the English ``_ATTRIBUTION_ALONE`` reads
    them ("Sheinbaum  dijo el martes." is read as "Sheinbaum dijo el martes.")."""
    return pattern.replace(" ", r"[ \t]+")


#: when, in Spanish, in words folded (``text.fold``): "el martes", "este lunes", "el pasado viernes", "de este
#: martes", "el lunes 3 de mayo", "ayer", "la semana pasada", "el 3 de mayo de 2025", "en 2025"; not "una semana"
#: ("El Congreso añadió una semana." is a claim)
_SPANISH_WHEN_SAID = _spaced(
    r"(?:ayer|hoy|anoche|(?:el |este |del |de este )?(?:pasado )?" + _SPANISH_WEEKDAY + r"(?: pasado)?"
    r"(?: \d{1,2} de " + _SPANISH_MONTH + r"(?: de \d{4})?)?"
    r"|(?:esta|por la) (?:manana|tarde|noche)|esta semana|la semana pasada|el (?:mes|ano) pasado"
    r"|el \d{1,2} de " + _SPANISH_MONTH + r"(?: de \d{4})?|en " + _SPANISH_MONTH + r"(?: de \d{4})?|en \d{4})"
)
#: where or in what something is said, in Spanish, after "en" or "durante" (folded): ``_SAID_SETTING``'s settings
#: as Spanish news writes them ("en su conferencia matutina", "en la mañanera", "en la Casa Blanca", "en un video",
#: "en Truth Social")
_SPANISH_SAID_SETTING = _spaced(
    r"(?:en|durante) (?:(?:una?|el|la|los|las|su|sus) )?"
    r"(?:entrevistas?|comunicados?|conferencias?(?: de prensa| matutinas?)?|(?:conferencia )?mananeras?|"
    r"ruedas? de prensa|discursos?|mitin|mitines|audiencias?|cartas?|videos?|publicaci(?:on|ones)|mensajes?|"
    r"redes sociales|x|twitter|facebook|truth social|(?:la )?casa blanca|(?:el )?pentagono|palacio nacional)"
)
#: the verbs of a Spanish attribution alone (folded): the pattern's, and words its subject cannot hold
_SPANISH_SAID_VERBS = (
    "dijo dijeron afirmo afirmaron declaro declararon senalo senalaron informo informaron agrego agregaron anadio "
    "anadieron".split()
)
#: a Spanish sentence that only says who said something and when or where, its subject first (folded): "Sheinbaum
#: dijo el martes.", "El Pentágono dijo en un comunicado.", "Sheinbaum declaró a los periodistas el lunes.".  What
#: was said after it ("dijo el martes que ...", "dijo que no") or a place of no list ("dijo en la frontera") leave a
#: claim to research.  The verb first ("Dijo Sheinbaum el martes.") is ``_spanish_verb_first_attribution_alone``
_SPANISH_ATTRIBUTION_ALONE = re.compile(
    rf"(?P<subject>{_SUBJECT_WORD}(?:[ \t]+{_SUBJECT_WORD}){{0,4}})[ \t]+"
    r"(?:"
    + "|".join(_SPANISH_SAID_VERBS)
    + ")"
    + _spaced(r"(?: a (?:los |las )?(?:periodistas|reporteros|medios)| a la prensa)?")
    + r"(?:,?[ \t]+(?:"
    + _SPANISH_WHEN_SAID
    + "|"
    + _SPANISH_SAID_SETTING
    + r"))*"
    + _ATTRIBUTION_END
)
#: words no subject of a Spanish attribution alone holds (folded): a negation, a pronoun of the verb, a verb (those of
#: the pattern among them); the words that join two clauses are ``_SUBJECT_CONNECTIVES``
_NO_SPANISH_ATTRIBUTION_SUBJECT = frozenset(
    "no se que lo le les ya nunca tampoco tambien es fue era son ha han habia".split()
) | frozenset(_SPANISH_SAID_VERBS)
#: what may stand around the speaker of an attribution whose verb comes first (folded, each piece after a space and
#: maybe a comma): a day, a setting of ``_SPANISH_SAID_SETTING``, "a los periodistas" ("Dijo este martes la
#: presidenta.", "Declaró Sheinbaum a los periodistas el lunes.", "Afirmó el Pentágono en un comunicado.")
_SPANISH_SAID_AROUND = re.compile(
    r"(?:,?[ \t]+(?:"
    + _SPANISH_WHEN_SAID
    + "|"
    + _SPANISH_SAID_SETTING
    + "|"
    + _spaced(r"a (?:los |las )?(?:periodistas|reporteros|medios)|a la prensa")
    + r"))*,?"
)
#: what opens an attribution whose verb comes first, before the verb (folded words): "Según dijo Sheinbaum.", "Así lo
#: informó la Marina en un comunicado."
_SPANISH_VERB_FIRST_OPENERS: tuple[tuple[str, ...], ...] = (("segun",), ("asi", "lo"), ())
#: the words such an attribution opens with (folded)
_SPANISH_VERB_FIRST_WORDS = frozenset(["segun", "asi", *_SPANISH_SAID_VERBS])
#: the end of a sentence: its full stop and closing quotes, as ``_ATTRIBUTION_ALONE`` reads it
_SENTENCE_END = re.compile(_ATTRIBUTION_END + "$")
#: a word of a Spanish speaker: letters first, no figure ("Sheinbaum", "EE.UU.", "O'Brien")
_SPANISH_SUBJECT_WORD = re.compile(_SUBJECT_WORD)
#: the most words before the speaker that ``_SPANISH_SAID_AROUND`` may read ("este martes, en un comunicado, a los
#: periodistas"): a bound on the search, which a long line would make slow
_AROUND_BEFORE_WORDS = 12


def _spanish_verb_first_attribution_alone(text: str) -> bool:
    """Whether a Spanish sentence with its verb first only says who said something, and when or where: "Dijo
    Sheinbaum el martes.", "Afirmó el Pentágono en un comunicado.", "Según dijo Sheinbaum.".  After the verb (of
    ``_SPANISH_SAID_VERBS``) the speaker, with what ``_SPANISH_SAID_AROUND`` reads before or after it and nothing
    else: "Dijo que México rechazó las tropas.", "Dijo Sheinbaum en la frontera." and "Señaló el error en un
    comunicado." leave a claim to research."""
    first = text.split(maxsplit=1)[:1]
    if not first or fold(first[0]).rstrip(",") not in _SPANISH_VERB_FIRST_WORDS:
        return False  # most sentences: no word folded but the first
    words = _SENTENCE_END.sub("", text.strip()).split()
    folded = [fold(word) for word in words]
    for opener in _SPANISH_VERB_FIRST_OPENERS:
        verb = len(opener)
        if tuple(folded[:verb]) == opener and verb < len(words) and folded[verb].rstrip(",") in _SPANISH_SAID_VERBS:
            # in a line in capitals ("DIJO LA VERDAD EL MARTES.") a capital names no one
            capitals = any(character.islower() for character in text)
            return _names_a_speaker_alone(words[verb + 1 :], folded[verb + 1 :], capitals=capitals)
    return False


def _names_a_speaker_alone(words: list[str], folded: list[str], *, capitals: bool) -> bool:
    """Whether ``words`` (after a verb of saying, as written, and ``folded``) are a speaker of one to five words,
    with only a day, a setting or "a los periodistas" before or after it (``_SPANISH_SAID_AROUND``); ``capitals``:
    whether a capital may name the speaker."""
    for start in range(min(len(words), _AROUND_BEFORE_WORDS + 1)):
        if not _SPANISH_SAID_AROUND.fullmatch(_spaced_words(folded[:start])):
            continue
        for end in range(start + 1, min(start + 5, len(words)) + 1):
            speaker = [*words[start : end - 1], words[end - 1].rstrip(",")]
            # the speaker first: a few words, where the rest of a long line is many
            if _is_a_speaker(speaker, capitals=capitals) and _SPANISH_SAID_AROUND.fullmatch(
                _spaced_words(folded[end:])
            ):
                return True
    return False


def _spaced_words(words: list[str]) -> str:
    """``words`` each after a space, as ``_SPANISH_SAID_AROUND`` reads them ("" for none)."""
    return "".join(" " + word for word in words)


def _is_a_speaker(words: list[str], *, capitals: bool) -> bool:
    """Whether ``words``, after a Spanish verb of saying, name who said it: one noun phrase (``_is_a_noun_phrase``,
    no preposition of place: "Sheinbaum en la frontera" says where) of words with no figure, no negation nor verb,
    holding a name (a capital, where ``capitals``) or a speaker's title or role ("la presidenta", "funcionarios")."""
    folded = [fold(word) for word in words]
    if not all(_SPANISH_SUBJECT_WORD.fullmatch(word) for word in words):
        return False
    if any(word in _NO_SPANISH_ATTRIBUTION_SUBJECT for word in folded):
        return False
    if folded[0] in ("a", "al"):
        return False  # "Informó a Trump el martes.": whom she told, the speaker left out
    if any(found.group() not in _NOUNS_IN_O for found in _SPANISH_VERB_ENDING.finditer(" ".join(words))):
        return False
    if not _is_a_noun_phrase(words, places=False):
        return False
    if not _ends_at_its_name_or_role(words, folded, capitals=capitals):
        return False
    if capitals and any(word[:1].isupper() for word in words):
        return True
    return any(word in _SPEAKER_ROLES for word in folded)


def _ends_at_its_name_or_role(words: list[str], folded: list[str], *, capitals: bool) -> bool:
    """Whether each of ``words`` is a determiner, "de"/"del", a word in capitals (where ``capitals``), a speaker's
    role, or an adjective of ``_SPANISH_ROLE_ADJECTIVES`` after a role: "la presidenta Claudia Sheinbaum",
    "funcionarios de Estados Unidos", "funcionarios estadounidenses"; not "Pemex pérdidas", "el gobierno pérdidas",
    where the speaker ended before what was reported."""
    after_a_role = False
    for word, word_folded in zip(words, folded, strict=True):
        if word_folded in _SPEAKER_ROLES:
            after_a_role = True
        elif after_a_role and word_folded in _SPANISH_ROLE_ADJECTIVES:
            pass
        elif word_folded in _SUBJECT_DETERMINERS or word_folded in _SUBJECT_LINKS or (capitals and word[:1].isupper()):
            after_a_role = False
        else:
            return False
    return True


#: words a headline has and a name or citation has not ("Canada With 25% Tariffs", "Troops To Mexico")
_SENTENCE_JOINERS = frozenset(
    "a an to with for from by at as and or but on over after before into about against amid than not".split()
)


def _month_as_written(found: str) -> str:
    """The month ``_DATE`` found, without the full stop that ends a sentence after a full name
    ("opened in May." showed "has a date (May.)"); an abbreviation keeps its own ("Jan.")."""
    word = found.rstrip(".")
    # "June" and "July" are full names of four letters ("until June." showed "June."); "Sept." is short
    return word if len(word) > 4 or word in ("May", "June", "July") else found


#: a month in a line IN CAPITALS ("THE TROOPS STAY UNTIL JUNE." had no date): its full name, read as written
#: (``_as_written``); "MAY" and "MARCH" only after a preposition of time or next to a day or a year, as they are a
#: verb as often ("THE SENATE MAY VOTE", "TROOPS MARCH INTO MEXICO"), and no short form ("DEC", "MAR").  Not after
#: an adverb that may end a clause: "WHAT HAPPENS NEXT MAY SURPRISE YOU.", "THOSE WHO ARRIVE LATE MAY NOT GET IN."
#: had a date (MAY) after "next", "late", "early" or "last"
_SHOUTED_DATE = re.compile(
    r"\b(?:January|February|April|June|July|August|September|October|November|December)\b"
    r"|(?<=\bIn )(?:May|March)\b|(?<=\bOn )(?:May|March)\b|(?<=\bBy )(?:May|March)\b|(?<=\bOf )(?:May|March)\b"
    r"|(?<=\bSince )(?:May|March)\b|(?<=\bUntil )(?:May|March)\b|(?<=\bFrom )(?:May|March)\b"
    r"|(?<=\bBefore )(?:May|March)\b|(?<=\bAfter )(?:May|March)\b|(?<=\bDuring )(?:May|March)\b"
    r"|(?<=\d )(?:May|March)\b|(?:May|March)(?= \d)"
)


# A clock's hour says when, not how many: "We will be back at 11 a.m.", "Nos vemos a las once." and "La conferencia
# empieza a las diez de la mañana." were claims, "has a number (once)".  In English an hour is one only with
# what makes it one ("11 a.m.", "eleven o'clock", "10:30", "noon"): "Inflation stood at ten." and "Homicides fell
# by 10." are counts.  In Spanish "a las", "de las", "hasta las" (the hours) before an hour up to twelve is one,
# followed by what an hour is ("horas", "de la tarde", "en punto") or by the end of a clause; not a count ("a las
# diez mil familias", "llegó a las 32.", "pasaron de los 10 a las 14.": an hour past twelve, or past midnight, is
# one only with its minutes, "a las 15:30", "a las 00:30", or with "horas", "a las 20 horas"; "de la madrugada" says
# the hour as "de la mañana" does).  A clause that opens with "De las" and an hour's number alone counts among them:
# "De las 15, ninguna aceptó tropas." and "De las tres, ninguna aceptó ...".
_HOUR_IN_DIGITS = r"(?:(?:0?[1-9]|1[0-2])(?:[:.][0-5]\d)?|(?:00?|1[3-9]|2[0-3]):[0-5]\d)(?![.,:]?\d)"  # not "12.5%"
_HOUR_OF_THE_DAY = r"(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?(?=\s+(?:horas|hrs?\b))"  # "a las 20 horas"
_EN_HOUR = rf"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|{_HOUR_IN_DIGITS})"
_ES_HOUR = rf"(?:una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|{_HOUR_IN_DIGITS}|{_HOUR_OF_THE_DAY})"
#: what says a Spanish hour is one, after it: "de la tarde", "horas", "en punto"
_ES_HOUR_WORDS = r"\s+(?:de\s+la\s+(?:ma[ñn]ana|tarde|noche|madrugada)|horas|hrs?\b\.?|en\s+punto|y\s+(?:media|cuarto))"
#: where a clause's hour ends: its punctuation or the text's end, a day ("mañana", "el lunes")
_AFTER_AN_HOUR = r"(?=\s*(?:[.,;:!?)\]—–-]|$|ma[ñn]ana|(?:el\s+)?(?:" + SPANISH_WEEKDAY + r")\b))"
_CLOCK_TIME = re.compile(
    r"\b(?:(?:at|until|till|by|before|after|from|around)\s+(?:about\s+)?"
    rf"(?:{_EN_HOUR}\s*(?:o['’]clock|[ap]\.?m\b\.?)|\d{{1,2}}:\d\d(?!\d)|noon|midnight)"
    r"|(?:(?P<of>de)|a|desde|hasta|para|antes\s+de|despu[eé]s\s+de)\s+las?\s+"
    + _ES_HOUR
    # an hour with its minutes after a colon is one wherever the clause goes on: "La votación empieza a las 22:00 en
    # el Senado." was "has a number (22:00)"
    + rf"(?P<what>{_ES_HOUR_WORDS})?(?:{_AFTER_AN_HOUR}|(?<=:\d\d)))",
    re.IGNORECASE,
)
#: what may stand before a clause's first word
_CLAUSE_OPENERS = ',;:(¿¡"“«—–-'
#: A Spanish range of hours: "de las 22:00 a las 5:30", "desde las 9:00 hasta las 18:00", "de las diez de la mañana a
#: las dos de la tarde".  Its first hour is followed by the second, not by the end of a clause ``_CLOCK_TIME`` wants
#: after an hour: "El toque de queda rige de las 22:00 a las 5:30 en Reynosa." was "has a number (22:00)".  A range
#: is a clock's where one of its hours says it is one (its minutes, or "horas", "de la tarde") or where it ends as an
#: hour alone does; "El número pasó de las 10 a las 14 entidades." counts, as "a las 14 entidades" does
_CLOCK_RANGE = re.compile(
    rf"\b(?:de|desde)\s+las?\s+(?P<first>{_ES_HOUR})(?P<first_what>{_ES_HOUR_WORDS})?"
    rf"\s+(?:a|hasta)\s+las?\s+(?P<second>{_ES_HOUR})(?P<second_what>{_ES_HOUR_WORDS})?",
    re.IGNORECASE,
)
_AN_HOUR_ENDS = re.compile(_AFTER_AN_HOUR, re.IGNORECASE)
#: minutes after a colon, as a single hour's are (``_CLOCK_TIME``): "de las 3.50 a las 4.20 toneladas" counts tons
_MINUTES = re.compile(r":\d")


def _without_clock_times(text: str) -> str:
    """``text`` with its clock times blanked out, as long as it was."""
    if _CLOCK_RANGE.search(text):
        text = _CLOCK_RANGE.sub(partial(_blank_a_clock_range, text), text)
    return _CLOCK_TIME.sub(partial(_blank_a_clock_time, text), text) if _CLOCK_TIME.search(text) else text


def _blank_a_clock_range(text: str, hours: re.Match[str]) -> str:
    """Spaces for a range of a clock's hours (see ``_CLOCK_RANGE``), or its words where it may count things."""
    said = (
        hours.group("first_what")
        or hours.group("second_what")
        or _MINUTES.search(hours.group("first"))
        or _MINUTES.search(hours.group("second"))
        or _AN_HOUR_ENDS.match(text, hours.end())
    )
    return " " * len(hours.group()) if said else hours.group()


def _blank_a_clock_time(text: str, time: re.Match[str]) -> str:
    """Spaces for a clock time, or the words themselves where a clause opens with "De las" and a number alone."""
    if time.group("of") and not time.group("what"):
        before = time.start() - 1
        while before >= 0 and text[before].isspace():  # the spaces before it only: linear over all the matches
            before -= 1
        if before < 0 or text[before] in _CLAUSE_OPENERS:
            return time.group()
    return " " * len(time.group())


def _spanish_month_in_capitals(text: str) -> re.Match[str] | None:
    """A Spanish month in capitals that dates ``text`` (``_SPANISH_DATE_IN_CAPITALS``), in a Spanish text only (one
    in capitals read in lower case, as ``_has_spanish_verb`` reads it)."""
    found = _SPANISH_DATE_IN_CAPITALS.search(text)
    if found is None:
        return None
    return found if is_spanish(text.lower() if _shouted(text) else text) else None


def _signs(text: str, words: list[str], lower_case: AbstractSet[str], places: AbstractSet[str]) -> list[str]:
    signs: list[str] = []
    counted = _without_clock_times(text)
    number = (
        _DIGITS.search(counted)
        or _NUMBER_WORDS.search(counted)
        or (_SPANISH_NUMBER_WORDS.search(counted) if is_spanish(text) else None)
    )
    if number:
        signs.append(f"has a number ({number.group(0)})")
    else:
        date = (
            _DATE.search(text)
            or (_SHOUTED_DATE.search(_as_written(text)) if _shouted(text) else None)
            or (_SPANISH_DATE_WORD.search(text) if is_spanish(text) else None)
            or _spanish_month_in_capitals(text)
        )
        if date:
            # as the text writes it: "UNTIL JUNE" has a date (JUNE); a Spanish month without the word before it
            start, end = date.span("month") if "month" in date.re.groupindex else date.span()
            found = text[start:end]
            signs.append(f"has a date ({_month_as_written(found)})")
    addressed = _without_vocatives(text, places)
    actor = _actor(words if addressed is text else _words(addressed), _imperative(text) is not None, lower_case)
    if actor:
        signs.append(f"names an actor ({actor})")
    causal = _CAUSAL.search(text)
    if causal:
        signs.append(f"cause or effect ({causal.group(0).lower()})")
    comparative = _comparison(text)
    if comparative:
        signs.append(f"comparison ({comparative})")
    return signs


# A photo's caption ("Mexican soldiers in Culiacán.") or a written fragment ("Not in Mexico, though.") has no
# verb: it names people and places, and says nothing of them ("Mexican soldiers in Culiacán, where 200 US
# troops arrived in May" does).  ``_has_verb`` knows only common verbs, so a sentence is taken for verbless only
# when no word of it could be a verb it does not know: a word in -s that is no plural it knows after a name or a
# noun ("Mexico hosts US advisers.", "The army hosts ..."), or a word after a plural ("Residents walk past ...").
# A number, a date, a cause or a comparison still makes it a claim ("Over 10,000 US troops now in Mexico"), and a
# speaker's fragment is a claim said ("Mexican soldiers in our country.").
_CAPTION_WORDS = 12
#: plural nouns a caption names, besides ``_ACTOR_WORDS`` and ``_UNNAMED_SUBJECTS``
_PLURAL_NOUNS = frozenset(
    """residents migrants families relatives members workers protesters demonstrators students children
    vehicles trucks weapons drugs guns boats ships planes helicopters drones streets roads buildings homes
    supporters voters delegates leaders ministers victims""".split()
)
#: a demonym before a plural: "Mexican migrants", "Chinese workers" (not "Iran hosts")
_DEMONYM = re.compile(r"(?:ican|ian|ean|ese|ish)$")
_NOT_PLURAL_WORDS = frozenset(_NOT_PLURAL.split("|"))


def _plural(word: str) -> bool:
    """Whether ``word`` (in lower case) has the form of a plural noun or a verb's -s form."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _NOT_PLURAL_WORDS


def _may_hide_a_verb(words: list[str]) -> bool:
    """Whether a word of a sentence ``_has_verb`` found no verb in could be a verb it does not know (see above):
    a word in lower case, or any word in a line In Title Case ("Trump Hosts Mexican Advisers")."""
    title_case = all(not word[0].islower() or word.lower() in STOP_WORDS for word in words)
    previous = ""
    after_an_adverb = False
    for word in words:
        lower = word.lower()
        if previous and lower in _ADVERBS_BEFORE_A_VERB:
            after_an_adverb = True
            continue
        if (title_case or word[0].islower()) and previous and lower not in STOP_WORDS:
            # after an adverb, only a word in -s or -ed: "US troops just outside Reynosa" is a caption, whose
            # "outside" followed the plural "troops" once "just" was looked past
            after_a_plural = _plural(previous.lower()) and not lower.endswith("ly") and not after_an_adverb
            past = after_an_adverb and lower.endswith("ed")
            if after_a_plural or past or (_plural(lower) and not _known_plural(lower, previous)):
                return True
        previous = word
        after_an_adverb = False
    return False


def _known_plural(word: str, previous: str) -> bool:
    """Whether ``word`` (in -s) is a plural noun, by itself or by the word before it ("of missing migrants")."""
    if word in _ACTOR_WORDS or word in _UNNAMED_SUBJECTS or word in _PLURAL_NOUNS:
        return True
    before = previous.lower()
    return (
        not previous
        or before in STOP_WORDS
        or before.endswith(("ing", "ed"))
        or previous[0].isdigit()
        or (previous[0].isupper() and _DEMONYM.search(before) is not None)
    )


def _caption(text: str, words: list[str], signs: list[str]) -> bool:
    """Whether a sentence whose only sign is an actor is a caption or a fragment with no verb (see above).  Not a
    headline's "X: Y" ("Find of the year: a new cartel tunnel in Tijuana."), nor Spanish, whose verbs
    ``_has_verb`` does not know ("La presidenta rechazó la oferta de Trump.")."""
    return (
        len(signs) == 1
        and signs[0].startswith("names an actor")
        and len(words) <= _CAPTION_WORDS
        and ":" not in text
        and not _has_verb(text)
        and not _may_hide_a_verb(words)
        and not is_spanish(text)
    )


# The claim rules read English and Spanish words: a sentence mostly in another script has no actor, verb or cause
# they can see (Arabic has no capitals; a Russian sentence's first word was an actor with no verb, a caption), and
# was skipped: "مصر هي أكبر مستورد للقمح في العالم." was "no checkable detail" in an Arabic article while the
# claims file held it word for word.  Such a sentence is checked only where it matches a claim (``IF_MATCHED``):
# checked whatever it said, an Arabic or Russian page's captions, credits, menus and "follow us" lines were listed
# as claims to research next, and a figure's caption was shown a FALSE claim at 0.60 (review37a).  And only a
# sentence of a paragraph or a quotation that ends as a sentence does ("." and the like): a caption, a credit, a
# menu or a list of names seldom has a full stop; headings, list items and cells are skipped as before.
ANOTHER_SCRIPT = "mostly in another script than Latin, which the claim rules do not read"
#: the reasons ``assess`` gives a sentence that is checkable only if it matches a claim, each with the reason it is
#: skipped for when it does not (``scan.check_sentences``)
#: A German sentence whose verb the rules do not know ("Corona-Impfstoffe enthalten keinen Mikrochip.", "Trump
#: schickte Nationalgardisten an die Grenze.") was "no verb: a caption or a fragment", skipped though the claims file
#: held it word for word.  Such a sentence of running text (``reads_german``) is checked only where it matches a claim,
#: as one in another script is: a German caption that matches none is skipped as before.
GERMAN_UNREAD = "German, whose verbs the claim rules do not read"
IF_MATCHED = {
    ANOTHER_SCRIPT: "no checkable detail the claim rules read (another script); not matched",
    GERMAN_UNREAD: "no verb the claim rules read (German): a caption or a fragment, or a claim; not matched",
}
#: why ``assess`` skips a sentence in which the rules see no number, actor, cause or comparison
NO_DETAIL = "no checkable detail (no number, actor, cause or comparison)"
#: A sentence of running text or a list item in which the rules see no detail (``NO_DETAIL``) may still say what a
#: claim of the file says, in its words: a student's "Eating sugar makes children hyperactive." (a bullet point of an
#: essay) was skipped while the claims file held it word for word (teach47), as were "Bats are blind.", "Carrots help
#: you see in the dark.".  ``scan.check_sentences`` checks such a sentence and shows it, with this reason, only where
#: it strongly matches a claim it says in the claim's own words (``scan._RepeatedClaims``); else it is skipped for
#: ``NO_DETAIL`` as before.
REPEATS_A_CLAIM = "no number, actor, cause or comparison the claim rules see, but it matches a fact-check"
#: the kinds of block whose ``NO_DETAIL`` sentences are checked for a match (not headings, cells, notices...)
CHECKED_IF_NO_DETAIL = frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.ITEM})
#: what ends a sentence in the scripts ``_in_another_script`` finds: full stops (Latin, CJK's, Urdu's, Devanagari's
#: danda) and exclamation marks, before any closers
_SENTENCE_CLOSE = (".", "!", "…", "。", "！", "；", "｡", "۔", "।", "॥")
_READ_ONLY_IF_MATCHED = frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE})


def _unread_statement(text: str, kind: BlockKind) -> bool:
    """Whether ``text`` is a sentence of running text (``_READ_ONLY_IF_MATCHED``, closed as a sentence is) that is
    mostly in another script than Latin: one the claim rules cannot judge, to be checked only if it matches."""
    return (
        kind in _READ_ONLY_IF_MATCHED
        and _strip_closers(text).rstrip().endswith(_SENTENCE_CLOSE)
        and _in_another_script(text)
    )


def _unread_german(text: str, kind: BlockKind) -> bool:
    """Whether ``text`` is a German sentence of running text, closed as a sentence is (``GERMAN_UNREAD``)."""
    return (
        kind in _READ_ONLY_IF_MATCHED and _strip_closers(text).rstrip().endswith(_SENTENCE_CLOSE) and reads_german(text)
    )


def _in_another_script(text: str) -> bool:
    """Whether fewer than half the words of ``text`` are in Latin script (``units_by_script``)."""
    units = units_by_script(text)
    return bool(units) and 2 * units.count("LATIN") < len(units)


def assess(
    text: str,
    kind: BlockKind = BlockKind.PARAGRAPH,
    lower_case: AbstractSet[str] = frozenset(),
    *,
    spoken: bool = False,
    places: AbstractSet[str] = frozenset(),
    names: AbstractSet[str] = frozenset(),
) -> Checkability:
    """Whether ``text`` makes a checkable claim, and why (or why not).  ``lower_case``: the words the article
    writes in lower case (``lower_case_words``), which are no names when they open a sentence; ``spoken``: a
    speaker's words, whose fragments with no verb are claims said, not captions; ``places``: the names the article
    puts something in (``place_names``), which no reply is said to; ``names``: the words it writes as names
    (``written_as_names``), which act in a headline."""
    # a loop, not a call of assess on the clause: "Note that note that ..." thousands of times over
    # (hostile input) ran out of Python's recursion limit, a traceback; matched at a position (the
    # pattern has no '^'), not on a copy of the rest each time, so that it takes linear time
    dateline = _WIRE_DATELINE.match(text) or _DATED_DATELINE.match(text)
    start = dateline.end() if dateline else 0
    post_label = _POST_LABEL.match(text, start) or _advisory_who(text, start)
    if post_label and text[post_label.end() :].strip():  # "EDIT:" alone is a label, too short for a claim
        start = post_label.end()
    correction = _correction(text, start)
    if correction and text[correction[1] :].strip():  # "Correction:" alone is a label, too short for a claim
        label, start = correction
        if _ABOUT_THE_STORY.search(text, start):
            return Checkability(False, f"imperative/filler ({label}: a note on the story itself)")
    while pointer := _POINTER.match(text, start):
        start = pointer.end()
        if _TO_THE_READER.match(text, start):
            return Checkability(False, f"imperative/filler (instruction: {pointer.group(1).lower()})")
    text = text[start:]
    asserted = _statement_before_question(text)
    if asserted is not None:
        text = asserted
    words = _words(text)
    excluded = _exclusion(text, words, kind, names)
    if excluded:
        return Checkability(False, excluded)
    signs = _signs(text, words, lower_case, places)
    if not signs:
        if _unread_statement(text, kind):
            return Checkability(True, ANOTHER_SCRIPT)
        return Checkability(False, NO_DETAIL)
    if not spoken and _caption(text, words, signs):
        if _unread_statement(text, kind):  # the verbs it has are unknown to the rules
            return Checkability(True, ANOTHER_SCRIPT)
        if _unread_german(text, kind):
            return Checkability(True, GERMAN_UNREAD)
        return Checkability(False, f"no verb: a caption or a fragment ({signs[0]}), not a statement")
    return Checkability(True, "; ".join(signs))
