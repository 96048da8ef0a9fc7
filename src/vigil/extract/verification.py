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

from vigil.extract.lexicon import FIGHTER_WORDS, GENERIC_BODY_NOUNS, NONSTATE_WORDS, SOURCE_HEAD_KINDS
from vigil.extract.sentences import Sentence, gated_search
from vigil.extract.sources import SourceIndex
from vigil.extract.verif_more import confirmed_toll_before, denied_in_sentence
from vigil.models import Claim

UNVERIFIED = re.compile(
    r"\b(?:(?:could|can|was|were|has|have|had|is|are)\s*(?:not|n[o’']t)(?:\s+yet)?(?:\s+been)?\s+(?:be\s+)?(?:able\s+to\s+)?"
    r"(?:immediately\s+)?(?:independently\s+)?(?:verif|confirm|corroborat|check)|"
    r"unable\s+to\s+(?:immediately\s+)?(?:independently\s+)?(?:verif|confirm|corroborat|check)|"
    r"(?:not|n[o’']t)\s+(?:yet\s+)?(?:been\s+)?(?:immediately\s+)?(?:independently\s+)?(?:verified|confirmed|checked|"
    r"corroborated)|unverified|unconfirmed|"
    r"(?:impossible|not\s+possible|difficult)\s+to\s+(?:independently\s+)?(?:verif|confirm|check)|"
    r"\bno\s+(?:independent\s+)?(?:sources?|means|way|one)\b[^.]{0,40}?\bto\s+(?:independently\s+)?"
    r"(?:verif|confirm|corroborat|check)|"
    r"\b(?:none|neither)\s+of\s+[^.]{0,40}?\b(?:could|can|has|have|had|was|were|is|are)\s+(?:be(?:en)?\s+)?"
    r"(?:independently\s+)?(?:verif|confirm|corroborat|check)|"
    # "Neither figure could be independently confirmed", "neither side's figures could be verified", "neither the
    # army's figures nor those of residents could be verified"
    r"\bneither\s+(?:[\w-]+(?:['’]s)?\s+){0,3}?(?:figures?|tolls?|claims?|accounts?|numbers?|estimates?|tall(?:y|ies)|"
    r"reports?|versions?)\b(?:[^.;]{0,60}?\bnor\b[^.;]{0,40}?)?\s+(?:could|can|has|have|was|were|is|are)\s+"
    r"(?:be(?:en)?\s+)?(?:independently\s+)?(?:verif|confirm|corroborat|check)|"
    # "Reuters was not in a position to verify the figure"
    r"\bnot\s+(?:yet\s+)?in\s+a\s+position\s+to\s+(?:independently\s+)?(?:verif|confirm|corroborat|check)|"
    # "could not immediately be confirmed", "could not be substantiated"
    r"(?:could|can|has|have|had|was|were|is|are)\s*(?:not|n[o’']t)\s+(?:yet\s+)?(?:immediately\s+)?(?:be(?:en)?\s+)?"
    r"(?:independently\s+)?(?:verif|confirm|corroborat|substantiat)|"
    # "there was no independent confirmation", "no casualty figures could be confirmed"
    r"\bno\s+(?:independent\s+|official\s+|immediate\s+|other\s+)*(?:confirmation|verification|corroboration)\b|"
    # "a figure that has yet to be confirmed", "is yet to be verified"
    r"\b(?:has|have|is|are|was|were|had|remains?|remained)\s+yet\s+to\s+be\s+(?:independently\s+)?"
    r"(?:verif|confirm|corroborat|substantiat)|"
    # "could not be independently established / ascertained"
    r"(?:could|can|has|have|had|was|were|is|are)\s*(?:not|n[o’']t)\s+(?:yet\s+)?(?:be(?:en)?\s+)?"
    r"(?:independently\s+(?:establish|ascertain)|ascertain)|"
    r"\bno\s+(?:[\w-]+\s+){1,3}(?:could|can)\s+be\s+(?:independently\s+)?(?:verif|confirm)|"
    # "it was not immediately possible to verify", "verification was not possible", "making verification difficult"
    r"\bnot\s+immediately\s+possible\s+to\s+(?:independently\s+)?(?:verif|confirm|check)|"
    r"\b(?:verification|confirmation|corroboration)\s+(?:was|is|has\s+been|remains)\s+(?:not\s+possible|impossible|difficult)|"
    r"\bmaking\s+(?:independent\s+)?verification\s+(?:difficult|impossible))", re.IGNORECASE)
VERIFIED = re.compile(r"\b(?:has|have|had)?\s*(?:independently\s+)?verified\b|\bcould\s+verify\b|"
                      # "a toll confirmed by our reporters", "our correspondent confirmed": the report's own check
                      r"\bconfirmed\s+by\s+(?:our|this|the\s+paper['’]s)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:reporters?|correspondents?|"
                      r"journalists?|team|staff|newsroom|monitors?)\b|\b(?:our|this)\s+(?:[\w-]+\s+)?(?:reporters?|correspondents?|"
                      r"journalists?|team|newsroom|monitors?)(?:\s+(?:in|at)\s+[A-Z][\w-]+)?\s+(?:(?:was|were|has|have)\s+(?:been\s+)?able\s+to\s+)?(?:independently\s+)?"
                      r"confirm(?:ed)?\b|"
                      r"\bable\s+to\s+(?:independently\s+)?(?:verify|confirm)\b|\bconfirmed\s+(?:the\s+)?(?:deaths?|killings?)|"
                      # "Vigil Wire independently confirmed that 12 were killed"
                      r"\bindependently\s+confirm(?:ed|s)\b",
                      re.IGNORECASE)
#: "confirmed" said by an official body of its own figure
CONFIRMED = re.compile(r"(?<!un)\bconfirm(?:ed|s)?\b[\"”’]?", re.IGNORECASE)
_CONFIRMED_DEAD = re.compile(r"\b(?:were|was|been|are|is)\s+confirmed\s+(?:to\s+(?:be|have\s+been)\s+)?"
                             r"(?:killed|dead|injured|wounded|abducted|missing|kidnapped)\b", re.IGNORECASE)
