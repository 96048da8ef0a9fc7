"""Round 20 of general rules for a figure's outcome. Every sentence, name and event here is invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor

# --- the harm verb whose object the figure is, not a harm word of a clause describing the victims ---------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Soldiers killed at least 20 herders who were rounded up at a market in Tesh on May 3.", 20, "killed"),
    ("Soldiers are accused of killing 20 herders who were rounded up at a market near Orvan.", 20, "killed"),
    ("Gunmen killed 12 passengers who had been abducted from a bus on Monday.", 12, "killed"),
    ("Troops executed 15 men who had been arrested during the raid on Tesh.", 15, "killed"),
    ("The militia killed 30 villagers who had fled to the forest.", 30, "killed"),
    ("Shelling wounded 14 patients who had been evacuated from the clinic.", 14, "injured"),
])
def test_the_verb_of_the_figure_over_a_relative_clause(extractor: Extractor, text: str, value: int,
                                                       want: str) -> None:
    found = [c.outcome for c in run(extractor, text) if c.count.value == value]
    assert found and found[0] == want


def test_a_relative_clause_of_harm_on_a_figure_of_no_harm_verb_keeps_its_harm(extractor: Extractor) -> None:
    found = [c.outcome for c in run(extractor, "Troops freed 12 hostages who had been abducted in May.")
             if c.count.value == 12]
    assert found == ["abducted"]


# --- more ways of telling displacement -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("About 2,000 residents left the town on Sunday after the attack on the market.", 2000),
    ("Some 650 families left their village near Orvan after the killings.", 650),
    ("The raids have emptied 14 villages, driving out about 9,000 people.", 9000),
    ("Militiamen torched the hamlet and chased away some 300 villagers.", 300),
    ("The attacks set off an exodus of 10,000 people from the area.", 10000),
    ("Authorities evacuated 1,200 residents from the frontline town as the shelling intensified.", 1200),
])
def test_people_who_left_were_driven_out_or_evacuated_are_displaced(extractor: Extractor, text: str,
                                                                   value: int) -> None:
    found = [c.outcome for c in run(extractor, text) if c.count.value == value]
    assert found == ["displaced"]


@pytest.mark.parametrize("text", [
    "About 200 soldiers left the town on Sunday.",
    "Some 300 troops left Orvan for the front line.",
])
def test_soldiers_who_leave_a_town_are_not_displaced(extractor: Extractor, text: str) -> None:
    assert run(extractor, text) == []


def test_people_evacuated_to_hospital_are_the_injured(extractor: Extractor) -> None:
    found = [c.outcome for c in run(extractor, "Medics evacuated 12 wounded people to the hospital in Tesh.")
             if c.count.value == 12]
    assert found == ["injured"]


# --- "Also killed was a student": one described person after an inverted passive -------------------------------


@pytest.mark.parametrize(("text", "outcome", "words"), [
    ("Gunmen shot dead three traders at the market in Tesh. Also killed was a 19-year-old student.", "killed",
     "a 19-year-old student"),
    ("Also wounded in the blast was a 60-year-old woman who sold vegetables near the gate.", "injured",
     "a 60-year-old woman"),
])
def test_one_person_after_an_inverted_passive(extractor: Extractor, text: str, outcome: str, words: str) -> None:
    found = [c for c in run(extractor, text) if c.count.value == 1]
    assert [(c.outcome, c.count.text) for c in found] == [(outcome, words)]


# --- "a father of five": the children a parent has are no count of victims -------------------------------------


@pytest.mark.parametrize(("text", "words"), [
    ("A father of five was killed in the attack on the market.", ["A father"]),
    ("Jon Tesh, a 40-year-old father of four, died in hospital on Monday.", ["Jon Tesh"]),
    ("The dead included a grandmother of 12 from the village.", ["a grandmother"]),
    ("The shelling killed the mother of three young children.", ["the mother"]),
])
def test_a_parents_children_are_no_count(extractor: Extractor, text: str, words: list[str]) -> None:
    assert [c.count.text for c in run(extractor, text)] == words


# --- "the local imam", "the former mayor": an office one person holds, described -------------------------------


@pytest.mark.parametrize(("text", "words"), [
    ("Police said the attackers also killed the local imam.", "the local imam"),
    ("Gunmen shot dead the former mayor outside his home in Tesh.", "the former mayor"),
    ("The deputy governor was wounded in the ambush on the Orvan road.", "The deputy governor"),
])
def test_a_described_office_holder_is_one_person(extractor: Extractor, text: str, words: str) -> None:
    assert [c.count.text for c in run(extractor, text)] == [words]


def test_a_bare_definite_person_may_point_back_and_is_not_counted_again(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen shot dead a teacher in Tesh on Monday. The teacher was killed on his way home.")
    assert [c.count.text for c in claims] == ["a teacher"]


# --- "the whereabouts of N are unknown" (missing), "N people are in custody" (detained) -----------------------


@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("The whereabouts of 22 villagers are still unknown, relatives said.", 22, "missing"),
    ("The whereabouts of 14 fishermen remain unclear two days after the raid.", 14, "missing"),
    ("Some 80 people are in custody after the riots in Tesh.", 80, "detained"),
    ("About 40 protesters remain in custody, their lawyers said.", 40, "detained"),
])
def test_whereabouts_unknown_and_in_custody(extractor: Extractor, text: str, value: int, outcome: str) -> None:
    found = [c.outcome for c in run(extractor, text) if c.count.value == value]
    assert found == [outcome]
