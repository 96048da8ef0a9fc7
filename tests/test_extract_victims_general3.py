"""Who the victims are, where the figure's own words leave it to a phrase beside them (issue 12, round 3).
Every sentence, name and event here is invented; places are real so that countries resolve."""

from __future__ import annotations

from datetime import date

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report


def run(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=date(2025, 6, 4)))


def cat(claims: list[Claim], value: int, outcome: str = "killed") -> str:
    found = [c for c in claims if c.count.value == value and c.outcome == outcome]
    assert found, [(c.outcome, c.count.text) for c in claims]
    return found[0].victims.category


def test_a_relative_described_by_a_trade_is_a_civilian(extractor: Extractor) -> None:
    claims = run(extractor, "Militants shot dead her husband, a carpenter, outside their home in Maiduguri.")
    assert cat(claims, 1) == "civilians"


def test_a_relative_described_as_a_soldier_is_state_forces(extractor: Extractor) -> None:
    claims = run(extractor, "His brother, a soldier, was killed in the ambush near Gao.")
    assert cat(claims, 1) == "state_forces"


def test_ages_under_eighteen_beside_the_victims_make_them_children(extractor: Extractor) -> None:
    claims = run(extractor, "A shell killed his two sons, aged 6 and 9, in Kharkiv on Monday.")
    assert cat(claims, 2) == "civilians"


def test_adults_by_age_stay_people(extractor: Extractor) -> None:
    claims = run(extractor, "A shell killed his two sons, aged 26 and 29, in Kharkiv on Monday.")
    assert cat(claims, 2) == "people"


def test_a_speaker_in_apposition_does_not_describe_the_victims(extractor: Extractor) -> None:
    claims = run(extractor, "The blast near the port of Berbera killed at least seven people, a driver said.")
    assert cat(claims, 7) == "people"


def test_a_community_head_is_a_civilian(extractor: Extractor) -> None:
    claims = run(extractor, "Bandits killed seven people, including the community head of Tudun Wada, in Zamfara "
                            "on Sunday.")
    assert cat(claims, 1) == "civilians"


def test_the_fighters_of_a_named_group_speaking_are_non_state(extractor: Extractor) -> None:
    claims = run(extractor, "The Kavor Liberation Front announced the deaths of six of its fighters near Kidal.")
    assert cat(claims, 6) == "non_state_fighters"


def test_all_of_them_restates_who_the_victims_were(extractor: Extractor) -> None:
    claims = run(extractor, "The army said only four people were killed in Kidal, all of them members of the "
                            "Kavor Liberation Front.")
    assert cat(claims, 4) == "non_state_fighters"


def test_a_compound_person_noun_keeps_its_status(extractor: Extractor) -> None:
    claims = run(extractor, "A schoolteacher was shot dead by gunmen in Mir Ali on Wednesday, police said.")
    assert cat(claims, 1) == "civilians"


def test_guardsmen_are_state_forces(extractor: Extractor) -> None:
    claims = run(extractor, "Two guardsmen were wounded in the attack on the patrol in Culiacan.")
    assert cat(claims, 2, "injured") == "state_forces"


def test_a_group_that_speaks_is_not_a_victim(extractor: Extractor) -> None:
    claims = run(extractor, "A strike on a monastery in Sagaing killed 17 people, including four monks, a local "
                            "resistance group and residents said.")
    assert not [c for c in claims if "group" in (c.victims.text or "")]


def test_them_takes_the_status_of_the_group_it_refers_to(extractor: Extractor) -> None:
    claims = run(extractor, "Police said officers chased the kidnappers into the forest near Tesh and shot dead two "
                            "of them.")
    assert cat(claims, 2) == "non_state_fighters"


def test_them_after_a_counted_group_is_left_to_its_figure(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen attacked 40 farmers near Tesh on Sunday, killing six of them.")
    assert cat(claims, 6) != "non_state_fighters"


def test_a_fighter_in_a_named_group_is_non_state(extractor: Extractor) -> None:
    claims = run(extractor, "Medics said a fighter in the Kavor Liberation Front was killed near Kidal.")
    assert cat(claims, 1) == "non_state_fighters"


def test_the_head_of_the_village_is_a_civilian(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed five people in Tesh on Sunday, including the head of the village.")
    assert cat(claims, 1) == "civilians"


def test_a_commander_of_an_armed_group_is_not_state_forces(extractor: Extractor) -> None:
    claims = run(extractor, "The army said it had killed a commander of the group's northern battalion near Kidal.")
    assert cat(claims, 1) == "non_state_fighters"
