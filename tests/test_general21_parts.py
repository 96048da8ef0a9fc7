"""Parts of "the dead" after a breakdown that a sentence lists: "the dead" are the breakdown's total, not its
last member; after a figure told as an account of its own they are that account's. Every report, name and
event here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report


def _claims(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=date(2025, 6, 9)))


def _total_of(claims: list[Claim], count_text: str) -> str | None:
    by_id = {c.id: c for c in claims}
    part = next(c for c in claims if c.count.text == count_text)
    total = by_id.get(part.part_of or "")
    return total.count.text if total is not None else None


@pytest.mark.parametrize(("text", "part", "total"), [
    ("Rebels killed at least 31 people in a night raid on two villages in Lubero territory, a local leader said on "
     "Tuesday. He said 19 bodies had been recovered in the first village and 12 in the second. Among the dead were "
     "seven women and four children, he said.", "four", "at least 31"),
    ("Gunmen killed 24 people in attacks on three hamlets of Orvan district on Sunday, officials said. Eleven were "
     "killed in the first hamlet, eight in the second and five in the third. Among the dead were six children.",
     "six", "24"),
    ("An air strike on a market in Tesh province killed 40 people on Friday, a health official said. Of them, 25 "
     "died at the scene and 15 in hospital. The victims included nine children.", "nine", "40"),
])
def test_the_dead_after_a_listed_breakdown_are_its_total(extractor: Extractor, text: str, part: str,
                                                          total: str) -> None:
    assert _total_of(_claims(extractor, text), part) == total


def test_the_dead_after_an_account_of_its_own_are_that_account_s(extractor: Extractor) -> None:
    text = ("Drone and missile strikes killed at least nine people across two regions overnight, officials said. In "
            "the eastern region, a missile struck an apartment building, killing six people. In the northern region, "
            "three people were killed when drones hit a village. Among the dead were a 70-year-old woman and her son.")
    claims = _claims(extractor, text)
    assert _total_of(claims, "her son") == "three"


# --- "the dead at the school": the part stated for that place or site -------------------------------------------

@pytest.mark.parametrize(("text", "part", "total"), [
    ("Air strikes killed at least 32 people across the district overnight, including 11 at a school sheltering "
     "displaced families, officials said. Among the dead at the school were four children and a woman.", "four", "11"),
    ("Gunmen killed 30 people in two villages on Sunday: 18 in Dalo and 12 in Kuru, officials said. Among the dead "
     "in Kuru were five children.", "five", "12"),
    ("Attacks killed 40 people on Monday, including 15 in a market and 25 at a church, police said. Those killed in "
     "the market included six traders.", "six", "15"),
])
def test_the_dead_at_a_place_belong_to_the_figure_stated_for_it(extractor: Extractor, text: str, part: str,
                                                                 total: str) -> None:
    assert _total_of(_claims(extractor, text), part) == total


def test_the_dead_with_no_place_stay_with_the_total(extractor: Extractor) -> None:
    text = ("Attacks killed 40 people on Monday, including 15 in a market and 25 at a church, police said. Those "
            "killed included six traders.")
    assert _total_of(_claims(extractor, text), "six") == "40"
