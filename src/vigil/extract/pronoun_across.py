"""A pronoun victim that opens a sentence, standing for the one person the sentence before described: "A farmer
left home on Monday. He was abducted by bandits on the road" (abducted, 1: the farmer). The sentence before need
hold no harm word; it must describe exactly one person ("a farmer", "a nurse", a named person) and give no figure
of the same harm (else the pronoun's sentence restates it: "A trader was kidnapped. She was held for a week").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from vigil.extract.amounts import Amount
from vigil.extract.figures_more import intransitive_harm
from vigil.extract.lexicon import OUTCOME_VERBS, WEAK_VERBS
from vigil.extract.perpetrators import perpetrator
from vigil.extract.pronoun_victim import single_person
from vigil.extract.syntax import hypothetical, np_text
from vigil.extract.victims import category_of

if TYPE_CHECKING:
    from vigil.extract.figures import Figure, SentenceFigures
    from vigil.extract.sentences import Sentence

__all__ = ["PRONOUN_HARM", "pronoun_figure", "resolve_pronoun_figures"]

#: a sentence that opens with a pronoun harmed ("He was abducted", "She had been shot dead", "He died")
PRONOUN_HARM = re.compile(r"^\W*(?:He|She)\s+(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|shot|gunned|murdered|"
                          r"abducted|kidnapped|wounded|injured|executed|beheaded|stabbed|seized|slain|snatched)\b|"
                          r"^\W*(?:He|She)\s+(?:\w+\s+)?(?:died|disappeared|perished|went\s+missing)\b")


def _outcome(pron: Token) -> str | None:
    verb = pron.head
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children) or hypothetical(verb):
        return None
    lemma = verb.lemma_.lower()
    if pron.dep_ == "nsubjpass" and lemma in OUTCOME_VERBS and (lemma not in WEAK_VERBS or (
            lemma == "shoot" and any(c.lower_ == "dead" for c in verb.children))):
        return OUTCOME_VERBS[lemma]
    if pron.dep_ == "nsubj" and intransitive_harm(verb):
        return "missing" if lemma in ("go", "disappear") else "killed"
    return None


def pronoun_figure(figures: list[Figure], doc: Doc) -> None:
    """A figure of one person for the harmed pronoun that opens a sentence with no other figure, marked
    ``pronoun`` for :func:`resolve_pronoun_figures` to keep or drop."""
    from vigil.extract import figures as fig  # (figures imports the modules this one does)
    pron = next((t for t in doc[:2] if t.pos_ == "PRON"), None)
    if figures or pron is None or pron.lower_ not in ("he", "she") or pron.dep_ not in ("nsubj", "nsubjpass"):
        return
    outcome = _outcome(pron)
    if outcome is None:
        return
    amt = Amount(start=pron.idx, end=pron.idx + len(pron.text), text=pron.text, num_start=pron.idx, value=1, low=1,
                 high=1, qualifier="exact", unit=None)
    f = fig._make_figure(doc, amt, pron, pron.head.i, outcome, set())
    f.single, f.pronoun = True, True
    f.perpetrator, f.stance = perpetrator(pron.head, doc, pron)
    figures.append(f)


def resolve_pronoun_figures(sentences: list[Sentence], found: dict[int, SentenceFigures],
                            parse: Callable[[str], Doc]) -> None:
    """Keep each pronoun figure whose sentence follows one describing exactly one person, with that person's
    words and status; drop the others."""
    for si, sf in found.items():
        pron = [f for f in sf.figures if f.pronoun]
        if not pron:
            continue
        sf.figures = [f for f in sf.figures if not f.pronoun]
        if si == 0:
            continue
        before = found.get(si - 1)
        if before is not None and any(g.outcome == pron[0].outcome for g in before.figures):
            continue
        doc = parse(sentences[si - 1].text)
        persons = [t for t in doc if single_person(t)]
        if len(persons) != 1:
            continue
        person = persons[0]
        span = np_text(person, doc) if person.tag_ != "NNP" else doc[person.left_edge.i:person.i + 1]
        cat, explicit, groups, demo = category_of(list(span))
        f = pron[0]
        f.victim_text, f.category, f.category_explicit, f.groups, f.demographic = span.text, cat, explicit, groups, demo
        if f.perpetrator is None and person.dep_ == "dobj" and person.head.pos_ == "VERB":
            # "a sniper shot a girl in the neck. She died on the way to hospital": who shot her
            f.perpetrator, f.stance = perpetrator(person.head, doc, person)
        sf.figures.append(f)
