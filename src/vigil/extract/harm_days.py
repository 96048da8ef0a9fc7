"""Days of a sentence that are not the harm's: what :func:`vigil.extract.resolve._harm_times` drops besides
statements, bylines and aftermath.

* the day a body spoke on, set between it and its reporting verb: "the army on Tuesday released a communiqué",
  "police on Monday said";
* the end of counting what was done for the harmed: "21 bodies had been brought to the health centre by Tuesday
  evening" (the harm's days are the account's); its start, "31 wounded had been received since Tuesday night",
  is the day of the harm, not a running span;
* the day a continuing state is observed at: "40 people were still missing on Saturday", "two remain in
  hospital on Friday" (the harm happened before; the day says when the state held).

A bare "overnight" in a clause reported on an earlier day ("killed 11 in an overnight raid, residents said
yesterday") is the night before that day, not the night before publication; "during the week" and "the previous
N days" in a clause stated on a day are counted back from that day ("stated on 9 August that its forces had killed
85 during the week": 3 to 9 August; "estimated on 1 September that 4,500 had fled in the previous seven days": 25
to 31 August).

And the days a sentence refers back to: "during the period", "in this period", "over the same period", "in the
quarter" are the period the account last named (a span of a week or more, or since a date), not the day of the
incident told just before; "that day" with no day of harm told before is the day the account last named;
"during the night" is the night the account last named (two days running: "on the
night of 4-5 May", "on 4-5 May"), where it named one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from vigil.extract.dates import _NUM, _parse_num
from vigil.extract.statements import harm_positions
from vigil.extract.timex import TimeMention
from vigil.models import TimeSpan

__all__ = [
    "account_start",
    "aftermath_bound",
    "counted_back",
    "dawn_referred",
    "fronted_aftermath",
    "gapped_day",
    "later_clause_day",
    "not_harm_day",
    "period_referred",
    "referred_time",
    "reported_overnight",
    "rescoped",
    "risen_toll",
    "same_period",
    "since_the_event",
    "speaker_day",
    "state_day",
    "stated_span",
]

_THEN_SPOKE = re.compile(r"\s+(?:released|issued|published|posted|said|announced|reported|told|confirmed|stated|"
                         r"circulated|distributed)\b", re.IGNORECASE)


def speaker_day(text: str, t: TimeMention) -> bool:
    """"The command on Tuesday released a communiqué on the attack": a day right before a reporting verb, with no
    word of harm before it in its clause, is when the body spoke."""
    if t.kind != "day" or not _THEN_SPOKE.match(text, t.end):
        return False
    lo = max(text.rfind(c, 0, t.start) for c in ",;:—–") + 1
    return not harm_positions(text[lo:t.start])


_CARE = re.compile(r"\b(?:brought|received|admitted|taken|treated|evacuated|recovered|retrieved|pulled|buried|"
                   r"transported)\s+"
                   r"(?:[\w'’-]+\s+){0,6}?(?:since|by|as\s+of|until)\s+$", re.IGNORECASE)


# "By Tuesday evening we had pulled 27 bodies from the rubble": a fronted "by", then the clause's care verb
_CARE_AFTER = re.compile(r"\s*,?\s*(?:[\w'’-]+\s+){1,4}?(?:had\s+|have\s+)?(?:been\s+)?(?:brought|received|admitted|"
                         r"treated|evacuated|recovered|retrieved|pulled|dug\s+out|buried|transported)\b", re.IGNORECASE)

_TOLL_ROSE_AFTER = re.compile(r"\s*,?\s*the\s+(?:death\s+)?(?:toll|tally|number\s+of\s+(?:dead|deaths))\s+(?:had\s+|has\s+)?"
                              r"(?:risen|rose|climbed|increased|reached)\b", re.IGNORECASE)


def aftermath_bound(text: str, t: TimeMention) -> bool:
    """"had been received since Tuesday night", "brought to the centre by Tuesday evening": a since / by on what
    was done for the harmed bounds that care, not the harm."""
    if t.kind not in ("since", "as_of"):
        return False
    if t.kind == "as_of" and not text[:t.start].strip(" \"“'‘") and (m := _CARE_AFTER.match(text, t.end)) and (
            not harm_positions(text[t.end:m.start() + m.group().rstrip().rfind(" ") + 1])):
        return True
    if t.kind == "as_of" and not text[:t.start].strip(" \"“'‘") and _TOLL_ROSE_AFTER.match(text, t.end):
        return True     # "By Saturday afternoon the death toll had risen to 15": when it was counted
    m = _CARE.search(text, max(0, t.start - 70), t.start + len(t.text.split()[0]) + 1)
    if m is None:
        return False
    between = text[m.start():t.start]     # ("pulled 17 bodies from the debris by": the handled dead are no harm word)
    return all(_BODIES.match(between, i) for i in harm_positions(between))


_BODIES = re.compile(r"(?:bod(?:y|ies)|corpses?|remains)\b", re.IGNORECASE)


# "still missing on", "remained in hospital by", "remain unaccounted for as of": a state, then its day
_STATE_BEFORE = re.compile(r"\b(?:still|remain(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:on|by|as\s+of|until)\s+)?$",
                           re.IGNORECASE)

# the states themselves, which the lexicon counts as harm words ("missing", "unaccounted for")
_STATE = re.compile(r"(?:missing|unaccounted|hospitali[sz]ed|captive|held|detained|displaced)\b", re.IGNORECASE)


def state_day(text: str, t: TimeMention) -> bool:
    """A single day on which a state that followed the harm is observed ("were still missing on Saturday")."""
    if t.kind != "day":
        return False
    m = _STATE_BEFORE.search(text, max(0, t.start - 60), t.start)
    if m is None:
        return False
    between = text[m.start():t.start]
    return all(_STATE.match(between, i) for i in harm_positions(between))


_PERIOD_REF = re.compile(r"\b(?:during|in|over|for|within|throughout)\s+(?:the|this|that)\s+(?:same\s+|reporting\s+|"
                         r"review\s+)?(?:period|quarter)\b(?!\s+(?:of|from|between|since|before|after)\b)", re.IGNORECASE)


_WEEK_REF = re.compile(r"\b(?:during|in|over|throughout)\s+the\s+week\b(?!\s+(?:of|before|after|to|ending|that)\b)",
                       re.IGNORECASE)


def period_referred(text: str, sent_times: Sequence[Sequence[TimeMention]], n: int) -> TimeSpan | None:
    """The period "during the period" (and the like) in sentence ``n`` refers back to: the latest span of a
    week or more, or since a day, among the harm times of the sentences before it."""
    week = _WEEK_REF.search(text) is not None
    if not week and not _PERIOD_REF.search(text):
        return None
    for times in reversed(sent_times[:n]):
        for t in reversed(times):
            if week:    # "During the week, 18 were detained" in a bulletin "for the period from 2 to 8 July"
                if t.span_start is not None and t.span_end is not None and 6 <= (t.span_end - t.span_start).days <= 7:
                    return TimeSpan(t.span_start, t.span_end, t.text, inherited=True)
                continue
            if t.kind == "since" and t.span_start is not None:
                return TimeSpan(t.span_start, None, t.text, inherited=True)
            if t.span_start is not None and t.span_end is not None and (t.span_end - t.span_start).days >= 6:
                return TimeSpan(t.span_start, t.span_end, t.text, inherited=True)
    return None


_SAID_ON = re.compile(r"\b(?:said|told\s+[\w\s]{1,30}?|reported|announced|confirmed|added|stated|estimated)\s+"
                      r"(?:on\s+|late\s+|early\s+)*$",
                      re.IGNORECASE)


def reported_overnight(text: str, found: Sequence[TimeMention], kept: list[TimeMention]) -> list[TimeMention]:
    """Re-anchor a bare "overnight" on the day its clause was reported, where that is a single day before the
    last day "overnight" was resolved to ("an overnight raid, residents said yesterday")."""
    nights = [t for t in kept if t.text.lower() == "overnight" and t.span_end is not None]
    if not nights:
        return kept
    said = [t for t in found if t.kind == "day" and t not in kept and t.span_end is not None
            and _SAID_ON.search(text, max(0, t.start - 50), t.start)]
    if len(said) != 1:
        return kept
    day = said[0].span_end
    assert day is not None
    return [replace(t, span_start=day - timedelta(days=1), span_end=day)
            if t in nights and t.span_end is not None and day < t.span_end else t for t in kept]


_UNNAMED_NIGHT = re.compile(r"(?:during|in)\s+the\s+night$", re.IGNORECASE)


_THAT_DAY = re.compile(r"\b(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b", re.IGNORECASE)
_BEGAN_ON = re.compile(r"\b(?:began|started|broke\s+out|erupted)\s+on\s+(?:\d|(?-i:[A-Z]))", re.IGNORECASE)


# "killed in the first week alone", "in the first three days of the fighting"
_FIRST_DAYS = re.compile(rf"\b(?:in|during|over|within)\s+(?:the|its)\s+first\s+(?:(?P<n>{_NUM}|\d{{1,2}})\s+days|"
                         r"(?P<week>week|fortnight))\b(?!\s+of\s+(?!the\s+(?:fighting|war|offensive|attack|violence|"
                         r"clashes|siege|assault|operation|uprising|campaign)))", re.IGNORECASE)


def first_days(text: str, last: TimeSpan | None) -> TimeSpan | None:
    """"At least 300 were killed in the first week alone" after "Fighting erupted on 15 April": that many days
    from the day the account last named (a single day, when the harm began)."""
    m = _FIRST_DAYS.search(text)
    if m is None or last is None or last.start is None or last.start != last.end:
        return None
    n = (7 if m["week"].lower() == "week" else 14) if m["week"] else (_parse_num(m["n"]) or 0)
    if not 2 <= n <= 31:
        return None
    return TimeSpan(last.start, last.start + timedelta(days=n - 1), m.group(), inherited=True)


def referred_time(text: str, time: TimeSpan | None, sent_times: Sequence[Sequence[TimeMention]], n: int,
                  last: TimeSpan | None) -> TimeSpan | None:
    """The time of a figure whose sentence refers back to the account's period, day or night (or dawn), else
    ``time``."""
    if time is None or time.inherited:
        period = period_referred(text, sent_times, n) or first_days(text, last)
        if period is not None:
            return period
    if time is None and _THAT_DAY.search(text):
        # "shortly before noon that day" after "On Friday, August 28, he had gone to the market": the day the
        # account last named, though no harm was told with it
        # (or the day an event began that a running count is told from: "Since the war began on 7 October 2023,
        # ... 1,200 were killed in the attack that day")
        day = next((t for times in reversed(sent_times[:n]) for t in reversed(times) if t.kind == "day"
                    or (t.kind == "since" and _BEGAN_ON.search(t.text))), None)
        if day is not None:
            return TimeSpan(day.span_start, day.span_start if day.kind == "since" else day.span_end, day.text,
                            inherited=True)
    if (time is not None and _UNNAMED_NIGHT.match(time.text or "") and last is not None and last.start is not None
            and last.end is not None and (last.end - last.start).days == 1):
        return replace(last, inherited=True)     # "struck two houses during the night": the night named before
    return dawn_referred(time, last)


_DAWN = re.compile(r"(?:(?:just|shortly)\s+)?(?:before|at)\s+(?:dawn|daybreak)", re.IGNORECASE)


def dawn_referred(time: TimeSpan | None, last: TimeSpan | None) -> TimeSpan | None:
    """A bare "at dawn" ("before dawn") is publication day's only where the account has named no day of its own:
    "The gunmen struck at dawn" in an account of Sunday's attack is Sunday's."""
    if (time is not None and _DAWN.fullmatch(time.text or "") and last is not None and last.start is not None
            and last.end is not None and (last.end - last.start).days <= 1):
        return replace(last, inherited=True)
    return time


_STATED_REL = re.compile(r"\b(?:(?:during|over|in)\s+the\s+week\b(?!\s+(?:of|before|after|to|ending|that)\b)|"
                         r"(?:the\s+)?(?:previous|past|preceding|last)\s+(?P<n>\d{1,2}|[a-z]+)\s+days\b)",
                         re.IGNORECASE)


def stated_span(text: str, found: Sequence[TimeMention], kept: list[TimeMention]) -> list[TimeMention]:
    """"during the week" / "the previous N days" counted back from the single day the clause was stated on."""
    rel = _STATED_REL.search(text)
    if rel is None:
        return kept
    said = [t for t in found if t.kind == "day" and t.span_end is not None and t.end <= rel.start()
            and _SAID_ON.search(text, max(0, t.start - 50), t.start)]
    if len(said) != 1 or said[0].span_end is None:
        return kept
    day = said[0].span_end
    if rel["n"] is None:
        first, last = day - timedelta(days=6), day
    else:
        n = _parse_num(rel["n"])
        if not n or n > 31:
            return kept
        first, last = day - timedelta(days=n), day - timedelta(days=1)
    span = TimeMention(rel.start(), rel.end(), rel.group(), first, last, "range")
    return sorted([t for t in kept if (t.end <= rel.start() or t.start >= rel.end()) and t != said[0]] + [span],
                  key=lambda t: t.start)


_REACTED = (r"(?:condemned|condemns|denounced|denounces|deplored|decried|mourned|visited|protested\s+against|"
            r"critici[sz]ed|investigated|probed|commemorated|marked|vowed\s+to\s+avenge)")
# "The governor condemned the attack on Monday": a reaction to a harm named back, then its day
_REACTED_BEFORE = re.compile(_REACTED + r"\s+(?:the|this|that|(?-i:[A-Z])[\w-]+['’]s)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
_REACTED_AFTER = re.compile(r"\s*,\s*(?:[\w'’-]+\s+){1,5}?" + _REACTED + r"\b", re.IGNORECASE)


def reaction_day(text: str, t: TimeMention) -> bool:
    """The day a harm told before was condemned, mourned or visited ("the governor condemned the attack on
    Monday", "On Monday, the president visited the scene")."""
    if t.kind != "day":
        return False
    m = _REACTED_BEFORE.search(text, max(0, t.start - 60), t.start)
    if m is not None:
        return not re.search(r"\d", text[m.start():t.start])
    if text[:t.start].strip(" ").lower() not in ("", "on", "late on", "early on"):
        return False
    after = _REACTED_AFTER.match(text, t.end)
    return after is not None and not harm_positions(text[t.end:after.end()])


# "The next morning, villagers counted 20 bodies", "On Sunday, rescuers recovered 27 bodies"
_FOUND_AFTER = re.compile(r"\s*,\s*(?:[\w'’-]+\s+){1,4}?(?:had\s+|have\s+)?(?:been\s+)?(?:found|counted|recovered|retrieved|"
                          r"pulled|dug\s+out|buried|collected|identified)\s+(?:[\w'’-]+\s+){0,3}?(?:bod(?:y|ies)|corpses|remains)\b",
                          re.IGNORECASE)


def fronted_aftermath(text: str, t: TimeMention) -> bool:
    """A day that opens a sentence on finding or burying the dead dates that work, not the harm."""
    if text[:t.start].strip(" ").lower() not in ("", "on", "late on", "early on", "by"):
        return False
    m = _FOUND_AFTER.match(text, t.end)
    if m is None:
        return False
    clause = text[t.end:m.end()]
    return all(_BODIES.match(clause, i) for i in harm_positions(clause))


_DIED = re.compile(r"\b(?:died|dies|succumbed|succumbs|passed\s+away)\b", re.IGNORECASE)
# "died of wounds he had sustained earlier this month": the wounds' days
_WOUNDS_GOT = re.compile(r"\b(?:wounds?|injury|injuries|burns)\s+(?:(?:he|she|they|had|has|have|was|were|been)\s+)"
                         r"{0,3}(?:sustained|suffered|received|incurred|sustaining|suffering)\b[^,;.]*$", re.IGNORECASE)
# "a farmer shot by soldiers in March died on Monday": a participle set on the one who died (not "were wounded")
_HURT_BEFORE = re.compile(r"\b(?!(?:was|were|been|being|is|are|be|had|has|have|and|or)\b)[a-z]+\s+(?:wounded|injured|"
                          r"shot|hit|hurt|burned|burnt)\b[^,;.]*$", re.IGNORECASE)


_TOLL_GROWN = re.compile(r",\s+(?:bringing|raising|taking|pushing)\b", re.IGNORECASE)


def injury_day(text: str, t: TimeMention) -> bool:
    """The day the dead were hurt, not the day they died: "a man died of wounds he had sustained earlier this
    month", "a farmer shot by soldiers in March died on Monday" (the harm of the figure is the death)."""
    if _TOLL_GROWN.search(text):
        return False    # ("... succumbed to wounds from the 3 June attack, bringing its toll to 14": the attack's)
    before = text[max(0, t.start - 80):t.start]
    if _WOUNDS_GOT.search(before) and _DIED.search(text, 0, t.start):
        return True
    return bool(_HURT_BEFORE.search(before)) and _DIED.search(text, t.end) is not None and not _DIED.search(
        text, 0, t.start)


def not_harm_day(text: str, t: TimeMention) -> bool:
    """A mention that dates a state, a speaker, a reaction, the end of the care of the harmed or the wounds of
    the dead, not the harm (the rules above)."""
    return (state_day(text, t) or speaker_day(text, t) or reaction_day(text, t) or fronted_aftermath(text, t)
            or (t.kind == "as_of" and aftermath_bound(text, t)) or injury_day(text, t))


# "On Monday, the toll stood at 41", "the death toll was 41 on Monday": what a count stood at on a day
_STOOD_BEFORE = re.compile(r"\s*,?\s*(?:the\s+)?(?:death\s+|overall\s+|official\s+)?(?:toll|tally)\s+(?:had\s+)?"
                           r"(?:stood|stands|remained)\s+at\b", re.IGNORECASE)
_STOOD_AFTER = re.compile(r"\b(?:toll|tally)\s+(?:had\s+)?(?:(?:stood|stands|remained)\s+at|was)\s+(?:about\s+|around\s+|"
                          r"at\s+least\s+)?[\d,]+(?:\s+[a-z]+){0,2}?\s+(?:on\s+)?$", re.IGNORECASE)


def standing_day(text: str, t: TimeMention) -> bool:
    """A single day a toll stood at a count on: the day it was counted, as "as of" that day (not the harm's)."""
    return t.kind == "day" and (_STOOD_BEFORE.match(text, t.end) is not None
                                or _STOOD_AFTER.search(text, max(0, t.start - 60), t.start) is not None)


def rescoped(text: str, found: Sequence[TimeMention], kept: list[TimeMention]) -> list[TimeMention]:
    """The harm's mentions re-anchored on the day their clause was stated on ("overnight", "during the week"); a
    care given "since Tuesday night" dates the harm to that day, not from it on."""
    kept = [replace(t, span_end=t.span_start, kind="day") if t.kind == "since" and aftermath_bound(text, t) else
            replace(t, span_start=None, kind="as_of") if standing_day(text, t) else t for t in kept]
    return stated_span(text, found, reported_overnight(text, found, kept))


def account_start(time: TimeSpan | None, last: TimeSpan | None) -> TimeSpan | None:
    """"The group had recorded 52 deaths as of March 18" after "a jet bombed the market on March 9": a count
    standing at a day, in an account dated before it, runs from the account's first day to that day."""
    if time is None or time.start is not None or time.end is None or time.inherited or last is None:
        return time
    if last.start is None or last.start > time.end:
        return time
    return replace(time, start=last.start)


_ROSE_TO = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|increased|jumped|went\s+up|has\s+reached|reached)\s+to\s+"
                      r"(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?$", re.IGNORECASE)


