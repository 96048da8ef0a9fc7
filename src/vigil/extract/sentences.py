"""Fast sentence splitting with character offsets, and the relevance pre-filter.

The splitter is a regex pass (no model), so the whole article can be split and filtered before any
parsing; only sentences that can hold a figure are handed to spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vigil.extract.amounts import find_amounts
from vigil.extract.lexicon import ONE_OF_RE, PART_OPENER_RE, SINGLE_PERSON_WORDS, TRIGGER_RE

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "ltd", "co",
    "jr", "sr", "rev", "prof", "gov", "sen", "rep", "u.s", "u.n", "u.k", "e.g", "i.e", "approx", "est",
    "dept", "govt", "brig", "cpl", "pvt", "adm", "cmdr", "fr", "mt", "ft", "pres",
}
_BOUNDARY = re.compile(r"([.!?]+[\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9])|(;)()(?=[\"'“‘]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
# a single person described: "a man", "another boy", "his wife", "the village chief", "the shop's owner"
# (checked after the trigger filter; any person noun of the lexicon)
_SINGLE = re.compile(r"\b(?:a|an|another|one|his|her|their|my|our|the)\s+(?:[\w'’-]+\s+){0,3}?(?:"
                     + "|".join(sorted((re.escape(w) for w in SINGLE_PERSON_WORDS), key=len, reverse=True))
                     + r")\b", re.IGNORECASE)
# a named person under a role noun: "journalist Mara Kesh", "community leader Tavo Renel"
_TITLED = re.compile(r"\b(?:[Jj]ournalist|[Rr]eporter|[Pp]hotographer|[Ll]eader|[Aa]ctivist|[Pp]riest|[Ii]mam|[Pp]astor|"
                     r"[Ll]awyer|[Dd]octor|[Nn]urse|[Mm]edic|[Tt]eacher|[Ff]armer|[Ss]tudent|[Cc]ommander|[Ss]oldier|"
                     r"[Oo]fficer|[Mm]ayor|[Cc]ouncill?or|[Jj]udge|[Cc]leric|[Cc]hief|[Ee]lder)\s+[A-Z][a-z'’-]+\s+[A-Z]")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; offsets index ``text`` and every sentence is stripped."""
    out: list[Sentence] = []
    para = 0
    pos = 0
    for block in re.finditer(r"[^\n]+|\n", text):
        if block.group() == "\n":
            if pos != block.start() or (out and out[-1].paragraph == para):
                para += 1
            pos = block.end()
            continue
        line_start = block.start()
        line = block.group()
        cut = 0
        for m in _BOUNDARY.finditer(line):
            if m.group(3):      # headlines joined by ";" with no space ("...in Homs;Shells target ...")
                _add(out, text, line_start + cut, line_start + m.start(3), para)
                cut = m.end()
                continue
            before = line[cut:m.start() + 1]
            w = _WORD_BEFORE.search(before[:-1]) if before.endswith(".") else None
            if w:
                word = w.group(1).lower().rstrip(".")
                if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                    continue
            _add(out, text, line_start + cut, line_start + m.end(1), para)
            cut = m.end()
        _add(out, text, line_start + cut, line_start + len(line), para)
        pos = block.end()
    return _join_broken_lines(out, text)


def _join_broken_lines(sents: list[Sentence], text: str) -> list[Sentence]:
    """Rejoin a sentence broken by a line break (scraped pages): the line ends without closing
    punctuation and the next line goes on in lower case ("... in response to a rebel\n\nincursion ...")."""
    out: list[Sentence] = []
    for s in sents:
        prev = out[-1] if out else None
        if (prev is not None and s.text[:1].islower() and prev.text[-1:].isalnum()
                and "\n" in text[prev.end:s.start] and not text[prev.end:s.start].strip()):
            out[-1] = Sentence(prev.start, s.end, text[prev.start:s.end], prev.paragraph)
        else:
            out.append(s)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], para))


def may_hold_figure(sentence: str) -> bool:
    """The relevance pass: an outcome word and an amount (or a described person) in one sentence."""
    low = sentence.lower()
    if not TRIGGER_RE.search(low) and not PART_OPENER_RE.match(low):
        return False
    if any(ch.isdigit() for ch in sentence) or _SINGLE.search(sentence) or _TITLED.search(sentence) or (
            ONE_OF_RE.search(low)):
        return True
    return bool(find_amounts(sentence))
