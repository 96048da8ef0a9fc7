"""Time expressions: find the days a sentence talks about and resolve them.

``find_times(text, published)`` returns every time expression in ``text`` (usually one
sentence) with the calendar span it covers, resolved against the report's publication
date.  The conventions (the project's spec) are:

* weekday names are the most recent such day on or before publication;
* "yesterday" / "last night" = publication day - 1; "today", "tonight", "this morning"
  = publication day; a bare "overnight" = publication day - 1 .. publication day;
* "the past N days" = the N days *before* publication day; "the past week" = the 7 days
  before; "last week" = the previous calendar week (Monday..Sunday); "the weekend" = the
  most recent Saturday (on or before publication) .. Sunday, clipped to publication day;
* explicit dates without a year, and month names without a year, are the most recent
  such date / month on or before publication; months cover their first to last day,
  years 1 January .. 31 December ("this month" / "this year" too; "earlier this month", "so far
  this year" are clipped to publication);
* "since X" gives only ``span_start`` (kind ``"since"``), "as of X" only ``span_end``
  (kind ``"as_of"``);
* expressions relative to another event or without a fixed day ("two days after the
  attack", "the next day", "two weeks ago", "recently", "earlier this week", "since the
  war began") are reported with kind ``"unresolved"`` and no dates, so that callers know
  the sentence carries its own (unknown) time;
* with ``estimated=True`` every expression relative to the publication date is
  unresolved; explicit dates, month names and years still resolve;
* with ``published=None`` only expressions that carry their own year resolve.

Expressions are *found* with compiled regular expressions; single explicit dates are
*parsed* from the regex groups and checked against the calendar (dateparser, about 10 ms a
call, is only used where a caller asks for it), never whole sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from vigil.extract.dates import (
    _I,
    _NUM,
    AS_OF,
    DAY,
    MONTH,
    RANGE,
    SINCE,
    UNRESOLVED,
    YEAR,
    _Cand,
    _Ctx,
    _md_on_or_before,
    _month_span,
    _month_year_on_or_before,
    _parse_num,
    _unresolved,
    _wd_on_or_before,
)
from vigil.extract.dates import _dp_parse as _dp_parse  # re-exported: tests inspect its cache
from vigil.extract.timex_rules import _SCANNERS

__all__ = ["TimeMention", "find_times"]


@dataclass(frozen=True)
class TimeMention:
    """One time expression found in a text.

    ``start``/``end`` are character offsets into the text passed to :func:`find_times`
    (``text == original[start:end]``).  ``span_start``/``span_end`` are the first and
    last day covered (inclusive); either may be ``None`` (see the module docstring).
    """

    start: int
    end: int
    text: str
    span_start: date | None
    span_end: date | None
    kind: str  # "day" | "range" | "since" | "as_of" | "month" | "year" | "unresolved"


# --------------------------------------------------------------------------------------
# combining candidates

_WD_DATE_SEP = re.compile(r"\s*(?:,\s*|\(\s*|\s)(?:the\s+)?", _I)
_CLOSE_PAREN = re.compile(r"\s*\)")
_CONNECT_RE = re.compile(
    # (first: "began on Tuesday and stretched into Wednesday", "began on Saturday night and lasted until Sunday")
    r"\s*(?:\b(?:and\s+)?(?:stretched|continued|lasted|ran|went\s+on|dragged\s+on|carried\s+on)\s+(?:into|until|till|"
    r"through)(?:\s+(?:the\s+)?(?:early\s+hours\s+of|morning\s+of|night\s+of))?\b|"
    r"[-–—/]|,\s*(?:and|or)\b|,|\b(?:and|or|to|through|thru|until|till|into)\b)\s*", _I
)
_RANGE_PREFIX = re.compile(
    # ("overnight from Thursday to Friday": that night, not the night before publication)
    r"\b(?:overnight\s+)?(?:from|between|over\s+the\s+course\s+of|in\s+the\s+course\s+of|in\s+the\s+period\s+of)\s+$", _I
)
_SINCE_RE = re.compile(r"\b(?:ever\s+)?since\s+", _I)
_SINCE_ON_RE = re.compile(r"\s(?:on|in)\s+", _I)
_THE_DATED = re.compile(r"(?:the|its|their)\s+", _I)
_EVENT_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}\b(?!\s+(?:of|to)\b)")
# (not quotation marks: "since X declared an "emergency" in May"; nor a short aside in brackets: "since the Tesh
# Liberation Front (TLF) launched an offensive on Jan. 16")
_SINCE_STOP = re.compile(r"[,;:!?()]|\.\s")
_SINCE_ASIDE = re.compile(r"\([^(),;:]{1,40}\)")
_ASOF_RE = re.compile(r"\b(?:as\s+(?:of|at)|up\s+(?:to|until)|until|till|by)\s+", _I)
_BEFORE_AFTER_RE = re.compile(r"\b(?:before|after|prior\s+to|ahead\s+of|following)\s+", _I)
_REL_TAIL_RE = re.compile(r"(?:after|before|prior\s+to|following|into|since|of|on\s+from)$", _I)
_FROM_ONWARDS_RE = re.compile(r"\s+(?:(?:and\s+)?onwards?\b|on\b(?!\s+\w))", _I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", _I)
_POSSESSIVE = re.compile(r"['’]s\b")


def _best_at(cands: Iterable[_Cand]) -> dict[int, _Cand]:
    best: dict[int, _Cand] = {}
    for c in cands:
        cur = best.get(c.start)
        if cur is None or (c.end - c.start, -c.prio) > (cur.end - cur.start, -cur.prio):
            best[c.start] = c
    return best


def _reresolve_before(c: _Cand, ref: date) -> _Cand:
    """Re-resolve the first element of a range relative to the range's last day."""
    if c.wd is not None:
        d = _wd_on_or_before(ref, c.wd)
        return replace(c, span_start=d, span_end=d, kind=DAY)
    if c.md is not None:
        md = _md_on_or_before(ref, *c.md)
        return replace(c, span_start=md, span_end=md, kind=DAY) if md else c
    if c.mon is not None:
        s, e = _month_span(_month_year_on_or_before(ref, c.mon), c.mon)
        return replace(c, span_start=s, span_end=e, kind=MONTH)
    return c


