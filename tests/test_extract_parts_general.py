"""Parts of totals and who the victims are, stated in ways no rule names word for word (issue 12).

Every sentence here is invented (places, names and figures), written to show one general kind.
"""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report

SUNDAY = date(2025, 3, 9)


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def run(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=SUNDAY))


def one(claims: list[Claim], value: int, outcome: str | None = None) -> Claim:
    found = [c for c in claims if c.count.value == value and (outcome is None or c.outcome == outcome)]
    assert len(found) == 1, [(c.outcome, c.count.text) for c in claims]
    return found[0]


def assert_parts(claims: list[Claim], total: int, outcome: str, parts: tuple[int, ...]) -> None:
    """Each of ``parts`` is one claim of ``outcome``, part of the one claim of ``total``."""
    whole = one(claims, total, outcome)
    for value in parts:
        assert one(claims, value, outcome).part_of == whole.id


def test_including_list_on_the_complement_of_a_toll_verb(ex: Extractor) -> None:
    claims = run(ex, "The toll in Varessa stood at 27, including 19 pupils, one watchman and two market traders.")
    assert_parts(claims, 27, "killed", (19, 2))


def test_including_list_on_a_group_already_counted(ex: Extractor) -> None:
    claims = run(ex, "At least 30 people died in the raid on Korvel. "
                     "The victims, including nine women and four children, were buried on Monday.")
    assert_parts(claims, 30, "killed", (9, 4))


def test_among_them_breakdown_without_an_outcome_word(ex: Extractor) -> None:
    claims = run(ex, "About 900 people fled Dastel after the shelling. Among them are 300 women, 250 men and 350 children.")
    assert_parts(claims, 900, "displaced", (300, 250, 350))


def test_this_number_comprises(ex: Extractor) -> None:
    claims = run(ex, "Some 120 people were killed in the fighting around Oskel. "
                     "This number comprises 70 civilians and 50 soldiers.")
    total = one(claims, 120, "killed")
    assert one(claims, 70).part_of == total.id
    assert one(claims, 50).victims.category == "state_forces"


def test_share_of_these_deaths_takes_the_deaths_outcome(ex: Extractor) -> None:
    claims = run(ex, "The monitor counted 80 deaths and 300 injuries in Tarvo. "
                     "It said 45 of these deaths were civilians.")
    part = one(claims, 45)
    assert part.outcome == "killed"
    assert part.part_of == one(claims, 80, "killed").id


def test_status_nouns_take_the_harm_their_clause_reports(ex: Extractor) -> None:
    claims = run(ex, "Officials said 14 hostages, including three guards, were killed during the rescue at Pell.")
    assert one(claims, 14).outcome == "killed"
    assert one(claims, 3).outcome == "killed"
    claims = run(ex, "Around 22 hostages who were injured were treated at the scene.")
    assert one(claims, 22).outcome == "injured"
    claims = run(ex, "The rebels abducted 40 hostages near Pell.")
    assert one(claims, 40).outcome == "abducted"


def test_part_of_a_number_stated_beside_it(ex: Extractor) -> None:
    claims = run(ex, "Three of the 18 wounded villagers remain in critical condition.")
    total = one(claims, 18, "injured")
    assert one(claims, 3, "injured").part_of == total.id
    claims = run(ex, "Doctors said five of the 31 people taken to hospital later died.")
    assert one(claims, 31, "injured")
    died = one(claims, 5)
    assert died.outcome == "killed" and died.part_of == one(claims, 31).id


def test_breakdown_across_sentences_with_an_unrelated_figure_between(ex: Extractor) -> None:
    claims = run(ex, "Police said 41 suspects have been arrested over the Tesh killings. "
                     "Of these, 20 were held in Orvan on Monday. "
                     "Two men were also arrested for looting in a separate case. "
                     "Another 15 were arrested in Dastel, and 6 more in Korvel.")
    total = one(claims, 41, "detained")
    for value in (20, 15, 6):
        assert one(claims, value, "detained").part_of == total.id
    assert one(claims, 2, "detained").part_of is None


