"""Reading reports from files and streams: plain text, HTML and the spec's JSON Lines.

Every problem with an input becomes an :class:`~vigil.errors.InputError` naming the input (and the
line, for JSON Lines) and saying what is wrong; batch readers yield it in place of the report so the
caller can report it and carry on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from vigil.errors import InputError
from vigil.models import Report

_XML = re.compile(rb"^\s*(?:<\?xml\b|<rss\b|<feed\b|<rdf:RDF\b|<opml\b)", re.IGNORECASE)
_HTML = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<(?:p|div|article)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class TextInput:
    name: str
    text: str
    kind: str            # "text" | "html" | "jsonl"
    html_date: date | None = None
    html_title: str | None = None


def parse_date(value: str, what: str = "--published") -> date:
    try:
        return date.fromisoformat(value.strip()[:10])
    except (ValueError, AttributeError):
        raise InputError(what, f"{value!r} is not a date (use YYYY-MM-DD)") from None


def read_bytes(name: str, stream: IO[bytes], max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(name, f"larger than the {max_bytes / 1e6:.0f} MB limit (raise it with --max-bytes)")
    return data


def decode(name: str, data: bytes, encoding: str | None = None) -> str:
    if not data.strip():
        raise InputError(name, "empty input")
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as e:
            raise InputError(name, f"cannot decode as {encoding} ({e})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise InputError(name, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(name, f"not UTF-8 text (byte {e.start}); give its encoding with --encoding") from None


def load_input(path: str, max_bytes: int, encoding: str | None = None, stdin: IO[bytes] | None = None) -> TextInput:
    """Read one input (``-`` for standard input) and tell its kind from its name and content."""
    if path == "-":
        if stdin is None:
            raise InputError("stdin", "no standard input")
        data = read_bytes("stdin", stdin, max_bytes)
        name = "stdin"
    else:
        p = Path(path)
        name = path
        if p.is_dir():
            raise InputError(name, "is a folder (give files, or use `vigil ingest` for folders)")
        try:
            size = p.stat().st_size
            if size > max_bytes:
                raise InputError(name, f"{size / 1e6:.1f} MB is larger than the {max_bytes / 1e6:.0f} MB limit "
                                       f"(raise it with --max-bytes)")
            with p.open("rb") as f:
                data = read_bytes(name, f, max_bytes)
        except FileNotFoundError:
            raise InputError(name, "no such file") from None
        except PermissionError:
            raise InputError(name, "permission denied") from None
        except IsADirectoryError:
            raise InputError(name, "is a folder") from None
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".ndjson") or (suffix == "" and data.lstrip()[:10].startswith(b'{"report"')):
        return TextInput(name, decode(name, data, encoding), "jsonl")
    if (suffix in (".xml", ".rss", ".atom", ".opml") or _XML.match(data[:2048])) and \
            not re.search(rb"<html\b", data[:4096], re.IGNORECASE):
        raise InputError(name, "an RSS/Atom feed or other XML, not an article (feeds are read by `vigil watch`)")
    if suffix in (".html", ".htm", ".xhtml") or _HTML.match(data[:2048]):
        html = decode(name, data, encoding)
        text, title, when = html_to_text(name, html)
        return TextInput(name, text, "html", when, title)
    return TextInput(name, decode(name, data, encoding), "text")


def html_to_text(name: str, html: str) -> tuple[str, str | None, date | None]:
    """The article text of an HTML page (trafilatura), its title and date where the page says."""
    import trafilatura  # local: heavy import only when HTML is read

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise InputError(name, "no article text found in the HTML")
    title: str | None = None
    when: date | None = None
    try:
        meta = trafilatura.extract_metadata(html)
        if meta is not None:
            title = meta.title
            if meta.date:
                when = date.fromisoformat(str(meta.date)[:10])
    except (ValueError, TypeError):
        pass
    return text, title, when


def iter_jsonl(name: str, text: str | Iterable[str]) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """(line number, report object or the error of that line) for each non-empty line of ``text`` (a
    whole text, or lines streamed from a file)."""
    for n, line in enumerate(text.splitlines() if isinstance(text, str) else text, 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield n, InputError(where, f"not valid JSON ({e.msg} at column {e.colno})")
            continue
        except RecursionError:
            yield n, InputError(where, "JSON nested too deeply")
            continue
        except ValueError as e:        # e.g. an integer with more digits than Python converts
            yield n, InputError(where, f"not usable JSON ({str(e)[:120]})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("report"), dict):
            yield n, InputError(where, 'not a report line (expected {"report": {...}})')
            continue
        rep = obj["report"]
        if not isinstance(rep.get("text"), str) or not rep["text"].strip():
            yield n, InputError(where, "report has no text")
            continue
        problem = _unusable(rep)
        if problem:
            yield n, InputError(where, problem)
            continue
        yield n, rep


def _unusable(rep: dict[str, Any]) -> str | None:
    """Why a parsed report object cannot be stored (nesting a database cannot take, lone surrogates)."""
    for key, value in rep.items():
        if isinstance(value, (dict, list)) and key != "text":
            try:
                json.dumps(value)
            except (RecursionError, ValueError):
                return f"field {key!r} is nested too deeply"
        elif isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return f"field {key!r} holds characters that are not valid Unicode (lone surrogates)"
    return None


def report_from_record(item: dict[str, Any], where: str, published: date | None = None, outlet: str | None = None,
                       max_chars: int = 2_000_000, default_id: str | None = None) -> Report:
    """A :class:`Report` from a record of the spec's JSON Lines (or a CSV row); ``published`` and
    ``outlet`` fill in what the record lacks. Raises :class:`InputError` naming ``where``."""
    text = str(item.get("text") or "")
    if not text.strip():
        raise InputError(where, "record has no text")
    if len(text) > max_chars:
        raise InputError(where, f"text longer than {max_chars} characters")
    pub = parse_date(str(item["published"]), f"{where} published") if item.get("published") else published
    return Report(id=str(item.get("id") or default_id or where), text=text, published=pub,
                  published_estimated=bool(item.get("published_estimated")) or pub is None,
                  url=str(item["url"]) if item.get("url") else None,
                  title=str(item["title"]) if item.get("title") else None,
                  outlet=str(item.get("outlet") or outlet or "") or None)


def reports_from_input(inp: TextInput, published: date | None, outlet: str | None = None,
                       max_chars: int = 2_000_000) -> Iterator[Report | InputError]:
    """The reports an input holds; an :class:`InputError` in place of each one that is unusable."""
    if inp.kind == "jsonl":
        for n, item in iter_jsonl(inp.name, inp.text):
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield report_from_record(item, f"{inp.name}:{n}", published, outlet, max_chars, f"line{n}")
            except InputError as e:
                yield e
        return
    pub = published or inp.html_date
    if pub is None:
        yield InputError(inp.name, "no publication date: give --published YYYY-MM-DD")
        return
    if len(inp.text) > max_chars:
        yield InputError(inp.name, f"text longer than {max_chars} characters")
        return
    yield Report(id=Path(inp.name).stem if inp.name != "stdin" else "stdin", text=inp.text, published=pub,
                 title=inp.html_title, outlet=outlet)
