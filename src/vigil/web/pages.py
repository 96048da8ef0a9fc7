"""The dashboard's pages: server-rendered (Jinja2, autoescaped) with a little JavaScript.

Handlers parse the request, call :mod:`vigil.web.data`, :mod:`vigil.review` and :mod:`vigil.auth`,
and render a template; library errors become a message on the page. Sessions are HttpOnly,
SameSite=Lax cookies; every form carries a CSRF token (the session's, or for the login form a
double-submit cookie). A Content-Security-Policy keeps every request on this server.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from importlib import resources
from typing import Annotated, Any, TextIO, TypeVar, cast, get_args
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi import Path as PathParam
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from vigil import auth, review
from vigil.auth import Session
from vigil.errors import InputError, VigilError
from vigil.exports import FORMATS, IncidentFilter, export
from vigil.models import Qualifier, SourceKind
from vigil.review import QueueItem
from vigil.settings import Settings
from vigil.store import Store
from vigil.web import data
from vigil.web.viewcache import ViewCache, incidents_version

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
LOGIN_CSRF = "vigil_login_csrf"
FLASH = "vigil_flash"
MAX_ID = 2**31 - 1
#: failed logins allowed per (address, name) in LOGIN_WINDOW seconds before a pause
LOGIN_ATTEMPTS = 5
LOGIN_WINDOW = 300.0
#: (address, name) keys the failed-login table keeps at most (oldest evicted first, locked ones last)
LOGIN_TABLE_MAX = 10_000
EXPORT_TYPES = {"acled": ("text/csv", "csv"), "ucdp": ("text/csv", "csv"), "csv": ("text/csv", "csv"),
                "geojson": ("application/geo+json", "geojson"), "jsonl": ("application/x-ndjson", "jsonl")}
REVIEW_FIELDS = ("value", "low", "high", "qualifier", "outcome", "victims", "source", "source_kind", "places",
                 "time_start", "time_end", "part_of")


_T = TypeVar("_T")


class _Redirect(Exception):
    def __init__(self, url: str) -> None:
        self.url = url


def _local(url: str | None, default: str = "/") -> str:
    """A redirect target on this server only (no scheme, no host, no //)."""
    if not url or not url.startswith("/") or url.startswith("//") or "\\" in url:
        return default
    return url


def claim_form_values(c: Mapping[str, Any]) -> dict[str, str]:
    """A claim's correctable fields as the strings a form shows."""
    count = c.get("count") or {}
    src = c.get("source") or {}
    t = c.get("time") or {}

    def s(v: Any) -> str:
        return "" if v is None else str(v)

    return {"value": s(count.get("value")), "low": s(count.get("low")), "high": s(count.get("high")),
            "qualifier": s(count.get("qualifier")), "outcome": s(c.get("outcome")),
            "victims": s((c.get("victims") or {}).get("category")), "source": s(src.get("name")),
            "source_kind": s(src.get("kind")), "places": ", ".join(p["name"] for p in c.get("places") or []),
            "time_start": s(t.get("start")), "time_end": s(t.get("end")), "part_of": s(c.get("part_of"))}


def mount(app: FastAPI, settings: Settings, store: Callable[[], Store]) -> None:
    """Add the dashboard's pages and static files to ``app``."""
    templates = Jinja2Templates(directory=str(resources.files("vigil") / "web" / "templates"))
    templates.env.globals.update(colours=data.COLOURS, victims_list=data.VICTIMS, statuses=data.STATUSES,
                                 safe_url=data.safe_url, qualifiers=get_args(Qualifier),
                                 source_kinds=get_args(SourceKind))
    templates.env.filters["num"] = lambda v: "–" if v is None else f"{int(v):,}"
    templates.env.filters["clip_tail"] = data.clip_tail
    templates.env.filters["clip_head"] = data.clip_head
    app.mount("/static", StaticFiles(directory=str(resources.files("vigil") / "web" / "static")), name="static")
    router = APIRouter(include_in_schema=False)

    def session(request: Request) -> Session | None:
        token = request.cookies.get(auth.SESSION_COOKIE)
        return auth.get_session(store(), token) if token else None

    def viewer(request: Request) -> Session | None:
        s = session(request)
        if s is None and not settings.anonymous_read:
            raise _Redirect("/login?" + urlencode({"next": _here(request)}))
        return s

    def need(request: Request, role: str) -> Session:
        s = session(request)
        if s is None:
            back = _here(request) if request.method == "GET" else _local(_referer_path(request), "/review")
            raise _Redirect("/login?" + urlencode({"next": back}))
        if not s.user.can(role):
            raise HTTPException(403, f"this needs the {role} role; you are {s.user.name} ({s.user.role})")
        return s

    async def form_of(request: Request, s: Session) -> dict[str, Any]:
        form = await request.form()
        if not auth.check_csrf(s, str(form.get("csrf") or "")):
            raise HTTPException(403, "the form has expired or did not come from this site (CSRF check failed): "
                                     "reload the page and try again")
        out: dict[str, Any] = {k: form.get(k) for k in form}
        out["_lists"] = {k: form.getlist(k) for k in form}
        return out

    def render(request: Request, name: str, s: Session | None, status: int = 200, **ctx: Any) -> HTMLResponse:
        flash = read_flash(request.cookies.get(FLASH))
        ctx.update(user=s.user if s else None, csrf=s.csrf if s else "", request=request,
                   anonymous_read=settings.anonymous_read, notice=flash.get("notice"),
                   error=ctx.get("error") or flash.get("error"))
        resp = templates.TemplateResponse(request, name, ctx, status_code=status)
        if FLASH in request.cookies:
            resp.delete_cookie(FLASH, path="/")
        return resp

    def go(url: str, **message: str) -> RedirectResponse:
        """Redirect (303) to a page of this site, with a message shown there once (kept in a cookie, so
        no one can put words on the page through a link)."""
        resp = RedirectResponse(url, 303)
        if message:
            resp.set_cookie(FLASH, flash_value(**message), max_age=120, httponly=True, samesite="lax",
                            secure=settings.secure_cookies, path="/")
        return resp

    @app.exception_handler(_Redirect)
    async def redirect(_request: Request, exc: _Redirect) -> Response:
        return RedirectResponse(exc.url, 303)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        """The API keeps JSON errors; pages get an HTML page saying what went wrong."""
        if request.url.path.startswith(("/api", "/static", "/openapi", "/docs", "/redoc", "/healthz")):
            return await http_exception_handler(request, exc)
        titles = {403: "Not allowed", 404: "Not found", 405: "Not allowed here"}
        return render(request, "error.html", session(request), exc.status_code,
                      title=titles.get(exc.status_code, "Something went wrong"), message=str(exc.detail))

    views: ViewCache = getattr(app.state, "views", None) or ViewCache(lambda: incidents_version(store()))
    app.add_middleware(_Headers, on_post=views.clear)

    # --- reading -----------------------------------------------------------------------------------------

    @router.get("/", response_class=HTMLResponse)
    def home(request: Request) -> HTMLResponse:
        s = viewer(request)
        try:
            f = data.Filters.from_query(request.query_params)
        except InputError as e:
            return render(request, "dashboard.html", s, 400, f=data.Filters(), d=None, error=str(e),
                          outcomes=_outcomes())
        before = (request.query_params.get("before") or "")[:60] or None

        def compute() -> tuple[dict[str, Any], Markup]:
            d = data.dashboard(store(), f, before=before)
            page = {"markers": data.columns(d["markers"]), "timeline": d["timeline"], "colours": data.COLOURS,
                    "filters": f.params()}
            return d, Markup(htmlsafe_json_dumps(page, sort_keys=True))

        d, page_json = views.get((f, before), compute)     # many readers of one view: computed once

        def page() -> HTMLResponse:
            return render(request, "dashboard.html", s, f=f, d=d, outcomes=_outcomes(), before=before,
                          page_json=page_json)

        if s is None and FLASH not in request.cookies:        # anonymous readers all get the same page
            return HTMLResponse(views.get(("html", f, before), lambda: page().body))
        return page()

    @router.get("/export/{fmt}")
    def download(request: Request, fmt: str) -> Response:
        """The incidents of the dashboard's view as an ACLED/UCDP-compatible CSV, GeoJSON, CSV or JSONL
        file (written to a spooled temporary file, so memory stays bounded, then streamed)."""
        s = viewer(request)
        if fmt not in FORMATS:
            raise HTTPException(404, f"no export format {fmt!r}; choose from {', '.join(FORMATS)}")
        try:
            f = data.Filters.from_query(request.query_params)
        except InputError as e:
            return render(request, "error.html", s, 400, title="Bad filter", message=str(e))
        # closed by the response's generator once streamed (or here when writing fails)
        spool = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024, mode="w+", encoding="utf-8",  # noqa: SIM115
                                              newline="")
        try:
            # the download is the view: every filter of the page, the source and text search included
            view = IncidentFilter(country=f.country, since=f.since, until=f.until, outcome=f.outcome,
                                  victims=f.victims, status=f.status,
                                  where=tuple(data.incident_filter(store(), source=f.source, q=f.q)))
            export(store(), fmt, cast(TextIO, spool), view)
        except BaseException:
            spool.close()
            raise
        spool.seek(0)

        def chunks() -> Iterator[str]:
            try:
                while block := spool.read(65536):
                    yield block
            finally:
                spool.close()

        kind, ext = EXPORT_TYPES[fmt]
        return StreamingResponse(chunks(), media_type=kind,
                                 headers={"Content-Disposition": f'attachment; filename="vigil-{fmt}.{ext}"'})

    @router.get("/incidents/{incident_id}", response_class=HTMLResponse)
    def incident(request: Request, incident_id: str) -> HTMLResponse:
        s = viewer(request)
        try:
            if not _INCIDENT_ID.fullmatch(incident_id):
                raise InputError(incident_id, "not an incident id")
            inc = data.incident_page(store(), incident_id)
        except InputError:
            return render(request, "error.html", s, 404, title="No such incident",
                          message=f"There is no incident {incident_id}; incident ids change when claims are "
                                  "re-extracted. Search the dashboard instead.")
        log = review.audit(store(), incident_id=incident_id, claim_ids=inc["claims"])
        return render(request, "incident.html", s, inc=inc, log=log,
                      page={"chart": inc["chart"], "id": inc["id"]})

    @router.get("/reports/{report_id}", response_class=HTMLResponse)
    def report(request: Request, report_id: Annotated[int, PathParam(ge=1, le=MAX_ID)]) -> HTMLResponse:
        s = viewer(request)
        try:
            rep = data.report_page(store(), report_id)
        except InputError as e:
            return render(request, "error.html", s, 404, title="No such report", message=str(e))
        return render(request, "report.html", s, rep=rep)

    # --- review --------------------------------------------------------------------------------------------

    @router.get("/review", response_class=HTMLResponse)
    def queue(request: Request) -> HTMLResponse:
        s = need(request, "analyst")
        st = store()
        items = review.review_queue(st, limit=50)
        focus: QueueItem | None = None
        want_claim = request.query_params.get("claim", "")
        want_inc = request.query_params.get("incident", "")
        if _number(want_claim) is not None:
            focus = _claim_item(st, int(want_claim))
        elif _INCIDENT_ID.fullmatch(want_inc):
            focus = _incident_item(st, want_inc)
        if focus is not None:
            items = [focus, *[x for x in items if (x.kind, x.target) != (focus.kind, focus.target)]]
        claim_ids = sorted({c for x in items for c in x.claim_ids})
        rows = {c["claim_id"]: c for c in data.claim_rows(st, claim_ids)}
        forms = {cid: claim_form_values(c) for cid, c in rows.items()}
        return render(request, "review.html", s, items=items, rows=rows, forms=forms, size=review.queue_size(st),
                      selected=_int(request.query_params.get("i")), fields=REVIEW_FIELDS, outcomes=_outcomes())

    def locked(act: Callable[[], _T]) -> _T:
        """A review action reconciles: it takes its turn with ingests doing the same (see Store.exclusive)."""
        with store().exclusive("reconcile"):
            return act()

    async def review_form(request: Request) -> tuple[Session, dict[str, Any], str, Any, str]:
        """An analyst's review form: (session, fields, where to go back to, action, reason)."""
        s = need(request, "analyst")
        form = await form_of(request, s)
        return s, form, _local(form.get("next"), "/review"), form.get("action"), str(form.get("reason") or "")[:2000]

    @router.post("/review/claims/{claim_id}")
    async def review_claim(request: Request, claim_id: Annotated[int, PathParam(ge=1, le=MAX_ID)]) -> Response:
        s, form, back, action, reason = await review_form(request)

        def act() -> str:
            if action == "accept":
                review.accept(store(), s.user.name, claim_ids=[claim_id], reason=reason)
            elif action == "reject":
                review.reject(store(), s.user.name, claim_id, reason=reason)
            elif action == "correct":
                review.correct(store(), s.user.name, claim_id, _changes(store(), claim_id, form), reason=reason)
            else:
                raise InputError("action", "choose what to do: save the correction, accept or reject")
            return f"claim {claim_id}: {action}ed"

        try:
            return go(back, notice=await run_in_threadpool(locked, act))
        except VigilError as e:
            return go(back, error=str(e))

    @router.post("/review/incidents/{incident_id}")
    async def review_incident(request: Request, incident_id: str) -> Response:
        s, form, back, action, reason = await review_form(request)

        def act() -> list[str]:
            if not _INCIDENT_ID.fullmatch(incident_id):
                raise InputError(incident_id, "not an incident id")
            if action == "accept":
                return review.accept(store(), s.user.name, incident_id=incident_id, reason=reason)
            if action == "merge":
                others = [x.strip() for x in str(form.get("other") or "").replace(",", " ").split() if x.strip()]
                if not others:
                    raise InputError("merge", "name the incident to merge with (e.g. I42)")
                if not all(_INCIDENT_ID.fullmatch(x) for x in others):
                    raise InputError("merge", f"{' '.join(others)[:60]!r} is not a list of incident ids (e.g. I42)")
                return review.merge(store(), s.user.name, [incident_id, *others], reason=reason)
            if action == "split":
                ids = [int(x) for x in form["_lists"].get("claim", []) if _number(str(x)) is not None]
                return review.split(store(), s.user.name, incident_id, ids, reason=reason)
            raise InputError("action", "choose what to do: accept all, merge or split")

        try:
            out = await run_in_threadpool(locked, act)
        except VigilError as e:
            return go(back, error=str(e))
        if back.split("?")[0] == f"/incidents/{incident_id}" and incident_id not in out and out:
            back = f"/incidents/{out[0]}"          # merged or renamed: show where its claims went
        return go(back, notice=f"{action}: now {', '.join(out) or 'no incident'}")

    # --- accounts ------------------------------------------------------------------------------------------

    @router.get("/login", response_class=HTMLResponse)
    def login_form(request: Request) -> HTMLResponse:
        token = secrets.token_urlsafe(24)
        resp = render(request, "login.html", session(request), login_csrf=token,
                      next=_local(request.query_params.get("next")))
        resp.set_cookie(LOGIN_CSRF, token, httponly=True, samesite="strict", secure=settings.secure_cookies,
                        max_age=3600)
        return resp

    failures = auth.LoginThrottle(LOGIN_ATTEMPTS, LOGIN_WINDOW, LOGIN_TABLE_MAX)

    @router.post("/login")
    async def login(request: Request) -> Response:
        form = await request.form()
        nxt = _local(str(form.get("next") or "/"))
        again = "/login?" + urlencode({"next": nxt})
        cookie = request.cookies.get(LOGIN_CSRF) or ""
        if not cookie or not secrets.compare_digest(cookie, str(form.get("csrf") or "")):
            return go(again, error="the login form expired: try again")
        name = str(form.get("name") or "")[:64]
        key = (request.client.host if request.client else "", name.casefold())
        now = time.monotonic()
        if failures.blocked(key, now):
            return go(again, error="too many failed attempts for this name: wait a few minutes")
        user = await run_in_threadpool(auth.authenticate, store(), name, str(form.get("password") or "")[:1024])
        if user is None:
            failures.fail(key, now)
            return go(again, error="wrong name or password")
        failures.clear(key)
        token, _ = await run_in_threadpool(auth.create_session, store(), user)
        resp = RedirectResponse(nxt, 303)
        resp.set_cookie(auth.SESSION_COOKIE, token, httponly=True, samesite="lax", secure=settings.secure_cookies,
                        max_age=auth.SESSION_DAYS * 86400, path="/")
        resp.delete_cookie(LOGIN_CSRF)
        return resp

    @router.post("/logout")
    async def logout(request: Request) -> Response:
        s = session(request)
        if s is not None:
            await form_of(request, s)
            auth.end_session(store(), request.cookies.get(auth.SESSION_COOKIE) or "")
        resp = RedirectResponse("/", 303)
        resp.delete_cookie(auth.SESSION_COOKIE, path="/")
        return resp

    @router.get("/users", response_class=HTMLResponse)
    def users(request: Request) -> HTMLResponse:
        s = need(request, "admin")
        return render(request, "users.html", s, users=auth.list_users(store()), roles=auth.ROLES)

    @router.post("/users")
    async def users_post(request: Request) -> Response:
        s = need(request, "admin")
        form = await form_of(request, s)
        name = str(form.get("name") or "")[:200]
        action = form.get("action")

        def act() -> None:          # in a worker thread: hashing a password takes a while
            if action == "add":
                auth.add_user(store(), name, str(form.get("role") or ""), str(form.get("password") or "")[:1024],
                              by=s.user.name)
            elif action == "role":
                auth.set_role(store(), name, str(form.get("role") or ""), by=s.user.name)
            elif action == "remove":
                auth.remove_user(store(), name, by=s.user.name)
            else:
                raise InputError("action", "choose add, role or remove")

        try:
            await run_in_threadpool(act)
        except VigilError as e:
            return go("/users", error=str(e))
        return go("/users", notice=f"{name}: {action} done")

    app.include_router(router)


