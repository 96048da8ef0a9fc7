"""Ingest: from files, folders, JSON Lines, CSV, URLs and feeds to stored reports with their claims.

Inputs become :class:`Incoming` records (a report plus how it arrived); anything unusable becomes an
:class:`~vigil.errors.InputError` in its place, which is recorded and reported, never fatal.
:class:`Ingestor` then skips what is already stored (same URL or same normalised text), extracts the
rest in batches, links near-duplicates (MinHash over word shingles, banded for lookup) to the first
copy, and writes each report with its claims in one transaction.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO

import numpy as np
import sqlalchemy as sa

from vigil.errors import InputError
from vigil.extract.pipeline import Extractor
from vigil.fetch import FetchPolicy, fetch
from vigil.models import Claim, Report
from vigil.readers import decode, html_to_text, iter_jsonl, load_input, report_from_record
from vigil.review import apply_reviews
from vigil.settings import Settings
from vigil.store import Store, content_hash, normalise_text

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
BATCH_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
TEXT_COLUMNS = ("text", "body", "content", "article", "story")
NUM_PERM = 128
BANDS = 16
SIMILAR = 0.7      # estimated Jaccard of word 5-shingles above which a report is a copy of another


@dataclass(frozen=True)
class Incoming:
    report: Report
    arrived_via: str          # file, html, jsonl, csv, url, feed, stdin, api
    origin: str               # the path (with :line for batches) or URL it came from
    retrieved_at: datetime | None = None


@dataclass
class IngestSummary:
    new: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failed: int = 0
    claims: int = 0
    report_ids: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.new} new, {self.unchanged} unchanged, {self.duplicates} near-duplicate, "
                f"{self.failed} failed, {self.claims} claims added")


# --- reading inputs ------------------------------------------------------------------------------------

def iter_inputs(paths: Sequence[str], settings: Settings, *, published: date | None = None,
                outlet: str | None = None, policy: FetchPolicy | None = None) -> Iterator[Incoming | InputError]:
    """Every report the given files, folders and URLs hold, in order."""
    policy = policy or FetchPolicy()
    for raw in paths:
        if re.match(r"^https?://", raw, re.IGNORECASE):
            yield from from_url(raw, policy, published, outlet, "url")
            continue
        p = Path(raw)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not any(
                part.startswith(".") for part in f.relative_to(p).parts))
            usable = [f for f in files if f.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | BATCH_SUFFIXES]
            if not usable:
                yield InputError(raw, "folder holds no .txt, .html, .jsonl or .csv files")
            for f in usable:
                yield from _from_file(str(f), settings, published, outlet)
            continue
        yield from _from_file(raw, settings, published, outlet)


def _from_file(path: str, settings: Settings, published: date | None,
               outlet: str | None) -> Iterator[Incoming | InputError]:
    try:
        if path.lower().endswith(".csv"):
            yield from _from_csv(path, settings, published, outlet)
            return
        inp = load_input(path, settings.max_input_bytes)
    except InputError as e:
        yield e
        return
    if inp.kind == "jsonl":
        for n, item in iter_jsonl(inp.name, inp.text):
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield Incoming(report_from_record(item, f"{path}:{n}", published, outlet, settings.max_article_chars), "jsonl", f"{path}:{n}")
            except InputError as e:
                yield e
        return
    pub, estimated = published or inp.html_date, False
    if pub is None:     # a folder of articles without dates: the file's date, marked estimated
        pub, estimated = date.fromtimestamp(Path(path).stat().st_mtime), True
    rep = Report(id=Path(path).stem, text=inp.text, published=pub, published_estimated=estimated,
                 title=inp.html_title, outlet=outlet)
    yield Incoming(rep, "html" if inp.kind == "html" else "file", path)


def _from_csv(path: str, settings: Settings, published: date | None,
              outlet: str | None) -> Iterator[Incoming | InputError]:
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as e:
        yield InputError(path, e.strerror or "cannot read")
        return
    if size > settings.max_input_bytes:
        yield InputError(path, f"{size / 1e6:.1f} MB is larger than the {settings.max_input_bytes / 1e6:.0f} MB limit")
        return
    yield from csv_reports(path, io.StringIO(decode(path, p.read_bytes()), newline=""), settings, published, outlet)


def text_column(names: Sequence[str]) -> str | None:
    """The header's article-text column (the first of :data:`TEXT_COLUMNS` present, any case)."""
    lowered = [h.strip().lower() for h in names]
    return next((names[lowered.index(c)] for c in TEXT_COLUMNS if c in lowered), None)


