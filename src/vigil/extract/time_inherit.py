"""The time a figure with no day of its own takes from the account, past a running total's "since".

A report tells an incident ("Gunmen killed nine villagers on Monday night"), then a running total of the
conflict ("The insurgency has killed 3,000 people since 2019"), then more of the incident ("A local official
said 11 people were wounded in the attack"): the later figure continues the incident's days, not the total's
open span. A figure that itself reads as a running count ("have been killed", "so far", "since") keeps the
total's start. A figure told before the report dates its incident does not take a running total's start
named further on either ("Fourteen were killed in an ambush. At least 250 have been killed since January.
The attack took place on Saturday").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from vigil.extract.dates import _NUM
from vigil.extract.statements import harm_positions
from vigil.extract.timex import TimeMention, find_times
from vigil.models import TimeSpan

__all__ = [
    "ahead_time",
    "bare_day",
    "began_since",
    "dates_the_event",
    "event_day_in_week",
    "first_dated",
    "hours_after",
    "narrowing_day",
    "past_running_total",
    "running_count",
    "separate_account",
    "toll_incident",
    "when_told",
]

# a figure told as a running count: a perfect tense or a word of accumulation in its sentence, or a
# breakdown of the total told before it ("Of those, 80 were children", "Among the dead were ...")
_RUNNING = re.compile(r"\b(?:has|have|since|so\s+far|to\s+date|in\s+total|altogether|overall|cumulative|"
                      r"total|tally|toll)\b|^\W*(?:of|among)\s+(?:the|those|them|these|whom)\b", re.IGNORECASE)


def running_count(text: str) -> bool:
    """The sentence tells its figure as a running count ("nearly 3,000 have been killed", "so far")."""
    return _RUNNING.search(text) is not None


def _open(t: TimeSpan | None) -> bool:
    return t is not None and t.start is not None and t.end is None


def past_running_total(text: str, last: TimeSpan | None, closed: TimeSpan | None) -> TimeSpan | None:
    """The days a figure with no time of its own continues, where the account last gave a running total's
    start (``last``, open) after the few days of an incident (``closed``): those days, unless the figure's
    own sentence reads as a running count. None where this does not apply."""
    if (not _open(last) or closed is None or closed.start is None or closed.end is None
            or (closed.end - closed.start).days >= 7 or _RUNNING.search(text)):
        return None
    return replace(closed, inherited=True)


def ahead_time(times: Sequence[TimeSpan | None], totals: Sequence[bool]) -> TimeSpan | None:
    """The first time the account sets after a figure, for a figure it has not dated yet: the open start of a
    running total ("250 have been killed since January": a sentence with figures, ``totals``) is the total's,
    not the incident's, so it is passed over ("The clashes have gone on since Friday" is the incident's); a frame
    of a week or more gives way to an incident's few days inside it told after it."""
    ahead = [t for t, total in zip(times, totals, strict=True) if t is not None and not (total and _open(t))]
    if not ahead:
        return None
    # "as a fifth shelter is hit in 10 days. ... The strike hit the school on Tuesday": the incident's own day
    # inside the frame of many days told first
    return next((t for t in ahead[1:] if _inside(t, ahead[0])), ahead[0])


def _inside(day: TimeSpan, frame: TimeSpan) -> bool:
    return (day.start is not None and day.end is not None and frame.start is not None and frame.end is not None
            and (day.end - day.start).days < 7 <= (frame.end - frame.start).days + 1
            and frame.start <= day.start and day.end <= frame.end)


def toll_incident(times: Sequence[TimeMention], at: int) -> TimeSpan | None:
    """The day a sentence gives the incident whose toll rose, before the figure ("The death toll from Saturday's
    landslide rose to 41 on Tuesday": Saturday), for :func:`vigil.extract.harm_days.risen_toll`."""
    day = next((t for t in times if t.end <= at and t.kind == "day" and t.span_start is not None), None)
    return TimeSpan(day.span_start, day.span_end, day.text) if day is not None else None


_HOURS = re.compile(r"(?:with)?in\s+(?:(?:a\s+few|a\s+couple\s+of|several|some|\w+)\s+)?(?:hours?|minutes?)",
                    re.IGNORECASE)


def hours_after(t: TimeMention) -> bool:
    """"brought in within two hours", "died within minutes": a few hours from the harm told, on its day, which
    neither dates the harm nor stops the figure taking the account's day."""
    return t.kind == "unresolved" and _HOURS.fullmatch(t.text) is not None


