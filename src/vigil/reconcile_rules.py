"""The per-claim facts and the per-incident rules of :mod:`vigil.reconcile`.

:class:`Item` is a claim prepared for grouping (dates as ordinals, place keys, time window).
:func:`estimate` computes an incident's UCDP-style low/best/high and the one-line rule that produced
them; :func:`grade` its independent sources, status (Airwars-like) and flags. Both are pure functions
of the incident's counted claims (parts excluded by the caller). ``docs/reconcile.md`` explains the
rules for analysts.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from vigil.models import Claim

if TYPE_CHECKING:
    from vigil.reconcile import ClaimRecord

#: a claim whose days span more than this many days is a running total / period total
LONG_SPAN_DAYS: Final = 3
#: a running total over at most this many days that contains a single incident is that incident's toll
MERGE_SPAN_DAYS: Final = 14
#: a claim with no time may join an incident this many days (plus ``gap_days``) before publication
LOOSE_DAYS: Final = 2

#: source kinds by credibility tier (higher is more credible); None (report voice) is tier 0
TIERS: Final[dict[str | None, int]] = {
    "un": 3, "monitor": 3, "ngo": 3, "medical": 3,
    "government": 2, "military": 2, "armed_group": 2,
    "media": 1,
    "witness": 0, "other": 0, None: 0,
}
#: qualifiers whose value can be the best estimate
FIRM: Final = frozenset({"exact", "approximately", "at_least", "more_than"})

VKey = tuple[int | None, int | None, int | None]


class Shared:
    """Interned values shared by the items of one run (province keys, province sets, town points)."""

    __slots__ = ("admin", "keys", "points", "vkeys")

    def __init__(self) -> None:
        self.keys: dict[str, str] = {}
        self.admin: dict[tuple[tuple[str, str], ...], tuple[frozenset[str], tuple[tuple[str, str], ...]]] = {}
        self.points: dict[tuple[tuple[float, float], ...], tuple[tuple[float, float], ...]] = {}
        self.vkeys: dict[VKey, VKey] = {}


class Item:
    """One claim prepared for grouping. ``lo``/``hi`` are day ordinals of the matching window:
    the claim's days when it has them (``strict``), else publication day minus LOOSE_DAYS to
    publication day (``loose``); both None when the claim is undated and its report too."""

    __slots__ = ("admin1", "admin_names", "cat", "cid", "country", "hi", "lo", "long", "loose", "outcome", "parent",
                 "pnames", "points", "rec", "report", "skey", "sname", "span", "vkey")

    def __init__(self, rec: ClaimRecord, shared: Shared) -> None:
        c = rec.claim
        self.rec = rec
        self.cid = rec.claim_id
        self.report = rec.report_id
        self.outcome: str = c.outcome
        self.cat: str = c.victims.category
        self.parent: int | None = rec.parent_id
        cnt = c.count
        vkey: VKey = (cnt.value, None, None) if cnt.value is not None else (None, cnt.low, cnt.high)
        self.vkey = shared.vkeys.setdefault(vkey, vkey)
        country: str | None = None
        admin: dict[str, str] = {}
        points: list[tuple[float, float]] = []
        for p in c.places:
            if country is None and p.country:
                country = p.country.upper()
            if p.country and p.country.upper() != country:
                continue
            if p.admin1:
                k = shared.keys.get(p.admin1)
                if k is None:
                    k = shared.keys[p.admin1] = admin1_key(p.admin1)
                admin.setdefault(k, p.admin1)
            if p.lat is not None and p.lon is not None and p.precision in ("point", "admin2"):
                points.append((p.lat, p.lon))
        self.country = country
        #: the places as named (folded): a second source's figure from the same report must name the same
        self.pnames: frozenset[str] = frozenset(p.name.casefold() for p in c.places)
        self.span: tuple[int, int] = (c.evidence.start, c.evidence.end)
        names = tuple(admin.items())
        got = shared.admin.get(names)
        if got is None:
            got = shared.admin[names] = (frozenset(admin), names)
        self.admin1: frozenset[str] = got[0]
        #: (key, name as written) of the provinces in the claim's country
        self.admin_names: tuple[tuple[str, str], ...] = got[1]
        pts = tuple(points)
        self.points: tuple[tuple[float, float], ...] = shared.points.setdefault(pts, pts) if pts else ()
        lo, hi, loose = window(c, rec.published)
        self.lo = lo
        self.hi = hi
        self.loose = loose
        self.long = lo is not None and not loose and hi is not None and hi - lo + 1 > LONG_SPAN_DAYS
        #: source display name and independence key, set by :func:`name_sources`
        self.sname = ""
        self.skey: tuple[str, str | int] = ("report", rec.report_id)


def window(c: Claim, published: date | None) -> tuple[int | None, int | None, bool]:
    """(lo, hi, loose) day ordinals for matching (see :class:`Item`)."""
    t = c.time
    start = t.start if t is not None else None
    end = t.end if t is not None else None
    if start is not None:
        a = start.toordinal()
        if end is not None:
            b = end.toordinal()
        else:  # "since X": a running total up to publication
            b = max(a, published.toordinal()) if published is not None else a
        return (a, b, False) if a <= b else (b, a, False)
    p = end if end is not None else published  # "as of DATE" or nothing: dated by publication
    if p is None:
        return None, None, True
    o = p.toordinal()
    return o - LOOSE_DAYS, o, True


_ADMIN_WORDS: Final = re.compile(
    r"\b(governorate|province|state|region|oblast|prefecture|department|division|county|district|"
    r"territory|muhafazat|wilayah|vilayet)\b")
_NON_ALNUM: Final = re.compile(r"[^0-9a-z]+")
_ARTICLES: Final = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "ez"})


def admin1_key(name: str) -> str:
    """Comparison key of a province name: accents, case, punctuation, Arabic articles and words such as
    "Governorate" folded ("Al-Lādhiqīyah Governorate" -> "ladhiqiyah", "Deir ez-Zor" -> "deir zor")."""
    s = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).casefold()
    s = _ADMIN_WORDS.sub(" ", s.replace("'", "").replace("’", ""))
    words = [w for w in _NON_ALNUM.split(s) if w and w not in _ARTICLES]
    return " ".join(words) or name.casefold()


def near(a: Sequence[tuple[float, float]], b: Sequence[tuple[float, float]], km: float) -> bool:
    """Whether any point of ``a`` is within ``km`` (great circle) of any point of ``b``."""
    for la1, lo1 in a:
        for la2, lo2 in b:
            if abs(la1 - la2) * 111.2 > km:
                continue
            p1, p2 = math.radians(la1), math.radians(la2)
            h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lo2 - lo1) / 2) ** 2
            if 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h))) <= km:
                return True
    return False


# --- sources -----------------------------------------------------------------------------------------

#: a person speaking for a body: "the police spokesman" speaks for "the police"
_ROLE_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "official",
                         "officials", "officer", "officers", "source", "sources", "representative",
                         "representatives", "chief", "head", "commander", "director", "statement"})
_LEAD_WORDS = frozenset({"the", "a", "an", "one", "two", "several", "some", "senior", "unnamed", "anonymous"})


@lru_cache(maxsize=65_536)
def institution(name: str) -> str:
    """A source name folded to the body it speaks for: case, spacing, leading articles and trailing
    role words dropped ("a police spokesman" and "the police" -> "police"; "officials" stays)."""
    words = [w.strip(".,'’").removesuffix("'s").removesuffix("’s") for w in name.casefold().split()]
    words = [w for w in words if w]
    while len(words) > 1 and words[0] in _LEAD_WORDS:
        words.pop(0)
    while len(words) > 1 and words[-1] in _ROLE_WORDS:
        words.pop()
    return " ".join(words)


def source_key(it: Item, roots: dict[int, int]) -> tuple[str, str | int]:
    """Independence key: the body the source speaks for (see :func:`institution`), else the report's
    root (the report a syndicated copy duplicates, else the report itself)."""
    s = it.rec.claim.source
    if s is not None and s.name and s.name.strip():
        return ("source", institution(s.name))
    return ("report", roots.get(it.report, it.report))


def source_name(it: Item, roots: dict[int, int], outlets: dict[int, str | None]) -> str:
    """Display name: the source's canonical name, else the outlet of the report's root (report voice)."""
    s = it.rec.claim.source
    if s is not None and s.name and s.name.strip():
        return " ".join(s.name.split())
    root = roots.get(it.report, it.report)
    return outlets.get(root) or it.rec.outlet or f"report {root}"


def name_sources(items: Sequence[Item], roots: dict[int, int], outlets: dict[int, str | None]) -> None:
    """Set every item's source display name and independence key."""
    names: dict[str, str] = {}
    keys: dict[tuple[str, str | int], tuple[str, str | int]] = {}
    for it in items:
        n = source_name(it, roots, outlets)
        k = source_key(it, roots)
        it.sname = names.setdefault(n, n)
        it.skey = keys.setdefault(k, k)


