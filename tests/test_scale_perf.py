"""The faster per-batch reconcile of the bulk store path, the exports' country names and the warm-up of
workers (issue 15): each gives what the plain way gives. Every article here is invented."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from vigil.bulk import BulkWriter
from vigil.errors import ConfigError
from vigil.extract.pipeline import Extractor
from vigil.geo import Gazetteer, _scan_country_names, country_names
from vigil.incidents import run_reconcile
from vigil.ingest import Incoming
from vigil.models import Report
from vigil.settings import Settings
from vigil.store import Store, claims, incident_claims, incidents

# invented reports about invented places: one attack told three times, and a second one
ATTACK = [
    ("Gunmen killed 17 villagers in a raid on the hamlet of Derrowa in Kano state on Tuesday, a local "
     "official said. Nine others were wounded."),
    ("The toll from Tuesday's raid on Derrowa in Kano state rose to 21 dead, police said on Wednesday."),
    ("Residents of Derrowa buried 24 people killed in Tuesday's raid, the state emergency agency said on "
     "Thursday."),
]
OTHER = ("A car bomb killed six soldiers at a checkpoint near Maiduguri in Borno state on Friday, the army "
         "said.")


def _items(texts: list[str], first: int) -> list[tuple[Incoming, list[Any]]]:
    return [(Incoming(Report(id=f"r{first + i}", text=t, published=date(2025, 6, 3 + first + i), outlet=f"Outlet {i}"),
                      "jsonl", f"test:{first + i}", datetime(2025, 6, 9, tzinfo=UTC)), [])
            for i, t in enumerate(texts)]


def _extracted(ex: Extractor, texts: list[str], first: int) -> list[tuple[Incoming, list[Any]]]:
    out = []
    for item, _ in _items(texts, first):
        out.append((item, ex.extract(item.report)))
    return out


def _state(url: str) -> tuple[list[tuple[str, str]], list[tuple[str, int]]]:
    store = Store.open(url)
    with store.engine.connect() as conn:
        rows = [(r.id, r.body) for r in conn.execute(sa.select(incidents.c.id, incidents.c.body)
                                                     .order_by(incidents.c.id))]
        links = [(r.incident_id, r.claim_id) for r in conn.execute(
            sa.select(incident_claims).order_by(incident_claims.c.incident_id, incident_claims.c.claim_id))]
    store.close()
    return rows, links


def test_per_batch_reconcile_equals_a_full_run_after_a_claim_changes_between_batches(
        db_url: str, extractor: Extractor) -> None:
    """Batch after batch (the claims cache of PostgreSQL at work), with a stored claim changed between
    two batches as an analyst's correction changes it: the incidents and their links are those a full
    reconcile gives."""
    store = Store.open(db_url)
    writer = BulkWriter(store, extractor.version)
    writer.write(_extracted(extractor, ATTACK[:2], 0))
    with store.engine.begin() as conn:
        cid = conn.execute(sa.select(sa.func.min(claims.c.id)).where(claims.c.outcome == "killed")).scalar()
        conn.execute(claims.update().where(claims.c.id == cid).values(value=19, low=19, high=19, count_text="19"))
    writer.write(_extracted(extractor, [*ATTACK[2:], OTHER], 2))
    if store.engine.dialect.name == "postgresql":   # the second batch read the first batch's claims from it
        assert writer._claims is not None and cid in writer._claims.rows
    store.close()
    incremental = _state(db_url)
    bodies = [json.loads(b) for _, b in incremental[0]]
    assert any(19 in [h["value"] for h in b["history"]] for b in bodies), "the changed claim was not read again"
    store = Store.open(db_url)
    run_reconcile(store)
    store.close()
    assert _state(db_url) == incremental


def test_a_claim_leaving_an_incident_is_unlinked_and_unchanged_incidents_keep_their_rows(
        db_url: str, extractor: Extractor) -> None:
    """An incident that changes is updated in place: a claim that leaves it loses its link, one that joins
    gains one; incidents of the block that did not change keep their updated_at."""
    store = Store.open(db_url)
    writer = BulkWriter(store, extractor.version)
    writer.write(_extracted(extractor, [*ATTACK[:2], OTHER], 0))
    with store.engine.connect() as conn:
        before = dict(conn.execute(sa.select(incidents.c.id, incidents.c.updated_at)).all())
    writer.write(_extracted(extractor, ATTACK[2:], 3))
    with store.engine.connect() as conn:
        after = dict(conn.execute(sa.select(incidents.c.id, incidents.c.updated_at)).all())
    store.close()
    kept = [i for i in before if i in after and after[i] == before[i]]
    assert kept, "an incident the new report does not touch was rewritten"
    incremental = _state(db_url)
    store = Store.open(db_url)
    run_reconcile(store)
    store.close()
    assert _state(db_url) == incremental


def test_amortized_reconcile_waits_then_catches_up_and_a_later_run_picks_up_what_an_interrupted_one_left(
        db_url: str, extractor: Extractor) -> None:
    """With ``amortize`` a small batch into the blocks just regrouped waits (its claims are stored, in no
    incident yet); ``finish`` reconciles what waits, and a new writer's ``finish`` also picks up claims an
    interrupted run left unreconciled: in the end the incidents are a full reconcile's."""
    store = Store.open(db_url)
    writer = BulkWriter(store, extractor.version, amortize=0.5)
    writer.write(_extracted(extractor, [*ATTACK[:2], OTHER], 0))      # nothing regrouped yet: reconciled now
    first = store.count(incident_claims)
    assert first > 0
    writer.write(_extracted(extractor, ATTACK[2:], 3))                # a few claims into those blocks: waits
    assert writer._waiting and store.count(incident_claims) == first
    later = BulkWriter(store, extractor.version, amortize=0.5)        # the run was interrupted; a new one ends
    later.finish()
    store.close()
    caught_up = _state(db_url)
    store = Store.open(db_url)
    assert store.count(incident_claims) > first
    run_reconcile(store)
    store.close()
    assert _state(db_url) == caught_up


