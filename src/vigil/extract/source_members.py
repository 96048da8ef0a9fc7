"""People who speak from within a named body: "an official with the Tesh coast guard", "doctors at Orvan
Hospital", "a senior officer with the Kavor National Army" (-> the body)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from vigil.extract.lexicon import SOURCE_NOUNS

#: people who work within a body, beyond the ones who speak for it ("a source in", "volunteers from")
STAFF_HEADS = {"officer", "officers", "doctor", "doctors", "medic", "medics", "nurse", "nurses", "paramedic",
               "paramedics", "physician", "physicians", "surgeon", "surgeons", "employee", "employees",
               "rescuer", "rescuers", "personnel", "staff", "official", "officials", "worker", "workers"}
#: bodies a member works within, beside the ones that state figures themselves
_WORKPLACES = {"hospital", "clinic", "guard", "police", "army", "navy", "ministry", "service", "services"}
_PREPS = ("in", "at", "with", "within", "inside", "from", "of")


def named_body_of_member(tok: Token) -> Token | None:
    """The named body ``tok`` (a member word) works within: "with the Philippine coast guard", "at Nasser
    hospital", "with the Somali National Army"; a body a name or a nationality marks out, not a place ("a police
    officer in Basra") nor an unnamed body ("a doctor at a local clinic")."""
    if tok.lower_ not in STAFF_HEADS and tok.lemma_.lower() not in STAFF_HEADS:
        return None
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in _PREPS:
            continue
        for x in c.children:
            if x.dep_ != "pobj" or x.ent_type_ in ("GPE", "LOC", "DATE", "PERSON", "NORP"):
                continue
            if x.ent_type_ == "ORG" and not (x.left_edge.i == x.i and not x.text.isupper()):
                return x
            low = x.lemma_.lower()
            named = any(y.dep_ in ("compound", "amod", "nmod") and y.i < x.i and (
                y.pos_ == "PROPN" or y.ent_type_ in ("NORP", "ORG")) for y in x.children)
            if named and (low in SOURCE_NOUNS or low in _WORKPLACES):
                return x
    return None


#: the people who speak for a body written as its possession: "the army's spokesman", "the ministry's officials"
_VOICE_OF = re.compile(r"^(?:the\s+)?(?P<body>(?:[\w-]+\s+){0,3}(?-i:[a-z])[\w-]*)['’]s?\s+(?:(?:chief|senior|deputy|"
                       r"top|main)\s+)?(?:spokes(?:man|woman|person|people)|officials?|representatives?)$", re.IGNORECASE)


def voiced_body(written: str) -> str | None:
    """The body an unnamed spokesman speaks for where the words make it the possessor ("the army's spokesman" ->
    "the army"): a body's common noun, not a person's name ("Orvan's spokesman")."""
    m = _VOICE_OF.fullmatch(written.strip())
    if m is None or m["body"].split()[-1].lower() not in SOURCE_NOUNS | {"government", "military", "authorities"}:
        return None
    return m["body"]
