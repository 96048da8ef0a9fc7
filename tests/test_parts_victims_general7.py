"""Parts and victims, seventh round: general kinds that went wrong on text the extractor was not tuned on.

- an elliptical "N others" takes the category of the noun it continues: a single described person before
  it in its sentence ("A soldier was killed and two others wounded"), or the figure of the sentence before
  (also past a sentence that states no figure); not where that sentence counts groups of several kinds;
- a status adjective on the victims ("displaced", "abducted") is not the harm where a verb of another harm
  governs them: "23 displaced people were killed" is a killing of 23 (civilians), not a displacement;
- people held in prisons, health campaigners and local office holders are civilians; the names states give
  insurgents are non-state fighters;
- "the killing of N civilians, including M children": the parts belong to the figure the outcome noun's
  "of" states;
- "N of the wounded" stated far after the injured total (past quotes and asides) is a part of it, also
  where that total is an elliptical "others";
- "N of them" opening a sentence is a part of the figure the sentence before ends with, whatever befell
  the part;
- "the remaining N" is a part of the total the sentence's first part belongs to;
- a part is never larger than its total: it belongs to the latest earlier figure of that harm that holds it.

Every sentence here is invented (places, names and figures), written to show one general kind.
"""

from __future__ import annotations

import pytest

from test_extract_parts_general3 import ex, run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim

__all__ = ["ex"]        # the fixture, shared with the third round's tests


def one(claims: list[Claim], value: int | None, outcome: str) -> Claim:
    found = [c for c in claims if c.count.value == value and c.outcome == outcome]
    assert len(found) == 1, [(c.count.text, c.outcome, c.count.value, c.part_of) for c in claims]
    return found[0]


def by_id(claims: list[Claim], cid: str | None) -> Claim:
    return next(c for c in claims if c.id == cid)


# --- elliptical "others" ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("A border guard was killed and three others were wounded in the clash near Vask on Monday.", "state_forces"),
    ("A schoolteacher was shot dead and two others were hurt when gunmen fired on a bus near Orlo.", "civilians"),
])
def test_others_after_single_person(ex: Extractor, text: str, category: str) -> None:
    claims = run(ex, text)
    others = next(c for c in claims if c.outcome == "injured")
    assert others.victims.category == category, [(c.count.text, c.victims) for c in claims]


@pytest.mark.parametrize(("text", "value", "outcome", "category"), [
    ("At least 14 miners were killed on Tuesday when gunmen raided a gold site near Tambal. Six others were "
     "wounded and taken to the clinic in Sora.", 6, "injured", "civilians"),
    ("Police said nine farmers were killed by raiders on Friday near Kodo. The farmers had been returning from "
     "their fields. Four others are still missing.", 4, "missing", "civilians"),
    ('"We lost seven soldiers in the ambush," the colonel said. Five others were wounded, he added.', 5, "injured",
     "state_forces"),
])
def test_others_across_sentences(ex: Extractor, text: str, value: int, outcome: str, category: str) -> None:
    claims = run(ex, text)
    assert one(claims, value, outcome).victims.category == category, [(c.count.text, c.victims) for c in claims]


def test_others_after_mixed_groups_stay_people(ex: Extractor) -> None:
    claims = run(ex, "Officials said four policemen and three civilians were among those killed in Brama. "
                     "Twenty others were injured in the blast.")
    assert one(claims, 20, "injured").victims.category == "people"


# --- a status adjective under a harm verb -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Aid workers said 19 displaced people were killed when shells hit the camp at Dorsa on Friday.",
    "Elders said 19 displaced people were killed, seven of them children, in the shelling of Dorsa.",
])
def test_displaced_status_under_killing(ex: Extractor, text: str) -> None:
    claims = run(ex, text)
    assert not [c for c in claims if c.outcome == "displaced"], [(c.count.text, c.outcome) for c in claims]
    total = one(claims, 19, "killed")
    assert total.victims.category == "civilians"


# --- roles --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("At least 12 inmates were killed in a riot at the central prison of Velka on Sunday.", "people"),
    ("Three vaccinators were abducted by gunmen near Harun on Tuesday.", "civilians"),
    ("Police said a village councilman was shot dead by unknown gunmen in Marisol on Friday.", "civilians"),
    ("The army said troops killed 11 khwarij in an operation in the hills near Darra.", "non_state_fighters"),
])
def test_role_categories(ex: Extractor, text: str, category: str) -> None:
    claims = run(ex, text)
    assert claims and claims[0].victims.category == category, [(c.count.text, c.victims) for c in claims]


# --- "the killing of N ..., including M" ---------------------------------------------------------------------

def test_parts_of_an_outcome_nouns_figure(ex: Extractor) -> None:
    claims = run(ex, "In March the group recorded the killing of at least 210 civilians across the region, including "
                     "40 children and 25 women, the highest toll this year.")
    total = one(claims, 210, "killed")
    for v in (40, 25):
        part = one(claims, v, "killed")
        assert part.part_of == total.id and part.victims.category == "civilians"


# --- "N of the wounded" far from the total ---------------------------------------------------------------------

def test_of_the_wounded_far_back(ex: Extractor) -> None:
    text = ("At least 22 people were killed and 17 others wounded when raiders attacked herders near Lumo on Friday, "
            "an official said. The official said the raiders came at dawn. He said 11 children had also been "
            "abducted. \"They came with many guns. We could not stop them. They burned everything,\" he said. "
            "Elders met on Saturday. Roads were closed. Five of the wounded were flown to the city hospital on "
            "Sunday.")
    claims = run(ex, text)
    part = one(claims, 5, "injured")
    assert by_id(claims, part.part_of).count.value == 17


# --- "N of them" after the figure of the sentence before ---------------------------------------------------------

def test_of_them_continues_the_figure_before(ex: Extractor) -> None:
    claims = run(ex, "Investigators said the militia abducted at least 40 traders on the road to Pelo in May. "
                     "Six of them were later found dead, the report said.")
    total = one(claims, 40, "abducted")
    assert one(claims, 6, "killed").part_of == total.id


# --- "the remaining N" ---------------------------------------------------------------------------------------------

def test_remaining_is_a_part_of_the_same_total(ex: Extractor) -> None:
    claims = run(ex, "The inquiry found that 60 villagers were killed in the district between May and July. "
                     "It said 35 of the victims were killed by soldiers, while the remaining 25 were killed by "
                     "rebel fighters.")
    total = one(claims, 60, "killed")
    assert one(claims, 35, "killed").part_of == total.id
    assert one(claims, 25, "killed").part_of == total.id


# --- a part larger than its total --------------------------------------------------------------------------------

def test_part_never_exceeds_its_total(ex: Extractor) -> None:
    claims = run(ex, "The monitor said 260 civilians were killed in April across the country. Separately, 12 soldiers "
                     "died in an ambush near Tarn. Shelling accounted for 120 of the deaths, the monitor said.")
    total = one(claims, 260, "killed")
    part = one(claims, 120, "killed")
    assert part.part_of == total.id and part.victims.category == "civilians"
