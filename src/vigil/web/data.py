"""What the dashboard shows, computed from the store: filtered incidents, map points, the deaths-per-day
timeline, incident pages with their evidence in context, and reports with their claims highlighted.

Plain functions over the store returning plain data; the page handlers in :mod:`vigil.web.pages` only
parse the request, call these and render a template (Jinja2 escapes every string, so article text is
always shown as text).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from vigil.errors import InputError
from vigil.incidents import incident_conditions
from vigil.models import OUTCOMES
from vigil.store import Store, claim_places, claims, incident_claims, incidents, reports

VICTIMS = ("civilians", "state_forces", "non_state_fighters", "combatants", "people", "mixed")
STATUSES = ("single-source", "corroborated", "contested", "verified")
#: map and timeline colours per victim category (colour-blind-safe Okabe–Ito palette)
COLOURS = {"civilians": "#D55E00", "state_forces": "#0072B2", "non_state_fighters": "#E69F00",
           "combatants": "#CC79A7", "people": "#009E73", "mixed": "#56B4E9"}
#: incidents listed under the map (the map and the timeline show all of them)
LIST_LIMIT = 200
_PRECISION_RANK = {"point": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4}
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


@dataclass(frozen=True)
class Filters:
    """The dashboard's filters, as they appear in its URL."""

    country: str | None = None
    since: date | None = None
    until: date | None = None
    outcome: str | None = None
    victims: str | None = None
    source: str | None = None
    status: str | None = None
    q: str | None = None

    @classmethod
    def from_query(cls, params: Mapping[str, str]) -> Filters:
        """Read and check the filters of a query string; an invalid one is an :class:`InputError`."""
        def text(name: str, limit: int = 200) -> str | None:
            v = (params.get(name) or "").strip()
            if len(v) > limit:
                raise InputError(name, f"longer than {limit} characters")
            if any(ord(ch) < 32 for ch in v):
                raise InputError(name, "holds control characters")
            return v or None

        def day(name: str) -> date | None:
            v = text(name, 10)
            if v is None:
                return None
            try:
                return date.fromisoformat(v)
            except ValueError:
                raise InputError(name, f"{v!r} is not a date (YYYY-MM-DD)") from None

        def choice(name: str, allowed: Sequence[str]) -> str | None:
            v = text(name, 40)
            if v is not None and v not in allowed:
                raise InputError(name, f"{v!r} is not one of {', '.join(allowed)}")
            return v

        country = text("country", 2)
        if country is not None and not _COUNTRY.match(country):
            raise InputError("country", f"{country!r} is not a two-letter country code")
        f = cls(country=country.upper() if country else None, since=day("since"), until=day("until"),
                outcome=choice("outcome", OUTCOMES), victims=choice("victims", VICTIMS), source=text("source"),
                status=choice("status", STATUSES), q=text("q"))
        if f.since and f.until and f.since > f.until:
            raise InputError("since", "is after until")
        return f

    def params(self, **changes: Any) -> dict[str, str]:
        f = replace(self, **changes) if changes else self
        out: dict[str, str] = {}
        for fl in fields(f):
            v = getattr(f, fl.name)
            if v is not None and v != "":
                out[fl.name] = v.isoformat() if isinstance(v, date) else str(v)
        return out

    def url(self, path: str = "/", **changes: Any) -> str:
        p = self.params(**changes)
        return path + ("?" + urlencode(p) if p else "")

    @property
    def active(self) -> bool:
        return bool(self.params())


def text_match(store: Store, q: str) -> sa.ColumnElement[bool]:
    """A condition on ``reports`` for full-text search (SQLite FTS5, PostgreSQL tsvector)."""
    if store.engine.dialect.name == "sqlite":
        terms = " ".join('"' + w.replace('"', "") + '"' for w in q.split() if w.strip('"'))
        return reports.c.id.in_(sa.text("SELECT rowid FROM reports_fts WHERE reports_fts MATCH :q")
                                .bindparams(q=terms or '""'))
    english: sa.ColumnElement[Any] = sa.literal_column("'english'::regconfig")  # inlined: the index applies
    return sa.func.to_tsvector(english, reports.c.text).op("@@")(sa.func.plainto_tsquery(english, q))


