"""More sentence-level rules for :mod:`vigil.extract.figures` (kept apart: that module is at its size limit).

* outcome words the lexicon cannot list alone: "we buried 11 people" (the dead), "300 residents have left
  X for Y" (displaced), "two fishermen had not been found" (missing: a negated finding);
* single persons the main rules miss: "another was wounded" (one more of the group just counted), a person
  named after a title ("abducted the Regional Inspector of Health, NAME"), a subject shared by conjoined
  verbs ("a boy who ... was caught in the crossfire and died"), one person listed after "among them" /
  "including" ("among them my nephew"), and "a family of five" (five people).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.symbols import VERB
from spacy.tokens import Doc, Token

from vigil.extract.amounts import Amount, parse_amount
from vigil.extract.captive_verbs import captive_outcome, drop_named_status
from vigil.extract.killed_object import acted_on_person
from vigil.extract.lexicon import (
    CIVILIAN_WORDS,
    FIGHTER_WORDS,
    NONSTATE_WORDS,
    OUTCOME_ADJS,
    OUTCOME_NOUNS,
    OUTCOME_VERBS,
    PEOPLE_WORDS,
    REPORT_VERBS,
    SINGLE_PERSON_WORDS,
    STATE_WORDS,
    VAGUE_PLURALS,
    WEAK_VERBS,
)
from vigil.extract.outcome_more import counted_fighters, outcome_of
from vigil.extract.parts import of_them
from vigil.extract.place_counts import counts_by_place
from vigil.extract.pronoun_victim import pronoun_antecedent
from vigil.extract.syntax import char_span, doc_text, np_text, tokens_with_pos
from vigil.extract.taken_missing import taken_or_missing
from vigil.extract.victim_roles import is_perpetrator_subject
from vigil.extract.victims import THINGS, category_of, counted_people, described_person

if TYPE_CHECKING:
    from vigil.extract.figures import Figure

#: verbs whose negated passive says people are missing ("had not been found", "could not be traced")
_NOT_FOUND = {"find", "locate", "trace"}
#: nouns of a place people leave ("left their homes", "left the village for the town")
_PLACES = {"home", "house", "village", "town", "city", "area", "region", "district", "camp", "country",
           "neighbourhood", "neighborhood", "locality", "settlement", "community", "island", "province", "state",
           "hamlet", "tehsil", "county", "municipality", "commune", "department", "territory", "valley", "land"}
#: nouns of a harmed status a title cannot be ("the Divisional Delegate" is a person, "the Dead" is not)
_STAY = {"remain", "stay", "lie", "be"}
#: places of care ("evacuated to hospital": the injured, not the displaced)
_CARE = {"hospital", "clinic", "infirmary", "hospitals"}
_OWN = ("a", "an", "my", "our", "his", "her", "their")
_STATUS = STATE_WORDS | NONSTATE_WORDS | FIGHTER_WORDS | CIVILIAN_WORDS


#: endings of nouns of people by what they do or follow ("woodcutters", "loggers", "kharijites", "tribesmen")
_CASES = ("reports", "cases", "complaints")
_AGENT_ENDINGS = ("ers", "ors", "ists", "ites", "ians", "men", "ees")


def unit_people(doc: Doc, a: Amount) -> bool:
    """An amount whose noun the amount finder took for a thing is people where a harm verb takes it for its
    object: "insurgents beheaded four woodcutters", "nine loggers were abducted"."""
    unit = (a.unit or "").split()[-1:]
    if not unit:
        return False
    agentive = unit[0].endswith((*_AGENT_ENDINGS, *_CASES))
    span = char_span(doc, a.num_start, a.end)
    if span is None:
        return False
    noun = span[-1].head if span[-1].dep_ == "nummod" else None
    if noun is not None and unit[0] in _CASES and noun.lower_ == unit[0]:
        # "around 1,900 reports of missing persons", "40 cases of enforced disappearance": the people
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(
            x.dep_ == "pobj" and (x.lemma_.lower() in OUTCOME_NOUNS or any(
                m.dep_ == "amod" and m.lower_ in OUTCOME_ADJS for m in x.children)) for x in p.children)
            for p in noun.children)
    num = span[-1]
    if noun is None and agentive and any(x.dep_ == "pobj" and x.lower_ == unit[0] for p in num.children
                                         if p.dep_ == "prep" and p.lower_ == "of" for x in p.children):
        noun = num      # "five of the abductors were killed": the number stands for the people of its "of"
    elif noun is None or noun.lower_ != unit[0]:
        return False
    if noun.lemma_.lower() not in THINGS and noun.tag_ == "NNS" and _harmed_position(noun):
        return True
    if noun.dep_ == "nsubj" and agentive:
        return intransitive_harm(noun.head)     # "Seven climbers died", "two hikers went missing"
    if (noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among") and noun.tag_ == "NNS"
            and noun.lemma_.lower() not in THINGS):
        # "six were abducted, including two bricklayers": a listed part of a count of people
        gov = noun.head.head
        return (gov.pos_ == "VERB" and gov.lemma_.lower() in OUTCOME_VERBS) or counted_people(gov) or (
            gov.lemma_.lower() in OUTCOME_NOUNS)
    if noun.dep_ == "dobj" and noun.tag_ == "NNS" and noun.head.lemma_.lower() in ("include", "comprise"):
        # "The dead included four carpenters": the harmed group the verb's subject names
        return any(c.dep_ == "nsubj" and (c.lemma_.lower() in OUTCOME_NOUNS or c.lower_ in OUTCOME_ADJS)
                   for c in noun.head.children) and noun.lemma_.lower() not in THINGS
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    if not agentive and (noun.tag_ != "NNS" or noun.lemma_.lower() in THINGS):  # (noun is the number only if agentive)
        return False        # (a plural noun of persons the lexicon lacks: "killed 30 apostates")
    verb = noun.head
    lemma = verb.lemma_.lower()
    shot_dead = lemma == "shoot" and any(c.lower_ == "dead" for c in (*verb.children, *noun.children))
    return verb.pos_ == "VERB" and lemma in OUTCOME_VERBS and (lemma not in WEAK_VERBS or shot_dead) and not any(
        c.dep_ == "neg" for c in verb.children)     # ("police shot dead two robbers")


def speaker(head: Token) -> bool:
    """The amount counts who speaks, not victims: "One activist described ...", "a relative of one victim
    said" (a person of the victims who speaks of them)."""
    verb = head.head
    if head.dep_ == "nsubj" and verb.lemma_.lower() in REPORT_VERBS:
        if verb.dep_ in ("amod", "acl") and verb.head.lemma_.lower() in OUTCOME_NOUNS:
            return False    # "131 reported fatalities" (the parser took the number for the participle's subject)
        if not any(c.dep_ == "dobj" for c in verb.children) and any(
                c.dep_ in ("oprd", "xcomp") and c.lower_ in OUTCOME_ADJS for c in verb.children):
            return False    # "2,000 others reported missing", "14 people reported injured": a reduced passive
        return not of_them(head) and not listed_part(head)
    if head.dep_ == "pobj" and verb.lower_ == "of" and head.lower_ in ("victim", "one"):
        holder = verb.head      # "a relative of one victim said": the relative speaks
        return (holder.dep_ == "nsubj" and holder.head.lemma_.lower() in REPORT_VERBS
                and holder.lemma_.lower() in PEOPLE_WORDS | SINGLE_PERSON_WORDS | {"family", "friend"})
    return False


