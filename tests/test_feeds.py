"""Feed lists, feed parsing and the polite poller (fake clock and fetcher; one local-server round trip)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from vigil.errors import ConfigError, InputError
from vigil.feeds import FeedItem, FeedPoller, FeedState, parse_feed, read_feed_list
from vigil.fetch import FetchPolicy, FetchResult

FEED = "http://wire.example/rss"
RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>Example Wire</title><link>http://wire.example/</link><description>Invented test news</description>
  <item>
    <title>Blast at Karvo market kills two</title>
    <link>http://wire.example/2024/05/blast</link>
    <guid isPermaLink="false">wire-0001</guid>
    <pubDate>Wed, 01 May 2024 09:30:00 GMT</pubDate>
    <description>&lt;p&gt;Two people were &lt;b&gt;killed&lt;/b&gt; and five injured.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description>
  </item>
  <item>
    <title>Ceasefire talks resume</title>
    <link>/2024/05/talks</link>
    <description>Delegations met on Thursday &amp;amp; agreed to continue.</description>
  </item>
  <item><title>No link at all</title><description>skipped</description></item>
  <item><title>Script link</title><link>javascript:alert(1)</link></item>
  <item><title>Duplicate</title><link>http://wire.example/2024/05/blast</link><guid isPermaLink="false">wire-0001</guid></item>
</channel></rss>"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom</title><id>urn:example:atom</id><updated>2024-05-02T10:00:00Z</updated>
  <link href="http://atom.example/"/>
  <entry>
    <title type="html">Clashes near the &lt;i&gt;river&lt;/i&gt;</title>
    <id>urn:example:entry:1</id>
    <link rel="alternate" href="http://atom.example/news/1"/>
    <published>2024-05-02T08:00:00+02:00</published><updated>2024-05-02T10:00:00Z</updated>
    <summary type="html">&lt;div&gt;Three &lt;em&gt;soldiers&lt;/em&gt; were wounded.&lt;/div&gt;</summary>
  </entry>
  <entry>
    <title>Aid convoy arrives</title><id>http://atom.example/news/2</id>
    <updated>2024-04-30T23:59:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Trucks reached the city.</p></div></content>
  </entry>
</feed>"""
HTML = b"<!DOCTYPE html><html><head><title>Home</title></head><body><h1>News</h1><p>Not a feed.</p></body></html>"


# --- parse_feed ---------------------------------------------------------------------------------------

def test_parse_rss() -> None:
    items = parse_feed(FEED, RSS)
    assert [i.url for i in items] == ["http://wire.example/2024/05/blast", "http://wire.example/2024/05/talks"]
    first, second = items
    assert first == FeedItem(feed=FEED, url="http://wire.example/2024/05/blast", guid="wire-0001",
                             title="Blast at Karvo market kills two", published=date(2024, 5, 1),
                             summary="Two people were killed and five injured.")
    assert second.guid == "http://wire.example/2024/05/talks"          # no guid: the link
    assert second.published is None
    assert second.summary == "Delegations met on Thursday & agreed to continue."


def test_parse_atom() -> None:
    first, second = parse_feed("http://atom.example/feed.atom", ATOM)
    assert first.title == "Clashes near the river" and first.url == "http://atom.example/news/1"
    assert first.guid == "urn:example:entry:1"
    assert first.published == date(2024, 5, 2)       # 08:00+02:00 is 06:00 UTC, same day
    assert first.summary == "Three soldiers were wounded."
    assert second.url == "http://atom.example/news/2"                   # http id used as the link
    assert second.published == date(2024, 4, 30) and second.summary == "Trucks reached the city."


def test_empty_but_valid_feed() -> None:
    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert parse_feed(FEED, body) == []


@pytest.mark.parametrize(("body", "why"), [
    (HTML, "looks like an HTML page"),
    (b"\x00\x01\x02 garbage \xff\xfe", ""),
    (b"just some plain words, no markup", ""),
    (b"", "empty body"),
    (b"/etc/passwd", ""),           # feedparser would open a bare string as a file name; we never let it
    (b"<rss version='2.0'><channel><item><title>broken", ""),
])
def test_not_a_feed(body: bytes, why: str) -> None:
    with pytest.raises(InputError) as err:
        parse_feed(FEED, body)
    assert err.value.source == FEED
    assert err.value.problem.startswith("not an RSS/Atom feed (") and why in err.value.problem
    assert "\n" not in str(err.value)


# --- read_feed_list -----------------------------------------------------------------------------------

