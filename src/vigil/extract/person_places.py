"""Names of people are not places: "Hassan Ali Garissa said" does not locate anything in Garissa."""

from __future__ import annotations

import re
from collections.abc import Sequence

from vigil.extract.attribution import Attribution

_NAME = re.compile(r"(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+")
_SAID = re.compile(r"\s+(?:said|says|told|added|wrote|explained|noted)\b")


_VICTIM_NAME = re.compile(_NAME.pattern + r"(?=,|$)")


def person_names(attributions: Sequence[Attribution | None], victims: Sequence[str] = ()) -> list[str]:
    """Full names (two words or more) of the people a report attributes figures to, and of single persons it
    counts ("Aro Tesh, a farmer", "village head Aro Tesh": a name that ends the words or comes before a comma)."""
    names: set[str] = set()
    for a in attributions:
        if a is not None and a.person:
            names.update(m.group(0) for m in _NAME.finditer(a.text))
    for text in victims:
        names.update(m.group(0) for m in _VICTIM_NAME.finditer(text))
    return sorted(names, key=len, reverse=True)


def in_person_name(start: int, end: int, text: str, names: Sequence[str]) -> bool:
    """A place match that lies inside a person's full name, or is that person's surname alone
    before a reporting verb ("Garissa said")."""
    for name in names:
        for m in re.finditer(re.escape(name), text):
            if m.start() <= start and end <= m.end():
                return True
        surname = name.split()[-1]
        if text[start:end] == surname and _SAID.match(text, end):
            return True
    return False


# a capitalised word or two after a place's name, ending the phrase: a surname after a given name
_SURNAME_AFTER = re.compile(r"\s+((?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z][a-z'’-]+))?)(?=\s*(?:[,.;:)\"”]|\s+(?:and|said|says|"
                            r"told|wrote|added)\b|$))")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|of|to|on|into|towards?|around|across|between|hit|struck|"
                              r"shelled|attacked|village|town|city|district|province|region)\s+(?:the\s+)?$",
                              re.IGNORECASE)
#: words that go on a place's name rather than a person's ("Kalo Village", "Gaza City", "Sinjil Junction")
PLACE_NAME_WORDS = frozenset({"city", "town", "village", "district", "province", "region", "state", "county", "oblast",
                              "governorate", "camp", "valley", "strip", "bank", "junction", "road", "street", "square",
                              "market", "bridge", "crossing", "airport", "port", "base", "hospital", "mosque", "church",
                              "school", "university", "area", "zone", "raion", "department", "municipality", "border"})
#: and the words after a place's name that make it a body's ("Kessa Police", "Tesh Council")
_PLACE_WORDS = PLACE_NAME_WORDS | {"governor", "mayor", "police", "army", "council", "authorities", "officials",
                                  "residents"}


def before_surname(start: int, end: int, text: str, starts: set[int]) -> bool:
    """A small place's name that is a given name before a surname: "the head of the administration, Serhii
    Hnatiuk", "named the dead as Naik Shahid Ullah": the name of a person, not a place; a place's name after
    a locative word ("in X", "the village of X") is a place's."""
    r = _SURNAME_AFTER.match(text, end)
    if r is None or _LOCATIVE_BEFORE.search(text, max(0, start - 30), start):
        return False
    words = r.group(1).split()
    return r.start(1) not in starts and not any(w.lower() in _PLACE_WORDS for w in words)
