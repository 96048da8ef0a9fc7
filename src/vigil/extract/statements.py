"""The circumstances of a statement: where and when a source spoke, which date and locate nothing else.

"The ministry told reporters in the capital on Monday that 12 people were killed": "in the capital" and
"on Monday" say where and when the ministry spoke, not where and when the 12 died. So do
"Speaking to local media in Port Town, the governor ...", "according to a report in Tuesday's edition of
...", "in a statement posted late Friday" and "said in a bulletin last week".

:func:`statement_spans` returns the character ranges of a sentence that hold such circumstances; time
and place mentions inside them are not the harm's (:mod:`vigil.extract.resolve`). The rules work on the
raw text (so they apply to every sentence, parsed or not) and are built from the lexicon: a reporting
verb (``REPORT_VERBS``) or a statement noun (``STATEMENT_NOUNS``), then the words up to the mention,
which must not open another clause (an auxiliary, a subordinator, a harm or attack word, a quotation).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from spacy.tokens import Doc, Token

from vigil.extract.lexicon import (
    ATTACK_VERBS,
    EVENT_NOUNS,
    EVENT_VERBS,
    EVENT_WORDS,
    OUTCOME_VERBS,
    REPORT_VERBS,
    STATEMENT_NOUNS,
    STATEMENT_PARTICIPLES,
    TRIGGER_RE,
)
from vigil.extract.syntax import doc_text

__all__ = ["background_spans", "harm_positions", "in_spans", "parsed_statement_spans", "statement_spans"]

# verbs of counting: their circumstances are the period counted ("recorded 40 deaths in 2023"), not a statement's
_COUNTING = {"record", "document", "count", "register", "list", "tally", "verify", "show", "estimate", "calculate",
             "detail", "indicate", "put"}
_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "speak": ("spoke", "spoken"),
              "read": ("read",), "admit": ("admitted",), "broadcast": ("broadcast",)}


def _past(lemma: str) -> set[str]:
    """The past forms of a verb lemma."""
    if lemma in _IRREGULAR:
        return set(_IRREGULAR[lemma])
    if lemma.endswith("e"):
        return {lemma + "d"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma[:-1] + "ied"}
    return {lemma + "ed"}


def _ing(lemma: str) -> str:
    return (lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma) + "ing"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # past forms and "says"/"tells": the base and -s forms of many reporting verbs are also nouns
    # ("a military post", "Tesh State", "reports"), whose modifiers are not a statement's
    verbs = sorted({f for v in REPORT_VERBS - _COUNTING for f in _past(v)} | {"say", "says", "saying", "tells"},
                   key=len, reverse=True)
    parts = sorted({_ing(v) for v in STATEMENT_PARTICIPLES}, key=len, reverse=True)
    nouns = sorted(STATEMENT_NOUNS, key=len, reverse=True)
    verb_re = re.compile(r"\b(?:" + "|".join(map(re.escape, verbs)) + r")\b")
    # "Speaking to local media in X, ..." / "..., speaking to reporters in X": up to the next comma
    lead_re = re.compile(r"(?:^|(?<=[,;]\s))[\"“‘']?(?:" + "|".join(map(re.escape, parts)) + r")\b[^,;:\"“”]{0,140}",
                         re.IGNORECASE)
    # "in a statement posted late Friday", "at a news conference in X", "in Tuesday's edition of"
    noun_re = re.compile(r"\b(?:in|at|during|via|through|on|from)\s+(?:(?:a|an|the|its|his|her|their|[\w’'-]+['’]s)\s+)?"
                         r"(?:[\w’'-]+\s+){0,3}?(?:" + "|".join(map(re.escape, nouns)) + r")s?\b[^,;:\"“”]{0,80}",
                         re.IGNORECASE)
    return verb_re, lead_re, noun_re


_CLAUSE = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|did|do|does|"
                     r"that|which|who|whom|whose|when|where|while|after|before|because|if|as|but|and\s+(?:then|later))\b|"
                     r"[;:\"“”()]", re.IGNORECASE)
_NP_OPENER = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those|on|in|at|of|for|to|by|from|with|"
                        r"during|over|into)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_REVISION = re.compile(r"\b(?:revised|raised|lowered|updated|adjusted|corrected|brought)\s+(?:the|its|their|his|her|a)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?P<noun>toll|tally|count|figure|number)s?\b[^,;:\"“”()]{0,60}")
_TOPIC = re.compile(r"\s(?:on|about|over|regarding|concerning)\s+(?:the|a|an|its|their)\s", re.IGNORECASE)
# what may follow a reporting verb other than "told" in its own circumstances: a preposition, a time word
_CIRCUMSTANCE = re.compile(r"\s+(?:in|on|at|during|via|through|from|to|late|early|earlier|later|last|this|yesterday|"
                           r"today|overnight|shortly|(?-i:[A-Z][a-z]+day|January|February|March|April|May|June|July|"
                           r"August|September|October|November|December)|\d)\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording\s+to\b[^,;\"“”]{0,120}", re.IGNORECASE)


@cache
def _harm_stems() -> tuple[str, ...]:
    verbs = {v for v in ATTACK_VERBS if v not in ("open", "carry")} | set(OUTCOME_VERBS) | EVENT_VERBS
    # verb stems without a final e ("strik-ing", "execut-ed"); short ones whole ("die" is not "di-rector")
    stems = set(EVENT_WORDS) | EVENT_NOUNS | {v[:-1] if v.endswith("e") and len(v) > 4 else v for v in verbs}
    return tuple(sorted(stems))


def _harmful(words: str) -> bool:
    """Whether a stretch of text speaks of harm ("gunmen stormed the village", "the attack")."""
    low = words.lower()
    if TRIGGER_RE.search(low):
        return True
    return any(_harm_word(w) for w in _WORD.findall(low))


@lru_cache(maxsize=16384)
def _harm_word(low: str) -> bool:
    """Whether one lower-case word speaks of harm (a report repeats its words: asked once each)."""
    return low.startswith(_harm_stems()) or TRIGGER_RE.search(low) is not None


_PAST = {"led", "took", "left", "made", "came", "went", "got", "gave", "saw", "found", "began", "ran", "held",
         "kept", "brought", "sent", "fell", "fought", "broke", "struck", "spread", "became", "met", "stood"}


def _finite(word: str, prev: str) -> bool:
    """A past-tense verb opening a clause (not a participle after a statement noun: "a statement posted")."""
    low = word.lower()
    if low in _PAST:
        return True
    return len(low) > 4 and low.endswith("ed") and word[:1].islower() and prev not in _NOUN_WORDS


_NOUN_WORDS = frozenset(w for n in STATEMENT_NOUNS for w in n.split()) | {"statements", "reports", "messages", "posts",
                                                                          "videos", "releases"}


def harm_positions(text: str) -> list[int]:
    """Offsets of the words of ``text`` that speak of harm or of an attack (the lexicon's outcome, event
    and attack words): what makes a sentence an account of an event."""
    found = [m.start() for m in _WORD.finditer(text) if _harm_word(m.group().lower())]
    return sorted(found + [m.start() for m in _HAPPENED.finditer(text)])


_HAPPENED = re.compile(r"\b(?:took\s+place|incidents?|hit)\b", re.IGNORECASE)


def _cut(text: str, start: int, end: int) -> int:
    """End a statement span before anything that speaks of harm or opens a clause."""
    seg = text[start:end]
    stop = len(seg)
    c = _CLAUSE.search(seg)
    if c is not None:
        stop = c.start()
    prev = ""
    for m in _WORD.finditer(seg[:stop]):
        word = m.group()
        if _finite(word, prev):      # "said these led the police to ... on June 22": another clause
            stop = m.start()
            break
        prev = word.lower()
        if _harmful(word):
            # "described the June 13 massacre": the whole phrase of the harm word is the harm's
            opener = None
            for o in _NP_OPENER.finditer(seg, 0, m.start()):
                opener = o
            stop = opener.start() if opener is not None else m.start()
            break
    return start + stop


def statement_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` holding when and where a statement was made (see the module doc)."""
    verb_re, lead_re, noun_re = _patterns()
    spans: list[tuple[int, int]] = []
    for m in verb_re.finditer(text):
        # "said in a bulletin last week", "told Radio X on Sunday": the reporting verb's own modifiers,
        # ending where a clause opens ("said gunmen attacked ... on Friday" keeps Friday for the attack);
        # besides "told"'s hearer, an object is what was said ("described the fall of the town"), not when
        if not m.group().startswith("tel") and m.group() != "told" and not _CIRCUMSTANCE.match(text, m.end()):
            continue
        if m.group().lower().startswith("admit") and re.match(r"\s+(?:to|into|at)\s", text[m.end():]):
            continue        # "admitted to hospital since Sunday": the care of the harmed, not a statement
        stop = text.find(",", m.end(), m.end() + 90)
        end = _cut(text, m.end(), stop if stop >= 0 else min(len(text), m.end() + 90))
        topic = _TOPIC.search(text, m.end(), end)     # "told reporters at a briefing on the crisis in X"
        end = topic.start() if topic is not None else end
        if end > m.end():
            spans.append((m.end(), end))
    for m in _REVISION.finditer(text):   # "revised the toll down to 11 on Monday": when the count changed
        end = _cut(text, m.end("noun"), m.end())     # (not "the toll of the massacre in X")
        spans.append((m.start(), end))
    for rx in (lead_re, noun_re, _ACCORDING):
        for m in rx.finditer(text):
            if rx is noun_re and _harmful(m.group().split(None, 1)[1] if " " in m.group() else ""):
                continue
            end = _cut(text, m.start() + len(m.group().split(None, 1)[0]), m.end())
            if rx is noun_re:      # "a briefing on the crisis in X": what it was about, not where it was
                topic = _TOPIC.search(text, m.start() + 3, end)
                end = topic.start() if topic is not None else end
            if end > m.start():
                spans.append((m.start(), end))
    return spans


