"""Victims an armed group's claim names by its own word for the state's soldiers: "the group said its fighters had
killed 61 Ugandan crusaders", in a report that says Ugandan troops hold the area (spec, Conventions, "Victims":
the status is what the report says of the victims). The group's word is no status of the lexicon; the report's
own words for the same nation's people ("Ugandan troops are deployed there") say who they are.

Only a claim the armed group makes (its own statement, or a killing it claims), and only a noun of no known
status set after a nationality: "Ugandan crusaders", not "Ugandan nationals" or "Ugandan teachers".

A claim-level helper of :mod:`vigil.extract.breakdowns`.
"""

from __future__ import annotations

import re

from vigil.extract.lexicon import (
    CHILD_WORDS,
    CIVILIAN_WORDS,
    FIGHTER_WORDS,
    NONSTATE_WORDS,
    PEOPLE_WORDS,
    STATE_WORDS,
)
from vigil.models import Claim

__all__ = ["enemy_terms"]

#: "<Nationality> <word>": a nationality and the group's word for the people it names
_NAMED = re.compile(r"^(?:the\s+)?([A-Z][a-z]+(?:an|ian|ese|i|ish|ch|ic))\s+([a-z]+)$")
_KNOWN = PEOPLE_WORDS | CIVILIAN_WORDS | STATE_WORDS | NONSTATE_WORDS | FIGHTER_WORDS | CHILD_WORDS | {
    "people", "persons", "nationals", "citizens", "civilians"}


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def enemy_terms(claims: list[Claim], text: str) -> None:
    """Set to ``state_forces`` the category of people an armed group's claim names by a word of no known status
    after a nationality whose troops the report names."""
    for c in claims:
        if c.victims.category != "people" or not c.victims.text:
            continue
        if not ((c.source is not None and c.source.kind == "armed_group") or (
                c.perpetrator is not None and c.perpetrator.stance == "claimed")):
            continue
        m = _NAMED.match(c.victims.text.strip(" \"“”'"))
        if m is None or m.group(2) in _KNOWN or _stem(m.group(2)) in _KNOWN:
            continue
        if re.search(rf"\b{m.group(1)}\s+(?:troops|soldiers|forces|army|servicemen|peacekeepers|contingent)\b", text):
            c.victims.category = "state_forces"
