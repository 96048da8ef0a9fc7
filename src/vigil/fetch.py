"""Safe HTTP fetching of article pages and feeds.

Every URL, and every redirect hop, is checked before Vigil connects: only ``http``/``https``, and no
host that resolves to a loopback, private, link-local, multicast, reserved or unspecified address
(unless :attr:`FetchPolicy.allow_private`). Bodies are size-capped while streaming, content types are
checked, and every network problem becomes an :class:`~vigil.errors.InputError` with a one-line reason.

Known limit: the address check resolves the host itself and httpx resolves it again when it connects,
so a DNS server that answers differently the second time (DNS rebinding) is not caught here. Run Vigil
behind an egress firewall if that matters.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from vigil.errors import InputError

__all__ = ["FetchPolicy", "FetchResult", "check_url", "fetch"]

_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_ACCEPT = ("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
           "application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8, */*;q=0.1")

_IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class FetchPolicy:
    """What :func:`fetch` may connect to and accept."""

    allow_private: bool = False     # allow loopback/private/link-local/reserved targets (tests, intranets)
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = "Vigil/0.1 (news casualty monitor)"
    allowed_types: tuple[str, ...] = ("text/html", "application/xhtml+xml", "text/plain", "application/rss+xml",
                                      "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")


@dataclass(frozen=True)
class FetchResult:
    """A fetched resource (or a 304 answer to a conditional request)."""

    url: str               # final URL after redirects
    status: int
    content_type: str      # media type without parameters, lower-case
    charset: str | None
    body: bytes
    etag: str | None
    last_modified: str | None
    not_modified: bool     # True on 304 (body empty)


# --- URL checking -------------------------------------------------------------------------------------

def _blocked_reason(addr: _IPAddress) -> str | None:
    """Why ``addr`` must not be contacted (``"loopback"``, ``"private"``, …), or None when it is public."""
    if isinstance(addr, ipaddress.IPv6Address):
        embedded = addr.ipv4_mapped or addr.sixtofour
        if embedded is not None:
            return _blocked_reason(embedded)
    if addr.is_unspecified:
        return "unspecified"
    if addr.is_loopback:
        return "loopback"
    if addr.is_link_local:
        return "link-local"
    if addr.is_multicast:
        return "multicast"
    if addr.is_private:
        return "private"
    if addr.is_reserved:
        return "reserved"
    if not addr.is_global:
        return "non-public"
    return None


def check_url(url: str, policy: FetchPolicy) -> None:
    """Raise :class:`InputError` unless ``url`` is an http(s) URL whose host Vigil may contact.

    The host is resolved and refused if ANY of its addresses is loopback, private, link-local,
    multicast, reserved or unspecified (IPv4-mapped and 6to4 IPv6 addresses are judged by the IPv4
    address inside), unless ``policy.allow_private``.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InputError(url, f"invalid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"scheme {scheme}:" if scheme else "no scheme"
        raise InputError(url, f"refused: {shown} (only http and https URLs can be fetched)")
    host = parts.hostname
    if not host:
        raise InputError(url, "invalid URL (no host)")
    if policy.allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, port or (443 if scheme == "https" else 80), type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise InputError(url, f"cannot resolve host {host} ({_one_line(str(exc))})") from None
    addresses: list[str] = []
    for info in infos:
        raw = str(info[4][0]).split("%", 1)[0]      # drop an IPv6 scope id such as fe80::1%eth0
        if raw not in addresses:
            addresses.append(raw)
    if not addresses:
        raise InputError(url, f"cannot resolve host {host}")
    for raw in addresses:
        try:
            addr = ipaddress.ip_address(raw)
        except ValueError:
            raise InputError(url, f"refused: {host} resolves to an unrecognised address {raw}") from None
        reason = _blocked_reason(addr)
        if reason is not None:
            raise InputError(url, f"refused: resolves to {reason} address {raw}")


# --- fetching -----------------------------------------------------------------------------------------

def _one_line(text: str) -> str:
    return " ".join(text.split()) or "no details"


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB"
    if n >= 1_000:
        return f"{n / 1_000:g} kB"
    return f"{n} bytes"


def _parse_content_type(header: str | None) -> tuple[str, str | None]:
    """``'Text/HTML; charset="UTF-8"'`` -> ``('text/html', 'utf-8')``."""
    if not header:
        return "", None
    media, _, params = header.partition(";")
    charset: str | None = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'").lower() or None
    return media.strip().lower(), charset


def _sniff(body: bytes) -> str | None:
    """Media type for a body served without a Content-Type, or None when it does not look like text."""
    head = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if head.startswith(b"<"):
        if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf")):
            return "application/xml"
        return "text/html"
    if b"\x00" in body:
        return None
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "text/plain"


def fetch(url: str, policy: FetchPolicy, *, etag: str | None = None, last_modified: str | None = None,
          client: httpx.Client | None = None) -> FetchResult:
    """GET ``url`` under ``policy``; raise :class:`InputError` with a one-line reason on any failure.

    Redirects are followed by hand so that each hop is re-checked with :func:`check_url`. ``etag`` and
    ``last_modified`` (from an earlier :class:`FetchResult`) make the request conditional; a 304 answer
    gives ``not_modified=True`` and an empty body. ``policy.timeout`` bounds each network operation and
    the whole fetch. Without ``client`` a private client is created and closed (it ignores proxy
    environment variables; pass your own client to use a proxy).
    """
    own = client is None
    http = client if client is not None else httpx.Client(timeout=policy.timeout, trust_env=False)
    deadline = time.monotonic() + policy.timeout
    timed_out = f"timed out after {policy.timeout:g} s"
    headers = {"User-Agent": policy.user_agent, "Accept": _ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    try:
        for hop in range(policy.max_redirects + 1):
            try:
                check_url(current, policy)
            except InputError as exc:
                if hop == 0:
                    raise
                raise InputError(url, f"{exc.problem} (redirected to {current})") from None
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise InputError(url, timed_out)
            with http.stream("GET", current, headers=headers, timeout=remaining, follow_redirects=False) as resp:
                status = resp.status_code
                if status in _REDIRECT_CODES:
                    location = resp.headers.get("location")
                    if not location:
                        raise InputError(url, f"HTTP {status} redirect without a Location header")
                    current = urljoin(str(resp.url), location.strip())
                    continue
                if status == 304:
                    return FetchResult(url=str(resp.url), status=status, content_type="", charset=None, body=b"",
                                       etag=resp.headers.get("etag") or etag,
                                       last_modified=resp.headers.get("last-modified") or last_modified,
                                       not_modified=True)
                if not 200 <= status < 300:
                    raise InputError(url, f"HTTP {status}")
                content_type, charset = _parse_content_type(resp.headers.get("content-type"))
                if content_type and content_type not in policy.allowed_types:
                    raise InputError(url, f"content type {content_type} is not a page or feed")
                too_big = f"larger than the {_size(policy.max_bytes)} limit"
                length = resp.headers.get("content-length", "").strip()
                if length.isdigit() and int(length) > policy.max_bytes:
                    raise InputError(url, too_big)
                chunks: list[bytes] = []
                total = 0
                for chunk in resp.iter_bytes():
                    total += len(chunk)
                    if total > policy.max_bytes:
                        raise InputError(url, too_big)
                    if time.monotonic() > deadline:
                        raise InputError(url, timed_out)
                    chunks.append(chunk)
                body = b"".join(chunks)
                if not content_type:
                    sniffed = _sniff(body)
                    if sniffed is None:
                        raise InputError(url, "no content type and the body is not text")
                    content_type = sniffed
                return FetchResult(url=str(resp.url), status=status, content_type=content_type, charset=charset,
                                   body=body, etag=resp.headers.get("etag"),
                                   last_modified=resp.headers.get("last-modified"), not_modified=False)
        raise InputError(url, f"too many redirects (more than {policy.max_redirects})")
    except httpx.TimeoutException:
        raise InputError(url, timed_out) from None
    except httpx.ConnectError as exc:
        raise InputError(url, f"cannot connect ({_one_line(str(exc))})") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise InputError(url, f"invalid URL ({_one_line(str(exc))})") from None
    except httpx.HTTPError as exc:
        raise InputError(url, f"network error: {type(exc).__name__} ({_one_line(str(exc))})") from None
    except httpx.StreamError as exc:
        raise InputError(url, f"network error: {type(exc).__name__}") from None
    finally:
        if own:
            http.close()
