"""Victims a first-person voice counts as its own ("we deplore six of our men who fell, 11 wounded and two
missing"), where the sentence names no speaker: the side of that voice, as its own account says it elsewhere
(spec, Conventions, "Victims": the status is what the report says of the victims).

A bulletin or statement a report reprints speaks of "our forces", "our troops", "our soldiers": its "we" is
a state's forces, and "our men" it lost are the state's. The voice is read in the quotation holding the
figure (a reprinted statement) or, outside quotations, in its paragraph. Figures the sentence goes on to give
by their amount alone ("11 wounded", "2 missing") continue the men counted (an elliptical figure takes the
category of the noun it continues).

A claim-level helper of :mod:`vigil.extract.breakdowns`.
"""

from __future__ import annotations

import re

from vigil.extract.lexicon import NONSTATE_WORDS, STATE_WORDS
from vigil.models import Claim, VictimCategory

__all__ = ["first_person_side"]

#: nouns with no status of their own that a voice uses for its own people ("our men", "our comrades")
_OWN_MEN = re.compile(r"^(?:(?:\w+\s+)?of\s+)?our\s+(?:own\s+)?(?:men|comrades|elements|boys|colleagues|heroes|"
                      r"brothers)\b", re.IGNORECASE)
#: "our" and the noun it owns, up to two words of description between ("our gallant troops", "our armed forces")
_OUR = re.compile(r"\bour\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)", re.IGNORECASE)
#: state nouns that also name civilians' own people ("our officials", "our agents") or a rank of any side
_NOT_SIDE = {"official", "agent", "general", "major", "private", "commander", "security", "personnel", "officer",
             "recruit", "guard", "pilot"}
#: what an elliptical figure of the sentence is written as where it has no noun of its own
_BARE = {"people", "wounded", "injured", "missing", "dead", "others", "other", "more"}


def _voice(text: str, at: int) -> str:
    """The text the first-person voice of the figure at ``at`` speaks in: the quotation holding it, else its
    paragraph."""
    quotes = [m.start() for m in re.finditer("[\"“”]", text)]
    before = [q for q in quotes if q < at]
    if len(before) % 2 == 1:
        after = [q for q in quotes if q >= at]
        return text[before[-1]:after[0] if after else len(text)]
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    return text[start + 1 if start >= 0 else 0:end if end >= 0 else len(text)]


def _side(voice: str) -> VictimCategory | None:
    """The side a voice says its own forces are on: the state's where it names its own by a state noun ("our
    forces", "our troops") and never by an armed group's."""
    nouns = {m.group(1).lower() for m in _OUR.finditer(voice)}
    stems = {n[:-1] if n.endswith("s") and n[:-1] in STATE_WORDS | NONSTATE_WORDS else n for n in nouns}
    if stems & NONSTATE_WORDS:
        return None
    if stems & (STATE_WORDS - _NOT_SIDE):
        return "state_forces"
    return None


def first_person_side(claims: list[Claim], text: str) -> None:
    """Set the category of "our men" counted where the sentence names no speaker, and of the figures its
    sentence goes on to give by their amount alone, to the side of the voice speaking."""
    for n, c in enumerate(claims):
        if c.victims.category != "people" or not _OWN_MEN.match((c.victims.text or "").strip()):
            continue
        if c.evidence.start < 0 or not text:
            continue
        side = _side(_voice(text, c.evidence.start))
        if side is None:
            continue
        c.victims.category = side
        for d in claims[n + 1:]:
            if d.evidence.start != c.evidence.start:
                break
            if d.victims.category != "people":
                break       # another noun of the sentence: what follows continues it
            if d.part_of is None and (d.victims.text or "").strip().lower() in _BARE:
                d.victims.category = side
