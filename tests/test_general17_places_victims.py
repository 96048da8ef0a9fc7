"""Round 17 of place and victim rules: a district larger than the town named before it, where a statement
was issued, divisions whose country names them in French, and victims described by a clause as fighting
for the state. Every sentence, name and event here is invented; places are real."""

from __future__ import annotations

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def places_of(claims: list[Claim], value: int) -> list[tuple[str | None, str | None]]:
    return [(p.admin1, p.country) for p in one(claims, value).places]


def category(extractor: Extractor, text: str, value: int) -> str:
    return one(run(extractor, text), value).victims.category


def test_a_district_larger_than_the_speakers_town_keeps_its_province(extractor: Extractor) -> None:
    claims = run(extractor, "Officials in Islamabad said a car bomb wounded 13 policemen in Bannu district on Friday.")
    assert places_of(claims, 13) == [("Khyber Pakhtunkhwa", "PK")]
    claims = run(extractor, "Officials in Quetta said gunmen killed six labourers in the Kech district overnight.")
    assert ("Balochistan", "PK") in places_of(claims, 6)


def test_where_a_statement_was_issued_is_not_the_scene(extractor: Extractor) -> None:
    claims = run(extractor, "A Hamas statement issued in Doha said an Israeli raid killed 17 people in Nuseirat.")
    assert ("Gaza Strip", "PS") in places_of(claims, 17)
    assert all(c == "PS" for _a, c in places_of(claims, 17))
    claims = run(extractor, "A communique released in Bamako on Tuesday said gunmen killed 23 herders in the Menaka area.")
    assert ("Bamako", "ML") not in places_of(claims, 23)


def test_a_compass_division_named_in_english_is_its_countrys_french_division(extractor: Extractor) -> None:
    claims = run(extractor, "In Burkina Faso's East region, jihadists ambushed a convoy and killed 31 soldiers.")
    assert ("Est", "BF") in places_of(claims, 31)
    assert all(c != "CM" for _a, c in places_of(claims, 31))
    claims = run(extractor, "Armed men killed 14 villagers in the Centre-North region of Burkina Faso on Sunday.")
    assert ("Centre-Nord", "BF") in places_of(claims, 14)
    claims = run(extractor, "Gang members killed nine people in Haiti's West department, officials said.")
    assert ("Ouest", "HT") in places_of(claims, 9)
    # the report's own country where the sentence names none
    claims = run(extractor, "Jihadists have attacked Djibo in Burkina Faso twice this month. Separately, 11 herders "
                            "were killed in the North region on Friday.")
    assert ("Nord", "BF") in places_of(claims, 11)
    # a country whose English name for the division is its own keeps it
    claims = run(extractor, "Separatists killed four gendarmes in Cameroon's North-West region.")
    assert places_of(claims, 4) and all(c == "CM" for _a, c in places_of(claims, 4))


def test_a_clause_saying_the_victims_fight_for_the_state_makes_them_state_forces(extractor: Extractor) -> None:
    assert category(extractor, "Jihadists killed 27 volunteers fighting alongside the army near Djibo.",
                    27) == "state_forces"
    assert category(extractor, "Insurgents killed 12 local hunters who fought for the government in Mali.",
                    12) == "state_forces"
    # travelling with soldiers is no fighting
    assert category(extractor, "Gunmen killed eight civilians travelling with soldiers in Mali.", 8) == "civilians"


def test_a_palestinian_place_is_also_in_its_governorate(extractor: Extractor) -> None:
    claims = run(extractor, "Israeli troops shot dead two men during a raid in Tammun, the health ministry said.")
    assert {("West Bank", "PS"), ("Tubas", "PS")} <= set(places_of(claims, 2))
    claims = run(extractor, "A strike on a house in Shejaiya killed 13 people, civil defence officials said.")
    assert {("Gaza Strip", "PS"), ("Gaza", "PS")} <= set(places_of(claims, 13))
    claims = run(extractor, "A strike on a tent in Bureij killed eight people on Monday.")
    assert ("Deir El Balah", "PS") in places_of(claims, 8)
    claims = run(extractor, "Settlers torched cars in Sinjil and wounded six Palestinians.")
    assert ("Ramallah", "PS") in places_of(claims, 6)
    # the territory alone has no governorate
    claims = run(extractor, "Strikes across the Gaza Strip killed 41 people on Sunday.")
    assert places_of(claims, 41) == [("Gaza Strip", "PS")]


