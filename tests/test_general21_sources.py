"""Round 21 of general rules for who states a figure: a description of a body resolved to the body the report
named before, and how that body is named. Every sentence, name and event here is invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import one, run, src
from vigil.extract.pipeline import Extractor
from vigil.extract.sentences import split_sentences

# --- a description of a body whose kind the words of an unlisted name could not tell -------------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    # a people's defence force no list knows, called "the resistance group" after
    ("A spokesperson for the Malo People's Defence Force said a drone strike killed 9 farmers in Rinka on "
     "Tuesday. Around 2,400 farmers fled into the hills after the strike, the resistance group said.", 2400,
     "Malo People's Defence Force"),
    # and a defence force called "the army" after
    ("The Kessa Defence Forces moved into the hills last month. The army said 17 insurgents were killed on "
     "Friday.", 17, "Kessa Defence Forces"),
    # a civil body ("... Watch") called "the watchdog"
    ("Tarno Citizens' Watch has tracked abuses in the district since 2016. The watchdog said 26 civilians were "
     "killed in the assault on Monday.", 26, "Tarno Citizens' Watch"),
    # a society of a medical kind called "the aid group"
    ("Volunteers of the Kessa Red Crescent Society reached the camp on Sunday. The aid group said 44 people "
     "were injured.", 44, "Kessa Red Crescent Society"),
    # a monitoring body's association called "the rights group"
    ("The Orvan Prisoners' Association has documented deaths in custody for years. The rights group said 7 "
     "detainees were killed on Saturday.", 7, "Orvan Prisoners' Association"),
])
def test_a_description_refers_back_to_an_unlisted_body_of_a_kind_its_words_could_not_tell(
        extractor: Extractor, text: str, value: int, want: str) -> None:
    assert src(run(extractor, text), value) == want


def test_an_aid_group_is_not_a_hospital_named_before(extractor: Extractor) -> None:
    text = "Doctors at Kessa General Hospital treated the wounded on Monday. The aid group said 52 people were injured."
    assert src(run(extractor, text), 52) != "Kessa General Hospital"


def test_an_army_is_not_a_liberation_army_named_before(extractor: Extractor) -> None:
    text = ("The Tarno Liberation Front attacked the garrison on Monday. The military said 27 rebels were "
            "killed.")
    assert src(run(extractor, text), 27) != "Tarno Liberation Front"


# --- "the rebels' regional command": a part of a non-state side named before -------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("The Kessa Liberation Army said on Monday it had beaten back an assault near Orla. The rebels' regional "
     "command said three of its fighters had died.", 3),
    ("The Kessa Liberation Army seized the crossing on Monday. The group's armed wing said 11 soldiers were "
     "killed.", 11),
])
def test_a_command_owned_by_a_non_state_side_is_the_armed_group_named_before(extractor: Extractor, text: str,
                                                                            value: int) -> None:
    assert src(run(extractor, text), value) == "Kessa Liberation Army"


def test_a_command_owned_by_rebels_no_one_named_is_an_armed_group(extractor: Extractor) -> None:
    claim = one(run(extractor, "The insurgents' northern command said four of its fighters died on Friday."), 4)
    assert claim.source is not None and claim.source.kind == "armed_group"


# --- "the junta", "the military government": a common noun listed as one country's body -----------------------


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 soldiers near Djibo in northern Burkina Faso on Monday. The military government said "
    "2,600 people had fled their homes.",
    "Gunmen killed 12 soldiers near Djibo in northern Burkina Faso on Monday.\n\nBurkina Faso's military "
    "government rarely comments on its losses. Some 2,600 people have fled their homes, it said.",
])
def test_a_common_noun_listed_as_one_countrys_body_is_the_reports_country_elsewhere(extractor: Extractor,
                                                                                  text: str) -> None:
    got = src(run(extractor, text), 2600)
    assert got is not None and "Myanmar" not in got


def test_a_common_noun_listed_as_one_countrys_body_is_that_body_in_its_country(extractor: Extractor) -> None:
    text = "Soldiers killed 12 villagers in Sagaing in Myanmar on Monday. The junta said 40 rebels were killed."
    assert src(run(extractor, text), 40) == "Myanmar military"


# --- "Abebe said" after "Abebe Kassa": a person named again by the given name --------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("Zonal police commander Dawit Alemu said 14 people were killed in the raid on Monday. Dawit said the army "
     "had killed 31 militia fighters in the operation.", "Dawit Alemu"),
    ("The army's spokesman, Colonel Tesfaye Mengistu, spoke on Monday. Tesfaye said the army had killed 31 "
     "militia fighters in the operation.", "Tesfaye Mengistu"),
])
def test_a_given_name_alone_is_the_person_named_in_full(extractor: Extractor, text: str, want: str) -> None:
    assert src(run(extractor, text), 31) == want


def test_a_given_name_of_two_people_named_in_full_stays_as_written(extractor: Extractor) -> None:
    text = ("Dawit Alemu and Dawit Bekele, two elders, met on Monday. Dawit said 31 militia fighters were killed "
            "in the operation.")
    assert src(run(extractor, text), 31) == "Dawit"


# --- "the rebels said": the fighters of a side speaking as the armed group named before ----------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("The Kessa Liberation Army seized the town of Orla on Sunday. The rebels said 14 soldiers were killed in "
     "the fighting.", 14, "Kessa Liberation Army"),
    ("The Orvan Islamic Front claimed the ambush on Monday. The militants said they had killed 22 soldiers.", 22,
     "Orvan Islamic Front"),
])
def test_the_fighters_of_a_side_speak_as_the_armed_group_named_before(extractor: Extractor, text: str,
                                                                      value: int, want: str) -> None:
    assert src(run(extractor, text), value) == want


def test_the_rebels_with_no_group_named_stay_the_rebels(extractor: Extractor) -> None:
    text = "Fighting broke out in Orla on Sunday. The rebels said 14 soldiers were killed in the fighting."
    assert src(run(extractor, text), 14) == "rebels"


# --- "The Kessa Youth Forum organised ...": a civil body opening a sentence with no figure ------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("The Kessa Youth Forum organised the march on Monday. The forum said 8 protesters were killed by police.", 8,
     "Kessa Youth Forum"),
    ("The Dawa Civic Foundation funds clinics in the north. The foundation said 13 patients were killed in the "
     "strike.", 13, "Dawa Civic Foundation"),
])
def test_a_civil_body_opening_a_sentence_is_what_its_noun_refers_back_to(extractor: Extractor, text: str,
                                                                         value: int, want: str) -> None:
    assert src(run(extractor, text), value) == want


def test_a_humanitarian_organisation_refers_back_to_a_national_red_cross(extractor: Extractor) -> None:
    text = ("Teams from the Orla Red Cross reached the village on Monday. The humanitarian organisation said 24 "
            "people were injured.")
    assert src(run(extractor, text), 24) == "Orla Red Cross"


# --- '..., the agency's director wrote on X. More than N ...': the platform X ends a sentence ----------------


def test_a_sentence_ending_with_the_platform_x_ends_there() -> None:

    text = "The director wrote on X. More than 140 of its staff have been killed, by the agency's count."
    assert [s.text for s in split_sentences(text)] == ["The director wrote on X.",
                                                      "More than 140 of its staff have been killed, by the agency's count."]


def test_a_figure_after_a_post_on_x_is_the_agencys(extractor: Extractor) -> None:
    text = ('The Tesh Relief Agency says one of its drivers was killed on Tuesday. "He drove for us for ten '
            'years," the agency\'s acting director in Dawa wrote on X. More than 140 of its staff have been '
            "killed since January, by the agency's count.")
    assert src(run(extractor, text), 140) == "Tesh Relief Agency"


def test_an_initial_still_joins_a_name() -> None:

    assert len(split_sentences("Police chief Jon X. Orvan said 12 people were killed.")) == 1


# --- "Fighters of the X Movement attacked ...": the body its fighters belong to -----------------------------


def test_the_body_whose_fighters_act_is_what_its_noun_refers_back_to(extractor: Extractor) -> None:
    text = ("Fighters of the Kessa Islamic Movement attacked the base on Monday. The movement said 21 soldiers "
            "were killed.")
    assert src(run(extractor, text), 21) == "Kessa Islamic Movement"


@pytest.mark.parametrize(("text", "value", "want"), [
    ("The Tesh Conflict Tracker compiles data from local media. The monitor said 23 civilians were killed in May.",
     23, "Tesh Conflict Tracker"),
    ("The Orla Casualty Project compiles data from local media. The project said 23 civilians were killed in May.",
     23, "Orla Casualty Project"),
])
def test_a_tracker_or_project_opening_a_sentence_is_what_its_noun_refers_back_to(
        extractor: Extractor, text: str, value: int, want: str) -> None:
    assert src(run(extractor, text), value) == want


@pytest.mark.parametrize("speaker", ["The rebels' spokesman", "A spokesman for the rebels", "Rebels"])
def test_rebels_or_their_spokesman_speak_for_the_armed_group_named_before(extractor: Extractor,
                                                                          speaker: str) -> None:
    text = f"The Kessa Liberation Army seized the crossing on Monday. {speaker} said 11 soldiers were killed."
    assert src(run(extractor, text), 11) == "Kessa Liberation Army"


def test_a_spokesman_for_rebels_no_one_named_stays_as_written(extractor: Extractor) -> None:
    text = "Fighting raged on Monday. A spokesman for the rebels said 11 soldiers were killed."
    assert src(run(extractor, text), 11) == "spokesman for the rebels"


def test_the_militia_refers_back_to_a_defence_force_named_before(extractor: Extractor) -> None:
    text = ("A spokesperson for the Malo People's Defence Force said a drone strike killed 9 farmers on Tuesday. "
            "About 2,400 farmers fled, the militia said.")
    assert src(run(extractor, text), 2400) == "Malo People's Defence Force"


def test_an_acronym_of_a_name_without_its_place_is_the_body_named_before(extractor: Extractor) -> None:
    text = ("A spokesperson for the Malo People's Defence Force said a drone strike killed 9 farmers on Tuesday. "
            "About 2,400 farmers fled, the PDF said.")
    assert src(run(extractor, text), 2400) == "Malo People's Defence Force"


# --- "..., Jon Kavo, was shot dead ..., his family said": the kin of the person named ------------------------


def test_a_persons_family_is_named_by_the_person_the_sentence_names(extractor: Extractor) -> None:
    text = ("In a separate incident on Monday, a motorbike rider, Jon Kavo, 34, was shot dead at a checkpoint in "
            "Kumbo, his family said.")
    claims = run(extractor, text)
    assert claims and all(c.source is not None and c.source.name == "family of Jon Kavo" for c in claims)


def test_a_family_of_no_one_named_stays_the_family(extractor: Extractor) -> None:
    assert src(run(extractor, "Two people were killed in Orla on Monday, his family said."), 2) == "family"


def test_a_persons_family_is_named_by_a_name_that_opens_with_a_places_name(extractor: Extractor) -> None:
    text = ("On Monday, a motorbike rider, Kingston Kavo, 34, was shot dead at a checkpoint in Orla, his family "
            "said.")
    claims = run(extractor, text)
    assert claims and all(c.source is not None and c.source.name == "family of Kingston Kavo" for c in claims)
