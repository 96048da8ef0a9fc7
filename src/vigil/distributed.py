"""Extraction on a Dask distributed cluster: partitions of reports in, claims out, in input order.

Nothing here imports Dask at module level, and nothing else in Vigil imports this module unless a
scheduler address is given (``--dask ADDRESS`` or ``VIGIL_DASK_SCHEDULER``), so Vigil without Dask
installed works as before. Each Dask worker keeps one :class:`~vigil.extract.pipeline.Extractor` per
settings (model, gazetteer and source lists loaded once per worker process, on its first partition);
the client submits a bounded window of partitions at a time, so the input streams through, and the
caller (the bulk store) writes what comes back. Workers need Vigil and its spaCy model installed, in
the same version as the client (see ``docs/scale.md``).
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from vigil.errors import ConfigError
from vigil.extract.pipeline import Extractor
from vigil.models import Claim, ExtractedReport, Report
from vigil.parallel import Signed, signature
from vigil.settings import Settings

__all__ = ["PARTITION", "DaskExtractor", "dask_address", "extract_on_dask", "extract_partition", "warm_up"]

#: reports per partition (one Dask task): a fraction of a second of work, so that the workers finish
#: together at the end of a run (a worker left with the last partition idles the others for as long as
#: it takes), while the scheduler's cost per task (a millisecond or so) stays negligible
PARTITION = 16
#: partitions in flight per worker thread: enough queued work that no worker waits for the next
WINDOW_PER_THREAD = 4

_EXTRACTORS: dict[Settings, Any] = {}      # per worker process: one Extractor per settings
_LOCK = threading.Lock()                   # a spaCy pipeline is not for concurrent threads
#: whether this worker process raised glibc's mmap threshold (:func:`tune_malloc`) when it loaded its
#: first extractor
MALLOC_TUNED = False


def dask_address(value: str | None) -> str | None:
    """``--dask`` or else ``VIGIL_DASK_SCHEDULER``; None means: no Dask."""
    return value or os.environ.get("VIGIL_DASK_SCHEDULER") or None


def extract_partition(reports: list[Report], settings: Settings,
                      signatures: bool = False) -> list[tuple[list[Claim], bytes | None]]:
    """Run on a Dask worker: the claims (and MinHash signature, if asked) of each report of one
    partition, in order."""
    with _LOCK:
        ex = _extractor(settings)
        return [(res.claims, signature(res.report) if signatures else None) for res in ex.extract_many(reports)]


#: glibc's mallopt parameter for the size from which an allocation gets its own mmap
_M_MMAP_THRESHOLD = -3
#: allocations below this come from the heap on a Dask worker (glibc's own ceiling for its adaptive
#: threshold, see ``mallopt(3)``)
MMAP_THRESHOLD = 32 * 1024 * 1024


def tune_malloc() -> bool:
    """Undo the side effect of Dask's ``MALLOC_TRIM_THRESHOLD_`` on extraction speed; True if changed.

    A Dask nanny starts its worker with ``MALLOC_TRIM_THRESHOLD_`` set (so that freed memory goes back
    to the system). Setting any such variable also freezes glibc's adaptive mmap threshold at 128 kB,
    so every array the spaCy model allocates above that is mapped and unmapped afresh: extraction
    then runs about a quarter slower (``bench/scale.py``). Raising the mmap threshold to glibc's own
    ceiling restores the speed while the trim threshold still returns freed memory. Does nothing
    unless the variable is set (and ``MALLOC_MMAP_THRESHOLD_`` is not) and the C library is glibc.
    """
    if "MALLOC_TRIM_THRESHOLD_" not in os.environ or "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return False
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):      # not glibc
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD))


def _extractor(settings: Settings) -> Extractor:
    """This worker's extractor for ``settings``, its model, gazetteer and source lists loaded (once)."""
    ex = _EXTRACTORS.get(settings)
    if ex is None:
        if not _EXTRACTORS:
            global MALLOC_TUNED
            MALLOC_TUNED = tune_malloc()
        ex = Extractor(settings)
        _ = ex.nlp, ex.gazetteer, ex.sources
        _EXTRACTORS[settings] = ex
    return ex


