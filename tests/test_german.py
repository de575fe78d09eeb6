"""German statements and articles against a German claims file (tests/fixtures/german_desk.yaml, invented claims).

factcheck does not claim to read German: a German text is read as an English one, and its words are matched as they
are.  These pin what a German fact-checking desk needs that this reading missed: a German negation ("nicht",
"kein", "nie", "niemals", "weder") says the opposite of the claim it matches, and a German ordinal date ("am 3.
Februar 2025") and German abbreviations ("bzw.", "vgl.", "sog.") end no sentence in ``scan``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sentences_of import one_block
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.differences import claim_differences
from factcheck.lexical import LexicalMatcher
from factcheck.matching import find_matches
from factcheck.model import Claim, Verdict
from factcheck.polarity import OPPOSITE, SAME, negation_count, polarity
from factcheck.short_statements import SUBSTITUTION_CAP, says_only_who_and_when
from factcheck.store import load_knowledge_base
from factcheck.text import (
    Language,
    _number_in_runs,
    plain_terms,
    reads_german,
    says_german_words,
    stated_numbers,
    terms,
    text_language,
)

DESK = Path(__file__).parent / "fixtures" / "german_desk.yaml"


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Corona-Impfstoffe enthalten keinen Mikrochip", "Corona-Impfstoffe enthalten einen Mikrochip."),
        ("Impfstoffe enthalten niemals Mikrochips", "Corona-Impfstoffe enthalten einen Mikrochip."),
        ("Impfstoffe enthalten nie Mikrochips", "Corona-Impfstoffe enthalten einen Mikrochip."),
        ("Es sind keine US-Soldaten in Mexiko stationiert", "Mehr als 10.000 US-Soldaten sind in Mexiko stationiert."),
        ("US-Soldaten sind nicht in Mexiko", "Mehr als 10.000 US-Soldaten sind in Mexiko stationiert."),
        ("Trump hat keine Nationalgardisten an die Grenze geschickt", "Trump hat Nationalgardisten an die Grenze zu"),
        ("Merz hat nichts über die Rente gesagt", "Friedrich Merz hat gesagt, die Rente werde abgeschafft."),
        ("Niemand hat die Grenzen geschlossen", "Deutschland hat seine Grenzen geschlossen."),
        ("Weder Trump noch Biden schickten Soldaten nach Mexiko", "Trump schickte Soldaten nach Mexiko."),
        ("Nie hat Merz gesagt, die Rente werde abgeschafft", "Friedrich Merz hat gesagt, die Rente werde abgeschafft."),
    ],
)
def test_a_german_negation_says_the_opposite(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # both deny
        ("Corona-Impfstoffe enthalten keinen Mikrochip", "Kein Impfstoff enthält einen Mikrochip."),
        # "not only", "no wonder" deny nothing
        ("Nicht nur Impfstoffe enthalten Mikrochips", "Corona-Impfstoffe enthalten einen Mikrochip."),
        ("Kein Wunder: Impfstoffe enthalten Mikrochips", "Corona-Impfstoffe enthalten einen Mikrochip."),
        # "Nie" in an English text is a name
        ("Nie Haisheng said US troops are in Mexico", "There are US troops in Mexico"),
    ],
)
def test_what_is_no_german_denial(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME


def test_weder_noch_denies_once() -> None:
    assert negation_count("Weder Trump noch Biden schickten Soldaten nach Mexiko") == 1


def test_check_notes_a_german_denial() -> None:
    result = CliRunner().invoke(
        app,
        [
            "check",
            "--kb",
            str(DESK),
            "--json",
            "--matcher",
            "lexical",
            "--no-cache",
            "Corona-Impfstoffe enthalten keinen Mikrochip",
        ],
    )
    assert result.exit_code == 0, result.output
    (match, *_) = json.loads(result.stdout)["matches"]
    assert (match["id"], match["polarity"]) == ("impfstoff-mikrochip", OPPOSITE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deutschland hat am 3. Februar 2025 seine Grenzen geschlossen. Das stimmt nicht.",
            ["Deutschland hat am 3. Februar 2025 seine Grenzen geschlossen.", "Das stimmt nicht."],
        ),
        ("Seit dem 1. Januar gilt das. Gut so.", ["Seit dem 1. Januar gilt das.", "Gut so."]),
        ("Das ist im 20. Jahrhundert passiert. Gut so.", ["Das ist im 20. Jahrhundert passiert.", "Gut so."]),
        ("Bis zum 31. Dez. 2024 kamen Menschen. Gut so.", ["Bis zum 31. Dez. 2024 kamen Menschen.", "Gut so."]),
        # a count ending a sentence before a month's name is no date
        ("The vote was 52 to 48. November will tell.", ["The vote was 52 to 48.", "November will tell."]),
        ("Es waren 12. August ist warm.", ["Es waren 12.", "August ist warm."]),
    ],
)
def test_a_german_ordinal_date_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert one_block(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # English: a count ends the sentence and the next opens with a month that English writes too
        "Mexico approved 155 armed US Marines for an exercise that ended on April 30. September 2025 brought a "
        "security deal that allows US forces to operate in Mexico, critics say.",
        "The Senate voted 87 to 12. November 2025 polls showed most Mexicans think so.",
        "The vote was 52 to 48. November 2024 will tell.",
        "The mission was Apollo 13. April 1970 was the month it failed.",
        "Sales fell to 9. September 2024 data will follow, the company said.",
        "I am 45. September is my birthday month.",
        "I am 45. November is cold.",
        "The Senate voted 51 to 49. Sept 2025 will be decisive.",
        # a word that only begins with a month's name is no month
        "I am 30. Janet is 28.",
        "I am 12. Novak Djokovic is my idol.",
        "Right now I am 17. Maine has a lot of snow.",
        "Das kostet bis 20. Junge Leute zahlen weniger.",
        "Er war der 5. Augustinus kam danach.",
        "Der Zug fuhr ab 3. Augsburg war das Ziel.",
    ],
)
def test_a_count_before_a_month_or_a_word_like_one_ends_its_sentence(text: str) -> None:
    assert len(one_block(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Die Truppen kamen am 3. Februar 2025 in Berlin.",
        "Deutschland wurde Weltmeister am 13. Juli 2014 in Rio.",
        "Am 9. November 1989 fiel die Mauer.",
        "Nach dem 11. September 2001 änderte sich alles.",
        "Die Frist endet am 30. Sept. 2025 um Mitternacht.",
        "Das Gesetz gilt ab dem 1. Januar.",
        "Der Krieg endete im 20. Jahrhundert.",
    ],
)
def test_a_german_date_with_a_month_english_writes_too_stays_whole(text: str) -> None:
    assert one_block(text + " Das war so.") == [text, "Das war so."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Frist endet im Dez. Danach gilt das neue Gesetz.",
            ["Die Frist endet im Dez.", "Danach gilt das neue Gesetz."],
        ),
        ("Die Wahl ist am 12. Okt. Merz tritt an.", ["Die Wahl ist am 12. Okt.", "Merz tritt an."]),
        (
            "Die Frist endet am 31. Dez. Danach gilt das neue Gesetz.",
            ["Die Frist endet am 31. Dez.", "Danach gilt das neue Gesetz."],
        ),
        (
            "Die Frist endet am 28. Feb. Danach gilt das neue Gesetz.",
            ["Die Frist endet am 28. Feb.", "Danach gilt das neue Gesetz."],
        ),
        # a verb's particle "an" ends a sentence: the model took it for an abbreviation
        (
            "Die Regierung kündigte neue Kontrollen an. Merz sagte das am Montag.",
            ["Die Regierung kündigte neue Kontrollen an.", "Merz sagte das am Montag."],
        ),
        (
            "Die Truppen kamen am 3. Februar 2025 an. Das stimmt.",
            ["Die Truppen kamen am 3. Februar 2025 an.", "Das stimmt."],
        ),
    ],
)
def test_a_month_written_short_or_an_ends_a_german_sentence(text: str, expected: list[str]) -> None:
    assert one_block(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Wahl ist am 12. Okt. 2025 gewesen.",
        "Bis zum 31. Dez. 2024 kamen Menschen.",
        "Von Okt. bis Dez. kamen Menschen.",
        "Es kamen ca. 2 Mio. Menschen aus Berlin.",
        "The company was founded in Dec. 2019.",
    ],
)
def test_a_month_written_short_before_a_year_or_a_small_word_ends_nothing(text: str) -> None:
    assert one_block(text + " Gut so.") == [text, "Gut so."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Das sagen Politiker der AfD bzw. ihre Anhänger.",
        "Siehe vgl. Artikel 3 des Grundgesetzes.",
        "Das ist die sog. Obergrenze.",
        "Das gilt evtl. für Bayern.",
        "Preise inkl. Steuer sind hoch.",
        "Es kamen 2 Mrd. Euro aus Berlin.",
        # "lt." (laut) and "z.B." without its space were cut: "Es sind lt." and "Pentagon 10.000 Soldaten ..."
        "Es sind lt. Pentagon 10.000 US-Soldaten in Mexiko.",
        "Es gibt in der Stadt 5 Soldaten lt. Pentagon.",
        "Es sind Soldaten in Mexiko, lt. Reuters 10.000.",
        "Die USA schicken z.B. Soldaten nach Mexiko.",
        "Die USA schicken Truppen, z.B. nach Mexiko.",
        # as they were: with its space, "ca.", "Nr."
        "Die USA schicken z. B. Soldaten nach Mexiko.",
        "Es sind ca. 10.000 Soldaten in Mexiko.",
        "Das Dekret Nr. 5 erlaubt Truppen in Mexiko.",
    ],
)
def test_a_german_abbreviation_ends_no_sentence(sentence: str) -> None:
    assert one_block(sentence + " Gut so.") == [sentence, "Gut so."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Es sind 10.000 Soldaten in den USA.",
        "Die Truppen stehen in den USA.",
        "Es sind Soldaten der US-Armee, nicht der Nationalgarde, lt. Angaben des Pentagon in Mexiko.",
        "Der Leutnant (Lt.) sagte das.",
        "Der Tank der Soldaten fasst 50 lt.",  # a litre
        "Benzin kostet in Mexiko 1,20 Euro pro lt.",
        # a litre after an article or a number word, not "laut"
        "Die Flasche hat einen lt.",
        "Er trank einen ganzen lt.",
        "Der Tank fasst fünfzig lt.",
        "Der Tank fasst zweihundert lt.",
        "Wir tranken Wasser, ca. einen lt.",
        "Es fehlt ein halber lt.",
    ],
)
def test_a_german_sentence_ending_after_an_abbreviation_or_a_short_name_still_ends(sentence: str) -> None:
    # the next word opens a sentence: "... in den USA. Das ..." stays two, as it was
    assert one_block(sentence + " Das sagte ein Sprecher.") == [sentence, "Das sagte ein Sprecher."]


def test_a_sentence_ending_in_liter_ends() -> None:
    assert one_block("Der Benzinpreis lag über 2 Euro pro Liter. Friedrich Merz sagte das.") == [
        "Der Benzinpreis lag über 2 Euro pro Liter.",
        "Friedrich Merz sagte das.",
    ]


@pytest.mark.parametrize(
    "german",
    [
        "Corona-Impfstoffe enthalten keinen Mikrochip.",
        "Trump schickte Nationalgardisten an die Grenze.",
        "Windräder töten Vögel.",
        "Das Gesundheitsministerium bestätigte die Zahlen.",
    ],
)
def test_a_german_text_reads_german(german: str) -> None:
    assert reads_german(german)


@pytest.mark.parametrize(
    "other",
    [
        "Mexican soldiers in Culiacán.",
        "US troops near the border with Mexico.",
        "Las tropas de EU están en México.",
        "Les vaccins contiennent une puce.",
        "Nie Haisheng in Beijing.",
        # a word English says too counts once, and only beside another one in a text with no English function word
        "US drones over Mexican territory, an image from an official account.",
        "The Mérida Initiative, an aid package, not a war plan.",
        "I am an American.",
        "About 5 000 US troops are stationed in Texas, an official said in an interview.",
        "Was George Soros an SS Officer or Nazi Collaborator During World War II?",
        # a German function word counts written as German writes it: in lower case, "für" with its umlaut
        "US drones over Mexican territory, an MIT study.",
        "US troops in Mexico, on the cover of Der Spiegel.",
        "Uber drivers protest in Mexico City.",
        "ALS patients in Paris, by the Seine.",
        "Dem senators oppose the deployment.",
        "Sind province floods.",
        "Fur coats in Mexico.",
    ],
)
def test_other_texts_do_not(other: str) -> None:
    assert not reads_german(other)


@pytest.mark.parametrize(
    "german",
    [
        "Die WHO hat das gesagt.",  # "WHO" in capitals is no English word
        "Die Truppen kamen am 3. Februar 2025 in Berlin.",
        "Das gilt in der Not.",
    ],
)
def test_a_german_text_with_no_marker_reads_german_by_two_words_english_says_too(german: str) -> None:
    assert reads_german(german)


def test_scan_skips_an_english_fragment_with_an_as_a_caption(tmp_path: Path) -> None:
    article = tmp_path / "captions.txt"
    article.write_text(
        "The Mérida Initiative, an aid package, not a war plan.\n\nUS drones over Mexican territory, an MIT study.\n\n"
        "US troops in Mexico, on the cover of Der Spiegel.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["scan", str(article), "--json", "--matcher", "lexical"])
    sentences = [json.loads(line) for line in result.stdout.splitlines() if '"type": "sentence"' in line]
    assert [(s["checkable"], s["match"], s["reason"][:32]) for s in sentences] == [
        (False, None, "no verb: a caption or a fragment")
    ] * 3


def test_scan_checks_a_german_sentence_with_a_verb_it_does_not_know_where_it_matches(tmp_path: Path) -> None:
    article = tmp_path / "artikel.txt"
    article.write_text(
        "Corona-Impfstoffe enthalten keinen Mikrochip. Trump schickte Nationalgardisten an die Grenze. "
        "Das Gesundheitsministerium bestätigte die Zahlen.\n\nMexican soldiers in Culiacán.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["scan", str(article), "--kb", str(DESK), "--json", "--matcher", "lexical"])
    assert result.exit_code == 0, result.output
    sentences = [json.loads(line) for line in result.stdout.splitlines() if '"type": "sentence"' in line]
    found = [
        (s["checkable"], s["match"] and s["match"]["id"], s["match"] and s["match"]["polarity"]) for s in sentences
    ]
    assert found == [
        (True, "impfstoff-mikrochip", OPPOSITE),
        (True, "nationalgarde-grenze-texas", SAME),
        (False, None, None),  # a German sentence that matches no claim is skipped, as before
        (False, None, None),  # an English caption too
    ]
    assert sentences[2]["reason"].startswith("no verb the claim rules read (German)")
    assert sentences[3]["reason"].startswith("no verb: a caption or a fragment")


def test_scan_checks_a_german_dated_claim_whole(tmp_path: Path) -> None:
    article = tmp_path / "artikel.txt"
    article.write_text(
        "Laut Dr. Müller hat Deutschland am 3. Februar 2025 seine Grenzen vollständig geschlossen. Das sagen "
        "z. B. auch Politiker der AfD bzw. ihre Anhänger.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["scan", str(article), "--kb", str(DESK), "--json", "--matcher", "lexical"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    sentences = [line for line in lines if line["type"] == "sentence"]
    assert [sentence["text"] for sentence in sentences] == [
        "Laut Dr. Müller hat Deutschland am 3. Februar 2025 seine Grenzen vollständig geschlossen.",
        "Das sagen z. B. auch Politiker der AfD bzw. ihre Anhänger.",
    ]
    assert sentences[0]["match"]["id"] == "grenzschliessung-deutschland"


def _numbers(text: str) -> list[str]:
    return [term for term in terms(text) if term[:1].isdigit()]


# A number grouped by a plain space is two numbers in every text: a claim and a statement must read it alike
# whatever else each says ("10 000 US-Soldaten in Mexiko", a headline, has no German function word; "An army of
# 10 000 US troops ... in an area" has two "an"), and "On May 15 200 protesters" is two numbers.  Write "10.000".
@pytest.mark.parametrize(
    ("claim", "statement"),
    [
        ("Mehr als 10 000 US-Soldaten sind in Mexiko stationiert.", "10 000 US-Soldaten in Mexiko stationiert"),
        ("Mehr als 10 000 US-Soldaten sind in Mexiko stationiert.", "10 000 US-Soldaten in Mexiko"),
        (
            "An army of 10 000 US troops is stationed in an area of northern Mexico.",
            "10 000 US troops are stationed in northern Mexico",
        ),
        (
            "About 5 000 US troops are stationed in Texas.",
            "About 5 000 US troops are stationed in Texas, an official said in an interview.",
        ),
    ],
)
def test_a_claim_and_a_statement_read_a_spaced_number_alike(claim: str, statement: str) -> None:
    assert _numbers(claim) == _numbers(statement)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("On May 15 200 protesters gathered outside the embassy, Der Spiegel reported.", ["15", "200"]),
        ("Mehr als 10 000 US-Soldaten sind in Mexiko stationiert", ["10", "000"]),
        ("There are 10 000 US troops in Mexico", ["10", "000"]),
        ("Im Jahr 2020 500 Soldaten", ["2020", "500"]),
    ],
)
def test_a_number_grouped_by_a_plain_space_is_two_numbers(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


@pytest.mark.parametrize(
    "statement",
    ["Mehr als 10 000 US-Soldaten sind in Mexiko stationiert", "10 000 US-Soldaten in Mexiko stationiert"],
)
def test_check_finds_a_claim_with_a_spaced_number_from_a_headline(tmp_path: Path, statement: str) -> None:
    kb = tmp_path / "claims.yaml"
    kb.write_text(
        "claims:\n  - id: soldaten-spaced\n"
        '    claim: "Mehr als 10 000 US-Soldaten sind in Mexiko stationiert."\n'
        '    verdict: "false"\n    sources: []\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["check", "--kb", str(kb), "--json", "--matcher", "lexical", "--no-cache", statement]
    )
    assert result.exit_code == 0, result.output
    assert [match["id"] for match in json.loads(result.stdout)["matches"]][:1] == ["soldaten-spaced"]


_SENT = "Trump hat Nationalgardisten an die Grenze zu Mexiko geschickt."


# review40a: German phrases that deny nothing were read as denials ('opposite' of the claim they state)
@pytest.mark.parametrize(
    "statement",
    [
        "Trump hat Nationalgardisten an die Grenze zu Mexiko geschickt, nicht wahr?",  # the tag "isn't it?"
        "Trump hat Nationalgardisten an die Grenze zu Mexiko geschickt, oder nicht?",  # "or not?"
        "Hat Trump Nationalgardisten an die Grenze zu Mexiko geschickt oder nicht?",
        "Trump hat eine nie dagewesene Zahl von Nationalgardisten an die Grenze zu Mexiko geschickt",  # unprecedented
        "Trump hat so viele Nationalgardisten wie nie zuvor an die Grenze zu Mexiko geschickt",  # as never before
        "Trump hat so viele Nationalgardisten wie noch nie an die Grenze zu Mexiko geschickt",
        "Keine Frage: Trump hat Nationalgardisten an die Grenze zu Mexiko geschickt",  # no question
        "Kein Zweifel: Trump hat Nationalgardisten an die Grenze zu Mexiko geschickt",  # no doubt
        "Es besteht kein Zweifel, dass Trump Nationalgardisten an die Grenze zu Mexiko geschickt hat",
        "Trump hat nicht wenige Nationalgardisten an die Grenze zu Mexiko geschickt",  # quite a few
        "Nicht-Regierungsorganisationen sagen, Trump hat Nationalgardisten an die Grenze zu Mexiko geschickt",
    ],
)
def test_german_phrases_that_deny_nothing(statement: str) -> None:
    assert polarity(statement, _SENT) == SAME


@pytest.mark.parametrize(
    "statement",
    [
        # still denials: "nicht wahr" that is no tag, "oder nicht?" after a denial, "nie" and a sentence opening "Kein"
        "Das ist nicht wahr: Trump hat Nationalgardisten an die Grenze zu Mexiko geschickt",
        "Hat Trump keine Nationalgardisten an die Grenze zu Mexiko geschickt, oder nicht?",
        "Trump hat nie Nationalgardisten an die Grenze zu Mexiko geschickt",
        "Nie hat Trump Nationalgardisten an die Grenze zu Mexiko geschickt",
        "Keiner hat Nationalgardisten an die Grenze zu Mexiko geschickt",
        "Niemand hat Nationalgardisten an die Grenze zu Mexiko geschickt",
    ],
)
def test_german_denials_beside_those_phrases(statement: str) -> None:
    assert polarity(statement, _SENT) == OPPOSITE


def test_a_german_sentence_opening_with_kein_denies() -> None:
    assert polarity("Kein US-Soldat in Mexiko", "US-Soldaten in Mexiko") == OPPOSITE
    assert polarity("Weder Trump noch Biden schickten Truppen nach Mexiko", "Trump schickte Truppen nach Mexiko") == (
        OPPOSITE
    )


# review40a: "nie" counted in any text with one of "der", "dem", "hat" (English words too, and "Der Spiegel", "von der
# Leyen") or a lower-case "nie" anywhere (a web address); the surnames Weder, Niemand, Keiner, Kein were denials
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Astronaut Nie Haisheng wore a hat from Texas", "Astronaut Nie Haisheng wore a cap from Texas"),
        ("Astronaut Nie Haisheng met a Dem senator in Texas", "Astronaut Nie Haisheng met a senator in Texas"),
        ("Nie Haisheng, der Astronaut, said the US has troops in Mexico", "The US has troops in Mexico"),
        ("Der Spiegel reported that Nie Haisheng said the US has troops in Mexico", "The US has troops in Mexico"),
        ("Ursula von der Leyen and Nie Haisheng met US troops in Mexico", "Nie Haisheng met US troops in Mexico"),
        ("nie.com reports that US troops are in Mexico", "US troops are in Mexico"),
        ("Read more at www.example.com/nie/troops: US troops are in Mexico", "US troops are in Mexico"),
        ("Karen Weder said US troops are in Mexico", "A senator said US troops are in Mexico"),
        ("Senator Roger Niemand said US troops are in Mexico", "A senator said US troops are in Mexico"),
        ("Rapper Keiner said US troops are in Mexico", "A rapper said US troops are in Mexico"),
        ("Kein, the rapper, said US troops are in Mexico", "The rapper said US troops are in Mexico"),
        # review41a: before an English word or a comma the name stays a name, opening the text or not
        ("Kein said US troops are in Mexico", "US troops are in Mexico"),
        # two of "der", "die", "hat"... with English words beside them are titles, as ``text.reads_german`` reads them
        ("Der Spiegel and Die Zeit reported that Nie Haisheng met US troops in Mexico", "Nie Haisheng met US troops"),
        ("Rapper Kein Says US Troops Are In Mexico", "US troops are in Mexico"),
        ("Kein Zweifel: US troops are in Mexico, says The Guardian", "US troops are in Mexico"),  # "no doubt"
        ("Kein Zweifel: Es gibt US-Truppen in Mexiko", "Es gibt US-Truppen in Mexiko"),
    ],
)
def test_german_negations_that_are_names_in_an_english_text(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME


# review41a: an English publication cited ("The Guardian", "The Economist") made the text's opening "Kein", "Niemand"
# a name: each was 'same' against what it denies
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Kein US-Soldat in Mexiko, berichtet The Guardian", "US-Soldat in Mexiko, berichtet The Guardian"),
        ("Kein US-Soldat in Mexiko – das sagt The Washington Post", "Ein US-Soldat ist in Mexiko"),
        ("Niemand in Mexiko will US-Truppen, sagt The Economist", "Mexikaner wollen US-Truppen"),
        ("Laut The Guardian: Kein US-Soldat in Mexiko", "US-Soldat in Mexiko"),
        ("The Guardian berichtet, Kein US-Soldat sei in Mexiko", "US-Soldat in Mexiko"),
    ],
)
def test_a_german_negation_opening_a_text_citing_an_english_title_denies(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE


def test_nie_in_a_german_quote_still_counts() -> None:
    # "wieder", "ist": a German text, its capitalised "Nie" is "never" (both deny: 'same')
    assert polarity(
        "Protesters chanted 'Nie wieder ist jetzt' in Berlin", "Protesters chanted 'Never again is now'"
    ) == (SAME)


@pytest.fixture(scope="module")
def desk() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(DESK).claims, use_cache=False)


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # German writes every noun capitalised: these were read as names alone, "who", and capped (0.20; 1.00,
        # 0.996, 0.996, 0.998, 0.993 before)
        ("Mikrochip im Corona-Impfstoff", "impfstoff-mikrochip"),
        ("Impfstoff Mikrochip", "impfstoff-mikrochip"),
        ("US-Soldaten in Mexiko", "us-soldaten-in-mexiko-10000"),
        ("Millionen Migranten in Deutschland", "migranten-1-5-millionen"),
        ("Grenzschließung in Deutschland im Februar 2025", "grenzschliessung-deutschland"),
        # the claim's summary, in other words than its text (0.65 before the summary counted; 0.20).  lang47: with
        # German's function words stop words, its two nouns and "gab" alone score 0.34 (0.74 on main).  Its 0.74 rested
        # on function words: "es", "aber", "kein" were three of the six terms it shared with the summary (the
        # shared-terms feature, log 7 then, log 4 now), and it shares no term with the claim's text (word cosine 0),
        # as "Grenzkontrollen" and "Grenzschließung" are no "Grenze" to the English stemmer.  An English summary
        # statement shares its "border" with the claim's text and is found (0.89).  No cheap fix: a German stemmer
        # or compound splitting would change every German term
        pytest.param(
            "Es gab Grenzkontrollen, aber keine Grenzschließung",
            "grenzschliessung-deutschland",
            marks=pytest.mark.xfail(
                strict=True, reason="a summary's German compounds share no term with the claim's text (no stemmer)"
            ),
        ),
    ],
)
def test_a_german_statement_of_nouns_finds_its_claim(desk: LexicalMatcher, statement: str, claim: str) -> None:
    assert [match.claim.id for match in find_matches(desk, statement, top=1)] == [claim]


# lang38: a German reply of who and when was read word by word ("nein", "das", "war", "hat", "getan" as words of its
# own, "Deutschland" as a word the claim says) and shown the claim naming Germany (0.933, 0.965, 0.995; the last two
# capped on main only as read Spanish, by "es", against the summary alone), as the English, Spanish, Portuguese and
# French replies are not
@pytest.mark.parametrize(
    "statement",
    [
        "Nein, das war Deutschland im Februar 2025.",
        "Das war Deutschland im Februar 2025.",
        "Deutschland im Februar 2025.",
    ],
)
def test_a_german_reply_of_who_and_when_is_no_match(desk: LexicalMatcher, statement: str) -> None:
    scores = {m.claim.id: m.score for m in desk.search(statement, top=len(desk.claims))}
    assert scores["grenzschliessung-deutschland"] <= SUBSTITUTION_CAP
    assert find_matches(desk, statement) == []


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Nein, das war Deutschland im Februar 2025.", "Deutschland hat am 3. Februar 2025 seine Grenzen geschlossen."),
        (
            "Ja, Deutschland hat es im Februar 2025 getan.",
            "Deutschland hat am 3. Februar 2025 seine Grenzen geschlossen.",
        ),
        (
            "Die Bundesregierung hat das im Februar 2025 angekündigt.",
            "Die Bundesregierung hat im Februar 2025 die Grenzen geschlossen.",
        ),
        ("Nein, das war Frankreich im März 2022.", "Frankreich hat im März 2022 die Grenzen geschlossen."),
    ],
)
def test_a_german_reply_says_only_who_and_when(statement: str, claim: str) -> None:
    compared = Claim(id="c", claim=claim, verdict=Verdict.FALSE)
    assert says_only_who_and_when(statement, set(terms(statement)), compared)


# ... while a German statement saying what the claim says, in its words or its summary's, is still its match (the
# last two were capped: "Grenzschließung" is said by the summary only, which "Es gab" has read as Spanish)
@pytest.mark.parametrize(
    "statement",
    [
        "Deutschland schloss im Februar 2025 alle Grenzen.",
        "Im Februar 2025 hat Deutschland die Grenzen dichtgemacht.",
        "Die Grenzen wurden im Februar 2025 geschlossen",
        "Grenzschließung in Deutschland im Februar 2025",
        "Die Grenzschließung war im Februar 2025 in Deutschland",
        "Grenzschließung im Februar 2025",
    ],
)
def test_a_german_paraphrase_with_a_who_and_a_when_is_still_a_match(desk: LexicalMatcher, statement: str) -> None:
    assert [match.claim.id for match in find_matches(desk, statement, top=1)] == ["grenzschliessung-deutschland"]


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Der Benzinpreis war im März 2022 über 2 Euro", "benzinpreis-2-euro"),
        ("Das waren 1,5 Millionen Migranten im Jahr 2024", "migranten-1-5-millionen"),
        ("Merz hat das im März 2025 gesagt", "merz-rente-abschaffen"),
    ],
)
def test_a_german_statement_with_a_date_finds_its_claim(desk: LexicalMatcher, statement: str, claim: str) -> None:
    assert [match.claim.id for match in find_matches(desk, statement, top=1)] == [claim]


# fix44a: lang38 read German in a text by "war" and "im" ("im" is English's "I'm"), or by the "der" of a name, and
# then took "war" as a word of who: "usa war mexico march 2025 im scared" was capped (0.999 -> 0.2) against "The
# United States declared war on Mexico in March 2025", "Mexico declared war in December 2006, Van der Bellen
# recalled" (0.997 -> 0.2) against the claim of Mexico's war on the cartels.  German needs words only German says
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("usa war mexico march 2025 im scared", "The United States declared war on Mexico in March 2025."),
        (
            "Mexico declared war in December 2006, Van der Bellen recalled",
            "Mexico declared war on the drug cartels in December 2006.",
        ),
        (
            "Russia at war since February 2022, von der Leyen says",
            "Russia has been at war with Ukraine since February 2022.",
        ),
        # "England" is an English word, not only German's name of a country: it was made who (0.999 -> 0.2)
        ("England in July 2024", "England lost the Euro 2024 final in July 2024."),
    ],
)
def test_an_english_statement_is_no_german_reply(statement: str, claim: str) -> None:
    compared = Claim(id="c", claim=claim, verdict=Verdict.FALSE)
    assert not says_only_who_and_when(statement, set(terms(statement)), compared)


@pytest.mark.parametrize(
    ("text", "german"),
    [
        ("usa war mexico march 2025 im scared", False),
        ("Mexico declared war in December 2006, Van der Bellen recalled", False),
        ("Ursula von der Leyen said in March 2025", False),
        # Spanish and Portuguese write "ü" between "g" or "q" and "e" or "i"
        ("Qué vergüenza, México en 2025", False),
        ("El presidente nicaragüense habló en 2025", False),
        ("Una escuela bilingüe en México", False),
        ("Los pingüinos de Argentina", False),
        ("Nein, das war Deutschland im Februar 2025.", True),
        ("Deutschland im Februar 2025.", True),
        ("Die Bundesregierung hat das im Februar 2025 angekündigt.", True),
        ("Es gab Grenzkontrollen, aber keine Grenzschließung", True),
        ("Sie müssen zahlen", True),
    ],
)
def test_says_german_words(text: str, german: bool) -> None:
    assert says_german_words(text) is german


# fix44a: a German statement that is its claim word for word was capped as a reply of who and when: its words
# "hatte", "keine", "hat", "nichts", "getan" were who in a German text (1.00 -> 0.20 on the file's claim itself)
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Österreich hatte im Februar 2025 keine Regierung", "Österreich hatte im Februar 2025 keine Regierung."),
        ("Im Februar 2025 hatte Österreich keine Regierung", "Österreich hatte im Februar 2025 keine Regierung."),
        ("Die Bundesregierung hat 2024 nichts getan", "Die Bundesregierung hat 2024 nichts getan."),
        # capped on main already ("no" is no term): its claim's words all the same
        ("Austria had no government in February 2025", "Austria had no government in February 2025."),
    ],
)
def test_a_claims_own_words_are_no_reply_of_who_and_when(statement: str, claim: str) -> None:
    compared = Claim(id="c", claim=claim, verdict=Verdict.TRUE)
    # the statement's terms as the matcher passes them: with German's function words ("hatte", "keine"), which the
    # check reads as ``analyse`` does (``plain_terms``), though they are stop words of a German text's terms
    assert not says_only_who_and_when(statement, set(terms(statement)) | set(plain_terms(statement)), compared)


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # ... while a reply of who and when stays one: "Nein" opens it, and no negation of its own is the claim's
        ("Nein, das war Österreich im Februar 2025.", "Österreich hatte im Februar 2025 keine Regierung."),
        ("Das war die Regierung im Februar 2025", "Österreich hatte im Februar 2025 keine Regierung."),
        ("Non, la France en février 2025.", "La France n'a non plus envoyé de soldats en février 2025."),
        # fix45a: a negation the claim says too is no more than who and when (fix44a let these through, each of
        # another country, or none, than the claim's: 1.00, 0.71, 0.86 where main was silent)
        (
            "The US did it without Mexico in January 2026.",
            "A US military plane landed in Toluca in January 2026 and brought US troops into Mexico without Senate"
            " approval.",
        ),
        ("Nobody did it in 2025.", "Nobody knows how many American soldiers are in Mexico in 2025."),
        ("France did nothing in 2015.", "Germany did nothing to stop the migrant crisis in 2015."),
        ("Canada did nothing in February 2025", "Mexico did nothing to stop the cartels in February 2025."),
        ("Mexico did nothing in February 2025", "Mexico did nothing to stop the cartels in February 2025."),
        (
            "Die Bundesregierung hat 2024 nichts getan",
            "Die Bundesregierung hat 2024 nichts gegen die Wohnungsnot getan.",
        ),
    ],
)
def test_a_reply_beside_a_negated_claim_is_still_one(statement: str, claim: str) -> None:
    compared = Claim(id="c", claim=claim, verdict=Verdict.TRUE)
    assert says_only_who_and_when(statement, set(terms(statement)), compared)


# polarity37: idioms that affirm were read as denials ('opposite'), German denying framings were not read ('same'), and
# a title's capitals made "Weder" a negation
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        ("Es ist kein Geheimnis, dass US-Soldaten in Mexiko sind", "US-Soldaten sind in Mexiko", SAME),
        ("Nicht ohne Grund sind US-Soldaten in Mexiko", "US-Soldaten sind in Mexiko", SAME),
        ("It is no secret that US troops are in Mexico", "US troops are in Mexico", SAME),
        ("FALSCH: US-Soldaten sind in Mexiko", "US-Soldaten sind in Mexiko", OPPOSITE),
        ("Falsch! US-Soldaten sind in Mexiko", "US-Soldaten sind in Mexiko", OPPOSITE),
        ("Es ist eine Lüge, dass US-Soldaten in Mexiko sind", "US-Soldaten sind in Mexiko", OPPOSITE),
        ("Es ist völlig unwahr, dass US-Soldaten in Mexiko sind", "US-Soldaten sind in Mexiko", OPPOSITE),
        ("Es ist ein Mythos, dass Impfungen Autismus verursachen", "Impfungen verursachen Autismus", OPPOSITE),
        ("Karen Weder Told Reporters That US Troops Are In Mexico", "US troops are in Mexico", SAME),
        # the title's "Kein" opening it still denies
        ("Kein US-Soldat In Mexiko, Says The Guardian", "US troops are in Mexico", OPPOSITE),
    ],
)
def test_german_framings_idioms_and_a_title_name(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected


# polarity37: "keine 10.000" and "nicht mehr als 10.000" denied the thing counted: against a text giving no amount they
# limit the number, as the English "not 10,000" and "no more than 10,000" do
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        ("Es sind keine 10.000 US-Soldaten in Mexiko", "Es sind US-Soldaten in Mexiko", SAME),
        ("Es sind nicht mehr als 10.000 US-Soldaten in Mexiko", "Es sind US-Soldaten in Mexiko", SAME),
        ("Es sind nicht einmal 100 US-Soldaten in Mexiko", "Es sind US-Soldaten in Mexiko", SAME),
        ("Es sind keine 10.000 US-Soldaten in Mexiko", "Es sind 5.000 US-Soldaten in Mexiko", SAME),
        ("Es sind keine 10.000 US-Soldaten in Mexiko", "Es sind 10.000 US-Soldaten in Mexiko", OPPOSITE),
        ("Es sind keine 10.000 US-Soldaten in Mexiko", "Es sind 20.000 US-Soldaten in Mexiko", OPPOSITE),
        ("Es sind keine 10.000 US-Soldaten in Mexiko", "Es sind Tausende US-Soldaten in Mexiko", OPPOSITE),
        ("Es sind nicht mehr als 10.000 US-Soldaten in Mexiko", "Mehr als 10.000 US-Soldaten sind in Mexiko", OPPOSITE),
        ("Es sind nicht mehr als 10.000 US-Soldaten in Mexiko", "Es sind 20.000 US-Soldaten in Mexiko", OPPOSITE),
        ("Es sind nicht mehr als 10.000 US-Soldaten in Mexiko", "Es sind über 10.000 US-Soldaten in Mexiko", OPPOSITE),
        # "Uber" is no German "über": against a text naming it the bound is admitted as before
        ("No more than 100 Uber drivers are in Mexico", "Uber drivers are in Mexico", SAME),
        # "nicht mehr" alone is "no longer": it denies
        ("Es sind nicht mehr US-Soldaten in Mexiko", "Es sind US-Soldaten in Mexiko", OPPOSITE),
        ("Es sind keine US-Soldaten in Mexiko", "Es sind US-Soldaten in Mexiko", OPPOSITE),
    ],
)
def test_a_german_negation_bounding_a_number(statement: str, claim: str, expected: str) -> None:
    assert polarity(statement, claim) == expected
    assert polarity(claim, statement) == expected


# review42b: "Es war / ist falsch, dass X" is as often "it was wrong (a mistake) that X", which affirms X: each was
# read as a denial ('opposite'); only the unambiguous forms deny (above)
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Es war falsch, dass die USA Soldaten nach Mexiko schickten", "Die USA schickten Soldaten nach Mexiko"),
        ("Es war falsch, dass Trump Soldaten nach Mexiko geschickt hat", "Trump hat Soldaten nach Mexiko geschickt"),
        ("Es ist falsch, dass Kinder in Deutschland in Armut leben müssen", "Kinder in Deutschland leben in Armut"),
        (
            "„Es ist falsch, dass die USA Soldaten nach Mexiko schicken“, sagte Sheinbaum",
            "Die USA schicken Soldaten nach Mexiko",
        ),
    ],
)
def test_german_it_was_wrong_that_affirms(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == SAME
    assert polarity(claim, statement) == SAME


# review42b: a German amount in words was read as no amount, so that "keine 10.000", "nicht über 10.000", "nicht
# einmal 100" limited the number against it ('same'): against an amount they deny, as against "20.000"
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Es gibt keine 2 Geschlechter, sondern viele", "Es gibt nur zwei Geschlechter"),
        ("Es gibt keine 2 Geschlechter", "Es gibt zwei Geschlechter"),
        ("Es gibt keine 3 Geschlechter", "Es gibt drei Geschlechter"),
        ("Es sind keine 10.000 US-Soldaten in Mexiko", "Es sind zehntausend US-Soldaten in Mexiko"),
        ("Es sind keine 10.000 US-Soldaten in Mexiko", "Es sind zehn Tausend US-Soldaten in Mexiko"),
        ("Es sind keine 10.000 US-Soldaten in Mexiko", "Es sind 20 Tausend US-Soldaten in Mexiko"),
        ("Es sind keine 10.000 US-Soldaten in Mexiko", "Es sind 10 Tsd. US-Soldaten in Mexiko"),
        ("Es sind keine 10.000 US-Soldaten in Mexiko", "Es sind 2 Mio. US-Soldaten in Mexiko"),
        ("Es sind keine 10.000 US-Soldaten in Mexiko", "Es sind hunderttausend US-Soldaten in Mexiko"),
        ("Es sind keine 10.000 US-Soldaten in Mexiko", "Es sind zahlreiche US-Soldaten in Mexiko"),
        ("Es sind keine 10.000 US-Soldaten in Mexiko", "Es sind massenhaft US-Soldaten in Mexiko"),
        ("Es sind nicht über 10.000 US-Soldaten in Mexiko", "Es sind zwanzigtausend US-Soldaten in Mexiko"),
        ("Es sind nicht einmal 100 US-Soldaten in Mexiko", "Es sind hundert US-Soldaten in Mexiko"),
        ("Es sind nicht einmal 2 US-Soldaten in Mexiko", "Es sind zwei US-Soldaten in Mexiko"),
        ("Die Bundeswehr hat keine 100 einsatzbereiten Panzer", "Die Bundeswehr hat hundert einsatzbereite Panzer"),
    ],
)
def test_a_german_negated_number_denies_against_an_amount_in_words(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE
    assert polarity(claim, statement) == OPPOSITE


# review42b: the guard of "Nicht ohne Grund" ends at a word: "ohne Grundausbildung" keeps its "nicht"
def test_nicht_ohne_grundausbildung_still_denies() -> None:
    statement = "Die Soldaten kamen nicht ohne Grundausbildung nach Mexiko"
    assert polarity(statement, "Die Soldaten kamen ohne Grundausbildung nach Mexiko") == OPPOSITE


# lang46: a German text saying "es" (it) was read as Spanish by it, and stemmed so: "Februar" was "febru", "Grenzen"
# "grenz", where the claim that says no "es" has "februar", "grenzen" (each capped at 0.20 on main)
@pytest.mark.parametrize(
    "statement",
    [
        "Es stimmt, Deutschland hat im Februar 2025 die Grenzen zu Polen geschlossen",
        "Deutschland hat es im Februar 2025 geschafft, die Grenzen zu Polen zu schließen",
        "Es war Deutschland, das im Februar 2025 die Grenzen zu Polen geschlossen hat",
    ],
)
def test_a_german_statement_saying_es_finds_its_claim(statement: str) -> None:
    claims = [
        Claim(
            id="polen", claim="Deutschland hat im Februar 2025 die Grenzen zu Polen geschlossen.", verdict=Verdict.FALSE
        ),
        Claim(id="troops", claim="There are more than 10,000 US troops deployed in Mexico.", verdict=Verdict.FALSE),
    ]
    matcher = LexicalMatcher(claims, use_cache=False)
    assert [match.claim.id for match in find_matches(matcher, statement, top=1)] == ["polen"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Deutschland hat es im Februar 2025 getan", Language.ENGLISH),
        ("Es war Deutschland im Februar 2025", Language.ENGLISH),
        ("Die Regierung hat es nicht getan, es war zu spät", Language.ENGLISH),
        # ... while a Spanish "es" beside no German function words is Spanish's
        ("La Bundesregierung es responsable", Language.SPANISH),
        ("Es falso que Alemania cerró la frontera", Language.SPANISH),
        ("Es la frontera de México", Language.SPANISH),
        # (fix46d: lang46 asserted "Es war" Spanish, a wrong reading of German "it was": dropped, not turned round;
        # two words with no word only German says are too few to tell, and are still read as Spanish by "es")
        # fix46d: nor the "der" of a name's "von der", "van der", nor an "ü" as Spanish writes it, beside a Spanish
        # "es" (lang46 read the first four as English, their "es" and "presidenta" unstemmed words)
        ("Von der Leyen es presidenta", Language.SPANISH),
        ("Ursula von der Leyen es alemana", Language.SPANISH),
        ("Van der Bellen es presidente", Language.SPANISH),
        ("Mies van der Rohe es arquitecto", Language.SPANISH),
        ("Sheinbaum es bilingüe", Language.SPANISH),
        ("Pingüino es Sheinbaum", Language.SPANISH),
        ("El muro es la frontera de Alemania con Polen en 2025", Language.SPANISH),
    ],
)
def test_german_es_is_no_spanish_word(text: str, language: Language) -> None:
    assert text_language(text) is language


# fix46d: lang46's b8b1da5 (reverted) read German "ohne" as "without", a negation of the clause after it up to a
# place or a time; German puts the verb last, so "ohne zu zögern ... geschickt" (without hesitating) was 'opposite'
# of "... geschickt".  "ohne" is no negation, as on main
@pytest.mark.parametrize(
    "statement",
    [
        "Trump hat ohne zu zögern Nationalgardisten an die Grenze zu Mexiko geschickt",
        "Trump hat ohne Weiteres Nationalgardisten an die Grenze zu Mexiko geschickt",
        "Trump hat ohne Vorwarnung Nationalgardisten an die Grenze zu Mexiko geschickt",
    ],
)
def test_german_ohne_before_the_verb_denies_nothing(statement: str) -> None:
    claim = "Trump hat Nationalgardisten an die Grenze zu Mexiko geschickt"
    assert polarity(statement, claim) == SAME
    assert polarity(claim, statement) == SAME


# lang47: German's function words were terms of a German text (read as English, with English's stop words): "die",
# "wird", "um", "dass", "nicht" matched as a claim's content words, and "Der Zug wird ab 2026 um 20 Minuten schneller
# sein, ..." found "Die Rente wird ab 2026 um 20 Prozent gekürzt" at 0.91.  They are stop words of a text read as German
# (and saying words only German says), as Spanish's and Italian's are of theirs
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierung hat nicht gesagt, dass die Grenze geschlossen wurde",
            ["regierung", "gesagt", "grenz", "geschlossen"],
        ),
        ("Der Impfstoff enthält keinen Mikrochip und ist sicher", ["impfstoff", "enthalt", "mikrochip", "sicher"]),
        # English texts keep their words, German's too: "war" and "die" are English words there
        ("Soldiers die in Mexico", ["troop", "die", "mexico"]),
        ("usa war mexico march 2025 im scared", ["usa", "war", "mexico", "march", "2025", "scare"]),
    ],
)
def test_german_function_words_are_stop_words_of_a_german_text(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


GERMAN_CLAIMS = """\
claims:
  - id: rente
    claim: Die Rente wird ab 2026 um 20 Prozent gekürzt
    verdict: "false"
  - id: soldaten
    claim: Die USA haben 10.000 Soldaten nach Mexiko geschickt
    verdict: "false"
  - id: grenze
    claim: Deutschland hat im Februar 2025 die Grenze zu Polen geschlossen
    verdict: "false"
