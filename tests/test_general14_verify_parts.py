"""Round 14 of general rules: what the report says of its figures (could not verify, verified, contested) and
which total a figure is part of. Every sentence, name and event here is invented; places are real or invented."""

from __future__ import annotations

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def ver(claims: list[Claim], value: int) -> str:
    return one(claims, value).verification


# --- could not verify ----------------------------------------------------------------------------------------

def test_not_yet_able_to_verify_is_unverified_not_verified(extractor: Extractor) -> None:
    claims = run(extractor, "The district commissioner reported a toll of 15 deaths in Tesh, which aid agencies "
                            "have not yet been able to verify.")
    assert ver(claims, 15) == "unverified"


def test_not_in_a_position_to_verify_either_figure(extractor: Extractor) -> None:
    text = ("The Kessa Front said its fighters had killed 37 soldiers near Tesh. "
            "The Daily Courier is not in a position to verify either of these figures.")
    assert ver(run(extractor, text), 37) == "unverified"


def test_neither_sides_figures_are_the_two_accounts_before(extractor: Extractor) -> None:
    text = ("The Kessa Front said it had killed 44 soldiers in the assault on the Tesh garrison. "
            "The army said it had lost six men. Neither side's figures could be independently verified.")
    claims = run(extractor, text)
    assert ver(claims, 44) == "unverified"
    assert ver(claims, 6) == "unverified"


def test_neither_one_sources_figures_nor_anothers_names_both(extractor: Extractor) -> None:
    text = ("Villagers said 26 people died when the drone hit the cattle market. "
            "A nurse at the clinic said 38 were wounded. Police later detained 14 traders in a separate raid. "
            "Neither the nurse's figures nor those of villagers could be independently verified.")
    claims = run(extractor, text)
    assert ver(claims, 26) == "unverified"
    assert ver(claims, 38) == "unverified"


# --- verified ------------------------------------------------------------------------------------------------

def test_a_toll_confirmed_by_the_reports_own_reporters_is_verified(extractor: Extractor) -> None:
    claims = run(extractor, "At least 17 people were killed in the blast, a toll confirmed by our reporters at "
                            "the Tesh district hospital.")
    assert ver(claims, 17) == "verified"
