"""The ``vigil`` command: output formats and one-line errors (run as a real subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[1] / "src" / "vigil" / "data" / "demo" / "demo.jsonl"


def vigil(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vigil", *args], input=stdin.decode() if stdin else None,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    p = tmp_path_factory.mktemp("in") / "report.txt"
    p.write_text("Shelling killed at least 12 civilians in the town of Dunmere on Saturday, "
                 "the regional health office said.", encoding="utf-8")
    return p


def test_extract_jsonl_from_a_text_file(article: Path) -> None:
    r = vigil("extract", str(article), "--published", "2025-03-09", "--outlet", "Demo", "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    (line,) = r.stdout.splitlines()
    obj = json.loads(line)
    assert obj["report"]["outlet"] == "Demo" and obj["report"]["published"] == "2025-03-09"
    (claim,) = obj["claims"]
    assert claim["count"]["value"] == 12 and claim["time"]["start"] == "2025-03-08"
    text = article.read_text(encoding="utf-8")
    assert text[claim["evidence"]["start"]:claim["evidence"]["end"]] == claim["evidence"]["text"]


def test_extract_table_from_stdin() -> None:
    r = vigil("extract", "-", "--published", "2025-03-09",
              stdin=b"Four soldiers were wounded in an ambush on Friday, the army said.")
    assert r.returncode == 0, r.stderr
    assert "injured" in r.stdout and "4" in r.stdout and "ambush" in r.stdout


def test_extract_the_demo_batch() -> None:
    r = vigil("extract", str(DEMO), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["report"]["id"] for x in lines] == [f"demo-{i}" for i in range(1, 9)]
    by_id = {x["report"]["id"]: x["claims"] for x in lines}
    assert by_id.pop("demo-5") == []           # the sports article states no casualty figure
    assert all(by_id.values())


@pytest.mark.parametrize(("args", "content", "message"), [
    (["--published", "2025-03-09"], b"", "empty input"),
    (["--published", "2025-03-09"], b"\x00\x01\x02binary", "binary file"),
    (["--published", "2025-03-09"], b"caf\xe9 killed", "not UTF-8"),
    ([], b"Five people were killed.", "--published"),
    (["--published", "9 March"], b"Five people were killed.", "not a date"),
])
def test_bad_input_gets_one_line_and_nonzero_exit(tmp_path: Path, args: list[str], content: bytes,
                                                   message: str) -> None:
    p = tmp_path / "in.txt"
    p.write_bytes(content)
    r = vigil("extract", str(p), *args)
    assert r.returncode != 0
    assert message in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_oversized_input(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(b"word " * 1000)
    r = vigil("extract", str(p), "--published", "2025-03-09", "--max-bytes", "1000")
    assert r.returncode != 0 and "limit" in r.stderr and "Traceback" not in r.stderr


def test_bad_jsonl_lines_are_skipped_unless_strict(tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    good = {"report": {"id": "a", "published": "2025-03-09", "text": "Three people were killed on Friday."}}
    p.write_text(json.dumps(good) + "\n{oops\n" + json.dumps({**good, "report": {**good["report"], "id": "b"}})
                 + "\n", encoding="utf-8")
    r = vigil("extract", str(p), "--format", "jsonl")
    assert r.returncode == 0
    assert [json.loads(x)["report"]["id"] for x in r.stdout.splitlines()] == ["a", "b"]
    assert f"{p}:2" in r.stderr
    r = vigil("extract", str(p), "--format", "jsonl", "--strict")
    assert r.returncode != 0 and f"{p}:2" in r.stderr and "Traceback" not in r.stderr


def test_unknown_model_is_a_clear_error(article: Path) -> None:
    r = vigil("extract", str(article), "--published", "2025-03-09", "--model", "no_such_model_xyz")
    assert r.returncode != 0 and "no_such_model_xyz" in r.stderr and "Traceback" not in r.stderr


def test_ingest_then_list_claims_reports_and_show(tmp_path: Path) -> None:
    db = str(tmp_path / "v.db")
    r = vigil("ingest", str(DEMO), "--db", db)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("8 new, 0 unchanged")
    r = vigil("ingest", str(DEMO), "--db", db)
    assert r.stdout.startswith("0 new, 8 unchanged")
    r = vigil("claims", "--db", db, "--country", "NG", "--outcome", "abducted", "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    (row,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert row["count"]["value"] == 30 and row["outlet"] == "Lakeside Herald (invented)"
    r = vigil("claims", "--db", db, "--format", "csv", "--source", "observatory")
    assert r.returncode == 0 and r.stdout.splitlines()[0].startswith("claim_id,report_id")
    assert len(r.stdout.splitlines()) > 2
    r = vigil("reports", "--db", db, "--format", "jsonl")
    assert len(r.stdout.splitlines()) == 8
    r = vigil("show", "demo-3", "--db", db)
    assert r.returncode == 0 and "Kharkiv" in r.stdout
    r = vigil("show", "nope", "--db", db)
    assert r.returncode != 0 and "no such report" in r.stderr and "Traceback" not in r.stderr
    r = vigil("claims", "--db", db, "--outcome", "exploded")
    assert r.returncode != 0 and "--outcome" in r.stderr
    r = vigil("reextract", "--db", db, "--all")
    assert r.returncode == 0 and r.stdout.startswith("8 report(s) re-extracted") and "incidents reconciled" in r.stdout
    r = vigil("db", "upgrade", "--db", db)
    assert r.returncode == 0 and "up to date" in r.stdout


def test_incidents_after_ingest(tmp_path: Path) -> None:
    db = str(tmp_path / "v.db")
    assert vigil("ingest", str(DEMO), "--db", db).returncode == 0      # ingest reconciles too
    r = vigil("incidents", "--db", db, "--format", "jsonl", "--country", "NG")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    keys = {"id", "kind", "parent", "outcome", "victims", "country", "admin1", "start", "end", "low", "best",
            "high", "sources", "independent_sources", "status", "history", "claims"}
    assert rows and all(keys <= set(x) for x in rows)
    killed = next(x for x in rows if x["outcome"] == "killed")
    assert killed["best"] == 17 and killed["country"] == "NG" and killed["history"][0]["value"] == 17
    png = tmp_path / "toll.png"
    r = vigil("incident", killed["id"], "--db", db, "--plot", str(png))
    assert r.returncode == 0, r.stderr
    assert "toll history" in r.stdout and "Gunmen killed 17 villagers" in r.stdout
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    r = vigil("incidents", "--db", db, "--format", "csv")
    assert r.stdout.splitlines()[0].startswith("id,kind,parent,outcome")
    r = vigil("incident", "I999999", "--db", db)
    assert r.returncode != 0 and "no such incident" in r.stderr
    r = vigil("incidents", "--db", db, "--status", "sure")
    assert r.returncode != 0 and "--status" in r.stderr


def test_export_and_reference_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "v.db")
    assert vigil("ingest", str(DEMO), "--db", db).returncode == 0
    out = tmp_path / "acled.csv"
    r = vigil("export", "acled", "-o", str(out), "--db", db, "--country", "NG")
    assert r.returncode == 0, r.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("event_id_cnty,event_date,year") and len(lines) == 2
    r = vigil("export", "geojson", "--db", db)
    assert json.loads(r.stdout)["type"] == "FeatureCollection"
    r = vigil("export", "xml", "--db", db)
    assert r.returncode != 0 and "FORMAT" in r.stderr
    ged = tmp_path / "ged.csv"
    ged.write_text(
        "id,date_start,date_end,source_date,source_office,source_original,source_headline,where_coordinates,"
        "adm_1,adm_2,latitude,longitude,where_prec,date_prec,side_a,side_b,deaths_a,deaths_b,deaths_civilians,"
        "deaths_unknown,low,best,high\n"
        "9001,2024-06-17,2024-06-17,2024-06-18,Demo,Demo,Invented headline,Gusau town,Zamfara State,,12.17,6.66,"
        "1,1,Government of Nigeria,Bandits,0,0,17,0,17,17,17\n", encoding="utf-8")
    r = vigil("reference", "import", str(ged), "--db", db)
    assert r.returncode == 0 and r.stdout.startswith("ucdp: 1 event(s) imported"), r.stderr
    r = vigil("reference", "compare", "--db", db, "--format", "json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["reference_events"] == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    r = vigil("reference", "import", str(bad), "--db", db)
    assert r.returncode != 0 and str(bad) in r.stderr and "Traceback" not in r.stderr
