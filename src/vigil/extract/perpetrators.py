"""Who is said to have done it: the actor of a figure's clause, and the stance the report takes."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from vigil.extract.lexicon import (
    ACTOR_EVENT_MODIFIERS,
    ACTOR_WORDS,
    ARMED_WORDS,
    EVENT_CONTAINERS,
    EVENT_WORDS,
    PRONOUN_SOURCES,
    REPORT_VERBS,
    TRANSITIVE,
)
from vigil.extract.perp_clauses import (
    blamed_alongside,
    contained_event,
    relative_antecedent,
    speaker_claims,
    when_clause_actor,
)
from vigil.extract.syntax import np_text

_NOT_ACTORS = {"clash", "conflict", "violence", "attack", "robbery", "group"}
_PLACE_HEADS = {"village", "town", "city", "area", "district", "province", "region", "state", "country",
                "east", "west", "north", "south", "hospital", "camp", "market", "border", "territory", "zone",
                "neighbourhood", "neighborhood", "locality", "capital", "street", "road", "school", "house",
                "home", "building", "report", "conflict", "war", "crisis", "findings", "violence"}


def _actor_like(span: Span, state: bool = False) -> bool:
    """An actor's phrase; ``state``: a country named as the doer of a harm ("Chad executed ...") is one."""
    root = span.root
    if root.lemma_.lower() in _PLACE_HEADS or root.ent_type_ in ("LOC", "FAC", "DATE"):
        return False
    if root.ent_type_ == "GPE":
        return state and root.dep_ == "nsubj" and root.pos_ == "PROPN"
    for t in span:
        lemma = t.lemma_.lower()
        if lemma in ACTOR_WORDS or t.lower_ in ACTOR_WORDS:
            return True
        if (t.lower_ in ARMED_WORDS and t.dep_ == "amod" and t.head.pos_ == "NOUN"
                and t.head.lemma_.lower() not in EVENT_WORDS and t.head.lemma_.lower() not in _NOT_ACTORS):
            return True     # "armed youths", "masked men"
        if t.ent_type_ in ("ORG", "NORP", "PERSON") and t.pos_ in ("PROPN", "ADJ", "NOUN"):
            return True
    return False


def _perp_span(tok: Token, doc: Doc, state: bool = False) -> Span | None:
    span = np_text(tok, doc, stop_deps=frozenset({"relcl", "punct", "cc", "conj", "advcl", "acl"}))
    if len(span) > 12:
        span = doc[tok.left_edge.i:tok.i + 1] if tok.i - tok.left_edge.i < 12 else doc[tok.i:tok.i + 1]
    if span.text.isupper() and span.start == 0:
        return None          # a dateline ("KARSKO, Ruvenia (Demo Wire) —"), not an actor
    cut = next((t.i for t in span if t.i > tok.i and (t.lower_ in ("including", "among") or (
        t.dep_ == "prep" and t.head.i == tok.i and t.lower_ in _PLACE_PREPS))), None)
    if cut is not None:      # "a gang, including ...": the victims the clause goes on to list; "bandits on the
        # highway", "armed men near the village": where they were, not who they are
        span = doc[span.start:cut]
        while len(span) > 1 and span[-1].is_punct:
            span = doc[span.start:span.end - 1]
    return span if _actor_like(span, state) else None


