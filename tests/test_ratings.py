"""Publishers' ratings on the verdict scale: the built-in table, its safe patterns, and rating map files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import Result

from factcheck.errors import InputError
from factcheck.model import VERDICTS, Verdict
from factcheck.ratings import BUILTIN_RATINGS, RatingMap, load_rating_map, normalize_rating, rating_map_yaml

FIXTURES = Path(__file__).parent / "fixtures" / "interop"


@pytest.mark.parametrize(
    ("rating", "verdict"),
    [
        ("True", Verdict.TRUE),
        ("Correct Attribution", Verdict.TRUE),
        ("Mostly True", Verdict.MOSTLY_TRUE),
        ("One Pinocchio", Verdict.MOSTLY_TRUE),
        ("Half True", Verdict.MIXED),
        ("Half-True", Verdict.MIXED),
        ("Mixture", Verdict.MIXED),
        ("Two Pinocchios", Verdict.MIXED),
        # PolitiFact's older name for Mostly False; a hint by spelling read it as its opposite, 'mostly-true'
        ("Barely True", Verdict.MOSTLY_FALSE),
        ("Misleading", Verdict.MISLEADING),
        ("Miscaptioned", Verdict.MISLEADING),
        ("Outdated", Verdict.MISLEADING),
        ("Missing Context", Verdict.MISLEADING),
        ("Mostly False", Verdict.MOSTLY_FALSE),
        ("Three Pinocchios", Verdict.MOSTLY_FALSE),
        ("False", Verdict.FALSE),
        ("Pants on Fire!", Verdict.FALSE),
        ("Four Pinocchios", Verdict.FALSE),
        ("4 Pinocchios", Verdict.FALSE),
        ("Misattributed", Verdict.FALSE),
        ("Unproven", Verdict.UNSUPPORTED),
        ("Unverified", Verdict.UNSUPPORTED),
        ("Satire", Verdict.UNSUPPORTED),
        ("Labeled Satire", Verdict.UNSUPPORTED),
        ("¡Falso!", Verdict.FALSE),
        ("Engañoso", Verdict.MISLEADING),
        ("Verdadero", Verdict.TRUE),
        # Spanish, as Mexican, Argentine and Spanish fact-checkers word them (were imported as unsupported)
        ("Verdad a medias", Verdict.MIXED),
        ("Mayormente falso", Verdict.MOSTLY_FALSE),
        ("Parcialmente falso", Verdict.MIXED),
        ("Fuera de contexto", Verdict.MISLEADING),
        ("Sin evidencia", Verdict.UNSUPPORTED),
        ("Sátira", Verdict.UNSUPPORTED),
        ("Cierto", Verdict.TRUE),
        ("Bulo", Verdict.FALSE),
        # the Spanish of entries already there ("not true", "unverified"/"no verificable", "falta contexto"): an
        # import of Chequeado's "Inchequeable" or a "No es cierto" was unmapped, imported as unsupported and listed
        ("No es cierto", Verdict.FALSE),
        ("Inverificable", Verdict.UNSUPPORTED),
        ("Inchequeable", Verdict.UNSUPPORTED),
        ("Falta de contexto", Verdict.MISLEADING),
    ],
)
def test_common_publisher_ratings_are_on_the_table(rating: str, verdict: Verdict) -> None:
    assert RatingMap().verdict_for(rating) is verdict


@pytest.mark.parametrize(
    ("rating", "normalized"),
    [
        ("Half-True!", "half true"),
        ("  MOSTLY   false. ", "mostly false"),
        ("¡FALSO!", "falso"),
        ("Engañoso", "enganoso"),
        ("Truth & lies", "truth and lies"),
        ("pants_on_fire", "pants on fire"),
        ("!!!", ""),
    ],
)
def test_normalisation_folds_case_accents_and_punctuation(rating: str, normalized: str) -> None:
    assert normalize_rating(rating) == normalized


@pytest.mark.parametrize(
    ("rating", "verdict"),
    [
        ("Größtenteils falsch", Verdict.MOSTLY_FALSE),
        ("Größtenteils richtig", Verdict.MOSTLY_TRUE),
        ("Teilweise falsch", Verdict.MIXED),
        ("Fehlender Kontext", Verdict.MISLEADING),
        ("Frei erfunden", Verdict.FALSE),
        ("Unbelegt", Verdict.UNSUPPORTED),
        ("Plutôt faux", Verdict.MOSTLY_FALSE),
        ("Partiellement faux", Verdict.MIXED),
        ("Manque de contexte", Verdict.MISLEADING),
        ("Fuorviante", Verdict.MISLEADING),
        ("Fora de contexto", Verdict.MISLEADING),
    ],
)
def test_qualified_ratings_in_german_french_italian_and_portuguese(rating: str, verdict: Verdict) -> None:
    assert RatingMap().verdict_for(rating) is verdict


@pytest.mark.parametrize(
    ("rating", "verdict"),
    [
        ("False: the photo was taken in 2015", Verdict.FALSE),
        ("Mostly false - the numbers are old", Verdict.MOSTLY_FALSE),
        ("Misleading (the video is edited)", Verdict.MISLEADING),
        ("Rating: Mostly False", Verdict.MOSTLY_FALSE),
        ("Our verdict: half true", Verdict.MIXED),
        ("We rate this claim False", Verdict.FALSE),
        ("False (butter is not a cure)", Verdict.FALSE),  # a contrast word, not a word starting like one
        ("Misleading (out of context)", Verdict.MISLEADING),  # an explanation that agrees
        # a contrast takes back only a plain "true": a false-side or already qualified label stays
        ("False: only part of the video was shown", Verdict.FALSE),
        ("False (still circulating)", Verdict.FALSE),
        ("False: while the photo is real, the caption is wrong", Verdict.FALSE),
        ("Mostly false (but some context)", Verdict.MOSTLY_FALSE),
        ("Mostly True: but missing context", Verdict.MOSTLY_TRUE),
        ("Mostly true (although outdated)", Verdict.MOSTLY_TRUE),
        # a sentence-long rating, its first sentence the label
        ("False. The photo was taken in 2015.", Verdict.FALSE),
        ("Mostly False. The study was about mice, not people.", Verdict.MOSTLY_FALSE),
        ("Incorrect! The law passed in 2019.", Verdict.FALSE),
    ],
)
def test_a_label_followed_by_an_explanation_is_read_by_its_label(rating: str, verdict: Verdict) -> None:
    assert RatingMap().verdict_for(rating) is verdict


@pytest.mark.parametrize(
    "rating",
    [
        "True, but misleading",  # no guessing from single words in a sentence
        # a label followed by an explanation that takes part of it back
        "True (but misleading)",
        "True - but misleading",
        "True: but misleading",
        "True. But it leaves out the cost.",
        "U.S. troops are not there.",  # an abbreviation, not a label
        "Correct – but lacks context",
        "Accurate (but outdated)",
        "True (however, the figure is from 2019)",
        "Rating: True (but misleading)",
        # ... or that is itself a rating of another verdict
        "True (misleading)",
        "Misleading: partly false",
        "Not false",
        "Falsely attributed to the wrong year, and mostly true otherwise",
        "Cherry Picks",
        "",
        "!!!",
        "x" * 5000,
    ],
)
def test_ratings_not_on_the_table_stay_unmapped(rating: str) -> None:
    assert RatingMap().verdict_for(rating) is None


@pytest.mark.parametrize(
    "rating",
    [
        # a contrast in the languages the table reads takes a "true" label back, as "but" does: these were true
        "Verdadero - pero sin contexto",
        "Verdadero: pero exagerado",
        "Verdadero (aunque desactualizado)",
        "Verdadeiro - mas falta contexto",
        "Verdadeiro (mas desatualizado)",
        "Verdadeiro: porém exagerado",
        "Vrai - mais trompeur",
        "Vrai (cependant ancien)",
        "Wahr - aber irreführend",
        # "más" / "mais" are "more" too: left unmapped (reported), never read as true
        "Verdadero: más de 10 mil soldados",
        # Brazilian desks' ratings that map to no one point of the scale
        "Exagerado",
        "Subestimado",
        "Contraditório",
        "Verdadeiro, mas",
    ],
)
def test_a_foreign_contrast_after_true_leaves_it_unmapped(rating: str) -> None:
    assert RatingMap().verdict_for(rating) is None


@pytest.mark.parametrize(
    ("rating", "verdict"),
    [
        # a contrast word after a false-side label changes nothing, as in English
        ("Falso - mas circula desde 2019", Verdict.FALSE),
        ("Falso: pero circula desde 2019", Verdict.FALSE),
        ("Verdadeiro: o vídeo é de 2024", Verdict.TRUE),
        ("Verdadero: el video es de 2024", Verdict.TRUE),
        # Portuguese ratings
        ("Sem contexto", Verdict.MISLEADING),
        ("SEM CONTEXTO", Verdict.MISLEADING),
        ("Parcialmente verdadeiro", Verdict.MIXED),
        ("Parcialmente falsa", Verdict.MIXED),
        ("Não é verdade", Verdict.FALSE),
        ("Insustentável", Verdict.UNSUPPORTED),
        ("Sem provas", Verdict.UNSUPPORTED),
        ("Sem evidências", Verdict.UNSUPPORTED),
        ("Verdadeiro - sem contexto", None),
    ],
)
def test_portuguese_ratings(rating: str, verdict: Verdict | None) -> None:
    assert RatingMap().verdict_for(rating) is verdict


@given(st.text(max_size=300))
def test_any_text_maps_to_a_verdict_or_nothing(rating: str) -> None:
    assert RatingMap().verdict_for(rating) in (*Verdict, None)


def test_every_builtin_key_is_already_normalised() -> None:
    # The table is written as publishers write ratings; a key that normalises differently from
    # how it is written would be a key no rating can reach by the patterns' label rule.
    for key in BUILTIN_RATINGS:
        assert normalize_rating(key) == key, key


def test_a_rating_map_file_extends_and_overrides_the_table() -> None:
    mapping = load_rating_map(FIXTURES / "rating_map.yaml")
    assert mapping.verdict_for("Spins the facts") is Verdict.MISLEADING
    assert mapping.verdict_for("cherry picks") is Verdict.MISLEADING
    assert mapping.verdict_for("Totally bogus") is Verdict.FALSE  # a bare YAML false is the verdict
    assert mapping.verdict_for("Pants on Fire") is Verdict.FALSE  # the built-in entries stay


def test_a_users_entry_wins_over_the_builtin_one(write_kb: Callable[..., Path]) -> None:
    path = write_kb("Satire: false\nMixture: misleading\n", "ratings.yaml")
    mapping = load_rating_map(path)
    assert mapping.verdict_for("Satire") is Verdict.FALSE
    assert mapping.verdict_for("mixture") is Verdict.MISLEADING
    assert RatingMap().verdict_for("Satire") is Verdict.UNSUPPORTED  # the built-in table is untouched


def test_an_empty_rating_map_file_is_the_builtin_table(write_kb: Callable[..., Path]) -> None:
    assert load_rating_map(write_kb("# nothing yet\n", "ratings.yaml")) == RatingMap()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Cherry picks: sorta\n", "ratings.yaml:1:15: error: 'sorta' (for 'Cherry picks') is not a verdict"),
        ("Cherry picks: yes\n", "ratings.yaml:1:15: error: 'yes' (for 'Cherry picks') is not a verdict"),
        ("Cherry picks: [false]\n", "ratings.yaml:1:15: error: 'a list or mapping'"),
        ("'!!!': false\n", "ratings.yaml:1:1: error: '!!!' has no letters or digits to match"),
        (
            "Cherry picks: misleading\ncherry-picks: false\n",
            "ratings.yaml:2:1: error: 'cherry-picks' is already mapped",
        ),
        ("- false\n", "ratings.yaml:1:1: error: a rating map is 'publisher rating: verdict' lines"),
        ("a: [\n", "ratings.yaml:1:1: error: invalid YAML"),
    ],
)
def test_a_bad_rating_map_says_where_and_why(write_kb: Callable[..., Path], text: str, message: str) -> None:
    # located as every file's error (its location set, 'F:L:C: error: ...'): the location was None, and
    # a file unreadable as YAML was 'rating map F:1:1: error: ...', printed after a second 'error:'
    path = write_kb(text, "ratings.yaml")
    with pytest.raises(InputError) as caught:
        load_rating_map(path)
    assert caught.value.location is not None and caught.value.location.line > 0
    assert str(caught.value).startswith(str(path) + message.removeprefix("ratings.yaml"))


def test_a_rating_map_with_several_problems_says_each_on_its_own_located_line(
    write_kb: Callable[..., Path],
) -> None:
    # as validate reports a claims file: the others were indented under a first line, without 'error:'
    path = write_kb("Cherry picks: sorta\nSpin: nope\n'!!': true\n", "ratings.yaml")
    with pytest.raises(InputError) as caught:
        load_rating_map(path)
    error = caught.value
    assert error.location is not None and (error.location.line, error.location.column) == (1, 15)
    assert error.message.startswith("'sorta' (for 'Cherry picks') is not a verdict")
    more = [(p.location.line, p.location.column, p.message[:6]) for p in error.more]
    assert more == [(2, 7, "'nope'"), (3, 1, "'!!' h")]
    lines = str(error).splitlines()
    assert [line.split(": error: ")[0] for line in lines] == [f"{path}:1:15", f"{path}:2:7", f"{path}:3:1"]


def test_the_command_line_prints_each_problem_of_a_rating_map_as_its_own_error(
    write_kb: Callable[..., Path], invoke: Callable[..., Result]
) -> None:
    path = write_kb("Cherry picks: sorta\nSpin: nope\n", "ratings.yaml")
    result = invoke("ratings", "--rating-map", str(path))
    assert result.exit_code == 2
    scale = ", ".join(VERDICTS)
    assert result.stderr.splitlines() == [
        f"factcheck: {path}:1:15: error: 'sorta' (for 'Cherry picks') is not a verdict; use one of: {scale}",
        f"factcheck: {path}:2:7: error: 'nope' (for 'Spin') is not a verdict; use one of: {scale}",
    ]


@pytest.mark.parametrize(("bad", "printed"), [(21, 21), (22, 21), (3_000, 21)])
def test_a_rating_map_of_many_bad_lines_names_twenty_and_counts_the_rest(
    write_kb: Callable[..., Path], invoke: Callable[..., Result], bad: int, printed: int
) -> None:
    # 3,000 bad lines printed 3,000 errors; a count never takes the place of one error ("and 1 more")
    path = write_kb("".join(f"Weird {i}: notaverdict{i}\n" for i in range(bad)), "ratings.yaml")
    result = invoke("ratings", "--rating-map", str(path))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == printed
    assert lines[19].startswith(f"factcheck: {path}:20:") and "'notaverdict19'" in lines[19]
    if bad > printed:
        rest = f"and {bad - 20:,} more errors from this line on, not named one by one"
        assert lines[-1] == f"factcheck: {path}:21:11: error: {rest}"
    else:
        assert "more errors" not in result.stderr and "'notaverdict20'" in lines[-1]


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        # a publisher's word where the verdict goes ("Insostenible: falso"): no hint was given
        ("falso", "did you mean 'false'? "),
        ("Engañoso", "did you mean 'misleading'? "),
        ("Mostly True", "did you mean 'mostly-true'? "),
        ("mostly", "did you mean 'mostly-true' or 'mostly-false'? "),
        ("sorta", ""),
    ],
)
def test_a_rating_maps_verdict_off_the_scale_is_named_as_validate_names_it(
    write_kb: Callable[..., Path], value: str, hint: str
) -> None:
    with pytest.raises(InputError) as caught:
        load_rating_map(write_kb(f"Insostenible: {value}\n", "ratings.yaml"))
    assert f"ratings.yaml:1:15: error: '{value}' (for 'Insostenible') is not a verdict; {hint}use one of: true," in str(
        caught.value
    )


def test_a_missing_rating_map_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_rating_map(tmp_path / "missing.yaml")


@pytest.mark.parametrize(("path", "message"), [("/dev/null", "is a device"), (".", "is a folder")])
def test_a_rating_map_that_is_no_file_is_called_a_rating_map(path: str, message: str) -> None:
    # it used to be called "not a claims file"
    with pytest.raises(InputError, match=f"{message}, not a rating map file$"):
        load_rating_map(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"PK\x03\x04" + b"\x00" * 26 + b"[Content_Types].xml xl/workbook.xml",
            "this is a spreadsheet (an Excel .xlsx/.xls or OpenDocument .ods file), not YAML text: factcheck reads a "
            "rating map as plain text only",
        ),
        (b"{\\rtf1\\ansi Cherry Picks: misleading\\par}", "this is an RTF document, not YAML text: save it again"),
    ],
)
def test_a_document_given_for_a_rating_map_is_named_as_one(tmp_path: Path, content: bytes, message: str) -> None:
    # a spreadsheet was told to save itself "again as plain text, UTF-8 (in TextEdit: ...)", as a claims file would
    # be told to import it: a rating map is neither
    path = tmp_path / "ratings.xlsx"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        load_rating_map(path)
    assert caught.value.message == message or caught.value.message.startswith(message)
    assert "import" not in caught.value.message


def test_the_printed_table_reads_back_as_the_same_map(write_kb: Callable[..., Path]) -> None:
    text = rating_map_yaml(RatingMap())
    assert load_rating_map(write_kb(text, "ratings.yaml"), base=RatingMap({})) == RatingMap()
    assert '"true": "true"' in text  # quoted: YAML would otherwise read booleans


@pytest.mark.parametrize(
    ("rating", "verdict"),
    [
        # Arabic desks' ratings: they were all unmapped, and imported as unsupported
        ("صحيح", Verdict.TRUE),
        ("خطأ", Verdict.FALSE),
        ("زائف", Verdict.FALSE),
        ("زائف!", Verdict.FALSE),
        ("غير صحيح", Verdict.FALSE),
        ("مضلل", Verdict.MISLEADING),
        ("نصف صحيح", Verdict.MIXED),
        ("صحيح جزئيًا", Verdict.MIXED),
        ("ساخر", Verdict.UNSUPPORTED),
        ("خطأ: الفيديو قديم", Verdict.FALSE),
        ("صحيح: الصورة من 2015", Verdict.TRUE),
    ],
)
def test_arabic_ratings(rating: str, verdict: Verdict) -> None:
    assert RatingMap().verdict_for(rating) is verdict


@pytest.mark.parametrize(
    "rating",
    [
        "صحيح - لكن مضلل",  # but
        "صحيح (مضلل)",  # a rating of another verdict
        "صحيح (مع تحفظ)",  # with a reservation
        "صحيح غالبا",  # mostly: no one point of the scale the table names
        "نصف",
    ],
)
def test_an_arabic_true_taken_back_stays_unmapped(rating: str) -> None:
    assert RatingMap().verdict_for(rating) is None


# Arabic contrast words the table missed: "صحيح: ومع ذلك فالادعاء مضلل" (True: however misleading) was imported as
# true, where "True: however misleading" is unmapped
@pytest.mark.parametrize(
    "rating",
    [
        "صحيح: ومع ذلك فالادعاء مضلل",  # however
        "صحيح: على الرغم من ذلك مضلل",  # despite that
        "صحيح: بالرغم من ذلك",
        "صحيح: غير أن الرقم أقل",  # however
        "صحيح: ما عدا الرقم",  # except
        "صحيح - عدا الرقم",
        "صحيح: وإن كان مبالغا فيه",  # even though
        "صحيح: لكنه مضلل",  # but it
        "صحيح: وإلا لما نشر",  # otherwise
    ],
)
def test_an_arabic_true_taken_back_by_more_contrast_words_stays_unmapped(rating: str) -> None:
    assert RatingMap().verdict_for("True: however misleading") is None
    assert RatingMap().verdict_for(rating) is None


@pytest.mark.parametrize(
    ("rating", "verdict"),
    [
        ("غير صحيح", Verdict.FALSE),  # "غير" opens a rating, no contrast
        ("غير مؤكد", Verdict.UNSUPPORTED),
        ("خطأ: ومع ذلك انتشر", Verdict.FALSE),  # a contrast after a false-side label changes nothing
        ("صحيح: على لسان الوزير", Verdict.TRUE),  # "على" alone is "on"
        ("صحيح: بحسب الوزارة", Verdict.TRUE),
    ],
)
def test_arabic_ratings_the_contrast_words_leave_alone(rating: str, verdict: Verdict) -> None:
    assert RatingMap().verdict_for(rating) is verdict
