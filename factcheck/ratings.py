"""Publishers' textual ratings ("Pants on Fire", "Mostly False", "Four Pinocchios") on the verdict scale.

``factcheck import`` needs a verdict for every claim it brings in, but each fact-checker words its
ratings its own way and the Google Fact Check Tools API passes them on as free text
(``textualRating``).  The table below maps the common ones onto the scale; the claim always keeps
the publisher's wording in ``original_rating``, so nothing is lost when the mapping is coarse.

How a rating is looked up (``RatingMap.verdict_for``):

1. normalised: accents and case folded, ``&`` read as ``and``, every run of punctuation and
   spaces made one space (``"Half-True!"`` -> ``half true``, ``"¡FALSO!"`` -> ``falso``);
2. matched exactly against the table (the user's entries first);
3. a few safe patterns, each ending in an exact match of what is left:
   a label followed by an explanation (``"False: the photo is from 2015"`` -> ``false``; the
   label is what comes before the first ``:``, `` - ``, `` – ``, `` — ``, ``(`` or end of a
   sentence: ``"Mostly false. The study was on mice."``), unless the
   explanation qualifies a plain "true" label (it starts with a contrast word such as *but*, *however*,
   *only*, *partly*: ``"True (but misleading)"``) or is itself a rating of another verdict
   (``"True (misleading)"``); and a leading ``rated``/``rating``/``verdict``/``our rating``/``we
   rate this claim`` (``"Rating: Mostly False"``).  Nothing is guessed from single words inside
   a sentence: ``"True, but misleading"`` stays unmapped.

A rating not found is *unmapped*: the claim is imported as ``unsupported`` and the import report
lists the rating, so that a person can decide (and add it to a rating map file, see
``load_rating_map``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .choices import did_you_mean, meant_choices, publishers_rating
from .errors import EditorLines, InputError, KnowledgeBaseError, Location, Problem
from .model import VERDICTS, Verdict
from .store import read_bytes
from .yamltree import Mapping as YamlMapping
from .yamltree import Scalar, parse, read_text

# The built-in table.  Keys are written as publishers write them; they are normalised on load.
# Why some entries sit where they do:
# - Washington Post Pinocchios: One = "some shading of the facts" (mostly true), Two =
#   "significant omissions and/or exaggerations" (half true: mixed), Three = "significant
#   factual error" (mostly false), Four = "whoppers" (false); the Geppetto Checkmark is true.
# - "Missing context", "Miscaptioned", "Out of context" (Meta, Snopes, AFP): the facts may be
#   real but the claim leaves a false impression: misleading.  So is "Outdated" (Snopes: was
#   true once, no longer is) when stated as current.
# - "Partly false"/"Partly true" (Meta and others): some of it is right, some wrong: mixed.
# - "Misattributed" (the quote is not the named person's) and "Altered"/"Manipulated" media are
#   false; "Correct attribution" is true.
# - "Unproven", "Unverified", "Unfounded" (no evidence to support it), "Research in progress",
#   "Legend": no evidence either way: unsupported.  "Satire"/"Labeled satire" too, on purpose:
#   satire is not a claim of fact, the scale has no place for it, and ``original_rating`` keeps
#   the word.
# - Spanish ratings as Latin American and Spanish fact-checkers word them ("Verdad a medias",
#   "Engañoso", "Fuera de contexto", "Sin evidencia", "Bulo"), and Portuguese, French, German and
#   Italian words for the commonest ratings and their qualified forms, read by the rules above (Italian with
#   Pagella Politica's scale: "C'eri quasi" mostly true, "Nì" mixed, "Pinocchio andante" mostly false, "Panzana
#   pazzesca" false; "Vero (ma fuorviante)" was imported as true before "ma" was a contrast word)
#   ("Größtenteils falsch" mostly false, "Teilweise falsch"/"Partiellement faux" mixed, "Fehlender
#   Kontext"/"Manque de contexte" misleading, "Frei erfunden" false, "Unbelegt" unsupported).  Brazilian
#   desks' "Sem contexto" is misleading as "Sin contexto" is, "Insustentável" (no public data backs it)
#   unsupported; their "Exagerado", "Subestimado", "Contraditório", "Impreciso", "Distorcido" are left off: each
#   desk means its own point on a scale, and an import reports them rather than guess.
# - Arabic desks' commonest words ("صحيح", "خطأ", "زائف", "مضلل", "نصف صحيح", "ساخر"), with a "true" taken back by
#   "لكن" (but) and the other contrast words as in the other languages.
BUILTIN_RATINGS: dict[str, Verdict] = {
    # true
    "true": Verdict.TRUE,
    "correct": Verdict.TRUE,
    "accurate": Verdict.TRUE,
    "correct attribution": Verdict.TRUE,
    "geppetto checkmark": Verdict.TRUE,
    "verdadero": Verdict.TRUE,
    "verdadera": Verdict.TRUE,
    "verdadeiro": Verdict.TRUE,
    "verdadeira": Verdict.TRUE,
    "vrai": Verdict.TRUE,
    "vraie": Verdict.TRUE,
    "wahr": Verdict.TRUE,
    "cierto": Verdict.TRUE,
    "cierta": Verdict.TRUE,
    "richtig": Verdict.TRUE,
    "vero": Verdict.TRUE,
    "vera": Verdict.TRUE,
    # Pagella Politica's scale (Italy): "Vero", "C'eri quasi", "Nì", "Pinocchio andante", "Panzana pazzesca"
    # (written normalised: "c eri quasi", "ni")
    "c eri quasi": Verdict.MOSTLY_TRUE,
    "ni": Verdict.MIXED,
    "pinocchio andante": Verdict.MOSTLY_FALSE,
    "panzana pazzesca": Verdict.FALSE,
    "quasi vero": Verdict.MOSTLY_TRUE,
    "parzialmente vero": Verdict.MIXED,
    "parzialmente falso": Verdict.MIXED,
    "senza contesto": Verdict.MISLEADING,
    "bufala": Verdict.FALSE,
    # mostly true
    "mostly true": Verdict.MOSTLY_TRUE,
    "mostly correct": Verdict.MOSTLY_TRUE,
    "mostly accurate": Verdict.MOSTLY_TRUE,
    "largely true": Verdict.MOSTLY_TRUE,
    "largely accurate": Verdict.MOSTLY_TRUE,
    "one pinocchio": Verdict.MOSTLY_TRUE,
    "1 pinocchio": Verdict.MOSTLY_TRUE,
    "mayormente verdadero": Verdict.MOSTLY_TRUE,
    "mayormente verdadera": Verdict.MOSTLY_TRUE,
    "mayormente cierto": Verdict.MOSTLY_TRUE,
    "grosstenteils richtig": Verdict.MOSTLY_TRUE,
    "plutot vrai": Verdict.MOSTLY_TRUE,
    # mixed
    "half true": Verdict.MIXED,
    "half truth": Verdict.MIXED,
    "mixture": Verdict.MIXED,
    "mixed": Verdict.MIXED,
    "partly true": Verdict.MIXED,
    "partially true": Verdict.MIXED,
    "partly false": Verdict.MIXED,
    "partially false": Verdict.MIXED,
    "two pinocchios": Verdict.MIXED,
    "2 pinocchios": Verdict.MIXED,
    "verdad a medias": Verdict.MIXED,
    "parcialmente verdadero": Verdict.MIXED,
    "parcialmente cierto": Verdict.MIXED,
    "parcialmente falso": Verdict.MIXED,
    "parcialmente falsa": Verdict.MIXED,
    "parcialmente verdadeiro": Verdict.MIXED,
    "parcialmente verdadeira": Verdict.MIXED,
    "teilweise richtig": Verdict.MIXED,
    "teilweise falsch": Verdict.MIXED,
    "partiellement vrai": Verdict.MIXED,
    "partiellement faux": Verdict.MIXED,
    # misleading
    "misleading": Verdict.MISLEADING,
    "missing context": Verdict.MISLEADING,
    "needs context": Verdict.MISLEADING,
    "lacks context": Verdict.MISLEADING,
    "out of context": Verdict.MISLEADING,
    "miscaptioned": Verdict.MISLEADING,
    "outdated": Verdict.MISLEADING,
    "enganoso": Verdict.MISLEADING,
    "enganosa": Verdict.MISLEADING,
    "fuera de contexto": Verdict.MISLEADING,
    "sin contexto": Verdict.MISLEADING,
    "falta contexto": Verdict.MISLEADING,
    "falta de contexto": Verdict.MISLEADING,
    "trompeur": Verdict.MISLEADING,
    "trompeuse": Verdict.MISLEADING,
    "irrefuhrend": Verdict.MISLEADING,
    "fehlender kontext": Verdict.MISLEADING,
    "falscher kontext": Verdict.MISLEADING,
    "manque de contexte": Verdict.MISLEADING,
    "hors contexte": Verdict.MISLEADING,
    "fora de contexto": Verdict.MISLEADING,
    "sem contexto": Verdict.MISLEADING,
    "fuorviante": Verdict.MISLEADING,
    # mostly false
    "mostly false": Verdict.MOSTLY_FALSE,
    # PolitiFact's name for Mostly False before it renamed the rating (older ClaimReview still says it); as a
    # hint by spelling it was read as 'mostly-true', the opposite
    "barely true": Verdict.MOSTLY_FALSE,
    "mostly incorrect": Verdict.MOSTLY_FALSE,
    "mostly inaccurate": Verdict.MOSTLY_FALSE,
    "largely false": Verdict.MOSTLY_FALSE,
    "largely inaccurate": Verdict.MOSTLY_FALSE,
    "three pinocchios": Verdict.MOSTLY_FALSE,
    "3 pinocchios": Verdict.MOSTLY_FALSE,
    "mayormente falso": Verdict.MOSTLY_FALSE,
    "mayormente falsa": Verdict.MOSTLY_FALSE,
    "grosstenteils falsch": Verdict.MOSTLY_FALSE,
    "plutot faux": Verdict.MOSTLY_FALSE,
    # false
    "false": Verdict.FALSE,
    "incorrect": Verdict.FALSE,
    "inaccurate": Verdict.FALSE,
    "not true": Verdict.FALSE,
    "untrue": Verdict.FALSE,
    "wrong": Verdict.FALSE,
    "fake": Verdict.FALSE,
    "fabricated": Verdict.FALSE,
    "hoax": Verdict.FALSE,
    "pants on fire": Verdict.FALSE,
    "four pinocchios": Verdict.FALSE,
    "4 pinocchios": Verdict.FALSE,
    "bottomless pinocchio": Verdict.FALSE,
    "misattributed": Verdict.FALSE,
    "altered": Verdict.FALSE,
    "manipulated": Verdict.FALSE,
    "falso": Verdict.FALSE,
    "falsa": Verdict.FALSE,
    "bulo": Verdict.FALSE,
    "no es cierto": Verdict.FALSE,
    "nao e verdade": Verdict.FALSE,
    "faux": Verdict.FALSE,
    "fausse": Verdict.FALSE,
    "falsch": Verdict.FALSE,
    "frei erfunden": Verdict.FALSE,
    "manipuliert": Verdict.FALSE,
    # Arabic, as the table's keys are (folded: "خطأ" is "خطا", "زائف" "زايف"): wrong, fake, lying, fabricated, untrue
    "خطا": Verdict.FALSE,
    "زايف": Verdict.FALSE,
    "كاذب": Verdict.FALSE,
    "مفبرك": Verdict.FALSE,
    "غير صحيح": Verdict.FALSE,  # not true
    # no evidence either way
    "unsupported": Verdict.UNSUPPORTED,
    "unproven": Verdict.UNSUPPORTED,
    "unverified": Verdict.UNSUPPORTED,
    "unfounded": Verdict.UNSUPPORTED,
    "unsubstantiated": Verdict.UNSUPPORTED,
    "no evidence": Verdict.UNSUPPORTED,
    "insufficient evidence": Verdict.UNSUPPORTED,
    "inconclusive": Verdict.UNSUPPORTED,
    "undetermined": Verdict.UNSUPPORTED,
    "research in progress": Verdict.UNSUPPORTED,
    "legend": Verdict.UNSUPPORTED,
    "satire": Verdict.UNSUPPORTED,
    "labeled satire": Verdict.UNSUPPORTED,
    "labelled satire": Verdict.UNSUPPORTED,
    "sin evidencia": Verdict.UNSUPPORTED,
    "sin pruebas": Verdict.UNSUPPORTED,
    "no verificable": Verdict.UNSUPPORTED,
    "inverificable": Verdict.UNSUPPORTED,
    "inchequeable": Verdict.UNSUPPORTED,
    "satira": Verdict.UNSUPPORTED,
    "sem provas": Verdict.UNSUPPORTED,
    "sem evidencias": Verdict.UNSUPPORTED,
    "insustentavel": Verdict.UNSUPPORTED,
    "unbelegt": Verdict.UNSUPPORTED,
    "ساخر": Verdict.UNSUPPORTED,  # satire
    "غير موكد": Verdict.UNSUPPORTED,  # "غير مؤكد", unconfirmed
    # Arabic: true; half true, partly true; misleading, out of context
    "صحيح": Verdict.TRUE,
    "نصف صحيح": Verdict.MIXED,
    "صحيح جزييا": Verdict.MIXED,
    "مضلل": Verdict.MISLEADING,
    "خارج السياق": Verdict.MISLEADING,
    # Chinese, simplified and traditional written out (the table folds no characters): false, partly false,
    # misleading, true.  Taiwan FactCheck Center's "事實釐清" (a clarification) is no verdict: reported, unmapped
    "错误": Verdict.FALSE,
    "錯誤": Verdict.FALSE,
    "假": Verdict.FALSE,
    "虚假": Verdict.FALSE,
    "虛假": Verdict.FALSE,
    "谣言": Verdict.FALSE,
    "謠言": Verdict.FALSE,
    "部分错误": Verdict.MIXED,
    "部分錯誤": Verdict.MIXED,
    "部分正确": Verdict.MIXED,
    "部分正確": Verdict.MIXED,
    "误导": Verdict.MISLEADING,
    "誤導": Verdict.MISLEADING,
    "易生误解": Verdict.MISLEADING,
    "易生誤解": Verdict.MISLEADING,
    "正确": Verdict.TRUE,
    "正確": Verdict.TRUE,
    # Japanese (FactCheck Initiative Japan's scale): false, inaccurate (right and wrong mixed), misleading, true,
    # unfounded
    "誤り": Verdict.FALSE,
    "虚偽": Verdict.FALSE,
    "不正確": Verdict.MIXED,
    "ミスリード": Verdict.MISLEADING,
    "ほぼ正確": Verdict.MOSTLY_TRUE,
    "根拠不明": Verdict.UNSUPPORTED,
}

#: words before a rating that say "this is the rating" and nothing more
_LEADING_WORDS = ("we rate this claim", "we rate this", "our rating", "our verdict", "rating", "verdict", "rated")
#: what separates a rating's label from an explanation following it
# (a sentence's end too: "False. The photo is from 2015.", as sentence-long textualRatings start)
# (and Chinese and Japanese, full-width: "錯誤：照片是2015年的", "正確（但易生誤解）", "錯誤。照片是舊的")
_LABEL_END = re.compile(r"\s*(?::|\s[-–—]\s|\(|[.!?]\s|[：（。，、；！？])")
#: first words of an explanation that takes back part of a "true" label before it ("True - but
#: misleading", "Accurate (but outdated)"): the label alone would overstate the rating
# (and the languages whose labels the table reads: "Verdadero - pero sin contexto", "Verdadeiro (mas
# desatualizado)", "Vrai - mais trompeur" were imported as true.  Spanish "más" and Portuguese "mais" are "more"
# too: "Verdadero: más de 10 mil" is left unmapped, reported and kept as original_rating, never read as true)
_CONTRAST_WORDS = frozenset(
    "but however although though yet except only partly partially mostly largely half somewhat "
    "while whereas albeit still nevertheless nonetheless "
    "pero aunque excepto salvo parcialmente mayormente "
    "mas porem contudo todavia embora "
    "mais cependant toutefois pourtant sauf "
    "aber jedoch "
    # Arabic (folded): but, except, partly, mostly, although, with ("صحيح - لكن مضلل", "صحيح (مع تحفظ)"); "ومع"
    # ("ومع ذلك", however), "والا" (otherwise), "بالرغم" (despite), "عدا" (except), "وان" ("وإن", even though),
    # "لكنه"... (but it)
    "لكن ولكن الا باستثناء جزييا غالبا بيد رغم مع "
    "ومع والا بالرغم عدا وان لكنه لكنها ولكنه ولكنها".split()
)
#: Italian contrast words, taking back only an Italian "true" ("Vero (ma fuorviante)"): "Verdadero: solo en parte"
#: and "True - Ma said so" are no Italian
_ITALIAN_CONTRAST_WORDS = frozenset("ma tuttavia sebbene benche eccetto tranne solo soltanto".split())
_ITALIAN_TRUE_LABELS = frozenset({"vero", "vera"})
#: first two words of an explanation that take a "true" back as ``_CONTRAST_WORDS`` do, where the first alone is
#: no contrast: Arabic "على الرغم" (despite; "على" is "on"), "غير أن" (however; "غير" opens "غير صحيح", a rating),
#: "ما عدا", "فيما عدا" (except)
_CONTRAST_PHRASES = frozenset({"على الرغم", "غير ان", "ما عدا", "فيما عدا"})
#: the openings of an explanation, in Chinese or Japanese (no spaces part their words), that take a "true" back
#: ("正确，但有误导" true but misleading, "正確（部分）", "正しい、ただし..."): but, however, partly, only, mostly
_CONTRAST_OPENINGS = (
    "但",
    "不过",
    "不過",
    "然而",
    "可是",
    "却",
    "卻",
    "部分",
    "只",
    "仅",
    "僅",
    "大致",
    "大部分",
    "基本",
    "しかし",
    "ただし",
    "ただ",
    "一部",
)
#: a rating longer than this is a text, not a label: only a label at its start is looked up
MAX_RATING_CHARS = 200


def normalize_rating(rating: str) -> str:
    """``"Half-True!"`` -> ``half true``: accents and case folded, punctuation made spaces."""
    folded = unicodedata.normalize("NFKD", rating)
    folded = "".join(c for c in folded if not unicodedata.combining(c) or c in _KANA_MARKS)
    folded = unicodedata.normalize("NFC", folded).casefold().replace("&", " and ")
    return " ".join(re.findall(r"[^\W_]+", folded))


#: the kana voicing marks, no accents: "ミスリード" (misleading) is not "ミスリート" (as ``text.fold`` keeps them)
_KANA_MARKS = frozenset("\u3099\u309a")


@dataclass(frozen=True)
class RatingMap:
    """The table used by an import: the built-in one, with the user's entries taking precedence."""

    entries: Mapping[str, Verdict] = field(default_factory=lambda: dict(_BUILTIN_NORMALIZED))

    def verdict_for(self, rating: str) -> Verdict | None:
        """The verdict for a publisher's rating, or None when the table has no answer."""
        for candidate in _candidates(rating):
            verdict = self.entries.get(candidate)
            if verdict is not None:
                return verdict
        label, explanation = _label_and_explanation(rating)
        if label is not None:
            verdict = self._exact(label)
            if verdict is not None and not self._qualifies(explanation, verdict, label in _ITALIAN_TRUE_LABELS):
                return verdict
        return None

    def _exact(self, text: str) -> Verdict | None:
        for candidate in _with_leading_words_removed(text):
            verdict = self.entries.get(candidate)
            if verdict is not None:
                return verdict
        return None

    def _qualifies(self, explanation: str, verdict: Verdict, italian: bool = False) -> bool:
        """Whether an explanation changes the label's verdict: a contrast after a plain "true" (a
        false-side or already qualified label is not overstated by it: "False: only part of the
        video was shown" is false; ``italian``: the label is Italian, and so may its contrast words be),
        or another verdict's rating."""
        words = explanation.split()
        if (
            verdict is Verdict.TRUE
            and words
            and (
                words[0] in _CONTRAST_WORDS
                or (italian and words[0] in _ITALIAN_CONTRAST_WORDS)
                or " ".join(words[:2]) in _CONTRAST_PHRASES
                or words[0].startswith(_CONTRAST_OPENINGS)
            )
        ):
            return True
        other = self._exact(explanation)
        return other is not None and other is not verdict

    def with_entries(self, extra: Mapping[str, Verdict]) -> RatingMap:
        """A rating map with ``extra``'s ratings (folded as any rating is: accents, case, punctuation) added to these,
        ``extra`` winning where both have one."""
        merged = dict(self.entries)
        merged.update({normalize_rating(k): v for k, v in extra.items()})
        return RatingMap(merged)


