"""Which time expression dates the harm: the statement's day, a background clause's span and a count's
"as of" date never do. Sentences and events are invented for these tests.

The spec (claims.md, Time): the days the harm happened, not the day it was reported.
"""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.extract.statements import background_spans, harm_positions, statement_spans
from vigil.models import Claim, Report

MONDAY = date(2025, 3, 10)   # Friday = 7 March, Saturday = 8, Sunday = 9


def run(ex: Extractor, text: str, published: date = MONDAY) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=published))


def one(claims: list[Claim], value: int) -> Claim:
    found = [c for c in claims if c.count.value == value]
    assert len(found) == 1, [(c.outcome, c.count.text) for c in claims]
    return found[0]


def days(c: Claim) -> tuple[str | None, str | None]:
    assert c.time is not None
    return (c.time.start and c.time.start.isoformat(), c.time.end and c.time.end.isoformat())


def covered(text: str, phrase: str) -> bool:
    at = text.index(phrase)
    return any(a <= at < b for a, b in statement_spans(text))


# --- the circumstances of a statement ---------------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("The chief told Radio Dunmere on Sunday.", "Sunday"),
    ("Nine people were hurt, the agency said in a bulletin last week.", "last week"),
    ("The mayor told a radio reporter by phone on Saturday that the raid lasted two hours.", "Saturday"),
    ("According to an article in Tuesday's edition of the Dunmere Courier, nine people were hurt.", "Tuesday"),
    ("Speaking to reporters in Port Hallam, the commander said eight soldiers died.", "Port Hallam"),
    ("In a statement posted late Friday, the group said it had fired rockets.", "Friday"),
    ("Addressing a news conference in Tesh on Monday, the minister gave the toll.", "Tesh"),
])
def test_statement_circumstances(text: str, phrase: str) -> None:
    assert covered(text, phrase)


@pytest.mark.parametrize("text, phrase", [
    ("Police said gunmen stormed the village on Friday.", "Friday"),          # a clause of its own
    ("The governor described the 3 March massacre as a crime.", "3 March"),   # the harm's own date
    ("She said the raids led police to a second camp on 12 May.", "12 May"),  # another clause
    ("The group claimed the bombing in the market on Tuesday night.", "Tuesday"),
    ("Eleven people were killed in Tesh on Friday.", "Friday"),
    ("Monitors recorded 40 deaths in the province in 2023.", "2023"),          # the period counted
    ("The governor described the takeover of Dunmere as a tragedy.", "Dunmere"),   # what was said
    ("He told reporters at a briefing on the crisis in Port Hallam.", "Port Hallam"),  # what it was about
    ("Officials raised the toll of the massacre in Kessa to 40 on Monday.", "Kessa"),
    ("Gunmen stormed a military post in Kessa on Friday.", "Kessa"),
])
def test_harm_circumstances_are_not_statements(text: str, phrase: str) -> None:
    assert not covered(text, phrase)


def test_harm_words_and_background_clauses() -> None:
    text = "Soldiers captured four suspects on Saturday."
    assert harm_positions(text) == [text.index("captured")]
    text = "They died in Dunmere, where bandits have struck repeatedly this year, officials said."
    (a, b), = background_spans(text)
    assert a <= text.index("this year") < b and not a <= text.index("died") < b


# --- end to end -------------------------------------------------------------------------------------

def test_statement_day_does_not_date_the_harm(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen attacked the hamlet of Oruvale on Friday night. "
                            "Seven farmers were killed, the district chief told Radio Dunmere on Sunday.")
    assert days(one(claims, 7)) == ("2025-03-07", "2025-03-07")


def test_publication_of_the_source_does_not_date_the_harm(extractor: Extractor) -> None:
    claims = run(extractor, "Militants raided the village of Kessa on Thursday night. "
                            "According to an article in Saturday's edition of the Kessa Herald, "
                            "six villagers were wounded in the raid.")
    assert days(one(claims, 6)) == ("2025-03-06", "2025-03-06")


def test_background_clause_does_not_date_the_harm(extractor: Extractor) -> None:
    claims = run(extractor, "Bandits shot dead 14 herders at a cattle camp where raiders have struck often "
                            "this year, the district commissioner said. The bandits attacked the camp at dawn on Friday.")
    assert days(one(claims, 14)) == ("2025-03-07", "2025-03-07")


