"""Word lists the extractor's rules use: outcome triggers, victim words, actors, attribution verbs.

Kept apart from the rules so they can be read, reviewed and extended without touching logic.
All entries are lower-case lemmas unless said otherwise.
"""

from __future__ import annotations

import re

# --- outcomes -------------------------------------------------------------------------------------

#: verb lemmas -> outcome
OUTCOME_VERBS: dict[str, str] = {
    "kill": "killed", "die": "killed", "execute": "killed", "massacre": "killed", "slaughter": "killed",
    "murder": "killed", "slay": "killed", "perish": "killed", "behead": "killed", "assassinate": "killed",
    "martyr": "killed", "eliminate": "killed", "neutralise": "killed", "neutralize": "killed",
    "shoot": "killed", "lynch": "killed", "burn": "killed", "bury": "killed",
    "injure": "injured", "wound": "injured", "hurt": "injured", "maim": "injured", "hospitalise": "injured",
    "hospitalize": "injured",
    "abduct": "abducted", "kidnap": "abducted", "seize": "abducted",
    "detain": "detained", "arrest": "detained", "jail": "detained", "imprison": "detained",
    "apprehend": "detained",
    "displace": "displaced", "flee": "displaced", "uproot": "displaced", "evacuate": "displaced",
    "disappear": "missing",
    "drown": "killed", "electrocute": "killed", "suffocate": "killed",
    "strangle": "killed", "throttle": "killed", "decapitate": "killed", "incinerate": "killed",
    "incarcerate": "detained",
    "vanish": "missing",
}
#: verbs that only count as outcomes with a particular particle/complement (handled in rules)
SHOOT_DEAD = {"shoot"}  # "shot dead" -> killed; "shot" alone -> injured unless "dead"
WEAK_VERBS = {"shoot", "burn", "bury", "seize", "evacuate"}
#: nouns of a body of any kind ("the group", "the organisation", "the network"): a description that may
#: stand for any named body ("the doctors' group" for "X Doctors Network")
GENERIC_BODY_NOUNS = {"group", "organisation", "organization", "body", "network", "movement", "coalition", "alliance",
                      "outfit"}
#: groups named by their harm alone ("the dead", "the victims", "those killed"): the report's figure of that harm
HARM_GROUP_WORDS = {"dead", "victim", "victims", "deceased", "injured", "wounded", "fatality", "fatalities", "those"}
#: verbs that detain people only where their object is people ("captured five members", not "captured the town")
HOLD_VERBS = {"capture"}

