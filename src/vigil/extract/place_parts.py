"""Parts told place by place: a lead total over several places or attacks, then what befell one of them.

"Gunmen killed two people and abducted five in attacks on two villages on Sunday night. ... In Mafa village, one
person was killed and three were abducted": where a total's own sentence says it spans several places or
attacks ("in attacks on two villages", "across the district", "in strikes on villages"), a later sentence that
opens on one place ("In Mafa village, ...", "In the town of X, ...") and gives a smaller figure of the same harm
on the same days is one of the parts the report breaks the total into (spec: a breakdown the text gives as the
parts of a stated total). Only while the parts add up to no more than the total, and within a few sentences.
"""

from __future__ import annotations

import re

from vigil.models import Claim

__all__ = ["place_parts"]

#: a total said to span several places or attacks
_SPANS = re.compile(r"\b(?:across|(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|separate|\d+)\s+"
                    r"(?:separate\s+)?(?:villages|towns|communities|settlements|districts|localities|locations|areas|"
                    r"provinces|regions|states|attacks|raids|strikes|incidents|hamlets)|(?:attacks|raids|strikes)\s+on\s+"
                    r"(?:[\w-]+\s+){0,2}?(?:villages|towns|communities|settlements|hamlets|localities)|"
                    # "in air strikes in the north-west", "in a series of raids": several strikes over an area
                    r"(?:air\s*strikes|strikes|raids|attacks|bombings)\s+(?:in|across|on|around)\s+(?:the\s+)?"
                    r"(?:north|south|east|west|central|northern|southern|eastern|western)[\w-]*)\b", re.IGNORECASE)
#: a sentence that opens on one place: "In Mafa village,", "In the town of Tesh,", "At Gora,"
_OPENS_ON_PLACE = re.compile(r"^\W*(?:[Ii]n|[Aa]t)\s+(?:the\s+(?:(?:[a-z]+\s+)?(?:village|town|city|district|hamlet|community|"
                             r"settlement|locality|area|camp)|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?:\s+part)?)\s+of\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
                             r"(?:\s+(?:village|town|city|district|hamlet|community|settlement|locality|area|camp|province|region|state|"
                             r"county|governorate|oblast))?\s*,")
#: a sentence that tells another event ("In Gusau, a separate attack killed two")
_ANOTHER = re.compile(r"\b(?:separate|separately|another|also|elsewhere|meanwhile|earlier|previous|last\s+(?:week|month|year))\b",
                      re.IGNORECASE)
#: how many sentences of figures after the total a part may stand
_REACH = 6


def _days_meet(a: Claim, b: Claim) -> bool:
    ta, tb = a.time, b.time
    if ta is None or tb is None or ta.start is None or tb.start is None:
        return True
    a_end, b_end = ta.end or ta.start, tb.end or tb.start
    return not (a_end < tb.start or b_end < ta.start)


def _within(part: Claim, total: Claim) -> bool:
    """The part's places lie in the total's provinces (or country), where both name places."""
    if not part.places or not total.places:
        return True
    provinces = {p.admin1 for p in total.places if p.admin1}
    if provinces and all(p.admin1 for p in part.places) and all(p.admin1 for p in total.places):
        # (a total over a region, "in northwest Syria", spans its provinces: the country decides)
        return all(p.admin1 in provinces for p in part.places)
    return {p.country for p in part.places} <= {p.country for p in total.places}


def place_parts(claims: list[Claim]) -> None:
    """Link the figures of one place told after a total that spans several places to that total."""
    for i, total in enumerate(claims):
        if total.part_of is not None or not total.count.value or total.count.value < 2 or not _SPANS.search(
                total.evidence.text):
            continue
        acc = sum(c.count.value or 0 for c in claims if c.part_of == total.id)
        starts: list[int] = []
        for c in claims[i + 1:]:
            if c.evidence.start == total.evidence.start:
                continue
            if c.evidence.start not in starts:
                starts.append(c.evidence.start)
            if len(starts) > _REACH:
                break
            if (c.outcome != total.outcome or c.part_of is not None or not c.count.value
                    or not _OPENS_ON_PLACE.match(c.evidence.text) or _ANOTHER.search(c.evidence.text)
                    or not _days_meet(c, total) or not _within(c, total)):
                continue
            if acc + c.count.value > total.count.value:
                break
            acc += c.count.value
            c.part_of = total.id
            if c.victims.category == "people":
                c.victims.category = total.victims.category
