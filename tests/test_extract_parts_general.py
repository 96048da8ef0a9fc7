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


def test_including_list_on_the_complement_of_a_toll_verb(ex: Extractor) -> None:
    claims = run(ex, "The toll in Varessa stood at 27, including 19 pupils, one watchman and two market traders.")
    total = one(claims, 27, "killed")
    assert one(claims, 19, "killed").part_of == total.id
    assert one(claims, 2, "killed").part_of == total.id


def test_including_list_on_a_group_already_counted(ex: Extractor) -> None:
    claims = run(ex, "At least 30 people died in the raid on Korvel. "
                     "The victims, including nine women and four children, were buried on Monday.")
    total = one(claims, 30, "killed")
    assert one(claims, 9, "killed").part_of == total.id
    assert one(claims, 4, "killed").part_of == total.id


def test_among_them_breakdown_without_an_outcome_word(ex: Extractor) -> None:
    claims = run(ex, "About 900 people fled Dastel after the shelling. Among them are 300 women, 250 men and 350 children.")
    total = one(claims, 900, "displaced")
    for value in (300, 250, 350):
        assert one(claims, value, "displaced").part_of == total.id


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
    total = one(claims, 1500, "killed")
    assert one(claims, 1000, "killed").part_of == total.id
    assert one(claims, 460, "killed").part_of == total.id


def test_figures_that_do_not_add_up_are_not_parts(ex: Extractor) -> None:
    claims = run(ex, "At least 60 people were killed in Tesh on Friday. "
                     "In a separate raid, 12 people died in Orvan, and 9 were killed in Dastel.")
    assert all(c.part_of is None for c in claims)


def test_fronted_of_group_breaks_down_the_total(ex: Extractor) -> None:
    claims = run(ex, "The toll from the siege of Varo rose to 30. "
                     "Of the civilian victims, 16 were local residents and four were visiting traders.")
    total = one(claims, 30, "killed")
    assert one(claims, 16).part_of == total.id
    assert one(claims, 4).part_of == total.id
    claims = run(ex, "Of the civilian casualties, 40% (120) were reported killed.")
    assert one(claims, 120).outcome == "killed"


def test_figure_the_parser_hangs_on_an_opening_phrase(ex: Extractor) -> None:
    claims = run(ex, "In one of the worst raids since the 2017 Tesh bombing, 31 people — mostly herders — "
                     "were killed near Orvan on Sunday.")
    assert one(claims, 31, "killed")


def test_count_of_the_dead_named_by_its_complement(ex: Extractor) -> None:
    claims = run(ex, "Some 900 people were injured in the fighting. The rebels said the number of deceased "
                     "includes 300 soldiers, and not 2,000 civilians as the mission reported.")
    assert one(claims, 300).outcome == "killed"


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
    claims = run(ex, "Three shopkeepers, including an octogenarian, were killed in the raid on Tesh.")
    total = one(claims, 3, "killed")
    person = next(c for c in claims if c.count.value == 1)
    assert person.part_of == total.id and "octogenarian" in person.count.text
    claims = run(ex, "Among the victims in Orvan was a young mother, her newborn baby and a midwife, the doctor said.")
    assert sorted(c.count.text for c in claims if c.outcome == "killed") == [
        "a midwife", "a young mother", "her newborn baby"]


def test_list_members_the_parser_hangs_on_the_total(ex: Extractor) -> None:
    claims = run(ex, "According to the official count, 26 hostages, including 18 soldiers, three railway "
                     "employees and five civilians, were killed near Pell.")
    total = one(claims, 26, "killed")
    for value in (18, 3, 5):
        part = one(claims, value)
        assert (part.outcome, part.part_of) == ("killed", total.id)


def test_of_whom_points_at_the_noun_it_qualifies(ex: Extractor) -> None:
    claims = run(ex, "Twelve people were killed in Orvan. Among the injured are three teachers, two of whom are women.")
    teachers = one(claims, 3)
    women = one(claims, 2)
    assert teachers.outcome == women.outcome == "injured"
    assert women.part_of == teachers.id


def test_outcome_within_the_figures_own_phrase(ex: Extractor) -> None:
    claims = run(ex, "The raid on Pell resulted in four fatalities, while five others, including pupils, "
                     "sustained injuries.")
    assert one(claims, 5).outcome == "injured"


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
    total = one(claims, 4000, "displaced")
    for value in (1900, 2100, 800, 60):
        assert one(claims, value, "displaced").part_of == total.id


def test_one_person_picked_out_of_a_group(ex: Extractor) -> None:
    claims = run(ex, "Nine people were killed in Orvan on Friday. One of those murdered was the head of the village.")
    total = one(claims, 9, "killed")
    person = one(claims, 1, "killed")
    assert person.part_of == total.id
    claims = run(ex, "Three people were killed in a strike on Tesh. A medic said that one of the dead was a fighter "
                     "and the two others were civilians.")
    total = one(claims, 3, "killed")
    others = one(claims, 2, "killed")
    assert others.part_of == total.id and others.victims.category == "civilians"
    assert one(claims, 1, "killed").part_of == total.id


