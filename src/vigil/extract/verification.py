"""Whether the report says its figures were verified, could not be verified, or are contested.

Each statement applies to the figures it refers to, wherever it stands in the report:

* a sentence that states figures and says they could not be checked ("..., figures which the agency
  could not immediately confirm") applies to its own figures;
* one that points back ("None of this could be verified", "No independent source could verify these
  claims") applies to the figures stated just before it;
* one about the report's figures in general ("Reporters could not verify the casualty figures") applies
  to all of them.

An official body's "confirmed" toll is verified ("the governor confirmed that 40 died", "12 were
confirmed dead"). A figure is disputed where a denial stands beside it or points at it, where the
report says it was revised away ("revised the toll down to 11 from 12": the 12), or where another
source in the same sentence says "only" another number of the same harm.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from vigil.extract.lexicon import GENERIC_BODY_NOUNS
from vigil.extract.sentences import Sentence, gated_search
from vigil.extract.sources import SourceIndex
from vigil.models import Claim

UNVERIFIED = re.compile(
    r"\b(?:(?:could|can|was|were|has|have|had|is|are)\s*(?:not|n[o’']t)(?:\s+been)?\s+(?:be\s+)?(?:able\s+to\s+)?"
    r"(?:immediately\s+)?(?:independently\s+)?(?:verif|confirm|corroborat|check)|"
    r"unable\s+to\s+(?:immediately\s+)?(?:independently\s+)?(?:verif|confirm|corroborat|check)|"
    r"(?:not|n[o’']t)\s+(?:yet\s+)?(?:been\s+)?(?:immediately\s+)?(?:independently\s+)?(?:verified|confirmed|checked|"
    r"corroborated)|unverified|unconfirmed|"
    r"(?:impossible|not\s+possible|difficult)\s+to\s+(?:independently\s+)?(?:verif|confirm|check)|"
    r"\bno\s+(?:independent\s+)?(?:sources?|means|way|one)\b[^.]{0,40}?\bto\s+(?:independently\s+)?"
    r"(?:verif|confirm|corroborat|check)|"
    r"\b(?:none|neither)\s+of\s+[^.]{0,40}?\b(?:could|can|has|have|had|was|were|is|are)\s+(?:be(?:en)?\s+)?"
    r"(?:independently\s+)?(?:verif|confirm|corroborat|check)|"
    # "Neither figure could be independently confirmed", "neither toll has been verified"
    r"\bneither\s+(?:[\w-]+\s+)?(?:figure|toll|claim|account|number|estimate|tally|report)\s+(?:could|can|has|was|is)\s+"
    r"(?:be(?:en)?\s+)?(?:independently\s+)?(?:verif|confirm|corroborat|check)|"
    # "could not immediately be confirmed", "could not be substantiated"
    r"(?:could|can|has|have|had|was|were|is|are)\s*(?:not|n[o’']t)\s+(?:yet\s+)?(?:immediately\s+)?(?:be(?:en)?\s+)?"
    r"(?:independently\s+)?(?:verif|confirm|corroborat|substantiat)|"
    # "there was no independent confirmation", "no casualty figures could be confirmed"
    r"\bno\s+(?:independent\s+)?(?:confirmation|verification|corroboration)\b|"
    r"\bno\s+(?:[\w-]+\s+){1,3}(?:could|can)\s+be\s+(?:independently\s+)?(?:verif|confirm)|"
    # "it was not immediately possible to verify", "verification was not possible", "making verification difficult"
    r"\bnot\s+immediately\s+possible\s+to\s+(?:independently\s+)?(?:verif|confirm|check)|"
    r"\bverification\s+(?:was|is|has\s+been|remains)\s+(?:not\s+possible|impossible|difficult)|"
    r"\bmaking\s+(?:independent\s+)?verification\s+(?:difficult|impossible))", re.IGNORECASE)
VERIFIED = re.compile(r"\b(?:has|have|had)?\s*(?:independently\s+)?verified\b|\bcould\s+verify\b|"
                      r"\bable\s+to\s+verify\b|\bconfirmed\s+(?:the\s+)?(?:deaths?|killings?)",
                      re.IGNORECASE)
#: "confirmed" said by an official body of its own figure
CONFIRMED = re.compile(r"(?<!un)\bconfirm(?:ed|s)?\b[\"”’]?", re.IGNORECASE)
_CONFIRMED_DEAD = re.compile(r"\b(?:were|was|been|are|is)\s+confirmed\s+(?:to\s+(?:be|have\s+been)\s+)?"
                             r"(?:killed|dead|injured|wounded|abducted|missing|kidnapped)\b", re.IGNORECASE)
DISPUTED = re.compile(
    r"\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|disput(?:e|ed|es)|refut(?:e|ed|es)|contest(?:ed|s)?|"
    r"retract(?:ed|s)?|withdr[ae]w|contradict(?:ed|s)?|challenged)\b[^.]{0,80}\b(?:reports?|claims?|figures?|toll|numbers?|tally|accounts?|estimates?|"
    r"casualt\w*|deaths?|findings)\b|\b(?:hurt(?:ing)?|injur\w*|kill\w*|harm\w*|wound\w*)\s+no\s?(?:one|body)\b|"
    r"\bno\s?(?:one|body)\s+(?:was|were|had been)\s+(?:killed|hurt|injured|harmed)\b|"
    r"\b(?:false|fake|fabricated|exaggerated|baseless)\b[^.]{0,40}\b(?:reports?|claims?|figures?)\b|"
    r"\b(?:reports?|claims?|figures?|numbers?|tolls?|tall(?:y|ies))\b[^.]{0,40}\b(?:were|was|are|is)\s+[\"'“‘]?(?:false|fake|fabricated|"
    r"exaggerated|baseless|untrue|wrong|propaganda|lies|inflated)\b|"
    r"\b(?:figures?|toll|claims?|reports?|tally)\b[^.]{0,30}\b(?:rejected|denied|disputed|dismissed|refuted)\b|"
    # "called the figures inflated", "denied that any civilians had been killed"
    r"\bcalled\s+(?:the|these|those|its|their)\s+(?:[\w-]+\s+)?(?:figures?|claims?|reports?|tolls?|numbers?)\s+"
    r"[\"'“‘]?(?:an?\s+)?(?:false|fake|fabricated|exaggerated|baseless|untrue|inflated|propaganda|lies?|fabrication|"
    r"invention|fiction)\b|"
    r"\bden(?:y|ied|ies)\s+(?:that\s+)?(?:any|its|their)\s+(?:[\w-]+\s+){0,3}?(?:had\s+been|were|was|have\s+been)\s+"
    r"(?:killed|hurt|injured|harmed)\b",
    re.IGNORECASE)
# "..., and not 3,000 as reported by X": a figure of X contradicted
CONTRARY = re.compile(r"\b(?:and|but)\s+not\s+(?:the\s+)?[\d,.]+\b[^.]{0,80}?\bas\s+(?:reported|claimed|stated|said)\s+by\b|"
                      r"\bcontrary\s+to\s+(?:the\s+)?(?:figures?|claims?|reports?|tolls?)\b", re.IGNORECASE)
_THAT_FIGURE = re.compile(r"\b(?:that|this|the)\s+(?:figure|claim|toll|tally|count|estimate)\b", re.IGNORECASE)
# what an "unverified" statement refers to: something said just before ("neither figure": the two just
# stated), or the report's figures in general
_POINTS_BACK = re.compile(r"\b(?:this|these|those|such|them|neither|both)\b", re.IGNORECASE)
_TWO = re.compile(r"\s*(?:neither|both)\b", re.IGNORECASE)
# "rejected the group's figures", "disputed the ministry's toll": the figures of the source so described
_WHOSE = re.compile(r"\b(?:the|its)\s+(?P<owner>[\w-]+(?:\s+[\w-]+)?)['’]s?\s+(?:[\w-]+\s+)?(?:figures?|claims?|tolls?|"
                    r"numbers?|tall(?:y|ies)|counts?|estimates?|reports?|accounts?)\b", re.IGNORECASE)
_IN_GENERAL = re.compile(r"\b(?:the|its|their)\s+(?:[\w-]+\s+)?(?:figures?|tolls?|numbers?|accounts?|reports?|"
                         r"claims?|tall(?:y|ies)|casualt(?:y|ies)|death\s+tolls?)\b", re.IGNORECASE)
_REVISED = re.compile(r"\b(?:revis|lower|reduc|correct|adjust|cut|bring|brought|downgrad)\w*\b", re.IGNORECASE)
_OFFICIAL_KINDS = {"government", "military", "un"}
# "confirmed the attack but said only five were killed": the event confirmed, not a figure
_CONFIRMED_EVENT = re.compile(r"confirm(?:ed|s)?\s+(?:that\s+)?(?:the|an?|this|that)\s+(?:[\w-]+\s+)?(?:attack|incident|raid|"
                              r"ambush|explosion|blast|strike|shooting|abduction|kidnapping|assault|clash(?:es)?|"
                              r"bombing)\b(?!\s+(?:killed|left|claimed))", re.IGNORECASE)


def assign_verification(claims: Sequence[Claim], sentences: Sequence[Sentence], index: SourceIndex) -> None:
    """Set each claim's ``verification`` from what the report says about it (claims are in text order,
    their evidence is one sentence of ``sentences``)."""
    with_figures = sorted({c.evidence.start for c in claims})
    # "aid groups reject the agency's count", "not 3,000 as reported by X": the figures of the source named
    contested: set[str] = set()
    targeted: set[int] = set()
    denied = [DISPUTED.search(s.text) for s in sentences]
    for n, s in enumerate(sentences):
        m = denied[n] or CONTRARY.search(s.text)
        if m is not None:
            named = {x.source.name for x in index.mentions(s.text) if x.start >= m.start()}
            if not named:
                named = _described_owner(s.text[m.start():m.end() + 40], claims, s.start)
            if named:
                contested |= named
                targeted.add(n)
    denials = [n for n, m in enumerate(denied) if m is not None and n not in targeted]
    # a denial stated beside a figure contests that figure; "X dismissed that figure" the one before it;
    # a denial on its own the report's figures (unless the report says it could not verify them)
    pointed = {n for n in denials if sentences[n].start not in with_figures and _THAT_FIGURE.search(sentences[n].text)
               and n > 0 and sentences[n - 1].start in with_figures}
    unverified_at, unverified_all = _unverified_scope(sentences, with_figures)
    disputed_all = not (unverified_at or unverified_all) and any(
        sentences[n].start not in with_figures for n in denials if n not in pointed)
    disputed_at = {sentences[n].start for n in denials} | {sentences[n - 1].start for n in pointed}
    if not disputed_all:
        contested |= _denied_by_the_last_speaker(claims, sentences, [n for n in denials if n not in pointed])
    contradicted = _contradicted(claims) | _corrected(claims, sentences)
    for c in claims:
        ev = c.evidence.text
        if (disputed_all or c.evidence.start in disputed_at or id(c) in contradicted or _revised_away(c)
                or (c.source is not None and c.source.name in contested)):
            c.verification = "disputed"
        elif (VERIFIED.search(ev) or _officially_confirmed(c)) and not UNVERIFIED.search(ev):
            c.verification = "verified"
        elif (unverified_all or c.evidence.start in unverified_at) and c.verification == "unknown":
            c.verification = "unverified"


def _described_owner(words: str, claims: Sequence[Claim], at: int) -> set[str]:
    """The source a denial's "the group's figures" / "the ministry's toll" describes: the one source of the
    figures before ``at`` whose own words or name hold that noun ("the doctors' group", "Health Ministry")."""
    m = _WHOSE.search(words)
    if m is None:
        return set()
    noun = m["owner"].split()[-1].lower().rstrip("'’")
    before = [c.source for c in claims if c.evidence.start < at and c.source is not None]
    found = {s.name for s in before if re.search(rf"\b{re.escape(noun)}s?\b", f"{s.text} {s.name}", re.IGNORECASE)}
    if not found and noun in GENERIC_BODY_NOUNS | {"ngo", "charity"}:       # "the group's figures": the one named civil body that gave figures
        found = {s.name for s in before if s.kind in ("ngo", "monitor", "medical") and s.name[:1].isupper()}
    return found if len(found) == 1 else set()


# '"...," he said.': a quotation whose speaker is the one named before
_QUOTED_PRONOUN_SPEAKER = re.compile(r"[\"”]\s*,?\s*(?:he|she|they)\s+(?:said|says|added|told)\b|"
                                     r"[\"”]\s*,?\s*(?:said|says|added)\s+(?:he|she)\b", re.IGNORECASE)


def _denied_by_the_last_speaker(claims: Sequence[Claim], sentences: Sequence[Sentence], denials: Sequence[int]) -> set[str]:
    """'X said its fighters killed 27. The army said four died. "Their figures are propaganda," he said.': a
    denial that names no one, in a sentence of no figures, spoken by the source of the figures just before it,
    contests the earlier figures of the other sources."""
    out: set[str] = set()
    for n in denials:
        at = sentences[n].start
        if any(c.evidence.start == at for c in claims) or not _QUOTED_PRONOUN_SPEAKER.search(sentences[n].text):
            continue
        before = [c for c in claims if c.evidence.start < at and c.source is not None]
        if not before:
            continue
        denier = before[-1].source
        if denier is None:
            continue
        # the other side: sources of another kind than the denier's (not the denier's own body, "the army")
        out |= {c.source.name for c in before if c.source is not None and c.source.name != denier.name
                and c.source.kind != denier.kind}
    return out


def _unverified_scope(sentences: Sequence[Sentence], with_figures: Sequence[int]) -> tuple[set[int], bool]:
    """The sentence starts whose figures a "could not verify" refers to, and whether it refers to all."""
    at: set[int] = set()
    everything = False
    for s in sentences:
        m = gated_search(UNVERIFIED, s.text)
        if m is None:
            continue
        # what it says could not be verified: the words just before (passive) or after (object)
        near = s.text[max(0, m.start() - 60):m.start()] + " | " + s.text[m.end():m.end() + 50]
        back = _POINTS_BACK.search(near) is not None or _POINTS_BACK.match(m.group()) is not None
        if s.start in with_figures:
            at.add(s.start)            # "..., figures which could not be confirmed"
            if _IN_GENERAL.search(near) and not back:
                everything = True      # "... Reporters could not verify the accounts"
        elif back:
            before = [st for st in with_figures if st < s.start]
            if before:                 # "None of this could be verified": the account just before
                para = s.paragraph
                at.add(before[-1])
                if not _TWO.match(m.group()):      # ("neither figure": the two figures just stated)
                    at.update(x.start for x in sentences if x.start in before and x.paragraph == para)
        else:
            everything = True          # "The casualty figures could not be verified"
    return at, everything


def _officially_confirmed(c: Claim) -> bool:
    """"The governor confirmed that 40 died", "40 were confirmed killed": an official's confirmed toll."""
    if c.source is None or c.source.kind == "witness":
        return False
    if _CONFIRMED_DEAD.search(c.evidence.text):
        return True
    confirmed = [m for m in CONFIRMED.finditer(c.evidence.text) if not _CONFIRMED_EVENT.match(c.evidence.text, m.start())]
    return c.source.kind in _OFFICIAL_KINDS and bool(confirmed)


