"""Sentence-level rules: which amounts in a parsed sentence are casualty figures, and what each says.

Input: one parsed spaCy ``Doc`` per candidate sentence with ``doc._.amounts`` set (see
:mod:`vigil.extract.pipeline`). Output: a list of :class:`Figure` records and the sentence's own
attribution. Nothing here looks outside the sentence; the article-level resolver
(:mod:`vigil.extract.resolve`) links figures across sentences (sources, totals, time, places).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from vigil.extract import syntax
from vigil.extract.amounts import Amount
from vigil.extract.attribution import Attribution, attribution_for, attributions
from vigil.extract.figures_more import (
    acts_elsewhere,
    completed_persons,
    counted_compound,
    harmed_group,
    listed_companions,
    more_singles,
    more_triggers,
    says_after,
    speaker,
    still_missing,
    subject_harmed,
    unit_people,
)
from vigil.extract.lexicon import (
    CIVILIAN_WORDS,
    EVENT_WORDS,
    HOLD_VERBS,
    OUTCOME_ADJS,
    OUTCOME_NOUNS,
    OUTCOME_PHRASES,
    OUTCOME_VERBS,
    SINGLE_PERSON_WORDS,
    WEAK_VERBS,
)
from vigil.extract.list_tail import broken_list_members, households_restated
from vigil.extract.listed_others import listed_category
from vigil.extract.own_verbs import own_other_verb
from vigil.extract.part_kinds import (
    described_share,
    listed_whole,
    of_those,
    relative_antecedent,
    treated_share,
)
from vigil.extract.parts import (
    ANAPHORIC_TOTALS,
    anaphor_outcome,
    colon_group,
    counted_group,
    definite_group,
    died_since,
    figure_at,
    fronted_group,
    group_outcome,
    include_path,
    increment_of_total,
    list_continuations,
    list_members,
    listed_persons,
    named_group,
    number_of_them,
    of_them,
    ones_of_groups,
    parallel_figure,
    parenthetical_parts,
    words_before,
)
from vigil.extract.perpetrators import ascribed_actor, perpetrator
from vigil.extract.sentences import gate_text, required_words
from vigil.extract.shared_object import shared_object_figures
from vigil.extract.syntax import as_complement, char_span, coordinated, hypothetical, np_text, path_len
from vigil.extract.trigger_choice import best_trigger, of_complement, of_noun_trigger
from vigil.extract.victim_roles import (
    continues_noun,
    holds_persons,
    is_perpetrator_subject,
    is_rate,
    noun_elsewhere,
    refugees_present,
    set_free,
    still_free,
)
from vigil.extract.victims import (
    THINGS,
    age_after_name,
    bare_victim_category,
    category_of,
    children_of_parent,
    counted_people,
    demonym_person,
    described_person,
    described_role,
    in_condition,
    named_victim,
    one_of_persons,
    shot_dead,
    titled_name,
)

INCIDENT_UNITS = {"massacre", "attack", "strike", "airstrike", "raid", "incident", "bombing", "explosion",
                  "blast", "ambush", "assault", "shooting", "village", "town", "location", "site"}
_SINGLE_DETS = ("a", "an", "another", "his", "her", "their", "one")
_SINGLE_OWN = (*_SINGLE_DETS, "my", "our")  # "my brother ... was killed" (quoted witnesses)
_PHRASES = [(re.compile(p, re.IGNORECASE), o, required_words(p)) for p, o in OUTCOME_PHRASES]  # with the words one of which it needs (skips most phrases in most sentences)


@dataclass
class Figure:
    amount: Amount                      # offsets relative to the sentence
    outcome: str | None                 # None: inherits from the total it is part of
    head: int                           # token index of the victim noun (or the amount's token)
    trigger: int | None
    victim_text: str
    category: str
    category_explicit: bool             # the figure's own words name the category
    groups: list[str] = field(default_factory=list)
    demographic: list[str] = field(default_factory=list)
    parent: int | None = None           # index of the total in this sentence's figures
    anaphoric_part: bool = False        # "This figure includes ..." -> part of an earlier total
    elliptical: bool = False            # "N others", "and 18 injured": category of the noun continued
    perpetrator: str | None = None
    stance: str = "asserted"
    incidents: int | None = None
    single: bool = False
    pronoun: bool = False               # "He was abducted": one person the sentence before names
    trigger_char: int | None = None     # char offset of the outcome word in the sentence
    attribution: Attribution | None = None
    background: bool = False            # a comment appended after "..., X said": the report's own voice
    of_group: str | None = None         # "Among the civilians were ...": the counted group it is part of


@dataclass
class SentenceFigures:
    figures: list[Figure]
    attribution: Attribution | None


# --- outcomes -------------------------------------------------------------------------------------

def _triggers(doc: Doc) -> dict[int, str]:
    """Token index -> outcome for every outcome word in the sentence."""
    found: dict[int, str] = {}
    for t in doc:
        lemma = t.lemma_.lower()
        low = t.text.lower()
        if t.pos_ in ("VERB", "AUX") and lemma in OUTCOME_VERBS:
            if lemma in WEAK_VERBS:
                continue
            found[t.i] = OUTCOME_VERBS[lemma]
        elif t.pos_ == "VERB" and lemma in HOLD_VERBS:
            if holds_persons(t):
                found[t.i] = "detained"
        elif (t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "ADJ" and t.dep_ == "amod" and low not in OUTCOME_ADJS and (
                t.head.lemma_.lower() in _FIGURE_NOUNS))) and (lemma in OUTCOME_NOUNS or low in OUTCOME_NOUNS):
            # (a noun the tagger took for an adjective of a figure: "displacement figures stood at ...")
            if lemma == "life":
                continue
            found[t.i] = OUTCOME_NOUNS.get(lemma) or OUTCOME_NOUNS[low]
        elif (low in OUTCOME_ADJS or lemma in OUTCOME_VERBS) and (
                t.pos_ in ("ADJ", "VERB") or t.dep_ in ("amod", "acomp", "oprd", "acl")):
            o = OUTCOME_ADJS.get(low) or OUTCOME_VERBS.get(lemma)
            if o and lemma not in WEAK_VERBS:
                found[t.i] = o
        elif t.pos_ == "NOUN" and (low in OUTCOME_ADJS or (low in OUTCOME_VERBS and low not in WEAK_VERBS)) and any(
                c.dep_ == "nummod" for c in t.children):     # a headline's "four hurt", "12,000 flee" parsed as a noun
            found[t.i] = OUTCOME_ADJS.get(low) or OUTCOME_VERBS[low]
    text = syntax.doc_text(doc)
    folded = gate_text(text)
    for rx, outcome, words in _PHRASES:
        if words is not None and folded is not None and not any(w in folded for w in words):
            continue
        for m in rx.finditer(text):
            span = char_span(doc, m.start(), m.end())
            if span is not None:
                for t in span:
                    found.pop(t.i, None)
                    if t.pos_ in ("VERB", "NOUN", "ADJ", "ADV") and t.lower_ not in ("their", "his", "her"):
                        found[t.i] = outcome
    for t in doc:
        lemma = t.lemma_.lower()
        if lemma in ("force", "drive", "push", "uproot") and t.pos_ == "VERB":
            homes = any(c.dep_ == "prep" and c.lower_ in ("from", "out") and any(
                x.lemma_.lower() in ("home", "house", "village", "town", "land") for x in c.subtree) for c in t.children)
            leave = any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ("leave", "flee", "abandon", "evacuate")
                        for c in t.children)
            if homes or leave:
                found[t.i] = "displaced"
        elif lemma == "cross" and any(c.dep_ == "prep" and c.lower_ in ("into", "to") for c in t.children):
            found[t.i] = "displaced"
        elif lemma == "claim" and any(c.lemma_.lower() == "life" for c in t.children):
            found[t.i] = "killed"
        elif lemma == "lose" and t.pos_ == "VERB" and any(
                c.dep_ == "dobj" and counted_people(c) for c in t.children):
            found[t.i] = "killed"     # "we have lost five soldiers", "the village lost 12 of its men"
    more_triggers(doc, found)
    for i in [i for i in found if doc[i].dep_ == "compound" and doc[i].head.lemma_.lower() not in OUTCOME_NOUNS
              and doc[i].head.lemma_.lower() not in _FIGURE_NOUNS]:     # ("displacement figures stood at N")
        del found[i]
    for i, o in list(found.items()):
        tok = doc[i]
        # "kill and injure 38 persons": one object for both verbs
        if (o in ("killed", "injured") and i + 2 < len(doc) and doc[i + 1].lower_ in ("and", "or")
                and found.get(i + 2) in ("killed", "injured") and found[i + 2] != o):
            found[i] = "casualties"
            found.pop(i + 2, None)
            continue
        # "killed and wounded" governed together: casualties
        if o in ("killed", "injured"):
            for c in tok.children:
                if c.dep_ == "conj" and found.get(c.i) in ("killed", "injured") and found[c.i] != o and not any(
                        x.dep_ in ("nsubj", "nsubjpass", "dobj") or x.like_num or x.lower_ in _OWN_COUNT_WORDS
                        for x in c.children):     # ("12 dead and several injured": a count of its own)
                    found[i] = "casualties"
                    found.pop(c.i, None)
    return found


_OWN_COUNT_WORDS = frozenset({"of", "several", "dozens", "hundreds", "thousands", "scores", "many", "some", "few"})


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children) and not still_missing(tok)


# --- victims --------------------------------------------------------------------------------------

def _victim_tokens(head: Token, amount_idx: set[int]) -> list[Token]:
    """The victim phrase's tokens: the head noun, its modifiers and an "of" complement."""
    toks: list[Token] = []
    stack = [head]
    while stack:
        t = stack.pop()
        toks.append(t)
        for c in t.children:
            if c.dep_ in ("relcl", "acl", "punct", "advcl", "cc") or c.i in amount_idx or (c.dep_ == "appos" and not (
                    t.i == head.i and head.ent_type_ == "PERSON" and c.tag_ == "NN")) or shot_dead(c):
                continue        # (what a name's appositive says is the named person: "Aro Tesh, a farmer")
            among = c.lower_ == "among" and t.i == head.i and head.lemma_.lower() in OUTCOME_NOUNS   # "38 deaths
            # among members of the security forces": who the dead were
            if c.dep_ == "prep" and ((c.lower_ not in ("of", "with") and not among) or any(
                    x.i in amount_idx or (x.like_num and x.lower_ != "one") for x in c.subtree)):
                continue        # "6 women and injury of 31 more": an "of" holding another figure is not theirs
            if c.dep_ == "conj" and (t.i != head.i or c.lemma_.lower() in OUTCOME_NOUNS or any(
                    x.like_num or x.dep_ == "nummod" or x.lower_ in _SINGLE_DETS for x in c.children) or c.like_num
                    or not any(x.lower_ in ("and", "or", "&") for x in t.doc[t.i:c.i])):
                continue
            stack.append(c)
    return sorted(toks, key=lambda x: x.i)


