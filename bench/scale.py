"""Scale-out: one worker vs two worker processes vs a Dask LocalCluster of two workers, on real text.

    python bench/scale.py [--reports 20000] [--workers 2] [--pg postgresql://postgres@127.0.0.1:5432/test]
                          [--batch 500] [--no-store] [--no-dask]

The report texts are the dev and dev2 evaluation articles in ../shared/evals, read at run time (never
copied into the repository) and repeated to --reports reports; each copy gets its own id and a
closing line naming the copy, so that storing them is not a no-op (the copies are stored and linked as
near-duplicates of the first, as syndicated copies would be).

Each configuration runs in a fresh process: extraction alone (claims counted, nothing stored) and,
with --pg or VIGIL_TEST_DATABASE_URL, extraction + the bulk store path into a fresh PostgreSQL
schema (COPY, one transaction per batch, incremental reconcile per batch). Prints articles/s, the
scaling ratio against one worker, peak memory per worker, and for the store runs the claims/s of the
writes themselves (time inside the batch transactions), without and with the amortized per-batch
reconcile (``vigil.bulk.AMORTIZE``, finished after the last batch),
and for writing with one reconcile of everything at the end instead (``vigil backfill
--no-reconcile`` followed by ``vigil reconcile``; that reconcile is timed after the run).
Rates are of the steady state: each configuration's start-up (worker processes started and each
loading the model, gazetteer and source lists; one worker loads them in its own process) is done
before the clock starts, and printed apart.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

EVALS = Path(__file__).resolve().parents[2] / "shared" / "evals"
CONFIGS = ("one", "two", "dask")


def texts() -> list[dict[str, Any]]:
    out = []
    for name in ("dev.jsonl", "dev2.jsonl"):
        path = EVALS / name
        if not path.exists():
            sys.exit(f"{path} not found: the benchmark reads the evaluation articles at run time")
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["report"])
    return out


def reports(n: int) -> Iterator[Any]:
    from vigil.readers import report_from_record

    base = texts()
    for i in range(n):
        rec = dict(base[i % len(base)])
        rec["id"] = f"{rec.get('id')}-{i}"
        rec["url"] = None
        rec["text"] = rec["text"] + f"\n\nArchive copy {i}."
        yield report_from_record(rec, f"bench:{i}")


def _hwm_kb() -> int:
    """This process's peak resident memory (kB)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _workers_peak_kb() -> int:
    """The largest peak resident memory among this process's worker processes (kB)."""
    import psutil

    return max((_peak_kb(c.pid) for c in psutil.Process().children(recursive=True)), default=0)


# --- one configuration, in its own process -------------------------------------------------------------

