"""Parts and categories (round 13): "Of the N killed, M were children", a breakdown set off between two dashes
before another harm. Every sentence, name and event here is invented; places are real or invented."""

from __future__ import annotations

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor


def test_the_complement_of_a_part_of_a_counted_total_gives_its_category(extractor: Extractor) -> None:
    claims = run(extractor, "Of the 30 people killed in Kessa, 12 were children and five were women.")
    assert one(claims, 12).victims.category == "civilians"
    assert one(claims, 12).part_of == one(claims, 30).id
    claims = run(extractor, "Of the 30 soldiers killed, 12 were officers.")
    assert one(claims, 12).victims.category == "state_forces"


def test_a_breakdown_between_two_dashes_before_another_harm(extractor: Extractor) -> None:
    claims = run(extractor, "The clashes near Kessa left 14 dead — nine rebels and five soldiers — and 22 wounded.")
    total = one(claims, 14)
    for value in (9, 5):
        part = one(claims, value)
        assert (part.outcome, part.part_of) == ("killed", total.id)
    wounded = one(claims, 22)
    assert (wounded.outcome, wounded.part_of, wounded.victims.category) == ("injured", None, "people")


def test_auxiliaries_of_the_states_forces_are_state_forces(extractor: Extractor) -> None:
    for victims in ("vigilantes", "members of the Civilian Joint Task Force", "VDP volunteers",
                    "pro-government militiamen", "members of a vigilance committee"):
        claims = run(extractor, f"Gunmen killed 12 {victims} near Kessa on Sunday.")
        assert one(claims, 12).victims.category == "state_forces", victims


def test_civilians_beside_auxiliaries_are_not_state_forces(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed 12 civilians and vigilantes near Kessa on Sunday.")
    assert one(claims, 12).victims.category != "state_forces"


def test_a_quantity_noun_read_as_a_compound_counts_the_noun_after_it(extractor: Extractor) -> None:
    claims = run(extractor, 'State television said the army had "neutralised several dozen terrorists" near Kessa.')
    assert claims[0].victims.category == "non_state_fighters"


def test_a_number_hung_on_a_units_initials_counts_its_member(extractor: Extractor) -> None:
    claims = run(extractor, "One DRG jawan sustained a bullet injury to his leg near Kessa.")
    assert [(c.outcome, c.victims.category) for c in claims] == [("injured", "state_forces")]


def test_deaths_among_a_group_take_the_groups_category(extractor: Extractor) -> None:
    claims = run(extractor, "The centre documented 38 deaths among members of the security forces in Kessa.")
    assert one(claims, 38).victims.category == "state_forces"


def test_deaths_among_a_group_are_a_figure_of_their_own(extractor: Extractor) -> None:
    claims = run(extractor, "There were 12 casualties among the civilians in Kessa.")
    assert [(c.outcome, c.count.value, c.victims.category, c.part_of) for c in claims] == [
        ("casualties", 12, "civilians", None)]
    claims = run(extractor, "Gunmen killed 30 people in Kessa. There were four children among the dead.")
    assert one(claims, 4).part_of == one(claims, 30).id
