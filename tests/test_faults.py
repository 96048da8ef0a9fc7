"""Reliability under faults and bad input (issue 14): private mode covers every route, the login
lockout cannot be flushed, malformed cursors and deeply nested JSON are clear errors, ingest says when
nothing was stored, and dashboard downloads are the view. Every report text is invented.

The crash and concurrency tests (real processes, ``kill -9``, two writers) are in
``tests/test_faults_processes.py``."""

from __future__ import annotations

import base64
import csv
import io
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest

from test_web import PASSWORD, client, login
from vigil import auth
from vigil.extract.pipeline import Extractor
from vigil.incidents import run_reconcile
from vigil.ingest import Incoming, Ingestor
from vigil.models import Report
from vigil.settings import Settings
from vigil.store import Store

TEXTS = [   # invented
    ("a", date(2025, 5, 6), "Shelling killed 14 civilians in Aleppo province on Monday, the Syrian Observatory for "
                            "Human Rights said."),
    ("b", date(2025, 5, 7), "Police arrested 25 protesters in Kharkiv on Tuesday, officials said."),
    ("c", date(2025, 5, 8), "A car bomb killed 9 people in Mosul on Wednesday, the provincial police chief said."),
]


@pytest.fixture
def site(db_url: str, extractor: Extractor) -> Iterator[tuple[Store, str]]:
    store = Store.open(db_url)
    Ingestor(store, extractor).ingest([Incoming(Report(id=k, text=t, published=d, outlet="Demo Wire"), "t", k)
                                       for k, d, t in TEXTS])
    run_reconcile(store)
    auth.add_user(store, "vera", "viewer", PASSWORD)
    yield store, db_url
    store.close()