def acts_elsewhere(head: Token, trig: Token) -> bool:
    """"Hundreds of youths blocked the road to protest against the killings": the amount is the subject of a
    verb of its own that reports no harm, and the harm noun chosen for it hangs in another verb's clause (the
    purpose or cause of the act): the people act, they are not the victims."""
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "between" and verb.head.pos_ == "NOUN":
        return True     # "killed in a dispute between two families": the parties to it, not its victims
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB" or verb.lemma_.lower() in REPORT_VERBS:
        return False
    if verb.dep_ == "advcl" and trig in verb.ancestors and any(c.lower_ in ("while", "whereas") for c in verb.children):
        return True     # "9,700 were displaced, while 1,300 others were confined to their communities"
    if head.dep_ != "nsubj" or trig.pos_ != "NOUN":
        return False
    gov = next((a for a in trig.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return gov is not None and gov.i != verb.i and verb in gov.ancestors and gov.dep_ in ("advcl", "xcomp", "ccomp")


def listed_part(head: Token) -> bool:
    """"killed 14 people, among them five women and two children, ..., the network said": a part listed
    after a figure, whatever the parser hung it on (not the speaker of the verb it was put under)."""
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return any(c.dep_ == "prep" and c.lower_ in ("among", "including") and c.i < first.i and any(
        x.lower_ in ("them", "whom") for x in c.children) for c in first.children)


def still_missing(tok: Token) -> bool:
    """A negated finding is the missing outcome itself: "had not been found", "could not be located"."""
    if tok.lemma_.lower() == "survive" and not any(c.dep_ == "prep" for c in tok.children):
        return True         # "thirteen people did not survive the attack": they died (not "survived with injuries")
    return tok.pos_ == "VERB" and (tok.lemma_.lower() in _NOT_FOUND or (      # ("have not been heard from")
        tok.lemma_.lower() == "hear" and any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)) or (
        tok.lemma_.lower() == "see" and any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children)))


_TREAT_VERBS = frozenset({"treat", "admit", "hospitalise", "hospitalize", "operate", "stabilise", "stabilize"})


