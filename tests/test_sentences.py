"""Sentence splitting: the hard cases of news prose, block edges, and the line of each sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sentences_of import one_block

from factcheck.article import parse_article
from factcheck.blocks import BlockBuilder, BlockKind
from factcheck.sentences import (
    MAX_RUN_CHARS,
    MAX_RUN_ENDS,
    _splitter,
    defuse_long_runs,
    split_block,
    split_sentences,
)

FIXTURES = Path(__file__).parent / "fixtures" / "scan"

# The hard cases the chosen splitter gets right (bench/sentence_splitters.py has these and the
# ones no candidate gets right, such as "$3.5bn.The Senate" with no space).
HARD_CASES = [
    (
        "U.S. troops entered Mexico in 1916. They left in 1917.",
        ["U.S. troops entered Mexico in 1916.", "They left in 1917."],
    ),
    ("The U.S. Senate voted on the plan.", ["The U.S. Senate voted on the plan."]),
    (
        "Gen. Pershing led 6,675 men into Mexico. The hunt failed.",
        ["Gen. Pershing led 6,675 men into Mexico.", "The hunt failed."],
    ),
    ("The request was No. 5 on the agenda. It passed.", ["The request was No. 5 on the agenda.", "It passed."]),
    ("Congress spent about $3.5 billion. That is a lot.", ["Congress spent about $3.5 billion.", "That is a lot."]),
    (
        'Sheinbaum said, "Our sovereignty is not for sale." Trump disagreed.',
        ['Sheinbaum said, "Our sovereignty is not for sale."', "Trump disagreed."],
    ),
    ('"Is it true?" she asked the minister.', ['"Is it true?" she asked the minister.']),
    (
        "“It is not going to happen.” The president was firm.",
        ["“It is not going to happen.”", "The president was firm."],
    ),
    ("The plane landed at 5 p.m. on Friday.", ["The plane landed at 5 p.m. on Friday."]),
    (
        "It landed on Jan. 17, 2026, in Toluca. No troops got off.",
        ["It landed on Jan. 17, 2026, in Toluca.", "No troops got off."],
    ),
    (
        "Dr. Smith and Mr. Jones met Gov. Abbott. They talked.",
        ["Dr. Smith and Mr. Jones met Gov. Abbott.", "They talked."],
    ),
    ("Units (e.g. ODA 715) trained there. Others did not.", ["Units (e.g. ODA 715) trained there.", "Others did not."]),
    (
        "Approx. 155 Marines took part. The exercise ended in April.",
        ["Approx. 155 Marines took part.", "The exercise ended in April."],
    ),
    (
        "Are there US troops in Mexico? Yes, a few. Really!",
        ["Are there US troops in Mexico?", "Yes, a few.", "Really!"],
    ),
    (
        "J. J. Pershing was a U.S. Army general. He led the expedition.",
        ["J. J. Pershing was a U.S. Army general.", "He led the expedition."],
    ),
    ("The troops stayed in the U.S. They never crossed.", ["The troops stayed in the U.S.", "They never crossed."]),
    ("the senate voted. then it adjourned.", ["the senate voted.", "then it adjourned."]),
    (
        "The exercise ran from Mar. 24 to Apr. 23. It took place in Baja.",
        ["The exercise ran from Mar. 24 to Apr. 23.", "It took place in Baja."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HARD_CASES, ids=[t[:30] for t, _ in HARD_CASES])
def test_hard_cases(text: str, expected: list[str]) -> None:
    assert one_block(text) == expected


def test_headings_and_list_items_stand_alone_and_keep_their_lines() -> None:
    markdown = (
        "# Troops in Mexico\n"
        "The Senate approved 155 Marines.\n"
        "\n"
        "- 10 trainers in 2025\n"
        "- 19 SEALs in 2026\n"
        "\n"
        "A paragraph that\n"
        "wraps. Then a second sentence\n"
        "that also wraps.\n"
    )
    sentences = split_sentences(parse_article(markdown.encode(), "a.md").blocks)
    assert [(s.line, s.kind, s.text) for s in sentences] == [
        (1, BlockKind.HEADING, "Troops in Mexico"),
        (2, BlockKind.PARAGRAPH, "The Senate approved 155 Marines."),
        (4, BlockKind.ITEM, "10 trainers in 2025"),
        (5, BlockKind.ITEM, "19 SEALs in 2026"),
        (7, BlockKind.PARAGRAPH, "A paragraph that wraps."),
        (8, BlockKind.PARAGRAPH, "Then a second sentence that also wraps."),
    ]


@pytest.mark.parametrize(
    "headline",
    ["Breaking: Mexico peso fell", "Markets: Oil prices fell sharply", "Breaking: Mexico peso sank"],
)
def test_a_line_ending_in_a_past_verb_outside_the_splitters_list_stands_alone(headline: str) -> None:
    # "fell", "ran", "sank", "arose", "fled", "got" added to _IRREGULAR_PAST joined such a line to the next one
    text = f"{headline}\nThere are 10,000 US troops in Mexico.\n"
    sentences = split_sentences(parse_article(text.encode(), "a.txt").blocks)
    assert [s.text for s in sentences] == [headline, "There are 10,000 US troops in Mexico."]


def test_a_megabyte_without_punctuation_is_one_sentence() -> None:
    assert len(one_block("word " * 200_000)) == 1


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.characters(exclude_characters="\n"), max_size=60), min_size=1, max_size=8))
def test_sentences_are_pieces_of_their_block_in_order(lines: list[str]) -> None:
    builder = BlockBuilder()
    for number, line in enumerate(lines, start=1):
        builder.add(line + "\n", number)
    builder.end_block()
    for block in builder.blocks:
        position = 0
        for sentence in split_block(block):
            found = block.text.find(sentence.text, position)
            assert found >= position and sentence.text == sentence.text.strip() and sentence.text
            assert 1 <= sentence.line <= len(lines)
            position = found + len(sentence.text)


# --- long whitespace-free runs ("?????", "![![![") -----------------------------------------------
# nupunkt's time grows with the square of such a run: each candidate sentence end in it looks at
# the rest of the run.  The splitter is given a copy in which they are defused.


def test_sentence_end_characters_cover_nupunkts() -> None:
    from nupunkt.core.language_vars import PunktLanguageVars

    # "\u2026" is in nupunkt's candidate pattern besides its language's sentence-end characters
    assert {*PunktLanguageVars.sent_end_chars, "\u2026"} == set(".?!\u2026")


def candidate_ends(text: str) -> int:
    """How many candidate sentence ends nupunkt finds in ``text``."""
    from nupunkt.core.language_vars import PunktLanguageVars

    return sum(1 for _ in PunktLanguageVars().period_context_pattern.finditer(text))


@pytest.mark.parametrize("pattern", ["?", "!", "![", "a.)", ".?", "\u2026!", "?\u201d", "!'", "x?("])
def test_a_long_run_of_sentence_ends_keeps_at_most_a_few_of_them(pattern: str) -> None:
    run = pattern * 5_000
    text = f"Before it. {run} After it."
    assert candidate_ends(text) >= 5_000
    defused = defuse_long_runs(text)
    assert len(defused) == len(text)
    assert defused.startswith("Before it. ") and defused.endswith(" After it.")
    # left: "Before it.", and in the run the end of its first word and its last character
    assert candidate_ends(defused) <= 4


def test_a_long_run_of_question_marks_is_one_sentence() -> None:
    run = "?" * 100_000
    assert one_block(run) == [run]
    # as with "???": punctuation standing alone closes the sentence before it
    assert one_block("The Navy has 180 ships. ??? Then more.") == ["The Navy has 180 ships. ???", "Then more."]
    assert one_block(f"The Navy has 180 ships. {run} Then more.") == [f"The Navy has 180 ships. {run}", "Then more."]


def test_ordinary_text_is_given_to_the_splitter_as_it_is() -> None:
    url = "https://www.example.com/2026/01/17/news/us-troops.html?utm_source=x.y&ref=a.b#top"
    long_url = url + "/part." * 40  # a 300-character run with 40 dots, none a candidate end
    texts = [
        *(path.read_text(encoding="utf-8") for path in sorted(FIXTURES.iterdir())),
        f"Read it at {long_url}. Then decide.",
        "Short runs stay: " + "?!" * (MAX_RUN_CHARS // 2) + " " + "a.)" * MAX_RUN_ENDS + "a",
        "A long run with few candidate ends stays: " + "(No.)" * MAX_RUN_ENDS + "x" * MAX_RUN_CHARS,
    ]
    for text in texts:
        assert defuse_long_runs(text) == text
        for block in parse_article(text.encode(), "a.txt").blocks:
            assert defuse_long_runs(block.text) == block.text


@pytest.mark.parametrize(
    "text",
    [
        "Look: " + "(p.)" * 80 + " The Navy has 180 ships.",
        "Hi. " + "?" * 300 + " More.",
        "Hello there. " + "![" * 150 + " Then more.",
        "![" * 150,
        "Odd " + "a.)" * 100 + "b. And then: " + "?!" * 200 + ")x",
        "End " + "x.)" * 100,
    ],
)
def test_defused_runs_end_sentences_where_they_did(text: str) -> None:
    assert defuse_long_runs(text) != text
    builder = BlockBuilder()
    builder.add(text, 1)
    builder.end_block()
    (block,) = builder.blocks
    with_defusing = [s.text for s in split_block(block)]
    without = [text[start:end].strip() for start, end in _splitter().spans(text)]
    assert with_defusing == [s for s in without if s]


# Spanish titles end no sentence, and a Spanish place ending one ends it (from the Spanish walkthrough:
# "El Gral." was a sentence of its own, and "... Baja California Sur." ran on into the next sentence)
SPANISH_CASES = [
    (
        "El Gral. Pershing entró a Chihuahua en 1916. La Sra. López y el Lic. Ramírez hablaron.",
        ["El Gral. Pershing entró a Chihuahua en 1916.", "La Sra. López y el Lic. Ramírez hablaron."],
    ),
    (
        "El ejercicio fue en Baja California Sur. Según el Sr. Pérez, hay tropas.",
        ["El ejercicio fue en Baja California Sur.", "Según el Sr. Pérez, hay tropas."],
    ),
    (
        "Llegaron 155 marines de EE. UU. en marzo. El Tte. Ruiz y la Dra. Gómez los recibieron.",
        ["Llegaron 155 marines de EE. UU. en marzo.", "El Tte. Ruiz y la Dra. Gómez los recibieron."],
    ),
    (
        "Llegaron 155 marines de EE. UU. El ejercicio duró un mes.",
        ["Llegaron 155 marines de EE. UU.", "El ejercicio duró un mes."],
    ),
    # "aprox." before its figure was a sentence's end: "Hay aprox." and "10.000 soldados de EE. UU. en México."
    (
        "Hay aprox. 10.000 soldados de EE. UU. en México. El Senado no lo autorizó.",
        ["Hay aprox. 10.000 soldados de EE. UU. en México.", "El Senado no lo autorizó."],
    ),
    # ... and still is after it, before a word
    (
        "Llegaron 10.000 soldados aprox. El Senado no lo autorizó.",
        ["Llegaron 10.000 soldados aprox.", "El Senado no lo autorizó."],
    ),
    # ... and before a figure when one comes before it in its clause: that is the one it approximates
    (
        "Llegaron 10.000 soldados aprox. 2.000 se quedaron en la frontera.",
        ["Llegaron 10.000 soldados aprox.", "2.000 se quedaron en la frontera."],
    ),
    (
        "Llegaron en 2025, aprox. 10.000 soldados a México. El Senado no lo autorizó.",
        ["Llegaron en 2025, aprox. 10.000 soldados a México.", "El Senado no lo autorizó."],
    ),
    (
        "Según EE. UU., hay tropas en México. M. Dupont dit que 10 000 soldats sont au Mexique.",
        ["Según EE. UU., hay tropas en México.", "M. Dupont dit que 10 000 soldats sont au Mexique."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPANISH_CASES)
def test_spanish_titles_and_places(text: str, expected: list[str]) -> None:
    assert one_block(text) == expected


# A reporter's draft names officers as AP style writes their ranks: "Lt." (lieutenant, and "Lt. Gov."), "Cmdr.",
# "Spc.", "Pfc.", which the English model does not know: "Lt. Gen. Gregory Guillot ..." opening a draft was the
# sentence "Lt." (skipped, too short) and then "Gen. Gregory Guillot ...", and the rank cut the claim in two
RANK_CASES = [
    (
        "Lt. Gen. Gregory Guillot spoke on Jan. 17. He said 10,000 troops were on the border.",
        ["Lt. Gen. Gregory Guillot spoke on Jan. 17.", "He said 10,000 troops were on the border."],
    ),
    (
        "Yesterday Lt. Col. Ana Ruiz and Lt. Cmdr. Tom Lee led 12 soldiers. Spc. Jo Diaz and Pfc. Al Kim stayed.",
        ["Yesterday Lt. Col. Ana Ruiz and Lt. Cmdr. Tom Lee led 12 soldiers.", "Spc. Jo Diaz and Pfc. Al Kim stayed."],
    ),
    ("Lt. Gov. Dan Patrick said 1,000 troops went.", ["Lt. Gov. Dan Patrick said 1,000 troops went."]),
    ("Army Spc. Jo Diaz said 200 soldiers went.", ["Army Spc. Jo Diaz said 200 soldiers went."]),
    (
        "Cmdr. Lee said the ship carried 200 sailors. Spc. Diaz agreed.",
        ["Cmdr. Lee said the ship carried 200 sailors.", "Spc. Diaz agreed."],
    ),
    # what was split before still is: a sentence ending in another abbreviation, or a rank's word written whole
    (
        "The troops arrived at 3 p.m. The Senate approved them. The lieutenant left. Cmdr Lee stayed.",
        ["The troops arrived at 3 p.m.", "The Senate approved them.", "The lieutenant left.", "Cmdr Lee stayed."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RANK_CASES)
def test_english_military_ranks_end_no_sentence(text: str, expected: list[str]) -> None:
    assert one_block(text) == expected


# A rank is joined only before a name or another rank, in title case: "lt." is a litre in Spanish, Italian and German
# fuel prices, "LT." a trim level, "SPC." a storm centre, and a rank can end a sentence ("... as a 2nd Lt. He later
# ..."): each of these was joined to the next sentence, whose claim was checked as part of the first
RANK_ENDS_CASES = [
    (
        "La gasolina cuesta 24 pesos por lt. El gobierno fij\u00f3 el precio.",
        ["La gasolina cuesta 24 pesos por lt.", "El gobierno fij\u00f3 el precio."],
    ),
    (
        "Il gasolio costa 1,8 euro al lt. Il governo ha tagliato le accise.",
        ["Il gasolio costa 1,8 euro al lt.", "Il governo ha tagliato le accise."],
    ),
    (
        "Benzin kostet 1,80 Euro pro lt. Die Regierung senkt die Steuer.",
        ["Benzin kostet 1,80 Euro pro lt.", "Die Regierung senkt die Steuer."],
    ),
    ("The tank holds 50 lt. It was full.", ["The tank holds 50 lt.", "It was full."]),
    ("The truck was a Silverado LT. It cost $50,000.", ["The truck was a Silverado LT.", "It cost $50,000."]),
    (
        "The warning came from the SPC. Storms hit Texas on Monday.",
        ["The warning came from the SPC.", "Storms hit Texas on Monday."],
    ),
    (
        "He was commissioned as a 2nd Lt. He later served in Iraq.",
        ["He was commissioned as a 2nd Lt.", "He later served in Iraq."],
    ),
    ("She retired as a Lt. Cmdr. She now teaches.", ["She retired as a Lt. Cmdr.", "She now teaches."]),
    (
        "He was made a Pfc. The Senate approved 155 Marines.",
        ["He was made a Pfc.", "The Senate approved 155 Marines."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RANK_ENDS_CASES)
def test_a_rank_like_word_ending_a_sentence_ends_it(text: str, expected: list[str]) -> None:
    assert one_block(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker's answer: the model read "No." as the abbreviation of "number"
        (
            "No. Mexico's president turned down Trump's offer.",
            ["No.", "Mexico's president turned down Trump's offer."],
        ),
        ("Is it true? No. I never said that.", ["Is it true?", "No.", "I never said that."]),
        ("No. 5 on the agenda passed.", ["No. 5 on the agenda passed."]),
        ("No. A-12 passed.", ["No. A-12 passed."]),
        ("The request was No. 5 on the agenda.", ["The request was No. 5 on the agenda."]),
        # "no" ending a sentence in lower case, before a name: a reporter's "Mexico said no. Sheinbaum ..." was one
        # sentence with the next, and the claim after it was checked as part of the first
        (
            "Asked about US troops, Mexico said no. Sheinbaum rejected the offer in May 2025.",
            ["Asked about US troops, Mexico said no.", "Sheinbaum rejected the offer in May 2025."],
        ),
        (
            "The answer was no. Mexico deployed 10,000 troops. \u201cWe said no.\u201d I agreed.",
            ["The answer was no.", "Mexico deployed 10,000 troops.", "\u201cWe said no.\u201d", "I agreed."],
        ),
        # the abbreviation of "number" in lower case stays one, before a number or a code
        ("It was room no. 5 and no. A-12 in Mexico.", ["It was room no. 5 and no. A-12 in Mexico."]),
        ("She said no. and left.", ["She said no. and left."]),
        # nor before a code in capitals, a Roman numeral or "I-10": a bill, a route, a patent, a docket was cut in
        # two, "SB 4 passed ..." then named the actor "SB", "US 10,000,000 was granted." a US number claim
        (
            "Senate Bill no. SB 4 passed the Texas House in 2023.",
            ["Senate Bill no. SB 4 passed the Texas House in 2023."],
        ),
        ("The convoy took route no. I-10 to El Paso.", ["The convoy took route no. I-10 to El Paso."]),
        ("Patent no. US 10,000,000 was granted.", ["Patent no. US 10,000,000 was granted."]),
        ("The case, docket no. CV 24-1234, was dismissed.", ["The case, docket no. CV 24-1234, was dismissed."]),
        ("He cited Executive Order no. EO 14157 in it.", ["He cited Executive Order no. EO 14157 in it."]),
        ("The troops belonged to unit no. IV of the brigade.", ["The troops belonged to unit no. IV of the brigade."]),
        ("See Title 10, ch. 15, no. XII for the rule.", ["See Title 10, ch. 15, no. XII for the rule."]),
        ("The form no. DS-160 was required.", ["The form no. DS-160 was required."]),
        ("Account no. AB12345 was frozen.", ["Account no. AB12345 was frozen."]),
        # a code in capitals, then a verb or a Roman numeral, then a word: still the abbreviation (scan105)
        ("The unit no. IV was closed in 2024.", ["The unit no. IV was closed in 2024."]),
        ("Model no. XR is discontinued.", ["Model no. XR is discontinued."]),
        ("It was squadron no. XII based in Texas.", ["It was squadron no. XII based in Texas."]),
        ("Flight no. AA 100 landed in Mexico.", ["Flight no. AA 100 landed in Mexico."]),
        ("The visa form no. DS has 20 pages.", ["The visa form no. DS has 20 pages."]),
        # a code after a noun, then any word: a number, whatever follows (review of scan105: each was cut in two)
        ("Form no. DS lists 20 questions.", ["Form no. DS lists 20 questions."]),
        ("Bill no. HB passed the House.", ["Bill no. HB passed the House."]),
        ("It is order no. EO signed by Trump.", ["It is order no. EO signed by Trump."]),
        ("The request no. FOIA request was denied.", ["The request no. FOIA request was denied."]),
        ("The ship, hull no. LHD sailing to Mexico, arrived.", ["The ship, hull no. LHD sailing to Mexico, arrived."]),
        ("See docket no. CV filed in Texas.", ["See docket no. CV filed in Texas."]),
        (
            "L'arr\u00eat no. CE du Conseil d'\u00c9tat a \u00e9t\u00e9 rendu.",
            ["L'arr\u00eat no. CE du Conseil d'\u00c9tat a \u00e9t\u00e9 rendu."],
        ),
        ("Decreto no. DS del gobierno fue publicado.", ["Decreto no. DS del gobierno fue publicado."]),
        (
            "L'arr\u00eat no. CE 123 du Conseil d'\u00c9tat a \u00e9t\u00e9 rendu.",
            ["L'arr\u00eat no. CE 123 du Conseil d'\u00c9tat a \u00e9t\u00e9 rendu."],
        ),
        # while a name, an accented capital's word or "I" after it still opens the next sentence
        ("Le dije que no. \u00c9l insisti\u00f3.", ["Le dije que no.", "\u00c9l insisti\u00f3."]),
        ("The vote was no. Officials said 155 Marines went.", ["The vote was no.", "Officials said 155 Marines went."]),
    ],
)
def test_an_answer_no_is_a_sentence_of_its_own(text: str, expected: list[str]) -> None:
    assert one_block(text) == expected


@pytest.mark.xfail(strict=True, reason="known miss, main's too: the sentence model ends a sentence at 'Item no.'")
def test_a_code_after_item_no_stays_in_its_sentence() -> None:
    assert one_block("Item no. ABC costs $5 in Texas.") == ["Item no. ABC costs $5 in Texas."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The answer is a firm no. US officials said 10,000 troops would stay.",
            ["The answer is a firm no.", "US officials said 10,000 troops would stay."],
        ),
        (
            "Mexico gave a firm no. US officials said 155 Marines went anyway.",
            ["Mexico gave a firm no.", "US officials said 155 Marines went anyway."],
        ),
        (
            "The vote was a clear no. UN inspectors left in May.",
            ["The vote was a clear no.", "UN inspectors left in May."],
        ),
        ("Her answer was no. FBI agents stayed in Texas.", ["Her answer was no.", "FBI agents stayed in Texas."]),
        # capitals that are Roman numerals too, after an answer (review of scan105)
        (
            "Her answer was a firm no. CDC officials said the rule stays.",
            ["Her answer was a firm no.", "CDC officials said the rule stays."],
        ),
        (
            "The answer was no. DC officials said the rule stays.",
            ["The answer was no.", "DC officials said the rule stays."],
        ),
        ("They said no. US troops left.", ["They said no.", "US troops left."]),
    ],
)
def test_a_no_ending_before_an_acronym_opening_a_subject_is_a_sentence_s_end(text: str, expected: list[str]) -> None:
    # "US officials said ..." was part of the sentence before it, "no. US" read as "number US" as in "Patent no. US 1"
    assert one_block(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ordinary words the model lists as abbreviations, after which it saw only sentence ends (teacher
        # walkthrough: the second sentence, a claim with a fact-check, was never shown on its own)
        (
            "The certified count tells another story. Turnout in the mayoral race was 62%.",
            ["The certified count tells another story.", "Turnout in the mayoral race was 62%."],
        ),
        (
            "Parents worry about lead. Others say fluoride lowers IQ.",
            ["Parents worry about lead.", "Others say fluoride lowers IQ."],
        ),
        (
            "US troops last invaded Mexico more than a century ago. Post-1917 visits were small.",
            ["US troops last invaded Mexico more than a century ago.", "Post-1917 visits were small."],
        ),
        (
            "Troops came in the 19th century. Mexico objected.",
            ["Troops came in the 19th century.", "Mexico objected."],
        ),
        # abbreviations it saw before a capitalised word without a break stay abbreviations
        ("The plane landed at 9 a.m. Eastern time.", ["The plane landed at 9 a.m. Eastern time."]),
        ("Dr. Smith met St. Louis officials.", ["Dr. Smith met St. Louis officials."]),
    ],
)
def test_a_word_that_always_ended_a_sentence_ends_one(text: str, expected: list[str]) -> None:
    assert one_block(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post's sentence ending in emoji, with no full stop, above the next one: they were one sentence
        (
            "Sheinbaum secretly approved it 😡😡\nThe Marines came in 2025 and never left.\n",
            [(1, "Sheinbaum secretly approved it 😡😡"), (2, "The Marines came in 2025 and never left.")],
        ),
        # an emoji sequence: a variation selector, a skin tone, a flag; a quote opening the next line
        (
            "We love our troops ❤️\nThey serve 👍🏽\n“Nobody asked Mexico,” he said 🇲🇽\n¿Quién decide?\n",
            [
                (1, "We love our troops ❤️"),
                (2, "They serve 👍🏽"),
                (3, "“Nobody asked Mexico,” he said 🇲🇽"),
                (4, "¿Quién decide?"),
            ],
        ),
        # within a line, an emoji before a capital is no sentence end
        ("I love 🇲🇽 Mexico and its 200 beaches.\n", [(1, "I love 🇲🇽 Mexico and its 200 beaches.")]),
        # nor at a line break before a word that opens no sentence
        ("The troops came 🔥\nand never left.\n", [(1, "The troops came 🔥 and never left.")]),
        # an emoji after the sentence's own end stays where the splitter puts it: no sentence of emoji alone
        ("He said it! 😡\nThe Marines stayed.\n", [(1, "He said it!"), (1, "😡 The Marines stayed.")]),
        # a symbol that ends no sentence: a line break after a wrapped name is no end
        (
            "It sold well. Sales of the Widget™\nGrew by 5% in 2025.\n",
            [(1, "It sold well."), (1, "Sales of the Widget™ Grew by 5% in 2025.")],
        ),
    ],
)
def test_a_line_ending_in_emoji_ends_the_sentence_when_the_next_line_opens_one(
    text: str, expected: list[tuple[int, str]]
) -> None:
    sentences = split_sentences(parse_article(text.encode(), "post.txt").blocks)
    assert [(s.line, s.text) for s in sentences] == expected


@pytest.mark.parametrize("name", ["facts.txt", "facts.md"])
def test_a_label_line_ends_its_sentence(name: str) -> None:
    # "Location: El Paso" above "Troops arrived on Monday." was one sentence, "names an actor (Paso)"
    text = (
        "US troops arrived in Texas this week.\nLocation: El Paso\nTroops arrived on Monday.\n\n"
        "Reporter: Jane Doe\nDate: March 3, 2026\n155 Marines landed.\n"
    )
    sentences = split_sentences(parse_article(text.encode(), name).blocks)
    assert [(s.line, s.text) for s in sentences] == [
        (1, "US troops arrived in Texas this week."),
        (2, "Location: El Paso"),
        (3, "Troops arrived on Monday."),
        (5, "Reporter: Jane Doe"),
        (6, "Date: March 3, 2026"),
        (7, "155 Marines landed."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a wrapped sentence's line with a colon goes on: long, or in lower case, or before a line in lower case
        "It is settled. Update: officials say the troops will leave the state by\nJune, the Pentagon said.\n",
        "It is settled. The key point: the troops\nwill leave in June.\n",
        "It is settled. Status: the Senate approved the deployment in March and the House\nVoted on it too.\n",
    ],
)
def test_a_wrapped_line_with_a_colon_is_no_label_line(text: str) -> None:
    sentences = split_sentences(parse_article(text.encode(), "story.txt").blocks)
    assert len(sentences) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # prose wrapped at a fixed width: the line's colon comes after a sentence that ended on it, and the
        # pieces were checked apart ("It said: Mexico sent" matched a FALSE claim at 0.95)
        (
            "The foreign ministry issued a statement late Monday. It said: Mexico sent\n"
            "10,000 National Guard troops to its northern border in February.\n",
            "story.txt",
        ),
        (
            "The governor's office listed its figures. In short: 155\n"
            "Marines took part in the exercise, and all of them left by April.\n",
            "story.txt",
        ),
        # a whole line, but a pronoun and a verb of saying, a phrase, or a value a verb leaves open
        ("Asked about it, she was blunt.\nShe said: The Senate\nApproved 19 US Navy SEALs.\n", "story.md"),
        ("Asked about it, she was blunt.\nOfficials say: Mexico\nDeployed 10,000 troops.\n", "story.md"),
        ("Asked about it, she was blunt.\nIn short: 155\nMarines took part.\n", "story.md"),
        ("Asked about it, she was blunt.\nReporter: The Senate approved\n155 Marines for a joint exercise.\n", "a.md"),
        # subtitles: a cue's line is where the speaker paused
        (
            "1\n00:00:01,000 --> 00:00:03,000\nPresident Sheinbaum said: Mexico\n\n"
            "2\n00:00:03,000 --> 00:00:05,500\nWill not accept foreign troops.\n",
            "cues.srt",
        ),
    ],
)
def test_a_wrapped_sentence_is_not_cut_at_a_colon(text: str, name: str) -> None:
    sentences = split_sentences(parse_article(text.encode(), name).blocks)
    assert not any(s.text.endswith(("sent", "155", "Senate", "Mexico", "approved")) for s in sentences)


class _SliceCountingText(str):
    """A block's text that counts the characters copied out of it by slicing."""

    copied = 0

    def __getitem__(self, key: object) -> str:  # type: ignore[override]
        piece = str.__getitem__(self, key)  # type: ignore[index]
        if isinstance(key, slice):
            type(self).copied += len(piece)
        return piece


