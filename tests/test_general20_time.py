"""When the harm happened, on kinds of sentence the time rules were not first written for (round 20). Every
sentence, name, body and event here is invented; places are real (so that countries resolve) or invented."""

from __future__ import annotations

from datetime import date

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def days(claims: list[Claim], value: int) -> tuple[date | None, date | None] | None:
    t = one(claims, value).time
    return (t.start, t.end) if t is not None else None


# (the reports are published on Wednesday 4 June 2025)


def test_a_dateline_place_in_capitals_with_accents_dates_the_report_not_the_harm(extractor: Extractor) -> None:
    claims = run(extractor, "ASUNCIÓN, June 4 (Tesh Wire) — Police killed nine people in a raid on a farm in the east.")
    assert days(claims, 9) is None
    claims = run(extractor, "SÃO TOMÉ, June 4 (Tesh Wire) — A landslide killed 14 people in the south of the island.")
    assert days(claims, 14) is None


def test_a_since_clause_runs_on_past_an_acronym_in_brackets_to_its_day(extractor: Extractor) -> None:
    claims = run(extractor, "More than 9,000 people have fled their villages since the Orvan Liberation Army (OLA) "
                            "launched an offensive on the district on May 21, the relief office said.")
    assert days(claims, 9000) == (date(2025, 5, 21), None)


def test_weeks_to_a_day_count_back_from_that_day(extractor: Extractor) -> None:
    claims = run(extractor, "In the two weeks to Friday, 63 people were killed in the Tesh valley, the monitor said.")
    assert days(claims, 63) == (date(2025, 5, 17), date(2025, 5, 30))
    claims = run(extractor, "Cholera killed 48 people in the three weeks to 1 June, the health ministry said.")
    assert days(claims, 48) == (date(2025, 5, 12), date(2025, 6, 1))


def test_a_total_of_several_events_spans_the_days_the_report_gives_them(extractor: Extractor) -> None:
    claims = run(extractor, "Two separate raids on cattle camps in Tesh county have left at least 17 people dead and "
                            "nine wounded.\n\nOfficials said armed youths attacked the Orvan camp on Saturday afternoon "
                            "and killed 11 herders.\n\nA separate attack by gunmen also left six people dead near Kela "
                            "on Monday.")
    assert days(claims, 9) == (date(2025, 5, 31), date(2025, 6, 2))
    # (one event told after it: the total is that event's)
    claims = run(extractor, "A raid on a cattle camp in Tesh county has left at least 17 people dead and nine "
                            "wounded.\n\nOfficials said armed youths attacked the Orvan camp on Saturday afternoon and "
                            "killed 17 herders.\n\nOn Monday, police said gunmen had also killed six people near Kela.")
    assert days(claims, 9) == (date(2025, 5, 31), date(2025, 5, 31))


def test_a_since_of_a_comparison_followed_by_a_when_clause_with_a_count_dates_that_count(extractor: Extractor) -> None:
    claims = run(extractor, "It was the deadliest bombing in Orvan since March, when gunmen stormed a hotel and killed "
                            "14 guests.")
    assert days(claims, 14) == (date(2025, 3, 1), date(2025, 3, 31))
    claims = run(extractor, "The blast was the worst in the port since 12 April, when 20 dockers died in a fire.")
    assert days(claims, 20) == (date(2025, 4, 12), date(2025, 4, 12))
    # (a when-clause with no count of its own: the figure is counted from then)
    claims = run(extractor, "More than 40 people have been killed since Monday, when the fighting began.")
    assert days(claims, 40) == (date(2025, 6, 2), None)


def test_a_later_clause_that_dates_the_event_dates_its_figure(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed 11 people in Tesh, police said on Tuesday, adding that the attack took place "
                            "late on Sunday.")
    assert days(claims, 11) == (date(2025, 6, 1), date(2025, 6, 1))
    claims = run(extractor, "Bandits abducted 30 pupils from a school in Orvan, the governor said, saying the raid "
                            "happened on Monday night.")
    assert days(claims, 30) == (date(2025, 6, 2), date(2025, 6, 2))


def test_a_week_of_one_event_narrows_to_the_day_the_account_gives_the_event(extractor: Extractor) -> None:
    claims = run(extractor, "An air strike on a cattle market in the Tesh hills killed 38 people last week, herders "
                            "said.\n\nTwo traders said the jets struck the market at about noon on Thursday, when it "
                            "was crowded.")
    assert days(claims, 38) == (date(2025, 5, 29), date(2025, 5, 29))
    # (a week's toll of many events keeps its week)
    claims = run(extractor, "Last week, 20 people were killed in attacks across the region.\n\nOn Thursday, gunmen "
                            "killed five farmers in Tesh.")
    assert days(claims, 20) == (date(2025, 5, 26), date(2025, 6, 1))


