"""What a transcript adds to spoken words, taken off so that only the words are checked.

A debate or press-conference transcript puts a timestamp ("[00:12:34]", "00:12:34 -->"), a speaker
label ("SHEINBAUM:", "Sen. Cruz:", "Q:", ">> TRUMP:") and stage notes ("[CROSSTALK]", "(APPLAUSE)",
"[inaudible]") among the words.  Left in, "[00:12:09] MODERATOR: Governor, your answer." was a
checkable claim ("has a number (00:12:09); names an actor (MODERATOR)") and a speaker's words ran
into the next speaker's.  ``spoken_line`` says what of a line was said and whether a new speaker's
turn starts there (a turn is a block of its own: sentences never cross speakers).  A broadcast
transcript's label says more than the name ("SEN. TED CRUZ (R-TX):", "BERTRAND (voice-over):",
"WOLF BLITZER, CNN ANCHOR:"), a transcription service's gives a time ("Speaker 1 (00:12):"), and the
White House writes its question "Q    Mr. President, ..." (one space where a page collapses them, a label
only in a text with other speakers' labels: ``takes_bare_questions``): the speaker is the name alone.

A transcript often breaks a speaker's turn into paragraphs and labels only the first: the turn runs on
until the next label.  ``reads_as_transcript`` says when a text's labels are a transcript's (so that its
unlabelled paragraphs are the last speaker's) rather than an exchange an article quotes, and ``speakers``
whose words each paragraph is, for every reader of transcripts: a notice after the last turn ("Copyright
2026 CNN. All rights reserved.", the White House's "END") is nobody's, and ends the turn.  Some labels name
no speaker: an article's questions and answers ("Q: ...", "A: ..." with no other label) are the article's
own words, and a news dateline ("WASHINGTON:", "MEXICO CITY:") names a place.

An HTML transcript is read as a plain-text one (``labelled_blocks``): its paragraphs are the lines a
label may open ("<p><b>SEN. TED CRUZ (R-TX):</b> ...</p>", Rev's "<p>Speaker 1: (00:12)</p><p>...</p>").

Spoken filler ("uh", "um", a "you know," or "I mean," set off by commas, a "Like," opening a sentence)
is taken off a transcript's sentences by ``without_filler``: it is no part of a claim, and "Um" opening
a sentence was taken for an actor.

Subtitle files (SubRip .srt, WebVTT .vtt) are read by ``subtitle_blocks``: cue numbers, timing lines,
the WEBVTT header, NOTE/STYLE/REGION blocks and cue tags go; the cues' text runs on from cue to cue
until the speaker changes (a cue naming the turn's speaker again goes on with the turn), so a sentence
broken across cues is read whole, on the line it starts.  A video's transcript copied as text ("0:00" above each
caption, or opening its line) is read as captions are (``timed_caption_lines``, ``caption_blocks``), and Otter's
export, its name and time alone on a line ("Speaker 1  0:00"), as a labelled transcript (``takes_timed_labels``).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from .blocks import Block, BlockBuilder, BlockKind
from .lazyregex import LazyPattern
from .text import DENYING_LABELS

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_CLOCK = r"\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?"  # with seconds: a recording's time, not "10:30 a.m."
# "[00:12:34]", "(00:12)", "00:12:34", "00:12:34 -->", "00:00:01,000 --> 00:00:04,000": at the start of a
# line only, where a transcript puts it (a time inside a sentence, "at 10:30 the vote", is words).  A WebVTT
# timing's cue settings after its end time ("align:start position:10%") go with it: a line copied from a .vtt file
# kept them as words ("check" read "align:start position:10% There are ...", 0.75 where the words alone got 0.99)
_CUE_SETTINGS = r"(?:[ \t]+(?:align|position|size|line|vertical|region):[\w.%,\-]+(?=[ \t]|$))*"
_LEADING_TIME = re.compile(  # matched at a position: no "^"
    rf"[ \t]*(?:[\[(]{_TIME}[\])]|{_CLOCK}(?=[ \t]|$)|{_TIME}(?=[ \t]*-->))"
    rf"(?:[ \t]*-->(?:[ \t]*{_TIME}{_CUE_SETTINGS})?)?[ \t]*"
)
# Who speaks: ">>" (a new speaker in broadcast captions) with or without a name; a name in capitals
# ("SEN. CRUZ", "REP. OCASIO-CORTEZ", "Q", "A"); or a title and a name ("Sen. Cruz", "Mr. Smith").  A
# capitalised word alone ("Update:", "Note:") is no label: an article has those ...
_CAPS_NAME = r"[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]*(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]*){0,3}"
_TITLE = r"(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Pres|Sec|Gen|Sr|Sra|Lic)\.|President|Senator|Governor|Secretary|Speaker"
_TITLED_NAME = rf"(?:{_TITLE})[ \t]+[A-ZÀ-Þ][\w'’\-]*(?:[ \t]+[A-ZÀ-Þ][\w'’\-]*){{0,2}}"
# ... or the numbered speaker of a transcription service or a meeting's captions ("Speaker 1:", Rev, Otter, Zoom)
_NUMBERED_SPEAKER = r"(?i:speaker)(?:[ \t]+|_)\d{1,2}"  # "SPEAKER_01": a diarizer's (pyannote, WhisperX)
_ANY_NAME = rf"(?:{_NUMBERED_SPEAKER}|[A-ZÀ-Þ][\w'’.\-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.\-]*){{0,3}})"
# A broadcast transcript says more of who speaks after the name in capitals: their role after a comma ("WOLF
# BLITZER, CNN ANCHOR:", "CLAUDIA SHEINBAUM, MEXICAN PRESIDENT:"), and in parentheses a party and state
# ("SEN. TED CRUZ (R-TX):") or how they are heard ("BERTRAND (voice-over):", "(on camera)", "(through
# translator)": words in lower case).  Neither is the name; a number in parentheses ("Note (2025):",
# "GDP (2024):") or a name ("WASHINGTON (AP)") is no such aside.
_ROLE = r",[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]*(?:[ \t]+[A-ZÀ-Þ0-9&][A-ZÀ-Þ0-9'’.\-]*){0,7}"
_ASIDE = r"[ \t]*\((?:[a-z][a-z \-]{1,30}|[RDI](?:-[A-Z][A-Za-z. ]{0,14})?)\)"
# ... or any name followed by a timestamp, as transcription services write it ("Ted Cruz: (00:12)", "Speaker 1
# (00:12):")
_TIMED_NAME = rf"{_ANY_NAME}(?::(?=[ \t]*[\[(]{_TIME}[\])])|[ \t]*[\[(]{_TIME}[\])][ \t]*:(?=\s|$))"
# A fact-check's label in capitals ("FALSE: X", "MYTH: X") is no speaker: it says what the statement after
# it is, and the matcher reads it as a denial of X (text.DENYING_LABELS)
_VERDICT_LABEL = rf"(?i:{DENYING_LABELS}|true|mostly true|mostly false|half true|misleading|fact[\s-]*check(?:ed)?)"
# nor is an editor's ("UPDATE: ...", "EDITOR'S NOTE: ...") or a section's ("BOTTOM LINE: ...", "WHY IT
# MATTERS: ..."): no one says the paragraph it opens, and an article opening with two would read as a
# transcript (``reads_as_transcript``), all its paragraphs said by "UPDATE"; nor a press advisory's "WHO:",
# "WHAT:", "WHEN:", "WHERE:" (its lines were turns of speakers named WHO and WHEN, and the claim below "WHEN:
# Thursday" ran into it, said by WHEN)
_EDITORIAL_LABEL = (
    r"(?i:who|what|when|where|why|how|updated?|correction|clarification|editor['’]?s[ \t]+note|note"
    r"|breaking(?:[ \t]+news)?|exclusive"
    r"|watch|listen|read[ \t]+more|related|see[ \t]+also|photos?|video|live|opinion|analysis|disclaimer"
    r"|(?:the[ \t]+)?bottom[ \t]+line|why[ \t]+it[ \t]+matters|(?:the[ \t]+)?big[ \t]+picture|key[ \t]+points?"
    r"|key[ \t]+takeaways?|what[ \t]+(?:we|to)[ \t]+know|what['’]?s[ \t]+next|background|context"
    r"|by[ \t]+the[ \t]+numbers|(?:the[ \t]+)?latest)"
)
# "Question:" and "Answer:" with a capital (or in capitals): in lower case a line of wrapped prose opens with the
# rest of a phrase ("Critics were unmoved on Tuesday. Mexico's" above "answer: Mexico sent 10,000 ..."), and
# "answer:" was taken for an FAQ's label, the words before it a title
_ASKS_OR_ANSWERS = r"(?:Question|QUESTION|Answer|ANSWER)"
_SPEAKER = LazyPattern(  # matched at a position: no "^"
    rf"[ \t]*(?:>>[ \t]*(?:(?:{_ANY_NAME}|{_TITLED_NAME}):(?=\s|$))?"
    rf"|(?!(?:{_VERDICT_LABEL}|{_EDITORIAL_LABEL})[ \t]*[:,(])"
    rf"(?:{_CAPS_NAME}(?:{_ROLE})?|{_TITLED_NAME}|{_NUMBERED_SPEAKER}|{_ASKS_OR_ANSWERS})(?:{_ASIDE})?:(?=\s|$)"
    rf"|{_TIMED_NAME}"
    # the White House's question, "Q    Mr. President, ...": no colon, but spaces no sentence has
    r"|Q(?=[ \t\u00a0]{2,}\S))[ \t\u00a0]*"
)
# what of a label is not the name: ">>", the role, the aside, the timestamp, the colon
_NOT_THE_NAME = LazyPattern(rf"^>>[ \t]*|(?:{_ROLE})?(?:{_ASIDE})?(?:[ \t]*[\[(]{_TIME}[\])])?[ \t]*:?[ \t]*$")
# Stage notes a transcriber adds in brackets or parentheses; only these words, since "(AP)" or
# "[sic]" in an article are not notes.  A broadcast transcript marks where a recording runs ("(BEGIN
# VIDEOTAPE)", "(END VIDEO CLIP)") and where it ends ("(END)").
_NOTE_WORDS = (
    "applause|laughter|laughs|crosstalk|cross-talk|inaudible|unintelligible|indiscernible|music|cheers|cheering"
    "|booing|boos|silence|pause|coughs|coughing|sighs|overlapping|overtalk|background noise|audio gap"
    "|foreign language|speaking spanish|speaks spanish|in spanish|speaking in spanish|through interpreter"
    "|via interpreter|end of transcript|break|commercial break|technical difficulties|ovation|shouting|yelling"
    "|groans|groaning|gasps|murmurs|murmuring|chanting|chants"
    r"|speaking foreign language|(?:begin|end)[ \t]+(?:video|audio|videotape|sound|live)|end(?=[ \t]*[\])])"
)
# a Spanish transcript's ("versión estenográfica"): "(RISAS)" was read as a speaker's one-word sentence.  Only a
# whole parenthesis is such a note: "una pausa (pausa de 90 días en los aranceles de 25 por ciento)" in an
# article lost its figures
_SPANISH_NOTE_WORDS = (
    r"risas|aplausos|abucheos|silencio|pausa|fallas?[ \t]+de[ \t]+audio|sin[ \t]+audio|interferencia"
    r"|diafon[ií]a|habla[ \t]+en[ \t]+ingl[eé]s|en[ \t]+ingl[eé]s|fin[ \t]+de[ \t]+la[ \t]+transcripci[oó]n|receso"
    r"|gritos|porras|ovaci[oó]n|murmullos|m[uú]sica|ininteligible|inaudible|fuera[ \t]+de[ \t]+micr[oó]fono"
)
# Notes are combined and qualified: "(RISAS Y APLAUSOS)", "(APLAUSOS PROLONGADOS)", "(SCATTERED APPLAUSE)",
# "(STANDING OVATION)" were a speaker's words ("names an actor (RISAS)").  A whole parenthesis of note words joined
# ("(Risas y aplausos)", "(RISAS, APLAUSOS)") is a note in any case; one in capitals is a note when it holds a note
# word among a few other words in capitals, as a transcriber writes it ("(APLAUSOS DE PIE)", "(AUDIENCE LAUGHTER)").
# Not a figure, nor a word in lower case: "(PAUSA DE 90 DÍAS)" and "(pausa de 90 días en los aranceles)" are words.
_ANY_NOTE_WORD = rf"(?:{_NOTE_WORDS}|{_SPANISH_NOTE_WORDS})"
_NOTES_JOINED = r"(?:[ \t]*[,;/&][ \t]*(?:(?:and|y|e)[ \t]+)?|[ \t]+(?:and|y|e|with|con|then|luego)[ \t]+)"
_CAPITALS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]*"
#: words in capitals a note in capitals holds besides its note word, on either side of it
_MAX_OTHER_NOTE_WORDS = 4
_STAGE_NOTE = LazyPattern(
    rf"[\[(][ \t]*(?:"
    rf"(?i:(?:{_NOTE_WORDS})\b[^\[\]()\n]*)"
    rf"|(?i:{_ANY_NOTE_WORD}(?:{_NOTES_JOINED}{_ANY_NOTE_WORD})*)[ \t.…]*"
    # in capitals: no lower-case letter before the closing bracket, which is read once from each opening one
    rf"|(?=[^a-zß-öø-ÿ\[\]()\n]*[\])])(?:{_CAPITALS_WORD}[ \t,;/&]+){{0,{_MAX_OTHER_NOTE_WORDS}}}"
    rf"(?i:{_ANY_NOTE_WORD})\b(?:[ \t,;/&]+{_CAPITALS_WORD}){{0,{_MAX_OTHER_NOTE_WORDS}}}[ \t.…]*"
    r")[\])]"
)


@dataclass(frozen=True)
class SpokenLine:
    words: str  # the line without its timestamp, speaker label and stage notes
    new_turn: bool  # a speaker label (or ">>") opens the line
    speaker: str | None = None  # the name the label gives ("SHEINBAUM", "Sen. Cruz"; None for ">>" alone)


def spoken_line(
    line: str, bare_questions: bool = False, dotted_labels: bool = False, timed_labels: bool = False
) -> SpokenLine:
    """The words of one transcript line, whether a speaker's turn starts on it, and who speaks
    (``bare_questions``, ``dotted_labels``, ``timed_labels``: see ``opening``)."""
    start, new_turn, speaker = opening(line, bare_questions, dotted_labels, timed_labels)
    return SpokenLine(_STAGE_NOTE.sub(" ", line[start:]), new_turn, speaker)


def opening(
    line: str, bare_questions: bool = False, dotted_labels: bool = False, timed_labels: bool = False
) -> tuple[int, bool, str | None]:
    """Where the words of a line start, after its timestamp and speaker's label; whether a label opens it;
    and the name the label gives (None for ">>" alone: a new speaker, not named).  ``bare_questions``: "Q"
    and one space before a capital is the White House's question label too, in a text that
    ``takes_bare_questions``; ``dotted_labels``: "Q." and "A." are an FAQ's labels, in a text that
    ``takes_dotted_labels``; ``timed_labels``: a name and a time alone on a line ("Speaker 1  0:00") is
    Otter's label, in a text that ``takes_timed_labels``."""
    if timed_labels and (timed := _TIMED_LABEL_LINE.fullmatch(line)):
        return len(line), True, " ".join(timed["name"].split())
    start = _leading_time_end(line, 0)
    label = (
        _SPEAKER.match(line, start)
        or (_BARE_Q.match(line, start) if bare_questions else None)
        or (_DOTTED_LABEL.match(line, start) if dotted_labels else None)
    )
    if not label:
        return _leading_time_end(line, start), False, None
    name = _NOT_THE_NAME.sub("", label.group().strip(" \t\u00a0")).strip().rstrip(".")  # "Q." is "Q"
    return _leading_time_end(line, label.end()), True, name or None  # "SHEINBAUM: (00:12) ..."


