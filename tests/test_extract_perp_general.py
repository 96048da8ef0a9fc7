"""Perpetrators found through the parse (issue 12): relative clauses, "by X" agents under event
nouns, events held by container nouns, states as doers, armed groups described by their arms.

Every sentence here is invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report

SUNDAY = date(2025, 3, 9)


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def perp(ex: Extractor, text: str, value: int, published: date = SUNDAY) -> str | None:
    claims: list[Claim] = ex.extract(Report(id="t", text=text, published=published))
    found = [c for c in claims if c.count.value == value]
    assert found, [(c.outcome, c.count.text) for c in claims]
    return found[0].perpetrator.text if found[0].perpetrator else None


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("Witnesses said militiamen who stormed the market shot dead 13 traders.", 13, "militiamen"),
    ("A convoy was stopped by raiders who killed 6 drivers and wounded 9.", 9, "raiders"),
    ("Bandits who carried out the raid that left 17 villagers dead escaped into the forest.", 17, "Bandits"),
    ("At least 44 people were killed in a wave of attacks by cattle raiders on Morra.", 44, "cattle raiders"),
    ("A spate of attacks attributed to the Vell militia has left 23 farmers dead.", 23, "the Vell militia"),
    ("About 2,000 people fled in the aftermath of a raid by gang members on Soro.", 2000, "gang members"),
    ("At least 19 people were killed by herders near Tamba.", 19, "herders"),
    ("Ruvenia executed 12 prisoners last year.", 12, "Ruvenia"),
    ("An attack by armed youths left 4 herdsmen dead.", 4, "armed youths"),
])
def test_actor_found(ex: Extractor, text: str, value: int, expected: str) -> None:
    found = perp(ex, text, value)
    assert found is not None and expected in found


@pytest.mark.parametrize(("text", "value"), [
    ("A jet dropped two bombs on the village of Kesto, killing 8 villagers.", 8),
    ("At least 3,000 people fled following armed clashes near Dorva.", 3000),
    ("An explosion at the depot killed 7 workers.", 7),
])
def test_no_actor_for_weapons_and_events(ex: Extractor, text: str, value: int) -> None:
    assert perp(ex, text, value) is None


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("Since June, a wave of raids blamed on the Vell militia has left 48 herders dead, the monitor said.",
     48, "the Vell militia"),
    ("Morgues in Orvan have reported 700 bodies following an offensive by the Sable rebel group.", 700,
     "the Sable rebel group"),
    ("The source said 17 rebels were killed in heavy clashes that ensued with Ruvenian soldiers.", 17,
     "Ruvenian soldiers"),
    ("In one of the deadliest militia attacks since 2019, 26 people were killed in the valley.", 26, "militia attacks"),
])
def test_actor_through_results_reports_and_clashes(ex: Extractor, text: str, value: int, expected: str) -> None:
    found = perp(ex, text, value)
    assert found is not None and expected in found


def test_clashes_between_two_sides_name_no_actor(ex: Extractor) -> None:
    assert perp(ex, "Some 33 fighters died in clashes between the army and the Sable rebels.", 33) is None
