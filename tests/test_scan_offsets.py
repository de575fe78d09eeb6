"""Where each scanned sentence is in the article's text (``scan --json``'s start/end, start_utf16/end_utf16): what
a CMS needs to highlight the checked sentences in the draft it sent (the sentence's text alone is normalised, and a
sentence said twice is ambiguous)."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from typer.testing import Result

from factcheck.article import Article, parse_article
from factcheck.matching import build_matcher
from factcheck.model import KnowledgeBase
from factcheck.offsets import LONGEST_ADDRESS, Offsets, _markup_spans, sentence_offsets
from factcheck.scan import SentenceResult, scan_article
from factcheck.sentences import split_sentences
from factcheck.store import load_knowledge_base

FIXTURES = Path(__file__).parent / "fixtures" / "scan"
STARTER = Path(__file__).parent.parent / "claims.yaml"
KEYS = ("start", "end", "start_utf16", "end_utf16")

_KB: list[KnowledgeBase] = []


def starter() -> KnowledgeBase:
    if not _KB:
        _KB.append(load_knowledge_base(STARTER))
    return _KB[0]


def scanned(data: str | bytes, name: str = "draft.txt") -> tuple[Article, list[SentenceResult]]:
    article = parse_article(data, name)
    kb = starter()
    return article, list(scan_article(article, kb, matcher=build_matcher(kb)).results)


def spanned(article: Article, result: SentenceResult) -> str:
    assert result.offsets is not None, result.text
    return article.source[result.offsets.start : result.offsets.end]


def is_in_order(wanted: str, text: str) -> bool:
    """Whether ``wanted``'s characters are all in ``text``, in order (others may come between)."""
    rest = iter(text)
    return all(char in rest for char in wanted)


def assert_placed(article: Article, results: list[SentenceResult], *, plain: bool) -> None:
    """The documented relation: the span starts with the sentence's first character and ends with its last, holds
    its characters in order; in plain text it is the sentence itself but for its whitespace (a wrapped line's end,
    a Windows one too). Spans come in reading order, none inside another. The first character may differ in case
    only after a speaker's filler."""
    end = 0
    for result in results:
        span = spanned(article, result)
        assert result.offsets is not None
        assert result.offsets.start >= end, (result.text, span)
        end = result.offsets.end
        solid = "".join(result.text.split())
        # the first character in either case: the word after a speaker's filler is capitalised in the sentence
        assert span[:1].lower() == solid[0].lower() and span[-1:] == solid[-1], (result.text, span)
        assert span[:1] == solid[0] or result.speaker is not None, (result.text, span)
        assert is_in_order(solid[1:], span[1:]), (result.text, span)
        if plain:
            assert " ".join(span.split()) == result.text
        # JavaScript's indexes: the same characters in UTF-16
        encoded = article.source.encode("utf-16-le")
        o = result.offsets
        assert encoded[2 * o.start_utf16 : 2 * o.end_utf16].decode("utf-16-le") == span


def test_repeated_sentences_each_get_their_own_place() -> None:
    said = "There are 10,000 US troops in Mexico."
    text = f"{said} {said}\n{said}\n"
    article, results = scanned(text)
    assert [r.offsets.start for r in results if r.offsets] == [0, 38, 76]
    assert all(spanned(article, r) == said for r in results)


def test_windows_line_ends_and_a_byte_order_mark_count_as_in_the_text_decoded() -> None:
    # offsets index the text as decoded, the BOM left out ("utf-8-sig", a browser's TextDecoder), "\r\n" two characters
    data = "\ufeffUS troops are in Mexico.\r\nThe Pentagon said 10,000 US\r\ntroops are in Mexico.\r\n".encode()
    article, results = scanned(data)
    assert article.source == data.decode("utf-8-sig")
    assert [(r.offsets.start, r.offsets.end) for r in results if r.offsets] == [(0, 24), (26, 76)]
    assert spanned(article, results[1]) == "The Pentagon said 10,000 US\r\ntroops are in Mexico."
    assert results[1].line == 2
    assert_placed(article, results, plain=True)


