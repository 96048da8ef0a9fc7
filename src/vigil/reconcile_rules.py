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
from collections.abc import Iterable, Sequence
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
#: a running total over more days than this holds no incidents: it is context, not their parent
ADOPT_SPAN_DAYS: Final = 31
#: a report's figures for one incident differ at most this many times (else they are about different harm)
SCALE: Final = 10
#: a claim with no time may join an earlier incident in the same town up to this many days before
#: publication (a later report's toll for the same harm, its days not restated)
TAIL_DAYS: Final = 30
#: a later dated incident restating an earlier one's figures merges into it only when one of them is at
#: least this large (two attacks in one town with the same small toll are not rare)
RESTATE_MIN: Final = 10
#: ... and a restatement of a single figure at least this large (two attacks in one town a fortnight apart
#: that each killed 12 are not rare; two that each killed 300 are)
RESTATE_ONE: Final = 100
#: a figure with no days of its own this many times larger (or smaller) than an incident's largest
#: figure is another harm ("600,000 since the war began" with the "since" lost)
OUTLIER: Final = 50
#: a claim with no time may join an incident this many days (plus ``gap_days``) before publication
LOOSE_DAYS: Final = 2
#: a figure with no days of its own more than this many times the largest event figure of its country
#: and outcome (dated to at most MERGE_SPAN_DAYS, within ADOPT_SPAN_DAYS of it) is a wide running total
WIDE: Final = 10
#: ... when it is at least this large ("more than 10,000 have died in the violence")
WIDE_MIN: Final = 1000

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
                 "pnames", "points", "rec", "report", "skey", "skind", "sname", "span", "towns", "vkey", "wide")

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
        mentions = " ".join(x for x in (c.source.text if c.source else None, c.source.name if c.source else None,
                                         c.perpetrator.text if c.perpetrator else None) if x)
        country = harm_country(((p.country, p.precision, p.name) for p in c.places), mentions)
        admin: dict[str, str] = {}
        points: list[tuple[float, float]] = []
        towns: set[str] = set()
        for p in c.places:
            if not p.country or p.country.upper() != country:
                continue
            if p.precision in ("point", "admin2"):
                towns.add(p.name.casefold())
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
        #: the towns and districts named (folded), in the claim's country
        self.towns: frozenset[str] = frozenset(towns)
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
        #: the source's kind for credibility (None: the report's own voice, or a junk source name)
        self.skind: str | None = c.source.kind if c.source is not None else None
        #: a wide running total with no days of its own (see :func:`mark_wide`): background, not an event
        self.wide = False


#: how much a place of each precision weighs when choosing the country of the harm
_PLACE_WEIGHT: Final = {"point": 3, "admin2": 3, "admin1": 2, "region": 1, "country": 1}


def harm_country(places: Iterable[tuple[str | None, str | None, str | None]], mentions: str | None = None) -> str | None:
    """The country a claim's harm is filed under, from its places' (country, precision, name): the country
    its places weigh most in (a town or district 3, a province 2, a region or a whole country 1), ties to
    the first named. A country- or region-level place named inside ``mentions`` (the source's and the
    perpetrator's words: "the UK-based monitor", "Rwandan forces") is who speaks or acts, not where the
    harm is, and does not count unless nothing else does."""
    return _harm_country(tuple(places), (mentions or "").casefold())


@lru_cache(maxsize=65_536)
def _harm_country(places: tuple[tuple[str | None, str | None, str | None], ...], said: str) -> str | None:
    score: dict[str, int] = {}
    aside: dict[str, int] = {}
    for country, precision, name in places:
        if not country:
            continue
        k = country.upper()
        w = _PLACE_WEIGHT.get(precision or "", 1)
        actor = bool(said) and precision in ("country", "region", None) and bool(name) and _named_in(name or "", said)
        (aside if actor else score)[k] = (aside if actor else score).get(k, 0) + w
    if not score:
        score = aside
    if not score:
        return None
    first = list(score)
    return max(first, key=lambda k: (score[k], -first.index(k)))


def _named_in(name: str, said: str) -> bool:
    """Whether a place name occurs in ``said`` at the start of a word ("Rwanda" in "Rwandan forces",
    "Israel" in "Israeli strikes", "UK" in "the UK-based monitor")."""
    n = name.casefold().strip()
    if len(n) < 2 or n not in said:
        return False
    return re.search(r"(?<![a-z])" + re.escape(n), said) is not None


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


