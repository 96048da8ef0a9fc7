"""The actor of the event an account has just told, for a figure that goes on about it.

"Gunmen stormed a church in Kessa on Sunday. The attack left 14 worshippers dead": the figure's sentence
names its event only by referring back ("the attack", "the strike", "they") or names none at all ("At least
17 civilians were killed, the army said"); the actor is the one the sentences just before name as doing
the attack. A sentence that opens another event ("in a separate attack", "an earlier raid on ...") is a
new event and takes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from vigil.extract.figures import SentenceFigures
from vigil.extract.lexicon import EVENT_WORDS, REPORT_VERBS
from vigil.extract.perp_clauses import clean_actor, relative_antecedent, responsibility_claimer
from vigil.extract.perp_doers import _MISHAPS, _PERSON_NOUNS
from vigil.extract.perpetrators import (
    _ATTACK_VERBS,
    REFERRING_PRONOUNS,
    _event_actor,
    _names_victims,
    _perp_span,
)
from vigil.extract.sentences import Sentence
from vigil.extract.syntax import doc_text
from vigil.models import Claim, Perpetrator, Stance

__all__ = ["Scene", "carry_scene_actors", "headed", "scene_of", "scene_requests"]

#: verbs of doing an attack whose active subject is the attacker ("X stormed a base", "X opened fire")
_DOING = _ATTACK_VERBS | {"open", "launch", "detonate", "ram", "behead", "execute", "shoot", "gun", "slaughter",
                          "burn", "set", "torch", "kidnap", "abduct", "raze", "drop", "fire"}
#: harm verbs a headline puts in the passive without "was" ("Man killed as ...")
_HARMS = {"kill", "abduct", "kidnap", "wound", "injure", "execute", "behead", "shoot"}
_VICTIMS = _PERSON_NOUNS | {"man", "woman", "boy", "girl", "teen", "teenager", "farmer", "trader", "worker"}
#: modifiers of an event noun that make it another event than the one just told
_OTHER_EVENT = {"separate", "another", "earlier", "later", "second", "other", "different", "unrelated", "previous",
                "similar", "new"}
_SEPARATELY = re.compile(r"^\W*(?:separately|elsewhere|meanwhile|in (?:another|a separate|an earlier|a later|"
                         r"an unrelated|a similar|a second|other))\b", re.IGNORECASE)
#: victims that are the attackers themselves ("three of the assailants were killed")
_ATTACKERS = re.compile(r"\b(?:attackers?|assailants?|gunm[ae]n|raiders?|bombers?|kidnappers?|militants?|"
                        r"insurgents?|rebels?|fighters?|terrorists?|bandits?|jihadists?)\b", re.IGNORECASE)


@dataclass(slots=True)
class Scene:
    """What one sentence tells of an event: the actor it names as doing an attack, and whether it goes on
    about an event told before (``refers``: "the attack", no event at all) or tells a new one."""

    actor: tuple[str, Stance] | None
    refers: bool


def scene_of(doc: Doc) -> Scene:
    """The attack a sentence's words tell and who did it."""
    return Scene(_scene_actor(doc), _refers_back(doc))


def _scene_actor(doc: Doc) -> tuple[str, Stance] | None:
    claimer = clean_actor(responsibility_claimer(doc), doc)
    if claimer is not None:
        return claimer, "claimed"
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _DOING or _reported_by_doer(tok):
            continue
        if any(c.dep_ == "auxpass" for c in tok.children):
            agent = next((x for a in tok.children if a.dep_ == "agent" for x in a.children if x.dep_ == "pobj"), None)
            sp = _perp_span(agent, doc, state=True) if agent is not None else None
        elif tok.lemma_.lower() in _HARMS and tok.tag_ in ("VBN", "VBD") and not any(
                c.dep_ in ("dobj", "ccomp", "prt", "oprd", "acomp") for c in tok.children) and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _VICTIMS for c in tok.children):
            continue    # "Man killed as X drone slams into ...": a headline's passive read as active
        else:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and (ante := relative_antecedent(subj)) is not None:
                subj = ante
            sp = _perp_span(subj, doc, state=True) if subj is not None and subj.pos_ != "PRON" else None
        if sp is not None and (text := clean_actor(sp.text, doc)) is not None:
            return text, "asserted"
    for tok in doc:
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in EVENT_WORDS:
            found = _event_actor(tok, doc, "asserted")
            if found is not None and (text := clean_actor(found[0], doc)) is not None:
                return text, "asserted"
    return None


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


