"""Time to first render of the dashboard (10k incidents) and of an incident page (200 claims) in headless
Chromium.

    python bench/dashboard.py [--incidents 10000] [--claims 200] [--runs 5] [--chromium /usr/bin/chromium]
    python bench/dashboard.py --concurrent [--incidents 5000] [--reports 2000] [--clients 20] [--rounds 4]
                              [--requests 200]

Fills a fresh SQLite file with synthetic reports and claims written straight to the tables (invented
words; one claim a report spread over 10 countries x 20 provinces x 1,000 days, so nearly every claim is
its own incident), plus one event told by ``--claims`` reports, reconciles, serves the app on 127.0.0.1
and loads each page ``--runs`` times in a fresh browser tab. "First render" is from navigation to the
page being usable: the map's outlines and every marker drawn and the timeline plotted (dashboard), the
toll-history chart plotted (incident page). Targets: < 2 s and < 1 s.

``--concurrent`` measures the server under load instead: ``vigil serve`` in its own process on
127.0.0.1, ``--clients`` concurrent clients each sending requests one after another, ``--rounds``
rounds of ``--requests`` requests to ``/`` and as many to ``/api/incidents`` (alternating pages and
filters), printing p50/p95 latency per route and round and the server's resident memory after each
round. Targets: ``/`` p95 < 500 ms, ``/api/incidents`` p95 < 100 ms, memory flat after the first
round. Only 127.0.0.1 is contacted, and every request has a 60 s timeout.
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

import sqlalchemy as sa
from playwright.sync_api import sync_playwright

from vigil.incidents import run_reconcile
from vigil.settings import Settings
from vigil.store import Store, claim_places, claims, incidents, reports
from vigil.web.local import CHROMIUM_ARGS, chromium_path, local_server

COUNTRIES = {"SY": ("Aleppo", 36.2, 37.1), "UA": ("Kharkiv", 49.9, 36.2), "SD": ("Khartoum", 15.5, 32.5),
             "NG": ("Borno", 11.8, 13.1), "CD": ("Ituri", 1.5, 29.9), "ML": ("Mopti", 14.5, -4.2),
             "SO": ("Banaadir", 2.0, 45.3), "YE": ("Taiz", 13.6, 44.0), "MM": ("Sagaing", 22.0, 95.9),
             "HT": ("Ouest", 18.5, -72.3)}
VICTIMS = ["civilians", "civilians", "people", "state_forces", "non_state_fighters", "combatants"]


def _row(i: int, text: str, day: date, now: datetime) -> dict[str, Any]:
    return {"id": i, "external_id": f"r{i}", "url": None, "content_hash": uuid.uuid4().hex * 2, "title": None,
            "outlet": f"Outlet {i % 40}", "published": day + timedelta(days=1), "published_estimated": False,
            "retrieved_at": now, "arrived_via": "api", "origin": "bench", "text": text, "extractor_version": "bench",
            "duplicate_of": None, "similarity": None, "minhash": None}


def _claim(cid: int, rid: int, value: int, victims: str, source: str, day: date, text: str) -> dict[str, Any]:
    return {"id": cid, "report_id": rid, "claim_key": "c1", "fingerprint": f"{cid:040d}", "outcome": "killed",
            "value": value, "low": value, "high": value, "qualifier": "exact", "count_text": str(value),
            "victims_category": victims, "victims_text": victims, "victims_groups": "[]",
            "victims_demographic": "[]", "perpetrator_text": None, "perpetrator_stance": None,
            "source_name": source, "source_text": None, "source_kind": "government", "verification": "unknown",
            "time_start": day, "time_end": day, "time_text": day.strftime("%A"), "time_inherited": False,
            "incidents": None, "part_of": None, "derived": False, "evidence_text": text, "evidence_start": 0,
            "evidence_end": len(text), "extractor_version": "bench"}


def fill(store: Store, n: int, big: int, seed: int = 7, reports_: int | None = None) -> None:
    """``n`` scattered claims and one event reported ``big`` times; the scattered claims come from
    ``reports_`` reports (several claims each) when given, else one report each."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    rows, crow, prow = [], [], []
    for i in range(1, n + 1):
        if reports_ and i > reports_:        # a further claim of an earlier report
            cc = rng.choice(list(COUNTRIES))
            base, lat0, lon0 = COUNTRIES[cc]
            district = rng.randrange(20)
            day = date(2023, 1, 1) + timedelta(days=rng.randrange(1000))
            value = rng.randint(1, 120)
            text = f"Shelling near {base} {district} on {day:%A} killed {value} people, officials said."
            crow.append({**_claim(i, 1 + (i - 1) % reports_, value, rng.choice(VICTIMS),
                                  rng.choice(["officials", "a monitor", "the UN"]), day, text), "claim_key": f"c{i}"})
            prow.append({"claim_id": i, "name": f"{base} {district}", "admin1": f"{base} {district}", "country": cc,
                         "lat": lat0 + (district % 5) * 1.5 + rng.uniform(-0.2, 0.2),
                         "lon": lon0 + (district // 5) * 1.5 + rng.uniform(-0.2, 0.2), "precision": "point"})
            continue
        cc = rng.choice(list(COUNTRIES))
        base, lat0, lon0 = COUNTRIES[cc]
        district = rng.randrange(20)
        day = date(2023, 1, 1) + timedelta(days=rng.randrange(1000))
        value = rng.randint(1, 120)
        text = f"Shelling near {base} {district} on {day:%A} killed {value} people, officials said. Report {i}."
        rows.append(_row(i, text, day, now))
        crow.append(_claim(i, i, value, rng.choice(VICTIMS), rng.choice(["officials", "a monitor", "the UN"]), day,
                           text))
        prow.append({"claim_id": i, "name": f"{base} {district}", "admin1": f"{base} {district}", "country": cc,
                     "lat": lat0 + (district % 5) * 1.5 + rng.uniform(-0.2, 0.2),
                     "lon": lon0 + (district // 5) * 1.5 + rng.uniform(-0.2, 0.2), "precision": "point"})
    day = date(2026, 3, 1)
    for k in range(big):
        i = n + 1 + k
        value = 40 + k // 4
        text = f"The toll from Sunday's strike on the market in Alpha town rose to {value}, source {k % 25} said."
        rows.append(_row(i, text, day + timedelta(days=k // 20), now))
        crow.append(_claim(i, i, value, "civilians", f"Source {k % 25}", day, text))
        prow.append({"claim_id": i, "name": "Alpha town", "admin1": "Alpha", "country": "ZZ", "lat": 10.0,
                     "lon": 10.0, "precision": "point"})
    with store.engine.begin() as conn:
        for table, values in ((reports, rows), (claims, crow), (claim_places, prow)):
            for k in range(0, len(values), 5000):
                conn.execute(table.insert(), values[k:k + 5000])


def timed(page: Any, url: str, *ready: str) -> float:
    t0 = time.perf_counter()
    page.goto(url, wait_until="commit")
    for sel in ready:
        page.wait_for_selector(sel, state="attached", timeout=60_000)
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")  # painted
    return time.perf_counter() - t0


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds the process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]


async def _get(reader: Any, writer: Any, path: str) -> tuple[int, bytes]:
    """One GET over a kept-alive HTTP/1.1 connection: (status, body); Content-Length or chunked bodies."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode("ascii"))
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    fields = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
    if "content-length" in fields:
        return status, await reader.readexactly(int(fields["content-length"]))
    body = bytearray()
    while True:     # Transfer-Encoding: chunked
        n = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
        body += await reader.readexactly(n + 2)
        if n == 0:
            return status, bytes(body)
        del body[-2:]



def concurrent(args: argparse.Namespace) -> None:
    """Latency and server memory under ``args.clients`` concurrent clients (see the module docstring)."""
    import asyncio
    import socket
    import subprocess

    import httpx

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        store = Store.open(f"sqlite:///{path}")
        t0 = time.perf_counter()
        fill(store, int(args.incidents * 1.04), 0, reports_=args.reports)
        run_reconcile(store)
        with store.engine.connect() as conn:
            n_inc = conn.execute(sa.select(sa.func.count()).select_from(incidents)).scalar()
            n_rep = conn.execute(sa.select(sa.func.count()).select_from(reports)).scalar()
        store.close()
        print(f"store: {n_rep:,} reports, {n_inc:,} incidents (filled and reconciled in "
              f"{time.perf_counter() - t0:.1f} s)", file=sys.stderr)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "vigil", "serve", "--db", str(path), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start")
                time.sleep(0.2)
            routes = {"/": ["/", "/?outcome=killed", "/?country=SY", "/?victims=civilians"],
                      "/api/incidents": ["/api/incidents", "/api/incidents?country=UA", "/api/incidents?limit=100",
                                         "/api/incidents?outcome=killed&victims=people"]}

            async def one_round(route: str) -> tuple[list[float], int]:
                todo = [routes[route][k % len(routes[route])] for k in range(args.requests)]
                times: list[float] = []
                size = 0

                async def client() -> None:
                    # one keep-alive connection per client, spoken in plain HTTP/1.1: a full client library
                    # spends more CPU per request than the server does, and on 2 shared cores that would
                    # be measured as server latency
                    nonlocal size
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                    try:
                        while todo:
                            url = todo.pop()
                            t = time.perf_counter()
                            status, body = await _get(reader, writer, url)
                            times.append(time.perf_counter() - t)
                            if status != 200:
                                raise SystemExit(f"GET {url}: HTTP {status}")
                            size = max(size, len(body))
                    finally:
                        writer.close()

                await asyncio.gather(*(client() for _ in range(args.clients)))
                return times, size

            print(f"{args.clients} concurrent clients, {args.requests} requests per route and round; "
                  f"server RSS at start {_rss_mb(server.pid):.0f} MB; load average {os.getloadavg()[0]:.1f} "
                  f"on {os.cpu_count()} cores (latency on a shared machine is noisy; CPU per request less so)")
            for k in range(1, args.rounds + 1):
                for route, target in (("/", 0.5), ("/api/incidents", 0.1)):
                    cpu, mine = _cpu_s(server.pid), time.process_time()
                    times, size = asyncio.run(one_round(route))
                    cpu = (_cpu_s(server.pid) - cpu) / len(times)
                    mine = (time.process_time() - mine) / len(times)
                    p50, p95 = _pct(times, 0.5), _pct(times, 0.95)
                    print(f"round {k} {route:15s} p50 {p50 * 1000:6.0f} ms  p95 {p95 * 1000:6.0f} ms  "
                          f"(target p95 < {target * 1000:.0f} ms; largest response {size / 1024:.0f} KB; "
                          f"CPU a request: server {cpu * 1000:.1f} ms, clients {mine * 1000:.1f} ms)")
                print(f"round {k} server RSS {_rss_mb(server.pid):.0f} MB")
        finally:
            server.terminate()
            server.wait(10)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--incidents", type=int, default=10_000)
    ap.add_argument("--claims", type=int, default=200)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--chromium", default=chromium_path())
    ap.add_argument("--concurrent", action="store_true", help="measure latency and memory under concurrent clients")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--reports", type=int, default=2_000, help="with --concurrent: the claims' reports")
    args = ap.parse_args()
    if args.concurrent:
        concurrent(args)
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'bench.db'}"
        store = Store.open(db)
        t0 = time.perf_counter()
        fill(store, int(args.incidents * 1.04), args.claims)   # a few claims merge
        run_reconcile(store)
        with store.engine.connect() as conn:
            n_inc = conn.execute(sa.select(sa.func.count()).select_from(incidents)
                                 .where(incidents.c.kind == "incident")).scalar()
            big_id, n_big = conn.execute(
                sa.select(incidents.c.id, incidents.c.body).where(incidents.c.country == "ZZ")).one()
        n_big = len(json.loads(n_big)["claims"])
        print(f"store: {n_inc:,} incidents, the big one {big_id} with {n_big} claims "
              f"(filled and reconciled in {time.perf_counter() - t0:.1f} s)", file=sys.stderr)
        results: dict[str, list[float]] = {"dashboard": [], "incident": []}
        with local_server(Settings(database_url=db)) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            for k in range(args.runs + 1):           # the first run warms the server and the disk cache
                page = browser.new_page(viewport={"width": 1360, "height": 900})
                d = timed(page, base + "/", "#map[data-ready='1']", "#timeline canvas")
                i = timed(page, f"{base}/incidents/{big_id}", "#history-chart[data-ready='1']")
                if k:
                    results["dashboard"].append(d)
                    results["incident"].append(i)
                page.close()
            page = browser.new_page()
            page.goto(base + "/")
            page.wait_for_selector("#map[data-ready='1']")
            markers = page.evaluate("window.vigilMap.markers")
            browser.close()
        store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for name, target, what in (("dashboard", 2.0, f"{markers:,} markers"),
                               ("incident", 1.0, f"{n_big} claims")):
        xs = results[name]
        print(f"{name:9s} ({what}): first render median {statistics.median(xs):.2f} s, max {max(xs):.2f} s "
              f"over {len(xs)} runs (target < {target:.0f} s)")
    print(f"peak RSS of the server and bench process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
