"""Reconcile on story clusters shaped like real coverage: rising tolls, contested figures, wide running
totals, nearby separate attacks, wire reprints, places that are not the place of harm.

Every record is invented: the countries "XA"/"XB", provinces, towns, outlets and sources do not exist.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from vigil.models import Claim, Count, Evidence, Place, Source, TimeSpan, Victims
from vigil.reconcile import ClaimRecord, Incident, reconcile
from vigil.reconcile_rules import harm_country, wire_of

D = date(2025, 4, 1)
TOWN = ("Ostrava Nova", 10.0, 20.0)     # invented town in province "Lakeshire"
OTHER = ("Vell", 10.3, 20.2)            # another town of Lakeshire, ~40 km away


def day(n: int) -> date:
    return D + timedelta(days=n - 1)


def claim(cid: int, report: int, published: date, value: int | None, *, qualifier: Any = "exact",
          source: str | None = None, kind: Any = None, town: tuple[str, float, float] | None = TOWN,
          admin1: str | None = "Lakeshire", extra: list[Place] | None = None, start: date | None = None,
          end: date | None = None, cat: Any = "people", outlet: str = "Daily Lantern",
          low: int | None = None, high: int | None = None, at: int = 0, parent: int | None = None,
          verification: Any = "unknown", text: str | None = None) -> ClaimRecord:
    if qualifier in ("exact", "approximately"):
        low = high = value
    elif qualifier == "at_least":
        low, high = value, None
    elif qualifier == "more_than":
        low, high = (value or 0) + 1, None
    places = list(extra or [])
    if town is not None:
        places.append(Place(town[0], "XA", admin1, town[1], town[2], "point"))
    elif admin1 is not None:
        places.append(Place(admin1, "XA", admin1, None, None, "admin1"))
    else:
        places.append(Place("Xandria", "XA", None, None, None, "country"))
    c = Claim(id=f"c{cid}", outcome="killed", count=Count(value, low, high, qualifier, text or str(value)),
              victims=Victims(cat, "people"), evidence=Evidence("…", at, at + 40),
              source=Source(source, source, kind) if source else None, verification=verification,
              time=TimeSpan(start, end, "days") if (start or end) else None, places=places,
              part_of=f"c{parent}" if parent else None)
    return ClaimRecord(cid, report, published, outlet, None, c, parent)


def holding(incs: list[Incident], cid: int) -> Incident:
    [inc] = [i for i in incs if cid in i.claims]
    return inc


def rising_toll() -> list[ClaimRecord]:
    """An assault on a town over three days, its toll told over two weeks by hospitals, the UN, the
    government, a later report that restates it without a day, and one that gives old and new tolls."""
    return [
        claim(1, 1, day(3), 17, qualifier="at_least", source="city hospitals", kind="medical",
              start=day(2), end=day(2)),
        claim(2, 2, day(4), 100, qualifier="at_least", start=day(3), end=day(3), outlet="Harbor Post"),
        claim(3, 3, day(6), 640, source="Ministry of Health", kind="government", start=day(1), end=day(5)),
        claim(4, 4, day(8), 640, source="UN relief office", kind="un", start=day(2), end=day(7), at=0),
        claim(5, 4, day(8), 800, qualifier="at_least", source="World Relief Agency", kind="un",
              start=day(2), end=day(7), at=300),                 # "raising the earlier 640"
        claim(6, 5, day(11), 800, qualifier="at_least", source="UN relief office", kind="un"),  # no day given
        claim(7, 6, day(14), 1900, source="government spokesman", kind="government"),          # no day given
    ]


def test_a_rising_toll_told_over_two_weeks_is_one_incident() -> None:
    [inc] = reconcile(rising_toll())
    assert inc.kind == "incident" and inc.claims == [1, 2, 3, 4, 5, 6, 7]
    assert [h.value for h in inc.history] == [17, 100, 640, 640, 800, 800, 1900]
    assert (inc.start, inc.end) == (day(1), day(7))  # undated restatements do not stretch its days
    assert inc.best == 800 and "un" in inc.rule      # the most credible kind's latest figure
    assert inc.low == 17 and inc.high == 1900


def test_a_much_later_or_smaller_undated_figure_is_another_harm() -> None:
    late = claim(8, 7, day(45), 900, source="UN relief office", kind="un")       # over a month later
    small = claim(9, 8, day(20), 6, source="Town council", kind="government")  # smaller than every count
    incs = reconcile([*rising_toll(), late, small])
    assert holding(incs, 8).claims == [8] and holding(incs, 9).claims == [9]
    assert holding(incs, 1).claims == [1, 2, 3, 4, 5, 6, 7]


def test_a_headline_figure_without_a_day_stays_with_its_own_reports_attack() -> None:
    # a report on a new attack in the same town: its headline figure has no day, its body dates the attack
    recs = [*rising_toll(),
            claim(30, 30, day(20), 900, source="UN relief office", kind="un"),
            claim(31, 30, day(20), 900, start=day(19), end=day(19), at=200)]
    incs = reconcile(recs)
    assert holding(incs, 30).claims == [30, 31]


def test_a_later_report_restating_the_figures_on_the_day_they_were_stated_joins() -> None:
    # "on Friday the UN said at least 800 were killed, up from the 640 first counted" (dated by the
    # statement), days after the assault whose sources gave those figures
    recs = [*rising_toll()[:6],
            claim(40, 40, day(30), 800, source="UN relief office", kind="un", start=day(11), end=day(11)),
            claim(41, 40, day(30), 640, source="UN relief office", kind="un", start=day(11), end=day(11),
                  at=100)]
    incs = reconcile(recs)
    assert holding(incs, 40).claims == [1, 2, 3, 4, 5, 6, 40, 41]
    assert (holding(incs, 40).start, holding(incs, 40).end) == (day(1), day(7))
    # a new attack in the town with a toll of its own is not a restatement
    other = [*rising_toll()[:6], claim(40, 40, day(12), 35, start=day(11), end=day(11))]
    assert holding(reconcile(other), 40).claims == [40]


def test_an_undated_war_long_figure_is_never_an_events_toll() -> None:
    # "600,000 have been killed" in a report whose "since the war began" the extractor missed
    recs = [*rising_toll(), claim(50, 50, day(9), 600000, source="UN relief office", kind="un")]
    incs = reconcile(recs)
    assert holding(incs, 50).claims == [50] and holding(incs, 1).best == 800


def test_updates_in_one_report_are_not_new_harm() -> None:
    recs = [
        claim(1, 1, day(2), 8, start=day(1), end=day(1)),
        claim(2, 2, day(3), 11, start=day(1), end=day(1), at=0, outlet="Harbor Post"),   # "the toll rose to 11"
        claim(3, 2, day(3), 3, start=day(1), end=day(1), at=60, outlet="Harbor Post"),   # "three more bodies"
    ]
    [inc] = reconcile(recs)
    assert inc.claims == [1, 2, 3] and inc.best == 11   # the report's toll is its largest figure


def test_contested_figures_from_different_sources_are_one_contested_incident() -> None:
    recs = [
        claim(1, 1, day(2), 45, source="governor's office", kind="government", start=day(1), end=day(1)),
        claim(2, 2, day(3), 200, qualifier="more_than", source="community leaders", kind="other",
              start=day(1), end=day(1)),
        claim(3, 3, day(4), 151, qualifier="at_least", source="Governor Amal Reth", kind="government"),
        claim(4, 4, day(9), 47, source="police", kind="government", start=day(1), end=day(1)),
    ]
    [inc] = reconcile(recs)
    assert inc.status == "contested" and any(f.startswith("conflicting figures") for f in inc.flags)
    assert inc.best == 47 and inc.low == 45   # the latest government figure
    assert inc.high is None                   # "more than 200" has no upper bound above it


def test_a_wide_running_total_is_an_episode_and_never_the_best() -> None:
    recs = [
        *rising_toll(),
        # "more than 7,000 have been killed across the north since January", region-wide
        claim(20, 20, day(20), 7000, qualifier="more_than", source="Prime minister", kind="government",
              town=None, admin1=None, start=date(2025, 1, 1)),
        # "8,500 buried in the town and its surroundings since January"
        claim(21, 21, day(24), 8500, qualifier="more_than", source="Health minister", kind="government",
              start=date(2025, 1, 1)),
    ]
    incs = reconcile(recs)
    battle = holding(incs, 1)
    assert battle.kind == "incident" and battle.parent is None and battle.best == 800
    for cid in (20, 21):
        ep = holding(incs, cid)
        assert ep.kind == "episode" and ep.parent is None and 1 not in ep.claims
    # what a headline sums: incidents, each once
    assert sum(i.best or 0 for i in incs if i.kind == "incident") == 800


def test_a_figure_given_beside_a_wide_total_with_its_span_joins_the_incident_it_states() -> None:
    # "more than 7,000 have been killed in the north since January, about 800 of them in Ostrava Nova":
    # both figures carry "since January"; the 800 is the assault's figure, the 7,000 stays context
    recs = [*rising_toll(),
            claim(20, 20, day(20), 7000, qualifier="more_than", source="Prime minister", kind="government",
                  town=None, start=date(2025, 1, 1)),
            claim(21, 20, day(20), 800, qualifier="approximately", source="Prime minister", kind="government",
                  town=None, start=date(2025, 1, 1), at=120)]
    incs = reconcile(recs)
    assert 21 in holding(incs, 1).claims and holding(incs, 1).best == 800
    assert holding(incs, 20).kind == "episode" and holding(incs, 20).claims == [20]


def test_a_loosely_dated_total_stating_the_incidents_figure_joins_it() -> None:
    recs = [
        claim(1, 1, day(14), 200, source="parish priest", kind="other", start=day(13), end=day(13)),
        claim(2, 2, day(14), 120, source="state police", kind="government", start=day(13), end=day(13)),
        # "no fewer than 200 were killed in an attack in the state earlier this month"
        claim(3, 3, day(25), 200, qualifier="at_least", town=None, start=day(1), end=day(25)),
    ]
    [inc] = reconcile(recs)
    assert inc.claims == [1, 2, 3] and (inc.start, inc.end) == (day(13), day(13))


def test_nearby_separate_attacks_stay_apart() -> None:
    recs = [
        claim(1, 1, day(2), 60, start=day(1), end=day(1), cat="civilians"),
        # soldiers ambushed in a nearby town the same morning: other victims, other town
        claim(2, 1, day(2), 2, start=day(1), end=day(1), cat="state_forces", town=OTHER, at=400),
        # a mob attack in another province four days later
        claim(3, 2, day(6), 9, start=day(5), end=day(5), town=("Karn", 12.0, 22.0), admin1="Highmoor"),
        # a two-month provincial total: context, not the attack's parent
        claim(4, 3, day(9), 42, town=None, start=day(-59), end=day(1)),
    ]
    incs = reconcile(recs)
    assert [holding(incs, c).claims for c in (1, 2, 3)] == [[1], [2], [3]]
    assert holding(incs, 4).kind == "episode" and holding(incs, 1).parent is None


def test_the_place_of_harm_decides_the_country() -> None:
    base = Place("Kingdom of Ulm", "XB", None, None, None, "country")   # "the Ulm-based monitor"
    rec = claim(1, 1, day(2), 30, source="Ulm-based monitor", kind="monitor", extra=[base],
                start=day(1), end=day(1))
    [inc] = reconcile([rec])
    assert inc.country == "XA"
    assert harm_country([("XB", "country", "Ulm"), ("XA", "point", "Vell")]) == "XA"
    assert harm_country([("XB", "country", "Ulm"), ("XA", "country", "Xandria")]) == "XB"   # a tie: the first
    # a country named in the source's or perpetrator's words is who speaks or acts, not where
    assert harm_country([("XB", "country", "Ulm"), ("XA", "country", "Xandria")], "the Ulm-based monitor") == "XA"
    assert harm_country([("XB", "country", "Ulm")], "Ulmish forces") == "XB"   # nothing else: kept
    assert harm_country([]) is None


def test_wire_reprints_count_once_and_name_the_agency() -> None:
    recs = [
        claim(1, 1, day(2), 14, start=day(1), end=day(1), outlet="Harbor Post (AFP)"),
        claim(2, 2, day(2), 14, start=day(1), end=day(1), outlet="Valley Times (AFP)"),
        claim(3, 3, day(2), 14, start=day(1), end=day(1), outlet="Capital Gazette"),
    ]
    [inc] = reconcile(recs)
    assert inc.independent_sources == 2
    assert [h.source for h in inc.history] == ["AFP", "AFP", "Capital Gazette"]
    assert wire_of("The Lantern (Xandria)") is None and wire_of("Courier (Reuters)") == "Reuters"


def test_a_speaker_named_in_full_and_in_part_counts_once() -> None:
    recs = [
        claim(1, 1, day(2), 30, source="Tomas Vell", kind="government", start=day(1), end=day(1)),
        claim(2, 2, day(3), 30, source="Lakeshire Governor, Tomas Vell", kind="government", start=day(1), end=day(1)),
        claim(3, 3, day(3), 30, source="police", kind="government", start=day(1), end=day(1)),
        claim(4, 4, day(3), 30, source="Lakeshire police", kind="government", start=day(1), end=day(1)),
        claim(5, 5, day(3), 30, source="Vell police", kind="government", start=day(1), end=day(1)),
    ]
    [inc] = reconcile(recs)
    # the governor is one source; "police" could be either police force, so it stays apart
    assert inc.independent_sources == 4


def test_bounds_follow_the_spec() -> None:
    [inc] = reconcile([claim(1, 1, day(2), 40, qualifier="more_than", start=day(1), end=day(1),
                             text="more than 40")])
    assert (inc.low, inc.best, inc.high) == (41, 41, None)
    assert 'lower bound of "more than 40"' in inc.rule and "high open" in inc.rule
    [vague] = reconcile([claim(1, 1, day(2), None, qualifier="vague", low=24, high=99, start=day(1), end=day(1))])
    assert (vague.low, vague.best, vague.high) == (24, None, 99)
    [upto] = reconcile([claim(1, 1, day(2), 30, qualifier="at_most", low=0, high=30, start=day(1), end=day(1))])
    assert (upto.low, upto.best, upto.high) == (0, None, 30)


# --- the cluster evaluation helper -------------------------------------------------------------------------

def test_evaluate_clusters_runs_the_chain_and_reports_the_scorer(tmp_path: Any) -> None:
    import json

    import pytest

    from vigil.errors import InputError
    from vigil.evaluate_clusters import evaluate_clusters, headline_killed

    gold = tmp_path / "gold.jsonl"
    text = "Gunmen killed 12 villagers in Ashmoor on Sunday, police said."   # invented
    gold.write_text(json.dumps({"report": {"id": "X1", "url": "https://example.org/x1", "outlet": "Daily Lantern",
                                           "published": "2025-03-10", "text": text}, "claims": []}) + "\n",
                    encoding="utf-8")
    cluster = tmp_path / "x.json"
    cluster.write_text(json.dumps({"cluster": "x", "incidents": []}), encoding="utf-8")
    scorer = tmp_path / "scorer.py"   # a stand-in for clusters.py: reports what it was given
    scorer.write_text("import json, sys\n"
                      "incs = [json.loads(l) for l in open(sys.argv[4]) if l.strip()]\n"
                      "claims = [json.loads(l) for l in open(sys.argv[3]) if l.strip()]\n"
                      "print(json.dumps({'cluster': json.load(open(sys.argv[1]))['cluster'], 'claims': len(claims),"
                      " 'incidents': len(incs), 'json': sys.argv[5]}))\n", encoding="utf-8")
    res = evaluate_clusters(gold, [cluster], scorer=scorer)
    assert res["clusters"]["x"]["claims"] >= 1 and res["clusters"]["x"]["json"] == "--json"
    assert res["incidents"] == res["clusters"]["x"]["incidents"] >= 1
    assert res["headline_killed"] == 12
    assert headline_killed([{"outcome": "killed", "kind": "episode", "best": 900},
                            {"outcome": "killed", "kind": "incident", "best": 7}]) == 7
    with pytest.raises(InputError, match="no such file"):
        evaluate_clusters(tmp_path / "missing.jsonl", [cluster], scorer=scorer)
