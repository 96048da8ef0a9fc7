"""Actors a figure's own clause does not name but the sentence around it does.

- the actor of a "when" clause ("were killed when soldiers opened fire on a bus");
- a speaker who says it did the harm itself ("the Front said it / its fighters had killed 35 soldiers":
  claimed);
- an actor blamed or accused in a clause joined to the statement of the figure ("said 30 died and
  blamed the militia", "..., which blamed the militia for most of the deaths", "..., holding the militia
  responsible": accused);
- people arrested, charged or convicted for the harm ("five men were arrested for the killing of two
  traders": accused);
- the event a toll is of, where the figure is what the toll rose to ("the toll of the Varnian aggression
  has reached 2,310 martyrs").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from vigil.extract.lexicon import (
    ACTOR_WORDS,
    EVENT_CONTAINERS,
    EVENT_WORDS,
    OUTCOME_VERBS,
    PRONOUN_SOURCES,
    REPORT_VERBS,
    TRANSITIVE,
    is_clock_time,
)
from vigil.extract.numbers import _MONTHS as MONTH_NAMES
from vigil.extract.syntax import doc_text, np_text

_SPEAKER_PRONOUNS = {"it", "they", "we"}
_BLAME = {"blame", "accuse"}
#: the speaker's own means of harm, as a subject with "its"/"their" ("the army said its aircraft had killed ...")
_OWN_MEANS = {"aircraft", "jet", "warplane", "plane", "drone", "helicopter", "artillery", "air", "ship", "warship",
              "gunship"}
_OWN_FIGHTERS = {"fighter", "militant", "member", "militiaman", "gunman", "mujahid", "mujahideen", "combatant"}


def when_clause_actor(verbs: list[Token], span_of: Callable[[Token], Span | None]) -> Span | None:
    """The active subject of a "when" clause hanging on the figure's verbs, if it is an actor."""
    for verb in verbs:
        for c in verb.children:
            if c.pos_ != "VERB" or not _when_clause(c):
                continue
            if any(x.dep_ == "auxpass" for x in c.children):
                continue
            marked_when = any(m.dep_ in ("advmod", "mark") and m.lower_ == "when" for m in c.children) or (
                c.dep_ == "ccomp")
            for s in c.children:
                if s.dep_ == "nsubj":
                    # "when a drone operated by X dropped grenades": a thing is no actor, who worked it is
                    sp = span_of(s) or laid_by(s, span_of)
                    if sp is not None and (marked_when or s.lemma_.lower() in ACTOR_WORDS or s.ent_type_ in (
                            "ORG", "NORP") or s.pos_ == "PROPN"):
                        return sp   # ("days after an exchange with X collapsed": no doer of "after")
            for o in c.children:
                # "when their vehicle hit a landmine laid by rebels": who set the thing the clause names
                sp = laid_by(o, span_of) if o.dep_ == "dobj" else None
                if sp is not None:
                    return sp
    return None


def _when_clause(c: Token) -> bool:
    """"when X attacked ...": an adverbial clause marked "when", or one the parser read as a complement with
    "when" as its first word ("killed when suspected armed youth attacked ...")."""
    if c.dep_ == "advcl" and any(m.dep_ in ("advmod", "mark") and m.lower_ in ("when", "after", "as")
                                 for m in c.children):
        return True     # (also "died after a suicide bomber blew himself up", "as gunmen stormed the hall")
    first = c.doc[c.left_edge.i]
    return c.dep_ == "ccomp" and first.lower_ == "when" and first.dep_ in ("advmod", "mark") and first.i < c.i


def laid_by(noun: Token, span_of: Callable[[Token], Span | None]) -> Span | None:
    """"a device planted by insurgents", "a mine laid by rebels": the agent of a participle on a noun."""
    # "a bomb that police said had been planted by separatists": the participle the relative clause reports
    said = [x for r in noun.children if r.dep_ == "relcl" for x in r.children if x.dep_ == "ccomp" and x.tag_ == "VBN"]
    for a in [*noun.children, *said]:
        if (a.dep_ == "acl" and a.tag_ == "VBN") or a in said:
            for g in a.children:
                if g.dep_ == "agent":
                    for x in g.children:
                        if x.dep_ == "pobj" and (sp := span_of(x)) is not None:
                            return sp
    return None


