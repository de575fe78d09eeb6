"""Who sends troops for a country, as a knowledge base says it (``substitution._stand_ins``), and the sender a
statement opens with past a short label ("Fact: Mexico sent 10,000 troops")."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck import substitution
from factcheck.lexical import SUBSTITUTION_CAP, LexicalMatcher
from factcheck.model import Claim
from factcheck.store import load_knowledge_base
from factcheck.substitution import _senders, _stand_ins

STARTER = Path(__file__).parent.parent / "claims.yaml"
#: a claim of two countries sending troops, worded with a person sending for one of them (a reviewer's entry)
BOTH_SENT = (
    "In 2025 both the US and Mexico sent thousands of troops to their shared border.",
    "Trump sent troops to the southern border and Mexico sent its own to the other side",
    "Mexico sent 10,000 troops to the border while the US sent thousands to its side",
)


@pytest.fixture(scope="module")
def starter_claims() -> list[Claim]:
    return list(load_knowledge_base(STARTER).claims)


@pytest.fixture(scope="module")
def with_both_sent(starter_claims: list[Claim]) -> LexicalMatcher:
    both = replace(starter_claims[0], id="both-countries-sent-troops-to-border-2025", claim=BOTH_SENT[0])
    both = replace(both, aliases=BOTH_SENT[1:], summary="Test entry written by a reviewer.")
    return LexicalMatcher([*starter_claims, both], use_cache=False)


def _wordings(claims: list[Claim]) -> list[tuple[str, ...]]:
    return [(claim.claim, *claim.aliases) for claim in claims]


def test_a_claim_of_two_countries_sending_troops_teaches_no_one_to_send_for_either(
    starter_claims: list[Claim],
) -> None:
    # "Trump sent troops ..." beside "Mexico sent ..." in one claim made Trump send for Mexico
    assert _stand_ins([*_wordings(starter_claims), BOTH_SENT]) == {"sheinbaum": "mexico"}


@pytest.mark.parametrize(
    ("statement", "shown"),
    [
        ("Trump sent 10,000 troops into Mexico", "us-troops-in-mexico-10000"),
        ("Trump deployed more than 10,000 troops in Mexico", "us-troops-in-mexico-10000"),
    ],
)
def test_a_person_sending_beside_a_second_country_still_sends_as_no_one_else(
    with_both_sent: LexicalMatcher, statement: str, shown: str
) -> None:
    # capped at 0.20 (from 0.66) as Mexico's troops, "Trump deployed ..." showing a TRUE claim of Mexico's first
    found = with_both_sent.search(statement)
    assert shown in [match.claim.id for match in found if match.score >= with_both_sent.threshold]


def test_a_wording_whose_troops_are_some_countrys_teaches_nothing() -> None:
    # Tiani is Niger's leader: "Tiani sent Nigerien troops ..." beside "Chad sent ..." made Tiani send for Chad
    claim = ("Chad sent troops into Nigeria to fight Boko Haram in 2015", "Tiani sent {}troops into Nigeria")
    assert _stand_ins([(claim[0], claim[1].format("Nigerien "))]) == {}
    assert _stand_ins([(claim[0], claim[1].format("US "))]) == {}
    assert _stand_ins([(claim[0], claim[1].format("10,000 "))]) == {"tiani": "chad"}  # the file says so: learned
    assert _stand_ins([(claim[0], claim[1].format("National Guard "))]) == {"tiani": "chad"}  # a kind, no owner


#: a claim putting troops in Chad: Chad is a place of the file
IN_CHAD = ("France kept troops in Chad", "There were French troops in Chad")


@pytest.mark.parametrize(
    "wordings",
    [
        # Niger, a country the file never puts anything in, sent for Chad
        [("Chad sent 2,500 troops into Nigeria", "Niger sent troops into Nigeria"), IN_CHAD],
        # a sender a claim of one wording names as a place
        [
            ("Chad sent troops into Nigeria in 2015", "Doba sent troops into Nigeria"),
            ("Troops were deployed in Doba",),
            IN_CHAD,
        ],
        # a second country owning the troops: US troops beside Mexico's
        [
            (
                "US and Mexican soldiers patrol the border together inside Mexico",
                "Trump sent troops to patrol the border jointly with Mexican soldiers",
                "Mexico sent soldiers to patrol the border together with US troops",
            ),
            ("US troops are stationed in Mexico", "There are US troops in Mexico"),
        ],
        # two countries sending
        [
            (
                "Chad and Niger sent troops into Nigeria in 2015",
                "Chad sent 2,500 troops into Nigeria",
                "Tiani sent troops",
            ),
            IN_CHAD,
        ],
    ],
    ids=["a known country", "a place of the file", "a second owner", "a second sender"],
)
def test_a_country_or_a_place_or_a_claim_of_two_countries_teaches_no_stand_in(wordings: list[tuple[str, ...]]) -> None:
    assert _stand_ins(wordings) == {}


def test_the_matcher_reads_who_sends_for_a_country_only_for_a_statements_sender(
    monkeypatch: pytest.MonkeyPatch, starter_claims: list[Claim]
) -> None:
    # stand_ins over the whole file was built in every check process: 3 s of CPU on 10,000 claims worded alike
    read: list[str] = []
    sent_by = substitution._troops_sent_by
    monkeypatch.setattr(substitution, "_troops_sent_by", lambda text: read.append(text) or sent_by(text))
    vocabulary = LexicalMatcher(starter_claims, use_cache=False)._vocabulary
    assert read == []  # built without reading a wording
    assert vocabulary.stand_ins.get("sheinbaum", "sheinbaum") == "mexico"
    # the wordings of the claims holding "sheinbaum", not the file's
    assert 0 < len(read) < sum(map(len, _wordings(starter_claims))) / 4


def test_a_sender_is_looked_up_in_the_claims_holding_it_alone() -> None:
    asked: list[str] = []
    claims = [("Mexico sent 10,000 troops to the US border", "Sheinbaum sent 10,000 troops to Mexico's border")]

    def holding(term: str) -> list[tuple[str, ...]]:
        asked.append(term)
        return claims if term == "sheinbaum" else []

    found = substitution.KnowledgeBaseStandIns(holding)
    assert found.get("mexico", "mexico") == "mexico"  # a country: nothing read
    assert asked == []
    assert found.get("sheinbaum", "sheinbaum") == "mexico"
    assert found.get("sheinbaum", "sheinbaum") == "mexico"  # once
    assert asked == ["sheinbaum", "sheinbaum"]  # its claims, then whether it is a place of the file


@pytest.mark.parametrize("label", ["Fact", "Claim", "FALSE", "BREAKING", "Update", "Reminder", "Breaking news"])
def test_a_short_label_before_a_colon_opens_no_sender(label: str) -> None:
    # "Fact: Mexico sent 10,000 troops" was read as opening with "fact", and shown as "There are more than 10,000 US
    # troops deployed in Mexico" (FALSE) at 1.00
    assert {name for name, _ in _senders(f"{label}: Mexico sent 10,000 troops", {"usa", "mexico"})} == {"mexico"}
    assert substitution._opening_term(f"{label}: Mexico sent 10,000 troops") == "mexico"


@pytest.mark.parametrize("label", ["Fact", "Claim", "Reminder"])
def test_a_labelled_sending_of_mexicos_troops_is_no_us_troops_in_mexico(
    label: str, starter_claims: list[Claim]
) -> None:
    matcher = LexicalMatcher(starter_claims, use_cache=False)
    found = matcher.search(f"{label}: Mexico sent 10,000 troops")
    assert found[0].claim.id == "mexico-sent-10000-national-guard-to-border"
    shown = [match.claim.id for match in found if match.score >= matcher.threshold]
    assert "us-troops-in-mexico-10000" not in shown


def test_a_time_or_a_label_alone_is_no_label() -> None:
    assert substitution._after_label("10:30 Mexico sent troops") == "10:30 Mexico sent troops"
    assert substitution._after_label("Fact:") == "Fact:"


@pytest.mark.parametrize("reply", ["No", "Nope", "Yes", "Well", "Actually"])
def test_a_replys_first_word_opens_no_actor(reply: str) -> None:
    # "No, the US did in February 2025." was read as opening with "no", no actor, and shown as "Mexico deployed
    # 10,000 of its own troops to the US border in February 2025" (TRUE) at 0.97
    assert substitution._opening_term(f"{reply}, the US did in February 2025.") == "usa"
    assert substitution._opening_term(f"{reply}, Mexico sent 10,000 troops") == "mexico"


def test_a_reply_word_without_its_comma_is_read_as_before() -> None:
    # "No US troops ..." opens with "no", no actor; "Yes Men", "Well Fargo" and a reply alone are left as written
    assert substitution._after_label("No US troops are in Mexico") == "No US troops are in Mexico"
    assert substitution._after_label("Well, ") == "Well, "
    assert substitution._after_label("Nothing, the US said") == "Nothing, the US said"
    assert substitution._opening_term("No US troops are in Mexico") is None


def test_a_reply_naming_another_actor_is_not_the_claim(starter: LexicalMatcher) -> None:
    claim = "mexico-sent-10000-national-guard-to-border"
    assert _score(starter, "No, the US sent troops in February 2025.", claim) <= SUBSTITUTION_CAP
    # the claim's own actor keeps it, reply or not (an actor and a date alone say nothing of the claim: match35)
    replied = _score(starter, "No, Mexico sent troops in February 2025.", claim)
    assert replied == _score(starter, "Mexico sent troops in February 2025.", claim) and replied >= starter.threshold


@pytest.fixture(scope="module")
def starter(starter_claims: list[Claim]) -> LexicalMatcher:
    return LexicalMatcher(starter_claims, use_cache=False)


def _score(matcher: LexicalMatcher, statement: str, claim_id: str) -> float:
    found = matcher.search(statement, top=len(matcher.claims))
    return next((match.score for match in found if match.claim.id == claim_id), 0.0)


@pytest.mark.parametrize(
    ("statement", "elsewhere"),
    [
        # a person the file never has send troops, to a border: not the US troops inside Mexico (0.37 and 0.93; the
        # hybrid matcher showed the Spanish statement as that FALSE claim at 0.79)
        ("AMLO envió 10 mil soldados a la frontera", "us-troops-in-mexico-10000"),
        ("AMLO sent 10,000 soldiers to the border", "us-troops-in-mexico-10000"),
        # troops sent into Mexico are not Mexico's own sent out to the US border (0.70, 0.47)
        ("Secretary Hegseth sent 10,000 troops into Mexico", "mexico-sent-10000-national-guard-to-border"),
        ("Trump sent 10,000 troops into Mexico", "mexico-sent-10000-national-guard-to-border"),
    ],
)
def test_troops_sent_elsewhere_by_someone_not_known_to_send_the_claims_are_not_the_claims(
    starter: LexicalMatcher, statement: str, elsewhere: str
) -> None:
    assert _score(starter, statement, elsewhere) <= SUBSTITUTION_CAP


@pytest.mark.parametrize(
    ("statement", "shown"),
    [
        ("Mexico's president sent 10,000 troops to the border", "mexico-sent-10000-national-guard-to-border"),
        ("President Sheinbaum sent 10,000 troops to the border", "mexico-sent-10000-national-guard-to-border"),
        ("Mexico sent 10,000 troops to the border", "mexico-sent-10000-national-guard-to-border"),
        ("Trump sent 10,000 troops into Mexico", "us-troops-in-mexico-10000"),
        ("The US sent 10,000 troops into Mexico", "us-troops-in-mexico-10000"),
    ],
)
def test_troops_sent_where_the_claim_puts_them_are_still_the_claims(
    starter: LexicalMatcher, statement: str, shown: str
) -> None:
    assert _score(starter, statement, shown) >= starter.threshold


def test_a_persons_title_is_no_sender_of_its_own() -> None:
    # "Secretary Hegseth" was read as two words before the verb: no sender, so troops of no one's
    assert _senders("Secretary Hegseth sent 10,000 troops into Mexico", {"hegseth"}) == {("hegseth", "troop")}
    assert _senders("La presidenta Sheinbaum envió 10 mil soldados", {"sheinbaum"}) == {("sheinbaum", "trop")}
    assert _senders("Mexico's president sent 10,000 troops", {"mexico"}) == {("mexico", "troop")}


@pytest.mark.parametrize("label", ["Claim", "Fact", "Reminder"])
def test_a_labelled_sending_is_found_beside_a_claim_of_two_countries_sending(
    with_both_sent: LexicalMatcher, label: str
) -> None:
    # "Claim: Mexico sent 10,000 troops" scored 0.50 on mexico-sent-10000-national-guard-to-border, under the
    # threshold, and was shown at 0.20 below two capped claims; "Mexico sent 10,000 troops" scores 0.80
    found = with_both_sent.search(f"{label}: Mexico sent 10,000 troops")
    assert found[0].claim.id == "mexico-sent-10000-national-guard-to-border"
    assert found[0].score >= with_both_sent.threshold
    assert [match.claim.id for match in found if match.score >= with_both_sent.threshold] == [found[0].claim.id]


@pytest.mark.parametrize("title", ["President", "Former President", "Vice President", "Secretary"])
def test_a_persons_title_is_no_other_actor(starter: LexicalMatcher, title: str) -> None:
    # "President Trump ..." was capped at 0.20 while "Trump sent 10,000 troops into Mexico" scores 0.98
    statement = f"{title} Trump sent 10,000 troops into Mexico"
    assert _score(starter, statement, "us-troops-in-mexico-10000") >= starter.threshold


#: claims of another file opening with a country or a titled person (a reviewer's world.yaml)
WORLD = (
    ("us-troops-poland", "The US sent 3,000 troops to Poland in February 2022"),
    ("milley-china-calls", "General Mark Milley called his Chinese counterpart in 2020 to reassure him"),
)


@pytest.fixture(scope="module")
def with_world(starter_claims: list[Claim]) -> LexicalMatcher:
    added = [replace(starter_claims[0], id=claim_id, claim=text, aliases=()) for claim_id, text in WORLD]
    return LexicalMatcher([*starter_claims, *added], use_cache=False)


@pytest.mark.parametrize("title", ["", "President ", "King ", "Judge ", "Governor "])
def test_a_title_makes_a_statement_no_looser_than_without_it(with_world: LexicalMatcher, title: str) -> None:
    # the title's term made the statement 8 terms long, so only the names-and-numbers check ran, and the titled name
    # read as an opening word was skipped there: "President Putin sent ..." was the US's sending at 1.00, "Putin
    # sent ..." capped at 0.20
    name = {"": "Putin", "President ": "Putin", "King ": "Charles", "Judge ": "Smith", "Governor ": "Newsom"}[title]
    statement = f"{title}{name} sent 3,000 troops to Poland in February 2022"
    assert _score(with_world, statement, "us-troops-poland") <= SUBSTITUTION_CAP


def test_a_titled_person_the_file_has_send_for_another_country_stands_for_none_else(starter: LexicalMatcher) -> None:
    # the file has Sheinbaum send troops for Mexico: as President she is not the US of "The US has invaded Mexico
    # in the past" (0.99) nor of the US's trainers (1.00)
    for statement, claim_id in [
        ("President Sheinbaum has invaded Mexico in the past", "us-troops-invaded-mexico-in-past"),
        (
            "President Sheinbaum keeps only small numbers of military trainers in Mexico",
            "us-keeps-only-small-training-contingents-in-mexico",
        ),
    ]:
        assert _score(starter, statement, claim_id) <= SUBSTITUTION_CAP


def test_a_title_keeps_its_gains(with_world: LexicalMatcher) -> None:
    assert _score(with_world, "President Trump sent 10,000 troops into Mexico", "us-troops-in-mexico-10000") >= (
        with_world.threshold
    )
    assert _score(with_world, "Gen. Milley called his Chinese counterpart in 2020", "milley-china-calls") >= (
        with_world.threshold
    )


@pytest.mark.parametrize(
    "statement",
    [
        "NORTHCOM sent 10,000 troops to the southern border",
        "Texas sent 10,000 troops to the border",
        "Washington sent 10,000 troops to the border",
        "Trump sent 10,000 troops to the border",
        "AMLO sent 10,000 soldiers to the border",  # a person the file never has send troops for Mexico
        # "over" before a count qualifies it: it ended what was sent, so no troops were read as sent (0.98, 0.80)
        "Trump has sent over 10,000 troops to the southern border",
        "Trump deployed over 10,000 troops to the border",
    ],
)
def test_troops_sent_to_a_border_by_a_sender_not_known_as_their_owner_are_not_the_owners(
    starter: LexicalMatcher, statement: str
) -> None:
    # 93fb3ae dropped the US troops deployed in Mexico for such a sender, but kept Mexico's own troops sent to the US
    # border (0.88, 0.97, 0.92, 0.91, 0.93): as if Mexico had sent them
    assert _score(starter, statement, "mexico-sent-10000-national-guard-to-border") <= SUBSTITUTION_CAP
    assert _score(starter, statement, "us-troops-in-mexico-10000") <= SUBSTITUTION_CAP


@pytest.mark.parametrize("module", ["substitution", "short_statements", "typos", "lexical_scoring"])
def test_the_public_functions_of_a_matching_module_are_the_ones_the_package_calls(module: str) -> None:
    # substitution.stand_ins was public, and only the tests called it: a module's public names are its interface
    # to the rest of the package, and a reader takes them for ones the matcher uses
    package = Path(substitution.__file__).parent
    called: set[str] = set()
    for path in package.rglob("*.py"):
        if path.stem != module:
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[-1] == module:
                    called |= {alias.name for alias in node.names}
                elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == module:
                    called.add(node.attr)
    tree = ast.parse((package / f"{module}.py").read_text(encoding="utf-8"))
    public = {node.name for node in tree.body if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")}
    assert sorted(public - called) == []
