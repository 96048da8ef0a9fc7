"""Time and perpetrators, round 11: kinds of sentence, not single sentences. Every sentence, place, body and
person here is invented.

Time: a night no day is named for ("during the night") as "overnight"; "overnight <weekday>" as that night
into the next day; "overnight from <weekday> to <weekday>" as that range, not the night before publication;
"the previous 24 hours" as "the past 24 hours"; the day a continuing state is seen at ("still missing on Wednesday")
is not the harm's; a bare "overnight" reported "yesterday" is the night before that day; "during the period",
"in this period", "over the same period" are the account's last period; "during the night" the night named before; a
fronted "Since the war began on <date>, X says" is the toll's start; "On <day> the group had claimed ..." with no comma
is the claim's day; "the Command on Wednesday released" is the day the body spoke; "the war of 1971 to 1988" its
years; "between 1981 and a 2009 peace accord" the years up to that event; "killed last year" is the year's toll,
narrowed only to an incident's days, not a month; "stated on <day> that ... during the week" / "in the previous N
days" are counted back from that day.

Perpetrators: a gapped second harm's agent is the first's too ("41 were killed and 300 injured by X"); "holding X
responsible" blames X (accused); an attack "attributed to X" that the parser lost as the harm verb's subject
puts it down to X (accused); "five people, among them a girl, killed by X": X is the five's actor too; "residents
belonging to a vigilante movement beat ..." (parsed with "belonging" as the verb) are the doers; "the reaction of
our elements made it possible to neutralise N": our elements; "gunmen on a motorcycle shot dead a farmer" misread
with "shot" as a noun: the gunmen. Time again: "that day" after a day told with no harm is that day; "received since
Tuesday night", "brought ... by Tuesday evening" bound the care, not the harm.
"""

from __future__ import annotations

from datetime import date

from vigil.extract.pipeline import Extractor
from vigil.extract.timex import find_times
from vigil.models import Claim, Report

PUBLISHED = date(2026, 3, 12)   # a Thursday


def claims_of(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=PUBLISHED))


def days(ex: Extractor, text: str) -> dict[int | None, tuple[str | None, str | None]]:
    out: dict[int | None, tuple[str | None, str | None]] = {}
    for c in claims_of(ex, text):
        t = c.time
        out[c.count.value] = (str(t.start) if t and t.start else None, str(t.end) if t and t.end else None)
    return out


def spans(text: str) -> list[tuple[str, date | None, date | None]]:
    return [(t.text, t.span_start, t.span_end) for t in find_times(text, PUBLISHED)]


def test_unnamed_night_is_overnight() -> None:
    assert spans("Three farmers were wounded by mortar fire during the night, the mayor added.") == [
        ("during the night", date(2026, 3, 11), date(2026, 3, 12))]
    # a day named in the sentence says which night
    assert [s[0] for s in spans("On Monday, six were hurt in the night when a depot burned.")] == ["Monday"]
    # "the night of ..." is that night
    assert "during the night" not in [s[0] for s in spans("It happened during the night of 4 March.")]


def test_overnight_weekday_runs_into_the_next_day() -> None:
    assert spans("Raiders burned the hamlet of Kodeni overnight Monday, killing nine.") == [
        ("overnight Monday", date(2026, 3, 9), date(2026, 3, 10))]
    # the night of publication day itself cannot have run into tomorrow
    assert spans("Raiders burned the hamlet overnight Thursday.")[0][1:] == (date(2026, 3, 12), date(2026, 3, 12))


def test_overnight_from_day_to_day_is_that_night() -> None:
    assert spans("Eleven herders were killed overnight from Sunday to Monday near Tessit.") == [
        ("overnight from Sunday to Monday", date(2026, 3, 8), date(2026, 3, 9))]


def test_previous_hours_as_past_hours() -> None:
    got = spans("The army said it had killed 212 fighters over the previous 24 hours.")
    assert got == [("the previous 24 hours", date(2026, 3, 11), date(2026, 3, 12))]


def test_claim_takes_the_unnamed_night(extractor: Extractor) -> None:
    text = ("Shelling hit the town of Vornivka late on Tuesday. Four residents were wounded by rocket fire during "
            "the night, the governor said.")
    assert days(extractor, text)[4] == ("2026-03-11", "2026-03-12")


def test_day_of_a_continuing_state_is_not_the_harms(extractor: Extractor) -> None:
    # "still missing on Wednesday": when the state was seen, not when the people went missing
    text = ("Nineteen villagers were killed overnight from Sunday to Monday when raiders attacked Bokala. "
            "Seven others were wounded, and about 30 residents were still missing on Wednesday after fleeing.")
    got = days(extractor, text)
    assert got[30] == ("2026-03-08", "2026-03-09")
    assert got[7] == ("2026-03-08", "2026-03-09")
    # harm between the state word and the day keeps the day
    text2 = "Villages near Darsi were still being shelled on Tuesday, and 12 people were killed."
    assert days(extractor, text2)[12] == ("2026-03-10", "2026-03-10")


