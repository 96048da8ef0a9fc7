"""Places of harm in a report: which of the places it names locate what happened.

A report names many places that locate nothing that was done to anyone: the outlet's dateline
("ORVAN/LISBON, May 18", "TOWN, PROVINCE —"), a source's base ("the London-based monitor", "based in
Britain"), where a statement was made ("told reporters in the capital", :mod:`vigil.extract.statements`),
part of an organisation's name ("the Islamic State of Iraq and Syria"), a country or capital acting
("clashes between X and Y", "X-backed rebels", "US strikes", "Kigali said"), a country as a landmark
("a region bordering Mali"), a namesake abroad. :func:`report_places` finds the places of every sentence
with :class:`~vigil.geo.Gazetteer`, keeps those that may be places of harm (the report's countries are
voted by the others only) and adds what the words imply: "in this town" under a town's dateline, "the
country's south" of the country the sentence names (else the report's), a village namesake re-homed in
the one division of its country the report names. :mod:`vigil.extract.resolve` gives them to the figures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from vigil.extract.lexicon import SOURCE_HEAD_KINDS
from vigil.extract.name_spans import in_name, lone_aliases, spelt_names
from vigil.extract.person_places import before_surname, in_person_name
from vigil.extract.place_capitals import capital_places
from vigil.extract.place_compass import native_divisions
from vigil.extract.sentences import Sentence
from vigil.extract.statements import in_spans
from vigil.geo import Gazetteer, PlaceMatch

__all__ = ["ReportPlaces", "main_countries", "report_places"]


@dataclass
class ReportPlaces:
    matches: list[list[PlaceMatch]]    # per sentence: the places that may be places of harm
    raw: list[list[PlaceMatch]]        # per sentence: every place named (demonyms included)
    countries: list[str]               # the report's countries, most mentioned first
    dateline: PlaceMatch | None        # the town of the dateline, if any


#: a town this large is named the way a country is: its country is one of the report's, not a namesake's
_CITY = 250_000


def main_countries(places: Sequence[Sequence[PlaceMatch]]) -> tuple[list[str], set[str]]:
    """Countries of the article, most mentioned first (the headline and lead count double), and the
    set of countries the article names outright (a country, region or province name).

    Demonyms and town names vote less: "Russian missiles" and a town's homonym abroad are weaker
    evidence of where something happened than a name.
    """
    votes: Counter[str] = Counter()
    named: set[str] = set()
    for n, ms in enumerate(places):
        for m in ms:
            w = 2.0 if n < 2 else 1.0
            if m.via == "demonym":
                w /= 4
            elif m.precision in ("point", "admin2"):
                w /= 3
                if m.population >= _CITY and m.via == "name":
                    named.add(m.country)    # a city as well known as its country: as good as naming it
                    # (not by another language's name for it: "Boni" is Bonn in one, and a town in Mali)
            else:
                named.add(m.country)
            votes[m.country] += w  # type: ignore[assignment]
    return [c for c, _ in votes.most_common()], named


# a page's date stamp before the dateline ("date 2025-01-31 TESH: ...", "2025-01-31 - ORVAN (Demo Wire) -")
_DATE_STAMP = re.compile(r"^\s*(?:(?:date|published|updated|posted)\s*:?\s*)?\d{4}-\d{2}-\d{2}\s*[-|,]?\s*$",
                         re.IGNORECASE)
# the town before the province in "TOWN, PROVINCE —"
# (and the bureaus before it in "DUBAI/QUETTA, Feb 17 (Reuters) -")
_DATELINE_HEAD = re.compile(r"^\s*(?:(?:date|published)?\s*\d{4}-\d{2}-\d{2}\s*)?(?-i:[A-Z][A-Z.'’ -]+)"
                            r"(?:/(?-i:[A-Z][A-Z.'’ -]+))*(?:,|/)\s*$", re.IGNORECASE)
_DATELINE_AFTER = re.compile(r"^(?:\s*/\s*(?-i:[A-Z][A-Z.'’ -]+))*(?:\s*,\s*(?:[A-Z][\w .'-]{1,40}|"
                             r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)){0,2}\s*(?:\([A-Z][\w .]{0,20}\)\s*)?[:\u2014\u2013-]")
# what may stand between the places of a dateline line ("ORVAN/LISBON/TESH, May 18", "Kessa, 3 March 2025")
_DATELINE_REST = re.compile(r"^[\s/,.|:;()\u2014\u2013-]*(?:(?:date\s+)?\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                            r"(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?|[\s/,.|:;()\u2014\u2013-])*$")
_ORG_HEAD = (r"\b(?:Association|Union(?!\s+[Tt]erritor)|Federation|Committee|Council|Movement|Front|Network|Foundation|Coalition|"
             r"Alliance|Organi[sz]ation|Society|League|Islamic\s+State)(?:\s+(?:for|of|the|and|[A-Z][\w'’-]*))*")
_ORG_OF = re.compile(_ORG_HEAD + r"\s+(?:of|for)\s+(?:the\s+)?$")
# "... of Iraq and Syria": the second of two names in an organisation's name
_ORG_OF_AND = re.compile(_ORG_HEAD + r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*\s+and\s+(?:the\s+)?$")
# "Islamic State West Africa Province": the group's branch, not the province
_BRANCH = re.compile(r"\bIslamic\s+State(?:['’]s)?(?:\s+(?:in\s+(?:the\s+)?)?[A-Z][\w'’-]*){1,4}\s+Province\b")
_THIS_TOWN = re.compile(r"\bthis\s+(?:town|city|village)\b", re.IGNORECASE)
_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center)"
_THE_COUNTRYS = re.compile(rf"\bthe\s+country['’]s\s+(?P<d1>{_DIRECTION})(?:ern)?\b|"
                           rf"\bthe\s+(?P<d2>{_DIRECTION})(?:ern\s+part)?\s+of\s+the\s+country\b", re.IGNORECASE)
_SPEAKS = re.compile(r"(?:['’]s\s+(?:government|foreign\s+ministry)\b|\s+(?:has\s+|had\s+|have\s+)?(?:said|says|denied|"
                     r"denies|accused|accuses|claimed|claims|insisted|insists|blamed|blames|rejected|rejects|"
                     r"announced|announces|warned|warns|condemned|condemns|responded|responds|"
                     # a government's stance: "a group that Kigali designates a terrorist organisation"
                     r"designates|designated|considers|considered|regards|regarded|labels|labelled|brands|branded)\b)")
# a country's body that speaks or reports: "X's state news agency", "X's border guard", "X Police"
_VOICE_OF = re.compile(r"(?:['’]s\s+(?:[\w-]+\s+){0,3}?(?:agency|broadcaster|television|media|newspaper|outlet|"
                       r"ministry|military|army|police|border\s+guards?|embassy|presidency|president|spokesman|"
                       r"spokesperson|armed\s+forces|defen[cs]e\s+forces)|\s+(?-i:Police|Border\s+Guards?))\b",
                       re.IGNORECASE)
# a country as the subject of a strike: "X launched 40 drones", "X struck a building in Y", "X has bombed ..."
_STRIKES = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:(?:also|again|reportedly|allegedly|then|later)\s+)?"
                      r"(?:(?:struck|bombed|shelled|pounded|bombarded|targeted|hit)\b|(?:launched|fired|carried\s+out)"
                      r"\s+(?:[\w,-]+\s+){0,4}?(?:drones?|missiles?|rockets?|(?:air\s?)?strikes?|airstrikes?|shells?|"
                      r"bombs?|barrages?|projectiles?|artillery)\b)")
_BASED_IN = re.compile(r"\b(?:based|headquartered|registered|exiled)\s+in\s+(?:the\s+)?$", re.IGNORECASE)
_BY = re.compile(r"\bby\s+$")
_NAME_PARTICLE = re.compile(r"(?-i:[A-Z])[\w'’-]*\s+(?:del|de|de\s+la|la|di|da|do|dos|das|von|van)\s+$")
# the means between a verb of moving and where to: "flown by helicopter to X", "carried by road to X"
_MEANS = r"(?:\s+(?:by|aboard|on)\s+(?:an?\s+|the\s+|army\s+|military\s+)?[a-z-]+)"
# where people fled to (spec: a displacement's place is where they fled from): "crossed into X", "fled to
# neighbouring X", "sought refuge in X", "are sheltering in X"
_DESTINATION_BODY = (r"\b(?:(?:cross(?:ed|es|ing)?|fled|flee(?:s|ing)?|escap(?:ed|ing)|mov(?:ed|ing)|"
                          r"evacuated|relocated|headed|heading|arriv(?:ed|ing)|"
                          # where the wounded were taken: "two were flown to X", "airlifted to X"
                          r"flown|airlifted|transferred|rushed|referred|ferried)"
                          rf"{_MEANS}?(?:\s+from\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){{0,2}})?"
                          r"\s+(?:(?:in)?to|towards?)|refuge\s+in|"
                          r"shelter(?:ing|ed)?\s+in|(?:arriv(?:ed|ing)|registered)\s+in)\s+"
                          r"(?:(?:the\s+)?(?:neighbou?ring|nearby|safer)\s+)?(?:the\s+)?")
_DESTINATION = re.compile(_DESTINATION_BODY + "$", re.IGNORECASE)
# the place that holds where they went: "fled from X to Gisenyi in Rwanda", "crossed into Tesh, Ruritania"
_DESTINATION_WITHIN = re.compile(_DESTINATION_BODY + r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
                                 r"(?:\s+(?:camp|town|city|village|district|province|region|state))?\s*(?:,|\s+in)\s+"
                                 r"(?:the\s+)?$", re.IGNORECASE)
# a country's name that names a river or its lands ("the Niger river", "the Congo basin"): not the country
_FEATURE_AFTER = re.compile(r"\s+(?:river|basin|valley)\b", re.IGNORECASE)
# where the wounded were treated, not hurt: "taken to a hospital in X", "carried to the health post in X",
# "evacuated them to X district hospital", "is being treated for burns in X", "admitted to hospital in X"
_TREATED = re.compile(r"\b(?:(?:taken|took|brought|carried|transported|evacuated|shifted|moved|rushed|sent|admitted)"
                      r"(?:\s+[\w'’-]+){0,3}?\s+to\s+(?:(?:an?|the|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?"
                      r"(?:hospitals?|clinics?|health\s+(?:post|cent(?:re|er)|facility)|medical\s+(?:cent(?:re|er)|"
                      r"facility))\s+(?:in|at)|(?:treated|hospitali[sz]ed|treatment)(?:\s+(?:for|of)\s+[\w'’ -]{1,40}?)?"
                      r"\s+(?:in|at)|(?:taken|brought|carried|transported|evacuated|shifted|admitted)"
                      rf"(?:\s+(?:them|him|her))?{_MEANS}?\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
# where a person named or described is from: "Aro Tesh, 21, from Kessa", "Aro Tesh, 21, a resident of Kessa",
# "a native of Kessa"
_HOMETOWN = re.compile(r"(?:\b\d{1,3},\s+(?:(?:an?\s+)?(?:resident|inhabitant)\s+)?(?:from|of)|\bnatives?\s+of|"
                       r"\bhail(?:s|ed|ing)?\s+from)"
                       r"\s+(?:the\s+)?$", re.IGNORECASE)
_PREP_BEFORE = re.compile(r"\b(?:of|in|from|at|near|outside|around)\s+(?:the\s+)?$", re.IGNORECASE)  # "residents of X said"
_PUNCT_AFTER = re.compile(r"\s*[.;,)]")
# parties "between X and Y" (not "the border between X and Y", a place)
# a country's name before a force or an attack names the actor ("US strikes", "Rwanda troops")
#: nouns of an armed force, a weapon or an attack: a country's name or demonym before one names the actor
_ARMED_WORDS = (r"strikes?|airstrikes?|attacks?|raids?|shelling|bombings?|bombardment|forces|troops|soldiers|army|"
                r"military|jets|warplanes|aircraft|drones?|missiles?|rockets?|shells?|artillery|navy|militia|militiamen|"
                r"gunmen|fighters|rebels|insurgents|occupation|offensive|operation|bombs?|mortars?|tanks?|guns?")
_ACTOR_NOUN = re.compile(rf"\s+(?:air\s?|drone\s+|missile\s+|military\s+|(?-i:Defen[cs]e|Armed|Security|National)\s+)?"
                         rf"(?:{_ARMED_WORDS}|(?-i:Force|Forces|Army))\b")
# a country named as a landmark: "regions bordering Mali", "two kilometres from the border with Nigeria"
_LANDMARK = re.compile(r"\b(?:bordering|borders?\s+with|frontier\s+with|border\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_BETWEEN = re.compile(r"(?<!border )(?<!frontier )(?<!boundary )(?<!road )(?<!highway )(?<!route )(?<!area )"
                      r"(?<!zone )\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
# a government by its seat: "the Kyiv regime", "the Kabul authorities", "the Khartoum junta"
_RULERS = re.compile(r"\s+(?:regime|junta|government|authorities|administration|leadership|rulers)\b")
_LIST_JOIN = re.compile(r"^\s*(?:,|and|or|,\s*and)\s*$")


def _dateline(m: PlaceMatch, sentence: str) -> bool:
    """The dateline of a report ("BAMAKO (Reuters) -", "TOWN, PROVINCE —"), not where anything happened."""
    before = sentence[:m.start]
    if not (m.start == 0 or _DATE_STAMP.match(before) or _DATELINE_HEAD.match(before)):
        return False
    return m.precision != "country" and bool(_DATELINE_AFTER.match(sentence[m.end:]))


def _dateline_line(ms: Sequence[PlaceMatch], sentence: str) -> bool:
    """A line holding only places and a date ("Orvan/Lisbon/Tesh, May 18"): the bureaus filing the story."""
    if not ms or len(sentence) > 120:
        return False
    rest, last = [], 0
    for m in ms:
        rest.append(sentence[last:m.start])
        last = m.end
    rest.append(sentence[last:])
    return all(_DATELINE_REST.match(r) for r in rest)


# a unit inside a named place: "the X district of Y", "X neighbourhood of the city of Y", "Y's X district"
_SUBUNIT_WORDS: Final = r"(?:district|neighbou?rhood|quarter|suburb|borough|sector|raion|rayon|microdistrict)"
_SUBUNIT_OF_RE: Final = re.compile(r"\s*(?:" + _SUBUNIT_WORDS + r"\s+)?of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?",
                                   re.IGNORECASE)
_SUBUNIT_END_RE: Final = re.compile(r"\b" + _SUBUNIT_WORDS + r"\s*$", re.IGNORECASE)
_SUBUNIT_START_RE: Final = re.compile(r"\s*" + _SUBUNIT_WORDS + r"\b", re.IGNORECASE)
_POSSESSIVE_GAP_RE: Final = re.compile(r"['’]s?\s+")


def without_foreign_subunits(text: str, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """Drop a district the data puts in another province than the place the text says it is part of: "the
    Dniprovskyi district of Kherson" and "Kherson's Dniprovskyi district" are in Kherson, not in the namesake
    district of Kyiv; the place that contains it locates the figure."""
    drop: set[int] = set()
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        gap = text[a.end:b.start]
        if _SUBUNIT_OF_RE.fullmatch(gap) and (_SUBUNIT_END_RE.search(a.text) or _SUBUNIT_START_RE.match(gap)):
            unit, whole = k, k + 1                                  # "the X district of Y"
        elif _POSSESSIVE_GAP_RE.fullmatch(gap) and (
                _SUBUNIT_END_RE.search(b.text) or _SUBUNIT_START_RE.match(text[b.end:b.end + 20])):
            unit, whole = k + 1, k                                  # "Y's X district"
        else:
            continue
        u, w = found[unit], found[whole]
        if u.precision in ("point", "admin2") and w.precision in ("point", "admin1", "admin2") \
                and u.country == w.country and u.admin1 and w.admin1 and u.admin1 != w.admin1:
            drop.add(unit)
    return [m for k, m in enumerate(found) if k not in drop] if drop else found


def _usable(m: PlaceMatch, sentence: str, countries: set[str]) -> bool:
    """Drop homonyms abroad, datelines ("BAMAKO (Reuters) -"), parts of names and "UK-based"."""
    if countries and m.country not in countries and m.precision not in ("country", "region"):
        return False
    if _dateline(m, sentence) or _in_org_name(m, sentence):
        return False
    if _BASED_IN.search(sentence, max(0, m.start - 30), m.start):
        return False      # "a monitor based in Britain": the source's base
    if _NAME_PARTICLE.search(sentence, max(0, m.start - 30), m.start):
        return False      # "Tesh del Sur": the end of a longer name, not the town its last word names
    if _DESTINATION.search(sentence, max(0, m.start - 40), m.start) or _DESTINATION_WITHIN.search(
            sentence, max(0, m.start - 90), m.start):
        return False      # "25,000 people crossed into X", "fled to Y in X": where they went, not where they fled from
    if m.precision == "country" and _FEATURE_AFTER.match(sentence, m.end):
        return False      # "the Niger river": a river, not the country
    if _HOMETOWN.search(sentence, max(0, m.start - 30), m.start):
        return False      # "Aro Tesh, 21, from Kessa": where the person is from, not where it happened
    return not sentence[m.end:m.end + 6].lower().startswith(("-based", " based"))


def _in_org_name(m: PlaceMatch, sentence: str) -> bool:
    """"the Farmers' Association for the Unity of Tesh", "the Islamic State of Iraq and Syria": part of a
    name, not where it happened."""
    if any(b.start() <= m.start < b.end() for b in _BRANCH.finditer(sentence, max(0, m.start - 80), m.end + 40)):
        return True
    before = sentence[max(0, m.start - 8):m.start]
    if before.endswith(("of ", "for ", "the ")) and _ORG_OF.search(sentence, max(0, m.start - 120), m.start):
        return True
    return before.endswith("and ") and bool(_ORG_OF_AND.search(sentence, max(0, m.start - 120), m.start))


_GEO_NOUNS = {"territory", "territories", "soil", "side", "town", "city", "village", "capital",
              "province", "region", "coast", "countryside", "frontier", "airspace", "waters", "port", "camp"}


def _demonym_place(m: PlaceMatch, text: str) -> PlaceMatch:
    """"Israeli territory", "the Syrian coast", "across the Rwandan border": a demonym before a place noun
    names the country."""
    if m.via != "demonym":
        return m
    nxt = re.match(r"\s+([a-z]+)", text[m.end:])
    if nxt and (nxt.group(1) in _GEO_NOUNS or (nxt.group(1) == "border" and re.search(
            r"\b(?:across|beyond|over|inside)\s+the\s+$", text[max(0, m.start - 20):m.start]))):
        return replace(m, via="name")
    return m


# what a demonym before it makes an actor's or a weapon's nationality, not a place: "a Ruritanian missile",
# "the Ruritanian occupation army", "Ruritanian-made drones"
_ARMED_NOUN = re.compile(rf"(?:-made|-built|-supplied)?\s+(?:[a-z]+\s+)?(?:{_ARMED_WORDS})\b")


def _nationality(m: PlaceMatch, sentence: str) -> bool:
    """A demonym that says whose a force or a weapon is ("a Ruritanian missile struck ...", "Ruritanian
    forces shelled ..."), or that opens a proper name ("the Ruritanian Hospital", "the Ruritanian Red
    Crescent"): not where anything happened. (A demonym before a place noun names the country, see
    :func:`_demonym_place`.)"""
    if m.via not in ("demonym", "alias") or m.precision != "country":
        return False
    after = sentence[m.end:m.end + 40]
    if m.via == "demonym" and _ARMED_NOUN.match(after):
        return True
    nxt = re.match(r"\s+([A-Z][a-z]+)", after)
    return nxt is not None and not re.match(r"\s+(?:[A-Z][a-z]+\s+)*(?:[Tt]errit|[Pp]rovince|[Rr]egion|[Gg]overnorate)",
                                            after)


def _acting(m: PlaceMatch, sentence: str, ms: Sequence[PlaceMatch]) -> bool:
    """A country named as a party ("fire exchanged between Israel and Hezbollah", "Rwanda-backed rebels"),
    or a capital standing for its government ("Kigali said"), not as where something happened."""
    if _nationality(m, sentence):
        return True
    if m.via not in ("name", "alias"):
        return False
    if (_SPEAKS.match(sentence, m.end) and not _PREP_BEFORE.search(sentence, max(0, m.start - 8), m.start)) or (
            _BY.search(sentence, max(0, m.start - 4), m.start)
                                          and _PUNCT_AFTER.match(sentence, m.end)):
        return True       # "Kigali said ...", "a plot by Kigali.": a capital standing for its government
    if re.match(r"-(?:backed|led|supported|allied|sponsored|aligned|appointed|installed|controlled|run|held|funded|"
                r"trained|armed)\b", sentence[m.end:m.end + 14]):
        return True       # "Rwanda-backed rebels", "the Moscow-appointed governor" (a capital for its government)
    if re.match(r"\s+(?:militia|militias|militiamen|brigade|battalion|faction)\b", sentence[m.end:m.end + 14]):
        return True       # "men of the Zaire militia": a group's name
    if m.precision == "point" and _RULERS.match(sentence, m.end):
        return True       # "the Kyiv regime", "the Khartoum authorities": a capital standing for its government
    if m.precision != "country":
        return False
    if _ACTOR_NOUN.match(sentence, m.end) or _LANDMARK.search(sentence, max(0, m.start - 30), m.start):
        return True       # "US strikes on ...", "regions bordering Mali", "near the border with Nigeria"
    if _STRIKES.match(sentence, m.end) and not _PREP_BEFORE.search(sentence, max(0, m.start - 8), m.start) and any(
            p.country != m.country and p.via != "demonym" and p.start > m.end for p in ms):
        return True       # "X launched 40 drones overnight, killing three in Y": the country that struck Y
    if _VOICE_OF.match(sentence, m.end) and not _PREP_BEFORE.search(sentence, max(0, m.start - 8), m.start):
        return True       # "X's state news agency said", "X Police said": the country of the one who speaks
    k = m.start
    for prev in sorted((p for p in ms if p.end <= m.start), key=lambda p: -p.end):
        if _LIST_JOIN.match(sentence[prev.end:k]):
            k = prev.start           # "between Chad, Niger and Mali": the list's first member decides
        else:
            break
    return bool(_BETWEEN.search(sentence, max(0, k - 10), k))


# "the South" as one of a list of divisions: capitalised, with a listed division beside it
_BARE_DIRECTION = re.compile(r"\bthe\s+(?P<w>North|South|East|West|Centre|Center|Central)\b(?!\s+[A-Z])")
# what separates the members of a list of places, counts beside them included ("Nabatieh 30, the South 25")
_LISTED = re.compile(r"^\s*(?:\(?\d[\d,]*\)?\s*)?(?:,|;|and|or|,\s*and)\s*$")
_DIVISION_WORDS = ("Governorate", "Province", "Region", "Department", "State")


def _listed_divisions(text: str, ms: Sequence[PlaceMatch], gazetteer: Gazetteer) -> list[PlaceMatch]:
    """"strikes on towns in the South, Nabatieh and the Bekaa": a compass word named as a member of a list of
    one country's first-order divisions is that country's division of the name ("South Governorate")."""
    out: list[PlaceMatch] = []
    for r in _BARE_DIRECTION.finditer(text):
        beside = [m for m in ms if m.admin1 and m.precision in ("admin1", "admin2", "point") and (
            _LISTED.match(text[r.end():m.start]) or _LISTED.match(text[m.end:r.start()]))]
        if not beside:
            continue
        country = beside[0].country
        for word in _DIVISION_WORDS:
            found = [m for m in gazetteer.find(f"{r['w']} {word}", prefer_countries=[country])
                     if m.country == country and m.precision == "admin1"]
            if found:
                m = found[0]
                out.append(replace(m, start=r.start("w"), end=r.end(), text=r["w"]))
                break
    return out


_COMPASS = re.compile(r"^(north|south|east|west)(?:ern)?\s", re.IGNORECASE)


def _compass_division(m: PlaceMatch, gazetteer: Gazetteer) -> PlaceMatch:
    """"southern Israel": a country's part named by a compass word is its first-order division of that name
    where it has one ("Southern District"); a country without one keeps the part alone."""
    c = _COMPASS.match(m.text)
    if m.precision != "region" or m.admin1 or c is None:
        return m
    w = c.group(1).capitalize()
    for name in [f"{w}ern {d}" for d in (*_DIVISION_WORDS, "District")] + [f"{w} {d}" for d in ("Region", "Province")]:
        found = [d for d in gazetteer.find(name, prefer_countries=[m.country])
                 if d.country == m.country and d.precision == "admin1" and d.text == name]
        if found:
            return replace(m, admin1=found[0].admin1)
    return m


def _town_districts(ms: list[PlaceMatch], raw: Sequence[PlaceMatch], text: str) -> list[PlaceMatch]:
    """"Officials in Tesh city said ... wounded a woman in the Central district": a city's district named like
    the district of another province the data knows is the district of the town the sentence named before it."""
    out = []
    for m in ms:
        if m.precision == "admin2" and m.admin1 and (_SUBUNIT_END_RE.search(m.text) or _SUBUNIT_START_RE.match(
                text, m.end)) and not any(o.admin1 == m.admin1 and o.country == m.country for o in raw if o is not m
                                          and o.start != m.start):
            town = next((o for o in sorted(raw, key=lambda o: -o.start) if o.end <= m.start and o.precision == "point"
                         and o.country == m.country and o.admin1 and o.admin1 != m.admin1), None)
            if town is not None and m.population <= town.population:   # a town's district is no larger than it
                m = replace(m, admin1=town.admin1, lat=None, lon=None)
        out.append(m)
    return out


_OPENING_IN = re.compile(r"\s*(?:In|At|From)\s+(?:the\s+)?$")


# "the village of Dutsen Kura": a place's name after an unknown capitalised word that follows a preposition
_UNKNOWN_HEAD = re.compile(r"\b(?:of|in|at|near|outside|from|to|into)\s+(?-i:[A-Z][a-z'’]+)\s+$")
_NOT_HEAD = {"Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater", "Old", "New",
             "North", "South", "East", "West", "Mount", "Lake", "Port", "Fort", "Saint", "San", "Santa", "El", "Al",
             "La", "Le", "Los", "Las", "Tel", "Ras", "Bir", "Ain", "Kafr", "Beit", "Deir", "Tal", "Jabal", "Wadi"}


def _name_tail(m: PlaceMatch, text: str, raw: Sequence[PlaceMatch]) -> bool:
    """"in the village of Dutsen Kura": the last word of a longer name the gazetteer lacks, not the town it names."""
    if m.precision not in ("point", "admin2") or m.population >= _CITY:
        return False
    r = _UNKNOWN_HEAD.search(text, max(0, m.start - 40), m.start)
    return r is not None and r.group().split()[-1] not in _NOT_HEAD and not any(
        o.start < m.start and o.end > r.start() for o in raw)


def _said_at(m: PlaceMatch, said: Sequence[tuple[int, int]], text: str = "", ms: Sequence[PlaceMatch] = ()) -> bool:
    """Where a statement was made ("told reporters in Kigali"), not where harm was done. A province or a part
    of one opening the sentence ("In northern Shan State, the UN said it had verified ...") sets the scene of
    what is reported, not the statement's place, which is a town."""
    if not in_spans(m.start, said):
        return False
    opening = any(a == 0 and a <= m.start < b for a, b in said)
    if opening and m.precision == "point" and _OPENING_IN.match(text, 0, m.start) and not any(
            o.start != m.start and o.precision in ("point", "admin2", "admin1", "region") and not in_spans(o.start, said)
            for o in ms):
        return False      # "In Kandahar, police said a bomb killed three": the scene when the sentence names no other
    return not (m.precision in ("admin1", "admin2", "region") and opening)


