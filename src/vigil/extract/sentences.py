"""Fast sentence splitting with character offsets, and the relevance pre-filter.

The splitter is a regex pass (no model), so the whole article can be split and filtered before any
parsing; only sentences that can hold a figure are handed to spaCy.
"""

from __future__ import annotations

import re
import re._constants as sre_c  # type: ignore[import-not-found,unused-ignore]
import re._parser as sre_parse  # type: ignore[import-not-found,unused-ignore]
from dataclasses import dataclass
from typing import Any

from vigil.extract.amounts import find_amounts
from vigil.extract.lexicon import ONE_OF_RE, PART_OPENER_RE, SINGLE_PERSON_WORDS, TRIGGER_RE

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "ltd", "co",
    "jr", "sr", "rev", "prof", "gov", "sen", "rep", "u.s", "u.n", "u.k", "e.g", "i.e", "approx", "est",
    "dept", "govt", "brig", "cpl", "pvt", "adm", "cmdr", "fr", "mt", "ft", "pres",
}
_BOUNDARY = re.compile(r"([.!?]+[\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9])|(;)()(?=[\"'“‘]?[A-Z0-9])")
_ENUMERATOR = re.compile(r"\s*(?:\d{1,2}|[ivxIVX]{1,4})\.")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
#: the social platform X named after a preposition at a sentence's end ("she wrote on X.")
_PLATFORM_X = re.compile(r"\b(?:on|via)\s+X\.$")
# a single person described: "a man", "another boy", "his wife", "the village chief", "the shop's owner"
# (checked after the trigger filter; any person noun of the lexicon)
_SINGLE = re.compile(r"\b(?:a|an|another|one|his|her|their|my|our|the)\s+(?:[\w'’-]+\s+){0,3}?(?:"
                     + "|".join(sorted((re.escape(w) for w in SINGLE_PERSON_WORDS), key=len, reverse=True))
                     + r")\b", re.IGNORECASE)
# a named person under a role noun: "journalist Mara Kesh", "community leader Tavo Renel"
_TITLED = re.compile(r"\b(?:[Jj]ournalist|[Rr]eporter|[Pp]hotographer|[Ll]eader|[Aa]ctivist|[Pp]riest|[Ii]mam|[Pp]astor|"
                     r"[Ll]awyer|[Dd]octor|[Nn]urse|[Mm]edic|[Tt]eacher|[Ff]armer|[Ss]tudent|[Cc]ommander|[Ss]oldier|"
                     r"[Oo]fficer|[Mm]ayor|[Cc]ouncill?or|[Jj]udge|[Cc]leric|[Cc]hief|[Ee]lder|[Dd]efender|[Ss]ergeant|"
                     r"[Cc]orporal|[Cc]aptain|[Ll]ieutenant)\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+[A-ZÀ-Þ]")

# a person named by a full name as the one harmed: "shot dead Aro Tesh", "Kessa Obi, a farmer, was abducted"
_HARMED = r"(?:killed|shot|murdered|assassinated|abducted|kidnapped|arrested|detained|executed|beheaded|stabbed|lynched)"
_NAMED = re.compile(r"\b" + _HARMED + r"\s+(?:dead\s+)?(?:[a-z]+\s+)?[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+[A-ZÀ-Þ]|"
                    r"\b[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+[A-ZÀ-Þ][\w'’-]+"
                    r"(?:,[^,.]{1,60},)?\s+(?:(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:" + _HARMED[3:-1]
                    + r"|wounded|injured|dead)|died)\b")

# one person a strong harm verb's passive names, whatever the noun: "a motorbike rider was shot dead"
_PASSIVE_ONE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w'’-]+\s+){0,3}?(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?"
                          r"(?:killed|shot|gunned\s+down|murdered|abducted|kidnapped|wounded|injured|executed|"
                          r"stabbed|beheaded|strangled|hanged|arrested|detained|jailed|imprisoned|(?:picked|locked)\s+up|"
                          r"remanded|seized|taken\s+hostage)\b")
