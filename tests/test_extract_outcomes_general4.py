"""Outcomes (issue 12, round 4): people captured or apprehended are detained, a captured town or weapon is
no figure, and a bare number after "captured" does not take the killing verb's outcome. Every sentence and
event here is invented; places are real or invented."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Report

PUBLISHED = date(2025, 6, 4)


def outcomes(ex: Extractor, text: str) -> list[tuple[str, int | None]]:
    return sorted((c.outcome, c.count.value) for c in ex.extract(Report(id="t", text=text, published=PUBLISHED)))


@pytest.mark.parametrize(("text", "want"), [
    ("Rebels said they killed 40 soldiers near Tavo on Sunday and captured 12.", [("detained", 12), ("killed", 40)]),
    ("The army said troops had captured five members of the Tesh Front near Orvan on Monday.", [("detained", 5)]),
    ("Twelve soldiers were captured when insurgents overran the outpost at Kesso on Sunday.", [("detained", 12)]),
    ("Police said two prime suspects were apprehended in Orvan on Monday.", [("detained", 2)]),
])
def test_people_captured_or_apprehended_are_detained(extractor: Extractor, text: str,
                                                     want: list[tuple[str, int]]) -> None:
    assert outcomes(extractor, text) == want


@pytest.mark.parametrize("text", [
    "Troops killed 8 fighters and captured 30 rifles near Kesso on Monday.",
    "The rebels killed 8 soldiers and captured the town of Tavo on Monday.",
])
def test_a_captured_town_or_weapon_is_no_figure(extractor: Extractor, text: str) -> None:
    assert outcomes(extractor, text) == [("killed", 8)]


@pytest.mark.parametrize(("text", "want"), [
    ("The official said the attackers, numbering up to 20, also abducted 7 passengers in Surab on Monday.",
     [("abducted", 7)]),
    ("Gunmen numbering about 50 stormed the village of Kanu on Monday and killed 9 people.", [("killed", 9)]),
    ("A force of several hundred men attacked the outpost at Tessit on Sunday, killing 20 gendarmes.",
     [("killed", 20)]),
])
def test_a_count_of_the_attackers_is_no_figure(extractor: Extractor, text: str, want: list[tuple[str, int]]) -> None:
    assert outcomes(extractor, text) == want


def test_a_count_of_the_victims_that_numbered_stays(extractor: Extractor) -> None:
    assert outcomes(extractor, "The dead, numbering 40, were buried in Kanu on Tuesday after the raid on "
                               "Monday.") == [("killed", 40)]


@pytest.mark.parametrize(("text", "want"), [
    ("Aid groups say a child dies of hunger every two hours in the camps. Gunmen killed 4 people in Kanu on "
     "Monday.", [("killed", 4)]),
    ("The region recorded 400 killings last year, an average of more than one a day.", [("killed", 400)]),
    ("Monitors say 12 people are killed per week in the district. Gunmen killed 4 people in Kanu on Monday.",
     [("killed", 4)]),
])
def test_a_rate_is_no_claim(extractor: Extractor, text: str, want: list[tuple[str, int]]) -> None:
    assert outcomes(extractor, text) == want


@pytest.mark.parametrize("text", [
    "Orvan state recorded 1,147 homicides last year, according to the statistics office.",
    "Police recorded 1,147 femicides in Orvan state last year.",
])
def test_homicides_count_the_killed(extractor: Extractor, text: str) -> None:
    assert outcomes(extractor, text) == [("killed", 1147)]


@pytest.mark.parametrize("title", ["Drone strike kills five in Kaltor, including boy, 9",
                                   "Five killed in Kaltor drone strike, among them farmer, 45"])
def test_an_age_after_a_person_noun_is_no_count(extractor: Extractor, title: str) -> None:
    text = f"{title}\n\nA drone strike killed five people in Kaltor on Monday, officials said."
    got = outcomes(extractor, text)
    assert ("killed", 9) not in got and ("killed", 45) not in got and ("killed", 5) in got, got


@pytest.mark.parametrize("tail", ["11 of them children", "11 of them in critical condition"])
def test_n_of_them_after_two_figures_takes_the_harm_of_its_total(extractor: Extractor, tail: str) -> None:
    text = f"Doctors in Kaltor said they had received 23 bodies and more than 60 wounded people, {tail}."
    got = outcomes(extractor, text)
    assert ("injured", 11) in got and ("killed", 11) not in got, got


@pytest.mark.parametrize(("text", "want"), [
    ("A doctor said the hospital had received the bodies of six soldiers and was treating two others, one of "
     "them in critical condition.", ("injured", 2)),
    ("Three other passengers were wounded, and a doctor said one of them, a teenage boy, was in critical "
     "condition.", ("injured", 3)),
    ("Gunmen wounded 14 people in Kanu on Monday, one of whom later died in hospital.", ("injured", 14)),
])
def test_one_of_them_with_a_harm_or_state_is_a_part_of_the_group(
        extractor: Extractor, text: str, want: tuple[str, int]) -> None:
    claims = extractor.extract(Report(id="t", text=text, published=PUBLISHED))
    total = next(c for c in claims if (c.outcome, c.count.value) == want)
    one = [c for c in claims if c.count.value == 1]
    assert len(one) == 1 and one[0].part_of == total.id, [(c.outcome, c.count.text, c.part_of) for c in claims]


def test_one_of_them_speaking_is_no_figure(extractor: Extractor) -> None:
    assert outcomes(extractor, "Five men were abducted in Kanu on Monday. One of them said the kidnappers "
                               "spoke a foreign language.") == [("abducted", 5)]


@pytest.mark.parametrize(("text", "want"), [
    ("Over the past week, 318 people, including 41 children, were taken to safer areas from frontline villages "
     "in Kharkiv region.", [("displaced", 41), ("displaced", 318)]),
    ("Rescuers said 60 residents were moved to safety after the shelling of Kaltor on Monday.", [("displaced", 60)]),
])
def test_people_taken_to_safety_are_displaced(extractor: Extractor, text: str, want: list[tuple[str, int]]) -> None:
    assert outcomes(extractor, text) == want


def _perps(ex: Extractor, text: str) -> list[tuple[int | None, str | None]]:
    claims = ex.extract(Report(id="t", text=text, published=PUBLISHED))
    return [(c.count.value, c.perpetrator.text if c.perpetrator else None) for c in claims]


@pytest.mark.parametrize("text", [
    "Nine people were killed or wounded when soldiers opened fire on a bus in Kesso on Monday.",
    "Nine people were killed or injured when soldiers stormed a market in Kesso on Monday.",
])
def test_killed_or_wounded_when_x_acted_names_x(extractor: Extractor, text: str) -> None:
    assert _perps(extractor, text) == [(9, "soldiers")]


def test_an_actors_acronym_keeps_its_closing_bracket(extractor: Extractor) -> None:
    got = _perps(extractor, "Fighters from the Tesh Valley Front (TVF) killed at least 19 villagers in Ituri province "
                            "over the weekend.")
    assert got == [(19, "Fighters from the Tesh Valley Front (TVF)")]
