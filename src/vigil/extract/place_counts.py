"""Counts by place of an earlier total: "The quake killed 87 people. Forty were in Herat, 30 in Farah and 17 in
Badghis.", "Ten were men, five were women". A sentence with no harm word of its own whose bare numbers each stand
with a place ("N in X") or a kind of people ("N were women") is a
breakdown of the total stated before it (spec: a breakdown the text gives as the parts of a stated total): the
numbers are parts of that total, which gives them their harm."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from vigil.extract.amounts import Amount
from vigil.extract.lexicon import CHILD_WORDS, CIVILIAN_WORDS, PEOPLE_WORDS, STATE_WORDS
from vigil.extract.syntax import char_span

if TYPE_CHECKING:
    from vigil.extract.figures import Figure

__all__ = ["counts_by_place"]

_PLACE_PREPS = {"in", "at", "from", "near"}
_PEOPLE = CHILD_WORDS | CIVILIAN_WORDS | PEOPLE_WORDS | STATE_WORDS | {"man", "woman", "men", "women"}
_NOT_PLACES = {"PERSON", "DATE", "TIME", "MONEY", "PERCENT"}


def _placed(num: Token) -> bool:
    """The number stands with a named place: "30 in Farah", or as the subject of "were in Herat"."""
    holders = [num]
    if num.dep_ == "nsubj" and num.head.lemma_ == "be":
        holders.append(num.head)
    return any(p.dep_ == "prep" and p.lower_ in _PLACE_PREPS and any(
        x.dep_ == "pobj" and x.pos_ == "PROPN" and x.ent_type_ not in _NOT_PLACES for x in p.children)
        for h in holders for p in h.children)


def _kind_of_people(num: Token) -> bool:
    """The number is the subject of "were <people>": "Ten were men, five were women"."""
    verb = num.head if num.dep_ == "nsubj" else num.doc[num.i + 1] if num.i + 1 < len(num.doc) else num
    # (the parser may hang a later "four were children" on the noun before it: the verb after the number)
    return verb.lemma_ == "be" and verb.i != num.i and any(
        x.dep_ == "attr" and x.lemma_.lower() in _PEOPLE for x in verb.children)


def counts_by_place(doc: Doc, figures: list[Figure], triggers: dict[int, str], heads: dict[int, int],
                    incidents: int | None) -> None:
    """Add the bare numbers by place of a sentence with no harm word, as parts of the total before it."""
    from vigil.extract import figures as fig  # (figures imports the module that calls this)

    if triggers or figures:
        return
    found: list[tuple[Amount, Token]] = []
    for a in doc._.amounts or []:
        span = char_span(doc, a.start, a.end)
        num = span[-1] if span is not None else None
        if num is None or not (num.pos_ == "NUM" or num.like_num) or not a.value or a.unit or not (
                _placed(num) or _kind_of_people(num)) or num.dep_ in (
                "pobj", "nummod"):
            continue
        found.append((a, num))
    # the first count is what the sentence is about ("Forty were in Herat, ..."), not a count of other things
    # ("Schools were closed: 400 in Hanoi")
    if len(found) < 2 or len(found) != len(doc._.amounts or []) or not (
            found[0][1].dep_ == "nsubj" and found[0][1].head.lemma_ == "be" and (
                found[0][1].head.dep_ == "ROOT" or _kind_of_people(found[0][1]))):
        return
    for a, num in found:
        f = fig._make_figure(doc, a, num, None, None, {num.i})
        f.anaphoric_part, f.incidents = True, incidents
        figures.append(f)
        heads[num.i] = len(figures) - 1
