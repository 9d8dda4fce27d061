"""Honest alternatives to a draft: a feeling, a need and a request, in three registers.

Templates written for Nearer. Plain Python, no Django::

    alternatives(feeling=FEELINGS_BY_SLUG["hurt"], need=NEEDS_BY_SLUG["heard"])
    # brief:  "Feeling hurt. I need to feel heard. Will you just listen for a bit?"
    # warm:   "I don't want to pull away from you. I'm feeling hurt right now, and I need ..."
    # direct: "I feel hurt. I need to feel heard. Would you listen for a few minutes ...?"

A feeling or need in the member's own words is used as they wrote it, with a leading
"I feel" / "I need" and the final full stop taken off so the sentence still reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nearer.say.vocabulary import OWN_NEED_REQUEST, OWN_NEED_SHORT, Feeling, Need

REGISTERS = ("brief", "warm", "direct")
REGISTER_NAMES = {"brief": "Brief", "warm": "Warm", "direct": "Direct"}

_FEEL_PREFIX = re.compile(r"^(?:i\s+feel|i'm\s+feeling|i\s+am\s+feeling|feeling|i'm|i\s+am)\s+", re.IGNORECASE)
_NEED_PREFIX = re.compile(r"^(?:i\s+need|i\s+would\s+like|i'd\s+like|need)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Alternative:
    register: str
    name: str
    text: str


def own_feeling(text: str) -> Feeling:
    """A feeling typed by the member, shaped to follow "I feel"."""
    return Feeling("own", text, _tidy(_FEEL_PREFIX.sub("", _tidy(text))))


def own_need(text: str) -> Need:
    """A need typed by the member, shaped to follow "I need", with a general request."""
    return Need("own", text, _tidy(_NEED_PREFIX.sub("", _tidy(text))), OWN_NEED_REQUEST, OWN_NEED_SHORT)


def alternatives(*, feeling: Feeling, need: Need) -> tuple[Alternative, ...]:
    """Three ways to say it, each with the feeling, the need and a request."""
    f, n = feeling.words, need.words
    texts = {
        "brief": f"Feeling {f}. I need {n}. {need.short}",
        "warm": f"I don't want to pull away from you. I'm feeling {f} right now, and I need {n}. {need.request}",
        "direct": f"I feel {f}. I need {n}. {need.request}",
    }
    return tuple(Alternative(register=r, name=REGISTER_NAMES[r], text=texts[r]) for r in REGISTERS)


def _tidy(text: str) -> str:
    """One line, single spaces, no closing full stop or comma (the template adds its own)."""
    text = " ".join(text.split())
    return text.rstrip(" .,;!")
