"""Parts of a total that the figure rules reach only through the list they stand in.

- single described persons in an "including" list or after "those killed included" ("including a
  village chief and three teenagers", "the dead included a pregnant woman and four children");
- the outcome an anaphoric total names through its own words ("those killed", "the wounded");
- the total an "including" phrase attached to an event noun belongs to ("were killed in the clashes,
  including ...": the parser hangs "including" on "clashes").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from vigil.extract.breakdowns import within_rounding
from vigil.extract.lexicon import (
    CHILD_WORDS,
    CIVILIAN_WORDS,
    FIGHTER_WORDS,
    HARM_GROUP_WORDS,
    NONSTATE_WORDS,
    OUTCOME_NOUNS,
    OUTCOME_VERBS,
    PEOPLE_WORDS,
    REPORT_VERBS,
    STATE_WORDS,
)
from vigil.extract.own_verbs import other_fate
from vigil.extract.syntax import doc_text

if TYPE_CHECKING:
    from vigil.extract.figures import Figure

INCLUDE_WORDS = {"include", "including", "among", "incl", "comprise", "comprising"}
ANAPHORIC_TOTALS = {"figure", "toll", "casualty", "dead", "victim", "number", "total", "tally", "fatality",
                    "death", "those", "killed", "injured", "wounded", "figures", "count", "deceased", "missing",
                    "displaced", "abducted", "hostage"}


def listed_persons(tok: Token) -> list[Token]:
    """Nouns listed under an outcome word: "killed ..., including X and Y" (on the verb or on its
    event phrase) and "those killed / the dead included X and Y"."""
    found: list[Token] = []
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [p for c in preps if c.lower_ in ("in", "during") for x in c.children if x.dep_ == "pobj"
              for p in x.children if p.dep_ == "prep"]
    for p in preps:
        if p.lower_ == "including":
            for x in p.children:
                if x.dep_ == "pobj":
                    found += [x, *x.conjuncts]
    total = tok.head if tok.dep_ == "acl" else tok
    verb = total.head
    if total.dep_ == "nsubj" and verb.lemma_.lower() in ("include", "comprise") and verb.pos_ in ("VERB", "AUX"):
        for x in verb.children:
            if x.dep_ in ("dobj", "attr"):
                found += [x, *x.conjuncts]
    return found


def anaphor_outcome(subj: Token, triggers: dict[int, str]) -> str | None:
    """"those killed", "the dead": the outcome the anaphoric total names."""
    if subj.i in triggers:      # "the dead", "the wounded"; "the casualties" name no one outcome
        return triggers[subj.i] if triggers[subj.i] != "casualties" else None
    found = next((triggers[c.i] for c in subj.children if c.dep_ == "acl" and c.i in triggers), None)
    if found is None and subj.lemma_.lower() in _COUNT_NOUNS:
        # "the number of (the) deceased includes ...": what is counted
        found = next((triggers[x.i] for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for x in c.children if x.dep_ == "pobj" and x.i in triggers), None)
    return found if found != "casualties" else None


_COUNT_NOUNS = {"number", "total", "tally", "count", "figure"}


def definite_group(tok: Token, triggers: dict[int, str]) -> bool:
    """A phrase naming a group already counted: "the victims", "the displaced people", "them", "those killed"
    (not a figure of its own: no number on it)."""
    if tok.lower_ in ("them", "those", "whom", "these") or (tok.lower_ == "they" and tok.head.lemma_.lower() in (
            "include", "comprise")):   # "They included 11 children"
        return True
    if any(c.like_num or c.dep_ == "nummod" for c in tok.children) or counted_of(tok) is not None:
        return False    # "the killing of 312 civilians, including ...": the figure its own "of" states
    if tok.lemma_.lower() in ANAPHORIC_TOTALS or tok.lower_ in ANAPHORIC_TOTALS:
        return True
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "its", "their")
                   for c in tok.children)
    return definite and (tok.i in triggers or any(c.dep_ in ("amod", "acl") and c.i in triggers for c in tok.children))


def counted_of(tok: Token) -> Token | None:
    """The counted noun of an outcome noun's "of" complement: "the killing of at least 312 civilians" -> civilians."""
    return next((x for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children
                 if x.dep_ == "pobj" and any(n.dep_ == "nummod" for n in x.children)), None)


