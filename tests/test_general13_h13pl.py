"""Places of harm (round 13, h13pl): where displaced people fled from when the sentence names where they
went first ("fled to Chad from X"); where the wounded were treated is not where they were hurt when the
report names that place. Every sentence and event here is invented; the places are real so that they
resolve."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report

PUBLISHED = date(2025, 6, 4)


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def places(ex: Extractor, text: str, value: int) -> list[tuple[str, str | None]]:
    claims: list[Claim] = ex.extract(Report(id="t", text=text, published=PUBLISHED))
    found = [c for c in claims if c.count.value == value]
    assert found, [(c.outcome, c.count.text) for c in claims]
    return [(p.country, p.admin1) for p in found[0].places]


def test_fled_to_then_from(ex: Extractor) -> None:
    got = places(ex, "More than 2,000 people fled to Chad from El Geneina in West Darfur last week.", 2000)
    assert ("SD", "West Darfur") in got
    assert all(c != "TD" for c, _ in got)


def test_fled_from_then_to(ex: Extractor) -> None:
    got = places(ex, "Some 5,000 residents fled from Mosul to Erbil on Sunday.", 5000)
    assert got == [("IQ", "Nineveh")]


@pytest.mark.parametrize("text", [
    "A mortar hit a market in Kalehe, South Kivu, killing three people. Eleven injured were treated in Goma.",
    "A mortar hit a market in Kalehe, South Kivu, killing three people. Eleven injured were taken to a "
    "hospital in Goma.",
    "A mortar hit a market in Kalehe, South Kivu, killing three people. The army evacuated 11 wounded to the "
    "general hospital in Goma.",
])
def test_treated_elsewhere(ex: Extractor, text: str) -> None:
    got = places(ex, text, 11)
    assert ("CD", "South Kivu") in got
    assert ("CD", "North Kivu") not in got


def test_hospital_struck_is_the_place(ex: Extractor) -> None:
    assert places(ex, "Four people were killed when a shell hit the hospital in Kharkiv.", 4) == [("UA", "Kharkiv")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rockets killed 8 people in southern Israel on Monday.", ("IL", "Southern District")),
    ("Rockets killed 8 people in northern Israel on Monday.", ("IL", "Northern District")),
])
def test_compass_part_names_its_division(ex: Extractor, text: str, expected: tuple[str, str]) -> None:
    assert expected in places(ex, text, 8)


def test_compass_part_without_division(ex: Extractor) -> None:
    assert places(ex, "Gunmen killed 8 people in northern Nigeria on Monday.", 8) == [("NG", None)]
