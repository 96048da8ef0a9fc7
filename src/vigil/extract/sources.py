"""Who states a figure: canonical names for known sources, kinds for unknown ones, and anaphora.

The curated list lives in ``vigil/data/sources.json`` (extensible: pass more files to
:meth:`SourceIndex.load`). Matching ignores case, accents, punctuation and a leading "the".
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from vigil.errors import ConfigError
from vigil.extract.lexicon import (
    ANAPHOR_HEADS,
    CIVILIAN_WORDS,
    COMMUNITY_HEADS,
    COMMUNITY_WORDS,
    GENERIC_BODY_NOUNS,
    RANK_WORDS,
    SOURCE_HEAD_KINDS,
    SOURCE_NOUNS,
    TITLE_WORDS,
)
from vigil.extract.source_coref import SIDE_ANAPHORS, foreign_generic, kind_fits, side_named
from vigil.extract.source_kinds import WORD_KINDS, described_kind, head_kind
from vigil.geo import country_names
from vigil.models import Source, SourceKind

_KINDS = {"monitor", "government", "military", "armed_group", "un", "ngo", "medical", "media", "witness", "other"}
_WEAK_HEADS = {"source", "sources", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
               "statement", "member", "head", "chief", "director", "person", "representative"}
#: words naming a person's role for a body ("a spokesman for X", "X's representative")
_SPEAKING_ROLES = {"spokesman", "spokeswoman", "spokesperson", "representative", "official", "officer", "director",
                   "head", "chief", "commander", "coordinator", "chairman", "chairperson", "president", "secretary",
                   "researcher", "member", "leader", "deputy", "delegate", "envoy", "manager"}
#: known short names that are also English words, not read as a body's name in lower case
_COMMON_ACRONYM_WORDS = {"who", "is", "ap", "dawn", "un", "u.n."}
_DETERMINERS = re.compile(r"^(?:the|a|an|one|two|three|several|some|its|their|his|her)\s+", re.IGNORECASE)


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[\u02bb\u02bc\u02be\u02bf'’‘`]", "", s)
    s = re.sub(r"^the\s+", "", s.strip())
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


@dataclass(frozen=True)
class KnownSource:
    name: str
    kind: SourceKind


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    source: KnownSource


#: a lower-case description with the body's own short name after it: "Ecuador's prison agency SNAI"
_DESCRIBED_NAME = re.compile(r"(?:the\s+|an?\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+)?(?:[a-z][\w-]*\s+){1,3}"
                             r"(?P<name>(?-i:[A-Z][A-Z0-9]{1,7}))")
#: people who speak for a body they belong to: "paramedics from the Tesh Red Cross", "a spokesman for the Front"
_MEMBER_OF = re.compile(r"(?:an?\s+|the\s+|one\s+)?(?:[a-z]+\s+)?(?:paramedics?|medics?|doctors?|nurses?|rescuers?|"
                        r"volunteers?|members?|spokes(?:man|woman|person)|officials?|staff|workers?|representatives?|"
                        r"fighters?|militants?|militiam[ae]n|combatants?|insurgents?|rebels?)\s+"
                        r"(?:from|of|for|with|at)\s+(?:the\s+)?(?P<org>(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:(?-i:[A-Z])[\w'’&.-]*|"
                        r"(?:of|for|and)(?=\s+(?-i:[A-Z]))))*)", re.IGNORECASE)

class SourceIndex:
    """Known sources by every name they go by."""

    def __init__(self, entries: Iterable[tuple[str, str, Sequence[str]]]) -> None:
        self.by_norm: dict[str, KnownSource] = {}
        names: list[str] = []
        #: one-word names that may be written in lower case ("junta"); others in lower case are common words
        self._lower_ok: set[str] = set()
        for name, kind, aliases in entries:
            if kind not in _KINDS:
                raise ConfigError(f"source {name!r}: unknown kind {kind!r}")
            ks = KnownSource(name, kind)  # type: ignore[arg-type]
            for alias in (name, *aliases):
                key = norm(alias)
                if key:
                    self.by_norm.setdefault(key, ks)
                    names.append(alias)
                    if alias[:1].islower():
                        self._lower_ok.add(key)
        # a whole-word alternation, longest first; short all-caps aliases must match case exactly
        long_names = sorted({n for n in names if not _is_acronym(n)}, key=len, reverse=True)
        acronyms = sorted({n for n in names if _is_acronym(n)}, key=len, reverse=True)
        parts = []
        if long_names:
            parts.append("(?i:" + "|".join(_alias_pattern(n) for n in long_names) + ")")
        if acronyms:
            parts.append("|".join(re.escape(n) for n in acronyms))
        self._rx = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])") if parts else None
        self._starts, self._by_first = _first_char_index(long_names, acronyms)

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> SourceIndex:
        return _load_index(tuple(extra))

    def lookup(self, text: str) -> KnownSource | None:
        found = self.by_norm.get(norm(text))
        if found is None:
            # "the U.N.'s refugee agency": an abbreviation's dots and a possessive are not part of the name
            plain = re.sub(r"['’]s\b", "", re.sub(r"(?<=\b[A-Z])\.", "", text))
            if plain != text:
                found = self.by_norm.get(norm(plain))
        return found

    def mentions(self, text: str) -> list[Mention]:
        if self._rx is None:
            return []
        out = []
        pos = 0
        while (m := self._search(text, pos)) is not None:
            pos = m.end()
            det = re.match(r"the\s+", m.group(), re.IGNORECASE)
            if det and (longer := self._rx.match(text, m.start() + det.end())) and longer.end() > m.end():
                m = longer        # "the United Nations Children's Fund", not "the United Nations"
                pos = m.end()
            ks = self.lookup(m.group())
            if ks is not None and not (m.group().islower() and " " not in m.group().strip()
                                       and norm(m.group()) not in self._lower_ok):
                out.append(Mention(m.start(), m.end(), ks))     # (not "at dawn" for the daily "Dawn")
        return out

    def _search(self, text: str, pos: int) -> re.Match[str] | None:
        """``self._rx.search(text, pos)``, faster: only where a name can start (a character some name
        begins with, after no word character), and there only the names beginning with it."""
        assert self._rx is not None
        if self._starts is None:
            return self._rx.search(text, pos)
        while (s := self._starts.search(text, pos)) is not None:
            at = s.start()
            ch = text[at]
            rx = self._by_first.get(ch.lower()) if ch.isascii() else self._rx
            m = rx.match(text, at) if rx is not None else None
            if m is not None:
                return m
            pos = at + 1
        return None

    def resolve(self, text: str, head: str, modifiers: Sequence[str], *, person: bool = False,
                context: Sequence[Source] = (), demonym: str | None = None) -> Source:
        """A canonical :class:`Source` for the words an attribution uses."""
        if not person and (named := self.acronym_named(text)) is not None:
            return named
        written, person = _written_name(text, person)
        known = self.lookup(written)
        if known is not None and not person and foreign_generic(written, known.name, demonym):
            known = None        # "the junta" in a report about another country than the listed junta's
        if known is None and not person and re.search(r"\bUnited Nations\b", written):
            # "the United Nations Assistance Mission in X" is listed as "UN Assistance Mission in X"
            known = self.lookup(re.sub(r"\bUnited Nations\b", "UN", written))
        if known is None and not person:
            # a known name inside the words ("the ICRC's delegation"), but not one that another proper name
            # makes a different body (a national "Orvanian Red Cross" is not the international committee)
            inner = [m for m in self.mentions(written) if not _renamed(written, m) and not _governed_by(written, m)
                     and not foreign_generic(written[m.start:m.end], m.source.name, demonym)]
            if inner:     # the longest ("the UN's International Organization for Migration": not the UN)
                longest = max(inner, key=lambda m: (m.end - m.start, -m.start))
                if (body := _body_of_described(written, longest, context)) is not None:
                    return Source(body.name, written, body.kind)
                known = longest.source
                if _national_branch(written, longest):
                    # "Amnesty International Tesh": the body's branch in a country, named as the text names it
                    return Source(_DETERMINERS.sub("", written).strip(), written, known.kind)
        if known is None and not person and (m := _DESCRIBED_NAME.fullmatch(written)) is not None and (
                m["name"].lower() not in SOURCE_HEAD_KINDS):     # (not "state TV": a common noun in capitals)
            known = self.lookup(m["name"])     # "Ecuador's prison agency SNAI": the name after its description
            if known is None:
                return Source(m["name"], written, _kind_of(head, [*modifiers, *written.lower().split()]))
        if known is None and not person and (m := _MEMBER_OF.fullmatch(written)) is not None:
            # "paramedics from the Tesh Red Cross", "a spokesperson for the Tesh Front": the body they speak for
            body = self.resolve(m["org"], m["org"].split()[-1], [], context=context, demonym=demonym)
            return Source(body.name, written, body.kind)
        if known is not None:
            return Source(known.name, written, known.kind)
        words = [w.lower() for w in re.findall(r"[\w.-]+", written)]
        if person:
            # a surname alone refers to the person named in full earlier ("Hemba said")
            for src in reversed(context):
                if " " not in written and src.name.split()[-1:] == [written] and src.name != written:
                    return Source(src.name, written, src.kind)
            return Source(written, written, self._person_kind(head, modifiers))
        if re.fullmatch(r"[A-Z][A-Za-z]{3,}", written):
            for src in reversed(context):   # "Osha" for an "Ocha" named before: a misspelt reference
                if any(_one_letter_off(written.lower(), w.lower()) for w in re.findall(r"[\w]+", src.text)):
                    return Source(src.name, written, src.kind)
        if (side := side_named(written, context)) is not None:
            return side         # "the rebels' regional command": the armed group named before
        anaphor = _anaphor_head(written)
        if anaphor is not None:
            kinds = BODY_ANAPHORS.get(anaphor, set())
            # (who backs or leads it is no word of its name: "the al-Qaeda-linked group" for the group named before)
            extra = [w for w in norm(" ".join(w for w in written.split() if not _AFFILIATION.fullmatch(w))).split()[:-1]
                     if w not in _GENERIC_MODIFIERS]
            said_kind = _kind_of(anaphor, [*extra, anaphor])
            for src in reversed(context):
                name_words = set(norm(src.name).split()) | set(norm(src.text).split())
                listed = self.lookup(src.name) is not None
                if (anaphor in name_words or any(kind_fits(src, k, extra, listed) for k in kinds)) and (
                        all(w in name_words for w in extra) or (
                        # "the rights group" for "Tesh Watch": the words before the head say its kind
                        extra and src.name[:1].isupper() and (
                            (src.kind in ("ngo", "armed_group", "un") and said_kind == src.kind)
                            or (said_kind != src.kind and kind_fits(src, said_kind, extra, listed))))):
                    return Source(src.name, written, src.kind)
        short = re.fullmatch(r"(?:the|this|that)\s+([a-z]{4,})", written, re.IGNORECASE)
        if short:
            # "the collective" for the "Ombre Legal Collective" named before
            for src in reversed(context):
                heads = [*norm(src.name).split()[-1:], _name_head(src.name)]   # (and "the centre" for "X Centre for Y")
                if src.name[:1].isupper() and short.group(1).lower() in heads:
                    return Source(src.name, written, src.kind)
            for src in reversed(context):   # "the officer added" for "a senior police officer" described before
                if src.name[:1].islower() and norm(src.name).split()[-1:] == [short.group(1).lower()]:
                    return Source(src.name, written, src.kind)
        bare = _DETERMINERS.sub("", written).strip()
        if len(bare.split()) >= 2 and all(w[:1].isupper() for w in bare.split()):
            # "the Prisoners' Society" for the "Tesh Prisoners' Society" named before: the end of a longer name
            for src in reversed(context):
                if src.name.endswith(f" {bare}") and src.name[:1].isupper():
                    return Source(src.name, written, src.kind)
            for src in reversed(context):   # "the Relief Room" for the "Relief Coordination Room of Tesh": a
                whole = src.name.split()      # shortened name, its first word and its head kept
                if (src.name[:1].isupper() and len(whole) > len(bare.split()) and bare.split()[0] == whole[0]
                        and bare.split()[-1].lower() == _name_head(src.name) and _in_order(bare.split(), whole)):
                    return Source(src.name, written, src.kind)
        kind = _kind_of(head, [*modifiers, *words])
        if re.match(r"(?:the\s+)?(?:UN|U\.N\.|United\s+Nations)\s+(?-i:[A-Z])", written, re.IGNORECASE):
            kind = "un"             # "the UN Integrated Office in Tesh": a body of the United Nations
        # "the internationally recognised government": a government's standing is no part of what it is called
        name = _STANDING.sub("", _DETERMINERS.sub("", written))
        # "the Response Room of Tesh city": the place's common noun is no part of the body's name
        if (described := _NAME_AND_GENERIC_NOUN.fullmatch(name)) is not None:
            name = described["name"]       # "the Tesh Valley coalition": the name, not what kind of body it is
        if (owned := _OF_GOVERNMENT.fullmatch(name)) is not None:
            # "the health ministry of the rebel-run government in Tesh": the body, with what its government is
            mods = re.sub(r"^internationally[\s-]+recogni[sz]ed$", "", owned["mods"] or "")
            name = " ".join(w for w in (mods, owned["branch"], owned["body"]) if w)
            if owned["branch"] and not mods and demonym:
                name = f"{demonym} {name}"      # ("the government's army": the country's)
        if re.search(r"\bof\s+(?:(?-i:[A-Z])[\w-]*\s+)+(?:city|town)$", name):
            name = _PLACE_NOUN_AFTER_NAME.sub("", name)
        if demonym and name.islower() and (known := self._national(demonym, name)) is not None:
            return Source(known.name, written, known.kind)     # "the civil defence agency" -> the country's
        if demonym and kind in ("government", "military") and _qualifiable(name):
            # "the health ministry" in a report about Lebanon -> "Lebanese health ministry"
            qualified = f"{demonym} {name}"
            known = self.lookup(qualified)
            if known is not None:
                return Source(known.name, written, known.kind)
            name = qualified
        return Source(name, written, kind)


    def _person_kind(self, head: str, modifiers: Sequence[str]) -> SourceKind:
        """The kind of a named person: that of the body the words beside the name say the person speaks for ("a
        spokesman for the UN mission", "a UNICEF spokesperson", "health ministry spokesman"), else of the role."""
        words = [w.lower() for w in modifiers]
        role = next((k for k, w in enumerate(words) if w in _SPEAKING_ROLES), None)
        if role is None:
            return _kind_of(head, modifiers)
        after = words[role + 1:]
        of_body = bool(after[:1]) and after[0] in ("for", "of", "at", "with", "from")
        body = after[1:] if of_body else words[:role]
        while body and body[0] in ("a", "an", "the", "its", "their", "one"):
            body = body[1:]
        body = [w for w in body if w.replace("-", "").replace(".", "").isalnum()]
        # ("the regional health director": the role with the words before it, where they name no known body)
        kind = self._body_kind(body, known_only=not of_body) if body else None
        if kind is None and not of_body:
            kind = _kind_of(words[role], [*body, words[role]])
        return kind if kind is not None and kind != "other" else _kind_of(head, modifiers)

    def _body_kind(self, words: Sequence[str], known_only: bool = False) -> SourceKind | None:
        """The kind of a body named or described in lower-case words: a known name among them, else its head's."""
        for size in range(len(words), 0, -1):
            for i in range(len(words) - size + 1):
                span = words[i:i + size]
                if size == 1 and (len(span[0]) < 3 or span[0] in _COMMON_ACRONYM_WORDS):
                    continue
                known = self.by_norm.get(norm(" ".join(span)))
                if known is not None:
                    return known.kind
        if words[0] in ("un", "u.n.") or words[:2] == ["united", "nations"]:
            return "un"         # "a spokesperson for the UN Office for X": a body of the United Nations
        if known_only:
            return None
        cut = next((k for k, w in enumerate(words) if w in ("for", "of", "on", "in", "against") and k > 0), len(words))
        head = words[cut - 1] if cut else ""
        if not head or head in _WEAK_HEADS:
            return None
        return _kind_of(head, list(words))

    def _national(self, demonym: str, name: str) -> KnownSource | None:
        """A known body a lower-case description names with the country's adjective before it ("civil defence
        agency" in a report from Tesh -> "Teshian Civil Defence"), without a generic tail word."""
        words = name.split()
        if not 2 <= len(words) <= 4:
            return None
        for cand in (name, " ".join(words[:-1]) if words[-1] in _GENERIC_TAILS else ""):
            if cand and (known := self.lookup(f"{demonym} {cand}")) is not None:
                return known
        return None

    def acronym_named(self, text: str) -> Source | None:
        """"the UN peacekeeping mission in Tesh (UNMIT)": a body described in words (or in a translation whose
        capitals do not spell it) around a known, more general name, beside its own acronym: the acronym names
        it, not the general body inside the description."""
        m = _DESCRIBED_ACRONYM.match(text.strip(" ,.;:"))
        if m is None:
            return None
        desc, acr = m["desc"], m["acr"]
        if re.fullmatch(r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[a-z]+)){1,3}", desc.strip()) and self.lookup(acr) is None:
            return None         # "the Orvanian military (OTF)": a country's body, described (the description names it)
        capitals = "".join(w[0] for w in desc.split() if w[:1].isupper())
        if acr in capitals or (capitals in acr and len(capitals) >= len(acr) - 1):
            return None         # "the Tesh Rights Commission (TRC)": the name spelt out
        known = self.lookup(acr)
        if known is not None:
            return Source(known.name, text.strip(" ,.;:"), known.kind)
        inner = [x for x in self.mentions(desc) if x.end - x.start < len(desc.strip())]
        if not inner:
            return None
        return Source(acr, text.strip(" ,.;:"), inner[0].source.kind)


