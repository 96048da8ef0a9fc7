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
  years 1 January .. 31 December ("this month" / "this year" are clipped to publication);
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
*parsed* with dateparser (imported lazily, memoised), never whole sentences.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cached_property, lru_cache
from typing import Any

__all__ = ["TimeMention", "find_times"]

DAY = "day"
RANGE = "range"
SINCE = "since"
AS_OF = "as_of"
MONTH = "month"
YEAR = "year"
UNRESOLVED = "unresolved"


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
# internal candidate representation


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    span_start: date | None
    span_end: date | None
    kind: str
    family: str = ""  # "day" | "month" | "year": may be chained into a range with its like
    wd: int | None = None  # weekday (0=Monday) of a weekday mention
    md: tuple[int, int] | None = None  # (month, day) of a year-less explicit date
    mon: int | None = None  # month of a year-less month mention
    explicit: bool = False  # an explicit calendar date / month / year
    mod: str = ""  # "", "start", "early", "mid", "late", "end", "part"
    prio: int = 0  # tie-break among equally long overlapping candidates (lower wins)


@dataclass(frozen=True)
class _Ctx:
    published: date | None
    estimated: bool
    low: str  # the text lower-cased: cheap substring gates before running regexes
    text: str

    def has(self, *words: str) -> bool:
        return any(map(self.low.__contains__, words))

    @cached_property
    def month_windows(self) -> list[tuple[int, int]]:
        """Stretches of text around month names: the only places month/date regexes can match."""
        windows: list[tuple[int, int]] = []
        for m in _MON_TOKEN_RE.finditer(self.text):
            lo, hi = max(0, m.start() - _WINDOW), min(len(self.text), m.end() + _WINDOW)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
        return windows

    def around_months(self, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
        for lo, hi in self.month_windows:
            yield from rx.finditer(self.text, lo, hi)

    @property
    def rel(self) -> date | None:
        """Base for expressions relative to publication (None when not trustworthy)."""
        return None if self.estimated else self.published


def _unresolved(start: int, end: int, prio: int = 0, **kw: Any) -> _Cand:
    return _Cand(start, end, None, None, UNRESOLVED, prio=prio, **kw)


# --------------------------------------------------------------------------------------
# calendar helpers


def _wd_on_or_before(ref: date, wd: int) -> date:
    return ref - timedelta(days=(ref.weekday() - wd) % 7)


def _md_on_or_before(ref: date, month: int, day: int) -> date | None:
    for year in range(ref.year, ref.year - 9, -1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= ref:
            return d
    return None


def _month_year_on_or_before(ref: date, month: int) -> int:
    return ref.year if month <= ref.month else ref.year - 1


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, n: int) -> date:
    total = d.year * 12 + (d.month - 1) + n
    year, month0 = divmod(total, 12)
    day = min(d.day, calendar.monthrange(year, month0 + 1)[1])
    return date(year, month0 + 1, day)


# --------------------------------------------------------------------------------------
# lexical building blocks

_WD_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD_TITLES = tuple(n.title() for n in _WD_NAMES)
_WD = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_NUM = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MON_FULL = r"January|February|March|April|May|June|July|August|September|October|November|December"
_MON_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
# month names are case-sensitive ("may", "march" are verbs); abbreviations need a day/year
_MON = rf"(?-i:{_MON_FULL}|{_MON_ABBR})(?!\w)"
_MON_TOKEN_RE = re.compile(_MON)  # case-sensitive: cheap pre-scan for month names
_WINDOW = 50  # month/date regexes are run only this many characters around a month name
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:19|20)\d{2}(?!\d|,\d)"
# a 4-digit number followed by these is a count, not a year
_NOT_COUNT = (
    r"(?!\s+(?:people|persons|civilians|children|kids|women|men|soldiers|troops|fighters|militants|"
    r"combatants|police|policemen|officers|residents|patients|refugees|migrants|bodies|victims|dead|"
    r"deaths|casualties|others|more|of\s+them|Palestinians|Israelis|Ukrainians|Russians|Syrians|Sudanese|"
    r"Afghans|Iraqis|Yemenis|Lebanese|Somalis|Congolese|Nigerians|Haitians|Rohingya|Kurds)\b)"
)
_NUM_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_NUM_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNIT_WORDS = "|".join(sorted(_NUM_UNITS, key=len, reverse=True))
_NUM = (
    rf"(?:\d{{1,4}}|(?:{'|'.join(_NUM_TENS)})(?:[-\s](?:{_UNIT_WORDS}))?|{_UNIT_WORDS}"
    r"|(?:a\s+|one\s+)?hundred)"
)
_VAGUE_NUM = rf"(?:{_NUM}|an?|a\s+few|few|several|some|many|a\s+couple\s+of|couple\s+of|a\s+number\s+of)"