_GROUP_WORDS = CIVILIAN_WORDS | CHILD_WORDS | STATE_WORDS | NONSTATE_WORDS | FIGHTER_WORDS | PEOPLE_WORDS


def named_group(tok: Token) -> bool:
    """"the civilians", "these soldiers": a definite plural of people with no number, naming a group counted
    before ("Among the civilians were six children", "Of the soldiers, four were officers"); also a group
    named by its harm alone ("the dead", "the victims", "those killed"), which stands for the report's
    figure of that harm (:func:`vigil.extract.breakdowns.group_total`)."""
    if any(c.like_num or c.dep_ == "nummod" for c in tok.children):
        return False
    if harm_group(tok):
        return True
    return (tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in _GROUP_WORDS
            and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children))




def harm_group(tok: Token) -> bool:
    """"the dead", "the victims", "the wounded", "those killed": a definite group named only by its harm."""
    if any(c.dep_ == "prep" for c in tok.children) or any(
            c.dep_ == "prep" for a in tok.children if a.dep_ in ("acl", "relcl") for c in a.children):
        return False    # "those killed in the village", "the dead of the first raid": a subset named by more
    if tok.lower_ == "those":
        return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in OUTCOME_VERBS for c in tok.children)
    return (tok.lemma_.lower() in HARM_GROUP_WORDS or tok.lower_ in HARM_GROUP_WORDS) and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "its", "their") for c in tok.children)


def colon_group(head: Token, doc: Doc, triggers: dict[int, str]) -> tuple[Token, int] | None:
    """"The wounded were distributed as follows: 9 men, 4 women and 2 children", "the breakdown of the dead was:
    74 detainees, ...": a counted noun in a list after a colon whose clause names a counted group with its harm
    ("the wounded", "the dead") and no number. The group and the colon's index, or None."""
    if not any(c.dep_ == "nummod" for c in head.children):
        return None
    colon = next((t for t in reversed(doc[:head.i]) if t.text == ":"), None)
    if colon is None or any(t.text in (";", ".") for t in doc[colon.i:head.i]):
        return None
    before = [t for t in doc[:colon.i] if t.i in triggers and triggers[t.i] != "casualties" and t.pos_ in ("NOUN", "ADJ", "VERB")
              and t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "attr") and definite_group(t, triggers)
              and not any(c.dep_ == "nummod" or c.like_num for c in t.children)]
    return (before[-1], colon.i) if before else None


def fronted_group(head: Token) -> Token | None:
    """"Of these, 20 were held ...", "Of the slain civilians, 18 were X, three were Y": the group a fronted
    "of" phrase names for the subject figures of its clause (and of the clauses conjoined to it)."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return _opening_of_group(head) if head.dep_ == "attr" else None
    verb = head.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "out" and c.i < head.i:     # "Out of the 33 people killed, ..."
            c = next((x for x in c.children if x.dep_ == "prep" and x.lower_ == "of"), c)
        if c.dep_ == "prep" and c.lower_ == "of" and c.i < head.i and c.i <= verb.i:
            return next((x for x in c.children if x.dep_ == "pobj"), None)
    return _opening_of_group(head)


def _opening_of_group(head: Token) -> Token | None:
    """"Of the wounded, three are children": where the parser lost the fronted phrase (taking "Of" for the
    root), the group named between a sentence-opening "of" and its comma, for a figure after the comma
    (the phrase's last word: English noun phrases end in their head)."""
    sent = head.sent
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or first.lower_ != "of" or (first.dep_ == "prep" and first.head.i != first.i):
        return None
    comma = next((t for t in sent if t.i > first.i and t.text == ","), None)
    if comma is None or comma.i - first.i > 6 or comma.i > head.i:
        return None
    words = [t for t in sent if first.i < t.i < comma.i and t.pos_ in ("NOUN", "ADJ", "VERB", "PRON", "NUM")]
    return words[-1] if words else None


def counted_group(comp: Token) -> bool:
    """"of the 35 wounded", "of these 12 victims": a definite group with its own number, stated beside."""
    return any(c.dep_ == "nummod" for c in comp.children) and any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in comp.children)


