"""Actors the sentence names around a figure's clause where the clause walk of ``perpetrators`` finds none.

- a "when" clause in the passive, whose agent is the actor ("were killed when they were ambushed by
  armed men");
- a "when" clause hung on another harm of the same coordination ("two were killed and three others hurt
  when gunmen attacked ..."): it sets both harms;
- an actor that claims the killing itself ("X claimed the killing of eight villagers": claimed);
- the doer of the first of two conjoined verbs, where the parser lost it ("a gunman stabbed and killed a
  trader", read as a noun with a participle);
- the other side of the victims' own fight ("killed when they tried to repel the raiders", "killed
  fighting the rebels");
- the side that beat back an attack, for the attackers it killed or held ("troops repelled the assault;
  eight attackers lost their lives"), or that another clause says fought them ("three soldiers were killed
  in a clash with rebels, and five of the gunmen died in the fighting");
- an actor blamed for "their deaths" in a clause set beside the figure (accused);
- the agent of a gapped second harm, shared by the first ("41 were killed and 300 injured by X fire": the
  parser hangs "injured by X" on "300" alone);
- the agent of a harm participle the parser hung on a part the figure lists ("the bodies of five people,
  among them a girl, killed by X fire": the five were killed by X too);
- people named by the actor they belong to, where the parser read "belonging to" as the clause's verb and the
  harm as its adverbial ("residents belonging to a vigilante movement beat and burned to death three men");
- the subject of "dead" where the parser read "shot dead" as a noun "shot" in the doer's phrase and "dead" as
  the clause's head ("gunmen on a motorcycle shot dead a farmer");
- the actor an attack is put down to, where the parser lost the attack as the harm verb's subject ("in the
  village of X, a drone attack attributed by the army to Y killed two", the attack read as the village's
  apposition): accused.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from vigil.extract.lexicon import (
    ACTOR_WORDS,
    ATTACK_VERBS,
    CAUSE_PREPS,
    EVENT_WORDS,
    NONSTATE_WORDS,
    OUTCOME_NOUNS,
    OUTCOME_VERBS,
    TRANSITIVE,
)
from vigil.extract.perp_doers import denier
from vigil.extract.perp_sides import between_sides
from vigil.extract.syntax import doc_text, np_text

SpanOf = Callable[[Token], Span | None]
#: the actor an attack noun names ("an attack by X"), as ``perpetrators`` reads it
EventActor = Callable[[Token], str | None]

_WHEN_MARKS = {"when", "as", "after", "while", "once"}
#: verbs whose agent, in a "when" clause, did the harm ("when they were ambushed by X")
_ASSAULT_VERBS = TRANSITIVE | ATTACK_VERBS | {"waylay", "intercept", "surround", "overrun", "hit", "fire", "stop",
                                              "stab", "hack", "beat", "lynch", "capture", "seize", "besiege"}
#: verbs of fighting back: their object is the other side ("tried to repel the raiders", "fighting militants")
_FIGHT_BACK = {"repel", "repulse", "resist", "confront", "engage", "fight", "battle", "rebuff", "counter", "defend",
               "challenge", "pursue", "chase", "foil", "thwart"}
#: "fight off", "beat back", "fend off", "push back", "drive off"
_FIGHT_BACK_PRT = {"fight", "beat", "fend", "push", "drive", "hold", "ward"}
#: verbs whose subject beat back an attack
_REPEL = {"repel", "repulse", "thwart", "foil", "rebuff", "neutralise", "neutralize"}
_BEAT_BACK_WORDS = re.compile(r"\b(?:repel|repuls|thwart|foil|rebuff|neutrali|fought|fight|beat|fend|push|drove|drive|"
                              r"held|hold|ward)", re.IGNORECASE)
#: harm nouns for an act someone claims ("claimed the killing of eight")
_ACTS = {"killing", "murder", "assassination", "execution", "kidnapping", "abduction", "beheading", "massacre",
         "slaughter", "lynching"}
#: actor words for the state's side or for anyone: not the mark of an attacker among the victims
_NOT_HOSTILE = {"force", "forces", "troop", "troops", "army", "military", "police", "soldier", "government", "regime",
                "junta", "authority", "authorities", "navy", "guard", "policeman", "policemen", "gendarme",
                "gendarmerie", "commando", "marine", "unit", "battalion", "brigade", "command", "squad", "man", "men",
                "individual", "member", "group", "settler", "colonist", "herder", "herdsman", "herdsmen", "tribesman", "tribesmen",
                "occupation", "occupier", "enemy", "coalition", "faction", "fighter", "vigilante", "loyalist"}
_HOSTILE = ((ACTOR_WORDS | NONSTATE_WORDS) - _NOT_HOSTILE) | {"suspect", "assailant", "attacker", "raider", "intruder",
                                                              "infiltrator"}
_HARM_WORDS = {"wounded", "injured", "hurt", "dead", "missing"}
#: nouns of a setting (a place or a time), not a cause: "killed in the village", "during the night"
_SETTINGS = {"village", "town", "city", "area", "district", "province", "region", "state", "country", "community",
             "east", "west", "north", "south", "centre", "center", "camp", "market", "border", "territory", "zone",
             "neighbourhood", "neighborhood", "locality", "capital", "street", "road", "highway", "school", "house",
             "home", "building", "county", "municipality", "settlement", "hamlet", "outskirts", "part", "night",
             "day", "morning", "evening", "afternoon", "week", "month", "year", "weekend", "hour", "time", "process",
             "course", "wake", "aftermath", "hospital", "incident", "violence", "unrest", "countryside"}


def around_actor(trigger: Token, doc: Doc, victim_head: Token, span_of: SpanOf, actor_like: Callable[[Span], bool],
                 event_actor: EventActor) -> tuple[str, str] | None:
    """The actor (text, stance) one of the constructions above names for the harm ``trigger``, or None: the first
    construction that names one, in the order below."""
    words = _harm_group(trigger)
    hostile_victims = hostile(victim_head)
    finders: list[tuple[Callable[[], Span | str | None], str]] = [
        (lambda: _claimed_act(trigger, span_of), "claimed"),
        (lambda: _gapped_agent(trigger, doc, span_of), "asserted"),
        (lambda: _misread_shot_dead(trigger, span_of), "asserted"),
        (lambda: _members_of(trigger, doc, span_of), "asserted"),
        (lambda: _listed_part_agent(victim_head, doc, span_of), "asserted"),
        (lambda: _lost_attributed_subject(trigger, doc, span_of), "accused"),
        (lambda: _first_conjunct_doer(trigger, doc, span_of, actor_like), "asserted"),
        (lambda: _when_agent(words, span_of), "asserted"),
        (lambda: _fought(words, victim_head, span_of, event_actor), "asserted"),
        (lambda: between_sides(trigger, victim_head, span_of), "asserted"),     # "clashes between A and B"
        (lambda: denier(trigger, span_of), "denied"),   # "X denied responsibility for the attack that killed N"
        # attackers harmed: the side that repelled them, fought them or struck back
        (lambda: (_repeller(victim_head, doc, span_of) or _other_side(trigger, victim_head, doc, span_of)
                  or _hit_back(trigger, span_of)) if hostile_victims else None, "asserted"),
        (lambda: _enabler(trigger, span_of), "asserted"),
        (lambda: _continued_harm(trigger, doc, victim_head, span_of), "asserted"),
        (lambda: _blamed_for_harm(trigger, doc, span_of), "accused"),
    ]
    for find, stance in finders:
        found = find()
        if found is not None:
            return (found if isinstance(found, str) else found.text), stance
    return None


#: verbs of striking back at attackers: "police retaliated and two gunmen were killed"
_HIT_BACK = {"retaliate", "respond", "react", "return", "counterattack", "counter-attack", "engage", "intervene"}


def _hit_back(trigger: Token, span_of: SpanOf) -> Span | None:
    """"the police retaliated and two terrorists were killed in the exchange of fire": for attackers harmed in a
    passive clause joined to one where a side strikes back, that side (the caller checks the victims are
    hostile)."""
    if trigger.dep_ != "conj" or not any(c.dep_ == "nsubjpass" for c in trigger.children):
        return None
    verb = trigger.head
    if verb.pos_ != "VERB" or not (verb.lemma_.lower() in _HIT_BACK or beats_back(verb)):
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return span_of(subj) if subj is not None else None


def _continued_harm(trigger: Token, doc: Doc, victim_head: Token, span_of: SpanOf) -> Span | None:
    """"gunmen killed 12 civilians, ..., adding that several others had been abducted": a passive harm with no
    cause of its own whose victims only continue those of a harm named before it in the sentence ("others",
    "more") shares that harm's doer (the active subject of the earlier harm verb)."""
    if not _elliptical(victim_head) or trigger.pos_ != "VERB" or not any(
            c.dep_ == "auxpass" for c in trigger.children) or _own_cause(trigger):
        return None
    for v in reversed(doc[:victim_head.i]):
        if v.pos_ != "VERB" or v.lemma_.lower() not in TRANSITIVE or any(c.dep_ == "auxpass" for c in v.children):
            continue
        if not any(c.dep_ == "dobj" for c in v.children):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        return span_of(subj) if subj is not None else None
    return None


