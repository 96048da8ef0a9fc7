"""Outcome words of people taken or missing, read off the parse where no harm verb names them.

* taken by their captors: "gunmen seized 14 passengers", "led away 12 men at gunpoint", "nine are still being
  held by the group" (abducted; held by the state's forces, detained);
* missing: "the whereabouts of 15 fishermen remain unknown", "30 villagers have not been heard from",
  "rescuers were searching for 40 people under the rubble", "no news of 15 residents".

Each returns the index of the word that carries the outcome and the outcome, or None.
"""

from __future__ import annotations

from spacy.tokens import Token

from vigil.extract.lexicon import NONSTATE_WORDS, SINGLE_PERSON_WORDS, STATE_HOLDERS
from vigil.extract.victims import PERSON_NOUNS, counted_people

__all__ = ["counted_persons", "taken_or_missing"]

#: verbs of leading people off ("carried away", "led off", "took away")
_LEAD_OFF = {"carry", "lead", "drag", "march", "take", "whisk", "spirit", "haul", "cart", "bundle", "frogmarch"}
#: people sought who are not missing but wanted ("police are looking for 12 suspects")
_SOUGHT_OFFENDERS = NONSTATE_WORDS | {"suspect", "fugitive", "escapee", "inmate", "prisoner", "attacker", "gunman"}
#: where the held are kept ("in custody", "into detention", "without charge")
_CUSTODY = {"custody", "detention", "charge", "trial", "jail", "prison", "confinement"}


def counted_persons(c: Token) -> bool:
    """A number of people, also where the tagger read the number as an adjective ("Eleven aid workers")."""
    return counted_people(c) or (c.lemma_.lower() in PERSON_NOUNS | {"suspect"} and any(
        x.like_num for x in c.children))


def _people(verb: Token, deps: tuple[str, ...] = ("dobj", "nsubjpass")) -> Token | None:
    return next((c for c in verb.children if c.dep_ in deps and counted_persons(c)), None)


