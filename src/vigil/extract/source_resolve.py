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

from vigil.extract.attribution import Attribution
from vigil.extract.figures import SentenceFigures
from vigil.extract.lexicon import GENERIC_BODY_NOUNS, TITLE_WORDS
from vigil.extract.quoted import colon_speaker, quoted_speaker, spelt_out
from vigil.extract.sentences import Sentence
from vigil.extract.sources import SourceIndex, untitled
from vigil.geo import Gazetteer
from vigil.models import Source

_NAME_WORD = r"[A-Z][a-z'’.]+(?:-[A-Z][a-z'’.]+)?"
_QUOTE_PAIRS = re.compile(r"“[^“”]*(?:”|$)|\"[^\"]*(?:\"|$)", re.MULTILINE)
_POSSESSIVE = re.compile(r"^(?:the\s+)?(?P<owner>[A-Z][\w.'’ -]*?)['’]s\s+(?P<rest>[a-z][\w' -]*)$")
_FEMALE = {"she", "her"}
_ROLES = {"spokesman", "spokeswoman", "spokesperson", "official", "officer", "representative", "head", "leader"}
#: titles that name one person's office ("the prime minister", "the governor")
_PERSON_TITLES = {"president", "minister", "governor", "general", "colonel", "commander", "chief", "inspector",
                  "mayor", "spokesman", "spokeswoman", "spokesperson", "prosecutor", "director", "commissioner",
                  "chairman", "chairperson", "secretary", "ambassador", "senator", "judge", "imam", "pastor", "sheikh",
                  "igp"}