def test_plain_feed_list(tmp_path: Path) -> None:
    p = tmp_path / "feeds.txt"
    p.write_text("\ufeff# my feeds\n\nhttps://a.example/rss\n   http://b.example/atom.xml   # the B wire\n"
                 "# https://commented.example/out\nhttps://a.example/rss\n", encoding="utf-8")
    assert read_feed_list(p) == ["https://a.example/rss", "http://b.example/atom.xml"]


@pytest.mark.parametrize("bad", ["ftp://c.example/feed", "c.example/feed", "http://", "http://x.example/a b"])
def test_plain_feed_list_bad_line(tmp_path: Path, bad: str) -> None:
    p = tmp_path / "feeds.txt"
    p.write_text(f"https://a.example/rss\n\n{bad}\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_feed_list(p)
    assert err.value.source == f"{p}:3" and "not an http(s) URL" in err.value.problem


def test_opml_feed_list(tmp_path: Path) -> None:
    p = tmp_path / "subs.opml"
    p.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Subscriptions</title></head><body>
  <outline text="Wires">
    <outline type="rss" text="A" xmlUrl="https://a.example/rss" htmlUrl="https://a.example/"/>
    <outline type="rss" text="B" xmlURL="http://b.example/atom.xml"/>
  </outline>
  <outline text="Just a link" htmlUrl="https://c.example/"/>
  <outline type="rss" text="A again" xmlUrl="https://a.example/rss"/>
</body></opml>""", encoding="utf-8")
    assert read_feed_list(p) == ["https://a.example/rss", "http://b.example/atom.xml"]


def test_opml_bad_url_and_bad_xml(tmp_path: Path) -> None:
    p = tmp_path / "subs.opml"
    p.write_text('<opml version="2.0"><body><outline text="Local" xmlUrl="file:///etc/passwd"/></body></opml>',
                 encoding="utf-8")
    with pytest.raises(InputError, match=r"subs\.opml: outline 'Local': xmlUrl is not an http\(s\) URL"):
        read_feed_list(p)
    p.write_text("<opml><body><outline xmlUrl='https://a.example/rss'></body>", encoding="utf-8")
    with pytest.raises(InputError, match=r"subs\.opml: not a valid OPML file \(.*line 1"):
        read_feed_list(p)


def test_feed_list_missing_or_empty(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_feed_list(tmp_path / "nope.txt")
    p = tmp_path / "empty.txt"
    p.write_text("# nothing yet\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="no feed URLs found"):
        read_feed_list(p)


# --- FeedPoller ---------------------------------------------------------------------------------------

class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class FakeFetcher:
    """Serves canned answers per URL and records the conditional headers it was given."""

    def __init__(self) -> None:
        self.answers: dict[str, FetchResult | InputError] = {}
        self.calls: list[tuple[str, str | None, str | None]] = []

    def __call__(self, url: str, policy: FetchPolicy, *, etag: str | None = None,
                 last_modified: str | None = None) -> FetchResult:
        self.calls.append((url, etag, last_modified))
        answer = self.answers[url]
        if isinstance(answer, InputError):
            raise answer
        return answer


def ok(url: str, body: bytes, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
    return FetchResult(url=url, status=200, content_type="application/rss+xml", charset=None, body=body,
                       etag=etag, last_modified=last_modified, not_modified=False)


def not_modified(url: str) -> FetchResult:
    return FetchResult(url=url, status=304, content_type="", charset=None, body=b"", etag=None,
                       last_modified=None, not_modified=True)


A, B, C = "http://a.example/rss", "http://b.example/rss", "http://c.example/rss"


def test_poller_conditional_headers_and_304() -> None:
    clock, fetcher = Clock(), FakeFetcher()
    fetcher.answers[A] = ok(A, RSS, etag='"e1"', last_modified="Wed, 01 May 2024 10:00:00 GMT")
    poller = FeedPoller([A], FetchPolicy(), interval=600, fetcher=fetcher, clock=clock)
    ((url, items),) = poller.poll_once()
    assert url == A and isinstance(items, list) and len(items) == 2 and items[0].feed == A
    assert poller.states[A].next_poll == clock.now + 600 and poller.states[A].last_ok == clock.now
    assert poller.due() == [] and poller.poll_once() == []          # not due yet: nothing fetched
    clock.now += 600
    fetcher.answers[A] = not_modified(A)
    assert poller.poll_once() == [(A, [])]
    assert fetcher.calls == [(A, None, None), (A, '"e1"', "Wed, 01 May 2024 10:00:00 GMT")]
    state = poller.states[A]
    assert (state.etag, state.last_modified) == ('"e1"', "Wed, 01 May 2024 10:00:00 GMT")   # kept on 304


def test_poller_backoff_grows_is_capped_and_resets() -> None:
    clock, fetcher = Clock(), FakeFetcher()
    fetcher.answers[A] = InputError(A, "HTTP 503")
    poller = FeedPoller([A], FetchPolicy(), interval=100, max_backoff=1000, fetcher=fetcher, clock=clock)
    delays = []
    for _ in range(6):
        clock.now = poller.states[A].next_poll
        ((_, result),) = poller.poll_once()
        assert isinstance(result, InputError) and result.problem == "HTTP 503"
        delays.append(poller.states[A].next_poll - clock.now)
    assert delays == [200, 400, 800, 1000, 1000, 1000]
    assert poller.states[A].failures == 6 and poller.states[A].last_error == "HTTP 503"
    clock.now = poller.states[A].next_poll
    fetcher.answers[A] = ok(A, RSS)
    ((_, items),) = poller.poll_once()
    assert isinstance(items, list)
    state = poller.states[A]
    assert (state.failures, state.last_error, state.next_poll) == (0, None, clock.now + 100)


def test_one_bad_feed_does_not_stop_the_others() -> None:
    clock, fetcher = Clock(), FakeFetcher()
    fetcher.answers = {A: InputError(A, "timed out after 20 s"), B: ok(B, HTML), C: ok(C, RSS)}
    poller = FeedPoller([A, B, C], FetchPolicy(), interval=300, fetcher=fetcher, clock=clock)
    results = dict(poller.poll_once())
    assert isinstance(results[A], InputError) and isinstance(results[B], InputError)
    assert "not an RSS/Atom feed" in str(results[B])                  # a parse failure counts as a failure
    c_items = results[C]
    assert isinstance(c_items, list) and len(c_items) == 2
    assert [poller.states[u].failures for u in (A, B, C)] == [1, 1, 0]
    clock.now += 300
    assert poller.due() == [C]                                         # failing feeds wait 600 s
    assert [u for u, _ in poller.poll_once(only_due=False)] == [A, B, C]


def test_poller_reuses_persisted_states_and_validates_settings() -> None:
    clock, fetcher = Clock(), FakeFetcher()
    saved = {A: FeedState(A, etag='"old"', failures=2, next_poll=clock.now + 50), "http://gone.example/": FeedState("x")}
    fetcher.answers[A] = not_modified(A)
    poller = FeedPoller([A, B], FetchPolicy(), fetcher=fetcher, clock=clock, states=saved)
    assert list(poller.states) == [A, B] and poller.states[A] is saved[A]
    assert poller.due() == [B]
    clock.now += 50
    fetcher.answers[B] = ok(B, RSS)
    poller.poll_once()
    assert fetcher.calls[-2:] == [(A, '"old"', None), (B, None, None)] and saved[A].failures == 0
    with pytest.raises(ConfigError):
        FeedPoller([A], FetchPolicy(), interval=0)
    with pytest.raises(ConfigError):
        FeedPoller([A], FetchPolicy(), interval=600, max_backoff=60)


# --- end to end against a local server ----------------------------------------------------------------

class _FeedHandler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        if self.headers.get("If-None-Match") == '"r1"':
            self.send_response(304)
            self.send_header("ETag", '"r1"')
            self.end_headers()
            return
        body = RSS if self.path == "/rss" else b"missing"
        self.send_response(200 if self.path == "/rss" else 404)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", '"r1"')
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def feed_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FeedHandler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_poller_with_real_fetch(feed_server: str) -> None:
    clock = Clock()
    good, bad = f"{feed_server}/rss", f"{feed_server}/nope"
    poller = FeedPoller([good, bad], FetchPolicy(allow_private=True, timeout=5), clock=clock)
    results = dict(poller.poll_once())
    items = results[good]
    assert isinstance(items, list) and items[0].url == "http://wire.example/2024/05/blast"
    assert str(results[bad]) == f"{bad}: HTTP 404"
    assert poller.states[good].etag == '"r1"'
    assert dict(poller.poll_once(only_due=False))[good] == []           # 304 via If-None-Match
    refused = FeedPoller([good], FetchPolicy(), clock=clock).poll_once()
    assert "refused: resolves to loopback address 127.0.0.1" in str(refused[0][1])
