"""API latency and export throughput over a large synthetic store.

The synthetic claims are spread over 10 countries x 20 provinces and 1,000 days, so incidents hold a
handful of claims each, as real ones do.

    python bench/api.py [--claims 100000] [--pg postgresql://postgres@127.0.0.1:5432/test] [--requests 200]

Fills a fresh SQLite file (and, with --pg or VIGIL_TEST_DATABASE_URL, a fresh PostgreSQL schema) with
synthetic reports and claims written straight to the tables (two claims a report, invented words),
reconciles them, then times filtered ``/api/incidents`` pages, ``/api/claims?q=`` full-text pages
(p50/p95 over --requests calls each, through the ASGI app in-process) and the exports of all incidents
in each format: ACLED and UCDP (killed and casualties incidents), GeoJSON, CSV and JSON Lines (every
incident), with rows/s and how much the peak resident memory grew during each export (flat memory:
a few MB whatever the number of rows).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from vigil.api import create_app
from vigil.incidents import run_reconcile
from vigil.settings import Settings
from vigil.store import Store, claim_places, claims, reports, scratch_schema

COUNTRIES = {"SY": ("Aleppo", 36.2, 37.1), "UA": ("Kharkiv", 49.9, 36.2), "SD": ("Khartoum", 15.5, 32.5),
             "NG": ("Borno", 11.8, 13.1), "CD": ("Ituri", 1.5, 29.9), "ML": ("Mopti", 14.5, -4.2),
             "SO": ("Banaadir", 2.0, 45.3), "YE": ("Taiz", 13.6, 44.0), "MM": ("Sagaing", 22.0, 95.9),
             "HT": ("Ouest", 18.5, -72.3)}
WORDS = ["market", "school", "convoy", "village", "checkpoint", "hospital", "camp", "bridge", "mosque", "church", "farm", "road"]


def fill(store: Store, n_claims: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    n_reports = n_claims // 2
    with store.engine.begin() as conn:
        for start in range(0, n_reports, 5000):
            rows, crow, prow = [], [], []
            for i in range(start, min(n_reports, start + 5000)):
                cc = rng.choice(list(COUNTRIES))
                base, lat0, lon0 = COUNTRIES[cc]
                district = rng.randrange(20)      # 20 provinces a country, a degree or two apart
                admin1 = f"{base} {district}"
                lat, lon = lat0 + (district % 5) * 1.5, lon0 + (district // 5) * 1.5
                day = date(2023, 1, 1) + timedelta(days=rng.randrange(1000))
                w = rng.choice(WORDS)
                text = (f"Shelling hit a {w} near {admin1} on {day:%A}, killing {rng.randint(2, 90)} people and "
                        f"wounding {rng.randint(2, 200)} others, officials said. Report {i}.")
                rows.append({"id": i + 1, "external_id": f"r{i}", "url": None, "content_hash": uuid.uuid4().hex * 2,
                             "title": None, "outlet": f"Outlet {i % 40}", "published": day + timedelta(days=1),
                             "published_estimated": False, "retrieved_at": now, "arrived_via": "api",
                             "origin": "bench", "text": text, "extractor_version": "bench", "duplicate_of": None,
                             "similarity": None, "minhash": None})
                for k, outcome in enumerate(("killed", "injured")):
                    cid = 2 * i + k + 1
                    value = rng.randint(2, 200)
                    crow.append({"id": cid, "report_id": i + 1, "claim_key": f"c{k + 1}", "fingerprint": f"{cid:040d}",
                                 "outcome": outcome, "value": value, "low": value, "high": value,
                                 "qualifier": "exact", "count_text": str(value), "victims_category": "people",
                                 "victims_text": "people", "victims_groups": "[]", "victims_demographic": "[]",
                                 "perpetrator_text": None, "perpetrator_stance": None,
                                 "source_name": rng.choice(["officials", "Syrian Observatory for Human Rights",
                                                            "United Nations"]), "source_text": None,
                                 "source_kind": "government", "verification": "unknown", "time_start": day,
                                 "time_end": day, "time_text": day.strftime("%A"), "time_inherited": False,
                                 "incidents": None, "part_of": None, "derived": False, "evidence_text": text,
                                 "evidence_start": 0, "evidence_end": len(text), "extractor_version": "bench"})
                    prow.append({"claim_id": cid, "name": admin1, "admin1": admin1, "country": cc,
                                 "lat": lat + rng.uniform(-0.2, 0.2), "lon": lon + rng.uniform(-0.2, 0.2),
                                 "precision": "point"})
            conn.execute(reports.insert(), rows)
            conn.execute(claims.insert(), crow)
            conn.execute(claim_places.insert(), prow)
    # written straight to the tables: refresh the planner statistics as ``vigil backfill`` does at its end
    store.analyze()


EXPORT_FORMATS = ("acled", "ucdp", "geojson", "csv", "jsonl")


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _reset_peak() -> int | None:
    """Reset this process's peak resident memory to the current one (Linux); returns it in kB, or
    None where that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        return None
    return _status_kb("VmRSS")


