"""RSS/Atom feeds: feed lists, parsing, and polite polling.

:func:`read_feed_list` reads a plain list of feed URLs or an OPML file; :func:`parse_feed` turns a feed
body into :class:`FeedItem` s (feedparser, imported lazily); :class:`FeedPoller` polls a set of feeds
with conditional requests and per-feed exponential backoff.
"""

from __future__ import annotations

import importlib
import io
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from vigil.errors import ConfigError, InputError
from vigil.fetch import FetchPolicy, FetchResult, fetch

__all__ = ["FeedItem", "FeedPoller", "FeedState", "parse_feed", "read_feed_list"]


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed."""

    feed: str               # feed URL
    url: str                # the item's link (absolute)
    guid: str               # id or link
    title: str | None
    published: date | None
    summary: str | None     # plain text, HTML stripped


# --- feed lists ---------------------------------------------------------------------------------------

def _is_http_url(text: str) -> bool:
    if any(c.isspace() for c in text):
        return False
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs from ``path``: one URL a line (blank lines and ``#`` comments ignored) or an OPML file.

    Duplicates are dropped (first occurrence kept). Raises :class:`InputError` naming the file (and
    line) for an unreadable file, a line that is not an http(s) URL, bad OPML, or no URLs at all.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8 text") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror or exc})") from None
    urls = _read_opml(path, text) if text.lstrip().startswith("<") else _read_plain(path, text)
    if not urls:
        raise InputError(str(path), "no feed URLs found")
    return list(dict.fromkeys(urls))


def _read_plain(path: Path, text: str) -> list[str]:
    urls: list[str] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        for marker in (" #", "\t#"):                # trailing comment: "https://x/feed  # note"
            line = line.split(marker, 1)[0].strip()
        if not _is_http_url(line):
            raise InputError(f"{path}:{lineno}", f"not an http(s) URL: {line[:200]!r}")
        urls.append(line)
    return urls


def _read_opml(path: Path, text: str) -> list[str]:
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise InputError(str(path), f"not a valid OPML file ({exc})") from None
    if root.tag.lower() != "opml":
        raise InputError(str(path), f"not an OPML file (root element <{root.tag}>)")
    urls: list[str] = []
    for outline in root.iter("outline"):
        attrs = {key.lower(): value for key, value in outline.attrib.items()}
        url = attrs.get("xmlurl", "").strip()
        if not url:
            continue                                # a folder or a non-feed outline
        if not _is_http_url(url):
            label = attrs.get("text") or attrs.get("title") or ""
            where = f"outline {label!r}: " if label else ""
            raise InputError(str(path), f"{where}xmlUrl is not an http(s) URL: {url[:200]!r}")
        urls.append(url)
    return urls


# --- parsing ------------------------------------------------------------------------------------------

class _TextExtractor(HTMLParser):
    _SKIP = frozenset({"script", "style", "head", "title", "noscript", "template"})
    _BREAK = frozenset({"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "section", "article",
                        "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "figure", "figcaption"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BREAK:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BREAK:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def _plain_text(text: str | None, is_html: bool = True) -> str | None:
    if not text:
        return None
    if is_html:
        parser = _TextExtractor()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    cleaned = " ".join(text.split())
    return cleaned or None


def _detail_is_html(entry: Any, key: str) -> bool:
    detail = entry.get(f"{key}_detail")
    kind = str(detail.get("type", "")) if detail else ""
    return kind != "text/plain"


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return date(int(value[0]), int(value[1]), int(value[2]))
            except (ValueError, TypeError, IndexError):
                continue
    return None


def _feedparser_parse(body: bytes, base: str) -> Any:
    """``feedparser.parse`` on bytes (wrapped in BytesIO: feedparser treats a bare string or bytes as a
    URL or file name to open)."""
    feedparser = importlib.import_module("feedparser")
    return feedparser.parse(io.BytesIO(body), response_headers={"content-location": base})


# feedparser flags these although the feed itself is fine (we pass bytes without HTTP headers).
_BENIGN_BOZO = frozenset({"NonXMLContentType", "CharacterEncodingOverride"})


def _not_a_feed_reason(body: bytes, parsed: Any) -> str:
    head = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "looks like an HTML page"
    if not head:
        return "empty body"
    exc = parsed.get("bozo_exception")
    if exc is not None and type(exc).__name__ not in _BENIGN_BOZO:
        detail = re.sub(r"^<unknown>:\d+:\d+:\s*", "", " ".join(str(exc).split()))   # SAX position noise
        return f"broken XML: {detail}" if detail else type(exc).__name__
    return "no RSS/Atom root element"


def _parse(feed: str, base: str, body: bytes) -> list[FeedItem]:
    try:
        parsed = _feedparser_parse(body, base)
        entries = list(parsed.get("entries") or [])
        version = str(parsed.get("version") or "")
        problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    except Exception as exc:  # feedparser on hostile input must never take the caller down
        raise InputError(feed, f"not an RSS/Atom feed ({type(exc).__name__})") from None
    if problem is not None and type(problem).__name__ in _BENIGN_BOZO:
        problem = None
    if not entries and (problem is not None or not version):
        raise InputError(feed, f"not an RSS/Atom feed ({_not_a_feed_reason(body, parsed)})")
    items: list[FeedItem] = []
    seen: set[str] = set()
    for entry in entries:
        link = str(entry.get("link") or "").strip()
        guid = str(entry.get("id") or "").strip()
        if not link and guid.lower().startswith(("http://", "https://")):
            link = guid
        if not link:
            continue
        link = urljoin(base, link)
        if not _is_http_url(link):
            continue
        guid = guid or link
        if guid in seen:
            continue
        seen.add(guid)
        raw_summary = entry.get("summary")
        if not raw_summary and entry.get("content"):
            raw_summary = entry["content"][0].get("value")
        items.append(FeedItem(
            feed=feed,
            url=link,
            guid=guid,
            title=_plain_text(entry.get("title"), _detail_is_html(entry, "title")),
            published=_entry_date(entry),
            summary=_plain_text(raw_summary, _detail_is_html(entry, "summary")),
        ))
    if not items and problem is not None:      # broken XML that yielded nothing usable
        raise InputError(feed, f"not an RSS/Atom feed ({_not_a_feed_reason(body, parsed)})")
    return items


def parse_feed(url: str, body: bytes) -> list[FeedItem]:
    """Items of the RSS/Atom feed ``body`` fetched from ``url`` (relative links resolved against ``url``).

    Entries without an http(s) link are skipped; duplicate ids are dropped. Raises
    ``InputError(url, "not an RSS/Atom feed (...)")`` when ``body`` is not a feed (an HTML page, garbage,
    or broken XML with no entries). A well-formed feed with no entries gives ``[]``.
    """
    return _parse(url, url, body)


# --- polling ------------------------------------------------------------------------------------------

@dataclass
class FeedState:
    """What the poller remembers about one feed (persist these to poll politely across runs)."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    next_poll: float = 0.0          # time.time() value
    last_error: str | None = None
    last_ok: float | None = None


