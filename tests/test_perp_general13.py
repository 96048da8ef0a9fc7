"""Who did it (round 13): a reduced relative the parser read as the main verb, the group that claims the attack,
a negated claimer, initials as the agent, the initials "IS" read as a verb. Every sentence, name and event here
is invented; places are real or invented."""

from __future__ import annotations

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor


def perp_of(extractor: Extractor, text: str, value: int) -> str | None:
    p = one(run(extractor, text), value).perpetrator
    return p.text if p else None


def test_the_subject_of_a_reduced_relative_did_the_harm(extractor: Extractor) -> None:
    assert perp_of(extractor, "Armed men believed to be members of the gang killed eight people in Kessa.", 8) == (
        "Armed men")
    assert perp_of(extractor, "Men thought to be militia fighters abducted 12 farmers near Orvan.", 12) == "Men"


def test_the_group_that_claims_the_attack_is_its_actor(extractor: Extractor) -> None:
    text = "Daesh claimed the bombing that killed 19 worshippers at a mosque in Kessa."
    claim = one(run(extractor, text), 19)
    assert claim.perpetrator is not None and claim.perpetrator.text == "Daesh"
    assert claim.perpetrator.stance == "claimed"


def test_no_group_claiming_names_no_actor(extractor: Extractor) -> None:
    assert perp_of(extractor, "A car bomb killed four soldiers at a checkpoint; no group claimed responsibility.",
                   4) is None


def test_initials_as_the_agent_of_a_harm(extractor: Extractor) -> None:
    for group in ("ADF", "MNLA"):
        text = f"Monitors received information about six people kidnapped by the {group} on the road."
        assert perp_of(extractor, text, 6) == f"the {group}"


def test_the_initials_is_read_as_a_verb(extractor: Extractor) -> None:
    text = "During that assault, IS killed an estimated 900 men and abducted more than 400 women."
    assert perp_of(extractor, text, 900) == "IS"
    assert perp_of(extractor, text, 400) == "IS"


def test_the_agent_of_a_harm_suffered_first(extractor: Extractor) -> None:
    assert perp_of(extractor, "Four people died after being shot by police during a protest in Kessa.", 4) == (
        "police")
    assert perp_of(extractor, "Two farmers were killed after being abducted by gunmen near Orvan.", 2) == "gunmen"
    assert perp_of(extractor, "A man died after being hit by a stray bullet in Kessa.", 1) is None


def test_what_an_actors_attack_is_of_is_its_target(extractor: Extractor) -> None:
    assert perp_of(extractor, "Five civilians were killed in Russian shelling of Kherson on Tuesday.", 5) == (
        "Russian shelling")


def test_a_sniper_read_into_shot_as_a_noun(extractor: Extractor) -> None:
    text = "In Kessa, the local authority said a Tesh sniper shot dead a 10-year-old girl on Wednesday."
    assert perp_of(extractor, text, 1) == "Tesh sniper"


def test_people_shot_dead_whatever_their_noun(extractor: Extractor) -> None:
    claims = run(extractor, "Police shot dead two robbers in Kessa on Sunday.")
    assert [(c.outcome, c.count.value) for c in claims] == [("killed", 2)]


def test_a_patrol_is_an_actor(extractor: Extractor) -> None:
    assert perp_of(extractor, "The patrol repelled the aggression, killing three terrorists.", 3) == "The patrol"


def test_the_subject_of_a_reported_clause_read_as_the_object_of_said(extractor: Extractor) -> None:
    text = ("The army spokesman said troops of the Armed Forces of Tesh (FATE) pursued the attackers, killing five of "
            "them.")
    assert perp_of(extractor, text, 5) == "troops of the Armed Forces of Tesh (FATE)"
