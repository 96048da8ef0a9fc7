"""Recall: figures the extractor missed and figures it invented, on kinds of sentence found by a battery of
invented news paragraphs. Every sentence, name and event here is invented."""

from __future__ import annotations

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def _figs(claims: list[Claim]) -> set[tuple[str, int | None]]:
    return {(c.outcome, c.count.value) for c in claims}


def test_people_feared_dead_are_a_toll(extractor: Extractor) -> None:
    claims = run(extractor, "At least 23 villagers are feared dead after raiders set fire to homes in Korfa.")
    assert ("killed", 23) in _figs(claims)


def test_people_who_could_be_killed_are_a_risk_not_a_toll(extractor: Extractor) -> None:
    claims = run(extractor, "Elders in Tamsa warn that 40 herders could be killed if the raids go on.")
    assert ("killed", 40) not in _figs(claims)


def test_a_figure_reported_wounded_after_a_death_toll_is_of_the_wounded(extractor: Extractor) -> None:
    claims = run(extractor, "Six gendarmes were killed and 11 others were reported wounded near Daro on Monday.")
    assert ("injured", 11) in _figs(claims) and ("killed", 11) not in _figs(claims)


def test_a_reduced_passive_after_reported_is_a_figure_not_a_speaker(extractor: Extractor) -> None:
    claims = run(extractor, "Since 2019 some 900 people have been killed in the valley and about 1,300 others reported "
                            "missing.")
    assert ("missing", 1300) in _figs(claims)


def test_a_person_seized_by_the_gunmen_is_abducted(extractor: Extractor) -> None:
    claims = run(extractor, "Her nephew had been seized by the gunmen on the road to Marva, the woman said.")
    assert ("abducted", 1) in _figs(claims)


