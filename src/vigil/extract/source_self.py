"""The report's own voice and a sentence's own subject as the body that speaks: a sentence's subject at its end ("The
Tesh Civil Defence recovered 17 bodies, it said", "Police arrested 12 suspects, they said": "it", "they" refer back to
the subject, not to a body named before), and a source that is the outlet publishing the report."""

from __future__ import annotations

import re

from vigil.extract.sources import SourceIndex
from vigil.models import Source

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


def names_outlet(src: Source, outlet: str | None, sources: SourceIndex | None = None) -> bool:
    """Whether a source is the outlet publishing the report (its name before a wire credit in brackets), also
    where the outlet is named with what it publishes ("UNHCR briefing notes", "Tesh Watch quarterly report")."""
    if not outlet:
        return False
    own = re.sub(r"\s*\(.*$", "", outlet).strip()
    if sources is not None and any(m.source.name == src.name for m in sources.mentions(own)):
        return True
    written = re.sub(r"^the\s+", "", src.text.strip(), flags=re.IGNORECASE)
    if (re.fullmatch(r"[A-Z][A-Z0-9-]{2,9}", written) and re.search(rf"(?<![\w-]){re.escape(written)}(?![\w-])", own)) or (
            len(src.name.split()) > 1 and src.name[:1].isupper()
            and re.search(rf"(?<![\w-]){re.escape(src.name)}(?![\w-])", own, re.IGNORECASE)):
        return True
    key = [re.sub(r"^the\s+", "", x.strip().lower()) for x in (own, src.name)]
    if len(key[0]) > 2 and key[0] == key[1]:
        return True
    # "the Emergency Centre of the Ministry of Health" in the (Tesh) Ministry of Health's own statement
    core = key[0].split(" ", 1)[1] if len(key[0].split()) > 3 else key[0]
    if len(core.split()) >= 3 and re.search(rf"\b{re.escape(core)}$", key[1]):
        return True
    # "the Monitor documented" in the Tesh Harm Monitor's own summary; "THM said" in it
    words = [w for w in re.findall(r"[\w'’-]+", own) if w.lower() not in ("of", "the", "for", "and", "in", "on")]
    return len(words) > 1 and ((written == words[-1] and written[:1].isupper())
                               or written == "".join(w[0] for w in words if w[:1].isupper()))