_VILLAGE = 5_000


def _rehome(ms: list[list[PlaceMatch]]) -> list[list[PlaceMatch]]:
    """A village GeoNames puts in a division the report never names, in a report that names another
    division of that country (and only that one), is a namesake: it lies in the division the report names."""
    named = [(m.country, m.admin1) for row in ms for m in row if m.precision in ("admin1", "region") and m.admin1]
    if not named:
        return ms
    areas = set(named)
    out = []
    for row in ms:
        new = []
        for m in row:
            if m.precision == "point" and m.admin1 and 0 < m.population < _VILLAGE and (m.country, m.admin1) not in areas:
                mine = {a for c, a in areas if c == m.country}
                if len(mine) == 1:
                    m = replace(m, admin1=mine.pop(), lat=None, lon=None)
            new.append(m)
        out.append(new)
    return out


def report_places(sentences: Sequence[Sentence], gazetteer: Gazetteer, people: Sequence[str],
                  source_spans: Sequence[Sequence[tuple[int, int]]],
                  said: Sequence[Sequence[tuple[int, int]]],
                  parsed_names: dict[int, list[tuple[int, int]]] | None = None) -> ReportPlaces:
    """The places of each sentence that may be places of harm (see the module doc)."""
    found = [gazetteer.find(s.text) for s in sentences]
    names, people = spelt_names(sentences, found, parsed_names or {}, people)
    lone = lone_aliases(found)
    found = [[m for m in ms if (n, m.start, m.end) not in lone] for n, ms in enumerate(found)]
    raw = [[m for m in without_foreign_subunits(s.text, native_divisions(s.text, ms, gazetteer))
            if not in_person_name(m.start, m.end, s.text, people) and not in_name(m.start, m.end, s.text, ns, ms)]
           for s, ms, ns in zip(sentences, found, names, strict=True)]
    raw = [[m for m in ms if not _given_name(m, s.text, ms)] for ms, s in zip(raw, sentences, strict=True)]
    lines = [_dateline_line(ms, s.text) for ms, s in zip(raw, sentences, strict=True)]
    # a source's base, a dateline, an organisation's name or a statement's place says nothing of the
    # report's countries
    voting = [[m for m in ms if not line and _usable(m, s.text, set()) and not _said_at(m, st, s.text, ms)
               and not _name_tail(m, s.text, ms)
               and not any(a <= m.start < b for a, b in sp)]
              for ms, s, line, st, sp in zip(raw, sentences, lines, said, source_spans, strict=True)]
    voters = [[m for m in ms if not _acting(m, s.text, ms)] for ms, s in zip(voting, sentences, strict=True)]
    countries, named = main_countries(voters)
    if not countries:     # only parties named ("clashes between X and Y"): better their countries than none
        countries, named = main_countries([[m for m in ms if not _nationality(m, s.text) and not _speaking_town(m, s.text)]
                                           for ms, s in zip(voting, sentences, strict=True)])
    # only nationalities ("two Chinese engineers") beside a speaker's own area ("police in Karachi said"):
    # the area's country is the report's, before the nationalities'
    demonyms_only = bool(countries) and all(m.via == "demonym" for ms in voters for m in ms)
    if not countries or demonyms_only:     # only a speaker's own area ("police in Guerrero state said"): its country
        before = countries
        countries, named = main_countries([[m for m in ms if not line and _usable(m, s.text, set()) and not _acting(
            m, s.text, ms) and (any(a <= m.start < b for a, b in sp) or _LOCAL_BODY.search(
                s.text, max(0, m.start - 40), m.start) is not None)] for ms, s, line, sp in zip(
            raw, sentences, lines, source_spans, strict=True)])
        countries = countries + [c for c in before if c not in countries]
    if not countries:     # nothing but the dateline ("PROVINCE - ..." of a local outlet): better its country
        countries, named = main_countries([[m for m in ms if _dateline(m, s.text)]
                                           for ms, s in zip(raw[:3], sentences[:3], strict=False)])
    if countries:         # towns of the countries named outright, and of the leading one
        named = named | {countries[0]}
    dateline = next((m for ms, s in zip(raw[:3], sentences[:3], strict=False) for m in ms
                     if m.precision == "point" and _dateline(m, s.text)), None)
    if not countries:
        return ReportPlaces([[] for _ in sentences], raw, countries, dateline)
    # the divisions the report names outright, and its dateline's: a town's namesakes elsewhere in the
    # same country lose to the one in these ("IMPHAL: ... in Bishnupur" is the Bishnupur of Manipur)
    areas = {(m.country, m.admin1) for ms, s in zip(raw, sentences, strict=True) for m in ms
             if m.admin1 and m.precision == "admin1" and m.via != "demonym" and not _in_org_name(m, s.text)}
    if dateline is not None and dateline.admin1:
        areas.add((dateline.country, dateline.admin1))
    out: list[list[PlaceMatch]] = []
    for n, (s, spans, st, line) in enumerate(zip(sentences, source_spans, said, lines, strict=True)):
        ms = [] if line else [m for m in without_foreign_subunits(s.text, native_divisions(
            s.text, gazetteer.find(s.text, prefer_countries=countries[:3], prefer_areas=areas), gazetteer, countries))
                              if _usable(m, s.text, named) and not any(a <= m.start < b for a, b in spans)
                              and not in_person_name(m.start, m.end, s.text, people) and not _said_at(m, st, s.text, raw[n])
                              and not _given_name(m, s.text, raw[n])
                              and not in_name(m.start, m.end, s.text, names[n], found[n])
                              and not ((n, m.start, m.end) in lone and m.via == "alias")]
        ms = [_compass_division(_demonym_place(m, s.text), gazetteer) for m in ms]
        ms = _town_districts([m for m in ms if not _name_tail(m, s.text, raw[n])], raw[n], s.text)
        ms = [m for m in ms if not _acting(m, s.text, ms)]
        ms += _listed_divisions(s.text, ms, gazetteer)
        ms += capital_places(s.text, gazetteer, ms)    # "fled Haiti's capital", "in the Somali capital"
        for r in _THE_COUNTRYS.finditer(s.text):   # "in the country's south": the country the sentence names
            word = (r["d1"] or r["d2"]).lower()
            here = next((m.country for m in raw[n] if m.end <= r.start() and m.precision == "country"
                         and not _ACTOR_NOUN.match(s.text, m.end) and not _acting(m, s.text, raw[n])), countries[0])
            ms.append(PlaceMatch(r.start(), r.end(), r.group(), f"{word} {gazetteer.country_name(here) or here}", here,
                                 None, None, None, "region", "region"))
        if dateline is not None and dateline.country in named and _THIS_TOWN.search(s.text) and not any(
                m.precision in ("point", "admin2") for m in ms):
            ms.append(dateline)          # "the attack in this town", below the town's dateline
        out.append(ms)
    return ReportPlaces(_rehome(_untreated(out, sentences)), raw, countries, dateline)


