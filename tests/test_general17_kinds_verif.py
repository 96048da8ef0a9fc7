"""Round 17 of general rules for source kinds and verification. Kinds: a role takes the kind of the body it is of
("a commander of the separatist militia", "the rebel group's spokesman"), a body the kind its description says
("a monitoring group", "the state news agency", "a local rights group" before its name), the state's services
(rescuers, firefighters, emergency and prison services, a district council), its armed services, aid workers,
police roles, doctors' bodies, and local notables (elders, chiefs, clerics); "he" after an unnamed person spoke
("A resident said ... He said 12 died"). Verification: a figure inside a denied clause, before ", which X denied",
"disputed by X" or "an undercount", or a claimed toll answered by "only N", is disputed; more wordings of
unverified ("has yet to be confirmed", "no official confirmation") and of the report's own check ("independently
confirmed", "was able to confirm"). Every sentence, name and event here is invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor


def kind(claims: list, value: int) -> str | None:
    c = one(claims, value)
    return c.source.kind if c.source else None


@pytest.mark.parametrize(("text", "value", "want"), [
    # a role of a body: the body's kind, not the role's
    ("A commander of the separatist militia said 20 soldiers died in the fighting.", 20, "armed_group"),
    ("The rebel group's spokesman, Jon Orvan, said 15 of its fighters had been killed.", 15, "armed_group"),
    ("Jon Orvan, a spokesman for the Kessa Liberation Movement, said 22 fighters were killed.", 22, "armed_group"),
    ("Jon Orvan, the district police commander, said 5 suspects were arrested.", 5, "government"),
    ("Jon Orvan, head of the Tesh Doctors Union in Kessa, said 60 people were killed.", 60, "medical"),
    ("A member of the local council said 10 people were killed in the raid.", 10, "government"),
    # a body described by the words before its generic noun or its name
    ("A monitoring group said 60 civilians had been killed since January.", 60, "monitor"),
    ("The state news agency said 29 people were killed in the blast.", 29, "media"),
    ("A local radio station reported that 34 people were abducted.", 34, "media"),
    ("Local rights group Tesh Watch Forum said 31 people were detained.", 31, "ngo"),
    # the state's services and armed services
    ("Rescuers said 23 people were missing after the strike.", 23, "government"),
    ("Firefighters said 4 people died in the blaze that followed the bombing.", 4, "government"),
    ("Emergency services said 6 people were injured in the blast.", 6, "government"),
    ("The prison service said 12 inmates were killed in the riot.", 12, "government"),
    ("The navy said 200 migrants were missing after the boat sank.", 200, "military"),
    ("A Western diplomat said 300 people were detained in the crackdown.", 300, "government"),
    # aid workers, national Red Crescent, local notables
    ("Aid workers said 200 families had fled the town.", 200, "ngo"),
    ("Jon Orvan, an aid worker in the camp, said 500 families had fled.", 500, "ngo"),
    ("The Kessa Red Crescent said 51 people were wounded.", 51, "medical"),
    ("A traditional ruler in the area said 18 people were abducted.", 18, "other"),
    ("A church leader said 6 worshippers were killed.", 6, "other"),
    ("The village chief told reporters that 19 people had been killed.", 19, "other"),
    ("Father Jon Orvan, the parish priest, said 11 worshippers died.", 11, "other"),
    ("Camp leaders said 400 people had arrived after fleeing the fighting.", 400, "other"),
    ("Local elders said 30 people were killed in the air strike.", 30, "other"),
])
def test_a_source_has_the_kind_its_words_describe(extractor: Extractor, text: str, value: int, want: str) -> None:
    assert kind(run(extractor, text), value) == want


def test_a_leader_of_civil_society_stays_an_ngo_while_a_camp_leader_is_a_notable(extractor: Extractor) -> None:
    claims = run(extractor, "Civil society leaders in Kessa said 23 people were killed. Camp leaders said 400 people "
                            "had arrived after fleeing the fighting.")
    assert kind(claims, 23) == "ngo"
    assert kind(claims, 400) == "other"


@pytest.mark.parametrize(("text", "value"), [
    ("The government denied that 200 people had been detained.", 200),
    ("The army denied that its troops had killed 14 villagers in Kessa.", 14),
    ("The militia claimed to have killed 45 soldiers, which the army denied.", 45),
    ("The authorities said 5 people died, a figure contested by rights groups.", 5),
])
def test_a_figure_denied_in_its_own_sentence_is_disputed(extractor: Extractor, text: str, value: int) -> None:
    assert one(run(extractor, text), value).verification == "disputed"


def test_a_rival_figure_after_the_denial_is_not_the_denied_one(extractor: Extractor) -> None:
    claims = run(extractor, "The authorities said 5 people died, a figure contested by rights groups who say at "
                            "least 40 were killed.")
    assert one(claims, 5).verification == "disputed"
    assert one(claims, 40).verification != "disputed"


def test_a_figure_outside_the_denied_clause_is_not_disputed(extractor: Extractor) -> None:
    claims = run(extractor, "Police denied that officers had opened fire, saying 3 people died in a stampede, and "
                            "denied that 9 were hurt.")
    assert one(claims, 3).verification != "disputed"
    assert one(claims, 9).verification == "disputed"


def test_a_toll_said_to_be_an_undercount_is_disputed(extractor: Extractor) -> None:
    claims = run(extractor, "The UN said 1,200 people had been killed in Kessa since April, a toll that rights groups "
                            "say is a vast undercount.")
    assert one(claims, 1200).verification == "disputed"


def test_a_toll_disputed_by_a_party_is_disputed_but_not_the_partys_own(extractor: Extractor) -> None:
    claims = run(extractor, "The toll of 44 given by the ministry was disputed by local leaders, who said more than "
                            "100 died.")
    assert one(claims, 44).verification == "disputed"
    assert one(claims, 100).verification != "disputed"


def test_a_claimed_toll_answered_by_only_n_is_disputed(extractor: Extractor) -> None:
    claims = run(extractor, "Militants claimed to have killed 50 soldiers near Kessa. The defence ministry said only "
                            "6 soldiers died.")
    assert one(claims, 50).verification == "disputed"
    assert one(claims, 6).verification != "disputed"


@pytest.mark.parametrize(("text", "want"), [
    ("A resident of Kessa, who asked not to be named, said gunmen arrived at dawn. He said 12 people were killed.",
     "witness"),
    ("A police official said the attack on Tesh began at dawn. He said 12 people were killed.", "government"),
    ("One survivor told reporters the boat capsized at night. She said 12 passengers were missing.", "witness"),
])
def test_he_or_she_is_the_unnamed_person_who_spoke_before(extractor: Extractor, text: str, want: str) -> None:
    assert kind(run(extractor, text), 12) == want


@pytest.mark.parametrize(("text", "value"), [
    ("Residents of Kessa said 20 people were killed. There was no official confirmation of the toll.", 20),
    ("Activists said 31 protesters were killed in Tesh, a figure that has yet to be confirmed.", 31),
    ("The group said 14 soldiers died, a claim that is yet to be verified by independent sources.", 14),
    ("Local media reported 9 deaths in Kessa, which could not be independently established.", 9),
    ("Witnesses said 16 were killed in Tesh, but the toll could not be independently ascertained.", 16),
])
def test_more_ways_of_saying_a_figure_is_unverified(extractor: Extractor, text: str, value: int) -> None:
    assert one(run(extractor, text), value).verification == "unverified"


@pytest.mark.parametrize(("text", "value"), [
    ("Tesh Wire independently confirmed that 12 people were killed in Kessa, speaking to hospital staff.", 12),
    ("Tesh Wire was able to confirm 15 of the deaths in Kessa through hospital records.", 15),
])
def test_the_report_confirming_a_figure_itself_verifies_it(extractor: Extractor, text: str, value: int) -> None:
    assert one(run(extractor, text), value).verification == "verified"



@pytest.mark.parametrize(("text", "value", "want"), [
    ("An internal army report seen by Tesh Wire said 18 soldiers died in Kessa.", 18, "military"),
    ("A police report obtained by the newspaper said 7 officers were injured in Kessa.", 7, "government"),
])
def test_a_report_is_its_authors_not_the_one_who_saw_it(extractor: Extractor, text: str, value: int,
                                                          want: str) -> None:
    assert kind(run(extractor, text), value) == want