def speaker_claims(trigger: Token, span_of: Callable[[Token], Span | None]) -> Span | None:
    """"X said it had killed N": the speaker, who claims the harm."""
    if trigger.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    subj = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    clause = trigger
    while clause.dep_ == "conj" and clause.head.pos_ == "VERB":
        clause = clause.head    # "said it had struck X and that it had killed N": the first of the joined clauses
    if subj is None and clause is not trigger:
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)   # "its jets struck X and killed N"
    if subj is None:
        # "X, which affirms having killed N", "the group claims to have killed N": the speaker's own doing
        head = clause.head
        if (clause.dep_ != "xcomp" or head.pos_ != "VERB" or head.lemma_.lower() not in REPORT_VERBS
                or any(c.dep_ == "auxpass" for c in head.children)):
            return None
        speaker = _speaker(head)
        ante = relative_antecedent(speaker) if speaker is not None else None
        speaker = ante if ante is not None else speaker
        return span_of(speaker) if speaker is not None and speaker.pos_ in ("PROPN", "NOUN") else None
    # "it/they had killed ...", "its fighters had killed ...": the speaker's own doing
    # "its fighters", "its strikes", "its aircraft": the speaker's own men or means
    own_men = (subj.lemma_.lower() in _OWN_FIGHTERS or subj.lemma_.lower() in EVENT_WORDS or subj.lemma_.lower() in _OWN_MEANS
               ) and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children)
    if subj.lower_ not in _SPEAKER_PRONOUNS and not own_men:
        return None
    head = clause.head
    if clause.dep_ not in ("ccomp", "xcomp") or head.pos_ != "VERB" or head.lemma_.lower() not in REPORT_VERBS:
        return None
    speaker = _speaker(head)
    if speaker is None or speaker.pos_ not in ("PROPN", "NOUN"):
        return None
    if not own_men and (subj.lower_ == "it") != (speaker.tag_ in ("NN", "NNP")):
        return None
    return span_of(speaker)


def _speaker(report: Token) -> Token | None:
    """The subject of a reporting verb; for a participle with none ("X claimed the attack, saying it had killed
    N", "..., affirming to have killed N"), the subject of the clause it hangs on."""
    speaker = next((c for c in report.children if c.dep_ == "nsubj"), None)
    if speaker is None and report.dep_ == "advcl" and report.tag_ == "VBG" and report.head.pos_ == "VERB" and not any(
            c.dep_ == "auxpass" for c in report.head.children):
        speaker = next((c for c in report.head.children if c.dep_ == "nsubj"), None)
    return speaker


