"""Number words, vocabulary tables and number parsing for :mod:`vigil.extract.amounts`.

Holds the lexicon the amount finder works with (number words and scales, qualifier phrases, vague
amounts, person / money / unit nouns, stop words, identifier words) and the parsing of a single number
phrase ("1,200", "2.5m", "two hundred and fifty", "a dozen") into a ``_Num``. Pure data and functions;
nothing runs at import time beyond building small lookup tables.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Literal, NamedTuple

from text_to_num import text2num

Qualifier = Literal["exact", "approximately", "at_least", "more_than", "at_most", "vague"]


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
veteran reservist cop guardsman jawan maoist naxal naxalite pow
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
killings murders executions homicides femicides assassinations injuries abductions kidnappings disappearances arrests losses marines
folks folk kin siblings parents spouses orphans widows males females elderly militiamen partisans
minors adolescents juveniles councillors councilors
paratroopers commandos jihadis islamists separatists dissidents opponents worshipers rescuers firefighters
responders aides bodyguards guests spectators fans pedestrians motorists commuters travellers travelers tourists
visitors foreigners expatriates expats crewmen seamen fishers hunters smugglers traffickers criminals bandits
kidnappers abductees returnees evacuees idps seekers inmates convicts defendants neighbours neighbors friends
colleagues comrades congregants parishioners clergy missionaries scouts cadres operatives paramilitaries
raiders looters rioters marchers strikers schoolchildren schoolgirls schoolboys youngsters juveniles pensioners
retirees veterans reservists cops guardsmen mujahideen families households couples
vigilantes martyrs peasants hawkers motorcyclists cyclists artisans midwives porters boatmen campesinos sergeants
lieutenants colonels jawans maoists naxals naxalites pows
heads rangers wardens caretakers janitors cleaners cooks tailors butchers bakers herdsboys rulers chieftains emirs
headmen headmasters principals senators legislators prosecutors magistrates surveyors technicians electricians
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
ward bed cell gallery checkpoint post kilometre km tunnel bridge well school shelter hospital region command
""")

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")


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
