"""Places of harm (issue 12, round 4): a demonym that says whose a weapon or force is, or that opens a
proper name, is not a place; a large city names its country as well as the country's name does. Every
sentence and event here is invented; the places are real so that they resolve."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report

PUBLISHED = date(2025, 6, 4)


def places(ex: Extractor, text: str, value: int) -> list[tuple[str, str | None]]:
    claims: list[Claim] = ex.extract(Report(id="t", text=text, published=PUBLISHED))
    found = [c for c in claims if c.count.value == value]
    assert found, [(c.outcome, c.count.text) for c in claims]
    return [(p.country, p.admin1) for p in found[0].places]


@pytest.mark.parametrize(("text", "country"), [
    # the attacker's nationality in the lead, the attacker's country named outright later
    ("A Turkish drone hit a market in Mosul on Monday, killing 9 people. Officials in Turkey's Hakkari province "
     "said the drone had taken off from Turkey's Hakkari province.", "IQ"),
    ("Shelling killed 9 people in Khartoum on Monday. Officials in Chad's Ouaddai region said refugees were "
     "arriving in Chad's Ouaddai region every day.", "SD"),
])
def test_a_weapons_nationality_is_not_the_place_and_a_large_city_keeps_its_country(
        extractor: Extractor, text: str, country: str) -> None:
    got = places(extractor, text, 9)
    assert got and all(c == country for c, _ in got), got


def test_a_weapons_nationality_alone_does_not_place_the_harm(extractor: Extractor) -> None:
    got = places(extractor, "A Russian missile hit an apartment block in Zolochiv, Kharkiv region, on Monday, "
                            "killing 4 people.", 4)
    assert got and all(c == "UA" for c, _ in got), got


@pytest.mark.parametrize(("text", "country"), [
    ("Doctors at the Saudi Hospital in El Fasher treated 31 wounded people on Sunday.", "SD"),
    ("The Turkish Red Crescent said 31 people were wounded in Idlib on Sunday.", "SY"),
])
def test_a_demonym_opening_a_proper_name_is_not_a_place(extractor: Extractor, text: str, country: str) -> None:
    got = places(extractor, text, 31)
    assert got and all(c == country for c, _ in got), got


def test_a_demonym_before_a_place_noun_still_names_the_country(extractor: Extractor) -> None:
    got = places(extractor, "Shelling killed 6 people on Israeli territory on Sunday, the army said.", 6)
    assert ("IL", None) in got


@pytest.mark.parametrize("text", [
    "IMPHAL: Gunmen killed 3 villagers in Bishnupur on Sunday, police said.",
    "Gunmen killed 3 villagers in Bishnupur on Sunday. Police in Manipur said the attackers fled into the hills.",
])
def test_a_towns_namesake_in_the_division_the_report_names_wins(extractor: Extractor, text: str) -> None:
    got = places(extractor, text, 3)
    assert ("IN", "Manipur") in got and ("IN", "West Bengal") not in got, got


@pytest.mark.parametrize("text", [
    "Fighting killed 8 people in Goma on Sunday, and about 4,000 people crossed into Rwanda, officials said. "
    "Rwanda's government said it was ready to receive more.",
    "Fighting killed 8 people in Goma on Sunday. Thousands fled to neighbouring Rwanda, and more sought refuge "
    "in Rwanda on Monday.",
])
def test_where_people_fled_to_is_not_a_place_nor_the_reports_country(extractor: Extractor, text: str) -> None:
    got = places(extractor, text, 8)
    assert got and all(c == "CD" for c, _ in got), got