def perpetrator(trigger: Token, doc: Doc, victim_head: Token) -> tuple[str | None, str]:
    stance = "asserted"
    prev = doc[trigger.i - 1] if trigger.i > 0 else None
    if trigger.pos_ == "ADJ" and prev is not None and prev.pos_ == "VERB" and prev.i in (
            trigger.head.i, trigger.head.head.i):
        trigger = prev      # "shot dead 13 traders": the verb of the phrase carries the clause
    # "X is accused of killing", "X claimed responsibility", "X denied"
    for anc in [trigger, *trigger.ancestors]:
        lemma = anc.lemma_.lower()
        if lemma in ("accuse", "blame") or (lemma == "suspect" and anc.pos_ == "VERB"):   # "X is suspected of ..."
            stance = "accused"
            for c in anc.children:
                # "X was blamed for ...", "blamed X", "the attack was blamed on X"
                if lemma == "blame" and c.dep_ == "prep" and c.lower_ == "on":
                    for x in c.children:
                        if x.dep_ == "pobj" and (sp := _perp_span(x, doc)) is not None:
                            return sp.text, stance
                # "X was accused of ...", "blamed X", "accused X of detaining ..."
                if c.dep_ in ("nsubjpass",) or c.dep_ == "dobj":
                    sp = _perp_span(c, doc)
                    if sp is not None:
                        return sp.text, stance
        if lemma in ("deny",):
            stance = "denied"
    for t in doc:
        if t.lemma_.lower() == "claim" and any(c.lemma_.lower() == "responsibility" for c in t.children):
            # whoever claims responsibility is an actor, whatever the words ("Daesh claimed ..."); in the
            # passive, the agent ("responsibility ... was claimed by X")
            claimers = [c for c in t.children if c.dep_ == "nsubj"] + [
                x for a in t.children if a.dep_ == "agent" for x in a.children if x.dep_ == "pobj"]
            for c in claimers:
                if c.lower_ not in PRONOUN_SOURCES and c.pos_ in ("PROPN", "NOUN"):
                    sp = np_text(c, doc, stop_deps=frozenset({"relcl", "punct", "cc", "conj", "advcl", "acl"}))
                    return (sp.text if len(sp) <= 14 else c.text), "claimed"
    claimer = speaker_claims(trigger, lambda t: _perp_span(t, doc))
    if claimer is not None:
        return claimer.text, "claimed"
    candidates: list[Token] = []
    # a clause with its own subject that names its own cause ("and two died in a road accident") takes
    # nothing from the clause it is conjoined to
    own = trigger.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children) and any(
        c.dep_ in ("agent", "advcl") or (c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS and any(
            x.dep_ == "pobj" and x.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
            and x.lemma_.lower() not in _PLACE_HEADS for x in c.children)) for c in trigger.children)
    chain = [trigger] if own else [trigger, *[c for c in trigger.conjuncts]]
    verbal = {trigger.i} if trigger.pos_ == "VERB" else set()   # reached from a verb trigger by clause links
    result = _result_verb(trigger)
    if result is not None:      # "shot 12 people to death", "resulting in 32 deaths", "leaving 9 dead"
        verbal.add(result.i)
    t = trigger
    for _ in range(5):
        if t.head.i == t.i or (t.head.pos_ == "VERB" and t.head.lemma_.lower() in REPORT_VERBS) or (
                own and t.dep_ == "conj"):
            break
        if t.i in verbal and t.dep_ in ("advcl", "xcomp", "conj", "pcomp"):
            verbal.add(t.head.i)
        t = t.head
        chain.append(t)
    if t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in REPORT_VERBS:
        # "have reported 773 bodies following an offensive by X": the figure is what is reported; the
        # event the report verb is set after is the harm's
        candidates.extend(x for c in t.head.children if c.dep_ == "prep" and c.lower_ in ("following", "after")
                          for x in c.children if x.dep_ == "pobj" and contained_event(x).lemma_.lower() in EVENT_WORDS)
    for verb in chain:
        lemma = verb.lemma_.lower()
        if verb.pos_ in ("NOUN", "PROPN") and lemma in EVENT_WORDS and verb.i != trigger.i:
            candidates.append(verb)
            continue
        if verb.pos_ == "VERB":
            candidates.extend(_background_events(verb, doc))
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj" and verb.i in verbal:
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if verb.pos_ == "VERB" and not passive and verb.i in verbal and lemma not in ("die", "flee", "be"):
            candidates.extend(c for c in subjects if c.i != victim_head.i)
            # "the incident involved an attack by X, resulting in ...": an event the clause names
            candidates.extend(c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in EVENT_WORDS)
        for c in verb.children:
            if c.dep_ == "agent" and (verb.i == trigger.i or lemma in TRANSITIVE or verb.i in verbal):
                # "killed by X"; not "found by police", "treated by medics"
                candidates.extend(x for x in c.children if x.dep_ == "pobj")
            elif c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS:
                candidates.extend(x for x in c.children if x.dep_ == "pobj" and (
                    contained_event(x).lemma_.lower() in EVENT_WORDS or c.lower_ == "by"))
                # a headline's trailing source read into the phrase ("in X air strike – rights group")
                candidates.extend(m for x in c.children if x.dep_ == "pobj" and x.lemma_.lower() not in EVENT_WORDS
                                  for m in x.children if m.dep_ in ("nmod", "compound")
                                  and m.lemma_.lower() in EVENT_WORDS and m.pos_ == "NOUN")
    for cand in candidates:
        rel = relative_antecedent(cand)
        if rel is not None:         # "gunmen who killed 11", "the attack that left 30 dead"
            cand = rel
        cand = contained_event(cand)    # "a series of attacks by X has left ..."
        if cand.pos_ == "VERB":     # "after Houthi shelling": an actor-led event parsed as a clause
            subj = next((c for c in cand.children if c.dep_ == "nsubj"), None)
            if subj is None and cand.i > 0 and doc[cand.i - 1].pos_ in ("PROPN", "ADJ") and doc[cand.i - 1].text[:1].isupper():
                subj = doc[cand.i - 1]
            sp = _perp_span(subj, doc) if subj is not None else None
            if sp is not None and sp.end == cand.i:
                return doc[sp.start:cand.i + 1].text, stance
            if sp is not None:
                return sp.text, stance
        if cand.lemma_.lower() in EVENT_WORDS:
            # "in attacks by/of X", "an attack led by gunmen", "an attack blamed on jihadists"; the agent may
            # hang on the container ("a wave of raids last month by X"); "clashes with X" (the victims' side
            # is the other one)
            held = cand.head.head if cand.dep_ == "pobj" and cand.head.lower_ == "of" else cand
            agents = ("by", "of", "from", "with") if cand.lemma_.lower() in _CLASHES else ("by", "of", "from")
            outer = [c for c in held.children if held.i != cand.i and c.dep_ in ("prep", "agent") and c.lower_ == "by"
                     and held.lemma_.lower() in EVENT_CONTAINERS]
            for c in [*cand.children, *outer]:
                if c.dep_ in ("prep", "agent") and c.lower_ in agents:
                    for x in c.children:
                        if x.dep_ == "pobj":
                            sp = _perp_span(x, doc)
                            if sp is not None:
                                return sp.text, stance
                if c.dep_ in ("acl", "relcl"):
                    for a in c.children:
                        if a.dep_ in ("agent", "prep") and a.lower_ in ("by", "on", "to", *agents[3:]):
                            for x in a.children:
                                if x.dep_ == "pobj":
                                    sp = _perp_span(x, doc)
                                    if sp is not None:
                                        return sp.text, "accused" if c.lemma_.lower() in _ASCRIBE else stance
            # "the army's raid", "Russian shelling", "a Kavan Front drone strike" (not "Saturday's attack")
            mods = [c for c in cand.children if c.dep_ in ("amod", "compound", "nmod", "poss", "nsubj")
                    and c.ent_type_ not in ("DATE", "TIME")]
            named = next((m for m in mods if _actor_like(doc[m.left_edge.i:m.i + 1])
                          or m.lemma_.lower() in ACTOR_EVENT_MODIFIERS or (
                m.pos_ in ("PROPN", "ADJ") and m.text[:1].isupper() and m.i > 0)), None)
            if named is not None:
                if named.dep_ == "poss":        # the possessor is the actor: "the army's raid" -> "the army"
                    return doc[named.left_edge.i:named.i + 1].text, stance
                return np_text(cand, doc).text, stance
            doer = _doer_of_event(cand, doc)    # "X carried out the attack that killed ..."
            if doer is not None:
                return doer.text, stance
            continue
        if cand.lower_ in PRONOUN_SOURCES:
            ante = _antecedent(cand, doc, victim_head)
            if ante is not None:
                return ante.text, stance
            continue
        sp = _perp_span(cand, doc, state=cand.dep_ == "nsubj" and cand.head.i in verbal)
        if sp is not None and not any(t.i == victim_head.i for t in sp):
            return sp.text, stance
    verbs = [v for v in chain if v.pos_ == "VERB" and v.i in verbal]
    actor = when_clause_actor(verbs, lambda t: _perp_span(t, doc))
    if actor is not None:
        return actor.text, stance
    if any(c.lemma_.lower() in EVENT_WORDS for c in candidates):
        # "the blast killed five people ..., adding the bomber was ...": the attacker the sentence names
        for t in doc:
            if (t.lemma_.lower() in ATTACKER_WORDS and t.pos_ == "NOUN" and t.i != victim_head.i
                    and not any(a.i == victim_head.i for a in t.ancestors)):
                return np_text(t, doc).text, stance
    blamed = blamed_alongside(trigger, doc, lambda t: _perp_span(t, doc))
    if blamed is not None:
        return blamed.text, "accused"
    return None, stance


