"""Which figures are claims and who their victims are (round 5): outcomes read off the parse (a negated
finding, leaving a place, burying the dead, going away with people), single persons the main rules missed
(another, a titled office holder, a shared subject, a person listed after "among them"), a family of N, and
victim categories by trade, by a label's meaning, by a body the state set up or by a criminal body. Every
sentence, name and event here is invented; places are real so that countries resolve."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report


def run(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=date(2025, 6, 4)))


def find(claims: list[Claim], value: int, outcome: str) -> Claim:
    found = [c for c in claims if c.count.value == value and c.outcome == outcome]
    assert found, [(c.outcome, c.count.value, c.count.text) for c in claims]
    return found[0]


def values(claims: list[Claim]) -> list[tuple[str, int | None]]:
    return sorted((c.outcome, c.count.value) for c in claims)


# --- 1. outcomes read off the parse -------------------------------------------------------------------

def test_people_not_found_are_missing(extractor: Extractor) -> None:
    claims = run(extractor, "She said two fishermen who had gone out on the lake the night before had not been found.")
    assert find(claims, 2, "missing").victims.category == "civilians"


def test_people_who_disappeared_are_missing(extractor: Extractor) -> None:
    claims = run(extractor, "Activists said the number of people who have disappeared in Sonora since 2023 exceeds 3,000.")
    find(claims, 3000, "missing")


def test_reports_of_missing_persons_count_the_persons(extractor: Extractor) -> None:
    claims = run(extractor, "Since March, prosecutors have registered some 800 reports of missing persons in Sonora.")
    find(claims, 800, "missing")


def test_residents_who_left_a_place_for_another_are_displaced(extractor: Extractor) -> None:
    claims = run(extractor, "According to the local council, about 400 residents have since left Dori for Kaya, where "
                            "they are sheltering in schools.")
    assert find(claims, 400, "displaced").victims.category == "civilians"


def test_people_buried_are_dead_and_a_kinsman_listed_is_one_of_them(extractor: Extractor) -> None:
    claims = run(extractor, "\"We have buried eight people, among them my cousin,\" a resident of Gusau said.")
    total = find(claims, 8, "killed")
    one = find(claims, 1, "killed")
    assert one.count.text == "my cousin" and one.part_of == total.id


def test_gunmen_who_went_away_with_people_abducted_them(extractor: Extractor) -> None:
    claims = run(extractor, "The bandits went away with 30 villagers, including the ward head, Malam Sani Bello, "
                            "a resident said.")
    total = find(claims, 30, "abducted")
    head = find(claims, 1, "abducted")
    assert head.part_of == total.id and head.victims.category == "civilians"


def test_going_away_with_animals_is_no_abduction(extractor: Extractor) -> None:
    assert not run(extractor, "Atem said the raiders who made away with several goats are being pursued.")


def test_a_killing_verb_takes_an_unlisted_trade_for_people(extractor: Extractor) -> None:
    claims = run(extractor, "Militants beheaded four woodcutters near the village of Mucojo in Cabo Delgado on Sunday.")
    assert find(claims, 4, "killed").victims.category == "civilians"


@pytest.mark.parametrize("text", [
    "A police officer, Constable Musa Khan, 31, embraced martyrdom in the attack in Bannu, police said.",
    "The army said 30 people had died in Bannu, after a man succumbed to his wounds in hospital.",
])
def test_euphemisms_of_death_kill_one_person(extractor: Extractor, text: str) -> None:
    find(run(extractor, text), 1, "killed")


def test_people_in_intensive_care_are_injured(extractor: Extractor) -> None:
    claims = run(extractor, "Two more died overnight and three others remain in the intensive care unit, a doctor at "
                            "the hospital in Mogadishu said.")
    find(claims, 3, "injured")
    assert not [c for c in claims if c.count.value == 3 and c.outcome == "killed"]


def test_weapons_recovered_beside_the_dead_are_no_figures(extractor: Extractor) -> None:
    claims = run(extractor, "The army said troops killed six militants near Bamenda and recovered four AK-47 rifles "
                            "and a locally made pump-action gun.")
    assert values(claims) == [("killed", 6)]


def test_a_relative_of_one_victim_speaks_and_is_not_counted(extractor: Extractor) -> None:
    claims = run(extractor, "\"They were herders going to the river,\" said a relative of one victim in Ndu.")
    assert not [c for c in claims if c.count.value == 1]


# --- 2. single persons and families --------------------------------------------------------------------

def test_another_after_a_figure_is_one_more_of_its_group(extractor: Extractor) -> None:
    claims = run(extractor, "Four soldiers were killed and another was wounded in an ambush near Kidal, the army said.")
    assert find(claims, 1, "injured").victims.category == "state_forces"


def test_an_office_holder_named_after_a_title_is_one_person(extractor: Extractor) -> None:
    claims = run(extractor, "Separately, rebels on Monday abducted the Regional Delegate of Public Works for Bui, "
                            "John Tamfu, on the Kumbo road, his family said.")
    assert find(claims, 1, "abducted").victims.category == "civilians"


def test_a_family_of_n_is_n_people(extractor: Extractor) -> None:
    claims = run(extractor, "Police said the victims included a family of six in the village of Tsanga.")
    fam = find(claims, 6, "killed")
    assert fam.victims.category == "civilians" and not [c for c in claims if c.count.value == 1]


def test_a_subject_shared_by_conjoined_verbs_is_the_victim(extractor: Extractor) -> None:
    claims = run(extractor, "A 15-year-old girl who was walking to school was hit by a stray bullet and died the next "
                            "day at the hospital in Culiacan.")
    assert find(claims, 1, "killed").victims.category == "civilians"


def test_parts_listed_before_the_speaker_are_parts(extractor: Extractor) -> None:
    claims = run(extractor, "KHARTOUM - Drone strikes by the RSF killed 14 people, among them five women and two "
                            "children, in the Zamzam camp south of El Fasher on Monday, the Darfur Medics Network said.")
    total = find(claims, 14, "killed")
    assert find(claims, 5, "killed").part_of == total.id
    assert find(claims, 2, "killed").part_of == total.id


def test_a_part_said_in_the_next_sentence_is_found(extractor: Extractor) -> None:
    claims = run(extractor, "The agency said 900 people fled the fighting in Tame. It said at least 300 of them were "
                            "children.")
    total = find(claims, 900, "displaced")
    part = find(claims, 300, "displaced")
    assert part.part_of == total.id and part.victims.category == "civilians"


def test_each_person_listed_after_among_them_counts_once(extractor: Extractor) -> None:
    claims = run(extractor, "Police said the victims in Iguala were six men and a woman, among them the owner of the bar, "
                            "a 48-year-old trader, and his 17-year-old son.")
    singles = [c for c in claims if c.count.value == 1 and c.count.text != "a woman"]
    assert len(singles) == 2, [c.count.text for c in singles]
    son = next(c for c in singles if "son" in c.count.text)
    assert son.victims.category == "civilians"


def test_a_child_described_by_age_is_a_civilian(extractor: Extractor) -> None:
    claims = run(extractor, "Overnight, shelling injured a man and his 12-year-old daughter in Nikopol.")
    assert any(c.victims.category == "civilians" and "daughter" in c.count.text for c in claims)


# --- 3. victims ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police said the dead included two journalists and a restaurant dishwasher in Mogadishu.",
    "Police said 12 people were killed in Mogadishu, including a hotel bellboy.",
    "Police said the dead included two journalists and a hotel receptionist in Mogadishu.",
])
def test_a_post_at_a_civilian_workplace_is_a_civilian(extractor: Extractor, text: str) -> None:
    assert find(run(extractor, text), 1, "killed").victims.category == "civilians"


def test_members_of_a_criminal_body_are_non_state_fighters(extractor: Extractor) -> None:
    claims = run(extractor, "The army said 12 suspected members of a drug gang were arrested in Culiacan.")
    assert find(claims, 12, "detained").victims.category == "non_state_fighters"


def test_a_label_takes_the_category_of_what_it_stands_for(extractor: Extractor) -> None:
    claims = run(extractor, "The army said troops killed 9 \"kharijites\", a term officials use for insurgents, in "
                            "Bannu district.")
    assert find(claims, 9, "killed").victims.category == "non_state_fighters"


def test_members_of_a_body_the_state_set_up_are_state_forces(extractor: Extractor) -> None:
    claims = run(extractor, "He said four members of the Kebbi Vigilance Corps, a vigilante group formed by the state "
                            "government, were killed in the attack on Argungu.")
    assert find(claims, 4, "killed").victims.category == "state_forces"


def test_soldiers_and_militiamen_counted_together_are_one_side(extractor: Extractor) -> None:
    claims = run(extractor, "Jihadists said their fighters had killed \"40 soldiers and militiamen\" near Djibo.")
    assert find(claims, 40, "killed").victims.category == "state_forces"
