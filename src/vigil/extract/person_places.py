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