def risen_toll(text: str, at: int, time: TimeSpan | None, incident: TimeSpan | None) -> TimeSpan | None:
    """"The number killed in the ambush rose to five on Wednesday", the ambush told as Monday's: a toll that rose
    on a day counts the deaths from the incident's day to that day."""
    if (time is None or time.inherited or time.start is None or time.start != time.end or incident is None
            or incident.start is None or incident.end is None or not _ROSE_TO.search(text, max(0, at - 40), at)):
        return time
    if not incident.start < time.start or (time.start - incident.start).days > 7 or incident.end > time.start:
        return time
    return replace(time, start=incident.start)


_SAME_PERIOD = re.compile(r"(?:(?:in|during)\s+)?(?:that|the\s+same)\s+(?P<unit>week|month|year)", re.IGNORECASE)
_UNIT_DAYS = {"week": 6, "month": 27, "year": 364}


def same_period(texts: Sequence[str], last: TimeSpan | None) -> TimeSpan | None:
    """"Another 20 died in the same month" after "In May, 50 were killed": the period the account last named,
    where it spans that unit (not a single day told before: "later that month" is no fixed day)."""
    if last is None or last.start is None or last.end is None:
        return None
    for text in texts:
        m = _SAME_PERIOD.fullmatch(text)
        if m is not None and (last.end - last.start).days >= _UNIT_DAYS[m["unit"].lower()]:
            return replace(last, inherited=True)
    return None