# "The army denied this.", "The ministry has rejected that.": a denial of what was just said, its object a bare
# demonstrative; "denied any losses": of the harm just told
_DENIED_THIS = (r"\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:e|ed|es)|disput(?:e|ed|es)|contest(?:ed|s)?)\s+"
                r"(?:(?:this|that|it|these|those|them)\s*(?=[.;,]|$)|(?:suffering\s+|having\s+suffered\s+)?(?:any|all)\s+"
                r"(?:losses|casualties|deaths|fatalities)\b)")
DISPUTED = re.compile(
    _DENIED_THIS + "|"
    r"\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|disput(?:e|ed|es)|refut(?:e|ed|es)|contest(?:ed|s)?|"
    r"retract(?:ed|s)?|withdr[ae]w|contradict(?:ed|s)?|challenged)\b[^.]{0,80}\b(?:reports?|claims?|figures?|toll|numbers?|tally|accounts?|estimates?|versions?|"
    r"casualt\w*|deaths?|findings?|counts?)\b|\b(?:hurt(?:ing)?|injur\w*|kill\w*|harm\w*|wound\w*)\s+no\s?(?:one|body)\b|"
    r"\bno\s?(?:one|body)\s+(?:was|were|had been)\s+(?:killed|hurt|injured|harmed)\b|"
    r"\b(?:false|fake|fabricated|exaggerated|baseless)\b[^.]{0,40}\b(?:reports?|claims?|figures?)\b|"
    r"\b(?:reports?|claims?|figures?|numbers?|tolls?|tall(?:y|ies))\b[^.]{0,40}\b(?:were|was|are|is)\s+[\"'“‘]?(?:an?\s+)?(?:lie\b|false|fake|fabricated|"
    r"exaggerated|baseless|untrue|wrong|propaganda|lies|inflated)\b|"
    r"\b(?:figures?|toll|claims?|reports?|tally)\b[^.]{0,30}\b(?:rejected|denied|disputed|dismissed|refuted)\b|"
    # "denies the allegations relayed online claiming that dozens were killed": the allegation's own figure
    r"\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:e|ed|es))\s+(?:the\s+|these\s+|all\s+)?"
    r"allegations?\b[^.,;]{0,60}?\b(?:claiming|alleging|suggesting|that)\b|"
    # "called the figures inflated", "described the claim as 'pure fabrication'", "denied that any civilians had
    # been killed"
    r"\b(?:called|described|labell?ed|branded|termed|characteri[sz]ed)\s+(?:the|these|those|its|their)\s+"
    r"(?:[\w-]+(?:['’]s?)?\s+)?(?:figures?|claims?|reports?|tolls?|numbers?)\s+(?:as\s+)?"
    r"[\"'“‘]?(?:an?\s+)?(?:(?:pure|complete|total|utter|outright|a)\s+)?(?:false|fake|fabricated|exaggerated|baseless|untrue|inflated|propaganda|lies?|fabrication|"
    r"invention|fiction)\b|"
    r"\bden(?:y|ied|ies)\s+(?:that\s+)?(?:any|its|their)\s+(?:[\w-]+\s+){0,3}?(?:had\s+been|were|was|have\s+been)\s+"
    r"(?:killed|hurt|injured|harmed)\b|"
    # "dismissed it as propaganda": an account just named, waved away; "called it a fabrication"
    r"\b(?:dismiss|reject|refut|brush)\w*\s+(?:it|them|this|that|these|those)(?:\s+off)?\s+as\b|"
    r"\b(?:call|describ|brand|label|term)\w*\s+(?:it|them|this|that|these|those)\s+(?:as\s+)?[\"'“‘]?(?:an?\s+)?"
    r"(?:(?:usual|pure|complete|total|utter|outright|blatant|[\w-]+ian)\s+)?(?:fabrications?|lies?|propaganda|fakes?|false|untrue|"
    r"baseless|fiction|inventions?|disinformation)\b|"
    # "faulted the police figure", "questioned the ministry's toll"
    r"\b(?:fault|question|challeng|criticis|criticiz|doubt)\w*\s+(?:the|these|those|its|their)\s+(?:[\w-]+(?:['’]s?)?\s+){0,3}?"
    r"(?:figures?|tolls?|count|tally|numbers?|estimates?|claims?)\b|"
    # "dismissed the figure as too low", "judging the toll 'inflated'", "the figure was not based on any count"
    r"\b(?:figures?|tolls?|count|tally|numbers?|estimates?|claims?)\b[^.;]{0,40}?[\"'“‘]?\b(?:inflated|exaggerated|understated|"
    r"overstated|too\s+(?:low|high)|unreliable|inaccurate|incorrect|misleading|unfounded|not\s+based\s+on)\b|"
    # "an earlier toll of 12 given by X on Monday was incomplete": a figure the report says fell short or was wrong
    r"\b(?:figures?|tolls?|count|tally|numbers?|estimates?)\b[^.;]{0,100}?\b(?:was|were|is|are|had\s+been|has\s+been)\s+"
    r"(?!(?:likely|probably|possibly)\b)(?:\w+ly\s+)?(?:incomplete|wrong|inaccurate|incorrect|erroneous|outdated|"
    r"an\s+(?:under|over)-?count)\b|"
    # "said it had wrongly included people later found alive": a figure its own author says was miscounted
    r"\b(?:wrongly|mistakenly|erroneously|incorrectly)\s+(?:included|counted|reported|listed|added|recorded)\b",
    re.IGNORECASE)