def run_config(config: str, n: int, workers: int, pg: str | None, batch: int) -> dict[str, Any]:
    from vigil.ingest import Incoming
    from vigil.parallel import ParallelExtractor
    from vigil.settings import Settings

    settings = Settings()
    out: dict[str, Any] = {"config": config}
    cluster = client = None
    if config == "dask":
        import dask
        from distributed import Client, LocalCluster

        # as docs/scale.md advises for Vigil's workers: Dask's statistical profiler samples each
        # worker's stack every 10 ms, which costs extraction a few per cent for a diagnostic
        dask.config.set({"distributed.worker.profile.enabled": False})
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=40)
        client = Client(cluster)
    try:
        nproc = 1 if config in ("one", "dask") else workers
        with ParallelExtractor(settings, nproc, min_parallel=0) as ex:
            # start-up (worker processes, each loading the model, gazetteer and source lists) is timed
            # apart: a backfill pays it once, and it would weigh on a short run's rate
            t0 = time.perf_counter()
            if client is not None:
                from vigil.distributed import warm_up

                warm_up(client, settings)
            else:
                ex.warm_up()
            out["startup_s"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            if pg is None:
                claims = 0
                if client is not None:
                    from vigil.distributed import extract_on_dask

                    for _, found, _sig in extract_on_dask(reports(n), client, settings):
                        claims += len(found)
                else:
                    for res in ex.extract_many(reports(n)):
                        claims += len(res.claims)
                out.update(reports=n, claims=claims)
            else:
                out.update(_store(pg, (Incoming(r, "bench", r.id) for r in reports(n)), ex, client, batch))
            out["seconds"] = time.perf_counter() - t0
            pool_peak = _workers_peak_kb()
        if client is not None:
            peaks = client.run(_hwm_kb)
            out["worker_peak_mb"] = max(peaks.values()) / 1024
        elif nproc == 1:
            out["worker_peak_mb"] = _hwm_kb() / 1024
        else:
            out["worker_peak_mb"] = pool_peak / 1024
        out["main_peak_mb"] = _hwm_kb() / 1024
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    return out


def _store(pg: str, items: Iterator[Any], ex: Any, client: Any, batch: int) -> dict[str, Any]:
    import vigil.incidents
    from vigil import bulk
    from vigil.store import Store, claims, incidents, reports, scratch_schema

    spent = {"write_s": 0.0, "reconcile_s": 0.0}
    real_write = bulk.BulkWriter.write
    real_reconcile = vigil.incidents.reconcile_claims

    def timed_write(self: Any, rows: Any) -> Any:
        t = time.perf_counter()
        try:
            return real_write(self, rows)
        finally:
            spent["write_s"] += time.perf_counter() - t

    def timed_reconcile(*args: Any, **kwargs: Any) -> Any:
        t = time.perf_counter()
        try:
            return real_reconcile(*args, **kwargs)
        finally:
            spent["reconcile_s"] += time.perf_counter() - t

    real_finish = bulk.BulkWriter.finish

    def timed_finish(self: Any) -> None:     # the reconcile of what waits after the last batch
        t = time.perf_counter()
        try:
            real_finish(self)
        finally:
            spent["write_s"] += time.perf_counter() - t

    bulk.BulkWriter.write = timed_write  # type: ignore[method-assign,assignment]
    bulk.BulkWriter.finish = timed_finish  # type: ignore[method-assign]
    vigil.incidents.reconcile_claims = timed_reconcile
    with scratch_schema(pg, "vigil_bench") as url:
        store = Store.open(url)
        s = bulk.bulk_ingest(store, items, extractor=ex, dask=client, batch_size=batch)
        # the other way a backfill can run (``--no-reconcile``, then one ``vigil reconcile``): the
        # same writes, and one reconcile of everything at the end, timed here on the same data
        t = time.perf_counter()
        vigil.incidents.run_reconcile(store)
        spent["full_reconcile_s"] = time.perf_counter() - t
        got = {"reports": store.count(reports), "claims": store.count(claims), "incidents": store.count(incidents),
               "new": s.new, "near_duplicates": s.duplicates, **spent}
        store.close()
    return got


# --- the orchestra ---------------------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=20_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--pg", default=os.environ.get("VIGIL_TEST_DATABASE_URL"))
    ap.add_argument("--no-store", action="store_true", help="extraction alone only")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--one", help=argparse.SUPPRESS)          # internal: run one configuration
    ap.add_argument("--store-into", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(run_config(a.one, a.reports, a.workers, a.store_into, a.batch)))
        return
    configs = [c for c in CONFIGS if not (a.no_dask and c == "dask")]
    phases = [("extraction alone", None)] + ([] if a.no_store or not a.pg else [("extraction + store into PostgreSQL", a.pg)])
    print(f"{a.reports:,} reports (the {len(texts())} dev + dev2 articles repeated), {os.cpu_count()} cores, "
          f"{a.workers} workers")
    for title, pg in phases:
        print(title)
        base: float | None = None
        for c in configs:
            cmd = [sys.executable, __file__, "--one", c, "--reports", str(a.reports), "--workers", str(a.workers),
                   "--batch", str(a.batch)] + (["--store-into", pg] if pg else [])
            r = subprocess.run(cmd, capture_output=True, text=True)
            if r.returncode != 0:
                print(f"  {c}: failed\n{r.stderr[-3000:]}")
                continue
            res = json.loads(r.stdout.strip().splitlines()[-1])
            rate = res["reports"] / res["seconds"]
            base = base or (rate if c == "one" else None)
            label = {"one": "1 worker", "two": f"{a.workers} worker processes",
                     "dask": f"Dask LocalCluster ({a.workers} workers)"}[c]
            line = (f"  {label:<32} {rate:7.1f} articles/s  x{rate / base if base else float('nan'):.2f}  "
                    f"peak {res['worker_peak_mb']:.0f} MB per worker ({res['main_peak_mb']:.0f} MB main); "
                    f"start-up {res['startup_s']:.1f} s (not counted)")
            if pg:
                line += (f"\n  {'':<32} {res['claims']:,} claims, {res['reports']:,} reports "
                         f"({res['near_duplicates']:,} near-duplicate), {res['incidents']:,} incidents; "
                         f"store {res['claims'] / (res['write_s'] - res['reconcile_s']):,.0f} claims/s "
                         f"({res['write_s'] - res['reconcile_s']:.1f} s writing), with the amortized per-batch reconcile "
                         f"{res['claims'] / res['write_s']:,.0f} claims/s ({res['reconcile_s']:.1f} s reconciling), "
                         f"or writing then one reconcile at the end {res['claims'] / (res['write_s'] - res['reconcile_s'] + res['full_reconcile_s']):,.0f} "
                         f"claims/s ({res['full_reconcile_s']:.1f} s reconciling)")
            else:
                line += f"  ({res['claims']:,} claims)"
            print(line, flush=True)


if __name__ == "__main__":
    main()
