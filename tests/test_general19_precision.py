"""Round 19, precision: counted people whose harm word is another's. Every sentence, name and event here is
invented; places are real or invented."""

from __future__ import annotations

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor


def figs(extractor: Extractor, text: str) -> list[tuple[str, int | None]]:
    return sorted((c.outcome, c.count.value) for c in run(extractor, text))


def test_people_deployed_after_a_killing_are_no_victims(extractor: Extractor) -> None:
    assert figs(extractor, "Police deployed 300 officers to the area after the killing.") == []


def test_people_sentenced_to_death_are_no_victims(extractor: Extractor) -> None:
    assert figs(extractor, "The court sentenced 14 men to death for the killings in Kasai.") == []


def test_the_rescued_beside_the_missing_are_not_missing(extractor: Extractor) -> None:
    assert figs(extractor, "Two hundred and fifty people were rescued off Lampedusa, but 60 remain missing.") == [
        ("missing", 60)]


def test_a_harm_word_on_another_noun_of_the_clause_is_not_the_counted_ones(extractor: Extractor) -> None:
    assert figs(extractor, "Two hundred soldiers were deployed to protect the 5,000 displaced people in the camp.") == [
        ("displaced", 5000)]


def test_a_harm_verb_with_its_own_object_still_counts(extractor: Extractor) -> None:
    assert figs(extractor, "A mob beat three men to death after the killing of a herder in Wukari.") == [
        ("killed", 1), ("killed", 3)]


def test_people_beside_a_harm_verb_with_its_own_count_are_not_its_victims(extractor: Extractor) -> None:
    assert figs(extractor, "The UN said 3 million people needed food aid after the floods killed 40.") == [
        ("killed", 40)]
    assert figs(extractor, "Around 400 soldiers took part in the operation, which killed 30 militants.") == [
        ("killed", 30)]


def test_victims_of_a_named_harm_have_that_harm(extractor: Extractor) -> None:
    assert figs(extractor, "Police arrested 15 people and rescued 4 kidnap victims in Kaduna.") == [
        ("abducted", 4), ("detained", 15)]


def test_a_count_that_fell_takes_the_harm_hung_on_the_number_noun(extractor: Extractor) -> None:
    assert figs(extractor, "The number of people missing after the landslide fell to 12 as rescuers found more "
                           "bodies.") == [("missing", 12)]


def test_victims_treated_are_injured(extractor: Extractor) -> None:
    assert figs(extractor, "The clinic in Kananga treated 30 gunshot victims.") == [("injured", 30)]
    assert figs(extractor, "The 14 victims were buried on Friday.") == [("killed", 14)]


def test_dead_and_a_vague_count_injured_are_two_figures_not_casualties(extractor: Extractor) -> None:
    assert figs(extractor, "The attack on Kamba left 12 dead and several injured.") == [
        ("injured", None), ("killed", 12)]
