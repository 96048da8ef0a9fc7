"""The other side of a fight "between" two named sides, for victims who are one of them.

"Ten soldiers died in clashes between the army and the Tesh Front": the victims are of the army's side, so the
Tesh Front did it; "eight militants were killed in fighting between police and the group": the police did. Where
the victims are of neither side or of both (civilians caught in crossfire, "fighters"), there is none.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from vigil.extract.lexicon import NONSTATE_WORDS, STATE_MODIFIERS, STATE_WORDS

__all__ = ["between_sides"]

_FIGHTS = {"clash", "fighting", "battle", "gunfight", "gunbattle", "firefight", "skirmish", "confrontation",
           "encounter", "shootout", "exchange", "combat", "hostility", "hostilities", "crossfire"}


def _side(tok: Token) -> str | None:
    """"state" for a force of the state ("the army", "security forces", "police"), "armed" for an armed band
    named as such or by name ("the Tesh Front", "militants"), None otherwise (civilians, "fighters")."""
    lemma = tok.lemma_.lower()
    if lemma in STATE_WORDS or tok.lower_ in STATE_WORDS or (any(
            c.dep_ in ("amod", "compound") and c.lower_ in STATE_MODIFIERS for c in tok.children) and (
            lemma in ("force", "unit", "personnel", "troop", "troops"))):
        return "state"
    if lemma in NONSTATE_WORDS or tok.lower_ in NONSTATE_WORDS or (
            tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "NORP", "")):
        return "armed"
    return None


def between_sides(trigger: Token, victim_head: Token, span_of: Callable[[Token], Span | None]) -> Span | None:
    """For a harm verb set in a fight "between A and B" whose victims are of one side (state or armed band),
    the phrase of the other side."""
    if trigger.pos_ != "VERB":
        return None
    fights = [x for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("in", "during", "amid")
              for x in p.children if x.dep_ == "pobj" and x.lemma_.lower() in _FIGHTS]
    for fight in fights:
        sides = [x for p in fight.children if p.dep_ == "prep" and p.lower_ == "between"
                 for x in p.children if x.dep_ == "pobj"]
        sides = [s for first in sides for s in (first, *first.conjuncts)]
        mine = _side(victim_head)
        if len(sides) != 2 or mine is None:
            continue
        kinds = [_side(s) for s in sides]
        others = [s for s, k in zip(sides, kinds, strict=True) if k is not None and k != mine]
        if len(others) == 1 and mine in kinds:
            sp = span_of(others[0])
            if sp is not None:
                return sp
            other = others[0]
            return other.doc[other.left_edge.i:other.i + 1]
    return None
