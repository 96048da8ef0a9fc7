"""More of who a sentence says states its figures (kept apart from :mod:`vigil.extract.attribution` for size):
a body's name given after "known as", an acronym in brackets after a lower-case description, a report's
reference to itself that cites another source, a body's name before a description of its kind, and subjects the
parser misplaced."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from vigil.extract.attribution_names import name_read_as_clause
from vigil.extract.lexicon import REPORT_VERBS, SOURCE_NOUNS, is_clock_time
from vigil.extract.syntax import doc_text

if TYPE_CHECKING:
    from vigil.extract.attribution import Attribution

#: generic nouns of a body: a title-case name in apposition ("the group, Tesh Watch") is its name, not a person's
BODY_NOUNS = {"group", "monitor", "organisation", "organization", "network", "committee", "coalition", "body",
              "watchdog", "charity", "observatory", "association", "collective", "movement", "agency", "ngo"}

#: "an earlier version of this story", "a previous edition of this article": the report speaking of itself
_OWN_EARLIER = re.compile(r"\b(?:version|edition|copy|draft)\s+of\s+(?:this|the)\s+(?:story|article|report|piece|"
                          r"dispatch)\b", re.IGNORECASE)


def known_as(tok: Token) -> Token | None:
    """"the group's regional affiliate, known as the Tesh Province Front, claimed ...": the proper name a common
    noun is said to be known as."""
    if tok.pos_ != "NOUN":
        return None
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() == "know" and c.i > tok.i:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "as":
                    names = [x for x in p.children if x.dep_ == "pobj" and x.pos_ == "PROPN"]
                    if names:
                        return names[0]
    return None


def bracketed_acronym(tok: Token, appos: Token, doc: Doc) -> Span | None:
    """"the Orvanian army (TDF)": a lower-case description with an acronym in brackets beside it. The whole phrase,
    so that the resolver decides whether the acronym or the description names the body."""
    if not (appos.text.isupper() and 2 <= len(appos.text) <= 7 and appos.i == tok.i + 2
            and doc[appos.i - 1].text == "(" and appos.i + 1 < len(doc) and doc[appos.i + 1].text == ")"):
        return None
    start = tok.left_edge.i
    if not any(t.text[:1].isupper() for t in doc[start:tok.i]) and start < tok.i:
        return None     # (no demonym or name in the description: "the army (TDF)" is the acronym's)
    return doc[start:appos.i + 2]


def numbered_name(tok: Token) -> bool:
    """"Region 4", "Task Force 21": a proper noun with a number after it names a unit, it does not count people."""
    return tok.pos_ == "PROPN" and all(c.i > tok.i for c in tok.children if c.dep_ == "nummod")


def cited_over_self(found: list[tuple[Attribution, Token | None]], doc: Doc) -> list[tuple[Attribution, Token | None]]:
    """"An earlier version of this story, citing the Tesh rescue service, said ...": the report speaking of itself
    states what it cites. A self-reference is the report's own voice; where it cites a source, that source."""
    text = doc_text(doc)
    if "citing" not in text and "quoting" not in text and not _OWN_EARLIER.search(text):
        return found
    for a, _v in found:
        if _OWN_EARLIER.search(a.text):
            a.own_voice = True
    cited = [x for x in found if x[1] is not None and x[1].lower_ in ("citing", "quoting")]
    if not cited:
        return found
    return [x for x in found if not x[0].own_voice]


