"""Exports of the stored incidents: ACLED- and UCDP GED-compatible CSV, GeoJSON, flat CSV, JSON Lines.

Everything streams: the ``incidents`` table is read in ``sort_key`` order (start date, undated last,
then id) through a server-side cursor on PostgreSQL (SQLite's cursor steps through the table by
itself), ``batch`` rows at a time. The ACLED, UCDP and GeoJSON writers also need each incident's place
and reports: one more streamed query joins ``incident_claims`` with ``claims``, ``reports`` and
``claim_places`` in the same order, and the two streams are merged as they come (no per-batch
look-ups), so memory stays flat whatever the number of incidents.

The ACLED and UCDP formats fill only what Vigil knows and leave the rest blank: never a guessed value
presented as coded (no event types, actors or violence types). ``docs/exports.md`` says column by
column what is filled and from what.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import cache, lru_cache
from itertools import chain
from typing import Any, NamedTuple, TextIO

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from vigil.errors import InputError
from vigil.geo import country_names
from vigil.incidents import incident_conditions
from vigil.store import Store, claim_places, claims, incident_claims, incidents, reports

__all__ = ["ACLED_COLUMNS", "CSV_COLUMNS", "FATAL_OUTCOMES", "FORMATS", "NO_FILTER", "UCDP_COLUMNS",
           "IncidentFilter", "PlaceInfo", "acled_geo_precision", "acled_time_precision", "best_place", "export",
           "iso_alpha2", "iso_numeric", "iter_incidents", "summary", "ucdp_date_prec", "ucdp_where_prec"]

FORMATS = ("acled", "ucdp", "geojson", "csv", "jsonl")

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

UCDP_COLUMNS: tuple[str, ...] = (
    "id", "relid", "year", "active_year", "type_of_violence", "conflict_name", "dyad_name", "side_a",
    "side_b", "source_article", "source_office", "source_date", "source_headline", "source_original",
    "where_prec", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "country", "country_id",
    "region", "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
    "deaths_civilians", "deaths_unknown", "best", "high", "low",
)

#: the flat incident columns of ``--format csv`` (lists joined with "; ")
CSV_COLUMNS: tuple[str, ...] = (
    "id", "kind", "parent", "outcome", "victims", "country", "admin1", "start", "end", "low", "best", "high",
    "status", "independent_sources", "sources", "flags", "rule", "claims",
)

#: outcomes whose figures are deaths (``casualties``: killed and injured together, not split)
FATAL_OUTCOMES = ("killed", "casualties")

_PRECISION_RANK = {"point": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4}
_MAX_LISTED = 20          # reports / sources listed in one cell at most
_MAX_HISTORY = 5          # toll history points quoted in ACLED notes

# ISO 3166-1 alpha-2 -> numeric (ACLED's ``iso`` column; Kosovo has none: ACLED uses 0)
_ISO_NUMERIC_TABLE = """
AD020 AE784 AF004 AG028 AI660 AL008 AM051 AO024 AQ010 AR032 AS016 AT040 AU036 AW533 AX248 AZ031 BA070
BB052 BD050 BE056 BF854 BG100 BH048 BI108 BJ204 BL652 BM060 BN096 BO068 BQ535 BR076 BS044 BT064 BV074
BW072 BY112 BZ084 CA124 CC166 CD180 CF140 CG178 CH756 CI384 CK184 CL152 CM120 CN156 CO170 CR188 CU192
CV132 CW531 CX162 CY196 CZ203 DE276 DJ262 DK208 DM212 DO214 DZ012 EC218 EE233 EG818 EH732 ER232 ES724
ET231 FI246 FJ242 FK238 FM583 FO234 FR250 GA266 GB826 GD308 GE268 GF254 GG831 GH288 GI292 GL304 GM270
GN324 GP312 GQ226 GR300 GS239 GT320 GU316 GW624 GY328 HK344 HM334 HN340 HR191 HT332 HU348 ID360 IE372
IL376 IM833 IN356 IO086 IQ368 IR364 IS352 IT380 JE832 JM388 JO400 JP392 KE404 KG417 KH116 KI296 KM174
KN659 KP408 KR410 KW414 KY136 KZ398 LA418 LB422 LC662 LI438 LK144 LR430 LS426 LT440 LU442 LV428 LY434
MA504 MC492 MD498 ME499 MF663 MG450 MH584 MK807 ML466 MM104 MN496 MO446 MP580 MQ474 MR478 MS500 MT470
MU480 MV462 MW454 MX484 MY458 MZ508 NA516 NC540 NE562 NF574 NG566 NI558 NL528 NO578 NP524 NR520 NU570
NZ554 OM512 PA591 PE604 PF258 PG598 PH608 PK586 PL616 PM666 PN612 PR630 PS275 PT620 PW585 PY600 QA634
RE638 RO642 RS688 RU643 RW646 SA682 SB090 SC690 SD729 SE752 SG702 SH654 SI705 SJ744 SK703 SL694 SM674
SN686 SO706 SR740 SS728 ST678 SV222 SX534 SY760 SZ748 TC796 TD148 TF260 TG768 TH764 TJ762 TK772 TL626
TM795 TN788 TO776 TR792 TT780 TV798 TW158 TZ834 UA804 UG800 UM581 US840 UY858 UZ860 VA336 VC670 VE862
VG092 VI850 VN704 VU548 WF876 WS882 XK000 YE887 YT175 ZA710 ZM894 ZW716
"""
_ISO_NUMERIC: dict[str, int] = {tok[:2]: int(tok[2:]) for tok in _ISO_NUMERIC_TABLE.split()}


def iso_numeric(code: str | None) -> int | None:
    """ISO 3166-1 numeric code of an alpha-2 code ("SY" -> 760), None when unknown."""
    return _ISO_NUMERIC.get(code.upper()) if code else None


def iso_alpha2(numeric: int) -> str | None:
    """The alpha-2 code of an ISO 3166-1 numeric code (760 -> "SY")."""
    for code, n in _ISO_NUMERIC.items():
        if n == numeric:
            return code
    return None


@dataclass(frozen=True)
class IncidentFilter:
    """Which incidents to export (the same meaning as ``vigil incidents``' options)."""

    country: str | None = None
    since: date | None = None
    until: date | None = None
    outcome: str | None = None
    victims: str | None = None
    status: str | None = None
    kind: str | None = None
    #: further conditions on ``incidents`` (the dashboard's source and text search); not compared
    where: tuple[Any, ...] = field(default=(), compare=False)


NO_FILTER = IncidentFilter()


class PlaceInfo(NamedTuple):
    """The place an incident is exported at: the most precise of its claims' places."""

    name: str
    admin1: str | None
    country: str
    lat: float | None
    lon: float | None
    precision: str


class _ReportInfo(NamedTuple):
    id: int
    outlet: str | None
    url: str | None
    title: str | None
    published: date | None


@dataclass
class _Row:
    incident: dict[str, Any]
    updated_at: datetime | None
    place: PlaceInfo | None = None
    reports: tuple[_ReportInfo, ...] = ()


# --- reading -------------------------------------------------------------------------------------------

def _conditions(f: IncidentFilter, outcomes: Sequence[str] | None, *,
                sqlite: bool = False) -> list[sa.ColumnElement[bool]]:
    conds = incident_conditions(country=f.country, since=f.since, until=f.until, outcome=f.outcome,
                                victims=f.victims, status=f.status, kind=f.kind)
    conds.extend(f.where)
    if outcomes is not None:
        # SQLite would read several outcomes from the (outcome, sort_key) index and then sort every row,
        # bodies and all, in a temporary table; as an expression the outcome is a filter on the rows
        # read in sort_key order instead (or in the order of the country's index), and nothing is sorted
        col = incidents.c.outcome + "" if sqlite else incidents.c.outcome
        conds.append(col.in_(list(outcomes)))
    return conds


def _stream(conn: Connection, q: sa.Select[Any], batch: int) -> Iterator[Any]:
    """The rows of ``q`` fetched ``batch`` at a time: a server-side cursor on PostgreSQL (psycopg's
    named cursor), SQLite's own stepping cursor, so neither client nor driver holds the whole result."""
    result = conn.execution_options(stream_results=True, yield_per=batch).execute(q)
    return chain.from_iterable(result.partitions())     # a batch of rows a call, not one


@contextmanager
def _reading(store: Store) -> Iterator[Connection]:
    """One connection and one snapshot for an export's queries (a repeatable-read transaction on
    PostgreSQL, one read transaction on SQLite), so the incidents and their claims' reports and places
    (two streams merged by sort key) agree even while other processes write."""
    with store.engine.connect() as conn:
        pg = conn.dialect.name == "postgresql"
        if pg:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            if pg:      # every row is read: plan for the whole result (hash joins), not the first rows
                conn.exec_driver_sql("SET LOCAL cursor_tuple_fraction = 1.0")
            elif conn.dialect.name == "sqlite" and not getattr(conn.connection.driver_connection,
                                                               "in_transaction", True):
                conn.exec_driver_sql("BEGIN")       # the driver opens no transaction for reads by itself
            yield conn


def _incident_rows(conn: Connection, conds: list[sa.ColumnElement[bool]], batch: int) -> Iterator[Any]:
    q = (sa.select(incidents.c.sort_key, incidents.c.body, incidents.c.updated_at).where(*conds)
         .order_by(incidents.c.sort_key))
    return _stream(conn, q, batch)


def iter_incidents(store: Store, f: IncidentFilter = NO_FILTER, batch: int = 1000) -> Iterator[dict[str, Any]]:
    """Stored incidents (their JSON form), filtered, ordered by start date (undated last) then id,
    streamed ``batch`` rows at a time so that memory does not grow with the number of incidents."""
    for body in _bodies(store, f, batch):
        yield json.loads(body)


def _bodies(store: Store, f: IncidentFilter, batch: int) -> Iterator[str]:
    if batch < 1:
        raise ValueError("batch must be positive")
    with _reading(store) as conn:
        for r in _incident_rows(conn, _conditions(f, None), batch):
            yield r.body


def best_place(places: Iterable[PlaceInfo], country: str | None = None) -> PlaceInfo | None:
    """The most precise place (point, admin2, admin1, region, country), preferring places with
    coordinates, in the incident's country, named by most claims, then first named."""
    counts: dict[PlaceInfo, int] = {}
    order: dict[PlaceInfo, int] = {}
    for p in places:
        counts[p] = counts.get(p, 0) + 1
        order.setdefault(p, len(order))
    if not counts:
        return None

    def key(p: PlaceInfo) -> tuple[int, int, int, int, int]:
        return (0 if country is None or p.country == country else 1, 0 if p.lat is not None else 1,
                _PRECISION_RANK.get(p.precision, 9), -counts[p], order[p])

    return min(counts, key=key)


def _enriched(store: Store, f: IncidentFilter, batch: int, outcomes: Sequence[str] | None) -> Iterator[_Row]:
    """Incidents with their place and reports: two streamed queries (the incidents; their claims with
    each claim's report and places, joined), both in the incidents' sort key order and merged here as
    they come, so each incident's places and reports arrive with it and memory stays flat."""
    if batch < 1:
        raise ValueError("batch must be positive")
    conds = _conditions(f, outcomes, sqlite=store.engine.dialect.name == "sqlite")
    linked_q = (sa.select(incidents.c.sort_key, reports.c.id, reports.c.outlet, reports.c.url, reports.c.title,
                          reports.c.published, claim_places.c.id, claim_places.c.name, claim_places.c.admin1,
                          claim_places.c.country, claim_places.c.lat, claim_places.c.lon, claim_places.c.precision)
                .select_from(incidents
                             .join(incident_claims, incident_claims.c.incident_id == incidents.c.id)
                             .join(claims, claims.c.id == incident_claims.c.claim_id)
                             .join(reports, reports.c.id == claims.c.report_id)
                             .outerjoin(claim_places, claim_places.c.claim_id == incident_claims.c.claim_id))
                .where(*conds).order_by(incidents.c.sort_key))
    with _reading(store) as conn:
        linked = _stream(conn, linked_q, batch * 4)
        x = next(linked, None)
        for r in _incident_rows(conn, conds, batch):
            key = r.sort_key
            inc = json.loads(r.body)
            row = _Row(inc, r.updated_at)
            if x is not None and x[0] == key:
                places: dict[int, PlaceInfo] = {}
                reps: dict[int, _ReportInfo] = {}
                while x is not None and x[0] == key:
                    if x[1] not in reps:
                        reps[x[1]] = _ReportInfo(x[1], x[2], x[3], x[4], x[5])
                    if x[6] is not None:
                        places[x[6]] = PlaceInfo(x[7], x[8], x[9], x[10], x[11], x[12])
                    x = next(linked, None)
                if places:      # in the order the places were stored (first named first)
                    row.place = best_place([places[k] for k in sorted(places)], inc.get("country"))
                # by publication date (undated last), then id
                row.reports = tuple(sorted(reps.values(), key=_report_order))
            yield row


def _report_order(r: _ReportInfo) -> tuple[bool, date, int]:
    return (r.published is None, r.published or date.min, r.id)


# --- codebook scales ------------------------------------------------------------------------------------

def _span_days(inc: dict[str, Any]) -> int | None:
    start, end = inc.get("start"), inc.get("end")
    if not start:
        return None
    return (date.fromisoformat(end or start) - date.fromisoformat(start)).days + 1


def _by_publication(inc: dict[str, Any]) -> bool:
    return "dated by publication only" in (inc.get("flags") or ())


def acled_time_precision(inc: dict[str, Any]) -> int | None:
    """ACLED ``time_precision``: 1 the day is known; 2 a span of up to a week (or a day inferred only
    from the publication date); 3 a longer span (the month or more)."""
    n = _span_days(inc)
    if n is None:
        return None
    if n == 1:
        return 2 if _by_publication(inc) else 1
    return 2 if n <= 7 else 3


def ucdp_date_prec(inc: dict[str, Any]) -> int | None:
    """UCDP GED ``date_prec``: 1 exact day; 2 a span of 2-6 days (or a day inferred only from the
    publication date); 3 a week; 4 8-30 days; 5 more than 30 days."""
    n = _span_days(inc)
    if n is None:
        return None
    if n == 1:
        return 2 if _by_publication(inc) else 1
    if n <= 6:
        return 2
    if n == 7:
        return 3
    return 4 if n <= 30 else 5


def acled_geo_precision(p: PlaceInfo | None) -> int | None:
    """ACLED ``geo_precision``: 1 a town or village (point); 2 near a town / a district (admin2); 3 only
    the province (admin1). ACLED has no code for country-wide places: blank."""
    if p is None or p.lat is None:
        return None
    return {"point": 1, "admin2": 2, "admin1": 3}.get(p.precision)


def ucdp_where_prec(p: PlaceInfo | None) -> int | None:
    """UCDP GED ``where_prec``: 1 exact location (point); 3 second-order division (admin2); 4 first-order
    division (admin1); 5 a part of the country (region); 6 only the country."""
    if p is None:
        return None
    return {"point": 1, "admin2": 3, "admin1": 4, "region": 5, "country": 6}.get(p.precision)


# --- row builders ---------------------------------------------------------------------------------------

_VICTIM_WORDS = {"civilians": "civilians", "state_forces": "state forces", "non_state_fighters": "non-state fighters",
                 "combatants": "combatants", "people": "people", "mixed": "people of several categories"}
_OUTCOME_WORDS = {"casualties": "killed and injured (not split)"}


def _listed(items: Iterable[str | None]) -> str:
    if isinstance(items, (list, tuple)) and len(items) == 1:
        return items[0] or ""
    seen: dict[str, None] = {}
    for it in items:
        if it:
            seen[it] = None
    more = len(seen) - _MAX_LISTED
    text = "; ".join(list(seen)[:_MAX_LISTED])
    return f"{text}; (+{more} more)" if more > 0 else text


_FORMULA_START = frozenset("=+-@\t\r")


def _defused(c: str) -> str:
    try:
        float(c)
    except ValueError:
        return "'" + c
    return c


def _safe(cells: list[str]) -> list[str]:
    """Text from reports that a spreadsheet would run as a formula ("=HYPERLINK(…)") gets a leading
    apostrophe; numbers are left alone."""
    return [_defused(c) if c and c[0] in _FORMULA_START else c for c in cells]


def _num(v: Any) -> str:
    return "" if v is None else str(v)


def _coord(v: float | None) -> str:
    return "" if v is None else f"{v:.5f}".rstrip("0").rstrip(".")


def _best_source(inc: dict[str, Any]) -> str | None:
    best = inc.get("best")
    hist = inc.get("history") or []
    for h in reversed(hist):
        if best is not None and (h.get("value") == best or (h.get("value") is None and h.get("low") == best)):
            return str(h.get("source")) if h.get("source") else None
    sources = inc.get("sources") or []
    return "; ".join(sources) if sources else None


def summary(inc: dict[str, Any]) -> str:
    """A short account: "best 14 killed civilians per SOURCE (low 14, high 14; single-source); history:
    2025-05-06 SOURCE 14"."""
    outcome = _OUTCOME_WORDS.get(inc["outcome"], inc["outcome"])
    victims = _VICTIM_WORDS.get(inc["victims"], inc["victims"])
    best = inc.get("best")
    head = f"best {best if best is not None else 'unknown number'} {outcome} {victims}"
    src = _best_source(inc)
    if src:
        head += f" per {src}"
    head += f" (low {_num(inc.get('low')) or '?'}, high {_num(inc.get('high')) or '?'}; {inc.get('status')}"
    if inc.get("admin1") and len(inc["admin1"]) > 1:
        head += f"; provinces {', '.join(inc['admin1'])}"
    head += ")"
    hist = inc.get("history") or []
    if hist:
        parts = []
        for h in hist[:_MAX_HISTORY]:
            fig = h.get("value")
            if fig is None:
                fig = "-".join(_num(x) for x in (h.get("low"), h.get("high")) if x is not None) or "?"
            parts.append(f"{h.get('published') or 'undated'} {h.get('source') or 'report'} {fig}")
        if len(hist) > _MAX_HISTORY:
            parts.append(f"+{len(hist) - _MAX_HISTORY} more")
        head += "; history: " + ", ".join(parts)
    return head + f"; Vigil incident {inc['id']}"


def _admin1(inc: dict[str, Any], p: PlaceInfo | None) -> str:
    if p is not None and p.admin1:
        return p.admin1
    a = inc.get("admin1") or []
    return str(a[0]) if len(a) == 1 else ""


@cache
def _country_name(code: str | None) -> str:
    if not code:
        return ""
    return country_names().get(code.upper()) or code     # the country rows only, not the whole gazetteer


@lru_cache(maxsize=4096)       # incidents reconciled together share their updated_at
def _timestamp(updated: datetime | None) -> str:
    if updated is None:
        return ""
    if updated.tzinfo is None:
        updated = updated.replace(tzinfo=UTC)
    return str(int(updated.timestamp()))


def _cells(values: dict[str, str], columns: tuple[str, ...]) -> list[str]:
    """A row of ``columns``: the ``values`` given, the other columns blank."""
    row = dict.fromkeys(columns, "")
    row.update(values)
    if len(row) != len(columns):    # a value for no column is left out
        return [values.get(c, "") for c in columns]
    return list(row.values())


def acled_row(row: _Row) -> list[str]:
    inc, p = row.incident, row.place
    killed = inc["outcome"] == "killed"
    start = inc.get("start") or ""
    geo = acled_geo_precision(p)
    values: dict[str, str] = {
        "event_id_cnty": inc["id"],
        "event_date": start,
        "year": start[:4],
        "time_precision": _num(acled_time_precision(inc)),
        "iso": _num(iso_numeric(inc.get("country"))),
        "country": _country_name(inc.get("country")),
        "admin1": _admin1(inc, p),
        "location": p.name if p is not None else "",
        "latitude": _coord(p.lat) if p is not None and geo is not None else "",
        "longitude": _coord(p.lon) if p is not None and geo is not None else "",
        "geo_precision": _num(geo),
        "source": _listed([*(inc.get("sources") or []), *(r.outlet for r in row.reports)]),
        "notes": summary(inc),
        "fatalities": _num(inc.get("best")) if killed else "",
        "timestamp": _timestamp(row.updated_at),
    }
    return _cells(values, ACLED_COLUMNS)


_DEATHS_COLUMN = {"civilians": "deaths_civilians", "state_forces": "deaths_a", "non_state_fighters": "deaths_b"}


def ucdp_row(row: _Row) -> list[str]:
    inc, p = row.incident, row.place
    killed = inc["outcome"] == "killed"
    best = inc.get("best")
    start = inc.get("start") or ""
    values: dict[str, str] = {
        "id": inc["id"],
        "year": start[:4],
        "source_article": _listed([r.url or (f"{r.outlet} {r.published or ''}".strip() if r.outlet else None)
                                   for r in row.reports]),
        "source_office": _listed([r.outlet for r in row.reports]),
        "source_date": _listed([r.published.isoformat() if r.published else None for r in row.reports]),
        "source_headline": _listed([r.title for r in row.reports]),
        "source_original": _listed(inc.get("sources") or []),
        "where_prec": _num(ucdp_where_prec(p)),
        "where_coordinates": p.name if p is not None else "",
        "adm_1": _admin1(inc, p),
        "latitude": _coord(p.lat) if p is not None else "",
        "longitude": _coord(p.lon) if p is not None else "",
        "country": _country_name(inc.get("country")),
        "date_prec": _num(ucdp_date_prec(inc)),
        "date_start": start,
        "date_end": inc.get("end") or start,
    }
    if killed:
        values.update(best=_num(best), low=_num(inc.get("low")), high=_num(inc.get("high")))
        if best is not None:
            target = _DEATHS_COLUMN.get(inc["victims"], "deaths_unknown")
            for col in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"):
                values[col] = str(best) if col == target else "0"
    else:   # casualties: deaths are somewhere between 0 and the killed-and-injured figure
        values["high"] = _num(inc.get("high"))
    return _cells(values, UCDP_COLUMNS)


def csv_row(inc: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for c in CSV_COLUMNS:
        v = inc.get(c)
        if isinstance(v, list):
            out.append("; ".join(str(x) for x in v))
        else:
            out.append(_num(v))
    return out


def feature(row: _Row) -> dict[str, Any]:
    props = {k: v for k, v in row.incident.items() if k != "history"}
    p = row.place
    props["location"] = p.name if p is not None else None
    props["location_precision"] = p.precision if p is not None else None
    geom = ({"type": "Point", "coordinates": [p.lon, p.lat]}
            if p is not None and p.lat is not None and p.lon is not None else None)
    return {"type": "Feature", "id": row.incident["id"], "geometry": geom, "properties": props}


# --- export ---------------------------------------------------------------------------------------------

def _codebook_filter(f: IncidentFilter) -> IncidentFilter:
    """ACLED and UCDP rows are events: episodes (running totals over several incidents) are left out
    unless asked for with ``kind``."""
    if f.kind is not None:
        return f
    return replace(f, kind="incident")


def export(store: Store, fmt: str, out: TextIO, f: IncidentFilter = NO_FILTER, *, batch: int = 1000) -> int:
    """Write the incidents matching ``f`` to ``out`` in format ``fmt`` (one of :data:`FORMATS`);
    returns the number of rows (features, lines) written."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise InputError("--format", f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    n = 0
    if fmt in ("acled", "ucdp"):
        w = csv.writer(out, lineterminator="\n")
        w.writerow(ACLED_COLUMNS if fmt == "acled" else UCDP_COLUMNS)
        build = acled_row if fmt == "acled" else ucdp_row
        for row in _enriched(store, _codebook_filter(f), batch, FATAL_OUTCOMES):
            w.writerow(_safe(build(row)))
            n += 1
    elif fmt == "geojson":
        out.write('{"type": "FeatureCollection", "features": [\n')
        for row in _enriched(store, f, batch, None):
            if n:
                out.write(",\n")
            out.write(json.dumps(feature(row), ensure_ascii=False))
            n += 1
        out.write("\n]}\n")
    elif fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(CSV_COLUMNS)
        for inc in iter_incidents(store, f, batch):
            w.writerow(_safe(csv_row(inc)))
            n += 1
    else:       # the stored body is the incident's JSON already
        for body in _bodies(store, f, batch):
            out.write(body)
            out.write("\n")
            n += 1
    return n
