"""One person two harm verbs share: "Maoists abducted and killed a former sarpanch" states that the man was
abducted and that he was killed, two figures of one person; the parser hangs the object on the last verb only.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from vigil.extract.figures import Figure


def shared_object_figures(doc: Doc, figures: list[Figure], triggers: dict[int, str]) -> None:
    """Add, for each single person that is the object of the second of two coordinated harm verbs with
    different outcomes ("abducted and killed X"), the figure of the first verb's outcome."""
    for f in list(figures):
        if not f.single or f.trigger is None or f.parent is not None:
            continue
        verb = doc[f.trigger]
        first = verb.head
        if (verb.dep_ != "conj" or verb.pos_ != "VERB" or first.pos_ != "VERB" or first.i not in triggers
                or triggers[first.i] in (f.outcome, "casualties") or doc[f.head].dep_ != "dobj"
                or doc[f.head].head.i != verb.i):
            continue
        if any(c.dep_ in ("dobj", "nsubjpass") for c in first.children) or not any(
                c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
            continue        # ("abducted two men and killed a third": each verb its own object)
        figures.append(replace(f, outcome=triggers[first.i], trigger=first.i, trigger_char=first.idx,
                               groups=list(f.groups), demographic=list(f.demographic)))
