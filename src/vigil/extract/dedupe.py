"""Figures that repeat one another: the same figure for the same group stated in the headline, the lead and
the body (or a summary's bullet and the body) is one claim; what each copy adds (the source a headline
abbreviates, a copy's own days, the places) is merged into the one kept."""

from __future__ import annotations

import re
from datetime import date

from vigil.extract.breakdowns import acronym_of, count_at, headline
from vigil.models import Claim, Source, TimeSpan

__all__ = ["dedupe"]


def dedupe(claims: list[Claim]) -> list[Claim]:
    """The same figure for the same group repeated (headline, lead, body) is one claim."""
    out: list[Claim] = []
    said_in: dict[int, set[int]] = {}     # the sentences each kept claim stands for
    for c in claims:
        # two figures of one sentence are two figures, even where an earlier mention could stand for either
        twin = next((o for o in out if c.evidence.start not in said_in[id(o)] and _same_figure(o, c, claims)), None)
        if twin is None:
            out.append(c)
            said_in[id(c)] = {c.evidence.start}
            continue
        said_in[id(twin)].add(c.evidence.start)
        _merge(twin, c, first_copy=len(said_in[id(twin)]) == 2)
        for o in claims:
            if o.part_of == c.id:
                o.part_of = twin.id
    for o in out:
        if o.part_of == o.id:
            o.part_of = None
    return out


_DESCRIBED = re.compile(r"^(?:an?|another|his|her|their)\s", re.IGNORECASE)
_NAMED = re.compile(r"^(?!(?:An?|Another|His|Her|Their|The|One|Its)\s)[A-Z][\w'’-]+\s+(?:[a-z]{2,3}\s+)?[A-Z]")


def _refers_back(a: Claim, b: Claim) -> bool:
    """"... among them three paramedics. The three paramedics were killed when ...": a definite description
    with the count and the noun of an earlier figure is that figure again, wherever and whenever it is set."""
    if a.outcome != b.outcome or a.count.value != b.count.value or not a.count.value or a.count.value < 2:
        return False
    noun = b.victims.text.split()[0] if b.victims.text else ""
    if not noun or noun.lower() != (a.victims.text.split() or [""])[0].lower() or b.count.text not in b.evidence.text:
        return False
    return bool(re.search(rf"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+{re.escape(b.count.text)}\s+{re.escape(noun)}\b",
                          b.evidence.text))


#: a sentence that opens on another event: its figure is new, not a repetition
_SEPARATE = re.compile(r"^\W*(?:separately|elsewhere|in (?:an?|one) (?:other|separate|different|second|later|"
                       r"unrelated) (?:incident|attack|strike|raid|case|clash|ambush|explosion|blast|shooting)|in "
                       r"another (?:incident|attack|strike|raid|case|clash|ambush|explosion|blast|shooting))\b",
                       re.IGNORECASE)


#: a later sentence that says its event is another one ("A separate raid ... also left two dead", "... killed in
#: a second attack"), or its figure one more than those told ("killed another 12", "three more soldiers")
_EVENT = r"(?:incident|attack|strike|airstrike|air\s+strike|raid|case|clash|ambush|explosion|blast|shooting|bombing|assault)s?"
_OTHER_EVENT = re.compile(r"\b(?:(?:a|an|the)\s+(?:separate|second|third|fourth|different|later|subsequent|new|fresh|"
                          r"further|unrelated|earlier|previous)|another)\s+(?:[\w-]+\s+){0,2}?" + _EVENT + r"\b", re.IGNORECASE)
_INCREMENT_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.IGNORECASE)
_INCREMENT_AFTER = re.compile(r"^\s+(?:more|additional|further)\b", re.IGNORECASE)


def _first(c: Claim, claims: list[Claim]) -> bool:
    """No other figure of the claim's sentence stands before its amount."""
    at = count_at(c)
    return not any(o is not c and o.evidence.start == c.evidence.start and 0 <= count_at(o) < at for o in claims)


def _marked_new(c: Claim, first_in_sentence: bool) -> tuple[bool, bool]:
    """(the figure's event is said to be another one, the figure is told as more than those before it): the
    marker before the amount or in a phrase after it ("... were killed in a second attack"); "another N"
    only where no other figure of the sentence comes before it ("23 died, and a further 17 were wounded")."""
    text = c.evidence.text
    at = count_at(c)
    if at < 0:
        return False, False
    end = at + len(c.count.text)
    event = any(m.start() < at or (re.search(r"\b(?:in|during)\s+$", text[max(0, m.start() - 8):m.start()])
                and "," not in text[end:m.start()]) for m in _OTHER_EVENT.finditer(text))
    more = first_in_sentence and bool(
        _INCREMENT_BEFORE.search(text[max(0, at - 16):at]) or _INCREMENT_AFTER.match(text[end:end + 12])
        or re.match(r"(?:another|a further|an additional)\s", c.count.text, re.IGNORECASE))
    return event, more