def _load(settings: Settings) -> str:
    with _LOCK:
        return _extractor(settings).version


def warm_up(client: Any, settings: Settings | None = None) -> dict[str, str]:
    """Load the extractor (spaCy model, gazetteer, source lists) on every worker of the cluster now, all
    at once, rather than on each worker's first partition; returns each worker's extractor version. A
    worker that cannot load it (Vigil or the model not installed there) fails here, before any work."""
    try:
        got: dict[str, str] = client.run(_load, settings or Settings())
    except Exception as e:
        raise ConfigError(f"a Dask worker cannot load the extractor: {type(e).__name__}: {e}") from e
    return got


def connect(address: str, timeout: float = 30.0) -> Any:
    """A ``distributed.Client`` on the scheduler at ``address`` (a clear error when that fails)."""
    try:
        import distributed
    except ImportError:
        raise ConfigError("--dask needs Dask: pip install 'vigil[scale]' (dask[distributed])") from None
    try:
        client_class: Any = distributed.Client
        return client_class(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as e:
        raise ConfigError(f"cannot reach the Dask scheduler at {address!r} ({e})") from None


def extract_on_dask(reports: Iterable[Report], address: str | Any, settings: Settings | None = None, *,
                    partition_size: int = PARTITION, window: int | None = None,
                    connect_timeout: float = 30.0, signatures: bool = False) -> Iterator[Signed]:
    """``(report, claims, signature)`` for each report, in input order, extracted on the Dask cluster at
    ``address`` (a scheduler address, or an existing ``distributed.Client``), ``partition_size`` reports
    a task. At most ``window`` partitions are in flight (default: :data:`WINDOW_PER_THREAD` per worker
    thread of the cluster). The MinHash signature (for the bulk store's near-duplicate check) is
    computed on the workers when ``signatures``."""
    settings = settings or Settings()
    own = isinstance(address, str)
    client: Any = connect(address, connect_timeout) if isinstance(address, str) else address
    try:
        if window is None:
            threads = sum(client.nthreads().values()) or 1
            window = WINDOW_PER_THREAD * threads
        settings_f = client.scatter(settings, broadcast=True, hash=False)   # a key of its own: calls may overlap
        it = iter(reports)
        pending: deque[tuple[list[Report], Any]] = deque()
        while True:
            while len(pending) < window:
                part = list(islice(it, partition_size))
                if not part:
                    break
                pending.append((part, client.submit(extract_partition, part, settings_f, signatures, pure=False)))
            if not pending:
                return
            part, fut = pending.popleft()
            try:
                found = fut.result()
            except Exception as e:
                raise ConfigError(f"Dask extraction failed: {type(e).__name__}: {e}") from e
            fut.release()
            for report, (claims, sig) in zip(part, found, strict=True):
                yield report, claims, sig
    finally:
        if own:
            client.close()


class DaskExtractor(Extractor):
    """An :class:`~vigil.extract.pipeline.Extractor` whose :meth:`extract_many` runs on the Dask cluster
    at ``address`` (a scheduler address or a ``distributed.Client``), results in input order: what
    ``vigil reextract --dask`` hands to :func:`vigil.ingest.reextract`. Its version is the one the
    workers record, since they run the same Vigil with the same settings."""

    def __init__(self, address: str | Any, settings: Settings | None = None, *,
                 partition_size: int = PARTITION) -> None:
        super().__init__(settings)
        self.partition_size = partition_size
        self._own = isinstance(address, str)
        self._client: Any = connect(address) if isinstance(address, str) else address

    def __enter__(self) -> DaskExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection to the scheduler when this extractor opened it."""
        if self._own:
            self._client.close()

    def extract_many(self, reports: Iterable[Report], batch_size: int = 64) -> Iterator[ExtractedReport]:
        for report, claims, _ in extract_on_dask(reports, self._client, self.settings,
                                                 partition_size=self.partition_size):
            yield ExtractedReport(report, claims)