_BUILTIN_NORMALIZED: dict[str, Verdict] = {normalize_rating(k): v for k, v in BUILTIN_RATINGS.items()}


def _candidates(rating: str) -> Iterable[str]:
    """What to look up for the whole rating: it, then it without a leading "rating"."""
    if len(rating) <= MAX_RATING_CHARS:
        yield from _with_leading_words_removed(normalize_rating(rating))


def _label_and_explanation(rating: str) -> tuple[str | None, str]:
    """``"Label: explanation"`` as (label, explanation), normalised; (None, "") without a label."""
    parts = _LABEL_END.split(rating[:MAX_RATING_CHARS], maxsplit=1)
    if len(parts) < 2:
        return None, ""
    return normalize_rating(parts[0]), normalize_rating(parts[1])


def _with_leading_words_removed(text: str) -> Iterable[str]:
    if not text:
        return
    yield text
    for words in _LEADING_WORDS:
        if text.startswith(words + " "):
            yield text[len(words) + 1 :]


def builtin_rating_map() -> RatingMap:
    return RatingMap()


def load_rating_map(path: Path | str, base: RatingMap | None = None, *, data: bytes | None = None) -> RatingMap:
    """``base`` (the built-in table by default) extended and overridden by a YAML file of
    ``publisher rating: verdict`` lines::

        # my-ratings.yaml
        Cherry Picks: misleading
        "Pants on Fire": "false"
        Spins the facts: misleading

    Unquoted ``true``/``false`` values are read as the verdicts ``true``/``false`` (YAML would
    make them booleans).  Raises ``InputError`` naming the file, line and column of any problem: its
    ``location`` and ``message`` are the first problem's, ``more`` the others' (each its own line).
    ``data``: the file's bytes, already read (from standard input: ``path`` only names them, '<stdin>').
    """
    label = str(path)
    text = ""
    try:
        if data is None:
            data = read_bytes(Path(path), "rating map file")
        text = read_text(label, data, what="rating map")
        root = parse(text, label)
    except KnowledgeBaseError as exc:
        # located as every file's error is ('F: error: no such file'): 'rating map F: error: ...' was
        # printed 'factcheck: error: rating map F: error: ...', and its location was None
        first = EditorLines.of(text).problem(exc.problems[0])
        raise InputError(first.message, first.location) from None
    # the parser's places, said at the editor's lines (a U+2028 in a rating is a line break to YAML alone)
    lines = EditorLines.of(text)

    def at(line: int, column: int) -> Location:
        return Location(label, *lines.place(line, column))

    if root is None:
        return base or RatingMap()
    if not isinstance(root, YamlMapping):
        raise InputError("a rating map is 'publisher rating: verdict' lines", at(root.line, root.column))
    problems: list[tuple[Location, str]] = []
    entries: dict[str, Verdict] = {}
    first_line: dict[str, int] = {}
    for key, value in root.entries:
        where = at(key.line, key.column)
        rating = normalize_rating(key.value)
        if not rating:
            problems.append((where, f"{key.value!r} has no letters or digits to match"))
            continue
        verdict = _verdict_value(value)
        if verdict is None:
            shown = value.value if isinstance(value, Scalar) else "a list or mapping"
            # named as validate and --verdict name it: a rating word ("falso") is the verdict the table maps it to
            meant = meant_choices(value.value, VERDICTS, publishers_rating) if isinstance(value, Scalar) else []
            hint = f"{did_you_mean(meant)} " if meant else ""
            problems.append(
                (
                    at(value.line, value.column),
                    f"{shown!r} (for {key.value!r}) is not a verdict; {hint}use one of: {', '.join(VERDICTS)}",
                )
            )
            continue
        if rating in entries and entries[rating] is not verdict:
            problems.append(
                (where, f"{key.value!r} is already mapped to {entries[rating].value!r} on line {first_line[rating]}")
            )
            continue
        entries[rating] = verdict
        first_line.setdefault(rating, lines.line(key.line))
    if problems:
        # each its own located line, as validate reports a claims file's: the others were indented under
        # a first line, without 'error:'
        (place, message), *others = problems
        raise InputError(message, place, [Problem(where, said) for where, said in others])
    return (base or RatingMap()).with_entries(entries)


def _verdict_value(node: object) -> Verdict | None:
    if not isinstance(node, Scalar):
        return None
    value = node.value.strip()
    # YAML 1.1 reads a bare true/false as a boolean: for a verdict that can only mean the verdict.
    if node.kind == "str" or (node.kind == "bool" and value.lower() in ("true", "false")):
        value = value.lower() if node.kind == "bool" else value
        return Verdict(value) if value in VERDICTS else None
    return None


def rating_map_yaml(rating_map: RatingMap) -> str:
    """The table as a rating map file (verdicts in scale order), to read or to start one's own from."""
    lines = ["# publisher rating (normalised): verdict"]
    for verdict in Verdict:
        names = sorted(k for k, v in rating_map.entries.items() if v is verdict)
        if names:
            lines.append(f"# {verdict.value}")
            # JSON strings are valid YAML scalars and always quoted: "true" stays text.
            lines += [f"{json.dumps(name, ensure_ascii=False)}: {json.dumps(verdict.value)}" for name in names]
    return "\n".join(lines) + "\n"