def _parse_num(s: str) -> int | None:
    s = re.sub(r"\s+", " ", s.strip().lower())
    if s.isdigit():
        return int(s)
    if s in _NUM_UNITS:
        return _NUM_UNITS[s]
    if s.endswith("hundred"):
        return 100
    parts = re.split(r"[-\s]", s)
    if parts[0] in _NUM_TENS:
        return _NUM_TENS[parts[0]] + (_NUM_UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


def _month_of(token: str) -> int:
    return _MONTH_NUM[token[:3].lower()]


def _is_abbr(token: str) -> bool:
    return token.rstrip(".") not in _MON_FULL.split("|")


def _norm_mod(mod: str | None) -> str:
    if not mod:
        return ""
    m = re.sub(r"\s+", " ", mod.lower()).strip(" -")
    if m.startswith("the "):
        m = m[4:]
    if m.endswith(" of"):
        m = m[:-3]
    if m in ("early", "first week", "first weeks", "first days", "first fortnight", "first half",
             "first quarter"):  # fmt: skip
        return "early"
    if m in ("start", "beginning"):
        return "start"
    if m in ("end", "last week", "last weeks", "last days"):
        return "end"
    if m in ("late", "second half"):
        return "late"
    if m in ("mid", "in mid", "middle"):
        return "mid"
    return "part"


_I = re.IGNORECASE
_X = re.VERBOSE

# --------------------------------------------------------------------------------------
# explicit dates

_MDY_RE = re.compile(
    rf"\b(?P<mon>{_MON})\s*(?P<day>{_DAY})(?:(?:\s*,\s*|\s+)(?P<year>{_YEAR}){_NOT_COUNT})?", _I
)
_DMY_RE = re.compile(
    rf"(?:\bthe\s+)?(?<![\d.,])\b(?P<day>{_DAY})(?:\s+of)?\s+(?P<mon>{_MON})"
    rf"(?:,?\s+(?P<year>{_YEAR}){_NOT_COUNT})?",
    _I,
)
_ISO_RE = re.compile(
    r"(?<![\d-])(?P<year>(?:19|20)\d{2})-(?P<mon>0?[1-9]|1[0-2])-(?P<day>3[01]|[12]\d|0?[1-9])(?![\d-])"
)
_SLASH_RE = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d{2})(?![\d/])")
_RANGE_SEP = r"\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*"
_MD_RANGE_RE = re.compile(
    rf"(?:\b(?:from|between)\s+)?\b(?P<mon>{_MON})\s*(?P<d1>{_DAY}){_RANGE_SEP}(?P<d2>{_DAY})"
    rf"(?:,?\s+(?P<year>{_YEAR}){_NOT_COUNT})?",
    _I,
)
_DM_RANGE_RE = re.compile(
    rf"(?:\b(?:from|between)\s+)?(?:the\s+)?(?<![\d.,])\b(?P<d1>{_DAY}){_RANGE_SEP}(?:the\s+)?(?P<d2>{_DAY})"
    rf"(?:\s+of)?\s+(?P<mon>{_MON})(?:,?\s+(?P<year>{_YEAR}){_NOT_COUNT})?",
    _I,
)
_IN_BEFORE = re.compile(r"\bin\s+$", _I)
_COUNT_AFTER = re.compile(r"\s+[a-z]", 0)  # "in July 22 people were killed": lower-case word after the number
_DATE_FOLLOWERS = re.compile(
    r"\s+(?:and|or|to|through|until|till|at|in|on|when|as|after|before|during|while|amid|alone|"
    r"last|this|local|morning|afternoon|evening|night)\b"
)


