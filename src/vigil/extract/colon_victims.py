"""An amount with no noun that a colon sets after a clause naming the victims: "Soldiers and police officers have
been targeted: at least 27 have died since May", "Rangers bore the brunt of it; nine were killed" (spec,
Conventions, "Victims": an elliptical figure takes the category of the noun it continues). The clause before
the colon names the group, without a count, as its subject; the amount after it counts some of that group.

A sentence-level helper of :mod:`vigil.extract.victims`, read from the dependency parse.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from vigil.extract.figures import Figure

Categorize = Callable[[list[Token]], tuple[str, bool, list[str], list[str]]]

_MARKS = {":", ";", "—", "–"}
#: what may stand between the mark and the amount ("at least 27", "some 40", "over 30")
_BEFORE_AMOUNT = {"at", "least", "some", "about", "around", "nearly", "almost", "over", "more", "than", "up", "to",
                  "approximately", "roughly", "an", "estimated", "of", "them", "and"}

#: verbs whose active subject undergoes what the clause tells ("farmers have suffered most", "police bore the brunt")
_UNDERGO = {"be", "suffer", "bear", "pay", "lose", "endure", "face", "die", "perish", "fall"}


def colon_continued(figures: list[Figure], doc: Doc, category_of: Categorize) -> None:
    """Give the first figure told by its amount alone right after a colon the category of the uncounted group
    the clause before the colon has for its subject."""
    for f in figures:
        if f.category_explicit or f.parent is not None or f.category != "people" or (
                f.victim_text.strip().lower() != "people"):
            continue
        amount = doc[f.head]
        if amount.dep_ not in ("nsubj", "nsubjpass") or not amount.like_num:
            continue
        if any(g.amount.start < f.amount.start for g in figures if g is not f):
            return      # a figure before it in its sentence: what it continues is that figure's
        k = amount.left_edge.i - 1
        while k >= 0 and doc[k].lower_ in _BEFORE_AMOUNT:
            k -= 1
        if k <= 0 or doc[k].text not in _MARKS:
            continue
        group = _uncounted_subject(doc, k)
        if group is None:
            continue
        cat, explicit, _groups, _demo = category_of(group)
        if explicit and cat != "people":
            f.category = cat
        return


def _uncounted_subject(doc: Doc, mark: int) -> list[Token] | None:
    """The words of the plural subject, with no number, of the clause before the mark, with the nouns listed with
    it ("Soldiers and National Guard troops"); None where that clause has none or counts it."""
    for v in reversed(list(doc[:mark])):
        if v.pos_ not in ("VERB", "AUX") or v.right_edge.i < mark - 1:
            continue        # (the clause that runs up to the mark)
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i), None)
        if subj is None or subj.tag_ not in ("NNS", "NNPS") or not (
                subj.dep_ == "nsubjpass" or v.lemma_.lower() in _UNDERGO):
            return None     # ("Soldiers opened fire on the crowd: 40 were killed": the ones who did it)
        listed = [subj, *(c for c in subj.subtree if c.dep_ == "conj" and c.i < mark)]
        if any(c.dep_ == "nummod" or c.like_num for n in listed for c in n.children):
            return None
        return [x for n in listed for x in n.subtree if x.i < v.i and x.dep_ not in ("cc", "punct", "det")]
    return None
