"""Round 10 of issue 12: people named as the ones harmed, one person named by a nationality, a wound the person
died of, a described person named later, and a district named inside a place of another province. Every
sentence, name and event here is invented; places are real (so that they resolve) or invented."""

from __future__ import annotations

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor
from vigil.extract.places import without_foreign_subunits
from vigil.geo import Gazetteer
from vigil.models import Claim


def singles(claims: list[Claim], outcome: str) -> list[Claim]:
    return [c for c in claims if c.outcome == outcome and c.count.value == 1]


# --- a person named as the one harmed --------------------------------------------------------------------

def test_a_full_name_as_the_object_of_a_harm_verb_is_one_person(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen shot dead Aro Tesh Malan near Kano on Monday.")
    (c,) = singles(claims, "killed")
    assert c.count.text == "Aro Tesh Malan"          # (not the "dead" of "shot dead")
    assert c.perpetrator is not None and c.perpetrator.text == "Gunmen"


def test_a_name_with_a_description_beside_it_takes_the_descriptions_category(extractor: Extractor) -> None:
    farmer = run(extractor, "Aro Tesh, a 40-year-old farmer, was abducted near Kano on Sunday.")
    assert [c.victims.category for c in singles(farmer, "abducted")] == ["civilians"]
    sergeant = run(extractor, "Militants killed Kessa Obi Malan, a police sergeant, at his home on Sunday.")
    assert [c.victims.category for c in singles(sergeant, "killed")] == ["state_forces"]


def test_a_persons_name_is_not_a_place(extractor: Extractor) -> None:
    # "Kabir" is also a place name in the gazetteer: as a person's surname it locates nothing
    claims = run(extractor, "Gunmen shot dead Musa Kabir near Kano on Monday.")
    (c,) = singles(claims, "killed")
    assert [p.name for p in c.places] == ["Kano"]


def test_a_name_that_is_not_the_one_harmed_is_no_claim(extractor: Extractor) -> None:
    claims = run(extractor, "Aro Tesh Malan said gunmen killed 12 villagers near Kano on Monday. "
                            "Aro Tesh Malan's brother was among the dead.")
    assert not [c for c in claims if c.count.text == "Aro Tesh Malan"]     # (his brother is one of the dead)


def test_a_person_described_and_then_named_is_one_person(extractor: Extractor) -> None:
    text = ("A farmer was shot dead by gunmen near Tarvo on Monday. The gunmen shot dead Aro Tesh Malan as he "
            "returned from his field near Tarvo on Monday, relatives said.")
    assert len(singles(run(extractor, text), "killed")) == 1
    other_day = "Gunmen shot dead Aro Tesh Malan near Tarvo on Monday. On Tuesday a farmer was shot dead near Kessa."
    assert len(singles(run(extractor, other_day), "killed")) == 2


def test_one_person_named_by_a_nationality(extractor: Extractor) -> None:
    claims = run(extractor, "Orvanian troops killed a Sudanese near the border post on Tuesday.")
    assert len(singles(claims, "killed")) == 1
    aged = run(extractor, "Troops fatally shot a 16-year-old Palestinian near Jenin on Tuesday.")
    (c,) = singles(aged, "killed")
    assert c.victims.category == "civilians"         # a child, by age


# --- a wound the person died of --------------------------------------------------------------------------

def test_fatally_or_mortally_wounded_people_were_killed(extractor: Extractor) -> None:
    claims = run(extractor, "Two police officers were fatally wounded in an ambush near Kidal on Monday.")
    assert one(claims, 2).outcome == "killed"
    later = run(extractor, "A sniper mortally wounded a medic in Tarvo on Monday. Three soldiers were wounded.")
    assert [c.outcome for c in claims + later if c.count.value in (1, 3)] == ["killed", "injured"]


# --- a district inside a place of another province --------------------------------------------------------

def test_a_district_of_a_city_is_in_that_city() -> None:
    gaz = Gazetteer.default()

    def places(text: str) -> list[tuple[str, str | None]]:
        return [(m.name, m.admin1) for m in without_foreign_subunits(text, gaz.find(text))]

    # the data's only "Dniprovskyi" is a district of Kyiv: in Kherson it is Kherson's district of that name
    assert places("Shelling hit the Dniprovskyi district of Kherson.") == [("Kherson", "Kherson")]
    assert places("A drone hit a bus in Kherson's Dniprovskyi district.") == [("Kherson", "Kherson")]
    # a district the data puts in the same province stays
    assert ("Shevchenkivskyi", "Kyiv") in places("Debris fell on the Shevchenkivskyi district of Kyiv.")


def test_the_province_of_a_citys_district_names_the_regional_body(extractor: Extractor) -> None:
    claims = run(extractor, "Shelling killed two civilians in the Dniprovskyi district of Kherson on Thursday, "
                            "the regional administration said.")
    c = one(claims, 2)
    assert [p.admin1 for p in c.places] == ["Kherson"]
    assert c.source is not None and c.source.name == "Kherson regional administration"


# --- places that locate nothing that was done ------------------------------------------------------------

def test_a_capital_backing_a_side_is_no_place_of_harm(extractor: Extractor) -> None:
    claims = run(extractor, "Fighting between Kurdish-led forces and Ankara-backed factions near Manbij killed 22 "
                            "people on Saturday.")
    assert [p.name for p in one(claims, 22).places] == ["Manbij"]


def test_where_a_named_person_is_from_is_no_place_of_harm(extractor: Extractor) -> None:
    claims = run(extractor, "Sergeant Aro Tesh, 21, from Haifa, was killed in combat in southern Lebanon on Monday.")
    (c,) = singles(claims, "killed")
    assert [p.country for p in c.places] == ["LB"]


def test_where_people_fled_towards_is_not_where_they_fled_from(extractor: Extractor) -> None:
    claims = run(extractor, "Hundreds of residents of Arbinda fled towards Djibo on Monday.")
    (c,) = [c for c in claims if c.outcome == "displaced"]
    assert [p.name for p in c.places] == ["Arbinda"]