def blamed_alongside(trigger: Token, doc: Doc, span_of: Callable[[Token], Span | None]) -> Span | None:
    """An actor blamed in a clause conjoined to (or relative to the speaker of) the figure's statement."""
    # "said N died and blamed X" (often parsed as a conjunct of the figure's own verb)
    blamers = [c for c in trigger.conjuncts if _blames(c) and c.i > trigger.i]
    report = next((a for a in trigger.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in REPORT_VERBS), None)
    if report is None:      # "X killed eight people, the government said, blaming Y": the statement set after it
        report = next((c for c in trigger.children if c.dep_ in ("parataxis", "ccomp", "advcl") and c.pos_ == "VERB"
                       and c.lemma_.lower() in REPORT_VERBS and c.i > trigger.i), None)
    blamers += [c for c in trigger.children if c.dep_ == "advcl" and _blames(c) and c.i > trigger.i
                and doc[c.i - 1].text == ","]
    # "gave a toll of 58 dead and accused X of ...": a blame joined to the verb that states the figure
    stating = next((a for a in trigger.ancestors if a.pos_ == "VERB"), None)
    if stating is not None and stating is not report:
        blamers += [c for c in stating.conjuncts if _blames(c) and c.i > trigger.i]
    if report is not None:
        blamers += [c for c in report.conjuncts if _blames(c) and c.i > trigger.i]
        # "..., the UN said, blaming the RSF"
        blamers += [c for c in report.children if c.dep_ in ("advcl", "xcomp") and _blames(c)
                    and c.i > trigger.i]     # (the participle read as the verb's complement too)
        speaker = next((c for c in report.children if c.dep_ == "nsubj"), None)
        if speaker is not None:
            blamers += [t for t in speaker.subtree if t.dep_ == "relcl" and _blames(t)]
    # "..., according to the group, which blamed X for the deaths"
    blamers += [t for t in doc[trigger.i + 1:] if t.dep_ == "relcl" and _blames(t)
                and any(c.dep_ == "nsubj" and c.lower_ in ("which", "who") for c in t.children)]
    for verb in blamers:
        if _accused_of_other(verb):
            continue
        for c in verb.children:
            if c.dep_ == "dobj":
                sp = span_of(c)
                if sp is None and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "PERSON"):
                    sp = c.doc[c.left_edge.i:c.i + 1]   # whoever is blamed by name ("accused the RSF") is an actor
                cut = next((t.i for t in sp if t.lower_ in _RESPONSIBLE), None) if sp is not None else None
                if sp is not None and cut is not None and cut > sp.start:
                    sp = c.doc[sp.start:cut]    # "holding X responsible for ...": X
                if sp is not None:
                    return sp
    # "... were killed in the attack, which residents blamed on X" / "which officials attributed to X": a
    # relative clause that puts the harm (or the event it is set in) down to an actor, however it is parsed
    for verb in doc[trigger.i + 1:]:
        if verb.lemma_.lower() not in ("blame", "attribute") or verb.pos_ != "VERB" or not any(
                t.lower_ in ("which", "that") for t in doc[max(trigger.i + 1, verb.i - 4):verb.i]):
            continue
        for x in (x for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "to")
                  for x in p.children if x.dep_ == "pobj"):
            sp = span_of(x)
            if sp is None and x.pos_ == "PROPN" and x.ent_type_ not in ("GPE", "LOC", "FAC", "DATE"):
                sp = doc[x.left_edge.i:x.i + 1]     # whoever a harm is blamed on by name is an actor
            if sp is not None:
                return sp
    return None


_RESPONSIBLE = {"responsible", "accountable", "culpable"}


def _blames(verb: Token) -> bool:
    """"blamed X", "accused X", "holding X (fully) responsible"."""
    lemma = verb.lemma_.lower()
    return lemma in _BLAME or (lemma == "hold" and any(c.lower_ in _RESPONSIBLE for c in verb.subtree))


def _accused_of_other(verb: Token) -> bool:
    """"accused the police of downplaying the toll": an accusation of some other act than a harm."""
    acts = [x for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
            if x.dep_ in ("pcomp", "pobj") and x.pos_ == "VERB"]
    return any(x.lemma_.lower() not in TRANSITIVE and x.lemma_.lower() not in OUTCOME_VERBS and not any(
        o.dep_ == "dobj" and o.lemma_.lower() in _HARM_ACTS for o in x.children) for x in acts)


#: what one wages, carries out or commits that is itself the harm ("accused the RSF of waging a campaign of
#: ethnic cleansing", "of carrying out the massacre")
_HARM_ACTS = EVENT_WORDS | {"genocide", "cleansing", "killing", "killings", "atrocity", "atrocities", "pogrom"}


_RELATIVES = {"who", "that", "which", "whom"}


def relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for: "gunmen who killed 11" -> gunmen; "the raid that left ..." -> raid."""
    if tok.lower_ not in _RELATIVES or tok.head.dep_ not in ("relcl", "acl"):
        return None
    noun = tok.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i == tok.i:
        return None
    if noun.ent_type_ in ("ORG", "NORP", "PERSON") or noun.lemma_.lower() in ACTOR_WORDS:
        return noun     # "blamed the attack on the X Forces, which has killed ...": the actor itself
    up = noun
    for _ in range(3):
        # "the attacks of the occupation on the region, which left 46 dead": the parser hangs the clause on the
        # last noun; the event it is about is the one that noun is the target or agent of
        if up.lemma_.lower() in EVENT_WORDS or up.dep_ != "pobj" or up.head.dep_ != "prep":
            break
        up = up.head.head
    return up if up.lemma_.lower() in EVENT_WORDS and up.pos_ == "NOUN" else noun


def contained_event(tok: Token) -> Token:
    """"a series of attacks", "in the aftermath of a raid": the event a container noun holds, else the noun."""
    if tok.lemma_.lower() not in EVENT_CONTAINERS:
        return tok
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for x in c.children:
                if x.dep_ == "pobj" and x.lemma_.lower() in EVENT_WORDS:
                    return x
    return tok


_HOLD = {"arrest", "detain", "charge", "convict", "sentence", "apprehend", "indict", "prosecute", "try", "jail",
         "hold", "nab"}
_HOLDING = _HOLD | {"detention", "capture", "custody"}     # the holding itself, as a harm word
_HOLD_LINKS = {"for", "in", "over", "of", "with", "connection", "involvement", "role", "participation", "link"}


def held_for(trigger: Token, span_of: Callable[[Token], Span | None]) -> Span | None:
    """"Three men were held for (their role in) the killing of a shopkeeper", "police charged X with
    killing 3": the people held for the harm are accused of it. The harm word must hang on the verb through
    prepositions and the nouns of "in connection with", "involvement in" only."""
    if trigger.lemma_.lower() in _HOLDING:
        return None     # "the arrest of two": the harm is the holding itself
    tok = trigger
    for _ in range(6):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ == "VERB" and head.lemma_.lower() in _HOLD and tok.dep_ in ("prep", "pcomp"):
            passive = any(c.dep_ == "auxpass" for c in head.children)
            held = next((c for c in head.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
            return span_of(held) if held is not None else None
        if not (tok.i == trigger.i or tok.dep_ in ("pobj", "pcomp") or (tok.dep_ == "prep" and tok.lower_ in _HOLD_LINKS)):
            return None
        if tok.i != trigger.i and tok.dep_ == "pobj" and tok.lemma_.lower() not in _HOLD_LINKS:
            return None     # the harm word reaches the verb only through "in connection with", "involvement in"
        tok = head
    return None


def before_harm(sp: Span | None, trigger: Token) -> Span | None:
    """The words of an actor's phrase before the harm hung inside it ("herders of killing 12 farmers": herders)."""
    if sp is None or not sp.start < trigger.i < sp.end:
        return sp
    cut = next((t.i for t in sp if t.dep_ in ("prep", "amod", "acomp", "oprd") and trigger in t.subtree), sp.start)
    return sp.doc[sp.start:cut] if cut > sp.start else sp


def standing_accused(trigger: Token, span_of: Callable[[Token], Span | None]) -> Span | None:
    """"The RSF stands accused of killing 200", "the militia remains suspected in the deaths of 12": an accusation
    told as the state of the subject of a verb of being (the parser makes it that verb's complement)."""
    for anc in trigger.ancestors:
        if anc.lemma_.lower() not in ("accuse", "suspect", "blame"):
            continue
        if anc.dep_ in ("acomp", "oprd", "xcomp", "advcl") and anc.head.lemma_.lower() in _BEING:
            subj = next((c for c in anc.head.children if c.dep_ == "nsubj"), None)
        else:       # ("remained accused": the verb of being read as an auxiliary of the participle)
            being = [c for c in anc.children if c.dep_ == "auxpass" and c.lemma_.lower() in _BEING]
            subj = next((c for x in (anc, *being) for c in x.children if c.dep_ == "nsubj"), None) if being else None
        if subj is not None:
            sp = span_of(subj)
            if sp is None and subj.pos_ == "PROPN":
                sp = subj.doc[subj.left_edge.i:subj.i + 1]     # whoever is named as accused is an actor
            return sp
        return None
    return None


_BEING = {"stand", "remain", "be", "appear", "seem", "stay"}


