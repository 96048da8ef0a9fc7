"""Who a sentence says states its figures: attribution phrases and the reporting verbs they hang on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from vigil.extract.attribution_closing import apposed_people, name_after_description
from vigil.extract.attribution_more import BODY_NOUNS as _BODY_NOUNS
from vigil.extract.attribution_more import (
    CHARGE_VERBS,
    according_object,
    after_time_stamp,
    before_second_speaker,
    before_semicolon,
    body_read_as_place,
    bracketed_acronym,
    cited_over_self,
    condemns_event,
    continues_statement,
    entity_at,
    issuing_body,
    known_as,
    looks_like_name,
    numbered_name,
    own_clause,
    person_after_closing_verb,
    plural_speaker_before_that,
    report_verb_form,
    says_its_head,
    self_named,
    speaker_read_as_modified,
    states_by_object,
    withheld,
    words_outside_brackets,
)
from vigil.extract.attribution_more import description_read_as_subject as _description_read_as_subject
from vigil.extract.attribution_more import named_before_description as _named_before_description
from vigil.extract.attribution_more import with_subject as _with_subject
from vigil.extract.attribution_names import name_read_as_clause, name_start, names_itself
from vigil.extract.lexicon import (
    CIVILIAN_WORDS,
    EVENT_WORDS,
    OUTCOME_NOUNS,
    PRONOUN_SOURCES,
    RANK_WORDS,
    REPORT_VERBS,
    SELF_REFERENCE,
    SOURCE_HEAD_KINDS,
    SOURCE_NOUNS,
    STATE_WORDS,
    TITLE_WORDS,
)
from vigil.extract.perp_clauses import dateline_end
from vigil.extract.source_members import named_body_of_member
from vigil.extract.syntax import doc_text, np_text, token_at

REPORT_NOUNS = {"statement", "report", "tally", "figure", "count", "data", "toll", "estimate", "record",
                "update", "account", "bulletin", "communique", "communiqué", "release", "post", "announcement", "investigation",
                "survey", "assessment", "analysis", "study", "inquiry", "probe", "picture", "photo", "photograph",
                "image", "video", "footage", "information", "figures", "numbers", "findings", "records", "tallies",
                "issue", "edition", "tweet", "list", "database", "statistics"}
SPOKES_HEADS = {"spokesman", "spokeswoman", "spokesperson", "representative", "official", "member", "head",
                "chief", "director", "officer", "commander", "leader"}
#: verbs of a body that counts the people it cared for, and the bodies that do
CARE_VERBS = {"treat", "receive", "admit"}
CARE_BODIES = {"hospital", "clinic", "team", "morgue", "mortuary", "centre", "center", "facility"}
#: people who speak from within a body: "a source in X", "volunteers from X" (-> X)
MEMBER_HEADS = {"source", "sources", "volunteer", "volunteers", "member", "members", "staff", "staffer", "worker",
                "workers", "activist", "activists", "official", "officials", "researcher", "researchers",
                "investigator", "investigators"}
# "the local office of X", "the regional branch of X": the body the office belongs to
OFFICE_HEADS = {"office", "branch", "bureau", "mission", "wing", "division", "unit", "delegation", "faction"}
#: offices one person holds: "the governor of Cauca, Jon Orvan" is Jon Orvan
_ONE_PERSON_OFFICES = {"governor", "minister", "president", "mayor", "prosecutor", "commissioner", "secretary",
                       "ambassador", "chairman", "chairperson", "administrator", "prefect"}
#: bodies a place named after them ("the health ministry in Orvan") says which of their kind they are
_PLACED_BODIES = {"ministry", "directorate"}
#: places, times and things a definite description names that never state a figure
_NOT_SOURCES = {"city", "town", "village", "district", "area", "region", "province", "country", "capital", "month",
                "year", "week", "day", "time", "morning", "evening", "night", "place", "site", "scene", "attack",
                "incident", "information", "situation", "violence", "crisis", "conflict", "war",
                "number", "total", "amount", "majority", "rest", "share"}
# the signature of a social-media post embedded in a page: "— Name of Body (@handle) June 14, 2025"
_POST_SIGNATURE = re.compile(r"[\u2014\u2013-]\s*(?P<name>(?-i:[A-Z])[\w.'’&-]*(?:\s+(?:of|for|the|(?-i:[A-Z])[\w.'’&-]*)){0,7})"
                             r"\s*\(@\w+\)")
_LOCATIVE = {"in", "around", "near", "across", "throughout", "inside", "outside", "at"}
# "..., with X reporting that N ...": a participle under "with" (often tagged a noun)
WITH_VERBS = {"reporting", "saying", "stating", "noting", "adding", "estimating", "confirming", "announcing"}
#: verbs by which a body makes the figures it states ("figures the centre compiled")
_COMPILING_VERBS = {"compile", "release", "publish", "gather", "collect", "issue", "keep", "provide", "give", "record",
                    "table", "present", "share", "document"}
#: registers that state the figures they hold ("the national registry lists ...")
_RECORD_BODIES = {"registry", "register", "database", "archive"}
#: ranks that open a title of several words ("Superintendent of Police")
#: verbs of an inquiry's result, stating what its clause says ("the inquiry found that N were killed")
_FINDING_VERBS = {"find", "establish"}


@dataclass
class Attribution:
    text: str
    start: int          # char offsets within the sentence
    end: int
    pronoun: bool = False
    person: bool = False
    head: str = ""      # lower-case head noun of the source phrase ("ministry", "spokesman")
    modifiers: list[str] = field(default_factory=list)
    scope: int = -1     # a token index: "with X reporting that ..." speaks only for the figures after it
    own_voice: bool = False   # "this newspaper reported": the report itself
    phrase: str = ""          # the whole phrase naming a person ("Tesh State Governor, Jon Orvan")
    place: bool = False       # a place name as speaker ("Kigali said")
    also: list[Attribution] = field(default_factory=list)   # the sentence's other attributions, in order


def _source_phrase(tok: Token, doc: Doc) -> Attribution | None:
    """The source named by a subject or object token (handles 'a statement from X', "X's report")."""
    lemma = tok.lemma_.lower()
    if any(c.dep_ == "det" and c.lower_ in ("which", "whose", "what") for c in tok.children):
        return None         # "the attack, which police blamed on X": a relative clause's noun, misparsed
    if (name := name_read_as_clause(tok)) is not None:      # "Save the Children said"
        return Attribution(name.text, name.start_char, name.end_char, head=name[-1].lower_)
    if (alias := known_as(tok) or body_read_as_place(tok)) is not None:
        return _source_phrase(alias, doc)   # "the group's affiliate, known as the Tesh Front, said"; "Police in X state"
    if tok.lower_ in REPORT_NOUNS and lemma not in REPORT_NOUNS:
        lemma = tok.lower_          # "data" (lemma "datum")
    if (own_name := self_named(tok)) is not None:      # "a relative, who gave only his first name, Karim, said"
        return Attribution(own_name.text, own_name.start_char, own_name.end_char, person=True, head=lemma,
                           modifiers=[lemma], phrase=doc[tok.left_edge.i:own_name.end].text)
    if lemma in REPORT_NOUNS:
        for c in tok.children:
            if c.dep_ == "poss" and (found := _source_phrase(c, doc)) is not None:
                return found        # "the ministry's report" (not "Tuesday's edition")
        mods = [c for c in tok.children if c.dep_ in ("compound", "nmod") and (c.pos_ == "PROPN" or (
            c.pos_ == "NOUN" and c.lemma_.lower() in SOURCE_HEAD_KINDS))]   # ("an army report seen by X": the army's)
        if mods:                    # "a UN report", "a Demo Wire count of clinic figures"
            m = mods[0]
            sub = doc[next(t.i for t in doc[m.left_edge.i:m.i + 1] if t.pos_ not in ("ADJ", "DET")):m.i + 1]
            return Attribution(sub.text, sub.start_char, sub.end_char, head=m.lower_)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of", "in"):
                for x in c.children:       # "a report by X", "a report in [an issue of] the daily X"
                    if x.dep_ == "pobj" and x.lemma_.lower() not in OUTCOME_NOUNS and (
                            c.lower_ != "in" or _publication(x)):
                        found = _source_phrase(x, doc)
                        if found is not None:
                            return found
            if c.dep_ == "prep" and c.lower_ == "of":     # "a list of names released by X": the acl on "names"
                for x in c.children:
                    for a in (a for y in x.children if y.dep_ == "acl" for a in y.children if a.dep_ == "agent"):
                        for by in a.children:
                            if by.dep_ == "pobj" and (found := _source_phrase(by, doc)) is not None:
                                return found
            if c.dep_ == "relcl" and c.lemma_.lower() in _COMPILING_VERBS:
                # "figures the centre compiled", "data the ministry released": who made them
                subj = [x for x in c.children if x.dep_ == "nsubj" and x.pos_ != "PRON"]
                if subj and (found := _source_phrase(subj[0], doc)) is not None:
                    return found
            if c.dep_ == "appos" and c.i == tok.i + 2 and any(y.dep_ in ("acl", "relcl") and y.lemma_.lower() in
                                                              _COMPILING_VERBS for y in c.children) and (
                    found := _source_phrase(c, doc)) is not None:
                return found        # (the same, the subject read as an apposition with the verb on it)
            if c.dep_ == "acl" and not own_clause(c):     # "a toll compiled by AFP", "information gathered by X"
                # "an assessment obtained by this newspaper from a security source": who gave it, not who got it
                given = [x for a in c.children if a.dep_ == "prep" and a.lower_ == "from"
                         for x in a.children if x.dep_ == "pobj"]
                if given and (found := _source_phrase(given[0], doc)) is not None:
                    return found
                for a in c.children:
                    if a.dep_ == "agent":
                        for x in a.children:
                            if x.dep_ == "pobj":
                                return _source_phrase(x, doc)
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            return Attribution(tok.text, tok.idx, tok.idx + len(tok.text), pronoun=True, head="it")
        if (owner := issuing_body(tok)) is not None:    # "according to a Tesh health ministry statement"
            return Attribution(owner.text, owner.start_char, owner.end_char, head=owner.root.lemma_.lower(),
                               modifiers=[t.lower_ for t in owner if t.i != owner.root.i])
        nation = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
                  and c.text[:1].isupper()]
        if nation and lemma in ("figure", "figures", "data", "count", "tally", "estimate", "toll", "number",
                                "numbers", "statistics"):
            # "according to Orvanian figures": the figures of that country's authorities
            return Attribution(f"{nation[0].text} authorities", nation[0].idx, tok.idx + len(tok.text),
                               head="authorities", modifiers=[nation[0].lower_])
        kinds = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.lower_ in (
            "press", "media", "news", "local", "medical", "hospital", "police", "military", "official",
            "government", "witness", "security", "army")]
        if kinds and kinds[-1].lower_ == "army":   # "an army statement": the army's
            return Attribution(kinds[-1].text, kinds[-1].idx, kinds[-1].idx + len(kinds[-1].text), head="army")
        if kinds:                   # "press reports", "local media reports", "medical reports"
            sub = doc[min(c.left_edge.i for c in kinds):tok.i + 1]
            return Attribution(sub.text, sub.start_char, sub.end_char, head=kinds[-1].lower_,
                               modifiers=[t.lower_ for t in sub])
        return None
    if lemma in SPOKES_HEADS and not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children) \
            and tok.ent_type_ != "PERSON":
        # (not "the head of the Tesh district administration, Jon Orvan": the person named beside the role)
        name_beside = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)
        for c in tok.children:      # "a spokesman for the Kavor Liberation Front"
            if c.dep_ == "prep" and c.lower_ in ("for", "of"):
                for x in c.children:
                    if x.dep_ == "pobj" and (x.pos_ == "PROPN" or x.ent_type_ == "ORG" or x.lemma_.lower() in (
                            "army", "military", "ministry", "police", "government", "force", "forces", "agency")
                            # "the director of the Orvan Ambulance service": a body named before its common noun
                            or (x.lemma_.lower() in SOURCE_NOUNS and not name_beside and any(
                                y.dep_ in ("compound", "nmod") and y.pos_ == "PROPN" for y in x.children))):
                        return _source_phrase(x, doc)
            # (the same, the parser reading "of the volunteer Orvan Ambulance service" as "of the volunteer" + apposition)
            if c.dep_ == "appos" and c.lemma_.lower() in SOURCE_NOUNS and any(
                    y.dep_ == "compound" and y.pos_ == "PROPN" for y in c.children) and any(
                    p.dep_ == "prep" and p.lower_ in ("for", "of") and tok.i < p.i < c.i for p in tok.children):
                return _source_phrase(c, doc)
    if tok.pos_ != "PROPN" and tok.ent_type_ != "PERSON" and (body := (
            lemma in MEMBER_HEADS and _body_of_member(tok)) or named_body_of_member(tok)):
        found = _source_phrase(body, doc)
        if found is not None and not found.person:     # ("the source added" may refer back)
            found.phrase = doc[tok.left_edge.i:body.right_edge.i + 1].text
        return found
    if lemma in OFFICE_HEADS and tok.pos_ != "PROPN":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for x in c.children:
                    if x.dep_ == "pobj" and x.pos_ == "PROPN":
                        return _source_phrase(x, doc)
    if (lemma in EVENT_WORDS or lemma in OUTCOME_NOUNS or tok.like_num or tok.pos_ == "NUM"
            or (tok.text.isupper() and tok.left_edge.i == 0 and tok.i + 1 < len(doc)
                and all(t.text.isupper() or t.is_punct for t in doc[:tok.i])     # (not "Al-Tesh TV, citing")
                and not any(c.dep_ == "det" for c in tok.children)     # ("The TLA, which ..., said")
                and doc[tok.i + 1].text in (",", "(", "—", "–", "-", ":") and not _described(tok))):
        return None                 # "the blast claimed lives", "six more reported ...", a dateline
    if not _may_name_a_source(tok):
        return None                 # "at least 28 people", "the city of X", "January", "information"
    if SELF_REFERENCE.match(np_text(tok, doc).text.strip()):
        return Attribution(tok.text, tok.idx, tok.idx + len(tok.text), own_voice=True, head=lemma)
    if tok.pos_ in ("NOUN", "PRON") and any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in tok.children):
        # "our monitors recorded ...", "my team counted ...": a speaker quoted in the first person
        return Attribution(tok.text, tok.idx, tok.idx + len(tok.text), pronoun=True, head="we")
    if tok.lower_ in PRONOUN_SOURCES or tok.lower_ in ("its", "their", "his", "her", "him", "them"):
        # ("according to him": the object form)
        head = {"its": "it", "their": "they", "his": "he", "her": "she", "him": "he", "them": "they"}.get(
            tok.lower_, tok.lower_)
        return Attribution(tok.text, tok.idx, tok.idx + len(tok.text), pronoun=True, head=head)
    # "hospital morgues in and around X": where a body sits is not part of what it is called
    where = {c.i for c in tok.children if (tok.pos_ != "PROPN" or lemma in CARE_BODIES) and c.dep_ == "prep"
             and c.lower_ in _LOCATIVE
             and any(x.dep_ in ("pobj", "conj") and (x.pos_ == "PROPN" or any(y.pos_ == "PROPN" and y.dep_ == "pobj"
                                                                              for y in x.children))
                     for x in c.children)}
    # "The Orvan Commission on Friday accused ...": when it spoke is not part of what it is called
    where |= {c.i for c in tok.children if c.dep_ == "prep" and c.i > tok.i and any(
        x.dep_ == "pobj" and x.ent_type_ in ("DATE", "TIME") for x in c.children)}
    # "accused by the authorities of killing N": the charge the parser hung on the accuser is no part of its name
    # (but not a body's name of its task: "the Orvan Office for Tracing Missing Persons")
    where |= {c.i for c in tok.children if c.dep_ == "prep" and c.i > tok.i and any(
        x.dep_ == "pcomp" and x.pos_ == "VERB" and not (tok.pos_ == "PROPN" and x.text[:1].isupper())
        for x in c.children)}
    # "Jon Orvan, acting head of the regional administration", "the Tesh Centre, a think tank": a name's
    # description in apposition says who it is (kind, person) but is no part of the name
    described = [c for x in tok.subtree if x.pos_ == "PROPN" and (x.i == tok.i or x.dep_ in ("pobj", "compound", "conj"))
                 for c in x.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > tok.i
                 and doc[c.left_edge.i - 1].text == ","] if tok.pos_ == "PROPN" else []
    where |= {c.i for c in described}
    span = np_text(tok, doc, drop={t.i for c in where for t in doc[c].subtree} or None,
                   stop_deps=frozenset({"relcl", "punct", "cc", "conj", "advcl", "acl"}))
    # "14:25 GMT - Tesh: Health ministry says ...": a dateline or a heading before a colon is no part of the name
    cut = max((t.i for t in span if t.i < tok.i and (t.text == ":" or t.i <= dateline_end(doc))), default=None)
    if cut is not None:
        span = doc[cut + 1:span.end]
    span = after_time_stamp(span, tok)
    # a person named in apposition ("the army's spokesman, Jules Ngongo")
    people = apposed_people(tok, doc, TITLE_WORDS | SPOKES_HEADS) if lemma not in _BODY_NOUNS else []
    if (lemma in TITLE_WORDS or lemma in RANK_WORDS) and (titled := _name_after_title_of(tok, doc)) is not None:
        # "Tesh Superintendent of Police Jon Orvan": the name closing a title of several words
        return Attribution(titled.text, titled.start_char, titled.end_char, person=True, head=lemma,
                           modifiers=[t.lemma_.lower() for t in tok.subtree], phrase=doc[tok.left_edge.i:titled.end].text)
    if tok.ent_type_ == "PERSON" and tok.lower_ not in SOURCE_HEAD_KINDS:   # (not "the Orvan Network")
        ent = entity_at(tok)
        mod_words = [t.lemma_.lower() for t in span if t.i != tok.i] + [
            t.lemma_.lower() for c in described for t in c.subtree]
        if ent is not None:
            name = _full_name(doc, ent.start, ent.end)
            return Attribution(name.text, name.start_char, name.end_char, person=True, head="person",
                               modifiers=mod_words)
    if tok.pos_ == "PROPN" and (after_role := _name_after_role(tok, doc)) is not None:
        # "Tesh Police spokesperson Anne-Marie Orvan": a role word before a name, whatever the tagger made of it
        role, name = after_role
        whole = doc[tok.left_edge.i:tok.i + 1]
        return Attribution(name.text, name.start_char, name.end_char, person=True, head=role.lemma_.lower(),
                           modifiers=[t.lemma_.lower() for t in whole if t.i < role.i + 1], phrase=whole.text)
    if not people and lemma not in _BODY_NOUNS and (
            lemma in SPOKES_HEADS or lemma in TITLE_WORDS or lemma in SOURCE_HEAD_KINDS or lemma in _ONE_PERSON_OFFICES):
        # "Tesh Province Governor, Jon Orvan": a role with a title-case name in apposition, whatever entity
        # type the tagger gave the name
        people = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and looks_like_name(c, doc)]
    if people:
        p = people[0]
        ent = entity_at(p, "PERSON")
        name = _full_name(doc, ent.start, ent.end) if ent is not None else _full_name(doc, p.left_edge.i, p.i + 1)
        whole = doc[tok.left_edge.i:max(tok.i, p.i) + 1]
        return Attribution(name.text, name.start_char, name.end_char, person=True, head=lemma,
                           modifiers=[t.lemma_.lower() for t in tok.subtree], phrase=whole.text)
    if (lemma in SPOKES_HEADS or lemma in _ONE_PERSON_OFFICES) and (named := _trailing_name(tok, doc)) is not None:
        return Attribution(named.text, named.start_char, named.end_char, person=True, head=lemma,
                           modifiers=[t.lemma_.lower() for t in tok.subtree])
    # "news outlets Orvan Today, X and Y": a generic head with named appositions -> the first name
    appos = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if appos and tok.pos_ == "NOUN" and lemma not in SPOKES_HEADS:
        # "a local association, the X Committee": a common-noun description with the body's name beside it
        sub = bracketed_acronym(tok, appos[0], doc) or np_text(
            appos[0], doc, stop_deps=frozenset({"relcl", "acl", "punct", "cc", "conj", "appos", "advcl"}))
        return Attribution(sub.text, sub.start_char, sub.end_char, head=lemma)
    before: list[str] = []
    if names_itself(tok):
        # "the weekly Valley Courier", "the independent newssheet Orvan Today": the name, not its description
        first = next((t.i for t in span if t.text[:1].isupper() and t.i <= tok.i
                      and not (t.is_sent_start and t.pos_ != "PROPN"
                               and not (t.pos_ == "NOUN" and t.dep_ == "compound" and t.head.i == tok.i)
                               and not (t.ent_type_ == "ORG" and t.ent_iob_ == "B" and tok.ent_type_ == "ORG"))),
                     span.start)   # (not "Local" opening it; but "Emergency Lawyers, a rights group, said",
        #                            "Islamic Tesh Province claimed ...": the word opens the body's entity)
        while first - 2 >= span.start and doc[first - 1].text == "-" and not doc[first - 2].whitespace_ and (
                not doc[first - 1].whitespace_):
            first -= 2      # a hyphened prefix is part of the name ("the al-Tesh Front")
        first = name_start(doc, first, span.start, tok)   # "the army's 3rd Division", "the NGO Tesh Peace Forum"
        # "the Tesh association Orvan Unity", "the Tesh police union SYNTEL": a capitalised word of who they are,
        # then a lower-case noun of what they are, describe the body whose own name follows
        kind = [t.i for t in doc[first:tok.i] if t.pos_ == "NOUN" and t.text.islower() and not t.is_stop]
        if kind and all(t.text[:1].isupper() for t in doc[kind[-1] + 1:tok.i + 1]):
            first = kind[-1] + 1
        if first > span.start and any(not t.is_stop for t in doc[span.start:first]):
            before = [t.lemma_.lower() for t in doc[span.start:first]]   # (what it is: kind, not name)
            span = doc[first:span.end]
    if tok.pos_ == "PROPN" and span.end < len(doc) and (
            ent := entity_at(tok, "ORG")) is not None \
            and ent.end > span.end + 1 and doc[ent.end - 1].text[:1].isupper() and all(
                t.text[:1].isupper() or t.text == "&" or t.is_stop for t in doc[span.end:ent.end]):
        # "the Tesh Location & Event Project", "the Orvan Office for the Care of X" (the parser hung "for the
        # Care of X" elsewhere): one body's name, as the entity spans it
        span = doc[span.start:ent.end]
    if tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and span.end + 1 < len(doc) and doc[span.end].lower_ in (
            "for", "of", "on") and doc[span.end].head.i != tok.i and (nxt := next(
                (e for i in (span.end + 1, span.end + 2) if i < len(doc) and doc[i].ent_iob_ == "B"
                 and (e := entity_at(doc[i], "ORG")) is not None), None)) \
            is not None and doc[nxt.end - 1].text[:1].isupper():
        span = doc[span.start:nxt.end]   # "the Orvan Office for the Care of X": the prepositional part the
        #                                  parser hung on another word is still part of the name
    if tok.text.isupper() and _described(tok):
        span = doc[tok.i:tok.i + 1]      # "JNIM, the Sahel branch of X": the acronym names it
    if words_outside_brackets(span) > 14:      # "a monitor, local chiefs and radio, the third raid since ...": not the appositive
        span = np_text(tok, doc, stop_deps=frozenset({"relcl", "punct", "cc", "conj", "advcl", "acl", "appos"}))
    if tok.pos_ == "NOUN" and lemma in _PLACED_BODIES and span.end == tok.i + 1:
        # "the health ministry in Tesh-run Orvan": the named place it serves (a body of that place)
        places = [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for x in c.children
                  if x.dep_ == "pobj" and x.ent_type_ == "GPE" and x.pos_ == "PROPN"]
        if places:
            span = doc[span.start:places[-1].i + 1]
    span = before_second_speaker(span, tok)     # "the head of the camp and humanitarian sources"
    text = span.text.strip(" ,")
    if words_outside_brackets(span) > 14 or all(t.is_stop or t.is_punct for t in span):     # "according to the" cut off
        return None
    if described:
        office = described[0].lemma_.lower()
        if office in SPOKES_HEADS or office in _ONE_PERSON_OFFICES or office in TITLE_WORDS:
            return Attribution(text, span.start_char, span.end_char, person=True, head=office,
                               modifiers=[t.lemma_.lower() for t in described[0].subtree],
                               phrase=doc[span.start:described[0].right_edge.i + 1].text)
    return Attribution(text, span.start_char, span.end_char, head=lemma,
                       modifiers=before + [t.lemma_.lower() for t in span if t.i != tok.i]
                       + [t.lemma_.lower() for c in described for t in c.subtree],
                       place=tok.ent_type_ in ("GPE", "LOC") or (len(span) == 1 and tok.pos_ == "PROPN"
                                                                and tok.ent_type_ != "PERSON"))


def _name_after_title_of(tok: Token, doc: Doc) -> Span | None:
    """The person named at the end of a title's "of" phrase: "Superintendent of Police Jon Orvan"."""
    for x in (x for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children if x.dep_ == "pobj"):
        ent = entity_at(x, "PERSON")
        if ent is not None and ent.end == x.i + 1 and x.left_edge.i < ent.start and len(ent) >= 2:
            return ent
    return None


