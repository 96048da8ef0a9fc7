"""Parts told of "the dead" that were linked to a figure the report later breaks its total into.

"Rebels killed 31 people ... 19 bodies were recovered in the first village and 12 in the second. Among the dead
were seven women and four children": while the account is read, the latest whole figure of the harm ("12") is
what "the dead" refers to; once the breakdown pass finds 19 and 12 to be the parts of 31, "the dead" are the
31, so the part takes the breakdown's total. Only a breakdown its sentence lists is climbed: after a figure told
as an account of its own ("In the Kharkiv region, three people were killed. Among the dead were ..."), "the dead"
are that account's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from vigil.extract.lexicon import HARM_GROUP_WORDS
from vigil.models import Claim


def harm_group(word: str | None) -> bool:
    """"the dead", "the victims", "those killed": a group named by its harm alone."""
    if not word:
        return False
    low = word.lower()
    return low in HARM_GROUP_WORDS or low.rstrip("s") in HARM_GROUP_WORDS


def climb_harm_parts(claims: Sequence[Claim], linked: Mapping[str, str]) -> None:
    """Re-point each part in ``linked`` (part id -> the id of the whole figure "the dead" was read as) whose
    figure became, after it was linked, a member of a breakdown told in another sentence: to that breakdown's
    total (through a chain of such members)."""
    by_id = {c.id: c for c in claims}
    for part_id, first in linked.items():
        part = by_id.get(part_id)
        if part is None or part.part_of != first:
            continue        # (a later pass linked it elsewhere)
        member = by_id.get(first)
        seen = {part_id}
        while (member is not None and member.part_of is not None and member.id not in seen
               and member.evidence.start != part.evidence.start):
            seen.add(member.id)
            total = by_id.get(member.part_of)
            if total is None or total.outcome != part.outcome or not _listed_with_siblings(member, claims):
                break
            member = total
        if member is not None and member.id != first:
            part.part_of = member.id


def _listed_with_siblings(member: Claim, claims: Sequence[Claim]) -> bool:
    """A member of a breakdown its sentence lists ("19 in the first village and 12 in the second"), not a
    figure told as an account of its own ("In the Kharkiv region, three people were killed."), which is
    what "the dead" right after it are."""
    return sum(1 for c in claims if c.part_of == member.part_of and c.evidence.start == member.evidence.start
               and c.outcome == member.outcome) >= 2