_SINCE_EVENT = re.compile(r"since\s+the\s+(?:attacks?|raids?|strikes?|air\s?strikes?|assault|massacre|ambush|bombing|"
                          r"explosion|blast|incident|killings?|clashes|fighting|shelling)", re.IGNORECASE)


def since_the_event(texts: Sequence[str], last: TimeSpan | None) -> TimeSpan | None:
    """"Eight people have been missing since the attack": they went missing in the attack the account told, on
    its few days."""
    if last is None or last.start is None or last.end is None or (last.end - last.start).days >= 7:
        return None
    return replace(last, inherited=True) if any(_SINCE_EVENT.fullmatch(t) for t in texts) else None


def gapped_day(text: str, anchor: int, start: int, end: int, times: Sequence[TimeMention]) -> TimeMention | None:
    """"Twelve people were killed on Friday and 8 on Saturday": a figure in a later conjunct that shares the
    verb, with a day of the verb's before it, takes the day set right after it."""
    if not any(anchor <= t.start and t.end <= start for t in times):
        return None
    return next((t for t in times if 0 <= t.start - end <= 30 and not re.search(r"[,;:.]", text[end:t.start])), None)


_SHIFT = re.compile(r"(?:the\s+(?P<d1>next|following|previous|preceding|subsequent)\s+(?:day|night|morning|afternoon|"
                    r"evening)|the\s+(?:day|night|morning|evening)\s+(?P<d2>after|before)|"
                    rf"(?P<n>an?|{_NUM})\s+days?\s+(?P<d3>later|earlier|after|before))\b", re.IGNORECASE)


