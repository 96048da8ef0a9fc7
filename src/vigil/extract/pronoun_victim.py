"""A person a pronoun names as the victim of a later clause of the same sentence: "A farmer went missing on
Monday; he was abducted by gunmen" (abducted, 1: what became of the missing man), "a trader left the
market and she was kidnapped on her way home" (abducted, 1). The pronoun's person is the one singular
person the sentence describes or names before it; a speaker ("the spokesman said he ...") is no victim.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from vigil.extract.lexicon import REPORT_VERBS, SINGLE_PERSON_WORDS
from vigil.extract.person_tokens import person_name

_PRONOUNS = {"he", "she"}


def single_person(t: Token) -> bool:
    """One person described ("a farmer") or named, as a subject or object of a verb other than a reporting one."""
    if t.tag_ == "NNP" and person_name(t) and (
            (t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.lemma_.lower() in ("identify", "name"))
            or (t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass", "dobj") and t.head.tag_ == "NN")):
        return not any(c.dep_ == "compound" for c in t.head.children if c.i == t.i + 1)   # "identified the driver
        # as Jon Tesh", "the imam, Sheikh Ali Bashir, had just finished prayers": a person named
    if t.dep_ not in ("nsubj", "nsubjpass", "dobj") or t.head.lemma_.lower() in REPORT_VERBS:
        return False
    if t.tag_ == "NNP" and person_name(t):
        return not any(c.dep_ == "compound" for c in t.head.children if c.i == t.i + 1)
    return t.tag_ == "NN" and t.lemma_.lower() in SINGLE_PERSON_WORDS and any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children)


def pronoun_antecedent(doc: Doc, trig: Token) -> Token | None:
    """The one person before it that the pronoun subject of the harm verb ``trig`` stands for, or None."""
    pron = next((c for c in trig.children if c.dep_ in ("nsubjpass", "nsubj") and c.lower_ in _PRONOUNS), None)
    if pron is None or trig.pos_ != "VERB" or (pron.dep_ == "nsubj" and trig.lemma_.lower() not in ("die", "disappear")):
        return None
    persons = [t for t in doc[:pron.i] if single_person(t)]
    return persons[0] if len(persons) == 1 else None
