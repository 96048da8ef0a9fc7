"""Victims' categories and places (round 20): figures told by their amount alone, the men a body lost, where
the wounded were flown. Every sentence here is invented; the places are real so that they resolve."""

from __future__ import annotations

from datetime import date

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report

PUBLISHED = date(2026, 3, 4)


def category(extractor: Extractor, text: str, value: int) -> str:
    return one(run(extractor, text), value).victims.category


def places(extractor: Extractor, text: str, value: int) -> list[tuple[str, str | None]]:
    claims: list[Claim] = extractor.extract(Report(id="t", text=text, published=PUBLISHED))
    return [(p.country, p.admin1) for p in one(claims, value).places]


# --- an amount with no noun continues the figure of the sentence before ------------------------------------------

def test_an_amount_alone_takes_the_category_of_the_figure_before(extractor: Extractor) -> None:
    assert category(extractor, "Raiders overran the Tesh outpost on Monday, killing 20 soldiers. Another 14 soldiers "
                               "were hurt. At least six were still unaccounted for on Tuesday, an officer said.", 6) \
        == "state_forces"
    assert category(extractor, "Gunmen stormed the Orvan settlement and killed nine refugees. A further 27 have been "
                               "kidnapped, a relief worker said.", 27) == "civilians"
    assert category(extractor, "Twelve rebels died in the fighting near Kessa, the army said. Five were captured.",
                    5) == "non_state_fighters"


def test_an_amount_alone_after_a_total_of_people_stays_people(extractor: Extractor) -> None:
    assert category(extractor, "The fighting killed 40 people, including 12 soldiers. Six were missing.", 6) == "people"


# --- where the wounded were flown is not where they were hurt ----------------------------------------------------

def test_flown_by_helicopter_to_a_town_is_not_the_scene(extractor: Extractor) -> None:
    text = ("Raiders overran an army post near Djibo on Monday, killing 20 soldiers. Another 14 soldiers were hurt "
            "and flown by helicopter to Ouahigouya.")
    assert places(extractor, text, 14) == [("BF", "Sahel")]
    assert ("BF", "Nord") not in places(extractor, "Nine soldiers were hurt in an ambush near Djibo and were "
                                                   "carried by road to Ouahigouya.", 9)


# --- the men a side lost are that side's --------------------------------------------------------------------------

def test_the_men_a_named_side_lost_are_its_own(extractor: Extractor) -> None:
    assert category(extractor, "Vigilantes lost seven men in the fighting near Kessa, a village elder said.", 7) \
        == "state_forces"
    assert category(extractor, "Pro-government militiamen lost nine men near Orvan on Friday.", 9) == "state_forces"
    assert category(extractor, "The Tesh Liberation Front lost 20 men in the offensive, a local official said.", 20) \
        == "non_state_fighters"


# --- where the displaced went, and a country's name that names a river ----------------------------------------------

def test_the_place_holding_where_they_went_is_not_where_they_fled_from(extractor: Extractor) -> None:
    assert places(extractor, "About 8,000 people fled from Goma to Gisenyi in Rwanda on Sunday.", 8000) \
        == [("CD", "North Kivu")]


def test_a_river_named_after_a_country_is_not_that_country(extractor: Extractor) -> None:
    text = "Twelve people were killed in a raid on Gao, the Malian army said. The town lies on the Niger river."
    assert places(extractor, text, 12) == [("ML", "Gao")]


# --- "N others" after a list continues the whole list ----------------------------------------------------------------

def test_others_after_a_list_of_two_kinds_take_the_lists_category(extractor: Extractor) -> None:
    assert category(extractor, "Eleven soldiers and four civilians were killed, and 20 others were hurt.", 20) \
        == "people"
    assert category(extractor, "Nine rebels and four soldiers died, and 20 others were hurt.", 20) == "combatants"
    assert category(extractor, "Two soldiers and three policemen died and 12 others were hurt.", 12) \
        == "state_forces"


# --- a place of origin is not a civilian status; "its fighters" of an armed group named before ------------------------

def test_local_before_a_militia_is_no_civilian_status(extractor: Extractor) -> None:
    assert category(extractor, "Five local militia members were killed near Kessa on Sunday.", 5) != "civilians"


def test_its_fighters_after_an_armed_group_named_before_are_its_own(extractor: Extractor) -> None:
    text = ("A drone strike on a position of the Tesh Brigades armed group near Orvan killed three of its fighters "
            "overnight, two security sources said.")
    assert category(extractor, text, 3) == "non_state_fighters"


# --- fighters a state's forces killed are its opponents ----------------------------------------------------------------

def test_fighters_killed_by_a_states_forces_are_non_state(extractor: Extractor) -> None:
    assert category(extractor, "Troops killed 14 fighters in the forest near Orvan on Sunday, an officer said.", 14) \
        == "non_state_fighters"
    assert category(extractor, "Clashes between the army and the rebels killed 45 fighters from both sides.", 45) \
        == "combatants"


# --- holders of civil posts, and people called innocent, are civilians --------------------------------------------------

def test_civil_post_holders_and_innocent_people_are_civilians(extractor: Extractor) -> None:
    assert category(extractor, "Air strikes on Orvan killed at least 16 people, among them the town's mayor, and "
                               "wounded 52.", 1) == "civilians"
    assert category(extractor, "A lawmaker was killed when a bomb hit his car in Tesh.", 1) == "civilians"
    assert category(extractor, "The coalition said drone strikes had killed \"more than 500 innocent people\" in the "
                               "district.", 500) == "civilians"


# --- "N of them <noun>": the noun says what the N are --------------------------------------------------------------------

def test_the_noun_after_n_of_them_names_the_part(extractor: Extractor) -> None:
    text = "Raiders stormed Kessa and kidnapped at least 14 people, 11 of them children, a village elder said."
    assert category(extractor, text, 11) == "civilians"


# --- a part set after its total: "two women among them" ----------------------------------------------------------------

def test_a_part_after_its_total_with_among_them_takes_the_totals_category(extractor: Extractor) -> None:
    claims = run(extractor, "A strike on a flat in Orvan killed four members of one family, two women among them.")
    total, part = one(claims, 4), one(claims, 2)
    assert part.part_of == total.id
    assert part.victims.category == total.victims.category == "civilians"
