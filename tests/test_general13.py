"""Round 13 of general rules: datelines with a full date and live-blog time stamps, the bodies of a state, bodies
referred back to by their sort, descriptions after a comma, and a state named like towns elsewhere. Every
sentence, name and event here is invented; places are real or invented."""

from __future__ import annotations

from test_extract_source_general3 import one, run, src
from vigil.extract.pipeline import Extractor
from vigil.geo import Gazetteer
from vigil.models import Claim


def places_of(claims: list[Claim], value: int) -> list[tuple[str | None, str | None]]:
    return [(p.admin1, p.country) for p in one(claims, value).places]


def test_a_dateline_with_a_full_date_is_no_place_and_no_part_of_the_source(extractor: Extractor) -> None:
    text = ("Beirut, 6 January 2025 — The Lebanese Centre for Field Monitoring (LCFM) documented the killing of 12 "
            "civilians by armed men in the Bekaa in December. The centre recorded 40 arrests in December.")
    claims = run(extractor, text)
    assert src(claims, 12) == "Lebanese Centre for Field Monitoring"
    assert src(claims, 40) == "Lebanese Centre for Field Monitoring"
    assert ("Beirut", "LB") not in places_of(claims, 12)
    assert ("Bekaa", "LB") in places_of(claims, 12)


def test_a_live_blog_time_stamp_is_no_part_of_the_source(extractor: Extractor) -> None:
    claims = run(extractor, "14:25 GMT — Lebanon: Health ministry says 23 killed in strikes on the south")
    name = src(claims, 23)
    assert name is not None and "GMT" not in name and ":" not in name and "ministry" in name.lower()


def test_the_bodies_of_a_nigerian_state_keep_the_word_state(extractor: Extractor) -> None:
    text = ("Gunmen killed 11 people in Gusau, Zamfara State, on Sunday, according to the state government. "
            "The state police command put the toll at 18. State authorities said 30 people were abducted.")
    claims = run(extractor, text)
    assert (src(claims, 11) or "").lower() == "zamfara state government"
    assert (src(claims, 18) or "").lower() == "zamfara state police command"
    assert (src(claims, 30) or "").lower() == "zamfara state authorities"


def test_a_police_command_is_a_government_body(extractor: Extractor) -> None:
    claims = run(extractor, "The state police command said gunmen killed 18 people in Bokkos, Plateau State.")
    source = one(claims, 18).source
    assert source is not None and source.kind == "government"


def test_an_indian_state_government_goes_by_the_state_name(extractor: Extractor) -> None:
    text = "Militants killed six villagers in Churachandpur, Manipur, on Friday, the state government said."
    assert (src(run(extractor, text), 6) or "").lower() == "manipur government"


def test_a_body_referred_back_to_as_the_entity_or_the_party(extractor: Extractor) -> None:
    text = ("The Regional Rights Network documented 31 killings of social leaders in Cauca since January. In "
            "Arauca, the entity documented 12 killings.")
    assert src(run(extractor, text), 12) == "Regional Rights Network"
    text = ("The Tesh People's Liberation Party said its camp had been bombed. The party claimed that four of those "
            "killed were villagers.")
    assert src(run(extractor, text), 4) == "Tesh People's Liberation Party"


def test_a_description_after_a_comma_is_no_part_of_the_source(extractor: Extractor) -> None:
    text = "Hospital staff in Dessie, 70 kilometres to the south, said 19 of the wounded had been brought there."
    assert src(run(extractor, text), 19) == "Hospital staff in Dessie"
    text = "Residents of Korvat village, close to the site of the clash, said six farmers were killed."
    assert src(run(extractor, text), 6) == "Residents of Korvat village"


def test_a_state_beats_namesake_districts_in_other_states() -> None:
    gazetteer = Gazetteer.default()
    found = gazetteer.find("Gunmen killed five people in Guerrero.", prefer_countries=["MX"])
    assert [(m.admin1, m.precision) for m in found] == [("Guerrero", "admin1")]
    found = gazetteer.find("Two soldiers were wounded in Bolívar.", prefer_countries=["CO"])
    assert [m.admin1 for m in found] == ["Bolivar"]
    # a town named like the division it lies in is still the town
    found = gazetteer.find("Shelling hit Goma.", prefer_countries=["CD"])
    assert [(m.name, m.precision) for m in found] == [("Goma", "point")]



def test_a_member_of_a_body_named_before_speaks_for_it(extractor: Extractor) -> None:
    text = ("Shelling killed four people in Kessa. The Tesh Ministry of Interior blamed the rebels. A ministry "
            "spokesman later said 12 people had been wounded.")
    assert src(run(extractor, text), 12) == "Tesh Ministry of Interior"


def test_a_member_of_a_body_named_in_a_sentence_without_figures(extractor: Extractor) -> None:
    text = ("Drone strikes killed three shepherds near Kessa on Tuesday. The Orvan Ministry of National Defence did "
            "not comment on the strike. In its weekly briefing, a ministry official said that nine militants had "
            "been killed over the past week.")
    assert src(run(extractor, text), 9) == "Orvan Ministry of National Defence"


def test_a_member_of_a_body_the_report_never_names_stays_unnamed(extractor: Extractor) -> None:
    name = src(run(extractor, "A ministry official said 40 people were killed in Kessa."), 40)
    assert name is not None and "official" in name


def test_the_channel_a_body_posted_on_is_no_part_of_its_name(extractor: Extractor) -> None:
    text = ("At least five civilians were killed in Kharkiv over the past day, according to a tally of updates "
            "posted by the Tesh Relief Committee on its Telegram channel.")
    assert src(run(extractor, text), 5) == "Tesh Relief Committee"


def test_a_regional_governor_takes_the_region_of_the_figure(extractor: Extractor) -> None:
    text = "Shelling killed four civilians in Donetsk region overnight, the regional governor said."
    assert (src(run(extractor, text), 4) or "").lower() == "donetsk regional governor"


def test_a_countrys_generic_force_written_in_capitals_takes_its_country(extractor: Extractor) -> None:
    text = "Gang members killed five officers in Guayaquil on Friday, the National Police said."
    assert src(run(extractor, text), 5) == "Ecuadorian National Police"
    text = "Rebels killed two soldiers near Kidal, in northern Mali, the Armed Forces said."
    assert src(run(extractor, text), 2) == "Malian Armed Forces"


def test_a_namesake_town_abroad_does_not_give_a_national_body_its_country(extractor: Extractor) -> None:
    text = ("Riots broke out again in Ecuador's prisons this week.\n\nIn March, eleven inmates were killed in a "
            "fight at the Turi jail in the southern city of Cuenca. Soldiers have since arrested more than 9,000 "
            "people, according to the Defense Ministry.")
    name = src(run(extractor, text), 9000)
    assert name is not None and name.startswith("Ecuador")


def test_civil_society_leaders_speak_for_organised_civil_society(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed 23 displaced people in Kessa overnight, civil society leaders said.")
    source = one(claims, 23).source
    assert source is not None and source.kind == "ngo"