def csv_reports(path: str, f: IO[str], settings: Settings, published: date | None, outlet: str | None
                ) -> Iterator[Incoming | InputError]:
    """The reports of a CSV file read from ``f`` row by row (``ingest`` and the streamed backfill):
    one per row, a bad row named by its line and skipped."""
    csv.field_size_limit(max(settings.max_article_chars, 131072))   # longer texts are refused per row
    reader = csv.DictReader(f)
    try:
        names = reader.fieldnames
    except csv.Error as e:
        yield InputError(path, f"malformed CSV ({e})")
        return
    column = text_column(names or [])
    if column is None:
        yield InputError(path, f"no text column (one of {', '.join(TEXT_COLUMNS)}) in the header")
        return
    try:
        for row in reader:
            where = f"{path}:{reader.line_num}"
            if None in row:
                yield InputError(where, "row has more fields than the header")
                continue
            record = {k.strip().lower(): v for k, v in row.items() if k}
            record["text"] = row.get(column) or ""
            try:
                yield Incoming(report_from_record(record, where, published, outlet, settings.max_article_chars),
                               "csv", where)
            except InputError as e:
                yield e
    except csv.Error as e:
        yield InputError(f"{path}:{reader.line_num}", f"malformed CSV ({e})")


def from_url(url: str, policy: FetchPolicy, published: date | None, outlet: str | None,
              via: str) -> Iterator[Incoming | InputError]:
    try:
        got = fetch(url, policy)
        body = decode(url, got.body, got.charset)
        if got.content_type in ("text/plain",):
            text, title, when = body, None, None
        else:
            text, title, when = html_to_text(url, body)
    except InputError as e:
        yield e
        return
    now = datetime.now(UTC)
    pub = published or when
    rep = Report(id=got.url, text=text, published=pub or now.date(), published_estimated=pub is None,
                 url=got.url, title=title, outlet=outlet or _host(got.url))
    yield Incoming(rep, via, url, now)


def _host(url: str) -> str:
    m = re.match(r"^https?://([^/:]+)", url, re.IGNORECASE)
    return m.group(1).lower().removeprefix("www.") if m else url


# --- near-duplicates ------------------------------------------------------------------------------------

_PRIME = (1 << 61) - 1
_rng = np.random.RandomState(20261125)
_A = _rng.randint(1, 1 << 31, size=NUM_PERM, dtype=np.uint64)
_B = _rng.randint(0, 1 << 31, size=NUM_PERM, dtype=np.uint64)


def minhash(text: str, k: int = 5) -> np.ndarray:
    """A MinHash signature of the text's word k-shingles (universal hashing, NumPy-vectorised)."""
    words = re.findall(r"\w+", normalise_text(text).lower())
    shingles = {" ".join(words[i:i + k]) for i in range(max(1, len(words) - k + 1))}
    hv = np.array([int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little") >> 4
                   for s in shingles], dtype=np.uint64)
    perm = (np.outer(hv, _A) + _B) % np.uint64(_PRIME)
    sig: np.ndarray = perm.min(axis=0).astype(np.uint64)
    return sig


