"""Reference datasets: importing UCDP GED and ACLED CSVs and comparing incidents with their events.

The CSVs here are written by the tests (the UCDP one with the header of the GED extract in
``shared/corpora``); every event and report is invented.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from vigil.errors import InputError
from vigil.exports import ACLED_COLUMNS
from vigil.extract.pipeline import Extractor
from vigil.incidents import query_incidents, run_reconcile
from vigil.ingest import Incoming, Ingestor
from vigil.models import Report
from vigil.reference import compare, detect_dataset, import_reference, reference_events
from vigil.store import Store

UCDP_HEADER = ["id", "date_start", "date_end", "source_date", "source_office", "source_original", "source_headline",
               "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "where_prec", "date_prec", "side_a",
               "side_b", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high"]

ALEPPO = ("Shelling killed 14 civilians in Aleppo province on Monday, the Syrian Observatory for Human "
          "Rights said.")
IDLIB = "An air strike killed 5 fighters near the town of Maarat al-Numan in Idlib on Tuesday, a monitor said."



@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store.open(db_url)
    yield s
    s.close()


def ucdp_row(**kw: str) -> dict[str, str]:
    row = dict.fromkeys(UCDP_HEADER, "")
    row.update(date_prec="1", where_prec="1", side_a="Government of Xandria", side_b="Civilians",
               deaths_a="0", deaths_b="0", deaths_unknown="0", source_office="Orbis Monitor")
    row.update(kw)
    return row


def write_ucdp(path: Path, aleppo_best: int = 12) -> Path:
    events = [
        ucdp_row(id="900001", date_start="2025-05-05", date_end="2025-05-05", source_date="2025-05-06",
                 source_headline="Shelling on the countryside of Aleppo; casualties reported",
                 where_coordinates="Tell Rifaat town", adm_1="Aleppo Governorate", adm_2="Azaz district",
                 latitude="36.4733", longitude="37.0972", deaths_civilians=str(aleppo_best),
                 low=str(aleppo_best), best=str(aleppo_best), high=str(aleppo_best + 2)),
        ucdp_row(id="900002", date_start="2025-05-20", date_end="2025-05-20", source_date="2025-05-21",
                 source_headline="Clashes west of Homs", where_coordinates="Homs city", adm_1="Homs Governorate",
                 latitude="34.7268", longitude="36.7234", deaths_a="3", low="3", best="3", high="3"),
        ucdp_row(id="900003", date_start="not a date", adm_1="Homs Governorate", best="1"),   # unusable
    ]
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=UCDP_HEADER)
        w.writeheader()
        w.writerows(events)
    return path


def write_acled(path: Path) -> Path:
    row = dict.fromkeys(ACLED_COLUMNS, "")
    row.update(event_id_cnty="SYR90001", event_date="05 May 2025", year="2025", time_precision="1",
               event_type="Explosions/Remote violence", iso="760", country="Syria", admin1="Aleppo",
               location="Tell Rifaat", latitude="36.4733", longitude="37.0972", geo_precision="1",
               notes="On 5 May 2025, shelling hit Tell Rifaat (invented).", fatalities="9")
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(ACLED_COLUMNS))
        w.writeheader()
        w.writerow(row)
    return path


def stored(store: Store) -> list[sa.Row[tuple[object, ...]]]:
    with store.engine.connect() as conn:
        return list(conn.execute(sa.select(reference_events).order_by(reference_events.c.event_id)))


def test_table_definition_matches_the_migration(store: Store) -> None:
    with store.engine.connect() as conn:
        cols = {c["name"] for c in sa.inspect(conn).get_columns("reference_events")}
    assert cols == {c.name for c in reference_events.columns}


def test_ucdp_import_is_detected_and_idempotent(store: Store, tmp_path: Path) -> None:
    path = write_ucdp(tmp_path / "ged.csv")
    seen: list[int] = []
    assert import_reference(store, path, progress=seen.append) == ("ucdp", 2, 1)
    assert seen and seen[-1] == 3
    got = stored(store)
    assert [r.event_id for r in got] == ["900001", "900002"]
    first = got[0]
    assert (first.dataset, first.date_start, first.date_end, first.country) == ("ucdp", date(2025, 5, 5), date(2025, 5, 5), "SY")
    assert (first.admin1, first.location) == ("Aleppo", "Tell Rifaat town")   # province name as Vigil's gazetteer has it
    assert (first.low, first.best, first.high, first.deaths_civilians) == (12, 12, 14, 12)
    assert first.latitude == pytest.approx(36.4733) and first.source.startswith("Shelling on the countryside")
    assert import_reference(store, path) == ("ucdp", 2, 1)
    assert len(stored(store)) == 2
    write_ucdp(path, aleppo_best=13)           # a corrected release updates the event in place
    import_reference(store, path)
    got = stored(store)
    assert len(got) == 2 and got[0].best == 13


def test_acled_import(store: Store, tmp_path: Path) -> None:
    assert import_reference(store, write_acled(tmp_path / "acled.csv")) == ("acled", 1, 0)
    [ev] = stored(store)
    assert (ev.dataset, ev.event_id, ev.date_start, ev.country, ev.admin1) == ("acled", "SYR90001", date(2025, 5, 5), "SY", "Aleppo")
    assert (ev.low, ev.best, ev.high, ev.deaths_civilians) == (9, 9, 9, None)


def test_unrecognised_header_names_the_file(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "casualties.csv"
    bad.write_text("date,place,killed\n2025-05-05,Aleppo,3\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        import_reference(store, bad)
    assert str(bad) in str(e.value) and "header" in str(e.value)
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError):
        import_reference(store, empty)
    with pytest.raises(InputError):
        import_reference(store, tmp_path / "missing.csv")
    assert detect_dataset(["ID", " date_start", "BEST"]) == "ucdp"


def test_compare_one_match_and_one_miss(store: Store, extractor: Extractor, tmp_path: Path) -> None:
    Ingestor(store, extractor).ingest([
        Incoming(Report(id="aleppo", text=ALEPPO, published=date(2025, 5, 6), url="https://example.org/aleppo",
                        outlet="Demo Wire"), "api", "aleppo"),
        Incoming(Report(id="idlib", text=IDLIB, published=date(2025, 5, 8), outlet="Demo Wire"), "api", "idlib"),
    ])
    run_reconcile(store)
    [aleppo] = [i for i in query_incidents(store) if i["admin1"] == ["Aleppo"]]
    import_reference(store, write_ucdp(tmp_path / "ged.csv"))
    import_reference(store, write_acled(tmp_path / "acled.csv"))

    c = compare(store, dataset="ucdp")
    assert (c.reference_events, c.matched_reference) == (2, 1)       # the Homs clash has no Vigil incident
    assert (c.vigil_incidents, c.unmatched_vigil) == (2, 1)          # the Idlib strike is not in the reference
    assert c.ratio_median == pytest.approx(14 / 12) and c.pairs == 1
    assert c.ratio_p25 == c.ratio_p75 == c.ratio_median
    [top] = c.largest
    assert (top["incident"], top["reference_event"], top["vigil_best"], top["reference_best"]) == (aleppo["id"], "900001", 14, 12)
    assert "Shelling killed 14 civilians" in top["evidence"] and top["report_url"] == "https://example.org/aleppo"
    d = c.to_dict()
    assert d["coverage"] == 0.5 and d["fatality_ratio"]["median"] == round(14 / 12, 4)
    assert d["matched_by"] == {"distance": 1}

    both = compare(store)
    assert (both.reference_events, both.matched_reference) == (3, 2)
    narrow = compare(store, dataset="ucdp", km=5.0, days=0)          # Tell Rifaat is 30 km from Aleppo's point,
    assert narrow.matched_reference == 1                              # but in the same province
    later = compare(store, dataset="acled")
    assert later.ratio_median == pytest.approx(14 / 9)
    with pytest.raises(InputError):
        compare(store, dataset="gtd")


def test_compare_with_nothing_imported(store: Store) -> None:
    c = compare(store)
    assert (c.reference_events, c.matched_reference, c.ratio_median, c.largest) == (0, 0, None, [])
    assert c.to_dict()["coverage"] is None


def test_broken_csv_row_is_an_input_error(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "ged.csv"
    bad.write_text(",".join(UCDP_HEADER) + "\n900001,2025-05-05,2025-05-05," + "x" * 200_000 + "\n",
                   encoding="utf-8")                  # a field beyond the csv module's limit
    with pytest.raises(InputError) as e:
        import_reference(store, bad)
    assert f"{bad}:2" in str(e.value)
