"""Round 15 of general rules for sources: names as the institution goes by (a place's possessive, a division's
name as written, a national branch, a unit within a larger body, an acronym's people) and kinds (a person by the
body spoken for, a health ministry, a civil defence, a front, a non-state army). Every sentence, name and event
here is invented; places are real or invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import one, run, src
from vigil.extract.pipeline import Extractor


def kind(claims: list, value: int) -> str | None:
    c = one(claims, value)
    return c.source.kind if c.source else None


# --- kinds ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Jon Orvan, a spokesman for the UN peacekeeping mission, said 12 peacekeepers were injured.", "un"),
    ("Jon Orvan, spokesperson for the UN Office for Relief in Tesh, said 300 people were displaced.", "un"),
    ("Jon Orvan, a spokesman for the army, said 11 soldiers were killed in the ambush.", "military"),
    ("Jon Orvan, head of the Tesh Observatory for Human Rights, said 11 civilians were killed.", "monitor"),
    ("Jon Orvan, a spokesman for the rebel Tesh Front, said 11 soldiers were killed.", "armed_group"),
    ("Jon Orvan, a UNICEF spokesperson, said 11 children were killed in the strike.", "un"),
    ("M23 spokesman Jon Orvan said 14 civilians were killed by army shelling.", "armed_group"),
])
def test_a_named_person_has_the_kind_of_the_body_spoken_for(extractor: Extractor, text: str, want: str) -> None:
    claims = run(extractor, text)
    value = next(c.count.value for c in claims)
    assert src(claims, value) == "Jon Orvan"
    assert kind(claims, value) == want


@pytest.mark.parametrize("text", [
    "A health ministry official said 31 people were killed in the strikes on Kessa.",
    "Health ministry spokesman Jon Orvan said 31 people were killed in the strikes on Kessa.",
    "Jon Orvan, the health minister, said 31 people were killed in the strikes on Kessa.",
])
def test_a_health_ministry_and_its_people_are_government(extractor: Extractor, text: str) -> None:
    assert kind(run(extractor, text), 31) == "government"


def test_a_health_official_outside_a_ministry_stays_medical(extractor: Extractor) -> None:
    assert kind(run(extractor, "A local health official said 31 people were killed in Kessa."), 31) == "medical"


@pytest.mark.parametrize("text", [
    "The Tesh Civil Defence said 14 people were killed in the strike on Kessa.",
    "Civil defence officials said 14 people were killed in the strike on Kessa.",
])
def test_a_civil_defence_is_government(extractor: Extractor, text: str) -> None:
    assert kind(run(extractor, text), 14) == "government"


@pytest.mark.parametrize(("text", "name"), [
    ("The Kessa Liberation Army said 25 soldiers were killed in the fighting.", "Kessa Liberation Army"),
    ("The Kachin Army said 25 soldiers were killed in the fighting.", "Kachin Army"),
    ("The rebel Kessa People's Defence Force said it killed 25 soldiers.", "Kessa People's Defence Force"),
    ("A Fano commander told reporters his men had killed 25 soldiers.", None),
])
def test_a_non_state_army_is_an_armed_group(extractor: Extractor, text: str, name: str | None) -> None:
    claims = run(extractor, text)
    assert kind(claims, 25) == "armed_group"
    if name is not None:
        assert src(claims, 25) == name


@pytest.mark.parametrize("text", [
    "The Uganda People's Defence Forces said 25 rebels were killed in the fighting.",
    "The Nigerian Army said 25 insurgents were killed in the fighting.",
])
def test_a_countrys_army_stays_the_military(extractor: Extractor, text: str) -> None:
    assert kind(run(extractor, text), 25) == "military"


# --- names ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Kessa's deputy commissioner told reporters that 12 people were killed in the attack.",
     "Kessa deputy commissioner"),
    ("Tarno district's commissioner said 12 villagers were killed on Sunday.", "Tarno district commissioner"),
    ("Kaduna's governor said 12 people were abducted from the village.", "Kaduna governor"),
])
def test_a_places_possessive_is_its_name(extractor: Extractor, text: str, name: str) -> None:
    assert src(run(extractor, text), 12) == name


@pytest.mark.parametrize(("text", "name"), [
    ("The Michoacan State Prosecutor's Office said 7 people were killed in the ambush on Sunday.",
     "Michoacan State Prosecutor's Office"),
    ("The Veracruz state government said 7 people were killed at a bar in Xalapa.", "Veracruz state government"),
])
def test_a_division_keeps_the_name_the_text_gives_it(extractor: Extractor, text: str, name: str) -> None:
    assert src(run(extractor, text), 7) == name


def test_a_unit_within_a_larger_body_is_named_by_itself(extractor: Extractor) -> None:
    claims = run(extractor, "The Tesh Relief Unit at the Ministry of Interior said 700 people were displaced.")
    assert src(claims, 700) == "Tesh Relief Unit"


@pytest.mark.parametrize(("text", "name"), [
    ("Al-Shabaab claimed the attack. The al-Qaeda-linked group said in a statement that its fighters killed 30 "
     "soldiers.", "al-Shabaab"),
    ("The Tesh Front claimed the attack. The Iran-backed group said its fighters killed 30 soldiers.", "Tesh Front"),
])
def test_a_group_described_by_its_backer_refers_back(extractor: Extractor, text: str, name: str) -> None:
    claims = run(extractor, text)
    assert src(claims, 30) == name
    assert kind(claims, 30) == "armed_group"


def test_an_acronyms_people_speak_for_the_body_spelt_out(extractor: Extractor) -> None:
    claims = run(extractor, "The Tesh Rescue League (TRL) sent ambulances. TRL paramedics said 4 people were "
                            "injured in the attack.")
    assert src(claims, 4) == "Tesh Rescue League"
    assert kind(claims, 4) == "medical"


@pytest.mark.parametrize(("text", "name", "want"), [
    ("Oxfam said 200 families were displaced by the flooding in Kessa.", "Oxfam", "ngo"),
    ("Jama'at Nusrat al-Islam wal-Muslimin said its fighters killed 200 soldiers near Kessa.", "JNIM", "armed_group"),
])
def test_known_bodies_by_their_listed_names(extractor: Extractor, text: str, name: str, want: str) -> None:
    claims = run(extractor, text)
    assert src(claims, 200) == name
    assert kind(claims, 200) == want


@pytest.mark.parametrize(("text", "name"), [
    ("According to Amnesty International Kenya, at least 23 protesters were killed by police.",
     "Amnesty International Kenya"),
    ("MSF Belgium said 23 patients were killed in the strike.", "MSF Belgium"),
])
def test_a_national_branch_keeps_its_country(extractor: Extractor, text: str, name: str) -> None:
    assert src(run(extractor, text), 23) == name
