"""The kind of an unnamed or unlisted source from the words that describe it, where the head noun alone misleads.

* a person's role for a body takes the body's kind: "a commander of the separatist militia", "the rebel group's
  spokesman", "a spokesman for the monitoring group" speak for an armed group, a monitor;
* a body's kind is what the words before its generic noun say: "a monitoring group" is a monitor, "a news
  agency" (state-run or not) a media outlet;
* the state's services are the government: rescuers and firefighters, emergency and prison services, an
  election commission; its armed services (navy, air force, coast guard) the military;
* aid and humanitarian workers speak for aid organisations; a national Red Cross or Red Crescent for a medical
  service; local notables (elders, traditional rulers, clerics, church leaders) for no body at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vigil.extract.lexicon import SOURCE_HEAD_KINDS, SOURCE_NOUNS
from vigil.models import SourceKind

#: a person's role for the body named with it
ROLE_HEADS = {"spokesman", "spokeswoman", "spokesperson", "representative", "official", "officials", "officer",
              "commander", "leader", "leaders", "member", "members", "chief", "head", "source", "sources",
              "coordinator", "chairman", "chairperson", "secretary", "deputy"}
#: words that make a body or a role an armed group's ("a rebel commander", "the Tesh Liberation Movement")
_ARMED_WORDS = {"rebel", "rebels", "insurgent", "insurgents", "militant", "militants", "separatist", "separatists",
                "jihadist", "jihadists", "guerrilla", "guerrillas", "militia", "militias", "insurgency", "liberation",
                "mujahideen", "revolutionary"}
#: words of a body of doctors ("the Tesh Doctors Union", "a medical association")
_MEDICAL_WORDS = {"doctors", "doctors'", "doctor", "medical", "medics", "physicians", "nurses", "health"}
_MEDICAL_BODIES = {"union", "association", "syndicate", "network", "committee", "group", "groups", "society",
                   "organisation", "organization", "charity", "council"}
#: tiers of a state: a council of one of them is local government ("the district council", "a county council")
_TIERS = {"local", "district", "municipal", "city", "town", "county", "provincial", "regional", "state", "village",
          "ward", "borough", "prefectural"}
#: a police role ("the district police commander", "a police spokesman"): the police, whatever the role
_POLICE_WORDS = {"police", "policeman", "policemen", "constabulary"}
#: generic nouns of a body
_BODY_NOUNS = {"group", "groups", "organisation", "organization", "movement", "network", "coalition", "alliance",
               "outfit", "body"}
#: the state's civil services, named by what they do
_STATE_SERVICE_WORDS = {"rescue", "rescuer", "rescuers", "firefighter", "firefighters", "fireman", "firemen",
                        "prison", "prisons", "election", "electoral", "diplomat", "diplomats", "diplomatic",
                        "intelligence"}
_STATE_SERVICE_HEADS = {"rescuer", "rescuers", "firefighter", "firefighters", "fireman", "firemen", "diplomat",
                        "diplomats"}
#: the people or units of a service ("rescue workers", "prison officials", "intelligence sources")
_SERVICE_PEOPLE = {"worker", "workers", "team", "teams", "official", "officials", "service", "services", "source",
                   "sources", "crew", "crews", "unit", "units", "officer", "officers", "staff", "authorities",
                   "authority", "commission", "agency"}
#: a state's armed services
_ARMED_SERVICES = {"navy", "marines", "coastguard"}
#: local notables who speak for no body ("local elders", "a traditional ruler", "a church leader")
_NOTABLE_HEADS = {"elder", "elders", "ruler", "rulers", "priest", "priests", "pastor", "pastors", "imam", "imams",
                  "cleric", "clerics", "bishop", "clergyman", "sheikh", "emir", "chieftain", "headman", "vigilante",
                  "vigilantes"}
_NOTABLE_BODIES = {"church", "mosque", "parish", "religious", "faith", "youth", "traditional", "tribal", "clan",
                   "community", "village", "vigilante", "vigilantes"}


#: words of a source, head or beside it, of a kind the list of head nouns does not give: a party's or a company's
#: people speak for no state body
WORD_KINDS: dict[str, SourceKind] = {
    "party": "other", "opposition": "other", "politician": "other", "politicians": "other", "company": "other",
    "firm": "other"}
#: heads whose kind holds only where no word beside them says another ("an army officer" is the military's,
#: "rebel soldiers" a rebel group's): an officer unqualified is a police officer, a soldier the military's, an
#: elected councillor local government's; partners of an aid response are aid organisations
HEAD_KINDS: dict[str, SourceKind] = {
    "officer": "government", "officers": "government", "soldier": "military", "soldiers": "military",
    "councillor": "government", "councillors": "government", "councilor": "government", "councilors": "government",
    "partner": "ngo", "partners": "ngo"}


def head_kind(head: str, words: Sequence[str]) -> SourceKind | None:
    """The kind of a head of :data:`HEAD_KINDS`, or an armed group's where a word beside it says so."""
    if head not in HEAD_KINDS:
        return None
    return "armed_group" if any(w.lower() in _ARMED_WORDS for w in words) else HEAD_KINDS[head]


