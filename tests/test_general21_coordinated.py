"""Two speakers coordinated as the subject of one reporting verb ("The Tesh health ministry and the UN both said",
"Both X and Y said"): the report names two sources for one figure, and the spec takes the first. One name with a
conjunction inside it stays whole. Every name and event here is invented (the two rights groups are real bodies)."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Report


@pytest.mark.parametrize(("text", "want"), [
    ("The Tesh health ministry and the UN both said at least 30 people were killed in the strike on Monday.",
     "Tesh health ministry"),
    ("Both the Tesh Red Crescent and the UN said 40 people were injured in the blast.", "Tesh Red Crescent"),
    ("Human Rights Watch and Amnesty International said 25 protesters were killed in Dalo.", "Human Rights Watch"),
    ("The army and local officials both said 12 soldiers were killed in the ambush.", "army"),
    # one name with a conjunction inside it
    ("The Ministry of Health and Population said 14 people were killed in the raid.",
     "Ministry of Health and Population"),
    ("The Orvan Peace & Justice Commission said 9 villagers were abducted.", "Orvan Peace & Justice Commission"),
])
def test_the_first_of_two_coordinated_speakers_states_the_figure(extractor: Extractor, text: str, want: str) -> None:
    claims = extractor.extract(Report(id="t", text=text, published=date(2025, 6, 9)))
    assert claims and all(c.source is not None and c.source.name == want for c in claims)
