"""Members of a list of victims the parser broke off: "the victims included a priest, three police officers
and at least 10 women", where the parser hung "three police officers" on a noun far back in the sentence.

A counted group of people with no harm word of its own that follows, after a comma or "and", right on the
phrase of a figure the sentence states is the next member of that figure's list: it says what befell them
and whose part they are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from vigil.extract.amounts import Amount
from vigil.extract.syntax import np_text
from vigil.extract.victims import counted_people

if TYPE_CHECKING:
    from vigil.extract.figures import Figure

Make = Callable[[Doc, Amount, Token, "int | None", "str | None", "set[int]"], "Figure"]


def broken_list_members(doc: Doc, figures: list[Figure], unplaced: list[tuple[Amount, Token]],
                        heads: dict[int, int], make: Make) -> None:
    """Add each unplaced amount that continues a figure's list, as that figure's fellow member."""
    for a, head in sorted(unplaced, key=lambda x: x[0].start):
        if head.i in heads or not counted_people(head):
            continue
        start = np_text(head, doc).start
        k = start - 1
        if k >= 1 and doc[k].lower_ == "and" and doc[k - 1].text == ",":
            k -= 1          # ", and"
        if k < 1 or doc[k].text not in (",", "and"):
            continue
        end = k - 1
        prev = next((n for n, f in enumerate(figures) if f.outcome is not None or f.anaphoric_part
                     if np_text(doc[f.head], doc).end - 1 == end and f.head < head.i), None)
        if prev is None:
            continue
        g = figures[prev]
        f = make(doc, a, head, g.trigger, g.outcome, {t.i for t in doc if a.start <= t.idx < a.end})
        f.anaphoric_part, f.of_group, f.incidents, f.parent = g.anaphoric_part, g.of_group, g.incidents, g.parent
        f.stance = g.stance if g.stance.startswith("parent") else "asserted"
        figures.append(f)
        heads[head.i] = len(figures) - 1


_HOUSEHOLDS = {"household", "family", "families", "households"}
_PERSONS = {"individual", "person", "people", "persons", "individuals", "resident", "residents"}


def households_restated(figures: list[Figure], doc: Doc) -> None:
    """"1,069 households, comprising 6,527 individuals": the same people counted by head, not a part of the
    households."""
    for f in figures:
        if f.parent is None:
            continue
        total = doc[figures[f.parent].head]
        if total.lemma_.lower() in _HOUSEHOLDS and doc[f.head].lemma_.lower() in _PERSONS:
            f.parent = None
