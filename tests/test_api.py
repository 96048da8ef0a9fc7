"""The REST API on SQLite and PostgreSQL (httpx against the app; invented reports)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient

from vigil.api import create_app
from vigil.extract.pipeline import Extractor
from vigil.incidents import run_reconcile
from vigil.ingest import Incoming, Ingestor
from vigil.models import Report
from vigil.settings import Settings
from vigil.store import Store

TEXTS = [
    ("a", date(2025, 5, 6), "Shelling killed 14 civilians in Aleppo province on Monday, the Syrian Observatory for "
                            "Human Rights said. Another 30 people were wounded, it said."),
    ("b", date(2025, 5, 7), "The death toll from Monday's shelling in Aleppo province rose to 19 civilians, the "
                            "Syrian Observatory for Human Rights said on Wednesday."),
    ("c", date(2025, 5, 7), "Police arrested 25 protesters in Kharkiv on Tuesday, officials said."),
]


@pytest.fixture
def client(db_url: str, extractor: Extractor) -> Any:
    store = Store.open(db_url)
    Ingestor(store, extractor).ingest([Incoming(Report(id=k, text=t, published=d, outlet="Demo Wire"), "api", k)
                                       for k, d, t in TEXTS])
    run_reconcile(store)
    token = store.create_token("tester")
    app = create_app(Settings(database_url=db_url, max_body_bytes=20_000))
    with TestClient(app) as c:
        c.token = token  # type: ignore[attr-defined]
        yield c
    store.close()


def auth(c: Any) -> dict[str, str]:
    return {"Authorization": f"Bearer {c.token}"}


def test_reads_and_filters(client: Any) -> None:
    r = client.get("/api/reports", params={"limit": 2})
    assert r.status_code == 200 and len(r.json()["items"]) == 2 and r.json()["next"]
    r2 = client.get("/api/reports", params={"limit": 2, "cursor": r.json()["next"]})
    assert [x["external_id"] for x in r2.json()["items"]] == ["c"] and r2.json()["next"] is None
    rid = r.json()["items"][0]["id"]
    rep = client.get(f"/api/reports/{rid}").json()
    for c in rep["claims"]:
        assert rep["text"][c["evidence"]["start"]:c["evidence"]["end"]] == c["evidence"]["text"]
    killed = client.get("/api/claims", params={"outcome": "killed", "country": "SY"}).json()["items"]
    assert sorted(c["count"]["value"] for c in killed) == [14, 19]
    assert client.get("/api/claims", params={"country": "UA"}).json()["items"][0]["outcome"] == "detained"
    assert [c["count"]["value"] for c in client.get("/api/claims", params={"q": "protesters"}).json()["items"]] == [25]
    assert client.get("/api/claims", params={"source": "observatory", "outcome": "injured"}).json()["items"]


def test_incidents_history_and_stats(client: Any) -> None:
    items = client.get("/api/incidents", params={"outcome": "killed"}).json()["items"]
    (inc,) = items
    assert inc["best"] == 19 and inc["country"] == "SY"
    assert [h["value"] for h in inc["history"]] == [14, 19]
    full = client.get(f"/api/incidents/{inc['id']}").json()
    assert {e["count"]["value"] for e in full["evidence"]} == {14, 19}
    assert client.get("/api/incidents/I999999").status_code == 404
    stats = client.get("/api/stats").json()
    assert stats["counts"]["reports"] == 3
    assert any(x["country"] == "SY" and x["deaths"] == 19 for x in stats["by_country"])


def test_formats(client: Any) -> None:
    r = client.get("/api/incidents", params={"format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.text.splitlines()[0].startswith("id,")
    g = client.get("/api/incidents", params={"format": "geojson", "outcome": "killed"})
    doc = json.loads(g.text)
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 1
    assert doc["features"][0]["geometry"]["type"] == "Point"
    c = client.get("/api/claims", params={"format": "geojson"})
    assert json.loads(c.text)["features"]


@pytest.mark.parametrize(("params", "name"), [
    ({"outcome": "exploded"}, "outcome"), ({"country": "SYR"}, "country"), ({"since": "yesterday"}, "since"),
    ({"bbox": "1,2,3"}, "bbox"), ({"cursor": "%%%"}, "cursor"), ({"limit": 0}, "limit"), ({"format": "xml"}, "format"),
])
def test_invalid_filters_are_422_naming_the_parameter(client: Any, params: dict[str, Any], name: str) -> None:
    r = client.get("/api/claims", params=params)
    assert r.status_code == 422
    assert any(name in d["loc"] for d in r.json()["detail"])


def test_writes_need_a_token(client: Any) -> None:
    body = {"text": "Gunmen killed nine villagers in Kore on Sunday, police said.", "published": "2025-05-05"}
    assert client.post("/api/reports", json=body).status_code == 401
    assert client.post("/api/reports", json=body, headers={"Authorization": "Bearer nope"}).status_code == 403
    r = client.post("/api/reports", json=body, headers=auth(client))
    assert r.status_code == 201 and r.json()["created"] is True
    assert [c["count"]["value"] for c in r.json()["claims"]] == [9]
    again = client.post("/api/reports", json=body, headers=auth(client))
    assert again.json()["created"] is False and again.json()["id"] == r.json()["id"]
    assert client.post("/api/reextract", headers=auth(client)).status_code == 200
    assert client.post("/api/reextract").status_code == 401


def test_oversized_and_private_urls_are_refused(client: Any) -> None:
    big = {"text": "x" * 30_000}
    assert client.post("/api/reports", json=big, headers=auth(client)).status_code == 413
    r = client.post("/api/reports", json={"url": "http://127.0.0.1:9/story"}, headers=auth(client))
    assert r.status_code == 422 and "loopback" in json.dumps(r.json())


def test_private_server_needs_a_token_for_reads(db_url: str) -> None:
    store = Store.open(db_url)
    token = store.create_token("reader")
    with TestClient(create_app(Settings(database_url=db_url, private=True))) as c:
        assert c.get("/api/incidents").status_code == 401
        assert c.get("/api/incidents", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    store.close()