@pytest.mark.parametrize("line", ["Word xxxxxxxxxxxxxxxxxxxx", "Angry at it 😡"])
def test_the_lines_of_a_paragraph_are_read_once_for_emoji_ends(line: str) -> None:
    # a paragraph of capitalised lines without full stops: the span before each line break was copied to see
    # whether it ended in emoji, and the time grew with the square of the lines (80,000 lines: 37.5 s)
    from dataclasses import replace

    from factcheck.sentences import _emoji_line_ends_apart

    builder = BlockBuilder()
    builder.add("\n".join([line] * 2000), 1)
    builder.end_block()
    (block,) = builder.blocks
    _SliceCountingText.copied = 0
    counted = replace(block, text=_SliceCountingText(block.text))
    spans = list(_emoji_line_ends_apart([(0, len(block.text))], counted))
    assert _SliceCountingText.copied <= len(block.text)
    assert len(spans) == (2000 if "😡" in line else 1)


def test_the_lines_of_a_long_sentence_are_read_once_for_labels() -> None:
    # a sentence of many lines: what stood before each line in its span was copied to see whether the line opened
    # it, and the time grew with the square of the lines (80,000 lines of a log: 2.9 s -> 33.9 s, simp13)
    from dataclasses import replace

    from factcheck.sentences import _label_line_ends_apart

    builder = BlockBuilder()
    builder.add("\n".join(["Word xxxxxxxxxxxxxxxxxxxx"] * 2000), 1)
    builder.end_block()
    (block,) = builder.blocks
    _SliceCountingText.copied = 0
    counted = replace(block, text=_SliceCountingText(block.text))
    assert list(_label_line_ends_apart([(0, len(block.text))], counted)) == [(0, len(block.text))]
    assert _SliceCountingText.copied <= len(block.text)


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Source", "leaked Pentagon memo"),  # a participle opening the value is no clause's verb
        ("Location", "undisclosed base in Texas"),
        ("When", "Monday at 10 am"),  # "am" of a time ends a value
        ("Casualties", "two hundred civilians"),  # "hundred" is no verb in -ed, and no clause
        ("Vehicles", "two red pickups"),
    ],
)
def test_a_value_that_is_no_clause_ends_its_line(label: str, value: str) -> None:
    text = f"Troops came.\n{label}: {value}\nMexico sent 10,000 troops to the border.\n"
    sentences = split_sentences(parse_article(text.encode(), "story.md").blocks)
    assert [s.text for s in sentences] == [
        "Troops came.",
        f"{label}: {value}",
        "Mexico sent 10,000 troops to the border.",
    ]