def _merge_weekday_dates(text: str, cands: list[_Cand]) -> list[_Cand]:
    """'Friday, March 7' / 'Sunday (9 March)': the explicit date wins."""
    best = _best_at(cands)
    new: list[_Cand] = []
    for c in cands:
        if c.wd is None:
            continue
        sep = _WD_DATE_SEP.match(text, c.end)
        if not sep:
            continue
        d = best.get(sep.end())
        if d is None or not d.explicit or d.family != DAY:
            continue
        end = d.end
        if "(" in sep[0]:
            close = _CLOSE_PAREN.match(text, end)
            if close:
                end = close.end()
        new.append(replace(d, start=c.start, end=end, wd=None))
    return new


def _chain_ranges(text: str, cands: list[_Cand]) -> list[_Cand]:
    """'Friday and Saturday', 'from July 22 to August 3', 'between June and August 2024'."""
    best = _best_at(cands)
    new: list[_Cand] = []
    for first in sorted(best.values(), key=lambda c: c.start):
        if not first.family:
            continue
        seq, seps = [first], []
        cur = first
        while True:
            conn = _CONNECT_RE.match(text, cur.end)
            if not conn:
                break
            nxt = best.get(conn.end())
            if nxt is None or nxt.family != first.family:
                break
            seq.append(nxt)
            seps.append(conn[0].strip())
            cur = nxt
        while seps and seps[-1] == ",":  # "Friday, Saturday's ..." is not a range
            seps.pop()
            seq.pop()
        if len(seq) < 2:
            continue
        last = seq[-1]
        start = first.start
        pre = _RANGE_PREFIX.search(text, max(0, start - 25), start)
        if pre:
            start = pre.start()
        kind = {MONTH: MONTH, YEAR: YEAR}.get(first.family, RANGE)
        if last.span_start is None or last.span_end is None:
            new.append(_unresolved(start, last.end))
            continue
        head = _reresolve_before(first, last.span_start)
        if head.span_start is None or head.span_start > last.span_end:
            if head.span_start is None:
                new.append(_unresolved(start, last.end))
            continue
        new.append(_Cand(start, last.end, head.span_start, last.span_end, kind, explicit=first.explicit))
    return new


