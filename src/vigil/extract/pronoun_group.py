"""A counted "them" whose group the sentence before names: "Soldiers on patrol came under fire on Monday. Four of
them were killed" (state forces), "Militants stormed a checkpoint. Troops killed 12 of them" (non-state fighters).
Where the figure's own sentence names no group "them" can stand for, the subject of the sentence before does,
if its words say a status (spec, Conventions, "Victims": the category the report says of the victims).

Runs once per report after the figures are found, parsing only the sentences just before such figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from vigil.extract.victims import category_of

if TYPE_CHECKING:
    from vigil.extract.figures import SentenceFigures
    from vigil.extract.sentences import Sentence

__all__ = ["resolve_them_figures"]

_PRONOUNS = {"them", "they"}


def resolve_them_figures(sentences: list[Sentence], found: dict[int, SentenceFigures],
                         parse: Callable[[str], Doc]) -> None:
    """Give each figure counted "of them" with no status of its own the status of the group the sentence before
    opens with; the elliptical figures after it in its sentence ("... and two wounded") take it too."""
    for si, sf in found.items():
        if si == 0:
            continue
        them = [k for k, f in enumerate(sf.figures) if f.victim_text.lower() in _PRONOUNS and f.category == "people"
                and not f.category_explicit and f.parent is None]
        if not them:
            continue
        before = sentences[si].text[:min(sf.figures[k].amount.start for k in them)]
        if len(before.split()) > 4 or re.search(r"\b(?:they|we|the|where|whom?|which)\b", before, re.IGNORECASE):
            continue        # "them" of a group its own sentence names ("The injured were taken ..., where two of
            # them ..."), or "They killed nine of them" (who "they" are, "them" is not)
        group = _opening_group(parse(sentences[si - 1].text))
        if group is None:
            continue
        cat, explicit, groups, _demo = category_of(group)
        if not explicit or cat == "people":
            continue
        first = min(sf.figures[k].amount.start for k in them)
        for k, f in enumerate(sf.figures):
            if k in them or (f.elliptical and f.category == "people" and not f.category_explicit
                             and f.amount.start > first):
                f.category, f.category_explicit = cat, True
                if k in them:
                    f.groups = groups


def _opening_group(doc: Doc) -> list[Token] | None:
    """The plural group the main clause of a sentence is about: its subject ("Soldiers on patrol came under fire",
    "Police officers were escorting a convoy"), or the people of "a group of X" ("A group of aid workers was
    travelling")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.lemma_.lower() in ("group", "convoy", "team", "unit", "party", "patrol", "crowd", "band"):
        inner = next((x for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                      if x.dep_ == "pobj"), None)
        if inner is not None and inner.tag_ == "NNS":
            subj = inner
    if subj.tag_ not in ("NNS", "NNPS") or any(c.like_num for c in subj.children):
        return None     # (a counted subject is a figure of its own: "Five soldiers died. Two of them ...")
    return [*(x for x in subj.lefts if x.dep_ in ("amod", "compound")), subj]
