"""Article-level resolution: from sentence figures to claims.

Links what a sentence alone cannot know: who states a figure when the sentence says "it said" or
"the monitor", which total an "including ..." or "This figure includes ..." belongs to, the days
and places a figure inherits from the account it continues, whether the report says it could not
verify or that a party disputes the figures, and which figures merely repeat one another.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from vigil.extract.amounts import Amount
from vigil.extract.breakdowns import (
    added_on,
    group_total,
    harm_group_word,
    inherit_from_totals,
    link_breakdowns,
    listed_item,
)
from vigil.extract.dates import _NUM
from vigil.extract.dedupe import dedupe
from vigil.extract.figures import Figure, SentenceFigures
from vigil.extract.harm_days import (
    account_start,
    counted_back,
    dawn_referred,
    gapped_day,
    later_clause_day,
    not_harm_day,
    own_clause_day,
    referred_time,
    rescoped,
    risen_toll,
    same_period,
    shifted_day,
    since_the_event,
)
from vigil.extract.part_kinds import kindred_total
from vigil.extract.part_roots import climb_harm_parts, qualified_group_parts
from vigil.extract.perp_context import Scene, carry_scene_actors, headed
from vigil.extract.perpetrators import refer_pronoun_actors
from vigil.extract.person_places import person_names
from vigil.extract.place_parts import place_parts
from vigil.extract.place_units import with_finer_divisions
from vigil.extract.places import body_places, report_places
from vigil.extract.quoted import (
    introduced_bodies,
    named_speaker,
    named_subject,
    quoted_speaker,
    spelt_out_bodies,
)
from vigil.extract.rival_tolls import mark_rival_tolls
from vigil.extract.sentences import Sentence
from vigil.extract.source_bodies import ReportBodies, opening_bodies
from vigil.extract.source_coref import kin_of
from vigil.extract.source_kinds import unnamed_speaker
from vigil.extract.source_names import national, refine
from vigil.extract.source_resolve import ReportSources
from vigil.extract.source_self import names_outlet, opening_body
from vigil.extract.sources import SourceIndex
from vigil.extract.statement_days import (
    FOUNDED,
    SAME_DAY,
    aftermath_day,
    byline,
    closes_harm_clause,
    fronted_statement_day,
    revision_day,
    set_off_time,
)
from vigil.extract.statements import background_spans, harm_positions, in_spans, statement_spans
from vigil.extract.summed_totals import summed_totals
from vigil.extract.time_inherit import (
    ahead_time,
    bare_day,
    began_since,
    dates_the_event,
    event_day_in_week,
    first_dated,
    hours_after,
    narrowing_day,
    past_running_total,
    running_count,
    separate_account,
    toll_incident,
    when_told,
)
from vigil.extract.time_spans import span_parts
from vigil.extract.timex import TimeMention, find_times
from vigil.extract.verification import assign_verification, inherit_verification
from vigil.geo import Gazetteer, PlaceMatch, normalize_name
from vigil.models import Claim, Count, Evidence, Perpetrator, Place, Report, Source, TimeSpan, Victims

_STATEMENT_BEFORE = re.compile(r"(?:said|says|told|reported|announced|added|statement|stated|confirmed|"
                               r"published|released|tweeted|posted|briefing|update[ds]?|"
                               # "it had put the toll at 19 on Saturday": when the toll was given
                               r"(?:put|putting|puts|gave|giving)\s+(?:the|its|their|a)\s+(?:death\s+)?(?:toll|tally|figure|"
                               r"count)\s+at\s+(?:about\s+|around\s+|at\s+least\s+)?[\d,]+|"
                               # "an earlier toll of 12 given by the civil protection office on Wednesday"
                               r"(?:toll|tally|figure|count)\s+of\s+[\d,]+\s+(?:given|issued|provided|circulated)\s+"
                               r"by\s+[^,.;]{1,60}?)"
                               r"\s*(?:late\s+|early\s+)?(?:on\s+)?$",
                               re.IGNORECASE)
_DESTINATION = re.compile(r"\b(?:to(?!\s+(?:flee|leave|abandon|escape|evacuate|vacate|quit)\b)|into|towards|toward|"
                          r"reach(?:ed|ing)?|arriv\w+|refuge|safety|shelter\w*|hosted|including)\b",
                          re.IGNORECASE)     # (not "forced them to flee their homes in X")

# what names the place left after a destination: "fled to Chad from El Geneina"
_LEFT = re.compile(r"\b(?:from|out\s+of|fleeing|escaping)\b", re.IGNORECASE)


def _went_to(between: str) -> bool:
    """The words from a displacement's verb to a place name it as where people went ("fled to X"), not
    where they fled from ("fled to Chad from X": the last of the two words decides)."""
    to = [m.end() for m in _DESTINATION.finditer(between)]
    return bool(to) and not any(m.start() >= to[-1] for m in _LEFT.finditer(between))


_ARRIVED = re.compile(r"\b(?:arriv\w+|shelter\w*|reach(?:ed|ing)?|(?:sought|seeking|taken|taking|took) refuge)\b",
                      re.IGNORECASE)


@dataclass
class _Ctx:
    sources: list[Source] = field(default_factory=list)
    last_time: TimeSpan | None = None
    last_since: TimeSpan | None = None      # the start a running total was last given ("since October 2017")
    last_time_bare: bool = False            # last_time came from a sentence that gives no figure
    last_closed: TimeSpan | None = None     # the last days (not an open "since") the account set
    last_places: list[Place] = field(default_factory=list)
    claims: list[tuple[int, Claim, Figure]] = field(default_factory=list)   # (sentence no., claim, figure)
    harm_parts: dict[str, str] = field(default_factory=dict)   # "among the dead": part id -> figure read as the dead


def _place(m: PlaceMatch) -> Place:
    return Place(name=m.name, country=m.country, admin1=m.admin1, lat=m.lat, lon=m.lon,
                 precision=m.precision)  # type: ignore[arg-type]


#: a sentence that goes on with the figures of the account before it: "Another 30 were wounded", "Of them, ..."
_GOES_ON = re.compile(r"(?:Another|A\s+further|An\s+additional|Of\s+(?:them|those|the\s+\w+)|"
                      r"[\w,-]+\s+(?:others|more)\b)", re.IGNORECASE)
_PLACE_BREAKDOWN = re.compile(r"(?:In|At)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+[a-z]+)?,\s")


def build_claims(report: Report, sentences: Sequence[Sentence], found: dict[int, SentenceFigures],
                 gazetteer: Gazetteer, sources: SourceIndex,
                 parsed_said: dict[int, list[tuple[int, int]]] | None = None,
                 scenes: dict[int, Scene] | None = None,
                 parsed_names: dict[int, list[tuple[int, int]]] | None = None) -> list[Claim]:
    pub, est = report.published, report.published_estimated
    found_mentions = [sources.mentions(s.text) for s in sentences]
    mentions = [[Source(m.source.name, s.text[m.start:m.end], m.source.kind) for m in ms]
                for ms, s in zip(found_mentions, sentences, strict=True)]
    source_spans = [[(m.start, m.end) for m in ms] for ms in found_mentions]
    # a person's name is not a place ("Hassan Ali Garissa said": not the town of Garissa)
    people = person_names([f.attribution for sf in found.values() for f in sf.figures] +
                          [sf.attribution for sf in found.values()],
                          [f.victim_text for sf in found.values() for f in sf.figures if f.single])
    # "told reporters in the capital on Monday": not the harm's place or day (read off the parse where the
    # sentence was parsed, and off the words everywhere)
    said = [statement_spans(s.text) + (parsed_said or {}).get(n, []) for n, s in enumerate(sentences)]
    rp = report_places(sentences, gazetteer, people, source_spans, said, parsed_names)
    place_matches, raw_matches, countries = rp.matches, rp.raw, rp.countries
    speakers = [[(a.start, a.end) for a in (sf.attribution, *sf.attribution.also)] if (
        sf := found.get(n)) is not None and sf.attribution is not None else [] for n in range(len(sentences))]
    bodies = [[_place(m) for m in ms] for ms in body_places(sentences, rp, speakers)]
    main = countries[0] if countries else None
    para_countries: dict[int, list[str]] = {}
    for ms, s in zip(place_matches, sentences, strict=True):
        for m in ms:
            if m.precision in ("country", "region", "admin1") and m.country not in para_countries.get(s.paragraph, []):
                para_countries.setdefault(s.paragraph, []).append(m.country)
    named_countries = {c for cs in para_countries.values() for c in cs}
    # "central Bamyan province" names its province as well as "Bamyan" does
    specific = [[_place(m) for m in ms if (m.precision in ("point", "admin2", "admin1") or m.admin1)
                 and m.via != "demonym"] for ms in place_matches]
    # "the health ministry" is qualified with the country of the harm it reports
    used = _demonyms_used(raw_matches, sentences)
    mentions = national(mentions, sources, (used.get(main) or gazetteer.demonym(main)) if main else None)
    ctx = _Ctx()
    # sources named later, for "a rights group said" before the group is named
    ahead_sources = [ms + [sources.resolve(name, head, []) for name, head in introduced_bodies(s.text)
                           + opening_bodies(s.text)] for ms, s in zip(mentions, sentences, strict=True)]
    rs = ReportSources(sources, gazetteer, report.text, ctx.sources)
    prev_src: tuple[int, Source] | None = None
    rb = ReportBodies(sentences, rs, sources, gazetteer, (used.get(main) or gazetteer.demonym(main)) if main else None)
    sent_times = [_harm_times(s.text, pub, est, st) for s, st in zip(sentences, said, strict=True)]
    event_times = [_event_time(s.text, ts, n in found and bool(found[n].figures))
                   for n, (s, ts) in enumerate(zip(sentences, sent_times, strict=True))]
    has_figs = [n in found and bool(found[n].figures) for n in range(len(sentences))]
    # "Friday's attack": the day the report gives its event, for figures dated nowhere else
    event_day = next(((_span(t), e.group("noun")) for s, ts in zip(sentences, sent_times, strict=True) for t in ts
                  if t.kind == "day" and (e := _OF_EVENT.match(s.text, t.end))), None)
    for n, sent in enumerate(sentences):
        harm_times = sent_times[n]
        sent_places = [m for m in place_matches[n] if m.via != "demonym"]
        # a body named inside a quotation is not one speaking
        sf = found.get(n)
        # (a body named after the pronoun that opens the sentence is not what "it" refers to: "It said ... by X")
        pronoun_at = sf.attribution.start if sf is not None and sf.attribution is not None and (
            sf.attribution.pronoun) else None
        later_here = [m for m, fm in zip(mentions[n], found_mentions[n], strict=True)
                      if pronoun_at is not None and fm.start > pronoun_at and not rs.quoted(sent.start + fm.start)]
        ctx.sources.extend(m for m, fm in zip(mentions[n], found_mentions[n], strict=True)
                           if not rs.quoted(sent.start + fm.start) and not any(m is x for x in later_here)
                           and not re.search(r"(?<![.:;!?]\s)\b(?!(?:The|A|An|This|That)\b)[A-Z][a-z]+\s$",
                                             sent.text[:fm.start]))    # ("the Tesh Red Cross": not the ICRC)
        running = rs.follow_quotation(sent.text, sent.start)
        org = (named_speaker(sent.text) or named_subject(sent.text)) if (sf is None or not sf.figures) and (
            not mentions[n]) else None
        if org is not None:     # "The al-Ribat Front said ...": what "the group" later refers to
            ctx.sources.append(sources.resolve(org[0], org[1], [], context=ctx.sources))
        else:   # "A rights group, the Centre for X (CX), told ...": a body introduced with its acronym
            known = {m.name for m in mentions[n]}
            for name, head in spelt_out_bodies(sent.text):
                if (body := sources.resolve(name, head, [], context=ctx.sources)).name not in known:
                    rs.introduce(body)
            if sf is None or not sf.figures:     # "Rebels storm base, says Kolmar Human Rights League"
                rb.introduce(sent, {m.name for m in mentions[n]} | {s.name for s in ctx.sources})
            if (sf is None or not sf.figures) and (one := unnamed_speaker(sent.text)) is not None:
                # "A resident said gunmen came at dawn. He said 12 died": who "he" is
                ctx.sources.append(sources.resolve(one[0], one[1], one[0].lower().split()[:-1], context=ctx.sources))
        if sf is not None and sf.figures:
            here = (sent_places[0].country if sent_places else ctx.last_places[0].country if ctx.last_places
                    else next(iter(para_countries.get(sent.paragraph, [])), main))
            if here not in named_countries and main is not None:
                here = main     # (a town's namesake abroad does not make "the Defence Ministry" that country's)
            demonym = (used.get(here) or gazetteer.demonym(here)) if here else None
            src = rs.resolve(sf.attribution, demonym, ahead_sources[n + 1:n + 5], at=sent.start)
            if src is not None and sf.attribution is not None:     # "both groups", "police" for a named body
                src = rb.refer(src, sf.attribution, sent.start, demonym)
            if sf.attribution is not None and sf.attribution.pronoun and sf.attribution.head in ("it", "they") and (
                    opener := opening_body(sent.text)) is not None and sf.attribution.start > len(opener[0]) and not (
                    gazetteer.find(opener[0])):   # "The Tesh Civil Defence recovered 17 bodies, it said": its subject
                src = replace(sources.resolve(opener[0], opener[1], [], context=ctx.sources, demonym=demonym),
                              text=sf.attribution.text)
            ctx.sources.extend(later_here)
            if n and sf.attribution is not None and sf.attribution.pronoun and sf.attribution.head in ("he", "she"):
                speaker = quoted_speaker(sentences[n - 1].text)    # '"...," said a priest. He said ...'
                if speaker is not None:
                    src = sources.resolve(speaker.text, speaker.head, [], person=speaker.person,
                                          context=ctx.sources, demonym=demonym)
            we = sf.attribution is not None and sf.attribution.pronoun and sf.attribution.head in ("we", "i")
            if ((src is None and sf.attribution is None) or we) and sent.text[:1] in _OPEN_QUOTES:
                # '"We lost five men. Our troops killed 13," X said.': the speaker named where the quote closes
                # (also "we" of a quotation that closes later: its speaker, not a body named before)
                closing = rs.closing_attribution(sentences, n, found)
                if closing is not None or not we:
                    src = rs.resolve(closing, demonym) if closing is not None else None
            if src is None and sf.attribution is None and prev_src is not None and prev_src[0] == n - 1 and (
                    sent.text[:1] in _OPEN_QUOTES):
                src = prev_src[1]    # a quotation opening right after an attributed account runs on from it
            if src is None and sf.attribution is None and prev_src is not None and prev_src[0] == n - 1 and (
                    sentences[n - 1].paragraph == sent.paragraph) and (_GOES_ON.match(sent.text) or (
                    _PLACE_BREAKDOWN.match(sent.text) and ";" in sent.text)):
                src = prev_src[1]    # "X said 12 were killed. Another 30 were wounded.": X's account goes on
            first_person = sf.attribution is not None and sf.attribution.pronoun and sf.attribution.head in ("we", "i")
            if ((src is None and sf.attribution is None) or first_person) and running is not None:
                src = running        # a quotation "X said:" opened and that runs on over paragraphs ("we", "our teams")
            elif first_person and sf.attribution is not None and not rs.quoted(sent.start + sf.attribution.start) and (
                    not any(q in sent.text for q in ('"', "“", "”"))):
                src = None           # "Our coalition has recorded 38 deaths" in a group's own release: its voice
            if src is None and sf.attribution is None and n + 1 < len(sentences) and mentions[n + 1] and (
                    _BACK_ATTRIBUTION.match(sentences[n + 1].text)):
                src = mentions[n + 1][0]     # "... N fled. This is according to X."
            new: list[tuple[Claim, Figure]] = []
            for k, f in enumerate(sf.figures):
                ahead = specific[n + 1:]
                # (a running count is dated by no day told after it: "nearly 3,000 have been killed")
                later = ahead_time(event_times[n + 1:n + 5], has_figs[n + 1:n + 5]) or (None if running_count(
                    sent.text) else ahead_time([bare_day(ts, pub, s.text) for ts, s in zip(
                        sent_times[n + 1:n + 5], sentences[n + 1:n + 5], strict=False)], has_figs[n + 1:n + 5]))
                if later is None and event_day is not None and re.search(
                        rf"\b{event_day[1].split()[-1].rstrip('s')[:5]}", sent.text, re.IGNORECASE):
                    later = event_day[0]    # a figure of "the attack" the report dates as "Friday's attack"
                # a figure under its own reporting verb ("X estimated ..., but Y concluded that N ...")
                own = src if f.attribution is None or f.attribution is sf.attribution else rs.resolve(
                    f.attribution, demonym, ahead_sources[n + 1:n + 5])
                if f.background or (own is not None and names_outlet(own, report.outlet, sources)):
                    own = None      # ("Tesh Daily reports that ..." in the Tesh Daily: the report's own voice)
                if own is not None:
                    own = refine(_of_division(own, sent_places or ctx.last_places, ctx.last_places), sources, gazetteer)
                    if (by := f.attribution or sf.attribution) is not None and (
                            kin := kin_of(by.text, sent.text[:by.start], gazetteer)) is not None:
                        own = replace(own, name=kin)    # "his family": of the person the sentence names
                claim = _claim(f, sent, own, harm_times, sent_places, ctx, main, gazetteer, ahead, later,
                               bodies[n] if own is not None else [])
                # "N were abducted during the period", "hurt during the night": the account's period or night
                claim.time = referred_time(sent.text, claim.time, sent_times, n, ctx.last_time)
                claim.time = account_start(claim.time, ctx.last_time)
                claim.time = risen_toll(sent.text, f.amount.start, claim.time,
                                        toll_incident(harm_times, f.amount.start) or ctx.last_time or later)
                claim.id = f"t{n}.{k}"
                new.append((claim, f))
            for k, (claim, f) in enumerate(new):
                if f.parent is not None:
                    parent = new[f.parent][0]
                    claim.part_of = parent.id
                    if f.outcome is None:    # (a part of a part whose harm and source an earlier total gave)
                        claim.outcome, claim.source = parent.outcome, claim.source or parent.source
                    if claim.victims.category == "people" and not f.category_explicit:
                        claim.victims.category = parent.victims.category
                elif f.anaphoric_part:
                    # "Among the civilians were ...": the figure of that group, else the latest total
                    # a list of items ("– North district: 38 dead ...") stands as one step of the account
                    listed = {sn for sn, c, _g in ctx.claims if n - 15 <= sn < n and listed_item(c)}
                    total = (group_total([c for sn, c, _g in ctx.claims if n - 5 - len(listed) <= sn < n], f.of_group, f.outcome,
                                         claim.count.value) if f.of_group else None) or _previous_total(ctx, n, f.outcome)
                    if total is None and f.outcome is None:   # "N were wounded; 45 of them were children"
                        total = next((c for c, g in reversed(new[:k]) if g.parent is None and not g.anaphoric_part
                                      and g.outcome is not None), None)
                    if total is not None:
                        total = kindred_total(claim, total, [c for sn, c, _g in ctx.claims if n - 12 <= sn < n])
                        claim.part_of = total.id
                        if harm_group_word(f.of_group) and total.part_of is None:
                            ctx.harm_parts[claim.id] = total.id
                        if f.outcome is None:
                            claim.outcome = total.outcome
                        if claim.source is None:
                            claim.source = total.source
                        if not f.category_explicit:
                            claim.victims.category = total.victims.category
                    elif f.outcome is None:
                        continue      # "the dead include ..." with no total to say what harm: not a claim
                elif k == 0 or new[k - 1][1].parent is not None:
                    _one_of_the_events(claim, n, sent.text, ctx)
                ctx.claims.append((n, claim, f))
            rs.note_sentence(sf.attribution, src, demonym)
            if src is not None:
                prev_src = (n, src)
        et = dawn_referred(event_times[n], ctx.last_time)
        if et is None and not has_figs[n]:
            # a day told without harm inside the account's frame, or where it has none ("On Saturday 18 April, a
            # boat carrying 210 people capsized")
            et = narrowing_day(harm_times, ctx.last_time, sent.text) or (
                bare_day(harm_times, pub, sent.text) if ctx.last_time is None or _open(ctx.last_time) else None)
        if et is None and ctx.last_time is None:
            # "killed 19 shortly before noon that day": the day its figures took sets the account's days
            et = first_dated([c.time for m, c, _f in ctx.claims if m == n])
        if et is not None and et.start is not None and et.end is None:
            ctx.last_since = et
        if et is not None and not (ctx.last_time and not _open(ctx.last_time) and (
                et.start is None or (et.end is None and not (sf is not None and sf.figures)))):
            # the date a count stands at ("as of now") or a background span ("fire has been traded since
            # October") does not replace the days of the account; a running total's own "since" does
            ctx.last_time = et
            ctx.last_time_bare = not (sf is not None and sf.figures)
            if _incident_days(et):
                ctx.last_closed = et
        if specific[n]:
            ctx.last_places = specific[n]
    claims = [c for _, c, _f in ctx.claims]
    refer_pronoun_actors(claims)
    carry_scene_actors(claims, [s.start for s in sentences], scenes or {}, lead=headed(sentences))
    assign_verification(claims, sentences, sources)
    claims = dedupe(claims)
    link_breakdowns(claims, report.text)
    climb_harm_parts(claims, ctx.harm_parts)
    qualified_group_parts(claims)
    place_parts(claims)
    summed_totals(claims)
    inherit_from_totals(claims)
    span_parts(claims)
    mark_rival_tolls(claims, report.text)
    inherit_verification(claims)
    with_finer_divisions(claims, gazetteer)
    _renumber(claims)
    return claims


_OPEN_QUOTES = ('"', "“", "‘", "'")
# a sentence that only attributes the one before it
_BACK_ATTRIBUTION = re.compile(r"\s*(?:this|that|these|those|the)(?:\s+(?:figures?|numbers?|data|toll|tally|estimates?))?"
                               r"\s+(?:is|are|was|were)\s+(?:all\s+)?(?:according to|based on)\s", re.IGNORECASE)
def _demonyms_used(matches: Sequence[Sequence[PlaceMatch]], sentences: Sequence[Sentence]) -> dict[str, str]:
    """The adjective the report itself uses for each country ("Lebanese"), most often written first."""
    used: Counter[tuple[str, str]] = Counter(
        (m.country, _singular(s.text[m.start:m.end])) for ms, s in zip(matches, sentences, strict=True)
        for m in ms if m.via == "demonym")
    out: dict[str, str] = {}
    for (country, word), _ in used.most_common():
        out.setdefault(country, word)
    return out


#: tiers of government below the country, and the bodies of such a tier that take its division's name
_TIER = re.compile(r"^(?:the\s+)?(?:(?P<demonym>[A-Z][a-z]+)\s+)?(?P<tier>(?i:state|regional|provincial|departmental|"
                   r"district|county|prefectural|governorate))\s+(?P<body>(?:[a-z]+\s+){0,2}(?:government|police|"
                   r"administration|department|authorities|officials?|military\s+administration|command|council|governor|"
                   r"prosecutors?|emergency\s+(?:agency|service)|health\s+(?:office|department|directorate)))$")


_STATE_PROSECUTORS = re.compile(r"^(?:(?:the\s+)?(?:(?P<named>(?-i:[A-Z])[a-z]+)\s+)?state\s+prosecutor(?:s|['’]s\s+office)"
                                r"|(?:the\s+)?prosecutors?(?:['’]s\s+office)?\s+(?:in|of)\s+the\s+state\s+of\s+"
                                r"(?P<state>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))$", re.IGNORECASE)
#: countries whose police forces are those of their first-level divisions (states, provinces)
_POLICE_BY_DIVISION = {"IN", "PK", "AU"}
#: countries whose states' bodies go by the state's bare name ("the Tesh government", not "the Tesh state government")
_BARE_STATES = {"IN"}
_COUNTRY_POLICE = re.compile(r"^(?:[A-Z][a-z]+\s+)?police$")


def _as_written(word: str | None, area: str | None) -> str | None:
    """A division's name as the text writes it, where it is the first word of the gazetteer's ("Michoacan" for
    "Michoacán de Ocampo")."""
    if word and area and normalize_name(area).split()[:1] == [normalize_name(word)]:
        return word
    return area


def _of_division(src: Source, places: Sequence[PlaceMatch | Place],
                 before: Sequence[PlaceMatch | Place] = ()) -> Source:
    """"the state government" in a report from Tesh state -> "Tesh state government": a body of a tier of
    government below the country takes the name of its division where the figure's places give it (the
    district's for "district", the first-order division's for the others), not the country's."""
    state = _STATE_PROSECUTORS.match(src.name)
    if state is not None:
        # "state prosecutors", "the state prosecutor's office", "prosecutors in the state of Tesh": the Tesh
        # State Prosecutor's Office
        area = state["state"] or next((p.admin1 for p in places if p.admin1), None)
        area = _as_written(state["named"], area)
        if area is not None:
            return replace(src, name=f"{area} State Prosecutor's Office", kind="government")
    m = _TIER.match(src.name)
    if m is None:
        police = _COUNTRY_POLICE.match(src.name)
        # "police said" in India or Pakistan: the police of the state or province, which those countries'
        # forces are organised by ("Tesh Police"), not the country's
        # (the division the report named before where the sentence names only the country: "in northwest Tesh")
        area = next((p.admin1 for p in [*places, *before] if p.admin1 and p.country in _POLICE_BY_DIVISION
                     and all(q.country == p.country for q in places)), None)
        if police is not None and area is not None and src.kind == "government":
            return replace(src, name=f"{area} Police")
        return src
    if m["tier"] == "district":
        area = next((p.name for p in places if p.precision == "admin2"), None)
    else:
        area = next((p.admin1 for p in places if p.admin1), None)
    area = _as_written(m["demonym"], area)
    if area is None:
        return src
    # ("the state government" of Tesh is the Tesh State Government, as states are named in most federations; a
    # province's or an Indian state's goes by the bare name; its region's police are the Tesh regional police)
    tier_word = m["tier"].lower()
    bare = tier_word == "provincial" or (tier_word == "state" and any(p.country in _BARE_STATES for p in places))
    tier = "" if bare else f" {tier_word}"
    return replace(src, name=f"{area}{tier} {m['body']}")


