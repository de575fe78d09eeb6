"""Which sentences make a checkable claim, and the reason given for each decision."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.article import parse_article
from factcheck.blocks import Block, BlockKind
from factcheck.claimlike import (
    MAX_WORDS,
    _ends_with_question,
    _strip_closers,
    _without_markup,
    assess,
    lower_case_words,
    place_names,
    written_as_names,
)
from factcheck.sentences import split_block, split_sentences

CHECKABLE = [
    ("The Senate approved 155 US Marines in March 2025.", "has a number (155)"),
    ("Congress spent about $3.5 billion on the Mérida Initiative.", "has a number ($3.5 billion)"),
    ("Homicides rose by 12.5% last year.", "has a number (12.5%)"),
    ("Homicides rose by 12.5 per cent in 2024.", "has a number (12.5 per cent)"),
    ("Each soldier gets an allowance of 80 dollars a day.", "has a number (80 dollars)"),
    ("Mexico was the last country to sign the treaty.", "comparison (last)"),
    ("Ten thousand soldiers crossed the border.", "has a number (Ten)"),
    ("It happened in February, after the vote.", "has a date (February)"),
    ("The new ferry terminal opened in May.", "has a date (May)"),  # it showed "May."
    ("The terminal opened in early Jan., the city said.", "has a date (Jan.)"),
    ("The new ferry terminal opened in September.", "has a date (September)"),
    ("The ferry terminal opened in June.", "has a date (June)"),  # it showed "June.", as "May." before
    ("The ferry terminal opened in early Sept., the city said.", "has a date (Sept.)"),
    ("Sheinbaum rejected the offer.", "names an actor (Sheinbaum)"),
    ("The vote was held by the Senate.", "names an actor (Senate)"),
    ("The DEA agents left.", "names an actor (DEA)"),
    ("In the end the U.S. kept its trainers there.", "names an actor (U.S.)"),
    ("These may include military advisors and support staff.", "names an actor (military)"),
    ("The presence can lead to a reduction in violence.", "cause or effect (lead to)"),
    ("Their presence attracts investment.", "cause or effect (attracts)"),
    ("The violence got worse than it was before.", "comparison (worse than)"),
    ("This was the largest deployment in a century.", "comparison (largest)"),
    ("Sources say the Senate approved 155 Marines.", "has a number (155)"),
    # in Title Case, a verb makes it a statement: a headline pasted as a line of its own
    ("Trump Sends Troops To Mexico", "names an actor (Trump)"),
    ("Senate Approves 10 US Trainers", "has a number (10)"),
    # nor with a comma, when a word joins its parts as a sentence's do ("With"): a headline, not a citation
    ("Trump Threatens Mexico, Canada With 25% Tariffs.", "has a number (25%)"),
    # a dash and a verb: a sentence going on, not an attribution
    ("— and then 10,000 troops arrived in Texas", "has a number (10,000)"),
    ("— Mexico deployed 10,000 troops to the border", "has a number (10,000)"),
    # ... and with a verb _VERB does not know, or IN CAPITALS (capitals then say nothing)
    ("Trump Threatens Mexico With 25% Tariffs.", "has a number (25%)"),
    ("MEXICO BANS 10,000 US TROOPS FROM ITS SOIL.", "has a number (10,000)"),
    ("US Troops Enter Mexico.", "names an actor (US)"),
]

NOT_CHECKABLE = [
    ("So, are there US troops in Mexico?", "question"),
    ("Is it 10,000 troops or 155?!", "question"),
    ('Who said "no"?', "question"),
    ("It's complicated.", "too short (2 words)"),
    ("Wow.", "too short (1 word)"),
    ("Grab a coffee, because this one is a big topic.", "imperative/filler (grab)"),
    ("Hey there, and welcome back to the blog!", "imperative/filler (hey)"),
    ("Welcome to our 2025 guide to the border!", "imperative/filler (welcome)"),
    ("In this article, we'll break down the 3 main roles.", "imperative/filler (in this article)"),
    ("Okay, let's dive into the numbers from 2025.", "imperative/filler (let's)"),
    ("Thanks for reading, and see you in 2026!", "imperative/filler (thanks)"),
    ("Posted by the Editorial Team", "imperative/filler (byline)"),
    # a news page's contact line was a claim: "names an actor (Contact)"
    ("Contact the reporter at mlopez@example.com.", "imperative/filler (contact the reporter)"),
    ("Here is what the 155 Marines did:", "imperative/filler (introduces what follows)"),
    # pointers and captions around an article's text ("See" was taken for a name, "1" for a number)
    ("See https://example.org/report for the 2025 numbers.", "imperative/filler (see https://)"),
    ("See also the Senate vote in 2025.", "imperative/filler (see also)"),
    ("Source: some newspaper, 2025.", "imperative/filler (source:)"),
    # a press release's contact line was "has a number (602)"
    ("Contact: Press Office, (602) 555-0147, press@example.gov", "imperative/filler (contact:)"),
    ("Media contact: Jane Doe, 555-0100", "imperative/filler (media contact:)"),
    ("Photo: US Marines in Campeche in 2025.", "imperative/filler (photo:)"),
    ("I think the Senate made the right call in 2025.", "opinion marker (I think)"),
    ("In my opinion, the 10,000 figure is plausible.", "opinion marker (In my opinion)"),
    ("Personally, the Pentagon's role seems bigger than that.", "opinion marker (Personally)"),
    ("It is a fascinating topic with lots of nuance.", "no checkable detail"),
    # a line of names and numbers without a verb: a citation or a name, as a heading without a verb is a title
    ("Riverton Elections Office, 2024.", "a name or citation"),
    ("Mexico City, Mexico.", "a name or citation"),
    # who said the quote before it, on a line of its own
    ("— Claudia Sheinbaum, press conference", "attribution (who said the quote above)"),
    ("– Pentagon spokesperson, 3 March 2025", "attribution (who said the quote above)"),
]


@pytest.mark.parametrize(("sentence", "reason"), CHECKABLE)
def test_checkable_claims_and_why(sentence: str, reason: str) -> None:
    result = assess(sentence)
    assert result.checkable, result.reason
    assert reason in result.reason


@pytest.mark.parametrize(("sentence", "reason"), NOT_CHECKABLE)
def test_not_claims_and_why(sentence: str, reason: str) -> None:
    result = assess(sentence)
    assert not result.checkable
    assert result.reason.startswith(reason)


def test_quoted_speech_is_not_the_writer_s_opinion() -> None:
    result = assess('Sheinbaum said: "I think our sovereignty is not for sale."')
    assert result.checkable and "names an actor (Sheinbaum)" in result.reason


def test_several_signs_are_all_given() -> None:
    result = assess("More than 10,000 US troops were sent because of the cartels.")
    assert result.reason == (
        "has a number (10,000); names an actor (US); cause or effect (because); comparison (more than)"
    )


def test_sentence_starters_are_not_names_but_names_are() -> None:
    assert not assess("However, nobody could say how it went.").checkable
    assert not assess("Clearly nobody could say how it went.").checkable
    assert assess("Sheinbaum could not say how it went.").checkable


def test_headings_need_a_verb_and_question_titles_are_not_statements() -> None:
    heading = BlockKind.HEADING
    assert assess("The Legal Framework", heading).reason.startswith("heading without a verb")
    assert assess("The impact", heading).reason.startswith("heading without a verb")  # not "too short"
    assert assess("US Troops in Mexico: How Many, What They Do", heading).reason == (
        "title announcing questions (not a statement)"
    )
    assert assess("US troops in Mexico: what we know", heading).reason == "title announcing questions (not a statement)"
    assert assess("Are there US troops in Mexico?", heading).reason == "question"
    title = assess("Trump Sends 10,000 Troops Into Mexico", heading)
    assert title.checkable and "has a number (10,000)" in title.reason
    # The same words in a paragraph are judged as a sentence: with no verb, a caption or a fragment.
    assert assess("The Legal Framework of Mexico", BlockKind.PARAGRAPH).reason.startswith("no verb: a caption")


def test_table_cells_need_a_verb() -> None:
    # a table's cells were judged as sentences: "Baja California Sur" (an actor, "Baja") was checked,
    # and shown with the TRUE verdict of the 155 Marines' exercise in Baja California Sur at 0.99
    cell = BlockKind.CELL
    assert assess("Baja California Sur", cell).reason == "table cell without a verb (a label or value, not a statement)"
    assert not assess("10,000 troops on the US border", cell).checkable
    assert assess("The Senate approved 155 US Marines", cell).checkable  # a sentence in a cell still is one


@pytest.mark.parametrize(
    "text",
    [
        # a table's column label was a claim to research: "names an actor (Approved)"
        "Approved by Senate",
        "Approved by Senate on 19 March 2025",  # a status value
        "Deployed to Texas",
        "Rejected by Mexico, accepted by Guatemala",
        "Took office in 2024",
    ],
)
def test_a_cell_opening_with_a_participle_and_no_subject_is_a_label(text: str) -> None:
    reason = "table cell opening with a participle, without a subject (a label or value, not a statement)"
    assert assess(text, BlockKind.CELL) == (False, reason)
    assert assess(text, BlockKind.PARAGRAPH).checkable  # in running text it is judged as a sentence


@pytest.mark.parametrize(
    "text",
    [
        "The Senate approved 155 US Marines",  # its subject before the verb
        "Deployed in 2025, the troops stayed a month",  # another verb, with its subject
        "Approved by Senate, but the troops never arrived",
    ],
)
def test_a_cell_with_a_subject_or_another_verb_is_still_a_statement(text: str) -> None:
    assert assess(text, BlockKind.CELL).checkable


@pytest.mark.parametrize(
    "sentence",
    [
        "By Maria Lopez, Border Correspondent",
        "By The Associated Press",
        "By Maria Lopez | updated March 3, 2026",
        # a dateline was a claim to research: "has a number (3); names an actor (Published)"
        "Published March 3, 2026",
        "Updated Jan. 22, 2026 at 5:00 p.m. ET",
        "Published: 3 March 2026, 10:42 a.m.",
        "Updated 3 March 2026",
        "Published 2026-03-03 10:45",
        "Posted 3rd March 2026",
        "Published 2026, 10:45 a.m. ET",
        "Updated 3/3/2026 at 10:45",
        # a broadcast transcript's dateline: "has a number (3); names an actor (Aired)"
        "Aired March 3, 2026 - 17:00 ET",
        "Broadcast on March 3, 2026",
    ],
)
def test_bylines_and_datelines_are_not_claims(sentence: str) -> None:
    assert assess(sentence) == (False, "imperative/filler (byline)")


@pytest.mark.parametrize(
    "sentence",
    [
        # "By" opening a statement was read as a byline: these were skipped
        "By February 2025, Mexico had deployed 10,000 troops to the border.",
        "By the end of 2025, more than 10,000 US troops were on the border.",
        "By law, foreign troops need the Senate's approval to enter Mexico.",
        "By Mexico's count, 200 US advisers are in the country.",
        "Published reports say 10,000 troops are in Mexico.",
        # a number after the verb is no date: this was skipped as a dateline
        "Reported 3,000 cases in 2024.",
        "Reported 155 Marines entering Mexico in March 2025.",
        # a decimal or a count of four digits is no date either
        "Reported 3.5 million cases in 2024.",
        "Updated 2.5 million voter records in Texas.",
        "Reported 2000 cases of fraud in Texas.",
        "Aired 3,000 times on Mexican television in 2025.",
    ],
)
def test_statements_opening_like_a_byline_are_claims(sentence: str) -> None:
    result = assess(sentence)
    assert result.checkable, result.reason


INSTRUCTIONS = [
    # a worksheet's instructions were claims to research: "names an actor (Find)", "has a number (three)"
    ("Find one source for each claim.", "find"),
    ("Write down who made the claim.", "write"),
    ("Discuss your answer with a partner.", "discuss"),
    ("Compare the two numbers from 2024 and 2025.", "compare"),
    ("Explain why the Senate voted against it.", "explain"),
    ("List three sources.", "list"),
    ("Read the article about the 155 Marines.", "read"),
    ("Look up the Senate vote.", "look"),
    ("Check the date of each claim.", "check"),
    ("Decide whether each claim is true.", "decide"),
    ("Circle the actor in each sentence.", "circle"),
    ("Underline the number in each claim.", "underline"),
    ("Answer the questions in full sentences.", "answer"),
    ("First, fill in the table with 3 claims.", "fill"),
    ("Now think about what the Pentagon said.", "think"),
    ("find 2 sources for the Senate vote", "find"),  # a list item, in lower case
    ("Compare the two numbers: 10,000 and 200.", "compare"),  # no statement after the colon
    ("Compare the two articles.", "compare"),
    ("Compare the two articles, when you have read both.", "compare"),  # a clause addressed to the reader
    ("Remember that you need two sources for each claim.", "remember"),  # the same, after "that"
]


@pytest.mark.parametrize(("sentence", "verb"), INSTRUCTIONS)
def test_an_instruction_to_the_reader_asserts_nothing(sentence: str, verb: str) -> None:
    assert assess(sentence) == (False, f"imperative/filler (instruction: {verb})")


@pytest.mark.parametrize(
    "sentence",
    [
        # a name that looks like a verb, followed by a capital
        "Will Smith said the Senate was wrong.",
        "Mark Kelly voted against the bill.",
        "Read Hastings said Netflix spent $17 billion.",
        # a noun that looks like a verb, followed by no object
        "Report finds 10,000 troops in Mexico.",
        "Find of the year: a new cartel tunnel in Tijuana.",
        "Check marks were added by the Senate clerk.",
        "Think tanks say the Pentagon sent 200 advisers.",
        "Research shows the Senate approved 155 Marines.",
        "Look, the Senate approved 155 Marines.",  # "Look," opens a statement
        # an instruction that hands over to a statement of its own (from the review)
        "Read the full report: 200 US troops are in Mexico.",
        "Look at the numbers: the US spent $3 billion on the Merida Initiative.",
        "Check the facts; the Senate approved 155 Marines in 2025.",
        # ... or to a clause on the time it names: "Compare that to 2019, when ..." was an instruction (review)
        "Compare that to 2019, when 5,000 troops were sent to the border.",
        "Look back at 2019, when 5,000 troops were sent to the border.",
    ],
)
def test_names_and_nouns_that_look_like_instructions_are_still_claims(sentence: str) -> None:
    result = assess(sentence)
    assert result.checkable, result.reason
    assert "imperative" not in result.reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # the opening verb was the actor: "names an actor (Compare)", "names an actor (Read)"
        (
            "Compare that to 2019, when 5,000 troops were sent to the border.",
            "has a number (2019); names an actor (troops)",
        ),
        ("Read the full report: 200 US troops are in Mexico.", "has a number (200); names an actor (US)"),
        ("Mark Kelly voted against the bill.", "names an actor (Mark)"),  # a name, not an imperative
    ],
)
def test_the_verb_an_imperative_opens_with_is_no_actor(sentence: str, reason: str) -> None:
    assert assess(sentence).reason == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # the dateline's place was the actor, its date the number: "names an actor (WASHINGTON)", "has a number (3)"
        (
            "WASHINGTON (Reuters) - The Pentagon sent 200 advisers to Mexico.",
            "has a number (200); names an actor (Pentagon)",
        ),
        ("WASHINGTON (AP) — It rained all day.", "no checkable detail (no number, actor, cause or comparison)"),
        (
            "MEXICO CITY, March 3 (Reuters) - The talks ended.",
            "no checkable detail (no number, actor, cause or comparison)",
        ),
        ("EL PASO, Texas (AP) — The talks ended.", "no checkable detail (no number, actor, cause or comparison)"),
        ("NATO (the alliance) - sent 200 troops.", "has a number (200); names an actor (NATO)"),  # no agency
    ],
)
def test_a_wire_dateline_is_no_part_of_the_claim(sentence: str, reason: str) -> None:
    assert assess(sentence).reason == reason


NO_DETAIL = "no checkable detail (no number, actor, cause or comparison)"


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # a dateline with its date and a dash, no agency: its place was the actor, its day the number
        ("Washington, Dec. 4, 2026 - The Pentagon sent 200 advisers.", "has a number (200); names an actor (Pentagon)"),
        ("WASHINGTON, Dec. 4, 2026 — It rained all day.", NO_DETAIL),
        ("Washington, D.C., December 4, 2026 – It rained all day.", NO_DETAIL),
        ("El Paso, Texas, March 3, 2026 - It rained all day.", NO_DETAIL),
        ("Washington, DC — December 4, 2026 — It rained all day.", NO_DETAIL),
        ("Washington, Dec. 4, 2026 - Thank you all for coming.", "imperative/filler (thank you)"),
        ("Ciudad de México, a 4 de diciembre de 2026.- Buenos días a todos.", "imperative/filler (buenos días)"),
        # no date: no dateline
        ("Mexico, Canada - and the US signed it.", "names an actor (Mexico)"),
    ],
)
def test_a_dated_dateline_is_no_part_of_the_claim(sentence: str, reason: str) -> None:
    assert assess(sentence).reason == reason


def test_a_first_word_the_article_writes_in_lower_case_is_no_actor() -> None:
    # "Copyright law protects news photographs." was checkable, "names an actor (Copyright)", in an article that
    # writes "copyright" itself: its capital was only the sentence's
    article = ["The photographs are under copyright.", "Water was short in 2024 and the water board met."]
    lower_case = lower_case_words(article)
    assert {"copyright", "water", "the"} <= lower_case and "Water" not in lower_case
    assert assess("Copyright law protects news photographs.", lower_case=lower_case) == (
        False,
        "no checkable detail (no number, actor, cause or comparison)",
    )
    assert assess("Water is wet.", lower_case=lower_case).checkable is False
    # a name the article never writes in lower case still names its actor
    assert assess("Sheinbaum rejected the offer.", lower_case=lower_case).reason == "names an actor (Sheinbaum)"
    assert assess("Copyright law protects news photographs.").reason == "names an actor (Copyright)"


@pytest.mark.parametrize(
    "sentence",
    [
        "Water is wet.",
        "Go ahead, Dana.",
        "Violence is rising in the north.",
        "Prices rose sharply this year.",
        # a debater's "Look, ..." and a moderator's "Please, ..." named an actor (Look), (Please)
        "Look, folks, everybody knows what's going on at the border.",
        "Please, let her finish.",
    ],
)
def test_a_common_word_opening_a_short_article_s_sentence_is_no_actor(sentence: str) -> None:
    # in a short article, which never writes "water" in lower case, "Water is wet." named an actor (Water)
    assert assess(sentence).reason == "no checkable detail (no number, actor, cause or comparison)"


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Mark said no to the deal.", "Mark"),
        ("Bill voted against it.", "Bill"),
        ("Hope said the troops stayed.", "Hope"),
        ("Grace met the troops.", "Grace"),
        ("Turkey sent its troops.", "Turkey"),
        ("Time reported the deal.", "Time"),
        ("Jobs said the deal was bad.", "Jobs"),
    ],
)
def test_a_name_that_is_also_a_word_still_names_an_actor(sentence: str, actor: str) -> None:
    assert f"names an actor ({actor})" in assess(sentence).reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Tourism in Cancún grew by 12 percent in 2024.", "has a number (12 percent); names an actor (Cancún)"),
        ("Funding for the Mérida Initiative ended.", "names an actor (Mérida)"),
        # the first word is the name when nothing else names one, or when a name follows it
        ("Mexico sends troops.", "names an actor (Mexico)"),
        ("Mark Kelly voted against the bill.", "names an actor (Mark)"),
        ("Sheinbaum said the US would not send troops.", "names an actor (US)"),
    ],
)
def test_a_name_inside_the_sentence_is_its_actor_before_a_capitalised_first_word(sentence: str, reason: str) -> None:
    # "names an actor (Tourism)": the first word is capitalised whether or not it is a name
    assert assess(sentence).reason == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # in a line in capitals every word looks like an acronym: the modal, the article or the pronoun opening it
        # was the actor ("names an actor (WILL)", "(THE)", "(YOU)")
        ("WILL THE SENATE APPROVE THE BILL", "names an actor (SENATE)"),
        ("THE PENTAGON SENT 200 ADVISERS.", "has a number (200); names an actor (PENTAGON)"),
        # but "US" in capitals is the country, and a line with lower case keeps its acronyms
        ("US TROOPS ENTERED MEXICO.", "names an actor (US)"),
        ("The WHO said the outbreak ended.", "names an actor (WHO)"),
        # "Will" opening a sentence in lower case was never an actor: it is a stop word
        ("Will the troops stay in Mexico.", "names an actor (troops)"),
    ],
)
def test_a_common_word_in_a_line_in_capitals_is_no_acronym(sentence: str, reason: str) -> None:
    assert assess(sentence).reason == reason


@pytest.mark.parametrize(
    "sentence",
    ["We'll have to leave it there.", "We'll be right back after this break.", "He'll be there.", "I'm proud of it."],
)
def test_a_pronoun_with_a_contracted_verb_is_no_actor(sentence: str) -> None:
    # a debate moderator's "We'll have to leave it there." was a claim, "names an actor (We'll)": only "'s" was taken
    # off a word, so "We'll", "I'm", "He'll" were capitalised words no stop word matched
    assert "names an actor" not in assess(sentence).reason


def test_a_name_with_a_contracted_verb_is_still_its_actor() -> None:
    assert assess("Trump'll send 500 troops.").reason == "has a number (500); names an actor (Trump)"


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # every word of a line in capitals was an acronym, so a shout with no checkable detail was a claim: "names
        # an actor (OUTRAGEOUS)", "(BREAKING)"; each is read as a sentence's first word is (capitalised anyway)
        ("THIS IS OUTRAGEOUS.", "no checkable detail (no number, actor, cause or comparison)"),
        ("THIS IS ABSOLUTELY UNACCEPTABLE!", "no checkable detail (no number, actor, cause or comparison)"),
        ("BREAKING: US TROOPS CROSS INTO MEXICO", "names an actor (US)"),
        ("THE SENATE APPROVED IT.", "names an actor (SENATE)"),
        # names stay names, and an actor word is one whatever its case
        ("MEXICO CLOSED ITS BORDER.", "names an actor (MEXICO)"),
        ("TRUMP SIGNED THE ORDER.", "names an actor (TRUMP)"),
        # a name may end as a gerund or an adverb does ("Shocking", "Totally" open sentences as no name does)
        ("BOEING HALTED DELIVERIES.", "names an actor (BOEING)"),
        ("ITALY CLOSED ITS PORTS.", "names an actor (ITALY)"),
    ],
)
def test_a_line_in_capitals_names_no_actor_by_its_capitals_alone(sentence: str, reason: str) -> None:
    assert assess(sentence).reason == reason


def test_a_word_the_article_writes_in_lower_case_is_no_name_in_its_lines_in_capitals() -> None:
    # "THAT FIGURE IS FALSE." in an article that speaks of the figure named an actor (FIGURE); "senate" written in
    # lower case is still an actor's word
    assert not assess("THAT FIGURE IS FALSE.", lower_case=frozenset({"figure", "false"})).checkable
    assert assess("THE SENATE VOTED.", lower_case=frozenset({"senate"})).reason == "names an actor (SENATE)"


@pytest.mark.parametrize(
    ("sentence", "prose", "actor"),
    [
        # the words opening a line in capitals are its subject: a post writes names in lower case, an article the
        # words of one; all four were "no checkable detail" once the article's lower-case words vetoed them
        ("TRUMP THREATENED MEXICO WITH TARIFFS.", "lol trump fans are losing it over this mexico story.", "TRUMP"),
        ("BORDER PATROL DENIES SHOOTING.", "An agent on patrol fired near the border fence.", "BORDER"),
        ("WHITE HOUSE DENIES REPORT.", "A white pickup crossed; the house of representatives asked why.", "WHITE"),
        ("HUMAN RIGHTS WATCH CONDEMNS THE RAIDS.", "The group said the raids violated human rights.", "HUMAN"),
        # a hashtag, a handle or an e-mail address is no prose: "hobbs" of press@hobbs.az.gov is no lower-case word
        ("IT WAS SIGNED BY HOBBS.", "Media contact: press@hobbs.az.gov #hobbs @hobbs https://hobbs.az.gov", "HOBBS"),
    ],
)
def test_a_line_in_capitals_keeps_the_names_the_prose_writes_in_lower_case(
    sentence: str, prose: str, actor: str
) -> None:
    assert assess(sentence, lower_case=lower_case_words([prose])).reason == f"names an actor ({actor})"


@pytest.mark.parametrize(
    "sentence",
    ["AHMED WAS ARRESTED.", "SAEED SAID NOTHING.", "CONNOLLY SAYS NOTHING.", "MOHAMMED ARRESTED IN RAID."],
)
def test_a_name_in_ed_or_ly_before_a_verb_is_the_subject_of_a_line_in_capitals(sentence: str) -> None:
    # read as a verb or an adverb by their ending, these names named no one: "no checkable detail"
    assert assess(sentence).reason == f"names an actor ({sentence.split()[0]})"


def test_a_word_after_an_article_in_a_line_in_capitals_is_still_vetoed_by_the_prose() -> None:
    # the subject is the opening words only: "THAT FIGURE" is no name in an article that writes "figure"
    prose = lower_case_words(["The figure is false, the report said."])
    assert not assess("THAT FIGURE IS FALSE.", lower_case=prose).checkable
    assert not assess("POLICE ARRESTED THE FIGURE.", lower_case=prose).reason.endswith("(FIGURE)")


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("First Lady Jill Biden said the program helped families.", "Jill"),
        ("Mr. Smith said the plan failed.", "Smith"),
        ("Mr Smith said the plan failed.", "Smith"),
        ("Mrs Smith visited the school.", "Smith"),
        ("Ms. Leavitt said the trainers stayed.", "Leavitt"),
        ("Dr Fauci said masks work.", "Fauci"),
        ("Yesterday Dr. Fauci said masks work.", "Fauci"),
        ("Sen. Cruz said the bill failed.", "Cruz"),
        ("Gen. Milley said the troops left.", "Milley"),
        # with no name after it, "First Lady" names an office, as "President" does
        ("The First Lady said the program helped families.", "First Lady"),
        # a rank in full names the office: it stays the actor
        ("Senator Cruz said the bill failed.", "Senator"),
    ],
)
def test_a_courtesy_title_before_a_name_is_no_actor(sentence: str, actor: str) -> None:
    # "names an actor (Lady)", "(Mr)", "(Dr)", "(Sen)": the title was taken for the name
    assert assess(sentence).reason == f"names an actor ({actor})"


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [("Gen Z voters backed the bill.", "Gen"), ("Lady Gaga sang the anthem in Texas.", "Lady")],
)
def test_a_word_like_a_title_with_no_full_stop_or_no_name_after_it_is_left_as_it_was(sentence: str, actor: str) -> None:
    # a rank's short form counts only with its full stop, and "Lady" only after "First"
    assert f"names an actor ({actor})" in assess(sentence).reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # capitalised as the first word, a subject that names no one was the actor: "names an actor (Readers)"
        ("Readers say the army is in Mexico.", "names an actor (army)"),
        ("Others say the troops are in Texas.", "names an actor (troops)"),
        ("Critics say the deployment is illegal.", "no checkable detail (no number, actor, cause or comparison)"),
        ("Experts say it is wrong.", "no checkable detail (no number, actor, cause or comparison)"),
        ("Some say the drones fly over Sonora.", "names an actor (Sonora)"),
        ("Critics of Trump say it is false.", "names an actor (Trump)"),
        ("Readers Digest said 200 troops left.", "has a number (200); names an actor (Digest)"),
    ],
)
def test_a_subject_that_names_no_one_is_no_actor(sentence: str, reason: str) -> None:
    assert assess(sentence).reason == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Remember that the Senate approved 155 Marines in March 2025.", "has a number (155); names an actor (Senate)"),
        ("Consider that Mexico deployed 10,000 troops.", "has a number (10,000); names an actor (Mexico)"),
        ("Keep in mind that the Marines left in April.", "has a date (April); names an actor (Marines)"),
        # "don't forget" opens filler ("Don't forget to subscribe"), but not when a fact follows
        ("Don't forget that the Senate approved 155 Marines.", "has a number (155); names an actor (Senate)"),
        # the pointing verb was the actor: "names an actor (Note)" made a worksheet's line a claim
        ("Note that each claim needs a source.", "no checkable detail (no number, actor, cause or comparison)"),
    ],
)
def test_a_sentence_pointing_at_a_fact_is_judged_by_the_fact(sentence: str, reason: str) -> None:
    assert assess(sentence).reason == reason


@pytest.mark.parametrize(
    "text",
    [
        "US drones fly over Mexico",  # was "table cell without a verb": "fly" was not in the list
        "US troops regularly patrol the border",
        "They train Mexican police in Sonora",
        "The Mexican Navy operates 180 ships",
        "US drones flew over Sinaloa in 2025",
        "Polls show support for the Senate vote",
    ],
)
def test_a_cell_or_heading_with_a_common_verb_is_a_statement(text: str) -> None:
    for kind in (BlockKind.CELL, BlockKind.HEADING):
        assert assess(text, kind).checkable, (kind, assess(text, kind).reason)


@pytest.mark.parametrize(
    "text",
    [
        "Baja California Sur",
        "Total troops",
        "March 2025",  # "march" is a verb, but not after a subject
        "Border patrol",  # nor "patrol" after a singular noun
        "Drone strikes in Sonora",  # "strikes" is as often a plural noun
        "Civilian lives lost",
        "Made in Mexico",
        "Special forces of the US Army",
        "The Impact on Mexico",
        "Everything You Need to Know About the Senate",
    ],
)
def test_labels_values_and_titles_still_have_no_verb(text: str) -> None:
    assert assess(text, BlockKind.CELL).reason.startswith("table cell without a verb")
    assert assess(text, BlockKind.HEADING).reason.startswith("heading without a verb")


def test_very_long_runs_are_not_one_claim() -> None:
    result = assess("The Senate voted " + "again and " * MAX_WORDS + "again.")
    assert not result.checkable and result.reason.startswith("too long to be one claim")


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ('Did the Senate vote in 2025?"', True),
        ("Did the Senate vote in 2025?!… ) ”_*", True),
        ("Did the Senate vote in 2025? Yes.", False),
        ("The Senate voted (in 2025?) \n", True),
        ("The Senate voted in 2025?x", False),
    ],
)
def test_a_question_mark_behind_closing_quotes_and_brackets(sentence: str, question: bool) -> None:
    assert (assess(sentence).reason == "question") is question


def test_trailing_marks_are_stripped_without_a_quadratic_regex() -> None:
    # A long run of closers or question marks not at the very end used to take quadratic time
    # (160,000 underscores: over a minute; the 20,000 here: about a second each).
    assert _strip_closers("Ships » ) _ *\t\u2003") == "Ships"
    assert _strip_closers("_" * 20_000 + " x") == "_" * 20_000 + " x"
    assert not _ends_with_question("?" * 20_000 + "x")
    assert _ends_with_question("Really?!…")
    for run in ("_" * 20_000, " )" * 10_000, "?" * 20_000):
        result = assess(f"The Navy has 12 ships {run} x")
        assert result.checkable and "has a number (12)" in result.reason


def test_last_before_a_time_says_when_not_a_comparison() -> None:
    """'last spring' dates the sentence: it is no comparison (the sentence still counts for its number)."""
    assert assess("The city spent $4 million on the park last spring.").reason == "has a number ($4 million)"
    assert assess("The mayor said it rained last week.").reason == "names an actor (mayor)"


@pytest.mark.parametrize(
    "sentence",
    [
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Purchase Licensing Rights, opens new tab",
        "Purchase Licensing Rights",
        "EDITOR'S NOTE: Jane Doe is a CNN contributor.",
        "Corrections: An earlier version misstated the date of the Senate vote.",
        "Clarification: This story has been updated to clarify the role of the Mexican Navy.",
        "Follow Reuters on X and Facebook.",
        "Get the latest news from Mexico delivered to your inbox.",
        "Support independent journalism: donate to The Border Post today.",
        "This story has been updated with figures from the Pentagon.",
    ],
)
def test_a_publisher_s_notes_and_footer_are_filler(sentence: str) -> None:
    result = assess(sentence)
    assert not result.checkable and result.reason.startswith("imperative/filler"), result


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Correction: The deployment involved 200 troops, not 2,000.", "has a number (200); names an actor (troops)"),
        ("CORRECTION: The Senate approved 155 Marines, not 15.", "has a number (155); names an actor (Senate)"),
        ("Correction (March 3): The Senate voted in February.", "has a date (February); names an actor (Senate)"),
        ("Clarification - The Pentagon sent the advisers.", "names an actor (Pentagon)"),
    ],
)
def test_a_correction_that_states_the_corrected_fact_is_a_claim(sentence: str, reason: str) -> None:
    # every "Correction:" was filler; the fact is judged without its label, which is no actor (Correction)
    assert assess(sentence) == (True, reason)


@pytest.mark.parametrize(
    "sentence",
    [
        "Correction: An earlier version of this story misspelled the name of the Mexican defense minister.",
        "Correction: A previous version of this article said 2,000 troops.",
        "Correction: The name of the defense minister was misspelled.",
        "Correction: A photo caption misidentified the city as Culiacán.",
        "Correction: The story incorrectly said the Senate voted in May.",
        "Clarification (March 3): This article has been updated to name the Navy unit.",
        # the media nouns a verdict sentence's "it" may point at too (``text.MEDIA_NOUNS``, fixpolar107)
        "Correction: This op-ed gave the wrong date for the Senate vote.",
        "Correction: This editorial gave the wrong date for the Senate vote.",
        "Correction: We regret the error.",
    ],
)
def test_a_correction_about_the_story_itself_is_filler(sentence: str) -> None:
    result = assess(sentence)
    assert not result.checkable and result.reason.startswith("imperative/filler (c"), result
    assert result.reason.endswith(": a note on the story itself)"), result


@pytest.mark.parametrize(
    "sentence",
    [
        "The report was published by the Pentagon in March.",
        "Follow the money: the US spent $3 billion on the Mérida Initiative.",
        "The editors note that 200 US troops arrived.",
        "Corrections officers in Texas went on strike.",
    ],
)
def test_a_sentence_that_looks_like_a_publisher_s_note_is_still_a_claim(sentence: str) -> None:
    assert assess(sentence).checkable


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator, your answer.",
        "Governor, your response.",
        "Mr. President, your answer, please.",
        "Madam Secretary, go ahead.",
        "Senator Cruz, your answer.",
        "Jake, your question.",
        "Your answer, Senator.",
        "That is not true, Governor.",
        "We agree, Senator, on this.",
        "And your view, Senator Cruz, please.",
        # with a rank's short form, or set off by a dash or an ellipsis, the person spoken to was the actor
        # ("names an actor (Sen)", "(Senator)")
        "Sen. Alvarez, you let us down.",
        "Gov. Abbott, your time is up.",
        "Senator — you let us down.",
        "Senator... you let us down.",
        "Senator Cruz… your answer, please.",
        "You let us down, Sen. Alvarez.",
    ],
)
def test_the_person_spoken_to_is_no_actor(sentence: str) -> None:
    # "MODERATOR: Senator, your answer." was checkable for "names an actor (Senator)"
    assert "names an actor" not in assess(sentence).reason


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Senator Cruz, you voted against the bill.", "Senator"),
        ("Senator, you voted against the bill.", "Senator"),
        ("Governor Abbott, you signed the order in March.", "Governor"),
        ("Senator Cruz, you did not vote for the bill.", "Senator"),
        ("Senator, you read the report.", "Senator"),
        ("Governor, you let the cartels into the country.", "Governor"),
        ("You voted against the bill, Senator Cruz.", "Senator"),
        ("You have repeatedly voted against the bill, Senator.", "Senator"),
        # "us" or "me" after a verb that is no talk's, and "said" with a clause of its own, are no cue of the talk
        ("Senator, you promised us a wall.", "Senator"),
        ("Governor, you failed us.", "Governor"),
        ("Governor, you said you would veto the bill.", "Governor"),
        ("Senator — you voted against the bill.", "Senator"),
    ],
)
def test_the_person_spoken_to_and_told_what_they_did_is_the_actor(sentence: str, actor: str) -> None:
    # "Senator Cruz, you voted against the bill." was "no checkable detail": the name was blanked as the
    # person spoken to, though the sentence says what that person did
    result = assess(sentence)
    assert result.checkable and f"names an actor ({actor})" in result.reason, result


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator, you have used your time.",
        "Senator, you interrupted me.",
        "Governor, you said that last week.",
        "Mr. President, you asked me a question.",
        "Senator, you didn't answer my question.",
        "Senator, you let me finish.",
        "Senator, you cut me off.",
        "Senator, you went over your time.",
    ],
)
def test_what_the_person_spoken_to_did_in_the_conversation_is_no_claim(sentence: str) -> None:
    # a moderator's or a debater's cue was a claim, "names an actor (Senator)" ("(Mr)"): "you" and a past form
    # kept the person spoken to as the actor, though the talk itself is no fact to check
    result = assess(sentence)
    assert not result.checkable and "names an actor" not in result.reason, result


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator, you let the country down.",
        "Senator Cruz, you let down the voters.",
        "You let the country down, Governor.",
        "Governor, you have let this state down again.",
        "Mr. President, you disappointed everyone.",
    ],
)
def test_a_reproach_to_the_person_spoken_to_is_no_claim(sentence: str) -> None:
    # "Senator, you let the country down." was a claim, "names an actor (Senator)": "you let" kept the person
    # spoken to as the actor, though "let ... down" tells how the speaker feels, no act to check
    result = assess(sentence)
    assert not result.checkable and "names an actor" not in result.reason, result


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # "down" after a verb of its own is what happened to the object, and a reproach with a fact is a claim
        ("Senator, you let the prices go down.", "names an actor (Senator)"),
        ("Senator, you let the country down by cutting 10,000 jobs.", "has a number (10,000)"),
        ("Senator, you let your voters down when you voted for the bill.", "names an actor (Senator)"),
        # "down" that does not close the clause is an act to check, not a reproach: all three were "no checkable
        # detail" when any verb and "down" was one
        ("Senator, you let your own party vote down the border bill.", "names an actor (Senator)"),
        ("Mayor, you let the developers knock down the old library.", "names an actor (Mayor)"),
        ("Senator, you let them tear down the fence.", "names an actor (Senator)"),
    ],
)
def test_a_reproach_that_tells_what_happened_is_still_a_claim(sentence: str, reason: str) -> None:
    assert assess(sentence).reason == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "For more information, visit the Governor's website.",
        "For more details, read the Pentagon's statement.",
        "To learn more, visit the Senate's page.",
    ],
)
def test_an_instruction_after_a_press_release_s_for_more_information_is_filler(sentence: str) -> None:
    # "For more information, visit the Governor's website." closing a press release was a claim, "names an actor
    # (Governor)": the instruction was known only at the start of the sentence
    assert assess(sentence).reason.startswith("imperative/filler (instruction: ")


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm proud of my record.",
        "Her voting record is clear.",
        "His record speaks for itself.",
        "For the record, I never said that.",
        "Our first topic tonight is the border.",
    ],
)
def test_someone_s_record_and_a_talk_s_first_topic_compare_nothing(sentence: str) -> None:
    # a debater's "I'm proud of my record." was "comparison (record)", a moderator's "Our first topic tonight is the
    # border." "comparison (first)"
    assert assess(sentence).reason == "no checkable detail (no number, actor, cause or comparison)"


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        (
            "Mexico deployed a record 10,000 troops.",
            "has a number (10,000); names an actor (Mexico); comparison (record)",
        ),
        ("The Senate broke the record last year.", "names an actor (Senate); comparison (record)"),
        ("Mexico was the first country to sign.", "names an actor (Mexico); comparison (first)"),
        # someone's record before a noun is a record beaten, and "record shows" says what it shows: all three were
        # "no checkable detail" once a possessive before "record" made it someone's
        ("Their record profits came at the expense of workers.", "comparison (record)"),
        ("My record shows I cut taxes every year.", "comparison (record)"),
        ("My voting record shows I voted for every border bill.", "comparison (record)"),
    ],
)
def test_a_record_beaten_and_a_first_country_still_compare(sentence: str, reason: str) -> None:
    assert assess(sentence).reason == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Congressman Hale, you have ninety seconds.",
        "Senator Carr, you have 30 seconds for your rebuttal.",
        "You have two minutes to respond, Governor.",
        "Senator, you've got another 30 seconds left.",
    ],
)
def test_a_moderator_giving_a_speaker_their_time_is_no_claim(sentence: str) -> None:
    # "Congressman Hale, you have ninety seconds." was a claim, "has a number (ninety)"
    assert not assess(sentence).checkable


@pytest.mark.parametrize(
    "sentence", ["You have 10,000 troops in Mexico.", "Senator, you have two minutes and the Pentagon sent 500 troops."]
)
def test_a_sentence_that_says_more_than_the_time_is_still_a_claim(sentence: str) -> None:
    assert assess(sentence).checkable


def test_what_the_person_spoken_to_said_keeps_its_own_actor() -> None:
    # "you said" and a clause of its own is what they claimed: the person spoken to is its actor ("lied" was no
    # verb, so the clause was none, and the Pentagon was named instead)
    assert assess("Jake, you said the Pentagon lied.").reason == "names an actor (Jake)"


@pytest.mark.parametrize(
    "sentence",
    ["Trump lied about the troops.", "The Pentagon used drones over Mexico.", "Mexico sued US gun makers."],
)
def test_a_short_regular_past_is_a_verb(sentence: str) -> None:
    # "\w{3,}ed" missed "lied", "used", "sued": these were "no verb: a caption or a fragment"
    assert assess(sentence).checkable


@pytest.mark.parametrize(
    "sentence",
    ["Senator, you read the report.", "Senator Cruz, you didn't vote for the bill.", "Mexico isn't a NATO member."],
)
def test_a_verb_whose_past_is_its_base_or_a_negated_auxiliary_is_a_verb(sentence: str) -> None:
    # were "no verb: a caption or a fragment" ("heading without a verb"): "read", "put", "let" were no verbs
    # _has_verb knew, and "did" was no word of "didn't"
    assert assess(sentence).checkable
    assert assess(sentence, BlockKind.HEADING).checkable


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you, Senator.",
        "Thank you, Senator Cruz.",
        "Senator Cruz, you know that is false.",
        "Senator, you had your chance.",
        "Senator, you need to answer.",
    ],
)
def test_the_person_spoken_to_in_a_greeting_or_the_present_is_still_no_actor(sentence: str) -> None:
    assert "names an actor" not in assess(sentence).reason


@pytest.mark.parametrize(
    "sentence",
    [
        # a reply to what was just said, to a name set off by a comma: "That's simply false, Tom." and "Tom, that is
        # false." were checkable, "names an actor (Tom)", though they assert nothing to check
        "That's simply false, Tom.",
        "Tom, that is false.",
        "That is simply not true, Ana.",
        "Senator Hale, that is false.",
        "Well, that's a flat-out lie, Governor Ruiz.",
        "It's completely wrong, Congressman Hale.",
        "THAT'S SIMPLY FALSE, TOM.",
        # with "you" it was known already (guards)
        "You're wrong, Senator.",
        "You're wrong, Tom.",
    ],
)
@pytest.mark.parametrize("spoken", [False, True])
def test_the_person_a_reply_is_said_to_is_no_actor(sentence: str, spoken: bool) -> None:
    assert assess(sentence, spoken=spoken) == (False, "no checkable detail (no number, actor, cause or comparison)")


@pytest.mark.parametrize(
    "sentence",
    [
        # a name after an interjection to someone, set off by commas, is the person spoken to: "Come on, Tom, the
        # numbers say otherwise." named an actor (Tom)
        "Come on, Tom, the numbers say otherwise.",
        "Look, Senator Hale, the numbers say otherwise.",
        "With all due respect, Ana, the numbers say otherwise.",
    ],
)
def test_the_name_after_an_interjection_to_someone_is_no_actor(sentence: str) -> None:
    assert "names an actor" not in assess(sentence, spoken=True).reason


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Look, Hegseth, the defense secretary, ordered the deployment.", "Hegseth"),
        ("No, Sheinbaum, the president, vetoed the bill.", "Sheinbaum"),
        ("Yes, Obama, like Trump, deported millions.", "Obama"),
    ],
)
def test_a_name_after_an_interjection_followed_by_an_aside_acts(sentence: str, actor: str) -> None:
    # the name was blanked as the person spoken to: the sentence was skipped, or the aside's word named the actor
    assert f"names an actor ({actor})" in assess(sentence, spoken=True).reason


def test_a_name_after_an_interjection_and_an_aside_is_not_blanked() -> None:
    # "Trump" was blanked as the person spoken to, "Mexico" named as the actor
    assert (
        "names an actor (Mexico)" not in assess("Oh, Trump, of course, promised Mexico would pay.", spoken=True).reason
    )


@pytest.mark.parametrize(
    ("sentence", "places", "actor"),
    [
        # a place beside a reply is no one spoken to: a country the world knows, or a place the article names
        ("That is true, Mexico.", frozenset(), "Mexico"),
        ("Mexico, that is not the case.", frozenset(), "Mexico"),
        ("Chicago, that is true.", frozenset({"chicago"}), "Chicago"),
        ("Come on, Mexico, the numbers say otherwise.", frozenset(), "Mexico"),
        # the name after an interjection still acts when told what it did
        ("Come on, Tom, you voted for it.", frozenset(), "Tom"),
    ],
)
def test_a_place_beside_a_reply_is_no_one_spoken_to(sentence: str, places: frozenset[str], actor: str) -> None:
    result = assess(sentence, spoken=True, places=places)
    assert f"names an actor ({actor})" in result.reason, result


@pytest.mark.parametrize("sentence", ["Chicago, that is true.", "That is true, Jordan."])
def test_a_name_no_article_writes_as_a_place_is_still_spoken_to(sentence: str) -> None:
    # "Jordan" is a first name as well as a country: a place only where the article writes it as one
    assert "names an actor" not in assess(sentence, spoken=True).reason


def test_the_places_of_an_article_are_the_names_it_puts_things_in() -> None:
    texts = ["Troops arrived in Chicago on Monday.", "They flew to Mexico City.", "Tom said so."]
    assert place_names(texts) == {"chicago", "mexico city"}


@pytest.mark.parametrize(
    "text",
    [
        "Our first question goes to Senator Cruz.",
        "I now turn to Governor Abbott.",
        "The question goes to Cruz.",
        "Thanks to Tom, the bill passed.",
    ],
)
def test_a_person_spoken_to_or_of_is_no_place(text: str) -> None:
    # "Senator Cruz" was a place, so "That is simply false, Senator Cruz." named an actor, a claim to research
    assert place_names([text]) == frozenset()


def test_a_place_things_are_sent_to_is_a_place() -> None:
    texts = ["The Pentagon sent 1,500 more troops to Texas.", "Migrants travelled north to El Paso."]
    assert place_names(texts) == {"texas", "el paso"}


def test_a_reply_s_opening_words_spaced_twice_are_read_in_one_way() -> None:
    # _VERDICT_REPLY read the spaces after each "well" two ways ("[ \t]*,?[ \t]+"): 22 of them took 2.6 s and each
    # one more 1.8 times longer, so these 40 took hours; read one way, a few milliseconds
    result = assess("Tom, " + "well  " * 40 + "x.", spoken=True)
    assert result.reason == "names an actor (Tom)"


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # a name set off by a comma before or after anything but a reply is the sentence's own (b51dffc blanked
        # the first three and was reverted)
        ("Hale, as a state senator, cut the border budget.", "Hale"),
        ("Hale, who wrote the bill, later voted against it.", "Hale"),
        ("The agreement was negotiated by the ambassador, Salazar.", "Salazar"),
        ("That is my home state, Arizona.", "Arizona"),
        ("It is false that Mexico sent troops, Tom.", "Mexico"),
        ("Tom, that is false: Mexico sent 200 troops.", "Mexico"),
        # a phrase opening with a preposition before the reply is no one spoken to (d09741e blanked them)
        ("In Mexico, that is not the case.", "Mexico"),
        ("Under Obama, that was true.", "Obama"),
        ("IN TEXAS, THAT WAS A MYTH.", "TEXAS"),
    ],
)
def test_a_name_set_off_by_a_comma_beside_no_reply_is_an_actor(sentence: str, actor: str) -> None:
    result = assess(sentence, spoken=True)
    assert result.checkable and f"names an actor ({actor})" in result.reason, result


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Senator Cruz, a Texas Republican, voted no.", "Senator"),
        ("President Trump, who visited Mexico, said no.", "President"),
        ("Mexico, frankly, is a failing state.", "Mexico"),
        ("The bill was signed by a Texas Republican, Senator Cruz.", "Texas"),
        ("Senator, the Pentagon says otherwise.", "Pentagon"),
        ("Senator Cruz — a Texas Republican — voted no.", "Senator"),  # a dash before no words to anyone
        ("The veto came from Governor Abbott.", "Governor"),
    ],
)
def test_a_name_or_title_set_off_by_commas_but_spoken_to_no_one_is_an_actor(sentence: str, actor: str) -> None:
    assert f"names an actor ({actor})" in assess(sentence).reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Mexican soldiers in Culiacán.",
        "Mexican Soldiers In Culiacán",
        "President Claudia Sheinbaum at the National Palace in Mexico City.",
        "Relatives of missing migrants at a protest in Mexico City.",
        "Not in Mexico, though.",
        # an adverb looked past leaves no plural before the word after it: "outside" was taken for a verb
        "US troops just outside Reynosa.",
        "Marines still near the border crossing.",
    ],
)
def test_a_caption_or_fragment_with_no_verb_is_no_claim(sentence: str) -> None:
    result = assess(sentence)
    assert not result.checkable and result.reason.startswith("no verb: a caption"), result
    assert assess(sentence, spoken=True).checkable  # said, a fragment is a claim


@pytest.mark.parametrize(
    "sentence",
    [
        "Mexican soldiers in Culiacán, where 200 US troops arrived in May.",
        "Over 10,000 US troops now in Mexico",  # a number: a headline's claim
        "Mexico hosts US military advisers.",  # a verb the rules do not know
        "The army hosts US military advisers.",
        "Residents walk past US soldiers in Culiacán.",
        "Trump Hosts Mexican Advisers",
        "Sheinbaum rejected the offer.",
        # an adverb between the subject and a verb in -s the rules do not know: these were captions
        "The US military also runs a secret base near Monterrey.",
        "The CIA also funds the cartels.",
        "The Pentagon now funds the program.",
        "US troops already crossed the border.",
    ],
)
def test_a_sentence_with_a_verb_or_a_number_is_no_caption(sentence: str) -> None:
    assert assess(sentence).checkable


@pytest.mark.parametrize(
    "sentence",
    [
        "The training will last until June.",
        "The ceasefire in Sinaloa did not last.",
        "The Mérida Initiative was built to last.",
        "The deployment in Texas could last for months.",
        "Homicides in Sinaloa rose over the last few years.",
        "Sinaloa's violence has risen in the last two decades.",
        "At last the Senate voted.",
    ],
)
def test_last_as_a_verb_or_a_time_is_no_comparison(sentence: str) -> None:
    """ "last" after a modal, "to" or "not", before "until" or "for", before a time, or in "at last" is no
    comparison ("The training will last until June." was "comparison (last)")."""
    assert "comparison" not in assess(sentence).reason


def test_last_still_compares_as_an_adjective() -> None:
    assert "comparison (last)" in assess("Mexico was the last to sign the treaty.").reason
    assert "comparison (last)" in assess("The last flight left in June.").reason


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the first time US troops entered Mexico.",
        "The story was first reported by Reuters.",
        "Sheinbaum first said no to the offer.",
        "Mexico first deployed troops to the border in 2019.",
        "First, the Senate voted on the bill.",
        "First of all, the Senate voted on the bill.",
        "At first the Senate refused.",
        "In the first two weeks, the Pentagon sent 200 advisers.",
        "The Senate approved the first round of talks.",
        "The Pentagon gave a first-hand account.",
        "The Pentagon told the story in the first person.",
        "The Senate took the first step to recovery.",
    ],
)
def test_first_as_an_ordinal_or_an_adverb_is_no_comparison(sentence: str) -> None:
    """ "first" that counts, lists or says when ("the first time", "first reported") was "comparison (first)", as
    "last year" was "comparison (last)"."""
    assert "comparison" not in assess(sentence).reason


@pytest.mark.parametrize(
    "sentence",
    [
        # "first X to <verb>" was the superlative with any words between X and "to": a verb there is the sentence's
        "The first step is to ask your doctor.",
        "The first phase is expected to start soon.",
        "The first stage is set to open next week.",
        "The first round is scheduled to begin in May.",
        # a time or a step comes first by its order, whatever infinitive follows it
        "The first step to take is to register.",
        "It was my first time to visit the border.",
        "The first time to visit is in spring.",
    ],
)
def test_first_of_a_step_or_a_time_before_an_infinitive_is_no_comparison(sentence: str) -> None:
    # these name no checkable detail at all: the reason says "no ... comparison", not "comparison (first)"
    assert "comparison (first)" not in assess(sentence).reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Mexico was the first country to sign the treaty.",
        "Mexico was the first to sign the treaty.",
        "Sheinbaum is the first elected woman president of Mexico.",
        "It was the first time in Mexico's history that US troops were deployed.",
        "It was the first time ever that the Senate voted no.",
        "The first-ever visit by a US defense secretary came in May.",
        "The first flight left in June.",  # as "The last flight left in June." is
        "The first person to cross was a soldier.",
        "Sheinbaum was the first woman to lead Mexico.",
        "Mexico and Canada were the first two countries to sign.",
    ],
)
def test_first_as_a_superlative_still_compares(sentence: str) -> None:
    assert "comparison (first)" in assess(sentence).reason


@pytest.mark.parametrize(
    "title",
    [
        "US troops in Mexico: questions answered",
        "US troops in Mexico: your questions answered",
        "Your questions answered about US troops in Mexico",
        "Your questions, answered",
        "Q&A: US troops in Mexico",
        "FAQ: the US deployment in Mexico",
        "Frequently asked questions",
        "FAQ",
        "US troops in Mexico - FAQ",
        # the label after its article or owner, before "with", closing a name, or before the title's date were
        # checkable ("has a number (200); names an actor (Sheinbaum)"): the label had to open or close the line
        "Q&A with Sheinbaum on the 200 US troops in Mexico",
        "An FAQ about the 200 US troops in Mexico",
        "A Q&A on the 200 Marines in Mexico",
        "US troops in Mexico Q&A: what we know about the 200 Marines",
        "Sheinbaum's Q&A on the 200 US troops",
        "Frequently asked questions (FAQ) about the 200 US troops",
        "Troops in Mexico: your questions answered (March 2026)",
        "Troops in Mexico: questions and answers, March 3, 2026",
        "Mexico border Q&A",
        "Pentagon FAQ",
        # the label after a name alone, as a headline writes it: only "Trump's Q&A on ..." was a title, and these
        # were claims to research ("has a number (25%); names an actor (Trump)")
        "Trump Q&A on 25% tariffs",
        "Trump Q&A on tariffs, March 3, 2026",
        "Sheinbaum Q&A about the 200 US advisers",
        "White House Q&A with reporters on the 200 US troops",
    ],
)
@pytest.mark.parametrize("kind", [BlockKind.HEADING, BlockKind.PARAGRAPH])
def test_a_title_announcing_questions_and_answers_is_no_claim(title: str, kind: BlockKind) -> None:
    # "US troops in Mexico: questions answered" was checkable for "names an actor (US)": "answered" took it for
    # a statement's verb
    assert assess(title, kind).reason == "title announcing questions and answers (not a statement)"


def test_a_long_run_of_a_name_s_characters_is_read_once_for_the_faq_label() -> None:
    # The label closing a title after a name ("Pentagon FAQ") was looked for from each place of a run of the name's
    # characters, each time to the run's end: 40,000 characters of "a'" took 16 s to scan, the 100,000 here about
    # two minutes (quadratic); a run is now read once
    run = "a'" * 50_000
    assert assess(f"The Navy has 12 ships {run}").reason == "has a number (12); names an actor (Navy)"
    assert assess(f"{run} FAQ", BlockKind.HEADING).reason == "title announcing questions and answers (not a statement)"
    assert assess(f"l'{run} FAQ: what we know").reason == "title announcing questions and answers (not a statement)"


@pytest.mark.parametrize(
    "sentence",
    [
        "Questions answered: the Senate approved 155 Marines in March.",
        "In a Q&A, the Pentagon said 200 troops are in Mexico.",
        "The Senate had its questions answered by the Pentagon in March.",
        "Trump Q&A on tariffs drew 200 reporters to the White House.",
    ],
)
def test_a_statement_that_mentions_questions_and_answers_is_still_a_claim(sentence: str) -> None:
    assert assess(sentence, BlockKind.HEADING).checkable
    assert assess(sentence).checkable


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the FAQ, 10,000 US troops in Mexico.",
        "Pentagon FAQ: 10,000 US troops in Mexico, none at the border.",
        "Questions answered by Sheinbaum: no US troops in Mexico.",
        "Q&A with Sheinbaum: no US troops in Mexico.",
        "10,000 US troops in Mexico, according to the FAQ.",
        "Trump Q&A on tariffs: the US collected $90 billion.",
    ],
)
def test_a_sentence_that_mentions_an_faq_without_a_verb_is_still_a_claim(sentence: str) -> None:
    # were "title announcing questions and answers": the FAQ words were looked for anywhere in the line, not as
    # the title's label
    assert assess(sentence).checkable


def test_pointers_said_thousands_of_times_over_are_read_without_a_traceback() -> None:
    # "Remember/Note that X" was judged by calling assess on X: "Note that " 3,000 times over ran out
    # of Python's recursion limit (RecursionError, a traceback from scan)
    found = assess("Note that " * 3000 + "the Senate approved 155 Marines.")
    assert found.checkable and "has a number (155)" in found.reason
    addressed = assess("Note that " * 3000 + "you need two sources.")
    assert addressed == assess("Note that you need two sources.") and not addressed.checkable


@pytest.mark.parametrize(
    "sentence",
    [
        # a Spanish news page's byline, dateline and calls to the reader were claims to research
        "Por María López",
        "Por la Redacción",
        "3 de marzo de 2025.",
        "Actualizado: 3 de marzo de 2025, 10:45 h",
        # with its place and weekday
        "Ciudad de México, 4 de diciembre de 2026.",
        "Monterrey, Nuevo León, jueves 4 de diciembre de 2026",
        # a government bulletin's "a" before the day was read as a claim, "has a number (4); names an actor (México)"
        "Ciudad de México, a 4 de diciembre de 2026.",
        "Palacio Nacional, Ciudad de México, a 4 de diciembre de 2026.",
        "Jueves 4 de diciembre de 2026",
        "¡Síganos en redes sociales!",
        "Lea también: Qué dijo Sheinbaum sobre Trump",
        "Suscríbete a nuestro boletín",
    ],
)
def test_spanish_bylines_datelines_and_calls_to_the_reader_are_not_claims(sentence: str) -> None:
    result = assess(sentence)
    assert not result.checkable and result.reason.startswith("imperative/filler"), result


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Dicen en redes que bajó a diez pesos el kilo.", "diez"),
        ("El gobierno va a regalar un millón de computadoras a los alumnos.", "millón"),
        ("Se registraron miles de casos en el país.", "miles"),
        ("La mitad de los alumnos no recibió su beca.", "mitad"),
    ],
)
def test_a_spanish_number_word_is_a_number(sentence: str, number: str) -> None:
    # "no checkable detail (no number, actor, cause or comparison)": the sentence was skipped
    assert assess(sentence).reason.startswith(f"has a number ({number})")


def test_once_is_a_number_in_spanish_only() -> None:
    assert assess("Once a year the market opens.").reason != "has a number (Once)"
    assert assess("Hubo once heridos en la marcha.").reason == "has a number (once)"  # and "Hubo" is no actor


@pytest.mark.parametrize(
    "sentence", ["Hoy hace un día soleado en la capital.", "Ayer llovió toda la tarde.", "Ahora vamos a comer."]
)
def test_a_spanish_adverb_opening_a_sentence_is_no_actor(sentence: str) -> None:
    # "names an actor (Hoy)" made a remark on the weather a claim to research
    assert not assess(sentence).checkable


@pytest.mark.parametrize("sentence", ["Buenos días a todas y a todos.", "Buenas tardes, presidenta.", "Buenas noches."])
def test_a_spanish_greeting_is_no_claim(sentence: str) -> None:
    # "Buenos días a todas y a todos." named an actor (Buenos)
    assert not assess(sentence).checkable


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # a reporter turning to the president in a press conference named an actor (Presidenta) (scan20)
        ("Presidenta, una pregunta más.", NO_DETAIL),
        ("Secretario, una última pregunta sobre el tema.", NO_DETAIL),
        ("Señora presidenta, una pregunta más.", NO_DETAIL),
        # ... but what is said to her is read, and the title before a name names an actor, as "President" does
        ("Presidenta, el Senado aprobó 155 marines.", "has a number (155); names an actor (Senado)"),
        ("Presidenta Sheinbaum dijo que no hay tropas.", "names an actor (Presidenta)"),
    ],
)
def test_a_spanish_title_spoken_to_is_no_actor(sentence: str, reason: str) -> None:
    assert assess(sentence, spoken=True).reason == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # the title spoken to, told as "usted" what they did, is the claim's actor, as "Senator, you signed the
        # order." names Senator: these lost their actor when a Spanish title became one spoken to (review24c)
        ("Presidente, usted prometió bajar la violencia.", "names an actor (Presidente)"),
        ("Secretario, usted ordenó el despliegue.", "names an actor (Secretario)"),
        ("Presidente, usted dijo que la violencia bajó.", "names an actor (Presidente)"),
        ("Senadora, usted ha votado contra la ley.", "names an actor (Senadora)"),
        ("Gobernador, usted nos prometió un muro.", "names an actor (Gobernador)"),
        ("Usted firmó el decreto, Presidente.", "names an actor (Presidente)"),
        # ... but not the present, nor what they did in the talk itself, nor a reproach, as in English
        ("Presidenta, usted sabe que eso es falso.", NO_DETAIL),
        ("Senador, usted me interrumpió.", NO_DETAIL),
        ("Presidenta, usted no respondió mi pregunta.", NO_DETAIL),
        ("Presidente, usted dijo eso la semana pasada.", NO_DETAIL),
        ("Senador, usted ya usó su tiempo.", NO_DETAIL),
        ("Gobernador, usted nos decepcionó.", NO_DETAIL),
    ],
)
def test_a_spanish_title_spoken_to_told_what_they_did_is_the_actor(sentence: str, reason: str) -> None:
    assert assess(sentence, spoken=True).reason == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # thanks opening a sentence named an actor (Gracias), (Muchas) (scan20)
        ("Gracias por la respuesta, Presidenta.", NO_DETAIL),
        ("Muchas gracias, presidenta, por la respuesta.", NO_DETAIL),
        ("Gracias a los militares, bajó la violencia 30 por ciento.", "has a number (30); names an actor (militares)"),
        # ... but a name after them is still one
        ("Gracias a Sheinbaum, bajó la violencia.", "names an actor (Sheinbaum)"),
    ],
)
def test_spanish_thanks_name_no_actor(sentence: str, reason: str) -> None:
    assert assess(sentence, spoken=True).reason == reason


def test_a_spanish_greeting_before_a_claim_or_in_a_name_is_read() -> None:
    assert assess("Buenos días, el Senado aprobó el ingreso de 155 marines.").checkable
    assert assess("Buenos Aires recibió a 200 marines.").checkable


@pytest.mark.parametrize(
    "sentence",
    [
        "Buenos días, hubo 30 homicidios.",
        "Buenas tardes, detuvieron a 300 personas.",
        "Buenos días, murieron 30 personas.",
    ],
)
def test_a_spanish_greeting_before_a_claim_without_a_subject_is_read(sentence: str) -> None:
    # any one to four words after the comma were taken for the person greeted: the claim was skipped
    assert assess(sentence).checkable


@pytest.mark.parametrize(
    "sentence", ["Buenos días, señor presidente.", "Buenos días, compañeras y compañeros.", "Buenas tardes, Claudia."]
)
def test_a_spanish_greeting_to_a_name_or_form_of_address_is_no_claim(sentence: str) -> None:
    assert not assess(sentence).checkable


@pytest.mark.parametrize(
    "sentence", ["Buenos días, " + "a" * 3000 + " b c d e f g.", "Good morning, " + "A" * 3000 + " b c d e f g."]
)
def test_a_greeting_before_a_long_run_is_read_at_once(sentence: str) -> None:
    # the words after the greeting's comma were "(?:[\w.'’-]+\s*){1,4}": a run of 300 letters split every way
    # took 25 s (38 s in English); 3,000 would take days. The words are now set apart by required spaces
    assert not assess(sentence).reason.startswith("imperative/filler")


def test_a_spanish_article_or_verb_opening_a_sentence_is_no_actor() -> None:
    # "names an actor (El)" made "Es un tema complicado." a claim to research
    assert not assess("Es un tema complicado.").checkable
    assert assess("El Senado aprobó el ingreso de 155 marines.").reason == "has a number (155); names an actor (Senado)"
    assert assess("La presidenta rechazó la oferta de Trump.").reason == "names an actor (Trump)"
    # a date in a statement is read
    assert assess("Sheinbaum, 4 de diciembre de 2026, envió 10 mil elementos.").checkable
    # a statement opening with "Por" goes on past the name
    assert assess("Por México, el Senado aprobó el ingreso de 155 marines.").checkable


@pytest.mark.parametrize(
    "sentence",
    [
        # "has a number (2026); names an actor (Copyright)", "names an actor (THIS)"
        "Copyright 2026 CNN.",
        "© 2026 Cable News Network. All rights reserved.",
        "THIS IS A RUSH TRANSCRIPT.",
        "All rights reserved.",
    ],
)
def test_a_pages_notices_are_not_claims(sentence: str) -> None:
    assert assess(sentence) == (False, "a notice of the page (copyright, transcript note), not a statement")


def test_every_sentence_of_a_notice_is_the_notices() -> None:
    """A rush transcript's notice says more than its first sentence; its second was a claim ("names an
    actor (THIS)") before the paragraph was read as a notice."""
    notice = Block(
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
        BlockKind.PARAGRAPH,
        ((0, 5),),
    )
    sentences = list(split_block(notice))
    assert [s.text for s in sentences] == [
        "THIS IS A RUSH TRANSCRIPT.",
        "THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
    ]
    assert [assess(s.text, s.kind).checkable for s in sentences] == [False, False]
    statement = Block("Copyright law protects 10,000 songs a year, the office said.", BlockKind.PARAGRAPH, ((0, 1),))
    assert [assess(s.text, s.kind).checkable for s in split_block(statement)] == [True]


