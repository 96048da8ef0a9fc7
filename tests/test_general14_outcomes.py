"""Round 14 of general rules on outcomes. Every sentence, name and event here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report


def claims_of(extractor: Extractor, text: str) -> list[Claim]:
    return extractor.extract(Report(id="t", text=text, published=date(2026, 11, 25)))


@pytest.mark.parametrize("text, value, outcome", [
    ("Six soldiers were killed near Tesh, 11 wounded and 2 are missing, the army said.", 2, "missing"),
    ("Four villagers died, 9 were hurt and 3 remain missing after the raid on Kessa.", 3, "missing"),
    ("Six soldiers were killed near Tesh, 11 wounded and 2 are missing, the army said.", 11, "injured"),
])
def test_a_joined_count_with_its_own_outcome_word(extractor: Extractor, text: str, value: int,
                                                   outcome: str) -> None:
    # the parser joins the last count to the harm verb before it; its copula and adjective say its outcome
    c = next(c for c in claims_of(extractor, text) if c.count.value == value)
    assert c.outcome == outcome
