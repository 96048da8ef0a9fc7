"""Actors a figure's own clause does not name but the sentence around it does.

- the actor of a "when" clause ("were killed when soldiers opened fire on a bus");
- a speaker who says it did the harm itself ("the Front said it / its fighters had killed 35 soldiers":
  claimed);
- an actor blamed or accused in a clause joined to the statement of the figure ("said 30 died and
  blamed the militia", "..., which blamed the militia for most of the deaths": accused).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from vigil.extract.lexicon import EVENT_CONTAINERS, EVENT_WORDS, REPORT_VERBS

_SPEAKER_PRONOUNS = {"it", "they", "we"}
_BLAME = {"blame", "accuse"}
_OWN_FIGHTERS = {"fighter", "militant", "member", "militiaman", "gunman", "mujahid", "mujahideen", "combatant"}


def when_clause_actor(verbs: list[Token], span_of: Callable[[Token], Span | None]) -> Span | None:
    """The active subject of a "when" clause hanging on the figure's verbs, if it is an actor."""
    for verb in verbs:
        for c in verb.children:
            if c.dep_ != "advcl" or c.pos_ != "VERB":
                continue
            if not any(m.dep_ in ("advmod", "mark") and m.lower_ == "when" for m in c.children):
                continue
            if any(x.dep_ == "auxpass" for x in c.children):
                continue
            for s in c.children:
                if s.dep_ == "nsubj":
                    sp = span_of(s)
                    if sp is not None:
                        return sp
    return None


def speaker_claims(trigger: Token, span_of: Callable[[Token], Span | None]) -> Span | None:
    """"X said it had killed N": the speaker, who claims the harm."""
    if trigger.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    subj = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    # "it/they had killed ...", "its fighters had killed ...": the speaker's own doing
    own_men = subj.lemma_.lower() in _OWN_FIGHTERS and any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                                         for c in subj.children)
    if subj.lower_ not in _SPEAKER_PRONOUNS and not own_men:
        return None
    head = trigger.head
    if trigger.dep_ not in ("ccomp", "xcomp") or head.pos_ != "VERB" or head.lemma_.lower() not in REPORT_VERBS:
        return None
    speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ not in ("PROPN", "NOUN"):
        return None
    if not own_men and (subj.lower_ == "it") != (speaker.tag_ in ("NN", "NNP")):
        return None
    return span_of(speaker)


def blamed_alongside(trigger: Token, doc: Doc, span_of: Callable[[Token], Span | None]) -> Span | None:
    """An actor blamed in a clause conjoined to (or relative to the speaker of) the figure's statement."""
    # "said N died and blamed X" (often parsed as a conjunct of the figure's own verb)
    blamers = [c for c in trigger.conjuncts if c.lemma_.lower() in _BLAME and c.i > trigger.i]
    report = next((a for a in trigger.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in REPORT_VERBS), None)
    if report is not None:
        blamers += [c for c in report.conjuncts if c.lemma_.lower() in _BLAME and c.i > trigger.i]
        speaker = next((c for c in report.children if c.dep_ == "nsubj"), None)
        if speaker is not None:
            blamers += [t for t in speaker.subtree if t.dep_ == "relcl" and t.lemma_.lower() in _BLAME]
    # "..., according to the group, which blamed X for the deaths"
    blamers += [t for t in doc[trigger.i + 1:] if t.dep_ == "relcl" and t.lemma_.lower() in _BLAME
                and any(c.dep_ == "nsubj" and c.lower_ in ("which", "who") for c in t.children)]
    for verb in blamers:
        for c in verb.children:
            if c.dep_ == "dobj":
                sp = span_of(c)
                if sp is not None:
                    return sp
    return None


_RELATIVES = {"who", "that", "which", "whom"}


def relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for: "gunmen who killed 11" -> gunmen; "the raid that left ..." -> raid."""
    if tok.lower_ not in _RELATIVES or tok.head.dep_ not in ("relcl", "acl"):
        return None
    noun = tok.head.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i != tok.i else None


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
