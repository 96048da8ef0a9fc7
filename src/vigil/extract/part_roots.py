"""Parts told of "the dead" that were linked to a figure the report later breaks its total into.

"Rebels killed 31 people ... 19 bodies were recovered in the first village and 12 in the second. Among the dead
were seven women and four children": while the account is read, the latest whole figure of the harm ("12") is
what "the dead" refers to; once the breakdown pass finds 19 and 12 to be the parts of 31, "the dead" are the
31, so the part takes the breakdown's total. Only a breakdown its sentence lists is climbed: after a figure told
as an account of its own ("In the Kharkiv region, three people were killed. Among the dead were ..."), "the dead"
are that account's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from vigil.models import Claim


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


# "Among the dead at the school were ...", "Those killed in the market included ...": the harm's group narrowed by
# the place or site one part of the total was stated for
_QUALIFIED_GROUP = re.compile(
    r"\b(?:among|of)\s+(?:the|those)\s+(?:dead|killed|wounded|injured|victims|deceased|fatalities|casualties)\s+"
    r"(?:at|in|inside|from)\s+(?:the\s+|a\s+)?(?P<a>[\w'’-]+)|"
    r"\b(?:those|people|the\s+people)\s+(?:killed|wounded|injured|hurt)\s+(?:at|in|inside)\s+(?:the\s+|a\s+)?(?P<b>[\w'’-]+)",
    re.IGNORECASE)
_STATED_FOR_END = re.compile(r",|;|\band\b|\bwhile\b|\d", re.IGNORECASE)


def qualified_group_parts(claims: Sequence[Claim]) -> None:
    """A part of "the dead at the school" (in a later sentence) belongs to the figure stated for the school
    ("killed 32 people, including 11 at a school"), not to the whole total."""
    for c in claims:
        if c.part_of is None:
            continue
        m = _QUALIFIED_GROUP.search(c.evidence.text)
        word = (m["a"] or m["b"]) if m else None
        if not word or word.lower() in ("the", "a", "an"):
            continue
        size = c.count.value or c.count.low or 1
        stated_for = re.compile(rf"\b(?:at|in|inside)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){{0,3}}?{re.escape(word)}\b",
                                re.IGNORECASE)
        for o in claims:
            if (o is c or o.outcome != c.outcome or o.evidence.start >= c.evidence.start or not o.count.value
                    or o.count.value <= size or o.id == c.part_of):
                continue
            at = o.evidence.text.find(o.count.text) if o.count.text else -1
            if at < 0:
                continue
            after = o.evidence.text[at + len(o.count.text):]
            end = _STATED_FOR_END.search(after)
            window = after[:end.start()] if end else after[:80]
            if stated_for.search(window):
                c.part_of = o.id
                break
