"""Parts of totals, sixth round: general kinds that went wrong on text the extractor was not tuned on.

- a fronted "Of the wounded," that the parser loses (taking "Of" for the root): every figure of the
  sentence is a part of the injured total, none a part of another;
- "N of whom were dead on arrival / died" within a total of another harm: a death, part of that total;
  "the dead" named after it are those N;
- "among them X and N Y" after a verb's object: both members are parts of the object's figure;
- "14 were wounded, six of them women" where the parser hangs the noun on the verb: a part;
- a counted list set off by a comma after a figure ("13 bodies so far, eight soldiers and five
  civilians"): figures of the same harm, and the parts of the total they add up to;
- a severity subset in intensive care is a part of the injured figure;
- a figure the report gives as replaced ("had initially reported 14") is neither a part of the later toll
  nor what "the dead" stated after other figures refer to; in the account that runs straight on from
  it, it still is;
- a relative "of whom" / "of them" belongs to the figure before it in its own sentence;
- a sum of later figures matches the whole total where the total's own sentence names a subset
  ("including six children").

Every sentence here is invented (places, names and figures), written to show one general kind.
"""

from __future__ import annotations

import pytest

from test_extract_parts_general3 import ex, run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim

__all__ = ["ex"]        # the fixture, shared with the third round's tests


def one(claims: list[Claim], value: int | None, outcome: str, text: str | None = None) -> Claim:
    found = [c for c in claims if c.count.value == value and c.outcome == outcome
             and (text is None or text in c.count.text)]
    assert len(found) == 1, [(c.count.text, c.outcome, c.count.value, c.part_of) for c in claims]
    return found[0]


# --- a fronted "Of the wounded," the parser loses ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gunmen killed 11 villagers and wounded 8 in Tormel on Friday. Of the wounded, three are children, and two "
    "remain in critical condition.",
    "A rocket killed 6 farmers and injured 15 near Ardo on Friday. Of the injured, four are girls, and five remain "
    "in serious condition.",
])
def test_lost_fronted_group_parts(ex: Extractor, text: str) -> None:
    claims = run(ex, text)
    total = next(c for c in claims if c.outcome == "injured" and c.part_of is None)
    parts = [c for c in claims if c.outcome == "injured" and c is not total]
    assert len(parts) == 2 and all(p.part_of == total.id for p in parts), [(c.count.text, c.part_of) for c in claims]


# --- "N of whom were dead on arrival" within casualties ---------------------------------------------------

def test_deaths_of_whom_within_casualties(ex: Extractor) -> None:
    claims = run(ex, "Since Thursday the clinic in Marsa has received 64 casualties, 12 of whom were dead on arrival "
                     "or died soon after. Among the dead were three nurses from the district.")
    total = one(claims, 64, "casualties")
    dead = one(claims, 12, "killed")
    assert dead.part_of == total.id
    assert one(claims, 3, "killed").part_of == dead.id


# --- "among them X and N Y" -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "total", "member"), [
    ("Militants abducted 12 people, among them a priest and three nurses, in Dolo.", 12, 3),
    ("Gunmen kidnapped 26 travellers, among them a local ruler and five traders, on the road to Asso.", 26, 5),
])
def test_among_them_members(ex: Extractor, text: str, total: int, member: int) -> None:
    claims = run(ex, text)
    whole = one(claims, total, "abducted")
    assert one(claims, member, "abducted").part_of == whole.id
    assert one(claims, 1, "abducted").part_of == whole.id


# --- "14 were wounded, six of them women" --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "total", "part"), [
    ("A health official in Pema said 16 people were injured, five of them women, and were taken to the district "
     "hospital.", 16, 5),
    ("A doctor in Tirra said 21 people were wounded, eight of them children, and were being treated at the "
     "hospital.", 21, 8),
])
def test_of_them_on_verb(ex: Extractor, text: str, total: int, part: int) -> None:
    claims = run(ex, text)
    assert one(claims, part, "injured").part_of == one(claims, total, "injured").id


# --- a counted list set off by a comma after a figure -----------------------------------------------------

@pytest.mark.parametrize("text", [
    '"We have recovered 17 bodies so far, ten soldiers and seven civilians," he told reporters in Pelo.',
    "Rescuers had found 17 bodies by noon, ten soldiers and seven civilians, the governor said.",
])
def test_comma_list_after_figure(ex: Extractor, text: str) -> None:
    claims = run(ex, text)
    total = one(claims, 17, "killed")
    soldiers, civilians = one(claims, 10, "killed"), one(claims, 7, "killed")
    assert soldiers.part_of == total.id and civilians.part_of == total.id
    assert soldiers.victims.category == "state_forces" and civilians.victims.category == "civilians"


# --- intensive care --------------------------------------------------------------------------------------

def test_intensive_care_subset(ex: Extractor) -> None:
    claims = run(ex, '"We admitted 33 wounded people on Friday. Two more died overnight and five others remain in '
                     'the intensive care unit," said a doctor in Vessa.')
    assert one(claims, 5, "injured").part_of == one(claims, 33, "injured").id


# --- a replaced figure -----------------------------------------------------------------------------------

def test_replaced_figure_not_referent(ex: Extractor) -> None:
    claims = run(ex, "The toll from Friday's strike on an apartment block in Tirel has risen to 31, including nine "
                     "children, the health office said on Sunday. The office had initially reported 18 dead on Friday "
                     "night. It said 52 people were wounded and at least six were still missing. The army said it "
                     "had hit a depot. A neighbour, Omar Sade, said the block housed displaced families. \"My "
                     "brother's wife and her three sons are among the dead,\" he said.")
    total = one(claims, 31, "killed")
    assert one(claims, 18, "killed").part_of is None
    assert one(claims, 3, "killed").part_of == total.id


def test_replaced_figure_in_running_account(ex: Extractor) -> None:
    claims = run(ex, "The number of people killed in Tuesday's blast at a bus station in Kerro has risen to 15, "
                     "officials said on Wednesday. Police had earlier put the toll at eleven dead and 30 injured. "
                     "Speaking at the scene on Tuesday, a police spokesman said the dead included three drivers.")
    assert one(claims, 3, "killed").part_of == one(claims, 11, "killed").id


# --- "of whom" belongs to the figure before it in its sentence ---------------------------------------------

def test_of_whom_in_own_sentence(ex: Extractor) -> None:
    claims = run(ex, "Rebels killed 12 soldiers at a base near Orsa on Monday, the army said. Raids by armed groups "
                     "killed at least 410 people in the region last year, of whom 230 were police officers, "
                     "according to a research centre.")
    assert one(claims, 230, "killed").part_of == one(claims, 410, "killed").id


# --- a later breakdown of a total whose own sentence names a subset ----------------------------------------

def test_breakdown_beside_subset(ex: Extractor) -> None:
    claims = run(ex, "Jets bombed a market in Sarn on Sunday, killing 25 people, including eight children, a medic "
                     "said. He said rescuers had pulled 19 bodies from the rubble by Monday and that six more "
                     "victims had died in hospital.")
    total = one(claims, 25, "killed")
    assert one(claims, 19, "killed").part_of == total.id
    assert one(claims, 6, "killed").part_of == total.id