#: a word of who backs, leads or runs a body ("al-Qaeda-linked", "Iran-backed", "army-aligned")
#: (not "-led", "-run": "the Saudi-led coalition", "the Tesh-run ministry" are the leader's own)
_AFFILIATION = re.compile(r"[\w'’-]+-(?:linked|backed|allied|affiliated|aligned|supported|funded|sponsored|based|"
                          r"inspired)", re.IGNORECASE)
_GENERIC_TAILS = {"agency", "service", "services", "department", "body"}
_DESCRIBED_ACRONYM = re.compile(r"^(?:(?:the|a|an)\s+)?(?P<desc>[^()]{4,}?)\s*\((?P<acr>(?-i:[A-Z][A-Z0-9-]{2,9}))\)?$",
                                re.IGNORECASE)
#: heads of a definite description that refer back to a body named before ("the monitor", "the command"),
#: with the kinds of body each may refer to
BODY_ANAPHORS = {**ANAPHOR_HEADS, "command": {"military", "government"}, "division": {"military"},
             "brigade": {"military"}, "battalion": {"military"}, "regiment": {"military"}, **SIDE_ANAPHORS}

#: ministries whose formal name is not their short one in another order ("foreign ministry" -> "Ministry of
#: Foreign Affairs"; "defence ministry" and "Ministry of Defence" already name one body to the scorer)
_MINISTRY_PORTFOLIOS = {"foreign": "Foreign Affairs", "home": "Home Affairs", "external": "External Affairs"}
_SHORT_MINISTRY = re.compile(r"\b(" + "|".join(_MINISTRY_PORTFOLIOS) + r")\s+ministry\b", re.IGNORECASE)
_TWO_KINDS = re.compile(r"^((?:the\s+)?(?:(?-i:[a-z]+)\s+)?(?-i:[A-Za-z][a-z]+))\s+and\s+(?-i:[a-z]+)\s+(sources|officials)$", re.IGNORECASE)
_ROLE_THEN_NAME = re.compile(r"^(?:(?:the|a|an)\s+)?(?-i:[a-z])[^,]*,\s+((?-i:(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+))$")
# a description followed by the body's one-word name or acronym ("a farmers' union, KOVAGRI")
_DESCRIBED_THEN_NAME = re.compile(r"^(?:an?|the)\s+(?-i:[a-z])[^,]*,\s+((?-i:[A-Z][A-Za-z0-9&-]+))$", re.IGNORECASE)
# a proper name followed by a description of it ("X, a network of doctors")
_APPOSITIVE = re.compile(r"^((?-i:[A-Z])[^,]{2,}?),\s+(?:an?|one of the)\s+[^,]+$")
_TRAILING_DESCRIPTION = re.compile(r"^([^,]{3,}?),\s+(?:\d|(?!(?:the|a|an|one)\b)(?-i:[a-z])).*$", re.IGNORECASE)
_GENERIC_MODIFIERS = {"war", "monitoring", "same", "local", "country", "s", "national", "both", "two", "three",
                      "these", "those", "this", "that"}
