"""Who is said to have done it: the actor of a figure's clause, and the stance the report takes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Span, Token

from vigil.extract.lexicon import (
    ACTOR_EVENT_MODIFIERS,
    ACTOR_WORDS,
    ARMED_WORDS,
    CAUSE_PREPS,
    EVENT_CONTAINERS,
    EVENT_WORDS,
    OUTCOME_NOUNS,
    OUTCOME_VERBS,
    PRONOUN_SOURCES,
    REPORT_VERBS,
    TRANSITIVE,
)
from vigil.extract.perp_clauses import (
    answerable_actor,
    before_harm,
    blamed_alongside,
    clean_actor,
    contained_event,
    dateline_end,
    group_read_as_verb,
    harmed_before,
    held_for,
    laid_by,
    object_read_as_subject,
    past_dateline,
    reduced_relative_subject,
    relative_antecedent,
    responsibility_claimer,
    speaker_claims,
    standing_accused,
    toll_events,
    when_clause_actor,
)
from vigil.extract.perp_doers import (
    at_hands_of,
    blamed_on_harm,
    conjoined_when,
    headline_clause_actor,
    named_events,
    named_state,
    person_doer,
    raised_subject,
    same_harm,
    target_agents,
    took_part,
    typed_as_place,
    unknown_agent,
    weapon_agent,
)
from vigil.extract.perp_scope import among_the_harmed, around_actor, beats_back, hostile, sides_agent
from vigil.extract.syntax import np_text, tokens_with_pos
from vigil.models import Claim

_NOT_ACTORS = {"clash", "conflict", "violence", "attack", "robbery", "group"}
#: verbs whose subject is the one harmed, never the doer ("40 persons lost their lives", "he succumbed")
_SUFFERER_VERBS = {"die", "flee", "be", "lose", "perish", "succumb", "sustain", "suffer"}
#: nouns for an organisation, an actor when in an actor's place ("attacks attributed to the organization")
_ORG_NOUNS = {"organization", "organisation", "movement", "network", "alliance"}
#: members of a force named by their role, actors as the subject of a harm verb (victims elsewhere)
_SECURITY_ROLES = {"officer", "agent", "ranger", "trooper", "constable", "peacekeeper", "deputy", "sheriff",
                   "warden", "sentry", "paratrooper", "serviceman", "servicemen"}
_PLACE_HEADS = {"village", "town", "city", "area", "district", "province", "region", "state", "country",
                "east", "west", "north", "south", "hospital", "camp", "market", "border", "territory", "zone",
                "neighbourhood", "neighborhood", "locality", "capital", "street", "road", "school", "house",
                "home", "building", "report", "conflict", "war", "crisis", "findings", "violence",
                # a count of the harmed is no actor ("the number of soldiers killed ... rose to four")
                "number", "toll", "tally", "count", "total", "figure"}


def _actor_like(span: Span, state: bool = False) -> bool:
    """An actor's phrase; ``state``: a country named as the doer of a harm ("Chad executed ...") is one."""
    root = span.root
    if (root.lemma_.lower() in _PLACE_HEADS and not named_state(root)) or root.ent_type_ in ("LOC", "FAC", "DATE"):
        return False
    if root.pos_ == "NOUN" and any(c.dep_ == "acl" and c.lower_ in ARMED_WORDS for c in root.children):
        return True     # "men armed with machetes", "a youth armed with a pistol"
    if root.ent_type_ == "GPE":
        return (state and root.dep_ == "nsubj" and root.pos_ == "PROPN") or typed_as_place(root)
    if (root.pos_ == "PROPN" or root.text == "IS") and _acronym(root.text) and (
            (state and root.dep_ == "nsubj") or root.head.dep_ == "agent" or root.dep_ in ("aux", "auxpass")):
        return True     # "our FDS neutralised 50", "kidnapped by the ELN": a body named by its initials, the doer
    if state and root.dep_ == "nsubj" and root.lemma_.lower() in _SECURITY_ROLES:
        return True     # "officers killed five gang members": a member of a force, the doer of a harm
    for t in span:
        lemma = t.lemma_.lower()
        if lemma in ACTOR_WORDS or t.lower_ in ACTOR_WORDS or (lemma in _ORG_NOUNS and t.i == root.i) or (
                t.lower_.endswith("men") and t.lower_[:-3] + "man" in ACTOR_WORDS):    # "militiamen" read as a name
            return True
        if (t.lower_ in ARMED_WORDS and t.dep_ == "amod" and t.head.pos_ == "NOUN"
                and t.head.lemma_.lower() not in EVENT_WORDS and t.head.lemma_.lower() not in _NOT_ACTORS):
            return True     # "armed youths", "masked men"
        if t.ent_type_ in ("ORG", "NORP", "PERSON") and t.pos_ in ("PROPN", "ADJ", "NOUN") and (
                t.pos_ != "ADJ" or t.ent_type_ == "NORP"):     # "Israeli", not a mis-tagged "barbaric"
            return True
    return False


def _acronym(word: str) -> bool:
    """"FDS", "ENDF", "M23": initials, a body's name (not a place: the caller reads the parser's entity first)."""
    return 2 <= len(word) <= 6 and word.isupper() and word.isalnum()


