"""Who the victims of a figure are: the category a victim phrase names (spec, "Victims"), a person named
under a role noun, and the category a bare victim noun of the clause gives its unqualified figures.

Sentence-level helpers of :mod:`vigil.extract.figures`; nothing here looks outside the sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from vigil.extract.attacked_group import attacked_group
from vigil.extract.colon_victims import colon_continued
from vigil.extract.lexicon import (
    CHILD_WORDS,
    CIVILIAN_WORDS,
    COMMUNITY_HEADS,
    COMMUNITY_WORDS,
    DEMOGRAPHIC_WORDS,
    FIGHTER_WORDS,
    NONSTATE_WORDS,
    OUTCOME_VERBS,
    PEOPLE_WORDS,
    SINGLE_PERSON_WORDS,
    STATE_MODIFIERS,
    STATE_WORDS,
    VAGUE_PLURALS,
)
from vigil.extract.owned_victims import owner_status
from vigil.extract.person_tokens import person_name
from vigil.extract.state_units import state_unit
from vigil.extract.victim_roles import (
    apposed_body,
    armed_cell,
    armed_persons,
    fights_for_state,
    insurgent_army,
    listed_with,
    nonstate_forces,
    own_tokens,
    role_words,
    speaking_body,
    termed_group,
    unarmed,
)

if TYPE_CHECKING:
    from vigil.extract.figures import Figure


def category_of(tokens: list[Token]) -> tuple[str, bool, list[str], list[str]]:
    """(category, explicit, groups, demographic) from the words of a victim phrase."""
    tokens = own_tokens(tokens)
    body = apposed_body(tokens) if tokens else None
    if body is not None:                # "members of the X Guard, an unarmed community protection body"
        status = "civilians" if unarmed(body) else "state_forces" if fights_for_state(body) else None
        if status is not None:
            _cat, _explicit, groups, demo = _category_of(tokens)
            return status, True, groups, demo
    if _fighting_for_state(tokens) or state_unit(tokens):
        # "30 volunteers fighting alongside the army", "members of the 45th Infantry Battalion": the state's
        _cat, _explicit, groups, demo = _category_of(tokens)
        return "state_forces", True, groups, demo
    termed = termed_group(tokens) if tokens else None
    if termed:                          # "13 'khwarij', a term the state uses for militants"
        cat, explicit, groups, demo = _category_of(termed)
        if explicit and cat != "people":
            return cat, True, groups, demo
    return _category_of(tokens + listed_with(tokens))


#: a body the state arms or backs: its members fight for the state (spec: militias fighting for the state)
_STATE_BACKED = re.compile(r"\b(?:government|state|army|military|pro-government)\s?-?\s?(?:backed|allied|sponsored|"
                           r"supported|aligned|armed|funded)\b|\bpro\s?-\s?(?:government|regime|army|junta)\b")
#: auxiliaries that fight beside a state's forces, named as such ("the VDP", "vigilantes", "CJTF members")
_STATE_AUXILIARY = re.compile(r"\b(?:VDP|CJTF|vigilantes?|vigilance\s+committees?|Civilian\s+Joint\s+Task\s+Force|"
                              r"(?:self-)?defen[cs]e\s+volunteers?|"
                              r"Volunteers\s+for\s+the\s+Defen[cs]e\s+of\s+the\s+Homeland|Community\s+Protection\s+"
                              r"Guards?|Wazalendo)\b", re.IGNORECASE)
_BACKED_BODIES = {"militia", "militias", "vigilante", "vigilantes", "vigilance", "committee", "group", "force", "guard",
                  "guards", "militiaman", "militiamen", "fighter", "member", "volunteer", "volunteers", "auxiliary"}
#: bodies of civilians whose members are civilians ("council members", "members of a farmers' union")
_CIVIL_BODIES = {"council", "parliament", "assembly", "union", "association", "church", "congregation", "board",
                 "club", "family", "chamber", "cooperative", "senate", "municipality", "staff", "faculty", "choir",
                 "collective", "ngo", "charity", "foundation", "crew"}


_FIGHT_VERBS = {"fight", "serve", "battle", "combat"}
_SIDING = {"loyal", "allied", "aligned"}
_STATE_SIDES = {"government", "army", "military", "state", "regime", "junta", "troop", "police", "authority"}


def _fighting_for_state(tokens: list[Token]) -> bool:
    """The phrase's noun described by a clause saying it fights for the state ("volunteers fighting alongside
    the army", "local men who serve with the military")."""
    own = {t.i for t in tokens}
    return any((c.dep_ in ("acl", "relcl") and c.i not in own and c.lemma_.lower() in _FIGHT_VERBS
                and fights_for_state(list(c.subtree))) or (c.lower_ in _SIDING and any(   # "loyal to the government"
                    p.dep_ == "prep" and p.lower_ in ("to", "with") and any(
                        x.dep_ == "pobj" and x.lemma_.lower() in _STATE_SIDES for x in p.children) for p in c.children))
               for t in tokens if t.pos_ in ("NOUN", "PROPN") for c in t.children)


