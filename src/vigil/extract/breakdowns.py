"""Breakdowns across sentences: later figures the report gives as the parts of a stated total.

"At least 16 villagers died in raids on two hamlets ... 9 people were found dead [in the first] ...
Seven more died [in the second]": the parts sum to the total, so each is ``part_of`` it. Only figures
in later sentences, of the same outcome and compatible victims, taken in order:

- a run of two or more that adds up exactly (or, for "more than N", to more than N); a run stated
  together in one sentence ("a total of 40 men and 12 women") may also start after other figures;
- two or more stated together in one sentence that come within rounding (5%) of an approximate total
  ("nearly 1,500 died ... 1,000 bodies were buried and 460 remain in morgues");
- figures that add up exactly to an exact total with at most two unrelated figures of the same outcome
  between them ("40 suspects were arrested ... 25 in A ... three people were held at a roadblock ... 15
  in B"): an aside or two between the parts of a list; an exact sum over a wider gap, or a sum that need
  only pass "more than N", is too easily met by figures of other events.

A parenthetical breakdown in the total's own sentence is linked where the sentence is parsed
(:mod:`vigil.extract.figures`). Also here: the tests the resolver's merging of repeated figures uses
(a headline's claim, a source named by its initials).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations

from vigil.extract.acronym_units import acronym_units
from vigil.extract.all_were import all_were
from vigil.extract.bare_subjects import bare_amount
from vigil.extract.enemy_terms import enemy_terms
from vigil.extract.fighter_sides import state_killed_fighters
from vigil.extract.lexicon import HARM_GROUP_WORDS, PART_OPENER_RE
from vigil.extract.own_side import first_person_side
from vigil.models import Claim, TimeSpan

WINDOW = 8
MAX_SKIPPED = 2


def link_breakdowns(claims: list[Claim], text: str = "") -> None:
    announced_parts(claims, text)
    share_parts(claims)
    severity_parts(claims)
    harm_group_parts(claims)
    named_group_parts(claims)
    relative_parts(claims)
    pronoun_parts(claims)
    remaining_parts(claims)
    held_remainder_parts(claims)
    oversized_parts(claims)
    same_time_totals(claims)
    fronted_runs(claims)
    past_superseded(claims)
    for i, total in enumerate(claims):
        if total.count.value is None or total.count.value < 2:     # a part may have its own breakdown
            continue
        later = [c for c in claims[i + 1:] if _may_be_part(c, total)][:WINDOW]
        # parts the report already tied to it ("Of these, 20 ...") count towards the sum
        have = [c for c in claims if c.part_of == total.id]
        rest = _rest(total, sum(c.count.value or 0 for c in have))
        if rest is None:
            continue
        parts = _run(later, rest) or _rounded_run(later, rest) or _with_gaps(later, rest)
        if not parts and have and len({c.evidence.start for c in have}) == 1:
            # "killed 21 people, including six children. ... 17 bodies were pulled out and four more died in
            # hospital": a subset named in one sentence is a cross-section, not a share of the sum; so too
            # where it follows the breakdown ("– North: 201 wounded. – South: 118 wounded. Among the wounded
            # are 31 children and 48 women"), if the run before it adds up to the whole total
            parts = _run(later if all(c.evidence.start > have[0].evidence.start for c in later) else [
                c for c in later if c.evidence.start < have[0].evidence.start], total)
        for p in parts:
            p.part_of = total.id
            if p.victims.category == "people":
                p.victims.category = total.victims.category
    first_person_side(claims, text)
    acronym_units(claims, text)
    enemy_terms(claims, text)
    all_were(claims, text)
    inherit_categories(claims)
    elliptical_categories(claims)
    state_killed_fighters(claims)


#: a sentence announcing that the figures after it break a toll down ("The toll is distributed as follows:",
#: "The breakdown of the dead by province is as follows")
_ANNOUNCED = re.compile(r"\b(?:toll|tally|figures?|casualties|victims|dead|deaths|martyrs|wounded|injured|distribution|"
                        r"breakdown)\b[^.:;]{0,60}\bas\s+follows\b", re.IGNORECASE)


def announced_parts(claims: list[Claim], text: str) -> None:
    """"SOHR documented the death of 14 people on Tuesday. The toll is distributed as follows: Four civilians
    were shot dead ... A child and a woman were killed ...": where the report announces that what follows
    breaks its toll down, the figures after the announcement are parts of the latest total of their harm
    before it, in order, while they add up to no more than the total (a figure as large as the total, or
    one that would pass it, is no longer one of the parts: "... the toll since May has risen to 286")."""
    for m in _ANNOUNCED.finditer(text):
        at = m.end()
        before = [c for c in claims if _at(c) < m.start()]
        after = [c for c in claims if _at(c) >= at]
        for outcome in dict.fromkeys(c.outcome for c in after):
            total = next((c for c in reversed(before) if c.outcome == outcome and c.part_of is None
                          and c.count.value and not increment(c)), None)
            if total is None or total.count.value is None:
                continue
            acc = sum(c.count.value or 0 for c in claims if c.part_of == total.id and _at(c) >= at)
            # a rounded total may sit a little under its parts; a lower bound ("at least 40") under any sum
            bound = total.count.value + (total.count.value // 20 if total.count.qualifier == "approximately" else 0)
            open_ended = total.count.qualifier in ("at_least", "more_than")
            for c in after:
                if c.outcome != outcome or c.part_of is not None:
                    continue
                if not _may_be_part(c, total) or (acc + (c.count.value or 0) > bound and not open_ended):
                    break
                acc += c.count.value or 0
                c.part_of = total.id
                if c.victims.category == "people":
                    c.victims.category = total.victims.category


#: "more than half of the killings — 2,917 —", "a third of the dead (41)": a share of a figure named by its harm,
#: with the amount it comes to set off after it
_SHARE_BEFORE = re.compile(r"\b(?:half|a\s+third|a\s+quarter|two[- ]thirds|three[- ]quarters|(?:the\s+)?majority|most|"
                           r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+of\s+(?:the\s+|those\s+|these\s+|all\s+)?"
                           r"(?:killings|deaths|dead|victims|killed|wounded|injured|casualties|fatalities)"
                           r"\s*(?:[\u2014\u2013-]{1,2}|\()\s*$", re.IGNORECASE)


def share_of_harm(c: Claim) -> bool:
    """A figure stated as the amount a share of a harm comes to ("half of the killings — 2,917 —")."""
    at = count_at(c)
    return at >= 0 and bool(_SHARE_BEFORE.search(c.evidence.text[max(0, at - 80):at]))


def share_parts(claims: list[Claim]) -> None:
    """"At least 5,353 people were killed ... more than half of the killings — 2,917 — took place in the
    capital": the amount a share of "the killings" comes to is a part of the report's figure of that harm."""
    for n, c in enumerate(claims):
        if c.part_of is not None or not share_of_harm(c):
            continue
        before = [o for o in claims[:n] if o.evidence.start < c.evidence.start]
        total = main_total(before, c.outcome, c.count.value or c.count.low)
        if total is not None:
            c.part_of = total.id
            if c.victims.category == "people":
                c.victims.category = total.victims.category