def group_outcome(tok: Token, triggers: dict[int, str]) -> str | None:
    """The outcome a counted group names: "the displaced people" -> displaced; "the casualties" none."""
    found = triggers.get(tok.i) or next((triggers[c.i] for c in tok.children if c.dep_ in ("amod", "acl")
                                         and c.i in triggers), None) or next((
        triggers[c.i] for c in tok.children if c.dep_ == "relcl" and c.i in triggers and any(
            x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in ("who", "that") for x in c.children)), None)
    # ("those who died", "the people who were abducted": the harm of the relative clause that defines the group)
    if found is None:
        found = anaphor_outcome(tok, triggers)
    return found if found != "casualties" else None


def total_over_event(tok: Token, heads: dict[int, int], doc: Doc) -> int | None:
    """"N were killed in the clashes, including ...": the figure of the verb the event phrase hangs on."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return None
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for dep in ("nsubjpass", "dobj", "nsubj"):
        for c in verb.children:
            if c.dep_ == dep and c.i in heads:
                return heads[c.i]
    return None


#: the places a harm verb's people leave ("fled their homes", "forced from their villages")
_LEFT_PLACES = {"home", "house", "village", "town", "city", "area", "community", "land", "district", "camp",
                "neighbourhood", "neighborhood", "region", "settlement"}


def _left_place_verb(noun: Token) -> Token | None:
    """"12,000 people have fled their homes, including 3,000 children": the verb whose people left the place an
    "including" is hung on (its object, or "from" its homes), whose figure the list belongs to."""
    if noun.lemma_.lower() not in _LEFT_PLACES or any(c.dep_ == "nummod" for c in noun.children):
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("from", "out"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    return verb if verb.pos_ in ("VERB", "AUX") else None


def of_them(head: Token) -> bool:
    """"six of them (seriously)": a part of the figure before, never the speaker."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(x.dep_ == "pobj" and x.lower_ in ("them", "whom")
                                                             for x in c.children) for c in head.children)


def number_of_them(head: Token) -> bool:
    """"killed 14 people, 11 of them civilians": the "of them" hangs on the number, the noun is set in apposition
    (or, as the parser also reads it, hung on the verb as a clause of its own: "14 were wounded, six of them women")."""
    return head.dep_ in ("appos", "advcl", "npadvmod", "dep") and any(
        c.dep_ == "nummod" and of_them(c) for c in head.children)


