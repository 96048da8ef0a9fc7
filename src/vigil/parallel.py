"""Extraction on several processes of one machine, results in input order.

:class:`ParallelExtractor` is an :class:`~vigil.extract.pipeline.Extractor` for every command: with one
worker (or a small input) it runs the extractor in this process; with more it starts a pool of worker
processes, each of which loads the
spaCy model, the gazetteer and the source lists once (the pool's initializer), and hands them chunks of
reports. Only the chunks in flight are held in memory (a bounded window), so an input of millions of
reports streams through. Results come back in the order the reports went in and equal a single
process's, since every worker runs the same deterministic extractor on whole reports.

:func:`vigil.distributed.extract_on_dask` does the same over a Dask cluster; both yield
``(report, claims)`` pairs.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice

from vigil.errors import ConfigError, VigilError
from vigil.extract.pipeline import Extractor
from vigil.models import Claim, ExtractedReport, Report
from vigil.settings import Settings

__all__ = ["Extracted", "ParallelExtractor", "Signed", "default_workers", "extract_chunk", "extract_stream",
           "signature"]

#: a report and the claims it states
Extracted = tuple[Report, list[Claim]]
#: a report, its claims and, when asked for, its MinHash signature (bytes) for the near-duplicate check
Signed = tuple[Report, list[Claim], bytes | None]


def signature(report: Report) -> bytes:
    """The report's MinHash signature as stored (:func:`vigil.ingest.minhash`), computed where the
    report is extracted so that the writer does not have to."""
    from vigil.ingest import minhash

    return minhash(report.text).tobytes()

_worker_extractor: Extractor | None = None     # the Extractor of a pool worker (set by _init_worker)


def default_workers() -> int:
    """The machine's cores available to this process (``VIGIL_WORKERS`` overrides)."""
    env = os.environ.get("VIGIL_WORKERS")
    if env:
        try:
            n = int(env)
        except ValueError:
            raise ConfigError(f"VIGIL_WORKERS={env!r} is not a number") from None
        if n < 1:
            raise ConfigError(f"VIGIL_WORKERS={env!r} must be at least 1")
        return n
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _init_worker(settings: Settings) -> None:
    """Pool initializer: load the model, gazetteer and source lists once per worker process."""
    global _worker_extractor
    # Ctrl-C is the parent's to handle: it stops the pool (a worker killed mid-chunk would only turn
    # the interruption into a broken-pool error)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    ex = Extractor(settings)
    _ = ex.nlp, ex.gazetteer, ex.sources
    _worker_extractor = ex


def _ready(delay: float) -> int:
    """Run in a pool worker (after its initializer): its process id, after ``delay`` seconds, so that one
    worker cannot answer every call of :meth:`ParallelExtractor.warm_up` alone."""
    time.sleep(delay)
    return os.getpid()


def extract_chunk(reports: list[Report], signatures: bool = False) -> list[tuple[list[Claim], bytes | None]]:
    """Run in a pool worker: the claims (and signature, if asked) of each report of a chunk, in order."""
    ex = _worker_extractor
    assert ex is not None, "worker was not initialised"
    return [(res.claims, signature(res.report) if signatures else None) for res in ex.extract_many(reports)]