def test_bare_number_in_a_parallel_clause(ex: Extractor) -> None:
    claims = run(ex, "The governor disclosed that 90 victims have already been buried, while 14 are yet to be buried.")
    assert one(claims, 14).outcome == "killed"


def test_a_part_with_its_own_breakdown(ex: Extractor) -> None:
    claims = run(ex, "At least 12 villagers were killed in two raids on Tesh on Tuesday. "
                     "The first raid killed 11 villagers, the mayor said. "
                     "Four women and seven men were killed by the raiders, he said. "
                     "A farmer was killed in the second raid.")
    first = one(claims, 11, "killed")
    assert one(claims, 4).part_of == first.id
    assert one(claims, 7).part_of == first.id


def test_severity_subset_of_the_injured(ex: Extractor) -> None:
    claims = run(ex, "The ministry said 140 people were injured in the strikes on Orvan, with six in serious condition.")
    assert one(claims, 6).part_of == one(claims, 140, "injured").id
    assert one(claims, 6).outcome == "injured"


def test_losing_people_is_a_death(ex: Extractor) -> None:
    claims = run(ex, "\u201cWe have lost five soldiers in this ambush,\u201d the commander in Tesh said.")
    assert one(claims, 5).outcome == "killed"
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
                     "State television said the dead included a woman, adding that two guards were wounded.")
    total = one(claims, 9, "killed")
    assert next(c for c in claims if c.count.text == "a woman").part_of == total.id


def test_share_of_these_people_and_another(ex: Extractor) -> None:
    claims = run(ex, "About 1,000 people have fled to Ibo. "
                     "450 of these displaced people are in Ibo town and another 520 sought refuge on nearby islands.")
    total = one(claims, 1000, "displaced")
    assert one(claims, 450).part_of == total.id
    assert one(claims, 520).part_of == total.id


def test_breakdown_refers_to_the_firm_total_not_a_bound_within_it(ex: Extractor) -> None:
    claims = run(ex, "A total of 5,210 people have been displaced by the violence in Tesh, the agency said. "
                     "It noted that more than 2,000 displaced persons were in urgent need of food. "
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
    claims = run(ex, "Ten farmers and a boy were killed and a woman and another boy were wounded in Tesh.")
    assert [c.outcome for c in claims if c.count.text == "a boy"] == ["killed"]
    assert [c.outcome for c in claims if c.count.text == "another boy"] == ["injured"]
    claims = run(ex, "Those who were killed in Orvan were women, 3 men and one child.")
    assert [c.outcome for c in claims if c.count.text == "one child"] == ["killed"]


def test_figures_a_toll_grew_by_are_its_parts(ex: Extractor) -> None:
    claims = run(ex, "At least 19 people were killed in the hotel attack in Orvan, police said. "
                     "The number of those killed rose with the discovery of six more bodies and the death of "
                     "a wounded police officer, police said.")
    total = one(claims, 19, "killed")
    assert one(claims, 6).part_of == total.id
    officer = next(c for c in claims if "officer" in c.count.text)
    assert officer.part_of == total.id and officer.victims.category == "state_forces"


def test_a_figure_set_beside_a_total_is_not_in_it(ex: Extractor) -> None:
    claims = run(ex, "The toll from the raid on Orvan climbed to 21, plus the five attackers killed, police said. "
                     "Of the civilian victims, 16 were local residents and five were visitors.")
    total = one(claims, 21, "killed")
    attackers = next(c for c in claims if c.count.value == 5 and "attackers" in c.victims.text)
    assert attackers.part_of is None
    assert one(claims, 16).part_of == total.id


def test_status_given_with_as_and_a_gapped_second_figure(ex: Extractor) -> None:
    claims = run(ex, "Some 600 people were killed in the strikes on Tesh, the monitor said. "
                     "The monitor reported that 263 of these deaths have been confirmed as civilians "
                     "and 154 as military personnel.")
    total = one(claims, 600, "killed")
    civilians, soldiers = one(claims, 263), one(claims, 154)
    assert (civilians.outcome, civilians.victims.category, civilians.part_of) == ("killed", "civilians", total.id)
    assert (soldiers.outcome, soldiers.victims.category, soldiers.part_of) == ("killed", "state_forces", total.id)


def test_headline_wording_of_a_body_figure(ex: Extractor) -> None:
    claims = run(ex, "Over 40 killed in Orvan clashes\n\nAt least 40 people were killed in clashes in Orvan on "
                     "Monday, a hospital official said.")
    forty = [c for c in claims if c.count.value == 40]
    assert len(forty) == 1 and forty[0].count.qualifier == "at_least"
