"""Which outcome word a figure's amount belongs to, read from the parse of its sentence.

Helpers of :mod:`vigil.extract.figures`: the victim noun's own outcome, an outcome noun with "of"/"to"
before the amount, an adjacent participle, a toll verb's complement, a subjectless harm verb the parser
detached, else the nearest outcome word on the tree (with a linear fallback for broken parses).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from vigil.extract.lexicon import REPORT_VERBS
from vigil.extract.syntax import between, path_len
from vigil.extract.victims import harm_over_status

MAX_PATH = 4


def of_complement(head: Token) -> Token | None:
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for x in c.children:
                if x.dep_ == "pobj":
                    return x
    return None



MOVE_VERBS = {"rise", "climb", "reach", "increase", "jump", "stand", "bring", "put", "soar", "hit", "surpass",
              "exceed", "top", "pass", "grow", "be", "remain", "estimate", "place", "set", "raise", "mount",
              "fall", "drop", "decline", "decrease", "lower", "revise"}

def _frame_trigger(head: Token, triggers: dict[int, str]) -> int | None:
    """"the toll climbed to 2,410", "put the count of the dead at eight", "the wounded at up to nine"."""
    if head.dep_ not in ("pobj", "attr", "dobj", "npadvmod", "appos"):
        return None
    gov = head.head
    if head.dep_ == "pobj":
        ranged = gov.lower_ == "from" and any(c.dep_ == "quantmod" and c.lower_ == "to" for c in head.children)
        if gov.lower_ not in ("to", "at", "of", "as", "above", "over", "past") and not ranged:
            return None     # (a change "from 60 to 85" the parser read as one amount after "from")
        gov = gov.head
    for _ in range(3):
        if gov.i in triggers and gov.pos_ in ("NOUN", "ADJ", "PROPN"):
            return gov.i
        if gov.pos_ in ("VERB", "AUX"):
            break
        if gov.head.i == gov.i:
            return None
        gov = gov.head
    if gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() not in MOVE_VERBS:
        return None
    cands: list[int] = []
    for c in gov.children:
        if c.i == head.i:
            continue
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "conj") and c.i in triggers:
            cands.append(c.i)
        elif c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            comp = of_complement(c)
            cands.extend(m.i for m in c.children if m.dep_ in ("amod", "compound") and m.i in triggers
                         and c.lemma_.lower() in ("figure", "number", "total", "tally", "count"))
            if c.lemma_.lower() in ("number", "total", "tally", "count", "figure") and comp is not None:
                if comp.i in triggers:
                    cands.append(comp.i)
                else:       # "the number of those who died in the raid went up to 14" (or the participle hung on
                    # the number noun: "the number of people missing ... fell to 12")
                    cands.extend(g.i for g in (*comp.children, *c.children) if g.dep_ in ("acl", "relcl", "amod")
                                 and g.i in triggers)
    if not cands and head.dep_ == "pobj":
        # "That brings to 31 the number of soldiers killed since ...": the figure noun set after the amount, where
        # the parser hung it on a later verb
        nxt = next((t for t in head.doc[head.i + 1:head.i + 3] if t.lemma_.lower() in _COUNT_NOUNS), None)
        comp = of_complement(nxt) if nxt is not None and nxt.head.i != gov.i else None
        if comp is not None:
            cands.extend(t.i for t in (comp, *comp.children, *nxt.children) if t.i in triggers and (  # type: ignore[union-attr]
                t.i == comp.i or t.dep_ in ("acl", "relcl", "amod")))
    before = [i for i in cands if i < head.i]
    if before:
        return max(before)
    return cands[0] if cands else None


_COUNT_NOUNS = frozenset({"number", "total", "tally", "count", "figure", "toll"})


def _adjacent_trigger(head: Token, anchor: Token, triggers: dict[int, str], doc: Doc) -> int | None:
    """"25 killed", "dozens injured", "20 civilians killed in ...", "six others wounded", '"more than 30" wounded'
    (a quoted amount: the closing mark stands between)."""
    nxt = max(head.i, anchor.i) + 1
    own = anchor.i + 1      # "27 killed, 14 children abducted" (a headline) with "27" hung on "children"
    if anchor.i < head.i and own < head.i and own in triggers and doc[own].tag_ in ("VBN", "VBD"):
        return own
    while nxt < len(doc) and (doc[nxt].lower_ in ("more", "other", "others") or doc[nxt].tag_ in ("RB", "''")):
        nxt += 1
    if nxt < len(doc) and nxt in triggers and doc[nxt].tag_ in ("VBN", "VBD", "JJ"):
        return nxt
    return None


_OF_SKIP = {"another", "a", "an", "further", "additional", "at", "least", "about", "around", "some", "nearly",
            "almost", "more", "than", "over", "up", "to", "roughly", "approximately", "the"}


def of_noun_trigger(anchor: Token, triggers: dict[int, str], doc: Doc) -> int | None:
    """"the death of 23 people", "injury of 31 more": the outcome noun right before "of" and the amount."""
    i = anchor.i - 1
    while i >= 0 and (doc[i].like_num or doc[i].lower_ in _OF_SKIP) and anchor.i - i <= 5:
        i -= 1
    if i >= 1 and doc[i].lower_ == "of" and (i - 1) in triggers and doc[i - 1].pos_ == "NOUN":
        return i - 1
    if i >= 0 and i + 1 < anchor.i and doc[i + 1].lower_ == "to" and triggers.get(i) == "injured" and (
            doc[i].pos_ == "NOUN"):
        return i      # "injuries to 27 others"
    return None


def _subjectless_verb(head: Token, triggers: dict[int, str], doc: Doc) -> int | None:
    """"In one of the worst attacks since the 2019 bombing, 26 people — mostly X — were killed": the parser
    hung the figure on a noun of the opening phrase; the harm verb after it with no subject of its own is its
    verb, where no other verb stands between them."""
    if head.dep_ not in ("appos", "npadvmod", "dep"):
        return None
    for i in sorted(t for t in triggers if t > head.i):
        verb = doc[i]
        if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        if any(x.pos_ in ("VERB", "AUX") for x in between(head, verb)) or any(
                doc[k].pos_ == "VERB" for k in range(head.i + 1, i)):
            return None
        return i
    return None


def _coordinated_outcome_noun(t: Token, head: Token) -> bool:
    """"9 men and 6 women and injury of 31 more": an outcome noun conjoined after the victims is its own
    figure's, not theirs."""
    return t.pos_ == "NOUN" and t.dep_ == "conj" and t.head.i == head.i and t.i > head.i + 1