def _revised_away(c: Claim) -> bool:
    """"revised the toll down to 11 from 12": the figure a correction replaced; "... and not 3,000 as
    reported by X": the figure denied."""
    text = c.evidence.text
    for m in CONTRARY.finditer(text):
        if c.count.text and c.count.text in m.group():
            return True
    at = text.find(c.count.text)
    while at >= 0:
        if re.search(r"\bfrom\s+(?:an?\s+)?(?:earlier|initial|previous|original)?\s*(?:\w+\s+)?$", text[max(0, at - 30):at],
                     re.IGNORECASE) and _REVISED.search(text[:at]):
            return True
        at = text.find(c.count.text, at + 1)
    return False


def _contradicted(claims: Sequence[Claim]) -> set[int]:
    """"X claimed 90 were killed; Y maintained that only five were": within one sentence, a figure of the
    same harm that another source answers with "only" is disputed."""
    out: set[int] = set()
    for c in claims:
        at = c.evidence.text.find(c.count.text)
        if at < 0 or not re.search(r"\bonly\s+$", c.evidence.text[max(0, at - 8):at], re.IGNORECASE):
            continue
        before = max((o.evidence.start for o in claims if o.evidence.start < c.evidence.start), default=-1)
        for o in claims:
            if (o is not c and o.evidence.start == c.evidence.start and o.outcome == c.outcome
                    and o.source is not None and c.source is not None and o.source.name != c.source.name):
                out.add(id(o))
            elif _answered(o, c, adjacent=o.evidence.start == before):
                # "Bandits killed seven, residents said. But police said only five were killed": the toll of
                # the sentence before, larger, is contested (any earlier one where "only N" comes with a denial)
                out.add(id(o))
    return out


