"""Reconcile claims from many reports into incidents and episodes with low/best/high estimates.

:func:`reconcile` takes stored claims (:class:`ClaimRecord`: a claim with its report's provenance) and
returns :class:`Incident` objects: groups of claims about the same harm, each with UCDP-style
estimates, the sources and how many are independent, an Airwars-like status, flags for conflicting
figures, and the toll history. Running totals over a long span that contain several shorter
incidents become *episodes* whose incidents point at them (``parent``); totals over more than a month
are episodes holding nothing, never an incident's best. A claim is filed under the country of its
harm (:func:`vigil.reconcile_rules.harm_country`); a later toll without a day, or restated on the day
it was stated, joins the earlier incident in its town (``_tail``, ``_restatements``), and a later
regional toll without a day continues the running count of its provinces (``_regional_tails``). The rules, written for
analysts, are in ``docs/reconcile.md``; the per-incident ones live in :mod:`vigil.reconcile_rules`, the
source-identity ones (spokesmen and their bodies, junk source names) in :mod:`vigil.reconcile_sources`.
An undated figure far above every event figure near it in its country is a background episode
(:func:`vigil.reconcile_rules.mark_wide`).

Grouping is blocked by (country, outcome) and swept in time order: each claim is compared only with
the groups still open in a sliding window of days, and within it only with the groups that share a
province (or have none, or lie within ``km``), so the cost is O(n log n) in the number of claims.
Pure functions of the input: the output does not depend on the order of ``records``.

Analyst-forced groups (``ClaimRecord.group``, set by a merge or split in :mod:`vigil.review`) bypass
the sweep: the claims sharing a group key and an outcome form one incident (never an episode), and a
grouped claim is top-level in its group even where the report calls it part of another claim.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from vigil.models import Claim
from vigil.reconcile_rules import (
    ADOPT_SPAN_DAYS,
    FIRM,
    LOOSE_DAYS,
    MERGE_SPAN_DAYS,
    OUTLIER,
    RESTATE_MIN,
    RESTATE_ONE,
    SCALE,
    TAIL_DAYS,
    Item,
    Shared,
    VKey,
    estimate,
    grade,
    mark_wide,
    near,
)
from vigil.reconcile_sources import name_sources

__all__ = ["ClaimRecord", "HistoryPoint", "Incident", "reconcile"]


@dataclass(frozen=True)
class ClaimRecord:
    """A stored claim with its report's provenance (built by the caller from the database)."""

    claim_id: int               # database id, unique across reports, increasing with ingestion order
    report_id: int
    published: date | None      # the report's publication date
    outlet: str | None
    duplicate_of: int | None    # the report is a near-duplicate (syndicated copy) of this report id
    claim: Claim                # claim.part_of is the claim *key* ("c3") of another claim in the same report
    parent_id: int | None = None  # database id of the claim this one is part_of, or None
    group: str | None = None    # analyst-forced grouping key (vigil.review): same key and outcome, one incident


@dataclass(slots=True)
class HistoryPoint:
    """One figure of the toll history: what ``source`` said in ``report``."""

    published: date | None
    source: str | None
    value: int | None
    low: int | None
    high: int | None
    report: int
    claim: int

    def to_dict(self) -> dict[str, Any]:
        return {"published": self.published.isoformat() if self.published else None, "source": self.source,
                "value": self.value, "low": self.low, "high": self.high, "report": self.report,
                "claim": self.claim}