def test_labels_below_a_label_line_that_is_a_clause_still_end_their_lines() -> None:
    # "Photo: Troops stationed near Reynosa" holds a verb and runs on; the label below it ended its line before
    # 916b7fd, and since then ran into the claim after it, which scan then skipped as the photo's (review15)
    text = (
        "The border was quiet on Monday.\nPhoto: Troops stationed near Reynosa\nCredit: Reuters\n"
        "Mexico sent 10,000 National Guard troops to the border.\n"
    )
    sentences = split_sentences(parse_article(text.encode(), "story.txt").blocks)
    assert [s.text for s in sentences][-1] == "Mexico sent 10,000 National Guard troops to the border."


@pytest.mark.parametrize("label", ["Note", "Claim", "State"])
def test_a_label_that_is_also_a_verb_of_saying_still_ends_its_line(label: str) -> None:
    # a verb of saying after a label's first word makes it a clause ("Officials say:"), not as the first word
    text = f"Troops came.\n{label}: Mexico City\nTen more came.\n"
    sentences = split_sentences(parse_article(text.encode(), "story.txt").blocks)
    assert [s.text for s in sentences] == ["Troops came.", f"{label}: Mexico City", "Ten more came."]


@pytest.mark.parametrize(
    "text",
    [
        # a value with a verb or an auxiliary is a clause, cut at the width the text was wrapped to
        "Critics were unmoved.\nOfficially: Mexico sent 10,000\nNational Guard troops to its border.\n",
        "Critics were unmoved.\nBottom line: Mexico will not accept\nUS troops on its territory.\n",
        # a line in the middle of a sentence is no label's line, whatever it holds
        "Critics were unmoved on Tuesday. The\nPentagon's count: Mexico 10,000\nNational Guard troops.\n",
    ],
)
def test_a_line_of_a_wrapped_clause_does_not_end_its_sentence(text: str) -> None:
    sentences = split_sentences(parse_article(text.encode(), "story.txt").blocks)
    assert [s.text.endswith(".") for s in sentences] == [True, True]  # the clause whole, its colon and full stop
    assert ":" in sentences[1].text


