"""Time, round 19. Every sentence, name and place here is invented (places may be real).

The dead's days are the days they died, not the days they were hurt: "a man died of wounds he had sustained
earlier this month" (the wounds' days: the account's day stands), "a farmer shot by soldiers in March died on
Monday" (Monday). Where the hurt and the death are told of different figures ("Two people were wounded in shelling
on Sunday and one of them died on Monday") each keeps its own day, and a toll brought up by the deaths keeps the
attack's day.
"""

from __future__ import annotations

from datetime import date

from test_extract_source_general3 import one
from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report


def run(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=date(2026, 6, 12)))


def days(ex: Extractor, text: str, value: int, outcome: str = "killed") -> tuple[str | None, str | None]:
    c = one([c for c in run(ex, text) if c.outcome == outcome], value)
    t = c.time
    if t is None:
        return (None, None)
    return (t.start.isoformat() if t.start else None, t.end.isoformat() if t.end else None)


def test_the_wounds_days_are_not_the_deaths(extractor: Extractor) -> None:
    assert days(extractor, "Gunmen opened fire on a bus in Homs on Tuesday, killing three people. A man died of wounds "
                           "he had sustained earlier this month in a shooting in the same city.", 1) == (
        "2026-06-09", "2026-06-09")
    assert days(extractor, "A farmer shot by soldiers in March died on Monday, his family said.", 1) == (
        "2026-06-08", "2026-06-08")
    assert days(extractor, "A driver hurt in last month's bombing in Quetta died in hospital on Wednesday, officials "
                           "said.", 1, "injured") != ("2026-05-01", "2026-05-31")


def test_hurt_and_dead_told_apart_keep_their_days(extractor: Extractor) -> None:
    text = "Two people were wounded in shelling on Sunday and one of them died on Monday."
    assert days(extractor, text, 2, "injured") == ("2026-06-07", "2026-06-07")
    assert days(extractor, text, 1) == ("2026-06-08", "2026-06-08")
    assert days(extractor, "Two more people succumbed to wounds sustained in the June 3 attack, bringing the toll "
                           "to 14.", 14) == ("2026-06-03", "2026-06-03")


def test_a_numbered_paragraphs_number_is_no_sentence(extractor: Extractor) -> None:
    from vigil.extract.sentences import split_sentences
    texts = [s.text for s in split_sentences("Statement\n\n1. On Monday 1 June, a patrol was attacked near Tesh.\n\n"
                                             "2. As a result, two soldiers died.")]
    assert texts == ["Statement", "On Monday 1 June, a patrol was attacked near Tesh.", "As a result, two soldiers died."]


def test_a_headline_figure_takes_the_day_of_the_numbered_account(extractor: Extractor) -> None:
    text = ("Kessia: two soldiers killed, four wounded in ambush, army says\n\n"
            "ORVAN, June 2 — The army on Tuesday released the following communiqué on the attack. The text is "
            "reproduced in full:\n\nCOMMUNIQUE No. 19\n\n"
            "1. On Monday 1 June 2026, a patrol near the village of Tesh was attacked by armed men.\n\n"
            "2. As a result of the attack, Sergeant Aro Tesh and Corporal Kessa Obi gave their lives, and four (04) "
            "members of the patrol were wounded.")
    c = one(run(extractor, text), 2)
    assert c.time is not None and c.time.start is not None and c.time.start.isoformat() == "2026-06-01"


def test_the_hours_to_a_day_are_that_day_and_the_ones_before(extractor: Extractor) -> None:
    assert days(extractor, "In the 24 hours to Thursday morning, 48 people were killed in Gaza, the ministry said.",
                48) == ("2026-06-10", "2026-06-11")
    assert days(extractor, "Russian strikes killed 12 civilians in the 48 hours to Wednesday, officials said.",
                12) == ("2026-06-08", "2026-06-10")


