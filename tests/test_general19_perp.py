"""Perpetrator, round 19. Every sentence, name and place here is invented (places may be real).

A result verb with the actor ("an attack by X left two dead and five others wounded") carries its actor to every
figure it leaves, also to an elliptical second one the parser hangs on the verb as a conjoined noun with a
participle ("and five others wounded"). An event alone ("an explosion left ...") still names no actor.
"""

from __future__ import annotations

from datetime import date

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report


def run(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=date(2026, 6, 12)))


def perp(ex: Extractor, text: str, value: int) -> str | None:
    found = [c for c in run(ex, text) if c.count.value == value]
    assert found, text
    return found[0].perpetrator.text if found[0].perpetrator else None


def test_left_dead_and_others_wounded(extractor: Extractor) -> None:
    assert perp(extractor, "An ambush by suspected bandits left 4 traders dead and 9 others wounded in Kaura.", 9)
    assert perp(extractor, "A raid by armed herders left 3 farmers dead and 7 others injured near Jos on Friday.", 7)
    assert perp(extractor, "The attack by armed youths left five civilians wounded and two others dead on Sunday.", 2)
    assert perp(extractor, "An explosion left 4 dead and 8 others injured at the market.", 8) is None
