"""Safe fetching against a local HTTP server on 127.0.0.1 (no outside network)."""

from __future__ import annotations

import contextlib
import ipaddress
import re
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import vigil.fetch as fetch_mod
from vigil.errors import InputError
from vigil.fetch import FetchPolicy, FetchResult, check_url, fetch

HTML = b"<!doctype html><html><head><title>Market blast</title></head><body><p>Two people were killed.</p></body></html>"
RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title><link>http://wire.example/</link>
<item><title>Blast at market</title><link>http://wire.example/a/1</link><guid>wire-1</guid></item>
</channel></rss>"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<id>urn:example:atom</id><updated>2024-05-01T10:00:00Z</updated>
<entry><title>Clashes near river</title><id>urn:example:1</id><link href="http://atom.example/1"/>
<updated>2024-05-01T10:00:00Z</updated></entry></feed>"""
ETAG = '"v1"'


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str | None = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None, length: bool = True) -> None:
        self.send_response(status)
        if ctype is not None:
            self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        with contextlib.suppress(OSError):  # the client gave up (size cap, timeout): fine
            self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/page.html":
            self._send(200, HTML)
        elif path == "/rss.xml":
            self._send(200, RSS, "application/rss+xml; charset=UTF-8")
        elif path == "/atom.xml":
            self._send(200, ATOM, "Application/Atom+XML")
        elif path == "/cond":
            if self.headers.get("If-None-Match") == ETAG:
                self._send(304, ctype=None, headers={"ETag": ETAG}, length=False)
            else:
                self._send(200, RSS, "application/rss+xml",
                           {"ETag": ETAG, "Last-Modified": "Wed, 01 May 2024 10:00:00 GMT"})
        elif path.startswith("/redir/"):
            n = int(path.rsplit("/", 1)[1])
            target = "/page.html" if n == 0 else f"/redir/{n - 1}"   # relative Location
            self._send(302, ctype=None, headers={"Location": target})
        elif path == "/to-private":
            self._send(302, ctype=None, headers={"Location": "http://10.0.0.5/internal"})
        elif path == "/to-file":
            self._send(301, ctype=None, headers={"Location": "file:///etc/passwd"})
        elif path == "/to-self-absolute":
            self._send(307, ctype=None, headers={"Location": f"http://{self.headers['Host']}/page.html"})
        elif path == "/no-location":
            self._send(302, ctype=None)
        elif path == "/big":
            self._send(200, b"x" * 5000, "text/plain")
        elif path == "/big-stream":               # no Content-Length: the body ends when the connection closes
            self._send(200, b"<p>" + b"y" * 5000, "text/html", length=False)
        elif path == "/image.png":
            self._send(200, b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")
        elif path == "/no-type":
            self._send(200, b"  <html><body>hi</body></html>", ctype=None)
        elif path == "/no-type-binary":
            self._send(200, b"\x89PNG\r\n\x1a\n\x00\xff\xfe", ctype=None)
        elif path == "/error":
            self._send(500, b"boom")
        elif path == "/slow":
            time.sleep(1.0)
            self._send(200, HTML)
        else:
            self._send(404, b"not here")


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


LOCAL = FetchPolicy(allow_private=True, timeout=5.0)


@pytest.fixture
def loopback_ok(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat loopback as public so the test server is reachable while every other private range stays blocked."""
    real = fetch_mod._blocked_reason

    def reason(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
        return None if addr == ipaddress.ip_address("127.0.0.1") else real(addr)

    monkeypatch.setattr(fetch_mod, "_blocked_reason", reason)


# --- check_url ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "kind"), [
    ("http://127.0.0.1/", "loopback address 127.0.0.1"),
    ("http://2130706433/", "loopback address 127.0.0.1"),          # decimal form of 127.0.0.1
    ("http://10.0.0.5/x", "private address 10.0.0.5"),
    ("https://192.168.1.1:8443/", "private address 192.168.1.1"),
    ("http://172.16.0.1/", "private address 172.16.0.1"),
    ("http://169.254.169.254/latest/meta-data/", "link-local address 169.254.169.254"),
    ("http://0.0.0.0/", "unspecified address 0.0.0.0"),
    ("http://224.0.0.1/", "multicast address 224.0.0.1"),
    ("http://240.0.0.1/", "address 240.0.0.1"),
    ("http://100.64.0.1/", "address 100.64.0.1"),                   # carrier-grade NAT: not public
    ("http://[::1]/", "loopback address ::1"),
    ("http://[fe80::1]/", "link-local address fe80::1"),
    ("http://[fc00::1]/", "private address fc00::1"),
    ("http://[::]/", "address ::"),
    ("http://[::ffff:127.0.0.1]/", "loopback address ::ffff:127.0.0.1"),
    ("http://[::ffff:10.0.0.1]/", "private address ::ffff:10.0.0.1"),
    ("http://[2002:a00:1::]/", "private address 2002:a00:1::"),      # 6to4 wrapping 10.0.0.1
])
def test_check_url_refuses_non_public_addresses(url: str, kind: str) -> None:
    with pytest.raises(InputError) as err:
        check_url(url, FetchPolicy())
    assert str(err.value).startswith(f"{url}: refused: resolves to ")
    assert kind in str(err.value)
    check_url(url, FetchPolicy(allow_private=True))            # allowed when the policy says so


