"""Parts of a total that the figure rules reach only through the list they stand in.

- single described persons in an "including" list or after "those killed included" ("including a
  village chief and three teenagers", "the dead included a pregnant woman and four children");
- the outcome an anaphoric total names through its own words ("those killed", "the wounded");
- the total an "including" phrase attached to an event noun belongs to ("were killed in the clashes,
  including ...": the parser hangs "including" on "clashes").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def listed_persons(tok: Token) -> list[Token]:
    """Nouns listed under an outcome word: "killed ..., including X and Y" (on the verb or on its
    event phrase) and "those killed / the dead included X and Y"."""
    found: list[Token] = []
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [p for c in preps if c.lower_ in ("in", "during") for x in c.children if x.dep_ == "pobj"
              for p in x.children if p.dep_ == "prep"]
    for p in preps:
        if p.lower_ == "including":
            for x in p.children:
                if x.dep_ == "pobj":
                    found += [x, *x.conjuncts]
    total = tok.head if tok.dep_ == "acl" else tok
    verb = total.head
    if total.dep_ == "nsubj" and verb.lemma_.lower() == "include" and verb.pos_ in ("VERB", "AUX"):
        for x in verb.children:
            if x.dep_ in ("dobj", "attr"):
                found += [x, *x.conjuncts]
    return found


def anaphor_outcome(subj: Token, triggers: dict[int, str]) -> str | None:
    """"those killed", "the dead": the outcome the anaphoric total names."""
    if subj.i in triggers:      # "the dead", "the wounded"; "the casualties" name no one outcome
        return triggers[subj.i] if triggers[subj.i] != "casualties" else None
    return next((triggers[c.i] for c in subj.children if c.dep_ == "acl" and c.i in triggers), None)


def total_over_event(tok: Token, heads: dict[int, int], doc: Doc) -> int | None:
    """"N were killed in the clashes, including ...": the figure of the verb the event phrase hangs on."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return None
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for dep in ("nsubjpass", "dobj", "nsubj"):
        for c in verb.children:
            if c.dep_ == dep and c.i in heads:
                return heads[c.i]
    return None


def of_them(head: Token) -> bool:
    """"six of them (seriously)": a part of the figure before, never the speaker."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(x.dep_ == "pobj" and x.lower_ in ("them", "whom")
                                                             for x in c.children) for c in head.children)


def died_since(head: Token, comp: Token, triggers: dict[int, str]) -> bool:
    """"two of the wounded (later) died": the figure's own verb is a death, not the total's outcome."""
    verb = head.head
    return (head.dep_ in ("nsubj", "nsubjpass") and triggers.get(verb.i) == "killed"
            and triggers.get(comp.i) not in (None, "killed"))
