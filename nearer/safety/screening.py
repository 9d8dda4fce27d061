"""The crisis screen every free text passes before it is stored or answered (safety's side of it).

The rules themselves live in ``nearer.nlu.crisis`` (tables in ``rules/``, the reading of a
text in ``reading.py``), so that the text-understanding package can use them as the guarantee
layer of its ``crisis`` task without importing safety. This module keeps the names safety and
the feature apps have always imported; see ``nearer.nlu.crisis`` for tiers, flags and handling.
"""

from __future__ import annotations

from nearer.nlu.crisis import FLAGS, SUPPORT_FLAGS, Flag, Handling, Screening, Tier, screen_text
from nearer.nlu.crisis import normalise as _normalise

__all__ = ["FLAGS", "SUPPORT_FLAGS", "Flag", "Handling", "Screening", "Tier", "_normalise", "screen_text"]
