"""Who the victims of a figure are: the category a victim phrase names (spec, "Victims"), a person named
under a role noun, and the category a bare victim noun of the clause gives its unqualified figures.

Sentence-level helpers of :mod:`vigil.extract.figures`; nothing here looks outside the sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from vigil.extract.lexicon import (
    CHILD_WORDS,
    CIVILIAN_WORDS,
    DEMOGRAPHIC_WORDS,
    FIGHTER_WORDS,
    NONSTATE_WORDS,
    STATE_MODIFIERS,
    STATE_WORDS,
)

if TYPE_CHECKING:
    from vigil.extract.figures import Figure


def category_of(tokens: list[Token]) -> tuple[str, bool, list[str], list[str]]:
    """(category, explicit, groups, demographic) from the words of a victim phrase."""
    lemmas = [t.lemma_.lower() for t in tokens]
    lows = [t.text.lower() for t in tokens]
    demo = sorted({DEMOGRAPHIC_WORDS[w] for w in lemmas + lows if w in DEMOGRAPHIC_WORDS})
    groups = [t.text for t in tokens if t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ", "NOUN")
              and t.dep_ in ("amod", "compound", "nmod") and t.head.i > t.i and t.i > 0
              and t.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "PERSON") and "-" not in t.text]
    words = set(lemmas) | set(lows)
    text = " ".join(lows)
    has_child = bool(words & CHILD_WORDS) or bool(re.search(r"\b(?:[1-9]|1[0-7])-year-old\b", text))
    state = bool(words & STATE_WORDS) or ("security" in words and bool(words & {"force", "personnel", "member"}))
    if state and words & {"police", "army", "military", "security"} and not (
            words & {"soldier", "troop", "officer", "policeman", "policemen", "personnel", "force", "member",
                     "gendarme", "guard", "serviceman", "servicemen", "commander", "agent", "police"}):
        state = False
    if "official" in words and not words & {"security", "police", "military", "army"}:
        state = False
    nonstate = bool(words & NONSTATE_WORDS)
    fighters = bool(words & FIGHTER_WORDS)
    if fighters and not state and not nonstate:
        mods = [t for t in tokens if t.lemma_.lower() in FIGHTER_WORDS]
        side = any(c.dep_ in ("amod", "compound", "nmod", "poss") and (
            c.text.lower().startswith("pro-") or c.ent_type_ in ("NORP", "ORG") or c.pos_ == "PROPN")
            for m in mods for c in m.children) or bool(re.search(r"\bpro ?- ?\w", text))
        gov = words & STATE_MODIFIERS
        if gov and any(c.lemma_.lower() in STATE_MODIFIERS for m in mods for c in m.children):
            state = True
        elif side or ("member" in words and any(t.ent_type_ == "ORG" for t in tokens)):
            nonstate = True
    if has_child:
        return "civilians", True, groups, demo
    if state and nonstate and re.search(r"\bloyal to (?:them|it|the (?:regime|government|army))|\ballied|"
                                        r"\bpro-(?:regime|government)", text):
        return "state_forces", True, groups, demo    # militias fighting for the state
    if state and nonstate:
        return "combatants", True, groups, demo
    if (state or nonstate) and words & {"civilian", "civilians", "resident", "villager"}:
        return "people", True, groups, demo
    if state:
        return "state_forces", True, groups, demo
    if nonstate:
        return "non_state_fighters", True, groups, demo
    if fighters and words & {"fighter", "combatant"}:
        return "combatants", True, groups, demo
    if words & CIVILIAN_WORDS and not words & {"official"}:
        return "civilians", True, groups, demo
    return "people", False, groups, demo


NAME_TITLES = {"journalist", "reporter", "photographer", "cameraman", "leader", "activist", "priest", "imam",
               "pastor", "lawyer", "doctor", "nurse", "medic", "paramedic", "teacher", "farmer", "student",
               "commander", "soldier", "officer", "policeman", "captain", "colonel", "general", "lieutenant",
               "sergeant", "corporal", "chief", "elder", "mayor", "councillor", "councilor", "judge", "cleric",
               "rescuer", "volunteer"}


def titled_name(c: Token) -> Token | None:
    """"journalist Mara Kesh", "community leader Tavo Renel": a person's name after a role noun; the first
    word of the title, or None."""
    if c.tag_ != "NNP" or c.ent_type_ not in ("PERSON", ""):
        return None
    left = [x for x in c.lefts if x.dep_ == "compound"]
    role = next((x for x in left if x.lemma_.lower() in NAME_TITLES and (x.tag_ == "NN" or x.i == 0)), None)
    if role is None:
        return None
    if not all(x.tag_ == "NNP" for x in c.doc[role.i + 1:c.i]):
        return None
    start = role
    while start.i > 0 and c.doc[start.i - 1].dep_ in ("compound", "amod") and c.doc[start.i - 1].tag_ in ("NN", "JJ") \
            and c.doc[start.i - 1].head.i in (role.i, c.i):
        start = c.doc[start.i - 1]
    return start


def bare_victim_category(figures: list[Figure], triggers: dict[int, str], doc: Doc) -> None:
    """"Herders were killed when raiders burned camps ..., which led to the death of 13 people": a bare plural
    victim noun (no amount) under an outcome verb of the sentence says who its unqualified figures are."""
    heads = {f.head for f in figures}
    cats: dict[str, set[int]] = {}
    for i in triggers:
        tok = doc[i]
        if tok.pos_ != "VERB":
            continue
        for c in tok.children:
            if (c.dep_ in ("nsubjpass", "dobj") and c.tag_ == "NNS" and c.i not in heads and not any(
                    x.dep_ in ("nummod", "det", "poss") or (x.dep_ == "amod" and x.is_alpha) or x.like_num
                    for x in c.children)):
                cat, explicit, _g, _d = category_of([c])
                if explicit and cat != "people":
                    # its clause, without the clauses conjoined to it ("..., and 5 people died")
                    own = {t.i for t in tok.subtree} - {t.i for x in tok.children if x.dep_ == "conj"
                                                        for t in x.subtree}
                    cats.setdefault(cat, set()).update(own)
    if len(cats) != 1:
        return
    cat, own = cats.popitem()
    for f in figures:
        if not f.category_explicit and f.parent is None and f.head in own:
            f.category = cat
