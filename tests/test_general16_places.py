"""Round 16 of place rules: a capital standing for its government ("the Kyiv regime"), a city's district
named like a district of another city, and a country given as a border. Every sentence, name and event here
is invented; places are real."""

from __future__ import annotations

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def places_of(claims: list[Claim], value: int) -> list[tuple[str | None, str | None]]:
    return [(p.admin1, p.country) for p in one(claims, value).places]


def test_a_capital_before_a_government_noun_is_no_place(extractor: Extractor) -> None:
    text = ("Officials said a strike on a market in Oleshky had killed four people. \"The Kyiv regime hit a spot "
            "where people shop. Among the dead are three women,\" the governor wrote in a post.")
    claims = run(extractor, text)
    assert ("Kyiv", "UA") not in places_of(claims, 3)
    assert ("Kherson", "UA") in places_of(claims, 3)


def test_a_district_named_after_a_city_is_that_citys_district(extractor: Extractor) -> None:
    claims = run(extractor, "Officials in Kharkiv city said a drone attack overnight wounded five people in the "
                            "Shevchenkivskyi district.")
    assert ("Kharkiv", "UA") in places_of(claims, 5)
    assert ("Kyiv", "UA") not in places_of(claims, 5)
    # the capital's own district stays in the capital
    claims = run(extractor, "Officials in Kyiv said a drone attack overnight wounded five people in the "
                            "Shevchenkivskyi district.")
    assert ("Kyiv", "UA") in places_of(claims, 5)


def test_a_town_opening_a_statement_is_the_scene_when_the_sentence_names_no_other(extractor: Extractor) -> None:
    claims = run(extractor, "In Kandahar, police said a roadside bomb killed three farmers on Sunday.")
    assert ("Kandahar", "AF") in places_of(claims, 3)
    claims = run(extractor, "Clashes went on in the north. In Taiz, the city's local authority said a sniper shot dead "
                            "a 10-year-old girl on Wednesday.")
    assert places_of(claims, 1) and places_of(claims, 1)[0][1] == "YE"
    # the statement's place when the sentence names the place of the harm
    claims = run(extractor, "In Kabul, the interior ministry said a roadside bomb killed three farmers in Helmand "
                            "on Sunday.")
    assert places_of(claims, 3) == [("Helmand", "AF")]


def test_a_speakers_division_after_its_countrys_name_is_the_place(extractor: Extractor) -> None:
    claims = run(extractor, "Police in Mexico's Guerrero state said gunmen killed four men at a bar on Saturday.")
    assert ("Guerrero", "MX") in places_of(claims, 4)
    claims = run(extractor, "Officials in Nigeria's Borno State said insurgents killed nine farmers on Sunday.")
    assert ("Borno", "NG") in places_of(claims, 9)
    claims = run(extractor, "Shelling went on along the front. Separately, the governor of Russia's Kursk region said "
                            "three guards died when drones hit a fuel depot.")
    assert ("Kursk", "RU") in places_of(claims, 3)


def test_a_speakers_town_alone_gives_the_place(extractor: Extractor) -> None:
    claims = run(extractor, "Police in Kandahar said a roadside bomb killed three farmers.")
    assert ("Kandahar", "AF") in places_of(claims, 3)


def test_a_speakers_area_abroad_beats_the_accounts_places(extractor: Extractor) -> None:
    claims = run(extractor, "A rocket hit a school in Dnipro on Friday night and 14 people died, Ukrainian officials "
                            "said. Artillery also pounded Nikopol, where four residents were hurt. "
                            "Separately, the governor of Russia's Kursk region said two workers were killed in "
                            "a drone raid on a fuel store.")
    assert ("Kursk", "RU") in places_of(claims, 2)
    assert ("Dnipropetrovsk", "UA") in places_of(claims, 4)


def test_the_last_word_of_an_unknown_name_is_not_a_town(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed five people in the northern Nigerian village of Dutsen Kura on Sunday.")
    assert ("Kano", "NG") not in places_of(claims, 5)
    claims = run(extractor, "Gunmen killed five people in Kura on Sunday.")
    assert ("Kano", "NG") in places_of(claims, 5)
