"""Ingest throughput: invented articles into SQLite and into PostgreSQL.

    python bench/ingest.py [--n 2000] [--violent-share 0.3] [--pg postgresql://postgres@127.0.0.1:5432/test]

Generates the corpus of ``bench/corpus.py`` and ingests it (extraction, near-duplicate check, one
transaction per report) into a fresh SQLite file and, when ``--pg`` or VIGIL_TEST_DATABASE_URL is
given, into a fresh schema on that PostgreSQL server; prints articles/s for each and peak memory.
Extraction is timed once separately so the storage cost can be read off the difference.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import generate

from vigil.extract.pipeline import Extractor
from vigil.ingest import Incoming, Ingestor
from vigil.store import Store, claims, reports, scratch_schema


def run(url: str, items: list[Incoming], ex: Extractor) -> tuple[float, int, int]:
    store = Store.open(url)
    t0 = time.perf_counter()
    Ingestor(store, ex).ingest(items)
    dt = time.perf_counter() - t0
    n, k = store.count(reports), store.count(claims)
    store.close()
    return dt, n, k


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--violent-share", type=float, default=0.3)
    ap.add_argument("--pg", default=os.environ.get("VIGIL_TEST_DATABASE_URL"))
    a = ap.parse_args()
    now = datetime.now(UTC)
    items = [Incoming(r, "api", f"bench:{r.id}", now) for r in generate(a.n, a.violent_share, seed=3)]
    ex = Extractor()
    ex.extract(items[0].report)
    t0 = time.perf_counter()
    for _ in ex.extract_many([i.report for i in items]):
        pass
    ext = time.perf_counter() - t0
    print(f"{a.n:,} invented articles ({a.violent_share:.0%} about violence)")
    print(f"  extraction only     {a.n / ext:8.1f} articles/s")
    with tempfile.TemporaryDirectory() as d:
        dt, n, k = run(f"sqlite:///{Path(d) / 'bench.db'}", items, ex)
        print(f"  ingest into SQLite  {a.n / dt:8.1f} articles/s  ({n:,} reports, {k:,} claims, {dt:.1f} s)")
    if a.pg:
        with scratch_schema(a.pg, "vigil_bench") as url:
            dt, n, k = run(url, items, ex)
            print(f"  ingest into Postgres {a.n / dt:7.1f} articles/s  ({n:,} reports, {k:,} claims, {dt:.1f} s)")
    print(f"  peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