def shifted_day(texts: Sequence[str], last: TimeSpan | None) -> TimeSpan | None:
    """"Gunmen attacked the village on Saturday. ... four more died the next day": a day counted from the
    day (or the few days) the account last named, "the previous day" and "two days earlier" back from them."""
    if last is None or last.start is None or last.end is None or (last.end - last.start).days > 2:
        return None
    for text in texts:
        m = _SHIFT.match(text)
        if m is None:
            continue
        word = (m["d1"] or m["d2"] or m["d3"]).lower()
        n = 1 if m["n"] is None or m["n"].lower() in ("a", "an") else (_parse_num(m["n"]) or 1)
        day = last.end + timedelta(days=n) if word in ("next", "following", "subsequent", "after", "later") else (
            last.start - timedelta(days=n))
        return TimeSpan(day, day, text)
    return None


_CLAUSE_JOIN = re.compile(r"\b(?:and|but|while|whereas)\b|;", re.IGNORECASE)


def own_clause_day(text: str, near: TimeMention, times: Sequence[TimeMention], anchor: int,
                   start: int) -> TimeMention:
    """"Four people died on Saturday and another three succumbed to their wounds on Sunday": a day set in the
    clause before the figure's, joined to it by "and", gives way to the day the figure's own clause sets after
    its harm word (``anchor``; ``start`` is where the figure's amount begins)."""
    if near.end > start or near.end > anchor or not _CLAUSE_JOIN.search(text[near.end:min(start, anchor)]):
        return near
    after = [t for t in times if t.start >= max(anchor, start)
             and not re.search(r"[,;:.]|\b(?:and|but|when|after|as)\b", text[max(anchor, start):t.start])]
    return min(after, key=lambda t: t.start) if after else near


