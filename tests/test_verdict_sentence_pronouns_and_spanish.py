"""A verdict sentence with "It" or "This" as its subject ("X. It is false.", "X. This is fake news."), a Spanish one
("X. Eso es falso.", "X. Es un bulo.") and what the matcher reads of "X. That is false." (polar107).

"It" and "this" as often point at a thing X names as at X ("Trump posted a video of US troops in Mexico. It was fake.":
the video was, fixpolar98), so they judge X only where X names no such thing (a video, a photo, a report, a story...)
and their verdict is no bare "fake" (any object can be a fake: "Sheinbaum wore a Rolex. It was fake.").  Spanish
drops the subject: "Es falso." is "It is false.", read so; "Eso es falso." is "That is false."; "Es falsa." speaks of a
feminine thing ("la foto"), never of a statement.  Each row both ways round."""

from pathlib import Path

import pytest

from factcheck import polarity as polarity_module
from factcheck.lexical import LexicalMatcher
from factcheck.polarity import OPPOSITE, SAME, polarity
from factcheck.store import load_knowledge_base
from factcheck.text import without_verdict_framing

_SEALS_ALIAS = "Mexico approved 19 US Navy SEALs to enter the country in 2026"
_OFFER = "Mexico's president turned down Trump's offer to send the US Army into Mexico to fight cartels."
_TROOPS = "There are US troops in Mexico."
_TROOPS_ES = "Hay tropas de EE. UU. en México."
_LAW_ES = "El Senado aprobó la ley"

#: read otherwise before polar107: "It"/"This" judged nothing (the verdict read as the word "false", "a lie"...), "Eso
#: es falso" was no verdict, and a Spanish correction closed by a verdict was read as its denial and refusal both
CHANGED = [
    ("There are US troops in Mexico. It is false.", _TROOPS, OPPOSITE),
    ("There are US troops in Mexico. This is false.", _TROOPS, OPPOSITE),
    ("There are US troops in Mexico. This is fake news.", _TROOPS, OPPOSITE),
    ("US troops are in Mexico. It's a lie.", _TROOPS, OPPOSITE),
    ("US troops are in Mexico. It was debunked.", _TROOPS, OPPOSITE),
    ("There are no US troops in Mexico. It is false.", _TROOPS, SAME),
    ("There are no US troops in Mexico. This is fake news.", _TROOPS, SAME),
    ("Mexico refused the SEALs. It's a lie.", _SEALS_ALIAS, SAME),
    ("Mexico refused the SEALs. This is false.", _SEALS_ALIAS, SAME),
    ("Mexico didn't refuse the SEALs, they approved them. This is fake news!", _SEALS_ALIAS, OPPOSITE),
    ("Mexico didn't refuse the SEALs, they approved them. It is false.", _SEALS_ALIAS, OPPOSITE),
    ("Mexico approved the SEALs. It's a myth.", _SEALS_ALIAS, OPPOSITE),
    ("Mexico refused the SEALs. This isn't fake news.", _SEALS_ALIAS, OPPOSITE),
    # Spanish: "Eso" is "That"; a subject-less "Es ..." is "It is ..."
    ("El Senado aprobó la ley. Eso es falso.", _LAW_ES, OPPOSITE),
    ("El Senado rechazó la ley. Eso es falso.", _LAW_ES, SAME),
    ("El Senado no aprobó la ley. Eso es mentira.", _LAW_ES, SAME),
    ("No hay tropas de EE. UU. en México. Eso es falso.", _TROOPS_ES, SAME),
    ("Hay tropas de EE. UU. en México. Eso es falso.", _TROOPS_ES, OPPOSITE),
    ("Hay tropas de EE. UU. en México. Eso es un bulo.", _TROOPS_ES, OPPOSITE),
    # the correction "no aprobó la ley, la rechazó" says the Senate rejected it: a verdict calling that false says it
    # approved it (its denial and refusal both counted, then the verdict, were three flips)
    ("El Senado no aprobó la ley, la rechazó. Es un bulo.", _LAW_ES, SAME),
    ("El Senado no aprobó la ley, la rechazó. Es falso.", _LAW_ES, SAME),
    ("El Senado no aprobó la ley, la rechazó. ¡Falso!", _LAW_ES, SAME),
    ("El Senado no rechazó la ley, la aprobó. Es un bulo.", _LAW_ES, OPPOSITE),
]

