"""Figures stated by their amount alone: "Another 14 soldiers were wounded. At least six were still missing on
Tuesday", "A further 27 have been abducted". The amount with no noun is elliptical like "N others" (spec,
Conventions, "Victims": an elliptical figure takes the category of the noun it continues), but the extractor
writes its victims as the default "people"; this tells the two apart by what follows the amount in its sentence:
a verb of the clause ("were", "have", "died"), not a noun.
"""

from __future__ import annotations

import re

from vigil.models import Claim

__all__ = ["bare_amount"]

#: what opens the rest of a clause whose subject is an amount alone: an auxiliary or a verb of being or dying
_CLAUSE_GOES_ON = re.compile(r"\s+(?:(?:still|also|later|reportedly|since)\s+)?(?:were|was|are|is|have|has|had|"
                             r"remain(?:ed|s)?|died|perished|went)\b")


def bare_amount(c: Claim, at: int) -> bool:
    """Whether the claim's amount (at ``at`` in its evidence) stands alone as the subject of its clause, with no
    noun of its own ("at least six were still unaccounted for")."""
    amount = c.count.text or ""
    if at < 0 or not amount or (c.victims.text or "").strip().lower() != "people":
        return False
    return _CLAUSE_GOES_ON.match(c.evidence.text, at + len(amount)) is not None
