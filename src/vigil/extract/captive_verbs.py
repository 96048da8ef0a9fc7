"""Outcome verbs the lexicon cannot list alone: the parse decides whether their object is people.

* phrasal harm verbs: "militants mowed down 14 worshippers" (killed), "police locked up 25 demonstrators"
  (detained), "security forces picked up 12 youths" (detained: picked up by the state's forces; not "picked up
  the bodies", "the bus picked up 20 workers");
* verbs of killing only where their object is people: "gunmen butchered seven herders", "four villagers were
  hanged" (not "hung posters");
* people led off into captivity: "armed men marched 40 pupils into the forest", "took 25 villagers into
  captivity" (abducted: into the bush or the forest by attackers, into captivity by anyone);
* people put where the held are kept: "were thrown into jail", "sent to prison", "remanded in custody"
  (detained);
* people unseen since: "twelve people have not been seen since the raid" (missing).

:func:`captive_outcome` gives the outcome a verb gives the people it governs, or None;
:func:`drop_named_status` drops the status a victim noun names where the clause says the harm ("the
whereabouts of 20 detainees remain unknown": missing, not detained).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from vigil.extract.lexicon import (
    ARMED_WORDS,
    NONSTATE_WORDS,
    OUTCOME_VERBS,
    SINGLE_PERSON_WORDS,
    STATE_HOLDERS,
    STATE_MODIFIERS,
)
from vigil.extract.taken_missing import counted_persons
from vigil.extract.victims import PERSON_NOUNS

__all__ = ["captive_outcome", "drop_named_status"]

#: phrasal verbs of harm, whoever does it -> outcome
_PHRASAL = {("mow", "down"): "killed", ("cut", "down"): "killed", ("finish", "off"): "killed", ("wipe", "out"): "killed",
            ("lock", "up"): "detained"}
#: phrasal verbs that take people into custody only where the state's forces do it
_STATE_PHRASAL = {("pick", "up"): "detained", ("sweep", "up"): "detained"}
#: verbs that harm only where their object is people -> (outcome, the one form that says it or None) ("hanged" is
#: said of people, "hung" of things)
_HARM_PERSONS: dict[str, tuple[str, str | None]] = {
    "butcher": ("killed", None), "hang": ("killed", "hanged"), "blind": ("injured", None), "stab": ("injured", None)}
#: verbs that hurt but may be told of one who then died ("was stabbed and died"): no injury beside a death
_HURT_ONLY = {"stab", "shoot"}
_DEATH_WORDS = {"die", "kill", "death", "dead", "succumb", "fatal", "fatally", "lifeless", "body"}
#: where a shot that only wounds strikes ("shot in the leg")
_LIMBS = {"leg", "legs", "arm", "arms", "hand", "hands", "foot", "feet", "knee", "knees", "thigh", "thighs", "shoulder",
          "ankle", "wrist", "buttock", "buttocks", "hip", "elbow", "calf"}
#: verbs of a killing told by its end "to death" that kill no one ("sentenced to death", "scared to death")
_NOT_TO_DEATH = {"sentence", "condemn", "threaten", "scare", "frighten", "bore", "worry", "love"}
#: verbs of leading or carrying people off
_LEAD = {"take", "lead", "march", "herd", "drag", "force", "drive", "frogmarch", "carry", "whisk", "bundle", "haul"}
#: where captors take people: into the wilds (by attackers) or into captivity (by anyone)
_WILDS = {"bush", "forest", "jungle", "wilderness"}
#: where captors take people from ("from their homes", "out of his cab") or put them in ("into their vehicles")
_DWELLINGS = {"home", "house", "dormitory", "hostel", "bed", "school", "classroom", "farm", "field", "compound",
              "church", "mosque", "clinic", "office", "shop", "workplace"}
_VEHICLES = {"vehicle", "car", "truck", "bus", "cab", "taxi", "boat", "van", "lorry", "pickup", "minibus"}
#: verbs of taking people by force out of or into a place
_GRAB = {"take", "drag", "pull", "grab", "force", "bundle", "herd", "push", "shove", "snatch"}
#: where the held are kept
_JAILS = {"jail", "prison", "custody", "detention", "cell", "cells", "gaol"}
#: verbs of putting people where the held are kept ("thrown into jail", "sent to prison", "remanded in custody")
_JAIL_VERBS = {"throw", "send", "remand", "cast", "lock"}
#: what people picked up or carried may be that is no living person
_NOT_LIVING = {"body", "corpse", "remains", "dead"}
_CAPTORS = NONSTATE_WORDS | {"captor", "kidnapper", "abductor"}
#: quantity nouns the parser joins to the counted noun ("a dozen guards")
_QUANTITIES = {"dozen", "hundred", "thousand", "score"}
#: people only the state's forces pick up ("a suspect was picked up")
_OFFENDERS = {"suspect", "fugitive", "escapee", "ringleader", "accomplice"}


_ALL_PHRASAL = _PHRASAL | _STATE_PHRASAL
_PHRASAL_WORDS = {word for word, _ in _ALL_PHRASAL}
#: the verbs the rules of :func:`captive_outcome` name (any other verb harms people only "to death")
_OWN_LEMMAS = (_PHRASAL_WORDS | _HARM_PERSONS.keys() | _LEAD | _GRAB | _JAIL_VERBS
               | {"shoot", "hand", "hold", "languish", "remand", "see"})


def _person(c: Token, counted: bool = False) -> bool:
    """People: a number of people, or one described person ("a shopkeeper", "his brother") or named one; with
    ``counted``, any counted plural noun (where the verb says only people are meant: "12 supporters were thrown
    into jail")."""
    if c.lemma_.lower() in _NOT_LIVING or c.lower_ in _NOT_LIVING:
        return False
    if c.tag_ == "NNS" and any(x.dep_ == "compound" and x.lower_ in _QUANTITIES for x in c.children) and (
            counted or c.lemma_.lower() in PERSON_NOUNS):
        return True             # "a dozen guards"
    if counted and c.tag_ == "NNS" and any(x.dep_ == "nummod" for x in c.children):
        return True
    if c.lemma_.lower() in ("family", "household") and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(x.like_num for x in p.children) for p in c.children):
        return True             # "an entire family of nine"
    if counted_persons(c):
        return True
    return c.ent_type_ == "PERSON" or (c.tag_ == "NN" and c.lemma_.lower() in PERSON_NOUNS | SINGLE_PERSON_WORDS and any(
        d.dep_ in ("det", "poss") and d.lower_ in ("a", "an", "another", "his", "her", "their") for d in c.children))