def died_since(head: Token, comp: Token, triggers: dict[int, str]) -> bool:
    """"two of the wounded (later) died": the figure's own verb is a death, not the total's outcome; also
    "received 40 casualties, six of whom were dead on arrival": a relative "of whom" within a total of another
    harm whose own predicate (a death verb, or "be" with a death word) is a death."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if comp.lower_ == "whom" and verb.dep_ == "relcl":
        own = triggers.get(verb.i) == "killed" or (verb.lemma_ == "be" and any(
            c.dep_ in ("acomp", "attr") and triggers.get(c.i) == "killed" for c in verb.children))
        return own and triggers.get(verb.head.i) not in (None, "killed")
    return triggers.get(verb.i) == "killed" and triggers.get(comp.i) not in (None, "killed")


def list_members(first: Token) -> list[Token]:
    """The members listed after ``first``: its conjuncts, and nouns the parser set in apposition to it
    ("a nurse, a driver and four students" -> driver, students) with their own conjuncts."""
    found = [x for x in first.conjuncts if x.i > first.i]
    for x in [first, *found]:
        for a in x.children:
            # a list, not one person described twice ("her husband, a fisherman,"): the appositive goes on
            if a.dep_ == "appos" and a.pos_ == "NOUN" and a.conjuncts and any(
                    d.dep_ in ("det", "nummod") for d in a.children):
                found += [a, *(y for y in a.conjuncts if y.i > a.i and y not in found)]
    return list(dict.fromkeys(found))


def _listed_appos(tok: Token) -> bool:
    """"1,900 females, 2,100 males, 800 children": a counted noun the parser set in apposition to another."""
    return tok.dep_ == "appos" and any(c.dep_ == "nummod" for c in tok.children) and any(
        c.dep_ == "nummod" for c in tok.head.children)


def include_path(head: Token, doc: Doc) -> tuple[Token | None, Token | None]:
    """(include-token, its governor) when the figure is introduced by "including"/"among"."""
    steps = 0
    tok = head
    while steps < 4 and tok.head.i != tok.i:
        if tok.dep_ == "conj" or _listed_appos(tok):
            tok = tok.head
            continue
        if tok.dep_ == "relcl" and steps:
            # "including 23 children, five of whom were in critical condition": a figure in a relative
            # clause is counted within the noun the clause describes, not within the list's total
            # ("19 people died, among whom were three nurses": the "among whom" of the clause is the list's word)
            rel = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "among" and c.i < head.i
                        and any(x.dep_ == "pobj" and x.lower_ == "whom" for x in c.children)), None)
            return rel, None
        parent = tok.head
        back = next((x for x in parent.children if x.dep_ == "pobj" and x.lower_ in ("them", "whom")), None)
        if parent.lower_ == "among" and back is not None and back.i < tok.i and parent.head.pos_ in ("AUX", "VERB"):
            # "abducted 17 people, among them a chief and four students": the pronoun stands for the total the
            # verb governs, the nouns after it are its members (the pronoun is returned as the list's word)
            said = parent.head.lemma_.lower() in REPORT_VERBS and parent.head.i > parent.i
            return back, (_verb_before(parent) or parent.head) if said else parent.head
        if parent.lower_ == "among" and tok.dep_ == "pobj" and parent.head.pos_ in ("AUX", "VERB") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in parent.head.children):
            return None, None   # "a boy was among four people killed": the figure is the group, not a part
        if parent.lemma_.lower() in INCLUDE_WORDS or parent.lower_ in INCLUDE_WORDS:
            return parent, _left_place_verb(parent.head) or (parent.head if parent.head.i != parent.i else None)
        tok = parent
        steps += 1
    # "N were among the dead", "Among the victims are X and N ...": among attached to the verb with the
    # figure (or the first of the conjoined figures) as subject
    base = head
    while (base.dep_ == "conj" or _listed_appos(base)) and base.head.i != base.i:
        base = base.head
    for sib in base.head.children if base.dep_ in ("nsubj", "nsubjpass", "attr") else []:
        if sib.dep_ == "prep" and sib.lower_ == "among":
            if sib.i > base.i and sib.nbor(-1).is_punct and any(x.dep_ == "pobj" and x.lower_ in ("them", "whom") for x in sib.children):
                break       # "30 people were killed, among them six children": the figure is the total itself
            if (total := _counted_subject(base, sib)) is not None:
                # "19 of the dead were from A, among them a woman and four children": the pronoun stands for the
                # clause's own counted subject, not an earlier total
                return total, base.head
            return sib, None
    # headlines: "two foreigners among the dead", "a child among victims"
    own = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "among"), None)
    back = next((x for x in own.children if x.dep_ == "pobj" and x.lower_ in ("them", "whom")), None) if own else None
    if back is not None and head.dep_ == "appos" and head.head.head.pos_ in ("VERB", "AUX") and (
            back.i + 1 >= len(doc) or doc[back.i + 1].is_punct) and own is not None and own.i > head.i:
        # "killed four members of one family, two women among them": a part set after the total it is apposed to
        return back, head.head.head
    if own is not None and head.lemma_.lower() not in OUTCOME_NOUNS and any(  # (not "12 deaths among civilians")
            x.dep_ == "pobj" and x.lower_ not in ("them", "whom") for x in own.children):
        return own, None
    lead = next((c for c in base.children if c.dep_ == "prep" and c.lower_ == "among"), None)
    back = next((x for x in lead.children if x.dep_ == "pobj" and x.lower_ in ("them", "whom")), None) if lead else None
    if back is not None and lead is not None and lead.i < base.i and (verb := _verb_before(lead)) is not None:
        # "killed 27 people overnight, among them nine children" where the parser hung the list on its own
        # noun: the pronoun stands for the figure of the nearest verb before it that governs a counted noun
        return back, verb
    # the parser lost the clause ("said two boys, aged 6 and 8, were among the dead"): read the words
    after = [t for t in doc[head.i + 1:head.i + 12] if not t.is_punct]
    for k, t in enumerate(after):
        if t.lower_ == "among" and k > 0 and after[k - 1].lemma_ == "be" and after[k - 1].pos_ == "AUX":
            inner = doc[head.i + 1:after[k - 1].i]
            if not any(x.lemma_.lower() in OUTCOME_VERBS or x.pos_ == "VERB" for x in inner):
                return t, None
            break
    return None, None


def _counted_subject(base: Token, among: Token) -> Token | None:
    """The "them" of an "among them" hung on the verb whose subject, before it, is a number (or a counted noun)
    other than the listed figure ``base``."""
    back = next((x for x in among.children if x.dep_ == "pobj" and x.lower_ in ("them", "whom")), None)
    subj = next((c for c in base.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < among.i
                 and c.i != base.i), None)
    if back is None or subj is None or not (subj.like_num or any(n.dep_ == "nummod" for n in subj.children)):
        return None
    return back


def _verb_before(among: Token) -> Token | None:
    """The nearest verb before "among them" (within a clause's reach) that governs a counted noun before it."""
    return next((v for v in reversed(among.doc[max(0, among.i - 12):among.i]) if v.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.i < among.i and any(
            n.dep_ == "nummod" for n in c.children) for c in v.children)), None)


