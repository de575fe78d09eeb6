"""Scanning transcripts: timestamps, speaker labels and stage notes are not the speaker's words, and
subtitle files (.srt, .vtt) are read as running speech, with line numbers into the file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from factcheck.article import InputFormat, detect_format, parse_article, text_blocks
from factcheck.claimlike import assess
from factcheck.sentences import split_sentences
from factcheck.transcript import (
    is_notice,
    reads_as_transcript,
    spoken_line,
    spoken_statement,
    subtitle_blocks,
    without_filler,
)


def sentences(data: str, name: str = "debate.txt") -> list[tuple[int, str]]:
    article = parse_article(data.encode(), name)
    return [(s.line, s.text) for s in split_sentences(article.blocks)]


# --- plain-text transcripts ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "words", "new_turn"),
    [
        ("[00:12:09] SEN. CRUZ: There are troops.", "There are troops.", True),
        ("00:12:09 --> MODERATOR: Governor?", "Governor?", True),
        ("SHEINBAUM: Buenos días.", "Buenos días.", True),
        ("Sen. Cruz: There are troops.", "There are troops.", True),
        ("REP. OCASIO-CORTEZ: Congress spent $3.5 billion.", "Congress spent $3.5 billion.", True),
        (">> TRUMP: They are already there.", "They are already there.", True),
        (">> Is that true?", "Is that true?", True),
        ("Q: Did the Senate vote?", "Did the Senate vote?", True),
        ("A: Yes it did", "Yes it did", True),
        ("Ted Cruz: (00:12) Yes.", "Yes.", True),  # as transcription services write it
        ("Ted Cruz: Yes.", "Ted Cruz: Yes.", False),  # a name not in capitals, no title, no time: could be words
        ("00:01:02 Mexico said no.", "Mexico said no.", False),
        ("[00:01:02] Mexico said no.", "Mexico said no.", False),
    ],
)
def test_a_timestamp_and_a_speaker_label_are_not_words(line: str, words: str, new_turn: bool) -> None:
    spoken = spoken_line(line)
    assert spoken.words == words
    assert spoken.new_turn is new_turn


@pytest.mark.parametrize(
    "line",
    [
        "Update: the Senate approved 19 Navy SEALs.",  # a word and a colon in an article: no speaker
        "Note: this story was corrected.",
        "10:30 a.m. is when the Senate voted.",  # a time of day, not a recording's time
        "WASHINGTON (AP) — Mexico's Senate voted on Tuesday.",
        "The law [sic] says so.",
        # a fact-check's label is no speaker: taken off, "FALSE: X" lost its "says the opposite" note
        "FALSE: There are more than 10,000 US troops deployed in Mexico.",
        "MISLEADING: There are US troops in Mexico.",
        "FACT CHECK: Mexico paid for the wall.",
        # a word and a colon, a number or a name in parentheses: an article's, not a speaker's label
        "Note (2025): The Senate must authorize foreign troops.",
        "NOTE (2025): The Senate must authorize foreign troops.",
        "GDP (2024): Mexico's economy grew.",
        "WASHINGTON (AP): Mexico's Senate voted.",
        "The reason is simple: the US keeps only trainers in Mexico.",
        "Chapter 1: The Senate must authorize foreign troops.",
        "CORRECTION, MARCH 3: The Senate approved 19 SEALs.",
        # a section's label in capitals is no speaker either
        "BOTTOM LINE: There are more than 10,000 US troops deployed in Mexico, Cruz said.",
        "WHY IT MATTERS: The Senate must approve foreign troops.",
        # a line of wrapped prose opening with "answer:" in lower case is no FAQ's answer ("... Mexico's" above it)
        "answer: Mexico sent 10,000 National",
        "question: were US troops sent",
        # nor a press advisory's labels in capitals
        "WHO: Secretary of State Marco Rubio",
        "WHEN: Thursday, September 4, 2025",
        "WHERE: National Palace, Mexico City",
        "Q Street was closed for the parade.",  # a "Q" and one space: no White House question
        "The program (end of 2024) trained Mexican troops.",
    ],
)
def test_article_lines_stay_as_they_are(line: str) -> None:
    assert spoken_line(line).words == line
    assert not spoken_line(line).new_turn


@pytest.mark.parametrize(
    ("line", "speaker", "words"),
    [
        # a broadcast transcript's role, party and state, and how the speaker is heard, are no part of the name
        ("SEN. TED CRUZ (R-TX): There are troops.", "SEN. TED CRUZ", "There are troops."),
        ("REP. ALEXANDRIA OCASIO-CORTEZ (D-N.Y.): No.", "REP. ALEXANDRIA OCASIO-CORTEZ", "No."),
        ("BERTRAND (voice-over): Senators asked.", "BERTRAND", "Senators asked."),
        ("BERTRAND (on camera): The Pentagon says so.", "BERTRAND", "The Pentagon says so."),
        ("NATASHA BERTRAND, CNN CORRESPONDENT: Wolf, the hearing.", "NATASHA BERTRAND", "Wolf, the hearing."),
        ("KAITLAN COLLINS, CNN CHIEF WHITE HOUSE CORRESPONDENT: Yes.", "KAITLAN COLLINS", "Yes."),
        (
            "CLAUDIA SHEINBAUM, MEXICAN PRESIDENT (through translator): The Senate approved 19 SEALs.",
            "CLAUDIA SHEINBAUM",
            "The Senate approved 19 SEALs.",
        ),
        ("UNIDENTIFIED MALE: That is not true.", "UNIDENTIFIED MALE", "That is not true."),
        # transcription services' numbered speakers, the timestamp before or after the colon
        ("Speaker 1: (00:12) Senator, are there troops?", "Speaker 1", "Senator, are there troops?"),
        ("Speaker 1 (00:12):", "Speaker 1", ""),
        ("Ted Cruz (00:20): There are troops.", "Ted Cruz", "There are troops."),
        ("Speaker 2: The US keeps trainers.", "Speaker 2", "The US keeps trainers."),
        # a diarizer's (pyannote, WhisperX): "has a number (01); names an actor (SPEAKER_01)", and the turn before
        # ran on into it ("TRUMP: SPEAKER_01: The weather ...")
        ("SPEAKER_01: The weather is lovely.", "SPEAKER_01", "The weather is lovely."),
        ("[00:12:31] SPEAKER_00: The US keeps trainers.", "SPEAKER_00", "The US keeps trainers."),
        ("speaker_2 (00:12): There are troops.", "speaker_2", "There are troops."),
        # the White House's question: no colon, the spaces say it
        ("Q    Mr. President, are there troops?", "Q", "Mr. President, are there troops?"),
        ("Q\u00a0\u00a0\u00a0 Mr. President?", "Q", "Mr. President?"),
        ("THE PRESIDENT:\u00a0 She did.", "THE PRESIDENT", "She did."),
    ],
)
def test_who_a_broadcast_label_names(line: str, speaker: str, words: str) -> None:
    # each label was left in the sentence ("names an actor (SEN)") and named nobody
    spoken = spoken_line(line)
    assert (spoken.new_turn, spoken.speaker, spoken.words) == (True, speaker, words)


BRIEFING = """\
Remarks by President Trump in Press Gaggle

THE PRESIDENT: We sent 10,000 troops to the border last year.

Q Mr. President, are there troops in Mexico?

THE PRESIDENT: No. Mexico has 10,000 soldiers on the border.

Q And the drones?

Q    Mr. President, how many Marines were sent?