#: noun lemmas -> outcome
OUTCOME_NOUNS: dict[str, str] = {
    "death": "killed", "dead": "killed", "fatality": "killed", "toll": "killed", "body": "killed",
    "corpse": "killed", "corpses": "killed", "killing": "killed", "victim": "killed", "life": "killed", "deceased": "killed",
    "remains": "killed", "murder": "killed", "assassination": "killed", "execution": "killed", "homicide": "killed",
    "femicide": "killed",
    "martyrdom": "killed", "martyr": "killed",     # translated copy: "led to the martyrdom of 7 citizens"
    "injury": "injured", "injured": "injured", "wounded": "injured", "wound": "injured", "burns": "injured",
    "wounding": "injured",     # translated copy: "led to the martyrdom of 12 and the wounding of 30 others"
    "casualty": "casualties",
    "missing": "missing",
    "hostage": "abducted", "captive": "abducted", "abductee": "abducted", "kidnapping": "abducted",
    "abduction": "abducted",
    "disappearance": "missing",     # "the disappearance of 14 activists"
    "beheading": "killed", "slaying": "killed", "lynching": "killed",
    "kidnap": "abducted", "imprisonment": "detained", "jailing": "detained", "incarceration": "detained",
    "detainee": "detained", "arrest": "detained", "prisoner": "detained", "detention": "detained",
    "pow": "detained", "pows": "detained",
    "refugee": "displaced", "displacement": "displaced", "idp": "displaced", "evacuee": "displaced",
}
#: adjectives (as complements or modifiers) -> outcome
OUTCOME_ADJS: dict[str, str] = {
    "dead": "killed", "injured": "injured", "wounded": "injured", "hurt": "injured", "missing": "missing",
    "displaced": "displaced", "homeless": "displaced", "killed": "killed", "captive": "abducted",
    "unaccounted": "missing", "lifeless": "killed", "deceased": "killed", "slain": "killed", "murdered": "killed",
    "abducted": "abducted", "kidnapped": "abducted", "detained": "detained", "arrested": "detained",
}
#: multi-word outcome phrases matched on the raw sentence (regex, case-insensitive) -> outcome
OUTCOME_PHRASES: list[tuple[str, str]] = [
    (r"lost (?:their|his|her) li(?:ves|fe)|claimed (?:the )?li(?:ves|fe) of|(?:took|cost) the li(?:ves|fe) of|"
     r"(?<!\ba )(?<!\bthe )\bslew\b(?! of)", "killed"),
    (r"shot dead|gunned down|shot and killed|beaten to death|burned to death|stabbed to death|burn(?:ed|t) alive|"
     r"hacked to death", "killed"),
    # a wound the person died of: "fatally wounding a boy", "was mortally injured", "shot fatally"
    (r"(?:fatally|mortally) (?:wound|injur|shoot|shot|stab|hurt)\w*|(?:wounded|injured|shot|stabbed) (?:fatally|mortally)",
     "killed"),
    (r"(?:taken|seized|held) (?:as )?(?:hostages?|captives?)\b|remain(?:ed|s)? captive", "abducted"),
    # people led off by their attackers: "were whisked away into the forest", "were marched off at gunpoint"
    (r"(?:(?<=were )|(?<=was )|(?<=been ))(?:whisked|spirited|marched|frog-?marched) (?:away|off)\b", "abducted"),
    (r"taken into custody|rounded up", "detained"),
    # "had been taken in the raid", "seized from their dormitories", "still in captivity", "taken by armed men"
    (r"(?:taken|seized|snatched|carried off)(?= (?:in|during) (?:the|a|an|that) (?:[\w-]+ )?(?:raid|attack|assault|"
     r"incursion|ambush)\b)|(?:taken|seized|snatched)(?= (?:[\w,-]+ ){0,5}?from (?:their|his|her|the) (?:[\w-]+ )?(?:homes?|houses?|"
     r"dormitor(?:y|ies)|beds?|school|hostels?|classrooms?|farms?|fields?|village|vehicles?|cars?|bus)\b)|"
     r"(?<=in )captivity|(?:taken|seized|snatched)(?= by (?:the )?(?:armed men|gunmen|bandits|kidnappers|militants|"
     r"abductors|attackers|assailants|rebels|militiamen|fighters)\b)", "abducted"),
    (r"forced (?:to leave|from|out of) (?:their|his|her) homes?|driven from (?:their|his|her) homes?|"
     r"sought refuge|seeking refuge|fled (?:their|his|her) homes?|left homeless|made homeless|"
     r"forced to flee|(?:taken|moved|relocated|evacuated|brought)\s+to\s+(?:safer\s+(?:areas?|places?|locations?|"
     r"ground)|safety)\b", "displaced"),
    # "2,400 people are now sheltering in a school": displaced (not "people who were sheltering there")
    (r"(?:(?<=\bare )|(?<=\bwere )|(?<=\bare now )|(?<=\bwere now )|(?<=\bare still )|(?<=\bwere still ))"
     r"(?<!who are )(?<!who were )(?<!that are )(?<!that were )sheltering(?= (?:in|at|inside)\b)", "displaced"),
    (r"unaccounted for|trapped under", "missing"),
    # a severity state of the injured: "four in critical condition", "12 of them remain in intensive care"
    (r"(?<=\bin )(?:an? )?(?:critical|serious|grave|severe|stable|life-threatening) (?:condition|state)\b|"
     r"(?<=\bin )intensive care\b", "injured"),
    # "one was said to be critical", "two were described as serious": a severity state of the injured
    (r"(?:(?<=\bsaid )|(?<=\bstated )|(?<=\breported )|(?<=\bdescribed ))(?:to be|as) (?:critical|serious)\b",
     "injured"),
    # "46 people taken to hospital", "were rushed to hospitals": the injured
    (r"(?:taken|rushed|admitted|evacuated|airlifted|brought)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?hospitals?\b",
     "injured"),
    (r"(?:sustain|suffer)(?:ed|s|ing)? (?:from )?(?:an? )?(?:(?:different|various|varying|all) (?:degrees|kinds|sorts) "
     r"of )?(?:[a-z-]+ ){0,3}(?:wounds?|injur(?:y|ies)|burns|fractures)\b", "injured"),
    (r"killed (?:and|or) (?:wounded|injured)|dead (?:and|or) (?:wounded|injured)", "casualties"),
    # translated copy: "a soldier embraced martyrdom"
    (r"(?:embraced|attained|achieved|embrace|attain|achieve)s? (?:martyrdom|shahadat|shahadah|shahadat)", "killed"),
    # euphemisms of military statements: "paid the ultimate price", "made the supreme sacrifice", "laid down their lives"
    (r"(?:paid|pay|pays|paying) the (?:ultimate|supreme|highest) price|(?:made|make|makes|making) the (?:ultimate|supreme) "
     r"sacrifice|(?:laid|lay|lays|laying) down (?:their|his|her) li(?:ves|fe)", "killed"),
    # "four others remain in the intensive care unit", "two are in the ICU"
    (r"(?<=\bin )the intensive care(?: unit)?\b|(?<=\bin )(?:the )?icu\b", "injured"),
    # struck by gunfire and not said to have died: "a boy was hit by a stray bullet", "were hit by bullets"
    (r"(?:hit|struck|wounded|injured)\s+by\s+(?:an?\s+)?(?:stray\s+|sniper\s+|flying\s+|rubber\s+|live\s+|plastic\s+)?(?:bullets?|gunfire|shrapnel|"
     r"shell\s+fragments|sniper\s+fire|rounds?|pellets)\b(?![^.;]{0,60}?\b(?:died|dying|killed|succumbed|dead)\b)",
     "injured"),
    # led off by their captors: "were carried off by the armed men", "took away three farmers"
    (r"(?:carried|led|dragged|marched)\s+(?:off|away)(?=\s+(?:by|at\s+gunpoint|into|to\s+an?\s+unknown)\b)|"
     r"(?:took|take|takes|taking|taken)\s+away(?=\s+(?:\w+\s+){0,3}?(?:farmers|villagers|men|women|children|boys|girls|"
     r"people|residents|students|pupils|passengers|workers|worshippers|civilians|herders|traders)\b)", "abducted"),
    # "two others escaped with machete cuts": survivors who were hurt
    (r"(?:escaped|fled|got away) with (?:[a-z-]+ ){0,2}(?:cuts|injuries|wounds|burns|bruises|fractures)\b", "injured"),
    # "eleven other people were treated for burns": the hurt, treated
    (r"treated for (?:[a-z-]+ ){0,2}(?:burns|injuries|wounds|fractures|cuts|shrapnel wounds|smoke inhalation|gas inhalation|bruises)\b", "injured"),
    # "two young men had been picked up by security forces": held by the state
    (r"(?:picked|rounded) up by (?:the )?(?:[\w-]+ ){0,2}?(?:security forces|police|soldiers|troops|army|military|"
     r"agents|officers|personnel)\b", "detained"),
    # treatment only the wounded receive: "eleven of them needed emergency surgery", "two underwent amputations"
    (r"(?:need(?:ed|s|ing)?|requir(?:ed|es|e|ing)|underwent|undergo(?:es|ing)?)\s+(?:urgent\s+|emergency\s+|immediate\s+|"
     r"major\s+|life-saving\s+|lifesaving\s+)*(?:surgery|surgeries|operations?|amputations?|blood\s+transfusions?)\b",
     "injured"),
    # "more than 500 villagers have sought safety in X", "4,000 residents have been unable to return home"
    (r"(?:sought|seek|seeks|seeking|found|find|finding) (?:safety|sanctuary)\b|(?:unable|not able|could not|cannot|"
     r"can't|couldn't) (?:yet )?(?:to )?return (?:to (?:their|his|her) )?(?:homes?|villages?|houses?)\b|"
     r"(?<=\bbeen )sheltering(?= (?:in|at|inside)\b)|forced to (?:relocate|move out)\b", "displaced"),
    # treatment only the hurt receive: "nine people needed treatment", "twenty were treated at the scene"
    (r"(?:need(?:ed|s|ing)?|requir(?:ed|es|e|ing)|receiv(?:ed|es|e|ing)|given|undergoing|under) (?:urgent |emergency |"
     r"immediate )?(?:medical |hospital )?treatment\b|treated (?:at|in) (?:the |a |local )?(?:scene|hospitals?|clinics?|"
     r"health (?:centres?|centers?|facilities))\b|left with (?:[a-z-]+ ){0,2}(?:injuries|wounds|burns|fractures)\b",
     "injured"),
    (r"(?:crushed|trampled|hanged|drowned|starved|tortured|bludgeoned|clubbed|stoned|strangled|battered|kicked|"
     r"macheted|mauled|choked|burnt|burned) to death|(?:did not|didn't|failed to|could not) survive\b", "killed"),
    (r"in the hands of (?:their |the |his |her )?(?:captors|kidnappers|abductors|gunmen|bandits|militants|jihadists)\b",
     "abducted"),
    (r"behind bars", "detained"),
    (r"put to death|found hanged", "killed"),
    (r"(?:lost|missing|disappeared) at sea", "missing"),
    (r"(?:believed|feared|thought|presumed) (?:to be )?(?:still )?(?:buried|trapped)\b", "missing"),
    # "24 people had died, after a woman succumbed to her injuries"
    (r"succumb(?:ed|s|ing)? to (?:(?:his|her|their|its) )?(?:[a-z-]+ )?(?:injuries|wounds|burns)", "killed"),
]