def more_triggers(doc: Doc, found: dict[int, str]) -> None:
    """Outcome words read off the parse (added to ``found``, token index -> outcome)."""
    for i in [i for i, o in found.items() if doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() == "victim"]:
        # "rescued four kidnap victims", "abduction victims": the harm the victim noun's modifier names
        kind = next((OUTCOME_VERBS.get(c.lemma_.lower()) or OUTCOME_NOUNS.get(c.lemma_.lower()) for c in doc[i].children
                     if c.dep_ in ("compound", "amod") and c.i < i and (
                         OUTCOME_VERBS.get(c.lemma_.lower()) or OUTCOME_NOUNS.get(c.lemma_.lower()))), None)
        if kind is None and doc[i].dep_ in ("dobj", "nsubjpass") and doc[i].head.lemma_.lower() in _TREAT_VERBS:
            kind = "injured"    # "the clinic treated 30 gunshot victims": victims alive and cared for
        if kind is not None:
            found[i] = kind
    for t in tokens_with_pos(doc, VERB):
        if t.i in found:
            continue
        lemma = t.lemma_.lower()
        kids = list(t.children)
        if lemma == "bury" and (any(c.dep_ == "dobj" and counted_people(c) for c in kids) or (
                any(c.dep_ == "nsubjpass" and counted_people(c) for c in kids) and not _buried_alive(t))):
            found[t.i] = "killed"       # "we have buried 11 people", "60 people had been buried": the dead
        elif lemma in _NOT_FOUND and any(c.dep_ == "neg" for c in kids) and any(
                c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "nsubjpass" for c in kids):
            found[t.i] = "missing"      # "three shepherds had not been found"
        elif lemma in ("go", "make", "run") and any(c.lower_ in ("away", "off") for c in kids) and any(
                c.dep_ == "prep" and c.lower_ == "with" and any(x.dep_ == "pobj" and counted_people(x) for x in c.children)
                for c in kids):
            found[t.i] = "abducted"     # "the gunmen went away with 30 villagers"
        elif lemma == "shelter" and t.pos_ == "VERB" and not any(
                c.dep_ == "aux" and c.lower_ in ("can", "could", "would", "will", "may", "might") for c in kids) and any(
                c.dep_ == "dobj" and counted_people(c) for c in kids):
            found[t.i] = "displaced"    # "the shelter network was sheltering more than 13,000 people"
        elif lemma == "leave" and _leaves_place(t) and any(
                c.dep_ == "nsubj" and (counted_people(c) or _bare_count(c)) and not counted_fighters(c) for c in kids):
            found[t.i] = "displaced"    # "about 400 residents have since left Dori for Kaya"
        elif lemma == "fall" and _fell_in_combat(t):
            found[t.i] = "killed"       # "four soldiers fell with their weapons in hand", "Sgt X fell yesterday"
        elif lemma in ("force", "drive", "push", "chase") and any(
                c.dep_ == "prep" and c.lower_ in ("from", "out") and any(
                    x.lemma_.lower() in _PLACES or x.ent_type_ in ("GPE", "LOC", "FAC") for x in c.subtree)
                for c in kids):
            found[t.i] = "displaced"    # "3,000 families had been forced out of the camp", "driven from Tarvo"
        elif lemma in _ARRIVE and t.dep_ not in ("relcl", "acl") and _arrives_from(t) and any(
                c.dep_ == "nsubj" and (counted_people(c) or _bare_count(c)) for c in kids):
            found[t.i] = "displaced"    # "some 1,200 families have reached Kaya from villages around Dori"
        elif lemma == "evacuate" and any(c.dep_ == "auxpass" for c in kids) and any(
                c.dep_ == "prep" and c.lower_ == "from" for c in kids) and any(
                c.dep_ == "nsubjpass" and counted_people(c) for c in kids) and not any(
                c.dep_ == "prep" and c.lower_ == "to" and any(x.lemma_.lower() in _CARE for x in c.subtree) for c in kids):
            found[t.i] = "displaced"    # "about 9,000 residents have been evacuated from border villages"
        elif lemma in ("take", "seek") and t.dep_ not in ("relcl", "acl") and any(
                c.dep_ == "dobj" and c.lower_ in ("shelter", "refuge") for c in kids) and any(
                c.dep_ == "nsubj" and counted_people(c) for c in kids + (
                    list(t.head.children) if t.dep_ == "conj" else [])):
            found[t.i] = "displaced"    # "about 400 villagers have taken shelter at a camp", "... and are taking refuge"
        elif (taken := taken_or_missing(t) or captive_outcome(t)) is not None:
            found[t.i] = taken          # "gunmen seized 14 passengers", "marched 40 pupils into the forest"
        elif lemma in _STAY and any(c.dep_ == "prep" and c.lower_ == "in" and any(
                x.dep_ == "pobj" and found.get(x.i) == "injured" for x in c.children) for c in kids):
            found[t.i] = "injured"      # "four others remain in the intensive care unit": their own state
    for t in doc:
        if t.i not in found and t.pos_ in ("VERB", "NOUN") and (o := outcome_of(t)) is not None:
            found[t.i] = o              # "have poured into Kaya", "the fate of 25 villagers remains unknown"
    for i, o in list(found.items()):
        t = doc[i]
        noun = t.head
        if (o in _STATUS_OUTCOMES and t.dep_ == "amod" and noun.dep_ in ("nsubj", "nsubjpass", "dobj")
                and found.get(noun.head.i) not in (None, o) and noun.head.pos_ == "VERB"
                and not any(c.dep_ == "neg" for c in noun.head.children)):
            del found[i]      # "23 displaced people were killed": a status they were in; the verb says the harm
    drop_named_status(doc, found)


#: outcomes an adjective may give as a status the victims were in before the harm a clause reports
_STATUS_OUTCOMES = {"displaced", "abducted", "detained", "missing"}


#: what "fell" takes when it is no death: "fell ill", "fell from a roof", "fell into the river", "fell to the rebels"
_FALL_NOT_DEATH = {"into", "from", "off", "to", "under", "behind", "onto", "down", "out", "over", "through", "below",
                   "short", "back", "apart", "asleep", "ill", "sick", "silent", "victim", "prey", "pregnant", "by"}


#: where those who "fell" fell in battle
_BATTLE = {"battlefield", "combat", "action", "battle", "line", "front", "frontline"}


def _fell_in_combat(verb: Token) -> bool:
    """"Four VDP fell with their weapons in hand", "Staff Sergeant X, a soldier in ..., fell yesterday": a
    member of a force as the subject of "fell", with nothing that makes it a fall, an illness or a defeat."""
    if verb.pos_ == "VERB" and any(p.dep_ == "prep" and p.lower_ in ("on", "in") and any(
            x.dep_ == "pobj" and (x.lemma_.lower() in _BATTLE or (x.lemma_.lower() == "field" and any(
                y.lower_ in ("honour", "honor", "battle") for y in x.subtree))) for x in p.children) for p in verb.children):
        return True     # "who fell on the field of honour", "fell in action", "fell in the line of duty"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or verb.pos_ != "VERB":
        return False
    lemma = subj.lemma_.lower()
    if not (lemma in STATE_WORDS or lemma in FIGHTER_WORDS or lemma in NONSTATE_WORDS or subj.lower_ in STATE_WORDS
            or (subj.ent_type_ == "PERSON" and any(c.dep_ in ("appos", "compound") and c.lemma_.lower() in
                                                   STATE_WORDS | FIGHTER_WORDS for c in subj.subtree))
            or (any(c.dep_ == "nummod" for c in subj.children) and subj.tag_ in ("NNP", "NNPS"))):
        return False
    return not any(c.dep_ in ("acomp", "oprd", "attr", "prt", "dobj") or c.lower_ in _FALL_NOT_DEATH
                   for c in verb.children)