def _wrap(text: str, ctx: _Ctx, cands: list[_Cand]) -> list[_Cand]:
    """'since X', 'as of X', 'after X', 'two days after X', 'from X onwards'."""
    best = _best_at(cands)
    new: list[_Cand] = []
    for m in _SINCE_RE.finditer(text) if ctx.has("since") else ():
        inner = best.get(m.end())
        the = _THE_DATED.match(text, m.end())
        if inner is None and the is not None and (dated := best.get(the.end())) is not None and (
                _EVENT_AFTER.match(text, dated.end)):
            inner = dated    # "since the February 2021 coup", "since the 2019 election": that date's
        if inner is None:  # "since the offensive began on June 3"
            stop = _SINCE_STOP.search(text, m.end(), m.end() + 120)
            while stop is not None and stop[0] == "(" and (aside := _SINCE_ASIDE.match(text, stop.start())):
                stop = _SINCE_STOP.search(text, aside.end(), m.end() + 120)
            limit = stop.start() if stop else min(len(text), m.end() + 120)
            for on in _SINCE_ON_RE.finditer(text, m.end() - 1, limit):
                if len(text[m.end() : on.start()].split()) > 12:
                    break
                inner = best.get(on.end())
                if inner is not None:
                    break
        if inner is None:
            continue
        if (
            inner.span_start is None
            or inner.kind in (UNRESOLVED, AS_OF)
            or inner.mod in ("mid", "late", "end", "part")
        ):
            new.append(_unresolved(m.start(), inner.end))
        else:
            new.append(_Cand(m.start(), inner.end, inner.span_start, None, SINCE))
    for m in _ASOF_RE.finditer(text) if ctx.has("as of", "as at", "up to", "up until", "til", "by") else ():
        inner = best.get(m.end())
        if inner is None or _POSSESSIVE.match(text, inner.end) or inner.kind in (SINCE, AS_OF):
            continue
        if (
            inner.span_end is None
            or inner.kind == UNRESOLVED
            or inner.mod in ("start", "early", "mid", "late", "part")
        ):
            new.append(_unresolved(m.start(), inner.end))
        else:
            new.append(_Cand(m.start(), inner.end, None, inner.span_end, AS_OF))
    gate = ctx.has("before", "after", "prior to", "ahead of", "following")
    for m in _BEFORE_AFTER_RE.finditer(text) if gate else ():
        inner = best.get(m.end())
        if inner is not None and inner.family in (MONTH, YEAR, DAY) and inner.explicit:
            new.append(_unresolved(m.start(), inner.end))
    for c in cands:
        if c.kind == UNRESOLVED and _REL_TAIL_RE.search(text, c.start, c.end):
            sep = re.compile(r"\s+").match(text, c.end)
            inner = best.get(sep.end()) if sep else None
            if inner is not None:
                new.append(_unresolved(c.start, inner.end))
    for c in cands if ctx.has("from") else ():
        if c.span_start is None or c.kind in (SINCE, AS_OF, UNRESOLVED):
            continue
        fr = _FROM_BEFORE.search(text, max(0, c.start - 6), c.start)
        onw = _FROM_ONWARDS_RE.match(text, c.end)
        if fr and onw:
            new.append(_Cand(fr.start(), onw.end(), c.span_start, None, SINCE))
    return new


_OUTCOME_WORD = re.compile(r"\b(?:kill|dead|death|died|wound|injur|hurt|abduct|kidnap)", _I)
_SPAN_AFTER_RE = re.compile(
    r",?\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?"
    r"(?:\w+|\d+)\s+(?:hours?|days?)\s+after\s+[^,.;:!?\"“”()]{1,60}?\bon\s+$",
    _I,
)


def _days_of(cands: list[_Cand]) -> list[_Cand]:
    """The single days among the candidates, in the order of the text."""
    return sorted((c for c in cands if c.family == DAY and c.kind == DAY and c.span_start), key=lambda c: c.start)


def _span_after(text: str, cands: list[_Cand]) -> list[_Cand]:
    """'on Friday, some 20 hours after gunmen stormed it on Thursday' = Thursday..Friday."""
    days = _days_of(cands)
    new: list[_Cand] = []
    for i, late in enumerate(days):
        for early in days[i + 1 :]:
            if early.start - late.end > 90 or not _SPAN_AFTER_RE.fullmatch(text, late.end, early.start):
                continue
            if _OUTCOME_WORD.search(text, late.end, early.start):
                break       # "on Saturday, two days after 9 people were killed in Fala on Thursday": two harms
            if early.span_start and late.span_end and early.span_start < late.span_end:
                new.append(_Cand(late.start, early.end, early.span_start, late.span_end, RANGE))
            break
    return new


_UNTIL_LATER = re.compile(
    # "broke out on Thursday night inside the prison and was not brought under control until Friday morning",
    # "began on Saturday morning and continued intermittently until Sunday afternoon", "began on Thursday and
    # ended on Friday": a clause's start day, then the day it went on to
    r"(?=[^.;:!?\"“”()]*?\band\b)[^.;:!?\"“”()]{0,110}?(?:\b(?:until|till|into)|\bended(?:\s+(?:late|early))?(?:\s+on)?)\s+"
    r"(?:the\s+(?:early\s+hours|morning|night)\s+of\s+)?$", _I)
