"""Round 18: people's names are not places. Every sentence, name and event here is invented; places are real.

The gazetteer knows many given names and surnames as places, or as another language's name for one ("Jonah"
for a village in Iran, "Amara" for Amhara, "Selam" for Salem): a name the wording marks as a person's (after a
role or a title, before a description in apposition, after a reporting or a naming verb, or tagged a person
by the parser) locates nothing, and sets no country for the report.
"""

from __future__ import annotations

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def places(claims: list[Claim], value: int) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in one(claims, value).places}


def countries(claims: list[Claim], value: int) -> set[str]:
    return {p.country for p in one(claims, value).places}


def test_a_name_after_a_role_or_a_title_is_no_place(extractor: Extractor) -> None:
    claims = run(extractor, "Police chief Jonah Orvan arrived at the scene on Tuesday. Police said 12 people had "
                            "been killed.")
    assert "IR" not in countries(claims, 12)
    c = one(claims, 12)
    assert c.source is None or "Iranian" not in c.source.name
    claims = run(extractor, "Governor Bogdan Selik toured the burnt market on Monday. Gunmen killed 9 traders "
                            "there, witnesses said.")
    assert "UA" not in countries(claims, 9)
    # a place's name beside a title and a name is still a place
    claims = run(extractor, "Gunmen killed 16 people in Gao Region on Sunday, Governor Moussa Traore said.")
    assert "ML" in countries(claims, 16)
    claims = run(extractor, "A bomb at Kabul Airport killed 14 people, police spokesman Khalid Zadran said.")
    assert ("Kabul", "AF") in places(claims, 14)


def test_a_name_before_a_description_in_apposition_is_no_place(extractor: Extractor) -> None:
    claims = run(extractor, "Amara Tesh, a nurse, said 12 people had been killed.")
    assert "ET" not in countries(claims, 12)
    claims = run(extractor, "Rescuers pulled Selam Worku, 9, from the rubble. The earthquake killed 14 people, "
                            "officials said.")
    assert "IN" not in countries(claims, 14)
    # a place described in apposition is a place; so are places before a speaker's name in apposition
    claims = run(extractor, "The attack in Genet, a town in Oromia, killed 13 people, said Abebe Girma.")
    assert ("Genet", "ET") in places(claims, 13)
    claims = run(extractor, "Gunmen killed 12 villagers in Mopti, Mali, said Moussa Diarra, a local official.")
    assert ("Mopti", "ML") in places(claims, 12)


def test_a_name_after_a_naming_verb_is_no_place(extractor: Extractor) -> None:
    claims = run(extractor, "Police identified the dead as Amara Kebede and Jonah Obi. They were among 7 people "
                            "killed in the crash, police said.")
    assert not countries(claims, 7) & {"ET", "IR"}
    claims = run(extractor, "The hospital named the two victims as Selam Worku and Tesh Alemu. Eight people were "
                            "killed in the blast, officials said.")
    assert "IN" not in countries(claims, 8)
    c = one(claims, 8)
    assert c.source is None or "Indian" not in c.source.name
    # two places in a row before a name are places
    claims = run(extractor, "Fighting in Herat and Kandahar killed 15 soldiers, said Tariq Nawaz, a spokesman.")
    assert {("Herat", "AF"), ("Kandahar", "AF")} <= places(claims, 15)


def test_a_name_the_parser_tags_as_a_person_is_no_place(extractor: Extractor) -> None:
    claims = run(extractor, "Fighting in Ituri killed 11 civilians, Colonel Désiré Kasongo of the army told "
                            "reporters.")
    assert ("Kasongo", "CD") not in places(claims, 11)


def test_a_hamlet_abroad_known_only_by_another_name_is_a_given_name(extractor: Extractor) -> None:
    # "Jonah" is another spelling of a village in Iran; nothing else in the report is in Iran
    claims = run(extractor, "Jonah, a 12-year-old boy, was among 9 people killed when the roof collapsed, police "
                            "said.")
    assert "IR" not in countries(claims, 9)
    c = one(claims, 9)
    assert c.source is None or "Iranian" not in c.source.name
    # another spelling of a village in a country the report names is that village
    claims = run(extractor, "Twelve people were killed in Serhiyi village, Donetsk region, officials said.")
    assert "UA" in countries(claims, 12)


def test_a_village_named_as_a_speaker_is_a_person_not_its_government(extractor: Extractor) -> None:
    claims = run(extractor, "Twelve people were killed in the flood, said Moses, a fisherman who lost his home.")
    c = one(claims, 12)
    assert c.source is not None and "government" not in c.source.name
    # a capital as a speaker still stands for its government
    claims = run(extractor, "Rebels killed 13 soldiers near the border, Kinshasa said.")
    c = one(claims, 13)
    assert c.source is not None and c.source.name == "Congolese government"


def test_a_name_before_its_kin_or_beside_a_person_is_no_place(extractor: Extractor) -> None:
    claims = run(extractor, "Twelve people, including Amara Obi and her two sons, were killed.")
    assert "ET" not in countries(claims, 12)
    # names coordinated with one the parser tags a person's
    claims = run(extractor, "Amara Obi, Jonah Tesh and Selam Worku were among 14 people killed.")
    assert not countries(claims, 14) & {"ET", "IR", "IN"}


def test_a_town_speaking_alone_is_a_person_and_a_place_before_a_body_is_a_place(extractor: Extractor) -> None:
    # a surname the gazetteer knows as a town, speaking, sets no country for a report that names none
    claims = run(extractor, "Rodriguez said 12 people were killed in the shooting on Sunday.")
    assert "PH" not in countries(claims, 12)
    # a place's name before a body of its people ("according to X Y elders") is a place, not a name
    claims = run(extractor, "Gunmen raided Genet Kebele in Oromia before dawn, according to Genet Kebele elders. "
                            "They killed 13 people, the elders said.")
    assert ("Genet", "ET") in places(claims, 13)


def test_a_short_name_of_a_city_the_data_gives_no_population_is_still_a_place(extractor: Extractor) -> None:
    # another name for a place of unknown size is not a hamlet's: "Mazar" is Mazar-i-Sharif
    claims = run(extractor, "Fighting near Mazar killed 12 soldiers on Monday, officials said.")
    assert "AF" in countries(claims, 12)


def test_a_place_described_in_apposition_by_a_longer_phrase_is_a_place(extractor: Extractor) -> None:
    claims = run(extractor, "Genet Kebele, the largest town in the zone, was shelled on Monday. The shelling killed "
                            "12 people, officials said.")
    assert ("Genet", "ET") in places(claims, 12)


def test_one_name_after_an_honorific_is_no_place(extractor: Extractor) -> None:
    claims = run(extractor, "Dr Amara arrived at the clinic on Monday. Twelve patients died there, officials said.")
    assert "ET" not in countries(claims, 12)
    # a place's name after such a word, naming a building, is still beside a place
    claims = run(extractor, "A blast near the Imam Ali Mosque in Najaf killed 13 pilgrims, police said.")
    assert ("Najaf", "IQ") in places(claims, 13)