def _buried_alive(verb: Token) -> bool:
    """"were buried under the rubble", "buried alive": people trapped, not the dead laid to rest."""
    return any((c.dep_ == "prep" and c.lower_ in ("under", "beneath", "by")) or c.lower_ == "alive"
               for c in verb.children)


#: verbs of arriving somewhere: people who arrive "from" a place have fled it
_ARRIVE = {"arrive", "reach"}


def _arrives_from(verb: Token) -> bool:
    """"reached Kaya from the countryside", "arrived in Kaya from Dori": an origin, and no place of care."""
    preps = [p for p in (*verb.children, *(c for o in verb.children if o.dep_ in ("dobj", "prep") for c in o.children))
             if p.dep_ == "prep"]
    froms = [p for p in preps if p.lower_ == "from"]
    return bool(froms) and not any(x.lemma_.lower() in _CARE for p in preps for x in p.subtree)


def _leaves_place(verb: Token) -> bool:
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:     # "thousands having left for government-held territory": whither, a kind of place
        return any(p.dep_ == "prep" and p.lower_ == "for" and any(
            x.dep_ == "pobj" and x.lemma_.lower() in _PLACES | {"territory", "area", "zone"} and any(
                m.dep_ in ("amod", "compound") for m in x.children) for x in p.children) for p in verb.children)
    objs = [obj, *obj.conjuncts]       # "left Tarvo and nearby hamlets for Mesk"
    if any(o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in _PLACES for o in objs):
        return True
    return obj.pos_ == "PROPN" and any(p.dep_ == "prep" and p.lower_ in ("for", "to") for p in (
        *verb.children, *(c for o in objs for c in o.children),
        *(c for x in verb.children if x.dep_ == "xcomp" for c in x.children)))   # ("left Mir Ali tehsil for X")


def _one(doc: Doc, start: int, end: int, value: int = 1) -> Amount:
    text = doc_text(doc)[start:end]
    return Amount(start=start, end=end, text=text, num_start=start, value=value, low=value, high=value,
                  qualifier="exact", unit=None)


def more_singles(doc: Doc, figures: list[Figure], triggers: dict[int, str], heads: dict[int, int],
                 incidents: int | None) -> None:
    """Single persons (and families) the main rules of :func:`vigil.extract.figures.find_figures` miss;
    appended to ``figures`` with ``heads`` kept up to date."""
    from vigil.extract import figures as fig  # (figures imports this module)

    def add(f: Figure, head: int) -> None:
        f.single, f.incidents = True, incidents
        figures.append(f)
        heads[head] = len(figures) - 1

    for i, o in triggers.items():
        tok = doc[i]
        if fig._negated(tok):
            continue
        # "a police officer shot dead a protester", "shot a girl dead": one described person acted on
        one = acted_on_person(tok, o)
        if one is not None and one.i not in heads and not is_perpetrator_subject(one, tok):
            dead = next((x for x in one.children if x.lower_ == "dead" and x.i > one.i), None)
            span = np_text(one, doc) if dead is None else doc[one.left_edge.i:dead.i]
            add(fig._make_figure(doc, _one(doc, span.start_char, span.end_char), one, i, o, set()), one.i)
            continue
        if tok.pos_ != "VERB":
            continue
        # "troops killed a 17-year-old", "shot dead a 45-year-old": the person an age alone stands for
        aged = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "oprd") and c.lower_ == "old"
                     and c.i not in heads and _aged_alone(c)), None)
        if aged is not None:
            span = np_text(aged, doc)
            add(fig._make_figure(doc, _one(doc, span.start_char, span.end_char), aged, i, o, set()), aged.i)
            continue
        # "a farmer went missing on Monday; he was abducted by gunmen": the person the pronoun stands for
        ante = pronoun_antecedent(doc, tok)
        if (ante is not None and ante.i in heads and figures[heads[ante.i]].outcome not in (None, "missing", o)
                and o in ("abducted", "detained") and figures[heads[ante.i]].outcome == "killed"):
            # "a man was found dead, days after he had been abducted": held before he was killed, a claim of each
            f = fig._make_figure(doc, figures[heads[ante.i]].amount, ante, i, o, set())
            f.single, f.incidents = True, incidents
            figures.append(f)
            continue
        if ante is not None and (ante.i not in heads or figures[heads[ante.i]].outcome == "missing"):
            if ante.i in heads:
                figures[heads[ante.i]].outcome, figures[heads[ante.i]].trigger = o, i
            else:
                span = np_text(ante, doc) if ante.ent_type_ != "PERSON" else doc[ante.left_edge.i:ante.i + 1]
                add(fig._make_figure(doc, _one(doc, span.start_char, span.end_char), ante, i, o, set()), ante.i)
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # "two members were killed and another was wounded": one more of the group counted before
        if subj is not None and subj.lower_ == "another" and subj.i not in heads and not list(subj.children):
            earlier = [f for f in figures if f.amount.start < subj.idx and f.parent is None]
            if earlier:
                f = fig._make_figure(doc, _one(doc, subj.idx, subj.idx + len(subj.text)), subj, i, o, set())
                f.category, f.elliptical = earlier[-1].category, False
                add(f, subj.i)
            continue
        # "the 41-year-old died at the scene": a person named by an age alone
        if subj is not None and subj.i not in heads and subj.lower_ == "old" and _aged_alone(subj):
            span = np_text(subj, doc)
            add(fig._make_figure(doc, _one(doc, span.start_char, span.end_char), subj, i, o, set()), subj.i)
            continue
        # "a boy who was travelling ... was caught in the crossfire and died": the subject of the verb it joins
        if subj is None and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
            shared = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if (shared is not None and shared.i not in heads and shared.tag_ == "NN"
                    and shared.lemma_.lower() in SINGLE_PERSON_WORDS and shared.i < tok.i
                    and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in shared.children)
                    and not is_perpetrator_subject(shared, tok)):
                span = np_text(shared, doc)
                add(fig._make_figure(doc, _one(doc, span.start_char, span.end_char), shared, i, o, set()), shared.i)
            continue
        # "abducted the Regional Inspector of Health for Bui, John Tamfu": a person named after a title
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None and obj.i not in heads and _one_by_role(obj, tok) and not is_perpetrator_subject(obj, tok):
            span = np_text(obj, doc)
            # "the driver, a 59-year-old man": the appositive says who the one person is
            who = next((d for d in obj.children if d.dep_ == "appos"), obj)
            add(fig._make_figure(doc, _one(doc, span.start_char, span.end_char), who, i, o, set()), obj.i)
            continue
        if obj is not None and obj.i not in heads and obj.tag_ == "NNP" and obj.ent_type_ != "PERSON":
            name = _name_after_title(obj)
            if name is not None and name.i not in heads and any(d.lower_ == "the" for d in obj.children):
                span = doc[obj.left_edge.i:obj.i + 1]
                f = fig._make_figure(doc, _one(doc, span.start_char, span.end_char), obj, i, o, set())
                if f.category == "people" and obj.lemma_.lower() not in _STATUS:
                    f.category, f.category_explicit = "civilians", True   # an office of a non-combatant
                f.victim_text = span.text
                add(f, obj.i)
    _listed_after_figure(doc, figures, heads, incidents)
    _apposed_list(doc, figures, heads, incidents)
    _families(doc, figures, heads)
    _all_of_a_status(doc, figures)
    counts_by_place(doc, figures, triggers, heads, incidents)