def _branch_of_another(tok: Token) -> bool:
    """"the Sahel branch of X", "the armed wing of Y": a common noun naming part of another body."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in OFFICE_HEADS and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _described(tok: Token) -> bool:
    """"JNIM, the Sahel branch of X, said": an acronym opening the sentence with a description in
    apposition is a body, not a dateline ("KAVOR CITY, June 3 -")."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and any(d.dep_ == "det" for d in c.children)
               for c in tok.children)


def _body_of_member(tok: Token) -> Token | None:
    """The body that people speak from: "a source in the Defence Ministry", "volunteers from the Tesh
    Emergency Committee", "TRA's field researchers" (a named organisation, not a place)."""
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON", "DATE") and (
                c.ent_type_ == "ORG" or c.text.isupper() or c.lemma_.lower() in SOURCE_NOUNS):
            return c
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "within", "inside", "from", "of"):
            for x in c.children:
                if x.dep_ == "pobj" and x.ent_type_ not in ("GPE", "LOC", "DATE") and (
                        x.ent_type_ == "ORG" or (x.pos_ == "PROPN" and x.lemma_.lower() in SOURCE_NOUNS)) and not (
                        # a lone title-case word the tagger called a body is a town ("a health worker in Tesh")
                        x.ent_type_ == "ORG" and x.left_edge.i == x.i and not x.text.isupper()
                        and x.lemma_.lower() not in SOURCE_NOUNS):
                    return x
    return None