# "accused the police of deliberately downplaying the toll": the figures of the one accused
ACCUSED_OF = re.compile(r"\baccus(?:e|ed|es|ing)\s+(?P<owner>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+of\s+[\"'“‘]?"
                        r"(?:\w+ly\s+)?(?:(?:downplay|play(?:ing)?\s+down|understat|inflat|exaggerat|minimi[sz]|overstat|"
                        r"under-?report)\w*|(?:manipulat|hid(?:e|ing)|conceal|fabricat|falsif)\w*\s+(?:the\s+|its\s+|their\s+)?"
                        # (of the figures: "fabricating massacres" contests no toll)
                        r"(?:[\w-]+\s+)?(?:figures?|tolls?|numbers?|casualt\w+|deaths?|data|statistics|tall(?:y|ies)|counts?))\b",
                        re.IGNORECASE)
# "An earlier version said the attack killed three; the source has since corrected the figure": figures superseded
SUPERSEDED = re.compile(r"\b(?:an?\s+|the\s+)?(?:earlier|previous|initial|original|first)\s+(?:version|report|draft|update|post|"
                        r"statement)\b[^.;]{0,70}?\b(?:said|stated|reported|put|gave|cited)\b|"
                        r"\b(?:corrected|retracted|withdrew|withdrawn)\s+(?:the|that|this|its|their)\s+(?:[\w-]+\s+)?"
                        r"(?:figures?|tolls?|numbers?|count|tally)\b(?!\s+(?:to|at)\s)", re.IGNORECASE)
# "..., and not 3,000 as reported by X": a figure of X contradicted
CONTRARY = re.compile(r"\b(?:and|but)\s+not\s+(?:the\s+)?[\d,.]+\b[^.]{0,80}?\bas\s+(?:reported|claimed|stated|said)\s+by\b|"
                      # "saying 23 had died rather than the 41 initially reported": the figure set aside
                      r"\brather\s+than\s+(?:the\s+)?[\d,.]+(?=\s+(?:\w+ly\s+)?(?:reported|announced|claimed|stated|given|"
                      r"cited|counted)\b)|"
                      r"\bcontrary\s+to\s+(?:the\s+)?(?:figures?|claims?|reports?|tolls?)\b", re.IGNORECASE)
_THAT_FIGURE = re.compile(r"\b(?:(?:that|this)\s+(?:figure|claim|toll|tally|count|estimate|account|finding|version|report|"
                          r"allegation|assertion)|the\s+(?:figure|claim|toll|tally|count|estimate|account|finding|version)|"
                          r"(?:these|those)\s+(?:figures|claims|tolls|estimates|accounts|findings|reports|allegations))\b",
                          re.IGNORECASE)
# what an "unverified" statement refers to: something said just before ("neither figure": the two just
# stated), or the report's figures in general
# "The army denied the allegation": the accusation just made (the sentence before, where it states a figure)
_DENIED_ALLEGATION = re.compile(r"\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:e|ed|es))\b[^.;]{0,40}?"
                                r"\b(?:the|that|this|these|those|such)\s+(?:[\w-]+\s+)?(?:allegations?|accusations?)\b", re.IGNORECASE)
# (the denier's own account after it, not the allegation's: "denies the allegations claiming that 80 died")
_SAYING = re.compile(r"\b(?:saying|said|says|adding|added|insisting|insisted|stating|stated)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s+but\b|\s[–—]\s", re.IGNORECASE)


def _told_before(claims: Sequence[Claim], s: Sentence, at: int) -> set[int]:
    """The claims of sentence ``s`` stated in a clause before the one at ``at`` ("X said 60 died; Y dismissed
    that claim"): those whose amount stands before a clause break that comes before ``at``."""
    brk = [b.start() for b in _CLAUSE_BREAK.finditer(s.text, 0, at)]
    if not brk:
        return set()
    return {id(c) for c in claims if c.evidence.start == s.start and 0 <= s.text.find(c.count.text) < brk[-1]}


# "called it a fabrication", "dismissed them as propaganda": a denial of what was just said
_IT_AS = re.compile(r"\b(?:dismiss|reject|refut|brush|call|describ|brand|label|term)\w*\s+(?:it|them|this|that|these|those)"
                    r"(?:\s+off)?\s+(?:as\b|[\"'“‘]?an?\b)", re.IGNORECASE)
# "the army described those killed as OLA members": the victims given another status
_RELABEL = re.compile(r"\b(?:describ|label|brand|term|call|classif|dismiss)\w*\s+(?:those\s+(?:killed|dead|slain)|the\s+(?:dead|victims|"
                      r"deceased|slain)|them|all\s+of\s+them)\s+as\s+(?P<label>[^.;]{1,60})", re.IGNORECASE)
_FIGHTER_LABEL = re.compile(r"\b(?:" + "|".join(sorted(NONSTATE_WORDS | FIGHTER_WORDS)) + r")s?\b", re.IGNORECASE)


def _relabelled(claims: Sequence[Claim], sentences: Sequence[Sentence]) -> set[int]:
    """"Residents said troops killed 11 civilians; the administration described those killed as OLA members": the
    civilian figures a party calls fighters are contested (those of its sentence before it, else of the sentence
    of figures just before)."""
    out: set[int] = set()
    for n, s in enumerate(sentences):
        m = _RELABEL.search(s.text)
        if m is None or not _FIGHTER_LABEL.search(m["label"]):
            continue
        own = {id(c) for c in claims if c.evidence.start == s.start and 0 <= s.text.find(c.count.text) < m.start()}
        scope = own or _pointed_scope(claims, sentences, n)
        out |= {id(c) for c in claims if id(c) in scope and c.victims.category in ("civilians", "people")}
    return out


_ALLEGES = re.compile(r"\ballege[sd]?\b|\baccus(?:e|es|ed|ing)\b", re.IGNORECASE)


