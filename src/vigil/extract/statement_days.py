"""Days in a sentence that are not its harm's: the day a toll was revised, a body was founded, a statement
was made (an opening "On Tuesday, the police had put the figure at 18"), or the dead were buried or found;
and a day that closes the harm's clause before an attribution, which is the harm's; and the date of a dateline
or byline, which dates the report."""

from __future__ import annotations

import re
from datetime import date

from vigil.extract.statements import harm_positions
from vigil.extract.timex import TimeMention

SAME_DAY = re.compile(r"^(?:(?:later|earlier)\s+)?(?:on\s+)?(?:that|the\s+same)\s+(?:same\s+)?(?:day|night|morning|afternoon|evening)$",
                       re.IGNORECASE)
_THAT_DAY = re.compile(r"\b(?:that|the\s+same)\s+(?:same\s+)?(?:day|night|morning|afternoon|evening)\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)


# a toll revised on a day: "authorities on Tuesday raised the toll to 23" (not "the toll rose to five on
# Wednesday after two of the wounded died": deaths of that day)
_REVISED_AFTER = re.compile(r"\s+(?:raised|lowered|revised|updated|upped|increased|corrected)\b", re.IGNORECASE)


def revision_day(text: str, t: TimeMention) -> bool:
    """The day a toll was raised or lowered is when it was counted, not when the harm happened."""
    return t.kind == "day" and bool(_REVISED_AFTER.match(text, t.end))


# "a group formed in 2012 that ...", "a militia founded in 2019": when a body began, not the harm
FOUNDED = re.compile(r"\b(?:formed|founded|established|created|set\s+up|born)\s+(?:in|on)\s+$", re.IGNORECASE)


_STATEMENT_VERB = re.compile(r"\b(?:said|says|told|reported(?!\s+[a-z]+s\b)|announced|stated|claimed|confirmed|insisted|denied|"
                             r"(?:had\s+)?(?:put|gave|revised|raised|lowered|updated)\s+(?:the|its|their|a)\s+"
                             r"(?:death\s+)?(?:toll|tally|figure|count|number))\b", re.IGNORECASE)


# what may follow the verb of an attribution that closes its sentence (", the note said.", ", police said in a
# statement.")
_TAG_END = re.compile(r"(?:\s+(?:in|on|at|late|early)\b[^,;:\"“”]{0,40})?\s*[.!?]?[\"”’]?\s*")


def fronted_statement_day(text: str, t: TimeMention) -> bool:
    """"On Tuesday, the police had put the figure at 18", "In a message posted on Tuesday, the group claimed
    it had killed 104": a day in the phrase that opens the sentence, with no word of harm before it, whose
    clause then states or counts before it speaks of harm, is the statement's."""
    comma = text.find(",", t.end, t.end + 3)
    if comma < 0 and re.fullmatch(r"\W*(?:(?:late|early)\s+)?on\s+", text[:t.start], re.IGNORECASE):
        comma = t.end       # "On Wednesday the group had claimed ...": a sentence's opening day with no comma
    if comma < 0 or t.kind in ("since", "as_of") or "," in text[:t.start] or harm_positions(text[:t.start]) or _SINCE.search(text, 0, t.start):
        return False
    if any(SAME_DAY.match(m.group()) for m in _THAT_DAY.finditer(text, comma)):
        return False    # "In a release on Wednesday, X said troops struck that same day": the day referred back to
    verb = _STATEMENT_VERB.search(text, comma, comma + 120)
    if verb is not None and _TAG_END.fullmatch(text, verb.end()) and re.search(r"\b[a-z]+(?:ed|an)\s+(?:on|in|at)\s+$",
                                                                             text[:t.start]):
        return False    # "Firing began on Saturday, the note said.": a clause's own day, then its closing attribution
    return verb is not None and not harm_positions(text[comma:verb.start()])


_REPORTING = re.compile(r"\b(?:said|says|told|reported|stated|announced|added|claimed|confirmed)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*,\s+(?!adding|saying|citing|according)")


def closes_harm_clause(text: str, t: TimeMention) -> bool:
    """"Shelling killed 19 people in the camp on Sunday, the network said in a statement": a day that ends
    the clause of the harm, before the attribution that follows it, is the harm's (a parser may hang it
    on the later reporting verb)."""
    if not _CLAUSE_END.match(text, t.end) or not _REPORTING.search(text, t.end):
        return False
    harm = harm_positions(text[:t.start])
    return bool(harm) and not _REPORTING.search(text, harm[0], t.start)


# what is done for the dead and wounded after the harm: its day is not the harm's ("buried nine people on
# Monday", "seven bodies were recovered this morning", "crews took 43 wounded to hospitals overnight")
_AFTERMATH = re.compile(r"\b(?:bur(?:y|ied|ies|ying|ial)|recover(?:ed|s|ing|y)?|retriev\w*|exhum\w*|pull(?:ed|s|ing)?|"
                        r"dug|found|identified|collected|received|receiving|treated|admitted|transported|"
                        r"evacuated)\b(?!\s+(?:that|to\s+power)\b)",
                        re.IGNORECASE)
# the dead and wounded named as what is handled, not as harm done then ("nine bodies", "43 wounded people")
_HANDLED = re.compile(r"(?:bod(?:y|ies)|corpses?|remains|dead|victims?|casualties|(?:wounded|injured)(?=\s+[a-z]))\b", re.IGNORECASE)


# a relative or temporal clause telling the event between the aftermath's verb and the day ("the boat that capsized
# on", "the building which collapsed on", "people who drowned when the bridge gave way on")
_EVENT_CLAUSE = re.compile(r"\b(?:that|which|who|when)\s+(?:had\s+|was\s+|were\s+)?(?:[a-z]+ed|sank|struck|hit|fell|blew|"
                           r"broke|went|came|tore|swept|gave|caught|burst)\b(?:(?!\b(?:and|but)\b)[^,;:])*$", re.IGNORECASE)


# what a landslide or a collapse buries: places and shelters, not the dead laid to rest
_BURIED_PLACE = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:villages?|hamlets?|towns?|houses?|homes?|huts?|dwellings?|buildings?|"
                           r"neighbou?rhoods?|settlements?|camps?|mines?|roads?|vehicles?|cars?|buses|trucks?|shelters?|"
                           r"districts?|streets?|parts\s+of)\b", re.IGNORECASE)