def _verb_complement(head: Token, triggers: dict[int, str]) -> int | None:
    """"14 others were reported wounded", "2,000 others reported missing": the harm word completing the verb
    the figure is the subject of, over a harm verb the clause is coordinated with."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or verb.i in triggers:
        return None
    found = next((c.i for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp") and c.i in triggers
                  and c.pos_ in ("VERB", "ADJ")), None)
    if found is None and verb.lemma_.lower() in REPORT_VERBS:     # "one was stated to be critical"
        found = next((x.i for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "be" for x in c.children
                      if x.dep_ in ("acomp", "oprd") and x.i in triggers and x.pos_ in ("VERB", "ADJ")), None)
    return found


def _harm_verb_object(head: Token, triggers: dict[int, str]) -> int | None:
    """"Soldiers killed 20 herders who had been rounded up at the market": the harm verb whose object the figure
    is, over a harm word of a clause describing the victims."""
    verb = head.head
    if head.dep_ == "dobj" and verb.i in triggers and verb.pos_ == "VERB" and any(
            c.dep_ == "relcl" and c.i in triggers for c in head.children):
        return verb.i
    return None


def best_trigger(head: Token, anchor: Token, triggers: dict[int, str], doc: Doc) -> tuple[int | None, str | None]:
    nxt = anchor.i + 1
    if nxt != head.i and nxt in triggers and doc[nxt].pos_ == "ADJ" and doc[nxt].head.i == anchor.i:
        return nxt, triggers[nxt]       # "Three dead, 12 hurt": the harm word the parser hung on the number itself
    if head.i in triggers:
        over = harm_over_status(head, triggers)
        return (over, triggers[over]) if over is not None else (head.i, triggers[head.i])
    if anchor.i in triggers:
        return anchor.i, triggers[anchor.i]
    before = doc[anchor.i - 1] if anchor.i > 0 else None
    if before is not None and before.pos_ == "VERB" and before.lemma_.lower() in MOVE_VERBS:
        toll = next((c.i for c in before.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in triggers), None)
        if toll is not None:      # "as the toll reached four and ...", however the rest is parsed
            return toll, triggers[toll]
    own = next((c.i for c in head.children if c.dep_ == "amod" and c.i in triggers and c.i < head.i
                and not (c.i - 1 in triggers and doc[c.i - 1].pos_ == "VERB")), None)   # not "shot dead 13 ..."
    if own is not None and head.pos_ == "NOUN":
        return own, triggers[own]    # "the 12 injured villagers (later died)": the words on the noun say who they are
    for rule in (_harm_verb_object(head, triggers), of_noun_trigger(anchor, triggers, doc),
                 _adjacent_trigger(head, anchor, triggers, doc),
                 _verb_complement(head, triggers),
                 _frame_trigger(head, triggers), _subjectless_verb(head, triggers, doc)):
        if rule is not None:
            return rule, triggers[rule]
    comp = of_complement(head)
    best: tuple[int, int, int, int] | None = None
    for i, _o in triggers.items():
        t = doc[i]
        if _coordinated_outcome_noun(t, head):
            continue
        d = min(path_len(head, t), path_len(comp, t) if comp is not None else 99)
        if d > MAX_PATH:
            continue
        lin = abs(i - head.i)
        # a path through a reporting verb into another clause is weaker
        if any(x.lemma_.lower() in REPORT_VERBS and x.pos_ == "VERB" for x in between(head, t)):
            d += 2
        if any(x.lower_ in (";",) for x in doc[min(i, head.i):max(i, head.i)]):
            d += 3
        if t.dep_ in ("relcl", "acl") and t.head.i == head.i and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("who", "which", "that", "whom") for c in t.children):
            d += 2      # "killed six gunmen in the exchange, in which one soldier suffered a wound": another's harm
        # on a tie, the outcome said within the figure's own phrase ("five others, ..., sustained injuries")
        key = (d, 0 if head.is_ancestor(t) else 1, lin, i)
        if best is None or key < best:
            best = key
    if best is None or best[0] > MAX_PATH:
        # a linear fallback for fragments the parser got wrong
        for i in sorted(triggers, key=lambda j: abs(j - head.i)):
            if (0 < i - head.i <= 3 or 0 < head.i - i <= 2) and not _coordinated_outcome_noun(doc[i], head) and not any(
                    doc[k].like_num for k in range(min(i, head.i) + 1, max(i, head.i))):
                return i, triggers[i]
        return None, None
    return best[3], triggers[best[3]]