def named_before_description(comma: int, doc: Doc) -> Token | None:
    """The body named before a description of its kind set off by commas, ending at ``comma``: "the Tesh Relief
    Committee, a volunteer group," -> "Committee" (a named organisation, the description's head a body noun)."""
    prev = next((i for i in range(comma - 1, 0, -1) if doc[i].text == ","), None)
    if prev is None or prev + 2 >= comma or doc[prev + 1].lower_ not in ("a", "an", "the"):
        return None
    desc = doc[prev + 2:comma]
    # (its head a body noun, with a relative clause after it or not: "a medical group that tracks the toll")
    head = next((t for t in desc if not desc.start <= t.head.i < desc.end), None)
    if head is None or head.lemma_.lower() not in BODY_NOUNS | SOURCE_NOUNS or not all(
            t.pos_ in ("NOUN", "ADJ", "VERB") or t.tag_ in ("HYPH", "POS") for t in doc[prev + 2:head.i + 1]) or (
            any(t.dep_ != "relcl" for t in head.rights if t.i < comma)):
        return None
    name = doc[prev - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("ORG", "FAC", "NORP") or not name.text[:1].isupper():
        return None
    return name


def description_read_as_subject(name: Token, second: Token, doc: Doc) -> bool:
    """"The Tesh Unity Council (TUC), the shadow cabinet formed in exile, said ...": a body's description set off by
    commas, which the parser read as a second subject; the name speaks."""
    comma = second.left_edge.i - 1
    return (name.pos_ == "PROPN" and name.i > 1 and second.pos_ == "NOUN" and name.i < comma
            and doc[comma].text == "," and name.right_edge.i in (comma - 1, comma) and doc[second.left_edge.i].lower_ in ("the", "a", "an")
            and "," in (doc[second.right_edge.i].text, doc[min(second.right_edge.i + 1, len(doc) - 1)].text))


def with_subject(t: Token, doc: Doc) -> Token | None:
    """The X of "with X reporting that ...", however the parser attached the participle."""
    w = next((doc[i] for i in range(t.i - 1, max(-1, t.i - 10), -1) if doc[i].lower_ == "with"), None)
    if w is None:
        return None
    subjects = [c for c in t.children if c.dep_ == "nsubj" and c.i > w.i]
    if not subjects:
        subjects = [c for c in w.children if c.dep_ == "pobj" and c.i < t.i and c.i == t.i - 1]
    return subjects[0] if subjects else None


def plural_speaker_before_that(doc: Doc) -> Span | None:
    """"Local authorities in Tesh report that N ...": a present-tense reporting verb after a plural subject, read
    by the tagger as a noun ("Tesh report") under the sentence's root; the subject before it speaks."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "NOUN" or root.tag_ != "NNS" or root.left_edge.i != 0:
        return None
    verb = next((t for t in doc[root.i + 1:] if t.lower_ in REPORT_VERBS and t.pos_ == "NOUN" and t.i + 1 < len(doc)
                 and doc[t.i + 1].lower_ == "that"), None)
    if verb is None or verb.i - root.i > 6 or not all(t.i < verb.i for t in doc[root.i:verb.i] if t.head.i == root.i):
        return None
    span = doc[0:verb.i]
    if any(t.is_punct for t in span):
        return None
    return span


def speaker_read_as_modified(verb: Token, doc: Doc) -> list[Token]:
    """"..., of whom several in a grave state, a security source specified.": a speaker closing the sentence
    that the parser took for a noun the reporting verb modifies."""
    head = verb.head
    if head.i != verb.i - 1 or head.left_edge.i == 0 or doc[head.left_edge.i - 1].text != ",":
        return []
    if not (head.lemma_.lower() in SOURCE_NOUNS or head.ent_type_ in ("ORG", "PERSON", "NORP")):
        return []
    return [head] if all(t.is_punct or t.i <= verb.right_edge.i for t in doc[verb.i:]) else []


def entity_at(tok: Token, label: str | None = None) -> Span | None:
    """The named entity a token is part of (of the given label), read off the tokens' own entity tags
    (cheaper than scanning ``doc.ents`` for every token)."""
    if not tok.ent_type_ or (label is not None and tok.ent_type_ != label):
        return None
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def person_after_closing_verb(verb: Token, doc: Doc) -> list[Token]:
    """"..., said Jon Orvan, chairman of the Tesh union council.": the person named right after a closing
    reporting verb, where the parser read the description after the name as a clause of its own."""
    if not 0 < verb.i < len(doc) - 1 or doc[verb.i - 1].text != ",":
        return []
    name = entity_at(doc[verb.i + 1], "PERSON")
    if name is None or name.start != verb.i + 1 or not (name.end == len(doc) or doc[name.end].text in (",", ".")):
        return []
    return [name[-1]]


#: verbs that give a toll as "the number" they change ("raised to 19 the number of inmates killed")
TOLL_NUMBER_VERBS = {"raise", "revise", "lower", "update", "put", "bring", "increase"}
_PROTEST_VERBS = {"condemn", "deplore", "lament", "mourn", "reject", "repudiate", "regret"}
_KILLING_NOUNS = {"massacre", "killing", "killings", "murder", "murders", "death", "deaths", "assassination", "attack",
                  "slaying", "execution", "kidnapping", "abduction"}


def condemns_event(verb: Token) -> bool:
    """A verb of protest whose object is the harm itself (not "rejected the toll"): it states the figure."""
    return verb.lemma_.lower() in _PROTEST_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _KILLING_NOUNS for c in verb.children)


#: verbs that state a figure by charging someone with the harm ("X accused soldiers of killing 38", "Y is
#: accused by the authorities of killing dozens", "X attributed 39 of the deaths to air strikes"): the one
#: who makes the charge states it
CHARGE_VERBS = {"accuse", "attribute", "blame"}
#: nouns of a toll a verb gives as its object ("gave a toll of 82 dead", "put the count at 40")
_CONTEST_VERBS = {"dispute", "question", "doubt", "deny", "reject", "contest", "challenge", "dismiss"}
_TOLL_OBJECTS = {"toll", "tally", "figure", "count", "estimate", "breakdown", "casualty"}


def states_by_object(verb: Token) -> bool:
    """A verb that is not a reporting verb but states the figure it governs: a charge of the harm, or a toll
    given as its object."""
    lemma = verb.lemma_.lower()
    if lemma in CHARGE_VERBS:
        # (the charge may hang on the agent: "accused by [the authorities of killing N]")
        agents = [x for c in verb.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"]
        return any(c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "on")
                   for c in [*verb.children, *(y for x in agents for y in x.children)])
    # (not "volunteers reject the agency's estimate": a toll that is another's, or one contested)
    return lemma not in _CONTEST_VERBS and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _TOLL_OBJECTS or (c.lemma_.lower() == "number" and lemma in
                                                                   TOLL_NUMBER_VERBS))
        and not any(x.dep_ == "poss" for x in c.children) for c in verb.children)


_ZONES = {"gmt", "bst", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "local", "time", "am", "pm", "a.m.", "p.m."}


def after_time_stamp(span: Span, head: Token) -> Span:
    """A name without the time stamp of a live-blog entry the parser hung on it ("10:45 Kessa police say ...")."""
    if not (span.start < head.i and is_clock_time(span[0].text)):
        return span
    k = span.start + 1
    while k < head.i and (span.doc[k].lower_ in _ZONES or span.doc[k].is_punct):
        k += 1
    return span.doc[k:span.end]


def self_named(tok: Token) -> Span | None:
    """The name a described speaker gives in a clause on the description: "a relative, who gave only his first
    name, Karim", "a woman who gave her name as Amira", "a driver who identified himself as Jon Orvan"."""
    if tok.pos_ != "NOUN":
        return None
    for verb in (t for t in tok.subtree if t.dep_ == "relcl" and t.lemma_.lower() in ("give", "identify")):
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        names = [a for o in objs if o.lemma_.lower() == "name" for a in o.children
                 if a.dep_ == "appos" and a.pos_ == "PROPN"]
        if not objs or objs[0].lemma_.lower() == "name" or objs[0].lower_ in ("himself", "herself"):
            names += [x for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for x in p.children
                      if x.dep_ == "pobj" and x.pos_ == "PROPN"]
        if names:
            name = names[0]
            start = min(c.i for c in [name, *name.children] if c.dep_ in ("compound", "flat") or c.i == name.i)
            return tok.doc[start:name.i + 1]
    return None


def own_clause(verb: Token) -> bool:
    """A clause the parser hung on a noun that has a subject of its own ("reports that 13 children were abducted
    by insurgents"): what the report says, not a participle saying who made it ("a toll compiled by X")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "mark" and c.lower_ == "that") for c in verb.children)


#: people who speak as a group: a second speaker coordinated with a first ("the mayor of X and local officials")
_SPEAKING_GROUPS = {"source", "sources", "official", "officials", "resident", "residents", "witness", "witnesses",
                    "activist", "activists", "medic", "medics", "doctor", "doctors", "rescuer", "rescuers"}



def before_second_speaker(span: Span, head: Token) -> Span:
    """The first of two speakers coordinated in one phrase ("according to the head of the camp and humanitarian
    sources", "the mayor of Tesh and local officials", "the ministry and the UN both said"): the report names two
    sources, the first states it (spec)."""
    doc = span.doc
    # "The Tesh health ministry and the UN (both) said", "Both X and Y said": the head's own first conjunct
    # (not inside one name, "Armed Conflict Location & Event Data Project", nor a long phrase the caller rejects)
    cc = next((c for c in head.children if c.dep_ == "cc" and head.i < c.i < span.end and c.ent_iob_ != "I"
               and c.text != "&" and any(x.dep_ == "conj" and x.i > c.i for x in head.children)), None)
    if cc is not None and len(span) <= 14:
        span = doc[span.start:cc.i]
    while len(span) > 1 and span[0].dep_ == "preconj":
        span = doc[span.start + 1:span.end]
    for k in range(head.i + 1, span.end - 1):
        rest = doc[k + 1:span.end]
        if doc[k].lower_ == "and" and rest[-1].lower_ in _SPEAKING_GROUPS and all(
                t.pos_ in ("ADJ", "NOUN", "DET") for t in rest):
            return doc[span.start:k]
    return span


#: bodies that issue statements and figures, named as a noun before the report noun ("a health ministry statement")
_ISSUING_BODIES = {"ministry", "agency", "directorate", "office", "government", "observatory", "monitor",
                   "committee", "commission", "council", "organisation", "organization", "hospital", "authority",
                   "command", "presidency", "mission"}


def issuing_body(report: Token) -> Span | None:
    """The body a report noun names as its issuer in a compound: "a Tesh health ministry statement" -> "Tesh
    health ministry"."""
    owners = [c for c in report.children if c.dep_ == "compound" and c.pos_ == "NOUN"
              and c.lemma_.lower() in _ISSUING_BODIES]
    if not owners:
        return None
    owner = owners[-1]      # (with the words before it the parser hung on the report noun: "state government")
    start = min([owner.left_edge.i] + [c.left_edge.i for c in report.children if c.i < owner.i
                                        and c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ", "PROPN")])
    return report.doc[start:owner.i + 1]


def words_outside_brackets(span: Span) -> int:
    """The length of a name without its acronyms in brackets ("the Tesh Matrix (TM) of the Orvan Agency (OA)")."""
    depth = n = 0
    for t in span:
        depth += t.text == "("
        n += depth == 0
        depth -= t.text == ")" and depth > 0
    return n


def looks_like_name(tok: Token, doc: Doc) -> bool:
    words = doc[tok.left_edge.i:tok.i + 1]
    return 2 <= len(words) <= 5 and all((t.text[:1].isupper() and t.is_alpha) or t.text in ("-", ".") for t in words)


def report_verb_form(word: str) -> bool:
    """"specifies", "adds", "stated", "specified": a third-person or past form of a reporting verb ("show" of
    figures: "..., figures from the ministry show")."""
    return bool({word[:-1], word[:-2], word[:-3] + "y"} & REPORT_VERBS) or word == "show"


def says_its_head(verb: Token, report_nouns: set[str]) -> bool:
    """"the emergency the president declared": a relative clause saying who stated the noun it modifies (not a
    toll or a report: "the toll, which the ministry gave"), with no clause of content, says nothing of a figure."""
    # (the noun is what the verb states: the clause has no object of its own, nor "in which")
    return verb.head.lower_ not in report_nouns and not any(
        c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "parataxis") or (
            c.dep_ == "prep" and any(g.tag_ in ("WDT", "WP") for g in c.children)) for c in verb.children)


def before_semicolon(clause: Token, verb: Token) -> bool:
    """"N were abducted, the chief said; their families say ...": a clause that ends before a semicolon is not
    what a verb after it says (a parser may hang the first statement on the second)."""
    doc = clause.doc
    return verb.i > clause.right_edge.i and any(t.text == ";" for t in doc[clause.right_edge.i + 1:verb.i])


def continues_statement(verb: Token) -> bool:
    """"N were killed in the raid, it continues.": "continue" closing a statement it goes on with (its content
    before it, a speaker as its subject), not "fighting continues"."""
    return verb.lemma_.lower() == "continue" and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) and any(
        c.dep_ == "nsubj" for c in verb.children)


_DIVISION_NOUNS = {"state", "province", "region", "district", "county", "governorate", "prefecture", "department"}


def body_read_as_place(tok: Token) -> Token | None:
    """"Police in Katsina state said ...", parsed with "state" for the subject and the police hung on it: the
    body, whose area the division's name gives."""
    if tok.lemma_.lower() not in _DIVISION_NOUNS:
        return None
    return next((c for c in tok.children if c.dep_ in ("nmod", "compound") and c.i == tok.left_edge.i
                 and c.lemma_.lower() in SOURCE_NOUNS and any(p.dep_ == "prep" and p.lower_ in ("in", "of")
                                                              for p in c.children)), None)


#: verbs that withhold a statement: "declined to say", "refused to confirm"
_WITHHOLDING = {"decline", "refuse"}


def withheld(verb: Token) -> bool:
    """A reporting verb negated or withheld ("authorities did not say whether ...", "the ministry would not
    confirm ...", "officials declined to say ..."): no one states anything by it."""
    return any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WITHHOLDING)


def according_object(t: Token, doc: Doc) -> Token | None:
    """The object of "according to X", and of "per X" opening the sentence or set off by a comma ("Per the Tesh
    Red Crescent, 40 were hurt", "..., per a ministry statement"; not "two per day", "per cent")."""
    if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
        objs = [c for c in doc[t.i + 1].children if c.dep_ == "pobj" or name_read_as_clause(c) is not None]
    elif t.lower_ == "per" and t.pos_ == "ADP" and (t.i == 0 or doc[t.i - 1].text in (",", "(", "—", "–")):
        objs = [c for c in t.children if c.dep_ == "pobj" and (c.pos_ == "PROPN" or any(
            d.dep_ in ("det", "poss", "compound", "amod") for d in c.children))]
    else:
        return None
    return objs[0] if objs else None
