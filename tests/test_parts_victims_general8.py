"""Parts and victims, eighth round: general kinds that went wrong on text the extractor was not tuned on.

- a number that is the subject or object of a verb of its own, conjoined with a harm verb, is not that harm
  where its verb is none ("50 were arrested and 30 have surrendered"); people freed are the abducted where
  their phrase says they had been taken ("rescued 11 people who had been abducted"); a gapped participle
  with a number ("40 were killed and 12 captured") is that number's harm;
- prisoners of war are a state's soldiers; persons called armed, with no side, are combatants; civilians
  counted together with fighters of both sides are people; members of a body named in the plural
  ("Guards members") take the body's status; members of a collective are civilians; clergy (prisoners and inmates: people, round 17),
  India's Maoist insurgents and "jawans" are named by their status;
- "raised to 12 the number of inmates killed": the victims are the "number of" noun;
- "since 2021 to 790" is no range: the year and the count are read apart;
- a clause's subject after a place name set off by a comma ("raids on Olo, six were killed") is a count,
  not the place's age;
- "480 casualties — 150 killed and 330 injured —": the total stays casualties and both are its parts;
- "Of those killed in May, 11 were ..., six were ..., and three were ...": every figure of the run is a part;
  a part whose days are those of an earlier total belongs to it, not to a running total stated between.

Every sentence here is invented (places, names and figures), written to show one general kind.
"""

from __future__ import annotations

import pytest

from test_extract_parts_general3 import ex, run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim

__all__ = ["ex"]


def one(claims: list[Claim], value: int | None, outcome: str | None = None) -> Claim:
    found = [c for c in claims if c.count.value == value and (outcome is None or c.outcome == outcome)]
    assert len(found) == 1, [(c.count.text, c.outcome, c.count.value, c.part_of) for c in claims]
    return found[0]


def by_id(claims: list[Claim], cid: str | None) -> Claim:
    return next(c for c in claims if c.id == cid)


# --- a verb of its own -------------------------------------------------------------------------------------

def test_surrendered_is_no_arrest(ex: Extractor) -> None:
    claims = run(ex, "During the same period, 50 rebels have been arrested and 30 have surrendered to the police.")
    assert one(claims, 50).outcome == "detained"
    assert not [c for c in claims if c.count.value == 30], [(c.count.text, c.outcome) for c in claims]


def test_rescued_are_the_abducted(ex: Extractor) -> None:
    claims = run(ex, "Troops killed four gunmen and rescued 11 people, including six children, who had been "
                     "abducted by the gang near Dorva.")
    assert one(claims, 11).outcome == "abducted"
    assert one(claims, 4).outcome == "killed"


def test_gapped_capture(ex: Extractor) -> None:
    claims = run(ex, "Since March, at least 40 Kessan Front members have been killed and 12 captured in army "
                     "operations in the hills, the brigade said.")
    assert one(claims, 12).outcome == "detained"
    assert one(claims, 40).outcome == "killed"


# --- categories ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("The army said it had freed 40 prisoners of war in a swap with Varan on Friday.", 40, "state_forces"),
    ("At least three armed men were killed in a gunfight between two armed groups near Tal.", 3, "combatants"),
    ("Tens of thousands of civilians, soldiers and rebels have been killed since the war began in 1990.", None,
     "people"),
    ("The Fifth Guards said seven Guards members were killed in the attack on their base near Oska.", 7,
     "state_forces"),
    ("Four members of a mothers' collective have been killed in the state since 2022.", 4, "civilians"),
    ("Police said six Maoists were killed in the gunfight near Kera.", 6, "non_state_fighters"),
    ("Police said two jawans were wounded in the gunfight near Kera.", 2, "state_forces"),
    ("Among the dead was an elderly pastor who was shot outside his church in Bono.", 1, "civilians"),
    ("Inmates said more than 30 prisoners had died in the riot at Vasa.", 30, "people"),
])
def test_status_words(ex: Extractor, text: str, value: int | None, category: str) -> None:
    assert one(run(ex, text), value).victims.category == category


def test_number_of_noun_after_the_count(ex: Extractor) -> None:
    claims = run(ex, "Authorities on Monday raised to 12 the number of inmates killed in the riot at the Vasa prison.")
    assert one(claims, 12).victims.category == "people"


def test_year_then_count_is_no_range(ex: Extractor) -> None:
    claims = run(ex, "The deaths bring the number of Kessans killed in the province since 2021 to 790, according "
                     "to the group.")
    assert one(claims, 790).outcome == "killed"


# --- parts -----------------------------------------------------------------------------------------------------

def test_casualties_split_by_a_dash(ex: Extractor) -> None:
    claims = run(ex, "The mission documented 480 civilian casualties — 150 killed and 330 injured — in 2024, most "
                     "of them caused by roadside bombs.")
    total = one(claims, 480)
    assert total.outcome == "casualties"
    assert one(claims, 150, "killed").part_of == total.id
    assert one(claims, 330, "injured").part_of == total.id


def test_fronted_run_after_a_place(ex: Extractor) -> None:
    claims = run(ex, "Kessa Watch documented the killing of 20 people in the province in May. Of those killed in May, "
                     "11 were shot during raids on Olo, six were killed in air strikes on homes, and three were "
                     "killed by gunmen.")
    total = one(claims, 20)
    assert [one(claims, v).part_of for v in (11, 6, 3)] == [total.id] * 3


def test_part_of_the_total_of_its_days(ex: Extractor) -> None:
    claims = run(ex, "Kessa Watch documented the killing of 20 people in the province in February. The deaths "
                     "bring the number of Kessans killed in the province since 2021 to 790. Of those killed in "
                     "February, 11 were shot during raids and nine were killed in air strikes.")
    total = one(claims, 20)
    assert one(claims, 11).part_of == total.id
    assert one(claims, 9).part_of == total.id


def test_fronted_run_whole_sentence(ex: Extractor) -> None:
    claims = run(ex, "The group documented the killing of 15 villagers by soldiers and militiamen in the hill district "
                     "in March, among them three children. Of those killed in March, eight were shot during army "
                     "raids on Kol, Tesh and Varo districts, four were killed in drone strikes on farms, and three "
                     "were killed by militiamen.")
    total = one(claims, 15)
    assert [one(claims, v, "killed").part_of for v in (8, 4)] == [total.id] * 2