def _category_of(tokens: list[Token]) -> tuple[str, bool, list[str], list[str]]:
    lemmas = [t.lemma_.lower() for t in tokens]
    lows = [t.text.lower() for t in tokens]
    demo = sorted({DEMOGRAPHIC_WORDS[w] for w in lemmas + lows if w in DEMOGRAPHIC_WORDS})
    groups = [t.text for t in tokens if t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ", "NOUN")
              and t.dep_ in ("amod", "compound", "nmod") and t.head.i > t.i and t.i > 0
              and t.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "PERSON") and "-" not in t.text]
    words = set(lemmas) | set(lows)
    text = " ".join(lows)
    if len(tokens) == 1 and tokens[0].lower_ in ("them", "whom"):
        said = _said_of_them(tokens[0])
        if said is not None:            # "14 people, 11 of them children" (the noun parsed as a conjunct)
            return category_of([*(x for x in said.lefts if x.dep_ in ("amod", "compound")), said])
        before = _antecedent(tokens[0])
        if before is not None:          # "pursued the attackers and killed three of them"
            return category_of([*(x for x in before.lefts if x.dep_ in ("amod", "compound")), before])
    words |= _implied_words(tokens, lows)
    if "locals" not in lows and words & (NONSTATE_WORDS | _MILITIA_WORDS):
        words.discard("local")          # "local militia members": where they are from, not that they are locals
    owned_by = owner_status(tokens, category_of)
    if owned_by is not None:            # "the gang leader and 12 of his lieutenants": the leader's side
        return owned_by, True, groups, demo
    owned = next((t for t in tokens if t.lower_ == "men" and (any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children) or (
        t.dep_ == "dobj" and t.head.lemma_.lower() == "lose"))), None)    # ("the army said it lost six men")
    if owned is not None:               # "the group said four of its men died": the men of the body speaking
        owner = speaking_body(_clause_subject(owned))
        if owner is not None and (owner.lemma_.lower() in STATE_WORDS | {"ministry", "government"}) and not (
                _armed_body_owns(owned)):
            return "state_forces", True, groups, demo
        if _named_group_speaks(owned) or _armed_body_owns(owned) or (owner is not None and (
                owner.lemma_.lower() in NONSTATE_WORDS or owner.lower_ in _ARMED_BODIES)):
            return "non_state_fighters", True, groups, demo
    # the members of a body named in the plural ("seven Guards members"): the body's noun
    words |= {t.lower_[:-1] for t in tokens if t.pos_ == "PROPN" and t.lower_.endswith("s") and t.lower_[:-1] in STATE_WORDS
              and t.dep_ == "compound" and t.head.lemma_.lower() in FIGHTER_WORDS}
    if words & {"pow", "pows"} or any(t.lemma_.lower() in ("prisoner", "captive") and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(x.lower_ == "war" for x in p.children) for p in t.children)
            for t in tokens):
        return "state_forces", True, groups, demo      # prisoners of war: a state's soldiers held by the enemy
    if armed_persons(tokens) and not words & (STATE_WORDS | NONSTATE_WORDS | CIVILIAN_WORDS):
        return "combatants", True, groups, demo        # "three armed men were killed": fighters of no said side
    roles = role_words(tokens)
    if "former" in roles:               # "former rebels who laid down their arms": no longer fighters
        return "civilians", True, groups, sorted(demo)
    if "civilian_guard" in roles:       # "a school guard", "a bank guard": not the state's post
        words -= {"guard", "security", "private"}     # ("a private security guard": no rank)
        words.add("civilian")
    words |= roles & {"civilian"}
    if any(t.lemma_.lower() in ("resident", "native", "inhabitant") and t.dep_ == "appos" and any(
            p.dep_ == "prep" and p.lower_ == "of" for p in t.children) for t in tokens) and words & (
            STATE_WORDS | NONSTATE_WORDS):
        words -= {"resident", "native", "inhabitant"}   # "Captain X, 27, a resident of Y": where he lived, not his status
    if any(t.lower_ == "paramilitary" and t.head.lemma_.lower() in STATE_WORDS for t in tokens):
        words -= {"paramilitary"}       # "a paramilitary ranger", "paramilitary police": the state's
    ranked = {t.lemma_.lower() for t in tokens if t.lemma_.lower() in _RANKS and any(
        c.dep_ in ("amod", "compound") and (c.lemma_.lower() in NONSTATE_WORDS | {"militia"} or c.lower_ in NONSTATE_WORDS)
        for c in t.children)} | _group_ranks(tokens)
    if ranked:                          # "a militant commander", "a rebel officer", "a militia leader": a rank in
        words -= ranked                 # an armed group, not the state's
        words.add("militant")
    if nonstate_forces(tokens):         # "members of local resistance forces"
        words -= {"force", "forces"}
        words.add("militant")
    has_child = bool(words & CHILD_WORDS) or bool(re.search(r"\b(?:[1-9]|1[0-7])\s?-?\s?years?\s?-?\s?old\b", text))
    if not has_child and not words & {"civilian", "civilians", "resident", "villager"} and insurgent_army(tokens):
        return "non_state_fighters", True, groups, demo   # "soldiers of the X Liberation Army": its fighters
    state = bool(words & STATE_WORDS) or ("security" in words and bool(words & {"force", "personnel", "member"}))
    if state and words & {"police", "army", "military", "security"} and not (
            words & (_STATE_MEMBERS | {"member", "operative", "police"})) and not any(
            t.lemma_.lower() in ("military", "army", "security") and any(c.dep_ == "nummod" for c in t.children)
            for t in tokens) and not any(t.lower_ in ("men", "man") and any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("security", "army", "military") for c in t.children)
            for t in tokens):       # ("18 military and X personnel": the body's members counted; "security men")
        state = False
    if "official" in words and not words & {"security", "police", "military", "army"}:
        state = False
    if state and words & {"commander", "leader", "member", "chief", "head"} and words & _ARMED_BODIES:
        state = False               # "a commander of the group's battalion": the group is not the state's
        words.add("militant")
    nonstate = bool(words & NONSTATE_WORDS)
    fighters = bool(words & FIGHTER_WORDS)
    if fighters and not state and not nonstate and armed_cell(tokens):
        nonstate = True             # "presumed members of a criminal cell"
    if fighters and not state and not nonstate:
        mods = [t for t in tokens if t.lemma_.lower() in FIGHTER_WORDS]
        side = any(c.dep_ in ("amod", "compound", "nmod", "poss") and (
            c.text.lower().startswith("pro-") or c.ent_type_ in ("NORP", "ORG") or c.pos_ == "PROPN"
            or (c.dep_ == "compound" and len(c.text) >= 2 and c.text.isupper()))     # "22 ISWAP fighters"
            for m in mods for c in m.children) or any(
            p.dep_ == "prep" and p.lower_ in ("in", "of", "with", "from") and any(
                x.dep_ == "pobj" and (x.ent_type_ in ("ORG", "NORP") or x.pos_ == "PROPN"
                                      or x.lemma_.lower() in _ARMED_BODIES)      # "fighters from X-backed factions"
                for x in p.children)
            for m in mods for p in m.children) or bool(re.search(r"\bpro ?- ?\w", text)) or any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") and (_named_group_speaks(m) or _armed_body_owns(m))
            for m in mods for c in m.children) or any(
            c.dep_ in ("amod", "compound") and c.lower_ in _KIN_SIDES for m in mods for c in m.children)
        # "a fighter in the X Front", "five of its fighters", "tribal fighters" (a tribe's or a clan's side)
        gov = words & STATE_MODIFIERS
        body = {t.lemma_.lower() for t in tokens if t.ent_type_ == "ORG"}
        if gov and any(c.lemma_.lower() in STATE_MODIFIERS for m in mods for c in m.children):
            state = True
        elif "member" in words and body & (STATE_WORDS | _STATE_BODIES):
            state = True    # "a member of the Ministry of Defence", "a member of the X Protection Guards"
        elif side or ("member" in words and any(t.ent_type_ == "ORG" for t in tokens)):
            nonstate = True
    if has_child:
        return "civilians", True, groups, demo
    if _STATE_AUXILIARY.search(text) and not re.search(r"\b(?:civilians?|residents?|villagers?|people)\b",
                                                         _STATE_AUXILIARY.sub(" ", text)):
        return "state_forces", True, groups, demo    # "two vigilantes", "12 VDP": auxiliaries of the state's forces
    if _STATE_BACKED.search(text) and words & _BACKED_BODIES:
        return "state_forces", True, groups, demo    # "a government-backed vigilance committee": for the state
    if "member" in words and words & _CIVIL_BODIES and not (state or words & NONSTATE_WORDS or armed_cell(tokens)):
        return "civilians", True, groups, demo       # "municipal council members", "members of a farmers' union"
    if state and nonstate and re.search(r"\bloyal to (?:them|it|the (?:regime|government|army))|\ballied|"
                                        r"\bpro-(?:regime|government)", text):
        return "state_forces", True, groups, demo    # militias fighting for the state
    if state and nonstate and words & NONSTATE_WORDS <= _MILITIAMEN and _listed_with_troops(tokens):
        return "state_forces", True, groups, demo    # "53 soldiers and militiamen" killed together: one side
    if (state or nonstate or (fighters and words & {"fighter", "combatant"})) and _of_both_sides(tokens) and not (
            words & {"civilian", "civilians", "resident", "villager"}):
        return "combatants", True, groups, demo      # "6,500 soldiers on both sides": fighters of the two together
    if state and nonstate and not words & {"civilian", "civilians", "resident", "villager"}:
        return "combatants", True, groups, demo
    if (state or nonstate or (fighters and words & {"fighter", "combatant"})) and (
            words & {"civilian", "civilians", "resident", "villager"}):
        return "people", True, groups, demo          # "combatants and civilians" counted together
    if state:
        return "state_forces", True, groups, demo
    if nonstate:
        return "non_state_fighters", True, groups, demo
    if fighters and words & {"fighter", "combatant"}:
        return "combatants", True, groups, demo
    if words & CIVILIAN_WORDS and not words & {"official"}:
        return "civilians", True, groups, demo
    if "official" in words and _civil_office(tokens):
        return "civilians", True, groups, demo      # "an official of the education ministry": a civil post
    return "people", False, groups, demo


