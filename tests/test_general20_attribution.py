"""Round 20 of general rules for who states a figure: attributions in the forms wire, local and translated
press use. Every sentence, name and event here is invented; places are real or invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import run, src
from vigil.extract.pipeline import Extractor

# --- "..., a lawmaker representing the area, Jon Tesh, said": the name set off after a description -----------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Gunmen killed 16 people in two villages in Kebbi state on Sunday, a lawmaker representing the area, "
     "Bello Garba, said.", 16, "Bello Garba"),
    ("Raiders shot dead 8 herders near the river on Friday, a councillor for the ward, Ade Tesh, said.", 8,
     "Ade Tesh"),
    ("Soldiers burned a market and killed 23 traders in Orvan on Monday, the rights group, Kessa Watch, said.",
     23, "Kessa Watch"),
])
def test_a_name_after_a_description_closing_the_sentence_speaks(extractor: Extractor, text: str, value: int,
                                                                want: str) -> None:
    assert src(run(extractor, text), value) == want


def test_a_place_between_commas_before_the_verb_is_not_the_speaker(extractor: Extractor) -> None:
    text = "Militants killed 12 people in the town of Kora, Mopti, said on Monday."
    assert src(run(extractor, text), 12) != "Mopti"


# --- "..., X told reporters": who was told is never who spoke ------------------------------------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Bandits killed at least 21 villagers and abducted 30 others in Zurmi, a community leader, Musa Dan, told "
     "reporters on Tuesday.", 21, "Musa Dan"),
    ("Floods killed 14 people in the valley overnight, a district official told journalists.", 14,
     "district official"),
])
def test_the_listener_of_told_is_not_the_speaker(extractor: Extractor, text: str, value: int, want: str) -> None:
    got = src(run(extractor, text), value)
    assert got is not None and want in got


# --- a unit's ordinal is part of its name ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Two soldiers were killed in an ambush near Tesh, the army's 3rd Infantry Division said.", 2,
     "3rd Infantry Division"),
    ("The Orvan army's 12th Brigade said it killed 30 insurgents in the hills.", 30, "12th Brigade"),
])
def test_a_units_ordinal_stays_in_its_name(extractor: Extractor, text: str, value: int, want: str) -> None:
    got = src(run(extractor, text), value)
    assert got is not None and want in got


# --- the kind of an unnamed source from words the list of head nouns does not hold --------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("A soldier said 9 people were killed when the convoy was hit.", "military"),
    ("A local councillor said 9 people were killed when the bridge collapsed.", "government"),
    ("Opposition politicians said 40 of their supporters were arrested overnight.", "other"),
    ("A party spokesman said 40 of its members were arrested overnight.", "other"),
    ("Company officials said 7 workers were killed in the blast at the plant.", "other"),
    ("Aid agencies said more than 3,000 families had fled the fighting.", "ngo"),
    ("Protection partners said 20 people were abducted on the road to the camp.", "ngo"),
    ("Certain social networks reported that 20 people were killed in the raid.", "media"),
    ("A Tesh officer said 20 people were arrested after the riot.", "government"),
])
def test_the_kind_of_an_unnamed_source(extractor: Extractor, text: str, kind: str) -> None:
    claims = run(extractor, text)
    assert claims and claims[0].source is not None and claims[0].source.kind == kind, claims


@pytest.mark.parametrize(("text", "kind"), [
    ("An army officer said 9 people were killed when the convoy was hit.", "military"),
    ("Health partners said 20 people died of cholera in the camp.", "medical"),
    ("Rebel soldiers said 12 of their comrades were killed.", "armed_group"),
])
def test_words_beside_the_head_still_decide_the_kind(extractor: Extractor, text: str, kind: str) -> None:
    claims = run(extractor, text)
    assert claims and claims[0].source is not None and claims[0].source.kind == kind, claims


# --- the words before a body's own name that say what it is --------------------------------------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Nine miners were killed in the collapse, the mineworkers' union KORV-12 said.", 9, "KORV-12"),
    ("Eleven people were killed in the raid, the local NGO Kessa Peace Forum said.", 11, "Kessa Peace Forum"),
])
def test_a_description_before_a_bodys_own_name_is_not_part_of_it(extractor: Extractor, text: str, value: int,
                                                                  want: str) -> None:
    assert src(run(extractor, text), value) == want


# --- "per X": an attribution like "according to X" ------------------------------------------------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Per the Orvan Red Crescent, 40 people were injured in the stampede.", 40, "Orvan Red Crescent"),
    ("Seventeen people were injured on Monday, per the Kessa Civil Protection Agency.", 17,
     "Kessa Civil Protection Agency"),
])
def test_per_names_the_source(extractor: Extractor, text: str, value: int, want: str) -> None:
    assert src(run(extractor, text), value) == want


def test_a_name_after_the_place_a_role_is_of_is_the_person(extractor: Extractor) -> None:
    text = "The UN special rapporteur on Orvan, Lena Strom, said 140 people had been executed since January."
    assert src(run(extractor, text), 140) == "Lena Strom"