THE PRESIDENT: The Senate approved 155 Marines. Q and A sessions are held on Fridays.
"""


def test_the_white_house_s_question_with_one_space_is_the_reporter_s() -> None:
    # "Q Mr. President, are there troops in Mexico?" was the president's words, "Q" and all
    assert spoken_sentences(BRIEFING)[1:] == [
        ("THE PRESIDENT", "We sent 10,000 troops to the border last year."),
        ("Q", "Mr. President, are there troops in Mexico?"),
        ("THE PRESIDENT", "No."),
        ("THE PRESIDENT", "Mexico has 10,000 soldiers on the border."),
        ("Q", "And the drones?"),
        ("Q", "Mr. President, how many Marines were sent?"),
        ("THE PRESIDENT", "The Senate approved 155 Marines."),
        ("THE PRESIDENT", "Q and A sessions are held on Fridays."),
    ]


def test_a_briefing_page_s_question_is_the_reporter_s() -> None:
    # a page's paragraph shows its spaces as one: "Q    Mr. President" read as "Q Mr. President", the president's
    page = (
        "<h1>Remarks</h1><p>THE PRESIDENT:    We sent troops.</p>"
        "<p>Q    Mr. President, are there troops in Mexico?</p><p>THE PRESIDENT:    No.</p>"
    )
    assert spoken_sentences(page, "remarks.html")[2] == ("Q", "Mr. President, are there troops in Mexico?")
    markdown = "# Remarks\n\nTHE PRESIDENT: We sent troops.\n\nQ Mr. President, are there?\n\nTHE PRESIDENT: No.\n"
    assert spoken_sentences(markdown, "remarks.md")[2] == ("Q", "Mr. President, are there?")
    for bold in (markdown.replace("THE PRESIDENT:", "**THE PRESIDENT:**"), markdown.replace("Q ", "**Q** ")):
        assert spoken_sentences(bold, "remarks.md")[2] == ("Q", "Mr. President, are there?")


@pytest.mark.parametrize(
    "article",
    [
        "Q Street was closed for the parade.\n\nThe mayor spoke.\n",
        "Senators met.\n\nCRUZ: Are there troops?\n\nQ Street was closed for the parade.\n",  # one other label
        "Q Street was closed for the parade.\n\nQ: Why?\n\nA: The mayor asked.\n",  # Q and A are no others
    ],
)
def test_q_and_one_space_in_an_article_is_words(article: str) -> None:
    assert (None, "Q Street was closed for the parade.") in spoken_sentences(article)


def test_stage_notes_are_not_words() -> None:
    line = "[CROSSTALK] The US keeps only trainers (APPLAUSE) in Mexico [inaudible 00:12:34]."
    assert " ".join(spoken_line(line).words.split()) == "The US keeps only trainers in Mexico ."


@pytest.mark.parametrize("note", ["(RISAS)", "(Aplausos)", "(FALLA DE AUDIO)", "[DIAFONÍA]", "(Habla en inglés)"])
def test_a_spanish_transcript_s_notes_are_not_words(note: str) -> None:
    # "SHEINBAUM: (RISAS)" was a sentence of its own, "too short (1 word)"
    assert spoken_line(f"SHEINBAUM: No, eso es falso. {note}").words.strip() == "No, eso es falso."


COMBINED_NOTES = [
    "(RISAS Y APLAUSOS)",
    "(APLAUSOS PROLONGADOS)",
    "(RISAS, APLAUSOS)",
    "[RISAS Y APLAUSOS]",
    "(Risas y aplausos)",
    "(APLAUSOS DE PIE)",
    "(GRITOS)",
    "(INTERVENCIÓN FUERA DE MICRÓFONO)",
    "(SCATTERED APPLAUSE)",
    "(STANDING OVATION)",
    "(AUDIENCE LAUGHTER)",
    "(LAUGHTER AND APPLAUSE)",
    "(CROSSTALK)",
    "(INAUDIBLE)",
]


@pytest.mark.parametrize("note", COMBINED_NOTES)
def test_combined_and_qualified_notes_are_not_words(note: str) -> None:
    # "(RISAS Y APLAUSOS)" was a speaker's sentence, "names an actor (RISAS)"; "(APLAUSOS PROLONGADOS)" one too
    assert spoken_line(f"SHEINBAUM: No, eso es falso. {note} Gracias.").words.split() == [
        "No,",
        "eso",
        "es",
        "falso.",
        "Gracias.",
    ]


def test_a_combined_note_on_a_line_of_its_own_is_no_sentence() -> None:
    text = "SHEINBAUM: No habrá tropas.\n\n(RISAS Y APLAUSOS)\n\nTRUMP: We will see.\n\n(APLAUSOS PROLONGADOS)\n"
    assert [said for _, said in spoken_sentences(text)] == ["No habrá tropas.", "We will see."]


@pytest.mark.parametrize("words", ["(PAUSA DE 90 DÍAS)", "(USMCA)", "(R-TX)", "(AP)", "(SEDENA Y SEMAR)"])
def test_a_parenthesis_in_capitals_with_no_note_word_or_a_figure_is_words(words: str) -> None:
    line = f"Trump anunció una pausa {words} el jueves."
    assert spoken_line(line).words == line


def test_a_spanish_note_word_opening_an_ordinary_parenthesis_leaves_its_words() -> None:
    # "(pausa de 90 días ...)" was taken for a transcript's note "(PAUSA)": the figures were lost
    line = "Trump anunció una pausa (pausa de 90 días en los aranceles de 25 por ciento) el jueves."
    assert spoken_line(line).words == line


BROADCAST_NOTES = ["(BEGIN VIDEOTAPE)", "(END VIDEOTAPE)", "(BEGIN VIDEO CLIP)", "(END VIDEO CLIP)", "(END)"]


@pytest.mark.parametrize("note", BROADCAST_NOTES)
def test_a_broadcast_transcript_s_notes_are_not_words(note: str) -> None:
    # "(END VIDEO CLIP)" was a checkable claim
    assert spoken_line(f"{note} The US keeps trainers in Mexico.").words.strip() == "The US keeps trainers in Mexico."


def test_labels_and_timestamps_are_neither_a_number_nor_an_actor() -> None:
    found = sentences(
        "[00:12:01] MODERATOR: Senator, let's turn to Mexico.\n"
        "\n"
        "[00:12:22] GOV. NEWSOM: That is just false.\n"
        "(APPLAUSE)\n"
        "SHEINBAUM: There are more than 10,000 US troops deployed in Mexico.\n"
    )
    assert found == [
        (1, "Senator, let's turn to Mexico."),
        (3, "That is just false."),
        (5, "There are more than 10,000 US troops deployed in Mexico."),
    ]
    reasons = [assess(text).reason for _, text in found]
    assert not any(word in reason for reason in reasons for word in ("00:12", "MODERATOR", "GOV", "SHEINBAUM"))
    assert [assess(text).checkable for _, text in found][1:] == [False, True]


def test_each_speaker_turn_is_a_block_of_its_own() -> None:
    # spoken sentences often have no full stop: the answer ran into the next speaker's words
    blocks = text_blocks("Q: Did the Senate approve the SEALs\nA: Yes it approved 19 SEALs\nQ: When\n")
    assert [(b.text, b.line) for b in blocks] == [
        ("Did the Senate approve the SEALs", 1),
        ("Yes it approved 19 SEALs", 2),
        ("When", 3),
    ]
    assert all(b.kind.value == "paragraph" for b in blocks)  # a speaker's words are no title


def test_a_label_on_a_line_of_its_own_starts_the_turn_below_it() -> None:
    assert sentences("TITLE OF THE DEBATE\n\nMODERATOR:\n[00:00:05]\nWelcome to the debate.\nCRUZ:\nThanks.\n") == [
        (1, "TITLE OF THE DEBATE"),
        (5, "Welcome to the debate."),
        (7, "Thanks."),
    ]


# --- subtitle files -----------------------------------------------------------------------------

SRT = """1
00:00:01,000 --> 00:00:04,000
MODERATOR: Senator, are there US troops
in Mexico?

2
00:00:04,500 --> 00:00:08,200
CRUZ: There are more than 10,000 US troops

3
00:00:08,200 --> 00:00:10,000
deployed in Mexico.

4
00:00:10,500 --> 00:00:14,000
[CROSSTALK]

5
00:00:14,500 --> 00:00:18,000
<i>NEWSOM: The Mérida Initiative sent US troops to Mexico.</i>
"""

VTT = """WEBVTT
Kind: captions
Language: en

NOTE written by the captioner

STYLE
::cue { color: yellow }

intro
00:00:01.000 --> 00:00:04.000 align:start position:0%
<v Moderator>Senator, are there US troops in Mexico?</v>

00:00:04.500 --> 00:00:08.200
<v Ted Cruz>There are more than <c.yellow>10,000</c> US troops

00:00:08.200 --> 00:00:10.000
deployed in Mexico &amp; nobody knows.
"""


def test_srt_cues_run_on_into_whole_sentences_on_the_lines_they_start() -> None:
    assert sentences(SRT, "debate.srt") == [
        (3, "Senator, are there US troops in Mexico?"),
        (8, "There are more than 10,000 US troops deployed in Mexico."),
        (20, "The Mérida Initiative sent US troops to Mexico."),
    ]


def test_vtt_header_notes_styles_identifiers_and_tags_are_not_text() -> None:
    assert sentences(VTT, "debate.vtt") == [
        (12, "Senator, are there US troops in Mexico?"),
        (15, "There are more than 10,000 US troops deployed in Mexico & nobody knows."),
    ]


def test_a_voice_a_label_or_a_dialogue_dash_starts_a_new_turn() -> None:
    srt = (
        "1\n00:00:01,000 --> 00:00:03,000\n- Are there troops\n- No there are not\n\n"
        "2\n00:00:03,000 --> 00:00:05,000\n>> Yes there are\n"
    )
    assert [b.text for b in subtitle_blocks(srt)] == ["Are there troops", "No there are not", "Yes there are"]


def test_a_voice_or_label_naming_the_turn_s_speaker_again_goes_on_with_the_turn() -> None:
    # a captioner names the speaker in every cue: a sentence cut across two cues was two sentences, neither matched
    vtt = (
        "WEBVTT\n\n00:01.000 --> 00:04.000\n<v Moderator>Good evening.\n\n"
        "00:04.000 --> 00:08.000\n<v Senator Hale>there are more than ten thousand\n\n"
        "00:08.000 --> 00:11.000\n<v Senator Hale>US troops in Mexico right now\n\n"
        "00:11.000 --> 00:14.000\n<v Governor Reyes>That is false.\n"
    )
    assert [(b.speaker, b.text, b.line) for b in subtitle_blocks(vtt)] == [
        ("Moderator", "Good evening.", 4),
        ("Senator Hale", "there are more than ten thousand US troops in Mexico right now", 7),
        ("Governor Reyes", "That is false.", 13),
    ]
    srt = (
        "1\n00:00:01,000 --> 00:00:03,000\nSEN. CRUZ: There are more than\n\n"
        "2\n00:00:03,000 --> 00:00:05,000\nSEN. CRUZ: 10,000 US troops in Mexico.\n"
    )
    assert [(b.speaker, b.text) for b in subtitle_blocks(srt)] == [
        ("SEN. CRUZ", "There are more than 10,000 US troops in Mexico.")
    ]


ZOOM_VTT = """WEBVTT

