"""Last touches to a resolved source: the name as an institution goes by, and the kind a named force is.

* a place's possessive before a body or office described in lower case is the place's name, not its owner
  ("Kessa's deputy commissioner" -> "Kessa deputy commissioner");
* a named unit within a larger body is named by its own name ("the Relief Unit at the Presidency" -> "Relief
  Unit");
* a named force no list knows is an armed group, not a state's military, where its name says it fights for
  a cause or a people ("Tesh Liberation Army", "Kessa People's Defence Force") or is named after a place
  that is not a country ("Kessa Army" for a province Kessa); a country's own ("Orvan People's Defence
  Forces" for a country Orvan) stays the military.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from vigil.extract.source_coref import CAUSE_WORDS, foreign_generic
from vigil.extract.sources import SourceIndex
from vigil.geo import Gazetteer
from vigil.models import Source

#: "Kessa's deputy commissioner", "Tarno district's police chief": a proper owner before lower-case words
_PLACE_POSSESSIVE = re.compile(r"^(?P<owner>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}"
                               r"(?:\s+(?:district|state|region|province|county|city|town|municipality|governorate))?)"
                               r"['’]s\s+(?P<rest>(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*){0,4})$")
#: a named unit and the larger body it sits in ("the Relief Unit at the Presidency of the Council of Ministers"):
#: the unit is the source, by its own name
_UNIT_WITHIN = re.compile(r"(?P<unit>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*|\s+(?:of|for|and))*\s+"
                          r"(?i:unit|cell|office|centre|center|department|directorate|section|bureau|secretariat|room|"
                          r"team|service))\s+(?:at|within|in)\s+the\s+(?-i:[A-Z]).*")
#: the last word of a named armed force
_FORCE_HEADS = {"army", "forces", "force", "front", "brigade", "brigades", "militia", "movement", "guard", "guards"}
#: words of a force's name between its owner and its head ("People's Defence Force", "National Army")
_FORCE_WORDS = {"people's", "peoples", "peoples'", "popular", "defence", "defense", "national", "democratic",
                "united", "armed", "patriotic", "army", "forces", "force"}
_ARMED_DESCRIPTIONS = re.compile(r"\b(?:rebels?|insurgents?|militants?|separatists?|guerrillas?|ethnic\s+armed|"
                                 r"armed\s+group|resistance\s+(?:group|force|movement))\b", re.IGNORECASE)


def refine(src: Source, index: SourceIndex, gazetteer: Gazetteer) -> Source:
    """A resolved source with its name and kind settled (see the module's notes)."""
    src = _place_possessive(src, gazetteer)
    if (within := _UNIT_WITHIN.fullmatch(src.name)) is not None and index.lookup(src.name) is None:
        src = replace(src, name=within["unit"])
    if _unlisted_armed_group(src, index, gazetteer):
        src = replace(src, kind="armed_group")
    return src


def settled(context: Sequence[Source], index: SourceIndex, gazetteer: Gazetteer) -> list[Source]:
    """The sources named before with the kinds :func:`refine` gives them: a named force no list knows that fights
    for a cause is an armed group there too, what "the resistance group" may refer back to."""
    return [replace(src, kind="armed_group") if _unlisted_armed_group(src, index, gazetteer) else src
            for src in context]


def _unlisted_armed_group(src: Source, index: SourceIndex, gazetteer: Gazetteer) -> bool:
    """A force no list knows, resolved as a state's, whose name says it fights for a cause or a place."""
    return src.kind == "military" and index.lookup(src.name) is None and _non_state_force(src, gazetteer)


def national(mentions: Sequence[Sequence[Source]], index: SourceIndex, demonym: str | None) -> list[list[Source]]:
    """The known bodies named in each sentence, where a common noun phrase listed as one country's body ("the
    junta") names, in a report about another country, that country's own ("Burkinabe junta")."""
    return [[index.resolve(m.text, m.text.split()[-1].lower(), [], demonym=demonym)
             if foreign_generic(m.text, m.name, demonym) else m for m in ms] for ms in mentions]


def _place_possessive(src: Source, gazetteer: Gazetteer) -> Source:
    m = _PLACE_POSSESSIVE.match(src.name)
    if m is None:
        return src
    owner = m["owner"]
    found = gazetteer.find(owner)
    if len(found) == 1 and found[0].precision == "country":
        return src      # (a country's possessive is its adjective, made elsewhere)
    return replace(src, name=f"{owner} {m['rest']}")


def _non_state_force(src: Source, gazetteer: Gazetteer) -> bool:
    words = src.name.split()
    if len(words) < 2 or words[-1].lower() not in _FORCE_HEADS:
        return False
    if not all(w[:1].isupper() or w.lower() in ("of", "the", "for", "and") for w in words):
        return False        # (a description: "the Orvanian army", "government forces")
    lowered = [w.lower() for w in words]
    if set(lowered) & CAUSE_WORDS or _ARMED_DESCRIPTIONS.search(src.text):
        return True
    if "of" in lowered:
        return False        # ("Armed Forces of Tesh": a state's)
    k = 0
    while k < len(words) and lowered[k] not in _FORCE_WORDS:
        k += 1
    owner = " ".join(words[:k])
    if not owner:
        return False
    found = gazetteer.find(owner)
    whole = len(found) == 1 and found[0].start == 0 and found[0].end >= len(owner) - 1
    if whole and found[0].precision == "country":
        return False        # a country's own army
    if whole:
        return True         # named after a province, a region, a town: not a state's army
    # an owner no gazetteer knows: a people's defence force is a local one; a bare "Tesh Army" may be a state's
    return any(w in ("people's", "peoples", "peoples'", "defence", "defense") for w in lowered[k:])