@pytest.mark.parametrize(
    "sentence",
    [
        # a year after "Copyright" is a notice's only before its holder: these were "a notice of the page"
        "Copyright 2019 filings rose by 10 percent.",
        "Copyright 1976 rules still apply to 200 songs.",
        "The label said all rights reserved.",
    ],
)
def test_a_sentence_about_copyright_is_judged_as_any_other(sentence: str) -> None:
    [read] = split_block(Block(sentence, BlockKind.PARAGRAPH, ((0, 1),)))  # a paragraph of its own
    assert read.kind is BlockKind.PARAGRAPH
    assert "notice" not in assess(read.text, read.kind).reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Good afternoon, everybody.", "imperative/filler (good afternoon)"),
        ("Good morning and welcome to the Senate hearing.", "imperative/filler (good morning)"),
        ("Good evening, welcome to the debate.", "imperative/filler (good evening)"),
        ("Good evening welcome to the debate", "imperative/filler (good evening)"),  # captions' missing comma
        ("Good evening and welcome to Meet the Press.", "imperative/filler (good evening)"),
        ("Good evening, welcome back, everyone.", "imperative/filler (good evening)"),
        ("Good evening, welcome, Senator Cruz.", "imperative/filler (good evening)"),
        ("Good evening welcome back", "imperative/filler (good evening)"),
        ("Share on Facebook Share on X Email", "imperative/filler (share on)"),
        ("Accept all cookies", "imperative/filler (accept all)"),
        ("Manage preferences Reject all", "imperative/filler (manage preferences)"),
        ("Related: Trump signs secret order on cartels", "imperative/filler (related:)"),
        ("Reporting by Jane Doe; Editing by Mark Smith", "imperative/filler (byline)"),
        ("Additional reporting by Carlos Ruiz in Mexico City.", "imperative/filler (byline)"),
        ("(Reuters/Henry Romero)", "a name or citation (no verb, no lower-case word), not a statement"),
        ("AP Photo/Eduardo Verdugo", "a name or citation (no verb, no lower-case word), not a statement"),
    ],
)
def test_a_news_site_s_furniture_is_no_claim(sentence: str, reason: str) -> None:
    # each was checkable: "names an actor (Good)", "(Share)", "(Accept)", "(Reuters)", "(Jane)"...
    assert assess(sentence) == (False, reason)


