"""Round 20 of general rules for perpetrators. Every sentence, name and event here is invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor

# --- "X stands accused of killing N": an accusation told as the state of the subject of a verb of being ----------


@pytest.mark.parametrize(("text", "value", "actor"), [
    ("The Tesh Front stands accused of killing more than 200 civilians in the town.", 200, "The Tesh Front"),
    ("Government troops stand accused of executing 14 prisoners near Orvan.", 14, "Government troops"),
    ("The militia remains accused of killing 30 farmers in the valley.", 30, "The militia"),
])
def test_an_actor_standing_accused_is_accused(extractor: Extractor, text: str, value: int, actor: str) -> None:
    found = [c for c in run(extractor, text) if c.count.value == value]
    assert found and found[0].perpetrator is not None
    assert (found[0].perpetrator.text, found[0].perpetrator.stance) == (actor, "accused")


def _perp(extractor: Extractor, text: str, value: int) -> tuple[str, str] | None:
    found = [c for c in run(extractor, text) if c.count.value == value]
    assert found, text
    p = found[0].perpetrator
    return (p.text, p.stance) if p is not None else None


# --- nobody who did not do it: "no group claimed the attack", "X did not carry out the raid" -------------------


@pytest.mark.parametrize("text", [
    "No group claimed the attack, which killed 12 farmers near Tesh.",
    "No group has claimed the bombing, which killed 12 worshippers.",
])
def test_a_negated_doer_of_the_attack_is_no_actor(extractor: Extractor, text: str) -> None:
    assert _perp(extractor, text, 12) is None


def test_a_doer_of_the_attack_is_still_the_actor(extractor: Extractor) -> None:
    assert _perp(extractor, "The Tesh Front claimed the attack, which killed 12 farmers.", 12) == (
        "The Tesh Front", "claimed")


# --- the accused's own words, not what they are accused of ------------------------------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("Police suspect herders of killing 12 farmers in the valley.", ("herders", "accused")),
    ("The government held the Tesh Front responsible for the attack that killed 12 farmers.",
     ("the Tesh Front", "accused")),
    ("Villagers held soldiers responsible for the deaths of 12 farmers.", ("soldiers", "accused")),
])
def test_the_accused_is_named_without_the_accusation(extractor: Extractor, text: str,
                                                     want: tuple[str, str]) -> None:
    assert _perp(extractor, text, 12) == want


# --- suspicion: "an attack suspected to have been carried out by X", "X is believed to be behind ..." ---------


@pytest.mark.parametrize(("text", "want"), [
    ("Twelve farmers were killed in an attack suspected to have been carried out by jihadists.",
     ("jihadists", "accused")),
    ("Twelve farmers died in a raid believed to have been led by bandits.", ("bandits", "accused")),
    ("The Tesh Front was widely believed to be behind the killing of 12 farmers.", ("The Tesh Front", "accused")),
])
def test_a_suspected_actor_is_accused(extractor: Extractor, text: str, want: tuple[str, str]) -> None:
    assert _perp(extractor, text, 12) == want