_ELLIPTICAL = re.compile(r"(?:the\s+)?(?:others?|more|another|a\s+further|further)", re.IGNORECASE)
#: how far back (characters between the sentences) the noun an elliptical figure continues may stand: the
#: sentence before, or one more sentence that states no figure ("N farmers were killed. They were attacked
#: on their way home. Five others are missing")
ELLIPSIS_GAP = 250
_NUMBERED = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds"
                       r"|thousands|several|an?\s+(?:man|woman|boy|girl|child|soldier|person))\b", re.IGNORECASE)


def _at(c: Claim) -> int:
    """Where the claim's amount stands in the report."""
    return c.evidence.start + max(0, count_at(c))


def elliptical_categories(claims: list[Claim]) -> None:
    """"An Indian soldier was killed. Two others were wounded": a figure with no noun but "others" (spec: an
    elliptical "N others" takes the category of the noun it continues) and no figure before it in its own
    sentence (the parse settles those) takes the category of the figure stated last before it (its total, where
    that is a part): in the sentence just before, across a closing quote, or past one sentence with no figure;
    not where that sentence counts groups of different categories."""
    by_id = {c.id: c for c in claims}
    for c in claims:
        if c.victims.category != "people" or c.part_of is not None:
            continue
        at = _at(c)
        if not _ELLIPTICAL.fullmatch((c.victims.text or "").strip()) and not bare_amount(c, at - c.evidence.start):
            continue
        if _NUMBERED.search(c.evidence.text[:at - c.evidence.start]):
            continue        # a figure before it in its own sentence: the sentence's parse settled what it continues
        before = [o for o in claims if o is not c and _at(o) < at and 0 <= c.evidence.start - o.evidence.end <= ELLIPSIS_GAP]
        if before:
            last = max(before, key=_at)
            if len({o.victims.category for o in before if o.evidence.start == last.evidence.start}) > 1:
                continue    # "three soldiers and two civilians were among the dead. Thirty others ...": whose others?
            for _ in range(3):      # "... including five soldiers. Two others ...": the total continued
                if last.part_of is None or last.part_of not in by_id:
                    break
                last = by_id[last.part_of]
            if last.victims.category != "people":
                c.victims.category = last.victims.category