def aftermath_day(text: str, t: TimeMention) -> bool:
    """A single day (or "overnight") set on what was done for the harmed after the harm, in its own clause
    with no word of the harm between ("buried nine people killed on Sunday" keeps Sunday)."""
    if not (t.kind == "day" or t.text.lower() == "overnight"):
        return False
    lo = max(text.rfind(c, 0, t.start) for c in ",;:") + 1
    verb = next(reversed(list(_AFTERMATH.finditer(text, lo, t.start))), None)
    if verb is None:
        return False
    between = text[verb.end():t.start]
    if _EVENT_CLAUSE.search(between):
        return False    # "recovered 23 bodies from the boat that capsized on Sunday": the event's own clause
    if _BURIED_PLACE.match(between) and verb.group().lower().startswith("bur"):
        return False    # "a landslide buried a village late on Saturday": the harm itself, not a burial
    return all(_HANDLED.match(between, i) for i in harm_positions(between))


# "the deadliest single riot, in August 2022 at the same jail, left 64 dead": the event's own time set off by
# commas after its noun, not the frame a superlative compares within ("the deadliest attack in 2021")
_SET_OFF_IN = re.compile(r"\b(?:deadliest|worst|bloodiest|most\s+lethal)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s+(?:in|on|during)\s+$",
                         re.IGNORECASE)


def set_off_time(text: str, t: TimeMention) -> bool:
    """A time set off by a comma right after a superlative's noun ("the worst raid, in May 2023, killed 40"):
    the event's own, not the frame the superlative compares within."""
    return _SET_OFF_IN.search(text, max(0, t.start - 70), t.start) is not None


# a dateline: "TOWN, Country, March 4 (Agency) -", "Town, 27 January (Agency) –", "TOWN, Sept 2:"
_DATE_IN_DATELINE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:[-–—]{1,2}|:)\s")
_PLACE_IN_DATELINE = re.compile(r"^\s*(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ /-]+|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’.-]+){0,2})"
                                r"(?:,\s*[\w.'’ -]{1,40}){0,2},?\s*$")


def byline(text: str, t: TimeMention, pub: date | None) -> bool:
    """A dateline or byline date ("(APP - 10th Nov, 2024)", "Published November 10, 2024", "date
    2024-11-10"), which dates the report, not the harm."""
    before = text[max(0, t.start - 25):t.start].lower()
    if re.search(r"\b(?:date|published|updated|posted|dated)\s*:?\s*(?:on\s+)?$", before):
        return True
    if text.count("(", 0, t.start) > text.count(")", 0, t.start):
        return True            # inside parentheses
    if _DATE_IN_DATELINE.match(text, t.end) and _PLACE_IN_DATELINE.match(text[:t.start]):
        return True            # "TOWN, Country, March 4 (Agency) -"
    return bool(pub and t.span_start == pub and t.span_end == pub and re.search(r"\d{4}", t.text))
