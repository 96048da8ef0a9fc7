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
from vigil.extract.lexicon import ANAPHOR_HEADS, CIVILIAN_WORDS, SOURCE_HEAD_KINDS
from vigil.models import Source, SourceKind

_KINDS = {"monitor", "government", "military", "armed_group", "un", "ngo", "medical", "media", "witness", "other"}
_WEAK_HEADS = {"source", "sources", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
               "statement", "member", "head", "chief", "director", "person", "representative"}
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


class SourceIndex:
    """Known sources by every name they go by."""

    def __init__(self, entries: Iterable[tuple[str, str, Sequence[str]]]) -> None:
        self.by_norm: dict[str, KnownSource] = {}
        names: list[str] = []
        for name, kind, aliases in entries:
            if kind not in _KINDS:
                raise ConfigError(f"source {name!r}: unknown kind {kind!r}")
            ks = KnownSource(name, kind)  # type: ignore[arg-type]
            for alias in (name, *aliases):
                key = norm(alias)
                if key:
                    self.by_norm.setdefault(key, ks)
                    names.append(alias)
        # a whole-word alternation, longest first; short all-caps aliases must match case exactly
        long_names = sorted({n for n in names if not _is_acronym(n)}, key=len, reverse=True)
        acronyms = sorted({n for n in names if _is_acronym(n)}, key=len, reverse=True)
        parts = []
        if long_names:
            parts.append("(?i:" + "|".join(_alias_pattern(n) for n in long_names) + ")")
        if acronyms:
            parts.append("|".join(re.escape(n) for n in acronyms))
        self._rx = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])") if parts else None

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
        while (m := self._rx.search(text, pos)) is not None:
            pos = m.end()
            det = re.match(r"the\s+", m.group(), re.IGNORECASE)
            if det and (longer := self._rx.match(text, m.start() + det.end())) and longer.end() > m.end():
                m = longer        # "the United Nations Children's Fund", not "the United Nations"
                pos = m.end()
            ks = self.lookup(m.group())
            if ks is not None:
                out.append(Mention(m.start(), m.end(), ks))
        return out

    def resolve(self, text: str, head: str, modifiers: Sequence[str], *, person: bool = False,
                context: Sequence[Source] = (), demonym: str | None = None) -> Source:
        """A canonical :class:`Source` for the words an attribution uses."""
        written = text.strip(" ,.;:\"'“”()")
        written = re.sub(r"['’]s$", "", written)
        written = re.sub(r"\s*\([^)]*$", "", written)                     # an unclosed "(CNF"
        # "the Tesh Rights Agency (TRA)": the full name, not the acronym beside it
        written = re.sub(r"(?<=\w)\s*\((?-i:[A-Z][A-Za-z./&-]{1,11})\)(?=[\s,;:]|$)", "", written)
        # "the foreign ministry", "the home ministry": the formal name where it adds a word
        written = _SHORT_MINISTRY.sub(lambda m: f"Ministry of {_MINISTRY_PORTFOLIOS[m[1].lower()]}", written)
        written = re.sub(r"\b[\w-]+-based\s+", "", written, flags=re.IGNORECASE).strip()
        # two kinds of unnamed source for one figure ("medical and local sources"): the first
        written = _TWO_KINDS.sub(r"\1 \2", written)
        apposed = _APPOSITIVE.match(written)
        if apposed:
            written = apposed.group(1)          # "the Tarn Relief Network, a volunteer group" -> the name
        named = _ROLE_THEN_NAME.match(written)
        if named:                               # "the head of the district administration, Ivan Petrenko"
            written, person = named.group(1), True
        known = self.lookup(written)
        if known is None and not person:
            inner = self.mentions(written)
            if inner:
                known = inner[0].source
        if known is not None:
            return Source(known.name, written, known.kind)
        words = [w.lower() for w in re.findall(r"[\w.-]+", written)]
        if person:
            # a surname alone refers to the person named in full earlier ("Hemba said")
            for src in reversed(context):
                if " " not in written and src.name.split()[-1:] == [written] and src.name != written:
                    return Source(src.name, written, src.kind)
            return Source(written, written, _kind_of(head, modifiers))
        if re.fullmatch(r"[A-Z][A-Za-z]{3,}", written):
            for src in reversed(context):   # "Osha" for an "Ocha" named before: a misspelt reference
                if any(_one_letter_off(written.lower(), w.lower()) for w in re.findall(r"[\w]+", src.text)):
                    return Source(src.name, written, src.kind)
        anaphor = _anaphor_head(written)
        if anaphor is not None:
            kinds = ANAPHOR_HEADS.get(anaphor, set())
            extra = [w for w in norm(written).split()[:-1] if w not in _GENERIC_MODIFIERS]
            for src in reversed(context):
                name_words = set(norm(src.name).split()) | set(norm(src.text).split())
                if (anaphor in name_words or src.kind in kinds) and all(w in name_words for w in extra):
                    return Source(src.name, written, src.kind)
        short = re.fullmatch(r"(?:the|this|that)\s+([a-z]{4,})", written, re.IGNORECASE)
        if short:
            # "the collective" for the "Ombre Legal Collective" named before
            for src in reversed(context):
                if norm(src.name).split()[-1:] == [short.group(1).lower()] and src.name[:1].isupper():
                    return Source(src.name, written, src.kind)
        kind = _kind_of(head, [*modifiers, *words])
        name = _DETERMINERS.sub("", written)
        if demonym and kind in ("government", "military") and _qualifiable(name):
            # "the health ministry" in a report about Lebanon -> "Lebanese health ministry"
            qualified = f"{demonym} {name}"
            known = self.lookup(qualified)
            if known is not None:
                return Source(known.name, written, known.kind)
            name = qualified
        return Source(name, written, kind)


