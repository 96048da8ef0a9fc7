"""Where a sentence names a person, by the way names are written: a full name after a role or a title ("police
chief Jon Orvan", "Prime Minister Aro Tesh"), before a description in apposition ("Aro Tesh, a nurse,", "Aro Tesh,
34,"), after a reporting verb ("said Aro Tesh", "according to Aro Tesh") or a naming one ("identified as Aro Tesh
and Kessa Obi"), or tagged a person by the parser. A given name or a surname the gazetteer knows as a place's (or
another language's name for one: "Amara" for Amhara) is no place there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from vigil.extract.lexicon import (
    RANK_WORDS,
    SINGLE_PERSON_WORDS,
    SOURCE_HEAD_KINDS,
    SOURCE_NOUNS,
    TITLE_WORDS,
)
from vigil.extract.person_places import PLACE_NAME_WORDS
from vigil.extract.sentences import Sentence
from vigil.extract.syntax import doc_text
from vigil.geo import PlaceMatch

__all__ = ["in_name", "name_like", "name_spans", "parsed_names", "spelt_names"]

_WORD = r"(?-i:[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zß-ÿ'’]+)?)"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{1,2}}"
#: role and title words written before a person's name (not those that also open a body's or a place's name)
_ROLES = frozenset(w.lower() for w in SINGLE_PERSON_WORDS | RANK_WORDS | TITLE_WORDS
                   if w.isalpha() and len(w) > 2 and w not in {"police", "state", "head", "general", "member",
                                                                "health", "defence", "defense", "interior", "foreign",
                                                                "acting", "deputy", "major", "private", "couple"})
# a word before a name, the name looked ahead at (a role word may open the name a word before it matched:
# "said Commander Aro Tesh"); the word is checked against _ROLES, a set, rather than an alternation of them
_BEFORE_NAME = re.compile(rf"\b([^\W\d_]+)\s+(?=({_NAME}))")
# "Aro Tesh, a nurse,", "Aro Tesh, 34,", "Aro Tesh, the village head"
_APPOSED = re.compile(rf"(?<![\w'’-])({_NAME}),\s+(?:\d{{1,3}}\s*[,)]|(?:a|an|the)\s+(?P<desc>[a-z-]+(?:\s+[a-z-]+){{0,2}}))")
_REPORTED = re.compile(rf"\b(?:said|says|told|added|according\s+to|identified\s+as|named\s+as|names\s+as|"
                       rf"(?:identified|named)\s+(?:[a-z'’-]+\s+){{1,4}}?as)\s+"
                       rf"({_NAME}(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+){_NAME})*)"
                       # (not a body or people named by a place: "according to Kessa Obi elders")
                       rf"(?=\s*(?:[,.;:)\"”(]|$|(?-i:[A-Z])|(?:and|said|says|told|who|whose|on|in|at|of|for|that|to|as|"
                       rf"was|were|is|had|has|late|earlier)\b))")
# one name after an honorific: "Dr Amara", "Sheikh Salim" (the title is kept in the span: the name alone is no
# place there, and a place named with the title, "Sheikh Othman", is all of the span)
_HONORIFIC = re.compile(rf"\b(?-i:Dr|Mr|Mrs|Ms|Miss|Prof|Sheikh|Imam|Pastor|Alhaji|Alhaja|Malam|Mallam|Hajiya|Madam|"
                        rf"Rev|Reverend)\.?\s+{_WORD}(?!\s+{_WORD})")
_NAMED_BEFORE = re.compile(rf"({_NAME})\s+(?:said|says|told|added|wrote)\b")
# a person before their kin: "Aro Tesh and her two sons", "Aro Tesh's widow"
_KIN = (r"(?:wife|husband|widow|widower|son|sons|daughter|daughters|child|children|mother|father|brother|brothers|"
        r"sister|sisters|family|relatives?|parents|uncle|aunt|nephew|niece|cousin|grandson|granddaughter)")
_WITH_KIN = re.compile(rf"({_NAME})(?:,?\s+and\s+(?:his|her)\s|['’]s\s+(?:\w+\s+)?{_KIN}\b)")
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|from|of|(?<!according )to|on|into|towards?|around|across|between|via|through|"
                       r"hit|struck|shelled|attacked|village|town|city|district|province|region|the)\s+$",
                       re.IGNORECASE)
#: words that go on a place's or a body's name rather than a person's
_NOT_NAME = PLACE_NAME_WORDS | frozenset({
                       "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                       "upper", "lower", "new", "old", "greater", "island", "islands", "river", "lake", "mount",
                       "news", "radio", "television", "times", "post", "daily", "press", "tv", "online", "herald",
                       "tribune", "network", "channel", "agency", "international", "watch", "health", "red",
                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december", "the", "in", "of", "and", "on", "at", "for", "to", "with",
                       "killed", "dead", "attack", "attacks", "says", "said"}
                      | {w for w in SOURCE_NOUNS if w.isalpha()} | {w for w in SOURCE_HEAD_KINDS if w.isalpha()})
#: descriptions in apposition that say a place is meant ("Kessa Obi, a town in ...")
_PLACE_NOUNS = frozenset({"town", "city", "village", "district", "province", "region", "state", "county", "area",
                          "suburb", "neighbourhood", "neighborhood", "settlement", "hamlet", "locality", "community",
                          "commune", "municipality", "camp", "capital", "port", "hub", "stronghold", "border",
                          "farming", "mining", "market", "trading", "garrison", "frontier", "key", "major", "small",
                          "remote", "strategic"})


def name_like(name: str) -> bool:
    """No word of the name is one that goes on a place's or a body's name."""
    return not any(w.lower().strip("'’") in _NOT_NAME for w in re.split(r"[\s-]+", name))


def _title_case(text: str) -> bool:
    """A headline written in title case ("Nurse Killed In Kessa Attack"): capitals say nothing of names there."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def name_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the full names (two or three capitalised words) the wording marks as persons'."""
    if _title_case(text):
        return []
    spans: list[tuple[int, int]] = []
    after = -1
    for r in _BEFORE_NAME.finditer(text):
        if r.start() >= after and r[1].lower() in _ROLES:     # "Commander Aro Tesh", not inside a name taken
            spans.append(r.span(2))
            after = r.end(2)
    for r in _APPOSED.finditer(text):
        if r["desc"] is None or not any(w in _PLACE_NOUNS for w in r["desc"].split()):
            spans.append(r.span(1))
    for r in _REPORTED.finditer(text):
        spans += [(r.start(1) + n.start(), r.start(1) + n.end()) for n in re.finditer(_NAME, r.group(1))]
    for r in (*_NAMED_BEFORE.finditer(text), *_WITH_KIN.finditer(text)):
        spans.append(r.span(1))
    spans += [r.span() for r in _HONORIFIC.finditer(text)]
    return sorted({(a, b) for a, b in spans if name_like(text[a:b])
                   and not _LOCATIVE.search(text, max(0, a - 20), a)})


