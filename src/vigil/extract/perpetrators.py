"""Who is said to have done it: the actor of a figure's clause, and the stance the report takes."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from vigil.extract.lexicon import ACTOR_WORDS, EVENT_WORDS, PRONOUN_SOURCES, REPORT_VERBS, TRANSITIVE
from vigil.extract.syntax import np_text

_PLACE_HEADS = {"village", "town", "city", "area", "district", "province", "region", "state", "country",
                "east", "west", "north", "south", "hospital", "camp", "market", "border", "territory", "zone",
                "neighbourhood", "neighborhood", "locality", "capital", "street", "road", "school", "house",
                "home", "building", "report", "conflict", "war", "crisis", "findings", "violence"}


def _actor_like(span: Span) -> bool:
    root = span.root
    if root.lemma_.lower() in _PLACE_HEADS or root.ent_type_ in ("GPE", "LOC", "FAC", "DATE"):
        return False
    for t in span:
        lemma = t.lemma_.lower()
        if lemma in ACTOR_WORDS or t.lower_ in ACTOR_WORDS:
            return True
        if t.ent_type_ in ("ORG", "NORP", "PERSON") and t.pos_ in ("PROPN", "ADJ", "NOUN"):
            return True
    return False


def _perp_span(tok: Token, doc: Doc) -> Span | None:
    span = np_text(tok, doc, stop_deps=frozenset({"relcl", "punct", "cc", "conj", "advcl", "acl"}))
    if len(span) > 12:
        span = doc[tok.left_edge.i:tok.i + 1] if tok.i - tok.left_edge.i < 12 else doc[tok.i:tok.i + 1]
    if span.text.isupper() and span.start == 0:
        return None          # a dateline ("KARSKO, Ruvenia (Demo Wire) —"), not an actor
    return span if _actor_like(span) else None


def perpetrator(trigger: Token, doc: Doc, victim_head: Token) -> tuple[str | None, str]:
    stance = "asserted"
    # "X is accused of killing", "X claimed responsibility", "X denied"
    for anc in [trigger, *trigger.ancestors]:
        lemma = anc.lemma_.lower()
        if lemma in ("accuse", "blame"):
            stance = "accused"
            for c in anc.children:
                if c.dep_ in ("nsubjpass",) or (lemma == "blame" and c.dep_ == "dobj"):
                    sp = _perp_span(c, doc)
                    if sp is not None:
                        return sp.text, stance
        if lemma in ("deny",):
            stance = "denied"
    for t in doc:
        if t.lemma_.lower() == "claim" and any(c.lemma_.lower() == "responsibility" for c in t.children):
            for c in t.children:
                # whoever claims responsibility is an actor, whatever the words ("Daesh claimed ...")
                if c.dep_ == "nsubj" and c.lower_ not in PRONOUN_SOURCES and c.pos_ in ("PROPN", "NOUN"):
                    sp = np_text(c, doc, stop_deps=frozenset({"relcl", "punct", "cc", "conj", "advcl", "acl"}))
                    return (sp.text if len(sp) <= 14 else c.text), "claimed"
    candidates: list[Token] = []
    chain = [trigger, *[c for c in trigger.conjuncts]]
    verbal = {trigger.i} if trigger.pos_ == "VERB" else set()   # reached from a verb trigger by clause links
    t = trigger
    for _ in range(5):
        if t.head.i == t.i or (t.head.pos_ == "VERB" and t.head.lemma_.lower() in REPORT_VERBS):
            break
        if t.i in verbal and t.dep_ in ("advcl", "xcomp", "conj", "pcomp"):
            verbal.add(t.head.i)
        t = t.head
        chain.append(t)
    for verb in chain:
        lemma = verb.lemma_.lower()
        if verb.pos_ in ("NOUN", "PROPN") and lemma in EVENT_WORDS and verb.i != trigger.i:
            candidates.append(verb)
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj" and verb.i in verbal:
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if verb.pos_ == "VERB" and not passive and verb.i in verbal and lemma not in ("die", "flee", "be"):
            candidates.extend(c for c in subjects if c.i != victim_head.i)
        for c in verb.children:
            if c.dep_ == "agent" and (verb.i == trigger.i or lemma in TRANSITIVE or verb.i in verbal):
                # "killed by X"; not "found by police", "treated by medics"
                candidates.extend(x for x in c.children if x.dep_ == "pobj")
            elif c.dep_ == "prep" and c.lower_ in ("in", "during", "after", "from", "by", "amid", "following", "under"):
                candidates.extend(x for x in c.children if x.dep_ == "pobj" and (
                    x.lemma_.lower() in EVENT_WORDS or c.lower_ == "by"))
    for cand in candidates:
        if cand.lemma_.lower() in EVENT_WORDS:
            # "in attacks by/of X", "an attack led by gunmen", "an attack blamed on jihadists"
            for c in cand.children:
                if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of", "from"):
                    for x in c.children:
                        if x.dep_ == "pobj":
                            sp = _perp_span(x, doc)
                            if sp is not None:
                                return sp.text, stance
                if c.dep_ in ("acl", "relcl"):
                    for a in c.children:
                        if a.dep_ in ("agent", "prep") and a.lower_ in ("by", "on"):
                            for x in a.children:
                                if x.dep_ == "pobj":
                                    sp = _perp_span(x, doc)
                                    if sp is not None:
                                        return sp.text, "accused" if c.lemma_.lower() == "blame" else stance
            mods = [c for c in cand.children if c.dep_ in ("amod", "compound", "nmod", "poss", "nsubj")]
            if any(_actor_like(doc[m.left_edge.i:m.i + 1]) or (m.pos_ in ("PROPN", "ADJ") and m.text[:1].isupper()
                                                                and m.i > 0) for m in mods):
                sp = np_text(cand, doc)
                return sp.text, stance
            continue
        if cand.lower_ in PRONOUN_SOURCES:
            continue
        sp = _perp_span(cand, doc)
        if sp is not None and not any(t.i == victim_head.i for t in sp):
            return sp.text, stance
    return None, stance