# --- the figures ----------------------------------------------------------------------------------

def _anchor(doc: Doc, a: Amount) -> Token | None:
    span = char_span(doc, a.num_start, a.end)
    if span is None:
        return None
    # the last numeric-ish token ("1.2 million" -> million; "dozens"; "Twenty-three" -> three?)
    nums = [t for t in span if t.like_num or t.pos_ == "NUM" or t.lower_ in (
        "dozens", "dozen", "hundreds", "thousands", "scores", "tens", "several", "few", "many", "millions")]
    return nums[-1] if nums else span[-1]


def _head_of(anchor: Token, amount_idx: set[int], other_amounts: set[int]) -> Token:
    tok = anchor
    while tok.dep_ in ("nummod", "quantmod", "compound", "conj") and tok.head.i != tok.i and tok.head.i in amount_idx:
        tok = tok.head
    quantity = counted_compound(tok)    # "several dozen X", "Thirty passengers"
    if (tok.dep_ in ("nummod", "quantmod", "amod", "det") or quantity) and tok.head.i != tok.i and tok.head.pos_ in (
            "NOUN", "PROPN", "ADJ", "VERB", "NUM") and tok.head.i not in other_amounts:
        head = tok.head
        while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head        # "One DRG jawan": the number hung on the unit's initials counts the jawan
        return head
    return tok


