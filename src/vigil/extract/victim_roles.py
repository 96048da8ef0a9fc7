"""Who the victims are where the figure's own noun does not say it all (spec, Conventions, "Victims").

Sentence-level helpers of :mod:`vigil.extract.victims` and :mod:`vigil.extract.figures`, all read from the
dependency parse:

* the noun a bare number stands for when a copula or an estimate names it ("four were border guards",
  "put the number of officers killed at two");
* the words of a victim phrase that describe someone else (the possessor in "the imam's son"), or another
  person listed with their own determiner ("two medics and the driver escorting them");
* nouns listed with the counted noun without a number of their own ("200 villagers, herders, soldiers");
* a role a described person plays ("a woman selling vegetables"), a guard's post ("a school guard" /
  "a prison guard"), a former status ("former rebels");
* the status a group's apposition states ("members of the X Guard, an unarmed community body").
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import Any

from spacy.tokens import Doc, Token

from vigil.extract.lexicon import (
    ARMED_WORDS,
    ATTACK_VERBS,
    CIVILIAN_WORDS,
    FIGHTER_WORDS,
    NONSTATE_WORDS,
    PEOPLE_WORDS,
    REPORT_VERBS,
    SINGLE_PERSON_WORDS,
    STATE_MODIFIERS,
    STATE_WORDS,
    TRANSITIVE,
)

#: what a guard guards where the post is the state's ("a prison guard", "border guards", "the presidential guard")
_STATE_POSTS = (STATE_MODIFIERS - {"security"}) | {"prison", "jail", "penitentiary", "presidential", "republican", "coast", "palace",
                                  "royal", "revolutionary", "ministry"}
#: nouns an estimate of a number of victims is put as ("put the death toll at 16")
#: posts that armed guards of the state hold
_ARMED_POSTS = {"checkpoint", "post", "outpost", "base", "barracks", "border", "prison", "jail", "garrison", "convoy",
                "frontier", "camp", "station", "palace", "embassy", "ministry"}
_ESTIMATE_NOUNS = {"toll", "number", "figure", "count", "tally", "total"}
#: verbs that bring an estimate to a number ("raised the toll to 19")
_REVISE_VERBS = {"raise", "lower", "revise", "bring", "increase", "reduce", "push", "take", "update", "cut"}
#: verbs that put an estimate at a number
_ESTIMATE_VERBS = {"put", "place", "set", "fix", "peg", "estimate"}
#: nouns naming a body of people (an apposition of a group says what the group is)
_BODY_NOUNS = {"body", "group", "force", "militia", "organisation", "organization", "unit", "movement", "corps",
               "brigade", "network", "outfit", "association", "service", "patrol", "auxiliary", "auxiliaries"}
#: what makes a body or a person non-combatant whatever else its name says
_UNARMED = {"unarmed", "civilian", "civil", "non-violent", "nonviolent", "peaceful"}
#: modifiers that make "forces" a non-state body ("resistance forces", "rebel forces")
_NONSTATE_FORCE_MODS = NONSTATE_WORDS | {"resistance", "opposition", "rebel", "insurgent", "militia", "jihadist"}
_STATUS_NOUNS = STATE_WORDS | NONSTATE_WORDS | FIGHTER_WORDS | CIVILIAN_WORDS
_THE = {"the", "this", "that"}
_REST = {"rest", "remainder"}
#: what a person does for a living, said in a clause on them ("a woman selling vegetables"): a non-combatant role
ROLE_VERBS = {"sell", "vend", "trade", "farm", "herd", "graze", "tend", "fish", "teach", "drive", "cook", "clean",
              "harvest", "peddle", "hawk", "work", "nurse", "treat", "sweep", "repair"}


#: civilian workplaces: a person named by a post at one is a non-combatant ("a restaurant cashier")
CIVIL_WORKPLACES = {"restaurant", "hotel", "shop", "store", "market", "bank", "cafe", "café", "bakery", "factory",
                    "farm", "office", "school", "university", "college", "hospital", "clinic", "pharmacy",
                    "church", "mosque", "temple", "newspaper", "radio", "television", "tv", "bus", "taxi", "truck",
                    "lorry", "mine", "company", "firm", "supermarket", "kiosk", "salon", "garage", "workshop", "bar"}
#: nouns that name what a term or label stands for ("khwarij, a term the state uses for militants")
_TERM_NOUNS = {"term", "name", "word", "label", "euphemism", "epithet", "designation"}
#: verbs by which a state creates or backs a body ("a security outfit set up by the state government")
_FOUND_VERBS = {"set", "create", "form", "establish", "found", "raise", "sponsor", "back", "arm", "fund", "recruit",
                "organise", "organize", "train", "deploy"}
_STATE_MAKERS = {"government", "state", "army", "military", "authorities", "authority", "police", "ministry",
                 "governor", "regime"}
#: bodies whose members are non-state fighters ("presumed members of a criminal cell", "members of a drug gang")
_ARMED_CELLS = {"cell", "gang", "cartel"}
_ARMED_GROUP_MODS = {"criminal", "armed", "terrorist", "jihadist", "jihadi", "militant", "extremist", "rebel",
                     "insurgent", "drug", "trafficking", "kidnapping", "bandit", "separatist"}


def termed_group(tokens: list[Token]) -> list[Token] | None:
    """What a label set beside the victim noun stands for: "13 'khwarij', a term the state uses for militants"
    -> the militants. Their words, or None."""
    for t in tokens:
        for c in t.children:
            if c.dep_ not in ("appos", "relcl", "acl") or c.i < t.i:
                continue
            sub = list(c.subtree)
            if not any(x.lemma_.lower() in _TERM_NOUNS for x in sub):
                continue
            for x in sub:
                if x.dep_ == "pobj" and x.head.lower_ == "for" and x.pos_ in ("NOUN", "PROPN"):
                    return [y for y in x.subtree if y.dep_ not in ("det", "punct", "relcl", "acl")]
    return None


def armed_persons(tokens: list[Token]) -> bool:
    """"three armed men", "armed individuals": persons the phrase calls armed, with no side named."""
    return any(t.lemma_.lower() in _PLAIN_PERSONS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ARMED_WORDS for c in t.children) for t in tokens)


_PLAIN_PERSONS = {"man", "men", "person", "people", "individual", "youth"}


def armed_cell(tokens: list[Token]) -> bool:
    """Members of a criminal or armed body: "presumed members of a criminal cell", "members of a drug gang"."""
    for t in tokens:
        lemma = t.lemma_.lower()
        if lemma in _ARMED_CELLS:
            return True
        if lemma in ("group", "network", "ring", "band", "organisation", "organization") and any(
                c.dep_ in ("amod", "compound") and c.lemma_.lower() in _ARMED_GROUP_MODS for c in t.children):
            return True
    return False


#: nouns of a body of attackers counted by its men ("a force of several hundred men attacked ...")
_AGENT_BODIES = {"force", "group", "band", "column", "contingent", "unit", "convoy", "gang", "mob"}


def counts_the_attackers(head: Token, attackers: AbstractSet[str]) -> bool:
    """"gunmen numbering about 50 stormed ...", "the attackers, numbering up to 20, abducted ...", "a force of
    several hundred men attacked ...": the amount says how many did it."""
    up = head.head
    group: Token | None = None
    if up.lemma_.lower() == "number" and up.pos_ == "VERB":
        group = up.head if up.dep_ in ("acl", "relcl") else next(
            (c for c in up.children if c.dep_ == "nsubj"), None)
    elif head.dep_ == "pobj" and up.lower_ == "of" and up.head.lemma_.lower() in _AGENT_BODIES:
        group = up.head
    if group is None:
        return False
    if group.lemma_.lower() in attackers | NONSTATE_WORDS:
        return True
    verb = group.head
    return (group.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in TRANSITIVE
            and not any(c.dep_ == "auxpass" for c in verb.children))


