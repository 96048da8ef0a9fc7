"""The category an elliptical figure takes from a list of figures it continues: "Eleven soldiers and four civilians
were killed, and 20 others were wounded" continues the whole list, not its last member (spec, Conventions,
"Victims": an elliptical "N others" takes the category of the noun it continues, and fighters of both sides
counted together are combatants).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

__all__ = ["listed_category"]

_FIGHTING = {"state_forces", "non_state_fighters", "combatants"}


def _list_of(head: int, doc: Doc) -> set[int]:
    """The token indexes of the nouns coordinated with ``head`` ("soldiers and civilians")."""
    return {head, *(t.i for t in doc[head].conjuncts if t.pos_ in ("NOUN", "PROPN", "NUM", "PRON"))}


def listed_category(heads: Sequence[int], categories: Sequence[str], doc: Doc) -> str:
    """The category of the figures listed with the last of ``heads`` (the figures before the elliptical one, in
    order, with their ``categories``): theirs where they share one, combatants where all are fighters of
    different sides, people where fighters and others are listed together."""
    members = _list_of(heads[-1], doc)
    cats = {c for h, c in zip(heads, categories, strict=True) if h in members}
    if len(cats) <= 1:
        return categories[-1]
    return "combatants" if cats <= _FIGHTING else "people"
