"""Verification and parts (part_of) on kinds of sentence found by a battery of invented news paragraphs. Every
sentence, name and event here is invented; places are invented."""

from __future__ import annotations

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def _part_of(claims: list[Claim], value: int) -> int | None:
    c = one(claims, value)
    total = next((o for o in claims if o.id == c.part_of), None)
    return total.count.value if total is not None else None


def test_among_them_after_a_counted_subject_is_a_part_of_that_subject(extractor: Extractor) -> None:
    claims = run(extractor, "Attackers killed 27 people in Bolen district on Sunday. The council chairman said 19 of "
                            "the dead were from Kamur, among them a pregnant woman and four children from one family.")
    assert _part_of(claims, 4) == 19


def test_a_days_toll_with_its_own_among_them_list_is_no_part_of_the_running_total(extractor: Extractor) -> None:
    claims = run(extractor, "Fighting in the province has killed 400 people this year. On Sunday, 30 people were killed "
                            "in the town of Bara, among them six children, police said.")
    assert _part_of(claims, 30) is None
    assert _part_of(claims, 6) == 30


def test_a_person_listed_under_a_definite_group_is_a_part_of_the_earlier_total(extractor: Extractor) -> None:
    claims = run(extractor, "At least nine people were injured in the shooting, officials said. The injured, including "
                            "a 10-year-old boy, were taken to the district hospital.")
    boy = next(c for c in claims if "boy" in c.count.text)
    assert boy.part_of == one(claims, 9).id


def test_a_headline_toll_set_against_a_rival_where_the_body_restates_it_is_disputed(extractor: Extractor) -> None:
    claims = run(extractor, "Police say five killed in Tudun raid\n\nGunmen killed nine people in a raid on Tudun village "
                            "on Sunday, residents said.\n\nBut the police spokesman in the state, Musa Danladi, put the "
                            "casualty figure at five dead.")
    assert one(claims, 5).verification == "disputed"
    assert one(claims, 9).verification == "disputed"


def test_two_sources_tolls_set_against_each_other_in_one_sentence_are_disputed(extractor: Extractor) -> None:
    claims = run(extractor, "Police put the toll at six on Sunday, but residents said at least 15 people had been killed.")
    assert one(claims, 6).verification == "disputed"
    assert one(claims, 15).verification == "disputed"


def test_rival_tolls_that_give_no_days_are_disputed(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed nine people in a raid on Tudun village, residents said. However, police said "
                            "five people were killed.")
    assert one(claims, 9).verification == "disputed"
    assert one(claims, 5).verification == "disputed"


def test_could_not_verify_the_claim_refers_to_the_account_just_told_not_every_figure(extractor: Extractor) -> None:
    claims = run(extractor, "Police said three officers were wounded in the clash on Monday.\n\nSeparately, a village "
                            "chief said gunmen had killed 12 people in Oru on Sunday. \"Two more died later,\" he said. "
                            "The Daily Orbit could not verify the claim.")
    assert one(claims, 3).verification == "unknown"
    assert one(claims, 12).verification == "unverified"
    assert one(claims, 2).verification == "unverified"


def test_a_higher_toll_claimed_in_the_sentence_before_its_figure_disputes_the_reports_toll(extractor: Extractor) -> None:
    claims = run(extractor, "Four men were shot dead in a gunfight at the Tesh camp early Monday.\n\nCamp residents, "
                            "however, say the death toll is higher. \"Six people died,\" a community leader said.")
    assert one(claims, 4).verification == "disputed"


def test_figures_before_a_for_a_total_of_figure_that_add_up_to_it_are_its_parts(extractor: Extractor) -> None:
    claims = run(extractor, "Officials said 15 soldiers and 10 civilians were killed in the raid on Tuesday, for a "
                            "total of 25 deaths.")
    assert _part_of(claims, 15) == 25
    assert _part_of(claims, 10) == 25


def test_another_sources_real_toll_disputes_the_lower_one_before_it(extractor: Extractor) -> None:
    claims = run(extractor, "The UN said it had documented 300 civilian deaths in the month. Local groups said the real "
                            "toll was at least 500.")
    assert one(claims, 300).verification == "disputed"


def test_one_figure_of_a_colon_breakdown_closed_by_the_rest_is_a_part_of_the_total(extractor: Extractor) -> None:
    claims = run(extractor, "The attack killed 40 people: 25 at the mosque and the rest at the market.")
    assert _part_of(claims, 25) == 40


def test_a_toll_called_a_lie_by_a_rival_source_with_its_own_figure_is_disputed(extractor: Extractor) -> None:
    claims = run(extractor, "Police said 9 people were killed on Sunday. \"This is a lie, more than 30 people died,\" "
                            "said a village elder.")
    assert one(claims, 9).verification == "disputed"