#: a live blog's time stamp: "14:25", "10.45", "4pm", "9 a.m."
_CLOCK_RE = re.compile(r"\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?", re.IGNORECASE)


def is_clock_time(word: str) -> bool:
    """Whether a token is a clock time (not a bare number: "45" is a count)."""
    return bool(_CLOCK_RE.fullmatch(word)) and (":" in word or "." in word or word.lower().endswith(("am", "pm")))


#: a fast pre-filter: a sentence must match this before any parsing (lower-cased text)
TRIGGER_RE = re.compile(
    r"\b(?:kill|die[ds]?\b|dying|dead|death|fatalit|toll|execut|massacr|slaughter|murder|homicid|femicid|slain|slay|"
    r"perish|ultimate price|supreme price|highest price|supreme sacrifice|ultimate sacrifice|fell\b|behead|assassinat|martyr|eliminat|neutrali[sz]|shot|gunned|lynch|lost\b|lose\b|bodies|burn(?:ed|t) alive|"
    r"corpse|victim|injur|wound|hurt|maim|hospitali[sz]|intensive care|surger|amputat|(?:hit|struck) by (?:an? )?(?:stray |sniper |flying |rubber |live |plastic )?(?:bullet|gunfire|shrapnel|sniper|shell fragment)|(?:critical|serious|grave|severe|stable|life-threatening) (?:condition|state)|(?:admitted|rushed|brought|airlifted)\s+to\s+hospital|casualt|missing|unaccounted|abduct|kidnap|"
    r"hostage|captiv|captur|apprehend|seiz|detain|arrest|custody|jail|imprison|prison|displac|fle[de]|fleeing|refuge|"
    r"homeless|uproot|evacu|idps?\b|trapped|rounded up|deceased|forced|driven|crossed|sheltering|lives|taken|snatched|carried off|(?:took|take|takes|taking) away|(?:led|dragged|marched) (?:off|away)|"
    r"treated for|to safety|to safer|disappear|buri(?:ed|es)\b|bury|martyrdom|shahad|escaped with|picked up by|icu\b|(?:away|off) with\b|(?:whisked|spirited|marched) (?:away|off)\b|"
    r"not (?:yet )?be(?:en)? (?:found|located|traced)|left (?:their |his |her |the )?[\w-]+ (?:[\w,-]+ ){0,4}?(?:for|to)\b|"
    r"left (?:their|his|her) homes?|left (?:the |their |his |her )?(?:[\w-]+ )?(?:town|village|city|area|district|region|"
    r"neighbou?rhood|settlement|hamlet|locality|community)s?\b|exodus|(?:driv|forc|push|chas)(?:e|es|ed|ing) out\b|"
    r"(?:driv|chas)(?:e|es|ed|ing) away\b|(?:arriv|reach)(?:ed|es|ing|e)? (?:[\w,'’-]+ ){1,6}?from\b|(?:take|taken|took|taking|sought|seek|seeks|seeking) (?:shelter|refuge)\b|"
    # people taken or missing (vigil.extract.taken_missing)
    r"(?:carri|carry|led|lead|dragg|drag|march|took|take|whisk|spirit|cart|haul)\w* (?:[\w-]+ ){0,3}?(?:away|off)\b|"
    r"body of|remains of|human remains|left for|burns\b|nabb|still (?:being )?"
    r"h[oe]ld|held without|whereabouts|(?:search|look)(?:ed|ing|s)? for|heard from|"
    # harm verbs of their own and people led off, locked up or unseen (vigil.extract.captive_verbs)
    r"strangl|throttl|decapitat|butcher|hanged|incarcerat|remand|detent|vanish|put to death|incinerat|slew\b|"
    r"stabb|blind|beheading|slaying|lynching|shot in the|fractures|taken in by|finish\w* off|wip\w* out|"
    r"li(?:fe|ves) of|lifeless|"
    r"handed over|incommunicado|languish|confinement|handcuff|at sea|living in|without (?:shelter|a roof)|moved out|"
    r"(?:mow|cut|lock|pick|sweep|swept)\w* (?:[\w-]+ ){0,3}?(?:down|up)\b|"
    r"into (?:the )?(?:[\w-]+ )?(?:bush|forest|jungle|captivity|wilderness)|"
    r"(?:took|take|takes|taking|dragg|drag|pull|grabb|bundl|forc|herd|push|shov|snatch)\w* (?:[\w,-]+ ){0,5}?(?:from|out of|into) "
    r"(?:the |their |his |her |a |an |its )?(?:[\w-]+ )?(?:homes?|houses?|dormitor|hostels?|beds?|schools?|classrooms?|"
    r"farms?|fields?|compounds?|church|mosque|vehicle|cars?\b|trucks?|bus|cabs?|taxis?|boats?|vans?|lorr|pickup|minibus)|"
    r"(?:drove|driv(?:e|es|ing)|chas(?:e|es|ed|ing)|push(?:ed|es|ing)?) (?:[\w,-]+ ){1,4}?(?:from|out of)\b|"
    r"not (?:yet )?been (?:seen|heard)|no word (?:of|from)|"
    # vigil.extract.outcome_more and the phrases above
    r"pour(?:ed|ing|s)? in|(?:stream|flood)(?:ed|ing|s)? in|desert(?:ed|ing|s)\b|abandon|relocat|moved (?:to|into)\b|"
    r"population|sanctuary|arriv\w* (?:in|at) (?:the |a )?(?:[\w-]+ )?camp|safety|unable|return (?:to )?(?:their |his |her )?home|treatment|treated|left with|drown|"
    r"electrocut|suffocat|surviv|held by|being held|(?:held|holding) (?:[\w-]+ ){0,2}?(?:\d|dozens|hundreds|scores|thousands)|hands of|ransom|fate of|no news|behind bars|loss(?:es)? (?:at|of)\b)"
)