_MILITIA_WORDS = {"militia", "militias", "fighter", "fighters", "combatant", "combatants"}
_MILITIAMEN = {"militiaman", "militiamen", "mercenary", "mercenaries"}    # (who fight beside the troops)
#: ranks a named armed group gives its men ("a Kessan Front commander", "a senior Tarvo leader")
_GROUP_RANKS = {"commander", "leader", "commandant", "chief", "emir"}
#: the state's forces by their usual acronyms, whose commanders are the state's
#: what makes a leader a community's or a civil body's ("a Kachin community leader", "a Tarvo opposition leader")
_CIVIL_HEADS = COMMUNITY_WORDS | {"religious", "political", "opposition", "party", "student", "youth", "union",
                                  "church", "civic", "civil", "business", "women", "social", "local", "spiritual"}
_STATE_ACRONYMS = {"idf", "irgc", "fardc", "endf", "saf", "kdf", "updf", "fanci", "fama", "nato"}


def _group_ranks(tokens: list[Token]) -> set[str]:
    """The rank words of a rank held in a group named by its own name ("a Hamas commander", "an ISWAP leader",
    "the Islamic Jihad commander"): not a demonym ("an Israeli commander": the state's), a place, a person or a
    state body ("an Army commander", "the IDF commander")."""
    out: set[str] = set()
    for t in tokens:
        if t.lemma_.lower() not in _GROUP_RANKS or any(
                c.dep_ in ("compound", "amod") and c.lower_ in _CIVIL_HEADS for c in t.children):
            continue        # ("a Kachin community leader", "a Tarvo village chief": a community's)
        for c in t.children:
            if c.dep_ not in ("compound", "nmod") or c.i > t.i or not (
                    c.pos_ == "PROPN" or c.ent_type_ == "ORG" or re.fullmatch(r"[A-Z][A-Z0-9-]+", c.text)):
                continue
            name = [x for x in c.subtree if x.i < t.i]
            acronym = re.fullmatch(r"[A-Z][A-Z0-9-]+", c.text) is not None and any(ch.isdigit() for ch in c.text)
            if any((x.ent_type_ in ("GPE", "NORP", "LOC", "PERSON", "FAC") and not acronym) or x.lower_ in _STATE_ACRONYMS
                   or x.lemma_.lower() in STATE_WORDS | STATE_MODIFIERS | _STATE_BODIES for x in name):
                continue
            out.add(t.lemma_.lower())
    return out
