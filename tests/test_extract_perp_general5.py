"""Perpetrators found through the parse, fifth round: a passive "when" clause, a "when" clause hung on a
conjoined harm, a claimed killing, the lost doer of conjoined verbs, the other side of the victims' own
fight ("a firefight with X", "when they tried to repel X", "killed fighting X"), the side that repelled an
attack (for the attackers), "blaming X for their deaths", "by both sides", the speaker of a participle
("claimed the raid, saying it had killed N") and result verbs ("provoked the displacement of N").

Every sentence here is invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Perpetrator, Report

SUNDAY = date(2026, 3, 8)


@pytest.fixture
def ex(extractor: Extractor) -> Extractor:
    return extractor        # the session's extractor (tests/conftest.py)


def actor(ex: Extractor, text: str, value: int | None, outcome: str | None = None) -> Perpetrator | None:
    claims: list[Claim] = ex.extract(Report(id="t", text=text, published=SUNDAY))
    found = [c for c in claims if c.count.value == value and (outcome is None or c.outcome == outcome)]
    assert found, [(c.outcome, c.count.text) for c in claims]
    return found[0].perpetrator


@pytest.mark.parametrize(("text", "value", "outcome", "expected"), [
    # a "when" clause in the passive: its agent did the harm, for both conjoined figures
    ("Two guards were killed and four wounded when they were ambushed by armed men near Telo.", 2, "killed",
     "armed men"),
    ("Two guards were killed and four wounded when they were ambushed by armed men near Telo.", 4, "injured",
     "armed men"),
    # a "when" clause the parser hung on the second, elliptical harm sets the first too
    ("In the east, three policemen were killed and two others injured when gunmen attacked a checkpoint on "
     "Sunday, officials said.", 3, "killed", "gunmen"),
    # the other side of a firefight the victims fought
    ("The army said one soldier was missing after a firefight with the rebels near Kasso on Sunday.", 1, "missing",
     "the rebels"),
    # the victims' own fight: the side they fought
    ("Officials said four members of the village militia were among those killed when they tried to fight off "
     "the raiders.", 4, "killed", "the raiders"),
    ("Two soldiers were killed fighting militants near the border on Friday.", 2, "killed", "militants"),
    ("Five vigilantes died when they tried to repel an attack by bandits on the market.", 5, "killed", "bandits"),
    # attackers killed or held after the stated side beat back their attack
    ("According to the ministry, the soldiers repelled the assault, six attackers lost their lives and nine "
     "suspected gang members were detained.", 6, "killed", "the soldiers"),
    ("According to the ministry, the soldiers repelled the assault, six attackers lost their lives and nine "
     "suspected gang members were detained.", 9, "detained", "the soldiers"),
    # the lost doer of conjoined verbs (the first verb read as a participle, or as part of a noun)
    ("A gunman stabbed and killed a shopkeeper in the market.", 1, "killed", "A gunman"),
    ("On Monday a sniper shot and wounded two children near the school.", 2, "injured", "a sniper"),
    # "by both sides": the sides of the conflict together
    ("Local media reported that dozens of people had been abducted by both sides.", None, "abducted", "both sides"),
    # result verbs
    ("Since 2019, the violence attributed to armed groups has made more than 5,000 dead in the region and "
     "provoked the displacement of more than a million people.", 1000000, "displaced", "armed groups"),
])
def test_actor_found(ex: Extractor, text: str, value: int | None, outcome: str, expected: str) -> None:
    found = actor(ex, text, value, outcome)
    assert found is not None and found.text == expected


@pytest.mark.parametrize(("text", "value", "expected", "stance"), [
    # an actor claiming the killing itself
    ("The Vell Front claimed the killing of six police officers in the north last week.", 6, "The Vell Front",
     "claimed"),
    # the speaker of a participle set after the claim of the attack
    ("The Tesh Front claimed the raid on Friday, saying it had killed 12 police officers.", 12, "The Tesh Front",
     "claimed"),
    ("The rebel group claimed the ambush on Monday in a statement posted online, affirming to have killed more "
     "than 30 soldiers.", 30, "The rebel group", "claimed"),
    # blamed for "their deaths" beside the figure
    ("The ministry said on Wednesday that three police officers were killed on Tuesday as they deployed to "
     "separate the two sides, blaming armed gangs for their deaths.", 3, "armed gangs", "accused"),
])
def test_actor_and_stance(ex: Extractor, text: str, value: int, expected: str, stance: str) -> None:
    found = actor(ex, text, value)
    assert found is not None and (found.text, found.stance) == (expected, stance)


@pytest.mark.parametrize(("text", "value", "outcome"), [
    # a "when" clause whose agent is no actor
    ("Three soldiers were killed and two others wounded when their truck was hit by a roadside bomb.", 3, "killed"),
    # a firefight between two sides: the victims' side is not said
    ("Seven fighters died in a firefight between the two militias.", 7, "killed"),
    # a harm with its own cause takes nothing from the next clause's "when"
    ("Two soldiers died in a crash and three others were hurt when gunmen attacked a bus.", 2, "killed"),
])
def test_no_actor(ex: Extractor, text: str, value: int, outcome: str) -> None:
    assert actor(ex, text, value, outcome) is None


def test_repelling_side_is_not_the_actor_of_its_own_dead(ex: Extractor) -> None:
    text = "The soldiers repelled the assault on the base, but three soldiers lost their lives."
    assert actor(ex, text, 3, "killed") is None
