"""Victims, round 19. Every sentence, name and place here is invented (places may be real).

Victims named as someone's own people take the side of the one whose people they are: "the gang leader and 12 of
his lieutenants" (a gang's, not the state's ranks), "the rebel commander and six of his bodyguards", "a spokesman
for the X Army, the rebel coalition, said four of its men died", "'we lost three of our men,' the defence ministry
said". Ranks counted within a total of fighters ("including 25 commanders of various ranks") are the total's side.
An official named by the civil body or office they serve ("a senior official of the Ministry of Health", "a district
official") holds a non-combatant post: a civilian; a bare "official" says no status.
"""

from __future__ import annotations

from datetime import date

from test_extract_source_general3 import one
from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report


def run(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=date(2026, 6, 12)))


def cat(ex: Extractor, text: str, value: int) -> str:
    return one(run(ex, text), value).victims.category


def test_men_of_an_armed_leader_are_of_his_side(extractor: Extractor) -> None:
    assert cat(extractor, "The gang leader and at least 12 of his lieutenants were killed in the raid, police said.",
               12) == "non_state_fighters"
    assert cat(extractor, "Security forces killed the rebel commander and six of his bodyguards near Tullo.",
               6) == "non_state_fighters"
    assert cat(extractor, "The militia chief was killed along with nine of his men, the army said.",
               9) == "non_state_fighters"
    assert cat(extractor, "Troops said the kingpin and 14 of his lieutenants died in the gunfight near Rano.",
               14) == "non_state_fighters"


def test_men_of_a_speaking_body_are_of_its_side(extractor: Extractor) -> None:
    assert cat(extractor, "The Army of the Southern Plains, a rebel group, said that 20 of its men were killed in a "
                          "drone strike.", 20) == "non_state_fighters"
    assert cat(extractor, "A spokesman for the Free Kessan Army, the rebel coalition, denied the report and told "
                          "journalists only four of its men had died.", 4) == "non_state_fighters"
    assert cat(extractor, "\"On our side, we lost 3 of our men and 9 were wounded,\" the defence ministry said of the "
                          "clash near Paro.", 3) == "state_forces"


def test_a_soldiers_men_stay_the_states(extractor: Extractor) -> None:
    assert cat(extractor, "The general and two of his lieutenants were killed when their helicopter was shot down.",
               2) == "state_forces"
    assert cat(extractor, "A police officer said 5 of his colleagues were injured by stones in Galo.",
               5) == "state_forces"


def test_ranks_within_a_total_of_fighters(extractor: Extractor) -> None:
    claims = run(extractor, "The army said it had killed more than 300 terrorists since March, including 25 "
                            "commanders of various ranks.")
    assert one(claims, 25).victims.category == "non_state_fighters"


def test_an_official_of_a_civil_office_is_a_civilian(extractor: Extractor) -> None:
    assert cat(extractor, "Rebels killed 18 people, including a senior official of the Ministry of Health.",
               1) == "civilians"
    assert cat(extractor, "An official of the education ministry was among those killed in the blast.",
               1) == "civilians"
    assert cat(extractor, "Two officials of the electoral commission were abducted near Tardo.", 2) == "civilians"
    assert cat(extractor, "A district official was shot dead in Kamsar on Sunday.", 1) == "civilians"


def test_an_official_of_a_force_or_a_named_group_is_not(extractor: Extractor) -> None:
    assert cat(extractor, "A senior police official was killed in the blast in Kamsar.", 1) == "state_forces"
    assert cat(extractor, "An official was killed in the blast in Kamsar.", 1) == "people"
    assert cat(extractor, "A Hamas official was killed in the strike on Khan Younis.", 1) != "civilians"


def test_people_on_the_road_and_at_a_watch_of_their_own_are_civilians(extractor: Extractor) -> None:
    assert cat(extractor, "A commercial motorbike rider was shot dead at a checkpoint in Kumbo on Monday.",
               1) == "civilians"
    assert cat(extractor, "Three passers-by were wounded when the grenade exploded in Goma.", 3) == "civilians"
    assert cat(extractor, "A night watchman was killed when gunmen raided the bank in Jos.", 1) == "civilians"
    assert cat(extractor, "Two motorists were injured by shrapnel on the ring road in Kharkiv.", 2) == "civilians"


