"""Bodies a report names by their proper name in a sentence that gives no figure (a headline, an opening line, a
sentence about something else), for what a shorter reference later in the report refers back to.

"Rebels storm base, says Kolmar Human Rights League ... At least 12 soldiers were killed, the group said": "the
group" is the league. "The Tesh Regional Administration said shelling began at night. The administration said 9
were killed": "the administration" is the one named. A name is a run of title-case words ending in the capitalised
noun of a body's kind ("Ostrava Health Directorate", "Terran Red Crescent Society"), or that noun followed by what
the body is of or for ("Ministry of Public Health", "Oren Institute for Conflict Studies").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from vigil.extract.attribution import Attribution
from vigil.extract.sentences import Sentence
from vigil.extract.source_resolve import ReportSources
from vigil.extract.sources import SourceIndex
from vigil.geo import Gazetteer
from vigil.models import Source

#: the capitalised nouns that end (or head, before "of"/"for") a body's proper name
_HEADS = ("Ministry|Agency|Office|Directorate|Administration|Authority|Command|Commission|Committees?|Council|"
          "Society|League|Syndicate|Institute|Union|Federation|Association|Group|Monitor|Observatory|Network|"
          "Department|Centre|Center|Foundation|Programme|Program|Mission|Bureau|Organi[sz]ation|Coalition|Alliance|"
          "Secretariat|Inspectorate|Watch|Collective|Board|Service|Services|Crescent|Cross|Front|Movement")
_WORD = r"(?-i:[A-Z])[\w'’-]*"
#: "the Kolmar Human Rights League", "the Norland Ministry of Public Health", "the Union of Medical Relief Committees"
_BODY_NAME = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:{_WORD}\s+){{0,5}}(?P<head>(?-i:{_HEADS}))"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_WORD}(?:\s+(?:(?:and|of|for|in)\s+)?{_WORD}){{0,4}})?)(?![\w'’-])")
#: title-case words that open a sentence or a clause without being part of the name after them
_NOT_NAME = {"the", "a", "an", "in", "on", "at", "by", "but", "and", "however", "meanwhile", "separately", "earlier",
             "later", "according", "says", "said", "as", "after", "while", "when", "this", "that", "its", "their"}


def named_bodies(sentence: str) -> list[tuple[str, str, int]]:
    """The bodies a sentence names by a proper name of two words or more: (name, lower-case head, offset)."""
    if not re.search(_HEADS, sentence):
        return []
    out = []
    for m in _BODY_NAME.finditer(sentence):
        words = m["name"].split()
        start = m.start("name")
        while words and words[0].lower() in _NOT_NAME:
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or words[0][:1].islower() or words[-1].lower() in ("of", "for", "on", "and", "in"):
            continue
        name = " ".join(words)
        out.append((name, m["head"].lower(), start))
    return out


def opening_bodies(sentence: str) -> list[tuple[str, str]]:
    """The body a sentence opens with by its proper name ("The Orvan Human Rights League said ..."): what "a local
    rights group" said before may be (name, lower-case head)."""
    return [(name, head) for name, head, at in named_bodies(sentence) if at <= 4][:1]


_PLURAL_ANAPHOR = re.compile(r"(?:both|the\s+two|the\s+three)(?:\s+[\w'’-]+){1,2}", re.IGNORECASE)


def first_named_together(src: Source, written: str, together: Sequence[Sequence[Source]]) -> Source:
    """"Both groups said ...": the first of the bodies a sentence named together (the one chosen from several), not
    the last; ``together`` lists, sentence by sentence, the bodies each named."""
    if _PLURAL_ANAPHOR.fullmatch(written.strip()) is None:
        return src
    for group in reversed(together):
        if len(group) > 1 and any(s.name == src.name for s in group):
            return replace(group[0], text=src.text)
    return src


#: a body described in lower-case words as the source of an account: "according to the regional health office"
_DESCRIBED_SPEAKER = re.compile(r"\baccording\s+to\s+(?P<desc>(?-i:the)\s+(?:(?-i:[a-z][\w-]*)\s+){1,3}"
                                r"(?-i:office|ministry|agency|authority|department|directorate|commission|committee|"
                                r"council|administration|service|bureau|secretariat))\b")
#: words of a description that are no part of the body it describes ("the same statement", "health officials")
_NOT_BODY_WORDS = {"the", "a", "an", "its", "their", "this", "that", "same", "both", "local", "official", "officials",
                   "spokesman", "spokeswoman", "spokesperson", "source", "sources", "figures", "figure", "count",
                   "statement", "data", "records", "record", "report", "tally", "says", "said", "country", "country's"}