def test_the_labels_of_a_press_advisory_end_their_lines() -> None:
    text = "Who: President Sheinbaum\nWhat: Press conference\nWhere: Mexico City\nMexico will not accept troops.\n"
    sentences = split_sentences(parse_article(text.encode(), "advisory.txt").blocks)
    assert [s.text for s in sentences] == [
        "Who: President Sheinbaum",
        "What: Press conference",
        "Where: Mexico City",
        "Mexico will not accept troops.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # prose wrapped at 29 and 27 columns: the label-like opening's line ends in a name, which leaves nothing open
        "Critics were unmoved.\n\nBottom line: Only the Mexican\nSenate can authorize US troops\nto enter Mexico.\n",
        "Critics were unmoved.\n\nMexico's answer: Mexico\nCity and Washington both\ndeny that US forces are\nthere.\n",
    ],
)
def test_a_label_like_opening_of_prose_wrapped_narrow_does_not_end_its_sentence(text: str) -> None:
    sentences = split_sentences(parse_article(text.encode(), "story.txt").blocks)
    assert len(sentences) == 2 and sentences[1].text.endswith(".")


@pytest.mark.parametrize(
    "text",
    [
        # lines an author ended: a label among longer lines, short lines each a sentence, a header's labels
        "Troops came.\nNote: Mexico City\nTen more came.\n",
        "Location: El Paso\nTroops arrived on Monday and\nstayed for a week.\n",
        "Subject: Troops in Mexico\nTo: Newsroom on the border\nMarines arrived in Mexico\non Monday.\n",
    ],
)
def test_a_label_line_among_lines_no_wrapper_made_ends_its_sentence(text: str) -> None:
    sentences = split_sentences(parse_article(text.encode(), "story.txt").blocks)
    assert any(s.text in ("Note: Mexico City", "Location: El Paso", "Subject: Troops in Mexico") for s in sentences)


