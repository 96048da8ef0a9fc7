"""Whether a proper noun of a parsed sentence is a person's name: the parser's person tag, or the way the
sentence writes a name the parser tagged otherwise (it often takes names it has not seen for an organisation or
a work of art): two or three capitalised words set before an age in apposition ("Ana Ferro, 34, was shot
dead") or after a role or title ("councillor Tami Oro", "Sergeant Petro Valko"), none of them a word that goes
on a place's or a body's name."""

from __future__ import annotations

from spacy.tokens import Token

from vigil.extract.lexicon import RANK_WORDS, SINGLE_PERSON_WORDS, TITLE_WORDS
from vigil.extract.name_spans import name_like

__all__ = ["person_name"]

_NOT_PERSON_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY",
                              "PERCENT", "NORP"})
_ROLE_WORDS = frozenset(SINGLE_PERSON_WORDS | RANK_WORDS | TITLE_WORDS) | {
    "journalist", "reporter", "activist", "defender", "councillor", "councilor", "priest", "pastor", "imam",
    "teacher", "farmer", "student", "lawyer", "nurse", "medic", "soldier", "private", "constable"}


def person_name(tok: Token) -> bool:
    """A proper noun the parser tags a person's, or the last word of a name the wording marks as a person's."""
    if tok.tag_ not in ("NNP", "NNPS"):
        return False
    if tok.ent_type_ == "PERSON":
        return True
    if tok.ent_type_ in _NOT_PERSON_ENTS:
        return False
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].tag_ in ("NNP", "NNPS") and doc[start - 1].head.i == tok.i \
            and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ not in _ROLE_WORDS:
        start -= 1
    words = doc[start:tok.i + 1]
    if not 1 <= len(words) <= 3 or not all(t.is_alpha or "-" in t.text for t in words) or not name_like(words.text):
        return False
    before = doc[start - 1] if start > 0 else None
    titled = before is not None and before.lower_ in _ROLE_WORDS and (before.head.i in (tok.i, start) or (
        tok.dep_ == "appos" and tok.head.i == before.i))
    if titled:
        return True
    # "Ana Ferro, 34,": an age set beside a full name
    after = doc[tok.i + 1:tok.i + 4]
    return len(words) >= 2 and len(after) >= 2 and after[0].text == "," and after[1].like_num and (
        after[1].text.isdigit() and int(after[1].text) <= 110) and (len(after) < 3 or after[2].text in (",", ";", ")"))