#: as before polar107: "it"/"this" after an X naming a thing they may point at (its noun in any place of X), a bare
#: "fake", a verdict that is no sentence of its own or asks, "false"/"fake" as part of the claim, Spanish "Es falsa"
KEPT = [
    ("Trump posted a video of US troops in Mexico. It was fake.", "Trump posted a video of US troops in Mexico", SAME),
    ("Trump posted a video of US troops in Mexico. It is false.", "Trump posted a video of US troops in Mexico", SAME),
    (
        "Trump posted a video of US troops in Mexico. This is fake news.",
        "Trump posted a video of US troops in Mexico",
        SAME,
    ),
    ("Fox News ran a story about 10,000 troops. It was false.", "Fox News ran a story about 10,000 troops", SAME),
    ("CNN aired a report on US troops in Mexico. It was debunked.", "CNN aired a report on US troops in Mexico", SAME),
    ("Sheinbaum shared a photo of US troops in Sinaloa. This is false.", "Sheinbaum shared a photo of US troops", SAME),
    ("Sheinbaum read a letter from the Senate. It's a lie.", "Sheinbaum read a letter from the Senate", SAME),
    ("The Pentagon published a study on troops in Mexico. It is a myth.", "The Pentagon published a study", SAME),
    ("Sheinbaum wore a Rolex at the summit. It was fake.", "Sheinbaum wore a Rolex at the summit", SAME),
    ("Mexico approved the SEALs. It's fake.", _SEALS_ALIAS, SAME),
    ("US troops are in Mexico. It's a hoax.", _TROOPS, SAME),
    # X calls something fake or false itself: "it" may be the thing it calls so, the verdict agreeing with X
    ("The moon landing was staged in a studio. It's a lie.", "The moon landing was staged in a studio", SAME),
    ("NASA faked the moon landing. It is a myth.", "NASA faked the moon landing", SAME),
    ("Climate change is a scam invented by China. It's fake news.", "Climate change is a scam invented by China", SAME),
    ("The pandemic was planned. It was a hoax.", "The pandemic was planned", SAME),
    ("The attack was a false flag operation. It is false.", "The attack was a false flag operation", SAME),
    ("There are US troops in Mexico. Is it false?", _TROOPS, SAME),
    ("There are US troops in Mexico. It is false?", _TROOPS, SAME),
    ("US troops are in Mexico, it's false.", _TROOPS, SAME),
    ("US troops are in Mexico. It is false, Sheinbaum said.", _TROOPS, SAME),
    ("US troops are in Mexico. Some say it is false.", _TROOPS, SAME),
    ("Mexico approved the SEALs. Trump says it's a lie. It is false.", _SEALS_ALIAS, SAME),
    # "false"/"fake" part of the claim, an affirming verdict after it: 'same' whether the verdict is read or not (no
    # guard of polar107 is what keeps these; counted apart from the rows that a broader rule would flip)
    ("Trump said the reports were false. It is true.", "Trump said the reports were false", SAME),
    ("The attack was a false flag operation. It is true.", "The attack was a false flag operation", SAME),
    ("Mexico passed a fake news law. It is true.", "Mexico passed a fake news law", SAME),
    ("US troops are in Mexico. It's true.", _TROOPS, SAME),
    # Spanish: the verdict no sentence of its own ("..., la rechazó y eso es mentira": the denial as written,
    # fixpolar98), "true", a question
    ("El Senado no aprobó la ley, la rechazó y eso es mentira", _LAW_ES, SAME),
    ("El Senado no aprobó la ley, la rechazó.", _LAW_ES, OPPOSITE),
    ("Hay tropas de EE. UU. en México. Es verdad.", _TROOPS_ES, SAME),
    ("Hay tropas de EE. UU. en México. ¿Es falso?", _TROOPS_ES, SAME),
]


