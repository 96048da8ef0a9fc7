"""Who did it and when (round 14): a group whose name ends in "State", the harm blamed on someone with the
"on" hung on the harm, people of any kind as the doers, a "when" clause closing two joined harm clauses, a
weapon as the only agent of a joined clause, "as"/"after" clauses of seizing and advancing, a state blamed for
an attack, initials modifying an attack at the start of a sentence. Every sentence, name and event here is
invented; places are real or invented."""

from __future__ import annotations

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor


def perp_of(extractor: Extractor, text: str, value: int) -> str | None:
    p = one(run(extractor, text), value).perpetrator
    return p.text if p else None


def test_a_group_named_state_is_an_actor(extractor: Extractor) -> None:
    assert perp_of(extractor, "Islamic State killed 28 people near Raqqa.", 28) == "Islamic State"
    assert perp_of(extractor, "At least 31 people were killed in a bombing claimed by Islamic State.", 31) == (
        "Islamic State")


def test_a_state_of_a_country_is_no_actor(extractor: Extractor) -> None:
    assert perp_of(extractor, "Gunmen killed 14 farmers in Kessa State on Friday.", 14) == "Gunmen"


def test_harm_blamed_on_someone(extractor: Extractor) -> None:
    text = "The governor blamed the killing of 14 soldiers on Varnian separatists."
    claim = one(run(extractor, text), 14)
    assert claim.perpetrator is not None and claim.perpetrator.text == "Varnian separatists"
    assert claim.perpetrator.stance == "accused"


def test_people_of_any_kind_who_did_the_harm(extractor: Extractor) -> None:
    assert perp_of(extractor, "Villagers armed with sticks beat and burned to death two men they suspected "
                              "of theft.", 2) == "Villagers"
    assert perp_of(extractor, "Youths killed three police officers during the protest in Orvan.", 3) == "Youths"


def test_people_who_did_no_harm_are_no_actor(extractor: Extractor) -> None:
    assert perp_of(extractor, "Residents protested after 12 people were killed in the town.", 12) is None
    assert perp_of(extractor, "Villagers found the bodies of 12 people in the forest.", 12) is None


def test_a_when_clause_closing_two_joined_harm_clauses(extractor: Extractor) -> None:
    text = ("In Kessa, three guards were killed and a passerby was injured when unidentified assailants opened "
            "fire on a checkpost.")
    assert perp_of(extractor, text, 3) == "unidentified assailants"


def test_a_weapon_agent_is_no_cause_of_its_own(extractor: Extractor) -> None:
    text = ("The group said that soldiers had killed at least 15 protesters since May, and that 40 others had "
            "been wounded by live ammunition.")
    assert perp_of(extractor, text, 40) == "soldiers"


def test_seizing_and_advancing_clauses(extractor: Extractor) -> None:
    assert perp_of(extractor, "At least 25 people were killed as Varnian forces advanced on Kessa.", 25) == (
        "Varnian forces")
    assert perp_of(extractor, "More than 50 people were killed after Front fighters seized the town of Orvan.",
                   50) == "Front fighters"


def test_a_state_an_attack_is_blamed_on(extractor: Extractor) -> None:
    text = "At least three people were killed in a drone attack that Ukraine blamed on Russia."
    assert perp_of(extractor, text, 3) == "Russia"


def test_initials_on_an_attack_opening_the_sentence(extractor: Extractor) -> None:
    text = "RSF attacks on Kessa have forced more than 40,000 people to flee."
    assert perp_of(extractor, text, 40000) == "RSF attacks"


def test_a_doer_raised_to_the_subject_of_believed_or_reported(extractor: Extractor) -> None:
    assert perp_of(extractor, "The rebels are believed to have killed at least 30 villagers.", 30) == "The rebels"
    assert perp_of(extractor, "The fighters are reported to have executed 40 prisoners.", 40) == "The fighters"


def test_a_suspect_who_did_the_harm(extractor: Extractor) -> None:
    assert perp_of(extractor, "The suspect killed four members of his family, police said.", 4) == "The suspect"


def test_the_agent_hung_on_the_target_of_an_attack(extractor: Extractor) -> None:
    text = "An attack on a military post by fighters of the group killed 17 soldiers."
    assert perp_of(extractor, text, 17) == "fighters of the group"


def test_a_headline_attack_verb_read_as_a_noun(extractor: Extractor) -> None:
    text = "Twelve killed as gunmen storm church in Kessa\n\nTwelve worshippers were killed on Sunday, police said."
    assert perp_of(extractor, text, 12) == "gunmen"
