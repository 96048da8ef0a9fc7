"""Round 17 of general rules for source names: people who speak from within a named body ("an official with the
Tesh coast guard", "doctors at Orvan Hospital") are that body; a bare "police" is the police force the report
names. Every sentence, name and event here is invented; places are real or invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import one, run, src
from vigil.extract.pipeline import Extractor

# --- a member of a named body speaks for the body -------------------------------------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("At least 17 bodies were recovered, an official with the Orvanian coast guard said.", "Orvanian coast guard"),
    ("A senior officer with the Tesh National Army said 15 militants were killed.", "Tesh National Army"),
    ("Staff at Kessa hospital said 12 bodies were brought in overnight.", "Kessa hospital"),
    ("Doctors at the Orvan Martyrs hospital said 21 people were killed in the strike.", "Orvan Martyrs hospital"),
    ("A doctor at Orvan General Hospital in Kessa said 9 people were killed.", "Orvan General Hospital"),
    ("Nurses with the Tesh Red Crescent said 14 wounded people were treated.", "Tesh Red Crescent"),
])
def test_a_member_of_a_named_body_is_the_body(extractor: Extractor, text: str, want: str) -> None:
    claims = run(extractor, text)
    value = next(c.count.value for c in claims)
    assert src(claims, value) == want


def test_a_member_in_a_place_is_not_the_place(extractor: Extractor) -> None:
    claims = run(extractor, "A police officer in Basra said 6 people were killed in the explosion.")
    name = src(claims, 6)
    assert name is not None and "Basra" not in name



# --- a body's common noun is no surname; a police force is a government body ---------------------------------


def test_a_body_noun_is_not_read_as_a_surname(extractor: Extractor) -> None:
    claims = run(extractor, "The Tesh National Police Service said 8 officers were killed in an ambush. Police said "
                            "3 attackers were arrested.")
    name = src(claims, 3)
    assert name is not None and not name.startswith("The ")


@pytest.mark.parametrize("text", [
    "The Kessa Police Force said 7 kidnappers were arrested in a raid.",
    "The Kessa provincial police commander said 7 kidnappers were arrested in a raid.",
])
def test_a_police_force_is_a_government_body(extractor: Extractor, text: str) -> None:
    c = one(run(extractor, text), 7)
    assert c.source is not None and c.source.kind == "government"


# --- a one-person office written before the name: the person ---------------------------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("Orvan state police commissioner Dankombo Morris said 19 people were killed in the clash.", "Dankombo Morris"),
    ("Kessa state governor Uba Sanu said 19 worshippers were abducted from the church.", "Uba Sanu"),
])
def test_an_office_before_a_name_is_the_persons(extractor: Extractor, text: str, want: str) -> None:
    assert src(run(extractor, text), 19) == want


# --- a body that put out a document speaks through it in the next sentence -----------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("The Orvanian army issued a communique on Sunday. According to the communique, 13 soldiers were wounded.",
     "Orvanian army"),
    ("The defence ministry released a statement on Sunday. The statement said 13 soldiers were wounded.",
     "defence ministry"),
    ("Police issued a statement late on Sunday. It said 13 suspects had been arrested.", "Police"),
])
def test_a_body_that_issued_a_document_speaks_through_it(extractor: Extractor, text: str, want: str) -> None:
    name = src(run(extractor, text), 13)
    assert name is not None and name.lower().endswith(want.lower())


# --- a known body's people, a UN body described, an acronym of a body named before -----------------------------


def test_a_un_body_described_is_the_one_named_before(extractor: Extractor) -> None:
    claims = run(extractor, "The World Health Organization said 28 health workers were killed in Tesh. The UN health "
                            "agency said 50 more were injured.")
    assert src(claims, 50) == "World Health Organization"


def test_a_un_description_with_no_body_named_before_is_the_un(extractor: Extractor) -> None:
    assert src(run(extractor, "The UN health agency said 50 people were injured in Tesh."), 50) == "United Nations"


def test_an_acronym_of_a_body_named_before_without_it(extractor: Extractor) -> None:
    claims = run(extractor, "The Orvan Rescue Corps said 4 people were hurt in Kessa. ORC paramedics said 1 of the "
                            "wounded was in serious condition.")
    assert src(claims, 1) == "Orvan Rescue Corps"


# --- "it said", "they said" closing a sentence refer back to its own subject -----------------------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("The Tesh Civil Defence recovered 17 bodies from the rubble, it said.", 17, "Tesh Civil Defence"),
    ("The Orvanian army killed 30 militants in an operation near Kessa, it said on Monday.", 30, "Orvanian army"),
    ("Police arrested 12 suspects after the riot in Kessa, they said.", 12, "police"),
])
def test_a_pronoun_closing_a_sentence_is_its_subject(extractor: Extractor, text: str, value: int, want: str) -> None:
    name = src(run(extractor, text), value)
    assert name is not None and name.lower().endswith(want.lower())



# --- an unnamed spokesman written as the body's possession speaks for the body ---------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("The army's spokesman said 12 soldiers were killed in an ambush near Kessa.", "army"),
    ("The government's spokesman told state television that 12 police officers had been killed.", "government"),
    ("The ministry's spokeswoman said 12 people were killed in the strike.", "ministry"),
])
def test_a_bodys_spokesman_is_the_body(extractor: Extractor, text: str, want: str) -> None:
    name = src(run(extractor, text), 12)
    assert name is not None and name.lower().endswith(want)


# --- a known name inside a longer one is not that body for what refers back ------------------------------------


def test_a_known_name_inside_a_national_bodys_name_is_not_the_known_body(extractor: Extractor) -> None:
    claims = run(extractor, "The Orvan Red Cross Society said 40 people died in the floods in Kessa. The humanitarian "
                            "organisation said 3,000 families were displaced.")
    assert src(claims, 3000) != "International Committee of the Red Cross"