def test_people_from_the_village_are_its_villagers(extractor: Extractor) -> None:
    assert cat(extractor, "A fourth man from the village was seriously injured and taken to hospital in Soran.",
               1) == "civilians"
    assert cat(extractor, "Two women from the hamlet were abducted while fetching water near Gusau.", 2) == "civilians"
    assert cat(extractor, "A young man from the Druze community was found dead near Sweida.", 1) == "people"
    assert cat(extractor, "A soldier from the village was killed in the ambush near Tessit.", 1) == "state_forces"


def test_a_rank_in_a_group_named_by_its_own_name_is_the_groups(extractor: Extractor) -> None:
    assert cat(extractor, "An Israeli strike killed a senior Kessan Front commander in Tyre on Monday.",
               1) == "non_state_fighters"
    assert cat(extractor, "A drone strike killed an ISWAP commander near Marte, the army said.", 1) == "non_state_fighters"
    assert cat(extractor, "An M23 commander was killed in the fighting near Sake.", 1) == "non_state_fighters"
    assert cat(extractor, "Security forces killed a PKK leader in Duhok province.", 1) == "non_state_fighters"


def test_a_rank_of_a_state_a_nation_or_a_community_is_not(extractor: Extractor) -> None:
    assert cat(extractor, "An Israeli commander was killed in the clash near Metula.", 1) == "state_forces"
    assert cat(extractor, "An IDF commander was killed in the clash near Metula.", 1) == "state_forces"
    assert cat(extractor, "A Nigerian Army commander was killed in the ambush near Damboa.", 1) == "state_forces"
    assert cat(extractor, "A Kachin community leader was shot dead in Myitkyina.", 1) == "civilians"


def test_them_of_a_group_its_own_sentence_names_or_after_they_is_left(extractor: Extractor) -> None:
    assert cat(extractor, "Rebels of the Kessan Front clashed with troops near Tora. The wounded were taken to the "
                          "hospital in Tora, where two of them died.", 2) != "non_state_fighters"
    assert cat(extractor, "Gunmen stormed Kaura village on Sunday. They killed 12 of them.", 12) != "non_state_fighters"


def test_a_relative_takes_the_status_the_apposition_says(extractor: Extractor) -> None:
    assert cat(extractor, "A resident said his younger brother, a member of the Community Protection Guards, was "
                          "among those killed in Tesh.", 1) == "state_forces"
    assert cat(extractor, "His cousin, a soldier in the 3rd Division, was killed in the ambush near Damboa.",
               1) == "state_forces"
    assert cat(extractor, "Their father, a fighter with the Kessan Front, was killed in an air strike on Tyre.",
               1) == "non_state_fighters"
    assert cat(extractor, "His nephew, a student at the university, was abducted near Kaduna.", 1) == "civilians"


def test_a_relative_with_nothing_beside_stays_people(extractor: Extractor) -> None:
    assert cat(extractor, "His nephew was abducted near Kaduna on Monday.", 1) == "people"


def test_mercenaries_counted_with_the_troops_are_on_their_side(extractor: Extractor) -> None:
    assert cat(extractor, "Jihadists killed 20 soldiers and mercenaries near Tessit, the group said.",
               20) == "state_forces"
    assert cat(extractor, "Twelve soldiers and rebels were killed in the clashes near Kidal.", 12) == "combatants"


def test_prison_warders_and_defence_volunteers_are_the_states(extractor: Extractor) -> None:
    assert cat(extractor, "Two prison warders were killed when inmates rioted in Kirikiri.", 2) == "state_forces"
    assert cat(extractor, "Two local defence volunteers were killed in the attack on Djibo.", 2) == "state_forces"


def test_the_rest_listed_after_a_count_is_not_its_group(extractor: Extractor) -> None:
    claims = run(extractor, "Of the 30 dead, 12 were soldiers and the rest civilians.")
    assert one(claims, 12).victims.category == "state_forces"
