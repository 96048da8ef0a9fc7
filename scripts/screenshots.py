"""Take the README's screenshots of the dashboard from the bundled (invented) demo articles.

    .venv/bin/python scripts/screenshots.py [--out docs/img] [--chromium /usr/bin/chromium]

Builds a throw-away SQLite database from ``src/vigil/data/demo/demo.jsonl``, adds an analyst account,
serves the app on 127.0.0.1 and drives headless Chromium (Playwright) to the map, an incident page and
the review queue. Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from vigil import auth
from vigil.extract.pipeline import Extractor
from vigil.incidents import run_reconcile
from vigil.ingest import Ingestor, iter_inputs
from vigil.settings import Settings
from vigil.store import Store
from vigil.web import data
from vigil.web.local import CHROMIUM_ARGS, chromium_path, local_server

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "src" / "vigil" / "data" / "demo" / "demo.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    ap.add_argument("--chromium", default=chromium_path())
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'demo.db'}"
        store = Store.open(db)
        Ingestor(store, Extractor()).ingest(iter_inputs([str(DEMO)], Settings()))
        run_reconcile(store)
        auth.add_user(store, "analyst", "analyst", "demo-password")
        rows = data.dashboard(store, data.Filters())["rows"]
        shown = max(rows, key=lambda i: (len(i["history"]), i["best"] or 0))
        with local_server(Settings(database_url=db)) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1360, "height": 900})
            page.goto(base + "/")
            page.wait_for_selector("#map[data-ready='1']")
            page.wait_for_timeout(300)
            page.screenshot(path=str(args.out / "dashboard.png"))
            page.goto(f"{base}/incidents/{shown['id']}")
            page.wait_for_selector("#history-chart[data-ready='1']")
            page.screenshot(path=str(args.out / "incident.png"), full_page=True)
            page.goto(base + "/login")
            page.fill("input[name=name]", "analyst")
            page.fill("input[name=password]", "demo-password")
            page.click("form.login button[type=submit]")
            page.goto(base + "/review")
            page.screenshot(path=str(args.out / "review.png"))
            browser.close()
        store.close()
    for name in ("dashboard", "incident", "review"):
        print(args.out / f"{name}.png")


if __name__ == "__main__":
    main()