@pytest.mark.parametrize(("url", "problem"), [
    ("ftp://example.org/feed", "scheme ftp:"),
    ("file:///etc/passwd", "scheme file:"),
    ("example.org/feed", "no scheme"),
    ("http:///path-only", "no host"),
    ("http://[::1/", "invalid URL"),
    ("http://example.org:99999/", "invalid URL"),
])
def test_check_url_bad_urls(url: str, problem: str) -> None:
    with pytest.raises(InputError, match="^" + re.escape(url) + ": ") as err:
        check_url(url, FetchPolicy(allow_private=True))
    assert problem in err.value.problem


def test_check_url_public_literal_passes() -> None:
    check_url("https://93.184.216.34/news", FetchPolicy())
    check_url("http://[2606:2800:220:1:248:1893:25c8:1946]/", FetchPolicy())


# --- fetch --------------------------------------------------------------------------------------------

def test_fetch_html_page(base: str) -> None:
    res = fetch(f"{base}/page.html", LOCAL)
    assert isinstance(res, FetchResult)
    assert (res.status, res.content_type, res.charset, res.body) == (200, "text/html", "utf-8", HTML)
    assert res.url == f"{base}/page.html" and not res.not_modified


def test_fetch_feeds_and_content_type_normalised(base: str) -> None:
    rss = fetch(f"{base}/rss.xml", LOCAL)
    assert (rss.content_type, rss.charset, rss.body) == ("application/rss+xml", "utf-8", RSS)
    atom = fetch(f"{base}/atom.xml", LOCAL)
    assert (atom.content_type, atom.charset) == ("application/atom+xml", None)


def test_loopback_refused_by_default(base: str) -> None:
    with pytest.raises(InputError) as err:
        fetch(f"{base}/page.html", FetchPolicy())
    assert str(err.value) == f"{base}/page.html: refused: resolves to loopback address 127.0.0.1"


