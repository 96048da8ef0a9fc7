"""Verification scope (issue 12): what a report says it could or could not check applies to the figures
it refers to, wherever that sentence stands. Every sentence here is invented."""

from __future__ import annotations

from datetime import date

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report


def run(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=date(2025, 3, 9)))


def ver(claims: list[Claim], value: int) -> str:
    found = [c for c in claims if c.count.value == value]
    assert found, [(c.outcome, c.count.text) for c in claims]
    return found[0].verification


def test_a_statement_pointing_back_applies_to_the_account_before_it(extractor: Extractor) -> None:
    claims = run(extractor, "The Tesh Front said its fighters shot dead over 30 soldiers at a checkpoint outside Kessa.\n\n"
                            "There was no independent way to check these claims.\n\n"
                            "Later, the army said 11 of its soldiers were wounded in Oruvale.")
    assert ver(claims, 30) == "unverified"
    assert ver(claims, 11) == "unknown"


def test_figures_the_agency_could_not_confirm_are_unverified(extractor: Extractor) -> None:
    claims = run(extractor, "Residents said 17 people were killed in Kidal, figures which the agency could not "
                            "immediately confirm.")
    assert ver(claims, 17) == "unverified"


def test_a_general_statement_applies_to_every_figure(extractor: Extractor) -> None:
    claims = run(extractor, "Officials said 25 people were killed in Gao.\n\nThe numbers have not been "
                            "independently checked.\n\nMedics said 40 people were injured in Gao.")
    assert ver(claims, 25) == "unverified"
    assert ver(claims, 40) == "unverified"


def test_an_officials_confirmed_toll_is_verified(extractor: Extractor) -> None:
    claims = run(extractor, "The district commissioner confirmed that 19 people were killed in the attack on "
                            "Bokkos.")
    assert ver(claims, 19) == "verified"
    claims = run(extractor, "\"Thirty-three people have been confirmed dead so far,\" the police chief said.")
    assert ver(claims, 33) == "verified"


def test_a_witness_confirming_is_not_a_verification(extractor: Extractor) -> None:
    claims = run(extractor, "A resident confirmed that 8 people were killed in Bokkos.")
    assert ver(claims, 8) != "verified"


def test_a_revised_figure_is_disputed(extractor: Extractor) -> None:
    claims = run(extractor, "The health office lowered the death toll to 9 from 10 on Monday "
                            "after finding one name listed twice.")
    assert ver(claims, 10) == "disputed"
    assert ver(claims, 9) != "disputed"


def test_a_figure_answered_with_only_is_disputed(extractor: Extractor) -> None:
    claims = run(extractor, "The Tesh Liberation Army said 70 soldiers died in the ambush, but the Defence Ministry "
                            "insisted only four soldiers were killed.")
    assert ver(claims, 70) == "disputed"
    assert ver(claims, 4) != "disputed"


def test_a_party_contesting_a_named_sources_figures_disputes_them(extractor: Extractor) -> None:
    claims = run(extractor, "A UN report said 120 people were killed in Kessa last month.\n\n"
                            "Two aid charities reject the UN figure, citing hospital records.\n\n"
                            "Medics said 35 people were injured in Kessa.")
    assert ver(claims, 120) == "disputed"
    assert ver(claims, 35) != "disputed"


def test_a_figure_denied_as_reported_by_another_is_disputed(extractor: Extractor) -> None:
    claims = run(extractor, "The rebels said the dead were 400 soldiers, and not 2,000 civilians as claimed "
                            "by the United Nations.")
    assert ver(claims, 2000) == "disputed"
