"""Days a total covers when the report dates only its parts.

"Two attacks left 14 dead ... 12 were killed in the first, on Friday ... two in the second, on Saturday":
the total's own sentence names no day, so it covers its parts' days, Friday to Saturday.
"""

from __future__ import annotations

from collections.abc import Sequence

from vigil.models import Claim, TimeSpan

__all__ = ["span_parts"]


def span_parts(claims: Sequence[Claim]) -> None:
    """Give a total with no day of its own (none, or only one taken from its context) the span from its
    parts' first day to their last, where two or more parts are dated on different days."""
    parts: dict[str, list[Claim]] = {}
    for c in claims:
        if c.part_of is not None:
            parts.setdefault(c.part_of, []).append(c)
    for total in claims:
        t = total.time
        if t is not None and not t.inherited and (t.start or t.end):
            continue
        dated = [p.time for p in parts.get(total.id, ()) if p.time is not None and not p.time.inherited
                 and p.time.start is not None and p.time.end is not None]
        if len(dated) < 2:
            continue
        first = min(d.start for d in dated if d.start is not None)
        last = max(d.end for d in dated if d.end is not None)
        if first < last:
            total.time = TimeSpan(first, last, None, inherited=True)