# "one of the deadliest attacks this year", "the worst violence since 2019": the span a comparison ranges
# over, not when the harm happened
_COMPARED_IN = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|highest|heaviest|most\s+lethal|"
                          # "the third fatal blast in the district this year", "dozens of such attacks this month"
                          r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))(?=\s+(?:[\w-]+\s+)?"
                          r"(?:such|similar|fatal|deadly|major|attack|strike|raid|blast|bombing|incident|massacre|killing))|"
                          r"\bof\s+(?:such|similar))\b"
                          r"[\w\s,'’-]{0,50}?\s(?:(?:so\s+far\s+)?(?:in|since|of|this|for)\s+)?(?:the\s+)?$", re.IGNORECASE)


def _singular(demonym: str) -> str:
    """"Iraqis" -> "Iraqi": the people's plural is not the adjective a body's name takes ("Swiss" stays)."""
    return demonym[:-1] if demonym.endswith("s") and not demonym.endswith("ss") else demonym


def _harm_times(text: str, pub: date | None, est: bool, said: list[tuple[int, int]]) -> list[TimeMention]:
    """Time mentions of a sentence, less the dates of statements ("said on Monday", "told reporters on
    Monday", "in Monday's edition")."""
    if not _maybe_time(text):
        return []
    found = find_times(text, pub, est)
    return when_told(text, found, began_since(text, rescoped(text, found, [
            t for t in found if not _STATEMENT_BEFORE.search(text[:t.start]) and not byline(text, t, pub)
            and (not in_spans(t.start, said) or closes_harm_clause(text, t))
            and not (t.kind != "day" and _COMPARED_IN.search(text[max(0, t.start - 70):t.start])
                     and not set_off_time(text, t))
            and not aftermath_day(text, t) and not fronted_statement_day(text, t)
            and not FOUNDED.search(text, max(0, t.start - 30), t.start) and not revision_day(text, t)
            and not not_harm_day(text, t) and not hours_after(t)])), pub, est)


