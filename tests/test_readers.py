"""Reading inputs: kinds, dates and clear errors for bad input."""

import io
from datetime import date
from pathlib import Path

import pytest

from vigil.errors import InputError
from vigil.models import Report
from vigil.readers import load_input, parse_date, reports_from_input

LIMIT = 1_000_000


def test_text_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Five people were killed on Monday.", encoding="utf-8")
    inp = load_input(str(p), LIMIT)
    assert inp.kind == "text"
    (r,) = list(reports_from_input(inp, date(2024, 5, 1), "Demo"))
    assert isinstance(r, Report) and r.id == "a" and r.outlet == "Demo" and r.published == date(2024, 5, 1)


def test_html_file_goes_through_trafilatura(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    body = "<p>" + "Three soldiers were wounded in an ambush near the border on Monday, officials said. " * 3 + "</p>"
    p.write_text(f"<html><head><title>Ambush</title></head><body><nav>Menu Home</nav><article>{body}"
                 f"</article></body></html>", encoding="utf-8")
    inp = load_input(str(p), LIMIT)
    assert inp.kind == "html"
    assert "Three soldiers were wounded" in inp.text and "<p>" not in inp.text


def test_stdin() -> None:
    inp = load_input("-", LIMIT, stdin=io.BytesIO(b"Two men were detained."))
    assert inp.text == "Two men were detained."


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "empty input"),
    (b"   \n", "empty input"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    (b"caf\xe9 \xff\xfe killed", "not UTF-8"),
])
def test_bad_files(tmp_path: Path, content: bytes, problem: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError) as e:
        load_input(str(p), LIMIT)
    assert problem in str(e.value) and str(p) in str(e.value)


def test_oversized_and_missing(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 2000)
    with pytest.raises(InputError, match="limit"):
        load_input(str(p), 1000)
    with pytest.raises(InputError, match="no such file"):
        load_input(str(tmp_path / "nope.txt"), LIMIT)


def test_explicit_encoding(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes("Caf\xe9 owner was killed.".encode("latin-1"))
    assert load_input(str(p), LIMIT, encoding="latin-1").text == "Café owner was killed."


def test_published_is_required_and_checked(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Five people were killed.", encoding="utf-8")
    (err,) = list(reports_from_input(load_input(str(p), LIMIT), None))
    assert isinstance(err, InputError) and "--published" in str(err)
    with pytest.raises(InputError, match="not a date"):
        parse_date("09/03/2025")


def test_jsonl_bad_lines_are_reported_and_skipped(tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    p.write_text('{"report": {"id": "r1", "text": "Two killed.", "published": "2024-01-02"}}\n'
                 '{"report": {"id": "r2", "text": \n'
                 '{"nope": 1}\n'
                 '{"report": {"id": "r3", "text": "One hurt.", "published": "2024-13-40"}}\n'
                 '{"report": {"id": "r4", "text": "Ten fled.", "published": "2024-02-03", "published_estimated": true}}\n',
                 encoding="utf-8")
    items = list(reports_from_input(load_input(str(p), LIMIT), None))
    good = [i for i in items if isinstance(i, Report)]
    bad = [str(i) for i in items if isinstance(i, InputError)]
    assert [r.id for r in good] == ["r1", "r4"]
    assert good[1].published_estimated
    assert bad[0].startswith(f"{p}:2: not valid JSON")
    assert bad[1].startswith(f"{p}:3: not a report line")
    assert bad[2].startswith(f"{p}:4 published")
