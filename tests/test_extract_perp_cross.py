"""Perpetrator rules checked across authors' styles: a relative clause on a named armed group, a "which X
blamed on Y" clause however parsed, a dateline that turns the doer into a participle's noun, agents
described only as unknown people, organisations in an actor's place, speakers who affirm their own
killing, and subjects of "lost their lives" (the victims, never the doer).

Every sentence here is invented (places, groups and people are made up).
"""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report

FRIDAY = date(2026, 4, 10)


@pytest.fixture
def ex(extractor: Extractor) -> Extractor:
    return extractor        # the session's extractor (tests/conftest.py)


def perp(ex: Extractor, text: str, value: int) -> tuple[str | None, str | None]:
    claims: list[Claim] = ex.extract(Report(id="t", text=text, published=FRIDAY))
    found = [c for c in claims if c.count.value == value]
    assert found, [(c.outcome, c.count.text) for c in claims]
    p = found[0].perpetrator
    return (p.text, p.stance) if p else (None, None)


@pytest.mark.parametrize(("text", "value", "expected"), [
    # a relative clause on a named group the attack is blamed on: the group, not the attack
    ("Officials blamed the raid on the Tessaro Liberation Army (TLA), which has killed more than 900 farmers "
     "since 2019.", 900, "Tessaro Liberation Army"),
    # "..., which residents blamed on X": the parser may read the relative clause as anything
    ("Medics said 27 people were killed in the assault, which survivors blamed on the Varn Brigades.", 27,
     "Varn Brigades"),
    # a dateline before the subject: "killed" is read as a participle on "Gang members", yet has an object
    ("VELMORA, Ostrava (Kite News) - Gang members killed at least 14 drivers on the coast road, police said.",
     14, "Gang members"),
    # an agent described only as unknown people
    ("A shopkeeper was stabbed to death by unidentified youths in Parrow on Monday, police said.", 1,
     "unidentified youths"),
    # an organisation the attacks are put down to
    ("Monitors recorded the deaths of 58 soldiers in ambushes attributed to the organization in the hills.",
     58, "the organization"),
    # the speaker affirms having done it (through a relative pronoun), or claims to have done it
    ("The raid was claimed by the Kessel Front, which affirms having killed 22 guards.", 22, "Kessel Front"),
    ("The Kessel Front claims to have killed 31 guards in the raid.", 31, "Kessel Front"),
    # "said it had done A and that it had killed N": the speaker of the joined clauses
    ("The Ostravan army said it had struck rebel depots and that it had killed 17 fighters.", 17,
     "Ostravan army"),
])
def test_actor_found(ex: Extractor, text: str, value: int, expected: str) -> None:
    found, _ = perp(ex, text, value)
    assert found is not None and expected in found


@pytest.mark.parametrize(("text", "value"), [
    # the subject of "lose" is the side that suffered the loss, never the doer
    ("The Ostravan army lost 12 soldiers in a raid near Dallo on Sunday, a spokesman said.", 12),
    ("The rebel brigade lost 40 fighters during the offensive on Dallo.", 40),
    # a gerund clause the parser hangs on the nearest noun ("a town held by X"): X did not set off the bombs
    ("On Monday, two bombs exploded at a rally in Sorrel, a town held by the armed group since March, "
     "killing at least 9 people.", 9),
    # an unknown cause is no actor
    ("At least 12 cattle herders died from unknown causes near Dallo, officials said.", 12),
])
def test_no_actor(ex: Extractor, text: str, value: int) -> None:
    assert perp(ex, text, value)[0] is None


def test_affirmed_killing_is_claimed(ex: Extractor) -> None:
    assert perp(ex, "The Kessel Front claims to have killed 31 guards in the raid.", 31)[1] == "claimed"


def test_blamed_relative_clause_is_accused(ex: Extractor) -> None:
    text = "Medics said 27 people were killed in the assault, which survivors blamed on the Varn Brigades."
    assert perp(ex, text, 27)[1] == "accused"
