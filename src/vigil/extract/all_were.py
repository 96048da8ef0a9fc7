"""A sentence that says what all the victims just counted were: "Fourteen people were killed in the strike. All were
civilians, the mayor said." (spec, Conventions, "Victims": the category is what the report says of the victims'
status). The figures of the sentence before that have no status of their own ("14 people", "the dead") take the
one the restatement names; "most were civilians" or "many of them soldiers" says it of a part only, and is left
alone.

A claim-level helper of :mod:`vigil.extract.breakdowns`.
"""

from __future__ import annotations

import re

from vigil.extract.lexicon import CIVILIAN_WORDS, NONSTATE_WORDS, STATE_WORDS
from vigil.models import Claim, VictimCategory

__all__ = ["all_were"]

#: "All were civilians", "All of them were soldiers", "All the victims were police officers", "Both were farmers"
_ALL_WERE = re.compile(r"\s*[\"“]?(?:All|Both)(?:\s+of\s+(?:them|those|the\s+\w+)|\s+the\s+\w+)?\s+(?:were|are|had\s+been|"
                       r"have\s+been)\s+(?:(?:local|unarmed|off-duty|serving|young|innocent)\s+)?([a-z-]+)(?:\s+"
                       r"([a-z-]+))?\s*[,.;]")
#: what a figure with no status of its own is written as
_NO_STATUS = {"people", "persons", "dead", "victims", "bodies", "deaths", "wounded", "injured", "others",
              "individuals", "casualties", "fatalities"}


def _status(words: list[str]) -> VictimCategory | None:
    """The category the noun of the restatement names (its last word, singular)."""
    word = words[-1]
    stems = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word,
             word[:-3] + "man" if word.endswith("men") else word}
    if stems & CIVILIAN_WORDS:
        return "civilians"
    if stems & (STATE_WORDS - {"official", "agent", "private", "general", "major"}):
        return "state_forces"
    if stems & NONSTATE_WORDS:
        return "non_state_fighters"
    return None


def all_were(claims: list[Claim], text: str) -> None:
    """Give the figures of no status of a sentence the status the sentence right after it says all of them had."""
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        if c.evidence.start >= 0:
            by_sentence.setdefault(c.evidence.start, []).append(c)
    for start, group in by_sentence.items():
        end = max(c.evidence.end for c in group)
        m = _ALL_WERE.match(text, end)
        if m is None or end - start > 600:
            continue
        cat = _status([w for w in m.groups() if w])
        if cat is None:
            continue
        tops = [c for c in group if c.part_of is None]
        if len({c.outcome for c in tops}) != len(tops):
            continue    # two figures of one harm: which are "all"?
        for c in tops:
            if c.victims.category == "people" and (c.victims.text or "people").strip().lower() in _NO_STATUS:
                c.victims.category = cat
