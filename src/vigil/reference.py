"""Reference datasets: import human-coded event data (UCDP GED, ACLED) and compare Vigil's incidents with it.

:func:`import_reference` loads a UCDP GED or ACLED CSV (recognised from its header) into the
``reference_events`` table, one row per event, upserting on ``(dataset, event_id)`` so a re-import
updates rather than duplicates. Countries become ISO 3166-1 alpha-2 codes and province names are
resolved through the gazetteer to the names Vigil's own places use ("Aleppo Governorate" -> "Aleppo"),
the raw name being kept where the gazetteer does not know it.

:func:`compare` matches Vigil's fatal incidents (``killed`` and ``casualties``; episodes are left out,
their incidents are compared) with the reference events: dates overlapping within ``days``, and a
place that agrees — coordinates within ``km`` where both have them, or the same province (names
normalised), or the same country where the incident is placed only at country level. Candidates are
looked up by country and week buckets, so the cost grows as n log n, not n × m.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from vigil.errors import InputError
from vigil.exports import FATAL_OUTCOMES, iso_alpha2
from vigil.geo import Gazetteer
from vigil.reconcile_rules import admin1_key
from vigil.store import Store, claim_places, claims, incident_claims, incidents, reports

__all__ = ["DATASETS", "Comparison", "compare", "detect_dataset", "import_reference", "metadata",
           "reference_events"]

DATASETS = ("ucdp", "acled")

metadata = sa.MetaData()

#: the same table as migration 0003 creates
reference_events = sa.Table(
    "reference_events", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("dataset", sa.String(8), nullable=False),
    sa.Column("event_id", sa.Text, nullable=False),
    sa.Column("date_start", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("country", sa.String(2)),
    sa.Column("admin1", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("low", sa.Integer),
    sa.Column("best", sa.Integer),
    sa.Column("high", sa.Integer),
    sa.Column("deaths_civilians", sa.Integer),
    sa.Column("source", sa.Text),
    sa.UniqueConstraint("dataset", "event_id", name="uq_reference_events_dataset_event"),
)

_REQUIRED = {
    "ucdp": ("id", "date_start", "best"),
    "acled": ("event_id_cnty", "event_date", "fatalities"),
}
_BATCH = 1000
_ACLED_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d-%B-%Y", "%d-%b-%Y", "%d/%m/%Y", "%d-%m-%Y")


# --- import ---------------------------------------------------------------------------------------------

def detect_dataset(header: list[str]) -> str | None:
    """"ucdp" or "acled" from a CSV header (case and spacing ignored), None when neither."""
    cols = {h.strip().lower() for h in header}
    for name, required in _REQUIRED.items():
        if all(c in cols for c in required):
            return name
    return None


class _Resolver:
    """Country codes and canonical province names through the gazetteer, cached per distinct name."""

    def __init__(self) -> None:
        self.gaz = Gazetteer.default()
        self._country: dict[str, str | None] = {}
        self._admin1: dict[tuple[str, str | None], tuple[str | None, str | None]] = {}

    def country(self, name: str) -> str | None:
        name = name.strip()
        if not name:
            return None
        if name not in self._country:
            code = self.gaz.country_of(name)
            if code is None and "(" in name:     # UCDP: "DR Congo (Zaire)", "Yemen (North Yemen)"
                outer, _, inner = name.partition("(")
                code = self.gaz.country_of(outer) or self.gaz.country_of(inner.rstrip(") "))
            self._country[name] = code
        return self._country[name]

    def place(self, text: str, country: str | None) -> tuple[str | None, str | None]:
        """(country, canonical admin1) of a province name, (None, None) when the gazetteer has none."""
        text = text.strip()
        if not text:
            return None, None
        key = (text, country)
        if key not in self._admin1:
            found: tuple[str | None, str | None] = (None, None)
            for m in self.gaz.find(text, prefer_countries=[country] if country else ()):
                if country is not None and m.country != country:
                    continue
                if m.precision == "admin1":
                    found = (m.country, m.admin1)
                    break
                if found == (None, None):
                    found = (m.country, None)
            self._admin1[key] = found
        return self._admin1[key]


def _int(v: str | None) -> int | None:
    v = (v or "").strip()
    if not v:
        return None
    try:
        return int(v)
    except ValueError:
        f = float(v)
        if math.isnan(f) or math.isinf(f):
            raise ValueError(v) from None
        return round(f)


def _float(v: str | None) -> float | None:
    v = (v or "").strip()
    if not v:
        return None
    try:
        f = float(v)
    except ValueError:
        return None
    return None if math.isnan(f) or math.isinf(f) else f


def _iso_date(v: str | None) -> date | None:
    v = (v or "").strip()
    return date.fromisoformat(v[:10]) if v else None


def _acled_date(v: str | None) -> date | None:
    v = (v or "").strip()
    if not v:
        return None
    for fmt in _ACLED_DATE_FORMATS:
        try:
            return datetime.strptime(v, fmt).date()
        except ValueError:
            continue
    raise ValueError(v)


def _ucdp_event(r: dict[str, str], res: _Resolver) -> dict[str, Any] | None:
    event_id = (r.get("id") or "").strip()
    start = _iso_date(r.get("date_start"))
    if not event_id or start is None:
        return None
    end = _iso_date(r.get("date_end")) or start
    country = res.country(r.get("country") or "")
    adm = (r.get("adm_1") or "").strip()
    where = (r.get("where_coordinates") or "").strip()
    pc, admin1 = res.place(adm, country)
    if country is None:
        country = pc or res.place(where, None)[0]
    best = _int(r.get("best"))
    return {"dataset": "ucdp", "event_id": event_id, "date_start": start, "date_end": max(start, end),
            "country": country, "admin1": admin1 or adm or None, "location": where or None,
            "latitude": _float(r.get("latitude")), "longitude": _float(r.get("longitude")),
            "low": _int(r.get("low")), "best": best, "high": _int(r.get("high")),
            "deaths_civilians": _int(r.get("deaths_civilians")),
            "source": (r.get("source_headline") or r.get("source_article") or "").strip() or None}


def _acled_event(r: dict[str, str], res: _Resolver) -> dict[str, Any] | None:
    event_id = (r.get("event_id_cnty") or "").strip()
    day = _acled_date(r.get("event_date"))
    if not event_id or day is None:
        return None
    country: str | None = None
    iso = _int(r.get("iso"))
    if iso is not None:
        country = iso_alpha2(iso)
    if country is None:
        country = res.country(r.get("country") or "")
    adm = (r.get("admin1") or "").strip()
    pc, admin1 = res.place(adm, country)
    if country is None:
        country = pc
    fatalities = _int(r.get("fatalities"))
    return {"dataset": "acled", "event_id": event_id, "date_start": day, "date_end": day,
            "country": country, "admin1": admin1 or adm or None,
            "location": (r.get("location") or "").strip() or None,
            "latitude": _float(r.get("latitude")), "longitude": _float(r.get("longitude")),
            "low": fatalities, "best": fatalities, "high": fatalities, "deaths_civilians": None,
            "source": (r.get("notes") or r.get("source") or "").strip() or None}


def _upsert(conn: Connection, rows: list[dict[str, Any]]) -> None:
    t = reference_events
    name = conn.dialect.name
    keep = ("id", "dataset", "event_id")
    if name == "sqlite":
        from sqlalchemy.dialects import sqlite

        lite = sqlite.insert(t)
        conn.execute(lite.on_conflict_do_update(
            index_elements=[t.c.dataset, t.c.event_id],
            set_={c.name: lite.excluded[c.name] for c in t.columns if c.name not in keep}), rows)
        return
    if name == "postgresql":
        from sqlalchemy.dialects import postgresql

        pg = postgresql.insert(t)
        conn.execute(pg.on_conflict_do_update(
            index_elements=[t.c.dataset, t.c.event_id],
            set_={c.name: pg.excluded[c.name] for c in t.columns if c.name not in keep}), rows)
        return
    for row in rows:                              # other databases: delete then insert
        conn.execute(t.delete().where(t.c.dataset == row["dataset"], t.c.event_id == row["event_id"]))
    conn.execute(t.insert(), rows)


def _open_rows(path: Path) -> tuple[list[str], Iterator[list[str]], TextIO]:
    try:
        fh = path.open(encoding="utf-8-sig", errors="replace", newline="")
    except IsADirectoryError:
        raise InputError(str(path), "is a folder, not a CSV file") from None
    except OSError as e:
        raise InputError(str(path), f"cannot read it ({e.strerror or e})") from None
    first = fh.readline()
    fh.seek(0)
    delim = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(fh, delimiter=delim)
    try:
        header = next(reader, None)
    except csv.Error as e:
        fh.close()
        raise InputError(str(path), f"not a readable CSV file ({e})") from None
    if not header:
        fh.close()
        raise InputError(str(path), "is empty: expected a UCDP GED or ACLED CSV with a header row")
    return header, reader, fh


def _checked(reader: Iterator[list[str]], path: Path) -> Iterator[list[str]]:
    try:
        yield from reader
    except csv.Error as e:
        raise InputError(f"{path}:{getattr(reader, 'line_num', '?')}", f"unreadable CSV row ({e})") from None


def import_reference(store: Store, path: Path, *, progress: Callable[[int], None] | None = None
                     ) -> tuple[str, int, int]:
    """Load a UCDP GED or ACLED CSV into ``reference_events``; returns (dataset, rows imported, rows
    skipped as unusable). Re-importing the same file updates the events in place."""
    path = Path(path)
    header, reader, fh = _open_rows(path)
    try:
        dataset = detect_dataset(header)
        if dataset is None:
            raise InputError(str(path), "unrecognised header: expected a UCDP GED CSV (id, date_start, "
                             "date_end, best, …) or an ACLED CSV (event_id_cnty, event_date, fatalities, …)")
        cols = [h.strip().lower() for h in header]
        parse = _ucdp_event if dataset == "ucdp" else _acled_event
        res = _Resolver()
        imported = skipped = seen = 0
        pending: dict[str, dict[str, Any]] = {}
        countries: set[str] = set()
        placeless: list[str] = []     # events whose country neither a column nor the gazetteer gives

        def flush() -> None:
            if pending:
                with store.engine.begin() as conn:
                    _upsert(conn, list(pending.values()))
                pending.clear()
            if progress is not None:
                progress(seen)

        for values in _checked(reader, path):
            if not any(v.strip() for v in values):
                continue
            seen += 1
            try:
                event = parse(dict(zip(cols, values, strict=False)), res) if len(values) <= len(cols) else None
            except ValueError:
                event = None
            if event is None:
                skipped += 1
                continue
            pending[event["event_id"]] = event
            imported += 1
            if event["country"]:
                countries.add(event["country"])
            elif "country" not in cols and len(placeless) < 100_000:
                placeless.append(event["event_id"])
            if len(pending) >= _BATCH:
                flush()
        flush()
        if placeless and len(countries) == 1:
            # a one-country extract without a country column (as UCDP subsets often are): the few
            # events placed only by a description ("Operation Peace Spring") are in that country too
            only = next(iter(countries))
            t = reference_events
            with store.engine.begin() as conn:
                for i in range(0, len(placeless), 500):
                    conn.execute(t.update().where(t.c.dataset == dataset, t.c.event_id.in_(placeless[i:i + 500]),
                                                  t.c.country.is_(None)).values(country=only))
    finally:
        fh.close()
    return dataset, imported, skipped


# --- comparison -----------------------------------------------------------------------------------------

@dataclass
class Comparison:
    """How Vigil's fatal incidents line up with a reference dataset's events."""

    reference_events: int           # reference events in scope
    matched_reference: int          # of which at least one Vigil incident matches
    vigil_incidents: int            # Vigil fatal incidents in the reference's countries and dates
    unmatched_vigil: int            # of which no reference event matches
    ratio_median: float | None      # Vigil best / reference best over matched pairs (reference best > 0)
    ratio_p25: float | None
    ratio_p75: float | None
    largest: list[dict[str, Any]]   # the largest disagreements, with the evidence of Vigil's figure
    pairs: int = 0                  # matched pairs with both figures (the ratios' sample)
    days: int = 1
    km: float = 50.0
    dataset: str | None = None
    #: per incident: its best / the sum of the reference events paired with it (a report's figure
    #: often covers several of a reference dataset's per-location events)
    incident_ratio_median: float | None = None
    incident_ratio_p25: float | None = None
    incident_ratio_p75: float | None = None
    #: how the matched reference events were matched (their best pair): "distance", "admin1", "country"
    matched_by: dict[str, int] = field(default_factory=dict)

    @property
    def coverage(self) -> float | None:
        return self.matched_reference / self.reference_events if self.reference_events else None

    def to_dict(self) -> dict[str, Any]:
        r = _round
        return {
            "dataset": self.dataset, "days": self.days, "km": self.km,
            "reference_events": self.reference_events, "matched_reference": self.matched_reference,
            "coverage": r(self.coverage), "matched_by": dict(self.matched_by),
            "vigil_incidents": self.vigil_incidents, "unmatched_vigil": self.unmatched_vigil,
            "fatality_ratio": {"pairs": self.pairs, "median": r(self.ratio_median), "p25": r(self.ratio_p25),
                               "p75": r(self.ratio_p75)},
            "fatality_ratio_by_incident": {"median": r(self.incident_ratio_median),
                                           "p25": r(self.incident_ratio_p25), "p75": r(self.incident_ratio_p75)},
            "largest": self.largest,
        }


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 4)


@dataclass
class _Inc:
    id: str
    country: str | None
    outcome: str
    keys: frozenset[str]
    lo: int
    hi: int
    best: int | None
    points: list[tuple[float, float]] = field(default_factory=list)
    country_only: bool = True


_HOW = ("distance", "admin1", "country")


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _quantile(sorted_values: list[float], q: float) -> float | None:
    if not sorted_values:
        return None
    pos = (len(sorted_values) - 1) * q
    i = int(pos)
    j = min(i + 1, len(sorted_values) - 1)
    return sorted_values[i] + (sorted_values[j] - sorted_values[i]) * (pos - i)


def _load_incidents(conn: Connection, countries: set[str] | None, lo: date, hi: date) -> dict[str, _Inc]:
    conds: list[sa.ColumnElement[bool]] = [
        incidents.c.kind == "incident", incidents.c.outcome.in_(list(FATAL_OUTCOMES)),
        incidents.c.start.is_not(None), incidents.c.start <= hi,
        sa.func.coalesce(incidents.c.end, incidents.c.start) >= lo]
    if countries is not None:
        conds.append(incidents.c.country.in_(sorted(countries)))
    found: dict[str, _Inc] = {}
    q = sa.select(incidents.c.id, incidents.c.country, incidents.c.outcome, incidents.c.admin1,
                  incidents.c.start, incidents.c.end, incidents.c.best).where(*conds)
    for r in conn.execute(q):
        try:
            names = json.loads(r.admin1 or "[]")
        except ValueError:
            names = []
        end = r.end or r.start
        found[r.id] = _Inc(r.id, r.country, r.outcome, frozenset(admin1_key(n) for n in names if n),
                           r.start.toordinal(), max(end, r.start).toordinal(), r.best,
                           country_only=not names)
    sub = sa.select(incidents.c.id).where(*conds)
    qp = (sa.select(incident_claims.c.incident_id, claim_places.c.lat, claim_places.c.lon, claim_places.c.precision)
          .join(claim_places, claim_places.c.claim_id == incident_claims.c.claim_id)
          .where(incident_claims.c.incident_id.in_(sub)))
    for p in conn.execute(qp):
        inc = found.get(p.incident_id)
        if inc is None:
            continue
        if p.precision in ("country", "region"):
            continue                              # a country's reference point is no location
        inc.country_only = False
        if p.lat is not None and p.lon is not None and len(inc.points) < 32 and (p.lat, p.lon) not in inc.points:
            inc.points.append((p.lat, p.lon))
    return found


def _evidence(conn: Connection, incident_id: str) -> tuple[str | None, str | None]:
    """The evidence sentence of the claim that gave an incident's best figure, and its report's URL."""
    body = conn.execute(sa.select(incidents.c.body).where(incidents.c.id == incident_id)).scalar()
    if body is None:
        return None, None
    inc = json.loads(body)
    best = inc.get("best")
    claim_id: int | None = None
    for h in reversed(inc.get("history") or []):
        if best is not None and (h.get("value") == best or (h.get("value") is None and h.get("low") == best)):
            claim_id = h.get("claim")
            break
    if claim_id is None and inc.get("claims"):
        claim_id = inc["claims"][0]
    if claim_id is None:
        return None, None
    row = conn.execute(sa.select(claims.c.evidence_text, reports.c.url)
                       .join(reports, reports.c.id == claims.c.report_id).where(claims.c.id == claim_id)).first()
    return (row.evidence_text, row.url) if row is not None else (None, None)


def compare(store: Store, *, days: int = 1, km: float = 50.0, dataset: str | None = None,
            top: int = 10) -> Comparison:
    """Match Vigil's fatal incidents with the stored reference events (see the module docs) and measure
    coverage and fatality agreement. Vigil incidents count only within the reference's scope: its
    countries and its dates (± ``days``)."""
    if dataset is not None and dataset not in DATASETS:
        raise InputError("--dataset", f"unknown reference dataset {dataset!r} (choose from {', '.join(DATASETS)})")
    if days < 0:
        raise InputError("--days", "must be zero or more")
    if km < 0:
        raise InputError("--km", "must be zero or more")
    t = reference_events
    q = sa.select(t.c.dataset, t.c.event_id, t.c.date_start, t.c.date_end, t.c.country, t.c.admin1,
                  t.c.location, t.c.latitude, t.c.longitude, t.c.best, t.c.source).where(t.c.date_start.is_not(None))
    if dataset is not None:
        q = q.where(t.c.dataset == dataset)
    with store.engine.connect() as conn:
        refs = conn.execute(q.order_by(t.c.date_start, t.c.id)).all()
        if not refs:
            return Comparison(0, 0, 0, 0, None, None, None, [], days=days, km=km, dataset=dataset)
        countries: set[str] | None = {r.country for r in refs if r.country}
        if any(r.country is None for r in refs):
            countries = None
        lo = min(r.date_start for r in refs)
        hi = max(r.date_end or r.date_start for r in refs)
        incs = _load_incidents(conn, countries, lo - timedelta(days=days), hi + timedelta(days=days))

        week = 7
        by_country: dict[tuple[str | None, int], list[_Inc]] = {}
        by_week: dict[int, list[_Inc]] = {}
        for inc in incs.values():
            for b in range((inc.lo - days) // week, (inc.hi + days) // week + 1):
                by_country.setdefault((inc.country, b), []).append(inc)
                if countries is None:
                    by_week.setdefault(b, []).append(inc)

        matched_incs: set[str] = set()
        pairs: list[tuple[Any, _Inc]] = []
        matched_refs = 0
        matched_by: dict[str, int] = {}
        for ref in refs:
            rlo = ref.date_start.toordinal()
            rhi = (ref.date_end or ref.date_start).toordinal()
            rkey = admin1_key(ref.admin1) if ref.admin1 else None
            rpt = (ref.latitude, ref.longitude) if ref.latitude is not None and ref.longitude is not None else None
            seen: set[str] = set()
            best_key: tuple[int, float, int, str] | None = None
            best_inc: _Inc | None = None
            for b in range(rlo // week, rhi // week + 1):
                bucket = by_country.get((ref.country, b), []) if ref.country else by_week.get(b, [])
                for inc in bucket:
                    if inc.id in seen:
                        continue
                    seen.add(inc.id)
                    if inc.lo > rhi + days or inc.hi < rlo - days:
                        continue
                    score: tuple[int, float] | None = None
                    if rpt is not None and inc.points:
                        d = min(_km(rpt, p) for p in inc.points)
                        if d <= km:
                            score = (0, d)
                    if score is None and rkey is not None and rkey in inc.keys:
                        score = (1, 0.0)
                    if score is None and inc.country_only and ref.country is not None and inc.country == ref.country:
                        score = (2, 0.0)
                    if score is None:
                        continue
                    matched_incs.add(inc.id)
                    gap = max(0, inc.lo - rhi, rlo - inc.hi)
                    k = (score[0], score[1], gap, inc.id)
                    if best_key is None or k < best_key:
                        best_key, best_inc = k, inc
            if best_inc is not None and best_key is not None:
                matched_refs += 1
                how = _HOW[best_key[0]]
                matched_by[how] = matched_by.get(how, 0) + 1
                pairs.append((ref, best_inc))

        ratios: list[float] = []
        scored: list[tuple[int, float, Any, _Inc]] = []
        per_inc: dict[str, list[int]] = {}
        for ref, inc in pairs:
            if inc.outcome != "killed" or inc.best is None or ref.best is None:
                continue
            per_inc.setdefault(inc.id, []).append(ref.best)
            if ref.best > 0:
                ratio = inc.best / ref.best
                ratios.append(ratio)
                scored.append((abs(inc.best - ref.best), ratio, ref, inc))
        ratios.sort()
        inc_ratios: list[float] = []
        for iid, figures in per_inc.items():
            vigil_best = incs[iid].best
            if vigil_best is not None and sum(figures) > 0:
                inc_ratios.append(vigil_best / sum(figures))
        inc_ratios.sort()
        scored.sort(key=lambda s: (-s[0], -abs(math.log(s[1])) if s[1] > 0 else 0.0, s[3].id, s[2].event_id))
        largest: list[dict[str, Any]] = []
        shown: set[str] = set()
        for diff, ratio, ref, inc in scored:
            if len(largest) >= top:
                break
            if inc.id in shown:                    # one line per incident: its largest disagreement
                continue
            shown.add(inc.id)
            evidence, url = _evidence(conn, inc.id)
            largest.append({
                "incident": inc.id, "reference_event": ref.event_id, "dataset": ref.dataset,
                "date": ref.date_start.isoformat(), "country": ref.country, "admin1": ref.admin1,
                "location": ref.location, "vigil_best": inc.best, "reference_best": ref.best,
                "difference": inc.best - ref.best if inc.best is not None else diff,
                "ratio": round(ratio, 4), "evidence": evidence, "report_url": url,
                "reference_source": ref.source,
            })
    in_scope = len(incs)
    return Comparison(
        reference_events=len(refs), matched_reference=matched_refs, vigil_incidents=in_scope,
        unmatched_vigil=in_scope - len(matched_incs), ratio_median=_quantile(ratios, 0.5),
        ratio_p25=_quantile(ratios, 0.25), ratio_p75=_quantile(ratios, 0.75), largest=largest,
        pairs=len(ratios), days=days, km=km, dataset=dataset,
        incident_ratio_median=_quantile(inc_ratios, 0.5), incident_ratio_p25=_quantile(inc_ratios, 0.25),
        incident_ratio_p75=_quantile(inc_ratios, 0.75), matched_by=matched_by,
    )
