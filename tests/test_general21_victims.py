"""Victims' categories (round 21): the men a first-person voice counts as its own, and whose men "our men" are
where the one who harmed them is the subject of the clause. Every sentence here is invented; the places are
real or invented."""

from __future__ import annotations

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor


def category(extractor: Extractor, text: str, value: int) -> str:
    return one(run(extractor, text), value).victims.category


# --- "we mourn four of our men, nine wounded and three missing" in a statement whose forces are the state's --------

BULLETIN = ("The army published its weekly bulletin on Friday.\n\n\"Our troops repelled an assault near Kora and "
            "killed 20 attackers. Sadly, we mourn 4 of our men who fell in combat, 9 wounded, and 3 missing. Our "
            "forces remain on alert.\"")


def test_our_men_in_a_statement_of_the_state_forces_are_state_forces(extractor: Extractor) -> None:
    assert category(extractor, BULLETIN, 4) == "state_forces"


def test_the_amounts_alone_after_our_men_continue_them(extractor: Extractor) -> None:
    assert category(extractor, BULLETIN, 9) == "state_forces"
    assert category(extractor, BULLETIN, 3) == "state_forces"


def test_our_men_in_a_paragraph_of_soldiers_speaking(extractor: Extractor) -> None:
    text = ("Our soldiers held the line at Tesh through the night. Five of our comrades were killed before dawn and 7 "
            "were hurt.")
    assert category(extractor, text, 5) == "state_forces"


def test_our_men_with_no_forces_of_the_voice_stay_people(extractor: Extractor) -> None:
    text = "\"We buried 6 of our men yesterday and our village is empty,\" the elder said."
    assert category(extractor, text, 6) == "people"


# --- "bandits shot dead five of our men": the killers are not the ones whose men they are -----------------------

def test_the_subject_of_the_harm_verb_does_not_own_our_men(extractor: Extractor) -> None:
    assert category(extractor, "Villagers in Tesh said bandits shot dead 5 of our men at the well, an elder said.",
                    5) == "people"
    assert category(extractor, "Farmers said militants killed 8 of our men near Orvan.", 8) == "people"


def test_the_speaker_still_owns_its_men(extractor: Extractor) -> None:
    assert category(extractor, "The Tesh Front said government troops killed 8 of its fighters.", 8) \
        == "non_state_fighters"
    assert category(extractor, "The rebels said they lost 6 of their men.", 6) == "non_state_fighters"


# --- "Soldiers have been targeted: at least 27 have died": an amount alone after a colon counts the group before ---

def test_an_amount_alone_after_a_colon_counts_the_group_the_clause_names(extractor: Extractor) -> None:
    assert category(extractor, "Border guards and gendarmes have also been attacked: at least 19 have died in "
                               "ambushes since June, the ministry said.", 19) == "state_forces"
    assert category(extractor, "Police officers have borne the brunt of the unrest; 14 were killed last month.",
                    14) == "state_forces"
    assert category(extractor, "Herders in the valley have suffered most: 12 died in raids this week.", 12) \
        == "civilians"


def test_the_group_that_did_it_is_not_counted_after_the_colon(extractor: Extractor) -> None:
    assert category(extractor, "Soldiers opened fire on the crowd at Tesh: 40 were killed.", 40) == "people"


def test_a_group_of_no_status_before_the_colon_leaves_people(extractor: Extractor) -> None:
    assert category(extractor, "Women were among the victims: 9 were killed.", 9) == "people"


# --- "Four of the VPG men died": the initials of a guard or police body the report names in full ---------------

def test_men_of_a_guard_body_named_by_its_initials_are_state_forces(extractor: Extractor) -> None:
    text = ("A resident said his cousin, a member of the Village Protection Guards, was shot dead.\n\n"
            "\"Four of the VPG men died. They had only old rifles,\" he said.")
    assert category(extractor, text, 4) == "state_forces"
    text = "Raiders overran a post of the Lake Frontier Police near Kora. Seven LFP men were killed."
    assert category(extractor, text, 7) == "state_forces"


def test_initials_of_a_liberation_body_or_an_army_are_not_the_state(extractor: Extractor) -> None:
    assert category(extractor, "Fighters of the Tesh Liberation Guard attacked Kora. Five TLG men were killed.",
                    5) != "state_forces"
    assert category(extractor, "The Orvan Rapid Forces attacked the town. Five ORF men were killed.", 5) \
        != "state_forces"


# --- "members of the 45th Infantry Battalion": a numbered formation or one of an arm of service is the state's -----

def test_members_of_a_numbered_or_infantry_formation_are_state_forces(extractor: Extractor) -> None:
    assert category(extractor, "Twelve members of the 45th Infantry Battalion were killed in the ambush.", 12) \
        == "state_forces"
    assert category(extractor, "Gunmen killed 10 men of an armoured brigade near Tesh.", 10) == "state_forces"


def test_a_formation_of_an_armed_group_or_a_firm_is_not_the_state(extractor: Extractor) -> None:
    assert category(extractor, "Seven members of the 3rd Brigade of the rebel army died.", 7) \
        == "non_state_fighters"
    assert category(extractor, "Five employees of the Tesh Trading Company were killed.", 5) == "civilians"
    assert category(extractor, "Six civilians near the base of the 5th Battalion were killed.", 6) == "civilians"