def test_emoji_count_one_code_point_and_two_utf16_units() -> None:
    text = "🚨🚨 BREAKING 🇺🇸 The Pentagon said 10,000 US troops are in Mexico 🇲🇽. Officials denied it.\n"
    article, results = scanned(text)
    last = results[-1]
    assert last.text == "Officials denied it."
    assert last.offsets is not None
    assert last.offsets.start == text.index("Officials")
    astral = sum(1 for char in text[: last.offsets.start] if ord(char) > 0xFFFF)
    assert astral == 6  # two sirens and two flags of two regional indicators each
    assert last.offsets.start_utf16 == last.offsets.start + astral
    assert_placed(article, results, plain=True)


def test_pasted_bullets_are_left_out_of_the_span() -> None:
    text = (
        "●\tThere are 10,000 US troops in Mexico.\n"  # Google Docs' bullet, pasted
        "•  10,000 US troops are based in Mexico.\n"
        "1. 10 US troops are in Mexico.\n"
    )
    article, results = scanned(text)
    assert [spanned(article, r) for r in results] == [
        "There are 10,000 US troops in Mexico.",
        "10,000 US troops are based in Mexico.",
        "10 US troops are in Mexico.",  # the list's "1." is no part of the number
    ]


def test_markdown_markup_inside_a_span_and_outside_it() -> None:
    text = (
        "# Troops\n\n"
        "**The Pentagon** said [10,000 US troops](https://example.org/a.b) are in *Mexico*.\n"
        "- Sheinbaum turned down Trump's offer.\n"
    )
    article, results = scanned(text, "draft.md")
    assert article.format.value == "markdown"
    spans = [spanned(article, r) for r in results]
    assert spans[1] == "The Pentagon** said [10,000 US troops](https://example.org/a.b) are in *Mexico*."
    assert spans[2] == "Sheinbaum turned down Trump's offer."
    assert_placed(article, results, plain=False)


def test_html_entities_are_spanned_whole() -> None:
    text = "<html><body><p>The Pentagon&#39;s figure: 10,000 US troops are in M&eacute;xico.</p></body></html>\n"
    article, results = scanned(text, "page.html")
    assert [spanned(article, r) for r in results] == [
        "The Pentagon&#39;s figure: 10,000 US troops are in M&eacute;xico."
    ]


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".srt")))
def test_every_sentence_of_the_scan_fixtures_is_placed(fixture: str) -> None:
    path = FIXTURES / fixture
    article, results = scanned(path.read_bytes(), str(path))
    assert results
    # plain text's sentences are their span but for whitespace, save a transcript's (its speaker's filler is cut)
    plain = article.format.value == "text" and not any(r.speaker for r in results)
    assert_placed(article, results, plain=plain and "debate" not in fixture and "estenografica" not in fixture)


def test_every_sentence_of_the_html_fixtures_is_placed() -> None:
    for path in sorted(FIXTURES.glob("*.html")):
        _, results = scanned(path.read_bytes(), str(path))
        assert all(r.offsets is not None for r in results), path


def test_an_article_built_without_its_text_has_no_offsets() -> None:
    article = parse_article("There are 10,000 US troops in Mexico.\n")
    bare = Article(article.name, article.format, article.blocks, article.size)
    kb = starter()
    (result,) = scan_article(bare, kb).results
    assert result.offsets is None
    assert {key: result.to_dict()[key] for key in KEYS} == dict.fromkeys(KEYS)


PAGE = (
    '<html><body><p>The Pentagon sent 10,000 troops to the border, <a href="https://example.org/a">officials said</a>.'
    "</p><p>Sheinbaum said no US troops are in Mexico.</p><p>Trump repeated the figure, officials said.</p>"
    "</body></html>"
)


@pytest.mark.parametrize("page", [PAGE, PAGE.replace("><", ">\n<")], ids=["one line", "a tag a line"])
def test_a_sentence_ending_in_an_html_tag_is_spanned_to_its_own_stop(page: str) -> None:
    # minified HTML: "said." again later on the line must not draw the first sentence's span over the whole page
    article, results = scanned(page, "page.html")
    assert [spanned(article, r) for r in results] == [
        'The Pentagon sent 10,000 troops to the border, <a href="https://example.org/a">officials said</a>.',
        "Sheinbaum said no US troops are in Mexico.",
        "Trump repeated the figure, officials said.",
    ]
    assert_placed(article, results, plain=False)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "US troops went to [Mexico](https://x.com). Sheinbaum said no troops are in Mexico.\n",
            # its stop, not the link address's first "." (it ended at "https://x.")
            ["US troops went to [Mexico](https://x.com).", "Sheinbaum said no troops are in Mexico."],
        ),
        (
            "There are **10,000**. Officials later confirmed 10,000.\n",
            ["There are **10,000**.", "Officials later confirmed 10,000."],
        ),
        # each place once, in order: the first sentence's own place, markup inside its word
        ("The **Pen**tagon said so. The Pentagon said so.\n", ["The **Pen**tagon said so.", "The Pentagon said so."]),
    ],
)
def test_markdown_markup_before_a_stop_keeps_the_span_to_its_sentence(text: str, spans: list[str]) -> None:
    article, results = scanned(text, "draft.md")
    assert [spanned(article, r) for r in results] == spans
    assert_placed(article, results, plain=False)


