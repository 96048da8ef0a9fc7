"""Round 19, recall: figures that were lost or merged away. Every sentence, name and event here is invented;
places are real or invented."""

from __future__ import annotations

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def figs(claims: list[Claim]) -> list[tuple[str, int | None]]:
    return sorted((c.outcome, c.count.value) for c in claims)


# --- a later figure equal to an earlier one, of another event ------------------------------------------------

def test_a_separate_attack_mid_sentence_is_a_figure_of_its_own(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed two farmers in Riyom. A separate attack by herders also left 2 civilians "
                            "dead in Bassa.")
    assert figs(claims) == [("killed", 2), ("killed", 2)]


def test_a_second_attack_after_the_figure_is_a_figure_of_its_own(extractor: Extractor) -> None:
    claims = run(extractor, "Four people were killed in the market bombing in Maiduguri. Residents said that four "
                            "unarmed civilians were killed in a second attack on the outskirts.")
    assert figs(claims) == [("killed", 4), ("killed", 4)]


def test_more_of_the_same_is_a_figure_of_its_own(extractor: Extractor) -> None:
    claims = run(extractor, "An airstrike on Rafah killed 12 people, medics said. Hours later, a strike on a school "
                            "in Khan Younis killed another 12.")
    assert figs(claims) == [("killed", 12), ("killed", 12)]


def test_a_further_figure_after_another_outcome_in_its_sentence_still_repeats(extractor: Extractor) -> None:
    claims = run(extractor, "Militants killed 31 soldiers and wounded 9 near Menaka on Monday. Besides the 31 "
                            "soldiers who died, a further 9 were wounded, the army said.")
    assert figs(claims) == [("injured", 9), ("killed", 31)]


def test_a_separate_case_named_after_the_figure_is_no_other_event(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed 14 people at a wake in Celaya on Sunday. Prosecutors revised the toll to "
                            "14 from 15, saying one victim belonged to a separate case at the hospital.")
    assert [c.count.value for c in claims if c.outcome == "killed"].count(14) == 1


# --- one person named, whatever entity the parser takes the name for --------------------------------------------

def _one_named(claims: list[Claim], outcome: str, word: str) -> bool:
    return any(c.outcome == outcome and c.count.value == 1 and word in c.victims.text for c in claims)


def test_a_full_name_with_an_age_beside_it_is_one_person(extractor: Extractor) -> None:
    claims = run(extractor, "Ana Ferro, 34, was shot dead outside her home in Tegucigalpa on Tuesday.")
    assert _one_named(claims, "killed", "Ferro")


def test_a_name_after_a_rank_is_one_person(extractor: Extractor) -> None:
    claims = run(extractor, "Sergeant Petro Kovalenko was killed by Russian shelling near Pokrovsk, his brigade said.")
    assert _one_named(claims, "killed", "Kovalenko")


def test_a_name_after_a_role_found_dead_is_one_person(extractor: Extractor) -> None:
    claims = run(extractor, "Environmental activist Lucía Quispe was found dead near the river on Saturday.")
    assert _one_named(claims, "killed", "Quispe")