def parenthetical_parts(figures: list[Figure], doc: Doc) -> None:
    """"About 5,000 people have fled (3,100 in A and 2,000 in B)", "In all 52 were killed: 30 in A, 12 in B
    and 10 in C": two or more figures set off right after a total (in parentheses, or after a colon or dash
    to the end of the sentence) that add up to it (to within rounding where the total is rounded)."""
    text = doc_text(doc)
    for n, f in enumerate(figures):
        total = f.amount.value
        if f.parent is not None or f.anaphoric_part or not total or total < 2:
            continue
        opening, closing = _set_off(text, f.amount.end)
        if opening < 0 or any(f.amount.end <= g.amount.start < opening for g in figures):
            continue
        split = f.outcome == "casualties"     # "480 casualties — 150 killed and 330 injured —": each keeps its harm
        # (a part inside an aside closed before the harm word it was given: "14 dead - 9 rebels and 5 soldiers -
        # and 22 wounded": the total's harm)
        parts = [g for g in figures if opening < g.amount.start < closing and g.parent is None and g.amount.value
                 and (g.outcome in (None, f.outcome) or (split and g.outcome in ("killed", "injured")) or (
                     closing < len(text) and g.trigger is not None and doc[g.trigger].idx > closing))]
        acc = sum(g.amount.value or 0 for g in parts)
        if len(parts) == 1 and acc < total and _THE_REST.search(text, parts[0].amount.end, closing):
            parts[0].stance = f"parent_fig:{n}"     # "40 people: 25 at the mosque and the rest at the market"
        elif len(parts) >= 2 and (acc == total or (f.amount.qualifier != "exact" and within_rounding(acc, total))):
            for g in parts:
                if split and g.outcome is not None:
                    g.parent = n        # (set here: a part that names its own harm keeps it)
                else:
                    g.stance = f"parent_fig:{n}"
    listed_after_total(figures, doc)


_GENERIC_TOTALS = {"people", "person", "individual", "civilian", "victim", "body", "casualty", "fatality", "death",
                   "other"}