@pytest.mark.parametrize(
    "sentence",
    [
        "Good morning, Senator, there are 200 US troops in Mexico.",  # a greeting before a claim
        "Good Morning America reported 200 troops.",  # a name that opens with a greeting (was filler)
        "Follow the money on X and you will see the cartels paid 200 officials.",  # no "Follow Reuters on X"
        "Good morning, the troops arrived in May.",
        "Good evening, welcomed by 200 US troops, the senators toured the base.",
        # a welcome with more said after it, up to the sentence's end (each was skipped as a greeting)
        "Good evening, welcome to Mexico, where more than 10,000 US troops are now stationed.",
        "Good evening and welcome to Mexico, where more than 10,000 US troops are now stationed.",
        "Good evening welcome back there are more than 10,000 US troops in Mexico.",  # a caption, unpunctuated
        "Good evening, welcome news tonight: Mexico sent 10,000 National Guard troops to the border.",
        "Good evening, welcome, the US has spy planes flying over Mexico.",
        "Good evening welcome to the show where 10,000 US troops are stationed in Mexico",
        "Reporting by the Senate found 200 troops were sent.",  # "reporting" with a verb after it
        "Share prices of Mexican firms rose 3 percent.",
        "The US/Mexico border has 10,000 troops.",
    ],
)
def test_a_claim_opening_like_furniture_is_still_a_claim(sentence: str) -> None:
    assert assess(sentence).checkable


