"""Round 14 of general rules on victims' categories (spec: Conventions, Victims). Every sentence, name and
event here is invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor


def category(extractor: Extractor, text: str, value: int) -> str:
    return one(run(extractor, text), value).victims.category


def test_the_as_phrase_of_a_harm_verb_says_why_not_who(extractor: Extractor) -> None:
    text = "At least 210 people were killed and 388 injured as a result of gang violence in the quarter."
    assert category(extractor, text, 388) == "people"
    # the "as" of a classification still gives the status
    text = "Of the 450 killed, 310 were confirmed as civilians and 120 as soldiers."
    assert category(extractor, text, 310) == "civilians"
    assert category(extractor, text, 120) == "state_forces"


@pytest.mark.parametrize("text, value", [
    ("The border war killed more than 2,300 soldiers on both sides, officials said.", 2300),
    ("Two days of clashes left 64 fighters from both sides dead.", 64),
])
def test_fighters_of_both_sides_are_combatants(extractor: Extractor, text: str, value: int) -> None:
    assert category(extractor, text, value) == "combatants"


def test_fighters_and_civilians_counted_together_are_people(extractor: Extractor) -> None:
    text = "A decade of war has left 38,000 combatants and civilians dead, the monitor estimates."
    assert category(extractor, text, 38000) == "people"


def test_a_part_named_by_a_rank_alone_is_of_its_total_side(extractor: Extractor) -> None:
    text = "The army said it had killed 212 militants, including 14 commanders, in the offensive."
    assert category(extractor, text, 14) == "non_state_fighters"
    text = "The ministry said 40 police officers were killed, including three commanders."
    assert category(extractor, text, 3) == "state_forces"


@pytest.mark.parametrize("text, value", [
    ("Raiders boarded the cargo ship and killed five crew members.", 5),
    ("Seven of the dead were deminers clearing farmland, the agency said.", 7),
])
def test_non_combatant_work_roles_are_civilians(extractor: Extractor, text: str, value: int) -> None:
    assert category(extractor, text, value) == "civilians"


@pytest.mark.parametrize("text, value, want", [
    ("The Arvan Liberation Front said it had lost seven of its men in the fighting.", 7, "non_state_fighters"),
    ("The Kessan Army said four of its men were killed when their convoy was ambushed.", 4, "state_forces"),
    ("The police said two of their men were wounded in the shootout.", 2, "state_forces"),
    ("The Arvan Liberation Front said 12 of its fighters were killed.", 12, "non_state_fighters"),
    ("The army said it lost six men when the convoy was ambushed near Tesh.", 6, "state_forces"),
    ("The rebels admitted they had lost 12 men in the battle for Kessa.", 12, "non_state_fighters"),
    ("Families in Tesh said they lost two men in the raid.", 2, "people"),
])
def test_its_men_are_of_the_body_speaking(extractor: Extractor, text: str, value: int, want: str) -> None:
    assert category(extractor, text, value) == want



def test_a_second_subject_beside_a_counted_one_gives_no_status(extractor: Extractor) -> None:
    # the parser makes "police" (of "which police blamed on X") a second subject of "killed"
    text = "In the attack, which police blamed on the Arvan Liberation Front, 23 people were killed."
    assert category(extractor, text, 23) == "people"


@pytest.mark.parametrize("text, value, want", [
    # "them" refers to the described fighters before it, not to the count "dozens"
    ("Border guards said they had repelled an incursion by armed Kessan elements and had killed dozens of "
     "them and captured 30 of them.", 30, "non_state_fighters"),
    ("The army said it killed 14 terrorist elements in the operation near Tesh.", 14, "non_state_fighters"),
])
def test_fighters_called_elements(extractor: Extractor, text: str, value: int, want: str) -> None:
    assert category(extractor, text, value) == want


def test_members_of_one_family_are_civilians(extractor: Extractor) -> None:
    # "one" of "one family" is no figure of its own: the family says the status (spec: families are civilians)
    text = "A drone strike on a house in Tesh killed 7 members of one family, including 3 children."
    assert category(extractor, text, 7) == "civilians"
