"""End-to-end check against UCDP GED: headlines in, incidents out, compared with the coded events.

    python bench/ucdp_compare.py ../shared/corpora/ucdp_ged_syria_2016_2019.csv [--db /tmp/ucdp.db] [--limit N]

Ingests each row's ``source_headline`` as a report (published ``source_date``), reconciles, imports the
same file as a reference dataset and prints coverage and fatality agreement. A measurement, not a
test: a UCDP event is often one of several places a headline covers.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ucdp_headlines import reports as headline_reports

from vigil.extract.pipeline import Extractor
from vigil.incidents import count, run_reconcile
from vigil.ingest import Incoming, Ingestor
from vigil.reference import compare, import_reference
from vigil.store import Store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", type=Path)
    ap.add_argument("--db", default="sqlite:////tmp/vigil-ucdp.db")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--days", type=int, default=1)
    ap.add_argument("--km", type=float, default=50.0)
    a = ap.parse_args()
    now = datetime.now(UTC)
    items = [Incoming(r, "csv", f"{a.csv}:{r.id}", now) for r in headline_reports(a.csv) if r.published]
    if a.limit:
        items = items[:a.limit]
    store = Store.open(a.db)
    t0 = time.perf_counter()
    summary = Ingestor(store, Extractor()).ingest(items)
    print(f"ingest: {summary.line()} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    run_reconcile(store)
    n, e = count(store)
    print(f"reconcile: {n} incidents, {e} episodes", file=sys.stderr)
    dataset, imported, bad = import_reference(store, a.csv)
    print(f"reference: {dataset} {imported} events ({bad} skipped)", file=sys.stderr)
    result = compare(store, days=a.days, km=a.km, dataset=dataset)
    print(json.dumps(result.to_dict(), indent=1, default=str, ensure_ascii=False))


if __name__ == "__main__":
    main()
