"""A quick and exact first test for the crisis rules: could this pattern match this sentence at all?

Most of the rules' patterns cannot match most sentences, yet each one used to be run over every
sentence, so the screen grew slower with every rule added. From each pattern's own parse we take a
few literal strings, at least one of which every match must contain ("pill", "tablet", ...). A
sentence holding none of them is skipped without running the pattern. The test only ever skips
patterns that could not have matched, so the screen's answers are the same, only sooner.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# Below this length a literal is too common to rule much out ("a", "i").
SHORTEST_USEFUL = 3
# Alternatives beyond this many make the test cost as much as the pattern.
MOST_ALTERNATIVES = 40

type Needed = frozenset[str] | None

# Letters that a case-insensitive pattern's ASCII letters also match: looked up as those letters,
# so that no pattern is ever skipped for them ("pilſ" still finds "pils").
_FOLD = str.maketrans({"\u017f": "s", "\u212a": "k", "\u0131": "i", "\u0130": "i"})


def needed_literals(pattern: re.Pattern[str]) -> Needed:
    """Lowercase strings at least one of which is in every text that ``pattern`` matches, or
    None when no useful set was found (the pattern is then always run)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 (an unreadable parse only means no shortcut)
        return None
    found = _of_sequence(list(parsed))
    if found is None or min(len(s) for s in found) < SHORTEST_USEFUL or len(found) > MOST_ALTERNATIVES:
        return None
    return found


def could_match(needed: Needed, text: str) -> bool:
    text = text.lower().translate(_FOLD)
    return needed is None or any(literal in text for literal in needed)


def _better(a: Needed, b: Needed) -> Needed:
    """The more selective of two necessary sets: longer shortest member, then fewer members."""
    if a is None:
        return b
    if b is None:
        return a
    key_a, key_b = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if key_a >= key_b else b


def _of_sequence(items: Any) -> Needed:  # the parser's own node types are untyped
    best: Needed = None
    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av).lower())
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        best = _better(best, _of_item(op, av))
    if run:
        best = _better(best, frozenset({"".join(run)}))
    return best


def _of_item(op: Any, av: Any) -> Needed:
    if op is c.SUBPATTERN:
        return _of_sequence(list(av[-1]))
    if op is c.ATOMIC_GROUP:
        return _of_sequence(list(av))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _of_sequence(list(body)) if low >= 1 else None
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _of_sequence(list(branch))
            if found is None:
                return None
            union |= found
        return frozenset(union)
    return None  # classes, anchors, lookarounds, backreferences: nothing that must appear


class RuleIndex:
    """Which of a list of patterns could match a text, found from the text's three-letter pieces.

    Each pattern with needed literals is filed under the first three letters of each of them; a
    text's pieces then name the few patterns worth running. Patterns with no needed literals are
    always candidates. Candidates come back in the patterns' own order."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.always: list[int] = []
        self.by_piece: dict[str, list[int]] = {}
        for index, pattern in enumerate(patterns):
            needed = needed_literals(pattern)
            if needed is None:
                self.always.append(index)
                continue
            for piece in {literal[:3] for literal in needed}:
                self.by_piece.setdefault(piece, []).append(index)

    def candidates(self, text: str) -> list[int]:
        text = text.lower().translate(_FOLD)
        found = set(self.always)
        by_piece = self.by_piece
        for start in range(len(text) - 2):
            hit = by_piece.get(text[start : start + 3])
            if hit:
                found.update(hit)
        return sorted(found)
