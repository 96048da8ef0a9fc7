"""Recall (issue 12, round 16): figures the extractor missed entirely. One described person an active
harm verb acts on, whatever the noun ("shot dead a courier", "shot a boy dead"). Every sentence, name
and place here is invented."""

from __future__ import annotations

from datetime import date

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report

PUBLISHED = date(2025, 6, 4)


def claims_of(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=PUBLISHED))


def got(ex: Extractor, text: str) -> list[tuple[str, int | None]]:
    return sorted((c.outcome, c.count.value) for c in claims_of(ex, text))


def test_the_object_of_an_active_killing_verb_is_one_person_whatever_the_noun(extractor: Extractor) -> None:
    assert got(extractor, "A border guard shot dead a courier near Velmar on Sunday.") == [("killed", 1)]
    assert got(extractor, "Masked men kidnapped a herdsman outside Zorgan, residents said.") == [("abducted", 1)]


def test_the_object_of_the_verb_dead_completes_is_one_person(extractor: Extractor) -> None:
    assert got(extractor, "A gunman shot a 12-year-old boy dead as he walked to school in Ostria.") == [("killed", 1)]


def test_an_object_that_is_no_person_or_not_one_described_is_no_figure(extractor: Extractor) -> None:
    assert got(extractor, "The militia seized a tanker off the coast of Velmar.") == []
    # (shot in the leg: no death; the wound is an injury, test_general21_recall)
    assert ("killed", 1) not in got(extractor, "The gunman shot a bystander in the leg.")


def test_a_mass_killing_noun_with_its_dead_as_of_complement_is_a_toll(extractor: Extractor) -> None:
    text = "The massacre of 23 fishermen by militiamen near Velmar drew condemnation from Ostria."
    assert got(extractor, text) == [("killed", 23)]
    assert got(extractor, "Four massacres were recorded in Zorgan province last year.") == []


def test_one_named_or_described_person_seized_is_abducted_and_a_pronoun_released_is_no_figure(
        extractor: Extractor) -> None:
    text = "Tomas Varga, a grain merchant, was seized on the road to Velmar. He was released two days later."
    assert got(extractor, text) == [("abducted", 1)]
    assert got(extractor, "A herder was seized near Zorgan on Friday, his brother said.") == [("abducted", 1)]
    assert got(extractor, "Customs officers seized a lorry carrying fuel.") == []


def test_a_person_barely_taken_or_led_away_is_abducted_but_not_one_taken_somewhere(extractor: Extractor) -> None:
    assert got(extractor, "Her two-month-old son was taken from the compound in Zorgan.") == [("abducted", 1)]
    assert got(extractor, "Four herders were taken during the night raid on Velmar.") == [("abducted", 4)]
    assert got(extractor, "The injured driver was taken to a clinic in Velmar.") == []


def test_a_pronoun_victim_stands_for_the_one_person_the_sentence_described_before_it(extractor: Extractor) -> None:
    text = "A fisherman went missing off Velmar on Sunday; he was abducted by pirates, his cousin said."
    assert got(extractor, text) == [("abducted", 1)]
    assert got(extractor, "A coast guard spokesman said he was wounded in the ambush.") == []