def test_the_labels_of_a_press_advisory_in_capitals_are_labels_not_speakers() -> None:
    # "WHO:", "WHEN:" named speakers, and the claim below "WHEN: Thursday, ..." ran into it, said by WHEN; the
    # "WHAT:" line, a clause above a label, ran into "WHERE: ..."
    text = (
        "Secretary Rubio to Travel to Mexico City\n\nWHO: Secretary of State Marco Rubio\n"
        "WHAT: The Secretary will meet President Sheinbaum to discuss border security\n"
        "WHERE: National Palace, Mexico City\nWHEN: Thursday, September 4, 2025\n"
        "Mexico sent 10,000 National Guard troops to the border in February.\n"
    )
    sentences = split_sentences(parse_article(text.encode(), "advisory.txt").blocks)
    assert [(s.text, s.speaker) for s in sentences[1:]] == [
        ("WHO: Secretary of State Marco Rubio", None),
        ("WHAT: The Secretary will meet President Sheinbaum to discuss border security", None),
        ("WHERE: National Palace, Mexico City", None),
        ("WHEN: Thursday, September 4, 2025", None),
        ("Mexico sent 10,000 National Guard troops to the border in February.", None),
    ]


def test_a_wrapped_line_opening_with_answer_in_lower_case_is_the_sentence_s() -> None:
    # "answer:" was read as an FAQ's label: the line before it became a title, and "The" a sentence (review14's
    # wrap.py: 96 of 11,400 wrappings of a paragraph read otherwise than the paragraph on one line)
    text = "Critics were unmoved on Tuesday. The\nanswer: Mexico sent 10,000 National\nGuard troops.\n"
    sentences = split_sentences(parse_article(text.encode(), "story.txt").blocks)
    assert [s.text for s in sentences] == [
        "Critics were unmoved on Tuesday.",
        "The answer: Mexico sent 10,000 National Guard troops.",
    ]


