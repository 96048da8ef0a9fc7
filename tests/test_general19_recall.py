"""Round 19, recall: figures that were lost or merged away. Every sentence, name and event here is invented;
places are real or invented."""

from __future__ import annotations

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def figs(claims: list[Claim]) -> list[tuple[str, int | None]]:
    return sorted((c.outcome, c.count.value) for c in claims)


# --- a later figure equal to an earlier one, of another event ------------------------------------------------

def test_a_separate_attack_mid_sentence_is_a_figure_of_its_own(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed two farmers in Riyom. A separate attack by herders also left 2 civilians "
                            "dead in Bassa.")
    assert figs(claims) == [("killed", 2), ("killed", 2)]


def test_a_second_attack_after_the_figure_is_a_figure_of_its_own(extractor: Extractor) -> None:
    claims = run(extractor, "Four people were killed in the market bombing in Maiduguri. Residents said that four "
                            "unarmed civilians were killed in a second attack on the outskirts.")
    assert figs(claims) == [("killed", 4), ("killed", 4)]


def test_more_of_the_same_is_a_figure_of_its_own(extractor: Extractor) -> None:
    claims = run(extractor, "An airstrike on Rafah killed 12 people, medics said. Hours later, a strike on a school "
                            "in Khan Younis killed another 12.")
    assert figs(claims) == [("killed", 12), ("killed", 12)]


def test_a_further_figure_after_another_outcome_in_its_sentence_still_repeats(extractor: Extractor) -> None:
    claims = run(extractor, "Militants killed 31 soldiers and wounded 9 near Menaka on Monday. Besides the 31 "
                            "soldiers who died, a further 9 were wounded, the army said.")
    assert figs(claims) == [("injured", 9), ("killed", 31)]


def test_a_separate_case_named_after_the_figure_is_no_other_event(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed 14 people at a wake in Celaya on Sunday. Prosecutors revised the toll to "
                            "14 from 15, saying one victim belonged to a separate case at the hospital.")
    assert [c.count.value for c in claims if c.outcome == "killed"].count(14) == 1
