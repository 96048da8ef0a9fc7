"""Round 14 of general rules on the days of harm. Every sentence, name and event here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report


def claims_of(extractor: Extractor, text: str) -> list[Claim]:
    return extractor.extract(Report(id="t", text=text, published=date(2026, 11, 25)))


def days(claims: list[Claim], value: int) -> tuple[date | None, date | None]:
    c = next(c for c in claims if c.count.value == value)
    assert c.time is not None
    return c.time.start, c.time.end


@pytest.mark.parametrize("text, value, day", [
    # the published date is Wednesday 25 November 2026; Saturday is the 21st, Friday the 20th
    ("Gunmen attacked the village of Tesh on Saturday. Eight people were killed that day and four the next "
     "day.", 4, date(2026, 11, 22)),
    ("Twelve people died in the blast in Kessa on Friday. The previous day, two soldiers were killed at a "
     "checkpoint outside the town.", 2, date(2026, 11, 19)),
    ("Militiamen stormed the market in Orvan on Friday, killing 9 traders. Two days later, 3 more bodies were "
     "pulled from the rubble, and 5 wounded died in hospital the day after.", 9, date(2026, 11, 20)),
])
def test_a_day_counted_from_the_day_the_account_named(extractor: Extractor, text: str, value: int,
                                                       day: date) -> None:
    assert days(claims_of(extractor, text), value) == (day, day)


def test_the_day_after_the_named_day(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Fighters overran the base near Tesh on Friday, killing 15 soldiers. The next "
                                  "morning, 6 more soldiers were killed in an ambush on the road to Kessa.")
    assert days(claims, 6) == (date(2026, 11, 21), date(2026, 11, 21))


def test_an_opening_as_of_date_is_the_count_s_not_the_statement_s(extractor: Extractor) -> None:
    # "As of Friday" opening a sentence whose verb is one of stating ("had been confirmed dead")
    claims = claims_of(extractor, "Raids have hit Tesh province this month. As of Friday, 68 people had been "
                                  "confirmed dead.")
    assert days(claims, 68) == (date(2026, 11, 1), date(2026, 11, 20))

