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

_SUM_BEFORE = re.compile(r"(?:\b(?:for|with|making|to\s+make)\s+)?\b(?:a\s+(?:combined\s+|grand\s+)?total\s+of|a\s+combined|"
                         r"in\s+(?:total|all)(?:\s+of)?|altogether|totall?ing|adding\s+up\s+to)\s+(?:of\s+)?$",
                         re.IGNORECASE)


def summed_totals(claims: list[Claim]) -> None:
    """Link the parts of each total stated as their sum after them in the same sentence."""
    for total in claims:
        at = count_at(total)
        if total.part_of is not None or not total.count.value or at < 0 or not _SUM_BEFORE.search(
                total.evidence.text[max(0, at - 40):at]):
            continue
        parts = [c for c in claims if c is not total and c.evidence.start == total.evidence.start
                 and c.outcome == total.outcome and c.part_of is None and c.count.value
                 and 0 <= count_at(c) < at]
        if len(parts) >= 2 and sum(c.count.value or 0 for c in parts) == total.count.value:
            for c in parts:
                c.part_of = total.id
