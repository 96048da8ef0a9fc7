"""Places of harm only: a dateline, a statement's place, a source's base, an organisation's name, a country
acting and a namesake abroad locate nothing. Sentences are invented for these tests (the place names are
real, so that the shipped gazetteer knows them).
"""

from __future__ import annotations

from datetime import date

from vigil.extract.pipeline import Extractor
from vigil.geo import Gazetteer
from vigil.models import Claim, Report

MONDAY = date(2025, 3, 10)


def run(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=MONDAY))


def one(claims: list[Claim], value: int) -> Claim:
    found = [c for c in claims if c.count.value == value]
    assert len(found) == 1, [(c.outcome, c.count.text) for c in claims]
    return found[0]


def where(c: Claim) -> set[tuple[str, str | None]]:
    return {(p.country, p.admin1) for p in c.places}


def countries(c: Claim) -> set[str]:
    return {p.country for p in c.places}


def test_a_statements_place_is_not_the_harms(extractor: Extractor) -> None:
    claims = run(extractor, "Bandits raided two hamlets in Zamfara State on Saturday. "
                            "Speaking to reporters in Abuja on Sunday, a police spokesman said 11 villagers "
                            "were killed.")
    assert where(one(claims, 11)) == {("NG", "Zamfara")}


def test_a_line_of_bureau_cities_is_a_dateline(extractor: Extractor) -> None:
    claims = run(extractor, "Nairobi/London, March 9\n\nFour aid workers were killed in an ambush on Saturday "
                            "in Somalia's Gedo region, their employer said.")
    c = one(claims, 4)
    assert countries(c) == {"SO"}, c.places


def test_countries_inside_a_groups_name_do_not_rule_out_the_story_country(extractor: Extractor) -> None:
    # the group's name names Iraq and Syria; the bombing was in the Philippines, named only by its towns
    claims = run(extractor, "The Islamic State of Iraq and Syria claimed a bombing that killed five soldiers "
                            "in Kidapawan on Tuesday. Three other soldiers were wounded in Kidapawan.")
    assert ("PH", "Soccsksargen") in where(one(claims, 5))


def test_the_leading_country_keeps_its_towns(extractor: Extractor) -> None:
    # only a demonym and towns name Nigeria; the United States is named outright, further down
    claims = run(extractor, "Gunmen kill 23 in Kukawa\n\nGunmen killed 23 people in Kukawa on Friday, Nigerian "
                            "police said. The attackers fled towards the lake. "
                            "The United States condemned the killings.")
    assert ("NG", "Borno") in where(one(claims, 23))


def test_this_town_is_the_datelines_town(extractor: Extractor) -> None:
    claims = run(extractor, "KIDAPAWAN, Philippines — A bomb exploded in this town on Tuesday night, killing "
                            "three people.")
    assert ("PH", "Soccsksargen") in where(one(claims, 3))


def test_a_country_named_as_a_party_is_not_a_place(extractor: Extractor) -> None:
    claims = run(extractor, "Four people were killed in Nabatieh on Tuesday amid renewed clashes between "
                            "Israel and Hezbollah fighters.")
    assert countries(one(claims, 4)) == {"LB"}
    claims = run(extractor, "Rwanda-backed rebels killed nine civilians in Rutshuru on Monday.")
    assert countries(one(claims, 9)) == {"CD"}


def test_across_a_border_is_the_other_country(extractor: Extractor) -> None:
    claims = run(extractor, "Mortar rounds fired from Bunagana landed across the Ugandan border and killed six "
                            "farmers, officials in Kampala said.")
    assert "UG" in countries(one(claims, 6))


def test_a_village_namesake_lies_in_the_division_the_report_names(extractor: Extractor) -> None:
    # GeoNames' Ilogbo is a village of Ogun; this report is about Zamfara and names no other state
    claims = run(extractor, "Attacks in Zamfara State have forced thousands from their homes. "
                            "Gunmen killed eight farmers in Ilogbo village on Sunday.")
    assert where(one(claims, 8)) == {("NG", "Zamfara")}


def test_a_name_with_a_direction_and_a_division_word_is_one_name() -> None:
    g = Gazetteer.default()
    found = g.find("Cattle raiders struck in Bor South County on Saturday.", prefer_countries=["SS"])
    assert all(m.country == "SS" for m in found), found   # not Cameroon's "East"/"South" province


def test_a_curated_place_beats_an_unpeopled_namesake() -> None:
    g = Gazetteer.default()
    (m,) = [m for m in g.find("Rescuers in Gaza said 12 were killed.", prefer_countries=["LB", "IL"])]
    assert (m.country, m.admin1) == ("PS", "Gaza Strip")


def test_news_names_of_the_two_kashmirs() -> None:
    g = Gazetteer.default()
    (m,) = g.find("Shelling hit villages in Pakistan-administered Kashmir overnight.")
    assert (m.country, m.admin1) == ("PK", "Azad Jammu and Kashmir")
    (m,) = g.find("Shelling hit villages in Indian-controlled Kashmir overnight.")
    assert (m.country, m.admin1) == ("IN", "Jammu and Kashmir")