def _perp_span(tok: Token, doc: Doc, state: bool = False, anyone: bool = False) -> Span | None:
    """The actor's phrase ``tok`` heads, if it names an actor (``anyone``: any phrase, trimmed the same way)."""
    dateline = dateline_end(doc)
    past = past_dateline(tok)   # (a dateline the parser took for the subject is no actor)
    if past is None:
        return None
    tok = past
    span = np_text(tok, doc, stop_deps=frozenset({"relcl", "punct", "cc", "conj", "advcl", "acl"}))
    if len(span) > 12:
        span = doc[tok.left_edge.i:tok.i + 1] if tok.i - tok.left_edge.i < 12 else doc[tok.i:tok.i + 1]
    if span.start <= dateline:
        span = doc[dateline + 1:span.end]    # "KORVA - Armed herders": the dateline is no part of the actor
    while len(span) > 1 and span[0].lower_ in ("when", "as", "while", "after") and span[0].dep_ in ("advmod", "mark"):
        span = doc[span.start + 1:span.end]     # "when suspected armed youth": the clause's mark hung on its subject
    while len(span) > 1 and span[0].i != tok.i and span[0].ent_type_ in ("DATE", "TIME") and span[0].pos_ in (
            "NUM", "PROPN"):
        span = doc[span.start + 1:span.end]     # "on 17 March gunmen": a date the parser read into the actor
    cut = next((t.i for t in span if t.i > tok.i and (t.lower_ in ("including", "among") or (
        t.dep_ == "prep" and t.head.i == tok.i and t.lower_ in _PLACE_PREPS))), None)
    if cut is not None:      # "a gang, including ...": the victims the clause goes on to list; "bandits on the
        # highway", "armed men near the village": where they were, not who they are
        span = doc[span.start:cut]
        while len(span) > 1 and span[-1].is_punct:
            span = doc[span.start:span.end - 1]
    if any(t.lower_ in ("them", "whom", "us") and t.dep_ == "pobj" and t.head.lower_ == "of" for t in span):
        return None     # "all of them young men": a share of a group named before (the victims), not an actor
    opened = sum(t.text == "(" for t in span) - sum(t.text == ")" for t in span)
    if opened > 0 and span.end < len(doc) and doc[span.end].text == ")":
        span = doc[span.start:span.end + 1]     # "the Tesh Front (TF" -> "the Tesh Front (TF)"
    return span if anyone or _actor_like(span, state) else None


def perpetrator(trigger: Token, doc: Doc, victim_head: Token) -> tuple[str | None, str]:
    """The actor of the harm ``trigger`` names (its text) and the report's stance, or (None, stance)."""
    found, stance = _perpetrator(trigger, doc, victim_head)
    return clean_actor(found, doc), stance


def _perpetrator(trigger: Token, doc: Doc, victim_head: Token) -> tuple[str | None, str]:
    trigger = _harm_word(trigger, doc)
    stated, stance = _stated_actor(trigger, doc, victim_head)
    if stated is not None:
        return stated
    found = _clause_actor(trigger, doc, victim_head, stance)
    if found[0] is None and trigger.pos_ == "VERB":
        # "were killed or wounded when troops opened fire": the parser hung the clause on the other harm verb
        for other in trigger.conjuncts:
            if other.pos_ == "VERB" and other.lemma_.lower() in OUTCOME_VERBS and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in other.children):
                again = _clause_actor(other, doc, victim_head, stance)
                if again[0] is not None:
                    return again
    if found[0] is None and (when := conjoined_when(trigger, lambda t: _perp_span(t, doc))) is not None:
        return when.text, stance
    if found[0] is None:
        # a passive "when" clause, a clause on a conjoined harm, a claimed killing, the side fought ...
        event = lambda t: (e[0] if (e := _event_actor(t, doc, stance)) is not None else None)  # noqa: E731
        around = around_actor(trigger, doc, victim_head, lambda t: _perp_span(t, doc), _actor_like, event)
        if around is not None:
            return around[0], around[1] if around[1] != "asserted" else stance
        head = headline_clause_actor(trigger, _ATTACK_VERBS, lambda t: _perp_span(t, doc))
        return (head.text if head is not None else None), stance
    return found


def _clause_actor(trigger: Token, doc: Doc, victim_head: Token, stance: str) -> tuple[str | None, str]:
    """The actor the harm's clauses name, else one the sentence names around them."""
    candidates, chain, verbal = _clause_candidates(trigger, doc, victim_head)
    first = _first_actor(candidates, doc, victim_head, verbal, stance)
    if first is not None:
        return first
    return _sentence_actor(trigger, doc, victim_head, candidates, [v for v in chain if v.pos_ == "VERB" and v.i in verbal],
                           stance)


def _harm_word(trigger: Token, doc: Doc) -> Token:
    """The word that carries the harm's clause."""
    if (trigger.pos_ == "NOUN" and trigger.dep_ == "conj" and trigger.head.dep_ == "pobj" and trigger.head.head.lower_ == "of"
            and trigger.head.head.head.lemma_.lower() in OUTCOME_NOUNS):
        trigger = trigger.head.head.head    # "the martyrdom of 12 citizens and the injury of 30": read as the first harm
    prev = doc[trigger.i - 1] if trigger.i > 0 else None
    if trigger.pos_ == "ADJ" and prev is not None and prev.pos_ == "VERB" and prev.i in (
            trigger.head.i, trigger.head.head.i):
        trigger = prev      # "shot dead 13 traders": the verb of the phrase carries the clause
    return trigger


