"""Figures that were missed (round 13): people taken by their captors or missing without a harm verb, one
subject for a harm verb joined to another verb, the attackers counted as the subject of a first act. Every
sentence, name and event here is invented; places are real or invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor


def outcomes(extractor: Extractor, text: str) -> list[tuple[str, int | None]]:
    return [(c.outcome, c.count.value) for c in run(extractor, text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen seized 14 passengers from a bus near Kessa on Monday.", [("abducted", 14)]),
    ("At least 30 women were carried away by the militants.", [("abducted", 30)]),
    ("The gunmen led away 12 men at gunpoint.", [("abducted", 12)]),
    ("Eleven aid workers are still being held by the group.", [("abducted", 11)]),
    ("Police seized 14 suspects in a raid on the market.", [("detained", 14)]),
    ("The whereabouts of 15 fishermen remain unknown.", [("missing", 15)]),
    ("Families are still looking for about fifteen residents of whom there has been no news.", [("missing", 15)]),
    ("Rescuers were still searching for 40 people thought to be under the rubble.", [("missing", 40)]),
    ("Thirty villagers have not been heard from since the raid.", [("missing", 30)]),
])
def test_people_taken_or_missing(extractor: Extractor, text: str, expected: list[tuple[str, int]]) -> None:
    assert outcomes(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "The army seized 30 rifles and two trucks near Kessa.",
    "Police are looking for the 12 suspects who escaped.",
])
def test_things_seized_and_suspects_sought_are_no_victims(extractor: Extractor, text: str) -> None:
    assert outcomes(extractor, text) == []


def test_one_subject_for_a_harm_verb_joined_to_another(extractor: Extractor) -> None:
    assert outcomes(extractor, "Twelve soldiers were ambushed and killed near Kessa.") == [("killed", 12)]
    assert outcomes(extractor, "Five people were shot and wounded in the market.") == [("injured", 5)]


def test_the_subject_of_a_first_act_counts_the_attackers(extractor: Extractor) -> None:
    text = "A group of around 15 insurgents entered the outskirts of Kessa and abducted four men."
    assert outcomes(extractor, text) == [("abducted", 4)]


@pytest.mark.parametrize(("text", "expected"), [
    ("A motorbike rider was shot dead at a checkpoint in Kessa.", [("killed", 1)]),
    ("A tailor was abducted from his shop on Monday.", [("abducted", 1)]),
    ("The driver, Aro Melik, 41, was shot dead when he tried to reverse.", [("killed", 1)]),
])
def test_one_person_a_harm_verb_names(extractor: Extractor, text: str, expected: list[tuple[str, int]]) -> None:
    assert outcomes(extractor, text) == expected


def test_a_thing_hit_is_no_person(extractor: Extractor) -> None:
    assert outcomes(extractor, "A car was hit by a shell and a tanker was attacked near Kessa.") == []


def test_a_number_of_an_agentive_plural(extractor: Extractor) -> None:
    claims = run(extractor, "Five of the abductors were killed in the operation near Kessa.")
    assert [(c.outcome, c.count.value, c.victims.category) for c in claims] == [("killed", 5, "non_state_fighters")]
    assert outcomes(extractor, "Five of the vehicles were destroyed near Kessa.") == []


def test_a_couple_is_two_people_and_both_ages_are_no_count(extractor: Extractor) -> None:
    assert outcomes(extractor, '"A married couple, both 64, died on the spot," a neighbour said.') == [("killed", 2)]
    assert outcomes(extractor, "A couple of hours later, three people were killed in Kessa.") == [("killed", 3)]


def test_a_relative_clause_with_its_own_subject_is_another_harm(extractor: Extractor) -> None:
    text = ("The ministry said soldiers killed six presumed gunmen in the exchange, in which one soldier suffered a "
            "gunshot wound to the arm.")
    assert sorted(outcomes(extractor, text), key=str) == [("injured", 1), ("killed", 6)]
    assert outcomes(extractor, "Rescuers pulled out 20 people who were injured.") == [("injured", 20)]


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 50 people have been held without charge since the coup.", [("detained", 50)]),
    ("Twelve activists remain in custody, their lawyers said.", [("detained", 12)]),
    ("Officers took 20 men into custody after the attack.", [("detained", 20)]),
    ("Some 300 people were taken in for questioning.", [("detained", 300)]),
])
def test_people_held_in_custody(extractor: Extractor, text: str, expected: list[tuple[str, int]]) -> None:
    assert outcomes(extractor, text) == expected


def test_things_held_are_no_detainees(extractor: Extractor) -> None:
    assert outcomes(extractor, "The meeting was held in the town hall with 40 elders.") == []


def test_one_as_the_last_count_of_a_list_of_places(extractor: Extractor) -> None:
    claims = run(extractor, "Three people were killed in Donetsk oblast: two in Kostiantynivka and one in Pokrovsk.")
    total = next(c for c in claims if c.count.value == 3)
    last = next(c for c in claims if c.count.value == 1)
    assert (last.outcome, last.part_of) == ("killed", total.id)
    assert outcomes(extractor, "He lived in Orvan, one in a family of six.") == []