def _speaking_town(m: PlaceMatch, text: str) -> bool:
    """"Rodriguez said ...": a town's name as a speaker is a person's (only a city stands for a government)."""
    return m.precision == "point" and m.population < _CITY and _SPEAKS.match(text, m.end) is not None


def _given_name(m: PlaceMatch, text: str, ms: Sequence[PlaceMatch]) -> bool:
    """A village's name that is a person's given name before their surname (see ``before_surname``)."""
    return m.precision == "point" and m.population < _VILLAGE and before_surname(m.start, m.end, text,
                                                                                {o.start for o in ms})


def _untreated(ms: list[list[PlaceMatch]], sentences: Sequence[Sentence]) -> list[list[PlaceMatch]]:
    """Drop where the wounded were treated ("taken to a hospital in X") where the report names another place
    below its country there: the place of the harm; a report naming no other keeps it (the nearest hospital
    is in the harm's province more often than not)."""
    treated = [[_TREATED.search(s.text, max(0, m.start - 80), m.start) is not None for m in row]
               for row, s in zip(ms, sentences, strict=True)]
    others = {m.country for row, tr in zip(ms, treated, strict=True) for m, t in zip(row, tr, strict=True)
              if not t and m.precision in ("point", "admin2", "admin1")}
    return [[m for m, t in zip(row, tr, strict=True) if not (t and m.country in others)]
            for row, tr in zip(ms, treated, strict=True)]




