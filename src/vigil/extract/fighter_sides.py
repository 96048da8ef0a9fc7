"""Fighters of no said side whom a state's forces are said to have killed: "the army said its troops killed 12
fighters in a raid", "the military said several fighters had been killed in the strike". The side that killed them
is the state's, so the fighters are its armed opponents (spec, Conventions, "Victims": ``non_state_fighters`` are
rebels, insurgents, militants; ``combatants`` are fighters whose side is not said, which the report says here through
the side they fought). Fighters of both sides counted together, or listed beside others, keep their category.
"""

from __future__ import annotations

import re

from vigil.models import Claim

__all__ = ["state_killed_fighters"]

#: the victims' words: fighters alone, counted or owned ("fighters", "several fighters", "its fighters")
_FIGHTERS_ONLY = re.compile(r"(?:(?:the|some|several|many|dozens\s+of|more)\s+)?(?:fighters?|combatants?)",
                            re.IGNORECASE)
#: an actor that is a state's forces by its common noun (a named "X Army" or "X Defence Forces" may be an insurgent
#: one: not here)
_STATE_ACTOR = re.compile(r"\b(?:army|defen[cs]e\s+forces|(?i:military|troops|soldiers|police|air\s+force|navy|"
                          r"(?:security|armed|government)\s+forces))\b")
_NOT_STATE = re.compile(r"\b(?:rebel|insurgent|militant|jihadist|militia|opposition|resistance)", re.IGNORECASE)


def state_killed_fighters(claims: list[Claim]) -> None:
    """Fighters of no side the report names killed by a state's forces are non-state fighters."""
    for c in claims:
        if c.victims.category != "combatants" or c.perpetrator is None or c.perpetrator.stance == "denied":
            continue
        if not _FIGHTERS_ONLY.fullmatch((c.victims.text or "").strip()):
            continue
        actor = c.perpetrator.text or ""
        if _STATE_ACTOR.search(actor) and not _NOT_STATE.search(actor):
            c.victims.category = "non_state_fighters"