1
00:00:02.120 --> 00:00:05.330
Jane Doe: There are more than 10,000 US troops in Mexico.

2
00:00:06.000 --> 00:00:09.000
John Smith: That's false, they are at the

3
00:00:09.000 --> 00:00:11.000
John Smith: border. Mexico's Senate approved 19 Navy SEALs.
"""


def test_zoom_s_captions_name_the_speaker_of_each_cue_in_mixed_case() -> None:
    # "John Smith: That's false" was words: "names an actor (John)", and "Smith" set against a claim's "US"
    assert [(b.speaker, b.text, b.line) for b in subtitle_blocks(ZOOM_VTT)] == [
        ("Jane Doe", "There are more than 10,000 US troops in Mexico.", 5),
        ("John Smith", "That's false, they are at the border. Mexico's Senate approved 19 Navy SEALs.", 9),
    ]


@pytest.mark.parametrize(
    "vtt",
    [
        # one line of three opens with a name and a colon: words, as in an article
        "WEBVTT\n\n00:01.000 --> 00:02.000\nMexico: the troops stay home.\n\n"
        "00:02.000 --> 00:03.000\nThe Senate voted.\n\n00:03.000 --> 00:04.000\nNobody objected.\n",
        # an editor's label in every cue names no one
        "WEBVTT\n\n00:01.000 --> 00:02.000\nUpdate: the troops stay home.\n\n"
        "00:02.000 --> 00:03.000\nUpdate: the Senate voted.\n",
    ],
)
def test_a_name_and_a_colon_opening_few_cue_lines_is_words(vtt: str) -> None:
    blocks = subtitle_blocks(vtt)
    assert [b.speaker for b in blocks] == [None]
    assert blocks[0].text.split(":")[0] in ("Mexico", "Update")


AUTO_CAPTIONS = """WEBVTT

00:10:00.000 --> 00:10:03.000
there are more than ten thousand u.s. troops

00:10:03.000 --> 00:10:06.000
in mexico right now and the senate

00:10:06.000 --> 00:10:09.000
<v Hale>never voted on it uh you know

00:10:09.000 --> 00:10:12.000
<v Hale>i love tacos and football
"""


def test_captions_with_no_punctuation_are_read_a_line_a_sentence() -> None:
    # an hour of automatic captions was one sentence, with one match for all of it, on its first line
    assert [(b.speaker, b.text, b.line) for b in subtitle_blocks(AUTO_CAPTIONS)] == [
        (None, "there are more than ten thousand u.s. troops", 4),
        (None, "in mexico right now and the senate", 7),
        ("Hale", "never voted on it uh you know", 10),
        ("Hale", "i love tacos and football", 13),
    ]
    assert sentences(AUTO_CAPTIONS, "auto.vtt")[0] == (4, "there are more than ten thousand u.s. troops")


@pytest.mark.parametrize("mark", [".", "?", "!", "…"])
def test_captions_with_one_sentence_s_end_still_run_on_from_cue_to_cue(mark: str) -> None:
    punctuated = AUTO_CAPTIONS.replace("football", "football" + mark)
    assert [b.text for b in subtitle_blocks(punctuated)] == [
        "there are more than ten thousand u.s. troops in mexico right now and the senate",
        "never voted on it uh you know i love tacos and football" + mark,
    ]


def _srt(*lines: str) -> str:
    return "\n".join(f"{n}\n00:00:0{n},000 --> 00:00:0{n + 1},000\n{line}\n" for n, line in enumerate(lines, start=1))


@pytest.mark.parametrize(
    "srt",
    [
        # a news clip's headlines and datelines name each once: they were taken as speakers, the name left the
        # words, and the unnamed cue after one was credited to it ("Mexico", "Claudia Sheinbaum")
        _srt(
            "Donald Trump: US troops will go into Mexico.",
            "Claudia Sheinbaum: Mexico sent 10,000 National Guard troops to the border.",
            "The anchor said the US has spy planes over Mexico.",
            "Mexico: the Senate approved 19 Navy SEALs in February 2026.",
        ),
        _srt(
            "Mexico: 10,000 troops sent to the border.",
            "The anchor then turned to Washington.",
            "United States: 10,000 troops now in Mexico.",
            "Officials did not comment on the figures.",
        ),
        # one dateline again among others: half the named cues, not more
        _srt(
            "Mexico: troops stay home.",
            "United States: the Senate voted.",
            "Canada: no comment.",
            "Mexico: the border is calm.",
        ),
    ],
)
def test_headlines_naming_each_once_are_words(srt: str) -> None:
    blocks = subtitle_blocks(srt)
    assert {b.speaker for b in blocks} == {None}
    text = " ".join(b.text for b in blocks)
    assert all(f"{name}:" in text for name in ("Mexico", "Donald Trump", "United States") if name in srt)


def test_zoom_s_speakers_each_opening_two_cues_are_labels() -> None:
    srt = _srt(
        "Jane Doe: There are more than 10,000 US troops in Mexico.",
        "John Smith: That's false, they are at the border.",
        "Jane Doe: Mexico's Senate approved 19 Navy SEALs in February 2026.",
        "John Smith: Mexico sent 10,000 National Guard troops to the border.",
    )
    assert [(b.speaker, b.text) for b in subtitle_blocks(srt)] == [
        ("Jane Doe", "There are more than 10,000 US troops in Mexico."),
        ("John Smith", "That's false, they are at the border."),
        ("Jane Doe", "Mexico's Senate approved 19 Navy SEALs in February 2026."),
        ("John Smith", "Mexico sent 10,000 National Guard troops to the border."),
    ]


def test_a_dash_or_a_bare_chevron_still_starts_a_new_turn_after_the_same_speaker() -> None:
    # neither names anyone: another speaker, even after a cue with no name
    srt = (
        "1\n00:00:01,000 --> 00:00:03,000\n>> There are troops\n\n"
        "2\n00:00:03,000 --> 00:00:05,000\n>> No there are not\n- Yes there are\n- No\n"
    )
    assert [b.text for b in subtitle_blocks(srt)] == ["There are troops", "No there are not", "Yes there are", "No"]


def test_rolling_captions_repeating_a_line_read_it_once() -> None:
    vtt = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nThere are more than 10,000 US troops\n\n"
        "00:00:02.000 --> 00:00:03.000\nThere are more than 10,000 US troops\ndeployed in Mexico.\n"
    )
    assert [(b.text, b.line) for b in subtitle_blocks(vtt)] == [
        ("There are more than 10,000 US troops deployed in Mexico.", 4)
    ]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("debate.srt", "Just text."),
        ("debate.VTT", "Just text."),
        ("captions.txt", SRT),  # captions saved as .txt
        ("<stdin>", SRT),
        ("<stdin>", "\ufeffWEBVTT\n\n00:01.000 --> 00:02.000\nHi.\n"),
        ("<stdin>", VTT),
    ],
)
def test_subtitles_are_recognised_by_name_and_by_content(name: str, text: str) -> None:
    assert detect_format(text, name) is InputFormat.SUBTITLES


@pytest.mark.parametrize(
    "text",
    ["1\nThe first point.\n", "WEBVTTS are a thing.\n", "1984\n\nA novel.", "notes.md"],
)
def test_text_that_only_starts_like_subtitles_is_not(text: str) -> None:
    assert detect_format(text, "<stdin>") is not InputFormat.SUBTITLES


def test_the_subtitle_format_can_be_asked_for(tmp_path: Path) -> None:
    article = parse_article(SRT.encode(), "captions", InputFormat.SUBTITLES)
    assert article.format is InputFormat.SUBTITLES
    assert article.blocks[0].text == "Senator, are there US troops in Mexico?"


def test_scan_of_an_srt_file_reports_whole_sentences_on_their_cue_lines(
    invoke: Callable[..., Result], tmp_path: Path, mini_kb: Path
) -> None:
    captions = tmp_path / "debate.srt"
    captions.write_text(SRT, encoding="utf-8")
    result = invoke("scan", str(captions), "--kb", str(mini_kb), "--json")
    assert result.exit_code == 0, result.output
    *found, summary = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(s["line"], s["text"]) for s in found][:2] == [
        (3, "Senator, are there US troops in Mexico?"),
        (8, "There are more than 10,000 US troops deployed in Mexico."),
    ]
    assert found[1]["match"]["id"] == "us-troops-in-mexico-10000"
    assert [s["speaker"] for s in found][:2] == ["MODERATOR", "CRUZ"]  # who said it (was lost with the label)
    assert summary["format"] == "subtitles"
    assert summary["sentences"] == 3


def test_who_speaks_is_kept_with_each_sentence_of_a_turn() -> None:
    transcript = (
        "[00:12:01] MODERATOR: Senator, your answer.\n"
        "[00:12:05] SEN. CRUZ: There are 10,000 US troops in Mexico. They patrol the border.\n"
        ">> And nobody says it.\n"
        "\n"
        "An article line with no label.\n"
    )
    sentences = split_sentences(text_blocks(transcript))
    assert [(s.speaker, s.text) for s in sentences] == [
        ("MODERATOR", "Senator, your answer."),
        ("SEN. CRUZ", "There are 10,000 US troops in Mexico."),
        ("SEN. CRUZ", "They patrol the border."),
        (None, "And nobody says it."),  # ">>" alone: a new speaker, not named
        (None, "An article line with no label."),
    ]


def test_a_webvtt_voice_names_the_speaker() -> None:
    vtt = "WEBVTT\n\n00:01.000 --> 00:04.000\n<v Ted Cruz>There are US troops in Mexico.</v>\n"
    assert [(b.speaker, b.text) for b in subtitle_blocks(vtt)] == [("Ted Cruz", "There are US troops in Mexico.")]


SRT_BRIEFING = """\
1
00:00:01,000 --> 00:00:04,000
MODERATOR: Senator, your answer.

