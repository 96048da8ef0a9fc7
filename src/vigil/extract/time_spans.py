"""Days a total covers when the report dates only its parts.

"Two attacks left 14 dead ... 12 were killed in the first, on Friday ... two in the second, on Saturday":
the total's own sentence names no day, so it covers its parts' days, Friday to Saturday. The same holds for a
total said to span several events ("Two separate attacks have left 14 dead") where the report then dates that
many events on different days, though it does not present their figures as parts of the total.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

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
    for i, total in enumerate(claims):
        t = total.time
        if (total.incidents or 0) < 2 or (t is not None and not t.inherited and (t.start or t.end)):
            continue
        spans = _events_after(total, claims[i + 1:])
        if len(spans) == total.incidents:
            total.time = TimeSpan(min(s for s, _e in spans), max(e for _s, e in spans), None, inherited=True)


_FEW_DAYS = 7


def _events_after(total: Claim, later: Sequence[Claim]) -> set[tuple[date, date]]:
    """The distinct days (of a few days each) the report gives, after a total of several events, to figures told
    in their own words (of any harm: the events are the same), up to one more than the events the total spans;
    fewer than two: none."""
    spans: set[tuple[date, date]] = set()
    for c in later:
        t = c.time
        if t is None or t.inherited or t.start is None or t.end is None:
            continue
        if (t.end - t.start).days >= _FEW_DAYS:
            break       # (a running total or a month told after the events: the account has moved on)
        spans.add((t.start, t.end))
        if len(spans) > (total.incidents or 0):
            break
    return spans if len(spans) >= 2 else set()
