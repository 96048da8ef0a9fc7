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
from vigil.extract.lexicon import ANAPHOR_HEADS, SOURCE_HEAD_KINDS
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
        return self.by_norm.get(norm(text))

    def mentions(self, text: str) -> list[Mention]:
        if self._rx is None:
            return []
        out = []
        for m in self._rx.finditer(text):
            ks = self.lookup(m.group())
            if ks is not None:
                out.append(Mention(m.start(), m.end(), ks))
        return out

    def resolve(self, text: str, head: str, modifiers: Sequence[str], *, person: bool = False,
                context: Sequence[Source] = (), demonym: str | None = None) -> Source:
        """A canonical :class:`Source` for the words an attribution uses."""
        written = text.strip(" ,.;:\"'“”")
        written = re.sub(r"['’]s$", "", written)
        known = self.lookup(written)
        if known is None and not person:
            inner = self.mentions(written)
            if inner:
                known = inner[0].source
        if known is not None:
            return Source(known.name, written, known.kind)
        words = [w.lower() for w in re.findall(r"[\w.-]+", written)]
        if person:
            return Source(written, written, _kind_of(head, modifiers))
        anaphor = _anaphor_head(written)
        if anaphor is not None:
            kinds = ANAPHOR_HEADS.get(anaphor, set())
            for src in reversed(context):
                if anaphor in norm(src.name).split() or src.kind in kinds:
                    return Source(src.name, written, src.kind)
        kind = _kind_of(head, [*modifiers, *words])
        name = _DETERMINERS.sub("", written)
        if demonym and kind in ("government", "military") and anaphor is not None:
            # "the health ministry" in a report about Lebanon -> "Lebanese health ministry"
            qualified = f"{demonym} {name}"
            known = self.lookup(qualified)
            if known is not None:
                return Source(known.name, written, known.kind)
            name = qualified
        return Source(name, written, kind)


def _is_acronym(name: str) -> bool:
    return len(name) <= 6 and name.replace(".", "").replace("-", "").isupper()


def _alias_pattern(name: str) -> str:
    return r"\s+".join(re.escape(w).replace("’", "['’]").replace("'", "['’]") for w in name.split())


def _anaphor_head(written: str) -> str | None:
    """The head noun of a definite description with no proper noun in it ("the monitoring group")."""
    if not re.match(r"^(?:the|this|that)\s", written, re.IGNORECASE):
        return None
    words = written.split()[1:]
    if not words or any(w[:1].isupper() and w.lower() not in ("british-based", "uk-based") for w in words):
        return None
    head = words[-1].lower().strip(".,")
    if head in ANAPHOR_HEADS or head in SOURCE_HEAD_KINDS:
        return head
    return None


def _kind_of(head: str, words: Sequence[str]) -> SourceKind:
    head = head.lower()
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
            for e in data["sources"]:
                entries.append((e["name"], e["kind"], e.get("aliases", [])))
        except (ValueError, KeyError, TypeError) as e:
            raise ConfigError(f"source list is not valid ({e})") from e
    return SourceIndex(entries)