# one person named by a nationality: "killed a Palestinian", "an Israeli was wounded"
_DEMONYM_ONE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?[A-Z][a-z]+(?:an|i|ese|ish)\b")
# a person named among a harmed group: "Among the dead was Dawit", "Tesh Obi was among those killed"
_AMONG_GROUP = re.compile(r"\b[Aa]mong\s+(?:the|those)\b")


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
            if cut == 0 and _ENUMERATOR.fullmatch(before):
                cut = m.end()   # "1. On Monday ...": a numbered paragraph's number, no sentence of its own
                continue
            w = _WORD_BEFORE.search(before[:-1]) if before.endswith(".") else None
            if w:
                word = w.group(1).lower().rstrip(".")
                if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha() and not _PLATFORM_X.search(before)):
                    continue        # (not "wrote on X.": the platform's name, not an initial)
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


_BY_PLACE = re.compile(r"(?:\b\d[\d,]*|\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
                       r"[Ee]leven|[Tt]welve|\w+teen|\w+ty(?:-\w+)?))\s+(?:(?:were|was|are)\s+)?(?:in|at)\s+[A-Z]")

_BY_KIND = re.compile(r"(?:\b\d[\d,]*|\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
                      r"[Ee]leven|[Tt]welve|\w+teen|\w+ty(?:-\w+)?))\s+(?:were|was)\s+[a-z]")


def may_hold_figure(sentence: str) -> bool:
    """The relevance pass: an outcome word and an amount (or a described person) in one sentence."""
    low = sentence.lower()
    if not TRIGGER_RE.search(low) and not PART_OPENER_RE.match(low):
        # "Forty were in Herat, 30 in Farah", "Ten were men, five were women": counts by place or kind
        return len(_BY_PLACE.findall(sentence)) >= 2 or len(_BY_KIND.findall(sentence)) >= 2
    if any(ch.isdigit() for ch in sentence) or _SINGLE.search(sentence) or _TITLED.search(sentence) or _NAMED.search(sentence) or (
            _DEMONYM_ONE.search(sentence)) or _PASSIVE_ONE.search(sentence) or (
            ONE_OF_RE.search(low)) or _AMONG_GROUP.search(sentence):
        return True
    return bool(find_amounts(sentence))


# --- literal gates for case-insensitive phrase patterns -------------------------------------------------

#: characters that a case-insensitive pattern's ASCII letter also matches but ``str.lower`` does not map to it
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def required_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings at least one of which occurs (case-insensitively) in any text where
    ``pattern`` finds a match (read off the parsed pattern: literal runs, alternations, repeats of one
    or more, lookarounds); None when no such set is found. A cheap ``in`` test on them tells most
    sentences a phrase pattern cannot match before the regex runs (see :func:`gate_text`)."""
    return _required(sre_parse.parse(pattern, flags))


_GATES: dict[re.Pattern[str], frozenset[str] | None] = {}


def gated_search(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``rx.search(text)``, skipping the regex where the text lacks every word it needs."""
    try:
        words = _GATES[rx]
    except KeyError:
        words = _GATES[rx] = required_words(rx.pattern, rx.flags)
    if words is not None:
        folded = gate_text(text)
        if folded is not None and not any(w in folded for w in words):
            return None
    return rx.search(text)


def gate_text(text: str) -> str | None:
    """The text to test :func:`required_words` against (lower case), or None where it may hold a
    character that folds to an ASCII letter without ``str.lower`` mapping it there (then run the regex)."""
    return None if any(c in text for c in _ODD_FOLDS) else text.lower()


def _required(seq: Any) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    around: frozenset[str] | None = None
    run = ""

    def better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
        if b is None or not b or min(map(len, b)) == 0:
            return a
        if a is None:
            return b
        ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
        return b if kb > ka else a

    for op, av in seq:
        if op is sre_c.LITERAL and av < 128:
            run += chr(av).lower()
            continue
        if run:
            best, run = better(best, frozenset({run})), ""
        if op is sre_c.SUBPATTERN:
            best = better(best, _required(av[-1]))
        elif op is sre_c.BRANCH:
            alts = [_required(b) for b in av[1]]
            if all(a is not None for a in alts):
                best = better(best, frozenset(w for a in alts if a is not None for w in a))
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:
            best = better(best, _required(av[2]))
        elif op is sre_c.ASSERT:        # what a lookaround needs is in the text too (used if nothing else is)
            around = better(around, _required(av[1]))
    if run:
        best = better(best, frozenset({run}))
    return best if best is not None else around
