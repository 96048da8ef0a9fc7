"""A speaker given as a description and a name set off by commas: "..., a lawmaker representing the area, Jon
Tesh, said", "..., the press officer in the state, ASP Jon Orvan, said", "the UN rapporteur on Tesh, Ana Orvan,
said" (the name the parser hung on the place the role is of).

The name is the speaker whether the entity recogniser took it for a person or not, as long as it is not a place or
a date and the words before it describe who speaks (a determiner opening a phrase with a noun of a role or body).
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc, Token

from vigil.extract.lexicon import SOURCE_NOUNS, TITLE_WORDS

#: entity types a run of names between commas can have without being who speaks ("in Kora, Tesh, said")
_NOT_SPEAKERS = {"GPE", "LOC", "DATE", "TIME", "FAC", "NORP", "CARDINAL", "ORDINAL"}
_OPENERS = {"a", "an", "the", "one", "its", "their", "his", "her"}


def _describes_speaker(doc: Doc, start: int, end: int) -> bool:
    """doc[start:end] reads as a description of a person or body: "a lawmaker representing the area",
    "the head of the local council", "the press officer in the state"."""
    if end - start < 2 or doc[start].lower_ not in _OPENERS:
        return False
    return any(t.pos_ == "NOUN" and (t.lemma_.lower() in SOURCE_NOUNS or t.lower_ in SOURCE_NOUNS
                                     or t.lower_ in TITLE_WORDS) for t in doc[start + 1:min(end, start + 5)])


def name_after_description(start: int, doc: Doc) -> Token | None:
    """The last word of a name between the two commas before a closing reporting verb at ``start`` (the comma
    ends just before it), where the name follows a person's or body's description or is a person's name."""
    prev = next((i for i in range(start - 2, -1, -1) if doc[i].text == ","), None)
    if prev is None or not 0 < start - 2 - prev <= 5:
        return None
    if not all(t.pos_ == "PROPN" for t in doc[prev + 1:start - 1]):
        return None
    last = doc[start - 2]
    if last.ent_type_ == "PERSON":
        return last
    if last.ent_type_ in _NOT_SPEAKERS:
        return None
    before = next((i for i in range(prev - 1, -1, -1) if doc[i].text in (",", ";", ":")), -1) + 1
    return last if _describes_speaker(doc, before, prev) else None



def apposed_people(tok: Token, doc: Doc, roles: Set[str]) -> list[Token]:
    """The person named in apposition to a phrase headed by ``tok``: beside it, or, for a role of one person, after
    the place or body the role is of ("the UN special rapporteur on Tesh, Ana Orvan": the parser hangs the name on
    "Tesh")."""
    people = [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if people or tok.pos_ != "NOUN" or tok.lemma_.lower() not in roles:
        return people
    return [a for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "for", "of", "in", "to")
            for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
            for a in o.children if a.dep_ == "appos" and a.ent_type_ == "PERSON" and a.i > o.i
            and doc[a.left_edge.i - 1].text == "," and a.right_edge.i == tok.right_edge.i - 1
            and doc[a.right_edge.i + 1].text == ","][:1]