def first_dated(times: Sequence[TimeSpan | None]) -> TimeSpan | None:
    """The first closed days among a sentence's figures' times: the account's days, where the sentence sets
    none of its own but its figures took them from a reference back ("killed 19 shortly before noon that day",
    after "On Friday, August 28, he had gone to the market")."""
    t = next((t for t in times if t is not None and t.start is not None and t.end is not None), None)
    return replace(t, inherited=False) if t is not None else None


# "The insurgency, which began in 2009, has killed ...": a clause on when the harming began, then the running
# toll in the perfect
_BEGAN_IN = re.compile(r"\b(?:which|that)\s+(?:first\s+)?(?:began|started|erupted|broke\s+out|flared(?:\s+up)?|"
                       r"escalated|(?:was|were)\s+(?:launched|triggered|sparked))\s+(?:[\w'’-]+\s+){0,3}?"
                       # ("which escalated when the coalition intervened in March 2015", "which began with an assault in")
                       r"(?:(?:when|with|after)\s+[^,;.()]{1,60}?\s+)?(?:in|on)\s+$",
                       re.IGNORECASE)
_HAS_HARMED = re.compile(r"[^.;:!?]*?\b(?:has|have)\s+(?:already\s+|so\s+far\s+|now\s+|since\s+)?(?:killed|left|claimed|"
                         r"displaced|forced|uprooted|driven|wounded|injured|cost|caused)\b", re.IGNORECASE)


def began_since(text: str, kept: list[TimeMention]) -> list[TimeMention]:
    """"The war, which erupted in April 2023, has killed 150,000": the day or period a relative clause says
    the harming began, before a toll in the perfect, is where the toll starts (as "since April 2023")."""
    out = []
    for t in kept:
        if (t.span_start is not None and t.kind in ("day", "month", "year", "range")
                and _BEGAN_IN.search(text, max(0, t.start - 120), t.start) and _HAS_HARMED.match(text, t.end)):
            t = TimeMention(t.start, t.end, t.text, t.span_start, None, "since")
        out.append(t)
    return out


# a clock time in the small hours: "shortly after 2 a.m.", "at around 3:30 am"
_SMALL_HOURS = re.compile(r"\b(?:at|around|about|after|before|shortly\s+after|just\s+after|just\s+before)\s+(?:around\s+|about\s+)?"
                          r"(?:0?[1-5])(?:[:.][0-5]\d)?\s*a\.?\s?m\b", re.IGNORECASE)


def narrowing_day(times: Sequence[TimeMention], frame: TimeSpan | None, text: str = "") -> TimeSpan | None:
    """The few days a sentence with no figure sets inside the account's frame of several days: "A tractor
    driver's death this week ... on Tuesday morning, his tractor rolled over a mine. The 41-year-old died":
    Tuesday. In a frame of one night ("overnight": the day before publication to publication day), a sentence
    that names no day but a clock time in the small hours ("drones struck shortly after 2 a.m.") sets the
    night's second day."""
    if (not times and frame is not None and frame.start is not None and frame.end is not None
            and (frame.end - frame.start).days == 1 and "night" in (frame.text or "").lower() and _SMALL_HOURS.search(text)):
        return TimeSpan(frame.end, frame.end, _SMALL_HOURS.search(text).group())  # type: ignore[union-attr]
    if frame is None or frame.start is None or frame.end is None or (frame.end - frame.start).days < 2:
        return None
    for t in times:
        if (t.kind != "unresolved" and t.span_start is not None and t.span_end is not None
                and frame.start <= t.span_start and t.span_end <= frame.end
                and (t.span_end - t.span_start).days < min(7, (frame.end - frame.start).days)):
            return TimeSpan(t.span_start, t.span_end, t.text)
    return None


# the day a force set out or moved in, before the fighting ("the team had set out on Friday night on a tip-off")
_SET_OUT = re.compile(r"\b(?:set\s+(?:out|off)|left\s+(?:their|its|the)\s+(?:base|camp|barracks)|departed|"
                      r"(?:was|were|had\s+been)\s+(?:deployed|dispatched|sent|mobilised|mobilized)|moved\s+in(?:to\s+[\w\s]{1,30}?)?)"
                      r"\s+(?:[\w'’-]+\s+){0,2}?(?:(?:late|early)\s+(?:on\s+)?|(?:on|at|in)\s+(?:(?:late|early)\s+)?)?$", re.IGNORECASE)


