"""Who a sentence says states its figures: attribution phrases and the reporting verbs they hang on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from vigil.extract.lexicon import EVENT_WORDS, OUTCOME_NOUNS, PRONOUN_SOURCES, REPORT_VERBS, SOURCE_HEAD_KINDS
from vigil.extract.syntax import np_text

REPORT_NOUNS = {"statement", "report", "tally", "figure", "count", "data", "toll", "estimate", "record",
                "update", "account", "bulletin", "communique", "release", "post", "announcement", "investigation",
                "survey", "assessment", "analysis", "study", "inquiry", "probe", "picture", "photo", "photograph",
                "image", "video", "footage"}
SPOKES_HEADS = {"spokesman", "spokeswoman", "spokesperson", "representative", "official", "member", "head",
                "chief", "director", "officer", "commander", "leader"}
# "the local office of X", "the regional branch of X": the body the office belongs to
OFFICE_HEADS = {"office", "branch", "bureau", "mission", "wing", "division", "unit", "delegation"}
# "..., with X reporting that N ...": a participle under "with" (often tagged a noun)
WITH_VERBS = {"reporting", "saying", "stating", "noting", "adding", "estimating", "confirming", "announcing"}


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


def _source_phrase(tok: Token, doc: Doc) -> Attribution | None:
    """The source named by a subject or object token (handles 'a statement from X', "X's report")."""
    lemma = tok.lemma_.lower()
    if lemma in REPORT_NOUNS:
        for c in tok.children:
            if c.dep_ == "poss":
                return _source_phrase(c, doc)
            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                for x in c.children:
                    if x.dep_ == "pobj":
                        return _source_phrase(x, doc)
            if c.dep_ == "acl":     # "a toll compiled by AFP"
                for a in c.children:
                    if a.dep_ == "agent":
                        for x in a.children:
                            if x.dep_ == "pobj":
                                return _source_phrase(x, doc)
        mods = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        if mods:                    # "a UN report", "the new UN investigation"
            m = mods[0]
            sub = doc[m.left_edge.i:m.i + 1]
            return Attribution(sub.text, sub.start_char, sub.end_char, head=m.lower_)
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            return Attribution(tok.text, tok.idx, tok.idx + len(tok.text), pronoun=True, head="it")
        kinds = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.lower_ in (
            "press", "media", "news", "local", "medical", "hospital", "police", "military", "official",
            "government", "witness", "security")]
        if kinds:                   # "press reports", "local media reports", "medical reports"
            sub = doc[min(c.left_edge.i for c in kinds):tok.i + 1]
            return Attribution(sub.text, sub.start_char, sub.end_char, head=kinds[-1].lower_,
                               modifiers=[t.lower_ for t in sub])
        return None
    if lemma in SPOKES_HEADS and not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children) \
            and tok.ent_type_ != "PERSON":
        for c in tok.children:      # "a spokesman for the Kavor Liberation Front"
            if c.dep_ == "prep" and c.lower_ in ("for", "of"):
                for x in c.children:
                    if x.dep_ == "pobj" and (x.pos_ == "PROPN" or x.ent_type_ == "ORG" or x.lemma_.lower() in (
                            "army", "military", "ministry", "police", "government", "force", "forces", "agency")):
                        return _source_phrase(x, doc)
    if lemma in OFFICE_HEADS and tok.pos_ != "PROPN":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for x in c.children:
                    if x.dep_ == "pobj" and x.pos_ == "PROPN":
                        return _source_phrase(x, doc)
    if (lemma in EVENT_WORDS or lemma in OUTCOME_NOUNS or tok.like_num or tok.pos_ == "NUM"
            or (tok.text.isupper() and tok.left_edge.i == 0 and tok.i + 1 < len(doc)
                and doc[tok.i + 1].text in (",", "(", "—", "–", "-", ":"))):
        return None                 # "the blast claimed lives", "six more reported ...", a dateline
    if tok.lower_ in PRONOUN_SOURCES or tok.lower_ in ("its", "their", "his", "her"):
        head = {"its": "it", "their": "they", "his": "he", "her": "she"}.get(tok.lower_, tok.lower_)
        return Attribution(tok.text, tok.idx, tok.idx + len(tok.text), pronoun=True, head=head)
    span = np_text(tok, doc, stop_deps=frozenset({"relcl", "punct", "cc", "conj", "advcl", "acl"}))
    # a person named in apposition ("the army's spokesman, Jules Ngongo")
    people = [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if tok.ent_type_ == "PERSON":
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        mod_words = [t.lemma_.lower() for t in span if t.i != tok.i]
        if ent is not None:
            return Attribution(ent.text, ent.start_char, ent.end_char, person=True, head="person",
                               modifiers=mod_words)
    if people:
        p = people[0]
        ent = next((e for e in doc.ents if e.start <= p.i < e.end), None)
        if ent is not None:
            return Attribution(ent.text, ent.start_char, ent.end_char, person=True, head=lemma,
                               modifiers=[t.lemma_.lower() for t in tok.subtree])
    if lemma in SPOKES_HEADS and (named := _trailing_name(tok, doc)) is not None:
        return Attribution(named.text, named.start_char, named.end_char, person=True, head=lemma,
                           modifiers=[t.lemma_.lower() for t in tok.subtree])
    # "news outlets Myanmar Now, X and Y": a generic head with named appositions -> the first name
    appos = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if appos and lemma in ("outlet", "group", "organisation", "organization", "agency", "monitor", "newspaper",
                           "broadcaster", "channel", "website", "site"):
        sub = np_text(appos[0], doc)
        return Attribution(sub.text, sub.start_char, sub.end_char, head=lemma)
    if tok.pos_ == "PROPN":
        # "Demo Wire, the Valley Times and Radio Orvan": a compound proper-noun chain
        pass
    text = span.text.strip(" ,")
    if len(span) > 14 or all(t.is_stop or t.is_punct for t in span):     # "according to the" cut off
        return None
    return Attribution(text, span.start_char, span.end_char, head=lemma,
                       modifiers=[t.lemma_.lower() for t in span if t.i != tok.i])


def _trailing_name(tok: Token, doc: Doc) -> Span | None:
    """"the police chief for the eastern district, Jon Tesh": a title-case name closing the phrase, set off
    by a comma but attached lower down by the parser."""
    last = max(t.i for t in tok.subtree)
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


def _with_subject(t: Token, doc: Doc) -> Token | None:
    """The X of "with X reporting that ...", however the parser attached the participle."""
    w = next((doc[i] for i in range(t.i - 1, max(-1, t.i - 10), -1) if doc[i].lower_ == "with"), None)
    if w is None:
        return None
    subjects = [c for c in t.children if c.dep_ == "nsubj" and c.i > w.i]
    if not subjects:
        subjects = [c for c in w.children if c.dep_ == "pobj" and c.i < t.i and c.i == t.i - 1]
    return subjects[0] if subjects else None


def attributions(doc: Doc) -> list[tuple[Attribution, Token | None]]:
    """Every attribution in the sentence, in order, with the reporting verb it hangs on (if any)."""
    found: list[tuple[Attribution, Token | None]] = []
    for t in doc:
        low = t.lower_
        if low == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            objs = [c for c in doc[t.i + 1].children if c.dep_ == "pobj"]
            if objs and (a := _source_phrase(objs[0], doc)) is not None:
                found.append((a, None))
        elif low in WITH_VERBS and (subj := _with_subject(t, doc)) is not None:
            if (a := _source_phrase(subj, doc)) is not None:
                a.scope = t.i
                found.append((a, t))
        elif low in ("citing", "quoting"):
            objs = [c for c in t.children if c.dep_ in ("dobj", "pobj")]
            if objs and (a := _source_phrase(objs[0], doc)) is not None:
                found.append((a, t))
        elif t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in REPORT_VERBS and not (
                t.lemma_.lower() == "claim" and any(c.lemma_.lower() == "responsibility" for c in t.children)):
            subjects = [c for c in t.children if c.dep_ == "nsubj"]
            if not subjects and (t.dep_ == "conj" or (t.dep_ == "advcl" and t.tag_ == "VBG")):
                # "X claimed the attack and said ...", "X raised the toll, saying ..."
                subjects = [c for c in t.head.children if c.dep_ == "nsubj"]
            subjects = subjects[-1:]                   # two subjects: a dateline misparsed as one
            subjects += [x for c in t.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"]
            for c in subjects:
                if (a := _source_phrase(c, doc)) is not None:
                    found.append((a, t))
    tail = re.search(r"(?:[:\u2013\u2014]|\s-)\s*((?:the\s+)?[A-Za-z][\w.'’ -]{1,40})$", doc.text.strip())
    if tail and not found and len(tail.group(1).split()) <= 3:     # a headline's "...: monitor"
        words = tail.group(1).split()
        if words[-1].lower() in SOURCE_HEAD_KINDS or words[-1][:1].isupper():
            start = doc.text.index(tail.group(1), tail.start(1))
            found.append((Attribution(tail.group(1), start, start + len(tail.group(1)),
                                      head=words[-1].lower(), modifiers=[w.lower() for w in words[:-1]]), None))
    if not found:  # "SOHR's report", "the ministry's figures"
        for t in doc:
            if t.lemma_.lower() in REPORT_NOUNS:
                for c in t.children:
                    if (c.dep_ == "poss" and c.lower_ not in PRONOUN_SOURCES and c.lower_ not in ("its", "their")
                            and (a := _source_phrase(c, doc)) is not None):
                        found.append((a, None))
    found.sort(key=lambda x: x[0].start)
    return found


def attribution_for(found: list[tuple[Attribution, Token | None]], tok: Token | None) -> Attribution | None:
    """The attribution that governs a figure: the nearest reporting verb above it, else the sentence's."""
    if tok is not None:
        above = {t.i: n for n, t in enumerate(tok.ancestors)}
        governing = [(above[v.i], a) for a, v in found if v is not None and v.i in above]
        if governing:
            return min(governing, key=lambda x: x[0])[1]
        scoped = [a for a, _ in found if 0 <= a.scope < tok.i]
        if scoped:
            return scoped[-1]
    found = [x for x in found if x[0].scope < 0]
    if not found:
        return None
    named = [a for a, _ in found if not a.pronoun]
    return named[0] if named else found[0][0]
