"""Time, round 18. Every sentence, name and place here is invented (places may be real).

A running total told between the parts of an incident ("The insurgency has killed 3,000 people since 2019")
does not set the days of the incident's later figures ("An official said 11 were wounded in the attack": the
incident's day); a figure that itself reads as a running count ("Another 300 have been wounded so far") or a
breakdown of the total ("Of the dead, 1,200 were women") keeps the total's start. A figure the report dates only
further on takes that day, not the open start of a running total told in between.
"""

from __future__ import annotations

from datetime import date

from test_extract_source_general3 import one
from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report


def run(ex: Extractor, text: str, published: date = date(2025, 3, 12)) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=published))


def days(ex: Extractor, text: str, value: int, published: date = date(2025, 3, 12)) -> tuple[str | None, str | None]:
    t = one(run(ex, text, published), value).time
    if t is None:
        return (None, None)
    return (t.start.isoformat() if t.start else None, t.end.isoformat() if t.end else None)


def test_an_incident_figure_after_a_running_total_keeps_the_incident_days(extractor: Extractor) -> None:
    assert days(extractor, "Gunmen killed nine villagers in Kaduna State on Monday night, police said. The insurgency "
                           "has killed more than 3,000 people in the region since 2019, according to rights groups. A "
                           "local official said that 11 people were wounded in the attack.", 11) == (
        "2025-03-10", "2025-03-10")
    assert days(extractor, "Government troops shelled the town of Kadugli on Sunday, killing 14 civilians. Fighting in "
                           "the state has killed 400 people since January. Another six people were wounded when a "
                           "shell hit the market.", 6) == ("2025-03-09", "2025-03-09")
    assert days(extractor, "A car bomb tore through a bus station in Mogadishu on 2 June, killing 23 people. The "
                           "militants have carried out more than 40 bombings in the capital since 2022, which killed "
                           "over 600 people. Police said 31 people were injured in the blast.", 31,
                date(2024, 6, 4)) == ("2024-06-02", "2024-06-02")
    # a running count or a breakdown of the total keeps the total's start
    text = ("Fourteen people were killed in an ambush in Borno State on Saturday, officials said. At least 250 "
            "people have been killed in the state since January. Of those, 80 were children. Another 300 have "
            "been wounded so far.")
    assert days(extractor, text, 80) == ("2025-01-01", None)
    assert days(extractor, text, 300) == ("2025-01-01", None)
    assert days(extractor, "Gunmen killed nine villagers in Kaduna State on Monday night, police said. The insurgency "
                           "has killed more than 3,000 people in the region since 2019. Of the dead, 1,200 were "
                           "women.", 1200) == ("2019-01-01", None)


def test_a_figure_dated_further_on_skips_a_running_total_start(extractor: Extractor) -> None:
    assert days(extractor, "Fourteen people were killed in an ambush in Borno State, officials said. At least 250 "
                           "people have been killed in the state since January. The attack took place on Saturday "
                           "near the town of Gwoza.", 14) == ("2025-03-08", "2025-03-08")
    assert days(extractor, "Seven soldiers died in a roadside bombing in Helmand, the ministry said. Insurgents have "
                           "killed 900 members of the security forces since October. The convoy was hit on Tuesday "
                           "morning.", 7) == ("2025-03-11", "2025-03-11")


def test_a_toll_that_rose_on_a_day_runs_from_the_incident_day_its_sentence_names(extractor: Extractor) -> None:
    # "The death toll from Saturday's landslide rose to 41 on Tuesday": the deaths of Saturday to Tuesday
    assert days(extractor, "The death toll from Saturday's landslide in Kericho rose to 41 on Tuesday, officials "
                           "said.", 41, date(2025, 5, 7)) == ("2025-05-03", "2025-05-06")
    assert days(extractor, "The number of dead from Friday's blast at a fuel depot in Lagos climbed to 19 on Monday.",
                19, date(2025, 5, 7)) == ("2025-05-02", "2025-05-05")
    assert days(extractor, "The toll from the ferry that capsized on the Kasai river on Thursday rose to 63 on "
                           "Saturday, the provincial governor said.", 63, date(2025, 9, 15)) == (
        "2025-09-11", "2025-09-13")


def test_a_bare_dawn_is_publication_day_unless_the_account_named_a_day(extractor: Extractor) -> None:
    pub = date(2024, 10, 26)
    assert days(extractor, "Nine members of one family were killed when a strike flattened their house in Jabalia "
                           "before dawn, rescuers said.", 9, pub) == ("2024-10-26", "2024-10-26")
    assert days(extractor, "Shortly before dawn, a drone hit a car on the coastal road near Tyre, killing two "
                           "people.", 2, pub) == ("2024-10-26", "2024-10-26")
    # a week's toll told before does not date it; a day the account named does
    assert days(extractor, "Israeli strikes killed 30 people last week in Jabalia. Nine members of one family were "
                           "killed when a strike flattened their house before dawn, rescuers said.", 9, pub) == (
        "2024-10-26", "2024-10-26")
    assert days(extractor, "Gunmen attacked the village of Dogo on Wednesday. They struck at dawn, killing 12 "
                           "people.", 12, pub) == ("2024-10-23", "2024-10-23")