@lru_cache(maxsize=4096)
def _dp_parse(s: str, base: date | None, has_year: bool) -> date | None:
    """Parse one short explicit date string with dateparser (memoised)."""
    import dateparser  # lazy: importing and first use are slow

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["day", "month"],
        "PARSERS": ["absolute-time"],
        "STRICT_PARSING": has_year,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    try:
        parsed = dateparser.parse(s, languages=["en"], settings=settings)
    except Exception:  # pragma: no cover - dateparser raising on odd input
        return None
    return parsed.date() if parsed is not None else None


def _explicit_cand(
    start: int, end: int, s: str, month: int, day: int, year: int | None, ctx: _Ctx, use_dp: bool = True
) -> _Cand | None:
    """A single explicit date; None if it is not a real date."""
    s = re.sub(r"\s+", " ", s.strip())
    if year is not None:
        parsed = _dp_parse(s, ctx.published, True) if use_dp else None
        if parsed is None:
            try:
                parsed = date(year, month, day)
            except ValueError:
                return None
        return _Cand(start, end, parsed, parsed, DAY, family=DAY, explicit=True)
    try:
        date(2000, month, day)  # leap year: validates Feb 29 too
    except ValueError:
        return None
    if ctx.published is None:
        return _unresolved(start, end, family=DAY, md=(month, day), explicit=True)
    parsed = _dp_parse(s, ctx.published, False) if use_dp else None
    if parsed is not None:
        month, day = parsed.month, parsed.day
    resolved = _md_on_or_before(ctx.published, month, day)
    if resolved is None:
        return None
    return _Cand(start, end, resolved, resolved, DAY, family=DAY, md=(month, day), explicit=True)


_DIGIT = re.compile(r"\d")


def _scan_explicit(text: str, ctx: _Ctx, out: list[_Cand]) -> None:
    if not _DIGIT.search(text):
        return
    if ctx.has("-", "/"):
        _scan_numeric_dates(text, ctx, out)
    if ctx.month_windows:
        _scan_named_dates(text, ctx, out)


def _scan_named_dates(text: str, ctx: _Ctx, out: list[_Cand]) -> None:
    for m in ctx.around_months(_MDY_RE):
        year = int(m["year"]) if m["year"] else None
        if (
            year is None
            and _IN_BEFORE.search(text, max(0, m.start() - 4), m.start())
            and _COUNT_AFTER.match(text, m.end())
            and not _DATE_FOLLOWERS.match(text, m.end())
        ):
            continue  # "in July 22 people were killed"
        day = int(re.sub(r"\D", "", m["day"]))
        c = _explicit_cand(m.start(), m.end(), m[0], _month_of(m["mon"]), day, year, ctx)
        if c:
            out.append(c)
    for m in ctx.around_months(_DMY_RE):
        year = int(m["year"]) if m["year"] else None
        day = int(re.sub(r"\D", "", m["day"]))
        c = _explicit_cand(m.start(), m.end(), m[0], _month_of(m["mon"]), day, year, ctx)
        if c:
            out.append(c)
    for rx in (_MD_RANGE_RE, _DM_RANGE_RE):
        for m in ctx.around_months(rx):
            month = _month_of(m["mon"])
            d1 = int(re.sub(r"\D", "", m["d1"]))
            d2 = int(re.sub(r"\D", "", m["d2"]))
            if d1 >= d2:
                continue
            year = int(m["year"]) if m["year"] else None
            end_c = _explicit_cand(m.start(), m.end(), "", month, d2, year, ctx, use_dp=False)
            if end_c is None:
                continue
            if end_c.span_end is None:
                out.append(_unresolved(m.start(), m.end()))
                continue
            first = end_c.span_end.replace(day=d1)
            out.append(_Cand(m.start(), m.end(), first, end_c.span_end, RANGE, explicit=True))