def incident_filter(store: Store, *, country: str | None = None, since: date | None = None,
                    until: date | None = None, outcome: str | None = None, victims: str | None = None,
                    status: str | None = None, kind: str | None = None, admin1: str | None = None,
                    source: str | None = None, bbox: tuple[float, float, float, float] | None = None,
                    q: str | None = None) -> list[sa.ColumnElement[bool]]:
    """Conditions on ``incidents`` for every filter the API and the dashboard offer."""
    i = incidents
    cond = incident_conditions(country=country, since=since, until=until, outcome=outcome, victims=victims,
                               status=status, kind=kind)
    if admin1:      # admin1 is a JSON list of names: match one whole name, "%" and "_" literally
        cond.append(sa.func.lower(i.c.admin1).contains(json.dumps(admin1.lower(), ensure_ascii=False),
                                                        autoescape=True))
    if source:      # incidents with a claim whose source (or the outlet of a report's own voice) matches
        s = source.lower()
        named = sa.or_(sa.func.lower(claims.c.source_name).contains(s, autoescape=True),
                       sa.func.lower(claims.c.source_text).contains(s, autoescape=True))
        voice = sa.and_(claims.c.source_name.is_(None), sa.func.lower(reports.c.outlet).contains(s, autoescape=True))
        cond.append(i.c.id.in_(sa.select(incident_claims.c.incident_id)
                               .join(claims, claims.c.id == incident_claims.c.claim_id)
                               .join(reports, reports.c.id == claims.c.report_id)
                               .where(sa.or_(named, voice))))
    if bbox or q:
        sub = sa.select(incident_claims.c.incident_id).join(claims, claims.c.id == incident_claims.c.claim_id)
        if bbox:
            sub = sub.where(claims.c.id.in_(sa.select(claim_places.c.claim_id).where(
                claim_places.c.lon.between(bbox[0], bbox[2]), claim_places.c.lat.between(bbox[1], bbox[3]))))
        if q:
            sub = sub.join(reports, reports.c.id == claims.c.report_id).where(text_match(store, q))
        cond.append(i.c.id.in_(sub))
    return cond


def _filter(store: Store, f: Filters, kind: str | None = None) -> list[sa.ColumnElement[bool]]:
    return incident_filter(store, country=f.country, since=f.since, until=f.until, outcome=f.outcome,
                           victims=f.victims, status=f.status, kind=kind, source=f.source, q=f.q)


# --- the dashboard --------------------------------------------------------------------------------------

def dashboard(store: Store, f: Filters, *, list_limit: int = LIST_LIMIT, before: str | None = None) -> dict[str, Any]:
    """Everything the dashboard page shows for these filters.

    ``markers``: one per located incident (not episodes, whose incidents are shown): id, lat, lon,
    best, victims, outcome, start. ``timeline``: deaths per day by victim category, each killed
    incident's best spread evenly over its days. ``rows``: the newest incidents for the list (older
    than the ``before`` sort key when given); ``older``: the key of the next page, or None."""
    i = incidents
    cond = _filter(store, f)
    with store.engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(i).where(*cond)).scalar() or 0
        page = conn.execute(sa.select(i.c.body, i.c.sort_key).where(
            *cond, *([i.c.sort_key < before] if before else [])).order_by(i.c.sort_key.desc())
            .limit(list_limit + 1)).all()
        rows = [json.loads(r.body) for r in page[:list_limit]]
        older = page[list_limit - 1].sort_key if len(page) > list_limit else None
        found = conn.execute(sa.select(i.c.id, i.c.best, i.c.victims, i.c.outcome, i.c.start,
                                       i.c.end, i.c.status)
                             .where(*cond, i.c.kind == "incident")).all()
        points = incident_points(conn, sa.select(i.c.id).where(*cond, i.c.kind == "incident"))
    markers = []
    for r in found:
        if r.id in points:
            lat, lon = points[r.id]
            markers.append({"id": r.id, "lat": round(lat, 3), "lon": round(lon, 3), "best": r.best,
                            "victims": r.victims, "outcome": r.outcome, "status": r.status,
                            "start": r.start.isoformat() if r.start else None})
    deaths = sum(r.best or 0 for r in found if r.outcome == "killed")
    return {"total": int(total), "rows": rows, "older": older, "markers": markers, "unplaced": len(found) - len(markers),
            "incidents": len(found), "deaths": deaths,
            "timeline": timeline((r.start, r.end, r.best, r.victims) for r in found if r.outcome == "killed")}


def incident_points(conn: Connection, ids: Sequence[str] | sa.Select[Any]) -> dict[str, tuple[float, float]]:
    """Each incident's most precise known coordinates among its claims' places, as (lat, lon); ``ids``
    is a list of incident ids or a query selecting them."""
    best: dict[str, tuple[int, float, float]] = {}
    for iid, lon, lat, prec in conn.execute(
            sa.select(incident_claims.c.incident_id, claim_places.c.lon, claim_places.c.lat, claim_places.c.precision)
            .join(claim_places, claim_places.c.claim_id == incident_claims.c.claim_id)
            .where(incident_claims.c.incident_id.in_(ids), claim_places.c.lat.is_not(None))):
        rank = _PRECISION_RANK.get(prec, 5)
        if iid not in best or rank < best[iid][0]:
            best[iid] = (rank, lat, lon)
    return {k: (v[1], v[2]) for k, v in best.items()}


