"""Who states a figure (round 11): a body's name followed by a description of its kind before the reporting
verb, a description of a body ("a medical group said") that the report names later. Every sentence, name and event
here is invented; places are real (so that countries resolve) or invented."""

from __future__ import annotations

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def source_of(claims: list[Claim], value: int) -> str | None:
    found = [c for c in claims if c.count.value == value]
    assert found, [(c.outcome, c.count.text) for c in claims]
    s = found[0].source
    return s.name if s else None


def test_a_name_then_a_description_of_its_kind_then_the_verb(extractor: Extractor) -> None:
    text = ("A rocket strike on the central bus station in Korvath on Sunday killed nine people and wounded 23 "
            "others, the Korvath Relief Committee, a local aid group, said in a statement.")
    claims = run(extractor, text)
    assert source_of(claims, 9) == "Korvath Relief Committee"
    assert source_of(claims, 23) == "Korvath Relief Committee"


def test_a_medical_group_described_is_the_medical_body_named_next(extractor: Extractor) -> None:
    text = ("Shelling by the militia killed at least 14 people in the Tawila market in Sudan on Monday, a medical "
            "group said. Four children were among the dead, the Nuba Medics Alliance said in a statement.")
    assert source_of(run(extractor, text), 14) == "Nuba Medics Alliance"


def test_a_resistance_group_described_is_the_force_named_next(extractor: Extractor) -> None:
    text = ("An air strike on a village in Myanmar's Magway Region killed at least 16 people, a local resistance "
            "group said on Friday. The jet struck the village school at noon, the Pauk Township Defence Force said "
            "in a statement.")
    assert source_of(run(extractor, text), 16) == "Pauk Township Defence Force"