_QUALIFIABLE_HEADS = {"ministry", "army", "military", "police", "government", "officials", "official",
                      "authorities", "forces", "force", "troops", "spokesman", "spokeswoman", "spokesperson",
                      "officer", "officers", "office", "president", "presidency"}


def _qualifiable(name: str) -> bool:
    """A government or military body described without its country ("the defence ministry")."""
    words = name.split()
    if _MINISTRY_OF.fullmatch(name):
        return True         # "the Ministry of Health", its portfolio written after it
    # ("the National Army", "the Armed Forces": a country's own generic force, capitalised)
    return bool(words) and words[-1].lower() in _QUALIFIABLE_HEADS and not any(
        w[:1].isupper() for w in words if w.lower() not in _QUALIFIABLE_HEADS | _PORTFOLIOS | {"national", "armed"}
    ) and len(words) <= 4


#: what a ministry is of, written in capitals or not ("the Interior ministry", "the Defense Ministry")
_PORTFOLIOS = {"interior", "defence", "defense", "health", "foreign", "home", "justice", "information", "security",
               "public", "internal", "communications", "humanitarian", "social", "affairs", "of", "the"}


_MINISTRY_OF = re.compile(r"(?:Ministry|Department)\s+of\s+(?:the\s+)?(?:Interior|Defen[cs]e|Health|Justice|"
                          r"Information|Internal\s+Affairs|Public\s+Health|"
                          r"Interior\s+Affairs|Public\s+Security|Humanitarian\s+Affairs|Social\s+Affairs)",
                          re.IGNORECASE)