#: "it", "this" or a Spanish verb without its subject after an X that reports what was said, promised or offered
#: (fixpolar107): "it" is what was said ("Mexico said US troops would not come into Mexico. It was a lie.": Mexico
#: said it, the writer agrees; only what it said is a lie), so the verdict is left unread, as before polar107.  Each
#: was 'opposite' on polar107's first branch, 'same' before it
_SAID = "Mexico said US troops would not come into Mexico"
SAID = [
    ("Sheinbaum said there are no US troops in Mexico. It is a lie.", _SAID),
    ("Mexico said US troops would not come into Mexico. It was a lie.", _SAID),
    ("Mexico said US troops would not come into Mexico. This is false.", "Mexico said US troops would not come"),
    (
        "Trump promised to send troops into Mexico to fight cartels. It was a lie.",
        "The US said it will send troops into Mexico to fight cartels",
    ),
    (
        "The US government has said it will send troops into Mexico to fight cartels. It was a lie.",
        "The US government has said it will send troops into Mexico to fight cartels",
    ),
    ("Trump vowed to send troops into Mexico. This is fake news.", "Trump vowed to send troops into Mexico"),
    ("Trump claimed US troops are in Mexico. It is false.", "Trump claimed US troops are in Mexico"),
    ("Trump offered to send the US Army into Mexico. It was a lie.", "Trump offered to send the US Army into Mexico"),
    # a promise, an offer, testimony, an allegation, an estimate, a press conference: "it" may be the thing named
    ("Trump made a promise to send the army. It was a lie.", "Trump promised to send the army"),
    ("Trump made an offer to send the US Army into Mexico. It was a lie.", "Trump offered to send the US Army"),
    ("Trump gave testimony about the troops. It was a lie.", "Trump gave testimony about the troops"),
    ("Trump made an allegation about the troops. It was a lie.", "Trump made an allegation about the troops"),
    ("The Pentagon gave an estimate of 10,000 troops. It is false.", "The Pentagon gave an estimate of 10,000 troops"),
    ("Sheinbaum gave a press conference on the SEALs. It was a lie.", "Sheinbaum gave a press conference on the SEALs"),
]


@pytest.mark.parametrize(("statement", "claim"), SAID)
def test_it_after_what_was_said_promised_or_offered_judges_what_was_said(statement: str, claim: str) -> None:
    assert polarity_module._judged_by_a_verdict_sentence(statement) == (statement, False)
    assert (polarity(statement, claim), polarity(claim, statement)) == (SAME, SAME)


@pytest.mark.parametrize(
    "statement",
    [
        # Spanish: "dijo", "prometió", "aseguró" report what was said; "una promesa", "una oferta" name a thing
        "Sheinbaum dijo que no hay tropas de EE. UU. en México. Es mentira.",
        "Trump prometió enviar tropas a México. Es falso.",
        "El Pentágono aseguró que hay tropas en México. Esto es un bulo.",
        "Trump hizo una promesa de enviar tropas a México. Es mentira.",
        "Trump hizo una oferta de enviar el ejército a México. Es falso.",
    ],
)
def test_a_spanish_verdict_without_that_after_what_was_said_is_no_verdict_sentence(statement: str) -> None:
    # polarity was 'opposite' before polar107 and stays so (``text.closing_verdict`` reads "Es falso"); what changes
    # is the matcher: it took the verdict sentence away from these
    assert polarity_module._judged_by_a_verdict_sentence(statement) == (statement, False)


@pytest.mark.parametrize(
    "statement",
    [
        # "that" / "eso" point at the sentence before them, said or not: read, as before polar107
        "Mexico said US troops would not come into Mexico. That was a lie.",
        "Sheinbaum dijo que no hay tropas de EE. UU. en México. Eso es mentira.",
    ],
)
def test_that_after_what_was_said_is_still_a_verdict_sentence(statement: str) -> None:
    assert polarity_module._judged_by_a_verdict_sentence(statement) == (statement.rsplit(". ", 1)[0] + ".", True)


@pytest.mark.xfail(strict=True, reason="known miss: 'offer' is a thing 'it' may point at, so X is not read")
def test_it_after_an_x_accepting_an_offer() -> None:
    # "it" is X here (Sheinbaum did not accept), but "Trump made an offer ... It was a lie." judges the offer
    statement = "Sheinbaum accepted Trump's offer to send the US Army into Mexico. It is false."
    assert (polarity(statement, _OFFER), polarity(_OFFER, statement)) == (SAME, SAME)


#: everyday media a post shares or a paper runs, named in X (fixpolar107): "it" is the TikTok, the op-ed, the
#: piece... (``text.MEDIA_NOUNS``, the list claimlike's "a note on the story itself" reads too), a slogan or a WhatsApp
#: chain.  Each was 'opposite' on polar107's first branch, 'same' before it
MEDIA = [
    ("Trump shared a TikTok of troops in Mexico. It is fake news.", "Trump shared a TikTok of troops in Mexico"),
    ("NBC published an op-ed on the troops. It is fake news.", "NBC published an op-ed on the troops"),
    ("The New York Times ran a piece on troops in Mexico. It is fake news.", "The Times ran a piece on troops"),
    ("A viral TikTok shows US troops in Mexico. It is false.", _TROOPS),
    ("The Times ran an editorial on the SEALs. This is false.", "The Times ran an editorial on the SEALs"),
    ("Reforma ran a column on US troops in Mexico. It is false.", "Reforma ran a column on US troops in Mexico"),
    ("A WhatsApp chain shows US troops in Mexico. It is false.", _TROOPS),
    ("Trump's new slogan puts troops in Mexico. It is a lie.", "Trump's new slogan puts troops in Mexico"),
]