def parsed_names(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the full names the parser tags as persons' (not after a locative word: "in Dutsen Kura"), and of
    the names coordinated with one ("Aro Obi, Jon Tesh and Kessa Worku were among ...": the parser may tag the
    first an organisation)."""
    spans = []
    for e in doc.ents:
        if e.label_ != "PERSON" or len(e) < 2:
            continue
        spans.append(e)
        for c in e.root.conjuncts:
            words = [t for t in c.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            if words and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "LOC", "FAC"):
                spans.append(doc[words[0].i:c.i + 1])
    return [(e.start_char, e.end_char) for e in spans if 2 <= len(e) <= 3
            and all(t.text[:1].isupper() and t.is_alpha for t in e) and name_like(e.text)
            and not _LOCATIVE.search(doc_text(doc), max(0, e.start_char - 20), e.start_char)]


def in_name(start: int, end: int, text: str, spans: Sequence[tuple[int, int]], places: Sequence[PlaceMatch]) -> bool:
    """A place's match that is part of a name's span, not all of it, where not every word of the name is a
    place's ("Jonah Orvan": Jonah is no place; "Kessa Tesh road": two places in a row)."""
    for a, b in spans:
        if a <= start and end <= b and (a, b) != (start, end):
            words = [w.span() for w in re.finditer(r"[^\s]+", text[a:b])]
            if not all(any(p.start <= a + x and a + y <= p.end for p in places) for x, y in words):
                return True
    return False


def spelt_names(sentences: Sequence[Sentence], found: Sequence[Sequence[PlaceMatch]],
                parsed: dict[int, list[tuple[int, int]]], people: Sequence[str]) -> tuple[list[list[tuple[int, int]]], list[str]]:
    """Per sentence, the spans of the names it spells out (the wording's and the parser's), and the report's
    people with those names added: a name spelt out once is a person's wherever it comes again ("Orvan said")."""
    # (only where the sentence names a place at all: names matter here only as what no place is)
    spans = [sorted(set(name_spans(s.text)) | set(parsed.get(n, []))) if ms else []
             for n, (s, ms) in enumerate(zip(sentences, found, strict=True))]
    more = {s.text[a:b] for s, ms, ns in zip(sentences, found, spans, strict=True) for a, b in ns
            if any(in_name(m.start, m.end, s.text, [(a, b)], ms) for m in ms)}
    return spans, sorted(set(people) | more, key=len, reverse=True)


#: a village this small, known only by another name for it, is a person's name more often than the place
_HAMLET = 10_000


def lone_aliases(found: Sequence[Sequence[PlaceMatch]]) -> set[tuple[int, int, int]]:
    """(sentence, start, end) of the small points abroad a report names only by another spelling or language's
    name for them, in a country nothing else in the report names: a given name ("Jonah" for a village in Iran),
    not a place."""
    lone = {(n, m.start, m.end) for n, ms in enumerate(found) for m in ms
            if m.via == "alias" and m.precision in ("point", "admin2") and 0 < m.population < _HAMLET}
    if not lone:
        return lone
    by_country: dict[str, int] = {}
    for n, ms in enumerate(found):
        for m in ms:
            if (n, m.start, m.end) not in lone:
                by_country[m.country] = by_country.get(m.country, 0) + 1
    return {(n, a, b) for n, a, b in lone
            if not any(m.country in by_country for m in found[n] if (m.start, m.end) == (a, b))}
