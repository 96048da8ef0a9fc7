"""Who states a figure, across the report: an attribution resolved against what the report said before.

:class:`ReportSources` holds, for one report, the sources named so far (the context of "it said", "the
ministry", "the prime minister"), which of them are people (for "he"/"she"), and where the report quotes
someone (a body named inside a quotation is not the one speaking). It turns an
:class:`~vigil.extract.attribution.Attribution` into a canonical :class:`~vigil.models.Source`:

* the report naming itself ("this newspaper reported") speaks in its own voice: no source;
* a pronoun takes the latest source it can refer to ("she" a person, "it" not a person);
* a capital or a country speaking ("Kigali said") is that country's government;
* a country's possessive is its adjective ("the Ruritania's health ministry" -> "Ruritanian health ministry");
* a surname alone, or a role alone ("the prime minister"), is the person the report named in full before;
* everything else goes through :meth:`~vigil.extract.sources.SourceIndex.resolve` (known names, kinds,
  descriptions that point back).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from vigil.extract.attribution import MEMBER_HEADS, REPORT_NOUNS, SPOKES_HEADS, Attribution
from vigil.extract.figures import SentenceFigures
from vigil.extract.lexicon import (
    CIVILIAN_WORDS,
    GENERIC_BODY_NOUNS,
    SOURCE_HEAD_KINDS,
    SOURCE_NOUNS,
    TITLE_WORDS,
)
from vigil.extract.quoted import (
    SpeakerMention,
    colon_speaker,
    described_out,
    quoted_speaker,
    sentence_speakers,
    spelt_out,
)
from vigil.extract.sentences import Sentence
from vigil.extract.source_coref import given_full, initials_of
from vigil.extract.source_members import voiced_body
from vigil.extract.source_names import settled
from vigil.extract.sources import BODY_ANAPHORS, SourceIndex, untitled
from vigil.geo import Gazetteer
from vigil.models import Source

_NAME_WORD = r"[A-Z][a-z'’.]+(?:-[A-Z][a-z'’.]+)?"
_GIVEN_AND_SURNAME = re.compile(rf"(?<![\w'’.-])((?:{_NAME_WORD} ){{1,3}})({_NAME_WORD})\b")
_PAREN_ACRONYM = re.compile(r"\((?-i:[A-Z][A-Z0-9-]{2,9})\)")
_QUOTE_PAIRS = re.compile(r"“[^“”]*(?:”|$)|\"[^\"]*(?:\"|$)", re.MULTILINE)
_POSSESSIVE = re.compile(r"^(?:the\s+)?(?P<owner>[A-Z][\w.'’ -]*?)['’]s\s+(?P<rest>[A-Za-z][\w'’ -]*)$")
_FEMALE = {"she", "her"}
_PARTICLE = re.compile(r"(?:Al|El|Ad|As|Ar|At|Az|An|Abu|Bin|Ibn|Ben|De|Da|Van|Von|Du)[-\s]")
_ROLES = {"spokesman", "spokeswoman", "spokesperson", "official", "officer", "representative", "head", "leader"}
#: titles that name one person's office ("the prime minister", "the governor")
_PERSON_TITLES = {"president", "minister", "governor", "general", "colonel", "commander", "chief", "inspector",
                  "mayor", "spokesman", "spokeswoman", "spokesperson", "prosecutor", "director", "commissioner",
                  "chairman", "chairperson", "secretary", "ambassador", "senator", "judge", "imam", "pastor", "sheikh",
                  "igp"}
_MALE = {"he", "his"}
#: a one-person office described, not named: "the local mayor", "the district commissioner"
_ONE_OFFICE = re.compile(r"(?:the\s+)?(?:local|town|city|regional|provincial|district|county|state|area)?\s*"
                         r"(?P<office>mayor|governor|prefect|sub-prefect|commissioner|administrator)", re.IGNORECASE)
_PLACE_NOUNS = {"county", "district", "province", "state", "region", "city", "town", "village", "municipality",
                "territory", "governorate", "department", "prefecture", "area", "zone", "division"}
#: a person's own staff speaking for him or her: "his office", "her spokesman"
#: a body's spokesperson named by a pronoun or a description of the body: "its spokesman", "the group's spokesman"
_BODYS_VOICE = re.compile(r"(?:(?P<its>its|their)|the\s+(?P<body>group|organi[sz]ation|movement|front|ministry|army|"
                          r"militia|agency|observatory|monitor)['’]s?)\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|"
                          r"representative|press\s+office|media\s+(?:office|wing))", re.IGNORECASE)
_THEIR_OFFICE = re.compile(r"(?:his|her)\s+(?:office|spokes(?:man|woman|person)|press\s+(?:office|service|secretary)|"
                           r"aides?|staff|team)", re.IGNORECASE)
#: heads of a definite description of one speaking person that refers back ("the police boss", "the official")
_PERSONAL_HEADS = {"boss", "official", "officer", "spokesman", "spokeswoman", "spokesperson", "commander", "chief",
                   "leader"}
#: a body's capitalised name that says its task ("Office for Tracing Missing Persons"): whole without its owner
_NAMED_BY_TASK = re.compile(r"(?:[A-Z][\w-]+ )+for (?:the )?[A-Z]\w+ing(?: [A-Z][\w-]+)+$")
#: ranks that make the person named a soldier (a military source)
_MILITARY_TITLES = {"general", "colonel", "commander", "captain", "major"}


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of a text inside quotation marks (a quotation left open runs to the line's end)."""
    return [(m.start(), m.end()) for m in _QUOTE_PAIRS.finditer(text)]