@pytest.mark.parametrize(
    "sentence",
    [
        "Mexico and Canada were the first two to sign the pact.",
        "The first 1,500 to arrive were active-duty troops.",
        "The first several hundred troops to arrive were Marines.",
        "He is the first person ever to cross.",
    ],
)
def test_first_before_a_count_or_ever_and_an_infinitive_compares(sentence: str) -> None:
    # only "first <person word or count + noun> to <verb>" compared: these lost "comparison (first)"
    assert "comparison (first)" in assess(sentence).reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator, you misquoted me.",
        "Senator, you called me a liar.",
        "Senator, you ignored me.",
        "Governor, you said you would let me finish.",
        "Senator, you said I could respond.",
    ],
)
def test_what_the_person_spoken_to_did_to_the_speaker_or_said_of_the_talk_is_no_claim(sentence: str) -> None:
    # these were claims naming the person spoken to: "me"/"us" counted as talk only after let/cut, and any clause
    # after "you said" as what they claimed
    result = assess(sentence)
    assert not result.checkable and "names an actor" not in result.reason, result


@pytest.mark.parametrize(
    "line",
    [
        "200 Marines in Mexico per Pentagon FAQ",
        "US troops in Mexico since 2025 according to Pentagon Q&A",
        "Only 200 Marines in Mexico under the Pentagon FAQ",
    ],
)
def test_a_statement_citing_an_faq_is_no_faq_title(line: str) -> None:
    assert "questions and answers" not in assess(line).reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # a debater's "Congress spent about $3.5 billion on it and what did we get?" was skipped as a question
        ("Congress spent about $3.5 billion on it and what did we get?", "has a number ($3.5 billion)"),
        ("The Senate approved 155 Marines - so why deny it?", "has a number (155)"),
        ("The Pentagon sent 500 troops; is that a coincidence?", "has a number (500)"),
        ("Mexico signed the deal in 2021, didn't it?", "has a number (2021)"),
    ],
)
def test_a_statement_before_a_rhetorical_question_is_judged(sentence: str, reason: str) -> None:
    result = assess(sentence)
    assert result.checkable
    assert result.reason.startswith(reason)


@pytest.mark.parametrize(
    "sentence",
    [
        "Did the US send troops?",
        # a why-question presumes what it asks about, but asserts nothing: it may be asked by one who doubts it
        "Why did the US send 10,000 troops?",
        "Did the US send 10,000 troops, and why?",
        "What if the US sent 10,000 troops and nobody noticed?",
        "And now?",
        "10,000 troops and what?",
    ],
)
def test_a_question_alone_is_still_a_question(sentence: str) -> None:
    assert assess(sentence) == (False, "question")


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # a post's label named an actor: "names an actor (EDIT)", "(UPDATE)", "(PSA)"
        ("EDIT: some of you are saying I'm wrong.", "no checkable detail (no number, actor, cause or comparison)"),
        ("UPDATE: the Pentagon confirmed it.", "names an actor (Pentagon)"),
        ("PSA: this is fake.", "no checkable detail (no number, actor, cause or comparison)"),
        # and its number was one to check: "has a number (2)"
        ("EDIT 2: The Pentagon sent 500 troops.", "has a number (500); names an actor (Pentagon)"),
    ],
)
def test_a_post_s_label_is_no_actor(sentence: str, reason: str) -> None:
    assert assess(sentence).reason == reason


def test_a_name_like_a_label_without_its_colon_is_still_one() -> None:
    assert assess("ETA is a Basque group that killed 800 people.").reason == "has a number (800); names an actor (ETA)"


