"""Parts and perpetrators, eleventh round: general kinds that went wrong on text the extractor was not tuned on.

- "Among the dead was X" refers to the report's figure of that harm: not to a figure added to it ("Two
  more bodies were recovered"), nor to an item of a list of the total's parts ("– North district: 40
  dead"); an amount whose words occur twice in its sentence ("an earlier toll of three dead" after
  "including three children") is read where its own noun follows it;
- a described person who "was one of N people killed" is a claim of one, part of the N (as "was among N
  people killed");
- a role noun with a described person in apposition as a harm verb's object ("killed the driver, a
  59-year-old man") is a claim of one, its victims the appositive's, its actor that of the clause;
- a blame joined to the verb that states the figure ("gave a toll of 44 dead and accused the KLF of waging
  a campaign of ethnic cleansing"): the one blamed, accused (waging a campaign of harm is the harm; not
  "accused the police of downplaying the figures"); one blamed by name or initials is an actor;
- a harm verb with no subject in the infinitive of an enabling verb ("the response of the KAFo made it
  possible to repel the assailants and to neutralise 29 terrorists", "the operation allowed the troops to
  neutralise ..."): the enabling verb's subject did it, or the side whose act that subject is;
- victims named by a word for insurgents the state uses ("khwarij", "naxals") are attackers, as militants
  are: the side that engaged them did it;
- "colonists" (a translated word for settlers) are actors, as settlers are;
- where the report announces that a toll is broken down after it ("The toll is distributed as follows:"),
  the figures after the announcement are parts of that toll while they add up to no more than it, even
  where some of the parts go unstated and the sum falls short;
- the amount a share of a harm comes to ("more than half of the killings — 2,310 —") is a part of the
  report's figure of that harm, and no total a later "of those killed" refers to;
- a cross-section named in one sentence after a list that adds up to the total ("Among the wounded are
  31 children") leaves the list the total's parts;
- the victims of one side "killed in an encounter with X", "wounded in an exchange of fire with X": X is
  the perpetrator, as in "clashes with X" (an exchange of prisoners is no fight);
- a figure a toll has risen to takes the actor of the event the toll is of ("the toll of the Varnian
  aggression has reached N"), not a figure set beside it ("rose to 21, plus the five attackers");
- attackers who "died in the fighting" that another clause of the sentence says the victims there fought
  with them ("Three soldiers were killed in a clash with rebels, and five of the gunmen died in the
  fighting"): the other side did it; with both sides counted together, no one;
- a "when" clause whose subject is a weapon worked by someone ("when a drone operated by X dropped
  grenades") names that someone.

Every sentence here is invented (places, names and figures), written to show one general kind.
"""

from __future__ import annotations

import pytest

from test_extract_parts_general3 import ex, run
from test_parts_victims_general8 import one
from vigil.extract.pipeline import Extractor

__all__ = ["ex"]


# --- what "the dead" refers to ---------------------------------------------------------------------------

def test_among_the_dead_not_an_increment(ex: Extractor) -> None:
    claims = run(ex, "Shelling of the river town of Dovrik killed seven people and wounded 19, including four "
                     "children, regional officials said on Saturday, raising an earlier toll of four dead.\n\n"
                     "\"Three more bodies were recovered from a collapsed school this morning,\" the regional "
                     "governor, Pavlo Ostrenko, wrote on Telegram.\n\n"
                     "Dovrik lies on the front line and is shelled most days.\n\n"
                     "Among the dead was a 71-year-old beekeeper who was killed in his yard, Ostrenko said.")
    total = one(claims, 7, "killed")
    part = next(c for c in claims if c.count.value == 1 and c.outcome == "killed")
    assert part.part_of == total.id


def test_among_the_wounded_after_a_list(ex: Extractor) -> None:
    claims = run(ex, "The health ministry said strikes on villages in the east on Monday killed 66 people and "
                     "wounded 308 others.\n\nThe toll is divided by district as follows:\n"
                     "\u2013 Arvel district: 40 dead and 200 wounded.\n"
                     "\u2013 Somo district: 26 dead and 108 wounded.\n\n"
                     "Among the wounded are 27 children and 41 women.")
    wounded = one(claims, 308, "injured")
    for v in (27, 41, 200, 108):
        assert one(claims, v, "injured").part_of == wounded.id
    killed = one(claims, 66, "killed")
    for v in (40, 26):
        assert one(claims, v, "killed").part_of == killed.id


