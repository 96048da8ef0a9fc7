"""One described person a harm verb acts on, where the main single-person rules of
:mod:`vigil.extract.figures` need a word of the person lexicon:

* the object of an active killing or abducting verb, whatever the noun: "a police officer shot dead a
  protester", "gunmen kidnapped a herdsman" (one person, as "a protester was shot dead" is);
* the object of the verb a "dead" completes: "a sniper shot a girl dead", "troops beat a vendor dead"
  (the parser hangs "dead" on the verb, not on the person).
"""

from __future__ import annotations

from spacy.tokens import Token

from vigil.extract.victims import THINGS, described_person

_ONE = ("a", "an", "another")
_STRONG = ("killed", "abducted")      # ("injured a leg", "hurt a knee": not persons)
_DEAD_DEPS = ("advcl", "oprd", "xcomp", "ccomp", "acomp", "prep", "dep", "conj")


def acted_on_person(tok: Token, outcome: str) -> Token | None:
    """The one described person ("a protester") the harm word ``tok`` acts on, or None."""
    verb = tok
    if tok.lower_ == "dead" and tok.dep_ in _DEAD_DEPS and tok.head.pos_ == "VERB" and tok.head.i < tok.i:
        verb = tok.head         # "shot a 10-year-old girl dead": the girl is the object of "shot"
    elif tok.pos_ != "VERB" or outcome not in _STRONG:
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ == "amod"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ != "NN" or not described_person(obj) or obj.lemma_.lower() in THINGS:
        return None
    if not any(d.dep_ == "det" and d.lower_ in _ONE for d in obj.children):
        return None
    return obj
