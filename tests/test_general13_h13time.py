"""The harm's days on kinds of time construction (helper h13time). Sentences, names and events are invented.

The spec (claims.md, Time): the days the harm happened, resolved against the publication date; "as of DATE"
gives the end; a count standing at a day in an account dated before it runs from the account's first day.
"""

from __future__ import annotations

from datetime import date

from test_time_general10 import days, ex, one
from test_time_general10 import run as run_on
from vigil.extract.pipeline import Extractor
from vigil.models import Claim

TUESDAY = date(2025, 6, 10)   # Friday = 6 June, Saturday = 7, Sunday = 8, Monday = 9

__all__ = ["ex"]    # (the module's Extractor fixture)


def run(extractor: Extractor, text: str, published: date = TUESDAY) -> list[Claim]:
    return run_on(extractor, text, published)


def test_as_of_count_runs_from_the_account_day(ex: Extractor) -> None:
    claims = run(ex, "A jet bombed the market in Kora on Monday, 2 June. A local group said it had recorded 52 "
                     "deaths as of Monday.")
    assert days(one(claims, 52)) == ("2025-06-02", "2025-06-09")


def test_as_of_count_with_no_account_keeps_only_its_end(ex: Extractor) -> None:
    claims = run(ex, "As of Monday, 1,450 people had died in the epidemic in Lodo, the ministry said.")
    assert days(one(claims, 1450)) == (None, "2025-06-09")


def test_clause_that_began_on_a_day_and_ran_until_a_later_one(ex: Extractor) -> None:
    claims = run(ex, "At least 17 inmates were killed in a riot that broke out on Friday night inside the Kolo jail "
                     "and was not brought under control until Saturday morning, the prison service said.")
    assert days(one(claims, 17)) == ("2025-06-06", "2025-06-07")


def test_began_and_ended_on_two_days(ex: Extractor) -> None:
    claims = run(ex, "The siege of the Hotel Lumo, which began on Thursday and ended on Friday, left 40 guests dead.")
    assert days(one(claims, 40)) == ("2025-06-05", "2025-06-06")


def test_harm_on_a_day_then_another_act_until_a_later_day_keeps_the_day(ex: Extractor) -> None:
    claims = run(ex, "Gunmen killed 5 people in Sibo on Friday and held 20 others until Sunday.")
    assert days(one(claims, 5)) == ("2025-06-06", "2025-06-06")


def test_fronted_by_on_recovering_bodies_dates_the_care_not_the_harm(ex: Extractor) -> None:
    claims = run(ex, 'A jet bombed the village of Tara on Sunday. "By Monday evening we had pulled 27 bodies from '
                     'the rubble," a rescuer said.')
    assert days(one(claims, 27)) == ("2025-06-08", "2025-06-08")


def test_a_series_count_this_year_is_not_the_account_time(ex: Extractor) -> None:
    claims = run(ex, "A strike on a market in Dora killed 12 people on Friday. It was the third such attack in the "
                     "city this month. Another 30 were wounded in the strike, medics said.")
    assert days(one(claims, 30)) == ("2025-06-06", "2025-06-06")


def test_dozens_of_such_attacks_this_year_is_background(ex: Extractor) -> None:
    claims = run(ex, "Gunmen attacked the village of Ruka on Saturday, killing eight people. The region has seen "
                     "dozens of such attacks this year. Residents said five more people were abducted.")
    assert days(one(claims, 5)) == ("2025-06-07", "2025-06-07")


def test_similar_raids_this_month_keep_the_month(ex: Extractor) -> None:
    claims = run(ex, "Gunmen killed 40 people in similar raids this month, officials said.")
    assert days(one(claims, 40)) == ("2025-06-01", "2025-06-30")


def test_toll_that_rose_on_a_day_runs_from_the_attack_day(ex: Extractor) -> None:
    claims = run(ex, "A suicide bomber killed 10 people at a mosque in Sela on Saturday. The death toll rose to 14 "
                     "on Monday as four of the wounded died.")
    assert days(one(claims, 14)) == ("2025-06-07", "2025-06-09")
    assert days(one(claims, 4)) == ("2025-06-09", "2025-06-09")


def test_the_same_month_is_the_month_the_account_named(ex: Extractor) -> None:
    claims = run(ex, "In May, 50 people were killed in clashes in Bero. Another 20 died in the same month in "
                     "neighbouring Lasa.")
    assert days(one(claims, 20)) == ("2025-05-01", "2025-05-31")


def test_in_that_year_is_the_year_the_account_named(ex: Extractor) -> None:
    claims = run(ex, "In 2024, 50 people were killed in clashes in Bero. Another 20 died in that year in Lasa.")
    assert days(one(claims, 20)) == ("2024-01-01", "2024-12-31")


def test_later_that_month_after_a_single_day_has_no_fixed_day(ex: Extractor) -> None:
    claims = run(ex, "On 3 May, 50 people were killed in clashes in Bero. Another 20 died later that month in Lasa.")
    assert days(one(claims, 20)) == (None, None)