def _object_people(verb: Token, counted: bool = False) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and _person(c, counted) for c in verb.children)


def _doers(verb: Token) -> list[Token]:
    """Who does the verb: its subject (or the subject of the verb it is joined to) or its passive's agent."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "conj":
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subj + [x for a in verb.children if a.dep_ == "agent" for x in a.children if x.dep_ == "pobj"]


def _is(doer: Token, words: set[str], modifiers: set[str]) -> bool:
    return doer.lemma_.lower() in words or doer.lower_ in words or any(
        c.dep_ in ("compound", "amod") and c.lower_ in modifiers for c in doer.children)


def _into(verb: Token, preps: tuple[str, ...], places: set[str]) -> bool:
    return any(p.dep_ == "prep" and p.lower_ in preps and any(
        x.dep_ == "pobj" and x.lemma_.lower() in places for x in p.children) for p in verb.children)


def _places(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the verb's prepositions ``preps``, also after "out" ("out of his cab")."""
    out: list[Token] = []
    for p in verb.children:
        if p.dep_ in ("prep", "prt", "advmod") and p.lower_ == "out" and "out of" in preps:
            p = next((x for x in p.children if x.dep_ == "prep" and x.lower_ == "of"), p)
            out.extend(x for x in p.children if x.dep_ == "pobj")
        elif p.dep_ == "prep" and p.lower_ in preps:
            out.extend(x for x in p.children if x.dep_ == "pobj")
    return out


