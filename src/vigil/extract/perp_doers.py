"""Doers the main perpetrator rules miss for want of a word of their kind.

- a group whose name ends in a word that is otherwise a place ("Islamic State"): an actor, not a state;
- people of any kind who are the active subject of the harm done to the figure's victims ("residents beat
  and burned to death two men", "villagers lynched three suspected thieves"): the doers, though their
  words name no force;
- the "when" clause closing the last of two harm clauses joined by "and" ("three guards were killed and
  a passer-by was hurt when gunmen opened fire"): the cause of both;
- a harm clause whose only cause is the weapon it was done with ("and that 46 others had been wounded by
  live bullets"): no cause of its own, so it shares the actor of the clause it is joined to.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from vigil.extract.lexicon import (
    CAUSE_PREPS,
    CIVILIAN_WORDS,
    EVENT_WORDS,
    HARM_GROUP_WORDS,
    OUTCOME_VERBS,
    REPORT_VERBS,
    TRANSITIVE,
)
from vigil.extract.perp_clauses import when_clause_actor

#: people named by who they are, not by a force: doers when the active subject of a harm
_PERSON_NOUNS = (CIVILIAN_WORDS | {"youth", "youngster", "person", "people", "citizen", "neighbour",
                                   "neighbor", "relative", "crowd", "local", "locals", "suspect"}) - HARM_GROUP_WORDS
#: what a harm was done with: a weapon as the agent is no cause besides the actor ("wounded by live bullets")
_WEAPON_AGENTS = {"bullet", "ammunition", "round", "gunfire", "shrapnel", "pellet", "munition", "gas", "shot",
                  "fire", "knife", "machete", "stick", "stone", "rock", "baton", "club", "axe"}
#: mishaps a harm clause may name as its own cause ("died in a crash")
_MISHAPS = {"crash", "accident", "collision", "stampede", "landslide", "flood", "flooding", "storm", "earthquake",
            "collapse", "incident", "fall", "illness", "disease"}
#: verbs whose subject suffers rather than does
_SUFFER = {"die", "flee", "be", "lose", "perish", "succumb", "sustain", "suffer"}


def named_state(root: Token) -> bool:
    """"Islamic State": "State" capitalised after a word of a creed or people (an entity of that kind), the name
    of a group, not a state of a country ("Borno State"); so is a "Province" of such a State ("Islamic State Sahel
    Province"), not a country's ("Sindh Province")."""
    return root.text in ("State", "Province") and any(
        c.dep_ in ("compound", "amod") and c.i < root.i and (c.ent_type_ in ("NORP", "ORG") if root.text == "State"
                                                             else named_state(c)) for c in root.children)


def typed_as_place(root: Token) -> bool:
    """A word the tagger typed as a place that stands for the doer: a demonym modifying it ("Ukrainian drones"),
    a group's name ("Islamic State Sahel Province")."""
    return (root.pos_ == "ADJ" and root.dep_ == "amod") or named_state(root)


def person_doer(cand: Token, victim_head: Token) -> bool:
    """"Residents beat and burned to death two men": people of any kind who are the active subject of a verb
    of harm whose object (or the object of a verb joined to it, or of its participle clause) is the victims."""
    verb = cand.head
    if cand.dep_ != "nsubj" or cand.lemma_.lower() not in _PERSON_NOUNS or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "auxpass" for c in verb.children) or verb.lemma_.lower() in _SUFFER:
        return False
    doers = {verb.i, *(c.i for c in verb.conjuncts)}
    doers |= {c.i for v in [*verb.conjuncts, verb] for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBG"}
    harm = victim_head.head
    return (victim_head.dep_ == "dobj" and harm.i in doers and cand.i != victim_head.i
            and (harm.lemma_.lower() in OUTCOME_VERBS or harm.lemma_.lower() in TRANSITIVE))


def conjoined_when(trigger: Token, span_of: Callable[[Token], Span | None]) -> Span | None:
    """The actor of a "when" clause on a later harm clause joined to the trigger's, which names no cause of its
    own ("three guards were killed and a passer-by was hurt when gunmen opened fire")."""
    if trigger.pos_ != "VERB" or any(c.dep_ in ("agent", "advcl") for c in trigger.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in CAUSE_PREPS and x.dep_ == "pobj" and x.lemma_.lower() in EVENT_WORDS | _MISHAPS
           for c in trigger.children for x in c.children):
        return None     # "two died in a crash and three were hurt when gunmen attacked": a cause of its own
    later = [o for o in trigger.conjuncts if o.i > trigger.i and o.pos_ == "VERB" and o.lemma_.lower() in OUTCOME_VERBS]
    return when_clause_actor(later, span_of) if later else None


def weapon_agent(agent: Token) -> bool:
    """"by live bullets", "by gunfire": an agent phrase naming only what the harm was done with."""
    objs = [x for x in agent.children if x.dep_ == "pobj"]
    return bool(objs) and all(x.lemma_.lower() in _WEAPON_AGENTS for x in objs)


def blamed_on_harm(verb: Token, victim_head: Token) -> list[Token]:
    """"blamed the killing of 14 soldiers on X": the "on" the parser hung on the blamed harm, not on the verb."""
    return [x for o in verb.children if o.dep_ == "dobj" and victim_head in o.subtree
            for p in o.children if p.dep_ == "prep" and p.lower_ == "on" for x in p.children if x.dep_ == "pobj"]


#: verbs that raise the doer of a harm to their own subject ("X are believed to have killed", "X seem to have")
_RAISING = {"believe", "think", "suspect", "say", "report", "allege", "understand", "know", "presume", "seem",
            "appear"}


def raised_subject(verb: Token) -> list[Token]:
    """"The rebels are believed to have killed 30 villagers": the subject of the verb the harm completes (or of
    the reported clause, where the parser hung it on the report)."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.lemma_.lower() in REPORT_VERBS and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        # "the spokesman said troops of X pursued ...": the parser hung the reported clause's subject on the report
        return [c for c in head.children if c.dep_ == "nsubj" and head.i < c.i < verb.i]
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        # "X, a group ..., says an army strike on ... killed 31": the report read as a parenthesis on the harm
        # verb, with the harm's subject hung on the report
        said = [r for r in verb.children if r.dep_ == "parataxis" and r.i < verb.i and r.lemma_.lower() in REPORT_VERBS]
        found = [c for r in said for c in r.children if c.dep_ == "nsubj" and r.i < c.i < verb.i]
        if found:
            return found
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in _RAISING:
        return []
    passive = any(c.dep_ == "auxpass" for c in head.children)
    want = "nsubjpass" if passive else ("nsubj" if head.lemma_.lower() in ("seem", "appear") else "")
    return [c for c in head.children if c.dep_ == want]


def target_agents(event: Token) -> list[Token]:
    """"an attack on a military post by fighters of the group": the "by" the parser hung on the attack's target."""
    return [b for p in event.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
            for x in p.children if x.dep_ == "pobj" for b in x.children if b.dep_ == "prep" and b.lower_ == "by"]


def headline_clause_actor(trigger: Token, attack_verbs: set[str], span_of: Callable[[Token], Span | None]) -> Span | None:
    """"Twelve killed as gunmen storm church", "12 dead after gunmen attack church": in headline style the parser
    reads the attack verb as a noun; an actor right after "as"/"after"/"when" that follows the harm, followed by
    a word of attack the parser did not take for a verb, did it."""
    doc = trigger.doc
    for mark in doc[trigger.i + 1:trigger.i + 4]:
        if mark.lower_ not in ("as", "after", "when"):
            continue
        for t in doc[mark.i + 1:mark.i + 5]:
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is None or (nxt.pos_ == "VERB" and t.dep_ == "nsubj") or t.pos_ not in ("NOUN", "PROPN"):
                continue
            if nxt.lower_ in attack_verbs or nxt.lemma_.lower() in attack_verbs or nxt.lower_.rstrip("s") in attack_verbs:
                sp = span_of(t)
                return doc[mark.i + 1:t.i + 1] if sp is not None else None
        return None
    return None


def at_hands_of(verb: Token) -> list[Token]:
    """"died at the hands of jihadists", "suffered at the hands of the militia": who did it."""
    return [x for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
            for h in c.children if h.dep_ == "pobj" and h.lower_ == "hands"
            for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
            for x in p.children if x.dep_ == "pobj"]


#: what one denies that makes the denier the one said to have done the harm ("denied responsibility for ...")
_DENIED_PART = {"responsibility", "involvement", "role", "part", "hand", "link", "links", "participation", "blame"}


#: verbs of denying a part in a harm, and the charges they deny ("rejected accusations that it killed N")
_DENY = {"deny", "reject", "dismiss", "refute"}
_CHARGES = {"accusation", "allegation", "charge", "claim", "report", "suggestion"}


def _own_doing(charge: Token) -> bool:
    """A charge whose clause names the denier as the doer: "that it killed", "that its soldiers executed"."""
    return any(x.dep_ in ("nsubj", "nsubjpass") and (x.lower_ in ("it", "they") or any(
        p.dep_ == "poss" and p.lower_ in ("its", "their") for p in x.children)) for x in charge.subtree)


def denier(trigger: Token, span_of: Callable[[Token], Span | None]) -> Span | None:
    """"Hezbollah denied responsibility for the attack that killed seven", "the army denied involvement in the
    deaths of 11": the subject of a denial of a part in the harm is the one it denies doing (stance denied)."""
    for anc in trigger.ancestors:
        if anc.pos_ == "VERB" and anc.lemma_.lower() in _DENY:
            # "denied responsibility for ...", "rejected accusations that it killed N"
            if not any(c.dep_ == "dobj" and (c.lemma_.lower() in _DENIED_PART or (
                    c.lemma_.lower() in _CHARGES and c in trigger.ancestors and _own_doing(c))) for c in anc.children):
                return None
            subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
            return span_of(subj) if subj is not None and subj.pos_ != "PRON" else None
    return None


#: modifiers of an unknown doer, who is an actor when the agent of a harm ("shot by unidentified motorcyclists")
_UNKNOWN_DOER = {"unidentified", "unknown", "unnamed"}


def unknown_agent(cand: Token) -> bool:
    """"shot dead by unidentified motorcyclists": the agent of a harm verb described only as unknown people
    (candidates come from the agents of the harm's own verbs only)."""
    return (cand.dep_ == "pobj" and cand.head.dep_ == "agent" and cand.pos_ == "NOUN" and cand.tag_ == "NNS"
            and cand.lemma_.lower() not in EVENT_WORDS
            and any(c.dep_ == "amod" and c.lower_ in _UNKNOWN_DOER for c in cand.children))


#: verbs that name what an event was called ("in what residents described as an attack by X")
_NAMING_VERBS = {"describe", "call", "term", "label", "characterise", "characterize", "brand", "dub"}
#: verbs of an actor-led event the parser may read as a clause ("in X shelling of the camp")
_EVENT_CLAUSES = {"shell", "bomb", "attack", "raid", "strike", "ambush", "shoot"}


def named_events(verb: Token) -> list[Token]:
    """Events the clause of a harm verb names in other shapes: a free relative ("killed in what residents
    described as a reprisal attack by X", "in what police called an assault by X"), an actor-led event the
    parser read as a clause after its actor ("lost their lives in RSF shelling of the camp"), and the event a
    copular clause names the harm in ("it was the deadliest attack by X, with 44 people killed")."""
    found: list[Token] = []
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in CAUSE_PREPS:
            continue
        for v in p.children:
            if v.dep_ == "pcomp" and v.lemma_.lower() in _NAMING_VERBS and any(
                    c.dep_ == "dobj" and c.lower_ == "what" for c in v.children):
                found.extend(x for c in v.children for x in ([c] if c.dep_ in ("oprd", "attr") else [
                    y for y in c.children if y.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "as" else [])
                    if x.lemma_.lower() in EVENT_WORDS)
            nxt = v.doc[v.i + 1] if v.i + 1 < len(v.doc) else None
            if (v.dep_ == "pobj" and v.pos_ == "PROPN" and nxt is not None and nxt.head.i == verb.i
                    and nxt.dep_ == "advcl" and nxt.tag_ == "VBG" and nxt.lemma_.lower() in _EVENT_CLAUSES):
                found.append(nxt)
    if verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "with" for m in verb.children) and (
            verb.head.lemma_ == "be"):
        found.extend(a for a in verb.head.children if a.dep_ == "attr" and a.lemma_.lower() in EVENT_WORDS)
    # "killed by what witnesses said were soldiers", "by what appeared to be a militia": the free relative's
    # predicate names the agent
    found.extend(x for a in verb.children if a.dep_ == "agent" for v in a.children if v.dep_ == "pcomp"
                 and any(w.lower_ == "what" for w in v.subtree)
                 for x in v.subtree if x.dep_ == "attr" and x.head.lemma_ == "be")
    lemma = verb.lemma_.lower()
    if lemma in _DONE and any(c.dep_ == "auxpass" for c in verb.children):
        # "the massacre of 26 villagers was perpetrated by X": the agent of the harm noun's doing
        found.extend(x for a in verb.children if a.dep_ == "agent" for x in a.children if x.dep_ == "pobj")
    if lemma == "be":   # "the killing of 5 traders was the work of X"
        found.extend(x for a in verb.children if a.dep_ == "attr" and a.lemma_.lower() in ("work", "handiwork")
                     for p in a.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children if x.dep_ == "pobj")
    return found + share_agents(verb)


#: verbs of doing a deed, whose passive agent is the doer ("the massacre was perpetrated by X")
_DONE = {"perpetrate", "commit", "carry", "conduct", "execute", "orchestrate", "mastermind", "organise", "organize"}


def share_agents(verb: Token) -> list[Token]:
    """The agent of a share of the harmed set off by commas: "were killed this year, most of them by armed
    groups", "were shot, five of them fatally, by suspected cultists" (the parser hangs "by" on the share)."""
    shares = [c for c in verb.children if c.dep_ in ("npadvmod", "advmod", "appos")]
    shares += [a for s in verb.children if s.dep_ in ("nsubjpass", "nsubj") for a in s.children if a.dep_ == "appos"]
    return [x for s in shares if any(p.dep_ == "prep" and p.lower_ == "of" and any(
        y.lower_ == "them" for y in p.children) for p in s.children)
        for p in s.children if p.dep_ in ("prep", "agent") and p.lower_ == "by" for x in p.children if x.dep_ == "pobj"]


def took_part(event: Token, span_of: Callable[[Token], Span | None]) -> Span | None:
    """Who the report says took part in an attack: "X were involved in the attack (which killed ...)", "X took
    part in / participated in the raid", "X were behind the attack", "the raid, which involved dozens of X"."""
    prep = event.head
    if event.dep_ == "pobj" and prep.lower_ in ("in", "behind"):
        verb = prep.head
        lemma = verb.lemma_.lower()
        if lemma in ("involve", "participate") or (lemma == "be" and prep.lower_ == "behind") or (
                lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)):
            for s in verb.children:
                if s.dep_ in ("nsubj", "nsubjpass") and (sp := span_of(s)) is not None:
                    return sp
    for r in event.children:
        if r.dep_ in ("relcl", "acl") and r.lemma_.lower() == "involve":
            for o in [r, *(c for c in r.children if c.dep_ == "ccomp")]:
                for d in o.children:
                    if d.dep_ == "dobj" and (sp := span_of(d)) is not None:
                        return sp
    return None


def same_harm(harm: Token, trigger: Token) -> bool:
    """A harm verb of the trigger's own list ("Gunmen raided the town: 9 were killed, 14 wounded and dozens
    abducted"): the trigger itself, one above or below it, or one beside it on the same head."""
    if harm.i == trigger.i:
        return True
    if any(c.dep_ in ("prep", "agent") and c.lower_ in CAUSE_PREPS | {"by"} for c in trigger.children):
        return False    # "two died in a crash and three were hurt when gunmen attacked": a cause of its own
    return harm in trigger.ancestors or trigger in harm.ancestors or (
        harm.head.i == trigger.head.i and harm.dep_ in ("ccomp", "conj") and trigger.dep_ in ("ccomp", "conj"))