def inherit_from_totals(claims: list[Claim]) -> None:
    """What a part takes from its total. A part with no actor of its own takes the actor of its total where
    both are stated in one sentence
    (spec: the perpetrator comes from the figure's sentence, "including a total stated in the same
    sentence"): "a strike killed eight people, including three children, the government said, blaming X".
    A part with no days of its own takes its total's."""
    by_id = {c.id: c for c in claims}
    for c in claims:
        total = by_id.get(c.part_of) if c.part_of else None
        if (c.perpetrator is None and total is not None and total.perpetrator is not None
                and total.evidence.start == c.evidence.start):
            c.perpetrator = replace(total.perpetrator)
        if (total is not None and total.time is not None and not total.time.inherited and total.time.start is not None
                and (c.time is None or (c.time.start is None and c.time.end is None)
                     or (c.time.inherited and not _one_of(c.time, total.time))
                     or ((total.evidence.start == c.evidence.start or total.count.text in c.evidence.text)
                         and _one_of(c.time, total.time) and not _day_after(c)))):
            # a part's days are its total's: where it names none of its own ("Nine of the injured were flown
            # out"), or, in the total's sentence, where the day it was given is one the total's own time spans
            # ("killed 31 overnight and into Sunday, including 11 children": not Sunday alone); a part that took
            # a day inside the total's days from the account told around it keeps it ("five killed overnight ...
            # a bomb hit a house late on Friday. A couple died on the spot": Friday)
            c.time = replace(total.time, inherited=True)


def _day_after(c: Claim) -> bool:
    """"including 12 on Saturday": the part's day set right after its own figure."""
    text, count, day = c.evidence.text, c.count.text or "", (c.time.text if c.time else None) or ""
    at = text.find(count) if count else -1
    return at >= 0 and bool(day) and re.match(r"[^,;:.]{0,30}?" + re.escape(day), text[at + len(count):]) is not None


def _one_of(part: TimeSpan, total: TimeSpan) -> bool:
    """A part's days inside the days of its total's own time ("Sunday" of "overnight and into Sunday")."""
    return (part.start is not None and part.end is not None and total.start is not None and total.end is not None
            and total.start <= part.start and part.end <= total.end and (part.start, part.end) != (total.start, total.end))


def inherit_categories(claims: list[Claim]) -> None:
    """A part whose own words name no status ("people": "four women", "six of whom") takes its total's
    category, through a chain of parts ("54 wounded civilians, including 19 children, six of whom ..."), as
    the spec has it ("27 civilians, including four women" -> civilians). Parts linked in a sentence already
    have it; this also covers parts linked across sentences and totals whose category the resolver settled
    after the part was made."""
    by_id = {c.id: c for c in claims}
    for c in claims:
        if c.part_of is not None and c.victims.category == "state_forces" and _ranks_only(c.victims.text) and (
                (total := by_id.get(c.part_of)) is not None and total.victims.category == "non_state_fighters"):
            c.victims.category = total.victims.category     # "440 terrorists, including 30 commanders": theirs
            continue
        if c.victims.category != "people" or c.part_of is None:
            continue
        seen = {c.id}
        total = by_id.get(c.part_of)
        while total is not None and total.victims.category == "people" and total.part_of and total.id not in seen:
            seen.add(total.id)
            total = by_id.get(total.part_of)
        if total is not None and total.id not in seen:
            c.victims.category = total.victims.category


#: ranks both sides have ("commanders", "senior leaders"): a part named by one alone is of its total's side
_SIDELESS_RANKS = {"commander", "commanders", "leader", "leaders", "chief", "chiefs", "officer", "officers"}
_RANK_MODIFIERS = {"senior", "top", "field", "mid-level", "local", "key", "high-ranking", "several", "various", "ranks", "rank", "different", "all",
                   "of", "their", "its", "his", "the"}


def _ranks_only(text: str | None) -> bool:
    words = (text or "").lower().split()
    return any(w in _SIDELESS_RANKS for w in words) and all(     # ("commanders of various ranks")
        w in _SIDELESS_RANKS or w in _RANK_MODIFIERS for w in words)


_SEVERE = re.compile(r"\b(?:critically|seriously|severely|gravely|badly)\s+(?:injured|wounded|hurt|burned|burnt)\b"
                     r"|\b(?:in|remain(?:s|ed)?\s+in)\s+(?:a\s+)?(?:critical|serious|grave|life-threatening)\s+"
                     r"(?:condition|state)\b"
                     # hospitalised subsets: "19 remain in hospital", "four were hospitalised", "admitted to hospital"
                     r"|\b(?:remain(?:s|ed)?|still|are|were|was|is)\s+(?:still\s+)?(?:in|at)\s+(?:the\s+)?hospital\b"
                     r"|\bhospitali[sz]ed\b|\badmitted\s+to\s+(?:the\s+|a\s+)?hospital"
                     r"|\b(?:in|to)\s+(?:the\s+|an?\s+)?(?:intensive\s+care|ICU)\b",
                     re.IGNORECASE)
SEVERITY_REACH = 400
# "Thirty people were wounded, eight seriously": an amount with only an adverb of severity after it
_SEVERE_ADVERB = re.compile(r"\s+(?:critically|seriously|severely|gravely|badly)\b(?!\s+(?:injured|wounded|hurt|burned|burnt))",
                            re.IGNORECASE)