def _publication(tok: Token) -> bool:
    """"the daily X", "Monday's issue of the newssheet X": where a report appeared."""
    return tok.pos_ == "PROPN" or tok.lemma_.lower() in SOURCE_NOUNS or tok.lemma_.lower() in REPORT_NOUNS


def _may_name_a_source(tok: Token) -> bool:
    """Whether a noun phrase can name who states a figure: an entity, a proper noun, a pronoun, or a common
    noun of an institution, office, role or group; not a count of people ("at least 28 people"), a date, a
    "city of X" or a common noun such as "information"."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL"):
        return False
    counted = any(c.dep_ == "nummod" or (c.dep_ in ("advmod", "quantmod") and c.ent_type_ == "CARDINAL")
                  for c in tok.children)
    known = lemma in SOURCE_NOUNS or low in SOURCE_NOUNS or lemma in SOURCE_HEAD_KINDS or low in SOURCE_HEAD_KINDS
    if counted and not known and not numbered_name(tok):
        return False
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "PERSON", "NORP", "GPE", "FAC", "LOC", "PRODUCT"):
        return True
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
        return True                 # "the school's principal, Jane Orvan"
    if tok.tag_ == "NN" and tok.i == tok.sent.start and tok.text[:1].isupper() and tok.text[1:].islower() and (
            tok.lemma_ == tok.lower_ and not known and lemma not in CIVILIAN_WORDS and lemma not in STATE_WORDS
            and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in REPORT_VERBS):
        return True                 # "Tesh said ...": a surname the tagger took for a common noun
    if (lemma in CIVILIAN_WORDS or lemma in STATE_WORDS) and not known:
        return not counted          # "according to passengers", "soldiers said"
    if low in PRONOUN_SOURCES or low in ("its", "their", "his", "her") or tok.pos_ == "PRON":
        return True
    if known or lemma in REPORT_NOUNS or lemma in SPOKES_HEADS or lemma in OFFICE_HEADS or lemma in _RECORD_BODIES:
        return True
    # "according to the collective": a definite description may point back to a body named before
    return lemma not in _NOT_SOURCES and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                             for c in tok.children)


def _name_after_role(tok: Token, doc: Doc) -> tuple[Token, Span] | None:
    """The role word and the name after it in "X spokesperson Anne-Marie Orvan" (``tok`` the name's last word)."""
    roles = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and (
        c.lemma_.lower() in SPOKES_HEADS or c.lemma_.lower() in _ONE_PERSON_OFFICES)]
    if not roles:
        return None
    name = doc[roles[-1].i + 1:tok.i + 1]
    words = [t for t in name if t.text != "-"]
    if not 2 <= len(words) <= 4 or not all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in TITLE_WORDS
                                           for t in words):
        return None
    return roles[-1], name