def bare_day(times: Sequence[TimeMention], pub: date | None, text: str = "") -> TimeSpan | None:
    """The few days a sentence that tells no harm sets ("Firing began on Saturday morning and went on until
    Sunday afternoon"), for a figure told before it that the report dates nowhere else; not publication day's
    date (a dateline: "Kabul, May 18"), nor the day a force set out before the fighting (of ``text``)."""
    t = next((t for t in times if t.kind in ("day", "range") and t.span_start is not None and t.span_end is not None
              and (t.span_end - t.span_start).days < 7
              and not (t.span_start == t.span_end == pub and re.search(r"\d", t.text))
              and not (text and _SET_OUT.search(text, max(0, t.start - 60), t.start))), None)
    return TimeSpan(t.span_start, t.span_end, t.text) if t is not None else None


# a sentence that opens an account of its own: "Separately, ...", "In a separate incident, ...", "In another attack"
_SEPARATE = re.compile(r"\W*(?:separately\b|in\s+(?:a\s+separate|another)\s+(?:[\w-]+\s+)?(?:incident|attack|"
                       r"raid|strike|ambush|bombing|shooting|case|development)s?\b)", re.IGNORECASE)


def separate_account(text: str) -> bool:
    """The sentence opens a separate account ("Separately, in Bijapur, rebels killed a headman, police said"):
    its figure does not continue the days of the account before it, where the report dates it further on."""
    return _SEPARATE.match(text) is not None


# "since March, when militants stormed a hotel and killed 14": a time, then a clause telling what happened then
# with a count of its own (not "since Monday, when the fighting began, 40 have died": the 40 are counted from then)
_SINCE_WHEN = re.compile(r"(?:ever\s+)?since\s+", re.IGNORECASE)
_WHEN_COUNT = re.compile(rf",?\s+when\s+(?=[^,;:.]*?\b(?:\d[\d,]*|{_NUM})\b)[^,;:.]+", re.IGNORECASE)


def when_told(text: str, found: Sequence[TimeMention], kept: list[TimeMention], pub: date | None,
              est: bool) -> list[TimeMention]:
    """The period of a "since" that a ", when ..." clause telling harm with a count follows is that harm's, though
    the "since" belongs to a comparison ("the deadliest attack since March, when militants killed 14"): the
    period itself, not from it on."""
    out = list(kept)
    for t in found:
        since = _SINCE_WHEN.match(t.text)
        w = _WHEN_COUNT.match(text, t.end) if since is not None and t.kind == "since" else None
        if since is None or w is None or not harm_positions(w.group()):
            continue
        what = "in " + t.text[since.end():]     # ("in March": a month by itself is not told from a name)
        inner = next((i for i in find_times(what, pub, est) if i.end == len(what) and i.span_start is not None
                      and i.span_end is not None), None)
        if inner is not None:
            out = [k for k in out if k.end <= t.start or k.start >= t.end] + [
                TimeMention(t.start, t.end, t.text, inner.span_start, inner.span_end, inner.kind)]
    return sorted(out, key=lambda k: k.start)


# ", adding that the attack took place late on Sunday": a later clause that dates the event itself
_DATES_EVENT = re.compile(r"\s+(?:that\s+)?(?:the\s+(?:[\w-]+\s+){0,2}?(?:attack|raid|strike|ambush|assault|bombing|"
                          r"shooting|massacre|killings?|incident|blast|explosion|clash(?:es)?|fighting)|it)\s+"
                          r"(?:had\s+|was\s+|were\s+)?(?:took\s+place|taken\s+place|happened|occurred|began|started|"
                          r"unfolded|carried\s+out)\b", re.IGNORECASE)


def dates_the_event(text: str, at: int) -> bool:
    """The clause from ``at`` (after ", adding" or ", saying") says when the event happened: its time is the
    figure's, not another matter's."""
    return _DATES_EVENT.match(text, at) is not None


# "A drone strike on a market killed dozens last week": one event, not a week's toll of many
_ONE_EVENT = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:attack|strike|air\s?strike|raid|bombing|blast|explosion|"
                        r"ambush|assault|massacre|shooting|stampede|landslide|collapse|fire)\b(?!\s+on\s+(?:the\s+)?"
                        r"(?:same|several|many|two|three)\b)", re.IGNORECASE)
_WEEK = re.compile(r"^(?:earlier\s+|late\s+)?(?:this|last)\s+week$", re.IGNORECASE)


def event_day_in_week(text: str, time: TimeSpan, later: TimeSpan | None) -> TimeSpan | None:
    """The single day the account names next, inside the week a figure of one event is dated to ("A drone strike
    killed dozens last week. ... the strike hit the market on Thursday"): the event's day."""
    if (later is None or later.start is None or later.start != later.end or time.start is None or time.end is None
            or not _WEEK.match(time.text or "") or not _ONE_EVENT.search(text)
            or not time.start <= later.start <= time.end):
        return None
    return replace(later, inherited=True)
