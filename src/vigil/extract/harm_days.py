"""Days of a sentence that are not the harm's: what :func:`vigil.extract.resolve._harm_times` drops besides
statements, bylines and aftermath.

* the day a continuing state is observed at: "40 people were still missing on Saturday", "two remain in
  hospital on Friday" (the harm happened before; the day says when the state held).
"""

from __future__ import annotations

import re

from vigil.extract.statements import harm_positions
from vigil.extract.timex import TimeMention

__all__ = ["state_day"]

# "still missing on", "remained in hospital by", "remain unaccounted for as of": a state, then its day
_STATE_BEFORE = re.compile(r"\b(?:still|remain(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:on|by|as\s+of|until)\s+)?$",
                           re.IGNORECASE)

# the states themselves, which the lexicon counts as harm words ("missing", "unaccounted for")
_STATE = re.compile(r"(?:missing|unaccounted|hospitali[sz]ed|captive|held|detained|displaced)\b", re.IGNORECASE)


def state_day(text: str, t: TimeMention) -> bool:
    """A single day on which a state that followed the harm is observed ("were still missing on Saturday")."""
    if t.kind != "day":
        return False
    m = _STATE_BEFORE.search(text, max(0, t.start - 60), t.start)
    if m is None:
        return False
    between = text[m.start():t.start]
    return all(_STATE.match(between, i) for i in harm_positions(between))