def _named_after_role(a: Attribution, role: Token, doc: Doc) -> Attribution:
    """"according to the district administrator, Jon Orvan.": the person named after the role, where the parser
    hung the name elsewhere in the sentence."""
    if a.person or not (role.lemma_.lower() in SPOKES_HEADS or role.lemma_.lower() in _ONE_PERSON_OFFICES
                        or role.lemma_.lower() in TITLE_WORDS):
        return a
    after = role.right_edge.i + 1
    if after + 1 >= len(doc) or (doc[after].text != "," and not doc[after].text[:1].isupper()):
        return a
    # ("according to the director, Dr. Jane Orvan": not the title; "according to police chief Jon Orvan")
    first = after + 1 if doc[after].text == "," else after
    while first + 1 < len(doc) and doc[first].lower_.rstrip(".") in TITLE_WORDS and doc[first].text[:1].isupper():
        first += 1
    ent = entity_at(doc[first], "PERSON") if first < len(doc) and doc[first].ent_iob_ == "B" else None
    if ent is None:     # a name the tagger gave no type: title-case words closing the clause
        after = first - 1
        end = after + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_alpha and doc[end].text[:1].isupper() and (
                doc[end].text[1:].islower()):
            end += 1
        ent = doc[after + 1:end] if end > after + 2 else None
    if ent is None or not 2 <= len(ent) <= 4 or (ent.end < len(doc) and not doc[ent.end].is_punct):
        return a
    return Attribution(ent.text, ent.start_char, ent.end_char, person=True, head=role.lemma_.lower(),
                       modifiers=a.modifiers, phrase=doc[role.left_edge.i:ent.end].text)