def severity_parts(claims: list[Claim]) -> None:
    """"Some 60 people were hurt ... Two badly injured women were flown to the capital": a figure of the
    severely injured stated after a larger injured figure (within a sentence or two, or anywhere before where
    the report gives only one) is a part of it, as the spec has severity subsets of the injured. Only where the
    severity words are the figure's own (next to its amount)."""
    for n, c in enumerate(claims):
        size = c.count.value or c.count.low
        if c.outcome != "injured" or c.part_of is not None or not size:
            continue
        at = count_at(c)
        if at < 0 or not (_SEVERE.search(c.evidence.text[at:at + len(c.count.text) + 40])
                          or _SEVERE_ADVERB.match(c.evidence.text, at + len(c.count.text))):
            continue
        earlier = [t for t in claims[:n] if t.outcome == "injured" and t.part_of is None and (
            t.evidence.start < c.evidence.start or (     # or before it in its sentence ("70 were wounded; 12 are ...")
                t.evidence.start == c.evidence.start and 0 <= t.evidence.text.find(t.count.text) < at))
                   and (t.count.value or t.count.low or 0) > size]
        near = [t for t in earlier if c.evidence.start - t.evidence.end <= SEVERITY_REACH]
        if near or len(earlier) == 1:     # farther back only where the report gives one injured figure
            c.part_of = (near or earlier)[-1].id


_OF_HARM_GROUP = re.compile(r"\s+of\s+(?:the|those|these)\s+(?:wounded|injured|hurt|dead|killed|deceased|victims"
                            r"|casualties|abducted|kidnapped|missing|displaced)\b", re.IGNORECASE)


def harm_group_parts(claims: list[Claim]) -> None:
    """"Three of the wounded were airlifted to hospital": a figure of "the wounded" / "the dead" that the
    resolver's look-back did not tie to a total (the total stated further back, past quotes and asides) is a
    part of the report's figure of that harm before it (:func:`main_total`)."""
    for n, c in enumerate(claims):
        if c.part_of is not None or not _OF_HARM_GROUP.match(c.evidence.text, _count_end(c)):
            continue
        before = [o for o in claims[:n] if o.evidence.start < c.evidence.start]
        size = c.count.value or c.count.low
        total = main_total(before, c.outcome, size) or next((
            o for o in reversed(before) if o.part_of is None and o.outcome == c.outcome and (o.count.value or 0) > (size or 0)
            and o.count.qualifier != "at_most"), None)     # "... and 19 others wounded. Three of the wounded ..."
        if total is not None:
            c.part_of = total.id
            if c.victims.category == "people":
                c.victims.category = total.victims.category


_OF_NAMED_GROUP = re.compile(r"\s+of\s+(?:the|these|those)\s+(?P<g>[a-z]+)\b(?!\s+(?:of|who|killed|wounded|injured|dead))",
                             re.IGNORECASE)


def named_group_parts(claims: list[Claim]) -> None:
    """"Twenty were injured, including nine children. Three of the children were in critical condition": "N of the
    <group>" is a part of the latest earlier figure whose victims are that group (a part of a part), stated in its
    sentence or just before (within the severity reach)."""
    for n, c in enumerate(claims):
        m = _OF_NAMED_GROUP.match(c.evidence.text, _count_end(c)) if c.part_of is None else None
        if m is None or harm_group_word(m["g"]):
            continue
        near = [o for o in claims[:n] if o.evidence.start <= c.evidence.start and c.evidence.start - o.evidence.end <= SEVERITY_REACH]
        total = group_total(near, m["g"], None, c.count.value or c.count.low)
        if total is not None:
            c.part_of = total.id


def pronoun_parts(claims: list[Claim]) -> None:
    """"OLA fighters abducted at least 53 people. Four of them were later found dead": "N of them" opening its
    account with no total in its own sentence is a part of the figure stated last in the sentence just before
    (whatever befell the part: the pronoun names the group, not the harm)."""
    for n, c in enumerate(claims):
        end = _count_end(c)
        head = c.evidence.text[:max(0, end - len(c.count.text))]
        if c.part_of is not None or not _OF_THEM.match(c.evidence.text, end) or _NUMBERED.search(head) or (
                _THEM_NAMED_BEFORE.search(head)):
            continue
        size = c.count.value or c.count.low or 0
        before = [o for o in claims[:n] if 0 <= c.evidence.start - o.evidence.end <= 3]
        if before:
            last = max(before, key=_at)
            if last.part_of is None and (last.count.value or last.count.low or 0) > size:
                c.part_of = last.id
                if c.victims.category == "people":
                    c.victims.category = last.victims.category


_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b", re.IGNORECASE)
# "Soldiers pursued the attackers and killed five of them": "them" is the group its own sentence names as the
# object of a verb the harm verb is coordinated with, not the figure before
_THEM_NAMED_BEFORE = re.compile(r"^\W*\S.*?\s(?:the|those|these)\s+(?:[\w-]+\s+)?[a-z]+s\b[^.;:]{0,50}?(?:\s+and|,)\s+"
                                r"(?:\w+ly\s+|then\s+)?[a-z]+(?:ed|ing|ot)\s+$")
_REMAINING = re.compile(r"\b(?:the\s+)?(?:remaining|rest|other)\b(?:\s+of\s+the)?\s*$", re.IGNORECASE)