#: a sentence that opens by breaking down a figure stated before, with no outcome word of its own
#: ("Among them are ...", "Of these, ...", "This figure includes ...") (lower-cased text)
PART_OPENER_RE = re.compile(
    r"^\W*(?:(?:among|of)\s+(?:them|those|these|whom)\b|among\s+the\b|(?:they|these)\s+include[sd]?\b|of\s+(?:the|this|that)\s+(?:total|figure|number|toll)\b|[\w-]+(?:\s+[\w-]+)?\s+of\s+(?:them|these|those)\b"
    r"|(?:this|that|the)\s+(?:figure|number|total|tally|count)s?"
    r"\s+(?:includes?|included|comprises?|comprised|consists?|consisted|breaks?\s+down)"
    # "The office said at least 140 of them were children."
    r"|[^.;]{0,80}?\b(?:said|says|added|reported|noted)\s+(?:that\s+)?[\w\s,-]{1,30}?\s+of\s+(?:them|these|those)"
    r"\s+(?:were|are|was)\s)"
)

#: one person picked out of a counted group ("one of the dead", "one of those killed") (lower-cased text)
ONE_OF_RE = re.compile(r"\bone\s+of\s+(?:the|those|these)\b")

# --- victims --------------------------------------------------------------------------------------

#: a community leader, a civilian: one of these heads ("village head", "the chief of the clan", "a traditional
#: leader") with one of the communities
COMMUNITY_HEADS = {"head", "chief", "leader", "elder"}
COMMUNITY_WORDS = {"village", "community", "clan", "tribe", "tribal", "traditional", "ward", "district", "quarter"}
CIVILIAN_WORDS = {
    "tapper",       # a rubber tapper: a trade
    "civilian", "resident", "villager", "worshipper", "worshiper", "passenger", "farmer", "student",
    "pupil", "schoolchild", "schoolchildren", "patient", "journalist", "reporter", "medic", "doctor",
    "nurse", "paramedic", "rescuer", "family", "child", "children", "kid", "boy", "girl", "infant", "baby",
    "toddler", "teenager", "minor", "newborn", "teacher", "shopper", "mourner", "pilgrim", "inhabitant",
    "herder", "fisherman", "fishermen", "trader", "merchant", "vendor", "refugee", "migrant", "aid worker",
    "humanitarian", "volunteer", "worker", "employee", "staff", "guest", "bystander", "pedestrian",
    "commuter", "driver", "farmworker", "villagers", "household", "clergy", "priest", "imam", "monk",
    "nun", "cleric", "chief", "ruler", "leader", "elder", "activist", "lawyer", "judge", "photographer",
    "councillor", "councilor", "commissioner", "headman", "sarpanch", "passerby", "passer-by", "passersby",
    "passers-by", "cameraman", "spectator", "fan", "community", "customer", "shepherd", "miner", "labourer", "laborer", "displaced",
    "idp", "peasant", "campesino", "schoolgirl", "schoolboy", "grandchild",
    "shopkeeper", "shopowner", "storekeeper", "seller", "hawker", "firefighter", "fireman", "protester", "protestor", "demonstrator", "marcher", "tourist", "traveller", "traveler", "parishioner", "congregant",
    "churchgoer", "midwife", "local", "locals", "holidaymaker", "sightseer", "porter", "cook", "mechanic",
    # trades and posts of non-combatants
    "cashier", "receptionist", "clerk", "waiter", "waitress", "tailor", "seamstress", "barber", "hairdresser",
    "carpenter", "mason", "bricklayer", "plumber", "electrician", "woodcutter", "logger", "lumberjack",
    "charcoal-maker", "baker", "butcher", "cobbler", "shoemaker", "weaver", "blacksmith", "welder", "janitor",
    "cleaner", "gardener", "housekeeper", "maid", "nanny", "salesman", "saleswoman", "businessman",
    "businesswoman", "entrepreneur", "architect", "pharmacist", "dentist", "surgeon", "professor", "lecturer",
    "librarian", "artist", "musician", "singer", "actor", "actress", "poet", "writer", "novelist", "chef",
    "bartender", "cabbie", "boatman", "boatmen", "ferryman", "beekeeper", "rancher", "cattleman", "cowherd",
    "goatherd", "blogger", "presenter", "editor", "correspondent", "accountant", "banker", "economist",
    "scientist", "researcher", "academic", "headmaster", "headteacher", "tutor", "apprentice", "artisan",
    "craftsman", "craftsmen", "technician", "potter", "painter", "veterinarian", "caretaker", "courier",
    "postman", "teller", "manager", "owner", "fishmonger", "greengrocer", "miller",
    "woodsman", "woodsmen", "herdsboy", "ploughman", "harvester", "picker", "stallholder", "storeowner",
    "innkeeper", "hotelier", "restaurateur", "delegate", "schoolmaster", "stonemason",
    # health campaigners, local office holders
    "vaccinator", "councilman", "councilwoman", "alderman",
    # holders of civil elected and diplomatic posts ("the town's mayor", "a lawmaker")
    "mayor", "lawmaker", "legislator", "parliamentarian", "senator", "politician", "diplomat", "ambassador",
    # people the report calls guiltless of any fighting ("more than 500 innocent people")
    "innocent",
    # people on the road or at a watch post of their own ("a motorbike rider", "three passers-by", "a night watchman")
    "rider", "motorist", "cyclist", "motorcyclist", "passers", "watchman", "watchmen", "jogger", "hiker",
    # people at work on ships and clearing mines
    "crewman", "crewmen", "seafarer", "deminer",
    # clergy (people held, inmates and prisoners, are `people`: being held is no status of their own)
    "pastor", "clergyman", "bishop", "rabbi", "preacher", "deacon", "missionary", "catechist", "vicar",
    "seminarian", "evangelist", "archbishop", "muezzin",
    # more trades, crowds at leisure and roles of non-combatants ("an onlooker", "diners", "two footballers")
    "onlooker", "engineer", "contractor", "servant", "diner", "reveller", "reveler", "partygoer", "concertgoer",
    "tradesman", "tradesmen", "businessmen", "housewife", "homemaker", "interpreter", "translator", "athlete",
    "footballer", "referee",
    # kin (son, daughter, nephew ...) are not a status: `people` unless said otherwise
}
CHILD_WORDS = {"child", "children", "kid", "boy", "girl", "infant", "baby", "toddler", "teenager", "minor",
               "newborn", "schoolchild", "schoolchildren", "schoolgirl", "schoolboy"}