# ("police in Mexico's Guerrero state", "the governor of Russia's Kursk region": the division after its country's name)
_COUNTRYS = r"(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?['’]s?\s+)?"
_JURISDICTION = re.compile(rf"\b(?:in|of)\s+(?:the\s+)?{_COUNTRYS}$", re.IGNORECASE)
# a local body or people of a place, by their noun: "officials in X", "police in X", "doctors in X", "residents of X"
_LOCAL_NOUNS = sorted((re.escape(w) for w, k in SOURCE_HEAD_KINDS.items()
                       if k in ("government", "military", "medical", "witness") and w.isalpha()), key=len, reverse=True)
_LOCAL_BODY = re.compile(rf"\b(?:{'|'.join(_LOCAL_NOUNS)})\s+(?:in|of)\s+(?:the\s+)?{_COUNTRYS}$", re.IGNORECASE)


def body_places(sentences: Sequence[Sentence], rp: ReportPlaces,
                speakers: Sequence[Sequence[tuple[int, int]]]) -> list[list[PlaceMatch]]:
    """Per sentence, the places its speaker is named by ("police in X state said", "officials of X", "residents
    of X told"): the body's own area, which is where the harm it reports happened when the sentence names no
    place of its own (a body "based in" a place speaks from there, and is not counted)."""
    named = set(rp.countries)
    return [[m for m in ms if m.precision in ("point", "admin2", "admin1") and m.country in named
             and (((any(a < m.start < b and _JURISDICTION.search(s.text, a, m.start) for a, b in spans)
                   or _LOCAL_BODY.search(s.text, max(0, m.start - 40), m.start) is not None)
                  and _usable(m, s.text, named))
                  or (any(a <= m.start < b for a, b in spans) and _DIVISION_BODY.match(s.text, m.end) is not None
                      and not _dateline(m, s.text)))]
            for ms, s, spans in zip(rp.raw, sentences, speakers, strict=True)]


# a body of a division named after it: "the Benue State Emergency Management Agency", "the Tesh Provincial Police"
_DIVISION_BODY = re.compile(r"(?:(?<=State)|(?<=Province)|(?<=Region)|(?<=County)|(?<=District)|(?<=Governorate)|"
                            r"\s+(?:State|Province|Provincial|Regional|County|District|Governorate))\s+(?:[A-Z][\w'’-]*\s+)*"
                            r"(?:Agency|Command|Police|Government|Ministry|Office|Authority|Directorate|Department|"
                            r"Service|Council|Assembly|Commission|Administration|Hospital)\b")