def _by_captors(verb: Token) -> bool:
    """Done by attackers ("gunmen", "armed men"), or by "they" in an active clause of taking."""
    doers = _doers(verb)
    return any(_is(d, _CAPTORS, ARMED_WORDS) for d in doers) or (
        any(d.lower_ == "they" and d.dep_ == "nsubj" for d in doers) and not any(
            c.dep_ == "auxpass" for c in verb.children))


def _state_vehicle(x: Token) -> bool:
    return x.lemma_.lower() in _VEHICLES and any(
        c.dep_ in ("compound", "amod") and (c.lemma_.lower() in STATE_HOLDERS or c.lower_ in STATE_MODIFIERS)
        for c in x.children)


def _seized_from(verb: Token) -> bool:
    """People taken by attackers out of where they live or travel, or forced into their captors' vehicles:
    "dragged 12 farmers from their homes", "was forced out of his cab by armed men", "bundled six farmers into
    their vehicles"; not taken anywhere else ("took 30 pupils from the school to the stadium")."""
    if verb.lemma_.lower() not in _GRAB or not _object_people(verb) or not _by_captors(verb) or any(
            c.dep_ == "conj" and c.lemma_.lower() in OUTCOME_VERBS for c in verb.children):
        return False        # ("pulled six men from their cars and shot them": taken out to be killed)
    whence = [x.lemma_.lower() for x in _places(verb, ("from", "out of"))]
    whither = [x.lemma_.lower() for x in _places(verb, ("to", "into", "toward", "towards"))]
    if any(w in _DWELLINGS | _VEHICLES for w in whence) and not whither:
        return True
    return bool(whither) and all(w in _VEHICLES for w in whither) and verb.lemma_.lower() != "take"


