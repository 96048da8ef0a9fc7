"""Ingest and store, on SQLite and on PostgreSQL (invented articles throughout)."""

from __future__ import annotations

import json
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from vigil.errors import InputError
from vigil.extract.pipeline import Extractor
from vigil.fetch import FetchPolicy
from vigil.ingest import Incoming, Ingestor, iter_inputs, reextract
from vigil.models import Report
from vigil.settings import Settings
from vigil.store import Store, claims, failures, reports

WIRE = ("Gunmen killed 23 villagers in an attack on the farming settlement of Kore on Tuesday, a local "
        "official said. Another 11 people were wounded and at least 40 homes were burned, the official told "
        "reporters by phone. Residents said hundreds of families had fled to the district capital, where aid "
        "groups were struggling to find shelter for them. No group has claimed responsibility for the attack, "
        "the latest in a series of raids on villages in the area this year.")
COPY = ("By Staff Reporter\n" + WIRE.replace("told reporters by phone", "told reporters on Wednesday by phone"))
OTHER = "Police arrested 30 people after clashes in the capital on Friday, a police spokesman said."
SETTINGS = Settings()


def incoming(rid: str, text: str, url: str | None = None) -> Incoming:
    return Incoming(Report(id=rid, text=text, published=date(2025, 5, 8), url=url, outlet="Demo"), "api", rid)


@pytest.fixture
def store(db_url: str) -> Store:
    s = Store.open(db_url)
    yield s
    s.close()


def test_ingest_stores_reports_claims_and_provenance(store: Store, extractor: Extractor) -> None:
    summary = Ingestor(store, extractor).ingest([incoming("a", WIRE, "https://example.org/a"), incoming("b", OTHER)])
    assert (summary.new, summary.failed) == (2, 0)
    assert summary.claims == store.count(claims) > 0
    rows = list(store.query_claims(outcome="killed"))
    assert [r.claim.count.value for r in rows] == [23]
    r = rows[0]
    assert r.url == "https://example.org/a" and r.outlet == "Demo" and r.published == date(2025, 5, 8)
    assert "Gunmen killed 23 villagers" in r.claim.evidence.text
    stored = store.get_report(str(r.report_id))
    assert stored.arrived_via == "api" and stored.extractor_version == extractor.version
    assert stored.report.text[r.claim.evidence.start:r.claim.evidence.end] == r.claim.evidence.text
    assert [x.claim.count.value for x in store.query_claims(outcome="detained")] == [30]


def test_same_article_twice_is_stored_once(store: Store, extractor: Extractor) -> None:
    ing = Ingestor(store, extractor)
    ing.ingest([incoming("a", WIRE, "https://example.org/a")])
    again = ing.ingest([incoming("a2", WIRE.replace(" ", "  "), None), incoming("a3", OTHER, "https://example.org/a")])
    assert (again.new, again.unchanged) == (0, 2)
    assert store.count(reports) == 1


def test_near_duplicates_link_to_the_first_copy(store: Store, extractor: Extractor) -> None:
    ing = Ingestor(store, extractor)
    first = ing.ingest([incoming("wire", WIRE)]).report_ids[0]
    s = ing.ingest([incoming("copy", COPY), incoming("other", OTHER)])
    assert (s.new, s.duplicates) == (1, 1)
    copy = store.get_report("copy")
    assert copy.duplicate_of == first and copy.similarity is not None and copy.similarity >= 0.7
    assert store.get_report("other").duplicate_of is None