_CAUSE_PREPS = ("in", "during", "after", "from", "by", "amid", "following", "under")
_PLACE_PREPS = ("on", "in", "near", "at", "around", "outside", "inside", "along", "across")
_ASCRIBE = {"blame", "attribute", "ascribe", "impute"}
_CLASHES = {"clash", "fighting", "battle", "gunfight", "gunbattle", "firefight", "skirmish", "confrontation"}
_CARRY_OUT = {"carry", "launch", "stage", "mount", "conduct", "perpetrate", "commit", "execute", "unleash", "lead"}


def _doer_of_event(event: Token, doc: Doc) -> Span | None:
    """"X carried out / launched the attack (that killed ...)": the subject of the verb the event is the
    object of."""
    verb = event.head
    if event.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _CARRY_OUT:
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ante = relative_antecedent(subj) if subj is not None else None
    subj = ante if ante is not None else subj
    return _perp_span(subj, doc) if subj is not None else None
ATTACKER_WORDS = {"bomber", "gunman", "gunmen", "attacker", "assailant", "sniper"}
_TEMPORAL_MARKS = {"after", "since", "following", "when", "as", "amid"}
_EVENT_VERBS = {"shell", "bomb", "attack", "raid", "strike", "ambush", "storm", "fire", "shoot"}