def _alleged_before(sentences: Sequence[Sentence], n: int, with_figures: Sequence[int]) -> int | None:
    """The sentence "the allegation" a denial in sentence ``n`` answers: of the last three sentences before it that
    state figures, the latest that alleges ("Amnesty alleged that a bomb killed 16. It said 21 were hurt. The air
    force dismissed the allegation": the 16); else the sentence just before, where it states figures."""
    stated = [x for x in sentences[max(0, n - 3):n] if x.start in with_figures]
    alleging = [x for x in stated if _ALLEGES.search(x.text)]
    if alleging:
        return alleging[-1].start
    return sentences[n - 1].start if sentences[n - 1].start in with_figures else None


# "rejected the official count", "disputed the ministry's figure": a dispute aimed at a figure named as such
_ANSWERED_FIGURE = re.compile(r"\b(?:reject|den[yi]|dismiss|disput|refut|contest|challeng)\w*\s+(?:the|that|this|its|their)\s+"
                              r"(?:[\w-]+\s+)?(?:figures?|tolls?|counts?|tall(?:y|ies)|numbers?|estimates?)\b", re.IGNORECASE)
_THIS_REPORT = re.compile(r"\bth(?:is|ese)\s+(?:report|article|story|bulletin|dispatch|update|piece)s?\b", re.IGNORECASE)
_POINTS_BACK = re.compile(r"\b(?:this|these|those|such|them|neither|both)\b", re.IGNORECASE)
_TWO = re.compile(r"\s*(?:neither|both)\b", re.IGNORECASE)
# "could not verify either of these figures", "both claims": two accounts named after the verb
_EITHER = re.compile(r"\b(?:either|both)\s+(?:of\s+(?:the|these|those)\s+(?:[\w-]+\s+)?)?(?:figures?|tolls?|claims?|accounts?|"
                     r"estimates?|versions?|numbers?|tall(?:y|ies))\b", re.IGNORECASE)
# "rejected the group's figures", "disputed the ministry's toll": the figures of the source so described
_WHOSE = re.compile(r"\b(?:the|its)\s+(?P<owner>[\w-]+(?:\s+[\w-]+)?)['’]s?\s+(?:[\w-]+\s+)?(?:figures?|claims?|tolls?|"
                    r"numbers?|tall(?:y|ies)|counts?|estimates?|reports?|accounts?|versions?)\b", re.IGNORECASE)
# "the police figure", "the army's toll" read without the possessive: the noun before the figure word
_WHOSE_NOUN = re.compile(r"\bthe\s+(?P<owner>[\w-]+)\s+(?:figures?|tolls?|numbers?|tall(?:y|ies)|counts?|estimates?|versions?)\b",
                         re.IGNORECASE)
#: words before a figure noun that describe the figure, not whose it is ("the death toll", "the initial figure")
_NOT_OWNERS = {"death", "casualty", "casualties", "official", "initial", "earlier", "previous", "new", "final", "latest",
               "overall", "total", "same", "higher", "lower", "real", "actual", "true", "first", "last", "daily", "provisional",
               "preliminary", "civilian", "reported", "revised", "updated", "exact", "human", "rising", "current", "victim",
               "fatality", "injury", "body", "other", "two", "three", "a", "an", "its", "their", "this", "that"}
# (plural: "the figure", "the toll" beside a figure is that figure: "..., though the figure could not be confirmed")
_IN_GENERAL = re.compile(r"\b(?:the|its|their)\s+(?:[\w-]+\s+)?(?:figures|tolls|numbers|accounts|reports|"
                         r"claims|tallies|casualties)\b", re.IGNORECASE)
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
    # figures a statement of another party refers to: "rejected that account" (the account just before),
    # "dismissed the commissioner's figure as too low, saying 34 died" (the toll it answers)
    scoped: set[int] = set()
    denied = [DISPUTED.search(s.text) or ACCUSED_OF.search(s.text) for s in sentences]
    for n, s in enumerate(sentences):
        m = denied[n] or CONTRARY.search(s.text)
        if m is None:
            continue
        harm = _DENIED_HARM.search(s.text)
        if harm is not None:        # "rejected reports of civilian casualties": every earlier figure of that harm
            scoped |= _figures_of_harm(claims, s.start, harm)
            targeted.add(n)
            continue
        if any(c.evidence.start == s.start for c in claims) and (that := _DENIED_THAT.search(s.text)):
            # "denied that account and said only four of its men had died": the account before, not its own;
            # "X claimed it killed 60; the ministry dismissed that claim": its own, told in the clause before
            scoped |= _told_before(claims, s, that.start()) or _pointed_scope(claims, sentences, n)
            targeted.add(n)
            continue
        owner = _owner_noun(s.text, m)
        own = [c for c in claims if c.evidence.start == s.start]
        # "rejected the official count as an undercount, saying more than 130 died": the toll its own answers
        answers = bool(own) and m.re is DISPUTED and _ANSWERED_FIGURE.search(m.group()) is not None
        if own and (owner is not None or m.re is ACCUSED_OF or answers):
            scoped |= _answered_toll(claims, own)
        # (not a name inside the words it is dismissed as: 'rejected the figure as "RSF propaganda"')
        named = {x.source.name for x in index.mentions(s.text) if x.start >= m.start() and not _quoted(s.text, x.start)
                 and not re.search(r"\bas\b", s.text[m.end():x.start])}
        if not named and owner is not None:
            named = _described_owner(owner, claims, s.start, sentences)
        if named:
            contested |= named
        elif owner is not None and not own:
            scoped |= _pointed_scope(claims, sentences, n)    # "faulted the police figure": the figures before
        if named or owner is not None or m.re is ACCUSED_OF or answers:
            targeted.add(n)     # (a statement about another's figures: not the sentence's own)
    denials = [n for n, m in enumerate(denied) if m is not None and n not in targeted]
    # a denial stated beside a figure contests that figure; "X dismissed that account" the account before it;
    # a denial on its own the report's figures (unless the report says it could not verify them)
    pointed = {n for n in denials if sentences[n].start not in with_figures and (
        _THAT_FIGURE.search(sentences[n].text) or _IT_AS.search(sentences[n].text)
        or re.search(_DENIED_THIS, sentences[n].text, re.IGNORECASE))}
    for n in pointed:
        scoped |= _pointed_scope(claims, sentences, n)
    for n, s in enumerate(sentences):
        if n > 0 and (da := _DENIED_ALLEGATION.search(s.text)) is not None and all(
                _SAYING.search(s.text, da.end(), max(da.end(), s.text.find(c.count.text)))
                for c in claims if c.evidence.start == s.start):
            # (also where the denier's own account follows: "denied the allegation, saying four militants died")
            alleged = _alleged_before(sentences, n, with_figures)
            scoped |= {id(c) for c in claims if c.evidence.start == alleged}
        if SUPERSEDED.search(s.text):   # "an earlier version said ...": the figures the correction replaced
            scoped |= {id(c) for c in claims if c.evidence.start == s.start} or _pointed_scope(claims, sentences, n)
    unverified_at, unverified_all, challenged = _unverified_scope(sentences, with_figures, claims, denied)
    scoped |= challenged
    disputed_all = not (unverified_at or unverified_all) and any(
        sentences[n].start not in with_figures for n in denials if n not in pointed)
    disputed_at = {sentences[n].start for n in denials if n not in pointed}
    if not disputed_all:
        contested |= _denied_by_the_last_speaker(claims, sentences, [n for n in denials if n not in pointed])
    contradicted = (_contradicted(claims) | _corrected(claims, sentences) | _outbid(claims, sentences) | scoped
                    | denied_in_sentence(claims, sentences)
                    | _accounted_for(claims, sentences) | _relabelled(claims, sentences))
    confirmed = confirmed_toll_before(claims, sentences, SOURCE_HEAD_KINDS.get, _OFFICIAL_KINDS | {"military"})
    for c in claims:
        ev = c.evidence.text
        if (disputed_all or c.evidence.start in disputed_at or id(c) in contradicted or _revised_away(c)
                or (c.source is not None and c.source.name in contested)):
            c.verification = "disputed"
        elif (VERIFIED.search(ev) or _officially_confirmed(c, claims) or id(c) in confirmed) and not UNVERIFIED.search(ev):
            c.verification = "verified"
        elif (unverified_all or c.evidence.start in unverified_at) and c.verification == "unknown":
            c.verification = "unverified"