def test_a_role_with_the_name_after_it_shot_dead_is_one_person(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen shot dead councillor Thandiwe Mkhize outside her house in Durban.")
    assert [(c.outcome, c.count.value) for c in claims] == [("killed", 1)]


def test_a_body_named_before_a_description_is_no_person(extractor: Extractor) -> None:
    claims = run(extractor, "A drone strike on the market in Kadugli killed nine people and wounded 23 others, the "
                            "Kadugli Emergency Response Room, a volunteer group, said.")
    assert figs(claims) == [("injured", 23), ("killed", 9)]


# --- demographic parts of one total, and "brings to N the number of ..." ------------------------------------------

def test_parts_of_two_kinds_with_one_count_are_two_figures(extractor: Extractor) -> None:
    claims = run(extractor, "The attack killed 10 people, including four children. Four women were also among the dead.")
    assert figs(claims) == [("killed", 4), ("killed", 4), ("killed", 10)]


def test_a_count_brought_to_with_the_number_noun_hung_on_a_later_verb(extractor: Extractor) -> None:
    claims = run(extractor, "That brings to 31 the number of Israeli soldiers killed since the ground invasion of "
                            "Lebanon began on October 1, according to a tally.")
    assert [(c.outcome, c.count.value, c.victims.category) for c in claims] == [("killed", 31, "state_forces")]


# --- "among them" after a total the parser misplaces ---------------------------------------------------------------

def test_a_bare_count_before_among_them_is_no_attacker(extractor: Extractor) -> None:
    claims = run(extractor, "Officials counted 12 dead, 30 injured, among them 8 critically.")
    got = sorted((c.outcome, c.count.value) for c in claims)
    assert ("injured", 30) in got and ("injured", 8) in got
    part = next(c for c in claims if c.outcome == "injured" and c.count.value == 8)
    assert part.part_of == next(c for c in claims if c.outcome == "injured" and c.count.value == 30).id


def test_among_them_under_a_clause_whose_subject_the_parser_gave_to_the_reporting_verb(extractor: Extractor) -> None:
    claims = run(extractor, "The watchdog, which relies on a network of contacts inside Yemen, says more than 300 "
                            "people, among them about 80 civilians, have been killed since Sunday.")
    total = next(c for c in claims if c.count.value == 300)
    part = next(c for c in claims if c.count.value == 80)
    assert part.outcome == "killed" and part.part_of == total.id


# --- one person: a body found, left wounded, listed "with" another -------------------------------------------------

def _singles(claims: list[Claim]) -> list[tuple[str, str]]:
    return sorted((c.outcome, c.count.text) for c in claims if c.count.value == 1)


def test_the_body_of_one_described_person_is_one_killed(extractor: Extractor) -> None:
    claims = run(extractor, "Villagers found the body of a teenage shepherd near the border.")
    assert _singles(claims) == [("killed", "a teenage shepherd")]


def test_the_body_of_a_named_person_is_one_killed(extractor: Extractor) -> None:
    claims = run(extractor, "The body of Pedro Alcantara, a community leader, was found in a ditch on Wednesday.")
    assert [(c.outcome, c.count.value) for c in claims] == [("killed", 1)]


def test_a_person_the_attack_left_wounded(extractor: Extractor) -> None:
    claims = run(extractor, "The shooting also left a police officer seriously wounded.")
    assert [(c.outcome, c.count.value, c.victims.category) for c in claims] == [("injured", 1, "state_forces")]


def test_a_person_listed_with_another_listed_person(extractor: Extractor) -> None:
    claims = run(extractor, "Among the abducted are 19 women and a nursing mother with her three-week-old baby.")
    assert ("abducted", "her three-week-old baby") in _singles(claims)


def test_the_body_of_a_person_counted_before_is_that_person(extractor: Extractor) -> None:
    claims = run(extractor, "Nine men and a boy were killed in the attack on the ranch near Celaya on Sunday. The "
                            "body of a boy was later pulled from a well.")
    assert figs(claims) == [("killed", 1), ("killed", 9)]


def test_one_person_of_any_noun_who_went_missing_or_drowned(extractor: Extractor) -> None:
    assert _singles(run(extractor, "A ranger went missing during the patrol in Virunga.")) == [("missing", "A ranger")]
    assert _singles(run(extractor, "A motorcyclist died after being shot by police in Eldoret.")) == [
        ("killed", "A motorcyclist")]


def test_one_person_hit_by_a_rubber_bullet_is_injured(extractor: Extractor) -> None:
    claims = run(extractor, "A journalist covering the protest in Nairobi was hit by a rubber bullet.")
    assert _singles(claims) == [("injured", "A journalist")]


# --- a listed part whose noun the amount finder did not know for persons -----------------------------------------

def test_a_listed_part_of_people_with_an_unknown_plural_noun(extractor: Extractor) -> None:
    claims = run(extractor, "Six people were abducted near Kagoro, including two bricklayers.")
    assert figs(claims) == [("abducted", 2), ("abducted", 6)]
    claims = run(extractor, "Eight others were abducted, including two village heads.")
    assert figs(claims) == [("abducted", 2), ("abducted", 8)]


def test_the_dead_included_an_unknown_plural_noun(extractor: Extractor) -> None:
    assert figs(run(extractor, "The dead included four carpenters.")) == [("killed", 4)]


def test_a_listed_count_of_things_is_still_no_figure(extractor: Extractor) -> None:
    claims = run(extractor, "Floods destroyed 300 homes, including 40 warehouses, and killed 12 people in Sindh.")
    assert figs(claims) == [("killed", 12)]


def test_unknown_plurals_where_only_the_harmed_stand(extractor: Extractor) -> None:
    assert figs(run(extractor, "Twelve bricklayers were among the dead.")) == [("killed", 12)]
    assert figs(run(extractor, "Rescuers recovered the bodies of seven welders from the mine.")) == [("killed", 7)]
    assert figs(run(extractor, "Five carpenters killed in Jos attack")) == [("killed", 5)]
    assert figs(run(extractor, "The attack left nine masons dead.")) == [("killed", 9)]
    assert figs(run(extractor, "Militants shot dead four loggers and two charcoal burners.")) == [
        ("killed", 2), ("killed", 4)]


def test_a_bare_count_that_left_or_reached_a_place_is_displaced(extractor: Extractor) -> None:
    assert figs(run(extractor, "Thousands have left the town for safer areas in the south.")) == [("displaced", None)]
    assert figs(run(extractor, "Some 800 have left Dori for Kaya since Monday.")) == [("displaced", 800)]
    assert figs(run(extractor, "Two hundred have left the party for the opposition.")) == []


# --- persons listed in apposition ------------------------------------------------------------------------------------

def test_a_list_of_persons_in_apposition_to_one_person(extractor: Extractor) -> None:
    claims = run(extractor, '"They killed everyone they saw. My father, my uncle and my cousin are dead," he said.')
    assert _singles(claims) == [("killed", "My father"), ("killed", "my cousin"), ("killed", "my uncle")]


def test_a_partial_list_in_apposition_to_a_count_is_its_parts(extractor: Extractor) -> None:
    claims = run(extractor, "The shelling killed six people, a teacher and his daughter, in Avdiivka on Monday.")
    total = next(c for c in claims if c.count.value == 6)
    parts = [c for c in claims if c.count.value == 1]
    assert sorted(c.count.text for c in parts) == ["a teacher", "his daughter"]
    assert all(c.part_of == total.id for c in parts)


def test_sources_listed_after_a_count_are_no_victims(extractor: Extractor) -> None:
    claims = run(extractor, "The gunman opened fire on the crowd, killing at least nine people, a witness and a "
                            "police officer said.")
    assert figs(claims) == [("killed", 9)]


def test_a_count_of_kin_taken_is_abducted(extractor: Extractor) -> None:
    claims = run(extractor, '"My two sons were taken," said Fatima Abubakar, 45, in Kankara.')
    assert figs(claims) == [("abducted", 2)]


def test_a_pronoun_for_one_person_named_by_wording_the_parser_missed(extractor: Extractor) -> None:
    claims = run(extractor, "Local farmer Musa Danjuma went to his field on Monday. He was abducted by gunmen on his "
                            "way home.")
    assert [(c.outcome, c.count.value) for c in claims] == [("abducted", 1)]
    claims = run(extractor, "Police identified the driver as Peter Ouma. He was shot dead at a checkpoint.")
    assert [(c.outcome, c.count.value) for c in claims] == [("killed", 1)]


def test_left_for_a_kind_of_place_and_people_sheltered(extractor: Extractor) -> None:
    claims = run(extractor, "Fewer than 5,000 people remain in Vovchansk, with thousands having left for "
                            "government-held territory.")
    assert figs(claims) == [("displaced", None)]
    assert figs(run(extractor, "About 600 villagers have left for safer areas.")) == [("displaced", 600)]
    assert figs(run(extractor, "Two hundred pilgrims left for Mecca on Sunday.")) == []
    assert figs(run(extractor, "Churches in Bunia are sheltering about 2,500 people.")) == [("displaced", 2500)]
    assert figs(run(extractor, "The stadium can shelter 40,000 people.")) == []


def test_one_of_a_group_described_in_apposition_takes_that_description(extractor: Extractor) -> None:
    claims = run(extractor, "One of the wounded, a nine-year-old boy, is in critical condition in Gao.")
    assert [(c.outcome, c.count.value, c.victims.category) for c in claims] == [("injured", 1, "civilians")]


def test_one_person_among_a_count_whose_participle_hangs_on_the_copula(extractor: Extractor) -> None:
    claims = run(extractor, "A child was among three people wounded.")
    total = next(c for c in claims if c.count.value == 3)
    child = next(c for c in claims if c.count.value == 1)
    assert child.outcome == "injured" and child.part_of == total.id


def test_a_part_the_toll_includes_before_the_toll_rises_to_its_figure(extractor: Extractor) -> None:
    claims = run(extractor, "The toll, which includes 14 children, rose to 56 on Sunday.")
    total = next(c for c in claims if c.count.value == 56)
    part = next(c for c in claims if c.count.value == 14)
    assert part.part_of == total.id and part.outcome == "killed" and total.victims.category == "people"


def test_the_remains_of_a_count_with_no_other_harm_word(extractor: Extractor) -> None:
    claims = run(extractor, "Forensic teams exhumed the remains of 31 people from a mass grave outside Izium.")
    assert figs(claims) == [("killed", 31)]


def test_people_who_suffered_burns_are_injured(extractor: Extractor) -> None:
    assert figs(run(extractor, "At least 14 people suffered burns when the tanker exploded near Lokoja.")) == [
        ("injured", 14)]
    assert figs(run(extractor, "The fire burns for days in the dry season.")) == []