_PLACE_NOUNS = r"(?:territory|enclave|strip|region|area|country|province|state|capital|city|district)"
_PLACE_AFTER = re.compile(r"^(?:the\s+)?(?P<body>(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,3})\s+in\s+the\s+"
                          r"(?:(?P<owner>[\w-]+-(?:run|controlled|held|governed|led))\s+)?" + _PLACE_NOUNS + "$",
                          re.IGNORECASE)
_SERVICE_AFTER_NAME = re.compile(r"^(?:(?:the|a|an)\s+)?(?:(?-i:[a-z]+)\s+)?((?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){1,4})"
                                 r"\s+(?-i:(?:ambulance|rescue|emergency|volunteer)\s+)?(?-i:service)$")
_RUN_BODY = re.compile(r"^(?:the\s+)?[\w-]+-(?:run|controlled|held|led)\s+(?:(?:" + "|".join(
    sorted(_PORTFOLIOS - {"of", "the"})) + r")\s+)+(?:ministry|department|office)$", re.IGNORECASE)
_IN_NAMED_PLACE = re.compile(r"^(?i:the\s+)?(?P<body>(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,3})\s+in\s+"
                             r"(?:[\w-]+-(?:run|controlled|held|governed|led)\s+)?(?P<place>(?-i:[A-Z][\w'’-]+)"
                             r"(?:\s+(?-i:[A-Z][\w'’-]+))?)$")
