"""Who states a figure (issue 12, round 4): fighters as speakers, and a sentence's first word never taken for
a surname whose given name is the previous sentence's last word. Every sentence, name and event here is
invented; places are real or invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def source_of(claims: list[Claim], value: int) -> tuple[str | None, str | None]:
    found = [c for c in claims if c.count.value == value]
    assert found, [(c.outcome, c.count.text) for c in claims]
    s = found[0].source
    return (s.name, s.kind) if s else (None, None)


@pytest.mark.parametrize(("text", "value", "name"), [
    ("Nine villagers were killed in Kaltor on Monday. Insurgents put the toll at 25.", 25, "insurgents"),
    ("The ministry said 19 soldiers died near Orvan on Sunday. Rebels said 60 soldiers were killed.", 60, "rebels"),
    ("Troops killed 14 people in Desa on Saturday. Militants said 30 of their fighters had died.", 30, "militants"),
])
def test_fighters_speaking_are_an_armed_group_and_the_name_stays_in_its_sentence(
        extractor: Extractor, text: str, value: int, name: str) -> None:
    got, kind = source_of(run(extractor, text), value)
    assert got is not None and got.lower() == name and kind == "armed_group"


def test_a_surname_still_takes_the_given_names_the_report_gave_before(extractor: Extractor) -> None:
    text = ("Police chief Amos Kitenge Ndu visited Kaltor on Monday. Ndu said 12 people were killed there on "
            "Sunday.")
    assert source_of(run(extractor, text), 12)[0] == "Amos Kitenge Ndu"


def test_the_speakers_own_side_is_not_a_kind_of_group_when_it_is_a_monitor(extractor: Extractor) -> None:
    text = "The Kaltor Rights Monitor said 40 fighters were killed in clashes near Orvan on Sunday."
    assert source_of(run(extractor, text), 40)[1] in ("monitor", "ngo")


@pytest.mark.parametrize(("text", "value", "name"), [
    ("Jon Orvan, acting head of the Tesh regional administration, said 9 people were killed in Kaltor on Monday.",
     9, "Jon Orvan"),
    ("Attacks killed 320 people in Balochistan last year, according to the Centre for Peace Studies, an "
     "Islamabad-based think tank.", 320, "Centre for Peace Studies"),
    ("Kalu Obi, the police commissioner of Orvan state, said 14 people were killed in Kesso on Monday.", 14, "Kalu Obi"),
])
def test_a_names_description_in_apposition_is_not_part_of_the_name(
        extractor: Extractor, text: str, value: int, name: str) -> None:
    assert source_of(run(extractor, text), value)[0] == name


def test_a_bodys_name_opening_the_sentence_keeps_its_first_word(extractor: Extractor) -> None:
    text = "Emergency Lawyers, a rights group that documents abuses, put the toll at 52 on Monday."
    assert source_of(run(extractor, text), 52)[0] == "Emergency Lawyers"


@pytest.mark.parametrize("text", [
    "The Tesh Doctors Network said 43 civilians were killed in Kaltor on Friday. In a statement, the doctors' "
    "group said 11 of the victims were women.",
    "The Orvan Rights Coalition said 43 civilians were killed in Kaltor on Friday. The rights group said 11 of "
    "the victims were women.",
])
def test_a_description_of_a_body_named_before_is_that_body(extractor: Extractor, text: str) -> None:
    claims = run(extractor, text)
    assert source_of(claims, 11)[0] == source_of(claims, 43)[0]


def test_the_un_spelt_out_is_the_listed_un_body(extractor: Extractor) -> None:
    text = "The United Nations Assistance Mission in Afghanistan said it had recorded 112 civilian casualties in Kabul."
    assert source_of(run(extractor, text), 112) == ("United Nations Assistance Mission in Afghanistan", "un")