# "rejected reports of civilian casualties as propaganda", "denies claims of deaths": a denial of the harm itself
_DENIED_HARM = re.compile(r"\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:e|ed|es)|disput(?:e|ed|es))\s+"
                          r"(?:the\s+|all\s+|any\s+)?(?:reports?|claims?|allegations?|accounts?)\s+of\s+(?:any\s+)?"
                          r"(?P<civ>civilian\s+)?(?P<harm>casualt(?:y|ies)|deaths?|killings?|fatalit(?:y|ies)|injur(?:y|ies))\b",
                          re.IGNORECASE)
# "denied that account", "rejected these claims": an account stated before, named by a demonstrative
_DENIED_THAT = re.compile(r"\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:e|ed|es)|disput(?:e|ed|es)|"
                          r"contest(?:ed|s)?)\s+(?:that|this|these|those)\s+(?:[\w-]+\s+)?(?:accounts?|claims?|figures?|"
                          r"tolls?|versions?|reports?|allegations?|tall(?:y|ies)|estimates?)\b", re.IGNORECASE)
_HARM_OUTCOMES = {"casualt": {"killed", "injured", "casualties"}, "injur": {"injured", "casualties"}}
_FIGHTERS = {"state_forces", "non_state_fighters", "combatants"}


def _figures_of_harm(claims: Sequence[Claim], at: int, harm: re.Match[str]) -> set[int]:
    """The claims before ``at`` of the harm a denial names ("reports of civilian casualties": the killed and
    injured, not fighters), other than those of the denier (the source of the denial's own figures)."""
    word = harm["harm"].lower()
    outcomes = next((v for k, v in _HARM_OUTCOMES.items() if word.startswith(k)), {"killed", "casualties"})
    deniers = {c.source.name for c in claims if c.evidence.start == at and c.source is not None}
    return {id(c) for c in claims if c.evidence.start < at and c.outcome in outcomes
            and (c.source is None or c.source.name not in deniers)
            and not (harm["civ"] and c.victims.category in _FIGHTERS)}


def _owner_noun(text: str, m: re.Match[str]) -> str | None:
    """Whose figures a dispute names: "the group's figures" -> group, "the police figure" -> police, "accused the
    police of downplaying the toll" -> police (the words around the dispute, those after it first)."""
    if m.re is ACCUSED_OF:
        return m["owner"].split()[-1].lower().rstrip("'’s") or None
    after = text[m.start():m.end() + 40]
    around = text[max(0, m.start() - 40):m.end()]
    for words in (after, around):
        for rx in (_WHOSE, _WHOSE_NOUN):
            for w in rx.finditer(words):
                noun = w["owner"].split()[-1].lower().rstrip("'’")
                if noun not in _NOT_OWNERS and not noun.isdigit():
                    return noun
    return None


def _pointed_scope(claims: Sequence[Claim], sentences: Sequence[Sentence], n: int) -> set[int]:
    """The claims a statement with no figures of its own points back at ("rejected that account", "the
    number could not be confirmed"): those of the latest earlier sentence that states figures; where the
    statement opens a paragraph, those of that sentence's whole paragraph (the account just told)."""
    at = sentences[n].start
    before = [c for c in claims if c.evidence.start < at]
    if not before:
        return set()
    last = before[-1].evidence.start
    para = next((x.paragraph for x in sentences if x.start == last), None)
    opens = n == 0 or sentences[n - 1].paragraph != sentences[n].paragraph
    starts = {x.start for x in sentences if x.paragraph == para and x.start <= last} if opens else {last}
    if opens:
        # "... killed seven and wounded 19. // 'Among the dead are two children,' the governor wrote. // X
        # rejected the account": the account reaches back to the totals the paragraph's parts belong to
        totals = {c.part_of for c in before if c.evidence.start in starts and c.part_of}
        starts |= {c.evidence.start for c in before if c.id in totals}
        days = {(c.time.start, c.time.end) for c in before if c.evidence.start in starts and c.time is not None
                and c.time.start is not None}
        if len(days) == 1:
            starts |= {c.evidence.start for c in before if c.time is not None and (c.time.start, c.time.end) in days}
    return {id(c) for c in before if c.evidence.start in starts}