def test_rounded_total_and_a_breakdown_stated_together(ex: Extractor) -> None:
    claims = run(ex, "Nearly 1,500 people were killed in the battle for Orvan, the mission said. "
                     "So far 1,000 bodies have been buried and 460 bodies remain in the city's morgues, an official said.")
    assert_parts(claims, 1500, "killed", (1000, 460))


def test_figures_that_do_not_add_up_are_not_parts(ex: Extractor) -> None:
    claims = run(ex, "At least 60 people were killed in Tesh on Friday. "
                     "In a separate raid, 12 people died in Orvan, and 9 were killed in Dastel.")
    assert all(c.part_of is None for c in claims)


def test_fronted_of_group_breaks_down_the_total(ex: Extractor) -> None:
    claims = run(ex, "The toll from the siege of Varo rose to 21. "
                     "Of the slain civilians, 18 were herders and three were fruit sellers.")
    assert_parts(claims, 21, "killed", (18, 3))
    claims = run(ex, "Of the civilian casualties, 40% (120) were reported killed.")
    assert one(claims, 120).outcome == "killed"


def test_figure_the_parser_hangs_on_an_opening_phrase(ex: Extractor) -> None:
    claims = run(ex, "In one of the worst raids since the 2017 Tesh bombing, 31 people — mostly herders — "
                     "were killed near Orvan on Sunday.")
    assert one(claims, 31, "killed")


def test_count_of_the_dead_named_by_its_complement(ex: Extractor) -> None:
    claims = run(ex, "About 700 people were hurt in the battle for Kelso. The insurgent command said the tally "
                     "of the deceased comprises 250 troops, not the 1,500 civilians cited by the envoy.")
    assert one(claims, 250).outcome == "killed"


def test_injuries_to_others(ex: Extractor) -> None:
    claims = run(ex, "The raid on Pell resulted in the deaths of 30 people and injuries to 12 others.")
    assert one(claims, 12).outcome == "injured"
    claims = run(ex, "Five men were arrested for the murder of two traders in Orvan.")
    assert one(claims, 2).outcome == "killed"


def test_attackers_and_ages_are_not_victims(ex: Extractor) -> None:
    claims = run(ex, "At least 12 people were killed and 40 injured when two suicide bombers struck a market in Tesh.")
    assert {c.count.value for c in claims} == {12, 40}
    claims = run(ex, "The mayor named the dead as Tavo Renel, 7, and Mara Kesh, 52.")
    assert not any(c.count.value in (7, 52) for c in claims)


def test_described_persons_in_a_list_of_the_victims(ex: Extractor) -> None:
    claims = run(ex, "Gunmen shot dead four herders, including a widower, on the road to Kiro.")
    total = one(claims, 4, "killed")
    person = next(c for c in claims if c.count.value == 1)
    assert person.part_of == total.id and "widower" in person.count.text
    claims = run(ex, "Among the victims in Sabo were an elderly tailor, his grandson and a street vendor, a nurse said.")
    assert sorted(c.count.text for c in claims if c.outcome == "killed") == [
        "a street vendor", "an elderly tailor", "his grandson"]


def test_list_members_the_parser_hangs_on_the_total(ex: Extractor) -> None:
    claims = run(ex, "By the army's count, 31 captives, including 20 police officers, four truck drivers "
                     "and seven traders, died near Pell.")
    assert_parts(claims, 31, "killed", (20, 4, 7))


def test_of_whom_points_at_the_noun_it_qualifies(ex: Extractor) -> None:
    claims = run(ex, "Eight people died in Orvan. Among the wounded were four nurses, three of whom were men.")
    nurses = one(claims, 4)
    men = one(claims, 3)
    assert nurses.outcome == men.outcome == "injured"
    assert men.part_of == nurses.id


def test_outcome_within_the_figures_own_phrase(ex: Extractor) -> None:
    claims = run(ex, "Two people died in the ambush near Pell, while seven others, among them pupils, "
                     "suffered injuries.")
    assert one(claims, 7).outcome == "injured"