def test_members_of_a_police_body_with_a_proper_name_are_state_forces(extractor: Extractor) -> None:
    text = ("\"We have lodged a protest with the Lao side,\" he said, adding that the agency had also sheltered 31 "
            "members of Laos's Border Guard Police (BGP) who crossed into Thailand with their rifles on Sunday while "
            "fleeing a Kora Army offensive.")
    assert category(extractor, text, 31) == "state_forces"


# --- "killed 45 Kenyan crusaders" in an armed group's claim, where the report says Kenyan troops hold the area -----

def test_an_armed_groups_word_for_a_nations_troops_is_state_forces(extractor: Extractor) -> None:
    text = ("Kenyan troops are deployed near Kora. In a statement, the Tesh Front said its fighters had \"killed 45 "
            "Kenyan crusaders\" in the raid.")
    assert category(extractor, text, 45) == "state_forces"


def test_the_groups_word_without_the_nations_troops_stays_people(extractor: Extractor) -> None:
    text = "In a statement, the Tesh Front said its fighters had killed 45 Kenyan crusaders in the raid."
    assert category(extractor, text, 45) == "people"
    text = "Kenyan troops are deployed near Kora. Gunmen killed 12 Kenyan nationals in the raid, police said."
    assert category(extractor, text, 12) == "people"


# --- "an attack on herders ..., resulting in 27 deaths": the group attacked is who the figure with no noun counts ---

def test_a_figure_with_no_noun_counts_the_group_attacked(extractor: Extractor) -> None:
    assert category(extractor, "The latest incident on 2 May involved an attack led by armed men on Tesh herders of "
                               "Kora district, resulting in 27 deaths.", 27) == "civilians"
    assert category(extractor, "Gunmen attacked farmers near the river, killing 12.", 12) == "civilians"
    assert category(extractor, "An attack on herders near Kora killed 14 and wounded 6, police said.", 6) \
        == "civilians"


def test_a_group_of_mixed_status_or_a_figure_of_people_is_left_alone(extractor: Extractor) -> None:
    assert category(extractor, "Militants attacked villagers and soldiers, killing 9.", 9) == "people"
    assert category(extractor, "Gunmen attacked farmers near the river, killing 12 people.", 12) == "people"


def test_an_amount_alone_after_a_figure_of_people_continues_that_figure(extractor: Extractor) -> None:
    text = ("The war began after the Kora-led assault on southern Tesh villages on 7 May, in which officials say "
            "roughly 900 people died and about 150 were seized as hostages.")
    assert category(extractor, text, 150) == "people"


# --- "three security men", "five army men": men named by the state's body ----------------------------------------

def test_security_and_army_men_are_state_forces(extractor: Extractor) -> None:
    assert category(extractor, "Three security men were killed in the blast at Kora.", 3) == "state_forces"
    assert category(extractor, "Gunmen killed 5 army men at a checkpoint near Tesh.", 5) == "state_forces"


def test_men_near_an_army_base_are_people(extractor: Extractor) -> None:
    assert category(extractor, "Gunmen killed 4 men near the army base at Tesh.", 4) == "people"


# --- '"We lost seven men," a police commander said': "we" is the speaker's body --------------------------------

def test_we_lost_men_takes_the_speakers_side(extractor: Extractor) -> None:
    assert category(extractor, "\"We lost seven men at the checkpoint,\" a police commander said.", 7) \
        == "state_forces"
    assert category(extractor, "The army spokesman said: \"We lost five men in the ambush near Kora.\"", 5) \
        == "state_forces"


def test_we_lost_men_said_by_a_villager_stays_people(extractor: Extractor) -> None:
    assert category(extractor, "\"We lost six men in the raid,\" a village elder said.", 6) == "people"


# --- civilian trades and crowds ("diners", "onlookers", "engineers") ----------------------------------------------

def test_more_civilian_roles(extractor: Extractor) -> None:
    assert category(extractor, "A car bomb killed 6 diners and 2 onlookers in Kora.", 6) == "civilians"
    assert category(extractor, "A car bomb killed 6 diners and 2 onlookers in Kora.", 2) == "civilians"
    assert category(extractor, "Gunmen killed 4 Chinese engineers near Tesh.", 4) == "civilians"



# --- "Fourteen people were killed. All were civilians": the sentence after says what all of them were -------------

def test_all_were_in_the_next_sentence_gives_the_status(extractor: Extractor) -> None:
    assert category(extractor, "Fourteen people were killed in the strike on Kora. All were civilians, the mayor "
                               "said.", 14) == "civilians"
    assert category(extractor, "Nine people died in the ambush near Tesh. All of them were police officers.", 9) \
        == "state_forces"
    text = "Six people were killed and 11 wounded in Kora. All were civilians."
    assert category(extractor, text, 6) == "civilians"
    assert category(extractor, text, 11) == "civilians"


def test_most_were_or_two_figures_of_one_harm_leave_people(extractor: Extractor) -> None:
    assert category(extractor, "Fourteen people were killed in the strike on Kora. Most were civilians, the mayor "
                               "said.", 14) == "people"
    assert category(extractor, "Six people were killed in Kora and two in Tesh. All were farmers.", 6) == "people"