def _answered_toll(claims: Sequence[Claim], own: Sequence[Claim]) -> set[int]:
    """"dismissed the commissioner's figure as too low, saying at least 34 had been killed": the toll the
    sentence's own figure answers, the largest earlier figure of the same harm from another source."""
    out: set[int] = set()
    first = min(c.evidence.start for c in own)
    for outcome in {c.outcome for c in own}:
        speakers = {c.source.name for c in own if c.source is not None and c.outcome == outcome}
        earlier = [c for c in claims if c.evidence.start < first and c.outcome == outcome and c.part_of is None
                   and c.count.value is not None and (c.source is None or c.source.name not in speakers)]
        if earlier:
            top = max(c.count.value or 0 for c in earlier)
            out |= {id(c) for c in earlier if c.count.value == top}
    return out


def _described_owner(noun: str, claims: Sequence[Claim], at: int, sentences: Sequence[Sentence]) -> set[str]:
    """The source a denial's "the group's figures" / "the ministry's toll" / "the police figure" describes: the
    one source of the figures before ``at`` whose own words, name or the title it is introduced with ("the
    Police Public Relations Officer, ..., X") hold that noun ("the doctors' group", "Health Ministry")."""
    before = [c.source for c in claims if c.evidence.start < at and c.source is not None]
    word = re.compile(rf"\b{re.escape(noun)}s?\b", re.IGNORECASE)
    found = {s.name for s in before if word.search(f"{s.text} {s.name}")}
    if found:
        return found        # the noun in their own words: every source so named ("the police": each police body)
    if not found:
        found = {s.name for s in before if any(word.search(_title_before(s.text, x.text)) for x in sentences if x.start < at)}
    if not found and noun in GENERIC_BODY_NOUNS | {"ngo", "charity"}:       # "the group's figures": the one named civil body that gave figures
        found = {s.name for s in before if s.kind in ("ngo", "monitor", "medical") and s.name[:1].isupper()}
    return found if len(found) == 1 else set()


def _title_before(name: str, text: str) -> str:
    """The words that introduce ``name`` in ``text`` (up to 80 characters before it), or ""."""
    at = text.find(name) if len(name) > 3 else -1
    return text[max(0, at - 80):at] if at > 0 else ""


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


def _unverified_scope(sentences: Sequence[Sentence], with_figures: Sequence[int], claims: Sequence[Claim],
                      denied: Sequence[re.Match[str] | None]) -> tuple[set[int], bool, set[int]]:
    """The sentence starts whose figures a "could not verify" refers to, whether it refers to all, and the
    claims another party says "could not be confirmed" in its own (quoted) words or beside a denial: that
    party contests them."""
    at: set[int] = set()
    everything = False
    challenged: set[int] = set()
    for n, s in enumerate(sentences):
        m = gated_search(UNVERIFIED, s.text)
        if m is None:
            continue
        if denied[n] is not None or _quoted(s.text, m.start()):
            # '... that the number of casualties "could not be confirmed"', 'dismissed the reports as based on
            # "unverified testimonies"': a party's challenge, not the report's own word
            own = {id(c) for c in claims if c.evidence.start == s.start}
            challenged |= own or (_pointed_scope(claims, sentences, n) if denied[n] is None else set())
            continue
        # what it says could not be verified: the words just before (passive) or after (object)
        near = s.text[max(0, m.start() - 60):m.start()] + " | " + s.text[m.end():m.end() + 50]
        # ("in this report", "this article": the report itself, not an account just told)
        back = (_POINTS_BACK.search(_THIS_REPORT.sub("", near)) is not None or _POINTS_BACK.match(m.group()) is not None) and any(
            st < s.start for st in with_figures)
        if s.start in with_figures:
            at.add(s.start)            # "..., figures which could not be confirmed"
            if _IN_GENERAL.search(near) and not back:
                everything = True      # "... Reporters could not verify the accounts"
        elif back:
            before = [st for st in with_figures if st < s.start]
            if before:                 # "None of this could be verified": the account just before
                para = s.paragraph
                at.add(before[-1])
                two = _TWO.match(m.group()) is not None or _EITHER.search(s.text) is not None
                if _ALL_OF.search(s.text) and not two:          # "any of these tolls": every toll before
                    at.update(before)
                if not two:
                    at.update(x.start for x in sentences if x.start in before and x.paragraph == para)
                elif named := _named_accounts(m.group(), claims, s.start):
                    at |= named        # "neither the health worker's figures nor those of residents": theirs
                elif _ACCOUNTS.search(m.group()) or sum(c.evidence.start == before[-1] for c in claims) < 2:
                    # "neither account", "either of these figures" (each told in a sentence of its own): the
                    # figures of the two sources just before ("neither figure" after a sentence of two: those)
                    at |= _two_accounts(claims, s.start)
        elif _ONE_FIGURE.search(near) and n > 0 and sentences[n - 1].paragraph == s.paragraph and any(
                st < s.start for st in with_figures):
            # "..., and the toll could not be confirmed", "X could not confirm the group's figure": one figure,
            # in the paragraph that just stated figures: the latest figures before
            at.add(max(st for st in with_figures if st < s.start))
        elif _ONE_ACCOUNT.search(near) and n > 0 and sentences[n - 1].paragraph == s.paragraph and any(
                st < s.start for st in with_figures):
            at |= _account_before(claims, sentences, n)   # "X could not verify the claim": the account just told
        elif not _WHAT_CHECKED.search(s.text) and n > 0 and sentences[n - 1].paragraph == s.paragraph and any(
                st < s.start for st in with_figures):
            # "Independent verification is impossible in the zone": a statement that names nothing checked, in the
            # paragraph that just told an account, is about that account
            at |= _account_before(claims, sentences, n)
        else:
            everything = True          # "The casualty figures could not be verified"
    return at, everything, challenged