def columns(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Rows as columns (``{"id": [...], "lat": [...]}``), a column with few distinct values as
    ``{"values": [...], "codes": [...]}``: a small fraction of the size of a list of objects."""
    out: dict[str, Any] = {}
    for k in list(rows[0]) if rows else []:
        col = [r[k] for r in rows]
        distinct = list(dict.fromkeys(col))
        if isinstance(col[0], str) and len(distinct) * 4 < len(col):
            index = {v: n for n, v in enumerate(distinct)}
            out[k] = {"values": distinct, "codes": [index[v] for v in col]}
        else:
            out[k] = col
    return out


def timeline(items: Iterator[tuple[date | None, date | None, int | None, str]] | Sequence[Any]) -> dict[str, Any]:
    """Deaths by victim category per day (per week over more than ~13 months, per month over more than
    four years, so bars stay readable): ``{"days": [bucket starts, ISO], "ends": [bucket ends],
    "bucket": "day"|"week"|"month", "series": {category: [deaths per bucket]}}``. A figure over several
    days is spread evenly over them; undated incidents are left out."""
    per: dict[str, dict[date, float]] = {}
    first: date | None = None
    last: date | None = None
    for start, end, best, victims in items:
        if not best or start is None:
            continue
        end = end or start
        n = (end - start).days + 1
        share = best / n
        d = per.setdefault(victims, {})
        for k in range(n):
            day = start + timedelta(days=k)
            d[day] = d.get(day, 0.0) + share
        first = start if first is None or start < first else first
        last = end if last is None or end > last else last
    if first is None or last is None:
        return {"days": [], "ends": [], "bucket": "day", "series": {}}
    span = (last - first).days + 1
    bucket = "day" if span <= 400 else "week" if span <= 4 * 366 else "month"

    def start_of(d: date) -> date:
        if bucket == "week":
            return d - timedelta(days=d.weekday())
        return d.replace(day=1) if bucket == "month" else d

    def end_of(d: date) -> date:
        if bucket == "week":
            return d + timedelta(days=6)
        if bucket == "month":
            return (d.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return d

    starts: list[date] = []
    cur = start_of(first)
    while cur <= last:
        starts.append(cur)
        cur = end_of(cur) + timedelta(days=1)
    index = {s: k for k, s in enumerate(starts)}
    series: dict[str, list[float]] = {}
    for cat in VICTIMS:
        if cat not in per:
            continue
        col = [0.0] * len(starts)
        for day, v in per[cat].items():
            col[index[start_of(day)]] += v
        series[cat] = [round(v, 2) for v in col]
    return {"days": [s.isoformat() for s in starts], "ends": [end_of(s).isoformat() for s in starts],
            "bucket": bucket, "series": series}


# --- incident and report pages ---------------------------------------------------------------------------

def status_reason(inc: Mapping[str, Any]) -> str:
    """Why an incident has its status, in a sentence."""
    status = inc.get("status")
    flags = [f for f in inc.get("flags", []) if not f.startswith("dated by")]
    n = inc.get("independent_sources", 0)
    names = ", ".join(inc.get("sources", [])[:4]) or "the report itself"
    if status == "verified":
        return "a source states it verified the figure"
    if status == "contested":
        return "; ".join(f for f in flags if "conflicting" in f or "disputed" in f) or "figures disagree"
    if status == "corroborated":
        return f"{n} independent sources agree ({names})"
    return f"one independent source ({names})"


def _context(text: str, start: int, end: int, width: int = 280) -> tuple[str, str, str]:
    """The evidence with some article text either side, cut at word boundaries."""
    a = max(0, start - width)
    b = min(len(text), end + width)
    if a > 0:
        sp = text.find(" ", a, start)
        a = sp + 1 if sp != -1 else a
    if b < len(text):
        sp = text.rfind(" ", end, b)
        b = sp if sp != -1 else b
    return (("…" if a > 0 else "") + text[a:start], text[start:end], text[end:b] + ("…" if b < len(text) else ""))


def clip_tail(text: str, n: int) -> str:
    """The last ``n`` characters or so of ``text``, starting at a word (an ellipsis marks the cut)."""
    if len(text) <= n:
        return text
    cut = text.find(" ", len(text) - n)
    return "…" + (text[cut + 1:] if cut != -1 else text[-n:]).lstrip("…")


def clip_head(text: str, n: int) -> str:
    """The first ``n`` characters or so of ``text``, ending at a word (an ellipsis marks the cut)."""
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return (text[:cut] if cut > 0 else text[:n]).rstrip("…") + "…"


def claim_rows(store: Store, ids: Sequence[int]) -> list[dict[str, Any]]:
    """Claims (JSON form) with their report, review state and evidence in context, in ``ids`` order."""
    if not ids:
        return []
    out: dict[int, dict[str, Any]] = {}
    texts: dict[int, str] = {}
    with store.engine.connect() as conn:
        extra = {r.id: (r.review, r.group_key) for chunk in _chunks(ids) for r in conn.execute(
            sa.select(claims.c.id, claims.c.review, claims.c.group_key).where(claims.c.id.in_(chunk)))}
    for r in store.query_claims(ids=list(ids)):
        review, group = extra.get(r.id, (None, None))
        out[r.id] = {"claim_id": r.id, "report_id": r.report_id, "outlet": r.outlet, "url": r.url,
                     "published": r.published.isoformat() if r.published else None, "review": review,
                     "group_key": group, **r.claim.to_dict()}
        texts.setdefault(r.report_id, "")
    with store.engine.connect() as conn:
        for chunk in _chunks(list(texts)):
            for rid, title, text in conn.execute(sa.select(reports.c.id, reports.c.title, reports.c.text)
                                                 .where(reports.c.id.in_(chunk))):
                texts[rid] = text
                for c in out.values():
                    if c["report_id"] == rid:
                        c["title"] = title
    for c in out.values():
        ev = c["evidence"]
        c["context"] = _context(texts.get(c["report_id"], ""), ev["start"], ev["end"])
    return [out[i] for i in ids if i in out]


def incident_page(store: Store, incident_id: str) -> dict[str, Any]:
    """An incident with its claims (evidence in context), its status reason, its episode's or child
    incidents, and the toll history series for the chart."""
    from vigil.incidents import get_incident

    inc = get_incident(store, incident_id)
    inc["reason"] = status_reason(inc)
    inc["evidence"] = claim_rows(store, inc["claims"])
    with store.engine.connect() as conn:
        inc["children"] = [json.loads(b) for (b,) in conn.execute(
            sa.select(incidents.c.body).where(incidents.c.parent == incident_id).order_by(incidents.c.sort_key)
            .limit(500))]
    inc["chart"] = history_series(inc.get("history", []))
    return inc


def history_series(history: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The toll history as chart series: one per source, its figure (or lower bound) over publication days."""
    days = sorted({h["published"] for h in history if h.get("published")})
    series: dict[str, list[float | None]] = {}
    for h in history:
        v = h.get("value") if h.get("value") is not None else h.get("low")
        if v is None or not h.get("published"):
            continue
        s = series.setdefault(h.get("source") or "report", [None] * len(days))
        k = days.index(h["published"])
        s[k] = max(v, s[k] or 0)
    return {"days": days, "series": series}


def report_page(store: Store, report_id: int) -> dict[str, Any]:
    """A report with its text cut into plain and highlighted segments (one per claim's evidence)."""
    with store.engine.connect() as conn:
        r = conn.execute(sa.select(reports).where(reports.c.id == report_id)).first()
        if r is None:
            raise InputError(f"report {report_id}", "no such report")
        ids = [x[0] for x in conn.execute(sa.select(claims.c.id).where(claims.c.report_id == report_id)
                                          .order_by(claims.c.evidence_start, claims.c.id))]
        inc_of = {cid: iid for cid, iid in conn.execute(
            sa.select(incident_claims.c.claim_id, incident_claims.c.incident_id)
            .where(incident_claims.c.claim_id.in_(ids)))} if ids else {}
    found = claim_rows(store, ids)
    for c in found:
        c["incident_id"] = inc_of.get(c["claim_id"])
    return {"id": r.id, "title": r.title, "outlet": r.outlet, "url": r.url,
            "published": r.published.isoformat() if r.published else None, "origin": r.origin,
            "duplicate_of": r.duplicate_of, "claims": found, "segments": segments(r.text, found)}


def segments(text: str, found: Sequence[Mapping[str, Any]]) -> list[tuple[str, list[str]]]:
    """The text cut at evidence boundaries: (piece, claim keys whose evidence covers it)."""
    cuts = {0, len(text)}
    spans = []
    for c in found:
        a, b = c["evidence"]["start"], c["evidence"]["end"]
        if 0 <= a < b <= len(text):
            cuts |= {a, b}
            spans.append((a, b, c["id"]))
    order = sorted(cuts)
    out: list[tuple[str, list[str]]] = []
    for a, b in itertools.pairwise(order):
        keys = [k for s, e, k in spans if s <= a and b <= e]
        out.append((text[a:b], keys))
    return out


def _chunks(items: Sequence[int], n: int = 500) -> Iterator[Sequence[int]]:
    for k in range(0, len(items), n):
        yield items[k:k + n]


def safe_url(url: str | None) -> str | None:
    """A report's URL if it is http(s) (never ``javascript:`` or other schemes in a link)."""
    return url if url and re.match(r"^https?://", url, re.I) else None
