"""A division named by compass words in English where its country names it in French.

"Burkina Faso's East region", "the Centre-North region of Burkina Faso", "Haiti's West department": the
divisions are "Est", "Centre-Nord" and "Ouest" in the data, while the English words name a division of
another country ("East Province" of Cameroon) or none. :func:`native_divisions` reads the compass words
of such a name in French and looks the name up in the country the sentence names (else the report's
leading one); where that country has a first-order division of that name, it replaces what was found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from vigil.geo import Gazetteer, PlaceMatch

__all__ = ["native_divisions"]

_WORDS = {"north": "Nord", "south": "Sud", "east": "Est", "west": "Ouest", "centre": "Centre", "center": "Centre",
          "central": "Centre"}
_PART = r"(?:North|South|East|West|Centre|Center|Central)"
# "East region", "Centre-North region", "North West department", "Northwest region"
_COMPASS_DIVISION = re.compile(rf"\b(?P<c>{_PART}(?:[- ]?(?i:north|south|east|west|centre|center|central))?)"
                               r"\s+(?P<d>[Rr]egion|[Dd]epartment|[Pp]rovince)\b")
_SPLIT = re.compile(r"(?i)north|south|east|west|centre|center|central")


def _french(words: str) -> str:
    return "-".join(_WORDS[w.lower()] for w in _SPLIT.findall(words))


def native_divisions(text: str, found: list[PlaceMatch], gazetteer: Gazetteer,
                     fallback: Sequence[str] = ()) -> list[PlaceMatch]:
    """``found`` with each compass-named division read in French where the sentence's country (else the
    first of ``fallback``) has a first-order division of that French name (see the module doc)."""
    if "region" not in text.lower() and "department" not in text.lower() and "province" not in text.lower():
        return found
    named = [m.country for m in found if m.precision == "country" and m.via != "demonym"]
    countries = named or list(fallback[:1])
    if not countries:
        return found
    out = list(found)
    for r in _COMPASS_DIVISION.finditer(text):
        inside = [m for m in out if m.start < r.end() and m.end > r.start("c")]
        if any(m.country in countries for m in inside):
            continue       # the country's own English name for it ("Cameroon's Far North region")
        name = f"{_french(r['c'])} {r['d'].lower()}"
        hits = [m for m in gazetteer.find(name, prefer_countries=countries)
                if m.country in countries and m.precision == "admin1"]
        if not hits:
            continue
        hit = replace(hits[0], start=r.start(), end=r.end(), text=r.group())
        out = sorted([m for m in out if m not in inside] + [hit], key=lambda m: m.start)
    return out