def _attack_verb(v: Token) -> bool:
    """"raided", "stormed", "opened fire": a verb whose subject attacked."""
    lemma = v.lemma_.lower()
    return lemma in _EVENT_VERBS or (lemma == "open" and any(c.dep_ == "dobj" and c.lemma_.lower() == "fire"
                                                              for c in v.children))


def _result_verb(trigger: Token) -> Token | None:
    """The verb a trigger noun completes: "shot 12 people to death", "resulting in 32 deaths",
    "causing 20 deaths", "leaving nine dead"; its clause (and the clause it hangs on) did the harm."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "to" and trigger.lemma_.lower() == "death":
        verb = head.head
        return verb if verb.pos_ == "VERB" and verb.i != head.i else None
    if trigger.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() == "result":
        return head.head
    if trigger.dep_ in ("dobj", "oprd", "ccomp") and head.pos_ == "VERB" and head.lemma_.lower() in ("cause", "leave"):
        return head
    if (trigger.dep_ == "amod" and head.dep_ == "dobj" and head.head.pos_ == "VERB"
            and head.head.lemma_.lower() == "leave"):
        return head.head    # "has left 48 herders dead"
    return None


def _background_events(verb: Token, doc: Doc) -> list[Token]:
    """Events a clause is set against: "died after rebel shelling", "since the militia raids started",
    "an incursion ..., during which 1,200 people were killed"."""
    found: list[Token] = []
    for c in verb.children:
        if c.dep_ != "advcl":
            continue
        before = {doc[k].lower_ for k in (c.left_edge.i - 1, c.i - 1, c.i - 2) if k >= 0}
        if c.lemma_.lower() in _EVENT_VERBS and c.tag_ == "VBG" and before & _TEMPORAL_MARKS:
            found.append(c)     # "after Houthi shelling of ...", parsed as a clause
        if not any(m.dep_ == "mark" and m.lower_ in _TEMPORAL_MARKS for m in c.children):
            continue
        attack = _attack_verb(c) and not any(x.dep_ == "auxpass" for x in c.children)
        # "since the militia raids started"; "after rebels attacked the market"; "after they were attacked by X"
        found.extend(s for s in c.children if s.dep_ == "nsubj" and (s.lemma_.lower() in EVENT_WORDS or attack))
        if c.lemma_.lower() in _EVENT_VERBS:
            found.extend(x for a in c.children if a.dep_ == "agent" for x in a.children if x.dep_ == "pobj")
    if verb.dep_ == "relcl":
        which = [x for c in verb.children if c.dep_ == "prep" and c.lower_ in ("during", "in")
                 for x in c.children if x.dep_ == "pobj" and x.lower_ == "which"]
        if which:
            back = [t for t in doc[max(0, which[0].i - 16):which[0].i]
                    if t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_WORDS]
            found.extend(back[-1:])
    return found


def _antecedent(pron: Token, doc: Doc, victim_head: Token) -> Span | None:
    """A subject pronoun's actor earlier in the same sentence ("The gunmen ... where they killed two")."""
    if pron.lower_ not in ("they", "he", "she") or pron.dep_ != "nsubj":
        return None
    plural = pron.lower_ == "they"
    for t in reversed(doc[:pron.i]):
        if t.dep_ != "nsubj" or t.pos_ not in ("NOUN", "PROPN") or t.i == victim_head.i:
            continue
        if plural != (t.tag_ in ("NNS", "NNPS")) and t.pos_ != "PROPN":
            continue
        return _perp_span(t, doc)
    return None
