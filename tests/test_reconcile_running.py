"""Reconcile on an invented cluster shaped like a wave of killings across two provinces: a monitor's
running toll rising over a week (745 -> 1,018 -> 1,383 -> "more than 1,500", the last with no day),
town massacres inside it, a war-long total (with and without its "since"), and separate small attacks
in one province weeks later.

Every record is invented: the countries "XA"/"XB", provinces, towns, outlets and sources do not exist.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from test_reconcile_clusters import OTHER, claim, day, holding
from vigil.models import Place
from vigil.reconcile import ClaimRecord, reconcile

HILL = Place("Hillmark", "XA", "Hillmark", None, None, "admin1")
BASE = Place("Kingdom of Ulm", "XB", None, None, None, "country")        # "the Ulm-based Observatory"
WHOLE = Place("Xandria", "XA", None, None, None, "country")
MONITOR: dict[str, Any] = dict(source="Ulm-based Observatory", kind="monitor", town=None, admin1="Lakeshire",
                               extra=[HILL, BASE])


def wave(*, country: bool = True) -> list[ClaimRecord]:
    war = [BASE, WHOLE] if country else [BASE]
    return [
        claim(1, 1, day(8), 745, start=day(6), end=day(8), **MONITOR),      # "since Thursday"
        claim(2, 2, day(9), 1018, start=day(6), end=day(9), **MONITOR),
        claim(3, 3, day(10), 1383, start=day(6), end=day(10), **MONITOR),
        claim(4, 4, day(13), 1500, qualifier="more_than", **MONITOR),        # no day given
        claim(5, 5, day(8), 52, start=day(7), end=day(7), source="villagers", kind="other"),
        claim(6, 6, day(9), 31, start=day(7), end=day(7), town=("Belm", 11.0, 21.0), admin1="Hillmark"),
        # "more than 600,000 have been killed since March 2011", and the same without its "since"
        claim(7, 7, day(12), 600000, qualifier="more_than", source="Ulm-based Observatory", kind="monitor",
              town=None, admin1=None, extra=war, start=date(2011, 3, 15)),
        claim(8, 8, day(11), 600000, source="Ulm-based Observatory", kind="monitor", town=None, admin1=None,
              extra=war),
        # two small attacks in one province weeks later, three days and 40 km apart
        claim(9, 9, day(21), 6, start=day(20), end=day(20)),
        claim(10, 10, day(24), 4, start=day(23), end=day(23), town=OTHER),
    ]


def test_a_running_toll_over_a_week_is_one_incident_with_its_latest_figure() -> None:
    incs = reconcile(wave())
    inc = holding(incs, 1)
    assert inc.kind == "incident" and inc.parent is None and inc.country == "XA"
    assert {1, 2, 3, 4} <= set(inc.claims)                  # the undated "more than 1,500" continues it
    assert inc.best == 1500 and inc.high is None
    assert (inc.start, inc.end) == (day(6), day(10))        # the undated toll does not stretch its days


def test_the_war_long_total_is_never_counted() -> None:
    for country in (True, False):     # also when only the monitor's base names a country
        incs = reconcile(wave(country=country))
        for cid in (7, 8):
            assert holding(incs, cid).kind == "episode" and 1 not in holding(incs, cid).claims
        assert sum(i.best or 0 for i in incs if i.kind == "incident") == 1500 + 6 + 4


def test_separate_small_attacks_in_one_province_stay_apart() -> None:
    incs = reconcile(wave())
    assert holding(incs, 9).claims == [9] and holding(incs, 10).claims == [10]


def test_a_later_regional_figure_smaller_than_the_toll_is_another_harm() -> None:
    # "12 were killed in Lakeshire" with no day, after the 1,383: not a continuation of the count
    incs = reconcile([*wave()[:3], claim(11, 11, day(12), 12, town=None, admin1="Lakeshire")])
    assert holding(incs, 11).claims == [11]


def test_a_later_regional_figure_far_above_the_toll_is_not_its_continuation() -> None:
    incs = reconcile([*wave()[:3], claim(11, 11, day(12), 20000, town=None, admin1="Lakeshire", extra=[HILL])])
    assert 11 not in holding(incs, 1).claims


def test_a_one_day_provincial_attack_is_not_a_running_count() -> None:
    # "20 were killed in Lakeshire on Monday", then "22 killed in Lakeshire" with no day, five days later
    recs = [claim(1, 1, day(9), 20, town=None, start=day(8), end=day(8)),
            claim(2, 2, day(13), 22, town=None, source="Local Herald", kind="media")]
    assert len(reconcile(recs)) == 2


def test_the_order_of_input_does_not_matter() -> None:
    recs = wave()
    a = [(i.id, i.claims, i.best) for i in reconcile(recs)]
    b = [(i.id, i.claims, i.best) for i in reconcile(list(reversed(recs)))]
    assert a == b


def test_a_running_toll_told_without_days_is_one_incident_and_not_background() -> None:
    # the monitor's reports give no days at all: 1,018 and 1,383 are over ten times the dated town
    # massacres, yet they climb from the 745 in steps and are the event's toll, not a background total
    undated = [claim(c, c, day(n), v, qualifier=q, **MONITOR)
               for c, n, v, q in ((1, 8, 745, "exact"), (2, 9, 1018, "exact"), (3, 10, 1383, "exact"),
                                  (4, 13, 1500, "more_than"))]
    recs = [*undated, *wave()[4:8]]
    incs = reconcile(recs)
    inc = holding(incs, 1)
    assert inc.kind == "incident" and {1, 2, 3, 4} <= set(inc.claims) and inc.best == 1500
    assert holding(incs, 8).kind == "episode"                # the 600,000 stays background
    assert sum(i.best or 0 for i in incs if i.kind == "incident") == 1500


def test_another_sources_later_regional_figure_does_not_continue_an_undated_count() -> None:
    # a provincial official's undated "40 killed in Lakeshire" a week after a monitor's undated 30
    recs = [claim(1, 1, day(8), 30, **MONITOR), claim(5, 5, day(8), 30, start=day(7), end=day(7)),
            claim(2, 2, day(15), 40, source="Lakeshire governor", kind="government", town=None)]
    incs = reconcile(recs)
    assert holding(incs, 2).claims == [2]


def test_two_dated_attacks_in_one_town_with_the_same_small_toll_stay_apart() -> None:
    # "12 killed in Ostrava Nova on Monday", and a fortnight later "12 killed there on Tuesday"
    recs = [claim(1, 1, day(2), 12, start=day(1), end=day(1)),
            claim(2, 2, day(16), 12, start=day(15), end=day(15), outlet="Harbor Post")]
    assert [i.claims for i in reconcile(recs)] == [[1], [2]]
    # a large toll restated on the day it was stated is still the earlier event's
    big = [claim(1, 1, day(2), 340, start=day(1), end=day(1)),
           claim(2, 2, day(16), 340, start=day(15), end=day(15), outlet="Harbor Post")]
    assert [i.claims for i in reconcile(big)] == [[1, 2]]


def test_another_sources_small_undated_figure_does_not_lift_a_background_total() -> None:
    # "150 killed" (a council, no day) does not make "1,400 killed in the violence" (another source, its
    # "this year" lost) a step of a running toll: it stays background beside the dated attack of 52
    recs = [claim(5, 5, day(8), 52, start=day(7), end=day(7), source="villagers", kind="other"),
            claim(1, 1, day(9), 150, source="Town council", kind="government", town=None),
            claim(2, 2, day(10), 1400, source="Ministry of Health", kind="government", town=None)]
    incs = reconcile(recs)
    assert holding(incs, 2).kind == "episode" and holding(incs, 5).best != 1400


def test_an_undated_town_toll_equal_to_a_war_long_figure_stays_an_incident() -> None:
    # "800 killed since January" across the country, and "800 were killed in Ostrava Nova" (no day):
    # the same number by chance; the town's toll is not the country's running total
    recs = [claim(1, 1, day(40), 800, town=None, admin1=None, start=day(1)),
            claim(2, 2, day(40), 800, outlet="Harbor Post")]
    incs = reconcile(recs)
    assert holding(incs, 2).kind == "incident" and holding(incs, 2).claims == [2]
