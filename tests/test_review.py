"""Analyst review: the queue, accept/correct/reject, merge/split, the audit log, corrections surviving
re-extraction, incremental reconcile equal to a full one, and ``vigil review`` (invented reports)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from vigil import review
from vigil.errors import InputError
from vigil.extract.pipeline import Extractor
from vigil.incidents import get_incident, query_incidents, run_reconcile
from vigil.ingest import Incoming, Ingestor, reextract
from vigil.models import Report
from vigil.store import Store, claim_reviews, claims, reports

# (id, text, published, outlet); every text is invented
AIRSTRIKE = ("An air strike killed 45 civilians in the city of Aleppo on Friday, the Syrian Observatory for "
             "Human Rights said.")
STATE_MEDIA = "Syrian state media said 20 people were killed in an air strike on Aleppo on Friday."
SHELLING = ("Shelling killed 120 people in the town of Maarat al-Numan in Idlib on Monday, the health ministry "
            "said.")
DOZENS = "Dozens of people were killed in clashes in Syria, residents said."
GUNMEN = "Gunmen killed 8 villagers in Kaduna state on Tuesday, a local official said."
REPORTS = [
    ("r1", AIRSTRIKE, date(2025, 3, 9), "Daily Lantern"),
    ("r2", STATE_MEDIA, date(2025, 3, 9), "Harbor Post"),
    ("r3", SHELLING, date(2025, 3, 4), "Evening Courier"),
    ("r4", DOZENS, date(2025, 4, 20), "Valley Times"),
    ("r5", GUNMEN, date(2025, 3, 5), "Demo Wire"),
]


@pytest.fixture
def store(db_url: str, extractor: Extractor) -> Iterator[Store]:
    s = Store.open(db_url)
    Ingestor(s, extractor).ingest([Incoming(Report(id=i, text=t, published=p, outlet=o), "api", i)
                                   for i, t, p, o in REPORTS])
    run_reconcile(s)
    yield s
    s.close()


def cid(store: Store, report: str, outcome: str = "killed") -> int:
    """The id of a report's claim (by the report's external id)."""
    with store.engine.connect() as conn:
        found = conn.execute(sa.select(claims.c.id).join(reports, reports.c.id == claims.c.report_id)
                             .where(reports.c.external_id == report, claims.c.outcome == outcome)).scalars().all()
    assert len(found) == 1, found
    return int(found[0])


def holding(store: Store, claim_id: int) -> dict[str, Any]:
    [inc] = [i for i in query_incidents(store) if claim_id in i["claims"]]
    return inc


def snapshot(store: Store) -> list[tuple[Any, ...]]:
    return sorted((i["id"], i["kind"], i["parent"], tuple(i["claims"]), i["low"], i["best"], i["high"], i["status"],
                   i["country"], tuple(i["sources"])) for i in query_incidents(store))


def row(store: Store, claim_id: int) -> Any:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(claims).where(claims.c.id == claim_id)).first()


# --- the queue ------------------------------------------------------------------------------------------

def test_queue_order_reasons_and_impact(store: Store) -> None:
    shelling, dozens, air, media = cid(store, "r3"), cid(store, "r4"), cid(store, "r1"), cid(store, "r2")
    q = review.review_queue(store)
    assert [(x.kind, x.target) for x in q] == [("incident", f"I{shelling}"), ("claim", str(dozens)),
                                               ("incident", f"I{air}")]
    single, vague, contested = q
    assert single.reasons == ["single source for 120 killed"] and single.impact == 120
    assert single.claim_ids == [shelling] and single.report_id is None and single.incident_id == f"I{shelling}"
    assert vague.reasons == ["vague amount", "place not resolved", "no date"]
    assert vague.impact == 99 and vague.report_id is not None and vague.incident_id == f"I{dozens}"
    assert vague.summary == "killed Dozens people — residents — Syria, no date"
    assert contested.reasons == ["conflicting figures 20-45"] and contested.impact == 25
    assert contested.claim_ids == [air, media]
    assert "killed 45 civilians" in contested.summary and "Aleppo, 2025-03-07" in contested.summary
    assert review.queue_size(store) == 3
    # the small single-source incident (8 killed, resolved, sourced, dated) is not queued
    assert all(str(cid(store, "r5")) != x.target and f"I{cid(store, 'r5')}" != x.target for x in q)
    # pages
    assert [x.target for x in review.review_queue(store, limit=2, offset=1)] == [str(dozens), f"I{air}"]
    assert review.review_queue(store, limit=0) == []


def test_reviewed_items_leave_the_queue(store: Store) -> None:
    air = cid(store, "r1")
    review.accept(store, "ana", incident_id=f"I{air}", reason="checked both")
    review.accept(store, "ana", claim_ids=[cid(store, "r4")])
    assert [x.target for x in review.review_queue(store)] == [f"I{cid(store, 'r3')}"]
    assert review.queue_size(store) == 1
    assert {row(store, c).review for c in (air, cid(store, "r2"), cid(store, "r4"))} == {"accepted"}


# --- correct, reject ---------------------------------------------------------------------------------------

def test_correct_value_moves_the_incident_best(store: Store) -> None:
    shelling = cid(store, "r3")
    assert holding(store, shelling)["best"] == 120
    out = review.correct(store, "ana", shelling, {"value": "150"}, reason="typo in the wire copy")
    assert out == [f"I{shelling}"]
    inc = get_incident(store, f"I{shelling}")
    assert (inc["low"], inc["best"], inc["high"]) == (150, 150, 150)
    r = row(store, shelling)
    assert (r.value, r.low, r.high, r.qualifier, r.review) == (150, 150, 150, "exact", "corrected")
    # a second correction updates the stored patch, keeping the first
    review.correct(store, "ben", shelling, {"victims": "civilians", "source": "Idlib Health Directorate",
                                            "source_kind": "medical"})
    with store.engine.connect() as conn:
        rv = conn.execute(sa.select(claim_reviews)).one()
    patch = json.loads(rv.patch)
    assert patch["value"] == 150 and patch["victims"] == "civilians" and patch["source"] == "Idlib Health Directorate"
    assert (rv.status, rv.updated_by) == ("corrected", "ben")
    inc = get_incident(store, f"I{shelling}")
    assert inc["victims"] == "civilians" and inc["sources"] == ["Idlib Health Directorate"]
    # accepting afterwards keeps the correction
    review.accept(store, "ana", claim_ids=[shelling])
    r = row(store, shelling)
    assert (r.review, r.value, r.source_name, r.source_kind) == ("accepted", 150, "Idlib Health Directorate", "medical")


def test_correct_conflict_away_and_places_and_dates(store: Store) -> None:
    air, media = cid(store, "r1"), cid(store, "r2")
    review.correct(store, "ana", media, {"value": 44})
    inc = holding(store, air)
    assert inc["status"] == "corroborated" and inc["claims"] == [air, media]
    # moving a claim to another province and day takes it out of the incident
    review.correct(store, "ana", media, {"places": "Homs", "time_start": "2025-03-01", "time_end": "2025-03-01"})
    assert holding(store, air)["claims"] == [air]
    moved = holding(store, media)
    assert moved["admin1"] == ["Homs"] and moved["start"] == "2025-03-01"
    # another country: the claim changes block; the old block is recomputed too
    review.correct(store, "ana", media, {"places": ["Kabul"]})
    assert holding(store, media)["country"] == "AF"
    before = snapshot(store)
    run_reconcile(store)
    assert snapshot(store) == before


def test_value_and_qualifier_stay_consistent(store: Store) -> None:
    shelling = cid(store, "r3")
    review.correct(store, "ana", shelling, {"qualifier": "at least", "value": "130"})
    r = row(store, shelling)
    assert (r.value, r.low, r.high, r.qualifier) == (130, 130, None, "at_least")
    review.correct(store, "ana", shelling, {"qualifier": "vague", "value": "", "low": "100", "high": "200"})
    r = row(store, shelling)
    assert (r.value, r.low, r.high, r.qualifier) == (None, 100, 200, "vague")
    assert holding(store, shelling)["best"] is None


def test_reject_drops_the_claim(store: Store) -> None:
    air, media = cid(store, "r1"), cid(store, "r2")
    out = review.reject(store, "ana", media, reason="state media figure repeats an old toll")
    assert out == [f"I{air}"]
    inc = get_incident(store, f"I{air}")
    assert inc["claims"] == [air] and inc["status"] == "single-source" and inc["low"] == 45
    assert all(media not in i["claims"] for i in query_incidents(store))
    run_reconcile(store)
    assert all(media not in i["claims"] for i in query_incidents(store))
    # accepting it again brings it back
    review.accept(store, "ana", claim_ids=[media])
    assert holding(store, media)["claims"] == [air, media]


def test_part_of_correction(store: Store, extractor: Extractor) -> None:
    text = ("A car bomb killed 12 people in Kabul on Sunday, police said. Among the dead were 5 children, "
            "police said.")
    Ingestor(store, extractor).ingest([Incoming(Report(id="k1", text=text, published=date(2025, 3, 10),
                                                       outlet="Kabul Desk"), "api", "k1")])
    run_reconcile(store)
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(claims.c.id, claims.c.claim_key, claims.c.value, claims.c.part_of)
                            .join(reports, reports.c.id == claims.c.report_id)
                            .where(reports.c.external_id == "k1").order_by(claims.c.id)).all()
    total = next(r for r in rows if r.value == 12)
    kids = [r for r in rows if r.value == 5]
    assert kids
    kid = kids[0]
    review.correct(store, "ana", kid.id, {"outcome": "killed", "part_of": ""})
    assert row(store, kid.id).part_of is None
    # unlinked, the smaller figure for the same town is still the same harm (a detail, not new deaths)
    assert holding(store, kid.id)["claims"] == [total.id, kid.id] and holding(store, kid.id)["best"] == 12
    review.correct(store, "ana", kid.id, {"part_of": total.claim_key})
    inc = holding(store, total.id)
    assert inc["claims"] == [total.id, kid.id] and inc["best"] == 12     # a part never adds to its total
    with pytest.raises(InputError, match="no claim 'c99'"):
        review.correct(store, "ana", kid.id, {"part_of": "c99"})


# --- re-extraction ------------------------------------------------------------------------------------------

def test_correction_survives_reextract(store: Store, extractor: Extractor) -> None:
    shelling, air, media, dozens = cid(store, "r3"), cid(store, "r1"), cid(store, "r2"), cid(store, "r4")
    review.correct(store, "ana", shelling, {"value": 150, "places": "Homs"}, reason="checked")
    review.reject(store, "ana", media)
    review.merge(store, "ana", [f"I{air}", f"I{dozens}"])
    # a new extractor version: every report is outdated and re-extracted
    with store.engine.begin() as conn:
        conn.execute(reports.update().values(extractor_version="0.0-old"))
    n, _ = reextract(store, extractor)
    assert n == len(REPORTS)
    new_shelling, new_media = cid(store, "r3"), cid(store, "r2")
    assert new_shelling != shelling                      # new rows, the verdicts re-attached by fingerprint
    r = row(store, new_shelling)
    assert (r.value, r.low, r.high, r.review) == (150, 150, 150, "corrected")
    assert row(store, new_media).review == "rejected"
    run_reconcile(store)
    inc = holding(store, new_shelling)
    assert inc["best"] == 150 and inc["admin1"] == ["Homs"]
    assert all(new_media not in i["claims"] for i in query_incidents(store))
    merged = holding(store, cid(store, "r1"))
    assert merged["claims"] == [cid(store, "r1"), cid(store, "r4")]
    # and again with --all (same version)
    reextract(store, extractor, everything=True)
    assert row(store, cid(store, "r3")).value == 150
    # the audit log follows the claim across re-extraction (report and fingerprint)
    assert [e.action for e in review.audit(store, claim_ids=[cid(store, "r3")])] == ["correct"]


# --- merge and split -------------------------------------------------------------------------------------

def test_merge_two_incidents(store: Store) -> None:
    air, dozens, media = cid(store, "r1"), cid(store, "r4"), cid(store, "r2")
    out = review.merge(store, "ana", [f"I{air}", f"I{dozens}"], reason="same strike, reported late")
    assert out == [f"I{air}"]
    inc = get_incident(store, f"I{air}")
    assert inc["claims"] == [air, media, dozens] and inc["kind"] == "incident"
    assert (inc["low"], inc["best"], inc["high"]) == (20, 45, 99)
    with pytest.raises(InputError):
        get_incident(store, f"I{dozens}")
    keys = {row(store, c).group_key for c in (air, media, dozens)}
    assert len(keys) == 1 and None not in keys
    assert {row(store, c).review for c in (air, media, dozens)} == {None}   # a merge is no verdict
    run_reconcile(store)
    assert get_incident(store, f"I{air}")["claims"] == [air, media, dozens]
    # merging across countries is allowed; across outcomes it is not
    kaduna = cid(store, "r5")
    assert review.merge(store, "ana", [f"I{air}", f"I{kaduna}"]) == [f"I{air}"]


def test_split_an_incident(store: Store) -> None:
    air, media, dozens = cid(store, "r1"), cid(store, "r2"), cid(store, "r4")
    out = review.split(store, "ana", f"I{air}", [media], reason="different strike")
    assert out == [f"I{air}", f"I{media}"]
    assert get_incident(store, f"I{air}")["claims"] == [air]
    assert get_incident(store, f"I{media}")["claims"] == [media]
    run_reconcile(store)
    assert get_incident(store, f"I{media}")["claims"] == [media]
    # split a forced group: the rest keep their group
    review.merge(store, "ana", [f"I{air}", f"I{media}", f"I{dozens}"])
    key = row(store, air).group_key
    review.split(store, "ana", f"I{air}", [dozens])
    assert row(store, air).group_key == row(store, media).group_key == key
    assert row(store, dozens).group_key not in (None, key)
    assert get_incident(store, f"I{air}")["claims"] == [air, media]
    assert get_incident(store, f"I{dozens}")["claims"] == [dozens]


def test_incremental_equals_full(store: Store, extractor: Extractor) -> None:
    air, media, dozens, shelling, kaduna = (cid(store, r) for r in ("r1", "r2", "r4", "r3", "r5"))
    review.correct(store, "ana", shelling, {"value": 90, "time_start": "2025-03-07", "time_end": "2025-03-07",
                                            "places": "Aleppo"})
    review.merge(store, "ana", [f"I{air}", f"I{dozens}"])
    review.split(store, "ana", f"I{air}", [media])
    review.correct(store, "ana", media, {"places": "Kaduna", "victims": "civilians"})
    review.reject(store, "ana", kaduna)
    review.correct(store, "ana", dozens, {"outcome": "injured"})
    Ingestor(store, extractor).ingest([Incoming(Report(
        id="late", text="Rescuers said 47 civilians were killed in the Aleppo air strike on Friday, the Syrian "
                        "Observatory for Human Rights said.", published=date(2025, 3, 10), outlet="Late Post"),
        "api", "late")])
    run_reconcile(store, [store.get_report("late").id])
    incremental = snapshot(store)
    run_reconcile(store)
    assert snapshot(store) == incremental
    ids = [c for i in query_incidents(store) for c in i["claims"]]
    assert len(ids) == len(set(ids))       # every claim in one incident only


def test_incremental_equals_full_for_a_group_across_countries(store: Store) -> None:
    air, media, kaduna, shelling = cid(store, "r1"), cid(store, "r2"), cid(store, "r5"), cid(store, "r3")
    [merged] = review.merge(store, "ana", [f"I{air}", f"I{kaduna}"])
    assert get_incident(store, merged)["claims"] == [air, media, kaduna]
    review.correct(store, "ana", kaduna, {"value": 9})          # touches only the Nigerian block directly
    review.correct(store, "ana", media, {"places": "Idlib", "time_start": "2025-03-03",
                                         "time_end": "2025-03-03"})
    review.split(store, "ana", merged, [kaduna])
    review.merge(store, "ana", [holding(store, kaduna)["id"], holding(store, shelling)["id"]])
    review.correct(store, "ana", shelling, {"value": 100})
    incremental = snapshot(store)
    run_reconcile(store)
    assert snapshot(store) == incremental
    assert holding(store, kaduna)["claims"] == [shelling, kaduna]


# --- audit ---------------------------------------------------------------------------------------------------

def test_audit_rows(store: Store) -> None:
    shelling, air, dozens = cid(store, "r3"), cid(store, "r1"), cid(store, "r4")
    review.correct(store, "ana", shelling, {"value": "150"}, reason="typo")
    review.merge(store, "ben", [f"I{air}", f"I{dozens}"], reason="")
    log = review.audit(store)
    assert [e.action for e in log] == ["merge", "merge", "correct"]          # newest first
    c = log[-1]
    assert (c.user, c.reason, c.target, c.incident_id) == ("ana", "typo", f"claim {shelling}", f"I{shelling}")
    assert c.before == {"value": 120, "low": 120, "high": 120, "review": None, "incident_id": f"I{shelling}"}
    assert c.after == {"value": 150, "low": 150, "high": 150, "review": "corrected", "incident_id": f"I{shelling}"}
    assert c.report_id is not None and c.fingerprint and c.at.tzinfo is not None
    m = log[0]
    assert m.user == "ben" and m.reason == "" and m.incident_id == f"I{air}"
    assert m.before is not None and m.after is not None and m.after["claims"] == [air, cid(store, "r2"), dozens]
    assert {e.target for e in log[:2]} == {f"incident I{air}", f"incident I{dozens}"}
    assert [e.action for e in review.audit(store, incident_id=f"I{air}")] == ["merge", "merge"]
    assert [e.action for e in review.audit(store, claim_ids=[shelling])] == ["correct"]
    assert review.audit(store, limit=1)[0].id == m.id
    json.dumps([e.to_dict() for e in log])


# --- bad input --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("call", "message"), [
    (lambda s, c: review.correct(s, "ana", 999_999, {"value": 1}), "no such claim"),
    (lambda s, c: review.correct(s, "ana", c, {"colour": "red"}), "unknown field 'colour'"),
    (lambda s, c: review.correct(s, "ana", c, {}), "nothing to correct"),
    (lambda s, c: review.correct(s, "ana", c, {"value": "many"}), "not a whole number"),
    (lambda s, c: review.correct(s, "ana", c, {"value": -3}), "negative"),
    (lambda s, c: review.correct(s, "ana", c, {"qualifier": "lots"}), "not one of"),
    (lambda s, c: review.correct(s, "ana", c, {"outcome": "harmed"}), "not one of"),
    (lambda s, c: review.correct(s, "ana", c, {"victims": "aliens"}), "not one of"),
    (lambda s, c: review.correct(s, "ana", c, {"source_kind": "oracle"}), "not one of"),
    (lambda s, c: review.correct(s, "ana", c, {"places": "Aleppo, Zzyzxville"}), "'Zzyzxville'"),
    (lambda s, c: review.correct(s, "ana", c, {"time_start": "last week"}), "not a date"),
    (lambda s, c: review.correct(s, "ana", c, {"time_start": "2025-03-09", "time_end": "2025-03-01"}), "after"),
    (lambda s, c: review.correct(s, "ana", c, {"low": 200, "high": 100, "qualifier": "vague", "value": ""}),
     "above high"),
    (lambda s, c: review.correct(s, "ana", c, {"value": ""}), "needs a value"),
    (lambda s, c: review.correct(s, "ana", c, {"value": 120}), "nothing would change"),
    (lambda s, c: review.correct(s, "ana", c, {"part_of": "c1"}), "part of itself"),
    (lambda s, c: review.correct(s, "", c, {"value": 1}), "empty user"),
    (lambda s, c: review.reject(s, "ana", 999_999), "no such claim"),
    (lambda s, c: review.accept(s, "ana"), "name the claims"),
    (lambda s, c: review.accept(s, "ana", incident_id="I999999"), "no such incident"),
    (lambda s, c: review.merge(s, "ana", [f"I{c}"]), "at least two"),
    (lambda s, c: review.merge(s, "ana", [f"I{c}", f"I{c}"]), "at least two"),
    (lambda s, c: review.merge(s, "ana", [f"I{c}", "I999999"]), "no such incident"),
    (lambda s, c: review.split(s, "ana", f"I{c}", []), "choose the claims"),
    (lambda s, c: review.split(s, "ana", f"I{c}", [c]), "every claim"),
    (lambda s, c: review.split(s, "ana", f"I{c}", [999_999]), "not in incident"),
])
def test_bad_input(store: Store, call: Any, message: str) -> None:
    shelling = cid(store, "r3")
    before = snapshot(store)
    with pytest.raises(InputError, match=message):
        call(store, shelling)
    assert snapshot(store) == before and review.audit(store) == []


def test_merge_of_different_outcomes_is_refused(store: Store, extractor: Extractor) -> None:
    Ingestor(store, extractor).ingest([Incoming(Report(
        id="w", text="Shelling wounded 14 people in the town of Maarat al-Numan on Monday, medics said.",
        published=date(2025, 3, 4), outlet="Demo"), "api", "w")])
    run_reconcile(store)
    hurt = cid(store, "w", "injured")
    with pytest.raises(InputError, match="different outcomes"):
        review.merge(store, "ana", [f"I{cid(store, 'r3')}", holding(store, hurt)["id"]])


def test_reject_twice_is_refused(store: Store) -> None:
    media = cid(store, "r2")
    review.reject(store, "ana", media)
    with pytest.raises(InputError, match="already rejected"):
        review.reject(store, "ana", media)


# --- the terminal -------------------------------------------------------------------------------------------

def _run(db_url: str, *args: str, stdin: str = "") -> Any:
    from vigil import cli_review
    from vigil.cli import app

    assert cli_review
    return CliRunner().invoke(app, ["review", *args, "--db", db_url], input=stdin)


def test_cli_review_corrects_accepts_and_logs(store: Store, db_url: str) -> None:
    shelling, dozens, air = cid(store, "r3"), cid(store, "r4"), cid(store, "r1")
    # item 1 (I<shelling>): correct its only claim; item 2 (claim dozens): a bad command, then accept;
    # item 3 (I<air>): skip; then the input ends
    stdin = "c\nvalue=150 victims=civilians\nchecked the ministry's statement\nz\na\ns\n"
    res = _run(db_url, "--user", "ana", stdin=stdin)
    assert res.exit_code == 0, res.output
    assert "single source for 120 killed" in res.output and "Shelling killed 120 people" in res.output
    assert f"I{shelling} best 120" in res.output and f"→ I{shelling} best 150" in res.output
    assert "unknown command" in res.output and "Traceback" not in res.output
    assert "2 change(s) by ana" in res.output
    r = row(store, shelling)
    assert (r.value, r.victims_category, r.review) == (150, "civilians", "corrected")
    assert row(store, dozens).review == "accepted" and row(store, air).review is None
    [e1, e0] = review.audit(store)
    assert (e0.action, e0.user, e0.reason) == ("correct", "ana", "checked the ministry's statement")
    assert (e1.action, e1.target) == ("accept", f"claim {dozens}")
    res = _run(db_url, "log", "--incident", f"I{shelling}")
    assert res.exit_code == 0 and "correct" in res.output and "ana" in res.output
    res = _run(db_url, "--list")
    assert res.exit_code == 0 and f"incident I{air}" in res.output and "conflicting" in res.output


def test_cli_review_bad_input_keeps_going(store: Store, db_url: str) -> None:
    shelling = cid(store, "r3")
    stdin = "c\ncolour=red\n\nc\nvalue=lots\n\nc\nvalue\nq\n"
    res = _run(db_url, "--user", "ana", stdin=stdin)
    assert res.exit_code == 0, res.output
    assert "unknown field 'colour'" in res.output and "not a whole number" in res.output
    assert "is not field=value" in res.output and "Traceback" not in res.output
    assert row(store, shelling).review is None and review.audit(store) == []
    # the merge command, with the queue's third item
    air, dozens = cid(store, "r1"), cid(store, "r4")
    res = _run(db_url, "--user", "ana", stdin=f"s\ns\nm\nI{dozens}\nsame strike\n")
    assert res.exit_code == 0, res.output
    assert holding(store, dozens)["id"] == f"I{air}"


def test_cli_review_splits_an_incident(store: Store, db_url: str) -> None:
    air, dozens = cid(store, "r1"), cid(store, "r4")
    review.merge(store, "ana", [holding(store, air)["id"], holding(store, dozens)["id"]], reason="same strike")
    merged = holding(store, air)["id"]
    assert holding(store, dozens)["id"] == merged
    items = review.review_queue(store)
    k = next(n for n, it in enumerate(items) if it.incident_id == merged)
    stdin = "s\n" * k + f"x\n{dozens}\nnot the same strike after all\nq\n"
    res = _run(db_url, "--user", "ana", stdin=stdin)
    assert res.exit_code == 0, res.output
    assert holding(store, dozens)["id"] != holding(store, air)["id"]
    assert review.audit(store)[0].action == "split" and "Traceback" not in res.output


def test_a_figure_vigil_worked_out_is_queued(store: Store) -> None:
    gunmen = cid(store, "r5")
    assert not any(it.target == str(gunmen) for it in review.review_queue(store, limit=100))
    with store.engine.begin() as conn:
        conn.execute(claims.update().where(claims.c.id == gunmen).values(derived=True))
    [item] = [it for it in review.review_queue(store, limit=100) if it.target == str(gunmen)]
    assert item.reasons == ["figure worked out by Vigil, not stated"] and item.impact == 8
    review.accept(store, "ana", claim_ids=[gunmen], reason="the parts add up")
    assert not any(it.target == str(gunmen) for it in review.review_queue(store, limit=100))


def test_a_rejection_is_audited_under_the_incident_it_changed(store: Store) -> None:
    air, dozens = cid(store, "r1"), cid(store, "r4")
    review.merge(store, "ana", [holding(store, air)["id"], holding(store, dozens)["id"]], reason="same strike")
    first = min(air, dozens)
    [now] = review.reject(store, "ana", first, reason="a rumour")
    assert now != f"I{first}"                       # the incident took the id of its remaining claim
    assert "reject" in [e.action for e in review.audit(store, incident_id=now, claim_ids=holding(
        store, max(air, dozens))["claims"])]