_PERCENT_WORDS = frozenset({"%", "percent", "pct"})
_FIGURE_NOUNS = frozenset({"figure", "number", "count", "tally", "total", "estimate"})
_POPULATION = frozenset({"people", "resident", "inhabitant", "citizen", "population", "person"})
_DISPLACED_STATUS = frozenset({"refugee", "refugees", "idp", "idps", "displaced", "evacuee", "evacuees"})


def find_figures(doc: Doc, amounts: list[Amount]) -> SentenceFigures:
    """Every casualty figure stated in one parsed sentence."""
    triggers = _triggers(doc)
    figures: list[Figure] = []
    heads: dict[int, int] = {}     # victim head token index -> figure index
    event_amounts = [a for a in amounts if a.unit and re.sub(r"s$", "", a.unit.split()[-1]) in INCIDENT_UNITS]
    incidents = None
    for a in event_amounts:
        if a.value is not None and a.value > 1:
            incidents = a.value
            break
    pending: list[tuple[Amount, Token, Token]] = []
    spans = {id(a): char_span(doc, a.start, a.end) for a in amounts}
    for a in amounts:
        if a.unit and not unit_people(doc, a):
            continue
        anchor = _anchor(doc, a)
        if anchor is None:
            continue
        span = spans[id(a)]
        amount_idx = {t.i for t in span} if span is not None else {anchor.i}
        others = {t.i for b in amounts if b is not a and (sp := spans[id(b)]) is not None for t in sp}
        head = _head_of(anchor, amount_idx, others)
        if anchor.dep_ == "appos" and anchor.head.lower_ in _PERCENT_WORDS and anchor.head.i < anchor.i:
            head = anchor.head        # "45% (120) of them were children": the bracketed count stands for the share
        pending.append((a, anchor, head))
    picked = {tok.head.i: group for tok, group in ones_of_groups(doc, triggers)}
    unplaced: list[tuple[Amount, Token]] = []      # counted people with no harm of their own (list_tail)
    for a, anchor, head in pending:
        amount_idx = {anchor.i}
        if speaker(head):
            continue  # the speaker ("One activist described ..."), not a victim
        if (head.i == anchor.i and age_after_name(anchor)) or children_of_parent(head):
            continue  # "Mara Kesh, 52,": a person's age; "a father of five": a parent's children
        thing = head.lemma_.lower() in THINGS or head.lower_.removesuffix("s") in THINGS or (
            head.lemma_.lower() == "head" and any(x.lemma_.lower() in THINGS for p in head.children if p.lower_ == "of"
                                                  for x in p.children))
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ != "compound" and thing:
            continue  # "one INSAS rifle", "a large quantity of explosives", "2,000 head of cattle": no people
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.lemma_.lower() in _POPULATION and any(
                c.dep_ == "poss" and c.ent_type_ != "PERSON" and c.pos_ in ("PROPN", "NOUN") for c in head.children):
            continue  # "1.9 million of Gaza's 2.4 million people": the place's population, the share's base
        inc_tok, inc_gov = include_path(head, doc)
        trig, outcome = own_other_verb(head, *best_trigger(head, anchor, triggers, doc), triggers, doc)
        if trig is not None and head.i not in triggers and acts_elsewhere(head, doc[trig]):
            trig, outcome = None, None      # "hundreds of youths blocked the road to protest against the killings"
        if (inc_tok is not None and trig is not None and trig > inc_tok.i and doc[trig].dep_ == "conj"
                and trig == of_noun_trigger(anchor, triggers, doc)):
            inc_tok = inc_gov = None   # "including ... and injury of 31 more": a figure of its own
        anaphoric = False
        group: Token | None = None
        parent_head: int | None = None
        if inc_tok is not None:
            subj = None
            if inc_tok.lemma_.lower() in ("include", "comprise") and inc_tok.pos_ in ("VERB", "AUX"):
                subj = next((c for c in inc_tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            elif inc_tok.lower_ == "among":     # ("N people, among them about 100 civilians": the people)
                subj = next((c for c in inc_tok.children if c.dep_ == "pobj"), None)
                subj = None if subj is not None and subj.lower_ in ("them", "whom") and subj.i != head.i and (
                    inc_tok.head.pos_ == "NOUN") else subj
            if subj is None and inc_gov is not None and inc_tok.dep_ == "prep" and inc_gov.pos_ in ("NOUN", "PRON", "ADJ"):
                subj = inc_gov        # "The victims, including ...": the list qualifies a group, not a figure
            stated = next((t.i for c in subj.children if c.dep_ in ("relcl", "appos", "acl")
                           for t in c.subtree if t.i in heads), None) if subj is not None else None
            if subj is not None and (subj.i in heads or (inc_tok.lower_ == "among" and any(
                    c.dep_ == "nummod" for c in subj.children))):
                parent_head = subj.i      # "The 48 dead included 30 children", "14 soldiers were among the 17 killed"
            elif subj is not None and definite_group(subj, triggers) and stated is not None:
                parent_head = stated      # "The toll, which stood at 40, comprises ...": the figure said of it
            elif subj is not None and (back := relative_antecedent(subj, heads)) is not None:
                parent_head = back        # "19 people died, among whom were three nurses"
            elif subj is not None and (definite_group(subj, triggers) or (inc_tok.lower_ == "among" and named_group(subj))):
                anaphoric, group = True, subj     # "Among the victims / the civilians were ..."
            elif inc_gov is not None:
                parent_head = inc_gov.i
        if parent_head is not None and trig is not None and trig != head.i and path_len(head, doc[trig]) > 1:
            trig, outcome = None, None   # a part takes its total's outcome unless its own verb governs it
        comp = of_complement(head)
        died = comp is not None and died_since(head, comp, triggers)
        if comp is not None and parent_head is None and head.i not in triggers and counted_group(comp):
            parent_head = comp.i      # "two of the 35 wounded", "20 of the 46 people taken to hospital later died"
            verb = head.head
            own_verb = head.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB" and verb.i in triggers
            trig, outcome = (verb.i, triggers[verb.i]) if own_verb else (None, None)
        elif (comp is not None and (comp.lemma_.lower() in ANAPHORIC_TOTALS or comp.lower_ in ANAPHORIC_TOTALS
                                    or definite_group(comp, triggers))
                and parent_head is None
                and any(c.lower_ in ("the", "those", "these") for c in comp.children) and head.i not in triggers
                and not died):
            anaphoric = True          # "about 20 of the dead were worshippers"
            trig, outcome = comp.i, triggers.get(comp.i, outcome)
        elif died:
            trig, outcome = head.head.i, "killed"     # "two of the wounded had died": a death, not a part
        if (outcome == "injured" and not anaphoric and parent_head is None and of_them(head) and not figures
                and comp is not None and comp.lower_ == "them"):
            anaphoric = True          # "Twenty of them are in critical condition": a subset of the injured before
        if trig is None and not anaphoric and parent_head is None:
            parent_head = treated_share(head, figures)    # "14 were wounded; five of them were flown to X"
        if (trig is None and not anaphoric and parent_head is None and (of_them(head) or of_those(head)) and head.dep_ == "nsubj"
                and head.head.lemma_ == "be" and any(c.dep_ == "attr" for c in head.head.children)):
            anaphoric = True          # "45 of them were children", "of whom 86% (1,965) were civilians"
            rel = head.head
            if comp is not None and comp.lower_ == "whom" and rel.dep_ == "relcl" and rel.head.i in heads:
                anaphoric, parent_head = False, rel.head.i    # "four nurses, three of whom were men"
        if (trig is None and not anaphoric and parent_head is None and head.dep_ == "nsubj"
                and head.head.dep_ == "conj" and head.head.head.i in picked):
            anaphoric, group = True, picked[head.head.head.i]   # "one of the dead was X and the two others Y"
        if not anaphoric and parent_head is None and trig is not None and increment_of_total(head):
            anaphoric = True      # "the toll climbed after the recovery of four more bodies"
        after_colon = colon_group(head, doc, triggers) if not anaphoric and parent_head is None else None
        if after_colon is not None and (trig is None or trig == after_colon[0].i or (
                doc[trig].pos_ == "NOUN" and trig > after_colon[1])):
            # "the wounded were distributed as follows: 9 men, ...", "the breakdown of the dead was: 74 detainees, ...":
            # the group before the colon says what befell them (a status noun in the list does not)
            anaphoric, group, trig, outcome = True, after_colon[0], None, None
        lead = fronted_group(head) if not anaphoric and parent_head is None and comp is None else None
        if lead is not None and (definite_group(lead, triggers) or counted_group(lead) or named_group(lead)):
            verb = head.head    # its own harm verb ("were killed", "were reported killed") says what befell them
            harm = verb.i if verb.i in triggers and verb.pos_ == "VERB" else next(
                (c.i for c in verb.children if c.dep_ in ("xcomp", "oprd", "acomp") and c.i in triggers), None)
            if counted_group(lead) or lead.i in heads or (back := relative_antecedent(lead, heads)) is not None:
                # "Of the 60 injured, 12 ...": the figure the sentence gives the group ("20 children, of whom six")
                parent_head = lead.i if counted_group(lead) or lead.i in heads else back
            else:
                anaphoric, group = True, lead
            trig, outcome = (harm, triggers[harm]) if harm is not None else (None, None)
        sib = parallel_figure(head, heads) if trig is None and not anaphoric and parent_head is None else None
        if sib is not None and (figures[sib].outcome is not None or figures[sib].anaphoric_part):
            trig, outcome = figures[sib].trigger, figures[sib].outcome   # "70 were laid to rest, while 9 are still to be buried"
            anaphoric = figures[sib].anaphoric_part
        elif sib is not None and figures[sib].stance.startswith("parent:"):
            parent_head = int(figures[sib].stance.split(":")[1])    # "Of the 33 killed, 20 were from A and 13 from B"
        if trig is None and not anaphoric and parent_head is None:
            unplaced.append((a, head))
            continue
        if trig is not None and (_negated(doc[trig]) or is_perpetrator_subject(head, doc[trig])):
            continue
        if hypothetical(head) or still_free(head) or (outcome == "abducted" and set_free(head) and (
                trig is None or comp is not None or trig not in {t.i for t in head.subtree})):
            continue        # "freed seven of the hostages" (not "freed 16 farmers who had been abducted")
        if trig == head.i and head.lemma_.lower() in ("refugee", "idp", "evacuee") and not refugees_present(head):
            continue
        if head.lemma_.lower() in _FACILITIES:
            continue          # "sheltering in 100 accommodation centres": places, not people
        if head.lemma_.lower() in _EVENT_COUNTS or (head.lemma_.lower() not in OUTCOME_NOUNS and any(
                c.lemma_.lower() in _EVENT_COUNTS for c in head.conjuncts)):
            continue          # "about 31000 air and ground strikes": a count of events, not of people
        if anaphoric and sib is None and (trig is None or doc[trig].lemma_.lower() in ANAPHORIC_TOTALS or (
                inc_tok is not None and path_len(head, doc[trig]) > path_len(head, inc_tok)) or (
                group is not None and group_outcome(group, triggers) is not None and not _governs(doc[trig], head))):
            # "... were among the dead": the total's outcome, which the anaphor may name
            anaphor = next((c for c in (inc_tok.children if inc_tok is not None else []) if c.dep_ == "pobj"), None)
            named = group_outcome(group, triggers) if group is not None else None
            if named is None and trig is not None and comp is not None and trig == comp.i:
                named = triggers.get(trig) if triggers.get(trig) != "casualties" else None   # "20 of these deaths"
            if named is None and anaphor is not None:
                named = OUTCOME_ADJS.get(anaphor.lower_) or OUTCOME_NOUNS.get(anaphor.lemma_.lower())
            if named is None and inc_tok is not None and inc_tok.lemma_.lower() in ("include", "comprise"):
                subj = next((c for c in inc_tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                named = anaphor_outcome(subj, triggers) if subj is not None else None
            trig, outcome = None, named
        whole = spans[id(a)]
        figures.append(_make_figure(doc, a, head, trig, outcome,
                                    amount_idx | ({t.i for t in whole} if whole is not None else set())))
        figures[-1].anaphoric_part = anaphoric
        figures[-1].of_group = group.lower_ if anaphoric and group is not None and named_group(group) else None
        figures[-1].incidents = incidents
        if parent_head is not None:
            figures[-1].stance = f"parent:{parent_head}"
        heads[head.i] = len(figures) - 1
    # single described persons: "a man was killed", "a man and his wife were killed", "a boy was among the dead"
    for i, o in triggers.items():
        tok = doc[i]
        if _negated(tok):
            continue
        cands: list[Token] = []
        # ("a boy is missing": the subject of the copula the harm word completes)
        subj_of_copula = completed_persons(tok)     # "a boy is missing", "was found dead", "left a guard wounded"
        # "Also killed was a student": the person after the inverted passive's auxiliary
        subj_of_copula += [x for b in tok.children if b.dep_ == "auxpass" for x in b.children if x.dep_ == "attr"]
        for c in list(tok.children) + ([tok.head] if tok.dep_ in ("amod", "acl") else []) + subj_of_copula:
            if c.dep_ in ("nsubjpass", "nsubj", "dobj", "attr") or c is tok.head:
                cands.append(c)
                cands.extend(x for x in c.conjuncts if x.i > c.i)
        if tok.pos_ == "NOUN":      # "the death of an injured guard", "the abduction of a priest"
            cands.extend(y for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                         for x in p.children if x.dep_ == "pobj" for y in (x, *x.conjuncts))
        in_list: set[int] = set()    # named in a list of the victims: any described person counts
        # the group "among" names: "among the wounded", "among those abducted"
        grp = harmed_group(tok)
        # "her son was one of 27 people killed": the "one" the verb's subject is stands for the group
        one_of_n = grp.dep_ == "pobj" and grp.head.lower_ == "of" and grp.head.head.lower_ == "one" and (
            grp.head.head.dep_ == "attr") and grp.i in heads
        if (grp.dep_ == "pobj" and grp.head.lower_ == "among" and grp.head.head.pos_ in ("AUX", "VERB")) or one_of_n:
            verb = grp.head.head.head if one_of_n else grp.head.head
            for c in verb.children:
                if c.dep_ in ("nsubj", "attr", "nsubjpass") and not (one_of_n and c.i == grp.head.head.i):
                    members = [c, *list_members(c)]
                    cands.extend(members)
                    in_list.update(x.i for x in members)
        # "killing seven people, among them a girl, and wounding 46": the parser hangs the list on the verb
        cands.extend(x for p in tok.children if p.dep_ == "prep" and p.lower_ in ("including", "among")
                     for x in p.children if x.dep_ == "pobj" and x.pos_ == "NOUN" and x not in cands)
        for c in list(cands):
            inc = [x for x in c.subtree if x.dep_ == "pobj" and x.head.lower_ in ("including", "among")]
            inc += [y for x in inc for y in x.conjuncts if y not in inc]
            cands.extend(inc)
            in_list.update(x.i for x in inc)
        more = listed_persons(tok)
        cands.extend(x for x in more if x not in cands)
        in_list.update(x.i for x in more)
        for c in cands:
            title = titled_name(c)
            # "one of the guards later died", "shot dead Aro Tesh", "killed a Palestinian"
            one_of = title is None and (one_of_persons(c) or named_victim(c, tok) or demonym_person(c))
            # (the one a strong harm verb's passive names, whatever the noun: "a motorbike rider was shot dead")
            passive_one = subject_harmed(c, tok) and described_person(c)
            if c.i in heads or (title is None and not one_of and (
                    (c.lemma_.lower() not in SINGLE_PERSON_WORDS and not (c.i in in_list and described_person(c))
                     and not passive_one) or c.tag_ not in ("NN", "NNP", "NNPS"))):
                continue
            with_name = any(x.dep_ == "appos" and x.ent_type_ == "PERSON" for x in c.children)   # "the driver, Jon Tesh,"
            if title is None and not one_of and not with_name and not any(
                    d.lower_ in _SINGLE_OWN for d in c.children if d.dep_ in ("det", "poss", "nummod")) and not (
                    described_role(c)):
                continue
            if is_perpetrator_subject(c, tok) or hypothetical(c) or says_after(c):
                continue
            span = np_text(c, doc, {x.i for x in c.children if shot_dead(x)}) if title is None else doc[title.i:c.i + 1]
            amt = Amount(start=span.start_char, end=span.end_char, text=span.text, num_start=span.start_char,
                         value=1, low=1, high=1, qualifier="exact", unit=None)
            figures.append(_make_figure(doc, amt, c, i, o, set()) if title is None else
                           _named_figure(doc, amt, title, c, i, o))
            figures[-1].single = True
            figures[-1].anaphoric_part = increment_of_total(c)
            among = (grp.dep_ == "pobj" and grp.head.lower_ == "among") or one_of_n
            if among and grp.i in heads:      # "a boy was among four people killed": the group's own figure
                figures[-1].stance = f"parent_fig:{heads[grp.i]}"
            elif among and definite_group(grp, triggers):
                # "Among the victims is activist X", "...; among the wounded were a nurse and a driver": part of
                # the figure of that harm stated before it in the sentence, else of the earlier total
                same = [k for k, g in enumerate(figures[:-1]) if g.amount.start < amt.start and g.outcome == o
                        and g.parent is None and not g.single and g.head not in in_list]
                if same:
                    figures[-1].stance = f"parent_fig:{same[-1]}"
                elif title is not None or not any(g.amount.start < amt.start for g in figures[:-1]):
                    figures[-1].anaphoric_part = True
                    figures[-1].of_group = grp.lower_ if named_group(grp) else None
            figures[-1].incidents = incidents
            if c.dep_ == "pobj" and c.head.lower_ in ("including", "among") and c.head.head.i != c.head.i:
                figures[-1].stance = f"parent:{c.head.head.i}"
            verb = c.head
            while verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head
            subj = next((x for x in verb.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            if (c.i in in_list and verb.lemma_.lower() in ("include", "comprise") and subj is not None
                    and subj.i not in heads and definite_group(subj, triggers) and not any(
                    g.amount.start < amt.start for g in figures[:-1] if g.outcome is not None)):
                figures[-1].anaphoric_part = True     # "the dead included a woman": part of the earlier total
                figures[-1].of_group = subj.lower_ if named_group(subj) else None
            listed = next((heads[x.i] for x in c.conjuncts if x.i in heads), None)
            if listed is not None and figures[-1].stance == "asserted" and title is None:
                # "included a pregnant woman and four children": a part like the figure it is listed with
                figures[-1].anaphoric_part = figures[listed].anaphoric_part
                figures[-1].of_group = figures[listed].of_group
                figures[-1].stance = figures[listed].stance
            heads[c.i] = len(figures) - 1
    listed_companions(doc, figures, heads, incidents)    # "2 men and one child were killed", "nine women and a boy"
    # "one of the victims was a militiaman", "One of those slain was the imam": one person of a group
    for tok, group in ones_of_groups(doc, triggers):
        if tok.i in heads:
            continue
        verb = tok.head
        described = next((c for c in verb.children if c.dep_ == "attr"), None) if verb.lemma_ == "be" else None
        described = described or next((c for c in tok.children if c.dep_ == "appos" and c.tag_ == "NN"), None)
        span = doc[tok.i:tok.i + 1]
        amt = Amount(start=span.start_char, end=span.end_char, text=span.text, num_start=span.start_char,
                     value=1, low=1, high=1, qualifier="exact", unit=None)
        figures.append(_make_figure(doc, amt, described if described is not None else tok, None,
                                    group_outcome(group, triggers),
                                    set()))
        figures[-1].single, figures[-1].anaphoric_part, figures[-1].incidents = True, True, incidents
        heads[tok.i] = len(figures) - 1
    more_singles(doc, figures, triggers, heads, incidents)
    broken_list_members(doc, figures, unplaced, heads, _make_figure)
    shared_object_figures(doc, figures, triggers)
    # "..., among them four children", "– including two boys –"
    for n, f in enumerate(figures):
        if f.parent is None and not f.anaphoric_part and not f.stance.startswith("parent:"):
            before = words_before(doc, f.amount.start)
            if before[-2:] in (["among", "them"], ["of", "them"], ["of", "whom"], ["among", "whom"],
                               ["among", "those"], ["of", "which"], ["among", "which"]) or before[-1:] == ["including"]:
                prev = [k for k, g in enumerate(figures) if g.amount.start < f.amount.start and k != n]
                if prev:
                    listed_whole(figures, max(prev, key=lambda k: figures[k].amount.start), doc, heads, f)
                    for x in doc[f.head].conjuncts:     # "of which 11 soldiers and 8 civilians": the whole list
                        member = figures[heads[x.i]] if x.i > f.head and x.i in heads else None
                        if (member is not None and member.parent is None and member.stance == "asserted"
                                and not member.anaphoric_part):
                            member.stance = f.stance
            elif (f.amount.text.lower().startswith(("another ", "a further ")) or before[-1:] in (
                    ["another"], ["further"])) and any(g.anaphoric_part for g in figures[:n]):
                f.anaphoric_part = True     # "380 of these displaced people are housed in A and another 410 in B"
            elif in_condition(doc[f.head]):   # "271 were injured, with four in serious condition"
                prev = [k for k, g in enumerate(figures) if g.amount.start < f.amount.start and g.outcome == "injured"]
                if prev:
                    f.stance, f.outcome = f"parent_fig:{max(prev, key=lambda k: figures[k].amount.start)}", None
                elif any(x.dep_ in ("nsubj", "nsubjpass") and definite_group(x, triggers) and group_outcome(
                        x, triggers) == "injured" for x in doc[f.head].sent.root.children):
                    f.anaphoric_part = True     # "The injured were taken to X, where one was said to be critical"
    parenthetical_parts(figures, doc)
    list_continuations(figures, doc)
    # resolve in-sentence parents
    for f in figures:
        if f.stance.startswith("parent_fig:"):
            f.parent = int(f.stance.split(":")[1])
            f.stance = "asserted"
            if f.outcome is None or (f.trigger is not None and figures[f.parent].trigger is not None
                                     and path_len(doc[f.head], doc[f.trigger]) > 1):
                f.outcome, f.trigger = figures[f.parent].outcome, figures[f.parent].trigger
        if f.stance.startswith("parent:"):
            gov = int(f.stance.split(":")[1])
            f.stance = "asserted"
            target = figure_at(gov, heads, doc)
            if target is not None and figures[target] is not f:
                f.parent = target
                if f.outcome is None or f.trigger is None:
                    f.outcome, f.trigger = figures[target].outcome, figures[target].trigger
            elif target is None and f.single and definite_group(doc[gov], triggers):
                f.anaphoric_part = True     # "The injured, including a boy, were taken ...": the earlier total's
        if f.parent is None and not f.anaphoric_part:     # "N of them/whom"
            comp = of_complement(doc[f.head]) or described_share(doc[f.head])
            if ((comp is not None and comp.lower_ in ("them", "whom", "those")) or number_of_them(doc[f.head])) and (
                    figures.index(f) > 0):
                f.parent = figures.index(f) - 1
    # perpetrators and categories that depend on other figures
    for f in figures:
        if f.trigger is not None:
            perp, stance = perpetrator(doc[f.trigger], doc, doc[f.head])
            f.perpetrator, f.stance = perp, stance
        elif (put := ascribed_actor(doc[f.head], doc)) is not None:
            f.perpetrator, f.stance = put      # "attributed 27 of the deaths to X"
        if f.elliptical and f.parent is None and not f.category_explicit:
            # the noun it continues: the nearest earlier whole figure of the sentence
            earlier = sorted((g for g in figures if g.amount.start < f.amount.start and g.parent is None
                              and not g.anaphoric_part), key=lambda g: g.amount.start)
            if earlier and continues_noun(doc[f.head], doc[earlier[-1].head]):
                f.category = listed_category([g.head for g in earlier], [g.category for g in earlier], doc)
    _share_perpetrators(figures, doc)
    for f in figures:   # "Three soldiers were killed and eight others injured": the victims counted are no actor
        if f.perpetrator is not None and any(g is not f and g.amount.text and f.perpetrator.startswith(g.amount.text)
                                             and g.outcome in ("killed", "injured", "casualties") for g in figures):
            f.perpetrator = None
    bare_victim_category(figures, triggers, doc)
    _casualties_beside_wounded(figures, doc)
    households_restated(figures, doc)
    text = syntax.doc_text(doc) if figures else ""
    for f in figures:
        if f.parent is not None and not f.category_explicit:
            f.category = figures[f.parent].category
        if (f.parent is not None and f.trigger is not None and figures[f.parent].outcome
                and (f.victim_text.lower() in ("them", "whom", "those")
                     or re.match(r"\s+of\s+(?:them|whom|those|these)\b", text[f.amount.end:f.amount.end + 12]))
                and doc[f.trigger].idx < figures[f.parent].amount.start):
            # "23 bodies and 60 wounded people, 11 of them in critical condition": the harm word is the
            # earlier figure's; the part's harm is its total's
            f.outcome = figures[f.parent].outcome
        if f.parent is not None and f.perpetrator is None:
            f.perpetrator = figures[f.parent].perpetrator
    keep = [n for n, f in enumerate(figures) if (f.outcome is not None or f.anaphoric_part) and not is_rate(f, doc, text)]
    new_index = {old: new for new, old in enumerate(keep)}
    figures = [figures[n] for n in keep]
    for f in figures:
        f.parent = new_index.get(f.parent) if f.parent is not None else None
    found = attributions(doc)
    sentence_attr = attribution_for(found, None)
    # "according to X" speaks for the whole sentence (the first-named source), and "I counted ..." in a
    # quote is the quoted speaker's; otherwise the reporting verb above a figure names its source
    own_verbs = not any(v is None for _, v in found)
    for f in figures:
        attr = attribution_for(found, doc[f.trigger] if f.trigger is not None else doc[f.head])
        f.attribution = attr if own_verbs and attr is not None and not attr.pronoun else sentence_attr
        if _after_statement(found, doc[f.trigger] if f.trigger is not None else doc[f.head]):
            f.attribution, f.background = None, True
    return SentenceFigures(figures, sentence_attr)


def _governs(trig: Token, head: Token) -> bool:
    """The outcome word states the figure's harm itself: its verb ("N were injured") or its modifier
    ("N injured people")."""
    return (head.head.i == trig.i and head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")) or (
        trig.head.i == head.i and trig.dep_ in ("amod", "acl", "relcl")) or (
        trig.head.i == head.head.i and trig.dep_ in ("xcomp", "oprd", "acomp"))


def _after_statement(found: list[tuple[Attribution, Token | None]], tok: Token) -> bool:
    """A figure in a comment the report appends after "..., X said" (", the latest in a wave of raids
    that has driven N from their homes"): the report's own background, not X's statement."""
    if len(found) != 1 or found[0][1] is None:
        return False
    verb = found[0][1]
    if tok.i <= verb.i or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return False
    for a in tok.ancestors:
        if a.head.i == verb.i and a.i != verb.i:
            return a.dep_ in ("dep", "appos", "npadvmod", "attr", "dobj") and any(
                t.text == "," for t in verb.doc[verb.i + 1:a.left_edge.i])
    return False


def _named_figure(doc: Doc, amt: Amount, title: Token, name: Token, trig: int, outcome: str) -> Figure:
    """A named person under a role noun: the role words say the category."""
    toks = list(doc[title.i:name.i + 1])
    category, explicit, _groups, demo = category_of([t for t in toks if t.tag_ != "NNP" or t.i == title.i])
    return Figure(amount=amt, outcome=outcome, head=name.i, trigger=trig, victim_text=doc[title.i:name.i + 1].text,
                  trigger_char=doc[trig].idx, category=category, category_explicit=explicit, groups=[],
                  demographic=demo)


def _casualties_beside_wounded(figures: list[Figure], doc: Doc) -> None:
    """"two civilian casualties and said seven others were injured", "4 casualties and 12 injured": the noun
    "casualties" set against a separate count of the wounded means the dead (not where it is the sum of the dead
    and the wounded: "10 killed and 5 wounded, for a total of 15 casualties")."""
    injured = [f for f in figures if f.outcome == "injured" and f.parent is None]
    if not injured:
        return
    harmed = sum(g.amount.value or 0 for g in figures if g.outcome in ("killed", "injured") and g.parent is None)
    for f in figures:
        if (f.outcome == "casualties" and f.trigger is not None and doc[f.trigger].lemma_.lower() == "casualty"
                and all(g.trigger != f.trigger for g in injured) and f.amount.value != harmed):
            f.outcome = "killed"


def _share_perpetrators(figures: list[Figure], doc: Doc) -> None:
    """Coordinated clauses share a modifier attached to one of them: "40 were killed and 90 others
    injured during the army's offensive", "Dozens have died and 3,000 fled since the militia raids
    started"."""
    for f in figures:
        if f.perpetrator is not None or f.trigger is None:
            continue
        for g in figures:
            if g is not f and g.perpetrator is not None and g.trigger is not None and not _own_cause(
                    doc[f.trigger]) and (coordinated(doc[f.trigger], doc[g.trigger]) or (f.trigger < g.trigger and re.fullmatch(
                    r"\s*(?:,\s*)?(?:and\s+)?", syntax.doc_text(doc)[doc[f.trigger].idx + len(doc[f.trigger]):g.amount.start]))):
                f.perpetrator, f.stance = g.perpetrator, g.stance   # (a list the parser lost: "30 killed, 18 hurt in X")
                break


def _own_cause(tok: Token) -> bool:
    """The clause names its own cause or agent ("died in a road accident", "killed by rebels")."""
    return any(c.dep_ in ("agent", "advcl") or (c.dep_ == "prep" and c.lower_ in (
        "in", "during", "after", "by", "from", "amid", "following", "under")) for c in tok.children)


_EVENT_COUNTS = (INCIDENT_UNITS | EVENT_WORDS) - {"massacre", "killing", "village", "town", "location", "site"}
_FACILITIES = {"centre", "center", "camp", "site", "shelter", "school", "house", "building", "village", "town",
               "locality", "settlement", "hospital", "facility", "home", "district", "area"}
def _make_figure(doc: Doc, a: Amount, head: Token, trig: int | None, outcome: str | None,
                 amount_idx: set[int]) -> Figure:
    comp = of_complement(head)
    if ((comp is not None and (comp.lemma_.lower() in ANAPHORIC_TOTALS or of_them(head) or comp.lower_ in ("these", "those") or any(
            x.dep_ == "nummod" for x in comp.children))) or (   # "Of the 30 people killed, 12 were children"
            comp is None and (head.lower_ in ("others", "other") or head.pos_ == "NUM"))) and head.dep_ == "nsubj" and (
            head.head.lemma_.lower() == "be"):   # "the two others were civilians", "16 were local residents"
        attr = next((c for c in head.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if attr is not None:    # "about 20 of the dead were worshippers"
            head, comp = attr, None
    # verbless: "9,000 people, 5,000 of them children" -> children
    verbless = of_them(head) and head.dep_ == "nsubj" and head.head.pos_ == "NOUN" and head.head.i > head.i
    noun = head.head if verbless else comp if comp is not None and (head.like_num or head.lower_ in (
        "dozens", "hundreds", "thousands", "scores", "tens", "millions", "dozen", "number", "numbers",
        "many", "several", "few", "some", "most", "majority", "handful", "couple", "lot", "lots", "pair")
        or head.pos_ == "NUM") else head
    as_noun = as_complement(head)
    if as_noun is not None and (noun.i in amount_idx or noun.like_num or noun.pos_ == "NUM"
                                or noun.lemma_.lower() in OUTCOME_NOUNS):
        noun = as_noun          # "310 of those deaths were verified as civilians and 120 as soldiers"
    if noun is head and head.lower_ in _PERCENT_WORDS:
        lead = next((x for c in head.sent if c.i == head.sent.start and c.lower_ == "of"
                     for x in c.children if x.dep_ == "pobj"), None)
        noun = lead or noun      # "Of the wounded villagers, 38% (212) were women": the share's group
    if noun.i in amount_idx or noun.like_num or noun.pos_ == "NUM":
        noun = noun_elsewhere(noun, amount_idx) or noun     # "four were border guards", "put the toll at 16"
    if noun.i in amount_idx or noun.like_num or noun.pos_ == "NUM":
        toks: list[Token] = []
        vtext = ""
    else:
        toks = _victim_tokens(noun, amount_idx | {t.i for t in doc if t.i == trig})
        toks = [t for t in toks if not (t.like_num and not (t.i + 1 < len(doc) and doc[t.i + 1].text == "-"))
                and t.dep_ not in ("det", "advmod", "quantmod")
                and t.i not in amount_idx and t.lower_ not in ("of", "a", "an", "the")]
        if toks and toks[-1].i - toks[0].i < 12 and not any(t.text in (";", ":") for t in doc[toks[0].i:toks[-1].i]):
            vtext = doc[toks[0].i:toks[-1].i + 1].text
        else:
            vtext = "".join(t.text_with_ws for t in toks).strip(" ,;:") if toks else ""
    category, explicit, groups, demo = category_of(toks) if toks else ("people", False, [], [])
    if noun.lemma_.lower() in OUTCOME_NOUNS and not explicit:
        vtext = vtext or noun.text
    if outcome == "displaced" and category == "civilians" and not any(
            t.lemma_.lower() in CIVILIAN_WORDS or t.lower_ in CIVILIAN_WORDS for t in toks
            if t.lemma_.lower() not in _DISPLACED_STATUS and t.lower_ not in _DISPLACED_STATUS):
        category, explicit = "people", False    # "900 refugees fled": the outcome itself, not a civilian status
    elliptical = noun.lower_ in ("others", "other", "more") or not toks or (
        bool(toks) and all(t.lower_ in OUTCOME_ADJS for t in toks))
    return Figure(amount=a, outcome=outcome, head=head.i, trigger=trig, victim_text=vtext or "people",
                  trigger_char=doc[trig].idx if trig is not None else None,
                  category=category, category_explicit=explicit, groups=groups, demographic=demo,
                  elliptical=elliptical and not explicit)