def in_spans(start: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start < b for a, b in spans)


# "a village where attackers have struck repeatedly this year", "the region, which has seen fighting since
# 2012": a relative clause in the perfect tells the background of a place or group, not the harm's days
_BACKGROUND = re.compile(r"\b(?:where|which|who|that)\s+(?:[\w'’-]+\s+){0,3}?(?:has|have)\s+(?:[a-z]+ly\s+)?"
                         r"(?!to\b|an?\b|the\b|no\b|its\b|their\b)[a-z]+\b[^,;.:\"“”()]*")


def background_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of relative clauses in the perfect (see ``_BACKGROUND``)."""
    return [m.span() for m in _BACKGROUND.finditer(text)] if "ha" in text else []


_CIRCUMSTANCE_DEPS = frozenset({"prep", "npadvmod", "advmod", "obl", "tmod"})
# what a reporting verb says, and its speaker: not where harm words make its circumstances ambiguous
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "nsubj", "nsubjpass", "punct", "cc",
                           "mark", "aux", "auxpass", "neg"})


def parsed_statement_spans(doc: Doc) -> list[tuple[int, int]]:
    """The circumstances of statements read off a parsed sentence: the prepositional and adverbial
    modifiers of a reporting verb (or of its subject: "Police on Sunday said ...") that say nothing of
    harm, and "according to ..." ("The army, in a statement on Tuesday, said ...", "On Monday, the army
    said 10 soldiers died": Tuesday and Monday date the statements)."""
    reporting = REPORT_VERBS - _COUNTING
    spans: list[tuple[int, int]] = []

    def add(tok: Token) -> None:
        sub = list(tok.subtree)
        text = doc_text(doc)[sub[0].idx:sub[-1].idx + len(sub[-1])]
        if not _harmful(text) and not any(t.dep_ in ("ccomp", "relcl", "advcl", "acl") for t in sub[1:]):
            spans.append((sub[0].idx, sub[-1].idx + len(sub[-1])))

    for tok in doc:
        if tok.lower_ == "according" and tok.dep_ == "prep":
            add(tok)
            continue
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ not in reporting:
            continue
        if tok.lemma_ == "admit" and any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in tok.children):
            continue      # "admitted to hospital since Sunday": the care of the harmed, not a statement
        if any(c.dep_ not in _CONTENT_DEPS and _harmful(" ".join(t.text for t in c.subtree)) for c in tok.children):
            continue      # "claimed the attack ... in January 2018": the time may be the attack's
        # a modifier the parser hangs on the verb from inside the reported words is more likely theirs:
        # only those on the verb's side of what it reports count ("10 died on the border, X reported")
        content = [c for c in tok.children if c.dep_ in ("ccomp", "parataxis", "xcomp")]
        lo = min((c.left_edge.i for c in content), default=len(doc))
        hi = max((c.right_edge.i for c in content), default=-1)
        for child in tok.children:
            if child.dep_ in _CIRCUMSTANCE_DEPS:
                if (not content) or (hi < tok.i and child.i > tok.i) or (lo > tok.i and child.i < lo):
                    add(child)
            elif child.dep_ == "nsubj":
                for grand in child.children:
                    if grand.dep_ == "prep" and grand.i > child.i and grand.lower_ != "of":   # not "residents of X"
                        add(grand)
                    elif grand.dep_ == "acl" and grand.i > child.i and child.lemma_.lower() in STATEMENT_NOUNS:
                        for c in grand.children:    # "a statement issued in X said": where it was issued
                            if c.dep_ in _CIRCUMSTANCE_DEPS:
                                add(c)
    return spans