class _Headers:
    """Security headers on every response (the CSP on pages), and ``on_post`` called after each POST
    (a review action may have changed the incidents). Plain ASGI: the body passes straight through."""

    def __init__(self, app: Any, on_post: Callable[[], None]) -> None:
        self.app = app
        self.on_post = on_post

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        page = not str(scope.get("path", "")).startswith(("/api", "/docs", "/openapi", "/redoc"))

        async def with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                raw = list(message.get("headers") or [])
                have = {k.lower() for k, _ in raw}
                extra = [(b"content-security-policy", CSP.encode())] if page else []
                extra += [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin")]
                message = {**message, "headers": raw + [(k, v) for k, v in extra if k not in have]}
            await send(message)

        try:
            await self.app(scope, receive, with_headers)
        finally:
            if scope.get("method") == "POST":
                self.on_post()


def _here(request: Request) -> str:
    q = request.url.query
    return request.url.path + ("?" + q if q else "")


_INCIDENT_ID = re.compile(r"[IE][0-9]{1,12}")
_DIGITS = re.compile(r"[0-9]{1,10}")


def _number(value: str | None) -> int | None:
    """A database id typed in a form or a link (ASCII digits, within the id range), else None."""
    if value and _DIGITS.fullmatch(value) and 1 <= int(value) <= MAX_ID:
        return int(value)
    return None


def _int(value: str | None) -> int:
    n = _number(value)
    return n if n is not None and n < 100_000 else 0


def _referer_path(request: Request) -> str | None:
    ref = request.headers.get("referer")
    if not ref:
        return None
    u = urlsplit(ref)
    if u.netloc and u.netloc != request.url.netloc:
        return None
    return u.path + ("?" + u.query if u.query else "")


def flash_value(**message: str) -> str:
    """A one-time message as a cookie value (base64url JSON)."""
    raw = json.dumps({k: v[:500] for k, v in message.items()}, ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii")


def read_flash(raw: str | None) -> dict[str, str]:
    """The message a :func:`flash_value` cookie holds ({} for anything else)."""
    if not raw or len(raw) > 4096:
        return {}
    try:
        got = json.loads(base64.urlsafe_b64decode(raw.encode("ascii")).decode("utf-8"))
    except (ValueError, UnicodeError):
        return {}
    return {k: str(v)[:500] for k, v in got.items() if k in ("notice", "error")} if isinstance(got, dict) else {}


def _changes(st: Store, claim_id: int, form: Mapping[str, Any]) -> dict[str, str]:
    """The fields the analyst changed: the submitted value against the value the form was drawn with
    (``orig_<field>``). A field someone else changed meanwhile is refused, never silently undone."""
    rows = data.claim_rows(st, [claim_id])
    if not rows:
        raise InputError(f"claim {claim_id}", "no such claim")
    now = claim_form_values(rows[0])
    changes: dict[str, str] = {}
    for k in REVIEW_FIELDS:
        if k not in form:
            continue
        new = str(form[k]).strip()
        orig = str(form.get(f"orig_{k}", now[k])).strip()
        if new == orig:
            continue
        if now[k] != orig:
            raise InputError(f"claim {claim_id}", f"{k} was changed by someone else since you opened it "
                                                  f"(now {now[k] or 'empty'!r}): reload and try again")
        changes[k] = new
    if not changes:
        raise InputError(f"claim {claim_id}", "nothing was changed")
    return changes


def _outcomes() -> tuple[str, ...]:
    from vigil.models import OUTCOMES

    return OUTCOMES


def _claim_item(st: Store, claim_id: int) -> QueueItem | None:
    import sqlalchemy as sa

    from vigil.store import incident_claims

    rows = data.claim_rows(st, [claim_id])
    if not rows:
        return None
    c = rows[0]
    with st.engine.connect() as conn:
        inc = conn.execute(sa.select(incident_claims.c.incident_id)
                           .where(incident_claims.c.claim_id == claim_id)).scalar()
    n = c["count"]
    return QueueItem(kind="claim", target=str(claim_id), incident_id=inc, claim_ids=[claim_id],
                     reasons=["opened for review" + (f" ({c['review']})" if c.get("review") else "")],
                     impact=int(n.get("value") or n.get("high") or n.get("low") or 0), summary=_summary(c),
                     report_id=c["report_id"])


def _incident_item(st: Store, incident_id: str) -> QueueItem | None:
    from vigil.incidents import get_incident

    try:
        inc = get_incident(st, incident_id)
    except InputError:
        return None
    return QueueItem(kind="incident", target=inc["id"], incident_id=inc["id"], claim_ids=inc["claims"],
                            reasons=["opened by hand"], impact=int(inc.get("best") or 0),
                            summary=f"{inc['outcome']} {inc.get('best')} {inc['victims']} — {inc.get('country')}"
                                    f" {inc.get('start') or ''}", report_id=None)


def _summary(c: Mapping[str, Any]) -> str:
    places = ", ".join(p["name"] for p in c.get("places") or []) or "no place"
    src = (c.get("source") or {}).get("name") or "no source"
    when = (c.get("time") or {}).get("start") or c.get("published") or "no date"
    return f"{c['outcome']} {c['count']['text']} {c['victims']['category']} — {src} — {places}, {when}"
