"""The speaker of a quotation, for a "He said ..." that follows it.

'"We dug all night," said a priest at the chapel. He said 25 others were wounded': the "he" is the
priest, who is named only in a sentence that holds no figure (so was never parsed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_NAME = r"(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,3}"
_DESCR = r"(?:an?|the)\s+[^,.;:\"“”]+?"
# '"...," said Tomas Ferrel, a priest at the chapel.' / '"...," said a priest at the chapel, who ...'
_SAID_X = re.compile(
    rf"[\"”]\s*(?:said|says|added|recalled)\s+(?P<sp>{_NAME}(?:,\s+{_DESCR})?|{_DESCR})\s*(?:[,.;]|$)", re.IGNORECASE
)
# '"...," a nurse at the clinic said.' / '"...," Tomas Ferrel said.'
_X_SAID = re.compile(rf"[\"”]\s*(?P<sp>{_NAME}|{_DESCR})\s+(?:said|says|added|recalled)\b", re.IGNORECASE)
# '"...," said OHCHR spokesperson Jane Orvan.': a role written before the name
_SAID_ROLE_NAME = re.compile(rf"[\"”]\s*(?i:said|says|added)\s+(?:{_NAME}\s+)?(?:[a-z]+\s+){{1,3}}(?P<sp>{_NAME})\s*(?:[,.;]|$)")
_PLURAL_HEAD = re.compile(r"s$|\b(?:people|men|women|children|police|staff)$", re.IGNORECASE)
_POST = re.compile(r"\s+(?:at|of|from|in|with|on|for|who|whose)\b.*$", re.IGNORECASE)


@dataclass(frozen=True)
class Speaker:
    text: str
    head: str        # lower-case head noun ("priest"), "" for a name
    person: bool     # named ("Tomas Ferrel")


def quoted_speaker(sentence: str) -> Speaker | None:
    """The single person a sentence quotes, if it is one quotation attributed to one speaker."""
    m = _SAID_X.search(sentence) or _X_SAID.search(sentence)
    if m is None:
        named = _SAID_ROLE_NAME.search(sentence)
        if named is not None and " " in named["sp"].strip():
            return Speaker(named["sp"].strip(), "", True)
        return None
    sp = m["sp"].strip()
    if sp[:1].isupper() and not re.match(r"(?:an?|the)\s", sp, re.IGNORECASE):
        name = sp.split(",")[0].strip()
        if " " not in name:          # a surname alone, or a pronoun-like word: let the caller decide
            return None
        return Speaker(sp, "", True)
    core = _POST.sub("", sp)
    named = re.search(r"\s[a-z][\w'’]*\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})$", core)
    if named is not None:       # '"...," said the charity's director Jana Orvan.'
        return Speaker(named["name"], "", True)
    words = core.split()
    if len(words) < 2 or _PLURAL_HEAD.search(core):
        return None
    return Speaker(sp, words[-1].lower(), False)


_ORG_HEADS = ("Front|Army|Forces?|Movement|Coalition|Brigades?|Group|Council|Alliance|Network|Observatory|"
              "Organi[sz]ation|Platform|Committee|Union|Association|Federation|Militia|Party")
# "The al-Ribat Front said ...", "The Kavor Defence Force (KDF) claimed ...": an organisation named as a
# speaker in a sentence that gives no figure, so that "the group said" later can refer back to it
_ORG_SPEAKER = re.compile(
    rf"^(?:(?-i:The)\s+)?(?P<name>(?:(?-i:[A-Z])[\w'’.-]*\s+|(?-i:al-|el-)[\w'’-]+\s+|(?:of|for|the)\s+){{0,6}}"
    rf"(?-i:{_ORG_HEADS}))(?:\s*\((?-i:[A-Z]{{2,6}})\))?\s+(?:said|says|claimed|stated|reported|announced)\b"
)


def named_speaker(sentence: str) -> tuple[str, str] | None:
    """The organisation a sentence opens with as its speaker: (name, lower-case head)."""
    m = _ORG_SPEAKER.match(sentence.lstrip())
    if m is None or not m["name"].split()[0][:1].isalpha():
        return None
    name = m["name"].strip()
    if len(name.split()) < 2:
        return None
    return name, name.split()[-1].lower()


# 'a community leader, Tomas Ferrel, said: "It started at night ...': a quotation introduced with a colon,
# often running on over several paragraphs that each open with a quotation mark
_COLON_QUOTE = re.compile(rf"(?P<name>{_NAME})(?:\s*,\s*(?:an?|the)\s[^,:;\"“”]{{1,60}},)?\s*,?\s+(?:said|says|added|explained|stated|recalled|told\s+[\w ]{{1,30}}?)"
                          r"\s*:\s*[\"“]")


def colon_speaker(sentence: str) -> str | None:
    """The named person who opens a quotation with "X said: ..." in this sentence."""
    m = _COLON_QUOTE.search(sentence)
    if m is None or " " not in m["name"].strip():
        return None
    return m["name"].strip()


_ORG_NAME = (rf"(?:(?-i:[A-Z])[\w'’.-]*\s+|(?-i:al-|el-)[\w'’-]+\s+|(?:of|for|the|and)\s+){{0,6}}(?-i:{_ORG_HEADS})")
# "..., according to the Kavor Rights Organisation (KRO)": a body named as the source of an account
_ACCORDING_TO_ORG = re.compile(rf"\baccording\s+to\s+(?:(?-i:the)\s+)?(?P<name>{_ORG_NAME})")


# "a local rights group, the Centre for Human Rights in Tesh (CHRT), told ...": a name spelt out before its acronym
_SPELT_OUT = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|the|and|on|in|de|du|des|la|le|del))"
                        r"{0,9})\s*\(\s*(?P<acr>[A-Z]{2,7})\s*\)")


def spelt_out(text: str, *, loose: bool = False) -> Iterator[tuple[str, str, int]]:
    """Names a text spells out before their acronym in parentheses: (name, acronym, where the parenthesis
    closes). The name is cut to the words whose capitals spell the acronym ("the Centre for Peace in Tesh
    (CPT)" -> "Centre for Peace in Tesh"); with ``loose``, a name whose capitals do not (a translated
    "State Security Secretariat (SESESP)") is given whole."""
    for m in _SPELT_OUT.finditer(text):
        words = m["name"].split()
        k = next((k for k in range(len(words)) if words[k][:1].isupper()
                  and "".join(w[0] for w in words[k:] if w[:1].isupper()) == m["acr"]), None)
        if k is not None:
            yield " ".join(words[k:]), m["acr"], m.end()
        elif loose:
            yield m["name"], m["acr"], m.end()


def spelt_out_bodies(sentence: str) -> list[tuple[str, str]]:
    """Bodies a sentence introduces by name and acronym, where the name's capitals spell the acronym
    ("the Centre for Peace and Justice in Tesh (CPJT)"): (name, lower-case first word)."""
    return [(name, name.split()[0].lower()) for name, _acr, _end in spelt_out(sentence)]


def introduced_bodies(sentence: str) -> list[tuple[str, str]]:
    """Organisations a sentence names as speakers ("The X Committee said", "according to the X
    Organisation"): (name, lower-case head), in order."""
    out = []
    spoke = named_speaker(sentence)
    if spoke is not None:
        out.append(spoke)
    for m in _ACCORDING_TO_ORG.finditer(sentence):
        name = m["name"].strip()
        if len(name.split()) >= 2 and name.split()[0][:1].isupper():
            out.append((name, name.split()[-1].lower()))
    for m in _NAMED_IN_APPOSITION.finditer(sentence):
        out.append((m["name"].strip(), m["head"].lower()))
    return out


# "The group, Tesh Watch, attributed ...": a body the report described before ("a local monitoring group")
# named in apposition to a definite generic noun
_NAMED_IN_APPOSITION = re.compile(
    r"\b(?-i:the|The)\s+(?P<head>group|monitor|organi[sz]ation|network|committee|coalition|body|watchdog|"
    r"charity|observatory|association|collective|movement)\s*,\s+"
    r"(?P<name>(?:(?-i:[A-Z])[\w'’.-]*\s+(?:(?:of|for|the|and)\s+)?){0,5}(?-i:[A-Z])[\w'’.-]*)\s*,")