#: the labels of questions and answers ("Q: ...", "A: ...", "Question: ...")
_QUESTION_AND_ANSWER = frozenset({"Q", "A", "QUESTION", "ANSWER"})


def asks_or_answers(name: str | None) -> bool:
    """Whether a label's name is a question's or an answer's ("Q", "A", "Question", "ANSWER")."""
    return name is not None and name.upper() in _QUESTION_AND_ANSWER


# An FAQ's labels written with a full stop: "Q. Are there US troops in Mexico?", "A. About 200 advisers."  "A." is
# an initial as often ("A. Lopez said"): they are labels only in a text that asks a question so
# (``takes_dotted_labels``).
_DOTTED_LABEL = LazyPattern(r"[ \t]*[QA]\.[ \t\u00a0]+(?=\S)")  # matched at a position: no "^"
_DOTTED_QUESTION_LINE = LazyPattern(r"^[ \t]*Q\.[ \t\u00a0]+[^\n]*\?[\"”’')\]*_ \t]*$", re.MULTILINE)


def takes_dotted_labels(text: str) -> bool:
    """Whether "Q." and "A." opening a line of ``text`` are an FAQ's labels: a line opens with "Q." and a
    question ("Q. Who approved the deployment?")."""
    return _DOTTED_QUESTION_LINE.search(text) is not None