# a later clause, joined by ", and" or ";", opened by a count of its own and telling harm to it
_LATER_COUNT_CLAUSE = re.compile(rf"(?:,\s*(?:and|but|while|whereas)|;)\s+(?:(?:another|a\s+further|at\s+least|some|about)\s+)?"
                                 rf"(?:\d[\d,]*|{_NUM})\b[^,;.]{{0,40}}?\b(?:died|killed|dead|succumbed|wounded|injured|"
                                 r"missing|perished)\b", re.IGNORECASE)


# a later conjunct that is a statement of its own with a count of its own ("put the toll at 22 and said troops had
# killed three of the attackers on Monday")
_LATER_STATEMENT = re.compile(rf"\band\s+(?:said|says|added|reported|announced|told\s+[\w\s]{{1,30}}?)\s+(?:that\s+)?"
                              rf"[^,;.]{{0,80}}?\b(?:\d[\d,]*|{_NUM})\b", re.IGNORECASE)


def later_clause_day(text: str, near: TimeMention, anchor: int, end: int) -> bool:
    """"Eleven of them needed surgery, and three died of their wounds on Monday": a day told in a later clause
    opened by its own count of harm is that count's, not the day of the figure told before it (``anchor`` its
    harm word, ``end`` where its amount ends)."""
    lo = max(anchor, end)
    return near.start >= lo and (_LATER_COUNT_CLAUSE.search(text, lo, near.start) is not None
                                 or _LATER_STATEMENT.search(text, lo, near.start) is not None)


