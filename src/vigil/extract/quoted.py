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
    rf"[\"”]\s*(?:said|says|added|recalled|wrote)\s+(?P<sp>{_NAME}(?:,\s+{_DESCR})?|{_DESCR})\s*(?:[,.;]|$)", re.IGNORECASE
)
# '"...," a nurse at the clinic said.' / '"...," Tomas Ferrel said.'
_X_SAID = re.compile(rf"[\"”]\s*(?P<sp>{_NAME}|{_DESCR})\s+(?:said|says|added|recalled|wrote|told)\b", re.IGNORECASE)
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
    # (the office's area may stand between title and name: "said the police chief, Tesh range, Ana Orvan")
    after = re.match(rf"\s*,\s*(?:(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){{0,2}}\s+(?-i:[a-z])[\w-]+,\s*)?"
                     rf"(?P<name>{_NAME})\s*(?:[,.;]|$)", sentence[m.end("sp"):])
    if re.match(r"(?:an?|the)\s", sp, re.IGNORECASE) and after is not None and " " in after["name"]:
        return Speaker(after["name"], "", True)     # '"...," said the regional ombudsman, Ana Orvan.': the name
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
# "The al-Ribat Front said ...", "The Kavor Defence Force (KDF), a militia, claimed ...": an organisation named as a
# speaker in a sentence that gives no figure, so that "the group said" later can refer back to it
_ORG_SPEAKER = re.compile(
    rf"^(?:(?-i:The)\s+)?(?P<name>(?:(?-i:[A-Z])[\w'’.-]*\s+|(?-i:al-|el-)[\w'’-]+\s+|(?:of|for|the)\s+){{0,6}}"
    rf"(?-i:{_ORG_HEADS}))(?:\s*\((?-i:[A-Z]{{2,6}})\))?(?:\s*,\s*(?:an?|the)\s[^,:;\"“”]{{1,60}},)?"
    rf"\s+(?:said|says|claimed|stated|reported|announced|added|noted|told)\b"
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


# "The Tesh Rights Commission, a state body, has been more outspoken.": a body named as the subject of a sentence
# that gives no figure, whatever its verb, what "it said" in the next sentence refers to
_ORG_SUBJECT = re.compile(
    rf"^(?:(?-i:The)\s+)?(?P<name>(?:(?-i:[A-Z])[\w'’.-]*\s+|(?-i:al-|el-)[\w'’-]+\s+|(?:of|for|the|and)\s+){{0,6}}"
    rf"(?-i:{_ORG_HEADS}|Commission|Ministry|Agency|Office|Directorate|Command|Institute|Centre|Center|Mission|"
    r"Society|Watch|League|Forum|Foundation|Initiative|Collective|Syndicate|Tracker|Project|Monitor))"
    rf"(?:\s*\((?-i:[A-Z]{{2,6}})\))?(?:\s*,\s*(?:an?|the)\s[^:;\"“”]{{1,80}}?,)?"
    rf"\s+(?:(?:has|have|had)\s+)?(?:(?:also|been|already)\s+)?(?-i:[a-z]+(?:ed|es|s))\b"
)


def named_subject(sentence: str) -> tuple[str, str] | None:
    """The organisation a sentence opens with as its subject, whatever it does: (name, lower-case head)."""
    m = _ORG_SUBJECT.match(sentence.lstrip())
    if m is None or len(m["name"].split()) < 2 or not m["name"].split()[0][:1].isalpha():
        return None
    name = m["name"].strip()
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
_SPELT_OUT = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|the|and|on|in|de|du|des|la|le|del|"
                        r"pour|au|aux|et|en|sur|contre|para|por|y|l['’][A-Z][\w'’.-]*))"
                        r"{0,9})\s*\(\s*(?P<acr>[A-Z]{2,7})\s*\)")


# "The Tesh Mine Agency, known as TEMA, said": the same, the acronym given after "known as"
_KNOWN_AS_ACRONYM = re.compile(r"(?<![\w.])(?:(?-i:The|the) )?(?P<name>[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|for|the|"
                               r"and|on|in)){1,9}), (?:also )?known as (?P<acr>[A-Z]{2,7})\b")


