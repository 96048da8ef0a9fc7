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
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Literal, NamedTuple

from text_to_num import text2num

__all__ = ["Amount", "Qualifier", "find_amounts", "parse_amount"]

Qualifier = Literal["exact", "approximately", "at_least", "more_than", "at_most", "vague"]


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
# Vocabulary
# ---------------------------------------------------------------------------------------------------


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety"
_SCALE = "hundred|thousand|million|billion"

_SMALL_WORDS: dict[str, int] = {
    w: i + 1 for i, w in enumerate(_UNITS.split("|"))
} | {w: i + 10 for i, w in enumerate(_TEENS.split("|"))} | {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALE_WORDS: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_ATTACHED_SCALE: dict[str, int] = {"k": 1000, "m": 1_000_000, "bn": 1_000_000_000}

# qualifier phrase -> (qualifier, bound mode)
_QUALIFIER_PHRASES: dict[str, tuple[Qualifier, str]] = {}
for _phrase in ("at least", "no fewer than", "no less than", "not less than", "not fewer than",
                "a minimum of", "at the very least", "at minimum", "at a minimum", "as few as"):
    _QUALIFIER_PHRASES[_phrase] = ("at_least", "at_least")
for _phrase in ("more than", "over", "upwards of", "upward of", "in excess of", "well in excess of", "above",
                "exceeding", "greater than", "well over", "well above", "just over", "just above",
                "a little over", "a little more than", "slightly more than", "slightly over", "just more than",
                "far more than", "much more than", "many more than", "considerably more than",
                "significantly more than", "well more than"):
    _QUALIFIER_PHRASES[_phrase] = ("more_than", "more_than")
for _phrase in ("up to", "as many as", "as high as", "at most", "at the most", "no more than",
                "not more than", "a maximum of", "at a maximum"):
    _QUALIFIER_PHRASES[_phrase] = ("at_most", "at_most")
for _phrase in ("fewer than", "less than", "under", "below"):
    _QUALIFIER_PHRASES[_phrase] = ("at_most", "below")
for _phrase in ("around", "about", "nearly", "almost", "some", "roughly", "approximately", "approx.",
                "an estimated", "estimated", "some estimated", "close to", "closer to", "just under",
                "just below", "just shy of", "just short of", "circa", "an approximate", "in the region of",
                "in the order of", "on the order of", "round about", "approaching"):
    _QUALIFIER_PHRASES[_phrase] = ("approximately", "exact")
# qualifiers that, in "children under 5", "people over 60", express an age limit
_AGE_QUALIFIERS = frozenset({"under", "over", "above", "below", "fewer than", "less than", "more than"})
_AGE_CONTEXT = frozenset({
    "children", "kids", "boys", "girls", "minors", "people", "those", "anyone", "adults", "men", "women",
    "persons", "youths", "teenagers", "aged", "age", "ages", "everyone", "individuals", "males", "females",
})


def _build_vague_table() -> dict[str, tuple[int, int]]:
    table: dict[str, tuple[int, int]] = {
        "tens of thousands": (20_000, 99_999),
        "several tens of thousands": (30_000, 99_999),
        "tens of millions": (20_000_000, 99_999_999),
        "several tens of millions": (30_000_000, 99_999_999),
        "hundreds of thousands": (200_000, 999_999),
        "many hundreds of thousands": (200_000, 999_999),
        "several hundreds of thousands": (300_000, 999_999),
        "hundreds of millions": (200_000_000, 999_999_999),
        "many hundreds of millions": (200_000_000, 999_999_999),
        "several hundreds of millions": (300_000_000, 999_999_999),
        "several dozen": (36, 99),
        "several dozens": (36, 99),
        "a few dozen": (24, 60),
        "a few dozens": (24, 60),
        "dozens": (24, 99),
        "hundreds": (200, 999),
        "thousands": (2_000, 9_999),
        "millions": (2_000_000, 9_999_999),
        "scores": (40, 99),
        "tens": (20, 99),
        "a handful": (2, 5),
        "a few": (2, 5),
        "several": (3, 9),
        "severals": (3, 9),
    }
    for plain in ("dozens", "hundreds", "thousands", "millions"):
        table["many " + plain] = table[plain]
    for name, base in (("hundred", 100), ("thousand", 1000), ("million", 1_000_000),
                       ("hundred thousand", 100_000)):
        for suffix in ("", "s"):
            table[f"several {name}{suffix}"] = (3 * base, 10 * base - 1)
            table[f"a few {name}{suffix}"] = (2 * base, 5 * base)
    return table


_VAGUE_TABLE = _build_vague_table()

_PERSON_SINGULAR = _words("""
person civilian soldier child kid baby infant toddler newborn boy girl man woman member fighter militant
resident body officer policeman policewoman journalist reporter photographer photojournalist cameraman
doctor nurse medic paramedic worker teenager teen youth student pupil farmer fisherman shepherd herder
herdsman protester protestor demonstrator passenger driver guard commander leader official trooper
serviceman servicewoman sailor pilot airman rebel insurgent gunman jihadist militiaman villager inhabitant
refugee migrant hostage prisoner detainee captive victim casualty fatality volunteer employee citizen
settler peacekeeper contractor mercenary attacker assailant suspect bomber sniper relative son daughter
mother father brother sister husband wife grandmother grandfather grandchild grandson granddaughter
nephew niece cousin uncle aunt elder adult individual conscript recruit cadet guerrilla loyalist supporter
teacher imam priest cleric monk nun worshipper worshiper pilgrim mourner shopper patient survivor rescuer
firefighter responder aide bodyguard guest spectator pedestrian motorist commuter traveller traveler tourist
visitor foreigner inmate neighbour neighbor friend colleague scout operative looter rioter schoolgirl schoolboy
veteran reservist cop guardsman
policeman gendarme ranger agent spy informant defector deserter combatant terrorist extremist lawmaker
politician mayor governor minister diplomat activist lawyer judge engineer labourer laborer miner trader
vendor merchant shopkeeper herder nomad pastor bishop rabbi sheikh chief elderly dead wounded injured
police personnel staff crew militia army military marine
""")

_PERSON_PLURAL = _words("""
people persons civilians soldiers children kids babies infants toddlers newborns boys girls men women
members fighters militants residents bodies officers policemen policewomen journalists reporters
photographers photojournalists cameramen doctors nurses medics paramedics workers teenagers teens youths
students pupils farmers fishermen shepherds herders herdsmen protesters protestors demonstrators
passengers drivers guards commanders leaders officials troopers troops servicemen servicewomen sailors
pilots airmen rebels insurgents gunmen jihadists militiamen villagers inhabitants locals refugees migrants
hostages prisoners detainees captives victims casualties fatalities deaths dead volunteers employees
citizens nationals settlers peacekeepers contractors mercenaries attackers assailants suspects bombers
snipers relatives sons daughters mothers fathers brothers sisters husbands wives grandmothers grandfathers
grandchildren grandsons granddaughters nephews nieces cousins uncles aunts elders adults individuals
conscripts recruits cadets guerrillas loyalists supporters teachers imams priests clerics monks nuns
worshippers worshipers pilgrims mourners shoppers patients survivors gendarmes rangers agents spies
informants defectors deserters combatants terrorists extremists lawmakers politicians mayors governors
ministers diplomats activists lawyers judges engineers labourers laborers miners traders vendors merchants
shopkeepers nomads pastors bishops rabbis sheikhs chiefs others lives souls humans corpses remains
killings murders executions injuries abductions kidnappings disappearances arrests losses marines
folks folk kin siblings parents spouses orphans widows males females elderly militiamen partisans
paratroopers commandos jihadis islamists separatists dissidents opponents worshipers rescuers firefighters
responders aides bodyguards guests spectators fans pedestrians motorists commuters travellers travelers tourists
visitors foreigners expatriates expats crewmen seamen fishers hunters smugglers traffickers criminals bandits
kidnappers abductees returnees evacuees idps seekers inmates convicts defendants neighbours neighbors friends
colleagues comrades congregants parishioners clergy missionaries scouts cadres operatives paramilitaries
raiders looters rioters marchers strikers schoolchildren schoolgirls schoolboys youngsters juveniles pensioners
retirees veterans reservists cops guardsmen mujahideen families households couples
""")

_MONEY = _words("""
dollar dollars usd euro euros eur pound pounds gbp sterling shekel shekels nis ils rupee rupees inr yuan
renminbi rmb yen rouble roubles ruble rubles dinar dinars lira liras lire riyal riyals rial rials dirham
dirhams franc francs naira cedi cedis shilling shillings birr afghani afghanis peso pesos reais real kyat
kyats taka hryvnia hryvnias manat leone leones rand cent cents bucks syp lbp iqd sar aed
""")

_UNIT_WORDS = _words("""
km kms kilometre kilometres kilometer kilometers mile miles m metre metres meter meters mm cm ft foot feet
inch inches yard yards kg kgs kilogram kilograms kilo kilos g gram grams lb lbs ton tons tonne tonnes
mb gb kb tb hectare hectares acre acres dunam dunams donum donums mph kph kmh knots mw kw gw litre litres liter
liters gallon gallons barrel barrels
second seconds minute minutes hour hours day days night nights week weeks month months year years decade
decades century centuries time times
""")

_TIME_UNITS = _words("""
second seconds minute minutes hour hours day days night nights week weeks month months year years decade decades
""")

_STOP = _words("""
a an the of in on at to from by with for as after before during since until till when while where who whom
whose which what that this these those and or nor but so yet if than then there their they them it its he
she his her hers we our you your i me my us was were are is be been being has have had do does did will
would could should may might must can said says say saying told according including included include
includes among amongst across against between into onto upon per via plus minus thus also each apiece
both all alone only altogether overall respectively always perhaps besides towards afterwards sometimes
unless whereas nevertheless nonetheless not no yes ago away again just even still already here out off up
down over under around about near next nearly almost later earlier today yesterday tomorrow tonight last
this whom whether because although though however meanwhile amid amidst despite like unlike such less
""")

_ADJECTIVES = _words("""
separate distinct different other more additional further extra dead young old elderly armed unarmed
innocent local foreign small large big huge new total senior junior top former unidentified unknown
suspected alleged fellow individual major minor heavy light mass multiple square sq main key many few
several various same similar single double triple front rear long short high low deadly fatal brutal
serious critical severe minor dozen odd apparent presumed confirmed identified named unnamed anonymous
female male adult teenage underage pregnant displaced missing homeless hungry sick poor rich
""")
_ADJ_SUFFIXES = ("ed", "ing", "al", "ian", "ive", "ous", "ful", "less", "ic", "ical", "ary", "ent", "ant",
                 "ile", "ish", "ese", "able", "ible", "ate", "ular", "ern", "i")

_CAP_STOP = _words("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec i
""")

# words before a bare number that make it an identifier ("Resolution 2254", "Route 4")
_ID_WORDS_ANY_CASE = _words("""
resolution resolutions route section sections article articles chapter highway paragraph clause flight
platform room no nos number gate phase apollo windows covid protocol amendment decree annex appendix
version vol fig figure page pages exit terminal hangar psalm verse item items rule regulation directive
lane interstate
""")
_ID_WORDS_CAPITALIZED = _words("""
unit brigade battalion division regiment squadron camp block sector zone area building tower street
road avenue law act order part book volume issue case code line level stage grade channel station district
house model type class series mark mk group company team party corps fleet army force forces base hall
ward bed cell gallery checkpoint post kilometre km tunnel bridge well school shelter hospital
""")

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")

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
       "aged", "ages"}
)
_TRIGGER = re.compile(rf"\b(?:[0-9]|{_trie(_TRIGGER_PHRASES)}\b)|\+(?=[0-9])")


# context checks
_TRAILING_PUNCT = ".,;:!?)]}\"'”’»"
_WORD_OK = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
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
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b")
_CURRENCY_SYMBOLS = "$€£¥₹₪₽"
_CURRENCY_CODES = frozenset({"USD", "EUR", "GBP", "Rs", "INR", "NIS", "ILS", "SYP"})
_ABBREVIATIONS = frozenset({"no", "nos", "vol", "fig", "art", "sec", "para", "ch", "rs", "jan", "feb", "mar", "apr",
                            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_ONE_BEFORE_IN = re.compile(r"(?:\bone|(?<![0-9.,])1)\s+$", re.IGNORECASE)
_ONE_IN_AFTER = re.compile(r"\s+(?:in|out\s+of)\s+(?:[0-9]|(?:two|three|four|five|six|seven|eight|nine|ten)\b)",
                           re.IGNORECASE)
_SCORE_AFTER = re.compile(r"\s+(?:win|victory|defeat|draw|lead|loss|vote|win\b|scoreline|majority)\b",
                          re.IGNORECASE)
_SCORES_TENS_NEXT = frozenset({"of", "were", "more", "have", "had", "are", "was", "killed", "dead", "died",
                               "injured", "wounded", "others", "missing", "fled", "remain"})
_DETERMINERS = frozenset({"the", "these", "those", "their", "its", "his", "her", "our", "whose", "such"})
_NOT_SCORES_BEFORE = _DETERMINERS | {"a", "an", "settle", "settling", "settled", "test", "exam", "high", "low",
                                     "top", "credit", "final", "match"}


class _Num(NamedTuple):
    value: int
    scale: int  # multiplier from a trailing scale word ("two thousand" -> 1000), 1 if none
    digits: bool  # written with digits
    plain: bool  # bare digits: no separator, decimal point or scale (year candidates)
    leading_zero: bool
    attached: str | None  # letters glued to the digits ("km" in "5km"), lowercased
    is_one: bool  # the bare word "one"
    base: Decimal  # the number before its trailing scale word ("1.5" in "1.5 million")


# ---------------------------------------------------------------------------------------------------
# Number parsing
# ---------------------------------------------------------------------------------------------------

_DIGIT_PARTS = re.compile(
    r"([0-9][0-9,]*)(\.[0-9]+)?([^\W\d_]*)((?:\s+[^\W\d_]+)*)", re.IGNORECASE
)


def _fallback_words(words: list[str]) -> int | None:
    total = 0
    current = 0
    seen = False
    for w in words:
        if w == "and":
            continue
        if w in _SMALL_WORDS:
            current += _SMALL_WORDS[w]
            seen = True
        elif w == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif w in _SCALE_WORDS:
            total += max(current, 1) * _SCALE_WORDS[w]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


@lru_cache(maxsize=4096)
def _spelled_value(phrase: str) -> tuple[int, int] | None:
    """Value and trailing scale of a spelled-out number ("two hundred and fifty", "a dozen")."""
    words = phrase.casefold().replace("-", " ").split()
    if not words:
        return None
    if words[-1] == "dozen":
        head = words[:-1]
        if head in (["a"], ["an"]):
            mult: int | None = 1
        elif head in (["half", "a"], ["half", "an"]):
            return 6, 12
        elif head and head[0].isdigit():
            mult = int(head[0]) if head[0].isascii() else None
        else:
            sub = _spelled_value(" ".join(head))
            mult = sub[0] if sub else None
        return (mult * 12, 12) if mult is not None else None
    half = False
    if words[0] == "half":
        half = True
        words = words[1:]
    if words and words[0] in ("a", "an"):
        words = ["one", *words[1:]]
    if not words:
        return None
    scale = _SCALE_WORDS.get(words[-1], 1)
    value: int | None
    try:
        value = int(text2num(" ".join(words), "en"))
    except (ValueError, TypeError, AttributeError, IndexError, KeyError):
        value = _fallback_words(words)
    if value is None:
        return None
    if half:
        value //= 2
    return value, scale


def _parse_num(s: str) -> _Num | None:
    if s.isdigit() and s.isascii():  # fast path: plain digits
        return _Num(int(s), 1, True, True, len(s) > 1 and s[0] == "0", None, False, Decimal(int(s)))
    if s[:1].isdigit():
        m = _DIGIT_PARTS.match(s)
        if m is None:
            return None
        int_part, frac, attached, scales = m.group(1), m.group(2) or "", m.group(3).casefold(), m.group(4)
        dozen = False
        scale = 1
        for w in scales.casefold().split():
            if w == "dozen":
                dozen = True
            elif w in _SCALE_WORDS:
                scale *= _SCALE_WORDS[w]
        attached_unit: str | None = attached or None
        if attached in _ATTACHED_SCALE and attached != "m":
            scale *= _ATTACHED_SCALE[attached]
            attached_unit = None
        try:
            number = Decimal(int_part.replace(",", "") + frac)
        except InvalidOperation:
            return None
        value = int((number * scale).to_integral_value(ROUND_HALF_UP))
        if dozen:
            value *= 12
            scale = 12
        plain = not frac and "," not in int_part and scale == 1 and not attached
        return _Num(value, scale, True, plain, len(int_part) > 1 and int_part[0] == "0", attached_unit, False,
                    number)
    parsed = _spelled_value(s)
    if parsed is None:
        return None
    value, scale = parsed
    return _Num(value, scale, False, False, False, None, s.casefold() == "one", Decimal(value) / scale)


def _scaled(num: _Num, scale: int) -> _Num:
    """``num`` multiplied by a scale written elsewhere ("2.5m", the "1.5" of "1.5-2 million")."""
    value = int((num.base * scale).to_integral_value(ROUND_HALF_UP))
    return num._replace(value=value, scale=scale, attached=None, plain=False)


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
        if prev.lower() == "in" and _ONE_BEFORE_IN.search(text[max(0, prev_start - 6):prev_start]):
            return True  # "one in five"
    else:
        prev, prev_start = "", s
    if num.value == 1 and after and _ONE_IN_AFTER.match(after):
        return True  # "1 in 5"
    if not num.digits:
        return False
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
        if one_kind not in (_PERSON, _CAP):
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
    if (_is_year(a) or _is_year(b)) and not _year_exempt(kind, word):
        return []
    before_word = _prev_word(text, a_span[0]).casefold()
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
        return _range(text, start, end, m.span("ba"), m.span("bb"), qual, suf, False, standalone)
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
