"""Perpetrators and verification, round 7: kinds of sentence, not single sentences. Every sentence, place, body
and person here is invented.

Perpetrators: a "when" clause the parser reads as a complement, "N of the victims were killed by X", "X accounted
for N of the deaths", a verb-parsed event "carried out by X", holding in "mass arrests by X", "seized N hostages",
a body named by initials, a speaker's own aircraft, a side that struck back at attackers, harm continued by
"others" in the same sentence.

Verification: the scope of a statement about figures: "rejected that account" (the account just before), an
owner named in a dispute ("the police figure", "accused X of downplaying the toll", "judging the monitor's toll
inflated"), a toll answered with a counter-figure, "could not be confirmed" in another party's quoted words, a
correction ("an earlier version said ..."), "neither account" (the last two sources), and a "confirmed" that
belongs to another figure or to a toll stated before.
"""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.perpetrators import perpetrator
from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report

PUBLISHED = date(2025, 6, 4)


def claims_of(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=PUBLISHED))


def perps(ex: Extractor, text: str) -> dict[int | None, str | None]:
    return {c.count.value: (c.perpetrator.text if c.perpetrator else None) for c in claims_of(ex, text)}


def verifs(ex: Extractor, text: str) -> dict[int | None, str]:
    return {c.count.value: c.verification for c in claims_of(ex, text)}


# --- perpetrators ----------------------------------------------------------------------------------------

def test_when_clause_read_as_a_complement_names_the_actor(extractor: Extractor) -> None:
    got = perps(extractor, "At least 14 people were killed and 9 others wounded when suspected armed youth from "
                           "the Kelvar Hills attacked grazing camps near Osso on Monday, a county official said.")
    assert got[14] is not None and "youth" in got[14] and not got[14].lower().startswith("when"), got
    assert got[9] is not None and "youth" in got[9], got


def test_part_of_the_victims_killed_by_an_agent(extractor: Extractor) -> None:
    got = perps(extractor, "The inquiry said that 17 of the victims were killed by members of the border guard, "
                           "while the remaining 6 were killed by Tesh Front fighters.")
    assert got[17] is not None and "border guard" in got[17], got


def test_an_event_that_accounted_for_part_of_the_deaths(extractor: Extractor) -> None:
    got = perps(extractor, "Drone strikes by the military junta accounted for 88 of the deaths recorded in March, "
                           "the monitor said.")
    assert got[88] is not None and "military junta" in got[88], got


def test_an_event_read_as_a_clause_carried_out_by_an_actor(extractor: Extractor) -> None:
    got = perps(extractor, "Three farmers were wounded on Friday by shelling carried out by the Kovar militia on "
                           "the village of Dren, the district office said.")
    assert got[3] is not None and "Kovar militia" in got[3], got


def test_holding_in_mass_arrests_by_an_actor(extractor: Extractor) -> None:
    got = perps(extractor, "The commission documented the detention of 340 people, including 12 minors, in mass arrests by "
                           "provincial police in Arlo.")
    assert got[340] is not None and "police" in got[340], got


@pytest.mark.parametrize("text, value, actor", [
    ("Raiders also seized 45 hostages in the town of Mira, officials said.", 45, "Raiders"),
    ("Soldiers freed 12 hostages near Mira on Sunday, officials said.", 12, None),
])
def test_hostages_seized_have_their_taker_as_actor_not_their_rescuer(
        extractor: Extractor, text: str, value: int, actor: str | None) -> None:
    got = perps(extractor, text)
    assert got[value] == actor, got


def test_a_body_named_by_its_initials_is_the_doer_even_untagged(extractor: Extractor) -> None:
    # (the entity tagger names some initials and not others: the rule reads the initials themselves)
    doc = extractor.nlp('"In a swift response, our brave KDF neutralised more than forty bandits," the statement said.')
    doc.ents = []
    verb = next(t for t in doc if t.lower_ == "neutralised")
    victims = next(t for t in doc if t.lower_ == "bandits")
    actor, _ = perpetrator(verb, doc, victims)
    assert actor is not None and "KDF" in actor, actor


def test_a_speakers_own_aircraft_did_the_harm(extractor: Extractor) -> None:
    got = perps(extractor, "The Dorian navy said its aircraft had struck rebel depots near Osso and had killed "
                           "dozens of fighters.")
    assert next(iter(got.values())) is not None, got


