"""Round 21 of general rules for figures Vigil missed entirely: harm verbs and phrasal verbs whose object the parse
decides, people led off into captivity, put in jail, unseen since, and the sentences the relevance pass dropped.
Every sentence, name and event here is invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor
from vigil.extract.sentences import may_hold_figure


def outcomes(extractor: Extractor, text: str, value: int) -> list[str]:
    return [c.outcome for c in run(extractor, text) if c.count.value == value]


# --- verbs of killing, also in the passive and for one described person ----------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Raiders strangled three guards at the depot in Orvan.", 3),
    ("Two herders were strangled near the Tesh river on Friday.", 2),
    ("A shopkeeper was strangled in his kiosk in Kora.", 1),
    ("The militants decapitated five captured rangers.", 5),
    ("Insurgents butchered eleven fishermen on the lake shore.", 11),
    ("Nine traders were butchered at the cattle market in Dako.", 9),
    ("Seven villagers were hanged by the militia in Orvan.", 7),
    ("The gang hanged two farmers from a mango tree.", 2),
    ("Thirteen prisoners were put to death by the rebels.", 13),
])
def test_verbs_of_killing_people(extractor: Extractor, text: str, value: int) -> None:
    assert outcomes(extractor, text, value) == ["killed"]


@pytest.mark.parametrize(("text", "value"), [
    ("Sixteen mourners were mowed down by machine-gun fire outside the church.", 16),
    ("Fighters mowed down 22 worshippers as they left the mosque.", 22),
    ("Snipers cut down four medics near the clinic in Kora.", 4),
])
def test_phrasal_verbs_of_killing_with_people_as_object(extractor: Extractor, text: str, value: int) -> None:
    assert outcomes(extractor, text, value) == ["killed"]


@pytest.mark.parametrize("text", [
    "The workers hanged 40 posters across the town.",
    "Loggers cut down 300 trees near the village.",
    "The crew mowed down 12 rows of maize.",
])
def test_the_same_verbs_on_things_give_no_figure(extractor: Extractor, text: str) -> None:
    assert run(extractor, text) == []


# --- people led off into the bush, the forest or captivity ------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Armed men marched 35 schoolboys into the forest near Kora.", 35),
    ("The gunmen took eight travellers into the bush after stopping the bus.", 8),
    ("Bandits herded 26 farmers into the forest on Tuesday.", 26),
    ("Kidnappers led nine women into the bush at gunpoint.", 9),
    ("Twenty-one pupils were marched into the forest by the attackers.", 21),
    ("The militants took 17 villagers into captivity.", 17),
    ("Eleven girls were led into captivity after the raid on Dako.", 11),
])
def test_people_led_into_the_wilds_by_attackers_are_abducted(extractor: Extractor, text: str, value: int) -> None:
    assert outcomes(extractor, text, value) == ["abducted"]


@pytest.mark.parametrize("text", [
    "The guide led twelve tourists into the forest to watch birds.",
    "The teacher marched 40 pupils into the hall for the assembly.",
    "The bus took 30 passengers into the city.",
    "The journey into the forest took 5 hours.",
    "The convoy drove 200 km into the bush.",
])
def test_people_taken_to_a_place_by_no_attacker_are_not_abducted(extractor: Extractor, text: str) -> None:
    assert not [c for c in run(extractor, text) if c.outcome in ("abducted", "detained")]


# --- people taken into the state's custody ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Security forces picked up 14 students in Kora on Monday.", 14),
    ("Police picked up nine protesters outside the courthouse.", 9),
    ("Soldiers swept up 60 young men in night raids.", 60),
    ("Police locked up 27 demonstrators after the march.", 27),
    ("Eight journalists were locked up without charge.", 8),
    ("Nineteen traders were remanded in custody on Tuesday.", 19),
    ("The magistrate remanded six suspects in prison.", 6),
    ("Twelve opposition supporters were thrown into jail.", 12),
    ("Soldiers threw 15 men in prison after the clash.", 15),
    ("Twenty-two activists were sent to prison last year.", 22),
    ("The authorities incarcerated 45 strikers.", 45),
    ("The detention of 33 migrants at the border drew protests.", 33),
])
def test_people_taken_into_custody(extractor: Extractor, text: str, value: int) -> None:
    assert outcomes(extractor, text, value) == ["detained"]


@pytest.mark.parametrize("text", [
    "Rescuers picked up the bodies of 12 victims.",
    "Police picked up the trail of the gunmen.",
    "Police picked up 3 bags of cash.",
    "The truck picked up 20 workers at dawn.",
    "The court remanded the case of 14 suspects to next month.",
    "The magistrate remanded 5 suspects on bail.",
])
def test_no_custody_without_people_held_by_the_state(extractor: Extractor, text: str) -> None:
    assert not [c for c in run(extractor, text) if c.outcome in ("abducted", "detained")]


# --- missing: unseen, vanished, no word of them, their whereabouts unknown ---------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Fourteen herders have not been seen since the attack on Dako.", 14),
    ("Six fishermen vanished on the lake last week.", 6),
    ("Families have had no word of 23 miners since Sunday.", 23),
    ("The disappearance of 18 students alarmed their parents.", 18),
    ("The whereabouts of 16 detainees remain unknown.", 16),
    ("The fate of 40 hostages is unknown.", 40),
])
def test_people_missing(extractor: Extractor, text: str, value: int) -> None:
    assert outcomes(extractor, text, value) == ["missing"]


# --- displaced: driven or chased from their homes ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("The clashes drove 12,000 people from their homes.", 12000),
    ("The floods drove 2,500 families out of their villages.", 2500),
])
def test_people_driven_from_their_homes(extractor: Extractor, text: str, value: int) -> None:
    assert outcomes(extractor, text, value) == ["displaced"]


@pytest.mark.parametrize("text", [
    "Raiders strangled three guards at the depot.",
    "Fighters mowed down 22 worshippers.",
    "Armed men marched 35 schoolboys into the forest.",
    "Police picked up nine protesters.",
    "Soldiers threw 15 men in prison after the clash.",
    "The detention of 33 migrants at the border drew protests.",
    "They took more than 50 pupils from the dormitories.",
    "The clashes drove 12,000 people from their homes.",
    "Fourteen herders have not been seen since the attack.",
])
def test_the_relevance_pass_keeps_such_sentences(text: str) -> None:
    assert may_hold_figure(text)


# --- people taken by attackers out of where they live or travel, or forced into their vehicles -------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Bandits dragged 14 farmers from their homes in Dako.", 14),
    ("The gunmen took 31 students from their hostel at night.", 31),
    ("They took more than 50 pupils from the dormitories, the principal said.", 50),
    ("A driver was forced out of his cab by armed men on Friday.", 1),
    ("Militants bundled seven traders into their vehicles.", 7),
    ("Gunmen forced 10 worshippers into a truck and drove away.", 10),
    ("They took six travellers into the bush and burned the bus.", 6),
])
def test_people_seized_from_homes_or_forced_into_vehicles_are_abducted(extractor: Extractor, text: str,
                                                                        value: int) -> None:
    assert outcomes(extractor, text, value) == ["abducted"]


@pytest.mark.parametrize("text", [
    "Parents took 200 pupils from the school after the storm.",
    "They took 30 pupils from the school to the stadium.",
    "Police dragged 12 protesters from the square.",
    "Rescuers pulled 19 survivors from the rubble.",
    "They pulled 6 men from their cars and shot them dead.",
])
def test_people_taken_elsewhere_or_by_others_are_not_abducted(extractor: Extractor, text: str) -> None:
    assert "abducted" not in [c.outcome for c in run(extractor, text)]


def test_people_chased_from_their_land_are_displaced(extractor: Extractor) -> None:
    assert outcomes(extractor, "The raids chased 3,500 villagers from their land.", 3500) == ["displaced"]


# --- harms told by their end ("to death"), by a wound's place, or by a verb whose object is people -----------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("The militia put 9 captives to death near Orvan.", 9, "killed"),
    ("The crowd stoned a young woman to death in Kora.", 1, "killed"),
    ("Guards tortured 4 detainees to death.", 4, "killed"),
    ("The raiders slew 13 herders at the watering hole.", 13, "killed"),
    ("Eight passengers were incinerated when the bus was hit.", 8, "killed"),
    ("The bombing took the lives of 17 shoppers.", 17, "killed"),
    ("Fifteen people were stabbed at the market in Dako.", 15, "injured"),
    ("Five demonstrators were shot in the legs by police.", 5, "injured"),
    ("The mine blinded three herd boys.", 3, "injured"),
    ("Seven pupils sustained fractures in the stampede.", 7, "injured"),
])
def test_harms_told_by_end_wound_or_object(extractor: Extractor, text: str, value: int, want: str) -> None:
    assert outcomes(extractor, text, value) == [want]


@pytest.mark.parametrize(("text", "value"), [
    ("Three men were sentenced to death by a court in Kora.", 3),
    ("A court condemned 12 rebels to death.", 12),
])
def test_a_sentence_to_death_kills_no_one(extractor: Extractor, text: str, value: int) -> None:
    assert outcomes(extractor, text, value) == []


def test_a_wound_told_beside_the_death_is_no_injury(extractor: Extractor) -> None:
    claims = run(extractor, "A guard was shot in the leg and died later in hospital.")
    assert "injured" not in [c.outcome for c in claims]


# --- the victims' status noun under the noun of their harm -----------------------------------------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("The execution of 14 prisoners in Tesh drew protests.", 14, "killed"),
    ("The beheading of three hostages was filmed by the group.", 3, "killed"),
    ("The arrest of 25 refugees at the border was condemned.", 25, "detained"),
])
def test_the_noun_of_the_harm_over_the_victims_status(extractor: Extractor, text: str, value: int, want: str) -> None:
    assert outcomes(extractor, text, value) == [want]


def test_a_status_under_a_noun_of_no_harm_stays(extractor: Extractor) -> None:
    assert outcomes(extractor, "The release of 12 hostages was welcomed.", 12) == ["abducted"]


# --- custody: taken in by the state's forces, bundled into their vehicles; imprisoned -----------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Eleven students were taken in by police after the march.", 11),
    ("Forty traders were bundled into police vans.", 40),
    ("Two opposition leaders were imprisoned.", 2),
])
def test_taken_into_the_states_custody(extractor: Extractor, text: str, value: int) -> None:
    assert outcomes(extractor, text, value) == ["detained"]


def test_orphans_taken_in_by_relatives_are_not_detained(extractor: Extractor) -> None:
    assert run(extractor, "Nine orphans were taken in by relatives.") == []


# --- displaced: forced into camps --------------------------------------------------------------------------------


def test_people_forced_into_camps_are_displaced(extractor: Extractor) -> None:
    assert outcomes(extractor, "The war has forced 45,000 people into camps.", 45000) == ["displaced"]


# --- one person the relevance pass dropped: any noun under a harm or custody verb's passive -----------------------


@pytest.mark.parametrize(("text", "want"), [
    ("Another suspect was arrested in Kora on Monday.", "detained"),
    ("A second suspect was later picked up at his home.", "detained"),
    ("Another protester was shot in the leg.", "injured"),
    ("A fourth suspect was remanded in custody.", "detained"),
])
def test_one_person_under_a_passive_of_harm_or_custody(extractor: Extractor, text: str, want: str) -> None:
    assert may_hold_figure(text)
    assert outcomes(extractor, text, 1) == [want]


def test_someone_picked_up_by_a_boat_is_not_detained(extractor: Extractor) -> None:
    assert run(extractor, "A fisherman was picked up by a passing boat.") == []


# --- more phrasal harms, custody, the missing at sea, the displaced in camps or without shelter --------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("The raiders finished off four wounded guards.", 4, "killed"),
    ("The airstrike wiped out an entire family of seven.", 7, "killed"),
    ("Six herders were found hanged near the river.", 6, "killed"),
    ("Nine men were handed over to the police by the villagers.", 9, "detained"),
    ("Fourteen people have been held incommunicado since May.", 14, "detained"),
    ("Seventeen activists are languishing in jail.", 17, "detained"),
    ("Ten students were held in solitary confinement.", 10, "detained"),
    ("Twelve protesters were led away in handcuffs.", 12, "detained"),
    ("Twenty-five migrants are feared lost at sea.", 25, "missing"),
    ("About 4,500 people are living in makeshift camps.", 4500, "displaced"),
    ("The floods left 3,000 people without shelter.", 3000, "displaced"),
    ("Hundreds of families have moved out of the district.", 0, "displaced"),
])
def test_more_wordings_of_each_harm(extractor: Extractor, text: str, value: int, want: str) -> None:
    got = [c.outcome for c in run(extractor, text) if value == 0 or c.count.value == value]
    assert got == [want]


@pytest.mark.parametrize("text", [
    "About 500 soldiers are living in the camp.",
    "The storm left 200 people without power.",
    "The army handed over 12 child soldiers to UNICEF.",
    "The epidemic wiped out 300 cattle.",
    "The team finished off the job in 3 hours.",
])
def test_the_same_words_of_no_harm(extractor: Extractor, text: str) -> None:
    assert run(extractor, text) == []


# --- nominalisations: the noun of the harm with its victims as "of" complement -------------------------------------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("The kidnap of 19 pupils in Dako shocked the region.", 19, "abducted"),
    ("The imprisonment of 13 students was condemned.", 13, "detained"),
    ("The jailing of six reporters drew criticism.", 6, "detained"),
    ("The incarceration of 210 migrants was condemned by the agency.", 210, "detained"),
    ("The raid ended with the capture of 16 militants.", 16, "detained"),
])
def test_the_noun_of_the_harm_with_its_victims(extractor: Extractor, text: str, value: int, want: str) -> None:
    assert outcomes(extractor, text, value) == [want]


def test_a_compound_kidnap_noun_is_no_harm_of_its_own(extractor: Extractor) -> None:
    assert [c.outcome for c in run(extractor, "The kidnap gang killed 3 people in Kora.")] == ["killed"]


def test_a_dozen_joined_to_its_noun_as_a_compound_counts_people(extractor: Extractor) -> None:
    assert outcomes(extractor, "A dozen guards were locked up in Kora.", 12) == ["detained"]


# --- the relevance pass: one life claimed, one person found lifeless ----------------------------------------------


@pytest.mark.parametrize("text", [
    "The ambush claimed the life of a young medic.",
    "A herder was found lifeless near the well.",
])
def test_one_life_lost_is_kept_and_killed(extractor: Extractor, text: str) -> None:
    assert may_hold_figure(text)
    assert outcomes(extractor, text, 1) == ["killed"]


def test_a_life_of_no_harm_is_no_figure(extractor: Extractor) -> None:
    assert run(extractor, "She spent the rest of her life in 2 cities.") == []
