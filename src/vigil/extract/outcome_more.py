"""Outcome words read off the parse that neither the lexicon nor :mod:`vigil.extract.figures_more` names.

* displaced: counted people who "poured into" a place, "deserted" or "abandoned" their villages,
  "relocated" or "moved to" a camp or "for safety", "the population of the camp has risen to N", people
  "evacuated from" a town or "driven out", and "an exodus of N";
* abducted: counted people "being held by" an armed group, a "ransom for" counted people;
* missing: "the fate (whereabouts) of N villagers remains unknown", "no news of N miners";
* detained: counted people who "are in custody";
* killed: a side's "losses" put at N, "the loss of N soldiers", "the massacre of N villagers".

:func:`outcome_of` returns the outcome the word ``t`` gives the people it governs, or None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from vigil.extract.lexicon import FIGHTER_WORDS, NONSTATE_WORDS, OUTCOME_ADJS, STATE_WORDS
from vigil.extract.victims import PERSON_NOUNS, counted_people

if TYPE_CHECKING:
    from vigil.extract.figures import Figure

__all__ = ["copula_outcomes", "counted_fighters", "outcome_of"]

#: nouns of a place people leave ("deserted their villages", "abandoned their homes")
_HOMES = {"home", "house", "village", "town", "city", "area", "district", "neighbourhood", "neighborhood", "land",
          "farm", "settlement", "community", "hamlet", "locality", "region"}
#: nouns of the sites where the displaced live ("moved to relief camps", "the population of the camp")
_SITES = {"camp", "site", "settlement", "shelter", "centre", "center"}
#: words that make a site one of displacement ("the displacement site", "a relief camp")
_SITE_KINDS = {"displacement", "relief", "refugee", "idp", "idps", "transit", "displaced", "evacuation"}
#: holders whose captives are abducted ("held by the militants")
_CAPTORS = NONSTATE_WORDS | {"captor", "kidnapper", "abductor", "gunman", "gunmen", "bandit", "militant",
                             "jihadist", "group", "attacker", "assailant"}

#: nouns of a mass killing that count as its toll only with the killed as "of" complement ("the massacre of N")
_SLAUGHTER = {"massacre", "slaughter", "slaying", "lynching", "butchery", "bloodbath"}

_ARMED = STATE_WORDS | NONSTATE_WORDS | FIGHTER_WORDS


def _counted(c: Token) -> bool:
    """A number of people, also where the tagger read the number as an adjective ("Sixty families")."""
    return counted_people(c) or (c.lemma_.lower() in PERSON_NOUNS and any(x.like_num for x in c.children))


def _subject_counted(t: Token, deps: tuple[str, ...] = ("nsubj",)) -> bool:
    return any(c.dep_ in deps and _counted(c) for c in t.children)


def counted_fighters(c: Token) -> bool:
    """Counted soldiers or fighters ("200 soldiers left for Kaya"): they move, they are not displaced."""
    noun = next((x for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                 if x.dep_ == "pobj"), c) if c.like_num or c.pos_ == "NUM" or (c.tag_ == "NNS" and c.lemma_.lower() in (
        "hundred", "thousand", "dozen", "score")) else c
    return noun.lemma_.lower() in _ARMED or noun.lower_ in _ARMED


#: what a maiming takes ("lost legs", "lost their sight")
_LIMBS = {"leg", "arm", "limb", "hand", "foot", "feet", "eye", "eyesight", "sight", "finger", "toe"}
#: the state's bodies, whose captives are detained ("held by the junta", "police held 30 demonstrators")
_STATE_HOLDERS = (STATE_WORDS - {"official"}) | {"junta", "regime", "authority", "authorities", "government"}


def _state_holder(x: Token) -> bool:
    return x.lemma_.lower() in _STATE_HOLDERS or x.lower_ in _STATE_HOLDERS


def _site(x: Token) -> bool:
    """A place of the displaced: "relief camps", "the displacement site", "a camp"."""
    return x.lemma_.lower() in _SITES and (x.lemma_.lower() == "camp" or any(
        c.lower_ in _SITE_KINDS or c.lemma_.lower() in _SITE_KINDS for c in x.children if c.dep_ in ("compound", "amod")))


def _preps(t: Token, words: tuple[str, ...]) -> list[Token]:
    return [x for p in t.children if p.dep_ == "prep" and p.lower_ in words for x in p.children if x.dep_ == "pobj"]


def outcome_of(t: Token) -> str | None:
    """The outcome the word ``t`` gives the counted people it governs (see the module's list), or None."""
    lemma = t.lemma_.lower()
    if t.pos_ == "VERB" and t.dep_ not in ("relcl", "acl"):
        if lemma in ("pour", "stream", "flood") and _subject_counted(t) and any(
                x.ent_type_ in ("GPE", "LOC") or (x.tag_ == "NNP" and x.ent_type_ not in ("FAC", "ORG", "EVENT"))
                or x.lemma_.lower() in _HOMES or _site(x) for x in _preps(t, ("into", "in"))):
            return "displaced"      # "some 2,000 people have poured into Kaya"
        if lemma in ("desert", "abandon") and _subject_counted(t) and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in _HOMES or c.ent_type_ in ("GPE", "LOC") or c.tag_ == "NNP")
                for c in t.children):
            return "displaced"      # "hundreds of residents have deserted Dan Isa", "abandoned their homes"
        if lemma == "relocate" and (_subject_counted(t, ("nsubj", "nsubjpass")) or _subject_counted(t, ("dobj",))):
            return "displaced"      # "about 150 households have relocated to Kaya"
        if lemma == "move" and _subject_counted(t, ("nsubj", "nsubjpass")) and (
                any(_site(x) for x in _preps(t, ("to", "into"))) or any(
                x.lower_ == "safety" and x.head.lower_ in ("for", "to") for x in t.subtree)):
            return "displaced"      # "150 families had moved to relief camps", "moved to X for safety"
        if lemma in ("live", "stay") and any(c.dep_ == "nsubj" and _counted(c) and not counted_fighters(c)
                                             for c in t.children) and any(_site(x) for x in _preps(t, ("in", "at"))):
            return "displaced"      # "about 3,000 people are living in makeshift camps"
        if lemma == "leave" and _subject_counted(t, ("dobj",)) and any(
                x.lemma_.lower() in ("shelter", "roof", "home") for x in _preps(t, ("without",))):
            return "displaced"      # "the clashes left 2,000 people without shelter"
        if lemma == "move" and _subject_counted(t, ("nsubj",)) and any(
                x.lemma_.lower() in _HOMES for p in t.children if p.lower_ == "out" for x in _preps(p, ("of",))):
            return "displaced"      # "hundreds of families have moved out of the area"
        if lemma == "arrive" and _subject_counted(t) and any(_site(x) for x in _preps(t, ("in", "at", "into"))):
            return "displaced"      # "some 1,500 people have arrived in the camp since Monday"
        if lemma == "leave" and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in t.children) and any(
                x.ent_type_ in ("GPE", "LOC") or (x.tag_ == "NNP" and x.ent_type_ not in ("DATE", "ORG", "FAC"))
                for x in _preps(t, ("for",))) and any(
                c.dep_ == "nsubj" and _counted(c) and not counted_fighters(c) for c in t.children):
            return "displaced"      # "nearly 6,000 people had left since Friday morning for Bule and Fata"
        if lemma == "evacuate" and _subject_counted(t, ("dobj",)) and any(
                x.lemma_.lower() in _HOMES or x.ent_type_ in ("GPE", "LOC") for x in _preps(t, ("from", "out"))):
            return "displaced"      # "the authorities evacuated 1,200 residents from the frontline town"
        if lemma in ("drive", "force", "push", "chase") and _subject_counted(t, ("dobj",)) and any(
                c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "away") for c in t.children):
            return "displaced"      # "the raids emptied 14 villages, driving out about 9,000 people"
        if lemma in ("drive", "force", "push") and _subject_counted(t, ("dobj", "nsubjpass")) and any(
                _site(x) for x in _preps(t, ("into",))):
            return "displaced"      # "the conflict has forced 50,000 people into camps"
        if lemma == "hold" and any(c.dep_ == "auxpass" for c in t.children) and _subject_counted(t, ("nsubjpass",)) and any(
                x.lemma_.lower() in _CAPTORS or x.lower_ in _CAPTORS for a in t.children if a.dep_ == "agent"
                for x in a.children if x.dep_ == "pobj"):
            return "abducted"       # "some 20 women are being held by the militants"
        if lemma == "lose" and _subject_counted(t) and any(c.dep_ == "dobj" and c.lemma_.lower() in _LIMBS
                                                           for c in t.children):
            return "injured"        # "four herders have lost legs", "three children lost their eyesight"
        if lemma == "hold" and not any(x.lemma_.lower() in ("questioning", "interrogation", "question")
                                       for p in t.children if p.dep_ == "prep" for x in p.children) and (
                (_subject_counted(t, ("nsubjpass",)) and any(
                    _state_holder(x) for a in t.children if a.dep_ == "agent" for x in a.children if x.dep_ == "pobj"))
                or (_subject_counted(t, ("dobj",)) and any(c.dep_ == "nsubj" and _state_holder(c) for c in t.children))):
            return "detained"       # "11 journalists are being held by the junta", "police held 30 demonstrators"
        if lemma == "hold" and _subject_counted(t, ("dobj",)) and any(
                c.dep_ == "nsubj" and (c.lemma_.lower() in _CAPTORS or c.lower_ in _CAPTORS) for c in t.children):
            return "abducted"       # "the rebels are holding 14 soldiers"
        return None
    if t.pos_ != "NOUN":
        return None
    if lemma == "population" and t.head.lemma_.lower() in ("rise", "reach", "stand", "swell", "grow", "climb") and any(
            _site(x) for x in _preps(t, ("of", "in", "at"))):
        return "displaced"          # "the population of the displacement site has risen to about 19,000"
    if lemma == "loss" and t.tag_ == "NNS" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children) and any(
            x.like_num or counted_people(x) for x in _preps(t.head, ("at",))):
        return "killed"             # a side's own toll: "the army put its losses at two", "their losses at 14 men"
    if lemma == "loss" and any(counted_people(x) for x in _preps(t, ("of",))):
        return "killed"             # "deplores the loss of six soldiers"
    if lemma in _SLAUGHTER and any(counted_people(x) or x.lemma_.lower() in PERSON_NOUNS for x in _preps(t, ("of",))):
        return "killed"             # "the massacre of 40 villagers by soldiers sparked protests"
    if lemma == "capture" and any(counted_people(x) for x in _preps(t, ("of",))):
        return "detained"           # "the raid ended with the capture of 14 militants" (as "captured 14 militants")
    if lemma == "exodus" and any(counted_people(x) for x in _preps(t, ("of",))):
        return "displaced"          # "the attacks set off an exodus of 10,000 people from the area"
    if lemma == "ransom" and any(counted_people(x) for x in _preps(t, ("for",))):
        return "abducted"           # "demanding ransom for 15 passengers"
    if lemma == "custody" and t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.lemma_.lower() in (
            "be", "remain", "stay") and _subject_counted(t.head.head):
        return "detained"           # "some 80 people are in custody after the riots"
    if lemma in ("fate", "whereabouts") and any(counted_people(x) for x in _preps(t, ("of",))) and any(
            c.dep_ in ("acomp", "attr") and c.lower_ in ("unknown", "unclear") for c in t.head.children):
        return "missing"            # "the fate of 25 villagers remains unknown"
    if lemma in ("news", "word") and any(d.lower_ == "no" for d in t.children) and any(counted_people(x) for x in _preps(t, ("of",))):
        return "missing"            # "relatives have had no news of 11 miners", "no word of 15 fishermen"
    return None


def copula_outcomes(figures: list[Figure], doc: Doc) -> None:
    """"Six were killed, 11 wounded and 2 are missing": a count the parser joined to the harm verb before it,
    with a copula and an outcome word of its own right after it ("are missing", "remain missing", "are
    dead"), has that word's outcome."""
    for f in figures:
        tok = doc[f.head]
        if tok.dep_ != "conj" or not tok.like_num or tok.i + 1 >= len(doc):
            continue
        be = doc[tok.i + 1]
        if be.lemma_.lower() not in ("be", "remain"):
            continue
        if be.dep_ == "aux":        # ("2 are missing" with "missing" read as the verb)
            word = be.head if be.head.i == be.i + 1 and be.head.lower_ in OUTCOME_ADJS else None
        elif be.dep_ in ("conj", "ccomp", "ROOT"):
            word = next((c for c in be.children if c.dep_ in ("acomp", "attr", "xcomp") and
                         c.lower_ in OUTCOME_ADJS), None)
        else:
            continue
        if word is not None and OUTCOME_ADJS[word.lower_] != f.outcome:
            f.outcome, f.trigger, f.trigger_char = OUTCOME_ADJS[word.lower_], word.i, word.idx