@dataclass(slots=True)
class Incident:
    """An incident (claims about one harm) or an episode (a running total over several incidents)."""

    id: str                      # "I" + smallest claim id (incident) or "E" + smallest claim id (episode)
    kind: str                    # "incident" | "episode"
    parent: str | None           # episode id for an incident inside an episode, else None
    outcome: str
    victims: str                 # civilians, state_forces, non_state_fighters, combatants, people, or "mixed"
    country: str | None
    admin1: list[str]
    start: date | None
    end: date | None
    low: int | None
    best: int | None
    high: int | None
    rule: str                    # which claim/rule gave best, low, high
    sources: list[str]           # canonical source names (report voice shown as the outlet)
    independent_sources: int
    status: str                  # "single-source" | "corroborated" | "contested" | "verified"
    flags: list[str] = field(default_factory=list)
    history: list[HistoryPoint] = field(default_factory=list)  # in publication order
    claims: list[int] = field(default_factory=list)            # claim ids

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (dates as ISO strings)."""
        return {
            "id": self.id, "kind": self.kind, "parent": self.parent, "outcome": self.outcome,
            "victims": self.victims, "country": self.country, "admin1": list(self.admin1),
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "low": self.low, "best": self.best, "high": self.high, "rule": self.rule,
            "sources": list(self.sources), "independent_sources": self.independent_sources,
            "status": self.status, "flags": list(self.flags),
            "history": [h.to_dict() for h in self.history], "claims": list(self.claims),
        }


# --- groups ------------------------------------------------------------------------------------------

_MAX_POINTS = 32


class _Group:
    """Claims being grouped. The window is the union of the dated (strict) claims' days, or, where the
    group has none, of its undated claims' publication windows."""

    __slots__ = ("admin1", "alive", "cat", "episode", "firm", "is_episode", "l_hi", "l_lo", "members", "min_id",
                 "points", "reports", "rplaces", "rspans", "rtowns", "s_hi", "s_lo", "said", "towns", "vals", "wide")

    def __init__(self, it: Item) -> None:
        self.members: list[Item] = [it]
        self.s_lo: int | None = None
        self.s_hi: int | None = None
        self.l_lo: int | None = None
        self.l_hi: int | None = None
        self.admin1: set[str] = set(it.admin1)
        self.points: list[tuple[float, float]] = list(it.points[:_MAX_POINTS])
        self.cat: str | None = None if it.cat == "people" else it.cat
        #: per report: its figures here, who states each (report, source key) -> figure, and its places
        self.reports: dict[int, set[VKey]] = {it.report: {it.vkey}}
        self.said: dict[tuple[int, tuple[str, str | int]], VKey] = {(it.report, it.skey): it.vkey}
        self.rplaces: dict[int, frozenset[str]] = {it.report: it.pnames}
        self.rspans: dict[int, list[tuple[int, int]]] = {it.report: [it.span]}
        self.rtowns: dict[int, set[str]] = {it.report: set(it.towns)}
        self.towns: set[str] = set(it.towns)
        self.firm: set[int] = set()
        self._firm(it)
        self.vals = {it.vkey}
        self.min_id = it.cid
        self.alive = True
        self.is_episode = False
        self.episode: _Group | None = None
        #: a wide running total without days (see :func:`vigil.reconcile_rules.mark_wide`): only such join it
        self.wide = it.wide
        self._span(it)

    def _firm(self, it: Item) -> None:
        c = it.rec.claim.count
        if c.value is not None and c.qualifier in FIRM:
            self.firm.add(c.value)

    def _span(self, it: Item, extend: bool = True) -> None:
        if it.lo is None or it.hi is None:
            return
        if it.loose or not extend:
            self.l_lo = it.lo if self.l_lo is None else min(self.l_lo, it.lo)
            self.l_hi = it.hi if self.l_hi is None else max(self.l_hi, it.hi)
        else:
            self.s_lo = it.lo if self.s_lo is None else min(self.s_lo, it.lo)
            self.s_hi = it.hi if self.s_hi is None else max(self.s_hi, it.hi)

    def window(self) -> tuple[int, int]:
        if self.s_lo is not None and self.s_hi is not None:
            return self.s_lo, self.s_hi
        assert self.l_lo is not None and self.l_hi is not None
        return self.l_lo, self.l_hi

    def add(self, it: Item, extend: bool = True) -> None:
        """Add a claim; with ``extend`` False its days do not widen the group's (a wide total that states
        this incident's figure)."""
        self.members.append(it)
        self._span(it, extend)
        self.admin1 |= it.admin1
        for p in it.points:
            if len(self.points) < _MAX_POINTS and p not in self.points:
                self.points.append(p)
        if self.cat is None and it.cat != "people":
            self.cat = it.cat
        self.reports.setdefault(it.report, set()).add(it.vkey)
        self.said[(it.report, it.skey)] = it.vkey
        self.rplaces.setdefault(it.report, it.pnames)
        self.rspans.setdefault(it.report, []).append(it.span)
        self.rtowns.setdefault(it.report, set()).update(it.towns)
        self.towns |= it.towns
        self._firm(it)
        self.vals.add(it.vkey)
        self.min_id = min(self.min_id, it.cid)

    def absorb(self, other: _Group, extend: bool = True) -> None:
        for it in other.members:
            self.add(it, extend)
        other.alive = False

    def firm_values(self) -> set[int]:
        return self.firm


