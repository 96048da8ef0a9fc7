"""Perpetrators found through the parse, third round (issue 12): an actor the sentence names outside the
figure's own clause, the possessor of an attack, "attributed N deaths to X", a relative clause blaming the
attack, the people held for a killing, and the attacker of a background or "adding that" clause.

Every sentence here is invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from test_extract_perp_general import perp as perp_at
from vigil.extract.pipeline import Extractor
from vigil.models import Report

SUNDAY = date(2026, 3, 8)


@pytest.fixture
def ex(extractor: Extractor) -> Extractor:
    return extractor        # the session's extractor (tests/conftest.py): one model load for the whole run


def perp(ex: Extractor, text: str, value: int) -> str | None:
    return perp_at(ex, text, value, SUNDAY)


@pytest.mark.parametrize(("text", "value", "expected"), [
    # the possessor of an attack noun is its doer
    ("Last month the brigade's drone strike on a checkpoint near Oruva wounded six police officers.", 6,
     "the brigade"),
    ("The rebels' mortar attack on the market killed 14 traders, officials said.", 14, "The rebels"),
    # a relative clause hung on the attack's target still blames the attack
    ("The mayor said five guards were killed in a rocket attack on a fuel depot, which he blamed on "
     "separatist fighters.", 5, "separatist fighters"),
    # "attributed N of the deaths to X" / to an attack by X
    ("The monitor attributed 27 of the deaths to air strikes by the air force.", 27, "the air force"),
    ("The commission attributed 18 deaths to the Tanvo militia.", 18, "the Tanvo militia"),
])
def test_perpetrator_found(ex: Extractor, text: str, value: int, expected: str) -> None:
    assert perp(ex, text, value) == expected


def test_attack_hung_on_report_verb_still_names_the_actor(ex: Extractor) -> None:
    # the parser hangs "in an attack attributed to X" on the reporting verb, far from the figure's clause
    text = ("Kasaro, 3 March - At least 31 villagers were killed overnight in the hamlet of Mebe, in Lutona "
            "district, Upper Varo, in an attack attributed to Kessa rebels, local leaders said.")
    assert perp(ex, text, 31) == "Kessa rebels"


def test_attackers_killed_take_no_actor_from_the_attack(ex: Extractor) -> None:
    text = ("The death toll from a militant attack on a bus depot in Haro reached 12 on Sunday, in addition to "
            "the four gunmen killed, police said.")
    assert perp(ex, text, 4) is None


def test_possessed_day_or_place_is_no_actor(ex: Extractor) -> None:
    assert perp(ex, "Saturday's attack on the market killed 9 people.", 9) is None
    assert perp(ex, "The city's deadliest bombing killed 40 people in 2019.", 40) is None


@pytest.mark.parametrize(("text", "value", "expected"), [
    # a result verb over a quantity noun: "causing dozens of casualties"
    ("Gunmen raid Kopra market, causing dozens of casualties", None, "Gunmen"),
    # the attacker named in one clause, the toll in an "adding that" clause
    ("Masked men launched an attack on the hamlet of Tesso on Friday, a local official said, adding that "
     "the toll was 14 dead.", 14, "Masked men"),
    ("Rebel fighters ambushed an army convoy near Lisa on Monday, the governor said, adding that nine soldiers "
     "died.", 9, "Rebel fighters"),
    # a background clause whose verb continues an attack
    ("As militias continue to loot villages in the valley, more than 6,000 people have fled.", 6000, "militias"),
])
def test_actor_of_the_sentence(ex: Extractor, text: str, value: int | None, expected: str) -> None:
    claims = ex.extract(Report(id="t", text=text, published=SUNDAY))
    found = [c for c in claims if c.count.value == value]
    assert found, [(c.outcome, c.count.text) for c in claims]
    assert found[0].perpetrator is not None and found[0].perpetrator.text == expected


def test_event_place_clause_takes_the_event_actor(ex: Extractor) -> None:
    text = ("Police arrested 12 suspects over the gang raid on Lumo, where four shopkeepers were killed "
            "last week.")
    assert perp(ex, text, 4) == "the gang raid"


def test_people_held_for_a_killing_are_accused(ex: Extractor) -> None:
    text = "Three men were arrested in Tarvo for their alleged role in the killing of two bus drivers."
    claims = ex.extract(Report(id="t", text=text, published=SUNDAY))
    killed = next(c for c in claims if c.outcome == "killed" and c.count.value == 2)
    assert killed.perpetrator is not None
    assert (killed.perpetrator.text, killed.perpetrator.stance) == ("Three men", "accused")


def test_the_arrest_itself_names_no_accused(ex: Extractor) -> None:
    text = "Officers detained that group of suspects after the arrest of two informants."
    claims = ex.extract(Report(id="t", text=text, published=SUNDAY))
    held = [c for c in claims if c.count.value == 2]
    assert held and all(c.perpetrator is None or c.perpetrator.stance != "accused" for c in held)


def test_a_clause_is_never_the_actor(ex: Extractor) -> None:
    text = ("Twelve civilians were killed on Sunday in the north of the province, targeted for weeks by "
            "artillery.")
    p = perp(ex, text, 12)
    assert p is None or "targeted" not in p


def test_pronoun_actor_is_the_actor_of_the_figure_before(ex: Extractor) -> None:
    text = ("Armed herders attacked the village of Dunu on Friday, killing seven farmers, residents said. "
            "According to a local rights group, they also killed 16 traders on the road to Sabo.")
    assert perp(ex, text, 16) == "Armed herders"


@pytest.mark.parametrize("second", [
    # the pronoun suffered the harm: it did not do it (nor did the gunmen of a flood's toll)
    "Residents said they lost 12 relatives in a flood.",
    # a speaker named before the pronoun is what it stands for, not the actor of the figure before
    "Residents said they killed 12 of the attackers.",
])
def test_pronoun_that_is_not_the_doer_takes_no_actor(ex: Extractor, second: str) -> None:
    assert perp(ex, f"Gunmen killed four villagers in Oda on Monday. {second}", 12) is None


def test_pronoun_is_not_the_victims_own_side(ex: Extractor) -> None:
    assert perp(ex, "Soldiers killed five rebels near Oda on Monday. They killed 12 soldiers in return.", 12) is None


def test_pronoun_actor_with_no_actor_before_is_none(ex: Extractor) -> None:
    text = ("Seven farmers died in Dunu on Friday, residents said. "
            "According to a local rights group, they also killed 16 traders on the road to Sabo.")
    assert perp(ex, text, 16) is None


@pytest.mark.parametrize(("text", "value", "expected"), [
    # an attack whose relative clause blames it, which the parser reads as the blamer's clause
    ("Saturday's attack, which police blamed on separatists, killed 7 people.", 7, "separatists"),
    # "..., X said, blaming Y"
    ("Seventeen civilians were killed in the village, the agency said, blaming the Tarra Brigades.", 17,
     "the Tarra Brigades"),
    # "as X pounded ...": the attacker of a background clause
    ("Two people were killed on Monday as government warplanes pounded the outskirts of Lusa.", 2,
     "government warplanes"),
    # the victims' own phrase says who did it
    ("The bodies of 23 men, believed to have been executed by jihadists, were found near Lora.", 23, "jihadists"),
    ("The bodies of 12 villagers killed by soldiers were found in a well near Oda.", 12, "soldiers"),
])
def test_actor_outside_the_harm_clause(ex: Extractor, text: str, value: int, expected: str) -> None:
    assert perp(ex, text, value) == expected


@pytest.mark.parametrize(("text", "value", "expected", "stance"), [
    ("The group's fighters were responsible for the deaths of 14 soldiers, the army said.", 14,
     "The group's fighters", "asserted"),
    ("The Tessan Front took responsibility for the attack, which killed 9 people.", 9, "The Tessan Front",
     "claimed"),
    ("The Tessan Front said it was behind the bombing, which killed 9 people.", 9, "The Tessan Front", "claimed"),
    ("Nine soldiers were killed by an explosive device planted by insurgents.", 9, "insurgents", "asserted"),
    ("Two soldiers were killed when their vehicle hit a landmine laid by rebels.", 2, "rebels", "asserted"),
    ("The Orvan army said its strikes killed 20 militants in Rafo.", 20, "The Orvan army", "claimed"),
    ("The Kessa militia took 86 people hostage during the raid.", 86, "The Kessa militia", "asserted"),
])
def test_actor_and_stance(ex: Extractor, text: str, value: int, expected: str, stance: str) -> None:
    claims = ex.extract(Report(id="t", text=text, published=SUNDAY))
    c = next(c for c in claims if c.count.value == value)
    assert c.perpetrator is not None
    assert (c.perpetrator.text, c.perpetrator.stance) == (expected, stance)


@pytest.mark.parametrize(("text", "value", "expected"), [
    # a name the entity tagger leaves untagged is still the accused when a verb of accusing names it
    ("Residents accused Kurmi of killing 14 villagers in Oda.", 14, "Kurmi"),
    ("The governor accused Okpo Boys of abducting 14 pupils.", 14, "Okpo Boys"),
])
def test_named_accused_is_an_actor(ex: Extractor, text: str, value: int, expected: str) -> None:
    claims = ex.extract(Report(id="t", text=text, published=SUNDAY))
    c = next(c for c in claims if c.count.value == value)
    assert c.perpetrator is not None
    assert (c.perpetrator.text, c.perpetrator.stance) == (expected, "accused")


def test_victims_of_an_actor_led_attack(ex: Extractor) -> None:
    assert perp(ex, "Twelve victims of a militia attack on Sora were buried on Sunday.", 12) == "a militia attack"


def test_not_behind_is_no_actor(ex: Extractor) -> None:
    assert perp(ex, "The Tessan Front said it was not behind the bombing, which killed 9 people.", 9) is None


@pytest.mark.parametrize(("text", "value", "expected"), [
    # translated copy: "led to the martyrdom of", "an aggression by", "the attacks of the occupation"
    ("The bombardment of the occupation army on the camp led to the martyrdom of 12 citizens and the injury "
     "of 30 others.", 30, "the occupation army"),
    ("Seven martyrs and dozens of wounded in an aggression by the occupation forces on Deir Sami.", 7,
     "the occupation forces"),
    ("This comes within the continuous attacks of the occupation on the region, which since January left "
     "46 civilians dead.", 46, "the occupation"),
    # a relative clause the parser hangs on the attack's target
    ("The militia attack on the village of Kuma, which killed 8 farmers, drew condemnation.", 8,
     "The militia attack"),
])
def test_translated_and_relative_kinds(ex: Extractor, text: str, value: int, expected: str) -> None:
    assert perp(ex, text, value) == expected


@pytest.mark.parametrize(("text", "value", "expected", "stance"), [
    ("The Dorvan group claimed the attack, which killed 30 people.", 30, "The Dorvan group", "claimed"),
    ("In a statement, the Vela Front said it carried out the attack that killed 12 soldiers.", 12, "the Vela Front",
     "claimed"),
    ("The government accused the RSF of the massacre, in which 200 people were killed.", 200, "the RSF", "accused"),
])
def test_doer_of_the_event_and_stance(ex: Extractor, text: str, value: int, expected: str, stance: str) -> None:
    claims = ex.extract(Report(id="t", text=text, published=SUNDAY))
    c = next(c for c in claims if c.count.value == value)
    assert c.perpetrator is not None
    assert (c.perpetrator.text, c.perpetrator.stance) == (expected, stance)


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("As a result of Ruvian aggression, 2 people were killed and 14 people were injured in Kesso.", 14,
     "Ruvian aggression"),
    ("Five children died because of the militia attack on Tora.", 5, "the militia attack"),
    ("Twelve people were killed owing to an army raid on the market.", 12, "an army raid"),
])
def test_compound_cause_prepositions(ex: Extractor, text: str, value: int, expected: str) -> None:
    assert perp(ex, text, value) == expected


def test_compound_cause_without_actor_is_none(ex: Extractor) -> None:
    assert perp(ex, "Four people died due to the floods in Kesso.", 4) is None


def test_place_clause_on_a_conjoined_harm(ex: Extractor) -> None:
    # "where" hangs on the second of two conjoined harms, the clause on the place after the attack
    text = ("Police arrested 14 suspects over the June 3 mob attack in Kerri, Lower Vale, where six traders "
            "were killed and four others injured.")
    assert perp(ex, text, 6) == "the June 3 mob attack"


def test_burned_alive_is_a_killing_with_its_agent(ex: Extractor) -> None:
    assert perp(ex, "Twelve people were burned alive by a mob in Kesso.", 12) == "a mob"