_TIME_NOUNS = {"second", "minute", "hour", "day", "week", "month", "year", "night"}
# "three a day", "12 people per week", "one every two hours" right after the amount
# (not "in a night raid", "during a day of clashes": one time named by a preposition)
_RATE_AFTER = re.compile(r"^\s+(?:(?!(?:in|on|during|within|over|for|of)\s)[a-z-]+\s+){0,2}?(?:a|per|each|every)\s+(?:\w+\s+)?"
                         r"(?:second|minute|hour|day|week|month|year|night)s?\b(?!\s+(?:after|before|earlier|later|ago|of|in|when))",
                         re.IGNORECASE)


def is_rate(f: Any, doc: Doc, text: str) -> bool:
    """Whether a figure is a rate, which the spec does not count as a claim: "a child dies every two hours",
    "an average of more than three a day", "killing 12 people per week"."""
    low = text.lower()
    if ("defin" in low or "mean" in low) and _defined(doc[f.head]):
        return True         # "massacres, defined as the killing of three or more people": a definition
    if "every" not in low and "each" not in low and "per" not in low and " a " not in low:
        return False        # (no word of a rate: the common case, without walking the parse)
    trig = doc[f.trigger] if f.trigger is not None else None
    if trig is not None and ("every" in low or "each" in low or "per " in low) and any(
            (t.lower_ in ("every", "each") and t.head.lemma_.lower() in _TIME_NOUNS and t.head.head.i == trig.i)
            or (t.lower_ == "per" and t.head.i == trig.i and any(c.lemma_.lower() in _TIME_NOUNS for c in t.children))
            for t in trig.subtree):
        return True      # "a child dies every two hours", "12 people are killed per week"
    return bool(_RATE_AFTER.match(text[f.amount.end:f.amount.end + 40]))