def _cats_ok(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _place_ok(a1: AbstractSet[str], a2: AbstractSet[str], p1: Sequence[tuple[float, float]],
              p2: Sequence[tuple[float, float]], km: float) -> bool:
    return not a1 or not a2 or not a1.isdisjoint(a2) or near(p1, p2, km)


def _fits(it: Item, g: _Group, gap: int, km: float) -> bool:
    """Whether a claim may join a group (time, victims, same-report figures, place)."""
    if it.wide != g.wide:
        return False
    lo, hi = g.window()
    assert it.lo is not None and it.hi is not None
    if it.lo > hi + gap or lo > it.hi + gap:
        return False
    if it.cat != "people" and g.cat is not None and g.cat != it.cat:
        return False
    if not _same_report_ok(g, it.report, it.skey, it.vkey, it.pnames, (it.span,), it.towns):
        return False
    if _outlier(it.rec.claim.count.value if it.rec.claim.count.qualifier in FIRM else None, it.loose, g):
        return False
    return _place_ok(it.admin1, g.admin1, it.points, g.points, km)


def _outlier(value: int | None, undated: bool, g: _Group) -> bool:
    """A figure with no days of its own (or a group dated only by publication) more than OUTLIER times
    apart from the group's largest figure is another harm: "600,000 have been killed" in a report with
    no "since" is not a toll of a massacre of 1,500."""
    if value is None or not g.firm or not (undated or g.s_lo is None):
        return False
    top = max(g.firm)
    return value > OUTLIER * max(top, 1) or top > OUTLIER * max(value, 1)


#: a second source's different figure must be stated within this many characters of the report's
#: other figures in the incident (contrasting accounts stand side by side)
CONTRAST_CHARS = 250


def _same_report_ok(g: _Group, report: int, skey: tuple[str, str | int], vkey: VKey,
                    places: frozenset[str], spans: Sequence[tuple[int, int]],
                    towns: AbstractSet[str] = frozenset()) -> bool:
    """One report's figures in one incident. A different figure from the same report about the same town
    joins: an update, an earlier toll or another source's account of that town's harm ("the WHO said
    900 bodies were recovered in X, up from the 773 the ministry gave"). Without a shared town, a
    different figure joins only when another source states it, for the very same places, right beside
    the first ("the monitor said 112 were killed in the shelling of X. The ministry said 41 died in the
    attack."): a report's figures for different places or from one source's round-up stay apart."""
    figures = g.reports.get(report)
    if figures is None or vkey in figures or vkey[0] is None or all(f[0] is None for f in figures):
        return True
    rtowns = g.rtowns.get(report, set())
    if (not towns or not rtowns or not rtowns.isdisjoint(towns)) and _scale_ok(figures, vkey):
        return True
    if (report, skey) in g.said or not places or places != g.rplaces.get(report):
        return False
    return any(a - CONTRAST_CHARS <= f and e <= b + CONTRAST_CHARS
               for f, e in spans for a, b in g.rspans.get(report, ()))


def _scale_ok(figures: AbstractSet[VKey], vkey: VKey) -> bool:
    """A report's figures for one incident are of one scale: its two largest differ at most SCALE times
    (a toll and its details, or two accounts; "more than 10,000 have died in the violence" beside "22
    were killed on Saturday" is another harm)."""
    vals = sorted({f[0] for f in (*figures, vkey) if f[0] is not None}, reverse=True)
    return len(vals) < 2 or vals[0] <= SCALE * max(vals[1], 1)


def _reports_ok(a: _Group, b: _Group) -> bool:
    small, big = (a, b) if len(a.said) <= len(b.said) else (b, a)
    for (r, k), v in small.said.items():
        if r in big.reports and not _same_report_ok(big, r, k, v, small.rplaces.get(r, frozenset()),
                                                    small.rspans.get(r, ()), small.rtowns.get(r, set())):
            return False
    return True


def _groups_fit(a: _Group, b: _Group, gap: int, km: float) -> bool:
    """Whether two groups a claim fits both of may be merged (they must fit each other too)."""
    if a.wide != b.wide:
        return False
    alo, ahi = a.window()
    blo, bhi = b.window()
    if a.firm and b.firm and (a.s_lo is None or b.s_lo is None) and \
            _outlier(max(a.firm), a.s_lo is None, b):
        return False
    return (alo <= bhi + gap and blo <= ahi + gap and _cats_ok(a.cat, b.cat) and _reports_ok(a, b)
            and _place_ok(a.admin1, b.admin1, a.points, b.points, km))


def _join(it: Item, fits: list[_Group], gap: int, km: float) -> _Group:
    """Add ``it`` to the preferred fitting group (same figure first, then oldest) and merge the others
    into it when they fit it too."""
    fits.sort(key=lambda g: (it.vkey not in g.vals, g.min_id))
    target = fits[0]
    target.add(it)
    for other in fits[1:]:
        if other.alive and _groups_fit(target, other, gap, km):
            target.absorb(other)
    return target


def _sweep_short(items: list[Item], gap: int, km: float) -> list[_Group]:
    """Group one block's short claims: a sweep in time order over the groups still open."""
    items.sort(key=lambda i: (i.lo, i.cid))
    groups: list[_Group] = []
    open_: list[_Group] = []
    by_admin: dict[str, list[_Group]] = {}
    wild: list[_Group] = []
    bands: dict[int, list[_Group]] = {}
    band = max(km, 1e-3) / 111.2
    day: int | None = None
    closed: dict[str, list[_Group]] = {}  # dated groups no longer open, by town (see _tail)
    dated: dict[int, int] = {}  # per report, the last day of harm its dated claims here state
    for it in items:
        if not it.loose and it.hi is not None:
            dated[it.report] = max(dated.get(it.report, it.hi), it.hi)

    def index(g: _Group, keys: Iterable[str], points: Iterable[tuple[float, float]]) -> None:
        for k in keys:
            by_admin.setdefault(k, []).append(g)
        for lat, _ in points:
            bands.setdefault(int(lat // band), []).append(g)

    for it in items:
        assert it.lo is not None
        if it.lo != day:
            day = it.lo
            still: list[_Group] = []
            for g in open_:
                if g.alive and g.window()[1] + gap >= day:
                    still.append(g)
                elif g.alive and g.s_lo is not None:
                    for t in g.towns:
                        closed.setdefault(t, []).append(g)
            open_ = still
            by_admin, wild, bands = {}, [], {}
            for g in open_:
                index(g, g.admin1, g.points)
                if not g.admin1:
                    wild.append(g)
        cands: Iterable[_Group]
        if not it.admin1:
            cands = open_
        else:
            seen: dict[int, _Group] = {}
            for k in it.admin1:
                for g in by_admin.get(k, ()):
                    seen[id(g)] = g
            for g in wild:
                seen[id(g)] = g
            for lat, _ in it.points:
                b = int(lat // band)
                for bb in (b - 1, b, b + 1):
                    for g in bands.get(bb, ()):
                        seen[id(g)] = g
            cands = seen.values()
        fits = [g for g in cands if g.alive and _fits(it, g, gap, km)]
        if not fits and it.loose and it.towns and not it.wide:
            late = _tail(it, closed, dated.get(it.report), gap)
            if late is not None:
                late.add(it)
                continue
        if not fits:
            g = _Group(it)
            groups.append(g)
            open_.append(g)
            index(g, g.admin1, g.points)
            if not g.admin1:
                wild.append(g)
            continue
        before = {id(g): (set(g.admin1), len(g.points)) for g in fits}
        target = _join(it, fits, gap, km)
        keys, npts = before[id(target)]
        index(target, target.admin1 - keys, target.points[npts:])
    return [g for g in groups if g.alive]


def _tail(it: Item, closed: dict[str, list[_Group]], dated: int | None, gap: int) -> _Group | None:
    """The earlier incident an undated claim restates: a dated incident in one of its towns that ended at
    most TAIL_DAYS before the claim's publication, with compatible victims and reports, whose counts are
    not all above this claim's figure (a later toll of the same harm is not smaller than its first
    counts), and not before the days of harm the claim's own report states (a report about a new attack
    whose headline figure has no day is about that attack). Prefers the incident holding the same
    figure, then the latest, then the oldest."""
    assert it.hi is not None
    value = it.rec.claim.count.value
    best: tuple[bool, int, int] | None = None
    found: _Group | None = None
    for t in sorted(it.towns):
        groups = closed.get(t, [])
        groups[:] = [g for g in groups if g.alive and g.s_hi is not None and g.s_hi >= it.hi - TAIL_DAYS]
        for g in groups:
            assert g.s_hi is not None
            if dated is not None and dated > g.s_hi + gap:
                continue
            if it.cat != "people" and g.cat is not None and g.cat != it.cat:
                continue
            if value is not None and it.vkey not in g.vals and min(g.firm_values(), default=0) > value:
                continue
            if _outlier(value, True, g):
                continue
            if not _same_report_ok(g, it.report, it.skey, it.vkey, it.pnames, (it.span,), it.towns):
                continue
            key = (it.vkey in g.vals, g.s_hi, -g.min_id)
            if best is None or key > best:
                best, found = key, g
    return found


def _sweep_long(items: list[Item], gap: int, km: float) -> list[_Group]:
    """Group one block's long claims (running and period totals): same start, or mostly the same days."""
    items.sort(key=lambda i: (i.lo, i.cid))
    groups: list[_Group] = []
    open_: list[_Group] = []
    for it in items:
        assert it.lo is not None and it.hi is not None
        open_ = [g for g in open_ if g.alive and g.window()[1] + gap >= it.lo]
        fits: list[_Group] = []
        for g in open_:
            lo, hi = g.window()
            overlap = min(hi, it.hi) - max(lo, it.lo) + 1
            same = abs(it.lo - lo) <= gap or overlap >= 0.5 * max(hi - lo + 1, it.hi - it.lo + 1)
            if same and _fits(it, g, gap, km):
                fits.append(g)
        if fits:
            _join(it, fits, gap, km)
        else:
            g = _Group(it)
            groups.append(g)
            open_.append(g)
    return [g for g in groups if g.alive]


def _within(g: _Group, lg: _Group, km: float) -> bool:
    """Whether incident ``g`` lies within the places of total ``lg``: its towns are the total's towns (by
    name, or within a fifth of ``km``), or it names no town and its provinces are the total's. A total
    with no province or town (a whole country) contains nothing this way: it is coarser than them."""
    if g.towns or g.points:
        if not lg.towns and not lg.points:
            return False
        return g.towns <= lg.towns or near(g.points, lg.points, km / 5)
    if g.admin1:
        return bool(lg.admin1) and g.admin1 <= lg.admin1
    return True


def _episodes(shorts: list[_Group], longs: list[_Group], gap: int, km: float) -> None:
    """Link totals (long groups) to the incidents inside their days and places, tightest total first:

    1. a total over at most MERGE_SPAN_DAYS whose incidents all lie within its own places is their
       toll: it and they become one incident (the days of one battle, told in several pieces);
    2. such a total with a single incident inside is that incident's toll;
    3. a total whose figures are all figures of an incident inside it is that incident's figure, dated
       loosely ("200 were killed in an attack earlier this month"): it joins without widening its days;
    4. else a total over at most ADOPT_SPAN_DAYS with incidents inside becomes their episode (parent);
    5. a total over more than MERGE_SPAN_DAYS is an episode (a running total over a period, holding no
       incident when it spans more than ADOPT_SPAN_DAYS); a shorter one is an incident of its own."""
    shorts = sorted(shorts, key=lambda g: (g.window()[0], g.min_id))
    los = [g.window()[0] for g in shorts]
    for lg in sorted(longs, key=lambda g: (g.window()[1] - g.window()[0], g.min_id)):
        if not lg.alive:
            continue
        s, e = lg.window()
        span = e - s + 1
        j = bisect_left(los, s - gap - LOOSE_DAYS)
        inside: list[_Group] = []
        while j < len(shorts) and los[j] <= e + gap:
            g = shorts[j]
            j += 1
            if not g.alive or g.wide:
                continue
            lo, hi = g.window()
            if g.s_lo is None:
                lo += LOOSE_DAYS  # undated claims: their publication days must fall in the span
            if (lo >= s - gap and hi <= e + gap and _cats_ok(lg.cat, g.cat)
                    and _place_ok(lg.admin1, g.admin1, lg.points, g.points, km)):
                inside.append(g)
        free = [g for g in inside if g.episode is None]
        if span <= MERGE_SPAN_DAYS and free and _merge_into(lg, free, km):
            continue
        figures = lg.firm_values()
        if span > ADOPT_SPAN_DAYS:
            # a war-long total is never an event's figure; an undated restatement of it (its "since" lost)
            # is that total, not an incident
            for g in free:
                if (g.s_lo is None and not g.wide and g.firm and g.firm <= figures and _within(g, lg, km)
                        and _reports_ok(lg, g)):
                    lg.absorb(g, extend=False)
            free = [g for g in free if g.alive]
            match = []
        else:
            match = [g for g in free if figures and figures <= g.firm_values() and _reports_ok(g, lg)]
        if match:
            max(match, key=lambda g: (len(g.members), -g.min_id)).absorb(lg, extend=False)
            continue
        if not _hand_over(lg, free):
            continue
        if span > MERGE_SPAN_DAYS or inside:
            lg.is_episode = True
        if inside and span <= ADOPT_SPAN_DAYS:
            for g in free:
                g.episode = lg


def _restatements(groups: list[_Group]) -> None:
    """Merge an incident that only restates an earlier one: it names a town of the earlier incident,
    starts after it ended but at most TAIL_DAYS later, and every figure it gives (at least one of them
    ten or more) is one of the earlier incident's figures. Its days are then taken for the day the
    figures were stated, not of new harm, and do not widen the earlier incident's. *Example:* "the UN
    said on Friday that nearly 3,000 were killed: 2,000 buried and 900 in morgues" after the assault
    whose sources gave 3,000, 2,000 and 900."""
    by_town: dict[str, list[_Group]] = {}
    for g in sorted(groups, key=lambda g: (g.window()[0], g.min_id)):
        if g.s_lo is None or not g.firm or not g.towns or g.wide:
            continue
        if max(g.firm) >= (RESTATE_MIN if len(g.firm) > 1 else RESTATE_ONE):
            seen: dict[int, _Group] = {}
            for t in sorted(g.towns):
                for e in by_town.get(t, ()):
                    seen[id(e)] = e
            cands = [e for e in seen.values() if e.alive and e is not g and e.s_hi is not None
                     and e.s_hi < g.s_lo and g.s_lo - e.s_hi <= TAIL_DAYS and g.firm <= e.firm
                     and _cats_ok(e.cat, g.cat) and _reports_ok(e, g)]
            if cands:
                max(cands, key=lambda e: (len(e.members), -e.min_id)).absorb(g, extend=False)
                continue
        for t in g.towns:
            by_town.setdefault(t, []).append(g)


def _regional(g: _Group, running: bool = False) -> list[Item]:
    """A group's claims that name provinces but no town (regional tolls); with ``running``, only those
    dated over two days or more ("since Thursday": a running count)."""
    return [it for it in g.members if it.admin1 and not it.towns and not it.points
            and (not running or (not it.loose and it.lo is not None and it.hi is not None and it.hi > it.lo))]


def _regional_tails(groups: list[_Group]) -> None:
    """Join a later regional toll without a day to the running toll it continues: an incident dated only by
    publication whose claims all name provinces but no town joins the dated incident holding a regional
    figure for overlapping provinces that is a running count (dated over two days or more, "since
    Thursday") or comes from the same named source (the monitor updating its own count), ended at most
    MERGE_SPAN_DAYS (plus LOOSE_DAYS) before, when its figures are at least that incident's largest and at
    most SCALE times it (a count that went on rising). A town's attack is never continued this way, so
    separate attacks in one province stay apart. *Example:* the monitor's 745, 1,018, 1,383 killed "in
    Lakeshire and Hillmark since Thursday", then "more than 1,500" with no day three days later."""
    dated = [g for g in groups if g.s_lo is not None and g.s_hi is not None and g.firm and not g.wide
             and not g.is_episode and _regional(g)]
    if not dated:
        return
    for g in sorted(groups, key=lambda g: (g.l_hi or 0, g.min_id)):
        if not g.alive or g.s_lo is not None or g.wide or g.is_episode or not g.firm or g.l_hi is None:
            continue
        mine = _regional(g)
        if len(mine) != len(g.members):
            continue
        speakers = {it.skey for it in mine if it.skey[0] == "source"}
        low, top = min(g.firm), max(g.firm)
        cands = []
        for e in dated:
            assert e.s_hi is not None
            if not e.alive or not 0 <= g.l_hi - e.s_hi <= MERGE_SPAN_DAYS + LOOSE_DAYS:
                continue
            etop = max(e.firm)
            if low < etop or top > SCALE * etop or not _cats_ok(e.cat, g.cat) or not _reports_ok(e, g):
                continue
            theirs = [m for m in _regional(e) if m in _regional(e, running=True) or m.skey in speakers]
            if any(not a.admin1.isdisjoint(m.admin1) for a in mine for m in theirs):
                cands.append(e)
        if cands:
            max(cands, key=lambda e: (max(e.firm), -e.min_id)).absorb(g, extend=False)


def _hand_over(lg: _Group, inside: list[_Group]) -> bool:
    """Move out of a total's group each claim whose figure (at least RESTATE_MIN) is a figure of an
    incident inside its span (the largest such) and not the total's only claim: that incident's toll, dated loosely ("about 3,000 were killed in the
    city" beside "7,000 across the region since January", the span carried over). Returns whether
    claims remain in ``lg``."""
    keep: list[Item] = []
    moved = False
    for it in sorted(lg.members, key=lambda i: i.cid):
        v = it.rec.claim.count.value
        hits = [g for g in inside if v is not None and v >= RESTATE_MIN and it.rec.claim.count.qualifier in FIRM
                and v in g.firm and (it.cat == "people" or g.cat is None or g.cat == it.cat)
                and _same_report_ok(g, it.report, it.skey, it.vkey, it.pnames, (it.span,), it.towns)]
        if hits and len(lg.members) > 1:
            max(hits, key=lambda g: (len(g.members), -g.min_id)).add(it, extend=False)
            moved = True
        else:
            keep.append(it)
    if not moved:
        return True
    if not keep:
        lg.alive = False
        return False
    lg.__init__(keep[0])  # type: ignore[misc]
    for it in keep[1:]:
        lg.add(it)
    return True


def _merge_into(lg: _Group, inside: list[_Group], km: float) -> bool:
    """Rules 1 and 2 of :func:`_episodes`: merge the total and the incidents inside it into one, when the
    incident is the only one or all lie within the total's places and fit each other."""
    if len(inside) > 1 and not all(_within(g, lg, km) for g in inside):
        return False
    ok = [g for g in inside if _reports_ok(g, lg)]
    if not ok:
        return False
    target = min(ok, key=lambda g: g.min_id)
    target.absorb(lg)
    for g in sorted(ok, key=lambda g: g.min_id):  # a piece that does not fit the others stays apart
        if g is not target and _cats_ok(target.cat, g.cat) and _reports_ok(target, g):
            target.absorb(g)
    return True


# --- public entry point ----------------------------------------------------------------------------------

def reconcile(records: Iterable[ClaimRecord], *, km: float = 50.0, gap_days: int = 1,
              prepared: dict[int, Item] | None = None) -> list[Incident]:
    """Group claims into incidents and episodes and estimate each (see the module docs and
    ``docs/reconcile.md``). Ordered by start date (undated last), then id. ``prepared`` (claim id ->
    :class:`Item`), kept by the caller from one call to the next, saves preparing a claim again whose
    record is the same (the same claim object, parent, group and report provenance)."""
    shared = Shared()
    items = sorted((_item(r, shared, prepared) for r in records), key=lambda i: i.cid)
    del shared
    by_id = {it.cid: it for it in items}
    dup: dict[int, int] = {}
    for it in items:
        if it.rec.duplicate_of is not None:
            dup[it.report] = it.rec.duplicate_of
    outlets: dict[int, str | None] = {}
    for it in items:
        outlets.setdefault(it.report, it.rec.outlet)
    roots = {r: _root_report(r, dup) for r in {it.report for it in items}}
    name_sources(items, roots, outlets)

    # parts go with their root total and never add to its estimate
    parts: dict[int, list[Item]] = {}
    top: list[Item] = []
    forced: dict[tuple[str, str], list[Item]] = {}
    for it in items:
        root = _root_claim(it, by_id)
        if root is not None:
            parts.setdefault(root.cid, []).append(it)
        elif it.rec.group is not None:  # analyst-forced group: not swept
            forced.setdefault((it.rec.group, it.outcome), []).append(it)
        else:
            top.append(it)

    blocks: dict[tuple[str | None, str], tuple[list[Item], list[Item]]] = {}
    groups: list[_Group] = []
    for members in forced.values():  # items are in claim id order, so the group is order-independent
        fg = _Group(members[0])
        for it in members[1:]:
            fg.add(it)
        groups.append(fg)
    for it in top:
        if it.lo is None:  # undated claim in an undated report: an incident of its own
            groups.append(_Group(it))
            continue
        short, long = blocks.setdefault((it.country, it.outcome), ([], []))
        (long if it.long else short).append(it)
    for key in sorted(blocks, key=lambda k: (k[0] or "", k[1])):
        short, long = blocks[key]
        mark_wide(short + long)
        sg = _sweep_short(short, gap_days, km)
        for g in sg:
            g.is_episode = g.is_episode or g.wide  # background: holds no incident, never a best
        lg = _sweep_long(long, gap_days, km)
        if lg and sg:
            _episodes(sg, lg, gap_days, km)
        _restatements([g for g in sg if g.alive])
        _regional_tails([g for g in sg if g.alive])
        groups.extend(sg)
        groups.extend(lg)
    groups = [g for g in groups if g.alive]

    ids: dict[int, str] = {}
    for g in groups:
        low = min([g.min_id, *(p.cid for m in g.members for p in parts.get(m.cid, ()))])
        ids[id(g)] = ("E" if g.is_episode else "I") + str(low)
    out = [_build(g, ids, parts) for g in groups]
    out.sort(key=lambda i: (i.start is None, i.start or date.min, int(i.id[1:]), i.id))
    return out


def _item(r: ClaimRecord, shared: Shared, prepared: dict[int, Item] | None) -> Item:
    """The claim prepared for grouping: from ``prepared`` when its record is the same, its per-run
    fields (source naming, wide totals) reset; else new (and kept in ``prepared``)."""
    it = prepared.get(r.claim_id) if prepared is not None else None
    if it is not None:
        o = it.rec
        if o is r or (o.claim is r.claim and o.report_id == r.report_id and o.parent_id == r.parent_id and o.group == r.group
                and o.published == r.published and o.outlet == r.outlet and o.duplicate_of == r.duplicate_of):
            it.wide = False
            return it
    it = Item(r, shared)
    if prepared is not None:
        prepared[r.claim_id] = it
    return it


def _root_report(r: int, dup: dict[int, int]) -> int:
    seen = {r}
    cur = r
    while True:
        nxt = dup.get(cur)
        if nxt is None or nxt in seen:
            return cur
        seen.add(nxt)
        cur = nxt


def _root_claim(it: Item, by_id: dict[int, Item]) -> Item | None:
    """The top-level claim ``it`` is (transitively) part of, or None when it is top-level itself (no
    parent among the records, a cycle of parts, or an analyst-grouped claim). A part follows its
    nearest analyst-grouped ancestor."""
    if it.rec.group is not None or it.parent is None or it.parent not in by_id:
        return None
    seen = {it.cid}
    cur = by_id[it.parent]
    while cur.rec.group is None and cur.parent is not None and cur.parent in by_id:
        if cur.cid in seen:
            return None
        seen.add(cur.cid)
        cur = by_id[cur.parent]
    return None if cur.cid in seen else cur


def _pub_key(it: Item) -> tuple[bool, date, int]:
    p = it.rec.published
    return (p is None, p or date.min, it.cid)


def _build(g: _Group, ids: dict[int, str], parts: dict[int, list[Item]]) -> Incident:
    members = sorted(g.members, key=_pub_key)
    every = members + [p for m in members for p in parts.get(m.cid, ())]
    est = estimate(members)
    gr = grade(members, every)
    cats = {m.cat for m in members} - {"people"}
    victims = "people" if not cats else (cats.pop() if len(cats) == 1 else "mixed")
    country = members[0].country
    admin: dict[str, str] = {}
    for it in every:
        for ak, name in it.admin_names:
            admin.setdefault(ak, name)
    start = end = None
    if g.s_lo is not None and g.s_hi is not None:
        start, end = date.fromordinal(g.s_lo), date.fromordinal(g.s_hi)
    elif g.l_lo is not None and g.l_hi is not None:  # dated by publication only
        start, end = date.fromordinal(g.l_lo + LOOSE_DAYS), date.fromordinal(g.l_hi)
    history: list[HistoryPoint] = []
    seen: set[tuple[int, str, int | None, int | None, int | None]] = set()
    for it in members:
        cnt = it.rec.claim.count
        src = it.sname
        k = (it.report, src, cnt.value, cnt.low, cnt.high)
        if k not in seen:
            seen.add(k)
            history.append(HistoryPoint(it.rec.published, src, cnt.value, cnt.low, cnt.high, it.report, it.cid))
    flags = est.flags + gr.flags
    if start is not None and g.s_lo is None:
        flags.append("dated by publication only")
    return Incident(
        id=ids[id(g)], kind="episode" if g.is_episode else "incident",
        parent=ids[id(g.episode)] if g.episode is not None and g.episode.alive else None,
        outcome=members[0].outcome, victims=victims, country=country,
        admin1=sorted(admin.values(), key=str.casefold), start=start, end=end,
        low=est.low, best=est.best, high=est.high, rule=est.rule,
        sources=gr.sources, independent_sources=gr.independent, status=gr.status, flags=flags,
        history=history, claims=sorted(it.cid for it in every),
    )