def test_the_period_is_the_accounts_period(extractor: Extractor) -> None:
    # "during the period" refers back to the report's span, not to the incident dated just before
    text = ("Between 1 November and 31 December 2025, the monitors recorded 412 civilians killed in Oruvia. "
            "The worst single attack took place on 9 December in Kessam, where gunmen killed 27 farmers. "
            "The monitors also recorded 96 people abducted during the period.")
    assert days(extractor, text)[96] == ("2025-11-01", "2025-12-31")
    text2 = ("Since 3 January, fighting between the two militias has spread across Lurra district. "
             "A clinic was shelled on 20 January. The monitors registered 61 killings in this period.")
    assert days(extractor, text2)[61] == ("2026-01-03", None)


def test_overnight_reported_on_an_earlier_day(extractor: Extractor) -> None:
    # reported "yesterday" (11 March): the night before that day, not the night before publication
    text = "Armed men killed 16 villagers in an overnight raid on Gidan Koro, residents said yesterday."
    assert days(extractor, text)[16] == ("2026-03-10", "2026-03-11")
    # reported on publication day: the night before publication
    text2 = "Armed men killed 16 villagers in an overnight raid on Gidan Koro, residents said on Thursday."
    assert days(extractor, text2)[16] == ("2026-03-11", "2026-03-12")


def test_the_night_named_before(extractor: Extractor) -> None:
    text = ("Troops killed 22 fighters near Dorvan on the night of 7-8 March, the army said. "
            "Villagers said shells had hit a farmhouse during the night, killing three civilians.")
    assert days(extractor, text)[3] == ("2026-03-07", "2026-03-08")


def test_fronted_since_is_the_tolls_start(extractor: Extractor) -> None:
    # "Since the war began on <date>, X says N have been killed": the running toll's start, not a statement day
    text = "Since the war began on 2 May 2024, the ministry says more than 8,300 people have been killed in Velaria."
    assert days(extractor, text)[8300] == ("2024-05-02", None)


def perps(ex: Extractor, text: str) -> dict[int | None, str | None]:
    return {c.count.value: (c.perpetrator.text if c.perpetrator else None) for c in claims_of(ex, text)}


def test_gapped_harm_shares_its_agent(extractor: Extractor) -> None:
    # "N were killed and M injured by X": the parser hangs "injured by X" on M alone
    got = perps(extractor, "At least 63 civilians have been killed and 210 injured by Russian fire since the "
                           "truce took effect on 4 January, according to the regional governor.")
    assert got == {63: "Russian fire", 210: "Russian fire"}
    # an agent of its own stays: nothing shared from a later clause
    got2 = perps(extractor, "Five herders were killed by bandits and 14 wounded in Talumi.")
    assert got2[5] == "bandits"


def test_holding_an_actor_responsible_blames_it(extractor: Extractor) -> None:
    text = ("The Kessa Medical Union gave a higher toll, saying in a statement that 34 people had been killed and "
            "more than 60 injured, and holding the KLF fully responsible.")
    got = {c.count.value: (c.perpetrator.text, c.perpetrator.stance) if c.perpetrator else None
           for c in claims_of(extractor, text)}
    assert got[34] == ("the KLF", "accused")
    got2 = perps(extractor, "Local leaders said 12 villagers died, holding the Red Brigade responsible for the raid.")
    assert got2[12] == "the Red Brigade"
    # holding something else is no blame
    assert perps(extractor, "The ministry said 40 people were killed, and held a meeting with donors.")[40] is None


def test_attack_put_down_to_an_actor_where_the_parser_lost_it(extractor: Extractor) -> None:
    text = ("On 3 March, in the village of Arvo, a drone attack attributed by the army to the Red Hand killed two "
            "soldiers and wounded six more.")
    got = {c.count.value: (c.perpetrator.text, c.perpetrator.stance) if c.perpetrator else None
           for c in claims_of(extractor, text)}
    assert got[2] == ("the Red Hand", "accused")
    assert got[6] == ("the Red Hand", "accused")


def test_agent_hung_on_a_listed_part_is_the_figures(extractor: Extractor) -> None:
    text = ("Marun clinic says it received the bodies of five people, among them a girl, killed by Russian drone "
            "fire near the town this morning.")
    assert perps(extractor, text)[5] == "Russian drone fire"


def test_opening_day_of_a_claim_without_comma(extractor: Extractor) -> None:
    # "On <day> the group had claimed ..., asserting its fighters killed N": the claim's day, not the harm's
    text = ("Gunmen stormed an army post near Torodi on Monday, killing 14 soldiers. "
            "On Wednesday the Kessa Liberation Front had claimed the raid, asserting that its fighters killed 40 "
            "soldiers.")
    assert days(extractor, text)[40] == ("2026-03-09", "2026-03-09")
    # a day that opens an account of harm stays
    assert days(extractor, "On Tuesday gunmen killed 9 herders near Torodi, police said.")[9] == (
        "2026-03-10", "2026-03-10")