def _apposed_list(doc: Doc, figures: list[Figure], heads: dict[int, int], incidents: int | None) -> None:
    """"Two other people, a farmer and his 10-year-old son, were killed": a count whose persons are listed in
    apposition, one by one, as many as it counts: each a single person, a part of the count."""
    from vigil.extract import figures as fig

    for n, f in enumerate(list(figures)):
        value = f.amount.value
        if f.single or f.outcome is None or value is None or not 2 <= value <= 6:
            continue
        head = doc[f.head]
        first = next((c for c in head.children if c.dep_ == "appos" and c.tag_ == "NN"), None)
        if first is None:
            continue
        members = [first, *[c for c in first.conjuncts if c.i > first.i]]
        if len(members) != value or any(
                m.tag_ != "NN" or m.i in heads or not any(d.dep_ in ("det", "poss") for d in m.children) for m in members):
            continue
        listed = []
        for person in members:
            span = np_text(person, doc)
            g = fig._make_figure(doc, _one(doc, span.start_char, span.end_char), person, f.trigger, f.outcome, set())
            g.single, g.incidents, g.stance = True, incidents, f"parent_fig:{n}"
            figures.append(g)
            heads[person.i] = len(figures) - 1
            listed.append(g.category)
        if f.category == "people" and len(set(listed)) == 1 and listed[0] != "people":
            f.category, f.category_explicit = listed[0], True     # the list says who the counted were


_AMONG_OR_INCLUDING = re.compile(r"\b(?:among|including|one(?=\s+of\s+(?:them|whom)\b))\b", re.IGNORECASE)