@pytest.mark.parametrize(
    "sentence",
    [
        # in capitals the person spoken to was an actor: "names an actor (SENATOR)", the titles known as written only
        "THAT IS NOT TRUE, SENATOR.",
        "THAT IS FALSE, MR. PRESIDENT.",
        # and a common word alone in capitals was one too: "names an actor (TRUE)"
        "THAT IS NOT TRUE.",
    ],
)
def test_the_person_spoken_to_in_capitals_is_no_actor(sentence: str) -> None:
    assert assess(sentence).reason.startswith("no checkable detail")


def test_the_person_spoken_to_in_capitals_told_what_they_did_is_the_actor() -> None:
    assert assess("SENATOR CRUZ, YOU VOTED AGAINST THE BILL.").reason == "names an actor (SENATOR)"


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # "THE TROOPS STAY IN MEXICO UNTIL JUNE." had no date, "names an actor (TROOPS)"
        ("THE TROOPS STAY IN MEXICO UNTIL JUNE.", "has a date (JUNE); names an actor (TROOPS)"),
        ("THE TROOPS LEFT IN MARCH.", "has a date (MARCH); names an actor (TROOPS)"),
        # "MAY" and "MARCH" as verbs are no date
        ("THE SENATE MAY VOTE ON IT.", "names an actor (SENATE)"),
        ("TROOPS MARCH INTO MEXICO.", "names an actor (TROOPS)"),
    ],
)
def test_a_month_in_capitals_is_a_date(sentence: str, reason: str) -> None:
    assert assess(sentence).reason == reason


@pytest.mark.parametrize(
    "title",
    [
        "Recent developments",
        "Key facts about 2025",  # no quantity right after the word in -s
        "Mexico deaths 2024",  # a year dates a title
        "Cartel killings 500",  # a noun in -ings
        "US troops 10,000",  # a plural known by itself
        "KTVA 2026 SENATE DEBATE - TRANSCRIPT",
        "Over 10,000 US troops now in Mexico",  # no verb at all: a title when a heading (see docs/commands.md)
    ],
)
def test_a_heading_without_a_verb_before_its_quantity_is_still_a_title(title: str) -> None:
    assert assess(title, BlockKind.HEADING).reason == "heading without a verb (a title, not a statement)"


@pytest.mark.parametrize(
    "sentence",
    [
        # a hypothesis or a doubt before a rhetorical question is no statement the writer makes: these were checkable
        # since 548e8d8 judged the first part alone, two naming a made-up actor ("names an actor (Suppose)")
        "Suppose the Pentagon sent 10,000 troops, and what then?",
        "Wonder whether the Pentagon lied about 10,000 troops and why?",
        "I doubt the Pentagon sent 10,000 troops, but who knows?",
        "Not sure if the Pentagon sent 10,000 troops, but did anyone check?",
        "Some people think the moon landing was faked in 1969 - but was it?",
        "If the US sent 10,000 troops to Mexico, so why has nobody seen them?",
        "Even if Mexico approved 155 Marines in 2025, so what?",
        "Suppose Mexico banned US troops, so what would happen to the 10,000 already there?",
    ],
)
def test_a_statement_the_writer_does_not_assert_before_a_question_stays_a_question(sentence: str) -> None:
    assert assess(sentence) == (False, "question")


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # asserted first parts are still judged ("if anything" asserts)
        ("Congress spent about $3.5 billion on it and what did we get?", "has a number ($3.5 billion)"),
        ("If anything, Mexico sent 10,000 troops and what did we get?", "has a number (10,000)"),
        ("Nobody believes Mexico approved 155 Marines - so why repeat it?", "has a number (155)"),
    ],
)
def test_an_asserted_statement_before_a_question_is_still_judged(sentence: str, reason: str) -> None:
    result = assess(sentence)
    assert result.checkable
    assert result.reason.startswith(reason)


@pytest.mark.parametrize(
    "label",
    [
        # a label and its value were claims since 4e65598 took the plural for a verb: "names an actor (Top)"
        "Top Stories 10 minutes ago",
        "Homicide Rates 30 per 100,000",
        "Quick Facts 10",
        "Key Points 1",
        "Ticket Prices $25",
        "Drug Seizures $3.5 billion",
        "Photo Galleries 12 photos",
        "View Comments 48",
        "Jane Doe Reports 5 min read",
        "Chapter Notes 3",
        "Appendix Tables 1-4",
        "Los Angeles Dodgers 5 New York Mets 3",
    ],
)
def test_two_capitalised_words_before_a_number_are_a_label_not_a_headline_with_a_verb(label: str) -> None:
    assert assess(label, BlockKind.HEADING).reason == "heading without a verb (a title, not a statement)"


@pytest.mark.parametrize(
    ("headline", "reason"),
    [
        # a headline In Title Case whose quantity counts the thing it names was "heading without a verb" (a833115
        # took every word in -s after a capitalised word for a label's plural)
        ("Mexico Hosts 155 US Marines For Joint Exercise", "has a number (155); names an actor (Mexico)"),
        ("Mexico Hosts 155 US Marines", "has a number (155); names an actor (Mexico)"),
        ("Trump Slaps 25% Tariffs On Mexico", "has a number (25%); names an actor (Trump)"),
        # an actor as the subject or among the things counted (guards)
        ("Senate Passes 2 Border Bills", "has a number (2); names an actor (Senate)"),
        ("Pentagon Sends 1,500 More Troops", "has a number (1,500); names an actor (Pentagon)"),
    ],
)
def test_a_headline_in_title_case_counting_what_it_names_is_checked(headline: str, reason: str) -> None:
    assert assess(headline, BlockKind.HEADING) == (True, reason)


@pytest.mark.parametrize(
    "title",
    [
        # section titles, and labels whose number counts nothing named after it, stay titles
        "Background And Context",
        "About The Author",
        "Photo Galleries 12 Photos",
        "Ticket Prices $25 Per Seat",
        "Most Reads 5 Things to Know About the Border",
        "Arizona Wildcats 78, Sun Devils 70",
        "Key Points 3 Things",
        # a page's labels whose number counts things no claim is about (3f28301 checked them)
        "Latest Headlines 5 Things To Watch",
        "Popular Searches 10 Cheapest Flights To Cancun",
        "Career Stats 500 Home Runs",
        "Editors Picks 5 Books To Read This Summer",
    ],
)
def test_a_title_in_title_case_is_still_no_statement(title: str) -> None:
    assert assess(title, BlockKind.HEADING).reason == "heading without a verb (a title, not a statement)"


def _names_of(prose: str) -> frozenset[str]:
    return written_as_names([prose], lower_case_words([prose]))


def test_a_headline_s_subject_the_article_writes_as_a_name_acts() -> None:
    # "Sheinbaum Vetoes 2 Security Bills" was a title ("heading without a verb") under a story naming "President
    # Claudia Sheinbaum": her name, written with a capital inside a sentence, is an actor's, and "Vetoes" her verb
    names = _names_of("Mexican President Claudia Sheinbaum vetoed two bills on Tuesday.")
    assert {"claudia", "sheinbaum"} <= names
    result = assess("Sheinbaum Vetoes 2 Security Bills", BlockKind.HEADING, names=names)
    assert result.checkable and "names an actor (Sheinbaum)" in result.reason
    # a page's label stays one: its words are no names the article writes ("career" in lower case), and a line In
    # Title Case writes every word so
    for prose in ("His career went on from there with the Dodgers.", "Career Stats For Every Player"):
        assert not assess("Career Stats 500 Home Runs", BlockKind.HEADING, names=_names_of(prose)).checkable


@pytest.mark.parametrize(
    "headline", ["Reuters Graphics 10 Charts That Explain The Border", "Reuters Picks 5 Things To Watch This Week"]
)
def test_a_listicle_s_title_stays_a_title_whatever_names_its_subject(headline: str) -> None:
    # "Reuters", written as a name in the story, made "Graphics" its verb: the title was checked as a claim
    names = _names_of("Data compiled by Reuters shows crossings fell by 30% in 2025.")
    assert "reuters" in names
    assert not assess(headline, BlockKind.HEADING, names=names).checkable


def test_a_subject_in_capitals_the_article_writes_in_lower_case_is_no_actor() -> None:
    # "COPYRIGHT LAW PROTECTS NEWS PHOTOGRAPHS." named an actor (COPYRIGHT) in an article about copyright law: the
    # opening words of a line in capitals were never judged by the article's lower-case words
    prose = lower_case_words(["Courts have long held that copyright law covers news photographs taken by agencies."])
    assert assess("COPYRIGHT LAW PROTECTS NEWS PHOTOGRAPHS.", lower_case=prose) == (
        False,
        "no checkable detail (no number, actor, cause or comparison)",
    )
    # its words written apart, or in a post that writes no capitals, tell nothing of the phrase
    apart = lower_case_words(["The copyright office said news photographs are covered by law."])
    assert assess("COPYRIGHT LAW PROTECTS NEWS PHOTOGRAPHS.", lower_case=apart).reason == "names an actor (COPYRIGHT)"
    post = lower_case_words(["lol copyright law covers news photographs now"])
    assert assess("COPYRIGHT LAW PROTECTS NEWS PHOTOGRAPHS.", lower_case=post).reason == "names an actor (COPYRIGHT)"


@pytest.mark.parametrize(
    ("prose", "line", "actor"),
    [
        # two words in lower case after an article describe one thing: "a white house on the corner" made
        # "WHITE HOUSE DENIES REPORT." no claim and moved "WHITE HOUSE SAYS ..."'s actor to MEXICO (e96323f)
        ("A white house on the corner burned down, police said.", "WHITE HOUSE DENIES REPORT.", "WHITE"),
        ("A white house on the corner burned down, police said.", "WHITE HOUSE SAYS MEXICO SENT TROOPS.", "WHITE"),
        ("The house democrats live in was sold, he said.", "HOUSE DEMOCRATS REJECT DEAL.", "HOUSE"),
    ],
)
def test_two_words_in_lower_case_after_an_article_leave_a_subject_in_capitals_a_name(
    prose: str, line: str, actor: str
) -> None:
    assert f"names an actor ({actor})" in assess(line, lower_case=lower_case_words([prose])).reason


@pytest.mark.parametrize(
    "sentence",
    [
        # "MAY" after an adverb that ends a clause is the verb: these had "has a date (MAY)"
        "WHAT HAPPENS NEXT MAY SURPRISE YOU.",
        "THOSE WHO ARRIVE LATE MAY NOT GET IN.",
        "THOSE WHO COME EARLY MAY LEAVE.",
        "WHOEVER FINISHES LAST MAY WIN.",
    ],
)
def test_may_in_capitals_after_an_adverb_is_no_date(sentence: str) -> None:
    assert "has a date" not in assess(sentence).reason


@pytest.mark.parametrize(
    ("sentence", "month"),
    [("THE TROOPS WILL LEAVE BEFORE MAY.", "MAY"), ("THE TROOPS CAME DURING MARCH.", "MARCH")],
)
def test_may_in_capitals_after_a_preposition_of_time_is_a_date(sentence: str, month: str) -> None:
    assert assess(sentence).reason.startswith(f"has a date ({month})")


#: the pattern _without_markup replaced, quadratic on a long run of non-spaces
_OLD_MARKUP = re.compile(r"\S*[#@]\S*|\S*://\S*|\bwww\.\S*")


@given(st.text(alphabet="aw.#@:/ \nxÜ_-", max_size=40))
def test_markup_is_blanked_token_by_token_as_the_pattern_did(text: str) -> None:
    assert _without_markup(text) == _OLD_MARKUP.sub(" ", text)


def test_a_long_run_of_non_spaces_is_read_in_one_pass() -> None:
    # a 60 KB line of base64 took 22 s with the old pattern (quadratic): 200 KB would take minutes
    run = "QUJDRA" * 33_000
    assert lower_case_words([f"see {run} here", "a,b," * 25_000]) >= {"see", "here"}


def test_an_article_is_a_word_of_its_own_before_two_words_in_lower_case() -> None:
    # the article was looked for in a slice of 4 characters, where "soothe" read as "the" (simp13)
    assert "white house" in lower_case_words(["Officials soothe white house staff in Texas."])
    assert "white house" not in lower_case_words(["Neighbors saw the  white house on the corner."])


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # a farewell or thanks with a clock's hour was a claim, "has a number (once)", "names an actor (See)"
        ("Nos vemos a las once.", "imperative/filler (nos vemos)"),
        ("Nos vemos mañana a las siete de la tarde.", "imperative/filler (nos vemos)"),
        ("See you at eleven.", "imperative/filler (see you)"),
        ("See you tomorrow at 11 a.m., everyone.", "imperative/filler (see you)"),
        ("Muchas gracias a todos.", "imperative/filler (muchas gracias)"),
        # a clock's hour is no count
        ("La conferencia empieza a las diez de la mañana.", NO_DETAIL),
        ("We will be back at 11 a.m.", NO_DETAIL),
        # ... but a count after the same words is one, and a farewell's words that go on are no farewell
        ("Se entregaron apoyos a las diez mil familias.", "has a number (diez)"),
        ("Inflation stood at ten.", "has a number (ten)"),
        ("Homicides fell by 10.", "has a number (10)"),
        ("Nos vemos obligados a enviar diez mil soldados.", "has a number (diez)"),
        ("Gracias a los militares, bajó la violencia 30 por ciento.", "has a number (30)"),
    ],
)
def test_a_farewell_and_a_clock_s_hour_are_no_claim(sentence: str, reason: str) -> None:
    assert assess(sentence).reason.startswith(reason)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # any number of 1 or 2 digits after "a las", "de las" was an hour: these were "no checkable detail"
        ("De las 15, ninguna aceptó tropas estadounidenses.", "has a number (15)"),
        ("El programa de la Guardia ya llegó a las 32.", "has a number (32)"),
        ("La Marina patrulla ya en la mitad de las 32, según el informe.", "has a number (32)"),
        # a clause that opens with "De las" and a number alone counts among them
        ("De las tres, ninguna aceptó tropas estadounidenses.", "has a number (tres)"),
        # ... but an hour past twelve with its minutes or "horas", and one with "de la mañana", are hours
        ("La votación fue a las 15:30.", NO_DETAIL),
        ("La votación fue a las 20 horas.", NO_DETAIL),
        ("De las diez de la mañana, nada se supo.", NO_DETAIL),
        ("La votación fue a las doce.", NO_DETAIL),
    ],
)
def test_a_spanish_hour_is_at_most_twelve_and_de_las_opening_a_clause_counts(sentence: str, reason: str) -> None:
    assert assess(sentence).reason.startswith(reason)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # past midnight, with its minutes: "a las 00:30" was "has a number (00:30)" (scan19)
        ("El ataque comenzó a las 00:30.", NO_DETAIL),
        ("La votación terminó a las 0:45 de la madrugada.", NO_DETAIL),
        ("El toque de queda empieza hoy a las 00:30 en punto.", NO_DETAIL),
        # "de la madrugada" says the hour as "de la mañana" does: "has a number (dos)"
        ("El tiroteo empezó a las dos de la madrugada.", NO_DETAIL),
        ("El tiroteo terminó a las 3 de la madrugada.", NO_DETAIL),
        # ... but not without its minutes, nor a figure that is no time
        ("El índice de la encuesta bajó a las 00 unidades.", "has a number (00)"),
        ("El marcador final fue 00:30 en la votación.", "has a number (00:30)"),
        ("El ataque comenzó a las 00:30:15 según el parte.", "has a number (00:30:15)"),
    ],
)
def test_a_spanish_hour_past_midnight_with_its_minutes_is_a_clock_time(sentence: str, reason: str) -> None:
    assert assess(sentence).reason.startswith(reason)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # a range of hours: its first hour was followed by the second, not by a clause's end, and counted (scan20)
        ("El toque de queda rige de las 22:00 a las 5:30 en Reynosa.", "names an actor (Reynosa)"),
        ("El toque de queda rige de las 22:00 a las 5:30.", NO_DETAIL),
        ("La ley seca rige de las 10 a las 14 horas en Reynosa.", "names an actor (Reynosa)"),
        ("Abren desde las 9:00 hasta las 18:00 en Monterrey.", "names an actor (Monterrey)"),
        ("El horario es de las diez de la mañana a las dos de la tarde en la capital.", NO_DETAIL),
        # ... but numbers with nothing to say they are hours, before a noun, count; a count after the range too
        ("El número de casos pasó de las 10 a las 14 entidades.", "has a number (10)"),
        ("El toque de queda rige de las 22:00 a las 5:30 y hubo 30 detenidos.", "has a number (30)"),
        # decimals after a point are no minutes, as a single hour's are none: "no checkable detail" (review24c)
        ("La producción pasó de las 3.50 a las 4.20 toneladas por hectárea.", "has a number (3.50)"),
        ("El precio subió de las 9.50 a las 12.30 unidades en Sonora.", "has a number (9.50)"),
    ],
)
def test_a_spanish_range_of_hours_is_a_clock_time(sentence: str, reason: str) -> None:
    assert assess(sentence).reason.startswith(reason)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # an hour with its minutes before the clause goes on was counted: "has a number (22:00)" (scan20)
        ("La votación empieza a las 22:00 en el Senado.", "names an actor (Senado)"),
        ("La sesión inició a las 10:30 con 400 diputados.", "has a number (400); names an actor (diputados)"),
        # ... but not a figure with seconds, decimals, or no "a las" before it
        ("El ataque comenzó a las 00:30:15 según el parte.", "has a number (00:30:15)"),
        ("Bajó a las 3.50 toneladas en Sonora.", "has a number (3.50); names an actor (Sonora)"),
        ("El marcador final fue 00:30 en la votación.", "has a number (00:30)"),
    ],
)
def test_a_spanish_hour_with_its_minutes_is_a_clock_time_where_the_clause_goes_on(sentence: str, reason: str) -> None:
    assert assess(sentence).reason == reason


@pytest.mark.parametrize("kind", [BlockKind.PARAGRAPH, BlockKind.HEADING])
def test_who_in_capitals_before_a_number_is_the_world_health_organization(kind: BlockKind) -> None:
    # read past as an advisory's label, "WHO:" was no actor ("has a number (3,000); names an actor (Europe)"); as a
    # heading it then asked a question ("title announcing questions")
    found = assess("WHO: 3,000 measles deaths were reported in Europe in 2025.", kind)
    assert found.reason == "has a number (3,000); names an actor (WHO)"


