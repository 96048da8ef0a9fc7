"""Building blocks of :mod:`vigil.extract.timex`: candidates, calendar helpers and explicit dates.

The candidate and context types shared by the scanners, the calendar arithmetic used to resolve
expressions against the publication date, the lexical regex pieces (weekdays, months, days, years,
small numbers) and the scanner for explicit calendar dates ("July 22", "22 July 2024", "2024-07-22",
"July 22-24"). Single explicit dates are built from the regex groups and checked against the calendar;
dateparser (imported lazily, memoised) is used only where a caller passes ``use_dp=True``: it costs about
10 ms a call, a third of the extractor's time budget on real articles, and the groups already say it all.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property, lru_cache
from typing import Any

DAY = "day"
RANGE = "range"
SINCE = "since"
AS_OF = "as_of"
MONTH = "month"
YEAR = "year"
UNRESOLVED = "unresolved"



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
    start: int, end: int, s: str, month: int, day: int, year: int | None, ctx: _Ctx, use_dp: bool = False
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
