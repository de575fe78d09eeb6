"""bench/false_match_signals.py on made-up data: its signals, features, measures, and its skip without data."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from factcheck import lexical, lexical_index, lexical_scoring
from factcheck.lexical import Candidate, LexicalMatcher
from factcheck.store import load_knowledge_base


@pytest.fixture(scope="module")
def signals(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("false_match_signals")


FACT_CHECKS = [
    {"vclaim_id": "0", "vclaim": "Merriam-Webster changed its definition of fascism in 1987.", "title": "Fascism"},
    {"vclaim_id": "1", "vclaim": "Bricks of cocaine washed ashore after Hurricane Dorian.", "title": "Cocaine bricks"},
    {"vclaim_id": "2", "vclaim": "A video shows a dragon over a baseball stadium.", "title": "AR dragon"},
]
#: a post whose words are its own but for its poster's name, which one claim shares
POST = "The word tag does not mean touch and go. https://t.co/B — Merriam-Webster (@MerriamWebster) July 17, 2018"


@pytest.fixture(scope="module")
def matcher(signals: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> LexicalMatcher:
    folder = tmp_path_factory.mktemp("data")
    (folder / "vclaims.jsonl").write_text("".join(json.dumps(r) + "\n" for r in FACT_CHECKS), encoding="utf-8")
    path = folder / "kb.yaml"
    path.write_text(signals.ct.to_claims_yaml(signals.ct.read_fact_checks(folder / "vclaims.jsonl")), "utf-8")
    return LexicalMatcher(load_knowledge_base(path).claims, use_cache=False)


def test_a_claim_sharing_only_the_posters_name_has_no_own_words_in_common(
    signals: ModuleType, matcher: LexicalMatcher
) -> None:
    candidates = matcher.candidates(POST, top=3)
    shown = matcher.claims[candidates[0].position].id
    assert shown == "vc-0"  # the name is all it shares, and it still comes first
    rows = signals.candidate_signals(matcher, POST, candidates, None)
    first = rows[0]
    assert set(first) == set(signals.SIGNALS)
    assert first["own cosine"] == 0.0 and first["own words shared"] == 0.0
    assert first["name share"] == first["name share, capitalised words too"] == 1.0
    assert first["cosine without names"] == 0.0
    assert 0.0 < first["claim covered"] <= 1.0 and 0.0 < first["post covered"] < 1.0
    assert first["distinct cosine"] > 0.0  # no other candidate shares the name


def test_names_are_the_poster_handles_hashtags_and_capitalised_words(signals: ModuleType) -> None:
    names, capitalised = signals.name_terms("Ask why Senator Graham voted #Impeach pic — Dana Lee (@danalee) May 1")
    assert {"dana", "lee", "impeach"} <= names
    assert "graham" in capitalised and "ask" not in capitalised  # a sentence's first word is no name


def test_a_post_that_reads_no_words_has_every_signal_zero(signals: ModuleType, matcher: LexicalMatcher) -> None:
    candidates = matcher.candidates("Bricks of cocaine and a dragon", top=3)
    assert len(candidates) == 2
    assert signals.candidate_signals(matcher, "!!!", candidates, None) == [dict.fromkeys(signals.SIGNALS, 0.0)] * 2


def _item(signals: ModuleType, n: int) -> object:
    full = [Candidate(i, 1.0, (0.1 * i, 0.2), 0.0) for i in range(3)]
    empty = [Candidate(i, 1.0, (0.3, 0.4), 0.0) for i in range(1, 3)]
    query = signals.ct.Query(f"q{n}", "text", frozenset({"0"}))
    return signals.ct.Scored(query, full, ["0", "1", "2"], [n == 0, n == 1, False], empty)


def test_a_signal_becomes_the_last_feature_of_each_candidate(signals: ModuleType) -> None:
    items = [_item(signals, 0), _item(signals, 1)]
    values = [([{"s": 10.0 * n + i} for i in range(3)], [{"s": -10.0 * n - i} for i in range(2)]) for n in range(2)]
    added = signals.add_signal(items, values, "s")
    assert [c.features for c in added[1].full] == [(0.0, 0.2, 10.0), (0.1, 0.2, 11.0), (0.2, 0.2, 12.0)]
    assert [c.features for c in added[1].empty] == [(0.3, 0.4, -10.0), (0.3, 0.4, -11.0)]
    assert [c.features for c in items[1].full][2] == (0.2, 0.2)  # the items themselves are unchanged
    products = signals.products(items)[0].empty[0].features
    assert products == pytest.approx((0.3, 0.4, 0.09, 0.12, 0.16))  # a*a, a*b, b*b


def test_map5_in_bm25_order(signals: ModuleType) -> None:
    assert [signals.map5(_item(signals, n)) for n in range(3)] == [1.0, 0.5, 0.0]


def test_false_match_at_equal_right(signals: ModuleType) -> None:
    # right answers score 0.9, 0.7 and 0.5; posts without their answer still score 0.8, 0.6, 0.4, 0.2
    outcomes = [(0.9, True, 0.8), (0.7, True, 0.6), (0.5, True, 0.4), (0.3, False, 0.2)]
    assert signals.false_match_at_right(outcomes, 0.5) == 0.5  # at 0.6: right 0.9, 0.7; false 0.8, 0.6
    assert signals.false_match_at_right(outcomes, 0.25) == 0.25  # at 0.8: right 0.9; false 0.8
    summary = signals.summary([outcomes, outcomes], 0.25)
    assert summary["answered right"] == 0.75 and summary["false match"] == 0.5  # at 0.50
    assert summary["at equal right"] == 0.25
    assert signals.summary([outcomes])["at equal right"] == 1.0  # its own right (0.75): at 0.2, all four


def test_bm25_settings_are_restored(signals: ModuleType) -> None:
    before = (lexical_index.K1, lexical.K1, lexical_index.B, lexical_scoring.FUSION, lexical_index.FIELD_WEIGHTS)
    with signals.bm25_settings(0.9, 0.45, 0.5, 0.7):
        assert (lexical_index.K1, lexical.K1, lexical_index.B, lexical_scoring.FUSION) == (0.9, 0.9, 0.45, 0.5)
        assert (before[4][0], 0.7, *before[4][2:]) == lexical_index.FIELD_WEIGHTS
    after = (lexical_index.K1, lexical.K1, lexical_index.B, lexical_scoring.FUSION, lexical_index.FIELD_WEIGHTS)
    assert after == before


def test_missing_data_skips_cleanly(signals: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert signals.main(["--data", str(tmp_path / "nowhere")]) == 0
    assert "skipping" in capsys.readouterr().out


def test_dev_alone_is_not_read(signals: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the fact-checks and a dev split, but no train: nothing is measured (dev is never used in train's place)
    (tmp_path / "vclaims.jsonl").write_text("".join(json.dumps(r) + "\n" for r in FACT_CHECKS), encoding="utf-8")
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "queries.tsv").write_text("q1\tBricks of cocaine after Dorian\n", encoding="utf-8")
    (tmp_path / "dev" / "qrels.tsv").write_text("q1\t1\n", encoding="utf-8")
    assert signals.main(["--data", str(tmp_path)]) == 0
    assert "skipping" in capsys.readouterr().out