def listed_after_total(figures: list[Figure], doc: Doc) -> None:
    """"Officials said 120 people died, 70 in Tarsa and 50 in Ombo", "killed 31 people, 18 soldiers and 13
    civilians": figures set off by a comma after a total of people, under the same harm word, that add up to
    it exactly (to within rounding where the total is rounded) are its parts. The total must count people in
    general ("people", "civilians", or a bare number): "2 soldiers, 1 policeman and 1 civilian" is a list."""
    text = doc_text(doc)
    for n, f in enumerate(figures):
        total = f.amount.value
        head = doc[f.head]
        if (f.parent is not None or f.anaphoric_part or f.single or not total or total < 3 or f.outcome is None
                or not (head.pos_ == "NUM" or head.lemma_.lower() in _GENERIC_TOTALS)):
            continue
        after = [g for g in figures if g.amount.start >= f.amount.end]
        after.sort(key=lambda g: g.amount.start)
        if len(after) < 2 or "," not in text[f.amount.end:after[0].amount.start]:
            continue
        acc, run = 0, []
        for g in after:
            if (g.parent is not None or g.anaphoric_part or g.stance.startswith("parent") or g.outcome not in (None, f.outcome)
                    or g.trigger not in (None, f.trigger) or not g.amount.value):
                break
            acc += g.amount.value
            run.append(g)
            if acc >= total:
                break
        if len(run) >= 2 and (acc == total or (f.amount.qualifier != "exact" and acc < total and within_rounding(acc, total))):
            for g in run:
                g.stance = f"parent_fig:{n}"


_THE_REST = re.compile(r"\b(?:and|while|with)\s+the\s+(?:rest|remainder|remaining|others)\b", re.IGNORECASE)


def _set_off(text: str, after: int) -> tuple[int, int]:
    """Where the next parenthesis, or a colon or dash list running to the end, opens and closes (-1, -1 if none)."""
    marks = [(text.find(m, after), m) for m in ("(", ":", " \u2014 ", " \u2013 ", " - ")]
    marks = [(at, m) for at, m in marks if at >= 0]
    if not marks:
        return -1, -1
    at, mark = min(marks)
    if mark == "(":
        closing = text.find(")", at + 1)
        return (at, closing) if closing >= 0 else (-1, -1)
    closing = text.find(mark, at + len(mark)) if mark != ":" else -1
    return at, closing if closing >= 0 else len(text)     # (a dash aside closed by its twin)


def figure_at(tok_i: int, heads: dict[int, int], doc: Doc) -> int | None:
    tok = doc[tok_i]
    over = total_over_event(tok, heads, doc)
    if over is not None and tok_i not in heads:
        return over
    for t in [tok, *tok.ancestors][:4]:
        if t.i in heads:
            return heads[t.i]
    if tok.pos_ == "NOUN" and (counted := counted_of(tok)) is not None and counted.i in heads:
        return heads[counted.i]     # "documented the killing of 312 civilians, including 61 children"
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        # "The toll, which includes 14 children, rose to 56": the figure the toll noun's verb brings it to
        for c in tok.head.children:
            if c.dep_ == "prep" and c.lower_ in _TOTAL_PREPS:
                for y in c.children:
                    if y.dep_ == "pobj" and y.i in heads:
                        return heads[y.i]
    if tok.pos_ == "NOUN":
        # "Army air strikes killed N ..., including M in one house": the parser makes the harm verb a clause on the event noun
        for v in tok.children:
            if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB":
                for c in v.children:
                    if c.dep_ in ("dobj", "nsubjpass") and c.i in heads:
                        return heads[c.i]
    if tok.pos_ in ("VERB", "AUX"):
        # "twenty people were kidnapped, including ten women": "including" hangs on the verb of the total
        for dep in ("dobj", "nsubjpass", "nsubj"):
            for c in tok.children:
                if c.dep_ == dep and c.i in heads:
                    return heads[c.i]
                if c.dep_ == dep and (x := counted_of(c)) is not None and x.i in heads:
                    return heads[x.i]   # "a total of 27 people were killed, among them ..."
        # "the toll stood at 41, including ...", "rose to 30, among them ...": the verb's complement
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in _TOTAL_PREPS:
                for x in c.children:
                    if x.dep_ == "pobj" and x.i in heads:
                        return heads[x.i]
        if tok.dep_ == "ccomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # "says more than 400 people, among them 100 civilians, have been killed": the clause's subject
            # parsed as the reporting verb's object
            for c in tok.head.children:
                if c.dep_ == "dobj" and c.i < tok.i and c.i in heads:
                    return heads[c.i]
    return None


