"""Scale-out (issue 15): extraction on worker processes and on a Dask cluster, the bulk store path and
streamed backfill inputs. Every article here is invented."""

from __future__ import annotations

import csv
import gzip
import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from vigil.backfill import iter_backfill, streamed_kind
from vigil.bulk import bulk_ingest
from vigil.errors import InputError
from vigil.extract.pipeline import Extractor
from vigil.incidents import run_reconcile
from vigil.ingest import Incoming, Ingestor
from vigil.models import Report
from vigil.parallel import ParallelExtractor
from vigil.settings import Settings
from vigil.store import Store, claim_places, claims, incidents, minhash_bands, reports

# invented articles (none is a real report)
WIRE = ("Gunmen killed 23 villagers in an attack on the farming settlement of Kore on Tuesday, a local "
        "official said. Another 11 people were wounded and taken to the hospital in the district town, "
        "the official told reporters by phone. Residents said the attackers arrived on motorbikes at dawn.")
TEXTS = [
    WIRE,
    "By Staff Reporter\n" + WIRE.replace("told reporters by phone", "told reporters on Wednesday by phone"),
    "Police arrested 30 people after clashes in the capital on Friday, a police spokesman said.",
    ("An air strike on a market in the town of Saraqib killed at least 14 civilians on Monday, according "
     "to the Syrian Observatory for Human Rights. The monitor said 40 others were injured."),
    ("Floods displaced about 2,000 families in the north last week, an aid group said. No deaths were "
     "reported."),
    ("Three soldiers were killed and five wounded when a roadside bomb hit their patrol near Mopti on "
     "Sunday, the army said in a statement."),
    "The city council met on Thursday to discuss the new budget for schools and roads.",
    ("Rebels abducted 12 aid workers on the road to Goma on Saturday, the United Nations said, adding "
     "that two drivers were missing."),
]


def reports_of(texts: list[str]) -> list[Report]:
    return [Report(id=f"r{i}", text=t, published=date(2025, 3, 4 + i % 5), outlet=f"Outlet {i % 3}")
            for i, t in enumerate(texts)]


def incoming(reps: list[Report]) -> list[Incoming]:
    when = datetime(2025, 3, 10, tzinfo=UTC)
    return [Incoming(r, "jsonl", f"test:{r.id}", when) for r in reps]


def snapshot(url: str) -> dict[str, Any]:
    """Everything the store holds about reports, claims and incidents, minus generated ids' values."""
    store = Store.open(url)
    with store.engine.connect() as conn:
        reps = conn.execute(sa.select(reports).order_by(reports.c.id)).all()
        order = {r.id: n for n, r in enumerate(reps)}
        out: dict[str, Any] = {
            "reports": [(r.external_id, r.url, r.content_hash, r.published, r.outlet, r.text,
                         order.get(r.duplicate_of), r.similarity, r.minhash) for r in reps],
            "claims": [(*(v for k, v in c._mapping.items() if k not in ("id", "report_id")), order[c.report_id])
                       for c in conn.execute(sa.select(claims).order_by(claims.c.id))],
            "places": conn.execute(sa.select(sa.func.count()).select_from(claim_places)).scalar(),
            "bands": sorted((b.band, order[b.report_id]) for b in conn.execute(sa.select(minhash_bands))),
            "incidents": sorted((i.id, i.outcome, i.low, i.best, i.high, i.status)
                                for i in conn.execute(sa.select(incidents))),
        }
    store.close()
    return out


# -- worker processes ----------------------------------------------------------------------------------

def test_two_worker_processes_give_the_one_process_result_in_order(extractor: Extractor) -> None:
    reps = reports_of(TEXTS * 2)
    one = [r.to_dict() for r in extractor.extract_many(reps)]
    with ParallelExtractor(workers=2, chunk_size=3, min_parallel=0) as px:
        two = [r.to_dict() for r in px.extract_many(reps)]
        assert px._pool is not None                 # it did run on the pool
        again = [r.to_dict() for r in px.extract_many(reps[:2])]     # the pool is reused
        signed = list(px.extract_signed(reps[:4]))                  # signatures made by the workers
    from vigil.ingest import minhash

    assert [(r.id, sig) for r, _, sig in signed] == [(r.id, minhash(r.text).tobytes()) for r in reps[:4]]
    assert two == one
    assert again == one[:2]
    assert [d["report"]["id"] for d in two] == [r.id for r in reps]
    assert sum(len(d["claims"]) for d in one) >= 8