def remaining_parts(claims: list[Claim]) -> None:
    """"29 of the victims were killed by X, while the remaining 18 were killed by Y": the rest of a total whose
    first part the sentence gives is a part of the same total."""
    by_id = {c.id: c for c in claims}
    for c in claims:
        at = count_at(c)
        if c.part_of is not None or at < 0 or not (
                _REMAINING.search(c.evidence.text[max(0, at - 20):at]) or _REMAINING.search(c.count.text.split()[0] + " ")):
            continue
        size = c.count.value or 0
        firsts = [o for o in claims if o is not c and o.evidence.start == c.evidence.start and o.part_of in by_id
                  and 0 <= o.evidence.text.find(o.count.text) < at and o.outcome == c.outcome]
        total = by_id[firsts[-1].part_of or ""] if firsts else _left_over_of(c, claims, by_id)
        if total is not None and (total.count.value or 0) > size:
            c.part_of = total.id
            if c.victims.category == "people":
                c.victims.category = total.victims.category


# "... freed seven of the hostages, while nine were still being held", "the remaining 18 are still held": those
# of the taken still in captivity
_STILL_HELD = re.compile(r"\b(?:(?:are|were|is|was|remain(?:s|ed)?)\s+(?:still\s+)?(?:being\s+)?(?:held|in\s+captivity|"
                         r"captive|with\s+(?:the|their)\s+(?:captors|abductors|kidnappers))|still\s+(?:being\s+)?"
                         r"(?:held|in\s+captivity|missing))\b", re.IGNORECASE)


def held_remainder_parts(claims: list[Claim]) -> None:
    """"Gunmen abducted 26 people ... Police freed eight of the hostages, and the remaining 18 are still held": the
    taken still in captivity are a part of the abducted figure before them: the latest larger one within the
    severity reach, or farther back the only one."""
    for n, c in enumerate(claims):
        at = count_at(c)
        if c.outcome != "abducted" or c.part_of is not None or at < 0 or not _STILL_HELD.search(
                c.evidence.text, at + len(c.count.text), at + len(c.count.text) + 40):
            continue
        size = c.count.value or c.count.low or 0
        earlier = [t for t in claims[:n] if t.outcome == "abducted" and t.part_of is None and t.evidence.start < c.evidence.start
                   and (t.count.value or t.count.low or 0) > size]
        near = [t for t in earlier if c.evidence.start - t.evidence.end <= SEVERITY_REACH]
        if near or len(earlier) == 1:     # farther back only where the report gives one such figure
            c.part_of = (near or earlier)[-1].id


def _left_over_of(c: Claim, claims: list[Claim], by_id: dict[str, Claim]) -> Claim | None:
    """"nine civilians killed, including four men beheaded. The other five deaths ...": the total an earlier
    sentence broke down, of which "the other N" is exactly what its parts leave."""
    before = [o for o in claims if o.part_of in by_id and o.evidence.start < c.evidence.start and o.outcome == c.outcome]
    if not before:
        return None
    total = by_id[before[-1].part_of or ""]
    linked = sum(o.count.value or 0 for o in claims if o.part_of == total.id)
    return total if (total.count.value or 0) - linked == (c.count.value or 0) else None


def oversized_parts(claims: list[Claim]) -> None:
    """A part is never larger than its total: "at least 312 civilians, including 61 children and 47 women ...
    accounted for 143 of the deaths" is no part of the 47 but of the latest earlier figure of that harm that can
    hold it."""
    by_id = {c.id: c for c in claims}
    for n, c in enumerate(claims):
        total = by_id.get(c.part_of) if c.part_of else None
        size = c.count.value
        if total is None or size is None or total.count.value is None or total.count.value >= size or (
                total.count.qualifier in ("more_than", "at_least")):
            continue
        cands = [o for o in claims[:n] if o.evidence.start <= c.evidence.start and o.outcome == total.outcome
                 and o.part_of is None and (o.count.value or 0) > size and o.count.qualifier != "at_most"]
        if cands:
            c.part_of = cands[-1].id
            if (c.victims.text or "people").lower() in _NO_STATUS:
                c.victims.category = cands[-1].victims.category     # what it took from the wrong total


#: victim words that say nothing of status: a part so named has its total's category
_NO_STATUS = HARM_GROUP_WORDS | {"people", "persons", "deaths", "killings", "others"}


def count_at(c: Claim) -> int:
    """Where the claim's amount stands in its evidence: of the places its words occur ("killed three people,
    including three children"), the one its victims' noun follows, else the first; -1 where absent."""
    text, amount = c.evidence.text, c.count.text
    if not amount:
        return -1
    spots = []      # (str.find, not a pattern built per claim)
    at = text.find(amount)
    while at >= 0:
        spots.append(at)
        at = text.find(amount, at + len(amount))
    if len(spots) < 2:
        return spots[0] if spots else -1
    words = re.findall(r"[A-Za-z]+", c.victims.text or "")
    if not words:
        return spots[0]
    noun = words[-1].lower()
    return next((at for at in spots if noun in text[at + len(amount):at + len(amount) + 40].lower()), spots[0])