STATE_WORDS = {
    "soldier", "troop", "army", "police", "policeman", "policemen", "policewoman", "officer",
    "gendarme", "guard", "serviceman", "servicemen", "servicemember", "personnel", "military", "force",
    "conscript", "marine", "sailor", "airman", "pilot", "peacekeeper", "commander", "general", "colonel",
    "major", "captain", "lieutenant", "sergeant", "corporal", "private", "cadet", "recruit", "trooper",
    "paratrooper", "commando", "agent", "official", "reservist", "border guard", "security", "gendarmerie",
    "guardsman", "guardsmen", "constable",
    "warder", "jailer", "gaoler",     # prison staff who guard the state's prisoners
    "jawan", "sepoy",   # South Asian copy: a soldier or a member of an armed police force
    "ranger",       # Thai copy: a paramilitary ranger (Thahan Phran)
}
STATE_MODIFIERS = {"government", "regime", "state", "security", "army", "military", "police", "national",
                   "federal", "pro-government", "islamist-led", "border", "interior"}
NONSTATE_WORDS = {
    "rebel", "insurgent", "militant", "jihadist", "jihadi", "terrorist", "gunman", "gunmen", "bandit",
    "attacker", "assailant", "gangster", "militiaman", "militiamen", "extremist", "loyalist",
    "separatist", "guerrilla", "guerilla", "mercenary", "raider", "kidnapper", "bomber", "infiltrator",
    "invader", "combatant_nonstate", "paramilitary", "aggressor", "abductor", "hostage-taker",
    # names states give the insurgents they fight ("khwarij": Pakistan's term for militants)
    "khwarij", "khawarij", "kharijite", "kharijites",
    "maoist", "maoists", "naxal", "naxals", "naxalite", "naxalites",    # insurgents of India's Maoist movement
}
FIGHTER_WORDS = {"fighter", "combatant", "member", "militia", "gang", "element",
                 "operative", "cadre"}     # "Hezbollah operatives", "cadres of the banned X": their side says which
PEOPLE_WORDS = {
    "people", "person", "individual", "man", "men", "woman", "women", "other", "adult", "elderly",
    "victim", "body", "corpse", "dead", "wounded", "injured", "casualty", "fatality", "death", "life",
    "resident_people", "citizen", "national", "wife", "husband", "mother", "father", "brother", "sister",
    "relative", "pensioner", "hostage", "captive", "detainee", "prisoner", "youth", "youngster",
}
DEMOGRAPHIC_WORDS = {"child": "children", "children": "children", "kid": "children", "boy": "boys",
                     "girl": "girls", "infant": "infants", "baby": "infants", "toddler": "children",
                     "woman": "women", "women": "women", "man": "men", "men": "men",
                     "elderly": "elderly people", "teenager": "teenagers", "minor": "children",
                     "newborn": "infants", "pensioner": "elderly people"}
#: heads of a single described person ("a man was killed")
#: plural number words that count without a numeral: with a noun ("hundreds of households") or standing for people
#: alone ("Thousands have fled")
VAGUE_PLURALS = frozenset({"dozens", "hundreds", "thousands", "tens", "scores", "millions"})
#: the state's holders: whom they take, they detain ("police picked up 12 youths", "seized by the army")
STATE_HOLDERS = STATE_WORDS | {"police", "authorities", "authority", "government", "junta", "regime"}

