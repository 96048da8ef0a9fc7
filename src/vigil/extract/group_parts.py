"""Counts set under a group the sentence opens with ("Of the civilian dead, nine were Malian, one was French and
three were Nigerien"; "Among the civilian dead, 14 were children"): every count of the list is a part of the
report's figure of that group, as the first is, and the group's own status word says what the counted people
are where their own words do not ("Malian" says no status: civilians). Also: a bare count under the wounded
with only an adverb of severity ("14 wounded, among them 4 seriously") is wounded, whatever verb the parser
hangs it on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from vigil.extract.lexicon import OUTCOME_ADJS
from vigil.extract.syntax import token_at
from vigil.extract.victims import category_of

if TYPE_CHECKING:
    from vigil.extract.figures import Figure

__all__ = ["apposed_subsets", "fronted_group_parts", "minors_by_age", "severity_parts"]


def _fronted_group(doc: Doc) -> Token | None:
    """The definite, uncounted group a sentence opens with: "Of the civilian victims, ...", "Among the dead, ..."."""
    first = doc[0] if len(doc) else None
    if first is None or first.lower_ not in ("of", "among") or first.dep_ != "prep":
        return None
    grp = next((c for c in first.children if c.dep_ == "pobj"), None)
    if grp is None or any(c.dep_ == "nummod" or c.like_num for c in grp.children) or not any(
            c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in grp.children):
        return None
    return grp


def fronted_group_parts(figures: list[Figure], doc: Doc) -> None:
    grp = _fronted_group(doc)
    if grp is None:
        return
    after = [f for f in figures if f.amount.start > grp.idx and f.parent is None and not f.stance.startswith("parent")]
    lead = next((f for f in after if f.anaphoric_part), None)
    if lead is None:
        return
    # (a status word on the group, not its harm: "the civilian victims", not "the displaced people")
    mods = [c for c in grp.children if c.dep_ in ("amod", "compound") and c.lower_ not in OUTCOME_ADJS]
    cat, explicit, _g, _d = category_of([*mods, grp]) if mods else ("people", False, [], [])
    for f in after:
        if f.outcome not in (None, lead.outcome):
            continue
        if not f.anaphoric_part:      # the later counts of the list are parts of the same group
            f.anaphoric_part, f.of_group = True, lead.of_group
        if explicit and cat != "people" and not f.category_explicit:
            f.category, f.category_explicit = cat, True


#: adverbs of how badly a part of the wounded was hurt ("among them four seriously")
_SEVERITY_ADVERBS = frozenset({"seriously", "critically", "severely", "gravely", "badly"})


def severity_parts(figures: list[Figure], doc: Doc) -> None:
    """"14 wounded, among them 4 seriously": a bare count with only an adverb of severity is a part of the wounded
    it is set under, and wounded too, whatever verb the parser hangs it on."""
    for f in figures:
        if f.parent is None or f.outcome == "injured" or figures[f.parent].outcome != "injured":
            continue
        num = token_at(doc, f.amount.num_start)
        if num is not None and num.i + 1 < len(doc) and doc[num.i + 1].lower_ in _SEVERITY_ADVERBS and f.head == num.i:
            f.outcome, f.trigger = "injured", figures[f.parent].trigger


def _listed(noun: Token) -> bool:
    """A noun of a list ("six women and five men"): "among them" after it is among the whole list."""
    return noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)


def apposed_subsets(figures: list[Figure], doc: Doc) -> None:
    """"The dead include 30 children, among them 12 infants": a count set in apposition to another count's noun
    and marked as within it ("among them", "including") is a part of that count (a part of a part), not of the
    total the first is a part of."""
    by_head = {f.head: k for k, f in enumerate(figures)}
    for k, f in enumerate(figures):
        noun = doc[f.head]
        mark = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("among", "including") and c.i < noun.i),
                    None)
        if mark is None:
            continue
        if noun.dep_ == "appos" and by_head.get(noun.head.i, k) != k and not _listed(noun.head):
            f.parent, f.anaphoric_part, f.of_group = by_head[noun.head.i], False, None
            continue
        # ("40 people, including 15 children, among them four babies": "them" the count just before)
        prev = max((h for h in by_head if h < mark.i), default=None)
        if prev is not None and by_head[prev] != k and not _listed(doc[prev]) and any(c.lower_ == "them" for c in mark.children) and all(
                t.is_punct for t in doc[prev + 1:mark.i]) and prev + 1 < mark.i:
            f.parent, f.anaphoric_part, f.of_group = by_head[prev], False, None


def minors_by_age(figures: list[Figure], doc: Doc) -> None:
    """"Seven of the dead were under 18": people said to be under an age of a child are children (civilians)."""
    for f in figures:
        subj = token_at(doc, f.amount.num_start)
        if subj is None or f.category_explicit or subj.dep_ != "nsubj" or subj.head.lemma_ != "be":
            continue
        if any(p.dep_ == "prep" and p.lower_ in ("under", "below") and any(
                x.like_num and x.text.isdigit() and int(x.text) <= 18 for x in p.children) for p in subj.head.children):
            f.category, f.category_explicit = "civilians", True
            f.demographic = [*f.demographic, "children"] if "children" not in f.demographic else f.demographic