#: qualifiers of an official that are no body of a civil office ("a senior official", "a security official")
_NO_OFFICE = STATE_MODIFIERS | STATE_WORDS | {"senior", "top", "junior", "high", "high-ranking", "local", "former",
                                              "unnamed", "other", "one"}


_OFFICES = {"ministry", "commission", "council", "municipality", "department", "office", "agency", "court",
            "parliament", "assembly", "party", "district", "county", "municipal"}


def _civil_office(tokens: list[Token]) -> bool:
    """"an official of the education ministry", "a district official", "two electoral commission officials": an
    official named by the civil body or office they serve (a non-combatant post), not a bare "official"."""
    for t in tokens:
        if t.lemma_.lower() != "official":
            continue
        quals = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.is_alpha]
        quals += [x for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children if x.dep_ == "pobj"]
        quals = [x for q in quals for x in q.subtree if x.is_alpha and x.dep_ not in ("det", "prep", "case")]
        lemmas = {q.lemma_.lower() for q in quals}
        if any(q.ent_type_ in ("ORG", "NORP", "PERSON") or q.pos_ == "PROPN" for q in quals) and not lemmas & _OFFICES:
            continue        # ("a Hamas official": a named group's, whose side the name may say)
        if quals and not lemmas & (STATE_MODIFIERS | STATE_WORDS | NONSTATE_WORDS | {"defence", "defense"}) \
                and any(q.lower_ not in _NO_OFFICE for q in quals):
            return True
    return False
#: ranks and posts of any armed body ("commander", "officer"): whose they are, the words on them say
_RANKS = {"commander", "officer", "leader", "chief", "commandant", "general", "colonel", "lieutenant", "captain",
          "major", "sergeant", "head"}
#: words of a state body's name ("the Ministry of Defence", "the Interior Ministry")
_STATE_BODIES = {"ministry", "defence", "defense", "interior", "government", "gendarmerie", "guards", "corps"}
#: the state's members by their post ("soldier", "ranger", "jawan"), not its bodies ("army", "the security")
_STATE_MEMBERS = STATE_WORDS - {"army", "military", "security", "official", "gendarmerie"}


