"""The dashboard's pages over HTTP (no browser): access rules, sessions, CSRF, escaping, filters.
Runs on SQLite and PostgreSQL; every report text is invented."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient

from vigil import auth
from vigil.api import create_app
from vigil.extract.pipeline import Extractor
from vigil.incidents import run_reconcile
from vigil.ingest import Incoming, Ingestor
from vigil.models import Report
from vigil.settings import Settings
from vigil.store import Store

PASSWORD = "correct horse battery"
TEXTS = [
    ("a", date(2025, 5, 6), "Shelling killed 14 civilians in Aleppo province on Monday, the Syrian Observatory for "
                            "Human Rights said."),
    ("b", date(2025, 5, 7), "Police arrested 25 protesters in Kharkiv on Tuesday, officials said."),
    ("x", date(2025, 5, 8), "<script>alert(1)</script> A bomb killed 7 people in Mosul on Wednesday, police said. "
                            "<img src=x onerror=alert(2)>"),
]


@pytest.fixture
def site(db_url: str, extractor: Extractor) -> Iterator[tuple[Store, str]]:
    store = Store.open(db_url)
    Ingestor(store, extractor).ingest([Incoming(Report(id=k, text=t, published=d, outlet="Demo Wire"), "t", k)
                                       for k, d, t in TEXTS])
    run_reconcile(store)
    for name, role in (("vera", "viewer"), ("ana", "analyst"), ("adam", "admin")):
        auth.add_user(store, name, role, PASSWORD)
    yield store, db_url
    store.close()


def client(db_url: str, **settings: Any) -> TestClient:
    return TestClient(create_app(Settings(database_url=db_url, **settings)), follow_redirects=False)


def login(c: TestClient, name: str, password: str = PASSWORD) -> Any:
    page = c.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token
    return c.post("/login", data={"name": name, "password": password, "csrf": token.group(1), "next": "/"})


def flash(r: Any) -> dict[str, str]:
    """The one-time message a redirect carries (in a cookie, never in the URL)."""
    from vigil.web.pages import FLASH, read_flash

    raw = next((h.split(";")[0].split("=", 1)[1] for h in r.headers.get_list("set-cookie")
                if h.startswith(FLASH + "=")), None)
    return read_flash(raw.strip('"') if raw else None)


def csrf_of(c: TestClient, path: str = "/") -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', c.get(path).text)
    assert m, path
    return m.group(1)


def test_dashboard_is_offline_and_filters_live_in_the_url(site: tuple[Store, str]) -> None:
    _, url = site
    with client(url) as c:
        r = c.get("/")
        assert r.status_code == 200
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp
        assert not re.search(r'(src|href)="(https?:)?//', r.text)         # nothing loaded from another host
        assert "<script>" not in r.text.split('id="page-data"')[1].split("</script>")[0]
        all_rows = r.text.count('<a href="/incidents/')
        ua = c.get("/", params={"country": "ua"})
        assert 0 < ua.text.count('<a href="/incidents/') < all_rows
        assert 'value="UA"' in ua.text
        bad = c.get("/", params={"since": "yesterday"})
        assert bad.status_code == 400 and "since: &#39;yesterday&#39; is not a date" in bad.text
        for asset in ("leaflet.js", "uPlot.iife.min.js", "countries-110m.geojson", "LICENSE-leaflet.txt",
                      "LICENSE-uplot.txt", "LICENSE-world-atlas.txt"):
            assert c.get(f"/static/vendor/{asset}").status_code == 200, asset


def test_article_html_is_escaped(site: tuple[Store, str]) -> None:
    store, url = site
    rid = next(r.id for r in store.iter_reports() if r.report.id == "x")
    with client(url) as c:
        page = c.get(f"/reports/{rid}").text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(2)&gt;" in page
        assert "<img src=x" not in page and "<script>alert" not in page
        assert "<mark" in page                                            # the figure is highlighted
        assert c.get("/reports/999999").status_code == 404


def test_login_sets_a_safe_session_cookie_and_logout_ends_it(site: tuple[Store, str]) -> None:
    store, url = site
    with client(url) as c:
        wrong = login(c, "ana", "not the password")
        assert wrong.status_code == 303 and flash(wrong) == {"error": "wrong name or password"}
        assert "wrong name or password" in c.get(wrong.headers["location"]).text       # shown once
        assert "wrong name or password" not in c.get("/login").text
        r = login(c, "ana")
        assert r.status_code == 303
        cookie = next(h for h in r.headers.get_list("set-cookie") if h.startswith(auth.SESSION_COOKIE))
        assert "HttpOnly" in cookie and "samesite=lax" in cookie.lower()
        token = cookie.split(";")[0].split("=", 1)[1]
        assert auth.get_session(store, token) is not None
        assert "ana" in c.get("/").text
        c.post("/logout", data={"csrf": csrf_of(c)})
        assert auth.get_session(store, token) is None


def test_login_form_needs_its_csrf_cookie_and_never_redirects_off_site(site: tuple[Store, str]) -> None:
    _, url = site
    with client(url) as c:
        r = c.post("/login", data={"name": "ana", "password": PASSWORD, "csrf": "forged", "next": "/"})
        assert "expired" in flash(r)["error"] and auth.SESSION_COOKIE not in r.headers.get("set-cookie", "")
        page = c.get("/login")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert token
        r = c.post("/login", data={"name": "ana", "password": PASSWORD, "csrf": token.group(1),
                                   "next": "//evil.example/x"})
        assert r.headers["location"] == "/"


def test_roles_decide_who_reviews_and_who_manages_users(site: tuple[Store, str]) -> None:
    store, url = site
    cid = next(r.id for r in store.query_claims(outcome="killed"))
    with client(url) as c:
        assert c.get("/review").status_code == 303                      # anonymous: log in first
        login(c, "vera")
        denied = c.get("/review")
        assert denied.status_code == 403 and "needs the analyst role" in denied.text and "<html" in denied.text
        r = c.post(f"/review/claims/{cid}", data={"action": "reject", "csrf": csrf_of(c)})
        assert r.status_code == 403
        assert c.get("/users").status_code == 403
    with client(url) as c:
        login(c, "ana")
        assert c.get("/review").status_code == 200
        assert c.get("/users").status_code == 403
        r = c.post(f"/review/claims/{cid}", data={"action": "reject", "csrf": "forged"})
        assert r.status_code == 403 and "CSRF" in r.text
    assert next(store.query_claims(ids=[cid])).claim.count.value is not None   # nothing was rejected
    with client(url) as c:
        login(c, "adam")
        token = csrf_of(c, "/users")
        r = c.post("/users", data={"action": "add", "name": "nia", "role": "analyst", "password": PASSWORD,
                                   "csrf": token})
        assert r.status_code == 303 and "error" not in flash(r)
        assert "nia" in {u.name for u in auth.list_users(store)}
        r = c.post("/users", data={"action": "add", "name": "nia", "role": "analyst", "password": PASSWORD,
                                   "csrf": token})
        assert "already exists" in flash(r)["error"]


def test_anonymous_reading_can_be_turned_off(site: tuple[Store, str]) -> None:
    _, url = site
    with client(url, anonymous_read=False) as c:
        r = c.get("/", params={"country": "SY"})
        assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
        login(c, "vera")
        assert c.get("/").status_code == 200


def test_merge_and_split_through_the_incident_page_forms(site: tuple[Store, str]) -> None:
    from vigil.incidents import get_incident, query_incidents

    store, url = site
    killed = [i for i in query_incidents(store, outcome="killed") if i["kind"] == "incident"]
    assert len(killed) >= 2
    a, b = killed[0]["id"], killed[1]["id"]
    with client(url) as c:
        login(c, "ana")
        token = csrf_of(c, f"/incidents/{a}")
        r = c.post(f"/review/incidents/{a}", data={"action": "merge", "other": b, "reason": "same attack",
                                                   "csrf": token, "next": f"/incidents/{a}"})
        assert r.status_code == 303 and "error" not in flash(r), flash(r)
        merged = [i for i in query_incidents(store, outcome="killed") if i["kind"] == "incident"]
        assert len(merged) == len(killed) - 1
        both = next(i for i in merged if len(i["claims"]) >= 2)
        page = c.get(f"/incidents/{both['id']}").text
        assert "same attack" in page and "merge" in page                  # the audit log is on the page
        one = both["claims"][-1]
        r = c.post(f"/review/incidents/{both['id']}", data={"action": "split", "claim": str(one), "reason": "two attacks",
                                                            "csrf": token, "next": "/review"})
        assert "error" not in flash(r), flash(r)
        after = [i for i in query_incidents(store, outcome="killed") if i["kind"] == "incident"]
        assert len(after) == len(killed)
        assert any(i["claims"] == [one] for i in after)
        r = c.post(f"/review/incidents/{both['id']}", data={"action": "merge", "other": "", "csrf": token})
        assert "name the incident to merge with" in flash(r)["error"]     # a clear message, not a 500
    assert get_incident(store, after[0]["id"])


def test_the_incident_list_pages_back_in_time(site: tuple[Store, str]) -> None:
    from vigil.web import data

    store, url = site
    f = data.Filters()
    seen: list[str] = []
    before = None
    for _ in range(10):
        d = data.dashboard(store, f, list_limit=1, before=before)
        seen += [r["id"] for r in d["rows"]]
        before = d["older"]
        if before is None:
            break
    assert len(seen) == len(set(seen)) == data.dashboard(store, f)["total"] >= 3
    starts = [r["start"] for r in data.dashboard(store, f)["rows"]]
    assert starts == sorted(starts, reverse=True)
    with client(url) as c:
        assert c.get("/", params={"before": "9999"}).status_code == 200


def test_timeline_spreads_figures_over_their_days_and_buckets_long_ranges() -> None:
    from vigil.web.data import timeline

    days = timeline([(date(2025, 3, 1), date(2025, 3, 2), 10, "civilians"), (date(2025, 3, 2), None, 3, "people"),
                     (None, None, 50, "civilians"), (date(2025, 3, 4), None, None, "people")])
    assert days["bucket"] == "day" and days["days"] == ["2025-03-01", "2025-03-02"]
    assert days["series"] == {"civilians": [5.0, 5.0], "people": [0.0, 3.0]}
    weeks = timeline([(date(2024, 1, 3), None, 7, "civilians"), (date(2025, 6, 30), None, 2, "civilians")])
    assert weeks["bucket"] == "week" and weeks["days"][0] == "2024-01-01" and weeks["ends"][0] == "2024-01-07"
    assert sum(weeks["series"]["civilians"]) == 9 and weeks["series"]["civilians"][0] == 7
    months = timeline([(date(2019, 2, 10), None, 4, "people"), (date(2025, 2, 20), None, 1, "people")])
    assert months["bucket"] == "month" and months["days"][0] == "2019-02-01" and months["ends"][0] == "2019-02-28"
    assert months["ends"][-1] == "2025-02-28" and sum(months["series"]["people"]) == 5


def test_the_view_downloads_in_every_export_format(site: tuple[Store, str]) -> None:
    import csv
    import io
    import json

    from vigil.exports import ACLED_COLUMNS

    _, url = site
    with client(url) as c:
        page = c.get("/", params={"country": "SY"}).text
        assert 'href="/export/acled?country=SY"' in page
        r = c.get("/export/acled", params={"country": "SY"})
        assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
        rows = list(csv.reader(io.StringIO(r.text)))
        assert rows[0] == list(ACLED_COLUMNS) and len(rows) >= 2
        everywhere = list(csv.reader(io.StringIO(c.get("/export/acled").text)))
        assert len(everywhere) > len(rows)
        geo = c.get("/export/geojson", params={"outcome": "detained"}).json()
        assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 1
        lines = c.get("/export/jsonl").text.splitlines()
        assert all(json.loads(x)["id"] for x in lines)
        assert c.get("/export/xlsx").status_code == 404
        assert c.get("/export/csv", params={"since": "soon"}).status_code == 400


def test_a_stale_form_never_undoes_another_analysts_correction(site: tuple[Store, str]) -> None:
    from vigil.web.data import claim_rows
    from vigil.web.pages import REVIEW_FIELDS, claim_form_values

    store, url = site
    cid = next(r.id for r in store.query_claims(outcome="killed", country="SY"))
    drawn = claim_form_values(claim_rows(store, [cid])[0])            # what both analysts' pages show

    def submit(c: TestClient, **changed: str) -> Any:
        fields = {**drawn, **changed, **{f"orig_{k}": drawn[k] for k in REVIEW_FIELDS}}
        return c.post(f"/review/claims/{cid}", data={**fields, "action": "correct", "csrf": csrf_of(c, "/review"),
                                                     "next": "/review"})

    with client(url) as a, client(url) as b:
        login(a, "ana")
        auth.add_user(store, "bo", "analyst", PASSWORD)
        login(b, "bo")
        assert "error" not in flash(submit(a, victims="people"))
        assert "error" not in flash(submit(b, value="15"))              # another field: both changes kept
        now = claim_form_values(claim_rows(store, [cid])[0])
        assert (now["victims"], now["value"]) == ("people", "15")
        clash = flash(submit(b, victims="state_forces"))                 # the field A changed: refused
        assert "changed by someone else" in clash["error"]
        assert claim_form_values(claim_rows(store, [cid])[0])["victims"] == "people"


def test_limits_on_bodies_logins_ids_and_urls(site: tuple[Store, str]) -> None:
    _store, url = site
    with client(url, max_body_bytes=10_000) as c:
        def chunks() -> Any:
            for _ in range(100):
                yield b"x" * 1000

        r = c.post("/login", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"})
        assert r.status_code == 413                                      # refused while streaming in
        for _ in range(5):
            assert flash(login(c, "ana", "wrong password"))["error"] == "wrong name or password"
        assert "too many failed attempts" in flash(login(c, "ana"))["error"]
        assert c.get("/?q=%00").status_code == 400 and c.get("/api/incidents?source=a%00").status_code == 400
        assert c.get("/reports/99999999999").status_code in (404, 422)
        login(c, "adam")
        assert c.get("/review", params={"claim": "²"}).status_code == 200
        assert c.get("/review", params={"claim": "99999999999999999999"}).status_code == 200
        assert c.get("/incidents/I%25").status_code == 404


def test_login_to_read_covers_the_api_too(site: tuple[Store, str]) -> None:
    _, url = site
    with client(url, anonymous_read=False) as c:
        assert c.get("/api/incidents").status_code == 401
        login(c, "vera")
        assert c.get("/api/incidents").status_code == 200


def test_the_source_filter_matches_sources_only_and_literally(site: tuple[Store, str]) -> None:
    from vigil.web import data

    store, _ = site
    total = data.dashboard(store, data.Filters())["total"]
    by = data.dashboard(store, data.Filters(source="observatory"))["total"]
    assert 0 < by < total
    for literal in ("%", "_", "civilians", "killed"):
        assert data.dashboard(store, data.Filters(source=literal))["total"] == 0, literal