2
00:00:04,500 --> 00:00:08,000
SEN. CRUZ: There are more than 10,000 US troops in Mexico.

3
00:00:10,500 --> 00:00:13,000
Q Mr. Senator, where did you get that number?

4
00:00:13,500 --> 00:00:16,000
SEN. CRUZ: From the Pentagon.
"""

VTT_BRIEFING = """\
WEBVTT

00:00:04.500 --> 00:00:08.000
<v Ted Cruz>There are more than 10,000 US troops in Mexico.

00:00:08.500 --> 00:00:11.000
Q Senator, is that number right?

00:00:11.500 --> 00:00:14.000
<v Ted Cruz>The Pentagon says so.
"""


def test_the_white_house_s_question_in_subtitles_is_the_reporter_s() -> None:
    # "Q Mr. Senator, where ..." was the senator's words, "Q" and all (plain transcripts read it as the question)
    assert spoken_sentences(SRT_BRIEFING, "debate.srt")[2] == ("Q", "Mr. Senator, where did you get that number?")
    # a WebVTT voice is another speaker's label
    assert spoken_sentences(VTT_BRIEFING, "debate.vtt")[1] == ("Q", "Senator, is that number right?")
    # with no other speaker's label, "Q Street" is words
    street = "WEBVTT\n\n00:01.000 --> 00:04.000\nQ Street was closed for the parade.\n"
    assert spoken_sentences(street, "news.vtt") == [(None, "Q Street was closed for the parade.")]


def test_the_reports_show_the_sentence_after_its_speaker(
    invoke: Callable[..., Result], tmp_path: Path, mini_kb: Path
) -> None:
    path = tmp_path / "debate.txt"
    path.write_text("CRUZ: There are more than 10,000 US troops deployed in Mexico.\n", encoding="utf-8")
    for fmt in ("text", "markdown"):
        result = invoke("scan", str(path), "--kb", str(mini_kb), "--format", fmt)
        assert "CRUZ: There are more than 10,000 US troops deployed in Mexico." in result.stdout, result.output


def spoken_sentences(data: str, name: str = "debate.txt") -> list[tuple[str | None, str]]:
    article = parse_article(data.encode(), name)
    return [(s.speaker, s.text) for s in split_sentences(article.blocks)]


# --- a turn over several paragraphs ---------------------------------------------------------------

TURNS = """\
Senate Armed Services Committee hearing, March 3, 2026

MODERATOR: Senator, are there US troops in Mexico right now?

SEN. CRUZ: There are more than 10,000 US troops deployed in Mexico.

The Mérida Initiative sent US troops to Mexico.

[00:14:02]

And Congress spent about $3.5 billion on the Mérida Initiative.

>> The US keeps only small numbers of military trainers in Mexico.

Mexico's president turned down Trump's offer.
"""


def test_a_turn_runs_on_over_blank_lines_until_the_next_label() -> None:
    # transcripts label a turn's first paragraph only: the paragraphs after it had no speaker
    assert spoken_sentences(TURNS) == [
        (None, "Senate Armed Services Committee hearing, March 3, 2026"),
        ("MODERATOR", "Senator, are there US troops in Mexico right now?"),
        ("SEN. CRUZ", "There are more than 10,000 US troops deployed in Mexico."),
        ("SEN. CRUZ", "The Mérida Initiative sent US troops to Mexico."),
        ("SEN. CRUZ", "And Congress spent about $3.5 billion on the Mérida Initiative."),
        (None, "The US keeps only small numbers of military trainers in Mexico."),  # ">>": someone else
        (None, "Mexico's president turned down Trump's offer."),
    ]


CNN = """\
THE SITUATION ROOM

Aired March 3, 2026 - 17:00 ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

[17:00:00]

WOLF BLITZER, CNN ANCHOR: Senators pressed the defense secretary on US troops in Mexico.

Our Pentagon correspondent has the story.

(BEGIN VIDEOTAPE)

BERTRAND (voice-over): Um, senators asked whether US special forces are on the ground.

SEN. TED CRUZ (R-TX): There are more than 10,000 US troops deployed in Mexico.

(END VIDEOTAPE)

BERTRAND (on camera): The US keeps only small numbers of military trainers in Mexico.
"""


def test_a_broadcast_transcript_s_turns_name_their_speakers() -> None:
    # the labels stayed in the sentences, and the anchor's second paragraph was nobody's
    assert spoken_sentences(CNN)[4:] == [
        ("WOLF BLITZER", "Senators pressed the defense secretary on US troops in Mexico."),
        ("WOLF BLITZER", "Our Pentagon correspondent has the story."),
        ("BERTRAND", "Senators asked whether US special forces are on the ground."),
        ("SEN. TED CRUZ", "There are more than 10,000 US troops deployed in Mexico."),
        ("BERTRAND", "The US keeps only small numbers of military trainers in Mexico."),
    ]


def test_a_transcription_service_s_export_names_its_speakers() -> None:
    export = (
        "Speaker 1 (00:12):\nSenator, are there US troops in Mexico right now?\n\n"
        "Ted Cruz (00:20):\nUm, there are more than 10,000 US troops deployed in Mexico.\n"
    )
    assert spoken_sentences(export) == [
        ("Speaker 1", "Senator, are there US troops in Mexico right now?"),
        ("Ted Cruz", "There are more than 10,000 US troops deployed in Mexico."),
    ]


def test_a_turn_s_later_paragraphs_are_speech_not_titles() -> None:
    blocks = text_blocks("CRUZ: There are troops in Mexico.\n\nAnd we know it\n\nHEGSETH: No.\n")
    assert [(b.kind.value, b.speaker, b.text) for b in blocks] == [
        ("paragraph", "CRUZ", "There are troops in Mexico."),
        ("paragraph", "CRUZ", "And we know it"),  # a short line with no full stop was a title
        ("paragraph", "HEGSETH", "No."),
    ]


def test_a_label_on_a_line_of_its_own_names_the_paragraph_below_a_blank_line() -> None:
    assert spoken_sentences("MODERATOR:\n\nWelcome to the debate.\n") == [("MODERATOR", "Welcome to the debate.")]


def test_an_article_quoting_an_exchange_goes_on_in_its_writer_s_words() -> None:
    article = (
        "Senators pressed the defense secretary on Tuesday about US troops in Mexico.\n\n"
        "CRUZ: Are there US troops in Mexico?\n\n"
        "HEGSETH: Only trainers.\n\n"
        "The exchange lasted five minutes.\n"
    )
    assert [speaker for speaker, _ in spoken_sentences(article)] == [None, "CRUZ", "HEGSETH", None]


def test_an_editor_s_labels_are_no_speakers() -> None:
    # "UPDATE" was a speaker, and left the sentence; an article opening with two read as a transcript
    article = (
        "UPDATE: This story was updated on March 3.\n\n"
        "CORRECTION: An earlier version misstated the number of SEALs.\n\n"
        "Mexico's Senate approved 19 US Navy SEALs.\n"
    )
    assert spoken_sentences(article) == [
        (None, "UPDATE: This story was updated on March 3."),
        (None, "CORRECTION: An earlier version misstated the number of SEALs."),
        (None, "Mexico's Senate approved 19 US Navy SEALs."),
    ]
    for line in ("EDITOR'S NOTE: The Senate voted.", "BREAKING NEWS: The Senate voted.", "NOTE: The Senate voted."):
        assert not spoken_line(line).new_turn


FAQ = """\
US troops in Mexico: what we know