@pytest.mark.parametrize(
    ("title", "reason"),
    [
        ("WHO Says 3,000 Measles Deaths Reported in Mexico", "has a number (3,000); names an actor (WHO)"),
        ("WHO warns of a measles outbreak in northern Mexico", "names an actor (WHO)"),
        ("Mexico and WHO Confirmed 3,000 Measles Deaths", "has a number (3,000); names an actor (WHO)"),
        # an amount after a question's verb is what the organization pays or gets (scan20)
        ("WHO Pays $2 Billion to Fight Measles", "has a number ($2 Billion); names an actor (WHO)"),
        (
            "WHO Gets More Than 300 Million From Donors",
            "has a number (300 Million); names an actor (WHO); comparison (more than)",
        ),
        # the organization's news, not a question asked with emphasis: c2ea886 made these "title announcing
        # questions" by their verb (loses, decides, owns, pays), so no claim about the WHO was looked up (review24c)
        ("WHO Loses Funding as US Withdraws", "names an actor (WHO)"),
        ("WHO Decides to Declare Mpox Emergency", "names an actor (WHO)"),
        ("WHO Owns the Patent on the Vaccine", "names an actor (WHO)"),
        ("WHO Pays Tribute to 300 Health Workers Killed in Gaza", "has a number (300); names an actor (WHO)"),
    ],
)
def test_who_in_capitals_in_a_heading_not_in_capitals_is_the_organization(title: str, reason: str) -> None:
    # without its colon, the World Health Organization's name opening a headline was a question word: "title
    # announcing questions (not a statement)", and the claim was never looked up (scan19)
    assert assess(title, BlockKind.HEADING).reason == reason


@pytest.mark.parametrize(
    "title",
    [
        "Who Pays for the Wall",
        "Who says 3,000 deaths is a small number",
        "WHO PAYS FOR THE WALL",  # in a line in capitals, "WHO" tells nothing by its case
        "WHO SAYS 3,000 MEASLES DEATHS ARE A SMALL NUMBER",
        "How Many Troops, What They Do, and Why It Matters",
        "WHO and the Border: Who Pays for Vaccines",  # a question word in its own case after the colon
    ],
)
def test_a_heading_that_asks_who_still_announces_questions(title: str) -> None:
    assert assess(title, BlockKind.HEADING).reason == "title announcing questions (not a statement)"


@pytest.mark.parametrize(
    "sentence",
    ["WHO: The Secretary of Defense will meet Mexican Navy officials.", "Who: 10,000 Marines will meet the press."],
)
def test_an_advisory_s_who_is_still_a_label(sentence: str) -> None:
    assert "(WHO)" not in assess(sentence).reason and "(Who)" not in assess(sentence).reason


def test_a_press_advisory_s_label_is_no_actor() -> None:
    # "WHAT: The Secretary will meet ..." was checkable for "names an actor (WHAT)"
    found = assess("WHAT: The Secretary will meet President Sheinbaum to discuss border security")
    assert found.reason == "names an actor (Secretary)"


@pytest.mark.parametrize(
    ("title", "reason"),
    [
        # a Spanish headline's verb was unknown: every Spanish heading was "heading without a verb" (scan19)
        ("Tropas de EU invadieron México, 21 de abril de 1914", "has a number (21); names an actor (EU)"),
        ("El Senado aprobó el envío de 155 marines", "has a number (155); names an actor (Senado)"),
        ("El buró aprobó el informe de Sinaloa", "names an actor (Sinaloa)"),
        ("Trump enviará tropas a México", "names an actor (México)"),
        ("Aprueba Senado entrada de 155 marines de EU", "has a number (155); names an actor (Senado)"),
        ("Marines de EU llegan a Campeche para ejercicio conjunto", "names an actor (Marines)"),
        ("Sheinbaum rechaza tropas de EU en territorio mexicano", "names an actor (EU)"),
        # review23: forms that are nouns or times elsewhere are verbs here
        ("Las tropas de EU en México son más de 10,000", "has a number (10,000); names an actor (EU)"),
        ("La frontera era segura antes de 2020", "has a number (2020)"),
        ("EU da 500 millones a México", "has a number (500); names an actor (EU)"),
        ("El ejército de EU esta en Tamaulipas", "names an actor (EU)"),
        ("EU hace ejercicios militares en Sonora", "names an actor (EU)"),
    ],
)
def test_a_spanish_heading_with_a_verb_is_a_statement(title: str, reason: str) -> None:
    assert assess(title, BlockKind.HEADING).reason.startswith(reason)


@pytest.mark.parametrize(
    ("title", "reason"),
    [
        # in capitals, a Spanish heading's verb was none, and the heading a title (scan20)
        ("SON MÁS DE 10,000 LAS TROPAS DE EU EN MÉXICO", "has a number (10,000); names an actor (TROPAS)"),
        ("APRUEBA SENADO ENVÍO DE TROPAS", "names an actor (SENADO)"),
        # ... but a name with a verb's ending, or a noun of a verb's form, is none in capitals either
        ("IRÁN, 40 AÑOS DESPUÉS DE LA REVOLUCIÓN", "heading without a verb (a title, not a statement)"),
        ("LA ERA DE LAS TROPAS DE EU EN MÉXICO", "heading without a verb (a title, not a statement)"),
        ("SON JAROCHO FESTIVAL IN VERACRUZ", "heading without a verb (a title, not a statement)"),
    ],
)
def test_a_spanish_heading_in_capitals_has_its_verb(title: str, reason: str) -> None:
    assert assess(title, BlockKind.HEADING).reason == reason


def test_a_spanish_function_word_in_capitals_is_no_name() -> None:
    # in capitals, "SON" read as an acronym: the line named an actor (SON), and "NI TRUMP NI BIDEN ..." (NI) (scan20)
    text = "Las tropas llegaron.\n\nSON MÁS DE 10,000 LAS TROPAS DE EU EN MÉXICO\n"
    blocks = parse_article(text, "nota.md").blocks
    texts = [block.text for block in blocks]
    last = assess(blocks[-1].text, blocks[-1].kind, lower_case_words(texts))
    assert last.reason == "has a number (10,000); names an actor (TROPAS)"
    assert assess("NI TRUMP NI BIDEN MANDARON TROPAS A MÉXICO").reason == "names an actor (TRUMP)"
    # ... but in English "SON" is a word of its own, and a name may open with it
    assert assess("SON OF SAM KILLED 6 PEOPLE.").reason == "has a number (6); names an actor (SON)"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # with the Spanish words before them passed over, a past form or a verdict was the name: (GANÓ),
        # (LLEGARON), (FALSO) (review24c)
        ("EL MAS GANÓ LAS ELECCIONES EN 2020.", "has a number (2020); names an actor (ELECCIONES)"),
        ("SON LAS 10 DE LA MAÑANA Y LLEGARON 200 SOLDADOS.", "has a number (10); names an actor (SOLDADOS)"),
        ("ES FALSO QUE HAYA 10,000 SOLDADOS DE EU.", "has a number (10,000); names an actor (SOLDADOS)"),
        # ... but a name is one, and an English line in capitals is read as English
        ("MÉXICO RECIBIÓ 500 MILLONES DE DÓLARES.", "has a number (500); names an actor (MÉXICO)"),
        ("SHEINBAUM NEGÓ QUE HAYA TROPAS DE EU.", "names an actor (SHEINBAUM)"),
        ("AARON RODGERS THREW 4 TOUCHDOWNS.", "has a number (4); names an actor (AARON)"),
        # a name in "-aron" with "sh", which no Spanish verb writes, is no past: (STONE) was the actor
        ("SHARON STONE DONÓ 500 MIL DÓLARES A LA CAMPAÑA.", "has a number (500); names an actor (SHARON)"),
        ("SHARON ROONEY GANÓ 2 PREMIOS EN MÉXICO.", "has a number (2); names an actor (SHARON)"),
        # ... but only a word opening with "sh": des- before an h writes it in Spanish verbs, which named an actor
        # (DESHABILITARON), (DESHICIERON), (DESHABILITÓ) (review30b)
        ("AYER DESHABILITARON 500 CUENTAS DE BOTS.", "has a number (500); names an actor (CUENTAS)"),
        ("YA DESHICIERON LAS BARRICADAS EN EL CENTRO.", "names an actor (BARRICADAS)"),
        ("NUNCA SE DESHABILITÓ NADA.", "no checkable detail (no number, actor, cause or comparison)"),
    ],
)
def test_a_spanish_past_form_or_verdict_in_capitals_is_no_name(line: str, reason: str) -> None:
    assert assess(line).reason == reason


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        # a Spanish cell's verb was unknown: every Spanish cell was a label (scan20)
        ("Son más de 10,000 las tropas de EU en la frontera", "has a number (10,000); names an actor (EU)"),
        ("El Senado aprobó el ingreso de 155 marines", "has a number (155); names an actor (Senado)"),
        # ... but a label is one still, whatever the words of a verb's form in it
        ("Tropas en Tamaulipas", "table cell without a verb (a label or value, not a statement)"),
        ("La era de las tropas de EU en México", "table cell without a verb (a label or value, not a statement)"),
        ("Son Jarocho Festival in Veracruz", "table cell without a verb (a label or value, not a statement)"),
        # "era" opening a cell before "de" and what the age is of is the noun: "Era de los cárteles" was a
        # statement, "names an actor (cárteles)" (review24c); before an infinitive or an article it is the verb
        ("Era de los cárteles", "table cell without a verb (a label or value, not a statement)"),
        ("Era de Trump", "table cell without a verb (a label or value, not a statement)"),
        ("Era de esperarse que llegaran 200 soldados", "has a number (200); names an actor (soldados)"),
        ("Era la cifra de la Sedena", "names an actor (Sedena)"),
    ],
)
def test_a_spanish_table_cell_with_a_verb_is_a_statement(cell: str, reason: str) -> None:
    assert assess(cell, BlockKind.CELL).reason == reason


def _assessed(text: str, name: str) -> list[tuple[str, bool]]:
    """Each sentence of the article ``text`` (named ``name``) and whether it is checkable, as scan reads it."""
    blocks = parse_article(text.encode(), name).blocks
    return [
        (sentence.text, assess(sentence.text, sentence.kind, spoken=sentence.spoken).checkable)
        for sentence in split_sentences(blocks)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Spanish title that asks is a title where an English one is: a heading, the page's first line
        ("## Qué sabemos de las 200 tropas de EU en México\n\nEl Senado aprobó 155 marines.\n", "nota.md"),
        ("Qué sabemos de las 200 tropas de EU en México\n\nEl Senado aprobó 155 marines.\n", "nota.md"),
        ("Cuántos soldados de EU hay en México\n\nEl Senado aprobó 155 marines.\n", "nota.txt"),
    ],
)
def test_a_spanish_title_that_asks_is_one_where_an_english_title_is(text: str, name: str) -> None:
    assert [checkable for _, checkable in _assessed(text, name)] == [False, True]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a line further down a page, opening with a question word's accent and no stop at its end, is read as
        # its English twin is ("Who killed 43 students in Ayotzinapa"), not as a title: "title announcing
        # questions" left these claims unchecked (review24c)
        ("# Nota\n\nIntroducción.\n\nQuién mató a 43 estudiantes en Ayotzinapa\n", "nota.md"),
        ("# Nota\n\nIntroducción.\n\nCómo Trump envió 10,000 soldados a la frontera\n", "nota.md"),
        ("# Note\n\nIntroduction.\n\nWho killed 43 students in Ayotzinapa\n", "note.md"),
        # ... nor a speaker's words: a turn of a transcript or a subtitle's cue, which often end with no stop
        ("Versión estenográfica\n\nPRESIDENTA: Cómo no, llegaron 200 soldados a Reynosa\n", "conferencia.txt"),
        ("Versión estenográfica\n\nPERIODISTA: Qué tragedia, murieron 30 personas en Culiacán\n", "conferencia.txt"),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Presidenta>Cuántas veces lo he dicho, no hay 10,000 "
            "soldados de EU en México\n",
            "conferencia.vtt",
        ),
        ("1\n00:00:05,000 --> 00:00:08,000\nCómo no, llegaron 200 soldados a Reynosa\n", "conferencia.srt"),
    ],
)
def test_a_spanish_line_that_asks_is_no_title_outside_one(text: str, name: str) -> None:
    assessed = _assessed(text, name)
    assert assessed[-1][1], assessed


@pytest.mark.parametrize(
    ("title", "reason"),
    [
        # a headline's verb before its subject was the actor, as a capitalised first word (scan20)
        ("Aprueba Senado envío de tropas", "names an actor (Senado)"),
        ("Aprueba Senado entrada de 155 marines de EU", "has a number (155); names an actor (Senado)"),
        ("Confirma Sheinbaum llegada de marines", "names an actor (Sheinbaum)"),
        # ... but a name opening it is still the actor, in Spanish and in English
        ("Irán envió tropas a la frontera.", "names an actor (Irán)"),
        ("Dan Brown said the troops arrived.", "names an actor (Dan)"),
    ],
)
def test_a_spanish_headline_s_verb_before_its_subject_names_no_actor(title: str, reason: str) -> None:
    assert assess(title, BlockKind.HEADING).reason == reason
    assert assess(title).reason == reason


@pytest.mark.parametrize(
    ("title", "reason"),
    [
        ("Tropas de EU en México, 21 de abril de 1914", "heading without a verb (a title, not a statement)"),
        ("Ocupación de Veracruz, 21 de abril de 1914", "heading without a verb (a title, not a statement)"),
        # nouns of a verb's form ("captura", "amenaza"), a name with a future's ending ("Irán")
        ("La captura de El Chapo en Sinaloa", "heading without a verb (a title, not a statement)"),
        ("La amenaza de Trump y la respuesta de México", "heading without a verb (a title, not a statement)"),
        ("Irán, 40 años después de la revolución", "heading without a verb (a title, not a statement)"),
        # a noun stressed on its final "ó" is no past form (scan20: "buró" made the title a claim)
        ("El buró de investigaciones de Sinaloa", "heading without a verb (a title, not a statement)"),
        ("Un dominó de renuncias en el gabinete de México", "heading without a verb (a title, not a statement)"),
        # a title that asks, as "How troops arrived in Veracruz" does
        ("Cómo llegaron las tropas de EU a Veracruz", "title announcing questions (not a statement)"),
        ("Tropas en México: qué se sabe y qué autorizó el Senado", "title announcing questions (not a statement)"),
        # English, whatever its words in Spanish
        ("Son Jarocho Festival in Veracruz", "heading without a verb (a title, not a statement)"),
        # review22a: words of a verb's form that are as often nouns, determiners or names
        ("La era de las tropas de EU en México", "heading without a verb (a title, not a statement)"),
        ("Hace un siglo: la expedición de Pershing en México", "heading without a verb (a title, not a statement)"),
        ("Esta semana: tropas de EU en México", "heading without a verb (a title, not a statement)"),
        ("El son jarocho y los marines de EU en Veracruz", "heading without a verb (a title, not a statement)"),
        ("Da Nang y Veracruz: dos puertos de la historia", "heading without a verb (a title, not a statement)"),
        ("La invasión de Veracruz, hace 110 años", "heading without a verb (a title, not a statement)"),
    ],
)
def test_a_spanish_heading_without_a_verb_or_asking_is_still_a_title(title: str, reason: str) -> None:
    assert assess(title, BlockKind.HEADING).reason == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # a Spanish force or institution in lower case names an actor, as "troops" does: "The troops arrived at 11
        # a.m." was checked, "Los soldados llegaron a las 3 de la mañana." was "no checkable detail" (scan19)
        ("Los soldados llegaron a las 3 de la mañana.", "names an actor (soldados)"),
        ("Hay soldados mexicanos en la frontera", "names an actor (soldados)"),
        ("El gobierno mexicano envió a los militares.", "names an actor (gobierno)"),
        ("The troops arrived at 11 a.m.", "names an actor (troops)"),
    ],
)
def test_a_spanish_actor_in_lower_case_is_named_as_an_english_one(sentence: str, reason: str) -> None:
    assert assess(sentence).reason == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # chemical agents are no people: "names an actor (agentes)", "(agents)", "(Chemical)" (scan20)
        ("Los agentes químicos fueron hallados en una bodega.", NO_DETAIL),
        ("Hallaron 200 litros de agentes químicos en Sinaloa.", "has a number (200); names an actor (Sinaloa)"),
        ("The chemical agents were found in a warehouse.", NO_DETAIL),
        ("Chemical agents were found in a warehouse.", NO_DETAIL),
        # ... but agents who act are actors, as before
        ("Los agentes detuvieron a dos hombres.", "has a number (dos); names an actor (agentes)"),
        ("Los agentes de la Guardia Nacional detuvieron a 2 hombres.", "has a number (2); names an actor (Guardia)"),
        ("The federal agents found a tunnel.", "names an actor (agents)"),
    ],
)
def test_chemical_agents_are_no_actors(sentence: str, reason: str) -> None:
    assert assess(sentence).reason == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # a time alone is still no detail
        ("The vote is at 10:30.", NO_DETAIL),
        # Spanish words that are English ones too name no actor in English (review22a)
        ("We walked along the marina at sunset with our friends.", NO_DETAIL),
        ("An armada of small boats sailed into the harbor at dawn.", NO_DETAIL),
        ("La votación fue a las 10:30.", NO_DETAIL),
        # a name another word gives is the actor, as before
        ("Hay tropas de EU en México", "names an actor (EU)"),
        ("El Senado aprobó 155 marines", "has a number (155); names an actor (Senado)"),
        ("Buenos días, el Senado aprobó el ingreso de 155 marines.", "has a number (155); names an actor (Senado)"),
        # nor is a greeting to the person a transcript speaks to a claim
        ("Buenos días, presidenta.", "imperative/filler (buenos días)"),
    ],
)
def test_a_spanish_time_alone_is_no_detail_and_the_actor_named_before_stays(sentence: str, reason: str) -> None:
    assert assess(sentence).reason == reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # "Since January, violence fell." has a date; these were "no checkable detail"
        ("Desde enero, la violencia bajó.", "has a date (enero)"),
        ("Se votará en abril, dijo.", "has a date (abril)"),
        ("En julio llegaron.", "has a date (julio)"),
        ("Los soldados llegaron en marzo.", "has a date (marzo); names an actor (soldados)"),
        # after the other words that date a month
        ("La violencia bajó a partir de marzo.", "has a date (marzo)"),
        ("Los homicidios subieron el pasado mayo.", "has a date (mayo)"),
        ("Las lluvias llegarán a finales de junio.", "has a date (junio)"),
        ("Entre enero y marzo bajó la violencia.", "has a date (enero)"),
        ("Este mayo la violencia bajó.", "has a date (mayo)"),
        ("La obra estará lista hasta septiembre.", "has a date (septiembre)"),
        # a number is said first, as in English ("The troops arrived on March 3, 2025.": "has a number (3)")
        ("Las tropas llegaron el 3 de marzo de 2025.", "has a number (3); names an actor (tropas)"),
        # in capitals: no date, and the month an actor, "names an actor (MARZO)"
        ("Desde MARZO, la violencia bajó.", "has a date (MARZO)"),
        ("El envío será en SEPTIEMBRE.", "has a date (SEPTIEMBRE)"),
        ("EL SENADO APROBÓ EN MARZO EL ENVÍO DE TROPAS.", "has a date (MARZO); names an actor (SENADO)"),
    ],
)
def test_a_spanish_month_is_a_date_as_an_english_one_is(text: str, reason: str) -> None:
    assert assess(text) == (True, reason)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a Spanish month's name in an English text is no date: "mayo" is mayonnaise there ("I love mayo on fries."
        # is a writer's liking of a word or two, skipped before its words are read: tests/test_short_likings.py)
        ("He loves mayo on fries.", "no checkable detail (no number, actor, cause or comparison)"),
        # a month's name with no word that dates it: "mayo" is mayonnaise here
        (
            "Los tacos llevan mayo y queso en esta receta de la casa.",
            "no checkable detail (no number, actor, cause or comparison)",
        ),
        # Italian, read as Spanish: "da" is no Spanish preposition
        (
            "La violenza è diminuita da marzo, secondo la polizia.",
            "no checkable detail (no number, actor, cause or comparison)",
        ),
        # capitalised, "Julio" and "Mayo" are names as often as months: read as they were
        ("Julio dijo que no vendrá.", "names an actor (Julio)"),
        # ... and in capitals, "MAYO", "JULIO", "ABRIL" ("LA DETENCIÓN DE MAYO ZAMBADA"); an English text's "MARZO"
        # is a name
        ("Las tropas llegaron desde MAYO ZAMBADA.", "names an actor (MAYO)"),
        ("THE MARZO FAMILY OWNS 3 HOTELS.", "has a number (3); names an actor (MARZO)"),
        # a date alone, or a dateline, is still no claim
        ("3 de marzo de 2025", "imperative/filler (byline)"),
        ("Publicado el 3 de marzo de 2025", "imperative/filler (byline)"),
    ],
)
def test_what_is_no_spanish_date_is_read_as_before(text: str, reason: str) -> None:
    assert assess(text).reason == reason


