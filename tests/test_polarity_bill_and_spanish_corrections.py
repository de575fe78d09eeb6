"""Corrections by an antonym polar98 reads (``polarity._ONE_WAY_CORRECTING_ANTONYMS``, ``_SPANISH_CORRECTION``).

A bill passed and blocked or rejected, signed and vetoed, approved and blocked or vetoed: "The Senate didn't pass the
bill, they rejected it" says that the Senate rejected it.  polarity reads none of these pairs as opposite in plain
sentences ("The Senate passed the bill" / "The Senate blocked the bill" stays 'same'), so the correction is read as its
corrected clause only against a text that says its verb's side and not the denied verb's: against the denied verb the
denial as written contradicts it, as on main.

Spanish: "México no aprobó a los SEAL, los rechazó" (the correction opened by its object as a clitic, Spanish saying no
pronoun for its subject), a refusal and a yes (rechazar, negar / aprobar, aceptar, confirmar) the two sides, as the
English correction by an antonym reads them.  Each row both ways round; the first rows of each table were read
otherwise on main, the rest as on main."""

from pathlib import Path

import pytest

from factcheck import polarity as polarity_module
from factcheck.polarity import OPPOSITE, SAME, polarity
from factcheck.store import load_knowledge_base

_SECRET_ORDER = "Trump signed a secret order authorizing the US military to go after Latin American drug cartels."
_FOREIGN_AGENTS_LAW = (
    "In December 2020 Mexico passed a law limiting what DEA and other foreign agents can do in the country."
)

ONE_WAY_CORRECTIONS_CHANGED = [
    ("The Senate didn't reject the bill, they passed it", "The Senate passed the bill", SAME),
    ("The Senate didn't pass the bill, they rejected it", "The Senate rejected the bill", SAME),
    ("The Senate didn't pass the bill, they blocked it", "The Senate blocked the bill", SAME),
    ("The Senate didn't block the bill, they passed it", "The Senate passed the bill", SAME),
    ("Trump didn't sign the bill, he vetoed it", "Trump vetoed the bill", SAME),
    ("Trump didn't veto the bill, he signed it", "Trump signed the bill", SAME),
    ("Trump didn't approve the bill, he vetoed it", "Trump vetoed the bill", SAME),
    ("Trump didn't veto the bill, he approved it", "Trump approved the bill", SAME),
    ("The Senate hasn't blocked the bill, they've approved it", "The Senate approved the bill", SAME),
    ("The Senate didn't approve the bill, they blocked it", "The Senate blocked the bill", SAME),
    ("Trump didn't veto the bill, he signed it", "Trump never signed the bill", OPPOSITE),
    # against the starter claims.yaml's claims
    ("Trump didn't veto a secret order against the cartels, he signed it.", _SECRET_ORDER, SAME),
    ("In December 2020 Mexico didn't block the law limiting foreign agents, it passed it.", _FOREIGN_AGENTS_LAW, SAME),
]

ONE_WAY_CORRECTIONS_KEPT = [
    # the denied verb said by the other text: the denial as written contradicts it
    ("The Senate didn't reject the bill, they passed it", "The Senate rejected the bill", OPPOSITE),
    ("The Senate didn't pass the bill, they rejected it", "The Senate passed the bill", OPPOSITE),
    ("The Senate didn't pass the bill, they blocked it", "The Senate passed the bill", OPPOSITE),
    ("The Senate didn't block the bill, they passed it", "The Senate blocked the bill", OPPOSITE),
    ("The bill wasn't blocked, it was passed", "The bill was blocked", OPPOSITE),
    ("The bill was not passed, it was rejected", "The bill was passed", OPPOSITE),
    ("Trump didn't sign the bill, he vetoed it", "Trump signed the bill", OPPOSITE),
    ("Trump didn't veto the bill, he signed it", "Trump vetoed the bill", OPPOSITE),
    ("Trump didn't approve the bill, he vetoed it", "Trump approved the bill", OPPOSITE),
    ("Trump didn't veto the bill, he approved it", "Trump vetoed the bill", OPPOSITE),
    ("The Senate hasn't blocked the bill, they've approved it", "The Senate blocked the bill", OPPOSITE),
    ("The Senate didn't approve the bill, they blocked it", "The Senate approved the bill", OPPOSITE),
    ("The bill wasn't blocked, it was passed", "The bill was passed", SAME),
    ("The bill was not passed, it was rejected", "The bill was rejected", SAME),
    # no pair in plain sentences (another actor's veto, "passed" and "blocked" of other things)
    ("The Senate passed the bill", "The Senate blocked the bill", SAME),
    ("Trump signed the bill", "Trump vetoed the bill", SAME),
    ("The House approved the bill; Trump will veto it", "The House approved the bill", SAME),
    # no correction read: a report, a subordinate clause, an adverb taking the verb back, a negation opening it, the
    # same verb again ("but", a label, a negated correction: ``ONE_WAY_CORRECTIONS_MISSED``)
    ("The Senate didn't pass the bill, they say", "The Senate passed the bill", OPPOSITE),
    ("If the Senate doesn't pass the bill, they will block it", "The Senate will block the bill", OPPOSITE),
    ("The Senate didn't pass the bill, they nearly blocked it", "The Senate blocked the bill", OPPOSITE),
    ("Nobody says the Senate didn't pass the bill, they blocked it", "The Senate blocked the bill", SAME),
    ("The Senate didn't pass the bill, they passed the budget", "The Senate passed the budget", SAME),
    ("The ship didn't block the canal, it passed it", "The ship blocked the canal", OPPOSITE),
    (
        "In December 2020 Mexico didn't pass a law limiting foreign agents, it blocked it.",
        _FOREIGN_AGENTS_LAW,
        OPPOSITE,
    ),
]