_MALE = {"he", "his"}
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

    def __post_init__(self) -> None:
        self.quotes = quoted_ranges(self.text)

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
                return sf.attribution if sf is not None else None
        return None

    def follow_quotation(self, text: str, start: int) -> Source | None:
        """The speaker of a quotation a sentence belongs to, where an earlier sentence opened it with
        "X said: ..." and every sentence since lies inside quotation marks (a quote running on over
        paragraphs); call once per sentence, in order."""
        lead = start + len(text) - len(text.lstrip())
        inside = any(a <= lead < b for a, b in self.quotes)
        name = colon_speaker(text)
        if name is not None:
            self.speaker = self.index.resolve(name, "person", [], person=True, context=self.context)
            self.people.add(self.speaker.name)
            self.quoting = None
            return None
        if not inside:
            self.speaker = None
        # '"We are appalled," said X. "Our teams recorded 47 injured.' and on over paragraphs that open with
        # a quotation mark: X speaks until a sentence opens without one
        opens = text.lstrip()[:1] in _OPENING_MARKS
        chained = self.quoting if opens else None
        said = quoted_speaker(text)
        if said is not None:
            self.quoting = self.index.resolve(said.text.split(",")[0], said.head or "person", [], person=said.person,
                                              context=self.context)
            if said.person:
                self.people.add(self.quoting.name)
        elif not opens:
            self.quoting = None
        return self.speaker or chained

    def introduce(self, src: Source) -> None:
        """A body the report names without its speaking yet: what "the group" may refer to, not "it"."""
        self.context.append(src)
        self.silent.add(id(src))

    def note(self, src: Source, *, person: bool = False) -> None:
        """A source the report names (what "it", "the ministry" may later refer to)."""
        self.context.append(src)
        if person:
            self.people.add(src.name)

    def note_sentence(self, attr: Attribution | None, src: Source | None, demonym: str | None) -> None:
        """The sources a sentence names, in their order: the one chosen for its figures and the others
        ("while locals said ..., the agency said ...": the agency is what "it" refers to next)."""
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
        bare = re.sub(r"^(?:the|a|an)\s+", "", a.text.strip(), flags=re.IGNORECASE)
        if not a.pronoun and not a.person and re.fullmatch(r"[A-Z]{2,6}", bare) and self.index.lookup(bare) is None:
            spelt = self._acronym(bare, demonym)       # "the TSS" for "the Tesh Security Secretariat (TSS)"
            if spelt is not None:
                return replace(spelt, text=a.text)
        if a.pronoun:
            if a.head in _FEMALE | _MALE and not self.people and at is not None:
                named = self._person_before(at)     # "according to her": the official named before
                if named is not None:
                    return named
            return self._antecedent(a.head)
        written = a.text
        words = written.split()
        person = a.person or (1 < len(words) <= 4 and words[0].lower().strip(".()") in TITLE_WORDS
                              and all(w[:1].isupper() for w in words))
        if person:     # "IGP Tesh", "Governor Jon Orvan": the name without the title
            written = " ".join(untitled(words))
            if not a.person:
                a = replace(a, person=True)
        stripped = written.strip()
        if " " not in stripped and stripped[:1].isupper() and not stripped.isupper() and (
                a.person or self.index.lookup(stripped) is None):
            full = self._full_name(stripped)
            if full is not None:
                src = self.index.resolve(full, a.head, a.modifiers, person=True, context=self.context,
                                         demonym=demonym)
                kind = next((s.kind for s in reversed(self.context) if s.name == src.name), src.kind)
                self.people.add(src.name)
                return replace(src, text=written, kind=kind)
        if a.place and (country := self._country_speaking(stripped)) is not None:
            return Source(f"{country} government", written, "government")
        if not a.person:
            written = self._possessive_country(written)
            role = self._person_by_role(written)
            if role is not None:
                return role
        src = self.index.resolve(written, a.head, a.modifiers, person=a.person, context=self.context,
                                 demonym=demonym)
        if a.phrase:
            src = replace(src, text=a.phrase)
        if a.person:
            self.people.add(src.name)
        if not a.person and self.index.lookup(src.name) is None:
            named = _named_alike(a.text, [*reversed(self.context), *(m for ms in later for m in ms)])
            if named is not None:      # "the country's national rights network" -> "National Rights Defence Network"
                return replace(named, text=src.text)
        if _indefinite(a.text) and self.index.lookup(src.name) is None:
            nxt = [m for ms in later for m in ms if m.kind == src.kind]
            if nxt:
                return nxt[0]
        return src

    # -- the cases ---------------------------------------------------------------------------------

    def _antecedent(self, pronoun: str) -> Source | None:
        """The latest source a pronoun can refer to: a person for "he"/"she", not a person for "it"."""
        for src in reversed(self.context):
            if id(src) in self.silent:
                continue
            if pronoun in _FEMALE | _MALE and not self._personal(src) and self.people:
                continue
            if pronoun == "it" and src.name in self.people:
                continue
            return src
        spoken = [src for src in self.context if id(src) not in self.silent]
        return spoken[-1] if spoken else None

    def _personal(self, src: Source) -> bool:
        """A source that is one person: named as one, or described by a personal role ("the army spokesman")."""
        words = src.text.lower().split()
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
        return self.gazetteer.demonym(found[0].country)

    def _possessive_country(self, written: str) -> str:
        """"the Ruritania's interior ministry" -> "Ruritanian interior ministry"."""
        m = _POSSESSIVE.match(written.strip())
        if m is None:
            return written
        code = self.gazetteer.country_of(m["owner"])
        adjective = self.gazetteer.demonym(code) if code else None
        return f"{adjective} {m['rest']}" if adjective else written

    def _full_name(self, surname: str) -> str | None:
        """The full name the report gives for a surname ("Tesh" -> "Jon-Paul Tesh"), allowing one letter
        of difference (a misspelling of the same name)."""
        names = re.findall(rf"\b((?:{_NAME_WORD} ){{1,3}})({_NAME_WORD})\b", self.text)
        best: str | None = None
        for first, last in names:
            if last == surname or _one_letter_off(last, surname):
                if any(w.endswith(".") and len(w) > 3 for w in first.split()):
                    continue        # "... on Monday. Rebels put ...": a sentence's end, not a given name
                words = [w for w in first.split() if w.lower().strip(".") not in TITLE_WORDS]
                if words:
                    cand = " ".join([*words, last])
                    if best is None or (last == surname and not best.endswith(surname)) or len(cand) > len(best):
                        best = cand
        return best

    def _person_by_role(self, written: str) -> Source | None:
        """"the prime minister" after "Prime Minister Jane Orvan": the person the report named with that title."""
        m = re.fullmatch(r"(?:the|this)\s+((?:[a-z]+\s+){0,2}[a-z]+)", written.strip(), re.IGNORECASE)
        if m is None or not all(w.lower() in TITLE_WORDS for w in m.group(1).split()) or (
                m.group(1).split()[-1].lower() not in _PERSON_TITLES):
            return None
        title = r"\s+".join(re.escape(w) for w in m.group(1).split())
        named = re.search(rf"\b(?i:{title})\s+((?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD})", self.text)
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
            return None
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
            self.people.add(src.name)
            return src
        return self.index.resolve(" ".join(words), head, [w.lower() for w in words[:-1]], context=self.context,
                                  demonym=demonym)

    def _person_before(self, at: int) -> Source | None:
        """The last person the report names before ``at`` with a title ("Mayor Jane Orvan said ...") or as a
        speaker described by an apposition ("according to Jon Orvan, a teacher who ...")."""
        last = None
        for m in _TITLED_NAME.finditer(self.text, 0, at):
            if not any(w.lower() in TITLE_WORDS for w in m["name"].split()):
                last = m
        described = None
        for d in [*_DESCRIBED_SPEAKER.finditer(self.text, 0, at), *_SPEAKER_AFTER_ROLE.finditer(self.text, 0, at)]:
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
                                 rf"(?:\s+{_NAME_WORD}){{1,3}}),")

_OPENING_MARKS = ('"', "“")

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


def _indefinite(text: str) -> bool:
    """"a monitor", "a rights group": a source named only later in the report."""
    return bool(re.match(r"^(?:an?|one)\s", text.strip(), re.IGNORECASE))


def _one_letter_off(a: str, b: str) -> bool:
    return len(a) == len(b) >= 4 and a[0] == b[0] and sum(x != y for x, y in zip(a, b, strict=True)) == 1