def vigil(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vigil", *args], capture_output=True, text=True, timeout=timeout)


# -- 1. private means private --------------------------------------------------------------------------

def _data_routes(store: Store) -> list[str]:
    from vigil.incidents import query_incidents

    inc = next(iter(query_incidents(store)))["id"]
    rid = next(store.iter_reports()).id
    return ["/", "/?country=SY", f"/incidents/{inc}", f"/reports/{rid}", "/export/csv", "/export/jsonl",
            "/export/acled", "/export/ucdp", "/export/geojson", "/api/reports", f"/api/reports/{rid}",
            "/api/claims", "/api/incidents", f"/api/incidents/{inc}", "/api/stats"]


@pytest.mark.parametrize("mode", [{"private": True}, {"read_access": "private"}, {"read_access": "login"}])
def test_private_and_login_modes_hide_every_route_that_shows_stored_data(site: tuple[Store, str],
                                                                         mode: dict[str, Any]) -> None:
    store, url = site
    secret = "Syrian Observatory"
    with client(url, **mode) as c:
        for route in _data_routes(store):
            r = c.get(route)
            assert r.status_code in (303, 401), (route, r.status_code)
            assert secret not in r.text and "Aleppo" not in r.text, route
            if r.status_code == 303:
                assert r.headers["location"].startswith("/login?next=")
        assert c.get("/login").status_code == 200           # the way in stays open
        assert c.get("/healthz").status_code == 200
        login(c, "vera")
        assert secret in c.get(_data_routes(store)[3]).text     # a viewer who logged in reads the report
        assert c.get("/export/csv").status_code == 200
    token = store.create_token("reader")
    with client(url, **mode) as c:
        r = c.get("/api/incidents", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200 and r.json()["items"]


def test_read_access_mode_is_one_setting_with_the_old_flags_kept() -> None:
    assert Settings().read_access == "open"
    assert Settings(private=True).read_access == "private"
    assert Settings(anonymous_read=False).read_access == "login"
    assert Settings(read_access="login").anonymous_read is False
    assert Settings(read_access="private").private is True
    with pytest.raises(ValueError, match="read_access"):
        Settings(read_access="secret")
    from dataclasses import replace

    assert replace(Settings(), private=True).read_access == "private"     # the strictest wins
    assert replace(Settings(read_access="login"), spacy_model="x").read_access == "login"


def test_serve_help_tells_the_read_modes_from_the_url_rule() -> None:
    r = vigil("serve", "--help")
    assert r.returncode == 0
    text = " ".join(r.stdout.split())
    assert "--access" in text and "--allow-private-urls" in text
    assert "<bool>" not in text and "[default: " in text     # no type tags, defaults still shown


# -- 2. the lockout cannot be flushed ------------------------------------------------------------------

def test_a_locked_account_stays_locked_when_the_failure_table_fills(site: tuple[Store, str],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Before the fix the table was emptied past 10,000 keys (this test then filled it with 10,001);
    the bound is lowered here so the test stays quick."""
    from vigil.web import pages

    _, url = site
    monkeypatch.setattr(pages, "LOGIN_TABLE_MAX", 300)
    monkeypatch.setattr(auth, "authenticate", lambda *_a, **_k: None)    # every login fails, fast
    with client(url) as c:
        page = c.get("/login")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert token

        def attempt(name: str) -> str:
            r = c.post("/login", data={"name": name, "password": "wrong password", "csrf": token.group(1)})
            assert r.status_code == 303
            from vigil.web.pages import FLASH, read_flash

            raw = next(h.split(";")[0].split("=", 1)[1] for h in r.headers.get_list("set-cookie")
                       if h.startswith(FLASH + "="))
            return read_flash(raw.strip('"')).get("error", "")

        for _ in range(5):
            attempt("vera")
        assert "too many failed attempts" in attempt("vera")
        for i in range(1_001):          # an attacker fills the table with other names
            attempt(f"x{i}")
        monkeypatch.setattr(auth, "authenticate", lambda *_a, **_k: auth.User(1, "vera", "viewer"))
        assert "too many failed attempts" in attempt("vera")


def test_the_login_throttle_is_bounded_and_evicts_the_oldest() -> None:
    t = auth.LoginThrottle(attempts=3, window=300.0, max_entries=100)
    for _ in range(3):
        t.fail(("h", "locked"), now=0.0)
    assert t.blocked(("h", "locked"), now=1.0)
    for i in range(1000):
        t.fail(("h", f"n{i}"), now=2.0 + i / 1000)
    assert len(t) <= 100
    assert t.blocked(("h", "locked"), now=3.0)          # locked entries go last
    assert not t.blocked(("h", "n0"), now=3.0)
    assert not t.blocked(("h", "locked"), now=400.0)     # the window passes
    t.clear(("h", "locked"))
    assert ("h", "locked") not in t


# -- 3. malformed cursors ------------------------------------------------------------------------------

def _b64(value: str) -> str:
    return base64.urlsafe_b64encode(value.encode()).decode().rstrip("=")


BAD_CURSORS = [_b64("[true]"), _b64("[false]"), _b64("[null]"), _b64("[1.5]"), _b64("[[1]]"), _b64('[{"a": 1}]'),
               _b64("[-1]"), _b64("[" * 5000 + "]" * 5000), _b64('"x"'), _b64("[1, 2]"), "!!!", "%ff", "W3", "",
               _b64("[" + "9" * 400 + "]")]


@pytest.mark.parametrize("path", ["/api/claims", "/api/reports", "/api/incidents"])
def test_a_malformed_cursor_is_422_naming_cursor(site: tuple[Store, str], path: str) -> None:
    _, url = site
    with client(url) as c:
        for cur in BAD_CURSORS:
            r = c.get(path, params={"cursor": cur, "limit": 1})
            if cur == "":
                assert r.status_code == 200
                continue
            if path == "/api/incidents" and cur == _b64('"x"'):
                continue        # not a list: rejected below
            assert r.status_code == 422, (path, cur, r.status_code, r.text[:200])
            assert "cursor" in json.dumps(r.json()["detail"]), (path, cur)
        first = c.get(path, params={"limit": 1}).json()
        assert first["next"]
        assert c.get(path, params={"limit": 1, "cursor": first["next"]}).status_code == 200


def test_an_incident_cursor_must_be_a_sort_key(site: tuple[Store, str]) -> None:
    _, url = site
    with client(url) as c:
        for cur in (_b64("[12]"), _b64('["x" ]'), _b64('["' + "a" * 500 + '"]')):
            r = c.get("/api/incidents", params={"cursor": cur})
            assert r.status_code == 422 and "cursor" in json.dumps(r.json()["detail"]), cur


# -- 4. a deeply nested JSON line ----------------------------------------------------------------------

def _nested_batch(tmp_path: Path) -> Path:
    good = {"report": {"id": "a", "published": "2025-03-09", "text": "Three people were killed in Mosul on Friday."}}
    other = {"report": {"id": "b", "published": "2025-03-09",
                        "text": "Shelling killed 6 civilians in Aleppo on Saturday, medics said."}}
    p = tmp_path / "batch.jsonl"
    p.write_text(json.dumps(good) + "\n" + "[" * 100_000 + "]" * 100_000 + "\n"
                 + '{"report": ' + "{\"x\": " * 50_000 + "1" + "}" * 50_000 + "}\n"
                 + json.dumps(other) + "\n", encoding="utf-8")
    return p


def test_a_deeply_nested_line_is_skipped_by_extract(tmp_path: Path) -> None:
    p = _nested_batch(tmp_path)
    r = vigil("extract", str(p), "--format", "jsonl")
    assert r.returncode == 0, r.stderr[-2000:]
    assert "Traceback" not in r.stderr and "RecursionError" not in r.stderr
    assert [json.loads(x)["report"]["id"] for x in r.stdout.splitlines()] == ["a", "b"]
    assert f"{p}:2" in r.stderr and f"{p}:3" in r.stderr


def test_a_deeply_nested_line_is_skipped_by_ingest(tmp_path: Path) -> None:
    p = _nested_batch(tmp_path)
    db = str(tmp_path / "v.db")
    r = vigil("ingest", str(p), "--db", db)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "Traceback" not in r.stderr and "RecursionError" not in r.stderr
    assert f"{p}:2" in r.stderr and "2 new" in r.stdout
    assert {x.report.id for x in Store.open(db).iter_reports()} == {"a", "b"}


def test_iter_jsonl_reports_any_bad_line() -> None:
    from vigil.errors import InputError
    from vigil.readers import iter_jsonl

    lines = ["[" * 100_000 + "]" * 100_000, '{"report": {"text": "x", "id": ' + "[" * 100_000 + "]" * 100_000 + "}}",
             '{"report": {"text": "\\ud800 lone"}}', '{"report": {"text": 5}}', "1e999999", '"report"']
    got = list(iter_jsonl("in.jsonl", "\n".join(lines)))
    assert len(got) == len(lines)
    for n, item in got:
        if isinstance(item, dict):
            continue
        assert isinstance(item, InputError) and item.source == f"in.jsonl:{n}"


# -- 5. ingest says when nothing was stored ------------------------------------------------------------

@pytest.mark.parametrize("name,content", [
    ("bin.txt", b"\x00\x01\x02binary"),
    ("empty.txt", b"   \n"),
    ("latin.txt", b"caf\xe9 bombing killed 3"),
    ("table.csv", b"title,url\nA headline,http://example.org/a\n"),
    ("feed.xml", b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>'
                 b"Shelling killed 4 in Mosul</title>"),
    ("feed.txt", b'<rss version="2.0"><channel><item><title>Three killed</title></item></channel></rss>'),
])
def test_ingest_exits_nonzero_when_nothing_was_ingested(tmp_path: Path, name: str, content: bytes) -> None:
    p = tmp_path / name
    p.write_bytes(content)
    db = str(tmp_path / "v.db")
    r = vigil("ingest", str(p), "--db", db)
    assert r.returncode != 0, (r.stdout, r.stderr)
    assert "nothing was ingested" in r.stderr and str(p) in r.stderr and "Traceback" not in r.stderr
    assert list(Store.open(db).iter_reports()) == []          # never stored as a text report


def test_ingest_refused_urls_and_oversized_files_exit_nonzero(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Three people were killed in Mosul. " * 100, encoding="utf-8")
    db = str(tmp_path / "v.db")
    r = vigil("ingest", str(big), "http://127.0.0.1:9/x", "--max-bytes", "1000", "--db", db)
    assert r.returncode != 0 and "nothing was ingested" in r.stderr and "loopback" in r.stderr
    good = tmp_path / "good.txt"
    good.write_text("Shelling killed 6 civilians in Aleppo on Saturday, medics said.", encoding="utf-8")
    r = vigil("ingest", str(good), str(big), "--max-bytes", "1000", "--published", "2025-03-09", "--db", db)
    assert r.returncode == 0 and "1 new" in r.stdout and "1 failed" in r.stdout       # partial success
    r = vigil("ingest", str(good), "--db", db, "--published", "2025-03-09")
    assert r.returncode == 0 and "1 unchanged" in r.stdout                           # a rerun is no failure


# -- 8. the download is the view -----------------------------------------------------------------------

def test_dashboard_downloads_honour_text_search_and_source(site: tuple[Store, str]) -> None:
    _store, url = site
    with client(url) as c:
        everything = c.get("/export/jsonl").text.splitlines()
        assert len(everything) >= 3
        for params in ({"q": "Mosul"}, {"source": "observatory"}, {"q": "Aleppo", "source": "observatory"}):
            view = c.get("/", params=params).text
            shown = set(re.findall(r'<a href="/incidents/([IE][0-9]+)"', view))
            assert shown and len(shown) < len(everything), params
            link = re.search(r'href="/export/jsonl\?([^"]*)"', view)
            assert link and dict(parse_qsl(link.group(1).replace("&amp;", "&"))) == params, params
            got = {json.loads(x)["id"] for x in c.get("/export/jsonl", params=params).text.splitlines()}
            assert got == shown, params
            rows = list(csv.DictReader(io.StringIO(c.get("/export/csv", params=params).text)))
            assert {r["id"] for r in rows} == shown, params
        assert c.get("/export/acled", params={"q": "no such words anywhere"}).text.count("\n") == 1
