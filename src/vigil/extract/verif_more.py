"""More of what a report says of its figures' truth: denials inside the sentence that states them.

* a figure inside the clause a party denies is disputed ("the government denied that 200 people had been
  detained", "police denied reports that 12 protesters had been shot dead");
* a figure that a relative clause or an apposition after it says another party denied is disputed ("the
  militia claimed 45 soldiers died, which the army denied", "..., a figure contested by rights groups who say
  at least 40 were killed": the 45, the 5, not the rights groups' own 40);
* an official who confirms the toll told just before, in a sentence of no figures of its own ("Police said 30 were
  killed. The governor confirmed the toll"), verifies the figures of that sentence;
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from vigil.extract.sentences import Sentence
from vigil.models import Claim

_DENY = r"(?:den(?:y|ied|ies|ying)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|refut(?:e|ed|es|ing)|disput(?:e|ed|es|ing))"
# "denied that 200 people had been detained", "rejected claims that 12 were killed": the clause denied
_DENIED_CLAUSE = re.compile(_DENY + r"\s+(?:(?:the\s+|any\s+)?(?:reports?|claims?|allegations?|suggestions?|accounts?)\s+)?"
                            r"that\s+(?!(?:account|claim|report|figure|toll|version|allegation|statement|assertion|tally)s?\b)(?P<clause>[^.;:]{1,160}?)(?=,\s+(?:saying|adding|insisting|and|but|while)\b|[.;:]|$)",
                            re.IGNORECASE)
# ", which the army denied", ", a claim the ministry rejected", ", a figure contested by rights groups"
_DENIED_AFTER = re.compile(r",\s+(?:which|something|a\s+(?:claim|figure|toll|number|account|version)\s+(?:that\s+)?)\s*"
                           r"(?:[\w'’-]+\s+){0,5}?(?:has\s+|have\s+|had\s+)?(?:strongly\s+|flatly\s+)?"
                           r"(?:denied|rejected|disputed|dismissed|refuted|contested|challenged)\b|"
                           r",\s+(?:a|the)\s+(?:claim|figure|toll|number|account|version|tally)\s+(?:that\s+(?:was|has\s+been)\s+)?"
                           r"(?:strongly\s+|flatly\s+)?(?:denied|rejected|disputed|dismissed|refuted|contested|challenged)\s+by\b|"
                           # "the toll of 44 given by the ministry was disputed by local leaders"
                           r"\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:\w+ly\s+)?(?:denied|rejected|disputed|"
                           r"dismissed|refuted|contested|challenged)\s+by\b|"
                           # ", a toll that rights groups say is a vast undercount"
                           r",\s+(?:a|which|the)\s+(?:(?:figure|toll|number|tally|count|estimate)\s+)?(?:that\s+)?"
                           r"(?:[\w'’-]+\s+){0,5}?(?:is|was|are|were|be)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
                           r"(?:under|over)-?(?:count|estimate|statement)\b",
                           re.IGNORECASE)
def _at(c: Claim, s: Sentence) -> int:
    """Where the claim's amount stands in its sentence (-1 where not found)."""
    return s.text.find(c.count.text) if c.count.text else -1


def denied_in_sentence(claims: Sequence[Claim], sentences: Sequence[Sentence]) -> set[int]:
    """The claims a denial in their own sentence contests: those inside the denied clause, and those before a
    ", which X denied" / ", a figure contested by X"."""
    out: set[int] = set()
    for s in sentences:
        own = [c for c in claims if c.evidence.start == s.start]
        if not own:
            continue
        for m in _DENIED_CLAUSE.finditer(s.text):
            out |= {id(c) for c in own if m.start("clause") <= _at(c, s) < m.end("clause")}
        for m in _DENIED_AFTER.finditer(s.text):
            out |= {id(c) for c in own if 0 <= _at(c, s) < m.start()}
    return out


# "The governor confirmed the toll": who confirms (the words before the verb), and what (a toll named back)
_CONFIRMS_TOLL = re.compile(r"^(?P<who>(?:[\w'’-]+\s+){1,5}?)(?:has\s+|had\s+|also\s+|later\s+)*confirmed\s+(?:the|that|this|these)\s+"
                            r"(?:death\s+|casualty\s+)?(?:toll|figures?|tally|count|numbers?|deaths|account)\b", re.IGNORECASE)


def confirmed_toll_before(claims: Sequence[Claim], sentences: Sequence[Sentence], kind_of: Callable[[str], str | None],
                          official: set[str]) -> set[int]:
    """The claims of the sentence just before one of no figures in which an official (``kind_of`` its head word in
    ``official``) confirms "the toll", "the figures", "the deaths"."""
    out: set[int] = set()
    starts = {c.evidence.start for c in claims}
    for n, s in enumerate(sentences):
        if n == 0 or s.start in starts or "confirmed" not in s.text:
            continue
        m = _CONFIRMS_TOLL.match(s.text)
        if m is None or kind_of(m["who"].split()[-1].lower()) not in official:
            continue
        prev = sentences[n - 1].start
        out |= {id(c) for c in claims if c.evidence.start == prev}
    return out