def _full_name(doc: Doc, start: int, end: int) -> Span:
    """A person's name with the given names the tagger left out ("Jonas" before "Ade Orvan"),
    but not a title before it ("Governor", "Prime Minister")."""
    while start > 0:
        t = doc[start - 1]
        if not (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.text[1:].islower()
                and t.dep_ == "compound" and start <= t.head.i < end + 1 and t.lower_ not in TITLE_WORDS):
            break
        start -= 1
    while start < end - 1 and doc[start].lower_ in TITLE_WORDS:
        start += 1
    return doc[start:end]


def _trailing_name(tok: Token, doc: Doc) -> Span | None:
    """"the police chief for the eastern district, Jon Tesh": a title-case name closing the phrase, set off
    by a comma but attached lower down by the parser."""
    last = max(t.i for t in tok.subtree if not t.is_punct)
    end = doc[last]
    if end.dep_ != "appos" or end.head.i == tok.i or end.pos_ != "PROPN":
        return None
    first = end.left_edge.i
    if first < 1 or doc[first - 1].text != "," or not 2 <= last - first + 1 <= 4:
        return None
    name = doc[first:last + 1]
    if not all(t.text[:1].isupper() and t.text[1:].islower() and t.is_alpha for t in name):
        return None
    return name


def _report_noun_before(verb: Token, doc: Doc) -> list[Token]:
    """The report noun opening the clause a reporting verb closes, where the parser lost the subject:
    ", a Demo Wire tally of figures from clinics showed on Monday"."""
    start = next((i for i in range(verb.i - 1, -1, -1) if doc[i].text in (",", ";", "(", "—", "–")), -1) + 1
    nouns = [t for t in doc[start:verb.i] if t.lemma_.lower() in REPORT_NOUNS and t.pos_ == "NOUN"]
    return nouns[:1]