@pytest.mark.parametrize(("statement", "claim"), MEDIA)
def test_it_after_a_tiktok_an_op_ed_or_a_piece_judges_that(statement: str, claim: str) -> None:
    assert polarity_module._judged_by_a_verdict_sentence(statement) == (statement, False)
    assert (polarity(statement, claim), polarity(claim, statement)) == (SAME, SAME)


@pytest.mark.parametrize(
    "statement",
    [
        # "un cartel" is a poster, "un titular" a headline, singular or plural (fixpolar107: only "carteles",
        # "titulares" and the misspelt "cartele", "titulare" were named)
        "Sheinbaum mostró un cartel de tropas en México. Es falso.",
        "Sheinbaum mostró unos carteles de tropas en México. Es falso.",
        "El diario publicó un titular sobre tropas en México. Es falso.",
        "El diario publicó dos titulares sobre tropas en México. Es falso.",
    ],
)
def test_a_spanish_poster_or_headline_is_a_thing_judged(statement: str) -> None:
    assert polarity_module._judged_by_a_verdict_sentence(statement) == (statement, False)


@pytest.mark.parametrize(
    "statement",
    [
        # "cartel" of drugs is no poster: the starter's subject, read as "cárteles" is (fixpolar107)
        "Trump firmó una orden contra los carteles de la droga. Es un bulo.",
        "Trump firmó una orden contra los cárteles de la droga. Es un bulo.",
        "Trump firmó una orden contra el cartel de Sinaloa. Es un bulo.",
        "Trump designó al Cartel del Golfo como grupo terrorista. Es falso.",
    ],
)
def test_a_drug_cartel_is_no_poster(statement: str) -> None:
    assert polarity_module._judged_by_a_verdict_sentence(statement) == (statement.rsplit(". ", 1)[0] + ".", True)


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # a question answered by a verdict sentence of its own: the writer asks X and says no, so the text denies
        # X; "That" read it so before polar107, "It" and "Eso" read it as "That" does (intended, fixpolar107)
        ("Are there US troops in Mexico? That is false.", _TROOPS),
        ("Are there US troops in Mexico? It is false.", _TROOPS),
        ("¿Hay tropas de EE. UU. en México? Eso es falso.", _TROOPS_ES),
        ("Did Mexico refuse the SEALs? It's a lie.", "Mexico refused the SEALs"),
    ],
)
def test_a_question_judged_by_a_verdict_sentence_is_denied(statement: str, claim: str) -> None:
    judged, denied = polarity_module._judged_by_a_verdict_sentence(statement)
    assert (judged, denied) == (statement[: statement.index("?") + 1], True)
    assert (polarity(statement, claim), polarity(claim, statement)) == (OPPOSITE, OPPOSITE)


@pytest.mark.parametrize(("statement", "claim", "expected"), CHANGED + KEPT)
def test_a_pronoun_or_spanish_verdict_sentence(statement: str, claim: str, expected: str) -> None:
    assert (polarity(statement, claim), polarity(claim, statement)) == (expected, expected)


@pytest.mark.parametrize(
    "statement",
    [
        # a thing X names that "it" / "this" may point at, whatever verdict follows
        "Trump posted a video of US troops in Mexico. It is false.",
        "Trump posted a video of US troops in Mexico. It is a lie.",
        "CNN aired a report on US troops in Mexico. This is fake news.",
        "A viral photo shows US troops in Sinaloa. It is false.",
        "Sheinbaum read a letter from the Senate. This is not true.",
        "Fox News ran a story about 10,000 troops. It was false.",
        "Trump posted a video of US troops in Mexico. It was fake.",
        # a bare "fake" or "hoax": any object can be a fake, an event a hoax
        "Mexico approved the SEALs. It's fake.",
        "Sheinbaum wore a Rolex at the summit. This is fake.",
        "The pandemic was planned. It was a hoax.",
        # X calls something fake or false itself
        "The moon landing was staged in a studio. It's a lie.",
        "The attack was a false flag operation. It is false.",
        "La llegada a la Luna fue un montaje. Es mentira.",
        # Spanish: the thing named, "falsa" of a feminine thing, "Esto" after a thing
        "Trump publicó un vídeo de tropas en México. Es falso.",
        "Sheinbaum compartió una foto de tropas en Sinaloa. Es falsa.",
        "Sheinbaum compartió una foto de tropas en Sinaloa. Esto es falso.",
        "Hay tropas de EE. UU. en México. ¿Es falso?",
        "Hay tropas de EE. UU. en México, es falso.",
    ],
)
def test_these_are_still_no_verdict_sentence(statement: str) -> None:
    assert polarity_module._judged_by_a_verdict_sentence(statement) == (statement, False)