_OF_EVENT = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?P<noun>attacks?|strikes?|air\s?strikes?|raids?|bombings?|"
                       r"massacres?|ambush|assault|shelling|explosions?|blasts?|killings?|fighting|clashes)\b",
                       re.IGNORECASE)


def _event_time(text: str, times: list[TimeMention], has_figures: bool) -> TimeSpan | None:
    """The time an event sentence sets for the account that follows (not bylines or statements)."""
    events = harm_positions(text)
    if not times or not (has_figures or events):
        return None
    # (not a relative clause's background: "the RSF, which has besieged the city since May 2024")
    bg = background_spans(text)
    best = [t for t in times if t.kind != "unresolved" and not in_spans(t.start, bg)]
    if not best:
        return None
    # the mention nearest an event word ("killed ... on Saturday", not the byline's date)
    return _span(min(best, key=lambda t: min((abs(t.start - e) for e in events), default=0)))


def _incident_days(t: TimeSpan) -> bool:
    """A span of an incident's few days (not a month, a year or a running total's start)."""
    return t.start is not None and t.end is not None and (t.end - t.start).days < 7


def _narrows(day: TimeSpan, frame: TimeSpan) -> bool:
    """An incident's days lying inside a frame of a week or more."""
    return (_incident_days(day) and frame.start is not None and frame.end is not None and not _incident_days(frame)
            and day.start is not None and day.end is not None and frame.start <= day.start and day.end <= frame.end)