def _stated_actor(trigger: Token, doc: Doc, victim_head: Token) -> tuple[tuple[str, str] | None, str]:
    """An actor the sentence says is accused of, answerable for, held for or claims the harm (with its stance),
    and the stance a verb above the harm sets for an actor found otherwise ("accused", "denied")."""
    stance = "asserted"
    # "X is accused of killing", "X claimed responsibility", "X denied"
    for anc in [trigger, *trigger.ancestors]:
        lemma = anc.lemma_.lower()
        if lemma in ("accuse", "blame") or (lemma == "suspect" and anc.pos_ == "VERB"):   # "X is suspected of ..."
            stance = "accused"
            if lemma == "blame" and (on := [sp for x in blamed_on_harm(anc, victim_head) if (sp := _perp_span(x, doc))]):
                return (on[0].text, stance), stance
            if anc.dep_ == "acl" and anc.tag_ == "VBN" and (sp := _perp_span(anc.head, doc)) and victim_head not in sp:
                return (sp.text, stance), stance    # "soldiers accused of killing 9", "rebels blamed for ..."
            for c in anc.children:
                # "X was blamed for ...", "blamed X", "the attack was blamed on X"
                if lemma == "blame" and c.dep_ == "prep" and c.lower_ == "on":
                    for x in c.children:
                        if x.dep_ == "pobj" and (sp := _perp_span(x, doc)) is not None:
                            return (sp.text, stance), stance
                if c.dep_ in ("nsubjpass", "dobj") and not (    # "X was accused of ...", "accused X of detaining ..."
                        c.lemma_.lower() in OUTCOME_NOUNS and victim_head in c.subtree):   # (not "the killing of N")
                    sp = before_harm(_perp_span(c, doc), trigger)      # ("suspect herders of killing N": herders)
                    if sp is None and c.pos_ == "PROPN" and c.i != victim_head.i:
                        sp = doc[c.left_edge.i:c.i + 1]     # whoever is named as accused is an actor ("the RSF")
                    if sp is not None:
                        return (sp.text, stance), stance
        if lemma == "attribute" and anc.pos_ == "VERB" and anc.i != trigger.i:
            found = _attributed_to(anc, doc, victim_head)
            if found is not None:
                return found, stance
        if lemma in ("deny",):
            stance = "denied"
        if lemma == "allege" and anc.pos_ == "VERB" and anc.i != trigger.i:
            stance = "accused"      # "leaders alleged that two had been shot by X"
    span_of = lambda t: _perp_span(t, doc)  # noqa: E731
    answer = answerable_actor(trigger, span_of)
    if answer is not None:
        return (answer[0].text, answer[1]), stance
    held = held_for(trigger, span_of) or standing_accused(trigger, span_of)
    if held is not None and not any(t.i == victim_head.i for t in held):
        return (held.text, "accused"), stance
    claimer = responsibility_claimer(doc)
    if claimer is not None:
        return (claimer, "claimed"), stance
    own = speaker_claims(trigger, lambda t: _perp_span(t, doc, state=True))   # "Israel says it killed N"
    return ((own.text, "claimed") if own is not None else None), stance


def _clause_chain(trigger: Token) -> tuple[list[Token], set[int], Token]:
    """The harm's clause and the clauses it hangs on (up to a reporting verb); the indices of the verbs among
    them that did the harm ("verbal"); the highest of the clauses climbed to."""
    # a clause with its own subject and cause ("and two died in a road accident") takes nothing from its conjunct
    own = trigger.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children) and any(
        (c.dep_ == "agent" and not weapon_agent(c)) or c.dep_ == "advcl" or (c.dep_ == "prep" and c.lower_ in CAUSE_PREPS and any(
            x.dep_ == "pobj" and x.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
            and x.lemma_.lower() not in _PLACE_HEADS for x in c.children)) for c in trigger.children)
    chain = [trigger] if own else [trigger, *trigger.conjuncts]
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
    return chain, verbal, t


def _clause_candidates(trigger: Token, doc: Doc, victim_head: Token) -> tuple[list[Token], list[Token], set[int]]:
    """Words that may name the actor, best first: the doers and events of the harm's clause chain."""
    chain, verbal, top = _clause_chain(trigger)
    candidates: list[Token] = []
    # "the bodies of 23 men, believed to have been executed by jihadists": a harm the victims' own phrase says
    candidates.extend(x for v in _victim_clauses(victim_head) for a in v.children if a.dep_ == "agent"
                      for x in a.children if x.dep_ == "pobj")
    candidates.extend(x for h in {victim_head, trigger} for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                      for x in p.children if x.dep_ == "pobj" and x.lemma_.lower() in EVENT_WORDS)  # "victims of a raid"
    if top.dep_ == "dobj" and top.head.pos_ == "VERB" and top.head.lemma_.lower() in REPORT_VERBS:
        # "have reported 773 bodies following an offensive by X": the figure is what is reported; the
        # event the report verb is set after is the harm's
        candidates.extend(x for c in top.head.children if c.dep_ == "prep" and c.lower_ in ("following", "after")
                          for x in c.children if x.dep_ == "pobj" and contained_event(x).lemma_.lower() in EVENT_WORDS)
        # "documented the detention of 340 people ... in mass arrests by X": the holding the recorded harm came in
        candidates.extend(x for c in top.head.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                          for x in c.children if x.dep_ == "pobj" and x.lemma_.lower() in _ROUNDUPS)
        if top.pos_ == "NOUN" and not any(c.dep_ == "auxpass" for c in top.head.children):
            # "recorded 318 arrests by X": an active verb takes no agent; the "by" is the harm noun's
            candidates.extend(x for c in top.head.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                              and c.i > top.i for x in c.children if x.dep_ == "pobj")
    for verb in chain:
        lemma = verb.lemma_.lower()
        if verb.pos_ in ("NOUN", "PROPN") and lemma in EVENT_WORDS and verb.i != trigger.i:
            candidates.append(verb)
            continue
        if verb.pos_ == "VERB":
            candidates.extend(_background_events(verb, doc))
        group_is = group_read_as_verb(verb)     # "IS killed 40 men": the group's initials read as "is"
        passive = any(c.dep_ == "auxpass" for c in verb.children) and not group_is
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] or group_is
        if not subjects and verb.dep_ == "conj" and verb.i in verbal:
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        # "Gunmen believed to be bandits killed ...", "said troops pursued the assailants, killing five"
        subjects = subjects or reduced_relative_subject(verb) or object_read_as_subject(verb) or raised_subject(verb)
        if (not subjects and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.pos_ in ("NOUN", "PROPN")
                and any(c.dep_ == "dobj" for c in verb.children)):
            # "<DATELINE> - Gang members killed 30 people": a past verb with its own object is active, so the
            # noun the parser hung it on as a participle is its subject (not "..., a city held by X, killing 11",
            # where a gerund clause hangs on the nearest noun)
            subjects = [verb.head]
        if verb.pos_ == "VERB" and not passive and verb.i in verbal and lemma not in _SUFFERER_VERBS and (
                verb.i == trigger.i or not beats_back(verb) or hostile(victim_head)):
            # (who beat back an attack harmed the attackers, not the victims of its own side)
            candidates.extend(c for c in subjects if c.i != victim_head.i)
            # "the incident involved an attack by X, resulting in ...": an event the clause names
            candidates.extend(c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in EVENT_WORDS)
        candidates.extend(_verb_causes(verb, trigger, verbal))
        candidates.extend(toll_events(verb, victim_head))
    return candidates, chain, verbal


