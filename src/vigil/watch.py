"""Watching feeds: poll, fetch each new item's page, ingest it; feed state persists in the store."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict

from vigil.errors import InputError
from vigil.feeds import FeedItem, FeedPoller, FeedState
from vigil.fetch import FetchPolicy
from vigil.ingest import Incoming, Ingestor, IngestSummary, from_url
from vigil.store import Store


def watch(store: Store, ingestor: Ingestor, feed_urls: Sequence[str], policy: FetchPolicy, *,
          interval: float = 900.0, once: bool = False, report: Callable[[str], None] = print,
          sleep: Callable[[float], None] = time.sleep, max_rounds: int | None = None,
          after_new: Callable[[list[int]], None] | None = None) -> IngestSummary:
    """Poll the feeds until stopped (or one pass with ``once``); returns the running totals.
    ``after_new`` gets the ids of the reports each round stored (the CLI reconciles incidents there)."""
    saved = store.load_feeds()
    states = {u: FeedState(**{k: v for k, v in saved[u].items()}) for u in feed_urls if u in saved}
    poller = FeedPoller(feed_urls, policy, interval=interval, states=states)
    total = IngestSummary()
    rounds = 0
    while True:
        added = len(total.report_ids)
        for feed, got in poller.poll_once(only_due=not once):
            store.save_feed(asdict(poller.states[feed]))
            if isinstance(got, InputError):
                store.record_failure(feed, got.problem)
                report(f"feed {feed}: {got.problem} (next try in "
                       f"{poller.states[feed].next_poll - time.time():.0f} s)")
                continue
            new = [i for i in got if not store.has_url(i.url)]
            summary = ingestor.ingest(_pages(new, policy))
            _add(total, summary)
            report(f"feed {feed}: {len(got)} items, {summary.line()}")
        if after_new is not None and len(total.report_ids) > added:
            after_new(total.report_ids[added:])
        rounds += 1
        if once or (max_rounds is not None and rounds >= max_rounds):
            return total
        due = [s.next_poll for s in poller.states.values()]
        sleep(max(1.0, min(due) - time.time()) if due else interval)


def _pages(items: Sequence[FeedItem], policy: FetchPolicy) -> list[Incoming | InputError]:
    out: list[Incoming | InputError] = []
    for item in items:
        for got in from_url(item.url, policy, item.published, None, "feed"):
            if isinstance(got, Incoming) and got.report.title is None and item.title:
                got.report.title = item.title
            out.append(got)
    return out


def _add(total: IngestSummary, s: IngestSummary) -> None:
    total.new += s.new
    total.unchanged += s.unchanged
    total.duplicates += s.duplicates
    total.failed += s.failed
    total.claims += s.claims
    total.report_ids += s.report_ids
    total.errors += s.errors