def _of_both_sides(tokens: list[Token]) -> bool:
    """"soldiers on both sides", "fighters from both sides": the victims' noun counts the two sides together."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "from", "of") and any(
        x.lower_ == "sides" and any(d.lower_ in ("both", "all", "two") for d in x.children) for x in c.children)
        for t in tokens for c in t.children)


def _listed_with_troops(tokens: list[Token]) -> bool:
    """"soldiers and militiamen", one counted list of the state's troops and the militiamen beside them (not
    fighters of two sides set against each other: "clashes between soldiers and militiamen")."""
    if any(t.lower_ in ("between", "against", "both") for t in tokens):
        return False
    return any(t.dep_ == "conj" and {t.lemma_.lower(), t.head.lemma_.lower()} & _MILITIAMEN and (
        {t.lemma_.lower(), t.head.lemma_.lower()} & STATE_WORDS) for t in tokens)


_AGES = re.compile(r"^\s*,?\s*(?:aged|ages)\s+(\d{1,3})((?:\s*(?:,|and|to|-|–)\s*\d{1,3})*)")


#: kin named as one person ("his nephew, a student"): what a phrase set beside them says is their status
_KIN = {"son", "daughter", "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather",
        "grandmother", "father-in-law", "brother-in-law", "son-in-law", "stepson", "stepfather", "fiancé", "fiance"}
_KIN_SIDES = {"tribal", "tribe", "clan", "clan's", "tribe's"}
_ARMED_BODIES = {"group", "group's", "militia", "militia's", "faction", "rebels", "insurgents", "cell", "gang", "cartel",
                 "movement", "front"}
_CATEGORY_WORD = {"civilians": "civilian", "state_forces": "soldier", "non_state_fighters": "militant",
                  "combatants": "combatant"}
_COMPOUND_BASES = {w for w in CIVILIAN_WORDS | STATE_WORDS if len(w) >= 5 and w.isalpha()}
_BESIDE_TOKENS = 30
# "only five were killed, all of them members of the X Front": the group the figure is restated as
_ALL_OF_THEM = re.compile(r"^[^,;.:\"“”]{0,60}?,\s*(?:all|both)\s+(?:of\s+)?(?:them|whom)\s+(?:were\s+|are\s+)?")


def _implied_words(tokens: list[Token], lows: list[str]) -> set[str]:
    """Lexicon words a victim phrase implies without writing them: the person noun a compound ends with
    ("schoolteacher", "coastguard"), what a phrase beside it says ("her brother, a waiter" -> "civilian"; "his
    daughters, aged 8 and 11" -> "child"), a community leader ("the village head" -> "leader")."""
    out = {w[k:] for w in lows if len(w) > 7 and w.isalpha() for k in range(3, len(w) - 4) if w[k:] in _COMPOUND_BASES}
    beside = _described_beside(tokens) if tokens else None
    if beside is not None:
        out.add(beside)
    if any(_community_leader(t) for t in tokens):
        out.add("leader")
    if any(t.lemma_.lower() in PEOPLE_WORDS and t.pos_ == "NOUN" and any(
            p.dep_ == "prep" and p.lower_ == "from" and any(
                x.dep_ == "pobj" and x.lemma_.lower() in _HOME_PLACES for x in p.children) for p in t.children)
           for t in tokens):
        out.add("villager")     # "a fourth man from the village": one of its people
    return out


#: the places whose people are named as coming from them ("a man from the village")
_HOME_PLACES = {"village", "hamlet", "settlement", "neighbourhood", "neighborhood"}    # (not "the X community": a people)


def _community_leader(t: Token) -> bool:
    """"the village head", "a traditional leader", "the chief of the clan": the leader of a community."""
    return t.lemma_.lower() in COMMUNITY_HEADS and any(
        (c.dep_ in ("compound", "amod", "nmod") and c.lower_ in COMMUNITY_WORDS)
        or (c.dep_ == "prep" and c.lower_ == "of" and any(x.dep_ == "pobj" and x.lemma_.lower() in COMMUNITY_WORDS
                                                          for x in c.children))
        for c in t.children)


def _said_of_them(pronoun: Token) -> Token | None:
    """The noun right after "N of them" that says what the N are ("11 of them children"), where the parser made it
    a conjunct or apposition of the number rather than its predicate."""
    doc = pronoun.doc
    nxt = doc[pronoun.i + 1] if pronoun.i + 1 < len(doc) else None
    num = pronoun.head.head if pronoun.head.dep_ == "prep" else None
    if nxt is None or num is None or nxt.pos_ != "NOUN" or nxt.dep_ not in ("conj", "appos") or nxt.head.i != num.i:
        return None
    return nxt


def _antecedent(pronoun: Token) -> Token | None:
    """The uncounted plural noun "them" refers to, in its sentence: the nearest before it that names people
    of a status ("the police chased the kidnappers and shot two of them"); None where a counted group stands
    between (a figure of its own, whose parts the pronoun's figure are)."""
    for t in reversed(list(pronoun.doc[pronoun.sent.start:pronoun.i])):
        if t.tag_ != "NNS" or t.lower_ in ("dozens", "hundreds", "thousands", "scores", "tens", "millions"):
            continue        # (the count of "dozens of them" is not what "them" refers to)
        if any(c.dep_ == "nummod" or c.like_num for c in t.children):
            return None
        cat, explicit, _g, _d = category_of([*(x for x in t.lefts if x.dep_ in ("amod", "compound")), t])
        return t if explicit and cat != "people" else None
    return None


def _armed_body_owns(tok: Token) -> bool:
    """"the group said three of its fighters were killed", "a strike on a position of the X Front killed three of
    its fighters": the subject of the clause over ``tok`` is an armed body named before ("the group", "the
    militia"), or an armed body is named earlier in the sentence, and no state body is."""
    doc = tok.doc
    for anc in tok.ancestors:
        subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lemma_.lower() in _ARMED_BODIES and any(
                c.lower_ == "the" for c in subj.children):
            return True
    before = doc[:tok.i]
    return any((t.ent_type_ == "ORG" or any(c.dep_ in ("compound", "amod", "nmod") and (   # ("the X armed group")
        c.pos_ == "PROPN" or c.lemma_.lower() in NONSTATE_WORDS | {"armed"}) for c in t.children))
        and t.lemma_.lower() in _ARMED_BODIES | {"front", "army"} for t in before) and not any(
        t.lemma_.lower() in STATE_WORDS | {"government", "ministry"} for t in before)


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the nearest clause over ``tok`` that is neither a pronoun nor the phrase holding ``tok``
    ("X said it had lost five of its fighters", "X said four of its men died": X)."""
    for anc in tok.ancestors:
        subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in ("it", "they", "we") and not (
                subj.left_edge.i <= tok.i <= subj.right_edge.i):
            return subj
    return None


def _named_group_speaks(tok: Token) -> bool:
    """Whether the clause over ``tok`` has a named organisation for its subject ("the Kavor Front announced ...")."""
    subj = speaking_body(_clause_subject(tok))
    if subj is None:
        return False
    if subj.lemma_.lower() in _ARMED_BODIES and any(      # "the X militant group said"
            c.dep_ in ("amod", "compound") and (c.lemma_.lower() in NONSTATE_WORDS or c.ent_type_ == "ORG")
            for c in subj.children):
        return True
    if any(c.dep_ == "poss" and (c.ent_type_ == "ORG" or c.tag_ == "NNP") and c.ent_type_ not in (
            "GPE", "PERSON", "NORP") for c in subj.children):
        return True     # "the X Front's spokesman denied ..."
    return subj.ent_type_ in ("ORG", "NORP") or (subj.pos_ == "PROPN" and subj.ent_type_ not in ("PERSON", "GPE"))


def _described_beside(tokens: list[Token]) -> str | None:
    """What a phrase set beside the victim words says of them, where the victim words leave it out: an age
    under 18 ("his two daughters, aged 8 and 11" -> "child"), or a role in apposition to a person ("her
    brother, a waiter" -> "civilian", "his son, a soldier" -> "soldier")."""
    doc = tokens[0].doc
    inside = {t.i for t in tokens}
    last = max(inside)
    after = doc[last + 1:last + 1 + _BESIDE_TOKENS]     # (what the patterns below read lies just after the words)
    rest = doc[last].whitespace_ + after.text
    restated = _ALL_OF_THEM.match(rest)
    if restated is not None:
        at = after.start_char - len(doc[last].whitespace_) + restated.end()
        group = [t for t in after if t.idx >= at]
        group = group[:next((k for k, t in enumerate(group) if t.is_punct), len(group))]
        if group:
            cat, explicit, _g, _d = category_of(group)
            if explicit and cat != "people":
                return _CATEGORY_WORD.get(cat)
    ages = _AGES.match(rest)
    if ages is not None:
        years = [int(x) for x in re.findall(r"\d+", ages.group())]
        if any(y < 18 for y in years):
            return "child"
    for t in tokens:
        if t.lemma_.lower() not in PEOPLE_WORDS | _KIN or t.tag_ != "NN":
            continue        # one person described ("her brother, a waiter"), not "seven people, a witness said"
        for c in t.children:
            if c.dep_ != "appos" or c.i in inside or c.tag_ != "NN" or not c.is_alpha or any(
                    x.pos_ in ("VERB", "AUX") for x in c.children):
                continue
            if any(p.dep_ == "prep" and p.lower_ in ("of", "with", "in") for p in c.children):
                cat, explicit, _g, _d = category_of([x for x in c.subtree if x.dep_ not in ("det", "punct")])
                if explicit and cat in _CATEGORY_WORD:
                    return _CATEGORY_WORD[cat]  # "his brother, a member of the X Guards", "a soldier in the 3rd"
            role = c.lemma_.lower()
            if role in STATE_WORDS or role in NONSTATE_WORDS or role in FIGHTER_WORDS:
                return role
            if role not in PEOPLE_WORDS and role not in _NOT_PERSONS and c.ent_type_ == "":
                return "civilian"   # a trade or post of a non-combatant ("a tailor", "the headmaster")
    return None


#: outcome nouns that name a status the victims were in, not necessarily the harm a clause reports
_STATUS_OUTCOMES = {"abducted", "detained", "displaced"}
_GENERIC_VICTIM_NOUNS = {"victim", "casualty"}


def harm_over_status(head: Token, triggers: dict[int, str]) -> int | None:
    """The harm a clause reports of people named by their status or as victims: "26 hostages were killed",
    "the gunmen executed five prisoners", "20 hostages who were injured", "35 wounded victims". The token
    of that harm word, or None where the noun's own outcome stands."""
    own = triggers.get(head.i)
    if own is None or (own not in _STATUS_OUTCOMES and head.lemma_.lower() not in _GENERIC_VICTIM_NOUNS):
        return None
    if head.lower_ in OUTCOME_VERBS:
        return None     # a headline's verb parsed as a noun ("12,000 flee"): the figure's own harm, no status
    # not a harm word with a number of its own: "480 casualties — 150 killed and 330 injured —" (a breakdown)
    near = [c for c in head.children if c.dep_ in ("amod", "relcl", "acl") and not any(
        x.like_num and x.dep_ in ("nsubj", "nsubjpass", "nummod", "conj") for x in c.subtree if x.i < c.i)]
    if own in _STATUS_OUTCOMES and head.dep_ in ("nsubjpass", "dobj") and head.head.pos_ == "VERB":
        near.insert(0, head.head)
    verb = head.head
    if own in _STATUS_OUTCOMES and head.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("dobj", "ccomp") for c in verb.children):
        # the harm that befell the subject of an intransitive verb ("six refugees drowned", "three refugees went
        # missing", "two prisoners were found dead"): the verb, or the harm word completing it
        near[:0] = [verb] + [c for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp")
                             or (c.dep_ == "advcl" and c.i == verb.i + 1 and c.tag_ == "VBG")]
    for t in near:
        if t.i in triggers and triggers[t.i] != own and not any(c.dep_ == "neg" for c in t.children):
            return t.i
    return None


def children_of_parent(num: Token) -> bool:
    """"a father of five", "the mother of three": the children a parent has, not a count of victims."""
    return num.dep_ == "pobj" and num.head.lower_ == "of" and num.head.head.lemma_.lower() in (
        "father", "mother", "parent", "grandfather", "grandmother", "grandparent")


def age_after_name(num: Token) -> bool:
    """"Mara Kesh, 52, ...", "Tavo Renel, 7;": a number set off by commas right after a person's name is
    the person's age, not a count."""
    doc = num.doc
    if num.i < 2 or not num.like_num:
        return False
    if doc[num.i - 1].lower_ in ("both", "each", "aged") and doc[num.i - 2].text == "," and (
            num.i + 1 >= len(doc) or doc[num.i + 1].is_punct):
        return True     # "a married couple, both 64, died", "two men, aged 30,": their age
    if doc[num.i - 1].text != ",":
        return False
    name = doc[num.i - 2]
    if name.dep_ in ("pobj", "attr", "dobj") and num.dep_ in ("nsubj", "nsubjpass") and num.head.i > num.i:
        return False    # "... in raids on Olo, six were killed ...", "one was a teacher, one was a nurse": a new
        # clause's subject after a place or after the person an earlier clause names
    # "including girl, 12" (a headline's single person and her age), "a farmer, 45,"
    person_noun = name.tag_ == "NN" and name.lemma_.lower() in SINGLE_PERSON_WORDS | PEOPLE_WORDS
    if not person_noun and (name.tag_ != "NNP" or not (
            name.ent_type_ == "PERSON" or doc[num.i - 3].tag_ == "NNP" if num.i >= 3 else False)):
        return False
    after = doc[num.i + 1] if num.i + 1 < len(doc) else None
    return after is None or after.is_punct or after.lower_ in ("and", "who", "was", "were", "is")


_NOT_PERSONS = {"attack", "strike", "raid", "bombing", "blast", "explosion", "shelling", "village", "town", "city",
                "house", "home", "school", "hospital", "market", "church", "mosque", "camp", "vehicle", "car", "bus",
                "truck", "building", "number", "total", "figure", "toll", "area", "district", "region", "province",
                # bodies that speak or act, not persons ("a local resistance group and residents said")
                "group", "organisation", "organization", "network", "committee", "council", "agency", "ministry",
                "office", "authority", "government", "movement", "association", "coalition", "unit"}
#: weapons, gear and quantities of stuff listed beside the dead ("recovered eight bodies, one rifle and a large
#: quantity of explosives"): never people
THINGS = frozenset({"gun", "rifle", "pistol", "shotgun", "weapon", "firearm", "grenade", "launcher", "rocket", "mortar",
                    "bomb", "device", "explosive", "ammunition", "magazine", "cartridge", "round", "motorcycle",
                    "motorbike", "boat", "drone", "radio", "phone", "uniform", "machine", "knife", "machete", "cache",
                    "quantity", "amount", "kilogram", "kg", "tonne", "ton", "litre", "liter",
                    # livestock driven off in a raid ("2,000 head of cattle", "300 goats")
                    "cattle", "livestock", "goat", "sheep", "camel", "cow", "donkey", "animal",
                    # places people shelter in ("sheltering in 100 accommodation centres")
                    "centre", "center", "facility", "shelter", "site"})
_NOT_PERSONS |= THINGS


def counted_people(c: Token) -> bool:
    """A number of people: "five soldiers", "12 of its men" (a person noun with a number, or a number
    "of" people)."""
    noun = c
    if c.like_num or c.lower_ in VAGUE_PLURALS:      # "hundreds of households", "dozens of residents"
        noun = next((x for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                     if x.dep_ == "pobj"), c)
    elif not any(x.dep_ == "nummod" for x in c.children):
        return False
    lemma = noun.lemma_.lower()
    return lemma in PERSON_NOUNS or noun.lower_ in PERSON_NOUNS or (
        lemma in SINGLE_PERSON_WORDS and noun.tag_ == "NNS")     # "my two sons", "three drivers"


def in_condition(tok: Token) -> bool:
    """"four in serious condition", "two in a critical state": a severity subset of the injured."""
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(
            x.dep_ == "pobj" and x.lemma_.lower() in ("condition", "state") for x in c.children) for c in tok.children):
        return True
    verb = tok.head     # "one was said to be critical", "two were described as serious"
    return tok.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in ("say", "state", "report", "describe") and any(
        x.lower_ in ("critical", "serious") and x.dep_ in ("acomp", "oprd", "pobj", "amod") for x in verb.subtree)