@pytest.mark.parametrize(
    "label", ["Source: Pentagon briefing, December 3", "Fecha: 4 de diciembre de 2026", "Updated: December 4, 2026"]
)
def test_a_dated_label_line_above_prose_wrapped_near_its_width_ends_its_sentence(label: str) -> None:
    # the label's line fits the width the prose is wrapped at (41): the block read as wrapped, the label's line
    # ran into the first sentence, which was then skipped
    text = (
        f"Intro paragraph of the story, written by staff.\n\n{label}\nMexico sent 10,000 National Guard members\n"
        "to the border in February 2025, after\nPresident Trump threatened tariffs of 25%\non Mexican goods.\n"
    )
    sentences = [s.text for s in split_sentences(parse_article(text.encode(), "story.txt").blocks)]
    assert sentences[1:] == [
        label,
        "Mexico sent 10,000 National Guard members to the border in February 2025, "
        "after President Trump threatened tariffs of 25% on Mexican goods.",
    ]


def test_an_advisory_s_label_in_capitals_ends_its_line_whatever_follows() -> None:
    # "WHEN: ..." is no label line alone (its value is long): "WHAT: ..." ran into it, one sentence
    text = (
        "WHAT: Secretary Hegseth will visit troops at the border\nWHEN: Thursday, December 4 at 10 a.m. Eastern\n"
        "WHERE: Fort Bliss, El Paso\n"
    )
    sentences = [s.text for s in split_sentences(parse_article(text.encode(), "advisory.txt").blocks)]
    assert sentences == [
        "WHAT: Secretary Hegseth will visit troops at the border",
        "WHEN: Thursday, December 4 at 10 a.m. Eastern",
        "WHERE: Fort Bliss, El Paso",
    ]