def test_a_village_named_like_a_given_name_before_a_surname_is_no_place(extractor: Extractor) -> None:
    text = ("In Kherson oblast, a drone dropped a grenade on a car near Bilozerka. Two farmers were hurt, wrote the "
            "head of the regional administration, Serhii Maliuk.")
    assert ("Chernivtsi", "UA") not in places_of(run(extractor, text), 2)
    assert ("Kherson", "UA") in places_of(run(extractor, text), 2)
    text = ("The army named the dead as Naik Fazal Rehman and Sepoy Aqib Khan. Militants in North Waziristan said "
            "they had killed 12 soldiers.")
    assert all(c == "PK" for _a, c in places_of(run(extractor, text), 12))
    # after a locative word the name is a place's
    claims = run(extractor, "Gunmen killed nine herders in Serhii, Chernivtsi oblast, police said.")
    assert ("Chernivtsi", "UA") in places_of(claims, 9)


def test_people_held_are_people_unless_their_words_say_otherwise(extractor: Extractor) -> None:
    assert category(extractor, "At least 19 inmates were killed in a riot at the Valera jail on Sunday.", 19) == "people"
    assert category(extractor, "A fire at the detention centre killed 11 prisoners, officials said.", 11) == "people"
    assert category(extractor, "The army said 40 prisoners of war were killed in the strike.", 40) == "state_forces"


def test_its_men_are_the_men_of_the_body_a_spokesman_speaks_for(extractor: Extractor) -> None:
    assert category(extractor, "A spokesman for the Kavor Liberation Front said 14 of its men died in the raid.",
                    14) == "non_state_fighters"
    assert category(extractor, "A spokesman for the Nigerian police said three of its men were killed in the ambush.",
                    3) == "state_forces"
    assert category(extractor, "A spokesman for the Free Sabine Army said two of its fighters were wounded.",
                    2) == "non_state_fighters"


def test_a_countrys_compass_part_is_its_division_named_by_the_plain_compass_word(extractor: Extractor) -> None:
    claims = run(extractor, "Armed separatists killed seven farmers in western Cameroon on Sunday, officials said.")
    assert ("West Region", "CM") in places_of(claims, 7)
    claims = run(extractor, "Rockets fired from Gaza wounded three people in southern Israel on Friday.")
    assert ("Southern District", "IL") in places_of(claims, 3)


def test_siding_with_the_state_and_private_guards(extractor: Extractor) -> None:
    assert category(extractor, "Ten militia fighters loyal to the government were killed near Tesh.", 10) == "state_forces"
    assert category(extractor, "Rebels killed 12 tribesmen allied with the army on Sunday.", 12) == "state_forces"
    assert category(extractor, "Twenty fighters loyal to the rebel commander were killed.", 20) == "combatants"
    assert category(extractor, "Three private security guards were wounded at the gold mine.", 3) == "civilians"
    assert category(extractor, "Private Aro Vesk was killed by a sniper.", 1) == "state_forces"


def test_members_of_a_named_corps_are_state_forces(extractor: Extractor) -> None:
    assert category(extractor, "Six members of the Frontier Corps were killed in the ambush near Turbat.",
                    6) == "state_forces"
    assert category(extractor, "Seven members of the Kavor Liberation Front were killed.", 7) == "non_state_fighters"


def test_a_speakers_area_outweighs_the_victims_nationality(extractor: Extractor) -> None:
    claims = run(extractor, "Police in Lahore said on Monday that gunmen had shot dead two Chinese engineers near "
                            "a construction site.")
    assert ("Punjab", "PK") in places_of(claims, 2)
    assert all(c != "CN" for _a, c in places_of(claims, 2))
    # with nothing else named, the nationality still gives the country
    claims = run(extractor, "Israeli strikes killed 23 Palestinians overnight, the health ministry said.")
    assert [c for _a, c in places_of(claims, 23)] == ["PS"]


def test_where_the_displaced_fled_from(extractor: Extractor) -> None:
    # "forced to flee their homes in X": the infinitive's "to" names no destination
    claims = run(extractor, "Fighting forced 4,000 families to flee their homes in Kalehe territory, South Kivu, "
                            "towards Bukavu.")
    assert ("South Kivu", "CD") in places_of(claims, 4000)
    # an unknown name's last word after "from" is no town abroad, nor one of the report's countries
    claims = run(extractor, "About 300 families fled from Kurmin Doka to Kaduna city on Monday.")
    assert all(c == "NG" for _a, c in places_of(claims, 300))


def test_a_guard_with_no_post_named_is_a_watchman_unless_the_sentence_is_about_an_armed_post(
        extractor: Extractor) -> None:
    text = "The mayor said the dead included 29 pupils, one guard and two cooks."
    assert category(extractor, text, 29) == "civilians"
    assert [c.victims.category for c in run(extractor, text) if c.victims.text == "guard"] == ["civilians"]
    assert category(extractor, "Two guards were killed when robbers stormed the bank in Tesh.", 2) == "civilians"
    assert category(extractor, "Five gunmen attacked a checkpoint outside Tesh, killing two guards.", 2) == "state_forces"
    assert category(extractor, "Three border guards were killed overnight.", 3) == "state_forces"
