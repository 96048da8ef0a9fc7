"""Incidents in the store: reconcile the stored claims and persist, query and show the result.

:func:`run_reconcile` loads every claim with its report's provenance, runs
:func:`vigil.reconcile.reconcile` and replaces the stored incidents in one transaction. Incident ids
are derived from their earliest claim, so an incident keeps its id when later reports add to it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from vigil.errors import InputError
from vigil.models import Claim
from vigil.reconcile import ClaimRecord, Incident, reconcile
from vigil.store import Store, claim_places, claims, incident_claims, incidents


def claim_records(store: Store, ids: Sequence[int] | None = None) -> list[ClaimRecord]:
    """Stored claims (all, or these ids) as reconcile inputs, with ``part_of`` resolved to database ids."""
    if ids is None:
        rows = list(store.query_claims())
    else:
        rows = [r for i in range(0, len(ids), 20_000) for r in store.query_claims(ids=ids[i:i + 20_000])]
    key_to_id = {(r.report_id, r.claim.id): r.id for r in rows}
    return [
        ClaimRecord(claim_id=r.id, report_id=r.report_id, published=r.published, outlet=r.outlet,
                    duplicate_of=r.duplicate_of, claim=r.claim,
                    parent_id=key_to_id.get((r.report_id, r.claim.part_of)) if r.claim.part_of else None)
        for r in rows
    ]


def run_reconcile(store: Store, report_ids: Sequence[int] | None = None) -> list[Incident]:
    """Reconcile stored claims into incidents and store them.

    With ``report_ids`` (the reports just added), only the (country, outcome) blocks their claims fall
    in are recomputed and replaced: reconcile never groups across those blocks, so the rest stand as
    they are. Without, everything is recomputed. Either way ids are stable (earliest claim)."""
    if report_ids is None:
        found = reconcile(claim_records(store))
        blocks: set[tuple[str | None, str]] | None = None
    else:
        touched = [r for rid in report_ids for r in store.query_claims(report_id=rid)]
        blocks = {(_first_country(r.claim), r.claim.outcome) for r in touched}
        if not blocks:
            return []
        found = [i for i in reconcile(claim_records(store, _block_claim_ids(store, blocks)))
                 if (i.country, i.outcome) in blocks]
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        if blocks is None:
            conn.execute(incident_claims.delete())
            conn.execute(incidents.delete())
        else:
            for country, outcome in blocks:
                where = sa.and_(incidents.c.outcome == outcome, incidents.c.country == country
                                if country is not None else incidents.c.country.is_(None))
                old = sa.select(incidents.c.id).where(where)
                conn.execute(incident_claims.delete().where(incident_claims.c.incident_id.in_(old)))
                conn.execute(incidents.delete().where(where))
        if found:
            conn.execute(incidents.insert(), [_row(i, now) for i in found])
            links = [{"incident_id": i.id, "claim_id": c} for i in found for c in set(i.claims)]
            if links:
                conn.execute(incident_claims.insert(), links)
    return found


def _first_country(c: Claim) -> str | None:
    return next((p.country.upper() for p in c.places if p.country), None)


def _block_claim_ids(store: Store, blocks: set[tuple[str | None, str]]) -> list[int]:
    """Claims that may fall in these (country, outcome) blocks: a superset, filtered after reconcile."""
    countries = {c for c, _ in blocks if c is not None}
    outcomes = {o for _, o in blocks}
    placed = sa.select(claim_places.c.claim_id).where(claim_places.c.country.in_(countries))
    cond = [claims.c.id.in_(placed)] if countries else []
    if any(c is None for c, _ in blocks):
        cond.append(~claims.c.id.in_(sa.select(claim_places.c.claim_id)))
    with store.engine.connect() as conn:
        return [r[0] for r in conn.execute(sa.select(claims.c.id).where(
            claims.c.outcome.in_(outcomes), sa.or_(*cond)).order_by(claims.c.id))]


def _row(i: Incident, now: datetime) -> dict[str, Any]:
    return {"id": i.id, "kind": i.kind, "parent": i.parent, "outcome": i.outcome, "victims": i.victims,
            "country": i.country, "admin1": json.dumps(i.admin1, ensure_ascii=False), "start": i.start,
            "end": i.end, "low": i.low, "best": i.best, "high": i.high, "status": i.status,
            "independent_sources": i.independent_sources,
            "body": json.dumps(i.to_dict(), ensure_ascii=False, default=str), "updated_at": now,
            "sort_key": sort_key(i.start, i.id)}


def sort_key(start: date | None, incident_id: str) -> str:
    """Incidents are listed by start date (undated last), then id: this string orders them so."""
    return f"{start.isoformat() if start else '9999-12-31'}|{incident_id}"


def incident_conditions(*, country: str | None = None, since: date | None = None, until: date | None = None,
                        outcome: str | None = None, victims: str | None = None, status: str | None = None,
                        kind: str | None = None) -> list[sa.ColumnElement[bool]]:
    """Filters on ``incidents``, shared by the CLI, the exports and the API. Dates select incidents
    whose span overlaps the range."""
    cond: list[sa.ColumnElement[bool]] = []
    if country:
        cond.append(incidents.c.country == country.upper())
    if since:
        cond.append(sa.func.coalesce(incidents.c.end, incidents.c.start) >= since)
    if until:
        cond.append(sa.func.coalesce(incidents.c.start, incidents.c.end) <= until)
    for col, value in ((incidents.c.outcome, outcome), (incidents.c.victims, victims),
                       (incidents.c.status, status), (incidents.c.kind, kind)):
        if value:
            cond.append(col == value)
    return cond


def query_incidents(store: Store, *, country: str | None = None, since: date | None = None,
                    until: date | None = None, outcome: str | None = None, victims: str | None = None,
                    status: str | None = None, kind: str | None = None,
                    limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Stored incidents (their JSON form), filtered, ordered by start date then id."""
    q = sa.select(incidents.c.body).where(*incident_conditions(
        country=country, since=since, until=until, outcome=outcome, victims=victims, status=status, kind=kind))
    q = q.order_by(incidents.c.sort_key)
    if limit:
        q = q.limit(limit)
    with store.engine.connect() as conn:
        for (body,) in conn.execute(q):
            yield json.loads(body)


