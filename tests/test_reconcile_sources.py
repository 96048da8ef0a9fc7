"""Reconcile's source identity and wide running totals, on invented records.

A spokesman and the body he speaks for count once; junk source names (dates, counts, common nouns,
pronouns, places) are no source; an undated figure far above every event figure of its country is a
background episode, never an event's best nor part of the headline. Every name, place and sentence
here is invented ("XA", "Lakeshire", "Ostrava Nova", "Vell" do not exist).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from vigil.evaluate_clusters import headline_killed
from vigil.models import Claim, Count, Evidence, Place, Source, TimeSpan, Victims
from vigil.reconcile import ClaimRecord, Incident, reconcile
from vigil.reconcile_sources import affiliation, junk_source

D = date(2025, 4, 1)
TOWN = ("Ostrava Nova", 10.0, 20.0)
OTHER = ("Vell", 11.5, 21.5)  # another town of Lakeshire, ~230 km away


def day(n: int) -> date:
    return D + timedelta(days=n - 1)


def rec(cid: int, report: int, published: date, value: int, *, source: str | None = None,
        source_text: str | None = None, kind: Any = "other", evidence: str = "(invented sentence)",
        town: tuple[str, float, float] | None = TOWN, start: date | None = None, end: date | None = None,
        inherited: bool = False, qualifier: Any = "exact", outlet: str = "Daily Lantern") -> ClaimRecord:
    if town is not None:
        places = [Place(town[0], "XA", "Lakeshire", town[1], town[2], "point")]
    else:
        places = [Place("Xandria", "XA", None, None, None, "country")]
    low, high = (value, value) if qualifier == "exact" else (value + 1, None)
    c = Claim(id=f"c{cid}", outcome="killed", count=Count(value, low, high, qualifier, str(value)),
              victims=Victims("people", "people"), evidence=Evidence(evidence, 0, len(evidence)),
              source=Source(source, source_text or source, kind) if source else None,
              time=TimeSpan(start, end, "Monday", inherited) if (start or end) else None, places=places)
    return ClaimRecord(cid, report, published, outlet, None, c)


def holding(incs: list[Incident], cid: int) -> Incident:
    [inc] = [i for i in incs if cid in i.claims]
    return inc


# --- a spokesman and his institution ---------------------------------------------------------------

@pytest.mark.parametrize("evidence", [
    "Abel Dorran, the police spokesman, said 12 people were killed in the market.",
    "Twelve people died, according to police spokesman Abel Dorran.",
    "Twelve people died, said Dorran, a spokesman for the police in Ostrava Nova.",
])
def test_a_named_spokesman_and_his_institution_are_one_source(evidence: str) -> None:
    recs = [rec(1, 1, day(3), 12, source="Abel Dorran", kind="government", evidence=evidence,
                start=day(2), end=day(2)),
            rec(2, 2, day(4), 12, source="police", source_text="the police", kind="government",
                start=day(2), end=day(2), outlet="Harbor Post")]
    [inc] = reconcile(recs)
    assert inc.sources == ["Abel Dorran", "police"]  # both names are shown
    assert inc.independent_sources == 1 and inc.status == "single-source"


def test_the_body_is_matched_when_one_name_is_fuller() -> None:
    recs = [rec(1, 1, day(3), 30, source="Mara Quill", kind="government", start=day(2), end=day(2),
                evidence="Mara Quill, a spokeswoman for the Lakeshire governorate, said 30 were killed."),
            rec(2, 2, day(4), 30, source="the governorate", kind="government", start=day(2), end=day(2),
                outlet="Harbor Post")]
    [inc] = reconcile(recs)
    assert inc.independent_sources == 1


def test_one_person_keeps_his_body_in_a_report_that_does_not_restate_it() -> None:
    recs = [rec(1, 1, day(3), 12, source="Abel Dorran", kind="government", start=day(2), end=day(2),
                evidence="Police spokesman Abel Dorran said 12 were killed."),
            rec(2, 2, day(4), 14, source="Abel Dorran", kind="government", start=day(2), end=day(2),
                evidence="The toll rose to 14, Dorran said.", outlet="Harbor Post"),
            rec(3, 3, day(4), 14, source="police", kind="government", start=day(2), end=day(2),
                outlet="Evening Courier")]
    [inc] = reconcile(recs)
    assert inc.independent_sources == 1


@pytest.mark.parametrize("evidence", [
    "Abel Dorran, a resident of Ostrava Nova, said 12 people were killed.",   # not a speaking role
    "Mayor Abel Dorran said 12 people were killed.",                           # speaks for the town, not the police
    "Abel Dorran, a spokesman for the Lakeshire Farmers Union, said 12 died.",  # another body
])
def test_a_person_who_does_not_speak_for_the_institution_stays_independent(evidence: str) -> None:
    recs = [rec(1, 1, day(3), 12, source="Abel Dorran", kind="other", evidence=evidence, start=day(2), end=day(2)),
            rec(2, 2, day(4), 12, source="police", kind="government", start=day(2), end=day(2),
                outlet="Harbor Post")]
    [inc] = reconcile(recs)
    assert inc.independent_sources == 2 and inc.status == "corroborated"


def test_affiliation_reads_the_role_beside_the_name() -> None:
    assert affiliation("Abel Dorran", ["Lakeshire army spokesman Abel Dorran said"]) == "lakeshire army"
    assert affiliation("Abel Dorran", ["said Abel Dorran, inspector-general of the Xandrian police."]) == \
        "xandrian police"
    assert affiliation("Abel Dorran", ["Abel Dorran, deputy head of the relief mission in Vell, said"]) == \
        "relief mission"
    assert affiliation("Abel Dorran", ["Abel Dorran said on Monday"]) is None
    # an organisation named after "a spokesman for" is not a person who speaks for it
    assert affiliation("Vell Liberation Front", ["Tomas Ark, a spokesman for the Vell Liberation Front, said"]) is None
    assert affiliation("police", ["the police spokesman said"]) is None


# --- junk source names -----------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "why"), [
    ("Monday", "date"), ("June 13", "date"), ("13 June 2025", "date"), ("last week", "date"),
    ("47 people", "count"), ("three", "count"), ("dozens of civilians", "count"),
    ("information", "common noun"), ("the reports", "common noun"), ("Initial reports", "common noun"),
    ("they", "pronoun"), ("He", "pronoun"),
    ("Ostrava Nova", "place"), ("the Xandria", "place"),
])
def test_junk_source_names(name: str, why: str) -> None:
    assert junk_source(name, ["ostrava nova", "xandria"]) == why


@pytest.mark.parametrize("name", ["Lakeshire police", "two security sources", "local residents", "Abel Dorran",
                                  "Ostrava Nova hospital", "May Dorran", "the ministry", "Reuters"])
def test_real_source_names_are_not_junk(name: str) -> None:
    assert junk_source(name, ["ostrava nova", "xandria"]) is None


def test_junk_source_names_are_no_sources_of_an_incident() -> None:
    recs = [rec(1, 1, day(3), 12, source="Monday", kind="un", start=day(2), end=day(2)),
            rec(2, 2, day(4), 12, source="Ostrava Nova", kind="government", start=day(2), end=day(2),
                outlet="Harbor Post"),
            rec(3, 2, day(4), 12, source="information", kind="government", start=day(2), end=day(2),
                outlet="Harbor Post"),
            rec(4, 3, day(5), 9, source="Lakeshire health ministry", kind="government", start=day(2), end=day(2),
                outlet="Evening Courier"),
            rec(5, 4, day(6), 15, source="they", kind="un", start=day(2), end=day(2), outlet="Evening Courier")]
    [inc] = reconcile(recs)
    # junk names are the report's own voice: shown as the outlet, counted once per report
    assert inc.sources == ["Daily Lantern", "Harbor Post", "Lakeshire health ministry", "Evening Courier"]
    assert inc.independent_sources == 4
    # a junk name carries no credibility: the ministry's figure outranks the later "un" pronoun's
    assert inc.best == 9 and "government" in inc.rule


# --- wide running totals without days ----------------------------------------------------------------

def wide_cluster() -> list[ClaimRecord]:
    """Two attacks (22 and 140 killed) and, in the same weeks, figures for the whole conflict with no
    "since": one beside the first attack's toll in its report, one inheriting that report's day, one
    alone in a round-up."""
    return [
        rec(1, 1, day(3), 22, start=day(2), end=day(2)),
        rec(2, 1, day(3), 10000, qualifier="more_than", evidence="More than 10,000 have died in the violence."),
        rec(3, 2, day(6), 140, town=OTHER, start=day(5), end=day(5), outlet="Harbor Post"),
        rec(4, 2, day(6), 12000, town=OTHER, start=day(5), end=day(5), inherited=True, outlet="Harbor Post"),
        rec(5, 3, day(9), 600000, town=None, source="Xandria Rights Monitor", kind="monitor",
            evidence="The conflict has killed 600,000 people, the monitor said.", outlet="Evening Courier"),
        rec(6, 4, day(10), 160, town=OTHER, outlet="Capital Gazette"),   # a later toll of the second attack
    ]


def test_undated_wide_totals_are_background_episodes_not_events() -> None:
    incs = reconcile(wide_cluster())
    first, second = holding(incs, 1), holding(incs, 3)
    assert first.kind == second.kind == "incident"
    assert (first.best, second.best) == (22, 160)
    for cid in (2, 4, 5):
        wide = holding(incs, cid)
        assert wide.kind == "episode" and wide not in (first, second)
        assert not [i for i in incs if i.parent == wide.id]  # background: it holds no incident
    assert headline_killed([i.to_dict() for i in incs]) == 22 + 160


def test_a_later_undated_toll_of_the_same_scale_still_joins_its_event() -> None:
    recs = [rec(1, 1, day(3), 900, qualifier="more_than", start=day(1), end=day(2)),
            rec(2, 2, day(8), 2900, source="Lakeshire relief office", kind="un", outlet="Harbor Post")]
    [inc] = reconcile(recs)
    assert inc.kind == "incident" and inc.best == 2900


def test_an_undated_figure_with_no_event_near_it_stays_an_incident() -> None:
    """Nothing to compare with: it may be an event's toll whose day was not given."""
    recs = [rec(1, 1, day(3), 22, start=day(2), end=day(2)),
            rec(2, 2, day(90), 5000, town=OTHER, outlet="Harbor Post")]
    incs = reconcile(recs)
    assert holding(incs, 2).kind == "incident"


def test_a_later_undated_toll_in_the_town_of_a_dated_event_is_that_events_toll() -> None:
    """The first count was 150; a week later a report with no dated event of its own says 2,000 died in
    the same town: a grown toll, not a wide running total, even though it is 13 times the first."""
    recs = [rec(1, 1, day(3), 150, start=day(2), end=day(2)),
            rec(2, 2, day(9), 2000, source="Lakeshire relief office", kind="un", outlet="Harbor Post")]
    [inc] = reconcile(recs)
    assert inc.kind == "incident" and inc.best == 2000


def test_source_names_that_give_the_role_themselves_count_as_the_body() -> None:
    """Two spokespeople of one police force and the force itself: one source (their names share only
    "police", which alone would not tie two fuller names together)."""
    recs = [rec(1, 1, day(3), 12, source="police spokesman Abel Dorran", kind="government", start=day(2), end=day(2)),
            rec(2, 2, day(4), 12, source="Cara Wynn, a police spokeswoman", kind="government", start=day(2),
                end=day(2), outlet="Harbor Post"),
            rec(3, 3, day(4), 12, source="the police", kind="government", start=day(2), end=day(2),
                outlet="Evening Courier")]
    [inc] = reconcile(recs)
    assert inc.independent_sources == 1
