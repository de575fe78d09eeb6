"""Italian statements against an Italian claims file (an Italian desk, as Pagella Politica or Facta).

tests/fixtures/italian_desk.yaml holds invented Italian claims, with no sources, for the matcher only.  Before
Italian was told from English and Spanish, an Italian text was read as English or as Spanish by chance (by its
"la", "una", "con", an accent), so a statement and its claim were stemmed by different stemmers: "I vaccini anti
Covid contengono microchip" found nothing (0.20), and "Nel 2023 sono sbarcati oltre 157.000 migranti in Italia"
was shown the FALSE claim that landings doubled in 2024 (0.53) instead of its own.  Its negations were not read:
"Gli sbarchi non sono raddoppiati nel 2024" was shown that FALSE claim with no note that it says the opposite.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sentences_of import one_block
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.lexical import LexicalMatcher
from factcheck.matching import find_matches
from factcheck.model import Claim, Verdict
from factcheck.polarity import OPPOSITE, SAME, negation_count, polarity
from factcheck.ratings import RatingMap
from factcheck.store import load_knowledge_base
from factcheck.text import Language, is_spanish, reads_italian, reads_portuguese, terms, text_language

DESK = Path(__file__).parent / "fixtures" / "italian_desk.yaml"
STARTER = Path(__file__).parent.parent / "claims.yaml"


@pytest.fixture(scope="module")
def desk() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(DESK).claims, use_cache=False)


def shown(desk: LexicalMatcher, statement: str) -> list[str]:
    return [match.claim.id for match in desk.search(statement) if match.score >= desk.threshold]


@pytest.mark.parametrize(
    ("expected", "statement"),
    [
        ("sbarchi-2023-157mila", "Nel 2023 sono sbarcati oltre 157.000 migranti in Italia"),
        ("sbarchi-2023-157mila", "Nel 2023 sono arrivati in Italia più di 157mila migranti"),
        ("vaccini-covid-microchip", "I vaccini contro il Covid contengono microchip"),
        ("vaccini-autismo", "Il vaccino MPR provoca autismo"),
        ("disoccupazione-giovanile-20", "La disoccupazione giovanile è al 20%"),
    ],
)
def test_an_italian_statement_finds_its_italian_claim(desk: LexicalMatcher, expected: str, statement: str) -> None:
    assert shown(desk, statement)[:1] == [expected]


# Guards (these held before too): reading Italian as Italian must leave unrelated statements silent, and other
# languages as they were read.
@pytest.mark.parametrize(
    "statement",
    [
        "Il Milan ha vinto lo scudetto",
        "Il ponte sullo Stretto costerà 13 miliardi",
        "La Camera ha approvato la riforma della giustizia",
        "I vaccini sono obbligatori a scuola",
    ],
)
def test_an_italian_statement_of_nothing_in_the_file_is_shown_nothing(desk: LexicalMatcher, statement: str) -> None:
    assert shown(desk, statement) == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("I vaccini contro il Covid contengono microchip", "I vaccini contro il Covid-19 contengono un microchip."),
        ("Il vaccino MPR causa autismo", "Il vaccino trivalente MPR causa l'autismo nei bambini."),
        ("L'affluenza è scesa sotto il 50%", "Alle europee l'affluenza è scesa sotto il 50 per cento."),
    ],
)
def test_an_italian_statement_and_claim_are_read_alike(one: str, other: str) -> None:
    assert text_language(one) is text_language(other) is Language.ITALIAN
    assert set(terms(one)) <= set(terms(other))


@pytest.mark.parametrize(
    "italian",
    [
        "I vaccini anti Covid contengono microchip",  # no function word of its own but its verb's ending
        "Il vaccino MPR provoca autismo",
        "In Italia ci sono 500 mila irregolari",  # "in" is English too
        "Nessun vaccino contiene un microchip",
        "La disoccupazione giovanile è al 20%",  # "la", "al" are Spanish too
        "Perché il governo non ha fatto nulla?",
        "Sui social circolano voci false sui vaccini",  # Italian "sui" before another word than "generis"
    ],
)
def test_an_italian_text_reads_italian(italian: str) -> None:
    assert reads_italian(italian)


@pytest.mark.parametrize(
    "other",
    [
        "Hay tropas de Estados Unidos en México",
        "Trump envió 10 mil soldados a la frontera",
        "Il y a des soldats au Niger",
        "Les vaccins ne contiennent pas de puce",
        "Macron a parlé en mai 2025",
        "Há 10 mil soldados americanos no México",
        "La dolce vita is back in Rome",
        "Ponte della Libertà is closed",
        "Il Foglio says troops are in Mexico",
        "He was declared persona non grata in Mexico",
        "Che Guevara died in Bolivia",
        # lang38: Latin and Italian phrases English says: "Sui" (Italian "on the") opening the first was Italian
        "Sui generis data protection law passed",
        "A cappella group wins award",
        "Pasta al dente is healthier",
        "Lawyers work pro bono in Mexico",
        "GDP per capita rose in Mexico",
        "Ad hoc committee formed in Mexico",
        "The rule works vice versa",
    ],
)
def test_a_spanish_french_portuguese_or_english_text_does_not(other: str) -> None:
    assert not reads_italian(other)


def test_spanish_and_portuguese_are_read_as_before() -> None:
    assert is_spanish("Trump envió 10 mil soldados a la frontera")
    assert text_language("Hay tropas de Estados Unidos en México") is Language.SPANISH
    assert reads_portuguese("Há 10 mil soldados americanos no México")


@pytest.mark.parametrize("written", ["157 mila", "157mila"])
def test_italian_thousands_are_one_number(written: str) -> None:
    assert "157000" in terms(f"Sono sbarcati {written} migranti nel 2023")
    assert terms(f"Sono sbarcati {written} migranti") == terms("Sono sbarcati 157.000 migranti")


def test_half_a_million_is_a_number() -> None:
    assert "500000" in terms("In Italia ci sono mezzo milione di irregolari")
    assert "500000000" in terms("Il ponte costerà mezzo miliardo")


def test_italian_millions_with_a_decimal_comma() -> None:
    assert "1500000" in terms("Il reddito è andato a 1,5 milioni di famiglie")
    assert "2000000000" in terms("Il ponte costerà 2 miliardi")


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Gli sbarchi non sono raddoppiati nel 2024", "Gli sbarchi sono raddoppiati nel 2024 rispetto al 2023."),
        ("Nessun vaccino contiene un microchip", "I vaccini contro il Covid-19 contengono un microchip."),
        ("Il vaccino MPR non causa l'autismo", "Il vaccino trivalente MPR causa l'autismo nei bambini."),
        ("Non è vero che nel 2023 sono sbarcati 157 mila migranti", "Nel 2023 sono sbarcati 157 mila migranti."),
        ("È falso che nel 2023 sono sbarcati 157 mila migranti", "Nel 2023 sono sbarcati 157 mila migranti."),
        (
            "Né Meloni né Schlein hanno detto che le pensioni minime saliranno a mille euro",
            "Giorgia Meloni ha detto che le pensioni minime saliranno a mille euro.",
        ),
        # "non ... mai" denies once, as Spanish's concordant negation does
        (
            "Meloni non ha mai detto che le pensioni minime saliranno a mille euro",
            "Giorgia Meloni ha detto che le pensioni minime saliranno a mille euro.",
        ),
    ],
)
def test_an_italian_denial_is_noted_as_the_opposite(statement: str, claim: str) -> None:
    assert polarity(statement, claim) == OPPOSITE


def test_saying_no_to_something_is_a_refusal_not_a_denial() -> None:
    assert polarity("Gli italiani hanno detto no al nucleare", "Gli italiani hanno votato contro il nucleare.") == SAME


def test_not_only_denies_nothing() -> None:
    assert negation_count("Non solo i vaccini contengono microchip, ma anche i farmaci") == 0
    assert negation_count("I vaccini non contengono microchip") == 1


def test_non_and_mai_count_once_and_only_in_italian() -> None:
    assert negation_count("Meloni non ha mai detto che le pensioni saliranno") == 1
    assert negation_count("Nessun vaccino contiene un microchip") == 1
    assert negation_count("Non hanno votato né Meloni né Schlein") == 1
    assert negation_count("Non-profit groups say the troops are in Mexico") == 0


def test_a_negated_statement_is_shown_the_opposite_from_the_cli() -> None:
    result = CliRunner().invoke(
        app,
        ["check", "--kb", str(DESK), "--json", "--matcher", "lexical", "Gli sbarchi non sono raddoppiati nel 2024"],
    )
    assert result.exit_code == 0, result.output
    match = json.loads(result.stdout)["matches"][0]
    assert (match["id"], match["polarity"]) == ("sbarchi-raddoppiati-2024", "opposite")


@pytest.mark.parametrize(
    ("rating", "verdict"),
    [
        ("C'eri quasi", "mostly-true"),
        ("Nì", "mixed"),
        ("Pinocchio andante", "mostly-false"),
        ("Panzana pazzesca", "false"),
        ("Senza contesto", "misleading"),
        ("Vero (ma fuorviante)", None),  # a "true" taken back is no true
        ("Vero - ma senza contesto", None),
    ],
)
def test_italian_desks_ratings(rating: str, verdict: str | None) -> None:
    found = RatingMap().verdict_for(rating)
    assert (found.value if found is not None else None) == verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Il dott. Bianchi ha detto che gli sbarchi sono raddoppiati.",
        "I dati sono a pag. 4 del rapporto.",
        "Si veda il rapporto Istat, cfr. tabella 2.",
    ],
)
def test_an_italian_abbreviation_ends_no_sentence(sentence: str) -> None:
    assert one_block(sentence + " Va bene così.") == [sentence, "Va bene così."]


# Italian "mai" (ever), "nulla" (void), "niente" deny only after a "non" or opening a clause: "il numero più alto mai
# registrato" was noted as the opposite of the claim it confirms
@pytest.mark.parametrize(
    "text",
    [
        "Nel 2023 sono sbarcati 157 mila migranti, il numero più alto mai registrato",
        "Gli sbarchi sono al livello più basso mai visto",
        "Il 2024 è l'anno più caldo mai registrato in Italia",
        "La legge è nulla",
        "Più che mai",
    ],
)
def test_mai_and_nulla_after_a_word_deny_nothing(text: str) -> None:
    assert negation_count(text) == 0


def test_the_highest_number_ever_is_shown_its_claim_as_the_same(desk: LexicalMatcher) -> None:
    statement = "Nel 2023 sono sbarcati 157 mila migranti, il numero più alto mai registrato"
    # opening a clause or after a "non", they still deny (once)
    for denial in ("Mai detto", "Niente è cambiato", "Meloni non ha fatto niente", "Non ha detto nulla"):
        assert negation_count(denial) == 1, denial
    assert shown(desk, statement)[0] == "sbarchi-2023-157mila"
    assert polarity(statement, "Nel 2023 sono sbarcati in Italia oltre 157 mila migranti.") == SAME
    assert (
        polarity("Il 2024 è l'anno più caldo mai registrato in Italia", "Il 2024 è stato l'anno più caldo registrato.")
        == SAME
    )


# French and Portuguese were read as Italian by their grave accents ("à", "très", "mène") and a French "né" (born)
# or "mai" (May) counted as an Italian negation
@pytest.mark.parametrize(
    "other",
    [
        "Il est né à Paris",
        "Le vaccin mène à la mort",
        "Le gouvernement a menti à la population",
        "Il est très riche",
        "Il va à Rome",
        "Il a été condamné à 5 ans de prison",
        "Il pleut à Paris aujourd'hui.",
        "Le prix de la tortilla a baissé à 10 pesos le kilo",
        "Vacina leva à morte",
        "Bolsonaro foi à China",
        "O Brasil vai à guerra",
        "Lula disse não à reforma",
        "Falta de sono causa diabetes",
        "Eu dei 100 reais ao governo",
    ],
)
def test_a_french_or_portuguese_grave_accent_is_no_italian(other: str) -> None:
    assert not reads_italian(other)


def test_french_born_and_may_are_no_italian_negations() -> None:
    # Italian is still read by its final grave accents and "né ... né"
    assert reads_italian("La città è più grande")
    assert reads_italian("Non hanno votato né Meloni né Schlein")
    assert negation_count("Emmanuel Macron est né à Amiens.") == 0
    assert polarity("Macron n'est pas né à Amiens", "Emmanuel Macron est né à Amiens.") == OPPOSITE
    assert polarity("Il est né à Alger", "Éric Zemmour est né à Alger, en Algérie, en 1958 selon les archives.") == SAME
    assert (
        polarity(
            "Il est arrivé à Kiev en mai",
            "Emmanuel Macron est arrivé à Kiev en mai 2022 pour rencontrer les dirigeants ukrainiens.",
        )
        == SAME
    )


# "Mila" (a name) was read as an Italian thousand in any language
def test_an_italian_scale_is_read_only_in_an_italian_text_and_in_lower_case() -> None:
    assert "2010" in terms("In 2010 Mila Kunis starred in Black Swan")
    assert "2010000" not in terms("In 2010 Mila Kunis starred in Black Swan")
    assert "3000" not in terms("Season 3 Mila joined the cast")
    assert "157000" in terms("Nel 2023 sono sbarcati 157 mila migranti")


@pytest.mark.parametrize("rating", ["Verdadero: solo en parte", "True - Ma said so"])
def test_italian_contrast_words_take_back_no_other_languages_true(rating: str) -> None:
    found = RatingMap().verdict_for(rating)
    assert found is not None and found.value == "true"


def test_a_spanish_pag_ends_its_sentence() -> None:
    assert one_block("Y luego citó la pag. Luego dijo que no.") == ["Y luego citó la pag.", "Luego dijo que no."]


@pytest.mark.parametrize(
    "headline",
    [
        "Festa della Repubblica: Mexico's Senate must authorize foreign troops",
        "Children cannot catch COVID-19 says Giovanni della Rocca",
        "Ministero della Salute: vaccines contain microchips",
        "US troops in Mexico (Corriere della Sera)",
        "Università di Padova: 10,000 US soldiers in Mexico",
    ],
)
def test_an_english_headline_naming_an_italian_source_is_english(headline: str) -> None:
    # a word inside a name ("della" between capitalised words) is no Italian word: these were read as Italian,
    # stemmed so ("Mexico" as "mexic"), and lost their claims (0.98 -> 0.20 for the first on the starter file)
    assert not reads_italian(headline)


def test_the_starter_file_finds_the_claim_of_a_headline_with_an_italian_name() -> None:
    starter = LexicalMatcher(load_knowledge_base(STARTER).claims, use_cache=False)
    assert shown(starter, "Festa della Repubblica: Mexico's Senate must authorize foreign troops")


def test_hinglish_mila_is_no_italian_thousand() -> None:
    # "mila" is Hinglish for "got": "Har kisan ko 6000 mila" was read as Italian and its 6000 as 6000000
    assert not reads_italian("PM-Kisan se 2024 mein har farmer ko 6000 mila")
    assert "6000" in terms("Har kisan ko 6000 mila")
    assert "6000000" not in terms("Har kisan ko 6000 mila")
    assert "157000" in terms("Nel 2023 sono sbarcati 157 mila migranti")


# review43a: an Italian "non" between a noun and the adjective of a set compound names a thing, it denies nothing
# ("le organizzazioni non governative" are the NGOs); a "non" before a verb still denies
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        (
            "Le organizzazioni non governative hanno salvato 1.000 migranti nel 2023",
            "Le ONG hanno salvato 1.000 migranti nel 2023",
            SAME,
        ),
        ("I minori stranieri non accompagnati sono aumentati nel 2023", "I minori stranieri sono aumentati", SAME),
        ("I cittadini non comunitari sono il 10% della popolazione", "I cittadini extracomunitari sono il 10%", SAME),
        ("Gli enti non profit ricevono fondi pubblici", "Gli enti ricevono fondi pubblici", SAME),
        ("L'ambasciatore è persona non grata", "L'ambasciatore è persona sgradita", SAME),
        ("Gli anziani non autosufficienti sono 3 milioni", "Gli anziani sono 3 milioni", SAME),
        ("Il vaccino non causa l'autismo", "Il vaccino causa l'autismo", OPPOSITE),
        ("I migranti non sono aumentati", "I migranti sono aumentati", OPPOSITE),
        ("Il governo non ha aumentato le tasse", "Il governo ha aumentato le tasse", OPPOSITE),
    ],
)
def test_a_non_of_a_compound_denies_nothing(statement: str, claim: str, expected: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("Gli stranieri non comunitari commettono un terzo dei reati in Italia", ("immigrati-reati", "same")),
        (
            "Le organizzazioni non governative hanno fatto raddoppiare gli sbarchi nel 2024 rispetto al 2023",
            ("sbarchi-raddoppiati-2024", "same"),
        ),
    ],
)
def test_a_compound_with_non_is_shown_as_the_same_from_the_cli(statement: str, expected: tuple[str, str]) -> None:
    result = CliRunner().invoke(app, ["check", "--kb", str(DESK), "--json", "--matcher", "lexical", statement])
    assert result.exit_code == 0, result.output
    match = json.loads(result.stdout)["matches"][0]
    assert (match["id"], match["polarity"]) == expected


# review43a: "detto no al" refuses; "detto sì al", "approvato", "ratificato", "votato a favore" accept what it
# refuses, as English "said yes to" does
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        ("Salvini ha detto no al nucleare", "Salvini ha detto sì al nucleare", OPPOSITE),
        ("Il Parlamento ha detto no al Mes", "Il Parlamento ha approvato il Mes", OPPOSITE),
        ("Il Parlamento ha detto no al Mes", "Il Parlamento ha ratificato il Mes", OPPOSITE),
        ("Il Parlamento ha detto no al Mes", "Il Parlamento ha votato a favore del Mes", OPPOSITE),
        ("Il Parlamento ha detto no al Mes", "Il Parlamento non ha approvato il Mes", SAME),
    ],
)
def test_saying_no_is_the_opposite_of_saying_yes(statement: str, claim: str, expected: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


# review43a: "non più di 100", "non meno di 100" bound a number, as Spanish "no más de" does
@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        ("Non più di 100 migranti sono arrivati", "Sono arrivati migranti", SAME),
        ("Non meno di 100 migranti sono arrivati", "Sono arrivati 100 migranti", SAME),
        ("Non più di 100 migranti sono arrivati", "Sono arrivati 500 migranti", OPPOSITE),
    ],
)
def test_non_piu_di_bounds_a_number(statement: str, claim: str, expected: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


# review43a: "Mai così" (never so many) and "Niente di nuovo" closing its clause deny nothing
@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Mai così tanti occupati in Italia", "Ci sono tanti occupati in Italia"),
        ("L'inflazione in Italia è al 10%, mai così alta", "L'inflazione in Italia è al 10%"),
        ("Niente di nuovo: il governo ha aumentato le accise", "Il governo ha aumentato le accise"),
    ],
)
def test_mai_cosi_and_niente_di_nuovo_deny_nothing(statement: str, claim: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (SAME, SAME)
    assert negation_count("Mai detto che il vaccino causa l'autismo") == 1
    assert negation_count("Niente è cambiato nel 2023") == 1


def test_sui_generis_opening_an_english_text_is_english() -> None:
    # lang38: "Sui" opening it read the text as Italian, stemmed by the Italian stemmer ("data" "dat", "passed"
    # whole): it shared only "law" with the same words in another English sentence
    assert set(terms("Sui generis data protection law passed")) == set(
        terms("A sui generis data protection law was passed")
    )


# lang38: Italian number words of thousands and millions were words ("diecimil", "centomil", "mill"; "un milione"
# "milion" alone): read as their digits, as "10 mila" and "1,5 milioni" are
@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("Sono sbarcati diecimila migranti in Italia", "Sono sbarcati 10.000 migranti in Italia"),
        ("Sono sbarcati dieci mila migranti in Italia", "Sono sbarcati 10.000 migranti in Italia"),
        ("Sono sbarcati ventimila migranti in Italia", "Sono sbarcati 20.000 migranti in Italia"),
        ("Sono sbarcati centomila migranti in Italia", "Sono sbarcati 100.000 migranti in Italia"),
        ("Sono sbarcati duecentomila migranti in Italia", "Sono sbarcati 200.000 migranti in Italia"),
        ("Sono sbarcati un milione di migranti in Italia", "Sono sbarcati 1.000.000 di migranti in Italia"),
        ("Sono sbarcati due milioni di migranti in Italia", "Sono sbarcati 2 milioni di migranti in Italia"),
        (
            "Meloni ha detto che le pensioni saliranno a mille euro",
            "Meloni ha detto che le pensioni saliranno a 1000 euro",
        ),
        (
            "Gli Stati Uniti hanno inviato diecimila soldati in Messico",
            "Gli Stati Uniti hanno inviato 10.000 soldati in Messico",
        ),
    ],
)
def test_italian_number_words_are_their_digits(words: str, digits: str) -> None:
    assert set(terms(words)) == set(terms(digits))


@pytest.mark.parametrize(
    "text",
    [
        # fix44a: "Mille" capitalised inside a text read as Italian, before a name: a name ("Mille Miglia"); the
        # test of lang38 asked an English text, where no Italian number word was read
        "La Mille Miglia del 2024 è stata annullata per il maltempo",
        "The Mille Miglia race crossed Italy",
        "Mille-feuille is a French pastry",  # a word, not "1000-feuille"
        "Il a payé deux mille euros pour la voiture",  # French "deux mille", left as its words
        # fix45a: ... and a French number word after it: "mille cinq cents" (1500) was read as 1000 and its words
        "Mille cinq cents soldats américains sont déployés au Mexique",
        "Le gouvernement verse une prime de mille cinq cents euros aux enseignants",
        "Une amende de mille cinq cents euros pour les cyclistes sans casque",
        "La loi date de mille neuf cent quatre-vingt",
    ],
)
def test_a_capitalised_or_foreign_mille_is_no_number(text: str) -> None:
    assert "1000" not in terms(text)


# fix45a: "mille" looked at the whole text before it for the word before it and a sentence's opening, a quadratic
# cost ("mille " * 20000 took 148 s); it looks at a short window now, and a long text of them reads each one
def test_a_long_text_of_mille_reads_each_one() -> None:
    text = "mille " * 3000
    assert terms(text) == ["1000"] * 3000
    read = terms("Deux mille euros. " * 500 + "Mille euro di bonus")  # French 500 times, then an Italian opening
    assert (read.count("mill"), read.count("1000")) == (500, 1)


def test_mille_miglia_is_read_in_an_italian_text() -> None:
    assert reads_italian("La Mille Miglia del 2024 è stata annullata per il maltempo")


# fix44a: "X e mezzo", "X e cinquecento" were read as X and a word ("due miliardi e mezzo": 2000000000 and "mezz"),
# and the claim of "2,5 miliardi" was silenced (1.00 -> 0.20); now the whole amount.  Opening a sentence, the number
# words are read capitalised too ("Mille euro di bonus", "Diecimila migranti", "Un milione di posti")
@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("Il governo ha speso due miliardi e mezzo di euro", "Il governo ha speso 2,5 miliardi di euro"),
        ("Il governo ha speso 2 miliardi e mezzo di euro", "Il governo ha speso 2,5 miliardi di euro"),
        ("Sono arrivati tre milioni e mezzo di turisti", "Sono arrivati 3,5 milioni di turisti"),
        ("Sono arrivati un milione e mezzo di turisti", "Sono arrivati 1,5 milioni di turisti"),
        ("Sono sbarcati tremila e cinquecento migranti", "Sono sbarcati 3.500 migranti"),
        ("Sono sbarcati mille e cinquecento migranti", "Sono sbarcati 1.500 migranti"),
        ("Mille euro di bonus a tutte le famiglie con figli", "Bonus di mille euro a tutte le famiglie con figli"),
        ("Diecimila migranti sono sbarcati a Lampedusa", "Sono sbarcati a Lampedusa 10.000 migranti"),
        ("Un milione di posti di lavoro sono stati creati", "Sono stati creati 1 milione di posti di lavoro"),
    ],
)
def test_italian_amounts_in_words_are_their_digits(words: str, digits: str) -> None:
    assert set(terms(words)) == set(terms(digits))


def test_two_billion_and_a_half_finds_its_claim() -> None:
    claims = [
        Claim(
            id="half", claim="Il governo ha speso 2,5 miliardi di euro per i centri in Albania.", verdict=Verdict.FALSE
        ),
        Claim(id="two", claim="Il governo ha speso 2 miliardi di euro per i centri in Albania.", verdict=Verdict.FALSE),
    ]
    matcher = LexicalMatcher(claims, use_cache=False)
    statement = "Il governo ha speso due miliardi e mezzo di euro per i centri in Albania"
    assert [match.claim.id for match in find_matches(matcher, statement, top=1)] == ["half"]


# fix44a: "mille" was read as 1000 only in a text read as Italian, and a short statement that is not kept "mill":
# the desk's claim "... saliranno a mille euro" (read as Italian) was shown at 0.50 for "Meloni promette pensioni
# minime a mille euro" (0.90 before) and not at all for "Pensioni a mille euro" (0.53).  Now in any text
@pytest.mark.parametrize(
    ("statement", "score"),
    [("Meloni promette pensioni minime a mille euro", 0.85), ("Pensioni a mille euro", 0.5)],
)
def test_mille_in_a_short_statement_is_read_as_its_claims(desk: LexicalMatcher, statement: str, score: float) -> None:
    assert not reads_italian(statement)
    (match, *_) = find_matches(desk, statement, top=1)
    assert (match.claim.id, match.score >= score) == ("meloni-pensioni-minime", True)


@pytest.mark.parametrize(
    "statement",
    [
        # another amount than the claim's "mille euro", which was a word: shown at 1.00
        "Meloni ha detto che le pensioni minime saliranno a duemila euro",
        "Meloni ha detto che le pensioni minime saliranno a 2000 euro",
    ],
)
def test_another_amount_than_an_italian_number_word_is_no_match(desk: LexicalMatcher, statement: str) -> None:
    assert find_matches(desk, statement) == []


def test_an_italian_number_word_finds_its_claim(desk: LexicalMatcher) -> None:
    (match, *_) = find_matches(desk, "Meloni ha detto che le pensioni minime saliranno a 1000 euro", top=1)
    assert match.claim.id == "meloni-pensioni-minime"


# lang46: a compound of a ten and a unit, or of hundreds and tens, before "mila" was a word ("venticinquemil"), and
# "un milione e duecentomila" two numbers (1000000 and 200000): read as their amount
@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("Sono sbarcati venticinquemila migranti in Italia", "Sono sbarcati 25.000 migranti in Italia"),
        ("Sono sbarcati ventunomila migranti in Italia", "Sono sbarcati 21.000 migranti in Italia"),
        ("Sono sbarcati ventottomila migranti in Italia", "Sono sbarcati 28.000 migranti in Italia"),
        ("Sono sbarcati trentatremila migranti in Italia", "Sono sbarcati 33.000 migranti in Italia"),
        ("Sono sbarcati venticinque mila migranti in Italia", "Sono sbarcati 25.000 migranti in Italia"),
        ("Sono sbarcati centoventicinquemila migranti in Italia", "Sono sbarcati 125.000 migranti in Italia"),
        ("Sono sbarcati duecentocinquantamila migranti in Italia", "Sono sbarcati 250.000 migranti in Italia"),
        ("Il governo ha speso ventitré milioni di euro", "Il governo ha speso 23 milioni di euro"),
        ("Sono stati creati un milione e duecentomila posti", "Sono stati creati 1,2 milioni di posti"),
        ("Sono stati creati due milioni e trecentomila posti", "Sono stati creati 2,3 milioni di posti"),
        # lang47: "trè" written with a grave accent, "ventun" before "mila" (its "o" dropped), and thousands in
        # digits after a million ("un milione e 200mila", "1 milione e 200 mila"): each was words or two numbers
        ("Il governo ha speso ventitrè milioni di euro", "Il governo ha speso 23 milioni di euro"),
        ("Sono sbarcati trentatrèmila migranti in Italia", "Sono sbarcati 33.000 migranti in Italia"),
        ("Sono sbarcati ventunmila migranti in Italia", "Sono sbarcati 21.000 migranti in Italia"),
        ("Sono sbarcati trentunmila migranti in Italia", "Sono sbarcati 31.000 migranti in Italia"),
        ("Il governo ha speso ventun milioni di euro", "Il governo ha speso 21 milioni di euro"),
        ("Sono stati creati un milione e 200mila posti", "Sono stati creati 1,2 milioni di posti"),
        ("Sono stati creati un milione e 200 mila posti", "Sono stati creati 1,2 milioni di posti"),
        ("Sono stati creati 1 milione e 200mila posti", "Sono stati creati 1,2 milioni di posti"),
        ("Sono stati creati 2 milioni e 300 mila posti", "Sono stati creati 2,3 milioni di posti"),
    ],
)
def test_italian_compound_number_words_are_their_digits(words: str, digits: str) -> None:
    assert set(terms(words)) == set(terms(digits))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # ... while what no amount reads stays as it was: a million and a count after "e" (words), thousands after
        # thousands (two numbers), and the amounts read before
        ("Sono stati creati un milione e duecento posti", {"milion", "duecent"}),
        ("Sono sbarcati tremila e duecentomila migranti", {"3000", "200000"}),
        ("Sono sbarcati ventimila e cinquecento migranti", {"20500"}),
        ("Sono arrivati un milione e mezzo di turisti", {"1500000"}),
        ("Sono sbarcati tremila e 200mila migranti", {"3000", "200000"}),
    ],
)
def test_italian_amounts_that_stay_as_they_were(text: str, read: set[str]) -> None:
    assert read <= set(terms(text))


def test_a_capitalised_compound_before_a_name_is_no_number() -> None:
    assert "25000" not in terms("Il film Venticinquemila Lire esce nel 2025")
