"""Do ``factcheck scan`` and ``factcheck check`` stay linear on hostile input?

    python bench/hostile_input.py [--kb 25] [--repeat 3] [--only PATTERN ...]

For each hostile pattern (one string repeated: a run of "?" with no space, unterminated HTML
comments, tags and declarations, in a plain-text, HTML or Markdown file) and for plain prose of
the same format as the baseline, times reading and scanning an article of N and 4N characters
(``parse_article`` then ``scan_article`` on the starter knowledge base; N = ``--kb`` thousand
characters), best of ``--repeat`` runs (a run over 2 seconds is not repeated).

Prints the seconds for both sizes, the growth ratio (about 4 when the time is linear in the
size, about 16 when it is quadratic) and the ratio to the prose of the same format and size,
measured in the same run.  An input that is refused with an ``InputError`` (say "no readable
text") is timed up to the refusal and marked "refused"; any other exception is reported as a
crash.  The "check" rows time one statement of N and 4N characters through the lexical matcher
(``find_matches``, top 3: normalisation, matching, the substitution check, polarity), against a
statement of prose.  Needs nothing outside the repository.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scan_corpus import build_article

from factcheck.article import parse_article
from factcheck.errors import InputError
from factcheck.inputfiles import STDIN_NAME
from factcheck.matching import Matcher, build_matcher, find_matches
from factcheck.model import KnowledgeBase
from factcheck.scan import scan_article
from factcheck.store import bundled_kb_path, load_knowledge_base

#: (file suffix, pattern repeated to the size[, what opens the file]); "prose" is the baseline of its format
PATTERNS: list[tuple[str, str] | tuple[str, str, str]] = [
    ("txt", "prose"),
    ("txt", "?"),
    ("txt", "!"),
    ("txt", "!["),
    ("txt", "a.)"),
    ("txt", "\u2026!"),
    ("txt", "a? "),
    # transcripts: labels by the thousand, labels that never end, filler in a turn
    ("txt", "SEN. CRUZ: x.\n"),
    ("txt", "A:\n\n"),
    ("txt", "Q  x\n"),
    ("txt", "Speaker 1 (00:12): a.\n"),
    ("txt", "A B C D "),
    ("txt", "A, B C D E F G H "),
    ("txt", "A (a"),
    ("txt", "[00:12] "),
    ("txt", "(applause "),
    ("txt", "Copyright 2026 "),
    ("txt", "END\n\n"),
    ("txt", "uh ", "MODERATOR: "),
    ("txt", "you know uh ", "MODERATOR: "),
    ("txt", "uh, ", "MODERATOR: "),
    ("txt", "and uh ", "MODERATOR: "),
    ("txt", "so, you know, ", "MODERATOR: "),
    ("txt", "you know ", "MODERATOR: "),
    ("txt", "\u200f\u200b", "MODERATOR: "),
    ("txt", "\x00"),
    ("txt", "a.", "Mexican drones fly over Mexico "),
    ("txt", ". ,", "FAQ, March "),
    # a run of a name's characters before an FAQ's label ("Pentagon FAQ") was read from each of its places
    ("txt", "a'"),
    # the publisher's notes by the thousand, in one paragraph (each sentence is looked up among them)
    ("txt", "AP is solely responsible for all content. ", "WASHINGTON (AP) — "),
    # capitalised lines without full stops: one paragraph, each line break looked at for a line ending in emoji
    ("txt", "Word xxxxxxxxxxxxxxxxxxxx\n"),
    ("txt", "Word xxxxxxxxxxxxxxxxxxxx 😡\n"),
    # notes in capitals never closed, datelines, clock times and farewells by the thousand (scan18)
    ("txt", "(RISAS Y "),
    ("txt", "Washington, Dec. 4, ", "Ciudad de México, a 4 de "),
    ("txt", "a las once ", "Nos vemos "),
    ("txt", "See you at 11 a.m. "),
    # a paragraph of short lines a wrapper could have filled, under a Title Case line
    ("txt", "Update: President\nClaudia said\n", "Update: President Claudia\n"),
    # Title Case lines without full stops: each a title, and each line's check was given a copy of the lines below
    ("txt", "Troops Border Senate Mayor\n"),
    ("html", "prose"),
    ("html", "<!--"),
    ("html", "<!---"),
    ("html", "<!--x>"),
    ("html", "<a"),
    ("html", "<p"),
    ("html", "<a b='"),
    ("html", "<a b='>'"),
    ("html", "<a\n"),
    ("html", "<a b"),
    ("html", "<a/"),
    ("html", "a<b"),
    ("html", "</"),
    ("html", "<?"),
    ("html", "<!"),
    ("html", "<!["),
    ("html", "<![a"),
    ("html", "<![]]>"),
    ("html", "<![CDATA["),
    ("html", "<p>?"),
    ("html", "[crosstalk] x "),
    ("html", "<p>A:</p>"),
    ("html", "<p>Speaker 1: (00:12)</p>"),
    ("html", "<p>A: [applause] x</p>"),
    ("html", "<p>(applause)</p>"),
    ("html", "uh ", "<p>A: "),
    ("md", "prose"),
    ("md", "<!--"),
    ("md", "<a b='"),
    ("md", "<a\n"),
    ("md", "<![a"),
    ("md", "?"),
    ("md", "["),
    ("md", "*a"),
    ("md", "**A:** x\n\n"),
    ("md", "> A: x\n"),
    ("md", "A:  \n"),
    # piped (no file name): the format told by the content; the Markdown and HTML signs read each '[' or
    # '<' to the end of the sniffed text ("[a](" repeated: 3 minutes for 16 kB)
    ("stdin", "prose"),
    ("stdin", "[a]("),
    ("stdin", "["),
    ("stdin", "[a"),
    ("stdin", "<p"),
    ("srt", "prose"),
    ("srt", "x uh "),
    ("srt", "and you know, "),
    ("srt", "1\n00:00:01,000 --> 00:00:02,000\n- A: x\n\n"),
    ("srt", "<v a ", "1\n00:00:01,000 --> 00:00:02,000\n"),
    ("srt", "<a ", "1\n00:00:01,000 --> 00:00:02,000\n"),
    ("srt", "<00:", "1\n00:00:01,000 --> 00:00:02,000\n"),
    ("srt", "&amp;", "1\n00:00:01,000 --> 00:00:02,000\n"),
    ("srt", "x\n", "1\n00:00:01,000 --> 00:00:02,000\n"),
    ("srt", "00:00:01,000 --> 00:00:02,000\n"),
    ("vtt", "NOTE\n", "WEBVTT\n\n"),
    ("vtt", "<v.", "WEBVTT\n\n00:00.000 --> 00:01.000\n"),
    ("check", "prose"),
    ("check", "U.S."),
    ("check", "a-"),
    ("check", "a."),
    ("check", "1."),
    ("check", "isn't "),
    ("check", "_"),
    ("check", "@a"),
    ("check", "#A"),
    # the normaliser's numbers and phrases, the attribution, the substitution check's owners and places
    ("check", "1"),
    ("check", "1,"),
    ("check", "1,5k "),
    ("check", "10k run "),
    ("check", "$1m "),
    ("check", ", said a"),
    ("check", "a, "),
    ("check", "a said, "),
    ("check", "according to a "),
    ("check", "said yes to "),
    ("check", "thousands of "),
    ("check", "US and Mexican "),
    ("check", "Mexico's own "),
    ("check", "to the US border "),
    ("check", "10,000 Mexican soldiers are at the US border. "),
    # sentence ends before a list place ("Second, ..."), white space before a closing attribution (", X said")
    ("check", ". "),
    ("check", "\t", "Ten thousand American soldiers are based in Mexico "),
    ("check", "\xa0", "Ten thousand American soldiers are based in Mexico "),
    # moved here from timed tests: a long word (the speller's one-edit strings), a clause with no "than"
    # (polarity's comparisons), a sentence of "cannot"s (its look-ahead for "unless")
    ("check", "x", "us troops in "),
    ("check", "word ", "The governor earns more than the mayor "),
    ("check", "cannot "),
    # a negation bounding a count, each read for what it counts (polarity); a country's initialism before troops
    # (the substitution check's owners)
    ("check", "not over 10 troops "),
    ("check", "US troops "),
]


def prose(fmt: str, size: int) -> str:
    """Ordinary article text of about ``size`` characters in the format ``fmt``."""
    paragraphs = build_article(size).split("\n\n")
    if fmt == "html":
        body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
        text = f"<!DOCTYPE html>\n<html><body>\n{body}\n</body></html>\n"
    else:
        text = "\n\n".join(paragraphs)
    return text[:size]


def hostile(pattern: str, size: int) -> str:
    """``pattern`` repeated to about ``size`` characters."""
    return pattern * (size // len(pattern))


def best_of(repeat: int, run: Callable[[], object]) -> float:
    times: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
        if times[-1] > 2.0:
            break
    return min(times)


def time_scan(text: str, name: str, kb: KnowledgeBase, matcher: Matcher, repeat: int) -> tuple[float, str]:
    """Seconds to read and scan ``text`` as the file ``name`` (or check it as one statement when the
    name ends in ".check"), and what happened."""
    data = text.encode("utf-8")
    outcome = "ok"

    def run() -> None:
        nonlocal outcome
        try:
            if name.endswith(".check"):
                find_matches(matcher, text, top=3)
            else:
                scan_article(parse_article(data, name), kb)
        except InputError:
            outcome = "refused"
        except Exception as exc:  # a crash is what this bench looks for
            outcome = f"CRASH {type(exc).__name__}"

    return best_of(repeat, run), outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=float, default=25.0, help="smaller size, thousand characters (default 25)")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs (default 3)")
    parser.add_argument(
        "--only",
        nargs="*",
        default=None,
        help="patterns to run (as printed, or without the quotes: 'A:\\n'); prose always runs",
    )
    args = parser.parse_args()

    small = int(args.kb * 1000)
    sizes = (small, 4 * small)
    kb = load_knowledge_base(bundled_kb_path())
    scan_article(parse_article(b"Warm up: 3 ships.", "warmup.txt"), kb)  # load the splitter and the index
    matcher = build_matcher(kb, matcher="lexical", use_cache=False)

    print(f"sizes: {sizes[0]:,} and {sizes[1]:,} characters; knowledge base: {len(kb)} claims")
    print(f"{'format':6} {'pattern':12} {'s (N)':>8} {'s (4N)':>8} {'growth':>7} {'x prose':>8}  outcome")
    baseline: dict[str, float] = {}
    for fmt, pattern, *opens in PATTERNS:
        start = opens[0] if opens else ""
        if pattern != "prose" and args.only is not None and not {pattern, repr(pattern)[1:-1]} & set(args.only):
            continue
        seconds: list[float] = []
        outcome = "ok"
        for size in sizes:
            text = (
                prose("txt" if fmt in ("check", "stdin") else fmt, size)
                if pattern == "prose"
                else start + hostile(pattern, size)
            )
            name = STDIN_NAME if fmt == "stdin" else f"bench.{fmt}"
            spent, result = time_scan(text, name, kb, matcher, args.repeat)
            seconds.append(spent)
            outcome = result if result != "ok" else outcome
        if pattern == "prose":
            baseline[fmt] = seconds[1]
        growth = seconds[1] / max(seconds[0], 1e-6)
        versus = seconds[1] / max(baseline.get(fmt, baseline["srt"] if fmt == "vtt" else seconds[1]), 1e-6)
        print(
            f"{fmt:6} {pattern!r:12} {seconds[0]:8.3f} {seconds[1]:8.3f} {growth:7.1f} {versus:8.2f}  {outcome}",
            flush=True,
        )


if __name__ == "__main__":
    main()
