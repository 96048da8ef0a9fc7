"""Backfill inputs, streamed: JSON Lines and CSV (plain or gzip-compressed) and Parquet, as files or
folders of them, read a record (or a Parquet row batch) at a time, never loaded whole.

:func:`iter_backfill` yields :class:`~vigil.ingest.Incoming` records (or an
:class:`~vigil.errors.InputError` in place of each unusable one, naming the file and line or row), in
the order the files and their records come. Other inputs (text and HTML files, URLs) go through
:func:`vigil.ingest.iter_inputs` as with ``vigil ingest``. Parquet needs ``pyarrow`` (the ``scale``
extra); it is imported only when a Parquet file is read.
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from vigil.errors import InputError
from vigil.ingest import TEXT_COLUMNS, Incoming, csv_reports, iter_inputs, text_column
from vigil.readers import iter_jsonl, report_from_record
from vigil.settings import Settings

__all__ = ["STREAMED", "iter_backfill", "streamed_kind"]

#: file name endings read as streams, and their kind
STREAMED: dict[str, str] = {".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl",
                            ".csv": "csv", ".csv.gz": "csv", ".parquet": "parquet", ".parq": "parquet"}
_ROWS = 1024        # Parquet rows decoded at a time
_SINGLE = {".txt", ".text", ".md", ".html", ".htm", ".xhtml"}   # one report a file


def streamed_kind(path: str) -> str | None:
    """``jsonl``, ``csv`` or ``parquet`` for a file read as a stream, else None."""
    name = path.lower()
    for suffix in sorted(STREAMED, key=len, reverse=True):
        if name.endswith(suffix):
            return STREAMED[suffix]
    return None


def iter_backfill(paths: Sequence[str], settings: Settings | None = None, *, published: date | None = None,
                  outlet: str | None = None) -> Iterator[Incoming | InputError]:
    """Every report the given files, folders and URLs hold, in order (see the module docstring)."""
    settings = settings or Settings()
    for raw in paths:
        p = Path(raw)
        if not re.match(r"^https?://", raw, re.IGNORECASE) and p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not any(
                part.startswith(".") for part in f.relative_to(p).parts))
            usable = [f for f in files if streamed_kind(f.name) or f.suffix.lower() in _SINGLE]
            if not usable:
                yield InputError(raw, "folder holds no .jsonl(.gz), .csv(.gz), .parquet, .txt or .html files")
            for f in usable:
                if streamed_kind(f.name):
                    yield from _stream(str(f), settings, published, outlet)
                else:
                    yield from iter_inputs([str(f)], settings, published=published, outlet=outlet)
            continue
        if streamed_kind(raw):
            yield from _stream(raw, settings, published, outlet)
        else:
            yield from iter_inputs([raw], settings, published=published, outlet=outlet)


def _stream(path: str, settings: Settings, published: date | None, outlet: str | None
            ) -> Iterator[Incoming | InputError]:
    kind = streamed_kind(path)
    if not Path(path).is_file():
        yield InputError(path, "no such file")
        return
    try:
        if kind == "parquet":
            yield from _parquet(path, settings, published, outlet)
        elif kind == "csv":
            with _open_text(path) as f:
                yield from csv_reports(path, f, settings, published, outlet)
        else:
            with _open_text(path) as f:
                yield from _jsonl(path, f, settings, published, outlet)
    except (OSError, EOFError, zlib.error) as e:      # a damaged or truncated gzip file, a read error
        yield InputError(path, f"cannot read ({getattr(e, 'strerror', None) or e})")
    except UnicodeDecodeError as e:
        yield InputError(path, f"not UTF-8 text ({e.reason})")


def _open_text(path: str) -> IO[str]:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8-sig", newline="")
    return open(path, encoding="utf-8-sig", newline="")


def _jsonl(path: str, f: IO[str], settings: Settings, published: date | None, outlet: str | None
           ) -> Iterator[Incoming | InputError]:
    for n, rec in iter_jsonl(path, f):
        yield rec if isinstance(rec, InputError) else _incoming(rec, f"{path}:{n}", "jsonl", settings, published,
                                                                 outlet)


def _parquet(path: str, settings: Settings, published: date | None, outlet: str | None
             ) -> Iterator[Incoming | InputError]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        yield InputError(path, "reading Parquet needs pyarrow: pip install 'vigil[scale]'")
        return
    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as e:
        yield InputError(path, f"not a readable Parquet file ({e})")
        return
    column = text_column(pf.schema_arrow.names)
    if column is None:
        yield InputError(path, f"no text column (one of {', '.join(TEXT_COLUMNS)}) in the schema")
        return
    n = 0
    try:
        for rb in pf.iter_batches(batch_size=_ROWS):
            for row in rb.to_pylist():
                n += 1
                rec = {str(k).strip().lower(): v for k, v in row.items()}
                rec["text"] = row.get(column) or ""
                yield _incoming(rec, f"{path}:row {n}", "parquet", settings, published, outlet)
    except (pa.ArrowException, OSError) as e:
        yield InputError(f"{path}:row {n + 1}", f"cannot read Parquet ({e})")


def _incoming(rec: dict[str, Any], where: str, via: str, settings: Settings, published: date | None,
              outlet: str | None) -> Incoming | InputError:
    if rec.get("text") is not None and not isinstance(rec["text"], str):
        return InputError(where, "text is not a string")
    try:
        return Incoming(report_from_record(rec, where, published, outlet, settings.max_article_chars), via, where)
    except InputError as e:
        return e
