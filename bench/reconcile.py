"""Reconcile throughput: synthetic claims into incidents, for 10k, 100k and 1M claims.

    python bench/reconcile.py [--max 1000000] [--seed 1] [--sizes 10000 100000 1000000]

Generates seeded synthetic :class:`vigil.reconcile.ClaimRecord` lists (invented countries, provinces,
towns, sources and outlets; see ``generate``), times ``reconcile()`` on each size and prints the time,
microseconds per claim, the ratio of the time to n log2 n (relative to the smallest size: 1.0 means
exactly n log n growth, less is better) and the process's peak memory (``ru_maxrss``, which includes the
generated records and only grows from one size to the next). Generation is not timed.
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import resource
import sys
import time
from datetime import date, timedelta
from typing import Any

from vigil.models import Claim, Count, Evidence, Place, Source, TimeSpan, Victims
from vigil.reconcile import ClaimRecord, reconcile

OUTCOMES = (("killed", 0.55), ("injured", 0.25), ("displaced", 0.08), ("abducted", 0.05), ("missing", 0.04),
            ("detained", 0.03))
CATS = (("civilians", 0.45), ("people", 0.35), ("state_forces", 0.1), ("non_state_fighters", 0.07),
        ("combatants", 0.03))
SOURCE_KINDS = ("monitor", "un", "ngo", "medical", "government", "military", "armed_group", "media", "witness",
                "other")
QUALS = (("exact", 0.5), ("approximately", 0.1), ("at_least", 0.2), ("more_than", 0.08), ("at_most", 0.04),
         ("vague", 0.08))
VAGUE = ((3, 9), (24, 99), (40, 99), (200, 999), (None, None))
EPOCH = date(2020, 1, 1)
DAYS = 5 * 365


def _pick(rnd: random.Random, table: tuple[tuple[Any, float], ...]) -> Any:
    x = rnd.random()
    for item, w in table:
        x -= w
        if x <= 0:
            return item
    return table[-1][0]


def generate(n: int, seed: int = 1, countries: int = 40, truth: dict[int, int] | None = None) -> list[ClaimRecord]:
    """``n`` claim records about invented incidents: each incident (a country, a province, a town, one or
    two days, an outcome, a toll) is reported 1-12 times over the following ten days by sources of all
    kinds with a growing toll; 20% of reports are syndicated copies, 10% of claims have no time, 10% only
    a country, 5% have a part, and 1% are running totals over 10-60 days. Shared sub-objects keep memory
    down (claims are never mutated). ``truth``, if given, receives claim id -> generated incident number."""
    rnd = random.Random(seed)
    ev = Evidence("(synthetic)", 0, 11)
    victims = {c: Victims(c, c) for c, _ in CATS}
    geo: list[tuple[str, list[tuple[str, float, float]]]] = []
    for i in range(countries):
        code = chr(65 + i // 26) + chr(65 + i % 26)
        lat0, lon0 = rnd.uniform(-40, 55), rnd.uniform(-100, 120)
        provs = [(f"Province {code}-{k}", lat0 + rnd.uniform(-4, 4), lon0 + rnd.uniform(-4, 4)) for k in range(12)]
        geo.append((code, provs))
    sources = [Source(f"Source {k}", f"Source {k}", SOURCE_KINDS[k % len(SOURCE_KINDS)]) for k in range(300)]
    outlets = [f"Outlet {k}" for k in range(500)]
    country_places = {code: [Place(code, code, None, None, None, "country")] for code, _ in geo}
    prov_places: dict[str, list[Place]] = {}
    spans: dict[tuple[int, int], TimeSpan] = {}

    def span(a: int, b: int) -> TimeSpan:
        t = spans.get((a, b))
        if t is None:
            t = spans[(a, b)] = TimeSpan(EPOCH + timedelta(days=a), EPOCH + timedelta(days=b), "days")
        return t

    out: list[ClaimRecord] = []
    cid = report = event = 0
    while len(out) < n:
        event += 1
        code, provs = rnd.choice(geo)
        prov, plat, plon = rnd.choice(provs)
        town_lat, town_lon = plat + rnd.uniform(-0.5, 0.5), plon + rnd.uniform(-0.5, 0.5)
        outcome = _pick(rnd, OUTCOMES)
        cat = _pick(rnd, CATS)
        long = rnd.random() < 0.01
        day0 = rnd.randrange(DAYS)
        day1 = day0 + (rnd.randint(10, 60) if long else rnd.choice((0, 0, 1)))
        toll = max(1, int(rnd.lognormvariate(2.0, 1.3)))
        first_report: int | None = None
        for k in range(rnd.randint(1, 12)):
            report += 1
            pub = day1 + rnd.randint(0, 10)
            dup = first_report if first_report is not None and rnd.random() < 0.2 else None
            first_report = first_report or report
            q = _pick(rnd, QUALS)
            value: int | None = int(toll * (1 + 0.15 * k) * rnd.uniform(0.8, 1.2)) + 1
            low: int | None = value
            high: int | None = value
            if q == "at_least":
                high = None
            elif q == "more_than":
                low, high = (value or 0) + 1, None
            elif q == "at_most":
                low = 0
            elif q == "vague":
                value = None
                low, high = rnd.choice(VAGUE)
            r = rnd.random()
            if long or r < 0.1:
                places = country_places[code]
            else:
                key = f"{prov}|{round(town_lat, 1)}|{round(town_lon, 1)}" if r < 0.6 else prov
                places = prov_places.get(key) or prov_places.setdefault(key, [Place(
                    key, code, prov, round(town_lat, 1) if r < 0.6 else None,
                    round(town_lon, 1) if r < 0.6 else None, "point" if r < 0.6 else "admin1")])
            timed = long or rnd.random() > 0.1
            src = rnd.choice(sources) if rnd.random() < 0.8 else None
            cid += 1
            claim = Claim(id="c1", outcome=outcome, count=Count(value, low, high, q, str(value)),
                          victims=victims[cat], evidence=ev, source=src,
                          verification="verified" if rnd.random() < 0.02 else "unknown",
                          time=span(day0, day1) if timed else None, places=places)
            published = EPOCH + timedelta(days=pub)
            outlet = rnd.choice(outlets)
            out.append(ClaimRecord(cid, report, published, outlet, dup, claim))
            if truth is not None:
                truth[cid] = event
            if rnd.random() < 0.05 and value is not None:
                cid += 1
                part = Claim(id="c2", outcome=outcome, count=Count(value // 3, value // 3, value // 3, "exact", ""),
                             victims=victims["civilians"], evidence=ev, source=src, time=claim.time, places=places,
                             part_of="c1")
                out.append(ClaimRecord(cid, report, published, outlet, dup, part, cid - 1))
                if truth is not None:
                    truth[cid] = event
    del out[n:]
    return out


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--max", type=int, default=None, help="skip sizes above this many claims")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--truth", action="store_true",
                    help="also compare with the generated incidents (untimed): output incidents mixing several, and "
                         "generated incidents split over several outputs")
    a = ap.parse_args(argv)
    sizes = [s for s in a.sizes if a.max is None or s <= a.max]
    print(f"{'claims':>10} {'generate s':>10} {'reconcile s':>11} {'us/claim':>9} {'incidents':>10} "
          f"{'episodes':>8} {'vs n log n':>10} {'peak MB':>8}")
    base: float | None = None
    reconcile(generate(2000, a.seed + 1))  # warm-up, untimed
    for n in sizes:
        truth: dict[int, int] | None = {} if a.truth else None
        t0 = time.perf_counter()
        records = generate(n, a.seed, truth=truth)
        gen = time.perf_counter() - t0
        gc.collect()
        t0 = time.perf_counter()
        incidents = reconcile(records)
        dt = time.perf_counter() - t0
        per = dt / (n * math.log2(n))
        base = base or per
        episodes = sum(1 for i in incidents if i.kind == "episode")
        print(f"{n:>10,} {gen:>10.1f} {dt:>11.2f} {dt / n * 1e6:>9.1f} {len(incidents):>10,} {episodes:>8,} "
              f"{per / base:>10.2f} {_peak_mb():>8,.0f}", flush=True)
        if truth is not None:
            where: dict[int, set[str]] = {}
            mixed = 0
            for inc in incidents:
                events = {truth[c] for c in inc.claims}
                mixed += len(events) > 1
                for e in events:
                    where.setdefault(e, set()).add(inc.id)
            split = sum(len(v) > 1 for v in where.values())
            print(f"{'':>10} truth: {len(where):,} generated incidents; {mixed / len(incidents):.1%} of outputs mix "
                  f"several, {split / len(where):.1%} of generated ones are split", flush=True)
        del records, incidents
        gc.collect()
    return 0


if __name__ == "__main__":
    sys.exit(main())
