"""A notebook's script, for type checkers (test_library_notebook.py::test_type_checkers_accept_a_notebooks_script),
never run: claims from plain rows, 1,000 statements matched, results as plain data, a claims file's error read by
its place.  ``assert_type`` fails the check when the type inferred differs."""

from __future__ import annotations

import dataclasses
import json
from typing import Any, assert_type

from factcheck import (
    Claim,
    FactcheckError,
    InputError,
    KnowledgeBase,
    KnowledgeBaseError,
    Location,
    Match,
    Source,
    Verdict,
    build_matcher,
    find_matches_for_each,
    load_knowledge_base,
)

rows: list[dict[str, Any]] = [
    {
        "id": "bridge-cost",
        "claim": "The new bridge cost 2 billion dollars.",
        "verdict": "false",
        "sources": [{"url": "https://example.org/accounts", "title": "City accounts"}],
    },
]
# a row's sources are mappings too (claim.to_dict()'s shape): each made a Source
claims = [
    Claim(**{k: v for k, v in row.items() if k != "sources"}, sources=tuple(Source(**s) for s in row["sources"]))
    for row in rows
]
kb = KnowledgeBase(tuple(claims), publisher=None)
assert_type(kb.get("bridge-cost"), Claim | None)
matcher = build_matcher(kb, matcher="lexical")
statements = ["The bridge cost two billion"] * 1000
table: list[dict[str, object]] = []
for statement, matches in zip(statements, find_matches_for_each(matcher, statements, top=1), strict=True):
    assert_type(matches, list[Match])
    best = matches[0] if matches else None
    table.append({"statement": statement, "match": dataclasses.asdict(best) if best else None})
    if best is not None:
        assert_type(best.claim.verdict, Verdict)
        assert_type(best.score, float)
        assert_type(best.to_dict(), dict[str, Any])
print(json.dumps(table[:1]))
ranked = sorted((m for ms in find_matches_for_each(matcher, statements[:3]) for m in ms), key=lambda m: m.score)
seen: set[Match] = set(ranked)

try:
    load_knowledge_base("claims.yaml")
except KnowledgeBaseError as error:
    assert_type(error.location, Location | None)
    assert_type(error.message, str)
    where = error.location
    if where is not None:
        print(where.path, where.line, where.column, error.message)
except FactcheckError as error:
    print(error)


def where_of(error: InputError | KnowledgeBaseError) -> Location | None:
    return error.location


# a list where the claims, aliases, tags and sources go, as a script builds them: taken at run time, and read back as
# tuples; typed tuple[...] alone, each list was refused ("list[Claim]" is not "tuple[Claim, ...]")
listed = Claim("a", "A claim.", Verdict.FALSE, aliases=["Another wording."], tags=["border"], sources=[Source("x")])
listed = dataclasses.replace(listed, tags=["border", "troops"])
in_memory = KnowledgeBase([listed, *claims], language="en")
assert_type(in_memory.claims, tuple[Claim, ...])
assert_type(listed.tags, tuple[str, ...])
assert_type(listed.sources, tuple[Source, ...])
assert_type(KnowledgeBase(()).claims, tuple[Claim, ...])  # an empty knowledge base
# a copy with other claims, given as a list as KnowledgeBase([...]) takes them (mypy refused it: "expected
# tuple[Claim, ...]"); its claims read as a tuple
grown = dataclasses.replace(in_memory, claims=[*in_memory.claims, listed])
assert_type(grown.claims, tuple[Claim, ...])
# verdicts on the scale, true first (sorted() alone orders them as text: 'false' before 'true')
assert_type(sorted({claim.verdict for claim in grown}, key=lambda verdict: verdict.rank), list[Verdict])
KnowledgeBase(path="claims.yaml")  # type: ignore[call-arg]  # no claims: a file is read by load_knowledge_base
build_matcher([listed])
# what no run accepts is refused: a text is no list of tags, a knowledge base no claims (list(kb) is)
Claim("a", "A claim.", Verdict.FALSE, tags="border")  # type: ignore[arg-type]
KnowledgeBase(in_memory)  # type: ignore[arg-type]
listed.tags = ("x",)  # type: ignore[misc]  # frozen