def test_day_between_a_body_and_its_reporting_verb(extractor: Extractor) -> None:
    text = "The Joint Command on Wednesday released a communiqué reporting that two soldiers died in an ambush."
    assert days(extractor, text)[2] == (None, None)
    from vigil.extract.harm_days import speaker_day
    s = "The Joint Command on Wednesday released a communiqué on the ambush."
    assert speaker_day(s, find_times(s, PUBLISHED)[0])
    s2 = "Gunmen killed nine herders on Wednesday said the mayor."
    assert not speaker_day(s2, find_times(s2, PUBLISHED)[0])


def test_years_of_a_conflict(extractor: Extractor) -> None:
    assert spans("The civil war of 1971 to 1988 left some 40,000 people dead.") == [
        ("of 1971 to 1988", date(1971, 1, 1), date(1988, 12, 31))]
    # a count range stays a count
    assert spans("The deaths of 1980 to 2000 people were recorded.") == []


def test_last_years_toll_is_not_narrowed_to_a_month(extractor: Extractor) -> None:
    # "killed ... last year" after an account dated "in January 2025": the year's toll, not that month's
    text = ("In January 2025, Kessite jets struck border posts near Doru, killing nine guards. "
            "At least 612 people were killed in attacks in the province last year, according to the Marun Institute.")
    assert days(extractor, text)[612] == ("2025-01-01", "2025-12-31")
    # an incident's days inside the year still narrow it
    text2 = ("Raiders attacked Doru from 4 to 6 January, killing six. "
             "Two more residents of Doru were killed earlier this year, police said.")
    assert days(extractor, text2)[2] == ("2026-01-04", "2026-01-06")


def test_years_up_to_a_dated_event() -> None:
    assert spans("A rebellion killed an estimated 90,000 people between 1981 and a 2009 peace accord.") == [
        ("between 1981 and a 2009", date(1981, 1, 1), date(2009, 12, 31))]
    # no dated event after the second number: not a span of years
    assert spans("Raids killed between 1980 and a 2000 people in all.") == []


def test_relative_span_counted_from_the_statement_day(extractor: Extractor) -> None:
    text = ("For its part, the army stated on 6 March that its forces had killed 58 rebels during the week in "
            "operations across Doru.")
    assert days(extractor, text)[58] == ("2026-02-28", "2026-03-06")
    text2 = "The agency estimated on 2 March that some 3,700 people had fled Bara in the previous seven days alone."
    assert days(extractor, text2)[3700] == ("2026-02-23", "2026-03-01")


def test_people_named_by_the_group_they_belong_to(extractor: Extractor) -> None:
    text = ("Tension spread to Doru, where residents belonging to a vigilante movement beat and burned to death "
            "four young men they accused of spying.")
    assert perps(extractor, text)[4] == "residents belonging to a vigilante movement"
    assert perps(extractor, "Villagers linked to a local militia killed six herders near Doru.")[6] == (
        "Villagers linked to a local militia")


def test_reaction_of_our_men_enables_the_harm(extractor: Extractor) -> None:
    text = ("The swift reaction of our elements, backed by the air force, made it possible to neutralise 27 "
            "terrorists and seize 8 motorcycles.")
    assert perps(extractor, text)[27] == "our elements"


def test_that_day_after_a_day_with_no_harm(extractor: Extractor) -> None:
    text = ("On Friday, March 6, the boy had gone with his uncle to sell goats at the market in Doru. "
            "Residents blame the army for the drone strike that hit the market shortly before noon that day, "
            "killing 17 people.")
    assert days(extractor, text)[17] == ("2026-03-06", "2026-03-06")


def test_shot_dead_misread_as_a_noun(extractor: Extractor) -> None:
    text = ("In a separate incident in Doru district on Thursday night, gunmen on a motorcycle shot dead a "
            "47-year-old farmer and wounded his wife as the couple returned home, police said.")
    got = {c.count.text: (c.perpetrator.text if c.perpetrator else None) for c in claims_of(extractor, text)}
    assert got["a 47-year-old farmer"] == "gunmen"


def test_since_or_by_on_care_for_the_harmed(extractor: Extractor) -> None:
    text = ("Gunmen attacked Doru on Tuesday, killing 14 villagers. "
            "A nurse told us that 37 wounded had been received since Tuesday night, including 9 women.")
    assert days(extractor, text)[37] == ("2026-03-10", "2026-03-10")
    # alone, it dates the harm to that day (not a span running from it)
    assert days(extractor, "The minister said 23 wounded people had been admitted to the Doru clinic since "
                           "Monday.")[23] == ("2026-03-09", "2026-03-09")
    # a since on the harm itself stays
    assert days(extractor, "At least 40 people have been killed since Tuesday.")[40] == ("2026-03-10", None)