def _pub(it: Item) -> tuple[bool, int, int]:
    p = it.rec.published
    return (p is not None, p.toordinal() if p is not None else 0, it.cid)


# --- estimates ---------------------------------------------------------------------------------------

@dataclass
class Estimate:
    low: int | None
    best: int | None
    high: int | None
    rule: str
    flags: list[str]


def _fmt(v: int) -> str:
    return f"{v:,}"


def estimate(items: Sequence[Item]) -> Estimate:
    """UCDP-style low/best/high of one incident's counted claims (see docs/reconcile.md)."""
    flags: list[str] = []
    credible = [i for i in items if i.rec.claim.verification != "disputed"]
    if not credible:
        credible = list(items)
        if items:
            flags.append("all figures disputed")
    firm = [i for i in credible if i.rec.claim.count.qualifier in FIRM and i.rec.claim.count.value is not None]
    floors = [i for i in firm if i.rec.claim.verification == "verified"]

    def who(i: Item) -> str:
        return f"{i.sname}, claim {i.cid}"

    # best: the latest figure from the most credible kind of source, never below a verified floor
    best: int | None = None
    floor: Item | None = max(floors, key=lambda i: (_val(i), i.cid)) if floors else None
    parts: list[str] = []
    if firm:
        fv = _val(floor) if floor is not None else None
        cands = [i for i in firm if fv is None or _val(i) >= fv]
        pool = [i for i in cands if i.rec.claim.verification != "verified"] or cands
        b = max(pool, key=lambda i: (TIERS.get(_kind(i), 0), *_pub(i)))
        best = _val(b)
        pub = b.rec.published.isoformat() if b.rec.published else "undated"
        parts.append(f"best {_fmt(best)} = latest figure from the most credible source kind "
                     f"({_kind(b) or 'report voice'}: {who(b)}, {pub})")
    else:
        parts.append("best none (no firm figure)")

    # low: the lowest credible figure (vague amounts widen it), raised to a verified floor
    lows: list[tuple[int, Item]] = []
    highs: list[tuple[int, Item]] = []
    for i in credible:
        cnt = i.rec.claim.count
        q = cnt.qualifier
        if q in FIRM and cnt.value is not None:
            lo = cnt.value if cnt.low is None or q == "more_than" else min(cnt.value, cnt.low)
            lows.append((lo, i))
            highs.append((cnt.value, i))
        elif q == "at_most":
            h = cnt.high if cnt.high is not None else cnt.value
            if h is not None:
                highs.append((h, i))
        else:  # vague, or a firm qualifier without a value
            if cnt.low is not None:
                lows.append((cnt.low, i))
            if cnt.high is not None or cnt.low is not None:
                highs.append((cnt.high if cnt.high is not None else cnt.low or 0, i))
    low: int | None = None
    lowtxt = "low none"
    if lows:
        lv, li = min(lows, key=lambda t: (t[0], t[1].cid))
        low = lv
        what = "lowest figure" if li.rec.claim.count.qualifier != "vague" else "lower bound of a vague amount"
        lowtxt = f"low {_fmt(lv)} = {what} ({who(li)})"
    if floor is not None and (low is None or _val(floor) > low):
        low = _val(floor)
        lowtxt = f"low {_fmt(low)} = verified floor ({who(floor)})"
    parts.append(lowtxt)
    high: int | None = None
    if highs:
        hv, hi = max(highs, key=lambda t: (t[0], -t[1].cid))
        high = hv
        q = hi.rec.claim.count.qualifier
        what = "highest figure" if q in FIRM else ("upper bound" if q == "at_most" else "upper bound of a vague amount")
        parts.append(f"high {_fmt(hv)} = {what} ({who(hi)})")
    else:
        parts.append("high none")
    if best is None:
        if items and all(i.rec.claim.count.qualifier == "vague" for i in items):
            flags.append("vague figures only")
        elif items:
            flags.append("upper bounds only")
    return Estimate(low, best, high, "; ".join(parts), flags)


