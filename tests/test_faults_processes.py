"""Crashes and concurrent writers with real ``vigil ingest`` processes (issue 14, faults 6 and 7), on a
SQLite file and on the PostgreSQL server named by VIGIL_TEST_DATABASE_URL. Every report is invented."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa

from vigil.incidents import run_reconcile
from vigil.store import Store, claims, incident_claims, reports

PLACES = ["Aleppo", "Mosul", "Kharkiv", "Taiz", "Goma", "Maiduguri", "Mogadishu", "Gao", "Homs", "Idlib",
          "Bunia", "Kidal", "Marib", "Kherson", "Raqqa", "Sittwe"]
#: the first reports of the crash test are about these places only, the later ones never: what the
#: rerun adds falls in other (country, outcome) blocks than what was stored before the crash
FIRST = ["Aleppo", "Homs", "Idlib", "Raqqa"]
LATER = [p for p in PLACES if p not in FIRST]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _batch(path: Path, n: int, seed: int, places: list[str] | None = None, first: int = 0) -> Path:
    """``n`` invented one-paragraph reports, each about its own attack (place, day, toll); the first
    ``first`` of them in FIRST's places, the rest in LATER's (or all in ``places``)."""
    lines = []
    for i in range(n):
        k = seed * 100_000 + i
        pool = places or (FIRST if i < first else LATER)
        place, day = pool[k % len(pool)], DAYS[(k // len(pool)) % 7]
        text = (f"An air strike killed {3 + k % 41} civilians in {place} on {day}, the local health office "
                f"said. Rescue teams were still searching the rubble of building number {k} late in the day.")
        published = f"2025-{1 + (k // 112) % 12:02d}-{1 + (k // 7) % 27:02d}"
        lines.append(json.dumps({"report": {"id": f"r{k}", "published": published, "outlet": f"Wire {k % 9}",
                                            "text": text}}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ingest(db: str, *paths: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "VIGIL_WORKERS": "1"}
    return subprocess.Popen([sys.executable, "-m", "vigil", "ingest", *map(str, paths), "--db", db],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def unreconciled_claim_ids(conn: sa.Connection) -> list[int]:
    """Claims in no incident (none of these tests rejects a claim)."""
    linked = sa.select(incident_claims.c.claim_id)
    return [r[0] for r in conn.execute(sa.select(claims.c.id).where(claims.c.id.not_in(linked)))]


def _incidents(store: Store) -> dict[str, tuple[int, ...]]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(incident_claims.c.incident_id, incident_claims.c.claim_id)).all()
    out: dict[str, list[int]] = {}
    for iid, cid in rows:
        out.setdefault(iid, []).append(cid)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _assert_complete(store: Store) -> None:
    """Every claim is in an incident, and the incidents are those a full reconcile makes."""
    with store.engine.connect() as conn:
        assert unreconciled_claim_ids(conn) == []
    before = _incidents(store)
    run_reconcile(store)
    assert _incidents(store) == before


def test_a_rerun_after_kill_9_reconciles_the_claims_stored_before_the_crash(db_url: str, tmp_path: Path) -> None:
    batch = _batch(tmp_path / "batch.jsonl", 400, seed=1, first=40)
    store = Store.open(db_url)
    proc = _ingest(db_url, batch)
    deadline = time.monotonic() + 240
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        stored = store.count(reports)
        if stored >= 45:         # every FIRST report is stored: the rerun adds LATER ones only
            break
        time.sleep(0.05)
    assert proc.poll() is None, f"ingest ended before it could be killed mid-batch: {proc.communicate()}"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    killed_at = store.count(reports)
    assert 45 <= killed_at < 400
    with store.engine.connect() as conn:
        assert len(unreconciled_claim_ids(conn)) >= killed_at   # the crash left claims in no incident
    again = _ingest(db_url, batch)
    out, errs = again.communicate(timeout=600)
    assert again.returncode == 0, errs[-2000:]
    assert f"{400 - killed_at} new" in out and f"{killed_at} unchanged" in out
    assert store.count(reports) == 400
    _assert_complete(store)
    store.close()


def test_two_ingests_at_once_on_a_fresh_database_lose_nothing(db_url: str, tmp_path: Path) -> None:
    a = _batch(tmp_path / "a.jsonl", 60, seed=2, places=PLACES)
    b = _batch(tmp_path / "b.jsonl", 60, seed=3, places=PLACES)
    expected = 0
    for round_ in range(2):          # a fresh database, then the same one with incidents in it
        procs = [_ingest(db_url, a), _ingest(db_url, b)]
        results = [p.communicate(timeout=600) for p in procs]
        for p, (_out, errs) in zip(procs, results, strict=True):
            assert p.returncode == 0, (round_, errs[-2000:])
            assert "Traceback" not in errs
        expected += 120 if round_ == 0 else 80
        store = Store.open(db_url)
        assert store.count(reports) == expected
        assert store.count(claims) >= expected
        _assert_complete(store)
        store.close()
        a = _batch(tmp_path / "a2.jsonl", 40, seed=4, places=PLACES)
        b = _batch(tmp_path / "b2.jsonl", 40, seed=5, places=PLACES)
