"""Incidents in the store: reconcile the stored claims and persist, query and show the result.

:func:`run_reconcile` loads every claim with its report's provenance, runs
:func:`vigil.reconcile.reconcile` and replaces the stored incidents in one transaction. Incident ids
are derived from their earliest claim, so an incident keeps its id when later reports add to it.
:func:`reconcile_claims` recomputes only the (country, outcome) blocks some claims fall in (after new
reports, or an analyst's review); its result equals a full run's. Claims an analyst rejected are left
out, and analyst-forced groups (``claims.group_key``) are passed to reconcile.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from vigil.errors import InputError
from vigil.reconcile import ClaimRecord, Incident, reconcile
from vigil.reconcile_rules import harm_country
from vigil.store import Store, claim_places, claim_reviews, claims, incident_claims, incidents

Block = tuple[str | None, str]

#: what a total of deaths (the dashboard's headline, ``/api/stats``, the timeline) counts
DEATHS_COUNTED = ("the sum of the best estimates of incidents (not episodes): the figures of one harm from several "
                  "sources make one incident, parts and alternative figures are not added, and running totals over "
                  "longer periods (episodes) are not added, since they overlap their incidents")
_CHUNK = 5_000


def claim_records(store: Store, ids: Sequence[int] | None = None, *,
                  conn: Connection | None = None) -> list[ClaimRecord]:
    """Stored claims (all, or these ids) as reconcile inputs, with ``part_of`` resolved to database ids.
    Rejected claims are left out; analyst-forced groups are passed on. With ``conn``, read through it."""
    if ids is None:
        rows = list(store.query_claims(conn=conn))
    else:
        rows = [r for i in range(0, len(ids), 20_000)
                for r in store.query_claims(ids=ids[i:i + 20_000], conn=conn)]
    rows = [r for r in rows if r.review != "rejected"]
    key_to_id = {(r.report_id, r.claim.id): r.id for r in rows}
    return [
        ClaimRecord(claim_id=r.id, report_id=r.report_id, published=r.published, outlet=r.outlet,
                    duplicate_of=r.duplicate_of, claim=r.claim,
                    parent_id=key_to_id.get((r.report_id, r.claim.part_of)) if r.claim.part_of else None,
                    group=r.group_key)
        for r in rows
    ]


def run_reconcile(store: Store, report_ids: Sequence[int] | None = None) -> list[Incident]:
    """Reconcile stored claims into incidents and store them.

    With ``report_ids`` (the reports just added), only the (country, outcome) blocks their claims fall
    in are recomputed and replaced (see :func:`reconcile_claims`). Without, everything is recomputed.
    Either way ids are stable (earliest claim)."""
    if report_ids is not None:
        with store.engine.connect() as conn:
            ids = [r[0] for chunk in _chunks(list(report_ids)) for r in conn.execute(
                sa.select(claims.c.id).where(claims.c.report_id.in_(chunk)))]
        if not ids:
            return []
        return reconcile_claims(store, ids)
    found = reconcile(claim_records(store))
    with store.engine.begin() as conn:
        conn.execute(incident_claims.delete())
        conn.execute(incidents.delete())
        _insert(conn, found)
    return found


def reconcile_claims(store: Store, claim_ids: Iterable[int], *, blocks: Iterable[Block] = (),
                     conn: Connection | None = None) -> list[Incident]:
    """Recompute and store the incidents of the (country, outcome) blocks these claims fall in, plus
    ``blocks`` (the blocks they fell in before a change). The blocks are widened until they are closed:
    claims of the same reports (totals and parts), claims sharing an analyst group key, and the blocks
    of the incidents that held any of them. Reconcile never groups across blocks otherwise, so the
    result equals a full :func:`run_reconcile`. With ``conn``, runs in the caller's transaction."""
    if conn is None:
        with store.engine.begin() as own:
            return reconcile_claims(store, claim_ids, blocks=blocks, conn=own)
    want, ids = _closure(conn, set(claim_ids), set(blocks))
    if not want:
        return []
    found = [i for i in reconcile(claim_records(store, sorted(ids), conn=conn)) if (i.country, i.outcome) in want]
    # write only what changed: an analyst's correction moves one incident of a block of thousands, and
    # the others keep their rows (and their updated_at)
    old: dict[str, str] = {}
    for country, outcome in want:
        where = sa.and_(incidents.c.outcome == outcome, incidents.c.country == country
                        if country is not None else incidents.c.country.is_(None))
        old.update((iid, body) for iid, body in conn.execute(sa.select(incidents.c.id, incidents.c.body).where(where)))
    bodies = {i.id: _body(i) for i in found}
    stale = [iid for iid, body in old.items() if bodies.get(iid) != body]
    for chunk in _chunks(stale):
        conn.execute(incident_claims.delete().where(incident_claims.c.incident_id.in_(chunk)))
        conn.execute(incidents.delete().where(incidents.c.id.in_(chunk)))
    _insert(conn, [i for i in found if old.get(i.id) != bodies[i.id]], bodies)
    return found