_MISREAD_CLOSING = re.compile(r",\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,7}?(?P<head>[\w'’-]+)(?:\s*\([A-Z]{2,8}\))?\s+(?P<v>[a-z]+(?:s|ed)|show)"
                              r"\s*[.!]?[\"”]?\s*$")


#: verbs of protest at an event ("X condemned the killing of six farmers"; "rejected" in translated copy)
#: a reporting verb and an object that together state nothing: "claimed responsibility", "are counting their losses"
_IDIOMS = {("claim", "responsibility"), ("count", "loss"), ("count", "cost"), ("count", "blessing"),
           ("count", "day"), ("count", "hour")} | {("claim", e) for e in EVENT_WORDS}    # "claimed the attack"


def _past_dateline(tok: Token, doc: Doc) -> Token:
    """"GENEVA (20 March) - The X Office has documented ...": the parser may take the dateline's place name
    for the subject and the body for its apposition; the body is the subject. So too under any dateline the
    sentence opens with ("Lumo, 6 March 2025 - The X Centre (XC) documented ...")."""
    in_dateline = tok.i < dateline_end(doc)
    if not in_dateline and not (tok.i <= 1 and tok.text.isupper() and len(tok.text) > 2 and tok.i + 1 < len(doc)
                                and doc[tok.i + 1].text in (",", "(", "-", "—", "–", ":")):
        return tok
    # (not "JNIM, the Sahel branch of X": a branch or wing of another body is described, not spelt out)
    bodies = [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ not in ("DATE", "CARDINAL", "GPE")
              and c.pos_ in ("PROPN", "NOUN") and c.i > tok.i + 1 and not _branch_of_another(c)]
    return bodies[-1] if bodies else tok     # (also "TRA, the Tesh relief agency, said": the description)


def _closing_speaker(verb: Token, doc: Doc) -> list[Token]:
    """The speaker of a sentence closing with ", X said" where the parser attached X to the clause before."""
    start = next((i for i in range(verb.i - 1, -1, -1) if doc[i].text == ","), -1) + 1
    if start == verb.i and (prev := next((i for i in range(start - 2, -1, -1) if doc[i].text == ","), None)) and (
            doc[prev - 1].ent_type_ == "PERSON"):
        # "..., Col. Jon Orvan, spokesperson of the 9th Brigade, said": the person the description follows
        role = next((t for t in doc[prev + 1:start - 1] if t.pos_ != "DET"), None)
        if role is not None and role.lemma_.lower() in SPOKES_HEADS | _ONE_PERSON_OFFICES | TITLE_WORDS:
            return [doc[prev - 1]]
    if start == verb.i and (named := name_after_description(start, doc)) is not None:
        return [named]     # "..., the press officer in the state, ASP Jon Orvan, said": the person named
    if start == verb.i and (named := _named_before_description(start - 1, doc)) is not None:
        return [named]      # "..., the Tesh Relief Committee, a volunteer group, said": the name, not its kind
    # "..., the Tesh Security Secretariat (TSS) reported.": the acronym beside the name is not part of it
    end = verb.i
    if end - 1 > start and doc[end - 1].text == ")":
        opening = next((i for i in range(end - 2, start - 1, -1) if doc[i].text == "("), None)
        if opening is not None and opening > start:
            end = opening
    seg = doc[start:end]
    # (a speaker may carry a place or body after it: "a health worker in Tesh said", "a source at the morgue")
    if not 0 < len(seg) <= 8 or not all(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "CCONJ", "PRON")
                                        or t.tag_ in ("POS", "HYPH")
                                        or (t.pos_ == "ADP" and t.lower_ in _LOCATIVE | {"from", "of"}
                                            and start < t.i < end - 1)
                                        for t in seg):
        return []
    nouns = [t for t in seg if t.pos_ in ("NOUN", "PROPN", "PRON")]
    # the head of the phrase ("leaders" of "market leaders and police"), not a noun modifying it
    head = next((t for t in nouns if not start <= t.head.i < verb.i), nouns[-1] if nouns else None)
    return [head] if head is not None else []


def _inverted_speaker(verb: Token, doc: Doc) -> list[Token]:
    """The speaker after its verb, closing the sentence: "..., reported the State Prosecutor's Office (SPO).",
    "..., denounced the Orvan Farmers Council." (the parser reads the speaker as the verb's object)."""
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.lemma_.lower() == "tell" or any(
            c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and _source_phrase(c, doc) is not None)
            for c in verb.children):
        return []      # (a "subject" before the comma that cannot speak, "a drone attack", is the parser's misreading)
    after = [c for c in verb.children if c.dep_ in ("dobj", "attr", "nsubj") and c.i > verb.i]
    # nothing after it but the verb's own modifiers ("on Monday") and punctuation
    if len(after) != 1 or any(not t.is_punct for t in doc[verb.right_edge.i + 1:]):
        return []
    return after