def _open(t: TimeSpan) -> bool:
    return t.start is None or t.end is None


def _maybe_time(s: str) -> bool:
    return bool(re.search(r"\d|day|night|dawn|week|month|year|yesterday|today|overnight|morning|evening|since|"
                          r"January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.", s))


_SINCE_THEN = re.compile(r"^(?:ever\s+)?since\s+(?:then|that\s+(?:date|day))$", re.IGNORECASE)
# a war's running toll: a conflict as what has killed, or "since the war began"
_CUMULATIVE = re.compile(r"\b(?:conflict|war|violence|insurgency|uprising|fighting|crisis|unrest|rebellion)\s+"
                         r"(?:[\w'’-]+\s+){0,3}?(?:has|have)\s+(?:already\s+|so\s+far\s+|now\s+)?(?:killed|claimed|"
                         r"left|displaced|forced|uprooted|driven)\b|\bsince\s+the\s+(?:war|conflict|insurgency|fighting)\b",
                         re.IGNORECASE)
# a running count told in the perfect: "the violence has killed 300 people this year" (the whole span, not one day
# of it told next)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:killed|displaced|claimed|left|forced|"
                      r"uprooted|been\s+(?:killed|displaced|abducted|kidnapped|injured|wounded|detained|arrested))\b",
                      re.IGNORECASE)