def _same_figure(a: Claim, b: Claim, claims: list[Claim]) -> bool:
    if a.evidence.start != b.evidence.start and _refers_back(a, b):
        return True
    if a.evidence.start != b.evidence.start and _SEPARATE.match(b.evidence.text):
        return False              # "In a separate incident on Sunday, two jawans were injured"
    if a.evidence.start != b.evidence.start and a.outcome == b.outcome and a.count.value == b.count.value:
        new_a, new_b = _marked_new(a, _first(a, claims)), _marked_new(b, _first(b, claims))
        if (new_b[0] and not new_a[0]) or (new_b[1] and not new_a[1]):
            return False          # "A separate attack also left 2 civilians dead", "killed another 12"
    if a.outcome != b.outcome or (a.part_of != b.part_of and a.part_of and b.part_of):
        return False
    if a.evidence.start != b.evidence.start and _the_rest(a) != _the_rest(b):
        return False              # "The other five deaths ..." is what a breakdown leaves, not "five soldiers died"
    # the same words for the same days of the same group: a summary's bullet and the body, whatever provinces
    # each copy's other names suggest
    restated = (a.count.text.lower() == b.count.text.lower() and a.victims.category == b.victims.category
                and _own_days(a) is not None and _own_days(a) == _own_days(b))
    if not (_same_qualifier(a, b) or headline(a) or headline(b)) or not _same_when_and_where(a, b, restated):
        return False              # "more than 30" and "at least 30"; equal figures on other days or in other places
    if a.count.value is None and b.count.value is None:
        if (a.count.low, a.count.high, a.count.text.lower()) != (b.count.low, b.count.high, b.count.text.lower()):
            return False          # the same vague amount repeated ("dozens injured" in headline and body)
    elif a.count.value != b.count.value:
        return False
    if a.evidence.start == b.evidence.start:
        return False
    if a.count.value == 1 and (_DESCRIBED.match(a.count.text) or _DESCRIBED.match(b.count.text)) and not (
            a.part_of and a.part_of == b.part_of and a.count.text.lower() == b.count.text.lower()) and not (
            _NAMED.match(a.count.text) or _NAMED.match(b.count.text)) and not _body_found(a, b):
        return False       # "a man" here and "a man" there are two people (unless both are "a child" of one total;
        # "a farmer" and "Aro Tesh" harmed on one day in one place are one person, described and then named)
    if _other_kinds(a, b):
        return False              # "including four children. Four women were also among the dead"
    cats = {a.victims.category, b.victims.category}
    if len(cats) > 1 and "people" not in cats and not (headline(a) or headline(b)):
        return False              # (a headline's words are parsed poorly: its category may be wrong)
    if a.source and b.source and a.source.name != b.source.name and not acronym_of(a.source.name, b.source.name) and (
            not (headline(a) or headline(b))):     # a headline names its source in short ("Benue Gov. confirms ...")
        # two unnamed descriptions of one kind ("the country's media", "press reports") may be one source
        # (and an unnamed description, "both groups", may be the named source of its kind; a description
        # pointing back at a source the resolver could not find, any source)
        if _unresolved_anaphor(a.source) or _unresolved_anaphor(b.source):
            return True
        if a.source.kind == b.source.kind == "un" and "United Nations" in (a.source.name, b.source.name):
            return True            # "UN says" in a headline, one of its agencies in the body
        return a.source.kind == b.source.kind and (_generic(a.source) or _generic(b.source))
    return True


#: the kinds of person a figure's demographic words name; figures of two kinds apart are two figures
_KINDS = {"children": "child", "boys": "child", "girls": "child", "infants": "child", "teenagers": "child",
          "women": "woman", "men": "man", "elderly people": "elderly"}


def _other_kinds(a: Claim, b: Claim) -> bool:
    ka = {_KINDS.get(d) for d in a.victims.demographic} - {None}
    kb = {_KINDS.get(d) for d in b.victims.demographic} - {None}
    return bool(ka) and bool(kb) and not ka & kb


def _body_found(a: Claim, b: Claim) -> bool:
    """"Four traders and a girl died in the blaze ... The body of a girl was pulled from a well": the body of one person described as
    one counted before (the same noun) is that person found."""
    noun_a, noun_b = a.count.text.split()[-1:], b.count.text.split()[-1:]
    return bool(noun_a) and noun_a == noun_b and bool(
        re.search(r"\bbody\s+of\s+" + re.escape(b.count.text), b.evidence.text, re.IGNORECASE))


_THE_REST_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:other|remaining)\s+$", re.IGNORECASE)


def _the_rest(c: Claim) -> bool:
    at = count_at(c)
    return at >= 0 and bool(_THE_REST_BEFORE.search(c.evidence.text[max(0, at - 20):at]))


