"""A sentence's own subject as the body that speaks at its end: "The Tesh Civil Defence recovered 17 bodies, it
said", "Police arrested 12 suspects, they said" ("it", "they" refer back to the subject, not to a body named before)."""

from __future__ import annotations

import re

#: a sentence opening with a body, named (title-case words) or described by its common noun, and its verb
_OPENING_BODY = re.compile(
    r"^(?:(?-i:The)\s+)?(?P<name>(?:(?-i:[A-Z])[\w'’.-]*\s+){1,5}(?-i:[A-Z])[\w'’-]*|"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+)?(?:(?-i:[a-z])[\w'’-]*\s+){0,2}(?-i:[Aa]rmy|[Mm]ilitary|[Pp]olice|ministry|government|"
    r"authorities|agency|commission|command))"
    r"(?:\s*\((?-i:[A-Z]{2,6})\))?\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?-i:[a-z]+ed)\b")


def opening_body(sentence: str) -> tuple[str, str] | None:
    """The body a sentence opens with as the subject of a verb in the past: (its words, its head in lower case)."""
    m = _OPENING_BODY.match(sentence.lstrip())
    if m is None:
        return None
    name = m["name"].strip()
    return name, name.split()[-1].lower()