SINGLE_PERSON_WORDS = {
    "man", "woman", "boy", "girl", "child", "baby", "infant", "toddler", "teenager", "person", "civilian",
    "soldier", "policeman", "policewoman", "officer", "journalist", "medic", "doctor", "nurse", "farmer",
    "student", "resident", "villager", "wife", "husband", "mother", "father", "son", "daughter",
    "brother", "sister", "commander", "fighter", "militant", "worker", "teacher", "driver", "passenger",
    "guard", "paramedic", "rescuer", "photographer", "reporter", "cameraman", "leader", "pilgrim",
    "worshipper", "trooper", "gendarme", "peacekeeper", "shepherd", "herder", "elder",
    "grandmother", "grandfather", "youth", "youngster", "pensioner", "individual", "newborn", "couple",
    "captain", "colonel", "general", "lieutenant", "sergeant", "major", "corporal", "private", "chief",
    "priest", "imam", "pastor", "cleric", "monk", "nun", "official", "mayor", "governor", "judge", "lawyer",
    "councillor", "councilor", "commissioner", "administrator", "headman", "head",
    "activist", "volunteer", "employee", "aid worker", "pilot", "sailor", "marine", "cadet", "recruit",
    "gunman", "bomber", "attacker", "assailant", "insurgent", "rebel", "jihadist", "terrorist", "bandit",
    "militiaman", "trader", "merchant", "vendor", "shopkeeper", "fisherman", "miner", "herdsman",
    "schoolgirl", "schoolboy", "pupil", "patient", "refugee", "migrant", "pedestrian", "motorist",
    "grandson", "granddaughter", "nephew", "niece", "cousin", "uncle", "aunt", "relative",
    "deputy", "owner", "headmaster", "headteacher", "principal", "shopowner", "storekeeper", "landlord", "tenant",
    "schoolteacher", "inspector", "sub-inspector", "constable", "guardsman", "watchman", "engineer", "tailor",
    "waiter", "labourer", "laborer", "neighbour", "neighbor", "motorcyclist", "cyclist", "bystander", "chauffeur",
    # posts and trades ("the Divisional Delegate of ...", "a restaurant cashier")
    "delegate", "director", "representative", "coordinator", "secretary", "supervisor", "manager", "cashier",
    "receptionist", "clerk", "woodcutter", "carpenter", "mason", "barber", "mechanic", "electrician", "plumber",
    "baker", "butcher", "accountant", "banker", "businessman", "businesswoman", "surgeon", "pharmacist",
    "dentist", "professor", "lecturer", "editor", "correspondent", "presenter", "singer", "musician", "artist",
    "chef", "cook", "cleaner", "gardener", "housekeeper", "maid", "nanny", "caretaker", "waitress", "seamstress",
    "councilman", "councilwoman", "alderman", "vaccinator", "inmate",
    "ranger", "tapper", "conductor",
    # a village head by its local title, a passer-by; "a member of the X" (whose body says the status)
    "sarpanch", "passerby", "passer-by", "midwife", "member",
    # members of forces and people held or in the way, as the person nouns of numbers.py
    "reservist", "conscript", "serviceman", "servicewoman", "airman", "paratrooper", "commando", "jawan", "sepoy",
    "guerrilla", "combatant", "hostage", "detainee", "prisoner", "captive", "contractor", "mercenary", "settler",
    "survivor", "firefighter", "bodyguard", "tourist", "foreigner", "mourner", "shopper", "veteran", "cop", "nomad",
    "rabbi", "bishop", "sheikh", "diplomat", "lawmaker", "politician", "minister", "spy", "informant", "defector",
    "deserter", "teen", "kid", "guest", "visitor", "traveller", "traveler", "commuter",
}

#: verbs whose subject did the harm ("2 bombers attacked ..., killing 1")
TRANSITIVE = {"kill", "injure", "wound", "hurt", "abduct", "kidnap", "detain", "arrest", "displace", "execute",
              "massacre", "murder", "behead", "assassinate", "eliminate", "neutralise", "neutralize", "maim",
              "slaughter", "shoot", "attack", "ambush", "storm", "raid", "target", "strike", "bomb", "shell",
              "open", "carry"}
ATTACK_VERBS = {"attack", "ambush", "storm", "raid", "target", "strike", "bomb", "shell", "open", "carry"}

# --- perpetrators ---------------------------------------------------------------------------------

ACTOR_WORDS = {
    "force", "forces", "troop", "army", "military", "police", "soldier", "militant", "rebel", "insurgent",
    "jihadist", "jihadi", "terrorist", "gunman", "gunmen", "bandit", "gang", "militia", "militiaman", "fighter",
    "attacker", "assailant", "bomber", "regime", "government", "junta", "group", "paramilitary",
    "extremist", "separatist", "guerrilla", "mercenary", "raider", "kidnapper", "invader", "sniper",
    "settler", "colonist", "mob", "man", "men", "individual", "member", "unit", "battalion", "brigade", "command",
    "faction", "coalition", "authority", "authorities", "navy", "guard",
    "troops", "loyalist", "infiltrator", "herdsman", "herdsmen", "vigilante", "cartel",
    "herder", "criminal", "killer", "shooter", "thug", "pirate", "robber", "poacher", "tribesman", "tribesmen",
    "abductor", "commando", "marine", "policeman", "policemen", "gendarme", "gendarmerie", "squad", "cell",
    "patrol", "platoon", "detachment", "contingent",      # a unit named by its task or size
    "occupier", "occupation", "enemy",      # translated copy: "the attacks of the occupation", "the enemy's shelling"
}
#: aircraft and weapons are not actors alone ("a jet dropped bombs"); with an actor's name they are
#: ("Russian jets"), which the entity test finds
#: words that make any person noun an actor ("armed youths", "armed men")
ARMED_WORDS = {"armed", "heavily-armed", "masked"}
#: modifiers that name the kind of actor of an event ("a terror attack", "a jihadi raid"); alone ("an act
#: of terror") they name no one
ACTOR_EVENT_MODIFIERS = {"terror", "terrorist", "jihadi", "jihadist", "militant", "rebel", "insurgent", "extremist"}
#: words of a rank or office that end a title of several words before a name ("Superintendent of Police Jon Orvan")
RANK_WORDS = frozenset({
    "officer", "police", "superintendent", "inspector", "commissioner", "commander", "commandant", "spokesman",
    "spokeswoman", "spokesperson", "administrator", "prefect", "sergeant", "lieutenant", "corporal", "constable",
    "marshal", "chief", "general", "colonel", "captain", "major", "governor", "minister", "president", "mayor",
    "director", "secretary", "chairman", "chairperson", "ambassador", "envoy"})
