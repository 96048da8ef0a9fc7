"""The bulk store path: reports and their claims written a batch at a time, for backfills.

:func:`bulk_ingest` streams :class:`~vigil.ingest.Incoming` records through three stages:

1. **skip what is stored**: one query per batch finds the reports already in the database (same URL or
   same normalised text) before anything is extracted;
2. **extract** the rest on worker processes (:class:`~vigil.parallel.ParallelExtractor`) or a Dask
   cluster (:func:`vigil.distributed.extract_on_dask`), results in input order, while this process
   writes the batch before; the workers also compute each report's MinHash signature;
3. **write** each batch in one transaction (:class:`BulkWriter`): PostgreSQL ``COPY`` (psycopg 3) or
   ``executemany`` on SQLite for reports, claims, places and MinHash bands, then, in the same
   transaction, an incremental reconcile of the blocks the waiting claims fall in: amortized, so that a
   block that keeps growing is not regrouped after every batch (:data:`AMORTIZE`), and finished after
   the last batch (:meth:`BulkWriter.finish`).

The store's guarantees hold as on the one-report path (:class:`~vigil.ingest.Ingestor`): the same
article is stored once (checked again inside the write transaction; a concurrent writer that stored
one first makes the batch retry), near-duplicates are linked to the first copy by the same MinHash
bands and threshold, against the database and the earlier reports of the same batch (the first
:data:`PER_BAND` reports sharing a band), and an
interrupted run leaves whole batches only, so rerunning it finishes the rest.
"""

from __future__ import annotations

import gc
import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from typing import Any

import numpy as np
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from vigil.errors import InputError, VigilError
from vigil.extract.pipeline import Extractor
from vigil.ingest import SIMILAR, Incoming, IngestSummary, bands, minhash, similarity
from vigil.models import Claim, Report
from vigil.parallel import ParallelExtractor, Signed
from vigil.settings import Settings
from vigil.store import (
    Store,
    claim_places,
    claims,
    content_hash,
    fingerprint,
    insert_rows,
    minhash_bands,
    reports,
)

__all__ = ["BulkWriter", "bulk_ingest"]

_IN = 900           # ids or keys in one IN (...) list
_ATTEMPTS = 5
#: near-duplicate candidates looked at per MinHash band: the first stored reports sharing it. A band
#: shared by more (hundreds of copies of one wire story) holds its first copy among these, to which a
#: later copy links, so the bound keeps look-ups flat; the one-report path looks at all of them.
PER_BAND = 16


@dataclass
class _Fresh:
    item: Incoming
    found: list[Claim]
    digest: str
    sig: np.ndarray
    keys: list[str]


@dataclass
class _Written:
    unchanged: int = 0
    new: int = 0
    duplicates: int = 0
    claims: int = 0
    report_ids: tuple[int, ...] = ()