Q: Are there US troops in Mexico?
A: The Pentagon sent 200 advisers to Mexico City in March 2025.

Q: Who approved the deployment?

A: About 200 advisers

Officials say more troops may follow next year.
"""


def test_an_article_s_questions_and_answers_are_its_own_sentences() -> None:
    # a title over "Q:" and "A:" read as a transcript: every sentence after was said by "A", the last paragraph too
    assert spoken_sentences(FAQ) == [
        (None, "US troops in Mexico: what we know"),
        (None, "Are there US troops in Mexico?"),
        (None, "The Pentagon sent 200 advisers to Mexico City in March 2025."),
        (None, "Who approved the deployment?"),
        (None, "About 200 advisers"),
        (None, "Officials say more troops may follow next year."),
    ]
    article = parse_article(FAQ.encode(), "faq.txt")
    assert [(b.kind.value, b.spoken) for b in article.blocks][1:] == [("paragraph", False)] * 5
    answer = split_sentences(article.blocks)[4]
    assert assess(answer.text, answer.kind).checkable  # an answer is no title, that would need a verb


@pytest.mark.parametrize(
    ("name", "page"),
    [
        ("faq.md", "# US troops in Mexico\n\n**Q:** Are there US troops?\n\n**A:** The Pentagon sent 200.\n\nMore.\n"),
        (
            "faq.html",
            "<h1>US troops in Mexico</h1><p>Q: Are there US troops?</p><p>A: The Pentagon sent 200.</p><p>More.</p>",
        ),
    ],
)
def test_a_page_s_questions_and_answers_are_its_own_sentences(name: str, page: str) -> None:
    assert spoken_sentences(page, name) == [
        (None, "US troops in Mexico"),
        (None, "Are there US troops?"),
        (None, "The Pentagon sent 200."),
        (None, "More."),
    ]


@pytest.mark.parametrize(
    ("name", "page"),
    [
        ("faq.html", "<p>A: About 200 US military advisers</p><p>Q: Who approved them?</p><p>A: The Senate did.</p>"),
        ("faq.md", "**A:** About 200 US military advisers\n\n**Q:** Who approved them?\n\n**A:** The Senate did.\n"),
        ("news.html", "<p>WASHINGTON: About 200 US military advisers</p><p>The Senate approved them.</p>"),
    ],
)
def test_a_page_s_first_answer_is_no_title(name: str, page: str) -> None:
    # a page's first block, one short line with no full stop, was its title, a heading with no verb, and skipped;
    # a label opening it says it is an answer (or a dateline's paragraph), as it does in plain text
    first = split_sentences(parse_article(page.encode(), name).blocks)[0]
    assert (first.kind.value, first.text) == ("paragraph", "About 200 US military advisers")
    assert assess(first.text, first.kind).checkable


FAQ_FIXTURE = Path(__file__).parent / "fixtures" / "scan" / "faq.md"


@pytest.mark.parametrize("name", ["faq.md", "faq.txt", "faq.html"])
def test_an_faq_s_dotted_and_spelled_out_labels_are_labels(name: str) -> None:
    # "A. About 200 ..." kept its "A." and "Answer: The Mexican Senate ..." named an actor (Answer)
    text = FAQ_FIXTURE.read_text(encoding="utf-8")
    if name != "faq.md":
        text = text.replace("**", "").replace("# ", "")
    if name == "faq.html":
        text = "".join(f"<p>{paragraph}</p>" for paragraph in text.split("\n\n"))
    assert spoken_sentences(text, name)[1:] == [
        (None, "Are there US troops in Mexico?"),
        (None, "About 200 US military advisers work with the Mexican Navy."),
        (None, "Who approved them?"),
        (None, "The Mexican Senate approved their entry in March 2025."),
        (None, "Will the training go on?"),
        (None, "The training will last until June."),
    ]


def test_a_dotted_initial_is_no_label_where_no_question_is_asked_so() -> None:
    assert spoken_sentences("A. Lopez said 20 troops left.\n\nQ. Smith agreed.\n") == [
        (None, "A. Lopez said 20 troops left."),
        (None, "Q. Smith agreed."),
    ]


def test_a_briefing_s_questions_are_the_reporters() -> None:
    briefing = (
        "Press Briefing by Press Secretary Karoline Leavitt\n\nMS. LEAVITT: Good afternoon.\n\n"
        "Q: Are there US troops in Mexico?\n\nMS. LEAVITT: No.\n\nThe Pentagon keeps trainers there.\n"
    )
    assert spoken_sentences(briefing)[1:] == [
        ("MS. LEAVITT", "Good afternoon."),
        ("Q", "Are there US troops in Mexico?"),
        ("MS. LEAVITT", "No."),
        ("MS. LEAVITT", "The Pentagon keeps trainers there."),
    ]


def test_a_dateline_names_a_place_not_a_speaker() -> None:
    # "WASHINGTON" and "MEXICO CITY" were speakers, the title over them made the article a transcript, and the last
    # paragraph was said by "MEXICO CITY"
    article = (
        "Troops sent to the border\n\n"
        "WASHINGTON: The Pentagon sent 200 advisers to Mexico in March 2025.\n\n"
        "MEXICO CITY: President Sheinbaum denied that US troops were in the country.\n\n"
        "The Senate approved the deployment by 60 votes to 40.\n"
    )
    assert spoken_sentences(article) == [
        (None, "Troops sent to the border"),
        (None, "The Pentagon sent 200 advisers to Mexico in March 2025."),
        (None, "President Sheinbaum denied that US troops were in the country."),
        (None, "The Senate approved the deployment by 60 votes to 40."),
    ]
    assert spoken_sentences("NEW DELHI: The Senate voted on Tuesday.\n") == [(None, "The Senate voted on Tuesday.")]


def test_a_speaker_named_as_a_place_is_still_a_speaker() -> None:
    # a speaker speaks more than once: Denzel Washington's label is no dateline
    interview = "COOPER: Were you there?\n\nWASHINGTON: I was.\n\nCOOPER: Why?\n\nWASHINGTON: For the film.\n"
    assert [speaker for speaker, _ in spoken_sentences(interview)] == ["COOPER", "WASHINGTON", "COOPER", "WASHINGTON"]
    # and a hearing's one answer from Lloyd Austin is his, not the last speaker's
    hearing = "WICKER: Mr. Secretary?\n\nAUSTIN: There are no troops.\n\nWICKER: Thank you.\n\nREED: Thanks.\n"
    assert [speaker for speaker, _ in spoken_sentences(hearing)] == ["WICKER", "AUSTIN", "WICKER", "REED"]


def test_a_dateline_over_an_article_quoting_an_exchange_is_no_speaker() -> None:
    article = (
        "WASHINGTON: Senators pressed the defense secretary on Tuesday.\n\n"
        "The hearing ran long.\n\n"
        "CRUZ: Are there US troops in Mexico?\n\n"
        "HEGSETH: Only trainers.\n\n"
        "The exchange lasted five minutes.\n"
    )
    assert [speaker for speaker, _ in spoken_sentences(article)] == [None, None, "CRUZ", "HEGSETH", None]


@pytest.mark.parametrize(
    ("paragraphs", "transcript"),
    [
        ([(True, "A"), (True, "B")], True),
        ([(False, "Hearing on Mexico, March 3"), (False, "THIS IS A RUSH TRANSCRIPT."), (True, "A"), (True, "")], True),
        ([(True, "A"), (False, "More of A's words."), (True, "B")], True),
        ([(True, "A"), (False, "More of A's words.")], False),  # one label: an article's dateline or quote
        ([(False, "Senators pressed the secretary on Tuesday."), (True, "A"), (True, "B")], False),
        ([(False, "Copyright 2026 CNN. All rights reserved."), (True, "A"), (True, "B")], True),
        # a lede with a sentence end inside is prose, not a title, though it does not end as a sentence does
        ([(False, "The hearing began at noon. Senators questioned the secretary"), (True, "A"), (True, "B")], False),
        ([], False),
    ],
)
def test_what_reads_as_a_transcript(paragraphs: list[tuple[bool, str]], transcript: bool) -> None:
    assert reads_as_transcript(paragraphs) is transcript


# --- Markdown transcripts -------------------------------------------------------------------------

MARKDOWN = """\
# Senate hearing on US troops in Mexico

**MODERATOR:** Senator, are there US troops in Mexico right now?

**SEN. CRUZ:** There are more than 10,000 US troops deployed in Mexico.

The Mérida Initiative sent US troops to Mexico.

MODERATOR: Secretary?
**SECRETARY**: The US keeps only small numbers of military trainers in Mexico.

## What the record shows

