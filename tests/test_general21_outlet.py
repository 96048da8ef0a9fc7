"""The report's own voice where the outlet is the body that speaks: a body's own publication, named with what it
publishes ("ORVA briefing notes", "Tesh Watch quarterly report"), that names the body in the third person states
its figures in its own voice (spec: "a reprinted press release speaks in the report's voice too"). A body credited
in brackets (a wire) is not the outlet. Every report, name and event here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report


def _run(ex: Extractor, text: str, outlet: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=date(2025, 6, 9), outlet=outlet))


def _source(claims: list[Claim], value: int) -> str | None:
    found = [c for c in claims if c.count.value == value]
    assert found, [(c.outcome, c.count.text) for c in claims]
    return found[0].source.name if found[0].source else None


@pytest.mark.parametrize(("outlet", "text", "value"), [
    # an acronym the source list does not know, named in the outlet with what it publishes
    ("ORVA briefing notes", "ORVA recorded 17 abductions of aid workers in Tesh province during May.", 17),
    ("KDRM weekly update", "In the week to Sunday, KDRM documented the killing of 23 civilians in Orvan district.", 23),
    # a body's full name in the outlet, followed by what it publishes
    ("Tesh Watch quarterly report", "Tesh Watch recorded 42 killings of community leaders in the quarter.", 42),
    # a body the source list knows, under its acronym in the outlet
    ("MSF press office", "Médecins Sans Frontières teams treated 64 wounded people in Tesh on Saturday.", 64),
])
def test_a_body_named_in_its_own_publication_speaks_in_the_report_s_voice(extractor: Extractor, outlet: str,
                                                                          text: str, value: int) -> None:
    assert _source(_run(extractor, text, outlet), value) is None


@pytest.mark.parametrize(("outlet", "text", "value", "want"), [
    # a wire credited in brackets is not the outlet
    ("Tesh Daily (Orva Press)", "Orva Press said 12 people were killed in the raid on Dalo on Friday.", 12, "Orva Press"),
    # another body than the outlet keeps its name
    ("Tesh Watch quarterly report", "The Orvan Red Cross said 31 people were injured in the blast.", 31, "Red Cross"),
    ("ORVA briefing notes", "KDRM documented the killing of 23 civilians in Orvan district.", 23, "KDRM"),
])
def test_a_body_that_is_not_the_outlet_keeps_its_name(extractor: Extractor, outlet: str, text: str, value: int,
                                                      want: str) -> None:
    got = _source(_run(extractor, text, outlet), value)
    assert got is not None and want in got