def test_a_running_count_of_the_year_keeps_the_year(extractor: Extractor) -> None:
    text = "The violence has killed 300 people this year. Last week, gunmen killed nine villagers in Tora."
    assert days(extractor, text, 300) == ("2026-01-01", "2026-12-31")
    assert days(extractor, text, 9) == ("2026-06-01", "2026-06-07")



def test_a_war_that_began_when_something_happened_in_a_month(extractor: Extractor) -> None:
    """"The war, which escalated when X intervened in March 2015, has killed N": the toll runs from that
    month (start only), as with "which began in March 2015"."""
    assert days(extractor, "The conflict, which escalated when the army launched an offensive in March 2021, has "
                           "killed more than 6,000 people.", 6000) == ("2021-03-01", None)
    assert days(extractor, "The insurgency, which started with a raid on a police post in 2017, has killed at least "
                           "4,000 civilians, according to the group.", 4000) == ("2017-01-01", None)
    assert days(extractor, "The fighting, which erupted after the election in December 2023, has displaced 300,000 "
                           "people.", 300000, "displaced") == ("2023-12-01", None)
    # (not a clause that tells no beginning of the harming)
    assert days(extractor, "Rebels, who attacked when the garrison withdrew in May, killed 12 soldiers.", 12) == (
        "2026-05-01", "2026-05-31")


def test_the_fighting_days_told_after_a_figure_not_the_day_troops_set_out(extractor: Extractor) -> None:
    """A lead's figure the report dates only further on: the days the fighting ran ("Shooting began on Saturday
    and went on until Sunday, the note said", its closing attribution not making the day a statement's), not the
    day a force set out or was deployed."""
    text = ("Twelve rebels were killed in a gunfight in Kanker district, police said on Friday. One constable was "
            "killed and two others were injured.\n\nAccording to a police note, a joint team had set out on Monday "
            "night on information about rebels in the area. Firing began on Tuesday morning and continued "
            "intermittently until Wednesday afternoon, the note said.")
    assert days(extractor, text, 12) == ("2026-06-09", "2026-06-10")
    assert days(extractor, text, 2, "injured") == ("2026-06-09", "2026-06-10")
    text = ("Eleven insurgents were killed in the hills, the army said on Friday. According to the army, a commando "
            "unit was deployed late on Monday. Shooting started on Wednesday, an officer said.")
    assert days(extractor, text, 11) == ("2026-06-10", "2026-06-10")


def test_a_fronted_statement_day_stays_the_statements(extractor: Extractor) -> None:
    assert days(extractor, "In a message posted on Tuesday, the group claimed it had killed 14 soldiers.", 14) == (
        None, None)


def test_a_superlatives_event_with_its_time_set_off_by_commas(extractor: Extractor) -> None:
    """"the worst single riot, in August 2022 at the same jail, left 64 dead": the riot's own month, not the
    frame a superlative compares within ("the deadliest attack in the country this year") nor the running total's
    "since" told before it in the sentence."""
    assert days(extractor, "More than 300 prisoners have died in the country's prisons since 2020, according to the "
                           "league, and the worst single riot, in August 2022 at the same jail, killed 64 "
                           "prisoners.", 64) == ("2022-08-01", "2022-08-31")
    assert days(extractor, "The deadliest attack, in June 2021 in Solhan, killed 160 villagers.", 160) == (
        "2021-06-01", "2021-06-30")
    assert days(extractor, "It was the deadliest attack in the country this year, killing 35 people.", 35) == (
        None, None)


