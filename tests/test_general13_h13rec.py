"""Figures that were missed (round 13, h13rec): the many ways reports state displacement, injury, death,
abduction, disappearance and detention without the lexicon's harm words, and one person named by an age or
set "among the dead". Every sentence, name and event here is invented; places are invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor


def outcomes(extractor: Extractor, text: str) -> list[tuple[str, int | None]]:
    return [(c.outcome, c.count.value) for c in run(extractor, text)]


@pytest.mark.parametrize(("text", "expected"), [
    # displaced
    ("Some 2,000 people have poured into Kaya over the past week.", [("displaced", 2000)]),
    ("More than 500 villagers have sought safety in the town of Mesk.", [("displaced", 500)]),
    ("The population of the Tarvo camp has risen to 12,000 since the fighting began.", [("displaced", 12000)]),
    ("About 4,000 residents have been unable to return home since the raids.", [("displaced", 4000)]),
    ("Around 800 households abandoned their homes in Kolo district.", [("displaced", 800)]),
    ("At least 3,000 people were forced to relocate after the clashes.", [("displaced", 3000)]),
    ("At least 900 people have been sheltering in schools since the raid.", [("displaced", 900)]),
    ("About 150 households have relocated to Kaya.", [("displaced", 150)]),
    ("About 150 families from three villages had moved to relief camps.", [("displaced", 150)]),
    ("Sixty families have moved to the district headquarters for safety.", [("displaced", 60)]),
    ("Some 1,500 people have arrived in the camp since Monday.", [("displaced", 1500)]),
    ("Nearly 6,000 people had left since Friday morning for Bule and Fata.", [("displaced", 6000)]),
    ("Some 400 families have left Tesh tehsil for Bannu since the operation began.", [("displaced", 400)]),
    # injured
    ("Nine people needed treatment after the attack.", [("injured", 9)]),
    ("Twenty people were treated at the scene.", [("injured", 20)]),
    ("Five people were receiving treatment at the district hospital.", [("injured", 5)]),
    ("At least 14 people were left with serious burns.", [("injured", 14)]),
    # killed
    ("Four children drowned as they fled across the river.", [("killed", 4)]),
    ("Two fishermen were electrocuted.", [("killed", 2)]),
    ("A boy was crushed to death by the collapsing wall.", [("killed", 1)]),
    ("Thirteen people did not survive the attack.", [("killed", 13)]),
    ("The 41-year-old died at the scene.", [("killed", 1)]),
    ("Among the dead was Jon Tesh, a local teacher.", [("killed", 1)]),
    ("Jon Tesh, 34, was among those killed.", [("killed", 1)]),
    # abducted, missing, detained
    ("Some 20 women are being held by the militants.", [("abducted", 20)]),
    ("Five aid workers remain in the hands of their captors.", [("abducted", 5)]),
    ("The kidnappers are demanding ransom for 15 passengers.", [("abducted", 15)]),
    ("The fate of 25 villagers remains unknown.", [("missing", 25)]),
    ("Relatives have had no news of 11 miners.", [("missing", 11)]),
    ("Around 50 people are believed to be buried under the rubble.", [("missing", 50)]),
    ("Nine journalists remain behind bars.", [("detained", 9)]),
])
def test_outcomes_without_the_lexicons_harm_words(extractor: Extractor, text: str,
                                                  expected: list[tuple[str, int]]) -> None:
    assert outcomes(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "About 2,000 protesters poured into the square on Friday.",
    "The building did not survive the blast.",
    "The population of Kaya has risen to 120,000.",
    "Police said the suspects had abandoned their vehicle.",
    "The patient was treated in hospital for malaria.",
    "He moved to Kaya in 2019 with his three children.",
    "The 45-year-old told reporters he had seen the attack.",
    "Officials said 20 people were being held by police for questioning.",
    "Among the speakers was Jon Tesh.",
    "Five trucks remain in the hands of the militants.",
    "The fate of the peace deal remains unknown.",
    "Some 3,000 people have returned to their homes after the fighting.",
    "About 200 soldiers left on Monday for Kaya.",
    "Some 300 pilgrims have arrived at the site of the shrine.",
])
def test_no_figure_of_harm(extractor: Extractor, text: str) -> None:
    assert outcomes(extractor, text) == []