def attributions(doc: Doc) -> list[tuple[Attribution, Token | None]]:
    """Every attribution in the sentence, in order, with the reporting verb it hangs on (if any)."""
    found: list[tuple[Attribution, Token | None]] = []
    for t in doc:
        low = t.lower_
        if (obj := according_object(t, doc)) is not None:     # "according to X", "per X"
            if (a := _source_phrase(obj, doc)) is not None:
                found.append((_named_after_role(a, obj, doc), None))
        elif low in WITH_VERBS and (subj := _with_subject(t, doc)) is not None:
            if (a := _source_phrase(subj, doc)) is not None:
                a.scope = t.i
                found.append((a, t))
        elif low in ("citing", "quoting"):
            objs = [c for c in t.children if c.dep_ in ("dobj", "pobj")]
            if objs and (a := _source_phrase(objs[0], doc)) is not None:
                found.append((a, t))
        elif t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in REPORT_VERBS or condemns_event(t)
                                            or states_by_object(t) or _finds_that(t) or continues_statement(t)) and (
                not withheld(t)) and not any(
                (t.lemma_.lower(), c.lemma_.lower()) in _IDIOMS for c in (*t.children, t.head)
                if c.dep_ == "dobj" or (c.i == t.head.i and t.dep_ == "acl")):  # ("an attack claimed by X": the act's)
            said = [(a, t) for c in _speakers(t, doc) if (a := _source_phrase(c, doc)) is not None]
            if not said and t.dep_ in ("conj", "advcl") and not any(
                    c.dep_ == "nsubj" and _source_phrase(c, doc) is not None for c in t.children) and all(
                    x.is_punct for x in doc[t.right_edge.i + 1:]):
                # "A strike killed nine pupils, including two teachers, a local militia and villagers said": the
                # speakers read as more victims and the verb as a second predicate of the first subject
                said = [(a, t) for c in _closing_speaker(t, doc) if (a := _source_phrase(c, doc)) is not None]
            found += said
    if not found:
        found = _without_reporting_verb(doc)
    found = cited_over_self(found, doc)
    found.sort(key=lambda x: x[0].start)
    for a, _ in found:
        a.also = [b for b, _ in found]
    return found


def _speakers(t: Token, doc: Doc) -> list[Token]:
    """The subject of a reporting verb, wherever the parser put it, and the agent of a passive one."""
    if t.dep_ == "acl" and t.tag_ == "VBD" and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN") and (
            t.head.i < t.i):
        # "The group, Delta Watch, attributed 29 deaths to ...": the sentence's only verb, in the past tense,
        # read as a participle modifying its subject; that subject speaks, not an agent it seems to take
        return [t.head]
    subjects = [t.head if c.lower_ == "who" and t.dep_ == "relcl" else c     # ("who claim that N": the residents)
                for c in t.children if c.dep_ == "nsubj" or (c.dep_ == "csubj" and name_read_as_clause(c))]
    if all(_source_phrase(c, doc) is None for c in subjects) and t.lemma_.lower() not in CHARGE_VERBS:
        # "..., reported the Third Division." (never the accused: "X accused the army of ...")
        subjects = _inverted_speaker(t, doc) or subjects
    if not subjects and (t.dep_ == "conj" or (t.dep_ == "advcl" and t.tag_ == "VBG")) and not any(
            c.dep_ == "nsubjpass" for c in t.children):      # (not "..., and the figures were confirmed")
        # "X claimed the attack and said ...", "X raised the toll, saying ..." (but "X killed N, in Tesh province, a
        # local leader said": the speaker read as an apposition of the place, not X)
        subjects = (t.dep_ == "conj" and doc[t.i - 1].pos_ in ("NOUN", "PROPN") and _closing_speaker(t, doc)
                    ) or [c for c in t.head.children if c.dep_ == "nsubj"]
    if not subjects and t.dep_ == "advcl" and t.head.lemma_.lower() == "have" and t.head.pos_ in ("VERB", "AUX"):
        # "X has for its part recorded ...": the auxiliary read as the main verb holds the subject
        subjects = [c for c in t.head.children if c.dep_ == "nsubj"]
    if not subjects and t.dep_ == "acl":
        subjects = speaker_read_as_modified(t, doc)    # "..., a police source added on Monday."
    if not subjects and t.dep_ in ("advcl", "acl", "relcl"):
        subjects = _report_noun_before(t, doc)   # "..., a Demo Wire count of clinic data showed"
    if not subjects and t.dep_ == "ROOT":
        subjects = person_after_closing_verb(t, doc)     # "..., said Jon Orvan, chairman of the X council."
    if t.dep_ == "ROOT" and all(_source_phrase(c, doc) is None for c in subjects):
        # "..., police and rescue officials said." (also where the parser gave the verb a victim for subject)
        subjects = _closing_speaker(t, doc) or subjects
    if not subjects and t.dep_ == "ROOT":
        # "At a hospital in Tesh, a nurse who asked not to be named told us ...": the subject read as an apposition
        subjects = [x for x in doc[:t.i] if x.dep_ == "appos" and x.pos_ == "NOUN" and x.right_edge.i == t.i - 1
                    and x.head.dep_ == "pobj" and doc[x.left_edge.i - 1].text == ","][:1]
    if len(subjects) >= 2 and _description_read_as_subject(subjects[-2], subjects[-1], doc):
        subjects = subjects[:-1]
    if len(subjects) >= 2 and subjects[-1].i > t.i and _source_phrase(subjects[-1], doc) is None:
        # "X, a rights group, says an air strike killed N": the content's subject read as a second one of the verb
        subjects = [c for c in subjects if c.i < t.i and _source_phrase(c, doc) is not None][-1:] or subjects
    if t.lemma_.lower() == "tell" and len(subjects) >= 2 and any(c.i < t.i for c in subjects):
        subjects = [c for c in subjects if c.i < t.i]   # "..., X told Al Tesh TV.": the outlet told, read as a subject
    subjects = [_past_dateline(c, doc) for c in subjects[-1:]]   # two subjects: a dateline misparsed as one
    if any(c.dep_ == "nsubj" for c in t.children) and not any(c.dep_ == "auxpass" for c in t.children):
        return subjects     # an active verb has no agent ("X attributed N deaths to strikes by Y": not Y)
    return subjects + [x for c in t.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"]


def _finds_that(verb: Token) -> bool:
    """"The inquiry found that ...", "the commission established that ...": a finding stated as a clause."""
    # (a body or its report: not "investigators found that ...", people whose body the sentence does not say)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and subjects[0].pos_ == "NOUN" and subjects[0].tag_ == "NNS" and not any(
            c.dep_ in ("det", "poss") for c in subjects[0].children):
        return False
    return verb.lemma_.lower() in _FINDING_VERBS and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children)