# The claim rules read English and Spanish: a sentence mostly in another script was skipped whatever it said
# ("no checkable detail" for an Arabic sentence a claims file held word for word; a Russian one a caption)
@pytest.mark.parametrize(
    "text",
    [
        "مصر هي أكبر مستورد للقمح في العالم.",
        "كما نفت الوزارة أن لقاحات كورونا تحتوي على رقائق إلكترونية للتتبع.",
        "вакцины содержат микрочипы.",
        "Вакцины содержат микрочипы.",  # was a caption: an actor (its first word) and no verb the rules know
    ],
)
def test_a_sentence_mostly_in_another_script_is_checked(text: str) -> None:
    assert assess(text).checkable


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("هل مصر هي أكبر مستورد للقمح في العالم؟", "question"),  # the Arabic question mark
        ("وهذا صحيح!", "too short (2 words)"),
        ("The weather is nice.", "opinion marker (is nice)"),  # a liking of a word (tests/test_short_likings.py)
        ("The weather in مصر is nice today.", "no checkable detail (no number, actor, cause or comparison)"),
        (
            "Mexican soldiers in Culiacán.",
            "no verb: a caption or a fragment (names an actor (Mexican)), not a statement",
        ),
    ],
)
def test_what_the_rules_can_see_still_skips_a_sentence(text: str, reason: str) -> None:
    assert assess(text) == (False, reason)


def test_an_arabic_article_finds_its_claims(write_kb, invoke, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kb = write_kb(
        'claims:\n  - id: egypt-wheat\n    claim: مصر هي أكبر مستورد للقمح في العالم.\n    verdict: "true"\n'
        "    summary: بحسب بيانات منظمة الأغذية والزراعة.\n"
    )
    article = tmp_path / "article.txt"
    article.write_text("قال مسؤولون يوم الأحد إن مصر هي أكبر مستورد للقمح في العالم. هل هذا صحيح؟\n", encoding="utf-8")
    result = invoke("scan", "--kb", str(kb), "--json", str(article))
    records = [json.loads(line) for line in result.output.splitlines()]
    sentences = [
        (r["checkable"], r["reason"], (r["match"] or {}).get("id")) for r in records if r["type"] == "sentence"
    ]
    assert sentences == [
        (True, "mostly in another script than Latin, which the claim rules do not read", "egypt-wheat"),
        (False, "question", None),
    ]


# A sentence mostly in another script is checked only where it matches a claim, and only a paragraph's or a
# quotation's sentence closed as a sentence is ("."): checked whatever it said, an Arabic or Russian page's
# captions, credits, menus and "follow us" lines were listed as claims to research next, and a figure's caption
# was shown a FALSE claim at 0.60 (review37a)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("الرئيس المصري عبد الفتاح السيسي خلال مؤتمر صحفي في القاهرة", BlockKind.PARAGRAPH),  # a caption
        ("لقاحات كورونا في مخزن وزارة الصحة", BlockKind.PARAGRAPH),  # a figure's caption
        ("تابعونا على فيسبوك وتويتر وإنستغرام", BlockKind.PARAGRAPH),  # "follow us"
        ("تصوير: أحمد محمد علي", BlockKind.PARAGRAPH),  # a photo credit
        ("Москва • Мехико • Вашингтон", BlockKind.PARAGRAPH),
        ("الإسكندرية والجيزة وأسوان.", BlockKind.ITEM),  # a list item, closed or not
        ("مصر هي أكبر مستورد للقمح في العالم.", BlockKind.CELL),
    ],
)
def test_a_sentence_in_another_script_not_closed_as_one_nor_in_running_text_is_skipped(
    text: str, kind: BlockKind
) -> None:
    assert not assess(text, kind).checkable


_ARABIC_PAGE = """<html><body><article><h1>مصر والقمح</h1>
<figure><img src="a.jpg"><figcaption>لقاحات كورونا في مخزن وزارة الصحة</figcaption></figure>
<p>مصر هي أكبر مستورد للقمح في العالم. وصلت الشحنة الأولى أمس إلى المطار.</p>
<p>تابعونا على فيسبوك وتويتر وإنستغرام</p>
<p>تصوير: أحمد محمد علي</p>
<ul><li>القاهرة</li><li>الإسكندرية والجيزة وأسوان</li></ul>
</article></body></html>
"""


