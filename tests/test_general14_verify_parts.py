"""Round 14 of general rules: what the report says of its figures (could not verify, verified, contested) and
which total a figure is part of. Every sentence and event here is invented; places and a few organisations named are real, the rest invented."""

from __future__ import annotations

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def ver(claims: list[Claim], value: int) -> str:
    return one(claims, value).verification


# --- could not verify ----------------------------------------------------------------------------------------

def test_not_yet_able_to_verify_is_unverified_not_verified(extractor: Extractor) -> None:
    claims = run(extractor, "The district commissioner reported a toll of 15 deaths in Tesh, which aid agencies "
                            "have not yet been able to verify.")
    assert ver(claims, 15) == "unverified"


def test_not_in_a_position_to_verify_either_figure(extractor: Extractor) -> None:
    text = ("The Kessa Front said its fighters had killed 37 soldiers near Tesh. "
            "The Daily Courier is not in a position to verify either of these figures.")
    assert ver(run(extractor, text), 37) == "unverified"


def test_neither_sides_figures_are_the_two_accounts_before(extractor: Extractor) -> None:
    text = ("The Kessa Front said it had killed 44 soldiers in the assault on the Tesh garrison. "
            "The army said it had lost six men. Neither side's figures could be independently verified.")
    claims = run(extractor, text)
    assert ver(claims, 44) == "unverified"
    assert ver(claims, 6) == "unverified"


def test_neither_one_sources_figures_nor_anothers_names_both(extractor: Extractor) -> None:
    text = ("Villagers said 26 people died when the drone hit the cattle market. "
            "A nurse at the clinic said 38 were wounded. Police later detained 14 traders in a separate raid. "
            "Neither the nurse's figures nor those of villagers could be independently verified.")
    claims = run(extractor, text)
    assert ver(claims, 26) == "unverified"
    assert ver(claims, 38) == "unverified"


# --- verified ------------------------------------------------------------------------------------------------

def test_a_toll_confirmed_by_the_reports_own_reporters_is_verified(extractor: Extractor) -> None:
    claims = run(extractor, "At least 17 people were killed in the blast, a toll confirmed by our reporters at "
                            "the Tesh district hospital.")
    assert ver(claims, 17) == "verified"


# --- contested -----------------------------------------------------------------------------------------------

def test_the_allegation_dismissed_is_the_sentence_that_alleged_it(extractor: Extractor) -> None:
    text = ("The Tesh Rights League alleged that a bomb hit a farming hamlet near Oru, killing 16 villagers. "
            "The league said a further 21 people had been taken to hospital. "
            "The air force dismissed the allegation.")
    claims = run(extractor, text)
    assert ver(claims, 16) == "disputed"


def test_that_claim_dismissed_in_the_clause_after_it_is_its_own_sentences(extractor: Extractor) -> None:
    claims = run(extractor, "A Kessa Front commander said his men had killed 60 government troops near Oru; the "
                            "defence ministry dismissed that claim as invented.")
    assert ver(claims, 60) == "disputed"


def test_contesting_the_police_version_disputes_the_police_figures(extractor: Extractor) -> None:
    text = ("Nineteen rebels were killed in a gunfight in the Oru forest, police said on Monday. "
            "The rebel movement contested the police version.")
    assert ver(run(extractor, text), 19) == "disputed"


def test_calling_it_a_fabrication_disputes_the_account_before(extractor: Extractor) -> None:
    text = ("The occupation authorities said a rocket strike on the Oru market killed nine people. "
            "Kessa's army called it a fabrication.")
    assert ver(run(extractor, text), 9) == "disputed"


def test_victims_described_as_fighters_are_a_contested_civilian_toll(extractor: Extractor) -> None:
    claims = run(extractor, "Villagers said soldiers killed 13 civilians in Oru in June; the regional administration "
                            "described those killed as rebel fighters.")
    assert ver(claims, 13) == "disputed"


def test_a_name_inside_what_the_figure_is_dismissed_as_is_not_its_owner(extractor: Extractor) -> None:
    text = ("The Oru Lawyers Group said an army air strike on the cattle market killed 33 civilians. "
            'An army spokesman rejected the figure as "Hamas propaganda".')
    assert ver(run(extractor, text), 33) == "disputed"


def test_a_figure_its_own_source_calls_likely_an_undercount_is_not_contested(extractor: Extractor) -> None:
    claims = run(extractor, "The Oru Monitor said gangs killed 2,417 people in 2025, figures which the group said "
                            "were likely an undercount.")
    assert ver(claims, 2417) != "disputed"


def test_accused_of_fabricating_events_contests_no_toll(extractor: Extractor) -> None:
    text = ("The governor said a drone strike killed 21 people in Oru. "
            "The Kessa Front accused the army of fabricating massacres.")
    assert ver(run(extractor, text), 21) != "disputed"


# --- parts of a total stated after them ----------------------------------------------------------------------

def part_of(claims: list[Claim], value: int) -> int | None:
    parent = one(claims, value).part_of
    return next((c.count.value for c in claims if c.id == parent), None) if parent else None


def test_parts_bringing_the_total_to_their_sum(extractor: Extractor) -> None:
    claims = run(extractor, "Eleven soldiers and 29 rebels were killed in the fighting near Oru, bringing the "
                            "total to 40, the army said.")
    assert part_of(claims, 11) == 40
    assert part_of(claims, 29) == 40


def test_a_sentence_opening_in_all_sums_the_sentence_before(extractor: Extractor) -> None:
    claims = run(extractor, "Seven people died in Oru and six in Tesh. In all, 13 people were killed in the "
                            "overnight strikes, the governor said.")
    assert part_of(claims, 7) == 13
    assert part_of(claims, 6) == 13


def test_a_toll_brought_up_by_an_increment_has_no_parts(extractor: Extractor) -> None:
    claims = run(extractor, "Three more people died in hospital on Tuesday, bringing the toll to 41, officials said.")
    assert part_of(claims, 3) is None