# what opens the clause: the day something began ("killed 5 on Friday and held 20 until Sunday" is not a run)
_BEGAN_BEFORE = re.compile(r"\b(?:began|begun|begins|started|starts|broke\s+out|erupted|flared|opened|launched)\s+"
                           r"(?:[\w'’-]+\s+){0,3}?$", _I)
# the days of an outcome or a statement between them are not one event's run
_UNTIL_BREAK = re.compile(r"\b(?:kill|dead|death|died|wound|injur|hurt|abduct|kidnap|said|says|told|report|announc)", _I)


def _until_later(text: str, cands: list[_Cand]) -> list[_Cand]:
    """'on Thursday night ... until Friday morning': the days from a clause's start to the day it ran until."""
    days = _days_of(cands)
    new: list[_Cand] = []
    for i, first in enumerate(days):
        for last in days[i + 1:]:
            if last.start - first.end > 120:
                break
            if not _UNTIL_LATER.fullmatch(text, first.end, last.start) or _UNTIL_BREAK.search(text, first.end,
                                                                                             last.start):
                continue
            if not _BEGAN_BEFORE.search(text, max(0, first.start - 50), first.start):
                break
            head = _reresolve_before(first, last.span_start) if last.span_start else first
            if head.span_start and last.span_end and head.span_start < last.span_end and (
                    (last.span_end - head.span_start).days <= 7):
                new.append(_Cand(first.start, last.end, head.span_start, last.span_end, RANGE))
            break
    return new


_PERIOD_TO = re.compile(
    r"\b(?:the\s+)?(?:(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fourteen)\s+days|(?P<unit>week|fortnight)|"
    r"(?P<w>\d|two|three|four|five|six)\s+weeks|"
    r"(?P<h>24|48|72|twenty-four|forty-eight|seventy-two)\s+hours)"
    r"\s+(?:to|ending(?:\s+on)?|up\s+to|through)\s+$", _I)
_PERIOD_HOURS = {"24": 24, "48": 48, "72": 72, "twenty-four": 24, "forty-eight": 48, "seventy-two": 72}
_PERIOD_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "fourteen": 14, "week": 7, "fortnight": 14}


def _period_to(text: str, cands: list[_Cand]) -> list[_Cand]:
    """'in the week to Sunday', 'the seven days ending 8 June': the days of that length that end on the day."""
    new: list[_Cand] = []
    for c in cands:
        if c.family != DAY or c.kind != DAY or c.span_end is None:
            continue
        m = _PERIOD_TO.search(text, max(0, c.start - 40), c.start)
        if m is None:
            continue
        if m["h"]:      # "in the 24 hours to Thursday morning": that day and the one before it
            n = _PERIOD_HOURS.get(m["h"].lower(), 24) // 24 + 1
        elif m["w"]:    # "in the two weeks to Friday"
            n = 7 * (int(m["w"]) if m["w"].isdigit() else _PERIOD_DAYS[m["w"].lower()])
        else:
            n = int(m["n"]) if m["n"] and m["n"].isdigit() else _PERIOD_DAYS[(m["n"] or m["unit"]).lower()]
        new.append(_Cand(m.start(), c.end, c.span_end - timedelta(days=n - 1), c.span_end, RANGE))
    return new


# "erupted on 26 February and raged for three days": a day, then how many days it went on from it
_LASTED_FOR = re.compile(r"\s*,?\s+(?:and\s+)?(?:(?:had\s+)?(?:continued|lasted|raged|went\s+on|dragged\s+on|carried\s+on)"
                         rf"|was\s+to\s+last)\s+(?:for\s+)?(?:(?:about|some|nearly|almost)\s+)?(?P<n>{_NUM}|\d{{1,2}})\s+days\b", _I)