_COARSE = re.compile(r"^(?:earlier|late[rt]?|early)?\s*(?:this|last)\s+(?:month|year)$", re.IGNORECASE)


def _within(inner: TimeSpan, outer: TimeSpan) -> bool:
    """A multi-day span that lies inside a coarser one."""
    return (inner.start is not None and inner.end is not None and inner.start < inner.end
            and outer.start is not None and outer.end is not None and outer.start <= inner.start
            and inner.end <= outer.end and (inner.start, inner.end) != (outer.start, outer.end))


def _ahead_places(ahead: Sequence[list[Place]], want: set[str]) -> list[Place]:
    """The places a lead elaborates on next: those of the first sentence ahead naming a place of the figure's
    country, with those of the sentences right after it that go on naming such places ("Eleven people died in
    shelling across the east. Six died in X ... Five in Y ...")."""
    out: list[Place] = []
    taken = 0
    for p in ahead:
        mine = [x for x in p if not want or x.country in want]
        if mine:
            out += mine
            taken += 1
        elif out:
            break
        if taken == _AHEAD_RUN:
            break
    return out


_AHEAD_RUN = 3      # (the sentences in a row that go on naming places)


def _span(t: TimeMention) -> TimeSpan:
    return TimeSpan(t.span_start, t.span_end, t.text)


