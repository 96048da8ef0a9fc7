"""Perpetrator, round 19. Every sentence, name and place here is invented (places may be real).

A result verb with the actor ("an attack by X left two dead and five others wounded") carries its actor to every
figure it leaves, also to an elliptical second one the parser hangs on the verb as a conjoined noun with a
participle ("and five others wounded"). An event alone ("an explosion left ...") still names no actor.
"""

from __future__ import annotations

from datetime import date

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report


def run(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=date(2026, 6, 12)))


def perp(ex: Extractor, text: str, value: int) -> str | None:
    found = [c for c in run(ex, text) if c.count.value == value]
    assert found, text
    return found[0].perpetrator.text if found[0].perpetrator else None


def test_left_dead_and_others_wounded(extractor: Extractor) -> None:
    assert perp(extractor, "An ambush by suspected bandits left 4 traders dead and 9 others wounded in Kaura.", 9)
    assert perp(extractor, "A raid by armed herders left 3 farmers dead and 7 others injured near Jos on Friday.", 7)
    assert perp(extractor, "The attack by armed youths left five civilians wounded and two others dead on Sunday.", 2)
    assert perp(extractor, "An explosion left 4 dead and 8 others injured at the market.", 8) is None


def test_weapon_placed_by_an_actor_in_a_reported_relative_clause(extractor: Extractor) -> None:
    # "a bomb that police said had been planted by X": the planter the relative clause reports is the actor
    assert perp(extractor, "At least 18 people were killed by a bomb that police said had been planted by "
                           "separatists.", 18) == "separatists"
    assert perp(extractor, "A car bomb that investigators believe was placed by the cartel killed 5 people "
                           "outside a bar.", 5) == "the cartel"
    assert perp(extractor, "A rocket that the ministry said had been fired by militia fighters killed 3 children.",
                3) == "militia fighters"
    assert perp(extractor, "Four traders died in a blast that officials said was caused by a gas leak.", 4) is None


def test_people_armed_with_weapons_are_actors(extractor: Extractor) -> None:
    assert perp(extractor, "Twelve travellers were kidnapped by men armed with AK-47 rifles on the highway.", 12)
    assert perp(extractor, "Two women were killed by people armed with clubs in the market.", 2)
    assert perp(extractor, "Seven farmers were hacked to death by men armed with machetes.", 7)


def test_reduced_relative_accused_of(extractor: Extractor) -> None:
    # "X accused of killing N", "X blamed for the deaths of N": the noun the participle hangs on is accused
    def stance(text: str, value: int) -> tuple[str | None, str | None]:
        c = next(c for c in run(extractor, text) if c.count.value == value)
        return (c.perpetrator.text, c.perpetrator.stance) if c.perpetrator else (None, None)
    assert stance("The Kora militia, accused of killing 30 people in Djugu last month, has denied the charge.",
                  30) == ("The Kora militia", "accused")
    assert stance("Soldiers accused of killing 9 herders face trial in Niamey.", 9) == ("Soldiers", "accused")
    assert stance("Rebels blamed for deaths of 12 aid workers", 12)[0] == "Rebels"
    assert stance("Niger: army and Wagner allies accused of killing 20 civilians", 20)[1] == "accused"


def test_events_named_in_other_shapes(extractor: Extractor) -> None:
    # a free relative naming the event, and a copular clause naming it with the figure in a "with" clause
    assert perp(extractor, "Eight civilians were killed in what residents described as a reprisal attack by "
                           "soldiers.", 8) == "soldiers"
    assert perp(extractor, "Five herders were killed in what the governor termed a cowardly raid by bandits.",
                5) == "bandits"
    assert perp(extractor, "It was the worst raid by the militia this year, with 17 villagers killed.", 17)
    assert perp(extractor, "Nine people died in what officials described as a gas explosion.", 9) is None


def test_agent_of_a_share_of_the_harmed(extractor: Extractor) -> None:
    # "were killed this year, most of them by X": the parser hangs "by X" on the share
    assert perp(extractor, "Nine aid workers have been killed in the region this year, most of them by armed "
                           "groups.", 9) == "armed groups"
    assert perp(extractor, "Forty people were abducted last month, many of them by bandits on the highway.", 40)
    assert perp(extractor, "Twelve people were killed, most of them by gunfire.", 12) is None


def test_lead_under_a_headline_takes_its_actor(extractor: Extractor) -> None:
    # the lead tells anew ("an explosive-laden drone struck") what the headline tells with its actor
    assert perp(extractor, "Rebel drone kills man near Kessa\n\nA man in his 50s was killed on Monday when an "
                           "explosive-laden drone struck a field near Kessa, medics said.", 1) == "Rebel drone"
    assert perp(extractor, "Rebel drone kills man near Kessa\n\nTwo others hurt in the attack\n\nA man in his 50s "
                           "was killed on Monday when a drone struck a field near Kessa, medics said.", 1)
    assert perp(extractor, "Floods hit Kessa\n\nTwelve people died in a flash flood in Kessa on Monday, officials "
                           "said.", 12) is None


