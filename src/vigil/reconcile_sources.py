"""Source identity for :mod:`vigil.reconcile`: who stands behind a figure, for the independence count.

:func:`name_sources` sets each claim's display name (``Item.sname``), independence key (``Item.skey``)
and credibility kind (``Item.skind``). Two rules here come on top of the folding in
:func:`vigil.reconcile_rules.institution` (a "police spokesman" is the police):

- **A named person speaks for the body his role names.** Where a report states a named source's role
  ("Abel Doe, the police spokesman", "police spokesman Abel Doe", "a spokeswoman for the Lakeshire
  governorate, Mara Vell"), the person counts as that body: his key is the body's, so "the police" in
  another report and Abel Doe count once. The role is read from the claim's source and evidence text
  (the extractor stores no affiliation); one person keeps one body within a country and outcome (the most
  often stated; per block, so recomputing one block gives what a full run gives).
- **A junk name is no source.** A source name that is a date or month, a count of people, a common
  noun ("information", "reports"), a pronoun, or a place the report names, is taken for the report's
  own voice: it is not listed among an incident's sources and does not count as independent.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Final

from vigil.reconcile_rules import (
    _LEAD_WORDS,
    Item,
    institution,
    source_key,
    source_name,
)

__all__ = ["affiliation", "junk_source", "name_sources"]

#: a role whose holder speaks for a body: the body is named before it ("police spokesman") or after
#: "of"/"for" ("spokesman for the police", "inspector-general of police")
SPEAKER_ROLES: Final = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "official", "officer", "representative", "chief", "head",
    "commander", "director", "inspector-general", "commissioner", "secretary-general"})
#: words before a role that qualify the person, not the body ("deputy spokesman", "senior official")
_ROLE_MODIFIERS: Final = frozenset({"deputy", "senior", "acting", "chief", "top", "former", "interim", "assistant",
                                    "press", "public", "relations", "information", "media", "regional", "local"})
#: words that end the phrase before a name: "according to police spokesman Abel Doe"
_PHRASE_STOPS: Final = frozenset({"to", "by", "from", "said", "says", "told", "tells", "and", "but", "that", "as",
                                  "with", "according", "added", "stated", "noted", "when", "while", "who"})
#: words that end a body named after "of"/"for": "head of the UN mission in the capital"
_BODY_STOPS: Final = frozenset({"in", "at", "on", "said", "says", "told", "who", "which", "and", "to", "during"})
_PUNCT: Final = re.compile(r"[,;:.!?()\"“”«»\[\]]")

_MONTHS: Final = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_DATE_WORDS: Final = _MONTHS | frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "tonight", "morning", "evening", "night", "afternoon", "week", "month", "year", "last", "this", "next",
    "early", "late", "mid", "of"})
_NUMBER_WORDS: Final = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "scores",
    "million", "millions", "several", "many"})
_PEOPLE_NOUNS: Final = frozenset({
    "people", "persons", "person", "civilians", "civilian", "victims", "bodies", "dead", "killed", "injured",
    "wounded", "children", "women", "men", "others", "residents", "soldiers", "fighters", "casualties", "deaths"})
#: nouns for information, not for anyone who gives it
_COMMON_NOUNS: Final = frozenset({
    "information", "report", "reports", "data", "figure", "figures", "statistics", "toll", "tolls", "tally",
    "count", "counts", "estimate", "estimates", "news", "record", "records", "footage", "video", "videos",
    "images", "photos", "documents", "numbers", "death toll", "initial reports", "media reports", "local reports",
    "preliminary figures", "official figures", "latest figures"})
_PRONOUNS: Final = frozenset({
    "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "this", "that", "these", "those",
    "who", "which", "someone", "somebody", "one", "another", "others", "everyone"})
_ORDINAL: Final = re.compile(r"^\d{1,4}(st|nd|rd|th)?$")
_NUMERAL: Final = re.compile(r"^\d[\d,.]*$")


def _fold_words(name: str) -> list[str]:
    words = [w.strip(".,;:'’\"“”()") for w in name.casefold().split()]
    words = [w for w in words if w]
    while len(words) > 1 and words[0] in _LEAD_WORDS - {"one", "two", "several"}:
        words.pop(0)
    return words


def junk_source(name: str | None, places: Iterable[str] = ()) -> str | None:
    """Why a source name names no one (``"date"``, ``"count"``, ``"common noun"``, ``"pronoun"``,
    ``"place"``), else None. ``places`` are the (case-folded) place names its report gives."""
    if name is None or not name.strip():
        return None
    why, text = _junk_name(name)
    if why is not None or not text:
        return why
    whole = name.casefold().strip()
    return "place" if any(p == whole or _plain_place(p) == text for p in places) else None


@lru_cache(maxsize=65_536)
def _plain_place(place: str) -> str:
    return " ".join(_fold_words(place))


@lru_cache(maxsize=65_536)
def _junk_name(name: str) -> tuple[str | None, str]:
    """(why the name alone names no one, or None; its folded words)."""
    words = _fold_words(name)
    if not words:
        return None, ""
    text = " ".join(words)
    if len(words) == 1 and words[0] in _PRONOUNS:
        return "pronoun", text
    if any(w in _MONTHS or w in _DATE_WORDS - {"of", "last", "this", "next", "early", "late", "mid"}
           for w in words) and all(w in _DATE_WORDS or _ORDINAL.match(w) for w in words):
        return "date", text
    if (_NUMERAL.match(words[0]) or words[0] in _NUMBER_WORDS) and all(w in _PEOPLE_NOUNS or w == "of"
                                                                        for w in words[1:]):
        return "count", text
    if text in _COMMON_NOUNS:
        return "common noun", text
    return None, text


def _role_body(words: Sequence[str]) -> str | None:
    """The body a role phrase names ("the Congolese government spokesman" -> "congolese government";
    "spokesman for the police" -> "police"), or None when it names no speaking role."""
    ws = [w.casefold().strip("'’") for w in words if w.strip("'’")]
    for j in range(len(ws) - 1, -1, -1):
        if ws[j] not in SPEAKER_ROLES:
            continue
        after = ws[j + 1:]
        if after and after[0] in ("of", "for"):
            body: list[str] = []
            for x in after[1:]:
                if x in _BODY_STOPS:
                    break
                body.append(x)
            while body and body[0] in _LEAD_WORDS:
                body.pop(0)
            return institution(" ".join(body)) or None if body else None
        if after:
            continue
        i = j
        while i > 0 and ws[i - 1] in SPEAKER_ROLES:
            i -= 1
        before = [x for x in ws[:i] if x not in _ROLE_MODIFIERS]
        while before and before[0] in _LEAD_WORDS:
            before.pop(0)
        return institution(" ".join(before)) or None if before else None
    return None


@lru_cache(maxsize=65_536)
def _is_person(name: str) -> bool:
    """A personal name: one to five words, each capitalised (or a particle such as "van", "al-", "de"),
    not an acronym, and no role word."""
    words = name.split()
    if not 1 <= len(words) <= 5 or name.isupper():
        return False
    if any(w.casefold().strip(".,") in SPEAKER_ROLES for w in words):
        return False
    caps = [w for w in words if w[:1].isupper()]
    return len(caps) >= 1 and all(w[:1].isupper() or w.casefold() in {"van", "von", "de", "der", "da", "al", "el",
                                                                        "bin", "ibn", "du", "la", "le"}
                                  or w.casefold().startswith(("al-", "el-")) for w in words)


def affiliation(name: str, texts: Iterable[str]) -> str | None:
    """The body (folded as :func:`institution` folds it) that a named person speaks for, as the texts
    state it beside the name: "<role phrase> Name" ("police spokesman Abel Doe"), "<role phrase>, Name"
    or "Name, <role phrase>" ("Abel Doe, the police spokesman"; "Mara Vell, spokeswoman for the
    Lakeshire governorate"). The name may be given whole or by its last word (a surname of four letters
    or more). None when no text states a speaking role."""
    return _affiliation(name, tuple(texts))


@lru_cache(maxsize=65_536)
def _affiliation(name: str, texts: tuple[str, ...]) -> str | None:
    if not _is_person(name):
        return _self_described(name)
    parts = name.split()
    forms = [name] + ([parts[-1]] if len(parts) > 1 and len(parts[-1]) >= 4 else [])
    own = {w.casefold() for w in parts}
    for text in texts:
        if not text:
            continue
        for form in forms:
            if form not in text:
                continue
            for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
                got = _before(text[:m.start()]) or _after(text[m.end():])
                if got and own.isdisjoint(got.split()):  # "a spokesman for the Vell Front": not a person
                    return got
    return None


@lru_cache(maxsize=65_536)
def _self_described(name: str) -> str | None:
    """The body of a source name that gives a person with his role: "police spokesman Abel Doe",
    "Abel Doe, the police spokesman"."""
    if "," in name:
        left, right = (x.strip() for x in name.split(",", 1))
        if _is_person(left):
            return _role_body(right.split())
        if _is_person(right):
            return _role_body(left.split())
        return None
    words = name.split()
    for j in range(len(words) - 2, -1, -1):
        if words[j].casefold() in SPEAKER_ROLES:
            tail = " ".join(words[j + 1:])
            return _role_body(words[:j + 1]) if tail[:1].isupper() and _is_person(tail) else None
    return None


def _before(head: str) -> str | None:
    """The body named by the role phrase right before a name ("the police spokesman, " / "police
    spokesman ")."""
    s = head.rstrip()
    if s.endswith(","):
        s = s[:-1].rstrip()
    cut = max((m.end() for m in _PUNCT.finditer(s)), default=0)
    words = s[cut:].split()
    phrase: list[str] = []
    for w in reversed(words[-8:]):
        if w.casefold() in _PHRASE_STOPS:
            break
        phrase.insert(0, w)
    if not any(w.casefold().strip("'’") in SPEAKER_ROLES for w in phrase):
        return None
    return _role_body(phrase)


def _after(tail: str) -> str | None:
    """The body named by the role phrase in apposition right after a name (", the police spokesman,")."""
    s = tail.lstrip()
    if not s.startswith(","):
        return None
    s = s[1:]
    m = _PUNCT.search(s)
    words = (s[:m.start()] if m else s).split()[:10]
    phrase: list[str] = []
    for w in words:
        if w.casefold() in _PHRASE_STOPS - {"to"}:
            break
        phrase.append(w)
    return _role_body(phrase) if phrase else None


def name_sources(items: Sequence[Item], roots: dict[int, int], outlets: dict[int, str | None]) -> None:
    """Set every item's source display name, independence key and credibility kind: a junk source name is
    the report's own voice; a named person whose role the reports state counts as the body he speaks
    for (see the module docs)."""
    named: dict[int, set[str]] = {}
    for it in items:
        named.setdefault(it.report, set()).update(it.pnames)    # its places' names, folded
    junk: set[int] = set()
    said: dict[tuple[str | None, str, str], Counter[str]] = {}
    for it in items:
        s = it.rec.claim.source
        if s is None or not s.name or not s.name.strip():
            continue
        if junk_source(s.name, named.get(it.report, ())) is not None:
            junk.add(it.cid)
            continue
        body = affiliation(" ".join(s.name.split()), (s.text, it.rec.claim.evidence.text))
        if body:
            said.setdefault((it.country, it.outcome, institution(s.name)), Counter())[body] += 1
    bodies = {k: min(c, key=lambda b: (-c[b], b)) for k, c in said.items()}
    names: dict[str, str] = {}
    keys: dict[tuple[str, str | int], tuple[str, str | int]] = {}
    for it in items:
        if it.cid in junk:
            n = source_name(it, roots, outlets, voice=True)
            k = source_key(it, roots, outlets, voice=True)
            it.skind = None
        else:
            n = source_name(it, roots, outlets)
            k = source_key(it, roots, outlets)
            s = it.rec.claim.source
            it.skind = s.kind if s is not None else None
            body = bodies.get((it.country, it.outcome, str(k[1]))) if k[0] == "source" else None
            if body is not None:
                k = ("source", body)
        it.sname = names.setdefault(n, n)
        it.skey = keys.setdefault(k, k)