def _claim(f: Figure, sent: Sentence, src: Source | None, times: list[TimeMention], places: list[PlaceMatch],
           ctx: _Ctx, main: str | None, gazetteer: Gazetteer, ahead: Sequence[list[Place]],
           later: TimeSpan | None, body: Sequence[Place] = ()) -> Claim:
    a: Amount = f.amount
    count = Count(value=a.value, low=a.low, high=a.high, qualifier=a.qualifier, text=a.text)
    victims = Victims(category=f.category, text=f.victim_text, groups=f.groups,  # type: ignore[arg-type]
                      demographic=f.demographic)
    # time: the harm's own time mention nearest the figure, else the account it continues
    anchor = f.trigger_char if f.trigger_char is not None else a.start
    time: TimeSpan | None = None
    # a later clause introduced by ", adding" / ", saying" speaks of something else
    # (and ", bringing the toll since January to 340": the total's days, not the figure's)
    cut = re.search(r",\s+(?:adding|saying|noting|while|bringing|raising|taking|pushing)\b|;", sent.text[max(anchor, a.end):])
    if cut is not None and not dates_the_event(sent.text, max(anchor, a.end) + cut.end()):
        limit = max(anchor, a.end) + cut.start()
        times = [t for t in times if t.start < limit]
    elif (grown := _GROWN_TO.search(sent.text, 0, a.start)) is not None and any(t.start > grown.start() for t in times):
        times = [t for t in times if t.start > grown.start()]   # the total's own days ("... this month to 87")
    # "killed in a village where gunmen have struck twice this year": the background clause's time
    times = [t for t in times if not any(b0 <= t.start < b1 and not b0 <= anchor < b1
                                         for b0, b1 in background_spans(sent.text))]
    # ("Eleven needed surgery, and three died on Monday": Monday is the three's; the eleven's is the account's)
    later_clause = [t for t in times if later_clause_day(sent.text, t, anchor, a.end)]
    times = [t for t in times if t not in later_clause]
    if times:
        resolved = [t for t in times if t.kind != "unresolved"]
        time = _span(own_clause_day(sent.text, min(resolved, key=lambda t: abs(t.start - anchor)), resolved, anchor,
                                    a.start)) if resolved else None
        if (gapped := gapped_day(sent.text, anchor, a.start, a.end, resolved)) is not None:
            time = _span(gapped)    # "Twelve were killed on Friday and 8 on Saturday": the 8's own day
        if time is None and (shift := shifted_day([min(times, key=lambda t: abs(t.start - a.start)).text],
                                                  ctx.last_time)) is not None:
            time = shift        # "Eight were killed that day and four the next day": the day after the account's
        if time is None and ctx.last_time is not None and not _open(ctx.last_time) and any(
                SAME_DAY.match(t.text) for t in times):
            # "killed that day", "the villages attacked that morning": the day the account last named
            time = replace(ctx.last_time, inherited=True)
        if time is None:
            # "in the same month", "that year", "missing since the attack"
            time = (same_period([t.text for t in times], ctx.last_time)
                    or since_the_event([t.text for t in times], ctx.last_time))
        then = next((t for t in times if _SINCE_THEN.match(t.text)), None)
        if then is not None and time is not None and then.start > anchor and all(
                t.end <= a.start for t in resolved):
            time = None     # "According to figures tabled last month, 226 have been killed since then"
        if time is None and ctx.last_time is not None and ctx.last_time.start is not None and then is not None:
            # "N have been killed since then", "since that date": from the day the account last named
            time = TimeSpan(ctx.last_time.start, None, then.text, inherited=True)
        if time is not None and _COARSE.search(time.text or "") and not _PERFECT.search(sent.text):
            # "killed earlier this month": the account's own dated range within that month says when
            narrower = [t for t in (ctx.last_time, later) if t is not None and _within(t, time) and (
                time.end is None or time.start is None or (time.end - time.start).days < 40 or _incident_days(t))]
            time = replace(narrower[0], inherited=True) if narrower else time
        if time is not None and (in_week := event_day_in_week(sent.text, time, later)) is not None:
            time = in_week      # "A drone strike killed dozens last week. ... It hit the market on Thursday"
        if (back := counted_back(sent.text, times, anchor)) is not None:
            time = back if back.start is not None else None     # "on Monday, two days after an attack killed 5"
    elif later_clause and ctx.last_time is not None and not _open(ctx.last_time):
        time = replace(ctx.last_time, inherited=True)
    elif later is not None and separate_account(sent.text):
        time = replace(later, inherited=True)     # ("Separately, ...": the days its own account names next)
    elif ctx.last_time is not None and _incident_days(ctx.last_time) and _CUMULATIVE.search(sent.text):
        # "The conflict has already killed 6,000": not the incident's days; the start its toll was last given
        time = replace(ctx.last_since, inherited=True) if ctx.last_since is not None else None
    elif ctx.last_time is not None and ctx.last_time_bare and later is not None and _narrows(later, ctx.last_time):
        # "a fifth shelter hit in ten days. A strike on a school killed 19 ... It hit on Tuesday": a figure-less
        # sentence's frame of many days gives way to the incident's own day the account names next, inside it
        time = replace(later, inherited=True)
    elif ctx.last_time is not None:
        # "The insurgency has killed 3,000 since 2019. An official said 11 were wounded in the attack": the
        # incident's days, not the running total's start
        time = past_running_total(sent.text, ctx.last_time, ctx.last_closed) or replace(ctx.last_time, inherited=True)
    elif later is not None:
        time = replace(later, inherited=True)
    # places: named in the sentence (not where the displaced went); where the sentence names none more
    # precise than a country or region, those of the account it continues (or, in a lead, elaborates)
    own = []
    trig_at = f.trigger_char if f.trigger_char is not None else a.start
    for m in places:
        if f.outcome == "displaced" and m.start > trig_at and _went_to(sent.text[trig_at:m.start]):
            continue
        own.append(_place(m))
    if len(own) > 1 and (tagged := _tagged_place(sent.text, a, places)) is not None:
        own = [_place(tagged)]    # "by governorate: Nabatieh 30, the South 25": the place its count stands beside
    elif own and _COUNT_AT_NAME.match(sent.text, a.end):
        # "four in Boni, three in Douentza and two in Hombori": a count beside a place the gazetteer lacks
        # is not at the places its fellow counts stand beside
        others = {m.name for m in places if _COUNT_BEFORE.search(sent.text, max(0, m.start - 40), m.start)
                  and not (m.start > a.end and _COUNT_IN_PLACE.match(sent.text[a.end:m.start]))}
        own = [p for p in own if p.name not in others] or [
            Place(name=gazetteer.country_name(own[0].country) or own[0].country, country=own[0].country,
                  precision="country")]
    if f.outcome == "displaced" and len(own) > 1:
        # "N people have arrived in X, fleeing fighting in Y": X is where they went, Y where they fled from
        went = {m.name for m in places if a.end <= m.start < trig_at and _ARRIVED.search(sent.text[a.end:m.start])}
        own = [p for p in own if p.name not in went] or own
    plist = list(own)
    if not any(p.precision in ("point", "admin2", "admin1") or p.admin1 for p in own):   # ("northern Shan": a province's part)
        have_countries = {p.country for p in own}
        # the places a lead elaborates on next, in the figure's country (or the report's)
        want = have_countries or ({main} if main else set())
        inherited = ctx.last_places or _ahead_places(ahead, want)
        if body and (not ctx.last_places or (have_countries and not any(p.country in have_countries for p in inherited))):
            inherited = list(body)    # "police in X state said ...": the area of the body stating the figure
        plist += [p for p in inherited if not have_countries or p.country in have_countries]
    if main and not plist:
        name = gazetteer.country_name(main) or main
        plist.append(Place(name=name, country=main, precision="country"))
    perp = Perpetrator(f.perpetrator, f.stance) if f.perpetrator else None  # type: ignore[arg-type]
    return Claim(
        id="", outcome=f.outcome or "killed", count=count, victims=victims,  # type: ignore[arg-type]
        evidence=Evidence(sent.text, sent.start, sent.end), perpetrator=perp, source=src, time=time,
        places=plist, incidents=f.incidents,
    )