@dataclass
class ReportSources:
    index: SourceIndex
    gazetteer: Gazetteer
    text: str
    context: list[Source] = field(default_factory=list)
    people: set[str] = field(default_factory=set)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    speaker: Source | None = None     # who speaks in the quotation running on
    quoting: Source | None = None     # who spoke the quotation just closed, for one that opens right after
    silent: set[int] = field(default_factory=set)     # bodies named but not (yet) speaking
    # speakers the words of the last sentence name, for the context unless its parse named them
    pending: list[tuple[SpeakerMention, int]] = field(default_factory=list)
    pending_at: int = 0
    account: tuple[Source, int] | None = None     # a person whose account runs on to the paragraph's end
    at: int = 0             # where the sentence being resolved starts

    # whether the text spells out any acronym in parentheses, and the full names found per surname (both asked
    # many times per report; the patterns they take are built from the words asked about)
    acronyms: bool = False
    full_names: dict[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.quotes = quoted_ranges(self.text)
        self.acronyms = _PAREN_ACRONYM.search(self.text) is not None

    def quoted(self, start: int) -> bool:
        return any(a < start < b for a, b in self.quotes)

    def closing_attribution(self, sentences: Sequence[Sentence], n: int,
                            found: Mapping[int, SentenceFigures]) -> Attribution | None:
        """For a sentence opening a quotation that it does not close: the attribution of the sentence (within
        the next three, in the same paragraph) where the quotation closes."""
        text = sentences[n].text
        if "”" in text or ("“" not in text and text.count('"') % 2 == 0):
            return None         # no quotation left open
        for m in range(n + 1, min(n + 4, len(sentences))):
            nxt = sentences[m]
            if nxt.paragraph != sentences[n].paragraph:
                return None
            if "”" in nxt.text or nxt.text.count('"') % 2 == 1:
                sf = found.get(m)
                if sf is None and (closer := _CLOSER.search(nxt.text)) is not None:
                    # (a closing sentence with no figure is not parsed: '... calm," Orvan said in a statement.')
                    if closer["name"] in ("he", "she"):     # '... fields," he declared.': the person named before
                        return Attribution(closer["name"], closer.start("name"), closer.end("name"), pronoun=True,
                                           head=closer["name"])
                    return Attribution(closer["name"], closer.start("name"), closer.end("name"), person=True,
                                       head="person")
                if sf is None and (said := quoted_speaker(nxt.text)) is not None:
                    # '... them," wrote the head of the Tesh administration, Jon Orvan.': the speaker after the verb
                    name = said.text.split(",")[0] if said.person else said.text
                    at = max(nxt.text.find(name), 0)
                    return Attribution(name, at, at + len(name), person=said.person, head=said.head or "person")
                return sf.attribution if sf is not None else None
        return None

    def follow_quotation(self, text: str, start: int) -> Source | None:
        """The speaker of a quotation a sentence belongs to, where an earlier sentence opened it with
        "X said: ..." and every sentence since lies inside quotation marks (a quote running on over
        paragraphs); call once per sentence, in order."""
        self._commit_pending()
        self.at = start
        account = self._account_for(text, start)
        self.pending = [(sp, start) for sp in sentence_speakers(text, _ORG_WORDS)]
        group = _GROUP_SPEAKING.match(text.strip())
        if group is not None and not self.pending:
            # "Residents who spoke to us contested the army's account. They said ...": what "they" refers to
            noun = group["noun"].lower()
            self.pending.append((SpeakerMention(noun, (noun,), False), start))
        role = _ROLE_SPEAKING.match(text.strip())
        if role is not None and not self.pending:
            # "A spokesman for the Tesh coalition denied the claims. He said ...": "he" speaks for that body
            body = role["body"]
            self.pending.append((SpeakerMention(body, (body.split()[-1].lower(),), False,
                                                voice=role.group(0)[:role.end("body")]), start))
        self.pending_at = len(self.context)
        lead = start + len(text) - len(text.lstrip())
        inside = any(a <= lead < b for a, b in self.quotes)
        name = colon_speaker(text)
        if name is not None:
            self.speaker = self.index.resolve(name, "person", [], person=True, context=self.context)
            self._add_person(self.speaker.name)
            self.quoting = None
            return None
        if not inside:
            self.speaker = None
        # '"We are appalled," said X. "Our teams recorded 47 injured.' and on over paragraphs that open with
        # a quotation mark: X speaks until a sentence opens without one
        opens = text.lstrip()[:1] in _OPENING_MARKS
        chained = self.quoting if opens else None
        said = quoted_speaker(text)
        pronoun = _PRONOUN_CLOSER.search(text) if said is None else None
        if pronoun is not None and (person := self._antecedent(pronoun["p"])) is not None and self._personal(person):
            # '"We buried them at dawn," he said. "Twelve others were wounded."': the person "he" is
            self.quoting = person
        elif said is not None and (aged := self._person_by_age(said.text)) is not None:
            self.quoting = aged         # '"...," the 61-year-old said.': the person named before
        elif said is not None:
            self.quoting = self.index.resolve(said.text.split(",")[0], said.head or "person", [], person=said.person,
                                              context=self.context)
            if said.person:
                self._add_person(self.quoting.name)
        elif not opens:
            self.quoting = None
        return self.speaker or chained or account

    def _commit_pending(self) -> None:
        """Speakers named by the words of a sentence its parse did not account for (it held no figure): what
        "he said", "the division", "the command" may later refer to."""
        at = self.pending_at
        for sp, start in self.pending:
            src = self._speaker_source(sp)
            if src is None:
                continue
            if sp.voice is not None:
                src = replace(src, text=sp.voice)
            self.context.insert(at, src)
            at += 1
            if sp.person:
                self._add_person(src.name)
                end = self.text.find("\n\n", start)
                self.account = (src, end if end >= 0 else len(self.text))
            if sp.body is not None:     # "spokesperson of the Xth Division": what "the division" refers to
                body = self.index.resolve(sp.body, sp.body.split()[-1].lower(), [], context=self.context)
                self.context.insert(at, body)
                self.silent.add(id(body))
                at += 1
        self.pending = []

    def _speaker_source(self, sp: SpeakerMention) -> Source | None:
        if not sp.person:
            return self.index.resolve(sp.name, sp.role[-1], [], context=self.context)
        words = sp.name.split()
        if self.index.lookup(sp.name) is not None or self.index.mentions(sp.name):
            return None         # a body's name, not a person's ("Amnesty International said")
        # "Tesh District Jon Orvan": the district an officer serves is no part of the name
        cut = next((k for k in range(len(words) - 2, 0, -1) if self._is_place(" ".join(words[:k]))), 0)
        words = words[cut:]
        if self._is_place(" ".join(words)):
            return None         # a place ("Port Harcourt said")
        return self.index.resolve(" ".join(words), "person", list(sp.role), person=True, context=self.context)

    def _is_place(self, text: str) -> bool:
        """Whether the words are one place's name, whole."""
        found = self.gazetteer.find(text)
        return len(found) == 1 and found[0].start == 0 and found[0].end >= len(text) - 1

    def _account_for(self, text: str, start: int) -> Source | None:
        """The person whose account a sentence continues: named as speaking earlier in its paragraph, which
        goes on with "he said" after it ("X said troops came at dawn. Six were wounded. Two are critical, he said")."""
        if self.account is None:
            return None
        src, end = self.account
        if start >= end:
            self.account = None
            return None
        after = self.text[start + len(text):end]
        return src if _PRONOUN_SAID.search(after) else None

    def introduce(self, src: Source) -> None:
        """A body the report names without its speaking yet: what "the group" may refer to, not "it"."""
        self.context.append(src)
        self.silent.add(id(src))

    def _add_person(self, name: str) -> None:
        """Count a speaker as one person, unless the name is a known body the tagger took for a person's name
        ("Al Tesh says ...")."""
        known = self.index.lookup(name)
        if known is None or known.kind in ("other", "witness"):
            self.people.add(name)

    def note(self, src: Source, *, person: bool = False) -> None:
        """A source the report names (what "it", "the ministry" may later refer to)."""
        self.context.append(src)
        if person:
            self._add_person(src.name)

    def note_sentence(self, attr: Attribution | None, src: Source | None, demonym: str | None) -> None:
        """The sources a sentence names, in their order: the one chosen for its figures and the others
        ("while locals said ..., the agency said ...": the agency is what "it" refers to next)."""
        if attr is not None or src is not None:
            self.pending = []       # (the parse named the sentence's speakers)
        items = sorted(attr.also or [attr], key=lambda b: b.start) if attr is not None else []
        if not any(b is attr for b in items) and src is not None:
            self.note(src, person=bool(attr and attr.person))
            return
        for b in items:
            if b is attr:
                found = src
            elif b.pronoun or b.own_voice:
                continue
            else:
                found = self.resolve(b, demonym)
            if found is not None:
                self.note(found, person=b.person)

    def resolve(self, a: Attribution | None, demonym: str | None, later: Sequence[Sequence[Source]] = (),
                at: int | None = None) -> Source | None:
        """The source an attribution names; ``at`` is where its sentence starts in the report."""
        if a is None or a.own_voice:
            return None
        if at is None:
            at = self.at
        bare = re.sub(r"['’]s?$", "", re.sub(r"^(?:the|a|an)\s+", "", a.text.strip(), flags=re.IGNORECASE))
        # ("MDA paramedics", "TSS officials": people of the body an acronym the report spelt out names)
        member = re.fullmatch(r"([A-Z]{2,6})\s+(paramedic|medic|rescuer|staff|official|volunteer|team)s?", bare)
        bare = member[1] if member else bare
        if not a.pronoun and not a.person and re.fullmatch(r"[A-Z]{2,6}", bare) and self.index.lookup(bare) is None:
            spelt = self._acronym(bare, demonym)       # "the TSS" for "the Tesh Security Secretariat (TSS)"
            if spelt is not None and member and spelt.kind == "other":
                spelt = replace(spelt, kind=SOURCE_HEAD_KINDS.get(member[2], "other"))  # type: ignore[arg-type]
            if spelt is not None:
                return replace(spelt, text=a.text)
        if a.pronoun:
            if a.head in _FEMALE | _MALE and not self.people and at is not None:
                named = self._person_before(at)     # "according to her": the official named before
                if named is not None:
                    if _looks_personal(named.name):
                        self._add_person(named.name)    # (what "the official", "the leader" later refers back to)
                    return named
            if a.text.strip().lower() in REPORT_NOUNS:
                # "the report said": a document's author is a body, not the relatives or witnesses it quotes
                issued = next((src for src in reversed(self.context) if id(src) not in self.silent
                               and src.kind != "witness" and src.name not in self.people), None)
                if issued is not None:
                    return issued
            found = self._antecedent(a.head)
            if found is not None and a.head in _FEMALE | _MALE and _looks_personal(found.name):
                self._add_person(found.name)
            return found
        if (holder := self._office_holder(a.text)) is not None:
            return holder     # "the local mayor told us": the mayor the report names ("NAME, the mayor of X")
        if _THEIR_OFFICE.fullmatch(a.text.strip()) and (named := next(
                (src for src in reversed(self.context) if _looks_personal(src.name)), None)) is not None:
            return replace(named, text=a.text)    # "his office said": the person named before speaks through it
        if not a.person and (voiced := self._body_voiced(a.text)) is not None:
            return voiced     # "The Tesh Front claimed the attack. Its spokesman said ...": the front speaks
        if not a.person and a.head in MEMBER_HEADS | SPOKES_HEADS and (of := self._member_of_named(a)) is not None:
            return replace(of, text=a.text)   # "a ministry official said": of the ministry the report named
        written = a.text
        words = re.sub(r"\s*\((?-i:[A-Z]{2,6})\)", "", written).split()   # ("Police Officer (PO) Jon Tesh")
        if (len(words) == 2 and re.fullmatch(r"[A-Z]{2,5}\.?", words[0]) and words[1][:1].isupper()
                and not words[1].isupper() and self.index.lookup(written) is None
                and " " in (self._full_name(words[1]) or "")):
            # "ASP Tesh added" after "Assistant Superintendent of Police Jon Tesh": a rank's abbreviation before
            # a surname the report gave in full
            words, a = words[1:], replace(a, person=True)
        person = a.person or (1 < len(words) <= 4 and words[0].lower().strip(".()") in TITLE_WORDS
                              and all(w[:1].isupper() for w in words)) or (
            len(words) <= 7 and all(w[:1].isupper() or w in ("of", "for") for w in words)
            and len(untitled(words)) == 2 < len(words)
            and untitled(words)[0].lower() not in TITLE_WORDS)
        if person:     # "IGP Tesh", "Governor Jon Orvan": the name without the title
            written = " ".join(untitled(words))
            if not a.person:
                a = replace(a, person=True)
        stripped = re.sub(r"['’]s?$", "", written.strip())     # ("Tesh's statement": the speaker is Tesh)
        if " " not in stripped and stripped[:1].isupper() and not stripped.isupper() and (a.person or (
                self.index.lookup(stripped) is None and stripped.lower() not in SOURCE_HEAD_KINDS)):
            full = self._full_name(stripped) or given_full(stripped, self.text)
            if full is not None:
                src = self.index.resolve(full, a.head, a.modifiers, person=True, context=self.context,
                                         demonym=demonym)
                kind = next((s.kind for s in reversed(self.context) if s.name == src.name), src.kind)
                self._add_person(src.name)
                return replace(src, text=written, kind=kind)
        if a.place and (country := self._country_speaking(stripped)) is not None:
            return Source(f"{country} government", written, "government")
        if not a.person and (office := _OFFICE_OF_PLACE.fullmatch(written.strip())) is not None:
            # "the governor of Russia's Tesh region": one person's office, named by its place ("Tesh governor")
            return Source(f"{office['place']} {office['office'].lower()}", a.text, "government")
        if not a.person:
            written = self._possessive_country(self._owned_name(written))
            known_as = self._known_as(written, at + a.start)
            if known_as is not None:    # "the prison authority ... The agency, known as TPA,": the name it goes by
                src = self.index.resolve(written, a.head, a.modifiers, context=self.context, demonym=demonym)
                return Source(known_as, a.text, src.kind)
            role = self._person_by_role(written)
            if role is not None:
                return role
        if not a.person and self.acronyms and "(" not in written and (acr := re.search(
                re.escape(written.strip()) + r"(?:\s+(?:in|for|of|on)\s+[^,;:()]{1,60}?)?\s*\((?-i:[A-Z][A-Z0-9-]{2,9})\)",
                self.text)) is not None and (
                named := self.index.acronym_named(acr.group())) is not None:
            return replace(named, text=written)     # "the UN mission in Tesh (UNMIT)", the acronym outside the words
        # (a body's description refers back to a body, never to a person named since: "the group said")
        last = written.split()[-1].lower() if written.split() else ""
        body = not a.person and (a.head in BODY_ANAPHORS or last in BODY_ANAPHORS)
        context = settled([s for s in self.context if s.name not in self.people] if body else self.context,
                          self.index, self.gazetteer)
        if not a.person and (owner := voiced_body(written)) is not None:
            written, a = owner, replace(a, head=owner.split()[-1].lower())   # "the army's spokesman": the army
        src = self.index.resolve(written, a.head, a.modifiers, person=a.person, context=context, demonym=demonym)
        if a.phrase:
            src = replace(src, text=a.phrase)
        if a.person:
            self._add_person(src.name)
        if not a.person and self.index.lookup(src.name) is None:
            named = _named_alike(a.text, [*reversed(self.context), *(m for ms in later for m in ms)])
            if named is not None:      # "the country's national rights network" -> "National Rights Defence Network"
                return replace(named, text=src.text)
        if _indefinite(a.text) and a.head in _PERSONAL_HEADS and (given := self._named_next(a.head, at)) is not None:
            # "a police spokesman said ... The spokesman, Jon Orvan, said": the person the role is named with next
            return replace(src, name=given, text=src.text)
        if _indefinite(a.text) and self.index.lookup(src.name) is None and a.head not in MEMBER_HEADS | SPOKES_HEADS:
            # (a body named later, not "a source in the militia": one person's words are not the body's)
            nxt = [m for ms in later for m in ms if m.kind == src.kind or (
                # "a local resistance group said ... the Tesh People's Defence Force said": a named force no
                # list knows as a state's is the armed group described
                src.kind == "armed_group" and m.kind == "military" and self.index.lookup(m.name) is None
                and a.head in GENERIC_BODY_NOUNS) or (
                # "a local monitoring group said ... The group, Tesh Watch, ...": a civil body no list knows
                src.kind == "monitor" and m.kind in ("ngo", "other") and self.index.lookup(m.name) is None
                and a.head in GENERIC_BODY_NOUNS)]
            if nxt:
                return replace(nxt[0], kind=src.kind)     # (what "the group" later refers to: an armed group)
        if _part_described(a.text) and src.name == _DETERMINER.sub("", a.text.strip()):
            # "the military's media wing said ...": the body of that kind the report names (before it, else next)
            kinds = {"government", "military"} if src.kind in ("government", "military") else {src.kind}
            prior = [s for s in reversed(self.context) if s.kind in kinds and s.name[:1].isupper()
                     and s.name not in self.people]
            nxt = prior + [m for ms in later for m in ms if m.kind in kinds and m.name[:1].isupper()]
            if nxt:
                return replace(nxt[0], text=src.text)
        return src

    # -- the cases ---------------------------------------------------------------------------------

    def _body_voiced(self, written: str) -> Source | None:
        """The body named before that "its spokesman", "the group's spokesman" speaks for."""
        m = _BODYS_VOICE.fullmatch(written.strip())
        if m is None:
            return None
        for src in reversed(self.context):
            if src.name in self.people or self._personal(src) or not src.name[:1].isupper():
                continue
            if m["its"] or m["body"].lower().rstrip("'’s") in src.name.lower().split() or (
                    m["body"].lower() in BODY_ANAPHORS and src.kind in BODY_ANAPHORS[m["body"].lower()]):
                return replace(src, text=written)
            return None
        return None

    def _member_of_named(self, a: Attribution) -> Source | None:
        """"a ministry official", "a commission spokesman": the body of that common noun the report last named
        ("Tesh's Ministry of Defence"), where the words name no body of their own."""
        words = a.text.lower().split()
        if not words or words[0] not in ("a", "an", "the", "one") or len(words) > 4:
            return None
        body = next((w for w in words[1:-1] if w in _MEMBER_BODIES), None)
        if body is None:
            return None
        found = next((src for src in reversed(self.context) if src.name not in self.people and src.name[:1].isupper()
                      and re.search(rf"\b{body}\b", src.name, re.IGNORECASE)), None)
        if found is not None:
            return found
        # a body named in a sentence that gives no figure ("Tesh's Ministry of Defence did not comment")
        named = [m for m in _NAMED_BODY.finditer(self.text[:self.at]) if m["body"].lower() == body]
        if not named:
            return None
        written = self._possessive_country(self._owned_name(named[-1].group().strip()))
        return self.index.resolve(written, body, [], context=self.context)

    def _antecedent(self, pronoun: str) -> Source | None:
        """The latest source a pronoun can refer to: a person for "he"/"she", not a person for "it"."""
        personal = pronoun in _FEMALE | _MALE and any(
            self._personal(src) for src in self.context if id(src) not in self.silent)
        for src in reversed(self.context):
            if id(src) in self.silent:
                continue
            if pronoun in _FEMALE | _MALE and not self._personal(src) and (self.people or personal):
                continue        # "he" is a person: the official named or described, not a body named since
            if pronoun == "they" and src.name in self.people and any(
                    s.name not in self.people for s in self.context if id(s) not in self.silent):
                continue        # "they" is not one named person
            if pronoun == "it" and src.name in self.people:
                continue
            return src
        spoken = [src for src in self.context if id(src) not in self.silent]
        return spoken[-1] if spoken else None

    def _personal(self, src: Source) -> bool:
        """A source that is one person: named as one, or described by a personal role ("the army spokesman")."""
        words = src.text.lower().split()
        cut = next((k for k, w in enumerate(words) if k and w in ("of", "for")), None)
        if cut is not None:
            words = words[:cut]       # "the governor of Tesh region", "a spokesman for X": its head, not the place
        return src.name in self.people or (bool(words) and words[-1] in _PERSON_TITLES | _ROLES)

    def _country_speaking(self, text: str) -> str | None:
        """"Kigali said", "Ruritania said": a bare place name as speaker stands for its government."""
        bare = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
        if not bare[:1].isupper() or len(bare.split()) > 4 or self.index.lookup(bare) is not None:
            return None
        found = self.gazetteer.find(bare)
        if len(found) != 1 or (found[0].end - found[0].start) < len(bare) - 1 or found[0].via == "demonym":
            return None
        if found[0].precision not in ("country", "point"):
            return None
        if found[0].precision == "point" and (found[0].via != "name" or found[0].population < 250_000):
            return None     # "said Moses, a fisherman": a village's name (or another name for one) is a person's
        return self.gazetteer.demonym(found[0].country)

    def owned(self, name: str) -> str:
        """A body's name without an owner written before it ("the Tesh Region's Office for X" -> "Office for X")."""
        return self._possessive_country(self._owned_name(name))

    def _possessive_country(self, written: str) -> str:
        """"the Ruritania's interior ministry" -> "Ruritanian interior ministry", "Ruritania's Defence Ministry" ->
        "Ruritanian Defence Ministry"."""
        m = _POSSESSIVE.match(written.strip())
        if m is None or (m["rest"][:1].isupper() and (self.index.lookup(written) or self.index.lookup(m["rest"]))):
            return written      # ("Lebanon's National News Agency": a name known as it is)
        code = self.gazetteer.country_of(m["owner"])
        adjective = self.gazetteer.demonym(code) if code else None
        return f"{adjective} {m['rest']}" if adjective else written

    def _owned_name(self, written: str) -> str:
        """"the Guards' Tesh News website", "the Orvan region's Ministry of Health": the owner written before a body's
        capitalised name is no part of it, except a place, whose name stays ("Orvan Ministry of Health")."""
        m = _OWNED.match(written.strip())
        rest = [w for w in re.sub(r"\s*\([^)]*\)?", " ", m["rest"]).split() if w.lower() not in _MEDIA_WORDS] if m else []
        if m is None or len(rest) < 2:
            return written      # (not "the group's Telegram channel", "the Attorney General's Office")
        owner = m["owner"]
        words = owner.split()
        initials = "".join(w[0] for w in re.findall(r"[\w]+", f"{owner} {' '.join(rest)}") if w[0].isupper())
        if words[-1].lower().rstrip("s") in CIVILIAN_WORDS | _PEOPLE_WORDS or re.search(
                rf"\((?:the\s+)?{re.escape(initials)}\)", written):
            return written      # "the Tesh People's Defence Forces (TPDF)": a possessive inside one name
        if _NAMED_BY_TASK.match(m["rest"]):
            return m["rest"]    # "the Tesh Region's Office for Tracing Missing Persons": a name of its own
        if len(words) > 1 and words[-1].lower() in _AREA_WORDS:
            return f"{' '.join(words[:-1])} {m['rest']}"
        found = self.gazetteer.find(owner)
        if len(found) == 1 and found[0].start == 0 and found[0].end >= len(owner) - 1:
            if found[0].precision == "country":
                return written          # (a country's adjective: below)
            return f"{owner} {m['rest']}"
        return m["rest"]

    def _known_as(self, written: str, at: int) -> str | None:
        """The name a body described in words goes by, where the report says so just after: "the prison authority
        ... The agency, known as TPA, ..." (a description of the same kind of body)."""
        words = written.split()
        if not words or any(w[:1].isupper() for w in words[1:] if not w.endswith(("'s", "’s"))):
            return None
        head = words[-1].lower()
        if head not in _KNOWN_AS_HEADS:
            return None
        for m in _KNOWN_AS.finditer(self.text, at, min(len(self.text), at + 600)):
            if m["head"].lower() == head or m["head"].lower() in _KNOWN_AS_HEADS:
                return m["name"]
        return None

    def _full_name(self, surname: str) -> str | None:
        """The full name the report gives for a surname ("Tesh" -> "Jon-Paul Tesh"), allowing one letter
        of difference (a misspelling of the same name)."""
        # (each name that ends in the surname, or one letter off it; not the leftmost runs of capitalised words,
        # which "Kalat Deputy Commissioner Jon" would eat before "Tesh")
        if surname in self.full_names:
            return self.full_names[surname]
        # ("Al-Masri said" opening a sentence for "Khalid al-Masri": a particle written small inside a name)
        particle = f"[{surname[0]}{surname[0].lower()}]" if _PARTICLE.match(surname) else re.escape(surname[:1])
        # (the words before each place the surname stands: "Gen. Jon Tesh. Tesh said" holds one run of capitals)
        names = [(m.group(1), m.group(2)) for m in _GIVEN_AND_SURNAME.finditer(self.text)] + [
            (ahead[1], m.group(0)) for m in re.finditer(rf"(?<![\w'’.-]){particle}{re.escape(surname[1:])}\b", self.text)
            if (ahead := re.search(rf"(?<![\w'’.-])((?:{_NAME_WORD} ){{1,3}})$", self.text[max(0, m.start() - 60):m.start()]))]
        best: str | None = None
        for first, last in names:
            if last.lower() == surname.lower() or _one_letter_off(last, surname):
                given = untitled([*first.split(), last], keep=2)[:-1]     # (a rank's "Col." or "Gen." before it)
                if any(w.endswith(".") and len(w) > 3 for w in given):
                    continue        # "... on Monday. Rebels put ...": a sentence's end, not a given name
                words = [w for w in given if w.lower().strip(".") not in TITLE_WORDS]
                if words:
                    cand = " ".join([*words, last])
                    if best is None or (last == surname and not best.endswith(surname)) or len(cand) > len(best):
                        best = cand
        self.full_names[surname] = best
        return best

    def _named_next(self, head: str, at: int) -> str | None:
        """The name the report gives a person described by a role soon after ``at``: "The spokesman, Jon Orvan,"
        or "Spokesman Jon Orvan"."""
        window = self.text[at:at + 800]
        m = re.search(rf"\b(?:[Tt]he\s+(?:[a-z]+\s+)?{re.escape(head)},\s+|(?-i:{re.escape(head.capitalize())})\s+)"
                      rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\b", window)
        if m is None and head == "official":
            # "a local official said ... County Commissioner Jon Orvan told the station": the office holder
            # who speaks first in the paragraph after
            nxt = self.text.find("\n\n", at)
            if nxt >= 0:
                end = self.text.find("\n\n", nxt + 2)
                para = self.text[nxt + 2:end if end >= 0 else len(self.text)]
                m = _TITLED_SPEAKING.search(para[:200])
        return m["name"] if m is not None else None

    def _person_by_age(self, written: str) -> Source | None:
        """"the 61-year-old", "the 34-year-old mother": a person described by age refers back to the person the
        report last named."""
        if not _BY_AGE.fullmatch(written.strip()):
            return None
        return next((replace(src, text=written) for src in reversed(self.context)
                     if id(src) not in self.silent and src.name in self.people), None)

    def _person_by_role(self, written: str) -> Source | None:
        """"the prime minister" after "Prime Minister Jane Orvan": the person the report named with that title."""
        if (aged := self._person_by_age(written)) is not None:
            return aged
        m = re.fullmatch(r"(?:the|this)\s+((?:[a-z]+\s+){0,2}[a-z]+)", written.strip(), re.IGNORECASE)
        if m is not None and m.group(1).split()[-1].lower() in _PERSONAL_HEADS and self.people:
            # "the police boss disclosed", "the official added": the person last named as speaking
            # (not the outlet the person spoke to: "he told Radio Tesh")
            last = next((src for src in reversed(self.context) if id(src) not in self.silent and src.kind != "media"),
                        None)
            if last is not None and last.name in self.people:
                return replace(last, text=written)
        if m is None or not all(w.lower() in TITLE_WORDS for w in m.group(1).split()) or (
                m.group(1).split()[-1].lower() not in _PERSON_TITLES):
            return None
        title = r"\s+".join(re.escape(w) for w in m.group(1).split())
        named = re.search(rf"\b(?i:{title})\s+((?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD})", self.text) or re.search(
            rf"\b(?i:{title}),\s+((?:{_NAME_WORD}\s+){{1,3}}{_NAME_WORD}),", self.text)    # "the governor, Ana Orvan,"
        if named is None or any(w.lower() in TITLE_WORDS for w in named.group(1).split()):
            return None
        for src in reversed(self.context):
            if src.name == named.group(1) or named.group(1).endswith(src.name) or src.name.endswith(named.group(1)):
                return replace(src, text=written)
        military = any(w.lower() in _MILITARY_TITLES for w in m.group(1).split())
        return Source(named.group(1), written, "military" if military else "government")

    def _acronym(self, acronym: str, demonym: str | None) -> Source | None:
        """What an acronym stands for where the report spells it out before it in parentheses: a body ("the
        Tesh Security Secretariat (TSS)"), or the person holding the office it names ("District Police Officer
        (DPO) Jon Tesh", "the Chief Inspector of Prisons (CIP), Jon Tesh")."""
        spelt = next(((name, end) for name, acr, end in spelt_out(self.text, loose=True) if acr == acronym), None)
        if spelt is None:
            # "the Orvanian military (OTF) said ... The OTF confirmed": the description the report gave it
            desc = next((d for d, acr in described_out(self.text) if acr == acronym), None)
            if desc is None:    # "MDA paramedics" after "Magen David Adom" named with no acronym: its initials
                return next((src for src in reversed(self.context) if src.name not in self.people
                             and initials_of(src.name, acronym)), None)
            return self.index.resolve(f"the {desc}", desc.split()[-1].lower(), [],
                                                                context=self.context, demonym=demonym)
        words = spelt[0].split()
        # the head of the name: its last word before an "of" ("Inspector General of Police" -> "general")
        head = next((words[k - 1] for k in range(1, len(words)) if words[k].lower() in ("of", "for")), words[-1])
        head = head.lower().strip("'’s")
        if head in _PERSON_TITLES | _ROLES:
            after = re.match(rf"\s*,?\s*(?:{_NAME_WORD}\s+){{1,3}}{_NAME_WORD}", self.text[spelt[1]:])
            if after is None:
                return None
            name = after.group().strip(" ,").split()
            if len(name) > 2 and self.gazetteer.find(name[0]):
                name = name[1:]         # "DPO Tesh Jon Orvan": the district, then the officer
            src = self.index.resolve(" ".join(name), head, [w.lower() for w in words], person=True, context=self.context)
            self._add_person(src.name)
            return src
        return self.index.resolve(" ".join(words), head, [w.lower() for w in words[:-1]], context=self.context,
                                  demonym=demonym)

    def _office_holder(self, text: str) -> Source | None:
        """The person the report names as holding a one-person office a source is described by ("the local
        mayor" -> "Jon Tesh, the mayor of Kessa"; "the district commissioner" -> "Commissioner Jon Tesh")."""
        m = _ONE_OFFICE.fullmatch(text.strip())
        if m is None:
            return None
        office = m["office"]
        named = re.search(rf"\b(?P<name>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){{1,3}}),\s+(?:the\s+)?"
                          rf"(?:[a-z]+\s+)?{office}\b|\b(?-i:{office.capitalize()})\s+(?P<titled>(?-i:[A-Z][\w'’-]+)"
                          rf"(?:\s+(?-i:[A-Z][\w'’-]+)){{1,3}})", self.text, re.IGNORECASE)
        if named is None:
            return None
        name = named["name"] or named["titled"]
        if not _looks_personal(name) or any(w.lower() in TITLE_WORDS | SOURCE_NOUNS for w in name.split()) or (
                self.gazetteer.find(name)) or name.split()[-1].lower() in _PLACE_NOUNS:
            return None       # (not "Duk County, the county commissioner": a place before the office)
        return Source(name, text, "government")

    def _person_before(self, at: int) -> Source | None:
        """The last person the report names before ``at`` with a title ("Mayor Jane Orvan said ...") or as a
        speaker described by an apposition ("according to Jon Orvan, a teacher who ...")."""
        last = None
        for m in _TITLED_NAME.finditer(self.text, 0, at):
            if not any(w.lower() in TITLE_WORDS for w in m["name"].split()):
                last = m
        described = None
        for d in [*_DESCRIBED_SPEAKER.finditer(self.text, 0, at), *_SPEAKER_AFTER_ROLE.finditer(self.text, 0, at),
                  *_AGED_NAME.finditer(self.text, 0, at), *_SPEAKER_AFTER_TITLE.finditer(self.text, 0, at)]:
            if described is None or d.start() > described.start():
                described = d
        if described is not None and (last is None or described.start() > last.start()):
            return self.index.resolve(described["name"], "person", [], person=True, context=self.context)
        if last is None:
            return None
        military = last["title"].lower() in _MILITARY_TITLES
        return Source(last["name"], last["name"], "military" if military else "government")


# a person's title before the name ("Mayor Jane Orvan"): the one-person titles and military ranks, capitalised
_TITLED_NAME = re.compile(r"\b(?P<title>(?-i:" + "|".join(sorted((w.capitalize() for w in (_PERSON_TITLES | _MILITARY_TITLES)
                                                              if w.isalpha() and len(w) > 3), key=len, reverse=True))
                          + rf"))\s+(?P<name>(?:{_NAME_WORD}\s+){{1,2}}{_NAME_WORD})")

# a speaker named with a description beside the name: "according to Jon Orvan, a teacher", "said Ana Tesh, the ..."
_DESCRIBED_SPEAKER = re.compile(rf"\b(?:according\s+to|said|says|told\s+[\w ]{{1,30}}?)\s+(?P<name>{_NAME_WORD}"
                                rf"(?:\s+{_NAME_WORD}){{1,3}}),\s+(?:an?|the)\s+[a-z]")
# ... or after the description: "according to the president of the village council, Jon Orvan, ..."
_SPEAKER_AFTER_ROLE = re.compile(rf"\b[Aa]ccording\s+to\s+(?:an?|the)\s+[a-z][^,;:\"“”]{{2,80}},\s+(?P<name>{_NAME_WORD}"
                                 rf"(?:\s+{_NAME_WORD}){{1,3}})[,.]")

# ... or after a capitalised office: "According to Tesh District Police Officer (DPO) Jon Orvan, ..."
_SPEAKER_AFTER_TITLE = re.compile(r"\b[Aa]ccording\s+to\s+(?:[A-Z][\w-]*\s+){0,5}(?:Officer|Commissioner|Chief|Inspector|"
                                  r"Superintendent|Spokesman|Spokeswoman|Spokesperson|Governor|Minister|Director|"
                                  r"Commander|Administrator|Chairman|Chairperson|Prefect|Mayor)\s+(?:\([A-Z]{2,6}\)\s+)?"
                                  rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}),")

# an office holder named as speaking: "County Commissioner Hon. Jon Orvan told the station"
_TITLED_SPEAKING = re.compile(r"\b(?:Commissioner|Governor|Administrator|Mayor|Prefect|Chairman|Chief)\s+"
                              r"(?:(?:Hon|Dr|Mr|Mrs|Ms)\.?\s+)?"
                              rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s+(?:told|said|says|confirmed)\b")

_OPENING_MARKS = ('"', "“")
# a person introduced with an age: "Jon Orvan, 22, has farmed here ...", "Ana Tesh (34) said"
_AGED_NAME = re.compile(rf"\b(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})(?:,\s+|\s+\()\d{{1,3}}(?:,|\))")
_PRONOUN_SAID = re.compile(r"\b(?:he|she)\s+(?:said|says|added|told|explained)\b")
_ORG_WORDS = frozenset(SOURCE_NOUNS | set(SOURCE_HEAD_KINDS))

#: an owner's possessive before a body's capitalised name ("the Guards' Tesh News", "the Orvan region's Ministry of X")
_OWNED = re.compile(r"^(?:the\s+)?(?P<owner>(?-i:[A-Z])[\w.-]*(?:\s+[\w.-]+){0,3}?)(?:['’]s|(?<=s)['’])\s+"
                    r"(?P<rest>(?-i:[A-Z0-9])[\w.'’&() -]*)$")
#: "the governor of (Russia's) Tesh region", "the mayor of Orvan": one person's office of a place
_OFFICE_OF_PLACE = re.compile(r"(?i:the\s+)(?P<office>governor|mayor|prefect)\s+of\s+(?:the\s+)?"
                              r"(?:(?-i:[A-Z])[\w-]+['’]s\s+)?(?P<place>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)"
                              r"(?:\s+(?:region|province|state|oblast|county|district|governorate|city))?")
#: common nouns of a body whose member may speak for the one named before ("a ministry official")
_MEMBER_BODIES = {"ministry", "agency", "commission", "committee", "council", "directorate", "department", "authority",
                  "mission", "observatory", "network", "centre", "center", "secretariat", "command"}
#: a body's capitalised name around the capitalised noun of its kind ("Tesh's Ministry of National Defence")
_NAMED_BODY = re.compile(r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}(?P<body>(?-i:[A-Z])[a-z]+)"
                         r"(?:\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,3})?")
_PEOPLE_WORDS = {"people", "peoples", "women", "men", "children", "worker", "farmer", "mother", "doctor", "citizen",
                 "martyr", "youth", "veteran", "lawyer", "journalist", "student", "teacher", "nurse", "victim"}
_MEDIA_WORDS = {"channel", "website", "account", "page", "television", "radio", "tv"}
_AREA_WORDS = {"region", "province", "state", "district", "county", "governorate", "oblast", "department"}
#: "The agency, known as TPA, ...": the name a body described in words goes by
_KNOWN_AS = re.compile(r"\b(?:the|The|this|This)\s+(?P<head>[a-z]+),?\s+(?:also\s+|better\s+|commonly\s+)?known\s+as\s+"
                       r"(?:the\s+)?(?P<name>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,4})")
_KNOWN_AS_HEADS = {"agency", "authority", "body", "office", "service", "institute", "department", "directorate",
                   "commission", "organisation", "organization", "unit", "bureau", "administration"}

_DESCRIPTION_FILLER = {"the", "a", "an", "its", "their", "this", "that", "country's", "country’s", "of", "for", "and"}


def _named_alike(description: str, named: Sequence[Source]) -> Source | None:
    """The source with a proper name holding every word of a lower-case description of two words or more
    ("the country's national human rights network" -> "National Human Rights Defence Network"); a generic
    body's head stands for any body ("the doctors' group" -> "Ruritania Doctors Network")."""
    words = [re.sub(r"(?:['’]s|['’])$", "", w) for w in description.split() if w.lower() not in _DESCRIPTION_FILLER]
    if len(words) < 2 or not all(w.islower() and w.isalpha() for w in words):
        return None
    if words[-1] in GENERIC_BODY_NOUNS:
        words = words[:-1]
    for src in named:
        name_words = src.name.lower().split()
        if src.name[:1].isupper() and set(words) <= set(name_words) and len(name_words) > len(words):
            return src
    return None


#: the named speaker of a quotation closing in a sentence: '... remain calm," Orvan said.'
_CLOSER = re.compile(r"[,.!?][\"”]\s*(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}|he|she)\s+"
                     r"(?:said|says|added|told|explained|declared|stated|noted|recalled|insisted)\b")
#: a sentence opening with a group of people who speak ("Residents who fled the town said ...", "Witnesses
#: contested that account"): what "they" may refer to next
_GROUP_SPEAKING = re.compile(r"(?:(?:Local|Several|Some|Many|Other|The)\s+)?(?P<noun>(?i:residents|witnesses|villagers|"
                             r"relatives|survivors|locals|inhabitants|elders|activists))\b[^.;:\"“”]{0,80}?\s"
                             r"(?:said|say|says|told|contested|disputed|rejected|denied|recounted|described)\b")
#: a sentence opening with a person described by a role for a body ("A spokesman for the Tesh coalition, reached by
#: phone, denied ..."): "he" in the next sentence is that body's voice
_ROLE_SPEAKING = re.compile(r"(?:A|An|The)\s+(?:[a-z-]+\s+){0,2}(?:spokes(?:man|woman|person)|official|officer|"
                            r"commander|representative)\s+(?:for|of|from)\s+(?P<body>(?:the\s+)?[^,;:\"“”]{2,60}?)"
                            r"(?:,[^;:\"“”]{1,80}?,)?\s+(?-i:[a-z]+(?:ed|s))\b")
#: a person described by age ("the 61-year-old", "the 34-year-old mother of three")
_BY_AGE = re.compile(r"(?i:the|this)\s+\d{1,3}-year-old(?:\s+[a-z]+){0,3}")
#: a quotation closed by a pronoun speaker: '... at dawn," he said by telephone'
_PRONOUN_CLOSER = re.compile(r"[,.!?][\"”]\s*(?P<p>he|she)\s+(?:said|added|told|explained|declared|stated)\b")
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
#: a part of a body described, not named ("the army's press wing", "the ministry's information office")
_PART_DESCRIBED = re.compile(r"^the\s+(?-i:[a-z])[\w-]*['’]s\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}"
                             r"(?:wing|branch|office|bureau|unit|service|department|directorate)$", re.IGNORECASE)


def _part_described(text: str) -> bool:
    return _PART_DESCRIBED.match(text.strip()) is not None


def _indefinite(text: str) -> bool:
    """"a monitor", "a rights group": a source named only later in the report."""
    return bool(re.match(r"^(?:an?|one)\s", text.strip(), re.IGNORECASE))


def _one_letter_off(a: str, b: str) -> bool:
    return len(a) == len(b) >= 4 and a[0] == b[0] and sum(x != y for x, y in zip(a, b, strict=True)) == 1



def _looks_personal(name: str) -> bool:
    """A person's name as written: two to five capitalised words, none a body's noun ("Jon-Paul Tesh Orvan")."""
    words = name.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and w.lower() not in _ORG_WORDS for w in words)