_STARTER = Path(__file__).parent.parent / "claims.yaml"


@pytest.fixture(scope="module")
def matcher() -> LexicalMatcher:
    return LexicalMatcher(load_knowledge_base(_STARTER).claims, use_cache=False)


@pytest.mark.parametrize(
    ("said", "verdict", "claim_id"),
    [
        (said, verdict, "there-are-us-troops-in-mexico")
        for said in ("There are US troops in Mexico.", "US troops are in Mexico.", "The US military is in Mexico.")
        for verdict in (" That is false.", " That's a lie.", " It is false.", " This is fake news.")
    ]
    + [
        # Spanish: "Eso es falso" was no verdict ('same' as the claim), "Es mentira" one already
        (said, verdict, claim_id)
        for said, claim_id in [
            ("Hay tropas estadounidenses en México.", "there-are-us-troops-in-mexico"),
            ("El Senado aprobó el ingreso de 19 Navy SEALs.", "feb-2026-senate-approves-19-navy-seals"),
        ]
        for verdict in (" Eso es falso.", " Es mentira.")
    ],
)
def test_the_matcher_reads_x_without_its_verdict_sentence(
    matcher: LexicalMatcher, said: str, verdict: str, claim_id: str
) -> None:
    # the verdict sentence's words ("false", "lie", "fake news") were matched with X's: "There are US troops in Mexico.
    # That is false." had another claim closest, under the threshold (0.41), where X alone finds its own (0.88)
    alone = matcher.search(said, top=1)[0]
    judged = matcher.search(said + verdict, top=1)[0]
    assert (judged.claim.id, judged.score, judged.polarity) == (claim_id, alone.score, OPPOSITE)
    assert (alone.claim.id, alone.polarity) == (claim_id, SAME)


@pytest.mark.parametrize(
    "statement",
    [
        # a verdict sentence the matcher must not take away: the words are the claim's, or it is no verdict sentence
        "Trump posted a video of US troops in Mexico. It was fake.",
        "US troops are in Mexico, that's false.",
        "US troops are in Mexico. Mexico denies it. That is false.",
        "Trump said the reports of US troops in Mexico were false.",  # "were false" closes it (as before polar107)
        "There are US troops in Mexico. That is false?",
        "Mexico passed a fake news law.",
        "The troops in Mexico are a false flag operation.",
    ],
)
def test_the_matcher_keeps_what_is_no_verdict_sentence(matcher: LexicalMatcher, statement: str) -> None:
    # nothing taken out but what was before polar107 (``without_verdict_framing``)
    reading = matcher._read(statement, read_typos=False)
    assert reading is not None
    assert reading.judged == without_verdict_framing(statement)


@pytest.mark.xfail(strict=True, reason="known miss: a thing the list does not name is taken for X (docs/limits.md)")
def test_it_after_a_thing_the_list_does_not_name() -> None:
    # "it" is the banner: whether Sheinbaum held one up is not denied
    statement = "Sheinbaum held up a banner at the border. It is false."
    assert polarity_module._judged_by_a_verdict_sentence(statement) == (statement, False)


@pytest.mark.xfail(strict=True, reason="known miss: an X naming a listed thing is not read, though 'it' judges X")
def test_it_after_an_x_whose_subject_is_a_listed_thing() -> None:
    # "the number ... is 10,000" is what is false, either way "it" is read
    claim = "The number of US troops in Mexico is 10,000"
    assert polarity(claim + ". It is false.", claim) == OPPOSITE


@pytest.mark.xfail(strict=True, reason="known miss: Spanish 'falso' is 'fake' too; no bare-'fake' guard (limits.md)")
def test_a_spanish_fake_object() -> None:
    # "Es falso" speaks of the watch, as "It was fake." does, which is not read
    statement = "Sheinbaum lució un Rolex en la cumbre. Es falso."
    assert polarity_module._judged_by_a_verdict_sentence(statement) == (statement, False)