def test_crash_mid_batch_leaves_nothing_half_written(store: Store, extractor: Extractor,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    items = [incoming(f"r{i}", f"{WIRE} Report number {i} of the series.") for i in range(5)]
    items = [incoming(f"r{i}", OTHER.replace("30", str(30 + i)) + f" Item {i}.") for i in range(5)]
    real = store._insert_claims
    calls = {"n": 0}

    def crash(conn: sa.Connection, report_id: int, found: list, version: str) -> None:  # type: ignore[type-arg]
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt   # as if Ctrl-C arrived while the third report was being written
        real(conn, report_id, found, version)

    monkeypatch.setattr(store, "_insert_claims", crash)
    with pytest.raises(KeyboardInterrupt):
        Ingestor(store, extractor).ingest(items)
    assert store.count(reports) == 2
    with store.engine.connect() as conn:   # every stored report has its claims
        orphans = conn.execute(sa.select(sa.func.count()).select_from(reports).where(
            ~reports.c.id.in_(sa.select(claims.c.report_id)))).scalar()
    assert orphans == 0
    monkeypatch.setattr(store, "_insert_claims", real)
    rerun = Ingestor(store, extractor).ingest(items)
    assert (rerun.new, rerun.unchanged) == (3, 2)
    assert store.count(reports) == 5


def test_reextract_replaces_claims_and_keeps_reports(store: Store, extractor: Extractor) -> None:
    Ingestor(store, extractor).ingest([incoming("a", WIRE)])
    before = [(r.claim.outcome, r.claim.count.text) for r in store.query_claims()]
    with store.engine.begin() as conn:
        conn.execute(reports.update().values(extractor_version="0.0.1-old"))
    n, k = reextract(store, extractor)
    assert n == 1 and k == len(before)
    assert [(r.claim.outcome, r.claim.count.text) for r in store.query_claims()] == before
    assert store.get_report("a").extractor_version == extractor.version
    assert reextract(store, extractor) == (0, 0)


def test_filters(store: Store, extractor: Extractor) -> None:
    text = ("Shelling killed 14 civilians in Aleppo province on Monday, the Syrian Observatory for Human Rights "
            "said. In Ukraine, a drone strike on Kharkiv wounded nine people on Sunday, officials said.")
    Ingestor(store, extractor).ingest([incoming("m", text)])
    assert [r.claim.count.value for r in store.query_claims(country="SY")] == [14]
    assert [r.claim.count.value for r in store.query_claims(source="observatory")] == [14]
    assert [r.claim.count.value for r in store.query_claims(place="kharkiv")] == [9]
    assert [r.claim.count.value for r in store.query_claims(since=date(2025, 5, 5), until=date(2025, 5, 5))] == [14]


def test_every_input_kind(tmp_path: Path, store: Store, extractor: Extractor, http_server: Any) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "in" / "sub" / "b.html").write_text(
        f"<html><head><title>Arrests</title></head><body><article><p>{OTHER}</p><p>{OTHER.upper()}</p>"
        "</article></body></html>", encoding="utf-8")
    (tmp_path / "in" / ".hidden.txt").write_text("Nine people were killed.", encoding="utf-8")
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"report": {"id": "j1", "published": "2025-05-01",
                                            "text": "Twelve soldiers were killed in an ambush on Sunday."}}) + "\n"
                     "{broken\n", encoding="utf-8")
    table = tmp_path / "batch.csv"
    table.write_text('id,published,outlet,text\nc1,2025-04-02,Demo,"Five people were abducted from a bus."\n'
                     'c2,2025-04-03,Demo,"Seven people were wounded, medics said.",extra\n', encoding="utf-8")
    http_server.routes["/story"] = (200, "text/html; charset=utf-8",
                                    b"<html><body><article><p>Rebels said they had detained 60 soldiers near the "
                                    b"border on Saturday, a claim the army did not confirm.</p></article></body></html>")
    paths = [str(tmp_path / "in"), str(batch), str(table), http_server.url("/story")]
    items = list(iter_inputs(paths, SETTINGS, policy=FetchPolicy(allow_private=True)))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    good = [i for i in items if isinstance(i, Incoming)]
    assert sorted(i.arrived_via for i in good) == ["csv", "file", "html", "jsonl", "url"]
    assert any(f"{batch}:2" in e for e in errors) and any(f"{table}:3" in e for e in errors)
    summary = Ingestor(store, extractor).ingest(items)
    assert summary.new == 5 and summary.failed == 2
    assert store.count(failures) == 2
    assert {r.claim.outcome for r in store.query_claims()} >= {"killed", "detained", "abducted"}
    web = store.get_report(http_server.url("/story"))
    assert web.arrived_via == "url" and web.report.url == http_server.url("/story")


def test_private_urls_are_refused_unless_allowed(store: Store, extractor: Extractor, http_server: Any) -> None:
    http_server.routes["/x"] = (200, "text/html", b"<p>Nine people were killed on Monday in the town.</p>")
    (err,) = list(iter_inputs([http_server.url("/x")], SETTINGS))
    assert isinstance(err, InputError) and "127.0.0.1" in str(err)
    summary = Ingestor(store, extractor).ingest([err])
    assert summary.failed == 1 and store.count(reports) == 0


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("bin.txt", b"\x00\x01\x02\x03", "binary"),
    ("empty.txt", b"", "empty"),
    ("latin.txt", b"caf\xe9 killed", "UTF-8"),
    ("broken.html", b"<html><body><div><p>", "no article text"),
    ("nocol.csv", b"a,b\n1,2\n", "no text column"),
])
def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path: Path, name: str, content: bytes,
                                                      problem: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(OTHER, encoding="utf-8")
    items = list(iter_inputs([str(bad), str(good)], SETTINGS))
    assert isinstance(items[0], InputError) and problem in str(items[0]) and str(bad) in str(items[0])
    assert isinstance(items[1], Incoming)


