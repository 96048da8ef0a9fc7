"""Round 20 of general rules for sources. Every sentence, name and event here is invented; places are real or
invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import run, src
from vigil.extract.pipeline import Extractor

# --- ", in the eastern province of X, a local leader said": the speaker read as an apposition of the place -------


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Fighters of the Kalo Defence Forces (KDF) killed at least 27 people in a night attack on three hamlets in Djugu "
     "territory, in the northeastern province of Ituri, a local civil society leader said on Monday.", 27,
     "civil society leader"),
    ("Soldiers of the 4th Division killed 11 herders in a raid on two camps in Mopti region, in central Mali, a "
     "community leader said on Wednesday.", 11, "community leader"),
    ("Militants of the Tesh Front (TF) shot dead nine farmers in an ambush on a convoy in Orvan district, in the "
     "northern province of Kunduz, a district official said on Friday.", 9, "district official"),
])
def test_a_closing_speaker_after_a_place_is_not_the_subject_of_the_harm(extractor: Extractor, text: str,
                                                                        value: int, want: str) -> None:
    got = src(run(extractor, text), value)
    assert got is not None and want in got.lower()


def test_a_second_verb_after_and_still_shares_the_subject(extractor: Extractor) -> None:
    text = "The Tesh Front claimed the ambush and said its fighters killed 14 soldiers near Orvan."
    assert src(run(extractor, text), 14) == "Tesh Front"
