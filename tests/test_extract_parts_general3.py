"""Parts of totals, third round (issue 12): a list set off by a comma after a total of people, a sentence
that opens "N of them ..." or "Among the <group> ...", and parts of a named sub-group stated before.

Every sentence here is invented (places, names and figures), written to show one general kind.
"""

from __future__ import annotations

from datetime import date

import pytest

from test_extract_parts_general import assert_parts, one
from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report

SUNDAY = date(2026, 3, 8)


@pytest.fixture
def ex(extractor: Extractor) -> Extractor:
    return extractor        # the session's extractor (tests/conftest.py): one model load for the whole run


def run(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=SUNDAY))


@pytest.mark.parametrize(("text", "total", "outcome", "parts"), [
    ("Officials said 120 people died, 70 in Tarsa and 50 in Ombo.", 120, "killed", (70, 50)),
    ("Stray gunfire left 45 people wounded across the district, 30 in Kamo, 9 in Dela and 6 in Birri.",
     45, "injured", (30, 9, 6)),
    ("Nearly 400 people have fled, about 250 to Sefa and 140 to the hills, the mayor said.", 400, "displaced",
     (250, 140)),
])
def test_comma_list_after_a_total_of_people(ex: Extractor, text: str, total: int, outcome: str,
                                            parts: tuple[int, ...]) -> None:
    assert_parts(run(ex, text), total, outcome, parts)


def test_comma_list_that_does_not_add_up_is_no_breakdown(ex: Extractor) -> None:
    claims = run(ex, "Officials said 120 people died, 70 in Tarsa and 40 in Ombo.")
    assert one(claims, 70, "killed").part_of is None


def test_list_of_specific_groups_is_not_a_total_and_parts(ex: Extractor) -> None:
    # "two soldiers" is not a total of the policeman and the civilian after it
    claims = run(ex, "The blast killed 2 soldiers, 1 policeman and 1 civilian.")
    assert all(c.part_of is None for c in claims)


@pytest.mark.parametrize("opener", ["29 of them", "Twenty-nine of them"])
def test_sentence_opening_n_of_them(ex: Extractor, opener: str) -> None:
    text = (f"A total of 47 people died in the clashes near Wuro. {opener} were fighters of the Lona militia "
            "and 18 were herders.")
    assert_parts(run(ex, text), 47, "killed", (29, 18))


def test_among_a_named_group_is_part_of_that_group(ex: Extractor) -> None:
    text = ("Artillery fire killed 61 people in Kessu last month. Of them, 44 were civilians and 17 were "
            "militia fighters. Among the civilians were five children and eight women.")
    claims = run(ex, text)
    civilians = one(claims, 44, "killed")
    assert one(claims, 5, "killed").part_of == civilians.id
    assert one(claims, 8, "killed").part_of == civilians.id


def test_among_a_group_the_figure_names(ex: Extractor) -> None:
    text = "The shelling killed 26 civilians, among them eight children. Among the children were three infants."
    claims = run(ex, text)
    assert one(claims, 3, "killed").part_of == one(claims, 8, "killed").id


def test_colon_list_after_a_total_counts_every_member(ex: Extractor) -> None:
    # the members after the first have no harm word of their own: they are counted like the first
    text = "Clinics in Rusa have treated 230 wounded patients since May: 120 women, 70 children and 40 men."
    assert_parts(run(ex, text), 230, "injured", (120, 70, 40))


@pytest.mark.parametrize("lead", [
    "The health office said the wounded were distributed as follows:",
    "The health office said the breakdown of the wounded was:",
])
def test_colon_list_after_a_named_group(ex: Extractor, lead: str) -> None:
    text = f"Shelling on Okar injured 19 people on Friday. {lead} 11 men, 5 women and 3 children."
    assert_parts(run(ex, text), 19, "injured", (11, 5, 3))


def test_status_noun_in_a_list_of_the_dead_is_dead(ex: Extractor) -> None:
    # "hostages" names who they were, not what befell them: the list is of the dead
    text = ("The strike killed 40 people, the ministry said. It said the breakdown of the dead was: "
            "31 hostages, 6 guards and 3 drivers.")
    claims = run(ex, text)
    assert_parts(claims, 40, "killed", (31, 6, 3))
    assert not [c for c in claims if c.outcome == "abducted"]


def test_dateline_is_no_part_of_the_actor(ex: Extractor) -> None:
    claims = run(ex, "KORVA - Armed herders raided the village of Nessa on Sunday, killing six farmers.")
    c = one(claims, 6, "killed")
    assert c.perpetrator is not None and c.perpetrator.text == "Armed herders"


def test_severely_injured_in_a_later_sentence_are_part_of_the_injured(ex: Extractor) -> None:
    text = ("More than 60 people were injured in the blast at the Ravo bus station. "
            "Two critically injured people were flown to the capital.")
    claims = run(ex, text)
    assert one(claims, 2, "injured").part_of == one(claims, 60, "injured").id


def test_injured_figure_without_severity_is_not_a_part(ex: Extractor) -> None:
    text = ("More than 60 people were injured in the blast at the Ravo bus station. "
            "In a separate attack, two people were injured in Sela.")
    claims = run(ex, text)
    assert one(claims, 2, "injured").part_of is None


def test_number_of_them_set_in_apposition(ex: Extractor) -> None:
    claims = run(ex, "The raid on Ulma killed 14 people, 11 of them civilians.")
    assert one(claims, 11, "killed").part_of == one(claims, 14, "killed").id


def test_severity_after_a_semicolon(ex: Extractor) -> None:
    claims = run(ex, "Some 70 people were wounded in Pesa; 12 are in critical condition.")
    assert one(claims, 12, "injured").part_of == one(claims, 70, "injured").id


def test_they_included(ex: Extractor) -> None:
    claims = run(ex, "At least 40 people were killed in Doma on Friday. They included 11 children.")
    assert one(claims, 11, "killed").part_of == one(claims, 40, "killed").id


def test_including_hung_on_the_event_noun_of_the_clause(ex: Extractor) -> None:
    # the parser makes "killed" a clause on "strikes" and hangs "including" on "strikes"
    text = ("KARSO, Nov 2 (Demo Wire) - Army air strikes killed at least 27 people across the valley on Saturday, "
            "including 11 in a single house in Dorra, health officials said.")
    claims = run(ex, text)
    assert one(claims, 11, "killed").part_of == one(claims, 27, "killed").id


def test_figures_among_a_counted_group(ex: Extractor) -> None:
    claims = run(ex, "Fourteen soldiers and three civilians were among the 17 people killed in the ambush near Lusa.")
    assert_parts(claims, 17, "killed", (14, 3))


def test_of_the_total(ex: Extractor) -> None:
    claims = run(ex, "A total of 2,400 people have fled Ombo. Of the total, 1,200 were women.")
    assert one(claims, 1200).part_of == one(claims, 2400, "displaced").id


def test_fronted_named_group_is_part_of_that_group(ex: Extractor) -> None:
    # the latest total is the civilians; "Of the soldiers" names the other figure
    text = ("Shelling killed 41 soldiers and 26 civilians in Kessu last month. "
            "Of the soldiers, 12 were killed in their barracks.")
    claims = run(ex, text)
    assert one(claims, 12, "killed").part_of == one(claims, 41, "killed").id