def spelt_out(text: str, *, loose: bool = False) -> Iterator[tuple[str, str, int]]:
    """Names a text spells out before their acronym in parentheses: (name, acronym, where the parenthesis
    closes). The name is cut to the words whose capitals spell the acronym ("the Centre for Peace in Tesh
    (CPT)" -> "Centre for Peace in Tesh"); with ``loose``, a name whose capitals do not (a translated
    "State Security Secretariat (SESESP)") is given whole."""
    for m in [*_SPELT_OUT.finditer(text), *_KNOWN_AS_ACRONYM.finditer(text)]:
        words = m["name"].split()
        k = next((k for k in range(len(words)) if words[k][:1].isupper()
                  and "".join(w[0] for w in words[k:] if w[:1].isupper()) == m["acr"]), None)
        if k is not None:
            yield " ".join(words[k:]), m["acr"], m.end()
        elif loose:
            yield m["name"], m["acr"], m.end()


#: "the Orvanian military (OTF)": a country's body described in lower-case words, with its acronym in brackets
_DESCRIBED_OUT = re.compile(r"\b(?:the|The)\s+(?P<desc>[A-Z][a-z]+(?:\s+[a-z]+){1,3})\s*\(\s*(?P<acr>[A-Z]{2,7})\s*\)")


def described_out(text: str) -> Iterator[tuple[str, str]]:
    """Bodies a text describes in lower-case words after a proper adjective, with an acronym in brackets that
    the description's capitals do not spell: (description, acronym)."""
    for m in _DESCRIBED_OUT.finditer(text):
        yield m["desc"], m["acr"]


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
    if _SPEECH_RX.search(sentence) is not None:     # "..., the Tesh Army Media Directorate (TAMD) said"
        out += [(sp.name, sp.role[-1]) for sp in sentence_speakers(sentence)
                if not sp.person and all(sp.name != name for name, _ in out)]
    return out


# "The group, Tesh Watch, attributed ...": a body the report described before ("a local monitoring group")
# named in apposition to a definite generic noun
_NAMED_IN_APPOSITION = re.compile(
    r"\b(?-i:the|The)\s+(?P<head>group|monitor|organi[sz]ation|network|committee|coalition|body|watchdog|"
    r"charity|observatory|association|collective|movement)\s*,\s+(?:(?-i:the)\s+)?"
    r"(?P<name>(?:(?-i:[A-Z])[\w'’.-]*\s+(?:(?:of|for|the|and)\s+)?){0,5}(?-i:[A-Z])[\w'’.-]*)\s*,")


# --- speakers of sentences that state no figure (never parsed) -------------------------------------------

_SPEECH = r"(?:said|says|say|told|added|confirmed|explained|stated|noted|announced|disclosed|wrote)"
_SPEECH_RX = re.compile(rf"\b{_SPEECH}\b")
#: a body putting out a document: "The army issued a communiqué", "the ministry released new figures" (what "the
#: communiqué", "it" in the next sentence speaks for)
_ISSUING = (r"(?:issued|releases?d?|published|posted|put\s+out|circulated)\s+(?:a|an|its|the|new|fresh)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|report|bulletin|update|release|note|figures|data|tally)\b")
#: a run of title-case words (abbreviated ranks with their dots: "Lt. Col. Jon Orvan") ending just before an offset
_PARTICLE = r"(?:al|el|ad|bin|ibn|de|da|van|von)"
_CAP_RUN = re.compile(rf"((?:(?-i:[A-Z])[\w'’.-]*\s+){{0,6}}(?:(?:{_PARTICLE}-|{_PARTICLE}\s+)?(?-i:[A-Z])[\w'’-]*))\s*$")
#: a description in apposition closing before the verb: "Jon Orvan, spokesperson of the Xth Division, said"
_APPOSED = re.compile(r"((?:(?-i:[A-Z])[\w'’.-]*\s+){0,6}(?-i:[A-Z])[\w'’-]*)\s*,\s*"
                      r"(?P<desc>(?:(?:an?|the)\s+)?(?-i:[a-z])[^,;:\"“”()]{2,80}?)\s*,?\s*$")