def _listed_after_figure(doc: Doc, figures: list[Figure], heads: dict[int, int], incidents: int | None) -> None:
    """"We have buried 11 people, among them my nephew": one person listed after a figure ("among them",
    "including", "one of them"), whatever the parser hung the person on."""
    from vigil.extract import figures as fig

    words = [w for m in _AMONG_OR_INCLUDING.finditer(doc_text(doc))
             if (w := doc.char_span(m.start(), m.end())) is not None]   # (the words, without walking every token)
    for w in words:
        t = w[0]
        if t.lower_ not in ("among", "including", "one") or t.i + 2 >= len(doc):
            continue
        start = t.i + 1
        if t.lower_ == "one":       # "three were wounded, one of them a 10-year-old boy"
            if t.i in heads or any(f.amount.start <= t.idx < f.amount.end for f in figures):
                continue            # ("one of them, a boy, was in critical condition": "one" is the figure)
            start = t.i + 3
            if start < len(doc) and doc[start].is_punct:
                start += 1
            if start >= len(doc):
                continue
        elif t.lower_ == "among":
            if doc[start].lower_ not in ("them", "whom"):
                continue
            start += 1
            after = t.head      # "nine people were shot dead, a teenager among them": the person before it
            if t.dep_ == "prep" and after.i < t.i and (after.tag_ == "NN" or _aged_alone(after)):
                start = next((d.i for d in after.children if d.dep_ in ("det", "poss") and d.i < after.i), start)
        det = doc[start]
        noun = det.head
        if det.lower_ not in (*_OWN, "the") or det.dep_ not in ("det", "poss") or not 0 < noun.i - det.i < 10:
            continue
        if noun.i in heads and noun.i < t.i:    # found as the verb's own, but set before "among them"
            g = figures[heads[noun.i]]
            earlier = [k for k, e in enumerate(figures) if e.amount.end <= det.idx and not e.single
                       and e.outcome == g.outcome]
            if g.single and g.parent is None and g.stance == "asserted" and not g.anaphoric_part and earlier:
                g.stance = f"parent_fig:{earlier[-1]}"
            continue
        if noun.i in heads or not ((noun.tag_ == "NN" and noun.pos_ == "NOUN") or _aged_alone(noun)):
            continue
        lemma = noun.lemma_.lower()
        named = any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)
        if lemma in ("victim", "body", "death", "dead", "life", "casualty", "other"):
            continue
        if lemma == "family":
            if _family_size(noun) is None:
                continue
        elif not (lemma in SINGLE_PERSON_WORDS or (det.lower_ in _OWN and lemma in PEOPLE_WORDS | CIVILIAN_WORDS)
                  or (named and described_person(noun)) or _aged(noun) or _aged_alone(noun)):
            continue
        # (or a part of an earlier total the sentence counts without a harm word: "Nine of them were women,
        # including a pregnant teacher")
        before = [f for f in figures if f.amount.end <= det.idx and (f.outcome is not None or f.anaphoric_part)
                  and not f.single]
        if not before or any(f.head == noun.i or f.amount.start <= noun.idx < f.amount.end for f in figures):
            continue
        total = before[-1]
        # "among them the owner of the house, a shopkeeper, and his 19-year-old daughter": each person listed
        for person in (noun, *[c for c in noun.conjuncts if c.i > noun.i and _own_person(c) and _after_and(c)]):
            if person.i in heads:
                continue
            span = np_text(person, doc)
            if t.lower_ == "one" and person is noun:
                span = doc[start:max(noun.i + 1, span.end)]     # (not "one of them" the parser hung on the noun)
            f = fig._make_figure(doc, _one(doc, span.start_char, span.end_char), person, total.trigger,
                                 total.outcome, set())
            f.single, f.incidents = True, incidents
            if noun.i < t.i or total.outcome is None:   # (set before "among them"; or of a harm-less part)
                f.stance = f"parent_fig:{figures.index(total)}"
                f.anaphoric_part = total.outcome is None    # (its harm is that of the earlier total, like its own)
            figures.append(f)
            heads[person.i] = len(figures) - 1


def _all_of_a_status(doc: Doc, figures: list[Figure]) -> None:
    """"Eight people, all members of the security forces, were killed": a phrase set off by a comma after
    the victims that says all of them are of one status (the parser may hang it on the verb beside them)."""
    for f in figures:
        h = doc[f.head]
        if f.category != "people" or f.category_explicit or h.dep_ not in ("nsubj", "nsubjpass"):
            continue
        beside = next((c for c in h.head.children if c.dep_ in ("nsubj", "nsubjpass", "appos") and c.i > h.i
                       and doc[c.left_edge.i - 1].text == "," and any(
                           d.dep_ == "det" and d.lower_ == "all" for d in c.children)
                       and not any(d.dep_ == "nummod" for d in c.children)), None)
        if beside is None:
            beside = next((c for c in h.children if c.dep_ == "appos" and any(
                d.dep_ == "det" and d.lower_ == "all" for d in c.children)), None)
        if beside is None:
            continue
        cat, explicit, _groups, _demo = category_of([t for t in beside.subtree if t.dep_ not in ("det", "punct")])
        if explicit and cat != "people":
            f.category, f.category_explicit = cat, True


def _families(doc: Doc, figures: list[Figure], heads: dict[int, int]) -> None:
    """"a family of five": five people (not one), the family's members."""
    for f in figures:
        h = doc[f.head]
        if f.single and h.lemma_.lower() == "couple" and not any(c.lower_ == "of" for c in h.children):
            f.amount = replace(f.amount, value=2, low=2, high=2)    # "a married couple": two people
            continue
        if (not f.single and h.like_num and h.dep_ == "pobj" and h.head.lower_ == "of"
                and h.head.head.lemma_.lower() == "family"):
            f.category, f.category_explicit = "civilians", True    # a headline's "kills family of six"
            f.victim_text = "family"
            continue
        if not f.single or h.lemma_.lower() != "family":
            continue
        num = _family_size(h)
        if num is None:
            continue
        amt = parse_amount(num.text)
        if amt is None or amt.value is None:
            continue
        f.amount = _one(doc, f.amount.start, num.idx + len(num.text), amt.value)
        f.category, f.category_explicit = "civilians", True
        for g in figures:
            if g is not f and g.amount.start <= num.idx < g.amount.end:
                g.outcome = None        # the number is the family's size, not a figure of its own
        heads[num.i] = figures.index(f)


#: roles a definite phrase introduces as a new person where the sentence names what they belong to ("a
#: minibus ..., killing the driver"), not as someone counted before
_ROLES = {"driver", "pilot", "conductor", "owner", "shopkeeper", "guard", "watchman", "imam", "priest", "pastor",
          "headmaster", "principal", "chauffeur", "caretaker", "cashier"}


def _one_by_role(obj: Token, verb: Token) -> bool:
    """The object of a harm verb that is one person: "killing the driver" (a role noun with "the"), "shot dead
    a 54-year-old rubber tapper" (any person noun described by an age)."""
    if obj.tag_ != "NN" or obj.dep_ != "dobj" or verb.pos_ != "VERB" or any(
            d.dep_ == "nummod" or d.like_num for d in obj.children):
        return False
    det = next((d.lower_ for d in obj.children if d.dep_ == "det"), None)
    if det == "the" and obj.lemma_.lower() in _ROLES:
        # (a name in apposition says who: it is counted as named); "the driver, a 59-year-old man": one person
        return not any(d.dep_ in ("poss", "amod", "compound") or (d.dep_ == "appos" and not (
            d.tag_ == "NN" and _aged(d) and described_person(d))) for d in obj.children)
    return det in ("a", "an") and _aged(obj) and described_person(obj)


