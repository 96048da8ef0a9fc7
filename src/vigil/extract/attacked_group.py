"""The group an attack was made on, named without a count, says who the figure of its outcome counts where that
figure has no noun of its own: "an attack by armed men on Fulani inhabitants of the district, resulting in 32
deaths", "gunmen attacked herders near the river, killing 12" (spec, Conventions, "Victims": the category is
what the report says of the victims). The figure must have no status of its own ("32 deaths", "12", "the
dead"), stand in the clause of the attack, and be the only such group of the sentence.

A sentence-level helper of :mod:`vigil.extract.victims`, read from the dependency parse.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from vigil.extract.lexicon import ATTACK_VERBS

if TYPE_CHECKING:
    from vigil.extract.figures import Figure

Categorize = Callable[[list[Token]], tuple[str, bool, list[str], list[str]]]

#: nouns of an attack made "on" someone
_ATTACK_NOUNS = {"attack", "assault", "raid", "ambush", "offensive", "onslaught", "strike"}
#: what a figure with no noun of its own is written as (not "12 people": a noun of no status, its own words)
_NO_NOUN = {"deaths", "death", "dead", "casualties", "fatalities", "killed", "wounded", "injured"}


def _bare_group(tok: Token) -> bool:
    """A plural noun with no count and no determiner of its own ("Fulani inhabitants", "herders")."""
    return tok.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("nummod", "det", "poss") or c.like_num for c in tok.children)


def _attacked(doc: Doc) -> list[tuple[Token, Token]]:
    """(the attack word, the group attacked) for every attack on an uncounted group in the sentence."""
    out = []
    for t in doc:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in ATTACK_VERBS and lemma not in ("open", "carry"):
            out += [(t, c) for c in t.children if c.dep_ == "dobj" and _bare_group(c)]
        elif t.pos_ == "NOUN" and lemma in _ATTACK_NOUNS:
            # (its "on" also where the parser hung it on the attackers: "an attack led by armed men on herders")
            heads = {t.i} | {x.i for c in t.children if c.dep_ == "acl" for x in c.subtree if x.pos_ == "NOUN"}
            out += [(t, x) for p in t.subtree if p.dep_ == "prep" and p.lower_ in ("on", "against")
                    and p.head.i in heads for x in p.children if x.dep_ == "pobj" and _bare_group(x)]
    return out


def attacked_group(figures: list[Figure], doc: Doc, category_of: Categorize) -> None:
    """Give the figures with no noun of their own in an attack's clause the category of the group attacked."""
    found = _attacked(doc)
    if len(found) != 1:
        return
    attack, group = found[0]
    listed = [group, *(c for c in group.subtree if c.dep_ == "conj")]     # ("villagers and soldiers")
    cat, explicit, _groups, _demo = category_of(
        [x for n in listed for x in (*(y for y in n.lefts if y.dep_ in ("amod", "compound")), n)])
    if not explicit or cat == "people":
        return
    clause = attack if attack.pos_ == "VERB" else attack.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    own = {t.i for t in clause.subtree}
    for f in sorted(figures, key=lambda g: g.amount.start):
        if f.parent is not None:
            continue
        head = doc[f.head]
        if f.category_explicit or f.category != "people" or not (head.like_num or head.lower_ in _NO_NOUN):
            return      # a figure of its own noun, which those with none after it continue ("900 people died
                        # and about 150 were seized")
        if f.head in own:
            f.category = cat
