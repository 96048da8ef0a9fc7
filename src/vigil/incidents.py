"""Incidents in the store: reconcile the stored claims and persist, query and show the result.

:func:`run_reconcile` loads every claim with its report's provenance, runs
:func:`vigil.reconcile.reconcile` and replaces the stored incidents in one transaction. Incident ids
are derived from their earliest claim, so an incident keeps its id when later reports add to it.
:func:`reconcile_claims` recomputes only the (country, outcome) blocks some claims fall in (after new
reports, or an analyst's review); its result equals a full run's. Claims an analyst rejected are left
out, and analyst-forced groups (``claims.group_key``) are passed to reconcile.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection

from vigil.errors import InputError
from vigil.models import Place
from vigil.reconcile import ClaimRecord, Incident, reconcile
from vigil.reconcile_rules import Item, harm_country
from vigil.store import (
    ClaimRow,
    Store,
    _claim,
    claim_places,
    claim_reviews,
    claims,
    incident_claims,
    incidents,
    insert_rows,
    reports,
)

Block = tuple[str | None, str]

#: what a total of deaths (the dashboard's headline, ``/api/stats``, the timeline) counts
DEATHS_COUNTED = ("the sum of the best estimates of incidents (not episodes): the figures of one harm from several "
                  "sources make one incident, parts and alternative figures are not added, and running totals over "
                  "longer periods (episodes) are not added, since they overlap their incidents")
_CHUNK = 5_000


class ClaimCache:
    """Claims read for reconcile, kept from one incremental reconcile to the next (PostgreSQL): the bulk
    store path reconciles the same blocks batch after batch, and reads each claim row once instead of
    once a batch. An entry is keyed by the claim id and its row version (PostgreSQL's ``xmin``, which
    every update of the row changes: an analyst's correction, a merge, which also rewrites the claim's
    places), so a claim changed since is read again; a deleted claim is no longer among the ids asked
    for, and a report's provenance (outlet, date, first copy) never changes once stored. At most
    ``limit`` claims are kept."""

    def __init__(self, limit: int = 500_000) -> None:
        self.limit = limit
        self.rows: dict[int, tuple[str, ClaimRow]] = {}
        #: the reconcile inputs made of them, and the claims as reconcile prepared them
        self.records: dict[int, tuple[ClaimRow, ClaimRecord]] = {}
        self.items: dict[int, Item] = {}


_XMIN: sa.ColumnClause[Any] = sa.literal_column("claims.xmin::text")


def claim_records(store: Store, ids: Sequence[int] | None = None, *,
                  conn: Connection | None = None, cache: ClaimCache | None = None) -> list[ClaimRecord]:
    """Stored claims (all, or these ids) as reconcile inputs, with ``part_of`` resolved to database ids.
    Rejected claims are left out; analyst-forced groups are passed on. With ``conn``, read through it;
    with ``cache`` (and ``conn`` on PostgreSQL), claims read before and unchanged since come from it."""
    if ids is None:
        rows = list(store.query_claims(conn=conn))
    elif conn is not None and _pg(conn):
        rows = _claim_rows_pg(conn, ids, cache or ClaimCache(0))
    else:
        rows = [r for i in range(0, len(ids), 20_000)
                for r in store.query_claims(ids=ids[i:i + 20_000], conn=conn)]
    rows = [r for r in rows if r.review != "rejected"]
    key_to_id = {(r.report_id, r.claim.id): r.id for r in rows}
    made = cache.records if cache is not None and cache.limit else {}
    out: list[ClaimRecord] = []
    for r in rows:
        parent = key_to_id.get((r.report_id, r.claim.part_of)) if r.claim.part_of else None
        got = made.get(r.id)
        if got is None or got[0] is not r or got[1].parent_id != parent:
            got = made[r.id] = (r, ClaimRecord(claim_id=r.id, report_id=r.report_id, published=r.published,
                                               outlet=r.outlet, duplicate_of=r.duplicate_of, claim=r.claim,
                                               parent_id=parent, group=r.group_key))
        out.append(got[1])
    return out


def _pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def _any(col: Any, ids: Sequence[Any], *, text: bool = False) -> sa.ColumnElement[bool]:
    """``col IN (SELECT unnest(:ids))`` (PostgreSQL): one array parameter however many ids, and a hash
    join however many rows."""
    # sent as one array literal: psycopg would adapt a list of ints element by element, in Python
    value = "{" + ",".join(f'"{x}"' for x in ids) + "}" if text else "{" + ",".join(map(str, ids)) + "}"
    array = sa.cast(sa.bindparam(None, value, type_=sa.Text), postgresql.ARRAY(sa.Text if text else sa.Integer))
    cond: sa.ColumnElement[bool] = col.in_(sa.select(sa.func.unnest(array)).scalar_subquery())
    return cond


def _claim_rows_pg(conn: Connection, ids: Sequence[int], cache: ClaimCache) -> list[ClaimRow]:
    """The claims rows of these ids (as :meth:`vigil.store.Store.query_claims` gives them), reading only
    those not in ``cache`` at their current row version."""
    versions = dict(conn.execute(sa.select(claims.c.id, _XMIN).where(_any(claims.c.id, ids))).all())
    have = cache.rows
    miss = sorted(i for i, v in versions.items() if (got := have.get(i)) is None or got[0] != v)
    if len(have) + len(miss) > cache.limit:
        have.clear()
        cache.records.clear()
        cache.items.clear()
        miss = sorted(versions)
    fresh: dict[int, ClaimRow] = {}
    if miss:
        places: dict[int, list[Place]] = {}
        for p in conn.execute(sa.select(claim_places).where(_any(claim_places.c.claim_id, miss))
                              .order_by(claim_places.c.id)).all():
            places.setdefault(p.claim_id, []).append(Place(
                name=p.name, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon, precision=p.precision))
        q = (sa.select(claims, reports.c.outlet, reports.c.url, reports.c.published, reports.c.duplicate_of,
                       _XMIN.label("row_version"))
             .join(reports, reports.c.id == claims.c.report_id).where(_any(claims.c.id, miss)))
        for r in conn.execute(q).all():
            row = ClaimRow(r.id, r.report_id, _claim(r, places.get(r.id, [])), r.outlet, r.url, r.published,
                           r.duplicate_of, r.review, r.group_key)
            fresh[r.id] = row
            if cache.limit:
                have[r.id] = (r.row_version, row)
    missed = set(miss)
    out = [fresh[i] if i in missed else have[i][1] for i in versions if i in fresh or (i not in missed and i in have)]
    return out


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
    store.analyze(incidents, incident_claims)       # every row is new: plan the next reads for them
    return found


def reconcile_claims(store: Store, claim_ids: Iterable[int], *, blocks: Iterable[Block] = (),
                     conn: Connection | None = None, cache: ClaimCache | None = None) -> list[Incident]:
    """Recompute and store the incidents of the (country, outcome) blocks these claims fall in, plus
    ``blocks`` (the blocks they fell in before a change). The blocks are widened until they are closed:
    claims of the same reports (totals and parts), claims sharing an analyst group key, and the blocks
    of the incidents that held any of them. Reconcile never groups across blocks otherwise, so the
    result equals a full :func:`run_reconcile`. With ``conn``, runs in the caller's transaction; with
    ``cache`` (see :class:`ClaimCache`), claims read by an earlier call are not read again."""
    if conn is None:
        with store.engine.begin() as own:
            return reconcile_claims(store, claim_ids, blocks=blocks, conn=own, cache=cache)
    want, ids = _closure(conn, set(claim_ids), set(blocks))
    if not want:
        return []
    found = [i for i in reconcile(claim_records(store, sorted(ids), conn=conn, cache=cache),
                                  prepared=cache.items if cache is not None and cache.limit else None)
             if (i.country, i.outcome) in want]
    _write_changes(conn, want, found)
    return found


def _write_changes(conn: Connection, want: set[Block], found: Sequence[Incident]) -> None:
    """Replace the stored incidents of the ``want`` blocks by ``found``, writing only what changed: an
    analyst's correction moves one incident of a block of thousands, and the others keep their rows
    (and their updated_at); an incident that changed is updated in place and only the claims that
    joined or left it are linked or unlinked."""
    pg = _pg(conn)
    # PostgreSQL compares digests of the stored bodies, so the bodies need not travel (md5 of the UTF-8
    # text, when the server stores UTF-8)
    hashed = pg and conn.exec_driver_sql("SHOW server_encoding").scalar() == "UTF8"
    col = sa.func.md5(incidents.c.body) if hashed else incidents.c.body
    where = [sa.and_(incidents.c.outcome == outcome, incidents.c.country == country
                     if country is not None else incidents.c.country.is_(None)) for country, outcome in want]
    old: dict[str, str] = {}
    for chunk in _chunks(where, 200):
        old.update((iid, body) for iid, body in conn.execute(sa.select(incidents.c.id, col).where(sa.or_(*chunk))).all())
    bodies = {i.id: _body(i) for i in found}

    def same(iid: str) -> bool:
        body = bodies[iid]
        return old[iid] == (hashlib.md5(body.encode("utf-8")).hexdigest() if hashed else body)

    gone = [iid for iid in old if iid not in bodies]
    changed = [i for i in found if i.id in old and not same(i.id)]
    new = [i for i in found if i.id not in old]
    for chunk in _chunks(gone):
        conn.execute(incident_claims.delete().where(incident_claims.c.incident_id.in_(chunk)))
        conn.execute(incidents.delete().where(incidents.c.id.in_(chunk)))
    if changed:
        now = datetime.now(UTC)
        rows = [{f"v_{k}": v for k, v in _row(i, now, bodies[i.id]).items()} for i in changed]
        conn.execute(incidents.update().where(incidents.c.id == sa.bindparam("v_id"))
                     .values({c: sa.bindparam(f"v_{c.name}") for c in incidents.c if c.name != "id"}), rows)
        linked: dict[str, set[int]] = {}
        for chunk in _chunks([i.id for i in changed]):
            cond = _any(incident_claims.c.incident_id, chunk, text=True) if pg \
                else incident_claims.c.incident_id.in_(chunk)
            for iid, cid in conn.execute(sa.select(incident_claims.c.incident_id, incident_claims.c.claim_id)
                                         .where(cond)).all():
                linked.setdefault(iid, set()).add(cid)
        drop: list[dict[str, Any]] = []
        add: list[dict[str, Any]] = []
        for i in changed:
            have, now_in = linked.get(i.id, set()), set(i.claims)
            drop.extend({"i": i.id, "c": c} for c in have - now_in)
            add.extend({"incident_id": i.id, "claim_id": c} for c in sorted(now_in - have))
        if drop:
            conn.execute(incident_claims.delete().where(incident_claims.c.incident_id == sa.bindparam("i"),
                                                        incident_claims.c.claim_id == sa.bindparam("c")), drop)
        insert_rows(conn, incident_claims, add)
    _insert(conn, new, bodies)


def claim_blocks(conn: Connection, claim_ids: Iterable[int]) -> set[Block]:
    """The (country of the harm, outcome) blocks of these claims."""
    return set(_blocks_of(conn, list(claim_ids)).values())


def _insert(conn: Connection, found: Sequence[Incident], bodies: dict[str, str] | None = None) -> None:
    if not found:
        return
    now = datetime.now(UTC)
    insert_rows(conn, incidents, [_row(i, now, (bodies or {}).get(i.id)) for i in found])
    insert_rows(conn, incident_claims, [{"incident_id": i.id, "claim_id": c} for i in found for c in sorted(set(i.claims))])


def _chunks(items: Sequence[Any], n: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _id_chunks(conn: Connection, ids: Sequence[int]) -> Iterator[Sequence[int]]:
    """Ids in pieces for :func:`_in`: all at once on PostgreSQL (one array), else IN lists of _CHUNK."""
    if _pg(conn):
        if ids:
            yield ids
        return
    yield from _chunks(ids)


def _in(conn: Connection, col: Any, ids: Sequence[int]) -> sa.ColumnElement[bool]:
    return _any(col, ids) if _pg(conn) else col.in_(ids)


def _blocks_of(conn: Connection, ids: Sequence[int]) -> dict[int, Block]:
    """Each claim's block: the country of its harm (:func:`vigil.reconcile_rules.harm_country` over its
    places in stored order; None without places) and its outcome."""
    out: dict[int, Block] = {}
    for chunk in _id_chunks(conn, ids):
        places: dict[int, list[tuple[int, str, str, str]]] = {}
        for cid, pid, country, precision, name in conn.execute(
                sa.select(claim_places.c.claim_id, claim_places.c.id, claim_places.c.country,
                          claim_places.c.precision, claim_places.c.name).where(_in(conn, claim_places.c.claim_id,
                                                                                   chunk))).all():
            places.setdefault(cid, []).append((pid, country, precision, name))
        for cid, outcome, stext, sname, ptext in conn.execute(
                sa.select(claims.c.id, claims.c.outcome, claims.c.source_text, claims.c.source_name,
                          claims.c.perpetrator_text).where(_in(conn, claims.c.id, chunk))).all():
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
    for chunk in _id_chunks(conn, sorted(seed)):
        held = sa.select(incident_claims.c.incident_id).where(_in(conn, incident_claims.c.claim_id, chunk))
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
    for chunk in _id_chunks(conn, ids):
        reps = sa.select(claims.c.report_id).where(_in(conn, claims.c.id, chunk))
        out.update(conn.execute(sa.select(claims.c.id).where(claims.c.report_id.in_(reps))).scalars().all())
        keys = sa.select(claims.c.group_key).where(_in(conn, claims.c.id, chunk), claims.c.group_key.is_not(None))
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
        out.update(conn.execute(sa.select(claims.c.id).where(claims.c.outcome == outcome,
                                                             sa.or_(*cond))).scalars().all())
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
