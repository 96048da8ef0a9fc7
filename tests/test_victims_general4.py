"""Who the victims are where a figure's own noun does not say it all (round 4): the noun a copula or an
estimate gives a bare number, described persons with a role or post, groups whose apposition says what
they are, and lists and possessors that must not lend their status. Every sentence, name and event here
is invented; places are real so that countries resolve."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report


def run(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=date(2025, 6, 4)))


def cat(claims: list[Claim], value: int, outcome: str = "killed") -> str:
    found = [c for c in claims if c.count.value == value and c.outcome == outcome]
    assert found, [(c.outcome, c.count.value, c.count.text) for c in claims]
    return found[0].victims.category


# --- 1. the noun named by a predicate or an estimate -------------------------------------------------

@pytest.mark.parametrize(("text", "value", "expected"), [
    ("The monitor said 14 of the dead were herders and six were gendarmes.", 6, "state_forces"),
    ("The monitor said 14 of those killed in Gao were soldiers and six were herders.", 6, "civilians"),
    ("The monitor said \"more than 300\" of the dead were army soldiers and militias loyal to the government.",
     300, "state_forces"),
])
def test_a_bare_number_takes_the_noun_its_copula_names(extractor: Extractor, text: str, value: int,
                                                       expected: str) -> None:
    assert cat(run(extractor, text), value) == expected


def test_an_estimate_put_at_a_number_names_its_victims(extractor: Extractor) -> None:
    claims = run(extractor, "A police spokeswoman in Mopti put the number of gendarmes killed at three.")
    assert cat(claims, 3) == "state_forces"
    claims = run(extractor, "The regional governor put the civilian death toll at 23 after the raid on Djibo.")
    assert cat(claims, 23) == "civilians"


def test_an_estimate_of_people_stays_people(extractor: Extractor) -> None:
    claims = run(extractor, "The regional governor put the death toll at 23 after the raid on Djibo.")
    assert cat(claims, 23) == "people"


# --- 2. described persons with a role or a post ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gunmen shot dead a woman selling vegetables at the market in Kaduna on Sunday.",
    "A man who herded goats near the river was killed by gunmen in Kaduna on Sunday.",
])
def test_a_person_doing_a_civilian_trade_is_a_civilian(extractor: Extractor, text: str) -> None:
    assert cat(run(extractor, text), 1) == "civilians"


def test_a_person_doing_something_else_stays_people(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen shot dead a woman walking home from the market in Kaduna on Sunday.")
    assert cat(claims, 1) == "people"


def test_a_guard_of_a_civilian_post_is_a_civilian(extractor: Extractor) -> None:
    claims = run(extractor, "Raiders killed a school guard in Zaria on Monday.")
    assert cat(claims, 1) == "civilians"
    claims = run(extractor, "A bank guard was shot dead at the gate in Zaria.")
    assert cat(claims, 1) == "civilians"


def test_a_guard_of_a_state_post_is_state_forces(extractor: Extractor) -> None:
    claims = run(extractor, "Raiders killed a prison guard in Zaria on Monday.")
    assert cat(claims, 1) == "state_forces"
    claims = run(extractor, "Three border guards were killed in an ambush near Zaria.")
    assert cat(claims, 3) == "state_forces"


@pytest.mark.parametrize(("text", "value"), [
    ("Gunmen killed the pastor's son in Jos on Friday.", 1),
    ("A drone strike killed a soldier's wife and two neighbours in Jos on Friday.", 1),
])
def test_a_possessor_lends_no_status(extractor: Extractor, text: str, value: int) -> None:
    assert cat(run(extractor, text), value) == "people"


def test_a_person_listed_with_their_own_determiner_is_not_counted(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed two health workers and the policeman escorting them near Bajaur.")
    assert cat(claims, 2) == "civilians"
    claims = run(extractor, "Gunmen killed two health workers and policemen near Bajaur.")
    assert cat(claims, 2) != "civilians"


@pytest.mark.parametrize("text", [
    "Gunmen killed five former rebels who had laid down their arms under the accord.",
    "Seven former soldiers were shot dead at a bus stop in Cucuta.",
])
def test_former_fighters_are_civilians(extractor: Extractor, text: str) -> None:
    claims = run(extractor, text)
    assert cat(claims, claims[0].count.value or 0) == "civilians"


def test_serving_fighters_stay_fighters(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed five rebels who had refused to lay down their arms.")
    assert cat(claims, 5) == "non_state_fighters"


# --- 3. groups whose apposition or name says what they are -------------------------------------------

@pytest.mark.parametrize("text", [
    "Four members of the Nasa Watch, an unarmed community protection body, were killed by gunmen in Cauca.",
    "Gunmen killed six members of the River Patrol, an unarmed civilian guard group, in Cauca on Sunday.",
])
def test_an_unarmed_body_in_apposition_makes_civilians(extractor: Extractor, text: str) -> None:
    claims = run(extractor, text)
    assert cat(claims, claims[0].count.value or 0) == "civilians"


def test_a_body_fighting_for_the_army_in_apposition_is_state_forces(extractor: Extractor) -> None:
    claims = run(extractor, "Nine members of the Homeland Brigade, a militia fighting alongside the army, were "
                            "killed near Djibo.")
    assert cat(claims, 9) == "state_forces"


def test_a_named_guard_without_apposition_keeps_its_name_s_status(extractor: Extractor) -> None:
    claims = run(extractor, "Four members of the Presidential Guard were killed by gunmen in Cauca.")
    assert cat(claims, 4) == "state_forces"


@pytest.mark.parametrize("text", [
    "The monitor said 17 members of local resistance forces were killed in Sagaing in June.",
    "Air strikes killed 12 fighters of the opposition forces near Sagaing.",
])
def test_forces_a_non_state_word_names_are_non_state(extractor: Extractor, text: str) -> None:
    claims = run(extractor, text)
    assert cat(claims, claims[0].count.value or 0) == "non_state_fighters"


def test_security_forces_stay_state_forces(extractor: Extractor) -> None:
    claims = run(extractor, "Rebels killed 17 members of the security forces near Sagaing.")
    assert cat(claims, 17) == "state_forces"


def test_members_of_a_militant_group_speaking(extractor: Extractor) -> None:
    claims = run(extractor, "The Kavor militant group said six of its members were killed when a drone hit a camp near Orvan.")
    assert cat(claims, 6) == "non_state_fighters"
    claims = run(extractor, "The Kavor Front's spokesman denied the claim, saying 12 of its fighters had been "
                            "killed near Tyre.")
    assert cat(claims, 12) == "non_state_fighters"


def test_tribal_fighters_have_a_side(extractor: Extractor) -> None:
    claims = run(extractor, "Eleven tribal fighters were killed in clashes near Deir ez-Zor on Monday.")
    assert cat(claims, 11) == "non_state_fighters"
    claims = run(extractor, "Eleven fighters were killed in clashes near Deir ez-Zor on Monday.")
    assert cat(claims, 11) == "combatants"


# --- 4. counts of people that must not take a status from context ------------------------------------

@pytest.mark.parametrize("text", [
    "The raids on Benue killed more than 300 villagers, herders, soldiers.",
    "Over 3,000 civilians, soldiers and police officers have been killed in the conflict since 2020.",
])
def test_a_mixed_list_counted_together_is_people(extractor: Extractor, text: str) -> None:
    claims = run(extractor, text)
    assert cat(claims, claims[0].count.value or 0) == "people"


def test_a_list_of_one_kind_keeps_its_kind(extractor: Extractor) -> None:
    claims = run(extractor, "The raids on Benue killed more than 300 villagers, herders, farmers.")
    assert cat(claims, 300) == "civilians"


def test_speakers_after_a_count_are_not_listed_with_it(extractor: Extractor) -> None:
    claims = run(extractor, "A suicide attacker struck a checkpoint in Bara on Thursday, killing a soldier and "
                            "injuring 15 other people, army and hospital officials said.")
    assert cat(claims, 15, "injured") == "people"


@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("The army reported only one civilian casualty in Kidal, adding that three were wounded.", 3, "injured"),
    ("A day after the rebels claimed 90 soldiers were killed near Kidal, the army maintained that only five "
     "were killed.", 5, "killed"),
])
def test_a_bare_number_in_a_statement_of_its_own_stays_people(extractor: Extractor, text: str, value: int,
                                                              outcome: str) -> None:
    assert cat(run(extractor, text), value, outcome) == "people"


@pytest.mark.parametrize("text", [
    "Three civilians were killed and five were wounded in Kidal, the army said.",
    "The army said three civilians were killed in Kidal and five others were wounded.",
])
def test_a_bare_number_in_the_same_statement_continues_the_noun(extractor: Extractor, text: str) -> None:
    assert cat(run(extractor, text), 5, "injured") == "civilians"
