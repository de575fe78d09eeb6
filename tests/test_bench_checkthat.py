"""A tiny CheckThat!-shaped data set through bench/checkthat.py: conversion, twins, measures, CLI path."""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from factcheck.calibration import Calibration, TwoStageCalibration
from factcheck.lexical import SUBSTITUTION_CAP, Candidate, LexicalMatcher
from factcheck.model import Claim, Verdict
from factcheck.store import load_knowledge_base


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("checkthat")


FACT_CHECKS = [
    {"vclaim_id": "0", "vclaim": 'A "large-scale killing" of farmers is under way.', "title": "FALSE: Farm killings?"},
    {"vclaim_id": "1", "vclaim": "A 'large-scale killing' of farmers is under way.", "title": "Farm killings?"},
    {"vclaim_id": "2", "vclaim": "Bricks of cocaine washed ashore after Hurricane Dorian.", "title": "Cocaine bricks"},
    {"vclaim_id": "3", "vclaim": "A video shows a dragon over a baseball stadium.", "title": "AR dragon"},
]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "vclaims.jsonl").write_text("".join(json.dumps(r) + "\n" for r in FACT_CHECKS), encoding="utf-8")
    dev = tmp_path / "dev"
    dev.mkdir()
    (dev / "queries.tsv").write_text(
        "q1\tHurricane Dorian washed up bricks of cocaine pic.twitter.com/x — News (@news) Sep 1, 2019\n"
        "q2\tThat dragon flying over the stadium is fake\n",
        encoding="utf-8",
    )
    (dev / "qrels.tsv").write_text("q1\t2\nq2\t3\n", encoding="utf-8")
    return tmp_path


def test_conversion_gives_a_loadable_claims_file(bench: ModuleType, data: Path, tmp_path: Path) -> None:
    fact_checks = bench.read_fact_checks(data / "vclaims.jsonl")
    path = tmp_path / "kb.yaml"
    path.write_text(bench.to_claims_yaml(fact_checks), encoding="utf-8")
    kb = load_knowledge_base(path)
    assert [c.id for c in kb.claims] == ["vc-0", "vc-1", "vc-2", "vc-3"]
    assert kb.claims[0].aliases == ("Farm killings?",)  # the rating prefix is not part of the title
    assert {c.verdict.value for c in kb.claims} == {"unsupported"}


def test_twins_are_grouped(bench: ModuleType, data: Path) -> None:
    group = bench.twin_groups(bench.read_fact_checks(data / "vclaims.jsonl"))
    assert group["0"] == group["1"] != group["2"]


def test_measures(bench: ModuleType) -> None:
    assert bench.average_precision(["a", "b", "c"], frozenset({"b"}), 5) == 0.5
    assert bench.average_precision(["a", "b", "c"], frozenset({"a", "c"}), 5) == pytest.approx((1 + 2 / 3) / 2)
    assert bench.average_precision(["a", "b", "c"], frozenset({"c"}), 1) == 0.0
    assert bench.reciprocal_rank(["a", "b"], frozenset({"b"})) == 0.5
    query = bench.Query("q", "text", frozenset({"1"}))
    group = {"0": "0", "1": "0", "2": "2"}
    strict = bench.ranking_metrics([["0", "1"]], [query], None)
    merged = bench.ranking_metrics([["0", "1"]], [query], group)
    assert strict["MAP@1"] == 0.0 and strict["MAP@5"] == 0.5
    assert merged["MAP@1"] == merged["MAP@5"] == merged["P@1"] == 1.0


def test_the_answers_removed_come_in_an_order_that_no_hash_seed_changes(bench: ModuleType) -> None:
    # the first is the claim a one-topic file is built around: set order made those files differ between runs
    groups = [f"g{n}" for n in range(8)]
    query = bench.Query("q", "text", frozenset(reversed(groups)))
    members = {g: [g, f"{g}-twin"] for g in groups}
    removed = bench.removed_ids(query, {g: g for g in groups}, members)
    assert removed == [bench.claim_id(m) for g in sorted(groups) for m in members[g]]