def answerable_actor(trigger: Token, span_of: Callable[[Token], Span | None]) -> tuple[Span, str] | None:
    """"X was responsible for the deaths of 14 soldiers", "X was behind the bombing, which killed 9": the subject
    of "be responsible for" / "be behind" the harm or its event; where a speaker says "it was behind ...", the
    speaker, who claims it."""
    tok = trigger.head if trigger.dep_ == "relcl" and trigger.head.pos_ == "NOUN" else trigger
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ == "behind":
        be = prep.head
    elif prep.lower_ == "for" and prep.head.lemma_.lower() == "responsible" and prep.head.dep_ == "acomp":
        be = prep.head.head
    elif prep.lower_ == "for" and prep.head.lemma_.lower() == "responsible" and prep.head.dep_ in (
            "oprd", "amod", "ccomp"):
        # "held X responsible for the deaths of N", "X was held responsible ...", "found the army responsible"
        held = prep.head.head
        named = [held] if prep.head.dep_ == "amod" and held.dep_ in ("dobj", "nsubjpass") else [
            c for c in (prep.head if prep.head.dep_ == "ccomp" else held).children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
        sp = span_of(named[0]) if named else None
        if sp is not None and sp.start < prep.head.i < sp.end:
            sp = sp.doc[sp.start:prep.head.i]       # "held X responsible for ...": X, not what it is held for
        if sp is None and named and named[0].pos_ == "PROPN":
            sp = named[0].doc[named[0].left_edge.i:named[0].i + 1]     # whoever is held responsible is an actor
        return (sp, "accused") if sp is not None else None
    else:
        return None
    if be.lemma_ != "be" or any(c.dep_ == "neg" for c in be.children):
        return None
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    supposed = be.dep_ == "xcomp" and be.head.lemma_.lower() in _SUPPOSING
    if subj is None and supposed:      # "X was widely believed to be behind the killing of N": accused
        subj = next((c for c in be.head.children if c.dep_ == "nsubjpass"), None)
        sp = span_of(subj) if subj is not None else None
        return (sp, "accused") if sp is not None else None
    if subj is None:
        return None
    if subj.lower_ in _SPEAKER_PRONOUNS:
        report = be.head if be.dep_ == "ccomp" and be.head.lemma_.lower() in REPORT_VERBS else None
        speaker = next((c for c in report.children if c.dep_ == "nsubj"), None) if report is not None else None
        sp = span_of(speaker) if speaker is not None else None
        return (sp, "claimed") if sp is not None else None
    sp = span_of(subj)
    return (sp, "asserted") if sp is not None else None



_MONTHS = frozenset(w.lower() for w in MONTH_NAMES.split("|"))
_DATELINE_DASHES = {"-", "\u2013", "\u2014", "--", ":"}
_DASH_CHARS = set("-\u2013\u2014")


def dateline_end(doc: Doc) -> int:
    """The index of the dash or colon closing a dateline that opens the sentence ("KORVA, Ruvenia, Nov 20 (Demo
    Wire) -", "Lumo, 6 March 2025 -", "TESHLAND -", "ARVO, Sept 11:"), else -1. A dateline is a place in capitals
    or title case, optional further place names, an optional date and an optional agency in brackets; a place in
    title case alone counts only where the parser names it a place and a capital opens what follows. Found once
    per sentence."""
    key = "vigil.perp.dateline"
    if key not in doc.user_data:
        doc.user_data[key] = _dateline_end(doc)
    return doc.user_data[key]  # type: ignore[no-any-return]


def _dateline_end(doc: Doc) -> int:
    first_segment: list[Token] = []
    dated = bracketed = in_brackets = False
    segment = 0
    for t in doc[:16]:
        text = t.text
        if in_brackets:
            if text == ")":
                in_brackets = False
            elif not (text[:1].isupper() or text in (".", "-", "&")):
                return -1
            continue
        glued = t.i > 0 and not doc[t.i - 1].whitespace_ and t.whitespace_ == "" and text == "-"
        if (text in _DATELINE_DASHES or set(text) <= _DASH_CHARS) and not glued:
            if t.i == 0 or t.i + 1 >= len(doc):
                return -1
            nxt = doc[t.i + 1]
            caps = [w for w in first_segment if w.is_alpha]
            upper = any(len(w.text) > 1 for w in caps) and all(w.text.isupper() for w in caps)
            placed = bool(caps) and all(w.ent_type_ in ("GPE", "LOC") for w in caps) and (
                nxt.text[:1].isupper() or nxt.is_digit or nxt.is_quote)
            if not (upper or dated or bracketed or placed):
                return -1
            end = t.i
            while end + 2 < len(doc) and set(doc[end + 1].text) <= _DASH_CHARS:
                end += 1    # "—-": a doubled dash
            return end
        if text == "(":
            in_brackets = bracketed = True
        elif text == ",":
            segment += 1
        elif t.lower_.rstrip(".") in _MONTHS and (t.i == 0 or not t.text[:1].islower()):
            dated = True
        elif t.i == 0 and is_clock_time(text):
            dated = True        # a live blog's time stamp ("14:25 GMT -")
        elif t.is_digit and len(text) <= 4:
            if not any(w.lower_.rstrip(".") in _MONTHS for w in doc[max(0, t.i - 2):t.i + 3]):
                return -1
        elif text == "." or glued or text in ("'", "\u2019"):
            pass
        elif text[:1].isupper():
            if segment == 0:
                first_segment.append(t)
        else:
            return -1
    return -1


def past_dateline(tok: Token) -> Token | None:
    """``tok``, or where it lies in the sentence's dateline (the parser took the dateline for the subject:
    "KORVA, Ruvenia (Demo Wire) - Armed herders killed ..."), the phrase after it the parser hung on it, if any."""
    end = dateline_end(tok.doc)
    if tok.i > end:
        return tok
    return next((c for c in tok.children if c.i > end and c.dep_ in ("appos", "conj", "dep")
                 and c.pos_ in ("NOUN", "PROPN")), None)


def clean_actor(text: str | None, doc: Doc) -> str | None:
    """An actor's words without the dateline that opens the sentence, with a bracket it opens closed ("the Tesh
    Front (TF" -> "the Tesh Front (TF)"); None where nothing but the dateline is left."""
    if text is None:
        return None
    end = dateline_end(doc)
    if end >= 0:
        prefix = doc[:end + 1].text
        if text.startswith(prefix):
            text = text[len(prefix):].strip()
        elif text in prefix:
            return None
    if text.count("(") > text.count(")") and f"{text})" in doc_text(doc):
        text += ")"
    return text or None


#: nouns of a count that moves ("the toll has risen to N")
_TOLL_NOUNS = {"toll", "tally", "count", "number", "figure", "total"}
#: verbs a toll moves or stands with
_TOLL_MOVES = {"rise", "climb", "reach", "increase", "jump", "stand", "soar", "hit", "surpass", "exceed", "top",
               "pass", "grow", "mount", "be", "remain"}


_BESIDE = {"addition", "plus", "besides", "beside", "excluding", "except", "apart", "aside", "beyond", "outside"}


def toll_events(verb: Token, victim_head: Token) -> list[Token]:
    """"The toll of the Varnian aggression has reached 2,310 martyrs", "the cumulative toll of X's strikes
    stands at N": the event the toll is of, for a figure the verb's complement states (not one set beside
    the toll: "climbed to 21, plus the five attackers")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _TOLL_MOVES or not any(
            victim_head in c.subtree for c in verb.children if c.dep_ not in ("conj", "cc", "nsubj", "nsubjpass")):
        return []
    if any(t.lower_ in _BESIDE for t in victim_head.ancestors if t.i > verb.i):
        return []   # "reached 12, in addition to the four gunmen killed"
    return [x for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in _TOLL_NOUNS
            for p in s.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
            for x in p.children if x.dep_ == "pobj" and contained_event(x).lemma_.lower() in EVENT_WORDS]


#: verbs of a reduced relative that describes who did it ("men believed to be X", "gunmen suspected to be Y")
_SUPPOSING = {"believe", "suspect", "think", "presume", "say", "report", "understand", "know", "allege", "claim"}


def reduced_relative_subject(verb: Token) -> list[Token]:
    """"Armed men believed to be members of the gang killed eight": the parser read the participle as the main
    verb and the harm as its clause; the subject of the participle is the harm's."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_.lower() not in _SUPPOSING or not any(
            c.dep_ == "xcomp" and c.i < verb.i and any(a.lower_ == "to" for a in c.children) for c in head.children):
        return []
    return [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]