_TOTAL_PREPS = ("at", "to")


def words_before(doc: Doc, char: int, n: int = 3) -> list[str]:
    """The last ``n`` words (lower-cased, punctuation and dashes left out) ending at or before ``char``."""
    out: list[str] = []
    for i in range(len(doc) - 1, -1, -1):
        t = doc[i]
        if t.idx + len(t.text) > char or t.is_punct or t.lower_ in ("—", "–", "-"):
            continue
        out.append(t.lower_)
        if len(out) == n:
            break
    out.reverse()
    return out


def list_continuations(figures: list[Figure], doc: Doc) -> None:
    """"31 captives, including 20 police officers, four drivers and seven traders, died": the parser often
    hangs the later members of an "including" list on the total itself. Conjuncts of a total that follow its
    "including" phrase are members of the list where, with the members parsed under it, they add up to the
    total exactly."""
    for n, total in enumerate(figures):
        top = doc[total.head]
        inc = next((c for c in top.children if c.dep_ == "prep" and c.lower_ in ("including", "among")), None)
        if inc is None or total.amount.value is None:
            continue
        inside = {t.i for t in inc.subtree}
        members = [f for f in figures if f.head in inside]
        tail = [f for f in figures if f is not total and f.parent is None and not f.anaphoric_part
                and f.head > inc.i and f.head not in inside and doc[f.head].dep_ == "conj"
                and any(a.i == top.i for a in doc[f.head].ancestors)
                and all(a.dep_ == "conj" for a in doc[f.head].ancestors if a.i > top.i and a.i < f.head)]
        if not members or not tail:
            continue
        if sum(f.amount.value or 0 for f in members + tail) != total.amount.value:
            continue
        for f in tail:
            f.stance, f.outcome, f.trigger = f"parent_fig:{n}", None, None


_ONE_WORD = re.compile(r"\bone\b", re.IGNORECASE)


def ones_of_groups(doc: Doc, triggers: dict[int, str]) -> list[tuple[Token, Token]]:
    """"one of the victims was a militiaman", "One of those slain was the imam": (the "one", the group)
    for each single person a sentence picks out of a counted group that names its harm."""
    found: list[tuple[Token, Token]] = []
    ones = [w[0] for m in _ONE_WORD.finditer(doc_text(doc)) if (w := doc.char_span(m.start(), m.end())) is not None]
    for tok in ones:    # (the word's places in the text, without walking every token)
        if tok.lower_ != "one" or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        group = next((x for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for x in c.children if x.dep_ == "pobj"), None)
        if group is not None and definite_group(group, triggers) and group_outcome(group, triggers) is not None:
            found.append((tok, group))
    return found


