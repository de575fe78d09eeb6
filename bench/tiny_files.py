"""Tiny knowledge bases (a student's or a small desk's first claims.yaml): paraphrases found, other facts silent.

    python bench/tiny_files.py                      # one-claim and five-claim files: counts per file
    python bench/tiny_files.py --show               # ... and every statement's score
    python bench/tiny_files.py --crowd-floor -1.5   # ... with another crowd floor for files of <= CROWD_SIZE claims

The four files of ``tiny_files`` are totalled on the line "all"; review47a's cases (``review_files``: paraphrases
in other words, an article's sentence with a long lead-in, German and Portuguese statements), which the two
attempts at raising a small file's floor lost, on the line "review47a cases".  On main: 43/48 found, 19/48
silent; 11/11 found, 6/6 silent.  With ``--crowd-floor -1.5``: 43/48, 34/48; 3/11, 6/6.

A file of a few claims reads every word as rare (``lexical_index._reference_size``: idf as if it had 1,000
claims) and gives a statement no crowd (``calibration.crowd_level``: the floor stands in for it), so three
common words shared ("US", "special forces", "Mexico") clear the threshold: "US special forces are fighting
cartels inside Mexico" scores 0.97 against the Senate's vote on 10 US trainers alone in a file, 0.02 in the
starter file.  This script measures it on files and statements of its own (no benchmark text, no data
needed): per file, how many paraphrases of its claim find it above the threshold, and how many statements
of another fact sharing its names or words stay below it.  ``--crowd-floor`` tries another floor for files
of at most ``CROWD_SIZE`` claims (the rule measured on CheckThat! 2020 train by ``bench/checkthat.py
--tiny-sizes 1,3,5,9``).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from factcheck.lexical import CROWD_SIZE, LexicalMatcher  # noqa: E402
from factcheck.model import Claim, Verdict  # noqa: E402
from factcheck.store import load_knowledge_base  # noqa: E402

SENATE = "feb-2025-senate-approves-10-us-special-forces-trainers"
#: starter claims beside the Senate's vote in the five-claim file
BESIDE_SENATE = (
    "there-are-us-troops-in-mexico",
    "mexico-sent-10000-national-guard-to-border",
    "sheinbaum-rejected-trump-troop-offer",
    "mexico-senate-must-authorize-foreign-troops",
)

SENATE_PARAPHRASES = (
    "Mexico's Senate let ten US soldiers in to train Mexican Navy special forces",
    "In February 2025 the Mexican Senate allowed 10 American soldiers into Mexico to train its navy",
    "The Senate of Mexico approved 10 US special forces trainers",
    "Mexican senators voted to let ten US troops train the navy's special forces",
    "Mexico's Senate authorised 10 US Army trainers for the navy in February 2025",
    "About ten American special forces soldiers were allowed into Mexico to train marines",
    "Mexico let 10 US special forces in to train its navy",
    "The Mexican Senate approved a delegation of 10 US soldiers to train special forces",
    "10 US soldiers entered Mexico with the Senate's approval to train the navy",
    "Senado de México autorizó 10 militares de Estados Unidos para entrenar a la Marina",
    "Mexico's senate OK'd ten US trainers for navy special forces",
    "US special forces trainers were approved by Mexico's Senate",
)
SENATE_OTHER_FACTS = (
    "US special forces are fighting cartels inside Mexico",
    "The US Senate approved new sanctions on Mexico",
    "Mexico's navy seized a cartel drug shipment",
    "US special forces raided a cartel lab in Mexico",
    "Mexico's Senate voted to legalise cannabis",
    "The Mexican navy bought new ships from the US",
    "American soldiers are training Ukrainian forces",
    "US special forces killed a cartel boss in Sinaloa",
    "Mexico sent its special forces to the US border",
    "The Senate confirmed a new US ambassador to Mexico",
    "US Navy ships patrol the coast of Mexico",
    "Special forces soldiers in Mexico arrested a governor",
)


@dataclasses.dataclass(frozen=True)
class TinyFile:
    name: str
    claims: tuple[Claim, ...]
    paraphrases: tuple[str, ...]  # each should find claims[0] above the threshold
    other_facts: tuple[str, ...]  # each should find nothing above it


def _claim(claim_id: str, text: str) -> Claim:
    return Claim(id=claim_id, claim=text, verdict=Verdict.FALSE)


def tiny_files() -> list[TinyFile]:
    starter = {claim.id: claim for claim in load_knowledge_base(REPO / "claims.yaml").claims}
    senate = starter[SENATE]
    return [
        TinyFile("senate, alone", (senate,), SENATE_PARAPHRASES, SENATE_OTHER_FACTS),
        TinyFile(
            "senate + 4 starter claims",
            (senate, *(starter[i] for i in BESIDE_SENATE)),
            SENATE_PARAPHRASES,
            SENATE_OTHER_FACTS,
        ),
        TinyFile(
            "vitamin D, alone",
            (_claim("vitamin-d", "Vitamin D supplements prevent COVID-19 infection"),),
            (
                "Vitamin D prevents COVID-19",
                "Taking vitamin D stops you catching covid",
                "vitamin d supplements protect against covid 19",
                "Vitamin D pills prevent coronavirus infection",
                "Covid-19 infection is prevented by vitamin D supplements",
                "Vitamin D supplementation prevents COVID infections",
                "vit D prevents covid",
                "Supplements of vitamin D stop COVID-19 infection",
                "Vitamin D keeps you from getting COVID-19",
                "Taking vitamin D supplements prevents Covid",
                "Vitamin D will prevent you from getting infected with COVID-19",
                "La vitamina D previene el COVID-19",
            ),
            (
                "Vitamin C cures the common cold",
                "COVID-19 vaccines cause infertility",
                "Zinc supplements prevent COVID-19 infection",
                "Vitamin D deficiency is common in winter",
                "COVID-19 infection rates rose in 2020",
                "Supplements are not regulated by the FDA",
                "Ivermectin prevents COVID-19 infection",
                "Vitamin D supplements cause kidney stones",
                "Hand sanitiser prevents infection",
                "COVID-19 was made in a lab",
                "Vitamin A improves your eyesight",
                "Masks prevent COVID-19 infection",
            ),
        ),
        TinyFile(
            "minimum wage, alone",
            (_claim("minimum-wage", "Bolsonaro raised the minimum wage above inflation in 2020"),),
            (
                "Bolsonaro raised the minimum wage above inflation",
                "In 2020 Bolsonaro increased the minimum wage more than inflation",
                "Bolsonaro gave a minimum wage rise above inflation in 2020",
                "The minimum wage went up above inflation under Bolsonaro in 2020",
                "Bolsonaro lifted the minimum wage beyond inflation",
                "Brazil's minimum wage rose faster than inflation under Bolsonaro in 2020",
                "Bolsonaro boosted the minimum wage above the inflation rate",
                "Bolsonaro raised Brazil's minimum wage in 2020",
                "Bolsonaro increased the minimum salary above inflation",
                "The minimum wage beat inflation in 2020 thanks to Bolsonaro",
                "Bolsonaro's 2020 minimum wage rise exceeded inflation",
                "Bolsonaro aumentou o salário mínimo acima da inflação em 2020",
            ),
            (
                "Lula raised the minimum wage above inflation in 2020",
                "Bolsonaro cut pensions in 2020",
                "Bolsonaro denied the pandemic in 2020",
                "Inflation in Brazil hit 10% in 2021",
                "Bolsonaro lost the 2022 election",
                "The minimum wage in the US is $7.25",
                "Bolsonaro raised taxes on fuel in 2020",
                "Bolsonaro was born in 1955",
                "Argentina raised the minimum wage above inflation",
                "Bolsonaro froze public sector wages in 2020",
                "Bolsonaro visited Trump in 2020",
                "Brazil's inflation rose above 4% in 2020",
            ),
        ),
    ]


#: a health desk's first file (review47a's fixture): its paraphrases name the claim's subject in other words
#: ("coronavirus", "5G masts", "MMR shots"), sharing fewer words with it than a statement of another fact
#: sharing a name and a common word or two; any rule that reads overlap alone silences them first
HEALTH_DESK = (
    Claim(
        id="vaccines-autism",
        claim="Vaccines cause autism",
        verdict=Verdict.FALSE,
        aliases=("The MMR vaccine causes autism",),
        summary="Large studies of millions of children found no link between vaccines and autism.",
    ),
    Claim(
        id="5g-covid",
        claim="5G networks spread COVID-19",
        verdict=Verdict.FALSE,
        summary="Viruses cannot travel on radio waves.",
    ),
    _claim("garlic-covid", "Eating garlic prevents infection with the coronavirus"),
    _claim("ivermectin", "Ivermectin cures COVID-19"),
    Claim(
        id="fluoride-iq",
        claim="Fluoride in tap water lowers children's IQ",
        verdict=Verdict.MISLEADING,
        summary="Only at concentrations well above those used in US water.",
    ),
)


def _first(claims: Sequence[Claim], claim_id: str) -> tuple[Claim, ...]:
    """``claims`` with ``claim_id`` first (the claim a ``TinyFile``'s paraphrases should find)."""
    return tuple(sorted(claims, key=lambda claim: claim.id != claim_id))


def review_files() -> list[TinyFile]:
    """review47a's cases against a small file's raised crowd floor: paraphrases in other words, an article's
    sentence saying the claim after a long lead-in (as ``scan`` reads it), statements in German and Portuguese
    (languages the language reader does not stem), and statements of another fact."""
    starter = {claim.id: claim for claim in load_knowledge_base(REPO / "claims.yaml").claims}
    troops = starter["mexico-sent-10000-national-guard-to-border"]
    return [
        TinyFile(
            "health desk, vaccines",
            _first(HEALTH_DESK, "vaccines-autism"),
            (
                "MMR shots trigger autism",
                "Vaccinations lead to autism",
                "Childhood vaccines are responsible for autism",
                "A post shared 40,000 times on Facebook last week by a wellness influencer from Ohio says vaccines "
                "cause autism.",
                "A post shared 40,000 times on Facebook by a wellness influencer from Ohio claims vaccines cause "
                "autism in babies.",
            ),
            ("Autism rates rose in 2023", "Fluoride toothpaste protects teeth", "Garlic prices rose this year"),
        ),
        TinyFile(
            "health desk, 5G",
            _first(HEALTH_DESK, "5g-covid"),
            ("Coronavirus is spread by 5G masts", "Does 5G spread the coronavirus?", "5G towers are spreading COVID"),
            (
                "5G networks launched in Kenya",
                "COVID-19 cases rose in December",
                "Ivermectin is used to treat river blindness",
            ),
        ),
        TinyFile(
            "troops at the border, alone",
            (troops,),
            (
                "Mexiko hat 10.000 Soldaten an die US-Grenze geschickt",
                "Mexiko schickt 10.000 Soldaten an die Grenze zu den USA",
                "México envia 10.000 soldados para a fronteira com os EUA",
            ),
            (),
        ),
    ]


def matcher(claims: Sequence[Claim], crowd_floor: float | None) -> LexicalMatcher:
    built = LexicalMatcher(claims, use_cache=False)
    if crowd_floor is not None and len(claims) <= CROWD_SIZE:
        built.calibration = dataclasses.replace(built.calibration, crowd_floor=crowd_floor)
    return built


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", action="store_true", help="print every statement's score")
    parser.add_argument("--crowd-floor", type=float, default=None, help="crowd floor of files of <= CROWD_SIZE claims")
    args = parser.parse_args(argv)
    for label, files in (("all", tiny_files()), ("review47a cases", review_files())):
        _report(label, files, args.crowd_floor, args.show)
    return 0


def _report(label: str, files: Sequence[TinyFile], crowd_floor: float | None, show: bool) -> None:
    """Per file and in all, how many paraphrases find the file's first claim and how many other facts stay silent."""
    found_total = silent_total = paraphrases_total = others_total = 0
    for tiny in files:
        built = matcher(tiny.claims, crowd_floor)
        found = silent = 0
        for kind, statements in (("paraphrase", tiny.paraphrases), ("other fact", tiny.other_facts)):
            for statement in statements:
                matches = built.search(statement, top=1)
                top = matches[0] if matches else None
                clears = top is not None and top.score >= built.threshold
                if kind == "paraphrase":
                    ok = clears and top is not None and top.claim.id == tiny.claims[0].id
                    found += ok
                else:
                    ok = not clears
                    silent += ok
                if show:
                    score = f"{top.score:.2f}" if top else "-"
                    print(f"  {'ok ' if ok else 'BAD'} {kind:10}  {score:>4}  {statement}")
        print(
            f"{tiny.name} ({len(tiny.claims)} claims): paraphrases found {found}/{len(tiny.paraphrases)}, "
            f"other facts silent {silent}/{len(tiny.other_facts)}"
        )
        found_total += found
        silent_total += silent
        paraphrases_total += len(tiny.paraphrases)
        others_total += len(tiny.other_facts)
    found_share = f"{found_total}/{paraphrases_total}"
    print(f"{label}: paraphrases found {found_share}, other facts silent {silent_total}/{others_total}")


if __name__ == "__main__":
    raise SystemExit(main())