def test_the_side_that_struck_back_killed_the_attackers(extractor: Extractor) -> None:
    got = perps(extractor, "He said the gendarmes retaliated and four bandits were killed in the exchange of "
                           "fire, while the others escaped.")
    assert got[4] is not None and "gendarmes" in got[4], got


def test_others_harmed_continue_the_actor_of_the_sentence(extractor: Extractor) -> None:
    got = perps(extractor, "Gunmen on horseback killed 9 traders near Pella on Tuesday, residents told reporters, "
                           "adding that several others had been abducted.")
    assert got[9] is not None and got[None] is not None and "Gunmen" in got[None], got


def test_an_accusation_of_downplaying_the_toll_names_no_perpetrator(extractor: Extractor) -> None:
    got = perps(extractor, "The youth council said 61 people were killed in the three villages and accused the "
                           "police of deliberately downplaying the toll.")
    assert got[61] is None, got


# --- verification -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("denial", [
    "A provincial official, speaking on condition of anonymity, rejected that account.",
    "The provincial governor's office rejected that finding.",
])
def test_a_rejection_of_that_account_disputes_the_account_just_before(extractor: Extractor, denial: str) -> None:
    text = ("A drone strike on a market in Pella killed 19 people on Monday, a nurse told reporters, who could "
            "not verify the toll independently. The Tesh Front said in a statement that the strike had killed 23 "
            "civilians, including 8 children. " + denial)
    got = verifs(extractor, text)
    assert got[23] == "disputed", got


@pytest.mark.parametrize("dispute", [
    "Residents, however, faulted the police figure, insisting that more bodies had been found.",
    "Residents accused the police of deliberately downplaying the toll.",
])
def test_a_dispute_of_a_named_owners_figure_disputes_that_owners_figures(extractor: Extractor, dispute: str) -> None:
    text = ("Armed men killed 30 people in Dren on Monday, a village elder said. The spokesman of the Kaltor "
            "State Police Command, Inspector Dawa Lemo, said 12 people lost their lives in the attack. " + dispute)
    got = verifs(extractor, text)
    assert got[12] == "disputed", got
    assert got[30] != "disputed", got


def test_a_toll_answered_as_inflated_with_a_counter_figure(extractor: Extractor) -> None:
    text = ("At least 40 civilians were killed in an attack on Osso, according to the local civic council. The "
            "army spokesman, Major Ken Aru, put the toll at 22 dead, judging the civic council's toll "
            "\"inflated\".")
    got = verifs(extractor, text)
    assert got[40] == "disputed" and got[22] != "disputed", got


def test_could_not_be_confirmed_in_another_partys_quoted_words_is_a_dispute(extractor: Extractor) -> None:
    text = ("An air strike on a farm in Luma killed 14 civilians, including 5 children, according to the rebel "
            "authorities. The coalition's spokesman told reporters that the strike had hit a military target and "
            "that the number of civilian casualties \"could not be confirmed\".")
    got = verifs(extractor, text)
    assert got[14] == "disputed", got


def test_a_correction_of_an_earlier_version_disputes_the_old_figure(extractor: Extractor) -> None:
    text = ("Two border guards were killed when rebels attacked a post near Tarn overnight, an army source said. "
            "(An earlier version said the attack killed five guards, citing a local official; the army source "
            "has since corrected the figure.)")
    got = verifs(extractor, text)
    assert got[5] == "disputed" and got[2] != "disputed", got


def test_neither_account_covers_the_two_sources_just_before(extractor: Extractor) -> None:
    text = ("Six children were killed and 11 people wounded by rebel shelling of Osso on Sunday, the state news "
            "agency said. The agency said that two of the wounded were women. The rebel radio, for its part, said "
            "army shelling had killed 3 people in Dren. Each side blames the other, and neither account could be "
            "independently verified.")
    got = verifs(extractor, text)
    assert got[6] == "unverified" and got[3] == "unverified", got


def test_a_confirmation_belongs_to_its_own_figure(extractor: Extractor) -> None:
    text = ("The toll from the raid on Dren has risen to 44, the state government said on Tuesday, up from the 20 "
            "initially confirmed by the police.")
    got = verifs(extractor, text)
    assert got[44] != "verified", got


def test_confirming_the_toll_before_does_not_verify_a_new_figure(extractor: Extractor) -> None:
    text = ("Gunmen killed 25 villagers in Osso on Sunday, a local official told reporters. A police source "
            "confirmed the toll and said dozens of residents were still missing. Reporters were unable to "
            "independently verify the figures.")
    got = verifs(extractor, text)
    assert got[None] == "unverified", got