def test_concurrent_ingests_store_each_report_once(db_url: str, extractor: Extractor) -> None:
    texts = [OTHER.replace("30", str(n)) + f" Case {n}." for n in range(31, 43)]
    errors: list[BaseException] = []

    def run() -> None:
        try:
            s = Store.open(db_url)
            Ingestor(s, extractor, batch_size=3).ingest([incoming(f"t{i}", t) for i, t in enumerate(texts)])
            s.close()
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    Store.open(db_url).close()
    lock = threading.Lock()  # spaCy pipelines are not thread-safe: share the parse, race on the writes
    real = extractor.extract_many

    def locked(reps, batch_size=64):  # type: ignore[no-untyped-def]
        with lock:
            return list(real(reps, batch_size))

    extractor.extract_many = locked  # type: ignore[method-assign]
    try:
        threads = [threading.Thread(target=run) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        del extractor.extract_many  # type: ignore[method-assign]
    assert not errors, errors
    s = Store.open(db_url)
    assert s.count(reports) == len(texts)


def test_schema_head_and_tables_match_the_migrations(store: Store) -> None:
    from importlib import resources

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from vigil.store import SCHEMA_HEAD, metadata

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("vigil") / "migrations"))
    assert ScriptDirectory.from_config(cfg).get_current_head() == SCHEMA_HEAD == store.revision()
    with store.engine.connect() as conn:
        insp = sa.inspect(conn)
        for table in metadata.tables.values():
            assert {c["name"] for c in insp.get_columns(table.name)} == set(table.columns.keys()), table.name


def test_watch_ingests_new_feed_items_once(store: Store, extractor: Extractor, http_server: Any) -> None:
    from vigil.watch import watch

    items = "".join(
        f"<item><title>Story {n}</title><link>{http_server.url(f'/s{n}')}</link><guid>s{n}</guid>"
        f"<pubDate>Tue, 06 May 2025 10:00:00 GMT</pubDate></item>" for n in (1, 2))
    http_server.routes["/feed.xml"] = (200, "application/rss+xml",
                                       f'<?xml version="1.0"?><rss version="2.0"><channel><title>Demo feed</title>'
                                       f"{items}</channel></rss>".encode())
    http_server.routes["/s1"] = (200, "text/html", f"<html><body><article><p>{WIRE}</p></article></body></html>".encode())
    http_server.routes["/s2"] = (500, "text/plain", b"oops")
    http_server.routes["/bad.xml"] = (200, "text/html", b"<html><body>not a feed</body></html>")
    feeds = [http_server.url("/feed.xml"), http_server.url("/bad.xml")]
    lines: list[str] = []
    total = watch(store, Ingestor(store, extractor), feeds, FetchPolicy(allow_private=True), once=True,
                  report=lines.append)
    assert (total.new, total.failed) == (1, 1)          # s1 stored; s2 failed with its reason; bad feed reported
    assert any("bad.xml" in x and "not an RSS/Atom feed" in x for x in lines)
    stored = store.get_report(http_server.url("/s1"))
    assert stored.arrived_via == "feed" and stored.report.published == date(2025, 5, 6)
    again = watch(store, Ingestor(store, extractor), feeds, FetchPolicy(allow_private=True), once=True,
                  report=lines.append)
    assert again.new == 0 and store.count(reports) == 1
    states = store.load_feeds()
    assert states[feeds[1]]["failures"] == 2 and states[feeds[0]]["failures"] == 0


def test_incremental_reconcile_matches_a_full_one(store: Store, extractor: Extractor) -> None:
    from vigil.incidents import query_incidents, run_reconcile

    first = [incoming("s1", "Shelling killed 14 civilians in Aleppo province on Monday, the Syrian Observatory "
                            "for Human Rights said."),
             incoming("n1", OTHER)]
    later = [incoming("s2", "The toll from Monday's shelling in Aleppo province rose to 19 civilians, the Syrian "
                            "Observatory for Human Rights said on Wednesday."),
             incoming("u1", "A drone strike wounded nine people in Kharkiv on Sunday, officials said.")]
    ing = Ingestor(store, extractor)
    run_reconcile(store, ing.ingest(first).report_ids)
    before = {i["id"]: i for i in query_incidents(store)}
    run_reconcile(store, ing.ingest(later).report_ids)
    incremental = sorted(json.dumps(i, sort_keys=True) for i in query_incidents(store))
    run_reconcile(store)
    full = sorted(json.dumps(i, sort_keys=True) for i in query_incidents(store))
    assert incremental == full
    after = {i["id"]: i for i in query_incidents(store)}
    grown = [i for i in after.values() if i["outcome"] == "killed" and i["country"] == "SY"]
    assert len(grown) == 1 and grown[0]["best"] == 19 and grown[0]["id"] in before   # same id as it grew