def test_the_week_to_a_day_is_the_seven_days_ending_on_it(ex: Extractor) -> None:
    claims = run(ex, "In the week to Sunday, 44 people were killed in clashes in Tamo province, a monitor said.")
    assert days(one(claims, 44)) == ("2025-06-02", "2025-06-08")


def test_the_n_days_ending_a_date(ex: Extractor) -> None:
    from vigil.extract.timex import find_times
    found = find_times("In the 14 days ending 1 June, 9 people died.", TUESDAY)
    assert [(t.span_start, t.span_end) for t in found] == [(date(2025, 5, 19), date(2025, 6, 1))]


def test_day_a_harm_was_condemned_is_not_the_account_day(ex: Extractor) -> None:
    claims = run(ex, "Gunmen raided the village of Oko on Saturday, killing 14 people. The governor condemned the "
                     "attack on Monday. Another 9 people were wounded, residents said.")
    assert days(one(claims, 9)) == ("2025-06-07", "2025-06-07")


def test_fronted_day_of_a_visit_is_not_the_account_day(ex: Extractor) -> None:
    claims = run(ex, "Gunmen raided the village of Oko on Saturday, killing 14 people. On Monday, the governor "
                     "visited the village. Another 9 people were wounded, residents said.")
    assert days(one(claims, 9)) == ("2025-06-07", "2025-06-07")


def test_bodies_pulled_by_a_day_keep_the_day_of_the_harm(ex: Extractor) -> None:
    claims = run(ex, "An air strike hit a building in Tiro on Sunday. He said volunteers had pulled 17 bodies from "
                     "the debris by Monday evening.")
    assert days(one(claims, 17)) == ("2025-06-08", "2025-06-08")


def test_by_a_day_the_toll_had_risen_keeps_the_attack_day(ex: Extractor) -> None:
    claims = run(ex, "A car bomb killed 13 people in Beled on Friday morning. By Saturday afternoon the death toll "
                     "had risen to 15, a minister said.")
    assert days(one(claims, 15)) == ("2025-06-06", "2025-06-06")


def test_since_then_in_the_figure_clause_beats_the_day_its_source_was_given(ex: Extractor) -> None:
    claims = run(ex, "Ethnic clashes broke out in Lamu state on 3 May 2023. According to figures tabled by the state "
                     "government in the assembly last month, 226 people have been killed since then.")
    assert days(one(claims, 226)) == ("2023-05-03", None)


def test_days_after_another_harm_are_two_events_not_one_span(ex: Extractor) -> None:
    claims = run(ex, "Gunmen killed 12 people in Dumi on Saturday, two days after 9 people were killed in nearby "
                     "Fala on Thursday.")
    assert days(one(claims, 12)) == ("2025-06-07", "2025-06-07")
    assert days(one(claims, 9)) == ("2025-06-05", "2025-06-05")


def test_missing_since_the_attack_are_the_attack_days(ex: Extractor) -> None:
    claims = run(ex, "Gunmen killed 12 people in Dumi on Saturday. A local leader said at least eight people have "
                     "been missing since the attack.")
    assert days(one(claims, 8)) == ("2025-06-07", "2025-06-07")


def test_gapped_figure_takes_the_day_set_after_it(ex: Extractor) -> None:
    claims = run(ex, "Twelve people were killed in Abo on Friday and eight on Saturday.")
    assert days(one(claims, 12)) == ("2025-06-06", "2025-06-06")
    assert days(one(claims, 8)) == ("2025-06-07", "2025-06-07")


def test_weekday_last_week_is_that_day_of_the_previous_week(ex: Extractor) -> None:
    claims = run(ex, "On Thursday last week, a bomb killed 7 people in Sura, police said.")
    assert days(one(claims, 7)) == ("2025-06-05", "2025-06-05")


def test_part_with_its_own_day_after_it_keeps_that_day(ex: Extractor) -> None:
    claims = run(ex, "At least 80 people have been killed in Tamo province this month, including 12 on Saturday.")
    assert days(one(claims, 80)) == ("2025-06-01", "2025-06-30")
    assert days(one(claims, 12)) == ("2025-06-07", "2025-06-07")


def test_fronted_day_of_recovering_bodies_is_not_the_harm_day(ex: Extractor) -> None:
    claims = run(ex, "Gunmen attacked the village of Dumi on Saturday. On Monday, rescuers recovered 27 bodies from "
                     "the river.")
    assert days(one(claims, 27)) == ("2025-06-07", "2025-06-07")


def test_fronted_day_of_a_killing_stays(ex: Extractor) -> None:
    claims = run(ex, "Gunmen attacked the village of Dumi on Saturday. On Monday, gunmen killed 5 people in Lira.")
    assert days(one(claims, 5)) == ("2025-06-09", "2025-06-09")


def test_during_the_week_is_the_week_long_period_the_account_named(ex: Extractor) -> None:
    claims = run(ex, "The ministry published on Thursday its bulletin of operations for the period from 2 to 8 June. "
                     "On Wednesday, three women were abducted near Bosso. During the week, 18 suspects were "
                     "arrested in the Dosso region.", published=date(2025, 6, 12))
    assert days(one(claims, 18)) == ("2025-06-02", "2025-06-08")