_DEFINE = {"define", "mean", "understand", "classify", "consider"}


def _defined(head: Token) -> bool:
    """A count inside what a word is defined as ("defined as the killing of three or more people", "meaning the
    deaths of at least four people"): a threshold, not people harmed."""
    for a in list(head.ancestors)[:6]:
        if a.lemma_.lower() in _DEFINE and a.pos_ == "VERB" and (a.lemma_.lower() != "mean" or a.tag_ == "VBG") and (
                a.lemma_.lower() in ("define", "mean") or any(c.lower_ == "as" for c in a.children)):
            return True
        if a.dep_ in ("relcl", "ccomp", "advcl", "conj") and a.pos_ in ("VERB", "AUX"):
            return False    # a clause of its own ("..., in which 51 people died")
    return False


def holds_persons(verb: Token) -> bool:
    """Whether a verb like "capture" takes people: "troops captured five members of the group", "12
    soldiers were captured", "killed 40 and captured 12" (a bare number beside a figure of people), not
    "captured the town" or "captured 30 rifles"."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        # "31 were killed and 14 captured": the participle's number is what was captured
        objs += [c for c in verb.children if c.dep_ == "nsubj" and c.like_num]
    for o in objs:
        if o.like_num or o.pos_ == "NUM":
            return True
        lemma = o.lemma_.lower()
        if lemma in _STATUS_NOUNS | PEOPLE_WORDS | SINGLE_PERSON_WORDS or o.lower_ in ("them", "him", "her"):
            return True
    return False


def _be(tok: Token) -> bool:
    return tok.lemma_.lower() == "be" and tok.pos_ in ("AUX", "VERB")


def _attr(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")
                 and not any(x.dep_ == "nummod" or x.like_num for x in c.children)), None)


def noun_elsewhere(num: Token, amount_idx: set[int]) -> Token | None:
    """The noun a number without one of its own stands for, where the clause names it elsewhere:

    * the complement of its copula: "four were border guards" (also where the parser hangs the number on
      the noun before it), "about 300 of the dead were militiamen";
    * an estimate put at the number: "put the number of officers killed at two" (the "of" noun), "put the
      civilian death toll at 16" (the toll, whose modifier says who).
    """
    doc = num.doc
    top = num
    while top.dep_ in ("pobj", "quantmod") and top.head.i != top.i and top.head.pos_ in ("ADP", "NUM", "ADV"):
        top = top.head
    if top.dep_ in ("nsubj", "prep") and _be(top.head):
        return _attr(top.head)
    # "11 were X and four were Y" parsed with "four" hung on X: the copula right after the number
    nxt = next((t for t in doc[max(amount_idx) + 1:] if not t.is_punct), None) if amount_idx else None
    if (nxt is not None and _be(nxt) and num.dep_ == "conj" and nxt.dep_ in ("conj", "ccomp", "ROOT")
            and not any(c.dep_ in ("nsubj", "expl") for c in nxt.children)):
        return _attr(nxt)
    if num.dep_ == "pobj" and num.head.lower_ in ("at", "to"):
        # "put the number of officers killed at two", "raised to 19 the number of inmates killed"
        verbs = _ESTIMATE_VERBS if num.head.lower_ == "at" else _REVISE_VERBS
        gov = num.head.head
        verb = gov if gov.lemma_.lower() in verbs else next(
            (a for a in gov.ancestors if a.lemma_.lower() in verbs and a.pos_ == "VERB"), None)
        if verb is None:
            return None
        est = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _ESTIMATE_NOUNS), None) or next(
            (t for t in doc[num.i + 1:num.i + 3] if t.lemma_.lower() in _ESTIMATE_NOUNS and num.head.lower_ == "to"),
            None)       # ("brings to 31 the number of ...", the number hung on a later verb)
        if est is None:
            return None
        of = next((x for p in est.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                   if x.dep_ == "pobj" and x.tag_ in ("NNS", "NN")), None)
        if of is not None and of.lemma_.lower() in _STATUS_NOUNS | PEOPLE_WORDS:
            return of
        if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _STATUS_NOUNS for c in est.children):
            return est
    return None


def own_tokens(tokens: list[Token]) -> list[Token]:
    """The words of a victim phrase that describe the victims themselves: without the possessor of a person
    noun with no status of its own ("the imam's son", "a soldier's wife": the son and the wife), and without
    another person listed with a determiner of their own ("two medics and the driver escorting them")."""
    inside = {t.i for t in tokens}
    drop: set[int] = set()
    for t in tokens:
        lemma = t.lemma_.lower()
        if lemma not in _STATUS_NOUNS and lemma in PEOPLE_WORDS | SINGLE_PERSON_WORDS and t.pos_ == "NOUN":
            for c in t.children:
                if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and c.i in inside:
                    drop |= {x.i for x in c.subtree}
        if t.dep_ == "conj" and t.head.i in inside and any(
                c.dep_ == "det" and c.lower_ in _THE for c in t.children) and _counted(t.head):
            drop |= {x.i for x in t.subtree}
        if t.dep_ == "conj" and t.head.i in inside and (t.lemma_.lower() in _REST or any(
                c.lemma_.lower() in _REST and c.dep_ in ("compound", "nmod", "nsubj") for c in t.children)):
            drop |= {x.i for x in t.subtree}    # "12 were soldiers and the rest civilians": another count
    drop &= inside
    return [t for t in tokens if t.i not in drop] if drop and len(drop) < len(tokens) else tokens


def _counted(tok: Token) -> bool:
    """The first noun of a list with its number ("two medics" in "two medics and the driver")."""
    while tok.dep_ == "conj":
        tok = tok.head
    return any(c.dep_ == "nummod" or c.like_num for c in tok.children)


def listed_with(tokens: list[Token]) -> list[Token]:
    """Nouns listed with the counted noun that have no number of their own, so that the number counts
    them too: "more than 80 traders, drivers, soldiers", "4,000 farmers, troops and policemen"."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if len(roots) != 1 or roots[0].tag_ != "NNS" or not (any(
            c.dep_ == "nummod" or c.like_num for c in roots[0].children) or _of_amount(roots[0])):
        return []
    out: list[Token] = []
    stack = [c for c in roots[0].children if c.dep_ == "conj"]
    while stack:
        c = stack.pop()
        if c.i in inside:
            continue
        if c.tag_ != "NNS" or any(x.dep_ in ("nummod", "det", "poss") or x.like_num for x in c.children):
            return []       # a figure of its own, or a different kind of list
        if c.lemma_.lower() not in _STATUS_NOUNS | PEOPLE_WORDS:
            return []
        out.append(c)
        stack.extend(x for x in c.children if x.dep_ == "conj")
    if out:
        end = max(x.right_edge.i for x in out)
        after = out[0].doc[end + 1] if end + 1 < len(out[0].doc) else None
        if after is not None and after.lemma_.lower() in REPORT_VERBS:
            return []       # "... and 9 more people, army and hospital sources said": the speakers
    return out