class ParallelExtractor(Extractor):
    """An :class:`~vigil.extract.pipeline.Extractor` whose :meth:`extract_many` runs on a pool of
    ``workers`` processes (started on first use, kept until :meth:`close`), results in input order.
    Until the pool is running, inputs of fewer than ``min_parallel`` reports are extracted in this
    process, where starting workers would cost more than it saves."""

    def __init__(self, settings: Settings | None = None, workers: int | None = None, *, chunk_size: int = 16,
                 window: int = 4, min_parallel: int = 48) -> None:
        super().__init__(settings)
        self.workers = default_workers() if workers is None else workers
        if self.workers < 1:
            raise ConfigError(f"--workers must be at least 1 (got {self.workers})")
        self.chunk_size = max(1, chunk_size)
        self.window = max(1, window)
        self.min_parallel = min_parallel
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> ParallelExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker processes (a no-op when none were started)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def extract_many(self, reports: Iterable[Report], batch_size: int = 64) -> Iterator[ExtractedReport]:
        for report, found, _ in self.extract_signed(reports, signatures=False, batch_size=batch_size):
            yield ExtractedReport(report, found)

    def extract_signed(self, reports: Iterable[Report], *, signatures: bool = True,
                       batch_size: int = 64) -> Iterator[Signed]:
        """``(report, claims, signature)`` for each report, in input order; the MinHash signature is
        computed by the worker that extracts the report (None unless ``signatures``)."""
        it = iter(reports)
        head: list[Report] = []
        if self.workers > 1 and self._pool is None:
            head = list(islice(it, max(self.min_parallel, 1)))
        if self.workers == 1 or (self._pool is None and len(head) < self.min_parallel):
            for res in Extractor.extract_many(self, chain(head, it), batch_size):
                yield res.report, res.claims, signature(res.report) if signatures else None
            return
        yield from self._pooled(chain(head, it), signatures)

    def warm_up(self, timeout: float = 300.0) -> None:
        """Start the worker processes now and wait until each has loaded the model, the gazetteer and the
        source lists (with one worker: load them in this process)."""
        if self.workers == 1:
            _ = self.nlp, self.gazetteer, self.sources
            return
        pool = self._start()
        seen: set[int] = set()
        end = time.monotonic() + timeout
        while len(seen) < self.workers and time.monotonic() < end:
            seen.update(f.result() for f in [pool.submit(_ready, 0.05) for _ in range(self.workers)])

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # forkserver: workers start from a clean, single-threaded process (no inherited database
            # connections or threads) and load the model themselves, once each
            methods = multiprocessing.get_all_start_methods()
            ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx, initializer=_init_worker,
                                             initargs=(self.settings,))
        return self._pool

    def _pooled(self, src: Iterator[Report], signatures: bool) -> Iterator[Signed]:
        pool = self._start()
        pending: deque[tuple[list[Report], Future[list[tuple[list[Claim], bytes | None]]]]] = deque()
        try:
            while True:
                while len(pending) < self.workers * self.window:
                    chunk = list(islice(src, self.chunk_size))
                    if not chunk:
                        break
                    pending.append((chunk, pool.submit(extract_chunk, chunk, signatures)))
                if not pending:
                    return
                chunk, fut = pending.popleft()
                try:
                    found = fut.result()
                except VigilError:
                    raise
                except Exception as e:  # a worker died (out of memory, killed) or could not start
                    self.close()
                    raise ConfigError(f"extraction worker failed: {type(e).__name__}: {e}") from e
                for report, (claims, sig) in zip(chunk, found, strict=True):
                    yield report, claims, sig
        finally:
            for _, f in pending:
                f.cancel()


def extract_stream(reports: Iterable[Report], settings: Settings | None = None, *, workers: int | None = None,
                   chunk_size: int = 16, window: int = 4, min_parallel: int = 48) -> Iterator[Extracted]:
    """``(report, claims)`` for each report, in input order, extracted on ``workers`` processes
    (default: :func:`default_workers`); see :class:`ParallelExtractor`."""
    with ParallelExtractor(settings, workers, chunk_size=chunk_size, window=window,
                           min_parallel=min_parallel) as px:
        for res in px.extract_many(reports):
            yield res.report, res.claims


def extract_any(reports: Iterable[Report], settings: Settings | None = None, *, workers: int | None = None,
                dask: str | None = None) -> Iterator[ExtractedReport]:
    """The extraction a command asked for: on the Dask scheduler at ``dask`` (or
    ``VIGIL_DASK_SCHEDULER``), else on ``workers`` processes; results in input order."""
    from vigil.distributed import dask_address

    address = dask_address(dask)
    if address:
        from vigil.distributed import extract_on_dask

        for report, found, _ in extract_on_dask(reports, address, settings):
            yield ExtractedReport(report, found)
        return
    with ParallelExtractor(settings, workers) as px:
        yield from px.extract_many(reports)
