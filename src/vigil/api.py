"""The REST API: ``create_app(settings)`` builds a FastAPI app over the store (OpenAPI docs at /docs).

Reads are open unless ``settings.private``; writes need ``Authorization: Bearer <token>`` (tokens are
made with ``vigil token create NAME``; only their hashes are stored). Lists use keyset pagination:
each page carries ``next``, an opaque cursor for the following page. Errors are JSON
``{"detail": ...}``; invalid parameters give 422 naming the parameter.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import re
from datetime import date
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, Field, HttpUrl
from starlette.concurrency import run_in_threadpool

from vigil import __version__
from vigil.auth import SESSION_COOKIE, get_session
from vigil.errors import InputError, VigilError
from vigil.incidents import DEATHS_COUNTED
from vigil.settings import Settings
from vigil.store import Store, claim_conditions, claims, incidents, reports
from vigil.web.data import incident_filter, incident_points, text_match
from vigil.web.viewcache import ViewCache, incidents_version

Outcome = Literal["killed", "injured", "casualties", "missing", "abducted", "detained", "displaced"]
VictimsCat = Literal["civilians", "state_forces", "non_state_fighters", "combatants", "people", "mixed"]
Status = Literal["single-source", "corroborated", "contested", "verified"]
Fmt = Literal["json", "csv", "geojson"]
MAX_ID = 2**63 - 1
#: cursors are short: an id, or an incident sort key ("<start or 9999-12-31>|<id>")
MAX_CURSOR = 200
_SORT_KEY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\|[IE][0-9]{1,20}")
Limit = Annotated[int, Query(ge=1, le=1000, description="page size (the server may cap it lower)")]


class NewReport(BaseModel):
    """A report to ingest: its text, or a URL to fetch (same safety rules as ``vigil ingest``)."""

    text: str | None = Field(default=None, max_length=1_000_000)
    url: HttpUrl | None = None
    published: date | None = None
    outlet: str | None = Field(default=None, max_length=300)
    title: str | None = Field(default=None, max_length=1000)


class Page(BaseModel):
    items: list[dict[str, Any]]
    next: str | None


def _cursor(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values, default=str).encode()).decode().rstrip("=")


def _bad_cursor() -> HTTPException:
    return HTTPException(422, detail=[{"loc": ["query", "cursor"], "msg": "not a cursor from this API",
                                       "type": "value_error"}])


def _uncursor(cursor: str | None, kind: type = int) -> list[Any] | None:
    """The values of a cursor this API made for a list keyed by ``kind`` (int ids or str sort keys);
    anything else is a 422 naming ``cursor``, whatever is wrong with it."""
    if not cursor:
        return None
    try:
        if len(cursor) > MAX_CURSOR:
            raise ValueError
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise _bad_cursor() from None
    if not isinstance(values, list) or len(values) != 1:
        raise _bad_cursor()
    v = values[0]
    ok = (isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAX_ID) if kind is int else \
        (isinstance(v, str) and _SORT_KEY.fullmatch(v) is not None)
    if not ok:
        raise _bad_cursor()
    return values


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        w, s, e, n = (float(x) for x in value.split(","))
        if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
            raise ValueError
        return w, s, e, n
    except ValueError:
        raise HTTPException(422, detail=[{"loc": ["query", "bbox"], "msg": "bbox is west,south,east,north in degrees",
                                          "type": "value_error"}]) from None


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413: at once when Content-Length says so, and while
    a chunked body streams in (never read whole into memory first). URLs holding NUL get 400."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if "\x00" in scope.get("path", "") or b"%00" in (scope.get("query_string") or b""):
            await JSONResponse({"detail": "NUL characters are not allowed in URLs"}, 400)(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        too_big = f"request body larger than {self.limit} bytes"
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await JSONResponse({"detail": too_big}, 413)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Any:
            nonlocal seen
            message = await receive()
            if message.get("type") == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise HTTPException(413, too_big)
            return message

        await self.app(scope, counted, send)


def create_app(settings: Settings | None = None) -> FastAPI:
    """The Vigil API over the database named in ``settings``."""
    settings = settings or Settings()
    app = FastAPI(title="Vigil", version=__version__,
                  description="Sourced casualty claims and reconciled incidents from news reports.")
    state: dict[str, Any] = {}

    def store() -> Store:
        if "store" not in state:
            state["store"] = Store.open(settings.database_url)
        s: Store = state["store"]
        return s

    def extractor() -> Any:
        if "extractor" not in state:
            from vigil.extract.pipeline import Extractor

            state["extractor"] = Extractor(settings)
        return state["extractor"]

    def token_name(request: Request) -> str | None:
        auth = request.headers.get("authorization", "")
        if not auth:
            return None
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise HTTPException(401, "use Authorization: Bearer <token>", headers={"WWW-Authenticate": "Bearer"})
        name = store().check_token(token.strip())
        if name is None:
            raise HTTPException(403, "unknown token")
        return name

    async def reader(request: Request) -> None:
        """Open reads cost nothing here (no worker thread); checks that touch the database run in one."""
        if settings.private or not settings.anonymous_read:
            await run_in_threadpool(check_reader, request)

    def check_reader(request: Request) -> None:
        if settings.private or not settings.anonymous_read:
            if request.headers.get("authorization"):
                token_name(request)
                return
            cookie = request.cookies.get(SESSION_COOKIE)
            if not settings.private and cookie and get_session(store(), cookie) is not None:
                return                       # a dashboard user who logged in
            raise HTTPException(401, "this server requires a token (or, for the dashboard, a login) for reads",
                                headers={"WWW-Authenticate": "Bearer"})

    def writer(request: Request) -> str:
        name = token_name(request)
        if name is None:
            raise HTTPException(401, "a token is required for writes", headers={"WWW-Authenticate": "Bearer"})
        return name

    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    views = ViewCache(lambda: incidents_version(store()))
    app.state.views = views         # shared with the dashboard's pages

    @app.exception_handler(VigilError)
    async def vigil_error(_request: Request, exc: VigilError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, 400)

    @app.get("/api/reports", dependencies=[Depends(reader)], response_model=Page)
    def list_reports(limit: Limit = settings.page_size, cursor: str | None = None,
                     since: date | None = None, until: date | None = None,
                     q: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
        after = _uncursor(cursor)
        stmt = sa.select(reports.c.id, reports.c.external_id, reports.c.url, reports.c.title, reports.c.outlet,
                         reports.c.published, reports.c.arrived_via, reports.c.duplicate_of)
        if since:
            stmt = stmt.where(reports.c.published >= since)
        if until:
            stmt = stmt.where(reports.c.published <= until)
        if q:
            stmt = stmt.where(text_match(store(), q))
        if after:
            stmt = stmt.where(reports.c.id > int(after[0]))
        with store().engine.connect() as conn:
            rows = conn.execute(stmt.order_by(reports.c.id).limit(limit + 1)).all()
        items = [dict(r._mapping) for r in rows[:limit]]
        return {"items": items, "next": _cursor([rows[limit - 1].id]) if len(rows) > limit else None}

    @app.get("/api/reports/{report_id}", dependencies=[Depends(reader)])
    def get_report(report_id: Annotated[int, PathParam(ge=1, le=MAX_ID)]) -> dict[str, Any]:
        try:
            sr = store().get_report(str(report_id))
        except InputError:
            raise HTTPException(404, f"no report {report_id}") from None
        found = [dict(claim_id=r.id, **r.claim.to_dict()) for r in store().query_claims(report_id=sr.id)]
        return {"id": sr.id, **sr.report.meta(), "text": sr.report.text, "arrived_via": sr.arrived_via,
                "origin": sr.origin, "retrieved_at": sr.retrieved_at, "extractor_version": sr.extractor_version,
                "duplicate_of": sr.duplicate_of, "claims": found}

    @app.get("/api/claims", dependencies=[Depends(reader)], response_model=None)
    def list_claims(limit: Limit = settings.page_size, cursor: str | None = None,
                    country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$")] = None,
                    admin1: Annotated[str | None, Query(max_length=100)] = None,
                    since: date | None = None, until: date | None = None, outcome: Outcome | None = None,
                    victims: VictimsCat | None = None, source: Annotated[str | None, Query(max_length=200)] = None,
                    bbox: str | None = None, q: Annotated[str | None, Query(max_length=200)] = None,
                    format: Fmt = "json") -> Any:
        after = _uncursor(cursor)
        box = _bbox(bbox)
        c = claims
        stmt = sa.select(c.c.id).join(reports, reports.c.id == c.c.report_id).where(*claim_conditions(
            country=country, admin1=admin1, bbox=box, since=since, until=until, outcome=outcome, victims=victims,
            source=source))
        if q:
            stmt = stmt.where(text_match(store(), q))
        if after:
            stmt = stmt.where(c.c.id > int(after[0]))
        with store().engine.connect() as conn:
            ids = [r[0] for r in conn.execute(stmt.order_by(c.c.id).limit(limit + 1))]
        rows = _claims_by_id(store(), ids[:limit])
        nxt = _cursor([ids[limit - 1]]) if len(ids) > limit else None
        return _render(rows, format, nxt)

    @app.get("/api/incidents", dependencies=[Depends(reader)], response_model=None)
    def list_incidents(request: Request, limit: Limit = settings.page_size, cursor: str | None = None,
                       country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$")] = None,
                       admin1: Annotated[str | None, Query(max_length=100)] = None,
                       since: date | None = None, until: date | None = None, outcome: Outcome | None = None,
                       victims: VictimsCat | None = None, status: Status | None = None,
                       source: Annotated[str | None, Query(max_length=200)] = None, bbox: str | None = None,
                       q: Annotated[str | None, Query(max_length=200)] = None, format: Fmt = "json") -> Any:
        # many clients asking for the same page cost one query (the cache drops everything when the
        # incidents change, see vigil.web.viewcache)
        body, media, headers = views.get(("api", request.url.query), lambda: _frozen(incident_page(
            limit, cursor, country, admin1, since, until, outcome, victims, status, source, bbox, q, format)))
        return Response(body, media_type=media, headers=headers)

    def incident_page(limit: int, cursor: str | None, country: str | None, admin1: str | None, since: date | None,
                      until: date | None, outcome: str | None, victims: str | None, status: str | None,
                      source: str | None, bbox: str | None, q: str | None, format: str) -> Response:
        after = _uncursor(cursor, str)
        box = _bbox(bbox)
        i = incidents
        stmt = sa.select(i.c.id, i.c.sort_key, i.c.body).where(*incident_filter(
            store(), country=country, since=since, until=until, outcome=outcome, victims=victims, status=status,
            admin1=admin1, source=source, bbox=box, q=q))
        if after:
            stmt = stmt.where(i.c.sort_key > str(after[0]))
        with store().engine.connect() as conn:
            rows = conn.execute(stmt.order_by(i.c.sort_key).limit(limit + 1)).all()
        nxt = _cursor([rows[limit - 1].sort_key]) if len(rows) > limit else None
        if format == "json":   # the stored bodies are JSON already: joined, not parsed and dumped again
            return Response('{"items": [' + ", ".join(r.body for r in rows[:limit]) + '], "next": '
                            + json.dumps(nxt) + "}", media_type="application/json")
        items = [json.loads(r.body) for r in rows[:limit]]
        if format == "geojson":
            with store().engine.connect() as conn:
                points = incident_points(conn, [x["id"] for x in items]) if items else {}
            for x in items:
                if x["id"] in points:
                    x["lat"], x["lon"] = points[x["id"]]
        rendered: Response = _render(items, format, nxt)
        return rendered

    @app.get("/api/incidents/{incident_id}", dependencies=[Depends(reader)])
    def get_incident(incident_id: str) -> dict[str, Any]:
        from vigil.incidents import get_incident as load

        try:
            inc = load(store(), incident_id)
        except InputError:
            raise HTTPException(404, f"no incident {incident_id}") from None
        inc["evidence"] = _claims_by_id(store(), inc["claims"])
        return inc

    @app.get("/api/stats", dependencies=[Depends(reader)])
    def stats(country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$")] = None,
              since: date | None = None, until: date | None = None) -> dict[str, Any]:
        i = incidents
        cond = [i.c.kind == "incident", i.c.outcome == "killed"]
        if country:
            cond.append(i.c.country == country.upper())
        if since:
            cond.append(sa.func.coalesce(i.c.end, i.c.start) >= since)
        if until:
            cond.append(sa.func.coalesce(i.c.start, i.c.end) <= until)
        deaths = sa.func.coalesce(sa.func.sum(i.c.best), 0)
        with store().engine.connect() as conn:
            by_day = conn.execute(sa.select(i.c.start, i.c.victims, deaths).where(*cond, i.c.start.is_not(None))
                                  .group_by(i.c.start, i.c.victims).order_by(i.c.start)).all()
            by_country = conn.execute(sa.select(i.c.country, deaths, sa.func.count()).where(*cond)
                                      .group_by(i.c.country).order_by(i.c.country)).all()
            by_victims = conn.execute(sa.select(i.c.victims, deaths, sa.func.count()).where(*cond)
                                      .group_by(i.c.victims).order_by(i.c.victims)).all()
            counts = {"reports": store().count(reports), "claims": store().count(claims),
                      "incidents": store().count(incidents)}
        return {"counts": counts,
                "deaths": sum(int(n) for _, n, _ in by_country), "deaths_counted": DEATHS_COUNTED,
                "deaths_by_day": [{"date": d, "victims": v, "deaths": int(n)} for d, v, n in by_day],
                "by_country": [{"country": c, "deaths": int(n), "incidents": int(k)} for c, n, k in by_country],
                "by_victims": [{"victims": v, "deaths": int(n), "incidents": int(k)} for v, n, k in by_victims]}

    @app.post("/api/reports", status_code=201, dependencies=[Depends(writer)])
    def post_report(body: NewReport) -> dict[str, Any]:
        from vigil.fetch import FetchPolicy
        from vigil.ingest import Incoming, Ingestor, from_url, reconcile_pending
        from vigil.models import Report

        if not body.text and not body.url:
            raise HTTPException(422, detail=[{"loc": ["body", "text"], "msg": "give text or url",
                                              "type": "value_error"}])
        if body.text:
            rep = Report(id=str(body.url or "api"), text=body.text, published=body.published or date.today(),
                         published_estimated=body.published is None, url=str(body.url) if body.url else None,
                         title=body.title, outlet=body.outlet)
            items: list[Any] = [Incoming(rep, "api", "api")]
        else:
            items = list(from_url(str(body.url), FetchPolicy(allow_private=settings.allow_private_urls),
                                  body.published, body.outlet, "api"))
        if isinstance(items[0], InputError):
            raise HTTPException(422, detail=[{"loc": ["body", "url"], "msg": items[0].problem, "type": "value_error"}])
        summary = Ingestor(store(), extractor()).ingest(items)
        rid: int | None
        if summary.report_ids:
            reconcile_pending(store(), summary.report_ids)
            rid = summary.report_ids[0]
        else:   # already stored: return the stored copy
            with store().engine.connect() as conn:
                from vigil.store import content_hash

                rid = store().find_existing(conn, items[0].report.url, content_hash(items[0].report.text))
        if rid is None:
            raise HTTPException(500, "report was not stored")
        return get_report(int(rid)) | {"created": bool(summary.report_ids)}

    @app.post("/api/reextract", dependencies=[Depends(writer)])
    def post_reextract(everything: Annotated[bool, Query(alias="all")] = False) -> dict[str, Any]:
        from vigil.incidents import run_reconcile
        from vigil.ingest import reextract

        n, k = reextract(store(), extractor(), everything=everything)
        with store().exclusive("reconcile"):
            run_reconcile(store())
        return {"reports": n, "claims": k, "extractor_version": extractor().version}

    @app.get("/healthz", include_in_schema=False)
    def health() -> PlainTextResponse:
        return PlainTextResponse("ok")

    from vigil.web import mount

    mount(app, settings, store)
    return app


def _frozen(response: Response) -> tuple[bytes, str | None, dict[str, str]]:
    """What a response is, to be cached and sent again."""
    headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")}
    return bytes(response.body), response.media_type, headers


def _claims_by_id(store: Store, ids: list[int]) -> list[dict[str, Any]]:
    if not ids:
        return []
    out = {r.id: {"claim_id": r.id, "report_id": r.report_id, "outlet": r.outlet, "url": r.url,
                  "published": r.published, **r.claim.to_dict()} for r in store.query_claims(ids=ids)}
    return [out[i] for i in ids if i in out]


def _render(items: list[dict[str, Any]], fmt: str, nxt: str | None) -> Any:
    if fmt == "json":   # serialised directly: FastAPI's generic encoder is slow on large incident bodies
        return Response(json.dumps({"items": items, "next": nxt}, default=str, ensure_ascii=False),
                        media_type="application/json")
    headers = {"X-Next-Cursor": nxt} if nxt else {}
    if fmt == "csv":
        buf = io.StringIO()
        flat = [_flat(x) for x in items]
        cols = list(dict.fromkeys(k for row in flat for k in row))
        w = csv.DictWriter(buf, fieldnames=cols)
        w.writeheader()
        w.writerows(flat)
        return Response(buf.getvalue(), media_type="text/csv", headers=headers)
    features = []
    for x in items:
        pt = _point(x)
        props = {k: v for k, v in x.items() if k not in ("history", "evidence")}
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": pt} if pt else None,
                         "properties": props})
    body = json.dumps({"type": "FeatureCollection", "features": features, "next": nxt}, default=str)
    return Response(body, media_type="application/geo+json", headers=headers)


def _flat(x: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in x.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flat(v, key + "."))
        elif isinstance(v, list):
            out[key] = json.dumps(v, default=str) if v and isinstance(v[0], dict) else ";".join(map(str, v))
        else:
            out[key] = v
    return out


def _point(x: dict[str, Any]) -> list[float] | None:
    for p in x.get("places") or []:
        if p.get("lat") is not None and p.get("lon") is not None:
            return [p["lon"], p["lat"]]
    if x.get("lat") is not None and x.get("lon") is not None:
        return [x["lon"], x["lat"]]
    return None