#: spellings the same body goes by
_SPELLING = {"defense": "defence", "organization": "organisation", "program": "programme", "center": "centre"}


def _words(text: str) -> list[str]:
    out = []
    for w in re.findall(r"[A-Za-z][\w'’-]*", text):
        w = re.sub(r"['’]s?$", "", w.lower())
        out.append(_SPELLING.get(w, w))
    return out


def described_body(src: Source, written: str, bodies: Sequence[tuple[int, Source]], at: int,
                   place_word: Callable[[str], str | None]) -> Source | None:
    """The body named in the report (before ``at``, the nearest; else the first after it) whose name holds every
    word of a description of it ("police" -> "Oromia Regional Police Commission", "the armed forces" -> "Joint
    Command of the Armed Forces", "health officials" -> "Ostrava Health Directorate"); ``bodies`` are the named
    bodies with where each is named, ``place_word`` says whether a capitalised word is a "country" (or its
    adjective) or another "place". ``src`` is what the description resolved to without the bodies: one it already
    named ("the ministry" -> the "Tesh Defence Ministry" named before) stays."""
    words = written.split()
    if not words or any(w[:1].isupper() and (k or place_word(w) == "place") and place_word(w) != "country"
                        for k, w in enumerate(words)):
        return None         # (a name of its own: "Tesh Red Cross officials", "Tesh recorded ...")
    words = [w for w in words if not (w[:1].isupper() and place_word(w) == "country")]
    want = [w for w in _words(" ".join(words)) if w not in _NOT_BODY_WORDS]
    if not set(_words(src.name)) <= set(_words(written)) | {w for w in _words(src.name) if place_word(w.title())}:
        return None
    if not want or len(want) > 3:
        return None
    fits = [(pos, body) for pos, body in bodies if set(want) <= set(_words(body.name)) and len(body.name.split()) > 1
            and len(_words(body.name)) > len(want)]
    before = [fb for fb in fits if fb[0] < at]
    if before:
        return max(before, key=lambda fb: fb[0])[1]
    return fits[0][1] if fits else None


def place_word(gazetteer: Gazetteer, word: str) -> str | None:
    """"country" for a country's name or adjective ("Peru", "Lebanese"), "place" for another place's name, else
    None."""
    if gazetteer.country_of(word) is not None:
        return "country"
    found = gazetteer.find(word)
    return "place" if len(found) == 1 and found[0].start == 0 and found[0].end >= len(word) - 1 else None


class ReportBodies:
    """The bodies one report names, for the shorter references to them: those named in sentences that give no
    figure become what "the group" may refer to (:meth:`introduce`, in order), and a description takes the body
    whose name holds its words (:meth:`refer`)."""

    def __init__(self, sentences: Sequence[Sentence], rs: ReportSources, index: SourceIndex, gazetteer: Gazetteer,
                 demonym: str | None) -> None:
        self.sentences, self.rs, self.index, self.gazetteer, self.demonym = sentences, rs, index, gazetteer, demonym
        self.together: list[list[Source]] = []      # the bodies each sentence without figures names
        self.named: list[tuple[int, Source]] | None = None      # every body the report names, with where

    def introduce(self, sent: Sentence, known: set[str]) -> None:
        """Note the bodies a sentence that gives no figure names (``known``: the names the report holds already)."""
        self.together.append([])
        for m in _DESCRIBED_SPEAKER.finditer(sent.text):
            # "..., according to the regional health office.": what "the office" later refers to
            if not self.rs.quoted(sent.start + m.start("desc")):
                desc = m["desc"]
                self.rs.introduce(self.index.resolve(desc, desc.split()[-1].lower(), [], demonym=self.demonym))
        for name, head, at in named_bodies(sent.text):
            if self.rs.quoted(sent.start + at):
                continue
            body = self.index.resolve(self.rs.owned(name), head, [], context=self.rs.context, demonym=self.demonym)
            self.together[-1].append(body)
            if body.name not in known:
                self.rs.introduce(body)
                known.add(body.name)

    def refer(self, src: Source, a: Attribution, start: int, demonym: str | None) -> Source:
        """The source an attribution of a sentence starting at ``start`` resolved to, or the body named in the
        report that it refers to ("both groups": the first of the two; "police": the police body named)."""
        src = first_named_together(src, a.text, self.together)
        if a.pronoun or a.person or self.index.lookup(src.name) is not None:
            return src
        if self.named is None:
            self.named = [(s.start + at, self.index.resolve(self.rs.owned(name), head, [], demonym=demonym))
                          for s in self.sentences for name, head, at in named_bodies(s.text)]
        found = described_body(src, a.text, self.named, start + a.start, lambda w: place_word(self.gazetteer, w))
        return src if found is None else replace(found, text=src.text)