# The White House's question with one space ("Q Mr. President, ...", "Q And the drones?"): its spaces are one in a
# page's paragraph (HTML collapses them) or a copy of it.  Alone, "Q Street was closed" would be a label: it is
# one only in a text with other speakers' labels (``takes_bare_questions``).
_BARE_Q = LazyPattern(r"[ \t]*Q[ \t\u00a0]+(?=[A-ZÀ-Þ\"“‘'])")  # matched at a position: no "^"
_BARE_Q_LINE = LazyPattern(r"^[ \t]*Q[ \t\u00a0]+[A-ZÀ-Þ\"“‘']", re.MULTILINE)


def takes_bare_questions(text: str, voices: int = 0) -> bool:
    """Whether a text's "Q" and one space opening a line ("Q Mr. President, ...") is the White House's question
    label: some line opens so, and other speakers' labels open lines of the text, two at least ("THE
    PRESIDENT:", "MS. LEAVITT:"; not "Q:" or "A:"), counting ``voices``: labels given apart from the text (a
    subtitle file's "<v Ted Cruz>")."""
    if not _BARE_Q_LINE.search(text):  # the lines are read only then: most texts have no such line
        return False
    if voices >= MIN_TURNS:
        return True
    others = voices
    for line in text.splitlines():
        _, labelled, name = opening(line)
        if labelled and name is not None and not asks_or_answers(name):
            others += 1
            if others >= MIN_TURNS:
                return True
    return False


# Otter.ai's export names the speaker and the time on a line of their own, two spaces between, the words on the
# lines below: "Speaker 1  0:00", "Jane Doe  1:02:03".  The name was read as a title and the speakers lost.  A name
# and a time are a schedule's line as often ("Keynote  9:30"): they are a label only in a text that
# ``takes_timed_labels``.
_TIMED_LABEL = (
    rf"[ \t]*(?!(?:{_VERDICT_LABEL}|{_EDITORIAL_LABEL})[ \t])(?P<name>{_NUMBERED_SPEAKER}|{_ANY_NAME})"
    rf"(?:[ \t]*\t|[ \t]{{2,}}){_TIME}[ \t]*"
)
_TIMED_LABEL_LINE = LazyPattern(_TIMED_LABEL)
_TIMED_LABEL_LINES = LazyPattern(rf"^{_TIMED_LABEL}$", re.MULTILINE)