_PLACE_OWNER = re.compile(r"^(?:the\s+)?" + _PLACE_NOUNS + r"['’]s\s+(?=(?-i:[a-z]))", re.IGNORECASE)


def _written_name(text: str, person: bool) -> tuple[str, bool]:
    """The name the words of an attribution give, without what is not part of it (a possessive, an acronym
    in parentheses, a description, a title), and whether they name a person."""
    written = text.strip(" ,.;:\"'“”()")
    written = re.sub(r"['’]s$", "", written)
    written = re.sub(r"\s*\([^)]*$", "", written)                     # an unclosed "(CNF"
    # "the Tesh Security Command (Tesc) Region 2": a unit of the body the acronym spells; the body
    tail = re.match(r"^(?P<name>.+?)\s*\((?P<acr>(?-i:[A-Z][A-Za-z]{1,9}))\)\s+(?-i:[A-Z0-9])", written)
    if tail is not None and "".join(w[0] for w in tail["name"].split() if w[:1].isupper()).endswith(
            tail["acr"].upper()) and len(tail["acr"]) >= 3:
        written = tail["name"]
    # "the Tesh Rights Agency (TRA)": the full name, not the acronym beside it
    written = re.sub(r"(?<=\w)\s*\((?-i:[A-Z][A-Za-z./&-]{1,11})\)(?=[\s,;:]|$)", "", written)
    # "the foreign ministry", "the home ministry": the formal name where it adds a word
    written = _SHORT_MINISTRY.sub(lambda m: f"Ministry of {_MINISTRY_PORTFOLIOS[m[1].lower()]}", written)
    written = re.sub(r"\b[\w-]+-based\s+", "", written, flags=re.IGNORECASE).strip()
    # "the Army's 6th Infantry Division", "the official Tesh news agency", "Tesh Daily television": the owner
    # of a unit, a word of standing before a name and a medium's common noun after it are no part of the name
    written = re.sub(r"^(?:the\s+)?(?:army|navy|military|police)['’]s\s+(?=(?-i:[A-Z0-9]))", "", written,
                     flags=re.IGNORECASE)
    written = re.sub(r"^(?:the\s+)?official\s+(?=(?-i:[A-Z]))", "", written, flags=re.IGNORECASE)
    written = re.sub(r"^(?!(?:The|This|That|Its)\s+\w+$)(.*\b[A-Z][\w'’-]*)\s+(?:television|channel|broadcaster|website|newspaper|paper|daily|outlet)$",
                     r"\1", written)     # (not "The channel": a determiner names nothing)
    # "the Tesh Orvan ambulance service", "the Orvan Ambulance service": the name before what it is in lower case
    written = _SERVICE_AFTER_NAME.sub(r"\1", written)
    # "the official TNA news agency said": a generic "news agency" after an acronym naming it
    written = re.sub(r"^(.*\b(?-i:[A-Z]{3,}))\s+news\s+(?:agency|website|portal)$", r"\1", written)
    # "the semi-official Tesh news agency", "the state-run Tesh news agency": a name in title case between
    # lower-case words of what it is, one of them a compound of standing (not "the official Tesh news agency")
    written = re.sub(r"^(?:the\s+)?(?:(?-i:[a-z][\w]*)\s+)*(?-i:[a-z]+-[a-z]+)\s+(?:(?-i:[a-z][\w-]*)\s+)*((?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))\s+"
                     r"(?-i:news\s+(?:agency|website|portal|outlet))$", r"\1", written)
    # "the health ministry in the Tesh-run territory", "the territory's civil defence agency": the place a
    # described body serves, written as a common noun, is the report's place (its owner, where named, stays)
    written = _PLACE_AFTER.sub(lambda m: f"{m['owner']} {m['body']}" if m["owner"] else m["body"], written)
    written = _PLACE_OWNER.sub("", written)
    # "the Iran-backed Tesh Movement": who backs or leads a named body is no part of its name
    # (but the Tesh-run "Health Ministry": a body described in capitals, the one who runs it its only name)
    if not _RUN_BODY.match(written):
        written = re.sub(r"^(?:the\s+)?[\w-]+-(?:linked|backed|led|allied|affiliated|aligned|supported|funded|run)\s+"
                         r"(?=(?-i:[A-Z]))", "", written, flags=re.IGNORECASE).strip()
    # "the health ministry in Tesh-run Orvan", "the health ministry in Orvan": the place's body
    placed = _IN_NAMED_PLACE.match(written)
    if placed is not None and placed["body"].split()[-1].lower() in _QUALIFIABLE_HEADS:
        written = f"{placed['place']} {placed['body']}"
    # two kinds of unnamed source for one figure ("medical and local sources"): the first
    written = _TWO_KINDS.sub(r"\1 \2", written)
    apposed = _APPOSITIVE.match(written)
    if apposed:
        written = _SERVICE_AFTER_NAME.sub(r"\1", apposed.group(1))     # "the Tarn Relief Network, a volunteer group"
    # "Hospital staff in Tesh, 70 kilometres to the south", "a security source, 27 civilians": what follows a
    # comma in lower case or figures is a description of where, or the sentence read on, never the name
    # "the Tesh Committee on its Telegram channel": where it posted, read into the name
    written = re.sub(r"\s+(?:on|via|through)\s+(?:its|their|his|her)\s.*$", "", written)
    trailing = _TRAILING_DESCRIPTION.match(written)
    if trailing is not None:
        written = trailing.group(1)
    named = _ROLE_THEN_NAME.match(written)
    if named:                               # "the head of the district administration, Ivan Petrenko"
        written, person = named.group(1), True
    elif (body := _DESCRIBED_THEN_NAME.match(written)) is not None:
        written = body.group(1)             # "a farmers' union, KOVAGRI": the body's name
    if person:                              # "Mr Ekai", "Dr Jane Orvan": the name without the title
        written = " ".join(untitled(written.split()))
    return written, person


