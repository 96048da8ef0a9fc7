"""Which body named before a description of a body refers to, where the word lists cannot tell its kind.

* A body no list knows takes its kind from the words of its name, which often cannot tell one civil body from
  another: "Bako Citizens' Watch" is 'other', "the Tesh Red Crescent Society" 'medical', though a report may
  call either "the watchdog", "the aid group". A description of a civil body (an aid group, a rights group, a
  watchdog) may refer back to an unlisted body whose name's head is that of a civil body ("... Society", "...
  Watch", "... Association", a national Red Cross) whatever kind its other words gave it; an aid or relief body
  may be a medical one.
* A named force no list knows, which its name's words make a non-state armed group ("Tesh Defence Forces"),
  may still be what the report calls "the army" or "the military", unless its name says it fights for a cause
  ("Tesh Liberation Army"): the words cannot tell a people's defence force from a state's.
* A common noun phrase that a list gives as another name of one country's body ("the junta", "the military
  government" for the "Myanmar military") stands for that body only in a report about that country: in a
  report about another, it is that country's own.
* A person the report names by the given name alone ("Abebe said" after "Abebe Kassa", as in names whose
  second part is a father's name) is the one person it names in full with that given name.
* The fighters of a side speaking as one ("the rebels said", "the militants claimed") are the armed group the
  report named before.
* A person's kin speaking ("his family said", "her brother said") are named by the person the sentence names
  before them, the one harmed ("family of Jon Tesh").
* A command, a leadership or a wing owned by a non-state side ("the rebels' regional command", "the group's
  military wing") is that of the armed group the report named before, not a state's command.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vigil.extract.lexicon import SOURCE_HEAD_KINDS, SOURCE_NOUNS, TITLE_WORDS
from vigil.geo import Gazetteer, country_names
from vigil.models import Source

#: kinds of civil bodies that the words of an unlisted name cannot tell apart
_CIVIL = {"ngo", "other", "monitor"}
#: words of a description that say an aid body, which may be a medical one ("the aid group" for a Red Crescent)
_AID_WORDS = {"aid", "relief", "humanitarian", "charity", "charitable"}
#: last words of an unlisted civil body's name
_CIVIL_HEADS = {"society", "association", "watch", "union", "committee", "network", "organisation", "organization",
                "foundation", "initiative", "league", "federation", "council", "coalition", "alliance", "collective",
                "forum", "centre", "center", "group", "trust", "project", "institute", "observatory", "monitor",
                "syndicate", "mission", "cross", "crescent"}

#: last words of a named armed force
_FORCE_HEADS = {"army", "forces", "force", "brigade", "brigades", "militia", "guard", "guards"}
#: words of a force's name that say it fights for a cause, not for a state
CAUSE_WORDS = {"liberation", "independence", "salvation", "resistance", "revolutionary", "rebel", "insurgent",
               "separatist", "mujahideen", "jihad", "free", "republican", "self-defence", "self-defense"}

#: the fighters of a side, or the armed body they form, as the heads of a definite description that refers back to
#: the armed group named before ("the rebels", "the militia")
SIDE_ANAPHORS = {w: {"armed_group"} for w in ("rebels", "insurgents", "militants", "jihadists", "separatists",
                                              "guerrillas", "militia", "faction", "outfit")}

#: a part of a body owned by a non-state side: "the rebels' regional command", "the group's military wing"
_SIDE_OWNED = re.compile(
    r"(?:the\s+)?(?:(?:rebels|insurgents|militants|separatists|jihadists|guerrillas|fighters|militiamen)['’]|"
    r"(?:(?:rebel|armed|militant|insurgent|jihadist|separatist)\s+)?(?:group|movement|militia|outfit|"
    r"organi[sz]ation)['’]s)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}"
    r"(?:command|leadership|wing|headquarters|council|branch|high\s+command)", re.IGNORECASE)


#: the fighters of a side, or a spokesman for them: "rebels", "the militants", "a spokesman for the insurgents"
_SIDE_SPEAKING = re.compile(
    r"(?:(?:the|an?)\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|leader|commander|representative)s?\s+"
    r"(?:for|of)\s+)?(?:the\s+)?(?:rebels|insurgents|militants|separatists|jihadists|guerrillas)", re.IGNORECASE)


def kind_fits(src: Source, kind: str, words: Sequence[str], listed: bool) -> bool:
    """Whether a body named before may be one that a description of ``kind`` (in ``words``) describes: of that
    kind, or an unlisted civil body of a kind its name's words could not tell from it."""
    if src.kind == kind:
        return True
    if (src.kind, kind) == ("armed_group", "military") and not listed and _state_like(src.name):
        return True     # "the army" for the "Tesh Defence Forces" named before
    if listed or not src.name[:1].isupper() or src.name.split()[-1].lower() not in _CIVIL_HEADS:
        return False
    if src.kind in _CIVIL and kind in _CIVIL:
        return True
    aid = any(w.lower() in _AID_WORDS for w in words)
    return aid and {src.kind, kind} == {"ngo", "medical"}


