"""Places, round 19. Every sentence, name and place here is invented (places may be real).

A country named as the owner of the body that speaks or reports ("Russia's state news agency TASS said", "Turkey's
Anadolu agency reported", "Pakistan's military said", "Israel Police said") is the speaker's country, not where the
harm happened: it neither makes the report's countries (so a town of the country the harm was in stays) nor is the
figure's place (the account's place stands). A country where the harm was ("killed in Russia's Belgorod region") is.
"""

from __future__ import annotations

from datetime import date

from test_extract_source_general3 import one
from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report


def run(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=date(2026, 6, 12)))


def places(ex: Extractor, text: str, value: int) -> set[tuple[str | None, str | None]]:
    return {(p.country, p.admin1) for p in one(run(ex, text), value).places}


def test_a_speakers_country_is_not_the_scene(extractor: Extractor) -> None:
    text = ("A missile struck a market in Kherson on Tuesday, killing five people. Russia's state news agency TASS, "
            "citing local officials, gave a higher toll of seven dead.")
    assert ("UA", "Kherson") in places(extractor, text, 5)
    assert ("UA", "Kherson") in places(extractor, text, 7)
    assert ("LY", "Tarabulus") in places(extractor, "Clashes broke out in Tripoli overnight. Turkey's Anadolu agency "
                                                   "reported that 27 people had been killed.", 27)
    assert ("NG", "Kaduna") in places(extractor, "Gunmen attacked a church in Kaduna state on Sunday. The Vatican's "
                                                 "news agency said 12 worshippers had been killed.", 12)
    assert ("AF", "Kunar") in places(extractor, "Troops clashed with militants in Kunar province on Sunday. Pakistan's "
                                                "military said its troops killed 9 terrorists across the border.", 9)


def test_a_country_where_the_harm_was_stays(extractor: Extractor) -> None:
    found = places(extractor, "Drones struck Russia's Belgorod region overnight, killing two people, Russia's "
                              "defence ministry said.", 2)
    assert any(c == "RU" for c, _a in found)
    assert ("RU", None) in places(extractor, "Three people were killed in Russia on Sunday, officials said.", 3)


def test_a_striking_country_is_not_the_scene_of_the_places_it_struck(extractor: Extractor) -> None:
    text = "Russia launched 40 drones overnight, killing three people in Kherson and two in Odesa, officials said."
    assert ("UA", "Kherson") in places(extractor, text, 3)
    assert not any(c == "RU" for c, _a in places(extractor, text, 3))
    assert ("IL", "Haifa") in places(extractor, "Iran fired missiles at Haifa on Sunday, injuring 12 people, the "
                                                "rescue service said.", 12)
    assert not any(c == "US" for c, _a in places(extractor, "The United States bombed Ras Isa port, killing 74 "
                                                            "people, the Houthis said.", 74))


def test_a_country_that_launched_an_offensive_after_harm_on_its_soil_stays(extractor: Extractor) -> None:
    found = places(extractor, "Israel launched an offensive in the Gaza Strip after a Hamas raid on southern Israel in "
                              "which about 1,200 people were killed.", 1200)
    assert any(c == "IL" for c, _a in found)


def test_the_city_after_another_town_is_not_the_datelines(extractor: Extractor) -> None:
    text = ("KHARTOUM, Sudan — Fighters entered El Fasher on Thursday. At least 15 people were killed in fighting on "
            "the outskirts of the city on Friday.")
    assert ("SD", "Khartoum") not in places(extractor, text, 15)


def test_a_capital_named_by_description_is_that_city(extractor: Extractor) -> None:
    assert ("HT", "Ouest") in places(extractor, "Gang attacks forced about 4,200 residents to flee Haiti's "
                                                "capital last week, aid workers said.", 4200)
    assert ("SO", "Banadir") in places(extractor, "A bomb killed seven people in the Somali capital on Friday.", 7)
    assert ("SD", "Khartoum") in places(extractor, "Shelling killed 20 people in the capital of Sudan on Sunday.", 20)


def test_a_capital_named_by_name_or_a_regions_capital_is_left_to_the_gazetteer(extractor: Extractor) -> None:
    assert ("AF", "Kabul") in places(extractor, "Three people were killed in the Afghan capital, Kabul, on Tuesday.", 3)
    found = places(extractor, "Five people were killed in Bunia, the Ituri provincial capital, on Monday.", 5)
    assert ("CD", "Ituri") in found and ("CD", "Kinshasa") not in found


def test_a_displacement_told_in_a_country_takes_the_accounts_places(extractor: Extractor) -> None:
    text = ("Gang attacks killed 40 people in Mirebalais, Haiti, on Thursday. Nearly 6,000 people have fled their homes "
            "in Haiti since then, the UN said.")
    assert ("HT", "Centre") in places(extractor, text, 6000)
    text = ("Nearly 6,000 people have fled their homes in Haiti since Thursday, the UN said. Most came from "
            "Mirebalais, where gangs killed 40 people.")
    assert ("HT", "Centre") in places(extractor, text, 6000)


def test_a_divisions_body_named_after_it_gives_its_area(extractor: Extractor) -> None:
    text = ("Herders and farmers clashed again in north-central Nigeria on Monday. Four people were killed, according "
            "to the Benue State Emergency Management Agency.")
    assert ("NG", "Benue") in places(extractor, text, 4)


def test_a_lead_takes_the_places_of_the_breakdown_that_follows(extractor: Extractor) -> None:
    text = ("Eleven people died on Thursday in shelling across north-western Syria, a monitoring group reported. Six "
            "lost their lives in the town of Ariha in Idlib province. Five more died in farming villages near Hama.")
    found = places(extractor, text, 11)
    assert ("SY", "Idlib") in found and ("SY", "Hama") in found
