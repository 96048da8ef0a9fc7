"""Totals stated after their parts: "15 soldiers and 10 civilians were killed, for a total of 25 deaths".

Where a figure is introduced as the sum of what came before it in its sentence ("for a total of", "in all",
"altogether", "a combined"), the figures before it of the same harm that add up to it exactly are its parts
(spec: a breakdown the text gives as the parts of a stated total).
"""

from __future__ import annotations

import re

from vigil.extract.breakdowns import count_at
from vigil.models import Claim

__all__ = ["summed_totals"]

_SUM_BEFORE = re.compile(r"(?:\b(?:for|with|making|to\s+make)\s+)?\b(?:(?:a|the)\s+(?:combined\s+|grand\s+|overall\s+)?total\s+of|a\s+combined|"
                         r"in\s+(?:total|all)(?:\s+of)?|altogether|totall?ing|adding\s+up\s+to|"
                         # "..., bringing the total to 42" (a sum only where the figures before add up to it)
                         r"(?:bringing|taking|putting|raising)\s+the\s+(?:overall\s+|combined\s+)?(?:death\s+|casualty\s+)?"
                         r"(?:(?:total|toll)|number\s+of\s+(?:casualties|victims|dead|deaths))\s+to)"
                         r",?\s+(?:of\s+)?$", re.IGNORECASE)
# "Eight died in Kharkiv and four in Sumy. In all, 12 were killed": a sentence that opens as the sum of the one before
# "17 died in Luzon and eight in Visayas. The total of 25 dead ...": a sentence that opens by naming the sum
_SUM_OPENING = re.compile(r"^\W*(?:in\s+(?:total|all)|altogether|all\s+told|overall|"
                          r"(?:the|a)\s+(?:combined\s+|grand\s+|overall\s+)?total\s+of\b)", re.IGNORECASE)
#: the harms whose figures a total of each sums: a total of casualties sums the dead and the wounded
_PART_OUTCOMES = {"casualties": ("casualties", "killed", "injured")}
_NO_KIND = {"", "people", "persons", "dead", "deaths", "casualties", "victims", "fatalities", "bodies", "others"}


def summed_totals(claims: list[Claim]) -> None:
    """Link the parts of each total stated as their sum after them in the same sentence (or, for a sentence that
    opens as a sum, "In all, ...", in the sentence of figures just before it)."""
    for total in claims:
        at = count_at(total)
        if total.part_of is not None or not total.count.value or at < 0 or not _SUM_BEFORE.search(
                total.evidence.text[max(0, at - 40):at]):
            continue
        parts = [c for c in claims if c is not total and c.evidence.start == total.evidence.start
                 and c.outcome in _PART_OUTCOMES.get(total.outcome, (total.outcome, "casualties"))
                 and c.part_of is None and c.count.value
                 and 0 <= count_at(c) < at]
        if not parts and _SUM_OPENING.match(total.evidence.text):
            before = max((c.evidence.start for c in claims if c.evidence.start < total.evidence.start), default=-1)
            parts = [c for c in claims if c.evidence.start == before and c.outcome == total.outcome and c.part_of is None
                     and c.count.value]
        if len(parts) >= 2 and sum(c.count.value or 0 for c in parts) == total.count.value:
            for c in parts:
                c.part_of = total.id
                # "the casualties were broken down as 15 soldiers, 7 police and 3 civilians, for a total of 25
                # dead": parts summed to a total of one harm are of that harm
                if total.outcome != "casualties":     # ("10 killed and 5 wounded, a total of 15 casualties")
                    c.outcome = total.outcome
            # "15 soldiers, 7 police and 3 civilians, for a total of 25 dead": a sum of several kinds of
            # victims, in words of no kind, is of people (not of the kind of the last part it follows)
            kinds = {c.victims.category for c in parts}
            if (total.victims.text or "").lower() in _NO_KIND:
                # (and a sum of one kind is of that kind: "ten soldiers killed and five wounded, 15 casualties")
                total.victims.category = kinds.pop() if len(kinds) == 1 else "people"