def bands(sig: np.ndarray) -> list[str]:
    rows = NUM_PERM // BANDS
    return [f"{b:02d}" + hashlib.sha1(sig[b * rows:(b + 1) * rows].tobytes()).hexdigest()[:30] for b in range(BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


# --- the ingest loop ---------------------------------------------------------------------------------------

class Ingestor:
    """Stores reports and their claims; see the module docstring for the guarantees."""

    def __init__(self, store: Store, extractor: Extractor, batch_size: int = 32) -> None:
        self.store = store
        self.extractor = extractor
        self.batch_size = batch_size

    def ingest(self, items: Iterable[Incoming | InputError],
               progress: Callable[[int], None] | None = None) -> IngestSummary:
        summary = IngestSummary()
        batch: list[Incoming] = []
        for item in items:
            if isinstance(item, InputError):
                summary.failed += 1
                summary.errors.append(str(item))
                self.store.record_failure(item.source, item.problem)
                if progress:
                    progress(1)
                continue
            batch.append(item)
            if len(batch) >= self.batch_size:
                self._batch(batch, summary, progress)
                batch = []
        if batch:
            self._batch(batch, summary, progress)
        return summary

    def _batch(self, batch: list[Incoming], summary: IngestSummary, progress: Callable[[int], None] | None) -> None:
        fresh: list[Incoming] = []
        seen: set[str] = set()
        with self.store.engine.connect() as conn:
            for item in batch:
                digest = content_hash(item.report.text)
                if digest in seen or self.store.find_existing(conn, item.report.url, digest) is not None:
                    summary.unchanged += 1
                    if progress:
                        progress(1)
                    continue
                seen.add(digest)
                fresh.append(item)
        results = self.extractor.extract_many([i.report for i in fresh]) if fresh else iter(())
        for item, res in zip(fresh, results, strict=True):
            self._store_one(item, res.claims, summary)
            if progress:
                progress(1)

    def _store_one(self, item: Incoming, found: list[Claim], summary: IngestSummary) -> None:
        sig = minhash(item.report.text)
        keys = bands(sig)
        try:
            with self.store.engine.begin() as conn:
                digest = content_hash(item.report.text)
                if self.store.find_existing(conn, item.report.url, digest) is not None:
                    summary.unchanged += 1      # stored meanwhile by a concurrent ingest
                    return
                dup_of, sim = None, None
                for rid, blob in self.store.candidates(conn, keys):
                    if blob is None:
                        continue
                    s = similarity(sig, np.frombuffer(blob, dtype=np.uint64))
                    if s >= SIMILAR and (sim is None or s > sim):
                        dup_of, sim = rid, s
                rid = self.store.add_report(
                    conn, item.report, arrived_via=item.arrived_via, origin=item.origin,
                    extractor_version=self.extractor.version, found=found, minhash=sig.tobytes(), bands=keys,
                    duplicate_of=dup_of, similarity=sim, retrieved_at=item.retrieved_at)
        except sa.exc.IntegrityError:
            summary.unchanged += 1              # a concurrent writer stored the same report first
            return
        summary.report_ids.append(rid)
        if dup_of is not None:
            summary.duplicates += 1
        else:
            summary.new += 1
        summary.claims += len(found)


def reconcile_pending(store: Store, report_ids: Sequence[int] = ()) -> int:
    """Bring the incidents up to date after an ingest: the claims of ``report_ids`` and every other
    stored claim in no incident (left by an ingest that was killed before it reconciled) are
    reconciled, only their blocks recomputed. Runs under the database's reconcile lock, so concurrent
    ingests take turns. Returns how many claims were picked up."""
    from vigil.incidents import reconcile_claims
    from vigil.store import claims, unreconciled_claim_ids

    with store.exclusive("reconcile"):
        with store.engine.connect() as conn:
            ids = set(unreconciled_claim_ids(conn))
            for i in range(0, len(report_ids), 5_000):
                ids.update(r[0] for r in conn.execute(
                    sa.select(claims.c.id).where(claims.c.report_id.in_(list(report_ids[i:i + 5_000])))))
        if ids:
            reconcile_claims(store, sorted(ids))
    return len(ids)


def reextract(store: Store, extractor: Extractor, *, everything: bool = False,
              progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Rerun the extractor over stored reports (those of an older extractor, or all); returns
    (reports, claims). Report rows, provenance and anything keyed to claim fingerprints are kept."""
    todo = list(store.iter_reports(outdated=None if everything else extractor.version))
    n_claims = 0
    for i in range(0, len(todo), 32):
        chunk = todo[i:i + 32]
        for sr, res in zip(chunk, extractor.extract_many([s.report for s in chunk]), strict=True):
            with store.engine.begin() as conn:
                store.replace_claims(conn, sr.id, res.claims, extractor.version)
                apply_reviews(conn, sr.id)           # analysts' verdicts follow the claims' fingerprints
            n_claims += len(res.claims)
            if progress:
                progress(1)
    return len(todo), n_claims