def test_the_day_a_figure_took_from_that_day_dates_the_account(extractor: Extractor) -> None:
    # the first figure's day ("that day", after a day told with no harm) is the account's; "within two hours"
    # is on that day, not a time of its own
    text = ("Her son had gone to sell two goats at the weekly market in Wegel Tena on Friday, August 28. Residents "
            "blame the army for the drone strike that tore through the market shortly before noon that day, killing "
            "19 people. A health worker said more than 30 wounded people had been brought in within two hours. Six "
            "of the wounded were later sent to Dessie, he added. A commission said security forces had killed at "
            "least 47 civilians in Gondar in July.")
    assert days(extractor, text, 30, date(2026, 9, 11)) == ("2026-08-28", "2026-08-28")
    assert days(extractor, text, 6, date(2026, 9, 11)) == ("2026-08-28", "2026-08-28")


def test_a_headline_figure_takes_the_incident_day_inside_a_frame_told_first(extractor: Extractor) -> None:
    text = ("Airstrike on displaced camp in Marib kills at least 16, medics say\n\n"
            "Rescuers say the camp is the fourth site for displaced families to be struck in two weeks.\n\n"
            "The strike hit the Al-Jufaina camp shortly after midnight on Thursday, as families slept in their tents.")
    assert days(extractor, text, 16, date(2025, 3, 14)) == ("2025-03-13", "2025-03-13")


def test_a_toll_of_a_conflict_whose_start_a_relative_clause_dates_runs_from_it(extractor: Extractor) -> None:
    pub = date(2026, 9, 5)
    assert days(extractor, "The insurgency, which began in 2009, has killed more than 35,000 people in the north.",
                35000, pub) == ("2009-01-01", None)
    assert days(extractor, "The conflict, which broke out in March 2015, has left 150,000 people dead.", 150000,
                pub) == ("2015-03-01", None)
    # a harm told in the simple past keeps its own days
    assert days(extractor, "The attack, which began on Saturday night, killed 12 people.", 12, pub) == (
        "2026-09-05", "2026-09-05")


def test_a_part_keeps_a_day_inside_its_total_days_that_the_account_gave_it(extractor: Extractor) -> None:
    # the total's "overnight" spans Friday and Saturday; the part told after "late on Friday" is Friday's
    text = ("At least four civilians were killed in Russian attacks overnight, regional officials said. In Kherson "
            "oblast, a guided bomb hit a house in Bilozerka late on Friday. Two of the dead were a married couple in "
            "their sixties.")
    assert days(extractor, text, 2, date(2026, 11, 14)) == ("2026-11-13", "2026-11-13")


def test_a_day_told_without_harm_inside_the_account_frame_dates_what_follows(extractor: Extractor) -> None:
    text = ("A tractor driver's death this week has renewed questions about mine clearance. KALBAJAR — The farmer had "
            "ploughed the same strip for three days when, on Tuesday morning, the front wheel of his tractor rolled "
            "over an anti-tank mine. His nephew, 19, was wounded.")
    assert days(extractor, text, 1, date(2026, 9, 18)) == ("2026-09-15", "2026-09-15")


def test_a_figure_told_first_takes_the_days_a_later_sentence_without_harm_sets(extractor: Extractor) -> None:
    pub = date(2026, 10, 19)
    assert days(extractor, "A landslide buried 14 houses and killed 23 people in the village of Ruhango, officials "
                           "said. The slope gave way on Tuesday night after days of heavy rain.", 23, pub) == (
        "2026-10-13", "2026-10-13")
    # the days of a later sentence that tells the harm come first
    assert days(extractor, "Nine militants were killed in an operation by security forces in the hills of Kandhamal, "
                           "police said on Monday. A joint team had set out on Friday night. The operation began on "
                           "Saturday morning and went on until Sunday afternoon, the note said.", 9, pub) == (
        "2026-10-17", "2026-10-18")


def test_a_day_told_without_harm_dates_the_figures_after_it(extractor: Extractor) -> None:
    # the account's first day told without a harm word ("capsized"), past a running total's "since"
    text = ("More than 150,000 refugees have crossed into the country since November 2023. On Saturday 18 April, a "
            "wooden boat carrying some 210 people capsized in the Andaman Sea. At least 41 people died, the agency "
            "said.")
    assert days(extractor, text, 41, date(2026, 4, 24)) == ("2026-04-18", "2026-04-18")
    # a dateline's date is not the harm's
    text = ("Kabul, May 18\nThree tourists were killed in an attack by gunmen in Bamyan province, the foreign "
            "ministry said. The attack took place on Friday.")
    assert days(extractor, text, 3, date(2024, 5, 18)) == ("2024-05-17", "2024-05-17")


def test_overnight_one_day_into_the_next_is_one_night(extractor: Extractor) -> None:
    pub = date(2026, 11, 26)
    assert days(extractor, "Airstrikes overnight Monday into Tuesday killed 8 people in Idlib.", 8, pub) == (
        "2026-11-23", "2026-11-24")
    assert days(extractor, "Shelling overnight Sunday to Monday killed 4 people in Kherson.", 4, pub) == (
        "2026-11-22", "2026-11-23")


def test_a_running_count_takes_no_day_told_after_it(extractor: Extractor) -> None:
    """A toll told as a running count ("have been killed", "so far") is dated by no day a later sentence without
    harm words sets; a single incident's toll still is ("The slope gave way on Tuesday night")."""
    pub = date(2025, 2, 6)
    text = "Nearly 1,200 people have been killed in Velmar, the UN said. Rebel columns entered the city on Tuesday morning."
    (claim,) = extractor.extract(Report(id="t", text=text, published=pub))
    assert claim.time is None or claim.time.start != date(2025, 2, 4)
    text = "A landslide buried homes in Velmar, killing 41 people. The slope gave way on Tuesday night."
    (claim,) = extractor.extract(Report(id="t", text=text, published=pub))
    assert claim.time is not None and claim.time.start == date(2025, 2, 4)
