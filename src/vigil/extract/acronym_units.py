"""Victims named as the men of a state's guard or police force by its initials: "three of the CPG men died", where the
report names the body in full elsewhere ("a member of the Community Protection Guards") (spec, Conventions,
"Victims": army, police, government security forces and militias fighting for the state are ``state_forces``).

The initials are read against the report's text: a run of capitalised words whose first letters spell them
("Community Protection Guards", "Border Guard Police", "District Reserve Guard"). Only a body whose name ends in
a guard's or a police force's noun is taken for the state's; an army or "forces" may be a rebel one ("the
Arakan Army", "the Rapid Support Forces"), and a name that says it is a liberation, resistance or rebel body
is never the state's.

A claim-level helper of :mod:`vigil.extract.breakdowns`.
"""

from __future__ import annotations

import re

from vigil.extract.lexicon import NONSTATE_WORDS
from vigil.models import Claim

__all__ = ["acronym_units"]

_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
#: the nouns a state's guard or police body is named by ("... Guards", "... Police", "... Gendarmerie")
_STATE_HEADS = {"guard", "guards", "police", "gendarmerie", "constabulary", "corps", "rangers", "rifles"}
#: words that make a named body an armed group's, whatever its head noun
_REBEL_NAMES = NONSTATE_WORDS | {"liberation", "independence", "resistance", "rebel", "rebels", "insurgent", "popular",
                                 "patriotic", "islamic", "jihad", "mujahideen", "militia", "militias", "self-defense",
                                 "self-defence", "defenders", "movement", "front"}
_LINKS = r"\s+(?:(?:of|the|and|for)\s+)?"


def _expansion(acronym: str, text: str) -> list[str] | None:
    """The words of the name the initials stand for in the report, or None."""
    pattern = r"\b" + _LINKS.join(rf"{letter}[\w'-]+" for letter in acronym) + r"\b"
    m = re.search(pattern, text)
    return m.group(0).split() if m else None


def acronym_units(claims: list[Claim], text: str) -> None:
    """Set to ``state_forces`` the category of victims of no said status named by the initials of a state's guard
    or police body."""
    for c in claims:
        if c.victims.category != "people" or not c.victims.text:
            continue
        for acronym in _ACRONYM.findall(c.victims.text):
            words = _expansion(acronym, text)
            if words is None:
                continue
            lows = [w.lower() for w in words]
            if lows[-1] in _STATE_HEADS and not set(lows) & _REBEL_NAMES:
                c.victims.category = "state_forces"
                break