# --- the other side of a fight ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "actor"), [
    ("Three Kelan soldiers were wounded in an exchange of fire with the rebels as they tried to retake the bridge, "
     "an army spokesman said.", "the rebels"),
    ("Seven Dorist fighters, including two women cadres, were killed in an encounter with security forces in the "
     "hills of Ombo district on Tuesday, police said.", "security forces"),
    ("Two border guards were killed in a shootout with suspected kidnappers near Varno late on Friday.",
     "suspected kidnappers"),
])
def test_other_side_of_a_fight(ex: Extractor, text: str, actor: str) -> None:
    claims = run(ex, text)
    assert claims and all(c.perpetrator is not None and c.perpetrator.text == actor for c in claims)


def test_exchange_of_prisoners_is_no_fight(ex: Extractor) -> None:
    claims = run(ex, "Four villagers were abducted on Monday, days after an exchange of prisoners with the rebels "
                     "collapsed, the mayor said.")
    assert all(c.perpetrator is None or "rebels" not in c.perpetrator.text for c in claims if c.count.value == 4)


# --- the event a toll is of -------------------------------------------------------------------------------

def test_toll_of_an_actor_led_event(ex: Extractor) -> None:
    claims = run(ex, "The ministry said the cumulative toll of the Varnian aggression on Dorland since March 2024 "
                     "has risen to 2,310 martyrs and 8,120 wounded.")
    assert {c.count.value for c in claims} >= {2310, 8120}
    assert all(c.perpetrator is not None and "Varnian" in c.perpetrator.text for c in claims)


def test_toll_of_an_actorless_event_or_beside_it(ex: Extractor) -> None:
    claims = run(ex, "The toll from the attack on the market has risen to 40, police said.")
    assert one(claims, 40).perpetrator is None
    claims = run(ex, "The death toll from the Kardan rebels' raid on a hotel in Ombo climbed to 26, plus the "
                     "four guards who were shot while fleeing, officials said.")
    assert one(claims, 26).perpetrator is not None
    four = [c for c in claims if c.count.value == 4]
    assert all(c.perpetrator is None or "raid" not in c.perpetrator.text for c in four)


# --- who worked the weapon of a "when" clause --------------------------------------------------------------

@pytest.mark.parametrize(("text", "actor"), [
    ("In Tolsk, six police officers were injured when a drone operated by the Red Hand Brigade dropped grenades on "
     "their station on Monday.", "the Red Hand Brigade"),
    ("Four traders died when a truck driven by a suicide bomber exploded at the gate of the market in Sarvo.",
     "a suicide bomber"),
])
def test_when_clause_weapon_worked_by(ex: Extractor, text: str, actor: str) -> None:
    claims = run(ex, text)
    assert claims and all(c.perpetrator is not None and c.perpetrator.text == actor for c in claims)


# --- a breakdown the report announces ----------------------------------------------------------------------

def test_announced_breakdown(ex: Extractor) -> None:
    claims = run(ex, "The monitor has documented the death of 12 people across the country on Monday. The toll is "
                     "distributed as follows:\n\n"
                     "Five farmers were shot dead by gunmen near the village of Orvani.\n\n"
                     "Two brothers were killed by a landmine in farmland west of Tesk.\n\n"
                     "A woman and her son were killed by shelling on the town of Bara.\n\n"
                     "With these deaths, the number of people killed in the country since the start of the month "
                     "has risen to 318.")
    total = one(claims, 12, "killed")
    assert one(claims, 5).part_of == total.id
    assert one(claims, 2).part_of == total.id
    for c in claims:
        if c.count.value == 1:
            assert c.part_of == total.id
    assert one(claims, 318).part_of is None


# --- the other side of one fight, stated in another clause ---------------------------------------------------

