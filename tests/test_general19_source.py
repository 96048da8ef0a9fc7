"""Round 19 of general rules for source names: a shorter reference is the body the report names in full elsewhere
(a headline, an opening line that gives no figure, a later sentence). Every sentence, name and event here is
invented; places are real or invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import run, src
from vigil.extract.pipeline import Extractor

# --- a body named in a sentence that gives no figure, then "the group", "the institute" ------------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Rebels storm army base in Kolmar, says Kolmar Human Rights League\n\nThe Kolmar Human Rights League said "
     "fighters stormed the base at dawn. At least 12 soldiers were killed, the group said.", 12,
     "Kolmar Human Rights League"),
    ("The Southern Peace Monitor said it had recorded an uptick in violence in the Sarn valley.\n\nThe group said "
     "27 civilians were killed in the week to Sunday.", 27, "Southern Peace Monitor"),
    ("The Terran Red Crescent Society said its teams had reached the area on Thursday.\n\nThe society said 22 "
     "people were injured in the collapse.", 22, "Terran Red Crescent Society"),
    ("A spokesman for the Velgrad Regional Administration, Piotr Lask, said the shelling began at night.\n\n"
     "The administration said 9 civilians were killed.", 9, "Velgrad Regional Administration"),
    ("The Tarvik Journalists' Syndicate condemned the attack.\n\nThe syndicate said 3 reporters were killed in "
     "the strike.", 3, "Tarvik Journalists' Syndicate"),
    ("The Oren Institute for Conflict Studies said attacks had increased sharply. The institute said 480 "
     "civilians were killed in the first half of the year.", 480, "Oren Institute for Conflict Studies"),
])
def test_a_body_named_without_a_figure_is_what_its_noun_refers_to(extractor: Extractor, text: str, value: int,
                                                                  want: str) -> None:
    assert src(run(extractor, text), value) == want


def test_both_groups_is_the_first_of_the_two_named(extractor: Extractor) -> None:
    text = ("Nine killed in air strike on village - rights group, rebels\n\nAt least nine civilians were killed in an "
            "air strike on a village in the north, according to a rights group and a rebel force.\n\nThe strike hit "
            "Tavo village on Thursday, according to the Tavo Human Rights Organisation and the Tavo Liberation "
            "Front.\n\nBoth groups said three children were among the dead.")
    assert src(run(extractor, text), 3) == "Tavo Human Rights Organisation"


# --- a description whose words the name of a body named in the report holds -----------------------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Officials of the Ostrava Health Directorate said on Monday that hospitals were overwhelmed.\n\nHealth "
     "officials said 19 people had died from injuries sustained in the blast.", 19, "Ostrava Health Directorate"),
    ("The Halvard Interior Ministry said security forces had restored order in Brisk.\n\nInterior ministry "
     "officials said 11 protesters had been killed in the clashes.", 11, "Halvard Interior Ministry"),
    ("Ukraine's State Emergency Service said rescuers were working through the night in Dnipro.\n\nEmergency "
     "officials said 9 people were killed.", 9, "State Emergency Service of Ukraine"),
    ("Gunmen kill 12 in Zamfara village\n\nGunmen killed 12 villagers in Zamfara state on Friday, police said.\n\n"
     "Zamfara State Police Command spokesman Yazid Abubakar confirmed the attack in a statement on Saturday.", 12,
     "Zamfara State Police Command"),
    ("Gunmen seized a bus near Dembi on Tuesday, the Kessa Regional Police Commission said. Security forces "
     "freed some of the hostages, police said, while 9 were still being held on Wednesday.", 9,
     "Kessa Regional Police Commission"),
])
def test_a_description_is_the_body_named_with_its_words(extractor: Extractor, text: str, value: int,
                                                        want: str) -> None:
    assert src(run(extractor, text), value) == want


def test_a_place_recording_a_toll_is_no_body_named_after_it(extractor: Extractor) -> None:
    text = ("The Guanajuato State Prosecutor's Office said it was investigating the attack. At state level, "
            "Guanajuato recorded more than 2,500 victims of homicide in 2025.")
    assert src(run(extractor, text), 2500) != "Guanajuato State Prosecutor's Office"


def test_a_body_the_description_already_names_stays(extractor: Extractor) -> None:
    text = ("The Defence Ministry of Orvania said soldiers killed six gunmen in the exchange. Two suspects were "
            "detained at the site, the ministry added. The Orvania Defence Institute said the army was stretched.")
    assert src(run(extractor, text), 2) == "Defence Ministry of Orvania"


# --- a country's possessive before a body's capitalised name is the country's adjective -------------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Armenia's Defence Ministry said 4 soldiers were killed in the shelling.", 4, "Armenian Defence Ministry"),
    ("Eritrea's Information Ministry said 5 people died in the clashes.", 5, "Eritrean Information Ministry"),
    ("Ethiopia's Federal Police Commission said 11 people were killed.", 11, "Ethiopian Federal Police Commission"),
])
def test_a_countrys_possessive_before_a_name_is_its_adjective(extractor: Extractor, text: str, value: int,
                                                              want: str) -> None:
    assert src(run(extractor, text), value) == want


# --- bodies and people introduced by a description, a role or an apposition -----------------------------------


def test_a_described_body_named_as_a_source_is_what_its_noun_refers_to(extractor: Extractor) -> None:
    text = ("Heavy rain battered the province of Tarsin this week, according to the regional health office.\n\n"
            "The office said 8 people had died in landslides across the province.")
    assert src(run(extractor, text), 8) == "regional health office"


def test_a_role_named_in_apposition_is_the_person(extractor: Extractor) -> None:
    text = "The provincial governor, Ana Orvan, said the bridge collapsed at noon. The governor said 23 people died."
    assert src(run(extractor, text), 23) == "Ana Orvan"


def test_a_group_named_in_apposition_with_the_is_the_group_described_before(extractor: Extractor) -> None:
    text = ("Shelling on Kessa killed 30 people, according to a local aid group.\n\nThe group, the Emergency "
            "Response Room of Kessa, said 60 others were injured.")
    assert src(run(extractor, text), 30) == "Emergency Response Room of Kessa"


# --- a reporting verb negated or withheld states nothing ------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Soldiers arrested two men near the market on Friday, but authorities did not say whether they were linked to "
     "the attack.", 2),
    ("The army detained 14 suspects after the raid, though the ministry would not confirm their identities.", 14),
])
def test_a_negated_reporting_verb_is_no_source(extractor: Extractor, text: str, value: int) -> None:
    assert src(run(extractor, text), value) is None


# --- "the UN agency": the body of the United Nations named before --------------------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("At least ten migrants drowned off Tesh on Thursday, the International Organization for Migration said. At "
     "least 15 others were still missing, the UN agency said.", "International Organization for Migration"),
    ("The World Food Programme said its convoy was attacked near Kessa. The U.N. agency said 15 people were "
     "killed.", "World Food Programme"),
    ("Fighting in Kessa has killed 40 people this week, the UN agency said.", "United Nations"),
])
def test_the_un_agency_is_the_un_body_named_before(extractor: Extractor, text: str, want: str) -> None:
    assert src(run(extractor, text), 15 if "15" in text else 40) == want


# --- a closing reporting verb the tagger reads as a noun ("..., OCHA estimates.", "..., data from X show.") ------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Fighting has displaced 45,000 people since March, OCHA estimates.", 45000,
     "UN Office for the Coordination of Humanitarian Affairs"),
    ("More than 300 civilians were killed in the first quarter, data from the Kessa Human Rights Commission show.",
     300, "Kessa Human Rights Commission"),
])
def test_a_closing_verb_read_as_a_noun_names_the_speaker(extractor: Extractor, text: str, value: int,
                                                          want: str) -> None:
    assert src(run(extractor, text), value) == want


def test_a_name_in_french_spelt_out_before_its_acronym_is_whole(extractor: Extractor) -> None:
    text = ("The Mouvement pour la Paix au Tesh (MPT) said it had recorded attacks on villages. The MPT said 17 "
            "people were killed.")
    assert src(run(extractor, text), 17) == "Mouvement pour la Paix au Tesh"


def test_a_surname_with_its_particle_capitalised_is_the_person_named_before(extractor: Extractor) -> None:
    text = ("Dr Khalid al-Masri, who heads the emergency department at Kessa Hospital, said the wounded kept "
            "arriving. Al-Masri said 16 people had died.")
    assert src(run(extractor, text), 16) == "Khalid al-Masri"


@pytest.mark.parametrize(("text", "value", "want"), [
    ("The Orvan Observer newspaper reported that 5 fishermen were missing after the storm.", 5, "Orvan Observer"),
    ("The Kessa Courier paper said 11 people were killed in the raid.", 11, "Kessa Courier"),
])
def test_a_papers_common_noun_is_no_part_of_its_name(extractor: Extractor, text: str, value: int, want: str) -> None:
    assert src(run(extractor, text), value) == want


# --- a sentence that goes on with the figures of the attributed account before it ----------------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("The Kessa Relief Agency said 12 people were killed in the floods on Monday. Another 30 were injured.", 30,
     "Kessa Relief Agency"),
    ("The Orvan Civil Defence said 14 people were killed when the building collapsed. Nine others were pulled "
     "alive from the rubble and taken to hospital with injuries.", 9, "Orvan Civil Defence"),
    ("The Tesh Disaster Agency said 20 people were killed on Friday. A further 8 were missing.", 8,
     "Tesh Disaster Agency"),
])
def test_a_sentence_going_on_with_the_account_takes_its_source(extractor: Extractor, text: str, value: int,
                                                               want: str) -> None:
    assert src(run(extractor, text), value) == want


def test_a_new_paragraph_does_not_go_on_with_the_account(extractor: Extractor) -> None:
    text = ("The Tesh Disaster Agency said 20 people were killed on Friday.\n\nAnother 8 people were killed in a "
            "separate attack in the north on Saturday.")
    assert src(run(extractor, text), 8) is None


def test_a_breakdown_by_place_goes_on_with_the_account(extractor: Extractor) -> None:
    text = ("The Tesh Relief Agency said 40 people were killed across the province. In Orvan district, 22 died; in "
            "Kessa district, 18 died.")
    claims = run(extractor, text)
    assert src(claims, 22) == "Tesh Relief Agency" and src(claims, 18) == "Tesh Relief Agency"


def test_a_group_described_then_named_opening_a_later_sentence_is_that_group(extractor: Extractor) -> None:
    text = ("A local rights group said 25 people were killed in the raid.\n\nThe Orvan Human Rights League said it had "
            "documented the deaths through interviews with families.")
    assert src(run(extractor, text), 25) == "Orvan Human Rights League"