def test_the_countrys_south_is_the_country_the_sentence_names(extractor: Extractor) -> None:
    # the raiders are said to be Ethiopian: an actor's demonym; the speakers' country is the one meant
    claims = run(extractor, "Ethiopian militia blamed for raid\n\nSomali officials said four herders were killed by "
                            "Ethiopian militiamen in a raid in the country's north on Sunday.")
    assert countries(one(claims, 4)) == {"SO"}
    # a regional hub's dateline is not the country meant
    claims = run(extractor, "NAIROBI, March 9 (Example Wire) - Six soldiers were killed in an ambush in the "
                            "country's south, Somali officials said on Sunday.")
    assert countries(one(claims, 6)) == {"SO"}


def test_a_lead_takes_the_next_places_in_its_own_country(extractor: Extractor) -> None:
    claims = run(extractor, "Five soldiers were killed in an ambush in northern Mali on Sunday. "
                            "Their convoy had left Niamey in Niger two days earlier. "
                            "The ambush took place near Gao, a local official said.")
    c = one(claims, 5)
    assert countries(c) == {"ML"} and any(p.name == "Gao" for p in c.places), c.places


def test_a_capital_standing_for_its_government_is_not_a_place(extractor: Extractor) -> None:
    claims = run(extractor, "Shelling killed eleven people in Goma on Sunday. Kinshasa blamed the rebels, while "
                            "Kigali denied any role. The rebels called the toll a fabrication by Kinshasa. "
                            "Hospitals said 40 of the wounded were children.")
    assert countries(one(claims, 11)) == {"CD"}
    assert all(p.name != "Kinshasa" for c in claims for p in c.places), [c.places for c in claims]


def test_people_of_a_place_speaking_keep_it(extractor: Extractor) -> None:
    claims = run(extractor, "Residents of Kukawa said 14 people were killed when gunmen raided the town on Friday.")
    assert ("NG", "Borno") in where(one(claims, 14))


def test_a_sources_base_is_not_a_place(extractor: Extractor) -> None:
    for text in ("The UK-based monitor said 12 civilians were killed in Idlib on Friday.",
                 "The monitor, which is based in Britain, said 12 civilians were killed in Idlib on Friday."):
        assert countries(one(run(extractor, text), 12)) == {"SY"}


def test_names_inside_an_organisations_name() -> None:
    from vigil.extract.places import _in_org_name
    g = Gazetteer.default()

    def inside(text: str, name: str) -> bool:
        (m,) = [m for m in g.find(text) if m.text == name]
        return _in_org_name(m, text)

    assert inside("The Islamic State of Iraq and Syria claimed the attack.", "Syria")
    assert inside("The Islamic State of Iraq and Syria claimed the attack.", "Iraq")
    assert not inside("The African Union and Somalia agreed on a new mission.", "Somalia")
    # a union territory is a place, not a union
    assert not inside("Two soldiers died in the Union Territory of Ladakh.", "Ladakh")


def test_a_border_between_two_countries_is_a_place(extractor: Extractor) -> None:
    claims = run(extractor, "Seven traders were killed on the border between Chad and Sudan on Friday.")
    assert {"TD", "SD"} <= countries(one(claims, 7))


def test_a_sources_base_alone_places_nothing(extractor: Extractor) -> None:
    claims = run(extractor, "Five fighters were killed in clashes, the UK-based monitor said.")
    assert "GB" not in countries(one(claims, 5))


def test_a_country_as_a_landmark_or_an_attackers_name_is_not_a_place(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed 31 villagers in Tahoua, a region bordering Mali, on Friday.")
    assert countries(one(claims, 31)) == {"NE"}
    claims = run(extractor, "Jihadists attacked a base in Chad near the border with Nigeria, killing 13 soldiers.")
    assert countries(one(claims, 13)) == {"TD"}
    claims = run(extractor, "US air strikes on a camp in Somalia killed 17 militants on Friday.")
    assert countries(one(claims, 17)) == {"SO"}


def test_a_name_with_a_direction_and_a_division_word_is_a_division_of_its_own() -> None:
    # invented: "Yei East County" is not the town of Yei (nor anything called "East")
    from vigil.geo import Gazetteer
    gaz = Gazetteer.default()
    assert [m.name for m in gaz.find("Fighting spread to Yei on Monday.")] == ["Yei"]
    assert gaz.find("Fighting spread to Yei East County on Monday.") == []


def test_searching_one_text_twice_gives_the_same_tokens_and_a_new_choice() -> None:
    # the gazetteer keeps the last text's tokens: a second search with preferred countries reuses them
    from vigil.geo import Gazetteer
    gaz = Gazetteer.default()
    text = "Gunmen attacked Tripoli on Friday."
    plain = gaz.find(text)
    assert gaz.find(text) == plain
    assert {m.country for m in gaz.find(text, prefer_countries=["LB"])} == {"LB"}
    assert {m.country for m in gaz.find(text, prefer_countries=["LY"])} == {"LY"}