def described_person(c: Token) -> bool:
    """A singular common noun listed among the victims ("including an octogenarian", "a midwife"): a person,
    whatever the noun, unless it names a place, an object or an event."""
    return (c.tag_ == "NN" and c.lemma_.lower() not in _NOT_PERSONS
            and c.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "DATE", "TIME", "NORP"))


def described_role(c: Token) -> bool:
    """"the village chief", "the shop's owner", "the chief of the village": one person a definite phrase
    describes by a role of their own (a bare "the man" may point back at someone already counted)."""
    if c.tag_ != "NN":
        return False
    if any(d.dep_ == "poss" and d.pos_ in ("NOUN", "PROPN") for d in c.children):
        return True
    if c.lemma_.lower() in PERSON_NOUNS and any(d.dep_ == "appos" and d.i <= c.i + 3 and person_name(d) for d in c.children):
        return True         # "shot dead councillor Tami Oro": a role with the person's name set after it
    if not any(d.dep_ == "det" and d.lower_ == "the" for d in c.children):
        return False
    return any(d.dep_ == "compound" and d.pos_ == "NOUN" for d in c.children) or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(x.dep_ == "pobj" and x.pos_ in ("NOUN", "PROPN") for x in p.children)
        for p in c.children) or (c.lemma_.lower() in _ONE_HOLDER and any(d.dep_ == "amod" for d in c.children))