@pytest.mark.xfail(
    reason="known failure: 'Update: President' opening the paragraph is read as its title (a headline wins)",
    strict=True,
)
def test_a_label_like_opening_of_prose_fmt_balanced_does_not_end_its_sentence() -> None:
    # fmt -w 26 balances its lines: "Update: President" could have taken "Claudia" (25 of lines up to 25), and the
    # block did not read as wrapped: "Update: President" was a label line, a sentence of its own, and the claim
    # opened with "Claudia Sheinbaum said"
    text = (
        "Intro of the story.\n\nUpdate: President\nClaudia Sheinbaum said\non Thursday that Mexico\n"
        "will not accept US troops\non its soil, and that the\nSenate has approved only\n19 Navy SEALs to train\n"
        "Mexican naval special\nforces until June.\n"
    )
    sentences = split_sentences(parse_article(text.encode(), "story.txt").blocks)
    assert [s.text.split()[:3] for s in sentences] == [["Intro", "of", "the"], ["Update:", "President", "Claudia"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a footnote's number glued to a sentence's end hid the end from the splitter (small26)
        (
            "The US has 10,000 troops in Mexico, a post says.\u00b9 The Senate must approve them.",
            ["The US has 10,000 troops in Mexico, a post says.", "The Senate must approve them."],
        ),
        (
            "The Senate voted.\u00b2\u00b3 It approved 155 Marines.\u2074",
            ["The Senate voted.", "It approved 155 Marines."],
        ),
        (
            "\u201cThey are in Mexico.\u201d\u00b9 Officials denied it.",
            ["\u201cThey are in Mexico.\u201d", "Officials denied it."],
        ),
        # a wiki's "[1]" after the end was a sentence of its own, or opened the next one
        ("The troops left in 1917.[1]", ["The troops left in 1917."]),
        (
            "The troops left in 1917.[1][2] They came back.[3, 4] Few know it.[5\u20137]",
            ["The troops left in 1917.", "They came back.", "Few know it."],
        ),
        # Word's and Google Docs' other note marks, a dagger and a double dagger, joined two sentences as the
        # numbers did: the first claim was lost, the second read with its year
        (
            "The M\u00e9rida Initiative was replaced in 2021.\u2020 Sovereignty worries shaped US aid.",
            ["The M\u00e9rida Initiative was replaced in 2021.", "Sovereignty worries shaped US aid."],
        ),
        (
            "\u201cThey are in Mexico.\u201d\u2021 Officials denied it.\u2020\u2020",
            ["\u201cThey are in Mexico.\u201d", "Officials denied it."],
        ),
        # a number that is no footnote's stays: glued to a word, a unit, a letter in brackets, a list's number
        ("The area is 10 km\u00b2. It is small.", ["The area is 10 km\u00b2.", "It is small."]),
        ("See note 3.[a] It matters.", ["See note 3.", "[a] It matters."]),
        ("Read this.\n[1] The troops left in 1917.", ["Read this.", "[1] The troops left in 1917."]),
        # a dagger inside a sentence, not after its end, is left as it is: "Smith\u2020 died in 1917."
        ("Gen. Smith\u2020 led the troops. They left.", ["Gen. Smith\u2020 led the troops.", "They left."]),
    ],
)
def test_a_footnote_number_after_a_sentence_s_end_is_no_sentence_nor_joins_two(text: str, expected: list[str]) -> None:
    assert one_block(text) == expected