def mark_wide(items: Iterable[Item]) -> None:
    """Mark the wide running totals among one (country, outcome) block's claims: a firm figure of at least
    WIDE_MIN with no days of its own (no time, or a time taken from the sentence before) that is more
    than WIDE times every event figure of the block dated within ADOPT_SPAN_DAYS of it, and than every
    other undated figure there of the same named source that is not wide itself (a monitor's running
    toll told without days climbs in steps: 745, 1,018, 1,383). Call after
    :func:`vigil.reconcile_sources.name_sources`. An event figure is one with its own days, spanning at
    most MERGE_SPAN_DAYS. *Example:* "more than 10,000 have died in the violence" (no "since") beside attacks of 22 and 140 the same month is background, not an
    event. A figure naming a town where such an event was dated is a later toll of that event unless its
    own report dates an event of its own ("22 were killed in X on Monday. More than 10,000 have died in
    the violence"). A block with no dated event figure near it marks nothing."""
    items = list(items)
    by_day: dict[int, int] = {}
    town_days: dict[str, set[int]] = {}
    dated_reports: set[int] = set()
    for it in items:
        c = it.rec.claim
        if (it.loose or it.lo is None or it.hi is None or (c.time is not None and c.time.inherited)
                or it.hi - it.lo + 1 > MERGE_SPAN_DAYS or c.count.value is None or c.count.qualifier not in FIRM):
            continue
        by_day[it.hi] = max(by_day.get(it.hi, 0), c.count.value)
        dated_reports.add(it.report)
        for t in it.towns:
            town_days.setdefault(t, set()).add(it.hi)
    if not by_day:
        return
    # one named source's undated figures too small to be wide are scale for its larger ones: a running
    # toll told without days (the monitor's 745, then 1,018, 1,383, 1,500) climbs in steps within WIDE of
    # one another and none of it is background
    steps_of: dict[tuple[str, str | int], dict[int, int]] = {}
    cands: list[Item] = []
    for it in items:
        c = it.rec.claim
        v = c.count.value
        if (v is None or c.count.qualifier not in FIRM or it.hi is None or it.long
                or not (it.loose or (c.time is not None and c.time.inherited))):
            continue
        if v < WIDE_MIN:
            if it.skey[0] == "source":
                undated = steps_of.setdefault(it.skey, {})
                undated[it.hi] = max(undated.get(it.hi, 0), v)
        else:
            cands.append(it)
    for it in sorted(cands, key=lambda i: (i.rec.claim.count.value or 0, i.cid)):
        v = it.rec.claim.count.value or 0
        assert it.hi is not None
        days = range(it.hi - ADOPT_SPAN_DAYS, it.hi + ADOPT_SPAN_DAYS + 1)
        near_ = [by_day[d] for d in days if d in by_day]
        if not near_:
            continue
        undated = steps_of.get(it.skey, {}) if it.skey[0] == "source" else {}
        steps = [undated[d] for d in days if d in undated]
        if v <= WIDE * max(near_ + steps):
            if it.skey[0] == "source":          # smallest first: a step for the source's next figure
                steps_of.setdefault(it.skey, {})[it.hi] = max(undated.get(it.hi, 0), v)
            continue
        if it.report not in dated_reports and any(not town_days.get(t, set()).isdisjoint(days) for t in it.towns):
            continue  # a later toll of the event dated in its town
        it.wide = True


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


#: news agencies whose stories other outlets reprint ("Harbor Post (AFP)"): the story is the agency's;
#: a spelled-out name maps to the short one, so "Agence France-Presse" and "AFP" are one source
WIRE_NAMES: Final = {"afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP", "ap": "AP",
                     "associated press": "AP", "the associated press": "AP", "reuters": "Reuters", "dpa": "dpa",
                     "deutsche presse-agentur": "dpa", "xinhua": "Xinhua", "anadolu": "Anadolu",
                     "anadolu agency": "Anadolu", "efe": "EFE", "ansa": "ANSA", "upi": "UPI", "pti": "PTI",
                     "press trust of india": "PTI", "ians": "IANS", "bernama": "Bernama", "tass": "TASS",
                     "ria novosti": "RIA Novosti", "kyodo": "Kyodo", "yonhap": "Yonhap"}