_AMOUNT_NOUNS = {"dozens", "hundreds", "thousands", "millions", "scores", "tens", "dozen", "hundred", "thousand"}


def _of_amount(noun: Token) -> bool:
    """"thousands of civilians": the noun an amount word counts through "of"."""
    up = noun.head
    return noun.dep_ == "pobj" and up.lower_ == "of" and (up.head.like_num or up.head.lower_ in _AMOUNT_NOUNS)


def role_words(tokens: list[Token]) -> set[str]:
    """Lexicon words a victim phrase implies by the role or post it describes:

    * a person with a non-combatant occupation in a clause on them: "a woman selling vegetables", "a man who
      herded goats" -> "civilian";
    * a guard whose post is not the state's: "a school guard", "a bank guard" -> "civilian" (a prison,
      border or presidential guard stays the state's);
    * a former status: "former rebels", "ex-soldiers" -> "civilian".
    """
    out: set[str] = set()
    for t in tokens:
        lemma = t.lemma_.lower()
        if lemma in PEOPLE_WORDS and t.pos_ == "NOUN":
            for c in t.children:
                if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ROLE_VERBS and not any(
                        x.dep_ == "neg" or x.lemma_.lower() in STATE_WORDS | NONSTATE_WORDS | FIGHTER_WORDS
                        for x in c.subtree if x.i != c.i):      # not "a man working for the army"
                    out.add("civilian")
        if (t.pos_ == "NOUN" and lemma not in _STATUS_NOUNS and lemma != "guard" and any(
                c.dep_ in ("compound", "nmod") and c.lemma_.lower() in CIVIL_WORKPLACES for c in t.children)):
            out.add("civilian")     # "a restaurant cashier", "a hotel receptionist": a post at a civilian workplace
        if lemma == "guard" and t.pos_ == "NOUN":
            mods = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod")]
            # ("security guards" is left as it is: in reports it names a private guard and a state force alike)
            if (mods and (not any(c.lemma_.lower() in _STATE_POSTS | {"security"} or c.lower_ in _STATE_POSTS
                                  for c in mods) or any(c.lower_ == "private" for c in mods))) or (
                    not mods and t.text.islower() and not any(c.dep_ == "prep" for c in t.children) and not any(
                        x.lemma_.lower() in _ARMED_POSTS for x in t.sent)):
                # a guard with no post named is a watchman ("38 students, one guard"), unless the sentence
                # is about an armed post ("gunmen attacked a checkpoint, killing two guards")
                out.add("civilian_guard")       # ("a private security guard": a company's, not the state's)
        if lemma in STATE_WORDS | NONSTATE_WORDS | FIGHTER_WORDS and any(
                (c.dep_ == "amod" and c.lower_ in ("former", "retired")) or (c.lower_ == "ex" and c.i < t.i) for c in t.children):
            out.add("former")
    return out


