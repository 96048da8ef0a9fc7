"""A body's title-case name that opens with a verb ("Save the Children", "Heal the Land Foundation"), read by the
parser as a clause that is the subject of the reporting verb at the start of the sentence, is the speaker.
Every name and event here is invented (the one real name is a well-known charity's)."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Report


@pytest.mark.parametrize(("text", "want"), [
    ("Save the Children says at least 40 children were killed in the strikes on Monday.", "Save the Children"),
    ("Save the Children said at least 40 children were killed in the strikes on Monday.", "Save the Children"),
    ("Heal the Land Foundation said at least 14 farmers were killed in Dalo on Monday.", "Heal the Land Foundation"),
    ("Save the Valley Trust says 23 villagers were abducted on Sunday.", "Save the Valley Trust"),
])
def test_a_verb_initial_name_opening_the_sentence_is_the_speaker(extractor: Extractor, text: str, want: str) -> None:
    claims = extractor.extract(Report(id="t", text=text, published=date(2025, 6, 9)))
    assert claims and all(c.source is not None and c.source.name == want for c in claims)