_OWN_UP = {"claim", "take", "assume", "accept"}     # "... responsibility"
_NP_STOPS = frozenset({"relcl", "punct", "cc", "conj", "advcl", "acl"})


def responsibility_claimer(doc: Doc) -> str | None:
    """Whoever claims responsibility in the sentence is an actor, whatever the words ("Daesh claimed ..."); in
    the passive, the agent ("responsibility ... was claimed by X"); so too who claims the attack ("X claimed the
    bombing that killed ..."). Found once per sentence."""
    key = "vigil.perp.claimer"
    if key in doc.user_data:
        return doc.user_data[key]  # type: ignore[no-any-return]
    found: str | None = None
    for t in doc:
        if found is None and t.lemma_.lower() in _OWN_UP and any(
                (c.lemma_.lower() == "responsibility" and c.dep_ in ("dobj", "nsubjpass")) or (
                    t.lemma_.lower() == "claim" and c.dep_ == "dobj" and c.lemma_.lower() in EVENT_WORDS
                    and any(d.lower_ in ("the", "this", "that", "its") for d in c.children)) for c in t.children):
            claimers = [c for c in t.children if c.dep_ == "nsubj"] + [
                x for a in t.children if a.dep_ == "agent" for x in a.children if x.dep_ == "pobj"]
            c = next((p for c in claimers if c.lower_ not in PRONOUN_SOURCES and c.pos_ in ("PROPN", "NOUN")
                      and not any(d.lower_ in ("no", "neither") for d in c.children)   # "no group has claimed"
                      and (p := past_dateline(c)) is not None), None)
            if c is not None:
                sp = np_text(c, doc, stop_deps=_NP_STOPS)
                last = sp[-1]
                more = next((x for x in (*last.children, *c.children) if x.dep_ == "conj" and x.pos_ == "PROPN"
                             and x.i == sp.end + 1 and doc[sp.end].lower_ == "and"), None)
                if more is not None and last.pos_ == "PROPN" and last.dep_ == "pobj" and last.head.lower_ == "of":
                    sp = doc[sp.start:more.i + 1]   # "the State of X and Y": a name the parser split at "and"
                    if sp.end + 2 < len(doc) and doc[sp.end].text == "(" and doc[sp.end + 2].text == ")":
                        sp = doc[sp.start:sp.end + 3]   # its initials after it: "... (SXY)"
                found = sp.text if len(sp) <= 14 else c.text
    doc.user_data[key] = found
    return found


