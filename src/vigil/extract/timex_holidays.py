"""Days named by a fixed-date holiday: "on Christmas Day", "on New Year's Eve", "Boxing Day" stand for their
calendar day, the most recent on or before publication (as a year-less date: "25 December"), or in the year
written after them ("on Christmas Eve 2024"). Moveable feasts (Easter, Eid) are not resolved here.
"""

from __future__ import annotations

import re

from vigil.extract.dates import _I, DAY, _Cand, _Ctx, _explicit_cand

__all__ = ["scan_fixed_holidays"]

_FIXED = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
          "new year's eve": (12, 31), "new year’s eve": (12, 31), "new year's day": (1, 1), "new year’s day": (1, 1)}
_HOLIDAY_RE = re.compile(
    r"\b(?P<name>christmas\s+(?:eve|day)|boxing\s+day|new\s+year['’]s\s+(?:eve|day)|"
    # ("on Christmas", "on Christmas morning"; not "a Christmas market")
    r"(?<=\bon\s)christmas(?=\s+(?:morning|night|evening|afternoon)\b|\s*[,.;:]|\s*$))"
    r"(?:\s+(?:morning|night|evening|afternoon))?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?", _I)


def scan_fixed_holidays(text: str, ctx: _Ctx, out: list[_Cand]) -> None:
    """Append a day candidate for each fixed-date holiday named in ``text``."""
    if not ctx.has("christmas", "boxing day", "new year"):
        return
    for m in _HOLIDAY_RE.finditer(text):
        month, day = _FIXED[re.sub(r"\s+", " ", m["name"].lower())]
        cand = _explicit_cand(m.start(), m.end(), f"{day}/{month}", month, day,
                              int(m["year"]) if m["year"] else None, ctx)
        if cand is not None and cand.kind == DAY:
            out.append(cand)
