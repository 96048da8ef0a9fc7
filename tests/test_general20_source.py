"""Round 20 of general rules for sources. Every sentence, name and event here is invented; places are real or
invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import run, src
from vigil.extract.pipeline import Extractor

# --- ", in the eastern province of X, a local leader said": the speaker read as an apposition of the place -------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Fighters of the Kalo Defence Forces (KDF) killed at least 27 people in a night attack on three hamlets in Djugu "
     "territory, in the northeastern province of Ituri, a local civil society leader said on Monday.", 27,
     "civil society leader"),
    ("Soldiers of the 4th Division killed 11 herders in a raid on two camps in Mopti region, in central Mali, a "
     "community leader said on Wednesday.", 11, "community leader"),
    ("Militants of the Tesh Front (TF) shot dead nine farmers in an ambush on a convoy in Orvan district, in the "
     "northern province of Kunduz, a district official said on Friday.", 9, "district official"),
])
def test_a_closing_speaker_after_a_place_is_not_the_subject_of_the_harm(extractor: Extractor, text: str,
                                                                        value: int, want: str) -> None:
    got = src(run(extractor, text), value)
    assert got is not None and want in got.lower()


def test_a_second_verb_after_and_still_shares_the_subject(extractor: Extractor) -> None:
    text = "The Tesh Front claimed the ambush and said its fighters killed 14 soldiers near Orvan."
    assert src(run(extractor, text), 14) == "Tesh Front"


# --- a title of one office before a person's name is no part of the name ---------------------------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("At least 18 people have been killed in the fighting, Ombudsman Carla Ruiz told reporters in Orvan.", 18,
     "Carla Ruiz"),
    ("Bishop Jon Orvan said 12 villagers were killed when the raiders burnt the church.", 12, "Jon Orvan"),
    ("Nine traders were abducted on the road to Tesh, Councillor Amina Bello said.", 9, "Amina Bello"),
])
def test_an_office_before_a_name_is_a_title(extractor: Extractor, text: str, value: int, want: str) -> None:
    assert src(run(extractor, text), value) == want


# --- "the Tesh association Orvan Unity": who they are and what they are, then the body's own name -------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("The Fulani association Tesh Pulaaku said on Sunday that the bodies of 21 men had been found near the river.",
     21, "Tesh Pulaaku"),
    ("The Tuareg rights group Imghad Voice said 14 civilians were killed in the raid.", 14, "Imghad Voice"),
    ("Kenyan aid network Orvan Hope said 300 families had fled the fighting.", 300, "Orvan Hope"),
])
def test_a_described_body_is_its_own_name(extractor: Extractor, text: str, value: int, want: str) -> None:
    assert src(run(extractor, text), value) == want


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Doctors without Borders said 12 patients were killed when the clinic was shelled.", 12,
     "Medecins Sans Frontieres"),
    ("The Kenya Red Cross said 9 people were injured in the blast.", 9, "Kenya Red Cross"),
])
def test_a_name_with_a_small_word_inside_is_kept_whole(extractor: Extractor, text: str, value: int,
                                                       want: str) -> None:
    assert src(run(extractor, text), value) == want


# --- a surname alone is the person named in full before, even after a rank's abbreviation ---------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Army spokesman Col. Daniel Okwir Tamba told reporters the operation was over. Tamba said the army had killed "
     "more than 100 rebels in the operation.", 100, "Daniel Okwir Tamba"),
    ("The operation was led by Gen. Tarek Hassan. Hassan said his troops killed 40 militants in the hills.", 40,
     "Tarek Hassan"),
    ("Police commissioner Insp. Mary Achieng Otieno visited the scene on Monday. Otieno said 12 traders were "
     "injured in the blast.", 12, "Mary Achieng Otieno"),
])
def test_a_surname_is_the_full_name_given_before(extractor: Extractor, text: str, value: int, want: str) -> None:
    assert src(run(extractor, text), value) == want


# --- "Save the Children said": a body's title-case name opening with a verb, read by the parser as a clause ------


@pytest.mark.parametrize(("text", "value"), [
    ("Save the Children said 23 pupils were killed when the school was hit.", 23),
    ("According to Save the Children, 23 pupils were killed in the strike on Tesh.", 23),
    ("Nine children were killed in the strike, Save the Children said.", 9),
])
def test_a_name_opening_with_a_verb_is_the_speaker(extractor: Extractor, text: str, value: int) -> None:
    assert src(run(extractor, text), value) == "Save the Children"