def test_country_names_are_the_gazetteers() -> None:
    names = country_names()
    g = Gazetteer.default()
    assert len(names) > 200
    assert names == {cc: g.country_name(cc) for cc in g._countries}


def test_a_country_row_out_of_place_falls_back_to_the_full_gazetteer() -> None:
    """The quick read checks each country row's position against the file's index and gives up (so the
    whole gazetteer is read) when one does not agree."""
    index = {"AA": 0, "BB": 1}
    good = json.dumps({"countries": index, "entities": ["0|AA||1|2|3|Aland|", "0|BB||1|2|3|Bemar|"]})
    assert _scan_country_names(good) == {"AA": "Aland", "BB": "Bemar"}
    shifted = json.dumps({"countries": index, "entities": ["1|AA|0|1|2|3|Town|", "0|AA||1|2|3|Aland|",
                                                           "0|BB||1|2|3|Bemar|"]})
    assert _scan_country_names(shifted) is None
    missing = json.dumps({"countries": index, "entities": ["0|AA||1|2|3|Aland|"]})
    assert _scan_country_names(missing) is None


def test_dask_warm_up_loads_the_extractor_on_every_worker_and_names_a_worker_that_cannot() -> None:
    from vigil import distributed

    class Local:            # a stand-in client whose one worker is this process
        def __init__(self, fail: bool = False) -> None:
            self.fail = fail

        def run(self, fn: Any, *args: Any) -> dict[str, Any]:
            if self.fail:
                raise ModuleNotFoundError("No module named 'vigil'")
            return {"tcp://local:1": fn(*args)}

    settings = Settings()
    got = distributed.warm_up(Local(), settings)
    assert list(got.values()) == [Extractor(settings).version]
    assert settings in distributed._EXTRACTORS
    with pytest.raises(ConfigError, match="cannot load the extractor"):
        distributed.warm_up(Local(fail=True), settings)


def test_one_worker_warm_up_loads_in_process() -> None:
    from vigil.parallel import ParallelExtractor

    with ParallelExtractor(Settings(), 1) as px:
        px.warm_up()
        assert px._pool is None


def test_a_backfill_and_a_full_reconcile_leave_planner_statistics(db_url: str, extractor: Extractor) -> None:
    """After the bulk path and a full reconcile, PostgreSQL knows how many rows the tables hold (an
    export planned on an empty table's statistics runs nested loops at half speed); SQLite has none to keep."""
    from vigil.bulk import bulk_ingest
    from vigil.store import claim_places, reports

    store = Store.open(db_url)
    texts = ["Gunmen killed 12 villagers and wounded 30 in Kaltor on Monday, police said. (Invented.)",
             "An air strike killed 7 fighters near Ostrava Bay on Sunday, the army said. (Invented.)"]
    items = [Incoming(Report(id=f"s{i}", text=t, published=date(2025, 3, 4)), "test", f"s{i}") for i, t in enumerate(texts)]
    s = bulk_ingest(store, items, extractor=extractor, batch_size=1)
    assert s.new == 2 and s.claims >= 3
    run_reconcile(store)
    if store.engine.dialect.name == "postgresql":
        with store.engine.connect() as conn:
            got = dict(conn.execute(sa.text(
                "SELECT relname, last_analyze FROM pg_stat_user_tables WHERE schemaname = current_schema()")).all())
        for t in (reports, claims, claim_places, incidents, incident_claims):
            assert got.get(t.name) is not None, t.name
    store.close()
