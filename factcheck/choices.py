"""What a value that is none of a set of choices most likely means ("flase": 'false', "Engañoso":
'misleading'), for every place that refuses one: an option (``--verdict``, ``--format``), ``add``'s
question, ``validate``'s message on a claims file's ``verdict:``, which guessed by spelling alone
("Half true" was "did you mean 'true'?", where ``--verdict "Half true"`` is 'mixed'), and a library
argument's (``export_text(kb, "jsn")``, ``parse_article(..., input_format="md")``, ``only="match"``),
worded as the command line words the option's (``not_one_of``)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Optional, TypeVar

from .errors import quoted
from .model import as_choice, shown_value

#: an enumeration of choices: an option's (``--format``), a library argument's (``ExportFormat``)
E = TypeVar("E", bound=Enum)

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


def synonyms(words: Mapping[str, str]) -> Meaning:
    """The ``meaning`` of a choice from a table of other names for the choices ("md": "markdown")."""
    return lambda value: words.get(as_choice(value))


def named_choice(kind: type[E], value: object) -> E | None:
    """The member of ``kind`` that ``value`` is or names: its value in any case, with a space or "_" for a
    "-" ("CSV", "Mostly True", as a spreadsheet holds a verdict); None for anything else."""
    try:
        return kind(value)  # a member is returned as is
    except ValueError:
        pass
    if not isinstance(value, str):
        return None
    wanted = as_choice(value)
    return next((member for member in kind if str(member.value).casefold() == wanted), None)


def did_you_mean(meant: Sequence[str]) -> str:
    """How every message offers the choices a value most likely means (``meant_choices``): "did you mean
    'false'?", "did you mean 'mostly-true' or 'mostly-false'?"."""
    return f"did you mean {' or '.join(repr(choice) for choice in meant)}?"


def not_one_of(value: str, kind: type[Enum], meaning: Meaning | None = None, otherwise: str = ".") -> str:
    """What is said of a value that is none of ``kind``'s choices, by the command line and the library alike:
    "'jsn' is not one of 'claimreview', 'json', 'csv'; did you mean 'json'?" (``meant_choices``), ending with
    ``otherwise`` when no choice is close."""
    values = [str(member.value) for member in kind]
    meant = meant_choices(value, values, meaning)
    hint = f"; {did_you_mean(meant)}" if meant else otherwise
    return f"{quoted(value)} is not one of {', '.join(repr(choice) for choice in values)}{hint}"


class ChoiceTypeError(TypeError, ValueError):
    """A library argument that takes a choice was given no text (None, bytes): a ``TypeError``, and a
    ``ValueError`` as well, as the enumeration's own check raised one (``ExportFormat(None)``), which
    scripts catch."""


def enum_choice(kind: type[E], value: object, parameter: str, meaning: Meaning | None = None) -> E:
    """``value`` as a member of ``kind`` for a library argument named ``parameter``: a member, or its value
    as ``named_choice`` reads it ("csv", "CSV").  ``ValueError`` for other text, worded as the command line
    words it, after the argument's name ("fmt='jsn' is not one of ...; did you mean 'json'?", where the
    enumeration's own message, "'jsn' is not a valid ExportFormat", named no choice); ``ChoiceTypeError``
    (a ``TypeError`` and a ``ValueError``) for a value that is no text."""
    member = named_choice(kind, value)
    if member is not None:
        return member
    if not isinstance(value, str):
        article = "an" if kind.__name__[0] in "AEIOU" else "a"
        raise ChoiceTypeError(
            f"{parameter} must be {article} {kind.__name__} or its name (str), not {shown_value(value)}"
        )
    # str(): a member of another enumeration ("skipped", a Status) is named by its value, not its repr
    raise ValueError(f"{parameter}={not_one_of(str(value), kind, meaning)}")