def _same_qualifier(a: Claim, b: Claim) -> bool:
    """A repeated figure keeps its qualifier; only a bare restatement ("30 killed" headline) may drop it."""
    qa, qb = a.count.qualifier, b.count.qualifier
    return qa == qb or "exact" in (qa, qb)


def _own_days(c: Claim) -> tuple[date, date] | None:
    t = c.time
    if t is None or t.inherited or (t.start is None and t.end is None):
        return None
    return (t.start or date.min, t.end or date.max)


def _same_when_and_where(a: Claim, b: Claim, restated: bool = False) -> bool:
    """Figures whose own days do not overlap, or whose places share no country or province, differ."""
    da, db = _own_days(a), _own_days(b)
    if da is not None and db is not None and (da[1] < db[0] or db[1] < da[0]):
        return False
    if a.places and b.places:
        if not {p.country for p in a.places} & {p.country for p in b.places}:
            return False
        pa = {p.admin1 for p in a.places if p.admin1}
        pb = {p.admin1 for p in b.places if p.admin1}
        if pa and pb and not pa & pb and not (headline(a) or headline(b) or restated):
            return False          # (a headline's names are often its story's landmarks, not the province)
    return True


def _generic(src: Source) -> bool:
    """An unnamed source described in common words ("local media", "Press reports", "officials")."""
    words = re.findall(r"[\w-]+", src.name)
    return bool(words) and all(not w[:1].isupper() or n == 0 or w.lower() in _GENERIC_CAPS
                               for n, w in enumerate(words))


_GENERIC_CAPS = {"un", "u.n", "state"}
_ANAPHORIC_DESCRIPTION = re.compile(r"^(?:the|this|that|these|those|both)\s+(?:(?:two|three|same)\s+)?[a-z]+$",
                                    re.IGNORECASE)


def _unresolved_anaphor(src: Source) -> bool:
    """"Both groups", "the organisation": a description that refers back, left as written."""
    return src.name == src.text and bool(_ANAPHORIC_DESCRIPTION.match(src.text.strip()))


def _merge(keep: Claim, other: Claim, *, first_copy: bool = True) -> None:
    if other.source is not None and (keep.source is None or (_generic(keep.source) and not _generic(other.source))
                                     or (keep.source.name == "United Nations" and other.source.kind == "un")
                                     or (headline(keep) and not headline(other) and first_copy)):
        # the body names the source a headline abbreviates (its first copy, the lead's, not a later one's)
        keep.source = other.source
    if keep.verification == "unknown" or other.verification == "disputed":
        keep.verification = other.verification  # "confirmed" or "could not be verified" of one copy; contested of any
    if keep.perpetrator is None and other.perpetrator is not None:
        keep.perpetrator = other.perpetrator
    own = other.time is not None and not other.time.inherited and (other.time.start or other.time.end)
    if keep.time is None or (keep.time.start is None and keep.time.end is None) or (keep.time.inherited and own):
        keep.time = _joined(keep.time, other.time) or other.time
    elif other.time is not None:
        keep.time = _joined(keep.time, other.time) or _finer(keep.time, other.time) or keep.time
    if other.victims.category != "people" and (keep.victims.category == "people" or (
            headline(keep) and not headline(other))):
        keep.victims = other.victims
    if (keep.count.qualifier == "exact" and other.count.qualifier != "exact") or (
            headline(keep) and not headline(other)):   # a headline rounds its wording ("Over 100 killed")
        keep.count = other.count
    have = {(p.country, p.admin1, p.name) for p in keep.places}
    keep.places.extend(p for p in other.places if (p.country, p.admin1, p.name) not in have)
    if keep.incidents is None:
        keep.incidents = other.incidents
    if keep.part_of is None and other.part_of is not None and other.part_of != keep.id and headline(keep):
        keep.part_of = other.part_of      # "two foreigners among the dead" (headline) = "Among the dead are two ..."


def _finer(keep: TimeSpan, other: TimeSpan) -> TimeSpan | None:
    """"since 2022" (a headline) and "since 24 February 2022" (the body): the same open span, the day given
    where one copy names only its year or month."""
    a, b = keep.start, other.start
    if other.inherited or a is None or b is None or keep.end != other.end or a == b or not (
            (a.month == 1 and a.day == 1 and b.year == a.year) or (a.day == 1 and (b.year, b.month) == (a.year, a.month))):
        return None
    return other


def _joined(a: TimeSpan | None, b: TimeSpan | None) -> TimeSpan | None:
    """"since Friday" in one copy and "until Saturday" in another: the span from one to the other."""
    if a is None or b is None:
        return None
    for x, y in ((a, b), (b, a)):
        if x.start is not None and x.end is None and y.start in (None, x.start) and y.end is not None and (
                x.start <= y.end):     # (a count "until Saturday" may already run from the account's "since")
            return TimeSpan(x.start, y.end, x.text, inherited=x.inherited and y.inherited)
    return None