def _scan_numeric_dates(text: str, ctx: _Ctx, out: list[_Cand]) -> None:
    for m in _ISO_RE.finditer(text):
        c = _explicit_cand(m.start(), m.end(), m[0], int(m["mon"]), int(m["day"]), int(m["year"]), ctx)
        if c:
            out.append(c)
    for m in _SLASH_RE.finditer(text):
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        if a > 12 and b <= 12:
            day, month = a, b
        elif b > 12 and a <= 12:
            day, month = b, a
        elif a == b and a <= 12:
            day = month = a
        else:  # 03/04/2024: day-first or month-first? unknowable
            out.append(_unresolved(m.start(), m.end()))
            continue
        s = f"{day} {calendar.month_name[month]} {year}"
        c = _explicit_cand(m.start(), m.end(), s, month, day, year, ctx)
        if c:
            out.append(c)


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
_HOLIDAY_BEFORE = re.compile(
    r"\b(?-i:Black|Good|Bloody|Ash|Holy|Palm|Easter|Maundy|Super|Cyber|Shrove|Whit|Low|Orthodox|"
    r"Great|Clean|Passion|Pentecost|Trinity)\s+$"
)
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
        out.append(_Cand(start, m.end(), d, d, DAY, family=DAY, wd=wd))
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
        ("overnight", r"\bovernight\b", -1, 0, RANGE),
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
    rf"\b(?P<the>(?:the|this)\s+)?(?P<w>past|last)\s+(?:(?P<n>{_NUM})\s+)?"
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
    r"(?P<which>this|last|the)\s+(?P<unit>week|month|year)\b(?!\s+(?:ago|before|after|earlier|later)\b)",
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
    if ctx.has("past", "last"):
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
            out.append(_Cand(m.start(), m.end(), s, min(e, base), MONTH, mod=mod))
        else:
            y = base.year - 1 if which == "last" else base.year
            out.append(_Cand(m.start(), m.end(), date(y, 1, 1), min(date(y, 12, 31), base), YEAR, mod=mod))


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
_YEAR_RANGE_RE = re.compile(
    rf"""
    (?:\b(?P<pre>from|between|in|during|throughout)\s+)?
    (?<![\d,.\-/£$€])(?P<y1>{_YEAR})
    (?:\s*(?P<dash>[-–—/])\s*|\s+(?P<word>to|through|until|till|and|or)\s+)
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
        if m["word"] and not m["pre"]:
            continue
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
            r"|\bthe\s+(?:day|night|morning|evening|week|weekend|month|year)\s+(?:before|after|prior)\b"
            r"|\b(?:later|earlier)\s+(?:that|the\s+same|on\s+that)\s+(?:day|night|morning|afternoon|evening|"
            r"week|month|year)\b"
            r"|\b(?:earlier|later)\s+in\s+the\s+(?:week|day|month|year)\b",
        ),
        (
            ("following", "next", "previous", "preceding", "same", "prior", "subsequent"),
            rf"\bthe\s+(?:following|next|previous|preceding|same|prior|subsequent)\s+(?:{_NUM}\s+)?"
            r"(?:days?|nights?|mornings?|afternoons?|evenings?|weeks?|weekends?|months?|years?)\b",
        ),
        (("that",), r"\bthat\s+(?:day|night|morning|afternoon|evening|week|weekend)\b"),
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
    _scan_unresolved,
)

# --------------------------------------------------------------------------------------
# combining candidates

_WD_DATE_SEP = re.compile(r"\s*(?:,\s*|\(\s*|\s)(?:the\s+)?", _I)
_CLOSE_PAREN = re.compile(r"\s*\)")
_CONNECT_RE = re.compile(
    r"\s*(?:[-–—/]|,\s*(?:and|or)\b|,|\b(?:and|or|to|through|thru|until|till|into)\b)\s*", _I
)
_RANGE_PREFIX = re.compile(
    r"\b(?:from|between|over\s+the\s+course\s+of|in\s+the\s+course\s+of|in\s+the\s+period\s+of)\s+$", _I
)
_SINCE_RE = re.compile(r"\b(?:ever\s+)?since\s+", _I)
_SINCE_ON_RE = re.compile(r"\s(?:on|in)\s+", _I)
_SINCE_STOP = re.compile(r"[,;:!?()\"“”]|\.\s")
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
        if inner is None:  # "since the operation began on July 22"
            stop = _SINCE_STOP.search(text, m.end(), m.end() + 120)
            limit = stop.start() if stop else min(len(text), m.end() + 120)
            for on in _SINCE_ON_RE.finditer(text, m.end() - 1, limit):
                if len(text[m.end() : on.start()].split()) > 8:
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
    if any(c.wd is not None for c in cands):
        cands += _merge_weekday_dates(text, cands)
    if sum(1 for c in cands if c.family) > 1:
        cands += _chain_ranges(text, cands)
    cands += _wrap(text, ctx, cands)
    return [
        TimeMention(c.start, c.end, text[c.start : c.end], c.span_start, c.span_end, c.kind)
        for c in _select(cands)
    ]