Mexico's president turned down Trump's offer.
"""


def test_a_markdown_transcript_s_labels_name_the_speakers() -> None:
    # the label stayed in the sentence ("names an actor (SEN)") and no speaker was kept
    found = spoken_sentences(MARKDOWN, "hearing.md")
    assert found == [
        (None, "Senate hearing on US troops in Mexico"),
        ("MODERATOR", "Senator, are there US troops in Mexico right now?"),
        ("SEN. CRUZ", "There are more than 10,000 US troops deployed in Mexico."),
        ("SEN. CRUZ", "The Mérida Initiative sent US troops to Mexico."),  # the turn runs on
        ("MODERATOR", "Secretary?"),  # a label opening a line inside a paragraph
        ("SECRETARY", "The US keeps only small numbers of military trainers in Mexico."),
        (None, "What the record shows"),  # a heading ends the turn
        (None, "Mexico's president turned down Trump's offer."),
    ]
    assert "SEN" not in assess(found[2][1]).reason


def test_a_markdown_turn_keeps_its_line_numbers() -> None:
    article = parse_article(MARKDOWN.encode(), "hearing.md")
    assert [(s.line, s.speaker) for s in split_sentences(article.blocks)][4:6] == [(9, "MODERATOR"), (10, "SECRETARY")]


def test_a_markdown_transcript_s_first_turn_is_no_title() -> None:
    blocks = parse_article(b"**MODERATOR:** Welcome to the debate\n\n**CRUZ:** Thanks\n", "debate.md").blocks
    assert [(b.kind.value, b.speaker) for b in blocks] == [("paragraph", "MODERATOR"), ("paragraph", "CRUZ")]


def test_a_markdown_article_quoting_an_exchange_goes_on_in_its_writer_s_words() -> None:
    article = (
        "Senators pressed the secretary.\n\n**CRUZ:** Are there troops?\n\n**HEGSETH:** No.\n\n"
        "It lasted **five** minutes.\n"
    )
    assert [speaker for speaker, _ in spoken_sentences(article, "story.md")] == [None, "CRUZ", "HEGSETH", None]


# --- spoken filler --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("Well, uh, there are 10,000 US troops in Mexico.", "Well, there are 10,000 US troops in Mexico."),
        ("Um, and I mean, the Mérida Initiative sent US troops.", "And the Mérida Initiative sent US troops."),
        ("Like, Congress spent about $3.5 billion.", "Congress spent about $3.5 billion."),
        ("And, you know, the Senate approved it.", "And the Senate approved it."),
        ("There are, uh, more than 10,000 troops.", "There are more than 10,000 troops."),
        ("Senator, um, there are troops.", "Senator, there are troops."),
        ("They are there, you know.", "They are there."),
        ("There are uh 10,000 troops uh.", "There are 10,000 troops."),
        ("Uhm... there are troops.", "There are troops."),
        ("The troops, I mean, the trainers, are there.", "The troops, the trainers, are there."),
        ("The Senate, um — voted.", "The Senate — voted."),
        ("Uh.", ""),
        ("Um, you know.", ""),
        ("Um, I mean, uh, the Senate approved it.", "The Senate approved it."),  # filler after filler
        ("So, um, I mean, the Senate approved it.", "So the Senate approved it."),
        ("They are there, you know uh.", "They are there."),
        ("Err, the Senate approved it.", "The Senate approved it."),
        ("They are, err, there.", "They are there."),
        ("Um, we err, I think, too often.", "We err, I think, too often."),  # "err" the verb
    ],
)
def test_spoken_filler_is_taken_off(spoken: str, written: str) -> None:
    assert without_filler(spoken) == written


@pytest.mark.parametrize(
    "sentence",
    [
        "I mean it.",
        "Like the US, Mexico has troops.",
        "There are, like, 10,000 troops.",  # "like" says "about"
        "There are like 10,000 troops.",
        "Do you know, Senator, how many troops there are?",
        "What I mean, Senator, is that the troops are trainers.",
        "You know that 10,000 troops are there.",
        "Uh-huh.",  # yes
        "Uh-uh.",  # no
        "Mm-hmm.",
        "The UM study says so.",
        "ER doctors in Mexico said so.",
        "A 9 mm pistol was found.",
        "We err on the side of caution.",  # it was "We on the side of caution."
        "To err is human.",
    ],
)
def test_words_that_say_something_are_kept(sentence: str) -> None:
    assert without_filler(sentence) == sentence


def test_filler_is_taken_off_a_transcript_s_sentences_only() -> None:
    transcript = "MODERATOR: Um, are there troops?\n\nCRUZ: Um, there are 10,000 US troops in Mexico.\n\nUh.\n"
    assert spoken_sentences(transcript) == [
        ("MODERATOR", "Are there troops?"),
        ("CRUZ", "There are 10,000 US troops in Mexico."),  # "Um" was "names an actor (Um)"
    ]
    article = "Um, there are 10,000 US troops in Mexico, the post said.\n"  # quoted as written, in an article
    assert spoken_sentences(article) == [(None, "Um, there are 10,000 US troops in Mexico, the post said.")]


def test_filler_is_taken_off_subtitles() -> None:
    srt = "1\n00:00:01,000 --> 00:00:04,000\nUh, there are, you know,\nmore than 10,000 US troops in Mexico.\n"
    assert sentences(srt, "debate.srt") == [(3, "There are more than 10,000 US troops in Mexico.")]


# --- a transcript's notices -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright 2026 CNN. All rights reserved.",
        "© 2026 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.",
        "All rights reserved.",
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
        "END",
        "END                9:40 A.M. EDT",
        "Copyright (c) 2026 CNN",  # was the last speaker's words
        "© The Associated Press",
    ],
)
def test_a_notice_after_the_last_turn_is_nobody_s(notice: str) -> None:
    # it was the last speaker's words: "BLITZER: Copyright 2026 CNN."
    found = spoken_sentences(f"BLITZER: Thanks.\n\nBERTRAND: You are welcome.\n\n{notice}\n\nAired March 3, 2026.\n")
    assert found[1] == ("BERTRAND", "You are welcome.")
    assert {speaker for speaker, _ in found[2:]} == {None}  # and the turn ends there


@pytest.mark.parametrize(
    "words",
    [
        "Copyright law does not protect the troops.",
        "(c) the troops stay in Mexico.",
        "END the deployment now.",
        "We reserve all rights to respond, and all rights reserved by the treaty stay ours, Senator.",
        # a year after "Copyright", "(c)" or "©" is no notice's unless its holder follows: these were notices, their
        # speaker's turn ended on them and their claims were skipped ("a notice of the page")
        "Copyright 2019 filings rose by 10 percent.",
        "(c) 2026 troops were sent, and © symbols appear on 10,000 pages.",
        "The label said all rights reserved.",
    ],
)
def test_a_speaker_s_words_are_no_notice(words: str) -> None:
    assert not is_notice(words)
    assert spoken_sentences(f"BLITZER: Thanks.\n\nBERTRAND: Senator.\n\n{words}\n")[-1][0] == "BERTRAND"


# --- HTML transcripts -----------------------------------------------------------------------------

CNN_PAGE = """\
<html><body>
<nav><a href="/transcripts">Transcripts</a></nav>
<h1>The Situation Room</h1>
<p>THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
<p class="cnnBodyText">[17:00:00]<br><br>WOLF BLITZER, CNN ANCHOR: Senators pressed the defense secretary.<br><br>
Our Pentagon correspondent has the story.<br><br>(BEGIN VIDEOTAPE)<br><br>
<b>SEN. TED CRUZ (R-TX):</b> Well, uh, there are more than 10,000 US troops deployed in Mexico.<br><br>
(END VIDEOTAPE)<br><br>BERTRAND (on camera): Um, the US keeps only small numbers of military trainers in Mexico.</p>
<p>Copyright 2026 CNN. All rights reserved.</p>
</body></html>
"""


def test_an_html_transcript_is_read_as_a_plain_text_one() -> None:
    # labels, timestamps and notes were words ("[17:00:00]" and "(END VIDEOTAPE)" were checkable claims, "SEN. TED
    # CRUZ (R-TX): Well, uh, there are..." named no speaker and kept its filler), and no turn ran on
    article = parse_article(CNN_PAGE.encode(), "situation-room.html")
    found = [(s.line, s.speaker, s.text) for s in split_sentences(article.blocks)]
    assert found[3:] == [
        (5, "WOLF BLITZER", "Senators pressed the defense secretary."),
        (6, "WOLF BLITZER", "Our Pentagon correspondent has the story."),
        (7, "SEN. TED CRUZ", "Well, there are more than 10,000 US troops deployed in Mexico."),
        (8, "BERTRAND", "The US keeps only small numbers of military trainers in Mexico."),
        (9, None, "Copyright 2026 CNN."),
        (9, None, "All rights reserved."),
    ]


def test_an_html_label_alone_names_the_paragraph_after_it() -> None:
    page = (
        '<html><body><p class="speaker">Speaker 1: (00:12)</p>\n<p>Senator, are there US troops in Mexico?</p>\n'
        "<p>Ted Cruz: (00:20)<br>There are more than 10,000 US troops deployed in Mexico.</p>\n"
        "<p>And the Mérida Initiative sent US troops to Mexico.</p></body></html>\n"
    )
    assert spoken_sentences(page, "hearing.html") == [
        ("Speaker 1", "Senator, are there US troops in Mexico?"),
        ("Ted Cruz", "There are more than 10,000 US troops deployed in Mexico."),
        ("Ted Cruz", "And the Mérida Initiative sent US troops to Mexico."),
    ]


def test_an_html_article_quoting_an_exchange_goes_on_in_its_writer_s_words() -> None:
    page = (
        "<html><body><h1>Mexico's Senate approves US Navy SEALs</h1>\n"
        "<p><strong>UPDATE:</strong> This story was updated on March 3.</p>\n"
        "<p>WASHINGTON (AP) &mdash; Mexico's Senate approved 19 US Navy SEALs on Tuesday.</p>\n"
        "<p>The reason is simple: the US keeps only small numbers of military trainers in Mexico.</p>\n"
        "<p><b>CRUZ:</b> Are there US troops in Mexico?</p>\n<p><b>HEGSETH:</b> Only trainers.</p>\n"
        "<p>The exchange lasted five minutes. CRUZ: it did.</p></body></html>\n"
    )
    found = spoken_sentences(page, "story.html")
    assert [speaker for speaker, _ in found] == [None, None, None, None, "CRUZ", "HEGSETH", None, None]
    assert found[1][1] == "UPDATE: This story was updated on March 3."
    assert found[-1][1] == "CRUZ: it did."  # a label inside a paragraph is words, as a browser shows it


def test_a_cue_tag_never_closed_is_text_and_ends_at_the_next_tag() -> None:
    # a "<" never closed took everything to the next ">" with it ("<y and <i>" read as one tag) and was read again
    # to the end of the line from every "<": a cue line of 100 KB of "<v a " took 8 s, 1 MB would take hours
    srt = "1\n00:00:01,000 --> 00:00:02,000\nx <y and <i>there are</i> 10,000 troops\n"
    assert [b.text for b in subtitle_blocks(srt)] == ["x <y and there are 10,000 troops"]
    vtt = "WEBVTT\n\n00:01.000 --> 00:04.000\n<v a <v Ted Cruz>There are troops.\n"
    assert [(b.speaker, b.text) for b in subtitle_blocks(vtt)] == [("Ted Cruz", "<v a There are troops.")]
    hostile = "1\n00:00:01,000 --> 00:00:02,000\n" + "<v a " * 200_000  # 1 MB: hours before, a second now
    assert subtitle_blocks(hostile)[0].text.startswith("<v a <v a")


def test_filler_after_a_long_run_of_spaces_is_read_from_the_run_s_start() -> None:
    # "[ \t]+(?=uh)" was tried from every space of a run, each time to the run's end: 4,000 spaces took 1.7 s and the
    # 50,000 here some 4 minutes (quadratic); a run is now read from its first space only
    spaces = " " * 50_000
    assert without_filler(f"they are{spaces}uh there") == "they are there"
    assert without_filler(f"a{spaces}x uh").endswith(" x")


def test_a_spanish_stenographic_version_reads_as_a_transcript_with_no_notes_nor_pleasantries() -> None:
    # tests/fixtures/scan/version_estenografica.txt: its dateline, "Ciudad de México, a 4 de diciembre de 2026.",
    # was a claim and made the text no transcript (the president's unlabelled paragraphs were nobody's);
    # "(RISAS Y APLAUSOS)" and "(APLAUSOS PROLONGADOS)" were sentences; "Muchas gracias a todos." and "Nos vemos
    # mañana a las siete." were claims
    from factcheck.claimlike import assess

    path = Path(__file__).parent / "fixtures" / "scan" / "version_estenografica.txt"
    sentences = split_sentences(parse_article(path.read_bytes(), path.name).blocks)
    checkable = [(s.speaker, s.text) for s in sentences if assess(s.text, s.kind, spoken=s.spoken).checkable]
    president = "PRESIDENTA CLAUDIA SHEINBAUM PARDO"
    assert checkable == [
        (president, "México no va a aceptar la presencia de tropas de Estados Unidos en su territorio."),
        (
            president,
            "El Senado autorizó a 19 elementos de la Marina de Estados Unidos para capacitar a marinos mexicanos.",
        ),
        (president, "Siguen ahí, y son diez mil."),
    ]
    assert not any("(" in s.text for s in sentences)


@pytest.mark.parametrize(
    "dateline",
    ["The White House, Washington, D.C., December 4, 2026.", "El Paso, Texas, Thursday, 4 Dec. 2026."],
)
def test_an_english_date_line_ending_in_a_full_stop_heads_a_transcript(dateline: str) -> None:
    # a date line ending in a full stop above the first label was a sentence: the text was no transcript, and each
    # speaker's unlabelled paragraph after the first was nobody's (speaker None), as the Spanish one's was
    text = (
        f"REMARKS BY PRESIDENT TRUMP AND PRESIDENT SHEINBAUM\n\n{dateline}\n\nTRUMP: Thank you very much.\n\n"
        "We have 10,000 US troops deployed in Mexico right now.\n\nSHEINBAUM: That is not true.\n\n"
        "There are no foreign troops in Mexico.\n"
    )
    sentences = split_sentences(parse_article(text.encode(), "remarks.txt").blocks)
    assert [(s.speaker, s.text) for s in sentences if s.spoken][-3:] == [
        ("TRUMP", "We have 10,000 US troops deployed in Mexico right now."),
        ("SHEINBAUM", "That is not true."),
        ("SHEINBAUM", "There are no foreign troops in Mexico."),
    ]


def test_a_date_line_is_places_and_a_date_alone() -> None:
    from factcheck.claimlike import is_date_line

    assert is_date_line("The White House, Washington, D.C., December 4, 2026.")
    # a sentence that goes on after its date, or has a lower-case word among its places, is no date line
    assert not is_date_line("Mexico, Canada, May 5, 2026, signed it.")
    assert not is_date_line("Troops arrived in Mexico, May 5, 2026.")


@pytest.mark.parametrize(
    "headline",
    ["US Troops Invaded Mexico, Veracruz, April 21, 1914", "US TROOPS INVADED MEXICO, APRIL 21, 1914"],
)
def test_a_headline_ending_in_its_date_is_checked_outside_a_transcript(headline: str) -> None:
    # review20s: read as a byline everywhere, the date line's pattern skipped such headlines (0.998 on the
    # claim 'US troops have invaded Mexico in the past' before): only a transcript's header is read so
    from factcheck.claimlike import assess

    assert assess(headline).checkable


# --- one transcript line given to ``check`` as a statement ----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "[00:12:31] Speaker 2: Mexico sent ten thousand troops to the border.",
        "00:12:31 Mexico sent ten thousand troops to the border.",
        "(12:31) Mexico sent ten thousand troops to the border.",
        "[12:31.5] Mexico sent ten thousand troops to the border.",
        "00:00:01,000 --> 00:00:04,000 Mexico sent ten thousand troops to the border.",
        "00:00:01.000 --> 00:00:04.000 Mexico sent ten thousand troops to the border.",
        # a WebVTT timing's cue settings were kept as words
        "00:00:01.000 --> 00:00:04.000 align:start position:10% Mexico sent ten thousand troops to the border.",
        "00:01.000 --> 00:04.000 line:-1 size:80% position:10%,line-left "
        "Mexico sent ten thousand troops to the border.",
        "00:00:01.000 --> 00:00:04.000 vertical:rl region:fred Mexico sent ten thousand troops to the border.",
        "Speaker 2: Mexico sent ten thousand troops to the border.",
        "SPEAKER_01: Mexico sent ten thousand troops to the border.",
        "Speaker 2 00:31 Mexico sent ten thousand troops to the border.",
        "Speaker 1 (00:12): Mexico sent ten thousand troops to the border.",
        "speaker 3: (00:12) Mexico sent ten thousand troops to the border.",
    ],
)
def test_a_statement_is_read_without_a_transcript_lines_timestamp_and_numbered_speaker(line: str) -> None:
    assert spoken_statement(line) == "Mexico sent ten thousand troops to the border."


@pytest.mark.parametrize(
    "statement",
    [
        "At 12:31 the Senate voted to authorise the deployment.",
        "00:00 is midnight",
        "Speaker Johnson said 10,000 troops are in Mexico.",
        "Speaker 2 of the House said 10,000 troops are in Mexico.",
        "Speaker 2",
        "Speaker 2:",
        "[00:12:31]",
        "12:31 troops crossed the border.",  # a time without seconds, no brackets: words
        # a setting's word is words but after a timing's arrow
        "align:start Mexico sent ten thousand troops to the border.",
        "At 12:31 size:80% of the troops crossed the border.",
        # a name's label is left: in capitals it may be a verdict's or a feed's, which the matcher reads
        "TRUMP: Mexico sent ten thousand troops to the border.",
        "FALSE: Mexico sent ten thousand troops to the border.",
        "Fact: Mexico sent ten thousand troops to the border.",
        "Mexico sent ten thousand troops to the border.",
    ],
)
def test_a_statement_keeps_what_no_transcript_line_opens_with(statement: str) -> None:
    assert spoken_statement(statement) == statement


def test_check_of_a_transcript_line_finds_what_the_speaker_said(
    invoke: Callable[..., Result], starter_kb: Path
) -> None:
    # "Speaker" was read as a name said in the place of the claim's "US": FALSE us-troops-in-mexico-10000 (0.93)
    said = "Mexico sent ten thousand troops to the border."
    lines = [
        f"[00:12:31] Speaker 2: {said}",
        f"00:00:01,000 --> 00:00:04,000 {said}",
        f"00:00:01.000 --> 00:00:04.000 align:start position:10% {said}",  # a WebVTT cue's settings
        said,
    ]
    result = invoke("check", "-", "--top", "1", "--kb", str(starter_kb), input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["query"] for a in answers] == lines  # the line as given
    assert [a["matches"][0]["id"] for a in answers] == ["mexico-sent-10000-national-guard-to-border"] * 4
    assert [a["matches"][0]["differences"] for a in answers] == [None] * 4
    assert len({a["matches"][0]["score"] for a in answers}) == 1


def test_check_of_a_transcript_line_says_nothing_of_misspelt_words_it_has_none_of(
    invoke: Callable[..., Result], starter_kb: Path
) -> None:
    result = invoke("check", "Speaker 2: Mexico sent ten thousand troops to the border.", "--kb", str(starter_kb))
    assert result.exit_code == 0, result.output
    assert "mexico-sent-10000-national-guard-to-border" in result.stdout
    assert "Read as" not in result.stdout


# --- Otter's export: the name and the time on a line of their own ---------------------------------

# as Otter.ai writes a conversation's transcript to a .txt file: two spaces between the name and the time
OTTER_EXPORT = """\
Speaker 1  0:00
Thanks everyone for coming out tonight. Our first question is on the border.

