"""Rival tolls: two sources give the same harm of the same event different figures.

"Seven people were killed, the prosecutor's office said ... Neighbours insisted, however, that the toll is
higher: 'There are eight dead'": each figure is contested by the other party's (spec: ``disputed``, "another
party contests it in the report"). Only where the report sets the later figure against the earlier one (a
contrast, a comparison or a correction: "however", "but", "a lower toll", "put the figure at", "insisted"),
for the same harm to the same kind of people on the same few days and in the same country.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from vigil.extract.breakdowns import headline
from vigil.extract.verification import DISPUTED, said_as_only
from vigil.models import Claim

__all__ = ["mark_rival_tolls"]

_SET_AGAINST = re.compile(
    r"\b(?:however|but|although|whereas|lower|higher|different|differing|discrepanc\w*|insist\w*|contradict\w*|"
    r"(?:a\s+)?lie|lies|lying|untrue|"
    r"disput\w*|(?:put|puts|putting|placed|gave|gives|giving)\s+(?:the|a|its|their)\s+(?:\w+\s+){0,2}?"
    r"(?:toll|figure|number|count|tally))\b", re.IGNORECASE)


def _days(c: Claim) -> tuple[date, date] | None:
    t = c.time
    if t is None or t.start is None or t.end is None or (t.end - t.start).days > 6:
        return None
    return (t.start, t.end)


def _undated(c: Claim) -> bool:
    return c.time is None or (c.time.start is None and c.time.end is None)


def _same_event(a: Claim, b: Claim) -> bool:
    da, db = _days(a), _days(b)
    if _undated(a) and _undated(b):
        return not ({p.country for p in a.places} and {p.country for p in b.places}
                    and not {p.country for p in a.places} & {p.country for p in b.places})
    if da is None or db is None or da[1] < db[0] or db[1] < da[0]:
        return False          # (a running or background toll is no rival of an incident's)
    ca, cb = {p.country for p in a.places}, {p.country for p in b.places}
    return not (ca and cb and not ca & cb)


def _rivals(a: Claim, b: Claim) -> bool:
    return (a.outcome == b.outcome and a.count.value is not None and b.count.value is not None
            and a.count.value != b.count.value and a.source is not None and b.source is not None
            and a.source.name.lower() not in b.source.name.lower() and b.source.name.lower() not in a.source.name.lower()
            and {a.victims.category, b.victims.category} in ({a.victims.category}, {"people", "civilians"})
            and _same_event(a, b))


def _lead_in(start: int, said: str, text: str) -> str:
    """The sentence ``said`` at ``start`` and the one before it in its paragraph ("Relatives insisted, however, that
    the toll was higher. 'There are 12 dead,' ...")."""
    para = text.rfind("\n", 0, start) + 1
    before = text[max(para, start - 240):start]
    cut = max(before.rfind(". ", 0, max(0, len(before) - 2)), -1)
    return before[cut + 1:] + said


def _statements(c: Claim, after: int, text: str) -> list[tuple[int, str]]:
    """Where ``c`` is stated after ``after``: its evidence, and the sentences of the body that restate its amount
    (a headline's "Police confirm five deaths" is told again as "But police put the figure at five")."""
    out = [(c.evidence.start, c.evidence.text)] if c.evidence.start > after else []
    if not text or not c.count.text or not headline(c):
        return out
    for m in re.finditer(rf"(?<![\w-]){re.escape(c.count.text)}(?![\w-])", text[after:], re.IGNORECASE):
        at = after + m.start()
        start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
        end = text.find(". ", at)
        out.append((start, text[start:end if end >= 0 else len(text)]))
    return out


def mark_rival_tolls(claims: Sequence[Claim], text: str = "") -> None:
    """Mark ``disputed`` both of two rival tolls, the later set against the earlier where it is stated."""
    tops = [c for c in claims if c.part_of is None and not c.derived]
    for n, a in enumerate(tops):
        for b in tops[n + 1:]:
            first, later = (a, b) if a.evidence.start <= b.evidence.start else (b, a)
            # ("insisted that only eight were killed": an answer the denial rules of verification already judge)
            # (nor one that itself waves the other away: "put the toll at 22, judging the council's toll inflated")
            if not _rivals(first, later) or said_as_only(later) or DISPUTED.search(later.evidence.text):
                continue
            if first.evidence.start == later.evidence.start:
                if _set_against_within(first, later):
                    _dispute(first, later)
                continue
            said = ([(later.evidence.start, later.evidence.text)] if not text else
                    _statements(later, first.evidence.start, text) + _statements(first, later.evidence.start, text))
            if any(_SET_AGAINST.search(_lead_in(at, words, text) if text else words) for at, words in said):
                _dispute(first, later)


def _dispute(*claims: Claim) -> None:
    for c in claims:
        if c.verification == "unknown":   # (where the report could not verify them, unverified)
            c.verification = "disputed"


_BETWEEN = re.compile(r",\s+(?:but|while|whereas|although)\b", re.IGNORECASE)


def _set_against_within(a: Claim, b: Claim) -> bool:
    """"Police put the toll at six, but residents said at least 15 had been killed": two sources' figures of one
    sentence, the second set against the first by a contrast between them."""
    text = a.evidence.text
    x, y = text.find(a.count.text), text.find(b.count.text)
    if x < 0 or y < 0 or x == y:
        return False
    lo, hi = sorted((x, y))
    return _BETWEEN.search(text, lo, hi) is not None