def test_a_full_name_among_the_dead_is_a_figure_of_one(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen opened fire on a market in Teru on Sunday. Among the dead was Garba Musa Lado.")
    assert ("killed", 1) in _figs(claims)


def test_members_of_a_victim_list_the_parser_broke_off_are_parts_of_the_toll(extractor: Extractor) -> None:
    claims = run(extractor, "Raiders attacked the town of Bessa on Monday, killing at least 40 people, the league said. "
                            "The Bessa Civil Liberties League (BCLL) said in a statement issued on Thursday that the "
                            "victims included a Catholic priest, four police officers and at least 12 women.")
    figs = {(c.outcome, c.count.value): c for c in claims}
    assert ("killed", 4) in figs and ("killed", 12) in figs
    assert figs[("killed", 12)].part_of == figs[("killed", 40)].id


def test_new_idps_listed_under_displacement_are_displaced(extractor: Extractor) -> None:
    claims = run(extractor, "Raids by herders have caused displacement in the valley, including 4,200 new IDPs in Soro "
                            "district.")
    assert ("displaced", 4200) in _figs(claims)


def test_displacement_figures_standing_at_households_restated_as_individuals(extractor: Extractor) -> None:
    claims = run(extractor, "By Monday evening, displacement figures stood at 812 households, comprising 4,930 "
                            "individuals, the relief agency said.")
    figs = {(c.outcome, c.count.value): c for c in claims}
    assert ("displaced", 812) in figs and ("displaced", 4930) in figs
    assert figs[("displaced", 4930)].part_of is None


def test_a_person_set_before_among_them_is_a_part_of_the_figure(extractor: Extractor) -> None:
    claims = run(extractor, "Soldiers shot dead seven villagers in Maru on Friday, a teenager among them.")
    figs = {(c.outcome, c.count.value): c for c in claims}
    assert ("killed", 1) in figs and figs[("killed", 1)].part_of == figs[("killed", 7)].id


def test_a_person_named_by_an_age_alone_in_a_list_is_a_figure(extractor: Extractor) -> None:
    claims = run(extractor, "Officials said eleven people were killed in the raid on Tessa, including a 13-year-old.")
    figs = {(c.outcome, c.count.value): c for c in claims}
    assert ("killed", 1) in figs and figs[("killed", 1)].part_of == figs[("killed", 11)].id


def test_a_sides_losses_put_at_a_number_are_its_dead(extractor: Extractor) -> None:
    claims = run(extractor, "The militia said its fighters had pushed back the assault on Garo and put its own losses "
                            "at three.")
    assert ("killed", 3) in _figs(claims)


def test_losses_of_money_are_no_figure(extractor: Extractor) -> None:
    claims = run(extractor, "Traders in Garo put their losses at 40 million shillings after the looting.")
    assert not claims


def test_one_of_whom_is_in_intensive_care_is_a_part_of_the_injured(extractor: Extractor) -> None:
    claims = run(extractor, "Four firefighters were injured, one of whom is in intensive care.")
    figs = {(c.outcome, c.count.value): c for c in claims}
    assert ("injured", 1) in figs and figs[("injured", 1)].part_of == figs[("injured", 4)].id


def test_one_stated_to_be_critical_among_the_injured_taken_to_hospital(extractor: Extractor) -> None:
    claims = run(extractor, "Six people were hurt in the firing at Lomba. The injured were moved to the civil hospital, "
                            "Tessa, where one was stated to be critical.")
    figs = {(c.outcome, c.count.value): c for c in claims}
    assert ("injured", 1) in figs and figs[("injured", 1)].part_of == figs[("injured", 6)].id


def test_hostages_freed_are_no_abduction_figure_but_those_still_held_are(extractor: Extractor) -> None:
    claims = run(extractor, "Soldiers stormed the camp near Garo and freed five of the hostages, while eleven were "
                            "still being held on Thursday.")
    assert ("abducted", 5) not in _figs(claims)
    assert ("abducted", 11) in _figs(claims)


def test_people_freed_after_their_own_abduction_are_abducted(extractor: Extractor) -> None:
    claims = run(extractor, "Troops freed 16 herders who had been abducted near Lake Tessa on Friday.")
    assert ("abducted", 16) in _figs(claims)


def test_people_seized_as_hostages_beside_a_death_toll_are_abducted(extractor: Extractor) -> None:
    claims = run(extractor, "Officials say some 600 people died in the assault on Lira and about 90 were seized as "
                            "hostages.")
    assert ("abducted", 90) in _figs(claims) and ("killed", 90) not in _figs(claims)


def test_men_who_fell_on_the_battlefield_are_killed(extractor: Extractor) -> None:
    claims = run(extractor, "The battalion mourns 5 of its men who fell on the battlefield near Soro on Monday.")
    assert ("killed", 5) in _figs(claims)


def test_one_person_abducted_and_killed_is_two_figures(extractor: Extractor) -> None:
    claims = run(extractor, "Rebels abducted and killed a schoolteacher near Oru on Tuesday, police said.")
    assert ("abducted", 1) in _figs(claims) and ("killed", 1) in _figs(claims)


def test_two_verbs_each_with_its_own_object_are_not_shared(extractor: Extractor) -> None:
    claims = run(extractor, "Bandits abducted two traders and killed a farmer near Oru on Tuesday.")
    assert ("abducted", 1) not in _figs(claims)


def test_a_village_head_is_one_person(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed the village head of Dankoli on Sunday night.")
    assert ("killed", 1) in _figs(claims)


def test_the_parties_between_whom_a_dispute_ran_are_no_victims(extractor: Extractor) -> None:
    claims = run(extractor, "Three cousins were killed in a land dispute between two families near Bora.")
    assert _figs(claims) == {("killed", 3)}


def test_a_figure_of_a_separate_incident_is_not_a_repetition(extractor: Extractor) -> None:
    claims = run(extractor, "Nine militants were killed in a raid near Koro, police said. One policeman was killed and "
                            "two others were injured.\n\nIn a separate incident on Sunday, two policemen were injured in "
                            "a blast near Tessa, officials said.")
    assert sorted(c.count.value for c in claims if c.outcome == "injured") == [2, 2]


def test_an_approximate_part_after_among_them_is_a_part_of_the_figure(extractor: Extractor) -> None:
    claims = run(extractor, "The monitor says more than 300 people, among them about 80 civilians, have been killed "
                            "in the province.")
    figs = {(c.outcome, c.count.value): c for c in claims}
    assert ("killed", 80) in figs and figs[("killed", 80)].part_of == figs[("killed", 300)].id


def test_people_who_left_and_are_taking_refuge_are_displaced_not_actors(extractor: Extractor) -> None:
    claims = run(extractor, "Hundreds of residents have since deserted Kessa and neighbouring villages and are now "
                            "taking refuge in a school in Tamu town.")
    assert [c.outcome for c in claims] == ["displaced"]


def test_people_who_sought_shelter_are_displaced(extractor: Extractor) -> None:
    claims = run(extractor, "Around 700 people have sought shelter in mosques and schools in Dara.")
    assert ("displaced", 700) in _figs(claims)


def test_every_count_of_a_list_of_places_after_a_colon_is_a_figure(extractor: Extractor) -> None:
    claims = run(extractor, "The governor said nine people were killed: four in Marka, three in Tolo and two in Bessa.")
    assert {("killed", 4), ("killed", 3), ("killed", 2)} <= _figs(claims)