# "..., said five officers had been killed, not three": the figure put right
_NOT_THAT = re.compile(r",\s+(?:and\s+|but\s+)?not\s+(?:the\s+)?(?P<old>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s*(?:[.;]|$|,|\s+as\b)",
                       re.IGNORECASE)


def _corrected(claims: Sequence[Claim], sentences: Sequence[Sentence]) -> set[int]:
    """The claims a later "N, not M" puts right: those stating M of the same harm as the sentence's figure."""
    out: set[int] = set()
    for s in sentences:
        for m in _NOT_THAT.finditer(s.text):
            old = m["old"].lower().replace(",", "")
            own = [c for c in claims if c.evidence.start == s.start and c.count.text.lower() != old]
            outcomes = {c.outcome for c in own}
            for c in claims:
                if c.outcome in outcomes and c.evidence.start <= s.start and (
                        c.count.text.lower() == old or str(c.count.value) == old):
                    out.add(id(c))
    return out


_CONTRAST = re.compile(r"\b(?:however|but)\b", re.IGNORECASE)
_DENIAL = re.compile(r"\b(?:reject|den(?:y|ies|ied)|dismiss|disput|refut|contest)", re.IGNORECASE)


def _answered(o: Claim, c: Claim, *, adjacent: bool) -> bool:
    """Whether ``c`` ("only N", from another source, later in the report) answers ``o``, an earlier and larger
    toll of the same harm and days: the toll just before it, with a "but"/"however", or any earlier one, with
    a denial ("rejected the toll, saying only N"). ("only N" alone may be a verified part: "could verify only N".)"""
    said = c.evidence.text
    return (o.evidence.start < c.evidence.start and o.outcome == c.outcome and c.source is not None
            and ((adjacent and _CONTRAST.search(said) is not None) or _DENIAL.search(said) is not None)
            and (o.source is None or o.source.name != c.source.name) and o.part_of is None
            and o.count.value is not None and c.count.value is not None and o.count.value > c.count.value
            and c.count.qualifier == "exact" and (_days(c)[0] is None or _days(o) == _days(c)))


def _days(c: Claim) -> tuple[date | None, date | None]:
    return (c.time.start, c.time.end) if c.time is not None else (None, None)


def inherit_verification(claims: Sequence[Claim]) -> None:
    """A part of a total ("127 of the confirmed dead were buried") shares what the report says of the total,
    unless the report says something of the part itself."""
    by_id = {c.id: c for c in claims}
    for c in claims:
        total = by_id.get(c.part_of) if c.part_of else None
        seen: set[str] = set()
        while total is not None and total.verification == "unknown" and total.part_of and total.id not in seen:
            seen.add(total.id)
            total = by_id.get(total.part_of)
        if total is not None and c.verification == "unknown":
            c.verification = total.verification