# a place with its count beside it in a list: "Nabatieh 30", "Nabatieh: 30", "Norte de Santander (9)", "30 in X,"
_PLACE_THEN_COUNT = re.compile(r"^\s*(?::|\(|[–—-])?\s*$")
# what joins a count to its place: "30 in X", "40 were in X", "three near X"
_AT_PLACE = (r"(?:(?:were|was|are)\s+)?(?:in|near|at|outside)\s+(?:the\s+)?"     # (and "in the village of X")
             r"(?:(?:village|town|city|district|region|province|area|hamlet|settlement|community)\s+of\s+)?")
_COUNT_IN_PLACE = re.compile(rf"^\s+{_AT_PLACE}$")      # ("40 were in X, 30 in Y")
# a count followed by a place's name ("two in Hombori"), and a place with a count before it
_COUNT_AT_NAME = re.compile(rf"\s+{_AT_PLACE}(?-i:[A-Z])")
_COUNT_BEFORE = re.compile(rf"\b(?:\d[\d,]*|{_NUM})\s+(?:more\s+|others?\s+)?{_AT_PLACE}$", re.IGNORECASE)


_GROWN_TO = re.compile(r",\s+(?:bringing|raising|taking|pushing)\b")


def _tagged_place(text: str, a: Amount, places: Sequence[PlaceMatch]) -> PlaceMatch | None:
    """The place a count of a list stands beside ("Nabatieh 30, the South 25", "12 in Tesh and 9 in Kessa")."""
    for m in places:
        if m.end <= a.start and _PLACE_THEN_COUNT.match(text[m.end:a.start]) and m.precision != "country":
            return m
        if m.start >= a.end and _COUNT_IN_PLACE.match(text[a.end:m.start]) and (
                re.match(r"\s*(?:,|;|and\b|\.)", text[m.end:])):
            return m
        if m.start >= a.end and m.precision != "country" and _NOUN_IN_PLACE.match(text[a.end:m.start]) and (
                _LIST_GOES_ON.match(text, m.end)):
            return m    # "displaced 12,000 people in Sindh and 8,000 in Punjab": the first item names its noun
    return None