def _count_end(c: Claim) -> int:
    at = count_at(c)
    return at + len(c.count.text) if at >= 0 else len(c.evidence.text)


_RELATIVE_BEFORE = re.compile(r"\b(?:of|among)\s+(?:whom|them)\s*$", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"^\s+of\s+(?:whom|them)\b", re.IGNORECASE)


def relative_parts(claims: list[Claim]) -> None:
    """"killed at least 320 people last year, of whom 190 were soldiers", "wounded 14, six of them women": the
    pronoun's antecedent is the figure stated just before it in its own sentence, not a total in another
    sentence (where the parser hung the relative clause on another noun)."""
    for c in claims:
        at = count_at(c)
        if at < 0 or c.part_of is None or not (_RELATIVE_BEFORE.search(c.evidence.text[max(0, at - 20):at])
                                               or _RELATIVE_AFTER.match(c.evidence.text[at + len(c.count.text):])):
            continue
        if any(o.id == c.part_of and o.evidence.start == c.evidence.start for o in claims):
            continue
        size = c.count.value or c.count.low or 0
        before = [o for o in claims if o is not c and o.evidence.start == c.evidence.start and o.part_of is None
                  and 0 <= o.evidence.text.find(o.count.text) < at and o.outcome == c.outcome
                  and (o.count.value or o.count.low or 0) > size]
        if before:
            c.part_of = max(before, key=lambda o: o.evidence.text.find(o.count.text)).id


def past_superseded(claims: list[Claim]) -> None:
    """"The ministry had initially reported 14 dead. [other figures] ... X and her children are among the dead":
    a part linked to a figure the report gives as replaced, stated beyond the account that runs on from it,
    belongs to the latest figure of that harm that is not replaced (the toll the report stands by)."""
    by_id = {c.id: c for c in claims}
    for c in claims:
        old = by_id.get(c.part_of) if c.part_of else None
        if old is None or not superseded(old) or old.evidence.start >= c.evidence.start or not any(
                old.evidence.start < o.evidence.start < c.evidence.start for o in claims):
            continue
        size = c.count.value or c.count.low or 0
        cands = [o for o in claims if o.evidence.start < c.evidence.start and o.outcome == old.outcome
                 and o.part_of is None and not superseded(o) and not increment(o) and (o.count.value or 0) > size]
        if cands:
            c.part_of = cands[-1].id


def _rest(total: Claim, linked: int) -> Claim | None:
    """The total less the parts already linked to it (a stand-in claim), or None if nothing is left."""
    if not linked:
        return total
    left = (total.count.value or 0) - linked
    if left < 1:
        return None
    return replace(total, count=replace(total.count, value=left))


_ADDED_ON = re.compile(r"\b(?:plus|besides|in addition to|on top of|excluding|not including|apart from|aside from)"
                       r"(?:\s+(?:the|another|a further))?\s*$", re.IGNORECASE)


def added_on(c: Claim) -> bool:
    """"rose to 16, besides the three raiders shot dead": a figure the report sets beside a total, not in it."""
    at = count_at(c)
    return at > 0 and bool(_ADDED_ON.search(c.evidence.text[max(0, at - 30):at]))


_SUPERSEDED = re.compile(
    r"\b(?:initially|originally|previously|earlier|first)\s+(?:reported|said|put|gave|given|announced|stated|estimated"
    r"|counted|recorded|cited|listed)\b"
    r"|\b(?:an?|the|its|their)\s+(?:earlier|initial|previous|original)\s+(?:death\s+)?(?:toll|figure|count|tally|estimate)\b",
    re.IGNORECASE)


def superseded(c: Claim) -> bool:
    """"The ministry had initially reported 14 dead", "an earlier toll of 14": a figure the report gives as
    replaced by a later one, which neither stands for "the dead" nor is a part of the later total."""
    at = count_at(c)
    return at > 0 and bool(_SUPERSEDED.search(c.evidence.text[max(0, at - 60):at]))


_FRONTED = re.compile(r"^\W*(?:of|among|out\s+of)\s+(?:those|these|the|them)\b", re.IGNORECASE)


def fronted_runs(claims: list[Claim]) -> None:
    """"Of those killed in May, 11 were shot ..., six were killed in strikes ..., and three were killed by
    gunmen": where a sentence opens with the group a part is of, the figures of that harm after the part in
    the sentence are parts of the same total."""
    by_id = {c.id: c for c in claims}
    for c in claims:
        total = by_id.get(c.part_of) if c.part_of else None
        if total is None or not _FRONTED.match(c.evidence.text):
            continue
        for d in claims:
            if (d.evidence.start == c.evidence.start and d.part_of is None and d is not total
                    and d.outcome == c.outcome and (d.count.value or 0) < (total.count.value or 0)
                    and _after(d, c)):
                d.part_of = total.id


def _after(d: Claim, c: Claim) -> bool:
    return d.evidence.text.find(d.count.text) > d.evidence.text.find(c.count.text) >= 0


