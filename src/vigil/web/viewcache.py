"""A small cache of computed dashboard views, so that many readers of the same view cost one computation.

A view (the dashboard's data for one set of filters and page) depends only on the stored incidents,
which change only when reconcile writes them. The cache keeps the last ``size`` views, and drops
them all when the incidents' version (their count and latest ``updated_at``) changes: that version is
read at most once per ``ttl`` seconds, so a change made by another process shows within ``ttl``; a
change made through this server (a review action) calls :meth:`ViewCache.clear` at once. Concurrent
requests for a view not yet cached wait for one computation instead of each starting their own.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import sqlalchemy as sa

from vigil.store import Store, incidents


def incidents_version(store: Store) -> tuple[Any, ...]:
    """What changes whenever reconcile writes, merges or removes incidents."""
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(sa.func.count(), sa.func.max(incidents.c.updated_at))
                           .select_from(incidents)).one()
    return tuple(row)


class ViewCache:
    """Computed views by key, bounded, invalidated by a version (see the module docstring)."""

    def __init__(self, version: Callable[[], Hashable], *, size: int = 16, ttl: float = 1.0) -> None:
        self._version_of = version
        self.size = size
        self.ttl = ttl
        self._views: OrderedDict[Hashable, Any] = OrderedDict()
        self._version: Hashable = None
        self._checked = float("-inf")
        self._lock = threading.Lock()
        self._computing: dict[Hashable, threading.Lock] = {}

    def clear(self) -> None:
        with self._lock:
            self._views.clear()
            self._checked = float("-inf")

    def _fresh(self) -> None:
        now = time.monotonic()
        if now - self._checked < self.ttl:
            return
        version = self._version_of()
        with self._lock:
            if version != self._version:
                self._views.clear()
                self._version = version
            self._checked = now

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The view for ``key``, computed (once, however many ask at the same time) when not cached."""
        self._fresh()
        with self._lock:
            if key in self._views:
                self._views.move_to_end(key)
                return self._views[key]
            gate = self._computing.setdefault(key, threading.Lock())
        with gate:
            with self._lock:
                if key in self._views:
                    return self._views[key]
                version = self._version
            value = compute()
            with self._lock:
                self._computing.pop(key, None)
                if version == self._version:     # not invalidated meanwhile
                    self._views[key] = value
                    while len(self._views) > self.size:
                        self._views.popitem(last=False)
        return value