_NOUN_IN_PLACE = re.compile(rf"^\s+[a-z]+\s+{_AT_PLACE}$")
_LIST_GOES_ON = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:\d|{_NUM}\b)", re.IGNORECASE)


_EVENT_PLURAL = r"(?:attacks|strikes|airstrikes|raids|incidents|assaults|bombings|massacres|ambushes|explosions)"
_ONE_OF_THE_EVENTS = re.compile(rf"\b(?:in|during)\s+one\s+of\s+(?:these|those|the)\s+(?:[\w-]+\s+)?{_EVENT_PLURAL}\b",
                                re.IGNORECASE)
_ANOTHER_EVENT = re.compile(r"^(?:In\s+)?another\s+(?:[\w-]+\s+)?(?:attack|strike|airstrike|raid|incident|assault|"
                            r"bombing|massacre|ambush|explosion)\b", re.IGNORECASE)


def _one_of_the_events(claim: Claim, n: int, text: str, ctx: _Ctx) -> None:
    """"Scores died in raids across the plateau. In one of those raids, at least 18 died": a figure for
    one of the events a stated total spans is part of that total; so is "Another strike killed 18" right
    after such a part."""
    total: Claim | None = None
    if _ONE_OF_THE_EVENTS.search(text):
        total = _previous_total(ctx, n, claim.outcome)
    elif _ANOTHER_EVENT.match(text) and ctx.claims:
        sn, prev, _f = ctx.claims[-1]
        if sn < n and prev.outcome == claim.outcome and prev.part_of is not None:
            total = next((c for _s, c, _g in ctx.claims if c.id == prev.part_of), None)
    if total is None or total.outcome != claim.outcome or claim.count.value is None:
        return
    if total.count.value is not None and total.count.value <= claim.count.value:
        return
    if total.count.value is None and (total.count.high or 0) < claim.count.value:
        return
    claim.part_of = total.id
    if claim.victims.category == "people":
        claim.victims.category = total.victims.category


def _previous_total(ctx: _Ctx, n: int, outcome: str | None) -> Claim | None:
    """The total an anaphoric "This figure includes ..." or "four of the wounded" refers to: the latest
    whole figure before (of the same outcome where the part names one)."""
    fallback = None
    bound: Claim | None = None      # "as high as 140": an upper bound, used only where no firmer total is
    for sn, c, f in reversed(ctx.claims):
        if sn < n - 5:
            break
        if sn < n and c.part_of is None and f.outcome is not None and (c.count.value or c.count.low) and (
                not added_on(c)) and not listed_item(c):     # "21, plus the five attackers": the five are not the total referred to
            if outcome is None or c.outcome == outcome:
                if c.count.qualifier in ("at_most", "more_than"):
                    bound = bound or c      # a bound ("more than 3,000 ... in need"): a larger total before it is firmer
                    continue
                if bound is not None and bound.count.qualifier == "more_than" and (
                        (c.count.value or 0) < (bound.count.value or 0)):
                    return bound
                return c
            fallback = fallback or c
    return bound or (fallback if outcome is None else None)


def _renumber(claims: list[Claim]) -> None:
    mapping: dict[str, str] = {}
    for n, c in enumerate(claims, 1):
        mapping[c.id] = f"c{n}"
    for c in claims:
        c.id = mapping[c.id]
        if c.part_of is not None:
            c.part_of = mapping.get(c.part_of)