def same_time_totals(claims: list[Claim]) -> None:
    """A part of a running total ("842 since October 2023") whose own days are those of an earlier total of its
    harm ("14 in December"; "Of those killed in December, nine ...") belongs to that earlier total."""
    by_id = {c.id: c for c in claims}
    for n, c in enumerate(claims):
        parent = by_id.get(c.part_of) if c.part_of else None
        if parent is None or parent.evidence.start == c.evidence.start or c.time is None or c.time.start is None or c.time.end is None or (
                parent.time is not None and (parent.time.start, parent.time.end) == (c.time.start, c.time.end)):
            continue
        same = [t for t in claims[:n] if t is not parent and t.part_of is None and t.outcome == c.outcome
                and t.time is not None and (t.time.start, t.time.end) == (c.time.start, c.time.end)
                and (t.count.value or 0) > (c.count.value or 0) and t.evidence.start < c.evidence.start]
        if same:
            c.part_of = max(same, key=lambda t: t.evidence.start).id


def _may_be_part(c: Claim, total: Claim) -> bool:
    # (a total of casualties breaks down into the killed and the injured: "42 casualties ... 12 killed and 30 injured")
    same = c.outcome == total.outcome or (total.outcome == "casualties" and c.outcome in ("killed", "injured"))
    return not added_on(c) and not superseded(c) and (same and c.part_of is None and c.count.value is not None
            and c.evidence.start > total.evidence.start and c.count.value < (total.count.value or 0)
            and (c.victims.category == total.victims.category
                 or "people" in (c.victims.category, total.victims.category))
            and _within_demographic(c, total))


_CHILD_DEMOGRAPHICS = {"child", "children", "kid", "kids", "boy", "boys", "girl", "girls", "infant", "infants", "baby",
                       "babies", "toddler", "toddlers", "teenager", "teenagers", "minor", "minors", "newborn", "newborns"}


def _within_demographic(c: Claim, total: Claim) -> bool:
    """A total of a subset ("six children and infants") breaks down only into figures of that subset: "a man",
    "his wife" or "three civilians" stated after it are no part of it, whatever they add up to."""
    if not total.victims.demographic:
        return True
    kinds = {"children" if w.lower() in _CHILD_DEMOGRAPHICS else w.lower() for w in total.victims.demographic}
    own = {"children" if w.lower() in _CHILD_DEMOGRAPHICS else w.lower() for w in c.victims.demographic}
    return bool(own) and own <= kinds


def _adds_up(acc: int, total: Claim) -> bool:
    target = total.count.value or 0
    return acc == target or (total.count.qualifier == "more_than" and acc > target)


def _run(later: list[Claim], total: Claim) -> list[Claim]:
    for k in range(len(later)):
        parts = _adding_run(later[k:], total, same_sentence=k > 0, least=2)
        if parts:
            return parts
    return []


def _adding_run(cands: list[Claim], total: Claim, same_sentence: bool, least: int = 2) -> list[Claim]:
    """The first figures of ``cands``, in order, that add up to the total (``least`` or more), else []."""
    target = total.count.value or 0
    parts: list[Claim] = []
    acc = 0
    for c in cands:
        if same_sentence and parts and c.evidence.start != parts[0].evidence.start:
            break
        acc += c.count.value or 0
        parts.append(c)
        if _adds_up(acc, total) and len(parts) >= least:
            return parts
        if acc > target:
            break
    return []


def _rounded_run(later: list[Claim], total: Claim) -> list[Claim]:
    """Two or more figures of one sentence within 5% of an approximate total ("around thirty soldiers ...
    19 soldiers and 12 militiamen killed": a round number may sit a little under the sum as well as over it)."""
    if total.count.qualifier != "approximately":
        return []
    target = total.count.value or 0
    for k, first in enumerate(later):
        same = [c for c in later[k:] if c.evidence.start == first.evidence.start]
        acc = sum(c.count.value or 0 for c in same)
        if len(same) >= 2 and within_rounding(acc, target):
            return same
    return []


def within_rounding(acc: int, total: int) -> bool:
    """A sum of parts that a rounded total ("about 3,000", "nearly 5,000") may stand for: within 5%, the
    error of rounding to the leading one or two digits that such totals are given in."""
    return abs(acc - total) <= total // 20


def _with_gaps(later: list[Claim], total: Claim) -> list[Claim]:
    """The earliest figures, in order, that add up exactly to the total, skipping at most two between."""
    if total.count.qualifier not in ("exact", "at_least"):
        return []       # a sum that only has to pass "more than N" is too easily met by unrelated figures
    n = len(later)
    for size in range(2, n + 1):
        for picked in combinations(range(n), size):
            skipped = picked[-1] - picked[0] + 1 - size
            if 0 < skipped <= MAX_SKIPPED and sum(later[k].count.value or 0 for k in picked) == total.count.value:
                return [later[k] for k in picked]
    return []


_GENERIC_GROUPS = {"people", "person", "individual", "other", "casualtie", "survivor"}


