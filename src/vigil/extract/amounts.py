"""Amount detection and parsing.

``find_amounts`` finds the numeric and vague amounts in a text ("around 745", "over 1,000", "a dozen",
"tens of thousands", "many families", "between 20 and 30") with their bounds and qualifier, and drops
numbers that are not counts (years, dates, ages, clock times, money, percentages, identifiers, scores).
Measures and counts of things ("5 km", "30 separate massacres", "two days") are kept but carry a ``unit``
so callers can skip them; counts of people have ``unit=None``.

``parse_amount`` parses a standalone amount phrase ("over 1,000", "one", "many").

How it works: a cheap trigger regex (``_TRIGGER``, a character trie of the words an amount can start
with, run over the lowercased text) finds candidate positions; at each one the compiled master regex
(``_MASTER``) parses the amount and its qualifier; a little context checking in Python (the words before
and after) then drops non-counts and finds the unit. Pure functions; nothing runs at import time beyond
compiling the regexes and building small lookup tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from vigil.extract.dates import _NUM as _DNUM
from vigil.extract.numbers import (
    _ADJ_SUFFIXES,
    _ADJECTIVES,
    _AGE_CONTEXT,
    _AGE_QUALIFIERS,
    _CAP_STOP,
    _ID_WORDS_ANY_CASE,
    _ID_WORDS_CAPITALIZED,
    _MONEY,
    _MONTHS,
    _PERSON_PLURAL,
    _PERSON_SINGULAR,
    _QUALIFIER_PHRASES,
    _SCALE,
    _SMALL_WORDS,
    _STOP,
    _TEENS,
    _TENS,
    _TIME_UNITS,
    _UNIT_WORDS,
    _UNITS,
    _VAGUE_TABLE,
    Qualifier,
    _Num,
    _parse_num,
    _scaled,
)

__all__ = ["Amount", "Qualifier", "find_amounts", "parse_amount"]


@dataclass(frozen=True)
class Amount:
    start: int  # offset of the whole amount, qualifier included ("around 745")
    end: int
    text: str  # text[start:end]
    num_start: int  # offset where the number words themselves begin ("745" in "around 745")
    value: int | None  # the number stated; None for vague amounts
    low: int | None
    high: int | None
    qualifier: Qualifier
    unit: str | None  # non-person noun right after the amount ("km", "massacres", "days"), else None


# ---------------------------------------------------------------------------------------------------
# The master regex
# ---------------------------------------------------------------------------------------------------


def _trie(phrases: Iterable[str]) -> str:
    """A regex matching any of ``phrases`` (lowercase), factored as a character trie so that the regex
    engine rejects a position after one or two character tests; spaces match any whitespace."""
    root: dict[str, dict[str, object]] = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}

    def emit(node: dict[str, dict[str, object]]) -> str:
        branches: list[str] = []
        optional = False
        for ch in sorted(node):
            if ch == "":
                optional = True
                continue
            piece = r"\s+" if ch == " " else re.escape(ch)
            branches.append(piece + emit(node[ch]))  # type: ignore[arg-type]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
        return body + "?" if optional else body

    return emit(root)


_SMALL = rf"(?:(?:{_TENS})(?:[-\s](?:{_UNITS})\b)?|(?:{_TEENS})|(?:{_UNITS}))\b"
_SCALES = rf"(?:\s+(?:{_SCALE})\b)*"
_AFTER_SCALE = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))"
_SPELLED = (
    rf"(?:(?:half\s+)?an?\s+(?:{_SCALE})\b{_SCALES}|{_SMALL}{_SCALES})"
    rf"(?:{_AFTER_SCALE}(?:\s+and)?\s+{_SMALL}{_SCALES})*"
)
_DIGITS = (
    r"\b(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
    r"(?:(?:bn|km|kg|cm|mm|ft|mi|ha|m|k)\b|(?!\w))"
    + _SCALES
)
_DOZEN = rf"(?:(?:half\s+)?an?|{_SMALL}|[0-9]+)\s+dozen\b"
_NUM = rf"(?:{_DOZEN}|{_DIGITS}|{_SPELLED})"

_VAGUE = r"""(?:
    (?:several\s+)?tens\s+of\s+(?:thousands|millions)
  | (?:many\s+|several\s+)?hundreds\s+of\s+(?:thousands|millions)
  | (?:several|a\s+few)\s+(?:hundred|thousand|million)(?:\s+thousand)?s?
  | (?:several|a\s+few)\s+dozens?
  | (?:many\s+)?(?:dozens|hundreds|thousands|millions)
  | scores | tens | a\s+handful | a\s+few | severals?
)\b"""

_NONUM_ADJ = ("large|great|huge|significant|considerable|substantial|growing|increasing|small|unknown|"
              "undetermined|unspecified|undisclosed|high|record|certain|limited|sizeable|sizable|"
              "large|untold|indeterminate|uncounted|unconfirmed")
_NONUM = rf"""(?:
    many\b | countless\b | numerous\b | multiple\b | untold(?:\s+numbers)?\b
  | (?:large|great|huge)\s+numbers\b
  | an?\s+(?:(?:{_NONUM_ADJ})\s+)?number(?=\s+of\b)
  | a\s+lot(?=\s+of\b) | lots(?=\s+of\b)
  | a\s+couple(?=\s+of\b)
  | some\b
)"""

_AGE_NUM = rf"(?:[0-9]{{1,3}}|{_SMALL})"
_SKIP = rf"""(?:
    https?://\S+ | www\.\S+ | [\w.+-]+@[\w-]+\.[\w.]+
  | \+[0-9][0-9\s().-]{{6,}}[0-9]
  | \b[0-9]{{1,4}}(?P<dsep>[/.-])[0-9]{{1,2}}(?P=dsep)[0-9]{{1,4}}\b
  | \b[0-9]+/[0-9]+\b
  | \b[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?\b
  | \b[0-9]{{1,2}}\.[0-9]{{2}}\s*(?:[ap]\.?m\b\.?|gmt\b|utc\b)
  | \bage[sd]?\s+(?:of\s+)?(?:(?:between|from|under|over|about|around|roughly|just|only)\s+)?{_AGE_NUM}
    (?:(?:\s*,\s*|\s+(?:and|to|or)\s+|\s*[-–]\s*){_AGE_NUM})*
  | \bas\s+(?:young|old)\s+as\s+{_AGE_NUM}\b
  | (?<=\bof\s){_AGE_NUM}(?:(?:\s*,\s*|\s+(?:and|or|to)\s+){_AGE_NUM})*\s+years?\b(?!\s+(?:ago|later|earlier))
  | (?<=,\s)then\s+(?:aged\s+)?{_AGE_NUM}(?=\s*[,)])
)"""

_MASTER = re.compile(
    rf"""
    (?P<skip>{_SKIP})
  | \b(?P<amt>
        (?:(?P<qual>{_trie(_QUALIFIER_PHRASES)})\s+)?
        (?:
            (?P<vague>{_VAGUE})
          | (?P<nonum>{_NONUM})
          | between\s+(?P<ba>{_NUM})\s+and\s+(?P<bb>{_NUM})
          | (?P<n1>{_NUM})(?:(?P<sep>\s?[-–—]\s?(?=[0-9])|\s+(?:to|or)\s+)(?P<n2>{_NUM}))?
        )
        (?P<suf>\s+or\s+so\b|[-\s]odd\b|\+|[-\s]plus\b|\s+or\s+more\b|\s+or\s+fewer\b|\s+or\s+less\b)?
    )
    """,
    re.VERBOSE,
)  # matched against the lowercased text, only at positions found by _TRIGGER

# every amount or skipped span starts with a digit, "+digit" or one of these phrases
_TRIGGER_PHRASES = (
    {p.rstrip(".") for p in _QUALIFIER_PHRASES}
    | set(_SMALL_WORDS)
    | {f"{art} {w}" for art in ("a", "an", "half a", "half an")
       for w in ("hundred", "thousand", "million", "billion", "dozen")}
    | {f"{art} {adj} number" for art in ("a", "an") for adj in _NONUM_ADJ.split("|")}
    | {"a number", "an number", "a few", "a handful", "a couple", "a lot", "lots", "between", "several", "dozens",
       "hundreds", "thousands", "millions", "scores", "tens", "severals", "many", "countless", "numerous", "multiple",
       "untold", "large numbers", "great numbers", "huge numbers", "some", "www", "http", "https", "age",
       "aged", "ages", "as young as", "as old as", "then"}
)
_TRIGGER = re.compile(rf"\b(?:[0-9]|{_trie(_TRIGGER_PHRASES)}\b)|\+(?=[0-9])")


# context checks
_TRAILING_PUNCT = ".,;:!?)]}\"'”’»"
_WORD_OK = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|[A-Z]{1,4}-?[0-9]{1,4}[A-Za-z]?")  # (and "AK-47", "T-72")
_NOT_COUNT_AFTER = re.compile(
    r"""\s*(?:%|per\s*cent\b|percent\b|pct\b|percentage\b)
      | \s*(?:[ap]\.m\.|[ap]\.?m\b|o['’]clock\b|gmt\b|utc\b|hrs\b|hours?\s+(?:gmt|utc|local)\b|local\s+time\b)
      | [-\s]+(?:years?|yrs?|months?|weeks?|days?)[-\s]+old\b | \s+years?\s+of\s+age\b
      | \s+(?:halves|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b""",
    re.IGNORECASE | re.VERBOSE,
)  # percentages, clock times, ages, fractions
_COMPOUND_AFTER = re.compile(r"[-–][^\W\d_]")
_MONTH_WORDS = frozenset(_MONTHS.split("|"))
_DATE_RANGE_BEFORE = re.compile(
    rf"\b(?:{_MONTHS})\.?\s+[0-9]{{1,2}}(?:st|nd|rd|th)?\s*(?:and|to|until|till|through|-|–)\s*$"
)
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?(?:\s*(?:and|to|until|till|through|-|–)\s*[0-9]{{1,2}}(?:st|nd|rd|th)?)?"
                          rf"\s+(?:of\s+)?(?:{_MONTHS})\b")
_CURRENCY_SYMBOLS = "$€£¥₹₪₽"
_CURRENCY_CODES = frozenset({"USD", "EUR", "GBP", "Rs", "INR", "NIS", "ILS", "SYP", "FCFA", "CFA", "XOF", "XAF", "KES", "Ksh",
                             "KSh", "NGN", "PKR", "AFN", "UGX", "TZS", "ETB", "SDG"})
_ABBREVIATIONS = frozenset({"no", "nos", "vol", "fig", "art", "sec", "para", "ch", "rs", "jan", "feb", "mar", "apr",
                            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_ONE_BEFORE_IN = re.compile(r"(?:\bone|(?<![0-9.,])1)\s+$", re.IGNORECASE)
_ONE_IN_AFTER = re.compile(r"\s+(?:in|out\s+of)\s+(?:[0-9]|(?:two|three|four|five|six|seven|eight|nine|ten)\b)",
                           re.IGNORECASE)
_TIME_UNIT_AFTER = re.compile(r"\s+(?:days?|weeks?|months?|years?|hours?|minutes?|attacks?|incidents?|raids?|strikes?)\b",
                              re.IGNORECASE)
# "nine in ten", "three out of four", "7 in 10": a share, not a count (and not "two in 10 days", "in 2023")
_SHARE_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)"
_SHARE_BEFORE_IN = re.compile(rf"(?:\b{_SHARE_WORDS}|\bone|(?<![0-9.,])[0-9]{{1,2}})\s+$", re.IGNORECASE)
_SHARE_AFTER = re.compile(rf"\s+(?:in|out\s+of)\s+(?:(?:a\s+)?{_SHARE_WORDS}|(?<![0-9])[0-9]{{1,3}}(?![0-9,]))\b"
                          r"(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?|attacks?|incidents?|raids?|strikes?)\b)",
                          re.IGNORECASE)
# "one was killed", "one other suffered burns": "one" standing for a person before its outcome
_ONE_SUBJECT_AFTER = re.compile(
    r"(?:\s+(?:other|more))?\s+(?:(?:was|has\s+been|had\s+been|is|were|reportedly)\s+)?"
    r"(?:killed|died|dead|injured|wounded|hurt|abducted|kidnapped|missing|sustained|suffered|(?:said|stated|reported|"
    r"described)\s+(?:to\s+be|as)\s+(?:critical|serious)\b)\b",
    re.IGNORECASE)
# "two others, one of them in critical condition", "14 wounded, one of whom later died", "one of them, a boy,
# was in serious condition": "one" standing for a person of the group just counted, with its harm or state
_ONE_OF_THEM_AFTER = re.compile(
    r"\s+of\s+(?:them|whom|those)\b(?:\s*,[^,.;]{1,50},)?\s+(?:(?:was|is|were|has|had|been|remains?|later|"
    r"still|reportedly|also)\s+){0,3}(?:in\s+(?:a\s+)?(?:critical|serious|grave|stable|life-threatening|"
    r"severe)\s+(?:condition|state)|in\s+(?:the\s+)?(?:intensive\s+care|icu)\b|critically|seriously|died|dead|killed|"
    r"injured|wounded|hurt|abducted|"
    r"kidnapped|missing|succumbed)\b", re.IGNORECASE)
# "three in Sarny, six in Lypky and one in Orvan": "one" as the last count of a list of places
# (also "one in the village of Orvan"; and after a clause on the item before: "two in Sarny, where a shell fell, and")
_SETTLEMENT_OF = r"(?:(?:village|town|city|district|region|province|area|hamlet|settlement|community)\s+of\s+)?"
_ONE_IN_PLACE_AFTER = re.compile(rf"\s+in\s+(?:the\s+)?{_SETTLEMENT_OF}(?-i:[A-Z])")
_LISTED_BEFORE = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+in\s+"
                            rf"(?:the\s+)?{_SETTLEMENT_OF}(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
                            r"(?:,\s+(?:where|which|when)\b[^;:.]{1,100}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$",
                            re.IGNORECASE)
# "nine were Malian, one was French and three were Nigerien", "Eleven were men and one was a child": "one" as an item
# of a list of counts each said to be of a kind
_ONE_IS_AFTER = re.compile(r"\s+(?:was|is)\s+(?:an?\s+)?[\w-]+")
_COUNTED_KIND_BEFORE = re.compile(rf"\b{_DNUM}\s+(?:were|are|was|is)\s+[^,.;:]{{1,40}}(?:,\s*(?:and\s+)?|\s+and\s+)$",
                                  re.IGNORECASE)
_SCORE_AFTER = re.compile(r"\s+(?:win|victory|defeat|draw|lead|loss|vote|win\b|scoreline|majority)\b",
                          re.IGNORECASE)
_SCORES_TENS_NEXT = frozenset({"of", "were", "more", "have", "had", "are", "was", "killed", "dead", "died",
                               "injured", "wounded", "others", "missing", "fled", "remain"})
_DETERMINERS = frozenset({"the", "these", "those", "their", "its", "his", "her", "our", "whose", "such"})
_NOT_SCORES_BEFORE = _DETERMINERS | {"a", "an", "settle", "settling", "settled", "test", "exam", "high", "low",
                                     "top", "credit", "final", "match"}


# ---------------------------------------------------------------------------------------------------
# Context: the noun after an amount
# ---------------------------------------------------------------------------------------------------

_PERSON = "person"
_MONEY_KIND = "money"
_UNIT = "unit"
_NONE = "none"
_CAP = "cap"  # a capitalised singular word ("one Palestinian")


def _is_plural(w: str) -> bool:
    return (len(w) >= 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))
            and w not in _STOP)


def _adjectival(w: str) -> bool:
    return w in _ADJECTIVES or w.endswith(_ADJ_SUFFIXES)


def _next_words(text: str, pos: int, limit: int = 6) -> Iterator[str]:
    """Up to ``limit`` words directly after ``pos``, stopping at punctuation or digits (lazy)."""
    if pos < len(text) and not text[pos].isspace():
        return
    chunk = text[pos:pos + 64]
    if "\n" in chunk:
        chunk = chunk[:chunk.index("\n")]
    for tok in chunk.split(maxsplit=limit)[:limit]:
        tok = tok.lstrip("\"'“‘")
        core = tok.rstrip(_TRAILING_PUNCT)
        if not core or not (core.isalpha() or _WORD_OK.fullmatch(core)):
            return
        yield core
        if len(core) != len(tok):
            return


def _head(text: str, pos: int, *, skip_of: bool) -> tuple[str, str | None]:
    """Classify the noun after ``pos``: (kind, lowercased word).

    kind is person, money, unit (a non-person noun), cap (capitalised singular word) or none. Adjectives and
    capitalised modifiers are skipped ("30 separate massacres", "12 Hamas fighters").
    """
    pending_person = False
    cap: str | None = None
    seen = 0
    after_of = 0  # 1 after "of", 2 after "of the"
    modifier_seen = False
    for w in _next_words(text, pos):
        lw = w.lower()
        if skip_of and seen == 0 and after_of == 0 and lw == "of":
            after_of = 1
            continue
        if after_of == 1 and seen == 0 and lw in _DETERMINERS:
            after_of = 2
            continue
        seen += 1
        if seen > 4:
            break
        if lw in _PERSON_PLURAL:
            return _PERSON, lw
        if lw in _MONEY:
            return _MONEY_KIND, lw
        if lw in _UNIT_WORDS:
            return _UNIT, lw
        if lw in _STOP or lw in _CAP_STOP:
            break
        if w[0].isupper():
            if cap is None:
                cap = w
            continue
        if lw in _PERSON_SINGULAR:
            pending_person = True
            continue
        if "-" in w:
            continue
        if _is_plural(lw):
            return _UNIT, lw
        if _adjectival(lw):
            continue
        if not modifier_seen:  # a noun used as a modifier: "two drone attacks"
            modifier_seen = True
            continue
        break
    if pending_person:
        return _PERSON, None
    if cap is not None:
        lc = cap.lower()
        if len(lc) >= 3 and lc.endswith("s") and not lc.endswith(("ss", "us", "'s", "’s")):
            return _PERSON, lc  # "Palestinians", "Israelis", "Alawites"
        return _CAP, lc
    return _NONE, None


def _prev_word_span(text: str, pos: int) -> tuple[str, int]:
    """The word just before ``pos`` on the same line and where it starts; ("", pos) if none.

    A '.' between is skipped only after an abbreviation ("No. 5", "Oct. 7"), not at a sentence end.
    """
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    dotted = i > 0 and text[i - 1] == "."
    if dotted:
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i]
    if dotted and word.lower() not in _ABBREVIATIONS:
        return "", pos
    return word, j


def _prev_word(text: str, pos: int) -> str:
    return _prev_word_span(text, pos)[0]


def _at_line_start(text: str, pos: int) -> bool:
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


# ---------------------------------------------------------------------------------------------------
# Building amounts
# ---------------------------------------------------------------------------------------------------


def _is_year(num: _Num) -> bool:
    return num.plain and 1900 <= num.value <= 2100


_DEMONYM_ENDINGS = ("ians", "ans", "is", "ites", "ks", "ds", "ts", "ns", "bs", "ws", "ms", "rs", "es")


def _year_exempt(kind: str, word: str | None) -> bool:
    """A year-like number stays a count before a person noun ("2000 soldiers", "1948 Palestinians")."""
    if kind != _PERSON:
        return False
    return word is None or word in _PERSON_PLURAL or (word.endswith(_DEMONYM_ENDINGS) and word not in _NOT_DEMONYM)


_YEAR_BEFORE = frozenset({"in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "early",
                          "late", "mid", "year", "spring", "summer", "autumn", "fall", "winter"})
_NOT_DEMONYM = frozenset({"scores", "views", "news", "updates", "times", "reports", "pages"})


def _drop_number_context(text: str, num: _Num, s: int, e: int, qual: str | None, *,
                         check_before: bool = True, check_after: bool = True) -> bool:
    """True when the number at text[s:e] is not a count (date, time, money, age, identifier ...).

    ``e`` is where the text after the number starts (after any suffix such as "or so").
    """
    if num.leading_zero:
        return True
    after = text[e:e + 40] if check_after else ""
    if after and _NOT_COUNT_AFTER.match(after):
        return True
    if check_before:
        prev, prev_start = _prev_word_span(text, s)
        share_at = prev_start
        if prev.lower() == "of" and text[max(0, prev_start - 5):prev_start].rstrip().lower().endswith("out"):
            share_at = prev_start - 4       # "three out of four"
        if prev.lower() in ("in", "of") and (prev.lower() == "in" or share_at != prev_start) and _SHARE_BEFORE_IN.search(
                text[max(0, share_at - 7):share_at]) and not (after and after[:1].isspace() and _TIME_UNIT_AFTER.match(after)):
            return True  # "one in five", "nine in ten"
    else:
        prev, prev_start = "", s
    if after and ((num.value == 1 and _ONE_IN_AFTER.match(after)) or (num.value < 100 and _SHARE_AFTER.match(after))):
        return True  # "1 in 5"
    if not num.digits:
        # "Level Five Hospital", "Camp Six": a capitalised number word naming a place after an identifier word
        return bool(check_before and text[s:s + 1].isupper() and prev[:1].isupper()
                    and prev.casefold() in _ID_WORDS_CAPITALIZED)
    before = text[max(0, s - 3):s] if check_before else ""
    if before.endswith(("#", "/")) or (before[-2:-1].isalpha() and before.endswith(("-", "–"))):
        return True  # "#5", "COVID-19", "F-16"
    last = before.rstrip()[-1:]
    if (last and last in _CURRENCY_SYMBOLS) or prev in _CURRENCY_CODES:
        return True  # "$5 million", "USD 20"
    if after[:1] in (",", ":", "/", ".") and after[1:2].isdigit():
        return True  # "1,2,3", "10:30", "22.07.2023"
    if before.endswith(":") and before[-2:-1].isdigit():
        return True
    if before.endswith("(") and after.startswith(")") and num.plain and num.value < 120:
        if _at_line_start(text, s - 1):
            return True  # "(3) " list numbering
        named = _prev_word(text, s - 1)
        if named[:1].isupper() or named.lower() in _PERSON_SINGULAR:
            return True  # "Karim Haddad (35)"
    if num.value <= 31 and num.plain and ((prev in _MONTH_WORDS and prev_start < s)
                                          or (after and _MONTH_AFTER.match(after))
                                          or (check_before and _DATE_RANGE_BEFORE.search(text, max(0, s - 30), s))):
        return True  # "July 22", "22 July", "December 6 and 11"
    if qual is None and check_before and check_after:
        if num.value < 120 and after.startswith(",") and before.endswith(", "):
            named = _prev_word(text, s - 2)
            if named[:1].isupper() or named.lower() in _PERSON_SINGULAR:
                return True  # "Ahmed Said, 35, was", "a man, 25, and"
        if after[:1] in (".", ")") and after[1:2] in ("", " ", "\n") and _at_line_start(text, s):
            return True  # list numbering "1. " / "2) "
    if qual is None and check_before:
        lp = prev.casefold()
        if lp in _ID_WORDS_ANY_CASE or (prev[:1].isupper() and lp in _ID_WORDS_CAPITALIZED):
            return True  # "Resolution 2254", "Route 4"
    return False


def _bounds(value: int, mode: str) -> tuple[int | None, int | None]:
    if mode == "at_least":
        return value, None
    if mode == "more_than":
        return value + 1, None
    if mode == "at_most":
        return 0, value
    if mode == "below":
        return 0, max(value - 1, 0)
    return value, value


def _suffix_qualifier(suf: str | None) -> tuple[Qualifier, str] | None:
    if not suf:
        return None
    s = suf.casefold().strip().lstrip("-")
    if s in ("or so", "odd"):
        return "approximately", "exact"
    if s in ("+", "plus", "or more"):
        return "at_least", "at_least"
    if s.startswith("or"):
        return "at_most", "at_most"
    return None


def _qualifier(qual: str | None, suf: str | None) -> tuple[Qualifier, str]:
    if qual:
        key = " ".join(qual.casefold().split())
        found = _QUALIFIER_PHRASES.get(key)
        if found is not None:
            return found
    from_suffix = _suffix_qualifier(suf)
    if from_suffix is not None:
        return from_suffix
    return "exact", "exact"


def _unit_of(kind: str, word: str | None) -> str | None:
    return word if kind == _UNIT else None


def _single(text: str, start: int, num_start: int, num_end: int, end: int,
            num: _Num, qual: str | None, suf: str | None, standalone: bool) -> Amount | None:
    kind, word = _head(text, end, skip_of=True)
    if num.attached == "m":
        if num.value != 0 and (kind == _PERSON or "." in text[num_start:num_end]):
            num = _scaled(num, 1_000_000)
        else:
            kind, word = _UNIT, "m"
    elif num.attached:
        kind, word = _UNIT, num.attached
    if kind == _MONEY_KIND:
        return None
    if num.is_one and not standalone:
        one_kind = _head(text, end, skip_of=False)[0] if text[end:end + 4].lstrip()[:2].casefold() == "of" else kind
        listed = bool(_ONE_IN_PLACE_AFTER.match(text, end) and _LISTED_BEFORE.search(text, max(0, num_start - 160),
                                                                                     num_start)) or bool(
            _ONE_IS_AFTER.match(text, end) and _COUNTED_KIND_BEFORE.search(text, max(0, num_start - 60), num_start))
        if one_kind not in (_PERSON, _CAP) and not listed and not (
                (_ONE_SUBJECT_AFTER.match(text, end) or _ONE_OF_THEM_AFTER.match(text, end))
                and _prev_word(text, num_start).casefold() not in _DETERMINERS
                and _prev_word(text, num_start).casefold() not in ("a", "an", "this", "that", "no", "each", "any")):
            return None
        if _prev_word(text, num_start).casefold() in ("no", "every", "any", "each", "which"):
            return None
    if _is_year(num) and (not _year_exempt(kind, word) or _prev_word(text, num_start).lower() in _YEAR_BEFORE):
        return None
    if _drop_number_context(text, num, num_start, end, qual):
        return None
    if _COMPOUND_AFTER.match(text, end):
        return None  # "49-year-old", "three-day"
    if qual and kind == _UNIT and word in _TIME_UNITS and qual.lower() in ("over", "within"):
        qual, start = None, num_start  # "over two days": a duration, not "more than two"
    qualifier, mode = _qualifier(qual, suf)
    if qual and num.value <= 120:
        key = " ".join(qual.casefold().split())
        if key in _AGE_QUALIFIERS and _prev_word(text, start).casefold() in _AGE_CONTEXT:
            return None  # "children under 5"
    low, high = _bounds(num.value, mode)
    return Amount(start, end, text[start:end], num_start, num.value, low, high, qualifier,
                  _unit_of(kind, word))


def _range(text: str, start: int, end: int, a_span: tuple[int, int],
           b_span: tuple[int, int], qual: str | None, suf: str | None, hyphen: bool,
           standalone: bool) -> list[Amount]:
    a = _parse_num(text[a_span[0]:a_span[1]])
    b = _parse_num(text[b_span[0]:b_span[1]])
    if a is None or b is None:
        return []
    if b.attached == "m" and (a.attached == "m" or "." in text[b_span[0]:b_span[1]] or a.plain):
        kind_b, _ = _head(text, end, skip_of=True)
        if kind_b == _PERSON or "." in text[b_span[0]:b_span[1]]:
            b = _scaled(b, 1_000_000)
    if a.attached == "m" and b.scale == 1_000_000:
        a = _scaled(a, 1_000_000)
    # "two to three thousand", "1-2 million": the scale of the second number carries over
    if a.scale == 1 and b.scale > 1 and a.base * b.scale <= b.value:
        a = _scaled(a, b.scale)
    kind, word = _head(text, end, skip_of=True)
    if b.attached and b.attached != "m":
        kind, word = _UNIT, b.attached
    if kind == _MONEY_KIND:
        return []
    if hyphen and (b.value <= a.value or _SCORE_AFTER.match(text, end)):
        return []  # "2-1 win"
    before_word = _prev_word(text, a_span[0]).casefold()
    if (_is_year(a) or _is_year(b)) and not _year_exempt(kind, word) and not (
            _is_year(a) and not _is_year(b) and b.value < a.value and not hyphen):
        return []
    # (a year then a smaller count is no range: "since 2021 to 790", each number judged alone below)
    if b.value <= a.value or (before_word == "from" and start == a_span[0]):
        # not a range: "from 20 to 30" (a change) or "30 to 20"; report each number
        out: list[Amount] = []
        first = _single(text, start, a_span[0], a_span[1], a_span[1], a, qual, None, standalone)
        if first is not None:
            out.append(first)
        second = _single(text, b_span[0], b_span[0], b_span[1], end, b, None, suf, standalone)
        if second is not None:
            out.append(second)
        return out
    if (_drop_number_context(text, a, a_span[0], a_span[1], qual, check_after=False)
            or _drop_number_context(text, b, b_span[0], end, None, check_before=False)):
        return []
    if a.leading_zero or b.leading_zero or _COMPOUND_AFTER.match(text, end):
        return []
    return [Amount(start, end, text[start:end], a_span[0], a.value, a.value, b.value, "approximately",
                   _unit_of(kind, word))]


def _vague(text: str, m: re.Match[str], start: int, end: int, standalone: bool) -> Amount | None:
    vs, ve = m.span("vague")
    key = " ".join(m.group("vague").casefold().split())
    bounds = _VAGUE_TABLE.get(key)
    if bounds is None:
        return None
    if key in ("scores", "tens") and not standalone:
        nxt_word = next(_next_words(text, ve, 1), "").lower()
        if nxt_word not in _SCORES_TENS_NEXT and _head(text, ve, skip_of=False)[0] != _PERSON:
            return None
        if _prev_word(text, vs).lower() in _NOT_SCORES_BEFORE:
            return None  # "the scores", "settle scores"
    kind, word = _head(text, ve, skip_of=True)
    if kind == _MONEY_KIND or _NOT_COUNT_AFTER.match(text, ve):
        return None
    if _COMPOUND_AFTER.match(text, end):
        return None
    return Amount(start, end, text[start:end], vs, None, bounds[0], bounds[1], "vague", _unit_of(kind, word))


def _nonum(text: str, m: re.Match[str], start: int, end: int, standalone: bool) -> Amount | None:
    ns, ne = m.span("nonum")
    key = " ".join(m.group("nonum").casefold().split())
    if key == "a couple":
        kind, word = _head(text, ne, skip_of=True)
        if kind == _MONEY_KIND:
            return None
        qualifier, mode = _qualifier(m.group("qual"), None)
        if qualifier == "exact":
            qualifier = "approximately"
        low, high = _bounds(2, mode)
        return Amount(start, end, text[start:end], ns, 2, low, high, qualifier, _unit_of(kind, word))
    needs_noun = key in ("many", "countless", "numerous", "multiple", "untold", "some")
    if needs_noun:
        kind, word = _head(text, ne, skip_of=False)
        if not standalone:
            if kind == _PERSON:
                if word is None and not _head_is_plural_person(text, ne):
                    return None
            elif kind != _UNIT or word is None or not _is_plural(word):
                return None
        if key == "many" and _prev_word(text, ns).casefold() in ("how", "as"):
            return None
    else:
        kind, word = _head(text, ne, skip_of=True)
    if kind == _MONEY_KIND:
        return None
    return Amount(start, end, text[start:end], ns, None, None, None, "vague", _unit_of(kind, word))


def _head_is_plural_person(text: str, pos: int) -> bool:
    """'many police' / 'numerous staff' style: a singular-form person noun used as a plural."""
    for word in _next_words(text, pos):
        w = word.casefold()
        if w in ("police", "personnel", "staff", "crew", "militia", "elderly", "dead", "wounded", "injured"):
            return True
        if w in _PERSON_SINGULAR:
            return False
    return False


def _build(text: str, m: re.Match[str], standalone: bool) -> list[Amount]:
    start, end = m.span("amt")
    qual = m.group("qual")
    suf = m.group("suf")
    if m.group("vague") is not None:
        v = _vague(text, m, start, end, standalone)
        return [v] if v is not None else []
    if m.group("nonum") is not None:
        v = _nonum(text, m, start, end, standalone)
        return [v] if v is not None else []
    if m.group("ba") is not None:
        # "between 3,000 and 5,000": no single number is stated, so the amount is vague with both bounds
        return [replace(a, value=None, qualifier="vague") if a.value is not None and a.high != a.value
                else a for a in _range(text, start, end, m.span("ba"), m.span("bb"), qual, suf, False, standalone)]
    if m.group("n2") is not None:
        sep = m.group("sep") or ""
        return _range(text, start, end, m.span("n1"), m.span("n2"), qual, suf, "to" not in sep.casefold()
                      and "or" not in sep.casefold(), standalone)
    ns, ne = m.span("n1")
    num = _parse_num(text[ns:ne])
    if num is None:
        return []
    a = _single(text, start, ns, ne, end, num, qual, suf, standalone)
    return [a] if a is not None else []


def _lower(text: str) -> str:
    """Lowercase ``text`` keeping every offset valid."""
    lowered = text.lower()
    if len(lowered) != len(text):  # rare: characters whose lowercase is longer ("İ")
        lowered = "".join(low if len(low := c.lower()) == 1 else c for c in text)
    return lowered


def _scan(text: str, standalone: bool) -> list[Amount]:
    lowered = _lower(text)
    out: list[Amount] = []
    pos = 0
    for trig in _TRIGGER.finditer(lowered):
        if trig.start() < pos:
            continue
        m = _MASTER.match(lowered, trig.start())
        if m is None:
            continue
        pos = m.end()
        if m.group("amt") is not None:
            out.extend(_build(text, m, standalone))
    return out


def find_amounts(text: str) -> list[Amount]:
    """All amounts in ``text``, sorted by start and non-overlapping."""
    return _scan(text, standalone=False)


def parse_amount(text: str) -> Amount | None:
    """Parse a standalone amount phrase ("over 1,000", "a dozen", "hundreds", "one").

    Offsets refer to ``text``. Returns the first amount found; the bare word "one" and no-number amounts
    ("many") are accepted here without a following noun. Bare year-like numbers ("2023") are still rejected.
    """
    found = _scan(text, standalone=True)
    return found[0] if found else None