#: the words that name what a statement says could not be checked
_WHAT_CHECKED = re.compile(r"\b(?:figures?|tolls?|numbers?|counts?|claims?|accounts?|reports?|versions?|tall(?:y|ies)|"
                           r"casualt(?:y|ies)|deaths?|dead|victims|estimates?|information|details|allegations?|it|this|"
                           r"that|them|these|those|statements?|data)\b", re.IGNORECASE)
# "any of these tolls", "none of those figures": all the figures before, not the last
_ALL_OF = re.compile(r"\b(?:any|none|all|each|either)\s+of\s+(?:the|these|those)\s+(?:[\w-]+\s+)?(?:tolls|figures|claims|"
                     r"accounts|numbers|reports|estimates|tallies)\b", re.IGNORECASE)
#: one figure named by a definite phrase ("the toll", "the group's figure"), not the figures in general
_ONE_FIGURE = re.compile(r"\b(?:the|its|their)\s+(?:[\w-]+(?:['’]s)?\s+)?(?:figure|toll|count|tally|number|estimate)\b",
                         re.IGNORECASE)
#: one account named by a definite noun ("the claim", "the villagers' account"), not "its spokesmen claim ..."
_ONE_ACCOUNT = re.compile(r"\b(?:the|that|this)\s+(?:[\w-]+['’]s?\s+)?(?:claim|account|allegation|assertion)\b",
                          re.IGNORECASE)


def _account_before(claims: Sequence[Claim], sentences: Sequence[Sentence], n: int) -> set[int]:
    """The sentences of the account told just before sentence ``n`` in its paragraph: the latest figures before
    it, and the figures of that paragraph before them from the same source ('"Six died. Two bodies were taken
    away," a leader said. X could not verify the claim')."""
    at = sentences[n].start
    before = [c for c in claims if c.evidence.start < at]
    last = before[-1]
    para = sentences[n].paragraph
    starts = {x.start for x in sentences if x.paragraph == para and x.start < at}
    who = last.source.name if last.source is not None else None
    return {last.evidence.start} | {c.evidence.start for c in before if c.evidence.start in starts
                                    and (c.source.name if c.source is not None else None) == who}


# "everyone at the party had been accounted for": no one is missing after all
_ACCOUNTED = re.compile(r"\b(?:everyone|everybody|all)\b[^.;]{0,60}?\b(?:had|has|have|was|were|is|are)\s+"
                        r"(?:now\s+|since\s+|all\s+|been\s+)*(?:been\s+)?(?:accounted\s+for|found\s+(?:safe|alive))\b",
                        re.IGNORECASE)


def _accounted_for(claims: Sequence[Claim], sentences: Sequence[Sentence]) -> set[int]:
    """"Relatives said three guests were missing. Police said everyone had been accounted for": a statement of no
    figures that all are found contests the missing figures of the sentence just before it."""
    out: set[int] = set()
    for s in sentences:
        if _ACCOUNTED.search(s.text) is None or any(c.evidence.start == s.start for c in claims):
            continue
        before = [c for c in claims if c.evidence.start < s.start]
        if before:
            last = before[-1].evidence.start
            out |= {id(c) for c in before if c.evidence.start == last and c.outcome in ("missing", "abducted")}
    return out


