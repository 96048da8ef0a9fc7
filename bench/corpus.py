"""A deterministic generator of invented English news articles for the extraction benchmark.

Every template here was written for this benchmark; none is taken from a real article. Two families:

* **quiet** articles (sports, economy, weather, culture, science, local politics; 4-12 sentences)
  full of numbers, dates, money and percentages, so the relevance filter has something to reject;
* **conflict** reports (5-15 sentences) with varied casualty phrasing, sources, weekdays and dates,
  real place names from many countries, and background filler.

Usage::

    from corpus import generate            # with bench/ on sys.path
    reports = generate(1000, violent_share=0.2, seed=1)

    python bench/corpus.py 1000 --violent-share 0.2 --seed 1 > corpus.jsonl

The output depends only on ``(n, violent_share, seed)``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from vigil.models import Report

# --- shared vocabulary --------------------------------------------------------------------------

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
         "twenty")

#: invented outlets: (name, domain)
OUTLETS = (
    ("The Meridian Post", "meridianpost.example"),
    ("Northgate Times", "northgate-times.example"),
    ("Coastal Herald", "coastalherald.example"),
    ("Pan-Continental Wire", "pcwire.example"),
    ("Global Dispatch", "globaldispatch.example"),
    ("Riverside Courier", "riversidecourier.example"),
    ("The Evening Ledger", "eveningledger.example"),
    ("Frontline Daily", "frontlinedaily.example"),
    ("Harbour Observer", "harbourobserver.example"),
    ("Continental Review", "continentalreview.example"),
)

#: conflict settings: (town, province or region, country); real names, invented events
CONFLICT_PLACES = (
    ("Maiduguri", "Borno State", "Nigeria"), ("Gusau", "Zamfara State", "Nigeria"),
    ("Kaduna", "Kaduna State", "Nigeria"), ("Bokkos", "Plateau State", "Nigeria"),
    ("Goma", "North Kivu", "Democratic Republic of Congo"), ("Beni", "North Kivu", "Democratic Republic of Congo"),
    ("Bunia", "Ituri province", "Democratic Republic of Congo"),
    ("Djibo", "Soum province", "Burkina Faso"), ("Fada N'Gourma", "Gourma province", "Burkina Faso"),
    ("Mopti", "Mopti region", "Mali"), ("Gao", "Gao region", "Mali"),
    ("Tillaberi", "Tillaberi region", "Niger"), ("Diffa", "Diffa region", "Niger"),
    ("El Fasher", "North Darfur", "Sudan"), ("Geneina", "West Darfur", "Sudan"),
    ("Omdurman", "Khartoum state", "Sudan"), ("Bor", "Jonglei state", "South Sudan"),
    ("Mogadishu", "Banadir region", "Somalia"), ("Beledweyne", "Hiran region", "Somalia"),
    ("Kismayo", "Lower Juba", "Somalia"), ("Bahir Dar", "Amhara region", "Ethiopia"),
    ("Mocimboa da Praia", "Cabo Delgado", "Mozambique"), ("Bamenda", "North-West Region", "Cameroon"),
    ("Bangui", "Ombella-M'Poko", "Central African Republic"),
    ("Kharkiv", "Kharkiv region", "Ukraine"), ("Kherson", "Kherson region", "Ukraine"),
    ("Zaporizhzhia", "Zaporizhzhia region", "Ukraine"), ("Belgorod", "Belgorod region", "Russia"),
    ("Aleppo", "Aleppo province", "Syria"), ("Idlib", "Idlib province", "Syria"),
    ("Deir ez-Zor", "Deir ez-Zor province", "Syria"), ("Kirkuk", "Kirkuk province", "Iraq"),
    ("Marib", "Marib governorate", "Yemen"), ("Taiz", "Taiz governorate", "Yemen"),
    ("Khan Younis", "southern Gaza", "Gaza"), ("Jenin", "the northern West Bank", "West Bank"),
    ("Kandahar", "Kandahar province", "Afghanistan"), ("Jalalabad", "Nangarhar province", "Afghanistan"),
    ("Quetta", "Balochistan", "Pakistan"), ("Peshawar", "Khyber Pakhtunkhwa", "Pakistan"),
    ("Dera Ismail Khan", "Khyber Pakhtunkhwa", "Pakistan"), ("Imphal", "Manipur", "India"),
    ("Sukma", "Chhattisgarh", "India"), ("Sittwe", "Rakhine State", "Myanmar"),
    ("Myawaddy", "Kayin State", "Myanmar"), ("Cotabato City", "Maguindanao", "Philippines"),
    ("Culiacan", "Sinaloa", "Mexico"), ("Chilpancingo", "Guerrero", "Mexico"),
    ("Port-au-Prince", "Ouest department", "Haiti"), ("Cali", "Valle del Cauca", "Colombia"),
    ("Tumaco", "Narino", "Colombia"), ("Guayaquil", "Guayas", "Ecuador"),
    ("Tripoli", "Tripolitania", "Libya"), ("Benghazi", "Cyrenaica", "Libya"),
)

#: quiet settings: (city, country)
QUIET_PLACES = (
    ("Lyon", "France"), ("Porto", "Portugal"), ("Gothenburg", "Sweden"), ("Leeds", "England"),
    ("Cork", "Ireland"), ("Rotterdam", "the Netherlands"), ("Leipzig", "Germany"), ("Bologna", "Italy"),
    ("Valencia", "Spain"), ("Krakow", "Poland"), ("Brno", "Czech Republic"), ("Tampere", "Finland"),
    ("Osaka", "Japan"), ("Busan", "South Korea"), ("Chiang Mai", "Thailand"), ("Pune", "India"),
    ("Perth", "Australia"), ("Wellington", "New Zealand"), ("Calgary", "Canada"), ("Halifax", "Canada"),
    ("Austin", "Texas"), ("Denver", "Colorado"), ("Curitiba", "Brazil"), ("Cordoba", "Argentina"),
    ("Valparaiso", "Chile"), ("Nairobi", "Kenya"), ("Accra", "Ghana"), ("Durban", "South Africa"),
    ("Marrakesh", "Morocco"), ("Izmir", "Turkey"),
)

FIRST = ("Amina", "Daniel", "Sofia", "Kwame", "Elena", "Rahul", "Mariam", "Tomas", "Grace", "Yusuf",
         "Lena", "Carlos", "Fatima", "Oleksandr", "Mei", "Ibrahim", "Claire", "Jonas", "Nadia", "Pedro")
LAST = ("Okafor", "Haddad", "Novak", "Mensah", "Ivanova", "Sharma", "Diallo", "Lindqvist", "Mwangi",
        "Rahimi", "Fischer", "Moreno", "Abubakar", "Kovalenko", "Tanaka", "Said", "Dubois", "Berg",
        "Karimi", "Santos")


def _words(n: int) -> str:
    return SMALL[n]


def _num(rng: random.Random, n: int) -> str:
    """A count as a news article writes it: small ones often in words, large ones with commas."""
    if n <= 10 and rng.random() < 0.6:
        return SMALL[n]
    if n <= 20 and rng.random() < 0.25:
        return SMALL[n]
    return f"{n:,}"


def _count(rng: random.Random, lo: int, hi: int) -> int:
    """A count with a long tail (most incidents are small; a few are large)."""
    x = rng.paretovariate(1.3)
    return max(lo, min(hi, int(lo * x)))


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _day_phrase(rng: random.Random, when: date, published: date) -> str:
    """How the article refers to the day of the event: weekday, date, or relative."""
    wd = WEEKDAYS[when.weekday()]
    month = MONTHS[when.month - 1]
    options = [
        f"on {wd}", f"on {wd}", f"late on {wd}", f"early on {wd}", f"on {wd} night", f"on {wd} morning",
        f"on {month} {when.day}", f"on {when.day} {month}", f"on {wd}, {month} {when.day}",
    ]
    if when == published:
        options += ["today", "earlier today"]
    if (published - when).days == 1:
        options += ["yesterday", "overnight"]
    return rng.choice(options)


def _sentence_case(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


class _Ctx(dict[str, str]):
    """Template values: fixed ones (the story's place, counts, actors) and ones drawn afresh at each use."""

    def __init__(self, fixed: dict[str, str], fresh: dict[str, Callable[[], str]]) -> None:
        super().__init__(fixed)
        self._fresh = fresh

    def __missing__(self, key: str) -> str:
        return self._fresh[key]()


def _fill(template: str, ctx: _Ctx) -> str:
    return _sentence_case(template.format_map(ctx))


def _paragraphs(rng: random.Random, sentences: Sequence[str]) -> str:
    """Group sentences into news-style paragraphs of one to three sentences."""
    paras: list[str] = []
    i = 0
    while i < len(sentences):
        k = rng.choice((1, 1, 2, 2, 3))
        paras.append(" ".join(sentences[i:i + k]))
        i += k
    return "\n\n".join(paras)


def _pick(rng: random.Random, pool: Sequence[str], k: int) -> list[str]:
    return rng.sample(list(pool), min(k, len(pool)))


# --- conflict reports ---------------------------------------------------------------------------

ATTACKERS = (
    "gunmen", "suspected jihadists", "armed men on motorcycles", "bandits", "suspected militants",
    "fighters from an armed group", "suspected rebels", "unidentified attackers", "armed assailants",
    "suspected al-Shabaab fighters", "Islamic State fighters", "a gang armed with rifles",
    "suspected separatist fighters", "militiamen",
)
WEAPONS = (
    "an air strike", "a drone strike", "a suicide bombing", "a roadside bomb", "artillery shelling",
    "a car bomb", "a missile strike", "a rocket attack", "an explosion", "a mortar attack",
)
TARGETS = (
    "a crowded market", "a village", "a mosque during evening prayers", "a church service", "a military base",
    "a police station", "a camp for displaced people", "a bus station", "a wedding party", "a checkpoint",
    "a residential building", "a school", "a farming community", "a convoy", "a hospital compound",
    "a busy street", "a cattle market", "an army outpost",
)
VICTIMS = (
    "people", "people", "people", "civilians", "civilians", "villagers", "soldiers", "police officers",
    "worshippers", "farmers", "passengers", "members of the security forces", "militants", "fighters",
    "residents", "traders",
)
HOSTAGES = ("students", "schoolchildren", "passengers", "villagers", "worshippers", "farmers", "aid workers",
            "women and children", "travellers")
DEMOS = ("children", "women", "children", "minors", "elderly people", "girls")
SOURCES = (
    "according to the health ministry", "according to local officials", "according to police",
    "according to a monitoring group", "according to hospital sources", "according to the United Nations",
    "according to the army", "according to residents", "according to the regional governor",
    "according to the Red Cross", "according to a local civil society group", "according to medics",
)
SAYERS = (
    "the health ministry said", "the UN said", "a monitoring group reported", "police said",
    "local officials said", "the army said in a statement", "hospital officials said",
    "a spokesman for the regional government said", "witnesses said", "the Red Cross said",
    "the interior ministry said", "a local official told reporters", "the governor's office said",
    "the UN humanitarian office said", "an aid agency said", "residents told {outlet}",
    "a security source said on condition of anonymity", "state media reported",
)
GROUPS = ("the army", "government forces", "a rival militia", "rebel fighters", "security forces",
          "local defence groups", "paramilitary forces", "the police")

LEADS = (
    "At least {k} {victims} were killed when {attacker} attacked {target} in {town}, {province}, {day}, {src}.",
    "{Attacker} opened fire on {target} in {town} {day}, killing {k} {victims}, including {c} {demo}.",
    "{Weapon} on {target} in {town} killed {k} {victims} and wounded {w} others {day}, {sayer}.",
    "The death toll from {weapon} in {town} rose to {big}, {sayer} {day}.",
    "{Sayer_cap} that {k} {victims} had been killed in clashes between {group} and {attacker} in {province}.",
    "More than {k} {victims} died {day} after {attacker} stormed {target} near {town}, {src}.",
    "{Attacker} killed {k} {victims} in an attack on {target} in {province}, {sayer} {day}.",
    "Gunmen abducted {h} {hostages} from {target} in {town}, {province}, {day}, {sayer}.",
    "Police arrested {a} protesters in {town} {day} as demonstrations against the government spread.",
    "Dozens of families fled {town} {day} after {attacker} attacked nearby villages, {sayer}.",
    "At least {k} {victims} were killed and {w} injured in {weapon} that struck {target} in {town} {day}.",
    "Nearly {big} {victims} have been killed in {province} since {month}, {src}.",
    "An ambush on {target} near {town} {day} left {k} soldiers dead and {w} wounded, {sayer}.",
    "{Weapon} tore through {target} in {town} {day}, killing at least {k} {victims}, {sayer}.",
    "Some {k} {victims} lost their lives in {weapon} on {target} in {province}, {src}.",
    "The bodies of {k} {victims} were recovered in {town} {day}, {sayer}.",
)
FOLLOW = (
    "Another {w} were wounded, it said.",
    "Another {w} people were injured, {ws} of them seriously.",
    "Among the dead were {c} {demo}, {sayer}.",
    "The dead included {c} {demo}.",
    "At least {w} others were taken to hospital with gunshot wounds.",
    "{W_cap} people were wounded in the attack, {src}.",
    "Hospital officials said {c} of the wounded were in critical condition.",
    "Rescue workers pulled {c} bodies from the rubble {day}.",
    "The toll could rise as {m} people remain missing, {sayer}.",
    "Dozens of families fled {town} after the attack.",
    "More than {d} people have been displaced by the fighting in {province} this year, the UN said.",
    "Some {d} residents have fled to neighbouring districts, {src}.",
    "The attackers also abducted {h} {hostages}, {sayer}.",
    "Gunmen abducted {h} {hostages} in a separate raid {day}.",
    "Police arrested {a} suspects in connection with the attack.",
    "Security forces said they had detained {a} people during the operation.",
    "The army said its troops killed {k2} militants in a counter-offensive {day}.",
    "{Group_cap} said it had lost {c} men in the fighting.",
    "{C_cap} members of the same family were among those killed, {src}.",
    "The health ministry said the total number of people killed since the conflict began had reached {big}.",
    "Since the start of the year, {big} people have been killed in {province}, {src}.",
    "A monitoring group put the toll at {k3}, higher than the official figure.",
    "The death toll rose to {big} on {weekday}, {sayer}.",
    "Of the {k} dead, {c} were {demo}, {sayer}.",
    "A further {w} people were hurt in a stampede as crowds fled.",
    "{C_cap} police officers were among the wounded.",
    "{Attacker} killed {k2} {victims} in a similar attack on a nearby village last month.",
    "At least {h} {hostages} are still being held, {src}.",
    "Scores of people were injured, many of them by flying glass.",
    "Hundreds of residents fled towards {town} overnight, carrying what they could.",
    "Dozens of people were still unaccounted for on {weekday}, {sayer}.",
    "A child and two women were among the wounded, {src}.",
)
CLAIMS = (
    "No group immediately claimed responsibility for the attack.",
    "The military blamed {attacker} for the killings.",
    "A militant group claimed responsibility in a statement posted online.",
    "The government accused {attacker} of targeting civilians, a charge the group denied.",
    "{Group_cap} denied involvement and blamed rival groups.",
    "Officials blamed the attack on {attacker} who have been active in the area for years.",
    "The armed group said its fighters had targeted a military position, not civilians.",
    "The casualty figures could not be independently verified.",
)
FILLER = (
    "The region has been plagued by violence since {year}, when an insurgency broke out.",
    "Humanitarian agencies have warned of worsening food insecurity across {province}.",
    "Residents said the attackers arrived on motorcycles and set fire to homes and shops.",
    "The military did not respond to requests for comment.",
    "Schools and markets in the area were closed {day}.",
    "Aid convoys have struggled to reach the area because of insecurity and damaged roads.",
    "The president condemned the attack and ordered reinforcements to the area.",
    "The United Nations has appealed for ${money} million to fund its response in {country} this year.",
    "Only {pct} percent of that appeal has been funded so far, officials said.",
    "The mission, which has about {troops} troops, is due to wind down by {year2}.",
    "{Name}, a local community leader, said people were afraid to return to their farms.",
    "Mobile phone networks in the area were cut, making it difficult to confirm details.",
    "The road linking {town} to the regional capital has been closed since {month}.",
    "Elections are due in {country} in {year2}, and security is expected to dominate the campaign.",
    "Prices of staple foods in {town} have risen by {pct}% since the start of the year.",
    "Talks between the government and armed groups stalled in {month}.",
    "The area lies about {km} km from the border.",
    "A curfew from 6 p.m. to 6 a.m. was imposed in {town} {day}.",
    "Thousands of people gathered for the funerals.",
    "The governor visited the scene and promised compensation to affected families.",
    "Analysts say the conflict has become increasingly fragmented over the past {yrs} years.",
    "The country's economy has shrunk by nearly {pct}% since the fighting began.",
    "Witnesses described hearing loud explosions before dawn.",
    "Local radio stations broadcast appeals for blood donors.",
    "Earlier this month, the government announced a new security plan for {province}.",
    "In {month}, a similar attack in the same district drew international condemnation.",
    "{outlet} could not reach the police for comment.",
    "Human rights groups have called for an independent investigation.",
)
CONFLICT_TITLES = (
    "Attack kills {k} in {country}", "{k} dead in {town} attack", "Death toll rises in {province}",
    "Gunmen strike {town}", "Violence flares in {province}", "Fresh clashes in {country}",
    "{Weapon} hits {town}", "Families flee {town} after attack",
)


def _conflict_ctx(rng: random.Random, published: date, outlet: str) -> _Ctx:
    town, province, country = rng.choice(CONFLICT_PLACES)
    when = published - timedelta(days=rng.choice((0, 1, 1, 1, 2, 3)))
    k = _count(rng, 3, 400)
    w = _count(rng, 2, 600)
    c = rng.randint(1, max(1, min(k - 1, 12)))
    attacker = rng.choice(ATTACKERS)
    weapon = rng.choice(WEAPONS)
    group = rng.choice(GROUPS)
    sayer = rng.choice(SAYERS).format(outlet=outlet)
    ri = rng.randint
    fixed = {
        "town": town, "province": province, "country": country,
        "day": _day_phrase(rng, when, published), "weekday": WEEKDAYS[when.weekday()],
        "k": _num(rng, k), "w": _num(rng, w), "c": _num(rng, c), "ws": _num(rng, ri(1, w - 1)),
        "k3": f"{k + ri(3, 40):,}", "big": f"{_count(rng, 40, 60000):,}",
        "h": _num(rng, _count(rng, 3, 300)), "a": _num(rng, _count(rng, 5, 900)),
        "attacker": attacker, "Attacker": _sentence_case(attacker),
        "weapon": weapon, "Weapon": _sentence_case(weapon),
        "target": rng.choice(TARGETS), "victims": rng.choice(VICTIMS), "hostages": rng.choice(HOSTAGES),
        "demo": rng.choice(DEMOS), "group": group, "Group_cap": _sentence_case(group),
        "src": rng.choice(SOURCES), "sayer": sayer, "Sayer_cap": _sentence_case(sayer), "outlet": outlet,
        "W_cap": _sentence_case(SMALL[w]) if w <= 20 else f"A total of {w:,}",
        "C_cap": _sentence_case(SMALL[c]),
    }
    gens: dict[str, Callable[[], str]] = {
        "month": lambda: MONTHS[(when.month - 1 - ri(1, 6)) % 12],
        "year": lambda: str(published.year - ri(2, 15)), "year2": lambda: str(published.year + ri(1, 3)),
        "yrs": lambda: _words(ri(3, 12)), "m": lambda: _num(rng, ri(2, 60)),
        "k2": lambda: _num(rng, _count(rng, 3, 200)), "d": lambda: f"{ri(1, 900) * 1000:,}",
        "Name": lambda: _name(rng), "money": lambda: f"{ri(80, 2900):,}", "pct": lambda: str(ri(5, 60)),
        "troops": lambda: f"{ri(2, 18) * 1000:,}", "km": lambda: str(ri(5, 150)),
    }
    return _Ctx(fixed, gens)


def _conflict(rng: random.Random, published: date, outlet: str) -> tuple[str, str]:
    ctx = _conflict_ctx(rng, published, outlet)
    total = rng.randint(5, 15)
    n_follow = rng.randint(1, min(5, total - 2))
    n_claims = rng.randint(0, min(2, total - 1 - n_follow))
    n_filler = total - 1 - n_follow - n_claims
    body = (_pick(rng, FOLLOW, n_follow) + _pick(rng, CLAIMS, n_claims)
            + _pick(rng, FILLER, n_filler))
    rng.shuffle(body)
    sentences = [_fill(t, ctx) for t in [rng.choice(LEADS), *body]]
    title = _fill(rng.choice(CONFLICT_TITLES), ctx)
    return title, _paragraphs(rng, sentences)


# --- quiet articles -----------------------------------------------------------------------------

SPORTS = (
    "{team} beat {team2} {s1}-{s2} on {weekday} to move {pts} points clear at the top of the table.",
    "{Name} scored twice in the second half, taking the striker's tally to {goals} goals this season.",
    "Attendance at the stadium reached {att}, a club record.",
    "The club paid a reported €{m} million for the midfielder in {year}.",
    "The defender missed {few} weeks with a hamstring injury earlier this season.",
    "{team2} had {shots} shots but only {few} on target.",
    "The coach, who signed a {few}-year contract in {month}, said the squad was improving.",
    "Ticket prices will rise by {pct}% next season, the club confirmed.",
    "The final is scheduled for {month} {dom} in {city}.",
    "{team} have won {wins} of their last {games} matches in all competitions.",
    "The marathon drew {runners} runners, with the winner finishing in 2 hours {mins} minutes.",
    "{Name} became the youngest player to reach {goals} international caps.",
    "The federation announced prize money of ${m} million for the tournament.",
    "Television audiences peaked at {mm} million viewers, the broadcaster said.",
)
ECONOMY = (
    "Inflation in {country} eased to {pctd}% in {month}, down from {pctd2}% a month earlier.",
    "The central bank raised its key interest rate by {bp} basis points to {pctd}% on {weekday}.",
    "Gross domestic product grew {pctd}% in the {quarter} quarter, the statistics office said.",
    "{company} reported revenue of ${bn} billion for the year, up {pct}% from {year}.",
    "Shares in {company} fell {pctd}% in early trading after the results.",
    "Unemployment rose to {pctd}%, the highest level since {year}.",
    "The government plans to spend {money} on new rail lines over the next {few} years.",
    "Exports to {country2} jumped {pct}% year on year, to ${bn} billion.",
    "The currency has lost {pct}% of its value against the dollar since {month}.",
    "Economists polled by {outlet} had expected growth of {pctd2}%.",
    "The company employs about {staff} people and has {shops} stores in {city}.",
    "Average house prices in {city} reached {money}, {pct}% higher than a year ago.",
    "The budget deficit is forecast to narrow to {pctd}% of GDP by {year2}.",
    "{Name}, chief economist at a local bank, said the outlook remained uncertain.",
    "Retail sales rose {pctd}% in {month}, beating forecasts.",
)
WEATHER = (
    "Temperatures in {city} reached {temp}C on {weekday}, the highest reading for {month} since {year}.",
    "Forecasters expect up to {mm2} mm of rain over the next {few} days.",
    "Wind gusts of {kmh} km/h were recorded along the coast on {weekday} night.",
    "The weather service issued an amber warning for {region} until {month} {dom}.",
    "Some {households} households were left without power after the storm, the utility said.",
    "Reservoir levels stood at {pct}% of capacity, compared with {pct2}% a year ago.",
    "About {flights} flights were cancelled at the main airport on {weekday}.",
    "Farmers say the dry spell could cut the wheat harvest by {pct}%.",
    "The city opened {few} cooling centres and extended library opening hours.",
    "Snowfall of up to {cm} cm is expected on higher ground.",
    "Last year, {month} was the wettest on record, with {mm2} mm of rainfall.",
    "The clean-up is expected to cost around {money}, officials estimated.",
    "Residents were advised to drink plenty of water and avoid the midday sun.",
)
CULTURE = (
    "The festival in {city} attracted about {visitors} visitors over {few} days, organisers said.",
    "The film has grossed ${m} million worldwide since its release on {month} {dom}.",
    "The exhibition brings together more than {works} works by {Name}.",
    "{Name}'s debut novel has sold {copies} copies and been translated into {langs} languages.",
    "Tickets for the {few} concerts, priced from €{price}, sold out within {mins} minutes.",
    "The museum received a grant of {money} to restore its {century}th-century galleries.",
    "The orchestra will perform {works} works during its {season} season.",
    "Visitor numbers rose {pct}% compared with {year}, the culture ministry said.",
    "The prize, worth {money}, will be awarded on {weekday}, {month} {dom}.",
    "The theatre, which seats {seats}, reopened after a {few}-year renovation.",
    "Critics praised the production, which runs until {month} {dom}.",
    "{Name} said the collection had taken {yrs} years to assemble.",
)
SCIENCE = (
    "The study, published on {weekday} in a peer-reviewed journal, followed {participants} participants for {yrs} years.",
    "Researchers found a {pct}% reduction in symptoms among those who took the drug.",
    "The telescope, which cost {money}, will observe galaxies more than {gly} billion light years away.",
    "The team sequenced {genomes} genomes collected from {sites} sites in {country}.",
    "{Name}, who led the research at a university in {city}, said more work was needed.",
    "The probe is expected to reach its target in {year2} after a journey of {kmm} million km.",
    "Funding of {money} was announced for the project in {month}.",
    "The trial enrolled {participants} volunteers aged {age1} to {age2}.",
    "Sea surface temperatures were {tenths} degrees above the long-term average, the data showed.",
    "The satellite will be launched from a site in {country2} on {month} {dom}.",
    "About {pct}% of the samples contained traces of microplastics.",
    "The findings could help doctors identify patients at risk up to {yrs} years earlier.",
)
POLITICS = (
    "The city council in {city} approved a budget of {money} on {weekday} by {v1} votes to {v2}.",
    "Mayor {Name} said the plan would create {jobs} jobs and {homes} new homes by {year2}.",
    "Turnout in the local election on {month} {dom} was {pct}%, down from {pct2}% in {year}.",
    "The proposal to raise parking fees by {pct}% was withdrawn after public consultation.",
    "Councillors voted to spend {money} repairing roads and bridges in the district.",
    "{Name}, the opposition leader on the council, called the budget unrealistic.",
    "The new tram line will run for {km} km and serve {stops} stops.",
    "Property taxes will rise by {pctd}% from {month}, the council confirmed.",
    "A petition against the closure of the library gathered {sigs} signatures.",
    "The regional assembly will debate the plan on {weekday}, {month} {dom}.",
    "The council has {seats2} seats, and no party holds a majority.",
    "Officials said the school renovation would be completed by {month} {year2}.",
    "The transport authority carried {riders} million passengers last year.",
)
QUIET_FAMILIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("sports", SPORTS, ("{team} extend lead", "Record crowd in {city}", "{team} edge {team2}")),
    ("economy", ECONOMY, ("Inflation eases in {country}", "{company} profits rise", "Rates raised again")),
    ("weather", WEATHER, ("Heatwave grips {city}", "Storm warning for {region}", "Dry spell hits farmers")),
    ("culture", CULTURE, ("Festival draws crowds to {city}", "Museum to reopen galleries", "Novel tops charts")),
    ("science", SCIENCE, ("New study on sleep and memory", "Telescope passes key test", "Probe on course")),
    ("politics", POLITICS, ("{city} council passes budget", "Tram plan approved", "Turnout falls in {city}")),
)
TEAMS = ("City", "United", "Rovers", "Athletic", "Wanderers", "Sporting", "Olympic", "Dynamo", "Real", "Albion")
COMPANIES = ("Nordvik Foods", "Altamira Energy", "Kestrel Motors", "Bluepeak Telecom", "Sarka Textiles",
             "Orion Logistics", "Lumen Pharmaceuticals", "Halden Steel")


