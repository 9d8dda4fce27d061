"""The instrument engine: load, validate and score questionnaires. Plain typed Python, no Django.

- :mod:`.model`: the frozen shape of an instrument (items, scale, subscales, bands, norms, triggers).
- :mod:`.loader`: ``load_json`` / ``parse_instrument``, with an :class:`InstrumentError` that names
  where in the file a problem is.
- :mod:`.scoring`: reverse keys, subscale rules, the missing-data rule, bands, percentiles, the
  reliable change index and the safety triggers.
"""

from nearer.assessments.engine.loader import InstrumentError, load_json, parse_instrument
from nearer.assessments.engine.model import Instrument, Item, Scale, Subscale
from nearer.assessments.engine.scoring import AnswerError, Change, Scored, reliable_change, reverse, score

__all__ = [
    "AnswerError",
    "Change",
    "Instrument",
    "InstrumentError",
    "Item",
    "Scale",
    "Scored",
    "Subscale",
    "load_json",
    "parse_instrument",
    "reliable_change",
    "reverse",
    "score",
]
