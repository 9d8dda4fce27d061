"""The crisis screen as every caller gets it: the rules, then the second opinion on what they let pass."""

from __future__ import annotations

import logging

from nearer.nlu.crisis import second_opinion
from nearer.nlu.crisis.reading import read
from nearer.nlu.crisis.vocabulary import FLAGS, Screening

logger = logging.getLogger(__name__)


def screen_text(text: str) -> Screening:
    """Screen one free text. Never raises on odd input; empty text is ``none``.

    The rules decide every tier they find. A text they leave at ``none`` is raised to ``concern``
    (flag ``reads_like_risk``) when one of its sentences reads like the risk examples.
    """
    reading = read(text)
    rules = reading.screening
    if rules.tier != "none":
        return rules
    try:
        sentence = second_opinion.resembling_risk(reading)
    except Exception:  # the rules' answer stands if the model cannot run
        logger.exception("the crisis second opinion failed; the rules' reading stands")
        return rules
    if sentence is None:
        return rules
    flags = {"reads_like_risk", *rules.flags}
    phrases = second_opinion.phrases_of(sentence, reading)
    return Screening(tier="concern", phrases=phrases, flags=tuple(f for f in FLAGS if f in flags))