WIRES: Final = frozenset(WIRE_NAMES)
_WIRE_IN_OUTLET: Final = re.compile(r"\(([^()]{2,40})\)\s*$")


def wire_of(outlet: str | None) -> str | None:
    """The news agency an outlet name says it reprints ("Harbor Post (AFP)" -> "AFP"), else None."""
    m = _WIRE_IN_OUTLET.search(outlet or "")
    if m is None:
        return None
    name = " ".join(m.group(1).split())
    return WIRE_NAMES.get(name.casefold())


def source_key(it: Item, roots: dict[int, int], outlets: dict[int, str | None] | None = None, *,
               voice: bool = False) -> tuple[str, str | int]:
    """Independence key: the body the source speaks for (see :func:`institution`), else for the report's
    own voice (or with ``voice``) the wire agency its outlet reprints, else the report's root (the report a
    syndicated copy duplicates, else the report itself)."""
    s = it.rec.claim.source
    if not voice and s is not None and s.name and s.name.strip():
        body = institution(s.name)
        return ("source", institution(WIRE_NAMES.get(body, body)))
    root = roots.get(it.report, it.report)
    wire = wire_of((outlets or {}).get(root) or it.rec.outlet)
    if wire is not None:
        return ("source", institution(wire))
    return ("report", root)


def source_name(it: Item, roots: dict[int, int], outlets: dict[int, str | None], *, voice: bool = False) -> str:
    """Display name: the source's canonical name, else for the report's own voice (or with ``voice``) the
    wire agency its outlet reprints, else the outlet of the report's root (a syndicated copy names the
    original)."""
    s = it.rec.claim.source
    if not voice and s is not None and s.name and s.name.strip():
        return " ".join(s.name.split())
    root = roots.get(it.report, it.report)
    outlet = outlets.get(root) or it.rec.outlet
    return wire_of(outlet) or outlet or f"report {root}"


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
    # one report's source gives one toll: its largest figure here (the others are details, earlier
    # figures or increments: "rose to 11 after three more bodies were found")
    top: dict[tuple[int, tuple[str, str | int]], int] = {}
    for i in firm:
        k = (i.report, i.skey)
        top[k] = max(top.get(k, 0), _val(i))
    stated = [i for i in firm if _val(i) == top[(i.report, i.skey)]]

    def who(i: Item) -> str:
        return f"{i.sname}, claim {i.cid}"

    # best: the latest figure from the most credible kind of source, never below a verified floor
    best: int | None = None
    floor: Item | None = max(floors, key=lambda i: (_val(i), i.cid)) if floors else None
    parts: list[str] = []
    b: Item | None = None
    if stated:
        fv = _val(floor) if floor is not None else None
        cands = [i for i in stated if fv is None or _val(i) >= fv]
        if not cands and floor is not None:
            cands = [floor]
        pool = [i for i in cands if i.rec.claim.verification != "verified"] or cands
        b = max(pool, key=lambda i: (TIERS.get(_kind(i), 0), *_pub(i)))
        best = _val(b)
        pub = b.rec.published.isoformat() if b.rec.published else "undated"
        parts.append(f"best {_fmt(best)} = latest figure from the most credible source kind "
                     f"({_kind(b) or 'report voice'}: {who(b)}, {pub})")
    else:
        parts.append("best none (no firm figure)")

    # low: the lowest credible lower bound ("more than 40" -> 41), raised to a verified floor;
    # high: the highest upper bound, open (None) when a figure with no upper bound ("at least 900")
    # reaches above every closed one
    lows: list[tuple[int, Item]] = []
    highs: list[tuple[int, Item]] = []
    open_: list[tuple[int, Item]] = []
    for i in credible:
        cnt = i.rec.claim.count
        q = cnt.qualifier
        if q in FIRM and cnt.value is not None:
            lo = cnt.low if q in ("at_least", "more_than") and cnt.low is not None else cnt.value
            if q in ("exact", "approximately") and cnt.low is not None:
                lo = min(lo, cnt.low)
            lows.append((lo, i))
            if q in ("at_least", "more_than") and cnt.high is None:
                open_.append((lo, i))
            else:
                highs.append((max(cnt.value, cnt.high or 0), i))
        elif q == "at_most":
            h = cnt.high if cnt.high is not None else cnt.value
            if h is not None:
                highs.append((h, i))
            if cnt.low is not None:
                lows.append((cnt.low, i))
        else:  # vague, or a firm qualifier without a value
            if cnt.low is not None:
                lows.append((cnt.low, i))
            if cnt.high is not None:
                highs.append((cnt.high, i))
            elif cnt.low is not None:
                open_.append((cnt.low, i))
    low: int | None = None
    lowtxt = "low none"
    if lows:
        lv, li = min(lows, key=lambda t: (t[0], t[1].cid))
        low = lv
        q = li.rec.claim.count.qualifier
        what = ("lower bound of a vague amount" if q == "vague" else
                f"lower bound of \"{li.rec.claim.count.text}\"" if q in ("more_than", "at_most")
                else "lowest figure")
        lowtxt = f"low {_fmt(lv)} = {what} ({who(li)})"
    if floor is not None and (low is None or _val(floor) > low):
        low = _val(floor)
        lowtxt = f"low {_fmt(low)} = verified floor ({who(floor)})"
    if best is not None and low is not None and best < low and b is not None:
        parts[0] = f"best {_fmt(low)} = the lower bound of \"{b.rec.claim.count.text}\" ({who(b)})"
        best = low
    parts.append(lowtxt)
    high: int | None = None
    top_open = max(open_, key=lambda t: (t[0], -t[1].cid)) if open_ else None
    if highs:
        hv, hi = max(highs, key=lambda t: (t[0], -t[1].cid))
        if top_open is not None and top_open[0] > hv:
            parts.append(f"high open = no upper bound above {_fmt(top_open[0])} ({who(top_open[1])})")
        else:
            high = max(hv, best or 0, low or 0)
            q = hi.rec.claim.count.qualifier
            what = ("highest figure" if q in FIRM else ("upper bound" if q == "at_most"
                                                         else "upper bound of a vague amount"))
            parts.append(f"high {_fmt(high)} = {what} ({who(hi)})")
    elif top_open is not None:
        parts.append(f"high open = no upper bound above {_fmt(top_open[0])} ({who(top_open[1])})")
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
    return i.skind