def test_a_sentence_not_found_after_the_one_before_has_no_span_rather_than_an_overlapping_one() -> None:
    from factcheck.blocks import BlockKind
    from factcheck.offsets import sentence_offsets
    from factcheck.sentences import Sentence

    text = "Troops are in Mexico.\n"
    twice = [Sentence("Troops are in Mexico.", 1, BlockKind.PARAGRAPH)] * 2
    first, second = sentence_offsets(text, twice)
    assert first is not None and (first.start, first.end) == (0, 21)
    assert second is None  # not back over the first one's place


SENTENCES = [
    "There are 10,000 US troops in Mexico.",
    "Mexico’s president turned down Trump’s offer 🇲🇽!",
    "Sheinbaum said no.",
    "Is that true?",
    "Café owners in Mérida counted 3 patrols 🚓🚓.",
    "𝐁𝐨𝐥𝐝 letters claim 5 bases.",
    "The Pentagon said 10,000 US troops are in Mexico.",
    "**10,000** US *troops* are in [Mexico](https://example.org/mexico-troops).",  # markup inside words too
]
BREAKS = [" ", "  ", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n- ", "\n● ", "\n* "]


# found by HYPOTHESIS_PROFILE=explore: a Markdown link before the stop, "Mexico." again in the next sentence
@example(parts=[(SENTENCES[7], " "), (SENTENCES[0], "\n")], bom=False, name="draft.md")
@given(
    st.lists(st.tuples(st.sampled_from(SENTENCES), st.sampled_from(BREAKS)), min_size=1, max_size=8),
    st.booleans(),
    st.sampled_from(["draft.txt", "draft.md"]),
)
def test_property_every_sentence_is_placed_as_documented(parts: list[tuple[str, str]], bom: bool, name: str) -> None:
    text = ("\ufeff" if bom else "") + "".join(sentence + gap for sentence, gap in parts)
    article, results = scanned(text.encode(), name)
    assert results
    assert article.source == text.removeprefix("\ufeff")
    assert_placed(article, results, plain=name.endswith(".txt"))


def test_scan_json_gives_the_offsets(invoke: Callable[..., Result]) -> None:
    draft = "Troops are in Mexico.\r\nThe Pentagon said 10,000 US troops are in Mexico 🇲🇽. Troops are in Mexico.\r\n"
    result = invoke("scan", "-", "--json", "--kb", str(STARTER), input=draft.encode())
    assert result.exit_code == 0, result.output
    sentences = [json.loads(line) for line in result.stdout.splitlines() if '"sentence"' in line]
    assert [(s["start"], s["end"]) for s in sentences] == [(0, 21), (23, 75), (76, 97)]
    assert [(s["start_utf16"], s["end_utf16"]) for s in sentences] == [(0, 21), (23, 77), (78, 99)]
    for sentence in sentences:
        assert draft[sentence["start"] : sentence["end"]] == sentence["text"]


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Speaker 1: Um, troops are in Mexico.", "troops are in Mexico."),
        (
            "SHEINBAUM: Um, the Pentagon said 10,000 US troops are in Mexico.",
            "the Pentagon said 10,000 US troops are in Mexico.",
        ),
        ("SHEINBAUM: Uh, no.", "no."),
    ],
)
def test_a_speaker_s_filler_is_left_out_and_the_word_after_it_spanned_as_written(line: str, span: str) -> None:
    # the reader capitalises the word after the filler ("Troops are in Mexico."): the span is the text's "troops"
    article, results = scanned(line + "\n")
    (result,) = results
    assert result.text[0].isupper()
    assert spanned(article, result) == span
    assert_placed(article, results, plain=False)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Sheinbaum&#8217;s offer was refused.\n", ["Sheinbaum&#8217;s offer was refused."]),
        (
            "Troops are in Mexico &mdash; officials said 10,000.\n",
            ["Troops are in Mexico &mdash; officials said 10,000."],
        ),
        (
            "Troops&nbsp;are in Mexico, the Pentagon&rsquo;s figure.\n",
            ["Troops&nbsp;are in Mexico, the Pentagon&rsquo;s figure."],
        ),
        # CommonMark decodes an entity only with its ";": "&copy 2024" is as written, and so is the span
        (
            "Copyright &copy 2024: AT&T said 5 troops are in Mexico.\n",
            ["Copyright &copy 2024: AT&T said 5 troops are in Mexico."],
        ),
    ],
)
def test_html_entities_in_markdown_are_spanned_whole(text: str, spans: list[str]) -> None:
    # a CMS's Markdown export: its reader decodes the entities, as HTML's does
    article, results = scanned(text, "draft.md")
    assert [spanned(article, r) for r in results] == spans  # (the entity is one character in the sentence's text)