class BulkWriter:
    """Writes batches of extracted reports, one transaction each (see the module docstring)."""

    def __init__(self, store: Store, extractor_version: str, *, reconcile: bool = True,
                 amortize: float = 0.0) -> None:
        self.store = store
        self.version = extractor_version
        self.reconcile = reconcile
        self.pg = store.engine.dialect.name == "postgresql"
        #: the claims read by one batch's reconcile, for the next batch's (the same blocks, mostly)
        self._claims: Any = None
        #: with ``amortize`` r > 0, a batch's claims wait until the claims waiting reach r times the claims
        #: the last reconcile regrouped (and :meth:`finish` takes the rest): each block is then regrouped
        #: a bounded number of times per doubling of its size, not once a batch (see :func:`bulk_ingest`)
        self.amortize = amortize
        self._waiting: list[int] = []
        self._regrouped = 0

    def write(self, batch: Sequence[tuple[Incoming, list[Claim]] | tuple[Incoming, list[Claim], bytes | None]]
              ) -> _Written:
        """Store a batch; returns what happened to it. Retries when a concurrent writer stored one of
        its reports first (the unique URL or content hash), so idempotence holds under concurrency."""
        for attempt in range(_ATTEMPTS):
            try:
                # the reconcile lock first (as every reconcile takes it), then the transaction
                with self.store.exclusive("reconcile") if self.reconcile else nullcontext(), \
                        self.store.engine.begin() as conn:
                    return self._write(conn, batch)
            except sa.exc.IntegrityError:
                if attempt == _ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    # -- one transaction ---------------------------------------------------------------------------

    def _write(self, conn: Connection,
               batch: Sequence[tuple[Incoming, list[Claim]] | tuple[Incoming, list[Claim], bytes | None]]
               ) -> _Written:
        out = _Written()
        if not self.pg:     # take SQLite's write lock first, so the ids read below stay ours
            conn.execute(sa.text("UPDATE reports SET id = id WHERE 0 = 1"))
        fresh = self._fresh(conn, batch, out)
        if not fresh:
            return out
        rids = self._ids(conn, "reports", len(fresh))
        cids = self._ids(conn, "claims", sum(len(f.found) for f in fresh))
        db_bands, db_info = _known_bands(conn, sorted({k for f in fresh for k in f.keys}))
        now = datetime.now(UTC)
        rep_rows: list[dict[str, Any]] = []
        claim_rows: list[dict[str, Any]] = []
        place_rows: list[dict[str, Any]] = []
        band_rows: list[dict[str, Any]] = []
        own_bands: dict[str, list[int]] = {}
        info: dict[int, tuple[int, np.ndarray | None]] = dict(db_info)
        ci = 0
        for f, rid in zip(fresh, rids, strict=True):
            cands = sorted({c for k in f.keys for c in (*db_bands.get(k, ()), *own_bands.get(k, ()))})
            dup_of: int | None = None
            sim: float | None = None
            for c in cands:          # the same rule as Ingestor: the most similar, the first on ties
                root, sig = info[c]
                if sig is None:
                    continue
                s = similarity(f.sig, sig)
                if s >= SIMILAR and (sim is None or s > sim):
                    dup_of, sim = root, s
            info[rid] = (dup_of or rid, f.sig)
            for k in set(f.keys):
                mine = own_bands.setdefault(k, [])
                if len(mine) + len(db_bands.get(k, ())) < PER_BAND:
                    mine.append(rid)
                band_rows.append({"band": k, "report_id": rid})
            rep_rows.append(_report_row(f, rid, self.version, dup_of, sim, now))
            for c in f.found:
                cid = cids[ci]
                ci += 1
                claim_rows.append(claim_row(c, cid, rid, self.version))
                place_rows.extend({"claim_id": cid, "name": p.name, "admin1": p.admin1, "country": p.country,
                                   "lat": p.lat, "lon": p.lon, "precision": p.precision} for p in c.places)
            if dup_of is None:
                out.new += 1
            else:
                out.duplicates += 1
            out.claims += len(f.found)
        self._insert(conn, reports, rep_rows)
        self._insert(conn, claims, claim_rows)
        self._insert(conn, claim_places, place_rows)
        self._insert(conn, minhash_bands, band_rows)
        out.report_ids = tuple(rids)
        if self.reconcile and cids:
            self._waiting.extend(cids)
            if len(self._waiting) >= self.amortize * self._regrouped:
                self._reconcile(conn)
        return out

    def _reconcile(self, conn: Connection) -> None:
        """Reconcile the claims waiting (in the caller's transaction)."""
        from vigil.incidents import ClaimCache, reconcile_claims

        if self._claims is None:
            self._claims = ClaimCache()
        # the reconcile builds a block's groups afresh, many small objects at once: Python's cyclic
        # collector would walk the writer's cache of claims over and over meanwhile (a fifth of the
        # time); paused, it collects whatever is left once the batch is done
        paused = gc.isenabled()
        gc.disable()
        try:
            found = reconcile_claims(self.store, self._waiting, conn=conn, cache=self._claims)
        finally:
            if paused:
                gc.enable()
        self._waiting = []
        self._regrouped = sum(len(i.claims) for i in found)

    def finish(self) -> None:
        """After the last batch: reconcile the claims still waiting (amortized mode), and any claim a run
        interrupted between batches left in no incident, in a transaction of their own."""
        if not self.reconcile:
            return
        from vigil.store import unreconciled_claim_ids

        with self.store.exclusive("reconcile"), self.store.engine.begin() as conn:
            left = set(unreconciled_claim_ids(conn)) - set(self._waiting)
            self._waiting.extend(sorted(left))
            if self._waiting:
                self._reconcile(conn)

    def _fresh(self, conn: Connection,
               batch: Sequence[tuple[Incoming, list[Claim]] | tuple[Incoming, list[Claim], bytes | None]],
               out: _Written) -> list[_Fresh]:
        digests = [content_hash(entry[0].report.text) for entry in batch]
        have_h, have_u = existing(conn, digests, [e[0].report.url for e in batch if e[0].report.url])
        fresh: list[_Fresh] = []
        for entry, digest in zip(batch, digests, strict=True):
            item, found = entry[0], entry[1]
            url = item.report.url
            if digest in have_h or (url and url in have_u):
                out.unchanged += 1
                continue
            have_h.add(digest)
            if url:
                have_u.add(url)
            given = entry[2] if len(entry) > 2 else None
            sig = np.frombuffer(given, dtype=np.uint64) if given else minhash(item.report.text)
            fresh.append(_Fresh(item, found, digest, sig, bands(sig)))
        return fresh

    def _ids(self, conn: Connection, table: str, n: int) -> list[int]:
        """``n`` new primary keys of ``table``, in increasing order, reserved for this transaction."""
        if n == 0:
            return []
        if self.pg:
            got = conn.execute(sa.text(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) "
                                       "FROM generate_series(1, :n)"), {"n": n}).scalars()
            return sorted(int(x) for x in got)
        top = conn.execute(sa.text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar() or 0
        return list(range(int(top) + 1, int(top) + 1 + n))

    def _insert(self, conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
        insert_rows(conn, table, rows)


def existing(conn: Connection, digests: Sequence[str], urls: Sequence[str]) -> tuple[set[str], set[str]]:
    """The content hashes and URLs among these that the database holds already."""
    have_h: set[str] = set()
    have_u: set[str] = set()
    for i in range(0, len(digests), _IN):
        have_h.update(conn.execute(sa.select(reports.c.content_hash)
                                   .where(reports.c.content_hash.in_(digests[i:i + _IN]))).scalars())
    for i in range(0, len(urls), _IN):
        have_u.update(u for u in conn.execute(sa.select(reports.c.url)
                                              .where(reports.c.url.in_(urls[i:i + _IN]))).scalars() if u)
    return have_h, have_u


def _known_bands(conn: Connection, keys: Sequence[str]
                 ) -> tuple[dict[str, list[int]], dict[int, tuple[int, np.ndarray | None]]]:
    """Stored reports sharing a MinHash band with the batch (the first :data:`PER_BAND` of each band):
    band -> report ids, and report id -> (the first copy it belongs to, its signature)."""
    by_band: dict[str, list[int]] = {}
    info: dict[int, tuple[int, np.ndarray | None]] = {}
    for i in range(0, len(keys), _IN):
        ranked = (sa.select(minhash_bands.c.band, minhash_bands.c.report_id,
                            sa.func.row_number().over(partition_by=minhash_bands.c.band,
                                                      order_by=minhash_bands.c.report_id).label("n"))
                  .where(minhash_bands.c.band.in_(keys[i:i + _IN])).subquery())
        q = (sa.select(ranked.c.band, reports.c.id, reports.c.minhash, reports.c.duplicate_of)
             .join(reports, reports.c.id == ranked.c.report_id).where(ranked.c.n <= PER_BAND))
        for band, rid, blob, dup in conn.execute(q):
            by_band.setdefault(band, []).append(rid)
            info[rid] = (dup or rid, np.frombuffer(blob, dtype=np.uint64) if blob is not None else None)
    return by_band, info


def _report_row(f: _Fresh, rid: int, version: str, dup_of: int | None, sim: float | None,
                now: datetime) -> dict[str, Any]:
    r, item = f.item.report, f.item
    return {"id": rid, "external_id": r.id, "url": r.url, "content_hash": f.digest, "title": r.title,
            "outlet": r.outlet, "published": r.published, "published_estimated": bool(r.published_estimated),
            "retrieved_at": item.retrieved_at or now, "arrived_via": item.arrived_via, "origin": item.origin,
            "text": r.text, "extractor_version": version, "duplicate_of": dup_of, "similarity": sim,
            "minhash": f.sig.tobytes()}


def claim_row(c: Claim, cid: int, report_id: int, version: str) -> dict[str, Any]:
    """The ``claims`` row of one claim (the same columns :meth:`vigil.store.Store.add_report` writes)."""
    return {
        "id": cid, "report_id": report_id, "claim_key": c.id, "fingerprint": fingerprint(c), "outcome": c.outcome,
        "value": c.count.value, "low": c.count.low, "high": c.count.high, "qualifier": c.count.qualifier,
        "count_text": c.count.text, "victims_category": c.victims.category, "victims_text": c.victims.text,
        "victims_groups": json.dumps(c.victims.groups), "victims_demographic": json.dumps(c.victims.demographic),
        "perpetrator_text": c.perpetrator.text if c.perpetrator else None,
        "perpetrator_stance": c.perpetrator.stance if c.perpetrator else None,
        "source_name": c.source.name if c.source else None, "source_text": c.source.text if c.source else None,
        "source_kind": c.source.kind if c.source else None, "verification": c.verification,
        "time_start": c.time.start if c.time else None, "time_end": c.time.end if c.time else None,
        "time_text": c.time.text if c.time else None, "time_inherited": bool(c.time and c.time.inherited),
        "incidents": c.incidents, "part_of": c.part_of, "derived": c.derived, "evidence_text": c.evidence.text,
        "evidence_start": c.evidence.start, "evidence_end": c.evidence.end, "extractor_version": version,
        "review": None, "group_key": None,
    }


# --- the pipeline ---------------------------------------------------------------------------------------

#: the bulk path's reconcile waits until half as many new claims as the last reconcile regrouped have
#: been written: a backfill into blocks that keep growing then regroups each block a few times per doubling
#: of its size instead of once a batch (linear overall, not quadratic), while small blocks are still
#: reconciled with every batch; the rest is reconciled after the last batch (:meth:`BulkWriter.finish`)
AMORTIZE = 0.5

def bulk_ingest(store: Store, items: Iterable[Incoming | InputError], settings: Settings | None = None, *,
                extractor: Extractor | None = None, dask: str | Any | None = None, batch_size: int = 500,
                reconcile: bool = True, progress: Callable[[int], None] | None = None) -> IngestSummary:
    """Store ``items`` on the bulk path (see the module docstring). Extraction runs on ``extractor``
    (for example a :class:`~vigil.parallel.ParallelExtractor`; default: one in this process) or, with
    ``dask`` (a scheduler address or a ``distributed.Client``), on that cluster. Unusable inputs are
    recorded as failures and counted, never fatal. With ``reconcile``, each batch's incidents are
    updated in its transaction; otherwise the stored report ids are returned for the caller to do so."""
    if batch_size < 1:
        raise InputError("--batch-size", "must be at least 1")
    settings = settings or (extractor.settings if extractor is not None else Settings())
    ex = extractor or Extractor(settings)
    writer = BulkWriter(store, ex.version, reconcile=reconcile, amortize=AMORTIZE)
    summary = IngestSummary()
    waiting: deque[Incoming] = deque()

    def tick(n: int) -> None:
        if progress and n:
            progress(n)

    def todo() -> Iterator[Report]:
        it = iter(items)
        while chunk := list(islice(it, batch_size)):
            good: list[Incoming] = []
            for x in chunk:
                if isinstance(x, InputError):
                    summary.failed += 1
                    if len(summary.errors) < 1000:
                        summary.errors.append(str(x))
                    store.record_failure(x.source, x.problem)
                    tick(1)
                else:
                    good.append(x)
            digests = [content_hash(g.report.text) for g in good]
            with store.engine.connect() as conn:
                have_h, have_u = existing(conn, digests, [g.report.url for g in good if g.report.url])
            for g, digest in zip(good, digests, strict=True):
                if digest in have_h or (g.report.url and g.report.url in have_u):
                    summary.unchanged += 1
                    tick(1)
                    continue
                waiting.append(g)
                yield g.report

    # the MinHash signatures are computed where the reports are extracted, off the writer's path
    stream: Iterator[Signed]
    if dask is not None:
        from vigil.distributed import extract_on_dask

        stream = extract_on_dask(todo(), dask, settings, signatures=True)
    elif isinstance(ex, ParallelExtractor):
        stream = ex.extract_signed(todo())
    else:
        stream = ((res.report, res.claims, None) for res in ex.extract_many(todo()))
    batch: list[tuple[Incoming, list[Claim], bytes | None]] = []

    def flush() -> None:
        done = writer.write(batch)
        summary.unchanged += done.unchanged
        summary.new += done.new
        summary.duplicates += done.duplicates
        summary.claims += done.claims
        if not reconcile:
            summary.report_ids.extend(done.report_ids)
        tick(len(batch))
        batch.clear()

    try:
        for report, found, sig in stream:
            item = waiting.popleft()
            assert item.report is report, "extraction returned reports out of order"
            batch.append((item, found, sig))
            if len(batch) >= batch_size:
                flush()
        if batch:
            flush()
        writer.finish()
        if summary.new or summary.duplicates:
            store.analyze()     # plan the next exports and reconciles for the rows there are now
    except sa.exc.SQLAlchemyError as e:
        raise VigilError(f"database write failed: {str(getattr(e, 'orig', e)).strip().splitlines()[0]}") from e
    return summary