def described_kind(head: str, words: Sequence[str]) -> SourceKind | None:
    """The kind the words beside a source's head say it is, or None where they say nothing beyond the head."""
    head = head.lower()
    lowered = [w.lower().removesuffix("'s").removesuffix("’s") for w in words]
    if head == "person" or (head not in SOURCE_NOUNS and head not in SOURCE_HEAD_KINDS and any(
            w in _NOTABLE_HEADS or w == "chief" for w in lowered)):
        # a named person: the role the words beside the name give ("the parish priest", "Chief Jon Tesh")
        role = next((w for w in reversed(lowered) if w in ROLE_HEADS | _NOTABLE_HEADS | {"worker", "workers",
                                                                                         "commander", "chief"}), None)
        if role is None:
            return None
        head = role
    every = [*lowered, head]
    joined = " ".join(every)
    if set(every) & _POLICE_WORDS and head in ROLE_HEADS | {"command", "commander", "chief"}:
        return "government"
    if set(lowered) & _MEDICAL_WORDS and (head in _MEDICAL_BODIES
                                          or (head in ROLE_HEADS and set(lowered) & _MEDICAL_BODIES)):
        return "medical"
    if (head in ("council", "councils") or ("council" in lowered and head in ROLE_HEADS)) and set(lowered) & _TIERS:
        return "government"     # "the district council", "a member of the local council"
    if head in ROLE_HEADS or head in _BODY_NOUNS:
        # a role or a generic body: the kind of what it is of, where the words name an armed group or a monitor
        if any(w in _ARMED_WORDS for w in lowered):
            return "armed_group"
        if "monitoring" in lowered or ("monitor" in lowered[:-1] and head in _BODY_NOUNS):
            return "monitor"
        if "vigilante" in lowered or "vigilantes" in lowered:
            return "other"
    if "news agency" in joined or "news agencies" in joined or "wire service" in joined:
        return "media"
    if head in ("station", "stations") and set(lowered) & {"radio", "television", "tv"}:
        return "media"
    if ("red crescent" in joined or "red cross" in joined) and "international" not in lowered:
        return "medical"
    if head in _ARMED_SERVICES or "air force" in joined or "coast guard" in joined or "naval" in lowered:
        return "military"
    if head in _STATE_SERVICE_HEADS or (set(lowered) & _STATE_SERVICE_WORDS and head in _SERVICE_PEOPLE):
        return "government"
    if "emergency services" in joined or "emergency service" in joined:
        return "government"
    if set(lowered) & {"aid", "humanitarian", "relief"} and head in ("worker", "workers", "staff", "official",
                                                                       "officials", "source", "sources", "organisation",
                                                                       "organization", "group", "groups", "agency",
                                                                       "agencies"):
        return "ngo"
    if "social" in lowered and head in ("network", "networks", "media", "post", "posts", "platform", "platforms"):
        return "media"      # "certain social networks", "posts on social media"
    if head in _NOTABLE_HEADS:
        return "other"
    if head in ("leader", "leaders", "chief", "chiefs") and not set(lowered) & {"civil", "society"} and (
            set(lowered) & _NOTABLE_BODIES or not any(
                w in SOURCE_HEAD_KINDS or w in _ARMED_WORDS or w in _POLICE_WORDS for w in lowered)):
        return "other"      # "a camp leader", "the village chief", "Chief Jon Tesh": a local notable
    return None


#: one person described, not named, who may speak in a sentence of no figures and be "he" or "she" in the next
_ONE_PERSON = {"resident", "villager", "witness", "eyewitness", "survivor", "relative", "farmer", "teacher", "man",
               "woman", "father", "mother", "neighbour", "neighbor", "trader", "doctor", "nurse", "medic", "journalist",
               "activist", "elder", "official", "officer", "spokesman", "spokeswoman", "spokesperson", "commander",
               "chief", "leader", "worker", "priest", "imam", "pastor", "driver", "student"}

_PERSON_HEADS = "|".join(sorted(_ONE_PERSON, key=len, reverse=True))
_UNNAMED_SPEAKER = re.compile(
    rf"^(?P<who>(?:an?|one|another)\s+(?:[\w-]+\s+){{0,3}}?(?P<head>{_PERSON_HEADS})"
    r"(?:\s+(?:of|in|at|from)\s+(?:the\s+)?[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]*)*)?)"
    r"(?:,[^,;.]{1,80},)?\s+(?:said|told|says|tells|recalled|recounted|added)\b", re.IGNORECASE)


def unnamed_speaker(sentence: str) -> tuple[str, str] | None:
    """The one person described but not named that a sentence opens with as its speaker ("A resident of Tesh, who
    asked not to be named, said the gunmen came at dawn"): (words, head), what "he" or "she" next refers to."""
    m = _UNNAMED_SPEAKER.match(sentence.lstrip())
    return (m["who"], m["head"].lower()) if m is not None else None
