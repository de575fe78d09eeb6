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

from factcheck.differences import claim_left_open, threshold_left_open
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
        ("Les prix ont augmenté", "Les prix ont augmenté de plus de 10 %", "plus de 10"),
        ("Die Preise sind gestiegen", "Die Preise sind um mehr als 10 Prozent gestiegen", "mehr als 10"),
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
    assert claim_left_open(statement, claim) == claim_left_open(statement, claim)  # deterministic, never raises