#: ministries whose formal name is not their short one in another order ("foreign ministry" -> "Ministry of
#: Foreign Affairs"; "defence ministry" and "Ministry of Defence" already name one body to the scorer)
_MINISTRY_PORTFOLIOS = {"foreign": "Foreign Affairs", "home": "Home Affairs", "external": "External Affairs"}
_SHORT_MINISTRY = re.compile(r"\b(" + "|".join(_MINISTRY_PORTFOLIOS) + r")\s+ministry\b", re.IGNORECASE)
_TWO_KINDS = re.compile(r"^((?:the\s+)?(?-i:[A-Za-z][a-z]+))\s+and\s+(?-i:[a-z]+)\s+(sources|officials)$", re.IGNORECASE)
_ROLE_THEN_NAME = re.compile(r"^(?:(?:the|a|an)\s+)?(?-i:[a-z])[^,]*,\s+((?-i:(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+))$")
# a proper name followed by a description of it ("X, a network of doctors")
_APPOSITIVE = re.compile(r"^((?-i:[A-Z])[^,]{2,}?),\s+(?:an?|one of the)\s+[^,]+$")
_GENERIC_MODIFIERS = {"war", "monitoring", "same", "local", "country", "s", "national", "both", "two", "three",
                      "these", "those", "this", "that"}
_QUALIFIABLE_HEADS = {"ministry", "army", "military", "police", "government", "officials", "official",
                      "authorities", "forces", "force", "troops", "spokesman", "spokeswoman", "spokesperson",
                      "officer", "officers", "office", "president", "presidency"}


def _qualifiable(name: str) -> bool:
    """A government or military body described without its country ("the defence ministry")."""
    words = name.split()
    return bool(words) and words[-1].lower() in _QUALIFIABLE_HEADS and not any(
        w[:1].isupper() for w in words if w.lower() not in _QUALIFIABLE_HEADS) and len(words) <= 4


def _one_letter_off(a: str, b: str) -> bool:
    """Two words of one length that differ in one letter other than the first."""
    return len(a) == len(b) and a[0] == b[0] and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _is_acronym(name: str) -> bool:
    return len(name) <= 6 and name.replace(".", "").replace("-", "").isupper()


def _alias_pattern(name: str) -> str:
    return r"\s+".join(re.escape(w).replace("’", "['’]").replace("'", "['’]") for w in name.split())


def _anaphor_head(written: str) -> str | None:
    """The head noun of a definite description with no proper noun in it ("the monitoring group")."""
    det = re.match(r"^(?:the|this|that|these|those|both)(?:\s+(?:two|three|both))?\s", written, re.IGNORECASE)
    if not det:
        return None
    words = written[det.end():].split()
    if not words or any(w[:1].isupper() for w in words[:-1]):
        return None
    head = words[-1].lower().strip(".,")
    if head.endswith("s") and head[:-1] in ANAPHOR_HEADS:     # "both groups", "the two organisations"
        head = head[:-1]
    if head in ANAPHOR_HEADS or head in SOURCE_HEAD_KINDS:
        return head
    return None


def _kind_of(head: str, words: Sequence[str]) -> SourceKind:
    head = head.lower()
    if head == "activist" and "activists" in words:     # the lemma of a plural
        head = "activists"
    order = [head] if head not in _WEAK_HEADS else []
    order += [w.lower() for w in words]
    # a few compound signals first
    joined = " ".join(order)
    if re.search(r"\b(?:human rights|rights group|watchdog)\b", joined):
        return "ngo"
    if re.search(r"\bsecurity (?:source|official)", " ".join([*words, head])):
        return "military" if "official" not in head else "government"
    for w in order:
        if w in SOURCE_HEAD_KINDS:
            return SOURCE_HEAD_KINDS[w]  # type: ignore[return-value]
    if head in SOURCE_HEAD_KINDS:
        return SOURCE_HEAD_KINDS[head]  # type: ignore[return-value]
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