def test_background_span_and_count_date_do_not_replace_the_accounts_days(extractor: Extractor) -> None:
    claims = run(extractor, "An air strike hit the market of Tesh on Saturday. "
                            "Rebels and the army have fought in the region since the war began in 2019. "
                            "The strike killed nine people, the health office said.")
    assert days(one(claims, 9)) == ("2025-03-08", "2025-03-08")
    claims = run(extractor, "Raiders burned the stalls of Oruvale market on Saturday night. "
                            "\"As of now, we have buried more than 60,\" a youth leader said. "
                            "\"Twenty more died at the clinic.\"")
    assert days(one(claims, 20)) == ("2025-03-08", "2025-03-08")


def test_dated_event_sentence_sets_the_accounts_days(extractor: Extractor) -> None:
    claims = run(extractor, "Bandits killed three traders near Kessa on Thursday. "
                            "On Saturday, a police unit captured five suspects near the border. "
                            "The five men detained are now helping the police.")
    assert days(one(claims, 5)) == ("2025-03-08", "2025-03-08")


def test_since_and_until_of_one_figure_join(extractor: Extractor) -> None:
    claims = run(extractor, "More than 3,000 people have fled clashes between armed groups since Friday. "
                            "The fighting lasted until Sunday afternoon and displaced more than 3,000 people.")
    assert days(one(claims, 3000)) == ("2025-03-07", "2025-03-09")


def test_this_month_is_the_whole_month(extractor: Extractor) -> None:
    claims = run(extractor, "The fighting has displaced 4,000 people this month, the agency said.")
    assert days(one(claims, 4000)) == ("2025-03-01", "2025-03-31")


def test_after_midnight_of_a_day_is_the_next_day() -> None:
    from vigil.extract.timex import find_times
    sunday = date(2025, 3, 9)
    (t,) = find_times("Drones struck the camp after midnight Friday, the monitor said.", sunday)
    assert (t.span_start, t.span_end) == (date(2025, 3, 8), date(2025, 3, 8))
    (t,) = find_times("Drones struck the camp shortly after midnight on Friday.", sunday)
    assert t.span_start == date(2025, 3, 7)         # "on Friday": that day's first hours
    (t,) = find_times("Drones struck the camp after midnight Sunday.", sunday)
    assert t.span_start == sunday                    # the next day would be after publication


def test_a_total_covers_the_days_of_its_dated_parts(extractor: Extractor) -> None:
    claims = run(extractor, "Two raids on farming villages left 15 people dead, officials said. "
                            "Gunmen killed nine people in Kessa on Friday. "
                            "Six people were killed in Oruvale on Saturday.")
    total = one(claims, 15)
    assert {c.part_of for c in claims if c.count.value in (9, 6)} == {total.id}
    assert days(total) == ("2025-03-07", "2025-03-08")


def test_the_day_a_toll_was_revised_is_not_the_harms() -> None:
    text = "The coroner lowered the toll to seven late on Monday, from eight."
    assert covered(text, "Monday")


def test_parsed_statement_circumstances(extractor: Extractor) -> None:
    from vigil.extract.statements import parsed_statement_spans
    nlp = extractor.nlp
    text = "Police on Sunday said 10 people were killed in the raid."
    assert [text[a:b] for a, b in parsed_statement_spans(nlp(text))] == ["on Sunday"]
    text = "Residents of Kessa said 14 people were killed when gunmen raided the town on Friday."
    assert parsed_statement_spans(nlp(text)) == []        # where the speakers live, not a statement's place
    text = "The group claimed the bombing of the market in January 2019 in a statement."
    assert all("January" not in text[a:b] for a, b in parsed_statement_spans(nlp(text)))
    claims = run(extractor, "Gunmen attacked Oruvale on Friday night. "
                            "Police on Sunday said 12 villagers were killed in the attack.")
    assert days(one(claims, 12)) == ("2025-03-07", "2025-03-07")


def test_the_day_the_report_gives_its_event(extractor: Extractor) -> None:
    # the figures' sentences give only the statement's day; "Saturday's attack" says when it happened
    claims = run(extractor, "Four pilgrims died and two were hurt in a bombing of their bus on the pass, "
                            "the interior ministry said on Sunday. The ministry gave no names. "
                            "Pilgrim numbers had grown in recent years. New shrines opened along the road. "
                            "Buses ran every hour. Saturday's bombing was the worst on the route since 2015.")
    assert days(one(claims, 4)) == ("2025-03-08", "2025-03-08")
    # a figure about something else, dated nowhere, stays undated
    claims = run(extractor, "Bandits have kidnapped 300 travellers on the highway, the police said on Sunday. "
                            "Traders now travel in convoys. Fuel prices have doubled. Schools closed early. "
                            "Farmers stay home. Saturday's attack on a bus was the first this year.")
    assert one(claims, 300).time is None