# "on Monday, two days after a similar attack killed five": a span back from the day told before it
_COUNTED = re.compile(rf"(?:(?P<n>an?|{_NUM}|\d{{1,2}})\s+(?P<unit>days?|weeks?)|(?:days|weeks))\s+(?P<dir>after|before)$",
                      re.IGNORECASE)
_TO_COUNTED = re.compile(r"[^.;:!?\"“”()]{0,30}$")


def counted_back(text: str, times: Sequence[TimeMention], anchor: int) -> TimeSpan | None:
    """The day of harm told in the object of "N days after" (or "before") that follows a day of the sentence's
    ("A bomb killed eight on Monday, two days after a similar attack killed five": Saturday); a span with no
    number of days ("days after") has no day (``TimeSpan(None, None, ...)``). None where this does not apply."""
    rel = next((t for t in reversed(times) if t.kind == "unresolved" and t.end <= anchor
                and _COUNTED.fullmatch(t.text)), None)
    if rel is None or any(rel.end <= t.start < anchor for t in times):
        return None
    base = next((t for t in reversed(times) if t.kind == "day" and t.end <= rel.start
                 and t.span_start is not None and t.span_start == t.span_end), None)
    gap = text[base.end:rel.start] if base is not None else ""
    if base is None or base.span_start is None or not _TO_COUNTED.fullmatch(gap) or harm_positions(gap):
        return None
    m = _COUNTED.fullmatch(rel.text)
    assert m is not None
    if m["unit"] is None:
        return TimeSpan(None, None, rel.text)
    n = 1 if m["n"].lower() in ("a", "an") else (_parse_num(m["n"]) or 0)
    step = timedelta(days=n * (7 if m["unit"].lower().startswith("week") else 1))
    day = base.span_start - step if m["dir"].lower() == "after" else base.span_start + step
    return TimeSpan(day, day, rel.text)
