"""Run the extractor over the headlines of a UCDP GED CSV (``source_headline``, published ``source_date``).

    python bench/ucdp_headlines.py ../shared/corpora/ucdp_ged_syria_2016_2019.csv [--sample 20] [--seed 7]

Prints how many headlines were read, how many claims were found (by outcome), errors, throughput and
a random sample of claims with their headline for checking by eye. Each CSV row becomes one report;
several headlines joined by ";" stay one text, as in the file.
"""

from __future__ import annotations

import argparse
import csv
import html
import random
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

from vigil.extract.pipeline import Extractor
from vigil.models import Report


def reports(path: Path) -> list[Report]:
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            text = html.unescape(row.get("source_headline") or "").strip()
            if not text:
                continue
            try:
                pub = date.fromisoformat(row["source_date"][:10])
            except (KeyError, ValueError):
                pub = None
            out.append(Report(id=row["id"], text=text, published=pub, outlet=row.get("source_office") or None))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", type=Path)
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    reps = reports(a.csv)
    if a.limit:
        reps = reps[:a.limit]
    ex = Extractor()
    ex.extract(Report(id="warm", text="Two people were killed.", published=date(2020, 1, 1)))
    t0 = time.perf_counter()
    results = []
    errors = 0
    for n, res in enumerate(ex.extract_many(reps), 1):
        results.append(res)
        if n % 2000 == 0:
            print(f"  {n:,}/{len(reps):,} headlines", file=sys.stderr)
    dt = time.perf_counter() - t0
    claims = [(r.report, c) for r in results for c in r.claims]
    by_outcome = Counter(c.outcome for _, c in claims)
    with_claims = sum(1 for r in results if r.claims)
    print(f"headlines {len(reps):,}  with claims {with_claims:,}  claims {len(claims):,}  errors {errors}")
    print("by outcome: " + ", ".join(f"{k} {v:,}" for k, v in by_outcome.most_common()))
    print(f"time {dt:.1f} s  ({len(reps) / dt:,.0f} headlines/s)")
    rng = random.Random(a.seed)
    for rep, c in rng.sample(claims, min(a.sample, len(claims))):
        src = c.source.name if c.source else "-"
        where = ",".join(sorted({p.admin1 or p.country for p in c.places})) or "-"
        print(f"\n[{rep.id} {rep.published}] {c.outcome} {c.count.text!r} ({c.count.value}) "
              f"{c.victims.category}/{c.victims.text!r} src={src} time={c.time.start if c.time else None} "
              f"where={where} part_of={c.part_of}\n   {c.evidence.text[:200]}")


if __name__ == "__main__":
    main()