def parallel_figure(head: Token, heads: dict[int, int]) -> int | None:
    """"70 victims were laid to rest, while 9 are still to be buried": a bare number as the subject of a clause set
    beside (conjoined to, or "while ...") a clause whose subject is a figure counts the same harm. The index
    of that earlier figure, or None."""
    if head.pos_ == "NUM" and head.dep_ == "conj" and (head.head.pos_ in ("VERB", "AUX") or head.head.dep_ == "attr"):
        # gapped: "310 were verified as civilians and 120 as soldiers"; "18 were herders and three were
        # traders", which the parser reads as "herders and three"
        verb = head.head if head.head.pos_ in ("VERB", "AUX") else head.head.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in heads), None)
        return heads[subj.i] if subj is not None else None
    if head.dep_ == "conj" and head.head.i in heads and head.head.i < head.i and any(
            c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in head.children):
        # "...: 198 women, 131 children and 83 men": a counted noun listed after a figure is counted like it
        # (a single "one child" is a described person, read with its words)
        return heads[head.head.i]
    if (listed := _item_after_place(head, heads)) is not None:
        return listed
    listed = _set_off_after(head, heads)
    if listed is not None:
        return listed
    if (head.pos_ != "NUM" and head.lower_ != "one") or head.dep_ not in ("nsubj", "nsubjpass") or any(
            c.dep_ == "prep" for c in head.children):
        return None     # (the parser takes a bare "one" for a pronoun: "nine were Malian, one was French")
    verb = head.head
    clauses = [verb.head] if verb.dep_ in ("conj", "advcl") else []
    clauses += [c for c in verb.head.children if c.i != verb.i and c.dep_ in ("ccomp", "conj") and c.i < verb.i]
    # ("nine were Tesh, one was Orvan, one was Kessan": the parser may hang each clause of the list on the next)
    if verb.dep_ != "ROOT":     # (a root verb's children were scanned just above)
        clauses += [c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.i < head.i]
    for v in clauses:
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i in heads and c.i < head.i:
                return None if other_fate(verb, v) else heads[c.i]   # not "... and 30 have surrendered"
    return None


def _item_after_place(head: Token, heads: dict[int, int]) -> int | None:
    """"25 in A, 10 in B and 5 in C", "Of the 87 killed, 40 were in A, 30 in B and 17 in C": the parser often
    joins a later bare number to the place of the item before it ("B and 5", "A, 30"), or to the number
    before it. A bare number conjoined or set in apposition to the object of a preposition that a figure
    governs (or that the verb of a figure's clause governs), or to a figure's own number, is the next item of
    that figure's list. The figure's index."""
    if head.pos_ != "NUM" or head.dep_ not in ("conj", "appos") or any(c.dep_ == "nummod" for c in head.children):
        return None
    place, prep = head.head, head.head.head
    if place.pos_ == "NUM" and place.i in heads and place.i < head.i and any(
            c.dep_ == "prep" for c in head.children) and any(c.dep_ == "prep" for c in place.children):
        return heads[place.i]       # "30 in B and 17 in C"
    if place.dep_ != "pobj" or place.pos_ not in ("PROPN", "NOUN") or prep.dep_ != "prep" or place.like_num:
        return None
    item = prep.head
    if item.pos_ in ("AUX", "VERB") and item.lemma_ == "be":
        item = next((c for c in item.children if c.dep_ == "nsubj" and c.pos_ == "NUM" and c.i < prep.i), item)
    return heads[item.i] if item.i in heads and item.pos_ == "NUM" else None


def _set_off_after(head: Token, heads: dict[int, int]) -> int | None:
    """"We counted 13 bodies so far, eight soldiers and five civilians": a counted noun with no clause of its own,
    set off by a comma right after a figure (only adverbs or a phrase of time or place between: "by noon"), is
    counted like it. The figure's index."""
    num = next((c for c in head.children if c.dep_ == "nummod" and c.i < head.i), None)
    if num is None or num.lower_ in ("one", "1") or head.dep_ in ("nsubj", "nsubjpass", "conj"):
        return None
    prev = max((i for i in heads if i < num.i), default=None)
    if prev is None:
        return None
    between = head.doc[prev + 1:num.i]
    if not between or between[-1].text != "," or any(t.text in (";", ":", "(", ")") for t in between):
        return None
    if any(t.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "NUM", "PRON") or (
            t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("pobj", "compound", "npadvmod")) for t in between):
        return None
    return heads[prev]


_RISE = {"rise", "climb", "increase", "jump", "grow", "mount", "swell", "soar"}


def increment_of_total(head: Token) -> bool:
    """"The toll climbed after the recovery of four more bodies and the death of an injured officer":
    figures that a stated total grew by are parts of the total the report gave before."""
    for a in list(head.ancestors)[:6]:
        if a.dep_ == "prep" and a.lower_ in ("with", "after", "following") and a.head.lemma_.lower() in _RISE:
            subj = next((c for c in a.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return subj is not None and (subj.lemma_.lower() in ANAPHORIC_TOTALS or subj.lower_ in ANAPHORIC_TOTALS)
    return False