def harm_group_word(word: str | None) -> bool:
    """"the dead", "the victims", "those killed": a group named by its harm alone."""
    low = (word or "").lower()
    return bool(low) and (low in HARM_GROUP_WORDS or low.rstrip("s") in HARM_GROUP_WORDS)


def group_total(before: list[Claim], word: str, outcome: str | None, value: int | None) -> Claim | None:
    """"26 civilians were killed, 41 soldiers wounded ... Among the civilians were six children": the latest
    earlier figure whose victims are the group a part names, larger than the part. For a group named by its
    harm alone ("Among the dead are ...", "those killed included ..."), the report's figure of that harm
    (:func:`main_total`)."""
    stem = word.lower().rstrip("s")
    if harm_group_word(word):
        return main_total(before, outcome, value)
    if stem in _GENERIC_GROUPS:
        return None     # "among the displaced people": the total referred to, not any figure of people
    for c in reversed(before):
        words = {w.rstrip("s") for w in re.findall(r"[a-z]+", c.victims.text.lower())}
        if stem in words and c.count.value and (outcome is None or c.outcome == outcome) and (
                value is None or c.count.value > value):
            return c
    return None


_INCREMENT = re.compile(r"\b(?:more|further|another|additional|other|others)\b", re.IGNORECASE)


def increment(c: Claim) -> bool:
    """"three more bodies", "another two people": a figure added to a running total, not the total."""
    if _INCREMENT.search(c.count.text) or _INCREMENT.match(c.victims.text or ""):
        return True
    at = count_at(c)     # "Two more bodies were pulled out": the word after the number
    return at >= 0 and bool(_INCREMENT_AFTER.match(c.evidence.text, at + len(c.count.text)))


_INCREMENT_AFTER = re.compile(r"\s+(?:more|further|additional|other)\b", re.IGNORECASE)


def listed_item(c: Claim) -> bool:
    """A figure stated as an item of a list ("– South district: 21 dead and 118 wounded"): a part of a
    breakdown, not the total a later "the dead" / "the wounded" refers to."""
    return bool(_LIST_ITEM.match(c.evidence.text))


_LIST_ITEM = re.compile(r"\s*(?:[-\u2013\u2014\u2022*\u25cf]|\d{1,2}[.)]\s)\s*[^:]{1,60}:")


def main_total(before: list[Claim], outcome: str | None, value: int | None) -> Claim | None:
    """The figure "the dead" / "the victims" refers to: the latest figure of that harm that is not an
    increment of it ("... rose to 22. Three more bodies were found. Among the dead are ..." -> 22), and never
    one smaller than the part."""
    by_id = {c.id: c for c in before}
    cands = [c for c in before if _whole_of_its_harm(c, by_id) and c.count.value and (outcome is None or c.outcome == outcome)
             and (value is None or c.count.value > value) and not added_on(c) and c.count.qualifier != "at_most"]
    # a figure the report gives as replaced ("had initially reported 14 dead") stands for the dead only in
    # the account that runs straight on from it ("Police had earlier put the toll at nine. ... the dead included")
    latest = before[-1].evidence.start if before else None
    whole = [c for c in cands if not (increment(c) and not _others_beside(c, before)) and not listed_item(c)
             and not share_of_harm(c) and (
        not superseded(c) or c.evidence.start == latest)]
    return whole[-1] if whole else None


def _others_beside(c: Claim, before: list[Claim]) -> bool:
    """"killed 11 people and abducted 47 others": "others" set beside a figure of another harm in the same
    sentence, not an increment of its own."""
    return c.victims.text.lower().startswith("other") and any(
        o.evidence.start == c.evidence.start and o.outcome != c.outcome for o in before if o is not c)


def _whole_of_its_harm(c: Claim, by_id: dict[str, Claim]) -> bool:
    """A figure that is no part of a total of its own harm: a whole, or the deaths within a figure of casualties
    ("received 92 casualties, 19 of whom died": "the dead" stated after are the 19)."""
    if c.part_of is None:
        # (not an item of a sentence that breaks a total down: "Of those killed, 798 ..., 361 ... and 128 ...")
        return not PART_OPENER_RE.match(c.evidence.text.lower())
    total = by_id.get(c.part_of)
    return total is not None and total.outcome != c.outcome and not superseded(c)


def acronym_of(a: str, b: str) -> bool:
    """One name is the other's initials ("CHRO", "Chin Human Rights Organisation"): one source, for merging
    a figure repeated under both."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    letters = short.replace(".", "").strip()
    if len(letters) < 2 or not letters.isupper() or " " in letters:
        return False
    words = [w for w in long.replace("-", " ").split() if w.lower() not in ("of", "the", "and", "for", "on", "in")]
    return "".join(w[0].upper() for w in words if w[:1].isalpha()) == letters


def headline(c: Claim) -> bool:
    """A claim stated in the report's headline: near the top, short, with no closing full stop."""
    text = c.evidence.text.strip()
    return c.evidence.start < 200 and len(text) < 160 and not text.endswith((".", "\u201d", '"', "'"))
