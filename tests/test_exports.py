"""Exports: ACLED- and UCDP-compatible CSV, GeoJSON, flat CSV and JSON Lines, streamed from the store.

The reports are invented; the incidents are built through the real pipeline (ingest, extract,
reconcile) on SQLite and, where configured, PostgreSQL.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from vigil.errors import InputError
from vigil.exports import (
    ACLED_COLUMNS,
    CSV_COLUMNS,
    NO_FILTER,
    UCDP_COLUMNS,
    IncidentFilter,
    PlaceInfo,
    acled_geo_precision,
    acled_time_precision,
    export,
    iter_incidents,
    ucdp_date_prec,
    ucdp_where_prec,
)
from vigil.extract.pipeline import Extractor
from vigil.incidents import query_incidents, run_reconcile
from vigil.ingest import Incoming, Ingestor
from vigil.models import Report
from vigil.store import Store

ALEPPO = ("Shelling killed 14 civilians in Aleppo province on Monday, the Syrian Observatory for Human "
          "Rights said.")
IDLIB = "An air strike killed 5 fighters near the town of Maarat al-Numan in Idlib on Tuesday, a monitor said."
HOMS = "Police detained 30 people in Homs on Wednesday, a police spokesman said."



def incoming(rid: str, text: str, published: date, title: str) -> Incoming:
    return Incoming(Report(id=rid, text=text, published=published, url=f"https://example.org/{rid}",
                           title=title, outlet="Demo Wire"), "api", rid)


@pytest.fixture
def store(db_url: str, extractor: Extractor) -> Iterator[Store]:
    s = Store.open(db_url)
    Ingestor(s, extractor).ingest([
        incoming("aleppo", ALEPPO, date(2025, 5, 6), "Shelling in Aleppo"),
        incoming("idlib", IDLIB, date(2025, 5, 8), "Strike near Maarat al-Numan"),
        incoming("homs", HOMS, date(2025, 5, 9), "Arrests in Homs"),
    ])
    run_reconcile(s)
    yield s
    s.close()


def rows(fmt: str, store: Store, f: IncidentFilter = NO_FILTER) -> tuple[int, list[dict[str, str]], str]:
    out = io.StringIO()
    n = export(store, fmt, out, f)
    text = out.getvalue()
    return n, list(csv.DictReader(io.StringIO(text))), text


def by_id(items: list[dict[str, Any]], key: str, value: str) -> dict[str, Any]:
    [found] = [x for x in items if x[key] == value]
    return found


def aleppo_id(store: Store) -> str:
    [inc] = [i for i in query_incidents(store) if i["admin1"] == ["Aleppo"]]
    return str(inc["id"])


def test_acled_header_and_row_match_the_report(store: Store) -> None:
    n, got, text = rows("acled", store)
    assert text.splitlines()[0] == ",".join(ACLED_COLUMNS)
    assert ACLED_COLUMNS == (
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
        "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
        "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp")
    assert n == len(got) == 2                       # the detention is not a fatal incident
    row = by_id(got, "event_id_cnty", aleppo_id(store))
    assert row["event_date"] == "2025-05-05"        # "on Monday" in a report of Tuesday 6 May
    assert (row["year"], row["time_precision"]) == ("2025", "1")
    assert (row["iso"], row["country"], row["admin1"], row["location"]) == ("760", "Syria", "Aleppo", "Aleppo")
    assert row["geo_precision"] == "3"              # only the province is named
    assert abs(float(row["latitude"]) - 36.4) < 0.5 and abs(float(row["longitude"]) - 37.3) < 0.5
    assert row["fatalities"] == "14"
    assert row["source"] == "Syrian Observatory for Human Rights; Demo Wire"
    assert row["notes"].startswith("best 14 killed civilians per Syrian Observatory for Human Rights")
    assert "history: 2025-05-06 Syrian Observatory for Human Rights 14" in row["notes"]
    assert row["timestamp"].isdigit()
    for blank in ("disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
                  "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "region", "admin2", "admin3",
                  "source_scale", "tags"):
        assert row[blank] == "", blank


def test_ucdp_header_and_row_match_the_report(store: Store) -> None:
    n, got, text = rows("ucdp", store)
    assert text.splitlines()[0] == ",".join(UCDP_COLUMNS)
    assert UCDP_COLUMNS == (
        "id", "relid", "year", "active_year", "type_of_violence", "conflict_name", "dyad_name", "side_a",
        "side_b", "source_article", "source_office", "source_date", "source_headline", "source_original",
        "where_prec", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "country", "country_id",
        "region", "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
        "deaths_civilians", "deaths_unknown", "best", "high", "low")
    assert n == len(got) == 2
    row = by_id(got, "id", aleppo_id(store))
    assert (row["date_start"], row["date_end"], row["date_prec"], row["year"]) == ("2025-05-05", "2025-05-05", "1", "2025")
    assert (row["adm_1"], row["where_coordinates"], row["where_prec"], row["country"]) == ("Aleppo", "Aleppo", "4", "Syria")
    assert (row["low"], row["best"], row["high"]) == ("14", "14", "14")
    assert (row["deaths_civilians"], row["deaths_a"], row["deaths_b"], row["deaths_unknown"]) == ("14", "0", "0", "0")
    assert row["source_article"] == "https://example.org/aleppo"
    assert (row["source_office"], row["source_date"], row["source_headline"]) == ("Demo Wire", "2025-05-06", "Shelling in Aleppo")
    assert row["source_original"] == "Syrian Observatory for Human Rights"
    for blank in ("relid", "active_year", "type_of_violence", "conflict_name", "dyad_name", "side_a", "side_b",
                  "adm_2", "country_id", "region", "event_clarity"):
        assert row[blank] == "", blank
    idlib = next(r for r in got if r["adm_1"] == "Idlib")
    assert idlib["where_prec"] == "1" and idlib["where_coordinates"] == "Maarat al-Numan"
    assert (idlib["deaths_unknown"], idlib["deaths_civilians"], idlib["best"]) == ("5", "0", "5")  # "fighters": side not said


def test_geojson_is_one_feature_per_incident(store: Store) -> None:
    out = io.StringIO()
    n = export(store, "geojson", out)
    doc = json.loads(out.getvalue())
    incidents = list(query_incidents(store))
    assert doc["type"] == "FeatureCollection" and n == len(doc["features"]) == len(incidents) == 3
    feat = by_id(doc["features"], "id", aleppo_id(store))
    assert feat["geometry"]["type"] == "Point"
    lon, lat = feat["geometry"]["coordinates"]
    assert abs(lat - 36.4) < 0.5 and abs(lon - 37.3) < 0.5
    assert "history" not in feat["properties"] and feat["properties"]["best"] == 14
    empty = io.StringIO()
    assert export(store, "geojson", empty, IncidentFilter(country="IQ")) == 0
    assert json.loads(empty.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_csv_and_jsonl_carry_every_incident(store: Store) -> None:
    n, got, text = rows("csv", store)
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS) and n == len(got) == 3
    assert {r["outcome"] for r in got} == {"killed", "detained"}
    out = io.StringIO()
    assert export(store, "jsonl", out, IncidentFilter(country="sy", outcome="killed")) == 2
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [x["id"] for x in lines] == [x["id"] for x in query_incidents(store, outcome="killed")]
    assert all("history" in x for x in lines)


def test_filters_and_unknown_format(store: Store) -> None:
    assert rows("acled", store, IncidentFilter(outcome="detained"))[0] == 0   # not fatal: not an ACLED row
    assert rows("ucdp", store, IncidentFilter(since=date(2025, 5, 6)))[0] == 1
    assert rows("csv", store, IncidentFilter(until=date(2025, 5, 5)))[0] == 1
    with pytest.raises(InputError) as e:
        export(store, "shapefile", io.StringIO())
    assert e.value.source == "--format" and "acled" in str(e.value)


def test_export_streams_with_one_query_per_stream(store: Store) -> None:
    """Exports read each stream with one query through a streaming cursor (server-side on PostgreSQL),
    merged by sort key: no per-batch look-ups, and the same rows whatever the batch size."""
    expected = [i["id"] for i in query_incidents(store)]
    statements: list[tuple[str, Any]] = []

    def spy(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "FROM incidents" in statement:
            statements.append((statement, cursor))

    whole = {fmt: rows(fmt, store)[2] for fmt in ("ucdp", "acled", "geojson", "csv", "jsonl")}
    sa.event.listen(store.engine, "before_cursor_execute", spy)
    try:
        got = [i["id"] for i in iter_incidents(store, batch=1)]
        assert got == expected
        assert len(statements) == 1
        statements.clear()
        out = io.StringIO()
        assert export(store, "ucdp", out, batch=1) == 2
        assert out.getvalue() == whole["ucdp"]
        assert len(statements) == 2         # incidents; their claims with reports and places
        if store.engine.dialect.name == "postgresql":
            assert all(getattr(c, "name", None) for _, c in statements), "not server-side cursors"
        for fmt in ("acled", "geojson", "csv", "jsonl"):
            out = io.StringIO()
            export(store, fmt, out, batch=1)
            assert out.getvalue() == whole[fmt], fmt
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", spy)


def test_jsonl_export_is_the_incidents_json(store: Store) -> None:
    lines = rows("jsonl", store)[2].splitlines()
    assert [json.loads(x) for x in lines] == list(query_incidents(store))


def test_codebook_scales() -> None:
    day = {"start": "2025-05-05", "end": "2025-05-05", "flags": []}
    assert (acled_time_precision(day), ucdp_date_prec(day)) == (1, 1)
    guessed = {**day, "flags": ["dated by publication only"]}
    assert (acled_time_precision(guessed), ucdp_date_prec(guessed)) == (2, 2)
    for end, acled, ucdp in (("2025-05-08", 2, 2), ("2025-05-11", 2, 3), ("2025-05-25", 3, 4), ("2025-07-01", 3, 5)):
        span = {"start": "2025-05-05", "end": end, "flags": []}
        assert (acled_time_precision(span), ucdp_date_prec(span)) == (acled, ucdp), end
    assert acled_time_precision({"start": None, "end": None}) is None

    def place(precision: str, lat: float | None = 1.0) -> PlaceInfo:
        return PlaceInfo("X", None, "SY", lat, 1.0 if lat is not None else None, precision)

    assert [acled_geo_precision(place(p)) for p in ("point", "admin2", "admin1", "region", "country")] == [
        1, 2, 3, None, None]
    assert [ucdp_where_prec(place(p)) for p in ("point", "admin2", "admin1", "region", "country")] == [1, 3, 4, 5, 6]
    assert acled_geo_precision(place("point", None)) is None and ucdp_where_prec(None) is None


def test_casualties_and_country_wide_incidents(db_url: str, extractor: Extractor) -> None:
    s = Store.open(db_url)
    try:
        Ingestor(s, extractor).ingest([
            incoming("bomb", "A car bomb killed or wounded 25 people in Homs on Wednesday, state media said.",
                     date(2025, 5, 9), "Car bomb in Homs"),
            incoming("army", "Clashes in Syria killed 7 soldiers on Wednesday, the army said.",
                     date(2025, 5, 9), "Soldiers killed"),
        ])
        run_reconcile(s)
        _, acled, _ = rows("acled", s)
        _, ucdp, _ = rows("ucdp", s)
        bomb = next(r for r in acled if r["location"] == "Homs")
        assert bomb["fatalities"] == "" and "25 killed and injured (not split)" in bomb["notes"]
        army = next(r for r in acled if r["location"] == "Syria")
        assert (army["fatalities"], army["geo_precision"], army["latitude"]) == ("7", "", "")
        bomb_u = next(r for r in ucdp if r["where_coordinates"] == "Homs")
        assert (bomb_u["best"], bomb_u["low"], bomb_u["high"], bomb_u["deaths_unknown"]) == ("", "", "25", "")
        army_u = next(r for r in ucdp if r["where_coordinates"] == "Syria")
        assert (army_u["where_prec"], army_u["deaths_a"], army_u["deaths_unknown"], army_u["best"]) == ("6", "7", "0", "7")
    finally:
        s.close()


def test_spreadsheet_formulas_from_reports_are_defused() -> None:
    from vigil.exports import _safe

    assert _safe(["=HYPERLINK(\"x\")", "-3", "+cmd", "@SUM(A1)", "Demo Wire", ""]) == [
        "'=HYPERLINK(\"x\")", "-3", "'+cmd", "'@SUM(A1)", "Demo Wire", ""]


def test_extra_incident_conditions_filter_every_format_alike(store: Store) -> None:
    """Conditions passed in ``where`` (the dashboard's source and text search, as subqueries on
    incidents) select the same incidents in the formats that join claims, reports and places."""
    from vigil.web.data import incident_filter

    f = IncidentFilter(where=tuple(incident_filter(store, source="observatory")))
    wanted = {json.loads(x)["id"] for x in _text("jsonl", store, f).splitlines()}
    assert wanted and len(wanted) < len(list(query_incidents(store)))
    geo = json.loads(_text("geojson", store, f))
    assert {ft["id"] for ft in geo["features"]} == wanted
    assert all(ft["geometry"] is not None for ft in geo["features"])     # places were merged in
    assert {r["id"] for r in rows("ucdp", store, f)[1]} <= wanted


def _text(fmt: str, store: Store, f: IncidentFilter) -> str:
    out = io.StringIO()
    export(store, fmt, out, f)
    return out.getvalue()