def takes_timed_labels(text: str) -> bool:
    """Whether a name and a time alone on a line of ``text`` ("Speaker 1  0:00", "Jane Doe  1:02:03") is Otter's
    speaker's label: two such lines at least with words on the line below, and more than half of them with a name
    that opens two or more (a speaker speaks again; a schedule's "Keynote  9:30" and "Panel  10:15" name each
    part once, and a list of them has no words below each).  A numbered speaker ("Speaker 3") is a service's name
    for a voice, even when it speaks once."""
    if not _TIMED_LABEL_LINES.search(text):  # the lines are read only then: most texts have no such line
        return False
    names: Counter[str] = Counter()
    lines = text.split("\n")
    for line, below in pairwise(lines):
        label = _TIMED_LABEL_LINE.fullmatch(line)
        if label and below.strip() and not _TIMED_LABEL_LINE.fullmatch(below):
            names[" ".join(label["name"].split())] += 1
    labels = names.total()
    sure = sum(count for name, count in names.items() if count >= 2 or _NUMBERED_NAME.fullmatch(name))
    return labels >= MIN_TURNS and 2 * sure > labels


_NUMBERED_NAME = LazyPattern(_NUMBERED_SPEAKER)


def stage_notes(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Where the stage notes of a text are ("[CROSSTALK]", "(APPLAUSE)"), from ``start`` on."""
    return (note.span() for note in _STAGE_NOTE.finditer(text, start))


def _leading_time_end(line: str, start: int) -> int:
    time = _LEADING_TIME.match(line, start)
    return time.end() if time else start


# A numbered speaker's label opening one line given as a statement: "Speaker 2: ", "SPEAKER_01: ", "Speaker 1
# (00:12): ", and Otter's "Speaker 2 00:31 " (a time after the number, no colon).  A number and a colon or a time
# after "Speaker" name no one: "Speaker 2 of the House" and "Speaker Johnson said" are words
_NUMBERED_LABEL = re.compile(  # matched at a position: no "^"
    rf"[ \t]*{_NUMBERED_SPEAKER}(?:[ \t]*[\[(]{_TIME}[\])][ \t]*:?|[ \t]+{_TIME}[ \t]*:?|:)(?=[ \t])[ \t]*"
)


def spoken_statement(statement: str) -> str:
    """One statement as ``check`` reads it, without what a transcript's line puts before the words: a timestamp
    ("[00:12:31]", "(12:31)", "00:12:31"), a subtitle's timing ("00:00:01,000 --> 00:00:04,000") and a numbered
    speaker's label ("Speaker 2:", "SPEAKER_01:").  Pasted with a line, "Speaker" was a name the statement said in
    the place of the claim's "US".  A name's label ("TRUMP:") is left: a label in capitals may be a verdict's
    ("FALSE: X") or a feed's ("BREAKING: X"), which the matcher reads as such.  The statement as given when
    nothing but these would be left."""
    start = _leading_time_end(statement, 0)
    label = _NUMBERED_LABEL.match(statement, start)
    if label:
        start = _leading_time_end(statement, label.end())
    rest = statement[start:]
    return rest if start and rest.strip() else statement


# ---------------------------------------------------------------------------------------------
# Turns that run on over blank lines

#: labelled turns a text needs to read as a transcript
MIN_TURNS = 2
#: a title or a date line above a transcript is shorter than this, and has no sentence end in it (as captions read
#: one, ``_CAPTION_SENTENCE_END``): "A hearing on Mexico. March 3" is prose, and so, the cost, is "Remarks by Mr. Smith"
_HEADER_WORDS = 16


def reads_as_transcript(paragraphs: Iterable[tuple[bool, str]]) -> bool:
    """Whether a text is a transcript, from (a speaker's label opens it, its text) for each paragraph:
    two labelled turns at least, and no paragraph of prose before the first (a title, a date line or a
    notice may come first: "THIS IS A RUSH TRANSCRIPT.", "Copyright 2026 CNN.").  In a transcript a paragraph
    with no label is the last speaker's; an article that quotes an exchange ("CRUZ: ...", "HEGSETH:
    No.") after paragraphs of its own goes on in its writer's words after it."""
    turns = 0
    for opens_turn, text in paragraphs:
        if opens_turn:
            turns += 1
            if turns >= MIN_TURNS:
                return True
        elif turns == 0 and not _reads_as_header(text):
            return False
    return False


def _reads_as_header(text: str) -> bool:
    """A title, a date line or a notice (in capitals, or ``is_notice``), as transcripts open with."""
    if not any(char.islower() for char in text) or is_notice(text):
        return True
    if len(text.split()) > _HEADER_WORDS:
        return False
    from .claimlike import is_byline, is_date_line  # claimlike reads notices from here

    # a date line may end in a full stop: "Ciudad de México, a 4 de diciembre de 2026." above a "versión
    # estenográfica" made it no transcript, and its unlabelled paragraphs nobody's
    return not _CAPTION_SENTENCE_END.search(text) or is_byline(text) or is_date_line(text)


@dataclass(frozen=True)
class Paragraph:
    """What a transcript's reader knows of a paragraph to say whose words it is."""

    text: str  # its words (its first line, in plain text)
    opens_turn: bool = False  # a speaker's label (or ">>") opens it
    speaker: str | None = None  # the name that label gives
    heading: bool = False  # a heading: nobody's words, and the end of a turn


def speakers(paragraphs: Sequence[Paragraph]) -> list[tuple[bool, str | None]]:
    """Whose words each paragraph is: (a speaker's, the speaker's name).  A label starts a turn; in a
    transcript (``reads_as_transcript``) the paragraphs after it with no label are the same speaker's,
    until the next label, a heading or a notice (``is_notice``: the page's copyright, after the last
    turn), which are nobody's.  A label that names no speaker (``_naming_speakers``) starts no turn."""
    paragraphs = _naming_speakers(paragraphs)
    transcript = reads_as_transcript((p.opens_turn, p.text) for p in paragraphs)
    whose: list[tuple[bool, str | None]] = []
    spoken, speaker = False, None
    for paragraph in paragraphs:
        if paragraph.opens_turn:
            spoken, speaker = True, paragraph.speaker
        elif not transcript or paragraph.heading or is_notice(paragraph.text):
            spoken, speaker = False, None
        whose.append((spoken, speaker))
    return whose


# The places a news story's dateline names in capitals and a colon, as a speaker's label is written ("WASHINGTON:
# ...", "MEXICO CITY: ...", as South Asian papers and some wires write it): capitals, and the cities of the news
# from the US, Mexico and Central America.  "WASHINGTON (Reuters) - ..." is no label (``_ASIDE``).
_DATELINE_PLACES = frozenset(
    place.strip()
    for place in """WASHINGTON|NEW YORK|LOS ANGELES|CHICAGO|HOUSTON|MIAMI|SAN DIEGO|EL PASO|SAN ANTONIO|PHOENIX|TUCSON
    |AUSTIN|DALLAS|ATLANTA|BOSTON|SAN FRANCISCO|UNITED NATIONS|MEXICO CITY|CIUDAD DE MÉXICO|CIUDAD DE MEXICO|MONTERREY
    |GUADALAJARA|TIJUANA|CIUDAD JUÁREZ|CIUDAD JUAREZ|CULIACÁN|CULIACAN|HERMOSILLO|MATAMOROS|NUEVO LAREDO|REYNOSA
    |CHIHUAHUA|ACAPULCO|CANCÚN|CANCUN|OTTAWA|TORONTO|MONTREAL|HAVANA|GUATEMALA CITY|SAN SALVADOR|TEGUCIGALPA
    |MANAGUA|SAN JOSÉ|SAN JOSE|PANAMA CITY|BOGOTÁ|BOGOTA|CARACAS|QUITO|LIMA|SANTIAGO|BUENOS AIRES|BRASÍLIA|BRASILIA
    |SÃO PAULO|SAO PAULO|RIO DE JANEIRO|LONDON|PARIS|BERLIN|BRUSSELS|GENEVA|THE HAGUE|ROME|VATICAN CITY|MADRID
    |LISBON|VIENNA|WARSAW|MOSCOW|KYIV|KIEV|ISTANBUL|ANKARA|JERUSALEM|TEL AVIV|GAZA|BEIRUT|DAMASCUS|BAGHDAD|TEHRAN
    |CAIRO|RIYADH|DUBAI|DOHA|KABUL|ISLAMABAD|KARACHI|LAHORE|PESHAWAR|QUETTA|RAWALPINDI|NEW DELHI|MUMBAI|KOLKATA
    |CHENNAI|DHAKA|COLOMBO|KATHMANDU|BEIJING|SHANGHAI|HONG KONG|TAIPEI|TOKYO|SEOUL|PYONGYANG|MANILA|JAKARTA
    |BANGKOK|HANOI|SINGAPORE|KUALA LUMPUR|SYDNEY|CANBERRA|NAIROBI|LAGOS|ABUJA|JOHANNESBURG|ADDIS ABABA""".split("|")
)


def _naming_speakers(paragraphs: Sequence[Paragraph]) -> Sequence[Paragraph]:
    """The paragraphs, those whose label names no speaker read as the writer's, with no label:

    - every paragraph of a text whose labels are all "Q" and "A" (or "QUESTION", "ANSWER"): an article's
      questions and answers, its answers the article's own sentences (a briefing's "Q" comes with the
      other speakers' labels: "THE PRESIDENT:", "MS. LEAVITT:");
    - a news dateline: a place in capitals ("WASHINGTON:", "MEXICO CITY:") that labels one paragraph only
      (a speaker speaks more than once: "WASHINGTON:" is Denzel Washington's label in an interview), in a
      text that is no transcript without it (Lloyd Austin's one answer in a hearing is "AUSTIN:")."""
    named = Counter(p.speaker for p in paragraphs if p.opens_turn)
    if not named:
        return paragraphs
    if all(asks_or_answers(name) for name in named):
        return [replace(p, opens_turn=False, speaker=None) if p.opens_turn else p for p in paragraphs]
    if not any(count == 1 and _is_dateline(name) for name, count in named.items()):
        return paragraphs
    undated = [
        replace(p, opens_turn=False, speaker=None)
        if p.opens_turn and named[p.speaker] == 1 and _is_dateline(p.speaker)
        else p
        for p in paragraphs
    ]
    return paragraphs if reads_as_transcript((p.opens_turn, p.text) for p in undated) else undated


def _is_dateline(name: str | None) -> bool:
    return name is not None and " ".join(name.split()).upper() in _DATELINE_PLACES


def with_speakers(blocks: list[Block], turns: Mapping[int, str | None]) -> list[Block]:
    """The blocks, each turn's named after its speaker (``speakers``): ``turns`` gives the index of each
    block a label opens and the name the label gives.  A heading ends a turn; a table's cells are no
    part of it."""
    if not turns:
        return blocks
    heading = BlockKind.HEADING
    paragraphs = [Paragraph(b.text, i in turns, turns.get(i), b.kind is heading) for i, b in enumerate(blocks)]
    read: list[Block] = []
    for index, (block, (spoken, speaker)) in enumerate(zip(blocks, speakers(paragraphs), strict=True)):
        if spoken and block.kind is not BlockKind.CELL:
            block = replace(block, speaker=speaker, spoken=True)
        # a label that names nobody (an FAQ's "A:") still opens the block: no title
        read.append(replace(block, labelled=True) if index in turns else block)
    return read


_MAY_BE_LABELLED = (BlockKind.PARAGRAPH, BlockKind.QUOTE)


def labelled_blocks(blocks: Iterable[Block]) -> list[Block]:
    """The blocks of a page whose paragraphs are blocks (HTML: "<p><b>SEN. TED CRUZ (R-TX):</b> ...</p>")
    read as a transcript's lines are (``spoken_line``): a speaker's label opening a paragraph or a quote
    starts a turn and names its speaker, timestamps and stage notes are no words, and a label, a
    timestamp or a note alone is no paragraph; a label alone names the paragraph after it ("<p>Speaker 1:
    (00:12)</p><p>...</p>").  A label inside a paragraph is words: a browser shows it so."""
    read: list[Block] = []
    turns: dict[int, str | None] = {}
    label: tuple[str | None] | None = None  # a label whose words are still to come
    blocks = list(blocks)
    paragraphs = "\n".join(b.text for b in blocks if b.kind in _MAY_BE_LABELLED)
    bare_questions, dotted_labels = takes_bare_questions(paragraphs), takes_dotted_labels(paragraphs)
    for block in blocks:
        if block.kind in _MAY_BE_LABELLED:
            start, opens_turn, name = opening(block.text, bare_questions, dotted_labels)
            cuts = [(0, start), *stage_notes(block.text, start)] if start else list(stage_notes(block.text))
            if opens_turn:
                label = (name,)
            if cuts:
                taken = _without(block, cuts)
                if taken is None:
                    continue
                block = taken
        if label is not None and block.kind not in (BlockKind.HEADING, BlockKind.CELL):
            turns[len(read)] = label[0]
        label = None
        read.append(block)
    return with_speakers(read, turns)


def _without(block: Block, cuts: Iterable[tuple[int, int]]) -> Block | None:
    """The block without the text of ``cuts`` (spans of its text, in order), each line of what is left where it
    was; None when nothing is left."""
    pieces: list[str] = []
    kept_from = 0
    for start, end in cuts:  # each cut blanked, the text as long as it was: the marks still fit
        pieces += [block.text[kept_from:start], " " * (end - start)]
        kept_from = end
    text = "".join(pieces) + block.text[kept_from:]
    builder = BlockBuilder()
    marks = [*block.line_marks, (len(text), 0)]
    for (start, line), (end, _) in pairwise(marks):
        builder.add(text[start:end], line)
    builder.end_block(block.kind)
    return builder.blocks[0] if builder.blocks else None


# A transcript's notice: its copyright ("Copyright 2026 CNN. All rights reserved.", "© 2026 Cable News
# Network", "Copyright (c) 2026 ..."), CNN's "THIS IS A RUSH TRANSCRIPT..." and "TO ORDER A VIDEO...", the White
# House's "END  9:40 A.M. EDT".  No speaker opens a paragraph so: "(c)" and "Copyright" only count before a year
# and its holder, a name or "by" ("Copyright law ...", "(c) the troops ...", "Copyright 2019 filings rose ..."
# are words), "©" before either, "END" only alone or before a time of day.
_HOLDER = r"(?=[ \t]*(?:$|[^\w\s]|(?i:by)\b|[A-ZÀ-Þ]))"
_NOTICE = LazyPattern(
    rf"[ \t]*(?:(?:(?i:copyright)(?:[ \t]*(?:©|\([cC]\)))?|\([cC]\)|©)[ \t]*\d{{4}}\b{_HOLDER}|©[ \t]*(?=[A-ZÀ-Þ])"
    r"|THIS IS A RUSH TRANSCRIPT\b|TO ORDER A VIDEO OF THIS TRANSCRIPT\b"
    r"|END(?:[ \t\u00a0]+\d{1,2}:\d{2}[ \t]*[AP]\.?M\.?(?:[ \t]+[A-Z]{2,4})?)?[ \t\u00a0]*$)"
)
# "All rights reserved." alone or ending a notice's sentence ("Copyright 2026 CNN. All rights reserved."), not
# a sentence's own words ("The label said all rights reserved.")
_RIGHTS_RESERVED = LazyPattern(r"(?:^|[.,;:|•·–—-])[ \t]*(?i:all rights reserved)\W*$")
_NOTICE_WORDS = 12  # "All rights reserved." ends a short line of a notice, not a speaker's answer


def is_notice(text: str) -> bool:
    """Whether a paragraph is a notice of the page or the broadcaster, no one's words."""
    return bool(_NOTICE.match(text)) or (len(text.split()) <= _NOTICE_WORDS and bool(_RIGHTS_RESERVED.search(text)))


# ---------------------------------------------------------------------------------------------
# Spoken filler

# Hesitations: a word of their own ("uh-huh", "uh-uh" and "mm-hmm" are answers, yes and no; "UM" and "ER" in
# capitals are names, "mm" a unit: none is taken).  "err" is a verb too ("we err on the side of caution", "to err
# is human", "we err, I think, too often"): a hesitation only set off by commas or an ellipsis ("Err, the troops",
# "they are, err, there")
_HESITATION = r"(?:[Uu]h+|[Uu]h?m+|[Ee]r(?:r?m|rr+m?)?|(?:\A|(?<=[,.…][ \t]))[Ee]rr(?=,|\.\.\.|…)|[Hh]m+)(?![\w'’-])"
# "you know" and "I mean" are filler only set off by a comma after them ("you know, the troops"), opening the
# sentence, after a comma or after "and"/"but"/"so": "I mean it", "do you know, Senator, ...", "what I mean,
# Senator, is ..." and "you know that ..." say something.  "Like," only opens a sentence ("Like the US, ..." has
# no comma, and "there are, like, 10,000" says "about").
# (or by a full stop after hesitations, which go with it: "they are there, you know uh.")
_SET_OFF = (
    r"(?:[Yy]ou[ \t]+know|I[ \t]+mean)"
    rf"(?=[,.]|(?:[ \t]+{_HESITATION}(?:,|\.\.\.|…)?)*[ \t]+{_HESITATION}\.(?!\.\.)),?"
)
_HESITATION_WORD = rf"(?<![\w'’-]){_HESITATION}(?:,|\.\.\.|…)?"
# (the spaces before a hesitation are read from the first: from each space of a long run, the run was read to its end)
_FILLER = LazyPattern(
    rf"(?P<before>^|,[ \t]+|(?<=\b(?:and|but|And|But))[ \t]+|(?<=\b(?:so|So))[ \t]+|(?<![ \t])[ \t]+(?={_HESITATION}))"
    rf"(?:{_HESITATION_WORD}|{_SET_OFF}|\A[Ll]ike,)"
    r"[ \t]*"
)
# filler right after filler goes with it where the loose rules above would find it once the first had gone: a
# hesitation always; "you know," and "I mean," at the start ("Um, I mean, the"), where the comma before the first
# stays or after "and"/"but"/"so"; "Like," at the start
_NEXT_HESITATION = LazyPattern(rf"{_HESITATION_WORD}[ \t]*")
_NEXT_SET_OFF = LazyPattern(rf"(?:{_HESITATION_WORD}|{_SET_OFF})[ \t]*")
_NEXT_OPENING = LazyPattern(rf"(?:{_HESITATION_WORD}|{_SET_OFF}|[Ll]ike,)[ \t]*")
_JOINING_WORD = LazyPattern(r"(?:^|\W)(?:and|but|so|And|But|So)$")
# a comma before the filler is the word's before it ("Senator, uh, there are" keeps it), but for words that take
# none ("there are, uh, more than" reads "there are more than")
_NO_COMMA_AFTER = frozenset(
    "and but or so because that the a an of to is are was were be been have has had will would can could".split()
)
_TAIL = 32  # of the cleaned sentence, to read the word before a filler in: longer than any of _NO_COMMA_AFTER


def without_filler(sentence: str) -> str:
    """A spoken sentence without its filler; the sentence as it is when it has none, "" when it is all filler.

    One pass, each run of filler read once ("Um, and I mean, the ...": "Um," then "I mean,"): a hostile
    sentence of thousands of "uh" takes as long as one of as many words."""
    if not _MAY_HOLD_FILLER.search(sentence):
        return sentence
    kept: list[str] = []
    tail = ""  # the end of the sentence as cleaned so far
    position = 0
    while (found := _FILLER.search(sentence, position)) is not None:
        start = found.start()
        tail = (tail + sentence[position:start])[-_TAIL:]
        previous = (tail.split() or [""])[-1].lower()
        comma = "," in found.group("before") and previous not in _NO_COMMA_AFTER
        if start == 0:
            more = _NEXT_OPENING
        elif comma or _JOINING_WORD.search(tail):
            more = _NEXT_SET_OFF
        else:
            more = _NEXT_HESITATION
        end = found.end()
        while end < len(sentence) and (following := more.match(sentence, end)) is not None and following.end() > end:
            end = following.end()
        joint = _joint(sentence[end : end + 1], start, comma)
        kept.append(sentence[position:start] + joint)
        tail = (tail + joint)[-_TAIL:]
        position = end
    cleaned = ("".join(kept) + sentence[position:]).strip()
    if cleaned and not any(char.isalnum() for char in cleaned):
        return ""  # "Uh." or "Um, you know." said nothing
    if cleaned != sentence.strip() and sentence.lstrip()[:1].isupper():
        cleaned = cleaned[:1].upper() + cleaned[1:]  # "Uh, there are" -> "There are"
    return cleaned


_MAY_HOLD_FILLER = LazyPattern(rf"(?<![\w'’-]){_HESITATION}|[Yy]ou[ \t]+know|I[ \t]+mean|^[Ll]ike,")


def _joint(after: str, start: int, comma: bool) -> str:
    """What stands where the filler was: nothing at the start or before a mark, else the comma before it or a
    space (``after``: the character after the filler)."""
    if start == 0 or after in ("", ".", "!", "?", ",", ";", ":", "…"):
        return ""  # "Uh, there are", "they are there, you know."
    if not comma or after in "—–-":
        return " "
    return ", "


# ---------------------------------------------------------------------------------------------
# Subtitle files

_SUBTITLE_START = LazyPattern(
    rf"\A\ufeff?(?:WEBVTT(?:[ \t][^\n]*)?(?:\n|\Z)|\s*\d+[ \t]*\n[ \t]*{_TIME}[ \t]*-->[ \t]*{_TIME})"
)
_TIMING = LazyPattern(rf"^[ \t]*{_TIME}[ \t]*-->[ \t]*{_TIME}")
_VTT_BLOCK = LazyPattern(r"^(?:WEBVTT|NOTE|STYLE|REGION)(?:[ \t]|$)")
# "<v Ted Cruz>": a WebVTT voice, a new speaker.  A tag ends before the next "<": a "<" never closed ("<v a <v a
# ...", "x <y and <i>z</i>") is text, and no "<" is read again to the end of the line (100 KB of "<v a " took 8 s)
_VOICE = LazyPattern(r"<v(?:\.[\w.\-]+)?[ \t]+([^<>]*)>")
# other cue markup: <c.yellow>, <i>, </b>, <font ...>, karaoke times <00:00:01.000>
_CUE_TAG = LazyPattern(r"</?[a-zA-Z][^<>\n]*>|<\d{1,2}:[\d:.]+>")
# "- " opening a subtitle line: a second speaker in the same cue
_DIALOGUE_DASH = LazyPattern(r"^[ \t]*[-‐–][ \t]+")


def looks_like_subtitles(text: str) -> bool:
    """Whether a text starts as a WebVTT file ("WEBVTT") or a SubRip file (a cue number, then a timing line)."""
    return bool(_SUBTITLE_START.match(text))


def subtitle_blocks(text: str) -> list[Block]:
    """The spoken text of a SubRip or WebVTT file: a block per speaker's turn, each line of words
    numbered as in the file.  A line that repeats the line before it (rolling captions show each
    line twice, in two cues) is read once."""
    return caption_blocks(_cue_text_lines(text))


def caption_blocks(lines: Iterable[tuple[int, str]]) -> list[Block]:
    """The spoken text of captions' lines of words, (line number, line) each: a block per speaker's turn (a line
    a block in captions with no punctuation), each line numbered as given."""
    builder = BlockBuilder()
    previous = ""
    speaker: str | None = None  # who speaks in the turn being read, when a voice or label names them
    cues = [(number, cue_line, _VOICE.search(cue_line)) for number, cue_line in lines]
    plains = [html.unescape(_CUE_TAG.sub("", _VOICE.sub("", _DIALOGUE_DASH.sub("", line)))) for _, line, _ in cues]
    # "Q Mr. Senator, where ...": the White House's question label, as in a plain transcript; it was left in the
    # words of the speaker before
    bare_questions = takes_bare_questions("\n".join(plains), voices=sum(1 for *_, voice in cues if voice))
    names_cues = _names_cues(plains)
    # Captions a machine wrote (YouTube's automatic ones) have no punctuation at all: read on from cue to cue, an
    # hour of debate was one sentence, one match for all of it ("there are more than ten thousand us troops" lost
    # to "the united states has spy planes ...", said 'the opposite' for a "never" elsewhere).  Each line of them
    # is read as a sentence of its own: a claim cut across two lines may be missed, but one in a line is found.
    unpunctuated = not any(_CAPTION_SENTENCE_END.search(plain) for plain in plains)
    for (number, cue_line, voice), plain in zip(cues, plains, strict=True):
        dash = bool(_DIALOGUE_DASH.match(cue_line))
        spoken = spoken_line(plain, bare_questions)
        if names_cues and not spoken.new_turn and (label := _NAMED_CUE.match(spoken.words)):
            spoken = SpokenLine(spoken.words[label.end() :], True, label.group("name"))
        words = " ".join(spoken.words.split())
        named = spoken.speaker or (_voice_name(voice) if voice else None)
        # A captioner (YouTube, Zoom, a broadcaster's WebVTT) names the speaker in every cue: the same name
        # as the turn's goes on with the turn, so that a sentence cut across two cues is read whole ("<v Hale>
        # there are more than ten thousand" then "<v Hale>US troops in Mexico" were two sentences, neither
        # matched).  A dash or ">>" names no one: always another speaker.
        if (voice or dash or spoken.new_turn) and (dash or named is None or named != speaker):
            builder.end_block(BlockKind.PARAGRAPH, speaker, spoken=True)
            speaker = named
        if not words or words == previous:
            continue
        builder.add(" " + words, number)
        previous = words
        if unpunctuated:
            builder.end_block(BlockKind.PARAGRAPH, speaker, spoken=True)
    builder.end_block(BlockKind.PARAGRAPH, speaker, spoken=True)
    return builder.blocks


# What ends a sentence in captions a person punctuated: a full stop, a question or an exclamation mark, an ellipsis;
# not the stops of an abbreviation ("u.s.", "d.c.") that automatic captions write
_CAPTION_SENTENCE_END = LazyPattern(r"(?<!\.\w)(?<!^\w)(?<!\s\w)[.?!…](?=\W|$)")


# Zoom's captions name the speaker in every cue, in mixed case: "Jane Doe: There are ...".  "Ted Cruz:" opening a
# line of prose is words as often (an article's "Mexico: ..."), so such a name is a label only in captions that
# give one in half their lines or more, most of them names that open two cues or more (``_names_cues``): it was read
# as an actor ("names an actor (John)"), and "Smith" set against the claim's "US"
_NAMED_CUE = LazyPattern(
    rf"[ \t]*(?!(?:{_VERDICT_LABEL}|{_EDITORIAL_LABEL})[ \t]*:)(?P<name>{_ANY_NAME}):(?=[ \t]|$)[ \t]*"
)


def _names_cues(lines: Sequence[str]) -> bool:
    """Whether captions name their speaker in mixed case ("Jane Doe: ...") as Zoom's do: at least two of their
    lines, and half of them, open with such a name, and more than half of those with a name that opens another
    line too.  A meeting's speakers speak again; a news clip's headlines and datelines ("Donald Trump: US troops
    will go into Mexico.", "Mexico: ...", "United States: ...") name each once, and were taken as speakers: the name
    left the words, and the cue after it, unnamed, was credited to "Mexico"."""
    names = Counter(
        " ".join(label["name"].split())
        for line in lines
        if (label := _NAMED_CUE.match(line, _leading_time_end(line, 0)))
    )
    named = names.total()
    again = sum(count for count in names.values() if count >= 2)
    return named >= MIN_TURNS and 2 * named >= len(lines) and 2 * again > named


# A video's transcript copied as text (YouTube's "Show transcript"): each caption's time, "0:00", on a line of its
# own above its words or opening their line ("0:04 us troops in mexico").  Read as plain text, the whole file was
# one sentence, "0:00" a number in it, and nothing matched.
# YouTube writes no zero before the first figure ("0:04", "12:34", "1:02:03"): "00:00:05" is a recording's clock,
# as other transcripts write it (``_LEADING_TIME``), and those are read as labelled lines are
_CAPTION_TIME = LazyPattern(
    r"[ \t]*(?:(?P<hours>[1-9]\d?):(?P<long_minutes>[0-5]\d)|(?P<minutes>0|[1-9]\d?)):(?P<seconds>[0-5]\d)"
    r"(?:[ \t]+|[ \t]*$)"
)
#: captions a text needs to read as a video's transcript
_MIN_CAPTIONS = 3
#: of a video's transcript's lines with words, at most one in this many neither opens with a time nor is below one
#: (a chapter's title: YouTube writes them in the transcript)
_STRAY_LINE_PER = 5


def timed_caption_lines(text: str) -> list[tuple[int, str]] | None:
    """The lines of words of a video's transcript copied as text, (line number, words) each, the times taken off;
    None when ``text`` does not read as one.  It does when its shape says so: three captions at least, each a time
    on a line of its own above a line of words or opening one, their times never going back and the first in the
    video's first minute ("0:00", "0:07": an agenda's "9:00 Doors open" is a clock's), and four lines in five or
    more a caption's.  An article that lists times among its paragraphs ("At 0:00 the polls closed.") is prose."""
    lines = text.split("\n")
    with_words = sum(1 for line in lines if line.strip())
    stray_allowed = with_words // _STRAY_LINE_PER
    read: list[tuple[int, str]] = []
    captions = stray = 0
    last_time = -1
    below_time = False  # the line before (blank lines aside) was a time alone
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        time = _CAPTION_TIME.match(line)
        if time is None:
            words = line
            captions += below_time
            stray += not below_time
            below_time = False
        else:
            hours, minutes, seconds = (int(time[part] or 0) for part in ("hours", "minutes", "seconds"))
            at = 3600 * hours + 60 * (minutes + int(time["long_minutes"] or 0)) + seconds
            if at < last_time or (last_time < 0 and at >= 60):
                return None
            last_time = at
            words = line[time.end() :]
            stray += below_time  # a time above a time: no words of its own
            below_time = not words.strip()
            captions += not below_time
        if stray > stray_allowed:
            return None
        if words.strip():
            read.append((number, words))
    stray += below_time
    return read if captions >= _MIN_CAPTIONS and stray <= stray_allowed else None


def _voice_name(voice: re.Match[str]) -> str | None:
    """The name a WebVTT voice tag gives: "<v Ted Cruz>" -> "Ted Cruz"; "<v.loud Cruz>" -> "Cruz"."""
    return html.unescape(voice.group(1).strip()) or None


def _cue_text_lines(text: str) -> list[tuple[int, str]]:
    """(line number, line) of each line of cue text: not the header, notes, cue numbers or identifiers, or timings."""
    lines: list[tuple[int, str]] = []
    group: list[tuple[int, str]] = []
    for number, line in enumerate([*text.lstrip("\ufeff").split("\n"), ""], start=1):
        if line.strip():
            group.append((number, line))
            continue
        timing = next((i for i, (_, cue) in enumerate(group) if _TIMING.match(cue)), None)
        # a group with no timing line is the header, a NOTE, STYLE or REGION block (or stray text: read it)
        if timing is not None:
            lines.extend(group[timing + 1 :])
        elif group and not _VTT_BLOCK.match(group[0][1]):
            lines.extend(group)
        group = []
    return lines