class FeedPoller:
    """Polls feeds politely: conditional requests, exponential backoff per failing feed, one bad feed never
    stops the others."""

    def __init__(self, urls: Sequence[str], policy: FetchPolicy, *, interval: float = 900.0,
                 max_backoff: float = 6 * 3600, fetcher: Callable[..., FetchResult] = fetch,
                 clock: Callable[[], float] = time.time, states: dict[str, FeedState] | None = None) -> None:
        if interval <= 0:
            raise ConfigError(f"feed poll interval must be positive (got {interval:g} s)")
        if max_backoff < interval:
            raise ConfigError(f"feed max backoff ({max_backoff:g} s) is shorter than the interval ({interval:g} s)")
        self.urls: list[str] = list(dict.fromkeys(urls))
        self.policy = policy
        self.interval = interval
        self.max_backoff = max_backoff
        self._fetcher = fetcher
        self._clock = clock
        known = states or {}
        # One state per configured feed; states passed in are reused (same objects), others dropped.
        self.states: dict[str, FeedState] = {url: known.get(url) or FeedState(url) for url in self.urls}

    def due(self) -> list[str]:
        """Feeds whose ``next_poll`` has come (``<= clock()``), in configured order."""
        now = self._clock()
        return [url for url in self.urls if self.states[url].next_poll <= now]

    def _backoff(self, failures: int) -> float:
        return float(min(self.interval * 2 ** min(failures, 64), self.max_backoff))

    def poll_once(self, only_due: bool = True) -> list[tuple[str, list[FeedItem] | InputError]]:
        """Poll the due feeds (or all with ``only_due=False``); per feed, its new items or the error.

        304 gives ``[]``. Success stores the validators, resets failures and schedules the next poll after
        ``interval``; failure schedules it after ``min(interval * 2**failures, max_backoff)``.
        """
        results: list[tuple[str, list[FeedItem] | InputError]] = []
        for url in self.due() if only_due else list(self.urls):
            state = self.states[url]
            now = self._clock()
            try:
                result = self._fetcher(url, self.policy, etag=state.etag, last_modified=state.last_modified)
                if result.not_modified:
                    items: list[FeedItem] = []
                    state.etag = result.etag or state.etag
                    state.last_modified = result.last_modified or state.last_modified
                else:
                    items = _parse(url, result.url or url, result.body)
                    state.etag = result.etag
                    state.last_modified = result.last_modified
            except InputError as exc:
                state.failures += 1
                state.last_error = exc.problem
                state.next_poll = now + self._backoff(state.failures)
                results.append((url, exc))
                continue
            state.failures = 0
            state.last_error = None
            state.last_ok = now
            state.next_poll = now + self.interval
            results.append((url, items))
        return results
