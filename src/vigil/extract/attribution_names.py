"""Where a body's own name starts in the phrase that names it as a source: the words before it that say what it is
("the police union SPNH-17", "the local NGO Tesh Peace Forum") are not part of it; a unit's ordinal ("the
army's 3rd Infantry Division") is."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from vigil.extract.lexicon import SOURCE_HEAD_KINDS, SOURCE_NOUNS

_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
#: a body's own name in capitals, letters then any digits or hyphens ("SPNH-17", "KORV"), whatever the tagger made of it
_ACRONYM = re.compile(r"[A-Z]{2,}[A-Z0-9-]*")
#: words of what a body is, written in capitals before its name ("the local NGO Tesh Peace Forum")
_KIND_ACRONYMS = {"NGO", "INGO"}


def ordinal_in_name(tok: Token) -> bool:
    """A numbered ordinal opening a unit's name ("3rd" of "the army's 3rd Infantry Division"), part of the name."""
    return _ORDINAL.fullmatch(tok.text) is not None and tok.head.pos_ == "PROPN" and tok.head.i > tok.i


def names_itself(tok: Token) -> bool:
    """Whether a phrase's head is a name: a proper noun, or an acronym the tagger took for a common noun (not a
    common noun written in capitals: "TV", "NGO")."""
    return tok.text[:1].isupper() and (tok.pos_ == "PROPN" or (
        _ACRONYM.fullmatch(tok.text) is not None and tok.lower_ not in SOURCE_HEAD_KINDS    # (not "state TV")
        and tok.lower_ not in SOURCE_NOUNS))


def after_kind_acronym(tok: Token, head: Token) -> bool:
    """Whether ``tok``, opening a name before ``head``, is a capitalised word of the body's kind, not its name."""
    return tok.text in _KIND_ACRONYMS and tok.i < head.i and tok.nbor(1).text[:1].isupper()


def name_start(doc: Doc, first: int, start: int, head: Token) -> int:
    """Where the name of the phrase ``doc[start:]`` headed by ``head`` starts, given its first capitalised word."""
    if first > start and ordinal_in_name(doc[first - 1]):
        return first - 1
    return first + 1 if after_kind_acronym(doc[first], head) else first


#: small words a body's name may hold in lower case ("Save the Children", "Doctors of the World")
_NAME_SMALL_WORDS = {"the", "of", "for", "and", "without", "in", "on"}


def name_read_as_clause(tok: Token) -> Span | None:
    """"Save the Children said ...", "according to Save the Children": a body's title-case name that opens with a
    verb, which the parser read as a clause (the verb as subject or object of a preposition): the whole name."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("nsubj", "nsubjpass", "csubj", "pcomp", "pobj") or not tok.text[:1].isupper():
        return None
    span = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
    if not 2 <= len(span) <= 6 or span[0].i != tok.i or not span[-1].text[:1].isupper():
        return None
    return span if all(t.text[:1].isupper() or t.lower_ in _NAME_SMALL_WORDS for t in span) else None