def claim_blocks(conn: Connection, claim_ids: Iterable[int]) -> set[Block]:
    """The (country of the harm, outcome) blocks of these claims."""
    return set(_blocks_of(conn, list(claim_ids)).values())


def _insert(conn: Connection, found: Sequence[Incident], bodies: dict[str, str] | None = None) -> None:
    if not found:
        return
    now = datetime.now(UTC)
    conn.execute(incidents.insert(), [_row(i, now, (bodies or {}).get(i.id)) for i in found])
    links = [{"incident_id": i.id, "claim_id": c} for i in found for c in set(i.claims)]
    if links:
        conn.execute(incident_claims.insert(), links)


def _chunks(items: Sequence[Any], n: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _blocks_of(conn: Connection, ids: Sequence[int]) -> dict[int, Block]:
    """Each claim's block: the country of its harm (:func:`vigil.reconcile_rules.harm_country` over its
    places in stored order; None without places) and its outcome."""
    out: dict[int, Block] = {}
    for chunk in _chunks(ids):
        places: dict[int, list[tuple[int, str, str, str]]] = {}
        for cid, pid, country, precision, name in conn.execute(
                sa.select(claim_places.c.claim_id, claim_places.c.id, claim_places.c.country,
                          claim_places.c.precision, claim_places.c.name).where(claim_places.c.claim_id.in_(chunk))):
            places.setdefault(cid, []).append((pid, country, precision, name))
        for cid, outcome, stext, sname, ptext in conn.execute(
                sa.select(claims.c.id, claims.c.outcome, claims.c.source_text, claims.c.source_name,
                          claims.c.perpetrator_text).where(claims.c.id.in_(chunk))):
            # the same words reconcile reads (vigil.reconcile_rules.Item): source text, name, perpetrator
            mentions = " ".join(x for x in (stext if sname else None, sname, ptext) if x)
            out[cid] = (harm_country(((c, p, n) for _, c, p, n in sorted(places.get(cid, ()))), mentions), outcome)
    return out


def _closure(conn: Connection, seed: set[int], blocks: set[Block]) -> tuple[set[Block], set[int]]:
    """The blocks to recompute and a superset of the claims that may fall in them (see
    :func:`reconcile_claims`). The blocks are those of the seed claims, of the claims tied to them
    (same report, same analyst group) and of the incidents that held them; the claims are every claim
    that may fall in those blocks, closed over reports and groups."""
    blocks = set(blocks)
    related = _related(conn, sorted(seed))
    blocks |= set(_blocks_of(conn, sorted(seed | related)).values())
    for chunk in _chunks(sorted(seed)):
        held = sa.select(incident_claims.c.incident_id).where(incident_claims.c.claim_id.in_(chunk))
        blocks.update((country, outcome) for country, outcome in conn.execute(
            sa.select(incidents.c.country, incidents.c.outcome).where(incidents.c.id.in_(held)).distinct()))
    ids = seed | related
    pending = set(_block_claim_ids(conn, blocks)) - ids
    while pending:
        ids |= pending
        pending = _related(conn, sorted(pending)) - ids
    return blocks, ids


def _related(conn: Connection, ids: Sequence[int]) -> set[int]:
    """Claims of the same reports as these (totals and their parts) or in the same analyst group."""
    out: set[int] = set()
    for chunk in _chunks(ids):
        reps = sa.select(claims.c.report_id).where(claims.c.id.in_(chunk))
        out.update(r[0] for r in conn.execute(sa.select(claims.c.id).where(claims.c.report_id.in_(reps))))
        keys = sa.select(claims.c.group_key).where(claims.c.id.in_(chunk), claims.c.group_key.is_not(None))
        grouped = sa.select(claim_reviews.c.report_id, claim_reviews.c.fingerprint) \
            .where(claim_reviews.c.group_key.in_(keys))
        out.update(r[0] for r in conn.execute(sa.select(claims.c.id).where(
            sa.tuple_(claims.c.report_id, claims.c.fingerprint).in_(grouped))))
    return out


def _block_claim_ids(conn: Connection, blocks: set[Block]) -> list[int]:
    """Claims that may fall in these (country, outcome) blocks: a superset, filtered after reconcile."""
    out: set[int] = set()
    for outcome in {o for _, o in blocks}:
        countries = {c for c, o in blocks if o == outcome and c is not None}
        placed = sa.select(claim_places.c.claim_id).where(claim_places.c.country.in_(countries))
        cond = [claims.c.id.in_(placed)] if countries else []
        if (None, outcome) in blocks:
            cond.append(~claims.c.id.in_(sa.select(claim_places.c.claim_id)))
        out.update(r[0] for r in conn.execute(sa.select(claims.c.id).where(claims.c.outcome == outcome,
                                                                         sa.or_(*cond))))
    return sorted(out)


def _body(i: Incident) -> str:
    return json.dumps(i.to_dict(), ensure_ascii=False, default=str)


def _row(i: Incident, now: datetime, body: str | None = None) -> dict[str, Any]:
    return {"id": i.id, "kind": i.kind, "parent": i.parent, "outcome": i.outcome, "victims": i.victims,
            "country": i.country, "admin1": json.dumps(i.admin1, ensure_ascii=False), "start": i.start,
            "end": i.end, "low": i.low, "best": i.best, "high": i.high, "status": i.status,
            "independent_sources": i.independent_sources, "body": body if body is not None else _body(i),
            "updated_at": now, "sort_key": sort_key(i.start, i.id)}


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
        _day_ticks(ax, [d for points in series.values() for d, _ in points])
    fig.autofmt_xdate()
    fig.tight_layout()
    try:
        fig.savefig(path)
    except OSError as e:
        raise InputError(path, f"cannot write the plot ({e.strerror})") from None
    finally:
        plt.close(fig)


def _day_ticks(ax: Any, days: list[date]) -> None:
    """Publication dates are days: ticks on whole days (never hours), a day of margin either side."""
    import matplotlib.dates as mdates

    first, last = min(days), max(days)
    span = (last - first).days
    ax.set_xlim(first - timedelta(days=1), last + timedelta(days=1))
    if span <= 14:
        ax.xaxis.set_major_locator(mdates.DayLocator(interval=max(1, (span + 2) // 7)))  # type: ignore[no-untyped-call]
    else:
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))  # type: ignore[no-untyped-call]


def count(store: Store) -> tuple[int, int]:
    with store.engine.connect() as conn:
        n = conn.execute(sa.select(incidents.c.kind, sa.func.count()).group_by(incidents.c.kind)).all()
    d = dict((k, int(v)) for k, v in n)
    return d.get("incident", 0), d.get("episode", 0)


__all__ = ["DEATHS_COUNTED", "claim_blocks", "claim_records", "count", "get_incident", "incident_conditions", "plot_history", "query_incidents", "reconcile_claims", "run_reconcile"]