#: offices one person holds in a place or a body: "the local imam", "the former mayor" describe one person
_ONE_HOLDER = {"imam", "pastor", "priest", "chief", "headman", "mayor", "governor", "judge", "commissioner",
               "administrator", "councillor", "councilor", "prefect", "sheriff", "bishop", "emir", "sultan"}


def one_of_persons(c: Token) -> bool:
    """"one of the guards", "one of his sons": one person out of a group of people the phrase names."""
    if c.lower_ != "one":
        return False
    group = next((x for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                  if x.dep_ == "pobj"), None)
    return group is not None and group.tag_ == "NNS" and (
        group.lemma_.lower() in PERSON_NOUNS or group.lower_ in PERSON_NOUNS)


PERSON_NOUNS = (CIVILIAN_WORDS | STATE_WORDS | NONSTATE_WORDS | FIGHTER_WORDS | PEOPLE_WORDS) - {
    "life", "body", "death", "casualty", "fatality", "force", "security", "military", "army", "police"}


NAME_TITLES = {"journalist", "reporter", "photographer", "cameraman", "leader", "activist", "priest", "imam",
               "pastor", "lawyer", "doctor", "nurse", "medic", "paramedic", "teacher", "farmer", "student",
               "commander", "soldier", "officer", "policeman", "captain", "colonel", "general", "lieutenant",
               "sergeant", "corporal", "chief", "elder", "mayor", "councillor", "councilor", "judge", "cleric",
               "rescuer", "volunteer"}


#: verbs whose subject is the one who died ("X died", "X fell", "X embraced martyrdom", "X lost his life")
_DIED_VERBS = frozenset({"die", "perish", "fall", "embrace", "attain", "succumb", "lose"})
#: displacement verbs whose object is a place, never the displaced ("left X for Y", "reached X from Y")
_PLACE_OBJECT_VERBS = frozenset({"leave", "reach", "flee", "arrive"})