def test_a_str_s_byte_order_mark_is_no_part_of_the_text_the_offsets_index() -> None:
    # docs/python.md: offsets index article.source, the str given without its leading U+FEFF
    given = "\ufeffTroops are in Mexico. Officials denied it.\n"
    article, results = scanned(given)
    assert article.source == given[1:]
    assert [spanned(article, r) for r in results] == ["Troops are in Mexico.", "Officials denied it."]
    assert [r.offsets.start for r in results if r.offsets] == [0, 22]


def test_a_markdown_code_span_over_several_lines_keeps_its_paragraph_placed() -> None:
    # CommonMark makes a code span's line ends spaces: its reader counted the paragraph's lines after one short, and a
    # span over more than three lines left its sentence and every later one of the paragraph null, on the wrong line
    text = (
        "# Troops\n\n"
        "The config `troops:\n  a: 1\n  b: 2\n  c: 3\n  d: 4` says 10,000 US troops are in Mexico. Officials said so.\n"
        "Sheinbaum turned down Trump's offer.\n"
    )
    article, results = scanned(text, "draft.md")
    assert [(r.text, r.line) for r in results] == [
        ("Troops", 1),
        ("The config troops: a: 1 b: 2 c: 3 d: 4 says 10,000 US troops are in Mexico.", 3),
        ("Officials said so.", 7),
        ("Sheinbaum turned down Trump's offer.", 8),
    ]
    assert spanned(article, results[2]) == "Officials said so."
    assert spanned(article, results[3]) == "Sheinbaum turned down Trump's offer."
    assert_placed(article, results, plain=False)


