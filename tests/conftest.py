"""Shared fixtures: an extractor loaded once, databases (SQLite file and, where configured, PostgreSQL),
and a local HTTP server on 127.0.0.1 serving invented pages and feeds."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from vigil.extract.pipeline import Extractor
from vigil.store import scratch_schema

PG_ENV = "VIGIL_TEST_DATABASE_URL"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


def _pg_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url:
        return None
    return url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh empty database: a SQLite file, or a new schema on the PostgreSQL server named by
    VIGIL_TEST_DATABASE_URL (skipped only when that variable is unset; an unreachable server fails)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'vigil.db'}"
        return
    base = _pg_url()
    if base is None:
        pytest.skip(f"{PG_ENV} is not set")
    with scratch_schema(base, "vigil_test") as url:    # fails loudly when the server is unreachable
        yield url


Route = tuple[int, str, bytes]


class _Server:
    def __init__(self) -> None:
        self.routes: dict[str, Route | Callable[[BaseHTTPRequestHandler], Route]] = {}
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                r = routes.get(self.path)
                if r is None:
                    status, ctype, body = 404, "text/plain", b"not found"
                else:
                    status, ctype, body = r(self) if callable(r) else r
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture
def http_server() -> Iterator[_Server]:
    server = _Server()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