def nonstate_forces(tokens: list[Token]) -> bool:
    """"members of local resistance forces", "rebel forces": forces a non-state modifier names."""
    return any(t.lemma_.lower() == "force" and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in _NONSTATE_FORCE_MODS for c in t.children)
        for t in tokens)


#: words in the name of an army raised against a state ("the Free X Army", "the Y Liberation Army", "the Z
#: Independence Army"); and the names of such armies that carry none of them
#: ("Revolutionary Guards", "Republican Guard" are states' forces: no such words here)
_INSURGENT_NAME_WORDS = {"free", "liberation", "independence", "resistance", "rebel", "salvation", "mujahideen",
                         "insurgent"}
_INSURGENT_ARMIES = {"syrian national army", "arakan army", "new people's army", "shan state army",
                     "karen national army"}
#: the state armies whose names hold such a word
_STATE_ARMIES = {"people's liberation army"}
_ARMY_NOUNS = {"army", "armies", "force", "forces", "front"}


def insurgent_army(tokens: list[Token]) -> bool:
    """"members of the Syrian National Army", "fighters of the X Liberation Army": a named army of the
    phrase that fights against a state (its name says so, or is one of the known such names)."""
    for t in tokens:
        if t.pos_ != "PROPN" or t.lower_ not in _ARMY_NOUNS:
            continue
        k = t.i    # the capitalised words of the name before it ("the Syrian National Army", "People's")
        while k > 0 and ((t.doc[k - 1].text[:1].isupper() and t.doc[k - 1].pos_ in ("PROPN", "ADJ"))
                         or t.doc[k - 1].tag_ == "POS"):
            k -= 1
        name = list(t.doc[k:t.i])
        full = t.doc[k:t.i + 1].text.lower().replace(" 's", "'s")
        if any(full.endswith(n) for n in _STATE_ARMIES):
            continue
        if any(full.endswith(n) for n in _INSURGENT_ARMIES) or any(
                x.lower_ in _INSURGENT_NAME_WORDS for x in name):
            return True
    return False