def test_headline_among_the_dead(ex: Extractor) -> None:
    claims = run(ex, "Raid on festival in Orvan: 17 injured, two visitors among the dead")
    assert one(claims, 2).outcome == "killed"
    assert one(claims, 17).outcome == "injured"


def test_figure_repeated_under_a_name_and_its_initials_is_one(ex: Extractor) -> None:
    claims = run(ex, "At least nine villagers were killed in Tesh, according to the Tesh Rights Monitoring Group. "
                     "Photographs shared by the TRMG showed the bodies of nine villagers.")
    assert len([c for c in claims if c.count.value == 9]) == 1


def test_counted_nouns_in_apposition_are_one_list(ex: Extractor) -> None:
    claims = run(ex, "About 4,000 people have fled Dastel. "
                     "Among them are 1,900 females, 2,100 males, 800 children and 60 elderly persons.")
    assert_parts(claims, 4000, "displaced", (1900, 2100, 800, 60))


def test_one_person_picked_out_of_a_group(ex: Extractor) -> None:
    claims = run(ex, "Nine people were killed in Orvan on Friday. One of those slain was the imam of the mosque.")
    total = one(claims, 9, "killed")
    person = one(claims, 1, "killed")
    assert person.part_of == total.id
    claims = run(ex, "Three people were killed in a strike on Tesh. A nurse told us one of the victims was a "
                     "militiaman, and the remaining two were civilians.")
    total = one(claims, 3, "killed")
    others = one(claims, 2, "killed")
    assert others.part_of == total.id and others.victims.category == "civilians"
    assert one(claims, 1, "killed").part_of == total.id


def test_bare_number_in_a_parallel_clause(ex: Extractor) -> None:
    claims = run(ex, "The council said 70 victims were laid to rest on Monday, while 9 are still to be buried.")
    assert one(claims, 9).outcome == "killed"


def test_a_part_with_its_own_breakdown(ex: Extractor) -> None:
    claims = run(ex, "At least 12 villagers were killed in two raids on Tesh on Tuesday. "
                     "The first raid killed 11 villagers, the mayor said. "
                     "Four women and seven men were killed by the raiders, he said. "
                     "A farmer was killed in the second raid.")
    first = one(claims, 11, "killed")
    assert one(claims, 4).part_of == first.id
    assert one(claims, 7).part_of == first.id


def test_severity_subset_of_the_injured(ex: Extractor) -> None:
    claims = run(ex, "The ministry said some 85 people were hurt in the shelling of Orvan, with eight in a critical state.")
    assert one(claims, 8).part_of == one(claims, 85, "injured").id
    assert one(claims, 8).outcome == "injured"


def test_losing_people_is_a_death(ex: Extractor) -> None:
    claims = run(ex, "\u201cOur battalion lost seven men at the bridge,\u201d the captain in Tesh told reporters.")
    assert one(claims, 7).outcome == "killed"
    assert not run(ex, "Families in Tesh lost their homes and 300 cattle in the floods.")


def test_headline_figure_is_the_body_figure(ex: Extractor) -> None:
    text = ("Tesh Gov. confirms 64 deaths after raids\n\n"
            "Governor Mara Kesh has confirmed that at least 64 people were killed in raids on Orvan. "
            "She said 50 victims have been buried, while 14 are yet to be buried.")
    claims = run(ex, text)
    totals = [c for c in claims if c.count.value == 64]
    assert len(totals) == 1
    assert totals[0].source is not None and "Kesh" in totals[0].source.name
    assert one(claims, 50).part_of == totals[0].id
    assert one(claims, 14).part_of == totals[0].id


def test_the_dead_included_a_person(ex: Extractor) -> None:
    claims = run(ex, "Nine villagers were killed in Tesh on Tuesday, officials said. "
                     "A radio station said the dead included a pensioner and that three guards were hurt.")
    total = one(claims, 9, "killed")
    assert next(c for c in claims if c.count.text == "a pensioner").part_of == total.id