def _name_head(name: str) -> str:
    """The head noun of a body's name: its last word before the first "for", "of", "on" or "in" ("Tesh Centre for
    Field Studies" -> "centre")."""
    words = norm(name).split()
    cut = next((k for k, w in enumerate(words) if w in ("for", "of", "on", "in", "against") and k > 0), len(words))
    return words[cut - 1] if cut > 1 else ""


def _renamed(written: str, m: Mention) -> bool:
    """Whether a proper word written just before a known name makes it another body's name (a national
    "Orvanian Red Cross" beside a known "Red Cross"): a capitalised word that is not an acronym or a determiner."""
    after = written[m.end:].split()
    if after and re.fullmatch(r"(?-i:[A-Z][a-z]+)", after[0]) and len(after) > 1:
        return True         # "the United Nations Support Mission in X": a body of the known one, with its own name
    before = written[:m.start].split()
    if not before or len(m.source.name.split()) < 2 or not re.fullmatch(r"[A-Za-z][\w'’-]*", m.source.name.split()[0]):
        return False
    word = before[-1]
    return re.fullmatch(r"[A-Z][a-z]+", word) is not None and word.lower() not in ("the", "a", "an", "this", "that")


#: a body's capitalised name followed by a lower-case noun of what it is ("the Tesh Valley coalition")
_NAME_AND_GENERIC_NOUN = re.compile(r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*)(?<!-led)(?<!-run)(?<!-backed)\s+"
                                    r"(?-i:group|coalition|alliance|collective|gang|militia)")
#: a lower-case body of a government ("the media centre of the government's army", "the health ministry of the
#: rebel-run government in Tesh")
_OF_GOVERNMENT = re.compile(r"(?P<body>(?-i:[a-z])[a-z ]*?) of (?:the )?(?:(?P<mods>[\w-]+(?: [\w-]+)?) )?government"
                            r"(?:['’]s (?P<branch>army|military|police|navy|forces))?(?: in (?-i:[A-Z])[\w-]+)?")
_STANDING = re.compile(r"^internationally[\s-]+recogni[sz]ed\s+(?=government\b)", re.IGNORECASE)


def _national_branch(written: str, m: Mention) -> bool:
    """Whether the words after a known body's name are only a country's ("Amnesty International Kenya", "Save the
    Children UK"): the body's national branch."""
    after = written[m.end:].strip(" ,")
    before = _DETERMINERS.sub("", written[:m.start]).strip()
    return bool(after) and not before and (after in _SHORT_COUNTRIES or after in country_names().values())


_SHORT_COUNTRIES = {"UK", "US", "USA", "DRC", "U.K.", "U.S."}


def _governed_by(written: str, m: Mention) -> bool:
    """"the Tesh authorities", "the Tesh de facto authorities" for a known armed group Tesh: the administration an
    armed group runs, a government, not the group itself."""
    return m.source.kind == "armed_group" and re.match(
        r"\s+(?:de\s+facto\s+|interim\s+)?(?:authorities|government|administration)$", written[m.end:]) is not None


#: ranks written short in title case before a name ("Pol Col", "Lt Gen", "Maj", "Sgt")
_RANK_ABBREVIATIONS = {"pol", "lt", "lieut", "maj", "capt", "cpt", "sgt", "brig", "cpl", "supt", "insp", "cdr", "cmdr",
                       "adm", "pvt", "pte", "col", "gen", "lt-col", "lt-gen", "maj-gen", "brig-gen", "sub-insp", "comm",
                       "asst", "dep", "snr", "sr"}