def _state_like(name: str) -> bool:
    """A force's capitalised name that says no cause it fights for ("Tesh Defence Forces")."""
    words = name.lower().split()
    return (len(words) >= 2 and words[-1] in _FORCE_HEADS and name[:1].isupper()
            and not set(words) & CAUSE_WORDS)


def side_owned(written: str) -> bool:
    """Whether the words name a part of a non-state side: "the rebels' command", "the group's armed wing"."""
    return _SIDE_OWNED.fullmatch(written.strip()) is not None


def side_named(written: str, context: Sequence[Source]) -> Source | None:
    """The armed group named before whose command, leadership or wing the words name, or whose fighters or
    their spokesman speak ("rebels said", "a spokesman for the rebels")."""
    speaking = _SIDE_SPEAKING.fullmatch(written.strip()) is not None
    if not speaking and not side_owned(written):
        return None
    found = next((src for src in reversed(context) if src.kind == "armed_group" and src.name[:1].isupper()), None)
    if found is None and speaking:
        return None     # (rebels no one named: as the words say)
    if found is None:
        return Source(re.sub(r"^the\s+", "", written.strip(), flags=re.IGNORECASE), written, "armed_group")
    return Source(found.name, written, found.kind)


def foreign_generic(written: str, known_name: str, demonym: str | None) -> bool:
    """Whether lower-case words that name a known body of one country ("the military government" for the "Myanmar
    military") are, in a report about the country of ``demonym``, another country's body: that country's own."""
    if demonym is None:
        return False
    words = re.sub(r"^(?:the|a|an|its|their)\s+", "", written.strip(), flags=re.IGNORECASE).split()
    if not words or any(w[:1].isupper() for w in words):
        return False
    owner = known_name.split()[0]
    return owner != demonym and owner in set(country_names().values())


_NAME_PART = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
#: words after a given name that make no surname ("Abebe Street", "Kassa District")
_NOT_SURNAMES = {"street", "road", "district", "province", "region", "state", "city", "town", "village", "county",
                 "university", "hospital", "school", "camp", "bridge", "market", "square", "stadium", "said", "says"}


def given_full(given: str, text: str) -> str | None:
    """The full name of the one person the report names with ``given`` as the given name ("Abebe Kassa" for
    "Abebe"), where it names one only."""
    if not re.fullmatch(_NAME_PART, given) or given.lower() in TITLE_WORDS | SOURCE_NOUNS | SOURCE_HEAD_KINDS.keys():
        return None
    found = set()
    for m in re.finditer(rf"(?<![\w'’.-]){re.escape(given)}((?:\s+{_NAME_PART}){{1,2}})(?![\w'’-]|\s+[A-Z])", text):
        rest = m.group(1).split()
        if any(w.lower() in _NOT_SURNAMES | TITLE_WORDS | SOURCE_NOUNS | SOURCE_HEAD_KINDS.keys() for w in rest):
            return None
        found.add(" ".join([given, *rest]))
    return found.pop() if len(found) == 1 else None


def initials_of(name: str, acronym: str) -> bool:
    """Whether an acronym the report never spells out is a body's name named before, by its initials ("MDA" for
    "Magen David Adom"), or by those of the name without the words it opens with ("the PDF" for the "Malo People's
    Defence Force")."""
    words = [w for w in name.split() if w[:1].isupper()]
    whole = "".join(w[0] for w in words)
    if acronym in (whole, "".join(w[0] for w in words if not w.endswith(("'s", "’s")))):
        return True
    return len(acronym) >= 3 and len(words) > len(acronym) and whole.endswith(acronym)


#: a person's kin named by a possessive pronoun: "his family", "her relatives"
_KIN = re.compile(r"(?:his|her)\s+(?P<kin>family|relatives|relative|brother|sister|father|mother|son|daughter|wife|"
                  r"husband|widow|parents|cousin|uncle)", re.IGNORECASE)
#: a person's full name: two or three capitalised words
_FULL_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2}(?![\w'’-])")


def kin_of(written: str, before: str, gazetteer: Gazetteer) -> str | None:
    """"family of Jon Tesh" for "his family" where the sentence names one person, Jon Tesh, before it."""
    m = _KIN.fullmatch(written.strip())
    if m is None:
        return None
    names = [n.group() for n in _FULL_NAME.finditer(before)
             if not _place(n.group(), gazetteer) and n.group().split()[0] not in ("The", "A", "An", "In", "On", "Among")]
    if len(set(names)) != 1:
        return None
    return f"{m['kin'].lower()} of {names[0]}"


def _place(words: str, gazetteer: Gazetteer) -> bool:
    """Whether capitalised words are a place's name, whole ("North Kivu"; not "Evans Tesh" for a town Evans)."""
    return any(m.start == 0 and m.end >= len(words) - 1 for m in gazetteer.find(words))