#: a word of doing an attack, of an attack, or of owning one, in any inflection ("stormed", "strikes", "shot",
#: "struck", "responsibility"): a sentence without one names no actor of an attack, so it need not be parsed
_MAY_TELL_ATTACK = re.compile(r"\b(?:" + "|".join(sorted(
    {_stem(w) for w in _DOING | EVENT_WORDS} | {"shot", "struck", "overran", "responsib", "claim"},
    key=len, reverse=True)) + ")", re.IGNORECASE)


def scene_requests(sentences: Sequence[Sentence], found: dict[int, SentenceFigures], scenes: dict[int, Scene],
                   max_chars: int, back: int = 2) -> list[int]:
    """The sentences not parsed yet whose scene :func:`carry_scene_actors` may read: those just before a
    figure's sentence that goes on about an event and has a figure with no actor of its own, and that have a
    word of an attack at all."""
    wanted: set[int] = set()
    lead = headed(sentences)    # (the lead tells anew what the headlines tell: "an attack", "a drone struck")
    for n, figs in found.items():
        scene = scenes.get(n)
        if scene is None or not (scene.refers or n == lead > 0) or all(
                f.perpetrator and f.perpetrator.lower() not in REFERRING_PRONOUNS for f in figs.figures):
            continue     # (no figure, or every one with an actor of its own, not a pronoun resolved later)
        for m in range(n - 1, max(n - back, 0) - 1, -1):
            if m not in found and len(sentences[m].text) <= max_chars and _MAY_TELL_ATTACK.search(sentences[m].text):
                wanted.add(m)
    return sorted(wanted)


def _reported_by_doer(verb: Token) -> bool:
    """"Residents said they fired back": a verb under a report of someone else is not the telling."""
    return any(a.lemma_.lower() in REPORT_VERBS and a.pos_ == "VERB" for a in verb.ancestors)


def _refers_back(doc: Doc) -> bool:
    """The sentence goes on about an event already told: it names an event only as a definite one ("the
    attack", "Friday's raid", "the strike also wounded ...") or names none at all."""
    if _SEPARATELY.match(doc_text(doc)):
        return False
    for tok in doc:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _MISHAPS - {"incident"}:
            return False     # "lost 12 relatives in a flood": a harm of its own cause, no one's attack
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in EVENT_WORDS:
            continue
        mods = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "poss", "nummod")}
        if mods & _OTHER_EVENT or mods & {"a", "an"} or (tok.tag_ == "NNS" and not mods & {"the", "these", "those"}):
            return False     # "in an air strike on ...", "in attacks on two villages": an event told anew
    return True


def headed(sentences: Sequence[Sentence]) -> int:
    """The index of the lead under the report's headlines (short first lines of their own, with no closing full
    stop), or 0 where the report opens with no headline."""
    n = 0
    while n + 1 < len(sentences) and n < 2 and sentences[n + 1].paragraph > sentences[n].paragraph and len(
            text := sentences[n].text.strip()) < 160 and not text.endswith((".", "\u201d", '"', "'")):
        n += 1
    return n


def carry_scene_actors(claims: Sequence[Claim], starts: Sequence[int], scenes: dict[int, Scene],
                       back: int = 2, lead: int = 0) -> None:
    """A figure with no actor of its own, whose sentence goes on about an event told just before, takes the
    actor the nearest of the ``back`` sentences before it names as doing the attack (or that a figure of such
    a sentence names), unless that actor names the victims. The ``lead`` (under headlines) tells the
    headline's event even where it tells it anew ("Rebel drone kills man" / "A man was killed when a drone
    struck ..."): a figure of the lead with no actor takes the headline's."""
    def sentence_of(c: Claim) -> int:
        return max((n for n, s in enumerate(starts) if s <= c.evidence.start), default=0)

    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(sentence_of(c), []).append(c)
    for c in claims:
        if c.perpetrator is not None:
            continue
        n = sentence_of(c)
        scene = scenes.get(n)
        if scene is None or not (scene.refers or n == lead > 0) or _ATTACKERS.search(c.victims.text or ""):
            continue
        for m in range(n - 1, max(n - back, 0) - 1, -1):
            told = next((p for o in by_sentence.get(m, []) if (p := o.perpetrator) is not None), None)
            actor = (told.text, told.stance) if told is not None else (s.actor if (s := scenes.get(m)) else None)
            if actor is None:
                continue
            if not _names_victims(actor[0], c.victims.text or ""):
                c.perpetrator = Perpetrator(actor[0], actor[1])
            break