def test_an_arabic_page_lists_only_the_sentence_that_matches(write_kb, invoke, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kb = write_kb(
        'claims:\n  - id: egypt-wheat\n    claim: مصر هي أكبر مستورد للقمح في العالم.\n    verdict: "true"\n'
        "    summary: بحسب بيانات منظمة الأغذية والزراعة.\n"
        '  - id: vaccine-chips\n    claim: لقاحات كورونا تحتوي على رقائق إلكترونية.\n    verdict: "false"\n'
        "    summary: لا توجد رقائق في اللقاحات.\n"
    )
    page = tmp_path / "page.html"
    page.write_text(_ARABIC_PAGE, encoding="utf-8")
    result = invoke("scan", "--kb", str(kb), "--json", str(page))
    records = [json.loads(line) for line in result.output.splitlines()]
    checked = [(r["text"], (r["match"] or {}).get("id")) for r in records if r["type"] == "sentence" and r["checkable"]]
    assert checked == [("مصر هي أكبر مستورد للقمح في العالم.", "egypt-wheat")]
    unmatched = [r["reason"] for r in records if r["type"] == "sentence" and r["text"].startswith("وصلت")]
    assert unmatched == ["no checkable detail the claim rules read (another script); not matched"]
    assert records[-1]["unmatched"] == 0


#: sentences that say who said something and when or where, and nothing else: "Trump said the next day." was a
#: possible match with a verdict (Sheinbaum turned down Trump's offer, TRUE, on "Trump" and "day")
ATTRIBUTIONS_ALONE = [
    "Trump said the next day.",
    "Officials said on Tuesday.",
    "US officials said.",
    "The Pentagon said in a statement on Monday.",
    "Sheinbaum told reporters on Tuesday.",
    "A White House spokesperson said late Friday.",
    "Mexico's president said on 3 May.",
    "The Pentagon said in a statement.",
    "Officials said Tuesday.",
    "The Pentagon stated on May 3, 2025.",
    "Sheinbaum said the same day in a post on X.",
    "The spokesperson added on Tuesday.",
    "The ministry noted in a statement.",
    # a setting or a medium of ``_SAID_SETTINGS`` or ``text.MEDIA_NOUNS`` after the preposition, then maybe a time:
    # each was a claim to research, "names an actor (TikTok)", "names an actor (White)", "names an actor (Hegseth)"
    "Trump said in a TikTok.",
    "Sheinbaum said at the White House.",
    "Hegseth told reporters at the Pentagon.",
    "Trump said at a rally last week.",
    "The Pentagon said in a video on Monday.",
    "Sheinbaum said at her morning press conference.",
    "The senator said at a hearing on Tuesday.",
    "Officials said at a briefing at the Pentagon.",
    "The ministry said in an op-ed.",
    "Trump said on Truth Social.",
]
#: sentences with an attribution AND something said, which stay as they were: the attribution's words, a clause
#: after them, a claim before them, a subject that is no speaker
ATTRIBUTED_CLAIMS = [
    "Trump said the next day that 10,000 troops were in Mexico.",
    "Officials said on Tuesday there are 10,000 US troops in Mexico.",
    "The Pentagon said 10,000 US troops are in Mexico.",
    "US officials said no US troops are in Mexico.",
    "Sheinbaum said no.",
    "Trump said Mexico will pay for the wall.",
    "The Pentagon said it had sent 1,500 troops.",
    "According to the Pentagon, 10,000 US troops are in Mexico.",
    "There are 10,000 US troops in Mexico, officials said.",
    "10,000 US troops are in Mexico, the Pentagon said on Tuesday.",
    "Sheinbaum said she refused.",
    "Officials said last week's deployment was the largest.",
    "Mexico's president said in a statement that she rejected the offer.",
    "The plan was said to cost $3 billion.",
    "Sheinbaum said Mexico would never accept US troops.",
    "Trump said the troops would stay until June.",
    # a direct object or a bare figure after the verb is what was said or written (review of scan105): "Einstein
    # wrote the letter." was a claim word for word in a user's knowledge base, and was skipped
    "Einstein wrote the letter.",
    "Sheinbaum wrote a letter.",
    "Paul McCartney wrote Yesterday.",
    "Lincoln wrote the address.",
    "Congress added a week.",
    "Orwell wrote in 1948.",
    "The Pentagon said 1500.",
    "Officials said 12.",
    "The agency noted 2024.",
    "Officials said this week.",
    "The Pentagon noted the letter.",
    "Trump added yesterday.",
    "Officials said the day.",
    # what was said after a setting or a medium, a place no list holds, a setting with no preposition before it:
    # claims as before _SAID_SETTINGS
    "Trump said in 2019 that 1,500 troops would go.",
    "The Pentagon said at least 1,500 troops were deployed.",
    "Sheinbaum said at the border that Mexico refused.",
    "He said in Mexico City that the US sent troops.",
    "Trump spoke at a rally in Texas.",
    "Trump said at a rally in Texas.",
    "Sheinbaum said at the border.",
    "Sheinbaum said at the White House that Mexico refused.",
    "Trump said in a TikTok 10,000 troops are in Mexico.",
    "Trump said in a video the troops would stay.",
    "The Pentagon said in a report on cartels.",
    "Hegseth told reporters at Fort Bragg.",
    "Officials said the Pentagon.",
    "Trump said the White House.",
    "Sheinbaum said at the White House meeting with Trump.",
]
ALONE = "attribution alone (who said it, when or where, not what)"
#: the same in Spanish, the subject first: each was a claim to research ("names an actor (Sheinbaum)", "(Pentágono)",
#: "(Funcionarios)", "(Claudia)", "(Casa)", "(Trump)") or no claim for no checkable detail
SPANISH_ATTRIBUTIONS_ALONE = [
    "Sheinbaum dijo el martes.",
    "El ministro afirmó en una entrevista.",
    "La presidenta dijo en su conferencia matutina.",
    "El Pentágono dijo en un comunicado.",
    "Sheinbaum declaró a los periodistas el lunes.",
    "Funcionarios dijeron el martes.",
    "La presidenta Claudia Sheinbaum dijo ayer.",
    "Sheinbaum dijo en la Casa Blanca.",
    "Trump dijo en un video.",
    "Sheinbaum dijo en su mañanera del lunes.",
    "Sheinbaum dijo el 3 de mayo de 2025.",
    # as the English rule reads them (review-attrib110, finding 2): any spaces or tabs, Truth Social, "de este
    # martes", "el lunes 3 de mayo"; each was a claim to research ("names an actor (Sheinbaum)", "(Truth)")
    "Sheinbaum  dijo el martes.",
    "Sheinbaum dijo\tel martes.",
    "Trump dijo en Truth Social.",
    "Sheinbaum dijo en la mañanera de este martes.",
    "Sheinbaum dijo el lunes 3 de mayo.",
    "Sheinbaum dijo este lunes 3 de mayo de 2025.",
]
#: what was said after the attribution, a place of no list, an object of the verb, the verb first, a negation:
#: claims, as they were
SPANISH_ATTRIBUTED_CLAIMS = [
    "Sheinbaum dijo el martes que México rechazó la oferta.",
    "El Congreso añadió una semana.",
    "Sheinbaum dijo que no.",
    "Sheinbaum dijo no.",
    "La Marina señaló el error.",
    "Sheinbaum dijo en la frontera.",
    "Sheinbaum dijo en la Ciudad de México que Estados Unidos envió tropas.",
    "Trump dijo en una entrevista con Fox News.",
    "El Pentágono dijo en 2019 que 1,500 soldados irían.",
    "El Senado aprobó el martes el ingreso de 155 marines.",
    "Sheinbaum no dijo el martes.",
    "Trump dijo en un video que las tropas se quedarían.",
    "La Marina informó el martes 1,500 detenidos.",
    "Sheinbaum dijo en un mitin en Texas.",
    # what was said after the same spacing, platform or date: claims, as they were
    "Sheinbaum  dijo el martes que México rechazó la oferta.",
    "Trump dijo en Truth Social que los aranceles subirán.",
    "Trump dijo en Truth Social 10,000 soldados.",
    "Sheinbaum dijo el lunes 3 de mayo que no.",
    "Sheinbaum dijo el lunes 3 soldados.",
    "Sheinbaum dijo en la mañanera de este martes que México rechazó la oferta.",
    "Sheinbaum dijo\ten la frontera.",
]


#: a claim before the attribution, with no comma: a clause joined by a subordinator or a conjunction ("as", "when",
#: "cuando", "y"), or a claim and then its speaker ("We won Trump said ..."); each was skipped as an attribution
#: alone (review-attrib110, finding 1), the subject held more than a noun phrase
CLAIMS_BEFORE_AN_ATTRIBUTION = [
    "Hegseth resigned after he said at a rally.",
    "Trump lied when he said at the White House.",
    "Trump lied when he said in a TikTok.",
    "Protesters cheered as Trump said at a rally.",
    "Mexico refused as Sheinbaum said at the White House.",
    "Troops left Mexico as Hegseth told reporters at the Pentagon.",
    "Prices fell as officials said at a hearing.",
    "Immigration fell sharply as Trump said in a video.",
    "Inflation fell because Powell said at a hearing.",
    "Trump lied and said at a rally.",
    "Trump won the election he said at a rally.",
    "Vaccines cause autism RFK said in a video.",
    "The wall works Trump said at a rally.",
    "We won Trump said at a rally.",
    "Mexico refused US troops Sheinbaum said at a rally.",
    "Tariffs rose as Trump said at a press conference.",
    "Mexico pays Trump said in a speech.",
    "Prices rose the Pentagon said at a briefing.",
    "Prices fell officials said at a hearing.",
    "Prices fell since Trump said on Tuesday.",
    "Trump won while Biden said on Monday.",
    "Trump lied but said at a rally.",
    "Trump lied if he said at a rally.",
    "Trump is richer than Biden said on Tuesday.",
    "Trump mintió cuando dijo el martes.",
    "Trump mintió cuando dijo en un mitin.",
    "México ganó como dijo el martes.",
    "Las tropas salieron cuando Hegseth dijo en el Pentágono.",
    "El peso cayó mientras Trump dijo en un video.",
    "Los cárteles ganaron porque Trump dijo en un mitin.",
    "Trump mintió y dijo el martes.",
    "El muro funciona Trump dijo en un mitin.",
    "México ganó Sheinbaum dijo el martes.",
    "México rechazó las tropas cuando dijo en la mañanera.",
    "México pagó tras Trump dijo el martes.",
    "México pagó según Trump dijo el martes.",
    "México ganó aunque Trump dijo el martes.",
    "Trump mintió pero dijo el martes.",
    "Trump mintió si dijo el martes.",
    "México rechazó la oferta el Pentágono dijo el martes.",
]
#: noun phrases that are a speaker, a title or "of"/"de" inside them: attributions alone, as the rule is for
NOUN_PHRASE_ATTRIBUTIONS_ALONE = [
    "Defense Secretary Pete Hegseth said at the Pentagon.",
    "Mexican president Claudia Sheinbaum said on Tuesday.",
    "The secretary of State said on Tuesday.",
    "A Pentagon spokesman said in a statement.",
    "El secretario de la Defensa dijo el martes.",
    "La presidenta Claudia Sheinbaum dijo en la mañanera.",
    "Los funcionarios de Estados Unidos dijeron el martes.",
]


@pytest.mark.parametrize("sentence", CLAIMS_BEFORE_AN_ATTRIBUTION)
def test_a_claim_before_an_attribution_stays_a_claim(sentence: str) -> None:
    result = assess(sentence)
    assert result.checkable, result.reason


@pytest.mark.parametrize("sentence", NOUN_PHRASE_ATTRIBUTIONS_ALONE)
def test_a_noun_phrase_s_attribution_alone_is_no_claim(sentence: str) -> None:
    result = assess(sentence)
    assert not result.checkable
    assert result.reason.startswith(ALONE)


@pytest.mark.parametrize("sentence", ATTRIBUTIONS_ALONE)
def test_an_attribution_alone_is_no_claim(sentence: str) -> None:
    result = assess(sentence)
    assert not result.checkable
    assert result.reason.startswith(ALONE)


@pytest.mark.parametrize("sentence", ATTRIBUTED_CLAIMS)
def test_an_attribution_with_what_was_said_stays_a_claim(sentence: str) -> None:
    result = assess(sentence)
    assert result.checkable, result.reason


@pytest.mark.parametrize("sentence", SPANISH_ATTRIBUTIONS_ALONE)
def test_a_spanish_attribution_alone_is_no_claim(sentence: str) -> None:
    result = assess(sentence)
    assert not result.checkable
    assert result.reason.startswith(ALONE)


@pytest.mark.parametrize("sentence", SPANISH_ATTRIBUTED_CLAIMS)
def test_a_spanish_attribution_with_what_was_said_stays_a_claim(sentence: str) -> None:
    result = assess(sentence)
    assert result.checkable, result.reason


#: the verb first, in Spanish, as Mexican news writes an attribution after a quote: the verb, then the speaker (a
#: name, a capitalised word, or a role: "funcionarios", "la presidenta"), and a day or a setting before or after it;
#: "Según" or "Así lo" before the verb.  Each was a claim to research, "names an actor (Sheinbaum)", "(Pentágono)"
SPANISH_VERB_FIRST_ATTRIBUTIONS_ALONE = [
    "Dijo Sheinbaum el martes.",
    "Afirmó el Pentágono en un comunicado.",
    "Según dijo Sheinbaum.",
    "Dijo este martes la presidenta Claudia Sheinbaum.",
    "Informó la Secretaría de Marina en un comunicado.",
    "Señalaron funcionarios de Estados Unidos el lunes.",
    "Según informó el Pentágono el martes.",
    "Declaró Sheinbaum a los periodistas el lunes.",
    "Así lo dijo Sheinbaum en su mañanera.",
    "Dijeron funcionarios estadounidenses ayer.",
]
#: the verb first with what was said, an object of the verb and no speaker (the subject left out, as Spanish does:
#: "Dijo la verdad" is "he told the truth"), a place of no list, a figure, a comma before the claim, a verb that says
#: no saying ("Rechazó Sheinbaum ..."), the starter's own wordings turned verb first: claims, as on main
SPANISH_VERB_FIRST_CLAIMS = [
    "Dijo que México rechazó las tropas.",
    "Dijo Sheinbaum que México rechazó las tropas.",
    "Dijo Sheinbaum el martes que México no aceptará tropas de Estados Unidos.",
    "Señaló el error en un comunicado.",
    "Informó 1,500 detenidos el martes.",
    "Afirmó el Pentágono 10,000 soldados.",
    "Dijo Sheinbaum en la frontera.",
    "Según dijo Sheinbaum, México rechazó las tropas.",
    "Según Sheinbaum, México rechazó la oferta de Trump.",
    "Dijo no Sheinbaum el martes.",
    "Señaló el Pentágono la frontera.",
    "Informó la Marina el martes 1,500 detenidos.",
    "Dijo Trump en una entrevista con Fox News que hay 10,000 soldados en México.",
    "Rechazó Sheinbaum la oferta de Trump de enviar tropas el martes.",
    "Aprobó el Senado el ingreso de 155 marines el martes.",
    "Autorizó el Senado a 19 Navy SEALs de Estados Unidos en 2026.",
    "Dijo Sheinbaum que no hay tropas de Estados Unidos en México.",
    "Según informó el Pentágono, hay 10,000 soldados en la frontera.",
    "Declaró Sheinbaum que rechazó la oferta de Trump.",
    "Así lo dijo Sheinbaum: México no aceptará tropas.",
    "Informó a Trump el martes.",
    "Dijo a Sheinbaum en una llamada que enviará tropas.",
]
#: an interview and who it was with, an outlet or a person named in capitals ("with Fox News", "with the BBC"), then
#: maybe a time: each was a claim to research, "names an actor (Fox)", "(CNN)", "(BBC)"
INTERVIEW_WITH_ATTRIBUTIONS_ALONE = [
    "Trump said in an interview with Fox News.",
    "Sheinbaum said during an interview with CNN on Tuesday.",
    "Hegseth said in an interview with the BBC.",
    "The president said in a televised interview with NBC News on Monday.",
    "Hegseth said in an interview with Fox News on 3 May.",
    "Trump said in an interview with The New York Times.",
]
#: what was said after the interview, the interview's partner followed by a claim, an interview given (no saying), a
#: meeting (no setting), a partner in lower case, a claim before the speaker, the research notes' own wordings
INTERVIEW_WITH_CLAIMS = [
    "Trump said in an interview with Fox News that 10,000 troops are in Mexico.",
    "Trump said in an interview with Fox News 10,000 troops are in Mexico.",
    "Sheinbaum said in an interview with CNN she rejected the offer.",
    "Trump said in an interview with Fox News Mexico will pay for the wall.",
    "Trump gave an interview with Fox News.",
    "Trump said in an interview with the troops.",
    "Trump said in a meeting with Sheinbaum.",
    "Trump said in an interview with Fox News last week that troops would go.",
    "Mexico refused US troops Sheinbaum said in an interview with CNN.",
    "Sheinbaum said in an interview with CNN that Trump had proposed sending US troops and that she refused.",
    "Trump said in an interview with NBC News strikes in Mexico would be OK with him.",
]
#: a speaker named with where they are or whom they speak for ("Officials in Washington", "A spokesman for the
#: Pentagon"): each was a claim to research when the subject had to be one noun phrase with no preposition
#: (ef8b191), "names an actor (Officials)", "(Pentagon)", "(Washington)"
PLACE_IN_SUBJECT_ATTRIBUTIONS_ALONE = [
    "Officials in Washington said on Tuesday.",
    "A spokesman for the Pentagon said in a statement.",
    "Funcionarios en Washington dijeron el martes.",
    "Officials at the Pentagon said on Tuesday.",
    "A spokeswoman for the Pentagon said late Friday.",
    "Un vocero en Washington dijo en un comunicado.",
]
#: what was said after such a speaker, or a claim (its verb) before the speaker with no comma: claims, as on main
PLACE_IN_SUBJECT_CLAIMS = [
    "Officials in Washington said 10,000 US troops are in Mexico.",
    "A spokesman for the Pentagon said 1,500 troops were deployed.",
    "Officials in Washington said on Tuesday that Mexico refused.",
    "Funcionarios en Washington dijeron que México rechazó las tropas.",
    "Troops stayed in Mexico Sheinbaum said at a rally.",
    "Mexico voted for Trump officials said on Tuesday.",
    "US troops in Mexico rose officials said on Tuesday.",
    "Las tropas llegaron en marzo Sheinbaum dijo el martes.",
    "Trump sent troops to Mexico officials in Washington said.",
    "Prices rose in Mexico the Pentagon said at a briefing.",
    "Mexico asked for help the Pentagon said on Tuesday.",
    "Marines trained in Baja California the Pentagon said in a statement.",
    "Mexico's defense minister said the flights did not violate Mexican airspace.",
    "The Senate president said aircraft clearances are not a Senate power.",
]
#: "reported", "wrote", "posted" or "tweeted" and when, or in what ("in a story", "on Truth Social", "in a letter"):
#: each was a claim to research, "names an actor (Tuesday)", "(Truth)", "(York)"
REPORTED_ATTRIBUTIONS_ALONE = [
    "Reuters reported on Tuesday.",
    "Trump posted on Truth Social.",
    "The New York Times reported in a story on Monday.",
    "Trump wrote on Truth Social.",
    "Sheinbaum wrote in a letter.",
    "Trump tweeted on Tuesday.",
    "Hegseth wrote in a post on X.",
    "NBC News reported on Monday.",
    "The agency reported on Tuesday.",
    "Officials reported on Tuesday.",
    "AP reported on Tuesday.",
]
#: what was reported, written or posted (an object, a figure, "that ..."), what it was reported on ("on the
#: deployment", "on the White House"), troops posted somewhere, a year alone after "wrote" (what was written then),
#: the verb and nothing after it, the research notes' own wordings: claims, as on main
REPORTED_CLAIMS = [
    "Reuters reported 10,000 troops.",
    "Reuters reported 10,000 US troops are in Mexico.",
    "The New York Times reported that Trump signed a secret order.",
    "The New York Times reported this on 8 Aug 2025, citing unnamed people.",
    "Reuters reported on the deployment.",
    "CNN reported on the White House.",
    "Trump posted a video.",
    "Trump posted a video on Truth Social.",
    "Troops posted at the Pentagon.",
    "Marines posted at the White House.",
    "Orwell wrote in 1948.",
    "Trump wrote on Tuesday.",
    "Side effects reported.",
    "The New York Times reported.",
    "NBC News reported on 3 Nov 2025, citing four current or former officials, that planning had begun.",
    "Trump tweeted 10,000 times.",
    "AP reported that cooperation would be done from each country's own side of the border.",
    "The Pentagon reported on cartels.",
    # a count before "reported" or "posted" makes it a participle, what was reported; "on X" after "reported" is
    # what it reported on
    "Three deaths reported on Tuesday.",
    "Dozens of videos posted on X.",
    "Reuters reported on X.",
]


#: the review of this branch (findings 1 to 4): claims a first version of these rules skipped as attributions alone.
#: The Spanish verb first with an object after its speaker ("Informó Pemex pérdidas": Pemex reported losses)
REVIEW_SPANISH_OBJECT_AFTER_THE_SPEAKER = [
    "Informó Pemex pérdidas en 2024.",
    "Informó Pemex pérdidas récord el martes.",
    "Declaró Trump emergencia nacional el martes.",
    "Declaró Trump emergencia nacional en la Casa Blanca.",
    "Declaró Sheinbaum estado de emergencia el martes.",
    "Declaró México guerra el martes.",
    "Dijo Trump mentiras en un mitin.",
    "Informó la Marina bajas el martes.",
    "Informó Sedena muertos en un comunicado.",
    "Informó el gobierno pérdidas en 2024.",
    "Informó el gobierno de México pérdidas en 2024.",
    "Dijeron funcionarios mentiras ayer.",
    "Informaron autoridades muertos el martes.",
    "Señalaron fuentes irregularidades el martes.",
    "Según dijo Sheinbaum mentiras.",
    "Declaró Trump el martes emergencia nacional.",
]
#: the same with the object in capitals: no rule without a dictionary tells "la Guerra" from "la Marina"
REVIEW_SPANISH_OBJECT_IN_CAPITALS = [
    "Declaró la Guerra el martes.",
    "Declaró la Independencia en 1810.",
    "Declaró Emergencia Nacional Trump el martes.",
    "Dijo Trump Mentiras en un mitin.",
]
#: a claim with no verb of its own, a place, then its speaker with no comma; a speaker "in" a place that is the claim
#: (soldiers and troops are no speaker's role here: their being in Mexico is this knowledge base's subject)
REVIEW_PLACE_AFTER_A_THING = [
    "Troops in Mexico officials said on Tuesday.",
    "Troops in Mexico Trump said at a rally.",
    "US troops in Mexico Trump said at a rally.",
    "Troops in Mexico Hegseth said on Tuesday.",
    "Troops for Mexico officials said on Tuesday.",
    "Troops from Mexico officials said on Tuesday.",
    "Troops at the border officials said on Tuesday.",
    "Drones in Mexico officials said on Tuesday.",
    "Fentanyl from Mexico officials said on Tuesday.",
    "Guns from Texas officials said on Tuesday.",
    "Drugs from China Trump said at a rally.",
    "Money from Mexico Trump said at a rally.",
    "Victory for Trump officials said on Tuesday.",
    "Help for Mexico Trump said at a rally.",
    "Drugs from China, Trump said at a rally.",
    "Tropas en México Sheinbaum dijo el martes.",
    "Soldados en México funcionarios dijeron el martes.",
    "US soldiers in Mexico said in a statement.",
    "US Navy SEALs in Mexico said in a video.",
    "Three US soldiers in Mexico said on Tuesday.",
    "A US soldier in Mexico said on Tuesday.",
    "All troops in Mexico said on Tuesday.",
    "Most troops in Mexico said on Tuesday.",
    "Some troops in Mexico said on Tuesday.",
    "Hostages in Gaza said in a video.",
    "US soldiers in Venezuela said in a video.",
    "Soldiers at the border said on Tuesday.",
    "Tres soldados estadounidenses en México dijeron el martes.",
    "Nobody in Washington said on Tuesday.",
]
#: "reported" and "posted" as a headline's participle after a bare plural: what was reported or posted
REVIEW_HEADLINE_PARTICIPLES = [
    "Ground operations in Mexico reported on Tuesday.",
    "US strikes in Mexico reported on Tuesday.",
    "Explosions reported on Tuesday.",
    "Drone strikes in Mexico reported on Tuesday.",
    "Record losses reported on Tuesday.",
    "Losses reported in 2024.",
    "Casualties reported in a statement.",
    "Images of US troops posted on X.",
    "Videos posted on TikTok.",
    "Threats posted on TikTok.",
    "Troops posted on Tuesday.",
    "Marines posted on Tuesday.",
    "US Marines posted in a video.",
    "The videos posted on TikTok.",
]
#: a claim in title case after whom an interview was with (finding 5): the partner ends at an answer, and has two
#: words but after "the"
REVIEW_PARTNER_IN_TITLE_CASE = [
    "Trump said in an interview with CNN Mexico Pays.",
    "Trump said in an interview with CNN Tariffs Work.",
    "Trump said in an interview with CNN Mexico Lost.",
    "Trump said in an interview with Fox News No.",
    "Trump said in an interview with Fox News Never.",
    "Trump said in an interview with Fox News Yes.",
    "Trump said in an interview with Fox News Mexico will pay.",
]


@pytest.mark.parametrize(
    "sentence",
    REVIEW_SPANISH_OBJECT_AFTER_THE_SPEAKER
    + REVIEW_PLACE_AFTER_A_THING
    + REVIEW_HEADLINE_PARTICIPLES
    + REVIEW_PARTNER_IN_TITLE_CASE,
)
def test_the_claims_the_review_found_skipped_stay_claims(sentence: str) -> None:
    result = assess(sentence)
    assert result.checkable, result.reason


@pytest.mark.xfail(strict=True, reason="an object in capitals reads as a speaker (docs/limits.md)")
@pytest.mark.parametrize("sentence", REVIEW_SPANISH_OBJECT_IN_CAPITALS)
def test_a_spanish_object_in_capitals_after_the_verb_stays_a_claim(sentence: str) -> None:
    result = assess(sentence)
    assert result.checkable, result.reason


@pytest.mark.parametrize(
    "sentence",
    SPANISH_VERB_FIRST_ATTRIBUTIONS_ALONE
    + INTERVIEW_WITH_ATTRIBUTIONS_ALONE
    + PLACE_IN_SUBJECT_ATTRIBUTIONS_ALONE
    + REPORTED_ATTRIBUTIONS_ALONE,
)
def test_the_attributions_alone_left_by_the_first_rule_are_no_claim(sentence: str) -> None:
    result = assess(sentence)
    assert not result.checkable
    assert result.reason.startswith(ALONE)


@pytest.mark.parametrize(
    "sentence", SPANISH_VERB_FIRST_CLAIMS + INTERVIEW_WITH_CLAIMS + PLACE_IN_SUBJECT_CLAIMS + REPORTED_CLAIMS
)
def test_the_claims_that_look_like_those_attributions_stay_claims(sentence: str) -> None:
    result = assess(sentence)
    assert result.checkable, result.reason


@pytest.mark.parametrize(
    "sentence", ["Dijo la verdad el martes.", "Dijeron mentiras en la mañanera.", "DIJO LA VERDAD EL MARTES."]
)
def test_what_was_said_after_a_spanish_verb_first_is_no_speaker(sentence: str) -> None:
    # the subject left out, as Spanish does: "he told the truth on Tuesday" (in capitals too, where a capital names
    # no one); no checkable detail, as on main, but for what it says, not as an attribution alone
    assert not assess(sentence).reason.startswith(ALONE)


def test_each_new_attribution_alone_has_as_many_claims_that_look_alike() -> None:
    # the project's rule for a new rule: at least as many sentences it must not change as sentences it must
    pairs = [
        (SPANISH_VERB_FIRST_ATTRIBUTIONS_ALONE, SPANISH_VERB_FIRST_CLAIMS),
        (INTERVIEW_WITH_ATTRIBUTIONS_ALONE, INTERVIEW_WITH_CLAIMS),
        (PLACE_IN_SUBJECT_ATTRIBUTIONS_ALONE, PLACE_IN_SUBJECT_CLAIMS),
        (REPORTED_ATTRIBUTIONS_ALONE, REPORTED_CLAIMS),
    ]
    assert all(len(claims) >= len(alone) for alone, claims in pairs)


def test_a_pronoun_s_letter_is_no_attribution_alone() -> None:
    # tests/test_polarity.py's claim: no checkable detail on main too, but for what it says, not who said it
    assert not assess("She wrote the letter.").reason.startswith(ALONE)


def test_no_starter_claim_or_paraphrase_is_an_attribution_alone() -> None:
    from pathlib import Path

    from factcheck.store import load_knowledge_base

    kb = load_knowledge_base(Path(__file__).parent.parent / "claims.yaml")
    wordings = [wording for claim in kb.claims for wording in (claim.claim, *claim.aliases)]
    assert len(wordings) > 20
    assert [w for w in wordings if assess(w).reason.startswith(ALONE)] == []


@pytest.mark.parametrize(
    "name",
    ["starter_paraphrases.tsv", "starter_spanish.tsv", "spanish_news_statements.tsv", "spanish_desk_statements.tsv"],
)
def test_no_statement_a_desk_types_is_an_attribution_alone(name: str) -> None:
    # the statements each says what was said ("Sheinbaum dijo que ..."): none is who said it and when or where alone
    from pathlib import Path

    lines = (Path(__file__).parent / "fixtures" / name).read_text(encoding="utf-8").splitlines()
    statements = [line.split("\t")[-1] for line in lines if line and not line.startswith("#")]
    assert len(statements) > 15
    assert [s for s in statements if assess(s).reason.startswith(ALONE)] == []


def test_a_claim_in_the_knowledge_base_worded_as_an_attribution_is_found(write_kb, invoke, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kb = write_kb(
        'claims:\n  - id: einstein-letter\n    claim: Einstein wrote the letter.\n    verdict: "false"\n'
        "    summary: He signed it.\n"
    )
    article = tmp_path / "e.txt"
    article.write_text("Einstein wrote the letter.\n", encoding="utf-8")
    result = invoke("scan", "--kb", str(kb), "--json", str(article))
    (sentence,) = [json.loads(line) for line in result.output.splitlines() if '"sentence"' in line]
    assert sentence["checkable"], sentence["reason"]
    assert sentence["match"]["id"] == "einstein-letter"
    assert result.exit_code == 0, result.output