def test_harm_in_the_object_of_days_after_a_day_is_counted_back_from_it(extractor: Extractor) -> None:
    claims = run(extractor, "A car bomb killed eight people outside a clinic in Orvan on Monday, two days after a "
                            "similar bomb killed five in the same street.")
    assert days(claims, 8) == (date(2025, 6, 2), date(2025, 6, 2))
    assert days(claims, 5) == (date(2025, 5, 31), date(2025, 5, 31))
    # (no number of days: no day)
    claims = run(extractor, "The blast on Tuesday came days after an ambush killed nine rangers near Tesh.")
    assert days(claims, 9) is None


def test_a_day_that_went_on_for_n_days_covers_those_days(extractor: Extractor) -> None:
    claims = run(extractor, "Fighting erupted in Tesh on 26 May and raged for three days, killing at least 70 people.")
    assert days(claims, 70) == (date(2025, 5, 26), date(2025, 5, 28))
    claims = run(extractor, "The siege of the Orvan barracks began on Friday and lasted two days; 40 hostages were "
                            "killed.")
    assert days(claims, 40) == (date(2025, 5, 30), date(2025, 5, 31))


def test_a_day_in_a_later_statement_with_its_own_count_is_not_the_figures(extractor: Extractor) -> None:
    claims = run(extractor, "Bandits killed villagers in Kela late on Sunday.\n\nA police spokesman put the toll at 14 "
                            "and said officers had shot dead three of the attackers during a chase on Monday.")
    assert days(claims, 14) == (date(2025, 6, 1), date(2025, 6, 1))
    assert days(claims, 3) == (date(2025, 6, 2), date(2025, 6, 2))


def test_a_landslide_burying_a_place_on_a_day_is_the_harm_not_a_burial(extractor: Extractor) -> None:
    claims = run(extractor, "A landslide buried the hamlet of Tesh late on Saturday. By Tuesday, rescuers had pulled "
                            "31 bodies from the mud, and 40 people remained missing.")
    assert days(claims, 31) == (date(2025, 5, 31), date(2025, 5, 31))
    assert days(claims, 40) == (date(2025, 5, 31), date(2025, 5, 31))
    claims = run(extractor, "A mudslide buried dozens of homes in Orvan on Sunday, killing 14 people.")
    assert days(claims, 14) == (date(2025, 6, 1), date(2025, 6, 1))


def test_a_since_and_an_as_of_told_side_by_side_are_one_span(extractor: Extractor) -> None:
    claims = run(extractor, "At least 1,400 people have been displaced by fighting in Tesh since the start of the year, "
                            "as of 28 May, according to the relief office.")
    assert days(claims, 1400) == (date(2025, 1, 1), date(2025, 5, 28))


def test_the_small_hours_of_an_overnight_account_are_publication_days(extractor: Extractor) -> None:
    claims = run(extractor, "Drones struck the city of Orvan overnight.\n\nTwo drones hit an apartment block in the "
                            "Tesh district shortly after 2 a.m. Eleven residents were injured, the mayor said.")
    assert days(claims, 11) == (date(2025, 6, 4), date(2025, 6, 4))
    # (the night's own figure keeps the night)
    claims = run(extractor, "Drones wounded 11 people in the city of Orvan overnight, the mayor said.")
    assert days(claims, 11) == (date(2025, 6, 3), date(2025, 6, 4))


def test_a_day_a_toll_stood_at_is_when_it_was_counted_from_the_incident(extractor: Extractor) -> None:
    claims = run(extractor, "A ferry capsized in a storm on Lake Tesh on Sunday evening. On Monday, the toll stood at "
                            "41, officials said.")
    assert days(claims, 41) == (date(2025, 6, 1), date(2025, 6, 2))
    claims = run(extractor, "A ferry capsized in a storm on Lake Tesh on Sunday evening. The death toll was 41 on "
                            "Monday, officials said.")
    assert days(claims, 41) == (date(2025, 6, 1), date(2025, 6, 2))
    # (a day of harm in a clause before a toll's: the harm's)
    claims = run(extractor, "Gunmen killed 12 people in Orvan on Monday, and the toll stood at 15 by Tuesday.")
    assert days(claims, 12) == (date(2025, 6, 2), date(2025, 6, 2))


def test_that_day_after_a_count_since_an_event_began_on_a_day_is_that_day(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed two herders near Kela on Monday.\n\nSince the uprising began on 3 March "
                            "2024, more than 9,000 people have been killed, the Tesh monitor says. Officials say 140 "
                            "people were killed in the first assault on the capital that day.")
    assert days(claims, 140) == (date(2024, 3, 3), date(2024, 3, 3))


def test_the_first_days_of_an_account_count_from_the_day_it_began(extractor: Extractor) -> None:
    claims = run(extractor, "Fighting erupted in Orvan on 15 April 2023. At least 300 people were killed in the first "
                            "week alone.")
    assert days(claims, 300) == (date(2023, 4, 15), date(2023, 4, 21))
    claims = run(extractor, "Fighting erupted in Orvan on 15 April 2023. At least 300 people were killed in the first "
                            "three days of the fighting.")
    assert days(claims, 300) == (date(2023, 4, 15), date(2023, 4, 17))