def apposed_body(tokens: list[Token]) -> list[Token] | None:
    """The apposition that says what a group of the victims is: "members of the X Guard, an unarmed
    community protection body" (set beside the members or beside the group's name). Its words, or None."""
    inside = {t.i for t in tokens}
    groups = tokens + [x for t in tokens for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                       for x in p.children if x.dep_ == "pobj" and x.i not in inside]
    for t in groups:
        for c in t.children:
            if c.dep_ == "appos" and c.i not in inside and c.lemma_.lower() in _BODY_NOUNS and c.i > t.i:
                return [x for x in c.subtree if x.dep_ not in ("det", "punct")]
    return None


def unarmed(tokens: list[Token]) -> bool:
    return any(t.lower_ in _UNARMED and t.dep_ in ("amod", "compound") for t in tokens)


def fights_for_state(tokens: list[Token]) -> bool:
    """"a militia fighting alongside the army", "volunteers who fight for the government": a body on the
    state's side by what the phrase says it does."""
    if any(t.dep_ in ("agent", "prep") and t.lower_ == "by" and t.head.lemma_.lower() in _FOUND_VERBS
           and any(x.dep_ == "pobj" and x.lemma_.lower() in _STATE_MAKERS for x in t.children) for t in tokens):
        return True     # "a security outfit set up by the state government"
    return any(t.dep_ == "prep" and t.lower_ in ("alongside", "for", "with", "beside") and t.head.pos_ == "VERB"
               and any(x.dep_ == "pobj" and x.lemma_.lower() in ("army", "military", "government", "state", "troop",
                                                                  "soldier", "regime", "police")
                       for x in t.children) for t in tokens)


def _speech(tok: Token) -> Token | None:
    """The reporting verb whose clause holds ``tok`` ("..., adding that three were wounded": "adding")."""
    for a in tok.ancestors:
        if a.lemma_.lower() in REPORT_VERBS and a.pos_ == "VERB" and any(
                c.dep_ in ("ccomp", "xcomp") and tok in c.subtree for c in a.children):
            return a
    return None


def continues_noun(tok: Token, earlier: Token) -> bool:
    """Whether a number with no noun of its own ("three were wounded") continues the noun of an earlier
    figure of its sentence: not where it stands in a statement of its own that does not hold the earlier
    figure ("X reported one dead villager, adding that four were hurt"; "Y said 60 guards had died; Z
    insisted that only six had died")."""
    verb = _speech(tok)
    return verb is None or _speech(earlier) == verb


