"""The total a part named by its kin or its non-combatant status belongs to, where rival totals count fighters.

"The ministry said 31 people were killed. The group said 40 militants died. A teacher said her two nephews
were among the dead": "the dead" a relative or a civilian is among are the total of non-combatants or of
people in general, not a rival count of fighters stated after it. Only where such a total stands near.
"""

from __future__ import annotations

import re

from vigil.models import Claim

_FIGHTERS = ("state_forces", "non_state_fighters", "combatants")
_KIN = re.compile(r"(?:her|his|their|my|our|your)\s", re.IGNORECASE)


def kindred_total(part: Claim, total: Claim, before: list[Claim]) -> Claim:
    """``total``, or the latest earlier whole figure of the same harm counting civilians or people in general
    where ``part`` is a civilian or a relative and ``total`` counts fighters."""
    if total.victims.category not in _FIGHTERS:
        return total
    kin = bool(_KIN.match(part.victims.text or "")) or bool(_KIN.match(part.count.text or ""))
    if part.victims.category != "civilians" and not (kin and part.victims.category == "people"):
        return total
    size = part.count.value or part.count.low or 1
    for c in reversed(before):
        if (c is not total and c.part_of is None and c.outcome == total.outcome and c.victims.category in ("civilians", "people")
                and (c.count.value or 0) > size and c.count.qualifier != "at_most"):
            return c
    return total