def test_a_day_told_in_a_later_clause_of_another_count(extractor: Extractor) -> None:
    """"Eleven of them needed surgery, and three died of their wounds on Wednesday": Wednesday is the three's;
    the eleven keep the account's day (the day the shelling wounded them)."""
    text = ("Shelling hit the clinic in Mardan on Monday, wounding 42 people. Eleven of them needed surgery, and "
            "three died of their wounds on Wednesday.")
    assert days(extractor, text, 11, "injured") == ("2026-06-08", "2026-06-08")
    assert days(extractor, text, 3) == ("2026-06-10", "2026-06-10")
    # (the gapped and joined clauses keep their own days)
    assert days(extractor, "Twelve were killed on Friday and 8 on Saturday.", 8) == ("2026-06-06", "2026-06-06")
    assert days(extractor, "Four people died on Saturday and another three succumbed to their wounds on Sunday.",
                4) == ("2026-06-06", "2026-06-06")


def test_a_separate_account_takes_its_own_later_day(extractor: Extractor) -> None:
    """"Separately, ... police said on Friday. ... took him from his home on Tuesday night": a figure opening a
    separate account is dated by the day its own account names next, not the account before it; with no day of
    its own ahead, it keeps the previous account's."""
    text = ("Six rebels were killed in a gunfight in Korba district on Thursday, police said.\n\nSeparately, in "
            "Dantewada district, rebels abducted and killed a village headman, police said on Friday. Villagers said "
            "armed men took him from his home on Tuesday night.")
    assert days(extractor, text, 1) == ("2026-06-09", "2026-06-09")
    text = ("Gunmen killed nine traders at a market in Dori on Tuesday, officials said. In a separate incident, a "
            "roadside bomb killed four soldiers near Djibo, the army said. The blast happened on Sunday, it said.")
    assert days(extractor, text, 4) == ("2026-06-07", "2026-06-07")
    text = ("Gunmen killed nine traders at a market in Dori on Tuesday, officials said. In another attack, a roadside "
            "bomb killed four soldiers near Djibo, the army said.")
    assert days(extractor, text, 4) == ("2026-06-09", "2026-06-09")


def test_the_event_clause_day_inside_an_aftermath(extractor: Extractor) -> None:
    """"Rescuers recovered 23 bodies from the boat that capsized on Sunday": the day of the clause telling the
    event is the harm's, though an aftermath verb comes before it ("recovered 7 bodies on Tuesday" stays none)."""
    assert days(extractor, "Rescuers recovered 23 bodies from the boat that capsized on Sunday.", 23) == (
        "2026-06-07", "2026-06-07")
    assert days(extractor, "On Thursday, rescuers pulled 16 bodies from the rubble of the block that collapsed on "
                           "Monday.", 16) == ("2026-06-08", "2026-06-08")
    assert days(extractor, "Divers found 11 more bodies from the ferry which sank on Sunday.", 11) == (
        "2026-06-07", "2026-06-07")
    assert days(extractor, "Rescuers recovered 7 bodies on Tuesday.", 7) == (None, None)


def test_fixed_date_holidays(extractor: Extractor) -> None:
    """"on New Year's Eve", "on Christmas Day", "Christmas Eve 2024": the holiday's calendar day, the most recent
    on or before publication (a year-less date); not "a Christmas market"."""
    def at(text: str, value: int) -> tuple[str | None, str | None]:
        c = one(ex_run(extractor, text, date(2027, 1, 2)), value)
        return (c.time.start.isoformat() if c.time and c.time.start else None,
                c.time.end.isoformat() if c.time and c.time.end else None)
    assert at("Fireworks killed 3 people on New Year's Eve.", 3) == ("2026-12-31", "2026-12-31")
    assert at("Gunmen killed 11 worshippers on Christmas Day in Jos.", 11) == ("2026-12-25", "2026-12-25")
    assert at("On Christmas Eve 2025, an air strike killed 14 people.", 14) == ("2025-12-24", "2025-12-24")
    assert at("Attackers killed 6 villagers on Christmas morning.", 6) == ("2026-12-25", "2026-12-25")
    assert at("A bomb killed 8 shoppers at a Christmas market on Tuesday.", 8) == ("2026-12-29", "2026-12-29")


def ex_run(ex: Extractor, text: str, published: date) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=published))
