"""A ~1 MB article for the scan benchmarks: the test explainer, varied, plus filler.

Each copy of the explainer's paragraphs gets other numbers, years and names and a shuffled
order, so that most sentences are new (repeating the article verbatim would only measure the
de-duplication cache).  Deterministic: the same seed gives the same text.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

EXPLAINER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "scan" / "explainer.md"

FILLER = [
    "Grab a coffee, because this part gets long.",
    "Let's keep going!",
    "Have you ever wondered how this works?",
    "I think this is where it gets interesting.",
    "Thanks for sticking with us so far.",
    "Stay tuned for the next section.",
    "Pretty wild, right?",
    "It's complicated.",
]
NAMES = ["Sheinbaum", "Trump", "Rubio", "Ebrard", "the Senate", "Congress", "the Pentagon", "SEMAR", "SEDENA"]
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
_NAME = re.compile(r"\b(?:Sheinbaum|Trump|the Senate|Congress)\b")


def explainer_paragraphs() -> list[str]:
    """The prose paragraphs of the explainer as plain text (Markdown syntax removed)."""
    text = EXPLAINER.read_text(encoding="utf-8")
    text = text.split("---\n", 2)[-1]  # front matter
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    text = re.sub(r"[*_#]+", "", text)
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    return [p for p in paragraphs if p]


def _vary(paragraph: str, rng: random.Random) -> str:
    paragraph = _NUMBER.sub(lambda m: str(rng.randint(2, 20_000)), paragraph)
    return _NAME.sub(lambda m: rng.choice(NAMES), paragraph)


def build_article(target_bytes: int = 1_000_000, seed: int = 4) -> str:
    """Plain text of about ``target_bytes`` bytes (UTF-8), paragraphs separated by blank lines."""
    rng = random.Random(seed)
    paragraphs = explainer_paragraphs()
    out: list[str] = []
    size = 0
    while size < target_bytes:
        chunk = paragraphs[:]
        rng.shuffle(chunk)
        for paragraph in chunk:
            varied = _vary(paragraph, rng)
            if rng.random() < 0.3:
                varied += " " + rng.choice(FILLER)
            out.append(varied)
            size += len(varied.encode("utf-8")) + 2
    return "\n\n".join(out) + "\n"