def still_free(head: Token) -> bool:
    """"while 40 others remain at large", "12 are still on the run": people the harm did not reach."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    return verb is not None and any(
        c.dep_ == "prep" and c.lower_ in ("at", "on") and any(x.lower_ in ("large", "run") for x in c.subtree)
        for c in verb.children)


_FREEING = {"free", "rescue", "release", "liberate"}


def set_free(head: Token) -> bool:
    """"freed seven of the hostages", "19 of whom have since been released": captives counted as freed, not as
    taken."""
    verb = head.head
    return head.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in _FREEING


PRESENCE_VERBS = {"flee", "arrive", "cross", "be", "reach", "register", "host", "shelter", "displace", "enter",
                  "seek", "live", "stay", "return", "leave", "force", "find", "take"}


def refugees_present(head: Token) -> bool:
    """A count of refugees is a displacement figure when the clause says they fled, arrived, are hosted
    or are present somewhere, not when it says something else befell them ("refugees ... at risk")."""
    if head.dep_ in ("ROOT",) or any(c.lower_ in ("present", "stranded", "registered", "hosted", "new", "newly")
                                    for c in head.children):      # ("4,200 new IDPs": freshly displaced)
        return True
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return True
    if verb.lemma_.lower() == "be":
        return any(c.dep_ in ("acomp", "attr") and c.lower_ in ("present", "displaced", "stranded", "registered",
                                                                  "hosted", "sheltered", "refugees")
                   for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "in" and any(x.ent_type_ in ("GPE", "LOC") for x in c.children)
            for c in verb.children)
    return verb.lemma_.lower() in PRESENCE_VERBS


_ATTACKERS = {"bomber", "gunman", "gunmen", "attacker", "assailant", "raider", "kidnapper", "sniper"}


def is_perpetrator_subject(head: Token, trig: Token) -> bool:
    """"2 bombers attacked ..., killing 1": the amount counts the attackers, not the victims."""
    if counts_the_attackers(head, _ATTACKERS):
        return True
    if head.lemma_.lower() in _ATTACKERS and trig.tag_ == "VBG" and head not in trig.children:
        return True      # headlines: "2 suicide bombers attack police compound, killing 1"
    if (head.lemma_.lower() in _ATTACKERS and head.dep_ == "nsubj" and head.head.pos_ == "VERB"
            and head.head.i != trig.i and not any(c.dep_ == "auxpass" for c in head.head.children)):
        return True      # "... were hurt when three bombers struck a bus stop": the attackers act
    top = head      # "a group of 15 insurgents": the group counted is the subject
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN":
        top = top.head.head
    if top.dep_ == "nsubj" and trig.dep_ == "conj" and trig.head.i == top.head.i and trig.i != top.head.i and any(
            c.dep_ == "dobj" and c.lower_ not in ("refuge", "shelter") for c in trig.children) and not any(
            c.dep_ == "auxpass" for c in trig.children):     # (not "... and are taking refuge in a school")
        return True      # "15 insurgents entered the village and abducted four men": who did the second act
    if head.dep_ != "nsubj":
        return False
    verb = head.head
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma not in TRANSITIVE:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and all(o.like_num for o in objects) and any(
            c.dep_ == "prep" and c.lower_ == "among" and any(x.lower_ in ("them", "whom") for x in c.children)
            for c in verb.children):
        return False     # "11 wounded, among them 3 seriously": the "object" is the part listed under the count
    has_object = bool(objects) or lemma in ATTACK_VERBS
    if has_object and head.like_num and not list(head.children) and any(
            c.dep_ == "prep" and c.lower_ in ("among", "of") and any(x.lower_ in ("them", "whom") for x in c.children)
            for c in verb.children):
        return False     # "11 wounded, among them 3 seriously": the object counts a part of the subject
    if verb.i == trig.i:
        return has_object
    return has_object and trig.i in {t.i for t in verb.subtree}


#: people who speak for a body ("a spokesman for the X Army", "the commander of the Y brigade")
_BODY_VOICES = {"spokesman", "spokeswoman", "spokesperson", "commander", "official", "leader", "head", "chief",
                "representative", "member", "source", "officer", "statement"}


def speaking_body(subj: Token | None) -> Token | None:
    """The body a speaker speaks for, where the subject is its voice ("a spokesman for the X Army said four of its
    men died": the X Army's men); else the subject itself."""
    if subj is None or subj.lemma_.lower() not in _BODY_VOICES:
        return subj
    for p in subj.children:
        if p.dep_ == "prep" and p.lower_ in ("for", "of"):
            body = next((x for x in p.children if x.dep_ == "pobj"), None)
            if body is not None and body.pos_ in ("NOUN", "PROPN") and body.ent_type_ not in ("GPE", "PERSON"):
                return body
    return subj