def _val(i: Item) -> int:
    v = i.rec.claim.count.value
    assert v is not None
    return v


def _kind(i: Item) -> str | None:
    s = i.rec.claim.source
    return s.kind if s is not None else None


# --- sources, status and flags --------------------------------------------------------------------------

@dataclass
class Grade:
    sources: list[str]
    independent: int
    status: str
    flags: list[str]


def grade(items: Sequence[Item], every: Sequence[Item]) -> Grade:
    """Sources, independent-source count, status and conflict flags. ``items`` are the counted
    claims (in publication order), ``every`` all claims including parts."""
    names: list[str] = []
    seen: set[str] = set()
    keys: set[tuple[str, str | int]] = set()
    latest: dict[tuple[str, str | int], tuple[tuple[bool, int, int], int, str]] = {}
    for i in items:
        n = i.sname
        f = n.casefold()
        if f not in seen:
            seen.add(f)
            names.append(n)
        k = i.skey
        keys.add(k)
        c = i.rec.claim
        if c.count.qualifier in FIRM and c.count.value is not None and c.verification != "disputed":
            order = _pub(i)
            if k not in latest or latest[k][0] < order:
                latest[k] = (order, c.count.value, n)
    flags: list[str] = []
    disputed = [i for i in every if i.rec.claim.verification == "disputed"]
    for i in disputed:
        v = i.rec.claim.count.value
        amount = _fmt(v) if v is not None else i.rec.claim.count.text
        flags.append(f"disputed figure: {amount} ({i.sname})")
    conflict = False
    if len(latest) >= 2:
        figs = sorted(((v, n) for _, v, n in latest.values()), key=lambda t: (-t[0], t[1]))
        top, bottom = figs[0][0], figs[-1][0]
        if top - bottom >= 10 and top - bottom > 0.5 * bottom:
            conflict = True
            shown = [f"{_fmt(v)} ({n})" for v, n in figs[:6]] + (["…"] if len(figs) > 6 else [])
            flags.append("conflicting figures: " + " vs ".join(shown))
    if any(i.rec.claim.verification == "verified" for i in every):
        status = "verified"
    elif disputed or conflict:
        status = "contested"
    elif len(keys) >= 2:
        status = "corroborated"
    else:
        status = "single-source"
    return Grade(names, len(keys), status, flags)