"""


#: German statements of something else that share claims' function words ("die", "wird", "ab", "um"; "hat", "im",
#: "nicht", "die"), and matched claims by them before those were German's stop words
TRAIN_STATEMENT = (
    "Der Zug wird ab 2026 um 20 Minuten schneller sein, weil die Bahn die Strecke zwischen den Städten ausgebaut hat"
)
POLICE_STATEMENT = (
    "Die Polizei hat im Februar einen Mann zur Befragung geholt, der nicht sagen wollte, dass er die Grenze kannte"
)


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # statements of something else sharing a claim's function words (0.91, 0.74, 0.35 before; the first two shown)
        (TRAIN_STATEMENT, None),
        (POLICE_STATEMENT, None),
        # ... while a paraphrase still finds its claim
        ("Ab 2026 wird die Rente um 20 Prozent gekürzt", "rente"),
        ("Es wurde behauptet, dass die USA 10.000 Soldaten nach Mexiko geschickt haben", "soldaten"),
        ("Die Grenze zu Polen wurde von Deutschland im Februar 2025 geschlossen", "grenze"),
    ],
)
def test_german_function_words_match_no_claim(tmp_path: Path, statement: str, claim: str | None) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(GERMAN_CLAIMS, encoding="utf-8")
    matcher = LexicalMatcher(load_knowledge_base(path).claims, use_cache=False)
    assert [match.claim.id for match in find_matches(matcher, statement, top=1)] == ([claim] if claim else [])


# german51: German function words are stop words only of a text whose German function words clearly outnumber its
# English ones (``text.german_words_outnumber_english``).  lang47 made them stop words of any text read as German that
# said one German word, and an English statement with a German name, title or quote lost its English "war", "die"
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Alternative für Deutschland says the war in Ukraine started in February 2022", "war"),
        ('Merz says Germany "ist nicht im Krieg" but the war in Ukraine started in February 2022', "war"),
        ('Scholz said "wir sind nicht im Krieg" about the war in Ukraine started in February 2022', "war"),
        ("Vaccinated people will die within two years, claims Alternative für Deutschland", "die"),
        ("Der Spiegel reported that the war in Ukraine started in February 2022", "war"),
        ("Die Hard star says vaccinated people will die within two years", "die"),
        ("Das Boot director says the war in Ukraine started in February 2022", "war"),
        ("Van der Bellen said the war in Ukraine started in February 2022", "war"),
    ],
)
def test_an_english_text_with_a_german_name_keeps_its_english_words(text: str, kept: str) -> None:
    assert kept in terms(text)


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("Sie ist die Tochter", "ist"),
        ("Die USA haben 10.000 Soldaten nach Mexiko geschickt", "haben"),
        ("Osama bin Laden ist nicht tot", "nicht"),
        # a quote of English words in a German statement: still German
        ("Die Hard ist kein Weihnachtsfilm, sagt der Regisseur", "kein"),
    ],
)
def test_a_german_text_drops_its_function_words(text: str, dropped: str) -> None:
    assert dropped not in terms(text)
    assert dropped in plain_terms(text)  # the substitution check's terms keep them


MIXED = Path(__file__).parent / "fixtures" / "german_claims_mixed.yaml"


@pytest.fixture(scope="module")
def mixed_desk() -> LexicalMatcher:
    claims = load_knowledge_base(DESK).claims + load_knowledge_base(MIXED).claims
    return LexicalMatcher(claims, use_cache=False)


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # an English statement naming a German party: lang47 read it as German, dropped its "war", and showed the
        # party's other claim (0.54; its own 0.998 on main)
        ("The Alternative für Deutschland says the war in Ukraine started in February 2022", "war-start"),
        ('Merz says Germany "ist nicht im Krieg" but the war in Ukraine started in February 2022', "war-start"),
        ("Vaccinated people will die within two years, claims Alternative für Deutschland", "vax-die"),
        # German paraphrases that drop the claim's date or name the sender otherwise: lang47's shorter German runs
        # and count of terms gave them the whole substitution check and capped them (0.2), or showed another claim
        # first ("dicht gemacht": the desk's border claim at 0.83)
        ("Deutschland schließt Grenze zu Polen", "grenze-polen"),
        ("Im Februar 2025 hat Deutschland die Grenze zu Polen dicht gemacht", "grenze-polen"),
        ("Die Amerikaner haben 10.000 Soldaten nach Mexiko entsandt", "us-soldaten-in-mexiko-10000"),
        ("Ab 2026 wird die Rente um 20 Prozent gekürzt", "rente"),
        ("Seit dem Atomausstieg importiert Deutschland mehr Strom aus Frankreich", "strom"),
        ("Jedes Jahr töten Windräder Millionen von Vögeln", "windrad"),
        ("Flüchtlinge bekommen vom Staat ein Auto geschenkt", "auto"),
        ("In Berliner Schulen wird nur noch auf Arabisch unterrichtet", "schule"),
        ("Merkel ist Hitlers Tochter", "merkel"),
        ("Es wurden keine Soldaten nach Mexiko geschickt", "soldaten"),
        ("Kein Impfstoff enthält einen Mikrochip", "impfstoff-mikrochip"),
        # statements of something else sharing a claim's function words: main showed the first two (0.98, 0.56)
        (TRAIN_STATEMENT, None),
        (POLICE_STATEMENT, None),
        ("Die Schulen in Bayern sind ab Montag geschlossen", None),
        ("Er hat es nicht getan", None),
        # a statement of one word and a pronoun saying nothing of anyone is shown a claim that says the word: a
        # known limit ("Angela Merkel ist die Tochter von Adolf Hitler" 0.97 on main, 0.88 here; an English claim
        # "... the daughter of ..." is shown "She is the daughter" so).
        # german51 capped such statements at 0.2, but also those that are a claim's wording ("They're rapists", "It's
        # a hoax") and words that only look like pronouns (Italian's "i", "IT", Spanish's "he"): see below
        pytest.param("Sie ist die Tochter", None, marks=pytest.mark.xfail(strict=True, reason="one word is a match")),
        ("She is the daughter", None),  # no claim here says "daughter"
        # read as English, German's function words are still no distinctive words of it: "nicht" capped its claim
        # (0.998 on main, 0.2) while the file's German claims no longer had it as a term
        ("Nicht 10.000 US-Soldaten in Mexiko", "us-soldaten-in-mexiko-10000"),
        ("Nicht nur Impfstoffe enthalten Mikrochips", "impfstoff-mikrochip"),
    ],
)
def test_german_and_english_statements_in_a_mixed_file(
    mixed_desk: LexicalMatcher, statement: str, claim: str | None
) -> None:
    assert [match.claim.id for match in find_matches(mixed_desk, statement, top=1)] == ([claim] if claim else [])


SHORT_CLAIMS = """
claims:
  - id: rapists
    claim: "They're rapists"
    verdict: misleading
  - id: hoax
    claim: "It's a hoax"
    verdict: "false"
  - id: won
    claim: "We won this election"
    verdict: "false"
  - id: disappear
    claim: "Trump said the coronavirus will disappear like a miracle"
    verdict: "false"
    aliases: ["It will disappear"]
  - id: outage
    claim: "The CrowdStrike IT outage grounded flights worldwide in July 2024"
    verdict: "true"
  - id: migranti
    claim: "Gli sbarchi dei migranti sono raddoppiati nel 2024"
    verdict: "false"