#: ranks of the armed services written before a name, besides the ranks of ``RANK_WORDS`` ("Air Commodore
#: Jon Orvan", "Rear Admiral Jon Orvan"): no part of the name
_SERVICE_RANKS = {"commodore", "admiral", "brigadier"}
_PLACE_NOUN_AFTER_NAME = re.compile(r"(?<=\S)\s+(?:city|town)$")
_PLACE_HEADS = {"province", "state", "region", "district", "county", "city", "town", "territory", "governorate"}


def untitled(words: Sequence[str], keep: int = 1) -> list[str]:
    """A person's name without the titles and honorifics before it ("Dr Jane Orvan" -> "Jane Orvan"),
    keeping at least ``keep`` words."""
    out = list(words)
    while len(out) > keep and out[0].lower().strip(".()") in TITLE_WORDS:
        out.pop(0)
    # "DSP Jon Orvan", "District Police Officer Jon Orvan": a rank's abbreviation or a title of several
    # words before a given name and a surname
    while len(out) > 2 and (re.fullmatch(r"[A-Z]{2,5}\.?", out[0]) or out[0].lower().strip(".") in _RANK_ABBREVIATIONS):
        out.pop(0)      # ("Pol Lt Col Jon Orvan": abbreviated ranks in title case too)
    last_title = max((i for i, w in enumerate(out[:-2]) if w.lower().strip(".()") in RANK_WORDS | _SERVICE_RANKS),
                     default=-1)
    if last_title >= 0 and all(w[:1].isupper() and w.lower() not in SOURCE_NOUNS | SOURCE_HEAD_KINDS.keys()
                               and w.lower() not in _PLACE_HEADS for w in out[last_title + 1:]):
        out = out[last_title + 1:]
    return out


def _one_letter_off(a: str, b: str) -> bool:
    """Two words of one length that differ in one letter other than the first."""
    return len(a) == len(b) and a[0] == b[0] and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _is_acronym(name: str) -> bool:
    return len(name) <= 6 and name.replace(".", "").replace("-", "").isupper()


def _first_char_index(long_names: list[str], acronyms: list[str]) -> tuple[re.Pattern[str] | None,
                                                                         dict[str, re.Pattern[str]]]:
    """For :meth:`SourceIndex.mentions`: a scan for the characters names begin with, and per (lower-case)
    first character the alternation of just those names, in the same order as the whole one. (None, {})
    where a name begins with a character whose case folding is not plain ASCII.)"""
    firsts = [n.split()[0][0] for n in long_names] + [n[0] for n in acronyms]
    if not firsts or not all(c.isascii() and c not in "'" for c in firsts):
        return None, {}
    scan = []
    if long_names:
        scan.append("(?i:[" + "".join(sorted({re.escape(n.split()[0][0]) for n in long_names})) + "])")
    if acronyms:
        scan.append("[" + "".join(sorted({re.escape(n[0]) for n in acronyms})) + "]")
    starts = re.compile(r"(?<![\w-])(?=" + "|".join(scan) + ")")
    by_first = {}
    for c in sorted({f.lower() for f in firsts}):
        parts = []
        longs = [n for n in long_names if n.split()[0][0].lower() == c]
        acrs = [n for n in acronyms if n[0].lower() == c]
        if longs:
            parts.append("(?i:" + "|".join(_alias_pattern(n) for n in longs) + ")")
        if acrs:
            parts.append("|".join(re.escape(n) for n in acrs))
        by_first[c] = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")
    return starts, by_first


def _alias_pattern(name: str) -> str:
    return r"\s+".join(re.escape(w).replace("’", "['’]").replace("'", "['’]") for w in name.split())


def _anaphor_head(written: str) -> str | None:
    """The head noun of a definite description with no proper noun in it ("the monitoring group")."""
    det = re.match(r"^(?:the|this|that|these|those|both)(?:\s+(?:two|three|both))?\s", written, re.IGNORECASE)
    if not det:
        return None
    words = [w for w in written[det.end():].split() if not _AFFILIATION.fullmatch(w)]
    if not words or any(w[:1].isupper() for w in words[:-1]):
        return None
    head = words[-1].lower().strip(".,")
    if head.endswith("s") and head[:-1] in ANAPHOR_HEADS:     # "both groups", "the two organisations"
        head = head[:-1]
    if head in BODY_ANAPHORS or head in SOURCE_HEAD_KINDS:
        return head
    return None


def _body_of_described(written: str, m: Mention, context: Sequence[Source]) -> Source | None:
    """"the UN health agency" for the World Health Organization named before, "the UN agency" for the migration
    agency named before: a body of a known one, described by lower-case words that a body of its kind named before
    has in its name."""
    rest = [w for w in norm(written[m.end:]).split() if w not in _GENERIC_MODIFIERS]
    if len(rest) < (1 if m.source.name == "United Nations" else 2) or not written[m.end:].strip()[:1].islower() or _anaphor_head(f"the {' '.join(rest)}") is None:
        return None
    return next((src for src in reversed(context) if src.kind == m.source.kind and src.name != m.source.name
                 and set(rest[:-1]) <= set(norm(src.name).split())), None)


_GOVERNMENT_TIERS = {"state", "state's", "provincial", "regional", "district", "national", "county", "government",
                     "federal", "municipal"}