def _own_person(c: Token) -> bool:
    """"his 19-year-old daughter", "a nurse": one person with a determiner of their own, and no number."""
    return c.tag_ == "NN" and c.lemma_.lower() in SINGLE_PERSON_WORDS | PEOPLE_WORDS and any(
        d.dep_ in ("det", "poss") and d.lower_ in _OWN for d in c.children) and not any(
        d.dep_ == "nummod" or d.like_num for d in c.children)


def _name_after_title(obj: Token) -> Token | None:
    """"the Regional Delegate of Public Works for Bui, John Tamfu": the name set after a title (the title's
    own words, capitalised or function words, up to the comma before it)."""
    doc = obj.doc
    for t in doc[obj.i + 1:min(len(doc), obj.i + 12)]:
        if t.dep_ == "appos" and t.ent_type_ == "PERSON":
            lead = t.left_edge.i
            return t if lead > obj.i and doc[lead - 1].text == "," and all(
                x.tag_ in ("NNP", "NNPS", "IN", "DT", "HYPH", ",") for x in doc[obj.i + 1:lead - 1]) else None
        if not (t.tag_ in ("NNP", "NNPS", "IN", "DT", "HYPH") or t.text == ","):
            return None
    return None


def _after_and(c: Token) -> bool:
    """A list member after "and" ("..., and his son"), not a description set beside the one before it
    ("the owner of the house, a shopkeeper")."""
    before = [t for t in c.doc[max(0, c.left_edge.i - 2):c.left_edge.i] if not t.is_punct]
    return bool(before) and before[-1].lower_ in ("and", "or")


def _aged(noun: Token) -> bool:
    """"a 70-year-old ...": a person described by an age."""
    return any(c.dep_ == "amod" and c.lower_ == "old" and any(x.lower_ == "year" for x in c.children)
               for c in noun.children)


def _aged_alone(old: Token) -> bool:
    """"the 41-year-old", "a 16-year-old": an age with an article, standing for the person."""
    return any(d.dep_ == "det" and d.lower_ in ("the", "a", "an") for d in old.children) and any(
        x.lower_ == "year" and any(n.like_num for n in x.children) for x in old.children)


def _family_size(noun: Token) -> Token | None:
    """The number of "a family of five"."""
    return next((x for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                 if x.dep_ == "pobj" and (x.like_num or x.pos_ == "NUM")), None)


_QUANTITY_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores"})


def counted_compound(tok: Token) -> bool:
    """A count the parser hung as a compound on the noun it counts: "several dozen X", or a cardinal on the
    plural noun right after it ("Thirty passengers died": a count of the passengers, as "Twelve soldiers" is)."""
    return tok.dep_ == "compound" and (tok.lower_ in _QUANTITY_NOUNS or (
        tok.tag_ == "CD" and tok.head.i == tok.i + 1 and tok.head.tag_ == "NNS" and tok.head.pos_ == "NOUN"))


#: intransitive verbs whose subject suffers the harm ("died", "perished", "drowned", "disappeared", "fled")
_INTRANSITIVE_HARM = frozenset({"die", "perish", "drown", "suffocate", "disappear", "vanish", "flee",
                                "succumb"})


def intransitive_harm(verb: Token) -> bool:
    """A verb that says what befell its subject: an intransitive harm verb, or a verb of becoming completed by a
    harm adjective ("went missing", "remain missing")."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return False
    return verb.lemma_.lower() in _INTRANSITIVE_HARM or any(
        c.dep_ in ("acomp", "advcl", "xcomp", "oprd") and c.lower_ in OUTCOME_ADJS and c.i == verb.i + 1
        for c in verb.children)


def completed_persons(tok: Token) -> list[Token]:
    """The persons a harm word completes a clause about: the subject of the copula or verb it completes ("a boy is
    missing", "was found dead"), or the object of "left" ("the shooting left a guard seriously wounded")."""
    if tok.dep_ in ("acomp", "oprd") or (tok.dep_ == "advcl" and tok.i == tok.head.i + 1 and intransitive_harm(tok.head)):
        return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")] + [
            c for c in tok.head.children if c.dep_ == "dobj" and tok.head.lemma_.lower() == "leave"]
    if tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBN" and tok.head.lemma_.lower() == "leave":
        return [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i]
    return []


def _apposed(person: Token) -> list[Token]:
    """A list set in apposition to a person or a count ("my father, my uncle and my cousin", "three people, a
    farmer, his wife and their son")."""
    listed = [a for a in person.children if a.dep_ == "appos" and a.conjuncts and all(any(
        d.dep_ in ("det", "poss") for d in y.children) for y in (a, *a.conjuncts))]    # (each one person of its own)
    return [y for a in listed for y in (a, *a.conjuncts)]


def _companions(person: Token) -> list[Token]:
    """Persons listed with one: its conjuncts and one person set "with" it ("a nursing mother with her baby")."""
    return [*person.conjuncts, *(x for p in person.children if p.dep_ == "prep" and p.lower_ == "with"
                                 for x in p.children if x.dep_ == "pobj" and x.lemma_.lower() in SINGLE_PERSON_WORDS
                                 and any(d.dep_ == "poss" for d in x.children))]