def test_the_arabic_question_mark_ends_a_sentence() -> None:
    # "؟" was no sentence end: a question and the claim after it were one sentence, skipped as a question
    assert one_block("هل هذا صحيح؟ مصر هي أكبر مستورد للقمح في العالم.") == [
        "هل هذا صحيح؟",
        "مصر هي أكبر مستورد للقمح في العالم.",
    ]
    # as before: an Arabic full stop splits, and an English "?" too
    assert one_block("مصر تستورد القمح. السعودية تصدر النفط.") == ["مصر تستورد القمح.", "السعودية تصدر النفط."]
    assert one_block("Is it true? Egypt imports wheat.") == ["Is it true?", "Egypt imports wheat."]


@pytest.mark.parametrize("end", ["؟", "،", "؛"])
def test_a_line_ending_in_arabic_punctuation_is_no_title(end: str) -> None:
    # a paragraph of one line ending in "؟" was read as the article's title, and its sentences as "heading
    # without a verb"
    text = f"قال مسؤولون إن مصر هي أكبر مستورد للقمح في العالم. هل هذا صحيح{end}\n"
    (first, *_) = split_sentences(parse_article(text.encode(), "a.txt").blocks)
    assert first.kind is BlockKind.PARAGRAPH


def test_an_arabic_title_line_is_still_a_title() -> None:
    sentences = split_sentences(parse_article("القمح في مصر\n\nمصر تستورد القمح من روسيا.\n".encode(), "a.txt").blocks)
    assert [s.kind for s in sentences] == [BlockKind.HEADING, BlockKind.PARAGRAPH]


# "US" (and "UN") after a word nupunkt's legal-trained model holds for an abbreviation ("found.", "saw.", "bombed.",
# "cancer." among its 5,865) opened no sentence: lower-case "us" is common, so the model would not say a sentence
# starts there, and a student's "In this essay I will explain what I found. US troops have invaded Mexico in the
# past." was one sentence, found no fact-check for the claim it holds
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In this essay I will explain what I found. US troops have invaded Mexico in the past.",
            ["In this essay I will explain what I found.", "US troops have invaded Mexico in the past."],
        ),
        ("It is what I saw. US troops came.", ["It is what I saw.", "US troops came."]),
        ("The town was bombed. US and Mexican troops came.", ["The town was bombed.", "US and Mexican troops came."]),
        ("They all died of cancer. UN officials said so.", ["They all died of cancer.", "UN officials said so."]),
        ('It is what I found." US troops came.', ['It is what I found."', "US troops came."]),
    ],
)
def test_us_after_an_ordinary_word_opens_a_sentence(text: str, expected: list[str]) -> None:
    assert one_block(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mexico vs. US troops in the 2025 drills.",
        "Their spending, e.g. US aid to Mexico, rose.",
        "Their spending, i.e. US aid to Mexico, rose.",
        "It cost approx. US$3.5 billion in all.",
        "Allies incl. US troops took part.",
        "See the report, cf. US policy on cartels.",
        "Patent no. US 10,000,000 was granted.",
        "The U.S. troops left Mexico.",
        "It was signed by Gen. US troops saluted.",
        "Sen. US Navy pilots testified.",
        "The Gates Found. US office gave.",
        # fixteacher122 (review finding 6): lower-case abbreviations nupunkt does not know, cut before "US" here
        "The avg. US household pays more.",
        "She is the asst. US attorney for Texas.",
        "The orig. US plan was to send 500 troops.",
        "He works at Acme corp. US troops buy from it.",
        "He works at Acme inc. US troops buy from it.",
        "It was in the appx. US troops were not.",
        "The figures are from the gov. US troops number 200.",
        "Meet Dr. Smith and fig. US troops at 5.",
        "He heads the Bar assoc. US lawyers joined.",
        pytest.param(
            "The intl. US school is closed.",
            marks=pytest.mark.xfail(
                strict=True, reason="known miss, main's too: the sentence model cuts after 'intl.' before any word"
            ),
        ),
        "He studied at the state univ. US troops trained there.",
        pytest.param(
            "The fmr. US ambassador spoke.",
            marks=pytest.mark.xfail(
                strict=True, reason="known miss, main's too: the sentence model cuts after 'fmr.' before any word"
            ),
        ),
        "See the ref. US law says so.",
    ],
)
def test_us_after_an_abbreviation_stays_in_its_sentence(text: str) -> None:
    assert one_block(text) == [text]