def test_share_of_these_people_and_another(ex: Extractor) -> None:
    claims = run(ex, "About 1,000 people have fled to Ibo. "
                     "Some 380 of these displaced people are housed in schools and another 410 are staying with relatives.")
    assert_parts(claims, 1000, "displaced", (380, 410))


def test_breakdown_refers_to_the_firm_total_not_a_bound_within_it(ex: Extractor) -> None:
    claims = run(ex, "A total of 5,210 people have been displaced by the violence in Tesh, the agency said. "
                     "It said more than 2,000 displaced people still lacked clean water. "
                     "Among the displaced people are 60 pregnant women and 400 children under five.")
    total = one(claims, 5210, "displaced")
    assert one(claims, 60).part_of == total.id
    claims = run(ex, "Some 20 people were killed in Tesh last week. "
                     "More than 50 people were killed in Orvan on Monday. Among them are 10 children.")
    assert one(claims, 10).part_of == one(claims, 50, "killed").id


def test_headline_merges_with_one_figure_of_a_body_sentence(ex: Extractor) -> None:
    text = ("Raid on Orvan market: 9 injured, two visitors among the dead\n\n"
            "At least 14 people were killed in a raid on the market in Orvan on Sunday. "
            "Among the dead are two visitors and two traders. At least 9 others were injured.")
    claims = run(ex, text)
    total = one(claims, 14, "killed")
    twos = [c for c in claims if c.count.value == 2 and c.outcome == "killed"]
    assert len(twos) == 2 and all(c.part_of == total.id for c in twos)
    assert len([c for c in claims if c.count.value == 9]) == 1


def test_persons_listed_with_a_figure_and_after_an_outcome_noun(ex: Extractor) -> None:
    claims = run(ex, "Six herders and a girl died and a man and another girl were hurt near Tesh.")
    assert [c.outcome for c in claims if c.count.text == "a girl"] == ["killed"]
    assert [c.outcome for c in claims if c.count.text == "another girl"] == ["injured"]
    claims = run(ex, "Those who were killed in Orvan were women, 3 men and one child.")
    assert [c.outcome for c in claims if c.count.text == "one child"] == ["killed"]


def test_figures_a_toll_grew_by_are_its_parts(ex: Extractor) -> None:
    claims = run(ex, "At least 19 people were killed in the hotel attack in Orvan, police said. "
                     "The toll climbed after the recovery of four more bodies and the death of "
                     "an injured police officer, the inspector said.")
    total = one(claims, 19, "killed")
    assert one(claims, 4).part_of == total.id
    officer = next(c for c in claims if "officer" in c.count.text)
    assert officer.part_of == total.id and officer.victims.category == "state_forces"


def test_a_figure_set_beside_a_total_is_not_in_it(ex: Extractor) -> None:
    claims = run(ex, "The toll from the raid on Orvan reached 16, besides the three raiders shot dead, police said. "
                     "Of the murdered civilians, 14 were pupils and two were teachers.")
    total = one(claims, 16, "killed")
    raiders = next(c for c in claims if c.count.value == 3 and "raiders" in c.victims.text)
    assert raiders.part_of is None
    assert one(claims, 14).part_of == total.id


def test_status_given_with_as_and_a_gapped_second_figure(ex: Extractor) -> None:
    claims = run(ex, "Some 600 people were killed in the strikes on Tesh, the monitor said. "
                     "By its records, 310 of those deaths were verified as civilians "
                     "and 120 as soldiers.")
    total = one(claims, 600, "killed")
    civilians, soldiers = one(claims, 310), one(claims, 120)
    assert (civilians.outcome, civilians.victims.category, civilians.part_of) == ("killed", "civilians", total.id)
    assert (soldiers.outcome, soldiers.victims.category, soldiers.part_of) == ("killed", "state_forces", total.id)


def test_headline_wording_of_a_body_figure(ex: Extractor) -> None:
    claims = run(ex, "Over 40 killed in Orvan clashes\n\nAt least 40 people were killed in clashes in Orvan on "
                     "Monday, a hospital official said.")
    forty = [c for c in claims if c.count.value == 40]
    assert len(forty) == 1 and forty[0].count.qualifier == "at_least"