def listed_companions(doc: Doc, figures: list[Figure], heads: dict[int, int], incidents: int | None) -> None:
    """"2 men and one child were killed", "nine women and a boy", "a mother with her baby": a person listed with a
    figure (or with a person listed so) is counted like it."""
    from vigil.extract import figures as fig  # (figures imports this module)

    todo = list(heads.items())
    while todo:
        h, k = todo.pop(0)
        apposed = _apposed(doc[h])
        if apposed and not figures[k].single and len(apposed) == figures[k].amount.value:
            apposed = []    # as many as counted: _apposed_list's
        listed = [*_companions(doc[h]), *apposed]
        if listed and max(c.i for c in listed) + 1 < len(doc) and doc[max(c.i for c in listed) + 1].lemma_.lower() in (
                REPORT_VERBS):
            continue        # "killing nine people, a witness and a police officer said": who says so
        for c in listed:
            if c.i in heads or c.i < h or c.tag_ != "NN" or not (
                    c.lemma_.lower() in SINGLE_PERSON_WORDS or described_person(c)) or not any(
                    d.lower_ in _OWN_DETS for d in c.children if d.dep_ in ("det", "poss", "nummod")):
                continue
            g = figures[k]
            span = np_text(c, doc)
            f = fig._make_figure(doc, _one(doc, span.start_char, span.end_char), c, g.trigger, g.outcome, set())
            f.single, f.anaphoric_part, f.incidents = True, g.anaphoric_part, incidents
            f.stance = g.stance if g.stance.startswith("parent") else "asserted"
            if c in apposed and not g.single:
                f.stance = f"parent_fig:{k}"    # the persons a count is said to be: its parts
            figures.append(f)
            heads[c.i] = len(figures) - 1
            todo.append((c.i, len(figures) - 1))


#: the determiners of one person of their own ("a", "his", "my", "one")
_OWN_DETS = ("a", "an", "another", "his", "her", "their", "one", "my", "our")


def subject_harmed(c: Token, tok: Token) -> bool:
    """The subject the harm word ``tok`` says befell it: of its passive ("a motorbike rider was shot dead"), of an
    intransitive harm verb ("a ranger died", "drowned"), or of the verb it completes ("a ranger went missing")."""
    if c.dep_ == "nsubjpass" and c.head.i == tok.i:
        return True
    if c.dep_ != "nsubj" or not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
        return False
    verb = tok.head if tok.dep_ in ("acomp", "oprd", "advcl") and tok.i == tok.head.i + 1 else tok
    return c.head.i == verb.i and intransitive_harm(verb) and not any(x.dep_ == "dobj" for x in verb.children)


def _harmed_position(noun: Token, depth: int = 0) -> bool:
    """A counted plural the parse sets where only the harmed stand: under a harm participle of its own ("Five
    carpenters killed"), after a harm noun's "of" ("the bodies of seven welders"), among the harmed ("Twelve
    bricklayers were among the dead"), left in a harmed state ("left nine masons dead"), or listed after such a
    plural ("four loggers and two charcoal burners")."""
    if any(c.dep_ in ("acl", "amod") and c.i > noun.i and c.tag_ == "VBN" and c.lemma_.lower() in OUTCOME_VERBS
           and c.lemma_.lower() not in WEAK_VERBS for c in noun.children):
        return True
    gov = noun.head
    if noun.dep_ == "pobj" and gov.lower_ == "of" and gov.head.lemma_.lower() in OUTCOME_NOUNS and gov.head.pos_ == "NOUN":
        return True
    if noun.dep_ == "nsubj" and gov.lemma_ == "be" and any(
            p.dep_ == "prep" and p.lower_ == "among" and any(
                x.dep_ == "pobj" and (x.lower_ in OUTCOME_ADJS or x.lemma_.lower() in OUTCOME_NOUNS) for x in p.children)
            for p in gov.children):
        return True
    if noun.dep_ == "dobj" and gov.lemma_.lower() == "leave" and any(
            c.dep_ in ("oprd", "acomp", "xcomp", "advcl", "ccomp") and c.lower_ in OUTCOME_ADJS for c in gov.children):
        return True
    return (depth == 0 and noun.dep_ == "conj" and gov.tag_ == "NNS" and any(c.dep_ == "nummod" for c in gov.children)
            and ((gov.dep_ in ("dobj", "nsubjpass") and gov.head.lemma_.lower() in OUTCOME_VERBS)
                 or _harmed_position(gov, 1)))


def _bare_count(c: Token) -> bool:
    """A count standing alone for people ("Thousands have left the town", "some 800 have reached Kaya"): a number
    or a vague plural with no noun of its own."""
    return (c.like_num or c.lower_ in VAGUE_PLURALS) and not any(
        x.dep_ == "prep" and x.lower_ == "of" for x in c.children)


def says_after(c: Token) -> bool:
    """A listed person right before a reporting verb ("killing nine people, a witness and a police officer said"):
    who says so, not one of the harmed."""
    end = max(t.i for t in c.subtree) + 1
    return c.dep_ == "conj" and end < len(c.doc) and c.doc[end].pos_ == "VERB" and (
        c.doc[end].lemma_.lower() in REPORT_VERBS)


def harmed_group(tok: Token) -> Token:
    """The group a harm word describes: the noun it qualifies ("among four people killed"), also where the parser
    hung the participle on the copula ("A child was among three people wounded"); else the word itself."""
    if tok.dep_ in ("acl", "amod", "relcl") and tok.head.dep_ == "pobj":
        return tok.head
    if tok.dep_ == "advcl" and tok.head.lemma_ == "be" and tok.i > 0:
        prev = tok.doc[tok.i - 1]
        if prev.dep_ == "pobj" and prev.head.lower_ == "among" and prev.head.head.i == tok.head.i:
            return prev
    return tok