def test_redirect_chain_followed_and_each_hop_checked(base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = fetch_mod.check_url

    def spy(url: str, policy: FetchPolicy) -> None:
        seen.append(url)
        real(url, policy)

    monkeypatch.setattr(fetch_mod, "check_url", spy)
    res = fetch(f"{base}/redir/3", LOCAL)
    assert res.url == f"{base}/page.html" and res.body == HTML
    assert seen == [f"{base}/redir/3", f"{base}/redir/2", f"{base}/redir/1", f"{base}/redir/0", f"{base}/page.html"]


def test_too_many_redirects(base: str) -> None:
    with pytest.raises(InputError, match="too many redirects"):
        fetch(f"{base}/redir/4", FetchPolicy(allow_private=True, max_redirects=3))
    assert fetch(f"{base}/redir/3", FetchPolicy(allow_private=True, max_redirects=4)).status == 200


def test_redirect_to_private_address_refused(base: str, loopback_ok: None) -> None:
    assert fetch(f"{base}/to-self-absolute", FetchPolicy()).body == HTML      # loopback hop allowed here
    with pytest.raises(InputError) as err:
        fetch(f"{base}/to-private", FetchPolicy())
    assert err.value.source == f"{base}/to-private"
    assert err.value.problem == "refused: resolves to private address 10.0.0.5 (redirected to http://10.0.0.5/internal)"


def test_redirect_to_other_scheme_refused(base: str) -> None:
    with pytest.raises(InputError, match=r"refused: scheme file: .*redirected to file:///etc/passwd"):
        fetch(f"{base}/to-file", LOCAL)
    with pytest.raises(InputError, match="without a Location header"):
        fetch(f"{base}/no-location", LOCAL)


def test_size_cap_from_content_length_and_stream(base: str) -> None:
    small = FetchPolicy(allow_private=True, max_bytes=1000)
    with pytest.raises(InputError, match=r"larger than the 1 kB limit$"):
        fetch(f"{base}/big", small)
    with pytest.raises(InputError, match=r"larger than the 1 kB limit$"):
        fetch(f"{base}/big-stream", small)
    assert len(fetch(f"{base}/big-stream", LOCAL).body) == 5003
    assert "5 MB limit" in str(InputError("u", f"larger than the {fetch_mod._size(5_000_000)} limit"))


def test_content_type_checked(base: str) -> None:
    with pytest.raises(InputError) as err:
        fetch(f"{base}/image.png", LOCAL)
    assert err.value.problem == "content type image/png is not a page or feed"
    only_html = FetchPolicy(allow_private=True, allowed_types=("text/html",))
    with pytest.raises(InputError, match="application/rss\\+xml is not a page or feed"):
        fetch(f"{base}/rss.xml", only_html)


def test_missing_content_type_is_sniffed(base: str) -> None:
    res = fetch(f"{base}/no-type", LOCAL)
    assert res.content_type == "text/html" and res.charset is None
    with pytest.raises(InputError, match="no content type and the body is not text"):
        fetch(f"{base}/no-type-binary", LOCAL)


def test_http_errors(base: str) -> None:
    with pytest.raises(InputError) as err:
        fetch(f"{base}/error", LOCAL)
    assert str(err.value) == f"{base}/error: HTTP 500"
    with pytest.raises(InputError, match=r"HTTP 404$"):
        fetch(f"{base}/missing", LOCAL)


def test_conditional_request_304(base: str) -> None:
    first = fetch(f"{base}/cond", LOCAL)
    assert first.etag == ETAG and first.last_modified == "Wed, 01 May 2024 10:00:00 GMT" and first.body == RSS
    again = fetch(f"{base}/cond", LOCAL, etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.status == 304 and again.body == b""
    assert again.etag == ETAG and again.last_modified == first.last_modified     # validators carried over
    assert not fetch(f"{base}/cond", LOCAL, etag='"stale"').not_modified


def test_timeout(base: str) -> None:
    start = time.monotonic()
    with pytest.raises(InputError) as err:
        fetch(f"{base}/slow", FetchPolicy(allow_private=True, timeout=0.5))
    assert err.value.problem == "timed out after 0.5 s"
    assert time.monotonic() - start < 0.95


def test_connection_refused_is_one_line_error() -> None:
    # Grab a free port, close it, and connect to it: nothing listens there.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(InputError) as err:
        fetch(f"http://127.0.0.1:{port}/", LOCAL)
    assert err.value.problem.startswith("cannot connect (") and "\n" not in err.value.problem
    assert err.value.__cause__ is None and err.value.__suppress_context__


def test_caller_client_is_used_and_left_open(base: str) -> None:
    seen: list[str] = []
    with httpx.Client(event_hooks={"request": [lambda r: seen.append(r.headers["user-agent"])]},
                      follow_redirects=True) as client:
        res = fetch(f"{base}/redir/1", FetchPolicy(allow_private=True, user_agent="VigilTest/1"), client=client)
        assert res.body == HTML and seen == ["VigilTest/1"] * 3    # redirects still followed by hand
        assert not client.is_closed