def _verb_causes(verb: Token, trigger: Token, verbal: set[int]) -> list[Token]:
    """The agents and causes a verb of the chain names: "killed by X", "in an attack", "due to X"."""
    found: list[Token] = []
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ == "agent" and (verb.i == trigger.i or lemma in TRANSITIVE or verb.i in verbal):
            # "killed by X"; not "found by police", "treated by medics"
            found.extend(x for x in c.children if x.dep_ == "pobj")
            # "wounded by shelling carried out by X": an event the parser read as a clause
            found.extend(x for x in c.children if x.dep_ == "pcomp" and x.lemma_.lower() in _EVENT_VERBS)
        elif c.dep_ in ("prep", "advmod", "amod") and c.lower_ in _COMPOUND_CAUSES:
            # "as a result of X", "because of X", "due to X": the cause the compound preposition names
            found.extend(x for x in _compound_cause(c) if contained_event(x).lemma_.lower() in EVENT_WORDS)
        elif c.dep_ == "prep" and c.lower_ in CAUSE_PREPS:
            found.extend(x for x in c.children if (x.dep_ == "pobj" and (
                contained_event(x).lemma_.lower() in EVENT_WORDS or c.lower_ == "by"
                or (x.lemma_.lower() in _ROUNDUPS and x.pos_ == "NOUN")
                or x.lemma_.lower() in _CLASHES)) or (x.dep_ == "pcomp" and x.lower_ in _CLASHES))  # "amid fighting with X"
            # a headline's trailing source read into the phrase ("in X air strike – rights group")
            found.extend(m for x in c.children if x.dep_ == "pobj" and x.lemma_.lower() not in EVENT_WORDS
                         for m in x.children if m.dep_ in ("nmod", "compound")
                         and m.lemma_.lower() in EVENT_WORDS and m.pos_ == "NOUN")
    return found + harmed_before(verb) + at_hands_of(verb) + named_events(verb)  # "at the hands of X"


def _sentence_actor(trigger: Token, doc: Doc, victim_head: Token, candidates: list[Token], verbs: list[Token],
                    stance: str) -> tuple[str | None, str]:
    """Where the harm's own clauses name no actor: one the sentence names around them (a "when" clause, the
    attacker of a bombing, an actor blamed alongside, the attack the figure is set in)."""
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
    if victim_head.lemma_.lower() in ATTACKER_WORDS | ACTOR_EVENT_MODIFIERS:
        return None, stance     # "besides the four gunmen killed": the attackers, not the attack's victims
    # the attack the parser hung on another word ("killed ... in the village of A, in B territory, in an attack
    # attributed to X, ... said"): an attack the sentence names, under no other harm (but one of its own list)
    scene = [doc[i] for i, harms in _scene_events(doc) if (doc[i].pos_ == "NOUN" or i != trigger.i) and all(
        h == trigger.i or (doc[i].lemma_.lower() not in _CLASHES and same_harm(doc[h], trigger)) for h in harms)]
    found = _first_actor(scene, doc, victim_head, set(), stance)
    return found if found is not None else (None, stance)


def _scene_events(doc: Doc) -> list[tuple[int, tuple[int, ...]]]:
    """The attacks a sentence names (an event noun under a cause preposition or "carry out", an attack verb),
    each with the harm verbs above it; found once per sentence."""
    key = "vigil.perp.scene"
    if key not in doc.user_data:
        doc.user_data[key] = [(t.i, tuple(a.i for a in t.ancestors if a.lemma_.lower() in OUTCOME_VERBS))
                              for t in tokens_with_pos(doc, NOUN, VERB) if _scene_event(t)]
    return doc.user_data[key]  # type: ignore[no-any-return]


def _scene_event(t: Token) -> bool:
    if t.pos_ == "NOUN":
        return t.lemma_.lower() in EVENT_WORDS and (
            (t.dep_ == "pobj" and t.head.lower_ in CAUSE_PREPS)
            # "X launched a raid on the hamlet, an official said, adding that N died"
            or (t.dep_ == "dobj" and t.head.lemma_.lower() in _CARRY_OUT))
    # "Armed men ambushed the convoy on Sunday, police said, adding that 12 soldiers died"
    return (t.pos_ == "VERB" and _attack_verb(t) and t.lemma_.lower() not in OUTCOME_VERBS
            and not any(c.dep_ == "auxpass" for c in t.children))


