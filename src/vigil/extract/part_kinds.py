"""The total a part named by its kin or its non-combatant status belongs to, where rival totals count fighters.

"The ministry said 31 people were killed. The group said 40 militants died. A teacher said her two nephews
were among the dead": "the dead" a relative or a civilian is among are the total of non-combatants or of
people in general, not a rival count of fighters stated after it. Only where such a total stands near.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from vigil.extract.trigger_choice import of_complement
from vigil.models import Claim

if TYPE_CHECKING:
    from vigil.extract.figures import Figure

_FIGHTERS = ("state_forces", "non_state_fighters", "combatants")
_KIN = re.compile(r"(?:her|his|their|my|our|your)\s", re.IGNORECASE)


def kindred_total(part: Claim, total: Claim, before: list[Claim]) -> Claim:
    """``total``, or the latest earlier whole figure of the same harm counting civilians or people in general
    where ``part`` is a civilian or a relative and ``total`` counts fighters."""
    if total.victims.category not in _FIGHTERS:
        return total
    kin = bool(_KIN.match(part.victims.text or "")) or bool(_KIN.match(part.count.text or ""))
    if part.victims.category != "civilians" and not (kin and part.victims.category == "people"):
        return total
    size = part.count.value or part.count.low or 1
    for c in reversed(before):
        if (c is not total and c.part_of is None and c.outcome == total.outcome and c.victims.category in ("civilians", "people")
                and (c.count.value or 0) > size and c.count.qualifier != "at_most"):
            return c
    return total


def listed_whole(figures: list[Figure], k: int, doc: Doc, heads: dict[int, int], part: Figure) -> None:
    """"The victims were seven men and two women, among them the owner": a part set after a list of figures
    ("among them", "including") belongs where the whole list does, not to the list's last member. ``part``
    takes the relation of the list's first member to its total, else the figure ``k`` itself as its total."""
    tok = doc[figures[k].head]
    members = sorted({k, *(heads[x.i] for x in tok.conjuncts if x.i in heads and x.i < part.head)},
                     key=lambda m: figures[m].amount.start)
    first = figures[members[0]]
    if len(members) >= 2 and first.anaphoric_part:
        part.anaphoric_part, part.of_group = True, first.of_group
    elif len(members) >= 2 and first.stance.startswith("parent"):
        part.stance = first.stance
    else:
        part.stance = f"parent_fig:{k}"


def described_share(head: Token) -> Token | None:
    """"14 villagers, eight of whom were women": where the figure's head is the noun its number is said to be,
    the "of" complement ("whom", "them") of that number, the clause's subject."""
    if head.dep_ != "attr" or head.head.lemma_ != "be":
        return None
    subj = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.like_num), None)
    return of_complement(subj) if subj is not None else None


def relative_antecedent(pron: Token, heads: dict[int, int]) -> int | None:
    """"20 children, of whom six were infants", "19 people died, among whom were three nurses": the counted noun
    a relative "whom" stands for (the noun its clause describes, or, where the parser hung the clause on the
    verb, that verb's counted subject or object). Its token index, or None."""
    if pron.lower_ not in ("whom", "which"):
        return None
    verb = next((a for a in pron.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    if verb.dep_ == "relcl" and verb.head.i in heads and verb.head.i < pron.i:
        return verb.head.i
    if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
        return next((c.i for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i in heads
                     and c.i < pron.i), None)
    return None


def of_those(head: Token) -> bool:
    """"Of those, 10 were children", "six of these were women": a number whose "of" names a group by a bare
    demonstrative (the figure before)."""
    comp = of_complement(head)
    return comp is not None and comp.lower_ in ("those", "these") and not any(True for _ in comp.children)


def treated_share(head: Token, figures: list[Figure]) -> int | None:
    """"14 were wounded in the attack; five of them were flown to Kabul": "N of them" as the subject of a verb
    of no harm of its own, right after a figure of the injured in the sentence, is a share of the injured
    (those taken to hospital, treated, flown out). The injured figure's head token, or None."""
    if head.dep_ not in ("nsubj", "nsubjpass") or not figures:
        return None
    comp = of_complement(head)
    if comp is None or comp.lower_ not in ("them", "whom") or figures[-1].outcome != "injured":
        return None
    return figures[-1].head if figures[-1].head < head.i else None