def _lasted_for(text: str, cands: list[_Cand], pub: date | None) -> list[_Cand]:
    """'began on Friday and lasted three days': the days from that day on, up to publication."""
    new: list[_Cand] = []
    for c in _days_of(cands):
        m = _LASTED_FOR.match(text, c.end)
        n = _parse_num(m["n"]) if m is not None else None
        if m is None or not n or n < 2 or n > 31 or c.span_start is None:
            continue
        last = c.span_start + timedelta(days=n - 1)
        new.append(_Cand(c.start, m.end(), c.span_start, min(last, pub) if pub is not None else last, RANGE))
    return new


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest first (then lower prio, then leftmost); drop anything overlapping a pick."""
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.prio, c.start)):
        if c.end <= c.start:
            continue
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?")


def _in_named_year(text: str, cands: list[_Cand]) -> list[_Cand]:
    """"on October 7 last year", "in March this year": a day or month without its year, then the year in words."""
    years = {c.start: c for c in cands if c.kind == YEAR and c.span_start is not None and c.span_end is not None
             and c.span_start.year == c.span_end.year}
    new: list[_Cand] = []
    for c in cands:
        if c.wd is not None or (c.md is None and c.mon is None) or (sep := _YEAR_AFTER.match(text, c.end)) is None:
            continue
        y = years.get(sep.end())
        if y is None or y.span_start is None:
            continue
        year = y.span_start.year
        try:
            if c.md is not None:
                first = last = date(year, c.md[0], c.md[1])
            else:
                assert c.mon is not None
                first = date(year, c.mon, 1)
                last = date(year + c.mon // 12, c.mon % 12 + 1, 1) - timedelta(days=1)
        except ValueError:
            continue        # ("29 February last year" in a year without it)
        new.append(replace(c, end=y.end, span_start=first, span_end=last, md=None, mon=None, explicit=True))
    return new


_UNNAMED_NIGHT = re.compile(r"(?:(?:during|in)\s+the\s+night|(?:(?:just|shortly)\s+)?(?:before|at)\s+(?:dawn|daybreak))$",
                            _I)


def _unnamed_night(text: str, cands: list[_Cand]) -> list[_Cand]:
    """"during the night" stands for the night before publication, "before dawn" for publication day's early
    hours, only where the sentence names no day ("on Friday, during the night": Friday's)."""
    nights = [c for c in cands if _UNNAMED_NIGHT.match(text, c.start, c.end)]
    if nights and any(c.family == DAY and c.span_start is not None and not any(c is n for n in nights)
                      for c in cands):
        return [c for c in cands if not any(c is n for n in nights)]
    return cands


_SINCE_TO_ASOF = re.compile(r"[^;:!?\d]{0,150}")     # (no figure between: each is its own)


def _since_as_of(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'since the start of the year, as of 28 February', 'As of Sunday, 95 had been killed since 1 January': a
    start and an end told in one clause, with no other time between, are one span."""
    out: list[_Cand] = []
    for c in chosen:
        prev = out[-1] if out else None
        pair = {prev.kind, c.kind} if prev is not None else set()
        if prev is None or pair != {SINCE, AS_OF} or not _SINCE_TO_ASOF.fullmatch(text, prev.end, c.start):
            out.append(c)
            continue
        since, as_of = (prev, c) if prev.kind == SINCE else (c, prev)
        if since.span_start is not None and as_of.span_end is not None and since.span_start <= as_of.span_end:
            out[-1] = _Cand(prev.start, c.end, since.span_start, as_of.span_end, RANGE)
        else:
            out.append(c)
    return out


def find_times(text: str, published: date | None, estimated: bool = False) -> list[TimeMention]:
    """Find and resolve the time expressions of ``text`` (sorted, non-overlapping).

    ``published`` is the report's publication date (None if unknown); ``estimated``
    says it is only an estimate, so expressions relative to it are left unresolved.
    """
    if not text:
        return []
    if isinstance(published, datetime):  # a datetime is a date, but does not compare with one
        published = published.date()
    ctx = _Ctx(published, estimated, text.lower(), text)
    cands: list[_Cand] = []
    for scan in _SCANNERS:
        scan(text, ctx, cands)
    if not cands:
        return []
    if ctx.has("the night", "dawn", "daybreak"):
        cands = _unnamed_night(text, cands)
    if any(c.wd is not None for c in cands):
        cands += _merge_weekday_dates(text, cands)
    if ctx.has(" year"):
        cands += _in_named_year(text, cands)
    if sum(1 for c in cands if c.family) > 1:
        cands += _chain_ranges(text, cands)
    cands += _wrap(text, ctx, cands)
    if ctx.has(" to ", "ending", "through") and ctx.has("days", "week", "fortnight", "hours"):
        cands += _period_to(text, cands)
    if ctx.has("until", "till", "into", "ended") and sum(1 for c in cands if c.family == DAY) > 1:
        cands += _until_later(text, cands)
    if ctx.has(" days") and ctx.has("continued", "lasted", "raged", "went on", "dragged on", "carried on", "to last"):
        cands += _lasted_for(text, cands, ctx.published)
    if ctx.has("after") and sum(1 for c in cands if c.family == DAY) > 1:
        cands += _span_after(text, cands)
    return [
        TimeMention(c.start, c.end, text[c.start : c.end], c.span_start, c.span_end, c.kind)
        for c in _since_as_of(text, _select(cands))
    ]
