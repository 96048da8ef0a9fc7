"""Round 14 of general rules on perpetrators: who did it, where the sentence names them in an adverbial
clause or as "the hands" of a harm. Every sentence, name and event here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Report


def perp(extractor: Extractor, text: str) -> str | None:
    claims = extractor.extract(Report(id="t", text=text, published=date(2026, 11, 25)))
    assert claims, text
    return claims[0].perpetrator.text if claims[0].perpetrator else None


@pytest.mark.parametrize("text, want", [
    ("Eleven people died in Tesh after a suicide bomber blew himself up at the bus station.", "bomber"),
    ("Four guards were killed as gunmen stormed the bank in Kessa.", "gunmen"),
    ("Nine soldiers died at the hands of jihadists near the border post at Orvan.", "jihadists"),
    ("Twelve villagers were killed at the hands of the militia in Tesh.", "militia"),
    # "fighting" read as a verb: the other side of a fight the victims' side fought
    ("Two soldiers were killed amid fighting with Arvan separatists near Kessa.", "separatists"),
])
def test_the_doer_of_an_adverbial_clause_or_of_the_hands(extractor: Extractor, text: str, want: str) -> None:
    got = perp(extractor, text)
    assert got is not None and want in got


@pytest.mark.parametrize("text", [
    "Three soldiers died in Tesh after their vehicle hit a landmine.",
    "Two children died after the floods swept through Kessa.",
    "Fifteen people were killed amid fighting between the army and rebels in Tesh.",
])
def test_a_thing_or_an_event_in_the_clause_is_no_doer(extractor: Extractor, text: str) -> None:
    assert perp(extractor, text) is None