def _money(rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return f"${rng.randint(2, 950)}.{rng.randint(1, 9)} million"
    if style == 1:
        return f"€{rng.randint(1, 30)}.{rng.randint(1, 9)}bn"
    if style == 2:
        return f"£{rng.randint(150, 990) * 1000:,}"
    return f"{rng.randint(2, 90)} million euros"


def _quiet_ctx(rng: random.Random, published: date, outlet: str) -> _Ctx:
    city, country = rng.choice(QUIET_PLACES)
    _, country2 = rng.choice(QUIET_PLACES)
    t1, t2 = rng.sample(TEAMS, 2)
    age1 = rng.randint(18, 40)
    v2 = rng.randint(1, 20)
    ri = rng.randint
    fixed = {
        "city": city, "country": country, "country2": country2, "region": f"the {city} area",
        "team": f"{city} {t1}", "team2": f"{rng.choice(QUIET_PLACES)[0]} {t2}",
        "company": rng.choice(COMPANIES), "outlet": outlet,
        "season": f"{published.year}-{(published.year + 1) % 100:02d}",
        "age1": str(age1), "age2": str(age1 + ri(10, 40)), "v1": str(v2 + ri(1, 15)), "v2": str(v2),
        "goals": str(ri(5, 120)),
    }
    gens: dict[str, Callable[[], str]] = {
        "Name": lambda: _name(rng),
        "weekday": lambda: WEEKDAYS[(published - timedelta(days=ri(0, 6))).weekday()],
        "month": lambda: rng.choice(MONTHS), "dom": lambda: str(ri(1, 28)),
        "year": lambda: str(published.year - ri(1, 20)), "year2": lambda: str(published.year + ri(1, 6)),
        "yrs": lambda: _words(ri(2, 15)), "few": lambda: _words(ri(2, 9)),
        "quarter": lambda: rng.choice(("first", "second", "third", "fourth")),
        "s1": lambda: str(ri(1, 5)), "s2": lambda: str(ri(0, 1)), "pts": lambda: _words(ri(2, 9)),
        "att": lambda: f"{ri(8_000, 90_000):,}", "shots": lambda: str(ri(8, 25)),
        "wins": lambda: str(ri(5, 9)), "games": lambda: str(ri(10, 14)), "runners": lambda: f"{ri(3, 45) * 1000:,}",
        "mins": lambda: str(ri(4, 59)), "m": lambda: str(ri(2, 180)), "mm": lambda: f"{ri(1, 30)}.{ri(1, 9)}",
        "pct": lambda: str(ri(2, 75)), "pct2": lambda: str(ri(2, 75)),
        "pctd": lambda: f"{ri(0, 9)}.{ri(1, 9)}", "pctd2": lambda: f"{ri(0, 9)}.{ri(1, 9)}",
        "bp": lambda: rng.choice(("25", "50", "75")), "bn": lambda: f"{ri(1, 60)}.{ri(1, 9)}",
        "money": lambda: _money(rng), "staff": lambda: f"{ri(2, 80) * 100:,}", "shops": lambda: str(ri(3, 90)),
        "temp": lambda: str(ri(30, 46)), "mm2": lambda: str(ri(40, 300)), "kmh": lambda: str(ri(60, 140)),
        "households": lambda: f"{ri(2, 90) * 1000:,}", "flights": lambda: str(ri(20, 400)),
        "cm": lambda: str(ri(5, 40)), "visitors": lambda: f"{ri(10, 400) * 1000:,}", "works": lambda: str(ri(20, 300)),
        "copies": lambda: f"{ri(50, 3000) * 1000:,}", "langs": lambda: str(ri(3, 40)), "price": lambda: str(ri(25, 180)),
        "century": lambda: str(ri(15, 19)), "seats": lambda: f"{ri(300, 2500):,}",
        "participants": lambda: f"{ri(120, 40000):,}", "gly": lambda: str(ri(2, 13)),
        "genomes": lambda: f"{ri(200, 9000):,}", "sites": lambda: str(ri(4, 60)), "kmm": lambda: str(ri(50, 900)),
        "tenths": lambda: f"{ri(0, 2)}.{ri(1, 9)}", "jobs": lambda: f"{ri(1, 60) * 100:,}",
        "homes": lambda: f"{ri(2, 90) * 100:,}", "km": lambda: str(ri(4, 40)), "stops": lambda: str(ri(8, 40)),
        "sigs": lambda: f"{ri(1, 60) * 1000:,}", "seats2": lambda: str(ri(21, 90)),
        "riders": lambda: f"{ri(10, 900)}.{ri(1, 9)}",
    }
    return _Ctx(fixed, gens)


def _quiet(rng: random.Random, published: date, outlet: str) -> tuple[str, str]:
    _family, pool, titles = rng.choice(QUIET_FAMILIES)
    ctx = _quiet_ctx(rng, published, outlet)
    sentences = [_fill(t, ctx) for t in _pick(rng, pool, rng.randint(4, 12))]
    return _fill(rng.choice(titles), ctx), _paragraphs(rng, sentences)


# --- the corpus ---------------------------------------------------------------------------------

_FIRST_DAY = date(2018, 1, 1)
_DAYS = (date(2025, 12, 31) - _FIRST_DAY).days


def generate(n: int, violent_share: float, seed: int = 1) -> list[Report]:
    """``n`` invented reports, ``round(n * violent_share)`` of them conflict reports, in shuffled order."""
    if n < 0:
        raise ValueError("n must be >= 0")
    if not 0.0 <= violent_share <= 1.0:
        raise ValueError("violent_share must be between 0 and 1")
    rng = random.Random(seed)
    n_violent = round(n * violent_share)
    flags = [True] * n_violent + [False] * (n - n_violent)
    rng.shuffle(flags)
    reports: list[Report] = []
    for i, violent in enumerate(flags):
        published = _FIRST_DAY + timedelta(days=rng.randrange(_DAYS))
        outlet, domain = rng.choice(OUTLETS)
        make: Callable[[random.Random, date, str], tuple[str, str]] = _conflict if violent else _quiet
        title, text = make(rng, published, outlet)
        rid = f"bench-{seed}-{i:06d}"
        reports.append(Report(
            id=rid, text=text, published=published, url=f"https://{domain}/{published:%Y/%m/%d}/{rid}",
            title=title, outlet=outlet,
        ))
    return reports


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write an invented benchmark corpus as JSON Lines to stdout.")
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("--violent-share", type=float, default=0.2, help="share of conflict reports (0..1)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    out = sys.stdout
    for r in generate(args.n, args.violent_share, args.seed):
        rec = {"report": {"id": r.id, "outlet": r.outlet,
                          "published": r.published.isoformat() if r.published else None, "text": r.text}}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
