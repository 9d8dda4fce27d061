"""Patterns: what a member's check-ins say, in numbers, plain sentences and charts.

Plain typed Python with no Django import, so it runs offline and is quick to test and time:

- ``points``: the :class:`Point` the check-ins app builds from each row, and the action groups.
- ``stats``: :func:`compute_patterns`, one pass over the points into effects, months, days and dots.
- ``sentences``: :func:`sentences_for`, three to five honest sentences, each with its evidence anchor.
- ``charts``: accessible server-drawn SVG for the page (classes documented there).
"""

from nearer.patterns.points import STAYING, WITHDRAWING, Point
from nearer.patterns.sentences import Insight, sentences_for
from nearer.patterns.stats import (
    MIN_EACH,
    STRONG_URGE,
    DayCell,
    FactorEffect,
    MonthAction,
    Patterns,
    Trend,
    compute_patterns,
)

__all__ = [
    "MIN_EACH",
    "STAYING",
    "STRONG_URGE",
    "WITHDRAWING",
    "DayCell",
    "FactorEffect",
    "Insight",
    "MonthAction",
    "Patterns",
    "Point",
    "Trend",
    "compute_patterns",
    "sentences_for",
]