"""


# german51's cap of a pronoun and one word (reverted) silenced these at 0.2: a claim's own wording or alias word for
# word ("add the statement as an alias", the CLI's hint, found nothing), and words that only look like pronouns
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("They're rapists", "rapists"),
        ("It's a hoax", "hoax"),
        ("We won", "won"),
        ("It will disappear", "disappear"),
        ("IT outage", "outage"),
        ("Sono i migranti", "migranti"),
    ],
)
def test_a_pronoun_and_one_word_can_be_a_claims_wording(tmp_path: Path, statement: str, claim: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(SHORT_CLAIMS, encoding="utf-8")
    matcher = LexicalMatcher(load_knowledge_base(path).claims, use_cache=False)
    [best] = find_matches(matcher, statement, top=1, min_score=0.0)
    assert best.claim.id == claim
    assert best.score > SUBSTITUTION_CAP  # "IT outage" 0.49, related; the others are shown


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Es gibt keine US-Truppen in Mexiko", "Es gibt US-Truppen in Mexiko"),
        ("Die Rente wird nicht gekürzt", "Die Rente wird ab 2026 um 20 Prozent gekürzt"),
        ("Ein Tempolimit spart kein CO2", "Ein Tempolimit spart CO2"),
    ],
)
def test_german_negations_are_still_read(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE


# german63: German numbers in words, German scales and their abbreviations were no numbers: "Zehntausend" was a word
# (the starter file's claim of 10,000 US troops in Mexico 0.15, "10.000 US-Soldaten ..." 0.69), "Zwanzigtausend" no
# other number than its 10,000 (a German desk's claim of 10.000 soldiers shown at 1.00), "1,5 Mio." and "1,5
# Millionen" the numbers 1 and 5, "eine Million" the word "million" (a claim of 1,5 Millionen shown for "zwei
# Millionen" at 1.00).  "10 000" with a plain space stays two numbers, in any language (``text._SPACED_THOUSANDS``)
@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Zehntausend US-Soldaten sind in Mexiko stationiert", {"10000"}),
        ("Mehr als zwanzigtausend US-Soldaten sind in Mexiko stationiert", {"20000"}),
        ("In Bayern fehlen 10 Tsd. Lehrer", {"10000"}),
        ("In Bayern fehlen 10 Tausend Lehrer", {"10000"}),
        ("2024 kamen 1,5 Mio. Migranten nach Deutschland", {"2024", "1500000"}),
        ("2024 kamen 1,5 Millionen Migranten nach Deutschland", {"2024", "1500000"}),
        ("Deutschland hat der Ukraine 2 Mrd. Euro überwiesen", {"2000000000"}),
        ("Deutschland hat der Ukraine 3,75 Milliarden Euro überwiesen", {"3750000000"}),
        ("Der Bund gibt 1.500 Millionen Euro aus", {"1500000000"}),
        ("Seit Januar haben eine Million Menschen ihre Arbeit verloren", {"1000000"}),
        ("Seit Januar haben zwei Millionen Menschen ihre Arbeit verloren", {"2000000"}),
        ("Im Jahr 2023 wurden fünfhundert Gefährder ausgewiesen", {"2023", "500"}),
        ("Die Rente steigt um zweihundertfünfzig Euro", {"250"}),
        ("Die Frist beträgt einundzwanzig Tage", {"21"}),
        ("Dreißig Prozent sind dagegen, dreissig dafür", {"30"}),
        ("Die Renten werden 2026 um zwanzig Prozent gekürzt", {"2026", "20"}),
    ],
)
def test_german_numbers_are_read_as_their_digits(text: str, numbers: set[str]) -> None:
    assert stated_numbers(text) == numbers


STARTER = Path(__file__).parent.parent / "claims.yaml"


def test_a_german_number_word_finds_the_starter_files_claim() -> None:
    matcher = LexicalMatcher(load_knowledge_base(STARTER).claims, use_cache=False)
    [match] = find_matches(matcher, "Zehntausend US-Soldaten sind in Mexiko stationiert", top=1)
    assert match.claim.id == "us-troops-in-mexico-10000"  # as "10.000 US-Soldaten ..." does (0.69 both)


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # the claim's number in other words: found
        ("Mehr als 10 Tsd. US-Soldaten sind in Mexiko stationiert", "us-soldaten-in-mexiko-10000"),
        ("2024 kamen 1,5 Mio. Migranten nach Deutschland", "migranten-1-5-millionen"),
        # another number in words: no match, as "20.000" and "3 Euro" are none (main showed these at 1.00)
        ("Mehr als zwanzigtausend US-Soldaten sind in Mexiko stationiert", None),
        ("Im Jahr 2024 kamen zwei Millionen Migranten nach Deutschland", None),
        ("Im Jahr 2024 kamen eine Million Migranten nach Deutschland", None),
        ("Der Benzinpreis lag im März 2022 über drei Euro pro Liter", None),
    ],
)
def test_a_german_number_in_words_is_the_number_it_says(
    desk: LexicalMatcher, statement: str, claim: str | None
) -> None:
    assert [match.claim.id for match in find_matches(desk, statement, top=1)] == ([claim] if claim else [])


# german63: Spanish writes "ü" too ("pingüino", "vergüenza"), and a German text with one lower-case word with it and
# no German word Spanish's count weighed against was read as Spanish: stemmed as Spanish ("Menschen" was "mensch",
# "kamen" "kam"), its function words kept as terms ("Die Rente wird ab 2026 um 20 Prozent gekürzt" had "die", "wird",
# "um").  German's function words and its "ä", "ö", "ß" and "ü" (not Spanish's "güe", "güi") now count against Spanish
@pytest.mark.parametrize(
    "text",
    [
        "Im Jahr 2024 kamen fünfhundert Menschen nach Deutschland",
        "Die Rente wird ab 2026 um 20 Prozent gekürzt",
        "Die Wehrpflicht kommt 2026 zurück",
        "Das ist für dich",
        "Übergewicht ist ein Problem für die Gesundheit",
        "Geld für Flüchtlinge",
    ],
)
def test_a_german_word_with_an_umlaut_is_no_spanish_one(text: str) -> None:
    assert text_language(text) is Language.ENGLISH  # German is read as English


def test_a_german_claim_with_an_umlaut_drops_its_function_words() -> None:
    assert terms("Die Rente wird ab 2026 um 20 Prozent gekürzt") == ["rent", "2026", "20", "prozent", "gekurzt"]


VARIED = Path(__file__).parent / "fixtures" / "german_claims_varied.yaml"


@pytest.fixture(scope="module")
def varied_desk() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(VARIED).claims, use_cache=False)


#: german63's statements against a German desk's file of 32 claims of many topics: paraphrases that find their claim
#: (those marked "main: none" were capped at 0.2 on main: a number it did not read, or read as Spanish) and statements
#: of other things that share a claim's words, numbers or umlauts and must stay silent (they did on main too: a guard
#: against reading German so that they match, as /tmp/german51-umlaut.patch made "Der Zug ..." match again)
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Ab 2026 wird die Rente um 20 Prozent gekürzt", "rente-gekuerzt"),
        ("Die Renten werden 2026 um zwanzig Prozent gekürzt", "rente-gekuerzt"),
        ("Zehntausend US-Soldaten wurden nach Mexiko geschickt", "soldaten-mexiko"),
        ("Corona-Impfstoffe verändern die DNA", "impfstoff-dna"),
        ("Mit Bürgergeld bekommt man mehr Geld als mit Mindestlohn", "buergergeld"),
        ("Jedes Jahr töten Windräder Millionen von Vögeln", "windraeder-voegel"),
        ("Im März 2022 kostete Benzin über zwei Euro pro Liter", "benzin-2-euro"),
        ("2024 kamen 1,5 Mio. Migranten nach Deutschland", "migranten-millionen"),  # main: none
        ("500 Gefährder wurden 2023 aus Deutschland ausgewiesen", "fuenfhundert-ausgewiesen"),
        ("In Bayern fehlen 10 Tsd. Lehrer", "zehntausend-lehrer"),
        ("400 Krankenhäuser sollen bis 2030 schließen", "krankenhaus-schliessung"),
        ("Kuhmilch macht Knochen brüchig", "milch-knochen"),
        ("Wölfe greifen in Niedersachsen Kinder an", "wolf-angriffe"),
        ("Die Wehrpflicht kommt 2026 zurück", "bundeswehr-wehrpflicht"),  # main: none
        ("Deutschland hat der Ukraine zwei Milliarden Euro für Waffen überwiesen", "zwei-milliarden-ukraine"),  # none
        ("Deutschland hat der Ukraine 2 Milliarden Euro für Waffen gegeben", "zwei-milliarden-ukraine"),  # main: none
        ("Seit Januar haben 1 Mio. Menschen ihre Arbeit verloren", "eine-million-arbeitslose"),  # main: none
        (TRAIN_STATEMENT, None),
        (POLICE_STATEMENT, None),
        ("Im Jahr 2024 wurden fünfhundert neue Bäume in Köln gepflanzt", None),
        ("Für 2 Euro bekommt man in München keinen Kaffee mehr", None),
        ("Zwanzig Prozent der Schüler in Hamburg üben täglich Klavier", None),
        ("Über 30 Grad im Juli: der heißeste Sommer seit Jahren", None),
        ("Die Bäckerei verkauft ab 2026 nur noch Brötchen aus Vollkorn", None),
        ("Im März 2022 regnete es in Köln an 20 Tagen", None),
        ("Zehntausend Menschen besuchten das Konzert in Berlin", None),
        ("Die Mannschaft gewann 2023 mit 64 Punkten die Meisterschaft", None),
        ("Unser Verein hat 400 Mitglieder und trifft sich jeden Donnerstag", None),
        ("Die Zahl der Störche in Brandenburg ist gestiegen", None),
        ("Ein neues Museum für moderne Kunst öffnet in Leipzig", None),
    ],
)
def test_a_german_desk_of_many_topics(varied_desk: LexicalMatcher, statement: str, claim: str | None) -> None:
    assert [match.claim.id for match in find_matches(varied_desk, statement, top=1)] == ([claim] if claim else [])


# german63's review: what reading German numbers and words read wrongly.  A year before a plural scale was its
# multiplier ("seit 2015 Millionen Migranten" 2015000000), "zehn Tausend" two numbers (10 and 1000), "1 Billion"
# (German's 10**12) the "1 Mrd." of a statement, "Komma" no decimal comma, millions and thousands two numbers; and
# a capitalised number word inside a sentence ("außer Acht", "Vier Pfoten") or in an English text was a number
@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Deutschland hat seit 2015 Millionen Migranten aufgenommen", {"2015"}),
        ("Die Regierung will bis 2030 Milliarden in die Bahn investieren", {"2030"}),
        ("The EU spent in 2024 Milliarden on Ukraine", {"2024"}),
        ("Die USA haben zehn Tausend Soldaten nach Mexiko geschickt", {"10000"}),
        ("Mehr als hundert Tausend Menschen", {"100000"}),
        ("Die Corona-Hilfen haben den Staat 1 Billion Euro gekostet", {"1000000000000"}),
        ("Die Staatsschulden betragen 2,5 Billionen Euro", {"2500000000000"}),
        ("Deutschland zahlt zwei Komma fünf Milliarden Euro an die Ukraine", {"2500000000"}),
        ("Deutschland zahlt 2 Komma 5 Milliarden Euro an die Ukraine", {"2500000000"}),
        ("In Berlin leben 3 Millionen 500 Tausend Menschen", {"3500000"}),
        ("Im Jahr 2024 kamen 1 Million 500 Tausend Migranten", {"2024", "1500000"}),
        ("Die Regierung hat die Warnungen der Experten außer Acht gelassen", set()),
        ("Nehmt euch in Acht vor Betrügern", set()),
        ("Der Zug fährt um halb acht", set()),
        ("Ein paar Tausend Menschen demonstrierten in Berlin", set()),
        ("Einige Hundert Demonstranten versammelten sich vor dem Reichstag", set()),
        ("Die Tierschutzorganisation Vier Pfoten hat 500 Hunde in der Ukraine gerettet", {"500"}),
        ("Vier Pfoten says 500 dogs were rescued in Ukraine", {"500"}),
        ("Tausend Augen is a song by Rammstein from 2019", {"2019"}),
    ],
)
def test_german_numbers_are_not_read_where_none_is_said(text: str, numbers: set[str]) -> None:
    assert stated_numbers(text) == numbers


def test_a_german_billion_is_a_thousand_milliarden_and_an_english_one_is_not() -> None:
    assert stated_numbers("Die Staatsschulden betragen eine Billion Euro") == {"1000000000000"}
    assert stated_numbers("The deal cost 1 Billion dollars") == {"1000000000"}


@pytest.mark.parametrize(
    "text",
    ["Drei Viertel der Deutschen sind für das Tempolimit", "Zwei Drittel der Wähler sind dagegen"],
)
def test_a_german_fraction_is_no_whole_number(text: str) -> None:
    # review lang2: "Drei Viertel" was 3, a number a claim of 75 % does not state
    assert stated_numbers(text) == set()


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # review lang2: an opening "Die" counted for no German, and its "1 Billion" was 10**9, "1 Mrd."
        ("Die Staatsschulden betragen 1 Billion Euro", {"1000000000000"}),
        ("Der Bundeshaushalt umfasst 1 Billion Euro", {"1000000000000"}),
        ("Die Hard made 1 billion dollars", {"1000000000"}),  # English's, in lower case
        ("Die Hard made 1 Billion dollars for the studio", {"1000000000"}),  # "for", "the": English
    ],
)
def test_an_opening_german_article_makes_a_capitalised_billion_german(text: str, numbers: set[str]) -> None:
    assert stated_numbers(text) == numbers


def _top(claims: dict[str, str], statement: str) -> list[str]:
    matcher = LexicalMatcher(
        [Claim(id=key, claim=text, verdict=Verdict.FALSE) for key, text in claims.items()], use_cache=False
    )
    return [match.claim.id for match in find_matches(matcher, statement, top=1)]


# ... which matched: a year read as millions capped the claim that says the year (1.0 on main, 0.2), a "1 Mrd."
# found the claim of "1 Billion" (0.2 on main, 1.0), "zehn Tausend" capped the claim of 10.000 soldiers
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Deutschland hat seit 2015 Millionen Migranten aufgenommen", "migranten"),
        ("Die Corona-Hilfen haben den Staat 1 Mrd. Euro gekostet", None),
        ("Die USA haben zehn Tausend Soldaten nach Mexiko geschickt", "soldaten"),
        ("Deutschland zahlt zwei Komma fünf Milliarden Euro Militärhilfe an die Ukraine", "ukraine"),
        ("Der ICE nach Hamburg fährt um halb acht", "ice"),
    ],
)
def test_a_german_number_read_wrongly_no_longer_decides_a_match(statement: str, claim: str | None) -> None:
    claims = {
        "migranten": "Seit 2015 sind Millionen Migranten nach Deutschland gekommen.",
        "bahn": "Die Bundesregierung will bis 2030 Milliarden Euro in die Bahn investieren.",
        "corona": "Die Corona-Hilfen haben den Staat 1 Billion Euro gekostet.",
        "soldaten": "Die USA haben 10.000 Soldaten nach Mexiko geschickt.",
        "ukraine": "Deutschland zahlt 2,5 Milliarden Euro Militärhilfe an die Ukraine.",
        "ice": "Der ICE nach Hamburg fährt um 7:30 Uhr.",
    }
    assert _top(claims, statement) == ([claim] if claim else [])


# german63's review: Spanish writes "ü" before an accented vowel too ("lingüística", "averigüé"), and a Spanish text
# may say a German word ("el führer", "un doppelgänger", a handle, German in quotes): these were read as English
@pytest.mark.parametrize(
    "text",
    [
        "Inmersión lingüística anulada en escuelas catalanas",
        "Discriminación lingüística contra castellanohablantes en Cataluña",
        "Un estudio sociolingüístico en Cataluña",
        "Nunca lo averigüé",
        "@jürgen_müller dice que la vacuna mata",
        "Detienen a un doppelgänger de Putin",
        "Hitler, el führer",
        "El müsli es saludable",
        "La vacuna mata #führer",
        'Olaf Scholz dijo que "es ist nicht fair"',
    ],
)
def test_a_spanish_text_with_an_u_umlaut_or_a_german_word_is_spanish(text: str) -> None:
    assert text_language(text) is Language.SPANISH


def test_a_spanish_statement_with_linguistica_finds_its_claim() -> None:
    claims = {
        "inmersion": "El Tribunal Supremo ha anulado la inmersión lingüística en las escuelas de Cataluña.",
        "discriminacion": "Vox denuncia que hay discriminación lingüística contra los castellanohablantes en Cataluña.",
    }
    assert _top(claims, "Inmersión lingüística anulada en escuelas catalanas") == ["inmersion"]
    assert _top(claims, "Discriminación lingüística contra castellanohablantes en Cataluña") == ["discriminacion"]


# ... and the runs a number is looked for in were every run with "vier", "acht" or "mio" in a word ("Javier",
# "yacht", "premio"): German number words and scales are whole words
@pytest.mark.parametrize(
    ("token", "number"),
    [
        ("Javier", False),
        ("yacht", False),
        ("premio", False),
        ("Zehntausend", True),
        ("fünfhundert", True),
        ("Mio.", True),
    ],
)
def test_a_german_number_word_is_a_whole_word_for_the_runs_a_number_is_read_from(token: str, number: bool) -> None:
    assert _number_in_runs(token, Language.ENGLISH) is number


# german72: German number words opening an English text are a name's when the text writes English words in lower
# case no German text writes (a past tense, "million"): "Vier Pfoten rescued 500 dogs" stated 4, where "The charity
# Vier Pfoten rescued 500 dogs" states none; a German text's opening number word is still read
@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Vier Pfoten rescued 500 stranded dogs in Mexico", {"500"}),
        # german77: a past tense and a plural in lower case after digits ("500 dogs": German writes "500 Hunde")
        ("Vier Pfoten rescued 500 dogs in Mexico", {"500"}),
        ("Vier Pfoten rescued 500 dogs", {"500"}),
        ("Vier Pfoten rescued 500 Hunde in Mexico", {"4", "500"}),  # one past tense is too weak a sign
        ("Acht Jahre nach 2015 bereits verurteilt", {"8", "2015"}),  # "bereits": no English plural
        ("Sechs Monate Haft für 3 tweets", {"6", "3"}),  # a plural, but German words ("für")
        ("Zehn Jahre Instagram: 500 followers, 20 posts", {"10", "500", "20"}),  # a plural counts once
        # german77 review: a plural in "-ies" or after "s", "x", "ch", "sh" + "es", after a word, after a no-break
        # space; German words in "-s", "-ies", "-es" after digits are none, nor is a text with a German verb
        ("Vier Pfoten rescued 500 stray dogs", {"500"}),
        ("Vier Pfoten rescued 500 puppies", {"500"}),
        ("Vier Pfoten rescued 500 horses", {"500"}),
        ("Vier Pfoten rescued 500 stray puppies", {"500"}),
        ("Vier Pfoten rescued 500\u00a0dogs", {"500"}),
        ("Drei Jahre Haft, 2019 mindestens 5 Opfer, relaxed", {"3", "2019", "5"}),
        ("Drei Jahre: 2015 allerdings relaxed", {"3", "2015"}),
        ("Acht Jahre: 2015 erstmals relaxed", {"8", "2015"}),
        ("Acht Monate: 2019 bewies relaxed", {"8", "2019"}),
        ("Acht Monate: 2019 dieses relaxed", {"8", "2019"}),
        ("Sieben Tipps: So bleiben 3 kids relaxed", {"7", "3"}),
        # german72 review: a German "-ied" past tense, an anglicism beside German words: German texts
        ("Zehn Jahre Haft: So entschied das Gericht", {"10"}),
        ("Sechs Monate Haft, Amtsgericht entschied", {"6"}),
        ("Drei Verletzte: Polizei vermied Schlimmeres", {"3"}),
        ("Sieben Tipps, wie Sie relaxed bleiben", {"7"}),
        ("Fünf Freunde sold 2 million copies", {"2000000"}),
        ("Neun Inch Nails sold 20 million records", {"20000000"}),
        ("Vier Menschen starben bei dem Unfall", {"4"}),
        ("Vier Soldaten getötet", {"4"}),
    ],
)
def test_a_german_number_word_opening_an_english_text_is_a_name(text: str, numbers: set[str]) -> None:
    assert stated_numbers(text) == numbers


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("Die Bahn bekommt zweitausend Millionen Euro vom Bund", "Die Bahn bekommt 2000 Millionen Euro vom Bund"),
        ("Deutschland zahlt zweitausendfünfzehn Mio. Euro", "Deutschland zahlt 2015 Mio. Euro"),
        ("Seit zweitausendfünfzehn Millionen Migranten", "Seit 2015 Millionen Migranten"),
        ("Bis zweitausenddreißig Millionen Elektroautos", "Bis 2030 Millionen Elektroautos"),
    ],
)
def test_a_german_number_word_of_a_years_value_before_a_scale_reads_as_its_digits_do(words: str, digits: str) -> None:
    # german72 read "zweitausend Millionen" as 2000000000 while "2000 Millionen" stays a year before a plural
    # (2000 and a word): the review of the integration (review-int2, 4) found "Die Bahn bekommt 2000 Millionen
    # Euro" and its words capped both ways at 0.20 with no note. A claim and a statement read a number alike
    assert stated_numbers(words) == stated_numbers(digits)


@pytest.mark.parametrize(
    ("text", "spanish"),
    [
        ("Kennedy dijo Ich bin ein Berliner en Berlín", True),  # "dijo": a Spanish text quoting German
        # german77: "un" after a Spanish past ("Pedí", "envió") is Spanish's; "Pedí" capitalised counted for none
        ("Pedí un über", True),
        ("Envió un tweet contra Sheinbaum", True),
        ("Compró un Tesla", True),
        ("Hice un post", False),  # no accent: no sign of Spanish but "un"
        # german72 review: English quoting Spanish is English
        ("Feijóo calls Sánchez's amnesty law un desastre", False),
        ("Milei called the deal un éxito", False),
        ("un says México must pay", False),  # the United Nations in lower case
        ("the un says México must pay", False),
        # german77 review: "UN" in capitals after a word in "-é" is the United Nations, no Spanish "un"
        ("José UN envoy visits Caracas", False),
        ("Mbappé UN goodwill ambassador", False),
        ("Attaché UN mission expelled", False),
        ("the café UN staff visited", False),
        ("Chloé UN Women director", False),
    ],
)
def test_a_spanish_text_saying_german_words_is_spanish(text: str, spanish: bool) -> None:
    # german72: both were read as English ("ein" counted against "en"; "über" for neither language, "un" for none)
    assert (text_language(text) is Language.SPANISH) is spanish


@pytest.mark.parametrize(
    ("statement", "claim", "ours", "theirs"),
    [
        (
            "Animal Equality rescued 500 dogs from Ukraine in 2022",
            "Vier Pfoten rescued 500 dogs from Ukraine in 2022.",
            ("Equality",),
            ("Vier Pfoten",),
        ),
        (
            "The Acht brothers founded a bakery in Vienna in 1990",
            "The Vier brothers founded a bakery in Vienna in 1990.",
            ("Acht",),
            ("Vier",),
        ),
    ],
)
def test_a_german_number_word_of_a_name_is_noted_as_the_names(
    statement: str, claim: str, ours: tuple[str, ...], theirs: tuple[str, ...]
) -> None:
    # german72: alone, "Vier" opens a sentence and reads as 4, and the name's word was neither a name nor a number to
    # the notes: "Vier Pfoten" was shown as "Pfoten", and "The Acht brothers" matched "The Vier brothers" with no note
    found = claim_differences(statement, Claim(id="c", claim=claim, verdict=Verdict.TRUE))
    assert found is not None
    assert (found.statement, found.claim) == (ours, theirs)


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Acht Jahre Haft: So entschied das Landgericht Köln", "Drei Jahre Haft: So entschied das Landgericht Köln."),
        ("Mehrere Hundert Migranten erreichten Lampedusa", "Rund 300 Migranten erreichten Lampedusa."),
    ],
)
def test_a_german_texts_opening_number_word_is_no_name(statement: str, claim: str) -> None:
    # german72 review: "entschied" was read as an English past tense and "Acht" as a name's, so 8 years matched 3
    # with no note (1.00); "Mehrere Hundert" was a name the claim lacked (0.995 -> 0.2)
    score = LexicalMatcher([Claim(id="c", claim=claim, verdict=Verdict.TRUE)], use_cache=False).search(statement)[0]
    found = claim_differences(statement, Claim(id="c", claim=claim, verdict=Verdict.TRUE))
    if "Acht" in statement:
        assert found is not None and (found.statement, found.claim) == (("Acht",), ("Drei",))
        assert score.score < 0.5
    else:
        assert found is None
        assert score.score > 0.9


def test_a_german_texts_number_word_in_a_phrase_is_noted_as_the_phrase() -> None:
    # german72 review: "außer Acht" (disregarded) of a German text was shown as "Acht", a name's word alone
    claim = Claim(id="c", claim="Die Regierung ignorierte die Warnungen der Virologen.", verdict=Verdict.TRUE)
    found = claim_differences("Die Regierung ließ die Warnungen außer Acht", claim)
    assert found is not None
    assert found.statement == ("außer Acht",)


# german77: a German number and a half in words ("zweieinhalb", "anderthalb") was no number and hundreds counted by
# 11 to 19 ("zwölfhundert", "neunzehnhundertneunundachtzig") were no number either, so a claim in digits of another
# amount matched with no note; words and digits of the same amount read alike
@pytest.mark.parametrize(
    ("words", "digits", "other"),
    [
        (
            "Der Bund gab zweieinhalb Millionen Euro für die Bahn aus",
            "Der Bund gab 2,5 Millionen Euro für die Bahn aus.",
            "Der Bund gab 3,5 Millionen Euro für die Bahn aus.",
        ),
        (
            "Anderthalb Millionen Menschen demonstrierten in Berlin",
            "1,5 Millionen Menschen demonstrierten in Berlin.",
            "2 Millionen Menschen demonstrierten in Berlin.",
        ),
        (
            "Die Polizei schickte eineinhalb Millionen Euro zurück",
            "Die Polizei schickte 1,5 Millionen Euro zurück.",
            "Die Polizei schickte 2,5 Millionen Euro zurück.",
        ),
        (
            "Beim Gipfel waren zwölfhundert Polizisten im Einsatz",
            "Beim Gipfel waren 1.200 Polizisten im Einsatz.",
            "Beim Gipfel waren 1.300 Polizisten im Einsatz.",
        ),
        (
            "Die Mauer fiel im Jahr neunzehnhundertneunundachtzig",
            "Die Mauer fiel im Jahr 1989.",
            "Die Mauer fiel im Jahr 1990.",
        ),
    ],
)
def test_a_german_amount_in_words_matches_its_digits_and_no_other(words: str, digits: str, other: str) -> None:
    assert stated_numbers(words) == stated_numbers(digits.rstrip("."))
    same = LexicalMatcher([Claim(id="c", claim=digits, verdict=Verdict.TRUE)], use_cache=False).search(words)[0]
    assert same.score > 0.9
    assert claim_differences(words, Claim(id="c", claim=digits, verdict=Verdict.TRUE)) is None
    differs = LexicalMatcher([Claim(id="c", claim=other, verdict=Verdict.TRUE)], use_cache=False).search(words)[0]
    assert differs.score < 0.5
    assert claim_differences(words, Claim(id="c", claim=other, verdict=Verdict.TRUE)) is not None


# german77: "Vier Pfoten rescued 500 dogs" (one past tense) read "Vier" as 4: against "The charity Vier Pfoten
# rescued 500 dogs." it stated a number its claim lacks; against "Vier Pfoten rescued 4,000 dogs." 4 was no
# number the claim lacked.  A German text's opening number word still reads as its digits
@pytest.mark.parametrize(
    ("statement", "claim", "numbers"),
    [
        ("Vier Pfoten rescued 500 dogs", "The charity Vier Pfoten rescued 500 dogs.", {"500"}),
        ("Vier Soldaten starben in Mexiko", "4 Soldaten starben in Mexiko.", {"4"}),
    ],
)
def test_a_german_number_word_opening_a_text_reads_as_its_claim(statement: str, claim: str, numbers: set[str]) -> None:
    assert stated_numbers(statement) == stated_numbers(claim.rstrip(".")) == numbers


# german77: a short Spanish statement of a past, "un" and a loanword ("Compró un Tesla") was read as English and
# stemmed so ("compró" against the claim's Spanish "compr"): it missed its own claim (0.0)
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Compró un Tesla", "Musk compró un Tesla."),
        ("Publicó un meme", "Trump publicó un meme."),
    ],
)
def test_a_short_spanish_statement_with_a_loanword_finds_its_claim(statement: str, claim: str) -> None:
    score = LexicalMatcher([Claim(id="c", claim=claim, verdict=Verdict.TRUE)], use_cache=False).search(statement)
    assert score and score[0].score > 0.9


# german77 review: "José UN envoy visits Caracas" was read as Spanish ("UN" as its "un" after "José") and stemmed
# so ("jos envoy visits carac"): it scored 0.938 against its own claim in other words' order
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("José UN envoy visits Caracas", "UN envoy José visits Caracas."),
        ("Mbappé UN goodwill ambassador", "Kylian Mbappé was named UN goodwill ambassador."),
    ],
)
def test_un_in_capitals_after_an_accented_name_keeps_an_english_statement_english(statement: str, claim: str) -> None:
    assert set(terms(statement)) <= set(terms(claim))
    score = LexicalMatcher([Claim(id="c", claim=claim, verdict=Verdict.TRUE)], use_cache=False).search(statement)
    assert score and score[0].score > 0.999


# german77 review: "Vier Pfoten rescued 4,000 dogs." reads 4000, where "... 500 stray dogs" and "... 500 puppies"
# read 4 and 500 (a plural after a word, or in "-ies", was no sign of English): their note said the statement's
# "Vier" was a number the claim lacked.  Claim and paraphrase read "Vier" alike, as a name
@pytest.mark.parametrize(
    "statement",
    ["Vier Pfoten rescued 500 dogs", "Vier Pfoten rescued 500 stray dogs", "Vier Pfoten rescued 500 puppies"],
)
def test_a_german_name_opening_an_english_statement_is_no_number_against_its_claim(statement: str) -> None:
    claim = Claim(id="c", claim="Vier Pfoten rescued 4,000 dogs.", verdict=Verdict.TRUE)
    differences = claim_differences(statement, claim)
    assert differences is not None
    assert (differences.statement, differences.claim) == (("500",), ("4,000",))
