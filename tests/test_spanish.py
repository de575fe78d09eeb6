"""Spanish statements against a claims file whose claims or aliases are in Spanish.

tests/fixtures/spanish_desk.yaml is a Mexican newsroom's small file: claims written in Spanish, or in
English with a Spanish alias.  A Spanish statement is stemmed by the Spanish stemmer and its number words
are read ("diez mil", "ciento cincuenta y cinco"), so other verb forms and numbers find the claim; an English
statement still finds the English wording of the same file.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from statement_sets import tsv_cases, tsv_rows

from factcheck import substitution
from factcheck import text as text_module
from factcheck.lexical import LexicalMatcher
from factcheck.model import Claim, Verdict
from factcheck.store import load_knowledge_base
from factcheck.substitution import _as_its_country, _opening_term, _senders, _sending_of_troops, _sendings, _sent
from factcheck.text import Language, is_spanish, normalize, own_words, reads_portuguese, terms

DESK = Path(__file__).parent / "fixtures" / "spanish_desk.yaml"
#: a Mexican desk's claims, all in Spanish, on prices, health, security and public works
NEWS = Path(__file__).parent / "fixtures" / "spanish_news.yaml"

#: kind, expected claim id or "-", statement: a data file, which bench/spanish_statements.py reads too
DESK_STATEMENTS = tsv_rows(Path(__file__).parent / "fixtures" / "spanish_desk_statements.tsv")
#: (expected claim id, statement): other verb forms, number words and names for the claims' own words
PARAPHRASES = [(claim_id, statement) for kind, claim_id, statement in DESK_STATEMENTS if kind == "paraphrase"]
#: a claim's words with another place or another subject: no match
SILENT = [statement for kind, _, statement in DESK_STATEMENTS if kind == "silent"]


@pytest.fixture(scope="module")
def desk() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(DESK).claims, use_cache=False)


@pytest.mark.parametrize(("expected", "statement"), PARAPHRASES, ids=[s for _, s in PARAPHRASES])
def test_a_spanish_wording_is_found_in_other_words(desk: LexicalMatcher, expected: str, statement: str) -> None:
    best = desk.search(statement, top=1)[0]
    assert best.claim.id == expected
    assert best.score >= desk.threshold


def test_a_general_spanish_question_is_shown_the_general_claim(desk: LexicalMatcher) -> None:
    # the 10,000-troops alias says "soldados estadounidenses en México" too; both are shown
    shown = [m.claim.id for m in desk.search("¿Hay soldados estadounidenses en México?") if m.score >= desk.threshold]
    assert "hay-tropas-de-eu-en-mexico" in shown


@pytest.mark.parametrize("statement", SILENT)
def test_a_spanish_statement_of_another_fact_is_not_matched(desk: LexicalMatcher, statement: str) -> None:
    assert desk.search(statement, top=1)[0].score < desk.threshold


def test_another_spanish_verb_form_is_no_misspelling(desk: LexicalMatcher) -> None:
    # read with the English stemmer, "rechaza" was no known term and one letter from the file's "rechazó": it was
    # read as "rechazo", and check said so
    statement = "Sheinbaum rechaza la oferta de Trump de mandar soldados"
    assert desk.corrected(statement) == statement
    assert desk.corrected("Sheinbaum rechazó la oferta de Trump de enviar torpas").endswith("enviar tropas")


@pytest.mark.parametrize(
    "statement",
    [
        "El Senado aprobó el ingreso de 155 marines para un ejercicio, según Reuters.",
        "Según Reuters, el Senado aprobó el ingreso de 155 marines para un ejercicio.",
        "«El Senado aprobó el ingreso de 155 marines para un ejercicio», dijo Sheinbaum.",
        "—El Senado aprobó el ingreso de 155 marines para un ejercicio —dijo Sheinbaum.",
    ],
)
def test_who_reported_a_spanish_statement_is_no_part_of_it(desk: LexicalMatcher, statement: str) -> None:
    # "Reuters" and "Sheinbaum" were read as said in the place of the claim's "Estados Unidos", which the statement
    # leaves out: the match was capped at 0.2, as "..., Reuters reported" was in English before it was read apart
    best = desk.search(statement, top=1)[0]
    assert best.claim.id == "senado-aprueba-155-marines"
    assert best.score >= desk.threshold


def test_a_number_as_mexican_news_writes_it_finds_the_claim_of_that_number() -> None:
    # "29 mil 675" was 29000 and 675: the statement's number stood against the claim's 29,675 and capped it at 0.2
    desk = LexicalMatcher(
        [
            Claim(
                id="homicidios", claim="El año pasado hubo 29,675 víctimas de homicidio doloso.", verdict=Verdict.TRUE
            ),
            Claim(id="tortilla", claim="El precio de la tortilla bajó a 10 pesos el kilo.", verdict=Verdict.FALSE),
            Claim(id="guardia", claim="La Guardia Nacional envió mil 500 elementos a Sinaloa.", verdict=Verdict.TRUE),
        ],
        use_cache=False,
    )
    for statement, expected in [
        ("Se registraron 29 mil 675 víctimas de homicidio doloso el año pasado.", "homicidios"),
        ("La Guardia Nacional mandó 1,500 elementos a Sinaloa.", "guardia"),
    ]:
        best = desk.search(statement, top=1)[0]
        assert best.claim.id == expected and best.score >= desk.threshold, (statement, best)


STARTER_SET = Path(__file__).parent / "fixtures" / "starter_spanish.tsv"


@pytest.fixture(scope="module")
def starter() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(Path(__file__).parent.parent / "claims.yaml").claims, use_cache=False)


@pytest.mark.parametrize(("expected", "statement"), tsv_cases(STARTER_SET, "ok"))
def test_the_starter_file_answers_spanish_statements(starter: LexicalMatcher, expected: str, statement: str) -> None:
    # the starter claims most likely typed in Spanish have a Spanish alias, as a Mexican newsroom words them
    shown = [match.claim.id for match in starter.search(statement) if match.score >= starter.threshold]
    if expected == "-":
        assert shown == []
    else:
        assert expected in shown


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # "gringos" is how a Mexican reader types "estadounidenses": it found nothing (closest 0.2 and 0.0)
        ("Hay 10.000 soldados gringos en México", "us-troops-in-mexico-10000"),
        ("Nunca ha habido soldados gringos en México", "there-are-us-troops-in-mexico"),
        # and a statement of another thing with the word is still no match of a claim on US troops
        ("Hay turistas gringos en Cancún", None),
        ("Los gringos son muy amables", None),
        ("Las gringas de pastor cuestan 60 pesos", None),  # a taco in Mexico City
        # so "gringa(s)" is no American: these were shown verdicts on US troops (0.85, 0.94)
        ("Hay gringas de pastor en México", None),
        ("Hay 10 mil gringas vendidas en México", None),
    ],
)
def test_gringos_are_us_troops_owners_in_a_spanish_statement(
    starter: LexicalMatcher, statement: str, expected: str | None
) -> None:
    shown = [match.claim.id for match in starter.search(statement) if match.score >= starter.threshold]
    assert (shown[:1] == [expected]) if expected else shown == []


@pytest.mark.parametrize(
    ("statement", "not_shown"),
    [
        ("The US Senate approved 155 Marines going to Mexico", "mar-2025-155-us-marines-fenix-exercise"),
        ("Over 10,000 Mexican soldiers are deployed in the United States", "us-troops-in-mexico-10000"),
    ],
)
def test_a_spanish_alias_leaves_the_checks_of_an_english_statement_as_they_were(
    starter: LexicalMatcher, statement: str, not_shown: str
) -> None:
    # the checks of whose and where read the English wordings: "El Senado aprobó la entrada de 155 marines
    # estadounidenses" names no Mexico to set against "US Senate", and its lower-case "estadounidenses" made "usa"
    # an ordinary word of the claim, no name for another_owner to compare
    shown = [match.claim.id for match in starter.search(statement) if match.score >= starter.threshold]
    assert not_shown not in shown


@pytest.mark.parametrize(
    ("statement", "soldiers"),
    [
        ("Hay militares estadounidenses en México", "Hay soldados estadounidenses en México"),
        ("Los militares de EU entrenan a la Marina", "Los soldados de EU entrenan a la Marina"),
        ("El Senado autorizó a 10 militares de Estados Unidos", "El Senado autorizó a 10 soldados de Estados Unidos"),
    ],
)
def test_military_personnel_in_spanish_are_soldiers(statement: str, soldiers: str) -> None:
    # read apart, "militares" was no word for the troops the claims are about: "Hay militares estadounidenses en
    # México" was shown the claim of 10,000 troops first (0.95)
    assert terms(statement) == terms(soldiers)


@pytest.mark.parametrize("adjective", ["La cooperación es militar", "La ayuda fue militar y económica"])
def test_military_after_to_be_or_and_in_spanish_is_no_soldier(adjective: str) -> None:
    # after a function word "militar" was read as soldiers, also where it says what a thing is
    assert "trop" not in terms(adjective)


def test_a_military_thing_in_spanish_is_no_soldier() -> None:
    # after a noun, "militar(es)" is an adjective: US military bases are no US soldiers
    assert "trop" not in terms("Hay bases militares estadounidenses en México")
    assert "trop" not in terms("La cooperación militar con Estados Unidos creció")


@pytest.mark.parametrize(
    "statement",
    ["Hay tropas estadounidenses en México", "Hay militares estadounidenses en México", "Hay soldados de EU en México"],
)
def test_a_spanish_statement_without_a_number_is_not_the_claim_of_a_number(
    starter: LexicalMatcher, statement: str
) -> None:
    # shown "There are more than 10,000 US troops deployed in Mexico" (FALSE) at 0.99 beside the claim worded as
    # it, "There are US troops in Mexico" (its Spanish alias): the few claims with a Spanish wording made a thin
    # crowd for the 10,000 claim to stand out of.  The English statement scored it 0.08
    found = starter.search(statement)
    assert found[0].claim.id == "there-are-us-troops-in-mexico"
    assert "us-troops-in-mexico-10000" not in [m.claim.id for m in found if m.score >= starter.threshold]


def test_a_claim_holding_the_statements_words_in_a_fact_of_its_own_is_no_match(starter: LexicalMatcher) -> None:
    # shown "Mexico's president turned down Trump's offer to send the US Army into Mexico to fight cartels" at 0.57
    # beside its own claim (1.00), by the words it shares with that claim's Spanish alias, 28 % of them
    found = starter.search("Hay tropas estadounidenses en México")
    assert found[0].claim.id == "there-are-us-troops-in-mexico"
    assert [m.claim.id for m in found if m.score >= starter.threshold] == ["there-are-us-troops-in-mexico"]


def test_a_spanish_statement_of_the_number_is_still_the_claim_of_the_number(starter: LexicalMatcher) -> None:
    found = starter.search("Hay diez mil militares estadounidenses en México")
    assert found[0].claim.id == "us-troops-in-mexico-10000" and found[0].score >= starter.threshold


@pytest.mark.parametrize(
    "statement", ["Há tropas mexicanas nos Estados Unidos", "Tropas mexicanas estão nos Estados Unidos"]
)
def test_a_portuguese_statement_of_mexican_troops_in_the_us_is_not_us_troops_in_mexico(
    starter: LexicalMatcher, statement: str
) -> None:
    # "Há tropas mexicanas nos Estados Unidos" was shown "There are US troops in Mexico" (MISLEADING) at 0.95, where
    # the Spanish "Hay tropas mexicanas en Estados Unidos" is held back: its "nos" put the troops nowhere
    assert not [m.claim.id for m in starter.search(statement) if m.score >= starter.threshold]


def test_a_portuguese_statement_of_mexicos_troops_at_the_border_is_not_us_troops_in_mexico(
    starter: LexicalMatcher,
) -> None:
    # shown "There are more than 10,000 US troops deployed in Mexico" (FALSE) at 0.87: with none of Portuguese's marker
    # words it was read as Spanish, and "enviou" was no verb of sending, so Mexico sent no troops of its own; as the
    # Spanish "México envió 10 mil soldados a la frontera", it is held back (the file's claim of Mexico's troops has
    # no Spanish wording to find it by)
    for statement in ("O México enviou 10 mil soldados para a fronteira", "México envió 10 mil soldados a la frontera"):
        shown = [m.claim.id for m in starter.search(statement) if m.score >= starter.threshold]
        assert "us-troops-in-mexico-10000" not in shown


def test_a_portuguese_statement_of_us_troops_in_mexico_is_still_the_claim(starter: LexicalMatcher) -> None:
    found = starter.search("Há 10 mil soldados americanos no México")
    assert found[0].claim.id == "us-troops-in-mexico-10000" and found[0].score >= starter.threshold
    found = starter.search("Há tropas dos Estados Unidos no México")
    assert found[0].claim.id == "there-are-us-troops-in-mexico" and found[0].score >= starter.threshold


@pytest.mark.parametrize(
    ("portuguese", "not_portuguese"),
    [
        # a present's plural in "-êm" (Spanish "mantienen"; French's "ê" ends no word), beside Spanish's own verb
        ("Os EUA mantêm tropas no México", "Los EUA mantienen tropas en México, no en Texas"),
        ("As vacinas contêm chips", "Les vaccins ne contiennent même pas de puce"),
        # "dos" ("of the") before "EUA" or "Estados Unidos", beside Spanish's "dos" (two) and a name's "dos"
        ("Soldados dos EUA no México", "Dos soldados de EUA no están en México"),
        ("Tropas dos Estados Unidos no México", "La solución de dos Estados no avanza"),
        ("Tropas dos Estados Unidos no México", "José dos Santos says no US troops are in Mexico"),
        # "nos" ("in the") before a name, beside Spanish's "nos" ("us") before a verb written with a capital
        ("Tropas mexicanas nos Estados Unidos", "Dios nos Libre de las tropas, no las queremos"),
        ("Tropas mexicanas nos EUA", "Nos dijeron que no hay tropas en México"),
        # "do" before a name is no English word ("O governo do México"); English's "do" still is one
        ("O governo do México enviou 10 mil soldados", "How do Americans feel? No US troops in Mexico"),
    ],
)
def test_portuguese_with_none_of_its_marker_words_is_told_from_spanish(portuguese: str, not_portuguese: str) -> None:
    # read as English or Spanish, the Portuguese "no" ("in the": "no México") was a denial: "Os EUA mantêm tropas no
    # México" was noted as saying the opposite of "There are US troops in Mexico"
    assert reads_portuguese(portuguese)
    assert reads_portuguese(unicodedata.normalize("NFD", portuguese))  # accents typed decomposed
    assert not reads_portuguese(not_portuguese)


@pytest.mark.parametrize(
    "portuguese",
    [
        "As vacinas contêm chips",  # a verb's "-êm" alone
        "Tropas vêm do México",  # "vêm" alone
        "Os EUA no México",  # "Os EUA" alone
        "Exercícios militares com os EUA no México",  # "os" before a country's name alone
        "Tropas mexicanas nos Estados Unidos",  # "nos" before one
        "Tropas mexicanas nos USA",  # a name of ``COUNTRY_NAMES``
    ],
)
def test_one_sign_of_portuguese_alone_reads_portuguese(portuguese: str) -> None:
    assert reads_portuguese(portuguese)
    assert reads_portuguese(unicodedata.normalize("NFD", portuguese))


@pytest.mark.parametrize(
    "text",
    [
        # Spanish's "nos" ("us") before a verb or a noun written with a capital, a headline's: no country's name
        "Dios nos Libre de tropas",
        "Estados Unidos no enviará tropas a México, nos DIJERON",
        "Monterrey no se quedará sin agua potable, nos Promete Samuel García",
        # French's "nos" ("our")
        "Plus de 10 000 soldats de nos Forces Armées sont au Mexique",
        # Spanish's "dos" ("two") before a name
        "Trump no manda dos Marines a México",
        # "Os EUA" is one Portuguese word, not one and an article: one Spanish word ("en") holds against it
        "Os EUA no tienen tropas en México",
        # a Spanish past plural ("mandaron"; Portuguese "mandaram") against "os EUA"
        "No, os EUA no mandaron tropas a México",
        # Vietnamese words ending in "êm"
        "Mỹ gửi thêm 10.000 quân tới Mexico",
        "Không có lính Mỹ ở Mexico đêm qua",
    ],
)
def test_a_text_with_a_word_like_a_sign_of_portuguese_is_not_read_as_portuguese(text: str) -> None:
    # read as Portuguese, a Spanish text's "no" was no denial: "Estados Unidos no enviará tropas a México, nos
    # DIJERON" was noted as saying what "There are US troops in Mexico" says (0.96)
    assert not reads_portuguese(text)
    assert not reads_portuguese(unicodedata.normalize("NFD", text))


@pytest.fixture(scope="module")
def news() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(NEWS).claims, use_cache=False)


@pytest.mark.parametrize(
    ("file", "claim", "denial"),
    [
        ("starter", "there-are-us-troops-in-mexico", "Estados Unidos no enviará tropas a México, nos DIJERON"),
        ("starter", "us-troops-in-mexico-10000", "Tropas estadounidenses no están dentro de México, nos DICEN"),
        ("starter", "there-are-us-troops-in-mexico", "Os EUA no tienen tropas en México"),
        ("starter", "there-are-us-troops-in-mexico", "No, os EUA no mandaron tropas a México"),
        ("news", "gasolina-magna-25-pesos", "Gasolina Magna no cuesta más de 25 pesos, nos DICEN"),
        ("news", "monterrey-sin-agua", "Monterrey no se quedará sin agua potable este verano, nos ASEGURAN"),
        ("news", "monterrey-sin-agua", "Monterrey no se quedará sin agua potable, nos Promete Samuel García"),
        ("news", "monterrey-sin-agua", "Monterrey no se quedará sin agua potable, Dios nos Libre"),
        ("news", "vacuna-covid-microchip", "Vacunas contra covid no contienen microchip, nos DICEN"),
        ("news", "vacuna-covid-microchip", "Covid: vacunas no contienen microchip, nos Aseguran Expertos"),
    ],
)
def test_a_spanish_denial_with_a_word_like_a_sign_of_portuguese_still_denies(
    request: pytest.FixtureRequest, file: str, claim: str, denial: str
) -> None:
    # noted 'same' (0.96, 0.66, 0.81, 0.60 on the starter file): "nos" before a word with a capital, "Os EUA"
    # counted twice or "os EUA" with no Spanish word against it made the text Portuguese, whose "no" is "in the"
    matcher: LexicalMatcher = request.getfixturevalue(file)
    assert [m.polarity for m in matcher.search(denial) if m.claim.id == claim] == ["opposite"]


@pytest.mark.parametrize(
    ("statement", "denial"),
    [
        ("Os EUA mantêm tropas no México", "No hay tropas de EE. UU. en México"),
        ("Soldados dos EUA no México", "EE.UU. no envió tropas a México"),
        ("Tropas dos Estados Unidos no México", "No hay tropas de EUA en México"),
    ],
)
def test_a_portuguese_statement_of_us_troops_in_mexico_says_the_claim_and_a_spanish_denial_denies_it(
    starter: LexicalMatcher, statement: str, denial: str
) -> None:
    # noted 'opposite' of "There are US troops in Mexico" (0.63, 0.60, 0.98): "no México" read as "not Mexico"
    claim = "there-are-us-troops-in-mexico"
    assert [m.polarity for m in starter.search(statement) if m.claim.id == claim] == ["same"]
    assert [m.polarity for m in starter.search(denial) if m.claim.id == claim] == ["opposite"]


@pytest.mark.parametrize(
    "statement",
    [
        "O governo do México enviou 10 mil soldados",
        "O governo mexicano enviou 10 mil soldados",
        "A presidente do México enviou 10 mil soldados",
    ],
)
def test_a_portuguese_statement_of_the_mexican_government_sending_troops_is_not_us_troops_in_mexico(
    starter: LexicalMatcher, statement: str
) -> None:
    # shown "There are more than 10,000 US troops deployed in Mexico" (FALSE) at 0.90, 0.83, 0.86: read as English
    # (its "do") or with "governo" as its sender, the troops were no one's; held back as "O México enviou 10 mil
    # soldados para a fronteira" and "El gobierno de México envió 10 mil soldados a la frontera" are
    assert not [m.claim.id for m in starter.search(statement) if m.score >= starter.threshold]


#: a desk with both claims of 10,000 troops worded in Spanish: Mexico's sent to its border, and US troops in Mexico
SENDERS_DESK = [
    Claim(
        id="us-troops-10000",
        claim="There are more than 10,000 US troops deployed in Mexico.",
        verdict=Verdict.FALSE,
        summary="The 10,000 troops were sent to the US side of the border, not into Mexico.",
        aliases=("Hay más de 10 mil soldados estadounidenses desplegados en México",),
    ),
    Claim(
        id="mexico-sent-10000",
        claim="Mexico deployed 10,000 of its own troops to the US border in February 2025.",
        verdict=Verdict.TRUE,
        summary="Sheinbaum sent the National Guard to Mexico's northern border for a pause on US tariffs.",
        aliases=("México desplegó 10 mil elementos de la Guardia Nacional en la frontera norte en febrero de 2025",),
    ),
    Claim(
        id="marines",
        claim="El Senado aprobó el ingreso de 155 marines de Estados Unidos para un ejercicio de entrenamiento",
        verdict=Verdict.TRUE,
    ),
    Claim(
        id="cartels",
        claim="Estados Unidos designó a los cárteles mexicanos como organizaciones terroristas",
        verdict=Verdict.TRUE,
    ),
]


@pytest.fixture(scope="module")
def senders_desk() -> LexicalMatcher:
    return LexicalMatcher(SENDERS_DESK, use_cache=False)


@pytest.mark.parametrize(
    ("statement", "expected", "not_shown"),
    [
        # the sender's troops are its own, as "Mexico's troops" are: Mexico's at the border are no US troops in Mexico
        ("México envió 10,000 soldados a la frontera", "mexico-sent-10000", "us-troops-10000"),
        ("México mandó 10 mil militares a la frontera con Estados Unidos", "mexico-sent-10000", "us-troops-10000"),
        ("México desplegó a 10 mil elementos en la frontera", "mexico-sent-10000", "us-troops-10000"),
        ("México movilizó 10 mil tropas hacia la frontera norte", "mexico-sent-10000", "us-troops-10000"),
        # and the US sending its troops into Mexico is not Mexico's deployment at the border
        ("EE. UU. envió 10 mil soldados a México", "us-troops-10000", "mexico-sent-10000"),
        # the claim's only Spanish wording names no country for its border ("en la frontera norte"): whose troops it
        # sends where is read in its English one, as for an English statement (these were 0.53, shown)
        ("EE. UU. envió 10.000 soldados a México", "us-troops-10000", "mexico-sent-10000"),
        ("Estados Unidos envió tropas a la frontera con México", "us-troops-10000", "mexico-sent-10000"),
        # Portuguese, read as Spanish, with its own verbs of sending and article before the sender ("O México
        # enviou" sent nothing, and was shown "There are more than 10,000 US troops deployed in Mexico" at 0.97)
        ("O México enviou 10 mil soldados para a fronteira", "mexico-sent-10000", "us-troops-10000"),
        ("O México mandou 10 mil militares para a fronteira com os EUA", "mexico-sent-10000", "us-troops-10000"),
        ("Os EUA enviaram 10 mil soldados ao México", "us-troops-10000", "mexico-sent-10000"),
        # a government sends as its country ("O governo do México" sent nothing, and was shown "There are more than
        # 10,000 US troops deployed in Mexico" first, at 0.94)
        ("O governo do México enviou 10 mil soldados para a fronteira", "mexico-sent-10000", "us-troops-10000"),
        # English, as it was read before
        ("Mexico sent 10,000 soldiers to the border", "mexico-sent-10000", "us-troops-10000"),
        ("Mexico moved 10,000 soldiers to the US border", "mexico-sent-10000", "us-troops-10000"),
        ("The United States sent 10,000 troops into Mexico", "us-troops-10000", "mexico-sent-10000"),
    ],
)
def test_who_sends_the_troops_owns_them(
    senders_desk: LexicalMatcher, statement: str, expected: str, not_shown: str
) -> None:
    # "México envió 10,000 soldados a la frontera" was shown the starter's "There are more than 10,000 US troops
    # deployed in Mexico" (FALSE) at 0.78 by its Spanish alias, which opens with no actor the English checks read
    # ("Hay más de 10 mil soldados ..."); the verbs of sending, the troops' words, the border "con Estados Unidos" and
    # "Estados Unidos" as one actor were read in English only
    shown = [match.claim.id for match in senders_desk.search(statement) if match.score >= senders_desk.threshold]
    assert shown[:1] == [expected]
    assert not_shown not in shown


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("México envió 10,000 soldados a la frontera", {"trop"}),
        ("México envió a 10 mil militares a la frontera", {"trop"}),  # the personal "a" before those sent
        ("México envió a la frontera 10 mil soldados", set()),  # the "a" of where they go
        ("México envió 10 mil migrantes a la frontera", {"migrant"}),
        ("10 mil soldados fueron enviados a la frontera", {"trop"}),
        # Portuguese: its verbs, and its "no", "ao", "com" end what is sent as Spanish's "en", "a", "con" do
        ("O México enviou 10 mil soldados para a fronteira", {"trop"}),
        ("Os EUA mandam soldados no México", {"trop"}),
        ("Os EUA enviaram 10 mil soldados ao México", {"trop"}),
        ("O México mandou 10 mil militares com armas", {"trop"}),
    ],
)
def test_what_a_spanish_verb_of_sending_sends(text: str, sent: set[str]) -> None:
    assert _sent(text) == (frozenset(sent),)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("México envió 10,000 soldados a la frontera", "mexico"),
        ("Estados Unidos desplegó 10,000 tropas en México", "usa"),
        ("EE. UU. envió soldados", "usa"),
        ("The United States sent 10,000 troops into Mexico", "usa"),
        # Portuguese's article before the name ("Os EUA" was read as "os", no name)
        ("O México enviou 10 mil soldados para a fronteira", "mexico"),
        ("Os EUA mandam soldados no México", "usa"),
        ("Os Estados Unidos enviaram 10 mil soldados ao México", "usa"),
    ],
)
def test_a_sender_of_several_words_owns_what_it_sends(text: str, owner: str) -> None:
    # "Estados Unidos" and "The United States" were read by their first word ("estado", "unit"), no name
    assert _opening_term(text) == owner
    assert owner in {name for name, _ in _senders(text, {"usa", "mexico"})}


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("Estados Unidos envió 19 Navy SEALs a México en 2026", "feb-2026-senate-approves-19-navy-seals"),
        ("Estados Unidos envió marines a México", "mar-2025-155-us-marines-fenix-exercise"),
    ],
)
def test_an_actor_of_the_claims_english_wordings_named_in_a_spanish_statement_is_no_other_actor(
    starter: LexicalMatcher, statement: str, expected: str
) -> None:
    # the claim's only Spanish wording opens with "El Senado", which the statement lacks: read as another actor
    # than the US, the statement found nothing (0.999 -> 0.20), while the English "The United States sent 19 Navy
    # SEALs to Mexico in 2026" passed by the alias "Mexico approved 19 US Navy SEALs ...", whose Mexico it names
    best = starter.search(statement, top=1)[0]
    assert best.claim.id == expected and best.score >= starter.threshold


def test_an_actor_the_claims_other_wordings_name_too_is_still_another_actor(starter: LexicalMatcher) -> None:
    # "Sheinbaum rechazó la oferta de Trump de enviar tropas estadounidenses a México" opens with Sheinbaum, whom the
    # English aliases name too: the US sending soldiers is not her refusal, whatever "Mexico rejected ..." opens with
    shown = [
        m.claim.id for m in starter.search("EE. UU. envió 10 mil soldados a México") if m.score >= starter.threshold
    ]
    assert "sheinbaum-rejected-trump-troop-offer" not in shown


@pytest.mark.parametrize(
    "statement",
    [
        "El gobierno de México envió 10 mil soldados a la frontera",
        "El gobierno mexicano envió 10 mil soldados a la frontera",
        "Mexico sent 10,000 soldiers to the border with the United States",
        "The government of Mexico sent 10,000 soldiers to the border",
    ],
)
def test_a_countrys_government_sends_its_troops_and_a_border_with_a_country_is_a_place(
    starter: LexicalMatcher, statement: str
) -> None:
    # shown as "There are more than 10,000 US troops deployed in Mexico" (FALSE) at 0.67, 0.62, 0.93 (first, above
    # the claim it is) and 0.65: "gobierno" and "government" were read as no sender, and the English "border with
    # the United States" as no place
    shown = [m.claim.id for m in starter.search(statement) if m.score >= starter.threshold]
    assert "us-troops-in-mexico-10000" not in shown


@pytest.mark.parametrize(
    "text",
    [
        "El gobierno de México envió 10 mil soldados a la frontera",
        "El gobierno mexicano envió 10 mil soldados a la frontera",
        "The Mexican government sent 10,000 soldiers to the border",
        "Mexico's government sent 10,000 soldiers to the border",
        "The government of Mexico sent 10,000 soldiers to the border",
    ],
)
def test_a_countrys_government_is_the_country_as_a_sender(text: str) -> None:
    assert {name for name, _ in _senders(text, {"usa", "mexico"})} == {"mexico"}


@pytest.mark.parametrize(
    ("opening", "country"),
    [
        (["government", "of", "Mexico"], ["Mexico"]),
        (["gobierno", "de", "México"], ["México"]),
        (["gobierno", "del", "Perú"], ["Perú"]),
        (["governo", "do", "México"], ["México"]),
        (["governo", "da", "Venezuela"], ["Venezuela"]),
    ],
    ids=["of", "de", "del", "do", "da"],
)
def test_a_governments_link_to_its_country_is_left_out_with_it(opening: list[str], country: list[str]) -> None:
    # all but "da" are stop words the sender's terms drop as well: "do" is English's
    assert _as_its_country(opening) == country


def test_a_portuguese_government_of_a_country_named_in_the_feminine_sends_as_it() -> None:
    # "O governo da Venezuela" sent nothing: its sender was read as "da venezuela", no one term
    sent = _sending_of_troops("O governo da Venezuela enviou 10 mil soldados para a fronteira")
    assert sent is not None and sent == _sending_of_troops("A Venezuela enviou 10 mil soldados para a fronteira")


@pytest.mark.parametrize(
    ("text", "sendings"),
    [
        ("Mandos militares de Estados Unidos visitaron México", 0),  # commanders
        ("El mando militar de Estados Unidos visitó México", 0),  # the command
        ("Los altos mandos enviaron 10 mil soldados a la frontera", 1),  # "enviaron" sends, "mandos" not
        ("México mandó 10 mil militares a la frontera", 1),
        ("Mexico mando 10 mil militares a la frontera", 1),  # "mandó" typed without its accent
    ],
)
def test_the_noun_mando_sends_nothing(text: str, sendings: int) -> None:
    # "mando", "mandos" fold and stem as "mandó" does ("mand")
    assert len(_sendings(text)) == sendings


@pytest.mark.parametrize(
    "text",
    [
        "La presidenta de México envió 10 mil soldados a la frontera",
        "El presidente de México envió 10 mil soldados a la frontera",
        "Mexico's president sent 10,000 soldiers to the border",
        "The Mexican president sent 10,000 soldiers to the border",
    ],
)
def test_a_countrys_president_is_the_country_as_a_sender(text: str) -> None:
    # "la presidenta de México" was no sender: her troops were no one's
    assert {name for name, _ in _senders(text, {"usa", "mexico"})} == {"mexico"}


def test_the_knowledge_base_says_who_sends_troops_for_a_country(starter: LexicalMatcher) -> None:
    # mexico-sent-10000-national-guard-to-border: "Mexico deployed 10,000 of its own troops ..." and "Sheinbaum
    # deployed 10,000 soldiers to Mexico's northern border ..."; Mexico is a place of the file, Sheinbaum none
    assert substitution._stand_ins([(claim.claim, *claim.aliases) for claim in starter.claims]) == {
        "sheinbaum": "mexico"
    }
    assert {name for name, _ in _senders("Sheinbaum envió 10 mil soldados a la frontera", {"usa", "mexico"})} == set()
    sent = substitution._senders(
        "Sheinbaum envió 10 mil soldados a la frontera", {"usa", "mexico"}, {"sheinbaum": "mexico"}
    )
    assert {name for name, _ in sent} == {"mexico"}


def test_a_name_sending_troops_for_two_countries_sends_for_neither() -> None:
    wordings = [
        ("Mexico sent 10,000 troops to the US border", "Garcia sent 10,000 troops to Mexico's northern border"),
        ("The US sent 500 troops into Mexico", "Garcia sent 500 troops into Mexico"),
    ]
    assert substitution._stand_ins(wordings) == {}
    assert substitution._stand_ins(wordings[:1]) == {"garcia": "mexico"}


@pytest.mark.parametrize(
    "statement",
    [
        "Sheinbaum desplegó 10 mil elementos en la frontera",
        "La presidenta de México envió 10 mil soldados a la frontera",
        "El presidente de México envió 10 mil soldados a la frontera",
        "Sheinbaum sent 10,000 soldiers to the border",
        "Sheinbaum deployed 10,000 troops to the US border",
    ],
)
def test_troops_mexicos_president_sends_are_no_us_troops_in_mexico(starter: LexicalMatcher, statement: str) -> None:
    # shown as "There are more than 10,000 US troops deployed in Mexico" (FALSE) at 0.50, 0.73, 0.73, 0.80 and 0.93
    # (the English two second, below the claim they are)
    shown = [m.claim.id for m in starter.search(statement) if m.score >= starter.threshold]
    assert "us-troops-in-mexico-10000" not in shown


@pytest.mark.parametrize(
    "text",
    [
        "Mexico moves 10,000 soldiers to the border",
        "Mexico relocated its marines to the border",
        "The US mobilised reservists for the border",
        "Los gobiernos enviaron 10 mil militares a la frontera",
        "México desplegará 10 mil elementos en la frontera",
        "Sheinbaum movilizó a la Guardia Nacional",
        "EE. UU. trasladó tropas a Texas",
    ],
)
def test_a_text_sending_troops_is_read_whatever_the_form_of_its_words(text: str) -> None:
    # _stand_ins stems only a text holding the beginning of a verb of sending and of a word for troops
    found = substitution._troops_sent_by(text)
    assert found is not None and found == substitution._sending_of_troops(own_words(text))


@pytest.mark.parametrize(
    "statement",
    [
        "Sheinbaum rechazó la oferta de Trump de enviar tropas, dijo el senador Ricardo Monreal",
        "El Senado aprobó la entrada de 155 marines de EU, según el ministro de Defensa",
    ],
)
def test_who_said_a_spanish_statement_is_not_read_as_misspelt(starter: LexicalMatcher, statement: str) -> None:
    # "senador" was read as the file's "senado", "ministro" as "ministry": no longer who said it, the name after it
    # capped the match at 0.2 (review17)
    assert starter.search(statement)[0].score >= starter.threshold


#: statements whose accents are written as a letter and a combining mark (NFD), as a macOS file name or a PDF may
#: hold them: "Trump envía tropas" is Spanish by its "envía" alone, "L'armée ... quitté" by "armée" and "quitté"
_DECOMPOSED = ["Trump envía tropas a México", "EU envía soldados a Mexico", "L'armée française a quitté le Niger"]


@pytest.mark.parametrize("statement", _DECOMPOSED)
def test_a_statement_with_decomposed_accents_is_read_in_the_language_of_its_composed_form(statement: str) -> None:
    decomposed = unicodedata.normalize("NFD", statement)
    assert decomposed != statement
    assert is_spanish(decomposed) == is_spanish(statement)
    assert terms(decomposed) == terms(statement)


@pytest.mark.parametrize("statement", _DECOMPOSED[:2])
def test_a_statement_with_decomposed_accents_finds_what_its_composed_form_finds(
    starter: LexicalMatcher, statement: str
) -> None:
    # "EU envía soldados a Mexico" was a possible match of the claim of 10,000 troops composed (0.60) and no
    # match decomposed (0.30): read as English, "envi" and "soldado" were no terms of the Spanish aliases
    composed = [(m.claim.id, round(m.score, 3)) for m in starter.search(statement, top=3)]
    nfd = unicodedata.normalize("NFD", statement)
    decomposed = [(m.claim.id, round(m.score, 3)) for m in starter.search(nfd, top=3)]
    assert decomposed == composed


@pytest.mark.parametrize(
    ("text", "number_terms"),
    [
        # Portuguese's "dos" (of the), in a text read as Spanish, was the number 2 (lang55)
        ("O litro da gasolina passou dos sete reais", set()),
        ("Trump enviou tropas dos Estados Unidos ao México", set()),
        # Spanish's "dos" is still two
        ("Hay dos mil soldados en México", {"2000"}),
        ("Hay tropas de los Estados Unidos en México y dos bases", {"2"}),
    ],
)
def test_a_portuguese_dos_is_no_number(text: str, number_terms: set[str]) -> None:
    assert {term for term in terms(text) if term.isdigit()} == number_terms


def test_only_a_spanish_text_with_dos_is_asked_whether_it_reads_portuguese(monkeypatch: pytest.MonkeyPatch) -> None:
    # reads_portuguese reads each word: asked of every Spanish text, it was a tenth of normalize's time (lang55)
    asked: list[str] = []
    reads_portuguese = text_module.reads_portuguese
    monkeypatch.setattr(text_module, "reads_portuguese", lambda text: asked.append(text) or reads_portuguese(text))
    assert "2" not in normalize("Los soldados de todos los países", Language.SPANISH)
    assert asked == []
    assert "2" not in normalize("O litro da gasolina passou dos sete reais", Language.SPANISH)
    assert asked == ["O litro da gasolina passou dos sete reais"]
    assert "2" in normalize("Hay dos bases en México", Language.SPANISH)


def test_a_portuguese_statement_with_dos_finds_its_claim() -> None:
    # "dos" read as 2 capped the claim at 0.2 (a number the claim does not say)
    claim = Claim(id="gasolina", claim="O preço da gasolina passou de 7 reais o litro", verdict=Verdict.FALSE)
    matcher = LexicalMatcher([claim], use_cache=False)
    (match,) = matcher.search("O litro da gasolina passou dos sete reais", top=1)
    assert match.score > 0.9