_GENERIC_BODIES = GENERIC_BODY_NOUNS | {"groups"}
#: words that say what a generic body is ("a resistance group", "an armed group", "an aid organisation")
_GROUP_KINDS = {"armed": "armed_group", "resistance": "armed_group", "rebel": "armed_group", "militant": "armed_group",
                "insurgent": "armed_group", "jihadist": "armed_group", "separatist": "armed_group",
                "aid": "ngo", "humanitarian": "ngo", "relief": "ngo", "medical": "medical", "doctors": "medical",
                "doctors'": "medical", "medics": "medical", "health": "medical"}


#: the units of an army, named by number ("Third Division", "22nd Brigade")
_UNIT_HEADS = {"division", "brigade", "battalion", "regiment", "corps", "squadron", "battalions", "brigades"}
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth|\w+teenth|\w+ieth")


#: fighters of a side who speak for it (the singular; "militiamen" is its own)
_ARMED_SPEAKERS = {"rebel", "insurgent", "militant", "jihadist", "separatist", "guerrilla", "militiamen", "militiaman",
                   "fighter"}


def _kind_of(head: str, words: Sequence[str]) -> SourceKind:
    head = head.lower()
    if head == "activist" and "activists" in words:     # the lemma of a plural
        head = "activists"
    order = [head] if head not in _WEAK_HEADS else []
    order += [w.lower() for w in words]
    if head in ("observatory", "monitor"):
        return "monitor"        # "the Tesh Observatory for Human Rights": what it is, not what it watches
    if (described := described_kind(head, words)) is not None:
        return described        # "a commander of the separatist militia", "a monitoring group", "aid workers"
    # a few compound signals first
    joined = " ".join(order)
    if re.search(r"\b(?:human rights|rights group|watchdog)\b", joined):
        return "ngo"
    if re.search(r"\b(?:military|army) sources?\b", " ".join([*words, head])):
        return "military"           # "a government military source": what kind of source the word beside it says
    if re.search(r"\bsecurity (?:source|official)", " ".join([*words, head])):
        return "military" if "official" not in head else "government"
    lowered = {w.lower() for w in words}
    if "police" in lowered and head in ("command", "commission", "headquarters", "department", "service", "force",
                                        "commander"):
        return "government"         # "the state police command": a police body, not an army's command
    if "civil" in lowered and "society" in lowered:
        return "ngo"                # "civil society leaders", "the civil society of X": organised civil society
    if head.rstrip("s") in COMMUNITY_HEADS - {"head", "chief"} and (lowered & COMMUNITY_WORDS or "society" in lowered):
        return "other"              # "a community leader", "civil society leaders": a local figure, not a witness
    if "civil" in lowered and lowered & {"defence", "defense"} and head not in _WEAK_HEADS - {"official", "officials"}:
        return "government"         # "the Tesh Civil Defence", "civil defence officials": a state's emergency service
    if "health" in lowered and lowered & {"ministry", "minister"} and head not in ("hospital", "clinic"):
        return "government"         # "a health ministry official", "the health minister": an office of government
    if "health" in lowered and head in ("authorities", "authority", "official", "officials", "worker", "workers",
                                        "services", "department") and not lowered & {"ministry", "minister"}:
        return "medical"            # "local health authorities", "a health official": the health service
    if head == "director" and any(w.lower() in _GOVERNMENT_TIERS for w in words):
        return "government"         # "the state's health director": an office of government, not a hospital
    if head in _GENERIC_BODIES:     # "a local resistance group", "an armed group": what kind of group
        for w in words:
            if w.lower() in _GROUP_KINDS:
                return _GROUP_KINDS[w.lower()]  # type: ignore[return-value]
    if head in _UNIT_HEADS and any(_ORDINAL.fullmatch(w.lower()) for w in words):
        return "military"           # "the Third Division", "the 5th Brigade": a numbered unit is an army's
    if head.rstrip("s") in _ARMED_SPEAKERS:
        return "armed_group"        # "the rebels said", "insurgents put the toll at": fighters speaking for their side
    for w in order:
        if w in SOURCE_HEAD_KINDS:
            return SOURCE_HEAD_KINDS[w]  # type: ignore[return-value]
        if w in WORD_KINDS:
            return WORD_KINDS[w]
    if head in SOURCE_HEAD_KINDS:
        return SOURCE_HEAD_KINDS[head]  # type: ignore[return-value]
    if (kind := head_kind(head, words)) is not None:
        return kind
    if head in CIVILIAN_WORDS or head.rstrip("s") in CIVILIAN_WORDS:
        return "witness"        # "a monk at the monastery", "passengers": people who saw it
    return "other"


@cache
def _load_index(extra: tuple[Path, ...]) -> SourceIndex:
    entries: list[tuple[str, str, Sequence[str]]] = []
    texts = [resources.files("vigil").joinpath("data/sources.json").read_text(encoding="utf-8")]
    for p in extra:
        try:
            texts.append(p.read_text(encoding="utf-8"))
        except OSError as e:
            raise ConfigError(f"{p}: cannot read source list ({e.strerror})") from e
    for raw in texts:
        try:
            data = json.loads(raw)
            for entry in data["sources"]:
                entries.append((entry["name"], entry["kind"], entry.get("aliases", [])))
        except (ValueError, KeyError, TypeError) as e:
            raise ConfigError(f"source list is not valid ({e})") from e
    return SourceIndex(entries)


def _in_order(words: Sequence[str], among: Sequence[str]) -> bool:
    """Every word of ``words`` in ``among``, in the same order."""
    rest = iter(among)
    return all(w in rest for w in words)
