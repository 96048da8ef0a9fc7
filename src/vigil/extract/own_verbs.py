"""A figure's own verb where it is not a harm: "50 rebels were arrested and 30 have surrendered", "troops
killed four gunmen and rescued 11 people": the second amount is the subject or object of a verb of its own,
conjoined with the harm verb, and that verb says something else befell them (they gave themselves up, they
were freed), so the harm of the conjoined verb is not theirs.

People freed from captivity are the abducted where the sentence says they had been taken ("rescued 11
people who had been abducted by the gang"): the harm word inside their phrase is their outcome.

Helper of :mod:`vigil.extract.figures`; nothing here looks outside the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from vigil.extract.lexicon import HOLD_VERBS, OUTCOME_VERBS, REPORT_VERBS, VAGUE_PLURALS

#: verbs that leave the outcome of the clause they join (the amount continues the harm's figure): "be",
#: "remain", a verb of counting or finding, or of care ("were taken to hospital")
_NEUTRAL = {"be", "remain", "stay", "include", "number", "count", "record", "confirm", "find", "recover", "leave",
            "take", "rush", "admit", "treat", "receive", "sustain", "suffer", "bring", "put", "reach", "rise",
            "climb", "stand", "do", "have", "get", "go", "lie", "list", "identify", "register", "document",
            "report", "see", "estimate", "make", "raise", "say", "add", "die", "need", "require", "undergo"}
#: verbs that free people held: their objects were held before ("rescued 14 people who had been abducted")
_FREE = {"rescue", "free", "release", "liberate", "recover", "exchange", "return", "repatriate", "swap"}


def own_other_verb(head: Token, trig: int | None, outcome: str | None, triggers: dict[int, str],
                   doc: Doc) -> tuple[int | None, str | None]:
    """(trigger, outcome) for the figure whose victim word is ``head``: as chosen, unless the amount belongs
    to a verb of its own conjoined with the chosen harm verb and that verb is no harm; then the abduction its
    phrase names where the verb frees people, else nothing."""
    if trig is None or head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return trig, outcome
    verb, harm = head.head, doc[trig]
    if _harm_of_another(head, verb, harm, triggers):
        return None, None
    if (harm.tag_ == "VBN" and harm.dep_ in ("acl", "amod") and harm.head.i == head.i and harm.i > head.i + 1
            and head.dep_ in ("dobj", "nsubjpass") and verb.i in triggers and verb.i != harm.i
            and doc[harm.i - 1] in head.conjuncts and any(c.dep_ == "nummod" for c in doc[harm.i - 1].children)):
        # "killed 40 people and 152 others injured": the participle after the second count is that count's
        # harm (the parser hung it on the first noun), the first keeps its verb's
        return verb.i, triggers[verb.i]
    if (harm.dep_ == "appos" and harm.head.i == head.i and harm.pos_ == "NOUN" and verb.pos_ == "VERB"
            and verb.i in triggers and not any(c.dep_ == "neg" for c in verb.children)):
        # "70 people were killed ... and 40,000 displaced, the largest displacement in a decade": a noun set
        # in apposition comments on the event; the verb the count is the subject or object of states its harm
        return verb.i, triggers[verb.i]
    if harm.dep_ in ("acomp", "oprd") and harm.head.pos_ == "VERB" and harm.head.lemma_.lower() in ("remain", "stay"):
        harm = harm.head        # "250 were rescued, but 60 remain missing": the verb the harm word completes
    if (verb.pos_ != "VERB" or verb.i in triggers or harm.pos_ != "VERB" or verb.i == harm.i
            or not ((verb.dep_ == "conj" and verb.head.i == harm.i) or (harm.dep_ == "conj" and harm.head.i == verb.i))):
        return trig, outcome
    if head.dep_ in ("nsubj", "nsubjpass") and harm.dep_ == "conj" and harm.head.i == verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in harm.children):
        return trig, outcome    # "12 soldiers were ambushed and killed": one subject for both verbs
    lemma = verb.lemma_.lower()
    if lemma in _NEUTRAL or lemma in REPORT_VERBS or any(
            c.i in triggers for c in verb.children if c.dep_ not in ("conj", "cc")) or any(
            c.dep_ == "neg" for c in verb.children):
        return trig, outcome
    if lemma in _FREE:
        held = next((t.i for t in head.subtree if triggers.get(t.i) == "abducted"), None)
        if held is not None:
            return held, "abducted"
    return None, None


def other_fate(verb: Token, harm_verb: Token) -> bool:
    """Whether ``verb``, set beside the harm verb ``harm_verb`` ("50 were arrested and 30 have surrendered"),
    says another thing befell its subject: a verb of no harm, not one that restates or continues the harm."""
    lemma = verb.lemma_.lower()
    harm = harm_verb.lemma_.lower()
    return (verb.pos_ == "VERB" and harm_verb.pos_ == "VERB" and (harm in OUTCOME_VERBS or harm in HOLD_VERBS)
            and lemma not in OUTCOME_VERBS and lemma not in HOLD_VERBS and lemma not in _NEUTRAL
            and lemma not in REPORT_VERBS and not any(c.dep_ in ("acomp", "xcomp", "oprd", "dobj") for c in verb.children))


#: prepositions that set an event beside what people did about it ("deployed 300 officers after the killing")
_AFTER_EVENT = {"after", "following", "for", "over", "since", "before"}
#: verbs whose object is condemned, not harmed ("sentenced 14 men to death")
_SENTENCE = {"sentence", "condemn"}


def _harm_of_another(head: Token, verb: Token, harm: Token, triggers: dict[int, str]) -> bool:
    """The harm word is not the counted people's: a harm noun in a phrase on their own verb, which is no harm
    ("Police deployed 300 officers after the killing", "sentenced 14 men to death for the killings"), or a harm
    word describing another noun the verb's clause names ("200 soldiers were deployed to protect 5,000 displaced
    people")."""
    if verb.pos_ != "VERB" or verb.i in triggers or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _SENTENCE:
        return True
    own = ("dobj", "nsubjpass") if any(c.dep_ == "dobj" for c in harm.children) or harm.dep_ != "pcomp" else (
        "nsubjpass", "nsubj")     # ("..., with thousands having left for X": the absolute clause's own subject)
    if (harm.pos_ == "VERB" and harm.i != verb.i and verb not in harm.conjuncts and head.i not in {
            t.i for t in harm.subtree} and any(c.dep_ in own and c.i != head.i and (
                c.like_num or c.lower_ in VAGUE_PLURALS or any(x.dep_ == "nummod" for x in c.children))
                for c in harm.children)):
        return True     # "3 million people needed aid after the floods killed 40": the harm verb counts its own
    if lemma in _NEUTRAL or lemma in REPORT_VERBS or lemma in _FREE:
        return False
    if harm.pos_ == "NOUN" and harm.dep_ == "pobj" and harm.head.lower_ in _AFTER_EVENT and harm.head.head.i == verb.i:
        return True
    return (harm.dep_ == "amod" and harm.head.i != head.i and harm.head.pos_ == "NOUN"
            and harm.head.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and harm.head.i > verb.i
            and any(a.i == verb.i for a in harm.head.ancestors) and harm.head.i not in {t.i for t in head.subtree})