def _harm_word(t: Token) -> bool:
    lemma = t.lemma_.lower()
    return lemma in OUTCOME_VERBS or lemma in OUTCOME_NOUNS or t.lower_ in _HARM_WORDS


def _harm_group(trigger: Token) -> list[Token]:
    """The harm word and, where it names no cause of its own, the harm words conjoined with it whose subject
    is elliptical ("and three others injured", "and three more wounded") or absent: a clause hung on the last
    of them sets them all."""
    words = [trigger]
    if _own_cause(trigger):
        return words
    for other in trigger.conjuncts:
        if other.i == trigger.i or not _harm_word(other):
            continue
        subj = next((c for c in other.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or _elliptical(subj):
            words.append(other)
    return words


def _elliptical(subj: Token) -> bool:
    """"three", "three others", "three more": a subject that only continues the figure before it."""
    return subj.pos_ == "NUM" or subj.lemma_.lower() in ("other", "more") or any(
        c.lower_ in ("more", "other", "others") for c in subj.children)


def _own_cause(tok: Token) -> bool:
    """The harm's clause names its own agent, cause clause or event ("killed by X", "died in a crash"), not
    a place or a time ("in the east", "in Kasso", "during the night")."""
    return any(c.dep_ in ("agent", "advcl") or (c.dep_ == "prep" and c.lower_ in CAUSE_PREPS and any(
        x.dep_ == "pobj" and (x.lemma_.lower() in EVENT_WORDS or (
            x.pos_ == "NOUN" and not x.ent_type_ and x.lemma_.lower() not in _SETTINGS)) for x in c.children))
        for c in tok.children)


def when_marked(c: Token, marks: frozenset[str] = frozenset({"when"})) -> bool:
    """A clause opened by "when" (or another of ``marks``): the word hangs on its verb, or, where the parser
    read the clause as a complement and hung the word inside its subject ("killed when suspected armed youth
    attacked ..."), it is the clause's first word."""
    if c.dep_ not in ("advcl", "ccomp") or c.pos_ not in ("VERB", "AUX"):
        return False
    if c.dep_ == "advcl" and any(m.dep_ in ("advmod", "mark") and m.lower_ in marks for m in c.children):
        return True
    first = c.doc[c.left_edge.i]
    return first.lower_ in marks and first.dep_ in ("advmod", "mark") and first.i < c.i


def _time_clauses(words: list[Token], marked: bool = True) -> list[Token]:
    """The adverbial clauses on the harm words ("when ...", "as ...", "after ..."); unmarked participles too
    where ``marked`` is False ("killed fighting the rebels")."""
    found = []
    for w in words:
        for c in w.children:
            if c.dep_ == "ccomp" and when_marked(c, frozenset(_WHEN_MARKS)):
                found.append(c)
                continue
            if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX"):
                continue
            mark = any(m.dep_ in ("advmod", "mark") and m.lower_ in _WHEN_MARKS for m in c.children)
            if mark or (not marked and c.tag_ == "VBG" and not any(m.dep_ == "mark" for m in c.children)):
                found.append(c)
    return found


def _when_agent(words: list[Token], span_of: SpanOf) -> str | None:
    """"when they were ambushed by X" (the agent); for a harm word beside the trigger, "when X attacked ..."
    (the active subject, as ``perp_clauses.when_clause_actor`` reads the trigger's own clause)."""
    for c in _time_clauses(words):
        passive = any(x.dep_ == "auxpass" for x in c.children)
        if passive and c.lemma_.lower() in _ASSAULT_VERBS:
            for x in (x for a in c.children if a.dep_ == "agent" for x in a.children if x.dep_ == "pobj"):
                sp = span_of(x)
                if sp is not None:
                    return sp.text
        if not passive and (any(m.lower_ == "when" for m in c.children) or when_marked(c)):
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            sp = span_of(subj) if subj is not None else None
            if sp is not None:
                return sp.text
    return None


def _fought(words: list[Token], victim_head: Token, span_of: SpanOf, event_actor: EventActor) -> str | None:
    """"killed when they tried to repel the raiders", "died fighting militants", "killed while defending the
    village against bandits": the victims' own side fought; the side they fought did the harm."""
    for c in _time_clauses(words, marked=False):
        subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ != "PRON" and subj.i != victim_head.i:
            continue    # someone else's fight
        for v in [c, *(x for x in c.subtree if x.dep_ in ("xcomp", "conj") and x.pos_ == "VERB")]:
            lemma = v.lemma_.lower()
            prt = any(p.dep_ == "prt" and p.lower_ in ("off", "back") for p in v.children)
            if lemma not in _FIGHT_BACK and not (lemma in _FIGHT_BACK_PRT and prt):
                continue
            objects = [o for o in v.children if o.dep_ == "dobj"] + [
                x for p in v.children if p.dep_ == "prep" and p.lower_ in ("against", "with")
                for x in p.children if x.dep_ == "pobj"]
            for o in objects:
                if o.lemma_.lower() in EVENT_WORDS:
                    named = event_actor(o)      # "trying to repel an attack by gunmen"
                    if named is not None:
                        return named
                    continue
                sp = span_of(o)
                if sp is not None:
                    return sp.text
    return None


_BLAME_WORDS = re.compile(r"\b(?:blam|accus)", re.IGNORECASE)


def beats_back(verb: Token) -> bool:
    """"repelled", "fought off", "beat back": a verb whose subject turned back an attack."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in _REPEL or (lemma in _FIGHT_BACK_PRT and any(
        p.dep_ == "prt" and p.lower_ in ("off", "back") for p in verb.children)))


def hostile(victim_head: Token) -> bool:
    """Victims described as attackers or as members of an armed or criminal band ("eight attackers",
    "14 suspected members of a criminal cell")."""
    words = [victim_head, *(t for t in victim_head.subtree if t.dep_ in ("amod", "compound", "pobj", "prep"))]
    if victim_head.dep_ == "pobj" and victim_head.head.lower_ == "of":
        words.append(victim_head.head.head)
    return any(t.lemma_.lower() in _HOSTILE or t.lower_ in _HOSTILE for t in words)


def _repeller(victim_head: Token, doc: Doc, span_of: SpanOf) -> Span | None:
    """"the troops repelled the assault, eight attackers lost their lives": for attackers killed or held, the
    side the sentence says beat back the attack."""
    if not _BEAT_BACK_WORDS.search(doc_text(doc)):
        return None         # (a cheap look at the words before walking the parse)
    for v in doc:
        if not beats_back(v):
            continue
        if any(c.dep_ == "auxpass" for c in v.children) or victim_head.i in {t.i for t in v.subtree}:
            continue
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is None or not (obj.lemma_.lower() in EVENT_WORDS or obj.lemma_.lower() in _HOSTILE
                               or obj.lemma_.lower() in ("aggression", "assault", "incursion", "advance")):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        sp = span_of(subj) if subj is not None else None
        if sp is not None and victim_head.i not in range(sp.start, sp.end):
            return sp
    return None


def _claimed_act(trigger: Token, span_of: SpanOf) -> Span | None:
    """"X claimed the killing of eight villagers": the claimer of the act the figure names."""
    if trigger.lemma_.lower() not in _ACTS or trigger.dep_ != "dobj":
        return None
    verb = trigger.head
    if verb.lemma_.lower() != "claim" or verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    # whoever claims a killing is an actor, whatever the words ("the Islamic State"), as with "claimed
    # responsibility"
    sp = span_of(subj)
    return sp if sp is not None else np_text(subj, subj.doc)


def _gapped_agent(trigger: Token, doc: Doc, span_of: SpanOf) -> Span | None:
    """"N were killed and M injured by X": a passive harm verb with no agent of its own, then "and", a count and
    a harm participle on that count with its agent: the agent of both harms."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in OUTCOME_VERBS or any(
            c.dep_ == "agent" for c in trigger.children) or not any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    if trigger.i + 2 >= len(doc) or doc[trigger.i + 1].lower_ != "and":
        return None
    for v in doc[trigger.i + 2:min(len(doc), trigger.i + 6)]:
        if v.pos_ == "VERB" and v.tag_ in ("VBN", "VBD") and v.dep_ == "acl" and v.lemma_.lower() in OUTCOME_VERBS and (
                trigger.i + 1 < v.head.i < v.i and (v.head.like_num or any(c.dep_ == "nummod" for c in v.head.children))):
            for a in v.children:
                if a.dep_ == "agent":
                    return next((sp for x in a.children if x.dep_ == "pobj" and (sp := span_of(x)) is not None), None)
            return None
        if v.pos_ == "VERB":
            return None
    return None


_DEAD_BY = {"shot", "beaten", "stabbed", "hacked", "burned", "burnt", "clubbed", "stoned"}


def _misread_shot_dead(trigger: Token, span_of: SpanOf) -> Span | None:
    """"gunmen on a motorcycle shot dead a farmer" read as "[gunmen on a motorcycle shot] dead [a farmer]": the
    subject the parser gave "dead", with "shot" the last word of its phrase."""
    dead = trigger if trigger.lower_ == "dead" else next((c for c in trigger.children if c.lower_ == "dead"), None)
    if dead is None or dead.i == 0 or dead.doc[dead.i - 1].lower_ not in _DEAD_BY:
        return None
    subj = next((c for c in dead.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.i == dead.i - 1:
        # "a Tesh sniper shot dead ...": "shot" read as the noun of a phrase whose modifiers are the actor
        subj = next((c for c in reversed(list(subj.children)) if c.dep_ in ("compound", "nmod")
                     and c.pos_ in ("NOUN", "PROPN")), None)
        return span_of(subj) if subj is not None else None
    return span_of(subj) if subj is not None and subj.i < dead.i - 1 else None


_BELONG = {"belong", "link", "affiliate", "tie", "attach", "allied", "loyal"}


def _members_of(trigger: Token, doc: Doc, span_of: SpanOf) -> Span | None:
    """"residents belonging to a vigilante movement beat and burned to death three men", parsed with "belonging"
    as the verb of "residents" and the harm as its adverbial clause: those people, named by their group."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or verb.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    # (the parser may hang the harm on the participle or on the verb of the clause before it)
    for link in (t for t in doc[max(0, verb.i - 12):verb.i] if t.lemma_.lower() in _BELONG and t.pos_ == "VERB"):
        subj = next((c for c in link.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        group = next((x for p in link.children if p.dep_ == "prep" and p.lower_ in ("to", "with") for x in p.children
                      if x.dep_ == "pobj" and x.right_edge.i == verb.i - 1), None)
        if subj is not None and group is not None and span_of(group) is not None:
            return doc[subj.left_edge.i:group.right_edge.i + 1]
    return None


def _listed_part_agent(victim_head: Token, doc: Doc, span_of: SpanOf) -> Span | None:
    """"five people, among them a girl, killed by X": a harm participle with its agent hung on the part the
    figure's phrase lists ("among them", "including") right after the figure: the figure's agent too."""
    end = min(len(doc), victim_head.i + 9)
    lists = [t for t in doc[victim_head.i + 1:end] if t.lower_ in ("among", "including")]
    if not lists or any(t.text in ";.:" for t in doc[victim_head.i + 1:lists[0].i]):
        return None
    for part in doc[lists[0].i + 1:end]:
        for v in part.children:
            if v.dep_ == "acl" and v.pos_ == "VERB" and v.lemma_.lower() in OUTCOME_VERBS:
                for a in v.children:
                    if a.dep_ == "agent":
                        return next((sp for x in a.children if x.dep_ == "pobj" and (sp := span_of(x)) is not None),
                                    None)
    return None


_PUT_DOWN = {"attribute": "to", "blame": "on", "ascribe": "to", "impute": "to"}


def _lost_attributed_subject(trigger: Token, doc: Doc, span_of: SpanOf) -> Span | None:
    """An active harm verb with no subject, right after an event noun whose participle puts it down to an
    actor ("a drone attack attributed by the army to the Red Hand killed two"): that actor."""
    if trigger.pos_ != "VERB" or trigger.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass")
                                                       for c in trigger.children):
        return None
    event = next((t for t in doc[:trigger.i] if t.right_edge.i == trigger.i - 1 and t.lemma_.lower() in EVENT_WORDS
                  and t.pos_ == "NOUN"), None)
    if event is None:
        return None
    for acl in event.children:
        prep = _PUT_DOWN.get(acl.lemma_.lower()) if acl.dep_ == "acl" else None
        for x in (x for p in acl.children if p.dep_ == "prep" and p.lower_ == prep
                  for x in p.children if x.dep_ == "pobj"):
            sp = span_of(x)
            if sp is None and x.pos_ == "PROPN" and x.ent_type_ not in ("GPE", "LOC", "FAC", "DATE"):
                sp = doc[x.left_edge.i:x.i + 1]     # whoever an attack is put down to by name is an actor
            if sp is not None:
                return sp
    return None


def _first_conjunct_doer(trigger: Token, doc: Doc, span_of: SpanOf, actor_like: Callable[[Span], bool]) -> Span | None:
    """"A gunman stabbed and killed a trader": an active harm verb with an object and no subject of its own,
    the last of conjoined verbs, whose doer the parser hung elsewhere: the first verb read as a participle on
    the doer ("gunman <- stabbed"), or as a noun closing the doer's phrase ("a sniper shot" as one noun)."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "conj" or trigger.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in trigger.children) or not any(
            c.dep_ == "dobj" for c in trigger.children):
        return None
    first = trigger.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
        return None     # the clause walk reads a stated subject
    if (first.pos_ == "VERB" and first.dep_ == "acl" and first.tag_ in ("VBD", "VBN")
            and first.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "auxpass" for c in first.children)):
        return span_of(first.head)
    if first.pos_ == "NOUN" and first.dep_ == "ROOT" and first.i > 0 and doc[first.i - 1].dep_ in ("compound", "amod") and (
            doc[first.i - 1].head.i == first.i):
        start = first.i     # the doer's own words only, not a date or place hung on the misread noun
        while start > 0 and doc[start - 1].dep_ in ("det", "compound", "amod", "poss", "nmod", "case") and any(
                a.i == first.i for a in doc[start - 1].ancestors):
            start -= 1
        span = doc[start:first.i]
        return span if actor_like(span) else None
    return None


def _blamed_for_harm(trigger: Token, doc: Doc, span_of: SpanOf) -> Span | None:
    """"..., blaming X for their deaths", "X was blamed for the killings": a blame set beside the figure that
    refers back to its harm (a harm noun of the same outcome with no number of its own)."""
    lemma = trigger.lemma_.lower()
    outcome = OUTCOME_VERBS.get(lemma) or OUTCOME_NOUNS.get(lemma)
    if outcome is None:
        return None
    if not _BLAME_WORDS.search(doc_text(doc)):
        return None
    for v in doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in ("blame", "accuse") or v.i in {a.i for a in trigger.ancestors}:
            continue
        harms = [x for p in v.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                 for x in p.children if x.dep_ == "pobj"]
        if not any(OUTCOME_NOUNS.get(h.lemma_.lower()) == outcome and h.i != trigger.i and not any(
                c.dep_ == "nummod" for c in h.children) for h in harms):
            continue
        passive = any(c.dep_ == "auxpass" for c in v.children)
        held = next((c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        sp = span_of(held) if held is not None else None
        if sp is not None:
            return sp
    return None


def among_the_harmed(head: Token) -> Token | None:
    """"N guards were among those killed ...": the harm word of the group the figure is counted among."""
    verb = head.head
    whose = next((c for c in head.children if c.dep_ == "relcl" and c.lemma_ == "be" and any(
        s.dep_ == "nsubj" and any(p.lower_ == "whose" for p in s.children) for s in c.children)), None)
    if whose is not None:
        verb = whose    # "two girls whose parents were among those killed": the harm the relatives are counted in
    elif head.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    for x in (x for p in verb.children if p.dep_ == "prep" and p.lower_ == "among" for x in p.children if x.dep_ == "pobj"):
        harm = next((c for c in x.children if c.dep_ in ("acl", "relcl") and _harm_word(c)), None)
        if harm is not None:
            return harm
    return None


def sides_agent(cand: Token) -> bool:
    """"abducted by both sides", "killed by the warring parties": the agent of a harm verb that names the sides
    of a conflict together (candidates come from the agents of the harm's own verbs only)."""
    return (cand.dep_ == "pobj" and cand.head.dep_ == "agent" and cand.lemma_.lower() in ("side", "party")
            and cand.tag_ == "NNS" and any(c.lower_ in ("both", "all", "warring", "rival", "opposing", "two")
                                          for c in cand.children))


_FIGHTS = {"clash", "fighting", "battle", "gunfight", "gunbattle", "firefight", "skirmish", "confrontation", "encounter",
           "shootout", "exchange"}


def _in_fight(verb: Token) -> Token | None:
    """The fight a harm verb is set in ("killed in a clash with X", "died in the fighting"), if any."""
    return next((x for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
                 for x in p.children if x.dep_ == "pobj" and x.lemma_.lower() in _FIGHTS), None)


def _other_side(trigger: Token, victim_head: Token, doc: Doc, span_of: SpanOf) -> Span | None:
    """"Three soldiers were killed in a clash with militants ..., and seven of the gunmen died in the
    fighting": attackers who died in a fight the sentence says the victims of another of its clauses fought
    with them; that other side did it."""
    if trigger.pos_ != "VERB" or _in_fight(trigger) is None:
        return None
    for v in doc:
        if v.i == trigger.i or v.pos_ != "VERB" or v.lemma_.lower() not in OUTCOME_VERBS:
            continue
        fight = _in_fight(v)
        if fight is None or not any(p.dep_ == "prep" and p.lower_ == "with" for p in fight.children):
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i == victim_head.i or hostile(subj):
            continue
        sp = span_of(subj)
        if sp is not None:
            start = sp.start    # the side, not its count: "Three Kelan soldiers" -> "Kelan soldiers"
            while start < sp.end - 1 and doc[start].dep_ in ("nummod", "quantmod", "advmod"):
                start += 1
            return doc[start:sp.end]
    return None


_ENABLE = {"make", "allow", "enable", "permit", "help"}
#: a side's act named as a noun: its doer is the side ("the response of the FDS", "the army's intervention")
_SIDE_ACTS = {"response", "intervention", "operation", "action", "reaction", "riposte", "counterattack",
              "counter-attack", "offensive", "assault", "raid", "strike", "engagement", "effort", "deployment"}


def _enabler(trigger: Token, span_of: SpanOf) -> Span | None:
    """"The response of the FDS made it possible to repel the assailants and to neutralise 31 terrorists",
    "the operation allowed the troops to neutralise ...": a harm verb with no subject of its own, in the
    infinitive an enabling verb governs, was done by that verb's subject (or, where the subject is a side's
    act, by the side the act is of)."""
    if trigger.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return None
    t = trigger
    for _ in range(5):
        if t.head.i == t.i or t.dep_ not in ("conj", "advcl", "xcomp", "ccomp", "acomp", "oprd"):
            return None
        t = t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in _ENABLE:
            break
    else:
        return None
    if t.pos_ != "VERB" or t.lemma_.lower() not in _ENABLE:
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    if subj.lemma_.lower() in _SIDE_ACTS:
        side = next((x for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children
                     if x.dep_ == "pobj"), None) or next((c for c in subj.children if c.dep_ in ("poss", "compound")
                                                          and c.pos_ in ("PROPN", "NOUN")), None)
        if side is None:
            return None
        sp = span_of(side)
        if sp is None and side.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in ("our", "their", "its")
                                                      for c in side.children):
            sp = side.doc[side.left_edge.i:side.i + 1]   # "the reaction of our elements": the side's own men
        if sp is None and side.text[:1].isupper() and side.pos_ in ("PROPN", "NOUN") and side.ent_type_ not in (
                "GPE", "LOC", "FAC", "DATE"):
            sp = side.doc[side.left_edge.i:side.i + 1]   # "the FDS": a side named by its initials or name
        return sp
    return span_of(subj)