def group_read_as_verb(verb: Token) -> list[Token]:
    """"During the assault, IS killed 5,000 men": the initials of the Islamic State in capitals, which the tagger
    read as the auxiliary "is" of a passive that has a direct object, are its subject."""
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.text == "IS" and c.i < verb.i
            and any(d.dep_ == "dobj" for d in verb.children)]


_HARM_ON_THE_WAY = {"beat", "stab", "hit", "torture", "hack", "burn", "abuse", "assault", "rape", "capture", "seize"}


def harmed_before(verb: Token) -> list[Token]:
    """"Four people died after being shot by police", "killed after being abducted by X": the agent of a harm
    the victims suffered first, in a clause after "after" or "following"."""
    return [x for p in verb.children if p.dep_ == "prep" and p.lower_ in ("after", "following")
            for v in p.children if v.dep_ == "pcomp" and v.pos_ == "VERB"
            and (v.lemma_.lower() in TRANSITIVE or v.lemma_.lower() in _HARM_ON_THE_WAY)
            and any(a.dep_ == "auxpass" for a in v.children)
            for a in v.children if a.dep_ == "agent" for x in a.children if x.dep_ == "pobj"]




def object_read_as_subject(verb: Token) -> list[Token]:
    """"The spokesman said troops of the army pursued the assailants, killing five": the parser made the subject
    of the reported clause the object of the reporting verb; where the clause has no subject, it is that."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_.lower() not in REPORT_VERBS or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    return [c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
