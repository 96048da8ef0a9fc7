"""A breakdown told as a list of short clauses ("12 were Kenyan, one was Tanzanian, one was Ugandan and four were
Somali"), which the parser may hang each on the next as a clausal complement: every bare count in it is a part
of the same harm. Every report, name and event here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Report


@pytest.mark.parametrize(("text", "values"), [
    ("Gunmen killed 18 civilians at a hotel in Nairobi on Tuesday, police said. Of the dead civilians, 12 were "
     "Kenyan, one was Tanzanian, one was Ugandan and four were Somali, police added.", [18, 12, 1, 1, 4]),
    ("A bomb killed 14 passengers on a bus near Kano, police said. Of the dead, ten were traders, one was a "
     "teacher, one was a nurse and two were students.", [14, 10, 1, 1, 2]),
])
def test_every_count_of_a_clause_list_is_a_figure(extractor: Extractor, text: str, values: list[int]) -> None:
    claims = extractor.extract(Report(id="t", text=text, published=date(2025, 6, 9)))
    assert sorted(c.count.value or 0 for c in claims if c.outcome == "killed") == sorted(values)
    total = next(c for c in claims if c.count.value == values[0])
    assert all(c.part_of == total.id for c in claims if c is not total)


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a farmer, 45, and his son near Kano on Monday, police said.",
    "Police said a teacher, 52, was killed when gunmen opened fire on the school.",
])
def test_a_person_s_age_after_the_person_is_still_no_count(extractor: Extractor, text: str) -> None:
    claims = extractor.extract(Report(id="t", text=text, published=date(2025, 6, 9)))
    assert claims and all(c.count.value != 45 and c.count.value != 52 for c in claims)