def test_small_inputs_stay_in_process_and_bad_worker_counts_are_refused() -> None:
    from vigil.errors import ConfigError

    with ParallelExtractor(workers=2, min_parallel=100) as px:
        assert len(list(px.extract_many(reports_of(TEXTS[:2])))) == 2
        assert px._pool is None
    with pytest.raises(ConfigError, match="--workers"):
        ParallelExtractor(workers=0)


def test_no_dask_address_imports_nothing_of_dask(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"report": {"id": f"a{i}", "text": t, "published": "2025-03-04"}}) + "\n"
                           for i, t in enumerate(TEXTS[:3])), encoding="utf-8")
    code = ("import sys\n"
            "from vigil.cli import main\n"
            "from vigil import cli_scale, cli_store, bulk, backfill, parallel\n"
            "from vigil.backfill import iter_backfill\nfrom vigil.bulk import bulk_ingest\n"
            "from vigil.parallel import ParallelExtractor\nfrom vigil.store import Store\n"
            f"s = Store.open({str(tmp_path / 'v.db')!r})\n"
            f"got = bulk_ingest(s, iter_backfill([{str(src)!r}]), extractor=ParallelExtractor(workers=1))\n"
            "assert got.new + got.duplicates == 3, got\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'pyarrow'))\n"
            "print(bad)\n")
    env = {k: v for k, v in os.environ.items() if k != "VIGIL_DASK_SCHEDULER"}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180, env=env)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip() == "[]"


# -- the bulk store path -------------------------------------------------------------------------------

def test_bulk_path_stores_what_the_one_report_path_stores(tmp_path: Path, db_url: str,
                                                          extractor: Extractor) -> None:
    reps = reports_of(TEXTS)
    reps.append(Report(id="again", text="  " + TEXTS[2].upper() + " ", published=date(2025, 3, 9)))  # same text
    reps.append(Report(id="url1", text=TEXTS[5] + " More later.", published=date(2025, 3, 9), url="https://e.org/1"))
    reps.append(Report(id="url2", text=TEXTS[6] + " Update.", published=date(2025, 3, 9), url="https://e.org/1"))
    ref = f"sqlite:///{tmp_path / 'ref.db'}"
    store = Store.open(ref)
    got = Ingestor(store, extractor).ingest(incoming(reps))
    run_reconcile(store, got.report_ids)
    store.close()

    bulk_store = Store.open(db_url)
    summary = bulk_ingest(bulk_store, incoming(reps), extractor=extractor, batch_size=4)
    assert (summary.new, summary.duplicates, summary.unchanged, summary.claims) == \
           (got.new, got.duplicates, got.unchanged, got.claims)
    assert summary.duplicates == 2 and summary.unchanged == 2      # WIRE copy, url1 of TEXTS[5]
    assert snapshot(db_url) == snapshot(ref)
    # a rerun is a no-op, on the bulk path as on the other
    again = bulk_ingest(bulk_store, incoming(reps), extractor=extractor, batch_size=4)
    assert (again.new, again.duplicates, again.claims) == (0, 0, 0) and again.unchanged == len(reps)
    assert snapshot(db_url) == snapshot(ref)
    # and the one-report path on top of the bulk path's data agrees too
    assert Ingestor(bulk_store, extractor).ingest(incoming(reps)).unchanged == len(reps)
    bulk_store.close()