#: prepositions that set a harm in its cause ("killed in an attack", "died after the blast", "hurt by shelling")
CAUSE_PREPS = frozenset({"in", "during", "after", "from", "by", "amid", "following", "under"})
#: nouns that hold the event they are made of: "a series of attacks by X", "in the aftermath of a raid"
EVENT_CONTAINERS = {"series", "wave", "spate", "string", "spree", "aftermath", "wake", "round", "spell", "surge",
                    "escalation", "outbreak", "resumption", "number", "couple", "pair", "day", "night", "one"}
EVENT_WORDS = {"strike", "airstrike", "raid", "shelling", "bombardment", "attack", "ambush", "drone",
               "missile", "rocket", "bombing", "blast", "explosion", "fire", "offensive", "operation",
               "assault", "shell", "bomb", "artillery", "clash", "fighting", "violence", "gunfire",
               "shooting", "barrage", "incursion", "massacre", "onslaught", "campaign", "crossfire", "aggression"}

# --- attribution ----------------------------------------------------------------------------------

REPORT_VERBS = {
    "say", "report", "state", "tell", "estimate", "document", "confirm", "announce", "add", "count",
    "record", "claim", "put", "note", "write", "tweet", "post", "update", "reveal", "disclose", "cite",
    "quote", "warn", "declare", "indicate", "show", "publish", "list", "tally", "register", "verify",
    "explain", "insist", "allege", "acknowledge", "admit", "mention", "relay", "broadcast", "describe",
    "recount", "recall", "read", "conclude", "speak", "suggest",
    # stating a figure while protesting or insisting on it ("X denounced the killing of N", "Y maintained
    # that only N died")
    "maintain", "denounce", "decry", "assert", "affirm", "testify", "detail", "specify", "calculate", "clarify",
}
#: the report naming itself: a figure "this newspaper reported" is stated in the report's own voice
SELF_REFERENCE = re.compile(r"^(?:this|our)\s+(?:newspaper|paper|publication|website|site|outlet|newsroom|"
                            r"correspondent|reporter|news\s+agency|agency|magazine|daily|channel|station)$",
                            re.IGNORECASE)
#: titles written before a person's name ("Governor", "Prime Minister"): not part of the name
TITLE_WORDS = {"president", "prime", "minister", "governor", "general", "gen", "colonel", "col", "major", "captain",
               "lieutenant", "sergeant", "commander", "chief", "inspector", "police", "spokesman", "spokeswoman",
               "spokesperson", "dr", "doctor", "father", "pastor", "rev", "reverend", "imam", "sheikh", "mayor",
               "senator", "deputy", "secretary", "ambassador", "judge", "prosecutor", "mr", "mrs", "ms", "sir",
               "king", "queen", "prince", "state", "health", "defence", "defense", "interior", "foreign", "igp",
               "director", "commissioner", "chairman", "chairperson", "head", "officer", "official", "acting",
               # honorifics, as "sheikh" and "imam" above ("Malam Jon Tesh", "Alhaji Jon Tesh")
               "malam", "mallam", "alhaji", "alhaja", "hajiya", "haji", "mullah", "maulana", "engr", "hon", "madam",
               # offices held by one person, written before the holder's name ("Ombudsman Jon Tesh")
               "ombudsman", "ombudswoman", "ombudsperson", "envoy", "coordinator", "lawmaker", "legislator",
               "councillor", "councilor", "bishop", "archbishop", "emir", "sultan", "administrator", "prefect",
               "rapporteur"}
#: heads of a noun phrase that can name who states a figure (besides entities and the kinds below):
#: institutions, offices, roles and groups
SOURCE_NOUNS = {
    "agency", "authority", "body", "board", "bureau", "centre", "center", "commission", "committee", "council",
    "court", "department", "embassy", "foundation", "institute", "mission", "morgue", "mortuary", "office",
    "organisation", "organization", "service", "services", "team", "unit", "association", "alliance", "coalition",
    "federation", "front", "movement", "network", "party", "society", "union", "church", "diocese", "group",
    "administration", "cabinet", "presidency", "secretariat", "directorate", "inspectorate", "prefecture", "parliament", "assembly", "municipality", "brigade",
    "battalion", "militia", "army", "navy", "forces", "force", "police", "gendarmerie", "command", "headquarters",
    "spokesman", "spokeswoman", "spokesperson", "representative", "official", "officer", "member", "head", "chief",
    "director", "commander", "leader", "minister", "ministry", "secretary", "governor", "mayor", "prefect",
    "president", "premier", "chairman", "chairperson", "chair", "commissioner", "administrator", "lawmaker",
    "legislator", "senator", "deputy", "ambassador", "envoy", "coordinator", "prosecutor", "investigator",
    "inspector", "coroner", "pathologist", "judge", "lawyer", "attorney", "ombudsman", "expert", "analyst",
    "researcher", "observer", "monitor", "activist", "campaigner", "rescuer", "worker", "volunteer", "staff",
    "priest", "pastor", "imam", "cleric", "clergyman", "bishop", "elder", "boss", "superintendent",
    "local", "locals", "community", "family", "families", "relative", "survivor", "witness", "eyewitness",
    "resident", "villager", "neighbour", "neighbor", "parent", "father", "mother", "son", "daughter", "brother",
    "sister", "wife", "husband", "man", "woman", "farmer", "teacher", "student", "trader", "driver", "youth",
    "medic", "doctor", "nurse", "surgeon", "physician", "paramedic", "hospital", "clinic", "source", "sources",
    "media", "press", "newspaper", "outlet", "broadcaster", "channel", "television", "radio", "journalist",
    "reporter", "correspondent", "wire", "website", "daily", "weekly", "magazine", "news",
    "government", "regime", "junta", "military", "rebels", "rebel", "insurgents", "militants", "fighters",
    "tracker", "observatory", "watchdog", "charity", "ngo", "authorities", "officials", "partner", "partners",
    "diplomat", "station", "firefighter", "ruler", "politician", "councillor", "councilor", "rapporteur",
}
PRONOUN_SOURCES = {"it", "he", "she", "they", "we", "i", "this", "which", "who"}