#: the body a role belongs to ("spokesperson of the Army's 6th Division")
_ROLE_OF = re.compile(r"\b(?:spokes\w+|head|chief|commander|director|officer|representative)\s+(?:of|for)\s+"
                      r"(?:the\s+)?(?P<body>(?-i:[A-Z0-9])[\w'’.-]*(?:\s+(?:of|for|the|and|(?-i:[A-Z0-9])[\w'’.-]*)){0,7})")
_ORG_ANYWHERE = re.compile(
    rf"(?:^|[,;]\s+|\bwhile\s+)(?:(?-i:The|the)\s+)?(?P<name>(?:(?-i:[A-Z])[\w'’.-]*\s+|(?-i:al-|el-)[\w'’-]+\s+|"
    rf"(?:of|for|the)\s+){{0,6}}(?-i:{_ORG_HEADS}|Ministry|Command|Directorate|Commission|Agency|Office|Service)"
    rf"(?:\s+(?:of|for)(?:\s+(?-i:[A-Z])[\w'’-]*){{1,3}})?)(?:\s*\((?-i:[A-Z]{{2,6}})\))?\s+{_SPEECH}\b"
)
#: a body described by its common noun opening a sentence as its speaker: "The army said ...", "Kessa police said"
_BODY_OPENING = re.compile(
    rf"^(?:(?-i:The)\s+)?(?P<name>(?:(?-i:[A-Z])[\w'’-]*\s+)?(?:(?-i:[a-z])[\w'’-]*\s+){{0,2}}"
    rf"(?-i:[Aa]rmy|[Mm]ilitary|[Pp]olice|ministry|government|authorities|agency|monitor|observatory|commission|"
    rf"command)(?:\s+of\s+(?-i:[a-z]+))?)"
    rf"\s+(?:(?:on|late|early)\s+(?-i:[A-Z])\w+\s+)?(?:{_SPEECH}\b|{_ISSUING})")
#: a speaker described by a common noun closing a sentence: "..., a senior police officer in Tesh said."
_DESCRIBED_CLOSING = re.compile(
    r",\s+(?P<name>(?:an?|the|one)\s+(?:(?-i:[a-z])[\w'’-]*\s+){0,3}(?-i:officer|official|source|spokes(?:man|woman|"
    r"person)|commander|doctor|medic|army|police|military|ministry))(?:\s+(?:in|at|from|of)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?\s+(?:said|added|says|told\s+\w+)\s*\.?\s*$")
_SAID_NAME = re.compile(r"\b(?:said|says|added|wrote)\s+(?P<name>(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}(?-i:[A-Z])[\w'’-]*)"
                        r"\s*(?:,\s*(?P<desc>(?:an?|the)\s+[^,.;:\"“”]{2,60}))?\s*(?:[,.;]|$)")
_NOT_NAME_WORDS = {"the", "a", "an", "in", "on", "at", "this", "that", "but", "and", "however", "meanwhile",
                   "separately", "earlier", "later", "police", "army", "military", "officials", "residents",
                   "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                   "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}


@dataclass(frozen=True)
class SpeakerMention:
    name: str
    role: tuple[str, ...]       # lower-case words describing the speaker ("regional", "police", "spokesperson")
    person: bool
    body: str | None = None     # the body a person speaks for, where the sentence names it
    voice: str | None = None    # the person described who speaks for the body named ("a spokesman for X")


def _name_words(run: str) -> list[str]:
    """A person's name from a run of title-case words: without ranks abbreviated with a dot ("Lt.", "Col.")."""
    words = run.split()
    while words and ((words[0].endswith(".") and len(words[0]) <= 5) or words[0].lower() in _NOT_NAME_WORDS
                     or (words[0].isupper() and len(words) > 2)):
        words.pop(0)            # (and "ASP", "DSP": a rank's initials)
    return words


