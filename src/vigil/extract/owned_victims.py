"""Victims named as someone's own people: "the gang leader and 12 of his lieutenants", "the rebel commander and
six of his bodyguards", "a spokesman for the X Army said four of its men died", "'we lost three of our men', the
ministry said", "the militia lost seven men" (spec, Conventions, "Victims": the status is what the report says of the victims, here through the
one whose men they are).

A helper of :mod:`vigil.extract.victims`, read from the dependency parse of the figure's sentence: the owner is the
person the possessive refers back to ("his", "her": the nearest person noun before it), or the body the clause's
speaker speaks for ("its", "their", "our"), or the subject of "lose" whose object they are.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from vigil.extract.lexicon import NONSTATE_WORDS, STATE_WORDS, TRANSITIVE
from vigil.extract.victim_roles import insurgent_army, speaking_body

#: nouns with no status of their own that take their owner's ("his men", "its fighters", "our comrades")
_FOLLOWERS = {"man", "men", "bodyguard", "comrade", "follower", "loyalist", "henchman", "henchmen", "associate",
              "fighter", "member", "colleague", "lieutenant", "deputy", "aide", "commander", "rank"}
#: ranks that are a state's unless their owner is an armed group's man ("his lieutenants": a gang leader's)
_RANK_FOLLOWERS = {"lieutenant", "deputy", "commander"}
#: leaders of armed gangs by their title alone
_ARMED_LEADERS = {"kingpin", "warlord", "ringleader", "druglord"}
_BODIES = {"ministry", "government", "defence", "defense"}
_CATEGORIES = ("state_forces", "non_state_fighters")

Categorize = Callable[[list[Token]], tuple[str, bool, list[str], list[str]]]


def owner_status(tokens: list[Token], category_of: Categorize) -> str | None:
    """The category of victims named as the men of an owner of a stated side, or None."""
    for t in tokens:
        lemma = t.lemma_.lower()
        if lemma not in _FOLLOWERS and t.lower_ not in _FOLLOWERS:
            continue
        poss = next((c for c in t.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their", "our")),
                    None)
        if poss is None:
            loser = _loser(t)
            status = _status(loser, category_of) if loser is not None else None
            if status is not None:
                return status       # "vigilantes lost seven men", "the rebels lost 30 fighters": the side losing
            continue
        owner = _person_before(poss) if poss.lower_ in ("his", "her") else None
        if owner is None:
            owner = speaking_body(_speaker(t))
        if owner is None:
            continue
        status = _status(owner, category_of)
        if status is None:
            return None
        if lemma in _RANK_FOLLOWERS and status == "state_forces":
            return None     # ("the general and two of his lieutenants": the rank says it already)
        return status
    return None


def _loser(t: Token) -> Token | None:
    """The one who lost the men counted, where the sentence says it by name or noun ("the militia lost seven men",
    "X said it lost ..." leaves it to the speaker's side): the subject of "lose" over its object ``t``."""
    if t.dep_ != "dobj" or t.head.lemma_.lower() != "lose":
        return None
    subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == "we":
        return speaking_body(_speaker(t))     # '"We lost five men," the army spokesman said': the speaker's
    return speaking_body(subj) if subj is not None and subj.pos_ != "PRON" else None


def _person_before(poss: Token) -> Token | None:
    """The person noun a "his" or "her" refers back to: the nearest singular common noun before it in the
    sentence ("the gang leader and 12 of his lieutenants": the leader)."""
    for t in reversed(list(poss.doc[poss.sent.start:poss.i])):
        if t.tag_ == "NN" and t.pos_ == "NOUN":
            return t
    return None


def _speaker(tok: Token) -> Token | None:
    """The subject of the nearest clause over ``tok`` that is not a pronoun and does not hold ``tok`` ("X said
    four of its men died", "'we lost three of our men,' X said": X)."""
    for anc in tok.ancestors:
        if anc.lemma_.lower() in TRANSITIVE and anc.pos_ == "VERB":
            continue        # "bandits shot dead five of our men": who did it, not whose men they are
        subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ != "PRON" and not (subj.left_edge.i <= tok.i <= subj.right_edge.i):
            return subj
    return None


def _status(owner: Token, category_of: Categorize) -> str | None:
    """The side the owner's own words (with an apposition set beside them) say it is on: a state's or an armed
    group's; None for any other."""
    words = [c for c in owner.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") and c.pos_ != "PRON"]
    words = [x for c in words for x in c.subtree if x.dep_ not in ("det", "punct", "case")] + [owner]
    words += [x for c in owner.children if c.dep_ == "appos" for x in c.subtree if x.dep_ not in ("det", "punct")]
    if insurgent_army(words):
        return "non_state_fighters"     # "the X Liberation Army"
    cat, explicit, _groups, _demo = category_of(words)
    if explicit and cat in _CATEGORIES:
        return cat
    lemmas = {w.lemma_.lower() for w in words}
    if lemmas & (NONSTATE_WORDS | _ARMED_LEADERS):
        return "non_state_fighters"     # ("the kingpin and 12 of his lieutenants": a gang's)
    if owner.lemma_.lower() in STATE_WORDS | _BODIES or lemmas & {"defence", "defense", "army", "military"}:
        return "state_forces"           # "the defence ministry said": the state's men
    return None