def test_attackers_died_in_the_fighting(ex: Extractor) -> None:
    claims = run(ex, "Three Kelan soldiers were killed in a clash with rebels in the north on Friday, and five of "
                     "the gunmen died in the fighting, the army said.")
    rebels = one(claims, 5)
    assert rebels.perpetrator is not None and rebels.perpetrator.text == "Kelan soldiers"
    assert one(claims, 3).perpetrator is not None


def test_both_sides_in_the_fighting(ex: Extractor) -> None:
    claims = run(ex, "Four soldiers and six rebels died in the fighting near Ombo.")
    assert all(c.perpetrator is None for c in claims)


# --- one of N ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "total"), [
    ("Her son, Tomas, 24, was one of 27 people killed in a riot inside the jail in March, a toll she still rejects.", 27),
    ("His brother was one of the 12 miners killed in the collapse of the shaft near Varno.", 12),
])
def test_one_of_n_killed(ex: Extractor, text: str, total: int) -> None:
    claims = run(ex, text)
    whole = one(claims, total)
    single = one(claims, 1)
    assert single.part_of == whole.id and single.outcome == "killed"
    assert len(claims) == 2


def test_role_with_described_appositive(ex: Extractor) -> None:
    claims = run(ex, "On Friday evening, Varnia's drone strike on a car in Tolsk killed the driver, a 59-year-old man.")
    single = one(claims, 1)
    assert single.outcome == "killed" and single.perpetrator is not None
    assert single.victims.category == "people"


def test_colonists_are_actors(ex: Extractor) -> None:
    claims = run(ex, "Near Sarvo, colonists attacked farmers on Sunday evening, injuring an old man and his "
                     "10-year-old grandson, local activists said.")
    assert claims and all(c.perpetrator is not None and c.perpetrator.text == "colonists" for c in claims)


# --- blamed alongside the statement of the figure -----------------------------------------------------------

def test_toll_given_and_blame_joined(ex: Extractor) -> None:
    claims = run(ex, "The Varo Doctors Union, a medical group that tracks casualties, gave a toll of 44 dead, and "
                     "accused the KLF of waging a campaign of ethnic cleansing against farming villages.")
    dead = one(claims, 44)
    assert dead.perpetrator is not None and dead.perpetrator.text == "the KLF"
    assert dead.perpetrator.stance == "accused"


def test_blamed_for_another_act_is_no_perpetrator(ex: Extractor) -> None:
    claims = run(ex, "The union gave a toll of 44 dead and accused the police of downplaying the figures.")
    assert one(claims, 44).perpetrator is None


# --- what enabled the harm ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "actor"), [
    ("The vigorous response of the KAFo, supported by the air force, made it possible to repel the assailants and "
     "to neutralise 29 terrorists, whose bodies were left on the ground.", "the KAFo"),
    ("The intervention of the army made it possible to neutralise 27 terrorists near Dori.", "the army"),
])
def test_enabled_harm(ex: Extractor, text: str, actor: str) -> None:
    claims = run(ex, text)
    assert claims and all(c.perpetrator is not None and c.perpetrator.text == actor for c in claims)


def test_enabling_act_of_no_one_names_no_actor(ex: Extractor) -> None:
    claims = run(ex, "The swift response made it possible to evacuate the wounded after 14 people were killed in "
                     "the blast.")
    assert all(c.perpetrator is None for c in claims if c.count.value == 14)


def test_state_term_for_insurgents_is_hostile(ex: Extractor) -> None:
    claims = run(ex, '"During the operation, own troops effectively engaged the khwarij hideout and, after an intense '
                     'exchange of fire, eight khwarij were neutralised," the army said.')
    assert one(claims, 8).perpetrator is not None


# --- a share of the harm ----------------------------------------------------------------------------------------

def test_share_of_the_killings(ex: Extractor) -> None:
    claims = run(ex, "At least 4,120 people were killed and 1,830 injured in gang violence in Varnia between January "
                     "and November, the UN said in a report on Monday.\n\nThe report found that more than half of the "
                     "killings \u2014 2,310 \u2014 took place in the capital, Orsk.\n\nOf those killed, 1,050 died "
                     "during police operations, the report said.")
    total = one(claims, 4120)
    assert one(claims, 2310).part_of == total.id
    assert one(claims, 1050).part_of in (None, total.id)