_PLACE_PREPS = ("on", "in", "near", "at", "around", "outside", "inside", "along", "across")
_ASCRIBE = {"blame", "attribute", "ascribe", "impute"}
_SUSPECTING = {"suspect", "believe", "think", "allege"}     # "an attack suspected to have been carried out by X"
_CLASHES = {"clash", "fighting", "battle", "gunfight", "gunbattle", "firefight", "skirmish", "confrontation", "encounter",
            "shootout", "exchange", "engagement", "standoff"}
#: what an "exchange" is of, for it to be a fight ("an exchange of fire with X"; not "a prisoner exchange")
_EXCHANGED = {"fire", "gunfire", "shot", "shots", "bullet", "blow", "rocket", "artillery"}
_CARRY_OUT = {"carry", "launch", "stage", "mount", "conduct", "perpetrate", "commit", "execute", "unleash", "lead"}


_COMPOUND_CAUSES = {"as", "because", "due", "owing", "thanks"}
#: nouns of people taken, whose verb did the harm ("seized 250 hostages")
_CAPTIVES = {"hostage", "captive"}
_TAKE = {"seize", "take", "capture", "grab", "snatch", "hold", "kidnap", "abduct"}
#: events of mass holding, whose "by X" names who held ("detained in mass arrests by police")
_ROUNDUPS = {"arrest", "crackdown", "roundup", "round-up", "sweep", "swoop"}


def _compound_cause(word: Token) -> list[Token]:
    """The object of "as a result of", "because of", "due to", "owing to": [] where the word opens none."""
    if word.lower_ == "as":
        inner = [x for p in word.children if p.dep_ == "pobj" and p.lemma_.lower() in ("result", "consequence")
                 for x in [p]]
        return [y for r in inner for p in r.children if p.dep_ == "prep" and p.lower_ == "of"
                for y in p.children if y.dep_ == "pobj"]
    found = [y for p in word.children if p.dep_ in ("prep", "pcomp") and p.lower_ in ("of", "to")
             for y in p.children if y.dep_ == "pobj"] + [y for y in word.children if y.dep_ == "pobj"]
    doc = word.doc
    if not found and word.i + 1 < len(doc) and doc[word.i + 1].lower_ in ("of", "to"):
        # the parser lost the phrase ("due to Russian shelling" read as a clause): the first noun after it
        found = [t for t in doc[word.i + 2:word.i + 6] if t.pos_ in ("NOUN", "PROPN")
                 and t.dep_ not in ("compound", "poss", "amod")][:1]
    return found


