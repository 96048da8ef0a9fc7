"""The harm's days on unseen kinds of sentence: the day of what was done for the dead and wounded, a
day named back with "that day", a day closing the harm's clause before a trailing attribution, a
statement's day fronted or away from its verb, background and cumulative figures. Sentences, names and
events are invented for these tests.

The spec (claims.md, Time): the days the harm happened, not the day it was reported or the bodies were found.
"""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report

THURSDAY = date(2025, 6, 12)   # Sunday = 8 June, Monday = 9, Tuesday = 10, Wednesday = 11


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def run(ex: Extractor, text: str, published: date = THURSDAY) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=published))


def one(claims: list[Claim], value: int) -> Claim:
    found = [c for c in claims if c.count.value == value]
    assert len(found) == 1, [(c.outcome, c.count.text) for c in claims]
    return found[0]


def days(c: Claim) -> tuple[str | None, str | None]:
    if c.time is None:
        return (None, None)
    return (c.time.start and c.time.start.isoformat(), c.time.end and c.time.end.isoformat())


SUNDAY = ("2025-06-08", "2025-06-08")


# --- the day of a burial, of bodies found, of the wounded taken in ------------------------------------

def test_burial_day_is_not_the_harm_day(ex: Extractor) -> None:
    claims = run(ex, "Raiders attacked the hamlet of Dorowa late on Sunday. "
                     "\"We buried eleven people on Tuesday morning,\" a farmer said.")
    assert days(one(claims, 11)) == SUNDAY


def test_bodies_recovered_day_passes_no_day_on(ex: Extractor) -> None:
    claims = run(ex, "A landslide of rubble after the bombing of the Velmar market on Sunday buried shops. "
                     "Rescuers recovered six bodies on Wednesday, officials said. "
                     "Four more people were wounded, a nurse said.")
    assert days(one(claims, 6)) == SUNDAY
    assert days(one(claims, 4)) == SUNDAY


def test_wounded_received_overnight_takes_the_attack_day(ex: Extractor) -> None:
    claims = run(ex, "Gunmen stormed a guesthouse in Kismaro on Sunday, killing 8 people. "
                     "The city's main clinic received 22 wounded people overnight, its director said.")
    assert days(one(claims, 22)) == SUNDAY


def test_killed_on_a_day_then_buried_keeps_the_killing_day(ex: Extractor) -> None:
    claims = run(ex, "Villagers buried the 9 farmers killed on Monday in the fields of Ushaka.")
    assert days(one(claims, 9)) == ("2025-06-09", "2025-06-09")


# --- "that day", "that morning" --------------------------------------------------------------------

def test_that_day_is_the_day_last_named(ex: Extractor) -> None:
    claims = run(ex, "Fighters swept through four villages near Tamarit on the morning of June 3. "
                     "Elders there say at least 27 people were killed that day. "
                     "In one of the villages raided that morning, residents buried 5 people in one grave.")
    assert days(one(claims, 27)) == ("2025-06-03", "2025-06-03")
    assert days(one(claims, 5)) == ("2025-06-03", "2025-06-03")


# --- a day closing the harm's clause before the attribution ---------------------------------------

def test_day_before_trailing_attribution_is_the_harms(ex: Extractor) -> None:
    claims = run(ex, "Mortar fire killed 14 people, among them three children, in a camp outside Ravenna Wells "
                     "on Sunday, the Harrow Medical Union, a volunteer group, said in a statement on Monday.")
    assert days(one(claims, 14)) == SUNDAY


def test_over_the_weekend_after_a_clause_is_the_past_weekend(ex: Extractor) -> None:
    claims = run(ex, "The Lantern Hospital received 31 wounded people over the weekend after rockets struck "
                     "a bus station in Merrow, the charity said today.", date(2025, 6, 10))
    assert days(one(claims, 31)) == ("2025-06-07", "2025-06-08")


# --- a statement's day, fronted ------------------------------------------------------------------------

def test_fronted_statement_day_is_not_the_harms(ex: Extractor) -> None:
    claims = run(ex, "Gunmen attacked the farming village of Oboro on Sunday night. "
                     "On Tuesday, the district police had put the toll at 15, saying 6 others were injured.")
    assert days(one(claims, 6)) == SUNDAY


def test_day_of_a_posted_message_is_not_the_harms(ex: Extractor) -> None:
    claims = run(ex, "Insurgents attacked an army outpost near Tessit on Sunday. "
                     "In a message posted on its channels on Tuesday, the Dune Front claimed it had killed 40 soldiers.")
    assert days(one(claims, 40)) == SUNDAY


def test_that_same_day_refers_to_the_statements_day(ex: Extractor) -> None:
    claims = run(ex, "Gunmen attacked the market of Ikota on Sunday. In a release signed on Tuesday, the army "
                     "said troops had raided a hideout near Ikota that same day, killing 9 gunmen.")
    assert days(one(claims, 9)) == ("2025-06-10", "2025-06-10")


def test_since_phrase_opening_the_sentence_is_not_a_statements_day(ex: Extractor) -> None:
    claims = run(ex, "Since the uprising in the hills began in March 2021, the monitor has recorded 3,100 "
                     "reported deaths in the region.")
    assert days(one(claims, 3100))[0] == "2021-03-01"


# --- a date describing a body -------------------------------------------------------------------------

def test_year_a_group_was_formed_is_not_the_harms(ex: Extractor) -> None:
    claims = run(ex, "The Saffron Hand, a militant group founded in 2014 that the government calls a terrorist "
                     "organisation, said its fighters had killed 6 police officers on Sunday.")
    assert days(one(claims, 6)) == SUNDAY


# --- a war's running toll -----------------------------------------------------------------------------

def test_cumulative_toll_does_not_take_the_incidents_day(ex: Extractor) -> None:
    claims = run(ex, "Rebels killed 8 villagers in Marenga district on Sunday, local sources said. "
                     "The northern province has faced an armed rebellion since March 2019. "
                     "The conflict has already killed about 4,000 people, according to a monitoring group.")
    assert days(one(claims, 8)) == SUNDAY
    assert days(one(claims, 4000))[0] != "2025-06-08"
