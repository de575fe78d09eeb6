"""What a value that is none of a set of choices most likely means ("flase": 'false', "Engañoso":
'misleading'), for every place that refuses one: an option (``--verdict``, ``--format``), ``add``'s
question, and ``validate``'s message on a claims file's ``verdict:``, which guessed by spelling alone
("Half true" was "did you mean 'true'?", where ``--verdict "Half true"`` is 'mixed')."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from typing import Optional

from .model import as_choice

#: what a value that is none of an option's choices means, when not its spelling: the choice, or None
Meaning = Callable[[str], Optional[str]]

#: the shortest value that names the choices it opens ("mostly": 'mostly-true' or 'mostly-false')
MIN_PREFIX_CHARS = 2

#: what joins several values in one: "true,false", "true/false", "true or false" (no choice holds one)
LIST_SEPARATOR = re.compile(r"[,;/|&+]|\b(?:and|or)\b", re.IGNORECASE)
#: what turns a value into the opposite of a choice it looks like: "not false", "non-false", "isn't true"
_NEGATION = re.compile(r"\b(?:not|no|non|never|neither|nor|none|except)\b|n[’']t\b", re.IGNORECASE)


def publishers_rating(value: str) -> str | None:
    """The verdict a publisher's rating stands for on the scale, as ``import`` reads it ("half-true":
    mixed, "pants on fire": false): guessed by spelling, "half-true" was "did you mean 'true'?"."""
    from .ratings import builtin_rating_map  # only when a verdict is refused: it loads the rating table

    verdict = builtin_rating_map().verdict_for(value)
    return None if verdict is None else verdict.value


def meant_choices(value: str, choices: Sequence[str], meaning: Meaning | None = None) -> list[str]:
    """The choices a value that is none of them most likely means: the one ``meaning`` gives it, else those
    it opens ("mostly": 'mostly-true' and 'mostly-false', both, as nothing tells them apart), else the one
    closest in spelling ("flase": 'false'; difflib's ratio of 0.6 or more, as Click's guess of a mistyped
    option); none when nothing is close ("bogus").  A mistyped option got "Possible options: --verdict",
    a mistyped value of an option nothing of the kind.  A value that negates ("not false") or lists several
    ("true,false", "true or false") is no typo: its spelling is close to a choice it does not mean ('not
    false' was "did you mean 'mostly-false'?", 'true,false' "'false'?"), so only ``meaning`` is asked."""
    meant = meaning(value) if meaning is not None else None
    if meant is not None and meant in choices:
        return [meant]
    if _NEGATION.search(value) or LIST_SEPARATOR.search(value):
        return []
    wanted = as_choice(value)
    opened = [choice for choice in choices if choice.startswith(wanted)] if len(wanted) >= MIN_PREFIX_CHARS else []
    return opened or difflib.get_close_matches(wanted, choices, n=1, cutoff=0.6)
