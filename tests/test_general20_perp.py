"""Round 20 of general rules for perpetrators. Every sentence, name and event here is invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor

# --- "X stands accused of killing N": an accusation told as the state of the subject of a verb of being ----------


@pytest.mark.parametrize(("text", "value", "actor"), [
    ("The Tesh Front stands accused of killing more than 200 civilians in the town.", 200, "The Tesh Front"),
    ("Government troops stand accused of executing 14 prisoners near Orvan.", 14, "Government troops"),
    ("The militia remains accused of killing 30 farmers in the valley.", 30, "The militia"),
])
def test_an_actor_standing_accused_is_accused(extractor: Extractor, text: str, value: int, actor: str) -> None:
    found = [c for c in run(extractor, text) if c.count.value == value]
    assert found and found[0].perpetrator is not None
    assert (found[0].perpetrator.text, found[0].perpetrator.stance) == (actor, "accused")
