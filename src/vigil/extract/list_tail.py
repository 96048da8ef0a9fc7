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
        at = _in_place(head)
        if head.i in heads or not (counted_people(head) or at is not None):
            continue
        start = np_text(head, doc).start
        k = start - 1
        if k >= 1 and doc[k].lower_ == "and" and doc[k - 1].text == ",":
            k -= 1          # ", and"
        if k < 1 or doc[k].text not in (",", "and"):
            continue
        end = k - 1
        prev = next((n for n, f in enumerate(figures) if f.outcome is not None or f.anaphoric_part
                     if _phrase_end(doc[f.head], doc, at is not None) == end and f.head < head.i), None)
        if prev is None:
            continue
        g = figures[prev]
        f = make(doc, a, head, g.trigger, g.outcome, {t.i for t in doc if a.start <= t.idx < a.end})
        f.anaphoric_part, f.of_group, f.incidents, f.parent = g.anaphoric_part, g.of_group, g.incidents, g.parent
        f.stance = g.stance if g.stance.startswith("parent") else "asserted"
        figures.append(f)
        heads[head.i] = len(figures) - 1


def _in_place(tok: Token) -> Token | None:
    """"four in Izium": a bare count of a list of places (its "in" phrase naming a place), or None."""
    if not tok.like_num:
        return None
    return next((p for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" and any(
        x.dep_ == "pobj" and (x.ent_type_ in ("GPE", "LOC", "FAC") or x.tag_ == "NNP") for x in p.children)), None)


def _phrase_end(tok: Token, doc: Doc, with_place: bool) -> int:
    """The last token of a figure's phrase ("five" or, in a list of places, "five in Kupiansk")."""
    if with_place and (p := _in_place(tok)) is not None:
        return max(t.i for t in p.subtree if not t.is_punct)
    return int(np_text(tok, doc).end) - 1


_HOUSEHOLDS = {"household", "family", "families", "households"}
_PERSONS = {"individual", "person", "people", "persons", "individuals", "resident", "residents"}


def households_restated(figures: list[Figure], doc: Doc) -> None:
    """"812 households, comprising 4,930 individuals": the same people counted by head, not a part of the
    households."""
    for f in figures:
        if f.parent is None:
            continue
        total = doc[figures[f.parent].head]
        if total.lemma_.lower() in _HOUSEHOLDS and doc[f.head].lemma_.lower() in _PERSONS:
            f.parent = None
