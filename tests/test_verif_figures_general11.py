"""Verification and figures (issue 12, round 11): a denial of reports of a harm, a denial that points back
past its own figures, "could not confirm any of these tolls", a claim described as a fabrication, an
official insisting "only N". Every sentence, name and place here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report

PUBLISHED = date(2025, 6, 4)


def claims_of(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=PUBLISHED))


def run(ex: Extractor, text: str) -> dict[int | None, str]:
    return {c.count.value: c.verification for c in claims_of(ex, text)}


def test_a_denial_of_reports_of_the_harm_disputes_the_others_figures_of_it(extractor: Extractor) -> None:
    text = ("Artillery fire on two hamlets in Zorgan district killed at least six civilians, including three "
            "children, on 2 May, the Velmar Rights Group said.\n\n"
            "A doctor in Zorgan said 14 people were wounded.\n\n"
            "The Ostrian defence ministry rejected reports of civilian casualties as \"fabricated\", and said "
            "its forces had killed 17 militants.\n\n"
            "Some 300 families fled the hamlets, residents said.")
    got = run(extractor, text)
    assert got[6] == "disputed" and got[3] == "disputed" and got[14] == "disputed", got
    assert got[17] == "unknown" and got[300] == "unknown", got


def test_a_denial_of_that_account_points_back_past_the_deniers_own_figure(extractor: Extractor) -> None:
    text = ("The Velmar Front said its fighters had beaten off an assault near Zorgan and killed 45 soldiers. "
            "A spokesman for the Ostrian army denied that account and said only three of its men had died.")
    got = run(extractor, text)
    assert got[45] == "disputed" and got[3] == "unknown", got


def test_could_not_confirm_any_of_these_tolls_covers_every_toll_before(extractor: Extractor) -> None:
    text = ("Gunmen killed more than 40 soldiers in an attack on Tarvo on Sunday, security sources said.\n\n"
            "A trader in Tarvo said at least 25 civilians had also died in the market.\n\n"
            "The Velmar Front claimed it had killed 90 soldiers.\n\n"
            "Ostria Wire could not independently confirm any of these tolls.")
    got = run(extractor, text)
    assert got[40] == "unverified" and got[25] == "unverified" and got[90] == "unverified", got


@pytest.mark.parametrize("verb", ["described", "branded", "labelled"])
def test_a_claim_described_as_a_fabrication_is_disputed(extractor: Extractor, verb: str) -> None:
    text = ("Police said 4 officers were wounded in Tarvo on Monday. The Velmar Front said its fighters had "
            f"killed 11 officers. Colonel Idris Mavo {verb} the claim as \"pure fabrication\".")
    got = run(extractor, text)
    assert got[11] == "disputed" and got[4] == "unknown", got


def test_a_denial_of_allegations_claiming_a_figure_disputes_it(extractor: Extractor) -> None:
    text = ("The army said 6 soldiers were killed in the ambush near Tarvo on Monday. The army firmly denies the "
            "allegations spread online claiming that 80 soldiers were killed.")
    got = run(extractor, text)
    assert got[80] == "disputed" and got[6] == "unknown", got


def test_an_official_insisting_only_n_disputes_the_larger_toll_stated_earlier(extractor: Extractor) -> None:
    text = ("Gunmen killed 14 people in Tarvo village on Sunday night, residents said.\n\n"
            "One resident said three people were wounded.\n\n"
            "A police spokesman confirmed the attack but insisted that only eight people were killed.")
    got = run(extractor, text)
    assert got[14] == "disputed" and got[8] == "unknown", got


def test_an_earlier_version_citing_a_source_is_superseded(extractor: Extractor) -> None:
    text = ("A strike on a shelter in Tarvo killed 31 people, among them 6 children, the Tarvo rescue service said. "
            "Ostria Wire could not independently verify the toll.\n\n"
            "Correction: An earlier version of this report, quoting the Tarvo rescue service, said 16 children "
            "were among the dead.")
    got = run(extractor, text)
    assert got[16] == "disputed" and got[31] == "unverified", got


def figures(ex: Extractor, text: str) -> list[tuple[str, str]]:
    return [(c.outcome, c.count.text) for c in claims_of(ex, text)]


@pytest.mark.parametrize("treated", ["needed emergency surgery", "required urgent surgery", "underwent amputations"])
def test_a_subset_needing_surgery_is_injured_not_killed(extractor: Extractor, treated: str) -> None:
    text = ("Doctors at Tarvo General Hospital treated 64 wounded people on Saturday, the hospital said. "
            f"Seven of them {treated}, and two died of their injuries on Sunday.")
    got = figures(extractor, text)
    assert ("injured", "Seven") in got and ("killed", "Seven") not in got, got


def test_a_quoted_amount_takes_the_harm_word_after_its_closing_mark(extractor: Extractor) -> None:
    text = ('The Tarvo Medics Network, a volunteer group that tracks casualties, gave a toll of 41 dead and '
            '"more than 20" wounded.')
    got = figures(extractor, text)
    assert ("injured", "more than 20") in got and ("killed", "more than 20") not in got, got


@pytest.mark.parametrize("sentence", [
    "Following the raid, hundreds of households have left Tarvo and nearby hamlets for Mesk and Oral, elders say.",
    "Dozens of families have left Tarvo for Mesk since the raid, elders say.",
])
def test_a_vague_number_of_people_leaving_a_place_is_displaced(extractor: Extractor, sentence: str) -> None:
    got = figures(extractor, sentence)
    assert [o for o, _ in got] == ["displaced"], got


@pytest.mark.parametrize("sentence", [
    "About 2,300 families have reached Mesk Abiro from the villages around Tarvo since May, the agency said.",
    "About 2,300 people have arrived in Mesk from Tarvo since Monday, officials said.",
])
def test_people_arriving_from_a_place_are_displaced_and_the_place_is_no_victim(
        extractor: Extractor, sentence: str) -> None:
    got = figures(extractor, sentence)
    assert got == [("displaced", "About 2,300")], got


def test_the_wounded_arriving_at_hospital_are_not_displaced(extractor: Extractor) -> None:
    got = figures(extractor, "Twelve wounded people arrived at the hospital from Tarvo on Monday.")
    assert got == [("injured", "Twelve")], got


def test_a_headlines_number_parsed_as_a_noun_takes_its_own_harm_word(extractor: Extractor) -> None:
    got = figures(extractor, "Guard killed, five hurt in Tarvo checkpoint blast\n\nMore follows.")
    assert got == [("injured", "five")], got


def test_a_headlines_first_count_takes_the_participle_right_after_it(extractor: Extractor) -> None:
    got = figures(extractor, "Governor: 31 killed, 12 women abducted in Tarvo raid\n\nMore follows.")
    assert ("killed", "31") in got and ("abducted", "31") not in got, got


@pytest.mark.parametrize("sentence", [
    "Rights workers say at least 13 children, some as young as eight, were abducted from Tarvo.",
    "Her son Aro, then 17, disappeared in Tarvo in March 2021.",
])
def test_an_age_is_no_count(extractor: Extractor, sentence: str) -> None:
    got = figures(extractor, sentence)
    assert all(t not in ("eight", "17") for _, t in got), got


def test_weapons_and_quantities_recovered_beside_the_dead_are_no_victims(extractor: Extractor) -> None:
    text = ("The bodies of six male and two female uniformed rebels were recovered, along with one AK rifle, three "
            "pistols, a grenade launcher and a large quantity of explosives.")
    got = figures(extractor, text)
    assert got == [("killed", "six"), ("killed", "two")], got


def test_a_numbered_region_is_no_count(extractor: Extractor) -> None:
    got = figures(extractor, "Three rangers have been killed in the attacks, according to the Security Command Region 7.")
    assert got == [("killed", "Three")], got


def test_one_of_them_lists_a_single_person_as_a_part(extractor: Extractor) -> None:
    cs = claims_of(extractor, "Four other people were wounded, one of them a 9-year-old girl, the mayor said.")
    got = {c.count.text: c for c in cs}
    assert set(got) == {"Four", "a 9-year-old girl"}, list(got)
    girl = got["a 9-year-old girl"]
    assert girl.outcome == "injured" and girl.part_of == got["Four"].id and girl.victims.category == "civilians"


@pytest.mark.parametrize("sentence", [
    'A gravedigger told Ostria Radio that "more than 70" people had been buried since the strike.',
    "A gravedigger said that 45 people had been buried in the cemetery since Monday.",
])
def test_people_buried_in_the_passive_are_the_dead(extractor: Extractor, sentence: str) -> None:
    got = figures(extractor, sentence)
    assert [o for o, _ in got] == ["killed"], got


def test_people_buried_under_rubble_are_not_counted_dead(extractor: Extractor) -> None:
    got = figures(extractor, "Dozens of people were buried under the rubble of the Tarvo market.")
    assert ("killed", "Dozens") not in got, got


def test_a_places_population_as_the_base_of_a_share_is_no_figure(extractor: Extractor) -> None:
    got = figures(extractor, "Around 1.1 million of Tarvo's 1.6 million people have been displaced, the UN says.")
    assert got == [("displaced", "Around 1.1 million")], got


def test_people_forced_out_of_a_camp_are_displaced(extractor: Extractor) -> None:
    got = figures(extractor, "The governorate said that about 2,100 families had been forced out of the camp since May.")
    assert got == [("displaced", "about 2,100")], got


@pytest.mark.parametrize("sentence,expected", [
    ("Three soldiers fell in battle near Tarvo on Monday.", [("killed", "Three")]),
    ("Five VDP fell with their weapons in hand.", [("killed", "Five")]),
    ("Corporal Aro Venn, 23, a soldier in the 4th Brigade, fell yesterday during fighting near Mesk.",
     [("killed", "Corporal Aro Venn")]),
    ("Two soldiers fell from a truck near Tarvo on Monday.", []),
    ("The town of Tarvo fell to the rebels on Monday.", []),
])
def test_members_of_a_force_who_fell_are_killed(extractor: Extractor, sentence: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert figures(extractor, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Rebels shot dead a former sarpanch near Tarvo on Monday.", ("killed", "a former sarpanch")),
    ("Two guards were killed and a passerby was wounded near Tarvo.", ("injured", "a passerby")),
])
def test_local_titles_and_passers_by_are_single_civilians(extractor: Extractor, sentence: str,
                                                           expected: tuple[str, str]) -> None:
    cs = claims_of(extractor, sentence)
    got = {(c.outcome, c.count.text): c.victims.category for c in cs}
    assert got.get(expected) == "civilians", got


def categories(ex: Extractor, text: str) -> dict[str, str]:
    return {c.count.text: c.victims.category for c in claims_of(ex, text)}


@pytest.mark.parametrize("sentence,amount", [
    ("Separately, the group said four of its fighters had been killed in clashes with the army.", "four"),
    ("The army said troops killed 17 TLF fighters near Tarvo.", "17"),
    ("The monitor said the dead included 12 fighters from Ostrian-backed factions.", "12"),
    ('The military said its strikes had killed "dozens" of Velmar operatives over the past day.', "dozens"),
    ("Police arrested three cadres of the banned Tarvo Liberation Army on Friday.", "three"),
])
def test_fighters_whose_side_is_said_are_non_state(extractor: Extractor, sentence: str, amount: str) -> None:
    got = categories(extractor, sentence)
    assert got.get(amount) == "non_state_fighters", got


def test_fighters_of_no_said_side_stay_combatants(extractor: Extractor) -> None:
    got = categories(extractor, "Clashes between two clans near Tarvo killed nine fighters.")
    assert got.get("nine") == "combatants", got


def test_a_paramilitary_member_of_a_state_post_is_state_forces(extractor: Extractor) -> None:
    got = categories(extractor, "A paramilitary ranger was killed when a roadside bomb exploded near Tarvo.")
    assert got.get("A paramilitary ranger") == "state_forces", got


@pytest.mark.parametrize("sentence,expected", [
    ("A 12-year-old girl who had been fetching water is missing, according to her father.",
     [("missing", "A 12-year-old girl")]),
    ("A fisherman remains missing after the boat capsized off Tarvo.", [("missing", "A fisherman")]),
])
def test_a_single_person_whose_copula_takes_the_harm_word(extractor: Extractor, sentence: str,
                                                          expected: list[tuple[str, str]]) -> None:
    assert figures(extractor, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("A six-year-old boy was hit by a stray bullet in Tarvo on Monday.", [("injured", "A six-year-old boy")]),
    ("Four guards who tried to resist were hit by bullets; they were taken to the district hospital.",
     [("injured", "Four")]),
    ("A six-year-old boy was hit by a stray bullet and died on the way to hospital.",
     [("killed", "A six-year-old boy")]),
])
def test_people_hit_by_gunfire_are_injured_unless_they_died(extractor: Extractor, sentence: str,
                                                           expected: list[tuple[str, str]]) -> None:
    assert figures(extractor, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The three girls, of 13, 14 and 16 years, were carried off by the gunmen, elders said.", [("abducted", "three")]),
    ("Witnesses said armed men came at dawn and took away five herders and 300 head of cattle.",
     [("abducted", "five")]),
])
def test_people_led_off_by_their_captors_are_abducted_and_ages_and_cattle_are_no_count(
        extractor: Extractor, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert figures(extractor, sentence) == expected


def test_a_livestock_word_compounded_into_a_person_noun_still_counts_people(extractor: Extractor) -> None:
    got = figures(extractor, "At least 14 cattle herders were killed near Tarvo on Monday, officials said.")
    assert got == [("killed", "At least 14")], got


@pytest.mark.parametrize("sentence", [
    "The agency estimates that about 2.2 million people, roughly nine in ten of Tarvo's population, have fled.",
    "Three out of four children in the Tarvo camp were wounded, the agency estimates.",
])
def test_a_share_is_no_count(extractor: Extractor, sentence: str) -> None:
    got = figures(extractor, sentence)
    assert all(t.lower() not in ("nine", "ten", "three", "four") for _, t in got), got


def test_a_count_over_some_days_is_still_a_count(extractor: Extractor) -> None:
    assert figures(extractor, "Gunmen killed two in 10 days in Tarvo.") == [("killed", "two")]


@pytest.mark.parametrize("sentence,expected", [
    ("During the firefight, Sepoy Aro Venn, 26, embraced shahadat, the army said.", ("killed", "Sepoy Aro Venn")),
    ("The source said three others escaped with machete cuts and were treated in Tarvo.", ("injured", "three")),
    ("Villagers said two young men had been picked up by security forces on Monday.", ("detained", "two")),
])
def test_translated_and_plain_phrases_of_harm(extractor: Extractor, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in figures(extractor, sentence)


def test_a_state_member_living_somewhere_stays_state_forces(extractor: Extractor) -> None:
    got = categories(extractor, "During the firefight, Sepoy Aro Venn, 26, a resident of Tarvo, embraced shahadat, the army said.")
    assert got.get("Sepoy Aro Venn") == "state_forces", got


@pytest.mark.parametrize("sentence,amount,category", [
    ("A member of the Ministry of Interior was killed in an attack on a post near Tarvo.", "A member", "state_forces"),
    ("A member of the Tarvo Liberation Front was killed in a drone strike.", "A member", "non_state_fighters"),
])
def test_a_member_of_a_named_body_is_a_single_of_the_bodys_side(extractor: Extractor, sentence: str, amount: str,
                                                                category: str) -> None:
    got = categories(extractor, sentence)
    assert got.get(amount) == category, got


def test_a_person_found_dead_is_a_single_killed(extractor: Extractor) -> None:
    got = figures(extractor, "A young shepherd was found dead with signs of torture near Tarvo on Monday.")
    assert got == [("killed", "A young shepherd")], got


def test_persons_listed_in_apposition_to_a_count_are_its_parts(extractor: Extractor) -> None:
    cs = claims_of(extractor, "Two other people, a herder and his 9-year-old daughter, were killed near Tarvo.")
    got = {c.count.text: c for c in cs}
    assert set(got) == {"Two", "a herder", "his 9-year-old daughter"}, list(got)
    assert got["a herder"].part_of == got["Two"].id and got["Two"].victims.category == "civilians"


def test_an_apposition_that_does_not_list_as_many_persons_lists_some_of_them(extractor: Extractor) -> None:
    # (round 19: persons each with an article or possessive set in apposition to a count they do not add up to
    # are some of the counted, single parts of it, as with "among them": figures_more.listed_companions)
    cs = claims_of(extractor, "Three people, a herder and his daughter, were killed near Tarvo.")
    got = {c.count.text: c for c in cs}
    assert set(got) == {"Three", "a herder", "his daughter"}, list(got)
    assert got["a herder"].part_of == got["Three"].id and got["his daughter"].part_of == got["Three"].id


@pytest.mark.parametrize("sentence", [
    "The wounded were airlifted to Mesk Level Four Hospital, the governor said.",
    "The displaced families are sheltering in 40 Temporary Accommodation Centres across Tarvo.",
])
def test_numbered_or_counted_places_are_no_victims(extractor: Extractor, sentence: str) -> None:
    got = figures(extractor, sentence)
    assert all(t not in ("Four", "40") for _, t in got), got


def test_a_counted_military_body_is_the_states(extractor: Extractor) -> None:
    got = categories(extractor, "The toll of 31 dead includes 12 military and Tarvo Corps personnel and four civilians.")
    assert got.get("12") == "state_forces", got


def test_a_plural_noun_a_harm_verb_takes_for_its_object_is_people(extractor: Extractor) -> None:
    got = figures(extractor, 'Its fighters killed "more than 40 apostates", the Velmar Front said.')
    assert got == [("killed", "more than 40")], got


def test_animals_killed_are_no_people(extractor: Extractor) -> None:
    assert figures(extractor, "The raiders killed 30 cows near Tarvo.") == []


def test_money_in_a_local_currency_is_no_count(extractor: Extractor) -> None:
    got = figures(extractor, "The kidnappers have demanded FCFA 3 million for each hostage, relatives said.")
    assert all("million" not in t for _, t in got), got


def test_a_headlines_present_tense_harm_parsed_as_a_noun(extractor: Extractor) -> None:
    got = figures(extractor, "Ostria: Rebels kill five in Tarvo, more than 9,000 flee\n\nMore follows.")
    assert ("displaced", "more than 9,000") in got, got


def test_people_who_act_over_a_harm_are_not_its_victims(extractor: Extractor) -> None:
    got = figures(extractor, "Hundreds of students on Monday blocked the Tarvo highway to protest against the killings.")
    assert got == [], got


def test_reported_fatalities_are_counted_not_speakers(extractor: Extractor) -> None:
    got = figures(extractor, "The monitor recorded 31 violent events and 88 reported fatalities in Tarvo in May.")
    assert got == [("killed", "88")], got


def test_a_count_set_against_a_harm_by_while_takes_its_own_verb(extractor: Extractor) -> None:
    text = ("The office said 4,100 people had been displaced since May, while at least 900 others were confined "
            "to their villages.")
    got = figures(extractor, text)
    assert got == [("displaced", "4,100")], got