def named_victim(c: Token, verb: Token) -> bool:
    """"Gunmen shot dead Aro Tesh Malan", "Kessa Obi, a 40-year-old farmer, was abducted": a person named by a
    full name (or by one name with a description set beside it) as the one the harm verb was done to."""
    first = c
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head          # "arrested Aro Tesh and Kessa Obi": each named member of the list
    if not person_name(c):
        return False
    if verb.pos_ == "NOUN" and first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.i == verb.i:
        # "the body of Pedro Alcantara", "the abduction of Tami Oro": the person the harm noun is of
        return not any(d.dep_ == "poss" for d in c.children) and any(
            d.dep_ == "compound" and d.tag_ == "NNP" and person_name(d) for d in c.children)
    if first.head.i != verb.i or verb.pos_ != "VERB":
        return _named_among(first, verb) and not any(d.dep_ == "poss" for d in c.children)
    if verb.lemma_.lower() in _PLACE_OBJECT_VERBS:
        return False        # "have reached El Obeid", "fled Tarvo": a place the parser took for a person
    if not (first.dep_ in ("dobj", "nsubjpass") or (first.dep_ == "nsubj" and verb.lemma_.lower() in _DIED_VERBS)):
        return False
    if any(d.dep_ == "poss" for d in c.children):
        return False        # "Aro Tesh's brother"
    return any(d.dep_ == "compound" and d.tag_ == "NNP" and person_name(d) for d in c.children) or any(
        d.dep_ == "appos" and (d.tag_ == "NN" or d.like_num) for d in c.children)


def _named_among(first: Token, trig: Token) -> bool:
    """"Among the dead was Dawit", "Jon Tesh, 34, was among those killed": a name the copula sets among the
    group the harm word names."""
    group = trig.head if trig.dep_ in ("acl", "amod") else trig
    verb = first.head
    return (first.dep_ in ("nsubj", "attr") and verb.lemma_.lower() == "be" and group.dep_ == "pobj"
            and group.head.lower_ == "among" and group.head.head.i == verb.i)


def demonym_person(c: Token) -> bool:
    """"killed a Palestinian", "an Israeli was wounded", "another Ukrainian": one person named by a nationality
    (or a people's name) and an article."""
    return c.ent_type_ == "NORP" and c.tag_ in ("NNP", "NN") and c.dep_ in ("dobj", "nsubjpass", "nsubj", "conj") \
        and any(d.dep_ == "det" and d.lower_ in ("a", "an", "another") for d in c.children) \
        and not any(d.dep_ in ("compound", "amod") and d.pos_ in ("NOUN", "PROPN") for d in c.children)


def shot_dead(t: Token) -> bool:
    """The "dead" of "shot dead Aro Tesh" that the parser hangs on the victim."""
    return t.dep_ == "amod" and t.lower_ == "dead" and t.i > 0 and t.doc[t.i - 1].pos_ == "VERB" and t.head.i > t.i


def titled_name(c: Token) -> Token | None:
    """"journalist Mara Kesh", "community leader Tavo Renel": a person's name after a role noun; the first
    word of the title, or None."""
    if c.tag_ not in ("NNP", "NNPS") or not (c.ent_type_ in ("PERSON", "") or person_name(c)):
        return None
    left = [x for x in c.lefts if x.dep_ == "compound"]
    role = next((x for x in left if x.lemma_.lower() in NAME_TITLES and (x.tag_ == "NN" or x.i == 0)), None)
    if role is None:
        return None
    if not all(x.tag_ == "NNP" for x in c.doc[role.i + 1:c.i]):
        return None
    start = role
    while start.i > 0 and c.doc[start.i - 1].dep_ in ("compound", "amod") and c.doc[start.i - 1].tag_ in ("NN", "JJ") \
            and c.doc[start.i - 1].head.i in (role.i, c.i):
        start = c.doc[start.i - 1]
    return start


def bare_victim_category(figures: list[Figure], triggers: dict[int, str], doc: Doc) -> None:
    """"Herders were killed when raiders burned camps ..., which led to the death of 13 people": a bare plural
    victim noun (no amount) under an outcome verb of the sentence says who its unqualified figures are."""
    heads = {f.head for f in figures}
    cats: dict[str, set[int]] = {}
    for i in triggers:
        tok = doc[i]
        if tok.pos_ != "VERB":
            continue
        for c in tok.children:
            if (c.dep_ in ("nsubjpass", "dobj") and c.tag_ == "NNS" and c.i not in heads and not any(
                    x.dep_ in ("nummod", "det", "poss") or (x.dep_ == "amod" and x.is_alpha) or x.like_num
                    for x in c.children) and not any(     # (a second subject beside a counted one: a misparse,
                    x.dep_ == c.dep_ and x.i in heads for x in tok.children)):   # "which police blamed on X, 19 ...")
                cat, explicit, _g, _d = category_of([c])
                if explicit and cat != "people":
                    # its clause, without the clauses conjoined to it ("..., and 5 people died")
                    own = {t.i for t in tok.subtree} - {t.i for x in tok.children if x.dep_ == "conj"
                                                        for t in x.subtree}
                    cats.setdefault(cat, set()).update(own)
    if len(cats) != 1:
        colon_continued(figures, doc, category_of)     # "Soldiers have been targeted: at least 27 have died"
        attacked_group(figures, doc, category_of)      # "an attack on Fulani herders, resulting in 32 deaths"
        return
    cat, own = cats.popitem()
    for f in figures:
        if not f.category_explicit and f.parent is None and f.head in own:
            f.category = cat