#: generic heads of unnamed sources -> kind
SOURCE_HEAD_KINDS: dict[str, str] = {
    "ministry": "government", "minister": "government", "government": "government",
    "official": "government", "officials": "government", "authority": "government",
    "authorities": "government", "governor": "government", "mayor": "government",
    "police": "government", "prosecutor": "government", "office": "government",
    "spokesman": "government", "spokeswoman": "government", "spokesperson": "government",
    "president": "government", "administration": "government", "agency": "government",
    "secretariat": "government", "directorate": "government", "inspectorate": "government",
    "army": "military", "military": "military", "forces": "military", "force": "military",
    "command": "military", "commander": "military", "troops": "military",
    "observatory": "monitor", "monitor": "monitor", "monitoring": "monitor", "tracker": "monitor",
    "hospital": "medical", "doctor": "medical", "doctors": "medical", "medic": "medical",
    "medics": "medical", "physician": "medical", "nurse": "medical", "surgeon": "medical",
    "clinic": "medical", "paramedic": "medical", "health": "medical",
    "witness": "witness", "witnesses": "witness", "eyewitness": "witness", "resident": "witness",
    "residents": "witness", "survivor": "witness", "survivors": "witness", "villager": "witness",
    "villagers": "witness", "relative": "witness", "relatives": "witness", "man": "witness",
    "woman": "witness", "couple": "witness", "father": "witness", "mother": "witness", "neighbour": "witness",
    "neighbor": "witness", "passer": "witness", "farmer": "witness", "teacher": "witness",
    "media": "media", "press": "media", "newspaper": "media", "television": "media", "tv": "media",
    "broadcaster": "media", "outlet": "media", "outlets": "media", "channel": "media",
    "journalist": "media", "reporter": "media", "news": "media", "daily": "media",
    "un": "un", "u.n.": "un", "united": "un",
    "group": "ngo", "organisation": "ngo", "organization": "ngo", "charity": "ngo", "ngo": "ngo",
    "rights": "ngo", "committee": "ngo", "network": "ngo", "union": "ngo", "council": "ngo",
    # one activist speaks for himself; "activists said" is the collective voice of civil-society groups
    "activist": "other", "activists": "ngo", "source": "other", "sources": "other",
    "resistance": "armed_group", "front": "armed_group", "humanitarian": "ngo", "militia": "armed_group", "radio": "media",
    "medical": "medical", "locals": "witness", "coroner": "medical", "morgue": "medical", "mortuary": "medical",
    "prefect": "government", "premier": "government", "prosecutor's": "government", "presidency": "government",
    "commissioner": "government", "administrator": "government", "lawmaker": "government",
    "legislator": "government", "senator": "government", "ambassador": "government", "envoy": "government",
    # (a gendarmerie is a force of the army in the states that have one)
    "gendarmerie": "military", "gendarme": "military", "gendarmes": "military",
}
#: anaphoric references to an earlier source: head noun -> kinds it may refer to
ANAPHOR_HEADS: dict[str, set[str]] = {
    "monitor": {"monitor"}, "observatory": {"monitor"}, "group": {"monitor", "ngo", "armed_group", "other"},
    "ministry": {"government"}, "army": {"military"}, "military": {"military"}, "agency": {"un", "government", "media"},
    "organisation": {"ngo", "monitor", "un", "other", "government", "medical"},
    "organization": {"ngo", "monitor", "un", "other", "government", "medical"},
    "office": {"un", "government"}, "police": {"government"}, "body": {"un", "ngo", "government", "monitor"},
    "network": {"medical", "ngo", "monitor"}, "committee": {"ngo", "medical"}, "statement": set(),
    "report": set(), "mission": {"un"}, "charity": {"ngo", "medical"}, "authorities": {"government"},
    "society": {"ngo", "medical", "other"}, "ngo": {"ngo", "medical"},
    "watchdog": {"monitor", "ngo", "other"},
    # bodies referred back to by the noun of their sort ("the entity documented ...", "the party claimed ...")
    "entity": {"un", "ngo", "government", "monitor", "other", "medical"},
    "institution": {"un", "ngo", "government", "monitor", "other", "medical"},
    "centre": {"ngo", "monitor", "medical", "un", "other"}, "center": {"ngo", "monitor", "medical", "un", "other"},
    "party": {"armed_group", "other", "government"}, "movement": {"armed_group", "other"},
    "front": {"armed_group"}, "coalition": {"military", "armed_group", "ngo", "other"},
    "commission": {"government", "ngo", "un", "monitor"},
    # "the source added": the unnamed source of the account before
    "source": set(),
    # an outlet referred back to by its medium ("the channel said", "the broadcaster reported")
    "channel": {"media"}, "broadcaster": {"media"}, "station": {"media"}, "newspaper": {"media"},
    "paper": {"media"}, "outlet": {"media"}, "daily": {"media"}, "television": {"media"},
}

# --- statements: when and where a source spoke (not when and where the harm happened) ----------------

#: nouns of statements and publications ("in a statement on Monday", "at a news conference in X",
#: "in Tuesday's edition of ...")
#: (not "post", "message", "release": "a military post in X", "the release of hostages")
STATEMENT_NOUNS = {
    "statement", "report", "news conference", "press conference", "press briefing", "briefing", "interview",
    "communique", "communiqué", "bulletin", "broadcast", "speech", "tweet", "edition", "issue",
    "televised address", "press release",
}
#: participles opening a clause about a statement ("Speaking to reporters in X, ...")
STATEMENT_PARTICIPLES = {"speak", "address", "disclose", "brief", "talk", "announce", "write", "tell"}
#: verbs of violent events besides the outcome and attack verbs: a dated sentence using one sets the days
#: of the account that follows ("On Saturday, police captured four insurgents. The four men ...")
EVENT_VERBS = {"capture", "launch", "clash", "fight", "invade", "overrun", "torch", "loot", "occur", "happen",
               "erupt", "explode", "detonate", "fire"}
#: nouns of violent events besides ``EVENT_WORDS``: what a statement's object may be about ("described the
#: takeover of the town", "in the aftermath of the siege")
EVENT_NOUNS = {"siege", "takeover", "incident", "gunfight", "battle", "war", "invasion", "uprising", "insurgency",
               "hostilities", "bloodshed", "carnage", "rampage", "standoff", "crackdown", "skirmish", "killing"}