@pytest.mark.parametrize(
    ("text", "name", "spans"),
    [
        (
            "See [Mexico](https://example.org/mx). Troops are there.\n",
            "draft.md",
            ["See [Mexico](https://example.org/mx).", "Troops are there."],
        ),
        (  # a title, an image, an address in angle brackets, parentheses inside one
            'See ![map](https://x.org/a.png "Mexico.") [Mexico](<https://x.org/a b> "Mexico.") and '
            "[it](https://x.org/w_(Mexico).html). Troops are there.\n",
            "draft.md",
            [
                'See ![map](https://x.org/a.png "Mexico.") [Mexico](<https://x.org/a b> "Mexico.") and '
                "[it](https://x.org/w_(Mexico).html).",
                "Troops are there.",
            ],
        ),
        (  # inline HTML in Markdown, and an HTML page: the address of a tag
            'See <a href="https://x.org/Mexico.html">Mexico</a>. Troops are there.\n',
            "draft.md",
            ['See <a href="https://x.org/Mexico.html">Mexico</a>.', "Troops are there."],
        ),
        (
            '<p>See <a href="https://x.org/Mexico.html">Mexico</a>. Troops are there.</p>\n',
            "page.html",
            ['See <a href="https://x.org/Mexico.html">Mexico</a>.', "Troops are there."],
        ),
        # what is text stays text: link syntax in a code span, an autolink's address, a bracket escaped
        (
            "Type `[Mexico](x.org/mx.html)` to link. Troops are there.\n",
            "draft.md",
            ["Type `[Mexico](x.org/mx.html)` to link.", "Troops are there."],
        ),
        ("See <https://x.org/mx>. Troops are there.\n", "draft.md", ["See <https://x.org/mx>.", "Troops are there."]),
        ("See \\[Mexico](x.org). Troops are there.\n", "draft.md", ["See \\[Mexico](x.org).", "Troops are there."]),
        # what looks like an address later on the line is not taken for the masked one: the first sentence ran on to
        # the second's end, which then had no span
        (
            "See \\[Mexico](x.org). Troops (x.org) are there.\n",
            "draft.md",
            ["See \\[Mexico](x.org).", "Troops (x.org) are there."],
        ),
        ("Foo](x.org) bar. See (x.org) bar.\n", "draft.md", ["Foo](x.org) bar.", "See (x.org) bar."]),
        # a "[" a paragraph before opens no link: the address is text the reader kept, spanned as such
        (
            "A [x b.\n\nFoo](x.org) bar. See (x.org) bar.\n",
            "draft.md",
            ["A [x b.", "Foo](x.org) bar.", "See (x.org) bar."],
        ),
        (
            "See [a] b](x.org). Troops (x.org) are there.\n",
            "draft.md",
            ["See [a] b](x.org).", "Troops (x.org) are there."],
        ),
    ],
)
def test_a_span_never_ends_inside_a_link_s_address(text: str, name: str, spans: list[str]) -> None:
    # a CMS highlighting "See Mexico." up to "https://example." cut the link's markup in two
    article, results = scanned(text, name)
    assert [spanned(article, r) for r in results] == spans
    assert_placed(article, results, plain=False)


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("See [Mexico](x.org). Troops.", ["(x.org)"]),
        ("See ![map](x.org/a.png). Troops.", ["(x.org/a.png)"]),
        ("See [a [b] c](x.org). Troops.", ["(x.org)"]),
        ("See \\\\[Mexico](x.org). Troops.", ["(x.org)"]),  # the backslash escaped, not the bracket
        # text, as the Markdown reader keeps it: no "[" opens the "](" (escaped, none, or one used by a "]" before)
        ("See \\[Mexico](x.org). Troops.", []),
        ("See [Mexico\\](x.org). Troops.", []),
        ("Foo](x.org) bar.", []),
        ("See [a] b](x.org). Troops.", []),
        ("Type `[Mexico](x.org)` to link.", []),
        # an address longer than any a browser takes is not read (a page of "[](a..." read each to its 32nd "(")
        (f"See [Mexico](x.org/{'a' * LONGEST_ADDRESS}). Troops.", []),
        (f"See [Mexico](x.org/{'a' * (LONGEST_ADDRESS - 7)}). Troops.", [f"(x.org/{'a' * (LONGEST_ADDRESS - 7)})"]),
    ],
)
def test_only_a_link_s_address_is_markup(text: str, addresses: list[str]) -> None:
    # the addresses the spans are not looked for in: what the reader kept as text is looked for there
    assert [text[start:end] for start, end in _markup_spans(text, "markdown")] == addresses


# Each sentence's span over generated Markdown, HTML and subtitles: in order and apart, and the sentence itself once
# the format's markup is taken out of it (``_without_markup``); never starting or ending inside a link's address.
WORDS = ["Troops", "the Pentagon", "10,000", "Mexico", "U.S.", "Sheinbaum’s", "said", "are", "in", "Mérida 🇲🇽"]
ADDRESS = "https://example.org/{}.html"


@st.composite
def _markdown_word(draw: st.DrawFn) -> str:
    word = draw(st.sampled_from(WORDS))
    slug = word.split()[0].strip(".’")
    return draw(
        st.sampled_from(
            [
                word,
                f"**{word}**",
                f"*{word}*",
                f"[{word}]({ADDRESS.format(slug)})",
                f'[{word}]({ADDRESS.format(slug)} "{slug}.")',
                f"![chart]({ADDRESS.format(slug)}) {word}",
                f"`{word}`",
                f"`{word}\n{word}`",  # a code span over two lines
                f'<a href="{ADDRESS.format(slug)}">{word}</a>',
                f"{word}&#8217;s",
            ]
        )
    )