def _one_person(verb: Token) -> bool:
    """One person the verb takes: a named person or "a trader" ("X, a trader, was seized on the road")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "PERSON" or (
        c.tag_ == "NN" and c.lemma_.lower() in PERSON_NOUNS | SINGLE_PERSON_WORDS and any(
            d.dep_ in ("det", "poss") and d.lower_ in ("a", "an", "his", "her", "their") for d in c.children)))
        for c in verb.children)


#: what a bare passive "was taken" may carry and still say the person was carried off
_TAKEN_PREPS = {"from", "during", "at", "agent"}


def _taken_bare(verb: Token) -> bool:
    """A person "was taken" with no word of where or what for ("was taken to hospital", "taken in for
    questioning", "taken hostage"), only whence, when, or by captors that are not the state's."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or _holder_is_state(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or not (counted_persons(subj) or (subj.tag_ == "NN" and subj.lemma_.lower() in PERSON_NOUNS | SINGLE_PERSON_WORDS
                                               and any(d.dep_ in ("det", "poss") for d in subj.children))):
        return False
    return not any(c.dep_ in ("prt", "xcomp", "advcl", "oprd", "dobj", "ccomp", "attr", "acomp", "dative") or (
        c.dep_ in ("prep", "agent") and c.lower_ not in _TAKEN_PREPS and not _where_taken(c)) for c in verb.children)


#: prepositions that place a taking rather than say where the person was taken to ("near X", "outside X")
_PLACING_PREPS = {"near", "outside", "along", "around", "off"}


def _where_taken(prep: Token) -> bool:
    """Where or when the taking happened, not whither: "near Kidal", "outside the town", "in Gao", "on Sunday"
    (not "taken in an ambulance", "on a stretcher")."""
    return prep.lower_ in _PLACING_PREPS or (prep.lower_ in ("in", "on") and any(
        x.dep_ == "pobj" and (x.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or x.pos_ == "PROPN")
        for x in prep.children))


def _holder_is_state(verb: Token) -> bool:
    holders = [c for c in verb.children if c.dep_ == "nsubj"] + [
        x for a in verb.children if a.dep_ == "agent" for x in a.children if x.dep_ == "pobj"]
    return any(h.lemma_.lower() in STATE_HOLDERS or any(
        c.lemma_.lower() in STATE_HOLDERS for c in h.children if c.dep_ in ("compound", "amod")) for h in holders)


def taken_or_missing(t: Token) -> str | None:
    """The outcome the verb ``t`` gives the people it governs, if it is one of the kinds above."""
    lemma = t.lemma_.lower()
    kids = list(t.children)
    if (lemma == "seize" and (_people(t) is not None or _one_person(t))) or (
            lemma in ("snatch", "nab") and _people(t) is not None):    # (not "she snatched her child and ran")
        return "detained" if _holder_is_state(t) else "abducted"    # "gunmen seized 14 passengers"
    if lemma == "take" and _taken_bare(t):
        return "abducted"       # "her three-week-old baby was taken", "a boy was taken from the farm"
    if lemma in _LEAD_OFF and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "off") for c in kids) and (
            _people(t) is not None or _one_person(t)):
        # "led away 12 men at gunpoint"; "hauled off to jail": taken into the state's custody
        return "detained" if _holder_is_state(t) or _into_custody(t) else "abducted"
    if lemma == "hold" and (_people(t) is not None or any(c.dep_ == "nsubjpass" and c.like_num for c in kids)) and any(
            c.lower_ == "still" for c in kids) and not _holder_is_state(t):   # (a bare "nine": the captives just named)
        return "abducted"       # "nine are still being held by the group", "still holding 23 soldiers"
    held_in = any(c.dep_ == "prep" and c.lower_ in ("in", "into", "without") and any(
        x.lemma_.lower() in _CUSTODY for x in c.children if x.dep_ == "pobj") for c in kids)
    if held_in and lemma in ("take", "place", "put", "hold", "keep") and _people(t) is not None:
        return "detained"       # "took 20 men into custody", "50 people have been held without charge"
    if held_in and lemma in ("remain", "be", "stay") and _people(t, ("nsubj",)) is not None:
        return "detained"       # "twelve activists remain in custody"
    if lemma == "take" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "in" for c in kids) and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(x.lower_ == "questioning" for x in c.children)
            for c in kids) and _people(t) is not None:
        return "detained"       # "some 300 people were taken in for questioning"
    if lemma == "hear" and any(c.dep_ == "neg" for c in kids) and any(
            c.dep_ == "prep" and c.lower_ == "from" for c in kids) and _people(t, ("nsubjpass", "nsubj")) is not None:
        return "missing"        # "30 villagers have not been heard from since the raid"
    if lemma in ("search", "look") and not _holder_is_state(t) and any(c.dep_ == "prep" and c.lower_ == "for" and any(
            x.dep_ == "pobj" and counted_persons(x) and x.lemma_.lower() not in _SOUGHT_OFFENDERS for x in c.children)
            for c in kids):
        return "missing"        # "rescuers were searching for 40 people", "families are looking for 15 residents"
    if lemma in ("remain", "be") and any(c.dep_ in ("acomp", "attr") and c.lower_ == "unknown" for c in kids) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() == "whereabouts" and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(counted_persons(x) for x in p.children)
                for p in c.children) for c in kids):
        return "missing"        # "the whereabouts of 15 fishermen remain unknown"
    return None


def _into_custody(verb: Token) -> bool:
    """Led off to where the held are kept or as the held are led: "hauled off to jail", "taken away to a police
    station", "led away in handcuffs"."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
        x.lemma_.lower() in _CUSTODY or x.lemma_.lower() in ("station", "cell", "barracks") for x in c.children)
        for c in verb.children) or any(c.dep_ == "prep" and c.lower_ == "in" and any(
            x.lemma_.lower() in ("handcuff", "handcuffs") for x in c.children) for c in verb.children)
