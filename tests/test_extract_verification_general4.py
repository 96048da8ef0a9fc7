"""Whether figures were verified or disputed (issue 12, round 4): a denial of a described source's figures,
"neither figure could be confirmed", a claim called a lie. Every sentence and event here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report

PUBLISHED = date(2025, 6, 4)


def run(ex: Extractor, text: str) -> dict[int | None, str]:
    claims: list[Claim] = ex.extract(Report(id="t", text=text, published=PUBLISHED))
    return {c.count.value: c.verification for c in claims}


@pytest.mark.parametrize("text", [
    "The Tesh Doctors Network said 43 civilians were killed in Kaltor on Friday. The militia rejected the "
    "group's figures as fabricated, saying its fighters had killed 12 attackers.",
    "The Health Ministry said 43 civilians were killed in Kaltor on Friday. The rebels dismissed the "
    "ministry's toll as propaganda and said they had killed 12 soldiers.",
])
def test_a_denial_of_a_described_sources_figures_disputes_those_not_the_deniers(
        extractor: Extractor, text: str) -> None:
    got = run(extractor, text)
    assert got[43] == "disputed" and got[12] == "unknown", got


@pytest.mark.parametrize("closing", [
    "Neither figure could be independently confirmed.",
    "Neither toll has been verified.",
])
def test_neither_figure_confirmed_points_at_the_figures_just_stated(extractor: Extractor, closing: str) -> None:
    text = ("The UN said 300 people had died across Kaltor province since January. A rights group put "
            "the toll in Kaltor at 52 and said 70 people were wounded on Friday. " + closing)
    got = run(extractor, text)
    assert got[52] == "unverified" and got[70] == "unverified" and got[300] == "unknown", got


@pytest.mark.parametrize("denial", [
    "The army called the claim “a lie”.",
    "The army called the claim a fabrication.",
])
def test_a_claim_called_a_lie_is_disputed_and_only_that_one(extractor: Extractor, denial: str) -> None:
    text = ("Shelling killed 7 people in Kaltor on Monday, officials said. The rebels said they had killed 40 "
            "soldiers near Tesh. " + denial)
    got = run(extractor, text)
    assert got[40] == "disputed" and got[7] == "unknown", got
