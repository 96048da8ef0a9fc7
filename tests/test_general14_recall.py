"""Recall: figures the extractor missed and figures it invented, on kinds of sentence found by a battery of
invented news paragraphs. Every sentence, name and event here is invented."""

from __future__ import annotations

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def _figs(claims: list[Claim]) -> set[tuple[str, int | None]]:
    return {(c.outcome, c.count.value) for c in claims}


def test_people_feared_dead_are_a_toll(extractor: Extractor) -> None:
    claims = run(extractor, "At least 23 villagers are feared dead after raiders set fire to homes in Korfa.")
    assert ("killed", 23) in _figs(claims)


def test_people_who_could_be_killed_are_a_risk_not_a_toll(extractor: Extractor) -> None:
    claims = run(extractor, "Elders in Tamsa warn that 40 herders could be killed if the raids go on.")
    assert ("killed", 40) not in _figs(claims)
