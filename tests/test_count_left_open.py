"""A claim bounding a count ("more than 10,000") matched by a statement that gives no number (count126).

"US troops deployed in Mexico" was shown as a match (0.95) for FALSE "There are more than 10,000 US troops deployed
in Mexico.", with no note, while the starter file also holds MISLEADING "There are US troops in Mexico.": what the
statement says.  The claim's count is now what the statement leaves open (``differences.threshold_left_open``): a
possible match, with a note.  A moderator's wider try (any count of the claim, whenever the statement gives none) was
noisy and reverted, so each row that must change has rows that must not: numbers in words, questions asking how
many, vague amounts, plain counts, model numbers, years, and every paraphrase of the starter fixtures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.differences import _THRESHOLD, threshold_left_open
from factcheck.lexical import LexicalMatcher
from factcheck.matching import POSSIBLE_MATCH, Match
from factcheck.model import Claim
from factcheck.store import load_knowledge_base

FIXTURES = Path(__file__).parent / "fixtures"
STARTER = Path(__file__).parent.parent / "claims.yaml"


@pytest.fixture(scope="module")
def starter() -> tuple[LexicalMatcher, dict[str, Claim]]:
    claims = load_knowledge_base(STARTER).claims
    return LexicalMatcher(claims, use_cache=False), {claim.id: claim for claim in claims}


def _top(matcher: LexicalMatcher, statement: str) -> Match:
    (match, *_) = matcher.search(statement, top=1)
    return match


@pytest.mark.parametrize(
    ("statement", "bound"),
    [
        ("US troops deployed in Mexico", "more than 10,000"),
        ("US troops are deployed in Mexico", "more than 10,000"),
        ("Are U.S. troops deployed in Mexico or not", "more than 10,000"),
        ("American troops deployed in Mexico", "more than 10,000"),
        ("Hay tropas de EE. UU. desplegadas en México", "más de 10 mil"),  # the claim's Spanish alias
    ],
)
def test_a_claim_bounding_a_count_is_a_possible_match_for_a_statement_giving_none(
    starter: tuple[LexicalMatcher, dict[str, Claim]], statement: str, bound: str
) -> None:
    match = _top(starter[0], statement)
    assert match.claim.id == "us-troops-in-mexico-10000"
    assert match.label == POSSIBLE_MATCH and match.left_open == (bound,)
    assert match.differences is not None and match.differences.left_open
    assert match.differences.note() == (
        f"the claim says “{bound}”, which your statement leaves open: the verdict may be about another fact"
    )


@pytest.mark.parametrize(
    "statement",
    [
        "Are more than ten thousand American troops deployed in Mexico?",  # a number in words
        "Over 10,000 US soldiers are deployed in Mexico",  # the claim's count
        "I read that over ten thousand US troops are now deployed in Mexico",
        "10k troops r in mexico rn",
        "EU tiene 10 mil soldados desplegados en México",
        "Estados Unidos desplegó 10,000 tropas en México",
    ],
)
def test_a_statement_giving_a_number_keeps_its_strong_match(
    starter: tuple[LexicalMatcher, dict[str, Claim]], statement: str
) -> None:
    match = _top(starter[0], statement)
    assert match.claim.id == "us-troops-in-mexico-10000"
    assert match.label == "match" and match.left_open == () and match.differences is None


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("US troops in Mexico", "there-are-us-troops-in-mexico"),  # the claim worded as the statement
        ("There are US troops in Mexico", "there-are-us-troops-in-mexico"),
        ("American soldiers are in Mexico.", "there-are-us-troops-in-mexico"),
        ("Sheinbaum refused Trump's troop offer.", "sheinbaum-rejected-trump-troop-offer"),
        ("The US invaded Mexico before.", "us-troops-invaded-mexico-in-past"),
        ("Hay tropas estadounidenses en México", "there-are-us-troops-in-mexico"),  # its Spanish alias
    ],
)
def test_a_claim_without_a_bound_count_keeps_its_match(
    starter: tuple[LexicalMatcher, dict[str, Claim]], statement: str, expected: str
) -> None:
    match = _top(starter[0], statement)
    assert match.claim.id == expected
    assert match.label == "match" and match.left_open == () and match.differences is None


@pytest.mark.parametrize(
    "statement",
    [
        "How many US troops are deployed in Mexico?",  # asks what the claim answers
        "how much did congress spend on the merida initiative",
        "Thousands of US troops are deployed in Mexico",  # a vague amount is one
        "¿Cuántos soldados de EE. UU. hay en México?",
        "Combien de soldats américains sont au Mexique ?",
        "Miles de soldados de EE. UU. están en México",
    ],
)
def test_a_statement_asking_how_many_or_giving_a_vague_amount_leaves_no_count_open(
    starter: tuple[LexicalMatcher, dict[str, Claim]], statement: str
) -> None:
    claim = starter[1]["us-troops-in-mexico-10000"]
    assert threshold_left_open(statement, (claim.claim, *claim.aliases)) == ()


@pytest.mark.parametrize(
    ("statement", "wording"),
    [
        # a plain count may be a detail the statement leaves out of the same fact
        (
            "Mexico approved armed US Marines entering the country for a joint training exercise",
            "Mexico approved 155 armed US Marines entering the country in spring 2025 for a joint training exercise.",
        ),
        ("A US plane landed in Toluca", "A C-130 flew over Toluca and landed"),  # a model's number, "over" a place
        ("The US sent fighter jets to the region", "The US sent over F-35 jets to the region"),
        ("Gas prices rose in Mexico", "Gas prices rose in Mexico over 2025"),  # a year is no count
        ("US troops trained in Mexico", "US troops trained in Mexico for more than a year"),  # no digits
        ("Spy flights flew over Baja California", "Spy flights flew over Baja California"),
    ],
)
def test_no_bounded_count_no_note(statement: str, wording: str) -> None:
    assert threshold_left_open(statement, (wording,)) == ()


@pytest.mark.parametrize(
    ("statement", "wording", "bound"),
    [
        ("Spy planes flew missions over Baja", "At least 18 spy plane missions flew over Baja", "At least 18"),
        (
            "Des soldats américains sont déployés au Mexique",
            "Plus de 10 000 soldats américains sont déployés au Mexique.",  # a space between digit groups
            "Plus de 10 000",
        ),
        (
            "Des soldats américains sont déployés au Mexique",
            "Plus de 10\u202f000 soldats américains sont déployés au Mexique.",  # a narrow no-break space
            "Plus de 10\u202f000",
        ),
        (
            "Amerikanische Soldaten sind in Mexiko",
            "Mehr als 10.000 amerikanische Soldaten sind in Mexiko",
            "Mehr als 10.000",
        ),
    ],
)
def test_a_bound_count_in_other_words_and_languages_is_left_open(statement: str, wording: str, bound: str) -> None:
    assert threshold_left_open(statement, (wording,)) == (bound,)


def _paraphrases() -> list[tuple[str, str, str]]:
    """(kb file, expected claim id, statement) of every paraphrase of the starter's and the Spanish fixtures."""
    rows: list[tuple[str, str, str]] = []
    starter = str(STARTER)
    for line in (FIXTURES / "starter_paraphrases.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            expected, statement = line.split("\t")
            if expected != "-":
                rows.append((starter, expected, statement))
    for name in ("starter_review_design.tsv", "starter_review_heldout.tsv"):
        for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines()[1:]:
            statement, expected, category = line.split("\t")
            if category == "paraphrase":
                rows.append((starter, expected, statement))
    for line in (FIXTURES / "starter_spanish.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            status, expected, statement = line.split("\t")
            if status == "ok" and expected != "-":
                rows.append((starter, expected, statement))
    for line in (FIXTURES / "spanish_news_statements.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, expected, statement = line.split("\t")
            if kind == "paraphrase":
                rows.append((str(FIXTURES / "spanish_news.yaml"), expected, statement))
    return rows


PARAPHRASES = _paraphrases()


def test_the_paraphrases_are_many() -> None:
    assert len(PARAPHRASES) > 100  # the must-not-change rows below are read from the fixtures, not lost


@pytest.mark.parametrize(("kb", "expected", "statement"), PARAPHRASES)
def test_a_paraphrase_of_its_claim_leaves_no_bound_count_open(kb: str, expected: str, statement: str) -> None:
    claim = load_knowledge_base(kb).get(expected)
    assert claim is not None
    assert threshold_left_open(statement, (claim.claim, *claim.aliases)) == ()
    # and end to end: the claim's match, where it is found, notes no bound count of the claim as left open
    match = next((found for found in _matcher(kb).search(statement, top=3) if found.claim.id == expected), None)
    if match is not None:
        assert not any(_THRESHOLD.fullmatch(item) for item in match.left_open), match.left_open


_MATCHERS: dict[str, LexicalMatcher] = {}


def _matcher(kb: str) -> LexicalMatcher:
    if kb not in _MATCHERS:
        _MATCHERS[kb] = LexicalMatcher(load_knowledge_base(kb).claims, use_cache=False)
    return _MATCHERS[kb]


@pytest.mark.parametrize(
    "statement",
    [
        "Dix mille soldats américains sont déployés au Mexique",  # French number words
        "Plus de dix mille soldats américains sont déployés au Mexique",
    ],
)
def test_a_french_number_in_words_keeps_its_match(statement: str) -> None:
    (match, *_) = _matcher(str(FIXTURES / "french_desk.yaml")).search(statement, top=1)
    assert match.claim.id == "troupes-americaines-au-mexique-10000"
    assert match.label == "match" and match.left_open == ()


@pytest.mark.parametrize(
    "statement",
    [
        "Un million de soldats américains sont déployés au Mexique",
        "Cent soldats américains sont déployés au Mexique",
        "Diecimila soldati americani sono schierati in Messico",  # Italian
        "Mille soldati americani sono in Messico",
        "Dez mil soldados americanos estão no México",  # Portuguese
        "Um milhão de soldados americanos estão no México",
        "A dozen US troops are deployed in Mexico",  # amounts that are no digits and no number
        "A handful of US troops are deployed in Mexico",
        "Una docena de soldados estadounidenses están en México",
        "Un millar de soldados estadounidenses están en México",
    ],
)
def test_an_amount_in_words_of_any_language_leaves_no_count_open(
    starter: tuple[LexicalMatcher, dict[str, Claim]], statement: str
) -> None:
    claim = starter[1]["us-troops-in-mexico-10000"]
    assert threshold_left_open(statement, (claim.claim, *claim.aliases)) == ()
    french = load_knowledge_base(FIXTURES / "french_desk.yaml").get("troupes-americaines-au-mexique-10000")
    assert french is not None
    assert threshold_left_open(statement, (french.claim, *french.aliases)) == ()


@pytest.mark.parametrize(
    "statement",
    [
        "US soldiers are deployed in Mexico in 2025",  # a year, a day or a month is no amount
        "US troops deployed in Mexico in 2025",
        "US troops deployed in Mexico on Monday",
        "US troops deployed in Mexico in February",
    ],
)
def test_a_date_is_no_amount_and_the_count_stays_open(
    starter: tuple[LexicalMatcher, dict[str, Claim]], statement: str
) -> None:
    match = _top(starter[0], statement)
    assert match.claim.id == "us-troops-in-mexico-10000"
    assert match.label == POSSIBLE_MATCH and match.left_open == ("more than 10,000",)


@pytest.mark.parametrize(
    ("statement", "wording"),
    [
        # the bound counts no noun of the statement, or counts years, ages, degrees or a percent: not the point
        (
            "The Baltimore bridge collapsed after a ship hit it",
            "The Baltimore bridge, built over 40 years ago, collapsed after a ship hit it.",
        ),
        ("Children can get the COVID vaccine in Canada", "Children over 12 can get the COVID vaccine in Canada."),
        ("Der Benzinpreis war im März sehr hoch", "Der Benzinpreis lag im März 2022 über 2 Euro pro Liter."),
        ("The US has not invaded Mexico in a century", "The US has not invaded Mexico in over 100 years."),
        ("The US has not invaded Mexico in years", "The US has not invaded Mexico in over 100 years."),
        ("Seniors ride buses for free, whatever their years", "Seniors over 65 years old ride buses for free"),
        ("Phoenix hit record degrees", "Phoenix hit more than 45 degrees"),
        ("Les prix ont augmenté", "Les prix ont augmenté de plus de 10 %"),
        ("Die Preise sind gestiegen, Prozent um Prozent", "Die Preise sind um mehr als 10 Prozent gestiegen"),
        ("La gasolina es muy cara en México", "La gasolina cuesta más de 25 pesos por litro en México"),
    ],
)
def test_a_bound_on_what_the_statement_does_not_count_is_no_note(statement: str, wording: str) -> None:
    assert threshold_left_open(statement, (wording,)) == ()


@pytest.mark.parametrize(
    "statement",
    [
        "There are no US troops deployed in Mexico",  # a denial leaves no count open: it says none
        "Not a single US soldier is deployed in Mexico",
        "No hay soldados estadounidenses desplegados en México",
        "US troops are not deployed in Mexico",
    ],
)
def test_a_denial_leaves_no_count_open(starter: tuple[LexicalMatcher, dict[str, Claim]], statement: str) -> None:
    match = next(
        found for found in starter[0].search(statement, top=3) if found.claim.id == "us-troops-in-mexico-10000"
    )
    assert match.left_open == ()
    assert match.differences is None or "leaves open" not in match.differences.note()