@st.composite
def _markdown(draw: st.DrawFn) -> str:
    paragraphs = []
    for _ in range(draw(st.integers(1, 3))):
        sentences = []
        for _ in range(draw(st.integers(1, 3))):
            words = draw(st.lists(_markdown_word(), min_size=2, max_size=5))
            gaps = draw(st.lists(st.sampled_from([" ", " ", "\n"]), min_size=len(words), max_size=len(words)))
            sentences.append("".join(word + gap for word, gap in zip(words, gaps, strict=True)).rstrip() + ".")
        opening = draw(st.sampled_from(["", "- ", "# ", "> "]))
        paragraph = draw(st.sampled_from([" ", "\n"])).join(sentences)
        paragraphs.append(opening + (paragraph.replace("\n", " ") if opening == "# " else paragraph))  # one line
    return "\n\n".join(paragraphs) + "\n"


@st.composite
def _html(draw: st.DrawFn) -> str:
    paragraphs = []
    for _ in range(draw(st.integers(1, 3))):
        sentences = []
        for _ in range(draw(st.integers(1, 3))):
            words = []
            for word in draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=5)):
                slug = word.split()[0].strip(".’")
                words.append(
                    draw(
                        st.sampled_from(
                            [word, f"<b>{word}</b>", f'<a href="{ADDRESS.format(slug)}">{word}</a>', f"{word} &amp;"]
                        )
                    )
                )
            sentences.append(draw(st.sampled_from([" ", "\n"])).join(words) + ".")
        paragraphs.append("<p>" + " ".join(sentences) + "</p>")
    return "<html><body>" + draw(st.sampled_from(["", "\n"])).join(paragraphs) + "</body></html>\n"


@st.composite
def _subtitles(draw: st.DrawFn) -> str:
    cues = []
    for number in range(1, draw(st.integers(1, 4)) + 1):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=6))
        end = draw(st.sampled_from(["", ".", "?"]))
        cues.append(f"{number}\n00:00:{number:02},000 --> 00:00:{number + 1:02},000\n" + " ".join(words) + end)
    return "\n\n".join(cues) + "\n"


_CUE_HEADER = re.compile(r"\n\d+\n\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}\n")
_MARKDOWN_ADDRESS = re.compile(r"\]\([^)]*\)")
_TAG = re.compile(r"<[^>]*>")
_IMAGE = re.compile(r"!\[chart\]\([^)]*\)")


def placed(text: str, name: str) -> list[tuple[str, Offsets | None]]:
    """Each sentence of the article and its offsets, as ``scan_article`` finds them (without matching them)."""
    article = parse_article(text, name)
    sentences = split_sentences(article.blocks)
    markup = article.format.value if article.format.value in ("html", "markdown") else None
    offsets = sentence_offsets(article.source, sentences, markup=markup)
    return list(zip([sentence.text for sentence in sentences], offsets, strict=True))


def _without_markup(span: str, name: str) -> str:
    """The span's words as the reader gives them: addresses, tags, emphasis, brackets and cue headers out."""
    if name.endswith(".md"):
        span = _TAG.sub("", _MARKDOWN_ADDRESS.sub("", _IMAGE.sub("", span)))
        span = html.unescape(re.sub(r"[*`\[\]]", "", span))
    elif name.endswith(".html"):
        span = html.unescape(_TAG.sub("", span))
    else:
        span = _CUE_HEADER.sub(" ", span)
    return " ".join(span.split())


def _addresses(text: str) -> list[tuple[int, int]]:
    return [(found.start(), found.end()) for found in re.finditer(re.escape(ADDRESS[:8]) + r"[^)\"\s]*", text)]


@given(
    st.one_of(
        st.tuples(_markdown(), st.just("draft.md")),
        st.tuples(_html(), st.just("page.html")),
        st.tuples(_subtitles(), st.just("captions.srt")),
    )
)
def test_property_spans_in_markdown_html_and_subtitles(case: tuple[str, str]) -> None:
    text, name = case
    end = 0
    for sentence, offsets in placed(text, name):
        assert offsets is not None, (sentence, text)
        start = offsets.start
        assert end <= start < offsets.end <= len(text), (sentence, text)
        end = offsets.end
        span = text[start:end]
        assert _without_markup(span, name) == sentence, (span, sentence)
        for address_start, address_end in _addresses(text):
            assert not address_start <= start < address_end, (span, text)
            assert not address_start < end <= address_end, (span, text)