Jane Doe  0:07
Um, there are more than 10,000 US troops in Mexico right now.

Speaker 1  0:15
Where did you hear that?

Jane Doe  1:02:03
I read it online.
And Mexico sent 10,000 National Guard troops to the border.
"""


def test_otter_s_export_names_its_speakers() -> None:
    # the name and time were a title ("heading without a verb"), and no sentence was anyone's
    assert spoken_sentences(OTTER_EXPORT, "otter.txt") == [
        ("Speaker 1", "Thanks everyone for coming out tonight."),
        ("Speaker 1", "Our first question is on the border."),
        ("Jane Doe", "There are more than 10,000 US troops in Mexico right now."),  # spoken: "Um" goes
        ("Speaker 1", "Where did you hear that?"),
        ("Jane Doe", "I read it online."),
        ("Jane Doe", "And Mexico sent 10,000 National Guard troops to the border."),
    ]
    assert [s.line for s in split_sentences(parse_article(OTTER_EXPORT.encode(), "otter.txt").blocks)] == [
        2,
        2,
        5,
        8,
        11,
        12,
    ]


def test_otter_s_numbered_speakers_each_speaking_once_are_labels() -> None:
    export = "Debate night\n\nSpeaker 1  0:00\nGood evening.\n\nSpeaker 2  0:12\nThere are US troops in Mexico.\n"
    assert spoken_sentences(export) == [
        (None, "Debate night"),
        ("Speaker 1", "Good evening."),
        ("Speaker 2", "There are US troops in Mexico."),
    ]


def test_scan_of_an_otter_export_shows_each_sentence_after_its_speaker(
    invoke: Callable[..., Result], starter_kb: Path, tmp_path: Path
) -> None:
    export = tmp_path / "otter.txt"
    export.write_text(OTTER_EXPORT, encoding="utf-8")
    result = invoke("scan", str(export), "--kb", str(starter_kb), "--json")
    found = [json.loads(line) for line in result.stdout.splitlines()]
    said = {(s["line"], s["speaker"], s["text"]) for s in found if s["type"] == "sentence"}
    assert (5, "Jane Doe", "There are more than 10,000 US troops in Mexico right now.") in said
    assert not any("0:07" in text or "Speaker 1" in text for _, _, text in said)


@pytest.mark.parametrize(
    "text",
    [
        # a schedule: each part named once, the words below it its description
        "Agenda\n\nRegistration  8:00\nCoffee in the lobby.\n\nPanel  11:00\nThree experts discuss troops.\n",
        # a list of names and times: no words below each
        "Results\n\nSmith  2:03:45\nJones  2:04:10\nSmith  2:05:00\nJones  2:06:00\n",
        # one such line
        "Speaker 1  0:00\nThere are US troops in Mexico.\n",
        # one space: words
        "Jane Doe 0:07\nThere are US troops.\n\nJane Doe 0:09\nThey patrol the border.\n",
    ],
)
def test_a_name_and_a_time_on_a_line_outside_an_otter_export_is_no_label(text: str) -> None:
    assert all(speaker is None for speaker, _ in spoken_sentences(text))


# --- a video's transcript copied as text ------------------------------------------------------------

YOUTUBE_TIMES_ABOVE = """\
0:00
there are more than ten thousand us troops in mexico
0:04
and the senate never voted on it
1:02:03
[Music]
1:02:07
thank you all for watching
"""
YOUTUBE_TIMES_OPENING = """\
0:00 there are more than ten thousand us troops in mexico
0:04 and the senate never voted on it
1:02:03 [Music]
1:02:07 thank you all for watching
"""


@pytest.mark.parametrize("transcript", [YOUTUBE_TIMES_ABOVE, YOUTUBE_TIMES_OPENING])
def test_a_video_s_transcript_copied_as_text_is_read_a_caption_a_sentence(transcript: str) -> None:
    # it was one sentence, "0:00" a number in it, and nothing matched
    lines = [2, 4, 8] if transcript is YOUTUBE_TIMES_ABOVE else [1, 2, 4]
    assert sentences(transcript, "transcript.txt") == list(
        zip(
            lines,
            [
                "there are more than ten thousand us troops in mexico",
                "and the senate never voted on it",
                "thank you all for watching",
            ],
            strict=True,
        )
    )


def test_a_punctuated_video_transcript_copied_as_text_runs_on_into_whole_sentences() -> None:
    transcript = "0:00\nThere are more than 10,000\n0:03\nUS troops in Mexico.\n0:06\n>> That is false.\n"
    assert spoken_sentences(transcript) == [
        (None, "There are more than 10,000 US troops in Mexico."),
        (None, "That is false."),
    ]


def test_scan_of_a_video_s_transcript_copied_as_text_matches_a_caption(
    invoke: Callable[..., Result], starter_kb: Path
) -> None:
    result = invoke("scan", "-", "--kb", str(starter_kb), "--json", input=YOUTUBE_TIMES_OPENING)
    found = [json.loads(line) for line in result.stdout.splitlines()]
    first = found[0]
    assert (first["line"], first["text"]) == (1, "there are more than ten thousand us troops in mexico")
    assert first["match"] is not None
    assert found[-1]["sentences"] == 3


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("At 0:00 the polls closed.\n", [(1, "At 0:00 the polls closed.")]),
        (
            "At 0:00 the polls closed.\nAt 0:05 the first results came in.\nAt 0:30 the count was done.\n",
            [
                (1, "At 0:00 the polls closed."),
                (2, "At 0:05 the first results came in."),
                (3, "At 0:30 the count was done."),
            ],
        ),
        # an article listing a video's chapters among its paragraphs
        (
            "The Pentagon released a video on Tuesday. Its chapters:\n0:00 Intro\n1:30 Troops in Mexico\n"
            "5:45 What the Pentagon said\n\nThe video says there are 10,000 US troops in Mexico.\n",
            [
                (1, "The Pentagon released a video on Tuesday."),
                (1, "Its chapters: 0:00 Intro 1:30 Troops in Mexico 5:45 What the Pentagon said"),
                (6, "The video says there are 10,000 US troops in Mexico."),
            ],
        ),
        # an agenda: a clock's times, not a video's first minute
        (
            "9:00 Doors open\n9:30 Keynote by the mayor\n10:15 Panel on the border\n",
            [(1, "9:00 Doors open"), (2, "9:30 Keynote by the mayor 10:15 Panel on the border")],
        ),
        # times going back: no video's
        ("0:30 Smith\n0:10 Jones\n0:20 Garcia\n", [(1, "0:30 Smith"), (2, "0:10 Jones"), (3, "0:20 Garcia")]),
    ],
)
def test_prose_and_lists_with_times_are_not_a_video_s_transcript(text: str, read: list[tuple[int, str]]) -> None:
    assert sentences(text, "article.txt") == read


def test_a_transcript_with_a_clock_s_timestamps_is_read_as_before() -> None:
    # "00:00:05" is a recording's clock, as other transcripts write it: read as labelled lines are
    transcript = "00:00:05 MODERATOR: Good evening.\n00:00:09 CRUZ: There are US troops.\n00:00:15 MODERATOR: Thanks.\n"
    assert spoken_sentences(transcript) == [
        ("MODERATOR", "Good evening."),
        ("CRUZ", "There are US troops."),
        ("MODERATOR", "Thanks."),
    ]