def _without_reporting_verb(doc: Doc) -> list[tuple[Attribution, Token | None]]:
    """Attributions of a sentence with no reporting verb that names a source: a body that cared for the
    harmed, a closing verb the tagger misread, a headline's tail, an embedded post, a report's author."""
    found: list[tuple[Attribution, Token | None]] = []
    for t in doc:   # "the Tesh clinic has treated 900 wounded", "the hospital received 40 bodies": who counted them
        if t.pos_ == "VERB" and t.lemma_.lower() in CARE_VERBS:
            found += [(a, t) for c in t.children if c.dep_ == "nsubj" and (
                c.ent_type_ == "ORG" or c.lemma_.lower() in CARE_BODIES) and (a := _source_phrase(c, doc)) is not None]
    if found:
        return found
    text = doc_text(doc)
    closing = _MISREAD_CLOSING.search(text)
    if closing is not None and report_verb_form(closing["v"]):
        # "..., the communique specifies.": a closing reporting verb the tagger read as a noun
        head = token_at(doc, closing.start("head"))
        if head is not None and head.lemma_.lower() in REPORT_NOUNS:    # "the statement adds": its author
            return [(Attribution(head.text, head.idx, head.idx + len(head.text), pronoun=True, head="it"), None)]
        if head is not None and (a := _source_phrase(head, doc)) is not None:
            return [(a, None)]
    misread = plural_speaker_before_that(doc)
    if misread is not None:     # "Local authorities in Tesh report that ..." (the verb read as a noun)
        root = misread.root
        return [(Attribution(misread.text, misread.start_char, misread.end_char, head=root.lemma_.lower(),
                             modifiers=[t.lower_ for t in misread if t.i != root.i]), None)]
    tail = re.search(r"(?:[:\u2013\u2014]|\s-)\s*((?:the\s+)?[A-Za-z][\w.'’ -]{1,40})$", text.strip())
    if tail and len(tail.group(1).split()) <= 3:     # a headline's "...: monitor"
        words = tail.group(1).split()
        if words[-1].lower() in SOURCE_HEAD_KINDS or words[-1][:1].isupper():
            start = text.index(tail.group(1), tail.start(1))
            return [(Attribution(tail.group(1), start, start + len(tail.group(1)),
                                 head=words[-1].lower(), modifiers=[w.lower() for w in words[:-1]]), None)]
    post = _POST_SIGNATURE.search(text)
    if post:      # an embedded post: "... — Orvan Rights Watch (@OrvanRW) June 14, 2025"
        return [(Attribution(post["name"], post.start("name"), post.end("name"), head=post["name"].split()[-1].lower(),
                             modifiers=[w.lower() for w in post["name"].split()[:-1]]), None)]
    for t in doc:   # "SOHR's report", "the ministry's figures", "figures released by X show"
        if t.lemma_.lower() not in REPORT_NOUNS:
            continue
        if t.pos_ == "NOUN":
            for x in (x for c in t.children if c.dep_ == "acl" and not own_clause(c) for a in c.children
                      if a.dep_ == "agent"
                      for x in a.children if x.dep_ == "pobj"):
                names = [c for c in x.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if x.lower_ in ("show", "shows", "showed", "indicate", "indicates", "suggest") and names:
                    x = names[-1]       # "figures released by the X Monitor show": the verb read as a noun
                if (a := _source_phrase(x, doc)) is not None:
                    found.append((a, None))
        found += [(a, None) for c in t.children if c.dep_ == "poss" and c.lower_ not in PRONOUN_SOURCES
                  and c.lower_ not in ("its", "their") and (a := _source_phrase(c, doc)) is not None]
    return found


def _outermost(found: list[tuple[Attribution, Token | None]], inner: Attribution) -> Attribution:
    """"X said Y confirmed N", "Y told Z that N died, X said": the figure reaches the report from X, the
    first source named, when Y's statement is the content of X's (a complement clause), not a statement
    beside it ("Y estimated N, but X concluded M")."""
    verbs = {v.i: a for a, v in found if v is not None}
    cur = next((v for a, v in found if a is inner), None)
    best = inner
    while cur is not None and cur.head.i != cur.i:
        nested = cur.dep_ in ("ccomp", "xcomp", "parataxis") or (
            cur.dep_ == "conj" and cur.head.lemma_.lower() not in REPORT_VERBS)
        if not nested or before_semicolon(cur, cur.head):
            break
        cur = cur.head
        if cur.i in verbs:
            best = verbs[cur.i]
    return best


def attribution_for(found: list[tuple[Attribution, Token | None]], tok: Token | None) -> Attribution | None:
    """The attribution that governs a figure: the nearest reporting verb above it, else the sentence's."""
    if tok is not None:
        above = {t.i: n for n, t in enumerate(tok.ancestors)}
        governing = [(above[v.i], a) for a, v in found if v is not None and v.i in above]
        if governing:
            chosen = _outermost(found, min(governing, key=lambda x: x[0])[1])
            according = [a for a, v in found if v is None and not a.place and not a.pronoun and a.scope < 0]
            if chosen.place and according:
                return according[0]     # (as below)
            if chosen.pronoun and chosen.head in ("we", "i"):
                # '"We have counted 23 bodies," he said.': the first person is the speaker the sentence names
                speaker = next((a for a, _ in found if not (a.pronoun and a.head in ("we", "i"))), None)
                return speaker or chosen
            return chosen
        scoped = [a for a, _ in found if 0 <= a.scope < tok.i]
        if scoped:
            return scoped[-1]
    # "..., where doctors described their condition as stable": a clause about a place says nothing of the figure
    found = [x for x in found if x[0].scope < 0 and not (x[1] is not None and x[1].dep_ == "relcl" and (any(
        c.lower_ in ("where", "when") for c in x[1].children) or says_its_head(x[1], REPORT_NOUNS)))]
    if not found:
        return None
    # (not a body named inside what a pronoun's speaker said: "He said the army had verified N deaths")
    named = [a for a, _ in found if not a.pronoun and not _outermost(found, a).pronoun]
    according = [a for a, v in found if v is None and not a.place and not a.pronoun]
    if named and named[0].place and according:
        return according[0]     # "Tesh recorded 900 deaths, according to the ministry": the ministry
    if named:
        return named[0]
    # '"We counted 23," he said.': the speaker named outside the quotation, not its first person
    return next((a for a, _ in found if a.head not in ("we", "i")), found[0][0])