def _victim_clauses(victim: Token) -> list[Token]:
    """Harm verbs in a clause on the victims' own phrase ("23 men, believed to have been executed by X",
    "bodies of 23 men killed by X"), reaching through "believed to", "said to"."""
    found: list[Token] = []
    heads = [victim] + ([victim.head.head] if victim.dep_ == "pobj" and victim.head.lower_ == "of" else [])
    for h in heads:
        clauses = [c for c in h.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
        if h.dep_ in ("nsubj", "nsubjpass") and h.head.lemma_.lower() in ("believe", "think", "say", "suspect", "report"):
            clauses.append(h.head)      # the parser's "bodies ... believed [to have been executed by X]"
        for c in clauses:
            if c is h.head:
                c = next((x for x in c.children if x.dep_ == "xcomp" and x.pos_ == "VERB"), c)
                if c is h.head:
                    continue
            for v in [c, *(x for x in c.subtree if x.dep_ in ("xcomp", "ccomp") and x.pos_ == "VERB")]:
                if v.lemma_.lower() in TRANSITIVE and v.lemma_.lower() not in ("carry", "open"):
                    found.append(v)
    return found


def _attributed_to(verb: Token, doc: Doc, victim_head: Token) -> tuple[str, str] | None:
    """"attributed 39 of the deaths to air strikes by X", "12 deaths were attributed to the militia": the actor
    the harm is put down to (accused)."""
    for x in (x for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for x in c.children if x.dep_ == "pobj"):
        sp = _perp_span(x, doc)
        if sp is not None:
            return sp.text, "accused"
        found = _first_actor([x], doc, victim_head, set(), "accused")
        if found is not None:
            return found
        if x.lemma_.lower() in EVENT_WORDS and not any(c.dep_ == "auxpass" for c in verb.children):
            # the parser hangs the attack's "by X" on the verb ("attributed 27 deaths to strikes by X"); in the
            # passive the "by" names who attributes them
            for a in (a for c in verb.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"):
                sp = _perp_span(a, doc)
                if sp is not None:
                    return sp.text, "accused"
    return None


def ascribed_actor(head: Token, doc: Doc) -> tuple[str, str] | None:
    """For a figure with no harm word of its own ("27 of the deaths"): an actor a verb above it puts the harm
    down to ("attributed 27 of the deaths to X", "blamed 27 of the deaths on X"); "N were among those killed
    when ...": the actor of the harm it is counted among."""
    harm = among_the_harmed(head)
    if harm is not None:
        found, stance = perpetrator(harm, doc, head)
        return (found, stance) if found is not None else None
    for anc in list(head.ancestors)[:4]:
        lemma = anc.lemma_.lower()
        if anc.pos_ != "VERB":
            continue
        if lemma in OUTCOME_VERBS and head.dep_ in ("nsubjpass", "nsubj", "dobj") and head.head.i == anc.i:
            # "29 of the victims were killed by X": the verb the figure is the subject or object of is its harm
            found, stance = perpetrator(anc, doc, head)
            return (found, stance) if found is not None else None
        if lemma == "account" and any(c.dep_ == "prep" and c.lower_ == "for" for c in anc.children):
            # "strikes by X accounted for 143 of the deaths": the doer of what the deaths are put down to
            subj = [c for c in anc.children if c.dep_ == "nsubj"]
            return _first_actor(subj, doc, head, set(), "asserted") if subj else None
        if lemma == "attribute":
            return _attributed_to(anc, doc, head)
        if lemma == "blame":
            for x in (x for c in anc.children if c.dep_ == "prep" and c.lower_ == "on" for x in c.children
                      if x.dep_ == "pobj"):
                sp = _perp_span(x, doc)
                if sp is not None:
                    return sp.text, "accused"
        return None
    return None


#: subject pronouns of a harm verb, standing for an actor a figure before names
REFERRING_PRONOUNS = {"they", "he", "she"}


def _agent_pronoun(pron: Token) -> bool:
    """"they killed 16", "they opened fire, killing 5": a subject pronoun that did the harm; not one that
    suffered it ("they lost 12 relatives"), nor one a speaker before it stands for ("Residents said they
    killed two of the attackers")."""
    verb = pron.head
    if pron.dep_ != "nsubj" or (verb.lemma_.lower() not in TRANSITIVE and not _attack_verb(verb)):
        return False
    return not any(a.pos_ == "VERB" and a.lemma_.lower() in REPORT_VERBS and any(
        c.dep_ == "nsubj" and c.i < pron.i for c in a.children) for a in verb.ancestors)


def _names_victims(actor: str, victims: str) -> bool:
    """The actor's head word names the victims ("Soldiers" for "12 soldiers"): no one did the harm to himself."""
    head = actor.lower().split()[-1].rstrip("s") if actor.strip() else ""
    return bool(head) and head in {w.rstrip("s") for w in victims.lower().split()}


def _possessor_actor(m: Token) -> bool:
    """"the front's drone strike", "Israel's strikes": the possessor of an attack noun did it, unless it names
    a time ("Saturday's attack"), a place ("the city's deadliest attack") or is a pronoun."""
    return (m.dep_ == "poss" and m.pos_ in ("NOUN", "PROPN") and m.ent_type_ not in ("DATE", "TIME", "LOC", "FAC")
            and m.lemma_.lower() not in _PLACE_HEADS
            and not (m.ent_type_ == "GPE" and any(c.tag_ == "JJS" for c in m.head.children)))


def _doer_of_event(event: Token, doc: Doc) -> tuple[Span, str] | None:
    """"X carried out / took part in the attack (that killed ...)": the doer; "X claimed the attack" (claimed);
    "accused X of the massacre" (accused); "X said it carried out the attack": the speaker (claimed)."""
    if (event.dep_ == "pobj" and event.head.lower_ in ("including", "like") and event.head.head.pos_ == "NOUN"
            and event.head.head.lemma_.lower() in EVENT_WORDS):
        event = event.head.head     # "carried out attacks, including a raid on ...": the doer of the attacks
    if (part := took_part(event, lambda t: _perp_span(t, doc))) is not None:
        return part, "asserted"
    verb = event.head
    if event.dep_ == "pobj" and verb.lower_ in ("of", "for") and verb.head.lemma_.lower() in ("accuse", "blame"):
        held = next((c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        sp = _perp_span(held, doc) if held is not None else None
        return (sp, "accused") if sp is not None else None
    lemma = verb.lemma_.lower()
    if event.dep_ != "dobj" or verb.pos_ != "VERB" or (lemma not in _CARRY_OUT and lemma != "claim"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)   # (not "no group has claimed the attack")
    if any(c.dep_ in ("auxpass", "neg") for c in verb.children) or any(d.lower_ in ("no", "neither") for d in (subj.children if subj else ())):
        return None
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)     # "X operates ... and has carried out"
    ante = relative_antecedent(subj) if subj is not None else None
    subj = ante if ante is not None else subj
    stance = "claimed" if lemma == "claim" else "asserted"
    if subj is not None and subj.lower_ in ("it", "they", "we") and verb.dep_ == "ccomp" and (
            verb.head.lemma_.lower() in REPORT_VERBS):
        subj, stance = next((c for c in verb.head.children if c.dep_ == "nsubj"), None), "claimed"
    sp = _perp_span(subj, doc, state=True) if subj is not None else None  # "Russia launched an attack"
    return (sp, stance) if sp is not None else None
ATTACKER_WORDS = {"bomber", "gunman", "gunmen", "attacker", "assailant", "sniper"}
_TEMPORAL_MARKS = {"after", "since", "following", "when", "as", "amid"}
_EVENT_VERBS = {"shell", "bomb", "attack", "raid", "strike", "ambush", "storm", "fire", "shoot"}
_ATTACK_VERBS = _EVENT_VERBS | {"invade", "overrun", "loot", "pillage", "torch", "besiege", "bombard", "target", "kill",
                                "abduct", "kidnap", "massacre", "rampage", "pound", "hit", "blast", "hack",
                                "seize", "capture", "retake", "advance", "assault"}    # "after X seized the town"


def _attack_verb(v: Token) -> bool:
    """"raided", "stormed", "opened fire": a verb whose subject attacked."""
    lemma = v.lemma_.lower()
    if any(c.dep_ == "xcomp" and _attack_verb(c) for c in v.children):
        return True     # "while militias keep looting", "after militants began shelling"
    return lemma in _ATTACK_VERBS or (lemma == "open" and any(c.dep_ == "dobj" and c.lemma_.lower() == "fire"
                                                              for c in v.children))


def _result_verb(trigger: Token) -> Token | None:
    """The verb a trigger noun completes: "shot 12 people to death", "resulting in 32 deaths",
    "causing 20 deaths", "leaving nine dead"; its clause (and the clause it hangs on) did the harm."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.pos_ in ("NOUN", "NUM") and (
            trigger.head.head.dep_ in ("dobj", "pobj")):
        trigger = trigger.head.head     # "causing dozens of casualties", "resulting in hundreds of deaths"
    head = trigger.head
    if trigger.dep_ == "conj" and trigger.pos_ == "NOUN" and head.pos_ == "VERB" and head.lemma_.lower() in (
            "lead", "cause", "result", "leave"):
        return head     # "led to the martyrdom of 12 ..., and the injury of 30 others"
    if trigger.dep_ == "pobj" and head.lower_ == "to" and trigger.lemma_.lower() == "death":
        verb = head.head
        return verb if verb.pos_ == "VERB" and verb.i != head.i else None
    if trigger.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() == "result":
        return head.head
    if trigger.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() == "lead" and head.head.pos_ == "VERB":
        return head.head    # "the bombardment ... led to the martyrdom of 12 citizens"
    if trigger.dep_ in ("dobj", "oprd", "ccomp") and head.pos_ == "VERB" and (
            head.lemma_.lower() in ("cause", "leave", "provoke", "trigger", "spark", "order", "authorise", "authorize")
            or (head.lemma_.lower() == "make" and trigger.lower_ == "dead")):
        return head     # "provoked the displacement of 2,000", "has made 5,000 dead"
    if trigger.dep_ in ("dobj", "oprd", "xcomp", "advcl") and (trigger.pos_ == "NOUN" or trigger.lower_ == "dead") and any(
            c.dep_ == "dobj" and c.i < trigger.i for c in head.children) and head.pos_ == "VERB":
        return head     # "took 251 people hostage", "shot 5 civilians dead": the verb names the doer
    if (trigger.dep_ == "dobj" and trigger.lemma_.lower() in _CAPTIVES and head.pos_ == "VERB"
            and head.lemma_.lower() in _TAKE):
        return head     # "seized 250 hostages", "took dozens of captives": the taking is the harm

    if (trigger.dep_ in ("amod", "acl") and head.dep_ in ("dobj", "conj") and head.head.pos_ == "VERB"
            and head.head.lemma_.lower() == "leave"):
        return head.head    # "has left 48 herders dead", "left two dead and five others wounded"
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
        # "the gang raid on Lumo, where four traders died": the event the place clause belongs to
        which += [c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "advmod" and c.lower_ == "where"]
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


def _first_actor(candidates: list[Token], doc: Doc, victim_head: Token, verbal: set[int],
                 stance: str) -> tuple[str, str] | None:
    """The first candidate (a subject, an agent, an event noun) that names an actor, with its stance."""
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
            if sp is not None and sp.end == cand.i and (cand.tag_ == "VBG" or not any(
                    c.dep_ == "dobj" for c in cand.children)):  # "Israeli strikes on ...", not "X ambushed a convoy"
                return doc[sp.start:cand.i + 1].text, stance
            if sp is not None:
                return sp.text, stance
            if cand.lemma_.lower() not in EVENT_WORDS and cand.lower_ not in _CLASHES:
                continue    # a clause is no actor itself (but "amid fighting with X" names the other side)
        if cand.lemma_.lower() in EVENT_WORDS or (cand.pos_ == "NOUN" and cand.lemma_.lower() in _CLASHES | _ROUNDUPS) or (
                cand.dep_ == "pcomp" and cand.lower_ in _CLASHES):
            found = _event_actor(cand, doc, stance)
            if found is not None:
                return found
            if (laid := laid_by(cand, lambda t: _perp_span(t, doc))) is not None:
                return laid.text, stance    # "killed by a bomb that police said was planted by X"
            continue
        if cand.lower_ in PRONOUN_SOURCES:
            ante = _antecedent(cand, doc, victim_head)
            if ante is not None:
                return ante.text, stance
            if cand.lower_ in REFERRING_PRONOUNS and cand.head.i in verbal and _agent_pronoun(cand):
                # "They killed 16 traders": the report resolves it to the actor of a figure before, if any
                return cand.text, stance
            continue
        blamed = next((x for r in cand.children if r.dep_ in ("acl", "relcl") and r.lemma_.lower() in _ASCRIBE
                       for p in r.children if p.dep_ == "prep" and p.lower_ in ("on", "to")
                       for x in p.children if x.dep_ == "pobj"), None)
        if blamed is not None and (bsp := _perp_span(blamed, doc)) is not None:
            return bsp.text, "accused"  # "police blamed on separatists": the parser's subject is who blames
        sp = _perp_span(cand, doc, state=cand.dep_ == "nsubj" and cand.head.i in verbal)
        if sp is None and (unknown_agent(cand) or sides_agent(cand)):
            sp = doc[cand.left_edge.i:cand.i + 1]
        if sp is None and (_arrester(cand, verbal) or person_doer(cand, victim_head)):
            sp = _perp_span(cand, doc, anyone=True)
        if sp is not None and not any(t.i == victim_head.i for t in sp):
            return sp.text, stance
        laid = laid_by(cand, lambda t: _perp_span(t, doc)) if sp is None else None
        if laid is not None:    # "killed by a device planted by insurgents"
            return laid.text, stance
    return None


#: verbs of taking people into custody, whose active subject is the one holding them, whatever the words
_ARREST_VERBS = {"arrest", "detain", "apprehend", "nab", "capture", "round"}


def _arrester(cand: Token, verbal: set[int]) -> bool:
    """"prosecutors later arrested two suspects": the subject of an active verb of arrest that is the figure's
    own harm holds them (not a pronoun, place or time)."""
    verb = cand.head
    return (cand.dep_ == "nsubj" and verb.i in verbal and verb.lemma_.lower() in _ARREST_VERBS
            and not any(c.dep_ == "auxpass" for c in verb.children) and cand.pos_ in ("NOUN", "PROPN")
            and cand.ent_type_ not in ("DATE", "TIME", "LOC", "FAC") and cand.lemma_.lower() not in _PLACE_HEADS)


def _event_actor(cand: Token, doc: Doc, stance: str) -> tuple[str, str] | None:
    """The actor an attack noun names: its agent ("attacks by X"), an actor-led modifier ("Russian shelling"),
    its possessor ("the army's raid") or the doer of a verb it is the object of ("X carried out the attack")."""
    # "in attacks by/of X", "an attack led by gunmen", "an attack blamed on rebels"; the agent may hang on the
    # container ("a wave of raids last month by X"); "clashes with X" (the victims' side is the other one)
    held = cand.head.head if cand.dep_ == "pobj" and cand.head.lower_ == "of" else cand
    agents = ("by", "of", "from", "with") if {cand.lemma_.lower(), cand.lower_} & _CLASHES else ("by", "of", "from")
    if cand.lemma_.lower() == "exchange":
        # "an exchange of fire with X": the other side may hang on what is exchanged
        fired = [x for p in cand.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                 if x.dep_ == "pobj" and x.lemma_.lower() in _EXCHANGED]
        if not fired:
            return None
        sides = [p for x in fired for p in x.children if p.dep_ == "prep" and p.lower_ == "with"]
        for p in sides:
            found = next((sp.text for x in p.children if x.dep_ == "pobj" and (sp := _perp_span(x, doc)) is not None), None)
            if found is not None:
                return found, stance
    outer = [c for c in held.children if held.i != cand.i and c.dep_ in ("prep", "agent") and c.lower_ == "by"
             and held.lemma_.lower() in EVENT_CONTAINERS]
    # "a drone attack on an oil depot, which he blamed on X": the parser hangs the relative clause on
    # the nearest noun, the attack's target
    ascribed = [r for p in cand.children if p.dep_ == "prep" for x in p.children if x.dep_ == "pobj"
                for r in x.children if r.dep_ == "relcl" and r.lemma_.lower() in _ASCRIBE]
    # "killed in a shootout with X" where the parser hung "with X" on the verb: the phrase right after the fight
    beside = [c for c in cand.head.head.children if c.dep_ == "prep" and c.lower_ == "with"
              and c.i == cand.right_edge.i + 1] if cand.lemma_.lower() in _CLASHES and cand.dep_ == "pobj" else []
    # "the army's raid", "Russian shelling", "a Kavan Front drone strike" (not "Saturday's attack")
    mods = [c for c in cand.children if c.dep_ in ("amod", "compound", "nmod", "poss", "nsubj")
            and c.ent_type_ not in ("DATE", "TIME")]
    named = next((m for m in mods if _actor_like(doc[m.left_edge.i:m.i + 1]) or _possessor_actor(m)
                  or m.lemma_.lower() in ACTOR_EVENT_MODIFIERS or (
        m.pos_ in ("PROPN", "ADJ", "NOUN") and m.text[:1].isupper() and (m.i > 0 or _acronym(m.text)))), None)
    for c in [*cand.children, *outer, *ascribed, *beside, *target_agents(cand)]:
        if c.lower_ == "of" and named is not None:
            continue        # "Russian shelling of Tesh": what an actor's attack is of is its target
        if c.dep_ in ("prep", "agent") and c.lower_ in agents:
            for x in c.children:
                if x.dep_ == "pobj":
                    sp = _perp_span(x, doc)
                    if sp is not None:
                        return sp.text, stance
        if c.dep_ in ("acl", "relcl") or (c.dep_ == "xcomp" and cand.pos_ == "VERB" and c.lemma_.lower() in _CARRY_OUT):
            for a in [*c.children, *(y for x in c.children if x.dep_ == "xcomp" for y in x.children)]:   # ("suspected to ...")
                if a.dep_ in ("agent", "prep") and a.lower_ in ("by", "on", "to", *agents[3:]):
                    for x in a.children:
                        if x.dep_ == "pobj":    # whoever an attack is blamed on is its actor, a state too
                            sp = _perp_span(x, doc, anyone=c.lemma_.lower() in _ASCRIBE and x.pos_ == "PROPN")
                            if sp is not None:
                                return sp.text, {"claim": "claimed"}.get(c.lemma_.lower(), "accused" if c.lemma_.lower() in _ASCRIBE | _SUSPECTING else stance)
    if named is not None:
        if named.dep_ == "poss":        # the possessor is the actor: "the army's raid" -> "the army"
            return doc[named.left_edge.i:named.i + 1].text, stance
        return np_text(cand, doc).text, stance
    doer = _doer_of_event(cand, doc)    # "X carried out the attack that killed ..."
    if doer is not None:
        return doer[0].text, doer[1] if doer[1] != "asserted" else stance
    return None


def refer_pronoun_actors(claims: Sequence[Claim], reach: int = 600) -> None:
    """"Armed herders raided Dunu, killing seven farmers. Residents say they also killed 16 traders": a pronoun
    that is the subject (the doer) of the harm in the figure's own sentence stands for the actor of the latest
    figure before it (within ``reach`` characters) that names one; where none does, or that actor names the
    figure's own victims, there is none (a pronoun alone is no actor). Only the pronoun's words are resolved:
    no other figure takes an actor from another sentence."""
    for n, c in enumerate(claims):
        p = c.perpetrator
        if p is None or p.text.lower() not in REFERRING_PRONOUNS:
            continue
        before = [b.perpetrator.text for b in claims[:n] if b.perpetrator is not None
                  and b.evidence.start < c.evidence.start and c.evidence.start - b.evidence.end <= reach
                  and b.perpetrator.text.lower() not in REFERRING_PRONOUNS]
        # "Soldiers killed 5 rebels. They killed 12 soldiers": the pronoun is not the victims' own side
        ok = bool(before) and not _names_victims(before[-1], c.victims.text)
        c.perpetrator = replace(p, text=before[-1]) if ok else None