def get_incident(store: Store, incident_id: str) -> dict[str, Any]:
    with store.engine.connect() as conn:
        body = conn.execute(sa.select(incidents.c.body).where(incidents.c.id == incident_id)).scalar()
    if body is None:
        raise InputError(incident_id, "no such incident (run `vigil reconcile` first?)")
    result: dict[str, Any] = json.loads(body)
    return result


def incident_claims_of(store: Store, incident_id: str) -> list[int]:
    with store.engine.connect() as conn:
        return [r[0] for r in conn.execute(
            sa.select(incident_claims.c.claim_id).where(incident_claims.c.incident_id == incident_id)
            .order_by(incident_claims.c.claim_id))]


def plot_history(incident: dict[str, Any], path: str) -> None:
    """Draw the toll history (each source's figure over publication time) to an image file."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series: dict[str, list[tuple[date, float]]] = {}
    for h in incident.get("history", []):
        value = h.get("value") if h.get("value") is not None else h.get("low")
        if value is None or not h.get("published"):
            continue
        series.setdefault(h.get("source") or "report voice", []).append(
            (date.fromisoformat(h["published"]), float(value)))
    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=120)
    for name, points in sorted(series.items()):
        points.sort()
        xs: list[Any] = [p[0] for p in points]
        ax.plot(xs, [p[1] for p in points], marker="o", label=name)
    ax.set_title(f"{incident['id']}: {incident['outcome']} ({incident['victims']}), "
                 f"{incident.get('country') or ''} {incident.get('start') or ''}")
    ax.set_xlabel("published")
    ax.set_ylabel("figure stated")
    if series:
        ax.legend(fontsize=8)
    fig.autofmt_xdate()
    fig.tight_layout()
    try:
        fig.savefig(path)
    except OSError as e:
        raise InputError(path, f"cannot write the plot ({e.strerror})") from None
    finally:
        plt.close(fig)


def count(store: Store) -> tuple[int, int]:
    with store.engine.connect() as conn:
        n = conn.execute(sa.select(incidents.c.kind, sa.func.count()).group_by(incidents.c.kind)).all()
    d = dict((k, int(v)) for k, v in n)
    return d.get("incident", 0), d.get("episode", 0)


__all__ = ["claim_records", "count", "get_incident", "incident_conditions", "plot_history", "query_incidents", "run_reconcile"]