def test_headline_passive_read_as_active_is_no_actor(extractor: Extractor) -> None:
    # "Man killed as X drone strikes ...": the parser reads the headline's victim as the subject of "killed";
    # the actor is the one of the "as" clause, which the lead under it takes
    assert perp(extractor, "Man killed as Kavan Front drone strikes farmland\n\nLocals flee the area\n\nA man was "
                           "killed on Tuesday when a drone struck farmland near Tora, medics said.", 1) == "Kavan Front drone"
    assert perp(extractor, "Farmer killed as militia drone hits orchard\n\nA farmer was killed on Monday when a drone "
                           "struck an orchard near Tora, medics said.", 1) == "militia drone"


def test_who_took_part_in_the_attack(extractor: Extractor) -> None:
    # "X were involved in / took part in / were behind the attack, which killed N": X did the harm
    assert perp(extractor, "A police spokesman said about ten suspected bandits were involved in the raid on the "
                           "market, which he said killed 12 people.", 12)
    assert perp(extractor, "About twenty armed herders took part in the assault on the village, which left 15 dead.",
                15)
    assert perp(extractor, "Suspected rebels were behind the attack on the school that killed 20 pupils.", 20)
    assert perp(extractor, "Militia fighters participated in the massacre, in which 40 villagers were killed.", 40)


def test_reported_subject_hung_on_the_report_verb(extractor: Extractor) -> None:
    # "said soldiers of the Armed Forces of X (ABC) chased ...": the parser hangs "soldiers" on "said" as a
    # second subject; it is the subject of the reported clause
    assert perp(extractor, "The regional commander in Kessa, Colonel Aline Toru, said soldiers of the Armed Forces "
                           "of the TRK (FARTK) chased the gunmen into the hills, killing three of them.", 3)
    assert perp(extractor, "A spokesman in Kessa, Captain Idi Sawa, said units of the Defence Forces of the TRK "
                           "(FDTK) followed the raiders to the river, killing seven of them.", 7)


def test_harm_subject_hung_on_a_parenthetical_report(extractor: Extractor) -> None:
    # "X, which ..., says a rebel rocket attack on ... killed 7": the parser makes "says" a parenthesis on
    # "killed" and hangs the attack on "says"
    assert perp(extractor, "08:15 — The Kavan Doctors Union, which tracks casualties, says a rebel rocket attack on "
                           "the central hospital in Baro, in West Kavan, killed 7 patients on Monday.", 7)


def test_deed_done_by_and_shot_dead(extractor: Extractor) -> None:
    # "the massacre of N was perpetrated / carried out by X", "the killing of N was the work of X",
    # "X shot N civilians dead"
    assert perp(extractor, "The massacre of 26 villagers was perpetrated by Dozo militiamen, survivors said.", 26)
    assert perp(extractor, "The abduction of 14 pupils was carried out by bandits, police said.", 14) == "bandits"
    assert perp(extractor, "Police said the killing of 5 traders was the work of a local gang.", 5) == "a local gang"
    assert perp(extractor, "Russian troops shot 5 civilians dead in Bucha.", 5) == "Russian troops"
    assert perp(extractor, "Witnesses said the 7 deaths were caused by a gas leak.", 7) is None


def test_held_responsible_and_free_relative_agents(extractor: Extractor) -> None:
    def stance(text: str, value: int) -> tuple[str | None, str | None]:
        c = next(c for c in run(extractor, text) if c.count.value == value)
        return (c.perpetrator.text, c.perpetrator.stance) if c.perpetrator else (None, None)
    assert stance("Officials held the Kora Front responsible for the deaths of 19 soldiers.", 19) == (
        "the Kora Front", "accused")
    assert stance("The report found the army responsible for the killing of 40 civilians.", 40) == (
        "the army", "accused")
    assert stance("Nine farmers were killed by what witnesses said were soldiers.", 9)[0] == "soldiers"
    assert stance("Fourteen people were killed by what appeared to be a militia.", 14)[0] == "a militia"


def test_attack_before_a_list_of_harms(extractor: Extractor) -> None:
    # "X raided the town: 9 were killed, 14 wounded and dozens abducted": the attack hangs under several harms
    # of the same list, each of which takes its actor
    text = "Bandits stormed Kware village at dawn: 12 residents were killed, 5 injured and 20 kidnapped."
    assert perp(extractor, text, 12) == "Bandits"
    assert perp(extractor, text, 5) == "Bandits"
    assert perp(extractor, "Militants attacked the base: 7 soldiers died, 11 were wounded.", 11) == "Militants"


def test_who_ordered_the_harm(extractor: Extractor) -> None:
    assert perp(extractor, "The gang's leader ordered the killing of 6 rivals, police said.", 6)


def test_denied_charge_of_its_own_doing(extractor: Extractor) -> None:
    # "X rejected accusations that it killed N": X, denied; a report X rejects that names no doer names none
    def stance(text: str, value: int) -> tuple[str | None, str | None]:
        c = next(c for c in run(extractor, text) if c.count.value == value)
        return (c.perpetrator.text, c.perpetrator.stance) if c.perpetrator else (None, None)
    assert stance("The RSF rejected accusations that it killed 120 people in the town.", 120) == ("The RSF", "denied")
    assert stance("The militia denied reports that it had abducted 30 women.", 30) == ("The militia", "denied")
    assert stance("The government rejected a UN report that found 300 people were killed in the region.",
                  300) == (None, None)