@pytest.mark.parametrize(("statement", "claim", "expected"), ONE_WAY_CORRECTIONS_CHANGED + ONE_WAY_CORRECTIONS_KEPT)
def test_a_bill_passed_blocked_signed_or_vetoed_corrected_by_its_antonym(
    statement: str, claim: str, expected: str
) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


#: read wrongly, as on main, with the right answer: the two texts agree (another actor's "rejected" is no correction;
#: "but the House rejected it" says what the other text says); the label denies "they blocked it" too, as "FALSE: Mexico
#: didn't refuse the SEALs, they approved them" is read the opposite of "Mexico approved the SEALs"; "he didn't veto it
#: either" denies the veto
ONE_WAY_CORRECTIONS_MISSED = [
    ("The Senate didn't pass the bill, but the House rejected it", "The House rejected the bill", SAME),
    ("The Senate didn't pass the bill, they rejected it", "The House passed the bill and the Senate rejected it", SAME),
    ("FALSE: The Senate didn't pass the bill, they blocked it", "The Senate blocked the bill", OPPOSITE),
    ("Trump didn't sign the bill, he didn't veto it either", "Trump vetoed the bill", OPPOSITE),
]


@pytest.mark.xfail(strict=True, reason="known miss, as on main (fixpolar98: review finding 5)")
@pytest.mark.parametrize(("statement", "claim", "expected"), ONE_WAY_CORRECTIONS_MISSED)
def test_one_way_corrections_read_wrongly(statement: str, claim: str, expected: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


@pytest.mark.xfail(strict=True, reason="known miss: 'turned down' is no word of the one-way pairs (as on main)")
def test_a_one_way_correction_against_the_antonym_in_other_words() -> None:
    assert polarity("The Senate didn't pass the bill, they rejected it", "The Senate turned down the bill") == SAME


_SEALS_ES = "El Senado aprobó el ingreso de 19 Navy SEALs de Estados Unidos en 2026"

SPANISH_CORRECTIONS_CHANGED = [
    ("México no aprobó a los SEAL, los rechazó", _SEALS_ES, OPPOSITE),
    ("México no aprobó a los SEAL, los rechazó", "El Senado rechazó a los SEAL", SAME),
    ("México no los aprobó, sino que los rechazó", "El Senado aprobó a los SEAL", OPPOSITE),
    ("El Senado no ha aprobado la ley, la ha rechazado", "El Senado aprobó la ley", OPPOSITE),
    ("El Senado no ha aprobado la ley, la ha rechazado", "El Senado rechazó la ley", SAME),
    ("Sheinbaum no aceptó la oferta de Trump, la rechazó", "Sheinbaum rechazó la oferta de Trump", SAME),
    ("Sheinbaum no aceptó la oferta de Trump, la rechazó", "Sheinbaum aceptó la oferta de Trump", OPPOSITE),
]

SPANISH_CORRECTIONS_KEPT = [
    ("México no rechazó a los SEAL, los aprobó", _SEALS_ES, SAME),
    ("México no rechazó a los SEAL, los aprobó", "El Senado rechazó a los SEAL", OPPOSITE),
    ("México no los rechazó, sino que los aprobó", "El Senado aprobó a los SEAL", SAME),
    ("México no negó el acuerdo, lo confirmó", "México confirmó el acuerdo", SAME),
    ("México no negó el acuerdo, lo confirmó", "México negó el acuerdo", OPPOSITE),
    ("El Senado rechazó a los SEAL", _SEALS_ES, OPPOSITE),
    ("El Senado no aprobó a los SEAL", _SEALS_ES, OPPOSITE),
    # no correction read: a subordinate clause, a report, a denial opening it, a negated or other verb
    ("Si México no rechaza a los SEAL, los aprobará", "México aprobará a los SEAL", OPPOSITE),
    ("Dijo que México no rechazó a los SEAL, los aprobó", "El Senado aprobó a los SEAL", SAME),
    ("Es falso que México no rechazó a los SEAL, los aprobó", "El Senado aprobó a los SEAL", OPPOSITE),
    ("México no rechazó a los SEAL, los aprobó. Es falso.", "El Senado aprobó a los SEAL", OPPOSITE),
    # a Spanish verdict judges the denial as written, as "FALSE: X" does (fixpolar98: the mirrored rows read 'opposite')
    ("El Senado no aprobó la ley, la rechazó. Eso es falso.", "El Senado aprobó la ley", SAME),
    ("México no aprobó a los SEAL, los rechazó. Eso es mentira.", _SEALS_ES, SAME),
    ("El Senado no aprobó la ley, la rechazó y eso es falso", "El Senado aprobó la ley", SAME),
    ("El Senado no aprobó la ley, la rechazó. Eso es falso.", "El Senado rechazó la ley", OPPOSITE),
    ("México no rechazó a los SEAL, no los aprobó", "El Senado aprobó a los SEAL", OPPOSITE),
    ("México no rechazó a los SEAL, los retrasó", "El Senado rechazó a los SEAL", OPPOSITE),
    # negative concord: "no ... nunca" is one negation, which blanking "no" and the verb would leave standing alone
    ("México no rechazó nunca a los 19 Navy SEALs, los aprobó.", _SEALS_ES, SAME),
    ("El Senado no rechazó nunca la ley, la aprobó", "El Senado aprobó la ley", SAME),
    ("El Senado no rechazó jamás la ley, la aprobó", "El Senado aprobó la ley", SAME),
    ("El Senado no rechazó en ningún momento la ley, la aprobó", "El Senado aprobó la ley", SAME),
    ("El Senado no rechazó nunca la ley, la aprobó", "El Senado rechazó la ley", OPPOSITE),
    ("El Senado no rechazó jamás la ley, la aprobó", "El Senado rechazó la ley", OPPOSITE),
    ("El Senado no rechazó en ningún momento la ley, la aprobó", "El Senado rechazó la ley", OPPOSITE),
]


@pytest.mark.parametrize(("statement", "claim", "expected"), SPANISH_CORRECTIONS_CHANGED + SPANISH_CORRECTIONS_KEPT)
def test_a_spanish_denial_corrected_by_its_antonym(statement: str, claim: str, expected: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


def test_a_spanish_correction_closed_by_a_subject_less_verdict() -> None:
    # "Es un bulo" judges the correction: the Senate did not reject the law, it approved it (polar107: a verdict
    # sentence of its own, read as "X. That is false." is; before, the denial, the refusal and the verdict were three
    # flips)
    statement = "El Senado no aprobó la ley, la rechazó. Es un bulo."
    assert polarity(statement, "El Senado aprobó la ley") == SAME


def test_the_new_corrections_and_verdict_sentences_read_no_starter_text() -> None:
    # the starter claims.yaml's claims and aliases and every statement of the tests' TSV fixtures (paraphrases, reviews,
    # Spanish, off-topic): neither rule reads any of them, so their polarity is as it was
    repository = Path(__file__).parent.parent
    texts = [
        text
        for claim in load_knowledge_base(repository / "claims.yaml").claims
        for text in (claim.claim, *claim.aliases)
    ]
    for fixture in sorted((repository / "tests" / "fixtures").glob("*.tsv")):
        lines = fixture.read_text(encoding="utf-8").splitlines()
        texts += [cell for line in lines if not line.startswith("#") for cell in line.split("\t")]
    assert len(texts) > 1000
    assert [text for text in texts if polarity_module._corrections_by_antonym(text)] == []
    assert [text for text in texts if polarity_module._judged_by_a_verdict_sentence(text)[1]] == []
    assert [text for text in texts if polarity_module._judged_by_a_verdict_sentence(text)[0] != text] == []
