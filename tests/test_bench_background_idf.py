"""bench/background_idf.py: a small file's idf with general-language frequencies, made up here (the real ones need
``wordfreq``, which the project does not install), and the script's skip without ``wordfreq``."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from types import ModuleType

import pytest

from factcheck.lexical import LexicalMatcher
from factcheck.lexical_index import IDF_REFERENCE_SIZE, LexicalIndex
from factcheck.model import Claim, Verdict

#: per word of general text, about wordfreq's figures (English, "jalisco" Spanish)
FREQUENCIES = {"2024": 5.2e-5, "governor": 5.1e-5, "charge": 1.1e-4, "fraud": 2.7e-5, "jalisco": 1.2e-5}
CLAIM = Claim(id="fraud", claim="The governor of Jalisco was charged with fraud in 2024", verdict=Verdict.FALSE)
OTHER_FACT = "Jalisco won the 2024 football cup"


@pytest.fixture
def bench(load_bench: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    module = load_bench("background_idf")
    monkeypatch.setattr(module, "_word_frequency", lambda: lambda word, language: FREQUENCIES.get(word, 0.0))
    yield module
    module.frequency.cache_clear()


def test_a_stem_reads_the_frequency_of_its_word(bench: ModuleType) -> None:
    assert bench.frequency("charg") == FREQUENCIES["charge"]  # Snowball's stem of "charge"
    assert bench.frequency("bolsonaro") == 0.0


def test_common_words_weigh_less_in_a_one_claim_file(bench: ModuleType) -> None:
    shipped = LexicalMatcher([CLAIM], use_cache=False)
    with bench.background(150):
        built = LexicalMatcher([CLAIM], use_cache=False)
    idf = {term: built.index.word.idf[i] for i, term in enumerate(built.index.word.vocab)}
    before = {term: shipped.index.word.idf[i] for i, term in enumerate(shipped.index.word.vocab)}
    assert idf["2024"] < before["2024"]
    assert idf["fraud"] < before["fraud"]
    # the other fact shares the name and the year: a match as shipped, not once they weigh as in general text
    assert shipped.search(OTHER_FACT, top=1)[0].score >= shipped.threshold
    assert built.search(OTHER_FACT, top=1)[0].score < built.threshold
    assert built.search("Jalisco governor charged with fraud", top=1)[0].score >= built.threshold


def test_a_file_of_the_reference_size_is_untouched(bench: ModuleType) -> None:
    claims = [Claim(id=f"c{i}", claim=f"Claim number {i} won a cup", verdict=Verdict.FALSE) for i in range(2)]
    model = LexicalIndex.build(claims).word
    assert bench.with_background(model, IDF_REFERENCE_SIZE, 150) is model
    assert bench.with_background(model, 2, 0) is model


def test_the_shipped_build_is_restored(bench: ModuleType) -> None:
    shipped = LexicalIndex.__dict__["build"]
    with pytest.raises(RuntimeError), bench.background(150):
        assert LexicalIndex.__dict__["build"] is not shipped
        raise RuntimeError
    assert LexicalIndex.__dict__["build"] is shipped


def test_false_match_at_equal_right_and_paired_difference(bench: ModuleType) -> None:
    # (score with the answer, right?, score without it): off answers 3 right at 0.5, 2 from 0.7
    off = [(0.9, True, 0.8), (0.6, True, 0.6), (0.8, True, 0.1), (0.2, False, 0.0)]
    on = [(0.9, True, 0.1), (0.3, True, 0.4), (0.8, True, 0.1), (0.2, False, 0.0)]
    assert bench.equal_right_threshold(off, 0.5, 0.5) == pytest.approx(0.601)
    difference, error = bench.paired_difference(on, 0.5, off, 0.601)
    assert difference == pytest.approx(-0.25)  # the first post's false match gone
    assert error > 0


def test_without_wordfreq_it_says_so(
    load_bench: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "wordfreq", None)  # importing it raises ImportError
    module = load_bench("background_idf")
    assert module.main(["--runs", "0"]) == 0
    assert "wordfreq is not installed" in capsys.readouterr().out


def test_real_frequencies_when_wordfreq_is_installed(load_bench: Callable[[str], ModuleType]) -> None:
    pytest.importorskip("wordfreq")
    module = load_bench("background_idf")
    assert module.frequency("won") > 10 * module.frequency("jalisco")
    assert module.frequency("footbal") == module.frequency("football") > 0  # the stem reads the word
