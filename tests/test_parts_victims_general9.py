"""Parts and victims, ninth round: general kinds that went wrong on text the extractor was not tuned on.

- "killed 19 people overnight, among them six children, X said": the list after "among them" is part of the
  figure of the verb before it, also where the parser hung the list on its own noun or on the reporting verb;
- "the martyrdom of 38 people and the wounding of 117 others": each harm noun with a count of its own keeps
  its harm (not both read as casualties); "killed 40 people and 152 others injured": the participle after
  the second count is that count's harm;
- a noun set in apposition after a clause ("..., the largest displacement in a decade") does not replace the
  harm of the verb the count is the subject of;
- people evacuated from a place, and people who have taken shelter somewhere, are displaced;
- a count inside what a word is defined as ("defined as the killing of three or more people") is no claim;
- one person named by a role ("killing the driver") or by an age ("a 61-year-old rubber tapper") as the
  object of a harm verb is a claim of one.

Every sentence here is invented (places, names and figures), written to show one general kind.
"""

from __future__ import annotations

import pytest

from test_extract_parts_general3 import ex, run
from test_parts_victims_general8 import one
from vigil.extract.pipeline import Extractor

__all__ = ["ex"]


# --- "among them" after a figure -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A drone strike on a clinic housing displaced families in northern Vela killed at least 19 people overnight, "
    "among them six children, the region's rescue service said on Monday.",
    "A shell that hit a bakery sheltering families in the old town of Orsk killed at least 19 people at dawn, "
    "among them six children, the town's civil protection office said.",
])
def test_among_them_after_the_verb_figure(ex: Extractor, text: str) -> None:
    claims = run(ex, text)
    total, part = one(claims, 19), one(claims, 6)
    assert part.part_of == total.id and part.outcome == "killed"
    assert part.victims.category == "civilians"


def test_among_them_list_of_two(ex: Extractor) -> None:
    claims = run(ex, "A drone strike on a clinic in Vela on Friday killed 23 villagers who had taken shelter there, "
                     "among them 11 children and three monks, according to local officials.")
    total = one(claims, 23)
    assert one(claims, 11).part_of == total.id
    assert one(claims, 3).part_of == total.id
    assert total.outcome == "killed"


# --- each harm its own ------------------------------------------------------------------------------------

def test_martyrdom_and_wounding(ex: Extractor) -> None:
    claims = run(ex, "The ministry announces that the raids on towns in the north on Friday led to the martyrdom "
                     "of 38 people and the wounding of 117 others.")
    assert one(claims, 38).outcome == "killed"
    assert one(claims, 117).outcome == "injured"


def test_killing_and_wounding_together_stay_casualties(ex: Extractor) -> None:
    claims = run(ex, "The army denied the killing and wounding of 30 people in the raid.")
    assert one(claims, 30).outcome == "casualties"


def test_participle_after_the_second_count(ex: Extractor) -> None:
    claims = run(ex, "The raids on villages in the north killed 40 people and 152 others injured, the ministry said.")
    assert one(claims, 40).outcome == "killed"
    assert one(claims, 152).outcome == "injured"


def test_apposed_comment_keeps_the_verb(ex: Extractor) -> None:
    claims = run(ex, "According to the aid office, at least 70 people were killed in the first month of fighting and "
                     "more than 40,000 were displaced, the largest displacement seen in the region in a decade.")
    assert one(claims, 70).outcome == "killed"
    assert one(claims, 40000).outcome == "displaced"


# --- displaced ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Nearly 11,000 residents have been evacuated from some 200 border villages since March, officials said.", 11000),
    ("Fearing more raids, about 600 villagers have taken shelter at a school in Dorva town, officials said.", 600),
    ("Some 2,300 families have taken refuge in churches across the district, the bishop said.", 2300),
])
def test_evacuated_and_sheltering_people(ex: Extractor, text: str, value: int) -> None:
    assert one(run(ex, text), value).outcome == "displaced"


@pytest.mark.parametrize("text", [
    "Six people who had taken shelter in the school were killed.",
    "Four wounded soldiers were evacuated from the front to hospital.",
])
def test_not_displaced(ex: Extractor, text: str) -> None:
    assert not [c for c in run(ex, text) if c.outcome == "displaced"]


# --- definitions --------------------------------------------------------------------------------------------

def test_definition_is_no_claim(ex: Extractor) -> None:
    claims = run(ex, "The year saw 12 massacres, defined as the killing of three or more people in the same event, "
                     "in which 51 people died.")
    assert not [c for c in claims if c.count.value == 3], [(c.count.text, c.outcome) for c in claims]
    assert one(claims, 51).outcome == "killed"


def test_meaning_is_no_claim(ex: Extractor) -> None:
    claims = run(ex, "The group counts a massacre, meaning the killing of at least four people at once, whenever it "
                     "occurs; 40 people were killed in them.")
    assert not [c for c in claims if c.count.value == 4]
    assert one(claims, 40).outcome == "killed"


# --- one person ---------------------------------------------------------------------------------------------

def test_the_driver_killed(ex: Extractor) -> None:
    claims = run(ex, "A drone struck a minibus in the town of Volna on Thursday, killing the driver and injuring five "
                     "passengers.")
    assert one(claims, 1).outcome == "killed"
    assert one(claims, 5).outcome == "injured"


def test_a_person_by_age(ex: Extractor) -> None:
    claims = run(ex, "Gunmen on a motorcycle shot dead a 61-year-old rubber tapper and wounded his wife near Kela "
                     "on Friday.")
    tapper = one(claims, 1, "killed")
    assert tapper.victims.category == "civilians"
    assert one(claims, 1, "injured")


def test_rangers_are_state_forces(ex: Extractor) -> None:
    claims = run(ex, "Seven rangers have been killed in the attacks since January, the command said.")
    assert one(claims, 7).victims.category == "state_forces"