def test_many_copies_of_one_story_all_link_to_the_first(tmp_path: Path, extractor: Extractor,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from vigil import bulk

    monkeypatch.setattr(bulk, "PER_BAND", 2)      # look-ups bounded: the first copy is still found
    store = Store.open(f"sqlite:///{tmp_path / 'v.db'}")
    copies = [Report(id=f"c{i}", text=f"{WIRE} Filed by desk {i}.", published=date(2025, 3, 5)) for i in range(9)]
    s = bulk_ingest(store, incoming(copies), extractor=extractor, batch_size=3)
    assert (s.new, s.duplicates) == (1, 8)
    rows = list(store.iter_reports())
    assert [r.duplicate_of for r in rows] == [None] + [rows[0].id] * 8


def test_a_batch_that_loses_a_race_retries_and_stores_once(db_url: str, extractor: Extractor,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A concurrent writer stores one of the batch's reports between the check and the write: the
    unique content hash stops the batch, which is retried and then skips that report."""
    from vigil import bulk

    store = Store.open(db_url)
    reps = reports_of(TEXTS[2:5])
    bulk_ingest(store, incoming(reps[:1]), extractor=extractor)
    real = bulk.existing
    calls = {"n": 0}

    def blind_once(conn: Any, digests: Any, urls: Any) -> tuple[set[str], set[str]]:
        calls["n"] += 1
        return (set(), set()) if calls["n"] <= 2 else real(conn, digests, urls)

    monkeypatch.setattr(bulk, "existing", blind_once)   # the first check, and the first write's, miss it
    s = bulk_ingest(store, incoming(reps), extractor=extractor)
    assert (s.new, s.unchanged) == (2, 1) and calls["n"] >= 3
    assert store.count(reports) == 3
    store.close()


def test_bulk_batch_is_one_transaction(tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    from vigil import bulk

    url = f"sqlite:///{tmp_path / 'v.db'}"
    store = Store.open(url)
    calls = {"n": 0}
    real = bulk.BulkWriter._insert

    def crash(self: Any, conn: Any, table: sa.Table, rows: list[dict[str, Any]]) -> None:
        real(self, conn, table, rows)
        if table is claim_places:
            calls["n"] += 1
            if calls["n"] == 2:
                raise RuntimeError("power cut")

    monkeypatch.setattr(bulk.BulkWriter, "_insert", crash)
    with pytest.raises(RuntimeError):
        bulk_ingest(store, incoming(reports_of(TEXTS)), extractor=extractor, batch_size=4)
    assert store.count(reports) == 4 and store.count(claims) > 0       # the first batch, whole
    ids = {r.id for r in store.iter_reports()}
    with store.engine.connect() as conn:
        assert {r[0] for r in conn.execute(sa.select(claims.c.report_id))} <= ids
    monkeypatch.setattr(bulk.BulkWriter, "_insert", real)
    rest = bulk_ingest(store, incoming(reports_of(TEXTS)), extractor=extractor, batch_size=4)
    assert rest.unchanged == 4 and rest.new + rest.duplicates == 4
    assert store.count(incidents) > 0


def test_bulk_path_records_bad_inputs_and_goes_on(tmp_path: Path, extractor: Extractor) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'v.db'}")
    items: list[Incoming | InputError] = [*incoming(reports_of(TEXTS[:2])), InputError("x.jsonl:3", "not valid JSON")]
    s = bulk_ingest(store, items, extractor=extractor)
    assert s.failed == 1 and s.errors == ["x.jsonl:3: not valid JSON"] and s.new + s.duplicates == 2


# -- streamed backfill inputs ---------------------------------------------------------------------------

def _records(n: int) -> list[dict[str, Any]]:
    return [{"id": f"b{i}", "text": TEXTS[i % len(TEXTS)] + f" (item {i})", "published": "2025-03-05",
             "url": f"https://example.org/{i}", "outlet": "Example"} for i in range(n)]


def test_backfill_reads_jsonl_csv_gzip_and_parquet_files_and_folders(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    recs = _records(6)
    d = tmp_path / "archive"
    d.mkdir()
    with gzip.open(d / "a.jsonl.gz", "wt", encoding="utf-8") as g:
        for r in recs[:2]:
            g.write(json.dumps({"report": r}) + "\n")
        g.write("{broken\n")
    with gzip.open(d / "b.csv.gz", "wt", encoding="utf-8", newline="") as g:
        w = csv.DictWriter(g, fieldnames=["id", "Body", "published", "url", "outlet"])
        w.writeheader()
        for r in recs[2:4]:
            w.writerow({**{k: v for k, v in r.items() if k != "text"}, "Body": r["text"]})
    pq.write_table(pa.Table.from_pylist(recs[4:]), d / "c.parquet")
    (d / "notes.bin").write_bytes(b"\x00\x01")
    got = list(iter_backfill([str(d)]))
    errors = [g for g in got if isinstance(g, InputError)]
    ok = [g for g in got if isinstance(g, Incoming)]
    assert [i.report.id for i in ok] == [r["id"] for r in recs]
    assert [i.report.text for i in ok] == [r["text"] for r in recs]
    assert [i.arrived_via for i in ok] == ["jsonl"] * 2 + ["csv"] * 2 + ["parquet"] * 2
    assert ok[4].origin.endswith("c.parquet:row 1") and ok[0].report.published == date(2025, 3, 5)
    assert len(errors) == 1 and "a.jsonl.gz:3" in str(errors[0]) and "not valid JSON" in str(errors[0])
    assert streamed_kind("X.JSONL.GZ") == "jsonl" and streamed_kind("a.txt") is None


def test_backfill_streams_a_damaged_gzip_up_to_the_damage(tmp_path: Path) -> None:
    p = tmp_path / "big.jsonl.gz"
    data = gzip.compress("".join(json.dumps({"report": r}) + "\n" for r in _records(400)).encode())
    p.write_bytes(data[: len(data) // 2])       # cut off half-way, as an interrupted download
    it = iter_backfill([str(p)])
    first = next(it)                             # comes before the damage is read: streamed
    assert isinstance(first, Incoming) and first.report.id == "b0"
    rest = list(it)
    assert isinstance(rest[-1], InputError) and str(p) in str(rest[-1])
    assert all(isinstance(x, Incoming) for x in rest[:-1]) and 0 < len(rest) < 400


def test_backfill_names_missing_files_and_columns(tmp_path: Path) -> None:
    p = tmp_path / "t.csv"
    p.write_text("title,url\nA,http://e.org/a\n", encoding="utf-8")
    got = list(iter_backfill([str(p), str(tmp_path / "none.parquet")]))
    assert [str(g) for g in got] == [f"{p}: no text column (one of text, body, content, article, story) in the "
                                     "header", f"{tmp_path / 'none.parquet'}: no such file"]
    bad = tmp_path / "x.parquet"
    bad.write_bytes(b"not parquet at all")
    (err,) = list(iter_backfill([str(bad)]))
    assert isinstance(err, InputError) and "not a readable Parquet file" in str(err)


# -- Dask ----------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_two_worker_dask_cluster_end_to_end_into_postgresql(tmp_path: Path, extractor: Extractor) -> None:
    """Reports in, claims in PostgreSQL, equal to the single-process result (SQLite when no server)."""
    from distributed import Client, LocalCluster

    from vigil.store import scratch_schema

    reps = reports_of(TEXTS)
    ref = f"sqlite:///{tmp_path / 'ref.db'}"
    ref_store = Store.open(ref)
    one = Ingestor(ref_store, extractor).ingest(incoming(reps))
    run_reconcile(ref_store, one.report_ids)
    ref_store.close()
    base = os.environ.get("VIGIL_TEST_DATABASE_URL")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as cluster, Client(cluster, timeout=60) as client:
        if base is None:
            url = f"sqlite:///{tmp_path / 'dask.db'}"
            _run_dask(url, reps, client, one.claims)
            assert snapshot(url) == snapshot(ref)
            _reextract_on_dask(url, client, one.claims)
            return
        with scratch_schema(base, "vigil_test") as url:
            _run_dask(url, reps, client, one.claims)
            assert snapshot(url) == snapshot(ref)
            _reextract_on_dask(url, client, one.claims)


def _run_dask(url: str, reps: list[Report], client: Any, n_claims: int) -> None:
    store = Store.open(url)
    s = bulk_ingest(store, incoming(reps), Settings(), dask=client, batch_size=3)
    assert s.claims == n_claims and s.new + s.duplicates == len(reps)
    workers = client.run(lambda: __import__("vigil.distributed").distributed._EXTRACTORS.__len__())
    assert len(workers) == 2 and sum(workers.values()) >= 1
    # the nanny set MALLOC_TRIM_THRESHOLD_ on the workers; each that loaded an extractor undid its cost
    tuned = client.run(lambda: __import__("vigil.distributed").distributed.MALLOC_TUNED)
    assert sum(tuned.values()) == sum(workers.values())
    store.close()


def _reextract_on_dask(url: str, client: Any, n_claims: int) -> None:
    """``vigil reextract --dask``: every stored report again on the cluster, the same claims."""
    from vigil.distributed import DaskExtractor
    from vigil.ingest import reextract

    store = Store.open(url)
    with store.engine.connect() as conn:
        before = sorted(conn.execute(sa.select(claims.c.report_id, claims.c.fingerprint)).all())
    with DaskExtractor(client) as ex:
        n, k = reextract(store, ex, everything=True)
    with store.engine.connect() as conn:
        after = sorted(conn.execute(sa.select(claims.c.report_id, claims.c.fingerprint)).all())
    assert n == store.count(reports) and k == n_claims and after == before
    store.close()


@pytest.mark.parametrize(("env", "tuned"), [
    ({"MALLOC_TRIM_THRESHOLD_": "65536"}, True),                 # as a Dask nanny starts its workers
    ({}, False),                                                 # glibc adapts by itself: leave it
    ({"MALLOC_TRIM_THRESHOLD_": "65536", "MALLOC_MMAP_THRESHOLD_": "131072"}, False),   # set by the user
])
def test_tune_malloc_only_where_a_trim_threshold_froze_the_mmap_threshold(env: dict[str, str], tuned: bool) -> None:
    base = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    r = subprocess.run([sys.executable, "-c", "from vigil.distributed import tune_malloc; print(tune_malloc())"],
                       env={**base, **env}, capture_output=True, text=True, check=True)
    assert r.stdout.strip() == str(tuned)


def test_an_unreachable_dask_scheduler_is_a_clear_error() -> None:
    from vigil.distributed import extract_on_dask
    from vigil.errors import ConfigError

    with pytest.raises(ConfigError, match=r"cannot reach the Dask scheduler at 'tcp://127\.0\.0\.1:9'"):
        list(extract_on_dask(reports_of(TEXTS[:1]), "tcp://127.0.0.1:9", connect_timeout=2))


# -- the command line ------------------------------------------------------------------------------------

def test_backfill_command_stores_once_and_names_bad_records(tmp_path: Path) -> None:
    src = tmp_path / "archive.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as g:
        for r in _records(4):
            g.write(json.dumps({"report": r}) + "\n")
        g.write('{"report": {"id": "x"}}\n')
    db = str(tmp_path / "v.db")

    def vigil(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "vigil", *args], capture_output=True, text=True, timeout=300)

    r = vigil("backfill", str(src), "--db", db, "--workers", "2", "--batch-size", "2")
    assert r.returncode == 0, r.stderr
    assert "3 new, 0 unchanged, 1 near-duplicate, 1 failed" in r.stdout     # b1 copies b0
    assert f"{src}:5" in r.stderr and "Traceback" not in r.stderr
    store = Store.open(db)
    assert store.count(reports) == 4 and store.count(incidents) > 0
    store.close()
    again = vigil("backfill", str(src), "--db", db, "--workers", "1")
    assert again.returncode == 0 and "4 unchanged" in again.stdout
    bad = vigil("backfill", str(src), "--db", db, "--batch-size", "0")
    assert bad.returncode != 0 and "--batch-size" in bad.stderr
    # one reconcile after the last batch instead of one per batch: the same store in the end
    once = str(tmp_path / "once.db")
    r = vigil("backfill", str(src), "--db", once, "--workers", "1", "--batch-size", "2", "--reconcile-once")
    assert r.returncode == 0 and "3 new" in r.stdout, r.stderr
    assert snapshot(f"sqlite:///{once}") == snapshot(f"sqlite:///{db}")