# --- sources, status and flags --------------------------------------------------------------------------

@dataclass
class Grade:
    sources: list[str]
    independent: int
    status: str
    flags: list[str]


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.split(r"[^\w'’-]+", name) if w and w not in _LEAD_WORDS and w not in _ROLE_WORDS)


def same_speaker(keys: set[tuple[str, str | int]]) -> dict[tuple[str, str | int], tuple[str, str | int]]:
    """Within one incident, a source named by some of the words of a fuller name is that source: "Hyacinth
    Alia" and "Benue State Governor, Hyacinth Alia", "Egbetokun" and "IGP Kayode Egbetokun". A name
    whose words lie in two fuller names that are not one inside the other stays as it is ("police"
    beside "Kano police" and "Lagos police"). Returns key -> the fullest name's key."""
    named = {k: _words(str(k[1])) for k in keys if k[0] == "source"}
    out: dict[tuple[str, str | int], tuple[str, str | int]] = {}
    for k, ws in named.items():
        if not ws or max(len(w) for w in ws) < 4:
            continue
        supers = sorted((b for b, bw in named.items() if b != k and ws < bw), key=lambda b: (-len(named[b]), str(b[1])))
        if supers and all(named[b] <= named[supers[0]] for b in supers):
            out[k] = supers[0]
    return out


def grade(items: Sequence[Item], every: Sequence[Item]) -> Grade:
    """Sources, independent-source count, status and conflict flags. ``items`` are the counted
    claims (in publication order), ``every`` all claims including parts."""
    names: list[str] = []
    seen: set[str] = set()
    keys: set[tuple[str, str | int]] = set()
    latest: dict[tuple[str, str | int], tuple[tuple[bool, int, int], int, str]] = {}
    same = same_speaker({i.skey for i in items})
    for i in items:
        n = i.sname
        f = n.casefold()
        if f not in seen:
            seen.add(f)
            names.append(n)
        k = same.get(i.skey, i.skey)
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
