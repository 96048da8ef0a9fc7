"""Scanners of :mod:`vigil.extract.timex` for weekdays, relative days and periods, months, years
and unresolved expressions, and the ordered tuple ``_SCANNERS`` that :func:`find_times` runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from vigil.extract.dates import (
    _I,
    _MON,
    _NOT_COUNT,
    _NUM,
    _VAGUE_NUM,
    _WD,
    _WD_NAMES,
    _WD_TITLES,
    _X,
    _YEAR,
    AS_OF,
    DAY,
    MONTH,
    RANGE,
    SINCE,
    YEAR,
    _add_months,
    _Cand,
    _Ctx,
    _is_abbr,
    _month_of,
    _month_span,
    _month_year_on_or_before,
    _norm_mod,
    _parse_num,
    _scan_explicit,
    _unresolved,
    _wd_on_or_before,
)
from vigil.extract.timex_holidays import scan_fixed_holidays

# --------------------------------------------------------------------------------------
# weekdays

_WD_RE = re.compile(
    rf"""
    (?:\b(?P<rel>last|this\s+past|this|next|past)\s+)?
    (?P<pre>\b(?:
        (?:late|early|later|earlier)\s+(?:on\s+)?
      | (?:(?:in|during)\s+)?the\s+(?:early\s+|small\s+|wee\s+)?(?:hours|morning|afternoon|evening|night)\s+of\s+
      | (?:(?:before|at)\s+)?(?:dawn|daybreak|sunrise|sunset|dusk|noon|midday|midnight)\s+(?:on\s+)?
      | overnight\s+(?:on\s+)?
    ))?
    \b(?P<wd>{_WD})(?!\w)
    (?:\s+(?P<suf>nights?|mornings?|afternoons?|evenings?|overnight)\b)?
    """,
    _I | _X,
)
_INTO_NEXT = re.compile(rf"\s+(?:and|to|into)\s+(?:the\s+(?:early\s+hours|morning)\s+of\s+|early\s+)?(?P<wd>{_WD})\b", _I)
_HOLIDAY_BEFORE = re.compile(
    r"\b(?-i:Black|Good|Bloody|Ash|Holy|Palm|Easter|Maundy|Super|Cyber|Shrove|Whit|Low|Orthodox|"
    r"Great|Clean|Passion|Pentecost|Trinity)\s+$"
)
_AFTER_MIDNIGHT_RE = re.compile(rf"\b(?:(?:just|shortly|soon)\s+)?after\s+midnight\s+(?P<wd>{_WD})(?!\w)"
                                r"(?!\s+(?:night|morning|evening|afternoon))", _I)
_OF_LAST_WEEK = re.compile(r"\s+(?:of\s+)?last\s+week\b(?!['’])", _I)
_OVERNIGHT_OF = re.compile(r"overnight\s*$", _I)
_OVERNIGHT_INTO_RE = re.compile(rf"\bovernight\s+(?:into|to)\s+(?P<wd>{_WD})(?!\w)", _I)


def _scan_weekdays(text: str, ctx: _Ctx, out: list[_Cand]) -> None:
    if not any(n in text for n in _WD_TITLES):
        return
    base = ctx.rel
    for m in _WD_RE.finditer(text):
        wd = _WD_NAMES.index(m["wd"].lower())
        start = m.start()
        rel = (m["rel"] or "").lower()
        if not rel and not m["pre"] and _HOLIDAY_BEFORE.search(text, max(0, start - 12), start):
            # "Good Friday", "Bloody Sunday": a day we cannot place
            hm = _HOLIDAY_BEFORE.search(text, max(0, start - 12), start)
            assert hm is not None
            out.append(_unresolved(hm.start(), m.end()))
            continue
        if rel == "next" or base is None:
            out.append(_unresolved(start, m.end(), family=DAY if rel != "next" else "", wd=wd))
            continue
        # "last Friday": strictly before publication day
        d = _wd_on_or_before(base - timedelta(days=1) if rel == "last" else base, wd)
        lw = _OF_LAST_WEEK.match(text, m.end()) if not rel else None
        if lw is not None:      # "on Thursday last week": that day of the previous calendar week
            d = base - timedelta(days=base.weekday() + 7 - wd)
            out.append(_Cand(start, lw.end(), d, d, DAY, family=DAY))
            continue
        if _OVERNIGHT_OF.match(m["pre"] or m["suf"] or "") and d < base:
            # "overnight Tuesday", "Tuesday overnight": the night from that day into the next (and "overnight
            # Monday into Tuesday" names that next day too)
            nxt = _INTO_NEXT.match(text, m.end())
            end = nxt.end() if nxt is not None and _WD_NAMES.index(nxt["wd"].lower()) == (wd + 1) % 7 else m.end()
            out.append(_Cand(start, end, d, d + timedelta(days=1), RANGE))
            continue
        out.append(_Cand(start, m.end(), d, d, DAY, family=DAY, wd=wd))
    for m in _AFTER_MIDNIGHT_RE.finditer(text) if ctx.has("midnight") else ():
        # "after midnight Friday": the small hours that follow Friday, on Saturday
        if base is None:
            out.append(_unresolved(m.start(), m.end()))
            continue
        d = _wd_on_or_before(base, _WD_NAMES.index(m["wd"].lower())) + timedelta(days=1)
        if d <= base:        # (after midnight on publication day: the plain weekday stands)
            out.append(_Cand(m.start(), m.end(), d, d, DAY))
    for m in _OVERNIGHT_INTO_RE.finditer(text) if ctx.has("overnight") else ():
        wd = _WD_NAMES.index(m["wd"].lower())
        if base is None:
            out.append(_unresolved(m.start(), m.end()))
            continue
        d = _wd_on_or_before(base, wd)
        out.append(_Cand(m.start(), m.end(), d - timedelta(days=1), d, RANGE))


# --------------------------------------------------------------------------------------
# days relative to publication

# (gate words, regex, first-day offset, last-day offset, kind)
_REL_DAYS: tuple[tuple[tuple[str, ...], re.Pattern[str], int, int, str], ...] = tuple(
    (tuple(g.split()), re.compile(rx, _I), a, b, k)
    for g, rx, a, b, k in (
        ("yesterday", r"\bthe\s+day\s+before\s+yesterday\b", -2, -2, DAY),
        (
            "yesterday",
            r"\b(?:(?:late|early)\s+(?:on\s+)?)?yesterday(?:\s+(?:morning|afternoon|evening|night))?\b",
            -1,
            -1,
            DAY,
        ),
        ("night", r"\b(?:late\s+)?last\s+night\b", -1, -1, DAY),
        ("today", r"\b(?:(?:earlier|later|early|late)\s+)?today\b", 0, 0, DAY),
        (
            "morning afternoon evening",
            r"\b(?:(?:earlier|later|early|late)\s+)?this\s+(?:morning|afternoon|evening)\b",
            0,
            0,
            DAY,
        ),
        ("tonight", r"\btonight\b", 0, 0, DAY),
        # "killed when a strike flattened their house before dawn": the early hours of publication day, where the
        # sentence names no day (dropped where it does: :func:`vigil.extract.timex.find_times`)
        ("dawn daybreak", r"\b(?:(?:just|shortly)\s+)?(?:before|at)\s+(?:dawn|daybreak)\b(?!\s+(?:on|of)\b)", 0, 0,
         DAY),
        ("overnight", r"\bovernight\b", -1, 0, RANGE),
        # "hurt by shelling during the night": a night no day is named for, as "overnight" (dropped where the
        # sentence names a day: :func:`vigil.extract.timex.find_times`)
        ("night", r"\b(?:during|in)\s+the\s+night\b(?!\s+(?:of|before|after|from|between|to)\b)", -1, 0, RANGE),
        (
            "since",
            r"\bsince\s+(?:dawn|daybreak|midnight|(?:the\s+)?morning)\b(?!\s+(?:on|of)\b)",
            0,
            0,
            SINCE,
        ),
        (
            "as",
            r"\bas\s+(?:of|at)\s+(?:now|this\s+writing|press\s+time|publication|the\s+time\s+of\s+"
            r"(?:writing|publication))\b",
            0,
            0,
            AS_OF,
        ),
    )
)


def _scan_relative_days(text: str, ctx: _Ctx, out: list[_Cand]) -> None:
    base = ctx.rel
    for gate, rx, a, b, kind in _REL_DAYS:
        if not ctx.has(*gate):
            continue
        for m in rx.finditer(text):
            if base is None:
                out.append(_unresolved(m.start(), m.end(), family=DAY if kind == DAY else ""))
                continue
            s, e = base + timedelta(days=a), base + timedelta(days=b)
            if kind == SINCE:
                out.append(_Cand(m.start(), m.end(), s, None, SINCE))
            elif kind == AS_OF:
                out.append(_Cand(m.start(), m.end(), None, e, AS_OF))
            else:
                out.append(_Cand(m.start(), m.end(), s, e, kind, family=DAY if kind == DAY else ""))


_PAST_N_RE = re.compile(
    rf"\b(?P<the>(?:the|this)\s+)?(?P<w>past|last|previous(?=\s+\S+\s+hours\b))\s+(?:(?P<n>{_NUM})\s+)?"
    r"(?P<unit>days?|weeks?|months?|years?|hours?|fortnight|decades?)\b(?!\s+of\b)",
    _I,
)
_IN_N_DAYS_RE = re.compile(
    rf"\bin\s+(?P<n>{_NUM})\s+(?P<unit>days|weeks)\b"
    r"(?!\s*['’]|\s+(?:time|after|before|later|earlier|ago|from|since)\b)",
    _I,
)
_WEEKEND_RE = re.compile(r"\b(?:(?P<last>last)\s+|this\s+(?:past\s+)?|the\s+|past\s+)weekend\b", _I)
_REL_PERIOD_RE = re.compile(
    r"\b(?:(?P<mod>earlier|later|early|late|so\s+far|mid|the\s+(?:start|beginning|end|middle)\s+of)\s+)?"
    r"(?P<which>this|last|the\s+current|the\s+present|the)\s+(?P<unit>week|month|year)\b"
    r"(?!\s+(?:ago|before|after|earlier|later)\b)",
    _I,
)


def _past_span(base: date, n: int, unit: str) -> tuple[date, date, str]:
    unit = unit.lower().rstrip("s")
    end = base - timedelta(days=1)
    if unit == "day":
        return base - timedelta(days=n), end, RANGE
    if unit == "week":
        return base - timedelta(days=7 * n), end, RANGE
    if unit == "fortnight":
        return base - timedelta(days=14 * n), end, RANGE
    if unit == "hour":
        return base - timedelta(days=max(1, -(-n // 24))), base, RANGE
    if unit == "month":
        return _add_months(base, -n), end, RANGE
    if unit == "year":
        return _add_months(base, -12 * n), end, RANGE
    return _add_months(base, -120 * n), end, RANGE  # decade


def _scan_relative_periods(text: str, ctx: _Ctx, out: list[_Cand]) -> None:
    base = ctx.rel
    if ctx.has("past", "last", "previous"):
        _scan_past_n(text, base, out)
    if ctx.has("days", "weeks"):
        _scan_in_n_days(text, base, out)
    if ctx.has("weekend"):
        _scan_weekend(text, base, out)
    if ctx.has("week", "month", "year"):
        _scan_periods(text, base, out)


def _scan_past_n(text: str, base: date | None, out: list[_Cand]) -> None:
    for m in _PAST_N_RE.finditer(text):
        unit = m["unit"].lower()
        if m["n"] is None:
            if unit.endswith("s") or (not m["the"] and m["w"].lower() == "last"):
                continue  # "last week" is calendar (below); "the past days" is vague (unresolved)
            n = 1
        else:
            parsed = _parse_num(m["n"])
            if not parsed:
                continue
            n = parsed
        if base is None:
            out.append(_unresolved(m.start(), m.end()))
            continue
        s, e, kind = _past_span(base, n, unit)
        out.append(_Cand(m.start(), m.end(), s, e, kind))


def _scan_in_n_days(text: str, base: date | None, out: list[_Cand]) -> None:
    for m in _IN_N_DAYS_RE.finditer(text):
        n2 = _parse_num(m["n"])
        if not n2:
            continue
        if base is None:
            out.append(_unresolved(m.start(), m.end()))
            continue
        s, e, kind = _past_span(base, n2, m["unit"])
        out.append(_Cand(m.start(), m.end(), s, e, kind))


def _scan_weekend(text: str, base: date | None, out: list[_Cand]) -> None:
    for m in _WEEKEND_RE.finditer(text):
        if base is None:
            out.append(_unresolved(m.start(), m.end()))
            continue
        sat = _wd_on_or_before(base, 5)
        if m["last"] and base.weekday() in (5, 6):
            sat -= timedelta(days=7)
        out.append(_Cand(m.start(), m.end(), sat, min(sat + timedelta(days=1), base), RANGE))


def _scan_periods(text: str, base: date | None, out: list[_Cand]) -> None:
    for m in _REL_PERIOD_RE.finditer(text):
        which, unit = m["which"].lower(), m["unit"].lower()
        if which.split()[-1] in ("current", "present"):
            which = "this"          # "the current year"
        mod = _norm_mod(m["mod"]) if m["mod"] and not m["mod"].lower().startswith("so") else ""
        raw_mod = (m["mod"] or "").lower()
        if which == "the":
            if mod not in ("start", "end", "mid"):
                continue  # "the week" etc.: not a time expression by itself
            which = "this"
        if which == "this" and raw_mod == "later":
            out.append(_unresolved(m.start(), m.end()))
            continue
        if unit == "week" and which == "this" and raw_mod == "earlier":
            out.append(_unresolved(m.start(), m.end()))  # spec: "earlier this week" has no fixed day
            continue
        if base is None:
            out.append(_unresolved(m.start(), m.end(), mod=mod))
            continue
        if unit == "week":
            monday = base - timedelta(days=base.weekday())
            if which == "last":
                s, e = monday - timedelta(days=7), monday - timedelta(days=1)
            else:
                s, e = monday, base
            out.append(_Cand(m.start(), m.end(), s, e, RANGE, mod=mod))
        elif unit == "month":
            ref = _add_months(base.replace(day=1), -1) if which == "last" else base
            s, e = _month_span(ref.year, ref.month)
            out.append(_Cand(m.start(), m.end(), s, min(e, base) if raw_mod else e, MONTH, mod=mod))
        else:
            y = base.year - 1 if which == "last" else base.year
            e = date(y, 12, 31)
            out.append(_Cand(m.start(), m.end(), date(y, 1, 1), min(e, base) if raw_mod else e, YEAR, mod=mod))


# --------------------------------------------------------------------------------------
# months and years

_MONTH_RE = re.compile(
    rf"""
    (?:
        \b(?P<mod>early|late|mid|end|start)\s*-\s*
      | \b(?P<mod2>early|late|mid|in\s+mid|(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half
            |first\s+weeks?|last\s+weeks?|first\s+days|last\s+days|first\s+fortnight)\s+of)\s+
      | \b(?P<rel>last|this|next)\s+
    )?
    \b(?P<mon>{_MON})
    (?:(?:\s*,\s*|\s+)(?:of\s+)?(?P<year>{_YEAR}){_NOT_COUNT})?
    (?P<poss>['’]s\b)?
    """,
    _I | _X,
)
_MONTH_CTX_BEFORE = re.compile(
    r"\b(?:in|since|during|throughout|from|until|till|through|between|and|or|to|by|before|after|of|"
    r"as\s+of|as\s+at|early|late)\s+$",
    _I,
)
_MONTH_CTX_AFTER = re.compile(rf"\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\band\b|\bor\b)\s*{_MON}", _I)


def _scan_months(text: str, ctx: _Ctx, out: list[_Cand]) -> None:
    for m in ctx.around_months(_MONTH_RE):
        tok = m["mon"]
        month = _month_of(tok)
        year = int(m["year"]) if m["year"] else None
        mod = _norm_mod(m["mod"] or m["mod2"])
        rel = (m["rel"] or "").lower()
        if year is None:
            if _is_abbr(tok):
                continue  # "Jan", "Mar": only with a day or a year
            if (
                not mod
                and not rel
                and not m["poss"]
                and not _MONTH_CTX_BEFORE.search(text, max(0, m.start() - 12), m.start())
                and not _MONTH_CTX_AFTER.match(text, m.end())
            ):
                continue  # a capitalised word that is not clearly a month ("May I...", "March on")
        end = m.end() - (len(m["poss"]) if m["poss"] else 0)
        if year is None and rel == "next":
            out.append(_unresolved(m.start(), end))
            continue
        if year is None:
            if ctx.published is None:
                out.append(_unresolved(m.start(), end, family=MONTH, mon=month, explicit=True, mod=mod))
                continue
            pub = ctx.published
            if rel == "last":
                year = pub.year if month < pub.month else pub.year - 1
            else:
                year = _month_year_on_or_before(pub, month)
        s, e = _month_span(year, month)
        out.append(
            _Cand(m.start(), end, s, e, MONTH, family=MONTH, mon=month if m["year"] is None else None,
                  explicit=True, mod=mod)
        )  # fmt: skip


_YEAR_RE = re.compile(
    rf"""
    \b(?:(?P<ctx>in|since|during|throughout|until|till|before|after|as\s+of|as\s+at)\s+)?
    (?P<mod>
        (?:early|late|mid)\s*-?\s*
      | end-
      | (?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|first\s+quarter|last\s+quarter
            |summer|spring|autumn|fall|winter|course)\s+of\s+
    )?
    (?<![\d,.£$€])(?<!\d[-/])(?P<year>{_YEAR}){_NOT_COUNT}(?![\-–—/]\d)
    """,
    _I | _X,
)
_YEAR_AFTER = re.compile(r"['’]s\b|\s+alone\b")
# "the 2014 war", "the 1948 Nakba": a year naming an event
_YEAR_EVENT_RE = re.compile(
    rf"\bthe\s+(?P<year>{_YEAR})\s+(?:war|wars|conflict|offensive|invasion|uprising|revolution|massacres?|"
    r"attacks?|fighting|protests|crackdown|coup|earthquake|floods?|escalation|incursion|operation|campaign|"
    r"siege|battle|clashes|violence|ceasefire|truce|bombings?|genocide|Nakba|intifada|insurgency|riots|"
    r"unrest|famine|hostilities)\b",
    _I,
)
# "in the 1990s", "the early 2000s"
_DECADE_RE = re.compile(r"\b(?:the\s+)?(?P<mod>(?:early|mid|late)[-\s]+)?(?P<dec>(?:19|20)\d)0['’]?s\b", _I)
_DATED_EVENT = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:deal|accord|agreement|ceasefire|truce|treaty|settlement|"
                          r"election|elections|coup|referendum|invasion|uprising|revolution|war|offensive)\b", _I)
_YEAR_RANGE_RE = re.compile(
    rf"""
    (?:\b(?P<pre>from|between|in|during|throughout|of)\s+)?
    (?<![\d,.\-/£$€])(?P<y1>{_YEAR})
    (?:\s*(?P<dash>[-–—/])\s*|\s+(?P<word>to|through|until|till|and|or)\s+(?P<art>(?:a|the)\s+(?=(?:19|20)\d\d\s))?)
    (?P<y2>(?:19|20)\d{{2}}|\d{{2}})(?![\d\-/]|,\d){_NOT_COUNT}
    """,
    _I | _X,
)


_YEAR_GATE = re.compile(r"(?:19|20)\d\d")


def _scan_years(text: str, ctx: _Ctx, out: list[_Cand]) -> None:
    if not _YEAR_GATE.search(text):
        return
    for m in _YEAR_RE.finditer(text):
        if not (m["ctx"] or m["mod"] or _YEAR_AFTER.match(text, m.end())):
            continue
        year = int(m["year"])
        start = m.start("mod") if m["mod"] else m.start("year")
        out.append(
            _Cand(start, m.end(), date(year, 1, 1), date(year, 12, 31), YEAR, family=YEAR, explicit=True,
                  mod=_norm_mod(m["mod"]))
        )  # fmt: skip
    for m in _YEAR_EVENT_RE.finditer(text):
        year = int(m["year"])
        out.append(_Cand(m.start(), m.end(), date(year, 1, 1), date(year, 12, 31), YEAR, explicit=True))
    for m in _DECADE_RE.finditer(text):
        dec = int(m["dec"]) * 10
        out.append(
            _Cand(m.start(), m.end(), date(dec, 1, 1), date(dec + 9, 12, 31), YEAR, explicit=True,
                  mod=_norm_mod(m["mod"]))
        )  # fmt: skip
    for m in _YEAR_RANGE_RE.finditer(text):
        if (m["word"] and not m["pre"]) or (m["art"] and not _DATED_EVENT.match(text, m.end())):
            continue    # ("between 1972 and a 2014 peace deal": up to the year of the event named)
        y1, y2s = int(m["y1"]), m["y2"]
        if len(y2s) == 2:
            if not m["dash"]:
                continue
            y2 = y1 // 100 * 100 + int(y2s)
        else:
            y2 = int(y2s)
        if not y1 < y2 <= y1 + 50:
            continue
        out.append(_Cand(m.start(), m.end(), date(y1, 1, 1), date(y2, 12, 31), YEAR, explicit=True))



# "the first five months of the year", "the second quarter of 2024", "the first half of last year": a part of
# a year counted in months (the year's own words decide which year: "the year"/"this year" is publication's)
_YEAR_PART_RE = re.compile(
    rf"""\b(?:the\s+)?(?P<which>first|second|third|fourth|last|final)\s+
    (?:(?P<n>{_NUM})\s+months|(?P<part>half|quarter))\s+of\s+
    (?:(?P<rel>the|this|the\s+current|last|the\s+previous|the\s+past)\s+year|(?P<year>{_YEAR}))\b""",
    _I | _X,
)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _scan_year_parts(text: str, ctx: _Ctx, out: list[_Cand]) -> None:
    if "of" not in ctx.low or not ctx.has("month", "half", "quarter"):
        return
    base = ctx.rel
    for m in _YEAR_PART_RE.finditer(text):
        which = m["which"].lower()
        if m["n"]:
            n = _parse_num(m["n"])
            if n is None or not 1 <= n <= 11 or which not in ("first", "last", "final"):
                continue
            first, last = (1, n) if which == "first" else (13 - n, 12)
        else:
            size = 6 if m["part"].lower() == "half" else 3
            k = 13 // size if which in ("last", "final") else _ORDINAL[which]
            if k * size > 12:
                continue             # "the third half"
            first, last = (k - 1) * size + 1, k * size
        if m["year"]:
            year = int(m["year"])
        elif base is None:
            out.append(_unresolved(m.start(), m.end()))
            continue
        else:
            current = m["rel"].lower() in ("the", "this", "the current")
            year = base.year if current else base.year - 1
        if base is not None and date(year, first, 1) > base:
            continue                 # not yet begun: not a period anything happened in
        # like a month or a year, the whole part ("the first half of the year" in April: January to June)
        out.append(_Cand(m.start(), m.end(), date(year, first, 1), _month_span(year, last)[1], RANGE, explicit=True,
                         prio=-1))


# --------------------------------------------------------------------------------------
# unresolved expressions

_UNITS = r"(?:hours?|days?|nights?|weeks?|months?|years?|decades?)"
_AFTER_WORDS = (
    "after",
    "before",
    "later",
    "earlier",
    "ago",
    "prior",
    "into",
    "following",
    "previously",
    "on from",
)
# (gate words, regex): the regex only runs when one of the gate words occurs in the text
_UNRESOLVED: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (g, re.compile(rx, _I))
    for g, rx in (
        (
            _AFTER_WORDS,
            rf"\b{_VAGUE_NUM}\s+(?:more\s+)?{_UNITS}\s+(?:after|before|later|earlier|ago|prior\s+to|into|"
            r"following|previously|on\s+from)\b"
            r"|\b(?:hours|days|weeks|months|years|moments|minutes)\s+(?:later|earlier|after|before|into)\b"
            # ("over the weekend after shells hit the market": the past weekend, then when in it)
            r"|(?<!\bover\s)\bthe\s+(?:day|night|morning|evening|week|weekend|month|year)\s+(?:before|after|prior)\b"
            r"|\b(?:later|earlier)\s+(?:that|the\s+same|on\s+that)\s+(?:day|night|morning|afternoon|evening|"
            r"week|month|year)\b"
            r"|\b(?:earlier|later)\s+in\s+the\s+(?:week|day|month|year)\b",
        ),
        (
            ("following", "next", "previous", "preceding", "same", "prior", "subsequent"),
            rf"\bthe\s+(?:following|next|previous|preceding|same|prior|subsequent)\s+(?:{_NUM}\s+)?"
            r"(?:days?|nights?|mornings?|afternoons?|evenings?|weeks?|weekends?|months?|years?)\b",
        ),
        (("that",), r"\bthat\s+(?:day|night|morning|afternoon|evening|week|weekend)\b"
                    r"|\b(?:in|during)\s+that\s+(?:month|year)\b"),
        (("recent",), r"\brecently\b|\b(?:in\s+)?recent\s+(?:days|weeks|months|years)\b"),
        (("late",), r"\b(?:as\s+)?of\s+late\b|\blately\b"),
        (
            ("past", "last"),
            r"\b(?:the\s+)?(?:past|last)\s+(?:few|several|couple\s+of)\s+(?:hours|days|nights|weeks|months|years)\b"
            r"|\b(?:in|during|over)\s+the\s+(?:past|last)\s+(?:hours|days|weeks|months|years|decades)\b",
        ),
        (
            ("spring", "summer", "autumn", "fall", "winter"),
            r"\b(?:this|last|next)\s+(?:past\s+)?(?:spring|summer|autumn|fall|winter)\b"
            r"|\bin\s+the\s+(?:spring|summer|autumn|winter)\b(?!\s+of\b)",
        ),
        (
            ("next", "coming", "tomorrow", "time", "other day", "eve of", "within"),
            r"\bnext\s+(?:week|weekend|month|year)\b|\bin\s+the\s+coming\s+(?:hours|days|weeks|months)\b"
            r"|\btomorrow\b|\bat\s+the\s+time\b|\bthe\s+other\s+day\b|\bthe\s+eve\s+of\b"
            rf"|\bwithin\s+(?:hours|days|weeks|minutes|{_VAGUE_NUM}\s+{_UNITS})\b",
        ),
        (("since",), r"\b(?:ever\s+)?since\s+then\b|\bever\s+since\b"),
    )
)
# "since the war began", "since the start of the conflict": tried last (prio 9)
_SINCE_EVENT_RE = re.compile(
    r"\b(?:ever\s+)?since\s+(?:the|its|their|his|her|our|this|that)\s+"
    r"(?:(?:start|beginning|outbreak|onset|end|middle|launch|eruption|resumption|collapse)\s+of\s+"
    r"(?:the\s+|this\s+|its\s+|their\s+)?)?[\w'’-]+"
    r"(?:\s+(?:began|begun|started|broke\s+out|erupted|ended|collapsed|escalated|resumed|was\s+launched))?",
    _I,
)


def _scan_unresolved(text: str, ctx: _Ctx, out: list[_Cand]) -> None:
    for gate, rx in _UNRESOLVED:
        if ctx.has(*gate):
            out.extend(_unresolved(m.start(), m.end(), prio=5) for m in rx.finditer(text))
    if ctx.has("since"):
        out.extend(_unresolved(m.start(), m.end(), prio=9) for m in _SINCE_EVENT_RE.finditer(text))


_SCANNERS: tuple[Callable[[str, _Ctx, list[_Cand]], None], ...] = (
    _scan_explicit,
    _scan_weekdays,
    _scan_relative_days,
    _scan_relative_periods,
    _scan_months,
    _scan_years,
    _scan_year_parts,
    _scan_unresolved,
    scan_fixed_holidays,
)
