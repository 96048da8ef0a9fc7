"""Victims named as members of a formation of a state's army by its number or its arm of service ("members of
the 45th Infantry Battalion", "troopers of the 3rd Division", "men of an armoured brigade"), or of a body named
as a police force or a guard ("members of the Lake Border Police", "of the National Guard") (spec, Conventions,
"Victims": army, police and government security forces are ``state_forces``). A formation numbered in order or
named by an arm of a regular army (infantry, artillery, armour, airborne troops) is a state's; a brigade or a
battalion named otherwise may be an armed group's ("the Martyrs' Brigade"), and is left to the other rules.

A sentence-level helper of :mod:`vigil.extract.victims`, read from the dependency parse.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from vigil.extract.lexicon import CHILD_WORDS, CIVILIAN_WORDS, NONSTATE_WORDS

__all__ = ["state_unit"]

#: the formations of a regular army
_FORMATIONS = {"battalion", "brigade", "regiment", "division", "squadron", "platoon", "detachment", "garrison",
               "company", "corps", "flotilla", "fleet", "wing"}
#: arms of service of a regular army
_ARMS = {"infantry", "artillery", "armoured", "armored", "mechanised", "mechanized", "motorised", "motorized",
         "airborne", "cavalry", "paratroop", "parachute", "tank", "engineer", "engineering", "signals", "rifle",
         "commando", "marine", "naval", "air", "mountain", "logistics"}
#: the names of a state's guard or police bodies end in ("the X Border Police", "the National Guard")
_FORCE_HEADS = {"police", "gendarmerie", "guard", "guards", "constabulary"}
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$",
                      re.IGNORECASE)
#: words that make a formation an armed group's ("the 3rd Brigade of the rebel army")
_ARMED_GROUP = NONSTATE_WORDS | {"rebel", "insurgent", "militia", "liberation", "resistance", "jihadist", "islamic",
                                 "martyrs", "martyr", "revolutionary", "front", "movement"}


def state_unit(tokens: list[Token]) -> bool:
    """Whether the victim phrase names its people as members of a numbered formation or one of an arm of service,
    with no word of an armed group's or of civilians."""
    # (the body the phrase's noun is "of": "members of the 45th Infantry Battalion")
    bodies = [x for t in tokens for p in t.children if p.dep_ == "prep" and p.lower_ == "of" and p.i not in own
              for x in p.subtree] if (own := {t.i for t in tokens}) else []
    words = tokens + bodies
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    if lemmas & (_ARMED_GROUP | CIVILIAN_WORDS | CHILD_WORDS):
        return False
    if any(x.dep_ == "pobj" and x.head.head.i in own and x.lower_ in _FORCE_HEADS for x in bodies):
        return True         # "members of the Border Guard Police": a guard or police body
    for t in words:
        if t.lemma_.lower() not in _FORMATIONS and t.lower_ not in _FORMATIONS:
            continue
        mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nummod", "nmod") and c.i < t.i]
        mods += [x for c in mods for x in c.children if x.dep_ in ("amod", "compound", "nummod") and x.i < t.i]
        if any(_ORDINAL.match(m.text) or m.lower_ in _ARMS for m in mods):
            return True
    return False