_ACCOUNTS = re.compile(r"\b(?:accounts?|reports?|versions?|sides?|claims?)\b", re.IGNORECASE)


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` of ``text`` lies inside a quotation."""
    head = text[:pos]
    return head.count("\u201c") > head.count("\u201d") or head.count('"') % 2 == 1


# the owners "neither X's figures nor those of Y" names
_NEITHER_NOR = re.compile(r"^neither\s+(?:the\s+)?(?P<a>[\w-]+(?:\s+[\w-]+)?)['’]s?\s+[\w-]+\s+nor\s+(?:those\s+of\s+|the\s+)?"
                          r"(?P<b>[\w-]+(?:\s+[\w-]+)??)(?:['’]s?\s+[\w-]+)?\s+(?:could|can|has|have|was|were|is|are)\b",
                          re.IGNORECASE)


def _named_accounts(said: str, claims: Sequence[Claim], at: int) -> set[int]:
    """The sentences of the figures of both sources "neither the health worker's figures nor those of residents"
    names (each by the last word of its description, in the source's own words), where both are found."""
    m = _NEITHER_NOR.match(said)
    if m is None:
        return set()
    out: set[int] = set()
    for owner in (m["a"], m["b"]):
        word = re.compile(rf"\b{re.escape(owner.split()[-1])}", re.IGNORECASE)
        found = {c.evidence.start for c in claims if c.evidence.start < at and c.source is not None
                 and word.search(f"{c.source.text} {c.source.name}")}
        if not found:
            return set()
        out |= found
    return out


def _two_accounts(claims: Sequence[Claim], at: int) -> set[int]:
    """The sentences of the figures of the last two sources before ``at`` ("neither account could be
    verified"), walking back over at most six sentences of figures."""
    out: set[int] = set()
    seen: list[str | None] = []
    for c in reversed([c for c in claims if c.evidence.start < at]):
        who = c.source.name if c.source is not None else None
        if who not in seen:
            if len(seen) == 2:
                break
            seen.append(who)
        out.add(c.evidence.start)
        if len(out) >= 6:
            break
    return out


def _officially_confirmed(c: Claim, claims: Sequence[Claim] = ()) -> bool:
    """"The governor confirmed that 40 died", "40 were confirmed killed": an official's confirmed toll. A
    "confirmed" that belongs to another figure of the sentence ("up from the 21 confirmed by police") or to a
    toll stated before ("confirmed the toll and said ...") confirms nothing of this one."""
    if c.source is None or c.source.kind == "witness":
        return False
    if _CONFIRMED_DEAD.search(c.evidence.text):
        return True
    text = c.evidence.text
    confirmed = [m for m in CONFIRMED.finditer(text) if not _CONFIRMED_EVENT.match(text, m.start())
                 and not _CONFIRMED_BEFORE.match(text, m.start())]
    # "the 21 (initially) confirmed by police": a participle on another number confirms that one only
    own = c.count.text.split()[-1].lower() if c.count.text else ""
    confirmed = [m for m in confirmed if (n := _NUMBER_BEFORE.search(text[:m.start()])) is None or n["n"].lower() == own]
    return c.source.kind in _OFFICIAL_KINDS and bool(confirmed)


_NUMBER_BEFORE = re.compile(r"\b(?P<n>\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                            r"[a-z]+ty)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# "confirmed the toll and said ...": the toll stated before, not a figure of the sentence
_CONFIRMED_BEFORE = re.compile(r"confirm(?:ed|s)?\s+(?:the|that|this|these|those)\s+(?:death\s+)?(?:toll|figures?|tally|count|"
                               r"account|numbers?)\b(?!\s+(?:of|at|to|as)\s)", re.IGNORECASE)


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


def said_as_only(c: Claim) -> bool:
    """"maintained that only five were killed": a figure given as an answer that contests another toll."""
    at = c.evidence.text.find(c.count.text)
    return at >= 0 and re.search(r"\bonly\s+$", c.evidence.text[max(0, at - 8):at], re.IGNORECASE) is not None


def _contradicted(claims: Sequence[Claim]) -> set[int]:
    """"X claimed 90 were killed; Y maintained that only five were": within one sentence, a figure of the
    same harm that another source answers with "only" is disputed."""
    out: set[int] = set()
    for c in claims:
        if not said_as_only(c):
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


# "residents said the real toll was higher, at least 34": another source's account puts the toll above the one given
_HIGHER = re.compile(r"\b(?:real|actual|true)?\s*(?:death\s+)?toll\b[^.;]{0,40}?\b(?:was|is|were|as|to\s+be)\s+"
                     r"(?:much\s+|far\s+|considerably\s+|even\s+)?higher\b|"
                     # "local groups said the real toll was at least 500": another count set up as the true one
                     r"\b(?:real|actual|true)\s+(?:death\s+)?(?:toll|figure|number\s+of\s+(?:dead|deaths|victims))\s+"
                     r"(?:was|is|stood\s+at|to\s+be)\s+(?:\w+\s+){0,2}?\d", re.IGNORECASE)


def _outbid(claims: Sequence[Claim], sentences: Sequence[Sentence]) -> set[int]:
    """The toll a later sentence says was really higher, from another source: the latest earlier claim of the
    same harm that is no part of another, stated by someone else (or in the report's voice)."""
    out: set[int] = set()
    for n, s in enumerate(sentences):
        if _HIGHER.search(s.text) is None:
            continue
        own = [c for c in claims if c.evidence.start == s.start]
        if not own and n + 1 < len(sentences) and sentences[n + 1].paragraph == s.paragraph:
            # "Residents say the toll is higher. 'Six people died,' ...": the figures of the account it opens
            own = [c for c in claims if c.evidence.start == sentences[n + 1].start]
        for c in own:
            earlier = [o for o in claims if o.evidence.start < s.start and o.outcome == c.outcome and o.part_of is None
                       and (o.source is None or c.source is None or o.source.name.lower() != c.source.name.lower())
                       and o.count.value is not None and c.count.value is not None and o.count.value < c.count.value]
            if earlier:
                out.add(id(max(earlier, key=lambda o: o.evidence.start)))
    return out


_CONTRAST = re.compile(r"\b(?:however|but)\b", re.IGNORECASE)
# "could verify only 20 of the deaths": a share its source checked, no answer to the toll
_VERIFYING = re.compile(r"\b(?:verif|confirm|document|identif|record)", re.IGNORECASE)
# (an official "insisted"/"maintained" that only N died: an answer to a larger toll)
_DENIAL = re.compile(r"\b(?:reject|den(?:y|ies|ied)|dismiss|disput|refut|contest|insist|maintain)", re.IGNORECASE)


def _answered(o: Claim, c: Claim, *, adjacent: bool) -> bool:
    """Whether ``c`` ("only N", from another source, later in the report) answers ``o``, an earlier and larger
    toll of the same harm and days: the toll just before it (the "only" itself sets it against that one, "Residents
    said 12 died. A police spokesman said only two people died"), or any earlier one, with a denial ("rejected the
    toll, saying only N"). ("only N" beside a check may be a verified part: "could verify only N".)"""
    said = c.evidence.text
    return (o.evidence.start < c.evidence.start and o.outcome == c.outcome and c.source is not None
            and ((adjacent and (_CONTRAST.search(said) is not None or _claimed(o) or _VERIFYING.search(said) is None))
                 or _DENIAL.search(said) is not None)
            and (o.source is None or o.source.name != c.source.name) and o.part_of is None
            and o.count.value is not None and c.count.value is not None and o.count.value > c.count.value
            and c.count.qualifier == "exact" and (_days(c)[0] is None or _days(o) == _days(c)))


def _claimed(c: Claim) -> bool:
    """"Militants claimed to have killed 50 soldiers": a toll its doers claim (another party's "only N" answers it)."""
    return c.perpetrator is not None and c.perpetrator.stance == "claimed"


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