def captive_outcome(verb: Token) -> str | None:
    """The outcome the verb ``verb`` gives the people it governs, if it is one of the kinds above."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma not in _OWN_LEMMAS:    # (any other verb harms only "to death": "the mob stoned a woman to death")
        return "killed" if lemma not in _NOT_TO_DEATH and _into(verb, ("to",), {"death"}) and _object_people(
            verb, True) else None
    parts = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    kids = list(verb.children)
    if lemma in _PHRASAL_WORDS:
        # (a particle the parser took for a preposition: "finished off [four wounded guards]")
        parted = {p.lower_ for p in kids if p.dep_ == "prep" and any(x.dep_ == "pobj" and _person(x) for x in p.children)}
        for (word, part), outcome in _ALL_PHRASAL.items():
            if lemma == word and part in parted and (word, part) in _PHRASAL:
                return outcome
            if lemma == word and part in parts and _object_people(verb) and (
                    (word, part) in _PHRASAL or any(_is(d, STATE_HOLDERS, STATE_MODIFIERS) for d in _doers(verb))):
                return outcome      # "mowed down 14 worshippers", "police picked up 12 youths"
            if lemma == word and part in parts and (word, part) in _STATE_PHRASAL and not _doers(verb) and any(
                    c.dep_ == "nsubjpass" and c.lemma_.lower() in _OFFENDERS for c in kids):
                return outcome      # "another suspect was later picked up at his home": only the state picks up suspects
    died = lemma in _HURT_ONLY and any(x.lemma_.lower() in _DEATH_WORDS or x.lower_ in _DEATH_WORDS for x in verb.sent)
    if lemma in _HARM_PERSONS and _HARM_PERSONS[lemma][1] in (None, verb.lower_) and _object_people(verb) and not (
            lemma in _HURT_ONLY and died):
        return _HARM_PERSONS[lemma][0]      # "gunmen butchered seven herders", "twenty people were stabbed"
    if lemma == "shoot" and not died and _into(verb, ("in",), _LIMBS) and _object_people(verb):
        return "injured"        # "four people were shot in the legs"
    if lemma not in _NOT_TO_DEATH and _into(verb, ("to",), {"death"}) and _object_people(verb, True):
        return "killed"         # "rebels put 8 captives to death", "the mob stoned a woman to death"
    if lemma == "hand" and "over" in parts and _object_people(verb) and any(
            _is(x, STATE_HOLDERS, STATE_MODIFIERS) for x in _places(verb, ("to",))):
        return "detained"       # "eight men were handed over to the police"
    if lemma == "hold" and any(c.lower_ == "incommunicado" for c in kids) and _object_people(verb, True) and not any(
            _is(d, _CAPTORS, ARMED_WORDS) for d in _doers(verb)):
        return "detained"       # "fifteen people have been held incommunicado"
    if lemma == "languish" and _into(verb, ("in",), _JAILS) and any(
            c.dep_ == "nsubj" and _person(c, True) for c in kids):
        return "detained"       # "twelve activists are languishing in jail"
    if lemma == "take" and "in" in parts and _object_people(verb) and any(
            _is(d, STATE_HOLDERS, STATE_MODIFIERS) for d in _doers(verb)):
        return "detained"       # "eleven people were taken in by police"
    if lemma in _LEAD and _object_people(verb, _into(verb, ("into",), {"captivity"})):
        if _into(verb, ("into",), {"captivity"}):
            return "abducted"   # "took 25 villagers into captivity"
        if _into(verb, ("into", "to"), _WILDS) and _by_captors(verb):
            return "abducted"   # "armed men marched 40 pupils into the forest"
    if _seized_from(verb):
        return "abducted"       # "bandits dragged 12 farmers from their homes", "forced 9 men into a truck"
    if lemma in _GRAB - {"take"} and _object_people(verb) and any(
            _state_vehicle(x) for x in _places(verb, ("into", "onto", "in"))):
        return "detained"       # "forty protesters were bundled into police vans"
    if lemma in _JAIL_VERBS and _into(verb, ("into", "in", "to", "behind"), _JAILS) and _object_people(verb, True):
        return "detained"       # "were thrown into jail", "sent to prison", "remanded in custody"
    if lemma == "remand" and _object_people(verb) and not any(x.lower_ == "bail" for x in verb.subtree):
        return "detained"       # "the court remanded seven suspects in prison"
    if lemma == "see" and any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "auxpass" for c in kids) and any(
            c.dep_ == "prep" and c.lower_ == "since" for c in kids) and any(
            c.dep_ == "nsubjpass" and _person(c) for c in kids):
        return "missing"        # "twelve people have not been seen since the raid"
    return None


#: statuses a victim noun may name ("detainees", "hostages", "refugees")
_STATUSES = {"detained", "abducted", "displaced"}
#: nouns whose unknown state is the missing outcome ("the whereabouts of", "the fate of")
_UNKNOWN_OF = {"whereabouts", "fate"}


def drop_named_status(doc: Doc, found: dict[int, str]) -> None:
    """"The whereabouts of 20 detainees remain unknown", "the execution of 12 prisoners": where the noun the
    victims are "of" says their harm, the status their own noun names only says who they are (drops that noun's
    trigger from ``found``)."""
    for i, o in list(found.items()):
        tok = doc[i]
        noun = tok.head
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
        if o == "injured" and tok.dep_ == "amod" and noun.dep_ in ("dobj", "nsubjpass", "pobj") and found.get(
                verb.i) == "killed" and verb.pos_ == "VERB" and (noun.dep_ != "pobj" or noun.head.dep_ == "prep"):
            del found[i]        # "finished off three wounded soldiers": wounded before, killed now
            continue
        if o not in _STATUSES or tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "of":
            continue
        harm = tok.head.head
        if ((harm.lemma_.lower() in _UNKNOWN_OF or harm.lower_ in _UNKNOWN_OF) and "missing" in found.values()) or (
                harm.pos_ == "NOUN" and found.get(harm.i) not in (None, o)):
            del found[i]