def sentence_speakers(sentence: str, org_heads: frozenset[str] = frozenset()) -> list[SpeakerMention]:
    """The people and organisations a sentence names as speaking ("Lt. Col. Jon Orvan, spokesperson of the
    Xth Division, said ...", "regional police spokesperson Jon Orvan told ...", "..., the Tesh Front said"),
    read off the words alone: for sentences that hold no figure and were never parsed."""
    if _SPEECH_RX.search(sentence) is None:
        opening = _BODY_OPENING.match(sentence.strip())
        return [] if opening is None else [SpeakerMention(opening.group().split(opening["name"])[0] + opening["name"],
                                                          (opening["name"].split()[-1].lower(),), False)]
    out: list[SpeakerMention] = []
    for m in _ORG_ANYWHERE.finditer(sentence):
        name = m["name"].strip()
        if len(name.split()) >= 2 and name.split()[0][:1].isupper():
            out.append(SpeakerMention(name, (name.split()[-1].lower(),), False))
    opening = _BODY_OPENING.match(sentence.strip())
    if opening is not None and not out:     # "The army said it had repelled the attack. It said N ...": "it"
        out.append(SpeakerMention(opening.group().split(opening["name"])[0] + opening["name"],
                                  (opening["name"].split()[-1].lower(),), False))
    closing = _DESCRIBED_CLOSING.search(sentence.strip())
    if closing is not None and not out:     # "..., a senior police officer said. ..., the officer added."
        out.append(SpeakerMention(closing["name"], (closing["name"].split()[-1].lower(),), False))
    said = quoted_speaker(sentence)
    if said is not None and said.person and not _SAID_NAME.search(sentence):
        # '"...," wrote the head of the Tesh administration, Jon Orvan.': a role, then the name
        out.append(SpeakerMention(said.text.split(",")[0].strip(), (), True))
    for m in _SAID_NAME.finditer(sentence):     # '"...," said Jon Orvan, a farmer.'
        words = _name_words(m["name"])
        if _personal_name(words, org_heads):
            out.append(SpeakerMention(" ".join(words), tuple(re.findall(r"[\w'’-]+", (m["desc"] or "").lower())), True))
    for v in _SPEECH_RX.finditer(sentence):
        before = sentence[:v.start()]
        comma = before.rstrip().endswith(",")
        if comma:       # "..., the press officer of X, ASP Jon Orvan, said"
            before = before.rstrip()[:-1]
        desc = ""
        # "Jon Orvan, the father of Ana Tesh, said": the name before the description, not a name closing it
        ap = _APPOSED.search(before) if comma else None
        if ap is not None and _personal_name(_name_words(ap.group(1)), org_heads):
            desc, words = ap["desc"], _name_words(ap.group(1))
        else:
            run = _CAP_RUN.search(before)
            words = _name_words(run.group(1)) if run else []
        if not _personal_name(words, org_heads) and (ap := _APPOSED.search(before)) is not None:
            desc = ap["desc"]
            words = _name_words(ap.group(1))
        if not _personal_name(words, org_heads):
            continue
        lead = re.findall(r"[\w'’-]+", before[:before.rfind(words[0])])[-5:]
        role = tuple(w.lower() for w in [*lead, *re.findall(r"[\w'’-]+", desc)])
        body = _ROLE_OF.search(desc) if desc else None
        out.append(SpeakerMention(" ".join(words), role, True, body["body"] if body else None))
    return out


def _personal_name(words: list[str], org_heads: frozenset[str]) -> bool:
    """Two to five title-case words that are not an organisation's name."""
    return 2 <= len(words) <= 5 and words[0][:1].isupper() and all(
        (w[:1].isupper() or (k and _NAME_PARTICLE.match(w))) and not w.isupper() for k, w in enumerate(words)) and not any(
        w.lower().strip("'’s") in org_heads or w.lower() in org_heads or w.lower() in _BODY_WORDS for w in words
    ) and not re.fullmatch(_ORG_HEADS, words[-1])


#: a lower-case particle of a surname ("al-Malki", "bin Saleh", "de Souza")
_NAME_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|at|an|az|bin|ibn|de|da|van|von)(?:-(?-i:[A-Z])[\w'’-]+)?$")
#: words of a body's name that no person's name holds
_BODY_WORDS = {"division", "corps", "regiment", "ministry", "department", "directorate", "agency", "commission",
               "observatory", "institute", "centre", "center", "watch", "international", "province", "state",
               "district", "county", "region", "republic", "nations", "news", "radio", "television", "times", "post"}