def percentiles(xs: list[float]) -> tuple[float, float]:
    xs = sorted(xs)
    return statistics.median(xs) * 1000, xs[int(0.95 * (len(xs) - 1))] * 1000


def measure(url: str, n: int, requests: int) -> dict[str, Any]:
    store = Store.open(url)
    t0 = time.perf_counter()
    fill(store, n)
    t_fill = time.perf_counter() - t0
    t0 = time.perf_counter()
    run_reconcile(store)
    t_rec = time.perf_counter() - t0
    rng = random.Random(9)
    out: dict[str, Any] = {"fill_s": t_fill, "reconcile_s": t_rec}
    with TestClient(create_app(Settings(database_url=url))) as c:
        lat: list[float] = []
        for _ in range(requests):
            params: dict[str, Any] = {"country": rng.choice(list(COUNTRIES)), "outcome": "killed", "limit": 50}
            if rng.random() < 0.5:
                params["since"] = "2024-06-01"
            t = time.perf_counter()
            r = c.get("/api/incidents", params=params)
            nxt = r.json().get("next")
            lat.append(time.perf_counter() - t)
            if nxt:
                t = time.perf_counter()
                c.get("/api/incidents", params={**params, "cursor": nxt})
                lat.append(time.perf_counter() - t)
        out["incidents_p50_ms"], out["incidents_p95_ms"] = percentiles(lat)
        lat = []
        for _ in range(requests):
            t = time.perf_counter()
            c.get("/api/claims", params={"q": rng.choice(WORDS), "limit": 50})
            lat.append(time.perf_counter() - t)
        out["claims_q_p50_ms"], out["claims_q_p95_ms"] = percentiles(lat)
    from vigil.exports import export

    for fmt in EXPORT_FORMATS:
        with open(os.devnull, "w") as sink:
            base = _reset_peak()
            t = time.perf_counter()
            rows = export(store, fmt, sink)
            dt = time.perf_counter() - t
        out[f"export_{fmt}_rows"] = rows
        out[f"export_{fmt}_rows_s"] = rows / dt if dt else 0.0
        if base is not None:
            out[f"export_{fmt}_peak_growth_mb"] = (_status_kb("VmHWM") - base) / 1024
    store.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--pg", default=os.environ.get("VIGIL_TEST_DATABASE_URL"))
    a = ap.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as d:
        results["sqlite"] = measure(f"sqlite:///{Path(d) / 'api.db'}", a.claims, a.requests)
    if a.pg:
        with scratch_schema(a.pg, "vigil_bench") as url:
            results["postgresql"] = measure(url, a.claims, a.requests)
    print(f"{a.claims:,} synthetic claims")
    for db, r in results.items():
        print(f"  {db}: " + json.dumps({k: round(v, 1) for k, v in r.items()}))
    print(f"  peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