def test_open_set_rates(bench: ModuleType) -> None:
    outcomes = [(0.9, True, 0.2), (0.7, False, 0.6), (0.3, True, 0.1), (0.8, True, 0.9)]
    rates = bench.open_set(outcomes, 0.5)
    assert rates == {"answered right": 0.5, "answered wrong": 0.25, "silent": 0.25, "false match": 0.5}


def test_whole_run_on_tiny_data(bench: ModuleType, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--data", str(data), "--split", "dev", "--no-timings"]) == 0
    out = capsys.readouterr().out
    assert "MAP@5 1.000" in out  # both queries find their fact-check first
    assert "rankings identical" in out  # the installed command agrees with the library


def test_one_topic_knowledge_bases(bench: ModuleType, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--data", str(data), "--split", "dev", "--no-cli", "--topical-sizes", "2"]) == 0
    out = capsys.readouterr().out
    assert "each query's fact-check + its 2 nearest claims" in out
    # both queries still find their fact-check among its nearest neighbours
    assert "answered right 100.0%" in out.split("one-topic")[1]


def test_tiny_knowledge_bases(bench: ModuleType, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--data", str(data), "--split", "dev", "--no-cli", "--tiny-sizes", "2"]) == 0
    out = capsys.readouterr().out.split("2-claim files")[1]
    # each query finds its fact-check beside a random other; beside its nearest other one, nothing matches it
    assert "answered right 100.0%" in out
    assert "false match 0.0%" in out


def test_missing_data_skips_cleanly(bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--data", str(tmp_path / "nowhere")]) == 0
    assert "skipping" in capsys.readouterr().out


def test_exclude_is_how_the_bench_removes_answers(bench: ModuleType, data: Path, tmp_path: Path) -> None:
    path = tmp_path / "kb.yaml"
    path.write_text(bench.to_claims_yaml(bench.read_fact_checks(data / "vclaims.jsonl")), encoding="utf-8")
    matcher = LexicalMatcher(load_knowledge_base(path).claims, use_cache=False)
    query = "bricks of cocaine washed ashore after Dorian"
    assert matcher.search(query, top=1)[0].claim.id == "vc-2"
    assert all(m.claim.id != "vc-2" for m in matcher.search(query, exclude=["vc-2"]))


def test_orderings_on_tiny_data(bench: ModuleType, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--data", str(data), "--split", "dev", "--no-cli", "--orderings"]) == 0
    table = capsys.readouterr().out.split("orderings of the")[1].splitlines()
    rows = {line[:32].strip(): line[32:].split() for line in table[2:] if line.strip()}
    assert set(rows) >= {"BM25 order, scores capped", "confident first (shipped)", "re-rank top 10 by score"}
    assert rows["BM25 order, scores capped"][1] == "1.000"  # MAP@5: both queries find their fact-check first


def _candidate(position: int, value: float) -> Candidate:
    return Candidate(position=position, rank_score=1.0 - position / 10, features=(value,), probability=0.0)


def test_rescore_shows_candidates_as_the_matcher_does(bench: ModuleType) -> None:
    # stage 1 passes the feature through; stage 2 is the logistic of it: scores 0.27, 0.88, 0.5
    calibration = TwoStageCalibration(
        evidence=Calibration(("x",), (1.0,), 0.0),
        score=Calibration(("e", "m"), (1.0, 0.0), 0.0),
        crowd_size=9,
        crowd_floor=0.0,
    )
    query = bench.Query("q", "text", frozenset({"b"}))
    full = [_candidate(0, -1.0), _candidate(1, 2.0), _candidate(2, 0.0)]
    empty = [_candidate(0, -1.0), _candidate(2, -3.0)]
    item = bench.Scored(query, full, ["a", "b", "c"], [False, True, False], empty)
    ((score, right, removed),) = bench.rescore([item], calibration, 0.5)
    # the BM25 winner scores 0.27; the runner-up clears 0.5 on its own and is shown first
    assert score == pytest.approx(1 / (1 + math.exp(-2.0))) and right
    assert removed == pytest.approx(1 / (1 + math.exp(1.0)))  # nothing clears: the BM25 winner is shown
    assert bench.calibration_examples([item]) == [([(-1.0,), (2.0,), (0.0,)], 0), ([(-1.0,), (-3.0,)], 0)]
    assert bench.calibration_twins([item]) == [None, None]


def test_rescore_and_fitting_rows_carry_the_twin_keys(bench: ModuleType) -> None:
    # stage 2 sees only how far a candidate stands out of a crowd of one
    calibration = TwoStageCalibration(
        evidence=Calibration(("x",), (1.0,), 0.0),
        score=Calibration(("e", "m"), (0.0, 1.0), 0.0),
        crowd_size=1,
        crowd_floor=-5.0,
    )
    query = bench.Query("q", "text", frozenset({"a"}))
    full = [_candidate(0, 2.0), _candidate(1, 2.0), _candidate(2, 0.0)]
    empty = [_candidate(2, 0.0)]
    keys = [b"x", b"x", b"y"]
    plain = bench.Scored(query, full, ["a", "b", "c"], [True, True, False], empty)
    twins = bench.Scored(query, full, ["a", "b", "c"], [True, True, False], empty, (keys, [b"y"]))
    ((as_rivals, _, _),) = bench.rescore([plain], calibration, 0.5)
    ((as_twins, right, _),) = bench.rescore([twins], calibration, 0.5)
    assert as_rivals == pytest.approx(0.5)  # 2 - 2: the copy is its crowd
    assert as_twins == pytest.approx(1 / (1 + math.exp(-2.0))) and right  # 2 - 0: the next other claim is
    assert bench.calibration_twins([twins]) == [keys, [b"y"]]


@pytest.fixture(scope="module")
def variants(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("alias_variants")


def test_alias_variants_on_tiny_data(variants: ModuleType, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert variants.main(["--data", str(data), "--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert "disagree" not in out  # the harness's shipped variant ranks as the matcher does
    shipped = next(line for line in out.splitlines() if "(shipped)" in line).split()
    assert shipped[-6:-3] == ["1.000", "1.000", "1.000"]  # MAP@5, strict, titles repeated
    assert shipped[-3] == shipped[-1]  # every starter statement ranks its claim first


def test_repeat_titles_repeats_only_the_last_alias(variants: ModuleType) -> None:
    claims = [Claim(id=f"c{i}", claim=f"Claim {i}", verdict=Verdict.FALSE, aliases=("a", "title")) for i in range(50)]
    claims.append(Claim(id="bare", claim="No aliases", verdict=Verdict.FALSE))
    repeated = variants.repeat_titles(claims)
    extras = [len(c.aliases) - 2 for c in repeated[:-1]]
    assert set(extras) == {0, 1, 2, 3}
    assert all(c.aliases[:2] == ("a", "title") and set(c.aliases[1:]) == {"title"} for c in repeated[:-1])
    assert repeated[-1].aliases == () and variants.repeat_titles(claims) == repeated  # seeded


def test_spread_of_repeated_cross_validations(bench: ModuleType) -> None:
    rates = [{"answered right": 0.6, "false match": 0.1}, {"answered right": 0.7, "false match": 0.2}]
    # the standard error of a rate p over n queries is sqrt(p (1 - p) / n): 4.8 % and 3.6 % for the means over 100
    assert bench.spread(rates, 100) == (
        "answered right 65.0% (60.0%-70.0%; s.e. 4.8%), false match 15.0% (10.0%-20.0%; s.e. 3.6%)"
    )


def test_cross_validation_scores_every_query_once(bench: ModuleType) -> None:
    from factcheck.lexical import FEATURES

    def item(n: int) -> object:
        strength = 0.2 + 0.6 * (n % 7) / 6  # how alike the first candidate is: right from 0.5 up
        full = [Candidate(i, 1.0, (strength if i == 0 else 0.1,) * len(FEATURES), 0.0) for i in range(12)]
        empty = [Candidate(i, 1.0, (0.1,) * len(FEATURES), 0.0) for i in range(1, 12)]
        return bench.Scored(bench.Query(f"q{n}", "text", frozenset({"0"})), full, [], [strength >= 0.5] * 12, empty)

    train = [item(n) for n in range(60)]
    held_out = bench.cross_validated(train, 5, 3, 0.5)
    assert len(held_out) == len(train)
    assert held_out == bench.cross_validated(train, 5, 3, 0.5)  # a seed gives the same folds every time
    assert sorted(right for _, right, _ in held_out) == sorted(t.right[0] for t in train)


def test_cv_repeats_must_be_positive(bench: ModuleType, data: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        bench.main(["--data", str(data), "--fit-calibration", "--cv-repeats", "0"])
    assert exit_info.value.code == 2


POSTED_BY_A_NAME = [
    {
        "vclaim_id": "0",
        "vclaim": "Merriam-Webster changed its definition of fascism in 1987.",
        "title": "Fascism, Corporations, and Merriam-Webster",
    },
    {"vclaim_id": "1", "vclaim": "The name of the game tag comes from the acronym touch and go.", "title": "Etymology"},
    {"vclaim_id": "2", "vclaim": "Bricks of cocaine washed ashore after Hurricane Dorian.", "title": "Cocaine bricks"},
]


@pytest.fixture
def posted_by_a_name(tmp_path: Path) -> Path:
    """A post whose fact-check removed leaves a claim that shares only the poster's name with it."""
    rows = "".join(json.dumps(r) + "\n" for r in POSTED_BY_A_NAME)
    (tmp_path / "vclaims.jsonl").write_text(rows, encoding="utf-8")
    train = tmp_path / "train"
    train.mkdir()
    (train / "queries.tsv").write_text(
        "q1\tWe're 190 years old and 'tag' doesn't mean touch and go. https://t.co/B — Merriam-Webster "
        "(@MerriamWebster) July 17, 2018\n"
        "q2\tHurricane Dorian washed up bricks of cocaine pic.twitter.com/x — News (@news) Sep 1, 2019\n",
        encoding="utf-8",
    )
    (train / "qrels.tsv").write_text("q1\t1\nq2\t2\n", encoding="utf-8")
    return tmp_path


def test_false_matches_say_what_the_claim_shares_with_the_post(
    bench: ModuleType, posted_by_a_name: Path, tmp_path: Path
) -> None:
    fact_checks = bench.read_fact_checks(posted_by_a_name / "vclaims.jsonl")
    path = tmp_path / "kb.yaml"
    path.write_text(bench.to_claims_yaml(fact_checks), encoding="utf-8")
    matcher = LexicalMatcher(load_knowledge_base(path).claims, use_cache=False)
    queries = bench.read_queries(posted_by_a_name / "train")
    group = bench.twin_groups(fact_checks)
    members = {g: [i for i in group if group[i] == g] for g in set(group.values())}
    results = [matcher.search(q.text, top=5) for q in queries]
    found = bench.false_matches(matcher, queries, results, group, members)
    assert [(f.query.id, f.claim.id) for f in found] == [("q1", "vc-0")]  # q2: nothing else is about cocaine
    (false_match,) = found
    assert false_match.score >= matcher.threshold
    assert false_match.rank == 2  # second to the fact-check when it is there
    assert false_match.own == () and false_match.markup == ()
    assert false_match.poster == ("merriam", "webster")


def test_false_matches_listed_on_tiny_data(
    bench: ModuleType, posted_by_a_name: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(["--data", str(posted_by_a_name), "--split", "train", "--no-cli", "--false-matches"]) == 0
    out = capsys.readouterr().out
    assert "1 false matches" in out
    assert "rank 2 with them; shared own words: -; poster's name: merriam, webster" in out
    assert "shown: Merriam-Webster changed its definition of fascism in 1987." in out
    assert "it shares none of the post's own words in 1," in out


def test_rescore_caps_what_the_matcher_capped(bench: ModuleType) -> None:
    # "Venezuela" in the place of the claim's "Mexico": the short-statement check caps the drones claim
    claims = [
        Claim(id="vc-0", claim="US drones fly over Mexico", verdict=Verdict.FALSE),
        Claim(id="vc-1", claim="The price of eggs doubled last year", verdict=Verdict.TRUE),
        Claim(id="vc-2", claim="A video shows a dragon over a baseball stadium", verdict=Verdict.FALSE),
    ]
    matcher = LexicalMatcher(claims, use_cache=False)
    query = bench.Query("q", "US drones fly over Venezuela", frozenset({"0"}))
    group = {str(i): str(i) for i in range(3)}
    (item,) = bench.lexical_scored(matcher, [query], group, {str(i): [str(i)] for i in range(3)})
    drones = item.ids.index("0")
    uncapped = matcher.calibration.probabilities([c.features for c in item.full], item.twins[0])[drones]
    assert uncapped > 0.5 and item.full[drones].probability == SUBSTITUTION_CAP  # what the matcher shows
    assert item.caps[0][drones] == SUBSTITUTION_CAP
    assert [cap for i, cap in enumerate(item.caps[0]) if i != drones] == [None] * (len(item.full) - 1)
    ((score, _, _),) = bench.rescore([item], matcher.calibration, 0.5)
    assert score <= SUBSTITUTION_CAP  # rescored as the matcher scores it: no match
    (as_before,) = bench.rescore([dataclasses.replace(item, caps=None)], matcher.calibration, 0.5)
    assert as_before[0] == pytest.approx(uncapped) and as_before[1]  # the calibration alone would answer


def _separable(bench: ModuleType, n: int) -> object:
    """A train query whose first candidate is right when it is alike (its crowd unlike), from 0.5 up."""
    from factcheck.lexical import FEATURES

    strength = 0.2 + 0.6 * (n % 7) / 6
    full = [Candidate(i, 1.0, (strength if i == 0 else 0.1,) * len(FEATURES), 0.0) for i in range(12)]
    empty = [Candidate(i, 1.0, (0.1,) * len(FEATURES), 0.0) for i in range(1, 12)]
    return bench.Scored(bench.Query(f"q{n}", "text", frozenset({"0"})), full, [], [strength >= 0.5] * 12, empty)


def test_the_default_threshold_is_chosen_from_train_alone(bench: ModuleType) -> None:
    train = [_separable(bench, n) for n in range(60)]
    # every fold separates right from wrong: no false match at 0.40 already, the lowest threshold of the rule
    assert bench.choose_threshold(train, 5, 0) == 0.4
    # the removed answer's best rival as alike as a right answer: the lowest threshold it keeps under 8 % is higher
    rivals = [
        dataclasses.replace(t, empty=[Candidate(0, 1.0, t.full[0].features, 0.0), *t.empty[1:]])  # type: ignore[arg-type,attr-defined]
        for t in train
    ]
    chosen = bench.choose_threshold(rivals, 5, 0)
    below = bench.THRESHOLD_CHOICES[bench.THRESHOLD_CHOICES.index(chosen) - 1]
    assert chosen > 0.4

    def false_match(threshold: float) -> float:
        return float(bench.open_set(bench.cross_validated(rivals, 5, 0, threshold), threshold)["false match"])

    assert false_match(chosen) <= bench.THRESHOLD_MAX_FALSE_MATCH < false_match(below)


def test_cv_reports_train_in_sample_and_held_out(
    bench: ModuleType, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    train = data / "train"
    train.mkdir()
    for name in ("queries.tsv", "qrels.tsv"):
        (train / name).write_text((data / "dev" / name).read_text(encoding="utf-8"), encoding="utf-8")
    assert bench.main(["--data", str(data), "--split", "train", "--no-cli", "--cv", "5"]) == 0
    out = capsys.readouterr().out
    assert "== dev" not in out  # dev is never read
    assert "2 train queries: too few for 5-fold cross-validation" in out


def test_cv_needs_two_folds(bench: ModuleType, data: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        bench.main(["--data", str(data), "--cv", "1"])
    assert exit_info.value.code == 2
